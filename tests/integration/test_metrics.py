"""orderd's read-only HTTP endpoint (http.listen): /metrics in the
Prometheus text format with the documented series and values that match
what was stored, /healthz following the database, and the endpoint's
refusals (methods, paths, oversized requests, a port in use)."""
import http.client
import os
import re
import socket
import time

from harness import free_port
from test_daemon import HEADER, DaemonCase, row

SAMPLE_RE = re.compile(r'^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{(?:[a-zA-Z_][a-zA-Z0-9_]*="(?:[^"\\\n]|\\.)*",?)*\})?'
                       r' (-?[0-9.e+-]+|\+Inf|NaN)$')


def parse(text):
    """{(name, frozenset of labels)}: value, checking the text format:
    every sample's family has # HELP and # TYPE before it."""
    typed, samples = {}, {}
    for line in text.splitlines():
        if line.startswith('# HELP '):
            continue
        if line.startswith('# TYPE '):
            _, _, name, kind = line.split(' ', 3)
            typed[name] = kind
            continue
        m = SAMPLE_RE.match(line)
        if not m:
            raise AssertionError('not a sample line: %r' % line)
        name = m.group(1)
        family = re.sub(r'_(bucket|sum|count)$', '', name) if name not in typed else name
        if family not in typed:
            raise AssertionError('sample %s without # TYPE' % name)
        labels = frozenset(re.findall(r'([a-zA-Z_]\w*)="((?:[^"\\]|\\.)*)"', m.group(2) or ''))
        samples[(name, labels)] = float(m.group(3))
    return samples


def value(samples, name, **labels):
    return samples.get((name, frozenset(labels.items())))


class Metrics(DaemonCase):
    channels = {'shop': {'currency': 'CNY'}}

    def setUp(self):
        super().setUp()
        self.port = free_port()
        with open(os.path.join(self.etc, 'rules.yaml'), 'w') as f:
            f.write('rules:\n  - {id: big, type: amount, above: "100.00", action: hold}\n')
        self.write_main_config('rules: rules.yaml\nhttp:\n  listen: 127.0.0.1:%d\n' % self.port)

    def get(self, path, method='GET', body=None, headers=None):
        c = http.client.HTTPConnection('127.0.0.1', self.port, timeout=10)
        try:
            c.request(method, path, body=body, headers=headers or {})
            r = c.getresponse()
            return r.status, dict(r.getheaders()), r.read().decode()
        finally:
            c.close()

    def wait_listening(self, p):
        self.wait_for(lambda: 'metrics and health at' in self.daemon_log(p), 30, 'the listener')

    def test_metrics_count_what_was_stored(self):
        self.drop('shop', 'a.csv', HEADER + row('M1', 'X', 1, '10.00') + row('M2', 'X', 2, '10.00')
                  + row('M3', 'X', 1, '500.00') + 'only,three,fields\n')
        p = self.start_daemon()
        self.wait_listening(p)
        self.wait_for(lambda: self.archived('shop') == ['a.csv'], 30, 'a.csv ingested')
        self.wait_for(lambda: value(parse(self.get('/metrics')[2]), 'orderd_polls_total',
                                    channel='shop', outcome='ok'), 30, 'a counted poll')
        status, headers, body = self.get('/metrics')
        self.assertEqual(status, 200)
        self.assertEqual(headers['Content-Type'], 'text/plain; version=0.0.4; charset=utf-8')
        s = parse(body)
        self.assertEqual(value(s, 'orderd_build_info', version='0.1.0'), 1)
        self.assertEqual(value(s, 'orderd_orders_total', channel='shop', result='new'), 3)
        self.assertEqual(value(s, 'orderd_orders_total', channel='shop', result='updated'), 0)
        self.assertEqual(value(s, 'orderd_dead_letters_total', channel='shop'), 1)
        self.assertEqual(value(s, 'orderd_channel_up', channel='shop'), 1)
        self.assertEqual(value(s, 'orderd_polls_total', channel='shop', outcome='error'), 0)
        self.assertEqual(value(s, 'orderd_audit_outcomes_total', channel='shop', outcome='approved'),
                         2)
        self.assertEqual(value(s, 'orderd_audit_outcomes_total', channel='shop', outcome='held'), 1)
        self.assertEqual(value(s, 'orderd_audit_rule_fired_total', rule='big'), 1)
        self.assertGreaterEqual(value(s, 'orderd_batch_duration_seconds_count'), 1)
        self.assertEqual(value(s, 'orderd_batch_duration_seconds_bucket', le='+Inf'),
                         value(s, 'orderd_batch_duration_seconds_count'))
        self.assertIsNotNone(value(s, 'orderd_channel_lag_seconds', channel='shop'))
        self.assertGreater(value(s, 'process_resident_memory_bytes'), 0)
        self.assertGreater(value(s, 'process_open_fds'), 0)
        self.assertIsNotNone(value(s, 'process_cpu_seconds_total'))
        self.assertIsNotNone(value(s, 'process_start_time_seconds'))
        # The same numbers as the database.
        self.assertEqual(self.sql("SELECT count(*) FROM orders WHERE audit->>'outcome' = 'held'"), [['1']])
        # Nothing of the configuration's secrets or the orders' data.
        self.assertNotIn(self.url, body)
        self.assertNotIn('M3', body)

        # A second file: the counters add up, unchanged ones counted as such.
        self.drop('shop', 'b.csv', HEADER + row('M1', 'X', 1, '10.00') + row('M4', 'X', 1, '1.00'))
        self.wait_for(lambda: 'b.csv' in self.archived('shop'), 30, 'b.csv ingested')
        self.wait_for(lambda: value(parse(self.get('/metrics')[2]), 'orderd_orders_total',
                                    channel='shop', result='new') == 4, 30, 'the fourth order')
        body = self.get('/metrics')[2]
        s = parse(body)
        self.assertEqual(value(s, 'orderd_orders_total', channel='shop', result='unchanged'), 1)

        # The shipped dashboard and alert rules use only series orderd serves.
        families = set(re.findall(r'^# TYPE (\S+)', body, re.M))
        docs = os.path.join(os.path.dirname(__file__), '..', '..', 'docs')
        for name in ('grafana-dashboard.json', 'alerts.yaml'):
            with open(os.path.join(docs, name)) as f:
                used = set(re.findall(r'\b((?:orderd|process)_[a-z_]+)', f.read()))
            used = {re.sub(r'_(bucket|sum|count)$', '', u) for u in used}
            self.assertTrue(used)
            self.assertEqual(sorted(used - families), [], 'series of %s orderd does not serve' % name)
        self.stop_clean(p)

    def test_healthz_follows_the_database(self):
        p = self.start_daemon()
        self.wait_listening(p)
        self.wait_for(lambda: self.get('/healthz')[0] == 200, 30, '/healthz 200')
        self.assertEqual(self.get('/healthz')[2], 'ok\n')
        # The database stops answering for this database: new connections
        # are refused and the open ones ended.
        self.sql_admin('ALTER DATABASE %s ALLOW_CONNECTIONS false' % self.dbname)
        self.sql_admin("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                       "WHERE datname = '%s'" % self.dbname)
        t0 = time.time()
        try:
            self.wait_for(lambda: self.get('/healthz')[0] == 503, 15, '/healthz 503')
            self.assertLess(time.time() - t0, 10.5, '503 came later than 10 s after the outage')
            body = self.get('/healthz')[2]
            self.assertRegex(body, r'^database not answering for \d+ s\n$')
        finally:
            self.sql_admin('ALTER DATABASE %s ALLOW_CONNECTIONS true' % self.dbname)
        self.wait_for(lambda: self.get('/healthz')[0] == 200, 15, '/healthz 200 again')
        self.stop_clean(p)

    def test_refusals(self):
        p = self.start_daemon()
        self.wait_listening(p)
        status, headers, _ = self.get('/metrics', method='POST', body='x=1')
        self.assertEqual(status, 405)
        self.assertEqual(headers.get('Allow'), 'GET, HEAD')
        self.assertEqual(self.get('/orders')[0], 404)
        self.assertEqual(self.get('/')[0], 404)
        status, _, body = self.get('/metrics', method='HEAD')
        self.assertEqual((status, body), (200, ''))
        # A request far past the per-connection memory is refused, and the
        # endpoint keeps answering.
        status, _, _ = self.get('/metrics', headers={'X-Big': 'a' * 200000})
        self.assertGreaterEqual(status, 400)
        self.assertEqual(self.get('/metrics')[0], 200)
        self.stop_clean(p)

    def test_port_in_use_is_a_start_up_error(self):
        with socket.socket() as s:
            s.bind(('127.0.0.1', self.port))
            s.listen(1)
            out = self.once(check=False)
        self.assertEqual(out.returncode, 1)
        self.assertIn('cannot start: http.listen 127.0.0.1:%d: cannot listen there' % self.port,
                      out.stdout + out.stderr)

    def test_bad_listen_address_is_a_config_error(self):
        self.write_main_config('http:\n  listen: localhost\n')
        out = self.run_prog('orderd', '--check', check=False)
        self.assertEqual(out.returncode, 2)
        self.assertRegex(out.stderr, r'orderd\.yaml:\d+:\d+: http\.listen: expected ADDRESS:PORT')

    def sql_admin(self, query):
        from harness import admin
        admin(query)


if __name__ == '__main__':
    import unittest
    unittest.main()
