"""The cost of a drop folder's scan (issue 18): one `orderd --once` over
n files lists the folder once per pass, not once per file, so the
system calls on the folder's entries grow with n, not n^2. Counted with
strace (deterministic, unlike a time); the CPU figures are printed by
tests/bench/dropdir.py, never asserted."""
import os
import re
import shutil
import subprocess
import time
import unittest

from harness import BIN_DIR, OrderdCase

HEADER = 'external_id,status,lines.sku,lines.qty,lines.unit_price\n'
N = 200


@unittest.skipUnless(shutil.which('strace'), 'strace is not installed')
class FeedScanCost(OrderdCase):
    channels = {'shop': {'currency': 'CNY'}}

    def drop_many(self, names):
        d = self.drop_dir('shop')
        old = time.time() - 60
        for name in names:
            p = os.path.join(d, name)
            with open(p, 'w') as f:
                f.write(HEADER + '%s,paid,A,1,5.00\n' % name.split('.')[0])
            os.utime(p, (old, old))

    def test_one_pass_stats_each_file_a_bounded_number_of_times(self):
        self.drop_many(['o%04d.csv' % i for i in range(N)])
        trace = os.path.join(self.tmp, 'strace.out')
        env = dict(os.environ)
        env.pop('ORDERD_DATABASE_URL', None)
        # LeakSanitizer cannot run under ptrace (an ASan build exits 1).
        env['ASAN_OPTIONS'] = ':'.join(x for x in (env.get('ASAN_OPTIONS'), 'detect_leaks=0') if x)
        out = subprocess.run(['strace', '-f', '-qq', '-o', trace, '-e',
                              'trace=stat,lstat,newfstatat,statx',
                              os.path.join(BIN_DIR, 'orderd'), '--config', self.config, '--once'],
                             capture_output=True, text=True, env=env, timeout=600)
        self.assertEqual(out.returncode, 0, out.stderr)
        self.assertEqual(len(self.orders()), N)
        self.assertEqual(self.pending('shop'), [])
        drop = self.drop_dir('shop')
        stats = 0
        with open(trace) as f:
            for line in f:
                if drop not in line:
                    continue
                if re.search(r'\b(stat|lstat|newfstatat|statx)\(', line) and \
                        re.search(r'/o\d{4}\.csv"', line):
                    stats += 1
        # Before: every poll listed the folder and lstat'ed every file
        # still there, N*(N+1)/2 = 20,100 calls for 200 files.
        self.assertLessEqual(stats, 6 * N, 'stat calls on the files: %d for %d files' % (stats, N))
        self.assertGreater(stats, 0)

    def test_file_dropped_during_a_pass_is_taken_by_the_next(self):
        self.drop_many(['b%04d.csv' % i for i in range(5)])
        p = self.start_daemon()
        self.wait_for(lambda: len(self.orders()) == 5, timeout=60, what='the first 5 orders')
        # Sorts before everything taken already: still read.
        self.drop_many(['a0000.csv'])
        self.wait_for(lambda: len(self.orders()) == 6, timeout=60, what='the late file')
        self.stop(p)
        self.assertEqual(self.pending('shop'), [])
