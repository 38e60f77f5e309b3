"""Fault campaign (issue 16): PostgreSQL stopped while a feed channel and
a Shopify channel poll, then started again. orderd must not crash, must
back off (fewer failed polls than the outage would allow at the poll
interval), log the failure once and the recovery, and catch up the
backlog that grew during the outage with no order lost or doubled.

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

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'fakes'))
import shopify  # noqa: E402

TOKEN = 'shpat_faults_0123456789'
POLL_S = 0.3
BACKOFF_CAP_S = 2


def feed_file(first, n):
    return 'external_id,status,lines.sku,lines.qty,lines.unit_price\n' + ''.join(
        'F%06d,paid,A,%d,1.00\n' % (i, 1 + i % 3) for i in range(first, first + n))


class PostgresDown(DaemonCase):
    channels = {'shop': {'currency': 'CNY'}}

    def setUp(self):
        super().setUp()
        with open(self.config) as f:
            text = f.read()
        with open(self.config, 'w') as f:
            f.write(text.replace('backoff_cap: 1s', 'backoff_cap: %ds' % BACKOFF_CAP_S))
        self.fake = shopify.ShopifyFake(token=TOKEN, tz='+08:00', orders=40).start()
        self.addCleanup(self.fake.stop)
        os.environ['FAULTS_SHOP_TOKEN'] = TOKEN
        self.addCleanup(os.environ.pop, 'FAULTS_SHOP_TOKEN', None)
        self.add_channel('shop', {'currency': 'CNY'}, poll_interval='%dms' % (POLL_S * 1000))
        with open(os.path.join(self.etc, 'channels.d', 'web.yaml'), 'w') as f:
            f.write('name: web\nkind: shopify\npoll_interval: %dms\nshopify:\n'
                    '  shop_url: %s\n  access_token: {env: FAULTS_SHOP_TOKEN}\n'
                    '  lag: 1s\n  overlap: 2s\n  timeout: 2s\n' % (POLL_S * 1000, self.fake.url))

    def counts(self):
        try:
            return dict(self.sql("SELECT channel, count(*) FROM orders GROUP BY 1"))
        except AssertionError:  # the server is down or starting
            return None

    @alone  # stops the cluster every other test uses
    def test_postgres_down_while_a_feed_and_a_shop_poll(self):
        srv = pg_server()
        if srv is None:
            self.skipTest('PostgreSQL is not the private cluster of scripts/common.sh')
        pgdata, pgbin = srv
        down_s = float(os.environ.get('ORDERD_FAULT_DOWN_S', '20'))
        n_file = 200
        self.drop('shop', 'a-0001.csv', feed_file(0, n_file))
        p = self.start_daemon()
        want = {'shop': str(n_file), 'web': '40'}
        self.wait_for(lambda: self.counts() == want, 60, 'the first orders')

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
                self.assertIsNone(p.poll(), 'orderd exited while PostgreSQL was down')
            self.assertEqual(len(self.archived('shop')), 1, 'archived a file without a database')
        finally:
            out = pg_ctl(pgdata, pgbin, 'start', '-w', '-t', '60', '-o', opts,
                         '-l', os.path.join(pgdata, 'server.log'))
            self.wait_for(server_up, 60, 'PostgreSQL to accept connections')
        outage = time.monotonic() - stopped
        self.assertEqual(out.returncode, 0, out.stdout + out.stderr)
        back = time.monotonic()
        want = {'shop': str(n_file * files), 'web': str(40 + shop_new)}
        self.wait_for(lambda: self.counts() == want and len(self.archived('shop')) == files,
                      120, 'the backlog caught up')
        caught_up = time.monotonic() - back
        self.assertIsNone(p.poll(), 'orderd exited after PostgreSQL came back')
        log = self.daemon_log(p)
        self.stop_clean(p)

        # Nothing doubled: one 'created' event per order, every file once.
        self.assertEqual(self.sql("SELECT count(*), count(DISTINCT (channel, external_id)),"
                                  " (SELECT count(*) FROM order_events WHERE kind = 'created')"
                                  " FROM orders"),
                         [[str(n_file * files + 40 + shop_new)] * 3])
        self.assertEqual(self.sql("SELECT count(*) FROM dead_letters"), [['0']])
        self.assertEqual(self.pending('shop'), [])
        # Failed once, logged once, recovered; backed off meanwhile: at the
        # poll interval the outage would have made outage/POLL_S failures;
        # at the cap a wait is drawn between backoff_cap/2 and backoff_cap.
        fails = {}
        for ch in ('shop', 'web'):
            self.assertIn('[feed:shop] poll failed' if ch == 'shop' else '[shopify:web] poll failed',
                          log)
            lines = [ln for ln in log.splitlines()
                     if ':%s] recovered after ' % ch in ln]
            self.assertEqual(len(lines), 1, log[-3000:])
            fails[ch] = int(lines[0].split('recovered after ')[1].split()[0])
            self.assertGreaterEqual(fails[ch], 3)
            self.assertLessEqual(fails[ch], outage / (BACKOFF_CAP_S / 2) + 8,
                                 'no backoff: %d failed polls in %.0f s' % (fails[ch], outage))
        print('\nfaults: PostgreSQL down %.1f s; failed polls feed %d, shopify %d (%.0f at the '
              'poll interval); backlog %d feed + %d shop orders caught up %.1f s after restart'
              % (outage, fails['shop'], fails['web'], outage / POLL_S, n_file * (files - 1),
                 shop_new, caught_up), file=sys.stderr)


if __name__ == '__main__':
    import unittest
    if len(sys.argv) == 3 and sys.argv[1] == '--minutes':
        os.environ['ORDERD_FAULT_DOWN_S'] = str(float(sys.argv[2]) * 60)
    elif len(sys.argv) != 1:
        sys.exit('usage: test_faults.py [--minutes N]')
    unittest.main(argv=[sys.argv[0], '-v'])
