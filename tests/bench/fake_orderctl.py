#!/usr/bin/env python3
"""A stand-in for `orderctl extract FILE.eml --format json`, ONLY to test
tests/bench/extraction_score.py itself (test_extraction_score.py). It
reads nothing from the mail: it answers from the truth file beside it,
so its figures say nothing about any extractor.

FAKE_ORDERCTL_MODE:
  truth  print the truth orders in the output shape (placed_at as
         RFC 3339 at midnight +08:00, phones with +86), exit 0 / 1
  empty  print nothing, one dead letter on stderr, exit 1
  script read FILE.fake.json beside the mail: {"stdout": ..., "stderr":
         ..., "exit": N} and replay it"""
import json
import os
import sys


def main():
    if len(sys.argv) != 5 or sys.argv[1] != 'extract' or sys.argv[3:] != ['--format', 'json']:
        print('usage: orderctl extract FILE.eml --format json', file=sys.stderr)
        return 2
    eml = sys.argv[2]
    mode = os.environ.get('FAKE_ORDERCTL_MODE', 'truth')
    if mode == 'script':
        with open(eml[:-4] + '.fake.json', encoding='utf-8') as f:
            s = json.load(f)
        sys.stdout.write(s.get('stdout', ''))
        sys.stderr.write(s.get('stderr', ''))
        return s.get('exit', 0)
    if mode == 'empty':
        print('dead letter: INBOX <%s>: no order number found' % os.path.basename(eml), file=sys.stderr)
        return 1
    with open(eml[:-4] + '.json', encoding='utf-8') as f:
        truth = json.load(f)
    outs = []
    for t in truth['orders']:
        o = json.loads(json.dumps(t))
        if 'placed_at' in o:
            o['placed_at'] = o['placed_at'] + 'T00:00:00+08:00'
        o.setdefault('external_id', 'msg-0000000000000000')
        o['extraction'] = {'doubts': [], 'sources': {}}
        outs.append(o)
    if not outs:
        print('dead letter: INBOX <%s>: no order found' % os.path.basename(eml), file=sys.stderr)
        return 1
    json.dump(outs, sys.stdout, ensure_ascii=False, indent=1)
    print()
    return 0


if __name__ == '__main__':
    sys.exit(main())
