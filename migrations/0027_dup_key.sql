-- orderd schema, version 27: a denser key for the duplicate rule's
-- indexes (issue 11: the same per-batch cost whatever the table size),
-- and the sink's functions of version 21 dropped (at the end).
--
-- Version 6 indexed each order's phone and matched customer with
-- md5(sku_multiset): a 32-character text of 33 bytes in every index
-- entry. The duplicate candidates' read (lib/sink_refdata.c, sql_recent)
-- probes both indexes once per order and key, and was the one audit read
-- that grew with the stored orders (docs/performance.md). The key is now
-- a 64-bit hash of the multiset, orderd_sku_key(): 8 bytes, so the
-- entries are about half as wide and a probe touches fewer pages.
--
-- The key only finds candidates. Two multisets with the same key are not
-- the same order: the read also compares the multisets themselves
-- (y.sku_multiset = p.skus, on the heap row the probe visits anyway), and
-- the audit compares them once more (lib/audit_rules_buyer.c). A
-- collision costs one row read, never a false duplicate.
--
-- The key is an expression of sku_multiset, so no writer of orders
-- changes: every INSERT and UPDATE of the column keeps the index right,
-- and the stored orders get their key when the index is built below (the
-- backfill; docs/performance.md gives its time at 500,000 orders). The
-- hash is computed by the server, for the stored rows and for the probes
-- alike; it is the one hash partitioning uses, stable across releases.
--
-- The function is a plain SQL expression without SECURITY DEFINER or a
-- search_path of its own (either would stop the planner from inlining it
-- into the index match); it names pg_catalog explicitly, so no schema on
-- the caller's search_path can stand in for the hash.

CREATE FUNCTION orderd_sku_key(skus text)
RETURNS bigint
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS $fn$ SELECT pg_catalog.hashtextextended(skus, 0) $fn$;

CREATE INDEX orders_dup_phone_key ON orders (phone_norm, orderd_sku_key(sku_multiset), placed_at)
    WHERE phone_norm IS NOT NULL AND sku_multiset IS NOT NULL;
CREATE INDEX orders_dup_customer_key
    ON orders (customer_ref_matched, orderd_sku_key(sku_multiset), placed_at)
    WHERE customer_ref_matched IS NOT NULL AND sku_multiset IS NOT NULL;
DROP INDEX orders_dup_phone_skus;
DROP INDEX orders_dup_customer_skus;

-- The sink's functions of version 21, orderd_stage(text, jsonb) and the
-- five-argument orderd_commit, replaced by version 22's COPY-staged
-- orderd_stage(text) and six-argument orderd_commit (and those by version
-- 24's), are dropped: no code of version 22 or later calls them. A binary
-- of version 21 or older must be stopped before this migration
-- (docs/operations.md). orderd_setup_roles_0013() (version 13's, reached
-- through the wrappers of versions 17, 22 and 25) named both by signature
-- in its list of the sink's functions: it is redefined from its own
-- definition without them, its attributes, owner and grants unchanged
-- (CREATE OR REPLACE keeps them). Migrations 22 and 25 told a database with
-- roles on by orderd_stage(text, jsonb) being SECURITY DEFINER; a later
-- migration should ask orderd_audit_apply(bigint) instead.
DO $mig$
DECLARE
    def text := pg_get_functiondef('orderd_setup_roles_0013()'::regprocedure);
    old_list constant text := $q$ARRAY['orderd_stage(text, jsonb)',
                               'orderd_commit(text, bigint, jsonb, jsonb, jsonb)',
                               'orderd_audit_load(jsonb)'$q$;
    new_list constant text := $q$ARRAY['orderd_audit_load(jsonb)'$q$;
BEGIN
    IF strpos(def, old_list) > 0 THEN
        EXECUTE replace(def, old_list, new_list);
    ELSIF strpos(def, 'orderd_stage(text, jsonb)') > 0 OR strpos(def, new_list) = 0 THEN
        RAISE EXCEPTION 'orderd_setup_roles_0013() is not the function of migration 13: '
                        'its list of the sink''s functions was changed by hand';
    END IF; -- else: already without them (this migration applied again)
END
$mig$;

DROP FUNCTION IF EXISTS orderd_stage(text, jsonb);
DROP FUNCTION IF EXISTS orderd_commit(text, bigint, jsonb, jsonb, jsonb);
