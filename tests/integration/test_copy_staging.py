"""The batch staged by COPY (migration 22, lib/sink_copy.c): text the COPY
text format escapes comes back byte for byte, long raw input is kept
whole, and one batch that inserts, updates and skips decides each order
by the revision rule as the JSON stage did."""
import json
import subprocess

from harness import OrderdCase

# What the COPY text format escapes or gives a meaning to: tab, newline,
# carriage return, backslash, \N (NULL), \. (end of data), \x41 (an
# escape), quotes, control bytes, braces and commas (array literals).
ODD = 'a\tb\nc\r\nd\\e \\N \\. \\x41 "q" \'s\' \x01\x7f {x,y} 中文 😀'


def order(ext, **kw):
    o = {'external_id': ext, 'status': 'paid', 'placed_at': '2026-11-20T09:30:00+08:00',
         'updated_at': '2026-11-20T10:00:00+08:00',
         'customer': {'name': '王五', 'phone': '+8613800138000'},
         'ship_to': {'name': '王五', 'phone': '+8613800138000', 'province': '浙江省',
                     'city': '杭州市', 'address': '西湖区文三路 1 号'},
         'lines': [{'sku': 'A', 'qty': 2, 'unit_price': '3.10'},
                   {'sku': 'B', 'qty': 1, 'unit_price': '5.00'}]}
    o.update(kw)
    return o


def ndjson(*orders):
    return ''.join(json.dumps(o, ensure_ascii=False) + '\n' for o in orders)


class CopyStaging(OrderdCase):
    channels = {'nd': {'format': 'ndjson', 'currency': 'CNY'}}

    def test_odd_text_and_long_raw_round_trip(self):
        long_note = 'x' * 200000 + '尾'
        odd = order('E\\1 "x" 中', buyer_note=ODD, seller_note='\\',
                    customer={'name': 'N\t\\N', 'phone': '+8613800138000', 'email': 'a\\b@c.cn'},
                    ship_to={'name': '李\n四', 'phone': '+8613900139000', 'province': '\\.',
                             'city': 'C\rD', 'address': 'line 1\nline 2\\',
                             'postal_code': '310000'},
                    lines=[{'sku': 'S\\1', 'title': 'T\t1\n"x"', 'qty': 3, 'unit_price': '1.25'},
                           {'sku': 'S{2}', 'title': '\\N', 'qty': 1, 'unit_price': '0.50'}],
                    tags=['a,b', 'c"d', 'e\\f', '{g}', 'NULL', ' sp ', '标签'],
                    invoice={'type': 'special', 'title': '某某\t公司\\', 'tax_id': '91310000X',
                             'address': 'addr\nline', 'bank': 'B"k'})
        big = order('BIG', buyer_note=long_note)
        data = ndjson(odd, big)
        self.drop('nd', 'a.ndjson', data)
        out = self.once()
        self.assertIn('2 new, 0 updated, 0 unchanged (0 not sent)', out.stdout + out.stderr)

        # As JSON: the test reads psql's output as text, whose newline
        # handling would turn a carriage return into a newline.
        (row,), = self.sql("SELECT json_build_array(external_id, buyer_note, seller_note,"
                           " customer_name, customer_email, ship_name, ship_province, ship_city,"
                           " ship_address, invoice_type, invoice_title, invoice_tax_id,"
                           " invoice_address, invoice_bank, tags) FROM orders"
                           " WHERE external_id <> 'BIG'")
        self.assertEqual(json.loads(row),
                         ['E\\1 "x" 中', ODD, '\\', 'N\t\\N', 'a\\b@c.cn', '李\n四', '\\.',
                          'C\rD', 'line 1\nline 2\\', 'special', '某某\t公司\\', '91310000X',
                          'addr\nline', 'B"k', ['a,b', 'c"d', 'e\\f', '{g}', 'NULL', ' sp ', '标签']])
        (lines,), = self.sql("SELECT json_agg(json_build_array(l.line_no, l.sku, l.title, l.qty,"
                             " l.unit_price::text, l.total::text) ORDER BY l.line_no)"
                             " FROM order_lines l JOIN orders o ON o.id = l.order_id"
                             " WHERE o.external_id <> 'BIG'")
        self.assertEqual(json.loads(lines), [[1, 'S\\1', 'T\t1\n"x"', 3, '1.25', '3.75'],
                                             [2, 'S{2}', '\\N', 1, '0.50', '0.50']])
        # The raw input, 200 kB here, is stored whole: each order's line.
        (raws,), = self.sql("SELECT json_agg(json_build_array(external_id,"
                            " convert_from(raw, 'UTF8')) ORDER BY id) FROM orders")
        self.assertEqual([(e, r.rstrip('\n')) for e, r in json.loads(raws)],
                         [(o['external_id'], json.dumps(o, ensure_ascii=False))
                          for o in (odd, big)])
        self.assertEqual(self.sql("SELECT octet_length(buyer_note) FROM orders"
                                  " WHERE external_id = 'BIG'"), [['200003']])
        # The content hash orderd sent with each row is the one the server
        # computes from the order's JSON (what orderd_stage(text, jsonb)
        # stored): the export of an order, less what the hash leaves out.
        # (The 200 kB order is left out: psql takes the JSON as an
        # argument, and an argument is at most 128 kB.)
        for o in (o for o in self.orders() if o['external_id'] != 'BIG'):
            (h,), = self.sql("SELECT content_hash FROM orders WHERE external_id = :'p1'",
                             o['external_id'])
            (server,), = self.sql(
                "SELECT encode(sha256(convert_to((:'p1'::jsonb - 'raw' - 'id' - 'revision'"
                " - 'audit' - 'channel')::text, 'UTF8')), 'hex')", json.dumps(o))
            self.assertEqual(h, server, o['external_id'])
        # The same file again: every order found unchanged, none sent.
        self.drop('nd', 'b.ndjson', data)
        out = self.once()
        self.assertIn('0 new, 0 updated, 2 unchanged (2 not sent)', out.stdout + out.stderr)

    def test_insert_update_and_skip_in_one_batch(self):
        self.drop('nd', '1.ndjson', ndjson(order('U1'), order('S1'), order('S2'), order('O1')))
        self.once()
        before = dict((e, (i, m)) for e, i, m in
                      self.sql("SELECT external_id, id, modified_at FROM orders"))
        # One batch: U1 newer (status, lines and note changed), S1 the
        # same (not sent), S2 the same twice (sent, as any id the batch
        # holds twice, and skipped by the stage), O1 older with another
        # content (skipped whatever its content), N1 new, D1 new twice
        # (the later copy counts).
        batch = [order('U1', status='shipped', updated_at='2026-11-21T10:00:00+08:00',
                       buyer_note=ODD, lines=[{'sku': 'C\\', 'qty': 5, 'unit_price': '1.00'}]),
                 order('S1'), order('S2'),
                 order('O1', buyer_note='older', updated_at='2026-11-19T10:00:00+08:00'),
                 order('N1', tags=['x']), order('D1', buyer_note='first'), order('S2'),
                 order('D1', buyer_note='second\tcopy')]
        self.drop('nd', '2.ndjson', ndjson(*batch))
        out = self.once()
        self.assertIn('2 new, 1 updated, 3 unchanged (2 not sent)', out.stdout + out.stderr)
        got = {o['external_id']: o for o in self.orders()}
        self.assertEqual(sorted(got), ['D1', 'N1', 'O1', 'S1', 'S2', 'U1'])
        u1 = got['U1']
        self.assertEqual((u1['status'], u1['buyer_note'], u1['total']), ('shipped', ODD, '5.00'))
        self.assertEqual([(l['line_no'], l['sku'], l['qty']) for l in u1['lines']],
                         [(1, 'C\\', 5)])
        self.assertEqual(got['D1']['buyer_note'], 'second\tcopy')
        self.assertIsNone(got['O1'].get('buyer_note'))
        self.assertEqual(got['N1']['tags'], ['x'])
        after = dict((e, (i, m)) for e, i, m in
                     self.sql("SELECT external_id, id, modified_at FROM orders"))
        for e in ('S1', 'S2', 'O1'):
            self.assertEqual(after[e], before[e], e)
        self.assertEqual(after['U1'][0], before['U1'][0])
        self.assertNotEqual(after['U1'][1], before['U1'][1])
        events = self.sql("SELECT o.external_id, e.kind, e.from_status, e.to_status"
                          " FROM order_events e JOIN orders o ON o.id = e.order_id"
                          " WHERE e.run_id = (SELECT max(id) FROM ingest_runs WHERE new > 0)"
                          " ORDER BY e.id")
        self.assertEqual(events, [['U1', 'status', 'paid', 'shipped'],
                                  ['N1', 'created', None, 'paid'],
                                  ['D1', 'created', None, 'paid']])
        self.assertEqual(self.sql("SELECT count(*) FROM order_lines l JOIN orders o"
                                  " ON o.id = l.order_id WHERE o.external_id = 'U1'"), [['1']])
        (run,), = self.sql("SELECT array[new, updated, unchanged, items]::text FROM ingest_runs"
                           " WHERE new = 2")
        self.assertEqual(run, '{2,1,3,6}')

    def test_an_order_sent_without_its_hash_is_hashed_by_the_server(self):
        # orderd sends the order's JSON instead of its hash when it cannot
        # write the jsonb text (a double): the stage hashes it as
        # orderd_stage(text, jsonb) did, and the commit stores that hash.
        doc = json.dumps({'external_id': 'X1', 'status': 'paid', 'total': 1.5,
                          'raw': 'cmF3', 'channel': 'nd', 'revision': 'r'})
        self.sql("BEGIN; SELECT orderd_stage_open();"
                 " INSERT INTO pg_temp.orderd_batch (ord, external_id, status, currency,"
                 " subtotal, shipping, discount, tax, total, doc)"
                 " VALUES (1, 'X1', 'paid', 'CNY', 1.5, 0, 0, 0, 1.5, :'p1');"
                 " SELECT action FROM orderd_stage('nd');"
                 " SELECT n_new FROM orderd_commit('nd', NULL, '[]', '[]', NULL, true);"
                 " COMMIT;", doc)
        got = self.sql("SELECT content_hash = encode(sha256(convert_to((:'p1'::jsonb - 'raw'"
                       " - 'id' - 'revision' - 'audit' - 'channel')::text, 'UTF8')), 'hex'),"
                       " status, total FROM orders WHERE external_id = 'X1'", doc)
        self.assertEqual(got, [['t', 'paid', '1.50']])
        # Neither a hash nor the JSON: refused.
        with self.assertRaises(AssertionError):
            self.sql("BEGIN; SELECT orderd_stage_open();"
                     " INSERT INTO pg_temp.orderd_batch (ord, external_id) VALUES (1, 'X2');"
                     " COMMIT;")

    def test_new_orders_meet_their_audit_entries_in_a_hash_join(self):
        # The staged table is never analysed, so the planner guesses a few
        # rows in it and joined the new orders with their audit entries by
        # a nested loop: every order against every entry, 250,000 pairs
        # for a batch of 500. Migration 24 plans that INSERT without
        # nested loops, for that statement only.
        n = 40
        rows = ', '.join("(%d, 'H%d', 'h%d', 'paid', 'CNY', 1, 0, 0, 0, 1)" % (i, i, i)
                         for i in range(1, n + 1))
        audits = json.dumps([{'channel': 'nd', 'external_id': 'H%d' % i,
                              'audit': {'outcome': 'held' if i % 2 else 'approved',
                                        'reasons': [{'rule': 'r%d' % i}]},
                              'priority': 'urgent' if i == 3 else 'normal', 'tags': ['t%d' % i]}
                             for i in range(1, n + 1)])
        script = ("LOAD 'auto_explain';"
                  " SET auto_explain.log_min_duration = 0;"
                  " SET auto_explain.log_nested_statements = on;"
                  " SET auto_explain.log_level = notice;"
                  " BEGIN; SELECT orderd_stage_open();"
                  " INSERT INTO pg_temp.orderd_batch (ord, external_id, content_hash, status,"
                  " currency, subtotal, shipping, discount, tax, total) VALUES " + rows + ";"
                  " SELECT count(*) FROM orderd_stage('nd');"
                  " SELECT n_new FROM orderd_commit('nd', NULL, :'p1', '[]', NULL, true);"
                  " SELECT 'after: ' || current_setting('enable_nestloop');"
                  " COMMIT;")
        out = subprocess.run(['psql', '-X', '-q', '-A', '-t', '-v', 'ON_ERROR_STOP=1',
                              '-v', 'p1=' + audits, '-d', self.url],
                             input=script, capture_output=True, text=True, check=False)
        self.assertEqual(out.returncode, 0, out.stderr)
        self.assertIn('after: on', out.stdout)
        plans = out.stderr.split('NOTICE:  duration:')
        insert = [p for p in plans if 'INSERT INTO orders' in p and 'Insert on orders' in p]
        self.assertEqual(len(insert), 1, out.stderr)
        self.assertIn('Hash Left Join', insert[0])
        self.assertNotIn('Nested Loop', insert[0])
        # Each order got its own entry's outcome, priority and tags.
        got = self.sql("SELECT count(*) FILTER (WHERE audit_outcome = 'held'),"
                       " count(*) FILTER (WHERE priority = 'urgent' AND external_id = 'H3'),"
                       " count(*) FILTER (WHERE tags = ARRAY['t' || substr(external_id, 2)]),"
                       " count(*) FILTER (WHERE audit #>> '{reasons,0,rule}'"
                       "                        = 'r' || substr(external_id, 2))"
                       " FROM orders")
        self.assertEqual(got, [[str(n // 2), '1', str(n), str(n)]])

    def test_order_references_are_checked_once_per_statement(self):
        # Migration 24: the order_id of lines, events and reservations is
        # checked by one query per statement instead of a foreign key's
        # query per row, with what the keys guaranteed.
        self.drop('nd', 'a.ndjson', ndjson(order('R1'), order('R2')))
        self.once()
        (r1, r2), = self.sql("SELECT min(id), max(id) FROM orders")
        missing = str(int(r2) + 1000)
        got = self.sql("BEGIN; SET LOCAL track_functions = 'pl';"
                       " INSERT INTO order_events (order_id, kind)"
                       " SELECT o.id, 'updated' FROM orders o, generate_series(1, 50);"
                       " INSERT INTO stock_reservations (order_id, sku, warehouse, qty)"
                       " SELECT o.id, 'A', 'main', g FROM orders o, generate_series(1, 50) g;"
                       " SELECT pg_stat_get_xact_function_calls("
                       "'orderd_order_ref_check'::regproc);"
                       " ROLLBACK;")
        self.assertEqual(got, [['2']])
        # An order that does not exist: the key's error, the whole
        # statement refused, for each table, on INSERT and on UPDATE.
        for stmt in ("INSERT INTO order_lines (order_id, line_no, qty, unit_price, total)"
                     " VALUES (%s, 9, 1, 1, 1), (%s, 1, 1, 1, 1)" % (r1, missing),
                     "INSERT INTO order_events (order_id, kind) VALUES (%s, 'updated')" % missing,
                     "INSERT INTO stock_reservations (order_id, sku, warehouse, qty)"
                     " VALUES (%s, 'A', 'main', 1)" % missing,
                     "UPDATE order_lines SET order_id = %s WHERE order_id = %s" % (missing, r1)):
            with self.assertRaises(AssertionError) as e:
                self.sql(stmt)
            table = stmt.split()[2] if stmt.startswith('INSERT') else 'order_lines'
            self.assertIn('violates foreign key constraint "%s_order_id_fkey"' % table,
                          str(e.exception))
            self.assertIn('Key (order_id)=(%s) is not present in table "orders"' % missing,
                          str(e.exception))
        self.assertEqual(self.sql("SELECT count(*) FROM order_lines WHERE line_no = 9"), [['0']])
        # An update that keeps the order is not refused.
        self.sql("UPDATE order_lines SET title = 't' WHERE order_id = %s" % r1)
        # An order's id cannot change.
        with self.assertRaises(AssertionError) as e:
            self.sql("UPDATE orders SET id = %s WHERE id = %s" % (missing, r1))
        self.assertIn("an order's id cannot change", str(e.exception))
        # ON DELETE CASCADE: deleting an order deletes its rows, only its.
        self.sql("INSERT INTO stock_reservations (order_id, sku, warehouse, qty)"
                 " SELECT id, 'A', 'main', 1 FROM orders")
        counts = ("SELECT (SELECT count(*) FROM order_lines WHERE order_id = %s),"
                  " (SELECT count(*) FROM order_events WHERE order_id = %s),"
                  " (SELECT count(*) FROM stock_reservations WHERE order_id = %s)")
        self.assertEqual(self.sql(counts % (r1, r1, r1)), [['2', '1', '1']])
        self.sql("DELETE FROM orders WHERE id = %s" % r1)
        self.assertEqual(self.sql(counts % (r1, r1, r1)), [['0', '0', '0']])
        self.assertEqual(self.sql(counts % (r2, r2, r2)), [['2', '1', '1']])
        # TRUNCATE orders, alone or with CASCADE, leaves no row naming one.
        for stmt in ('TRUNCATE orders', 'TRUNCATE orders, order_lines CASCADE'):
            got = self.sql("BEGIN; %s;" % stmt + " SELECT (SELECT count(*) FROM order_lines)"
                           " + (SELECT count(*) FROM order_events)"
                           " + (SELECT count(*) FROM stock_reservations); ROLLBACK")
            self.assertEqual(got, [['0']])

    def test_a_new_orders_staged_row_is_written_once(self):
        # Migration 28: the action of a staged order defaults to 'insert',
        # so orderd_stage rewrites only the rows of orders already stored
        # (their order_id and action) and of updated ones (their stored
        # lines and address). Version 22 rewrote every new order's row,
        # raw input and all, to set its action.
        self.drop('nd', 'a.ndjson', ndjson(order('S1')))
        self.once()
        later = '2026-11-21T10:00:00+08:00'
        got = self.sql("BEGIN; CREATE TEMP TABLE opened AS SELECT 1 FROM orderd_stage_open();"
                       " INSERT INTO pg_temp.orderd_batch (ord, external_id, content_hash,"
                       " updated_at, status, currency, total, raw) VALUES"
                       " (1, 'S1', 'changed', '%s', 'paid', 'CNY', 1, '\\x00ff'),"
                       " (2, 'S2', 'h2', NULL, 'paid', 'CNY', 1, '\\x00ff'),"
                       " (3, 'S3', 'h3', '%s', 'paid', 'CNY', 1, '\\x00ff');"
                       " CREATE TEMP TABLE before AS SELECT ord, ctid AS c FROM pg_temp.orderd_batch;"
                       " CREATE TEMP TABLE staged AS SELECT * FROM orderd_stage('nd');"
                       " SELECT s.ord, s.action, b.ctid = x.c FROM staged s"
                       " JOIN pg_temp.orderd_batch b ON b.ord = s.ord JOIN before x ON x.ord = s.ord"
                       " ORDER BY s.ord; ROLLBACK;" % (later, later))
        self.assertEqual(got, [['1', 'update', 'f'], ['2', 'insert', 't'], ['3', 'insert', 't']])

    def test_reconcile_reads_the_partial_source_updated_index(self):
        # Migration 28: only orders with a source_updated_at are in
        # orders_channel_source_updated; reconcile's bounded reads use it.
        self.drop('nd', 'a.ndjson', ndjson(order('U1'), order('U2', updated_at=None)))
        self.once()
        (d,), = self.sql("SELECT indexdef FROM pg_indexes"
                         " WHERE indexname = 'orders_channel_source_updated'")
        self.assertIn('WHERE (source_updated_at IS NOT NULL)', d)
        self.assertEqual(self.sql("SELECT count(*) FROM orders WHERE source_updated_at IS NULL"),
                         [['1']])
        # Without the (channel, external_id) key, which a table this small
        # would rather scan.
        plan = self.sql("BEGIN; ALTER TABLE orders DROP CONSTRAINT orders_channel_external_id_key;"
                        " SET LOCAL enable_seqscan = off; EXPLAIN SELECT count(*) FROM orders"
                        " WHERE channel = 'nd' AND source_updated_at >= now() - interval '1 year'"
                        " AND source_updated_at < now(); ROLLBACK;")
        self.assertIn('orders_channel_source_updated', ' '.join(r[0] for r in plan))
