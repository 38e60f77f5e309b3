"""Fault campaign (issue 16): Dovecot restarted while an IMAP channel
waits in IDLE, and restarted again and again while the channel fetches
large messages. orderd must stay up, reconnect, and store every mail's
order exactly once, with the cursor at the last UID.

In the suite: one restart in IDLE and ORDERD_FAULT_IMAP_RESTARTS (6)
restarts during a fetch of ORDERD_FAULT_IMAP_MAILS (24) mails of about
1 MB. Alone, for a longer run and its figures (docs/reliability.md):

    . scripts/common.sh && start_postgres
    ORDERD_BIN_DIR=$PWD/build/cmd python3 tests/integration/test_faults_imap.py --minutes 3
"""
import os
import sys
import time

from harness import alone
from test_daemon import DaemonCase
from test_imap import ImapCase, po_mail


class DovecotRestarts(ImapCase, DaemonCase):

    def restarts_in_log(self, p):
        return self.daemon_log(p).count('connection lost or timed out')

    def test_restart_while_the_channel_waits_in_idle(self):
        self.dovecot.append([po_mail(1)])
        self.imap_channel(poll_interval='10m', idle=True)
        p = self.start_daemon()
        self.wait_for(lambda: self.external_ids() == ['PO-00001'], timeout=30, what='first order')
        time.sleep(1.0)  # in IDLE now (poll_interval is 10 minutes)
        t0 = time.time()
        self.dovecot.restart(down_s=1.0)
        self.dovecot.append([po_mail(2), po_mail(3)])
        # The dropped IDLE connection wakes the channel, which reconnects;
        # the new mails are read at once, not after the 10-minute interval.
        self.wait_for(lambda: self.external_ids() == ['PO-00001', 'PO-00002', 'PO-00003'],
                      timeout=30, what='the mails sent after the restart')
        took = time.time() - t0
        self.assertLess(took, 25)
        self.assertEqual(p.poll(), None, 'orderd exited')
        self.assertEqual(self.cursor()['uid'], 3)
        self.assertEqual(self.stop(p), 0)
        self.assert_clean_log(p)
        print('\n  IDLE restart: the mails after it stored %.1f s after the restart began' % took)

    @alone  # the restarts must land while the fetches run: a busy neighbour changes the pace
    def test_restarts_while_large_messages_are_fetched(self):
        n = int(os.environ.get('ORDERD_FAULT_IMAP_MAILS', '24'))
        restarts = int(os.environ.get('ORDERD_FAULT_IMAP_RESTARTS', '6'))
        minutes = float(os.environ.get('ORDERD_FAULT_IMAP_MINUTES', '0'))
        self.batch_size = 2
        self.write_main_config()
        self.dovecot.append([po_mail(i, size_pad=1024 * 1024) for i in range(1, n + 1)])
        self.imap_channel(poll_interval='200ms', after='flag', timeout='5s',
                          max_message_bytes='4MiB')
        t0 = time.time()
        p = self.start_daemon()
        done = 0
        mid = 0
        end = t0 + minutes * 60
        while done < restarts or time.time() < end:
            time.sleep(0.4 + 0.15 * (done % 4))
            c = self.cursor()
            if c and c['uid'] < n:
                mid += 1
            self.dovecot.restart(down_s=0.5)
            done += 1
            if c and c['uid'] == n and time.time() >= end:
                break
            if c and c['uid'] == n:  # read to the end: more mails for the next restarts
                k = len(self.dovecot.uids())
                self.dovecot.append([po_mail(i, size_pad=1024 * 1024)
                                     for i in range(k + 1, k + 1 + n)])
                n = k + n
        self.wait_for(lambda: self.cursor() and self.cursor()['uid'] == n, timeout=120,
                      what='cursor at the last UID')
        self.wait_for(lambda: all('$Orderd' in f for f in self.dovecot.flags().values()),
                      timeout=60, what='every message flagged')
        caught = time.time() - t0
        self.assertEqual(p.poll(), None, 'orderd exited')
        self.assertEqual(self.stop(p), 0)
        self.assert_clean_log(p)
        rows = self.sql("SELECT external_id, count(*) FROM orders WHERE channel = 'mail' "
                        "GROUP BY external_id HAVING count(*) > 1")
        self.assertEqual(rows, [])
        self.assertEqual(self.external_ids(), ['PO-%05d' % i for i in range(1, n + 1)])
        self.assertEqual(self.dead(), [])
        # at least some restarts fell while mails were still unread
        self.assertGreaterEqual(mid, min(2, restarts), 'no restart landed before the end')
        lost = self.restarts_in_log(p)
        print('\n  IMAP fetch restarts: %d mails of 1 MB, %d restarts (%d before the end), '
              '%d lost connections logged, all stored once %.1f s after the start'
              % (n, done, mid, lost, caught))


if __name__ == '__main__':
    import unittest
    if '--minutes' in sys.argv:
        i = sys.argv.index('--minutes')
        os.environ['ORDERD_FAULT_IMAP_MINUTES'] = sys.argv[i + 1]
        del sys.argv[i:i + 2]
    unittest.main()
