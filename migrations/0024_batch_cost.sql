-- orderd schema, version 24: the batch's database cost (issue 11).
--
-- orderd_commit's INSERT of the new orders joins the staged batch
-- (pg_temp.orderd_batch) with the batch's audit entries
-- (orderd_audit_in) on external_id. The staged table is never analysed
-- (version 22 stopped that, to spare a re-plan every batch), so the
-- planner guesses 4 new orders out of it and 5 audit entries, and joins
-- them by a nested loop: for 500 orders it compared 250,000 pairs of
-- external_ids, about a third of the INSERT's time. The INSERT now runs
-- with enable_nestloop off for that one statement (set_config local to
-- the transaction, set back right after), which gives a hash join; its
-- other joins are hash joins already.
--
-- orderd_commit's other statements, its arguments and the rows it writes
-- do not change, so a binary of version 22 or 23 runs the faster
-- function unchanged. Its SECURITY DEFINER and search_path (set by
-- orderd_setup_roles) are read before and set again after, as versions
-- 20 and 21 did for orderd_stage.
--
-- The order an order line, an event or a stock reservation names is
-- checked once per statement instead of once per row. The foreign keys
-- of versions 1 and 2 (order_id REFERENCES orders (id) ON DELETE CASCADE)
-- ran one query per row, each through the trigger machinery: 4,200 a
-- batch of 500 orders (3 lines, 2.5 reservations and 3 events each),
-- about half the time of those INSERTs. They are replaced by triggers
-- that do what the keys did, set-wise:
--
--   * after an INSERT into order_lines, order_events or
--     stock_reservations, or an UPDATE that gives a row another
--     order_id: the distinct order ids of the statement's rows are
--     locked FOR KEY SHARE, as the key's check locked each one (so the
--     order cannot be deleted, nor its id changed, until the transaction
--     ends), and one that does not exist fails the statement with the
--     key's error: SQLSTATE 23503 and the key's old constraint name;
--   * after a DELETE of orders: the orders' lines, events and
--     reservations are deleted (ON DELETE CASCADE);
--   * an UPDATE of orders.id is refused (nothing changes it; the key
--     refused it for a referenced order);
--   * after a TRUNCATE of orders: the three tables are emptied too (the
--     key refused TRUNCATE orders without CASCADE; no row is left naming
--     an order that is gone either way).
--
-- The functions run as their owner (SECURITY DEFINER, the schema's
-- search_path), as a key's checks did: the locks need no privilege of
-- the role that writes.

CREATE TEMPORARY TABLE orderd_v24_attrs ON COMMIT DROP AS
SELECT prosecdef, proconfig FROM pg_proc
 WHERE oid = 'orderd_commit(text, bigint, jsonb, jsonb, jsonb, boolean)'::regprocedure;

-- Version 22's orderd_commit, with the audited INSERT of the new orders
-- planned without nested loops (above).
CREATE OR REPLACE FUNCTION orderd_commit(p_channel text, p_run bigint, p_audits jsonb,
                              p_dead jsonb, p_cursor jsonb, p_staged boolean,
                              OUT n_new integer, OUT n_updated integer,
                              OUT n_unchanged integer, OUT n_dead integer)
LANGUAGE plpgsql AS $fn$
DECLARE
    v_audits boolean := coalesce(jsonb_array_length(p_audits), 0) > 0;
    v_nestloop text;
BEGIN
    n_new := 0;
    n_updated := 0;
    n_unchanged := 0;
    IF v_audits THEN
        PERFORM orderd_audit_load(p_audits);
    END IF;

    IF p_staged AND v_audits THEN
        -- The staged rows against their audit entries: a hash join, not
        -- the nested loop the planner's guess of a few rows picks.
        v_nestloop := current_setting('enable_nestloop');
        PERFORM set_config('enable_nestloop', 'off', true);
        WITH ins AS (
            INSERT INTO orders (channel, external_id, revision, content_hash, status,
                                channel_status, placed_at, paid_at, source_updated_at, currency,
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
            SELECT p_channel, b.external_id, coalesce(b.revision, b.content_hash),
                   b.content_hash, b.status, b.channel_status, b.placed_at, b.paid_at,
                   b.updated_at, b.currency, b.subtotal, b.shipping, b.discount, b.tax,
                   b.total, b.customer_ref, b.customer_name, b.customer_phone,
                   b.customer_email, b.ship_name, b.ship_phone, b.ship_country,
                   b.ship_province, b.ship_city, b.ship_district, b.ship_address,
                   b.ship_postal_code, b.buyer_note, b.seller_note,
                   coalesce(t.a ->> 'priority', b.priority, 'normal'),
                   CASE WHEN t.a IS NULL THEN coalesce(b.tags, '{}')
                        ELSE ARRAY(SELECT jsonb_array_elements_text(t.a -> 'tags')) END,
                   coalesce(t.a #>> '{audit,outcome}', 'approved'), t.a -> 'audit',
                   b.raw, p_run, p_run,
                   CASE WHEN t.a IS NULL OR t.a #>> '{audit,outcome}' = 'approved'
                        THEN now() END,
                   CASE WHEN t.a IS NOT NULL
                        THEN coalesce(t.a ->> 'decided_by', t.a ->> 'actor', 'audit') END,
                   CASE WHEN t.a IS NOT NULL THEN now() END,
                   b.extraction,
                   t.a ->> 'customer_ref', t.a ->> 'phone_norm', t.a ->> 'po_number',
                   t.a ->> 'sku_multiset', (t.a ->> 'recheck_at')::timestamptz,
                   b.invoice_type, b.invoice_medium, b.invoice_title, b.invoice_tax_id,
                   b.invoice_email, b.invoice_address, b.invoice_phone, b.invoice_bank,
                   b.invoice_account
              FROM pg_temp.orderd_batch b
              LEFT JOIN orderd_audit_in t
                ON t.channel = p_channel AND t.external_id = b.external_id AND t.a ? 'audit'
             WHERE b.action = 'insert'
            RETURNING id, external_id),
        staged AS (
            UPDATE pg_temp.orderd_batch b SET order_id = ins.id
              FROM ins WHERE b.external_id = ins.external_id)
        -- The entries of the new orders now name them; those with an
        -- outcome are written.
        UPDATE orderd_audit_in t
           SET order_id = ins.id, written = t.a ? 'audit'
          FROM ins
         WHERE t.channel = p_channel AND t.external_id = ins.external_id;
        PERFORM set_config('enable_nestloop', v_nestloop, true);
    ELSIF p_staged THEN
        -- No audit entry (no rules, or none of these orders needed one).
        WITH ins AS (
            INSERT INTO orders (channel, external_id, revision, content_hash, status,
                                channel_status, placed_at, paid_at, source_updated_at, currency,
                                subtotal, shipping, discount, tax, total,
                                customer_ref, customer_name, customer_phone, customer_email,
                                ship_name, ship_phone, ship_country, ship_province, ship_city,
                                ship_district, ship_address, ship_postal_code,
                                buyer_note, seller_note, priority, tags,
                                audit_outcome, raw, first_run_id, last_run_id,
                                approved_at, extraction,
                                invoice_type, invoice_medium, invoice_title, invoice_tax_id,
                                invoice_email, invoice_address, invoice_phone, invoice_bank,
                                invoice_account)
            SELECT p_channel, b.external_id, coalesce(b.revision, b.content_hash),
                   b.content_hash, b.status, b.channel_status, b.placed_at, b.paid_at,
                   b.updated_at, b.currency, b.subtotal, b.shipping, b.discount, b.tax,
                   b.total, b.customer_ref, b.customer_name, b.customer_phone,
                   b.customer_email, b.ship_name, b.ship_phone, b.ship_country,
                   b.ship_province, b.ship_city, b.ship_district, b.ship_address,
                   b.ship_postal_code, b.buyer_note, b.seller_note,
                   coalesce(b.priority, 'normal'), coalesce(b.tags, '{}'),
                   'approved', b.raw, p_run, p_run, now(), b.extraction,
                   b.invoice_type, b.invoice_medium, b.invoice_title, b.invoice_tax_id,
                   b.invoice_email, b.invoice_address, b.invoice_phone, b.invoice_bank,
                   b.invoice_account
              FROM pg_temp.orderd_batch b
             WHERE b.action = 'insert'
            RETURNING id, external_id)
        UPDATE pg_temp.orderd_batch b SET order_id = ins.id
          FROM ins WHERE b.external_id = ins.external_id;
    END IF;

    IF p_staged THEN
        UPDATE orders o
           SET revision = coalesce(b.revision, b.content_hash),
               content_hash = b.content_hash,
               status = b.status,
               channel_status = b.channel_status,
               placed_at = b.placed_at,
               paid_at = b.paid_at,
               source_updated_at = b.updated_at,
               currency = b.currency,
               subtotal = b.subtotal,
               shipping = b.shipping,
               discount = b.discount,
               tax = b.tax,
               total = b.total,
               customer_ref = b.customer_ref,
               customer_name = b.customer_name,
               customer_phone = b.customer_phone,
               customer_email = b.customer_email,
               ship_name = b.ship_name,
               ship_phone = b.ship_phone,
               ship_country = b.ship_country,
               ship_province = b.ship_province,
               ship_city = b.ship_city,
               ship_district = b.ship_district,
               ship_address = b.ship_address,
               ship_postal_code = b.ship_postal_code,
               buyer_note = b.buyer_note,
               seller_note = b.seller_note,
               -- The audit decides these when it runs (orderd_audit_apply);
               -- otherwise the channel's own priority/tags join the stored ones.
               priority = CASE WHEN o.priority = 'urgent' THEN o.priority
                               ELSE coalesce(b.priority, o.priority) END,
               tags = ARRAY(SELECT DISTINCT x FROM unnest(o.tags || coalesce(b.tags, '{}')) AS x
                            ORDER BY x),
               raw = b.raw,
               extraction = b.extraction,
               invoice_type = b.invoice_type,
               invoice_medium = b.invoice_medium,
               invoice_title = b.invoice_title,
               invoice_tax_id = b.invoice_tax_id,
               invoice_email = b.invoice_email,
               invoice_address = b.invoice_address,
               invoice_phone = b.invoice_phone,
               invoice_bank = b.invoice_bank,
               invoice_account = b.invoice_account,
               last_run_id = p_run,
               modified_at = now()
          FROM pg_temp.orderd_batch b
         WHERE o.id = b.order_id AND b.action = 'update';

        DELETE FROM order_lines l USING pg_temp.orderd_batch b
         WHERE l.order_id = b.order_id AND b.action = 'update';

        -- The lines of a new order carry the SKUs its audit entry mapped.
        IF v_audits THEN
            INSERT INTO order_lines (order_id, line_no, sku, channel_sku, title, qty,
                                     unit_price, discount, total)
            SELECT b.order_id, l.line_no,
                   CASE WHEN m.line_no IS NULL THEN l.sku ELSE m.sku END,
                   CASE WHEN m.line_no IS NULL THEN l.channel_sku ELSE m.channel_sku END,
                   l.title, l.qty, l.unit_price, l.discount, l.total
              FROM pg_temp.orderd_batch b
              JOIN pg_temp.orderd_batch_lines l ON l.ord = b.ord
              LEFT JOIN (SELECT DISTINCT ON (t.order_id, (x ->> 'line_no')::integer)
                                t.order_id, (x ->> 'line_no')::integer AS line_no,
                                x ->> 'sku' AS sku, x ->> 'channel_sku' AS channel_sku
                           FROM orderd_audit_in t, jsonb_array_elements(t.a -> 'lines') AS x
                          WHERE t.written
                          ORDER BY t.order_id, (x ->> 'line_no')::integer, t.ord DESC) m
                ON m.order_id = b.order_id AND m.line_no = l.line_no
             WHERE b.action IN ('insert', 'update');
        ELSE
            INSERT INTO order_lines (order_id, line_no, sku, channel_sku, title, qty,
                                     unit_price, discount, total)
            SELECT b.order_id, l.line_no, l.sku, l.channel_sku, l.title, l.qty, l.unit_price,
                   l.discount, l.total
              FROM pg_temp.orderd_batch b
              JOIN pg_temp.orderd_batch_lines l ON l.ord = b.ord
             WHERE b.action IN ('insert', 'update');
        END IF;

        INSERT INTO order_events (order_id, kind, from_status, to_status, revision, run_id,
                                  actor, detail)
        SELECT b.order_id,
               CASE WHEN b.action = 'insert' THEN 'created'
                    WHEN b.old_status IS DISTINCT FROM b.status THEN 'status'
                    ELSE 'updated' END,
               b.old_status, b.status, coalesce(b.revision, b.content_hash), p_run, 'orderd',
               CASE WHEN b.extraction IS NOT NULL
                    THEN jsonb_build_object('extraction', b.extraction) END
          FROM pg_temp.orderd_batch b
         WHERE b.action IN ('insert', 'update')
         ORDER BY b.ord;
    END IF;

    IF v_audits THEN
        PERFORM orderd_audit_apply(p_run);
    END IF;

    n_dead := 0;
    IF coalesce(jsonb_array_length(p_dead), 0) > 0 THEN
        WITH d AS (
            SELECT e ->> 'source_ref' AS source_ref, e ->> 'external_id' AS external_id,
                   e ->> 'reason' AS reason, decode(e ->> 'raw', 'base64') AS raw
              FROM jsonb_array_elements(p_dead) AS e)
        INSERT INTO dead_letters AS x (channel, source_ref, external_id, reason, raw,
                                       raw_sha256, run_id)
        SELECT DISTINCT ON (d.source_ref, encode(sha256(d.raw), 'hex'))
               p_channel, d.source_ref, d.external_id, d.reason, d.raw,
               encode(sha256(d.raw), 'hex'), p_run
          FROM d
        ON CONFLICT (channel, source_ref, raw_sha256) DO UPDATE
           SET last_seen = now(), seen_count = x.seen_count + 1, reason = excluded.reason;
        GET DIAGNOSTICS n_dead = ROW_COUNT;
    END IF;

    IF p_cursor IS NOT NULL THEN
        INSERT INTO channel_cursors (channel, cursor) VALUES (p_channel, p_cursor)
        ON CONFLICT (channel) DO UPDATE SET cursor = excluded.cursor, updated_at = now();
    END IF;

    IF p_staged THEN
        SELECT count(*) FILTER (WHERE b.action = 'insert'),
               count(*) FILTER (WHERE b.action = 'update'),
               count(*) FILTER (WHERE b.action = 'skip')
          INTO n_new, n_updated, n_unchanged
          FROM pg_temp.orderd_batch b;
    END IF;

    IF p_run IS NOT NULL THEN
        UPDATE ingest_runs
           SET batches = batches + 1,
               items = items + n_new + n_updated + n_unchanged
                             + coalesce(jsonb_array_length(p_dead), 0),
               new = new + n_new, updated = updated + n_updated,
               unchanged = unchanged + n_unchanged, dead = dead + n_dead
         WHERE id = p_run;
    END IF;

    IF p_staged THEN
        DELETE FROM pg_temp.orderd_batch;
        DELETE FROM pg_temp.orderd_batch_lines;
    END IF;

    PERFORM pg_notify('orderd_orders', p_channel)
      WHERE n_new + n_updated > 0;
END
$fn$;

DO $$
DECLARE
    definer boolean;
    conf text[];
    setting text;
BEGIN
    SELECT prosecdef, proconfig INTO definer, conf FROM orderd_v24_attrs;
    IF definer THEN
        ALTER FUNCTION orderd_commit(text, bigint, jsonb, jsonb, jsonb, boolean) SECURITY DEFINER;
    END IF;
    FOREACH setting IN ARRAY coalesce(conf, '{}') LOOP
        EXECUTE format('ALTER FUNCTION orderd_commit(text, bigint, jsonb, jsonb, jsonb, boolean)'
                       ' SET %I TO %s',
                       split_part(setting, '=', 1),
                       substr(setting, strpos(setting, '=') + 1));
    END LOOP;
END
$$;

-- The order references of order_lines, order_events and
-- stock_reservations, one check per statement (above).
CREATE FUNCTION orderd_order_ref_check()
RETURNS trigger
LANGUAGE plpgsql AS $fn$
DECLARE
    v_ids bigint[];
    v_locked bigint;
    v_missing bigint;
BEGIN
    IF TG_OP = 'INSERT' THEN
        v_ids := ARRAY(SELECT DISTINCT n.order_id FROM new_rows n);
    ELSE
        -- As the key: a row that keeps its order_id is not checked again.
        v_ids := ARRAY(SELECT n.order_id FROM new_rows n
                       EXCEPT SELECT o.order_id FROM old_rows o);
    END IF;
    IF cardinality(v_ids) = 0 THEN
        RETURN NULL;
    END IF;
    SELECT count(*) INTO v_locked
      FROM (SELECT 1 FROM orders o WHERE o.id = ANY (v_ids) FOR KEY SHARE OF o) x;
    IF v_locked < cardinality(v_ids) THEN
        SELECT min(i) INTO v_missing
          FROM unnest(v_ids) AS i
         WHERE NOT EXISTS (SELECT 1 FROM orders o WHERE o.id = i);
        RAISE EXCEPTION 'insert or update on table "%" violates foreign key constraint "%"',
                        TG_TABLE_NAME, TG_TABLE_NAME || '_order_id_fkey'
              USING ERRCODE = 'foreign_key_violation',
                    DETAIL = format('Key (order_id)=(%s) is not present in table "orders".',
                                    v_missing),
                    SCHEMA = TG_TABLE_SCHEMA, TABLE = TG_TABLE_NAME, COLUMN = 'order_id',
                    CONSTRAINT = TG_TABLE_NAME || '_order_id_fkey';
    END IF;
    RETURN NULL;
END
$fn$;

-- ON DELETE CASCADE and the refused key change and TRUNCATE of orders.
CREATE FUNCTION orderd_orders_refs()
RETURNS trigger
LANGUAGE plpgsql AS $fn$
DECLARE
    v_ids bigint[];
BEGIN
    IF TG_OP = 'DELETE' THEN
        v_ids := ARRAY(SELECT o.id FROM old_rows o);
        DELETE FROM order_lines WHERE order_id = ANY (v_ids);
        DELETE FROM order_events WHERE order_id = ANY (v_ids);
        DELETE FROM stock_reservations WHERE order_id = ANY (v_ids);
    ELSIF TG_OP = 'TRUNCATE' THEN
        -- Not TRUNCATE: a TRUNCATE of orders that names them too (with
        -- CASCADE, as the key needed) still holds them open here.
        DELETE FROM order_lines;
        DELETE FROM order_events;
        DELETE FROM stock_reservations;
    ELSIF TG_OP = 'UPDATE' THEN
        RAISE EXCEPTION 'an order''s id cannot change: its lines, events and reservations name it'
              USING ERRCODE = 'foreign_key_violation', TABLE = 'orders', COLUMN = 'id';
    END IF;
    RETURN NULL;
END
$fn$;

DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['order_lines', 'order_events', 'stock_reservations'] LOOP
        EXECUTE format('ALTER TABLE %I DROP CONSTRAINT %I', t, t || '_order_id_fkey');
        EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %I REFERENCING NEW TABLE AS new_rows'
                       ' FOR EACH STATEMENT EXECUTE FUNCTION orderd_order_ref_check()',
                       t || '_order_ref_insert', t);
        EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %I'
                       ' REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows'
                       ' FOR EACH STATEMENT EXECUTE FUNCTION orderd_order_ref_check()',
                       t || '_order_ref_update', t);
    END LOOP;
    FOREACH t IN ARRAY ARRAY['orderd_order_ref_check()', 'orderd_orders_refs()'] LOOP
        EXECUTE format('ALTER FUNCTION %s SECURITY DEFINER SET search_path = %I, pg_temp',
                       t, current_schema());
        EXECUTE format('REVOKE ALL ON FUNCTION %s FROM PUBLIC', t);
    END LOOP;
END
$$;

CREATE TRIGGER orders_refs_delete AFTER DELETE ON orders REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION orderd_orders_refs();
CREATE TRIGGER orders_refs_truncate AFTER TRUNCATE ON orders
    FOR EACH STATEMENT EXECUTE FUNCTION orderd_orders_refs();
CREATE TRIGGER orders_refs_id BEFORE UPDATE OF id ON orders
    FOR EACH ROW WHEN (OLD.id IS DISTINCT FROM NEW.id) EXECUTE FUNCTION orderd_orders_refs();
