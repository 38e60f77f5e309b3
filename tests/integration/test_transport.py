"""Transport floors and the drop folder's untrusted entries (issue 20 and
the drop-folder part of the hardening issue): database.sslmode reaches
libpq; symbolic links, FIFOs and other non-regular entries in a drop
folder are refused unread and moved aside; an archive folder replaced by
a symbolic link receives nothing; a file moved into the archive never
replaces one already there."""
import json
import os
import shutil
import tempfile
import stat
import time

from harness import OrderdCase

HEADER = 'external_id,status,lines.sku,lines.qty,lines.unit_price\n'


def row(oid, sku, qty, price):
    return '%s,paid,%s,%d,%s\n' % (oid, sku, qty, price)


class DatabaseSslmode(OrderdCase):
    """The test cluster speaks no TLS: sslmode=require must fail to
    connect (and say why), disable must connect."""

    def main_config(self, sslmode):
        with open(self.config, 'w') as f:
            f.write('database:\n  url: "%s"\n  sslmode: %s\nchannels_dir: channels.d\n'
                    % (self.url, sslmode))

    def test_require_refuses_a_server_without_tls(self):
        self.main_config('require')
        out = self.orderctl('orders', check=False)
        self.assertNotEqual(out.returncode, 0)
        self.assertIn('server does not support SSL', out.stderr)

    def test_disable_connects(self):
        self.main_config('disable')
        out = self.orderctl('orders', '--format', 'json')
        self.assertEqual(json.loads(out.stdout), [])

    def test_unknown_mode_is_a_config_error(self):
        self.main_config('verify')
        out = self.run_prog('orderd', '--check', check=False)
        self.assertEqual(out.returncode, 2)
        self.assertIn('sslmode', out.stderr)
        self.assertIn('verify-full', out.stderr)


class DropFolderEntries(OrderdCase):
    channels = {}

    def setUp(self):
        super().setUp()
        self.add_channel('shop', {'currency': 'CNY'})
        self.dir = self.drop_dir('shop')
        self.refused = os.path.join(self.dir, '.done', 'refused')

    def test_symbolic_link_to_a_secret_is_not_read(self):
        secret = os.path.join(self.tmp, 'secret.csv')
        with open(secret, 'w') as f:
            f.write(HEADER + row('SECRET-1', 'TOKEN-abc123', 1, '1.00'))
        os.chmod(secret, 0o600)
        os.symlink(secret, os.path.join(self.dir, 'orders.csv'))
        self.drop('shop', 'real.csv', HEADER + row('R1', 'X', 1, '2.00'))
        out = self.once()
        self.assertEqual([o['external_id'] for o in self.orders()], ['R1'])
        self.assertEqual(self.sql("SELECT count(*) FROM dead_letters"), [['0']])
        self.assertIn('orders.csv is a symbolic link: refused unread', out.stderr)
        moved = os.listdir(self.refused)
        self.assertEqual(len(moved), 1)
        self.assertTrue(os.path.islink(os.path.join(self.refused, moved[0])))
        self.assertEqual(self.pending('shop'), [])
        # said once: the next poll has nothing to say
        again = self.once()
        self.assertNotIn('refused', again.stderr)

    def test_fifo_does_not_block_the_channel(self):
        os.mkfifo(os.path.join(self.dir, 'pipe.csv'))
        self.drop('shop', 'z.csv', HEADER + row('Z1', 'X', 1, '2.00'))
        t0 = time.time()
        out = self.run_prog('orderd', '--once', timeout=60)
        self.assertLess(time.time() - t0, 30)
        self.assertIn('pipe.csv is a FIFO: refused unread', out.stderr)
        self.assertEqual([o['external_id'] for o in self.orders()], ['Z1'])
        moved = os.listdir(self.refused)
        self.assertEqual(len(moved), 1)
        self.assertTrue(stat.S_ISFIFO(os.lstat(os.path.join(self.refused, moved[0])).st_mode))

    def test_archive_folder_replaced_by_a_symbolic_link_receives_nothing(self):
        elsewhere = os.path.join(self.tmp, 'elsewhere')
        os.makedirs(elsewhere)
        os.symlink(elsewhere, os.path.join(self.dir, '.done'))
        self.drop('shop', 'a.csv', HEADER + row('A1', 'X', 1, '2.00'))
        out = self.once(check=False)
        self.assertEqual(os.listdir(elsewhere), [])
        self.assertIn('is not a folder (a symbolic link): refused', out.stderr)
        # the order itself was committed; the file waits where it was
        self.assertEqual([o['external_id'] for o in self.orders()], ['A1'])
        self.assertEqual(self.pending('shop'), ['a.csv'])

    def test_archive_folder_on_another_file_system_is_a_config_error(self):
        # rename() cannot cross file systems: every archive move would
        # fail after its orders committed. /dev/shm is a tmpfs.
        if not os.path.isdir('/dev/shm'):
            self.skipTest('no /dev/shm')
        other = tempfile.mkdtemp(dir='/dev/shm')
        self.addCleanup(shutil.rmtree, other, True)
        if os.stat(other).st_dev == os.stat(self.dir).st_dev:
            self.skipTest('/dev/shm is on the same file system as %s' % self.dir)
        self.add_channel('shop', {'currency': 'CNY', 'archive_dir': other})
        out = self.run_prog('orderd', '--check', check=False)
        self.assertEqual(out.returncode, 2, out.stdout + out.stderr)
        self.assertIn('feed.archive_dir: %s is on another file system than feed.dir' % other,
                      out.stderr)

    def test_archive_never_replaces_a_file(self):
        done = os.path.join(self.dir, '.done')
        self.drop('shop', 'same.csv', HEADER + row('S1', 'X', 1, '2.00'))
        self.once()
        self.drop('shop', 'same.csv', HEADER + row('S1', 'X', 2, '2.00'))
        self.once()
        names = sorted(os.listdir(done))
        self.assertEqual(len(names), 2, names)
        hashed = [n for n in names if n != 'same.csv'][0]
        # A third file of the same name and bytes as the second: its
        # hashed name is taken too, and neither earlier file is replaced.
        with open(os.path.join(done, hashed)) as f:
            second = f.read()
        with open(os.path.join(done, 'same.csv')) as f:
            first = f.read()
        shutil.copy(os.path.join(done, hashed), os.path.join(self.tmp, 'third.csv'))
        self.sql("DELETE FROM channel_cursors")
        os.rename(os.path.join(self.tmp, 'third.csv'), os.path.join(self.dir, 'same.csv'))
        self.once()
        names = sorted(os.listdir(done))
        self.assertEqual(len(names), 3, names)
        self.assertIn(hashed + '.2', names)
        with open(os.path.join(done, 'same.csv')) as f:
            self.assertEqual(f.read(), first)
        with open(os.path.join(done, hashed)) as f:
            self.assertEqual(f.read(), second)
