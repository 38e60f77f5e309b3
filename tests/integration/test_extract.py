"""Orders read out of documents, end to end (docs/email-extraction.md,
docs/audit.md): `orderctl extract FILE...` on a mail and on bare files,
in both formats, with the exit codes and without any database or
configuration file, a bare file that crashes the mail reader's child an
error naming it; and an order that carries extraction doubts (fed as
NDJSON with an "extraction" member) stored held with the `extraction`
reason, with and without a rules file, its doubts and sources kept in
its event and shown by `orderctl order` and `orderctl review`, a clean
revision audited as usual, and a replay that agrees."""
import json
import os
import shutil
import subprocess
import tempfile
import unittest

from email.message import EmailMessage

from harness import BIN_DIR, DATA_DIR, OrderdCase, private

ORDERCTL = os.path.join(os.path.abspath(BIN_DIR), 'orderctl')
ORDERD = os.path.join(os.path.abspath(BIN_DIR), 'orderd')
ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..'))

CSV = ('订单号,商品编码,数量,单价,收货人\n'
       'F-1,A-100,2,1.50,张三\n'
       'F-1,B-200,1,3.00,张三\n'
       'F-2,A-100,abc,1,李四\n')

# The keys of an order as `orderctl order --format json` prints it
# (lib/json.c), without the id and audit that only stored orders have.
SHAPE = ['channel', 'external_id', 'revision', 'status', 'channel_status', 'placed_at', 'paid_at',
         'updated_at', 'currency', 'subtotal', 'shipping', 'discount', 'tax', 'total', 'customer',
         'ship_to', 'lines', 'buyer_note', 'seller_note', 'priority', 'tags']


class ExtractFiles(unittest.TestCase):
    """orderctl extract needs no database and, without --channel, no
    configuration: it runs with a config path that does not exist."""

    def setUp(self):
        self.tmp = tempfile.mkdtemp(prefix='orderd-extract-')
        self.env = {k: v for k, v in os.environ.items()
                    if k != 'ORDERD_DATABASE_URL' and not k.startswith('PG')}

    def tearDown(self):
        shutil.rmtree(self.tmp, ignore_errors=True)

    def write(self, name, data):
        with open(os.path.join(self.tmp, name), 'wb') as f:
            f.write(data if isinstance(data, bytes) else data.encode('utf-8'))
        return name

    def extract(self, *args, config=None):
        cmd = [ORDERCTL, '--config',
               config or os.path.join(self.tmp, 'no-such-dir', 'orderd.yaml'), 'extract']
        return subprocess.run(cmd + list(args), capture_output=True, text=True, cwd=self.tmp,
                              env=self.env, timeout=60)

    def test_csv_table(self):
        self.write('orders.csv', CSV)
        out = self.extract('orders.csv')
        self.assertEqual(out.returncode, 0, out.stderr)
        self.assertEqual(out.stderr, '')
        text = out.stdout
        self.assertTrue(text.startswith('orders.csv: 1 order, 1 dead letter\n'), text)
        self.assertIn('  order F-1\n', text)
        self.assertRegex(text, r'\n    external_id +F-1\n')
        self.assertRegex(text, r'\n    ship_to\.name +张三\n')
        self.assertRegex(text, r'\n    total +6\.00\n')
        self.assertIn('not found: placed_at', text)
        self.assertRegex(text, r'\n      LINE +SKU +CHANNEL_SKU +TITLE +QTY +UNIT_PRICE')
        self.assertRegex(text, r'\n      1 +A-100 +- +- +2 +1\.50 +3\.00\n')
        self.assertIn('  dead letter: orders.csv att 1 orders.csv:4\n'
                      "    reason: line 4: lines.qty: 'abc' is not a whole number\n", text)

    def test_csv_json(self):
        self.write('orders.csv', CSV)
        out = self.extract('--format', 'json', 'orders.csv')
        self.assertEqual(out.returncode, 0, out.stderr)
        got = json.loads(out.stdout)
        self.assertEqual(len(got), 1)
        o = got[0]
        self.assertEqual(list(o), SHAPE)
        self.assertIsNone(o['channel'])  # no --channel
        self.assertEqual((o['external_id'], o['status'], o['currency'], o['total']),
                         ('F-1', 'pending_payment', 'CNY', '6.00'))
        self.assertEqual([(l['sku'], l['qty'], l['unit_price']) for l in o['lines']],
                         [('A-100', 2, '1.50'), ('B-200', 1, '3.00')])
        self.assertEqual(out.stderr, "dead letter: orders.csv att 1 orders.csv:4: line 4: "
                                     "lines.qty: 'abc' is not a whole number\n")

    def test_erp_list_number_on_first_line_unit_column_fine_price(self):
        # A 金蝶-style export: the order number only on the order's first
        # line, a 采购单位 column of units (not the buying company), a tax-
        # included price with 4 decimals.
        self.write('po.csv', '单据编号,物料编码,物料名称,采购单位,采购数量,含税单价\n'
                             'CG-77,A-1,包装袋,Pcs,8000,0.1405\n'
                             ',B-2,硬纸板,Pcs,3000,0.80\n'
                             ',C-3,胶带,卷,200,5.00\n'
                             'CG-78,A-1,包装袋,Pcs,100,0.15\n')
        out = self.extract('--format', 'json', 'po.csv')
        self.assertEqual(out.returncode, 0, out.stderr)
        self.assertEqual(out.stderr, '')
        got = json.loads(out.stdout)
        self.assertEqual([o['external_id'] for o in got], ['CG-77', 'CG-78'])
        o = got[0]
        self.assertEqual([(l['sku'], l['qty'], l['unit_price'], l['total'])
                          for l in o['lines']],
                         [('A-1', 8000, '0.1405', '1124.00'), ('B-2', 3000, '0.80', '2400.00'),
                          ('C-3', 200, '5.00', '1000.00')])
        self.assertIsNone(o['customer']['name'])
        # a bare file's orders are checked as a mail's: the price finer
        # than a cent holds the first order
        self.assertEqual(o['extraction']['doubts'],
                         ['item 1: unit price 0.1405 is finer than a cent: stored exactly, the '
                          'amounts rounded from it to be checked'])
        self.assertNotIn('extraction', got[1])  # read as written: nothing to doubt

    def test_erp_list_in_a_mail_takes_the_gross_price_and_the_mail_text(self):
        # A list with a net and a gross price whose amount is 价税合计: the
        # gross price is read. The mail's text gives the list's only order
        # where it goes and, from its signature, the buying company.
        lst = ('单据编号,物料编码,物料名称,采购数量,单价,含税单价,价税合计\n'
               'CG-90,A-1,包装袋,100,1.77,2.00,200.00\n'
               ',B-2,胶带,10,4.42,5.00,50.00\n')
        body = ('Hi，\n\n采购订单 CG-90 见附件。\n'
                '收货：宁波市鄞州区启明路818号 2号门仓库，收货人 包丽 0574-8820 6618。\n\n'
                '包丽\n宁波晶科光电有限公司\n\n发自我的iPhone\n')
        self.write('po.eml', mail('cg@example.cn', body, ('po.csv', lst)))
        out = self.extract('--format', 'json', 'po.eml')
        self.assertEqual(out.returncode, 0, out.stderr)
        got = json.loads(out.stdout)
        self.assertEqual(len(got), 1)
        o = got[0]
        self.assertEqual([(l['sku'], l['qty'], l['unit_price']) for l in o['lines']],
                         [('A-1', 100, '2.00'), ('B-2', 10, '5.00')])
        self.assertEqual(o['total'], '250.00')
        self.assertEqual(o['customer']['name'], '宁波晶科光电有限公司')
        self.assertEqual((o['ship_to']['name'], o['ship_to']['phone'], o['ship_to']['address']),
                         ('包丽', '0574-8820 6618', '宁波市鄞州区启明路818号 2号门仓库'))
        self.assertEqual(o['extraction']['doubts'], [])
        sources = o['extraction']['sources']
        self.assertEqual(sources['customer.name'], 'body line 7')
        self.assertEqual(sources['ship_to.address'], 'body line 4')

    def test_a_list_of_two_orders_under_a_shared_delivery_is_held(self):
        # The text names one delivery for a list of two orders without
        # addresses: the labels are no one order's, so neither gets them,
        # and both are held for the clerk to key the ship-to.
        lst = ('PO Number,SKU,Product,Quantity,Cost Price,Line Total\n'
               '#PO-1,A-1,Tin,10,0.74,7.40\n'
               '#PO-2,B-2,Lid,20,0.12,2.40\n')
        body = ('Hi,\n\nTwo POs attached. Ship both together to:\n'
                'Wick & Wax Ltd, 12 Kaiwharawhara Rd, Wellington 6035\n'
                'Attn Hannah Roe, +64 4 499 2081\n\nHannah\n')
        self.write('po.eml', mail('h@example.nz', body, ('po.csv', lst)))
        out = self.extract('--format', 'json', 'po.eml')
        self.assertEqual(out.returncode, 0, out.stderr)
        got = json.loads(out.stdout)
        self.assertEqual([o['external_id'] for o in got], ['#PO-1', '#PO-2'])
        for o in got:
            self.assertEqual(o['ship_to'].get('address'), None)
            # and the company the text names is no buyer read (extract.c
            # party_doubt)
            self.assertEqual(o['extraction']['doubts'],
                             ["no delivery address in the list, and the mail's text speaks of a "
                              "delivery for the list's orders: check the ship-to",
                              "customer.name: the mail names the company 'Wick & Wax Ltd' "
                              "(line 4 of its text), not read as the buyer"])
        # The same list without a word of delivery in the text: clean.
        self.write('po2.eml', mail('h@example.nz', 'Hi,\n\nTwo POs attached.\n\nHannah\n',
                                   ('po.csv', lst)))
        out = self.extract('--format', 'json', 'po2.eml')
        self.assertEqual(out.returncode, 0, out.stderr)
        self.assertEqual([o['extraction']['doubts'] for o in json.loads(out.stdout)], [[], []])

    def test_a_list_date_as_people_write_it_holds_the_order(self):
        # A feed refuses '12/02/2026' (a dead letter); in a mail's list the
        # date is read month first, or left out, and the order is held.
        self.write('po.csv', '订单号,商品编码,数量,单价,下单日期\n'
                             'L-1,A-1,2,3.00,12/02/2026\n'
                             'L-2,A-1,1,3.00,next week\n')
        out = self.extract('--format', 'json', 'po.csv')
        self.assertEqual(out.returncode, 0, out.stderr)
        got = {o['external_id']: o for o in json.loads(out.stdout)}
        self.assertEqual(got['L-1']['placed_at'], '2026-12-01T16:00:00Z')  # Asia/Shanghai
        self.assertEqual(got['L-1']['extraction']['doubts'],
                         ['placed_at 12/02/2026 could be read day first or month first; read '
                          'as month first'])
        self.assertIsNone(got['L-2']['placed_at'])
        self.assertEqual(got['L-2']['extraction']['doubts'],
                         ["placed_at 'next week' is not a date; left out"])

    def test_an_inventory_apps_list_with_cost_price(self):
        # Stocky's export: the unit price headed Cost Price, the date
        # Ordered At
        self.write('po.csv', 'PO Number,Ordered At,SKU,Product,Quantity,Cost Price,Line Total\n'
                             '#PO-1088,2026-12-03 09:14,HD-CN-0812,Candle tin 8oz,1200,0.74,888.00\n')
        out = self.extract('--format', 'json', 'po.csv')
        self.assertEqual(out.returncode, 0, out.stderr)
        (o,) = json.loads(out.stdout)
        self.assertEqual((o['external_id'], o['placed_at']), ('#PO-1088', '2026-12-03T01:14:00Z'))
        self.assertEqual([(l['sku'], l['qty'], l['unit_price'], l['total']) for l in o['lines']],
                         [('HD-CN-0812', 1200, '0.74', '888.00')])

    def test_eml_both_formats_and_several_files(self):
        shutil.copy(os.path.join(DATA_DIR, 'mail', 'gbk_body.eml'), self.tmp)
        self.write('orders.csv', CSV)
        out = self.extract('gbk_body.eml')
        self.assertEqual(out.returncode, 0, out.stderr)
        self.assertTrue(out.stdout.startswith('gbk_body.eml: 1 order, 0 dead letters\n'))
        self.assertRegex(out.stdout, r'\n    placed_at +2026-11-20T01:30:00Z\n')
        # the text reader names the line it read a field from
        self.assertRegex(out.stdout, r'\n    buyer_note +请加急 +\(line 7\)\n')
        self.assertRegex(out.stdout, r'\n      2 +B-200 +- +帆布袋 +3 +12\.50 +37\.50\n')
        out = self.extract('--format', 'json', 'gbk_body.eml', 'orders.csv')
        self.assertEqual(out.returncode, 0, out.stderr)
        got = json.loads(out.stdout)
        self.assertEqual([o['external_id'] for o in got], ['PO-2291', 'F-1'])
        self.assertEqual(got[0]['total'], '155.50')
        self.assertIsNone(got[0]['customer']['email'])  # customer_from_sender defaults to false
        self.assertEqual(out.stderr.count('dead letter: '), 1)

    def test_no_order_is_exit_1_with_the_reason(self):
        self.write('notes.txt', 'hello\n')
        out = self.extract('--format', 'json', 'notes.txt')
        self.assertEqual(out.returncode, 1)
        self.assertEqual(json.loads(out.stdout), [])
        self.assertEqual(out.stderr, 'dead letter: notes.txt: no order number found\n')
        out = self.extract('notes.txt')
        self.assertEqual(out.returncode, 1)
        self.assertIn('  dead letter: notes.txt\n    reason: no order number found\n', out.stdout)
        out = self.extract('missing.csv')
        self.assertEqual(out.returncode, 1)
        self.assertIn('missing.csv: No such file or directory', out.stderr)
        # one readable file with an order is enough
        self.write('orders.csv', CSV)
        self.assertEqual(self.extract('missing.csv', 'orders.csv').returncode, 0)

    def test_bare_file_that_crashes_the_reader_is_an_error_naming_it(self):
        # Bare files are read in the mail reader's child, as mails are: the test hook (a
        # build with -Dtest_hooks=true only) crashes it on this file. The run stops with an
        # error naming the file and exit 1; the same file read in-process would have taken
        # orderctl down with it.
        with open(ORDERCTL, 'rb') as f:
            if b'X-Orderd-Test-Reader' not in f.read():
                self.fail('orderctl in %s was built without the test hooks: meson configure '
                          'BUILD_DIR -Dtest_hooks=true (scripts/test sets it)' % BIN_DIR)
        self.write('orders.csv', CSV)
        self.write('crash.csv', CSV.replace('\n', '\nX-Orderd-Test-Reader: crash\n', 1))
        out = self.extract('--format', 'json', 'orders.csv', 'crash.csv')
        self.assertEqual(out.returncode, 1)
        self.assertEqual(out.stdout, '')
        self.assertIn('orderctl: extract: crash.csv: reading the file crashed the mail reader '
                      '(signal 11; its memory limit is 1 GiB)\n', out.stderr)
        self.assertEqual(self.extract('orders.csv').returncode, 0)

    def test_usage_and_configuration_errors(self):
        self.write('orders.csv', CSV)
        for args in (['--bogus', 'orders.csv'], [], ['--format', 'csv', 'orders.csv'],
                     ['--limit', '3', 'orders.csv'], ['--channel', 'mail', 'orders.csv']):
            out = self.extract(*args)
            self.assertEqual(out.returncode, 2, (args, out.stdout, out.stderr))
            self.assertEqual(out.stdout, '')
        # --channel needs an imap channel of the configuration
        etc = os.path.join(self.tmp, 'etc')
        os.makedirs(os.path.join(etc, 'channels.d'))
        with open(os.path.join(etc, 'orderd.yaml'), 'w') as f:
            f.write('database:\n  url: "postgresql://nobody@127.0.0.1:1/none"\n'
                    'channels_dir: channels.d\n')
        with open(os.path.join(etc, 'channels.d', 'files.yaml'), 'w') as f:
            f.write('name: files\nkind: feed\nfeed:\n  dir: %s\n' % self.tmp)
        with open(os.path.join(etc, 'channels.d', 'mail.yaml'), 'w') as f:
            f.write('name: mail\nkind: imap\nimap:\n  host: 127.0.0.1\n  security: none\n'
                    '  user: u\n  password: {file: ../pw}\n  customer_from_sender: true\n'
                    '  extract:\n    currency: USD\n')
        with open(os.path.join(etc, 'pw'), 'w', opener=private) as f:
            f.write('secret\n')
        config = os.path.join(etc, 'orderd.yaml')
        out = self.extract('--channel', 'files', 'orders.csv', config=config)
        self.assertEqual(out.returncode, 2)
        self.assertIn('channel files is of kind feed, not imap', out.stderr)
        out = self.extract('--channel', 'nope', 'orders.csv', config=config)
        self.assertEqual(out.returncode, 2)
        self.assertIn("no channel 'nope'", out.stderr)
        # the channel's settings apply, and its name is the orders' channel;
        # its currency is the default: the mail's prices in ￥ and 元 say
        # CNY, the CSV names none
        shutil.copy(os.path.join(DATA_DIR, 'mail', 'gbk_body.eml'), self.tmp)
        out = self.extract('--channel', 'mail', '--format', 'json', 'gbk_body.eml', 'orders.csv',
                           config=config)
        self.assertEqual(out.returncode, 0, out.stderr)
        got = json.loads(out.stdout)
        self.assertEqual([(o['channel'], o['currency']) for o in got],
                         [('mail', 'CNY'), ('mail', 'USD')])
        self.assertEqual(got[0]['customer']['email'], 'buyer@example.cn')


# An imap channel with a template for one address (a label and a
# currency for bodies, an item table at a range whose headers only it
# maps for attachments) and one for a domain.
SENDERS_CHANNEL = '''name: mail
kind: imap
imap:
  host: 127.0.0.1
  security: none
  user: u
  password: {file: ../pw}
  customer_from_sender: true
  extract:
    currency: CNY
    senders:
      "Purchasing@Acme.com":
        labels: {external_id: "Auftragsnr."}
        currency: USD
        table: A4:D10
        columns: {lines.sku: Teil, lines.qty: Anzahl, lines.unit_price: D}
      bigbuyer.cn: {currency: EUR}
'''

TABLE_CSV = ('Bestellung,,,\n'
             'Auftragsnr.,AC-9,,\n'
             ',,,\n'
             'Teil,Bezeichnung,Anzahl,Stückpreis\n'
             'X-1,Schraube,10,0.50\n'
             'X-2,Mutter,4,0.25\n')


def mail(sender, body, attachment=None):
    m = EmailMessage()
    m['From'] = 'Buyer <%s>' % sender
    m['To'] = 'orders@example.com'
    m['Subject'] = 'Bestellung'
    m['Date'] = 'Fri, 20 Nov 2026 09:30:00 +0800'
    m['Message-ID'] = '<m-%s>' % sender
    m.set_content(body)
    if attachment:
        m.add_attachment(attachment[1].encode('utf-8'), maintype='text', subtype='csv',
                         filename=attachment[0])
    return bytes(m)


class SenderTemplates(unittest.TestCase):
    """extract.senders: `orderctl extract --channel C` reads a mail with
    the template of its From address and a bare file with the one of
    --sender; `orderd --check` names a bad sender and a bad key in one
    with file:line:column. No database."""

    def setUp(self):
        self.tmp = tempfile.mkdtemp(prefix='orderd-senders-')
        self.etc = os.path.join(self.tmp, 'etc')
        os.makedirs(os.path.join(self.etc, 'channels.d'))
        with open(os.path.join(self.etc, 'orderd.yaml'), 'w') as f:
            f.write('database:\n  url: "postgresql://nobody@127.0.0.1:1/none"\n'
                    'channels_dir: channels.d\n')
        with open(os.path.join(self.etc, 'pw'), 'w', opener=private) as f:
            f.write('secret\n')
        self.channel = os.path.join(self.etc, 'channels.d', 'mail.yaml')
        self.write_channel(SENDERS_CHANNEL)
        self.config = os.path.join(self.etc, 'orderd.yaml')
        self.env = {k: v for k, v in os.environ.items()
                    if k != 'ORDERD_DATABASE_URL' and not k.startswith('PG')}

    def tearDown(self):
        shutil.rmtree(self.tmp, ignore_errors=True)

    def write_channel(self, text):
        with open(self.channel, 'w') as f:
            f.write(text)

    def write(self, name, data):
        with open(os.path.join(self.tmp, name), 'wb') as f:
            f.write(data if isinstance(data, bytes) else data.encode('utf-8'))
        return name

    def run_prog(self, prog, *args):
        return subprocess.run([prog, '--config', self.config] + list(args), capture_output=True,
                              text=True, cwd=self.tmp, env=self.env, timeout=60)

    def extract_json(self, *args):
        out = self.run_prog(ORDERCTL, 'extract', '--channel', 'mail', '--format', 'json', *args)
        return out, (json.loads(out.stdout) if out.stdout else None)

    def test_mail_is_read_with_its_senders_template(self):
        body = 'Auftragsnr.: AC-77\nA-1 x 2 @ 3.00\n'
        self.write('acme.eml', mail('purchasing@acme.com', body))
        self.write('other.eml', mail('someone@else.com', body))
        self.write('sub.eml', mail('li@sh.bigbuyer.cn', body))
        self.write('att.eml', mail('PURCHASING@ACME.COM', 'Anbei.', ('po.csv', TABLE_CSV)))
        out, got = self.extract_json('acme.eml', 'other.eml', 'sub.eml', 'att.eml')
        self.assertEqual(out.returncode, 0, out.stderr)
        self.assertEqual(out.stderr, '')
        ids = [o['external_id'] for o in got]
        self.assertEqual(ids[0], 'AC-77')           # the template's label
        self.assertTrue(ids[1].startswith('msg-'))  # another sender: no such label
        self.assertTrue(ids[2].startswith('msg-'))  # the domain's template has no label
        self.assertEqual(ids[3], 'AC-9')            # the template's table and columns
        self.assertEqual([o['currency'] for o in got], ['USD', 'CNY', 'EUR', 'USD'])
        self.assertEqual([(l['sku'], l['qty'], l['unit_price']) for l in got[3]['lines']],
                         [('X-1', 10, '0.50'), ('X-2', 4, '0.25')])
        self.assertEqual(got[0]['customer']['email'], 'purchasing@acme.com')

    def test_bare_file_with_sender(self):
        self.write('po.csv', TABLE_CSV)
        out = self.run_prog(ORDERCTL, 'extract', 'po.csv', '--channel', 'mail', '--sender',
                            'purchasing@acme.com')
        self.assertEqual(out.returncode, 0, out.stderr)
        self.assertTrue(out.stdout.startswith(
            'po.csv: 1 order, 0 dead letters (sender template purchasing@acme.com)\n'), out.stdout)
        self.assertIn('  order AC-9\n', out.stdout)
        self.assertRegex(out.stdout, r'\n    currency +USD\n')
        self.assertRegex(out.stdout, r'\n      1 +X-1 +- +Schraube +10 +0\.50 +5\.00\n')
        out, got = self.extract_json('po.csv', '--sender', 'purchasing@acme.com')
        self.assertEqual([(o['external_id'], o['currency'], o['customer']['email']) for o in got],
                         [('AC-9', 'USD', None)])
        # without --sender, or with one no template matches: the channel's settings
        for args in ([], ['--sender', 'x@nowhere.example']):
            out = self.run_prog(ORDERCTL, 'extract', 'po.csv', '--channel', 'mail', *args)
            self.assertEqual(out.returncode, 1, out.stdout)
            self.assertTrue(out.stdout.startswith('po.csv: 0 orders, 1 dead letter\n'), out.stdout)
        self.assertEqual(out.stderr, 'orderctl: extract: no template of channel mail matches '
                                     "x@nowhere.example: the channel's settings apply\n")
        # --sender needs --channel and an address
        for args in (['po.csv', '--sender', 'purchasing@acme.com'],
                     ['po.csv', '--channel', 'mail', '--sender', 'acme.com']):
            out = self.run_prog(ORDERCTL, 'extract', *args)
            self.assertEqual(out.returncode, 2, out.stderr)
            self.assertEqual(out.stdout, '')
            self.assertIn('--sender needs --channel and an address', out.stderr)

    def test_check_reports_bad_senders_with_positions(self):
        out = self.run_prog(ORDERD, '--check')
        self.assertEqual(out.returncode, 0, out.stderr)
        # a name that is no address or domain (line 18), an unknown key in
        # a template (line 19), a duplicate in another spelling (line 20)
        self.write_channel(SENDERS_CHANNEL + '      "bigbuyer": {currency: USD}\n'
                                             '      x.bigbuyer.cn: {curency: USD}\n'
                                             '      BigBuyer.CN: {}\n')
        out = self.run_prog(ORDERD, '--check')
        self.assertEqual(out.returncode, 2, out.stderr)
        c = self.channel
        self.assertEqual(out.stderr.splitlines(), [
            "%s:18:7: imap.extract.senders: 'bigbuyer' is neither an address (local@domain) nor "
            "a domain (acme.com)" % c,
            "%s:19:23: unknown key 'curency' in imap.extract.senders.\"x.bigbuyer.cn\"; did you "
            "mean 'currency'? allowed: "
            "labels, columns, status_map, sheet, table, encoding, timezone, currency, "
            "default_status" % c,
            "%s:20:7: imap.extract.senders: duplicate name 'BigBuyer.CN': the same as "
            "'bigbuyer.cn' at line 17" % c,
            'orderd: configuration %s is invalid (3 errors)' % self.config])
        # a template's value is checked like the channel's, naming the sender
        self.write_channel(SENDERS_CHANNEL.replace('{currency: EUR}', '{currency: eur}'))
        out = self.run_prog(ORDERD, '--check')
        self.assertEqual(out.returncode, 2, out.stderr)
        self.assertEqual(out.stderr.splitlines()[0],
                         '%s:3:1: imap.extract: extract.senders."bigbuyer.cn".currency: \'eur\' '
                         'is not an ISO 4217 code like CNY' % c)

    def test_example_channel_file_is_valid(self):
        """config/channels.d/mail-po.yaml.example, copied in as a channel
        file with a password, passes orderd --check."""
        with open(os.path.join(ROOT, 'config', 'channels.d', 'mail-po.yaml.example')) as f:
            text = f.read()
        self.assertIn('senders:', text)
        self.write_channel(text.replace('{file: /etc/orderd/imap-password}', '{file: ../pw}'))
        out = self.run_prog(ORDERD, '--check')
        self.assertEqual(out.returncode, 0, out.stderr)
        self.assertIn('is valid: 1 channel', out.stdout)


def extraction(doubts, sources):
    return {'doubts': doubts, 'sources': sources}


DOUBTS = ['line 1: amount 30.00 is not 2 x 14.00', 'two order numbers: D-1, PO-77']
SOURCES = {'external_id': 'Sheet1!B2', 'lines[0].qty': 'Sheet1!C5', 'total': 'Sheet1!F9'}


def order(ext, updated='2026-11-20T02:00:00Z', extraction_member=None, qty=2, total='30.00'):
    o = {'external_id': ext, 'status': 'paid', 'placed_at': '2026-11-20T01:30:00Z',
         'updated_at': updated, 'customer': {'name': '张三', 'phone': '13800138000'},
         'ship_to': {'name': '张三', 'phone': '13800138000', 'province': '上海市',
                     'city': '上海市', 'address': '张江路 1 号'},
         'lines': [{'sku': 'A', 'qty': qty, 'unit_price': '14.00', 'total': total}]}
    if extraction_member is not None:
        o['extraction'] = extraction_member
    return o


class DoubtCase(OrderdCase):
    channels = {'shop': {'format': 'ndjson', 'currency': 'CNY'}}
    n_files = 0

    def feed(self, *orders):
        self.n_files += 1
        self.drop('shop', 'o%d.ndjson' % self.n_files,
                  ''.join(json.dumps(o, ensure_ascii=False) + '\n' for o in orders))
        self.once()

    def get(self, ext):
        return json.loads(self.orderctl('order', 'shop', ext, '--format', 'json').stdout)

    def event_details(self, ext):
        return [(k, json.loads(d) if d else None) for k, d in self.sql(
            "SELECT e.kind, e.detail::text FROM order_events e JOIN orders o ON o.id = e.order_id"
            " WHERE o.external_id = :'p1' ORDER BY e.id", ext)]



class DoubtfulOrders(DoubtCase):
    """No rules file: the audit holds only for doubts."""

    def test_held_without_rules_kept_and_shown_then_a_clean_revision_is_approved(self):
        self.feed(order('D-1', extraction_member=extraction(DOUBTS, SOURCES)),
                  order('C-1'), order('S-1', extraction_member=extraction([], SOURCES)))
        d1 = self.get('D-1')
        self.assertEqual(d1['audit']['outcome'], 'held')
        (why,) = d1['audit']['reasons']
        self.assertEqual(why['rule'], 'extraction')
        self.assertEqual(why['message'], '; '.join(DOUBTS))
        self.assertEqual(why['evidence'], {'doubts': DOUBTS, 'sources': SOURCES,
                                           'verdict': 'doubtful'})
        self.assertEqual(d1['extraction'], extraction(DOUBTS, SOURCES))
        # a clean order, and one with sources but no doubt, are approved as without rules
        self.assertEqual(self.get('C-1')['audit'], {'outcome': 'approved', 'reasons': []})
        self.assertNotIn('extraction', self.get('C-1'))
        s1 = self.get('S-1')
        self.assertEqual(s1['audit'], {'outcome': 'approved', 'reasons': []})
        self.assertEqual(s1['extraction'], extraction([], SOURCES))
        # nothing reserved, the doubts and sources in the created event
        self.assertEqual(self.sql('SELECT count(*) FROM stock_reservations'), [['0']])
        self.assertEqual(self.event_details('D-1'),
                         [('created', {'extraction': extraction(DOUBTS, SOURCES)}),
                          ('audit', {'rules': ['extraction']})])
        self.assertEqual(self.event_details('C-1'), [('created', None)])
        # the clerk sees it
        out = self.orderctl('review', 'list').stdout
        self.assertIn('D-1', out)
        self.assertIn('extraction: line 1: amount 30.00 is not 2 x 14.00', out)
        self.assertNotIn('C-1', out)
        self.assertEqual([o['external_id'] for o in json.loads(
            self.orderctl('review', 'list', '--format', 'json').stdout)], ['D-1'])
        show = self.orderctl('review', 'show', 'shop/D-1').stdout
        self.assertIn('  extraction (how the order was read):\n'
                      '    doubt: line 1: amount 30.00 is not 2 x 14.00\n'
                      '    doubt: two order numbers: D-1, PO-77\n', show)
        self.assertRegex(show, r'\n    source: external_id +Sheet1!B2\n')
        self.assertIn('"extraction"', show)  # the created event's detail
        table = self.orderctl('order', 'shop', 'D-1').stdout
        self.assertIn('  extraction\n    doubt: line 1: amount 30.00 is not 2 x 14.00\n', table)
        self.assertRegex(table, r'\n    source: lines\[0\]\.qty +Sheet1!C5\n')
        # extract prints the same shape as order --format json
        self.assertEqual([k for k in d1 if k not in ('id', 'audit', 'extraction')], SHAPE)

        # A later revision without doubts is audited as usual: approved.
        self.feed(order('D-1', updated='2026-11-20T03:00:00Z'))
        d1 = self.get('D-1')
        self.assertEqual(d1['audit'], {'outcome': 'approved', 'reasons': []})
        self.assertNotIn('extraction', d1)
        self.assertEqual([k for k, _ in self.event_details('D-1')],
                         ['created', 'audit', 'updated', 'audit'])
        self.assertIsNone(self.event_details('D-1')[2][1])
        # ...and a doubtful one after that is held again.
        self.feed(order('D-1', updated='2026-11-20T04:00:00Z',
                        extraction_member=extraction(DOUBTS[:1], {})))
        d1 = self.get('D-1')
        self.assertEqual(d1['audit']['outcome'], 'held')
        self.assertEqual(d1['audit']['reasons'][0]['evidence']['sources'], {})
        self.assertEqual(d1['extraction'], extraction(DOUBTS[:1], {}))
        self.assertEqual(self.event_details('D-1')[-2],
                         ('updated', {'extraction': extraction(DOUBTS[:1], {})}))


RULES = """language: en
rules:
  - {id: stock, type: stock, warehouse: main, action: hold}
  - {id: big, type: amount, above: "500.00", action: reject}
"""


class DoubtfulOrdersWithRules(DoubtCase):

    def setUp(self):
        super().setUp()
        with open(os.path.join(self.etc, 'rules.yaml'), 'w') as f:
            f.write(RULES)
        self.write_main_config('rules: rules.yaml\n')
        path = os.path.join(self.tmp, 'inventory.csv')
        with open(path, 'w') as f:
            f.write('sku,warehouse,on_hand,reserved\nA,main,100,0\n')
        self.orderctl('import', 'inventory', path)

    def reserved(self):
        return int(self.sql("SELECT reserved FROM inventory WHERE sku = 'A'")[0][0])

    def test_rules_and_doubts_add_up_and_replay_agrees(self):
        self.feed(order('D-1', extraction_member=extraction(DOUBTS, SOURCES)),
                  order('D-2', extraction_member=extraction(DOUBTS[1:], {}), qty=40,
                        total='560.00'),
                  order('C-1'))
        d1, d2, c1 = self.get('D-1'), self.get('D-2'), self.get('C-1')
        # stock is there, the amount is small: held for the doubts alone, nothing reserved
        self.assertEqual(d1['audit']['outcome'], 'held')
        self.assertEqual([r['rule'] for r in d1['audit']['reasons']], ['extraction'])
        # a reject of the rules still rejects
        self.assertEqual(d2['audit']['outcome'], 'rejected')
        self.assertEqual([r['rule'] for r in d2['audit']['reasons']], ['extraction', 'big'])
        self.assertEqual(c1['audit'], {'outcome': 'approved', 'reasons': []})
        self.assertEqual(self.reserved(), 2)  # C-1 only
        # the stored doubts are what a replay judges: the same outcomes
        out = json.loads(self.orderctl('audit', 'replay', '--rules',
                                       os.path.join(self.etc, 'rules.yaml'),
                                       '--format', 'json').stdout)
        self.assertEqual((out['orders'], out['changed']), (3, 0))
        self.assertIn({'rule': 'extraction', 'stored': 2, 'replayed': 2}, out['fires'])
        # the clerk approves it over the doubts: it reserves then
        self.orderctl('review', 'approve', 'shop/D-1')
        self.assertEqual(self.get('D-1')['audit']['outcome'], 'approved')
        self.assertEqual(self.reserved(), 4)

    def test_an_approved_order_whose_new_revision_is_doubtful_is_held_again(self):
        self.feed(order('A-1'))
        self.assertEqual(self.get('A-1')['audit']['outcome'], 'approved')
        self.assertEqual(self.reserved(), 2)
        # same lines and address, new doubts: held, its stock released
        self.feed(order('A-1', updated='2026-11-20T03:00:00Z',
                        extraction_member=extraction(DOUBTS[:1], SOURCES)))
        a1 = self.get('A-1')
        self.assertEqual(a1['audit']['outcome'], 'held')
        self.assertEqual([r['rule'] for r in a1['audit']['reasons']], ['extraction'])
        self.assertEqual(self.reserved(), 0)
