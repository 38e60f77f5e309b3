"""Redirects never carry credentials elsewhere (hardening issue, item 1).

Two HTTPS servers on loopback share a throwaway CA (`ca_file`): the
"shop" answers with a redirect to the "elsewhere" server, which records
every request it gets. API calls (Shopify's token header, 抖店's signed
POST body) must not follow the redirect at all: the channel reports the
status and the target. A feed URL follows a redirect within its own
origin with its credentials, and one to another origin without them."""
import base64
import http.server
import json
import os
import shutil
import ssl
import tempfile
import threading

from test_feed_url import make_ca
from test_shops import ShopCase

HEADER = 'external_id,status,lines.sku,lines.qty,lines.unit_price\n'


class Recorder(http.server.ThreadingHTTPServer):
    """Answers from `routes` (path without query -> (status, headers,
    body)), 404 otherwise, and keeps (method, path, headers, body) of
    every request in `log`."""

    daemon_threads = True

    def __init__(self, ctx):
        class Handler(http.server.BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def answer(self):
                n = int(self.headers.get('Content-Length') or 0)
                body = self.rfile.read(n) if n else b''
                srv = self.server
                with srv.lock:
                    srv.log.append((self.command, self.path, dict(self.headers), body))
                status, headers, data = srv.routes.get(self.path.split('?')[0],
                                                       (404, {}, b'not here'))
                self.send_response(status)
                for k, v in headers.items():
                    self.send_header(k, v)
                self.send_header('Content-Length', str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            do_GET = do_POST = answer

        super().__init__(('127.0.0.1', 0), Handler)
        self.socket = ctx.wrap_socket(self.socket, server_side=True)
        self.lock = threading.Lock()
        self.log = []
        self.routes = {}
        self.url = 'https://localhost:%d' % self.server_address[1]
        threading.Thread(target=self.serve_forever, daemon=True).start()

    def close(self):
        self.shutdown()
        self.server_close()


class Redirects(ShopCase):
    TOKEN = 'shpat_redirect_canary_0123456789'

    def setUp(self):
        super().setUp()
        self.certs = tempfile.mkdtemp(prefix='orderd-redirect-')
        self.addCleanup(shutil.rmtree, self.certs, True)
        make_ca(self.certs)
        ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        ctx.load_cert_chain(os.path.join(self.certs, 'srv.pem'),
                            os.path.join(self.certs, 'srv.key'))
        self.shop = Recorder(ctx)
        self.elsewhere = Recorder(ctx)
        self.addCleanup(self.shop.close)
        self.addCleanup(self.elsewhere.close)
        self.ca = os.path.join(self.certs, 'ca.pem')

    def redirect_all(self, status, path):
        """Every request to the shop gets `status` towards `elsewhere`."""
        target = self.elsewhere.url + path
        self.shop.routes = _Every((status, {'Location': target}, b''))
        return target

    def channel_error(self, name):
        return self.sql("SELECT state || ' ' || coalesce(last_error, '') FROM channels"
                        " WHERE name = :'p1'", name)[0][0]

    def test_shopify_token_is_not_sent_to_a_redirect_target(self):
        for status in (301, 307):
            with self.subTest(status=status):
                target = self.redirect_all(status, '/admin/api/2024-10/orders.json')
                self.write_channel('shop', 'shopify', {
                    'shop_url': self.shop.url, 'ca_file': self.ca, 'timeout': '5s',
                    'access_token': self.secret('REDIRECT_SHOP_TOKEN', self.TOKEN)})
                out = self.once(check=False)
                self.assertEqual(out.returncode, 1, out.stderr)
                # The token went to the shop (so the check below means something) ...
                self.assertTrue(any(h.get('X-Shopify-Access-Token') == self.TOKEN
                                    for _, _, h, _ in self.shop.log))
                # ... and nothing at all to the redirect's target.
                self.assertEqual(self.elsewhere.log, [])
                err = self.channel_error('shop')
                self.assertIn('HTTP %d redirects to %s' % (status, target), err)
                self.assertIn('redirects to', out.stderr)
                self.assertNotIn(self.TOKEN, out.stderr + err)
                self.shop.log.clear()

    def test_signed_gateway_body_is_not_reposted_to_a_redirect_target(self):
        target = self.redirect_all(308, '/order/searchList')
        self.write_channel('dy', 'douyin', {
            'gateway_url': self.shop.url, 'ca_file': self.ca, 'timeout': '5s',
            'app_key': self.secret('REDIRECT_DY_KEY', '7300000000000000001'),
            'app_secret': self.secret('REDIRECT_DY_SECRET', 'redirect-secret'),
            'access_token': self.secret('REDIRECT_DY_TOKEN', 'redirect-dy-token'),
            'start_from': '1d', 'lag': '1s', 'overlap': '2s'})
        out = self.once(check=False)
        self.assertEqual(out.returncode, 1, out.stderr)
        posts = [r for r in self.shop.log if r[0] == 'POST']
        self.assertTrue(posts, 'the gateway call reached the shop')
        self.assertIn('sign=', posts[0][1])
        self.assertEqual(self.elsewhere.log, [])
        self.assertIn('HTTP 308 redirects to %s' % target, self.channel_error('dy'))

    def feed(self, url):
        self.write_channel('remote', 'feed', {'url': json.dumps(url), 'ca_file': self.ca,
                                              'currency': 'CNY'})

    def test_feed_follows_a_redirect_within_its_origin_with_its_credentials(self):
        self.shop.routes = {
            '/old.csv': (302, {'Location': '/orders.csv'}, b''),
            '/orders.csv': (200, {'Content-Type': 'text/csv'},
                            (HEADER + 'R1,paid,A,1,5.00\n').encode()),
        }
        self.feed(self.shop.url.replace('https://', 'https://clerk:pa%24s@') + '/old.csv')
        self.once()
        self.assertEqual([o['external_id'] for o in self.orders()], ['R1'])
        auth = 'Basic ' + base64.b64encode(b'clerk:pa$s').decode()
        self.assertEqual([(p, h.get('Authorization')) for _, p, h, _ in self.shop.log],
                         [('/old.csv', auth), ('/orders.csv', auth)])

    def test_feed_follows_a_redirect_elsewhere_without_credentials(self):
        self.shop.routes = {'/orders.csv': (302, {'Location': self.elsewhere.url + '/o.csv'}, b'')}
        self.elsewhere.routes = {'/o.csv': (200, {'Content-Type': 'text/csv'},
                                            (HEADER + 'R2,paid,A,2,5.00\n').encode())}
        self.feed(self.shop.url.replace('https://', 'https://clerk:secret@') + '/orders.csv')
        self.once()
        self.assertEqual([o['external_id'] for o in self.orders()], ['R2'])
        self.assertIn('Authorization', self.shop.log[0][2])
        self.assertEqual(len(self.elsewhere.log), 1)
        self.assertNotIn('Authorization', self.elsewhere.log[0][2])

    def test_feed_stops_after_five_redirects(self):
        self.shop.routes = {'/loop.csv': (302, {'Location': '/loop.csv'}, b'')}
        self.feed(self.shop.url + '/loop.csv')
        out = self.once(check=False)
        self.assertEqual(out.returncode, 1)
        self.assertEqual(len(self.shop.log), 6)
        self.assertIn('more than 5 redirects', self.channel_error('remote'))


class _Every(dict):
    """A route table that gives every path the same answer."""

    def __init__(self, answer):
        super().__init__()
        self.answer = answer

    def get(self, key, default=None):
        return self.answer
