"""orderd under a service manager (systemd's notification protocol,
sd_notify(3)): the test plays the manager with a datagram socket in
$NOTIFY_SOCKET and checks READY, STATUS, RELOADING, STOPPING and the
watchdog pings, including that the pings stop while a batch hangs."""
import os
import re
import signal
import socket
import subprocess
import threading
import time

from harness import BIN_DIR
from test_daemon import HEADER, DaemonCase, row


class Manager:
    """The manager's end: every datagram orderd sends, with its arrival
    time (CLOCK_MONOTONIC, as time.monotonic() on Linux)."""

    def __init__(self, path):
        self.path = path
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
        self.sock.bind(path)
        self.sock.settimeout(0.1)
        self.messages = []  # [(monotonic seconds, {key: value})]
        self.lock = threading.Lock()
        self.running = True
        self.thread = threading.Thread(target=self._read, daemon=True)
        self.thread.start()

    def _read(self):
        while self.running:
            try:
                data = self.sock.recv(4096)
            except socket.timeout:
                continue
            except OSError:
                return
            fields = dict(line.split('=', 1) for line in data.decode().split('\n') if '=' in line)
            with self.lock:
                self.messages.append((time.monotonic(), fields))

    def close(self):
        self.running = False
        self.thread.join()
        self.sock.close()

    def all(self, key=None, since=0.0):
        with self.lock:
            return [(t, m) for t, m in self.messages if t >= since and (key is None or key in m)]

    def wait(self, key, value=None, since=0.0, timeout=30):
        deadline = time.time() + timeout
        while time.time() < deadline:
            for t, m in self.all(key, since):
                if value is None or (value(m[key]) if callable(value) else m[key] == value):
                    return t, m
            time.sleep(0.05)
        raise AssertionError('no %s%s from orderd within %ds; got %r'
                             % (key, '' if value is None else ' matching', timeout, self.all()))

    def pings(self, since, until):
        return [t for t, m in self.all('WATCHDOG', since) if t <= until and m['WATCHDOG'] == '1']


class Notify(DaemonCase):
    channels = {'shop': {'currency': 'CNY'}}

    def setUp(self):
        super().setUp()
        self.manager = Manager(os.path.join(self.tmp, 'notify.sock'))

    def tearDown(self):
        self.manager.close()
        super().tearDown()

    def start(self, **env):
        base = {'NOTIFY_SOCKET': self.manager.path}
        base.update(env)
        return self.start_daemon(env_extra=base)

    def test_ready_status_reload_and_stop(self):
        self.drop('shop', 'a.csv', HEADER + row('N1', 'X', 1, '1.00') + row('N2', 'X', 2, '1.00'))
        p = self.start()
        _, ready = self.manager.wait('READY', '1')
        self.assertIn('STATUS', ready, 'READY=1 comes with a STATUS line')
        # orderd said READY only after a worker reached the database.
        self.manager.wait('STATUS', lambda s: re.search(r'\b2 new and 0 updated orders', s))
        _, m = self.manager.wait('STATUS', lambda s: '1 up, 0 failing' in s)
        self.assertRegex(m['STATUS'], r'^1 channel: 1 up, 0 failing; \d+ new and \d+ updated')

        # A reload: RELOADING=1 with the monotonic time of the request, then READY=1.
        before = time.monotonic()
        p.send_signal(signal.SIGHUP)
        t_rel, m = self.manager.wait('RELOADING', '1', since=before)
        usec = int(m['MONOTONIC_USEC'])
        self.assertLessEqual(before * 1e6 - 1e5, usec)
        self.assertLessEqual(usec, time.monotonic() * 1e6 + 1e5)
        t_ready, _ = self.manager.wait('READY', '1', since=t_rel)
        self.wait_for(lambda: 'configuration reloaded' in self.daemon_log(p), 30, 'the reload')

        # A refused reload also ends with READY=1 (the old configuration runs on).
        path = os.path.join(self.etc, 'channels.d', 'shop.yaml')
        with open(path, 'a') as f:
            f.write('  bogus: 1\n')
        before = time.monotonic()
        p.send_signal(signal.SIGHUP)
        t_rel, _ = self.manager.wait('RELOADING', '1', since=before)
        self.manager.wait('READY', '1', since=t_rel)
        self.wait_for(lambda: 'reload refused' in self.daemon_log(p), 30, 'the refusal')

        # Counts survive the reload: a new order adds to them.
        self.drop('shop', 'b.csv', HEADER + row('N3', 'X', 1, '1.00'))
        self.manager.wait('STATUS', lambda s: re.search(r'\b3 new and 0 updated orders', s))

        before = time.monotonic()
        p.send_signal(signal.SIGTERM)
        self.assertEqual(p.wait(timeout=15), 0)
        self.manager.wait('STOPPING', '1', since=before, timeout=1)
        self.assert_clean_log(p)

    def test_watchdog_pings_and_stops_while_a_batch_hangs(self):
        p = self.start(WATCHDOG_USEC='1000000')
        self.manager.wait('READY', '1')
        start = time.monotonic()
        time.sleep(2.2)
        pings = self.manager.pings(start, time.monotonic())
        self.assertGreaterEqual(len(pings), 3, 'WATCHDOG=1 about every 0.5 s of a 1 s interval')

        # A batch that cannot commit: the orders table is locked by another
        # session, so the worker's batch waits on PostgreSQL.
        locker = subprocess.Popen(['psql', '-X', '-q', '-A', '-t', '-v', 'ON_ERROR_STOP=1', '-d', self.url],
                                  stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                  stderr=subprocess.STDOUT, text=True)
        try:
            locker.stdin.write('BEGIN;\nLOCK TABLE orders IN ACCESS EXCLUSIVE MODE;\n'
                               "SELECT 'locked';\n")
            locker.stdin.flush()
            self.assertEqual(locker.stdout.readline().strip(), 'locked')
            self.drop('shop', 'a.csv', HEADER + row('W1', 'X', 1, '1.00'))
            self.wait_for(lambda: 'longer than the watchdog interval' in self.daemon_log(p), 30,
                          'the stall to be noticed')
            stalled = time.monotonic()
            time.sleep(2.0)
            self.assertEqual(self.manager.pings(stalled, time.monotonic()), [],
                             'WATCHDOG=1 sent while a batch hung')
            self.assertIn('shop has been working for', self.daemon_log(p))
        finally:
            locker.stdin.write('ROLLBACK;\n')
            locker.stdin.close()
            locker.wait(timeout=30)
        released = time.monotonic()
        self.manager.wait('WATCHDOG', '1', since=released, timeout=10)
        self.wait_for(lambda: self.sql("SELECT count(*) FROM orders") == [['1']], 30,
                      'the order stored once the lock is gone')
        self.assertIn('watchdog pings resume', self.daemon_log(p))
        self.stop_clean(p)

    def test_watchdog_meant_for_another_process_is_ignored(self):
        p = self.start(WATCHDOG_USEC='400000', WATCHDOG_PID='1')
        t, _ = self.manager.wait('READY', '1')
        time.sleep(1.2)
        self.assertEqual(self.manager.pings(0, time.monotonic()), [])
        self.stop_clean(p)

    def run_logged(self, journal_of):
        """orderd --once with stderr to a new file and JOURNAL_STREAM naming
        the device and inode of `journal_of` ('self': that same file)."""
        path = os.path.join(self.tmp, 'journal-%d.log' % len(os.listdir(self.tmp)))
        with open(path, 'w') as f:
            st = os.fstat(f.fileno()) if journal_of == 'self' else os.stat(journal_of)
            env = dict(os.environ, JOURNAL_STREAM='%d:%d' % (st.st_dev, st.st_ino))
            env.pop('ORDERD_DATABASE_URL', None)
            rc = subprocess.run([os.path.join(BIN_DIR, 'orderd'), '--config', self.config,
                                 '--once'], stdout=f, stderr=f, env=env, timeout=60).returncode
        self.assertEqual(rc, 0)
        with open(path) as f:
            return f.read()

    def test_text_log_lines_carry_the_priority_on_the_journal_stream(self):
        self.drop('shop', 'a.csv', HEADER + row('J1', 'X', 1, '1.00'))
        text = self.run_logged('self')
        self.assert_no_sanitizer(text, 'orderd log')
        lines = text.splitlines()
        self.assertTrue(lines)
        for line in lines:
            self.assertRegex(line, r'^<[3467]>\d{4}-\d\d-\d\dT')
        self.assertRegex(text, r'(?m)^<6>\S+ info  orderd .* started')
        self.assertRegex(text, r'(?m)^<7>\S+ debug ')  # the harness logs at debug
        # A stream that is not the one JOURNAL_STREAM names: no prefix.
        other = self.run_logged(self.config)
        self.assertNotRegex(other, r'(?m)^<\d>')
        self.assertRegex(other, r'(?m)^\d{4}-\S+ info  orderd .* started')

    def test_not_ready_while_the_database_does_not_answer(self):
        # A port nobody listens on: the channel fails, orderd never says READY.
        with socket.socket() as s:
            s.bind(('127.0.0.1', 0))
            port = s.getsockname()[1]
        self.write_main_config()
        with open(self.config) as f:
            text = f.read()
        url = re.sub(r'@[^/]+/', '@127.0.0.1:%d/' % port, self.url)
        with open(self.config, 'w') as f:
            f.write(text.replace(self.url, url))
        p = self.start()
        self.manager.wait('STATUS', lambda s: s.startswith('waiting for the database'))
        time.sleep(1.5)
        self.assertEqual(self.manager.all('READY'), [])
        self.stop_clean(p)


if __name__ == '__main__':
    import unittest
    unittest.main()
