-- orderd schema, version 21: the revision rule in one place.
--
-- Whether an incoming copy of a stored order is an update or is skipped
-- (docs/exactly-once.md, "The revision rule") was written twice: in
-- orderd_stage's CASE, and in the sink's query that finds, before the
-- bodies are sent, the orders the stage would skip (find_unsent in
-- lib/sink.c). The two had to agree by hand. orderd_revision() is now
-- the rule, and both call it. It is a pure SQL function, so the planner
-- inlines it into each query: nothing is slower for it.
--
-- orderd_revision(incoming updated_at, incoming content hash,
--                 stored updated_at, stored content hash) returns
-- 'update' or 'skip':
-- - both times known and different: the later one wins ('update' when
--   the incoming copy is later, 'skip' when it is earlier, whatever its
--   content);
-- - equal times, or either unknown: a different content hash is an
--   update (the later arrival wins), the same one is skipped.
--
-- orderd_stage is redefined to call it, otherwise as version 20 left it;
-- its SECURITY DEFINER and search_path (set by orderd_setup_roles) are
-- read before and set again after, as version 20 did.

CREATE FUNCTION orderd_revision(p_updated_at timestamptz, p_hash text,
                                p_stored_updated_at timestamptz, p_stored_hash text)
RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $fn$
    SELECT CASE
        WHEN p_updated_at IS NOT NULL AND p_stored_updated_at IS NOT NULL
             AND p_updated_at <> p_stored_updated_at
            THEN CASE WHEN p_updated_at > p_stored_updated_at THEN 'update' ELSE 'skip' END
        WHEN p_hash <> p_stored_hash THEN 'update'
        ELSE 'skip' END
$fn$;

CREATE TEMPORARY TABLE orderd_v21_attrs ON COMMIT DROP AS
SELECT prosecdef, proconfig FROM pg_proc WHERE oid = 'orderd_stage(text, jsonb)'::regprocedure;

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
           action = orderd_revision(b.updated_at, b.content_hash,
                                    o.source_updated_at, o.content_hash)
      FROM orders o
     WHERE o.channel = p_channel AND o.external_id = ANY(v_ids)
       AND o.external_id = b.external_id;
    UPDATE orderd_staged SET action = 'insert' WHERE action IS NULL;
    -- The stored lines and address, for the material-change check below:
    -- only the orders that are updated need them.
    UPDATE orderd_staged b
       SET old_lines = (SELECT string_agg(coalesce(l.channel_sku, l.sku, '') || '*' || l.qty, ';'
                                          ORDER BY coalesce(l.channel_sku, l.sku, ''), l.qty)
                          FROM order_lines l WHERE l.order_id = o.id),
           old_address = concat_ws('|', o.ship_name, o.ship_phone, o.ship_country,
                                   o.ship_province, o.ship_city, o.ship_district,
                                   o.ship_address, o.ship_postal_code)
      FROM orders o
     WHERE b.action = 'update' AND o.id = b.order_id;
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

DO $$
DECLARE
    definer boolean;
    conf text[];
    setting text;
BEGIN
    SELECT prosecdef, proconfig INTO definer, conf FROM orderd_v21_attrs;
    IF definer THEN
        ALTER FUNCTION orderd_stage(text, jsonb) SECURITY DEFINER;
    END IF;
    FOREACH setting IN ARRAY coalesce(conf, '{}') LOOP
        EXECUTE format('ALTER FUNCTION orderd_stage(text, jsonb) SET %I TO %s',
                       split_part(setting, '=', 1),
                       substr(setting, strpos(setting, '=') + 1));
    END LOOP;
END
$$;
