-- orderd schema, version 14: reconciliation against the platforms'
-- counts (issue 15, lib/reconcile.h).
--
-- orderd's daily run per channel records its last run on the channel's
-- row, where `orderctl channels` shows it: when it ran, and its result in
-- one line ("ok: 48 windows, 1 differed, 2 orders added", or the error).
-- reconcile_ok is NULL before the first run, true when every window
-- matched afterwards. The count of stored orders per window reads
-- orders by channel and source_updated_at (the platform's modification
-- time), which this index serves.
ALTER TABLE channels
    ADD COLUMN reconciled_at timestamptz,
    ADD COLUMN reconcile_ok boolean,
    ADD COLUMN reconcile_result text;

CREATE INDEX orders_channel_source_updated ON orders (channel, source_updated_at);
