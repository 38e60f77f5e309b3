#!/usr/bin/env python3
"""Run every integration test (tests/integration/test_*.py) against the
PostgreSQL of ORDERD_DATABASE_URL and the binaries of ORDERD_BIN_DIR.
Prints one line per test and ends with "integration: N passed, N failed".
Arguments, if any, are test name patterns (unittest -k)."""
import os
import sys
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))


def main():
    if not os.environ.get('ORDERD_DATABASE_URL'):
        print('ORDERD_DATABASE_URL is not set: run through scripts/test', file=sys.stderr)
        return 2
    sys.path.insert(0, HERE)
    loader = unittest.TestLoader()
    if len(sys.argv) > 1:
        loader.testNamePatterns = ['*%s*' % a for a in sys.argv[1:]]
    suite = loader.discover(HERE, pattern='test_*.py', top_level_dir=HERE)
    result = unittest.TextTestRunner(verbosity=2, stream=sys.stdout).run(suite)
    failed = len(result.failures) + len(result.errors) + len(result.unexpectedSuccesses)
    passed = result.testsRun - failed - len(result.skipped)
    print('integration: %d passed, %d failed' % (passed, failed))
    return 0 if failed == 0 and result.testsRun > 0 else 1


if __name__ == '__main__':
    sys.exit(main())
