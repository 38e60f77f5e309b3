"""The connector contract (lib/connector.h) against every registered kind:
poll adds at most out->max_orders items, and polling from the committed
cursor while the batch says `more` reads every order of the source.

Each kind runs through tests/tools/pollrun (no database: it polls the
connector the way the scheduler does and prints every batch) against its
fake server (tests/fakes/), a real Dovecot for imap (dovecot.py) and an
NDJSON fixture file for feed, with batch_size 4 while the platforms'
pages hold up to 100 orders. Asserted per kind: no batch is larger than
4 items, at least one batch is full (the limit was reached, not just
never approached), the orders and dead letters of all batches together are
exactly the source's orders, and no order is read more often than the
connector's paging documents (re-reads are absorbed by the unique key, but
must not grow with the number of cuts)."""
import collections
import json
import os
import shutil
import subprocess
import sys
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, '..', 'fakes'))
import douyin  # noqa: E402
import jd  # noqa: E402
import pinduoduo  # noqa: E402
import shopify  # noqa: E402
import taobao  # noqa: E402
import woocommerce  # noqa: E402
from dovecot import PASSWORD, USER, Dovecot  # noqa: E402
from harness import BIN_DIR  # noqa: E402
from test_imap import no_order_mail, po_mail  # noqa: E402

POLLRUN = os.environ.get('ORDERD_POLLRUN',
                         os.path.join(BIN_DIR, '..', 'tests', 'pollrun'))
MAX = 4
SECRET_ENV = 'ORDERD_CONTRACT_SECRET_'


def pollrun(*args, env=None, timeout=300):
    return subprocess.run([POLLRUN] + list(args), capture_output=True, text=True, env=env,
                          timeout=timeout, check=False)


class ConnectorContract(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.mkdtemp(prefix='orderd-contract-')
        self.etc = os.path.join(self.tmp, 'etc')
        os.makedirs(os.path.join(self.etc, 'channels.d'))
        with open(os.path.join(self.etc, 'orderd.yaml'), 'w') as f:
            f.write('database:\n  url: "postgresql:///unused"\nchannels_dir: channels.d\n'
                    'ingest:\n  batch_size: %d\n' % MAX)
        self.env = dict(os.environ)
        self.env.pop('ORDERD_DATABASE_URL', None)

    def tearDown(self):
        shutil.rmtree(self.tmp, ignore_errors=True)

    def secret(self, value):
        name = SECRET_ENV + str(len(self.env))
        self.env[name] = value
        return '{env: %s}' % name

    def channel(self, kind, settings, extra_lines=()):
        lines = ['name: c', 'kind: %s' % kind, '%s:' % kind]
        lines += ['  %s: %s' % (k, v) for k, v in settings.items()]
        lines += ['  ' + x for x in extra_lines]
        with open(os.path.join(self.etc, 'channels.d', 'c.yaml'), 'w') as f:
            f.write('\n'.join(lines) + '\n')

    def fake(self, cls, **kw):
        f = cls(**kw).start()
        self.addCleanup(f.stop)
        return f

    def check(self, good, dead, reread_limit=0):
        """Run the channel; `good`: external ids of the source's good
        orders, `dead`: the ids (or source refs) of its bad ones;
        `reread_limit`: how many reads beyond one per order the kind's
        paging may do. Returns the batches."""
        out = pollrun('--config', os.path.join(self.etc, 'orderd.yaml'), '--channel', 'c',
                      '--max', str(MAX), env=self.env)
        self.assertEqual(out.returncode, 0, 'pollrun failed\nstdout:\n%s\nstderr:\n%s'
                         % (out.stdout[-3000:], out.stderr[-3000:]))
        batches = [json.loads(line) for line in out.stdout.splitlines()]
        self.assertTrue(batches)
        self.assertFalse(batches[-1]['more'])
        sizes = [len(b['orders']) + len(b['dead']) for b in batches]
        self.assertLessEqual(max(sizes), MAX, 'a poll added more than max_orders: %s' % sizes)
        self.assertIn(MAX, sizes, 'no batch reached max_orders: the limit was not exercised')
        reads = collections.Counter(i for b in batches for i in b['orders'])
        dead_reads = collections.Counter(i for b in batches for i in b['dead'])
        self.assertEqual(set(reads), set(good))
        self.assertEqual(set(dead_reads), set(dead))
        rereads = sum(reads.values()) + sum(dead_reads.values()) - len(reads) - len(dead_reads)
        print('%s: %d items in %d batches, %d re-read' % (self._testMethodName, len(reads) +
              len(dead_reads), len(batches), rereads), file=sys.stderr)
        self.assertLessEqual(rereads, reread_limit, 'orders read again: %s' % sorted(
            i for i, n in (reads + dead_reads).items() if n > 1))
        return batches

    def test_every_registered_kind_has_a_contract_case(self):
        out = pollrun('--kinds')
        self.assertEqual(out.returncode, 0, out.stderr)
        kinds = set(out.stdout.split())
        cases = {n[len('test_kind_'):] for n in dir(self) if n.startswith('test_kind_')}
        self.assertEqual(kinds, cases)

    # ---- one case per kind ----------------------------------------------------

    def test_kind_feed(self):
        # A fixture file: a fake server would add nothing for a directory.
        drop = os.path.join(self.tmp, 'drop')
        os.makedirs(drop)
        order = {'status': 'paid', 'placed_at': '2026-11-20T09:30:00+08:00',
                 'customer': {'name': '王五'}, 'lines': [{'sku': 'A', 'qty': 2, 'unit_price': '3.10'}]}
        lines = [json.dumps(dict(order, external_id='F%02d' % i)) for i in range(1, 14)]
        lines.insert(6, '{"external_id": "broken",')
        with open(os.path.join(drop, 'o.ndjson'), 'w') as f:
            f.write('\n'.join(lines) + '\n')
        self.channel('feed', {'dir': drop, 'settle': '0s', 'format': 'ndjson', 'currency': 'CNY'})
        self.check(['F%02d' % i for i in range(1, 14)], ['o.ndjson:7'])

    def test_kind_imap(self):
        # A real Dovecot (as test_imap.py) with nine orders and one mail
        # that holds none.
        dove = Dovecot(self.tmp).start()
        self.addCleanup(dove.stop)
        dove.append([po_mail(i) for i in range(1, 6)] + [no_order_mail(1)] +
                    [po_mail(i) for i in range(6, 10)])
        self.channel('imap', {'host': '127.0.0.1', 'port': dove.port, 'security': 'none',
                              'user': USER, 'password': self.secret(PASSWORD)})
        self.check(['PO-%05d' % i for i in range(1, 10)], ['INBOX <hello-1@example.com>'])

    def test_kind_shopify(self):
        f = self.fake(shopify.ShopifyFake, orders=37, bad_orders=2, token='shpat_contract',
                      tz='+08:00')
        self.channel('shopify', {'shop_url': f.url, 'access_token': self.secret('shpat_contract'),
                                 'lag': '1s', 'overlap': '2s', 'timeout': '5s'})
        ids = [str(o['id']) for o in f.render_all()]
        bad = {str(i) for i in f.bad_orders}
        self.check([i for i in ids if i not in bad], bad)

    def test_kind_woocommerce(self):
        ck, cs = 'ck_' + 'a' * 40, 'cs_' + 'b' * 40
        f = self.fake(woocommerce.WooFake, orders=37, bad_orders=2, consumer_key=ck,
                      consumer_secret=cs, tz='Asia/Shanghai')
        self.channel('woocommerce', {'site_url': f.url, 'consumer_key': self.secret(ck),
                                     'consumer_secret': self.secret(cs), 'lag': '1s',
                                     'overlap': '2s', 'timeout': '5s'})
        ids = [str(o['id']) for o in f.render_all()]
        bad = {str(i) for i in f.bad_orders}
        # keyset paging re-reads the second of each full page's last order
        self.check([i for i in ids if i not in bad], bad, reread_limit=37)

    def platform(self, cls, kind, path, creds, **extra):
        """A signed-gateway fake (37 orders over a day, 2 bad) and its
        channel; `creds` are the fake's and the channel's credential keys."""
        f = self.fake(cls, orders=37, bad_orders=2, span_days=1, **creds)
        settings = {'gateway_url': f.url + path, 'start_from': '2d', 'timeout': '5s'}
        settings.update({k: self.secret(v) for k, v in creds.items()})
        settings.update(extra)
        self.channel(kind, settings)
        return f

    def test_kind_douyin(self):
        f = self.platform(douyin.DouyinFake, 'douyin', '',
                          {'app_key': '7300000000000000001', 'app_secret': 'contract-dy-secret',
                           'access_token': 'contract-dy-token'}, lag='1s', overlap='2s')
        ids = [o['order_id'] for o in f.render_all()]
        bad = set(f.bad_orders)
        # keyset paging re-reads the second of each full page's last order
        self.check([i for i in ids if i not in bad], bad, reread_limit=37)

    def test_kind_taobao(self):
        f = self.platform(taobao.TaobaoFake, 'taobao', '/router/rest',
                          {'app_key': '23456789', 'app_secret': 'contract-tb-secret',
                           'session': 'contract-tb-session'}, lag='1s', overlap='2s')
        trades = f.render_all()
        bad = {str(i) for i in f.bad_orders}
        self.check([t['tid_str'] for t in trades if str(t['tid']) not in bad],
                   {t['tid_str'] for t in trades if str(t['tid']) in bad})

    def test_kind_jd(self):
        f = self.platform(jd.JdFake, 'jd', '/routerjson',
                          {'app_key': 'JDCONTRACT0001', 'app_secret': 'contract-jd-secret',
                           'access_token': 'contract-jd-token'}, lag='1s', overlap='2s')
        ids = [str(o['orderId']) for o in f.render_all()]
        bad = {str(i) for i in f.bad_orders}
        # keyset paging re-reads the second of each full page's last order
        self.check([i for i in ids if i not in bad], bad, reread_limit=37)

    def test_kind_pinduoduo(self):
        f = self.platform(pinduoduo.PinduoduoFake, 'pinduoduo', '/api/router',
                          {'client_id': 'pdd-contract-client',
                           'client_secret': 'contract-pdd-secret',
                           'access_token': 'contract-pdd-token'}, start_from='26h')
        ids = [o['order_sn'] for o in f.render_all()]
        bad = set(f.bad_orders)
        # a window of more than a page reads its page 1 twice (first to
        # count, last in the walk back)
        self.check([i for i in ids if i not in bad], bad, reread_limit=37)

if __name__ == '__main__':
    unittest.main()
