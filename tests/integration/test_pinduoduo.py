"""拼多多 channel against the fake gateway of tests/fakes/pinduoduo.py:
signed form requests, 30-minute windows kept 3 minutes behind now and
walked after downtime, newest-first pages read from the last page back,
faults, throttling, orders changing during the sync, SIGKILL, token and
bad-request errors, dead letters."""
import json
import os
import random
import signal
import sys
import time

from test_shops import ShopCase

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'fakes'))
import pinduoduo  # noqa: E402

STATUS = {1: 'paid', 2: 'shipped', 3: 'completed'}
FAULTS = {'500': 5, 'reset': 4, 'reset_mid': 2, 'truncated': 3, 'html_503': 2, 'wrong_content_type': 2,
          'timeout': 2}  # 20 % of the requests that pass the gateway's checks


def status(o):
    return 'refunded' if o['refund_status'] == 4 else STATUS[o['order_status']]


def windows_of(calls):
    """(start, end) of every window asked for, in order of first use."""
    seen, out = set(), []
    for c in calls:
        p = c.get('params') or {}
        w = (int(p['start_updated_at']), int(p['end_updated_at']))
        if w not in seen:
            seen.add(w)
            out.append(w)
    return out


class PinduoduoChannel(ShopCase):
    CLIENT_ID = 'pdd-client-0123456789abcdef'
    SECRET = 'test-pdd-client-secret'
    TOKEN = 'test-pdd-access-token'

    def start_fake(self, **kw):
        args = dict(client_id=self.CLIENT_ID, client_secret=self.SECRET, access_token=self.TOKEN)
        args.update(kw)
        fake = pinduoduo.PinduoduoFake(**args).start()
        self.addCleanup(fake.stop)
        return fake

    def channel(self, fake, name='pdd', poll_interval='200ms', **extra):
        settings = {'gateway_url': fake.url + '/api/router',
                    'client_id': self.secret('PDD_CLIENT_ID', self.CLIENT_ID),
                    'client_secret': self.secret('PDD_CLIENT_SECRET', self.SECRET),
                    'access_token': self.secret('PDD_TOKEN', self.TOKEN),
                    'start_from': '26h', 'timeout': '1500ms'}
        settings.update(extra)
        self.write_channel(name, 'pinduoduo', settings, poll_interval=poll_interval)

    def expected(self, fake, since=None):
        """order_sn -> (status, total, lines) of every good order (updated at
        or after `since`)."""
        exp = {}
        with fake.lock:
            keep = {o['order_sn'] for o in fake.orders if since is None or o['updated'] >= since}
        for o in fake.render_all():
            if o['order_sn'] in fake.bad_orders or o['order_sn'] not in keep:
                continue
            exp[o['order_sn']] = (status(o), o['pay_amount'], len(o['item_list']))
        return exp

    def assert_contiguous(self, windows, start, end):
        """Windows at most 30 minutes wide that together cover [start, end]."""
        self.assertTrue(windows)
        for s, e in windows:
            self.assertLessEqual(e - s, 1800, 'window %d-%d' % (s, e))
            self.assertLessEqual(s, e)
        ws = sorted(windows)
        self.assertLessEqual(ws[0][0], start)
        reach = ws[0][1]
        for s, e in ws[1:]:
            self.assertLessEqual(s, reach, 'gap between %d and %d' % (reach, s))
            reach = max(reach, e)
        self.assertGreaterEqual(reach, end)

    def test_faults_throttling_and_changes_exactly_once(self):
        # The fake's clock runs 175 s behind: an order it changes gets an
        # updated_at that a window ending 3 minutes behind the real clock
        # reaches 5 s later (instead of 3 minutes), yet never one inside a
        # window already being paged.
        fake = self.start_fake(orders=1200, span_days=1, seed=5, bad_orders=2, faults=FAULTS, fault_seed=3,
                               timeout_sleep=3.0, mutate_every=4, mutate_count=2, throttle_every=40,
                               throttle_burst=2, clock=lambda: time.time() - 175)
        self.channel(fake, page_size=12)
        p = self.start_daemon()
        try:
            self.wait_for(lambda: int(self.sql("SELECT count(*) FROM orders")[0][0]) >= 1198,
                          timeout=120, what='the catch-up sync')
            fake.quiesce()
            fake.throttle_every = 0
            time.sleep(1.1)  # the next changes get an updated_at of their own
            fake.mutate(15)
            fake.add_orders(3)
            exp = self.expected(fake)
            self.wait_for(lambda: self.stored('pdd') == exp, timeout=45,
                          what='the stored orders to match the shop')
        finally:
            self.stop(p)
        self.assert_clean_logs()
        log = self.daemon_log(p)
        for secret in (self.SECRET, self.TOKEN):
            self.assertNotIn(secret, log)
        for plain in [v for v in fake.cipher_plain.values() if len(v) >= 6][:200]:
            self.assertNotIn(plain, log)
        self.assertGreater(fake.stats.throttled, 0)
        self.assertGreaterEqual(sum(fake.stats.faults.values()), 20)
        self.assertGreaterEqual(fake.stats.mutations, 40)
        self.assertEqual(int(self.sql("SELECT count(*) FROM orders")[0][0]), 1201)
        dead = self.sql("SELECT external_id, reason FROM dead_letters ORDER BY 1")
        # a bad order the fake changed meanwhile is a dead letter per version
        # (another raw copy); which orders it changes depends on the request
        # count, the invoice queries included
        self.assertEqual(sorted({d[0] for d in dead}), sorted(fake.bad_orders))
        for sn, reason in dead:
            self.assertIn('outer_id' if fake.bad_orders[sn] == 'line without sku' else 'goods_price', reason)
        # reparse: still bad with the same JSON, so the dead letter stays open.
        dead_id = self.sql("SELECT id FROM dead_letters ORDER BY id LIMIT 1")[0][0]
        out = self.orderctl('deadletters', 'retry', dead_id, check=False)
        self.assertEqual(out.returncode, 1)
        self.assertRegex(out.stderr, r'item_list\[\d+\]: no (outer_id|goods_price)')
        self.assertEqual(self.sql("SELECT state, retry_count FROM dead_letters WHERE id = :'p1'", dead_id),
                         [['open', '1']])
        # Amounts to the fen, lines and the masked receiver.
        want = {o['order_sn']: o for o in fake.render_all()}
        rows = self.sql("SELECT o.external_id, o.subtotal::text, o.shipping::text, o.discount::text,"
                        " o.ship_name, o.ship_phone, o.ship_address, o.channel_status,"
                        " (SELECT string_agg(l.sku || ':' || l.qty || 'x' || l.unit_price::text, ','"
                        "   ORDER BY l.line_no) FROM order_lines l WHERE l.order_id = o.id)"
                        " FROM orders o")
        for sn, sub, ship, disc, name, phone, addr, cst, lines in rows:
            o = want[sn]
            goods = sum(int(i['goods_price'].replace('.', '')) * i['goods_count'] for i in o['item_list'])
            change = int(o['order_change_amount'].replace('.', ''))
            self.assertEqual(sub, '%d.%02d' % divmod(goods, 100), sn)
            self.assertEqual(ship, o['postage'], sn)
            self.assertEqual(disc, '%d.%02d' % divmod(int(o['discount_amount'].replace('.', '')) + change, 100))
            self.assertEqual((name, phone, addr), (o['receiver_name_mask'], o['receiver_phone_mask'],
                                                   o['receiver_address_mask']))
            self.assertEqual(cst, '%d/%d' % (o['order_status'], o['refund_status']))
            self.assertEqual(lines, ','.join('%s:%dx%s' % (i['outer_id'] or i['outer_goods_id'], i['goods_count'],
                                                           i['goods_price']) for i in o['item_list']))
        raw = self.sql("SELECT convert_from(raw, 'UTF8') FROM orders LIMIT 1")[0][0]
        self.assertRegex(json.loads(raw)['receiver_name'], r'^~.*~1~~$')  # the ciphertext, as given
        # Windows at most 30 minutes wide, covering the whole day without a gap.
        windows = windows_of(fake.calls)
        first = min(o['updated'] for o in fake.orders[:1200])
        self.assert_contiguous(windows, first, max(e for _, e in windows))
        self.assertEqual([c['code'] for c in fake.calls if c['code'] != 0], [])
        # Each window: page 1 for total_count, then from the last page back to 1.
        pages = {}
        for c in fake.calls:
            p = c['params']
            seq = pages.setdefault((p['start_updated_at'], p['end_updated_at']), [])
            step = (int(p['page']), p['use_has_next'])
            if not seq or seq[-1] != step:  # a retried request counts once
                seq.append(step)
        walked = 0
        for i, seq in enumerate(pages.values()):
            self.assertEqual(seq[0], (1, 'false'), seq)
            if len(seq) > 1:
                walk = [(n, 'true') for n in range(seq[1][0], 0, -1)]
                if i == len(pages) - 1:  # the window being read when the daemon stopped
                    walk = walk[:len(seq) - 1]
                self.assertEqual(seq[1:], walk)
                walked += 1
        self.assertGreater(walked, 20)

    def test_three_day_outage_is_caught_up_window_by_window(self):
        # The real clock, and a gateway that refuses any window ending less
        # than 3 minutes before it.
        fake = self.start_fake(orders=700, span_days=4, seed=8, min_lag=180, throttle_every=40, throttle_burst=2,
                               faults={'500': 5, 'reset': 5}, fault_seed=4)
        self.channel(fake, start_from='10m', poll_interval='200ms', overlap='1m')
        self.once()  # a first sync: the channel and its cursor exist
        t0 = int(time.time()) - 3 * 86400
        self.sql("UPDATE channel_cursors SET cursor = jsonb_build_object('watermark', :'p1'::text)",
                 time.strftime('%Y-%m-%dT%H:%M:%SZ', time.gmtime(t0)))
        del fake.calls[:]
        started = time.time()
        exp = self.expected(fake, since=t0 - 60)
        self.assertGreater(len(exp), 400)

        def caught_up():
            ends = [int(c['params']['end_updated_at']) for c in fake.calls[-3:]]
            return ends and max(ends) >= started - 185 and self.stored('pdd') == exp

        self.run_until(caught_up, 60, 'the 3-day catch-up')
        took = time.time() - started
        windows = windows_of(fake.calls)
        # One window after the other: each starts a minute (the overlap)
        # before the previous one's end, none wider than 30 minutes.
        self.assertEqual(windows[0][0], t0 - 60)
        for (s0, e0), (s1, e1) in zip(windows, windows[1:]):
            self.assertEqual(s1, e0 - 60)
            self.assertLessEqual(e1 - s1, 1800)
        self.assert_contiguous(windows, t0 - 60, int(started) - 180 - 5)
        self.assertGreaterEqual(len(windows), 144)
        self.assertEqual([c['code'] for c in fake.calls if c['code'] != 0], [])
        for c in fake.calls:  # always 3 minutes behind
            self.assertLessEqual(int(c['params']['end_updated_at']), c['time'] - 180)
        self.assertLess(took, 60)

    def test_sigkill_mid_sync_loses_nothing_and_doubles_nothing(self):
        fake = self.start_fake(orders=800, span_days=2, seed=4, qps=40, mutate_every=7, mutate_count=1,
                               clock=lambda: time.time() - 175)
        self.channel(fake, start_from='50h', page_size=4)
        rnd = random.Random(3)
        for _ in range(6):
            p = self.start_daemon()
            time.sleep(rnd.uniform(0.3, 1.5))
            p.send_signal(signal.SIGKILL)
            p.wait()
        fake.quiesce()
        self.run_until(lambda: len(self.stored('pdd')) == 800, 60, 'all 800 orders')
        time.sleep(1.1)
        exp = self.expected(fake)
        self.run_until(lambda: self.stored('pdd') == exp, 30, 'the final state of every order')
        self.assertEqual(int(self.sql("SELECT count(*) FROM orders")[0][0]), 800)
        self.assertEqual(self.sql("SELECT count(*) FROM dead_letters")[0][0], '0')

    def test_expired_token_is_auth_error(self):
        fake = self.start_fake(orders=20, span_days=1, token_expired=True)
        self.channel(fake, start_from='2h')
        out = self.once(check=False)
        self.assertEqual(out.returncode, 1)
        self.assertNotIn(self.TOKEN, out.stderr)
        self.assertNotIn(self.SECRET, out.stderr)
        (state, err), = self.sql("SELECT state, last_error FROM channels")
        self.assertEqual(state, 'auth_error')
        self.assertIn('10019', err)
        self.assertIn('access_token已过期', err)
        self.assertEqual(len(fake.calls), 0)  # refused at the gateway, nothing retried into the window

    def test_wrong_secret_is_config_error_and_lag_is_enforced(self):
        fake = self.start_fake(orders=20, span_days=1, client_secret='another-secret')
        self.channel(fake, start_from='2h')
        out = self.once(check=False)
        self.assertEqual(out.returncode, 1)
        (state, err), = self.sql("SELECT state, last_error FROM channels")
        self.assertEqual(state, 'config_error')
        self.assertIn('10004', err)
        self.assertIn('签名错误', err)
        for key, value, why in (('lag', '2m', 'at least 3m'), ('max_window', '31m', '1m to 30m'),
                                ('overlap', '30m', 'shorter than max_window'), ('page_size', '101', '1 to 100'),
                                ('gateway_url', 'http://gw-api.example.com/api/router', 'gateway_url')):
            self.channel(fake, start_from='2h', **{key: value})
            out = self.run_prog('orderd', '--check', check=False)
            self.assertEqual(out.returncode, 2, key)
            self.assertIn(why, out.stderr + out.stdout, key)
