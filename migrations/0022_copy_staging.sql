-- orderd schema, version 22: the batch staged by COPY into typed tables.
--
-- Until now the sink sent a batch's orders as one JSON document that
-- orderd_stage(text, jsonb) unpacked into a temporary table of jsonb
-- rows, and orderd_commit read some fifty `b.o ->> ...` of each row
-- (decompressing an order of about 2 kB once per field). Now the sink
-- COPYs the orders (text format) into pg_temp.orderd_batch, one typed
-- column per field the INSERT reads, and their lines into
-- pg_temp.orderd_batch_lines; then:
--
--   orderd_stage_open()      creates the two tables once per session
--                            (they last as long as the session; their
--                            rows as long as the transaction) and empties
--                            them, before the COPY;
--   orderd_stage(text)       keeps the last copy of each external_id,
--                            locks the stored rows and decides insert,
--                            update or skip by the revision rule
--                            (orderd_revision, version 21): what
--                            orderd_stage(text, jsonb) did, same result
--                            columns;
--   orderd_commit(text, bigint, jsonb, jsonb, jsonb, boolean)
--                            writes the staged batch as orderd_commit of
--                            version 11 did, one set-based statement each
--                            for the insert, the update, the lines, the
--                            events (the audit, reservations, dead
--                            letters and cursor as before). Its last
--                            argument says whether anything was staged:
--                            a batch whose orders the sink found
--                            unchanged (a re-read) stages nothing, and
--                            then neither the staged tables nor the audit
--                            tables are read -- the commit is the dead
--                            letters, the cursor and the run's counts.
--
-- The content hash comes with the row: the sink computes it
-- (od_jsonb_sha256, the SHA-256 of the text PostgreSQL prints for the
-- jsonb of the same order, which it already sent to find the unchanged
-- orders). For an order whose jsonb text the sink cannot write, it sends
-- the order's JSON in `doc` instead and the stage computes the hash from
-- it as version 20 did.
--
-- The functions of versions 5 to 20 stay: a binary of version 21 or
-- older still works against this schema. The new functions get the same
-- SECURITY DEFINER and search_path as orderd_stage(text, jsonb) when the
-- roles of version 13 are on, and orderd_setup_roles() now grants them.

CREATE FUNCTION orderd_stage_open()
RETURNS void
LANGUAGE plpgsql AS $fn$
BEGIN
    IF to_regclass('pg_temp.orderd_batch') IS NULL THEN
        CREATE TEMP TABLE orderd_batch (
            ord            integer NOT NULL,   -- 1-based position in what was sent
            external_id    text NOT NULL,
            content_hash   text,
            doc            jsonb,              -- only when content_hash is not sent
            revision       text,
            status         text,
            channel_status text,
            placed_at      timestamptz,
            paid_at        timestamptz,
            updated_at     timestamptz,
            currency       text,
            subtotal       numeric,
            shipping       numeric,
            discount       numeric,
            tax            numeric,
            total          numeric,
            customer_ref   text,
            customer_name  text,
            customer_phone text,
            customer_email text,
            ship_name      text,
            ship_phone     text,
            ship_country   text,
            ship_province  text,
            ship_city      text,
            ship_district  text,
            ship_address   text,
            ship_postal_code text,
            buyer_note     text,
            seller_note    text,
            priority       text,
            tags           text[],
            extraction     jsonb,
            invoice_type   text,
            invoice_medium text,
            invoice_title  text,
            invoice_tax_id text,
            invoice_email  text,
            invoice_address text,
            invoice_phone  text,
            invoice_bank   text,
            invoice_account text,
            raw            bytea,
            -- decided by orderd_stage
            order_id       bigint,
            old_status     text,
            old_outcome    text,
            old_decided_by text,
            old_lines      text,
            old_address    text,
            action         text,
            CHECK (content_hash IS NOT NULL OR doc IS NOT NULL)
        ) ON COMMIT DELETE ROWS;
        -- The session's own table: the sink's role COPYs into it. No
        -- other session can read a temporary table.
        GRANT INSERT ON pg_temp.orderd_batch TO PUBLIC;
    ELSE
        DELETE FROM pg_temp.orderd_batch;
    END IF;
    IF to_regclass('pg_temp.orderd_batch_lines') IS NULL THEN
        CREATE TEMP TABLE orderd_batch_lines (
            ord         integer NOT NULL,
            line_no     integer,
            sku         text,
            channel_sku text,
            title       text,
            qty         bigint,
            unit_price  numeric,
            discount    numeric,
            total       numeric
        ) ON COMMIT DELETE ROWS;
        GRANT INSERT ON pg_temp.orderd_batch_lines TO PUBLIC;
    ELSE
        DELETE FROM pg_temp.orderd_batch_lines;
    END IF;
END
$fn$;

CREATE FUNCTION orderd_stage(p_channel text)
RETURNS TABLE (ord integer, external_id text, action text, order_id bigint,
               old_status text, old_outcome text, old_decided_by text,
               material_change boolean, reserved_skus text[])
LANGUAGE plpgsql AS $fn$
#variable_conflict use_column
DECLARE
    v_ids text[];
BEGIN
    -- The last copy of each external_id counts.
    WITH gone AS (
        DELETE FROM pg_temp.orderd_batch a USING pg_temp.orderd_batch b
         WHERE b.external_id = a.external_id AND b.ord > a.ord
        RETURNING a.ord)
    DELETE FROM pg_temp.orderd_batch_lines l USING gone WHERE l.ord = gone.ord;

    UPDATE pg_temp.orderd_batch
       SET content_hash = encode(sha256(convert_to(
               (doc - 'raw' - 'id' - 'revision' - 'audit' - 'channel')::text, 'UTF8')), 'hex')
     WHERE content_hash IS NULL;

    v_ids := ARRAY(SELECT b.external_id FROM pg_temp.orderd_batch b);

    -- Planned for these ids each time (EXECUTE): a cached generic plan
    -- may walk the whole primary key for its ORDER BY, a cost that grows
    -- with the table.
    EXECUTE 'SELECT count(*) FROM (SELECT 1 FROM orders o'
            ' WHERE o.channel = $1 AND o.external_id = ANY($2)'
            ' ORDER BY o.id FOR UPDATE OF o) x'
       USING p_channel, v_ids;

    UPDATE pg_temp.orderd_batch b
       SET order_id = o.id,
           old_status = o.status,
           old_outcome = o.audit_outcome,
           old_decided_by = o.decided_by,
           action = orderd_revision(b.updated_at, b.content_hash,
                                    o.source_updated_at, o.content_hash)
      FROM orders o
     WHERE o.channel = p_channel AND o.external_id = ANY(v_ids)
       AND o.external_id = b.external_id;
    -- The stored lines and address, for the material-change check below:
    -- only the orders that are updated need them.
    UPDATE pg_temp.orderd_batch b
       SET action = coalesce(b.action, 'insert'),
           old_lines = CASE WHEN b.action = 'update' THEN
                   (SELECT string_agg(coalesce(l.channel_sku, l.sku, '') || '*' || l.qty, ';'
                                      ORDER BY coalesce(l.channel_sku, l.sku, ''), l.qty)
                      FROM order_lines l WHERE l.order_id = b.order_id) END,
           old_address = CASE WHEN b.action = 'update' THEN
                   (SELECT concat_ws('|', o.ship_name, o.ship_phone, o.ship_country,
                                     o.ship_province, o.ship_city, o.ship_district,
                                     o.ship_address, o.ship_postal_code)
                      FROM orders o WHERE o.id = b.order_id) END
     WHERE b.action IS NULL OR b.action = 'update';

    RETURN QUERY
    SELECT b.ord, b.external_id, b.action, b.order_id, b.old_status, b.old_outcome,
           b.old_decided_by,
           b.action = 'update' AND (
               b.old_lines IS DISTINCT FROM
                   (SELECT string_agg(coalesce(l.channel_sku, l.sku, '') || '*' || l.qty, ';'
                                      ORDER BY coalesce(l.channel_sku, l.sku, ''), l.qty)
                      FROM pg_temp.orderd_batch_lines l WHERE l.ord = b.ord)
               OR b.old_address IS DISTINCT FROM
                   concat_ws('|', b.ship_name, b.ship_phone, b.ship_country, b.ship_province,
                             b.ship_city, b.ship_district, b.ship_address, b.ship_postal_code)),
           rs.skus
      FROM pg_temp.orderd_batch b
      LEFT JOIN (SELECT r.order_id, array_agg(DISTINCT r.sku) AS skus
                   FROM pg_temp.orderd_batch b2
                   JOIN stock_reservations r ON r.order_id = b2.order_id
                  WHERE b2.order_id IS NOT NULL AND r.released_at IS NULL
                  GROUP BY r.order_id) rs ON rs.order_id = b.order_id
     ORDER BY b.ord;
END
$fn$;

-- Write the staged batch (orderd_stage(text) in this transaction), then
-- the audit results, dead letters and cursor: version 11's orderd_commit
-- over the typed tables. p_staged false: nothing was staged in this
-- transaction (every order of the batch was found unchanged, or the
-- batch holds only dead letters or a cursor).
CREATE FUNCTION orderd_commit(p_channel text, p_run bigint, p_audits jsonb,
                              p_dead jsonb, p_cursor jsonb, p_staged boolean,
                              OUT n_new integer, OUT n_updated integer,
                              OUT n_unchanged integer, OUT n_dead integer)
LANGUAGE plpgsql AS $fn$
DECLARE
    v_audits boolean := coalesce(jsonb_array_length(p_audits), 0) > 0;
BEGIN
    n_new := 0;
    n_updated := 0;
    n_unchanged := 0;
    IF v_audits THEN
        PERFORM orderd_audit_load(p_audits);
    END IF;

    IF p_staged AND v_audits THEN
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

-- The new functions run as the old ones do: with the roles of version 13
-- (and an administrator's later orderd_setup_roles()), SECURITY DEFINER
-- with the schema's search_path, executed by orderd_ingest and
-- orderd_console only.
ALTER FUNCTION orderd_setup_roles() RENAME TO orderd_setup_roles_0017;

CREATE FUNCTION orderd_setup_roles()
RETURNS void
LANGUAGE plpgsql AS $fn$
BEGIN
    PERFORM orderd_setup_roles_0017();
    PERFORM orderd_sink_0022_grants();
END
$fn$;

-- 22: the COPY-staged sink's functions, as orderd_setup_roles_0013 does
-- for the sink's first five.
CREATE FUNCTION orderd_sink_0022_grants()
RETURNS void
LANGUAGE plpgsql AS $fn$
DECLARE
    obj text;
BEGIN
    FOREACH obj IN ARRAY ARRAY['orderd_stage_open()', 'orderd_stage(text)',
                               'orderd_commit(text, bigint, jsonb, jsonb, jsonb, boolean)'] LOOP
        EXECUTE format('ALTER FUNCTION %s SECURITY DEFINER SET search_path = %I, pg_temp',
                       obj, current_schema());
        EXECUTE format('REVOKE ALL ON FUNCTION %s FROM PUBLIC', obj);
        EXECUTE format('GRANT EXECUTE ON FUNCTION %s TO orderd_ingest, orderd_console', obj);
    END LOOP;
END
$fn$;

REVOKE ALL ON FUNCTION orderd_setup_roles() FROM PUBLIC;
REVOKE ALL ON FUNCTION orderd_setup_roles_0017() FROM PUBLIC;
REVOKE ALL ON FUNCTION orderd_sink_0022_grants() FROM PUBLIC;

-- Roles are on where the old stage is SECURITY DEFINER (set by version
-- 13's orderd_setup_roles, kept by version 20).
SELECT orderd_sink_0022_grants()
  FROM pg_proc
 WHERE oid = 'orderd_stage(text, jsonb)'::regprocedure AND prosecdef;
