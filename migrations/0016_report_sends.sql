-- orderd schema, version 16: the morning mail's record (issue 14,
-- lib/report_send.c, docs/reports.md "The morning mail").
--
-- One row per report date and kind that was mailed (or written into
-- reports.dir), with when and by which orderd instance (host:pid). The
-- primary key is the claim: an instance inserts the row in the
-- transaction that sends the mail and commits after the server took it,
-- so of several instances one sends and the others find the row (or wait
-- for the sender's transaction and then find it); a failed send rolls the
-- claim back and is tried again.
CREATE TABLE report_sends (
    report_date date NOT NULL,
    kind text NOT NULL CHECK (kind IN ('daily')),
    sent_at timestamptz NOT NULL DEFAULT now(),
    instance text NOT NULL,
    PRIMARY KEY (report_date, kind)
);

-- With the roles of migration 0013: the daemon claims, the others read;
-- the daemon's daily report counts dead letters, which it only wrote
-- through the sink's functions before. (orderd_setup_roles() does not
-- know these grants: run again, it revokes them; see docs/reports.md.)
DO $$
BEGIN
    IF to_regrole('orderd_ingest') IS NOT NULL THEN
        GRANT SELECT, INSERT ON report_sends TO orderd_ingest;
        GRANT SELECT ON dead_letters TO orderd_ingest;
        GRANT SELECT ON report_sends TO orderd_console, orderd_readonly;
    END IF;
END
$$;
