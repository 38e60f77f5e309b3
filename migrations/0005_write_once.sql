-- orderd schema, version 5: a batch writes each new order once.
--
-- Up to version 4, orderd_commit inserted a new order as 'approved' and
-- orderd_apply_audit then updated the same row with its audit outcome,
-- reasons and keys: every index of orders was written twice and each new
-- order left a dead row behind. And the staged copy of each order kept
-- its raw input (base64) inside the jsonb that some forty `b.o ->> …`
-- read, so a large order was decompressed once per field.
--
-- Now:
--   * orderd_stage keeps "raw" apart, decoded once into its own column
--     (the content hash is computed from the same text as before);
--   * orderd_stage plans the lock of the stored rows for each batch's
--     ids (EXECUTE): a cached generic plan walked the primary key of
--     the whole table (~190 ms a batch at 20,000 stored orders);
--   * orderd_commit reads the audit entries first (orderd_audit_load),
--     inserts each new order with its audit columns and its lines with
--     the SKUs the audit mapped; orderd_audit_apply then skips the rows
--     already written and does the rest as before (releases,
--     reservations, events, the review notification);
--   * orderd_apply_audit(audits, run), used by the re-check of pending
--     orders and by review decisions, is orderd_audit_load followed by
--     orderd_audit_apply: same arguments, same effect.
-- Same functions, same arguments, same results: lib/sink.c is unchanged.

CREATE OR REPLACE FUNCTION orderd_stage(p_channel text, p_orders jsonb)
RETURNS TABLE (ord integer, external_id text, action text, order_id bigint,
               old_status text, old_outcome text, old_decided_by text,
               material_change boolean, reserved_skus text[])
LANGUAGE plpgsql AS $fn$
#variable_conflict use_column
DECLARE
    v_ids text[];
BEGIN
    CREATE TEMP TABLE IF NOT EXISTS orderd_staged (
        external_id  text PRIMARY KEY,
        ord          integer NOT NULL,
        o            jsonb NOT NULL,   -- the order without "raw"
        raw          bytea,
        content_hash text NOT NULL,
        updated_at   timestamptz,
        order_id     bigint,
        old_status   text,
        old_outcome  text,
        old_decided_by text,
        old_lines    text,
        old_address  text,
        action       text
    ) ON COMMIT DELETE ROWS;
    DELETE FROM orderd_staged;

    INSERT INTO orderd_staged (external_id, ord, o, raw, content_hash, updated_at)
    SELECT DISTINCT ON (e.o ->> 'external_id')
           e.o ->> 'external_id', e.ord::integer,
           e.o - 'raw', decode(e.o ->> 'raw', 'base64'),
           encode(sha256(convert_to((e.o - 'raw' - 'id' - 'revision' - 'audit' - 'channel')::text,
                                    'UTF8')), 'hex'),
           (e.o ->> 'updated_at')::timestamptz
      FROM jsonb_array_elements(coalesce(p_orders, '[]')) WITH ORDINALITY AS e(o, ord)
     ORDER BY e.o ->> 'external_id', e.ord DESC;
    -- Statistics of the temp table, so that the joins below probe the
    -- unique (channel, external_id) index instead of scanning the
    -- channel's orders: a batch costs the same however many are stored.
    ANALYZE orderd_staged (external_id);
    v_ids := ARRAY(SELECT external_id FROM orderd_staged);

    -- Planned for these ids each time (EXECUTE): a cached generic plan
    -- may walk the whole primary key for its ORDER BY, a cost that grows
    -- with the table.
    EXECUTE 'SELECT count(*) FROM (SELECT 1 FROM orders o'
            ' WHERE o.channel = $1 AND o.external_id = ANY($2)'
            ' ORDER BY o.id FOR UPDATE OF o) x'
       USING p_channel, v_ids;

    UPDATE orderd_staged b
       SET order_id = o.id,
           old_status = o.status,
           old_outcome = o.audit_outcome,
           old_decided_by = o.decided_by,
           old_lines = (SELECT string_agg(coalesce(l.channel_sku, l.sku, '') || '*' || l.qty, ';'
                                          ORDER BY coalesce(l.channel_sku, l.sku, ''), l.qty)
                          FROM order_lines l WHERE l.order_id = o.id),
           old_address = concat_ws('|', o.ship_name, o.ship_phone, o.ship_country,
                                   o.ship_province, o.ship_city, o.ship_district,
                                   o.ship_address, o.ship_postal_code),
           action = CASE
               WHEN b.updated_at IS NOT NULL AND o.source_updated_at IS NOT NULL
                   THEN CASE WHEN b.updated_at > o.source_updated_at THEN 'update' ELSE 'skip' END
               WHEN b.content_hash <> o.content_hash THEN 'update'
               ELSE 'skip' END
      FROM orders o
     WHERE o.channel = p_channel AND o.external_id = ANY(v_ids)
       AND o.external_id = b.external_id;
    UPDATE orderd_staged SET action = 'insert' WHERE action IS NULL;
    -- And of the actions, for the joins of orderd_commit.
    ANALYZE orderd_staged (action, order_id);

    RETURN QUERY
    SELECT b.ord, b.external_id, b.action, b.order_id, b.old_status, b.old_outcome,
           b.old_decided_by,
           b.action = 'update' AND (
               b.old_lines IS DISTINCT FROM
                   (SELECT string_agg(coalesce(l ->> 'channel_sku', l ->> 'sku', '') || '*'
                                      || (l ->> 'qty'), ';'
                                      ORDER BY coalesce(l ->> 'channel_sku', l ->> 'sku', ''),
                                               (l ->> 'qty')::bigint)
                      FROM jsonb_array_elements(b.o -> 'lines') AS l)
               OR b.old_address IS DISTINCT FROM
                   concat_ws('|', b.o #>> '{ship_to,name}', b.o #>> '{ship_to,phone}',
                             b.o #>> '{ship_to,country}', b.o #>> '{ship_to,province}',
                             b.o #>> '{ship_to,city}', b.o #>> '{ship_to,district}',
                             b.o #>> '{ship_to,address}', b.o #>> '{ship_to,postal_code}')),
           rs.skus
      FROM orderd_staged b
      LEFT JOIN (SELECT r.order_id, array_agg(DISTINCT r.sku) AS skus
                   FROM orderd_staged b2
                   JOIN stock_reservations r ON r.order_id = b2.order_id
                  WHERE b2.order_id IS NOT NULL AND r.released_at IS NULL
                  GROUP BY r.order_id) rs ON rs.order_id = b.order_id
     ORDER BY b.ord;
END
$fn$;

-- Read p_audits (the entries orderd_apply_audit documents in version 3)
-- into orderd_audit_in, each with the stored order it names and that
-- order's previous outcome. An entry whose order does not exist yet has
-- no order_id: orderd_commit fills it in for the orders it inserts.
CREATE FUNCTION orderd_audit_load(p_audits jsonb)
RETURNS void
LANGUAGE plpgsql AS $fn$
BEGIN
    CREATE TEMP TABLE IF NOT EXISTS orderd_audit_in (
        ord         integer PRIMARY KEY,
        channel     text,
        external_id text,
        order_id    bigint,
        a           jsonb NOT NULL,
        old_outcome text,
        written     boolean NOT NULL DEFAULT false  -- inserted with its audit
    ) ON COMMIT DELETE ROWS;
    DELETE FROM orderd_audit_in;

    -- A new order has no previous outcome (decided_at is set by the first
    -- decision).
    INSERT INTO orderd_audit_in (ord, channel, external_id, order_id, a, old_outcome)
    SELECT e.ord, e.a ->> 'channel', e.a ->> 'external_id', o.id, e.a,
           CASE WHEN o.decided_at IS NULL THEN NULL ELSE o.audit_outcome END
      FROM jsonb_array_elements(coalesce(p_audits, '[]')) WITH ORDINALITY AS e(a, ord)
      LEFT JOIN orders o
        ON o.channel = e.a ->> 'channel' AND o.external_id = e.a ->> 'external_id';
    ANALYZE orderd_audit_in (channel, external_id, order_id);
END
$fn$;

-- Apply the entries of orderd_audit_in that name a stored order: what
-- version 3's orderd_apply_audit did after reading p_audits, except the
-- outcome and line SKUs of orders inserted with them (`written`).
CREATE FUNCTION orderd_audit_apply(p_run bigint)
RETURNS integer
LANGUAGE plpgsql AS $fn$
DECLARE
    n integer;
    short integer;
BEGIN
    SELECT count(*) INTO n FROM orderd_audit_in WHERE order_id IS NOT NULL;
    ANALYZE orderd_audit_in (order_id, written);

    -- Releases first: a re-audit frees what the order held, then reserves anew.
    WITH rel AS (
        UPDATE stock_reservations r
           SET released_at = now(), release_reason = t.a ->> 'release'
          FROM orderd_audit_in t
         WHERE r.order_id = t.order_id AND r.released_at IS NULL
           AND t.a ->> 'release' IS NOT NULL
        RETURNING r.order_id, r.sku, r.warehouse, r.qty),
    per_row AS (
        SELECT sku, warehouse, sum(qty) AS qty FROM rel GROUP BY sku, warehouse),
    inv AS (
        UPDATE inventory i SET reserved = greatest(i.reserved - p.qty, 0), updated_at = now()
          FROM per_row p WHERE i.sku = p.sku AND i.warehouse = p.warehouse
        RETURNING i.sku)
    INSERT INTO order_events (order_id, kind, to_status, run_id, actor, detail)
    SELECT rel.order_id, 'released', NULL, p_run, 'orderd',
           jsonb_build_object('reason', min(t.a ->> 'release'),
                              'stock', jsonb_agg(jsonb_build_object('sku', rel.sku,
                                  'warehouse', rel.warehouse, 'qty', rel.qty)))
      FROM rel JOIN orderd_audit_in t ON t.order_id = rel.order_id
     GROUP BY rel.order_id;

    UPDATE orders o
       SET audit_outcome = t.a #>> '{audit,outcome}',
           audit = t.a -> 'audit',
           priority = coalesce(t.a ->> 'priority', o.priority),
           tags = coalesce(ARRAY(SELECT jsonb_array_elements_text(t.a -> 'tags')), o.tags),
           customer_ref_matched = t.a ->> 'customer_ref',
           phone_norm = t.a ->> 'phone_norm',
           po_number = t.a ->> 'po_number',
           sku_multiset = t.a ->> 'sku_multiset',
           recheck_at = (t.a ->> 'recheck_at')::timestamptz,
           approved_at = CASE WHEN t.a #>> '{audit,outcome}' = 'approved'
                               AND (t.old_outcome IS DISTINCT FROM 'approved'
                                    OR o.approved_at IS NULL)
                              THEN now()
                              WHEN t.a #>> '{audit,outcome}' = 'approved' THEN o.approved_at
                              ELSE NULL END,
           decided_by = coalesce(t.a ->> 'decided_by', t.a ->> 'actor', 'audit'),
           decided_at = now(),
           modified_at = now()
      FROM orderd_audit_in t
     WHERE o.id = t.order_id AND t.a ? 'audit' AND NOT t.written;

    UPDATE order_lines l
       SET sku = m ->> 'sku', channel_sku = m ->> 'channel_sku'
      FROM orderd_audit_in t, jsonb_array_elements(t.a -> 'lines') AS m
     WHERE l.order_id = t.order_id AND NOT t.written
       AND l.line_no = (m ->> 'line_no')::integer
       AND (l.sku IS DISTINCT FROM m ->> 'sku'
            OR l.channel_sku IS DISTINCT FROM m ->> 'channel_sku');

    -- Reservations, set-wise per inventory row, guarded.
    CREATE TEMP TABLE IF NOT EXISTS orderd_reserve (
        order_id bigint, sku text, warehouse text, qty bigint
    ) ON COMMIT DELETE ROWS;
    DELETE FROM orderd_reserve;
    INSERT INTO orderd_reserve
    SELECT t.order_id, r ->> 'sku', r ->> 'warehouse', (r ->> 'qty')::bigint
      FROM orderd_audit_in t, jsonb_array_elements(coalesce(t.a -> 'reserve', '[]')) AS r
     WHERE t.order_id IS NOT NULL;

    INSERT INTO stock_reservations (order_id, sku, warehouse, qty)
    SELECT order_id, sku, warehouse, qty FROM orderd_reserve;

    WITH per_row AS (
        SELECT sku, warehouse, sum(qty) AS qty FROM orderd_reserve GROUP BY sku, warehouse),
    upd AS (
        UPDATE inventory i SET reserved = i.reserved + p.qty, updated_at = now()
          FROM per_row p
         WHERE i.sku = p.sku AND i.warehouse = p.warehouse
           AND i.reserved + p.qty <= i.on_hand
        RETURNING i.sku)
    SELECT (SELECT count(*) FROM per_row) - (SELECT count(*) FROM upd) INTO short;
    IF short > 0 THEN
        RAISE EXCEPTION 'orderd: reservation above on_hand for % inventory row(s)', short;
    END IF;

    INSERT INTO order_events (order_id, kind, run_id, actor, detail)
    SELECT order_id, 'reserved', p_run, 'orderd',
           jsonb_build_object('stock', jsonb_agg(jsonb_build_object('sku', sku,
               'warehouse', warehouse, 'qty', qty)))
      FROM orderd_reserve GROUP BY order_id;

    INSERT INTO order_events (order_id, kind, from_status, to_status, run_id, actor, detail)
    SELECT t.order_id, coalesce(t.a ->> 'event', 'audit'), t.old_outcome,
           t.a #>> '{audit,outcome}', p_run, coalesce(t.a ->> 'actor', 'orderd'),
           jsonb_strip_nulls(jsonb_build_object(
               'rules', (SELECT jsonb_agg(x ->> 'rule') FROM jsonb_array_elements(
                             coalesce(t.a #> '{audit,reasons}', '[]')) AS x),
               'note', t.a ->> 'note'))
      FROM orderd_audit_in t
     WHERE t.a ? 'audit' AND t.order_id IS NOT NULL
     ORDER BY t.ord;

    PERFORM pg_notify('orderd_review', '')
      WHERE EXISTS (SELECT 1 FROM orderd_audit_in t
                     WHERE t.order_id IS NOT NULL
                       AND t.a #>> '{audit,outcome}' IN ('held', 'pending'));
    RETURN n;
END
$fn$;

CREATE OR REPLACE FUNCTION orderd_apply_audit(p_audits jsonb, p_run bigint)
RETURNS integer
LANGUAGE plpgsql AS $fn$
BEGIN
    PERFORM orderd_audit_load(p_audits);
    RETURN orderd_audit_apply(p_run);
END
$fn$;

-- Write the staged batch (orderd_stage in this transaction), then the
-- audit results, dead letters and cursor. Staged orders without an audit
-- entry keep their stored outcome (a new one without any is approved).
-- A new order is inserted with its audit entry's outcome, reasons, keys
-- and mapped SKUs; what version 4 wrote in a second UPDATE.
CREATE OR REPLACE FUNCTION orderd_commit(p_channel text, p_run bigint, p_audits jsonb,
                                         p_dead jsonb, p_cursor jsonb,
                                         OUT n_new integer, OUT n_updated integer,
                                         OUT n_unchanged integer, OUT n_dead integer)
LANGUAGE plpgsql AS $fn$
BEGIN
    PERFORM orderd_audit_load(p_audits);

    WITH ins AS (
        INSERT INTO orders (channel, external_id, revision, content_hash, status, channel_status,
                            placed_at, paid_at, source_updated_at, currency,
                            subtotal, shipping, discount, tax, total,
                            customer_ref, customer_name, customer_phone, customer_email,
                            ship_name, ship_phone, ship_country, ship_province, ship_city,
                            ship_district, ship_address, ship_postal_code,
                            buyer_note, seller_note, priority, tags,
                            audit_outcome, audit, raw, first_run_id, last_run_id,
                            approved_at, decided_by, decided_at, extraction,
                            customer_ref_matched, phone_norm, po_number, sku_multiset,
                            recheck_at)
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
               coalesce(t.a ->> 'priority', b.o ->> 'priority', 'normal'),
               CASE WHEN t.a IS NULL
                    THEN coalesce(ARRAY(SELECT jsonb_array_elements_text(b.o -> 'tags')), '{}')
                    ELSE ARRAY(SELECT jsonb_array_elements_text(t.a -> 'tags')) END,
               coalesce(t.a #>> '{audit,outcome}', 'approved'), t.a -> 'audit',
               b.raw, p_run, p_run,
               CASE WHEN t.a IS NULL OR t.a #>> '{audit,outcome}' = 'approved'
                    THEN now() END,
               CASE WHEN t.a IS NOT NULL
                    THEN coalesce(t.a ->> 'decided_by', t.a ->> 'actor', 'audit') END,
               CASE WHEN t.a IS NOT NULL THEN now() END,
               nullif(b.o -> 'extraction', 'null'::jsonb),
               t.a ->> 'customer_ref', t.a ->> 'phone_norm', t.a ->> 'po_number',
               t.a ->> 'sku_multiset', (t.a ->> 'recheck_at')::timestamptz
          FROM orderd_staged b
          LEFT JOIN orderd_audit_in t
            ON t.channel = p_channel AND t.external_id = b.external_id AND t.a ? 'audit'
         WHERE b.action = 'insert'
        RETURNING id, external_id),
    staged AS (
        UPDATE orderd_staged b SET order_id = ins.id FROM ins WHERE b.external_id = ins.external_id)
    -- The entries of the new orders now name them; those with an outcome
    -- are written.
    UPDATE orderd_audit_in t
       SET order_id = ins.id, written = t.a ? 'audit'
      FROM ins
     WHERE t.channel = p_channel AND t.external_id = ins.external_id;

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
           -- The audit decides these when it runs (orderd_audit_apply);
           -- otherwise the channel's own priority/tags join the stored ones.
           priority = CASE WHEN o.priority = 'urgent' THEN o.priority
                           ELSE coalesce(b.o ->> 'priority', o.priority) END,
           tags = ARRAY(SELECT DISTINCT x FROM unnest(o.tags || coalesce(ARRAY(
                            SELECT jsonb_array_elements_text(b.o -> 'tags')), '{}')) AS x
                        ORDER BY x),
           raw = b.raw,
           extraction = nullif(b.o -> 'extraction', 'null'::jsonb),
           last_run_id = p_run,
           modified_at = now()
      FROM orderd_staged b
     WHERE o.id = b.order_id AND b.action = 'update';

    DELETE FROM order_lines l USING orderd_staged b
     WHERE l.order_id = b.order_id AND b.action = 'update';

    -- The lines of a new order carry the SKUs its audit entry mapped.
    INSERT INTO order_lines (order_id, line_no, sku, channel_sku, title, qty, unit_price,
                             discount, total)
    SELECT b.order_id, (l ->> 'line_no')::integer,
           CASE WHEN m.line_no IS NULL THEN l ->> 'sku' ELSE m.sku END,
           CASE WHEN m.line_no IS NULL THEN l ->> 'channel_sku' ELSE m.channel_sku END,
           l ->> 'title', (l ->> 'qty')::bigint, (l ->> 'unit_price')::numeric,
           (l ->> 'discount')::numeric, (l ->> 'total')::numeric
      FROM orderd_staged b
     CROSS JOIN LATERAL jsonb_array_elements(b.o -> 'lines') AS l
      LEFT JOIN (SELECT DISTINCT ON (t.order_id, (x ->> 'line_no')::integer)
                        t.order_id, (x ->> 'line_no')::integer AS line_no,
                        x ->> 'sku' AS sku, x ->> 'channel_sku' AS channel_sku
                   FROM orderd_audit_in t, jsonb_array_elements(t.a -> 'lines') AS x
                  WHERE t.written
                  ORDER BY t.order_id, (x ->> 'line_no')::integer, t.ord DESC) m
        ON m.order_id = b.order_id AND m.line_no = (l ->> 'line_no')::integer
     WHERE b.action IN ('insert', 'update');

    INSERT INTO order_events (order_id, kind, from_status, to_status, revision, run_id, actor,
                              detail)
    SELECT b.order_id,
           CASE WHEN b.action = 'insert' THEN 'created'
                WHEN b.old_status IS DISTINCT FROM b.o ->> 'status' THEN 'status'
                ELSE 'updated' END,
           b.old_status, b.o ->> 'status', coalesce(b.o ->> 'revision', b.content_hash), p_run,
           'orderd',
           CASE WHEN nullif(b.o -> 'extraction', 'null'::jsonb) IS NOT NULL
                THEN jsonb_build_object('extraction', b.o -> 'extraction') END
      FROM orderd_staged b
     WHERE b.action IN ('insert', 'update')
     ORDER BY b.ord;

    PERFORM orderd_audit_apply(p_run);

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
      FROM orderd_staged;

    IF p_run IS NOT NULL THEN
        UPDATE ingest_runs
           SET batches = batches + 1,
               items = items + (SELECT count(*) FROM orderd_staged)
                             + jsonb_array_length(coalesce(p_dead, '[]')),
               new = new + n_new, updated = updated + n_updated,
               unchanged = unchanged + n_unchanged, dead = dead + n_dead
         WHERE id = p_run;
    END IF;

    DELETE FROM orderd_staged;

    PERFORM pg_notify('orderd_orders', p_channel)
      WHERE n_new + n_updated > 0;
END
$fn$;
