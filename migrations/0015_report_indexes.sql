-- orderd schema, version 15: the indexes the clerk's report needs
-- (lib/report.c, docs/reports.md), so that a daily report reads the
-- period's rows and not the whole history:
--   * the orders a person decided, by decided_at: "still waiting at the
--     period's end" finds those decided after the end (the held and
--     pending ones come from orders_audit_outcome);
--   * the ingest runs by started_at: the failed polls of the period over
--     every channel (ingest_runs_channel_started serves one channel).

CREATE INDEX orders_decided_by_person ON orders (decided_at) WHERE decided_by <> 'audit';
CREATE INDEX ingest_runs_started ON ingest_runs (started_at);
