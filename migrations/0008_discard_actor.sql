-- orderd schema, version 8: who discarded a dead letter (issue 17).
--
-- od_deadletter_discard() (lib/deadletter.c) records the person who
-- closed a dead letter that holds no order: the operating user or
-- `--actor` of `orderctl deadletters discard`, or the signed-in clerk of
-- the console. Why stays where it was, `discarded: REASON` in
-- last_retry_error. NULL for every other state, and for dead letters
-- discarded before this version.
ALTER TABLE dead_letters ADD COLUMN discarded_by text;
