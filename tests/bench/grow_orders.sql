-- Grow a kept bench database (BENCH_KEEP_DB=1) for the per-batch cost at
-- a large table (docs/performance.md): grow.copies INSERT ... SELECT
-- copies of the orders there (24 gives 25 times the orders), each with a new
-- external_id (suffix ~k) and placed_at k weeks earlier, with their lines,
-- events and reservations (inventory.reserved is not touched), then
-- VACUUM ANALYZE. Not a test; prints a NOTICE per copy:
--
--     PGOPTIONS='-c grow.copies=24' psql -d DB -f tests/bench/grow_orders.sql
\set ON_ERROR_STOP 1
CREATE TEMP TABLE base AS SELECT id FROM orders;
DO $$
DECLARE
    k int;
    cols_o text; cols_l text; cols_e text; cols_r text;
    n int := current_setting('grow.copies')::int;
BEGIN
    SELECT string_agg(quote_ident(column_name), ', ' ORDER BY ordinal_position) INTO cols_o
      FROM information_schema.columns WHERE table_name = 'orders' AND table_schema = current_schema()
       AND column_name NOT IN ('id', 'external_id', 'placed_at') AND is_generated = 'NEVER';
    SELECT string_agg(quote_ident(column_name), ', ' ORDER BY ordinal_position) INTO cols_l
      FROM information_schema.columns WHERE table_name = 'order_lines' AND table_schema = current_schema()
       AND column_name NOT IN ('id', 'order_id') AND is_generated = 'NEVER';
    SELECT string_agg(quote_ident(column_name), ', ' ORDER BY ordinal_position) INTO cols_e
      FROM information_schema.columns WHERE table_name = 'order_events' AND table_schema = current_schema()
       AND column_name NOT IN ('id', 'order_id') AND is_generated = 'NEVER';
    SELECT string_agg(quote_ident(column_name), ', ' ORDER BY ordinal_position) INTO cols_r
      FROM information_schema.columns WHERE table_name = 'stock_reservations' AND table_schema = current_schema()
       AND column_name NOT IN ('id', 'order_id') AND is_generated = 'NEVER';
    FOR k IN 1..n LOOP
        CREATE TEMP TABLE m AS
            SELECT id AS old_id, nextval('orders_id_seq') AS new_id FROM base;
        EXECUTE format('INSERT INTO orders (id, external_id, placed_at, %s)'
                       ' SELECT m.new_id, o.external_id || %L, o.placed_at - %L::interval, %s'
                       ' FROM orders o JOIN m ON m.old_id = o.id',
                       cols_o, '~' || k, (7 * k) || ' days', cols_o);
        EXECUTE format('INSERT INTO order_lines (order_id, %s) SELECT m.new_id, %s'
                       ' FROM order_lines x JOIN m ON m.old_id = x.order_id', cols_l, cols_l);
        EXECUTE format('INSERT INTO order_events (order_id, %s) SELECT m.new_id, %s'
                       ' FROM order_events x JOIN m ON m.old_id = x.order_id', cols_e, cols_e);
        EXECUTE format('INSERT INTO stock_reservations (order_id, %s) SELECT m.new_id, %s'
                       ' FROM stock_reservations x JOIN m ON m.old_id = x.order_id', cols_r, cols_r);
        DROP TABLE m;
        RAISE NOTICE 'copy % done at %', k, clock_timestamp();
    END LOOP;
END
$$;
VACUUM ANALYZE;
