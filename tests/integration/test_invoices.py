"""Invoice requests (发票) end to end against the real PostgreSQL: feed
columns invoice.* stored in the orders' own columns, shown by orderctl
order and review show, a newer revision replacing them."""
import json
import os
import sys

from harness import OrderdCase

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'fakes'))
import douyin  # noqa: E402
import jd  # noqa: E402
import pinduoduo  # noqa: E402
import taobao  # noqa: E402
import woocommerce  # noqa: E402


# The polling settings of the platform channels here: a short window, soon.
QUICK = {'lag': '1s', 'overlap': '2s', 'timeout': '2s'}


def shop_channel(case, name, kind, fake, secrets, url_key, url_path='', settings=QUICK):
    """Start `fake` (stopped at cleanup) and write channel `name` of `kind`:
    `url_key` is the fake's URL + url_path, each secret key -> value goes
    through an environment variable, then the plain settings."""
    fake.start()
    case.addCleanup(fake.stop)
    lines = ['name: %s' % name, 'kind: %s' % kind, 'poll_interval: 300ms', '%s:' % kind,
             '  %s: %s%s' % (url_key, fake.url, url_path)]
    for key, value in secrets.items():
        env = 'INV_%s_%s' % (name.upper(), key.upper())
        os.environ[env] = value
        case.addCleanup(os.environ.pop, env, None)
        lines.append('  %s: {env: %s}' % (key, env))
    lines += ['  %s: %s' % kv for kv in settings.items()]
    with open(os.path.join(case.etc, 'channels.d', name + '.yaml'), 'w') as f:
        f.write('\n'.join(lines) + '\n')
    return fake

HEADER = ('external_id,placed_at,status,customer.name,lines.sku,lines.qty,lines.unit_price,'
          'invoice.type,invoice.medium,invoice.title,invoice.tax_id,invoice.email,'
          'invoice.address,invoice.phone,invoice.bank,invoice.account\n')

# 专票 with every detail; 普票 with only a title and a tax number; no invoice.
SPECIAL = ('S1,2026-11-20 09:30:00,paid,Ann,A,2,10.00,专票,电子,上海甲贸易有限公司,'
           '91310000MA1FL0XX,fp@example.com,上海市浦东新区张江路 1 号,021-50000000,'
           '招商银行上海张江支行,121900000010001\n')
NORMAL = ('N1,2026-11-20 10:00:00,paid,Bob,A,1,10.00,,,深圳乙科技有限公司,'
          '9144030071526726XG,,,,,\n')
NONE = 'X1,2026-11-20 11:00:00,paid,Cat,A,1,10.00,,,,,,,,,\n'

INVOICE_COLS = ('invoice_type, invoice_medium, invoice_title, invoice_tax_id, invoice_email,'
                ' invoice_address, invoice_phone, invoice_bank, invoice_account')


class InvoiceStored(OrderdCase):
    channels = {'shop': {'timezone': 'Asia/Shanghai', 'currency': 'CNY'}}

    def test_feed_columns_stored_and_shown(self):
        self.drop('shop', 'a.csv', HEADER + SPECIAL + NORMAL + NONE)
        self.once()
        got = {o['external_id']: o for o in self.orders()}
        self.assertEqual(got['S1']['invoice'], {
            'type': 'special', 'medium': 'electronic', 'title': '上海甲贸易有限公司',
            'tax_id': '91310000MA1FL0XX', 'email': 'fp@example.com',
            'address': '上海市浦东新区张江路 1 号', 'phone': '021-50000000',
            'bank': '招商银行上海张江支行', 'account': '121900000010001'})
        # a title without a type asks for a 普票
        self.assertEqual(got['N1']['invoice']['type'], 'normal')
        self.assertIsNone(got['N1']['invoice']['bank'])
        self.assertNotIn('invoice', got['X1'])
        rows = self.sql('SELECT external_id, %s FROM orders ORDER BY external_id' % INVOICE_COLS)
        self.assertEqual(rows, [
            ['N1', 'normal', None, '深圳乙科技有限公司', '9144030071526726XG'] + [None] * 5,
            ['S1', 'special', 'electronic', '上海甲贸易有限公司', '91310000MA1FL0XX',
             'fp@example.com', '上海市浦东新区张江路 1 号', '021-50000000',
             '招商银行上海张江支行', '121900000010001'],
            ['X1'] + [None] * 9])
        text = self.orderctl('order', 'shop', 'S1').stdout
        self.assertIn('invoice  special electronic  title 上海甲贸易有限公司  '
                      'tax_id 91310000MA1FL0XX\n', text)
        self.assertIn('address 上海市浦东新区张江路 1 号  phone 021-50000000  '
                      'bank 招商银行上海张江支行  account 121900000010001\n', text)
        self.assertNotIn('invoice', self.orderctl('order', 'shop', 'X1').stdout)
        j = json.loads(self.orderctl('order', 'shop', 'N1', '--format', 'json').stdout)
        self.assertEqual(j['invoice']['title'], '深圳乙科技有限公司')

    def test_newer_revision_replaces_the_invoice(self):
        self.drop('shop', 'a.csv', HEADER + NORMAL)
        self.once()
        self.drop('shop', 'b.csv', HEADER + 'N1,2026-11-20 10:00:00,paid,Bob,A,1,10.00,,,'
                  '深圳丙有限公司,,,,,,\n')
        self.once()
        self.assertEqual(self.sql('SELECT invoice_type, invoice_title, invoice_tax_id FROM orders'),
                         [['normal', '深圳丙有限公司', None]])

    def test_unknown_invoice_type_is_a_dead_letter(self):
        self.drop('shop', 'a.csv', HEADER + NONE.replace('10.00,,', '10.00,收据,'))
        self.once(check=False)
        self.assertEqual(self.sql('SELECT count(*) FROM orders'), [['0']])
        (reason,), = self.sql('SELECT reason FROM dead_letters')
        self.assertIn("invoice.type: expected none, normal or special; got '收据'", reason)


RULES = 'rules:\n  - {id: invoice, type: invoice_valid, action: hold}\n'


class InvoiceAudited(OrderdCase):
    channels = {'shop': {'timezone': 'Asia/Shanghai', 'currency': 'CNY'}}

    def setUp(self):
        super().setUp()
        with open(self.etc + '/rules.yaml', 'w') as f:
            f.write(RULES)
        self.write_main_config('rules: rules.yaml\n')

    def test_rule_holds_what_cannot_be_issued(self):
        bad_check = NORMAL.replace('N1,', 'N2,').replace('9144030071526726XG',
                                                         '9144030071526726XH')
        self.drop('shop', 'a.csv', HEADER + SPECIAL + NORMAL + NONE + bad_check)
        self.once()
        got = {o['external_id']: o for o in self.orders()}
        self.assertEqual({k: o['audit']['outcome'] for k, o in got.items()},
                         {'S1': 'held', 'N1': 'approved', 'X1': 'approved', 'N2': 'held'})
        # S1's 税号 is 16 characters
        (r,) = got['S1']['audit']['reasons']
        self.assertEqual(r['rule'], 'invoice')
        self.assertEqual(r['message'], '税号 91310000MA1FL0XX：16 个字符，应为 18 位统一社会信用代码'
                                       '或 15、17、20 位旧税号')
        self.assertEqual(r['evidence'], {'tax_id': '91310000MA1FL0XX', 'length': 16,
                                         'problem': 'length', 'verdict': 'invalid'})
        (r,) = got['N2']['audit']['reasons']
        self.assertEqual(r['message'], '税号 9144030071526726XH：校验码应为 G，实为“H”')
        show = self.orderctl('review', 'show', 'shop/S1').stdout
        self.assertIn('  invoice  special electronic  title 上海甲贸易有限公司  '
                      'tax_id 91310000MA1FL0XX\n', show)
        self.assertIn('税号 91310000MA1FL0XX：16 个字符', show)


CSV_HEAD = ('发票流水号,发票类型,发票介质,是否含税,购买方名称,购买方纳税人识别号,购买方地址,'
            '购买方电话,购买方开户银行,购买方银行账号,购买方邮箱,价税合计,币种,备注,下单时间,'
            '审单结果,渠道,订单号\r\n')


class InvoiceList(OrderdCase):
    channels = {'shop': {'timezone': 'Asia/Shanghai', 'currency': 'CNY'},
                'pos': {'timezone': 'Asia/Shanghai', 'currency': 'CNY'}}

    def setUp(self):
        super().setUp()
        with open(self.etc + '/rules.yaml', 'w') as f:
            f.write(RULES)
        # the clerk's days and times are Beijing's
        self.write_main_config('rules: rules.yaml\ndisplay:\n  timezone: Asia/Shanghai\n')
        quoted = ('Q1,2026-11-21 08:00:00,paid,Dan,A,3,10.00,普票,纸质,"甲,乙 ""合伙"" 商行",'
                  '91110108551385082Q,,,,,\n')
        self.drop('shop', 'a.csv', HEADER + SPECIAL + NORMAL + NONE + quoted)
        self.drop('pos', 'b.csv', HEADER + NONE.replace('X1,', 'P0,').replace(
            '10.00,,', '10.00,不开发票,') + NORMAL.replace('N1,', 'P1,').replace(
            '2026-11-20 10:00:00', '2026-11-19 23:59:59'))
        self.once()

    def test_csv_bytes(self):
        path = self.tmp + '/fp.csv'
        out = self.orderctl('invoices', '--format', 'csv', '-o', path)
        self.assertEqual(out.stdout, '')
        with open(path, 'rb') as f:
            data = f.read()
        want = ('\ufeff' + CSV_HEAD +
                'pos/P1,普通发票,,是,深圳乙科技有限公司,9144030071526726XG,,,,,,10.00,CNY,'
                '订单 P1,2026-11-19T23:59:59+08:00,approved,pos,P1\r\n'
                'shop/S1,增值税专用发票,电子,是,上海甲贸易有限公司,91310000MA1FL0XX,'
                '上海市浦东新区张江路 1 号,021-50000000,招商银行上海张江支行,121900000010001,'
                'fp@example.com,20.00,CNY,订单 S1,2026-11-20T09:30:00+08:00,held,shop,S1\r\n'
                'shop/N1,普通发票,,是,深圳乙科技有限公司,9144030071526726XG,,,,,,10.00,CNY,'
                '订单 N1,2026-11-20T10:00:00+08:00,approved,shop,N1\r\n'
                'shop/Q1,普通发票,纸质,是,"甲,乙 ""合伙"" 商行",91110108551385082Q,,,,,,30.00,'
                'CNY,订单 Q1,2026-11-21T08:00:00+08:00,approved,shop,Q1\r\n').encode('utf-8')
        self.assertEqual(data, want)
        # the same text on stdout (read in text mode: CRLF arrives as LF)
        self.assertEqual(self.orderctl('invoices', '--format', 'csv').stdout,
                         want.decode('utf-8').replace('\r\n', '\n'))

    def test_csv_cells_are_never_formulas(self):
        # A buyer's 抬头 and address are the buyer's text: in the file the
        # clerk opens in Excel they must not become formulas.
        self.drop('shop', 'evil.csv', HEADER + 'E1,2026-11-22 09:00:00,paid,Eve,A,1,10.00,普票,,'
                  '"=HYPERLINK(""http://evil.example/"",""点此"")",91110108551385082Q,,'
                  '@SUM(1+1),+86 21 5000 0000,,\n')
        self.once()
        out = self.orderctl('invoices', '--format', 'csv', '--channel', 'shop',
                            '--since', '2026-11-22').stdout
        row = out.splitlines()[1]
        self.assertIn(',"\'=HYPERLINK(""http://evil.example/"",""点此"")",', row)
        self.assertIn(",'@SUM(1+1),'+86 21 5000 0000,", row)
        self.assertNotIn(',=', row)
        self.assertNotIn(',@', row)
        # JSON keeps the text as it is
        got = json.loads(self.orderctl('invoices', '--format', 'json', '--channel', 'shop',
                                       '--since', '2026-11-22').stdout)[0]['invoice']
        self.assertEqual(got['title'], '=HYPERLINK("http://evil.example/","点此")')

    def test_filters(self):
        def ids(*args):
            return [r['external_id'] for r in
                    json.loads(self.orderctl('invoices', '--format', 'json', *args).stdout)]
        self.assertEqual(ids(), ['P1', 'S1', 'N1', 'Q1'])
        # dates are days in display.timezone (Beijing): P1 at 23:59:59 on the 19th
        self.assertEqual(ids('--since', '2026-11-20'), ['S1', 'N1', 'Q1'])
        self.assertEqual(ids('--until', '2026-11-20'), ['P1'])
        self.assertEqual(ids('--since', '2026-11-20', '--until', '2026-11-21'), ['S1', 'N1'])
        self.assertEqual(ids('--channel', 'pos'), ['P1'])
        self.assertEqual(ids('--status', 'all', '--channel', 'pos'), ['P1', 'P0'])
        self.assertEqual(ids('--limit', '2'), ['P1', 'S1'])
        row = json.loads(self.orderctl('invoices', '--format', 'json', '--channel', 'shop',
                                       '--limit', '1').stdout)[0]
        self.assertEqual(row['outcome'], 'held')
        self.assertEqual(row['total'], '20.00')
        self.assertEqual(row['invoice']['tax_id'], '91310000MA1FL0XX')
        table = self.orderctl('invoices').stdout
        self.assertIn('(4 invoice requests)', table)
        self.assertIn('91310000MA1FL0XX', table)

    def test_usage_errors(self):
        for args, msg in [(('--status', 'open'), '--status must be requested or all'),
                          (('--since', 'yesterday'), '--since'),
                          (('--format', 'xml'), "unknown --format 'xml'")]:
            out = self.orderctl('invoices', *args, check=False)
            self.assertEqual(out.returncode, 2, args)
            self.assertIn(msg, out.stderr)


class InvoiceFromShop(OrderdCase):
    """Invoice requests of a WooCommerce shop (its fake: a company on the
    billing address, the EU VAT Number extension's _billing_vat_number) and
    of a feed, in one list; the mistyped tax numbers held."""
    CK = 'ck_test_0123456789abcdef0123456789abcdef01234567'
    CS = 'cs_test_0123456789abcdef0123456789abcdef01234567'
    channels = {'shop': {'timezone': 'Asia/Shanghai', 'currency': 'CNY'}}

    def setUp(self):
        super().setUp()
        self.fake = shop_channel(
            self, 'woo', 'woocommerce',
            woocommerce.WooFake(orders=60, seed=3, consumer_key=self.CK, consumer_secret=self.CS,
                                tz='Asia/Shanghai'),
            {'consumer_key': self.CK, 'consumer_secret': self.CS}, 'site_url')
        with open(self.etc + '/rules.yaml', 'w') as f:
            f.write(RULES)
        self.write_main_config('rules: rules.yaml\n')

    def test_shop_and_feed_invoices(self):
        self.drop('shop', 'a.csv', HEADER + SPECIAL + NORMAL + NONE)
        self.once()
        want = {}
        for o in self.fake.render_all():
            if not o['billing']['company']:
                continue
            tax = [m['value'] for m in o['meta_data'] if m['key'] == '_billing_vat_number']
            want[str(o['id'])] = (o['billing']['company'], tax[0] if tax else None,
                                  'held' if tax == [woocommerce.VAT_TYPO] else 'approved')
        self.assertTrue(any(v[2] == 'held' for v in want.values()))
        self.assertTrue(any(v[1] and v[2] == 'approved' for v in want.values()))
        self.assertTrue(any(v[1] is None for v in want.values()))
        rows = json.loads(self.orderctl('invoices', '--format', 'json', '--channel', 'woo').stdout)
        got = {r['external_id']: (r['invoice']['title'], r['invoice']['tax_id'], r['outcome'])
               for r in rows}
        self.assertEqual(got, want)
        self.assertTrue(all(r['invoice']['type'] == 'normal' for r in rows))
        # one list for both channels, oldest first
        every = json.loads(self.orderctl('invoices', '--format', 'json').stdout)
        self.assertEqual(len(every), len(want) + 2)
        self.assertEqual([r['placed_at'] for r in every], sorted(r['placed_at'] for r in every))
        held = [r for r in every if r['outcome'] == 'held' and r['channel'] == 'woo']
        (reason,) = self.sql("SELECT audit -> 'reasons' -> 0 ->> 'message' FROM orders"
                             " WHERE channel = 'woo' AND external_id = :'p1'",
                             held[0]['external_id'])[0:1]
        self.assertEqual(reason, ['税号 91110108551385082X：校验码应为 Q，实为“X”'])


class InvoiceFromTaobao(OrderdCase):
    """A Taobao trade's invoice_name / invoice_kind / invoice_type (asked for
    in `fields`; the fake sends them for every fifth trade) reach the list."""
    APP_KEY = '23456789'
    SECRET = 'tb-test-app-secret-0123'
    SESSION = '6100a1b2c3d4e5f60718293a4b5c6d7e8f9session'

    def test_trade_invoices(self):
        fake = taobao.TaobaoFake(orders=60, span_days=2, seed=4, app_key=self.APP_KEY,
                                 app_secret=self.SECRET, session=self.SESSION)
        shop_channel(self, 'tb', 'taobao', fake,
                     {'app_key': self.APP_KEY, 'app_secret': self.SECRET, 'session': self.SESSION},
                     'gateway_url', '/router/rest', dict(QUICK, start_from='3d'))
        self.once()
        want = {t['tid_str']: (t['invoice_name'], 'electronic' if t['invoice_kind'] == '1'
                               else 'paper')
                for t in fake.render_all() if 'invoice_kind' in t}
        self.assertGreater(len(want), 3)
        rows = json.loads(self.orderctl('invoices', '--format', 'json').stdout)
        self.assertEqual({r['external_id']: (r['invoice']['title'], r['invoice']['medium'])
                          for r in rows}, want)
        self.assertTrue(all(r['invoice']['type'] == 'normal' for r in rows))
        self.assertEqual(self.sql("SELECT count(*) FROM orders WHERE invoice_type IS NULL")[0][0],
                         str(60 - len(want)))


class InvoiceFromJd(OrderdCase):
    """JD's invoiceEasyInfo / vatInfo (asked for in optional_fields): the
    普票 and 专票 requests reach the list, with the 专票's bank details, and
    pass invoice_valid; invoiceType 0 is listed only with --status all."""
    APP_KEY = 'JDTESTAPPKEY0001'
    SECRET = 'test-jd-secret-0123'
    TOKEN = 'test-jd-token-456789'

    def test_jd_invoices(self):
        fake = jd.JdFake(orders=48, span_days=2, seed=4, app_key=self.APP_KEY,
                         app_secret=self.SECRET, access_token=self.TOKEN)
        shop_channel(self, 'jd', 'jd', fake,
                     {'app_key': self.APP_KEY, 'app_secret': self.SECRET,
                      'access_token': self.TOKEN},
                     'gateway_url', '/routerjson', dict(QUICK, start_from='3d'))
        with open(self.etc + '/rules.yaml', 'w') as f:
            f.write(RULES)
        self.write_main_config('rules: rules.yaml\n')
        self.once()
        want = {}
        for o in fake.render_all():
            e = o['invoiceEasyInfo']
            if e['invoiceType'] != '0':
                want[o['orderId']] = ({'2': 'special'}.get(e['invoiceType'], 'normal'),
                                      e['invoiceTitle'], o.get('vatInfo', {}).get('bankAccount'))
        self.assertTrue({'special', 'normal'} <= {v[0] for v in want.values()})
        rows = json.loads(self.orderctl('invoices', '--format', 'json').stdout)
        self.assertEqual({r['external_id']: (r['invoice']['type'], r['invoice']['title'],
                                             r['invoice']['account']) for r in rows}, want)
        self.assertTrue(all(r['outcome'] == 'approved' for r in rows))
        every = json.loads(self.orderctl('invoices', '--status', 'all', '--format', 'json').stdout)
        self.assertEqual(len(every), 48)


class InvoiceFromPinduoduo(OrderdCase):
    """Pinduoduo's orders say only invoice_status 1; the 抬头, 税号 and a 专票's
    details come from pdd.invoice.application.query, asked once per page
    of orders (signed, windowed, never per order), and reach the list. An
    application made after its order was read arrives with the order's next
    change (the newer revision replaces the stored copy)."""
    CLIENT_ID = 'pdd-inv-client-0123456789ab'
    SECRET = 'test-pdd-inv-secret'
    TOKEN = 'test-pdd-inv-token'

    def test_pinduoduo_invoice_applications(self):
        fake = pinduoduo.PinduoduoFake(orders=60, span_days=0.4, seed=4, client_id=self.CLIENT_ID,
                                       client_secret=self.SECRET, access_token=self.TOKEN)
        # overlap 10m: an order changed 5 min back is still in the next window
        shop_channel(self, 'pdd', 'pinduoduo', fake,
                     {'client_id': self.CLIENT_ID, 'client_secret': self.SECRET,
                      'access_token': self.TOKEN},
                     'gateway_url', '/api/router',
                     {'lag': '3m', 'overlap': '10m', 'timeout': '2s', 'start_from': '12h'})
        asked = [o['order_sn'] for o in fake.render_all() if o['invoice_status'] == 1]
        self.assertGreaterEqual(len(asked), 5)
        company, special, rejected, late = asked[:4]
        fake.add_invoice_application(company, '深圳乙科技有限公司', '9144030071526726XG', kind=0)
        fake.add_invoice_application(special, '上海甲贸易有限公司', '91310115MA1K3YJ55K', kind=2,
                                     payer_address='上海市浦东新区张江路1号', payer_phone='021-50000000',
                                     payer_bank='招商银行上海张江支行', payer_account='121900000010001')
        fake.add_invoice_application(rejected, '丙公司', '', status=0)
        self.once()

        rows = {r['external_id']: r['invoice'] for r in
                json.loads(self.orderctl('invoices', '--format', 'json').stdout)}
        self.assertEqual(set(rows), set(asked))
        self.assertEqual((rows[company]['type'], rows[company]['medium'], rows[company]['title'],
                          rows[company]['tax_id']),
                         ('normal', 'electronic', '深圳乙科技有限公司', '9144030071526726XG'))
        self.assertEqual((rows[special]['type'], rows[special]['title'], rows[special]['tax_id'],
                          rows[special]['address'], rows[special]['phone'], rows[special]['bank'],
                          rows[special]['account']),
                         ('special', '上海甲贸易有限公司', '91310115MA1K3YJ55K', '上海市浦东新区张江路1号',
                          '021-50000000', '招商银行上海张江支行', '121900000010001'))
        for sn in (rejected, late):  # asked, no (usable) application yet: a 普票 without a title
            self.assertEqual((rows[sn]['type'], rows[sn]['title']), ('normal', None), sn)
        self.assertEqual(self.sql("SELECT invoice_title, invoice_tax_id FROM orders"
                                  " WHERE external_id = :'p1'", special),
                         [['上海甲贸易有限公司', '91310115MA1K3YJ55K']])
        csv = self.orderctl('invoices', '--format', 'csv').stdout
        self.assertIn('深圳乙科技有限公司', csv)
        self.assertIn('9144030071526726XG', csv)

        # One signed, windowed query per page that had an asking order, never
        # per order: fewer than the order pages, within the 15-day cap.
        inv = [c for c in list(fake.invoice_calls) if c['code'] == 0]
        self.assertTrue(inv)
        self.assertLessEqual(len(inv), len([c for c in fake.calls if c['code'] == 0]))
        for c in inv:
            p = c['params']
            self.assertNotIn('order_sn', p)
            self.assertTrue(p['sign'])
            self.assertLessEqual(int(p['update_end_time']) - int(p['update_start_time']), 15 * 86400 * 1000)

        # The late application: the order is stored again when it changes.
        fake.add_invoice_application(late, '杭州丁网络有限公司', '91330106MA2GL4QX4E', kind=1)
        fake.mutate_late([late], 300)
        self.once()
        rows = {r['external_id']: r['invoice'] for r in
                json.loads(self.orderctl('invoices', '--format', 'json').stdout)}
        self.assertEqual((rows[late]['type'], rows[late]['medium'], rows[late]['title'],
                          rows[late]['tax_id']),
                         ('normal', 'paper', '杭州丁网络有限公司', '91330106MA2GL4QX4E'))
        self.assertEqual(self.sql("SELECT count(*) FROM orders WHERE external_id = :'p1'", late), [['1']])

    def test_invoice_query_refused(self):
        # An app the shop has not granted the invoice API: the orders are
        # stored all the same, the asking ones without a title, said once.
        fake = pinduoduo.PinduoduoFake(orders=60, span_days=0.4, seed=4, client_id=self.CLIENT_ID,
                                       client_secret=self.SECRET, access_token=self.TOKEN)
        fake.invoice_denied = True
        shop_channel(self, 'pdd', 'pinduoduo', fake,
                     {'client_id': self.CLIENT_ID, 'client_secret': self.SECRET,
                      'access_token': self.TOKEN},
                     'gateway_url', '/api/router',
                     {'lag': '3m', 'overlap': '2s', 'timeout': '2s', 'start_from': '12h'})
        asked = [o['order_sn'] for o in fake.render_all() if o['invoice_status'] == 1]
        fake.add_invoice_application(asked[0], '深圳乙科技有限公司', '9144030071526726XG')
        out = self.once()
        self.assertEqual(self.sql("SELECT count(*) FROM orders")[0][0], '60')
        rows = json.loads(self.orderctl('invoices', '--format', 'json').stdout)
        self.assertEqual({r['external_id'] for r in rows}, set(asked))
        self.assertTrue(all(r['invoice']['title'] is None for r in rows))
        self.assertGreater(len(fake.invoice_calls), 1)
        log = out.stdout + out.stderr
        self.assertEqual(log.count('insufficient_permission'), 1, log)


class InvoiceFromDouyin(OrderdCase):
    """抖店's orders say nothing of an invoice; the requests come from
    order.invoiceList (sevencat/ecommerce_sdk's OrderInvoiceList.cs gives
    the codes), asked once per page of orders for the window from the
    page's oldest order to now. A company's and a person's 普票 reach the
    list, a withdrawn request does not, and a request made after its order
    was read arrives with the order's next change."""
    APP_KEY = '7300000000000000009'
    SECRET = 'test-dy-inv-secret'
    TOKEN = 'test-dy-inv-token'

    def channel(self, fake):
        # overlap 10m: an order changed 5 min back is still in the next window
        shop_channel(self, 'dy', 'douyin', fake,
                     {'app_key': self.APP_KEY, 'app_secret': self.SECRET, 'access_token': self.TOKEN},
                     'gateway_url', '',
                     {'lag': '3m', 'overlap': '10m', 'timeout': '2s', 'start_from': '12h',
                      'page_size': '20'})

    def fake(self):
        return douyin.DouyinFake(orders=60, span_days=0.4, seed=5, app_key=self.APP_KEY,
                                 app_secret=self.SECRET, access_token=self.TOKEN)

    def invoices(self):
        return {r['external_id']: r['invoice'] for r in
                json.loads(self.orderctl('invoices', '--format', 'json').stdout)}

    def test_douyin_invoice_requests(self):
        fake = self.fake()
        self.channel(fake)
        ids = [o['order_id'] for o in fake.render_all()]
        company, person, withdrawn, issued, late, other = ids[:6]
        fake.add_invoice_request(company, '上海甲贸易有限公司', '91310115MA1K3YJ55K', title_type=2,
                                 company_address='上海市浦东新区张江路1号', company_mobile='021-50000000',
                                 bank_name='招商银行上海张江支行', bank_no='121900000010001')
        fake.add_invoice_request(person, '王小明', title_type=1)
        fake.close_invoice_request(fake.add_invoice_request(withdrawn, '丙公司', '91330106MA2GL4QX4E'))
        fake.issue_invoice_request(fake.add_invoice_request(issued, '丁公司', '9144030071526726XG'))
        # a changed title: the later request wins
        fake.add_invoice_request(other, '旧抬头', when=fake.clock() - 60)
        fake.add_invoice_request(other, '深圳乙科技有限公司', '9144030071526726XG')
        self.once()

        self.assertEqual(self.sql("SELECT count(*) FROM orders")[0][0], '60')
        rows = self.invoices()
        self.assertEqual(set(rows), {company, person, issued, other})
        self.assertEqual((rows[company]['type'], rows[company]['medium'], rows[company]['title'],
                          rows[company]['tax_id'], rows[company]['address'], rows[company]['phone'],
                          rows[company]['bank'], rows[company]['account']),
                         ('normal', 'electronic', '上海甲贸易有限公司', '91310115MA1K3YJ55K',
                          '上海市浦东新区张江路1号', '021-50000000', '招商银行上海张江支行', '121900000010001'))
        self.assertEqual((rows[person]['type'], rows[person]['title'], rows[person]['tax_id']),
                         ('normal', '王小明', None))
        self.assertEqual(rows[other]['title'], '深圳乙科技有限公司')
        self.assertEqual(self.sql("SELECT invoice_type, invoice_title FROM orders"
                                  " WHERE external_id = :'p1'", withdrawn), [[None, None]])
        csv = self.orderctl('invoices', '--format', 'csv').stdout
        self.assertIn('上海甲贸易有限公司', csv)
        self.assertIn('91310115MA1K3YJ55K', csv)

        # One signed, windowed query per page of orders, never per order:
        # pages of 50 from page_no 0, back no further than the page's
        # oldest order (orders of the last 0.4 days), up to now.
        inv = [c for c in list(fake.invoice_calls) if c['code'] == 10000]
        pages = [c for c in fake.calls if c['code'] == 10000]
        self.assertTrue(inv)
        self.assertLessEqual(len(inv), len(pages))
        for c in inv:
            p = c['params']
            self.assertTrue(c['canonical'])
            self.assertNotIn('order_id', p)
            self.assertEqual((p['page_no'], p['page_size'], p['order_by'], p['order_field']),
                             (0, 50, 'asc', 'create_time'))
            self.assertLessEqual(p['end_time'] - p['start_time'], int(0.4 * 86400) + 3600)

        # The late request, and the company withdrawing its own: both arrive
        # when their orders change (the newer revision replaces the stored copy).
        fake.add_invoice_request(late, '杭州丁网络有限公司', '91330106MA2GL4QX4E')
        for r in fake.invoice_requests:
            if r['shop_order_id'] == company:
                fake.close_invoice_request(r)
        fake.mutate_late([late, company], 300)
        self.once()
        rows = self.invoices()
        self.assertEqual((rows[late]['type'], rows[late]['medium'], rows[late]['title'],
                          rows[late]['tax_id']),
                         ('normal', 'electronic', '杭州丁网络有限公司', '91330106MA2GL4QX4E'))
        self.assertNotIn(company, rows)
        self.assertEqual(self.sql("SELECT count(*) FROM orders WHERE external_id = :'p1'", late), [['1']])

    def test_more_requests_than_a_page(self):
        # 60 orders, 75 requests (15 superseded by a newer one): the query
        # pages on past its first 50, and each order gets its latest.
        fake = self.fake()
        self.channel(fake)
        ids = [o['order_id'] for o in fake.render_all()]
        for i, oid in enumerate(ids[:15]):
            fake.add_invoice_request(oid, '旧抬头%d' % i, when=fake.clock() - 120)
        for i, oid in enumerate(ids):
            fake.add_invoice_request(oid, '公司%d' % i, title_type=1 if i % 2 else 2)
        self.once()
        rows = self.invoices()
        self.assertEqual(set(rows), set(ids))
        self.assertEqual({k: v['title'] for k, v in rows.items()},
                         {oid: '公司%d' % i for i, oid in enumerate(ids)})
        self.assertIn(1, [c['params']['page_no'] for c in fake.invoice_calls if c['code'] == 10000])

    def test_unknown_invoice_kind_is_held(self):
        # The platform names only invoice_type 1 (增值税普通电子): another kind
        # (a 专票, if it exists) is not guessed. The order is stored without
        # an invoice and held with a doubt that names the value; nothing
        # becomes a dead letter and the other orders are stored clean.
        fake = self.fake()
        self.channel(fake)
        odd = fake.render_all()[0]['order_id']
        fake.add_invoice_request(odd, '上海甲贸易有限公司', '91310115MA1K3YJ55K', invoice_type=2)
        self.once()
        self.assertEqual(self.sql("SELECT count(*) FROM orders")[0][0], '60')
        self.assertEqual(self.sql("SELECT count(*) FROM dead_letters"), [['0']])
        rows = self.sql("SELECT external_id, audit_outcome, invoice_type, invoice_title, "
                        "r->>'message' FROM orders, jsonb_array_elements(audit->'reasons') r "
                        "WHERE r->>'rule' = 'extraction'")
        self.assertEqual(len(rows), 1)
        oid, outcome, itype, ititle, why = rows[0]
        self.assertEqual((oid, outcome, itype, ititle), (str(odd), 'held', None, None))
        self.assertIn("invoice_type '2'", why)
        self.assertIn('抖店 back office', why)

    def test_invoice_query_refused(self):
        # An app the shop has not granted order.invoiceList: the orders are
        # stored all the same, without invoices, and the log says so once.
        fake = self.fake()
        fake.invoice_denied = True
        self.channel(fake)
        fake.add_invoice_request(fake.render_all()[0]['order_id'], '深圳乙科技有限公司',
                                 '9144030071526726XG')
        out = self.once()
        self.assertEqual(self.sql("SELECT count(*) FROM orders")[0][0], '60')
        self.assertEqual(json.loads(self.orderctl('invoices', '--format', 'json').stdout), [])
        self.assertGreater(len(fake.invoice_calls), 1)
        log = out.stdout + out.stderr
        self.assertEqual(log.count('isv.api-permission-denied'), 1, log)
