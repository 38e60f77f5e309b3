"""Feed channel end to end against the real PostgreSQL: files in, rows
out, re-runs, revisions, dead letters, encodings and formats."""
import json
import os
import pwd
import re

from harness import DATA_DIR, OrderdCase

HEADER = ('external_id,placed_at,updated_at,status,customer.name,ship_to.phone,'
          'lines.sku,lines.qty,lines.unit_price,shipping,total,buyer_note\n')


def row(ext, sku, qty, price, shipping='0.00', total='', note='', status='paid',
        updated='', placed='2026-11-20 09:30:00', name='Ann'):
    return '%s,%s,%s,%s,%s,+8613800138000,%s,%s,%s,%s,%s,%s\n' % (
        ext, placed, updated, status, name, sku, qty, price, shipping, total, note)


class FeedBasics(OrderdCase):
    channels = {'shop': {'timezone': 'Asia/Shanghai', 'currency': 'CNY'}}

    def test_files_in_rows_out(self):
        self.drop('shop', 'a.csv', HEADER + row('A1', 'X', 2, '10.00', '5.00') +
                  row('A2', 'Y', 1, '7.50') + row('A1', 'Z', 1, '"1,000.00"', '5.00'))
        self.once()
        got = {o['external_id']: o for o in self.orders()}
        self.assertEqual(sorted(got), ['A1', 'A2'])
        a1 = got['A1']
        self.assertEqual(a1['channel'], 'shop')
        self.assertEqual(a1['currency'], 'CNY')
        self.assertEqual(a1['status'], 'paid')
        self.assertEqual(a1['placed_at'], '2026-11-20T01:30:00Z')  # 09:30 Shanghai
        self.assertEqual([(l['line_no'], l['sku'], l['qty'], l['unit_price'], l['total'])
                          for l in a1['lines']],
                         [(1, 'X', 2, '10.00', '20.00'), (2, 'Z', 1, '1000.00', '1000.00')])
        self.assertEqual(a1['subtotal'], '1020.00')
        self.assertEqual(a1['shipping'], '5.00')
        self.assertEqual(a1['total'], '1025.00')
        self.assertEqual(got['A2']['total'], '7.50')
        self.assertEqual(self.archived('shop'), ['a.csv'])
        self.assertEqual(self.pending('shop'), [])
        events = self.sql("SELECT kind, to_status FROM order_events ORDER BY id")
        self.assertEqual(events, [['created', 'paid'], ['created', 'paid']])
        runs = self.sql("SELECT state, new, dead FROM ingest_runs WHERE new > 0")
        self.assertEqual(runs, [['ok', '2', '0']])

    def test_rerun_ingests_nothing_new(self):
        self.drop('shop', 'a.csv', HEADER + row('A1', 'X', 2, '10.00'))
        self.once()
        before = self.sql("SELECT id, modified_at, revision FROM orders")
        # The same content arriving again (a re-sent export) changes nothing.
        self.drop('shop', 'a-again.csv', HEADER + row('A1', 'X', 2, '10.00'))
        self.once()
        self.once()
        self.assertEqual(self.sql("SELECT id, modified_at, revision FROM orders"), before)
        self.assertEqual(self.sql("SELECT count(*) FROM order_events"), [['1']])
        self.assertEqual(self.sql("SELECT sum(unchanged) FROM ingest_runs"), [['1']])
        self.assertEqual(self.archived('shop'), ['a-again.csv', 'a.csv'])

    def test_revised_order_updates_and_records_event(self):
        self.drop('shop', '1.csv', HEADER + row('R1', 'X', 1, '10.00') + row('R1', 'Y', 1, '2.00'))
        self.once()
        (oid,), = self.sql("SELECT id FROM orders WHERE external_id = 'R1'")
        self.drop('shop', '2.csv', HEADER + row('R1', 'X', 3, '10.00', status='shipped'))
        self.once()
        o = self.orders()[0]
        self.assertEqual(o['id'], int(oid))
        self.assertEqual(o['status'], 'shipped')
        self.assertEqual([(l['sku'], l['qty']) for l in o['lines']], [('X', 3)])
        self.assertEqual(o['total'], '30.00')
        self.assertEqual(self.sql("SELECT kind, from_status, to_status FROM order_events ORDER BY id"),
                         [['created', None, 'paid'], ['status', 'paid', 'shipped']])
        self.assertEqual(self.sql("SELECT count(*) FROM order_lines"), [['1']])

    def test_updated_at_orders_revisions(self):
        # Each copy's fate is decided twice by the same rule
        # (orderd_revision): by the sink before the body is sent ("not
        # sent") and by orderd_stage for what is sent.
        def counts(out):
            return re.search(r'\d+ new, \d+ updated, \d+ unchanged \(\d+ not sent\)',
                             out.stdout + out.stderr).group(0)
        self.drop('shop', '1.csv', HEADER + row('U1', 'X', 2, '10.00', updated='2026-11-21 10:00:00'))
        self.once()
        # An older copy arriving later is ignored ...
        self.drop('shop', '2.csv', HEADER + row('U1', 'X', 9, '10.00', updated='2026-11-21 09:00:00'))
        self.assertEqual(counts(self.once()), '0 new, 0 updated, 1 unchanged (1 not sent)')
        self.assertEqual(self.orders()[0]['lines'][0]['qty'], 2)
        # ... an equal one with the same content changes nothing ...
        self.drop('shop', '3.csv', HEADER + row('U1', 'X', 2, '10.00', updated='2026-11-21 10:00:00'))
        self.assertEqual(counts(self.once()), '0 new, 0 updated, 1 unchanged (1 not sent)')
        self.assertEqual(self.sql("SELECT count(*) FROM order_events"), [['1']])
        # ... an equal one with other content is a second change within
        # that second: the later arrival wins ...
        self.drop('shop', '3b.csv', HEADER + row('U1', 'X', 7, '10.00', updated='2026-11-21 10:00:00'))
        self.assertEqual(counts(self.once()), '0 new, 1 updated, 0 unchanged (0 not sent)')
        self.assertEqual(self.orders()[0]['lines'][0]['qty'], 7)
        # ... and a newer one wins.
        self.drop('shop', '4.csv', HEADER + row('U1', 'X', 5, '10.00', updated='2026-11-21 11:00:00'))
        self.assertEqual(counts(self.once()), '0 new, 1 updated, 0 unchanged (0 not sent)')
        o = self.orders()[0]
        self.assertEqual(o['lines'][0]['qty'], 5)
        self.assertEqual(o['updated_at'], '2026-11-21T03:00:00Z')
        self.assertEqual(self.sql("SELECT count(*) FROM order_events"), [['3']])

    def test_revision_rule_table(self):
        # orderd_revision() is the rule of docs/exactly-once.md, row by
        # row: (incoming updated_at, hash, stored updated_at, hash).
        t1, t2 = "'2026-11-21 10:00:00+08'", "'2026-11-21 11:00:00+08'"
        cases = [((t2, 'a', t1, 'a'), 'update'),   # later, same content
                 ((t2, 'b', t1, 'a'), 'update'),   # later, other content
                 ((t1, 'b', t2, 'a'), 'skip'),     # earlier, whatever the content
                 ((t1, 'a', t2, 'a'), 'skip'),
                 ((t1, 'b', t1, 'a'), 'update'),   # equal times: content decides
                 ((t1, 'a', t1, 'a'), 'skip'),
                 (('NULL', 'b', t1, 'a'), 'update'),  # either time unknown
                 (('NULL', 'a', t1, 'a'), 'skip'),
                 ((t1, 'b', 'NULL', 'a'), 'update'),
                 (('NULL', 'a', 'NULL', 'a'), 'skip')]
        for (u, h, su, sh), want in cases:
            got = self.sql("SELECT orderd_revision(%s::timestamptz, '%s', %s::timestamptz, '%s')"
                           % (u, h, su, sh))
            self.assertEqual(got, [[want]], (u, h, su, sh))

    def test_bad_rows_become_dead_letters_and_the_rest_ingest(self):
        data = (HEADER + row('G1', 'X', 1, '10.00') +
                row('B1', 'X', 1, '1.2.3') +          # bad money
                row('B2', 'X', 0, '10.00') +          # qty <= 0
                row('', 'X', 1, '10.00') +            # missing external_id
                row('B3', 'X', 1, '10.00', placed='2026-02-30 10:00') +  # bad date
                row('B4', 'X', 1, '10.00') + row('B4', 'Y', 'x', '1.00') +  # one bad line
                row('G2', 'Y', 4, '2.50'))
        self.drop('shop', 'mixed.csv', data)
        self.once()
        self.assertEqual(sorted(o['external_id'] for o in self.orders()), ['G1', 'G2'])
        dead = self.sql("SELECT source_ref, external_id, reason, convert_from(raw, 'UTF8')"
                        " FROM dead_letters ORDER BY id")
        self.assertEqual([d[0] for d in dead],
                         ['mixed.csv:3', 'mixed.csv:4', 'mixed.csv:5', 'mixed.csv:6',
                          'mixed.csv:7,8'])
        self.assertEqual([d[1] for d in dead], ['B1', 'B2', None, 'B3', 'B4'])
        self.assertIn("line 3: lines.unit_price", dead[0][2])
        self.assertIn("1.2.3", dead[0][2])
        self.assertIn("line 4: lines.qty", dead[1][2])
        self.assertEqual(dead[2][2], 'line 5: missing external_id')
        self.assertIn("line 6: placed_at", dead[3][2])
        self.assertIn("line 8: lines.qty", dead[4][2])
        # The raw text keeps the header and every row of the order.
        self.assertEqual(dead[4][3], HEADER + row('B4', 'X', 1, '10.00') + row('B4', 'Y', 'x', '1.00'))
        # No order is stored with lines missing.
        self.assertEqual(self.sql("SELECT count(*) FROM orders WHERE external_id = 'B4'"), [['0']])
        self.assertEqual(self.archived('shop'), ['mixed.csv'])
        # The same export sent again later: its dead rows are not doubled,
        # each counts one more sighting.
        self.drop('shop', 'n.csv', HEADER + row('G3', 'X', 1, '1.00'))
        self.once()
        self.drop('shop', 'mixed.csv', data)
        self.once()
        self.assertEqual(self.sql("SELECT count(*), min(seen_count), max(seen_count)"
                                  " FROM dead_letters"), [['5', '2', '2']])
        self.assertEqual(len(self.orders()), 3)

    def test_binary_file_is_one_dead_letter(self):
        blob = b'\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR' + bytes(range(256))
        self.drop('shop', 'photo.csv', blob)
        self.drop('shop', 'z.csv', HEADER + row('Z1', 'X', 1, '1.00'))
        self.once()
        dead = self.sql("SELECT source_ref, reason, encode(raw, 'hex') FROM dead_letters")
        self.assertEqual(len(dead), 1)
        self.assertEqual(dead[0][0], 'photo.csv')
        self.assertIn('binary file', dead[0][1])
        self.assertEqual(bytes.fromhex(dead[0][2]), blob)
        self.assertEqual([o['external_id'] for o in self.orders()], ['Z1'])

    def test_one_order_of_many_rows_blocks_nothing(self):
        # 15,000 rows of one external_id: the list of its line numbers is
        # longer than 64 KiB; the file must not fail the poll (that kept
        # every file behind it waiting, for good).
        big = HEADER + ''.join(row('BIG-1', 'X%d' % i, 1, '1.00') for i in range(15000))
        self.drop('shop', 'big.csv', big)
        self.drop('shop', 'z.csv', HEADER + row('Z1', 'X', 1, '1.00'))
        out = self.once(check=False)
        self.assertEqual(out.returncode, 0, out.stderr)
        self.assertIn('Z1', [o['external_id'] for o in self.orders()])
        got = self.sql("SELECT external_id, source_ref FROM dead_letters"
                       " UNION ALL SELECT external_id, NULL FROM orders WHERE external_id = 'BIG-1'")
        self.assertEqual([g[0] for g in got], ['BIG-1'])
        if got[0][1] is not None:
            self.assertTrue(got[0][1].startswith('big.csv:2'), got[0][1])
            self.assertLessEqual(len(got[0][1]), 1024)
        self.assertEqual(self.sql("SELECT state FROM channels"), [['ok']])

    def test_files_wait_while_written(self):
        d = self.drop_dir('shop')
        with open(os.path.join(d, 'b.csv.part'), 'w') as f:
            f.write(HEADER + row('P1', 'X', 1, '1.00'))
        with open(os.path.join(d, 'c.tmp'), 'w') as f:
            f.write(HEADER + row('P2', 'X', 1, '1.00'))
        self.once()
        self.assertEqual(self.orders(), [])
        os.rename(os.path.join(d, 'b.csv.part'), os.path.join(d, 'b.csv'))
        self.once()
        self.assertEqual([o['external_id'] for o in self.orders()], ['P1'])


class FeedEncodings(OrderdCase):
    channels = {
        'gbk': {'encoding': 'gb18030', 'currency': 'CNY', 'timezone': 'Asia/Shanghai',
                'columns': {'external_id': '订单号', 'customer.name': '客户', 'lines.sku': '商品编码',
                            'lines.qty': '数量', 'lines.unit_price': '单价', 'status': '状态'},
                'status_map': {'已付款': 'paid'}},
        'bom': {'currency': 'USD'},
    }

    def test_gb18030_with_chinese_headers(self):
        text = '订单号,客户,商品编码,数量,单价,状态\r\nC1,张三,A-1,2,"1,234.50",已付款\r\n'
        self.drop('gbk', 'pos.csv', text.encode('gb18030'))
        self.once()
        o = self.orders()[0]
        self.assertEqual(o['customer']['name'], '张三')
        self.assertEqual(o['channel_status'], '已付款')
        self.assertEqual(o['total'], '2469.00')

    def test_invalid_bytes_for_declared_encoding(self):
        good = '订单号,客户,商品编码,数量,单价,状态\r\nC2,李四,A-1,1,5.00,已付款\r\n'.encode('gb18030')
        bad = b'C3,\x81\x20,A-1,1,5.00,' + '已付款'.encode('gb18030') + b'\r\n'
        self.drop('gbk', 'pos.csv', good + bad)
        self.once()
        self.assertEqual([o['external_id'] for o in self.orders()], ['C2'])
        (ref, reason, raw), = self.sql("SELECT source_ref, reason, encode(raw, 'hex') FROM dead_letters")
        self.assertEqual(ref, 'pos.csv:3')
        self.assertIn('line 3, column 2', reason)
        self.assertTrue(bytes.fromhex(raw).endswith(bad))

    def test_utf8_bom_is_skipped(self):
        self.drop('bom', 'b.csv', b'\xef\xbb\xbf' + (HEADER + row('BOM1', 'X', 1, '3.00')).encode())
        self.once()
        self.assertEqual([o['external_id'] for o in self.orders()], ['BOM1'])


class FeedJsonFormats(OrderdCase):
    channels = {'nd': {'format': 'ndjson', 'currency': 'EUR'},
                'js': {'format': 'json', 'timezone': 'Asia/Shanghai', 'currency': 'CNY'}}

    ORDER = {'external_id': 'J1', 'status': 'paid', 'placed_at': '2026-11-20T09:30:00+08:00',
             'customer': {'name': '王五'},
             'lines': [{'sku': 'A', 'qty': 2, 'unit_price': '3.10'}], 'shipping': 1.5}

    def test_ndjson_lines_and_bad_line(self):
        lines = [json.dumps(self.ORDER, ensure_ascii=False), '{"external_id": "J2", broken',
                 json.dumps(dict(self.ORDER, external_id='J3', channel='ignored'))]
        self.drop('nd', 'o.ndjson', '\n'.join(lines) + '\n')
        self.once()
        got = self.orders()
        self.assertEqual(sorted(o['external_id'] for o in got), ['J1', 'J3'])
        self.assertTrue(all(o['channel'] == 'nd' for o in got))
        j1 = [o for o in got if o['external_id'] == 'J1'][0]
        self.assertEqual((j1['currency'], j1['total'], j1['placed_at']),
                         ('EUR', '7.70', '2026-11-20T01:30:00Z'))
        (ref, raw), = self.sql("SELECT source_ref, convert_from(raw, 'UTF8') FROM dead_letters")
        self.assertEqual(ref, 'o.ndjson:2')
        self.assertEqual(raw, lines[1] + '\n')

    def test_json_array_and_export_round_trip(self):
        self.drop('js', 'o.json', json.dumps([self.ORDER, dict(self.ORDER, external_id='J9')]))
        self.once()
        exported = self.orders('--channel', 'js')
        self.assertEqual(len(exported), 2)
        # What orderctl prints is what the json format reads: feeding the
        # export back in changes nothing.
        self.drop('js', 'again.json', json.dumps(exported))
        self.once()
        self.assertEqual(self.sql("SELECT count(*) FROM order_events"), [['2']])
        self.assertEqual(self.orders('--channel', 'js'), exported)


    def test_unchanged_orders_are_not_sent_again(self):
        # Text fields with what a COPY or a JSON text escapes (tab, newline,
        # backslash, quote, control bytes, "\\.", CJK): a re-read of the
        # same orders is found unchanged before their bodies are sent (the
        # content hash orderd computes equals the stored one), a revised
        # order is still sent and updated, and the text comes back
        # byte-identical.
        odd = 'a\tb\nc\\d "q" \x01\x02\x7f \\. 中文 /'
        orders = [dict(self.ORDER, external_id='U%d' % i, buyer_note=odd,
                       customer={'name': '王\t五%d' % i}) for i in range(3)]
        self.drop('nd', 'a.ndjson', ''.join(json.dumps(o) + '\n' for o in orders))
        out = self.once()
        self.assertIn('3 new, 0 updated, 0 unchanged (0 not sent)', out.stdout + out.stderr)
        before = self.sql("SELECT external_id, modified_at, content_hash FROM orders ORDER BY 1")
        notes = self.sql("SELECT buyer_note, customer_name FROM orders ORDER BY external_id")
        self.assertEqual(notes, [[odd, '王\t五%d' % i] for i in range(3)])
        self.drop('nd', 'b.ndjson', ''.join(json.dumps(o) + '\n' for o in orders))
        out = self.once()
        self.assertIn('0 new, 0 updated, 3 unchanged (3 not sent)', out.stdout + out.stderr)
        self.assertEqual(self.sql("SELECT external_id, modified_at, content_hash FROM orders"
                                  " ORDER BY 1"), before)
        self.assertEqual(self.sql("SELECT sum(items), sum(unchanged) FROM ingest_runs"),
                         [['6', '3']])
        orders[1]['buyer_note'] = odd + '!'
        self.drop('nd', 'c.ndjson', ''.join(json.dumps(o) + '\n' for o in orders))
        out = self.once()
        self.assertIn('0 new, 1 updated, 2 unchanged (2 not sent)', out.stdout + out.stderr)
        self.assertEqual(self.sql("SELECT buyer_note FROM orders WHERE external_id = 'U1'"),
                         [[odd + '!']])
        self.assertEqual(self.sql("SELECT count(*) FROM order_events"), [['4']])

class FeedFiles(OrderdCase):
    def setUp(self):
        super().setUp()
        self.archive = os.path.join(self.tmp, 'archive', 'files')
        self.add_channel('files', {'currency': 'CNY', 'max_file_size': '2k',
                                   'archive_dir': self.archive})

    def test_non_utf8_file_name(self):
        name = '订单'.encode('gbk') + b'.csv'
        with open(os.path.join(self.drop_dir('files').encode(), name), 'wb') as f:
            f.write((HEADER + row('N1', 'X', 1, '1.00') + row('N2', 'X', 0, '1.00')).encode())
        self.once()
        self.assertEqual([o['external_id'] for o in self.orders()], ['N1'])
        (ref,), = self.sql("SELECT source_ref FROM dead_letters")
        self.assertEqual(ref, '%B6%A9%B5%A5.csv:3')
        self.assertEqual(os.listdir(self.archive.encode()), [name])
        self.assertEqual(self.sql("SELECT state FROM channels"), [['ok']])

    def test_oversized_file_is_one_dead_letter_with_its_head(self):
        big = HEADER + ''.join(row('O%d' % i, 'X', 1, '1.00') for i in range(100))
        self.assertGreater(len(big), 2048)
        self.drop('files', 'big.csv', big)
        self.drop('files', 'small.csv', HEADER + row('S1', 'X', 1, '1.00'))
        self.once()
        self.assertEqual([o['external_id'] for o in self.orders()], ['S1'])
        (ref, reason, n), = self.sql("SELECT source_ref, reason, length(raw) FROM dead_letters")
        self.assertEqual(ref, 'big.csv')
        self.assertIn('exceeds max_file_size (2048)', reason)
        self.assertEqual(int(n), len(big))  # head of 64 KiB covers this whole file
        self.assertEqual(sorted(os.listdir(self.archive)), ['big.csv', 'small.csv'])

    def test_archive_name_taken_gets_the_hash(self):
        self.drop('files', 'same.csv', HEADER + row('A1', 'X', 1, '1.00'))
        self.once()
        self.drop('files', 'other.csv', HEADER + row('A2', 'X', 1, '1.00'))
        self.once()
        self.drop('files', 'same.csv', HEADER + row('A1', 'X', 2, '1.00'))
        self.once()
        names = sorted(os.listdir(self.archive))
        self.assertEqual(len(names), 3)
        self.assertIn('same.csv', names)
        self.assertTrue([n for n in names if n.startswith('same.csv.') and len(n) == 21])
        self.assertEqual({o['external_id']: o['lines'][0]['qty'] for o in self.orders()},
                         {'A1': 2, 'A2': 1})


class FeedCsvExport(OrderdCase):
    channels = {'shop': {'timezone': 'Asia/Shanghai', 'currency': 'CNY'}}

    def test_csv_export_feeds_back_unchanged(self):
        self.drop('shop', 'a.csv', HEADER + row('E1', 'X', 2, '10.00', note='加急, please') +
                  row('E1', 'Y', 1, '"1,000.00"', note='加急, please') + row('E2', 'Z', 3, '0.50'))
        self.once()
        before = self.orders()
        export = self.orderctl('orders', '--format', 'csv').stdout
        self.assertTrue(export.startswith('external_id,status,'))
        self.drop('shop', 'export.csv', export)
        self.once()
        self.assertEqual(self.orders(), before)
        self.assertEqual(self.sql("SELECT count(*) FROM dead_letters"), [['0']])
        self.assertEqual(self.sql("SELECT count(*) FROM order_events"), [['2']])


class DeadLetterCommands(OrderdCase):
    channels = {'shop': {'currency': 'CNY', 'status_map': {'ok': 'paid'}}}

    def test_retry_after_a_config_fix_and_discard(self):
        self.drop('shop', 'a.csv', 'external_id,status,lines.sku,lines.qty,lines.unit_price\n'
                                   'D1,done,X,1,1.00\nD2,ok,X,1,1.00\nJUNK,ok,X,x,1\n')
        self.once()
        dead = self.sql("SELECT id, external_id FROM dead_letters ORDER BY id")
        self.assertEqual([d[1] for d in dead], ['D1', 'JUNK'])
        # Still failing: the retry count and error are kept, the reason too.
        out = self.orderctl('deadletters', 'retry', dead[0][0], check=False)
        self.assertEqual(out.returncode, 1)
        self.assertIn("status 'done'", out.stderr)
        # The ops fix: map the shop's 'done' status, then retry.
        self.add_channel('shop', {'currency': 'CNY', 'status_map': {'ok': 'paid', 'done': 'completed'}})
        out = self.orderctl('deadletters', 'retry', '--all', check=False)
        self.assertEqual(out.returncode, 1)  # JUNK still fails
        self.assertIn('1 resolved, 1 still failing', out.stdout)
        self.assertEqual({o['external_id']: o['status'] for o in self.orders()},
                         {'D1': 'completed', 'D2': 'paid'})
        self.assertEqual(self.sql("SELECT state, retry_count FROM dead_letters ORDER BY id"),
                         [['resolved', '2'], ['open', '1']])
        # Discard needs a reason, then closes the dead letter for good.
        self.assertEqual(self.orderctl('deadletters', 'discard', dead[1][0], check=False).returncode, 2)
        self.orderctl('deadletters', 'discard', dead[1][0], '--reason', 'test row')
        self.assertEqual(self.sql("SELECT state, last_retry_error FROM dead_letters WHERE id = :'p1'",
                                  dead[1][0]), [['discarded', 'discarded: test row']])
        # Who discarded it: the OS user unless --actor names someone.
        me = pwd.getpwuid(os.getuid()).pw_name
        if os.geteuid() == 0 and os.environ.get('SUDO_USER'):
            me = os.environ['SUDO_USER']
        self.assertEqual(self.sql("SELECT discarded_by FROM dead_letters WHERE id = :'p1'",
                                  dead[1][0]), [[me]])
        shown = self.orderctl('deadletters', 'show', dead[1][0]).stdout
        self.assertIn('discard  by %s\n' % me, shown)
        self.assertEqual(json.loads(self.orderctl('deadletters', 'show', dead[1][0], '--format',
                                                  'json').stdout)['discarded_by'], me)
        self.assertNotIn('discard  by', self.orderctl('deadletters', 'show', dead[0][0]).stdout)
        self.assertIn('(0 dead letters)', self.orderctl('deadletters', 'list').stdout)
        self.assertEqual(self.orderctl('deadletters', 'discard', dead[1][0], '--reason', 'x',
                                       check=False).returncode, 1)
        # The caller cannot pick the name kept in discarded_by: --actor is
        # refused (exit 2) and the dead letter stays open.
        self.drop('shop', 'b.csv', 'external_id,status,lines.sku,lines.qty,lines.unit_price\n'
                                   'JUNK2,ok,X,y,1\n')
        self.once()
        junk2 = self.sql("SELECT id FROM dead_letters WHERE external_id = 'JUNK2'")[0][0]
        out = self.orderctl('deadletters', 'discard', junk2, '--reason', 'test row', '--actor',
                            '夜班 ops', check=False)
        self.assertEqual(out.returncode, 2)
        self.assertIn('--actor', out.stderr)
        self.assertEqual(self.sql("SELECT state, discarded_by FROM dead_letters WHERE id = :'p1'",
                                  junk2), [['open', None]])
