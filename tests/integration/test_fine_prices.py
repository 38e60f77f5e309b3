"""Unit prices finer than a cent (od_price, migration 23): a feed's 0.125
and 0.0385 are stored and read back as written, the line amount is qty x
price rounded half up to the cent, a fifth decimal is a dead letter, and
migration 23 over a schema of version 22 keeps the stored orders as they
were (same text, same content hash: a re-read file is unchanged)."""
import json
import os
import subprocess
import unittest

from harness import OrderdCase

CSV_HEADER = 'external_id,status,lines.sku,lines.qty,lines.unit_price\n'


def order(ext, lines, **kw):
    o = {'external_id': ext, 'status': 'paid', 'placed_at': '2026-11-20T09:30:00+08:00',
         'updated_at': '2026-11-20T10:00:00+08:00',
         'customer': {'name': '王五', 'phone': '+8613800138000'},
         'ship_to': {'name': '王五', 'phone': '+8613800138000', 'province': '浙江省',
                     'city': '杭州市', 'address': '西湖区文三路 1 号'},
         'lines': lines}
    o.update(kw)
    return o


def ndjson(*orders):
    return ''.join(json.dumps(o, ensure_ascii=False) + '\n' for o in orders)


def stored_lines(case, ext):
    return case.sql("SELECT l.sku, l.qty, l.unit_price::text, l.total::text FROM order_lines l"
                    " JOIN orders o ON o.id = l.order_id WHERE o.external_id = :'p1'"
                    " ORDER BY l.line_no", ext)


class FinePrices(OrderdCase):
    channels = {'nd': {'format': 'ndjson', 'currency': 'CNY'},
                'csv': {'currency': 'CNY'}}

    def test_a_price_of_an_eighth_of_a_unit_is_stored_and_read_back_exactly(self):
        self.drop('nd', 'a.ndjson', ndjson(order('F-1', [
            {'sku': 'BAG', 'qty': 1000, 'unit_price': '0.125'},
            {'sku': 'LABEL', 'qty': 3, 'unit_price': 0.0385},
            {'sku': 'BOX', 'qty': 2, 'unit_price': '59.00'}])))
        self.once()
        # 3 x 0.0385 = 0.1155: rounded half up to 0.12
        self.assertEqual(stored_lines(self, 'F-1'),
                         [['BAG', '1000', '0.125', '125.00'], ['LABEL', '3', '0.0385', '0.12'],
                          ['BOX', '2', '59.00', '118.00']])
        self.assertEqual(self.sql("SELECT subtotal::text, total::text FROM orders"),
                         [['243.12', '243.12']])
        out = self.orderctl('order', 'nd', 'F-1', '--format', 'json')
        o = json.loads(out.stdout)
        o = o[0] if isinstance(o, list) else o
        self.assertEqual([(l['sku'], l['unit_price'], l['total']) for l in o['lines']],
                         [('BAG', '0.125', '125.00'), ('LABEL', '0.0385', '0.12'),
                          ('BOX', '59.00', '118.00')])
        self.assertEqual(o['total'], '243.12')
        # orderctl's CSV and table print the price as written too
        csv = self.orderctl('orders', '--format', 'csv').stdout
        self.assertIn(',0.125,', csv)
        self.assertIn(',0.0385,', csv)
        table = self.orderctl('order', 'nd', 'F-1').stdout
        self.assertIn('0.125', table)

    def test_a_csv_feed_takes_four_decimals_and_refuses_a_fifth(self):
        self.drop('csv', 'a.csv', CSV_HEADER + 'C-1,paid,CAP,10000,"1,234.5678"\n'
                  'C-2,paid,CAP,1,\u00a50.0385\nC-3,paid,CAP,1,0.12345\n')
        out = self.once(check=False)
        self.assertEqual(stored_lines(self, 'C-1'), [['CAP', '10000', '1234.5678', '12345678.00']])
        self.assertEqual(stored_lines(self, 'C-2'), [['CAP', '1', '0.0385', '0.04']])
        dead = self.sql("SELECT external_id, reason FROM dead_letters")
        self.assertEqual(len(dead), 1, out.stderr)
        self.assertEqual(dead[0][0], 'C-3')
        self.assertIn('lines.unit_price', dead[0][1])
        self.assertIn("'0.12345' is not a price: more than four decimals", dead[0][1])

    def test_the_column_refuses_a_fifth_decimal(self):
        self.drop('nd', 'a.ndjson', ndjson(order('F-2', [{'sku': 'A', 'qty': 1,
                                                          'unit_price': '1.00'}])))
        self.once()
        with self.assertRaises(AssertionError):
            self.sql("UPDATE order_lines SET unit_price = 0.12345")
        with self.assertRaises(AssertionError):
            self.sql("INSERT INTO price_lists (tier, sku, unit_price) VALUES ('A', 'X', 0.00001)")
        self.sql("INSERT INTO price_lists (tier, sku, unit_price) VALUES ('A', 'X', 0.0385)")
        self.assertEqual(self.sql("SELECT unit_price::text FROM price_lists"), [['0.0385']])


class MigrationOverSchema22(OrderdCase):
    """Orders stored at schema 22 (whole-cent prices in numeric(18,2))
    come through migration 23 unchanged."""
    channels = {'nd': {'format': 'ndjson', 'currency': 'CNY'}}

    DATA = ndjson(order('M-1', [{'sku': 'A', 'qty': 2, 'unit_price': '59.00'},
                                {'sku': 'B', 'qty': 3, 'unit_price': '0.50'}]),
                  order('M-2', [{'sku': 'C', 'qty': 1, 'unit_price': '1234.10'}]))

    def back_to_schema_22(self):
        # What version 22 had for these columns: numeric(18,2), no CHECK,
        # no row 23 (the later migrations, which touch neither, stay).
        self.sql("ALTER TABLE order_lines DROP CONSTRAINT order_lines_unit_price_scale,"
                 " ALTER COLUMN unit_price TYPE numeric(18, 2);"
                 " ALTER TABLE price_lists DROP CONSTRAINT price_lists_unit_price_scale,"
                 " ALTER COLUMN unit_price TYPE numeric(18, 2);"
                 " DELETE FROM schema_migrations WHERE version = 23")

    def snapshot(self):
        return (self.sql("SELECT external_id, revision, content_hash, modified_at::text"
                         " FROM orders ORDER BY external_id"),
                self.sql("SELECT order_id, line_no, unit_price::text, total::text"
                         " FROM order_lines ORDER BY order_id, line_no"),
                self.orderctl('orders', '--format', 'json').stdout)

    def check_migrates_cleanly(self, before):
        self.sql("INSERT INTO price_lists (tier, sku, unit_price) VALUES ('A', 'X', 9.50)")
        self.assertEqual(self.sql("SELECT format_type(atttypid, atttypmod) FROM pg_attribute"
                                  " WHERE attrelid = 'order_lines'::regclass"
                                  " AND attname = 'unit_price'"), [['numeric(18,2)']])
        # A binary of this version applies the missing migration 23 (and
        # only it: the later ones stay as they were).
        out = self.orderctl('migrate')
        self.assertIn('1 migration applied; schema at version ', out.stdout)
        self.assertEqual(self.sql("SELECT count(*) FROM schema_migrations WHERE version = 23"),
                         [['1']])
        self.assertEqual(self.snapshot(), before)
        self.assertEqual(self.sql("SELECT unit_price::text FROM price_lists"), [['9.50']])
        # The same file again: every order found unchanged, none sent (the
        # content hash of a whole-cent order is what it was).
        self.drop('nd', 'again.ndjson', self.DATA)
        out = self.once()
        self.assertIn('0 new, 0 updated, 2 unchanged (2 not sent)', out.stdout + out.stderr)
        self.assertEqual(self.snapshot(), before)
        # and a finer price is now kept
        self.drop('nd', 'fine.ndjson',
                  ndjson(order('M-3', [{'sku': 'A', 'qty': 1000, 'unit_price': '0.125'}])))
        self.once()
        self.assertEqual(stored_lines(self, 'M-3'), [['A', '1000', '0.125', '125.00']])

    def test_cent_prices_stored_at_22_read_back_the_same_after_23(self):
        self.drop('nd', 'a.ndjson', self.DATA)
        self.once()
        before = self.snapshot()
        self.back_to_schema_22()
        self.check_migrates_cleanly(before)

    @unittest.skipUnless(os.environ.get('ORDERD_OLD_BIN_DIR'),
                         'ORDERD_OLD_BIN_DIR (binaries of schema 22) not set')
    def test_orders_an_old_binary_wrote_at_22(self):
        # The binaries of version 22 write the orders (their own content
        # hashes) into a schema of version 22; this version migrates and
        # finds the same file unchanged.
        old = os.environ['ORDERD_OLD_BIN_DIR']
        self.back_to_schema_22()

        def run_old(prog, *args):
            env = dict(os.environ)
            env.pop('ORDERD_DATABASE_URL', None)
            out = subprocess.run([os.path.join(old, prog), '--config', self.config] + list(args),
                                 capture_output=True, text=True, timeout=120, env=env)
            self.assertEqual(out.returncode, 0, out.stderr)
            return out

        self.drop('nd', 'a.ndjson', self.DATA)
        run_old('orderd', '--once')
        before = (self.sql("SELECT external_id, revision, content_hash, modified_at::text"
                           " FROM orders ORDER BY external_id"),
                  self.sql("SELECT order_id, line_no, unit_price::text, total::text"
                           " FROM order_lines ORDER BY order_id, line_no"),
                  run_old('orderctl', 'orders', '--format', 'json').stdout)
        self.check_migrates_cleanly(before)
