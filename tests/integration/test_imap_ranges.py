"""New messages are searched in bounded UID ranges (issue 18): a mailbox
with millions of messages after the cursor costs one poll at most one
range of UIDs, never the whole list. Against the real Dovecot, with a
gap of 250,000 UIDs made by `doveadm mailbox update --min-next-uid`."""
import os
import re
import subprocess

from dovecot import USER
from test_imap import ImapCase, po_mail

SPAN = 100000  # SEARCH_SPAN in connectors/imap/imap.c


class ImapSearchRanges(ImapCase):

    def min_next_uid(self, uid):
        subprocess.run(['doveadm', '-c', os.path.join(self.dovecot.dir, 'dovecot.conf'),
                        'mailbox', 'update', '-u', USER, '--min-next-uid', str(uid), 'INBOX'],
                       check=True, capture_output=True)

    def ranges(self, text):
        return [(int(a), int(b), int(n)) for a, b, n in
                re.findall(r'UID SEARCH UID (\d+):(\d+): (\d+) message', text)]

    def test_new_messages_are_searched_in_bounded_ranges(self):
        self.dovecot.append([po_mail(1), po_mail(2)])
        self.min_next_uid(250001)
        self.dovecot.append([po_mail(3), po_mail(4)])
        self.assertEqual(self.dovecot.uids(), [1, 2, 250001, 250002])
        self.imap_channel()
        out = self.once()
        self.assertEqual(self.external_ids(), ['PO-%05d' % i for i in range(1, 5)])
        self.assertEqual(self.cursor()['uid'], 250002)
        got = self.ranges(out.stderr)
        # The first range finds 1 and 2; then the empty ranges up to the
        # gap's end are passed, each at most SPAN UIDs, and the last one
        # ends at UIDNEXT - 1.
        self.assertEqual(got, [(1, SPAN, 2), (3, SPAN + 2, 0), (SPAN + 3, 2 * SPAN + 2, 0),
                               (2 * SPAN + 3, 250002, 2)])
        self.assertTrue(all(b - a < SPAN for a, b, _ in got), got)
        # Nothing new: one range from the cursor to UIDNEXT - 1 is empty,
        # and no search at all once the cursor is there.
        out = self.once()
        self.assertEqual(self.ranges(out.stderr), [])
        self.assertEqual(len(self.external_ids()), 4)

    def repairs(self, text):
        return [(int(a), int(b), int(n)) for a, b, n in
                re.findall(r'repair: UID SEARCH UID (\d+):(\d+): (\d+) message', text)]

    def unflag(self, uid):
        m = self.dovecot.client()
        try:
            m.select('INBOX')
            typ, data = m.uid('STORE', str(uid), '-FLAGS', '($Orderd)')
            self.assertEqual(typ, 'OK', data)
        finally:
            m.logout()

    def test_the_repair_of_skipped_side_effects_is_bounded(self):
        # after: flag; then the flag of two messages is lost, one far below
        # the cursor (UID 1) and one among the last SPAN UIDs (250001).
        self.dovecot.append([po_mail(1), po_mail(2)])
        self.min_next_uid(250001)
        self.dovecot.append([po_mail(3), po_mail(4)])
        self.imap_channel(after='flag')
        self.once()
        self.assertTrue(all('$Orderd' in f for f in self.dovecot.flags().values()))
        self.unflag(1)
        self.unflag(250001)
        out = self.once()
        # One search of the last SPAN UIDs up to the cursor, never 1:cursor.
        self.assertEqual(self.repairs(out.stderr), [(250002 - SPAN + 1, 250002, 1)])
        self.assertIn('repairing after: flag of 1 message(s) at or below UID 250002', out.stderr)
        flags = self.dovecot.flags()
        self.assertIn('$Orderd', flags[250001])
        self.assertNotIn('$Orderd', flags[1])  # outside the window: left alone
        self.assertEqual(len(self.external_ids()), 4)
