"""Shared machinery of the fake shop servers (tests/fakes/shopify.py,
tests/fakes/woocommerce.py): a threaded HTTP/1.1 server on a loopback
address, fault injection, per-request statistics, deterministic seeding
helpers, date/time helpers and the command-line runner.

Python 3 standard library only.

Request flow (FakeServer._dispatch), for every request outside /_fake/:

    route -> authenticate -> admit (rate limit) -> pick fault -> handler

  * route/authenticate/admit are the platform's hooks; each may answer
    directly (404, 401/403, 429).  Those answers are never faulted.
  * A fault is picked for every request that got past admit: first from
    the queue filled by fail_next(kind, n), otherwise at random from the
    percentages given to set_faults().  The RNG is seeded (fault_seed), so
    a run with the same request sequence gets the same faults.
  * The handler is a pure function of the request and the current order
    data: it never changes server state.  Cursors (Shopify page_info) are
    carried by the client, pages (WooCommerce) are offsets, so a faulted
    request "consumes" nothing: repeating it gives the answer it would have
    given (unless orders were mutated in between, as on the real platform).
  * Every request that got past authenticate counts towards mutate_every:
    every k-th such request starts a background thread that mutates
    mutate_count orders.

Fault kinds (FAULT_KINDS):
    '500'                 HTTP 500 with the platform's JSON error body
    'reset'               connection closed with RST, no response at all
    'reset_mid'           status line, headers and part of the body, then RST
    'timeout'             nothing sent for timeout_sleep seconds, then closed
    'slow'                correct response, body trickled at slow_rate
                          bytes/s (slow_chunk bytes at a time) until done,
                          the client goes away or the server stops
    'truncated'           Content-Length of the full body, about half of the
                          body sent, then a normal close (FIN)
    'html_502', 'html_503' an HTML error page (text/html) from a "proxy"
    'wrong_content_type'  HTTP 200, Content-Type text/html, an HTML
                          maintenance page instead of JSON
    'json_cut'            the right status and headers, the JSON body cut in
                          half and Content-Length saying so (a server that
                          sends broken JSON, not a broken connection)
    'retry_far'           HTTP 429 with the platform's error body and
                          Retry-After: 315360000 (ten years)

Control endpoints (no auth, no faults, not counted in stats) so that a fake
running as a separate program can be driven by a test:
    GET  /_fake/stats[?log=1]      statistics (JSON)
    GET  /_fake/orders             every order as the API renders it
    POST /_fake/mutate?n=N         mutate N orders  -> {"mutated":[ids]}
    POST /_fake/add?n=N            create N new orders -> {"added":[ids]}
    POST /_fake/faults             body {"500":10,"reset":5} percentages
    POST /_fake/fail_next?kind=K&n=N
    POST /_fake/config             body {"attr": value} (per-fake whitelist)
    POST /_fake/reset_stats
"""
import argparse
import collections
import datetime
import decimal
import http.server
import ipaddress
import json
import random
import re
import signal
import socket
import struct
import sys
import threading
import time
import urllib.parse

try:
    import zoneinfo
except ImportError:  # pragma: no cover - Python < 3.9
    zoneinfo = None

FAULT_KINDS = ('500', 'reset', 'reset_mid', 'timeout', 'slow', 'truncated',
               'html_502', 'html_503', 'wrong_content_type', 'json_cut', 'retry_far')

JSON_TYPE = 'application/json; charset=utf-8'
HTML_TYPE = 'text/html; charset=utf-8'


# ---- responses ----------------------------------------------------------------

class Response:
    def __init__(self, status, body=b'', headers=None, content_type=JSON_TYPE):
        self.status = status
        self.body = body if isinstance(body, bytes) else body.encode('utf-8')
        self.headers = list(headers or [])
        self.content_type = content_type


def json_body(obj):
    return json.dumps(obj, ensure_ascii=False, separators=(',', ':')).encode('utf-8')


def json_response(status, obj, headers=None):
    return Response(status, json_body(obj), headers)


class Request:
    """What a handler sees: method, path, params (list of (name, value) in
    the order sent, values decoded), the raw query, headers, the Host the
    client connected to and the body."""

    def __init__(self, method, path, query, headers, host, body=b''):
        self.method = method
        self.path = path
        self.query = query
        self.params = urllib.parse.parse_qsl(query, keep_blank_values=True)
        self.headers = headers
        self.host = host
        self.body = body
        self.extra_headers = []  # added to every response (unless the fault hides them)

    def param(self, name, default=None):
        """Last value of name (as PHP and Rails take it)."""
        value = default
        for k, v in self.params:
            if k == name:
                value = v
        return value

    def has(self, name):
        return any(k == name for k, _ in self.params)

    def names(self):
        seen = []
        for k, _ in self.params:
            if k not in seen:
                seen.append(k)
        return seen


# ---- statistics ---------------------------------------------------------------

class Stats:
    """Counters of one fake.  Everything is guarded by one lock; read via
    snapshot() or the properties."""

    def __init__(self):
        self.lock = threading.Lock()
        self._clear()

    def reset(self):
        with self.lock:
            self._clear()

    def _clear(self):
        self.requests = 0          # API requests (control endpoints excluded)
        self.by_status = collections.Counter()
        self.throttled = 0         # 429 answers
        self.faults = collections.Counter()
        self.max_bucket = 0.0      # highest bucket fill seen (Shopify)
        self.times = []            # time.time() of each API request
        self.log = []              # one dict per API request
        self.mutations = 0         # orders mutated
        self.mutated_ids = []      # (time, id) per mutated order

    def record(self, rec):
        with self.lock:
            self.requests += 1
            self.times.append(rec['time'])
            self.log.append(rec)

    def finish(self, rec, status, fault):
        with self.lock:
            rec['status'] = status
            rec['fault'] = fault
            if status is not None:
                self.by_status[status] += 1
                if status == 429:
                    self.throttled += 1
            if fault:
                self.faults[fault] += 1

    def bucket(self, level):
        with self.lock:
            if level > self.max_bucket:
                self.max_bucket = level

    def mutated(self, ids, when):
        with self.lock:
            self.mutations += len(ids)
            self.mutated_ids.extend((when, i) for i in ids)

    def rate(self, start=None, end=None):
        """Requests per second between the first and the last request in
        [start, end] (time.time() values); 0 with fewer than two."""
        with self.lock:
            ts = [t for t in self.times if (start is None or t >= start) and (end is None or t <= end)]
        if len(ts) < 2 or ts[-1] == ts[0]:
            return 0.0
        return (len(ts) - 1) / (ts[-1] - ts[0])

    def snapshot(self, log=False):
        with self.lock:
            d = {'requests': self.requests, 'by_status': {str(k): v for k, v in self.by_status.items()},
                 'throttled': self.throttled, 'faults': dict(self.faults),
                 'max_bucket': self.max_bucket, 'mutations': self.mutations,
                 'first_request': self.times[0] if self.times else None,
                 'last_request': self.times[-1] if self.times else None}
            if log:
                d['log'] = list(self.log)
        d['rate'] = self.rate()
        return d


# ---- fault plan -----------------------------------------------------------------

class FaultPlan:
    def __init__(self, percentages=None, seed=0):
        self.lock = threading.Lock()
        self.rng = random.Random(seed)
        self.forced = collections.deque()
        self.table = []
        self.set(percentages or {})

    def set(self, percentages):
        table = []
        total = 0.0
        for kind, pct in dict(percentages).items():
            if kind not in FAULT_KINDS:
                raise ValueError('unknown fault kind %r (known: %s)' % (kind, ', '.join(FAULT_KINDS)))
            pct = float(pct)
            if pct < 0:
                raise ValueError('negative percentage for %s' % kind)
            if pct:
                total += pct
                table.append((total, kind))
        if total > 100.0 + 1e-9:
            raise ValueError('fault percentages add up to %.1f%% > 100%%' % total)
        with self.lock:
            self.table = table

    def fail_next(self, kind, n=1):
        if kind not in FAULT_KINDS:
            raise ValueError('unknown fault kind %r' % kind)
        with self.lock:
            self.forced.extend([kind] * n)

    def clear(self):
        with self.lock:
            self.forced.clear()
            self.table = []

    def pick(self):
        with self.lock:
            if self.forced:
                return self.forced.popleft()
            if not self.table:
                return None
            r = self.rng.random() * 100.0
            for bound, kind in self.table:
                if r < bound:
                    return kind
            return None


def parse_fault_spec(spec):
    """'500=10,reset=5' -> {'500': 10.0, 'reset': 5.0}"""
    out = {}
    for part in filter(None, (p.strip() for p in (spec or '').split(','))):
        kind, _, pct = part.partition('=')
        out[kind.strip()] = float(pct or 0)
    return out


# ---- HTTP server ------------------------------------------------------------------

class _Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = 'HTTP/1.1'
    sys_version = ''
    disable_nagle_algorithm = True  # no 40 ms delayed-ACK stalls between header and body writes

    def version_string(self):
        return self.server.fake.server_header

    def setup(self):
        super().setup()
        self.server.fake._track(self.connection, True)

    def finish(self):
        try:
            super().finish()
        except OSError:
            pass
        self.server.fake._track(self.connection, False)

    def _go(self):
        try:
            self.server.fake._dispatch(self)
        except (BrokenPipeError, ConnectionResetError, ConnectionAbortedError):
            self.close_connection = True

    do_GET = do_POST = do_PUT = do_DELETE = do_PATCH = _go

    def log_message(self, *args):
        pass


class _Server(http.server.ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 128

    def handle_error(self, request, client_address):
        # A client that gives up (timeouts, killed processes, injected
        # resets) is part of the tests, not an error of the fake.
        exc = sys.exc_info()[1]
        if isinstance(exc, (ConnectionError, TimeoutError)):
            return
        super().handle_error(request, client_address)


class _Server6(_Server):
    address_family = socket.AF_INET6


HTML_PAGES = {
    502: '<!DOCTYPE html>\n<html><head><title>502 Bad Gateway</title></head>\n<body>\n'
         '<center><h1>502 Bad Gateway</h1></center>\n<hr><center>nginx</center>\n</body></html>\n',
    503: '<!DOCTYPE html>\n<html><head><title>503 Service Temporarily Unavailable</title></head>\n<body>\n'
         '<center><h1>503 Service Temporarily Unavailable</h1></center>\n<hr><center>nginx</center>\n'
         '</body></html>\n',
    200: '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>Down for maintenance</title>'
         '</head>\n<body><h1>We\'ll be back soon</h1><p>This store is undergoing scheduled maintenance.'
         '</p></body></html>\n',
}


class FakeServer:
    """Base of the fakes.  Subclasses implement route(req) -> handler or
    Response, authenticate(req) -> None or Response, admit(req) -> None or
    Response, error_500(req) -> Response, and the order model
    (render_all(), mutate(n), add_orders(n))."""

    server_header = 'fake'
    config_attrs = ('mutate_every', 'mutate_count', 'timeout_sleep', 'slow_rate', 'slow_chunk')

    def __init__(self, host='127.0.0.1', port=0, faults=None, fault_seed=0, timeout_sleep=30.0,
                 slow_rate=256, slow_chunk=64, mutate_every=0, mutate_count=1, clock=None):
        addr = ipaddress.ip_address(host if host != 'localhost' else '127.0.0.1')
        if not addr.is_loopback:
            raise ValueError('fake servers listen on loopback addresses only, not %s' % host)
        self.host = str(addr)
        self.port = port
        self.lock = threading.RLock()          # guards the order data
        self.stats = Stats()
        self.faults = FaultPlan(faults, fault_seed)
        self.timeout_sleep = timeout_sleep
        self.slow_rate = slow_rate
        self.slow_chunk = slow_chunk
        self.mutate_every = mutate_every
        self.mutate_count = mutate_count
        self.clock = clock or time.time
        self._api_count = 0
        self._count_lock = threading.Lock()
        self._stopping = threading.Event()
        self._conns = set()
        self._conns_lock = threading.Lock()
        self._httpd = None
        self._thread = None
        self._mutators = []

    # ---- lifecycle ----

    def start(self):
        cls = _Server6 if ':' in self.host else _Server
        self._httpd = cls((self.host, self.port), _Handler)
        self._httpd.fake = self
        self.port = self._httpd.server_address[1]
        self._stopping.clear()
        self._thread = threading.Thread(target=self._httpd.serve_forever, args=(0.05,), name=type(self).__name__,
                                        daemon=True)
        self._thread.start()
        return self

    def stop(self):
        self._stopping.set()
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()
            self._httpd = None
        with self._conns_lock:
            conns = list(self._conns)
        for c in conns:
            try:
                c.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
        for t in self._mutators:
            t.join(5)

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc):
        self.stop()
        return False

    @property
    def url(self):
        h = '[%s]' % self.host if ':' in self.host else self.host
        return 'http://%s:%d' % (h, self.port)

    def _track(self, conn, add):
        with self._conns_lock:
            if add:
                self._conns.add(conn)
            else:
                self._conns.discard(conn)

    # ---- fault helpers for tests ----

    def set_faults(self, percentages):
        """percentages: {'500': 10, 'reset': 5, ...} (percent of requests)."""
        self.faults.set(percentages)

    def fail_next(self, kind, n=1):
        """Force the next n API requests (past auth and rate limit) to get fault kind."""
        self.faults.fail_next(kind, n)

    def clear_faults(self):
        self.faults.clear()

    # ---- dispatch ----

    def _dispatch(self, h):
        t0 = time.time()
        split = urllib.parse.urlsplit(h.path)
        length = int(h.headers.get('Content-Length') or 0)
        body = h.rfile.read(length) if length > 0 else b''
        host = h.headers.get('Host') or ('%s:%d' % (self.host, self.port))
        if not re.fullmatch(r'[A-Za-z0-9.\-]+(:\d+)?|\[[0-9A-Fa-f:.]+\](:\d+)?', host):
            host = '%s:%d' % (self.host, self.port)
        req = Request(h.command, split.path, split.query, h.headers, host, body)
        if req.path.startswith('/_fake/'):
            self._write(h, self._control(req), None)
            return
        rec = {'time': t0, 'method': req.method, 'path': req.path, 'params': req.params,
               'user_agent': req.headers.get('User-Agent'), 'status': None, 'fault': None}
        self.stats.record(rec)
        resp = None
        fault = None
        handler = self.route(req)
        if isinstance(handler, Response):
            resp = handler
        if resp is None:
            resp = self.authenticate(req)
            if resp is None:
                self._count_api_request()
                resp = self.admit(req)
        if resp is None:
            fault = self.faults.pick()
            if fault == '500':
                resp = self.error_500(req)
            elif fault in ('reset', 'timeout'):
                resp = None
            elif fault in ('html_502', 'html_503'):
                code = int(fault[-3:])
                resp = Response(code, HTML_PAGES[code], [('Connection', 'close')], HTML_TYPE)
            elif fault == 'wrong_content_type':
                resp = Response(200, HTML_PAGES[200], [], HTML_TYPE)
            elif fault == 'json_cut':
                whole = handler(req)
                resp = Response(whole.status, whole.body[:max(1, len(whole.body) // 2)],
                                whole.headers, whole.content_type)
            elif fault == 'retry_far':
                err = self.error_500(req)
                resp = Response(429, err.body, err.headers + [('Retry-After', '315360000')],
                                err.content_type)
            else:
                resp = handler(req)
        status = resp.status if resp is not None and fault not in ('reset', 'timeout') else None
        self.stats.finish(rec, status, fault)
        self._write(h, resp, fault, req)

    def _count_api_request(self):
        with self._count_lock:
            if not self.mutate_every:
                return
            self._api_count += 1
            if self._api_count % self.mutate_every:
                return
            t = threading.Thread(target=self.mutate, args=(self.mutate_count,), daemon=True)
            self._mutators = [m for m in self._mutators if m.is_alive()] + [t]
            t.start()

    def quiesce(self):
        """Stop the background mutations and wait for those under way, so
        that what the fake holds stays as it is until the test changes it
        (a test that sets mutate_every = 0 and reads the orders at once
        may read them before a mutation already started)."""
        with self._count_lock:
            self.mutate_every = 0
            running = list(self._mutators)
        for t in running:
            t.join()

    def _write(self, h, resp, fault, req=None):
        if fault == 'reset':
            self._abort(h, rst=True)
            return
        if fault == 'timeout':
            self._stopping.wait(self.timeout_sleep)
            self._abort(h, rst=False)
            return
        headers = list(resp.headers)
        if req is not None and fault not in ('html_502', 'html_503'):
            headers = req.extra_headers + headers
        h.send_response(resp.status)
        h.send_header('Content-Type', resp.content_type)
        h.send_header('Content-Length', str(len(resp.body)))
        for k, v in headers:
            h.send_header(k, v)
        if any(k.lower() == 'connection' and v.lower() == 'close' for k, v in headers):
            h.close_connection = True
        h.end_headers()
        body = resp.body if h.command != 'HEAD' else b''
        if fault in ('reset_mid', 'truncated'):
            cut = max(1, len(body) // 2)
            h.wfile.write(body[:cut])
            self._abort(h, rst=(fault == 'reset_mid'))
            return
        if fault == 'slow':
            self._trickle(h, body)
            return
        h.wfile.write(body)

    def _trickle(self, h, body):
        chunk = max(1, int(self.slow_chunk))
        pause = chunk / float(max(1, self.slow_rate))
        for i in range(0, len(body), chunk):
            if self._stopping.is_set():
                self._abort(h, rst=True)
                return
            h.wfile.write(body[i:i + chunk])
            if i + chunk < len(body):
                if self._stopping.wait(pause):
                    self._abort(h, rst=True)
                    return

    @staticmethod
    def _abort(h, rst):
        h.close_connection = True
        try:
            if rst:
                h.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack('ii', 1, 0))
            else:
                h.connection.shutdown(socket.SHUT_WR)
        except OSError:
            pass
        try:
            # rfile holds a reference to the socket (makefile); wfile does not
            # and stays open for BaseHTTPRequestHandler's final flush.
            h.rfile.close()
            h.connection.close()
        except OSError:
            pass

    # ---- control endpoints ----

    def _control(self, req):
        name = req.path[len('/_fake/'):]
        try:
            payload = json.loads(req.body.decode('utf-8')) if req.body else {}
            if name == 'stats' and req.method == 'GET':
                return json_response(200, self.stats.snapshot(log=req.param('log') == '1'))
            if name == 'orders' and req.method == 'GET':
                return json_response(200, self.render_all())
            if req.method != 'POST':
                return json_response(405, {'error': 'method not allowed'})
            if name == 'mutate':
                return json_response(200, {'mutated': self.mutate(int(req.param('n', '1')))})
            if name == 'add':
                return json_response(200, {'added': self.add_orders(int(req.param('n', '1')))})
            if name == 'faults':
                self.set_faults(payload)
                return json_response(200, {'ok': True})
            if name == 'fail_next':
                self.fail_next(req.param('kind'), int(req.param('n', '1')))
                return json_response(200, {'ok': True})
            if name == 'config':
                for k, v in payload.items():
                    if k not in self.config_attrs:
                        return json_response(400, {'error': 'not configurable: %s' % k})
                for k, v in payload.items():
                    setattr(self, k, v)
                return json_response(200, {'ok': True})
            if name == 'reset_stats':
                self.stats.reset()
                return json_response(200, {'ok': True})
        except (ValueError, TypeError) as e:
            return json_response(400, {'error': str(e)})
        return json_response(404, {'error': 'unknown control endpoint'})

    # ---- hooks ----

    def route(self, req):
        raise NotImplementedError

    def authenticate(self, req):
        return None

    def admit(self, req):
        return None

    def error_500(self, req):
        return json_response(500, {'error': 'Internal Server Error'})

    def render_all(self):
        raise NotImplementedError

    def mutate(self, n):
        raise NotImplementedError

    def add_orders(self, n):
        raise NotImplementedError


# ---- time ---------------------------------------------------------------------------

_OFFSET_RE = re.compile(r'^(?:UTC|GMT)?([+-])(\d{1,2})(?::?(\d{2}))?$')


def write_late(fake, rows, id_key, time_key, ids, age):
    """A late write (reconciliation's case): change the rows of `rows`
    (the fake's list) whose id_key is in `ids` with fake._mutate_one, and
    set their time_key to clock - age seconds, earlier than a client's
    watermark may already be.  Returns the ids changed."""
    with fake.lock:
        when = int(fake.clock()) - int(age)
        want = set(ids)
        picks = [r for r in rows if r[id_key] in want]
        for r in picks:
            fake._mutate_one(r, when)
            r[time_key] = when
        done = [r[id_key] for r in picks]
    fake.stats.mutated(done, when)
    return done


def parse_tz(spec):
    """'+08:00', '-05:00', 'UTC', 'Z' or an IANA name ('Asia/Shanghai')."""
    if spec in (None, '', 'Z', 'UTC', 'GMT'):
        return datetime.timezone.utc
    if isinstance(spec, datetime.tzinfo):
        return spec
    m = _OFFSET_RE.match(spec)
    if m:
        sign = -1 if m.group(1) == '-' else 1
        delta = datetime.timedelta(hours=int(m.group(2)), minutes=int(m.group(3) or 0))
        return datetime.timezone(sign * delta)
    if zoneinfo is None:
        raise ValueError('time zone names need zoneinfo: %s' % spec)
    return zoneinfo.ZoneInfo(spec)


def to_dt(epoch, tz):
    return datetime.datetime.fromtimestamp(int(epoch), tz)


def fmt_offset(epoch, tz):
    """2024-01-10T11:00:00-05:00 (seconds, numeric offset, never Z)."""
    if epoch is None:
        return None
    d = to_dt(epoch, tz)
    off = d.utcoffset()
    mins = int(off.total_seconds() // 60)
    sign = '-' if mins < 0 else '+'
    mins = abs(mins)
    return d.strftime('%Y-%m-%dT%H:%M:%S') + '%s%02d:%02d' % (sign, mins // 60, mins % 60)


def fmt_local(epoch, tz, sep='T'):
    """2024-01-10T11:00:00 (wall clock in tz, no offset)."""
    if epoch is None:
        return None
    return to_dt(epoch, tz).strftime('%Y-%m-%d' + sep + '%H:%M:%S')


ISO_RE = re.compile(r'^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?)?'
                    r'([Zz]|[+-]\d{2}(?::?\d{2})?)?$')


def parse_iso(text, default_tz, date_only=True):
    """ISO 8601 -> (aware datetime, had_offset).  Raises ValueError.
    Without an offset the wall clock is taken in default_tz."""
    m = ISO_RE.match(text or '')
    if not m:
        raise ValueError('not an ISO 8601 time: %r' % text)
    y, mo, d, hh, mm, ss, frac, off = m.groups()
    if hh is None and not date_only:
        raise ValueError('time of day missing: %r' % text)
    micro = int((frac or '0')[:6].ljust(6, '0'))
    naive = datetime.datetime(int(y), int(mo), int(d), int(hh or 0), int(mm or 0), int(ss or 0), micro)
    if off:
        tz = parse_tz('+00:00' if off in 'Zz' else off)
        return naive.replace(tzinfo=tz), True
    return naive.replace(tzinfo=default_tz), False


# ---- deterministic seeding helpers ----------------------------------------------------

LATIN_FIRST = ['John', 'Mary', 'James', 'Patricia', 'Robert', 'Jennifer', 'Michael', 'Linda', 'Élodie', 'Jürgen',
               'Søren', 'María', 'François', 'Zoë', "O'Neil", 'Anna-Lena']
LATIN_LAST = ['Smith', 'Johnson', 'Williams', 'Brown', 'Jones', 'García', 'Müller', 'Dubois', 'Rossi', 'Nakamura',
              'Kowalski', "D'Angelo", 'van der Berg', 'Østergaard']
CJK_FIRST = ['伟', '芳', '娜', '秀英', '敏', '静', '丽', '强', '磊', '洋', '艳', '勇', '太郎', '花子', '민준', '서연']
CJK_LAST = ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周', '欧阳', '司马', '佐藤', '鈴木', '김', '박']

ADDRESSES = [
    # country_code, country, province, province_code, city, address1, zip, phone prefix
    ('US', 'United States', 'New York', 'NY', 'New York', '350 Fifth Avenue', '10118', '+1 212-555-'),
    ('US', 'United States', 'California', 'CA', 'San Francisco', '1 Market St', '94105', '+1 415-555-'),
    ('CA', 'Canada', 'Ontario', 'ON', 'Toronto', '290 Bremner Blvd', 'M5V 3L9', '+1 416-555-'),
    ('GB', 'United Kingdom', 'England', 'ENG', 'London', '10 Downing Street', 'SW1A 2AA', '+44 20 7946 '),
    ('DE', 'Germany', 'Berlin', 'BE', 'Berlin', 'Platz der Republik 1', '11011', '+49 30 1234'),
    ('FR', 'France', 'Île-de-France', 'IDF', 'Paris', '5 Avenue Anatole France', '75007', '+33 1 44 '),
    ('CN', 'China', '广东省', 'GD', '深圳市', '南山区科技园南区深南大道10000号', '518057', '+86 138'),
    ('CN', 'China', '上海市', 'SH', '上海市', '浦东新区世纪大道100号 环球金融中心 72楼', '200120', '+86 139'),
    ('CN', 'China', '北京市', 'BJ', '北京市', '朝阳区建国门外大街1号 国贸大厦B座', '100004', '+86 186'),
    ('JP', 'Japan', '東京都', 'JP-13', '千代田区', '丸の内1丁目9-1', '100-0005', '+81 3-'),
    ('TW', 'Taiwan', '臺北市', 'TPE', '信義區', '信義路五段7號', '110', '+886 2 '),
    ('KR', 'South Korea', '서울특별시', 'KR-11', '강남구', '테헤란로 152', '06236', '+82 2-'),
]

PRODUCTS = [
    # title, variant title, sku stem, price
    ('Classic Cotton T-Shirt', 'White / L', 'TS-CLS-WH-L', '19.99'),
    ('Classic Cotton T-Shirt', 'Black / M', 'TS-CLS-BK-M', '19.99'),
    ('纯棉T恤', '白色 / XL', 'CN-TS-WH-XL', '89.00'),
    ('Merino Wool Socks (3-pack)', 'Grey', 'SK-MER-GR', '24.50'),
    ('Ceramic Mug "Morning"', '350 ml', 'MUG-350', '12.00'),
    ('抹茶 Matcha Powder 100g', None, 'TEA-MAT-100', '28.80'),
    ('Leather Wallet', 'Brown', 'WL-LTH-BR', '59.00'),
    ('Wireless Earbuds Pro', 'Midnight', 'EB-PRO-MN', '149.00'),
    ('Notebook A5 — dotted', None, 'NB-A5-DOT', '7.25'),
    ('Gift Card', '$50', 'GC-50', '50.00'),
    ('保温杯 500ml', '不锈钢', 'CUP-SS-500', '129.00'),
    ('Yoga Mat 6mm', 'Lavender', 'YM-6-LAV', '39.95'),
    ('Sneaker Runner', 'EU 42', 'SN-RUN-42', '119.00'),
    ('Shampoo — 250 ml', None, 'SH-250', '9.49'),
    ('Phone Case iPhone 15', 'Clear', 'PC-IP15-CL', '15.00'),
]

NOTES = [None, None, None, 'Please gift wrap 🎁', '请在工作日送货，谢谢！', 'Leave at the back door',
         'Bitte nicht klingeln', '配達前に電話してください', 'Call before delivery; code #4411', '']

TWO = decimal.Decimal('0.01')


def money(value):
    """Decimal -> '12.30'."""
    return str(decimal.Decimal(value).quantize(TWO, rounding=decimal.ROUND_HALF_UP))


def dec(value):
    return decimal.Decimal(str(value))


def person(rng):
    if rng.random() < 0.35:
        return rng.choice(CJK_FIRST), rng.choice(CJK_LAST), True
    return rng.choice(LATIN_FIRST), rng.choice(LATIN_LAST), False


def email_for(first, last, n, cjk):
    if cjk:
        return 'buyer%d@example.cn' % n
    local = re.sub(r'[^a-z]', '', (first + '.' + last).lower().replace('é', 'e').replace('ü', 'u')
                   .replace('ø', 'o').replace('í', 'i').replace('ç', 'c').replace('ë', 'e'))
    return '%s%d@example.com' % (local or 'buyer', n)


# ---- program runner --------------------------------------------------------------------

def common_arguments(parser):
    parser.add_argument('--host', default='127.0.0.1', help='loopback address to listen on')
    parser.add_argument('--port', type=int, default=0, help='port (0: any free port)')
    parser.add_argument('--orders', type=int, default=1000, help='orders to seed')
    parser.add_argument('--seed', type=int, default=1)
    parser.add_argument('--bad-orders', type=int, default=0,
                        help='orders with a line lacking sku or price (dead-letter tests)')
    parser.add_argument('--end-time', type=int, default=None,
                        help='unix time of the newest seeded order (default: now - 1h)')
    parser.add_argument('--faults', default='', help='e.g. 500=5,reset=5,truncated=2 (percent)')
    parser.add_argument('--fault-seed', type=int, default=0)
    parser.add_argument('--timeout-sleep', type=float, default=30.0)
    parser.add_argument('--slow-rate', type=int, default=256, help='bytes/s of the slow fault')
    parser.add_argument('--mutate-every', type=int, default=0, help='mutate orders every k-th request')
    parser.add_argument('--mutate-count', type=int, default=1)
    parser.add_argument('--stats-on-exit', action='store_true', help='print stats JSON on stdout at exit')


def common_kwargs(args):
    return dict(host=args.host, port=args.port, orders=args.orders, seed=args.seed, bad_orders=args.bad_orders,
                end_time=args.end_time, faults=parse_fault_spec(args.faults), fault_seed=args.fault_seed,
                timeout_sleep=args.timeout_sleep, slow_rate=args.slow_rate, mutate_every=args.mutate_every,
                mutate_count=args.mutate_count)


def serve_forever(fake, stats_on_exit=False):
    """Start, print the base URL as the first stdout line, serve until
    SIGTERM/SIGINT."""
    done = threading.Event()

    def stop(signum, frame):
        done.set()

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    fake.start()
    print(fake.url, flush=True)
    while not done.wait(0.5):
        pass
    fake.stop()
    if stats_on_exit:
        print(json.dumps(fake.stats.snapshot(), ensure_ascii=False), flush=True)
    return 0


def make_parser(description):
    return argparse.ArgumentParser(description=description,
                                   formatter_class=argparse.ArgumentDefaultsHelpFormatter)


def die(msg):
    print(msg, file=sys.stderr)
    sys.exit(2)
