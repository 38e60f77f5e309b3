"""The fake shop servers (tests/fakes/) enforce the platform contracts they
stand in for: plain unittest cases with an HTTP client, no database and no
orderd binaries needed."""
import base64
import http.client
import json
import os
import re
import socket
import subprocess
import sys
import time
import unittest
import urllib.parse

HERE = os.path.dirname(os.path.abspath(__file__))
FAKES = os.path.normpath(os.path.join(HERE, '..', 'fakes'))
if FAKES not in sys.path:
    sys.path.insert(0, FAKES)

import common  # noqa: E402
import shopify  # noqa: E402
import woocommerce  # noqa: E402

API = '/admin/api/2024-10/orders.json'
WOO = '/wp-json/wc/v3/orders'
END = 1_790_000_000  # fixed "newest order" time: reproducible data


class Client:
    """One keep-alive connection; reconnects after errors."""

    def __init__(self, base, headers=None, timeout=10):
        u = urllib.parse.urlsplit(base)
        self.host, self.port = u.hostname, u.port
        self.headers = dict(headers or {})
        self.timeout = timeout
        self.conn = None

    def get(self, path, headers=None, method='GET'):
        if path.startswith('http://'):
            u = urllib.parse.urlsplit(path)
            path = u.path + ('?' + u.query if u.query else '')
        if self.conn is None:
            self.conn = http.client.HTTPConnection(self.host, self.port, timeout=self.timeout)
        h = dict(self.headers)
        h.update(headers or {})
        try:
            self.conn.request(method, path, headers=h)
            r = self.conn.getresponse()
            body = r.read()
        except Exception:
            self.close()
            raise
        if r.getheader('Connection', '').lower() == 'close':
            self.close()
        return r.status, r.headers, body

    def json(self, path, **kw):
        status, headers, body = self.get(path, **kw)
        return status, headers, json.loads(body)

    def close(self):
        if self.conn is not None:
            self.conn.close()
            self.conn = None


def links(headers):
    return {rel: url for url, rel in re.findall(r'<([^>]+)>;\s*rel="(\w+)"', headers.get('Link') or '')}


def raw_get(base, path, headers, timeout):
    """Fresh connection; returns the HTTPResponse (body unread) and the connection."""
    u = urllib.parse.urlsplit(base)
    conn = http.client.HTTPConnection(u.hostname, u.port, timeout=timeout)
    try:
        conn.request('GET', path, headers=headers)
        return conn.getresponse(), conn
    except BaseException:
        conn.close()
        raise


class FakeCase(unittest.TestCase):
    def start(self, fake):
        fake.start()
        self.addCleanup(fake.stop)
        return fake


# ---- Shopify --------------------------------------------------------------------------------------------------

class ShopifyContract(FakeCase):
    def shop(self, **kw):
        kw.setdefault('orders', 300)
        kw.setdefault('end_time', END)
        kw.setdefault('rate_limit', False)
        self.fake = self.start(shopify.ShopifyFake(**kw))
        self.client = Client(self.fake.url, {'X-Shopify-Access-Token': self.fake.token})
        self.addCleanup(self.client.close)
        return self.fake

    def walk(self, first_url, client=None):
        client = client or self.client
        ids, url, pages = [], first_url, 0
        while url:
            status, headers, body = client.json(url)
            self.assertEqual(status, 200, body)
            ids += [o['id'] for o in body['orders']]
            url = links(headers).get('next')
            pages += 1
        return ids, pages

    def test_token_is_required_and_checked(self):
        shop = self.shop()
        anon = Client(shop.url)
        self.addCleanup(anon.close)
        want = {'errors': '[API] Invalid API key or access token (unrecognized login or wrong password)'}
        status, headers, body = anon.json(API)
        self.assertEqual((status, body), (401, want))
        self.assertIsNone(headers.get('X-Shopify-Shop-Api-Call-Limit'))
        status, _, body = anon.json(API, headers={'X-Shopify-Access-Token': shop.token + 'x'})
        self.assertEqual((status, body), (401, want))
        self.assertEqual(self.client.get(API)[0], 200)
        shop.revoked = True
        status, _, body = self.client.json(API)
        self.assertEqual(status, 403)
        self.assertIn('read_orders', body['errors'])

    def test_unknown_version_or_path_is_404(self):
        self.shop(versions=['2024-10', '2025-01'])
        for path in ('/admin/api/2019-13/orders.json', '/admin/api/2023-01/orders.json',
                     '/admin/api/2024-10/products.json', '/admin/orders.json'):
            status, _, body = self.client.json(path)
            self.assertEqual((status, body), (404, {'errors': 'Not Found'}), path)
        self.assertEqual(self.client.get('/admin/api/2025-01/orders.json')[0], 200)
        status, headers, _ = self.client.get('/admin/api/2025-01/orders.json')
        self.assertEqual(headers['X-Shopify-API-Version'], '2025-01')

    def test_limit_bounds(self):
        self.shop()
        for bad in ('0', '251', '1000', 'abc', '-1', ''):
            status, _, body = self.client.json(API + '?status=any&limit=' + bad)
            self.assertEqual(status, 400, bad)
            self.assertIn('limit', body['errors'])
        self.assertEqual(len(self.client.json(API + '?status=any')[2]['orders']), 50)
        self.assertEqual(len(self.client.json(API + '?status=any&limit=250')[2]['orders']), 250)
        self.assertEqual(len(self.client.json(API + '?status=any&limit=1')[2]['orders']), 1)

    def test_status_defaults_to_open(self):
        shop = self.shop(orders=200)
        truth = shop.render_all()
        open_ = [o['id'] for o in truth if o['closed_at'] is None and o['cancelled_at'] is None]
        self.assertTrue(0 < len(open_) < len(truth))
        _, _, body = self.client.json(API + '?limit=250')
        self.assertEqual([o['id'] for o in body['orders']], open_)
        _, _, body = self.client.json(API + '?limit=250&status=any')
        self.assertEqual(len(body['orders']), 200)
        _, _, body = self.client.json(API + '?limit=250&status=cancelled')
        self.assertTrue(body['orders'] and all(o['cancelled_at'] for o in body['orders']))
        self.assertEqual(self.client.get(API + '?status=opened')[0], 400)

    def test_page_info_allows_only_limit_and_fields(self):
        self.shop()
        _, headers, first = self.client.json(API + '?status=any&limit=10&updated_at_min=2020-01-01T00:00:00Z')
        nxt = links(headers)['next']
        self.assertRegex(nxt, r'^http://127\.0\.0\.1:%d/admin/api/2024-10/orders\.json\?limit=10&page_info=[\w-]+$'
                         % self.fake.port)
        self.assertNotIn('previous', links(headers))
        for extra, name in (('&status=any', 'status'), ('&created_at_min=2020-01-01', 'created_at_min'),
                            ('&updated_at_min=2020-01-01T00:00:00Z', 'updated_at_min'), ('&since_id=1', 'since_id'),
                            ('&order=id+asc', 'order')):
            status, _, body = self.client.json(nxt + extra)
            self.assertEqual(status, 400, extra)
            self.assertEqual(body, {'errors': {'page_info': ['%s cannot be passed when page_info is present.'
                                                             % name]}})
        # Only limit and fields: fine, and the cursor keeps the filter and position.
        status, headers2, body = self.client.json(nxt.replace('limit=10', 'limit=5') + '&fields=id,name')
        self.assertEqual(status, 200)
        self.assertEqual([sorted(o) for o in body['orders']], [['id', 'name']] * 5)
        self.assertGreater(body['orders'][0]['id'], first['orders'][-1]['id'])
        self.assertIn('fields=id,name', links(headers2)['next'])
        # Tampered or garbage page_info.
        token = nxt.split('page_info=')[1]
        flipped = token[:-3] + ('A' if token[-3] != 'A' else 'B') + token[-2:]
        for bad in (flipped, 'abc', base64.urlsafe_b64encode(b'{"d":"next"}').decode(), ''):
            status, _, body = self.client.json(API + '?limit=10&page_info=' + bad)
            self.assertEqual(status, 400, bad)
            self.assertIn('page_info', body['errors'])

    def test_link_paging_walks_every_order_exactly_once(self):
        shop = self.shop(orders=5000)
        truth = sorted(o['id'] for o in shop.orders)
        ids, pages = self.walk(API + '?status=any&limit=250')
        self.assertEqual(pages, 20)
        self.assertEqual(ids, truth)  # each once, id asc
        # Links are built on the host the client connected to.
        status, headers, _ = self.client.get(API + '?status=any&limit=250',
                                             headers={'Host': 'localhost:%d' % shop.port})
        self.assertTrue(links(headers)['next'].startswith('http://localhost:%d/admin/api/2024-10/' % shop.port))
        # previous goes back exactly one page.
        _, h1, p1 = self.client.json(API + '?status=any&limit=100')
        _, h2, p2 = self.client.json(links(h1)['next'])
        _, h3, p3 = self.client.json(links(h2)['next'])
        _, _, back = self.client.json(links(h3)['previous'])
        self.assertEqual([o['id'] for o in back['orders']], [o['id'] for o in p2['orders']])

    def test_updated_at_min_with_offsets_and_sorting(self):
        shop = self.shop(orders=400, tz='+08:00')
        mid = sorted(o['updated'] for o in shop.orders)[200]
        want = sorted((o['updated'], o['id']) for o in shop.orders if o['updated'] >= mid)
        forms = [common.fmt_offset(mid, common.parse_tz(z)) for z in ('+08:00', '-05:00', '+05:45', 'UTC')]
        forms.append(common.fmt_offset(mid, common.parse_tz('UTC'))[:-6] + 'Z')
        forms.append(common.fmt_offset(mid, common.parse_tz('+08:00'))[:-3] + '00')
        for value in forms:
            q = urllib.parse.urlencode({'status': 'any', 'limit': 250, 'order': 'updated_at asc',
                                        'updated_at_min': value})
            got, _ = self.walk(API + '?' + q)
            self.assertEqual(got, [i for _, i in want], value)
        # Rendered times carry the shop offset; order is by updated_at then id.
        _, _, body = self.client.json(API + '?status=any&limit=50&order=updated_at+asc&updated_at_min='
                                      + urllib.parse.quote(forms[0]))
        self.assertTrue(all(o['updated_at'].endswith('+08:00') for o in body['orders']))
        upd = [(o['updated_at'], o['id']) for o in body['orders']]
        self.assertEqual(upd, sorted(upd))
        # updated_at_max is inclusive too.
        q = urllib.parse.urlencode({'status': 'any', 'limit': 250, 'updated_at_max': forms[1]})
        got, _ = self.walk(API + '?' + q)
        self.assertEqual(sorted(got), sorted(o['id'] for o in shop.orders if o['updated'] <= mid))
        # An unencoded '+' arrives as a space: invalid, as is garbage.
        for bad in (forms[0].replace('+', ' '), '2024-13-01T00:00:00Z', 'yesterday', '2024-01-01T25:00:00'):
            status, _, body = self.client.json(API + '?updated_at_min=' + urllib.parse.quote(bad))
            self.assertEqual(status, 400, bad)
            self.assertEqual(body, {'errors': {'updated_at_min': ['is invalid']}})

    def test_since_id_fields_and_desc_order(self):
        shop = self.shop(orders=100)
        ids = sorted(o['id'] for o in shop.orders)
        _, _, body = self.client.json(API + '?status=any&limit=250&since_id=%d&fields=id' % ids[49])
        self.assertEqual([o['id'] for o in body['orders']], ids[50:])
        self.assertEqual({k for o in body['orders'] for k in o}, {'id'})
        got, _ = self.walk(API + '?status=any&limit=30&order=created_at+desc')
        self.assertEqual(got, [o['id'] for o in sorted(shop.orders, key=lambda o: (o['created'], o['id']),
                                                          reverse=True)])
        self.assertEqual(self.client.get(API + '?order=price+asc')[0], 400)

    def test_order_fields_follow_the_platform(self):
        shop = self.shop(orders=300, bad_orders=4)
        orders = shop.render_all()
        money = re.compile(r'^-?\d+\.\d{2}$')
        when = re.compile(r'^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}-05:00$')
        for o in orders:
            self.assertRegex(o['name'], r'^#\d{4,}$')
            self.assertEqual(o['name'], '#%d' % o['order_number'])
            for k in ('total_price', 'subtotal_price', 'total_tax', 'total_discounts'):
                self.assertRegex(o[k], money)
            self.assertRegex(o['total_shipping_price_set']['shop_money']['amount'], money)
            for k in ('created_at', 'updated_at', 'processed_at'):
                self.assertRegex(o[k], when)
            self.assertIn(o['financial_status'], shopify.FINANCIAL)
            self.assertIn(o['fulfillment_status'], (None, 'fulfilled', 'partial', 'restocked'))
            self.assertIsInstance(o['tags'], str)
            for r in o['refunds']:
                self.assertRegex(r['transactions'][0]['amount'], money)
            if o['id'] not in shop.bad_orders:
                for l in o['line_items']:
                    self.assertRegex(l['price'], money)
                    self.assertTrue(l['sku'])
        names = ''.join(o['customer']['last_name'] for o in orders)
        self.assertRegex(names, r'[\u4e00-\u9fff]')
        self.assertRegex(names, r'[A-Za-z]')
        self.assertEqual(sorted(shop.bad_orders.values()), ['line without price'] * 2 + ['line without sku'] * 2)
        for oid, reason in shop.bad_orders.items():
            lines = shop.order(oid)['line_items']
            if reason == 'line without sku':
                self.assertTrue(any(l['sku'] is None for l in lines))
            else:
                self.assertTrue(any('price' not in l for l in lines))
        self.assertEqual(len({o['financial_status'] for o in orders}), 7)

    def test_count_endpoint_has_the_lists_filters_auth_and_bucket(self):
        shop = self.shop(orders=400, tz='+08:00')
        count = API.replace('orders.json', 'orders/count.json')
        anon = Client(shop.url)
        self.addCleanup(anon.close)
        self.assertEqual(anon.json(count)[0], 401)
        self.assertEqual(anon.json(count, headers={'X-Shopify-Access-Token': 'shpat_wrong'})[0], 401)
        # The same filters as orders.json: status (default open) and
        # updated_at_min/max, inclusive.
        lo, hi = sorted(o['updated'] for o in shop.orders)[100], sorted(o['updated'] for o in shop.orders)[300]
        utc = common.parse_tz('UTC')
        for params in ({}, {'status': 'any'}, {'status': 'any', 'updated_at_min': common.fmt_offset(lo, utc),
                                               'updated_at_max': common.fmt_offset(hi, utc)}):
            q = urllib.parse.urlencode(params)
            status, headers, body = self.client.json(count + '?' + q)
            self.assertEqual(status, 200, body)
            ids, _ = self.walk(API + '?' + urllib.parse.urlencode(dict(params, limit=250)))
            self.assertEqual(body, {'count': len(ids)}, params)
        self.assertEqual(self.client.json(count + '?status=any&updated_at_min=' + urllib.parse.quote(
            common.fmt_offset(hi, utc)))[2]['count'],
                         sum(1 for o in shop.orders if o['updated'] >= hi))
        status, _, body = self.client.json(count + '?updated_at_min=yesterday')
        self.assertEqual((status, body), (400, {'errors': {'updated_at_min': ['is invalid']}}))
        self.assertEqual(self.client.json('/admin/api/2019-13/orders/count.json')[0], 404)
        # A late write: counted in its window, which a watermark past it
        # would never read again.
        n = self.client.json(count + '?status=any')[2]['count']
        when = int(shop.clock())
        new = shop.add_late(2, 7200)
        old = shop.orders[0]['id']
        self.assertEqual(shop.mutate_late([old], 3600), [old])
        q = urllib.parse.urlencode({'status': 'any', 'updated_at_min': common.fmt_offset(when - 7200, utc),
                                    'updated_at_max': common.fmt_offset(when - 3590, utc)})
        ids, _ = self.walk(API + '?limit=250&' + q)
        self.assertEqual(set(new) | {old}, set(ids))
        self.assertEqual(self.client.json(count + '?' + q)[2], {'count': 3})
        self.assertEqual(self.client.json(count + '?status=any')[2], {'count': n + 2})
        # The bucket: a count fills it and is refused (429) when it is full.
        shop.rate_limit, shop.bucket_size = True, 3
        seen = [self.client.get(count)[:2] for _ in range(5)]
        self.assertEqual([st for st, _ in seen[:3]], [200, 200, 200])
        self.assertEqual([h['X-Shopify-Shop-Api-Call-Limit'] for _, h in seen[:3]], ['1/3', '2/3', '3/3'])
        self.assertIn(429, [st for st, _ in seen[3:]])

    def test_bucket_429_after_burst_then_leaks_at_two_per_second(self):
        shop = self.shop(rate_limit=True)
        seen = []
        for _ in range(45):
            status, headers, body = self.client.get(API + '?limit=1&fields=id')
            seen.append((status, headers['X-Shopify-Shop-Api-Call-Limit'], headers.get('Retry-After'), body))
        self.assertEqual([s for s, _, _, _ in seen[:40]], [200] * 40)
        self.assertEqual([c for _, c, _, _ in seen[:5]], ['1/40', '2/40', '3/40', '4/40', '5/40'])
        self.assertEqual(seen[39][1], '40/40')
        throttled = [x for x in seen[40:] if x[0] == 429]
        self.assertGreaterEqual(len(throttled), 3)
        for _, calls, retry, body in throttled:
            self.assertEqual(calls, '40/40')
            self.assertEqual(retry, '2.0')
            self.assertEqual(json.loads(body), {'errors': 'Exceeded 2 calls per second for api client. '
                                                          'Reduce request rates to resume uninterrupted service.'})
        self.assertEqual(shop.stats.throttled, len(throttled))
        self.assertGreaterEqual(shop.stats.max_bucket, 39.0)
        # Full bucket: polling every 0.1 s for 3 s gets about 2 requests/s through.
        ok = 0
        t_end = time.time() + 3.0
        while time.time() < t_end:
            if self.client.get(API + '?limit=1&fields=id')[0] == 200:
                ok += 1
            time.sleep(0.1)
        self.assertTrue(5 <= ok <= 8, ok)
        # After 2 s of silence 4 slots are free again.
        time.sleep(2.0)
        got = [self.client.get(API + '?limit=1&fields=id')[0] for _ in range(6)]
        self.assertEqual(got[:4], [200] * 4)
        self.assertIn(429, got[4:])
        # Requests are time-stamped: the achieved rate can be computed.
        self.assertEqual(len(shop.stats.times), shop.stats.requests)
        self.assertGreater(shop.stats.rate(), 2.0)

    def test_paced_client_sees_no_429(self):
        shop = self.shop(rate_limit=True, bucket_size=4, leak_rate=10.0)  # small and fast for the test
        t0 = time.time()
        statuses = []
        while time.time() - t0 < 1.5:
            statuses.append(self.client.get(API + '?limit=1&fields=id')[0])
            time.sleep(0.1)
        self.assertNotIn(429, statuses)
        self.assertEqual(shop.stats.throttled, 0)
        self.assertLess(shop.stats.max_bucket, 2.0)

    def test_every_fault_kind_is_observable(self):
        shop = self.shop(timeout_sleep=3.0, slow_rate=200, slow_chunk=20)
        path = API + '?status=any&limit=5&fields=id,updated_at'
        h = {'X-Shopify-Access-Token': shop.token}
        status, _, normal = self.client.get(path)
        self.assertEqual(status, 200)

        shop.fail_next('500')
        status, headers, body = self.client.get(path)
        self.assertEqual((status, json.loads(body)), (500, {'errors': 'Internal Server Error'}))
        self.assertTrue(headers['Content-Type'].startswith('application/json'))

        shop.fail_next('reset')
        r = None
        with self.assertRaises((ConnectionResetError, http.client.RemoteDisconnected, http.client.BadStatusLine)):
            r, conn = raw_get(shop.url, path, h, 5)
        shop.fail_next('reset_mid')
        r, conn = raw_get(shop.url, path, h, 5)
        self.assertEqual(r.status, 200)
        with self.assertRaises((ConnectionResetError, http.client.IncompleteRead)):
            r.read()
        conn.close()

        shop.fail_next('timeout')
        t0 = time.time()
        with self.assertRaises((socket.timeout, TimeoutError)):
            raw_get(shop.url, path, h, 0.5)
        self.assertLess(time.time() - t0, 2.0)

        shop.fail_next('slow')
        t0 = time.time()
        r, conn = raw_get(shop.url, path, h, 0.5)  # every read gets bytes within 0.5 s ...
        body = r.read()
        conn.close()
        self.assertEqual(body, normal)             # ... the body is right, but arrives at 200 B/s
        self.assertGreater(time.time() - t0, (len(body) / 200.0) * 0.8)
        self.assertGreater(len(body), 200)

        shop.fail_next('truncated')
        r, conn = raw_get(shop.url, path, h, 5)
        self.assertEqual(int(r.getheader('Content-Length')), len(normal))
        with self.assertRaises(http.client.IncompleteRead) as cm:
            r.read()
        conn.close()
        self.assertLess(len(cm.exception.partial), len(normal))
        with self.assertRaises(ValueError):
            json.loads(cm.exception.partial)

        for kind, code in (('html_502', 502), ('html_503', 503), ('wrong_content_type', 200)):
            shop.fail_next(kind)
            status, headers, body = self.client.get(path)
            self.assertEqual(status, code, kind)
            self.assertTrue(headers['Content-Type'].startswith('text/html'), kind)
            self.assertTrue(body.startswith(b'<!DOCTYPE html>'), kind)
            with self.assertRaises(ValueError):
                json.loads(body)

        shop.fail_next('json_cut')
        status, headers, body = self.client.get(path)
        self.assertEqual(status, 200)
        self.assertEqual(int(headers['Content-Length']), len(body))
        self.assertEqual(body, normal[:len(normal) // 2])
        with self.assertRaises(ValueError):
            json.loads(body)

        shop.fail_next('retry_far')
        status, headers, body = self.client.get(path)
        self.assertEqual(status, 429)
        self.assertEqual(headers['Retry-After'], '315360000')
        json.loads(body)  # the platform's error body

        self.assertEqual(dict(shop.stats.faults), {k: 1 for k in common.FAULT_KINDS})
        logged = [(e['fault'], e['status']) for e in shop.stats.log if e['fault']]
        self.assertEqual([f for f, _ in logged], list(common.FAULT_KINDS))
        self.assertEqual(dict(logged)['reset'], None)
        self.assertEqual(dict(logged)['html_503'], 503)
        # Nothing was consumed: the same request still gives the same page.
        self.assertEqual(self.client.get(path)[2], normal)

    def test_faulted_paging_still_gets_every_order_once(self):
        shop = self.shop(orders=1000, faults={'500': 5, 'reset': 4, 'reset_mid': 3, 'truncated': 3,
                                              'html_503': 3, 'wrong_content_type': 2}, fault_seed=11)
        truth = sorted(o['id'] for o in shop.orders)
        url, ids, failures = API + '?status=any&limit=50', [], 0
        while url:
            try:
                status, headers, body = self.client.get(url)
                if status != 200 or not headers['Content-Type'].startswith('application/json'):
                    raise ValueError(status)
                page = json.loads(body)
            except (ValueError, OSError, http.client.HTTPException):
                failures += 1  # retry the same URL
                continue
            ids += [o['id'] for o in page['orders']]
            url = links(headers).get('next')
        self.assertEqual(ids, truth)
        self.assertEqual(failures, sum(shop.stats.faults.values()))
        self.assertGreater(failures, 0)
        rate = failures / float(shop.stats.requests)
        self.assertTrue(0.05 < rate < 0.4, rate)

    def test_mutation_changes_updated_at(self):
        shop = self.shop(orders=200)
        now = END + 5000
        shop.clock = lambda: now
        before = {o['id']: o for o in shop.render_all()}
        changed = shop.mutate(5)
        self.assertEqual(len(set(changed)), 5)
        after = {o['id']: o for o in shop.render_all()}
        for oid in changed:
            self.assertEqual(after[oid]['updated_at'], common.fmt_offset(now, shop.tz))
            self.assertNotEqual(before[oid], after[oid])
        self.assertEqual(sum(before[i] != after[i] for i in before), 5)
        self.assertEqual(shop.stats.mutations, 5)
        q = urllib.parse.urlencode({'status': 'any', 'updated_at_min': common.fmt_offset(now, shop.tz)})
        self.assertEqual(sorted(o['id'] for o in self.client.json(API + '?' + q)[2]['orders']), sorted(changed))
        new = shop.add_orders(2)
        self.assertTrue(all(n > max(before) for n in new))
        self.assertEqual(len(shop.render_all()), 202)

    def test_orders_change_while_a_client_pages(self):
        shop = self.shop(orders=600, mutate_every=2, mutate_count=5)
        start = time.time()
        ids, pages = self.walk(API + '?status=any&limit=50&order=updated_at+asc')
        shop.quiesce()  # the background mutators end
        self.assertGreaterEqual(shop.stats.mutations, (pages // 2) * 5)
        mutated = {i for _, i in shop.stats.mutated_ids}
        # Orders bumped while paging by updated_at come again at the end; nothing is lost.
        self.assertTrue(set(o['id'] for o in shop.orders) <= set(ids))
        self.assertTrue(all(t >= int(start) for t, _ in shop.stats.mutated_ids))
        q = urllib.parse.urlencode({'status': 'any', 'limit': 250,
                                    'updated_at_min': common.fmt_offset(int(start), shop.tz)})
        got, _ = self.walk(API + '?' + q)
        self.assertEqual(set(got), mutated)

    def test_program_mode_and_control_endpoints(self):
        p = subprocess.Popen([sys.executable, os.path.join(FAKES, 'shopify.py'), '--port', '0', '--orders', '40',
                              '--token', 'tok', '--tz', '+08:00', '--end-time', str(END)],
                             stdout=subprocess.PIPE, text=True)
        self.addCleanup(p.stdout.close)
        self.addCleanup(p.wait, 10)
        self.addCleanup(p.terminate)
        base = p.stdout.readline().strip()
        self.assertRegex(base, r'^http://127\.0\.0\.1:\d+$')
        c = Client(base, {'X-Shopify-Access-Token': 'tok'})
        self.addCleanup(c.close)
        status, _, body = c.json(API + '?status=any&limit=250')
        self.assertEqual((status, len(body['orders'])), (200, 40))
        self.assertTrue(body['orders'][0]['created_at'].endswith('+08:00'))
        status, _, body = c.json('/_fake/mutate?n=3', method='POST')
        self.assertEqual(len(body['mutated']), 3)
        c.json('/_fake/fail_next?kind=500&n=1', method='POST')
        self.assertEqual(c.get(API)[0], 500)
        _, _, stats = c.json('/_fake/stats')
        self.assertEqual((stats['requests'], stats['faults'], stats['mutations']), (2, {'500': 1}, 3))
        self.assertEqual(len(c.json('/_fake/orders')[2]), 40)

    def test_loopback_only(self):
        with self.assertRaises(ValueError):
            shopify.ShopifyFake(orders=1, host='0.0.0.0')
        with self.assertRaises(ValueError):
            woocommerce.WooFake(orders=1, host='192.0.2.1')


# ---- WooCommerce ------------------------------------------------------------------------------------------------

class WooContract(FakeCase):
    def woo(self, **kw):
        kw.setdefault('orders', 250)
        kw.setdefault('end_time', END)
        self.fake = self.start(woocommerce.WooFake(**kw))
        cred = base64.b64encode(('%s:%s' % (self.fake.consumer_key, self.fake.consumer_secret)).encode()).decode()
        self.client = Client(self.fake.url, {'Authorization': 'Basic ' + cred})
        self.addCleanup(self.client.close)
        return self.fake

    def test_auth(self):
        woo = self.woo()
        anon = Client(woo.url)
        self.addCleanup(anon.close)
        status, _, body = anon.json(WOO)
        self.assertEqual((status, body), (401, {'code': 'woocommerce_rest_cannot_view',
                                                'message': 'Sorry, you cannot list resources.',
                                                'data': {'status': 401}}))

        def basic(k, s):
            return {'Authorization': 'Basic ' + base64.b64encode(('%s:%s' % (k, s)).encode()).decode()}
        # An unknown key is no authentication at all; a wrong secret is an error of its own.
        status, _, body = anon.json(WOO, headers=basic('ck_wrong', woo.consumer_secret))
        self.assertEqual((status, body['code']), (401, 'woocommerce_rest_cannot_view'))
        status, headers, body = anon.json(WOO, headers=basic(woo.consumer_key, 'cs_wrong'))
        self.assertEqual((status, body['code'], body['message']),
                         (401, 'woocommerce_rest_authentication_error', 'Consumer secret is invalid.'))
        self.assertTrue(headers['WWW-Authenticate'].startswith('Basic realm="WooCommerce API.'))
        status, _, body = self.client.json(WOO, method='POST')
        self.assertEqual((status, body['message']), (401, 'The API key provided does not have write permissions.'))
        self.assertEqual(self.client.get(WOO)[0], 200)
        q = urllib.parse.urlencode({'consumer_key': woo.consumer_key, 'consumer_secret': woo.consumer_secret})
        self.assertEqual(anon.get(WOO + '?' + q)[0], 200)
        # Query parameters win over the Basic header.
        self.assertEqual(anon.get(WOO + '?' + q, headers=basic('ck_x', 'cs_x'))[0], 200)
        woo.revoked = True
        status, _, body = self.client.json(WOO)
        self.assertEqual((status, body['message']), (401, 'The API key provided does not have read permissions.'))

    def test_paging_parameter_bounds(self):
        self.woo()
        status, _, body = self.client.json(WOO + '?per_page=101')
        self.assertEqual(status, 400)
        self.assertEqual(body['code'], 'rest_invalid_param')
        self.assertEqual(body['message'], 'Invalid parameter(s): per_page')
        self.assertEqual(body['data']['params'], {'per_page': 'per_page must be between 1 (inclusive) and 100 '
                                                              '(inclusive)'})
        self.assertEqual(body['data']['details']['per_page']['code'], 'rest_out_of_bounds')
        for bad, name in (('per_page=0', 'per_page'), ('page=0', 'page'), ('page=x', 'page'),
                          ('order=up', 'order'), ('orderby=price', 'orderby'), ('status=shipped', 'status'),
                          ('dates_are_gmt=maybe', 'dates_are_gmt')):
            status, _, body = self.client.json(WOO + '?' + bad)
            self.assertEqual(status, 400, bad)
            self.assertIn(name, body['data']['params'], bad)
        self.assertEqual(len(self.client.json(WOO)[2]), 10)
        self.assertEqual(len(self.client.json(WOO + '?per_page=100')[2]), 100)

    def test_total_headers_links_and_walk(self):
        woo = self.woo(orders=250)
        truth = sorted(o['id'] for o in woo.orders)
        url, ids, seen = WOO + '?per_page=100&orderby=id&order=asc', [], []
        while url:
            status, headers, body = self.client.json(url)
            self.assertEqual(status, 200)
            self.assertEqual((headers['X-WP-Total'], headers['X-WP-TotalPages']), ('250', '3'))
            seen.append(sorted(links(headers)))
            ids += [o['id'] for o in body]
            url = links(headers).get('next')
        self.assertEqual(ids, truth)
        self.assertEqual(seen, [['next'], ['next', 'prev'], ['prev']])
        status, headers, body = self.client.json(WOO + '?per_page=100&page=7')
        self.assertEqual((status, body), (200, []))
        self.assertEqual((headers['X-WP-Total'], headers['X-WP-TotalPages']), ('250', '3'))
        self.assertIn('page=3', links(headers)['prev'])
        # Default order: date desc, id as the tie-breaker.
        _, _, body = self.client.json(WOO + '?per_page=100')
        keys = [(o['date_created_gmt'], o['id']) for o in body]
        self.assertEqual(keys, sorted(keys, reverse=True))
        _, _, body = self.client.json(WOO + '?status=completed,refunded&per_page=100&_fields=id,status')
        self.assertEqual({o['status'] for o in body}, {'completed', 'refunded'})
        self.assertEqual({k for o in body for k in o}, {'id', 'status'})

    def test_dates_are_site_local_and_gmt(self):
        woo = self.woo(tz='Asia/Shanghai')
        plain = re.compile(r'^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$')
        for o in woo.render_all():
            for k in ('date_created', 'date_modified', 'date_created_gmt', 'date_modified_gmt'):
                self.assertRegex(o[k], plain)
            for k in ('created', 'modified'):
                local = common.parse_iso(o['date_%s' % k], common.parse_tz('+08:00'))[0]
                gmt = common.parse_iso(o['date_%s_gmt' % k], common.parse_tz('UTC'))[0]
                self.assertEqual(local, gmt)
            self.assertEqual(o['date_paid'] is None, o['date_paid_gmt'] is None)
            if o['status'] in ('processing', 'completed', 'refunded'):
                self.assertIsNotNone(o['date_paid'])
            self.assertIn(o['status'], woocommerce.STATUSES)
            for r in o['refunds']:
                self.assertRegex(r['total'], r'^-\d+\.\d{2}$')
            for l in o['line_items']:
                self.assertIsInstance(l['price'], (int, float))
                self.assertRegex(l['total'], r'^\d+\.\d{2}$')

    def test_late_writes_and_the_count_header(self):
        woo = self.woo(orders=100, tz='+08:00')
        when = int(woo.clock())
        new = woo.add_late(2, 7200)
        old = woo.orders[0]['id']
        self.assertEqual(woo.mutate_late([old], 3600), [old])
        with woo.lock:  # the exact seconds, whatever second the clock reached meanwhile
            for o in woo.orders:
                if o['id'] in new:
                    o['modified'] = when - 7200
                elif o['id'] == old:
                    self.assertLess(o['modified'], when)
                    o['modified'] = when - 3600
        gmt = common.parse_tz('UTC')

        def total(after, before):
            q = {'dates_are_gmt': 'true', 'per_page': 1, 'modified_after': common.fmt_local(after, gmt),
                 'modified_before': common.fmt_local(before, gmt)}
            status, headers, body = self.client.json(WOO + '?' + urllib.parse.urlencode(q))
            self.assertEqual(status, 200, body)
            self.assertLessEqual(len(body), 1)
            return int(headers['X-WP-Total'])
        # Both bounds exclusive: [when - 7200, when - 3600] is after - 1 s, before + 1 s.
        self.assertEqual(total(when - 7201, when - 3599), 3)
        self.assertEqual(total(when - 7200, when - 3599), 1)
        self.assertEqual(total(when - 7201, when - 3600), 2)
        self.assertEqual(woo.order(old)['date_modified_gmt'], common.fmt_local(when - 3600, gmt))
        self.assertLessEqual(set(new), {o['id'] for o in woo.render_all()})

    def test_modified_after_gmt_versus_local(self):
        woo = self.woo(orders=400, tz='+08:00')
        orders = woo.render_all()
        pivot = sorted(o['date_modified_gmt'] for o in orders)[200]

        def count(**params):
            q = dict(per_page=100, orderby='modified', order='asc', **params)
            status, headers, body = self.client.json(WOO + '?' + urllib.parse.urlencode(q))
            self.assertEqual(status, 200, body)
            return int(headers['X-WP-Total'])

        gmt_after = sum(o['date_modified_gmt'] > pivot for o in orders)
        local_after = sum(o['date_modified'] > pivot for o in orders)
        self.assertNotEqual(gmt_after, local_after)
        self.assertEqual(count(modified_after=pivot, dates_are_gmt='true'), gmt_after)   # exclusive bound
        self.assertEqual(count(modified_after=pivot), local_after)                        # same text, site time
        self.assertEqual(count(modified_after=pivot + '+08:00'), local_after)
        # The same instant with an explicit offset, no dates_are_gmt: honoured.
        self.assertEqual(count(modified_after=pivot + 'Z'), gmt_after)
        # WordPress converts an offset to SITE time even for the GMT column: 'Z' + dates_are_gmt is 8 h off.
        shifted = common.fmt_local(common.parse_iso(pivot, common.parse_tz('UTC'))[0].timestamp() + 8 * 3600,
                                   common.parse_tz('UTC'))
        self.assertEqual(count(modified_after=pivot + 'Z', dates_are_gmt='true'),
                         sum(o['date_modified_gmt'] > shifted for o in orders))
        # modified_before is exclusive too; results are sorted by modified, id.
        q = urllib.parse.urlencode({'modified_before': pivot, 'dates_are_gmt': 'true', 'per_page': 100,
                                    'orderby': 'modified', 'order': 'asc'})
        _, headers, body = self.client.json(WOO + '?' + q)
        self.assertEqual(int(headers['X-WP-Total']), sum(o['date_modified_gmt'] < pivot for o in orders))
        keys = [(o['date_modified_gmt'], o['id']) for o in body]
        self.assertEqual(keys, sorted(keys))
        # An unencoded '+' is a space: not a date.
        status, _, body = self.client.json(WOO + '?modified_after=' + pivot + ' 08:00'.replace(' ', '+'))
        self.assertEqual(status, 400)
        self.assertEqual(body['data']['details']['modified_after']['code'], 'rest_invalid_date')

    def test_link_repeats_query_without_reencoding(self):
        self.woo()
        q = urllib.parse.urlencode({'per_page': 10, 'modified_after': '2020-01-01T00:00:00+08:00'})
        _, headers, _ = self.client.json(WOO + '?' + q)
        nxt = links(headers)['next']
        self.assertIn('modified_after=2020-01-01T00:00:00+08:00', nxt)
        self.assertTrue(nxt.endswith('&page=2'))
        self.assertEqual(self.client.get(nxt)[0], 400)  # following it blindly breaks, as on a real store

    def test_mutation_changes_date_modified_and_shifts_offset_pages(self):
        woo = self.woo(orders=100)
        now = END + 7200
        woo.clock = lambda: now
        base = WOO + '?per_page=10&orderby=modified&order=asc&dates_are_gmt=true'
        _, _, page1 = self.client.json(base + '&page=1')
        victim = page1[0]['id']
        before = woo.order(victim)
        woo.mutate(1, ids=[victim])
        after = woo.order(victim)
        self.assertEqual(after['date_modified_gmt'], common.fmt_local(now, common.parse_tz('UTC')))
        self.assertEqual(after['date_modified'], common.fmt_local(now, woo.tz))
        self.assertNotEqual(before, after)
        # The victim moved to the end: page 2 now starts one order later, one order is skipped.
        _, _, page2 = self.client.json(base + '&page=2')
        _, _, fresh1 = self.client.json(base + '&page=1')
        skipped = fresh1[-1]['id']
        self.assertNotIn(skipped, [o['id'] for o in page1 + page2])
        self.assertEqual(woo.stats.mutations, 1)

    def test_faults_and_no_rate_limit(self):
        woo = self.woo()
        woo.fail_next('500')
        status, _, body = self.client.json(WOO)
        self.assertEqual((status, body['code']), (500, 'internal_server_error'))
        woo.fail_next('html_503')
        status, headers, body = self.client.get(WOO)
        self.assertEqual(status, 503)
        self.assertTrue(headers['Content-Type'].startswith('text/html'))
        woo.fail_next('truncated')
        with self.assertRaises(http.client.IncompleteRead):
            self.client.get(WOO)
        self.assertEqual(dict(woo.stats.faults), {'500': 1, 'html_503': 1, 'truncated': 1})
        statuses = {self.client.get(WOO + '?per_page=1&_fields=id')[0] for _ in range(80)}
        self.assertEqual(statuses, {200})

    def test_program_mode(self):
        p = subprocess.Popen([sys.executable, os.path.join(FAKES, 'woocommerce.py'), '--port', '0', '--orders', '30',
                              '--consumer-key', 'ck_1', '--consumer-secret', 'cs_1', '--faults', '500=100',
                              '--stats-on-exit'], stdout=subprocess.PIPE, text=True)
        self.addCleanup(p.stdout.close)
        base = p.stdout.readline().strip()
        c = Client(base, {'Authorization': 'Basic ' + base64.b64encode(b'ck_1:cs_1').decode()})
        status, _, body = c.json(WOO)
        self.assertEqual((status, body['code']), (500, 'internal_server_error'))
        c.json('/_fake/faults', method='POST')  # no body: no faults
        status, headers, body = c.json(WOO + '?per_page=100')
        self.assertEqual((status, len(body), headers['X-WP-Total']), (200, 30, '30'))
        c.close()
        p.terminate()
        out, _ = p.communicate(timeout=10)
        self.assertEqual(p.returncode, 0)
        self.assertEqual(json.loads(out)['faults'], {'500': 1})

    def test_bad_orders_and_single_order(self):
        woo = self.woo(orders=50, bad_orders=2)
        self.assertEqual(sorted(woo.bad_orders.values()), ['line without price', 'line without sku'])
        for oid, reason in woo.bad_orders.items():
            status, _, o = self.client.json(WOO + '/%d' % oid)
            self.assertEqual(status, 200)
            if reason == 'line without sku':
                self.assertTrue(any(l['sku'] == '' and l['product_id'] == 0 for l in o['line_items']))
            else:
                self.assertTrue(any('price' not in l for l in o['line_items']))
        status, _, body = self.client.json(WOO + '/1')
        self.assertEqual((status, body['code']), (404, 'woocommerce_rest_shop_order_invalid_id'))
        status, _, body = self.client.json('/wp-json/wc/v3/products')
        self.assertEqual((status, body['code']), (404, 'rest_no_route'))


if __name__ == '__main__':
    unittest.main()
