#!/usr/bin/python3
"""Write the PDF fixtures of tests/unit/test_pdf.c into this directory, the
seeds of the fuzz target tests/fuzz/fuzz_pdf.c into tests/fuzz/corpus/pdf/,
and those of tests/fuzz/fuzz_pdfreply.c (replies of the PDF reader's child
process, in the wire format of lib/pdf_int.h) into
tests/fuzz/corpus/pdfreply/.

    /usr/bin/python3 tests/data/pdf/make_fixtures.py

The outputs are committed; CI only reads them. Generating needs Debian's
python3-reportlab and fonts-wqy-microhei (the Chinese order embeds a subset
of WenQuanYi Micro Hei, with a ToUnicode map), and qpdf (object streams for
the 5,000-page file). Two files are real documents printed by other
programs, rebuilt only with --real (they are not byte-for-byte
reproducible, and the test expects their grids): lo_po.pdf by LibreOffice
(libreoffice-writer-nogui) from PO_FODT below, chrome_po.pdf by Chromium's
print-to-PDF (chromium) from PO_HTML below. Hostile files are written by
hand, byte by byte.

The expected grids are in the test, not here. reportlab is told to be
invariant (fixed dates and IDs), so a rerun gives the same bytes for the
files it makes.
"""
import os
import shutil
import struct
import subprocess
import sys
import tempfile
import zlib

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
from reportlab.lib import pdfencrypt
from reportlab import rl_config

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "..", "..", "fuzz", "corpus", "pdf")
REPLY_CORPUS = os.path.join(HERE, "..", "..", "fuzz", "corpus", "pdfreply")
WQY = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"

rl_config.invariant = 1


def path(name):
    return os.path.join(HERE, name)


def new_canvas(name, **kw):
    c = canvas.Canvas(path(name), pagesize=A4, invariant=1, pageCompression=1, **kw)
    c.setAuthor("orderd tests")
    return c


# --- documents as a customer would send them -----------------------------

EN_ITEMS = [
    ("A-100", "Red T-shirt, size M", "12", "59.00"),
    ("B-200", "Blue mug", "3", "12.30"),
    ("C-300", "Gift wrap (large)", "100", "0.50"),
]


def english_po():
    """A label block, a 4-column table with right-aligned numbers, a line
    with two font sizes on one baseline, a letter-spaced word."""
    c = new_canvas("po_en.pdf")
    c.setFont("Helvetica-Bold", 16)
    c.drawString(72, 770, "Purchase Order")
    c.setFont("Helvetica", 10)
    labels = [("PO Number:", "PO-2026-0042"), ("Order date:", "2026-11-20"),
              ("Buyer:", "Acme Trading Ltd."), ("Ship to:", "12 Harbour Road, Leeds LS1 4AB")]
    y = 740
    for label, value in labels:
        c.drawString(72, y, label)
        c.drawString(160, y, value)
        y -= 14
    y = 670
    c.setFont("Helvetica-Bold", 10)
    c.drawString(72, y, "Item")
    c.drawString(140, y, "Description")
    c.drawRightString(360, y, "Qty")
    c.drawRightString(450, y, "Unit price")
    c.setFont("Helvetica", 10)
    for item, desc, qty, price in EN_ITEMS:
        y -= 16
        c.drawString(72, y, item)
        c.drawString(140, y, desc)
        c.drawRightString(360, y, qty)
        c.drawRightString(450, y, price)
    y -= 24
    c.setFont("Helvetica-Bold", 12)
    c.drawRightString(360, y, "Total:")
    c.setFont("Helvetica", 10)
    c.drawRightString(450, y, "1,154.90")
    y -= 30
    t = c.beginText(72, y)
    t.setFont("Helvetica", 9)
    t.setCharSpace(1.2)
    t.textOut("URGENT")
    t.setCharSpace(0)
    t.textOut("  please deliver before Friday")
    c.drawText(t)
    c.showPage()
    c.save()


def chinese_po():
    pdfmetrics.registerFont(TTFont("WQY", WQY, subfontIndex=0))
    c = new_canvas("po_zh.pdf")
    c.setFont("WQY", 16)
    c.drawString(72, 770, "采购订单")
    c.setFont("WQY", 10.5)
    y = 740
    for line in ["采购单号：PO-2026-0042", "下单日期：2026年11月20日", "供应商：上海某某贸易有限公司"]:
        c.drawString(72, y, line)
        y -= 16
    y = 670
    cols = [72, 260, 330, 420]
    for x, h in zip(cols, ["品名", "数量", "单价", "金额"]):
        c.drawString(x, y, h)
    for row in [("红色T恤（M码）", "12", "59.00", "708.00"), ("蓝色马克杯", "3", "12.30", "36.90")]:
        y -= 18
        for x, v in zip(cols, row):
            c.drawString(x, y, v)
    y -= 26
    c.drawString(330, y, "合计：")
    c.drawString(420, y, "744.90")
    c.showPage()
    c.save()


def two_pages():
    """An item table that goes on on page 2, with the header repeated."""
    c = new_canvas("two_pages.pdf")
    n = 1
    for page in (1, 2):
        c.setFont("Helvetica-Bold", 10)
        y = 770
        c.drawString(72, y, "Item")
        c.drawRightString(300, y, "Qty")
        c.setFont("Helvetica", 10)
        for _ in range(3):
            y -= 16
            c.drawString(72, y, f"SKU-{n:03d}")
            c.drawRightString(300, y, str(n * 2))
            n += 1
        c.setFont("Helvetica", 8)
        c.drawString(72, 40, f"Page {page} of 2")
        c.showPage()
    c.save()


def rotated():
    """A landscape order stored as a portrait page with /Rotate 90: the
    text reads left to right on the page as it is shown."""
    c = new_canvas("rotated.pdf")
    c.setPageRotation(90)
    # In the page's own (unrotated) space the text runs upwards, so that
    # it is horizontal once the page is turned 90 degrees clockwise.
    c.saveState()
    c.translate(100, 100)
    c.rotate(90)
    c.setFont("Helvetica", 12)
    c.drawString(0, 0, "Order")
    c.drawString(200, 0, "PO-7")
    c.drawString(0, -20, "Qty")
    c.drawString(200, -20, "5")
    c.restoreState()
    c.showPage()
    c.save()


def image_only():
    """A 'scanned' page: an image and no text."""
    c = new_canvas("image_only.pdf")
    from reportlab.lib.utils import ImageReader
    import io
    import struct
    # An 8x8 grey PNG, written by hand (no PIL needed).
    raw = b"".join(b"\x00" + bytes([(x * 32 + y * 16) % 256 for x in range(8)]) for y in range(8))

    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)
    png = (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 8, 8, 8, 0, 0, 0, 0))
           + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))
    c.drawImage(ImageReader(io.BytesIO(png)), 72, 500, width=300, height=300)
    c.showPage()
    c.save()


def encrypted():
    """encrypted.pdf needs the user password "secret"; owner_only.pdf has an
    owner password and an empty user password (it opens without asking, as
    in any viewer, and is read)."""
    for name, user in (("encrypted.pdf", "secret"), ("owner_only.pdf", "")):
        enc = pdfencrypt.StandardEncryption(user, ownerPassword="owner", canPrint=0, canCopy=0,
                                            strength=128)
        c = new_canvas(name, encrypt=enc)
        c.setFont("Helvetica", 12)
        c.drawString(72, 770, "PO Number: PO-9")
        c.showPage()
        c.save()


# --- real documents from other programs ------------------------------------

PO_HTML = """<html><head><meta charset="utf-8"><style>
body{font-family:"DejaVu Sans",sans-serif;font-size:11pt}
td,th{padding:4px 10px;text-align:left} td.n,th.n{text-align:right}
</style></head><body>
<h2>Purchase Order</h2>
<p>PO Number: PO-2026-0042<br>Order date: 2026-11-20<br>Buyer: Acme Trading Ltd.</p>
<table>
<tr><th>Item</th><th>Description</th><th class=n>Qty</th><th class=n>Unit price</th></tr>
<tr><td>A-100</td><td>Red T-shirt, size M</td><td class=n>12</td><td class=n>59.00</td></tr>
<tr><td>B-200</td><td>Blue mug</td><td class=n>3</td><td class=n>12.30</td></tr>
<tr><td>C-300</td><td>Gift wrap</td><td class=n>100</td><td class=n>0.50</td></tr>
</table>
<p>Total: 1,154.90</p>
</body></html>
"""

# A Writer document with a real table (LibreOffice's default cell padding
# and borders), as flat ODF XML.
PO_FODT = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls>
 <style:font-face style:name="DejaVu Sans" svg:font-family="'DejaVu Sans'"
  xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"/>
 <style:font-face style:name="WenQuanYi Micro Hei" svg:font-family="'WenQuanYi Micro Hei'"
  xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"/>
</office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph">
  <style:text-properties style:font-name="DejaVu Sans" fo:font-size="10pt"
   style:font-name-asian="WenQuanYi Micro Hei" style:font-size-asian="10pt"/>
 </style:default-style>
</office:styles>
<office:automatic-styles>
 <style:style style:name="Bold" style:family="paragraph">
  <style:text-properties fo:font-weight="bold" style:font-weight-asian="bold" fo:font-size="14pt"
   style:font-size-asian="14pt"/>
 </style:style>
 <style:style style:name="Right" style:family="paragraph">
  <style:paragraph-properties fo:text-align="end"/>
 </style:style>
</office:automatic-styles>
<office:body><office:text>
<text:p text:style-name="Bold">Purchase Order 采购订单</text:p>
<text:p>PO Number: PO-2026-0042</text:p>
<text:p>下单日期：2026年11月20日</text:p>
<text:p/>
<table:table table:name="Items">
 <table:table-column table:number-columns-repeated="4"/>
 <table:table-row>
  <table:table-cell><text:p>Item</text:p></table:table-cell>
  <table:table-cell><text:p>Description</text:p></table:table-cell>
  <table:table-cell><text:p text:style-name="Right">Qty</text:p></table:table-cell>
  <table:table-cell><text:p text:style-name="Right">Unit price</text:p></table:table-cell>
 </table:table-row>
 <table:table-row>
  <table:table-cell><text:p>A-100</text:p></table:table-cell>
  <table:table-cell><text:p>Red T-shirt 红色T恤</text:p></table:table-cell>
  <table:table-cell><text:p text:style-name="Right">12</text:p></table:table-cell>
  <table:table-cell><text:p text:style-name="Right">59.00</text:p></table:table-cell>
 </table:table-row>
 <table:table-row>
  <table:table-cell><text:p>B-200</text:p></table:table-cell>
  <table:table-cell><text:p>Blue mug</text:p></table:table-cell>
  <table:table-cell><text:p text:style-name="Right">3</text:p></table:table-cell>
  <table:table-cell><text:p text:style-name="Right">12.30</text:p></table:table-cell>
 </table:table-row>
</table:table>
</office:text></office:body></office:document>
"""


def libreoffice_po():
    soffice = shutil.which("soffice")
    if not soffice:
        print("soffice not found: lo_po.pdf kept as committed", file=sys.stderr)
        return
    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, "lo_po.fodt")
        with open(src, "w", encoding="utf-8") as f:
            f.write(PO_FODT)
        subprocess.run([soffice, "--headless", f"-env:UserInstallation=file://{tmp}/profile",
                        "--convert-to", "pdf", "--outdir", tmp, src],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        shutil.copy(os.path.join(tmp, "lo_po.pdf"), path("lo_po.pdf"))


def chrome_po():
    chromium = shutil.which("chromium")
    if not chromium:
        print("chromium not found: chrome_po.pdf kept as committed", file=sys.stderr)
        return
    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, "po.html")
        with open(src, "w", encoding="utf-8") as f:
            f.write(PO_HTML)
        subprocess.run([chromium, "--headless", "--no-sandbox", "--disable-gpu",
                        "--no-pdf-header-footer", f"--user-data-dir={tmp}/profile",
                        f"--print-to-pdf={tmp}/out.pdf", src],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        shutil.copy(os.path.join(tmp, "out.pdf"), path("chrome_po.pdf"))


# --- hand-written and hostile files ---------------------------------------

def write_pdf(name, objects, root=1, extra_trailer=b""):
    """objects: list of bytes bodies for objects 1..n. Writes a classic
    xref table with correct offsets."""
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root %d 0 R %s>>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, root, extra_trailer, xref)
    with open(path(name), "wb") as f:
        f.write(out)
    return bytes(out)


FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"


def stream(data, filters=()):
    """A stream object body; filters are applied in order (the last one
    applied is named first in /Filter, as decoding reverses them)."""
    for _ in filters:
        data = zlib.compress(data, 9)
    f = b""
    if filters:
        f = b" /Filter [" + b" ".join(b"/FlateDecode" for _ in filters) + b"]"
    return b"<< /Length %d%s >>\nstream\n" % (len(data), f) + data + b"\nendstream"


def one_page(name, content, filters=(), resources=None):
    res = resources or b"<< /Font << /F1 4 0 R >> >>"
    return write_pdf(name, [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 5 0 R /Resources "
        + res + b" >>",
        FONT,
        stream(content, filters),
    ])


def minimal():
    one_page("minimal.pdf", b"BT /F1 12 Tf 72 770 Td (Qty 5) Tj ET")


def text_at(x, y, t):
    return b"BT /F1 10 Tf %d %d Td (%s) Tj ET\n" % (x, y, t)


def po_page(number, ship, rows):
    """One page of a purchase order: its number, a ship-to line, a header
    row and item rows (code, name, qty, price, amount), in Helvetica."""
    c = text_at(40, 780, b"PURCHASE ORDER") + text_at(40, 760, b"PO Number: " + number)
    c += text_at(40, 745, b"Ship to: " + ship)
    y = 710
    for x, t in ((40, b"SKU"), (140, b"Description"), (380, b"Qty"), (430, b"Price"),
                 (500, b"Amount")):
        c += text_at(x, y, t)
    for code, name, qty, price, amount in rows:
        y -= 18
        for x, t in ((40, code), (140, name), (380, qty), (430, price), (500, amount)):
            c += text_at(x, y, t)
    return c


def orders_per_page():
    """Two orders in one PDF, one a page, each with its own number
    (orders_per_page.pdf); and the same number on both pages, the table
    going on (one_order_two_pages.pdf)."""
    for name, second in (("orders_per_page.pdf", b"PP-2002"),
                         ("one_order_two_pages.pdf", b"PP-2001")):
        pages = [po_page(b"PP-2001", b"12 Harbour Road, Leeds",
                         [(b"AB-1", b"Gift box", b"10", b"2.00", b"20.00")]),
                 po_page(second, b"4 Mill Lane, York",
                         [(b"AB-2", b"Tissue", b"5", b"1.00", b"5.00")])]
        write_pdf(name, [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R 4 0 R] /Count 2 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 6 0 R "
            b"/Resources << /Font << /F1 5 0 R >> >> >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 7 0 R "
            b"/Resources << /Font << /F1 5 0 R >> >> >>",
            FONT,
            stream(pages[0]),
            stream(pages[1]),
        ])


def item_blocks():
    """An approval form printed to PDF (items_blocks.pdf): no item table,
    each item a block of a label and a value a line under a heading, as
    DingTalk prints its 采购明细; the receiver below."""
    c = text_at(40, 780, b"Purchase request") + text_at(40, 760, b"PO Number") + \
        text_at(200, 760, b"IB-3001")
    y = 730
    for n, name, qty, price, amount in ((1, b"Gift box", b"500", b"6.80", b"3400.00"),
                                         (2, b"Tissue paper", b"40", b"19.50", b"780.00")):
        c += text_at(40, y, b"Item (%d)" % n)
        for label, value in ((b"Description", name), (b"Qty", qty), (b"Unit Price", price),
                             (b"Amount", amount)):
            y -= 16
            c += text_at(60, y, label) + text_at(200, y, value)
        y -= 24
    c += text_at(40, y, b"Total") + text_at(200, y, b"4180.00")
    c += text_at(40, y - 16, b"Delivery Address") + text_at(200, y - 16, b"12 Harbour Road, Leeds LS1 4AB")
    one_page("item_blocks.pdf", c)


def damaged():
    # Truncated: the first 400 bytes of a good file (no xref, no trailer,
    # the page tree cut in the middle).
    with open(path("po_en.pdf"), "rb") as f:
        good = f.read()
    with open(path("truncated.pdf"), "wb") as f:
        f.write(good[:400])
    # A header and nothing that poppler can use.
    with open(path("garbage.pdf"), "wb") as f:
        f.write(b"%PDF-1.7\n" + bytes((i * 37 + 11) % 256 for i in range(2000)))
    # Not a PDF at all: a small zip, and plain text.
    with open(path("not_a_pdf.pdf"), "wb") as f:
        f.write(b"PK\x05\x06" + b"\x00" * 18)
    with open(path("text.pdf"), "wb") as f:
        f.write(b"Dear supplier,\nplease find our order attached.\n")


def many_pages():
    """5,000 real pages (each its own object, all sharing one content
    stream), packed into object streams by qpdf to stay small."""
    n = 5000
    kids = b" ".join(b"%d 0 R" % (5 + i) for i in range(n))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [" + kids + b"] /Count %d >>" % n,
        FONT,
        stream(b"BT /F1 12 Tf 72 770 Td (page) Tj ET"),
    ]
    for _ in range(n):
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
                       b"/Resources << /Font << /F1 3 0 R >> >> >>")
    with tempfile.TemporaryDirectory() as tmp:
        plain = os.path.join(tmp, "plain.pdf")
        global HERE
        keep, HERE = HERE, tmp
        try:
            write_pdf("plain.pdf", objects)
        finally:
            HERE = keep
        subprocess.run(["qpdf", "--object-streams=generate", "--compress-streams=y",
                        "--deterministic-id", plain, path("many_pages.pdf")], check=True)
    # One page, but a /Count that claims a million.
    write_pdf("count_lies.pdf", [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1000000 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 5 0 R /Resources "
        b"<< /Font << /F1 4 0 R >> >> >>",
        FONT,
        stream(b"BT /F1 12 Tf 72 770 Td (Qty 5) Tj ET"),
    ])


def deep_nesting():
    """10,000 nested arrays in the page dictionary, and 100,000 in the
    content stream (deflated)."""
    deep = b"[" * 10000 + b"]" * 10000
    write_pdf("deep_nesting.pdf", [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 5 0 R /Deep " + deep
        + b" /Resources << /Font << /F1 4 0 R >> >> >>",
        FONT,
        stream(b"BT /F1 12 Tf 72 770 Td (deep) Tj ET " + b"[" * 100000 + b"]" * 100000, (1, 1)),
    ])


def bombs():
    """Content streams deflated twice, so the files stay small: one inflates
    to 400 MB of NUL bytes (white space to the content parser), one to 64 MB
    of text-showing operators (27 million characters, all but the first few
    hundred off the page, which poppler drops; it takes poppler a few
    seconds)."""
    size = 400 << 20
    zeros = zlib.compressobj(9)
    first = zeros.compress(b"\0" * size) + zeros.flush()
    data = zlib.compress(first, 9)
    body = b"<< /Length %d /Filter [/FlateDecode /FlateDecode] >>\nstream\n" % len(data) + data \
        + b"\nendstream"
    write_pdf("flate_bomb.pdf", [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents [6 0 R 5 0 R] "
        b"/Resources << /Font << /F1 4 0 R >> >> >>",
        FONT,
        body,
        stream(b"BT /F1 12 Tf 72 770 Td (before the bomb) Tj ET"),
    ])
    op = b"(xxxx) Tj "
    text = zlib.compressobj(9)
    first = text.compress(b"BT /F1 1 Tf 10 10 Td " + op * ((64 << 20) // len(op)) + b" ET") \
        + text.flush()
    data = zlib.compress(first, 9)
    body = b"<< /Length %d /Filter [/FlateDecode /FlateDecode] >>\nstream\n" % len(data) + data \
        + b"\nendstream"
    write_pdf("text_bomb.pdf", [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 5 0 R "
        b"/Resources << /Font << /F1 4 0 R >> >> >>",
        FONT,
        body,
    ])



def layout_bomb():
    """The text-layout bomb that only a child process bounds (docs/pdf.md):
    2.3 KB whose content stream inflates (deflated twice) to 20 MB of
    `BT /F1 10 Tf x y Td (abcd) Tj ET` at 780 places on the page, repeated.
    Every character lands on the page, so poppler keeps all of them and its
    text layout takes tens of seconds and gigabytes on one page, which
    nothing in the process can interrupt."""
    places = [b"BT /F1 10 Tf %d %d Td (abcd) Tj ET\n" % (40 + 20 * i, 40 + 25 * j)
              for i in range(26) for j in range(30)]
    block = b"".join(places)
    content = block * ((20 << 20) // len(block) + 1)
    one_page("layout_bomb.pdf", content[:20 << 20].rsplit(b"\n", 1)[0] + b"\n", (1, 1))


CONTENT_SEEDS = [
    ("content_table", 1,
     b"BT /F1 10 Tf 72 770 Td (Item) Tj 150 0 Td (Qty) Tj ET\n"
     b"BT /F1 10 Tf 72 754 Td (A-100) Tj 150 0 Td (12) Tj ET\n"
     b"BT /F2 14 Tf 72 730 Td [(T) 80 (otal:) -3000 (9.50)] TJ ET"),
    ("content_spacing", 3,
     b"BT /F1 9 Tf 1.2 Tc 72 700 Td (URGENT) Tj 0 Tc 2 Tw ( please  deliver) Tj T* (next) Tj ET"),
    ("content_matrix", 1,
     b"BT /F1 1 Tf 12 0 0 12 72 600 Tm (a) Tj 0 12 -12 0 300 600 Tm (b) Tj "
     b"-12 0 0 -12 400 600 Tm (c) Tj 3 Tr 12 0 0 12 72 500 Tm (hidden) Tj ET"),
    ("content_ops", 1,
     b"q 1 0 0 1 10 10 cm BT /F1 12 Tf 72 700 Td 14 TL (one) ' 1 2 (two) \" T* (three) Tj ET Q"),
]

SEEDS = ["po_en.pdf", "po_zh.pdf", "two_pages.pdf", "rotated.pdf", "image_only.pdf",
         "owner_only.pdf", "encrypted.pdf", "minimal.pdf", "truncated.pdf", "count_lies.pdf"]


# --- replies of the PDF reader's child (lib/pdf_int.h) ---------------------

def reply(code, detail, cells):
    """cells: (row, col, page, x0, x1, y, text) tuples, span and rows 1,
    type 0 (text). Little-endian, doubles as IEEE 754 binary64."""
    d = detail.encode("utf-8")
    out = b"ODPR" + struct.pack("<IiI", 1, code, len(d)) + d + struct.pack("<I", len(cells))
    for row, col, page, x0, x1, y, text in cells:
        t = text.encode("utf-8")
        out += struct.pack("<6I3dI", row, col, 1, 1, 0, page, x0, x1, y, len(t)) + t
    return out


def reply_seeds():
    """Replies as the child writes them (a table, an error with the cells read
    before it, out of memory, nothing read) and a few it must never write (cut
    short, a cell on page 0, a detail with a control character)."""
    table = [(0, 0, 1, 72.0, 160.2, 74.1, "Purchase Order")]
    for r, (sku, qty, price) in enumerate([("A-100", "12", "59.00"), ("B-200", "3", "12.30"),
                                           ("C-300", "100", "0.50")], 1):
        y = 74.1 + 14 * r
        table += [(r, 0, 1, 72.0, 101.5, y, sku), (r, 1, 1, 340.0, 360.0, y, qty),
                  (r, 2, 1, 400.5, 430.0, y, price)]
    zh = [(0, 0, 1, 72.0, 180.0, 90.0, "采购单号：PO-2026-0042"),
          (1, 0, 2, 72.0, 110.0, 90.0, "合计："), (1, 1, 2, 300.0, 340.0, 90.0, "744.90")]
    seeds = {
        "table": reply(0, "", table),
        "chinese_two_pages": reply(0, "", zh),
        "damaged": reply(-2, "damaged PDF: Couldn't read xref table", []),
        "partial": reply(-2, "more than 4 cells", table[:4]),
        "out_of_memory": reply(-1, "out of memory", []),
        "empty": reply(0, "", []),
        "cut_short": reply(0, "", table)[:-7],
        "page_zero": reply(0, "", [(0, 0, 0, 1.0, 2.0, 3.0, "x")]),
        "control_in_detail": reply(-2, "bad\x01detail", []),
    }
    os.makedirs(REPLY_CORPUS, exist_ok=True)
    for name, data in seeds.items():
        with open(os.path.join(REPLY_CORPUS, name), "wb") as f:
            f.write(data)


def main():
    english_po()
    chinese_po()
    two_pages()
    rotated()
    image_only()
    encrypted()
    if "--real" in sys.argv[1:]:
        libreoffice_po()
        chrome_po()
    minimal()
    orders_per_page()
    item_blocks()
    damaged()
    many_pages()
    deep_nesting()
    bombs()
    layout_bomb()
    os.makedirs(CORPUS, exist_ok=True)
    # The fuzz target reads a first byte that picks the mode: 0 = a PDF file.
    for name in SEEDS:
        with open(path(name), "rb") as f:
            pdf = f.read()
        with open(os.path.join(CORPUS, name), "wb") as f:
            f.write(b"\0" + pdf)
    # Mode 1 (3 = turned page): a content stream that the target wraps in a page.
    for name, mode, content in CONTENT_SEEDS:
        with open(os.path.join(CORPUS, name), "wb") as f:
            f.write(bytes([mode]) + content)
    reply_seeds()


if __name__ == "__main__":
    main()
