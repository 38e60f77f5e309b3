"""Progress of long work (docs/operations.md, "Progress of long work"):
orderctl's `import`, `audit replay` and `deadletters retry --all` draw one
line redrawn in place (count, rate, share done, ETA) when stderr is a
terminal (run under a pty here), print plain lines when it is not, and
print nothing with --quiet; stdout is the same in every case.
ORDERD_PROGRESS_INTERVAL shortens the period so a test run is short.
orderd's first sync of a window channel (the Taobao fake, 30 one-day
windows) logs a catching-up line every 10 windows."""
import os
import pty
import re
import subprocess
import sys
import time

from harness import BIN_DIR, OrderdCase
from test_shops import ShopCase

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'fakes'))
import taobao  # noqa: E402

ROWS = 30000
# One progress line: count, rate, and (with a known total) share and ETA.
LINE = r'%s: (\d+) %s, \d+ %s/s(?:, (\d+)%%, ETA (?:\d+h\d\dm|\d+m\d\ds|\d+s))?'
WIPE = '\r\x1b[K'


class ProgressCase(OrderdCase):
    channels = {'shop': {'currency': 'CNY', 'status_map': {'ok': 'paid'}}}

    def run_ctl(self, *args, tty=False, interval='20'):
        """orderctl with stderr on a pty (tty=True) or a pipe; returns
        (exit code, stdout, stderr)."""
        env = dict(os.environ)
        env.pop('ORDERD_DATABASE_URL', None)
        env['ORDERD_PROGRESS_INTERVAL'] = interval
        argv = [os.path.join(BIN_DIR, 'orderctl'), '--config', self.config] + list(args)
        if not tty:
            out = subprocess.run(argv, capture_output=True, text=True, env=env, timeout=300)
            return out.returncode, out.stdout, out.stderr
        master, slave = pty.openpty()
        p = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=slave, env=env)
        os.close(slave)
        err = b''
        while True:
            try:
                chunk = os.read(master, 65536)
            except OSError:  # EIO: the child closed its end
                break
            if not chunk:
                break
            err += chunk
        out = p.stdout.read()
        p.stdout.close()
        code = p.wait(timeout=300)
        os.close(master)
        return code, out.decode(), err.decode()

    def assert_plain(self, err, what, unit, eta=True):
        lines = [l for l in err.split('\n') if l]
        self.assertTrue(lines, 'no progress line')
        counts = []
        for l in lines:
            m = re.fullmatch(LINE % (re.escape(what), unit, unit), l)
            self.assertIsNotNone(m, 'not a progress line: %r' % l)
            self.assertEqual(m.group(2) is not None, eta, l)
            counts.append(int(m.group(1)))
        self.assertEqual(counts, sorted(counts))
        self.assertNotIn('\r', err)
        self.assertNotIn('\x1b', err)
        return counts

    def assert_tty(self, err, what, unit):
        # Every draw starts with a wipe, nothing ends a line, and the last
        # thing written is the wipe that leaves the terminal clean.
        self.assertTrue(err.startswith(WIPE), repr(err[:40]))
        self.assertTrue(err.endswith(WIPE), repr(err[-40:]))
        self.assertNotIn('\n', err)
        draws = [d for d in err.split(WIPE) if d]
        self.assertTrue(draws, 'nothing drawn')
        for d in draws:
            self.assertIsNotNone(re.fullmatch(LINE % (re.escape(what), unit, unit), d), repr(d))


class ImportProgress(ProgressCase):

    def test_import_tty_plain_quiet(self):
        path = os.path.join(self.tmp, 'c.csv')
        with open(path, 'w') as f:
            f.write('ref,name,credit_limit\n')
            for i in range(ROWS):
                f.write('C%06d,Name %d,1000\n' % (i, i))
        want = 'import customers: %d rows read, %d imported' % (ROWS, ROWS)
        code, out, err = self.run_ctl('import', 'customers', path, tty=True)
        self.assertEqual(code, 0, err)
        self.assertIn(want, out)
        self.assert_tty(err, 'import customers', 'rows')
        code, out, err = self.run_ctl('import', 'customers', path)
        self.assertEqual(code, 0, err)
        self.assertIn(want, out)
        counts = self.assert_plain(err, 'import customers', 'rows')
        self.assertTrue(all(0 < c <= ROWS for c in counts), counts)
        for flag in ('--quiet', '-q'):
            code, out, err = self.run_ctl('import', 'customers', path, flag, tty=True)
            self.assertEqual(code, 0, err)
            self.assertIn(want, out)
            self.assertEqual(err, '')
        # The default period is 5 s off a terminal: a short import prints none.
        code, out, err = self.run_ctl('import', 'customers', path, interval='')
        self.assertEqual(code, 0, err)
        self.assertEqual(err, '')


class ReplayAndRetryProgress(ProgressCase):

    def setUp(self):
        super().setUp()
        rows = ''.join('D%d,done,X,1,1.00\n' % i for i in range(40))
        rows += ''.join('P%d,ok,X,1,1.00\n' % i for i in range(200))
        self.drop('shop', 'a.csv', 'external_id,status,lines.sku,lines.qty,lines.unit_price\n'
                  + rows)
        self.once()
        self.assertEqual(self.sql('SELECT count(*) FROM dead_letters'), [['40']])
        self.rules = os.path.join(self.etc, 'rules.yaml')
        with open(self.rules, 'w') as f:
            f.write('language: en\nrules:\n  - {id: big, type: amount, above: "0.50", '
                    'action: hold}\n')

    def test_replay(self):
        code, out, err = self.run_ctl('audit', 'replay', '--rules', self.rules, interval='1')
        self.assertEqual(code, 0, err)
        self.assertIn('200', out)
        counts = self.assert_plain(err, 'audit replay', 'orders')
        self.assertTrue(all(0 < c <= 200 for c in counts), counts)
        code, out2, err = self.run_ctl('audit', 'replay', '--rules', self.rules, tty=True,
                                       interval='1')
        self.assertEqual(code, 0, err)
        self.assertEqual(out2, out)
        self.assert_tty(err, 'audit replay', 'orders')
        code, out3, err = self.run_ctl('audit', 'replay', '--rules', self.rules, '--quiet',
                                       interval='1')
        self.assertEqual((code, out3, err), (0, out, ''))

    def test_retry_all(self):
        # Still failing ('done' is not mapped): each attempt's line on stderr
        # between the progress lines, which never share a line with it.
        code, out, err = self.run_ctl('deadletters', 'retry', '--all', interval='1')
        self.assertEqual(code, 1)
        self.assertIn('retry: 0 resolved, 40 still failing, of 40', out)
        progress = [l for l in err.split('\n') if l and not l.startswith('dead letter ')]
        self.assertEqual(len([l for l in err.split('\n') if l.startswith('dead letter ')]), 40)
        counts = self.assert_plain('\n'.join(progress), 'deadletters retry', 'dead letters')
        self.assertTrue(all(0 < c <= 40 for c in counts), counts)
        code, out, err = self.run_ctl('deadletters', 'retry', '--all', tty=True, interval='1')
        self.assertEqual(code, 1)
        # On a terminal a failure line is written only after the progress
        # line was wiped.
        draws = 0
        for seg in err.split('\r\n'):
            for d in [d for d in seg.split(WIPE) if d]:
                if re.fullmatch(LINE % ('deadletters retry', 'dead letters', 'dead letters'), d):
                    draws += 1
                else:
                    self.assertTrue(d.startswith('dead letter '), repr(d))
        self.assertGreater(draws, 0)
        self.assertTrue(err.endswith('\r\n') or err.endswith(WIPE), repr(err[-40:]))
        code, out, err = self.run_ctl('deadletters', 'retry', '--all', '--quiet', interval='1')
        self.assertEqual(code, 1)
        self.assertEqual(len(err.strip().split('\n')), 40)
        self.assertTrue(all(l.startswith('dead letter ') for l in err.strip().split('\n')))


CATCHUP = (r'catching up: (\d+) windows read, up to (\S+), (\d+d\d\dh|\d+h\d\dm|\d+m\d\ds|\d+s) '
           r'behind, \d+ windows/min(?:, ETA \S+)?')


class FirstSyncProgress(ShopCase):

    def test_first_sync_logs_every_ten_windows(self):
        fake = taobao.TaobaoFake(app_key='23456789', app_secret='tb-test-app-secret-0123',
                                 session='6100a1b2c3d4e5f60718293a4b5c6d7e8f9session',
                                 orders=60, span_days=3, seed=3).start()
        self.addCleanup(fake.stop)
        self.write_channel('tb', 'taobao', {
            'gateway_url': fake.url + '/router/rest',
            'app_key': self.secret('TB_APP_KEY', '23456789'),
            'app_secret': self.secret('TB_APP_SECRET', 'tb-test-app-secret-0123'),
            'session': self.secret('TB_SESSION', '6100a1b2c3d4e5f60718293a4b5c6d7e8f9session'),
            'start_from': '30d', 'max_window': '1d', 'lag': '1s', 'overlap': '2s',
            'timeout': '2s'})
        t0 = time.time()
        out = self.once()
        windows = {(p.get('start_modified'), p.get('end_modified'))
                   for p in (dict(r['params']) for r in list(fake.stats.log))
                   if p.get('method') == taobao.METHOD and 'start_modified' in p}
        self.assertGreaterEqual(len(windows), 30)
        lines = [l for l in out.stderr.splitlines() if 'catching up:' in l]
        self.assertEqual(len(lines), len(windows) // 10, out.stderr)
        seen = []
        for l in lines:
            self.assertIn('tb', l.split('catching up:')[0])
            m = re.search(CATCHUP, l)
            self.assertIsNotNone(m, l)
            seen.append((int(m.group(1)), m.group(2)))
        self.assertEqual([n for n, _ in seen], [10 * (i + 1) for i in range(len(lines))])
        self.assertEqual([t for _, t in seen], sorted(t for _, t in seen))
        # The first line: ten one-day windows from start_from, about 20 days back.
        first = time.mktime(time.strptime(seen[0][1][:19], '%Y-%m-%dT%H:%M:%S')) - time.timezone
        self.assertAlmostEqual(first, t0 - 20 * 86400, delta=120)
        # Caught up: a second run walks no windows and logs nothing of the kind.
        out = self.once()
        self.assertNotIn('catching up:', out.stderr)
