"""orderweb, the clerk's console (cmd/orderweb, docs/console.md), against
a real PostgreSQL with Python's http.client: login and its cookie,
the lockout after five failures, session expiry, logout, CSRF refusals,
role refusals, approve/reject/retry/discard with the signed-in user named
in their events, two concurrent approvals of the last units (one wins),
the security headers on every answer, the body limit, --check and a
graceful stop on SIGTERM."""
import hashlib
import http.client
import json
import os
import re
import signal
import socket
import subprocess
import threading
import time
import urllib.parse

from harness import BIN_DIR, OrderdCase, free_port
from test_audit import HEADER, AuditCase, row

ORDERWEB = os.path.join(BIN_DIR, 'orderweb')

HEADERS = {
    'content-security-policy': None,  # checked below
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'same-origin',
}


class WebMixin:
    web_extra = ''

    def web_config(self, extra=''):
        self.port = free_port()
        self.write_main_config(getattr(self, 'main_extra', '') +
                               'web:\n  listen: 127.0.0.1:%d\n%s' % (self.port, extra))

    def start_web(self, extra=None):
        self.web_config(self.web_extra if extra is None else extra)
        env = dict(os.environ)
        env.pop('ORDERD_DATABASE_URL', None)
        log = open(os.path.join(self.tmp, 'orderweb.log'), 'w')
        p = subprocess.Popen([ORDERWEB, '--config', self.config], stdout=log,
                             stderr=subprocess.STDOUT, env=env)
        p.logfile = log.name
        self.procs.append(p)
        self.web = p

        def up():
            try:
                socket.create_connection(('127.0.0.1', self.port), timeout=1).close()
                return True
            except OSError:
                self.assertIsNone(p.poll(), self.web_log())
                return False
        self.wait_for(up, what='orderweb listening')
        return p

    def web_log(self):
        with open(self.web.logfile) as f:
            return f.read()

    def add_user(self, name, role, password='pass-' + 'word1'):
        env = dict(os.environ)
        env.pop('ORDERD_DATABASE_URL', None)
        subprocess.run([os.path.join(BIN_DIR, 'orderctl'), '--config', self.config, 'user', 'add',
                        name, '--role', role], input=password + '\n', text=True, check=True,
                       capture_output=True, env=env)

    def req(self, method, path, body=None, token=None, csrf=None, headers=None, ctype=None):
        c = http.client.HTTPConnection('127.0.0.1', self.port, timeout=60)
        h = dict(headers or {})
        if token:
            h['Cookie'] = 'orderweb=' + token
        if csrf:
            h['X-CSRF-Token'] = csrf
        if isinstance(body, dict):
            body = json.dumps(body)
            h.setdefault('Content-Type', 'application/json')
        if ctype:
            h['Content-Type'] = ctype
        c.request(method, path, body=body, headers=h)
        r = c.getresponse()
        data = r.read()
        c.close()
        self.check_headers(r)
        r.data = data
        try:
            r.json = json.loads(data) if data and 'json' in r.getheader('Content-Type', '') else None
        except ValueError:
            r.json = None
        return r

    def check_headers(self, r):
        for k, v in HEADERS.items():
            got = r.getheader(k)
            self.assertIsNotNone(got, '%s missing on %d' % (k, r.status))
            if v:
                self.assertEqual(got, v)
        csp = r.getheader('content-security-policy')
        self.assertIn("frame-ancestors 'none'", csp)
        self.assertIn("script-src 'self'", csp)
        self.assertNotIn('unsafe-inline', csp)
        self.assertNotIn('unsafe-eval', csp)

    def login(self, user, password='pass-' + 'word1', expect=303):
        r = self.req('POST', '/login', 'user=%s&password=%s' % (user, password),
                     ctype='application/x-www-form-urlencoded')
        self.assertEqual(r.status, expect, r.data)
        if expect != 303:
            return r
        cookie = r.getheader('Set-Cookie')
        m = re.match(r'orderweb=([0-9a-f]{64}); Path=/; HttpOnly; SameSite=Strict$', cookie)
        self.assertIsNotNone(m, cookie)
        token = m.group(1)
        s = self.req('GET', '/api/session', token=token)
        self.assertEqual(s.status, 200)
        self.assertEqual(s.json['user'], user)
        self.assertRegex(s.json['csrf'], '^[0-9a-f]{64}$')
        return token, s.json['csrf']


class WebReview(WebMixin, AuditCase):
    main_extra = 'rules: rules.yaml\n'

    def setUp(self):
        super().setUp()
        self.drop('shop', 'a.csv', HEADER +
                  row('S1', 'B', 2, '10.00', phone='13700137001') +
                  row('S2', 'NOPE', 1, '10.00', phone='13700137002', note='urgent please') +
                  row('S3', 'NOPE', 1, '10.00', phone='13700137003') +
                  row('S4', 'A', 1, '6000.00', total='6000.00', phone='13700137004'))
        self.once()
        self.ids = {o['external_id']: o['id'] for o in self.orders()}
        self.add_user('viewer1', 'viewer')
        self.add_user('clerk1', 'clerk')
        self.add_user('admin1', 'admin')
        self.start_web()

    def test_login_session_logout_and_pages(self):
        r = self.req('GET', '/api/session')
        self.assertEqual((r.status, r.json), (401, {'error': 'sign in first'}))
        r = self.req('GET', '/')
        self.assertEqual((r.status, r.getheader('Location')), (303, '/login'))
        page = self.req('GET', '/login')
        self.assertEqual(page.status, 200)
        self.assertIn(b'name="password"', page.data)
        self.assertNotIn(b'<script>', page.data)
        js = self.req('GET', '/static/app.js')
        self.assertEqual((js.status, js.getheader('Content-Type')),
                         (200, 'text/javascript; charset=utf-8'))
        # the pages' scripts put data in as text only
        for name in ('app.js', 'i18n.js', 'login.js'):
            script = self.req('GET', '/static/' + name)
            self.assertEqual(script.status, 200, name)
            for sink in (b'innerHTML', b'outerHTML', b'insertAdjacentHTML', b'document.write',
                         b'eval('):
                self.assertNotIn(sink, script.data, name)
        self.assertEqual(self.req('GET', '/static/nope.js').status, 404)
        self.assertEqual(self.req('GET', '/static/../etc/passwd').status, 404)
        self.assertEqual(self.req('GET', '/nope').status, 404)
        self.assertEqual(self.req('DELETE', '/api/review').status, 405)
        self.assertEqual(self.login('clerk1', 'wrong-password', expect=401).json,
                         {'error': 'wrong user name or password'})
        self.assertEqual(self.login('nobody', expect=401).status, 401)
        self.assertEqual(self.req('POST', '/login', 'user=clerk1').status, 400)

        token, csrf = self.login('clerk1')
        self.assertEqual(self.req('GET', '/api/session', token=token).json,
                         {'user': 'clerk1', 'role': 'clerk', 'csrf': csrf})
        index = self.req('GET', '/', token=token)
        self.assertEqual(index.status, 200)
        self.assertIn(b'src="/static/app.js"', index.data)
        # only the token's SHA-256 is stored
        stored = self.sql('SELECT token_hash, user_name FROM web_sessions')
        self.assertEqual(stored, [[hashlib.sha256(token.encode()).hexdigest(), 'clerk1']])
        self.assertEqual(self.sql("SELECT count(*) FROM web_sessions WHERE token_hash = :'p1'",
                                  token), [['0']])
        self.assertEqual(self.req('GET', '/api/session', token='0' * 64).status, 401)
        self.assertEqual(self.req('GET', '/api/session', token=token[:-1]).status, 401)

        self.assertEqual(self.req('POST', '/logout', token=token).status, 403)
        out = self.req('POST', '/logout', token=token, csrf=csrf)
        self.assertEqual((out.status, out.getheader('Location')), (303, '/login'))
        self.assertIn('Max-Age=0', out.getheader('Set-Cookie'))
        self.assertEqual(self.req('GET', '/api/session', token=token).status, 401)
        self.assertEqual(self.sql('SELECT count(*) FROM web_sessions'), [['0']])
        self.assertIn('clerk1 signed in from 127.0.0.1', self.web_log())
        self.assertIn('failed login for user clerk1 from 127.0.0.1', self.web_log())
        self.assertNotIn('wrong-password', self.web_log())

    def test_lockout_after_five_failures(self):
        for i in range(5):
            self.assertEqual(self.login('clerk1', 'wrong-%d-password' % i, expect=401).status, 401)
        locked = self.login('clerk1', expect=429)
        self.assertEqual(locked.getheader('Retry-After'), '900')
        self.assertEqual(self.login('clerk1', 'wrong-again', expect=429).status, 429)
        self.assertEqual(self.sql("SELECT count(*), min(client), max(client) FROM "
                                  "web_login_failures WHERE user_name = 'clerk1'"),
                         [['5', '127.0.0.1', '127.0.0.1']])
        self.assertIn('login of locked user clerk1 from 127.0.0.1 refused', self.web_log())
        self.login('admin1')  # another user is not locked
        # 15 minutes later the lock is over
        self.sql("UPDATE web_login_failures SET at = at - interval '15 minutes 1 second'")
        self.login('clerk1')

    def test_csrf_and_roles(self):
        s3 = self.ids['S3']
        vt, vc = self.login('viewer1')
        self.assertEqual(self.req('GET', '/api/review', token=vt).status, 200)
        self.assertEqual(self.req('GET', '/api/orders/%d' % s3, token=vt).status, 200)
        for path, body in (('/api/orders/%d/approve' % s3, {}),
                           ('/api/orders/%d/reject' % s3, {'reason': 'x'}),
                           ('/api/deadletters/1/retry', {}),
                           ('/api/deadletters/1/discard', {'reason': 'x'})):
            r = self.req('POST', path, body, token=vt, csrf=vc)
            self.assertEqual((r.status, r.json), (403, {'error': 'your role may not do this'}),
                             path)
        self.assertEqual(self.req('GET', '/api/users', token=vt).status, 403)

        ct, cc = self.login('clerk1')
        path = '/api/orders/%d/reject' % s3
        self.assertEqual(self.req('POST', path, {'reason': 'x'}).status, 401)
        r = self.req('POST', path, {'reason': 'x'}, token=ct)
        self.assertEqual((r.status, r.json), (403, {'error': 'missing or wrong X-CSRF-Token'}))
        self.assertEqual(self.req('POST', path, {'reason': 'x'}, token=ct, csrf=vc).status, 403)
        self.assertEqual(self.req('POST', path, {'reason': 'x'}, token=ct, csrf=cc[:-1]).status,
                         403)
        self.assertEqual(self.req('GET', '/api/users', token=ct).status, 403)
        self.assertEqual(self.ok_show(s3)['audit']['outcome'], 'held')  # nothing changed

        at, _ = self.login('admin1')
        users = self.req('GET', '/api/users', token=at)
        self.assertEqual(users.status, 200)
        self.assertEqual([(u['name'], u['role']) for u in users.json],
                         [('admin1', 'admin'), ('clerk1', 'clerk'), ('viewer1', 'viewer')])

    def test_search_by_number_phone_and_name(self):
        t, _ = self.login('viewer1')

        def found(q):
            r = self.req('GET', '/api/search?q=' + urllib.parse.quote(q), token=t)
            self.assertEqual(r.status, 200, r.data)
            return sorted(o['external_id'] for o in r.json)
        self.assertEqual(found('S3'), ['S3'])
        self.assertEqual(found('13700137004'), ['S4'])
        self.assertEqual(found('1370013700'), ['S1', 'S2', 'S3', 'S4'])
        self.assertEqual(found('张三'), ['S1', 'S2', 'S3', 'S4'])
        self.assertEqual(found('%'), [])  # matched as text, not as a LIKE pattern
        self.assertEqual(found("' OR 1=1 --"), [])
        r = self.req('GET', '/api/search?q=S2', token=t)
        self.assertEqual(r.json[0], self.req('GET', '/api/review', token=t).json[0])
        self.assertEqual(self.req('GET', '/api/search', token=t).status, 400)
        self.assertEqual(self.req('GET', '/api/search?q=', token=t).status, 400)
        self.assertEqual(self.req('GET', '/api/search?q=' + 'x' * 101, token=t).status, 400)
        self.assertEqual(self.req('GET', '/api/search?q=S2').status, 401)

    def ok_show(self, oid):
        return json.loads(self.orderctl('review', 'show', str(oid), '--format', 'json').stdout)

    def test_approve_and_reject_name_the_user(self):
        t, c = self.login('clerk1')
        queue = self.req('GET', '/api/review', token=t)
        self.assertEqual(queue.status, 200)
        cli = json.loads(self.orderctl('review', 'list', '--format', 'json').stdout)
        self.assertEqual(queue.json, cli)  # the same objects as orderctl's
        self.assertEqual([o['external_id'] for o in queue.json], ['S2', 'S1', 'S3', 'S4'])
        s2, s3, s4 = self.ids['S2'], self.ids['S3'], self.ids['S4']
        shown = self.req('GET', '/api/orders/%d' % s2, token=t)
        # the CLI's object, and the row the order was read from, decoded
        raw = shown.json.pop('raw_text')
        self.assertIn('S2,', raw)
        self.assertIn('urgent please', raw)
        self.assertIn('张三', raw)
        self.assertEqual(shown.json, self.ok_show(s2))
        self.assertEqual(self.req('GET', '/api/orders/999999', token=t).status, 404)

        short = self.req('POST', '/api/orders/%d/approve' % s2, {}, token=t, csrf=c)
        self.assertEqual(short.status, 409)
        self.assertIn('Not enough stock: NOPE', short.json['error'])
        # forcing it is an admin's: a clerk is refused, a bad flag is 400
        path = '/api/orders/%d/approve' % s2
        self.assertEqual(self.req('POST', path, {'force': True}, token=t, csrf=c).status, 403)
        self.assertEqual(self.req('POST', path, {'force': 'yes'}, token=t, csrf=c).status, 400)
        r = self.req('POST', '/api/orders/%d/approve' % s4, {'note': '客户确认金额'}, token=t,
                     csrf=c)
        self.assertEqual(r.status, 200, r.data)
        self.assertEqual((r.json['outcome'], r.json['by']), ('approved', 'clerk1'))
        last = self.ok_show(s4)['events'][-1]
        self.assertEqual((last['kind'], last['actor']), ('review', 'clerk1'))
        self.assertEqual(json.loads(last['detail'])['note'], '客户确认金额')
        self.assertIn('clerk1', self.orderctl('review', 'show', str(s4)).stdout)
        self.assertEqual(self.sql("SELECT reserved FROM inventory WHERE sku = 'A'"), [['1']])
        again = self.req('POST', '/api/orders/%d/approve' % s4, {}, token=t, csrf=c)
        self.assertEqual(again.status, 400)
        self.assertIn('already approved', again.json['error'])

        path = '/api/orders/%d/reject' % s3
        self.assertEqual(self.req('POST', path, {}, token=t, csrf=c).status, 400)
        self.assertEqual(self.req('POST', path, {'reason': 5}, token=t, csrf=c).status, 400)
        self.assertEqual(self.req('POST', path, '{"reason": ', token=t, csrf=c).status, 400)
        r = self.req('POST', path, {'reason': '客户取消'}, token=t, csrf=c)
        self.assertEqual(r.status, 200, r.data)
        shown = self.ok_show(s3)
        self.assertEqual(shown['audit']['outcome'], 'rejected')
        self.assertEqual((shown['events'][-1]['actor'], shown['audit']['reasons'][-1]['message']),
                         ('clerk1', '客户取消'))
        self.assertEqual([o['external_id'] for o in self.req('GET', '/api/review', token=t).json],
                         ['S2', 'S1'])
        self.assertIn('clerk1 approved order %d' % s4, self.web_log())
        # an admin forces S2 through with the stock short: approved, warned
        at, ac = self.login('admin1')
        r = self.req('POST', '/api/orders/%d/approve' % s2, {'note': '老客户，先发', 'force': True},
                     token=at, csrf=ac)
        self.assertEqual(r.status, 200, r.data)
        self.assertEqual((r.json['outcome'], r.json['by']), ('approved', 'admin1'))
        self.assertIn('NOPE', r.json['warning'])
        self.assertEqual(self.ok_show(s2)['audit']['outcome'], 'approved')
        self.assertEqual([o['external_id'] for o in self.req('GET', '/api/review', token=t).json],
                         ['S1'])

    def test_body_limit(self):
        self.stop(self.web)
        self.start_web('  max_body: 1KiB\n')
        t, c = self.login('clerk1')
        path = '/api/orders/%d/reject' % self.ids['S3']
        r = self.req('POST', path, {'reason': 'x' * 2000}, token=t, csrf=c)
        self.assertEqual((r.status, r.json), (413, {'error': 'the request body is too large'}))
        r = self.req('POST', '/login', 'user=clerk1&password=' + 'x' * 2000,
                     ctype='application/x-www-form-urlencoded')
        self.assertEqual(r.status, 413)
        r = self.req('POST', path, {'reason': 'y' * 900}, token=t, csrf=c)
        self.assertEqual(r.status, 200, r.data)

    def test_sigterm_stops_it(self):
        self.assertEqual(self.stop(self.web), 0)
        self.assertIn('stopped', self.web_log())


class WebSessionExpiry(WebMixin, OrderdCase):
    web_extra = '  session_idle: 2s\n'

    def test_idle_session_expires(self):
        self.add_user('clerk1', 'clerk')
        self.start_web()
        t, _ = self.login('clerk1')
        for _ in range(3):  # each use keeps it alive
            time.sleep(1)
            self.assertEqual(self.req('GET', '/api/session', token=t).status, 200)
        time.sleep(2.5)
        self.assertEqual(self.req('GET', '/api/session', token=t).status, 401)
        self.assertEqual(self.sql('SELECT count(*) FROM web_sessions'), [['0']])


class WebConcurrentApproval(WebMixin, AuditCase):
    """Two clerks approve, at the same moment, two held orders that each
    want the last 10 units of A: one approval wins, the other is refused
    (409) and its order stays held; A is reserved once."""
    main_extra = 'rules: rules.yaml\n'

    def test_only_one_wins(self):
        self.drop('shop', 'b.csv', HEADER +
                  row('X1', 'A', 10, '600.00', total='6000.00', phone='13700137011') +
                  row('X2', 'A', 10, '600.00', total='6000.00', phone='13700137012',
                      name='李四', address='淮海路 2 号'))
        self.once()
        ids = {o['external_id']: o['id'] for o in self.orders()}
        self.add_user('clerk1', 'clerk')
        self.add_user('clerk2', 'clerk')
        self.start_web()
        sessions = [self.login('clerk1'), self.login('clerk2')]
        for x in ('X1', 'X2'):
            self.assertEqual(
                json.loads(self.orderctl('review', 'show', str(ids[x]),
                                         '--format', 'json').stdout)['audit']['outcome'], 'held')
        results = {}
        go = threading.Barrier(2)

        def approve(i, x):
            go.wait()
            t, c = sessions[i]
            results[x] = self.req('POST', '/api/orders/%d/approve' % ids[x], {}, token=t, csrf=c)
        threads = [threading.Thread(target=approve, args=(i, x)) for i, x in enumerate(('X1', 'X2'))]
        for th in threads:
            th.start()
        for th in threads:
            th.join()
        statuses = sorted(r.status for r in results.values())
        self.assertEqual(statuses, [200, 409], {x: r.data for x, r in results.items()})
        self.assertEqual(self.sql("SELECT reserved FROM inventory WHERE sku = 'A'"), [['10']])
        outcomes = sorted(json.loads(self.orderctl('review', 'show', str(ids[x]), '--format',
                                                   'json').stdout)['audit']['outcome']
                          for x in ('X1', 'X2'))
        self.assertEqual(outcomes, ['approved', 'held'])


class WebDeadLetters(WebMixin, OrderdCase):
    channels = {'shop': {'currency': 'CNY', 'status_map': {'ok': 'paid'}}}

    def test_retry_and_discard_name_the_user(self):
        self.drop('shop', 'a.csv', 'external_id,status,lines.sku,lines.qty,lines.unit_price\n'
                                   'D1,done,X,1,1.00\nJUNK,ok,X,x,1\n')
        self.once()
        self.add_channel('shop', {'currency': 'CNY',
                                  'status_map': {'ok': 'paid', 'done': 'completed'}})
        self.add_user('clerk1', 'clerk')
        self.start_web()
        t, c = self.login('clerk1')
        dead = self.req('GET', '/api/deadletters', token=t)
        cli = json.loads(self.orderctl('deadletters', 'list', '--format', 'json').stdout)
        self.assertEqual(dead.json, cli)
        d1, junk = cli[0]['id'], cli[1]['id']
        one = self.req('GET', '/api/deadletters/%d' % junk, token=t)
        self.assertEqual(one.status, 200)
        self.assertEqual(one.json.pop('raw_text'), 'external_id,status,lines.sku,lines.qty,'
                         'lines.unit_price\nJUNK,ok,X,x,1\n')
        self.assertEqual(one.json, json.loads(self.orderctl('deadletters', 'show', str(junk),
                                                            '--format', 'json').stdout))
        self.assertEqual(self.req('GET', '/api/deadletters/999999', token=t).status, 404)
        chans = self.req('GET', '/api/channels', token=t)
        self.assertEqual(chans.json, json.loads(self.orderctl('channels', '--format',
                                                              'json').stdout))
        self.assertEqual(chans.json[0]['open_dead_letters'], 2)

        r = self.req('POST', '/api/deadletters/%d/retry' % d1, token=t, csrf=c)
        self.assertEqual((r.status, r.json), (200, {'id': d1, 'state': 'resolved',
                                                    'by': 'clerk1'}))
        self.assertEqual(self.sql("SELECT state, retried_by FROM dead_letters WHERE id = :'p1'",
                                  d1), [['resolved', 'clerk1']])
        self.assertEqual([o['external_id'] for o in self.orders()], ['D1'])
        self.assertEqual(self.req('POST', '/api/deadletters/%d/retry' % d1, token=t,
                                  csrf=c).status, 400)
        r = self.req('POST', '/api/deadletters/%d/discard' % junk, {}, token=t, csrf=c)
        self.assertEqual(r.status, 400)
        r = self.req('POST', '/api/deadletters/%d/discard' % junk, {'reason': '测试行'}, token=t,
                     csrf=c)
        self.assertEqual(r.status, 200, r.data)
        shown = json.loads(self.orderctl('deadletters', 'show', str(junk), '--format',
                                         'json').stdout)
        self.assertEqual((shown['state'], shown['discarded_by']), ('discarded', 'clerk1'))
        self.assertEqual(self.req('POST', '/api/deadletters/999999/discard', {'reason': 'x'},
                                  token=t, csrf=c).status, 404)
        self.assertEqual(self.req('GET', '/api/deadletters', token=t).json, [])


class EventsMixin(WebMixin):
    web_extra = '  max_connections: 8\n'

    def stream(self, token):
        c = http.client.HTTPConnection('127.0.0.1', self.port, timeout=60)
        c.request('GET', '/api/events', headers={'Cookie': 'orderweb=' + token})
        r = c.getresponse()
        r.conn = c
        return r

    def next_event(self, r):
        """The next event's lines (comments skipped)."""
        lines = []
        while True:
            line = r.readline().decode()
            self.assertNotEqual(line, '', 'the stream ended')
            if line == '\n':
                if lines:
                    return lines
                continue
            if not line.startswith(':'):
                lines.append(line.rstrip('\n'))


class WebEvents(EventsMixin, OrderdCase):
    """GET /api/events: orderd's NOTIFY orderd_review reaches every open
    stream as an event "review"; at most web.max_connections / 2 streams;
    a stop ends the streams."""

    def test_new_held_orders_reach_every_stream(self):
        self.add_user('viewer1', 'viewer')
        self.start_web()
        self.wait_for(lambda: 'events: listening for new held orders' in self.web_log(),
                      what='the events listener')
        self.assertEqual(self.req('GET', '/api/events').status, 401)
        t, _ = self.login('viewer1')
        streams = [self.stream(t) for _ in range(4)]
        for r in streams:
            self.assertEqual(r.status, 200)
            self.check_headers(r)
            self.assertEqual(r.getheader('Content-Type'), 'text/event-stream; charset=utf-8')
            self.assertEqual(r.readline(), b'retry: 3000\n')
        # the fifth is one too many (8 connections / 2)
        busy = self.req('GET', '/api/events', token=t)
        self.assertEqual(busy.status, 503)
        self.assertIn('4 event streams are open already', busy.json['error'])
        self.assertEqual(self.req('GET', '/api/session', token=t).status, 200)
        # what orderd sends after an audit that holds an order
        self.sql("NOTIFY orderd_review")
        for r in streams:
            self.assertEqual(self.next_event(r), ['event: review', 'data: review'])
        self.sql("NOTIFY orderd_review")
        self.assertEqual(self.next_event(streams[0]), ['event: review', 'data: review'])
        # a stop ends the open streams cleanly (the last chunk is sent),
        # after what they had queued
        self.assertEqual(self.stop(self.web), 0)
        self.assertEqual(streams[0].read(), b'')
        for r in streams[1:]:
            self.assertEqual(r.read(), b'event: review\ndata: review\n\n')
        for r in streams:
            r.conn.close()
        self.assertIn('stopped', self.web_log())


class WebEventsSlowReader(EventsMixin, OrderdCase):
    """A browser that does not read its stream is dropped once its buffer
    is full; its place is free again."""

    def test_a_stream_that_is_not_read_is_dropped(self):
        self.add_user('viewer1', 'viewer')
        self.start_web()
        self.wait_for(lambda: 'events: listening for new held orders' in self.web_log(),
                      what='the events listener')
        t, _ = self.login('viewer1')
        slow = socket.socket()
        slow.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 2048)
        slow.connect(('127.0.0.1', self.port))
        slow.sendall(b'GET /api/events HTTP/1.1\r\nHost: x\r\nCookie: orderweb=' +
                     t.encode() + b'\r\n\r\n')
        # the slow one reads nothing while events pile up; separate
        # transactions, so that they are separate wake-ups
        rounds = 0
        while 'an event stream is' not in self.web_log():
            rounds += 1
            self.assertLess(rounds, 100, 'the stream that is not read was never dropped')
            self.sql('NOTIFY orderd_review;\n' * 200)
        self.assertRegex(self.web_log(), r'an event stream is \d+ bytes behind: dropped')
        # it was cut off: reading it to the end finds the connection closed
        slow.settimeout(30)
        while slow.recv(65536):
            pass
        slow.close()
        # its place is free again
        again = self.stream(t)
        self.assertEqual(again.status, 200)
        self.assertEqual(again.readline(), b'retry: 3000\n')
        self.sql('NOTIFY orderd_review')
        self.assertEqual(self.next_event(again), ['event: review', 'data: review'])
        again.conn.close()


class WebCheck(WebMixin, OrderdCase):

    def test_check_version_and_bad_config(self):
        self.web_config()
        env = dict(os.environ)
        env.pop('ORDERD_DATABASE_URL', None)
        out = subprocess.run([ORDERWEB, '--config', self.config, '--check'], capture_output=True,
                             text=True, env=env)
        self.assertEqual(out.returncode, 0, out.stderr)
        self.assertIn('web.listen 127.0.0.1:%d (HTTP)' % self.port, out.stdout)
        out = subprocess.run([ORDERWEB, '--version'], capture_output=True, text=True)
        self.assertRegex(out.stdout, r'^orderweb \d')
        # the console's retries read a dead letter again in orderweb's own children, as
        # orderd and orderctl do: a child started as `orderweb --mail-worker` (or
        # --doc-worker) is the worker, which ends at once on an empty request stream,
        # not the server refusing an unknown option (status 2 and its usage)
        out = subprocess.run([ORDERWEB, '--mail-worker'], stdin=subprocess.DEVNULL,
                             capture_output=True, text=True)
        self.assertEqual((out.returncode, out.stdout, out.stderr), (0, '', ''))
        out = subprocess.run([ORDERWEB, '--doc-worker'], stdin=subprocess.DEVNULL,
                             capture_output=True, text=True)
        self.assertNotIn('usage', out.stderr)
        self.assertNotEqual(out.returncode, 2, out.stderr)
        for extra, msg in (('  listen: nowhere\n', 'web.listen'),
                           ('  tls_cert: /etc/hostname\n', 'set both tls_cert and tls_key'),
                           ('  session_idle: 10ms\n', 'session_idle'),
                           ('  threads: 0\n', 'threads'),
                           ('  nope: 1\n', "unknown key 'nope'")):
            self.write_main_config('web:\n' + extra)
            out = subprocess.run([ORDERWEB, '--config', self.config, '--check'],
                                 capture_output=True, text=True, env=env)
            self.assertEqual(out.returncode, 2, extra)
            self.assertIn(msg, out.stderr, extra)
