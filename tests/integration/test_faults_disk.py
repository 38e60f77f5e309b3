"""Fault campaign 4 (issue 16): the feed channel's disk. The archive
folder's file system fills up, and the drop folder becomes unreadable.
orderd must keep running, report the fault on the channel (state error,
the cause in last_error), read no file past one it could not archive
and never a committed file twice, and, once space or access returns,
archive what waited and read what came in the meantime, every order
stored once.

The volume is a small ext4 file system on a loop device: on ext4 a full
disk refuses a rename into a directory whose blocks are full (a tmpfs
renames into a full file system without complaint). It needs root, as
./scripts/test runs in CI; elsewhere the tests are skipped saying why.
The unreadable folder needs orderd run as another user (root reads a
folder of mode 000), so orderd runs as `nobody` there (setpriv).

In the suite one full/free cycle runs. Alone, for a longer run and its
figures (docs/reliability.md):

    . scripts/common.sh && start_postgres
    ORDERD_BIN_DIR=$PWD/build/cmd python3 tests/integration/test_faults_disk.py --minutes 2
"""
import errno
import os
import pwd
import shutil
import subprocess
import sys
import time
import unittest

from harness import BIN_DIR
from test_daemon import DaemonCase

ORDERS_PER_FILE = 20
FILES = 6


def feed_file(first, n=ORDERS_PER_FILE):
    return 'external_id,status,lines.sku,lines.qty,lines.unit_price\n' + ''.join(
        'D%06d,paid,A,%d,1.00\n' % (i, 1 + i % 3) for i in range(first, first + n))


def why_no_volume():
    """None when a loop device can be mounted here, else the reason."""
    if os.geteuid() != 0:
        return 'needs root (mount -o loop)'
    for tool in ('mkfs.ext4', 'mount', 'umount', 'losetup'):
        if not shutil.which(tool):
            return '%s is not installed' % tool
    if not os.path.exists('/dev/loop-control'):
        return 'no loop devices (/dev/loop-control)'
    return None


class Volume:
    """A 4 MiB ext4 file system with 1 KiB blocks and no blocks reserved
    for root, mounted at `path`."""

    def __init__(self, path):
        self.path = path
        self.image = path + '.img'
        os.makedirs(path)
        with open(self.image, 'wb') as f:
            f.truncate(4 << 20)
        subprocess.run(['mkfs.ext4', '-q', '-F', '-b', '1024', '-N', '512', '-m', '0', self.image],
                       check=True, capture_output=True)
        out = subprocess.run(['mount', '-o', 'loop', self.image, path], capture_output=True,
                             text=True)
        if out.returncode != 0:
            raise unittest.SkipTest('cannot mount a loop device: %s' % out.stderr.strip())
        self.filler = os.path.join(path, 'filler')
        self.pads = []

    def umount(self):
        subprocess.run(['umount', '-l', self.path], capture_output=True)

    def fill(self, archive):
        """No free block left, and the archive folder's last block full of
        names: a rename into it needs a block it cannot get."""
        fd = os.open(self.filler, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        try:
            for size in (65536, 1024):  # big pieces, then what is left
                while True:
                    try:
                        os.write(fd, b'\0' * size)
                    except OSError as e:
                        if e.errno != errno.ENOSPC:
                            raise
                        break
        finally:
            os.close(fd)
        os.makedirs(archive, exist_ok=True)
        pads = self.pads = []
        for i in range(100000):
            name = os.path.join(archive, 'pad-%06d.csv' % i)
            try:
                open(name, 'wb').close()
            except OSError as e:
                if e.errno != errno.ENOSPC:
                    raise
                break
            pads.append(name)
        return len(pads)

    def free(self):
        """Space again: the filler and the pad names gone."""
        os.remove(self.filler)
        for name in self.pads:
            os.remove(name)
        self.pads = []


class FeedDiskCase(DaemonCase):
    def setUp(self):
        reason = why_no_volume()
        if reason:
            self.skipTest(reason)
        super().setUp()

    def feed_channel(self, name, d, archive=None):
        os.makedirs(d, exist_ok=True)
        with open(os.path.join(self.etc, 'channels.d', name + '.yaml'), 'w') as f:
            f.write('name: %s\nkind: feed\npoll_interval: 200ms\nfeed:\n  dir: %s\n  currency: CNY\n'
                    '  settle: 0s\n%s' % (name, d,
                                          '  archive_dir: %s\n' % archive if archive else ''))

    def channel_state(self, name):
        rows = self.sql("SELECT state, coalesce(last_error, '') FROM channels WHERE name = :'p1'",
                        name)
        return tuple(rows[0]) if rows else (None, '')

    def order_count(self, name):
        (r,) = self.sql("SELECT count(*) FROM orders WHERE channel = :'p1'", name)
        return int(r[0])

    def write(self, d, filename, text):
        tmp = os.path.join(d, '.' + filename + '.part')
        with open(tmp, 'w') as f:
            f.write(text)
        os.rename(tmp, os.path.join(d, filename))


def disk_full_cycles(case, cycles, files_per_cycle=FILES, say=None):
    """Write files, fill the volume, hand the files to the drop folder,
    start (or keep) orderd, see the first file's archive move fail and be
    reported with no file after it read, free the volume, see everything
    read once and archived; `cycles` times. Returns the figures."""
    vol = Volume(os.path.join(case.tmp, 'vol'))
    case.addCleanup(vol.umount)
    d = os.path.join(vol.path, 'in')
    stage = os.path.join(vol.path, 'stage')
    archive = os.path.join(d, '.done')
    os.makedirs(archive)
    os.makedirs(stage)
    case.feed_channel('disk', d)
    p = None
    n = 0
    figures = {'cycles': 0, 'files': 0, 'orders': 0, 'reported_s': [], 'recovered_s': []}
    for cycle in range(cycles):
        names = []
        stored = n
        for _ in range(files_per_cycle):
            names.append('batch-%05d.csv' % figures['files'])
            case.write(stage, names[-1], feed_file(n))
            n += ORDERS_PER_FILE
            figures['files'] += 1
        pads = vol.fill(archive)
        # renamed into the drop folder once the disk is full (the names
        # the archive took from it left room in its blocks)
        for x in names:
            os.rename(os.path.join(stage, x), os.path.join(d, x))
        t0 = time.time()
        if p is None:
            p = case.start_daemon()
        # the first file's orders commit; its archive move cannot happen
        case.wait_for(lambda: case.channel_state('disk')[0] == 'error', timeout=60,
                      what='the channel in error after the disk filled (cycle %d)' % cycle)
        figures['reported_s'].append(time.time() - t0)
        state, err = case.channel_state('disk')
        case.assertIn('No space left on device', err)
        case.assertIn(os.path.join(archive, names[0]), err)
        time.sleep(1.0)  # several polls against the full disk
        case.assertIsNone(p.poll(), 'orderd exited with the disk full')
        # no file after the one it could not archive was read: it is
        # retried first, poll after poll
        case.assertEqual(case.order_count('disk'), stored + ORDERS_PER_FILE)
        case.assertEqual(sorted(x for x in os.listdir(d) if not x.startswith('.')), names)
        vol.free()
        t1 = time.time()
        case.wait_for(lambda: case.order_count('disk') == n and
                      not [x for x in os.listdir(d) if not x.startswith('.')] and
                      case.channel_state('disk')[0] == 'ok', timeout=60,
                      what='every file archived and the channel ok after space returned')
        figures['recovered_s'].append(time.time() - t1)
        figures['cycles'] += 1
        if say:
            say('cycle %d: %d files, %d pad names, reported in %.1f s, recovered in %.1f s'
                % (cycle + 1, files_per_cycle, pads, figures['reported_s'][-1],
                   figures['recovered_s'][-1]))
    got = case.db_orders('disk')
    case.assertEqual(len(got), n)
    case.assertEqual(sorted(got), ['D%06d' % i for i in range(n)])
    # every file read once: no order sent again unchanged, none dead
    case.assertEqual(case.run_counts('disk'), [n, 0, 0, 0])
    case.assertEqual(sorted(x for x in os.listdir(archive) if x.startswith('batch-')),
                     ['batch-%05d.csv' % i for i in range(figures['files'])])
    log = case.stop_clean(p)
    figures['orders'] = n
    figures['log_lines'] = log.count('No space left on device')
    return figures


class ArchiveDiskFull(FeedDiskCase):
    def test_archive_on_a_full_disk_is_reported_and_resumed(self):
        disk_full_cycles(self, 1)


class DropFolderUnreadable(FeedDiskCase):
    """orderd as `nobody`; the test (root) takes the drop folder's modes
    away and gives them back."""

    def setUp(self):
        super().setUp()
        try:
            self.nobody = pwd.getpwnam('nobody')
        except KeyError:
            self.skipTest('no user nobody')
        if not shutil.which('setpriv'):
            self.skipTest('setpriv is not installed')
        # nobody reads the configuration and traverses to the folders
        for root, dirs, files in os.walk(self.tmp):
            for x in dirs:
                os.chmod(os.path.join(root, x), 0o755)
            for x in files:
                os.chmod(os.path.join(root, x), 0o644)
        os.chmod(self.tmp, 0o755)
        path = os.path.dirname(self.tmp)
        while path != '/':
            if not os.stat(path).st_mode & 0o001:
                self.skipTest('%s is not traversable by nobody' % path)
            path = os.path.dirname(path)
        self.dir = os.path.join(self.tmp, 'drop-nobody')
        self.feed_channel('unread', self.dir)
        os.chmod(os.path.join(self.etc, 'channels.d', 'unread.yaml'), 0o644)
        os.chown(self.dir, self.nobody.pw_uid, self.nobody.pw_gid)

    def tearDown(self):
        if os.path.isdir(getattr(self, 'dir', '')):
            os.chmod(self.dir, 0o755)
        super().tearDown()

    def start_as_nobody(self):
        env = dict(os.environ)
        env.pop('ORDERD_DATABASE_URL', None)
        log = open(os.path.join(self.tmp, 'orderd-%d.log' % len(self.procs)), 'w')
        # setpriv executes orderd itself (runuser would stay between as
        # the parent and turn SIGTERM into a killed session)
        p = subprocess.Popen(['setpriv', '--reuid=%d' % self.nobody.pw_uid,
                              '--regid=%d' % self.nobody.pw_gid, '--clear-groups', '--',
                              os.path.join(BIN_DIR, 'orderd'), '--config', self.config],
                             stdout=log, stderr=subprocess.STDOUT, env=env, cwd='/')
        p.logfile = log.name
        self.procs.append(p)
        return p

    def test_an_unreadable_drop_folder_is_reported_and_resumed(self):
        p = self.start_as_nobody()
        self.write(self.dir, 'a.csv', feed_file(0))
        self.wait_for(lambda: self.order_count('unread') == ORDERS_PER_FILE, timeout=60,
                      what='the first file stored')
        os.chmod(self.dir, 0)
        self.write(self.dir, 'b.csv', feed_file(ORDERS_PER_FILE))  # root writes anyway
        self.wait_for(lambda: self.channel_state('unread')[0] == 'error', timeout=30,
                      what='the channel in error with its folder unreadable')
        state, err = self.channel_state('unread')
        self.assertIn('Permission denied', err)
        self.assertIn(self.dir, err)
        time.sleep(1.0)
        self.assertIsNone(p.poll(), 'orderd exited on an unreadable folder')
        self.assertEqual(self.order_count('unread'), ORDERS_PER_FILE)
        os.chmod(self.dir, 0o755)
        self.wait_for(lambda: self.order_count('unread') == 2 * ORDERS_PER_FILE and
                      self.channel_state('unread')[0] == 'ok', timeout=60,
                      what='the second file stored once the folder is readable again')
        self.assertEqual(sorted(os.listdir(os.path.join(self.dir, '.done'))), ['a.csv', 'b.csv'])
        got = self.db_orders('unread')
        self.assertEqual(len(got), 2 * ORDERS_PER_FILE)
        new, updated, unchanged, dead = self.run_counts('unread')
        self.assertEqual((new, updated, dead), (2 * ORDERS_PER_FILE, 0, 0))
        self.stop_clean(p)


def main():
    import argparse

    ap = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    ap.add_argument('--minutes', type=float, default=2.0)
    args = ap.parse_args()
    reason = why_no_volume()
    if reason:
        sys.exit('test_faults_disk: %s' % reason)

    class Campaign(ArchiveDiskFull):
        def runTest(self):
            pass

    c = Campaign()
    c.setUp()
    try:
        start = time.time()
        total = {'cycles': 0, 'files': 0, 'orders': 0}
        # cycles in one daemon run are counted by disk_full_cycles; it is
        # called once with as many cycles as fit the time asked for, one
        # cycle measured first
        first = disk_full_cycles(c, 1, say=print)
        per_cycle = max(time.time() - start, 1.0)
        cycles = max(0, int(args.minutes * 60 / per_cycle) - 1)
        c.tearDown()
        c.setUp()
        figures = disk_full_cycles(c, cycles, say=print) if cycles else first
        for k in total:
            total[k] = first[k] + (figures[k] if cycles else 0)
        rep = first['reported_s'] + (figures['reported_s'] if cycles else [])
        rec = first['recovered_s'] + (figures['recovered_s'] if cycles else [])
        print('%d cycles, %d files, %d orders, all stored once and archived, in %.1f s; '
              'reported within %.1f s (max), recovered within %.1f s (max) of space returning'
              % (total['cycles'], total['files'], total['orders'], time.time() - start,
                 max(rep), max(rec)))
    finally:
        c.tearDown()
        c.doCleanups()


if __name__ == '__main__':
    main()
