-- orderd schema, version 3: the audit at ingest. The sink now writes a
-- batch in two calls inside one transaction:
--
--   orderd_stage(channel, orders)   stage the batch, lock the stored rows,
--                                   decide insert/update/skip (the
--                                   revision rule of version 1) and tell
--                                   the caller what it needs to audit;
--   ... the caller fetches the reference data set-wise (inventory and
--       customers FOR UPDATE) and audits in memory ...
--   orderd_commit(channel, run, audits, dead, cursor)
--                                   write the staged orders, apply the
--                                   audit results (outcomes, reasons,
--                                   reservations, releases, events), the
--                                   dead letters and the cursor.
--
-- orderd_apply_audit() is the part of orderd_commit that the re-check of
-- pending orders and `orderctl review` use as well.

ALTER TABLE orders
    ADD COLUMN phone_norm   text,        -- normalized phone the audit compared
    ADD COLUMN po_number    text,        -- "PO-2291" found in the order
    ADD COLUMN sku_multiset text,        -- "A-1*2;B-2*1" after SKU mapping
    ADD COLUMN approved_at  timestamptz, -- when the outcome last became approved
    ADD COLUMN decided_by   text,        -- 'audit' or the operator who reviewed it
                                         -- (NULL: approved by default, no rules ran)
    ADD COLUMN decided_at   timestamptz;
CREATE INDEX orders_dup_phone ON orders (phone_norm, placed_at) WHERE phone_norm IS NOT NULL;
CREATE INDEX orders_dup_customer ON orders (customer_ref_matched, placed_at)
    WHERE customer_ref_matched IS NOT NULL;
CREATE INDEX orders_po_number ON orders (po_number) WHERE po_number IS NOT NULL;
CREATE INDEX orders_credit ON orders (customer_ref_matched, approved_at)
    WHERE audit_outcome = 'approved';
CREATE INDEX orders_review ON orders (priority, id)
    WHERE audit_outcome IN ('held', 'pending');

ALTER TABLE stock_reservations ADD COLUMN release_reason text;

ALTER TABLE order_events DROP CONSTRAINT order_events_kind_check;
ALTER TABLE order_events
    ADD CONSTRAINT order_events_kind_check
        CHECK (kind IN ('created', 'updated', 'status', 'audit', 'reserved', 'released',
                        'changed_after_approval', 'review')),
    ADD COLUMN actor text;       -- 'orderd' or the operating user

DROP FUNCTION orderd_ingest(text, bigint, jsonb, jsonb, jsonb);

-- Stage a batch: p_orders is a JSON array of normalized orders with an
-- extra "raw" (base64). Within the batch the last copy of an external_id
-- wins. Returns one row per staged order: its position in p_orders
-- (1-based), the action, and what the stored row was.
CREATE FUNCTION orderd_stage(p_channel text, p_orders jsonb)
RETURNS TABLE (ord integer, external_id text, action text, order_id bigint,
               old_status text, old_outcome text, old_decided_by text,
               material_change boolean, reserved_skus text[])
LANGUAGE plpgsql AS $fn$
#variable_conflict use_column
DECLARE
    v_ids text[];
BEGIN
    CREATE TEMP TABLE IF NOT EXISTS orderd_batch (
        external_id  text PRIMARY KEY,
        ord          integer NOT NULL,
        o            jsonb NOT NULL,
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
    DELETE FROM orderd_batch;

    INSERT INTO orderd_batch (external_id, ord, o, content_hash, updated_at)
    SELECT DISTINCT ON (e.o ->> 'external_id')
           e.o ->> 'external_id', e.ord::integer,
           e.o,
           encode(sha256(convert_to((e.o - 'raw' - 'id' - 'revision' - 'audit' - 'channel')::text,
                                    'UTF8')), 'hex'),
           (e.o ->> 'updated_at')::timestamptz
      FROM jsonb_array_elements(coalesce(p_orders, '[]')) WITH ORDINALITY AS e(o, ord)
     ORDER BY e.o ->> 'external_id', e.ord DESC;
    -- Statistics of the temp table, so that the joins below probe the
    -- unique (channel, external_id) index instead of scanning the
    -- channel's orders: a batch costs the same however many are stored.
    ANALYZE orderd_batch;
    v_ids := ARRAY(SELECT external_id FROM orderd_batch);

    PERFORM 1 FROM orders o
     WHERE o.channel = p_channel AND o.external_id = ANY(v_ids)
     ORDER BY o.id FOR UPDATE OF o;

    UPDATE orderd_batch b
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
    UPDATE orderd_batch SET action = 'insert' WHERE action IS NULL;

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
      FROM orderd_batch b
      LEFT JOIN (SELECT r.order_id, array_agg(DISTINCT r.sku) AS skus
                   FROM orderd_batch b2
                   JOIN stock_reservations r ON r.order_id = b2.order_id
                  WHERE b2.order_id IS NOT NULL AND r.released_at IS NULL
                  GROUP BY r.order_id) rs ON rs.order_id = b.order_id
     ORDER BY b.ord;
END
$fn$;

-- Apply audit results. p_audits is a JSON array, in decision order, of
--   {channel, external_id, audit: {outcome, reasons}, priority, tags,
--    lines: [{line_no, sku, channel_sku}] (SKUs as mapped),
--    customer_ref, phone_norm, po_number, sku_multiset, recheck_at,
--    release: "cancelled" | "fulfilled" | "changed" | "reaudit" | null,
--    reserve: [{sku, warehouse, qty}], event: "audit" | "changed_after_approval" | "review",
--    actor, decided_by, note}
-- An entry without "audit" only releases/reserves (the outcome stays).
-- The caller holds the inventory rows of every SKU named here (it locked
-- them FOR UPDATE in sku, warehouse order). A reservation that would take
-- reserved above on_hand is a bug in the caller: the whole batch fails.
CREATE FUNCTION orderd_apply_audit(p_audits jsonb, p_run bigint)
RETURNS integer
LANGUAGE plpgsql AS $fn$
DECLARE
    n integer;
    short integer;
BEGIN
    CREATE TEMP TABLE IF NOT EXISTS orderd_audit (
        ord       integer PRIMARY KEY,
        order_id  bigint NOT NULL,
        a         jsonb NOT NULL,
        old_outcome text,
        status    text
    ) ON COMMIT DELETE ROWS;
    DELETE FROM orderd_audit;

    -- A new order has no previous outcome (decided_at is set by the first
    -- decision).
    INSERT INTO orderd_audit (ord, order_id, a, old_outcome, status)
    SELECT e.ord, o.id, e.a, CASE WHEN o.decided_at IS NULL THEN NULL ELSE o.audit_outcome END,
           o.status
      FROM jsonb_array_elements(coalesce(p_audits, '[]')) WITH ORDINALITY AS e(a, ord)
      JOIN orders o ON o.channel = e.a ->> 'channel' AND o.external_id = e.a ->> 'external_id';
    GET DIAGNOSTICS n = ROW_COUNT;
    ANALYZE orderd_audit;

    -- Releases first: a re-audit frees what the order held, then reserves anew.
    WITH rel AS (
        UPDATE stock_reservations r
           SET released_at = now(), release_reason = t.a ->> 'release'
          FROM orderd_audit t
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
      FROM rel JOIN orderd_audit t ON t.order_id = rel.order_id
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
      FROM orderd_audit t
     WHERE o.id = t.order_id AND t.a ? 'audit';

    UPDATE order_lines l
       SET sku = m ->> 'sku', channel_sku = m ->> 'channel_sku'
      FROM orderd_audit t, jsonb_array_elements(t.a -> 'lines') AS m
     WHERE l.order_id = t.order_id AND l.line_no = (m ->> 'line_no')::integer
       AND (l.sku IS DISTINCT FROM m ->> 'sku'
            OR l.channel_sku IS DISTINCT FROM m ->> 'channel_sku');

    -- Reservations, set-wise per inventory row, guarded.
    CREATE TEMP TABLE IF NOT EXISTS orderd_reserve (
        order_id bigint, sku text, warehouse text, qty bigint
    ) ON COMMIT DELETE ROWS;
    DELETE FROM orderd_reserve;
    INSERT INTO orderd_reserve
    SELECT t.order_id, r ->> 'sku', r ->> 'warehouse', (r ->> 'qty')::bigint
      FROM orderd_audit t, jsonb_array_elements(coalesce(t.a -> 'reserve', '[]')) AS r;

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
      FROM orderd_audit t
     WHERE t.a ? 'audit'
     ORDER BY t.ord;

    PERFORM pg_notify('orderd_review', '')
      WHERE EXISTS (SELECT 1 FROM orderd_audit t
                     WHERE t.a #>> '{audit,outcome}' IN ('held', 'pending'));
    RETURN n;
END
$fn$;

-- Write the staged batch (orderd_stage in this transaction), then the
-- audit results, dead letters and cursor. Staged orders without an audit
-- entry keep their stored outcome (a new one without any is approved).
CREATE FUNCTION orderd_commit(p_channel text, p_run bigint, p_audits jsonb, p_dead jsonb,
                              p_cursor jsonb,
                              OUT n_new integer, OUT n_updated integer,
                              OUT n_unchanged integer, OUT n_dead integer)
LANGUAGE plpgsql AS $fn$
BEGIN
    WITH ins AS (
        INSERT INTO orders (channel, external_id, revision, content_hash, status, channel_status,
                            placed_at, paid_at, source_updated_at, currency,
                            subtotal, shipping, discount, tax, total,
                            customer_ref, customer_name, customer_phone, customer_email,
                            ship_name, ship_phone, ship_country, ship_province, ship_city,
                            ship_district, ship_address, ship_postal_code,
                            buyer_note, seller_note, priority, tags,
                            audit_outcome, audit, raw, first_run_id, last_run_id,
                            approved_at, decided_by, decided_at)
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
               'approved', NULL,
               decode(b.o ->> 'raw', 'base64'), p_run, p_run,
               now(), NULL, NULL
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
           -- The audit decides these when it runs (orderd_apply_audit);
           -- otherwise the channel's own priority/tags join the stored ones.
           priority = CASE WHEN o.priority = 'urgent' THEN o.priority
                           ELSE coalesce(b.o ->> 'priority', o.priority) END,
           tags = ARRAY(SELECT DISTINCT x FROM unnest(o.tags || coalesce(ARRAY(
                            SELECT jsonb_array_elements_text(b.o -> 'tags')), '{}')) AS x
                        ORDER BY x),
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

    INSERT INTO order_events (order_id, kind, from_status, to_status, revision, run_id, actor)
    SELECT b.order_id,
           CASE WHEN b.action = 'insert' THEN 'created'
                WHEN b.old_status IS DISTINCT FROM b.o ->> 'status' THEN 'status'
                ELSE 'updated' END,
           b.old_status, b.o ->> 'status', coalesce(b.o ->> 'revision', b.content_hash), p_run,
           'orderd'
      FROM orderd_batch b
     WHERE b.action IN ('insert', 'update');

    PERFORM orderd_apply_audit(p_audits, p_run);

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
               items = items + (SELECT count(*) FROM orderd_batch)
                             + jsonb_array_length(coalesce(p_dead, '[]')),
               new = new + n_new, updated = updated + n_updated,
               unchanged = unchanged + n_unchanged, dead = dead + n_dead
         WHERE id = p_run;
    END IF;

    DELETE FROM orderd_batch;

    PERFORM pg_notify('orderd_orders', p_channel)
      WHERE n_new + n_updated > 0;
END
$fn$;
