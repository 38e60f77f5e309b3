#!/usr/bin/env python3
"""Benchmark: ingest N generated orders (CSV feed, 1-4 lines each) with
`orderd --once` into a fresh database and print the figures. Not a test:
it asserts nothing about time.

  . scripts/common.sh && start_postgres
  python3 tests/bench/feed_ingest.py [--orders 50000] [--batch 500] [--bin build/cmd] [--audit]

--audit loads reference data (10,000 products with stock, 20,000 customers
matched by phone, a blacklist) with orderctl import and audits every order
with config/rules.yaml, so the figures include the audit and reservations.
"""
import argparse
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.parse
import uuid


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--orders', type=int, default=50000)
    ap.add_argument('--files', type=int, default=10)
    ap.add_argument('--batch', type=int, default=500)
    ap.add_argument('--bin', default=os.path.join(os.path.dirname(__file__), '../../build/cmd'))
    ap.add_argument('--audit', action='store_true', help='audit with config/rules.yaml')
    args = ap.parse_args()
    base = os.environ.get('ORDERD_DATABASE_URL')
    if not base:
        sys.exit('ORDERD_DATABASE_URL is not set (source scripts/common.sh; start_postgres)')
    u = urllib.parse.urlsplit(base)
    db = 'bench_' + uuid.uuid4().hex[:8]
    admin = urllib.parse.urlunsplit((u.scheme, u.netloc, '/postgres', '', ''))
    url = urllib.parse.urlunsplit((u.scheme, u.netloc, '/' + db, '', ''))
    subprocess.run(['psql', '-q', '-d', admin, '-c', 'CREATE DATABASE ' + db], check=True)
    tmp = tempfile.mkdtemp(prefix='orderd-bench-')
    try:
        drop = os.path.join(tmp, 'drop')
        os.makedirs(os.path.join(tmp, 'channels.d'))
        os.makedirs(drop)
        with open(os.path.join(tmp, 'orderd.yaml'), 'w') as f:
            f.write('database:\n  url: "%s"\nlog:\n  level: warn\ningest:\n  batch_size: %d\n'
                    % (url, args.batch))
            if args.audit:
                f.write('rules: %s\n' % os.path.abspath(os.path.join(
                    os.path.dirname(__file__), '../../config/rules.yaml')))
        with open(os.path.join(tmp, 'channels.d', 'bench.yaml'), 'w') as f:
            f.write('name: bench\nkind: feed\nfeed:\n  dir: %s\n  settle: 0s\n'
                    '  currency: CNY\n  timezone: Asia/Shanghai\n' % drop)
        rnd = random.Random(1)
        lines = 0
        per_file = args.orders // args.files
        size = 0
        for fi in range(args.files):
            rows = ['external_id,placed_at,customer.name,ship_to.name,ship_to.phone,ship_to.address,'
                    'lines.sku,lines.qty,lines.unit_price,shipping,buyer_note']
            for k in range(per_file):
                ext = 'B-%07d' % (fi * per_file + k)
                for ln in range(rnd.randint(1, 4)):
                    rows.append('%s,2026-11-20 09:%02d:00,客户%d,客户%d,138%08d,上海市浦东新区张江路 %d 号,'
                                'SKU-%04d,%d,%d.%02d,10.00,' % (
                                    ext, k % 60, k, k, k, k, rnd.randint(1, 9999), rnd.randint(1, 5),
                                    rnd.randint(1, 999), rnd.randint(0, 99)))
                    lines += 1
            data = ('\n'.join(rows) + '\n').encode()
            size += len(data)
            with open(os.path.join(drop, 'f%03d.csv' % fi), 'wb') as f:
                f.write(data)
        cfg = os.path.join(tmp, 'orderd.yaml')
        env = dict(os.environ)
        env.pop('ORDERD_DATABASE_URL')  # it would override database.url
        subprocess.run([os.path.join(args.bin, 'orderctl'), '--config', cfg, 'migrate'],
                       check=True, capture_output=True, env=env)
        if args.audit:
            ref = {
                'products': ['sku,title,unit,active'] +
                            ['SKU-%04d,Item %d,pc,true' % (i, i) for i in range(1, 10000)],
                'inventory': ['sku,warehouse,on_hand,reserved'] +
                             ['SKU-%04d,main,%d,0' % (i, rnd.randint(0, 2000)) for i in range(1, 10000)],
                'customers': ['ref,name,phone,email,credit_limit,open_balance,price_tier,blocked'] +
                             ['C%05d,客户%d,138%08d,,%d.00,0,,false' % (k, k, k, rnd.randint(100, 100000))
                              for k in range(0, 20000)],
                'blacklist': ['kind,value,reason'] +
                             ['phone,139%08d,fraud' % k for k in range(0, 500)],
            }
            for kind, rows in ref.items():
                path = os.path.join(tmp, kind + '.csv')
                with open(path, 'w') as f:
                    f.write('\n'.join(rows) + '\n')
                subprocess.run([os.path.join(args.bin, 'orderctl'), '--config', cfg, 'import',
                                kind, path], check=True, capture_output=True, env=env)
        t0 = time.monotonic()
        r = subprocess.run(['/usr/bin/time', '-f', '%M %U %S',
                            os.path.join(args.bin, 'orderd'), '--config', cfg, '--once'],
                           capture_output=True, text=True, env=env)
        wall = time.monotonic() - t0
        if r.returncode != 0:
            sys.stderr.write(r.stderr)
        rss_kb, user, system = r.stderr.strip().splitlines()[-1].split()
        n = subprocess.run(['psql', '-At', '-d', url, '-c', 'SELECT count(*) FROM orders'],
                           stdout=subprocess.PIPE, text=True, check=True).stdout.strip()
        print('orders generated   %d (%d lines, %.1f MiB CSV in %d files)'
              % (per_file * args.files, lines, size / 1048576, args.files))
        print('orders stored      %s' % n)
        print('batch size         %d' % args.batch)
        if args.audit:
            out = subprocess.run(['psql', '-At', '-F', ' ', '-d', url, '-c',
                                  "SELECT audit_outcome, count(*) FROM orders GROUP BY 1"
                                  " ORDER BY 1"], stdout=subprocess.PIPE, text=True,
                                 check=True).stdout.split()
            print('audit outcomes     %s' % ', '.join('%s %s' % (out[i], out[i + 1])
                                                     for i in range(0, len(out), 2)))
            out = subprocess.run(['psql', '-At', '-F', ' ', '-d', url, '-c',
                                  "SELECT r->>'rule', count(DISTINCT o.id) FROM orders o,"
                                  " jsonb_array_elements(o.audit->'reasons') r GROUP BY 1 ORDER BY 1"],
                                 stdout=subprocess.PIPE, text=True, check=True).stdout.split()
            print('rules fired        %s' % ', '.join('%s %s' % (out[i], out[i + 1])
                                                     for i in range(0, len(out), 2)))
        print('wall time          %.2f s' % wall)
        print('throughput         %.0f orders/s, %.0f lines/s' % (int(n) / wall, lines / wall))
        print('orderd cpu         %s s user, %s s system' % (user, system))
        print('orderd max RSS     %.1f MiB' % (int(rss_kb) / 1024))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
        if not os.environ.get('BENCH_KEEP_DB'):
            subprocess.run(['psql', '-q', '-d', admin, '-c', 'DROP DATABASE %s WITH (FORCE)' % db])
        else:
            print('database kept     ', db)


if __name__ == '__main__':
    main()
