"""orderd as a long-running daemon against the real PostgreSQL: files
dropped while it runs, signals (stop, reload), two instances on one
database, `--once`/`--check` exit codes and a lost database connection.

Also home of what test_crash.py shares: DaemonCase (every orderd started
is checked for sanitizer reports) and Feed (a deterministic generated feed
that knows what the database must hold after any committed prefix)."""
import json
import os
import random
import signal
import socket
import time

from harness import OrderdCase

HEADER = ('external_id,placed_at,updated_at,status,customer.name,ship_to.phone,'
          'lines.sku,lines.qty,lines.unit_price,shipping,total,buyer_note\n')

SANITIZER_MARKERS = ('ERROR: AddressSanitizer', 'ERROR: LeakSanitizer', 'runtime error:')


def row(ext, sku, qty, price, shipping='0.00', total='', note='', status='paid',
        updated='', placed='2026-11-20 09:30:00', name='Ann'):
    return '%s,%s,%s,%s,%s,+8613800138000,%s,%s,%s,%s,%s,%s\n' % (
        ext, placed, updated, status, name, sku, qty, price, shipping, total, note)


def money(cents):
    return '%d.%02d' % divmod(cents, 100)


# ---- a generated feed and its expected database state ---------------------

class Unit:
    """One unit of a feed file as the feed connector cuts it: one order
    (all its rows, contiguous) or one dead letter."""
    __slots__ = ('ext', 'rows', 'good', 'source_ref', 'expect')

    def __init__(self, ext, rows, good, expect=None):
        self.ext = ext            # external_id as written ('' when missing)
        self.rows = rows          # CSV rows (strings)
        self.good = good          # an order (True) or a dead letter (False)
        self.source_ref = None    # "file:line[,line...]", set when laid out
        self.expect = expect      # good: (line count, total, line signature)


class Feed:
    """Deterministic CSV files (fixed seed). Orders have 1-4 lines; a share
    of each later file revises orders of earlier files with changed lines
    (the later copy must win), re-sends identical copies (no-ops) or carries
    bad rows (dead letters), some of them bad copies of earlier good orders
    (which must keep their good version)."""

    def __init__(self, seed, n_files, per_file, revise=0.0, resend=0.0, bad=0.0,
                 name='feed-%02d.csv', id_prefix='O'):
        # per_file: units of every file, or a list of the units of each.
        sizes = per_file if isinstance(per_file, list) else [per_file] * n_files
        rnd = random.Random(seed)
        self.files = []  # [(file name, [Unit])], in name (= processing) order
        latest = {}      # ext -> rows of its latest good copy so far
        known = []       # exts that have a good copy in an earlier file
        known_s = set()
        serial = 0
        for f in range(n_files):
            fname = name % (f + 1)
            units, used = [], set()
            for _ in range(sizes[f]):
                r = rnd.random()
                earlier = [e for e in (rnd.choice(known) for _ in range(8) if known)
                           if e not in used]
                if r < bad:
                    serial += 1
                    u = self._bad(rnd, id_prefix + 'B%06d' % serial,
                                  earlier[0] if earlier and rnd.random() < 0.3 else None)
                elif r < bad + revise and earlier:
                    u = self._good(rnd, earlier[0])
                elif r < bad + revise + resend and earlier:
                    u = Unit(earlier[0], list(latest[earlier[0]]), True)
                else:
                    serial += 1
                    u = self._good(rnd, id_prefix + '%06d' % serial)
                if u.ext:
                    used.add(u.ext)
                if u.good:
                    latest[u.ext] = u.rows
                units.append(u)
            line = 2  # line 1 is the header
            for u in units:
                u.source_ref = '%s:%s' % (fname, ','.join(str(line + i) for i in range(len(u.rows))))
                line += len(u.rows)
                if u.good:
                    u.expect = self._expect(u.rows)
            for u in units:
                if u.good and u.ext not in known_s:
                    known.append(u.ext)
                    known_s.add(u.ext)
            self.files.append((fname, units))
        self.index = {n: i for i, (n, _) in enumerate(self.files)}

    @staticmethod
    def _lines(rnd):
        return [('SKU-%d' % rnd.randint(1, 300), rnd.randint(1, 9), rnd.randint(1, 99999))
                for _ in range(rnd.randint(1, 4))]

    def _good(self, rnd, ext):
        shipping = rnd.choice([0, 500, 1000, 1250])
        status = rnd.choice(['paid', 'paid', 'shipped', 'pending_payment'])
        return Unit(ext, [row(ext, sku, q, money(p), money(shipping), status=status)
                          for sku, q, p in self._lines(rnd)], True)

    def _bad(self, rnd, ext, earlier_ext):
        ext = earlier_ext or ext
        lines = self._lines(rnd)
        kind = rnd.choice(['price', 'qty', 'noid', 'date', 'oneline'])
        rows = [row(ext, sku, q, money(p)) for sku, q, p in lines]
        if kind == 'price':
            rows = [row(ext, lines[0][0], 1, '1.2.3')]
        elif kind == 'qty':
            rows = [row(ext, lines[0][0], 0, '3.00')]
        elif kind == 'noid':
            ext = ''
            rows = [row('', lines[0][0], 1, '3.00')]
        elif kind == 'date':
            rows = [row(ext, lines[0][0], 1, '3.00', placed='2026-02-30 10:00:00')]
        else:  # one bad line among good ones: the whole order is dead
            rows.append(row(ext, 'SKU-X', 'x', '1.00'))
        return Unit(ext, rows, False)

    @staticmethod
    def _expect(rows):
        lines, total, shipping = [], 0, 0
        for r in rows:
            f = r.rstrip('\n').split(',')
            sku, qty, price = f[6], int(f[7]), int(f[8].replace('.', ''))
            shipping = int(f[9].replace('.', ''))
            lines.append('%s:%d:%s' % (sku, qty, money(price)))
            total += qty * price
        return (len(rows), money(total + shipping), ' '.join(lines))

    def text(self, i):
        return HEADER + ''.join(''.join(u.rows) for u in self.files[i][1])

    def drop_all(self, case, channel):
        for i, (n, _) in enumerate(self.files):
            case.drop(channel, n, self.text(i))

    @property
    def n_units(self):
        return sum(len(u) for _, u in self.files)

    def state(self, n_files, n_units=0):
        """What the database holds once files [0, n_files) and the first
        n_units units of file n_files are committed: orders (ext ->
        expectation), dead letters (source_ref -> external_id or None) and
        the ingest counters (new, updated, unchanged, dead)."""
        orders, dead, counts = {}, {}, [0, 0, 0, 0]
        for i, (_, units) in enumerate(self.files[:n_files + 1]):
            for u in units[:n_units] if i == n_files else units:
                if not u.good:
                    dead[u.source_ref] = u.ext or None
                    counts[3] += 1
                elif u.ext not in orders:
                    counts[0] += 1
                elif orders[u.ext] != u.expect:
                    counts[1] += 1
                else:
                    counts[2] += 1
                if u.good:
                    orders[u.ext] = u.expect
        return orders, dead, counts

    def final(self):
        return self.state(len(self.files))

    def versions(self):
        """ext -> [(file index, expectation)] of each of its good copies."""
        if not hasattr(self, '_versions'):
            self._versions = {}
            for i, (_, units) in enumerate(self.files):
                for u in units:
                    if u.good:
                        self._versions.setdefault(u.ext, []).append((i, u.expect))
        return self._versions


ORDERS_SQL = ("SELECT o.external_id, count(l.line_no), o.total::text,"
              " coalesce(string_agg(l.sku || ':' || l.qty || ':' || l.unit_price::text, ' '"
              "                     ORDER BY l.line_no), '')"
              " FROM orders o LEFT JOIN order_lines l ON l.order_id = o.id"
              " WHERE o.channel = :'p1' GROUP BY o.id")


class DaemonCase(OrderdCase):
    """OrderdCase whose every orderd/orderctl output is checked for
    AddressSanitizer / UndefinedBehaviorSanitizer reports."""

    def sanitizer_report(self, text):
        for m in SANITIZER_MARKERS:
            i = text.find(m)
            if i >= 0:
                return text[max(0, i - 200):i + 3000]
        return None

    def assert_no_sanitizer(self, text, what):
        rep = self.sanitizer_report(text)
        if rep:
            self.fail('sanitizer report in %s:\n%s' % (what, rep))

    def assert_clean_log(self, p):
        self.assert_no_sanitizer(self.daemon_log(p), 'orderd log %s (pid %d)' % (p.logfile, p.pid))

    def run_prog(self, prog, *args, **kw):
        out = super().run_prog(prog, *args, **kw)
        self.assert_no_sanitizer(out.stdout + out.stderr, '%s %s' % (prog, ' '.join(args)))
        return out

    def tearDown(self):
        reports = []
        try:
            for p in self.procs:
                if p.poll() is None:
                    p.kill()
                    p.wait()
                rep = self.sanitizer_report(self.daemon_log(p))
                if rep:
                    reports.append('%s (pid %d):\n%s' % (p.logfile, p.pid, rep))
        finally:
            super().tearDown()
        if reports:
            self.fail('sanitizer report in orderd logs:\n' + '\n'.join(reports))

    # ---- helpers ----------------------------------------------------------

    def stop_clean(self, p, sig=signal.SIGTERM, timeout=10):
        rc = self.stop(p, sig, timeout=timeout)
        log = self.daemon_log(p)
        self.assertEqual(rc, 0, 'orderd exited %d after %s; log:\n%s' % (rc, sig, log[-3000:]))
        self.assertIn('orderd stopped', log)
        self.assert_clean_log(p)
        return log

    def db_orders(self, channel):
        rows = self.sql(ORDERS_SQL, channel)
        got = {r[0]: (int(r[1]), r[2], r[3]) for r in rows}
        self.assertEqual(len(got), len(rows), 'an external_id stored twice')
        return got

    def db_dead(self, channel):
        rows = self.sql("SELECT source_ref, external_id, seen_count FROM dead_letters"
                        " WHERE channel = :'p1'", channel)
        got = {r[0]: r[1] for r in rows}
        self.assertEqual(len(got), len(rows), 'a source_ref dead-lettered twice: %r' % rows)
        self.assertEqual([r for r in rows if r[2] != '1'], [],
                         'dead letters seen more than once (a committed batch was re-read)')
        return got

    def run_counts(self, channel):
        (r,) = self.sql("SELECT coalesce(sum(new), 0), coalesce(sum(updated), 0),"
                        " coalesce(sum(unchanged), 0), coalesce(sum(dead), 0)"
                        " FROM ingest_runs WHERE channel = :'p1'", channel)
        return [int(x) for x in r]

    def cursor(self, channel):
        rows = self.sql("SELECT cursor::text FROM channel_cursors WHERE channel = :'p1'", channel)
        return json.loads(rows[0][0]) if rows else None

    def check_committed_prefix(self, feed, channel):
        """The database (quiescent) must hold exactly a committed prefix of
        the feed, as far as the channel's cursor says, with every order
        complete; archived files must be fully committed. Returns the
        cursor."""
        cur = self.cursor(channel)
        archived = set(self.archived(channel))
        if cur is None:
            orders, dead, counts = feed.state(0, 0)
            fi = -1
        else:
            fi = feed.index[cur['file']]
            self.assertEqual(cur['units'], len(feed.files[fi][1]), 'units of %s' % cur['file'])
            self.assertEqual(cur['complete'], cur['done'] >= cur['units'])
            orders, dead, counts = feed.state(fi, cur['done'])
        ctx = 'at cursor %r' % (cur,)
        got = self.db_orders(channel)
        missing = sorted(set(orders) - set(got))
        extra = sorted(set(got) - set(orders))
        self.assertEqual((missing[:10], extra[:10]), ([], []),
                         'orders missing / not yet due %s (%d/%d)' % (ctx, len(missing), len(extra)))
        wrong = [(e, got[e], orders[e]) for e in orders if got[e] != orders[e]]
        self.assertEqual(wrong[:5], [], 'orders with wrong content %s (%d)' % (ctx, len(wrong)))
        db_dead = self.db_dead(channel)
        self.assertEqual(db_dead, dead, 'dead letters %s' % ctx)
        self.assertEqual(self.run_counts(channel), counts,
                         'ingest_runs new/updated/unchanged/dead %s' % ctx)
        # The queue: files before the cursor's are archived, later ones are
        # not touched, the cursor's own file only once complete.
        for i, (name, units) in enumerate(feed.files):
            if i < fi:
                self.assertIn(name, archived, 'file before the cursor not archived %s' % ctx)
            elif i > fi:
                self.assertNotIn(name, archived, 'file after the cursor archived %s' % ctx)
            elif i == fi and name in archived:
                self.assertTrue(cur['complete'], '%s archived before it was complete' % name)
        # The invariant as operators see it: every file in .done has all
        # of its orders in the database, in its version or a later one,
        # and all of its dead letters.
        versions = feed.versions()
        for name in archived:
            i = feed.index[name]
            for u in feed.files[i][1]:
                if u.good:
                    self.assertIn(u.ext, got, '%s archived without order %s' % (name, u.ext))
                    self.assertIn(got[u.ext], [e for j, e in versions[u.ext] if j >= i],
                                  '%s archived; order %s has content of no file from it on'
                                  % (name, u.ext))
                else:
                    self.assertIn(u.source_ref, db_dead,
                                  '%s archived without dead letter %s' % (name, u.source_ref))
        return cur

    def check_final(self, feed, channel, n_files=None):
        """The end state once the first n_files files (default: all) were
        dropped and ingested."""
        n_files = len(feed.files) if n_files is None else n_files
        orders, dead, counts = feed.state(n_files)
        self.assertEqual(self.sql("SELECT external_id, count(*) FROM orders WHERE channel = :'p1'"
                                  " GROUP BY external_id HAVING count(*) > 1", channel), [])
        got = self.db_orders(channel)
        self.assertEqual(len(got), len(orders))
        self.assertEqual(sorted(set(orders) ^ set(got))[:10], [])
        wrong = [(e, got[e], orders[e]) for e in orders if got[e] != orders[e]]
        self.assertEqual(wrong[:5], [], '%d orders with wrong content' % len(wrong))
        self.assertEqual(self.db_dead(channel), dead)
        self.assertEqual(self.run_counts(channel), counts)
        # Each order was created once and has one event per applied revision.
        self.assertEqual(self.sql("SELECT count(*) FROM order_events e JOIN orders o"
                                  " ON o.id = e.order_id WHERE o.channel = :'p1'"
                                  " AND e.kind = 'created'", channel), [[str(len(orders))]])
        self.assertEqual(sorted(self.archived(channel)), sorted(n for n, _ in feed.files[:n_files]))
        self.assertEqual(self.pending(channel), [])
        self.assertEqual(self.sql("SELECT count(*) FROM ingest_runs WHERE state = 'running'"), [['0']])

    def all_archived(self, feed, channel):
        return len(self.archived(channel)) == len(feed.files)


# ---- the daemon ------------------------------------------------------------

class DaemonIngest(DaemonCase):
    channels = {'shop': {'currency': 'CNY', 'max_file_size': '4KiB'}}

    def test_daemon_ingests_files_dropped_while_running_and_survives_bad_files(self):
        p = self.start_daemon()
        self.wait_for(lambda: 'started' in self.daemon_log(p), 30, 'orderd to start')
        self.drop('shop', 'a.csv', HEADER + row('D1', 'X', 2, '10.00') + row('D2', 'Y', 1, '7.50'))
        self.wait_for(lambda: self.archived('shop') == ['a.csv'], 30, 'a.csv archived')
        self.assertEqual(sorted(o['external_id'] for o in self.orders()), ['D1', 'D2'])
        # Bad files: binary, every row bad, too big. None stops the daemon.
        blob = b'\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR' + bytes(range(256))
        self.drop('shop', 'b.csv', blob)
        self.drop('shop', 'c.csv', HEADER + row('', 'X', 1, '1.00') + row('D3', 'X', 1, '1.2.3'))
        self.drop('shop', 'd.csv', HEADER + row('D4', 'X', 1, '1.00') * 100)
        self.wait_for(lambda: len(self.archived('shop')) == 4, 30, 'bad files archived')
        self.assertIsNone(p.poll(), 'orderd exited after a bad file')
        self.drop('shop', 'e.csv', HEADER + row('D5', 'Z', 3, '2.00'))
        self.wait_for(lambda: 'e.csv' in self.archived('shop'), 30, 'e.csv after the bad files')
        self.assertEqual(self.archived('shop'), ['a.csv', 'b.csv', 'c.csv', 'd.csv', 'e.csv'])
        got = {o['external_id']: o for o in self.orders()}
        self.assertEqual(sorted(got), ['D1', 'D2', 'D5'])
        self.assertEqual(got['D5']['total'], '6.00')
        dead = self.sql("SELECT source_ref, external_id, reason FROM dead_letters ORDER BY id")
        self.assertEqual([d[:2] for d in dead],
                         [['b.csv', None], ['c.csv:2', None], ['c.csv:3', 'D3'], ['d.csv', None]])
        self.assertIn('binary file', dead[0][2])
        self.assertIn('max_file_size', dead[3][2])
        self.assertIsNone(p.poll())
        self.stop_clean(p)


class DaemonSignals(DaemonCase):
    channels = {'shop': {'currency': 'CNY'}}
    batch_size = 50

    def stop_mid_feed(self, sig, seed):
        feed = Feed(seed, 6, 600, id_prefix='S')
        p = self.start_daemon()
        self.wait_for(lambda: 'started' in self.daemon_log(p), 30, 'orderd to start')
        feed.drop_all(self, 'shop')
        self.wait_for(lambda: int(self.sql("SELECT count(*) FROM orders")[0][0]) > 0, 60,
                      'the first batch')
        t0 = time.time()
        log = self.stop_clean(p, sig, timeout=10)
        self.assertLess(time.time() - t0, 10)
        self.assertIn('received %s' % sig.name, log)
        self.assertTrue(self.pending('shop'),
                        'the whole feed was done before %s: the test did not stop it mid-feed'
                        % sig.name)
        # Nothing half-written: exactly the committed prefix, every order
        # with all of its lines, every file archived fully committed.
        self.check_committed_prefix(feed, 'shop')
        self.assertEqual(self.sql("SELECT count(*) FROM ingest_runs WHERE state = 'running'"),
                         [['0']], 'a stopped orderd left its run open')
        # The next run picks up exactly where it stopped.
        self.once()
        self.check_final(feed, 'shop')

    def test_sigterm_stops_cleanly_between_batches(self):
        self.stop_mid_feed(signal.SIGTERM, 11)

    def test_sigint_stops_cleanly_between_batches(self):
        self.stop_mid_feed(signal.SIGINT, 12)


class DaemonReload(DaemonCase):
    channels = {'a': {'currency': 'CNY'}}

    def ingests(self, channel, name, ext):
        self.drop(channel, name, HEADER + row(ext, 'X', 1, '1.00'))
        self.wait_for(lambda: name in self.archived(channel), 30, '%s/%s ingested' % (channel, name))
        self.assertEqual(self.sql("SELECT channel FROM orders WHERE external_id = :'p1'", ext),
                         [[channel]])

    def test_sighup_with_a_new_channel_polls_it(self):
        p = self.start_daemon()
        self.ingests('a', 'a1.csv', 'A1')
        self.add_channel('b', {'currency': 'EUR'})
        p.send_signal(signal.SIGHUP)
        self.wait_for(lambda: 'configuration reloaded: 2 channels' in self.daemon_log(p), 30,
                      'the reload')
        self.ingests('b', 'b1.csv', 'B1')
        self.ingests('a', 'a2.csv', 'A2')
        self.assertEqual(self.orders('--channel', 'b')[0]['currency'], 'EUR')
        self.assertIsNone(p.poll())
        self.stop_clean(p)

    def test_sighup_with_an_invalid_config_keeps_the_old_one(self):
        p = self.start_daemon()
        self.ingests('a', 'a1.csv', 'A1')
        # A valid new channel b next to an unknown key in a.yaml: the whole
        # new configuration is refused, b included.
        self.add_channel('b', {'currency': 'EUR'})
        path = os.path.join(self.etc, 'channels.d', 'a.yaml')
        with open(path) as f:
            good = f.read()
        with open(path, 'a') as f:
            f.write('  bogus: 1\n')
        line = good.count('\n') + 1
        p.send_signal(signal.SIGHUP)
        self.wait_for(lambda: 'reload refused' in self.daemon_log(p), 30, 'the refusal')
        log = self.daemon_log(p)
        self.assertIn("%s:%d:3: unknown key 'bogus'" % (path, line), log)
        self.assertNotIn('configuration reloaded', log)
        self.assertIsNone(p.poll(), 'orderd exited on an invalid reload')
        self.drop('b', 'b1.csv', HEADER + row('B1', 'X', 1, '1.00'))
        self.ingests('a', 'a2.csv', 'A2')
        self.ingests('a', 'a3.csv', 'A3')
        self.assertEqual(self.pending('b'), ['b1.csv'], 'channel b of the refused config polled')
        # Fixed, the reload goes through and b is polled.
        with open(path, 'w') as f:
            f.write(good)
        p.send_signal(signal.SIGHUP)
        self.wait_for(lambda: 'configuration reloaded: 2 channels' in self.daemon_log(p), 30,
                      'the second reload')
        self.wait_for(lambda: self.archived('b') == ['b1.csv'], 30, 'b1.csv ingested')
        self.assertEqual(len(self.orders()), 4)
        self.stop_clean(p)


class TwoInstances(DaemonCase):
    channels = {'shop': {'currency': 'CNY'}}
    batch_size = 100

    def test_two_daemons_share_a_channel_without_overlap(self):
        feed = Feed(21, 8, 250, id_prefix='T')
        a = self.start_daemon()
        b = self.start_daemon()
        for p in (a, b):
            self.wait_for(lambda: 'started' in self.daemon_log(p), 30, 'orderd to start')
        for i, (name, _) in enumerate(feed.files):
            self.drop('shop', name, feed.text(i))
            time.sleep(0.25)  # pacing the producer, not an assertion
        self.wait_for(lambda: self.all_archived(feed, 'shop'), 120, 'every file archived')
        self.assertIsNone(a.poll())
        self.assertIsNone(b.poll())
        self.stop_clean(a)
        self.stop_clean(b)
        self.check_final(feed, 'shop')
        self.assertEqual(len(feed.final()[0]), 2000)
        self.assertEqual(self.sql("SELECT count(*) FROM dead_letters"), [['0']])
        host = socket.gethostname()
        self.assertEqual({r[0] for r in self.sql("SELECT DISTINCT instance FROM ingest_runs")},
                         {'%s:%d' % (host, a.pid), '%s:%d' % (host, b.pid)},
                         'both instances polled the channel')
        self.assertEqual(self.sql("SELECT count(*) FROM ingest_runs WHERE finished_at IS NULL"
                                  " OR state <> 'ok'"), [['0']])
        overlaps = self.sql(
            "SELECT x.id, x.instance, x.started_at, x.finished_at,"
            "       y.id, y.instance, y.started_at, y.finished_at"
            "  FROM ingest_runs x JOIN ingest_runs y ON x.channel = y.channel"
            "   AND x.instance <> y.instance AND x.id < y.id"
            " WHERE tstzrange(x.started_at, x.finished_at) && tstzrange(y.started_at, y.finished_at)")
        self.assertEqual(overlaps, [], 'two instances ran the channel at the same time')


class OnceAndCheck(DaemonCase):
    channels = {'a': {'currency': 'CNY'}, 'b': {'currency': 'CNY'}}

    def test_once_exits_0_when_every_channel_succeeds(self):
        self.drop('a', 'a.csv', HEADER + row('A1', 'X', 1, '1.00'))
        self.drop('b', 'b.csv', HEADER + row('B1', 'X', 1, '1.00'))
        out = self.once(check=False)
        self.assertEqual(out.returncode, 0, out.stderr)
        self.assertEqual(len(self.orders()), 2)
        self.assertIn('orderd stopped', out.stderr)

    def test_once_exits_1_when_a_channel_fails_and_still_ingests_the_others(self):
        self.drop('a', 'a.csv', HEADER + row('A1', 'X', 1, '1.00'))
        os.rmdir(self.drop_dir('b'))  # configured, valid, gone at run time
        self.assertEqual(self.run_prog('orderd', '--check', check=False).returncode, 0)
        out = self.once(check=False)
        self.assertEqual(out.returncode, 1, out.stderr)
        self.assertIn('cannot read directory %s' % self.drop_dir('b'), out.stderr)
        self.assertEqual([o['external_id'] for o in self.orders()], ['A1'])
        self.assertEqual(self.sql("SELECT channel, state FROM ingest_runs ORDER BY channel"),
                         [['a', 'ok'], ['b', 'error']])
        self.assertEqual(self.sql("SELECT state FROM channels WHERE name = 'b'"), [['error']])
        # A drop dir that is a regular file fails the same way.
        with open(self.drop_dir('b'), 'w') as f:
            f.write('not a directory\n')
        self.assertEqual(self.once(check=False).returncode, 1)
        # Only the healthy channel selected: success.
        self.assertEqual(self.once('--channel', 'a', check=False).returncode, 0)

    def test_once_exits_2_for_an_invalid_config(self):
        with open(self.config, 'a') as f:
            n = sum(1 for _ in open(self.config))
            f.write('bogus: 1\n')
        out = self.once(check=False)
        self.assertEqual(out.returncode, 2, out.stderr)
        self.assertIn("%s:%d:1: unknown key 'bogus'" % (self.config, n + 1), out.stderr)
        self.assertEqual(self.sql("SELECT count(*) FROM ingest_runs"), [['0']])

    def test_check_valid_and_unknown_key(self):
        out = self.run_prog('orderd', '--check', check=False)
        self.assertEqual(out.returncode, 0, out.stderr)
        self.assertIn('is valid: 2 channels (2 enabled)', out.stdout)
        path = os.path.join(self.etc, 'channels.d', 'b.yaml')
        with open(path) as f:
            n = f.read().count('\n')
        with open(path, 'a') as f:
            f.write('  colour: blue\n')
        out = self.run_prog('orderd', '--check', check=False)
        self.assertEqual(out.returncode, 2)
        self.assertIn("%s:%d:3: unknown key 'colour' in feed; allowed: dir," % (path, n + 1),
                      out.stderr)
        self.assertNotIn('is valid', out.stdout)

    def test_unknown_channel_exits_2(self):
        for args in (['--once', '--channel', 'nosuch'], ['--channel', 'nosuch'],
                     ['--check', '--channel', 'nosuch']):
            out = self.run_prog('orderd', *args, check=False)
            self.assertEqual(out.returncode, 2, '%s: %s' % (args, out.stderr))
            self.assertIn("no channel named 'nosuch'", out.stderr)
        self.assertEqual(self.sql("SELECT count(*) FROM ingest_runs"), [['0']])


class LostDatabase(DaemonCase):
    channels = {'shop': {'currency': 'CNY'}}
    batch_size = 50

    def terminate_backends(self):
        return self.sql("SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                        " WHERE datname = current_database() AND pid <> pg_backend_pid()")

    def n_orders(self):
        return int(self.sql("SELECT count(*) FROM orders")[0][0])

    def test_reconnects_after_backends_are_terminated(self):
        # Mostly files of one batch: a connection lost in any batch is lost
        # in the batch that completes a file (to be archived after COMMIT).
        sizes = [400] + [40] * 30 + [400] + [40] * 30
        feed = Feed(31, len(sizes), sizes, name='feed-%03d.csv', id_prefix='L')
        p = self.start_daemon()
        self.wait_for(lambda: 'started' in self.daemon_log(p), 30, 'orderd to start')
        feed.drop_all(self, 'shop')
        killed = 0
        seen = 0
        for _ in range(5):
            self.wait_for(lambda: self.n_orders() > seen, 60, 'ingestion to progress')
            if not self.pending('shop'):
                break
            killed += sum(1 for r in self.terminate_backends() if r[0] == 't')
            seen = self.n_orders()
        self.assertGreater(killed, 0, 'no orderd connection was terminated mid-feed')
        self.wait_for(lambda: self.all_archived(feed, 'shop'), 120, 'every file archived')
        self.assertIsNone(p.poll(), 'orderd exited when its connection was lost')
        log = self.stop_clean(p)
        self.assertIn('poll failed', log)
        self.assertIn('recovered after', log)
        self.check_final(feed, 'shop')
        self.assertEqual(self.sql("SELECT count(*) FROM dead_letters"), [['0']])


class ArchiveOnlyWhatWasCommitted(DaemonCase):
    """A file is archived only after its last batch committed, also when
    an earlier batch that completed a file of the same name failed to
    commit (exporters often reuse one file name, e.g. orders.csv)."""
    channels = {'shop': {'currency': 'CNY'}}
    batch_size = 100

    def poison(self):
        # The database rejects any batch with a POISON order (as it would
        # reject a batch on a constraint or a failing disk).
        self.sql("CREATE FUNCTION it_poison() RETURNS trigger LANGUAGE plpgsql AS $$"
                 " BEGIN IF NEW.external_id LIKE 'POISON%' THEN RAISE EXCEPTION 'poisoned'; END IF;"
                 " RETURN NEW; END $$;"
                 " CREATE TRIGGER it_poison BEFORE INSERT ON orders"
                 " FOR EACH ROW EXECUTE FUNCTION it_poison()")

    def channel_locked(self):
        return self.sql("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND granted"
                        " AND database = (SELECT oid FROM pg_database"
                        "                  WHERE datname = current_database())") != [['0']]

    def test_failover_then_same_name_file_is_not_archived_early(self):
        # Instance A fails to commit the batch that completes orders.csv and
        # stalls; instance B takes the channel over and ingests and archives
        # orders.csv. The exporter drops the next orders.csv and A, back,
        # ingests it: it must archive it only after all 250 orders.
        self.poison()
        a = self.start_daemon()
        self.drop('shop', 'orders.csv', HEADER + row('POISON-1', 'X', 1, '1.00') +
                  ''.join(row('P%d' % i, 'X', 1, '1.00') for i in range(9)))
        self.wait_for(lambda: 'poisoned' in self.daemon_log(a), 30, 'the failed commit')
        for _ in range(100):
            os.kill(a.pid, signal.SIGSTOP)
            if not self.channel_locked():
                break  # A is stopped between polls, not holding the channel
            os.kill(a.pid, signal.SIGCONT)
            time.sleep(0.05)
        else:
            self.fail('could not stop instance A between two polls')
        self.sql("DROP TRIGGER it_poison ON orders")
        b = self.start_daemon()
        self.wait_for(lambda: self.archived('shop') == ['orders.csv'], 30, 'B ingests orders.csv')
        self.stop_clean(b)
        self.assertEqual(self.sql("SELECT count(*) FROM orders"), [['10']])
        self.drop('shop', 'orders.csv',
                  HEADER + ''.join(row('N%03d' % i, 'X', 1, '1.00') for i in range(250)))
        os.kill(a.pid, signal.SIGCONT)
        self.wait_for(lambda: self.pending('shop') == [], 30, 'A takes the new orders.csv')
        self.assertEqual(len(self.archived('shop')), 2)
        self.assertEqual(self.sql("SELECT count(*) FROM orders"), [['260']],
                         'orders.csv archived before all its orders were committed')
        self.stop_clean(a)

    def test_failed_commit_then_same_name_file_is_not_archived_early(self):
        # The batch that completes orders.csv fails to commit; the operator
        # removes the file, and the exporter later drops a new orders.csv.
        # The new file must be archived only after all of its orders are
        # committed.
        self.poison()
        p = self.start_daemon()
        self.drop('shop', 'orders.csv', HEADER + row('POISON-1', 'X', 1, '1.00') +
                  ''.join(row('P%d' % i, 'X', 1, '1.00') for i in range(9)))
        self.wait_for(lambda: 'poisoned' in self.daemon_log(p), 30, 'the failed commit')
        os.remove(os.path.join(self.drop_dir('shop'), 'orders.csv'))
        self.sql("DROP TRIGGER it_poison ON orders")
        self.wait_for(lambda: 'recovered after' in self.daemon_log(p), 30, 'a good poll')
        self.assertEqual(self.sql("SELECT count(*) FROM orders"), [['0']])
        self.drop('shop', 'orders.csv',
                  HEADER + ''.join(row('N%03d' % i, 'X', 1, '1.00') for i in range(250)))
        self.wait_for(lambda: self.pending('shop') == [], 30, 'orders.csv taken')
        # Archived: so every one of its 250 orders must be committed.
        self.assertEqual(self.archived('shop'), ['orders.csv'])
        self.assertEqual(self.sql("SELECT count(*) FROM orders"), [['250']],
                         'orders.csv archived before all its orders were committed')
        self.stop_clean(p)


class OnceDatabaseDown(DaemonCase):
    channels = {'a': {'currency': 'CNY'}}

    def test_once_exits_1_when_the_database_is_unreachable(self):
        self.drop('a', 'a.csv', HEADER + row('A1', 'X', 1, '1.00'))
        url = self.url
        try:
            self.url = 'postgresql://orderd@127.0.0.1:1/nosuch'
            self.write_main_config()
        finally:
            self.url = url
        out = self.once(check=False)
        self.assertEqual(out.returncode, 1, out.stderr)
        self.assertIn('cannot connect to the database', out.stderr)
        self.assertEqual(self.pending('a'), ['a.csv'])
