"""Shop servers that page in a loop (issue 18): a Shopify server whose
next-page links go round, a WooCommerce server that answers the same full
page again. `orderd --once` must end with a channel error naming it, not
follow the loop for ever."""
import http.server
import json
import re
import subprocess
import threading
import time

from test_shops import ShopCase

TOKEN = 'shpat_test_loop_0123456789'


class JsonHandler(http.server.BaseHTTPRequestHandler):
    """Answers 200 with a JSON body and extra headers; notes each path."""

    def reply(self, body, headers):
        self.send_response(200)
        self.send_header('Content-Type', 'application/json')
        for k, v in headers:
            self.send_header(k, v)
        self.send_header('Content-Length', str(len(body)))
        self.end_headers()
        self.wfile.write(body)
        self.server.paths.append(self.path)

    def log_message(self, *args):
        pass


class LoopHandler(JsonHandler):
    def do_GET(self):
        port = self.server.server_address[1]
        self.reply(b'{"orders":[]}', [
            ('X-Shopify-Shop-Api-Call-Limit', '1/40'),
            ('Link', '<http://127.0.0.1:%d/admin/api/2024-10/orders.json'
                     '?limit=250&page_info=same>; rel="next"' % port)])


class ServerCase(ShopCase):
    """A ShopCase with one loopback HTTP server answering by `handler`."""
    handler = None

    def setUp(self):
        super().setUp()
        self.srv = http.server.ThreadingHTTPServer(('127.0.0.1', 0), self.handler)
        self.srv.paths = []
        threading.Thread(target=self.srv.serve_forever, daemon=True).start()

    def tearDown(self):
        self.srv.shutdown()
        self.srv.server_close()
        super().tearDown()


class ShopifyPagingLoop(ServerCase):
    handler = LoopHandler

    def test_a_next_link_to_the_same_page_ends_the_poll(self):
        self.write_channel('shop', 'shopify', {
            'shop_url': 'http://127.0.0.1:%d' % self.srv.server_address[1],
            'access_token': self.secret('SHOP_TOKEN_SHOP', TOKEN), 'timeout': '2s'})
        try:
            out = self.once(check=False)
        except subprocess.TimeoutExpired:
            self.fail('orderd --once followed the page loop for 120 s (%d requests)'
                      % len(self.srv.paths))
        self.assertEqual(out.returncode, 1, out.stderr)
        self.assertIn('the next-page link repeats the page just read', out.stderr)
        (state, err), = self.sql("SELECT state, last_error FROM channels")
        self.assertEqual(state, 'error')
        self.assertIn('pages in a loop', err)
        # The window's first page, then the linked page once.
        self.assertEqual(len(self.srv.paths), 2, self.srv.paths)
        self.assertIn('page_info=same', self.srv.paths[1])


class NoLimitHandler(http.server.BaseHTTPRequestHandler):
    """Pages without X-Shopify-Shop-Api-Call-Limit (a proxy that drops
    it), each linking to a new one."""

    def do_GET(self):
        port = self.server.server_address[1]
        body = b'{"orders":[]}'
        self.server.hits += 1
        self.send_response(200)
        self.send_header('Content-Type', 'application/json')
        self.send_header('Link', '<http://127.0.0.1:%d/admin/api/2024-10/orders.json'
                         '?limit=250&page_info=p%d>; rel="next"' % (port, self.server.hits))
        self.send_header('Content-Length', str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


class ShopifyPacingWithoutHeader(ShopCase):
    def test_pacing_keeps_the_documented_rate_without_the_header(self):
        srv = http.server.ThreadingHTTPServer(('127.0.0.1', 0), NoLimitHandler)
        srv.hits = 0
        threading.Thread(target=srv.serve_forever, daemon=True).start()
        try:
            self.write_channel('shop', 'shopify', {
                'shop_url': 'http://127.0.0.1:%d' % srv.server_address[1],
                'access_token': self.secret('SHOP_TOKEN_SHOP', TOKEN), 'timeout': '2s'})
            p = self.start_daemon()
            self.wait_for(lambda: srv.hits >= 1, timeout=30, what='the first request')
            t0 = time.monotonic()
            time.sleep(8)
            hits, took = srv.hits, time.monotonic() - t0
            self.stop(p)
            # The bucket of 40 less the margin of 2 at once, then 2 a
            # second: without pacing a loopback server sees hundreds.
            self.assertLessEqual(hits, 38 + 2 * took + 4, '%d requests in %.1f s' % (hits, took))
            self.assertGreaterEqual(hits, 38)
        finally:
            srv.shutdown()
            srv.server_close()


class WooSamePageHandler(JsonHandler):
    """Every orders request answered with the same full page, whose orders
    were all modified before the time asked for (modified_after ignored)."""

    def do_GET(self):
        per_page = int(re.search(r'per_page=(\d+)', self.path).group(1))
        orders = [{'id': 9000 + i, 'status': 'processing', 'currency': 'CNY',
                   'date_modified_gmt': '2026-11-01T10:00:%02d' % (i % 2),
                   'date_created_gmt': '2026-11-01T10:00:00', 'total': '1.00',
                   'line_items': []} for i in range(per_page)]
        self.reply(json.dumps(orders).encode(),
                   [('X-WP-Total', str(per_page * 2)), ('X-WP-TotalPages', '2')])


class WooPagingLoop(ServerCase):
    handler = WooSamePageHandler

    def test_a_full_page_that_does_not_move_on_ends_the_poll(self):
        self.write_channel('woo', 'woocommerce', {
            'site_url': 'http://127.0.0.1:%d' % self.srv.server_address[1],
            'consumer_key': self.secret('WOO_CK', 'ck_' + '1' * 40),
            'consumer_secret': self.secret('WOO_CS', 'cs_' + '2' * 40),
            'per_page': 20, 'timeout': '2s'})
        try:
            out = self.once(check=False)
        except subprocess.TimeoutExpired:
            self.fail('orderd --once asked for the same page for 120 s (%d requests)'
                      % len(self.srv.paths))
        self.assertEqual(out.returncode, 1, out.stderr)
        self.assertIn('a full page that does not move past modified_after', out.stderr)
        (state, err), = self.sql("SELECT state, last_error FROM channels")
        self.assertEqual(state, 'error')
        self.assertIn('pages in a loop', err)
        # The window's first page moves `after` on; the same page again does not.
        self.assertEqual(len(self.srv.paths), 2, self.srv.paths)
