"""The report as one HTML page (issue 14): `orderctl report --format html`
over the seeded data of test_report.py, read back with html.parser: no
script and no external reference, one SVG bar per channel, hold reason and
SKU with lengths proportional to the JSON report's figures, and a hostile
SKU escaped; every table with the numbers of `--format json`; the labels
in Chinese (default) or English (--lang en) and never the other; a weekly
report's orders chart one group of bars per day."""
import datetime
import html.parser
import json
import os
import re
import shutil
import subprocess
import unittest
import zlib
import zoneinfo

from test_report import HEADER, INTL, SHOP, ReportCase

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..')


def labels():
    """The (zh, en) pairs of the label table in lib/report_html.c."""
    with open(os.path.join(ROOT, 'lib', 'report_html.c'), encoding='utf-8') as f:
        src = f.read()
    pairs = re.findall(r'\[L_\w+\] = \{\s*"([^"]*)",\s*"([^"]*)"\s*\}', src)
    assert len(pairs) > 40, pairs
    return pairs


def outcome(lang, o):
    zh = {'approved': '通过', 'held': '暂扣', 'rejected': '拒绝', 'pending': '待定'}
    return zh[o] if lang == 'zh' else o


def pct(v):
    return '–' if v is None else '%+.1f %%' % v


def dur(seconds):
    return '%dh%02dm' % (seconds // 3600, seconds // 60 % 60)

HOSTILE = '<script>&"x'


class Page(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags, self.attrs, self.texts, self.charts = [], [], [], []
        self.tables, self.ids, self.groups = {}, {}, []
        self.rows = self.cell = self.id_text = None

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.attrs.extend(attrs)
        a = dict(attrs)
        if tag == 'svg':
            self.charts.append([])
        if tag == 'g':
            self.groups.append((a['data-date'], []))
        if tag == 'rect':
            self.charts[-1].append((float(a['data-value']), int(a['width'])))
            if 'data-channel' in a:
                self.groups[-1][1].append((a['data-channel'], int(a['data-value'])))
        if tag == 'table':
            self.rows = self.tables[a['id']] = []
        if tag == 'tr':
            self.rows.append([])
        if tag in ('td', 'th'):
            self.cell = []
        if 'id' in a and tag not in ('table', 'svg'):
            self.id_text = self.ids[a['id']] = []

    def handle_endtag(self, tag):
        if tag in ('td', 'th'):
            self.rows[-1].append(''.join(self.cell))
            self.cell = None
        if tag == 'table':
            self.rows = None
        if tag in ('p', 'span'):
            self.id_text = None

    def handle_data(self, data):
        self.texts.append(data)
        if self.cell is not None:
            self.cell.append(data)
        if self.id_text is not None:
            self.id_text.append(data)

    def table(self, name):
        """The rows of a table without its header row."""
        return self.tables[name][1:]


class HtmlReport(ReportCase):
    def setUp(self):
        super().setUp()
        sku = '"' + HOSTILE.replace('"', '""') + '"'
        self.drop('shop', 'a.csv', HEADER + SHOP +
                  'S10,2026-11-20 15:00:00,paid,CNY,,%s,1,10.00\n' % sku)
        self.drop('intl', 'a.csv', HEADER + INTL)
        self.once()

    def page(self, *args, period=('daily', '--date', '2026-11-20')):
        out = self.orderctl('report', *period, '--format', 'html', *args).stdout
        p = Page()
        p.feed(out)
        return out, p

    def json(self, period=('daily', '--date', '2026-11-20')):
        return json.loads(self.orderctl('report', *period, '--format', 'json').stdout)

    def test_tables_are_the_json_figures(self):
        r = self.json()
        for lang in ('zh', 'en'):
            _, p = self.page('--lang', lang)
            # channels: the channel's orders over its currencies, then a row per currency
            rows = p.table('channels')
            expect = []
            for c in r['channels']:
                for i, (cur, amount) in enumerate(c['amounts'].items()):
                    head = [c['channel'], str(c['orders']), str(c['previous_orders']),
                            pct(c['orders_change_pct'])] if i == 0 else []
                    expect.append(head + [cur, amount, c['previous_amounts'][cur],
                                          pct(c['amounts_change_pct'][cur])])
            self.assertEqual(rows, expect)
            # shop on the 20th: S1 S2 S4-S8 and S10 (8 orders; S3 the day before);
            # CNY 200+100+250+2000+6000+100+10 = 8660.00, USD (S8) 30.00
            i = rows.index(['shop', '8', '1', '+700.0 %', 'CNY', '8660.00', '100.00',
                            '+8560.0 %'])
            self.assertEqual(rows[i + 1], ['USD', '30.00', '0.00', '–'])
            a = r['audit']
            names = {'zh': ['通过', '暂扣', '拒绝', '待定', '合计'],
                     'en': ['approved', 'held', 'rejected', 'pending', 'Total']}[lang]
            self.assertEqual(p.table('audit'), [
                [n, str(a[k]), '%.1f %%' % (a['rates_pct'][k] if k != 'total' else 100.0)]
                for n, k in zip(names, ('approved', 'held', 'rejected', 'pending', 'total'))])
            self.assertTrue(''.join(p.ids['median']).endswith(dur(a['median_decision_seconds'])))
            self.assertEqual(p.table('reasons'), [[x['rule'], str(x['count']), x['message']]
                                                  for x in a['top_hold_reasons']])
            w = a['waiting_at_end']
            self.assertEqual(''.join(p.ids['waiting-count']), str(w['count']))
            self.assertEqual(p.table('waiting'), [
                [str(o['id']), o['channel'], o['external_id'], outcome(lang, o['outcome']),
                 o['placed_at'], dur(o['age_seconds'])] for o in w['orders']])
            self.assertEqual(len(w['orders']), 4)  # I2 S4 S5 S10
            self.assertEqual(p.table('shortfall'), [
                [s['sku'], s['warehouse'], str(s['on_hand']), str(s['reserved']),
                 str(s['held_demand']), str(s['shortfall']), ' '.join(s['orders'])]
                for s in r['stock_shortfall']])
            self.assertTrue(r['stock_shortfall'])
            t = r['top_skus']
            self.assertEqual(p.table('top-qty'), [[x['sku'], str(x['qty']), str(x['orders'])]
                                                  for x in t['by_quantity']])
            self.assertEqual(p.table('top-amount'), [
                [x['sku'], x['currency'], x['amount'], str(x['qty']), str(x['orders'])]
                for x in t['by_amount']])
            yes, no = ('是', '否') if lang == 'zh' else ('yes', 'no')
            self.assertEqual(p.table('rush'), [
                [str(o['id']), o['channel'], o['external_id'], outcome(lang, o['outcome']),
                 o['placed_at'], yes if o['decided'] else no] for o in r['rush']])
            self.assertEqual(len(r['rush']), 2)
            self.assertEqual(p.table('dead'), [])
            self.assertEqual(p.table('failures'), [])

    def test_labels_in_one_language(self):
        pairs = [(zh, en) for zh, en in labels() if zh != en]
        for lang, mine, other in (('zh', 0, 1), ('en', 1, 0)):
            out, p = self.page(*(('--lang', lang) if lang == 'en' else ()))
            texts = {t.strip() for t in p.texts}
            heads = [row[0] for row in p.tables.values()]
            for pair in pairs:
                self.assertNotIn(pair[other], texts, lang)
            for head in heads:
                for cell in head:
                    self.assertIn(cell, [x[mine] for x in pairs] + ['SKU', 'ID'], lang)
            self.assertIn('<html lang="%s">' % lang, out)
        # no Chinese in English but the data's (the audit wrote its messages in Chinese)
        _, en = self.page('--lang', 'en')
        data = {row[2] for row in en.table('reasons')}
        self.assertEqual([t for t in en.texts if re.search('[\u4e00-\u9fff]', t) and t not in data],
                         [])
        zh, _ = self.page()
        self.assertIn('各渠道订单数', zh)
        self.assertEqual(self.orderctl('report', 'daily', '--format', 'html', '--lang', 'fr',
                                       check=False).returncode, 2)
        self.assertEqual(self.orderctl('report', 'daily', '--lang', 'en',
                                       check=False).returncode, 2)

    def test_weekly_chart_one_group_per_day(self):
        week = ('weekly', '--week', '2026-W47')
        r = self.json(week)
        _, p = self.page(period=week)
        chans = [c['channel'] for c in r['channels']]
        days = ['2026-11-%d' % d for d in range(16, 23)]
        self.assertEqual([d for d, _ in p.groups], days)
        per_day = {(x['date'], x['channel']): x['orders'] for x in r['daily']}
        for d, bars in p.groups:
            self.assertEqual(bars, [(c, per_day.get((d, c), 0)) for c in chans])
        # 19th: S3 and I3; 20th: eight of shop (with S10), two of intl; 21st: S9
        groups = dict(p.groups)
        self.assertEqual(sorted(groups['2026-11-19']), [('intl', 1), ('shop', 1)])
        self.assertEqual(sorted(groups['2026-11-20']), [('intl', 2), ('shop', 8)])
        self.assertEqual(sorted(groups['2026-11-21']), [('intl', 0), ('shop', 1)])
        self.assertEqual(sorted(groups['2026-11-16']), [('intl', 0), ('shop', 0)])
        orders, = p.charts[:1]
        top = max(v for v, _ in orders)
        for v, w in orders:
            self.assertAlmostEqual(w, v / top * 400, delta=0.5)
        _, daily = self.page()
        self.assertEqual(daily.groups, [])  # a day: one bar per channel, no groups

    def test_self_contained_and_escaped(self):
        out, p = self.page()
        self.assertNotIn('script', p.tags)
        for k, v in p.attrs:
            self.assertFalse(k in ('src', 'href'), (k, v))
        self.assertNotIn('http:', out.replace('http://www.w3.org/2000/svg', ''))
        self.assertNotIn('https:', out)
        self.assertNotIn(HOSTILE, out)
        self.assertIn('&lt;script&gt;&amp;&quot;x', out)
        self.assertIn(HOSTILE, p.texts)  # the parser reads the escaped text back
        self.assertIn('@page', out)
        self.assertIn('订单报告', out)

    def test_bars_are_the_json_figures(self):
        r = json.loads(self.orderctl('report', 'daily', '--date', '2026-11-20',
                                     '--format', 'json').stdout)
        _, p = self.page()
        orders, reasons, cover = p.charts
        self.assertEqual([v for v, _ in orders],
                         [c['orders'] for c in r['channels']])
        self.assertEqual([v for v, _ in reasons], [x['count'] for x in r['audit']['top_hold_reasons']])
        self.assertEqual([v for v, _ in cover], [c['days_of_cover'] for c in r['stock_cover']])
        for chart in (orders, reasons, cover):
            top = max(v for v, _ in chart)
            for v, w in chart:
                self.assertAlmostEqual(w, max(v, 0) / top * 400, delta=0.5)

    @unittest.skipUnless(shutil.which('chromium'), 'needs chromium')
    def test_chromium_renders_it(self):
        out, _ = self.page()
        path = os.path.join(self.tmp, 'report.html')
        png = os.path.join(self.tmp, 'report.png')
        with open(path, 'w') as f:
            f.write(out)
        args = ['chromium', '--headless', '--no-sandbox', '--disable-gpu']
        subprocess.run(args + ['--screenshot=' + png, '--window-size=1240,1754',
                               'file://' + path], check=True, capture_output=True, timeout=120)
        dom = subprocess.run(args + ['--dump-dom', 'file://' + path], check=True,
                             capture_output=True, text=True, timeout=120).stdout
        self.assertEqual(dom.count('<svg'), 3)
        self.assertEqual(dom.count('<table'), 10)
        with open(png, 'rb') as f:
            data = f.read()
        self.assertEqual(data[:8], b'\x89PNG\r\n\x1a\n')
        self.assertGreater(len(set(png_bytes(data))), 10)  # not a blank page
        if os.environ.get('ORDERD_REPORT_SCREENSHOT'):
            shutil.copy(png, os.environ['ORDERD_REPORT_SCREENSHOT'])


class HtmlIntake(ReportCase):
    """Dead letters and a failed channel in the HTML, against the JSON."""

    def test_dead_letters_and_failures(self):
        zone = zoneinfo.ZoneInfo(self.zone)
        now = datetime.datetime.now(zone)
        self.drop('shop', 'a.csv', HEADER + 'X1,%s,paid,CNY,,A,zwei,1.00\n'
                  % now.strftime('%Y-%m-%d %H:%M:%S'))
        self.add_channel('gone', {'timezone': 'Asia/Shanghai'})
        os.rmdir(self.drop_dir('gone'))
        self.once(check=False)
        one = datetime.timedelta(days=1)
        period = ('range', '--from', (now.date() - one).isoformat(),
                  '--to', (now.date() + one).isoformat())
        r = json.loads(self.orderctl('report', *period, '--format', 'json').stdout)
        out = self.orderctl('report', *period, '--format', 'html', '--lang', 'en').stdout
        p = Page()
        p.feed(out)
        self.assertEqual(p.table('dead'), [[d['channel'], str(d['opened']), str(d['closed']),
                                            str(d['open_at_end'])] for d in r['dead_letters']])
        self.assertEqual(p.table('dead'), [['shop', '1', '0', '1']])
        (f,) = r['channel_failures']
        (row,) = p.table('failures')
        self.assertEqual(row[:4] + row[5:], [f['channel'], f['state'], str(f['runs']),
                                              str(f['failed_runs']), f['last_error'] or ''])
        self.assertRegex(row[4], r'^\d+h\d\dm$')
        self.assertEqual(len(p.groups), 3)  # a range of three days


def png_bytes(data):
    """The decompressed image bytes (filter bytes included) of a PNG."""
    pos, idat = 8, b''
    while pos < len(data):
        n = int.from_bytes(data[pos:pos + 4], 'big')
        if data[pos + 4:pos + 8] == b'IDAT':
            idat += data[pos + 8:pos + 8 + n]
        pos += 12 + n
    return zlib.decompress(idat)
