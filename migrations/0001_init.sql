-- orderd schema, version 1: channels, cursors, orders, lines, events,
-- dead letters, ingest runs, and the batch ingest function.
--
-- Money is numeric(18,2) in major units (exact; the program keeps int64
-- minor units). Times are timestamptz (UTC inside).

CREATE TABLE channels (
    name            text PRIMARY KEY CHECK (name ~ '^[a-z0-9][a-z0-9-]*$'),
    kind            text NOT NULL,
    enabled         boolean NOT NULL DEFAULT true,
    state           text NOT NULL DEFAULT 'new'
                    CHECK (state IN ('new', 'ok', 'error', 'auth_error', 'config_error')),
    last_poll_at    timestamptz,
    last_success_at timestamptz,
    last_error      text,
    last_error_at   timestamptz,
    failures        integer NOT NULL DEFAULT 0,
    backlog         bigint,
    updated_at      timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE channel_cursors (
    channel    text PRIMARY KEY REFERENCES channels (name),
    cursor     jsonb NOT NULL,
    updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE ingest_runs (
    id          bigserial PRIMARY KEY,
    channel     text NOT NULL REFERENCES channels (name),
    instance    text NOT NULL,
    started_at  timestamptz NOT NULL DEFAULT now(),
    finished_at timestamptz,
    state       text NOT NULL DEFAULT 'running'
                CHECK (state IN ('running', 'ok', 'error', 'auth_error', 'config_error',
                                 'aborted')),
    batches     integer NOT NULL DEFAULT 0,
    items       integer NOT NULL DEFAULT 0,
    new         integer NOT NULL DEFAULT 0,
    updated     integer NOT NULL DEFAULT 0,
    unchanged   integer NOT NULL DEFAULT 0,
    dead        integer NOT NULL DEFAULT 0,
    error       text
);
CREATE INDEX ingest_runs_channel_started ON ingest_runs (channel, started_at DESC);

CREATE TABLE orders (
    id                bigserial PRIMARY KEY,
    channel           text NOT NULL,
    external_id       text NOT NULL,
    revision          text NOT NULL,
    content_hash      text NOT NULL,
    status            text NOT NULL CHECK (status IN ('pending_payment', 'paid',
                          'partially_shipped', 'shipped', 'completed', 'cancelled', 'refunded')),
    channel_status    text,
    placed_at         timestamptz,
    paid_at           timestamptz,
    source_updated_at timestamptz,
    currency          char(3) NOT NULL,
    subtotal          numeric(18, 2) NOT NULL,
    shipping          numeric(18, 2) NOT NULL,
    discount          numeric(18, 2) NOT NULL,
    tax               numeric(18, 2) NOT NULL,
    total             numeric(18, 2) NOT NULL,
    customer_ref      text,
    customer_name     text,
    customer_phone    text,
    customer_email    text,
    ship_name         text,
    ship_phone        text,
    ship_country      text,
    ship_province     text,
    ship_city         text,
    ship_district     text,
    ship_address      text,
    ship_postal_code  text,
    buyer_note        text,
    seller_note       text,
    priority          text NOT NULL DEFAULT 'normal',
    tags              text[] NOT NULL DEFAULT '{}',
    audit_outcome     text NOT NULL DEFAULT 'approved'
                      CHECK (audit_outcome IN ('approved', 'held', 'rejected', 'pending')),
    audit             jsonb,
    raw               bytea,
    first_run_id      bigint,
    last_run_id       bigint,
    created_at        timestamptz NOT NULL DEFAULT now(),
    modified_at       timestamptz NOT NULL DEFAULT now(),
    UNIQUE (channel, external_id)
);
CREATE INDEX orders_audit_outcome ON orders (audit_outcome) WHERE audit_outcome <> 'approved';
CREATE INDEX orders_placed_at ON orders (placed_at);

CREATE TABLE order_lines (
    order_id    bigint NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
    line_no     integer NOT NULL,
    sku         text,
    channel_sku text,
    title       text,
    qty         bigint NOT NULL CHECK (qty > 0),
    unit_price  numeric(18, 2) NOT NULL,
    discount    numeric(18, 2),
    total       numeric(18, 2) NOT NULL,
    PRIMARY KEY (order_id, line_no)
);
CREATE INDEX order_lines_sku ON order_lines (sku);

CREATE TABLE order_events (
    id          bigserial PRIMARY KEY,
    order_id    bigint NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
    at          timestamptz NOT NULL DEFAULT now(),
    kind        text NOT NULL CHECK (kind IN ('created', 'updated', 'status', 'audit')),
    from_status text,
    to_status   text,
    revision    text,
    run_id      bigint,
    detail      jsonb
);
CREATE INDEX order_events_order ON order_events (order_id, id);

CREATE TABLE dead_letters (
    id                bigserial PRIMARY KEY,
    channel           text NOT NULL,
    source_ref        text NOT NULL,
    external_id       text,
    reason            text NOT NULL,
    raw               bytea NOT NULL,
    raw_sha256        text NOT NULL,
    state             text NOT NULL DEFAULT 'open'
                      CHECK (state IN ('open', 'resolved', 'discarded')),
    first_seen        timestamptz NOT NULL DEFAULT now(),
    last_seen         timestamptz NOT NULL DEFAULT now(),
    seen_count        integer NOT NULL DEFAULT 1,
    retry_count       integer NOT NULL DEFAULT 0,
    last_retry_at     timestamptz,
    last_retry_error  text,
    resolved_at       timestamptz,
    resolved_order_id bigint,
    run_id            bigint,
    UNIQUE (channel, source_ref, raw_sha256)
);
CREATE INDEX dead_letters_open ON dead_letters (channel, id) WHERE state = 'open';

-- Ingest one batch of one channel: orders, dead letters and the channel
-- cursor, all in the caller's single statement (one round trip, one
-- transaction). p_orders is a JSON array of normalized orders (the
-- shape of docs/normalized-order.md) with an extra "raw" (base64);
-- p_dead an array of {source_ref, external_id, reason, raw (base64)};
-- p_cursor the connector's cursor or NULL to leave it.
--
-- Revision rule: an incoming copy replaces the stored order when both
-- carry updated_at and the incoming one is later, or, when either lacks
-- it, when its content differs (later arrival wins). Otherwise it is a
-- no-op. Within one batch the last copy of an external_id wins.
CREATE FUNCTION orderd_ingest(p_channel text, p_run bigint, p_orders jsonb, p_dead jsonb,
                              p_cursor jsonb,
                              OUT n_new integer, OUT n_updated integer,
                              OUT n_unchanged integer, OUT n_dead integer)
LANGUAGE plpgsql AS $fn$
BEGIN
    CREATE TEMP TABLE IF NOT EXISTS orderd_batch (
        external_id  text PRIMARY KEY,
        o            jsonb NOT NULL,
        content_hash text NOT NULL,
        updated_at   timestamptz,
        order_id     bigint,
        old_status   text,
        action       text
    ) ON COMMIT DELETE ROWS;
    DELETE FROM orderd_batch;

    INSERT INTO orderd_batch (external_id, o, content_hash, updated_at)
    SELECT DISTINCT ON (e.o ->> 'external_id')
           e.o ->> 'external_id',
           e.o,
           encode(sha256(convert_to((e.o - 'raw' - 'id' - 'revision' - 'audit' - 'channel')::text,
                                    'UTF8')), 'hex'),
           (e.o ->> 'updated_at')::timestamptz
      FROM jsonb_array_elements(coalesce(p_orders, '[]')) WITH ORDINALITY AS e(o, ord)
     ORDER BY e.o ->> 'external_id', e.ord DESC;

    PERFORM 1 FROM orders o JOIN orderd_batch b ON o.external_id = b.external_id
     WHERE o.channel = p_channel FOR UPDATE OF o;

    UPDATE orderd_batch b
       SET order_id = o.id,
           old_status = o.status,
           action = CASE
               WHEN b.updated_at IS NOT NULL AND o.source_updated_at IS NOT NULL
                   THEN CASE WHEN b.updated_at > o.source_updated_at THEN 'update' ELSE 'skip' END
               WHEN b.content_hash <> o.content_hash THEN 'update'
               ELSE 'skip' END
      FROM orders o
     WHERE o.channel = p_channel AND o.external_id = b.external_id;
    UPDATE orderd_batch SET action = 'insert' WHERE action IS NULL;

    WITH ins AS (
        INSERT INTO orders (channel, external_id, revision, content_hash, status, channel_status,
                            placed_at, paid_at, source_updated_at, currency,
                            subtotal, shipping, discount, tax, total,
                            customer_ref, customer_name, customer_phone, customer_email,
                            ship_name, ship_phone, ship_country, ship_province, ship_city,
                            ship_district, ship_address, ship_postal_code,
                            buyer_note, seller_note, priority, tags,
                            audit_outcome, audit, raw, first_run_id, last_run_id)
        SELECT p_channel, b.external_id,
               coalesce(b.o ->> 'revision', b.content_hash), b.content_hash,
               b.o ->> 'status', b.o ->> 'channel_status',
               (b.o ->> 'placed_at')::timestamptz, (b.o ->> 'paid_at')::timestamptz,
               b.updated_at, b.o ->> 'currency',
               (b.o ->> 'subtotal')::numeric, (b.o ->> 'shipping')::numeric,
               (b.o ->> 'discount')::numeric, (b.o ->> 'tax')::numeric,
               (b.o ->> 'total')::numeric,
               b.o #>> '{customer,ref}', b.o #>> '{customer,name}',
               b.o #>> '{customer,phone}', b.o #>> '{customer,email}',
               b.o #>> '{ship_to,name}', b.o #>> '{ship_to,phone}',
               b.o #>> '{ship_to,country}', b.o #>> '{ship_to,province}',
               b.o #>> '{ship_to,city}', b.o #>> '{ship_to,district}',
               b.o #>> '{ship_to,address}', b.o #>> '{ship_to,postal_code}',
               b.o ->> 'buyer_note', b.o ->> 'seller_note',
               coalesce(b.o ->> 'priority', 'normal'),
               coalesce(ARRAY(SELECT jsonb_array_elements_text(b.o -> 'tags')), '{}'),
               coalesce(b.o #>> '{audit,outcome}', 'approved'), b.o -> 'audit',
               decode(b.o ->> 'raw', 'base64'), p_run, p_run
          FROM orderd_batch b
         WHERE b.action = 'insert'
        RETURNING id, external_id)
    UPDATE orderd_batch b SET order_id = ins.id FROM ins WHERE b.external_id = ins.external_id;

    UPDATE orders o
       SET revision = coalesce(b.o ->> 'revision', b.content_hash),
           content_hash = b.content_hash,
           status = b.o ->> 'status',
           channel_status = b.o ->> 'channel_status',
           placed_at = (b.o ->> 'placed_at')::timestamptz,
           paid_at = (b.o ->> 'paid_at')::timestamptz,
           source_updated_at = b.updated_at,
           currency = b.o ->> 'currency',
           subtotal = (b.o ->> 'subtotal')::numeric,
           shipping = (b.o ->> 'shipping')::numeric,
           discount = (b.o ->> 'discount')::numeric,
           tax = (b.o ->> 'tax')::numeric,
           total = (b.o ->> 'total')::numeric,
           customer_ref = b.o #>> '{customer,ref}',
           customer_name = b.o #>> '{customer,name}',
           customer_phone = b.o #>> '{customer,phone}',
           customer_email = b.o #>> '{customer,email}',
           ship_name = b.o #>> '{ship_to,name}',
           ship_phone = b.o #>> '{ship_to,phone}',
           ship_country = b.o #>> '{ship_to,country}',
           ship_province = b.o #>> '{ship_to,province}',
           ship_city = b.o #>> '{ship_to,city}',
           ship_district = b.o #>> '{ship_to,district}',
           ship_address = b.o #>> '{ship_to,address}',
           ship_postal_code = b.o #>> '{ship_to,postal_code}',
           buyer_note = b.o ->> 'buyer_note',
           seller_note = b.o ->> 'seller_note',
           priority = coalesce(b.o ->> 'priority', 'normal'),
           tags = coalesce(ARRAY(SELECT jsonb_array_elements_text(b.o -> 'tags')), '{}'),
           audit_outcome = coalesce(b.o #>> '{audit,outcome}', 'approved'),
           audit = b.o -> 'audit',
           raw = decode(b.o ->> 'raw', 'base64'),
           last_run_id = p_run,
           modified_at = now()
      FROM orderd_batch b
     WHERE o.id = b.order_id AND b.action = 'update';

    DELETE FROM order_lines l USING orderd_batch b
     WHERE l.order_id = b.order_id AND b.action = 'update';

    INSERT INTO order_lines (order_id, line_no, sku, channel_sku, title, qty, unit_price,
                             discount, total)
    SELECT b.order_id, (l ->> 'line_no')::integer, l ->> 'sku', l ->> 'channel_sku',
           l ->> 'title', (l ->> 'qty')::bigint, (l ->> 'unit_price')::numeric,
           (l ->> 'discount')::numeric, (l ->> 'total')::numeric
      FROM orderd_batch b, jsonb_array_elements(b.o -> 'lines') AS l
     WHERE b.action IN ('insert', 'update');

    INSERT INTO order_events (order_id, kind, from_status, to_status, revision, run_id)
    SELECT b.order_id,
           CASE WHEN b.action = 'insert' THEN 'created'
                WHEN b.old_status IS DISTINCT FROM b.o ->> 'status' THEN 'status'
                ELSE 'updated' END,
           b.old_status, b.o ->> 'status', coalesce(b.o ->> 'revision', b.content_hash), p_run
      FROM orderd_batch b
     WHERE b.action IN ('insert', 'update');

    WITH d AS (
        SELECT e ->> 'source_ref' AS source_ref, e ->> 'external_id' AS external_id,
               e ->> 'reason' AS reason, decode(e ->> 'raw', 'base64') AS raw
          FROM jsonb_array_elements(coalesce(p_dead, '[]')) AS e)
    INSERT INTO dead_letters AS x (channel, source_ref, external_id, reason, raw, raw_sha256,
                                   run_id)
    SELECT DISTINCT ON (d.source_ref, encode(sha256(d.raw), 'hex'))
           p_channel, d.source_ref, d.external_id, d.reason, d.raw,
           encode(sha256(d.raw), 'hex'), p_run
      FROM d
    ON CONFLICT (channel, source_ref, raw_sha256) DO UPDATE
       SET last_seen = now(), seen_count = x.seen_count + 1, reason = excluded.reason;
    GET DIAGNOSTICS n_dead = ROW_COUNT;

    IF p_cursor IS NOT NULL THEN
        INSERT INTO channel_cursors (channel, cursor) VALUES (p_channel, p_cursor)
        ON CONFLICT (channel) DO UPDATE SET cursor = excluded.cursor, updated_at = now();
    END IF;

    SELECT count(*) FILTER (WHERE action = 'insert'),
           count(*) FILTER (WHERE action = 'update'),
           count(*) FILTER (WHERE action = 'skip')
      INTO n_new, n_updated, n_unchanged
      FROM orderd_batch;

    IF p_run IS NOT NULL THEN
        UPDATE ingest_runs
           SET batches = batches + 1,
               items = items + jsonb_array_length(coalesce(p_orders, '[]'))
                             + jsonb_array_length(coalesce(p_dead, '[]')),
               new = new + n_new, updated = updated + n_updated,
               unchanged = unchanged + n_unchanged, dead = dead + n_dead
         WHERE id = p_run;
    END IF;

    PERFORM pg_notify('orderd_orders', p_channel)
      WHERE n_new + n_updated > 0;
END
$fn$;
