-- orderd schema, version 26: one event row fewer per order that
-- reserves stock (issue 11: the rows a batch writes).
--
-- Versions 3 to 25 wrote, for each order whose audit reserved stock, an
-- event 'reserved' with {"stock": [{sku, warehouse, qty}, ...]} in its
-- detail, just before the event of the decision ('audit', or 'review'
-- for a person's approval). A new approved order thus had three events:
-- created, reserved, audit. The stock now goes into the detail of the
-- decision's event, beside "rules" and "note":
--
--     created   {"extraction": ...} when the revision carries one
--     audit     {"rules": [...], "stock": [{"sku": "A", "warehouse":
--                "main", "qty": 3}]}
--
-- Nothing else changes: stock_reservations and inventory.reserved are
-- written as before, 'released' events are as before, and an order that
-- reserves in a call without a decision of its own (an entry without an
-- audit) still gets a 'reserved' event. Every reader of events (the
-- review API, orderctl review show, the console's timeline) shows kind
-- and detail as they are; none looks for the kind 'reserved'.
--
-- The stock is the entry's own "reserve" array (the elements
-- orderd_reserve is filled from: sku, warehouse, qty), so the detail is
-- not aggregated again: a first version that grouped orderd_reserve per
-- order and joined it to the decisions cost as much as the events it
-- saved (docs/performance.md). An order with two entries in one call
-- (rare: a batch naming it twice) has each entry's stock on that entry's
-- event, where earlier versions put them together in one 'reserved' event.
--
-- orderd_audit_apply keeps its SECURITY DEFINER and search_path (set by
-- orderd_setup_roles): they are read before and set again after, as
-- version 24 did for orderd_commit.

CREATE TEMPORARY TABLE orderd_v26_attrs ON COMMIT DROP AS
SELECT prosecdef, proconfig FROM pg_proc
 WHERE oid = 'orderd_audit_apply(bigint)'::regprocedure;

-- Version 5's orderd_audit_apply with the reservations in the decision's
-- event (above).
CREATE OR REPLACE FUNCTION orderd_audit_apply(p_run bigint)
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

    -- What an entry reserved (its "reserve" array, the rows written to
    -- orderd_reserve above) goes into the detail of its decision's event
    -- as "stock", not into an event of its own: one row an order fewer,
    -- and no aggregate to build it. An entry that reserves without a
    -- decision still gets a 'reserved' event.
    INSERT INTO order_events (order_id, kind, run_id, actor, detail)
    SELECT t.order_id, 'reserved', p_run, 'orderd', jsonb_build_object('stock', t.a -> 'reserve')
      FROM orderd_audit_in t
     WHERE t.order_id IS NOT NULL AND NOT t.a ? 'audit'
       AND jsonb_typeof(t.a -> 'reserve') = 'array' AND jsonb_array_length(t.a -> 'reserve') > 0
     ORDER BY t.ord;

    INSERT INTO order_events (order_id, kind, from_status, to_status, run_id, actor, detail)
    SELECT t.order_id, coalesce(t.a ->> 'event', 'audit'), t.old_outcome,
           t.a #>> '{audit,outcome}', p_run, coalesce(t.a ->> 'actor', 'orderd'),
           jsonb_strip_nulls(jsonb_build_object(
               'rules', (SELECT jsonb_agg(x ->> 'rule') FROM jsonb_array_elements(
                             coalesce(t.a #> '{audit,reasons}', '[]')) AS x),
               'note', t.a ->> 'note',
               'stock', CASE WHEN jsonb_typeof(t.a -> 'reserve') = 'array'
                              AND jsonb_array_length(t.a -> 'reserve') > 0
                             THEN t.a -> 'reserve' END))
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

DO $$
DECLARE
    definer boolean;
    conf text[];
    setting text;
BEGIN
    SELECT prosecdef, proconfig INTO definer, conf FROM orderd_v26_attrs;
    IF definer THEN
        ALTER FUNCTION orderd_audit_apply(bigint) SECURITY DEFINER;
    END IF;
    FOREACH setting IN ARRAY coalesce(conf, '{}') LOOP
        EXECUTE format('ALTER FUNCTION orderd_audit_apply(bigint) SET %I TO %s',
                       split_part(setting, '=', 1),
                       substr(setting, strpos(setting, '=') + 1));
    END LOOP;
END
$$;
