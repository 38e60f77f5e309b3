#!/usr/bin/env python3
"""Drop-folder scan bench: N small CSV files (one order each) in a feed
channel's folder, taken by one `orderd --once`; prints orderd's CPU time
(user + system, from wait4) and the wall time for each N. It asserts
nothing about time (a benchmark, never a test). Each N gets its own
scratch database on the cluster of ORDERD_DATABASE_URL:

  . scripts/common.sh && start_postgres
  python3 tests/bench/dropdir.py [--files 1000,2000,4000] [--bin build/cmd]

One poll used to list, lstat and sort the whole folder to take one file,
so the cost grew with the square of the number of files waiting
(docs/feed.md#limits has the figures)."""
import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.parse
import uuid

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
HEADER = 'external_id,status,lines.sku,lines.qty,lines.unit_price\n'


def psql(url, sql):
    subprocess.run(['psql', '-X', '-q', '-At', '-v', 'ON_ERROR_STOP=1', '-d', url, '-c', sql],
                   check=True, capture_output=True)


def run(args, n, base):
    u = urllib.parse.urlsplit(base)
    admin = urllib.parse.urlunsplit((u.scheme, u.netloc, '/postgres', '', ''))
    name = 'bench_drop_%s' % uuid.uuid4().hex[:8]
    psql(admin, 'CREATE DATABASE ' + name)
    url = urllib.parse.urlunsplit((u.scheme, u.netloc, '/' + name, '', ''))
    tmp = tempfile.mkdtemp(prefix='orderd-dropbench-')
    env = dict(os.environ)
    env.pop('ORDERD_DATABASE_URL', None)
    try:
        etc, drop = os.path.join(tmp, 'etc'), os.path.join(tmp, 'drop')
        os.makedirs(os.path.join(etc, 'channels.d'))
        os.makedirs(drop)
        cfg = os.path.join(etc, 'orderd.yaml')
        with open(cfg, 'w') as f:
            f.write('database:\n  url: "%s"\nchannels_dir: channels.d\nlog:\n  level: warn\n' % url)
        with open(os.path.join(etc, 'channels.d', 'drop.yaml'), 'w') as f:
            f.write('name: drop\nkind: feed\nfeed:\n  dir: %s\n  settle: 0s\n  currency: CNY\n'
                    % drop)
        subprocess.run([os.path.join(args.bin, 'orderctl'), '--config', cfg, 'migrate'],
                       check=True, capture_output=True, env=env)
        old = time.time() - 60
        for i in range(n):
            p = os.path.join(drop, 'o%06d.csv' % i)
            with open(p, 'w') as f:
                f.write(HEADER + 'B%06d,paid,A,1,5.00\n' % i)
            os.utime(p, (old, old))
        t0 = time.monotonic()
        p = subprocess.Popen([os.path.join(args.bin, 'orderd'), '--config', cfg, '--once'],
                             env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        _, status, ru = os.wait4(p.pid, 0)
        wall = time.monotonic() - t0
        left = [x for x in os.listdir(drop) if not x.startswith('.')]
        print('%6d files: orderd CPU %7.2f s (user %.2f, system %.2f), wall %7.2f s, '
              '%d left in the folder, exit %d'
              % (n, ru.ru_utime + ru.ru_stime, ru.ru_utime, ru.ru_stime, wall, len(left),
                 os.waitstatus_to_exitcode(status)))
        sys.stdout.flush()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
        subprocess.run(['psql', '-X', '-q', '-d', admin, '-c',
                        'DROP DATABASE IF EXISTS %s WITH (FORCE)' % name],
                       capture_output=True, check=False)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--files', default='1000,2000,4000')
    ap.add_argument('--bin', default=os.path.join(ROOT, 'build', 'cmd'))
    args = ap.parse_args()
    base = os.environ.get('ORDERD_DATABASE_URL')
    if not base:
        sys.exit('ORDERD_DATABASE_URL is not set (. scripts/common.sh && start_postgres)')
    for n in (int(x) for x in args.files.split(',')):
        run(args, n, base)


if __name__ == '__main__':
    main()
