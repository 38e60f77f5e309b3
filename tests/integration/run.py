#!/usr/bin/env python3
"""Run every integration test (tests/integration/test_*.py) against the
PostgreSQL of ORDERD_DATABASE_URL and the binaries of ORDERD_BIN_DIR.
Prints one line per test and ends with "integration: N passed, N failed".

    run.py [-j N] [--durations FILE] [--slowest K] [--exclude PATTERN]... [PATTERN]...

PATTERN: test name patterns (unittest -k); --exclude PATTERN (repeatable)
leaves out the tests whose names contain PATTERN.

-j N runs the tests in N worker processes, one test at a time each, the
longest first when FILE holds the durations of an earlier run. Every test
already has its own database (harness.py); each worker also gets its own
range of loopback ports for the servers a test starts on a chosen port
(harness.free_port: ORDERD_TEST_PORTS), so two workers never race for one.
A test that takes the whole machine or the whole cluster (one that
restarts PostgreSQL, or measures a rate; harness.alone) runs after the
others with nothing beside it.

Each test's duration is measured; the K slowest (default 15) are printed
at the end, and --durations FILE gets them all, slowest first, as
"seconds<TAB>test id" lines (read back by the next -j run to schedule)."""
import concurrent.futures
import contextlib
import io
import multiprocessing
import os
import sys
import time
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))

# Worker port ranges: slots of PORTS_PER_WORKER ports from PORT_BASE, below
# Linux's ephemeral range (32768-60999), where port-0 binds land.
PORT_BASE = 10000
PORTS_PER_WORKER = 500
PORT_SLOTS = (32768 - PORT_BASE) // PORTS_PER_WORKER


def flatten(suite):
    for t in suite:
        if isinstance(t, unittest.TestSuite):
            yield from flatten(t)
        else:
            yield t


def is_alone(test):
    """True for a test marked with harness.alone (it must run with no
    other test beside it)."""
    method = getattr(test, getattr(test, '_testMethodName', ''), None)
    return bool(getattr(method, 'orderd_alone', False))


class TimedResult(unittest.TextTestResult):
    """A TextTestResult that also records each test's wall time."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.durations = []
        self._t0 = None

    def startTest(self, test):
        self._t0 = time.monotonic()
        super().startTest(test)

    def stopTest(self, test):
        super().stopTest(test)
        self.durations.append((time.monotonic() - self._t0, test.id()))


def counts(result):
    failed = len(result.failures) + len(result.errors) + len(result.unexpectedSuccesses)
    return result.testsRun - failed - len(result.skipped), failed


def set_worker_env(slot, worker):
    lo = PORT_BASE + (slot % PORT_SLOTS) * PORTS_PER_WORKER
    os.environ['ORDERD_TEST_PORTS'] = '%d-%d' % (lo, lo + PORTS_PER_WORKER)
    os.environ['ORDERD_TEST_WORKER'] = str(worker)


# ---- worker processes -----------------------------------------------------

_slots = None


def worker_init(slots, first_slot):
    """Runs once in each worker: take a worker number and its port range."""
    n = slots.get()
    set_worker_env(first_slot + n, n)
    if HERE not in sys.path:
        sys.path.insert(0, HERE)


def run_one(test_id):
    """Run one test in this worker; return what the parent needs."""
    stream = io.StringIO()
    result = TimedResult(unittest.runner._WritelnDecorator(stream), True, 2)
    t0 = time.monotonic()
    with contextlib.redirect_stdout(stream), contextlib.redirect_stderr(stream):
        suite = unittest.TestLoader().loadTestsFromName(test_id)
        suite.run(result)
    result.printErrors()
    passed, failed = counts(result)
    return {'id': test_id, 'seconds': time.monotonic() - t0, 'text': stream.getvalue(),
            'run': result.testsRun, 'passed': passed, 'failed': failed,
            'skipped': len(result.skipped), 'worker': os.environ.get('ORDERD_TEST_WORKER', '?')}


# ---- the parent ------------------------------------------------------------

def read_durations(path):
    known = {}
    if not path or not os.path.exists(path):
        return known
    with open(path) as f:
        for line in f:
            secs, _, tid = line.rstrip('\n').partition('\t')
            try:
                known[tid] = float(secs)
            except ValueError:
                continue
    return known


def run_parallel(tests, jobs, history):
    """The tests on `jobs` workers, then the `alone` ones by themselves.
    Returns (passed, failed, ran, [(seconds, id)])."""
    together = [t.id() for t in tests if not is_alone(t)]
    alone = [t.id() for t in tests if is_alone(t)]
    # Longest first (unknown ones count as long): the last test to start
    # is a short one, so the workers finish close together.
    together.sort(key=lambda tid: -history.get(tid, 1e9))
    ctx = multiprocessing.get_context('fork')
    slots = ctx.Queue()
    for i in range(jobs):
        slots.put(i)
    first_slot = os.getpid() % PORT_SLOTS
    passed = failed = ran = 0
    durations = []

    def take(r):
        nonlocal passed, failed, ran
        sys.stdout.write('[w%s %6.1fs] %s\n' % (r['worker'], r['seconds'], r['text'].rstrip()))
        sys.stdout.flush()
        passed += r['passed']
        failed += r['failed']
        ran += r['run']
        durations.append((r['seconds'], r['id']))

    sys.stdout.flush()
    with concurrent.futures.ProcessPoolExecutor(jobs, mp_context=ctx, initializer=worker_init,
                                                initargs=(slots, first_slot)) as pool:
        futures = {pool.submit(run_one, tid): tid for tid in together}
        for fut in concurrent.futures.as_completed(futures):
            try:
                r = fut.result()
            except Exception as e:  # a worker died: the test failed
                r = {'id': futures[fut], 'seconds': 0.0, 'run': 1, 'passed': 0, 'failed': 1,
                     'skipped': 0, 'worker': '?',
                     'text': 'ERROR: %s: the worker failed: %r\n' % (futures[fut], e)}
            take(r)
    if alone:
        print('running %d test(s) alone: %s' % (len(alone), ' '.join(alone)), flush=True)
        set_worker_env(first_slot, 0)
        for tid in alone:
            r = run_one(tid)
            r['worker'] = '0'
            take(r)
    return passed, failed, ran, durations


def run_serial(suite):
    runner = unittest.TextTestRunner(verbosity=2, stream=sys.stdout, resultclass=TimedResult)
    result = runner.run(suite)
    passed, failed = counts(result)
    return passed, failed, result.testsRun, result.durations


def main():
    if not os.environ.get('ORDERD_DATABASE_URL'):
        print('ORDERD_DATABASE_URL is not set: run through scripts/test', file=sys.stderr)
        return 2
    sys.path.insert(0, HERE)
    args, exclude = [], []
    jobs, durations_file, slowest = 1, None, 15
    argv = sys.argv[1:]
    while argv:
        a = argv.pop(0)
        if a == '--exclude' and argv:
            exclude.append(argv.pop(0))
        elif a == '-j' and argv:
            jobs = int(argv.pop(0))
        elif a.startswith('-j') and a[2:].isdigit():
            jobs = int(a[2:])
        elif a == '--durations' and argv:
            durations_file = argv.pop(0)
        elif a == '--slowest' and argv:
            slowest = int(argv.pop(0))
        else:
            args.append(a)
    if jobs < 1:
        print('-j: at least 1', file=sys.stderr)
        return 2
    loader = unittest.TestLoader()
    if args:
        loader.testNamePatterns = ['*%s*' % a for a in args]
    tests = [t for t in flatten(loader.discover(HERE, pattern='test_*.py', top_level_dir=HERE))
             if not any(x in t.id() for x in exclude)]
    t0 = time.monotonic()
    if jobs == 1:
        passed, failed, ran, durations = run_serial(unittest.TestSuite(tests))
    else:
        passed, failed, ran, durations = run_parallel(tests, jobs,
                                                      read_durations(durations_file))
    wall = time.monotonic() - t0
    durations.sort(reverse=True)
    if durations and slowest > 0:
        print('slowest tests (of %d, %.1f s in all, %.1f s wall with -j %d):'
              % (len(durations), sum(d for d, _ in durations), wall, jobs))
        for secs, tid in durations[:slowest]:
            print('  %7.1fs  %s' % (secs, tid))
    if durations_file:
        with open(durations_file + '.tmp', 'w') as f:
            for secs, tid in durations:
                f.write('%.2f\t%s\n' % (secs, tid))
        os.replace(durations_file + '.tmp', durations_file)
    print('integration: %d passed, %d failed' % (passed, failed))
    return 0 if failed == 0 and ran > 0 else 1


if __name__ == '__main__':
    sys.exit(main())
