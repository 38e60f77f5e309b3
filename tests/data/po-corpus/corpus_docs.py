"""Attachments for the purchase-order corpus: .xlsx (openpyxl, with the
formula results cached the way Excel saves them), .xls (xlwt, BIFF8),
PDF (reportlab, CJK TrueType font embedded as a subset) and CSV.
Every writer gives the same bytes for the same input."""
import io
import re
import zipfile
import datetime

FIXED_ZIP_TIME = (2026, 1, 1, 0, 0, 0)


# ---------------------------------------------------------------- xlsx

class Sheet:
    """A sheet laid out cell by cell, as a person fills a form.
    cells: {(row, col): value}; 1-based; value str / int / Decimal /
    ('=FORMULA', cached_value)."""

    def __init__(self, title):
        self.title = title
        self.cells = {}
        self.merges = []
        self.widths = {}
        self.bold = set()
        self.borders = set()
        self.numfmt = {}
        self.center = set()
        self.font_size = {}

    def set(self, r, c, v, bold=False, border=False, fmt=None, center=False, size=None):
        self.cells[(r, c)] = v
        if bold:
            self.bold.add((r, c))
        if border:
            self.borders.add((r, c))
        if fmt:
            self.numfmt[(r, c)] = fmt
        if center:
            self.center.add((r, c))
        if size:
            self.font_size[(r, c)] = size

    def row(self, r, c0, values, **kw):
        for i, v in enumerate(values):
            if v is not None:
                self.set(r, c0 + i, v, **kw)

    def merge(self, r1, c1, r2, c2):
        self.merges.append((r1, c1, r2, c2))


def col_letter(c):
    s = ''
    while c:
        c, rem = divmod(c - 1, 26)
        s = chr(65 + rem) + s
    return s


def xlsx_bytes(sheets, creator='Administrator', app_title=None):
    import openpyxl
    from openpyxl.styles import Font, Border, Side, Alignment
    from decimal import Decimal
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    thin = Side(style='thin')
    cached = {}
    for sh in sheets:
        ws = wb.create_sheet(sh.title)
        for (r, c), v in sorted(sh.cells.items()):
            cell = ws.cell(row=r, column=c)
            if isinstance(v, tuple):
                cell.value = v[0]
                cached[(sh.title, '%s%d' % (col_letter(c), r))] = v[1]
            elif isinstance(v, Decimal):
                cell.value = float(v)
            else:
                cell.value = v
            if (r, c) in sh.bold or (r, c) in sh.font_size:
                cell.font = Font(name='宋体', bold=(r, c) in sh.bold, size=sh.font_size.get((r, c), 11))
            if (r, c) in sh.borders:
                cell.border = Border(left=thin, right=thin, top=thin, bottom=thin)
            if (r, c) in sh.numfmt:
                cell.number_format = sh.numfmt[(r, c)]
            if (r, c) in sh.center:
                cell.alignment = Alignment(horizontal='center', vertical='center')
        for m in sh.merges:
            ws.merge_cells(start_row=m[0], start_column=m[1], end_row=m[2], end_column=m[3])
        for c, w in sh.widths.items():
            ws.column_dimensions[col_letter(c)].width = w
    fixed = datetime.datetime(2026, 1, 1, 0, 0, 0)
    wb.properties.creator = creator
    wb.properties.lastModifiedBy = creator
    wb.properties.created = fixed
    wb.properties.modified = fixed
    if app_title:
        wb.properties.title = app_title
    buf = io.BytesIO()
    wb.save(buf)
    return _fix_xlsx(buf.getvalue(), cached, [s.title for s in sheets])


def _fmt_cached(v):
    from decimal import Decimal
    if isinstance(v, Decimal):
        s = format(v.normalize(), 'f')
        return s
    return str(v)


def _unent(s):
    return re.sub(r'&#(\d+);', lambda m: chr(int(m.group(1))), s)


def _fix_xlsx(data, cached, titles):
    """Make openpyxl's file look like Excel's: formula results cached in
    <v>, strings in a shared string table (UTF-8, not character
    references), fixed time stamps."""
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    zout = zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED)
    sst, sst_index = [], {}
    bodies = {}
    for info in zin.infolist():
        body = zin.read(info.filename)
        if re.match(r'xl/worksheets/sheet\d+\.xml$', info.filename):
            def to_shared(mo):
                text = _unent(mo.group(3))
                if text not in sst_index:
                    sst_index[text] = len(sst)
                    sst.append(text)
                return '<c r="%s"%s t="s"><v>%d</v></c>' % (mo.group(1), mo.group(2), sst_index[text])
            body = re.sub(r'<c r="([A-Z]+\d+)"([^>]*?) t="inlineStr"><is><t[^>]*>([^<]*)</t></is></c>', to_shared,
                          body.decode('utf-8')).encode('utf-8')
        bodies[info.filename] = body
    if sst:
        items = ''.join('<si><t%s>%s</t></si>' % (' xml:space="preserve"' if t != t.strip() else '', t)
                        for t in sst)
        bodies['xl/sharedStrings.xml'] = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns='
                                          '"http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="%d" '
                                          'uniqueCount="%d">%s</sst>' % (len(sst), len(sst), items)).encode('utf-8')
        ct = bodies['[Content_Types].xml'].decode('utf-8')
        if 'sharedStrings' not in ct:
            ct = ct.replace('</Types>', '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.'
                            'openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>')
        bodies['[Content_Types].xml'] = ct.encode('utf-8')
        rels = bodies['xl/_rels/workbook.xml.rels'].decode('utf-8')
        if 'sharedStrings' not in rels:
            rels = rels.replace('</Relationships>', '<Relationship Id="rIdSst" Type="http://schemas.openxmlformats.org/'
                                'officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
                                '</Relationships>')
        bodies['xl/_rels/workbook.xml.rels'] = rels.encode('utf-8')
    for name in bodies:
        body = bodies[name]
        m = re.match(r'xl/worksheets/sheet(\d+)\.xml$', name)
        if m:
            title = titles[int(m.group(1)) - 1]
            text = body.decode('utf-8')

            def fill(mo):
                ref = mo.group(1)
                v = cached.get((title, ref))
                if v is None:
                    return mo.group(0)
                return '<c r="%s"%s><f>%s</f><v>%s</v></c>' % (ref, mo.group(2), mo.group(3),
                                                              _fmt_cached(v))
            text = re.sub(r'<c r="([A-Z]+\d+)"([^>]*)><f>([^<]*)</f><v\s*/?>(?:</v>)?</c>', fill, text)
            body = text.encode('utf-8')
        if name == 'docProps/core.xml':
            body = re.sub(rb'(<dcterms:(?:created|modified)[^>]*>)[^<]*',
                          rb'\g<1>2026-01-01T00:00:00Z', body)
        zi = zipfile.ZipInfo(name, date_time=FIXED_ZIP_TIME)
        zi.compress_type = zipfile.ZIP_DEFLATED
        zi.external_attr = 0o600 << 16
        zout.writestr(zi, body)
    zout.close()
    return out.getvalue()


# ---------------------------------------------------------------- xls

def xls_bytes(sheets):
    import xlwt
    from decimal import Decimal
    wb = xlwt.Workbook(encoding='utf-8')
    plain = xlwt.easyxf('font: name 宋体, height 220')
    boldf = xlwt.easyxf('font: name 宋体, bold on, height 220')
    title = xlwt.easyxf('font: name 宋体, bold on, height 360; align: horiz center')
    bordered = xlwt.easyxf('font: name 宋体, height 220; borders: left thin, right thin, top thin, bottom thin')
    money = xlwt.easyxf('font: name 宋体, height 220; borders: left thin, right thin, top thin, bottom thin',
                        num_format_str='#,##0.00')
    money4 = xlwt.easyxf('font: name 宋体, height 220; borders: left thin, right thin, top thin, bottom thin',
                         num_format_str='0.0000')
    datef = xlwt.easyxf('font: name 宋体, height 220', num_format_str='yyyy-mm-dd')
    for sh in sheets:
        ws = wb.add_sheet(sh.title)
        merged_starts = {(m[0], m[1]): m for m in sh.merges}
        done = set()
        for (r, c), v in sorted(sh.cells.items()):
            st = plain
            if (r, c) in sh.font_size:
                st = title
            elif (r, c) in sh.bold:
                st = boldf
            elif (r, c) in sh.borders:
                st = bordered
                f = sh.numfmt.get((r, c))
                if f == '#,##0.00' or f == '0.00':
                    st = money
                elif f == '0.0000':
                    st = money4
            if isinstance(v, tuple):
                v = v[1]
            if isinstance(v, Decimal):
                v = float(v)
            if isinstance(v, datetime.date):
                st = datef
            if (r, c) in merged_starts:
                m = merged_starts[(r, c)]
                ws.write_merge(m[0] - 1, m[2] - 1, m[1] - 1, m[3] - 1, v, st)
                done.add((r, c))
            else:
                ws.write(r - 1, c - 1, v, st)
        for c, w in sh.widths.items():
            ws.col(c - 1).width = int(w * 256)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


# ---------------------------------------------------------------- pdf

_FONTS = {}


def _font(name):
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfbase import pdfmetrics
    if name not in _FONTS:
        if name == 'hei':
            pdfmetrics.registerFont(TTFont('WQYHei', '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc',
                                           subfontIndex=0))
            _FONTS[name] = 'WQYHei'
        else:
            pdfmetrics.registerFont(TTFont('UMing', '/usr/share/fonts/truetype/arphic/uming.ttc',
                                           subfontIndex=0))
            _FONTS[name] = 'UMing'
    return _FONTS[name]


def pdf_bytes(build, title='Purchase Order', author='', font='hei', pagesize=None):
    """build(canvas, fontname, pagesize) draws the pages."""
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    ps = pagesize or A4
    buf = io.BytesIO()
    fn = _font(font)
    c = canvas.Canvas(buf, pagesize=ps, invariant=1, pageCompression=1)
    c.setTitle(title)
    c.setAuthor(author)
    c.setCreator('Microsoft® Word 2016' if font == 'song' else 'WPS Office')
    build(c, fn, ps)
    c.save()
    return buf.getvalue()


def draw_grid_table(c, font, x, y, col_widths, rows, size=9, row_h=18, align=None, header_bold=True):
    """Draw rows (lists of str) as a ruled table whose top-left is (x, y);
    returns the y below the table. align: per column 'l', 'r', 'c'."""
    align = align or ['l'] * len(col_widths)
    total_w = sum(col_widths)
    yy = y
    c.setLineWidth(0.6)
    for ri, row in enumerate(rows):
        c.line(x, yy, x + total_w, yy)
        xx = x
        for ci, w in enumerate(col_widths):
            txt = row[ci] if ci < len(row) else ''
            c.setFont(font, size)
            ty = yy - row_h + (row_h - size) / 2 + 1.5
            if align[ci] == 'r':
                c.drawRightString(xx + w - 3, ty, txt)
            elif align[ci] == 'c' or ri == 0:
                c.drawCentredString(xx + w / 2, ty, txt)
            else:
                c.drawString(xx + 3, ty, txt)
            xx += w
        yy -= row_h
    c.line(x, yy, x + total_w, yy)
    xx = x
    for w in col_widths + [0]:
        c.line(xx, y, xx, yy)
        xx += w
    return yy


# ---------------------------------------------------------------- csv

def csv_text(rows, delim=',', quote_all=False):
    out = []
    for r in rows:
        cells = []
        for v in r:
            s = '' if v is None else str(v)
            if quote_all or delim in s or '"' in s or '\n' in s:
                s = '"' + s.replace('"', '""') + '"'
            cells.append(s)
        out.append(delim.join(cells))
    return '\r\n'.join(out) + '\r\n'
