#!/usr/bin/env python3
"""Write the e-mail fixtures of tests/unit/test_mail.c (and the seeds of
tests/fuzz/corpus/mail/) into this directory. Python 3 standard library
only; the output is byte-for-byte reproducible (fixed dates, ids,
boundaries and zip time stamps).

    python3 tests/data/mail/make_fixtures.py
"""
import base64
import os
import random
import zipfile
import io

HERE = os.path.dirname(os.path.abspath(__file__))
CRLF = b'\r\n'


def headers(subject=b'Purchase order', msgid=None, extra=()):
    h = [b'From: =?UTF-8?B?' + base64.b64encode('王采购'.encode()) + b'?= <buyer@example.cn>',
         b'To: orders@example.com',
         b'Date: Fri, 20 Nov 2026 09:30:00 +0800',
         b'Subject: ' + subject]
    if msgid:
        h.append(b'Message-ID: <' + msgid + b'>')
    h.append(b'MIME-Version: 1.0')
    h.extend(extra)
    return CRLF.join(h) + CRLF


def crlf(text):
    return text.replace('\r\n', '\n').replace('\n', '\r\n')


def single(name, subject, ctype, body_bytes, cte=b'8bit', msgid=None):
    msgid = msgid or name.encode() + b'@fixtures.example'
    raw = headers(subject, msgid, [b'Content-Type: ' + ctype,
                                   b'Content-Transfer-Encoding: ' + cte])
    return raw + CRLF + body_bytes


def multipart(name, subject, subtype, parts, boundary=None, msgid=None, preamble=b''):
    """parts: list of raw part bytes (headers + CRLF + body)."""
    boundary = boundary or ('=_' + name + '_b').encode()
    msgid = msgid or name.encode() + b'@fixtures.example'
    raw = headers(subject, msgid, [b'Content-Type: multipart/' + subtype + b'; boundary="' +
                                   boundary + b'"'])
    raw += CRLF + preamble
    for p in parts:
        raw += b'--' + boundary + CRLF + p + CRLF
    raw += b'--' + boundary + b'--' + CRLF
    return raw


def part(ctype, body, cte=b'8bit', extra=()):
    h = [b'Content-Type: ' + ctype, b'Content-Transfer-Encoding: ' + cte] + list(extra)
    return CRLF.join(h) + CRLF + CRLF + body


def b64(data):
    s = base64.b64encode(data)
    return CRLF.join(s[i:i + 76] for i in range(0, len(s), 76))


def qp(text):
    import quopri
    return quopri.encodestring(text.encode('utf-8')).replace(b'\n', b'\r\n')


def xlsx(rows, sheets=None):
    """A minimal .xlsx: inline strings and numbers; one sheet "Orders" of
    `rows`, or the (name, rows) pairs of `sheets` in that order."""
    def cell(ref, v):
        if isinstance(v, str):
            esc = v.replace('&', '&amp;').replace('<', '&lt;')
            return '<c r="%s" t="inlineStr"><is><t>%s</t></is></c>' % (ref, esc)
        return '<c r="%s"><v>%s</v></c>' % (ref, v)

    def sheet_xml(rows):
        sheet_rows = []
        for i, row in enumerate(rows, 1):
            cells = ''.join(cell('%s%d' % (chr(65 + j), i), v) for j, v in enumerate(row))
            sheet_rows.append('<row r="%d">%s</row>' % (i, cells))
        return ('<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.'
                'openxmlformats.org/spreadsheetml/2006/main"><sheetData>%s</sheetData></worksheet>'
                % ''.join(sheet_rows))
    sheets = sheets or [('Orders', rows)]
    n = range(1, len(sheets) + 1)
    files = {
        '[Content_Types].xml':
            '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
            'package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/>'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
            'relationships+xml"/><Override PartName="/xl/workbook.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
            ''.join('<Override PartName="/xl/worksheets/sheet%d.xml" ContentType="application/'
                    'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' % i
                    for i in n) + '</Types>',
        '_rels/.rels':
            '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats'
            '.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.'
            'openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target='
            '"xl/workbook.xml"/></Relationships>',
        'xl/workbook.xml':
            '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/'
            'spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/'
            'relationships"><sheets>' +
            ''.join('<sheet name="%s" sheetId="%d" r:id="rId%d"/>' % (name, i, i)
                    for i, (name, _) in zip(n, sheets)) + '</sheets></workbook>',
        'xl/_rels/workbook.xml.rels':
            '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats'
            '.org/package/2006/relationships">' +
            ''.join('<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/'
                    'officeDocument/2006/relationships/worksheet" Target="worksheets/sheet%d.xml"/>'
                    % (i, i) for i in n) + '</Relationships>',
    }
    for i, (_, rows) in zip(n, sheets):
        files['xl/worksheets/sheet%d.xml' % i] = sheet_xml(rows)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, text in files.items():
            info = zipfile.ZipInfo(name, date_time=(2026, 11, 20, 9, 30, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, text.encode('utf-8'))
    return buf.getvalue()


def attachment(ctype, filename_param, data, cte=b'base64'):
    body = b64(data) if cte == b'base64' else data
    return part(ctype, body, cte, [b'Content-Disposition: attachment; ' + filename_param])


ZH_PO = """您好，请按以下采购单发货：

订单号：PO-2291
客户：上海某某贸易有限公司
收货人：张三    电话：13800138000
地址：上海市浦东新区张江路 123 号
备注：请加急

商品编码\t品名\t数量\t单价\t金额
A-100\t蓝色T恤\t2\t￥59.00\t118.00
B-200\t帆布袋\t3\t12.5元\t37.50
合计：155.50

谢谢！
"""

BIG5_PO = """訂單號：PO-3300
收貨人：陳大文
電話：0912-345-678
地址：台北市信義區松仁路 100 號
備註：週五前送達

商品編碼　數量　單價
C-300　4　250.00
"""

EN_QP = """Hello,

Please find our purchase order below.

PO Number: 4500012345
Ship to: John Smith
Phone: +1 555 0100
Address: 1 Market Street, Springfield
Note: deliver to the back door =)
Currency: USD

SKU         Description          Qty    Unit Price
X-1         Widget, large        10     $4.50
X-2         Gadget               1      $120.00

Total: $165.00
"""

HTML_PO = """<html><head><title>PO</title><style>td { color: red }</style>
<script>var x = "<td>evil</td>";</script></head><body>
<p>Order No.: HT-77</p>
<p>Ship to: Li&nbsp;Lei &amp; Han&nbsp;Meimei</p>
<p>Note: &lt;fragile&gt; &#x4E2D;&#25991; &quot;ok&quot;</p>
<table>
<tr><th>SKU</th><th>Qty</th><th>Unit Price</th></tr>
<tr><td>H-1</td><td>2</td><td>10.00</td></tr>
<tr><td>H-2</td><td>1</td><td>5.25</td></tr>
</table>
</body></html>
"""

CSV_GB = """订单号,收货人,电话,商品编码,数量,单价
SO-1001,张三,13800138000,A-100,2,59.00
SO-1001,张三,13800138000,B-200,1,10.00
SO-1002,李四,13900139000,C-300,5,8.80
"""


def write(name, data):
    with open(os.path.join(HERE, name), 'wb') as f:
        f.write(data)


def main():
    # GBK body, 8bit, labelled gbk
    write('gbk_body.eml', single('gbk_body', b'=?GBK?B?' + base64.b64encode('采购单'.encode('gbk')) +
                                 b'?=', b'text/plain; charset=gbk', crlf(ZH_PO).encode('gbk')))
    # Big5 body, base64, labelled big5
    write('big5_body.eml', single('big5_body', b'PO 3300', b'text/plain; charset="big5"',
                                  b64(crlf(BIG5_PO).encode('big5')), b'base64'))
    # quoted-printable UTF-8 English PO
    write('qp_body.eml', single('qp_body', b'Purchase order 4500012345',
                                b'text/plain; charset=utf-8', qp(crlf(EN_QP)), b'quoted-printable'))
    # HTML only
    write('html_only.eml', single('html_only', b'Order', b'text/html; charset=utf-8',
                                  crlf(HTML_PO).encode('utf-8')))
    # base64 CSV attachment in GB18030, no charset label, Chinese headers
    write('csv_gb18030.eml', multipart('csv_gb18030', b'orders', b'mixed', [
        part(b'text/plain; charset=utf-8', crlf('见附件。\n').encode()),
        attachment(b'text/csv', b'filename="orders.csv"', crlf(CSV_GB).encode('gb18030')),
    ]))
    # XLSX attachment
    rows = [['external_id', 'ship_to.name', 'lines.sku', 'lines.qty', 'lines.unit_price'],
            ['XL-1', '王五', 'A-100', 3, '19.90'],
            ['XL-1', '王五', 'B-200', 1, 5]]
    write('xlsx_attachment.eml', multipart('xlsx_attachment', b'xlsx order', b'mixed', [
        part(b'text/plain; charset=utf-8', b'See the workbook.\r\n'),
        attachment(b'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
                   b'filename="orders.xlsx"', xlsx(rows)),
    ]))
    # a workbook whose first sheet is a cover (number, ship-to) and whose
    # lines are on the second sheet
    cover = [['采购订单'], ['采购单号：', 'WB-2612-7'], ['收货人：', '赵六'],
             ['联系电话：', '13912345678'], ['收货地址：', '上海市浦东新区张江路88号']]
    lines = [['物料编码', '品名', '数量', '单价', '金额'], ['A-100', '纸箱', 10, '2.50', 25],
             ['B-200', '胶带', 4, '3.00', 12], [], ['合计', '', '', '', 37]]
    write('xlsx_two_sheets.eml', multipart('xlsx_two_sheets', b'PO', b'mixed', [
        part(b'text/plain; charset=utf-8', crlf('采购单见附件。\n').encode()),
        attachment(b'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
                   b'filename="po.xlsx"', xlsx(None, [('订单信息', cover), ('明细', lines)])),
    ]))
    # a workbook of two orders, one a sheet under its own number (one per
    # delivery point), with a sheet of packing notes between them
    def point(no, who, sku, qty):
        return [['包材订单'], ['订单号：', no], ['收货人：', who],
                ['编码', '品名', '数量', '单价', '金额'], [sku, '纸箱', qty, '2.00', qty * 2],
                [], ['合计', '', '', '', qty * 2]]
    notes = [['箱规', '每箱数量'], ['60*40*30', 6]]
    write('xlsx_sheet_per_order.eml', multipart('xlsx_sheet_per_order', b'PO', b'mixed', [
        part(b'text/plain; charset=utf-8', crlf('两个收货点的订单见附件。\n').encode()),
        attachment(b'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
                   b'filename="po.xlsx"', xlsx(None, [('东区', point('SP-1', '孙七', 'C-1', 10)),
                                                      ('箱规', notes),
                                                      ('西区', point('SP-2', '周八', 'C-2', 5))])),
    ]))
    # an ERP's list export (Odoo) whose first row the list reader takes for
    # an order list but cannot map (Order Lines/Quantity): read as a sheet
    rows = [['Order Reference', 'Vendor', 'Order Lines/Product', 'Order Lines/Description',
             'Order Lines/Quantity', 'Order Lines/Unit Price', 'Order Lines/Subtotal', 'Total'],
            ['P00077', 'Acme Packaging', '[JR-1] Jar', 'Jar, 250 ml', 100, '0.5', 50, 62],
            ['', '', '[LB-2] Label', 'Label, roll', 4, 3, 12]]
    write('xlsx_list_refused.eml', multipart('xlsx_list_refused', b'export', b'mixed', [
        part(b'text/plain; charset=utf-8', b'The export is attached.\r\n'),
        attachment(b'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
                   b'filename="purchase.order.xlsx"', xlsx(rows)),
    ]))
    # an .xlsx that is not a zip
    write('xlsx_bad.eml', multipart('xlsx_bad', b'xlsx order', b'mixed', [
        part(b'text/plain; charset=utf-8', b'See the workbook.\r\n'),
        attachment(b'application/octet-stream', b'filename="orders.xlsx"',
                   b'this is not a zip file at all'),
    ]))
    # nested multipart/alternative inside multipart/mixed: text/plain wins
    alt_b = b'=_alt_inner'
    alt = (b'Content-Type: multipart/alternative; boundary="' + alt_b + b'"' + CRLF + CRLF +
           b'--' + alt_b + CRLF +
           part(b'text/plain; charset=utf-8',
                crlf('Order #: ALT-1\nA-1 x 2 @ 3.00\n').encode()) + CRLF +
           b'--' + alt_b + CRLF +
           part(b'text/html; charset=utf-8',
                b'<p>Order #: ALT-HTML</p><p>Z-9 x 1 @ 1.00</p>') + CRLF +
           b'--' + alt_b + b'--' + CRLF)
    write('nested_alternative.eml', multipart('nested_alternative', b'order', b'mixed', [
        alt,
        attachment(b'image/png', b'filename="logo.png"', b'\x89PNG\r\n\x1a\n\x00\x00'),
    ]))
    # forwarded message as message/rfc822
    inner = (b'From: shop@example.cn' + CRLF + b'Subject: PO' + CRLF +
             b'Content-Type: text/plain; charset=gb2312' + CRLF +
             b'Content-Transfer-Encoding: base64' + CRLF + CRLF +
             b64(crlf('采购单号：FW-501\n货号  数量  单价\nF-1  6  7.00\n').encode('gb2312')) + CRLF)
    write('forwarded_rfc822.eml', multipart('forwarded_rfc822', b'Fwd: PO', b'mixed', [
        part(b'text/plain; charset=utf-8', b'FYI, see the forwarded order.\r\n'),
        part(b'message/rfc822', inner, b'7bit'),
    ]))
    # inline forward in the text
    write('inline_forward.eml', single('inline_forward', b'Fwd: order', b'text/plain; charset=utf-8',
                                       crlf("""Please handle.

---------- Forwarded message ----------
From: Buyer <buyer@example.org>
Date: Thu, 19 Nov 2026 10:00:00 +0800
Subject: order

> PO#: IF-9
> Attn: Ann
> SKU | Qty | Price
> --- | --- | ---
> K-1 | 1 | 99.00
""").encode()))
    # encoded-word subject (order number only there) + RFC 2231 file name
    subj = b'=?UTF-8?B?' + base64.b64encode('订单号：SUBJ-42'.encode()) + b'?='
    csv = 'external_id,lines.sku,lines.qty,lines.unit_price\nR-1,A-1,1,1.00\nR-2,A-2,0,1.00\n'
    write('rfc2231_filename.eml', multipart('rfc2231_filename', subj, b'mixed', [
        part(b'text/plain; charset=utf-8', b'A-9 x 1 @ 2.00\r\n'),
        attachment(b'application/octet-stream',
                   b"filename*=UTF-8''%E8%AE%A2%E5%8D%95.csv", crlf(csv).encode()),
    ]))
    # subject only: the body has items, the subject the number
    write('subject_id.eml', single('subject_id', subj, b'text/plain; charset=utf-8',
                                   b'A-9 x 1 @ 2.00\r\n'))
    # broken charset label: falls back to auto (UTF-8 here)
    write('broken_charset.eml', single('broken_charset', b'order',
                                       b'text/plain; charset="x-no-such-charset-\xff"',
                                       crlf('订单号：BC-1\nSKU x 数量\nQ-1 × 2 @ 1.50\n').encode()))
    # several orders: two CSV attachments, one bad row in the second
    a = 'external_id,lines.sku,lines.qty,lines.unit_price\nM-1,A-1,1,10.00\n'
    b = ('external_id,lines.sku,lines.qty,lines.unit_price\nM-2,B-1,2,5.00\n'
         'M-3,B-2,abc,5.00\n')
    write('two_csv.eml', multipart('two_csv', b'orders', b'mixed', [
        part(b'text/plain; charset=utf-8', b'Two files.\r\n'),
        attachment(b'text/csv; charset=utf-8', b'filename="orders-a.csv"', crlf(a).encode()),
        attachment(b'text/csv; charset=utf-8', b'filename="orders-b.csv"', crlf(b).encode(),
                   b'quoted-printable'),
    ]))
    # a body with a bad quantity
    write('bad_qty.eml', single('bad_qty', b'PO', b'text/plain; charset=utf-8', crlf(
        '订单号：PO-9\n\n商品编码  数量  单价\nA-1  abc  5.00\n').encode()))
    # no order at all
    write('no_order.eml', single('no_order', b'Question', b'text/plain; charset=utf-8',
                                 b'Hi, could you send me your price list?\r\nThanks\r\n'))
    # SKU x qty @ price lines, no order number: id from Message-ID
    write('at_lines.eml', single('at_lines', b'order', b'text/plain; charset=us-ascii', crlf(
        'Hi,\n\n- P-1 x 2 @ 3.50\n- P-2 Big box x 1 @ 10\n\nTotal: 17.00\n').encode(),
        msgid=b'at-lines-1@fixtures.example'))
    # truncated: the message stops inside the attachment, without the
    # closing boundary
    full = multipart('truncated', b'order', b'mixed', [
        part(b'text/plain; charset=utf-8', crlf('Order No.: TR-1\nT-1 x 1 @ 1.00\n').encode()),
        attachment(b'text/csv', b'filename="big.csv"', crlf(
            'external_id,lines.sku,lines.qty,lines.unit_price\n' +
            ''.join('TRC-%d,S,1,1.00\n' % i for i in range(40))).encode()),
    ])
    write('truncated.eml', full[:len(full) * 2 // 3])
    # the order as a .txt attachment, the body says nothing
    write('txt_attachment.eml', multipart('txt_attachment', b'PO', b'mixed', [
        part(b'text/plain; charset=utf-8', b'Our order is attached.\r\n'),
        attachment(b'text/plain; charset=gbk', b'filename="PO-88.txt"',
                   crlf('订单号：TX-88\n商品编码  数量  单价\nT-8  2  4.00\n').encode('gbk')),
    ]))
    # Excel "Unicode text": UTF-16LE with a BOM, tab-separated
    tsv = '订单号\t商品编码\t数量\t单价\nU-1\tA-1\t3\t2.50\n'
    write('utf16_tsv.eml', multipart('utf16_tsv', b'PO', b'mixed', [
        part(b'text/plain; charset=utf-8', b'Attached.\r\n'),
        attachment(b'application/octet-stream', b'filename="orders.tsv"',
                   b'\xff\xfe' + crlf(tsv).encode('utf-16-le')),
    ]))
    # a reply that repeats the order above the quote: read once
    write('reply_quoted.eml', single('reply_quoted', b'Re: PO RQ-1', b'text/plain; charset=utf-8',
                                     crlf("""Hi, confirming our order again:

PO No: RQ-1
A-1 x 2 @ 3.00
B-2 x 1 @ 5.00

On Thu, Nov 19, 2026 at 10:00 AM Sales <sales@example.com> wrote:
> Please confirm your order:
> PO No: RQ-1
> A-1 x 2 @ 3.00
> B-2 x 1 @ 5.00
""").encode()))
    # Outlook reply: the order only in the original, unquoted, after a
    # From:/Sent: block; its number only in that Subject
    write('outlook_reply.eml', single('outlook_reply', b'RE: order', b'text/plain; charset=utf-8',
                                      crlf("""Please process the order below, thanks.

________________________________
From: 王采购 <buyer@example.cn>
Sent: Thursday, November 19, 2026 10:00 AM
To: orders@example.com
Subject: 采购单号 PO-OL-7

商品编码  品名  数量  单价  金额
A-100  蓝色T恤  2  59.00  118.00
B-200  帆布袋  3  12.50  37.50
合计：155.50
""").encode()))
    # HTML reply: the order is inside <blockquote>
    write('html_reply.eml', single('html_reply', b'Re: order', b'text/html; charset=utf-8',
                                   crlf("""<html><body><div>Confirmed, see below.</div>
<div class="gmail_quote"><div>On Thu, Nov 19, 2026 Buyer wrote:</div>
<blockquote class="gmail_quote"><p>Order No.: HR-5</p>
<table><tr><td>Item</td><td>Description</td><td>Qty</td><td>Price</td><td>Amount</td></tr>
<tr><td>H-1</td><td>Mug</td><td>4</td><td>2.50</td><td>10.00</td></tr></table>
</blockquote></div></body></html>
""").encode()))
    # QQ Mail style forward in Chinese
    write('cn_forward.eml', single('cn_forward', b'Fw: order', b'text/plain; charset=utf-8',
                                   crlf("""请处理以下订单。

------------------ 原始邮件 ------------------
发件人: "张三"<zhang@example.cn>
发送时间: 2026年11月19日(星期四) 上午10:00
收件人: "销售"<sales@example.com>
主题: 订单

订单号：CF-3
收货人：张三
C-1 × 3 单价 20
""").encode()))
    # two purchase orders in one mail; the customer is said once
    TWO = """客户：上海某某贸易有限公司

订单号：TW-1
收货人：张三
A-1 x 2 @ 3.00
合计：6.00

订单号：TW-2
收货人：李四
B-1 x 1 @ 5.00
C-1 x 1 @ 1.00
合计：6.00
"""
    write('two_orders.eml', single('two_orders', b'orders', b'text/plain; charset=utf-8',
                                   crlf(TWO).encode()))
    # the second of two orders is bad: the first is an order, the message
    # the dead letter of the second
    write('two_orders_bad.eml', single('two_orders_bad', b'orders', b'text/plain; charset=utf-8',
                                       crlf(TWO.replace('B-1 x 1 @ 5.00', 'B-1 x abc @ 5.00')
                                            .replace('TW-', 'TB-')).encode()))
    # garbage
    rnd = random.Random(4)
    write('garbage.eml', bytes(rnd.randrange(256) for _ in range(700)))


if __name__ == '__main__':
    main()
