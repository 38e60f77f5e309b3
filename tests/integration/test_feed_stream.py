"""Feed files read a batch at a time: a cursor says where the next unit
starts (byte offset and line), and a cursor written by an older orderd
(unit count only), a damaged one or one of another content still resumes
exactly at its unit (docs/feed.md, "File lifecycle")."""
import hashlib
import json

from harness import OrderdCase

HEADER = 'external_id,placed_at,customer.name,buyer_note,lines.sku,lines.qty,lines.unit_price\n'


def order(ext):
    return json.dumps({'external_id': ext, 'placed_at': '2026-11-20T09:30:00+08:00',
                       'customer': {'name': '王五'},
                       'lines': [{'sku': 'A', 'qty': 2, 'unit_price': '3.10'}]},
                      ensure_ascii=False)


# NDJSON: units are the lines that are not blank (a broken line is a dead
# letter); the last line has no line end.
ND_LINES = [order('N1'), '  ', order('N2'), '{"external_id": "N3", broken', order('N4'),
            order('N5'), '', '{bad', order('N6'), order('N7')]
NDJSON = '\n'.join(ND_LINES).encode()
# CSV: rows of one order are adjacent; a row without external_id is a unit
# of its own; C3's note holds a line end (one record, two lines).
CSV_ROWS = ['C1,2026-11-20,Ann,,X,1,1.00\n', 'C1,,,,Y,2,2.00\n', 'C2,2026-11-20,Bob,,X,1,1.00\n',
            ',2026-11-20,Nobody,,X,1,1.00\n', 'C3,2026-11-20,张三,"两行\n备注",X,1,1.00\n',
            'C4,2026-11-20,Dan,,X,1,1.00\n', 'C4,,,,Z,3,1.50\n', 'C5,2026-11-20,Eve,,X,1,1.2.3\n',
            'C6,2026-11-20,Fay,,X,1,1.00\n']
CSV = (HEADER + ''.join(CSV_ROWS)).encode()
UNITS = {'nd': 8, 'cs': 7}
DONE = 3  # units committed before the upgrade: resume at the fourth


def unit_start(data, fmt, k):
    """(byte offset, line) where unit k (from 0) starts, found
    independently of orderd."""
    lines = data.split(b'\n')
    off, units = 0, 0
    if fmt == 'ndjson':
        for i, l in enumerate(lines):
            if l.strip(b' \t\r'):
                if units == k:
                    return off, i + 1
                units += 1
            off += len(l) + 1
    # CSV: by the rows above (row index of each unit's first row).
    starts = [2, 4, 5, 6, 8, 10, 11]  # physical lines, header at 1
    line = starts[k] - 1  # 0-based index into lines
    return sum(len(l) + 1 for l in lines[:line]), line + 1


class FeedResume(OrderdCase):
    batch_size = 2
    VARIANTS = ('old', 'new', 'mid', 'far', 'end', 'other')
    channels = dict([('nd-' + v, {'format': 'ndjson', 'currency': 'CNY'}) for v in VARIANTS] +
                    [('cs-' + v, {'currency': 'CNY'}) for v in VARIANTS] +
                    [('cs-apart', {'currency': 'CNY'})])

    def put_cursor(self, channel, cursor):
        self.sql("INSERT INTO channel_cursors (channel, cursor) VALUES (:'p1', :'p2'::jsonb)",
                 channel, json.dumps(cursor))

    def cursor(self, channel):
        (c,), = self.sql("SELECT cursor::text FROM channel_cursors WHERE channel = :'p1'", channel)
        return json.loads(c)

    def stored(self, channel):
        ids = sorted(r[0] for r in self.sql(
            "SELECT external_id FROM orders WHERE channel = :'p1'", channel))
        dead = sorted(r[0] for r in self.sql(
            "SELECT source_ref FROM dead_letters WHERE channel = :'p1'", channel))
        return ids, dead

    def test_resume_at_the_unit_of_any_cursor(self):
        self.once()  # registers the channels (cursors refer to them)
        files = {'nd': ('o.ndjson', NDJSON), 'cs': ('c.csv', CSV)}
        for fmt, (name, data) in files.items():
            sha = hashlib.sha256(data).hexdigest()
            off, line = unit_start(data, 'ndjson' if fmt == 'nd' else 'csv', DONE)
            old = {'file': name, 'sha256': sha, 'done': DONE, 'units': UNITS[fmt],
                   'complete': False}
            cursors = {
                'old': old,  # written by orderd before files were read a batch at a time
                'new': dict(old, offset=off, line=line),
                'mid': dict(old, offset=off + 5, line=line),  # damaged: inside a unit
                'far': dict(old, offset=len(data) + 100, line=99),  # damaged: past the end
                # damaged: at the end (CSV: after a line end), where no unit is left
                'end': dict(old, offset=len(data), line=99),
                # another content under the same name: read from the start
                'other': dict(old, sha256=hashlib.sha256(b'x').hexdigest(), offset=off,
                              line=line),
            }
            for v, cur in cursors.items():
                self.put_cursor(fmt + '-' + v, cur)
                self.drop(fmt + '-' + v, name, data)
        apart = (HEADER + 'A1,2026-11-20,Ann,,X,1,1.00\nA2,2026-11-20,Bob,,X,1,1.00\n'
                 'A1,,,,Y,1,1.00\nA3,2026-11-20,Cy,,X,1,1.00\n').encode()
        self.put_cursor('cs-apart', {'file': 'a.csv', 'sha256': hashlib.sha256(apart).hexdigest(),
                                     'done': 1, 'units': 3, 'complete': False})
        self.drop('cs-apart', 'a.csv', apart)
        self.once()

        nd_after = (['N4', 'N5', 'N6', 'N7'], ['o.ndjson:8'])
        nd_all = (['N1', 'N2', 'N4', 'N5', 'N6', 'N7'], ['o.ndjson:4', 'o.ndjson:8'])
        cs_after = (['C3', 'C4', 'C6'], ['c.csv:10'])
        cs_all = (['C1', 'C2', 'C3', 'C4', 'C6'], ['c.csv:10', 'c.csv:5'])
        for v in self.VARIANTS:
            self.assertEqual(self.stored('nd-' + v), nd_all if v == 'other' else nd_after, v)
            self.assertEqual(self.stored('cs-' + v), cs_all if v == 'other' else cs_after, v)
            for fmt in ('nd', 'cs'):
                ch = fmt + '-' + v
                cur = self.cursor(ch)
                self.assertEqual((cur['done'], cur['units'], cur['complete']),
                                 (UNITS[fmt], UNITS[fmt], True), ch)
                self.assertNotIn('offset', cur, ch)
                self.assertEqual(self.pending(ch), [], ch)
        # C3 keeps its two-line note: the record was read whole.
        note = self.sql("SELECT buyer_note FROM orders WHERE channel = 'cs-new'"
                            " AND external_id = 'C3'")
        self.assertEqual(note, [['两行\n备注']])
        # Rows of one order apart: the file is grouped whole, as before.
        self.assertEqual(self.stored('cs-apart'), (['A2', 'A3'], []))

    def test_batches_follow_the_offset(self):
        """One process reads the file in batches of 2 units, each from
        where the previous one ended."""
        self.once()
        self.drop('nd-new', 'o.ndjson', NDJSON)
        self.drop('cs-new', 'c.csv', CSV)
        self.once()
        self.assertEqual(self.stored('nd-new'),
                         (['N1', 'N2', 'N4', 'N5', 'N6', 'N7'], ['o.ndjson:4', 'o.ndjson:8']))
        self.assertEqual(self.stored('cs-new'),
                         (['C1', 'C2', 'C3', 'C4', 'C6'], ['c.csv:10', 'c.csv:5']))
        for ch in ('nd-new', 'cs-new'):
            batches = self.sql("SELECT sum(batches) FROM ingest_runs WHERE channel = :'p1'", ch)
            self.assertEqual(batches, [['4']], ch)  # 8 and 7 units, 2 a batch
            self.assertEqual(self.archived(ch), ['o.ndjson' if ch == 'nd-new' else 'c.csv'])
        lines = self.sql("SELECT o.external_id, l.line_no, l.sku, l.qty FROM orders o JOIN "
                         "order_lines l ON l.order_id = o.id WHERE o.channel = 'cs-new' "
                         "AND o.external_id IN ('C1', 'C4') ORDER BY 1, 2")
        self.assertEqual(lines, [['C1', '1', 'X', '1'], ['C1', '2', 'Y', '2'],
                                 ['C4', '1', 'X', '1'], ['C4', '2', 'Z', '3']])
