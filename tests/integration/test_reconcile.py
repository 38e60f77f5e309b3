"""Reconciliation against the platforms' counts (issue 15): the Taobao, JD,
Pinduoduo, 抖店, Shopify and WooCommerce fakes write an order's modification
time late (add_late / mutate_late), before the window the incremental sync
already passed, so the sync never sees it;
`orderctl reconcile` counts each window on the platform (one request of
page_size 1, or Shopify's orders/count.json) and in the database, fetches
the differing windows again, prints what it added, and a second run finds
nothing."""
import datetime
import json
import os
import sys

import test_douyin
import test_jd
import test_pinduoduo
import test_taobao
import test_shops
from test_shops import ShopCase

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'fakes'))
import douyin  # noqa: E402
import pinduoduo  # noqa: E402
import taobao  # noqa: E402

HOUR = 3600


def utc_text(epoch):
    """An RFC 3339 time with its offset, as orderctl reads it."""
    return datetime.datetime.fromtimestamp(epoch, datetime.timezone.utc).strftime('%Y-%m-%dT%H:%M:%S+00:00')


class ReconcileCase(ShopCase):
    def reconcile(self, channel, since, *extra, code=0):
        out = self.orderctl('reconcile', channel, '--since', utc_text(since), '--format', 'json',
                            *extra, check=False)
        self.assertEqual(out.returncode, code, out.stdout + out.stderr)
        return json.loads(out.stdout) if out.stdout.strip() else None

    def stored_ids(self, channel):
        return {r[0] for r in self.sql("SELECT external_id FROM orders WHERE channel = :'p1'", channel)}

    def assert_exactly_once(self):
        self.assertEqual(self.sql("SELECT count(*) = count(DISTINCT (channel, external_id)) FROM orders"),
                         [['t']])

    @staticmethod
    def added(report):
        return {i for w in report['windows'] for i in w['added']}

    def assert_matches(self, report):
        for w in report['windows']:
            self.assertEqual(w['platform'], w['stored_after'], w)
        self.assertEqual(report['still_differ'], 0)


class TaobaoReconcile(ReconcileCase):
    # the Taobao channel tests' fake and channel file (not their tests)
    SECRET = test_taobao.TaobaoChannel.SECRET
    APP_KEY, SESSION = test_taobao.TaobaoChannel.APP_KEY, test_taobao.TaobaoChannel.SESSION
    start_fake = test_taobao.TaobaoChannel.start_fake

    def channel(self, fake, secret=None, reconcile=None):
        extra = {'start_from': '3d', 'max_window': '6h'}
        if secret:
            extra['app_secret'] = self.secret('TB_APP_SECRET_OTHER', secret)
        test_taobao.TaobaoChannel.channel(self, fake, **extra)
        if reconcile is not None:  # a channel key, beside the taobao: section
            path = os.path.join(self.etc, 'channels.d', 'tb.yaml')
            with open(path) as f:
                text = f.read()
            with open(path, 'w') as f:
                f.write(text.replace('taobao:\n', 'reconcile: %s\ntaobao:\n' % reconcile, 1))

    def channel_row(self):
        return self.sql("SELECT reconciled_at IS NOT NULL, coalesce(reconcile_ok::text, '-'),"
                        " coalesce(reconcile_result, '-') FROM channels WHERE name = 'tb'")[0]

    def expected(self, fake):
        return {t['tid_str']: t['modified'] for t in fake.render_all() if t['tid'] not in fake.bad_orders}

    def count_calls(self, fake):
        """The trade calls at page_size 1 (the counts), with their params."""
        out = []
        for rec in list(fake.stats.log):
            p = dict(rec['params'])
            if p.get('method') == taobao.METHOD and p.get('page_size') == '1':
                out.append(p)
        return out

    def test_late_write_missed_by_sync_found_by_reconcile(self):
        fake = self.start_fake(orders=300, span_days=2, seed=11)
        self.channel(fake)
        self.once()
        before = self.stored_ids('tb')
        self.assertEqual(before, set(self.expected(fake)))
        start = int(fake.clock()) - 3 * 24 * HOUR

        # Written late: two new trades 5 h back, one old trade changed with
        # modified 9 h back (it moves from its day-old window to a recent one).
        hidden = [str(t) for t in fake.add_late(2, 5 * HOUR)]
        old = min((t for t in fake.trades), key=lambda t: t['modified'])
        self.assertLess(old['modified'], int(fake.clock()) - 24 * HOUR)
        fake.mutate_late([old['tid']], 9 * HOUR)
        self.once()
        self.assertEqual(self.stored_ids('tb'), before, 'the incremental sync saw a late write')
        (was,), = self.sql("SELECT source_updated_at FROM orders WHERE external_id = :'p1'", str(old['tid']))

        n_calls = len(fake.stats.log)
        report = self.reconcile('tb', start)
        self.assertEqual(self.added(report), set(hidden) | {str(old['tid'])})
        self.assert_matches(report)
        refetched = [w for w in report['windows'] if w['refetched']]
        # the two windows the late writes went to, and the one the old trade left
        self.assertEqual(len(refetched), 3, refetched)
        for w in refetched:
            self.assertNotEqual(w['platform'], w['stored_before'])
        self.assertEqual(self.stored_ids('tb'), set(self.expected(fake)))
        (now,), = self.sql("SELECT source_updated_at FROM orders WHERE external_id = :'p1'", str(old['tid']))
        self.assertNotEqual(now, was)
        self.assert_exactly_once()

        # The counts: one signed request of page_size 1 per window, windows
        # of max_window (6 h) covering the period.
        counts = self.count_calls(fake)[-len(report['windows']):]
        self.assertIn(len(report['windows']), (12, 13))  # 3 days and the seconds the test took
        ws = report['windows']
        for a, b in zip(ws, ws[1:]):
            self.assertEqual(a['to'], b['from'])
        self.assertEqual(len(self.count_calls(fake)), len(ws))
        for p in counts:
            self.assertEqual(p['page_no'], '1')
            self.assertTrue(p.get('sign'))
            self.assertLessEqual(taobao.parse8(p['end_modified']) - taobao.parse8(p['start_modified']), 6 * HOUR)
        self.assertGreater(len(fake.stats.log), n_calls)

        # Table output names the added ids; a second run finds nothing.
        again = self.reconcile('tb', start)
        self.assertFalse([w for w in again['windows'] if w['refetched']])
        self.assertEqual(self.added(again), set())
        out = self.orderctl('reconcile', 'tb', '--since', utc_text(start))
        self.assertIn('0 differed, 0 orders added, 0 still differ', out.stdout)

    def test_table_lists_added_and_refused_signature_fails(self):
        fake = self.start_fake(orders=80, span_days=1, seed=2)
        self.channel(fake)
        self.once()
        hidden = [str(t) for t in fake.add_late(1, 3 * HOUR)]
        start = int(fake.clock()) - 2 * 24 * HOUR
        out = self.orderctl('reconcile', 'tb', '--since', utc_text(start))
        self.assertIn(hidden[0], out.stdout)
        self.assertIn('1 differed, 1 order added, 0 still differ', out.stdout)
        # The count request is signed: a wrong secret is refused by the fake.
        self.channel(fake, secret='not-the-secret')
        bad = self.orderctl('reconcile', 'tb', '--since', utc_text(start), check=False)
        self.assertEqual(bad.returncode, 1, bad.stdout + bad.stderr)
        self.assertIn('code 25', bad.stderr)
        self.assertNotIn(self.SECRET, bad.stderr)

    def test_daily_run_finds_a_late_write(self):
        fake = self.start_fake(orders=120, span_days=1, seed=4)
        self.channel(fake, reconcile='{every: 3s, window: 12h}')
        p = self.start_daemon()
        try:
            self.wait_for(lambda: self.stored_ids('tb') == set(self.expected(fake)), timeout=60,
                          what='the first sync')
            # the first run is due `every` after the first poll
            self.wait_for(lambda: self.channel_row()[0], timeout=10, what='the first run scheduled')
            hidden = [str(t) for t in fake.add_late(1, 3 * HOUR)]
            self.wait_for(lambda: set(hidden) <= self.stored_ids('tb'), timeout=30,
                          what='the daily run to add the late write')
            self.wait_for(lambda: self.channel_row()[1] == 'true', timeout=10, what='the run recorded')
        finally:
            self.stop(p)
        self.assert_clean_logs()
        log = self.daemon_log(p)
        # the reconciliation added it, not the incremental sync
        self.assertRegex(log, r'reconcile: \d+ windows?, 1 differed, 1 order added, 0 still differ')
        self.assertEqual(self.stored_ids('tb'), set(self.expected(fake)))
        self.assert_exactly_once()
        out = self.orderctl('channels').stdout
        self.assertRegex(out, r'reconcile tb: \S+ \d+ windows?, \d differed')
        (row,) = json.loads(self.orderctl('channels', '--format', 'json').stdout)
        self.assertIs(row['reconcile_ok'], True)
        self.assertIn('still differ', row['reconcile_result'])

    def test_daily_run_off(self):
        fake = self.start_fake(orders=60, span_days=1, seed=9)
        self.channel(fake, reconcile='false')
        p = self.start_daemon()
        try:
            self.wait_for(lambda: self.stored_ids('tb') == set(self.expected(fake)), timeout=60,
                          what='the first sync')
            hidden = [str(t) for t in fake.add_late(1, 3 * HOUR)]
            fake.add_orders(1)
            self.wait_for(lambda: len(self.stored_ids('tb')) == len(self.expected(fake)) - 1, timeout=30,
                          what='the new order')
        finally:
            self.stop(p)
        self.assertNotIn(hidden[0], self.stored_ids('tb'))
        self.assertEqual(self.channel_row(), ['f', '-', '-'])
        self.assertEqual(self.count_calls(fake), [])
        self.assertNotIn('reconcile', self.daemon_log(p))

    def test_usage(self):
        fake = self.start_fake(orders=5, span_days=1)
        self.channel(fake)
        for args in (['reconcile', 'tb'], ['reconcile', 'tb', '--since', 'yesterday'],
                     ['reconcile', 'tb', '--since', '2026-01-02', '--until', '2026-01-01'],
                     ['reconcile', 'tb', '--since', '2026-01-01', '--format', 'csv'],
                     ['reconcile', 'tb', '--since', '2026-01-01', '--limit', '3'],
                     ['reconcile', 'nosuch', '--since', '2026-01-01']):
            out = self.orderctl(*args, check=False)
            self.assertEqual(out.returncode, 2, '%s: %s' % (args, out.stderr))
        # a file feed has no count
        self.write_channel('remote', 'feed', {'url': '"http://127.0.0.1:9/orders.csv"', 'currency': 'CNY'})
        out = self.orderctl('reconcile', 'remote', '--since', '2026-01-01', check=False)
        self.assertEqual(out.returncode, 2)
        self.assertIn('cannot count', out.stderr)


class PinduoduoReconcile(ReconcileCase):
    # the Pinduoduo channel tests' fake and channel file (not their tests)
    CLIENT_ID, SECRET = test_pinduoduo.PinduoduoChannel.CLIENT_ID, test_pinduoduo.PinduoduoChannel.SECRET
    TOKEN = test_pinduoduo.PinduoduoChannel.TOKEN
    start_fake = test_pinduoduo.PinduoduoChannel.start_fake

    def channel(self, fake):
        test_pinduoduo.PinduoduoChannel.channel(self, fake, start_from='6h')

    def test_late_write_found_within_the_lag_rule(self):
        # min_lag: the fake refuses windows ending less than 3 min ago, the
        # count requests included.
        fake = self.start_fake(orders=150, span_days=0.2, seed=6, min_lag=180)
        self.channel(fake)
        self.once()
        before = self.stored_ids('pdd')
        self.assertTrue(before)
        start = int(fake.clock()) - 5 * HOUR
        hidden = fake.add_late(2, 2 * HOUR)
        self.once()
        self.assertEqual(self.stored_ids('pdd'), before, 'the incremental sync saw a late write')
        report = self.reconcile('pdd', start)
        self.assertEqual(self.added(report), set(hidden))
        self.assert_matches(report)
        # 30-minute windows (the platform's limit), the last ending 3 min
        # or more before now.
        self.assertEqual(self.stored_ids('pdd'), before | set(hidden))
        counts = [c['params'] for c in list(fake.calls) if c['params'].get('page_size') == '1']
        self.assertEqual(len(counts), len(report['windows']))
        self.assertEqual(len(report['windows']), 10)  # 5 h less the 3-min lag, 30 min each
        for p in counts:
            self.assertLessEqual(int(p['end_updated_at']) - int(p['start_updated_at']), 1800)
        again = self.reconcile('pdd', start)
        self.assertEqual(self.added(again), set())
        self.assertFalse([w for w in again['windows'] if w['refetched']])
        self.assert_exactly_once()


class JdReconcile(ReconcileCase):
    # the JD channel tests' fake and channel file (not their tests)
    APP_KEY, SECRET, TOKEN = test_jd.JdChannel.APP_KEY, test_jd.JdChannel.SECRET, test_jd.JdChannel.TOKEN
    start_fake = test_jd.JdChannel.start_fake

    def test_late_write_found(self):
        fake = self.start_fake(orders=150, span_days=2, seed=3)
        test_jd.JdChannel.channel(self, fake, start_from='3d', max_window='12h')
        self.once()
        before = self.stored_ids('jd')
        self.assertTrue(before)
        hidden = fake.add_late(2, 7 * HOUR)
        self.once()
        self.assertEqual(self.stored_ids('jd'), before, 'the incremental sync saw a late write')
        start = int(fake.clock()) - 2 * 24 * HOUR
        report = self.reconcile('jd', start)
        self.assertEqual(self.added(report), set(hidden))
        self.assert_matches(report)
        self.assertEqual(self.stored_ids('jd'), before | set(hidden))
        again = self.reconcile('jd', start)
        self.assertEqual(self.added(again), set())
        self.assertFalse([w for w in again['windows'] if w['refetched']])
        self.assert_exactly_once()


class DouyinReconcile(ReconcileCase):
    # the 抖店 channel tests' fake and channel file (not their tests)
    APP_KEY, SECRET, TOKEN = (test_douyin.DouyinChannel.APP_KEY, test_douyin.DouyinChannel.SECRET,
                              test_douyin.DouyinChannel.TOKEN)
    start_fake = test_douyin.DouyinChannel.start_fake

    def expected_ids(self, fake):
        return {o['order_id'] for o in fake.render_all() if o['order_id'] not in fake.bad_orders}

    @staticmethod
    def count_calls(fake):
        return [c['params'] for c in list(fake.calls) if c['params'].get('size') == 1]

    def test_late_write_missed_by_sync_found_by_reconcile(self):
        fake = self.start_fake(orders=200, span_days=2, seed=5, max_window=6 * HOUR)
        test_douyin.DouyinChannel.channel(self, fake, start_from='3d', max_window='6h')
        self.once()
        before = self.stored_ids('dy')
        self.assertEqual(before, self.expected_ids(fake))
        start = int(fake.clock()) - 3 * 24 * HOUR

        # Written late: two new orders 5 h back, one old order changed with
        # update_time 9 h back (it moves from its day-old window to a recent one).
        hidden = fake.add_late(2, 5 * HOUR)
        old = min(fake.render_all(), key=lambda o: o['update_time'])
        self.assertLess(old['update_time'], int(fake.clock()) - 24 * HOUR)
        fake.mutate_late([old['order_id']], 9 * HOUR)
        self.once()
        self.assertEqual(self.stored_ids('dy'), before, 'the incremental sync saw a late write')
        (was,), = self.sql("SELECT source_updated_at FROM orders WHERE external_id = :'p1'", old['order_id'])

        report = self.reconcile('dy', start)
        self.assertEqual(self.added(report), set(hidden) | {old['order_id']})
        self.assert_matches(report)
        self.assertEqual(len([w for w in report['windows'] if w['refetched']]), 3, report['windows'])
        self.assertEqual(self.stored_ids('dy'), self.expected_ids(fake))
        (now,), = self.sql("SELECT source_updated_at FROM orders WHERE external_id = :'p1'", old['order_id'])
        self.assertNotEqual(now, was)
        self.assert_exactly_once()

        # One request of size 1 per window, signed as the poll (the fake
        # checks the signature and the token), windows of 6 h at most.
        counts = self.count_calls(fake)
        self.assertEqual(len(counts), len(report['windows']))
        self.assertIn(len(report['windows']), (12, 13))
        for p in counts:
            self.assertEqual(p['page'], 0)
            self.assertLessEqual(p['update_time_end'] - p['update_time_start'], 6 * HOUR)

        again = self.reconcile('dy', start)
        self.assertEqual(self.added(again), set())
        self.assertFalse([w for w in again['windows'] if w['refetched']])
        self.assert_exactly_once()

    def test_count_refused_with_a_wrong_secret(self):
        fake = self.start_fake(orders=20, span_days=1, seed=8)
        test_douyin.DouyinChannel.channel(self, fake, start_from='2d', app_secret=self.secret('DY_OTHER', 'nope'))
        bad = self.orderctl('reconcile', 'dy', '--since', utc_text(int(fake.clock()) - HOUR), check=False)
        self.assertEqual(bad.returncode, 1, bad.stdout + bad.stderr)
        self.assertIn('isv.signature-invalid', bad.stderr)
        self.assertEqual(self.count_calls(fake), [])


class ShopifyReconcile(ReconcileCase):
    # the Shopify channel tests' fake and channel file (not their tests)
    TOKEN = test_shops.ShopifyChannel.TOKEN
    start_fake = test_shops.ShopifyChannel.start_fake
    expected_ids = staticmethod(lambda fake: {str(o['id']) for o in fake.render_all()})

    def channel(self, fake, **extra):
        test_shops.ShopifyChannel.shop_channel(self, fake, start_from='3d', **extra)

    @staticmethod
    def count_calls(fake):
        return [dict(r['params']) for r in list(fake.stats.log) if r['path'].endswith('/orders/count.json')]

    def test_late_write_missed_by_sync_found_by_reconcile(self):
        fake = self.start_fake(orders=200, span_days=2, seed=5)
        self.channel(fake)
        self.once()
        before = self.stored_ids('shop')
        self.assertEqual(before, self.expected_ids(fake))
        start = int(fake.clock()) - 3 * 24 * HOUR
        # Written late: two new orders 5 h back, one old order changed with
        # updated_at 9 h back (it moves from its window to a recent one).
        hidden = [str(i) for i in fake.add_late(2, 5 * HOUR + 17)]
        old = min(fake.orders, key=lambda o: o['updated'])
        self.assertLess(old['updated'], int(fake.clock()) - 24 * HOUR)
        fake.mutate_late([old['id']], 9 * HOUR + 17)
        self.once()
        self.assertEqual(self.stored_ids('shop'), before, 'the incremental sync saw a late write')
        (was,), = self.sql("SELECT source_updated_at FROM orders WHERE external_id = :'p1'", str(old['id']))

        n_log = len(fake.stats.log)
        report = self.reconcile('shop', start)
        self.assertEqual(self.added(report), set(hidden) | {str(old['id'])})
        self.assert_matches(report)
        refetched = [w for w in report['windows'] if w['refetched']]
        # the two windows the late writes went to, and the one the old order left
        self.assertEqual(len(refetched), 3, refetched)
        for w in refetched:
            self.assertNotEqual(w['platform'], w['stored_before'])
        self.assertEqual(self.stored_ids('shop'), self.expected_ids(fake))
        (now,), = self.sql("SELECT source_updated_at FROM orders WHERE external_id = :'p1'", str(old['id']))
        self.assertNotEqual(now, was)
        self.assert_exactly_once()

        # One orders/count.json per window (6 h), with the poll's filters
        # and bounds inclusive in whole seconds: updated_at_max is the
        # window's last second.
        ws = report['windows']
        self.assertIn(len(ws), (12, 13))  # 3 days and the seconds the test took
        counts = self.count_calls(fake)
        self.assertEqual(len(counts), len(ws))
        for p, w in zip(counts, ws):
            self.assertEqual(p['status'], 'any')
            lo = datetime.datetime.fromisoformat(p['updated_at_min'])
            hi = datetime.datetime.fromisoformat(p['updated_at_max'])
            self.assertEqual(lo, datetime.datetime.fromisoformat(w['from']))
            self.assertEqual(hi + datetime.timedelta(seconds=1), datetime.datetime.fromisoformat(w['to']))
            self.assertLessEqual((hi - lo).total_seconds(), 6 * HOUR)
        self.assertEqual(fake.stats.throttled, 0)
        # The re-fetch reads each differing window, not everything since it.
        pages = [dict(r['params']) for r in list(fake.stats.log)[n_log:] if r['path'].endswith('/orders.json')]
        firsts = [p for p in pages if 'page_info' not in p]
        self.assertEqual(len(firsts), 3, firsts)
        for p in firsts:
            lo = datetime.datetime.fromisoformat(p['updated_at_min'])
            hi = datetime.datetime.fromisoformat(p['updated_at_max'])
            self.assertLessEqual((hi - lo).total_seconds(), 6 * HOUR + 1)

        again = self.reconcile('shop', start)
        self.assertFalse([w for w in again['windows'] if w['refetched']])
        self.assertEqual(self.added(again), set())
        self.assert_exactly_once()

    def test_count_is_authenticated_and_throttled_like_a_poll(self):
        fake = self.start_fake(orders=40, span_days=1, seed=8)
        self.channel(fake)
        self.once()
        start = int(fake.clock()) - 2 * 24 * HOUR
        # A wrong token: the count is refused (401) and the token not shown.
        self.channel(fake, access_token=self.secret('SHOP_TOKEN_OTHER', 'shpat_not_the_token'))
        bad = self.orderctl('reconcile', 'shop', '--since', utc_text(start), check=False)
        self.assertEqual(bad.returncode, 1, bad.stdout + bad.stderr)
        self.assertIn('401', bad.stderr)
        self.assertNotIn('shpat_not_the_token', bad.stderr)
        self.assertNotIn(self.TOKEN, bad.stderr)
        # A bucket of 3 without pacing: counts get 429 and are tried again
        # after Retry-After; the run still matches.
        fake.bucket_size, fake.leak_rate = 3, 2.0
        self.channel(fake, pacing='false')
        hidden = [str(i) for i in fake.add_late(1, 7 * HOUR + 5)]
        report = self.reconcile('shop', start)
        self.assertEqual(self.added(report), set(hidden))
        self.assert_matches(report)
        self.assertGreater(fake.stats.throttled, 0)


class WooReconcile(ReconcileCase):
    # the WooCommerce channel tests' fake and channel file (not their tests)
    CK, CS = test_shops.WooChannel.CK, test_shops.WooChannel.CS
    start_fake = test_shops.WooChannel.start_fake

    def channel(self, fake, **extra):
        test_shops.WooChannel.woo_channel(self, fake, start_from='3d', **extra)

    @staticmethod
    def expected_ids(fake):
        return {str(o['id']) for o in fake.render_all()}

    @staticmethod
    def count_calls(fake):
        return [dict(r['params']) for r in list(fake.stats.log) if dict(r['params']).get('per_page') == '1']

    def test_late_write_missed_by_sync_found_by_reconcile(self):
        fake = self.start_fake(orders=200, span_days=2, seed=5)
        self.channel(fake)
        self.once()
        before = self.stored_ids('woo')
        self.assertEqual(before, self.expected_ids(fake))
        start = int(fake.clock()) - 3 * 24 * HOUR
        hidden = [str(i) for i in fake.add_late(2, 5 * HOUR + 17)]
        old = min(fake.orders, key=lambda o: o['modified'])
        self.assertLess(old['modified'], int(fake.clock()) - 24 * HOUR)
        fake.mutate_late([old['id']], 9 * HOUR + 17)
        self.once()
        self.assertEqual(self.stored_ids('woo'), before, 'the incremental sync saw a late write')
        (was,), = self.sql("SELECT source_updated_at FROM orders WHERE external_id = :'p1'", str(old['id']))

        report = self.reconcile('woo', start)
        self.assertEqual(self.added(report), set(hidden) | {str(old['id'])})
        self.assert_matches(report)
        refetched = [w for w in report['windows'] if w['refetched']]
        self.assertEqual(len(refetched), 3, refetched)
        for w in refetched:
            self.assertNotEqual(w['platform'], w['stored_before'])
        self.assertEqual(self.stored_ids('woo'), self.expected_ids(fake))
        (now,), = self.sql("SELECT source_updated_at FROM orders WHERE external_id = :'p1'", str(old['id']))
        self.assertNotEqual(now, was)
        self.assert_exactly_once()

        # One list request of per_page=1 per window (6 h): X-WP-Total with
        # modified_after one second before the window (exclusive) and
        # modified_before its end (exclusive), GMT wall clock.
        ws = report['windows']
        self.assertIn(len(ws), (12, 13))
        counts = self.count_calls(fake)
        self.assertEqual(len(counts), len(ws))
        gmt = datetime.timezone.utc
        for p, w in zip(counts, ws):
            self.assertEqual(p['dates_are_gmt'], 'true')
            lo = datetime.datetime.fromisoformat(p['modified_after']).replace(tzinfo=gmt)
            hi = datetime.datetime.fromisoformat(p['modified_before']).replace(tzinfo=gmt)
            self.assertEqual(lo + datetime.timedelta(seconds=1), datetime.datetime.fromisoformat(w['from']))
            self.assertEqual(hi, datetime.datetime.fromisoformat(w['to']))

        again = self.reconcile('woo', start)
        self.assertFalse([w for w in again['windows'] if w['refetched']])
        self.assertEqual(self.added(again), set())
        self.assert_exactly_once()

    def test_late_write_on_a_window_boundary(self):
        # An order whose modification time is a window's first second: the
        # count includes it, and so must the re-fetch (modified_after is
        # exclusive).
        fake = self.start_fake(orders=60, span_days=1, seed=12)
        self.channel(fake)
        self.once()
        now = int(fake.clock())
        since, until = now - 2 * 24 * HOUR, now - 600
        first = self.reconcile('woo', since, '--until', utc_text(until))
        self.assert_matches(first)
        edge = int(datetime.datetime.fromisoformat(first['windows'][3]['from']).timestamp())
        hidden = [str(i) for i in fake.add_late(1, 3600)]
        with fake.lock:  # exactly the boundary, whatever second the clock is in now
            fake.orders[-1]['created'] = fake.orders[-1]['modified'] = edge
        self.assertEqual(fake.order(int(hidden[0]))['date_modified_gmt'],
                         datetime.datetime.fromtimestamp(edge, datetime.timezone.utc).strftime('%Y-%m-%dT%H:%M:%S'))
        report = self.reconcile('woo', since, '--until', utc_text(until))
        self.assertEqual([w['from'] for w in report['windows']], [w['from'] for w in first['windows']])
        self.assertEqual(self.added(report), set(hidden))
        self.assert_matches(report)
        self.assertEqual(self.stored_ids('woo'), self.expected_ids(fake))

    def test_daily_run_finds_a_late_write(self):
        fake = self.start_fake(orders=80, span_days=1, seed=4)
        path = os.path.join(self.etc, 'channels.d', 'woo.yaml')
        self.channel(fake)
        with open(path) as f:
            text = f.read()
        with open(path, 'w') as f:  # a channel key, beside the woocommerce: section
            f.write(text.replace('woocommerce:\n', 'reconcile: {every: 3s, window: 12h}\nwoocommerce:\n', 1))
        p = self.start_daemon()
        try:
            self.wait_for(lambda: self.stored_ids('woo') == self.expected_ids(fake), timeout=60,
                          what='the first sync')
            self.wait_for(lambda: self.sql("SELECT reconciled_at IS NOT NULL FROM channels WHERE name = 'woo'")
                          == [['t']], timeout=10, what='the first run scheduled')
            hidden = [str(i) for i in fake.add_late(1, 3 * HOUR)]
            self.wait_for(lambda: set(hidden) <= self.stored_ids('woo'), timeout=30,
                          what='the daily run to add the late write')
        finally:
            self.stop(p)
        self.assert_clean_logs()
        self.assertRegex(self.daemon_log(p), r'reconcile: \d+ windows?, 1 differed, 1 order added, 0 still differ')
        self.assertEqual(self.stored_ids('woo'), self.expected_ids(fake))
        self.assert_exactly_once()

    def test_wrong_secret_refused(self):
        fake = self.start_fake(orders=20, span_days=1, seed=2)
        self.channel(fake)
        self.once()
        self.channel(fake, secret='cs_not_the_secret_0123456789abcdef0123456789abcd')
        bad = self.orderctl('reconcile', 'woo', '--since', utc_text(int(fake.clock()) - 24 * HOUR), check=False)
        self.assertEqual(bad.returncode, 1, bad.stdout + bad.stderr)
        self.assertIn('refused the credentials (HTTP 401)', bad.stderr)
        self.assertNotIn('cs_not_the_secret', bad.stderr)
