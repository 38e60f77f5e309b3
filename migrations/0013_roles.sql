-- orderd schema, version 13: least-privilege database roles (issue 16).
--
-- Four NOLOGIN roles, created once per cluster (roles are cluster-wide)
-- and granted per database:
--
--   orderd_owner     owns every table, sequence and function of the
--                    schema; `orderctl migrate` runs later migrations as
--                    it (SET ROLE), so its members migrate.
--   orderd_ingest    what the daemon needs and nothing more: it reads the
--                    orders and the reference data, writes its bookkeeping
--                    (channels, ingest_runs, channel_tokens) and writes
--                    orders, lines, events, reservations, dead letters and
--                    cursors only through the sink's functions. No DELETE,
--                    no TRUNCATE, no UPDATE of an order's columns (one
--                    exception, modified_at: PostgreSQL takes a row lock,
--                    SELECT ... FOR UPDATE, only from a role that may
--                    update some column of the row; the same holds for
--                    customers.updated_at and inventory.updated_at).
--   orderd_console   reads everything but the platform tokens, decides
--                    reviews (orderctl review approve/reject, through
--                    orderd_apply_audit) and works dead letters (retry goes
--                    through the sink's functions; the state columns of
--                    dead_letters directly). `stock verify --repair`,
--                    `import` and `channel token` are not the console's.
--   orderd_readonly  SELECT on every table but channel_tokens: reports,
--                    BI tools, `orderctl orders/review list/channels`.
--
-- The sink's five functions become SECURITY DEFINER (run as
-- orderd_owner, search_path pinned to this schema then pg_temp): they are
-- the only way orderd_ingest and orderd_console write orders.
--
-- All of it is orderd_setup_roles(), run by this migration unless
-- `orderctl migrate --no-roles` set orderd.roles to 'off' (one role for
-- everything, as before). It is idempotent: an administrator can run
-- `SELECT orderd_setup_roles();` later as a superuser to switch roles on,
-- and a migration that adds a table or function redefines it with that
-- object's grants and runs it again where roles are on
-- (docs/operations.md, "Database roles").
--
-- It refuses, and the whole migration with it (nothing is half-applied),
-- when a role is missing and the migrating role may not create roles,
-- when the migrating role cannot become a member of orderd_owner, and
-- when orderd_owner may not create objects in the schema.
CREATE FUNCTION orderd_setup_roles()
RETURNS void
LANGUAGE plpgsql AS $fn$
DECLARE
    sch text := current_schema();
    r text;
    obj text;
BEGIN
    -- 1. The roles, once per cluster. Several databases of one cluster may
    -- migrate at once: the loser of a concurrent CREATE ROLE gets
    -- unique_violation (or duplicate_object) once the winner commits.
    FOREACH r IN ARRAY ARRAY['orderd_owner', 'orderd_ingest', 'orderd_console',
                             'orderd_readonly'] LOOP
        CONTINUE WHEN EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r);
        IF NOT (SELECT rolsuper OR rolcreaterole FROM pg_roles WHERE rolname = current_user) THEN
            RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege',
                MESSAGE = format('role %s does not exist and role %s may not create roles: '
                                 'run ''orderctl migrate'' once as a role with CREATEROLE, '
                                 'or have an administrator create the roles '
                                 '(docs/operations.md, "Database roles"), '
                                 'or run ''orderctl migrate --no-roles'' to keep one role '
                                 'for everything', r, current_user);
        END IF;
        BEGIN
            EXECUTE format('CREATE ROLE %I NOLOGIN', r);
        EXCEPTION WHEN duplicate_object OR unique_violation THEN
            NULL; -- another database's migration created it first
        END;
    END LOOP;

    -- 2. The migrating role must be able to act as orderd_owner (hand
    -- objects over, and run later migrations as it).
    IF NOT pg_has_role(current_user, 'orderd_owner', 'MEMBER') THEN
        BEGIN
            EXECUTE format('GRANT orderd_owner TO %I', current_user);
        EXCEPTION
            WHEN unique_violation THEN
                NULL; -- granted concurrently
            WHEN insufficient_privilege THEN
                RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege',
                    MESSAGE = format('role %s is not a member of orderd_owner and may not '
                                     'grant it: an administrator runs ''GRANT orderd_owner '
                                     'TO %s'' (docs/operations.md, "Database roles"), or '
                                     'run ''orderctl migrate --no-roles''',
                                     current_user, current_user);
        END;
    END IF;

    -- 3. orderd_owner creates objects in the schema (later migrations)
    -- and temporary tables (the sink's functions run as it).
    IF NOT has_schema_privilege('orderd_owner', sch, 'CREATE') THEN
        BEGIN
            EXECUTE format('GRANT USAGE, CREATE ON SCHEMA %I TO orderd_owner', sch);
        EXCEPTION WHEN insufficient_privilege THEN
            NULL; -- reported below
        END;
        IF NOT has_schema_privilege('orderd_owner', sch, 'CREATE') THEN
            RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege',
                MESSAGE = format('orderd_owner may not create objects in schema %s and role %s '
                                 'may not grant it: the owner of database %s runs '
                                 '''GRANT USAGE, CREATE ON SCHEMA %s TO orderd_owner''',
                                 sch, current_user, current_database(), sch);
        END IF;
    END IF;
    FOREACH r IN ARRAY ARRAY['orderd_owner', 'orderd_ingest', 'orderd_console',
                             'orderd_readonly'] LOOP
        IF NOT has_database_privilege(r, current_database(), 'CONNECT')
           OR NOT has_schema_privilege(r, sch, 'USAGE')
           OR (r = 'orderd_owner' AND NOT has_database_privilege(r, current_database(), 'TEMP'))
        THEN
            BEGIN
                EXECUTE format('GRANT CONNECT, TEMPORARY ON DATABASE %I TO %I',
                               current_database(), r);
                EXECUTE format('GRANT USAGE ON SCHEMA %I TO %I', sch, r);
            EXCEPTION WHEN insufficient_privilege THEN
                NULL; -- reported below
            END;
            IF NOT has_database_privilege(r, current_database(), 'CONNECT')
               OR NOT has_schema_privilege(r, sch, 'USAGE')
               OR (r = 'orderd_owner'
                   AND NOT has_database_privilege(r, current_database(), 'TEMP')) THEN
                RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege',
                    MESSAGE = format('%s may not connect to database %s or use schema %s, and '
                                     'role %s may not grant it: the database''s owner runs '
                                     '''GRANT CONNECT, TEMPORARY ON DATABASE %s TO %s'' and '
                                     '''GRANT USAGE ON SCHEMA %s TO %s''', r, current_database(),
                                     sch, current_user, current_database(), r, sch, r);
            END IF;
        END IF;
    END LOOP;

    -- 4. orderd_owner owns the schema's objects (those of extensions
    -- excepted; a sequence of a serial column follows its table).
    FOR obj IN
        SELECT c.oid::regclass::text FROM pg_class c
         WHERE c.relnamespace = sch::regnamespace AND c.relkind IN ('r', 'p', 'v', 'm', 'f', 'S')
           AND c.relowner <> 'orderd_owner'::regrole
           AND NOT EXISTS (SELECT 1 FROM pg_depend d
                            WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid
                              AND d.deptype IN ('e', 'a', 'i'))
    LOOP
        EXECUTE format('ALTER TABLE %s OWNER TO orderd_owner', obj);
    END LOOP;
    FOR obj IN
        SELECT p.oid::regprocedure::text FROM pg_proc p
         WHERE p.pronamespace = sch::regnamespace AND p.proowner <> 'orderd_owner'::regrole
           AND NOT EXISTS (SELECT 1 FROM pg_depend d
                            WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid
                              AND d.deptype = 'e')
    LOOP
        EXECUTE format('ALTER ROUTINE %s OWNER TO orderd_owner', obj);
    END LOOP;

    -- 5. The sink's functions: the way narrower roles write orders.
    FOREACH obj IN ARRAY ARRAY['orderd_stage(text, jsonb)',
                               'orderd_commit(text, bigint, jsonb, jsonb, jsonb)',
                               'orderd_audit_load(jsonb)', 'orderd_audit_apply(bigint)',
                               'orderd_apply_audit(jsonb, bigint)'] LOOP
        EXECUTE format('ALTER FUNCTION %s SECURITY DEFINER SET search_path = %I, pg_temp',
                       obj, sch);
        EXECUTE format('REVOKE ALL ON FUNCTION %s FROM PUBLIC', obj);
        EXECUTE format('GRANT EXECUTE ON FUNCTION %s TO orderd_ingest, orderd_console', obj);
    END LOOP;
    REVOKE ALL ON FUNCTION orderd_setup_roles() FROM PUBLIC;

    -- 6. Tables. Every grant is named; a table nobody is granted here is
    -- the owner's alone. REVOKE first: running this again after a change
    -- of the list leaves no stale privilege behind.
    FOR obj IN
        SELECT c.oid::regclass::text FROM pg_class c
         WHERE c.relnamespace = sch::regnamespace AND c.relkind IN ('r', 'p', 'v', 'm', 'S')
    LOOP
        EXECUTE format('REVOKE ALL ON %s FROM orderd_ingest, orderd_console, orderd_readonly',
                       obj);
    END LOOP;

    GRANT SELECT ON schema_migrations, channels, channel_cursors, ingest_runs, orders,
                    order_lines, order_events, dead_letters, customers, products, sku_map,
                    inventory, price_lists, blacklist, stock_reservations
       TO orderd_readonly, orderd_console;

    -- The daemon: reads what the audit and its bookkeeping need ...
    GRANT SELECT ON schema_migrations, channels, channel_cursors, ingest_runs, orders,
                    order_lines, customers, products, sku_map, inventory, price_lists,
                    blacklist, stock_reservations, channel_tokens
       TO orderd_ingest;
    -- ... writes its bookkeeping and its platform tokens ...
    GRANT INSERT, UPDATE ON channels, ingest_runs, channel_tokens TO orderd_ingest;
    GRANT USAGE ON SEQUENCE ingest_runs_id_seq TO orderd_ingest;
    -- ... and locks rows (FOR UPDATE needs UPDATE on one column).
    GRANT UPDATE (modified_at) ON orders TO orderd_ingest, orderd_console;
    GRANT UPDATE (updated_at) ON customers, inventory TO orderd_ingest, orderd_console;

    -- The console: dead-letter retry and discard write these columns.
    GRANT UPDATE (state, resolved_at, resolved_order_id, retry_count, last_retry_at,
                  last_retry_error, discarded_by, retried_by)
       ON dead_letters TO orderd_console;
    -- ... and its own users, sessions and failed logins (migration 0012;
    -- password hashes and session tokens: nobody else reads them).
    GRANT SELECT, INSERT, UPDATE, DELETE ON web_users, web_sessions, web_login_failures
       TO orderd_console;
    GRANT USAGE ON SEQUENCE web_login_failures_id_seq TO orderd_console;
END
$fn$;

SELECT orderd_setup_roles()
 WHERE coalesce(current_setting('orderd.roles', true), '') <> 'off';
