"""HTML bodies as the common clients write them."""
import html as H

from corpus_data import Order, fmt_date, fmt_money, fmt_amount, mail_dt, SELLER_CN
from corpus_mime import message, text_part, Multi, Leaf, enc_bytes, crlf
from fam_common import cn_sender, en_sender, to_box, client, truth_doc, cn_phone_pick, GREET_CN, INTRO_CN, \
    THANKS_CN, GREET_EN, INTRO_EN
from fam_text import cn_subject, _en_subject, en_money_style, en_date_style, TW_TITLES

e = H.escape


def po_parts(rng, o, lang):
    """(label pairs, table rows, total label, fields, line fields)."""
    if lang == 'en':
        ms = en_money_style(o)
        labels = [('PO Number', o.id), ('Order Date', fmt_date(rng, o.date, en_date_style(rng, o))),
                  ('Company', o.company), ('Ship To', o.contact), ('Phone', o.phone), ('Address', o.address)]
        rows = [['Item #', 'Description', 'Qty', 'Unit Price', 'Amount']] + [
            [l['sku'], l['title'], str(l['qty']), fmt_money(l['unit_price'], ms), fmt_money(l['total'], ms, thousands=True)]
            for l in o.lines]
        total = ('Total', fmt_money(o.total, ms, thousands=True))
        fields = {'external_id', 'placed_at', 'customer', 'ship_to.name', 'ship_to.phone', 'ship_to.address', 'total',
                  'currency'}
    else:
        tw = lang == 'tw'
        phone = o.phone if tw else cn_phone_pick(rng, o)
        if tw:
            for l in o.lines:
                l['title'] = TW_TITLES[l['title_cn']]
        labels = [('訂單編號' if tw else rng.choice(['采购单号', '订单号']), o.id),
                  ('訂購日期' if tw else '日期', fmt_date(rng, o.date, rng.choice(['iso', 'cn', 'slash']))),
                  ('客戶' if tw else rng.choice(['客户', '采购方']), o.company),
                  ('收貨人' if tw else '收货人', o.contact), ('電話' if tw else '电话', phone),
                  ('送貨地址' if tw else '收货地址', o.address)]
        rows = [(['品號', '品名', '數量', '單價', '金額'] if tw else
                 rng.choice([['商品编码', '品名', '数量', '单价', '金额'], ['货号', '名称', '数量', '单价（元）', '金额（元）']]))] + [
            [l['sku'], l['title'], str(l['qty']), fmt_amount(l['unit_price'], True), fmt_amount(l['total'], True)]
            for l in o.lines]
        total = ('合計' if tw else rng.choice(['合计', '总计']),
                 ('NT$' if tw else rng.choice(['￥', '¥', ''])) + fmt_amount(o.total, True))
        fields = {'external_id', 'placed_at', 'customer', 'ship_to.name', 'ship_to.phone', 'ship_to.address', 'total'}
        if tw or '元' in ''.join(rows[0]) or total[1][0] in '￥¥':
            fields.add('currency')
    return labels, rows, total, fields, {'sku', 'title', 'qty', 'unit_price', 'total'}


def alt(rng, text, html_s, charset, cte_t, cte_h):
    return Multi('alternative', [text_part(text, charset, cte_t), text_part(html_s, charset, cte_h, 'html')])


# ------------------------------------------------------------ Outlook
def outlook_html(labels, rows, total, greet, intro, sign, charset):
    p = lambda s: '<p class=MsoNormal><span lang=EN-US style=\'font-size:10.5pt;font-family:"微软雅黑",sans-serif\'>%s<o:p></o:p></span></p>' % s
    out = ['<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
           'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
           'xmlns="http://www.w3.org/TR/REC-html40">',
           '<head>', '<meta http-equiv=Content-Type content="text/html; charset=%s">' % charset,
           '<meta name=Generator content="Microsoft Word 15 (filtered medium)">',
           '<style><!--', '/* Font Definitions */', '@font-face', '\t{font-family:等线;', '\tpanose-1:2 1 6 0 3 1 1 1 1 1;}',
           'p.MsoNormal, li.MsoNormal, div.MsoNormal', '\t{margin:0cm;', '\ttext-align:justify;', '\tfont-size:10.5pt;',
           '\tfont-family:等线;}', '.MsoChpDefault', '\t{mso-style-type:export-only;}', '--></style>',
           '<!--[if gte mso 9]><xml>', '<o:shapedefaults v:ext="edit" spidmax="1026" />', '</xml><![endif]-->',
           '</head>', '<body lang=ZH-CN link="#0563C1" vlink="#954F72" style=\'text-justify-trim:punctuation\'>',
           '<div class=WordSection1>', p(e(greet)), p(e(intro)), p('<o:p>&nbsp;</o:p>')]
    for k, v in labels:
        out.append(p('%s：%s' % (e(k), e(v))))
    out.append(p('<o:p>&nbsp;</o:p>'))
    out.append('<table class=MsoNormalTable border=0 cellspacing=0 cellpadding=0 width=620 '
               'style=\'width:465.0pt;border-collapse:collapse\'>')
    for ri, r in enumerate(rows):
        out.append('<tr style=\'height:15.0pt\'>')
        for ci, cval in enumerate(r):
            bg = 'background:#D9E1F2;' if ri == 0 else ''
            out.append('<td nowrap style=\'border:solid windowtext 1.0pt;%spadding:0cm 5.4pt 0cm 5.4pt;height:15.0pt\'>'
                       '<p class=MsoNormal align=%s><span style=\'font-size:10.0pt;color:black\'>%s'
                       '<o:p></o:p></span></p></td>' % (bg, 'right' if ci >= 2 and ri else 'left', e(cval)))
        out.append('</tr>')
    out.append('</table>')
    out.append(p('<b>%s：%s</b>' % (e(total[0]), e(total[1]))))
    out.append(p('<o:p>&nbsp;</o:p>'))
    for s in sign:
        out.append(p(e(s)))
    out += ['</div>', '</body>', '</html>']
    s = '\r\n'.join(out)
    if charset == 'big5':
        s = s.replace('微软雅黑', '微軟正黑體').replace('等线', '新細明體')
    return s


def outlook_text(labels, rows, total, greet, intro, sign, cell_per_line):
    out = [greet, intro, '']
    out += ['%s：%s' % kv for kv in labels]
    out.append('')
    for r in rows:
        if cell_per_line:
            out += r + ['']
        else:
            out.append('\t'.join(r))
    out += ['%s：%s' % total, ''] + sign
    return '\n'.join(out)


def html_outlook_cn(rng, i):
    lang = 'cn' if rng.random() < 0.75 else 'en'
    o = Order(rng, lang)
    labels, rows, total, fields, lf = po_parts(rng, o, lang)
    greet = rng.choice(GREET_CN if lang == 'cn' else GREET_EN) or '您好'
    intro = rng.choice(INTRO_CN if lang == 'cn' else INTRO_EN)
    sign = [rng.choice(THANKS_CN if lang == 'cn' else ['Best regards,']), o.contact, o.company]
    charset = rng.choice(['gb2312', 'gb2312', 'utf-8']) if lang == 'cn' else 'us-ascii'
    if charset == 'us-ascii' and not all(ord(c) < 128 for c in ''.join(sum(rows, []) + [o.address, o.contact, o.company])):
        charset = 'utf-8'
    cpl = rng.random() < 0.6
    html_s = outlook_html(labels, rows, total, greet, intro, sign, charset)
    text = outlook_text(labels, rows, total, greet, intro, sign, cpl)
    if lang == 'en':
        html_s, text = html_s.replace('：', ': '), text.replace('：', ': ')
        html_s = html_s.replace('"微软雅黑"', 'Calibri').replace('等线', 'Calibri')
    only_html = rng.random() < 0.2
    body = text_part(html_s, charset, 'base64', 'html') if only_html else \
        alt(rng, text, html_s, charset, 'base64', rng.choice(['base64', 'quoted-printable']))
    sender = cn_sender(rng, o, free=False) if lang == 'cn' else en_sender(rng, o)
    c = client(rng, ['outlook', 'outlook-desktop'])
    subj = cn_subject(rng, o) if lang == 'cn' else _en_subject(rng, o)
    raw = message(c, sender, to_box(rng), subj, mail_dt(rng, o.date), body)
    notes = 'Outlook HTML (MsoNormal paragraphs, MsoNormalTable, <o:p>)'
    notes += ', HTML only' if only_html else (', text alternative with %s' % ('one table cell per line' if cpl else 'tab-separated cells'))
    return raw, truth_doc('html-outlook', 'html', charset, notes, [o.truth(fields, lf)])


# ------------------------------------------------------------ Gmail
def gmail_html(labels, rows, total, greet, intro, sign):
    td = '<td style="overflow:hidden;padding:2px 3px;vertical-align:bottom;border:1px solid rgb(204,204,204)">%s</td>'
    tdr = '<td style="overflow:hidden;padding:2px 3px;vertical-align:bottom;border:1px solid rgb(204,204,204);text-align:right">%s</td>'
    out = ['<div dir="ltr"><div>%s</div><div><br></div><div>%s</div><div><br></div>' % (e(greet), e(intro))]
    for k, v in labels:
        out.append('<div>%s: %s</div>' % (e(k), e(v)))
    out.append('<div><br></div><table cellspacing="0" cellpadding="0" dir="ltr" border="1" style="table-layout:fixed;'
               'font-size:10pt;font-family:Arial;width:0px;border-collapse:collapse;border:none" data-sheets-root="1">'
               '<colgroup><col width="100"><col width="220"><col width="60"><col width="90"><col width="100"></colgroup><tbody>')
    for ri, r in enumerate(rows):
        out.append('<tr style="height:21px">' + ''.join((tdr if ci >= 2 and ri else td) % e(cv)
                                                         for ci, cv in enumerate(r)) + '</tr>')
    out.append('</tbody></table><div><br></div><div><b>%s: %s</b></div><div><br></div>' % (e(total[0]), e(total[1])))
    out.append('<div>%s</div>' % '<br>'.join(e(s) for s in sign))
    out.append('<div><br></div><span class="gmail_signature_prefix">-- </span><br><div dir="ltr" class="gmail_signature" '
               'data-smartmail="gmail_signature"><div dir="ltr">%s</div></div></div>' % e(sign[-1]))
    return '\n'.join(out) + '\n'


def gmail_text(labels, rows, total, greet, intro, sign):
    out = [greet, '', intro, '']
    out += ['%s: %s' % kv for kv in labels]
    out.append('')
    out += [' '.join(r) for r in rows]
    out += ['', '*%s: %s*' % total, ''] + sign + ['', '-- ', sign[-1]]
    return '\n'.join(out)


def html_gmail(rng, i):
    lang = 'en' if rng.random() < 0.6 else 'cn'
    o = Order(rng, lang)
    labels, rows, total, fields, lf = po_parts(rng, o, lang)
    greet = rng.choice(GREET_EN if lang == 'en' else GREET_CN) or 'Hi,'
    intro = rng.choice(INTRO_EN if lang == 'en' else INTRO_CN)
    sign = [rng.choice(['Best,', 'Thanks,'] if lang == 'en' else THANKS_CN), o.contact, o.company]
    html_s = gmail_html(labels, rows, total, greet, intro, sign)
    text = gmail_text(labels, rows, total, greet, intro, sign)
    body = alt(rng, text, html_s, 'UTF-8', rng.choice(['quoted-printable', 'base64']), rng.choice(['quoted-printable', 'base64']))
    sender = en_sender(rng, o) if lang == 'en' else cn_sender(rng, o)
    c = client(rng, ['gmail'])
    subj = _en_subject(rng, o) if lang == 'en' else cn_subject(rng, o)
    raw = message(c, sender, to_box(rng), subj, mail_dt(rng, o.date, -5 if lang == 'en' else 8), body)
    return raw, truth_doc('html-gmail', 'html', 'utf-8',
                          'Gmail <div dir="ltr"> with a table pasted from Google Sheets; the text alternative '
                          'joins cells with single spaces (names with spaces make it ambiguous)', [o.truth(fields, lf)])


# ------------------------------------------------------------ Foxmail / QQ
def foxmail_html(labels, rows, total, greet, intro, sign, charset, qq):
    out = ['<html><head><meta http-equiv="content-type" content="text/html; charset=%s"><style>body { line-height: 1.5; }'
           'blockquote { margin-top: 0px; margin-bottom: 0px; margin-left: 0.5em; }body { font-size: 14px; font-family: '
           '"Microsoft YaHei UI"; color: rgb(0, 0, 0); line-height: 1.5; }</style></head><body>' % charset]
    if qq:
        out = ['<meta http-equiv="Content-Type" content="text/html; charset=%s"><div>' % charset]
    out.append('<div><span></span>%s</div><div>%s</div><div><br></div>' % (e(greet), e(intro)))
    for k, v in labels:
        out.append('<div>%s：%s</div>' % (e(k), e(v)))
    out.append('<div><br></div><table border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;'
               'width:600px;font-size:14px">')
    out.append('<tbody>')
    for ri, r in enumerate(rows):
        tag = 'td'
        out.append('<tr>' + ''.join('<%s style="padding:2px 6px">%s</%s>' % (tag, e(cv).replace(' ', '&nbsp;') if ri == 0 else e(cv), tag)
                                    for cv in r) + '</tr>')
    out.append('</tbody></table><div>%s：%s</div><div><br></div>' % (e(total[0]), e(total[1])))
    out.append('<hr style="width: 210px; height: 1px;" color="#b5c4df" size="1" align="left">')
    out.append('<div><span><div style="MARGIN: 10px; FONT-FAMILY: verdana; FONT-SIZE: 10pt"><div>%s</div></div></span></div>'
               % '<br>'.join(e(s) for s in sign))
    out.append('</body></html>' if not qq else '</div>')
    return ''.join(out) if qq else '\r\n'.join(out)


def html_foxmail_qq(rng, i):
    o = Order(rng, 'cn')
    labels, rows, total, fields, lf = po_parts(rng, o, 'cn')
    qq = rng.random() < 0.5
    greet = rng.choice(GREET_CN) or '你好'
    intro = rng.choice(INTRO_CN)
    sign = [rng.choice(THANKS_CN), o.contact, o.company]
    charset = 'gb18030' if qq else rng.choice(['gb2312', 'GB2312'])
    html_s = foxmail_html(labels, rows, total, greet, intro, sign, charset, qq)
    text = '\n'.join([greet, intro, ''] + ['%s：%s' % kv for kv in labels] + [''] + ['\t'.join(r) for r in rows] +
                     ['%s：%s' % total, '', ''] + sign)
    html_only = qq and rng.random() < 0.5
    body = text_part(html_s, charset, 'base64', 'html') if html_only else alt(rng, text, html_s, charset, 'base64', 'base64')
    sender = cn_sender(rng, o, free=qq)
    if qq:
        sender = (sender[0], '%d@qq.com' % rng.randint(10 ** 7, 10 ** 10))
    c = client(rng, ['qqmail'] if qq else ['foxmail'], sender)
    raw = message(c, sender, to_box(rng), cn_subject(rng, o), mail_dt(rng, o.date), body)
    return raw, truth_doc('html-foxmail-qq', 'html', charset,
                          ('QQ Mail' if qq else 'Foxmail') + ' HTML table with border=1' +
                          (', HTML only' if html_only else ', text alternative with tabs'), [o.truth(fields, lf)])


# ------------------------------------------------------------ Apple Mail
def html_apple(rng, i):
    lang = rng.choice(['cn', 'en'])
    o = Order(rng, lang)
    labels, rows, total, fields, lf = po_parts(rng, o, lang)
    greet = rng.choice(GREET_EN if lang == 'en' else GREET_CN) or 'Hi'
    sign = [o.contact, '', 'Sent from my iPad' if rng.random() < 0.3 else o.company]
    sep = ': ' if lang == 'en' else '：'
    out = ['<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
           '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
           '<div>%s</div><div><br></div>' % e(greet)]
    for k, v in labels:
        out.append('<div>%s%s%s</div>' % (e(k), sep, e(v)))
    out.append('<div><br></div><div><table cellspacing="0" cellpadding="0" style="border-collapse: collapse;"><tbody>')
    for r in rows:
        out.append('<tr>' + ''.join('<td valign="top" style="border: 1px solid rgb(0, 0, 0); padding: 4px;"><p style="margin: 0px;'
                                    ' font-stretch: normal; font-size: 12px; line-height: normal; font-family: Helvetica;">'
                                    '%s</p></td>' % e(cv) for cv in r) + '</tr>')
    out.append('</tbody></table></div><div><br></div><div>%s%s%s</div><div><br></div><div>%s</div></body></html>'
               % (e(total[0]), sep, e(total[1]), '<br>'.join(e(s) for s in sign)))
    html_s = ''.join(out)
    text = '\n'.join([greet, ''] + ['%s%s%s' % (k, sep, v) for k, v in labels] + [''] + ['\t'.join(r) for r in rows] +
                     ['', '%s%s%s' % (total[0], sep, total[1]), ''] + sign)
    body = alt(rng, text, html_s, 'utf-8', 'quoted-printable', 'quoted-printable')
    sender = en_sender(rng, o) if lang == 'en' else cn_sender(rng, o)
    c = client(rng, ['apple'])
    subj = _en_subject(rng, o) if lang == 'en' else cn_subject(rng, o)
    raw = message(c, sender, to_box(rng), subj, mail_dt(rng, o.date), body)
    return raw, truth_doc('html-apple-mail', 'html', 'utf-8',
                          'Apple Mail quoted-printable HTML table; text alternative with tab-separated cells',
                          [o.truth(fields, lf)])


# ------------------------------------------------------------ ERP notification, HTML only
def html_erp_notification(rng, i):
    lang = 'cn' if rng.random() < 0.7 else 'en'
    o = Order(rng, lang, id_style='CGDD' if lang == 'cn' else 'SAP')
    ms = en_money_style(o) if lang == 'en' else None
    if lang == 'cn':
        phone = cn_phone_pick(rng, o)
        kv = [('单据编号', o.id), ('单据日期', o.date.isoformat()), ('采购组织', o.company), ('供应商', SELLER_CN),
              ('收货联系人', o.contact), ('联系电话', phone), ('收货地址', o.address), ('币别', '人民币'),
              ('价税合计', fmt_amount(o.total, True))]
        hdr = ['行号', '物料编码', '物料名称', '规格型号', '单位', '采购数量', '含税单价', '价税合计', '交货日期']
        title = '采购订单审核通过通知'
    else:
        kv = [('Purchase Order', o.id), ('PO Date', o.date.isoformat()), ('Buyer', o.company),
              ('Supplier', 'Hengda Packaging Materials Co., Ltd.'), ('Deliver To', o.contact),
              ('Phone', o.phone), ('Delivery Address', o.address), ('Currency', o.currency),
              ('Total Value', fmt_amount(o.total, True))]
        hdr = ['Line', 'Material', 'Description', 'Spec', 'UoM', 'Quantity', 'Net Price', 'Net Value', 'Delivery Date']
        title = 'Purchase Order %s released' % o.id
    import datetime
    due = o.date + datetime.timedelta(days=rng.randint(5, 20))
    trs = []
    for n, l in enumerate(o.lines, 1):
        cells = [str(n * 10), l['sku'], l['title'], l['spec'], l['unit'] if lang == 'cn' else l['unit_en'].upper(),
                 '%.2f' % l['qty'], fmt_amount(l['unit_price'], decimals=4), fmt_amount(l['total'], True), due.isoformat()]
        trs.append('<tr>' + ''.join('<td style="border:1px solid #ccc;padding:4px">%s</td>' % e(c) for c in cells) + '</tr>')
    html_s = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>%s</title></head><body style="font-family:Arial,'
              'sans-serif;font-size:13px"><h3>%s</h3><p>%s</p><table style="border-collapse:collapse">%s</table><br>'
              '<table style="border-collapse:collapse;width:100%%"><thead><tr>%s</tr></thead><tbody>%s</tbody></table>'
              '<p style="color:#888">%s</p></body></html>') % (
        e(title), e(title),
        '您好，以下采购订单已审核通过，请按期交货。' if lang == 'cn' else 'The following purchase order has been released.',
        ''.join('<tr><td style="background:#f2f2f2;padding:4px;border:1px solid #ccc">%s</td><td style="padding:4px;'
                'border:1px solid #ccc">%s</td></tr>' % (e(k), e(v)) for k, v in kv),
        ''.join('<th style="background:#4472c4;color:#fff;padding:4px">%s</th>' % e(h) for h in hdr), ''.join(trs),
        '此邮件由系统自动发送，请勿直接回复。' if lang == 'cn' else 'This is a system-generated message. Do not reply.')
    body = text_part(html_s, 'utf-8', rng.choice(['base64', 'quoted-printable']), 'html')
    c = client(rng, ['erp'])
    dom = 'erp.' + ('example-mfg.cn' if lang == 'cn' else 'example-corp.com')
    sender = ('采购管理系统' if lang == 'cn' else 'SAP Procurement', 'noreply@' + dom)
    raw = message(c, sender, to_box(rng), title + ('：%s' % o.id if lang == 'cn' else ''), mail_dt(rng, o.date), body,
                  extra=[('Auto-Submitted', 'auto-generated')])
    fields = {'external_id', 'placed_at', 'customer', 'ship_to.name', 'ship_to.phone', 'ship_to.address', 'currency',
              'total'}
    return raw, truth_doc('html-erp-notification', 'html', 'utf-8',
                          'ERP notification, HTML only: a two-column label/value table and a line table with '
                          'quantities as "12.00" and 4-decimal prices; the supplier row names the seller, not the buyer',
                          [o.truth(fields, {'sku', 'title', 'spec', 'qty', 'unit_price', 'total'})])


def html_big5_outlook(rng, i):
    o = Order(rng, 'tw', id_style='TW')
    labels, rows, total, fields, lf = po_parts(rng, o, 'tw')
    greet, intro = '您好：', '附上訂購明細，請安排出貨。'
    sign = ['謝謝', o.contact, o.company]
    html_s = outlook_html(labels, rows, total, greet, intro, sign, 'big5')
    text = outlook_text(labels, rows, total, greet, intro, sign, rng.random() < 0.5)
    body = alt(rng, text, html_s, 'big5', 'base64', 'quoted-printable') if rng.random() < 0.7 else \
        text_part(html_s, 'big5', 'base64', 'html')
    c = client(rng, ['outlook-desktop'])
    c.header_charset = 'big5'
    sender = (o.contact, 'purchase@%s.com.tw' % ''.join(rng.choice('abcdefghkmnpstw') for _ in range(4)))
    raw = message(c, sender, to_box(rng), '訂購單 %s' % o.id, mail_dt(rng, o.date), body)
    return raw, truth_doc('html-big5-outlook', 'html', 'big5', 'Outlook HTML in Big5 from Taiwan',
                          [o.truth(fields, lf)])


FAMILIES = [
    ('html-outlook', html_outlook_cn, 9),
    ('html-gmail', html_gmail, 8),
    ('html-foxmail-qq', html_foxmail_qq, 8),
    ('html-apple-mail', html_apple, 6),
    ('html-erp-notification', html_erp_notification, 6),
    ('html-big5-outlook', html_big5_outlook, 5),
]
