"""京东 channel against the fake router of tests/fakes/jd.py: signed form
POSTs, day-capped windows walked after downtime, faults and code-73
throttle bans, orders changing during paging (keyset and the backward
walk), SIGKILL, token errors, dead letters."""
import json
import os
import random
import signal
import sys
import time

from test_shops import ShopCase

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'fakes'))
import jd  # noqa: E402

STATUS = {'WAIT_SELLER_STOCK_OUT': 'paid', 'WAIT_SELLER_DELIVERY': 'paid',
          'WAIT_GOODS_RECEIVE_CONFIRM': 'shipped', 'FINISHED_L': 'completed',
          'TRADE_CANCELED': 'cancelled', 'LOCKED': 'cancelled', 'POP_ORDER_PAUSE': 'cancelled',
          'PAUSE': 'cancelled'}
FAULTS = {'500': 6, 'reset': 4, 'truncated': 4, 'html_503': 3, 'timeout': 3}  # 20 %


class JdChannel(ShopCase):
    APP_KEY = 'JDTESTAPPKEY0001'
    SECRET = 'test-jd-secret-0123'
    TOKEN = 'test-jd-token-456789'

    def start_fake(self, **kw):
        fake = jd.JdFake(app_key=self.APP_KEY, app_secret=self.SECRET, access_token=self.TOKEN,
                         **kw).start()
        self.addCleanup(fake.stop)
        return fake

    def channel(self, fake, name='jd', **extra):
        settings = {'gateway_url': fake.url + '/routerjson',
                    'app_key': self.secret('JD_APP_KEY', self.APP_KEY),
                    'app_secret': self.secret('JD_APP_SECRET', self.SECRET),
                    'access_token': self.secret('JD_TOKEN', self.TOKEN),
                    'start_from': '11d', 'lag': '1s', 'overlap': '2s', 'timeout': '2s'}
        settings.update(extra)
        self.write_channel(name, 'jd', settings)

    def expected(self, fake):
        """orderId -> (status, orderState, orderPayment, item count) of the shop now."""
        return {o['orderId']: (STATUS[o['orderState']], o['orderState'], o['orderPayment'],
                               len(o['itemInfoList']))
                for o in fake.render_all() if int(o['orderId']) not in fake.bad_orders}

    def stored(self, channel):
        rows = self.sql("SELECT o.external_id, o.status, o.channel_status, o.total::text,"
                        " (SELECT count(*) FROM order_lines l WHERE l.order_id = o.id)"
                        " FROM orders o WHERE channel = :'p1'", channel)
        return {r[0]: (r[1], r[2], r[3], int(r[4])) for r in rows}

    def count(self):
        return int(self.sql("SELECT count(*) FROM orders")[0][0])

    @staticmethod
    def queries(fake):
        """The 360buy_param_json of every request the fake logged."""
        out = []
        for rec in fake.stats.snapshot(log=True)['log']:
            p = dict(rec['params'])
            if '360buy_param_json' in p:
                out.append(json.loads(p['360buy_param_json']))
        return out

    def assert_windows_cover(self, fake, since):
        """Every query at most one day wide, modified-time ascending, and
        the windows together reach from before `since` to the end without
        a gap (bounds are inclusive whole seconds)."""
        windows = {}
        for q in self.queries(fake):
            self.assertEqual((q['dateType'], q['sortType']), ('0', '0'))
            s, e = jd.parse8(q['start_date']), jd.parse8(q['end_date'])
            self.assertLessEqual(e - s, 86400)
            windows[e] = min(s, windows.get(e, s))
        ends = sorted(windows)
        self.assertLessEqual(windows[ends[0]], since)
        reach = windows[ends[0]]
        for e in ends:
            self.assertLessEqual(windows[e], reach + 1, 'gap before window ending %s' % jd.fmt8(e))
            reach = max(reach, e)
        return len(ends)

    def test_catch_up_faults_throttle_and_changes_exactly_once(self):
        fake = self.start_fake(orders=1200, span_days=8, bad_orders=2, seed=3, faults=FAULTS,
                               fault_seed=9, timeout_sleep=3.0, mutate_every=5, mutate_count=3,
                               burst_limit=5, burst_window=1.0, ban_seconds=0.8)
        oldest = min(jd.parse8(o['modified']) for o in fake.render_all())
        self.channel(fake, start_from='9d', page_size=25)
        t0 = time.time()
        p = self.start_daemon()
        try:
            self.wait_for(lambda: self.count() >= 1198, timeout=60, what='the catch-up sync')
            fake.quiesce()
            fake.burst_limit = None
            fake.clear_faults()
            fake.mutate(10)
            fake.add_orders(3)
            exp = self.expected(fake)
            self.wait_for(lambda: self.stored('jd') == exp, timeout=20,
                          what='the stored orders to match the shop')
        finally:
            self.stop(p)
        elapsed = time.time() - t0
        self.assert_clean_logs()
        self.assertGreater(fake.stats.throttled, 0)
        self.assertGreaterEqual(sum(fake.stats.faults.values()), 5)
        self.assertGreaterEqual(fake.stats.mutations, 20)
        self.assertEqual(self.sql("SELECT count(*), count(DISTINCT external_id) FROM orders"),
                         [[str(len(exp))] * 2])
        dead = self.sql("SELECT external_id, reason FROM dead_letters ORDER BY 1")
        self.assertEqual([d[0] for d in dead], sorted(str(i) for i in fake.bad_orders))
        why = {'item without skuId': 'no outerSkuId or skuId', 'item without jdPrice': 'no jdPrice'}
        for ext, reason in dead:
            self.assertIn(why[fake.bad_orders[int(ext)]], reason)
        # Nine days caught up in day-wide windows, without a gap.
        self.assertGreaterEqual(self.assert_windows_cover(fake, oldest), 9)
        log = self.daemon_log(p)
        self.assertIn('code 73', log)
        for secret in (self.SECRET, self.TOKEN, self.APP_KEY):
            self.assertNotIn(secret, log)
        print('\n  [jd catch-up: %d requests, %d throttled, %d faulted, %d mutated, %.1f s]'
              % (fake.stats.requests, fake.stats.throttled, sum(fake.stats.faults.values()),
                 fake.stats.mutations, elapsed), end=' ')

    def test_flash_sale_second_is_walked_back_under_changes(self):
        # A flash sale: 150 orders modified in one second. A full page of
        # that second stops keyset paging, so the rest of the window is
        # walked from its last page back while orders keep changing
        # under it (a forward walk would skip orders here).
        fake = self.start_fake(orders=300, span_days=2, seed=11, end_time=int(time.time()) - 3600)
        sale = int(time.time()) - 3600 - 6 * 3600
        with fake.lock:
            for o in [o for o in fake.orders if o['modified'] <= sale][-150:]:
                o['modified'] = sale
        self.channel(fake, start_from='3d', page_size=4)
        fake.mutate_every, fake.mutate_count = 2, 2
        p = self.start_daemon()
        try:
            self.wait_for(lambda: self.count() >= 300, timeout=40, what='the first sync')
            fake.quiesce()
            fake.mutate(5)
            exp = self.expected(fake)
            self.wait_for(lambda: self.stored('jd') == exp, timeout=20,
                          what='the stored orders to match the shop')
        finally:
            self.stop(p)
        self.assert_clean_logs()
        self.assertGreaterEqual(fake.stats.mutations, 50)
        self.assertIn('from the last page back', self.daemon_log(p))
        self.assertGreater(max(int(q['page']) for q in self.queries(fake)), 30)

    def test_two_changes_in_one_second_are_both_seen(self):
        # JD's modified time has whole seconds: an order changed twice
        # within one second comes back with the same modified time and
        # other content. The overlap reads that second again, and the
        # second change must win (it was skipped as "not newer").
        fake = self.start_fake(orders=20, span_days=1, seed=5, end_time=int(time.time()) - 600)
        self.channel(fake, start_from='2d', overlap='60s')
        frozen = int(time.time()) - 5
        fake.clock = lambda: frozen
        p = self.start_daemon()
        try:
            self.wait_for(lambda: self.count() >= 20, timeout=30, what='the first sync')
            o = next(o for o in fake.orders
                     if o['state'] == 'WAIT_SELLER_STOCK_OUT' and o['id'] not in fake.bad_orders)
            for state in ('LOCKED', 'WAIT_SELLER_STOCK_OUT', 'TRADE_CANCELED'):
                with fake.lock:
                    o['state'], o['modified'] = state, frozen
                exp = self.expected(fake)
                self.assertEqual(exp[str(o['id'])][1], state)
                self.wait_for(lambda: self.stored('jd') == exp, timeout=20,
                              what='the change to %s within the same second' % state)
        finally:
            self.stop(p)
        self.assert_clean_logs()

    def test_sigkill_loses_nothing_and_doubles_nothing(self):
        fake = self.start_fake(orders=1000, span_days=5, seed=4)
        self.channel(fake, start_from='6d', page_size=20)
        rnd = random.Random(3)
        for _ in range(5):
            p = self.start_daemon()
            time.sleep(rnd.uniform(0.3, 1.5))
            p.send_signal(signal.SIGKILL)
            p.wait()
        self.run_until(lambda: len(self.stored('jd')) == 1000, 40, 'all 1000 orders')
        self.assertEqual(self.stored('jd'), self.expected(fake))
        self.assertEqual(self.sql("SELECT count(*), count(DISTINCT external_id) FROM orders"),
                         [['1000', '1000']])
        # About 60 keyset requests; a restart from the beginning would
        # re-request them.
        self.assertLess(fake.stats.requests, 110)
        print('\n  [jd sigkill: %d requests]' % fake.stats.requests, end=' ')

    def test_expired_token_is_auth_error_and_others_go_on(self):
        fake = self.start_fake(orders=20, span_days=1, token_expired=True)
        self.channel(fake, start_from='2d')
        os.makedirs(self.drop_dir('local'))
        self.add_channel('local', {'currency': 'CNY'})
        self.drop('local', 'a.csv', 'external_id,lines.sku,lines.qty,lines.unit_price\nL1,X,1,1.00\n')
        out = self.once(check=False)
        self.assertEqual(out.returncode, 1)
        for secret in (self.SECRET, self.TOKEN, self.APP_KEY):
            self.assertNotIn(secret, out.stderr)
        states = {r[0]: (r[1], r[2]) for r in self.sql("SELECT name, state, last_error FROM channels")}
        self.assertEqual(states['jd'][0], 'auth_error')
        self.assertIn('code 19', states['jd'][1])
        self.assertIn('token已过期', states['jd'][1])
        self.assertIn('Invalid access_token', states['jd'][1])
        self.assertEqual(states['local'][0], 'ok')
        out = self.orderctl('channels', check=False)
        self.assertEqual(out.returncode, 1)  # a channel in error: scriptable health
        self.assertIn('auth_error', out.stdout)
        self.assertEqual(fake.stats.requests, 1)

    def test_bad_request_is_config_error_and_dead_letters_retry(self):
        # A 1-day max_window on a fake capped at 1 hour: JD's code 3
        # names the parameter and the channel stops with it.
        fake = self.start_fake(orders=30, span_days=1, bad_orders=1, max_window=3600)
        self.channel(fake, start_from='2d')
        out = self.once(check=False)
        self.assertEqual(out.returncode, 1)
        (state, err), = self.sql("SELECT state, last_error FROM channels")
        self.assertEqual(state, 'config_error')
        self.assertIn('code 3', err)
        self.assertIn('wider than 3600 seconds', err)
        self.assertEqual(fake.stats.requests, 1)
        # Within the cap the same fake syncs; the bad order is a dead
        # letter, and retrying it from its JSON fails for the same reason.
        self.channel(fake, start_from='2d', max_window='1h', overlap='1m')
        self.once()
        self.assertEqual(len(self.stored('jd')), 29)
        (dead_id, ext, reason), = self.sql("SELECT id, external_id, reason FROM dead_letters")
        self.assertEqual(int(ext), list(fake.bad_orders)[0])
        self.assertRegex(reason, r'itemInfoList\[\d+\]: no (outerSkuId or skuId|jdPrice)')
        out = self.orderctl('deadletters', 'retry', dead_id, check=False)
        self.assertEqual(out.returncode, 1)
        self.assertRegex(out.stderr, r'itemInfoList\[\d+\]: no (outerSkuId or skuId|jdPrice)')
        self.assertEqual(self.sql("SELECT state, retry_count FROM dead_letters"), [['open', '1']])
