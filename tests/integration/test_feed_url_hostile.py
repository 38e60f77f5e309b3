"""Feed channel in url mode against a server that answers wrongly with
200 (issue 18): an HTML error or login page is a channel error that
names it, never an empty feed that leaves the channel `ok`."""
import http.server
import threading

from harness import OrderdCase
from test_feed_url import FeedUrl

PAGE = b'<!DOCTYPE html>\n<html><body><h1>Session expired</h1>Please log in.</body></html>\n'


class HtmlServer(http.server.ThreadingHTTPServer):
    def __init__(self):
        super().__init__(('127.0.0.1', 0), HtmlHandler)
        self.content_type = 'text/html; charset=utf-8'
        self.body = PAGE


class HtmlHandler(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        self.send_response(200)
        if self.server.content_type:
            self.send_header('Content-Type', self.server.content_type)
        self.send_header('Content-Length', str(len(self.server.body)))
        self.end_headers()
        self.wfile.write(self.server.body)

    def log_message(self, *args):
        pass


class FeedUrlHtml(OrderdCase):
    add_channel = FeedUrl.add_channel

    def setUp(self):
        self.server = HtmlServer()
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()
        self.channels = {}
        super().setUp()
        self.add_channel('remote', {'url': 'http://127.0.0.1:%d/orders.csv'
                                           % self.server.server_address[1], 'currency': 'CNY'})

    def tearDown(self):
        self.server.shutdown()
        self.server.server_close()
        super().tearDown()

    def check_refused(self, content_type):
        out = self.once(check=False)
        self.assertEqual(out.returncode, 1)
        self.assertIn('HTTP 200 with an HTML page (Content-Type: %s)' % content_type, out.stderr)
        (state, err), = self.sql("SELECT state, last_error FROM channels")
        self.assertEqual(state, 'error')
        self.assertIn('HTML page', err)
        self.assertEqual(self.orders(), [])
        self.assertEqual(self.sql("SELECT count(*) FROM dead_letters"), [['0']])

    def test_html_page_by_content_type(self):
        self.check_refused('text/html; charset=utf-8')

    def test_html_page_by_its_first_bytes(self):
        self.server.content_type = 'text/csv'
        self.server.body = b'\xef\xbb\xbf\r\n  <HTML><head><title>502</title></head></HTML>'
        self.check_refused('text/csv')

    def test_csv_that_mentions_html_is_read(self):
        self.server.content_type = 'text/plain'
        self.server.body = (b'external_id,status,lines.sku,lines.qty,lines.unit_price,buyer_note\n'
                            b'H1,paid,A,1,5.00,<html> in a note\n')
        self.once()
        self.assertEqual([o['external_id'] for o in self.orders()], ['H1'])
