"""`orderctl deadletters show` in text format prints customer bytes with
their control characters escaped (issue 18): an ESC sequence in a file
dropped by anyone must not drive the clerk's terminal."""
import base64
import json

from harness import OrderdCase

HEADER = 'external_id,status,lines.sku,lines.qty,lines.unit_price\n'
EVIL = '\x1b]0;pwned\x07\x1b[2J\x1b[8m\x7f\u009b'


class DeadLetterShowEscapes(OrderdCase):
    channels = {'shop': {'currency': 'CNY'}}

    def test_control_characters_are_escaped_in_text_and_kept_in_json(self):
        self.drop('shop', 'evil.csv', HEADER + 'E1,paid,A,x%s,5.00\r\nE2,paid,B,1,2.00\r\n' % EVIL)
        self.once()
        dl_id = self.sql("SELECT id FROM dead_letters WHERE external_id = 'E1'")[0][0]
        out = self.orderctl('deadletters', 'show', dl_id).stdout
        for c in ('\x1b', '\x07', '\r'):
            self.assertNotIn(c, out)
        escaped = '\\x1b]0;pwned\\x07\\x1b[2J\\x1b[8m\\x7f\\u009b'
        self.assertIn('raw (', out)
        self.assertEqual(out.count(escaped), 2, out)  # the reason and the raw row
        self.assertNotIn('\x7f', out)
        self.assertNotIn('\u009b', out)
        self.assertIn(escaped + ',5.00\n', out)
        # JSON keeps every byte (escaped by the JSON writer, in base64).
        shown = json.loads(self.orderctl('deadletters', 'show', dl_id, '--format', 'json').stdout)
        raw = base64.b64decode(''.join(shown['raw_base64'].split())).decode()
        self.assertIn(EVIL, raw)
