#!/usr/bin/env python3
"""How long `orderctl report daily` takes over N stored orders (issue 14).
A benchmark: it prints figures and asserts nothing about time.

    . scripts/common.sh && start_postgres
    python3 tests/bench/report_bench.py --orders 100000 [--days 90] [--runs 5]

It creates a scratch database, migrates it with orderctl, and fills it in
set-based SQL (generate_series): N orders spread evenly over --days days
in 4 channels and 2 currencies, 2 lines each over 2,000 SKUs, 2 %
rejected, 1 % urgent; in the last 7 days 8 % held (half of them for
stock) and 1 % pending, before that the held ones approved by a clerk
two hours after intake (the review queue is worked off); an
inventory row per SKU, a reservation per line of the approved orders,
dead letters and ingest runs (some failed) over the same days. Then it
runs the daily report of the busiest day as JSON --runs times (after one
warm-up run), and the weekly report of its week, and prints the times
(wall clock of the whole orderctl process: connect, every statement,
output) and the table sizes. The database is dropped at the end unless
--keep."""
import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
import uuid

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..')


def psql(url, sql):
    return subprocess.run(['psql', '-X', '-q', '-v', 'ON_ERROR_STOP=1', '-tA', '-d', url, '-c', sql],
                          check=True, capture_output=True, text=True).stdout.strip()


def db_url(base, name):
    u = urllib.parse.urlsplit(base)
    return urllib.parse.urlunsplit((u.scheme, u.netloc, '/' + name, u.query, u.fragment))


SEED = """
INSERT INTO orders (channel, external_id, revision, content_hash, status, placed_at, currency,
                    subtotal, shipping, discount, tax, total, priority, audit_outcome, audit,
                    created_at, decided_at, decided_by)
SELECT (ARRAY['shop-tm', 'shop-jd', 'pos-sh', 'intl'])[1 + g %% 4],
       'B' || g, 'r1', md5(g::text), 'paid',
       %(start)s::timestamptz + (g::float8 / %(n)d) * interval '%(days)d days',
       CASE WHEN g %% 4 = 3 THEN 'USD' ELSE 'CNY' END,
       (g %% 500) + 10, 0, 0, 0, (g %% 500) + 10,
       CASE WHEN g %% 100 = 7 THEN 'urgent' ELSE 'normal' END,
       CASE WHEN g %% 100 < 8 AND g > %(recent)d THEN 'held'
            WHEN g %% 100 < 10 AND g %% 100 >= 8 THEN 'rejected'
            WHEN g %% 100 = 10 AND g > %(recent)d THEN 'pending' ELSE 'approved' END,
       CASE WHEN g %% 100 < 4 AND g > %(recent)d THEN jsonb_build_object('outcome', 'held', 'reasons',
                jsonb_build_array(jsonb_build_object('rule', 'stock', 'message', 'short',
                    'evidence', jsonb_build_object('sku', 'K' || (g %% 2000), 'warehouse', 'main',
                                                   'need', 2, 'available', 0))))
            WHEN g %% 100 < 8 AND g > %(recent)d THEN jsonb_build_object('outcome', 'held',
                'reasons',
                jsonb_build_array(jsonb_build_object('rule', 'big', 'message', 'big order')))
            ELSE jsonb_build_object('outcome', 'approved', 'reasons', '[]'::jsonb) END,
       %(start)s::timestamptz + (g::float8 / %(n)d) * interval '%(days)d days',
       %(start)s::timestamptz + (g::float8 / %(n)d) * interval '%(days)d days'
           + CASE WHEN g %% 100 < 8 AND g <= %(recent)d THEN interval '2 hours'
                  ELSE interval '0' END,
       CASE WHEN g %% 100 < 8 AND g <= %(recent)d THEN 'clerk' ELSE 'audit' END
  FROM generate_series(1, %(n)d) AS g;
INSERT INTO order_lines (order_id, line_no, sku, qty, unit_price, total)
SELECT o.id, k, 'K' || ((o.id * 7 + k) %% 2000), 1 + k, 5, 5 * (1 + k)
  FROM orders o, generate_series(1, 2) AS k;
INSERT INTO inventory (sku, warehouse, on_hand)
SELECT 'K' || s, 'main', 500 FROM generate_series(0, 1999) AS s;
INSERT INTO stock_reservations (order_id, sku, warehouse, qty)
SELECT l.order_id, l.sku, 'main', l.qty FROM order_lines l JOIN orders o ON o.id = l.order_id
 WHERE o.audit_outcome = 'approved' AND o.id %% 10 = 0;
INSERT INTO channels (name, kind) VALUES ('shop-tm', 'feed'), ('shop-jd', 'feed'),
       ('pos-sh', 'feed'), ('intl', 'feed');
INSERT INTO ingest_runs (channel, instance, started_at, finished_at, state)
SELECT (ARRAY['shop-tm', 'shop-jd', 'pos-sh', 'intl'])[1 + g %% 4], 'bench',
       %(start)s::timestamptz + g * interval '1 minute',
       %(start)s::timestamptz + g * interval '1 minute' + interval '2 seconds',
       CASE WHEN g %% 97 = 0 THEN 'error' ELSE 'ok' END
  FROM generate_series(0, %(days)d * 1440 - 1) AS g;
INSERT INTO dead_letters (channel, source_ref, reason, raw, raw_sha256, first_seen, state,
                          resolved_at)
SELECT 'pos-sh', 'f' || g, 'bad row', 'x'::bytea, md5(g::text),
       %(start)s::timestamptz + g * interval '1 hour',
       CASE WHEN g %% 3 = 0 THEN 'resolved' ELSE 'open' END,
       CASE WHEN g %% 3 = 0 THEN %(start)s::timestamptz + g * interval '1 hour' + interval '1 day' END
  FROM generate_series(0, %(days)d * 24 - 1) AS g;
ANALYZE;
"""


def timed(cmd):
    env = dict(os.environ)
    env.pop('ORDERD_DATABASE_URL', None)  # it would override the scratch database's URL
    t0 = time.monotonic()
    out = subprocess.run(cmd, capture_output=True, text=True, env=env)
    secs = time.monotonic() - t0
    if out.returncode != 0:
        sys.exit('%s failed:\n%s' % (' '.join(cmd), out.stderr))
    return secs, out.stdout


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--orders', type=int, default=100000)
    ap.add_argument('--days', type=int, default=90)
    ap.add_argument('--runs', type=int, default=5)
    ap.add_argument('--bin-dir', default=os.path.join(ROOT, 'build', 'cmd'))
    ap.add_argument('--keep', action='store_true', help='keep the scratch database')
    args = ap.parse_args()
    base = os.environ.get('ORDERD_DATABASE_URL')
    if not base:
        sys.exit('ORDERD_DATABASE_URL is not set: . scripts/common.sh && start_postgres')
    name = 'report_bench_%s' % uuid.uuid4().hex[:8]
    psql(base, 'CREATE DATABASE %s' % name)
    url = db_url(base, name)
    tmp = tempfile.mkdtemp(prefix='report-bench-')
    try:
        os.makedirs(os.path.join(tmp, 'channels.d'))
        config = os.path.join(tmp, 'orderd.yaml')
        with open(config, 'w') as f:
            f.write('database:\n  url: "%s"\nchannels_dir: channels.d\n'
                    'reports:\n  timezone: Asia/Shanghai\n' % url)
        orderctl = [os.path.join(args.bin_dir, 'orderctl'), '--config', config]
        env_free = dict(os.environ)
        env_free.pop('ORDERD_DATABASE_URL', None)
        subprocess.run(orderctl + ['migrate'], check=True, capture_output=True, env=env_free)
        start = "'2026-08-01T00:00:00+08:00'"
        t0 = time.monotonic()
        recent = args.orders - args.orders * 7 // args.days  # the last 7 days
        psql(url, SEED % {'n': args.orders, 'days': args.days, 'start': start,
                          'recent': recent})
        seed = time.monotonic() - t0
        day = psql(url, "SELECT to_char(placed_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD')"
                        " FROM orders GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1")
        week = psql(url, "SELECT to_char('%s'::date, 'IYYY-\"W\"IW')" % day)
        sizes = psql(url, "SELECT string_agg(relname || ' ' || n_live_tup, ', ' ORDER BY relname)"
                          " FROM pg_stat_user_tables WHERE relname IN ('orders', 'order_lines',"
                          " 'stock_reservations', 'inventory', 'ingest_runs', 'dead_letters')")
        print('seeded %d orders over %d days in %.1f s: %s' % (args.orders, args.days, seed, sizes))
        base_secs = statistics.median(timed(orderctl + ['channels'])[0] for _ in range(3))
        print('orderctl channels (start, config, connect; no report): median %.3f s' % base_secs)
        daily = orderctl + ['report', 'daily', '--date', day, '--format', 'json']
        timed(daily)  # warm-up: caches, plans
        times = [timed(daily)[0] for _ in range(args.runs)]
        _, out = timed(daily)
        print('daily report of %s (%d orders that day, %d bytes of JSON): median %.3f s, '
              'min %.3f s, max %.3f s over %d runs'
              % (day, int(psql(url, "SELECT count(*) FROM orders WHERE placed_at >= '%s'::date::"
                                    "timestamp AT TIME ZONE 'Asia/Shanghai' AND placed_at < "
                                    "('%s'::date + 1)::timestamp AT TIME ZONE 'Asia/Shanghai'"
                                    % (day, day))),
                 len(out), statistics.median(times), min(times), max(times), args.runs))
        weekly = orderctl + ['report', 'weekly', '--week', week, '--format', 'json']
        times = [timed(weekly)[0] for _ in range(args.runs)]
        print('weekly report of %s: median %.3f s over %d runs'
              % (week, statistics.median(times), args.runs))
    finally:
        if not args.keep:
            psql(base, 'DROP DATABASE IF EXISTS %s WITH (FORCE)' % name)
        else:
            print('kept database %s' % name)


if __name__ == '__main__':
    main()
