"""Exactly once under crashes: orderd SIGKILLed at random moments and
PostgreSQL restarted (immediate mode) in the middle of a large feed.

After every kill the database must hold exactly a committed prefix of the
feed (as far as the channel cursor says), no file may be archived before
all of its orders are committed, and at the end every order is there
exactly once with the content of its latest good copy, every dead letter
exactly once, and the ingest counters show no committed batch was ever
processed twice."""
import glob
import os
import random
import signal
import socket
import subprocess
import time

from harness import admin, alone
from test_daemon import DaemonCase, Feed

REPO = os.path.abspath(os.path.join(os.path.dirname(__file__), '..', '..'))


def pg_server():
    """(data dir, bin dir) of the PostgreSQL the tests use, or None when it
    is not the private cluster of scripts/common.sh (ours to restart)."""
    pgdata = os.environ.get('PGDATA_ORDERD')
    if not pgdata:
        try:
            with open(os.path.join(REPO, '.orderd', 'pg.dir')) as f:
                pgdata = f.read().strip()
        except OSError:
            return None
    pgbin = os.environ.get('PG_BIN')
    if not pgbin:
        dirs = sorted(glob.glob('/usr/lib/postgresql/*/bin'),
                      key=lambda d: [int(x) for x in d.split('/')[4].split('.') if x.isdigit()])
        pgbin = dirs[-1] if dirs else None
    if not pgbin or not os.path.exists(os.path.join(pgbin, 'pg_ctl')):
        return None
    try:
        (served,), = admin('SHOW data_directory')
    except AssertionError:
        return None
    if os.path.realpath(served) != os.path.realpath(pgdata):
        return None
    return pgdata, pgbin


def pg_ctl(pgdata, pgbin, *args):
    cmd = [os.path.join(pgbin, 'pg_ctl'), '-D', pgdata] + list(args)
    if os.getuid() == 0:
        cmd = ['runuser', '-u', 'postgres', '--'] + cmd
    # The server's output goes to its log file (-l), never to our pipes.
    return subprocess.run(cmd, cwd='/', stdin=subprocess.DEVNULL, capture_output=True, text=True,
                          timeout=120)


def server_up():
    try:
        return admin('SELECT 1') == [['1']]
    except AssertionError:
        return False


class CrashExactlyOnce(DaemonCase):
    channels = {'shop': {'currency': 'CNY'}}
    batch_size = 100
    KILLS = 20

    def backends(self):
        return int(self.sql("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
                            " AND pid <> pg_backend_pid()")[0][0])

    def test_sigkill_at_random_moments(self):
        # Files of 1,500 units, each followed by four small files of 90 (one
        # batch: the whole file is its last batch, so kills often land
        # between a file's last commit and its archiving); orders of 1-4
        # lines, 3 % revised in a later file, 1 % re-sent identical, 0.6 %
        # bad rows. The first files (over 20,000 orders) are dropped at
        # once, later ones while orderd runs, so that however fast the
        # machine, every kill lands in the middle of the feed.
        # (110 rounds, 204,600 orders: only the files dropped are read,
        # and a quiet machine ingests this channel, which has no audit
        # rules, at up to 16,000 orders/s)
        sizes = ([1500] + [90] * 4) * 110
        feed = Feed(2026, len(sizes), sizes, revise=0.03, resend=0.01, bad=0.006,
                    name='feed-%03d.csv', id_prefix='K')
        dropped = 0

        def top_up(backlog):
            nonlocal dropped
            archived = set(self.archived('shop'))
            pending = sum(len(u) for n, u in feed.files[:dropped] if n not in archived)
            while pending < backlog and dropped < len(feed.files):
                self.drop('shop', feed.files[dropped][0], feed.text(dropped))
                pending += len(feed.files[dropped][1])
                dropped += 1

        top_up(21000)
        orders, dead, counts = feed.state(dropped)
        self.assertGreater(len(orders), 20000)
        self.assertGreater(counts[1], 300)   # revisions that must win
        self.assertGreater(counts[2], 100)   # identical copies: no-ops
        self.assertGreater(len(dead), 100)
        rnd = random.Random(4242)
        host = socket.gethostname()
        killed_instances, killed_runs = set(), set()
        kills = 0
        p = self.start_daemon()
        while kills < self.KILLS:
            # a backlog that a second of ingest cannot drain: 8,000 orders
            # were gone within the second at 16,000 orders/s, and the
            # feed looked done after 7 kills
            top_up(25000)
            # at most a second: at 3,000 orders/s twenty kills after up to
            # 1.5 s each ran out of feed (18 kills)
            time.sleep(rnd.uniform(0.05, 1.0))
            if len(self.archived('shop')) == dropped:
                break
            p.kill()
            p.wait()
            kills += 1
            self.assertEqual(p.returncode, -signal.SIGKILL, self.daemon_log(p)[-2000:])
            self.assert_clean_log(p)
            killed_instances.add('%s:%d' % (host, p.pid))
            # A backend may still finish (and commit) the statement in
            # flight; the database is quiescent once it is gone.
            self.wait_for(lambda: self.backends() == 0, 30, "the killed orderd's backend to end")
            self.check_committed_prefix(feed, 'shop')
            for run_id, instance in self.sql("SELECT id, instance FROM ingest_runs"
                                             " WHERE state = 'running'"):
                self.assertIn(instance, killed_instances, 'run %s open of a live instance' % run_id)
                killed_runs.add(run_id)
            p = self.start_daemon()
        self.assertEqual(kills, self.KILLS,
                         'the feed was done after %d kills: too small to crash %d times'
                         % (kills, self.KILLS))
        self.wait_for(lambda: len(self.archived('shop')) == dropped, 240, 'every file archived')
        self.stop_clean(p)
        self.check_final(feed, 'shop', dropped)
        # Runs left open by the killed processes were closed by the next run.
        self.assertTrue(killed_runs, 'no kill landed inside a run')
        aborted = self.sql("SELECT id, error, finished_at >= started_at FROM ingest_runs"
                           " WHERE state = 'aborted'")
        self.assertEqual({r[0] for r in aborted}, killed_runs)
        self.assertEqual({(r[1], r[2]) for r in aborted}, {('the process running it stopped', 't')})

    @alone  # restarts the cluster every other test uses
    def test_postgres_restart_during_ingestion(self):
        srv = pg_server()
        if srv is None:
            self.skipTest('PostgreSQL is not the private cluster of scripts/common.sh')
        pgdata, pgbin = srv
        sizes = ([1000] + [80] * 5) * 7
        feed = Feed(77, len(sizes), sizes, revise=0.03, resend=0.01, bad=0.006,
                    name='feed-%03d.csv', id_prefix='R')
        n_final = len(feed.final()[0])
        feed.drop_all(self, 'shop')

        def n_orders():
            try:
                return int(self.sql("SELECT count(*) FROM orders")[0][0])
            except AssertionError:  # the server is restarting
                return -1

        p = self.start_daemon()
        try:
            for k in (1, 2):
                self.wait_for(lambda: n_orders() >= n_final * k // 4, 120,
                              'ingestion to reach %d/4' % k)
                self.assertFalse(self.all_archived(feed, 'shop'), 'feed done before restart %d' % k)
                out = pg_ctl(pgdata, pgbin, 'restart', '-m', 'immediate', '-w', '-t', '60',
                             '-l', os.path.join(pgdata, 'server.log'))
                self.assertEqual(out.returncode, 0, out.stdout + out.stderr)
                self.wait_for(server_up, 60, 'PostgreSQL to accept connections')
        finally:
            if not server_up():
                pg_ctl(pgdata, pgbin, 'start', '-w', '-t', '60',
                       '-l', os.path.join(pgdata, 'server.log'))
            self.wait_for(server_up, 60, 'PostgreSQL to accept connections')
        self.wait_for(lambda: self.all_archived(feed, 'shop'), 180, 'every file archived')
        self.assertIsNone(p.poll(), 'orderd exited when PostgreSQL restarted')
        log = self.stop_clean(p)
        self.assertIn('poll failed', log)
        self.assertIn('recovered after', log)
        self.check_final(feed, 'shop')
