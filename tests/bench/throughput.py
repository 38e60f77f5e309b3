#!/usr/bin/env python3
"""Throughput bench: generated orders through `orderd --once` with the audit
on, beside PostgreSQL's COPY of exactly the same orders and lines into
orderd's own (indexed) tables. Prints figures; it asserts nothing about
time. Run it with scripts/bench, which starts the private PostgreSQL and
builds; by hand:

  . scripts/common.sh && start_postgres
  python3 tests/bench/throughput.py [--orders N] [--format ndjson|csv|xlsx|mail|all]
        [--formats F,F] [--json] [--preload N] [--seed S] [--mails N] [--idle-mails N]
        [--batch N] [--no-rerun] [--profile] [--bin DIR]

For each format, a fresh database is migrated and given the reference data
(`orderctl import`: products, inventory, price lists, customers, blacklist),
config/rules.yaml audits every order, and `orderd --once` runs at log level
info so that its `time by stage: …` line gives the split per stage. Peak
RSS and CPU come from GNU time around orderd, the PostgreSQL CPU from
/proc (the private cluster's processes). The feed formats are
then run a second time over the same orders (a copy of the file under a new
name: every order is unchanged). The mail formats (text body, XLSX
attachment) are delivered to a private Dovecot (tests/integration/
dovecot.py) first; then a daemon with IDLE gives the delivery-to-commit
latency. `--preload N` COPYs N older orders into both databases first, to
see the per-batch cost at a large table size. docs/performance.md."""
import argparse
import hashlib
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.parse
import uuid

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)
import orders_gen  # noqa: E402

FORMATS = ('ndjson', 'csv', 'xlsx', 'mail')
TIME = '/usr/bin/time'  # GNU time (Debian package time)
STAGES = ('read', 'parse', 'audit', 'database')
STAGE_RE = re.compile(r'time by stage: read ([0-9.]+) s, parse ([0-9.]+) s, '
                      r'audit ([0-9.]+) s, database ([0-9.]+) s')


def psql(url, sql, stdin=None):
    r = subprocess.run(['psql', '-X', '-q', '-At', '-v', 'ON_ERROR_STOP=1', '-d', url, '-c', sql],
                       input=stdin, stdout=subprocess.PIPE, stderr=subprocess.PIPE, check=False)
    if r.returncode != 0:
        raise RuntimeError('psql: %s: %s' % (sql[:80], r.stderr.decode(errors='replace')))
    return r.stdout.decode().strip()


class Databases:
    """Scratch databases on the cluster of ORDERD_DATABASE_URL, dropped at
    the end (unless BENCH_KEEP_DB is set)."""

    def __init__(self, base):
        u = urllib.parse.urlsplit(base)
        self.u = u
        self.admin = urllib.parse.urlunsplit((u.scheme, u.netloc, '/postgres', '', ''))
        self.made = []

    def create(self, what):
        name = 'bench_%s_%s' % (what, uuid.uuid4().hex[:8])
        psql(self.admin, 'CREATE DATABASE ' + name)
        self.made.append(name)
        return urllib.parse.urlunsplit((self.u.scheme, self.u.netloc, '/' + name, '', ''))

    def drop_all(self):
        if os.environ.get('BENCH_KEEP_DB'):
            sys.stderr.write('databases kept: %s\n' % ' '.join(self.made))
            return
        for name in self.made:
            subprocess.run(['psql', '-X', '-q', '-d', self.admin, '-c',
                            'DROP DATABASE IF EXISTS %s WITH (FORCE)' % name],
                           capture_output=True, check=False)


def client_backends(pm):
    """The postmaster's children that serve a client (their title names the
    client's address, "postgres: orderd db 127.0.0.1(5432) idle")."""
    n = 0
    for pid in os.listdir('/proc'):
        if not pid.isdigit():
            continue
        try:
            with open('/proc/%s/stat' % pid) as f:
                ppid = int(f.read().rsplit(')', 1)[1].split()[1])
            if ppid != pm:
                continue
            with open('/proc/%s/cmdline' % pid, 'rb') as f:
                title = f.read().decode('utf-8', 'replace')
        except (OSError, ValueError, IndexError):
            continue
        if re.search(r'\(\d+\)', title):
            n += 1
    return n


def pg_cpu():
    """CPU seconds used so far by the private cluster (PGDATA_ORDERD, from
    start_postgres): the postmaster's own and reaped children's times plus
    those of its live children (backends, autovacuum, checkpointer). None
    when the cluster is not local."""
    try:
        with open(os.path.join(os.environ['PGDATA_ORDERD'], 'postmaster.pid')) as f:
            pm = int(f.readline())
    except (KeyError, OSError, ValueError):
        return None
    tick = os.sysconf('SC_CLK_TCK')
    total = 0
    # A backend's time reaches the postmaster's cutime only once it has
    # exited and been reaped, a moment after its client exits: wait (up
    # to 10 s) until no client backend is left, or it is not counted.
    deadline = time.time() + 10
    while client_backends(pm) and time.time() < deadline:
        time.sleep(0.05)
    for pid in os.listdir('/proc'):
        if not pid.isdigit():
            continue
        try:
            with open('/proc/%s/stat' % pid) as f:
                fields = f.read().rsplit(')', 1)[1].split()
        except OSError:
            continue
        # fields[1] is the ppid; [11..14] utime stime cutime cstime
        if int(pid) == pm:
            total += sum(int(x) for x in fields[11:15])
        elif int(fields[1]) == pm:
            total += int(fields[11]) + int(fields[12])
    return total / tick


# ---- COPY ----------------------------------------------------------------

ORDER_COLS = ('id', 'channel', 'external_id', 'revision', 'content_hash', 'status', 'placed_at',
              'currency', 'subtotal', 'shipping', 'discount', 'tax', 'total', 'customer_ref',
              'customer_name', 'customer_phone', 'customer_email', 'ship_name', 'ship_phone',
              'ship_country', 'ship_province', 'ship_city', 'ship_district', 'ship_address',
              'ship_postal_code', 'buyer_note', 'audit_outcome', 'customer_ref_matched',
              'phone_norm', 'sku_multiset', 'approved_at')
LINE_COLS = ('order_id', 'line_no', 'sku', 'title', 'qty', 'unit_price', 'discount', 'total')


def _cell(v):
    if v is None or v == '':
        return '\\N'
    return str(v).replace('\\', '\\\\').replace('\t', '\\t').replace('\n', '\\n').replace(
        '\r', '\\r')


def copy_script(orders, channel, first_id):
    """A psql script that COPYs the orders and their lines (text format),
    every column orderd fills that an index covers, ids from first_id."""
    head = []
    body = []
    lines = []
    for k, o in enumerate(orders):
        oid = first_id + k
        c, st = o['customer'], o['ship_to']
        sub = sum(int(x['total'].replace('.', '')) for x in o['lines'])
        msets = {}
        for ln in o['lines']:
            msets[ln['sku']] = msets.get(ln['sku'], 0) + ln['qty']
        digest = hashlib.sha256(o['external_id'].encode()).hexdigest()
        row = (oid, channel, o['external_id'], digest, digest, o['status'], o['placed_at'],
               o['currency'], orders_gen.money(sub), o['shipping'], o['discount'], o['tax'],
               o['total'], c['ref'], c['name'], c['phone'], c['email'], st['name'], st['phone'],
               st['country'], st['province'], st['city'], st['district'], st['address'],
               st['postal_code'], o['buyer_note'], 'approved', c['ref'], c['phone'],
               ';'.join('%s*%d' % kv for kv in sorted(msets.items())), o['placed_at'])
        body.append('\t'.join(_cell(v) for v in row))
        for ln in o['lines']:
            lines.append('\t'.join(_cell(v) for v in (oid, ln['line_no'], ln['sku'], ln['title'],
                                                       ln['qty'], ln['unit_price'], '0.00',
                                                       ln['total'])))
    head.append('COPY orders (%s) FROM STDIN;' % ', '.join(ORDER_COLS))
    head += body
    head.append('\\.')
    head.append('COPY order_lines (%s) FROM STDIN;' % ', '.join(LINE_COLS))
    head += lines
    head.append('\\.')
    head.append("SELECT setval('orders_id_seq', %d);" % (first_id + len(orders) - 1))
    return ('\n'.join(head) + '\n').encode('utf-8')


def run_copy(url, path):
    """Run the psql script at path in one transaction: (seconds, PostgreSQL
    CPU seconds or None)."""
    cpu0 = pg_cpu()
    t0 = time.monotonic()
    subprocess.run(['psql', '-X', '-q', '-1', '-v', 'ON_ERROR_STOP=1', '-d', url, '-f', path],
                   check=True, stdout=subprocess.DEVNULL)
    took = time.monotonic() - t0
    cpu1 = pg_cpu()
    return took, (round(cpu1 - cpu0, 3) if cpu0 is not None and cpu1 is not None else None)


# ---- orderd --------------------------------------------------------------


def yaml_str(v):
    return json.dumps(v, ensure_ascii=False)


class Setup:
    """One database, one config directory, one channel."""

    def __init__(self, args, dbs, tmp, fmt):
        self.args = args
        self.dir = os.path.join(tmp, fmt)
        self.etc = os.path.join(self.dir, 'etc')
        os.makedirs(os.path.join(self.etc, 'channels.d'))
        self.url = dbs.create(fmt)
        self.cfg = os.path.join(self.etc, 'orderd.yaml')
        self.channel = 'bench-' + fmt
        with open(self.cfg, 'w') as f:
            f.write('database:\n  url: %s\nlog:\n  level: info\nrules: %s\n' % (
                yaml_str(self.url), yaml_str(os.path.join(ROOT, 'config', 'rules.yaml'))))
            if args.batch:
                f.write('ingest:\n  batch_size: %d\n' % args.batch)
        self.env = dict(os.environ)
        self.env.pop('ORDERD_DATABASE_URL', None)  # it would override database.url
        self.orderctl('migrate')

    def orderctl(self, *argv):
        subprocess.run([os.path.join(self.args.bin, 'orderctl'), '--config', self.cfg] + list(argv),
                       check=True, capture_output=True, env=self.env)

    def channel_file(self, text):
        with open(os.path.join(self.etc, 'channels.d', self.channel + '.yaml'), 'w') as f:
            f.write('name: %s\n%s' % (self.channel, text))

    def import_reference(self, gen):
        for kind, text in gen.reference_csv().items():
            path = os.path.join(self.dir, kind + '.csv')
            with open(path, 'w') as f:
                f.write(text)
            self.orderctl('import', kind, path)

    def count(self, what='orders', where=''):
        return int(psql(self.url, 'SELECT count(*) FROM %s WHERE channel = \'%s\'%s'
                        % (what, self.channel, where)))

    def batches(self):
        """Batches committed so far on the channel (ingest_runs)."""
        return int(psql(self.url, "SELECT coalesce(sum(batches), 0) FROM ingest_runs WHERE "
                        "channel = '%s'" % self.channel))

    def outcomes(self):
        out = psql(self.url, "SELECT audit_outcome || ' ' || count(*) FROM orders WHERE channel = "
                   "'%s' GROUP BY audit_outcome ORDER BY 1" % self.channel)
        return {k: int(v) for k, v in (x.split() for x in out.splitlines())}

    def rules_fired(self):
        out = psql(self.url, "SELECT r->>'rule' || ' ' || count(DISTINCT o.id) FROM orders o, "
                   "jsonb_array_elements(o.audit->'reasons') r WHERE channel = '%s' "
                   "GROUP BY r->>'rule' ORDER BY 1" % self.channel)
        return {k: int(v) for k, v in (x.split() for x in out.splitlines())}

    def start(self, argv, log, usage=None, perf=None):
        """orderd with argv; with usage (a path), under GNU time, which
        writes orderd's peak RSS and CPU there. (wait4() of a child forked
        from this Python process would report this process's RSS as the
        child's peak: Linux keeps the largest RSS across exec.)"""
        cpu0 = pg_cpu()
        cmd = [os.path.join(self.args.bin, 'orderd'), '--config', self.cfg] + argv
        if usage:
            cmd = [TIME, '-f', '%M %U %S', '-o', usage] + cmd
        if perf:
            cmd = ['perf', 'record', '-q', '-F', '199', '--call-graph', 'dwarf,16384', '-o', perf,
                   '--'] + cmd
        p = subprocess.Popen(cmd, stdout=log, stderr=log, env=self.env)
        p.pg_cpu0 = cpu0
        return p

    def finish(self, p, log_path, t0, usage=None):
        """Wait for orderd p (started at t0): its figures."""
        p.wait()
        wall = time.monotonic() - t0
        cpu1 = pg_cpu()
        with open(log_path, errors='replace') as f:
            log = f.read()
        m = STAGE_RE.search(log)
        res = {'exit': p.returncode, 'wall_s': round(wall, 3),
               'postgres_cpu_s': (round(cpu1 - p.pg_cpu0, 3)
                                  if cpu1 is not None and p.pg_cpu0 is not None else None),
               'stages_s': dict(zip(STAGES, (float(x) for x in m.groups()))) if m else None}
        if usage:
            with open(usage) as f:
                rss_kib, user, system = f.read().split()[-3:]
            res.update({'user_s': float(user), 'sys_s': float(system),
                        'cpu_s': round(float(user) + float(system), 3),
                        'peak_rss_mib': round(int(rss_kib) / 1024, 1)})
        if p.returncode != 0:
            res['log_tail'] = log[-2000:]
        return res

    def once(self, tag, profile=False):
        """orderd --once; with profile, under perf record (sampling at
        499 Hz: it costs orderd a little CPU; its RSS is not counted)."""
        log_path = os.path.join(self.dir, 'orderd-%s.log' % tag)
        usage = os.path.join(self.dir, 'usage-%s.txt' % tag)
        before = self.batches()
        with open(log_path, 'w') as log:
            t0 = time.monotonic()
            data = os.path.join(self.dir, 'perf-%s.data' % tag) if profile else None
            p = self.start(['--once'], log, usage, data)
            res = self.finish(p, log_path, t0, usage)
            if data:
                res['profile'] = perf_top(data)
        # the database stage per batch, to compare at other table sizes
        res['batches'] = self.batches() - before
        if res['batches'] and res['stages_s']:
            res['database_ms_per_batch'] = round(res['stages_s']['database'] * 1000 /
                                                 res['batches'], 1)
        return res


def perf_report(data, sort, children=False):
    """perf report of a perf.data file by `sort` (self time, or with
    children the time in a function and what it calls): a list of
    (percent, the sort keys' text)."""
    r = subprocess.run(['perf', 'report', '-i', data, '--stdio',
                        '--children' if children else '--no-children', '-g', 'none',
                        '--sort', sort, '--percent-limit', '0.5'],
                       stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, check=False)
    out = []
    for line in r.stdout.splitlines():
        m = re.match(r'\s*([0-9.]+)%\s+(.*)', line)
        if m and not line.lstrip().startswith('#'):
            text = m.group(2)
            if children:  # the self column follows
                text = text.split('%', 1)[1]
            out.append((float(m.group(1)), re.sub(r'(\s+-)+\s*$', '', text).strip()))
    return out


def perf_top(data, limit=15):
    """Self time by library and the hottest functions (percent)."""
    top = []
    for pct, text in perf_report(data, 'dso,symbol')[:limit]:
        m = re.match(r'(\S+)\s+\[.\]\s+(.*)', text)
        if m:
            top.append({'pct': pct, 'dso': m.group(1), 'symbol': m.group(2)})
    inclusive = []
    for pct, text in perf_report(data, 'dso,symbol', children=True):
        m = re.match(r'orderd\s+\[.\]\s+(.*)', text)
        if m and m.group(1) not in ('main', '_start') and len(inclusive) < limit:
            inclusive.append({'pct': pct, 'symbol': m.group(1)})
    return {'by_library': [{'pct': pct, 'dso': text} for pct, text in perf_report(data, 'dso')],
            'functions': top, 'orderd_inclusive': inclusive}


def progress(what, figures):
    """One line on stderr as each step ends, so that a long run shows its
    figures before its summary."""
    sys.stderr.write('bench: %s %s\n' % (what, json.dumps(figures, ensure_ascii=False)))
    sys.stderr.flush()


def rate(n, secs):
    return round(n / secs, 1) if secs > 0 else None


def preload_file(gen, n, tmp):
    """A psql script that COPYs n older orders of channel 'preload' with
    1-5 lines each (ids 1..n), written as a stream: orders placed in 2025,
    so the duplicate rule's window does not reach them, but with the
    customers' phones and refs, so the indexes the audit reads are as full
    as in a shop that has stored n orders."""
    if not n:
        return None
    path = os.path.join(tmp, 'preload.sql')
    cust = gen.customers
    prods = gen.products
    with open(path, 'w', encoding='utf-8') as f:
        f.write('COPY orders (%s) FROM STDIN;\n' % ', '.join(ORDER_COLS))
        for i in range(1, n + 1):
            ref, name, phone, email = cust[i * 7 % len(cust)][:4]
            nl = i % 5 + 1
            skus = [prods[(i * 31 + k * 17) % len(prods)][0] for k in range(nl)]
            at = '2025-%02d-%02d %02d:%02d:00+08' % (i % 12 + 1, i % 28 + 1, i % 24, i % 60)
            f.write('%d\tpreload\tPL-%08d\tr%d\th%d\tcompleted\t%s\tCNY\t%d.00\t0.00\t0.00\t'
                    '0.00\t%d.00\t%s\t%s\t%s\t%s\t%s\t%s\tCN\t上海市\t上海市\t浦东新区\t'
                    '张江路%d号\t200120\t\\N\tapproved\t%s\t%s\t%s\t%s\n'
                    % (i, i, i, i, at, nl * 10, nl * 10, ref, name, phone, email, name, phone,
                       i % 999 + 1, ref, phone, ';'.join('%s*1' % x for x in sorted(skus)), at))
        f.write('\\.\nCOPY order_lines (%s) FROM STDIN;\n' % ', '.join(LINE_COLS))
        for i in range(1, n + 1):
            for k in range(i % 5 + 1):
                sku, title, _ = prods[(i * 31 + k * 17) % len(prods)]
                f.write('%d\t%d\t%s\t%s\t1\t10.00\t0.00\t10.00\n' % (i, k + 1, sku, title))
        f.write("\\.\nSELECT setval('orders_id_seq', %d);\n" % n)
    return path


def preload(url, path):
    """Run the preload script (None: no preload): seconds, or None."""
    return round(run_copy(url, path)[0], 3) if path else None


def feed_run(args, dbs, tmp, fmt, gen, orders):
    s = Setup(args, dbs, tmp, fmt)
    s.import_reference(gen)
    pre = preload(s.url, args.preload_path)
    drop = os.path.join(s.dir, 'drop')
    os.makedirs(drop)
    data = orders_gen.ndjson(orders) if fmt == 'ndjson' else orders_gen.csv_gb18030(orders)
    limit = max(256, len(data) // 1048576 + 16)
    text = ('kind: feed\nfeed:\n  dir: %s\n  format: %s\n  settle: 0s\n  currency: CNY\n'
            '  timezone: Asia/Shanghai\n  max_file_size: %dMiB\n' % (yaml_str(drop), fmt, limit))
    if fmt == 'csv':
        text += '  encoding: gb18030\n  columns:\n'
        text += ''.join('    %s: %s\n' % (path, yaml_str(h)) for h, path in orders_gen.COLUMNS)
        text += '  status_map:\n' + ''.join('    %s: %s\n' % (yaml_str(k), v)
                                             for k, v in orders_gen.STATUS_MAP.items())
    s.channel_file(text)
    name = 'orders.' + fmt
    with open(os.path.join(drop, name), 'wb') as f:
        f.write(data)
    first = s.once('first', args.profile)
    stored = s.count()
    progress(fmt + ' first run', dict(first, stored=stored))
    res = {'orders': len(orders), 'lines': sum(len(o['lines']) for o in orders),
           'bytes': len(data), 'preload_copy_s': pre,
           'first': first, 'stored': stored, 'dead_letters': s.count('dead_letters'),
           'outcomes': s.outcomes(), 'rules_fired': s.rules_fired()}
    first['orders_per_s'] = rate(stored, first['wall_s'])
    if args.no_rerun:
        res['rerun'] = None
        return res
    # the same orders again under another name: read, every order unchanged
    with open(os.path.join(drop, 'rerun.' + fmt), 'wb') as f:
        f.write(data)
    again = s.once('rerun')
    again['orders_per_s'] = rate(len(orders), again['wall_s'])
    again['stored_after'] = s.count()
    progress(fmt + ' rerun', again)
    res['rerun'] = again
    return res


def mail_run(args, dbs, tmp, fmt, gen, orders):
    sys.path.insert(0, os.path.join(ROOT, 'tests', 'integration'))
    from dovecot import PASSWORD, USER, Dovecot
    from harness import private
    s = Setup(args, dbs, tmp, fmt)
    s.import_reference(gen)
    pre = preload(s.url, args.preload_path)
    orders = orders[:args.mails]
    make = orders_gen.xlsx_mail if fmt == 'xlsx' else orders_gen.text_mail
    mails = [make(o, i) for i, o in enumerate(orders)]
    dc = Dovecot(s.dir).start()
    try:
        with open(os.path.join(s.etc, 'imap-password'), 'w', opener=private) as f:
            f.write(PASSWORD + '\n')
        text = ('kind: imap\npoll_interval: 10m\nimap:\n  host: 127.0.0.1\n  port: %d\n'
                '  security: none\n  user: %s\n  password: {file: ../imap-password}\n'
                '  idle: true\n  customer_from_sender: true\n  extract:\n'
                '    timezone: Asia/Shanghai\n    currency: CNY\n    default_status: paid\n'
                % (dc.port, USER))
        if fmt == 'xlsx':
            text += '    columns:\n' + ''.join('      %s: %s\n' % (path, yaml_str(h))
                                               for h, path in orders_gen.COLUMNS)
            text += '    status_map:\n' + ''.join('      %s: %s\n' % (yaml_str(k), v)
                                                  for k, v in orders_gen.STATUS_MAP.items())
        s.channel_file(text)
        t0 = time.monotonic()
        dc.append(mails)
        append_s = time.monotonic() - t0
        first = s.once('first', args.profile)
        stored = s.count()
        first['mails_per_s'] = rate(len(mails), first['wall_s'])
        first['orders_per_s'] = rate(stored, first['wall_s'])
        progress(fmt + ' first run', dict(first, stored=stored))
        res = {'mails': len(mails), 'orders': len(orders), 'bytes': sum(len(m) for m in mails),
               'append_s': round(append_s, 3),
               'preload_copy_s': pre, 'first': first,
               'stored': stored, 'dead_letters': s.count('dead_letters'),
               'outcomes': s.outcomes(), 'rules_fired': s.rules_fired()}
        res['idle'] = idle_latency(s, dc, gen, fmt, make, args.idle_mails)
        return res
    finally:
        dc.stop()


def idle_latency(s, dc, gen, fmt, make, n):
    """Daemon with IDLE: seconds from each APPEND's reply to its order
    being committed (found by polling the database every 20 ms)."""
    if n <= 0:
        return None
    log_path = os.path.join(s.dir, 'orderd-daemon.log')
    lat = []
    committed = 0
    with open(log_path, 'w') as log:
        t0 = time.monotonic()
        p = s.start([], log)
        try:
            time.sleep(2)  # connected and idling
            for k in range(n):
                o = gen.order(900000 + k, 'IDLE')
                dc.append([make(o, 900000 + k)])
                t = time.monotonic()
                while time.monotonic() - t < 20:
                    if s.count(where=" AND external_id = '%s'" % o['external_id']):
                        committed += 1
                        break
                    time.sleep(0.02)
                lat.append(round(time.monotonic() - t, 3))
                time.sleep(0.3)
        finally:
            p.terminate()
        res = s.finish(p, log_path, t0)
    lat.sort()
    return {'mails': n, 'committed': committed, 'latency_s': lat, 'median_s': lat[len(lat) // 2],
            'max_s': lat[-1], 'daemon_exit': res['exit']}


def machine(url):
    mem = 0
    with open('/proc/meminfo') as f:
        for line in f:
            if line.startswith('MemTotal:'):
                mem = int(line.split()[1]) // 1024
    with open('/proc/loadavg') as f:
        load = float(f.read().split()[0])
    return {'nproc': os.cpu_count(), 'mem_mib': mem,
            'postgresql': psql(url, 'SHOW server_version'), 'fsync': psql(url, 'SHOW fsync'),
            'loadavg_1min_before': load}


def table(out):
    m = out['machine']
    print('orderd throughput bench: %d orders (seed %d), preload %d; %d cores, %d MiB, '
          'PostgreSQL %s, fsync=%s, load %.2f before / %.2f after'
          % (out['orders'], out['seed'], out['preload'], m['nproc'], m['mem_mib'],
             m['postgresql'], m['fsync'], m['loadavg_1min_before'], m['loadavg_1min_after']))
    c = out['copy']
    print('COPY ceiling: %d orders + %d lines in %.2f s = %.0f orders/s (PostgreSQL CPU %s s)'
          % (c['orders'], c['lines'], c['seconds'], c['orders_per_s'], c['postgres_cpu_s']))
    print()
    hdr = ('format', 'orders', 'stored', 'orders/s', 'x COPY', 'CPU s', 'PG CPU', 'x COPY',
           'RSS MiB', 'read', 'parse', 'audit', 'db', 'rerun/s')
    print('%-7s %8s %8s %9s %7s %7s %7s %7s %8s %7s %7s %7s %7s %9s' % hdr)
    for fmt, r in out['runs'].items():
        f = r['first']
        st = f['stages_s'] or dict.fromkeys(STAGES, float('nan'))
        rr = r.get('rerun')
        print('%-7s %8d %8d %9.0f %7.3f %7.2f %7.2f %7.3f %8.1f %7.2f %7.2f %7.2f %7.2f %9s'
              % (fmt, r['orders'], r['stored'], f['orders_per_s'] or 0, r['ratio_to_copy'] or 0,
                 f['cpu_s'], f['postgres_cpu_s'] or 0, r['cpu_ratio_to_copy'] or 0,
                 f['peak_rss_mib'], st['read'], st['parse'], st['audit'],
                 st['database'], '%.0f' % rr['orders_per_s'] if rr else '-'))
    print('(x COPY: orders/s over the COPY\'s; then orderd + PostgreSQL CPU per order over the '
          'COPY\'s PostgreSQL CPU per order)')
    print()
    for fmt, r in out['runs'].items():
        f = r['first']
        extra = ''
        if 'mails_per_s' in f:
            extra = ', %.0f mails/s' % f['mails_per_s']
            if r.get('idle'):
                extra += ', IDLE delivery to commit median %.2f s, max %.2f s' % (
                    r['idle']['median_s'], r['idle']['max_s'])
        print('%s: wall %.2f s, user %.2f s, sys %.2f s, PostgreSQL CPU %s s, %d batches, database '
              '%s ms per batch%s; dead letters %d; outcomes %s; rules %s'
              % (fmt, f['wall_s'], f['user_s'], f['sys_s'], f['postgres_cpu_s'], f['batches'],
                 f.get('database_ms_per_batch'), extra, r['dead_letters'], r['outcomes'],
                 r['rules_fired']))
        prof = f.get('profile')
        if prof:
            print('  perf, self time by library: ' + ', '.join(
                '%s %.1f %%' % (p['dso'], p['pct']) for p in prof['by_library']))
            for p in prof['functions']:
                print('  %5.1f %%  %-22s %s' % (p['pct'], p['dso'], p['symbol']))
            print('  perf, orderd functions with what they call: ' + ', '.join(
                '%s %.1f %%' % (p['symbol'], p['pct']) for p in prof['orderd_inclusive']))
        if f['exit'] != 0:
            print('  orderd exited %d:\n%s' % (f['exit'], f.get('log_tail', '')))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--orders', type=int, default=20000)
    ap.add_argument('--format', default='ndjson', choices=FORMATS + ('all',))
    ap.add_argument('--formats', help='comma-separated list instead of --format')
    ap.add_argument('--json', action='store_true', help='one JSON object with every figure')
    ap.add_argument('--preload', type=int, default=0, help='orders COPYed in before the run')
    ap.add_argument('--seed', type=int, default=1)
    ap.add_argument('--mails', type=int, default=5000, help='at most this many mails (mail, xlsx)')
    ap.add_argument('--idle-mails', type=int, default=10, help='mails for the IDLE latency')
    ap.add_argument('--batch', type=int, default=0, help='ingest.batch_size (default: orderd\'s)')
    ap.add_argument('--copy-only', action='store_true', help='measure the COPY ceiling only')
    ap.add_argument('--no-rerun', action='store_true', help='skip the second run (feed formats)')
    ap.add_argument('--profile', action='store_true',
                    help='perf record the first run of each format; print its hottest symbols')
    ap.add_argument('--bin', default=os.path.join(ROOT, 'build', 'cmd'))
    args = ap.parse_args()
    formats = (args.formats.split(',') if args.formats else
               list(FORMATS) if args.format == 'all' else [args.format])
    if args.copy_only:
        formats = []
    for f in formats:
        if f not in FORMATS:
            ap.error('unknown format %r' % f)
    if not os.access(TIME, os.X_OK):
        sys.exit('%s not found (Debian package time; scripts/bench installs it)' % TIME)
    if args.profile and not shutil.which('perf'):
        sys.exit('--profile needs perf (Debian package linux-perf)')
    # SIGTERM: clean up (Dovecot, databases, files) as for Ctrl-C
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    base = os.environ.get('ORDERD_DATABASE_URL')
    if not base:
        sys.exit('ORDERD_DATABASE_URL is not set (scripts/bench sets it; or '
                 '. scripts/common.sh; start_postgres)')
    dbs = Databases(base)
    tmp = tempfile.mkdtemp(prefix='orderd-bench-')
    os.chmod(tmp, 0o755)
    try:
        gen = orders_gen.Generator(args.seed)
        orders = gen.orders(args.orders)
        out = {'orders': args.orders, 'seed': args.seed, 'preload': args.preload,
               'machine': machine(base)}
        # the ceiling: the same orders and lines, COPYed into a migrated database
        args.preload_path = preload_file(gen, args.preload, tmp)
        ceil = Setup(args, dbs, tmp, 'copy')
        pre = preload(ceil.url, args.preload_path)
        path = os.path.join(tmp, 'copy.sql')
        with open(path, 'wb') as f:
            f.write(copy_script(orders, 'bench-copy', args.preload + 1))
        secs, pgcpu = run_copy(ceil.url, path)
        out['copy'] = {'orders': len(orders), 'lines': sum(len(o['lines']) for o in orders),
                       'seconds': round(secs, 3), 'orders_per_s': rate(len(orders), secs),
                       'postgres_cpu_s': pgcpu,
                       'preload_copy_s': pre}
        progress('COPY', out['copy'])
        out['runs'] = {}
        for fmt in formats:
            run = feed_run if fmt in ('ndjson', 'csv') else mail_run
            r = run(args, dbs, tmp, fmt, gen, orders)
            ops = r['first']['orders_per_s']
            r['ratio_to_copy'] = round(ops / out['copy']['orders_per_s'], 4) if ops else None
            # the same ratio in CPU time (orderd's and PostgreSQL's against
            # PostgreSQL's for the COPY): less sensitive to a busy machine
            f, c = r['first'], out['copy']
            r['cpu_ratio_to_copy'] = (round(c['postgres_cpu_s'] / len(orders) * r['stored'] /
                                            (f['cpu_s'] + f['postgres_cpu_s']), 4)
                                      if f['postgres_cpu_s'] and c['postgres_cpu_s'] else None)
            out['runs'][fmt] = r
        with open('/proc/loadavg') as f:
            out['machine']['loadavg_1min_after'] = float(f.read().split()[0])
        if args.json:
            print(json.dumps(out, ensure_ascii=False, indent=1))
        else:
            table(out)
        bad = [f for f, r in out['runs'].items() if r['first']['exit'] != 0]
        return 1 if bad else 0
    finally:
        if not os.environ.get('BENCH_KEEP_DB'):
            shutil.rmtree(tmp, ignore_errors=True)
        dbs.drop_all()


if __name__ == '__main__':
    sys.exit(main())
