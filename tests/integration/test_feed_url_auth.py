"""Feed channel in url mode with credentials: HTTP basic auth from a
secret reference (username / password), and credentials in the URL's
user-info or query kept out of every message (the log, the stored last
error, `orderctl channels`), also when curl or TLS fails (issue 18)."""
import base64
import os
import shutil
import ssl
import tempfile
import threading

from harness import OrderdCase
from test_feed_url import HEADER, FeedHandler, FeedServer, FeedUrl, make_ca

USER = 'feeduser'
PASSWORD = 'Pw-9f2c71e0'
TOKEN = 'Tk-77aa31bd'


class AuthHandler(FeedHandler):
    def do_GET(self):
        srv = self.server
        want = 'Basic ' + base64.b64encode(('%s:%s' % (USER, PASSWORD)).encode()).decode()
        srv.auth_seen.append(self.headers.get('Authorization'))
        if srv.require_auth and self.headers.get('Authorization') != want:
            self.send_response(401)
            self.send_header('WWW-Authenticate', 'Basic realm="feed"')
            self.send_header('Content-Length', '0')
            self.end_headers()
            srv.log.append((401, None))
            return
        super().do_GET()


class AuthServer(FeedServer):
    def __init__(self):
        super().__init__()
        self.RequestHandlerClass = AuthHandler
        self.require_auth = True
        self.auth_seen = []


class FeedUrlAuth(OrderdCase):
    def setUp(self):
        self.server = AuthServer()
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()
        self.port = self.server.server_address[1]
        self.server.body = (HEADER + 'A1,paid,A,1,5.00\n').encode()
        self.channels = {}
        super().setUp()

    add_channel = FeedUrl.add_channel

    def tearDown(self):
        self.server.shutdown()
        self.server.server_close()
        super().tearDown()

    def assert_no_secret(self, *texts):
        for t in texts:
            for s in (PASSWORD, TOKEN, USER + ':'):
                self.assertNotIn(s, t)

    def secret_file(self):
        path = os.path.join(self.tmp, 'feed-password')
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        os.write(fd, (PASSWORD + '\n').encode())
        os.close(fd)
        return path

    def test_password_from_a_secret_reference_is_sent_as_basic_auth(self):
        self.add_channel('remote', {'url': 'http://127.0.0.1:%d/orders.csv' % self.port,
                                    'username': USER, 'password': {'file': self.secret_file()},
                                    'currency': 'CNY'})
        self.once()
        self.assertEqual([o['external_id'] for o in self.orders()], ['A1'])
        self.assertEqual([s for s, _ in self.server.log], [200])

    def test_inline_password_is_refused(self):
        self.add_channel('remote', {'url': 'http://127.0.0.1:%d/orders.csv' % self.port,
                                    'username': USER, 'password': PASSWORD})
        out = self.run_prog('orderd', '--check', check=False)
        self.assertEqual(out.returncode, 2)
        self.assertIn('password', out.stderr)
        self.assert_no_secret(out.stderr)

    def test_user_info_and_username_together_are_refused(self):
        self.add_channel('remote', {'url': 'http://%s:%s@127.0.0.1:%d/o.csv' % (USER, PASSWORD,
                                                                                self.port),
                                    'username': USER})
        out = self.run_prog('orderd', '--check', check=False)
        self.assertEqual(out.returncode, 2)
        self.assertIn('user-info', out.stderr)
        self.assert_no_secret(out.stderr)

    def test_user_info_in_the_url_stays_out_of_messages(self):
        # Accepted (and sent), but never shown: a wrong password at the
        # server gives 401, and the error names the URL without them.
        self.add_channel('remote', {'url': 'http://%s:wrong-%s@127.0.0.1:%d/o.csv?token=%s'
                                           % (USER, PASSWORD, self.port, TOKEN),
                                    'currency': 'CNY'})
        out = self.once(check=False)
        self.assertEqual(out.returncode, 1)
        self.assertIn('HTTP 401', out.stderr)
        self.assertIn('REDACTED@127.0.0.1', out.stderr)
        self.assert_no_secret(out.stderr, out.stdout)
        (state, err), = self.sql("SELECT state, last_error FROM channels")
        self.assertEqual(state, 'auth_error')
        self.assertIn('HTTP 401', err)
        self.assert_no_secret(err)
        for fmt in ('table', 'json'):
            out = self.orderctl('channels', '--format', fmt, check=False)
            self.assertEqual(out.returncode, 1)  # the channel is in error
            shown = out.stdout
            self.assertIn('remote', shown)
            self.assert_no_secret(shown)


class FeedUrlAuthTls(FeedUrlAuth):
    """A refused certificate: curl's and the TLS library's words pass the
    same redaction."""

    def setUp(self):
        self.certs = tempfile.mkdtemp(prefix='orderd-tls-')
        make_ca(self.certs)
        self.server = AuthServer()
        ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        ctx.load_cert_chain(os.path.join(self.certs, 'srv.pem'),
                            os.path.join(self.certs, 'srv.key'))
        self.server.socket = ctx.wrap_socket(self.server.socket, server_side=True)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()
        self.port = self.server.server_address[1]
        self.channels = {}
        OrderdCase.setUp(self)

    def tearDown(self):
        shutil.rmtree(self.certs, ignore_errors=True)
        super().tearDown()

    def test_refused_certificate_keeps_credentials_and_token_out(self):
        self.add_channel('remote', {'url': 'https://%s:%s@localhost:%d/o.csv?access_token=%s'
                                           % (USER, PASSWORD, self.port, TOKEN),
                                    'ca_file': os.path.join(self.certs, 'other.pem'),
                                    'currency': 'CNY'})
        out = self.once(check=False)
        self.assertEqual(out.returncode, 1)
        self.assertRegex(out.stderr, r'(?i)certificate|issuer|verify')
        self.assert_no_secret(out.stderr, out.stdout)
        (err,), = self.sql("SELECT last_error FROM channels")
        self.assertRegex(err, r'(?i)certificate|issuer|verify')
        self.assert_no_secret(err)
        out = self.orderctl('channels', '--format', 'json', check=False)
        self.assertEqual(out.returncode, 1)  # the channel is in error
        self.assert_no_secret(out.stdout)
        self.assertEqual(self.server.log, [])

    test_password_from_a_secret_reference_is_sent_as_basic_auth = None
    test_inline_password_is_refused = None
    test_user_info_and_username_together_are_refused = None
    test_user_info_in_the_url_stays_out_of_messages = None
