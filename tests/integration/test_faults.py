"""Fault campaign (issue 16): PostgreSQL stopped while a channel of every
kind polls (a feed, IMAP against Dovecot, Shopify, WooCommerce, 抖店,
Taobao, Pinduoduo and JD against their fakes), then started again.
orderd must not crash, must back off (fewer failed polls than the outage
would allow at the poll interval), log the failure once and the
recovery, and catch up the backlog that grew during the outage with no
order lost or doubled.

In the suite the outage lasts ORDERD_FAULT_DOWN_S seconds (20). Alone,
for a long outage and its figures (docs/reliability.md):

    . scripts/common.sh && start_postgres
    ORDERD_BIN_DIR=$PWD/build/cmd python3 tests/integration/test_faults.py --minutes 3

It restarts the private cluster of scripts/common.sh, so it runs alone
(harness.alone) and is skipped against any other server."""
import os
import shlex
import sys
import time

from harness import alone
from test_crash import pg_ctl, pg_server, server_up
from test_daemon import DaemonCase
from test_imap import ImapCase, po_mail
from test_shops import ShopCase

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'fakes'))
import douyin  # noqa: E402
import jd  # noqa: E402
import pinduoduo  # noqa: E402
import shopify  # noqa: E402
import taobao  # noqa: E402
import woocommerce  # noqa: E402

TOKEN = 'shpat_faults_0123456789'
POLL_S = 0.3
BACKOFF_CAP_S = 2
SHOP_ORDERS = 20  # at the start, in each fake shop


def feed_file(first, n):
    return 'external_id,status,lines.sku,lines.qty,lines.unit_price\n' + ''.join(
        'F%06d,paid,A,%d,1.00\n' % (i, 1 + i % 3) for i in range(first, first + n))


class PostgresDown(ImapCase, ShopCase, DaemonCase):
    channels = {'shop': {'currency': 'CNY'}}

    def setUp(self):
        super().setUp()
        with open(self.config) as f:
            text = f.read()
        with open(self.config, 'w') as f:
            f.write(text.replace('backoff_cap: 1s', 'backoff_cap: %ds' % BACKOFF_CAP_S))
        every = '%dms' % (POLL_S * 1000)
        self.fake = shopify.ShopifyFake(token=TOKEN, tz='+08:00', orders=40).start()
        self.addCleanup(self.fake.stop)
        self.add_channel('shop', {'currency': 'CNY'}, poll_interval=every)
        self.write_channel('web', 'shopify', {
            'shop_url': self.fake.url, 'access_token': self.secret('FAULTS_SHOP_TOKEN', TOKEN),
            'lag': '1s', 'overlap': '2s', 'timeout': '2s'}, poll_interval=every)
        self.imap_channel('mail', poll_interval=every, after='flag')
        # every other kind, against its fake: channel -> (kind, fake)
        self.shops = {}
        ck = 'ck_faults_0123456789abcdef0123456789abcdef01234'
        cs = 'cs_faults_0123456789abcdef0123456789abcdef01234'
        woo = woocommerce.WooFake(consumer_key=ck, consumer_secret=cs, tz='Asia/Shanghai',
                                  orders=SHOP_ORDERS).start()
        self.write_channel('woo', 'woocommerce', {
            'site_url': woo.url, 'consumer_key': self.secret('FAULTS_CK', ck),
            'consumer_secret': self.secret('FAULTS_CS', cs), 'lag': '1s', 'overlap': '2s',
            'timeout': '2s'}, poll_interval=every)
        self.shops['woo'] = ('woocommerce', woo)
        tb = taobao.TaobaoFake(app_key='23456789', app_secret='tb-faults-secret-0123',
                               session='6100faultssession0123456789', orders=SHOP_ORDERS,
                               span_days=2).start()
        self.write_channel('tb', 'taobao', {
            'gateway_url': tb.url + '/router/rest', 'app_key': '23456789',
            'app_secret': self.secret('FAULTS_TB_SECRET', 'tb-faults-secret-0123'),
            'session': self.secret('FAULTS_TB_SESSION', '6100faultssession0123456789'),
            'start_from': '3d', 'lag': '1s', 'overlap': '2s', 'timeout': '2s'},
            poll_interval=every)
        self.shops['tb'] = ('taobao', tb)
        jdf = jd.JdFake(app_key='JDFAULTSAPPKEY01', app_secret='jd-faults-secret',
                        access_token='jd-faults-token-0123', orders=SHOP_ORDERS,
                        span_days=2).start()
        self.write_channel('jd', 'jd', {
            'gateway_url': jdf.url + '/routerjson', 'app_key': 'JDFAULTSAPPKEY01',
            'app_secret': self.secret('FAULTS_JD_SECRET', 'jd-faults-secret'),
            'access_token': self.secret('FAULTS_JD_TOKEN', 'jd-faults-token-0123'),
            'start_from': '3d', 'lag': '1s', 'overlap': '2s', 'timeout': '2s'},
            poll_interval=every)
        self.shops['jd'] = ('jd', jdf)
        # Pinduoduo's windows end at least 3 minutes behind now (its
        # contract; orderd's lag cannot be shorter): the fake's clock runs
        # 200 s behind, so an order it adds is in the next window at once
        pdd = pinduoduo.PinduoduoFake(client_id='pdd-faults-client-0123456789ab',
                                      client_secret='pdd-faults-secret',
                                      access_token='pdd-faults-token', orders=SHOP_ORDERS,
                                      span_days=1, clock=lambda: time.time() - 200).start()
        self.write_channel('pdd', 'pinduoduo', {
            'gateway_url': pdd.url + '/api/router',
            'client_id': self.secret('FAULTS_PDD_ID', 'pdd-faults-client-0123456789ab'),
            'client_secret': self.secret('FAULTS_PDD_SECRET', 'pdd-faults-secret'),
            'access_token': self.secret('FAULTS_PDD_TOKEN', 'pdd-faults-token'),
            'start_from': '26h', 'timeout': '2s'}, poll_interval=every)
        self.shops['pdd'] = ('pinduoduo', pdd)
        dy = douyin.DouyinFake(app_key='7300000000000000009', app_secret='dy-faults-secret',
                               access_token='dy-faults-token', orders=SHOP_ORDERS,
                               span_days=2).start()
        self.write_channel('dy', 'douyin', {
            'gateway_url': dy.url, 'app_key': self.secret('FAULTS_DY_KEY', '7300000000000000009'),
            'app_secret': self.secret('FAULTS_DY_SECRET', 'dy-faults-secret'),
            'access_token': self.secret('FAULTS_DY_TOKEN', 'dy-faults-token'),
            'start_from': '3d', 'lag': '1s', 'overlap': '2s', 'timeout': '2s'},
            poll_interval=every)
        self.shops['dy'] = ('douyin', dy)
        for _, fake in self.shops.values():
            self.addCleanup(fake.stop)

    def counts(self):
        try:
            return dict(self.sql("SELECT channel, count(*) FROM orders GROUP BY 1"))
        except AssertionError:  # the server is down or starting
            return None

    @alone  # stops the cluster every other test uses
    def test_postgres_down_while_every_kind_polls(self):
        srv = pg_server()
        if srv is None:
            self.skipTest('PostgreSQL is not the private cluster of scripts/common.sh')
        pgdata, pgbin = srv
        down_s = float(os.environ.get('ORDERD_FAULT_DOWN_S', '20'))
        n_file = 200
        self.drop('shop', 'a-0001.csv', feed_file(0, n_file))
        mails = 3
        self.dovecot.append([po_mail(i) for i in range(1, mails + 1)])
        p = self.start_daemon()
        added = {ch: 0 for ch in self.shops}
        want = dict({'shop': str(n_file), 'web': '40', 'mail': str(mails)},
                    **{ch: str(SHOP_ORDERS) for ch in self.shops})
        self.wait_for(lambda: self.counts() == want, 90, 'the first orders of every channel')

        # Started again with the options it runs with now (its port ...).
        with open(os.path.join(pgdata, 'postmaster.opts')) as f:
            argv = shlex.split(f.read())
        opts = ' '.join(shlex.quote(a) for i, a in enumerate(argv[1:], 1)
                        if a != '-D' and argv[i - 1] != '-D')
        out = pg_ctl(pgdata, pgbin, 'stop', '-m', 'fast', '-w', '-t', '60')
        self.assertEqual(out.returncode, 0, out.stdout + out.stderr)
        stopped = time.monotonic()
        # The backlog grows while the database is away: files and shop orders.
        files, shop_new = 1, 0
        try:
            while time.monotonic() - stopped < down_s:
                time.sleep(min(2.0, down_s / 5))
                self.drop('shop', 'a-%04d.csv' % (files + 1), feed_file(files * n_file, n_file))
                files += 1
                shop_new += len(self.fake.add_orders(5))
                for ch, (_, fake) in self.shops.items():
                    added[ch] += len(fake.add_orders(2))
                mails += 1
                self.dovecot.append([po_mail(mails)])
                self.assertIsNone(p.poll(), 'orderd exited while PostgreSQL was down')
            self.assertEqual(len(self.archived('shop')), 1, 'archived a file without a database')
        finally:
            out = pg_ctl(pgdata, pgbin, 'start', '-w', '-t', '60', '-o', opts,
                         '-l', os.path.join(pgdata, 'server.log'))
            self.wait_for(server_up, 60, 'PostgreSQL to accept connections')
        outage = time.monotonic() - stopped
        self.assertEqual(out.returncode, 0, out.stdout + out.stderr)
        back = time.monotonic()
        want = dict({'shop': str(n_file * files), 'web': str(40 + shop_new), 'mail': str(mails)},
                    **{ch: str(SHOP_ORDERS + added[ch]) for ch in self.shops})
        self.wait_for(lambda: self.counts() == want and len(self.archived('shop')) == files,
                      120, 'the backlog caught up')
        caught_up = time.monotonic() - back
        self.assertIsNone(p.poll(), 'orderd exited after PostgreSQL came back')
        log = self.daemon_log(p)
        self.stop_clean(p)

        # Nothing doubled: one 'created' event per order, every file once.
        total = sum(int(v) for v in want.values())
        self.assertEqual(self.sql("SELECT count(*), count(DISTINCT (channel, external_id)),"
                                  " (SELECT count(*) FROM order_events WHERE kind = 'created')"
                                  " FROM orders"),
                         [[str(total)] * 3])
        self.assertEqual(self.sql("SELECT count(*) FROM dead_letters"), [['0']])
        self.assertEqual(self.pending('shop'), [])
        # Failed once, logged once, recovered; backed off meanwhile: at the
        # poll interval the outage would have made outage/POLL_S failures;
        # at the cap a wait is drawn between backoff_cap/2 and backoff_cap.
        fails = {}
        kinds = dict({'shop': 'feed', 'web': 'shopify', 'mail': 'imap'},
                     **{ch: kind for ch, (kind, _) in self.shops.items()})
        for ch, kind in kinds.items():
            self.assertIn('[%s:%s] poll failed' % (kind, ch), log)
            lines = [ln for ln in log.splitlines()
                     if ':%s] recovered after ' % ch in ln]
            self.assertEqual(len(lines), 1, log[-3000:])
            fails[ch] = int(lines[0].split('recovered after ')[1].split()[0])
            self.assertGreaterEqual(fails[ch], 3)
            self.assertLessEqual(fails[ch], outage / (BACKOFF_CAP_S / 2) + 8,
                                 'no backoff: %d failed polls in %.0f s' % (fails[ch], outage))
        print('\nfaults: PostgreSQL down %.1f s; failed polls %s (%.0f at the poll interval); '
              'backlog %d feed + %d Shopify + %d mail + %d in each other shop caught up %.1f s '
              'after restart'
              % (outage, ', '.join('%s %d' % (kinds[ch], n) for ch, n in fails.items()),
                 outage / POLL_S, n_file * (files - 1), shop_new, mails - 3,
                 max(added.values()), caught_up), file=sys.stderr)


if __name__ == '__main__':
    import unittest
    if len(sys.argv) == 3 and sys.argv[1] == '--minutes':
        os.environ['ORDERD_FAULT_DOWN_S'] = str(float(sys.argv[2]) * 60)
    elif len(sys.argv) != 1:
        sys.exit('usage: test_faults.py [--minutes N]')
    unittest.main(argv=[sys.argv[0], '-v'])
