#!/usr/bin/python3
"""Hand-written purchase-order mails h13 and up (the untuned test set).

Each mail below is written by hand, one function per mail: its headers,
its text as the customer typed it, its attachments, and the truth a
careful order clerk would key in from it. This script only assembles the
MIME and writes NAME.eml + NAME.json beside itself, so the attachments
(.xlsx, .xls, PDF, CSV, images) can be rebuilt byte for byte:

    /usr/bin/python3 tests/data/po-corpus/hand/make_hand2.py [hNN ...]

Nothing here is written to an extractor: layouts are what mail clients,
spreadsheets and people produce. Attachments use ../corpus_docs.py (fixed
zip time stamps, reportlab invariant=1); the Chinese PDF in h24 uses the
Adobe CID font STSong-Light (not embedded), as many Chinese PDF writers do.
"""
import base64
import json
import os
import quopri
import sys
import zlib
import struct
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))

import corpus_docs  # noqa: E402
from corpus_docs import Sheet  # noqa: E402

MAILS = []


def mail(fn):
    MAILS.append(fn)
    return fn


# ------------------------------------------------------------ money and truth

def D(s):
    return Decimal(str(s))


def m2(v):
    return str(D(v).quantize(Decimal('0.01'), rounding=ROUND_HALF_UP))


def ln(sku, title, qty, price, total=None, **kw):
    """A truth line; total defaults to qty x price (as written)."""
    d = {}
    if sku:
        d['sku'] = sku
    if title:
        d['title'] = title
    if qty is not None:
        d['qty'] = qty
    if price is not None:
        d['unit_price'] = m2(price)
        if total is None and qty is not None and not kw.get('no_total'):
            total = D(price) * qty
    if total is not None:
        d['total'] = m2(total)
    return d


def money(v, comma=True):
    v = D(v).quantize(Decimal('0.01'), rounding=ROUND_HALF_UP)
    return '{:,.2f}'.format(v) if comma else '{:.2f}'.format(v)


# ------------------------------------------------------------ MIME by hand

def ew(text, charset='utf-8'):
    """An RFC 2047 encoded header value in the client's charset (B
    encoding), split into words of at most 75 characters without cutting
    a character, folded onto continuation lines."""
    try:
        text.encode('ascii')
        return text
    except UnicodeEncodeError:
        pass
    words, chunk = [], ''
    for ch in text:
        trial = chunk + ch
        if len('=?%s?B?%s?=' % (charset, base64.b64encode(trial.encode(charset)).decode())) > 75:
            words.append(chunk)
            chunk = ch
        else:
            chunk = trial
    words.append(chunk)
    return '\n '.join('=?%s?B?%s?=' % (charset, base64.b64encode(w.encode(charset)).decode('ascii'))
                      for w in words)


def addr(name, email, charset='utf-8', quote=False):
    if not name:
        return email
    try:
        name.encode('ascii')
        return ('"%s" <%s>' % (name, email)) if quote or ',' in name or '.' in name else '%s <%s>' % (name, email)
    except UnicodeEncodeError:
        return '%s <%s>' % (ew(name, charset), email)


def b64(data):
    s = base64.b64encode(data).decode('ascii')
    return '\n'.join(s[i:i + 76] for i in range(0, len(s), 76)) + '\n'


def crlf_text(text):
    return text.replace('\r\n', '\n').replace('\n', '\r\n')


class Part:
    def __init__(self, headers, body):
        self.headers = headers   # list of str lines (already folded, LF)
        self.body = body         # bytes, LF line ends (CRLF added at the end)

    def bytes(self):
        return ('\n'.join(self.headers) + '\n\n').encode('ascii') + self.body


def text(content, charset='utf-8', cte='base64', subtype='plain', extra=None, ctype_params='', fold=False,
         data=None):
    """A text leaf. content is str (encoded to charset) or data bytes."""
    raw = data if data is not None else content.encode(charset)
    if cte == 'base64':
        body = b64(crlf_text_bytes(raw)).encode('ascii')
    elif cte == 'quoted-printable':
        body = quopri.encodestring(raw.replace(b'\r\n', b'\n'))
        if not body.endswith(b'\n'):
            body += b'\n'
    else:
        body = raw.replace(b'\r\n', b'\n')
        if not body.endswith(b'\n'):
            body += b'\n'
    if fold:
        ct = 'Content-Type: text/%s;\n\tcharset="%s"%s' % (subtype, charset, ctype_params)
    else:
        ct = 'Content-Type: text/%s; charset="%s"%s' % (subtype, charset, ctype_params)
    h = [ct, 'Content-Transfer-Encoding: %s' % cte]
    if extra:
        h += extra
    return Part(h, body)


def crlf_text_bytes(raw):
    return raw.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')


def attachment(ctype, data, filename, disp='attachment', extra=None, name_style='plain', inline_cid=None):
    if name_style == 'plain':
        fn = '"%s"' % filename
        h = ['Content-Type: %s;\n\tname=%s' % (ctype, fn)]
        hd = 'Content-Disposition: %s;\n\tfilename=%s' % (disp, fn)
    elif name_style == 'rfc2231':
        enc = ''.join(chr(b) if (b < 128 and (chr(b).isalnum() or chr(b) in '.-_')) else '%%%02X' % b
                      for b in filename.encode('utf-8'))
        h = ['Content-Type: %s;\n\tname="%s"' % (ctype, ew(filename, 'utf-8').replace('\n', ''))]
        hd = "Content-Disposition: %s;\n\tfilename*=utf-8''%s" % (disp, enc)
    else:  # rfc2047 in a given charset, as Foxmail / QQ / Outlook CN write it
        w = ew(filename, name_style).replace('\n ', '')
        h = ['Content-Type: %s;\n\tname="%s"' % (ctype, w)]
        hd = 'Content-Disposition: %s;\n\tfilename="%s"' % (disp, w)
    h.append('Content-Transfer-Encoding: base64')
    if inline_cid:
        h.append('Content-ID: <%s>' % inline_cid)
    h.append(hd)
    if extra:
        h += extra
    return Part(h, b64(data).encode('ascii'))


def multi(subtype, boundary, parts, preamble=None, extra_params=''):
    out = b''
    if preamble:
        out += preamble.encode('ascii') + b'\n\n'
    for p in parts:
        out += b'--' + boundary.encode('ascii') + b'\n' + p.bytes() + b'\n'
    out += b'--' + boundary.encode('ascii') + b'--\n'
    return Part(['Content-Type: multipart/%s;\n\tboundary="%s"%s' % (subtype, boundary, extra_params)], out)


def message(headers, part):
    """headers: list of 'Name: value' (already encoded); MIME-Version added
    where the client writes it (give it in headers)."""
    return ('\n'.join(headers) + '\n').encode('ascii') + part.bytes()


def rfc822(msg_bytes, filename=None):
    h = ['Content-Type: message/rfc822']
    if filename:
        h.append('Content-Disposition: attachment;\n\tfilename="%s"' % filename)
    return Part(h, msg_bytes)


# ------------------------------------------------------------ small images

def png(w, h, rgb=(200, 30, 30)):
    """A small solid PNG (a logo or a phone photo stand-in)."""
    raw = b''.join(b'\x00' + bytes(rgb) * w for _ in range(h))

    def chunk(t, d):
        return struct.pack('>I', len(d)) + t + d + struct.pack('>I', zlib.crc32(t + d) & 0xffffffff)
    return (b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 2, 0, 0, 0)) +
            chunk(b'IDAT', zlib.compress(raw, 9)) + chunk(b'IEND', b''))


def jpeg(w, h, rgb=(120, 110, 100)):
    """A small JPEG (a phone photo stand-in), Pillow, same bytes each run."""
    import io
    from PIL import Image
    buf = io.BytesIO()
    Image.new('RGB', (w, h), rgb).save(buf, 'JPEG', quality=80)
    return buf.getvalue()


# ------------------------------------------------------------ writing

def write(name, eml, truth):
    with open(os.path.join(HERE, name + '.eml'), 'wb') as f:
        f.write(eml.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n'))
    with open(os.path.join(HERE, name + '.json'), 'w', encoding='utf-8') as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
        f.write('\n')


def truth(family, source, charset, notes, orders):
    return {'family': family, 'source': source, 'charset': charset, 'notes': 'hand-written. ' + notes,
            'orders': orders}


# ============================================================ the mails
@mail
def h13_qty_first_en():
    body = """Hi Li Hua,

Please book the following against our PO# NW-24418:

- 200 rolls of clear packing tape 48mm (HD-TP-4806) at $0.62/roll
- 60 cartons of 5-ply shipping box, large (HD-CT-0301) at $1.05/ctn
- 15 rolls of bubble wrap 1m x 50m (HD-BW-1050) at $5.80/roll
- 4 boxes of nitrile gloves M, 100/box (HD-GL-0902) at $3.60/box

Total USD 288.40, FOB Ningbo as usual; our forwarder (Apex Logistics) will
contact you for the booking.

Deliver to: Northwind Traders - Reno DC, 1200 Commerce Drive, Reno, NV 89502
Contact: Dave Mitchell, 775-555-0192 (receiving, 7am-3pm)

Could you send the PI by Friday? Thanks a lot.

Best regards,
--
Mike Carter
Procurement Lead | Northwind Traders LLC
350 Mission Street, Floor 12, San Francisco, CA 94105
T +1 415 555 0136 | M +1 415 555 0110
www.northwind-traders.example
"""
    html = ('<div dir="ltr">' + ''.join('<div>%s</div>' % (l.replace('&', '&amp;').replace('<', '&lt;')
                                                           .replace('>', '&gt;') or '<br>')
                                        for l in body.split('\n')[:-1]) + '</div>\n')
    alt = multi('alternative', '000000000000a41c3e0612f4d2b8', [
        text(body, 'UTF-8', 'quoted-printable'),
        text(html, 'UTF-8', 'quoted-printable', 'html')])
    eml = message([
        'MIME-Version: 1.0',
        'Date: Tue, 1 Dec 2026 09:47:21 -0800',
        'Message-ID: <CAJx7Rk2mQ0+PnW3fA9vY_0s1bXo4e8uT2H6nKq5dLrZcV7wJgA@mail.gmail.com>',
        'Subject: PO NW-24418 tape/boxes/bubble/gloves',
        'From: Mike Carter <mike.carter@northwind-traders.example>',
        'To: Li Hua <lihua@hengda-pack.cn>',
        'Cc: orders@hengda-pack.cn'], alt)
    return eml, truth('hand-qty-first-en', 'body', 'utf-8',
                      'Gmail plain+HTML; every item line starts with the quantity and its unit '
                      '("200 rolls of ... (SKU) at $0.62/roll"); FOB note and a forwarder name; ship-to is a '
                      'DC with a contact, distinct from the San Francisco office in the signature. '
                      'No order date (the Date header is not one).',
                      [{'external_id': 'NW-24418', 'customer': {'name': 'Northwind Traders LLC'},
                        'ship_to': {'name': 'Dave Mitchell', 'phone': '775-555-0192',
                                    'address': '1200 Commerce Drive, Reno, NV 89502'},
                        'currency': 'USD', 'total': '288.40',
                        'lines': [ln('HD-TP-4806', 'clear packing tape 48mm', 200, '0.62', no_total=True),
                                  ln('HD-CT-0301', '5-ply shipping box, large', 60, '1.05', no_total=True),
                                  ln('HD-BW-1050', 'bubble wrap 1m x 50m', 15, '5.80', no_total=True),
                                  ln('HD-GL-0902', 'nitrile gloves M, 100/box', 4, '3.60', no_total=True)]}])


@mail
def h14_tw_big5_outlook_rowspan():
    plain = """林小姐 您好：

附上本月採購單，請協助安排出貨，謝謝。

採購單號：HC-1151203
採購日期：115年12月3日

類別	料號	品名規格	數量	單位	單價(含稅)	金額
紙箱	HD-CT-0301	五層紙箱 大 60x40x40	500	個	7.20	3,600
	HD-CT-0302	三層紙箱 中 40x30x30	800	個	2.55	2,040
膠帶	HD-TP-4806	透明膠帶 48mm	120	捲	5.00	600
合計(含稅)						NT$6,240

送貨地址：新北市汐止區新台五路一段99號12樓
收貨人：陳怡君 02-2696-1234 分機 215

以上，如有問題請來電。

張建宏
採購課
台灣鴻昌實業股份有限公司
TEL: 02-2696-1234 #210  FAX: 02-2696-5678
新北市汐止區新台五路一段99號12樓
"""
    rows = [('紙箱', 2, 'HD-CT-0301', '五層紙箱 大 60x40x40', '500', '個', '7.20', '3,600'),
            (None, 0, 'HD-CT-0302', '三層紙箱 中 40x30x30', '800', '個', '2.55', '2,040'),
            ('膠帶', 1, 'HD-TP-4806', '透明膠帶 48mm', '120', '捲', '5.00', '600')]
    td = '<td style=\'border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt\'%s><p class=MsoNormal>' \
         '<span style=\'font-family:"新細明體",serif\'>%s<o:p></o:p></span></p></td>\n'
    trs = '<tr>' + ''.join(td % ('', h) for h in ('類別', '料號', '品名規格', '數量', '單位', '單價(含稅)', '金額')) + '</tr>\n'
    for cat, span, *cells in rows:
        trs += '<tr>'
        if cat:
            trs += td % (' rowspan=%d' % span if span > 1 else '', cat)
        trs += ''.join(td % (' align=right' if i >= 2 and i != 3 else '', c) for i, c in enumerate(cells)) + '</tr>\n'
    trs += '<tr>' + td % (' colspan=6', '合計(含稅)') + td % (' align=right', 'NT$6,240') + '</tr>\n'

    def p(t):
        return '<p class=MsoNormal><span style=\'font-family:"新細明體",serif\'>%s<o:p></o:p></span></p>\n' % (t or '&nbsp;')
    top = plain.split('\n')
    html = ('<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns="http://www.w3.org/TR/REC-html40">\n'
            '<head><meta http-equiv=Content-Type content="text/html; charset=big5">\n'
            '<meta name=Generator content="Microsoft Word 15 (filtered medium)"></head>\n'
            '<body lang=ZH-TW link="#0563C1" vlink="#954F72"><div class=WordSection1>\n' +
            ''.join(p(t) for t in top[0:6]) +
            '<table class=MsoNormalTable border=0 cellspacing=0 cellpadding=0 style=\'border-collapse:collapse\'>\n' +
            trs + '</table>\n' + ''.join(p(t) for t in top[11:]) + '</div></body></html>\n')
    alt = multi('alternative', '----=_NextPart_000_0047_01DB4A3C.5E2F1A80', [
        text(plain, 'big5', 'base64', fold=True),
        text(html, 'big5', 'quoted-printable', 'html', fold=True)])
    eml = message([
        'From: %s' % addr('張建宏', 'jh.chang@hongchang.com.tw', 'big5'),
        'To: %s' % addr('恆達訂單', 'orders@hengda-pack.cn', 'big5'),
        'Subject: %s' % ew('採購單 HC-1151203', 'big5'),
        'Date: Thu, 3 Dec 2026 10:21:44 +0800',
        'Message-ID: <004701db4a3c$5e2f1a80$1a8d4f80$@hongchang.com.tw>',
        'MIME-Version: 1.0',
        'X-Mailer: Microsoft Outlook 16.0',
        'Thread-Index: AdtKPF4vGoBd2kq2S0WfN1o2hq7c9w==',
        'Content-Language: zh-tw'], alt)
    return eml, truth('hand-tw-big5-outlook-rowspan', 'html', 'big5',
                      'Taiwanese Outlook mail in Big5, HTML table whose first column (類別) spans two rows '
                      '(rowspan) and whose total row spans six columns (colspan); the text alternative drops the '
                      'spanned cell (the second row starts with a tab). ROC date 115年12月3日 = 2026-12-03; '
                      'unit prices include tax, amounts without decimals, NT$ only on the total row; '
                      'the phone has an extension.',
                      [{'external_id': 'HC-1151203', 'customer': {'name': '台灣鴻昌實業股份有限公司'},
                        'ship_to': {'name': '陳怡君', 'phone': '02-2696-1234 分機 215',
                                    'address': '新北市汐止區新台五路一段99號12樓'},
                        'placed_at': '2026-12-03', 'currency': 'TWD', 'total': '6240.00',
                        'lines': [ln('HD-CT-0301', '五層紙箱 大 60x40x40', 500, '7.20'),
                                  ln('HD-CT-0302', '三層紙箱 中 40x30x30', 800, '2.55'),
                                  ln('HD-TP-4806', '透明膠帶 48mm', 120, '5.00')]}])


@mail
def h15_qq_gb18030_html_colspan():
    rows = [('1', 'HD-ZB-3040', '快递袋 30*40cm（100个/包）', '50', '包', '16.80', '840.00'),
            ('2', 'HD-ZB-2535', '快递袋 25*35cm（100个/包）', '30', '包', '13.50', '405.00'),
            ('3', 'HD-LB-1010', '热敏标签 100*100（500张/卷）', '40', '卷', '9.90', '396.00')]
    st = ' style="border:1px solid #999;padding:3px 6px;"'
    t = '<table cellspacing="0" cellpadding="0" style="border-collapse:collapse;font-size:14px;">'
    t += ('<tr><th rowspan="2"%s>序号</th><th colspan="2"%s>产品</th><th rowspan="2"%s>数量</th>'
          '<th rowspan="2"%s>单位</th><th rowspan="2"%s>单价（元）</th><th rowspan="2"%s>金额（元）</th></tr>'
          % (st, st, st, st, st, st))
    t += '<tr><th%s>编号</th><th%s>名称规格</th></tr>' % (st, st)
    for r in rows:
        t += '<tr>' + ''.join('<td%s>%s</td>' % (st, c) for c in r) + '</tr>'
    t += '<tr><td colspan="6"%s>运费</td><td%s>50.00</td></tr>' % (st, st)
    t += '<tr><td colspan="6"%s><b>合计</b></td><td%s><b>1691.00</b></td></tr></table>' % (st, st)
    html = ('<meta http-equiv="Content-Type" content="text/html; charset=GB18030">'
            '<div>李经理您好：</div><div><br></div><div>下面是我们12月第一批的订货单，请安排发货，谢谢！</div>'
            '<div><br></div><div>订单编号：YP-1203-01</div><div>下单日期：2026年12月3日</div><div><br></div>'
            + t +
            '<div><br></div><div>收货地址：浙江省义乌市北苑街道春晗路88号 佳美仓库</div>'
            '<div>收货人：王丽娟&nbsp; 138 6791 2233</div><div><br></div><div>运费按上次说的50块一起付了。</div>'
            '<div><br></div><div><br></div><div>------------------</div><div>王丽娟</div>'
            '<div>义乌市佳美电子商务有限公司</div><div>&nbsp;</div>')
    part = text(html, 'GB18030', 'base64', 'html')
    eml = message([
        'From: "%s" <1582263741@qq.com>' % ew('王丽娟', 'GB18030').strip('"'),
        'To: "%s" <orders@hengda-pack.cn>' % ew('恒达订单', 'GB18030'),
        'Subject: %s' % ew('12月订货单', 'GB18030'),
        'Mime-Version: 1.0',
        'Date: Thu, 3 Dec 2026 14:02:37 +0800',
        'X-Priority: 3',
        'Message-ID: <tencent_3F0A6C2E9B1D4E7F8A2B5C6D7E8F9A0B1C05@qq.com>',
        'X-QQ-MIME: TCMime 1.0 by Tencent',
        'X-Mailer: QQMail 2.x',
        'X-QQ-Mailer: QQMail 2.x'], part)
    return eml, truth('hand-qq-gb18030-html-colspan', 'html', 'gb18030',
                      'QQ Mail, HTML only, GB18030 base64. Two-row table header: 产品 spans two columns '
                      '(编号, 名称规格) and the other headers span two rows; a freight row (运费) and the 合计 row '
                      'span six columns. Units 包/卷; the pack size in the title is not the quantity. '
                      'The total includes the freight.',
                      [{'external_id': 'YP-1203-01', 'customer': {'name': '义乌市佳美电子商务有限公司'},
                        'ship_to': {'name': '王丽娟', 'phone': '138 6791 2233',
                                    'address': '浙江省义乌市北苑街道春晗路88号 佳美仓库'},
                        'placed_at': '2026-12-03', 'currency': 'CNY', 'total': '1691.00',
                        'lines': [ln(r[1], r[2], int(r[3]), r[5]) for r in rows]}])


@mail
def h16_apple_mail_en_discount():
    plain = """Hi Li,

Please find our order below.

Order no: OHG-7731
Order date: 2 December 2026

Item code\tDescription\tQty\tUnit\tUnit price\tAmount
HD-SF-5023\tStretch film 500mm x 23mic\t40\troll\t6.90\t276.00
HD-CN-0800\tEdge protector 50x50x1000\t500\tpcs\t0.42\t210.00
HD-ST-1605\tPP strapping 16mm\t30\troll\t7.80\t234.00
\t\t\t\tSubtotal\t720.00
\t\t\t\tDiscount 5%\t-36.00
\t\t\t\tFreight\t45.00
\t\t\t\tTotal AUD\t729.00

Ship to:
Oakridge Home Goods Pty Ltd
Unit 4, 18 Export Drive
Brooklyn VIC 3012
Australia
Attn: Sam Whitfield, +61 3 9555 0142

Kind regards,
Sam

Sam Whitfield
Operations Manager
Oakridge Home Goods Pty Ltd
ABN 51 824 753 556
Unit 4, 18 Export Drive, Brooklyn VIC 3012
+61 3 9555 0142



"""
    rows = [('HD-SF-5023', 'Stretch film 500mm x 23mic', '40', 'roll', '6.90', '276.00'),
            ('HD-CN-0800', 'Edge protector 50x50x1000', '500', 'pcs', '0.42', '210.00'),
            ('HD-ST-1605', 'PP strapping 16mm', '30', 'roll', '7.80', '234.00')]
    cell = '<td style="border: 1px solid rgb(191, 191, 191); padding: 2px 5px;">%s</td>'
    tb = '<table style="border-collapse: collapse;" cellspacing="0"><tbody>'
    tb += '<tr>' + ''.join(cell % ('<b>%s</b>' % h) for h in ('Item code', 'Description', 'Qty', 'Unit',
                                                                'Unit price', 'Amount')) + '</tr>'
    for r in rows:
        tb += '<tr>' + ''.join(cell % c for c in r) + '</tr>'
    for k, v in (('Subtotal', '720.00'), ('Discount 5%', '-36.00'), ('Freight', '45.00'), ('<b>Total AUD</b>', '<b>729.00</b>')):
        tb += '<tr>' + cell % '' * 4 + cell % k + cell % v + '</tr>'
    tb += '</tbody></table>'
    html = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
            '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
            'Hi Li,<div><br></div><div>Please find our order below.</div><div><br></div>'
            '<div>Order no: OHG-7731</div><div>Order date: 2 December 2026</div><div><br></div><div>' + tb +
            '</div><div><br></div><div>Ship to:</div><div>Oakridge Home Goods Pty Ltd</div><div>Unit 4, 18 Export '
            'Drive</div><div>Brooklyn VIC 3012</div><div>Australia</div><div>Attn: Sam Whitfield, +61 3 9555 0142'
            '</div><div><br></div><div>Kind regards,</div><div>Sam</div><div><br><div>\n<div dir="auto" style="'
            'caret-color: rgb(0, 0, 0); color: rgb(0, 0, 0); letter-spacing: normal;"><div>Sam Whitfield</div>'
            '<div>Operations Manager</div><div>Oakridge Home Goods Pty Ltd</div><div>ABN 51 824 753 556</div>'
            '<div>Unit 4, 18 Export Drive, Brooklyn VIC 3012</div><div>+61 3 9555 0142</div></div><br><br>'
            '</div><br></div></body></html>\n')
    alt = multi('alternative', 'Apple-Mail=_8C2D41F7-3B1E-4A9D-9F62-0E5C7A1B3D94', [
        text(plain, 'us-ascii', 'quoted-printable', fold=True),
        text(html, 'utf-8', 'quoted-printable', 'html', fold=True)])
    eml = message([
        'From: Sam Whitfield <sam.w@oakridgehome.com.au>',
        'Content-Type: multipart/alternative;\n\tboundary="Apple-Mail=_8C2D41F7-3B1E-4A9D-9F62-0E5C7A1B3D94"',
        'Mime-Version: 1.0 (Mac OS X Mail 16.0 \\(3826.200.121\\))',
        'Subject: Order OHG-7731',
        'Date: Wed, 2 Dec 2026 16:44:09 +1100',
        'To: Li Hua <lihua@hengda-pack.cn>',
        'Cc: orders@hengda-pack.cn',
        'Message-Id: <5B1E0C7A-2F4D-4C61-8E3A-97D0B6A2F415@oakridgehome.com.au>',
        'X-Mailer: Apple Mail (2.3826.200.121)'], Part([], alt.body))
    return eml, truth('hand-apple-mail-en-discount', 'html', 'utf-8',
                      'Apple Mail with a Numbers-style table in HTML and a tab text alternative; units column '
                      '(roll/pcs); subtotal, a 5% discount as a negative amount, freight, then Total AUD 729.00. '
                      'Ship-to is a company block with Attn; date written "2 December 2026" (the mail Date header '
                      'is the same day in Melbourne).',
                      [{'external_id': 'OHG-7731', 'customer': {'name': 'Oakridge Home Goods Pty Ltd'},
                        'ship_to': {'name': 'Sam Whitfield', 'phone': '+61 3 9555 0142',
                                    'address': 'Unit 4, 18 Export Drive, Brooklyn VIC 3012, Australia'},
                        'placed_at': '2026-12-02', 'currency': 'AUD', 'total': '729.00',
                        'lines': [ln(r[0], r[1], int(r[2]), r[4]) for r in rows]}])


@mail
def h17_po_in_subject_only_foxmail():
    body = """周敏你好，

本周补货如下，还是老价格，麻烦周四前送到：

1. 飞机盒 HD-CT-0510  3000个  1.10
2. 封箱胶带 HD-TP-4806  200卷  4.50
3. 防震气泡袋 HD-BW-2030  20包  18.50
4. 丁腈手套 HD-GL-0901  10盒  22.00

金额合计：4790.00元

送货：湖北省武汉市东西湖区走马岭汇通大道9号 盛世物流园B3库
收货人 邓师傅 15927031188（到了提前半小时打电话）

发票开专票，开票资料不变。

曹敏
武汉盛世汇百货有限公司 采购部
电话：027-8388 6120
"""
    part = multi('mixed', '----=_001_NextPart804511320227_=----', [
        multi('alternative', '----=_002_NextPart135662042150_=----', [
            text(body, 'GBK', 'base64', fold=True),
            text('<html><head><meta http-equiv="content-type" content="text/html; charset=GBK"><style>body '
                 '{ line-height: 1.5; }body { font-size: 14px; font-family: "Microsoft YaHei UI"; color: '
                 'rgb(0, 0, 0); line-height: 1.5; }</style></head><body>\n' +
                 ''.join('<div>%s</div>\n' % (l.replace(' ', '&nbsp;') or '<br>') for l in body.split('\n')[:-1]) +
                 '<div><br></div><hr style="width: 210px; height: 1px;" color="#b5c4df" size="1" align="left">\n'
                 '<div><span><div style="MARGIN: 10px; FONT-FAMILY: verdana; FONT-SIZE: 10pt"><div>caomin@wh-ssh.com'
                 '</div></div></span></div>\n</body></html>\n', 'GBK', 'base64', 'html', fold=True)]),
        attachment('image/png', png(120, 40, (30, 90, 160)), 'logo.png', name_style='plain')],
        preamble='This is a multi-part message in MIME format.')
    eml = message([
        'Date: Tue, 1 Dec 2026 11:18:50 +0800',
        'From: %s' % addr('曹敏', 'caomin@wh-ssh.com', 'GBK'),
        'To: %s' % addr('周敏', 'zhoumin@hengda-pack.cn', 'GBK'),
        'Cc: orders <orders@hengda-pack.cn>',
        'Subject: %s' % ew('采购订单 SJ-HB-2612-0087', 'GBK'),
        'X-Priority: 3',
        'X-Has-Attach: yes',
        'X-Mailer: Foxmail 7.2.25.254[cn]',
        'Mime-Version: 1.0',
        'Message-ID: <202612011118502810347@wh-ssh.com>'], part)
    return eml, truth('hand-po-in-subject-only', 'body', 'gbk',
                      'Foxmail (GBK, text + HTML, a logo attachment); the order number is only in the Subject; '
                      'numbered item lines "title SKU qty+unit price" without header, units 个/卷/包/盒 glued to '
                      'the quantity, no line amounts; total with 元; a delivery remark in brackets after the phone; '
                      'the 027 number in the signature is the buyer office.',
                      [{'external_id': 'SJ-HB-2612-0087', 'customer': {'name': '武汉盛世汇百货有限公司'},
                        'ship_to': {'name': '邓师傅', 'phone': '15927031188',
                                    'address': '湖北省武汉市东西湖区走马岭汇通大道9号 盛世物流园B3库'},
                        'currency': 'CNY', 'total': '4790.00',
                        'lines': [ln('HD-CT-0510', '飞机盒', 3000, '1.10', no_total=True),
                                  ln('HD-TP-4806', '封箱胶带', 200, '4.50', no_total=True),
                                  ln('HD-BW-2030', '防震气泡袋', 20, '18.50', no_total=True),
                                  ln('HD-GL-0901', '丁腈手套', 10, '22.00', no_total=True)]}])


@mail
def h18_fwd_en_urgent_comment():
    orig = """Dear Li Hua,

Please supply the following as per our purchase order. Kindly acknowledge
receipt and advise the ETD.

PO No   : LCT-PO-26-0912
PO Date : 02-Dec-2026
Currency: SGD
Terms   : T/T 30 days

S/N  Item Code    Description                 Qty    UOM   Unit Price    Amount
1    HD-GL-0901   Nitrile gloves L             200   BOX         4.90    980.00
2    HD-TP-4806   Clear tape 48mm x 100m       300   ROLL        0.95    285.00
3    HD-LB-1010   Thermal label 100x100        100   ROLL        1.85    185.00
                                                     Total (SGD)       1,450.00

Delivery to: Lion City Trading Pte Ltd, 21 Tuas Avenue 7, #03-11, Singapore 639279
Attn: Mr Ahmed Khan, +65 6555 0133

Thanks and regards,
Ahmed Khan
Purchasing Executive
Lion City Trading Pte Ltd
DID +65 6555 0133 | HP +65 9123 4400

CONFIDENTIALITY: This e-mail and any attachments are confidential and may be
privileged. If you are not the intended recipient, please notify the sender
and delete it. Lion City Trading Pte Ltd accepts no liability for viruses."""
    body = """Please process, urgent!! Customer wants it on the Dec 8 vessel, 2 days
earlier than usual. Call me on 138 0571 6620 if anything is missing.

Li Hua

---------- Forwarded message ---------
From: Ahmed Khan <ahmed.khan@lioncitytrading.sg>
Date: Wed, Dec 2, 2026 at 10:14 AM
Subject: PO LCT-PO-26-0912
To: Li Hua <lihua@hengda-pack.cn>


""" + orig + '\n'

    def esc(s):
        return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')
    top, fwd = body.split('---------- Forwarded message ---------\n', 1)
    hdrs, rest = fwd.split('\n\n\n', 1)
    html = ('<div dir="ltr">' + '<br>'.join(esc(l) for l in top.rstrip('\n').split('\n')) +
            '<br><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">---------- Forwarded message '
            '---------<br>' + '<br>'.join(esc(l) for l in hdrs.split('\n')) + '<br></div><br><br>'
            '<div style="font-family:monospace">' +
            '<br>'.join(esc(l).replace('  ', '&nbsp; ') for l in rest.rstrip('\n').split('\n')) +
            '</div></div></div>\n')
    alt = multi('alternative', '0000000000007f5b220612f7a0c1', [
        text(body, 'UTF-8', 'quoted-printable'),
        text(html, 'UTF-8', 'quoted-printable', 'html')])
    eml = message([
        'MIME-Version: 1.0',
        'Date: Wed, 2 Dec 2026 11:02:33 +0800',
        'Message-ID: <CAH2s9pQw7+Ld0_kB3rT4yXm1nVc8eZfJ5uGh6oA2iSqWtE0pRw@mail.gmail.com>',
        'Subject: Fwd: PO LCT-PO-26-0912',
        'From: Li Hua <lihua.hengda@gmail.com>',
        'To: orders@hengda-pack.cn'], alt)
    return eml, truth('hand-fwd-en-urgent-comment', 'body', 'utf-8',
                      'The seller\'s own sales rep forwards (Gmail) the customer\'s PO to the order box with a '
                      'comment: "Please process, urgent!!", a vessel date and her own mobile number. The order '
                      'is the forwarded customer mail (read once); the customer is the original sender, not the '
                      'forwarder. Fixed-width table with S/N and UOM, SGD, date 02-Dec-2026; a confidentiality '
                      'footer.',
                      [{'external_id': 'LCT-PO-26-0912', 'customer': {'name': 'Lion City Trading Pte Ltd'},
                        'ship_to': {'name': 'Mr Ahmed Khan', 'phone': '+65 6555 0133',
                                    'address': '21 Tuas Avenue 7, #03-11, Singapore 639279'},
                        'placed_at': '2026-12-02', 'currency': 'SGD', 'total': '1450.00',
                        'lines': [ln('HD-GL-0901', 'Nitrile gloves L', 200, '4.90'),
                                  ln('HD-TP-4806', 'Clear tape 48mm x 100m', 300, '0.95'),
                                  ln('HD-LB-1010', 'Thermal label 100x100', 100, '1.85')]}])


@mail
def h19_fwd_cn_outlook_kg_m():
    body = """订单处理一下，加急！客户说下周一要，先发能发的，缠绕膜不够的话先发400kg。
我手机 13805716620

陈静

发件人: 张磊 <zhanglei@dg-xinyuan.com>
发送时间: 2026年12月1日 9:40
收件人: 陈静 <chenjing@hengda-pack.cn>
主题: 采购单 DG-CG-261201

陈经理：
你好！请按下面采购单备货，含税13%专票。

采购单号：DG-CG-261201
日期：2026-12-01

品名                    规格               数量      单位   含税单价   金额
缠绕膜 HD-SF-5023        50cm 净重3kg/卷     600      kg     12.50      7,500.00
珍珠棉 HD-PE-1020        1m宽 2mm厚          500      m      1.20       600.00
PP打包带 HD-ST-1605      16mm 10kg/卷        80       卷     28.00      2,240.00
合计（含税）：10,340.00元

送货地址：广东省东莞市长安镇振安东路18号 鑫源五金二号厂房
联系人：张磊 137 2958 6610

东莞市鑫源五金制品有限公司
张磊 采购
Tel: 0769-8553 1200  Fax: 0769-8553 1201
"""
    part = text(body, 'gb2312', 'base64', fold=True)
    eml = message([
        'From: %s' % addr('陈静', 'chenjing@hengda-pack.cn', 'gb2312'),
        'To: %s' % addr('恒达订单', 'orders@hengda-pack.cn', 'gb2312'),
        'Subject: %s' % ew('转发: 采购单 DG-CG-261201', 'gb2312'),
        'Date: Tue, 1 Dec 2026 10:03:12 +0800',
        'Message-ID: <002a01db4399$4b7d2e10$e2778a30$@hengda-pack.cn>',
        'MIME-Version: 1.0',
        'X-Mailer: Microsoft Outlook 16.0',
        'Thread-Index: AQJ5c2Vh0m1hbGx0aGluZ3MAAZ2ks4A=',
        'Content-Language: zh-cn'], part)
    return eml, truth('hand-fwd-cn-outlook-kg-m', 'body', 'gb2312',
                      'The seller\'s sales rep forwards (Outlook, plain gb2312) a customer PO with a comment that '
                      'holds a quantity ("先发400kg") and her mobile: the order is the forwarded one as the customer '
                      'wrote it (600 kg). Units kg and m, SKU written after the title in the 品名 column, a 规格 '
                      'column, prices include 13% tax, thousands commas.',
                      [{'external_id': 'DG-CG-261201', 'customer': {'name': '东莞市鑫源五金制品有限公司'},
                        'ship_to': {'name': '张磊', 'phone': '137 2958 6610',
                                    'address': '广东省东莞市长安镇振安东路18号 鑫源五金二号厂房'},
                        'placed_at': '2026-12-01', 'currency': 'CNY', 'total': '10340.00',
                        'lines': [ln('HD-SF-5023', '缠绕膜', 600, '12.50'),
                                  ln('HD-PE-1020', '珍珠棉', 500, '1.20'),
                                  ln('HD-ST-1605', 'PP打包带', 80, '28.00')]}])


@mail
def h20_reply_cn_qty_change_drop_line():
    body = """李华，刚才那个单子改一下：第2项胶带改成150卷，第4项手套先不要了，其他不变。谢谢

吴涛



------------------ 原始邮件 ------------------
发件人: "吴涛"<wutao@htgyl.com>;
发送时间: 2026年12月2日(星期三) 上午10:05
收件人: "李华"<lihua@hengda-pack.cn>;
抄送: "orders"<orders@hengda-pack.cn>;
主题: 订单 HT-20261202

李华你好，新订单如下：

订单号：HT-20261202
日期：2026年12月2日

序号  编号         品名           数量    单价    金额
1     HD-CT-0302   三层纸箱 中号   1000个  2.35    2350.00
2     HD-TP-4806   透明胶带        100卷   4.50    450.00
3     HD-BW-1050   气泡膜          20卷    42.00   840.00
4     HD-GL-0901   丁腈手套        10盒    22.00   220.00
合计：3860.00元

收货：合肥市经开区锦绣大道56号 恒通供应链2号仓 吴涛 18656012345
"""
    html = ''.join('<div>%s</div>' % (l.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')
                                      .replace('  ', '&nbsp; ') or '<br>') for l in body.split('\n')[:-1])
    alt = multi('alternative', '----=_NextPart_656F2C91_0B8A3E20_4D1C7A55', [
        text(body, 'gb18030', 'base64'),
        text('<meta http-equiv="Content-Type" content="text/html; charset=GB18030">' + html, 'gb18030', 'base64',
             'html')])
    eml = message([
        'From: "%s" <wutao@htgyl.com>' % ew('吴涛', 'gb18030'),
        'To: "%s" <lihua@hengda-pack.cn>' % ew('李华', 'gb18030'),
        'Cc: "orders" <orders@hengda-pack.cn>',
        'Subject: %s' % ew('回复：订单 HT-20261202', 'gb18030'),
        'Mime-Version: 1.0',
        'Date: Wed, 2 Dec 2026 11:31:08 +0800',
        'Message-ID: <tencent_9A4E2B7C1D3F5A6B8C0D2E4F6A8B0C2D3E07@qq.com>',
        'In-Reply-To: <tencent_1C3E5A7B9D0F2A4C6E8B0D2F4A6C8E0A2B05@qq.com>',
        'References: <tencent_1C3E5A7B9D0F2A4C6E8B0D2F4A6C8E0A2B05@qq.com>',
        'X-QQ-MIME: TCMime 1.0 by Tencent',
        'X-Mailer: QQMail 2.x',
        'X-QQ-Mailer: QQMail 2.x'], alt)
    return eml, truth('hand-reply-cn-change-and-drop', 'body', 'gb18030',
                      'QQ Mail reply (enterprise mailbox) above its own quoted PO: line 2 becomes 150 卷 and line '
                      '4 is dropped. The clerk keys the changed order: three lines, line 2 qty 150 with its price '
                      'and no amount (the quoted 450.00 is the old one), and no total (the quoted 3860.00 is the '
                      'old one). Read once.',
                      [{'external_id': 'HT-20261202',
                        'ship_to': {'name': '吴涛', 'phone': '18656012345',
                                    'address': '合肥市经开区锦绣大道56号 恒通供应链2号仓'},
                        'placed_at': '2026-12-02', 'currency': 'CNY',
                        'lines': [ln('HD-CT-0302', '三层纸箱 中号', 1000, '2.35'),
                                  ln('HD-TP-4806', '透明胶带', 150, '4.50', no_total=True),
                                  ln('HD-BW-1050', '气泡膜', 20, '42.00')]}])


def _outlook_html(paras_before, tables, paras_after, charset='us-ascii', font='Calibri'):
    """Word-HTML as Outlook 365 writes it: paragraphs, MsoNormalTable tables."""
    def p(t):
        return ('<p class=MsoNormal>%s<o:p></o:p></p>\n' % t) if t else '<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n'
    out = ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
           'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">'
           '<head><meta http-equiv=Content-Type content="text/html; charset=%s">'
           '<meta name=Generator content="Microsoft Word 15 (filtered medium)"><style><!--\n'
           'p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;font-size:11.0pt;font-family:"%s",sans-serif;}'
           '\n--></style></head><body lang=EN-GB link="#0563C1" vlink="#954F72" style=\'word-wrap:break-word\'>'
           '<div class=WordSection1>\n' % (charset, font))
    for t in paras_before:
        out += p(t)
    for tb in tables:
        if isinstance(tb, str):
            out += p(tb)
            continue
        out += ('<table class=MsoNormalTable border=0 cellspacing=0 cellpadding=0 style=\'border-collapse:'
                'collapse\'>\n')
        for ri, row in enumerate(tb):
            out += '<tr>'
            for c in row:
                span = ''
                if isinstance(c, tuple):
                    c, span = c[0], ' colspan=%d' % c[1]
                b = '<b>%s</b>' % c if ri == 0 and c else c
                out += ('<td%s style=\'border:solid #A6A6A6 1.0pt;padding:0cm 5.4pt 0cm 5.4pt\'><p class=MsoNormal>'
                        '%s<o:p></o:p></p></td>' % (span, b or '&nbsp;'))
            out += '</tr>\n'
        out += '</table>\n'
    for t in paras_after:
        out += p(t)
    return out + '</div></body></html>\n'


@mail
def h21_two_pos_outlook_html_en():
    a = [('HD-CT-0510', 'Mailer box 260x180x60 white', 1500, '0.21'),
         ('HD-TP-4806', 'Clear tape 48mm x 66m', 144, '0.68')]
    b = [('HD-CT-0510', 'Mailer box 260x180x60 white', 1000, '0.21'),
         ('HD-ZB-3040', 'Mailing bag 300x400 (pack of 100)', 40, '2.15'),
         ('HD-LB-1010', 'Thermal labels 100x100, 500/roll', 30, '1.40')]

    def tab(rows, total):
        t = [['Code', 'Description', 'Qty', 'Unit price', 'Line total']]
        for r in rows:
            t.append([r[0], r[1], '{:,}'.format(r[2]), r[3], money(D(r[3]) * r[2])])
        t.append([('Total GBP', 4), total])
        return t

    def txt(rows, total):
        s = 'Code\tDescription\tQty\tUnit price\tLine total\n'
        for r in rows:
            s += '%s\t%s\t%s\t%s\t%s\n' % (r[0], r[1], '{:,}'.format(r[2]), r[3], money(D(r[3]) * r[2]))
        return s + 'Total GBP\t%s\n' % total
    plain = ("Hello Li Hua,\n\nTwo orders today, one per store - please invoice them separately.\n\n"
             "PO BRL-50231 (03/12/2026)\nDeliver to: Store 14 - Leeds, 22 Kirkstall Road, Leeds LS3 1LH, "
             "att. Hannah Green, tel 0113 496 0725\n\n" + txt(a, '412.92') +
             "\nPO BRL-50232 (03/12/2026)\nDeliver to: Store 9 - Bristol, Unit 7 Avonmouth Way, Bristol BS11 9YA, "
             "att. Jonas Weber, tel 0117 496 0388\n\n" + txt(b, '338.00') +
             "\nPrices as per your quotation Q-2611-088. Please confirm lead time.\n\nMany thanks,\n\n"
             "Rachel Roberts\nBuyer - Consumables\nBrightline Retail Ltd\n"
             "Brightline House, 5 Wellington Place, Leeds LS1 4AP\nT: 0113 496 0100\n\n"
             "This email and any files transmitted with it are confidential and intended solely for the use of the "
             "individual or entity to whom they are addressed. Brightline Retail Ltd is registered in England and "
             "Wales, company no. 08123456.\n")
    html = _outlook_html(
        ['Hello Li Hua,', '', 'Two orders today, one per store &#8211; please invoice them separately.', '',
         '<b>PO BRL-50231</b> (03/12/2026)',
         'Deliver to: Store 14 &#8211; Leeds, 22 Kirkstall Road, Leeds LS3 1LH, att. Hannah Green, tel 0113 496 '
         '0725', ''],
        [tab(a, '412.92'), '', '<b>PO BRL-50232</b> (03/12/2026)',
         'Deliver to: Store 9 &#8211; Bristol, Unit 7 Avonmouth Way, Bristol BS11 9YA, att. Jonas Weber, tel 0117 '
         '496 0388', '', tab(b, '338.00')],
        ['', 'Prices as per your quotation Q-2611-088. Please confirm lead time.', '', 'Many thanks,', '',
         '<b>Rachel Roberts</b>', 'Buyer &#8211; Consumables', 'Brightline Retail Ltd',
         'Brightline House, 5 Wellington Place, Leeds LS1 4AP', 'T: 0113 496 0100', '',
         '<span style=\'font-size:8.0pt;color:gray\'>This email and any files transmitted with it are confidential '
         'and intended solely for the use of the individual or entity to whom they are addressed. Brightline '
         'Retail Ltd is registered in England and Wales, company no. 08123456.</span>'])
    alt = multi('alternative', '_000_DB9PR04MB8412E7A1C3F5D2B9A04E6C1BDB9PR04MB8412eurp_', [
        text(plain, 'us-ascii', 'quoted-printable'),
        text(html, 'us-ascii', 'quoted-printable', 'html')])
    eml = message([
        'From: Rachel Roberts <rachel.roberts@brightline-retail.co.uk>',
        'To: "orders@hengda-pack.cn" <orders@hengda-pack.cn>',
        'CC: Li Hua <lihua@hengda-pack.cn>',
        'Subject: New POs BRL-50231 / BRL-50232',
        'Thread-Topic: New POs BRL-50231 / BRL-50232',
        'Thread-Index: AdtLB2Qx9mH1r0zJT3mUQ5Vb0k6cWw==',
        'Date: Thu, 3 Dec 2026 09:12:47 +0000',
        'Message-ID: <DB9PR04MB8412E7A1C3F5D2B9A04E6C1BDB9PR04MB8412@DB9PR04MB8412.eurprd04.prod.outlook.com>',
        'Accept-Language: en-GB, en-US',
        'Content-Language: en-GB',
        'MIME-Version: 1.0'], alt)
    o = []
    for po, rows, total, nm, ph, ad in (
            ('BRL-50231', a, '412.92', 'Hannah Green', '0113 496 0725', '22 Kirkstall Road, Leeds LS3 1LH'),
            ('BRL-50232', b, '338.00', 'Jonas Weber', '0117 496 0388', 'Unit 7 Avonmouth Way, Bristol BS11 9YA')):
        o.append({'external_id': po, 'customer': {'name': 'Brightline Retail Ltd'},
                  'ship_to': {'name': nm, 'phone': ph, 'address': ad},
                  'placed_at': '2026-12-03', 'currency': 'GBP', 'total': total,
                  'lines': [ln(*r) for r in rows]})
    return eml, truth('hand-two-pos-outlook-html-en', 'html', 'us-ascii',
                      'Outlook 365 HTML with two POs (one per store), each with its own number, UK date '
                      '03/12/2026, deliver-to line (store name, address, att., tel) and table whose total row '
                      'spans four columns; a quotation number and a company registration number as noise; '
                      'the same SKU in both orders.', o)


@mail
def h22_xlsx_cn_merged_labels():
    sh = Sheet('采购订单')
    sh.widths = {1: 7, 2: 13, 3: 16, 4: 14, 5: 7, 6: 9, 7: 11, 8: 13, 9: 10}
    sh.set(1, 1, '宁波润和日用品有限公司', bold=True, center=True, size=16)
    sh.merge(1, 1, 1, 9)
    sh.set(2, 1, '采 购 订 单', bold=True, center=True, size=14)
    sh.merge(2, 1, 2, 9)
    sh.set(3, 1, '供应商：')
    sh.set(3, 2, '杭州恒达包装材料有限公司')
    sh.merge(3, 2, 3, 4)
    sh.set(3, 6, '订单编号：')
    sh.set(3, 7, 'NB-RH-20261204')
    sh.merge(3, 7, 3, 9)
    sh.set(4, 1, '联系人：')
    sh.set(4, 2, '周敏')
    sh.set(4, 6, '订单日期：')
    import datetime
    sh.set(4, 7, datetime.datetime(2026, 12, 4), fmt='yyyy"年"m"月"d"日"')
    sh.merge(4, 7, 4, 9)
    sh.set(5, 1, '收货地址：')
    sh.set(5, 2, '浙江省宁波市北仑区新碶街道明州路518号 润和仓库')
    sh.merge(5, 2, 5, 5)
    sh.set(5, 6, '收货人：')
    sh.set(5, 7, '潘海燕 13606618820')
    sh.merge(5, 7, 5, 9)
    hdr = ['序号', '物料编码', '品名', '规格型号', '单位', '数量', '含税单价', '含税金额', '备注']
    sh.row(7, 1, hdr, bold=True, border=True, center=True)
    rows = [('HD-CT-0301', '五层瓦楞纸箱', '60*40*40cm', '个', 800, '6.80', ''),
            ('HD-CT-0302', '三层瓦楞纸箱', '40*30*30cm', '个', 1200, '2.35', ''),
            ('HD-TP-4812', '米黄封箱胶带', '48mm*100m', '卷', 360, '5.80', ''),
            ('HD-SF-5023', '缠绕膜', '50cm*23μ', '卷', 50, '38.00', '加急')]
    for i, (sku, name, spec, unit, q, p, rem) in enumerate(rows):
        r = 8 + i
        sh.row(r, 1, [i + 1, sku, name, spec, unit, q], border=True)
        sh.set(r, 7, D(p), border=True, fmt='0.00')
        sh.set(r, 8, ('=F%d*G%d' % (r, r), D(p) * q), border=True, fmt='#,##0.00')
        sh.set(r, 9, rem, border=True)
    total = sum(D(p) * q for _, _, _, _, q, p, _ in rows)
    sh.set(12, 1, '合计', bold=True, border=True, center=True)
    sh.merge(12, 1, 12, 5)
    sh.set(12, 6, ('=SUM(F8:F11)', sum(r[4] for r in rows)), border=True)
    sh.set(12, 7, '', border=True)
    sh.set(12, 8, ('=SUM(H8:H11)', total), border=True, fmt='#,##0.00')
    sh.set(12, 9, '', border=True)
    sh.set(13, 1, '金额大写：壹万贰仟贰佰肆拾捌元整')
    sh.merge(13, 1, 13, 9)
    sh.set(14, 1, '备注：1. 以上价格含13%增值税；2. 送货时请附送货单，注明订单编号；3. 货到验收后30天付款。')
    sh.merge(14, 1, 14, 9)
    sh.set(16, 1, '采购：潘海燕')
    sh.set(16, 4, '审核：')
    sh.set(16, 7, '批准：')
    assert total == D('12248')
    data = corpus_docs.xlsx_bytes([sh, Sheet('Sheet2'), Sheet('Sheet3')], creator='panhy')
    body = '周敏你好：\n\n附件是我司采购订单，请查收并回签。\n\n谢谢！\n\n潘海燕\n宁波润和日用品有限公司\n'
    part = multi('mixed', '----=_Part_283174_1220561905.1733283315482', [
        text(body, 'GBK', 'base64'),
        attachment('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', data,
                   '采购订单NB-RH-20261204.xlsx', name_style='rfc2231')])
    eml = message([
        'Date: Fri, 4 Dec 2026 11:35:15 +0800 (CST)',
        'From: %s' % addr('潘海燕', 'panhaiyan1988@163.com', 'GBK'),
        'To: %s' % addr('周敏', 'zhoumin@hengda-pack.cn', 'GBK'),
        'Cc: orders@hengda-pack.cn',
        'Message-ID: <7a3f1c2e.5d21.18f3a0b2c4e.Coremail.panhaiyan1988@163.com>',
        'Subject: %s' % ew('润和采购订单', 'GBK'),
        'MIME-Version: 1.0',
        'X-Priority: 3',
        'X-Mailer: Coremail Webmail Server Version XT5.0.14 build 20230109(dcb5de15)',
        'X-NTES-SC: AL_Qu2aC/6bvkAv5SWZYOkZnEwbj+k/UcK1uPUl2YRXOJE0kSnW0QIgb2JBF1D9+c6XNxm2nSi7fAsh'], part)
    return eml, truth('hand-xlsx-cn-merged-labels', 'xlsx', 'gbk',
                      'NetEase 163 webmail, .xlsx named in RFC 2231. Two merged title rows (company, then '
                      '"采 购 订 单" with spaces), label cells with values in merged cells to their right, two '
                      'label/value pairs per row, the order date a date cell formatted 2026年12月4日; table at '
                      'row 7 with 规格型号/单位 and a 备注 column; amounts as formulas with cached values; the 合计 '
                      'row also sums the quantities (2410); 大写 row, remarks, a signature row; empty Sheet2/3.',
                      [{'external_id': 'NB-RH-20261204', 'customer': {'name': '宁波润和日用品有限公司'},
                        'ship_to': {'name': '潘海燕', 'phone': '13606618820',
                                    'address': '浙江省宁波市北仑区新碶街道明州路518号 润和仓库'},
                        'placed_at': '2026-12-04', 'currency': 'CNY', 'total': '12248.00',
                        'lines': [ln(r[0], r[1], r[4], r[5]) for r in rows]}])


@mail
def h23_xls_en_sap_per_1000():
    import datetime
    sh = Sheet('PO')
    sh.widths = {1: 7, 2: 14, 3: 30, 4: 10, 5: 6, 6: 11, 7: 7, 8: 13, 9: 13}
    sh.set(1, 1, 'KESTREL LOGISTICS LTD', bold=True)
    sh.set(2, 1, 'PURCHASE ORDER', bold=True, size=18)
    sh.set(4, 1, 'PO Number')
    sh.set(4, 3, 4500118273)
    sh.set(5, 1, 'PO Date')
    sh.set(5, 3, datetime.date(2026, 11, 30))
    sh.set(6, 1, 'Vendor')
    sh.set(6, 3, 'HANGZHOU HENGDA PACKAGING MATERIALS CO., LTD. (V-20817)')
    sh.set(7, 1, 'Deliver To')
    sh.set(7, 3, 'Kestrel Logistics Ltd - Daventry DC, Unit 3 Royal Oak Way North, Daventry NN11 8PQ, United Kingdom')
    sh.set(8, 1, 'Contact')
    sh.set(8, 3, 'Laura Hill +44 1327 555 014')
    sh.set(9, 1, 'Currency')
    sh.set(9, 3, 'GBP')
    hdr = ['Item', 'Material', 'Description', 'Order Qty', 'UoM', 'Net Price', 'Per', 'Net Value', 'Deliv. Date']
    sh.row(11, 1, hdr, bold=True)
    rows = [(10, 'HD-SF-5023', 'STRETCH FILM 500MM 23MU', 120, 'ROL', D('5.40'), 1, datetime.date(2026, 12, 14)),
            (20, 'HD-BW-1050', 'BUBBLE WRAP 1000MM X 50M', 60, 'ROL', D('4.95'), 1, datetime.date(2026, 12, 14)),
            (30, 'HD-LB-5030', 'LABEL THERMAL 50X30 1000/RL', 20000, 'EA', D('210.00'), 1000,
             datetime.date(2026, 12, 21))]
    total = D(0)
    for i, (it, mat, desc, q, uom, p, per, dd) in enumerate(rows):
        r = 12 + i
        val = p * q / per
        total += val
        sh.row(r, 1, [it, mat, desc, q, uom], border=True)
        sh.set(r, 6, p, border=True, fmt='#,##0.00')
        sh.set(r, 7, per, border=True)
        sh.set(r, 8, val, border=True, fmt='#,##0.00')
        sh.set(r, 9, dd, border=True)
    sh.set(16, 6, 'Total Net Value excl. VAT', bold=True)
    sh.set(16, 8, total, border=True, fmt='#,##0.00')
    sh.set(18, 1, 'Please quote our PO number on all delivery notes and invoices. Deliveries Mon-Fri 07:00-14:00 '
                  'only, booking via goodsin.daventry@kestrel-logistics.co.uk.')
    sh.set(20, 1, 'Created by: LHILL   Released: 30.11.2026 16:02')
    assert total == D('5145.00')
    data = corpus_docs.xls_bytes([sh])
    body = ('Dear Sir/Madam,\r\n\r\nPlease find attached Purchase Order 4500118273.\r\n\r\n'
            'Kind regards\r\nLaura Hill\r\nInventory Controller, Kestrel Logistics Ltd\r\n')
    part = multi('mixed', '_004_LO2P265MB5318A1B2C3D4E5F60718293A4B5LO2P265MB5318GBRP_', [
        text(body, 'us-ascii', '7bit'),
        attachment('application/vnd.ms-excel', data, 'PO_4500118273.xls')])
    eml = message([
        'From: Laura Hill <laura.hill@kestrel-logistics.co.uk>',
        'To: "orders@hengda-pack.cn" <orders@hengda-pack.cn>',
        'Subject: Purchase Order 4500118273',
        'Thread-Topic: Purchase Order 4500118273',
        'Date: Mon, 30 Nov 2026 16:04:51 +0000',
        'Message-ID: <LO2P265MB5318A1B2C3D4E5F60718293A4B5@LO2P265MB5318.GBRP265.PROD.OUTLOOK.COM>',
        'Accept-Language: en-GB, en-US',
        'Content-Language: en-GB',
        'X-MS-Has-Attach: yes',
        'MIME-Version: 1.0'], part)
    return eml, truth('hand-xls-en-sap-per-1000', 'xls', 'us-ascii',
                      'An SAP-style English PO saved as .xls: the PO number is a number cell (4500118273), the '
                      'PO date a date cell; labels in column A with values in column C; a "Per" column: the label '
                      'line is priced 210.00 per 1000 EA, so the clerk keys unit price 0.21 (net value 4,200.00); '
                      'delivery dates per line (not the order date); total excl. VAT.',
                      [{'external_id': '4500118273', 'customer': {'name': 'Kestrel Logistics Ltd'},
                        'ship_to': {'name': 'Laura Hill', 'phone': '+44 1327 555 014',
                                    'address': 'Unit 3 Royal Oak Way North, Daventry NN11 8PQ, United Kingdom'},
                        'placed_at': '2026-11-30', 'currency': 'GBP', 'total': '5145.00',
                        'lines': [ln('HD-SF-5023', 'STRETCH FILM 500MM 23MU', 120, '5.40'),
                                  ln('HD-BW-1050', 'BUBBLE WRAP 1000MM X 50M', 60, '4.95'),
                                  ln('HD-LB-5030', 'LABEL THERMAL 50X30 1000/RL', 20000, '0.21')]}])


def _pdf_cid(build, title):
    import io
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    pdfmetrics.registerFont(UnicodeCIDFont('STSong-Light'))
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1, pageCompression=1)
    c.setTitle(title)
    c.setCreator('iText 2.1.7 by 1T3XT')
    build(c, 'STSong-Light', A4)
    c.save()
    return buf.getvalue()


@mail
def h24_pdf_cn_stsong_cid():
    rows = [('1', 'HD-PE-2005', '防静电珍珠棉 2mm', '米', '300', '1.80', '540.00'),
            ('2', 'HD-BW-2030', '防静电气泡袋 20x30cm', '个', '5000', '0.22', '1,100.00'),
            ('3', 'HD-CT-0302', '三层纸箱 40x30x30cm', '个', '600', '2.40', '1,440.00')]

    def build(c, fn, ps):
        w, h = ps
        c.setFont(fn, 16)
        c.drawCentredString(w / 2, h - 60, '苏州博远精密机械有限公司')
        c.setFont(fn, 20)
        c.drawCentredString(w / 2, h - 88, '采购订单')
        c.setFont(fn, 10)
        y = h - 120
        for left, right in (('订单编号：BY-PO-2612-015', '日期：2026年12月4日'),
                            ('供方：杭州恒达包装材料有限公司', '需方：苏州博远精密机械有限公司'),
                            ('交货地址：江苏省苏州市吴中区旺山工业园兴业路8号', '交货日期：2026年12月10日前'),
                            ('联系人：钱志强', '电话：0512-6588 1234 / 139 1350 8866')):
            c.drawString(50, y, left)
            c.drawString(330, y, right)
            y -= 18
        table = [['序号', '物料编码', '名称及规格', '单位', '数量', '单价(元)', '金额(元)']] + [list(r) for r in rows]
        table.append(['', '', '合计', '', '5900', '', '3,080.00'])
        y = corpus_docs.draw_grid_table(c, fn, 50, y - 6, [32, 70, 150, 34, 50, 60, 80], table, size=9,
                                        align=['c', 'l', 'l', 'c', 'r', 'r', 'r'])
        c.setFont(fn, 10)
        y -= 20
        c.drawString(50, y, '运费：120.00元')
        c.drawString(200, y, '总金额（含税含运费）：¥3,200.00')
        y -= 18
        c.drawString(50, y, '大写：人民币叁仟贰佰元整')
        y -= 26
        for t in ('备注：', '1. 以上单价含13%增值税，请开具增值税专用发票；', '2. 珍珠棉、气泡袋须为防静电材料，附检测报告；',
                  '3. 付款方式：月结60天。'):
            c.drawString(50, y, t)
            y -= 16
        y -= 20
        c.drawString(50, y, '采购员：钱志强')
        c.drawString(220, y, '审核：孙建国')
        c.drawString(390, y, '供方确认（盖章）：')
        c.setStrokeColorRGB(0.85, 0.1, 0.1)
        c.setFillColorRGB(0.85, 0.1, 0.1)
        c.circle(270, y + 30, 38, stroke=1, fill=0)
        c.setFont(fn, 7)
        c.drawCentredString(270, y + 36, '苏州博远精密机械有限公司')
        c.drawCentredString(270, y + 22, '合同专用章')
        c.setFillColorRGB(0, 0, 0)
        c.setFont(fn, 8)
        c.drawCentredString(w / 2, 30, '第 1 页 共 1 页')
    data = _pdf_cid(build, '采购订单 BY-PO-2612-015')
    body = '恒达：\n\n采购订单见附件（盖章版），请确认后回传，谢谢。\n\n钱志强\n苏州博远精密机械有限公司 采购部\n'
    part = multi('mixed', '----=_NextPart_000_0013_01DB4621.8C0E7AB0', [
        text(body, 'gb2312', 'base64', fold=True),
        attachment('application/pdf', data, 'BY-PO-2612-015.pdf')],
        preamble='This is a multipart message in MIME format.')
    eml = message([
        'From: %s' % addr('钱志强', 'qianzq@boyuan-sz.com', 'gb2312'),
        'To: <orders@hengda-pack.cn>',
        'Subject: %s' % ew('采购订单BY-PO-2612-015', 'gb2312'),
        'Date: Fri, 4 Dec 2026 09:26:03 +0800',
        'Message-ID: <001301db4621$8c0e7ab0$a42b7010$@boyuan-sz.com>',
        'MIME-Version: 1.0',
        'X-Mailer: Microsoft Outlook 16.0',
        'Thread-Index: AdtGIYwOerDd5BPfQs6V8XnJk2qmzA==',
        'Content-Language: zh-cn'], part)
    return eml, truth('hand-pdf-cn-stsong-cid', 'pdf', 'gb2312',
                      'Chinese company PO as PDF written with the Adobe CID font STSong-Light (not embedded, '
                      'UniGB-UCS2-H encoding, as iText-based systems write it); reading the text needs the '
                      'Adobe-GB1 CMaps (Debian poppler-data). Header block in two columns, ruled table with a 合计 '
                      'row (also a quantity sum), freight below the table, the grand total including freight '
                      '(3,200.00), 大写, remarks, signatures and a red stamp. A delivery date that is not the order '
                      'date.',
                      [{'external_id': 'BY-PO-2612-015', 'customer': {'name': '苏州博远精密机械有限公司'},
                        'ship_to': {'name': '钱志强', 'phone': '0512-6588 1234 / 139 1350 8866',
                                    'address': '江苏省苏州市吴中区旺山工业园兴业路8号'},
                        'placed_at': '2026-12-04', 'currency': 'CNY', 'total': '3200.00',
                        'lines': [ln(r[1], r[2], int(r[4]), r[5]) for r in rows]}])


def _pdf_std(build, title, author=''):
    import io
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import letter
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1, pageCompression=1)
    c.setTitle(title)
    c.setAuthor(author)
    c.setCreator('QuickBooks Desktop')
    build(c, letter)
    c.save()
    return buf.getvalue()


@mail
def h25_pdf_en_quickbooks_freight_row():
    rows = [('HD-SF-5023', 'Stretch film 18" x 1500\' 80 ga, 4 rolls/cs', '48', '14.25', '684.00'),
            ('HD-TP-4806', 'Carton sealing tape 2" x 110 yd clear, 36/cs', '20', '38.50', '770.00'),
            ('HD-CN-0800', 'Edge board 2" x 2" x 36"', '400', '0.55', '220.00'),
            ('Freight', 'Freight to Long Beach', '', '', '85.00')]

    def build(c, ps):
        w, h = ps
        c.setFont('Helvetica-Bold', 13)
        c.drawString(40, h - 50, 'Pacific Rim Distribution Corp.')
        c.setFont('Helvetica', 9)
        for i, t in enumerate(('2200 E. Dominguez St.', 'Long Beach, CA 90810', '(562) 555-0170')):
            c.drawString(40, h - 64 - 12 * i, t)
        c.setFont('Helvetica-Bold', 20)
        c.drawRightString(w - 40, h - 55, 'Purchase Order')
        c.setFont('Helvetica', 9)
        c.rect(w - 200, h - 110, 160, 36)
        c.line(w - 120, h - 110, w - 120, h - 74)
        c.line(w - 200, h - 92, w - 40, h - 92)
        c.drawCentredString(w - 160, h - 86, 'Date')
        c.drawCentredString(w - 80, h - 86, 'P.O. No.')
        c.drawCentredString(w - 160, h - 104, '12/1/2026')
        c.drawCentredString(w - 80, h - 104, '10482')
        for x, head, lines in ((40, 'Vendor', ('Hangzhou Hengda Packaging Materials', 'Co., Ltd.',
                                                'No. 18 Xingye Rd, Yuhang District', 'Hangzhou, Zhejiang, China')),
                               (320, 'Ship To', ('Pacific Rim Distribution Corp.', 'Attn: Receiving - Daniel Clark',
                                                 '2200 E. Dominguez St.', 'Long Beach, CA 90810', '(562) 555-0178'))):
            c.rect(x, h - 230, 250, 90)
            c.line(x, h - 156, x + 250, h - 156)
            c.drawString(x + 5, h - 151, head)
            for i, t in enumerate(lines):
                c.drawString(x + 5, h - 170 - 12 * i, t)
        cols = [(40, 90, 'Item'), (130, 250, 'Description'), (380, 50, 'Qty'), (430, 60, 'Rate'), (490, 82, 'Amount')]
        top = h - 260
        c.rect(40, top - 18 - 20 * len(rows) - 20, 532, 18 + 20 * len(rows) + 20)
        c.line(40, top - 18, 572, top - 18)
        for x, cw, t in cols:
            c.drawCentredString(x + cw / 2, top - 13, t)
            c.line(x, top, x, top - 18 - 20 * len(rows))
        y = top - 32
        for r in rows:
            c.drawString(44, y, r[0])
            c.drawString(134, y, r[1])
            c.drawRightString(426, y, r[2])
            c.drawRightString(486, y, r[3])
            c.drawRightString(568, y, r[4])
            y -= 20
        c.line(40, y + 14, 572, y + 14)
        c.setFont('Helvetica-Bold', 10)
        c.drawString(400, y, 'Total')
        c.drawRightString(568, y, '$1,759.00')
        c.setFont('Helvetica', 8)
        c.drawString(40, 80, 'Please reference our P.O. number on all packing slips and invoices. '
                             'Palletized shipments only; call 24 hrs before delivery.')
        c.drawString(40, 68, 'Authorized by: Daniel Clark')
    data = _pdf_std(build, 'Purchase Order 10482', 'dclark')
    body = ('Hello,\n\nPlease find attached our purchase order 10482. Kindly confirm receipt and ship date.\n\n'
            'Thank you,\nDaniel Clark\nPurchasing | Pacific Rim Distribution Corp.\n(562) 555-0170 ext 118\n')
    part = multi('mixed', '------------080509010603050208070400', [
        text(body, 'UTF-8', '7bit', ctype_params='; format=flowed'),
        attachment('application/pdf', data, 'PO 10482.pdf')],
        preamble='This is a multi-part message in MIME format.')
    eml = message([
        'Message-ID: <8d41a2c7-5e3b-4f0a-9c61-2b7e08d4f5a1@pacrimdist.com>',
        'Date: Tue, 1 Dec 2026 14:22:10 -0800',
        'MIME-Version: 1.0',
        'User-Agent: Mozilla Thunderbird',
        'Content-Language: en-US',
        'To: orders@hengda-pack.cn',
        'From: Daniel Clark <dclark@pacrimdist.com>',
        'Subject: PO 10482'], part)
    return eml, truth('hand-pdf-en-quickbooks-freight-row', 'pdf', 'utf-8',
                      'A QuickBooks-style English PO as PDF (standard Helvetica, not embedded): Date and P.O. No. in '
                      'a small boxed grid at top right, Vendor and Ship To boxes side by side, a table whose last '
                      'row is freight (item "Freight", no qty or rate, 85.00): the clerk keys it as shipping, not '
                      'as a product line. Inch and foot marks in descriptions; US date 12/1/2026; Total $1,759.00.',
                      [{'external_id': '10482', 'customer': {'name': 'Pacific Rim Distribution Corp.'},
                        'ship_to': {'name': 'Daniel Clark', 'phone': '(562) 555-0178',
                                    'address': '2200 E. Dominguez St., Long Beach, CA 90810'},
                        'placed_at': '2026-12-01', 'currency': 'USD', 'total': '1759.00',
                        'lines': [ln(r[0], r[1], int(r[2]), r[3]) for r in rows[:3]]}])


@mail
def h26_csv_gbk_title_rows_kg_m():
    rows = [('HD-ST-1605', 'PP打包带', '16mm 透明', 'kg', '120.00', '9.50', '1140.00', ''),
            ('HD-PE-1020', '珍珠棉', '1m*2mm', 'm', '800.00', '1.15', '920.00', '分两卷'),
            ('HD-SF-5023', '缠绕膜', '50cm 23μ', 'kg', '200.00', '12.80', '2560.00', '')]
    csv_rows = [['采购订单明细表', '', '', '', '', '', '', '', ''],
                ['序号', '商品编码', '商品名称', '规格', '单位', '数量', '单价', '金额', '备注']]
    for i, r in enumerate(rows):
        csv_rows.append([str(i + 1)] + list(r))
    csv_rows.append(['合计', '', '', '', '', '1120.00', '', '4620.00', ''])
    csv_rows.append(['制表人：蒋春梅', '', '', '', '打印时间：2026-12-04 15:40', '', '', '', ''])
    data = corpus_docs.csv_text(csv_rows).encode('gbk')
    body = """李华：

附件是这次的采购明细，单号 CZ-1204，打包带和缠绕膜按公斤算，珍珠棉按米。
请尽快安排，下周二之前到货。

送货地址：江苏省常州市武进区横林镇崔横路3号 天成塑业二车间
收货人：蒋春梅 0519-8877 2201 / 189 6128 5531

蒋春梅
常州天成塑业有限公司
"""
    part = multi('mixed', '----=_NextPart_5F2B_0A31_6D7E8C90.12AB34CD', [
        text(body, 'gbk', 'base64'),
        attachment('text/csv', data, '采购明细.csv', name_style='gbk')])
    eml = message([
        'From: %s' % addr('蒋春梅', 'jiangcm@tcsy-cz.cn', 'gbk'),
        'To: %s' % addr('李华', 'lihua@hengda-pack.cn', 'gbk'),
        'Cc: orders@hengda-pack.cn',
        'Subject: %s' % ew('采购明细 CZ-1204', 'gbk'),
        'Date: Fri, 4 Dec 2026 15:43:29 +0800',
        'Message-ID: <6F1A2B3C.4D5E6F70@tcsy-cz.cn>',
        'X-Mailer: Alimail-Mailagent revision 2',
        'MIME-Version: 1.0'], part)
    return eml, truth('hand-csv-gbk-title-rows-kg-m', 'csv', 'gbk',
                      'Alimail, GBK CSV named in RFC 2047 GBK: a title row above the Chinese header row, quantities '
                      'written 120.00 (kg and m as units), a 合计 row that also sums the quantities, a 制表人/打印时间 '
                      'row below; the order number and ship-to only in the body; the print time is not the order '
                      'date. No currency written anywhere.',
                      [{'external_id': 'CZ-1204', 'customer': {'name': '常州天成塑业有限公司'},
                        'ship_to': {'name': '蒋春梅', 'phone': '0519-8877 2201 / 189 6128 5531',
                                    'address': '江苏省常州市武进区横林镇崔横路3号 天成塑业二车间'},
                        'total': '4620.00',
                        'lines': [ln(r[0], r[1], int(D(r[4])), r[5]) for r in rows]}])


@mail
def h27_total_mismatch_en_transposed():
    body = """Dear Hengda team,

please find below our order no. EC-2026/118 dated 01.12.2026.

Code        Description                     Qty    Unit price   Amount
HD-CT-0510  Mailer box 260x180x60 kraft     2000   0.24         480.00
HD-TP-4806  Clear tape 48mm x 66m            400   0.72         288.00
HD-BW-1050  Bubble wrap 1m x 50m              80   6.50         520.00
HD-GL-0901  Nitrile gloves L, box of 100      50   4.40         220.00

TOTAL EUR (Incoterm FOB Ningbo)                                1,580.00

Delivery address:
Emporio Casa S.r.l. - Magazzino
Via dell'Industria 42
20054 Segrate (MI), Italy
Ref. Giulia Rossi - tel. +39 02 5555 0191

Payment: 30% advance, balance against copy of B/L.

Best regards
Giulia Rossi
Ufficio Acquisti
Emporio Casa S.r.l.
P.IVA 01234567890
"""
    part = text(body, 'UTF-8', '7bit', ctype_params='; format=flowed')
    eml = message([
        'Message-ID: <3c9e7f12-a8b4-4d61-b2f0-5e1d9c7a3b86@emporiocasa.it>',
        'Date: Tue, 1 Dec 2026 10:17:44 +0100',
        'MIME-Version: 1.0',
        'User-Agent: Mozilla Thunderbird',
        'Content-Language: it-IT',
        'To: orders@hengda-pack.cn',
        'From: Giulia Rossi <acquisti@emporiocasa.it>',
        'Subject: Order EC-2026/118'], part)
    return eml, truth('hand-total-mismatch-en', 'body', 'utf-8',
                      'Thunderbird plain text from Italy. The line amounts sum to 1,508.00 but the stated TOTAL is '
                      '1,580.00 (transposed digits): the truth keeps what is written, and this order must be HELD '
                      '(never stored clean). Order number with a slash, date 01.12.2026 (DD.MM.YYYY), Incoterm text '
                      'inside the total label.',
                      [{'external_id': 'EC-2026/118', 'customer': {'name': 'Emporio Casa S.r.l.'},
                        'ship_to': {'name': 'Giulia Rossi', 'phone': '+39 02 5555 0191',
                                    'address': "Via dell'Industria 42, 20054 Segrate (MI), Italy"},
                        'placed_at': '2026-12-01', 'currency': 'EUR', 'total': '1580.00',
                        'lines': [ln('HD-CT-0510', 'Mailer box 260x180x60 kraft', 2000, '0.24'),
                                  ln('HD-TP-4806', 'Clear tape 48mm x 66m', 400, '0.72'),
                                  ln('HD-BW-1050', 'Bubble wrap 1m x 50m', 80, '6.50'),
                                  ln('HD-GL-0901', 'Nitrile gloves L, box of 100', 50, '4.40')]}])


@mail
def h28_non_rfq_target_prices():
    body = """Dear Sir or Madam,

We are a 3PL warehouse in Rotterdam and are looking for a new supplier of
packaging consumables. Please quote your best CIF Rotterdam prices for the
quantities below (RFQ-2612-004). Target prices are indicative only.

Item                          Est. qty / order   Target price (EUR)   Est. value
Stretch film 500mm x 23mu     300 rolls          5.20                 1,560.00
Clear tape 48mm x 66m         1,000 rolls        0.55                 550.00
Pallet 1200x800 (EPAL)        200 pcs            9.80                 1,960.00
                                                 Total estimate       4,070.00

Please include lead time, MOQ and payment terms. If your offer is
competitive we will issue a trial purchase order in January.

Quotation deadline: 11 December 2026.

Met vriendelijke groet / Kind regards,

Jonas de Vries
Inkoop / Purchasing
Havenlogistiek Rotterdam B.V.
Waalhaven Z.z. 19, 3089 JH Rotterdam
+31 10 555 0142
"""
    alt = multi('alternative', '_000_AM0PR07MB6211C2F9E1A4B7D5C8E0AM0PR07MB6211eurp_', [
        text(body, 'us-ascii', 'quoted-printable'),
        text(_outlook_html([('&nbsp;' * 0 + l.replace('  ', '&nbsp; ')) for l in body.split('\n')[:-1]], [], []),
             'us-ascii', 'quoted-printable', 'html')])
    eml = message([
        'From: Jonas de Vries <j.devries@havenlogistiek.nl>',
        'To: "orders@hengda-pack.cn" <orders@hengda-pack.cn>',
        'Subject: RFQ-2612-004 packaging consumables - request for quotation',
        'Thread-Topic: RFQ-2612-004 packaging consumables - request for quotation',
        'Date: Thu, 3 Dec 2026 13:05:22 +0000',
        'Message-ID: <AM0PR07MB6211C2F9E1A4B7D5C8E0@AM0PR07MB6211.eurprd07.prod.outlook.com>',
        'Content-Language: nl-NL',
        'MIME-Version: 1.0'], alt)
    return eml, truth('hand-non-rfq-target-prices', 'none', 'us-ascii',
                      'NOT an order: a request for quotation from a prospect with quantities, target prices, '
                      'estimated values and an estimate total — laid out like an order, but it asks for a price '
                      'and promises a PO later.', [])


@mail
def h29_non_delivery_note_seller():
    body = """朱经理您好：

贵司订单 LC-PO-26-1188 的货物已于今天发出，送货单如下，请注意查收。

送货单号：SH-20261203-07
送货日期：2026-12-03
客户：昆山联创电子科技有限公司
订单号：LC-PO-26-1188

编号          品名            数量     单位   单价     金额
HD-BW-2030    防静电气泡袋    3000     个     0.22     660.00
HD-CT-0302    三层纸箱中号    800      个     2.35     1880.00
HD-TP-4806    透明胶带        120      卷     4.50     540.00
合计                          3920                     3080.00

物流：德邦物流  运单号 DPK3602187745（预计12月5日到）
收货地址：江苏省昆山市开发区前进东路1288号 联创电子3号门
收货人：朱建华 0512-5763 8899

收货后请在送货单上签字盖章，拍照回传给我们，谢谢！

周敏
杭州恒达包装材料有限公司 仓储物流部
电话：0571-8615 2200  手机：139 0571 3344
"""
    part = text(body, 'gb2312', 'base64', fold=True)
    eml = message([
        'From: %s' % addr('周敏', 'zhoumin@hengda-pack.cn', 'gb2312'),
        'To: %s' % addr('朱建华', 'zhujh@lianchuang-ks.com', 'gb2312'),
        'Cc: %s' % addr('恒达订单', 'orders@hengda-pack.cn', 'gb2312'),
        'Subject: %s' % ew('发货通知/送货单 SH-20261203-07（订单LC-PO-26-1188）', 'gb2312'),
        'Date: Thu, 3 Dec 2026 16:48:02 +0800',
        'Message-ID: <003f01db455b$2a4c8e10$7ee5aa30$@hengda-pack.cn>',
        'MIME-Version: 1.0',
        'X-Mailer: Microsoft Outlook 16.0',
        'Content-Language: zh-cn'], part)
    return eml, truth('hand-non-delivery-note', 'none', 'gb2312',
                      'NOT an order: the seller\'s own delivery note (送货单) sent to the customer with the order box '
                      'in Cc — PO number, SKUs, quantities, prices, amounts, a total, the customer\'s address and '
                      'phone, all of an order\'s shape; it comes from the seller\'s own domain.', [])


@mail
def h30_non_payment_reminder_en():
    body = """Dear Mr. Nelson,

This is a friendly reminder that the following invoices on your account are
now overdue:

Invoice No.        Your PO     Invoice date   Due date     Amount (USD)
HD-INV-2610-0187   7702        2026-10-12     2026-11-11       2,720.00
HD-INV-2611-0042   7745        2026-11-02     2026-12-02       4,215.60
                                              Total outstanding 6,935.60

Please arrange payment to our account below at your earliest convenience,
or let us know if payment has already been made.

Beneficiary: Hangzhou Hengda Packaging Materials Co., Ltd.
Bank: Bank of China, Hangzhou Yuhang Sub-branch
A/C No.: 3602 2018 0910 0077 452   SWIFT: BKCHCNBJ910

Best regards,
Zhou Min
Accounts Receivable
Hangzhou Hengda Packaging Materials Co., Ltd.
Tel +86 571 8615 2201
"""
    part = text(body, 'us-ascii', '7bit')
    eml = message([
        'From: Zhou Min <finance@hengda-pack.cn>',
        'To: Tom Nelson <tom@acme-supply.com>',
        'Cc: orders@hengda-pack.cn',
        'Subject: Payment reminder - overdue invoices (PO 7702, 7745)',
        'Date: Fri, 4 Dec 2026 10:02:19 +0800',
        'Message-ID: <004101db45eb$7c1d2f90$7457 8eb0$@hengda-pack.cn>'.replace(' ', ''),
        'MIME-Version: 1.0',
        'X-Mailer: Microsoft Outlook 16.0',
        'Content-Language: en-us'], part)
    return eml, truth('hand-non-payment-reminder', 'none', 'us-ascii',
                      'NOT an order: the seller\'s payment reminder listing invoices with the customer\'s PO '
                      'numbers, dates and amounts and a total outstanding; a bank account number.', [])


@mail
def h31_non_seller_order_confirmation():
    rows = [('HD-CT-0510', '飞机盒 特硬 260*180*60', '5000', '个', '1.05', '5,250.00'),
            ('HD-ZB-3040', '快递袋 30*40cm', '100', '包', '16.80', '1,680.00'),
            ('HD-TP-4806', '透明封箱胶带 48mm', '300', '卷', '4.50', '1,350.00')]
    tb = [['编号', '品名规格', '数量', '单位', '单价（元）', '金额（元）']] + [list(r) for r in rows]
    tb.append([('合计（含税）', 5), '8,280.00'])
    html = _outlook_html(
        ['黄小姐 您好：', '', '贵司订单 <b>YP-SZ-1201</b> 已收到，我司销售单号 XS2612-0033，确认如下：', ''],
        [tb],
        ['', '收货地址：苏州工业园区星湖街328号 创意产业园6-502', '收货人：黄小姐 158 5001 2345',
         '预计发货日期：2026年12月7日，顺丰快运，运费我司承担。', '', '如有出入请在今天下班前告知，谢谢！', '',
         '李华', '销售部 | 杭州恒达包装材料有限公司', '电话：0571-8615 2288  手机：138 0571 6620',
         '地址：浙江省杭州市余杭区兴业路18号'], charset='gb2312', font='微软雅黑')
    plain = ('黄小姐 您好：\n\n贵司订单 YP-SZ-1201 已收到，我司销售单号 XS2612-0033，确认如下：\n\n' +
             '\n'.join('\t'.join(r) for r in [tb[0]] + [list(r) for r in rows]) +
             '\n合计（含税）\t\t\t\t\t8,280.00\n\n收货地址：苏州工业园区星湖街328号 创意产业园6-502\n'
             '收货人：黄小姐 158 5001 2345\n预计发货日期：2026年12月7日，顺丰快运，运费我司承担。\n\n'
             '如有出入请在今天下班前告知，谢谢！\n\n李华\n销售部 | 杭州恒达包装材料有限公司\n'
             '电话：0571-8615 2288  手机：138 0571 6620\n地址：浙江省杭州市余杭区兴业路18号\n')
    alt = multi('alternative', '----=_NextPart_000_0052_01DB4529.4A6C1E30', [
        text(plain, 'gb2312', 'base64', fold=True),
        text(html, 'gb2312', 'quoted-printable', 'html', fold=True)])
    eml = message([
        'From: %s' % addr('李华', 'lihua@hengda-pack.cn', 'gb2312'),
        'To: %s' % addr('黄小姐', 'huang.xj@szyoupin.com', 'gb2312'),
        'Cc: %s' % addr('恒达订单', 'orders@hengda-pack.cn', 'gb2312'),
        'Subject: %s' % ew('订单确认：YP-SZ-1201（恒达销售单XS2612-0033）', 'gb2312'),
        'Date: Wed, 2 Dec 2026 15:20:41 +0800',
        'Message-ID: <005201db4529$4a6c1e30$df455a90$@hengda-pack.cn>',
        'MIME-Version: 1.0',
        'X-Mailer: Microsoft Outlook 16.0',
        'Thread-Index: AdtFKUpsHjAr7Qb1T0Gm3yK1nE2cQg==',
        'Content-Language: zh-cn'], alt)
    return eml, truth('hand-non-seller-confirmation', 'none', 'gb2312',
                      'NOT an order: the order confirmation the seller\'s sales rep sends BACK to the customer '
                      '(Outlook HTML, gb2312) with the order box in Cc: the customer\'s PO number, the seller\'s '
                      'sales number, a full item table, total, ship-to and phone. Storing it would enter the order '
                      'a second time.', [])


@mail
def h32_cancel_en_quoted_po():
    quoted = """Hi Li,

PO 7801 below, please ship with the next consolidation.

PO#: 7801
Date: 11/27/2026

HD-GL-0901  Nitrile gloves L      40 boxes  @ $3.60  = $144.00
HD-TP-4806  Clear tape 48mm       96 rolls  @ $0.62  =  $59.52
HD-ZB-3040  Poly mailers 12x16    20 packs  @ $2.10  =  $42.00
Total: $245.52

Ship to our Fresno warehouse as usual.

Tom
Acme Supply Inc. | 559-555-0121"""
    body = ("Hi Li,\n\nPlease cancel PO 7801 in full - we managed to source the gloves and mailers locally "
            "this week.\nSorry for the trouble. The next order should come mid-December.\n\nThanks,\nTom\n\n"
            "On Fri, Nov 27, 2026 at 4:12 PM Tom Nelson <tom@acme-supply.com> wrote:\n\n" +
            '\n'.join(('> ' + l) if l else '>' for l in quoted.split('\n')) + '\n')
    html = ('<div dir="ltr">' + '<br>'.join(body.split('\n\nOn Fri')[0].split('\n')) +
            '</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Fri, Nov 27, 2026 at 4:12 PM '
            'Tom Nelson &lt;<a href="mailto:tom@acme-supply.com">tom@acme-supply.com</a>&gt; wrote:<br></div>'
            '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);'
            'padding-left:1ex"><div dir="ltr">' +
            '<br>'.join(l.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;') for l in quoted.split('\n')) +
            '</div></blockquote></div>\n')
    alt = multi('alternative', '00000000000031a9b70612f8c2e5', [
        text(body, 'UTF-8', 'quoted-printable'),
        text(html, 'UTF-8', 'quoted-printable', 'html')])
    eml = message([
        'MIME-Version: 1.0',
        'References: <CAF7k2Lq8e0m9XzV3pW_1sT5bQd6nYh4rJc2uA0oEi7gHk1MwNA@mail.gmail.com>',
        'In-Reply-To: <CAF7k2Lq8e0m9XzV3pW_1sT5bQd6nYh4rJc2uA0oEi7gHk1MwNA@mail.gmail.com>',
        'From: Tom Nelson <tom@acme-supply.com>',
        'Date: Tue, 1 Dec 2026 08:31:55 -0800',
        'Message-ID: <CAF7k2Lr0xT4mB9vY2pQ_6cN8sD1uJh3aWe5oRk7iGz0LfM2nQw@mail.gmail.com>',
        'Subject: Re: PO 7801',
        'To: Li Hua <lihua@hengda-pack.cn>',
        'Cc: orders@hengda-pack.cn'], alt)
    return eml, truth('hand-cancel-en-quoted-po', 'none', 'utf-8',
                      'NOT an order: a Gmail reply that cancels PO 7801 in full above the quoted original PO '
                      '(lines, prices, total). Reading the quoted PO would store a cancelled order.', [])


@mail
def h33_netease_master_mobile_tax_note():
    body = """王经理，下单：

编号HD-CT-0510 飞机盒 2000个 单价1.15元（含税）
编号HD-ZB-2535 快递袋 30包 单价14元含税
编号HD-TD-0060 封箱器 5个 单价18元

单号ZJ1203，地址还是上次那个：温州市瓯海区娄桥街道古岸头工业区12号 云帆电商仓，小谢 13587712090

谢谢！

发自网易邮箱大师
"""
    html = ('<div style="font-size:14px;">' + ''.join('<div>%s</div>' % (l or '<br>') for l in
                                                       body.split('\n')[:-3]) +
            '</div><div><br></div><div class="signature" style="font-size:12px;color:#999;">发自网易邮箱大师</div>\n')
    alt = multi('alternative', '----=_Part_7162_1983327751.1733139022811', [
        text(body, 'UTF-8', 'base64'),
        text(html, 'UTF-8', 'base64', 'html')])
    eml = message([
        'Date: Wed, 2 Dec 2026 19:30:22 +0800 (GMT+08:00)',
        'From: %s' % addr('谢晨', 'xiechen_yf@163.com', 'UTF-8'),
        'To: %s' % addr('王经理', 'orders@hengda-pack.cn', 'UTF-8'),
        'Message-ID: <2f0c11a7.1b4e.18f39d7c21a.Coremail.xiechen_yf@163.com>',
        'Subject: %s' % ew('下单ZJ1203', 'UTF-8'),
        'MIME-Version: 1.0',
        'X-Mailer: MailMaster_Android 7.18.3 [Redmi Note 12]'], alt)
    return eml, truth('hand-netease-mobile-tax-note', 'body', 'utf-8',
                      'NetEase Mail Master from an Android phone: a small shop, three item lines "编号SKU title '
                      'qty+unit 单价 price元 (含税)" with the tax note in and out of brackets and a price without '
                      'decimals (14元); the order number in a sentence ("单号ZJ1203，"), the address, name and phone '
                      'in one sentence. No line amounts, no total.',
                      [{'external_id': 'ZJ1203',
                        'ship_to': {'name': '小谢', 'phone': '13587712090',
                                    'address': '温州市瓯海区娄桥街道古岸头工业区12号 云帆电商仓'},
                        'currency': 'CNY',
                        'lines': [ln('HD-CT-0510', '飞机盒', 2000, '1.15', no_total=True),
                                  ln('HD-ZB-2535', '快递袋', 30, '14.00', no_total=True),
                                  ln('HD-TD-0060', '封箱器', 5, '18.00', no_total=True)]}])


@mail
def h34_iphone_cn_photo_no_sku():
    first = '李姐，热敏标签100*100再来20卷（就是照片上这种），黄色胶带100卷，价格跟之前一样。送店里，老地址。\n'
    part = multi('mixed', 'Apple-Mail-7D3C9E21-4B8A-4F16-A0E5-2C9B7D41E836', [
        text(first, 'utf-8', 'base64'),
        attachment('image/jpeg', jpeg(64, 48), 'IMG_4471.jpeg', disp='inline',
                   extra=['X-Apple-Content-Length: 1893']),
        text('\n\n发自我的iPhone\n', 'utf-8', 'base64')])
    eml = message([
        'From: %s' % addr('金鼎文具 小陈', 'chen.jd888@126.com', 'utf-8'),
        'Mime-Version: 1.0 (1.0)',
        'Date: Sat, 5 Dec 2026 08:12:40 +0800',
        'Subject: %s' % ew('补货', 'utf-8'),
        'Message-Id: <A91E2C57-0F3B-4D8E-9A61-3C7B52E0D4F8@126.com>',
        'To: orders@hengda-pack.cn',
        'X-Mailer: iPhone Mail (22C152)'], part)
    return eml, truth('hand-iphone-cn-photo-no-sku', 'body', 'utf-8',
                      'iPhone mail: one sentence of text, an inline photo (image/jpeg), then "发自我的iPhone" in a '
                      'second text part. Two items named in prose with quantities and units, no SKU, no price '
                      '("same as before"), no order number, no address ("老地址"). The truth states only titles and '
                      'quantities.',
                      [{'lines': [{'title': '热敏标签100*100', 'qty': 20}, {'title': '黄色胶带', 'qty': 100}]}])


@mail
def h35_outlook_html_de_decimal_comma():
    rows = [('1', 'HD-CT-0510', 'Versandkarton 260x180x60 weiß', '1.200', 'Stk', '0,19 €', '228,00 €'),
            ('2', 'HD-TP-4806', 'Klebeband transparent 48mm x 66m', '720', 'Rollen', '0,58 €', '417,60 €'),
            ('3', 'HD-SF-5023', 'Stretchfolie 500mm 23my', '84', 'Rollen', '5,35 €', '449,40 €')]
    tb = [['Pos.', 'Artikel-Nr.', 'Bezeichnung', 'Menge', 'Einheit', 'Einzelpreis', 'Gesamtpreis']] + \
        [list(r) for r in rows] + [[('Gesamtbetrag (netto, steuerfrei Ausfuhr)', 6), '1.095,00 €']]
    disclaimer = ('Verpackungshaus Becker GmbH · Hafenstraße 12 · 28217 Bremen · Geschäftsführer: Markus Becker · '
                  'Amtsgericht Bremen HRB 28815 · USt-IdNr. DE812345678. Diese E-Mail enthält vertrauliche '
                  'Informationen. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den '
                  'Absender und vernichten Sie diese E-Mail. / This e-mail contains confidential information. If '
                  'you are not the intended recipient, please notify the sender and delete this e-mail.')
    before = ['Sehr geehrte Damen und Herren, dear Li Hua,', '',
              'hiermit bestellen wir / please accept our order:', '',
              'Bestellnummer: BE-2026-4471', 'Bestelldatum: 02.12.2026', '']
    after = ['', 'Lieferadresse:', 'Verpackungshaus Becker GmbH, Lager 2', 'Hafenstraße 12', '28217 Bremen',
             'Deutschland', 'Ansprechpartner: Herr Lukas Weber, Tel. +49 421 555 0187', '',
             'Lieferbedingung: FOB Shanghai. Bitte senden Sie uns die Auftragsbestätigung.', '',
             'Mit freundlichen Grüßen / Best regards', '', 'Lukas Weber', 'Einkauf',
             '<img width=160 height=40 id="Grafik_x0020_1" src="cid:image001.png@01DB44A1.7F2C3B10" alt="Becker">',
             '', '<span style=\'font-size:7.5pt;color:gray\'>%s</span>' % disclaimer]
    html = _outlook_html(before, [tb], after, charset='utf-8')
    plain = ('\n'.join(before) + '\n' + '\n'.join('\t'.join(c if isinstance(c, str) else c[0] for c in r) for r in tb) +
             '\n' + '\n'.join(a for a in after if not a.startswith('<')) + '\n[Becker]\n\n' + disclaimer + '\n')
    related = multi('related', '_005_FR3P281MB1944B7C0A2D51E6F93A4FR3P281MB1944DEUP_', [
        text(html, 'utf-8', 'quoted-printable', 'html'),
        attachment('image/png', png(160, 40, (0, 70, 140)), 'image001.png', disp='inline',
                   inline_cid='image001.png@01DB44A1.7F2C3B10')], extra_params=';\n\ttype="text/html"')
    alt = multi('alternative', '_000_FR3P281MB1944B7C0A2D51E6F93A4FR3P281MB1944DEUP_', [
        text(plain, 'utf-8', 'quoted-printable'), related])
    eml = message([
        'From: Lukas Weber <l.weber@verpackungshaus-becker.de>',
        'To: "orders@hengda-pack.cn" <orders@hengda-pack.cn>',
        'CC: Li Hua <lihua@hengda-pack.cn>',
        'Subject: Bestellung BE-2026-4471',
        'Thread-Topic: Bestellung BE-2026-4471',
        'Date: Wed, 2 Dec 2026 08:41:37 +0000',
        'Message-ID: <FR3P281MB1944B7C0A2D51E6F93A4@FR3P281MB1944.DEUP281.PROD.OUTLOOK.COM>',
        'Accept-Language: de-DE, en-US',
        'Content-Language: de-DE',
        'X-MS-Has-Attach: yes',
        'MIME-Version: 1.0'], alt)
    return eml, truth('hand-outlook-html-de-decimal-comma', 'html', 'utf-8',
                      'German Outlook 365 HTML (multipart/alternative with a multipart/related logo): German labels '
                      '(Bestellnummer, Bestelldatum 02.12.2026), decimal commas and a thousands dot (1.200 Stk = '
                      '1200), prices with a trailing €, a total row spanning six columns, a ship-to block with '
                      'Ansprechpartner, and a long bilingual legal footer with a register number and VAT id.',
                      [{'external_id': 'BE-2026-4471', 'customer': {'name': 'Verpackungshaus Becker GmbH'},
                        'ship_to': {'name': 'Herr Lukas Weber', 'phone': '+49 421 555 0187',
                                    'address': 'Lager 2, Hafenstraße 12, 28217 Bremen, Deutschland'},
                        'placed_at': '2026-12-02', 'currency': 'EUR', 'total': '1095.00',
                        'lines': [ln('HD-CT-0510', 'Versandkarton 260x180x60 weiß', 1200, '0.19'),
                                  ln('HD-TP-4806', 'Klebeband transparent 48mm x 66m', 720, '0.58'),
                                  ln('HD-SF-5023', 'Stretchfolie 500mm 23my', 84, '5.35')]}])


@mail
def h36_gmail_html_rowspan_product_group():
    rows = [('Kraft mailer box', 3, 'S 200x150x50', 'HD-CT-0501', 500, '0.16'),
            (None, 0, 'M 260x180x60', 'HD-CT-0510', 800, '0.21'),
            (None, 0, 'L 350x250x100', 'HD-CT-0520', 300, '0.34'),
            ('Tissue paper', 1, '50x70cm, 480 sheets/ream', 'HD-TS-5070', 10, '6.50')]
    td = '<td style="overflow:hidden;padding:2px 3px;vertical-align:bottom;border:1px solid rgb(204,204,204)"%s>%s</td>'
    t = ('<table cellspacing="0" cellpadding="0" dir="ltr" border="1" style="table-layout:fixed;font-size:10pt;'
         'font-family:Arial;width:0px;border-collapse:collapse;border:none"><colgroup><col width="120"><col width="160">'
         '<col width="100"><col width="60"><col width="70"><col width="80"></colgroup><tbody>')
    t += '<tr>' + ''.join(td % ('', '<b>%s</b>' % h) for h in ('Product', 'Size', 'SKU', 'Qty', 'Price',
                                                                  'Amount')) + '</tr>'
    txt = 'Product Size SKU Qty Price Amount\n'
    total = D(0)
    for prod, span, size, sku, q, p in rows:
        amt = D(p) * q
        total += amt
        t += '<tr>'
        cells = []
        if prod:
            t += td % (' rowspan="%d"' % span if span > 1 else '', prod)
            cells.append(prod)
        t += ''.join(td % (' style="text-align:right"' if i > 1 else '', c)
                     for i, c in enumerate((size, sku, str(q), p, money(amt))))
        t += '</tr>'
        txt += ' '.join(cells + [size, sku, str(q), p, money(amt)]) + '\n'
    t += '<tr>' + td % (' colspan="5"', '<b>Total (USD)</b>') + td % ('', '<b>%s</b>' % money(total)) + '</tr>'
    t += '</tbody></table>'
    assert total == D('415.00')
    intro = ['Hi Hengda team,', '', 'Here is our restock order #1047 (Dec 4, 2026). Same as last time, paid by '
             'PayPal once you send the invoice.', '']
    outro = ['', 'Ship to:', 'Juniper & Fern Studio', 'Anna Brown', '2315 SE Division St, Unit B',
             'Portland, OR 97202', '(503) 555-0164', '', 'Thanks so much!', 'Anna', '', '--',
             'Anna Brown | Juniper & Fern Studio', 'handmade candles & goods', 'junipernfern.example']

    def esc(s):
        return s.replace('&', '&amp;')
    html = ('<div dir="ltr">' + ''.join('<div>%s</div>' % (esc(l) or '<br>') for l in intro) +
            '<google-sheets-html-origin>' + t + '</google-sheets-html-origin>' +
            ''.join('<div>%s</div>' % (esc(l) or '<br>') for l in outro) + '</div>\n')
    plain = '\n'.join(intro) + '\n' + txt + 'Total (USD) ' + money(total) + '\n' + '\n'.join(outro) + '\n'
    alt = multi('alternative', '000000000000c2b1d40612fa17e3', [
        text(plain, 'UTF-8', 'quoted-printable'),
        text(html, 'UTF-8', 'quoted-printable', 'html')])
    eml = message([
        'MIME-Version: 1.0',
        'Date: Fri, 4 Dec 2026 12:58:03 -0800',
        'Message-ID: <CAO9b2Fm4kL7x+Qe1_rT3nVz8sHc0pWj5yUd2gAi6oBf9eRq1Kw@mail.gmail.com>',
        'Subject: Restock order #1047',
        'From: Anna Brown <hello@junipernfern.example>',
        'To: orders@hengda-pack.cn'], alt)
    return eml, truth('hand-gmail-html-rowspan-group', 'html', 'utf-8',
                      'Gmail with a table pasted from Google Sheets: the Product cell spans three rows (rowspan) '
                      'for three sizes of one box, each row with its own SKU; the text alternative joins cells with '
                      'spaces and drops the spanned cell on rows 2-3. Order number "#1047" and date "Dec 4, 2026" '
                      'in a sentence; ship-to block of name lines with an ampersand in the shop name.',
                      [{'external_id': '1047', 'customer': {'name': 'Juniper & Fern Studio'},
                        'ship_to': {'name': 'Anna Brown', 'phone': '(503) 555-0164',
                                    'address': '2315 SE Division St, Unit B, Portland, OR 97202'},
                        'placed_at': '2026-12-04', 'currency': 'USD', 'total': '415.00',
                        'lines': [ln(r[3], 'Kraft mailer box' if i < 3 else 'Tissue paper', r[4], r[5])
                                  for i, r in enumerate(rows)]}])


@mail
def h37_xlsx_en_qty_first_discount_rows():
    import datetime
    sh = Sheet('Order')
    sh.widths = {1: 8, 2: 7, 3: 13, 4: 34, 5: 11, 6: 12}
    sh.set(1, 1, 'PURCHASE ORDER', bold=True, size=18)
    sh.merge(1, 1, 1, 6)
    sh.set(2, 1, 'Greenleaf Organics Ltd · 14 Mill Lane, Stroud GL5 3HF · 01453 555 012')
    sh.merge(2, 1, 2, 6)
    sh.set(4, 1, 'Order #')
    sh.merge(4, 1, 4, 2)
    sh.set(4, 3, 'GLO-0877', bold=True)
    sh.set(4, 5, 'Date')
    sh.set(4, 6, datetime.datetime(2026, 12, 3), fmt='dd/mm/yyyy')
    sh.set(5, 1, 'Supplier')
    sh.merge(5, 1, 5, 2)
    sh.set(5, 3, 'Hengda Packaging (Li Hua)')
    sh.set(6, 1, 'Deliver to')
    sh.merge(6, 1, 6, 2)
    sh.set(6, 3, 'Greenleaf Organics Ltd, Unit 9 Bath Road Trading Estate, Stroud GL5 3QF')
    sh.set(7, 1, 'Contact')
    sh.merge(7, 1, 7, 2)
    sh.set(7, 3, 'Emma Taylor 07700 900 415')
    sh.row(9, 1, ['Qty', 'Unit', 'Item No.', 'Description', 'Unit Price', 'Line Total'], bold=True, border=True)
    rows = [(500, 'pcs', 'HD-CT-0301', 'Double wall carton 600x400x400', '1.12'),
            (100, 'roll', 'HD-TP-4812', 'Paper tape 48mm brown', '1.85'),
            (20, 'box', 'HD-GL-0902', 'Nitrile gloves M', '3.70')]
    for i, (q, u, sku, desc, p) in enumerate(rows):
        r = 10 + i
        sh.row(r, 1, [q, u, sku, desc], border=True)
        sh.set(r, 5, D(p), border=True, fmt='"£"#,##0.00')
        sh.set(r, 6, ('=A%d*E%d' % (r, r), D(p) * q), border=True, fmt='"£"#,##0.00')
    sub = sum(D(p) * q for q, _, _, _, p in rows)
    disc = (sub * D('0.03')).quantize(D('0.01'))
    sh.set(14, 4, 'Subtotal')
    sh.set(14, 6, ('=SUM(F10:F12)', sub), fmt='"£"#,##0.00')
    sh.set(15, 4, 'Loyalty discount 3%')
    sh.set(15, 6, ('=-ROUND(F14*3%,2)', -disc), fmt='"£"#,##0.00')
    sh.set(16, 4, 'Shipping')
    sh.set(16, 6, D('60'), fmt='"£"#,##0.00')
    sh.set(17, 4, 'TOTAL', bold=True)
    tot = sub - disc + 60
    sh.set(17, 6, ('=SUM(F14:F16)', tot), bold=True, fmt='"£"#,##0.00')
    sh.set(19, 1, 'Approved: E. Taylor')
    assert tot == D('854.43')
    terms = Sheet('T&Cs')
    terms.set(1, 1, 'Terms and conditions of purchase')
    terms.set(2, 1, '1. Goods must match the specification agreed. 2. Invoices to accounts@greenleaf-organics.example.')
    data = corpus_docs.xlsx_bytes([sh, terms], creator='Emma Taylor')
    body = ('Hi Li Hua,\n\nOur PO attached (GLO-0877). Let me know if the paper tape is in stock.\n\nCheers,\nEmma\n\n'
            'Emma Taylor\nOperations, Greenleaf Organics Ltd\n')
    part = multi('mixed', '_002_CWLP265MB4816D1E2F3A4B5C6D7E8CWLP265MB4816GBRP_', [
        text(body, 'us-ascii', 'quoted-printable'),
        attachment('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', data,
                   'GLO-0877 Hengda.xlsx')])
    eml = message([
        'From: Emma Taylor <emma.taylor@greenleaf-organics.example>',
        'To: Li Hua <lihua@hengda-pack.cn>, "orders@hengda-pack.cn" <orders@hengda-pack.cn>',
        'Subject: GLO-0877',
        'Date: Thu, 3 Dec 2026 11:07:25 +0000',
        'Message-ID: <CWLP265MB4816D1E2F3A4B5C6D7E8@CWLP265MB4816.GBRP265.PROD.OUTLOOK.COM>',
        'Content-Language: en-GB',
        'X-MS-Has-Attach: yes',
        'MIME-Version: 1.0'], part)
    return eml, truth('hand-xlsx-en-qty-first-discount', 'xlsx', 'us-ascii',
                      'English .xlsx: merged title and a merged company line, label cells merged over two columns '
                      'with values to their right, the date a serial formatted dd/mm/yyyy; the table starts with '
                      'Qty and Unit; £ only in the number format; Subtotal, a discount formula (negative), '
                      'Shipping and TOTAL rows below the table without item codes; a second sheet of terms.',
                      [{'external_id': 'GLO-0877', 'customer': {'name': 'Greenleaf Organics Ltd'},
                        'ship_to': {'name': 'Emma Taylor', 'phone': '07700 900 415',
                                    'address': 'Unit 9 Bath Road Trading Estate, Stroud GL5 3QF'},
                        'placed_at': '2026-12-03', 'currency': 'GBP', 'total': '854.43',
                        'lines': [ln(sku, desc, q, p) for q, _, sku, desc, p in rows]}])


@mail
def h38_foxmail_html_gbk_sets_tax_column():
    rows = [('HD-TD-0060', '打包工具套装（封箱器+切刀）', '套', 10, '85.00'),
            ('HD-BX-0100', '周转箱 600*400*300', '件', 50, '36.00'),
            ('HD-PL-1210', '塑料托盘 1200*1000 九脚', '件', 20, '168.00')]
    st = 'border:1px solid #000000;padding:2px 6px'
    t = '<table border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;font-size:13px">'
    t += '<tbody><tr>' + ''.join('<td style="%s"><b>%s</b></td>' % (st, h) for h in
                                 ('货号', '名称', '单位', '数量', '含税单价', '税率', '金额')) + '</tr>'
    total = D(0)
    for sku, name, u, q, p in rows:
        amt = D(p) * q
        total += amt
        t += '<tr>' + ''.join('<td style="%s">%s</td>' % (st, c) for c in
                              (sku, name, u, str(q), p, '13%', money(amt, False))) + '</tr>'
    t += '<tr><td style="%s" colspan="6">价税合计</td><td style="%s">%s</td></tr></tbody></table>' % (
        st, st, money(total, False))
    assert total == D('6010.00')
    lines = ['陈经理：', '', '您好！下面是我司本次采购，请安排。', '', '订单号：HS-GZ-1204-2',
             '下单日期：2026.12.04', '']
    after = ['', '收货：广州市白云区太和镇龙归永兴路31号 华盛物流B仓 卢国庆（仓管）020-3726 5510', '',
             '发票请开13%专票，随货寄出。', '', '']
    sig = ('<div><span><div style="MARGIN: 10px; FONT-FAMILY: verdana; FONT-SIZE: 10pt"><div>郭婷婷 | 采购部</div>'
           '<div><b>广州华盛物流有限公司</b></div><div>地址：广州市白云区太和镇龙归永兴路31号</div>'
           '<div>电话：020-3726 5500 &nbsp;传真：020-3726 5501</div><div>手机：135 6000 2718</div>'
           '<div>网址：www.hs-logistics.example</div></div></span></div>')
    html = ('<html><head><meta http-equiv="content-type" content="text/html; charset=GBK"><style>body { line-height: '
            '1.5; }body { font-size: 14px; font-family: "Microsoft YaHei UI"; color: rgb(0, 0, 0); line-height: '
            '1.5; }</style></head><body>\n' + ''.join('<div>%s</div>' % (l or '<br>') for l in lines) + t +
            ''.join('<div>%s</div>' % (l or '<br>') for l in after) +
            '<hr style="width: 210px; height: 1px;" color="#b5c4df" size="1" align="left">\n' + sig +
            '</body></html>\n')
    part = text(html, 'GBK', 'base64', 'html', fold=True)
    eml = message([
        'Date: Fri, 4 Dec 2026 09:51:16 +0800',
        'From: %s' % addr('郭婷婷', 'guott@hs-logistics.example', 'GBK'),
        'To: %s' % addr('陈静', 'chenjing@hengda-pack.cn', 'GBK'),
        'Cc: %s' % addr('恒达订单', 'orders@hengda-pack.cn', 'GBK'),
        'Subject: %s' % ew('华盛采购 HS-GZ-1204-2', 'GBK'),
        'X-Priority: 3',
        'X-GUID: 4C8E2F1A-7B3D-4E95-A6C0-1D2E3F4A5B6C',
        'X-Has-Attach: no',
        'X-Mailer: Foxmail 7.2.25.375[cn]',
        'Mime-Version: 1.0',
        'Message-ID: <202612040951160438215@hs-logistics.example>'], part)
    return eml, truth('hand-foxmail-html-gbk-sets-tax', 'html', 'gbk',
                      'Foxmail HTML only (GBK base64): units 套/件, a 税率 column (13%) between the tax-inclusive '
                      'price and the amount, a 价税合计 row; ship-to in one line with the role "(仓管)" after the '
                      'name; date 2026.12.04; no currency written; Foxmail signature with company, address, phone, fax, '
                      'mobile.',
                      [{'external_id': 'HS-GZ-1204-2', 'customer': {'name': '广州华盛物流有限公司'},
                        'ship_to': {'name': '卢国庆', 'phone': '020-3726 5510',
                                    'address': '广州市白云区太和镇龙归永兴路31号 华盛物流B仓'},
                        'placed_at': '2026-12-04', 'total': '6010.00',
                        'lines': [ln(sku, name, q, p) for sku, name, _, q, p in rows]}])


@mail
def h39_big5_tw_tax_line_sets():
    body = """陳小姐您好：

敝公司訂購如下，麻煩安排出貨，謝謝。

訂購單號：SM-PO-115-0412
訂購日期：2026/12/02

項次  料號          品名               數量        單價(未稅)   金額
1     HD-TD-0060    封箱器 60mm        10組        150          1,500
2     HD-ST-1605    PP打包帶 16mm      20捲        280          5,600
3     HD-ST-0019    打包扣 19mm        5盒(1000入)  320          1,600
                                       小計                     8,700
                                       營業稅 5%                  435
                                       總計(含稅) NT$           9,135

收貨地址：桃園市龜山區文化二路88號 勝美倉庫
收貨人：蔡佩珊 03-328-5566 / 0912-345-678
發票：三聯式，統一編號 24681357

勝美國際貿易股份有限公司
採購部 蔡佩珊
TEL:03-328-5566 FAX:03-328-5577
"""
    part = text(body, 'big5', '8bit')
    eml = message([
        'Return-Path: <tsai.ps@shengmei.com.tw>',
        'From: %s' % addr('蔡佩珊', 'tsai.ps@shengmei.com.tw', 'big5'),
        'To: orders@hengda-pack.cn',
        'Subject: %s' % ew('訂購單 SM-PO-115-0412', 'big5'),
        'Date: Wed, 02 Dec 2026 14:37:55 +0800',
        'Message-ID: <20261202143755.8F2A1C@webmail.shengmei.com.tw>',
        'MIME-Version: 1.0',
        'X-Mailer: Openwave WebEngine, version 2.8.17 (webedit-2-8-17-2)'], part)
    return eml, truth('hand-big5-tw-tax-line-sets', 'body', 'big5',
                      'Taiwanese Big5 plain text (8bit): unit prices and amounts before tax (未稅), then 小計, a 5% '
                      'business tax line (營業稅) and 總計(含稅) NT$ 9,135 = the total; quantities with units glued '
                      '(10組, 20捲, 5盒(1000入) where 1000入 is the pack size), amounts without decimals, two phones '
                      'for the consignee, a tax id (統一編號) that is not an order number.',
                      [{'external_id': 'SM-PO-115-0412', 'customer': {'name': '勝美國際貿易股份有限公司'},
                        'ship_to': {'name': '蔡佩珊', 'phone': '03-328-5566 / 0912-345-678',
                                    'address': '桃園市龜山區文化二路88號 勝美倉庫'},
                        'placed_at': '2026-12-02', 'currency': 'TWD', 'total': '9135.00',
                        'lines': [ln('HD-TD-0060', '封箱器 60mm', 10, '150'),
                                  ln('HD-ST-1605', 'PP打包帶 16mm', 20, '280'),
                                  ln('HD-ST-0019', '打包扣 19mm', 5, '320')]}])


@mail
def h40_body_po_and_csv_po():
    body = """李华：

这次两个门店的单子一起发：浦东店的如下，闵行店的见附件CSV（单号在表里）。

浦东店  单号：JM-PD-1205
HD-CT-0510  飞机盒      1000个  1.10  1100.00
HD-TP-4806  透明胶带    50卷    4.50  225.00
合计：1325.00元
收货：上海市浦东新区张杨路1500号 佳美浦东店 孙丽 13916005522

两张单子分开开票，谢谢！

佳美优品（上海）商贸有限公司
采购 何静
"""
    csv_rows = [['单号', '商品编码', '商品名称', '数量', '单价', '金额', '收货人', '电话', '收货地址'],
                ['JM-MH-1205', 'HD-CT-0510', '飞机盒', '800', '1.10', '880.00', '石磊', '13817726630',
                 '上海市闵行区七莘路3500号 佳美闵行店'],
                ['JM-MH-1205', 'HD-ZB-3040', '快递袋30*40', '10', '16.80', '168.00', '石磊', '13817726630',
                 '上海市闵行区七莘路3500号 佳美闵行店']]
    data = b'\xef\xbb\xbf' + corpus_docs.csv_text(csv_rows).encode('utf-8')
    part = multi('mixed', '----=_NextPart_000_00A1_01DB4712.3C5D7E90', [
        text(body, 'gb2312', 'base64', fold=True),
        attachment('application/vnd.ms-excel', data, '闵行店JM-MH-1205.csv', name_style='gb2312')],
        preamble='This is a multipart message in MIME format.')
    eml = message([
        'From: %s' % addr('何静', 'hejing@jiameiyoupin.cn', 'gb2312'),
        'To: %s' % addr('李华', 'lihua@hengda-pack.cn', 'gb2312'),
        'Cc: <orders@hengda-pack.cn>',
        'Subject: %s' % ew('佳美两店订单 12/05', 'gb2312'),
        'Date: Sat, 5 Dec 2026 10:14:37 +0800',
        'Message-ID: <00a101db4712$3c5d7e90$b518 7bb0$@jiameiyoupin.cn>'.replace(' ', ''),
        'MIME-Version: 1.0',
        'X-Mailer: Microsoft Outlook 16.0',
        'Content-Language: zh-cn'], part)
    return eml, truth('hand-body-po-and-csv-po', 'body', 'gb2312',
                      'Two orders of two stores in one mail from different places: one in the body (title line '
                      'with the store and number, three-space columns, 合计 with 元), the other only in a UTF-8 (BOM) '
                      'CSV attachment labelled application/vnd.ms-excel whose rows repeat the order number and the '
                      'ship-to; the CSV states no total and no currency. The signature names the buyer of both.',
                      [{'external_id': 'JM-PD-1205', 'customer': {'name': '佳美优品（上海）商贸有限公司'},
                        'ship_to': {'name': '孙丽', 'phone': '13916005522',
                                    'address': '上海市浦东新区张杨路1500号 佳美浦东店'},
                        'currency': 'CNY', 'total': '1325.00',
                        'lines': [ln('HD-CT-0510', '飞机盒', 1000, '1.10'), ln('HD-TP-4806', '透明胶带', 50, '4.50')]},
                       {'external_id': 'JM-MH-1205', 'customer': {'name': '佳美优品（上海）商贸有限公司'},
                        'ship_to': {'name': '石磊', 'phone': '13817726630',
                                    'address': '上海市闵行区七莘路3500号 佳美闵行店'},
                        'lines': [ln('HD-CT-0510', '飞机盒', 800, '1.10'), ln('HD-ZB-3040', '快递袋30*40', 10, '16.80')]}])


def _flowed(text, width=72):
    """format=flowed (RFC 3676) as Thunderbird writes it: long lines
    broken after a space, the space kept at the end of the broken line."""
    out = []
    for line in text.split('\n'):
        while len(line) > width:
            cut = line.rfind(' ', 0, width)
            if cut <= 0:
                break
            out.append(line[:cut + 1])
            line = line[cut + 1:]
        out.append(line)
    return '\n'.join(out)


@mail
def h41_thunderbird_flowed_fr():
    body = """Bonjour Madame Li,

Veuillez trouver ci-dessous notre bon de commande n° ADF-2026-031 du 30/11/2026.

- Réf. HD-CT-0301 – Carton double cannelure 600x400x400 – 300 pièces – 1,10 € HT/pièce – total 330,00 € HT
- Réf. HD-BW-1050 – Film bulle 1m x 50m – 60 rouleaux – 6,20 € HT/rouleau – total 372,00 € HT
- Réf. HD-TP-4806 – Ruban adhésif transparent 48mm – 500 rouleaux – 0,62 € HT/rouleau – total 310,00 € HT

Total HT : 1 012,00 €
Frais de port : 45,00 €
Total à payer : 1 057,00 €

Adresse de livraison : Atelier Dufresne SARL, 17 rue des Tanneurs, 69007 Lyon, France – à l'attention de Mme Camille Martin, tél. 04 72 55 01 83

Merci de nous confirmer le délai de livraison.

Cordialement,

--
Camille Martin
Atelier Dufresne SARL – Emballages & Expédition
17 rue des Tanneurs, 69007 Lyon
"""
    part = text(_flowed(body), 'UTF-8', '8bit', ctype_params='; format=flowed')
    eml = message([
        'Message-ID: <b7e2d0c4-91a3-4f5e-8c26-d1f03a7b9e52@atelier-dufresne.fr>',
        'Date: Mon, 30 Nov 2026 17:26:48 +0100',
        'MIME-Version: 1.0',
        'User-Agent: Mozilla Thunderbird',
        'Content-Language: fr',
        'To: orders@hengda-pack.cn',
        'From: Camille Martin <c.martin@atelier-dufresne.fr>',
        'Subject: Bon de commande ADF-2026-031'], part)
    return eml, truth('hand-thunderbird-flowed-fr', 'body', 'utf-8',
                      'French Thunderbird mail in format=flowed: the long item lines "Réf. SKU – title – qty unit – '
                      'price € HT/unit – total ... € HT" are soft-broken (a trailing space marks the break) and must '
                      'be joined first; decimal commas, a space as thousands separator (1 012,00 €), "n°" order '
                      'label, HT totals, freight, total payable; ship-to in one long sentence.',
                      [{'external_id': 'ADF-2026-031', 'customer': {'name': 'Atelier Dufresne SARL'},
                        'ship_to': {'name': 'Mme Camille Martin', 'phone': '04 72 55 01 83',
                                    'address': '17 rue des Tanneurs, 69007 Lyon, France'},
                        'placed_at': '2026-11-30', 'currency': 'EUR', 'total': '1057.00',
                        'lines': [ln('HD-CT-0301', 'Carton double cannelure 600x400x400', 300, '1.10'),
                                  ln('HD-BW-1050', 'Film bulle 1m x 50m', 60, '6.20'),
                                  ln('HD-TP-4806', 'Ruban adhésif transparent 48mm', 500, '0.62')]}])


@mail
def h42_xls_cn_yonyou_tax_columns():
    import datetime
    sh = Sheet('采购订单')
    sh.set(1, 1, '青岛泰隆实业有限公司 采购订单', size=16)
    sh.merge(1, 1, 1, 11)
    sh.set(3, 1, '订单编号')
    sh.set(3, 2, 'CG2612000045')
    sh.set(3, 4, '日期')
    sh.set(3, 5, datetime.date(2026, 12, 3))
    sh.set(3, 7, '币种')
    sh.set(3, 8, '人民币')
    sh.set(4, 1, '供应商')
    sh.set(4, 2, '杭州恒达包装材料有限公司')
    sh.set(4, 4, '部门')
    sh.set(4, 5, '采购部')
    sh.set(4, 7, '业务员')
    sh.set(4, 8, '韩雪')
    hdr = ['存货编码', '存货名称', '规格型号', '主计量', '数量', '原币单价', '原币含税单价', '原币金额', '原币税额',
           '原币价税合计', '计划到货日期']
    sh.row(6, 1, hdr, bold=True)
    rows = [('HD-CT-0301', '五层纸箱', '60*40*40', '个', 1000, '6.00', '6.78'),
            ('HD-TP-4806', '透明胶带', '48mm*100m', '卷', 500, '4.00', '4.52'),
            ('HD-SF-5023', '缠绕膜', '50cm', '卷', 100, '30.00', '33.90')]
    sums = [0, D(0), D(0), D(0)]
    for i, (sku, name, spec, u, q, p, pt) in enumerate(rows):
        r = 7 + i
        net, gross = D(p) * q, D(pt) * q
        sums[0] += q
        sums[1] += net
        sums[2] += gross - net
        sums[3] += gross
        sh.row(r, 1, [sku, name, spec, u, q], border=True)
        for c, v in ((6, D(p)), (7, D(pt)), (8, net), (9, gross - net), (10, gross)):
            sh.set(r, c, v, border=True, fmt='#,##0.00')
        sh.set(r, 11, datetime.date(2026, 12, 10), border=True)
    sh.set(10, 1, '合计', border=True)
    sh.set(10, 5, sums[0], border=True)
    sh.set(10, 8, sums[1], border=True, fmt='#,##0.00')
    sh.set(10, 9, sums[2], border=True, fmt='#,##0.00')
    sh.set(10, 10, sums[3], border=True, fmt='#,##0.00')
    assert sums[3] == D('12430.00')
    sh.set(12, 1, '收货地址：山东省青岛市黄岛区前湾港路599号 泰隆实业仓库    收货人：韩雪 0532-8698 7700')
    sh.set(14, 1, '制单人：韩雪')
    sh.set(14, 5, '审核人：董建国')
    sh.set(14, 9, '打印日期：2026-12-03')
    data = corpus_docs.xls_bytes([sh])
    body = '恒达李经理：\n\n  附件是本月第二批采购订单，请查收，按计划到货日期送货。\n\n韩雪\n青岛泰隆实业有限公司 采购部\n0532-8698 7700\n'
    part = multi('mixed', '----=_NextPart_000_0009_01DB4531.6F8A2D40', [
        text(body, 'gb2312', 'base64', fold=True),
        attachment('application/vnd.ms-excel', data, '采购订单CG2612000045.xls', name_style='gb2312')])
    eml = message([
        'From: %s' % addr('韩雪', 'hanxue@tailong-qd.com', 'gb2312'),
        'To: %s' % addr('李华', 'lihua@hengda-pack.cn', 'gb2312'),
        'Cc: orders@hengda-pack.cn',
        'Subject: %s' % ew('采购订单CG2612000045', 'gb2312'),
        'Date: Thu, 3 Dec 2026 09:05:44 +0800',
        'Message-ID: <000901db4531$6f8a2d40$4e9e87c0$@tailong-qd.com>',
        'MIME-Version: 1.0',
        'X-Mailer: Microsoft Outlook 15.0',
        'Content-Language: zh-cn'], part)
    return eml, truth('hand-xls-cn-yonyou-tax-columns', 'xls', 'gb2312',
                      'A Yonyou (用友) style purchase order exported to .xls: three label/value pairs per row '
                      '(订单编号, 日期 as a date cell, 币种 人民币), 11 columns with both the net price (原币单价) and the '
                      'tax-inclusive price (原币含税单价), net amount, tax and 价税合计: the clerk keys the tax-inclusive '
                      'price and amount, and the 价税合计 sum as the total; planned arrival dates per line; ship-to '
                      'in one cell below the table; a print date.',
                      [{'external_id': 'CG2612000045', 'customer': {'name': '青岛泰隆实业有限公司'},
                        'ship_to': {'name': '韩雪', 'phone': '0532-8698 7700',
                                    'address': '山东省青岛市黄岛区前湾港路599号 泰隆实业仓库'},
                        'placed_at': '2026-12-03', 'currency': 'CNY', 'total': '12430.00',
                        'lines': [ln(r[0], r[1], r[4], r[6]) for r in rows]}])


@mail
def h43_own_and_vendor_part_numbers():
    body = """恒达 陈静：

请按以下订单备货，料号请以贵司料号为准。

PO#：HT-PO-2612-0031
日期：2026/12/01

我司料号	贵司料号	品名规格	数量	单价	金额
BZ-CTN-0042	HD-CT-0302	三层纸箱 40*30*30	2000	2.30	4600.00
BZ-TAP-0007	HD-TP-4806	透明胶带 48mm	240	4.40	1056.00
BZ-ESD-0113	HD-BW-2030	防静电气泡袋 20*30	10000	0.21	2100.00
合计					7756.00元

交货地址：深圳市宝安区福永街道凤凰第一工业区A3栋 宏图电子仓库
收货人：冯超 0755-2731 9080

深圳宏图电子科技有限公司
采购部 龚婷
Tel：0755-2731 9000 转 8021
本邮件及其附件含有深圳宏图电子科技有限公司的保密信息，仅限于发送给上面地址中列出的个人或群组。禁止任何其他人以任何形式使用本邮件中的信息。
"""
    part = text(body, 'gb2312', 'base64', fold=True)
    eml = message([
        'From: %s' % addr('龚婷', 'gongting@hongtu-sz.com', 'gb2312'),
        'To: %s' % addr('陈静', 'chenjing@hengda-pack.cn', 'gb2312'),
        'Cc: orders@hengda-pack.cn',
        'Subject: %s' % ew('PO HT-PO-2612-0031 宏图电子', 'gb2312'),
        'Date: Tue, 1 Dec 2026 13:50:09 +0800',
        'Message-ID: <004c01db43b8$d1e3a2b0$75aae810$@hongtu-sz.com>',
        'MIME-Version: 1.0',
        'X-Mailer: Microsoft Outlook 16.0',
        'Content-Language: zh-cn'], part)
    return eml, truth('hand-own-and-vendor-part-numbers', 'body', 'gb2312',
                      'Outlook plain gb2312, tab table with TWO code columns: the buyer\'s own part number '
                      '(我司料号, SKU-shaped) first and the seller\'s (贵司料号) second; the text says to use the '
                      'seller\'s. The clerk keys the seller\'s code as the SKU. PO#： with a full-width colon; a '
                      'confidentiality footer.',
                      [{'external_id': 'HT-PO-2612-0031', 'customer': {'name': '深圳宏图电子科技有限公司'},
                        'ship_to': {'name': '冯超', 'phone': '0755-2731 9080',
                                    'address': '深圳市宝安区福永街道凤凰第一工业区A3栋 宏图电子仓库'},
                        'placed_at': '2026-12-01', 'currency': 'CNY', 'total': '7756.00',
                        'lines': [ln('HD-CT-0302', '三层纸箱 40*30*30', 2000, '2.30'),
                                  ln('HD-TP-4806', '透明胶带 48mm', 240, '4.40'),
                                  ln('HD-BW-2030', '防静电气泡袋 20*30', 10000, '0.21')]}])


@mail
def h44_en_bill_to_ship_to_columns():
    body = """Hello Hengda Sales,

Please accept the purchase order below.

P.O. Number: 2026-1187-SEA                 Order Date: December 1, 2026
Terms: Net 45                              Ship Via: Ocean, FOB Shanghai

BILL TO:                                   SHIP TO:
Cascade Outdoor Gear, Inc.                 Cascade Outdoor Gear - Kent DC
Attn: Accounts Payable                     Attn: Marco Diaz (Receiving)
1500 4th Ave, Suite 900                    22010 68th Ave S
Seattle, WA 98101                          Kent, WA 98032
Tel 206-555-0100                           Tel 253-555-0149

Line  Item #       Description                          Qty  UM   Each     Extended
1     HD-ZB-3040   Poly mailer 12x15.5 white, 1000/cs    12  CS   48.00      576.00
2     HD-LB-1010   Direct thermal label 4x6, 250/roll    80  RL    3.25      260.00
3     HD-TP-4806   Carton tape 2" clear, 36/cs           10  CS   39.00      390.00
                                                         Subtotal         1,226.00
                                               Sales tax (resale, exempt)     0.00
                                                         TOTAL (USD)      1,226.00

Questions: Rachel Green, Buyer, 206-555-0127, rgreen@cascadeoutdoor.example

--
Rachel Green | Senior Buyer
Cascade Outdoor Gear, Inc.
"""
    part = text(body, 'us-ascii', '7bit')
    eml = message([
        'From: Rachel Green <rgreen@cascadeoutdoor.example>',
        'To: orders@hengda-pack.cn',
        'Subject: Purchase Order 2026-1187-SEA',
        'Date: Tue, 1 Dec 2026 15:40:02 -0800',
        'Message-ID: <SA1PR12MB7340F0E1D2C3B4A5968778695A4B3C2D1E@SA1PR12MB7340.namprd12.prod.outlook.com>',
        'Content-Language: en-US',
        'MIME-Version: 1.0'], part)
    return eml, truth('hand-en-bill-to-ship-to-columns', 'body', 'us-ascii',
                      'English plain text with label pairs side by side (P.O. Number ... Order Date) and BILL TO / '
                      'SHIP TO blocks in two columns, each with a phone: the ship-to is the right column. A buyer '
                      'phone below the table (not the ship-to), "Line" numbers, UM column, a zero sales-tax line, '
                      'order date written "December 1, 2026".',
                      [{'external_id': '2026-1187-SEA', 'customer': {'name': 'Cascade Outdoor Gear, Inc.'},
                        'ship_to': {'name': 'Marco Diaz', 'phone': '253-555-0149',
                                    'address': '22010 68th Ave S, Kent, WA 98032'},
                        'placed_at': '2026-12-01', 'currency': 'USD', 'total': '1226.00',
                        'lines': [ln('HD-ZB-3040', 'Poly mailer 12x15.5 white, 1000/cs', 12, '48.00'),
                                  ln('HD-LB-1010', 'Direct thermal label 4x6, 250/roll', 80, '3.25'),
                                  ln('HD-TP-4806', 'Carton tape 2" clear, 36/cs', 10, '39.00')]}])


@mail
def h45_outlook_cn_html_excel_paste_xiang():
    rows = [('HD-TP-4806', '透明胶带 48mm*100m（36卷/箱）', '箱', '10', '162.00', '1,620.00'),
            ('HD-GL-0901', '丁腈手套 L（10盒/箱）', '箱', '5', '210.00', '1,050.00'),
            ('HD-LB-1010', '热敏标签 100*100（20卷/箱）', '箱', '8', '190.00', '1,520.00')]
    hdr = ('物料编码', '品名规格', '单位', '数量', '单价', '金额')
    xl = ('<td class=xl%d width=%d style=\'border:.5pt solid windowtext;height:14.25pt;'
          'mso-number-format:"%s"\'>%s</td>\n')
    widths = (86, 220, 40, 50, 64, 80)
    t = ('<table border=0 cellpadding=0 cellspacing=0 width=540 style=\'border-collapse:collapse;width:405pt\'>\n'
         '<col width=86><col width=220><col width=40><col width=50><col width=64><col width=80>\n')
    t += '<tr height=19>' + ''.join(xl % (65, w, '\\@', h) for w, h in zip(widths, hdr)) + '</tr>\n'
    for r in rows:
        t += '<tr height=19>' + ''.join(xl % (66 if i < 3 else 67, w, '\\@' if i < 3 else '0\\.00', c)
                                        for i, (w, c) in enumerate(zip(widths, r))) + '</tr>\n'
    t += ('<tr height=19><td colspan=5 class=xl68 style=\'border:.5pt solid windowtext\'>合计（元）</td>'
          '<td class=xl67 style=\'border:.5pt solid windowtext\'>4,190.00</td></tr>\n</table>\n')
    before = ['李经理：', '', '您好！请安排以下订单，整箱发货。', '', '订单号：XY-20261204-03', '日期：2026年12月4日', '']
    after = ['', '收货地址：福建省厦门市集美区杏林湾路1688号 新锐物流中心C库',
             '收货人：林晨&nbsp; 0592-621 8899', '', '谢谢！', '',
             '<b>魏子涵</b>', '采购专员 | 厦门新锐供应链管理有限公司', '电话：0592-621 8800&nbsp; 手机：186 5920 7731',
             '地址：福建省厦门市集美区杏林湾路1688号', '<img width=120 height=36 src="cid:image001.png@01DB45F0.2A7C3E10">']

    def p(t_):
        return ('<p class=MsoNormal><span style=\'font-family:"微软雅黑",sans-serif\'>%s<o:p></o:p></span></p>\n'
                % (t_ or '&nbsp;'))
    html = ('<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns="http://www.w3.org/TR/REC-html40">\n'
            '<head><meta http-equiv=Content-Type content="text/html; charset=gb2312">\n'
            '<meta name=Generator content="Microsoft Word 15 (filtered medium)"><style><!--\n'
            'td.xl65 {font-weight:700;text-align:center;} td.xl67 {text-align:right;}\n--></style></head>\n'
            '<body lang=ZH-CN link="#0563C1" vlink="#954F72"><div class=WordSection1>\n' +
            ''.join(p(x) for x in before) + t + ''.join(p(x) for x in after) + '</div></body></html>\n')
    cells = '\n\n'.join('\n\n'.join(r) for r in [hdr] + rows)
    plain = ('\n'.join(before) + '\n' + cells + '\n\n合计（元）\n\n4,190.00\n\n' +
             '\n'.join(x.replace('&nbsp;', ' ').replace('<b>', '').replace('</b>', '') for x in after[:-1]) +
             '\n[cid:image001.png@01DB45F0.2A7C3E10]\n')
    alt = multi('alternative', '----=_NextPart_001_0062_01DB45F0.2A7C3E10', [
        text(plain, 'gb2312', 'base64', fold=True),
        text(html, 'gb2312', 'quoted-printable', 'html', fold=True)])
    related = multi('related', '----=_NextPart_000_0061_01DB45F0.2A7C3E10', [
        alt, attachment('image/png', png(120, 36, (220, 120, 0)), 'image001.png', disp='inline',
                        inline_cid='image001.png@01DB45F0.2A7C3E10')],
        extra_params=';\n\ttype="multipart/alternative"')
    eml = message([
        'From: %s' % addr('魏子涵', 'weizh@xinrui-scm.com', 'gb2312'),
        'To: %s' % addr('李华', 'lihua@hengda-pack.cn', 'gb2312'),
        'Cc: %s' % addr('恒达订单', 'orders@hengda-pack.cn', 'gb2312'),
        'Subject: %s' % ew('订单 XY-20261204-03（整箱）', 'gb2312'),
        'Date: Fri, 4 Dec 2026 14:11:20 +0800',
        'Message-ID: <006101db45f0$2a7c3e10$7f74ba30$@xinrui-scm.com>',
        'MIME-Version: 1.0',
        'X-Mailer: Microsoft Outlook 16.0',
        'Thread-Index: AdtF8Cp8PhBfXtwNSuWPbn8TtVa3hQ==',
        'Content-Language: zh-cn'], related)
    return eml, truth('hand-outlook-cn-excel-paste-xiang', 'html', 'gb2312',
                      'Outlook (gb2312) HTML with a table pasted from Excel (xl65 classes, mso-number-format, '
                      'col widths) and a signature logo (multipart/related around the alternative); the text alternative puts every '
                      'cell on its own line with blank lines between. Units 箱 with the pack size in brackets '
                      'in the title (36卷/箱): quantity and price are per 箱. 合计（元） spans five columns.',
                      [{'external_id': 'XY-20261204-03', 'customer': {'name': '厦门新锐供应链管理有限公司'},
                        'ship_to': {'name': '林晨', 'phone': '0592-621 8899',
                                    'address': '福建省厦门市集美区杏林湾路1688号 新锐物流中心C库'},
                        'placed_at': '2026-12-04', 'currency': 'CNY', 'total': '4190.00',
                        'lines': [ln(r[0], r[1], int(r[3]), r[4]) for r in rows]}])


@mail
def h46_iphone_en_reply_to_quote_pallets():
    quoted = """Dear Kevin,

Thank you for your enquiry. Please see our offer for Southern Cross
Wholesale Pty Ltd below (CIF Sydney):

Option A: HD-SF-5023 Stretch film 500mm x 23mic x 300m, 96 rolls/pallet,
USD 5.10/roll
Option B: HD-SF-5018 Stretch film 500mm x 18mic x 300m, 96 rolls/pallet,
USD 4.40/roll

MOQ 1 pallet. Lead time 10 days after order. Offer valid 14 days.

Best regards,
Li Hua
Sales | Hangzhou Hengda Packaging Materials Co., Ltd.
+86 138 0571 6620"""
    body = ("Hi Li, let's go with option A, 2 pallets. Our PO is SCW-3391. Same delivery address as last time.\n\n"
            "Cheers\nKevin\n\nSent from my iPhone\n\n"
            "> On 3 Dec 2026, at 7:20 pm, Li Hua <lihua@hengda-pack.cn> wrote:\n>\n" +
            '\n'.join(('> ' + l) if l else '>' for l in quoted.split('\n')) + '\n')
    part = text(body, 'utf-8', 'quoted-printable')
    eml = message([
        'Content-Type: text/plain; charset=utf-8',
        'Content-Transfer-Encoding: quoted-printable',
        'From: Kevin Patel <kevin@southerncrosswholesale.com.au>',
        'Mime-Version: 1.0 (1.0)',
        'Subject: Re: Quotation stretch film - Southern Cross',
        'Date: Fri, 4 Dec 2026 08:02:51 +1100',
        'Message-Id: <2D7F1B9C-6A4E-4C83-B05D-8E1F3A7C9D26@southerncrosswholesale.com.au>',
        'References: <00a901db4559$3e1c2b40$ba5481c0$@hengda-pack.cn>',
        'In-Reply-To: <00a901db4559$3e1c2b40$ba5481c0$@hengda-pack.cn>',
        'To: Li Hua <lihua@hengda-pack.cn>',
        'Cc: orders@hengda-pack.cn',
        'X-Mailer: iPhone Mail (22C152)'], Part([], part.body))
    return eml, truth('hand-iphone-en-reply-to-quote', 'body', 'utf-8',
                      'iPhone reply "let\'s go with option A, 2 pallets. Our PO is SCW-3391" above the seller\'s '
                      'quoted quotation that offers two options priced per roll with 96 rolls per pallet: the '
                      'clerk keys option A only, 192 rolls (2 x 96) at 5.10; no amount or total is written. '
                      '"Sent from my iPhone" between the new text and the quote; no address ("same as last '
                      'time"); the buyer\'s company is named only in the quoted offer.',
                      [{'external_id': 'SCW-3391', 'customer': {'name': 'Southern Cross Wholesale Pty Ltd'},
                        'currency': 'USD',
                        'lines': [ln('HD-SF-5023', 'Stretch film 500mm x 23mic x 300m', 192, '5.10',
                                     no_total=True)]}])


# ============================================================ main
# (the mails are above this line)

def main(argv, mails=None):
    """Write the mails named in argv (prefixes), or all; mails defaults
    to this script's (make_hand3.py passes its own)."""
    want = set(argv)
    n = 0
    for fn in (MAILS if mails is None else mails):
        name = fn.__name__.replace('_', '-')
        if want and not any(name.startswith(w) for w in want):
            continue
        eml, tr = fn()
        write(name, eml, tr)
        n += 1
    print('wrote %d mails' % n)


if __name__ == '__main__':
    main(sys.argv[1:])
