#!/usr/bin/env python3
"""Tests of tests/bench/extraction_score.py against fake_orderctl.py (a
test helper that replays scripted outputs; it is no extractor). Checks
the matching, normalisation, held / wrong-clean rules and exit codes on a
four-mail corpus made here, then that the truth replay scores the real
corpus 100 % with no wrong clean order.

    python3 tests/bench/test_extraction_score.py"""
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
SCORE = os.path.join(HERE, 'extraction_score.py')
FAKE = os.path.join(HERE, 'fake_orderctl.py')
ROOT = os.path.dirname(os.path.dirname(HERE))

MAILS = {
    # fields: 10 stated, 9 right; output read twice -> 2 wrong clean
    'a': ({'family': 'f1', 'source': 'body', 'orders': [{
        'external_id': 'PO-1', 'ship_to': {'phone': '13812345678'}, 'placed_at': '2026-11-20', 'total': '1234.50',
        'lines': [{'sku': 'A-1', 'qty': 2, 'unit_price': '600.00'}, {'sku': 'B-2', 'qty': 1, 'unit_price': '34.50'}]}]},
          {'stdout': json.dumps([
              {'external_id': 'PO-1', 'ship_to': {'phone': '+86 138-1234-5678'}, 'placed_at': '2026-11-19T16:30:00Z',
               'total': '1234.5', 'lines': [{'sku': 'A-1', 'qty': 2, 'unit_price': '600.00'},
                                            {'sku': 'B-2', 'qty': 3, 'unit_price': '34.50'}],
               'extraction': {'doubts': [], 'sources': {}}},
              {'external_id': 'PO-1-copy', 'lines': [{'sku': 'A-1', 'qty': 2, 'unit_price': '600.00'}],
               'extraction': {'doubts': []}}]), 'exit': 0}),
    # a non-order read as an order, but held: not wrong clean
    'b': ({'family': 'f2', 'source': 'none', 'orders': []},
          {'stdout': json.dumps([{'external_id': 'X', 'lines': [], 'extraction': {'doubts': ['no prices']}}]), 'exit': 0}),
    # nothing out: 5 fields wrong, one dead letter
    'c': ({'family': 'f1', 'source': 'pdf', 'orders': [{
        'external_id': 'PO-3', 'total': '10.00', 'lines': [{'sku': 'C', 'qty': 1, 'unit_price': '10.00'}]}]},
          {'stderr': 'dead letter: INBOX <c>: no order number found\n', 'exit': 1}),
    # width and spacing folded; an extra line makes it wrong, but it is held
    'd': ({'family': 'f2', 'source': 'xlsx', 'orders': [{
        'external_id': 'PO-4', 'ship_to': {'address': '上海市浦东新区张江路123号'},
        'lines': [{'sku': 'D-1', 'title': 'ABC 胶带', 'qty': 5}, {'sku': 'D-2', 'title': '纸箱', 'qty': 7}]}]},
          {'stdout': json.dumps([{'external_id': 'ＰＯ－４', 'ship_to': {'address': '上海市浦东新区张江路 123 号'},
                                  'lines': [{'sku': 'D-1', 'title': 'ＡＢＣ  胶带', 'qty': '5'},
                                            {'sku': 'D-2', 'title': '纸箱', 'qty': 7},
                                            {'sku': '合计', 'qty': 12}],
                                  'extraction': {'doubts': ['line 3 has no price']}}]), 'exit': 0}),
}


def run(corpus, *extra, mode='script'):
    env = dict(os.environ, FAKE_ORDERCTL_MODE=mode)
    p = subprocess.run([sys.executable, SCORE, '--orderctl', FAKE, '--corpus', corpus] + list(extra),
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    return p.returncode, p.stdout.decode(), p.stderr.decode()


def main():
    failed = passed = 0

    def check(name, cond, info=''):
        nonlocal failed, passed
        if cond:
            passed += 1
        else:
            failed += 1
            print('FAIL %s %s' % (name, info))
    with tempfile.TemporaryDirectory() as d:
        for name, (truth, fake) in MAILS.items():
            open(os.path.join(d, name + '.eml'), 'w').write('Subject: x\r\n\r\nx\r\n')
            json.dump(truth, open(os.path.join(d, name + '.json'), 'w'))
            json.dump(fake, open(os.path.join(d, name + '.fake.json'), 'w'))
        rc, out, err = run(d, '--json')
        r = json.loads(out)['overall']
        want = {'mails': 4, 'fields_stated': 23, 'fields_right': 17, 'orders_expected': 3, 'orders_found': 2,
                'orders_out': 4, 'orders_held': 2, 'dead_letters': 1, 'wrong_clean': 2, 'mails_exact': 0, 'errors': 0}
        for k, v in want.items():
            check('overall.' + k, r[k] == v, '%s != %s' % (r[k], v))
        check('rc', rc == 0, rc)
        fam = json.loads(out)['families']
        check('family f2', fam['f2']['fields_right'] == 8 and fam['f2']['wrong_clean'] == 0, fam['f2'])
        check('min-accuracy fails', run(d, '--min-accuracy', '0.8')[0] == 1)
        check('min-accuracy as percent', run(d, '--min-accuracy', '70')[0] == 0)
        check('max-wrong-clean fails', run(d, '--max-wrong-clean', '1')[0] == 1)
        check('max-wrong-clean ok', run(d, '--max-wrong-clean', '2')[0] == 0)
        rc, out, _ = run(d, '--family-report', '--details')
        check('human table', 'OVERALL' in out and 'f1' in out and 'lines.qty[1]' in out, out)
        rc, out, _ = run(d, mode='empty', *['--json'])
        check('empty mode', json.loads(out)['overall']['fields_right'] == 0)
    check('no orderctl is a usage error',
          subprocess.run([sys.executable, SCORE, '--orderctl', '/nonexistent', '--corpus', ROOT],
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE).returncode == 2)
    for sub in ('gen', 'hand', 'fresh'):
        corpus = os.path.join(ROOT, 'tests', 'data', 'po-corpus', sub)
        if os.path.isdir(corpus):
            rc, out, _ = run(corpus, '--json', '--min-accuracy', '1', '--max-wrong-clean', '0', mode='truth')
            o = json.loads(out)['overall']
            check('truth replay of %s' % sub, rc == 0 and o['accuracy'] == 1 and o['wrong_clean'] == 0 and
                  o['errors'] == 0, o)
    print('%d passed, %d failed' % (passed, failed))
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
