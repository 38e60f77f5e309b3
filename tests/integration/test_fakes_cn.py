"""The fake 抖店 (Douyin) and Pinduoduo gateways (tests/fakes/douyin.py,
tests/fakes/pinduoduo.py) enforce the platform contracts of
../shared/PLATFORMS.md: plain unittest cases with an HTTP client of their
own (the signing here is written independently of the fakes and checked
against the PLATFORMS.md vectors first), no database and no orderd
binaries needed."""
import hashlib
import hmac
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
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
FAKES = os.path.normpath(os.path.join(HERE, '..', 'fakes'))
if FAKES not in sys.path:
    sys.path.insert(0, FAKES)

import common  # noqa: E402
import douyin  # noqa: E402
import pinduoduo  # noqa: E402

END = 1_700_003_600  # newest seeded order: reproducible data

# ---- PLATFORMS.md signing vectors ----------------------------------------------------------------------------

DY_SECRET = 'test-secret'
DY_APP_KEY = '1234567890123456789'
DY_METHOD = 'order.searchList'
DY_TS = '1700000000'
DY_PARAM_JSON = ('{"order_asc":true,"order_by":"update_time","page":0,"size":100,"update_time_end":1700003600,'
                 '"update_time_start":1700000000}')
DY_HMAC = 'b3264c610329ae6b8ca445728a01832bb4f979168cca6155d071cbc5d6eec2dd'
DY_MD5 = '3ce3a320f46e6cc0896cf87f2aa5e4c0'

PDD_SECRET = 'testSecret'
PDD_VECTOR = [('access_token', 'asd78172s8ds9a921j9qqwda12312w1w21211'), ('client_id', '1'), ('data_type', 'XML'),
              ('order_status', '1'), ('page', '1'), ('page_size', '10'), ('timestamp', '1480411125'),
              ('type', 'pdd.order.number.list.get')]
PDD_STRING = ('access_tokenasd78172s8ds9a921j9qqwda12312w1w21211client_id1data_typeXMLorder_status1page1page_size10'
              'timestamp1480411125typepdd.order.number.list.get')
PDD_SIGN = 'E4DE3ED21002510DED352819E7AE6775'
PDD_TYPE = 'pdd.order.number.list.increment.get'


def dy_sign(secret, app_key, method, param_json, timestamp, alg):
    s = secret + 'app_key' + app_key + 'method' + method + 'param_json' + param_json + 'timestamp' + timestamp \
        + 'v' + '2' + secret
    if alg == 'md5':
        return hashlib.md5(s.encode('utf-8')).hexdigest()
    return hmac.new(secret.encode('utf-8'), s.encode('utf-8'), hashlib.sha256).hexdigest()


def dy_canonical(obj):
    return json.dumps(obj, ensure_ascii=False, separators=(',', ':'), sort_keys=True)


def pdd_sign(secret, params):
    text = ''.join(k + v for k, v in sorted(params.items()) if k != 'sign')
    return hashlib.md5((secret + text + secret).encode('utf-8')).hexdigest().upper()


def post(base, path, body, headers):
    u = urllib.parse.urlsplit(base)
    conn = http.client.HTTPConnection(u.hostname, u.port, timeout=10)
    try:
        conn.request('POST', path, body=body, headers=headers)
        r = conn.getresponse()
        return r.status, r.getheader('Content-Type'), r.read()
    finally:
        conn.close()


def get(base, path):
    u = urllib.parse.urlsplit(base)
    conn = http.client.HTTPConnection(u.hostname, u.port, timeout=10)
    try:
        conn.request('GET', path)
        r = conn.getresponse()
        return r.status, r.read()
    finally:
        conn.close()


class FakeCase(unittest.TestCase):
    def start(self, fake):
        fake.start()
        self.addCleanup(fake.stop)
        return fake


# ---- Douyin -----------------------------------------------------------------------------------------------------

class DouyinContract(FakeCase):
    def fake(self, **kw):
        kw.setdefault('orders', 300)
        kw.setdefault('end_time', END)
        now = kw.pop('now', END + 60)
        kw.setdefault('clock', lambda: now)
        self.dy = self.start(douyin.DouyinFake(**kw))
        return self.dy

    def call(self, params=None, body=None, ts=None, sign=None, alg='hmac-sha256', secret=None, query=None,
             path='/order/searchList', method='POST'):
        """One request; params are sent as canonical param_json unless body
        (bytes) is given.  query overrides/removes (None) query values."""
        dy = self.dy
        if body is None:
            body = dy_canonical(params or {}).encode('utf-8')
        ts = str(int(dy.clock())) if ts is None else ts
        q = {'app_key': dy.app_key, 'method': DY_METHOD, 'access_token': dy.access_token, 'timestamp': ts,
             'v': '2', 'sign_method': alg}
        q.update(query or {})
        if sign is None:
            sign = dy_sign(secret or dy.app_secret, q['app_key'] or '', q['method'] or '', body.decode('utf-8'),
                           q['timestamp'] or '', alg)
        q['sign'] = sign
        qs = urllib.parse.urlencode([(k, v) for k, v in q.items() if v is not None])
        if method == 'POST':
            status, ctype, raw = post(dy.url, path + '?' + qs, body, {'Content-Type': 'application/json'})
        else:
            u = urllib.parse.urlsplit(dy.url)
            conn = http.client.HTTPConnection(u.hostname, u.port, timeout=10)
            conn.request(method, path + '?' + qs)
            r = conn.getresponse()
            status, ctype, raw = r.status, r.getheader('Content-Type'), r.read()
            conn.close()
        self.assertTrue(ctype.startswith('application/json'), ctype)
        return status, json.loads(raw), raw

    def window(self, start, end, **extra):
        p = {'update_time_start': start, 'update_time_end': end, 'page': 0, 'size': 100}
        p.update(extra)
        return p

    def assert_error(self, resp, code, sub_code):
        status, body, _ = resp
        self.assertEqual(status, 200)
        self.assertEqual((body['code'], body['sub_code']), (code, sub_code), body)
        self.assertEqual(sorted(body), ['code', 'log_id', 'msg', 'sub_code', 'sub_msg'])
        self.assertRegex(body['log_id'], r'^\d{14}[0-9A-F]{18}$')

    def test_signing_vectors_accept_and_a_flipped_byte_rejects(self):
        self.assertEqual(dy_sign(DY_SECRET, DY_APP_KEY, DY_METHOD, DY_PARAM_JSON, DY_TS, 'hmac-sha256'), DY_HMAC)
        self.assertEqual(dy_sign(DY_SECRET, DY_APP_KEY, DY_METHOD, DY_PARAM_JSON, DY_TS, 'md5'), DY_MD5)
        self.assertEqual(douyin.sign(DY_SECRET, DY_APP_KEY, DY_METHOD, DY_PARAM_JSON, DY_TS, 'hmac-sha256'), DY_HMAC)
        self.assertEqual(douyin.sign(DY_SECRET, DY_APP_KEY, DY_METHOD, DY_PARAM_JSON, DY_TS, 'md5'), DY_MD5)
        self.assertEqual(douyin.canonical(json.loads(DY_PARAM_JSON)), DY_PARAM_JSON)
        dy = self.fake(orders=1000, app_key=DY_APP_KEY, app_secret=DY_SECRET, end_time=1700003600 + 86400,
                       span_days=2, now=int(DY_TS))
        want = sorted((o['updated'], int(o['order_id'])) for o in dy.orders if 1700000000 <= o['updated'] <= 1700003600)
        self.assertTrue(10 < len(want) <= 100, len(want))
        body = DY_PARAM_JSON.encode()
        for alg, sig in (('hmac-sha256', DY_HMAC), ('md5', DY_MD5)):
            status, resp, _ = self.call(body=body, ts=DY_TS, sign=sig, alg=alg)
            self.assertEqual((status, resp['code'], resp['msg']), (200, 10000, 'success'), resp)
            data = resp['data']
            self.assertEqual((data['page'], data['size'], data['total']), (0, 100, len(want)))
            self.assertEqual([(o['update_time'], int(o['order_id'])) for o in data['shop_order_list']], want)
            # One byte of the body changed after signing (still valid JSON).
            for a, b in (('"page":0', '"page":1'), ('"size":100', '"size":101'), ('1700003600', '1700003500'),
                         ('true', 'trUe')):
                flipped = DY_PARAM_JSON.replace(a, b, 1).encode()
                self.assertEqual(len(flipped), len(body))
                self.assertNotEqual(flipped, body)
                self.assert_error(self.call(body=flipped, ts=DY_TS, sign=sig, alg=alg), 40003,
                                  'isv.signature-invalid')
            # One character of the sign, its case, the signed timestamp or the method changed.
            bad = sig[:-1] + ('0' if sig[-1] != '0' else '1')
            for kw in ({'sign': bad}, {'sign': sig.upper()}, {'sign': sig, 'ts': '1700000001'}):
                kw.setdefault('ts', DY_TS)
                self.assert_error(self.call(body=body, alg=alg, **kw), 40003, 'isv.signature-invalid')
        # sign_method missing means md5; the other algorithm's sign is refused.
        self.assertEqual(self.call(body=body, ts=DY_TS, sign=DY_MD5, query={'sign_method': None})[1]['code'], 10000)
        self.assert_error(self.call(body=body, ts=DY_TS, sign=DY_HMAC, query={'sign_method': None}), 40003,
                          'isv.signature-invalid')
        self.assert_error(self.call(body=body, ts=DY_TS, sign=DY_MD5, alg='hmac-sha256'), 40003,
                          'isv.signature-invalid')
        self.assert_error(self.call(body=body, ts=DY_TS, sign=DY_HMAC, alg='sha1'), 40003, 'isv.sign-method-invalid')
        self.assertEqual(dy.noncanonical, 0)

    def test_body_is_signed_as_received(self):
        dy = self.fake()
        params = self.window(END - 3600, END, order_by='update_time', product='数据线 Type-C/1m')
        canon = dy_canonical(params)
        self.assertIn('数据线 Type-C/1m', canon)  # no \u escapes, no \/
        # Non-canonical bytes signed as sent: accepted (the platform signs what it receives), but counted.
        for text in (json.dumps(params, indent=2), json.dumps(params),  # spaces, unsorted, \u escapes
                     json.dumps(params, ensure_ascii=False).replace('/', '\\/')):
            self.assertNotEqual(text, canon)
            status, resp, _ = self.call(body=text.encode())
            self.assertEqual(resp['code'], 10000, text)
        self.assertEqual(dy.noncanonical, 3)
        self.assertEqual([c['canonical'] for c in dy.calls], [False, False, False])
        # Signed over one serialization, sent as another: refused.
        sig = dy_sign(dy.app_secret, dy.app_key, DY_METHOD, json.dumps(params), str(END + 60), 'hmac-sha256')
        self.assert_error(self.call(body=canon.encode(), sign=sig), 40003, 'isv.signature-invalid')
        self.assertEqual(self.call(params)[1]['code'], 10000)
        self.assertTrue(dy.calls[-1]['canonical'])
        self.assertEqual(dy.noncanonical, 3)
        # strict_canonical refuses what is not canonical even when the sign matches.
        dy.strict_canonical = True
        self.assert_error(self.call(body=json.dumps(params).encode()), 40003, 'isv.parameter-format-invalid')
        self.assertEqual(self.call(params)[1]['code'], 10000)
        # A body that is not a JSON object: parameter format.
        dy.strict_canonical = False
        for text in (b'[1,2]', b'{"page":', b'"x"'):
            self.assert_error(self.call(body=text), 40003, 'isv.parameter-format-invalid')

    def test_app_key_token_and_request_shape(self):
        dy = self.fake()
        p = self.window(END - 3600, END)
        self.assertEqual(self.call(p)[1]['code'], 10000)
        self.assert_error(self.call(p, query={'app_key': '7300000000000000002'}), 40001, 'isv.app-id-missing')
        self.assert_error(self.call(p, query={'app_key': None}), 40001, 'isv.app-id-missing')
        self.assert_error(self.call(p, sign=''), 40001, 'isv.signature-missing')
        self.assert_error(self.call(p, secret='other-secret'), 40003, 'isv.signature-invalid')
        self.assert_error(self.call(p, query={'v': '1'}), 40003, 'isv.version-invalid')
        self.assert_error(self.call(p, query={'access_token': 'some-other-token'}), 40003,
                          'isv.access-token-no-existed')
        self.assert_error(self.call(p, query={'access_token': None}), 40001, 'isv.access-token-missing')
        dy.token_expired = True
        self.assert_error(self.call(p), 40003, 'isv.access-token-expired')
        dy.token_expired = False
        self.assert_error(self.call(p, path='/order/orderDetail', query={'method': 'order.orderDetail'}), 70000,
                          'isp.api-service-off')
        self.assert_error(self.call(p, path='/order/orderDetail'), 70000, 'isp.api-service-off')
        self.assert_error(self.call(p, method='GET'), 40003, 'isv.http-method-invalid')
        self.assertEqual(self.call(p)[1]['code'], 10000)
        # Codes are configurable.
        dy.errors['token_unknown'] = (40003, '非法的参数', 'isv.access-token-invalid', 'x')
        self.assert_error(self.call(p, query={'access_token': 'x'}), 40003, 'isv.access-token-invalid')

    def test_timestamp_skew_is_rejected(self):
        now = END + 60
        dy = self.fake(now=now)
        p = self.window(END - 3600, END)
        for ts in (now - 600, now + 600, now):
            self.assertEqual(self.call(p, ts=str(ts))[1]['code'], 10000, ts)
        for ts in (now - 601, now + 601, now - 86400, 0):
            self.assert_error(self.call(p, ts=str(ts)), 40003, 'isv.timestamp-invalid')
        # The older GMT+8 wall-clock form is the same instant.
        wall = common.fmt_local(now, common.parse_tz('+08:00'), sep=' ')
        self.assertEqual(self.call(p, ts=wall)[1]['code'], 10000)
        wall_old = common.fmt_local(now - 3600, common.parse_tz('+08:00'), sep=' ')
        self.assert_error(self.call(p, ts=wall_old), 40003, 'isv.timestamp-invalid')
        for ts in ('yesterday', '2023-13-01 00:00:00', '1700000000.5', ''):
            self.assert_error(self.call(p, ts=ts), 40003, 'isv.timestamp-format-error')
        dy.max_skew = 60
        self.assert_error(self.call(p, ts=str(now - 61)), 40003, 'isv.timestamp-invalid')
        self.assertEqual(self.call(p, ts=str(now - 59))[1]['code'], 10000)

    def test_window_cap_and_parameter_bounds(self):
        dy = self.fake()
        ok = lambda p: self.assertEqual(self.call(p)[1]['code'], 10000, p)  # noqa: E731
        ok(self.window(END - 86400, END))
        self.assert_error(self.call(self.window(END - 86401, END)), 40004, 'isv.business-param-invalid')
        ok({'create_time_start': END - 86400, 'create_time_end': END})
        self.assert_error(self.call({'create_time_start': END - 90000, 'create_time_end': END}), 40004,
                          'isv.business-param-invalid')
        # Only a start: the end is now, so the cap still applies.
        ok({'update_time_start': END - 3600})
        self.assert_error(self.call({'update_time_start': END - 90000}), 40004, 'isv.business-param-invalid')
        self.assert_error(self.call({'update_time_end': END}), 40002, 'isv.business-param-missing')
        self.assert_error(self.call({'page': 0, 'size': 10}), 40002, 'isv.business-param-missing')
        self.assert_error(self.call(self.window(END, END - 1)), 40004, 'isv.business-param-invalid')
        dy.max_window = 3600
        ok(self.window(END - 3600, END))
        status, resp, _ = self.call(self.window(END - 3601, END))
        self.assertEqual(resp['code'], 40004)
        self.assertIn('3600', resp['sub_msg'])
        dy.max_window = 86400
        for bad in ({'size': 101}, {'size': 0}, {'page': -1}, {'order_by': 'pay_time'}, {'size': '1O'},
                    {'order_asc': 'yes'}, {'page': True}):
            self.assert_error(self.call(self.window(END - 3600, END, **bad)), 40004, 'isv.business-param-invalid')
        # Numbers as strings and "true"/"false" are accepted, as the gateway documents.
        ok(self.window(str(END - 3600), str(END), size='100', page='0', order_asc='true'))
        status, resp, _ = self.call({'update_time_start': END - 3600, 'update_time_end': END})
        self.assertEqual((resp['data']['page'], resp['data']['size']), (0, 10))

    def test_paging_walks_every_order_once(self):
        dy = self.fake(orders=1000)
        truth = {o['order_id'] for o in dy.orders}
        lo = min(o['updated'] for o in dy.orders)
        seen, requests = [], 0
        start = lo
        while start <= END:
            end = min(start + 86399, END)  # inclusive bounds: disjoint windows
            page, got = 0, []
            while True:
                status, resp, _ = self.call(self.window(start, end, page=page, size=40, order_by='update_time',
                                                        order_asc=True))
                requests += 1
                data = resp['data']
                got += data['shop_order_list']
                if (page + 1) * 40 >= data['total']:
                    break
                page += 1
            self.assertEqual(len(got), data['total'])
            keys = [(o['update_time'], int(o['order_id'])) for o in got]
            self.assertEqual(keys, sorted(keys))
            self.assertTrue(all(start <= o['update_time'] <= end for o in got))
            seen += [o['order_id'] for o in got]
            start = end + 1
        self.assertEqual(len(seen), len(set(seen)))
        self.assertEqual(set(seen), truth)
        self.assertLess(requests, 120)
        # Default order: create_time, newest first; a page past the end is empty.
        p = {'create_time_start': END - 86400, 'create_time_end': END, 'size': 100}
        status, resp, _ = self.call(p)
        keys = [(o['create_time'], int(o['order_id'])) for o in resp['data']['shop_order_list']]
        self.assertEqual(keys, sorted(keys, reverse=True))
        total = resp['data']['total']
        status, resp, _ = self.call(dict(p, page=math.ceil(total / 100.0)))
        self.assertEqual((resp['code'], resp['data']['shop_order_list'], resp['data']['total']), (10000, [], total))

    def test_order_fields_and_exact_fen_amounts(self):
        dy = self.fake(orders=400, bad_orders=4, span_days=10)
        status, resp, raw = self.call({'update_time_start': END - 86400, 'update_time_end': END, 'size': 100})
        self.assertEqual((status, resp['code']), (200, 10000))
        self.assertTrue(resp['data']['shop_order_list'])
        text = raw.decode('utf-8')
        self.assertNotRegex(text, r'"(?:\w+_)?amount":-?\d+\.')  # no amount is ever a fraction
        self.assertNotIn('\\u', text)
        orders = dy.render_all()
        self.assertEqual(json.loads(json.dumps(orders)), orders)
        statuses = set()
        for o in orders:
            self.assertRegex(o['order_id'], r'^\d{19}$')
            self.assertIn(o['order_status'], douyin.STATUSES)
            self.assertEqual(o['order_status_desc'], douyin.STATUS_DESC[o['order_status']])
            statuses.add(o['order_status'])
            for k in ('create_time', 'update_time', 'pay_time'):
                self.assertIs(type(o[k]), int)
            self.assertLessEqual(o['create_time'], o['update_time'])
            self.assertEqual(o['pay_time'] == 0, o['order_status'] == 1 or (o['order_status'] == 4
                                                                           and not o['channel_payment_no']))
            for k in ('order_amount', 'pay_amount', 'post_amount', 'promotion_amount', 'promotion_shop_amount',
                      'promotion_platform_amount'):
                self.assertIs(type(o[k]), int, k)
            skus = o['sku_order_list']
            self.assertTrue(skus)
            self.assertEqual(o['promotion_amount'], sum(s['promotion_amount'] for s in skus))
            self.assertEqual(o['promotion_amount'], o['promotion_shop_amount'] + o['promotion_platform_amount'])
            self.assertEqual(o['pay_amount'], sum(s['pay_amount'] for s in skus) + o['post_amount'])
            self.assertEqual(o['order_amount'], o['pay_amount'])
            for s in skus:
                self.assertEqual(s['parent_order_id'], o['order_id'])
                self.assertRegex(s['order_id'], r'^\d{19}$')
                self.assertEqual(s['sum_amount'], s['pay_amount'] + s['promotion_amount'])
                if 'origin_amount' in s:
                    self.assertIs(type(s['origin_amount']), int)
                    self.assertEqual(s['sum_amount'], s['origin_amount'] * s['item_num'])
                self.assertEqual(sorted(s['after_sale_info']), ['after_sale_status', 'after_sale_type',
                                                                'refund_status'])
                self.assertIsInstance(s['spec'], list)
            if len(skus) == 1:
                self.assertEqual(skus[0]['order_id'], o['order_id'])
            else:
                self.assertEqual(len({s['order_id'] for s in skus}), len(skus))
            if o['order_id'] not in dy.bad_orders:
                self.assertTrue(all(s['out_sku_id'] and s['code'] and 'origin_amount' in s for s in skus))
            # Personal data: ciphertext and masks only.
            addr = o['post_addr']
            self.assertEqual(sorted(addr), ['city', 'detail', 'encrypt_detail', 'province', 'street', 'town'])
            self.assertEqual(sorted(addr['province']), ['id', 'name'])
            self.assertRegex(addr['province']['id'], r'^\d+$')
            for plain_key, enc_key in (('post_receiver', 'encrypt_post_receiver'), ('post_tel', 'encrypt_post_tel')):
                self.assertRegex(o[enc_key], r'^#[^#]+#[A-Za-z0-9+/=]+\*[A-Za-z0-9+/=]+#1##$')
                self.assertEqual(o[plain_key], o[enc_key])
            plain = dy.cipher_plain[o['encrypt_post_receiver']]
            self.assertRegex(plain, r'^[\u4e00-\u9fff]{2,4}$')
            self.assertEqual(o['mask_post_receiver'], plain[0] + '*' * (len(plain) - 1))
            tel = dy.cipher_plain[o['encrypt_post_tel']]
            self.assertRegex(tel, r'^1\d{10}$')
            self.assertEqual(o['mask_post_tel'], tel[:3] + '****' + tel[-4:])
            detail = dy.cipher_plain[addr['encrypt_detail']]
            self.assertTrue(o['mask_post_addr']['detail'].endswith('****'))
            blob = json.dumps(o, ensure_ascii=False)
            for secret in (plain, tel, detail):
                self.assertNotIn(secret, blob)
        self.assertEqual(statuses, set(douyin.STATUSES))
        self.assertEqual(sorted(dy.bad_orders.values()), ['line without price'] * 2 + ['line without sku'] * 2)
        for oid, reason in dy.bad_orders.items():
            skus = dy.order(oid)['sku_order_list']
            if reason == 'line without sku':
                self.assertTrue(any(s['out_sku_id'] == '' and s['code'] == '' for s in skus))
            else:
                self.assertTrue(any('origin_amount' not in s for s in skus))
        # Prices that a double would not hold exactly stay exact integers.
        prices = {s.get('origin_amount') for o in orders for s in o['sku_order_list']}
        self.assertTrue({10, 20, 1230, 1999} <= prices)

    def test_throttle_envelope_on_demand_and_in_bursts(self):
        dy = self.fake()
        p = self.window(END - 3600, END)
        dy.throttle_next(3)
        codes = [self.call(p)[1] for _ in range(4)]
        for body in codes[:3]:
            self.assertEqual((body['code'], body['msg'], body['sub_code']),
                             (60000, '触发限流，请稍后重试', 'isv.app-call-limited'))
        self.assertEqual(codes[3]['code'], 10000)
        self.assertEqual(dy.stats.throttled, 3)
        self.assertEqual(dy.stats.by_status[200], 4)
        # Recurring bursts: every 5th request starts a burst of 2.
        dy.throttle_every, dy.throttle_burst = 5, 2
        # (4 requests so far: the 5th, 10th and 15th start a burst.)
        got = [self.call(p)[1]['code'] for _ in range(12)]
        self.assertEqual(got, [60000, 60000, 10000, 10000, 10000, 60000, 60000, 10000, 10000, 10000, 60000, 60000])
        self.assertEqual(dy.stats.throttled, 3 + 6)
        dy.throttle_every, dy.throttle_pending = 0, 0
        # A rate cap: more than 4 requests within a second are throttled.
        dy.qps = 4
        got = [self.call(p)[1]['code'] for _ in range(8)]
        self.assertEqual(got[:4], [10000] * 4)
        self.assertIn(60000, got[4:])
        dy.qps = None
        # Throttling is decided before the fault plan and after authentication.
        dy.throttle_next(1)
        self.assert_error(self.call(p, secret='wrong'), 40003, 'isv.signature-invalid')
        self.assertEqual(self.call(p)[1]['code'], 60000)
        dy.platform_error_next('timeout')
        self.assertEqual(self.call(p)[1]['code'], 20001)

    def test_mutation_is_visible(self):
        now = END + 7200
        dy = self.fake(orders=200, now=now)
        pending = [o['order_id'] for o in dy.orders if o['status'] in (1, 2)][:5]
        before = {i: dy.order(i) for i in pending}
        done = dy.mutate(0, ids=pending)
        self.assertEqual(sorted(done), sorted(pending))
        self.assertEqual(dy.stats.mutations, 5)
        status, resp, _ = self.call(self.window(now - 10, now, size=100))
        got = {o['order_id']: o for o in resp['data']['shop_order_list']}
        self.assertEqual(set(got), set(pending))
        for i in pending:
            self.assertEqual(got[i]['update_time'], now)
            self.assertNotEqual(got[i], before[i])
            self.assertEqual(got[i], dy.order(i))
        # New orders appear too.
        added = dy.add_orders(3)
        status, resp, _ = self.call(self.window(now - 10, now, size=100))
        self.assertTrue(set(added) <= {o['order_id'] for o in resp['data']['shop_order_list']})
        # Mutations on a schedule: every 2nd authenticated request.
        dy.mutate_every, dy.mutate_count = 2, 3
        for _ in range(4):
            self.call(self.window(now - 10, now))
        for t in dy._mutators:
            t.join(5)
        self.assertEqual(dy.stats.mutations, 5 + 6)

    def test_faults_use_the_platform_envelope(self):
        dy = self.fake()
        p = self.window(END - 3600, END)
        dy.fail_next('500')
        status, resp, _ = self.call(p)
        self.assertEqual((status, resp['code'], resp['sub_code']), (500, 20000, 'dop.service-error'))
        dy.fail_next('truncated')
        with self.assertRaises(http.client.IncompleteRead):
            self.call(p)
        dy.fail_next('reset')
        with self.assertRaises((ConnectionResetError, http.client.RemoteDisconnected, http.client.BadStatusLine)):
            self.call(p)
        self.assertEqual(self.call(p)[1]['code'], 10000)
        self.assertEqual(dict(dy.stats.faults), {'500': 1, 'truncated': 1, 'reset': 1})
        # Rejected requests are never faulted.
        dy.fail_next('500')
        self.assert_error(self.call(p, secret='wrong'), 40003, 'isv.signature-invalid')
        self.assertEqual(self.call(p)[0], 500)

    def test_invoice_list_contract(self):
        """order.invoiceList (sevencat/ecommerce_sdk OrderInvoiceList.cs): the
        same signing and token, page_no from 0, page_size 1..50,
        page_no * page_size <= 10000, start/end on apply_time, status 1/2/3,
        the fields and codes as sourced; a request changes nothing on its
        order."""
        dy = self.fake(orders=20)
        ids = [o['order_id'] for o in dy.orders]
        before = dy.order(ids[0])['update_time']
        a = dy.add_invoice_request(ids[0], '上海甲贸易有限公司', '91310115MA1K3YJ55K', when=END - 100,
                                   company_address='上海市浦东新区张江路1号', bank_no='121900000010001')
        b = dy.add_invoice_request(ids[1], '王小明', title_type=1, when=END - 50)
        dy.close_invoice_request(b, when=END)
        self.assertEqual(dy.order(ids[0])['update_time'], before)
        inv = {'path': '/order/invoiceList', 'query': {'method': 'order.invoiceList'}}
        status, resp, _ = self.call({'start_time': END - 100, 'end_time': END, 'page_no': 0, 'page_size': 50,
                                     'order_by': 'asc', 'order_field': 'create_time'}, **inv)
        self.assertEqual((status, resp['code']), (200, 10000), resp)
        got = resp['data']['invoice_list']
        self.assertEqual(resp['data']['total'], 2)
        self.assertEqual([r['shop_order_id'] for r in got], ids[:2])
        self.assertEqual((got[0]['invoice_type'], got[0]['title_type'], got[0]['invoice_status'], got[0]['title'],
                          got[0]['tax_no'], got[0]['bank_no'], got[0]['end_reason']),
                         (1, 2, 1, '上海甲贸易有限公司', '91310115MA1K3YJ55K', '121900000010001', 0))
        self.assertEqual((got[1]['title_type'], got[1]['invoice_status'], got[1]['end_reason']), (1, 3, 1))
        self.assertEqual(set(got[0]), {'registation_id', 'shop_id', 'shop_order_id', 'order_status', 'invoice_type',
                                       'invoice_status_type', 'apply_time', 'title_type', 'title', 'tax_no',
                                       'bank_name', 'bank_no', 'company_address', 'company_mobile',
                                       'invoice_amount', 'invoice_detail', 'invoice_status', 'end_reason',
                                       'end_time', 'tos_url', 'file_name', 'upload_time', 'latest_upload_time'})
        # bounds inclusive, status and order_id filter, page 1 of 1-sized pages
        for params, want in (({'start_time': END - 99, 'end_time': END}, [ids[1]]),
                             ({'start_time': END - 100, 'end_time': END - 100}, [ids[0]]),
                             ({'status': 3}, [ids[1]]), ({'order_id': ids[0]}, [ids[0]]),
                             ({'page_no': 1, 'page_size': 1}, [ids[1]]),
                             ({'order_by': 'desc'}, [ids[1], ids[0]])):
            status, resp, _ = self.call(params, **inv)
            self.assertEqual([r['shop_order_id'] for r in resp['data']['invoice_list']], want, params)
        for params in ({'page_size': 51}, {'page_size': 0}, {'page_no': -1}, {'page_no': 201, 'page_size': 50},
                       {'status': 4}, {'order_by': 'up'}, {'order_field': 'update_time'},
                       {'start_time': END, 'end_time': END - 1}):
            self.assert_error(self.call(params, **inv), 40004, 'isv.business-param-invalid')
        self.call({'page_no': 200, 'page_size': 50}, **inv)
        self.assertEqual(dy.invoice_calls[-1]['code'], 10000)
        # signed like every call: a wrong secret or token is refused
        self.assert_error(self.call({}, secret='wrong', **inv), 40003, 'isv.signature-invalid')
        self.assert_error(self.call({}, query={'method': 'order.invoiceList', 'access_token': 'nope'},
                                    path='/order/invoiceList'), 40003, 'isv.access-token-no-existed')
        dy.invoice_denied = True
        self.assert_error(self.call({}, **inv), 30002, 'isv.api-permission-denied')

    def test_program_mode(self):
        proc = subprocess.Popen([sys.executable, os.path.join(FAKES, 'douyin.py'), '--port', '0', '--orders', '30',
                                 '--app-key', DY_APP_KEY, '--app-secret', DY_SECRET, '--access-token', 'tok',
                                 '--stats-on-exit'], stdout=subprocess.PIPE, text=True)
        self.addCleanup(proc.stdout.close)
        base = proc.stdout.readline().strip()
        self.assertRegex(base, r'^http://127\.0\.0\.1:\d+$')
        self.dy = douyin.DouyinFake(orders=0, app_key=DY_APP_KEY, app_secret=DY_SECRET, access_token='tok')
        self.dy.port = int(base.rsplit(':', 1)[1])
        now = int(time.time())
        status, resp, _ = self.call({'update_time_start': now - 86400, 'update_time_end': now, 'size': 100})
        self.assertEqual(resp['code'], 10000)
        status, _, raw = post(base, '/_fake/config', b'{"throttle_pending": 1}', {})
        self.assertEqual(status, 200)
        self.assertEqual(self.call({'update_time_start': now - 60})[1]['code'], 60000)
        proc.terminate()
        out, _ = proc.communicate(timeout=10)
        self.assertEqual(proc.returncode, 0)
        self.assertEqual(json.loads(out)['throttled'], 1)


# ---- Pinduoduo ------------------------------------------------------------------------------------------------

class PinduoduoContract(FakeCase):
    def fake(self, **kw):
        kw.setdefault('orders', 300)
        kw.setdefault('end_time', END)
        now = kw.pop('now', END + 600)
        kw.setdefault('clock', lambda: now)
        self.pdd = self.start(pinduoduo.PinduoduoFake(**kw))
        return self.pdd

    def call(self, biz=None, secret=None, sign=None, tamper=None, json_body=False, path='/api/router', raw=False,
             **common_):
        """One request; common_ overrides (None removes) the common parameters;
        tamper changes parameters after signing.  Returns (status, raw text,
        parsed with exact decimals)."""
        pdd = self.pdd
        p = {'type': PDD_TYPE, 'client_id': pdd.client_id, 'access_token': pdd.access_token,
             'timestamp': str(int(pdd.clock())), 'data_type': 'JSON', 'version': 'V1'}
        p.update({k: str(v) for k, v in (biz or {}).items()})
        p.update(common_)
        p = {k: v for k, v in p.items() if v is not None}
        p['sign'] = sign if sign is not None else pdd_sign(secret or pdd.client_secret, p)
        p.update(tamper or {})
        if json_body:
            body, ctype = json.dumps(p, ensure_ascii=False).encode(), 'application/json'
        else:
            body, ctype = urllib.parse.urlencode(p).encode(), 'application/x-www-form-urlencoded'
        status, rtype, data = post(pdd.url, path, body, {'Content-Type': ctype})
        if raw:
            return status, rtype, data
        self.assertTrue(rtype.startswith('application/json'), rtype)
        text = data.decode('utf-8')
        return status, text, json.loads(text, parse_float=Decimal)

    def window(self, start, end, **extra):
        p = {'start_updated_at': start, 'end_updated_at': end, 'order_status': 5, 'page': 1, 'page_size': 100}
        p.update(extra)
        return p

    def ok(self, resp):
        status, text, body = resp
        self.assertEqual(status, 200)
        self.assertIn('order_sn_increment_get_response', body, body)
        return body['order_sn_increment_get_response']

    def assert_error(self, resp, code, sub_code=None, status=200):
        st, text, body = resp
        self.assertEqual(st, status)
        err = body['error_response']
        self.assertEqual(err['error_code'], code, err)
        if sub_code:
            self.assertEqual(err['sub_code'], sub_code, err)
        self.assertEqual(sorted(err), ['error_code', 'error_msg', 'request_id', 'sub_code', 'sub_msg'])
        return err

    def test_invoice_application_query(self):
        pdd = self.fake(orders=40, span_days=2)
        sns = [o['order_sn'] for o in pdd.orders[:3]]
        pdd.add_invoice_application(sns[0], '深圳乙科技有限公司', '9144030071526726XG', when=END - 100)
        pdd.add_invoice_application(sns[1], '王小明', when=END + 100, kind=1)
        pdd.add_invoice_application(sns[2], '丙公司', '91310115MA1K3YJ55K', status=0, when=END)
        inv = 'pdd.invoice.application.query'
        ms = lambda t: t * 1000  # noqa: E731
        status, text, body = self.call({'update_start_time': ms(END - 200), 'update_end_time': ms(END + 200),
                                        'page': 1, 'page_size': 2}, type=inv)
        self.assertEqual(status, 200, text)
        got = body['invoice_application_query_response']['invoice_application_list']
        self.assertEqual([a['order_sn'] for a in got], [sns[0], sns[2]])  # by apply_time, page of 2
        self.assertEqual((got[0]['payer_name'], got[0]['payer_register_no'], got[0]['business_type'],
                          got[0]['invoice_kind'], got[0]['application_status']),
                         ('深圳乙科技有限公司', '9144030071526726XG', 1, 0, 1))
        _, _, body = self.call({'update_start_time': ms(END - 200), 'update_end_time': ms(END + 200),
                                'page': 2, 'page_size': 2}, type=inv)
        self.assertEqual([a['order_sn'] for a in body['invoice_application_query_response']
                          ['invoice_application_list']], [sns[1]])
        _, _, body = self.call({'order_sn': sns[1]}, type=inv)
        self.assertEqual(len(body['invoice_application_query_response']['invoice_application_list']), 1)
        _, _, body = self.call({'update_start_time': ms(END - 200), 'update_end_time': ms(END + 200),
                                'status': 0}, type=inv)
        self.assertEqual([a['order_sn'] for a in body['invoice_application_query_response']
                          ['invoice_application_list']], [sns[2]])
        # the order now says it asked for an invoice
        self.assertEqual(pdd.order(sns[1])['invoice_status'], 1)
        # neither order_sn nor a window, a window over 15 days, start > end
        self.assert_error(self.call({'page': 1}, type=inv), 10000)
        self.assert_error(self.call({'update_start_time': ms(END - 16 * 86400), 'update_end_time': ms(END)},
                                    type=inv), 10000)
        self.assert_error(self.call({'update_start_time': ms(END), 'update_end_time': ms(END - 1)}, type=inv),
                          10000)
        # signed and authorized as every call
        self.assert_error(self.call({'order_sn': sns[0]}, type=inv, secret='not-the-secret'), 10004)
        self.assert_error(self.call({'order_sn': sns[0]}, type=inv, access_token='wrong'), 10019)
        self.assertEqual(len(pdd.invoice_calls), 7)

    def test_signing_vector_passes_the_sign_check(self):
        self.assertEqual(''.join(k + v for k, v in sorted(PDD_VECTOR)), PDD_STRING)
        self.assertEqual(pdd_sign(PDD_SECRET, dict(PDD_VECTOR)), PDD_SIGN)
        self.assertEqual(pinduoduo.sign(PDD_SECRET, dict(PDD_VECTOR)), PDD_SIGN)
        self.assertEqual(pinduoduo.sign(PDD_SECRET, PDD_VECTOR), PDD_SIGN)
        v = dict(PDD_VECTOR)
        self.fake(client_id='1', client_secret=PDD_SECRET, access_token=v['access_token'],
                  now=int(v['timestamp']), end_time=int(v['timestamp']) - 60, orders=1000, span_days=1)
        base = {k: val for k, val in v.items() if k not in ('client_id', 'access_token', 'timestamp', 'type',
                                                              'data_type')}
        common_ = {k: v[k] for k in ('client_id', 'access_token', 'timestamp', 'type', 'data_type')}
        # The vector's own request (another API type, XML): the sign is accepted, so the
        # gateway goes on to refuse the type -- not the sign.
        err = self.assert_error(self.call(base, sign=PDD_SIGN, version=None, **common_), 10002, 'type_not_exist')
        self.assertIn('pdd.order.number.list.get', err['sub_msg'])
        # Each value flipped by one byte after signing: the sign check fails.
        for k, val in v.items():
            flipped = val[:-1] + chr(ord(val[-1]) ^ 1)
            want = 10016 if k == 'client_id' else 10004  # an unknown client has no secret to check against
            self.assert_error(self.call(base, sign=PDD_SIGN, version=None, tamper={k: flipped}, **common_), want)
        self.assert_error(self.call(base, sign=PDD_SIGN.lower(), version=None, **common_), 10004)
        self.assert_error(self.call(base, sign=PDD_SIGN[:-1] + '4', version=None, **common_), 10004)
        self.assert_error(self.call(base, sign=PDD_SIGN, version=None, tamper={'extra': ''}, **common_), 10004)
        # The same credentials on the increment API, signed the same way: accepted.
        t = int(v['timestamp'])
        body = self.ok(self.call(self.window(t - 1800, t - 60, order_status=1, page_size=10), version=None,
                                 client_id='1', access_token=v['access_token'], timestamp=v['timestamp']))
        self.assertIn('total_count', body)
        self.assertEqual(len(body['order_sn_list']), min(10, body['total_count']))

    def test_signed_request_accepted_tampered_rejected(self):
        pdd = self.fake()
        w = self.window(END - 1800, END)
        body = self.ok(self.call(w))
        self.assertGreater(body['total_count'], 0)
        self.assertEqual(self.ok(self.call(w, json_body=True))['total_count'], body['total_count'])
        self.assert_error(self.call(w, tamper={'end_updated_at': str(END - 1)}), 10004, 'sign_invalid')
        self.assert_error(self.call(w, tamper={'page_size': '99'}), 10004)
        self.assert_error(self.call(w, secret='another-secret'), 10004)
        self.assert_error(self.call(w, sign=''), 10004)
        self.assert_error(self.call(w, tamper={'sign': pdd_sign(pdd.client_secret, {'a': 'b'})}), 10004)
        # An empty value is part of the signed string.
        self.ok(self.call(dict(w, refund_status='')))
        self.assertEqual(pdd.stats.by_status[200], pdd.stats.requests)

    def test_client_token_and_request_shape(self):
        pdd = self.fake()
        w = self.window(END - 1800, END)
        self.assert_error(self.call(w, client_id='other-client'), 10016)
        self.assert_error(self.call(w, client_id=None), 10016)
        self.assert_error(self.call(w, access_token='other-token'), 10019)
        self.assert_error(self.call(w, access_token=None), 10019)
        pdd.token_expired = True
        err = self.assert_error(self.call(w), 10019, 'access_token_expired')
        self.assertEqual(err['error_msg'], 'access_token已过期')
        pdd.token_expired = False
        self.assert_error(self.call(w, type='pdd.order.information.get'), 10002)
        self.assert_error(self.call(w, data_type='XML'), 10000, 'data_type_invalid')
        self.assert_error(self.call(w, version='V2'), 10000, 'data_type_invalid')
        for ts in (str(END + 600 - 601), str(END + 600 + 601), '2023-11-15 06:13:20', None):
            self.assert_error(self.call(w, timestamp=ts), 10000, 'timestamp_invalid')
        self.ok(self.call(w, timestamp=str(END + 600 - 600)))
        self.ok(self.call(w, data_type='json', version=None))
        self.assert_error(self.call(w, path='/api/other'), 10000, status=404)
        u = urllib.parse.urlsplit(pdd.url)
        conn = http.client.HTTPConnection(u.hostname, u.port, timeout=5)
        conn.request('GET', '/api/router?type=' + PDD_TYPE)
        r = conn.getresponse()
        self.assertEqual((r.status, json.loads(r.read())['error_response']['error_code']), (200, 10000))
        conn.close()

    def test_window_cap_and_parameter_bounds(self):
        pdd = self.fake()
        self.ok(self.call(self.window(END - 1800, END)))
        err = self.assert_error(self.call(self.window(END - 1801, END)), 10000, 'param_invalid')
        self.assertIn('30', err['sub_msg'])
        self.assert_error(self.call(self.window(END, END - 1)), 10000)
        pdd.max_window = 600
        self.ok(self.call(self.window(END - 600, END)))
        self.assert_error(self.call(self.window(END - 601, END)), 10000)
        pdd.max_window = 1800
        for k in ('start_updated_at', 'end_updated_at', 'order_status'):
            w = self.window(END - 60, END)
            del w[k]
            self.assert_error(self.call(w), 10000)
        for bad in ({'page_size': 101}, {'page_size': 0}, {'page': 0}, {'order_status': 4}, {'refund_status': 6},
                    {'use_has_next': 'yes'}, {'page': 'x'}, {'is_lucky_flag': 3}):
            self.assert_error(self.call(self.window(END - 60, END, **bad)), 10000)
        w = self.window(END - 1800, END)
        del w['page'], w['page_size']
        self.assertGreater(len(self.ok(self.call(w))['order_sn_list']), 0)
        # The 3-minute rule is the client's unless min_lag is set.
        now = END + 600
        self.ok(self.call(self.window(now - 1800, now)))
        pdd.min_lag = 180
        self.assert_error(self.call(self.window(now - 1800, now - 179)), 10000)
        self.ok(self.call(self.window(now - 1800, now - 180)))

    def walk_back(self, w, size):
        """The platform's way: learn total_count, read the last page first, back to page 1."""
        first = self.ok(self.call(dict(w, page=1, page_size=size)))
        pages = max(1, math.ceil(first['total_count'] / float(size)))
        out = []
        for page in range(pages, 0, -1):
            body = self.ok(self.call(dict(w, page=page, page_size=size)))
            out = body['order_sn_list'] + out
        return out, first['total_count']

    def test_newest_first_and_has_next(self):
        pdd = self.fake(orders=1000, span_days=1)
        by_updated = sorted(pdd.orders, key=lambda o: (o['updated'], o['order_sn']), reverse=True)
        end = by_updated[0]['updated']
        w = self.window(end - 1800, end)
        want = [o['order_sn'] for o in by_updated if end - 1800 <= o['updated'] <= end]
        self.assertGreater(len(want), 25)
        got, total = self.walk_back(w, 10)
        self.assertEqual(total, len(want))
        self.assertEqual([o['order_sn'] for o in got], want)  # newest first, each once
        stamps = [o['updated_at'] for o in got]
        self.assertEqual(stamps, sorted(stamps, reverse=True))
        self.assertRegex(stamps[0], r'^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$')
        self.assertEqual(stamps[0], common.fmt_local(end, common.parse_tz('+08:00'), sep=' '))
        # has_next and total_count.
        pages = math.ceil(total / 10.0)
        for page, more in ((1, True), (pages - 1, True), (pages, False), (pages + 1, False)):
            body = self.ok(self.call(dict(w, page=page, page_size=10)))
            self.assertEqual((body['has_next'], body['total_count']), (more, total), page)
            self.assertRegex(body['request_id'], r'^\d+[0-9a-f]{16}$')
        self.assertEqual(self.ok(self.call(dict(w, page=pages + 1, page_size=10)))['order_sn_list'], [])
        body = self.ok(self.call(dict(w, page=1, page_size=10, use_has_next='true')))
        self.assertNotIn('total_count', body)
        self.assertTrue(body['has_next'])
        body = self.ok(self.call(dict(w, page=pages, page_size=10, use_has_next='true')))
        self.assertFalse(body['has_next'])
        self.assertIn('total_count', self.ok(self.call(dict(w, use_has_next='false'))))
        # Filters.
        for st in (1, 2, 3):
            body = self.ok(self.call(dict(w, order_status=st)))
            self.assertTrue(all(o['order_status'] == st for o in body['order_sn_list']))
        body = self.ok(self.call(dict(w, refund_status=1)))
        self.assertTrue(all(o['refund_status'] == 1 for o in body['order_sn_list']))

    def test_disjoint_windows_walk_every_order_once(self):
        pdd = self.fake(orders=1000, span_days=1)
        lo = min(o['updated'] for o in pdd.orders)
        seen, start, requests = [], lo, 0
        while start <= END:
            end = min(start + 1799, END)
            got, total = self.walk_back(self.window(start, end), 100)
            requests += 1 + max(1, math.ceil(total / 100.0))
            self.assertEqual(len(got), total)
            seen += [o['order_sn'] for o in got]
            start = end + 1
        self.assertEqual(len(seen), len(set(seen)))
        self.assertEqual(set(seen), {o['order_sn'] for o in pdd.orders})
        self.assertEqual(len(pdd.calls), requests)

    def test_backward_paging_survives_changes_forward_paging_skips(self):
        now = END + 3600
        pdd = self.fake(orders=1000, span_days=1, now=now)
        end = max(o['updated'] for o in pdd.orders)
        w = self.window(end - 1800, end)
        before = [o['order_sn'] for o in sorted(pdd.orders, key=lambda o: (o['updated'], o['order_sn']),
                                                 reverse=True) if end - 1800 <= o['updated'] <= end]
        self.assertGreaterEqual(len(before), 30)
        # Forward: an order of page 1 changes after page 1 was read -> one order is never seen.
        p1 = self.ok(self.call(dict(w, page=1, page_size=10)))['order_sn_list']
        pdd.mutate(0, ids=[p1[0]['order_sn']])
        p2 = self.ok(self.call(dict(w, page=2, page_size=10)))['order_sn_list']
        forward = [o['order_sn'] for o in p1 + p2]
        self.assertNotIn(before[10], forward)
        # Backward: orders change while the client walks back; every order that did
        # not change is still seen, and the changed ones are in a later window.
        pdd2 = self.fake(orders=1000, span_days=1, now=now)
        total = self.ok(self.call(dict(w, page_size=10)))['total_count']
        pages = math.ceil(total / 10.0)
        seen, changed = [], []
        for i, page in enumerate(range(pages, 0, -1)):
            seen += [o['order_sn'] for o in self.ok(self.call(dict(w, page=page, page_size=10)))['order_sn_list']]
            if i < 2:
                changed += pdd2.mutate(0, ids=[before[3 + i], before[-1 - i]])
        self.assertEqual(set(before) - set(changed), set(seen) - set(changed))
        later = self.ok(self.call(self.window(now - 60, now)))['order_sn_list']
        self.assertEqual({o['order_sn'] for o in later}, set(changed))

    def test_amounts_are_exact_yuan_literals(self):
        pdd = self.fake(orders=600, span_days=1)
        amount_keys = ('pay_amount', 'goods_amount', 'discount_amount', 'platform_discount', 'seller_discount',
                       'capital_free_discount', 'order_change_amount', 'postage')
        texts, orders = [], []
        start = min(o['updated'] for o in pdd.orders)
        while start <= END:
            end, page, more = min(start + 1799, END), 1, True
            while more:  # nothing changes here: plain forward paging is enough
                status, text, body = self.call(self.window(start, end, page=page))
                texts.append(text)
                orders += body['order_sn_increment_get_response']['order_sn_list']
                more, page = body['order_sn_increment_get_response']['has_next'], page + 1
            start = end + 1
        self.assertEqual(len(orders), 600)
        raw = ''.join(texts)
        for k in amount_keys + ('goods_price',):
            values = re.findall(r'"%s":([^,}\]]+)' % k, raw)
            self.assertTrue(values, k)
            for v in values:
                self.assertRegex(v, r'^\d+\.\d{2}$', k)  # a bare JSON number, two decimals
        for lit in ('"goods_price":12.30', '"goods_price":0.10', '"goods_price":0.20', '"goods_price":19.99'):
            self.assertIn(lit, raw)
        internal = {o['order_sn']: o for o in pdd.orders}
        cent = Decimal('0.01')
        for o in orders:
            for k in amount_keys:
                self.assertIsInstance(o[k], Decimal)
                self.assertEqual(o[k], o[k].quantize(cent))
            goods = sum(i['goods_price'] * i['goods_count'] for i in o['item_list']) - o['order_change_amount']
            self.assertEqual(o['goods_amount'], goods)
            self.assertEqual(o['discount_amount'], o['platform_discount'] + o['seller_discount']
                             + o['capital_free_discount'])
            self.assertEqual(o['pay_amount'], o['goods_amount'] - o['discount_amount'] + o['postage'])
            src = internal[o['order_sn']]
            fen = sum(i['price'] * i['count'] for i in src['items']) - src['order_change'] \
                - src['platform_discount'] - src['seller_discount'] + src['postage']
            self.assertEqual(int(o['pay_amount'] * 100), fen)
            for i in o['item_list']:
                self.assertEqual(sorted(i), ['goods_count', 'goods_id', 'goods_img', 'goods_name', 'goods_price',
                                             'goods_spec', 'outer_goods_id', 'outer_id', 'sku_id'])
                self.assertTrue(i['outer_id'])
        # render_all / the control endpoint give the same amounts as exact strings.
        rendered = {o['order_sn']: o for o in pdd.render_all()}
        some = orders[0]
        self.assertEqual(rendered[some['order_sn']]['pay_amount'], str(some['pay_amount']))
        status, raw_all = get(pdd.url, '/_fake/orders')
        control = {o['order_sn']: o for o in json.loads(raw_all)}
        self.assertEqual(control[some['order_sn']]['pay_amount'], str(some['pay_amount']))
        # Java-style doubles: shortest form, still never float noise.
        pdd.yuan_style = 'java'
        status, text, body = self.call(self.window(END - 1800, END))
        prices = re.findall(r'"goods_price":([^,}\]]+)', text)
        self.assertTrue(prices)
        for v in prices:
            self.assertRegex(v, r'^\d+\.(?:0|\d?[1-9])$')
        self.assertIn('"goods_price":12.3,', pinduoduo.dumps({'goods_price': pinduoduo.Yuan.of(1230, 'java'),
                                                             'x': 1}).decode())
        self.assertEqual(pinduoduo.Yuan.of(1200, 'java'), '12.0')
        self.assertEqual(pinduoduo.Yuan.of(5, 'fixed2'), '0.05')
        self.assertEqual(pinduoduo.Yuan.of(-1005), '-10.05')

    def test_personal_data_is_ciphertext(self):
        pdd = self.fake(bad_orders=2)
        for o in pdd.render_all():
            for k in ('receiver_name', 'receiver_phone', 'receiver_address', 'address'):
                self.assertRegex(o[k], r'^~[A-Za-z0-9+/=]+~[a-z2-7=]+~1~~$', k)
            name = pdd.cipher_plain[o['receiver_name']]
            phone = pdd.cipher_plain[o['receiver_phone']]
            detail = pdd.cipher_plain[o['receiver_address']]
            self.assertEqual(o['receiver_name_mask'], name[0] + '*' * (len(name) - 1))
            self.assertEqual(o['receiver_phone_mask'], phone[:3] + '****' + phone[-4:])
            self.assertTrue(o['receiver_address_mask'].endswith('****'))
            blob = json.dumps(o, ensure_ascii=False)
            for secret in (name, phone, detail):
                self.assertNotIn(secret, blob)
            self.assertTrue(o['province'] and o['city'] and o['town'])
            self.assertRegex(o['order_sn'], r'^\d{6}-\d{15}$')
            self.assertIn(o['order_status'], (1, 2, 3))
            self.assertIn(o['refund_status'], (1, 2, 3, 4))
            self.assertEqual(o['shipping_time'] == '', o['order_status'] == 1)
        self.assertEqual(sorted(pdd.bad_orders.values()), ['line without price', 'line without sku'])
        for sn, reason in pdd.bad_orders.items():
            items = pdd.order(sn)['item_list']
            if reason == 'line without sku':
                self.assertTrue(any(i['outer_id'] == '' for i in items))
            else:
                self.assertTrue(any('goods_price' not in i for i in items))

    def test_throttle_error_response(self):
        pdd = self.fake()
        w = self.window(END - 1800, END)
        pdd.throttle_next(2)
        for _ in range(2):
            err = self.assert_error(self.call(w), 70031)
            self.assertEqual(err['error_msg'], '调用过于频繁，请调整调用频率')
        self.ok(self.call(w))
        self.assertEqual(pdd.stats.throttled, 2)
        pdd.throttle_every, pdd.throttle_burst = 4, 2
        # (3 requests so far: the 4th, 8th and 12th start a burst.)
        got = ['t' if 'error_response' in self.call(w)[2] else '.' for _ in range(9)]
        self.assertEqual(''.join(got), 'tt..tt..t')
        pdd.throttle_every, pdd.throttle_pending = 0, 0
        pdd.qps = 3
        got = ['t' if 'error_response' in self.call(w)[2] else '.' for _ in range(6)]
        self.assertEqual(''.join(got)[:3], '...')
        self.assertIn('t', got)
        pdd.qps = None
        pdd.platform_error_next('system')
        self.assert_error(self.call(w), 50000)
        self.assertEqual(pdd.stats.throttled, 2 + 5 + got.count('t'))

    def test_mutation_is_visible(self):
        now = END + 7200
        pdd = self.fake(now=now)
        todo = [o['order_sn'] for o in pdd.orders if o['status'] == 1][:4]
        before = {sn: pdd.order(sn) for sn in todo}
        pdd.mutate(0, ids=todo)
        body = self.ok(self.call(self.window(now - 1800, now)))
        got = {o['order_sn']: o for o in body['order_sn_list']}
        self.assertEqual(set(got), set(todo))
        stamp = common.fmt_local(now, common.parse_tz('+08:00'), sep=' ')
        for sn in todo:
            self.assertEqual(got[sn]['updated_at'], stamp)
            self.assertNotEqual(json.dumps(pdd.order(sn)), json.dumps(before[sn]))
        self.assertEqual(pdd.stats.mutations, 4)
        added = pdd.add_orders(2)
        body = self.ok(self.call(self.window(now - 1800, now)))
        self.assertTrue(set(added) <= {o['order_sn'] for o in body['order_sn_list']})
        for sn in added:
            self.assertEqual(pdd.order(sn)['created_time'], stamp)

    def test_faults_and_program_mode(self):
        pdd = self.fake()
        w = self.window(END - 1800, END)
        pdd.fail_next('500')
        self.assert_error(self.call(w), 50000, status=500)
        pdd.fail_next('html_502')
        status, ctype, raw = self.call(w, raw=True)
        self.assertEqual((status, ctype.split(';')[0]), (502, 'text/html'))
        pdd.fail_next('truncated')
        self.assert_error(self.call(w, client_id='x'), 10016)  # refused before the fault plan
        with self.assertRaises(http.client.IncompleteRead):
            self.call(w)
        self.ok(self.call(w))
        self.assertEqual(dict(pdd.stats.faults), {'500': 1, 'html_502': 1, 'truncated': 1})
        proc = subprocess.Popen([sys.executable, os.path.join(FAKES, 'pinduoduo.py'), '--port', '0', '--orders',
                                 '40', '--span-days', '1', '--client-id', 'cid', '--client-secret', 'sec',
                                 '--access-token', 'tok', '--faults', '500=100', '--stats-on-exit'],
                                stdout=subprocess.PIPE, text=True)
        self.addCleanup(proc.stdout.close)
        base = proc.stdout.readline().strip()
        now = int(time.time())
        p = {'type': PDD_TYPE, 'client_id': 'cid', 'access_token': 'tok', 'timestamp': str(now),
             'data_type': 'JSON', 'start_updated_at': str(now - 5400), 'end_updated_at': str(now - 3600),
             'order_status': '5'}
        p['sign'] = pdd_sign('sec', p)
        status, _, raw = post(base, '/api/router', urllib.parse.urlencode(p).encode(),
                              {'Content-Type': 'application/x-www-form-urlencoded'})
        self.assertEqual((status, json.loads(raw)['error_response']['error_code']), (500, 50000))
        post(base, '/_fake/faults', b'{}', {})
        status, _, raw = post(base, '/api/router', urllib.parse.urlencode(p).encode(),
                              {'Content-Type': 'application/x-www-form-urlencoded'})
        body = json.loads(raw)['order_sn_increment_get_response']
        self.assertEqual(status, 200)
        self.assertEqual(body['total_count'], len(body['order_sn_list']))
        proc.terminate()
        out, _ = proc.communicate(timeout=10)
        self.assertEqual(proc.returncode, 0)
        self.assertEqual(json.loads(out)['faults'], {'500': 1})


if __name__ == '__main__':
    unittest.main()
