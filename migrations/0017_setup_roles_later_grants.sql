-- orderd schema, version 17: orderd_setup_roles() keeps the grants of the
-- migrations after 13.
--
-- orderd_setup_roles() (version 13) revokes every privilege of the three
-- narrower roles and grants its own list again, so that running it twice
-- leaves nothing stale. Migration 16 granted orderd_ingest SELECT on
-- dead_letters and the report_sends grants outside that list: an
-- administrator who ran the function again took them away, and the
-- morning mail failed with "permission denied". The function of version
-- 13 is kept under the name orderd_setup_roles_0013(); orderd_setup_roles()
-- runs it and then grants what later migrations need. A later migration
-- that adds a table or function redefines only this short function.

ALTER FUNCTION orderd_setup_roles() RENAME TO orderd_setup_roles_0013;

CREATE FUNCTION orderd_setup_roles()
RETURNS void
LANGUAGE plpgsql AS $fn$
BEGIN
    PERFORM orderd_setup_roles_0013();
    -- 16: the morning mail's record; the daily report counts dead letters
    GRANT SELECT, INSERT ON report_sends TO orderd_ingest;
    GRANT SELECT ON dead_letters TO orderd_ingest;
    GRANT SELECT ON report_sends TO orderd_console, orderd_readonly;
END
$fn$;

REVOKE ALL ON FUNCTION orderd_setup_roles() FROM PUBLIC;
REVOKE ALL ON FUNCTION orderd_setup_roles_0013() FROM PUBLIC;
