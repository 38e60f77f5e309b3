-- orderd schema, version 11: invoice requests (发票, issue 15).
--
-- The normalized order's `invoice` (docs/normalized-order.md#invoice) is
-- stored in its own columns, so `orderctl invoices`, the review screens
-- and an ERP read the 抬头 and 税号 without parsing JSON. Every column is
-- NULL for an order that asks for no invoice (and for the orders stored
-- before this version). invoice_type is none, normal (普票) or special
-- (专票); a request is normal or special, and the partial index serves
-- the invoice list by placed_at.
--
-- orderd_commit is version 5's with the nine invoice_* columns added to
-- the INSERT of a new order and the UPDATE of a newer revision: the
-- invoice is written in the same statement as the rest of the order.
-- Nothing else in it changed.
ALTER TABLE orders
    ADD COLUMN invoice_type text CHECK (invoice_type IN ('none', 'normal', 'special')),
    ADD COLUMN invoice_medium text CHECK (invoice_medium IN ('electronic', 'paper')),
    ADD COLUMN invoice_title text,
    ADD COLUMN invoice_tax_id text,
    ADD COLUMN invoice_email text,
    ADD COLUMN invoice_address text,
    ADD COLUMN invoice_phone text,
    ADD COLUMN invoice_bank text,
    ADD COLUMN invoice_account text;

CREATE INDEX orders_invoice_requested ON orders (placed_at)
    WHERE invoice_type IN ('normal', 'special');

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
                            recheck_at,
                            invoice_type, invoice_medium, invoice_title, invoice_tax_id,
                            invoice_email, invoice_address, invoice_phone, invoice_bank,
                            invoice_account)
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
               t.a ->> 'sku_multiset', (t.a ->> 'recheck_at')::timestamptz,
               b.o #>> '{invoice,type}', b.o #>> '{invoice,medium}',
               b.o #>> '{invoice,title}', b.o #>> '{invoice,tax_id}',
               b.o #>> '{invoice,email}', b.o #>> '{invoice,address}',
               b.o #>> '{invoice,phone}', b.o #>> '{invoice,bank}',
               b.o #>> '{invoice,account}'
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
           invoice_type = b.o #>> '{invoice,type}',
           invoice_medium = b.o #>> '{invoice,medium}',
           invoice_title = b.o #>> '{invoice,title}',
           invoice_tax_id = b.o #>> '{invoice,tax_id}',
           invoice_email = b.o #>> '{invoice,email}',
           invoice_address = b.o #>> '{invoice,address}',
           invoice_phone = b.o #>> '{invoice,phone}',
           invoice_bank = b.o #>> '{invoice,bank}',
           invoice_account = b.o #>> '{invoice,account}',
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
