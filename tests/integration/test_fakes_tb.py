"""Contract tests of the fake Taobao TOP gateway (tests/fakes/taobao.py) and
the fake JD router (tests/fakes/jd.py): plain unittest with an HTTP client,
no database and no orderd binaries needed."""
import decimal
import http.client
import json
import math
import os
import re
import subprocess
import sys
import time
import unittest
import urllib.parse

HERE = os.path.dirname(os.path.abspath(__file__))
FAKES = os.path.normpath(os.path.join(HERE, '..', 'fakes'))
if FAKES not in sys.path:
    sys.path.insert(0, FAKES)

import jd  # noqa: E402
import taobao  # noqa: E402

END = 1_790_000_000          # newest seeded order: reproducible data
NOW = END + 3600             # the fakes' clock in most tests
DAY = 86400
YUAN_RE = re.compile(r'^-?\d+\.\d{2}$')
D = decimal.Decimal

# PLATFORMS.md signing vectors
TOP_SECRET = 'helloworld'
TOP_VECTOR = {'app_key': '12345678', 'fields': 'num_iid,title,nick,price,num', 'format': 'json',
              'method': 'taobao.item.seller.get', 'num_iid': '11223344', 'session': 'test', 'sign_method': 'md5',
              'timestamp': '2016-01-01 12:00:00', 'v': '2.0'}
TOP_EXPECTED = {'md5': '66987CB115214E59E6EC978214934FB8', 'hmac': 'B4DDA503460D60A86B16E950E5D303E9',
                'hmac-sha256': '6B7EB7E1C35D068D69538D80282A37DFBF29B4DB11B451881AF51890626138B3'}
JD_SECRET = 'yourappSecret'
JD_VECTOR = {'360buy_param_json': '{"end_date":null,"optional_fields":null,"order_state":"WAIT_SELLER_STOCK_OUT",'
                                  '"page":"1","page_size":"200","start_date":null}',
             'access_token': 'yourtoken', 'app_key': 'yourappkey', 'method': 'jingdong.pop.order.search',
             'timestamp': '2021-05-07 09:20:39.683+0800', 'v': '2.0'}
JD_EXPECTED = 'D70825340F4084360B9362B60DFD7930'


def flip(sign):
    """The same signature with one hex digit changed."""
    i = len(sign) // 2
    return sign[:i] + ('0' if sign[i] != '0' else '1') + sign[i + 1:]


class FormClient:
    """One keep-alive connection posting form-encoded parameters."""

    def __init__(self, base, path):
        u = urllib.parse.urlsplit(base)
        self.host, self.port, self.path = u.hostname, u.port, path
        self.conn = None

    def raw(self, params, method='POST', query=None):
        if self.conn is None:
            self.conn = http.client.HTTPConnection(self.host, self.port, timeout=10)
        path = self.path
        if query:
            path += '?' + urllib.parse.urlencode(query)
        body = None
        headers = {}
        if method == 'GET':
            path += ('&' if '?' in path else '?') + urllib.parse.urlencode(params)
        else:
            body = urllib.parse.urlencode(params).encode()
            headers['Content-Type'] = 'application/x-www-form-urlencoded;charset=utf-8'
        try:
            self.conn.request(method, path, body=body, headers=headers)
            r = self.conn.getresponse()
            data = r.read()
        except Exception:
            self.close()
            raise
        return r.status, data

    def call(self, params, **kw):
        status, data = self.raw(params, **kw)
        return status, json.loads(data)

    def close(self):
        if self.conn is not None:
            self.conn.close()
            self.conn = None


class FakeCase(unittest.TestCase):
    def start(self, fake):
        fake.start()
        self.addCleanup(fake.stop)
        return fake


# ---- Taobao -------------------------------------------------------------------------------------------------

class TaobaoContract(FakeCase):
    def tb(self, **kw):
        kw.setdefault('orders', 1000)
        kw.setdefault('end_time', END)
        self.fake = self.start(taobao.TaobaoFake(**kw))
        self.fake.clock = lambda: NOW
        self.client = FormClient(self.fake.url, '/router/rest')
        self.addCleanup(self.client.close)
        return self.fake

    def trades(self, start, end, fields='tid,modified', sign_method='md5', **extra):
        q = {'fields': fields, 'start_modified': taobao.fmt8(start), 'end_modified': taobao.fmt8(end)}
        q.update({k: str(v) for k, v in extra.items()})
        return self.client.call(taobao.signed_params(self.fake, q, sign_method))

    def ok(self, start, end, **kw):
        status, body = self.trades(start, end, **kw)
        self.assertEqual(status, 200, body)
        self.assertIn(taobao.RESPONSE_KEY, body, body)
        r = body[taobao.RESPONSE_KEY]
        return r, r.get('trades', {}).get('trade', [])

    def err(self, params, code, sub_code=None, method='POST'):
        status, body = self.client.call(params, method=method)
        self.assertEqual(status, 200, body)
        e = body.get('error_response')
        self.assertIsNotNone(e, body)
        self.assertEqual(e['code'], code, e)
        if sub_code:
            self.assertEqual(e.get('sub_code'), sub_code, e)
        return e

    def in_window(self, start, end):
        """Trades in [start, end], newest first, as the fake sorts them."""
        rows = [t for t in self.fake.trades if start <= t['modified'] <= end]
        rows.sort(key=lambda t: (t['modified'], t['tid']), reverse=True)
        return [t['tid'] for t in rows]

    # -- signatures --

    def test_signing_vectors_all_three_methods(self):
        for m, expected in TOP_EXPECTED.items():
            # The vectors' signed string carries sign_method=md5 for every algorithm.
            self.assertEqual(taobao.top_sign(TOP_VECTOR, TOP_SECRET, m), expected, m)
            self.assertTrue(taobao.top_verify(dict(TOP_VECTOR, sign=expected), TOP_SECRET, m), m)
            self.assertFalse(taobao.top_verify(dict(TOP_VECTOR, sign=flip(expected)), TOP_SECRET, m), m)
            self.assertFalse(taobao.top_verify(dict(TOP_VECTOR, sign=expected.lower()), TOP_SECRET, m), m)
        # End to end with the official md5 vector: the signature is accepted and the
        # request fails later, on the method the fake does not serve (22), not on the sign (25).
        self.tb(orders=10, app_key='12345678', app_secret=TOP_SECRET, session='test', max_skew=None)
        self.err(dict(TOP_VECTOR, sign=TOP_EXPECTED['md5']), 22)
        self.err(dict(TOP_VECTOR, sign=TOP_EXPECTED['md5']), 22, method='GET')
        e = self.err(dict(TOP_VECTOR, sign=flip(TOP_EXPECTED['md5'])), 25)
        self.assertEqual(e['msg'], 'Invalid signature')
        self.err(dict(TOP_VECTOR, sign=TOP_EXPECTED['md5'].lower()), 25)
        self.err(TOP_VECTOR, 24)
        # hmac and hmac-sha256 over the wire: sign_method says which, and is signed too.
        for m in ('hmac', 'hmac-sha256'):
            p = dict(TOP_VECTOR, sign_method=m)
            p['sign'] = taobao.top_sign(p, TOP_SECRET, m)
            self.err(p, 22)
            self.err(dict(p, sign=flip(p['sign'])), 25)
            self.err(dict(p, sign=TOP_EXPECTED[m]), 25)      # signed as if sign_method were md5
            self.err(dict(p, sign_method='md5'), 25)          # right digest, wrong algorithm claimed
        self.err(dict(TOP_VECTOR, sign_method='sha1', sign='X'), 41)
        p = {k: v for k, v in TOP_VECTOR.items() if k != 'sign_method'}
        self.err(dict(p, sign=taobao.top_sign(p, TOP_SECRET)), 40)

    def test_real_request_all_sign_methods_and_empty_values_skipped(self):
        self.tb()
        for m in taobao.SIGN_METHODS:
            r, trades = self.ok(END - DAY, END, sign_method=m, status='')  # empty status: not signed, no filter
            self.assertGreater(r['total_results'], 0)
        # Query string and form body together (the body wins a duplicate).
        p = taobao.signed_params(self.fake, {'fields': 'tid', 'start_modified': taobao.fmt8(END - 3600),
                                             'end_modified': taobao.fmt8(END)})
        q = {k: p.pop(k) for k in ('method', 'app_key', 'sign', 'sign_method', 'timestamp')}
        status, body = self.client.call(p, query=q)
        self.assertIn(taobao.RESPONSE_KEY, body)

    def test_session_app_key_format_errors(self):
        tb = self.tb(orders=50)
        q = {'fields': 'tid', 'start_modified': taobao.fmt8(END - 3600), 'end_modified': taobao.fmt8(END)}
        e = self.err(taobao.signed_params(tb, q, session='not-the-session'), 27, 'invalid-sessionkey')
        self.assertEqual(e['msg'], 'Invalid session')
        self.err(taobao.signed_params(tb, q, session=''), 26)
        self.err(taobao.signed_params(tb, q, app_key='999'), 29)
        self.err(taobao.signed_params(tb, q, format=None), 23)
        self.err(taobao.signed_params(tb, q, v='1.0'), 33)
        self.err(taobao.signed_params(tb, q, method='taobao.trades.sold.get'), 22)
        tb.session_expired = True
        self.err(taobao.signed_params(tb, q), 27, 'session-expired')
        tb.session_expired = False
        tb.force_error('session')
        self.err(taobao.signed_params(tb, q), 27, 'session-expired')
        self.assertIn(taobao.RESPONSE_KEY, self.client.call(taobao.signed_params(tb, q))[1])

    def test_timestamp_skew(self):
        tb = self.tb(orders=50)
        q = {'fields': 'tid', 'start_modified': taobao.fmt8(END - 3600), 'end_modified': taobao.fmt8(END)}
        for delta in (-599, 0, 599):
            status, body = self.client.call(taobao.signed_params(tb, q, timestamp=taobao.fmt8(NOW + delta)))
            self.assertIn(taobao.RESPONSE_KEY, body, delta)
        for delta in (-601, 601, -8 * 3600):   # -8 h: a client sending UTC wall clock
            e = self.err(taobao.signed_params(tb, q, timestamp=taobao.fmt8(NOW + delta)), 31)
            self.assertEqual(e['msg'], 'Invalid timestamp')
        self.err(taobao.signed_params(tb, q, timestamp='2026-09-12T10:00:00'), 31)
        self.err(taobao.signed_params(tb, q, timestamp=str(NOW)), 31)
        self.assertEqual(taobao.fmt8(0), '1970-01-01 08:00:00')
        self.assertEqual(taobao.parse8('1970-01-01 08:00:00'), 0)

    # -- business parameters --

    def test_window_cap_and_parameters(self):
        self.tb()
        r, _ = self.ok(END - DAY, END)
        self.assertGreater(r['total_results'], 40)
        status, body = self.trades(END - DAY - 1, END)
        e = body['error_response']
        self.assertEqual((e['code'], e['sub_code']), (15, 'isv.invalid-parameter'), e)
        self.assertEqual(self.trades(END, END)[1]['error_response']['code'], 15)
        self.assertEqual(self.trades(END, END - 10)[1]['error_response']['code'], 15)
        p = taobao.signed_params(self.fake, {'start_modified': taobao.fmt8(END - 60), 'end_modified': taobao.fmt8(END)})
        self.assertEqual(self.err(p, 40)['msg'], 'Missing required arguments:fields')
        self.err(taobao.signed_params(self.fake, {'fields': 'tid', 'end_modified': taobao.fmt8(END)}), 40)
        self.assertEqual(self.trades(END - 60, END, page_size=101)[1]['error_response']['code'], 41)
        self.assertEqual(self.trades(END - 60, END, page_no=0)[1]['error_response']['code'], 41)
        self.assertEqual(self.trades(END - 60, END, status='PAID')[1]['error_response']['code'], 41)
        self.assertEqual(self.trades(END - 60, END, use_has_next='yes')[1]['error_response']['code'], 41)
        e = self.client.call(taobao.signed_params(self.fake, {
            'fields': 'tid', 'start_modified': '2026/09/01 00:00:00', 'end_modified': taobao.fmt8(END)}))[1]
        self.assertEqual(e['error_response']['code'], 41)
        _, trades = self.ok(END - DAY, END)
        self.assertEqual(len(trades), 40)                       # default page_size
        _, trades = self.ok(END - DAY, END, page_size=100)
        self.assertEqual(len(trades), min(100, r['total_results']))

    def test_newest_first_totals_has_next_and_fields(self):
        self.tb()
        expected = self.in_window(END - DAY, END)
        r, page1 = self.ok(END - DAY, END, page_size=25)
        self.assertEqual(r['total_results'], len(expected))
        self.assertNotIn('has_next', r)
        self.assertEqual([t['tid'] for t in page1], expected[:25])
        mods = [t['modified'] for t in page1]
        self.assertEqual(mods, sorted(mods, reverse=True))
        pages = math.ceil(len(expected) / 25)
        r, last = self.ok(END - DAY, END, page_size=25, page_no=pages, use_has_next='true')
        self.assertEqual((r['has_next'], 'total_results' in r), (False, False))
        self.assertEqual([t['tid'] for t in last], expected[(pages - 1) * 25:])
        r, _ = self.ok(END - DAY, END, page_size=25, page_no=pages - 1, use_has_next='true')
        self.assertTrue(r['has_next'])
        r, beyond = self.ok(END - DAY, END, page_size=25, page_no=pages + 1)
        self.assertEqual((beyond, 'trades' in r), ([], False))   # TOP omits the empty list
        _, trades = self.ok(END - DAY, END, fields='tid,tid_str,payment,orders.oid,orders.payment', page_size=5)
        for t in trades:
            self.assertEqual(set(t), {'tid', 'tid_str', 'payment', 'orders'})
            self.assertEqual(t['tid_str'], str(t['tid']))
            for o in t['orders']['order']:
                self.assertEqual(set(o), {'oid', 'payment'})
        _, trades = self.ok(END - DAY, END, fields='tid,status,orders', page_size=5)
        self.assertTrue(all('outer_sku_id' in o for t in trades for o in t['orders']['order']))

    def read_all(self, start, end):
        """Every tid in [start, end], read in windows of at most a day (no mutation meanwhile)."""
        tids = []
        while start <= end:
            stop = min(end, start + DAY)
            page = 1
            while True:
                r, trades = self.ok(start, stop, page_size=100, page_no=page, use_has_next='true')
                tids += [t['tid'] for t in trades]
                if not r['has_next']:
                    break
                page += 1
            start = stop + 1
        return tids

    def _walk(self, start, end, backwards, mutate_after):
        """Read every page of [start, end] (page_size 10), calling
        mutate_after(page_no, tids_read_so_far) after each page."""
        r, _ = self.ok(start, end, page_size=10)
        pages = math.ceil(r['total_results'] / 10)
        order = range(pages, 0, -1) if backwards else range(1, pages + 1)
        seen = []
        for pg in order:
            _, trades = self.ok(start, end, page_size=10, page_no=pg)
            seen += [t['tid'] for t in trades]
            mutate_after(pg, seen)
        return seen

    def test_paging_from_the_last_page_back_survives_modification(self):
        tb = self.tb()
        start, end = END - 2 * DAY, END - DAY
        before = self.in_window(start, end)
        self.assertGreater(len(before), 60)
        mutated = []

        def mutate(pg, seen):
            if pg > 1:       # modify a trade not read yet (it leaves the window)
                unread = [t for t in self.in_window(start, end) if t not in seen]
                mutated.extend(tb.mutate(1, ids=[unread[len(unread) // 2]]))

        seen = self._walk(start, end, True, mutate)
        self.assertGreaterEqual(len(mutated), 5)
        self.assertTrue(set(mutated).isdisjoint(seen))
        self.assertGreater(len(seen), len(set(seen)))            # some trades read twice ...
        later = self.read_all(end + 1, NOW)                      # ... the modified ones come in later windows
        self.assertTrue(set(mutated) <= set(later))
        self.assertEqual(set(before) - set(seen) - set(later), set())   # nothing lost

    def test_paging_forward_can_miss_a_trade(self):
        tb = self.tb()
        start, end = END - 3 * DAY, END - 2 * DAY
        before = self.in_window(start, end)
        self.assertGreater(len(before), 20)

        def mutate(pg, seen):
            if pg == 1:      # modify a trade already read: everything behind it moves up one place
                tb.mutate(1, ids=[seen[0]])

        seen = self._walk(start, end, False, mutate)
        later = self.read_all(end + 1, NOW)
        missed = set(before) - set(seen) - set(later)
        self.assertEqual(missed, {before[10]})                   # the first trade of page 2 slid onto page 1
        self.assertEqual(len(seen), len(set(seen)))

    # -- throttle --

    def test_code_7_ban_and_its_duration(self):
        tb = self.tb(orders=50, burst_limit=5, burst_window=30, ban_seconds=2)
        for _ in range(5):
            self.ok(END - 60, END)
        t0 = time.monotonic()
        status, body = self.trades(END - 60, END)
        self.assertEqual(status, 200)
        self.assertEqual(body['error_response'], dict(body['error_response'], code=7, msg='App Call Limited',
                                                      sub_code='accesscontrol.limited-by-app-access-count',
                                                      sub_msg='This ban will last for 2 more seconds'))
        seconds = []
        while True:
            status, body = self.trades(END - 60, END)
            if 'error_response' not in body:
                break
            e = body['error_response']
            self.assertEqual(e['code'], 7)
            seconds.append(int(re.fullmatch(r'This ban will last for (\d+) more seconds', e['sub_msg']).group(1)))
            self.assertLess(time.monotonic() - t0, 5)
            time.sleep(0.1)
        elapsed = time.monotonic() - t0
        self.assertGreaterEqual(elapsed, 1.95)
        self.assertLess(elapsed, 3.0)
        self.assertEqual(seconds, sorted(seconds, reverse=True))
        self.assertTrue(set(seconds) <= {1, 2} and 1 in seconds, seconds)
        self.assertEqual(len(tb.throttle.bans), 1)
        self.assertEqual(tb.stats.throttled, len(seconds) + 1)
        # Calls with a bad signature never reach the throttle.
        self.err(dict(taobao.signed_params(tb, {'fields': 'tid'}), sign='00'), 25)
        # On demand.
        tb.burst_limit = None
        tb.ban(1)
        self.assertEqual(self.trades(END - 60, END)[1]['error_response']['sub_msg'],
                         'This ban will last for 1 more seconds')
        time.sleep(1.05)
        self.ok(END - 60, END)

    # -- amounts, mutation, faults --

    def test_exact_yuan_strings_and_big_ids(self):
        tb = self.tb(bad_orders=0)
        status, raw = self.client.raw(taobao.signed_params(tb, {
            'fields': 'tid,tid_str,payment,total_fee,post_fee,discount_fee,adjust_fee,orders',
            'start_modified': taobao.fmt8(END - DAY), 'end_modified': taobao.fmt8(END), 'page_size': '100'}))
        text = raw.decode('utf-8')
        trades = json.loads(text, parse_float=D)[taobao.RESPONSE_KEY]['trades']['trade']
        money = ('payment', 'total_fee', 'post_fee', 'discount_fee', 'adjust_fee')
        for t in trades:
            self.assertGreater(t['tid'], 2 ** 53)
            self.assertIn('"tid":%d,"tid_str":"%d"' % (t['tid'], t['tid']), text)
            for k in money:
                self.assertRegex(t[k], YUAN_RE)
                self.assertIn('"%s":"%s"' % (k, t[k]), text)
            internal = tb.amounts(next(x for x in tb.trades if x['tid'] == t['tid']))
            self.assertEqual({k: t[k] for k in money}, {k: taobao.yuan(internal[k]) for k in money})
            lines = t['orders']['order']
            self.assertEqual(D(t['payment']), D(t['total_fee']) - D(t['discount_fee']) + D(t['post_fee'])
                             + D(t['adjust_fee']))
            self.assertEqual(D(t['total_fee']), sum(D(o['total_fee']) for o in lines))
            self.assertEqual(D(t['payment']), sum(D(o['payment']) for o in lines) + D(t['post_fee'])
                             + D(t['adjust_fee']))
            for o in lines:
                for k in ('price', 'payment', 'total_fee', 'discount_fee', 'adjust_fee'):
                    self.assertRegex(o[k], YUAN_RE)
                self.assertEqual(D(o['total_fee']), D(o['price']) * o['num'])
            if len(lines) == 1:
                self.assertEqual(lines[0]['oid'], t['tid'])
        everything = json.dumps(tb.render_all(), ensure_ascii=False, separators=(',', ':'))
        for s in ('"price":"0.01"', '"price":"1999.99"', '"adjust_fee":"-5.00"', '"adjust_fee":"-0.01"',
                  '"price":"12.30"'):
            self.assertTrue(s in everything, s)
        self.assertEqual([taobao.yuan(f) for f in (0, 1, 10, 1230, -1, -500, 439900)],
                         ['0.00', '0.01', '0.10', '12.30', '-0.01', '-5.00', '4399.00'])
        statuses = {t['status'] for t in tb.render_all()}
        self.assertTrue(statuses <= set(taobao.STATUSES))
        self.assertGreaterEqual(len(statuses), 9)

    def test_mutation_visible(self):
        tb = self.tb(orders=300)
        unpaid = next(t for t in tb.trades if t['status'] == 'WAIT_BUYER_PAY' and t['modified'] < END - 60)
        before = tb.trade(unpaid['tid'])
        self.assertNotIn('pay_time', before)
        changed = tb.mutate(1, ids=[unpaid['tid']])
        self.assertEqual(changed, [unpaid['tid']])
        _, trades = self.ok(NOW - 60, NOW, fields='tid,status,modified,pay_time,adjust_fee,end_time')
        self.assertEqual([t['tid'] for t in trades], changed)
        t = trades[0]
        self.assertEqual(t['modified'], taobao.fmt8(NOW))
        self.assertNotEqual((t['status'], t.get('adjust_fee'), t.get('pay_time')),
                            (before['status'], before['adjust_fee'], before.get('pay_time')))
        new = tb.add_orders(3)
        _, trades = self.ok(NOW - 60, NOW)
        self.assertEqual(set(t['tid'] for t in trades), set(new) | set(changed))
        self.assertTrue(all(n > max(x['tid'] for x in tb.trades[:-3]) for n in new))
        tb.mutate(20)
        self.assertEqual(tb.stats.mutations, 21)
        self.assertEqual(self.ok(NOW - 60, NOW)[0]['total_results'],
                         len({i for _, i in tb.stats.mutated_ids} | set(new)))

    def test_faults_and_platform_errors(self):
        tb = self.tb(orders=50)
        q = {'fields': 'tid', 'start_modified': taobao.fmt8(END - 3600), 'end_modified': taobao.fmt8(END)}
        tb.fail_next('500')
        status, body = self.client.call(taobao.signed_params(tb, q))
        self.assertEqual(status, 500)
        self.assertEqual(body['error_response']['code'], 10)
        tb.force_error('isp')
        e = self.err(taobao.signed_params(tb, q), 15)
        self.assertTrue(e['sub_code'].startswith('isp.'))
        tb.fail_next('reset')
        with self.assertRaises((ConnectionError, http.client.HTTPException, OSError)):
            self.client.raw(taobao.signed_params(tb, q))
        self.client.close()
        tb.fail_next('wrong_content_type')
        status, raw = self.client.raw(taobao.signed_params(tb, q))
        self.assertTrue(raw.startswith(b'<!DOCTYPE html>'))
        self.assertIn(taobao.RESPONSE_KEY, self.client.call(taobao.signed_params(tb, q))[1])
        self.assertEqual(tb.stats.faults['500'] + tb.stats.faults['reset'], 2)
        c = http.client.HTTPConnection('127.0.0.1', tb.port, timeout=5)
        c.request('GET', '/router/json')
        r = c.getresponse()
        r.read()                  # closing with unread data would make the kernel send an RST
        self.assertEqual(r.status, 404)
        c.close()

    def test_program_mode(self):
        p = subprocess.Popen([sys.executable, os.path.join(FAKES, 'taobao.py'), '--orders', '30', '--end-time',
                              str(END), '--max-skew', '-1', '--app-secret', 'sek'], stdout=subprocess.PIPE, text=True)
        self.addCleanup(p.stdout.close)
        self.addCleanup(p.wait, 10)
        self.addCleanup(p.terminate)
        base = p.stdout.readline().strip()
        self.assertRegex(base, r'^http://127\.0\.0\.1:\d+$')
        fake = taobao.TaobaoFake(orders=0, app_secret='sek')       # only for its defaults
        fake.clock = lambda: NOW
        c = FormClient(base, '/router/rest')
        self.addCleanup(c.close)
        status, body = c.call(taobao.signed_params(fake, {'fields': 'tid', 'start_modified': taobao.fmt8(END - DAY),
                                                          'end_modified': taobao.fmt8(END)}))
        self.assertEqual(status, 200, body)
        self.assertGreater(body[taobao.RESPONSE_KEY]['total_results'], 0)

    def test_loopback_only(self):
        with self.assertRaises(ValueError):
            taobao.TaobaoFake(orders=1, host='0.0.0.0')
        with self.assertRaises(ValueError):
            jd.JdFake(orders=1, host='192.0.2.1')


# ---- JD ---------------------------------------------------------------------------------------------------------

class JdContract(FakeCase):
    def jd(self, **kw):
        kw.setdefault('orders', 1000)
        kw.setdefault('end_time', END)
        self.fake = self.start(jd.JdFake(**kw))
        self.fake.clock = lambda: NOW
        self.client = FormClient(self.fake.url, '/routerjson')
        self.addCleanup(self.client.close)
        return self.fake

    def query(self, start, end, state=None, **extra):
        q = {'start_date': jd.fmt8(start), 'end_date': jd.fmt8(end),
             'order_state': state or ','.join(jd.STATES), 'page': '1', 'page_size': '100'}
        q.update(extra)
        return q

    def search(self, q, **override):
        return self.client.call(jd.signed_params(self.fake, q, **override))

    def ok(self, q, **override):
        status, body = self.search(q, **override)
        self.assertEqual(status, 200, body)
        self.assertIn(jd.RESPONSE_KEY, body, body)
        r = body[jd.RESPONSE_KEY]['searchorderinfo_result']
        self.assertEqual(r['apiResult']['success'], True)
        return r

    def err(self, params, code):
        status, body = self.client.call(params)
        self.assertEqual(status, 200, body)
        e = body.get('error_response')
        self.assertIsNotNone(e, body)
        self.assertEqual(e['code'], code, e)
        self.assertTrue(e['zh_desc'] and e['en_desc'], e)
        return e

    def in_window(self, start, end, col='modified'):
        rows = [o for o in self.fake.orders if start <= o[col] <= end]
        rows.sort(key=lambda o: (o[col], o['id']))
        return [str(o['id']) for o in rows]

    def test_signing_vector(self):
        self.assertEqual(jd.jd_sign(JD_VECTOR, JD_SECRET), JD_EXPECTED)
        self.assertTrue(jd.jd_verify(dict(JD_VECTOR, sign=JD_EXPECTED), JD_SECRET))
        self.assertFalse(jd.jd_verify(dict(JD_VECTOR, sign=flip(JD_EXPECTED)), JD_SECRET))
        self.jd(orders=10, app_key='yourappkey', app_secret=JD_SECRET, access_token='yourtoken', max_skew=None)
        # Accepted: the request fails later, on start_date null ("3"), not on the sign ("14").
        e = self.err(dict(JD_VECTOR, sign=JD_EXPECTED), '3')
        self.assertIn('start_date', e['en_desc'])
        self.assertEqual(self.err(dict(JD_VECTOR, sign=flip(JD_EXPECTED)), '14')['en_desc'], 'Invalid signature')
        self.err(dict(JD_VECTOR, sign=JD_EXPECTED.lower()), '14')
        self.err(JD_VECTOR, '14')
        # The param JSON is signed byte for byte: the same object with other spacing is another request.
        self.err(dict(JD_VECTOR, sign=JD_EXPECTED, **{'360buy_param_json': json.dumps(
            json.loads(JD_VECTOR['360buy_param_json']))}), '14')

    def test_token_app_key_method_timestamp(self):
        fake = self.jd(orders=50)
        q = self.query(END - 3600, END)
        self.assertEqual(self.err(jd.signed_params(fake, q, access_token='nope'), '19')['en_desc'],
                         'Invalid access_token')
        self.err(jd.signed_params(fake, q, access_token=None), '19')
        self.assertEqual(self.err(jd.signed_params(fake, q, app_key='other'), '21')['en_desc'], 'Invalid app_key')
        self.err(jd.signed_params(fake, q, method='jingdong.pop.order.get'), '15')
        self.err(jd.signed_params(fake, q, v='1.0'), '3')
        for ts in (jd.fmt_ts(NOW - 599), jd.fmt_ts(NOW + 599), jd.fmt8(NOW), jd.fmt8(NOW) + '.123',
                   jd.fmt8(NOW - 8 * 3600) + '.000+0000'):     # millis and offset optional; UTC with +0000
            self.ok(q, timestamp=ts)
        for ts in (jd.fmt_ts(NOW - 601), jd.fmt_ts(NOW + 601), jd.fmt8(NOW - 8 * 3600) + '.000+0800',
                   str(NOW * 1000), '2026-09-12T10:00:00'):
            self.err(jd.signed_params(fake, q, timestamp=ts), '16')
        fake.token_expired = True
        self.err(jd.signed_params(fake, q), '19')
        fake.token_expired = False
        fake.force_error('token')
        self.err(jd.signed_params(fake, q), '19')
        self.ok(q)

    def test_window_cap_and_parameters(self):
        fake = self.jd()
        r = self.ok(self.query(END - DAY, END))
        self.assertEqual(r['orderTotal'], len(self.in_window(END - DAY, END)))
        self.assertIn('wider than 86400', self.err(jd.signed_params(fake, self.query(END - DAY - 1, END)),
                                                   '3')['en_desc'])
        self.err(jd.signed_params(fake, self.query(END, END - 1)), '3')
        self.err(jd.signed_params(fake, self.query(END - 60, END, page_size='101')), '3')
        self.err(jd.signed_params(fake, self.query(END - 60, END, page='0')), '3')
        self.err(jd.signed_params(fake, self.query(END - 60, END, order_state='PAID')), '3')
        self.err(jd.signed_params(fake, dict(self.query(END - 60, END), order_state=None)), '3')
        self.err(jd.signed_params(fake, dict(self.query(END - 60, END), start_date='2026/09/01 00:00:00')), '3')
        self.err(jd.signed_params(fake, '{not json'), '3')
        self.ok(self.query(END - 60, END, page=1, page_size=100))          # numbers are accepted too
        fake.max_window = 30 * DAY
        self.ok(self.query(END - 30 * DAY, END))

    def test_paging_sorting_states_and_fields(self):
        fake = self.jd()
        start, end = END - DAY, END
        expected = self.in_window(start, end)
        got, page = [], 1
        while True:
            r = self.ok(self.query(start, end, page=str(page), page_size='30'))
            self.assertEqual(r['orderTotal'], len(expected))
            if not r['orderInfoList']:
                break
            got += [o['orderId'] for o in r['orderInfoList']]
            page += 1
        self.assertEqual(got, expected)                                      # ascending by modified by default
        r = self.ok(self.query(start, end, sortType='1', page_size='100'))
        self.assertEqual([o['orderId'] for o in r['orderInfoList']], expected[::-1][:100])
        by_created = self.in_window(start, end, 'created')
        r = self.ok(self.query(start, end, dateType='1', page_size='100'))
        self.assertEqual([o['orderId'] for o in r['orderInfoList']], by_created[:100])
        r = self.ok(self.query(start, end, state='FINISHED_L,TRADE_CANCELED', page_size='100'))
        self.assertTrue({o['orderState'] for o in r['orderInfoList']} <= {'FINISHED_L', 'TRADE_CANCELED'})
        self.assertGreater(r['orderTotal'], 0)
        r = self.ok(self.query(start, end, optional_fields='orderId,orderPayment,itemInfoList', page_size='5'))
        self.assertTrue(all(set(o) == {'orderId', 'orderPayment', 'itemInfoList'} for o in r['orderInfoList']))
        status, body = self.search(self.query(start, end, page='999'))
        self.assertEqual(body[jd.RESPONSE_KEY]['searchorderinfo_result']['orderInfoList'], [])
        self.assertEqual(body[jd.RESPONSE_KEY]['code'], '0')
        # An order modified while paging forward (ascending) makes a later one slide back unseen.
        start, end = END - 2 * DAY, END - DAY
        before = self.in_window(start, end)
        r = self.ok(self.query(start, end, page_size='10'))
        first = [o['orderId'] for o in r['orderInfoList']]
        fake.mutate(1, ids=[first[0]])
        r = self.ok(self.query(start, end, page='2', page_size='10'))
        self.assertEqual([o['orderId'] for o in r['orderInfoList']], before[11:21])   # before[10] skipped

    def test_throttle_ban(self):
        fake = self.jd(orders=50, burst_limit=3, burst_window=30, ban_seconds=1.5)
        q = self.query(END - 60, END)
        for _ in range(3):
            self.ok(q)
        t0 = time.monotonic()
        e = self.err(jd.signed_params(fake, q), '73')
        while 'error_response' in self.search(q)[1]:
            self.assertLess(time.monotonic() - t0, 4)
            time.sleep(0.1)
        self.assertGreaterEqual(time.monotonic() - t0, 1.45)
        self.assertGreaterEqual(fake.stats.throttled, 2)
        self.assertIn('retry', e['en_desc'])
        fake.burst_limit = None
        fake.ban(0.5)
        self.err(jd.signed_params(fake, q), '73')
        time.sleep(0.55)
        self.ok(q)

    def test_exact_yuan_strings(self):
        fake = self.jd()
        status, raw = self.client.raw(jd.signed_params(fake, self.query(END - DAY, END)))
        text = raw.decode('utf-8')
        orders = json.loads(text)[jd.RESPONSE_KEY]['searchorderinfo_result']['orderInfoList']
        self.assertEqual(len(orders), 100)
        money = ('orderTotalPrice', 'orderSellerPrice', 'orderPayment', 'freightPrice', 'sellerDiscount')
        for o in orders:
            self.assertRegex(o['orderId'], r'^\d{12}$')
            for k in money:
                self.assertRegex(o[k], YUAN_RE)
                self.assertIn('"%s":"%s"' % (k, o[k]), text)
            internal = fake.amounts(next(x for x in fake.orders if str(x['id']) == o['orderId']))
            self.assertEqual({k: o[k] for k in money}, {k: jd.yuan(internal[k]) for k in money})
            self.assertEqual(D(o['orderSellerPrice']), D(o['orderTotalPrice']) - D(o['sellerDiscount']))
            self.assertEqual(D(o['orderPayment']), D(o['orderSellerPrice']) + D(o['freightPrice']))
            self.assertEqual(D(o['orderTotalPrice']), sum(D(i['jdPrice']) * int(i['itemTotal'])
                                                          for i in o['itemInfoList']))
            self.assertEqual(set(o['consigneeInfo']) >= {'fullname', 'mobile', 'fullAddress', 'province', 'city',
                                                         'county'}, True)
            for i in o['itemInfoList']:
                self.assertRegex(i['jdPrice'], YUAN_RE)
                self.assertTrue({'skuId', 'outerSkuId', 'skuName', 'jdPrice', 'itemTotal'} <= set(i))
        everything = json.dumps(fake.render_all(), ensure_ascii=False, separators=(',', ':'))
        self.assertTrue('"jdPrice":"0.01"' in everything)
        self.assertTrue('"jdPrice":"5999.00"' in everything)
        self.assertEqual({o['orderState'] for o in fake.render_all()} - set(jd.STATES), set())

    def test_mutation_visible_and_faults(self):
        fake = self.jd(orders=300)
        o = next(x for x in fake.orders if x['state'] == 'WAIT_SELLER_STOCK_OUT' and x['modified'] < END - 60)
        before = fake.order(o['id'])
        self.assertEqual(fake.mutate(1, ids=[o['id']]), [str(o['id'])])
        r = self.ok(self.query(NOW - 60, NOW))
        self.assertEqual([x['orderId'] for x in r['orderInfoList']], [str(o['id'])])
        after = r['orderInfoList'][0]
        self.assertEqual(after['modified'], jd.fmt8(NOW))
        self.assertNotEqual((after['orderState'], after['venderRemark']), (before['orderState'],
                                                                           before['venderRemark']))
        new = fake.add_orders(2)
        r = self.ok(self.query(NOW - 60, NOW, state='WAIT_SELLER_STOCK_OUT'))
        self.assertTrue(set(new) <= {x['orderId'] for x in r['orderInfoList']})
        q = self.query(END - 3600, END)
        fake.fail_next('500')
        status, body = self.search(q)
        self.assertEqual((status, body['error_response']['code']), (500, '66'))
        fake.force_error('isp')
        self.err(jd.signed_params(fake, q), '66')
        fake.fail_next('truncated')
        self.client.close()
        c = FormClient(fake.url, '/routerjson')
        self.addCleanup(c.close)
        with self.assertRaises((http.client.IncompleteRead, ValueError)):
            c.call(jd.signed_params(fake, q))
        self.ok(q)
        self.assertEqual(dict(fake.stats.faults), {'500': 1, 'truncated': 1})


if __name__ == '__main__':
    unittest.main()
