#!/usr/bin/env python3
"""Score `orderctl extract` against the purchase-order corpus.

    tests/bench/extraction_score.py [--orderctl PATH] [--corpus DIR]... [--json]
        [--min-accuracy X] [--max-wrong-clean N] [--family-report] [--details]

For every NAME.eml in each corpus folder (default: tests/data/po-corpus/gen
and tests/data/po-corpus/hand) it runs `orderctl extract NAME.eml --format
json` and compares the printed orders with the truth in NAME.json.
Standard library only. See tests/data/po-corpus/README.md for the rules;
in short:

- fields: every leaf the truth states (external_id, customer.name,
  ship_to.name/phone/address, placed_at, currency, total, and per line
  sku/title/qty/unit_price/total, lines matched by position); a truth
  order with no output order counts all its fields wrong;
- an output order is *held* when its extraction.doubts list is not empty;
- a *wrong clean* order is an output order without doubts that has a
  wrong field, more lines than the truth, or matches no truth order.

Exit status: 0; 1 when --min-accuracy or --max-wrong-clean is not met;
2 on a usage error (no orderctl, no corpus)."""
import argparse
import resource
import datetime
import decimal
import json
import os
import re
import shutil
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DEFAULT_CORPORA = [os.path.join(ROOT, 'tests', 'data', 'po-corpus', 'gen'),
                   os.path.join(ROOT, 'tests', 'data', 'po-corpus', 'hand')]
SHANGHAI = datetime.timezone(datetime.timedelta(hours=8))  # no DST since 1991
TOP_FIELDS = ['external_id', 'customer.name', 'ship_to.name', 'ship_to.phone', 'ship_to.address',
              'placed_at', 'currency', 'total']
LINE_FIELDS = ['sku', 'title', 'qty', 'unit_price', 'total']
TIMEOUT = 60


# ------------------------------------------------------------ comparison

def _is_cjk(c):
    o = ord(c)
    return (0x2E80 <= o <= 0x9FFF or 0xF900 <= o <= 0xFAFF or 0x3000 <= o <= 0x303F or
            0xFF00 <= o <= 0xFFEF or 0x20000 <= o <= 0x2FFFF)


def norm_text(s):
    """Full-width ASCII to half-width, white space collapsed; white space
    next to a CJK character dropped ("张江路 123 号" = "张江路123号")."""
    if s is None:
        return None
    s = str(s)
    out = []
    for c in s:
        o = ord(c)
        if 0xFF01 <= o <= 0xFF5E:
            c = chr(o - 0xFEE0)
        elif c == '\u3000':
            c = ' '
        out.append(c)
    s = re.sub(r'\s+', ' ', ''.join(out)).strip()
    res = []
    for k, c in enumerate(s):
        if c == ' ' and ((k > 0 and _is_cjk(s[k - 1])) or (k + 1 < len(s) and _is_cjk(s[k + 1]))):
            continue
        res.append(c)
    return ''.join(res)


def norm_phone(s):
    if s is None:
        return None
    s = norm_text(s)
    s = re.sub(r'[\s\-().\u2013]', '', s)
    for p in ('+86', '0086'):
        if s.startswith(p):
            s = s[len(p):]
            break
    return s


def norm_money(v):
    if v is None or isinstance(v, bool):
        return None
    try:
        return decimal.Decimal(str(v).strip())
    except (decimal.InvalidOperation, ValueError):
        return None


def norm_qty(v):
    if isinstance(v, bool):
        return None
    if isinstance(v, int):
        return v
    if isinstance(v, str) and v.strip().isdigit():
        return int(v.strip())
    if isinstance(v, float) and v.is_integer():
        return int(v)
    return None


def norm_date(v):
    """A placed_at as the local date in Asia/Shanghai (YYYY-MM-DD)."""
    if not isinstance(v, str) or not v:
        return None
    s = v.strip()
    if re.fullmatch(r'\d{4}-\d{2}-\d{2}', s):
        return s
    try:
        dt = datetime.datetime.fromisoformat(s.replace('Z', '+00:00'))
    except ValueError:
        return None
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=SHANGHAI)
    return dt.astimezone(SHANGHAI).date().isoformat()


def same(field, truth, got):
    leaf = field.split('.')[-1]
    if field == 'placed_at':
        return norm_date(got) == truth
    if leaf == 'phone':
        return got is not None and norm_phone(got) == norm_phone(truth)
    if leaf in ('total', 'unit_price'):
        t, g = norm_money(truth), norm_money(got)
        return g is not None and t == g
    if leaf == 'qty':
        return norm_qty(got) == int(truth)
    if field == 'currency':
        return isinstance(got, str) and got.strip().upper() == str(truth).upper()
    return got is not None and norm_text(got) == norm_text(truth)


def get(obj, path):
    for k in path.split('.'):
        if not isinstance(obj, dict):
            return None
        obj = obj.get(k)
    return obj


def truth_leaves(t):
    """[(field name, truth value, getter(output order))] for one truth order."""
    leaves = []
    for f in TOP_FIELDS:
        v = get(t, f)
        if v is not None:
            leaves.append((f, v, (lambda o, f=f: get(o, f))))
    for i, line in enumerate(t.get('lines') or []):
        for f in LINE_FIELDS:
            if f in line and line[f] is not None:
                def g(o, i=i, f=f):
                    lines = o.get('lines') if isinstance(o, dict) else None
                    if not isinstance(lines, list) or i >= len(lines) or not isinstance(lines[i], dict):
                        return None
                    return lines[i].get(f)
                leaves.append(('lines.%s' % f, line[f], g, i))
    return [l if len(l) == 4 else l + (None,) for l in leaves]


def compare(t, o):
    """[(field, line index or None, truth, got, right)] for a truth and an output order (None: missing)."""
    res = []
    for field, tv, getter, idx in truth_leaves(t):
        got = getter(o) if o is not None else None
        res.append((field, idx, tv, got, o is not None and same(field, tv, got)))
    return res


def held(o):
    ex = o.get('extraction') if isinstance(o, dict) else None
    doubts = ex.get('doubts') if isinstance(ex, dict) else None
    return isinstance(doubts, list) and len(doubts) > 0


def match(truths, outs):
    """Pair truth orders with output orders: by external_id first, then
    the remaining ones by the most right fields. Returns {truth index: output index}."""
    pairs = {}
    used = set()
    for ti, t in enumerate(truths):
        tid = t.get('external_id')
        if tid is None:
            continue
        for oi, o in enumerate(outs):
            if oi not in used and isinstance(o, dict) and o.get('external_id') is not None and \
                    norm_text(o.get('external_id')) == norm_text(tid):
                pairs[ti] = oi
                used.add(oi)
                break
    for ti, t in enumerate(truths):
        if ti in pairs:
            continue
        best, best_n = None, 0
        for oi, o in enumerate(outs):
            if oi in used or not isinstance(o, dict):
                continue
            n = sum(1 for r in compare(t, o) if r[4])
            if n > best_n:
                best, best_n = oi, n
        if best is not None:
            pairs[ti] = best
            used.add(best)
    return pairs


# ------------------------------------------------------------ running

def start_cost(orderctl):
    """CPU seconds of orderctl reading a three-line mail that is no order:
    starting the process and its mail reader's child, loading their
    libraries. The least of three runs."""
    import tempfile
    with tempfile.NamedTemporaryFile('wb', suffix='.eml', delete=False) as f:
        f.write(b'From: a@example.com\r\nSubject: hello\r\n\r\nhello\r\n')
    try:
        runs = []
        for _ in range(3):
            cpu0 = children_cpu()
            run_one(orderctl, f.name)
            runs.append(children_cpu() - cpu0)
        return min(runs)
    finally:
        os.unlink(f.name)


def cost_summary(costs, start):
    """What reading the mails cost: CPU seconds of every orderctl run
    (with the mail reader's child and the document worker it waited for)
    less the start cost of each run, bytes read, and the five slowest."""
    read = [(max(0.0, c[0] - start), c[1], c[2]) for c in costs]
    cpu = sum(c[0] for c in read)
    size = sum(c[1] for c in read)
    slow = sorted(read, key=lambda c: -c[0])[:5]
    return {'start_ms': round(1000 * start, 1), 'cpu_seconds': round(cpu, 3), 'mails': len(read),
            'bytes': size, 'ms_per_mail': round(1000 * cpu / len(read), 2) if read else 0.0,
            'slowest': [{'mail': m, 'cpu_ms': round(1000 * t, 1), 'bytes': b} for t, b, m in slow]}


def children_cpu():
    """CPU seconds (user + system) of the children waited for so far."""
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def run_one(orderctl, eml):
    try:
        p = subprocess.run([orderctl, 'extract', eml, '--format', 'json'], stdout=subprocess.PIPE,
                           stderr=subprocess.PIPE, timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        return None, 0, 'timeout after %ds' % TIMEOUT
    except OSError as e:
        return None, 0, 'cannot run: %s' % e
    stderr = p.stderr.decode('utf-8', 'replace')
    dead = sum(1 for l in stderr.splitlines() if l.startswith('dead letter: '))
    if p.returncode not in (0, 1):
        return [], dead, 'exit status %d: %s' % (p.returncode, stderr.strip().splitlines()[-1:] or '')
    out = p.stdout.decode('utf-8', 'replace').strip()
    if not out:
        return [], dead, None if p.returncode == 1 else 'exit 0 but nothing printed'
    try:
        orders = json.loads(out)
    except ValueError as e:
        return [], dead, 'output is not JSON: %s' % e
    if isinstance(orders, dict):
        orders = [orders]
    if not isinstance(orders, list):
        return [], dead, 'output is not a JSON array'
    err = None
    if p.returncode == 0 and not orders:
        err = 'exit 0 with an empty array'
    if p.returncode == 1 and orders:
        err = 'exit 1 with orders printed'
    return orders, dead, err


def new_stats():
    return {'mails': 0, 'fields_stated': 0, 'fields_right': 0, 'orders_expected': 0, 'orders_found': 0,
            'orders_out': 0, 'orders_held': 0, 'dead_letters': 0, 'wrong_clean': 0, 'mails_exact': 0,
            'errors': 0}


def add(a, b):
    for k, v in b.items():
        a[k] += v


def score_mail(truth, outs, dead, err):
    truths = truth.get('orders') or []
    st = new_stats()
    st['mails'] = 1
    st['dead_letters'] = dead
    st['errors'] = 1 if err else 0
    st['orders_expected'] = len(truths)
    st['orders_out'] = len(outs)
    pairs = match(truths, outs)
    wrong_fields = []
    bad_out = set(range(len(outs))) - set(pairs.values())
    for ti, t in enumerate(truths):
        o = outs[pairs[ti]] if ti in pairs else None
        res = compare(t, o)
        st['fields_stated'] += len(res)
        st['fields_right'] += sum(1 for r in res if r[4])
        if o is not None:
            st['orders_found'] += 1
            extra = isinstance(o.get('lines'), list) and len(o['lines']) > len(t.get('lines') or [])
            if any(not r[4] for r in res) or extra:
                bad_out.add(pairs[ti])
            if extra:
                wrong_fields.append((ti, 'lines', None, len(t.get('lines') or []), len(o['lines'])))
        for r in res:
            if not r[4]:
                wrong_fields.append((ti,) + r[:4])
    for oi, o in enumerate(outs):
        if held(o):
            st['orders_held'] += 1
        elif oi in bad_out:
            st['wrong_clean'] += 1
    if not err and st['fields_right'] == st['fields_stated'] and not bad_out and \
            st['orders_found'] == len(truths) and len(outs) == len(truths):
        st['mails_exact'] = 1
    unmatched = [oi for oi in range(len(outs)) if oi not in pairs.values()]
    return st, wrong_fields, unmatched


def ratio(a, b):
    return a / b if b else None


def finish(st):
    d = dict(st)
    d['accuracy'] = ratio(st['fields_right'], st['fields_stated'])
    return d


def find_orderctl(arg):
    cands = [arg] if arg else [os.environ.get('ORDERCTL'), os.path.join(ROOT, 'build', 'cmd', 'orderctl', 'orderctl'),
                               shutil.which('orderctl')]
    for c in cands:
        if c and os.path.isfile(c) and os.access(c, os.X_OK):
            return c
    return None


def pct(x):
    return '   -  ' if x is None else '%5.1f%%' % (100 * x)


def main():
    ap = argparse.ArgumentParser(description='Score orderctl extract against the purchase-order corpus.')
    ap.add_argument('--orderctl', help='the orderctl binary (default: $ORDERCTL, build/cmd/orderctl/orderctl, PATH)')
    ap.add_argument('--corpus', action='append', help='a folder of NAME.eml + NAME.json (repeatable)')
    ap.add_argument('--json', action='store_true', help='print one JSON object with all figures')
    ap.add_argument('--min-accuracy', type=float, help='exit 1 when field accuracy is below this (0..1, or a percentage > 1)')
    ap.add_argument('--max-wrong-clean', type=int, help='exit 1 when there are more wrong clean orders')
    ap.add_argument('--family-report', action='store_true', help='a line per family')
    ap.add_argument('--details', action='store_true', help='list every wrong field and unmatched order')
    args = ap.parse_args()

    orderctl = find_orderctl(args.orderctl)
    if not orderctl:
        print('extraction_score: no orderctl found (give --orderctl PATH or set ORDERCTL)', file=sys.stderr)
        return 2
    corpora = args.corpus or DEFAULT_CORPORA
    mails = []
    for d in corpora:
        if not os.path.isdir(d):
            if args.corpus:
                print('extraction_score: %s: not a folder' % d, file=sys.stderr)
                return 2
            continue
        for name in sorted(os.listdir(d)):
            if name.endswith('.eml'):
                mails.append(os.path.join(d, name))
    if not mails:
        print('extraction_score: no .eml files in %s' % ', '.join(corpora), file=sys.stderr)
        return 2

    overall = new_stats()
    fams, kinds = {}, {}
    per_mail = []
    costs = []  # (CPU seconds, bytes, mail) of each orderctl run
    for eml in mails:
        tpath = eml[:-4] + '.json'
        try:
            with open(tpath, encoding='utf-8') as f:
                truth = json.load(f)
        except (OSError, ValueError) as e:
            print('extraction_score: %s: %s' % (tpath, e), file=sys.stderr)
            return 2
        cpu0 = children_cpu()
        outs, dead, err = run_one(orderctl, eml)
        cpu = children_cpu() - cpu0
        costs.append((cpu, os.path.getsize(eml), os.path.relpath(eml, ROOT)))
        outs = outs or []
        st, wrong, unmatched = score_mail(truth, outs, dead, err)
        add(overall, st)
        fam = truth.get('family', '?')
        add(fams.setdefault(fam, new_stats()), st)
        add(kinds.setdefault(truth.get('source', '?'), new_stats()), st)
        per_mail.append({'mail': os.path.relpath(eml, ROOT), 'family': fam, 'error': err,
                         'stats': st, 'wrong': [{'order': w[0], 'field': w[1], 'line': w[2],
                                                 'truth': w[3], 'got': w[4]} for w in wrong],
                         'unmatched_outputs': [{'external_id': outs[i].get('external_id') if isinstance(outs[i], dict) else None,
                                                'held': held(outs[i])} for i in unmatched]})

    result = {'orderctl': orderctl, 'corpora': [os.path.relpath(c, ROOT) for c in corpora],
              'overall': finish(overall),
              'by_source': {k: finish(v) for k, v in sorted(kinds.items())},
              'families': {k: finish(v) for k, v in sorted(fams.items())},
              'cost': cost_summary(costs, start_cost(orderctl))}
    if args.details or args.json:
        result['mails'] = per_mail if args.details else [m for m in per_mail if m['wrong'] or m['error'] or
                                                         m['unmatched_outputs']]

    acc = result['overall']['accuracy'] or 0.0
    fail = []
    if args.min_accuracy is not None:
        floor = args.min_accuracy / 100 if args.min_accuracy > 1 else args.min_accuracy
        if acc < floor:
            fail.append('field accuracy %.1f%% is below %.1f%%' % (100 * acc, 100 * floor))
    if args.max_wrong_clean is not None and overall['wrong_clean'] > args.max_wrong_clean:
        fail.append('%d wrong clean orders (at most %d allowed)' % (overall['wrong_clean'], args.max_wrong_clean))
    result['failed'] = fail

    if args.json:
        json.dump(result, sys.stdout, ensure_ascii=False, indent=1)
        print()
    else:
        hdr = '%-32s %5s %7s %13s %11s %5s %5s %7s %6s %5s' % ('', 'mails', 'acc', 'fields', 'orders', 'held',
                                                              'dead', 'wrong-c', 'exact', 'err')

        def row(name, s):
            return '%-32s %5d %7s %6d/%-6d %5d/%-5d %5d %5d %7d %6d %5d' % (
                name[:32], s['mails'], pct(ratio(s['fields_right'], s['fields_stated'])), s['fields_right'],
                s['fields_stated'], s['orders_found'], s['orders_expected'], s['orders_held'], s['dead_letters'],
                s['wrong_clean'], s['mails_exact'], s['errors'])
        print('orderctl: %s' % orderctl)
        print(hdr)
        if args.family_report:
            for k, v in sorted(fams.items()):
                print(row(k, v))
            print()
        for k, v in sorted(kinds.items()):
            print(row('source: ' + k, v))
        print(row('OVERALL', overall))
        c = result['cost']
        print('\ncost: %.2f s of CPU for %d mails (%.1f MB) beyond each run\'s start (%.0f ms): %.1f ms a '
              'mail; the slowest: %s' % (
            c['cpu_seconds'], c['mails'], c['bytes'] / 1e6, c['start_ms'], c['ms_per_mail'],
            ', '.join('%s %.0f ms' % (os.path.basename(m['mail'])[:24], m['cpu_ms']) for m in c['slowest'])))
        print('\nacc = right fields / fields the truth states; orders = truth orders found / expected;\n'
              'held = output orders with doubts; wrong-c = output orders without doubts that are wrong or '
              'match no truth order;\nexact = mails read exactly; err = runs that crashed, timed out or '
              'printed no JSON')
        if args.details:
            for m in per_mail:
                if not (m['wrong'] or m['error'] or m['unmatched_outputs']):
                    continue
                print('\n%s%s' % (m['mail'], ('  ERROR: ' + m['error']) if m['error'] else ''))
                for w in m['wrong']:
                    where = w['field'] if w['line'] is None else '%s[%d]' % (w['field'], w['line'])
                    print('  order %d %-22s truth %-30s got %s' % (w['order'], where, json.dumps(w['truth'], ensure_ascii=False),
                                                               json.dumps(w['got'], ensure_ascii=False)))
                for u in m['unmatched_outputs']:
                    print('  extra output order %s%s' % (u['external_id'], ' (held)' if u['held'] else ''))
        for f in fail:
            print('FAIL: ' + f)
    return 1 if fail else 0


if __name__ == '__main__':
    sys.exit(main())
