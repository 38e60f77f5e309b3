-- orderd schema, version 4: how an order read out of a document (an
-- e-mail body, a PDF, a sheet) was read, kept with the order.
--
-- orders.extraction is the order's "extraction" member of the normalized
-- JSON (docs/normalized-order.md): {"doubts": ["line 3: amount 30.00 is
-- not 2 x 14.00"], "sources": {"external_id": "Sheet1!B2", ...}}, NULL
-- for orders that no document reader made. The audit holds an order
-- with doubts (rule "extraction", docs/audit.md); keeping them here lets
-- a replay and a review judge the stored order the same way.
--
-- orderd_commit is version 3's with three additions: the column is
-- written on insert and update, and the created/updated/status event of
-- a revision that carries an extraction holds it in its detail
-- ({"extraction": {...}}), so every revision's doubts and sources stay
-- in the order's history. Still one statement per kind for the batch.

ALTER TABLE orders ADD COLUMN extraction jsonb;

CREATE OR REPLACE FUNCTION orderd_commit(p_channel text, p_run bigint, p_audits jsonb, p_dead jsonb,
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
                            approved_at, decided_by, decided_at, extraction)
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
               now(), NULL, NULL, nullif(b.o -> 'extraction', 'null'::jsonb)
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
           extraction = nullif(b.o -> 'extraction', 'null'::jsonb),
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
