#!/usr/bin/env python3
"""Run every integration test (tests/integration/test_*.py) against the
PostgreSQL of ORDERD_DATABASE_URL and the binaries of ORDERD_BIN_DIR.
Prints one line per test and ends with "integration: N passed, N failed".
Arguments, if any, are test name patterns (unittest -k); --exclude PATTERN
(repeatable) leaves out the tests whose names contain PATTERN."""
import os
import sys
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))


def filtered(suite, exclude):
    """The suite without the tests whose ids contain one of `exclude`."""
    if not exclude:
        return suite
    out = unittest.TestSuite()
    for t in suite:
        if isinstance(t, unittest.TestSuite):
            out.addTest(filtered(t, exclude))
        elif not any(x in t.id() for x in exclude):
            out.addTest(t)
    return out


def main():
    if not os.environ.get('ORDERD_DATABASE_URL'):
        print('ORDERD_DATABASE_URL is not set: run through scripts/test', file=sys.stderr)
        return 2
    sys.path.insert(0, HERE)
    args, exclude = [], []
    argv = sys.argv[1:]
    while argv:
        a = argv.pop(0)
        if a == '--exclude' and argv:
            exclude.append(argv.pop(0))
        else:
            args.append(a)
    loader = unittest.TestLoader()
    if args:
        loader.testNamePatterns = ['*%s*' % a for a in args]
    suite = filtered(loader.discover(HERE, pattern='test_*.py', top_level_dir=HERE), exclude)
    result = unittest.TextTestRunner(verbosity=2, stream=sys.stdout).run(suite)
    failed = len(result.failures) + len(result.errors) + len(result.unexpectedSuccesses)
    passed = result.testsRun - failed - len(result.skipped)
    print('integration: %d passed, %d failed' % (passed, failed))
    return 0 if failed == 0 and result.testsRun > 0 else 1


if __name__ == '__main__':
    sys.exit(main())
