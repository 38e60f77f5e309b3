"""orderctl import against the real PostgreSQL: every kind imports and
upserts, absent optional columns keep stored values, inventory imports
never touch reserved, rejected rows are listed with line and reason while
valid rows land, header errors, encodings, batches, one transaction,
exit codes (docs/reference-data.md)."""
import os

from harness import OrderdCase


class ImportCase(OrderdCase):

    def write(self, name, text, encoding='utf-8'):
        path = os.path.join(self.tmp, name)
        with open(path, 'wb') as f:
            f.write(text if isinstance(text, bytes) else text.encode(encoding))
        return path

    def imp(self, kind, name, text, *args, encoding='utf-8'):
        path = self.write(name, text, encoding)
        return self.orderctl('import', kind, path, *args, check=False), path


class ImportCustomers(ImportCase):

    HEADER = 'ref,name,phone,email,credit_limit,open_balance,price_tier,blocked\n'

    def customers(self):
        return self.sql("SELECT ref, name, phone, phone_norm, email, credit_limit, open_balance,"
                        " price_tier, blocked FROM customers ORDER BY ref")

    def test_import_then_upsert_updates_without_duplicates(self):
        out, _ = self.imp('customers', 'c.csv', self.HEADER +
                          'C1,Ann,+86 138-0013-8000,Ann@Example.com,"10,000.00",1200.5,A,no\n'
                          'C2,Bob,,,,0,,yes\n')
        self.assertEqual(out.returncode, 0, out.stderr)
        self.assertIn('import customers: 2 rows read, 2 imported (2 new, 0 updated), 0 rejected',
                      out.stdout)
        self.assertEqual(out.stderr, '')
        self.assertEqual(self.customers(), [
            ['C1', 'Ann', '+86 138-0013-8000', '13800138000', 'Ann@Example.com', '10000.00',
             '1200.50', 'A', 'f'],
            ['C2', 'Bob', None, None, None, None, '0.00', None, 't'],
        ])
        out, _ = self.imp('customers', 'c2.csv', self.HEADER +
                          'C1,Ann Li,13900139000,ann@example.com,5000,0,B,1\n'
                          'C3,Cai,0086 13700137000,,,-50,,0\n')
        self.assertEqual(out.returncode, 0, out.stderr)
        self.assertIn('2 rows read, 2 imported (1 new, 1 updated), 0 rejected', out.stdout)
        self.assertEqual(self.customers(), [
            ['C1', 'Ann Li', '13900139000', '13900139000', 'ann@example.com', '5000.00', '0.00',
             'B', 't'],
            ['C2', 'Bob', None, None, None, None, '0.00', None, 't'],
            ['C3', 'Cai', '0086 13700137000', '13700137000', None, None, '-50.00', None, 'f'],
        ])

    def test_absent_optional_columns_keep_stored_values(self):
        self.imp('customers', 'c.csv', self.HEADER +
                 'C1,Ann,13800138000,a@x.cn,1000,300,A,true\n')
        self.sql("UPDATE customers SET balance_as_of = '2020-01-01T00:00:00Z'")
        out, _ = self.imp('customers', 'names.csv', 'ref,name\nC1,Ann Renamed\nC9,New\n')
        self.assertEqual(out.returncode, 0, out.stderr)
        self.assertEqual(self.customers(), [
            ['C1', 'Ann Renamed', '13800138000', '13800138000', 'a@x.cn', '1000.00', '300.00',
             'A', 't'],
            ['C9', 'New', None, None, None, None, '0.00', None, 'f'],
        ])
        # open_balance absent: balance_as_of stays; given: it moves to now.
        self.assertEqual(self.sql("SELECT balance_as_of = '2020-01-01T00:00:00Z' FROM customers"
                                  " WHERE ref = 'C1'"), [['t']])
        self.imp('customers', 'bal.csv', 'ref,open_balance\nC1,300\n')
        self.assertEqual(self.sql("SELECT balance_as_of > now() - interval '1 minute',"
                                  " open_balance FROM customers WHERE ref = 'C1'"),
                         [['t', '300.00']])

    def test_empty_cell_clears_nullable_column(self):
        self.imp('customers', 'c.csv', self.HEADER + 'C1,Ann,138,a@x,1000,0,A,no\n')
        self.imp('customers', 'c2.csv', 'ref,credit_limit,email\nC1,,\n')
        self.assertEqual(self.sql("SELECT credit_limit, email, name FROM customers"),
                         [[None, None, 'Ann']])

    def test_rejected_rows_listed_valid_rows_land(self):
        out, path = self.imp('customers', 'bad.csv', self.HEADER +
                             'C1,Ann,,,,0,,no\n'          # 2 ok
                             'C2,Bob,,,1.2.3,0,,no\n'     # 3 bad amount
                             ',NoRef,,,,0,,no\n'          # 4 empty key
                             'C4,Dan,,,,,,no\n'           # 5 empty open_balance
                             'C5,Eve,,,,0,,maybe\n'       # 6 bad boolean
                             '\n'                         # 7 blank: not a row
                             'C6,Fay,,,-5,0,,no\n'        # 8 negative limit
                             'C7,Gus\n'                   # 9 short row
                             'C8,"Hal,,,,0,,no\n')        # 10 unterminated quote
        self.assertEqual(out.returncode, 1)
        self.assertIn('import customers: 8 rows read, 1 imported (1 new, 0 updated), 7 rejected',
                      out.stdout)
        errs = out.stderr.splitlines()
        want = [
            (3, "credit_limit: '1.2.3' is not an amount"),
            (4, 'ref: empty'),
            (5, 'open_balance: empty'),
            (6, "blocked: 'maybe' is not a boolean"),
            (8, "credit_limit: '-5' is negative"),
            (9, '2 fields, the header has 8'),
            (10, 'unterminated'),
        ]
        self.assertEqual(len(errs), len(want), out.stderr)
        for line, (n, why) in zip(errs, want):
            self.assertTrue(line.startswith('%s:%d: ' % (path, n)), line)
            self.assertIn(why, line)
        self.assertEqual(self.sql("SELECT ref FROM customers"), [['C1']])

    def test_unknown_column_rejects_file_with_allowed_list(self):
        out, path = self.imp('customers', 'u.csv', 'ref,name,credit\nC1,Ann,5\n')
        self.assertEqual(out.returncode, 1)
        self.assertIn("%s:1: header: unknown column 'credit' for customers (allowed: ref, name,"
                      " phone, email, credit_limit, open_balance, price_tier, blocked)" % path,
                      out.stderr)
        self.assertIn('nothing imported', out.stderr)
        self.assertEqual(self.sql("SELECT count(*) FROM customers"), [['0']])

    def test_missing_required_and_repeated_columns(self):
        out, path = self.imp('inventory', 'i.csv', 'sku,on_hand\nA,5\n')
        self.assertEqual(out.returncode, 1)
        self.assertIn("%s:1: header: missing required column 'warehouse' for inventory"
                      " (required: sku, warehouse, on_hand)" % path, out.stderr)
        out, _ = self.imp('products', 'p.csv', 'sku,title,Title\nA,x,y\n')
        self.assertEqual(out.returncode, 1)
        self.assertIn("column 'title' appears twice", out.stderr)
        out, path = self.imp('products', 'empty.csv', '')
        self.assertEqual(out.returncode, 1)
        self.assertIn('no header row', out.stderr)

    def test_header_names_ignore_case_spaces_and_bom(self):
        out, _ = self.imp('customers', 'c.csv', '\ufeff Ref , NAME ,Blocked\r\nC1,Ann,是\r\n')
        self.assertEqual(out.returncode, 0, out.stderr)
        self.assertEqual(self.sql("SELECT ref, name, blocked FROM customers"),
                         [['C1', 'Ann', 't']])

    def test_gb18030_with_encoding(self):
        text = 'ref,name,price_tier,blocked\nC1,张三,批发,否\nC2,李四,零售,是\n'
        out, _ = self.imp('customers', 'gb.csv', text, '--encoding', 'gb18030',
                          encoding='gb18030')
        self.assertEqual(out.returncode, 0, out.stderr)
        self.assertEqual(self.sql("SELECT ref, name, price_tier, blocked FROM customers"
                                  " ORDER BY ref"),
                         [['C1', '张三', '批发', 'f'], ['C2', '李四', '零售', 't']])
        # The same bytes read as UTF-8: the rows are rejected, not garbled.
        out, path = self.imp('customers', 'gb2.csv', text.replace('C', 'D'), encoding='gb18030')
        self.assertEqual(out.returncode, 1)
        self.assertIn('%s:2: column 2 (name): invalid UTF-8' % path, out.stderr)
        self.assertEqual(self.sql("SELECT count(*) FROM customers"), [['2']])

    def test_exit_codes(self):
        out, _ = self.imp('customers', 'c.csv', 'ref\nC1\n')
        self.assertEqual(out.returncode, 0)
        out, _ = self.imp('suppliers', 's.csv', 'ref\nC1\n')
        self.assertEqual(out.returncode, 2)
        self.assertIn("unknown import kind 'suppliers'", out.stderr)
        out, _ = self.imp('customers', 'c.csv', 'ref\nC1\n', '--encoding', 'klingon')
        self.assertEqual(out.returncode, 2)
        self.assertIn('--encoding', out.stderr)
        out = self.orderctl('import', 'customers', os.path.join(self.tmp, 'missing.csv'),
                            check=False)
        self.assertEqual(out.returncode, 1)
        self.assertIn('missing.csv', out.stderr)
        out = self.orderctl('import', 'customers', check=False)
        self.assertEqual(out.returncode, 2)


class ImportOtherKinds(ImportCase):

    def test_products(self):
        out, _ = self.imp('products', 'p.csv', 'sku,title,unit,active\nA-100,Tea,box,yes\n'
                          'B-200,Cup,pcs,no\n')
        self.assertEqual(out.returncode, 0, out.stderr)
        out, _ = self.imp('products', 'p2.csv', 'sku,title\nA-100,Green tea\nC-300,Pot\n')
        self.assertEqual(out.returncode, 0, out.stderr)
        self.assertIn('(1 new, 1 updated)', out.stdout)
        self.assertEqual(self.sql("SELECT sku, title, unit, active FROM products ORDER BY sku"),
                         [['A-100', 'Green tea', 'box', 't'], ['B-200', 'Cup', 'pcs', 'f'],
                          ['C-300', 'Pot', None, 't']])

    def test_sku_map(self):
        out, path = self.imp('sku_map', 'm.csv', 'channel,channel_sku,sku,multiplier\n'
                             'shop-main,TB-1,A-100,6\n'
                             'shop-main,TB-2,B-200,\n'     # empty multiplier: refused
                             'Shop Main,TB-3,B-200,1\n'    # not a channel name
                             'shop-main,TB-4,B-200,0\n'    # below 1
                             'shop-main,TB-5,B-200,2.0\n')
        self.assertEqual(out.returncode, 1)
        errs = out.stderr.splitlines()
        self.assertEqual(len(errs), 3, out.stderr)
        self.assertIn('%s:3: multiplier: empty' % path, errs[0])
        self.assertIn("%s:4: channel: 'Shop Main' is not a channel name" % path, errs[1])
        self.assertIn("%s:5: multiplier: '0' is below 1" % path, errs[2])
        out, _ = self.imp('sku_map', 'm2.csv', 'channel,channel_sku,sku\nshop-main,TB-1,A-101\n'
                          'shop-gb,TB-1,A-100\n')
        self.assertEqual(out.returncode, 0, out.stderr)
        self.assertEqual(self.sql("SELECT channel, channel_sku, sku, multiplier FROM sku_map"
                                  " ORDER BY 1, 2"),
                         [['shop-gb', 'TB-1', 'A-100', '1'], ['shop-main', 'TB-1', 'A-101', '6'],
                          ['shop-main', 'TB-5', 'B-200', '2']])

    def test_inventory_import_never_touches_reserved(self):
        out, path = self.imp('inventory', 'i.csv', 'sku,warehouse,on_hand\nA,main,10\n'
                             'B,main,5\nC,main,-1\nD,main,1.5\n')
        self.assertEqual(out.returncode, 1)
        self.assertIn("%s:4: on_hand: '-1' is negative" % path, out.stderr)
        self.assertIn("%s:5: on_hand: '1.5' is not an integer" % path, out.stderr)
        # orderd reserves stock ...
        self.sql("UPDATE inventory SET reserved = 4")
        # ... and the ERP's next stock file carries on_hand only.
        out, _ = self.imp('inventory', 'i2.csv', 'sku,warehouse,on_hand\nA,main,12\nB,main,3\n'
                          'A,east,7\n')
        self.assertEqual(out.returncode, 0, out.stderr)
        self.assertIn('(1 new, 2 updated)', out.stdout)
        self.assertIn('1 row now with on_hand below reserved', out.stdout)
        self.assertEqual(self.sql("SELECT sku, warehouse, on_hand, reserved FROM inventory"
                                  " ORDER BY 1, 2"),
                         [['A', 'east', '7', '0'], ['A', 'main', '12', '4'],
                          ['B', 'main', '3', '4']])
        # A file that has the column (an ERP export) cannot reset it either:
        # the column is ignored, and loudly.
        out, _ = self.imp('inventory', 'i3.csv', 'sku,warehouse,on_hand,reserved\nB,main,3,0\n'
                          'N,main,2,5\n')
        self.assertEqual(out.returncode, 0, out.stderr)
        self.assertIn('column reserved ignored', out.stderr)
        self.assertEqual(self.sql("SELECT sku, reserved FROM inventory WHERE sku IN ('B', 'N')"
                                  " ORDER BY 1"), [['B', '4'], ['N', '0']])

    def test_price_lists(self):
        out, path = self.imp('price_lists', 'p.csv', 'tier,sku,unit_price,valid_from,valid_to\n'
                             'A,X,10.00,,\n'
                             'A,X,9.50,2026-01-01T00:00:00+08:00,2026-02-01T00:00:00+08:00\n'
                             'A,Y,-1,,\n'
                             'A,Y,5,2026-03-01,2026-02-01\n'
                             'A,Y,5,next week,\n')
        self.assertEqual(out.returncode, 1)
        errs = out.stderr.splitlines()
        self.assertEqual(len(errs), 3, out.stderr)
        self.assertIn("%s:4: unit_price: '-1' is negative" % path, errs[0])
        self.assertIn('%s:5: valid_to: 2026-02-01T00:00:00Z is not after valid_from' % path,
                      errs[1])
        self.assertIn('%s:6: valid_from: ' % path, errs[2])
        # Same (tier, sku, valid_from) again, the open-start one included:
        # updated in place, no duplicates.
        out, _ = self.imp('price_lists', 'p2.csv', 'tier,sku,unit_price,valid_from\n'
                          'A,X,11.00,\nA,X,9.00,2025-12-31T16:00:00Z\n')
        self.assertEqual(out.returncode, 0, out.stderr)
        self.assertIn('(0 new, 2 updated)', out.stdout)
        self.assertEqual(self.sql("SELECT tier, sku, unit_price, valid_from, valid_to"
                                  " FROM price_lists ORDER BY valid_from NULLS FIRST"),
                         [['A', 'X', '11.00', None, None],
                          ['A', 'X', '9.00', '2025-12-31 16:00:00+00', '2026-01-31 16:00:00+00']])

    def test_blacklist(self):
        out, path = self.imp('blacklist', 'b.csv', 'kind,value,reason\n'
                             'phone,+86 138 0013 8000,chargebacks\n'
                             'email,Fraud@Example.COM,\n'
                             'name,张三,\n'
                             'address_substring,测试路 1 号,test orders\n'
                             'ip,10.0.0.1,\n'
                             'phone,unknown,\n')
        self.assertEqual(out.returncode, 1)
        self.assertIn("%s:6: kind: 'ip' is not a blacklist kind" % path, out.stderr)
        self.assertIn("%s:7: value: 'unknown' has no digits" % path, out.stderr)
        # The same entries written differently update, not duplicate.
        out, _ = self.imp('blacklist', 'b2.csv', 'kind,value\nphone,13800138000\n'
                          'EMAIL,fraud@example.com\n')
        self.assertEqual(out.returncode, 0, out.stderr)
        self.assertIn('(0 new, 2 updated)', out.stdout)
        self.assertEqual(self.sql("SELECT kind, value, value_norm, reason FROM blacklist"
                                  " ORDER BY kind, value_norm"),
                         [['address_substring', '测试路 1 号', '测试路 1 号', 'test orders'],
                          ['email', 'fraud@example.com', 'fraud@example.com', None],
                          ['name', '张三', '张三', None],
                          ['phone', '13800138000', '13800138000', 'chargebacks']])


class ImportBatches(ImportCase):

    def test_many_rows_in_batches(self):
        rows = ''.join('SKU-%05d,main,%d\n' % (i, i) for i in range(2500))
        out, _ = self.imp('inventory', 'big.csv', 'sku,warehouse,on_hand\n' + rows)
        self.assertEqual(out.returncode, 0, out.stderr)
        self.assertIn('2500 rows read, 2500 imported (2500 new, 0 updated), 0 rejected',
                      out.stdout)
        self.assertEqual(self.sql("SELECT count(*), sum(on_hand) FROM inventory"),
                         [['2500', str(sum(range(2500)))]])

    def test_repeated_key_last_row_wins(self):
        out, _ = self.imp('products', 'p.csv', 'sku,title\nA,first\nB,b\nA,second\n')
        self.assertEqual(out.returncode, 0, out.stderr)
        self.assertIn('3 imported (2 new, 0 updated, 1 superseded by a later row with the same'
                      ' key)', out.stdout)
        self.assertEqual(self.sql("SELECT title FROM products WHERE sku = 'A'"), [['second']])

    def test_database_error_rolls_back_the_whole_import(self):
        # A constraint the import does not check fails the second batch:
        # the rows of the first batch, already sent, must not stay.
        self.sql("ALTER TABLE products ADD CONSTRAINT no_boom CHECK (sku <> 'BOOM')")
        rows = ['P%05d,t\n' % i for i in range(1500)]
        rows[1200] = 'BOOM,t\n'
        out, _ = self.imp('products', 'p.csv', 'sku,title\n' + ''.join(rows))
        self.assertEqual(out.returncode, 1)
        self.assertIn('no_boom', out.stderr)
        self.assertIn('nothing imported', out.stderr)
        self.assertEqual(self.sql("SELECT count(*) FROM products"), [['0']])
