"""抖店 channel against the fake gateway of tests/fakes/douyin.py: signed
requests, day-capped windows walked after downtime, faults, throttling,
orders changing during the sync, SIGKILL, token errors, dead letters."""
import os
import random
import signal
import subprocess
import sys
import time

from test_shops import ShopCase

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'fakes'))
import douyin  # noqa: E402

STATUS = {1: 'pending_payment', 105: 'paid', 2: 'paid', 101: 'partially_shipped', 3: 'shipped',
          4: 'cancelled', 5: 'completed'}


def yuan(fen):
    return '%d.%02d' % (fen // 100, fen % 100)


class DouyinChannel(ShopCase):
    APP_KEY = '7300000000000000001'
    SECRET = 'test-douyin-secret'
    TOKEN = 'test-douyin-token'

    def start_fake(self, **kw):
        fake = douyin.DouyinFake(app_key=self.APP_KEY, app_secret=self.SECRET,
                                 access_token=self.TOKEN, **kw).start()
        self.addCleanup(fake.stop)
        return fake

    def channel(self, fake, name='dy', **extra):
        settings = {'gateway_url': fake.url,
                    'app_key': self.secret('DY_APP_KEY', self.APP_KEY),
                    'app_secret': self.secret('DY_APP_SECRET', self.SECRET),
                    'access_token': self.secret('DY_TOKEN', self.TOKEN),
                    'start_from': '31d', 'lag': '1s', 'overlap': '2s', 'timeout': '2s'}
        settings.update(extra)
        self.write_channel(name, 'douyin', settings)

    def expected(self, fake):
        exp = {}
        for o in fake.render_all():
            if o['order_id'] in fake.bad_orders:
                continue
            exp[o['order_id']] = (STATUS[o['order_status']], yuan(o['order_amount']),
                                  len(o['sku_order_list']))
        return exp

    def test_catch_up_faults_and_changes_exactly_once(self):
        fake = self.start_fake(orders=1200, span_days=30, bad_orders=2, seed=3,
                               faults={'500': 6, 'reset': 4, 'truncated': 4, 'html_503': 3,
                                       'timeout': 3}, fault_seed=9, timeout_sleep=3.0,
                               mutate_every=6, mutate_count=3, throttle_every=25,
                               throttle_burst=2)
        self.channel(fake, sign_method='hmac-sha256')
        p = self.start_daemon()
        try:
            self.wait_for(lambda: int(self.sql("SELECT count(*) FROM orders")[0][0]) >= 1198,
                          timeout=180, what='the catch-up sync')
            fake.quiesce()
            fake.throttle_every = 0
            fake.mutate(10)
            exp = self.expected(fake)
            self.wait_for(lambda: self.stored('dy') == exp, timeout=60,
                          what='the stored orders to match the shop')
        finally:
            self.stop(p)
        self.assert_clean_logs()
        self.assertGreater(fake.stats.throttled, 0)
        self.assertGreaterEqual(sum(fake.stats.faults.values()), 5)
        self.assertGreaterEqual(fake.stats.mutations, 20)
        dead = self.sql("SELECT external_id, reason FROM dead_letters ORDER BY 1")
        self.assertEqual([d[0] for d in dead], sorted(fake.bad_orders))
        # Every window at most one day wide, and together they cover the
        # 30 days without a gap.
        windows = sorted({(c['params']['update_time_start'], c['params']['update_time_end'])
                          for c in fake.calls if c.get('params')})
        self.assertTrue(all(int(e) - int(s) <= 86400 for s, e in windows))
        reach = int(windows[0][0])
        for s, e in windows:
            self.assertLessEqual(int(s), reach + 1, 'gap before window %s-%s' % (s, e))
            reach = max(reach, int(e))
        self.assertEqual(fake.noncanonical, 0)

    def test_md5_signing_and_sigkill(self):
        fake = self.start_fake(orders=800, span_days=10, seed=4, qps=8)
        self.channel(fake, sign_method='md5', start_from='11d', page_size=50)
        rnd = random.Random(3)
        for _ in range(5):
            p = self.start_daemon()
            time.sleep(rnd.uniform(0.3, 2.0))
            p.send_signal(signal.SIGKILL)
            p.wait()
        self.run_until(lambda: len(self.stored('dy')) == 800, 120, 'all 800 orders')
        self.assertEqual(self.stored('dy'), self.expected(fake))

    def test_expired_token_is_auth_error(self):
        fake = self.start_fake(orders=20, span_days=1, token_expired=True)
        self.channel(fake, start_from='2d')
        out = self.once(check=False)
        self.assertEqual(out.returncode, 1)
        self.assertNotIn(self.TOKEN, out.stderr)
        self.assertNotIn(self.SECRET, out.stderr)
        (state, err), = self.sql("SELECT state, last_error FROM channels")
        self.assertEqual(state, 'auth_error')
        self.assertIn('access-token-expired', err)

    def test_a_gateway_that_ignores_the_start_time_ends_the_poll(self):
        # Every page starts from the oldest order again: the keyset cannot
        # move on, and --once must end with an error, not ask for ever.
        fake = self.start_fake(orders=300, span_days=1, seed=5)
        fake.ignore_update_start = True
        self.channel(fake, start_from='2d', page_size=50)
        try:
            out = self.once(check=False)
        except subprocess.TimeoutExpired:
            self.fail('orderd --once kept asking for the same page for 120 s (%d requests)'
                      % len(fake.calls))
        self.assertEqual(out.returncode, 1, out.stderr)
        (state, err), = self.sql("SELECT state, last_error FROM channels")
        self.assertEqual(state, 'error')
        self.assertIn('a full page that does not move past update_time_start', err)
        self.assertLessEqual(len(fake.calls), 3)


class DouyinBursts(DouyinChannel):
    def test_seconds_fuller_than_a_page_are_walked_back_under_changes(self):
        # Tiny pages: many seconds hold more orders than a page, and orders
        # change while those seconds are read.
        fake = self.start_fake(orders=400, span_days=1, seed=8, mutate_every=3, mutate_count=2)
        self.channel(fake, start_from='2d', page_size=2)
        p = self.start_daemon()
        try:
            self.wait_for(lambda: len(self.stored('dy')) >= 400, timeout=120,
                          what='all 400 orders')
            fake.quiesce()
            exp = self.expected(fake)
            self.wait_for(lambda: self.stored('dy') == exp, timeout=60,
                          what='the stored orders to match the shop')
        finally:
            self.stop(p)
        self.assert_clean_logs()
        one_second = [c for c in fake.calls if c.get('params') and
                      c['params']['update_time_start'] == c['params']['update_time_end']]
        self.assertTrue(one_second, 'no one-second walk happened')

    test_catch_up_faults_and_changes_exactly_once = None
    test_md5_signing_and_sigkill = None
    test_expired_token_is_auth_error = None
