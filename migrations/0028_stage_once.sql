-- orderd schema, version 28: a new order's staged row written once
-- (issue 11: the rows a batch writes).
--
-- orderd_stage(text) decided each staged order's action in two UPDATEs
-- of pg_temp.orderd_batch: the first gives the orders already stored
-- their order_id, old status and action (orderd_revision); the second set
-- action = coalesce(action, 'insert') on every row still without one and
-- read the stored lines and address of the updated ones. On a first run
-- nearly every order is new, so the second UPDATE rewrote every row of
-- the batch (about 1.5 kB each: the raw input, the whole order) only to
-- write 'insert' into one column, and every later scan of the table in
-- orderd_stage and orderd_commit read the dead copies too (72 pages of
-- live rows, 145 with the dead ones, for 500 orders).
--
-- The column now defaults to 'insert', so the COPY writes it. The first
-- UPDATE overwrites it for the stored orders as before; the second,
-- unchanged (WHERE action IS NULL OR action = 'update'), no longer
-- matches the new orders. Every action comes out as before: 'insert' for
-- an order not stored, orderd_revision's for one that is, and 'insert'
-- when orderd_revision gives NULL (the coalesce, still there). A session
-- whose table was made by version 22's orderd_stage_open (a daemon that
-- ran across the upgrade) keeps a column without the default: its new
-- orders have NULL there and the second UPDATE still sets 'insert'.
--
-- orders_channel_source_updated (version 14, for orderctl reconcile) is
-- made partial, WHERE source_updated_at IS NOT NULL: reconcile's reads
-- bound source_updated_at on both sides, so they never match a row
-- without one, and an order whose channel sends no update time (feeds,
-- mail) no longer adds an entry to it.
--
-- orderd_stage_open keeps its SECURITY DEFINER and search_path (set by
-- orderd_setup_roles): read before and set again after, as version 26
-- did for orderd_audit_apply.

CREATE TEMPORARY TABLE orderd_v28_attrs ON COMMIT DROP AS
SELECT prosecdef, proconfig FROM pg_proc
 WHERE oid = 'orderd_stage_open()'::regprocedure;

-- Version 22's orderd_stage_open with the default of action (above).
CREATE OR REPLACE FUNCTION orderd_stage_open()
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
            -- 'insert' unless orderd_stage finds the order stored, so
            -- that a new order's row is written once, by the COPY.
            action         text DEFAULT 'insert',
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

DO $$
DECLARE
    definer boolean;
    conf text[];
    setting text;
BEGIN
    SELECT prosecdef, proconfig INTO definer, conf FROM orderd_v28_attrs;
    IF definer THEN
        ALTER FUNCTION orderd_stage_open() SECURITY DEFINER;
    END IF;
    FOREACH setting IN ARRAY coalesce(conf, '{}') LOOP
        EXECUTE format('ALTER FUNCTION orderd_stage_open() SET %I TO %s',
                       split_part(setting, '=', 1),
                       substr(setting, strpos(setting, '=') + 1));
    END LOOP;
END
$$;

DROP INDEX orders_channel_source_updated;
CREATE INDEX orders_channel_source_updated ON orders (channel, source_updated_at)
    WHERE source_updated_at IS NOT NULL;
