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
