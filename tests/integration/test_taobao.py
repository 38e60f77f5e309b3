"""Taobao/Tmall channel against the fake TOP gateway of tests/fakes/taobao.py:
signed requests, one-day windows walked after downtime and paged from the
last page back, faults, code-7 bans, trades changing during the sync,
SIGKILL, a revoked session, dead letters."""
import collections
import os
import random
import signal
import sys
import time
from decimal import Decimal

from harness import alone
from test_shops import FAULT_MIX, ShopCase

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'fakes'))
import taobao  # noqa: E402

STATUS = {'WAIT_BUYER_PAY': 'pending_payment', 'TRADE_NO_CREATE_PAY': 'pending_payment',
          'PAY_PENDING': 'pending_payment', 'WAIT_SELLER_SEND_GOODS': 'paid',
          'PAID_FORBID_CONSIGN': 'paid', 'SELLER_CONSIGNED_PART': 'partially_shipped',
          'WAIT_BUYER_CONFIRM_GOODS': 'shipped', 'TRADE_BUYER_SIGNED': 'shipped',
          'TRADE_FINISHED': 'completed', 'TRADE_CLOSED': 'cancelled',
          'TRADE_CLOSED_BY_TAOBAO': 'cancelled'}


def status_of(t):
    s = STATUS[t['status']]
    if s == 'cancelled' and all(o.get('refund_status') == 'SUCCESS' for o in t['orders']['order']):
        return 'refunded'
    return s


class TaobaoChannel(ShopCase):
    APP_KEY = '23456789'
    SECRET = 'tb-test-app-secret-0123'
    SESSION = '6100a1b2c3d4e5f60718293a4b5c6d7e8f9session'

    def start_fake(self, **kw):
        fake = taobao.TaobaoFake(app_key=self.APP_KEY, app_secret=self.SECRET,
                                 session=self.SESSION, **kw).start()
        self.addCleanup(fake.stop)
        return fake

    def channel(self, fake, name='tb', **extra):
        settings = {'gateway_url': fake.url + '/router/rest',
                    'app_key': self.secret('TB_APP_KEY', self.APP_KEY),
                    'app_secret': self.secret('TB_APP_SECRET', self.SECRET),
                    'session': self.secret('TB_SESSION', self.SESSION),
                    'start_from': '11d', 'lag': '1s', 'overlap': '2s', 'timeout': '2s'}
        settings.update(extra)
        self.write_channel(name, 'taobao', settings)

    def expected(self, fake):
        exp = {}
        for t in fake.render_all():
            if t['tid'] in fake.bad_orders:
                continue
            exp[t['tid_str']] = (status_of(t), t['payment'], len(t['orders']['order']))
        return exp

    def calls(self, fake):
        """(start_modified, end_modified, page_no) of every request that
        reached the trades method, in order."""
        out = []
        for rec in list(fake.stats.log):
            p = dict(rec['params'])
            if p.get('method') == taobao.METHOD and 'start_modified' in p:
                out.append((taobao.parse8(p['start_modified']), taobao.parse8(p['end_modified']),
                            int(p.get('page_no') or 1), rec))
        return out

    def assert_secrets_hidden(self, text):
        for s in (self.SECRET, self.SESSION, self.APP_KEY):
            self.assertNotIn(s, text)

    @alone  # counts the bans its request pace earns: a busy neighbour changes the pace
    def test_faults_bans_and_changes_exactly_once(self):
        fake = self.start_fake(orders=1200, span_days=10, bad_orders=2, seed=5,
                               faults=FAULT_MIX, fault_seed=7, timeout_sleep=3.0,
                               slow_rate=400000, mutate_every=5, mutate_count=3,
                               burst_limit=6, burst_window=1.0, ban_seconds=1)
        self.channel(fake, page_size=40, sign_method='hmac-sha256')
        p = self.start_daemon()
        try:
            self.wait_for(lambda: int(self.sql("SELECT count(*) FROM orders")[0][0]) >= 400,
                          timeout=60, what='a third of the trades')
            fake.ban(3)
            fake.force_error('isp', 2)
            self.wait_for(lambda: int(self.sql("SELECT count(*) FROM orders")[0][0]) >= 1198,
                          timeout=150, what='the catch-up sync')
            # Stop the changes, let the second end, change a few more.
            fake.quiesce()
            fake.burst_limit = None
            time.sleep(1.1)
            fake.mutate(15)
            exp = self.expected(fake)
            self.wait_for(lambda: self.stored('tb') == exp, timeout=45,
                          what='the stored trades to match the shop')
        finally:
            self.stop(p)
        self.assert_clean_logs()
        self.assert_secrets_hidden(self.daemon_log(p))
        self.assertGreaterEqual(fake.stats.mutations, 30)
        self.assertGreaterEqual(sum(fake.stats.faults.values()), 10)
        # Bans happened, and orderd sent nothing while one lasted: at most
        # one banned call per ban (the one that learns of it).
        self.assertGreaterEqual(len(fake.throttle.bans), 3)
        self.assertGreaterEqual(fake.stats.throttled, 3)
        self.assertLessEqual(fake.stats.throttled, len(fake.throttle.bans))
        self.assertIn('code 7', self.daemon_log(p))
        # isp.* errors (HTTP 200) were retried in the poll.
        self.assertRegex(self.daemon_log(p), r'retrying in \d+ ms: TOP code 15 .*isp\.trade-service')
        # Exactly once, amounts to the fen.
        self.assertEqual(self.sql("SELECT count(*), count(DISTINCT external_id) FROM orders"),
                         [['1198', '1198']])
        (db_total,), = self.sql("SELECT sum(total)::text FROM orders")
        self.assertEqual(Decimal(db_total), sum(Decimal(v[1]) for v in exp.values()))
        (db_lines,), = self.sql("SELECT sum(l.total)::text FROM order_lines l")
        want_lines = sum(Decimal(o['payment']) for t in fake.render_all()
                         if t['tid'] not in fake.bad_orders for o in t['orders']['order'])
        self.assertEqual(Decimal(db_lines), want_lines)
        dead = self.sql("SELECT external_id, reason FROM dead_letters ORDER BY 1")
        self.assertEqual([d[0] for d in dead], sorted(str(t) for t in fake.bad_orders))
        for _, reason in dead:
            self.assertRegex(reason, r'orders\.order\[\d+\]: no (sku|price)')

    def test_multi_day_catch_up_has_no_gap_and_pages_backwards(self):
        fake = self.start_fake(orders=400, span_days=4, seed=8)
        self.channel(fake, start_from='5d', page_size=20, max_window='1d')
        t0 = time.time()
        self.once()
        self.assertEqual(self.stored('tb'), self.expected(fake))
        calls = self.calls(fake)
        windows = sorted({(s, e) for s, e, _, _ in calls})
        # At most one day each, from start_from up to now - lag, no gap.
        self.assertGreaterEqual(len(windows), 5)
        self.assertTrue(all(0 < e - s <= 86400 for s, e in windows), windows)
        self.assertLessEqual(abs(windows[0][0] - (t0 - 5 * 86400)), 5)
        for (s1, e1), (s2, e2) in zip(windows, windows[1:]):
            self.assertLessEqual(s2, e1, 'gap between windows %s and %s' % ((s1, e1), (s2, e2)))
        self.assertGreaterEqual(windows[-1][1], t0 - 3)
        # Within each window: page 1 to learn the count, then from the last
        # page back to page 1.
        pages = collections.defaultdict(list)
        for s, e, n, _ in calls:
            pages[(s, e)].append(n)
        walked = 0
        for w, seq in pages.items():
            if len(seq) > 1:
                last = seq[1]
                self.assertEqual(seq, [1] + list(range(last, 0, -1)), w)
                walked += 1
        self.assertGreaterEqual(walked, 3)
        # Every request was signed with GMT+8 times and the default md5.
        for _, _, _, rec in calls:
            p = dict(rec['params'])
            self.assertEqual(p['sign_method'], 'md5')
            self.assertLessEqual(abs(taobao.parse8(p['timestamp']) - time.time()), 120)
        # A second run finds nothing new.
        self.once()
        self.assertEqual(self.sql("SELECT count(*) FROM order_events"),
                         [[str(len(self.expected(fake)))]])

    def test_sigkill_mid_sync_loses_nothing(self):
        fake = self.start_fake(orders=1500, span_days=10, seed=9, faults={'slow': 100},
                               slow_rate=300000)
        self.channel(fake, page_size=25, sign_method='hmac')
        rnd = random.Random(17)
        for _ in range(6):
            p = self.start_daemon()
            time.sleep(rnd.uniform(0.3, 1.5))
            p.send_signal(signal.SIGKILL)
            p.wait()
        self.run_until(lambda: len(self.stored('tb')) == 1500, 90, 'all 1500 trades')
        self.assertEqual(self.stored('tb'), self.expected(fake))
        self.assertEqual(self.sql("SELECT count(*), count(DISTINCT external_id) FROM orders"),
                         [['1500', '1500']])
        # 12 windows: a probe each plus 60 pages; a restart from the
        # beginning would request them again.
        pages = len(self.calls(fake))
        self.assertLess(pages, 12 + 60 + 12 + 6 * 3 + 10)

    def test_revoked_session_is_auth_error_and_others_go_on(self):
        fake = self.start_fake(orders=30, span_days=1, session_expired=True)
        self.channel(fake, start_from='2d')
        os.makedirs(self.drop_dir('local'))
        self.add_channel('local', {'currency': 'CNY'})
        self.drop('local', 'a.csv', 'external_id,lines.sku,lines.qty,lines.unit_price\nL1,X,1,1.00\n')
        out = self.once(check=False)
        self.assertEqual(out.returncode, 1)
        self.assert_secrets_hidden(out.stderr)
        states = {r[0]: (r[1], r[2]) for r in
                  self.sql("SELECT name, state, last_error FROM channels")}
        self.assertEqual(states['tb'][0], 'auth_error')
        self.assertIn('Invalid session', states['tb'][1])
        self.assertIn('SessionKey过期', states['tb'][1])
        self.assertEqual(states['local'][0], 'ok')
        self.assertEqual(list(self.stored('local')), ['L1'])
        out = self.orderctl('channels', check=False)
        self.assertEqual(out.returncode, 1)  # a channel in error: scriptable health
        self.assertIn('auth_error', out.stdout)
        self.assertEqual(self.stored('tb'), {})

    def test_bad_trade_is_a_dead_letter_and_the_page_goes_on(self):
        fake = self.start_fake(orders=60, span_days=1, bad_orders=3, seed=2, mask_pii=True)
        self.channel(fake, start_from='2d')
        self.once()
        self.assertEqual(self.stored('tb'), self.expected(fake))
        self.assertEqual(len(self.stored('tb')), 57)
        dead = self.sql("SELECT external_id, source_ref, reason FROM dead_letters ORDER BY 1")
        self.assertEqual([d[0] for d in dead], sorted(str(t) for t in fake.bad_orders))
        for tid, ref, reason in dead:
            self.assertEqual(ref, 'trades.sold.increment:tid=' + tid)
            want = 'no sku' if 'sku' in fake.bad_orders[int(tid)] else 'no price'
            self.assertIn(want, reason)
        # Masked receiver fields are stored as TOP sent them.
        t = next(t for t in fake.render_all() if t['tid'] not in fake.bad_orders)
        (name, phone, addr), = self.sql(
            "SELECT ship_name, ship_phone, ship_address FROM orders WHERE external_id = :'p1'",
            t['tid_str'])
        self.assertEqual(name, t['receiver_name'])
        self.assertEqual(phone, t['receiver_mobile'])
        self.assertTrue(addr.endswith(t['receiver_address']))
        # A second run re-reads the overlap: nothing new, dead letters not doubled.
        self.once()
        self.assertEqual(len(self.sql("SELECT id FROM dead_letters")), 3)
