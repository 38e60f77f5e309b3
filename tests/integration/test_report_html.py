"""The report as one HTML page (issue 14): `orderctl report --format html`
over the seeded data of test_report.py, read back with html.parser: no
script and no external reference, one SVG bar per channel, hold reason and
SKU with lengths proportional to the JSON report's figures, and a hostile
SKU escaped."""
import html.parser
import json
import os
import shutil
import subprocess
import unittest
import zlib

from test_report import HEADER, INTL, SHOP, ReportCase

HOSTILE = '<script>&"x'


class Page(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags, self.attrs, self.texts, self.charts = [], [], [], []
        self.in_svg = False

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.attrs.extend(attrs)
        if tag == 'svg':
            self.charts.append([])
        if tag == 'rect':
            a = dict(attrs)
            self.charts[-1].append((float(a['data-value']), int(a['width'])))

    def handle_data(self, data):
        self.texts.append(data)


class HtmlReport(ReportCase):
    def setUp(self):
        super().setUp()
        sku = '"' + HOSTILE.replace('"', '""') + '"'
        self.drop('shop', 'a.csv', HEADER + SHOP +
                  'S10,2026-11-20 15:00:00,paid,CNY,,%s,1,10.00\n' % sku)
        self.drop('intl', 'a.csv', HEADER + INTL)
        self.once()

    def page(self):
        out = self.orderctl('report', 'daily', '--date', '2026-11-20', '--format', 'html').stdout
        p = Page()
        p.feed(out)
        return out, p

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
        with open(png, 'rb') as f:
            data = f.read()
        self.assertEqual(data[:8], b'\x89PNG\r\n\x1a\n')
        self.assertGreater(len(set(png_bytes(data))), 10)  # not a blank page
        if os.environ.get('ORDERD_REPORT_SCREENSHOT'):
            shutil.copy(png, os.environ['ORDERD_REPORT_SCREENSHOT'])


def png_bytes(data):
    """The decompressed image bytes (filter bytes included) of a PNG."""
    pos, idat = 8, b''
    while pos < len(data):
        n = int.from_bytes(data[pos:pos + 4], 'big')
        if data[pos + 4:pos + 8] == b'IDAT':
            idat += data[pos + 8:pos + 8 + n]
        pos += 12 + n
    return zlib.decompress(idat)
