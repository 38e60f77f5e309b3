"""Feed channel in url mode: one file fetched over HTTP with ETag /
If-Modified-Since, from a loopback server that honours the validators the
way a web server does."""
import hashlib
import http.server
import json
import os
import shutil
import tempfile
import threading

from harness import OrderdCase

HEADER = 'external_id,status,lines.sku,lines.qty,lines.unit_price\n'


class FeedServer(http.server.ThreadingHTTPServer):
    def __init__(self):
        super().__init__(('127.0.0.1', 0), FeedHandler)
        self.body = b''
        self.last_modified = 'Fri, 20 Nov 2026 01:00:00 GMT'
        self.fail_status = None
        self.retry_after = '1'
        self.log = []  # (status, if_none_match)

    @property
    def etag(self):
        return '"%s"' % hashlib.sha256(self.body).hexdigest()[:16]


class FeedHandler(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        srv = self.server
        inm = self.headers.get('If-None-Match')
        if srv.fail_status:
            status = srv.fail_status
            self.send_response(status)
            self.send_header('Retry-After', srv.retry_after)
            self.send_header('Content-Length', '0')
            self.end_headers()
        elif inm is not None and inm == srv.etag:
            status = 304
            self.send_response(304)
            self.send_header('ETag', srv.etag)
            self.end_headers()
        else:
            status = 200
            self.send_response(200)
            self.send_header('Content-Type', 'text/csv')
            self.send_header('ETag', srv.etag)
            self.send_header('Last-Modified', srv.last_modified)
            self.send_header('Content-Length', str(len(srv.body)))
            self.end_headers()
            self.wfile.write(srv.body)
        srv.log.append((status, inm))

    def log_message(self, *args):
        pass


class FeedUrl(OrderdCase):
    def setUp(self):
        self.server = FeedServer()
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()
        self.channels = {'remote': {'url': 'http://127.0.0.1:%d/export/orders.csv?token=abc'
                                           % self.server.server_address[1],
                                    'currency': 'CNY'}}
        super().setUp()

    def tearDown(self):
        self.server.shutdown()
        self.server.server_close()
        super().tearDown()

    def add_channel(self, name, settings, **kw):
        # url mode has no drop directory: write the channel file directly.
        lines = ['name: %s' % name, 'kind: feed', 'poll_interval: 200ms', 'feed:']
        lines += ['  %s: %s' % (k, json.dumps(v)) for k, v in settings.items()]
        with open('%s/channels.d/%s.yaml' % (self.etc, name), 'w') as f:
            f.write('\n'.join(lines) + '\n')

    def test_fetch_then_not_modified_then_changed(self):
        self.server.body = (HEADER + 'U1,paid,A,1,5.00\nU2,paid,B,2,1.50\n').encode()
        self.once()
        self.assertEqual(sorted(o['external_id'] for o in self.orders()), ['U1', 'U2'])
        self.once()
        # The second poll sent the validator and got 304: nothing re-read.
        self.assertEqual([s for s, _ in self.server.log], [200, 304])
        self.assertEqual(self.server.log[1][1], self.server.etag)
        self.assertEqual(self.sql("SELECT count(*) FROM order_events"), [['2']])
        # New content: U2 revised, U3 new.
        self.server.body = (HEADER + 'U1,paid,A,1,5.00\nU2,shipped,B,2,1.50\nU3,paid,C,1,9.99\n').encode()
        self.once()
        got = {o['external_id']: o['status'] for o in self.orders()}
        self.assertEqual(got, {'U1': 'paid', 'U2': 'shipped', 'U3': 'paid'})
        self.assertEqual(self.sql("SELECT kind FROM order_events ORDER BY id"),
                         [['created'], ['created'], ['status'], ['created']])
        cursor = json.loads(self.sql("SELECT cursor FROM channel_cursors")[0][0])
        self.assertEqual(cursor['etag'], self.server.etag)
        self.assertTrue(cursor['complete'])
        self.assertTrue(cursor['file'].startswith('orders.csv@'))

    def test_server_errors_fail_the_channel_and_keep_the_token_out_of_messages(self):
        self.server.fail_status = 503
        out = self.once(check=False)
        self.assertEqual(out.returncode, 1)
        self.assertIn('HTTP 503', out.stderr)
        self.assertNotIn('token=abc', out.stderr)
        (state, err), = self.sql("SELECT state, last_error FROM channels")
        self.assertEqual(state, 'error')
        self.assertNotIn('token', err)
        self.server.fail_status = 401
        out = self.once(check=False)
        self.assertEqual(out.returncode, 1)
        self.assertEqual(self.sql("SELECT state FROM channels"), [['auth_error']])

    def test_retry_after_years_ahead_waits_only_backoff_cap(self):
        # A server asking for ten years: the wait is capped at the
        # channel's backoff_cap (1 s in these tests), so polls go on.
        self.server.fail_status = 503
        self.server.retry_after = '315360000'
        p = self.start_daemon()
        self.wait_for(lambda: len(self.server.log) >= 3, timeout=30,
                      what='a third request despite Retry-After: 315360000')
        self.server.fail_status = None
        self.server.body = (HEADER + 'R1,paid,A,1,5.00\n').encode()
        self.wait_for(lambda: [o['external_id'] for o in self.orders()] == ['R1'], timeout=30,
                      what='the order once the server answers')
        p.terminate()
        p.wait(timeout=30)

    def test_plain_http_to_a_remote_host_is_refused(self):
        self.add_channel('insecure', {'url': 'http://example.com/orders.csv'})
        out = self.run_prog('orderd', '--check', check=False)
        self.assertEqual(out.returncode, 2)
        self.assertIn('https://', out.stderr)
        self.assertIn('insecure.yaml', out.stderr)


def make_ca(tmp):
    """A test CA and a server certificate for the name localhost only,
    made with the openssl command."""
    import subprocess

    def run(*args):
        subprocess.run(['openssl'] + list(args), check=True, capture_output=True, cwd=tmp)
    run('req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'ca.key', '-out', 'ca.pem',
        '-days', '2', '-subj', '/CN=orderd test CA')
    run('req', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'srv.key', '-out', 'srv.csr',
        '-subj', '/CN=localhost')
    with open(os.path.join(tmp, 'ext.cnf'), 'w') as f:
        f.write('subjectAltName=DNS:localhost\n')
    run('x509', '-req', '-in', 'srv.csr', '-CA', 'ca.pem', '-CAkey', 'ca.key', '-CAcreateserial',
        '-out', 'srv.pem', '-days', '2', '-extfile', 'ext.cnf')
    # A second CA nobody trusts.
    run('req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'other.key', '-out',
        'other.pem', '-days', '2', '-subj', '/CN=unknown CA')


class FeedUrlTls(FeedUrl):
    """The same server over HTTPS: the chain and the host name are always
    verified."""

    def setUp(self):
        import ssl
        self.certs = tempfile.mkdtemp(prefix='orderd-tls-')
        make_ca(self.certs)
        self.server = FeedServer()
        self.ctx = ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        ctx.load_cert_chain(os.path.join(self.certs, 'srv.pem'), os.path.join(self.certs, 'srv.key'))
        self.server.socket = ctx.wrap_socket(self.server.socket, server_side=True)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()
        self.port = self.server.server_address[1]
        self.server.body = (HEADER + 'T1,paid,A,1,5.00\n').encode()
        self.channels = {}
        OrderdCase.setUp(self)

    def tearDown(self):
        shutil.rmtree(self.certs, ignore_errors=True)
        super().tearDown()

    def tls_channel(self, host, ca):
        self.add_channel('remote', {'url': 'https://%s:%d/orders.csv' % (host, self.port),
                                    'ca_file': os.path.join(self.certs, ca),
                                    'currency': 'CNY'})

    def test_trusted_ca_connects(self):
        self.tls_channel('localhost', 'ca.pem')
        self.once()
        self.assertEqual([o['external_id'] for o in self.orders()], ['T1'])

    def test_unknown_ca_is_refused(self):
        self.tls_channel('localhost', 'other.pem')
        out = self.once(check=False)
        self.assertEqual(out.returncode, 1)
        self.assertRegex(out.stderr, r'(?i)certificate|issuer|verify')
        self.assertEqual(self.orders(), [])
        self.assertEqual(self.server.log, [])  # no request got through

    def test_wrong_host_name_is_refused(self):
        # 127.0.0.1 is the same server, but its certificate names localhost.
        self.tls_channel('127.0.0.1', 'ca.pem')
        out = self.once(check=False)
        self.assertEqual(out.returncode, 1)
        self.assertRegex(out.stderr, r"(?i)certificate|host ?name|match|verify")
        self.assertEqual(self.orders(), [])

    def test_server_below_tls_1_2_is_refused(self):
        import ssl
        # Every new connection of the wrapped socket takes these versions
        # (OpenSSL allows 1.0/1.1 at security level 0 only).
        self.ctx.set_ciphers('ALL:@SECLEVEL=0')
        self.ctx.minimum_version = ssl.TLSVersion.TLSv1
        self.ctx.maximum_version = ssl.TLSVersion.TLSv1_1
        self.tls_channel('localhost', 'ca.pem')
        out = self.once(check=False)
        self.assertEqual(out.returncode, 1)
        self.assertRegex(out.stderr, r'(?i)TLS|SSL|handshake')
        self.assertEqual(self.orders(), [])
        self.assertEqual(self.server.log, [])
        # The control: the same server at TLS 1.2 is read.
        self.ctx.minimum_version = ssl.TLSVersion.TLSv1_2
        self.ctx.maximum_version = ssl.TLSVersion.TLSv1_3
        self.once()
        self.assertEqual([o['external_id'] for o in self.orders()], ['T1'])

    # The inherited HTTP tests do not apply to this class.
    test_fetch_then_not_modified_then_changed = None
    test_server_errors_fail_the_channel_and_keep_the_token_out_of_messages = None
    test_plain_http_to_a_remote_host_is_refused = None
    test_retry_after_years_ahead_waits_only_backoff_cap = None
