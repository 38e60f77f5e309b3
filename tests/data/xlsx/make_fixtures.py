#!/usr/bin/env python3
"""Write the .xlsx fixtures of tests/unit/test_xlsx.c into this directory,
and the seeds of the fuzz target tests/fuzz/fuzz_xlsx.c into
tests/fuzz/corpus/xlsx/.

Every workbook is hand-written XML zipped with the standard library, so the
files are reproducible and each one shows exactly the feature it tests:

    python3 tests/data/xlsx/make_fixtures.py

The expected CSV for each file is in the test, not here. Entries get a
fixed timestamp so a rerun gives the same bytes (with the same zlib).
"""
import os
import struct
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "..", "..", "fuzz", "corpus", "xlsx")
MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_R = "http://schemas.openxmlformats.org/package/2006/relationships"
DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'

CONTENT_TYPES = DECL + (
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    "</Types>")
ROOT_RELS = DECL + (
    f'<Relationships xmlns="{PKG_R}">'
    f'<Relationship Id="rId1" Type="{R}/officeDocument" Target="xl/workbook.xml"/>'
    "</Relationships>")


def workbook(sheets, date1904=False):
    """sheets: [(name, rId)]"""
    pr = '<workbookPr date1904="1"/>' if date1904 else '<workbookPr defaultThemeVersion="166925"/>'
    body = "".join(f'<sheet name="{n}" sheetId="{i + 1}" r:id="{rid}"/>'
                   for i, (n, rid) in enumerate(sheets))
    return DECL + (f'<workbook xmlns="{MAIN}" xmlns:r="{R}">{pr}'
                   f'<bookViews><workbookView activeTab="0"/></bookViews>'
                   f'<sheets>{body}</sheets><calcPr calcId="191029"/></workbook>')


def rels(items):
    """items: [(rId, type, target)]"""
    body = "".join(f'<Relationship Id="{i}" Type="{R}/{t}" Target="{tg}"/>' for i, t, tg in items)
    return DECL + f'<Relationships xmlns="{PKG_R}">{body}</Relationships>'


def sst(items):
    """items: raw XML of each <si> body"""
    body = "".join(f"<si>{s}</si>" for s in items)
    return DECL + f'<sst xmlns="{MAIN}" count="{len(items)}" uniqueCount="{len(items)}">{body}</sst>'


def worksheet(rows, extra=""):
    return DECL + (f'<worksheet xmlns="{MAIN}" xmlns:r="{R}"><dimension ref="A1"/>'
                   '<sheetViews><sheetView workbookViewId="0"/></sheetViews>'
                   '<sheetFormatPr defaultRowHeight="15"/><cols><col min="1" max="3" width="12"/></cols>'
                   f"<sheetData>{''.join(rows)}</sheetData>{extra}"
                   '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>'
                   "</worksheet>")


def row(r, cells, attrs=""):
    rr = f' r="{r}"' if r else ""
    return f"<row{rr}{attrs}>{''.join(cells)}</row>"


def c(ref, v=None, t=None, s=None, f=None, inline=None):
    a = f' r="{ref}"' if ref else ""
    if t:
        a += f' t="{t}"'
    if s is not None:
        a += f' s="{s}"'
    inner = ""
    if f is not None:
        inner += f"<f>{f}</f>"
    if v is not None:
        inner += f"<v>{v}</v>"
    if inline is not None:
        inner += f"<is>{inline}</is>"
    return f"<c{a}>{inner}</c>" if inner else f"<c{a}/>"


def write(name, entries, compress=zipfile.ZIP_DEFLATED):
    """entries: [(name, text or bytes)]"""
    path = os.path.join(HERE, name)
    with zipfile.ZipFile(path, "w") as z:
        for n, data in entries:
            zi = zipfile.ZipInfo(n, date_time=(2026, 1, 1, 0, 0, 0))
            zi.compress_type = compress
            z.writestr(zi, data.encode("utf-8") if isinstance(data, str) else data)
    return path


def package(sheet_xml, sst_xml=None, styles_xml=None, date1904=False, target="worksheets/sheet1.xml",
            compress=zipfile.ZIP_STORED):
    """The entries of a one-sheet workbook, and the compression to use."""
    items = [("rId1", "worksheet", target)]
    entries = [("[Content_Types].xml", CONTENT_TYPES), ("_rels/.rels", ROOT_RELS),
               ("xl/workbook.xml", workbook([("Sheet1", "rId1")], date1904))]
    if styles_xml is not None:
        items.append(("rId3", "styles", "styles.xml"))
        entries.append(("xl/styles.xml", styles_xml))
    if sst_xml is not None:
        items.append(("rId4", "sharedStrings", "sharedStrings.xml"))
        entries.append(("xl/sharedStrings.xml", sst_xml))
    entries.append(("xl/_rels/workbook.xml.rels", rels(items)))
    entries.append(("xl/worksheets/sheet1.xml", sheet_xml))
    return entries, compress


STYLES = DECL + (
    f'<styleSheet xmlns="{MAIN}">'
    '<numFmts count="4">'
    '<numFmt numFmtId="164" formatCode="yyyy/mm/dd\\ hh:mm"/>'
    '<numFmt numFmtId="165" formatCode="0.00&quot; days&quot;"/>'
    '<numFmt numFmtId="166" formatCode="[Red]#,##0;[Blue]\\-#,##0"/>'
    '<numFmt numFmtId="167" formatCode="&quot;Date: &quot;yyyy\\-mm\\-dd"/>'
    "</numFmts>"
    '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>'
    '<fills count="1"><fill><patternFill patternType="none"/></fill></fills>'
    '<borders count="1"><border/></borders>'
    # cellStyleXfs are not cell formats: an xf here must not shift the indexes
    '<cellStyleXfs count="1"><xf numFmtId="14" fontId="0"/></cellStyleXfs>'
    '<cellXfs count="9">'
    '<xf numFmtId="0" fontId="0" xfId="0"/>'                           # 0 General
    '<xf numFmtId="14" fontId="0" xfId="0" applyNumberFormat="1"/>'   # 1 date
    '<xf numFmtId="164" fontId="0" xfId="0" applyNumberFormat="1"/>'  # 2 custom date-time
    '<xf numFmtId="165" fontId="0" xfId="0" applyNumberFormat="1"/>'  # 3 letters only quoted
    '<xf numFmtId="2" fontId="0" xfId="0" applyNumberFormat="1"/>'    # 4 0.00
    '<xf numFmtId="22" fontId="0" xfId="0" applyNumberFormat="1"/>'   # 5 m/d/yy h:mm
    '<xf numFmtId="20" fontId="0" xfId="0" applyNumberFormat="1"/>'   # 6 h:mm
    '<xf numFmtId="166" fontId="0" xfId="0" applyNumberFormat="1"/>'  # 7 brackets only
    '<xf numFmtId="167" fontId="0" xfId="0" applyNumberFormat="1"/>'  # 8 quoted + date
    "</cellXfs></styleSheet>")


def basic():
    strings = sst([
        "<t>订单号</t>", "<t>商品</t>", "<t>数量</t>",
        # rich text: runs concatenated, the phonetic run left out
        '<r><rPr><b/></rPr><t>红色</t></r><r><t xml:space="preserve"> T恤</t></r>'
        '<rPh sb="0" eb="2"><t>ホン</t></rPh><phoneticPr fontId="1"/>',
        '<t>a, "quoted"</t>', "<t>line1\nline2</t>", "<t>carriage_x000D_return</t>",
        "<t>literal _x005F_x0041_</t>", "<t/>",
    ])
    rows = [
        row(1, [c("A1", 0, "s"), c("B1", 1, "s"), c("C1", 2, "s")], ' spans="1:3"'),
        row(2, [c("A2", t="inlineStr", inline="<t>SO-1001</t>"), c("B2", 3, "s"), c("C2", 3)]),
        row(3, [c("A3", "12.30"), c("B3", "1E-3"), c("C3", "-4.5")]),
        row(4, [c("A4", 1, "b"), c("B4", 0, "b"), c("C4", "#N/A", "e"),
                c("D4", "订单号x", "str", f='A1&amp;"x"')]),
        # styled but empty cells and an empty string: the row is skipped
        row(5, [c("A5", s=1), c("B5", 8, "s")]),
        row(6, [c("A6", t="inlineStr", inline="<t>a</t>"), c("C6", t="inlineStr", inline="<t>c</t>"),
                c("AA6", t="inlineStr", inline="<t>aa</t>")]),
        row(7, [c("A7", 46346, s=1), c("B7", "46346.395833333336", s=2), c("C7", "46346.5", s=5),
                c("D7", "0.75", s=6), c("E7", 46346, s=3), c("F7", "2.50", s=4),
                c("G7", 60, s=1), c("H7", 59, s=1), c("I7", 61, s=1), c("J7", 1, s=1),
                c("K7", -1, s=1), c("L7", "4.6346E4", s=1), c("M7", 46346, s=7),
                c("N7", 46346, s=8), c("O7", "46346.99999999", s=2)]),
        row(8, [c("A8", 4, "s"), c("B8", 5, "s"), c("C8", 6, "s"), c("D8", 7, "s"), c("E8", s=1)]),
        # no r attributes: cells follow each other
        row(None, [c(None, t="inlineStr", inline="<t>x</t>"), c(None, 1), c(None, 2, f="1+1"),
                   c(None, t="inlineStr", inline="<r><t>in</t></r><r><rPr><i/></rPr><t>line</t></r>")]),
    ]
    extra = ('<extLst><ext uri="{78C0D931-6437-407d-A8EE-F0AAD7539E65}" '
             'xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main">'
             "<x14:conditionalFormattings/></ext></extLst>")
    return package(worksheet(rows, extra), strings, STYLES, compress=zipfile.ZIP_DEFLATED)


def purchase_order():
    """A customer's order form as the IMAP connector will get it: headers
    from column B on, two orders (one with two lines), a row of styled
    empty cells, prices in a "0.00" format and times in a Chinese date
    format."""
    strings = sst(["<t>采购订单</t>", "<t>订单号</t>", "<t>下单时间</t>", "<t>商品编码</t>",
                   "<t>数量</t>", "<t>单价</t>", "<t>备注</t>", "<t>PO-2026-001</t>",
                   "<t>A-100</t>", "<t>B-200</t>", "<t>PO-2026-002</t>", "<t>请加急</t>",
                   "<t>合计</t>"])
    styles = DECL + (f'<styleSheet xmlns="{MAIN}"><numFmts count="1">'
                     '<numFmt numFmtId="176" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;\ h:mm"/>'
                     '</numFmts><cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="176"/>'
                     '<xf numFmtId="2"/></cellXfs></styleSheet>')
    rows = [
        row(1, [c("B1", 1, "s"), c("C1", 2, "s"), c("D1", 3, "s"), c("E1", 4, "s"),
                c("F1", 5, "s"), c("G1", 6, "s")]),
        row(2, [c("B2", 7, "s"), c("C2", "46346.395833333336", s=1), c("D2", 8, "s"), c("E2", 2),
                c("F2", 59, s=2)]),
        row(3, [c("B3", 7, "s"), c("C3", "46346.395833333336", s=1), c("D3", 9, "s"), c("E3", 1),
                c("F3", "12.3", s=2)]),
        row(4, [c("B4", s=2), c("F4", s=2)]),
        row(5, [c("B5", 10, "s"), c("C5", "46347.5", s=1), c("D5", 8, "s"), c("E5", 10),
                c("F5", "58.5", s=2), c("G5", 11, "s")]),
    ]
    return package(worksheet(rows), strings, styles, compress=zipfile.ZIP_DEFLATED)


def po_layout():
    """A purchase order laid out by a person, for the grid output: a
    merged title, label cells with the value in the same cell or in the
    next one, a blank row, the item table (numbers as numbers, a date, an
    amount column of formulas with cached values), a 合计 row, a signature
    row; a merged remark below. Cells of row 8 are written out of column
    order and an empty styled cell sits in the table: the grid does not
    mind either. A value left under a merge (E12, as some writers leave
    it) stays a cell of its own."""
    strings = sst(["<t>上海某某贸易有限公司 采购订单</t>", "<t>采购单号：PO-2026-0042</t>",
                   "<t>供应商：</t>", "<t>深圳市某某电子有限公司</t>", "<t>交货日期：</t>",
                   "<t>序号</t>", "<t>物料编码</t>", "<t>品名规格</t>", "<t>数量</t>",
                   "<t>单价</t>", "<t>金额</t>", "<t>A-100</t>", "<t>电源适配器 12V</t>",
                   "<t>B-200</t>", "<t> 数据线 1m </t>", "<t>合计</t>", "<t>采购员：张三</t>",
                   "<t>审核：</t>", "<t>备注：请开具增值税专用发票</t>", "<t>hidden</t>"])
    styles = DECL + (f'<styleSheet xmlns="{MAIN}"><numFmts count="1">'
                     '<numFmt numFmtId="176" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/>'
                     '</numFmts><cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="176"/>'
                     '<xf numFmtId="2"/><xf numFmtId="14"/></cellXfs></styleSheet>')
    rows = [
        row(1, [c("A1", 0, "s"), c("B1", s=0), c("F1", s=0)]),
        row(2, [c("A2", 1, "s"), c("E2", 4, "s"), c("F2", 46346, s=1)]),
        row(3, [c("A3", 2, "s"), c("B3", 3, "s")]),
        row(5, [c("A5", 5, "s"), c("B5", 6, "s"), c("C5", 7, "s"), c("D5", 8, "s"),
                c("E5", 9, "s"), c("F5", 10, "s")]),
        row(6, [c("A6", 1), c("B6", 11, "s"), c("C6", 12, "s"), c("D6", 2),
                c("E6", "59", s=2), c("F6", "118", s=2, f="D6*E6")]),
        row(7, [c("A7", 2), c("B7", 13, "s"), c("C7", 14, "s"), c("D7", 10),
                c("E7", "12.3", s=2), c("F7", "123", s=2, f="D7*E7")]),
        # out of column order, and a styled empty cell
        row(8, [c("F8", "241", s=2, f="SUM(F6:F7)"), c("A8", 15, "s"), c("D8", 12, f="SUM(D6:D7)"),
                c("E8", s=2)]),
        row(10, [c("A10", 16, "s"), c("D10", 17, "s")]),
        row(12, [c("A12", 18, "s"), c("E12", 19, "s")]),
        # no r on the row: the one after 12
        row(None, [c("A13", "TRUE", "str", f='IF(1,"TRUE","")'), c("B13", 1, "b"),
                   c("C13", "#DIV/0!", "e"), c("D13", "2026-11-20T09:30:00", "d")]),
    ]
    merges = ('<mergeCells count="5"><mergeCell ref="A1:F1"/><mergeCell ref="B3:D3"/>'
              '<mergeCell ref="A8:C8"/><mergeCell ref="F12:A12"/><mergeCell ref="B10:C11"/>'
              '</mergeCells>')
    return package(worksheet(rows, merges), strings, styles, compress=zipfile.ZIP_DEFLATED)


def two_sheets():
    entries = [("[Content_Types].xml", CONTENT_TYPES), ("_rels/.rels", ROOT_RELS),
               ("xl/workbook.xml", workbook([("Chart1", "rId9"), ("Notes", "rId1"),
                                             ("Orders", "rId2")])),
               ("xl/_rels/workbook.xml.rels",
                rels([("rId2", "worksheet", "worksheets/sheet7.xml"),
                      ("rId9", "chartsheet", "chartsheets/sheet1.xml"),
                      ("rId1", "worksheet", "worksheets/sheet1.xml")])),
               ("xl/chartsheets/sheet1.xml",
                DECL + f'<chartsheet xmlns="{MAIN}"><sheetViews/></chartsheet>'),
               ("xl/worksheets/sheet1.xml",
                worksheet([row(1, [c("A1", t="inlineStr", inline="<t>notes</t>")])])),
               ("xl/worksheets/sheet7.xml",
                worksheet([row(1, [c("A1", t="inlineStr", inline="<t>order</t>"),
                                   c("B1", t="inlineStr", inline="<t>qty</t>")]),
                           row(2, [c("A2", t="inlineStr", inline="<t>SO-1</t>"), c("B2", 2)])]))]
    return entries, zipfile.ZIP_STORED


def date1904():
    styles = DECL + (f'<styleSheet xmlns="{MAIN}"><cellXfs count="2"><xf numFmtId="0"/>'
                     '<xf numFmtId="14"/></cellXfs></styleSheet>')
    rows = [row(1, [c("A1", 44884, s=1), c("B1", "44884.25", s=1), c("C1", 0, s=1)])]
    return package(worksheet(rows), None, styles, date1904=True)


def currency(mixed):
    """Numbers shown with a currency by their number format, no currency word."""
    styles = DECL + (f'<styleSheet xmlns="{MAIN}"><numFmts count="2">'
                     '<numFmt numFmtId="164" formatCode="&quot;£&quot;#,##0.00"/>'
                     '<numFmt numFmtId="165" formatCode="[$€-407] #,##0.00"/></numFmts>'
                     '<cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="165"/>'
                     '</cellXfs></styleSheet>')
    rows = [row(1, [c("A1", 3), c("B1", "1.12", s=1), c("C1", "3.36", s=2 if mixed else 1)])]
    return package(worksheet(rows), None, styles)


def absolute():
    entries, comp = package(worksheet([row(1, [c("A1", 0, "s"), c("B1", 1, "s")])]),
                            sst(["<t>absolute</t>", "<t>target</t>"]), None,
                            target="/xl/worksheets/sheet1.xml")
    # point the shared strings at an absolute target too
    out = []
    for n, d in entries:
        if n == "xl/_rels/workbook.xml.rels":
            d = d.replace('Target="sharedStrings.xml"', 'Target="/xl/sharedStrings.xml"')
        out.append((n, d))
    return out, comp


def prefixed():
    x = f'xmlns:x="{MAIN}"'
    wb = DECL + (f'<x:workbook {x} xmlns:r="{R}"><x:sheets>'
                 '<x:sheet name="Sheet1" sheetId="1" r:id="rId1"/></x:sheets></x:workbook>')
    ss = DECL + f'<x:sst {x}><x:si><x:t>前缀</x:t></x:si></x:sst>'
    ws = DECL + (f'<x:worksheet {x}><x:sheetData><x:row r="1">'
                 '<x:c r="A1" t="s"><x:v>0</x:v></x:c>'
                 '<x:c r="B1" t="inlineStr"><x:is><x:t>inline</x:t></x:is></x:c>'
                 '<x:c r="C1"><x:v>7</x:v></x:c></x:row></x:sheetData></x:worksheet>')
    entries = [("[Content_Types].xml", CONTENT_TYPES), ("_rels/.rels", ROOT_RELS),
               ("xl/workbook.xml", wb),
               ("xl/_rels/workbook.xml.rels",
                rels([("rId1", "worksheet", "./worksheets/../worksheets/sheet1.xml"),
                      ("rId2", "sharedStrings", "sharedStrings.xml")])),
               ("xl/sharedStrings.xml", ss), ("xl/worksheets/sheet1.xml", ws)]
    return entries, zipfile.ZIP_STORED


def minimal():
    return package(worksheet([row(1, [c("A1", t="inlineStr", inline="<t>only</t>"), c("B1", 1)])]))


def float_digits():
    # numbers as a spreadsheet writes a double in full: Excel shows 15 digits
    return package(worksheet([row(1, [c("A1", "0.08500000000000001"), c("B1", "118.00000000000001"),
                                      c("C1", "12345678901234567"), c("D1", "0.1"),
                                      c("E1", "-2.9999999999999996")])]))


def bomb(lying):
    head = DECL + f'<worksheet xmlns="{MAIN}"><sheetData>'
    tail = "</sheetData></worksheet>"
    body = head + " " * (65 << 20) + tail
    entries, _ = package(worksheet([]))
    entries = [(n, body if n == "xl/worksheets/sheet1.xml" else d) for n, d in entries]
    path = write("zip_bomb_lying.xlsx" if lying else "zip_bomb.xlsx", entries,
                 zipfile.ZIP_DEFLATED)
    if lying:
        declare_size(path, "xl/worksheets/sheet1.xml", 1000)


def declare_size(path, name, size):
    """Overwrite the uncompressed size that the local and the central
    header declare for entry `name`."""
    data = bytearray(open(path, "rb").read())
    with zipfile.ZipFile(path) as z:
        info = z.getinfo(name)
    # local header: signature, ..., uncompressed size at offset 22
    assert data[info.header_offset:info.header_offset + 4] == b"PK\x03\x04"
    struct.pack_into("<I", data, info.header_offset + 22, size)
    # central directory entry: uncompressed size at offset 24
    key = name.encode()
    pos = 0
    while True:
        pos = data.find(b"PK\x01\x02", pos)
        assert pos >= 0
        n = struct.unpack_from("<H", data, pos + 28)[0]
        if data[pos + 46:pos + 46 + n] == key:
            break
        pos += 4
    struct.pack_into("<I", data, pos + 24, size)
    open(path, "wb").write(bytes(data))


def too_many_entries():
    entries, _ = minimal()
    entries += [(f"d/{i:x}", b"") for i in range(10001 - len(entries))]
    write("too_many_entries.xlsx", entries, zipfile.ZIP_STORED)


def missing_workbook():
    entries, comp = minimal()
    return [(n, d) for n, d in entries if n != "xl/workbook.xml"], comp


def hostile_sheet(name, sheet_xml):
    write(name, *package(sheet_xml))


def main():
    for name, fn in [("basic.xlsx", basic), ("two_sheets.xlsx", two_sheets),
                     ("date1904.xlsx", date1904), ("absolute.xlsx", absolute),
                     ("prefixed.xlsx", prefixed), ("minimal.xlsx", minimal), ("purchase_order.xlsx", purchase_order),
                     ("po_layout.xlsx", po_layout), ("float_digits.xlsx", float_digits),
                     ("missing_workbook.xlsx", missing_workbook),
                     ("currency.xlsx", lambda: currency(False)),
                     ("currency_mixed.xlsx", lambda: currency(True))]:
        write(name, *fn())

    with open(os.path.join(HERE, "not_a_zip.xlsx"), "w") as f:
        f.write("Order,Qty\nSO-1,2\nthis is a CSV file named .xlsx, not a zip\n")
    data = open(os.path.join(HERE, "basic.xlsx"), "rb").read()
    with open(os.path.join(HERE, "truncated.xlsx"), "wb") as f:
        f.write(data[:len(data) // 2])

    # a stored entry with one byte changed: the CRC no longer matches
    path = write("corrupt_entry.xlsx", *minimal())
    data = bytearray(open(path, "rb").read())
    pos = data.find(b"only")
    data[pos] = ord("O")
    open(path, "wb").write(bytes(data))

    bomb(False)
    bomb(True)
    too_many_entries()

    deep = DECL + f'<worksheet xmlns="{MAIN}">' + "<a>" * 10000 + "</a>" * 10000 + "</worksheet>"
    hostile_sheet("deep_nesting.xlsx", deep)

    laughs = DECL + ('<!DOCTYPE sst [\n<!ENTITY lol "lol">\n'
                     + "".join(f'<!ENTITY lol{i} "' + f"&lol{i - 1 if i > 1 else ''};" * 10 + '">\n'
                               for i in range(1, 10))
                     + f']>\n<sst xmlns="{MAIN}"><si><t>&lol9;</t></si></sst>')
    write("billion_laughs.xlsx", *package(worksheet([row(1, [c("A1", 0, "s")])]), laughs))

    xxe = DECL + ('<!DOCTYPE worksheet [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n'
                  f'<worksheet xmlns="{MAIN}"><sheetData><row r="1"><c r="A1" t="inlineStr">'
                  "<is><t>&x;</t></is></c></row></sheetData></worksheet>")
    hostile_sheet("external_entity.xlsx", xxe)

    hostile_sheet("malformed.xlsx", DECL + f'<worksheet xmlns="{MAIN}"><sheetData>\n'
                  '<row r="1"><c r="A1"><v>1</v></c></row>\n'
                  '<row r="2"><c r="A2"><v>2</v></row>\n</sheetData></worksheet>')
    write("bad_sst_index.xlsx", *package(worksheet([row(1, [c("A1", 1, "s")])]),
                                         sst(["<t>one</t>"])))
    hostile_sheet("out_of_order.xlsx", worksheet([row(1, [c("B1", 1), c("A1", 2)])]))
    hostile_sheet("bad_ref.xlsx", worksheet([row(1, [c("XFE1", 1)])]))
    hostile_sheet("bad_row.xlsx", worksheet([row(1, [c("A1", 1)]), row("x", [c(None, 2)])]))
    hostile_sheet("bad_merge.xlsx", worksheet([row(1, [c("A1", 1)])],
                                              '<mergeCells><mergeCell ref="A1:"/></mergeCells>'))
    # expat rescans an unfinished tag with every buffer: quadratic without a bound
    write("long_tag.xlsx", *package(worksheet([row(1, [f'<c r="A1" x="{"a" * (2 << 20)}"/>'])]),
                                    compress=zipfile.ZIP_DEFLATED))
    write("long_string.xlsx", *package(worksheet([row(1, [c("A1", "1" * (1 << 20) + "1")])]),
                                       compress=zipfile.ZIP_DEFLATED))
    fuzz_seeds()
    return 0


def fuzz_seeds():
    """fuzz_xlsx.c: first byte bit 0 clear = a whole .xlsx file; set = the
    parts sheet, shared strings, styles, workbook, rels joined by NUL.
    Files already in the corpus (merged from fuzzing runs) are kept."""
    os.makedirs(CORPUS, exist_ok=True)
    for name in sorted(os.listdir(HERE)):
        path = os.path.join(HERE, name)
        if not name.endswith(".xlsx") or os.path.getsize(path) > 8192:
            continue
        with open(path, "rb") as src, open(os.path.join(CORPUS, name), "wb") as dst:
            dst.write(b"\x00" + src.read())
    order = ["xl/worksheets/sheet1.xml", "xl/sharedStrings.xml", "xl/styles.xml",
             "xl/workbook.xml", "xl/_rels/workbook.xml.rels"]
    for name, fn, mode in [("basic", basic, 1), ("basic-sheet1", basic, 3),
                           ("date1904", date1904, 1), ("minimal", minimal, 1)]:
        entries = dict(fn()[0])
        parts = [entries.get(n, "").encode("utf-8") for n in order]
        with open(os.path.join(CORPUS, f"parts-{name}"), "wb") as f:
            f.write(bytes([mode]) + b"\x00".join(parts))
    # every part empty: a zip without entries
    with open(os.path.join(CORPUS, "parts-all-empty"), "wb") as f:
        f.write(b"\x01" + b"\x00" * 4)


if __name__ == "__main__":
    sys.exit(main())
