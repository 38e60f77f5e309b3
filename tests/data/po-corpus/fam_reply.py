"""Replies and forwards: the order is only in the quoted or forwarded
part; two orders in one mail."""
import datetime
from decimal import Decimal

from corpus_data import (Order, fmt_date, fmt_money, fmt_amount, aligned, quote, mail_dt,
                         SELLER_PEOPLE, ORDERS_BOX, SELLER_CN, D, price_for, PRODUCTS, make_po_id)
from corpus_mime import message, text_part, Multi, Rfc822, rfc_date, CLIENTS, tz
from fam_common import (cn_sender, en_sender, to_box, client, truth_doc, cn_phone_pick, GREET_CN,
                        INTRO_CN, THANKS_CN, GREET_EN, INTRO_EN, cn_signature, en_signature)
from fam_text import en_money_style, en_date_style, _en_subject, cn_subject


def cn_po_block(rng, o):
    """A Chinese PO as a buyer types it: labels, a table, a total."""
    c = rng.choice(['：', ':'])
    phone = cn_phone_pick(rng, o)
    fields = {'external_id', 'ship_to.name', 'ship_to.phone', 'ship_to.address', 'total', 'customer'}
    out = ['%s%s%s' % (rng.choice(['采购单号', '订单号', '订单编号']), c, o.id)]
    if rng.random() < 0.6:
        out.append('%s%s%s' % (rng.choice(['日期', '下单日期']), c, fmt_date(rng, o.date)))
        fields.add('placed_at')
    out += ['%s%s%s' % (rng.choice(['收货人', '联系人']), c, o.contact),
            '%s%s%s' % (rng.choice(['电话', '手机']), c, phone),
            '%s%s%s' % (rng.choice(['地址', '收货地址']), c, o.address), '']
    rows = [['商品编码', '品名', '数量', '单价', '金额']] + [
        [l['sku'], l['title'], str(l['qty']), fmt_amount(l['unit_price']), fmt_amount(l['total'])]
        for l in o.lines]
    out += ['\t'.join(r) for r in rows] if rng.random() < 0.5 else aligned(rows, 2)
    out.append('%s%s%s' % (rng.choice(['合计', '总计']), c, fmt_money(o.total, rng.choice(['plain', 'yen-fw', 'yuan']))))
    if '￥' in out[-1] or '元' in out[-1]:
        fields.add('currency')
    out += ['', rng.choice(THANKS_CN), o.contact, o.company]
    return out, fields, {'sku', 'title', 'qty', 'unit_price', 'total'}


def en_po_block(rng, o):
    ms = en_money_style(o)
    fields = {'external_id', 'ship_to.name', 'ship_to.address', 'total', 'currency', 'customer'}
    out = ['%s: %s' % (rng.choice(['PO Number', 'PO No.', 'PO#']), o.id)]
    if rng.random() < 0.6:
        out.append('Order Date: %s' % fmt_date(rng, o.date, en_date_style(rng, o)))
        fields.add('placed_at')
    out += ['Ship to: %s' % o.contact, 'Address: %s' % o.address]
    if rng.random() < 0.5:
        out.append('Phone: %s' % o.phone)
        fields.add('ship_to.phone')
    out.append('')
    rows = [['SKU', 'Description', 'Qty', 'Unit Price', 'Amount']] + [
        [l['sku'], l['title'], str(l['qty']), fmt_money(l['unit_price'], ms), fmt_money(l['total'], ms, thousands=True)]
        for l in o.lines]
    out += aligned(rows, 3, right_cols=(2, 3, 4))
    out += ['', 'Total: %s' % fmt_money(o.total, ms, thousands=True), '', rng.choice(['Thanks,', 'Best regards,']),
            o.contact, o.company]
    return out, fields, {'sku', 'title', 'qty', 'unit_price', 'total'}


def cn_when(dt):
    h = dt.hour
    return '%d年%d月%d日 %d:%02d' % (dt.year, dt.month, dt.day, h, dt.minute)


def cn_when_qq(dt):
    wd = '一二三四五六日'[dt.weekday()]
    ap = '上午' if dt.hour < 12 else '下午'
    h = dt.hour if dt.hour <= 12 else dt.hour - 12
    return '%d年%d月%d日(星期%s) %s%d:%02d' % (dt.year, dt.month, dt.day, wd, ap, h, dt.minute)


def en_when_outlook(dt):
    from corpus_data import EN_MONTHS
    days = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
    h = dt.hour % 12 or 12
    return '%s, %s %d, %d %d:%02d %s' % (days[dt.weekday()], EN_MONTHS[dt.month - 1], dt.day, dt.year, h,
                                         dt.minute, 'AM' if dt.hour < 12 else 'PM')


def en_when_gmail(dt):
    from corpus_data import EN_MONTHS
    days = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
    h = dt.hour % 12 or 12
    return '%s, %s %d, %d at %d:%02d %s' % (days[dt.weekday()], EN_MONTHS[dt.month - 1][:3], dt.day, dt.year,
                                            h, dt.minute, 'AM' if dt.hour < 12 else 'PM')


# ------------------------------------------------------------
def reply_cn_original_header(rng, i):
    o = Order(rng, 'cn')
    block, fields, lf = cn_po_block(rng, o)
    buyer = cn_sender(rng, o)
    t0 = mail_dt(rng, o.date)
    t1 = t0 + datetime.timedelta(hours=rng.randint(1, 30), minutes=rng.randint(0, 59))
    sales = rng.choice(SELLER_PEOPLE)
    style = rng.choice(['outlook', 'qq', 'foxmail'])
    subj0 = cn_subject(rng, o)
    if style == 'outlook':
        hdr = ['', '-----原始邮件-----', '发件人: %s <%s>' % buyer, '发送时间: %s' % cn_when(t0),
               '收件人: %s <%s>' % sales, '主题: %s' % subj0, '']
    elif style == 'qq':
        hdr = ['', '', '------------------ 原始邮件 ------------------', '发件人: "%s"<%s>;' % buyer,
               '发送时间: %s' % cn_when_qq(t0), '收件人: "%s"<%s>;' % sales, '', '主题: %s' % subj0, '']
    else:
        hdr = ['', '', '------------------', '%s' % ('发件人：%s <%s>' % buyer),
               '发送时间：%s' % cn_when(t0), '收件人：%s' % sales[0], '主题：%s' % subj0, '']
    who = rng.choice(['sales-forward', 'buyer-addendum', 'buyer-confirm'])
    if who == 'sales-forward':
        new = [rng.choice(['请录单，谢谢。', '订单组：请安排，客户要求本周发货。', '麻烦录入系统',
                           '这个客户的单，帮忙处理下']), '', sales[0]]
        sender, subj = sales, '转发: ' + subj0 if rng.random() < 0.5 else 'FW: ' + subj0
        to = ORDERS_BOX
    elif who == 'buyer-addendum':
        new = [rng.choice(['补充一下：送货前请先电话联系收货人。', '李经理，上面这个单麻烦尽快，谢谢',
                           '请问这单什么时候能发？', '催一下这个单，谢谢！']), '', o.contact]
        sender, subj, to = buyer, 'Re: ' + subj0 if rng.random() < 0.5 else '回复: ' + subj0, sales
    else:
        sales_reply = ['收到，价格确认无误，预计%s发货。' % fmt_date(rng, o.date + datetime.timedelta(days=3), 'cn-nopad'),
                       '', sales[0], SELLER_CN]
        new = [rng.choice(['好的，确认，谢谢！', '确认', '没问题，就按这个发。']), '', o.contact]
        mid_t = t0 + datetime.timedelta(hours=2)
        block = sales_reply + ['', '-----原始邮件-----', '发件人: %s <%s>' % buyer,
                               '发送时间: %s' % cn_when(t0), '收件人: %s <%s>' % sales, '主题: %s' % subj0, ''] + block
        hdr = ['', '-----原始邮件-----', '发件人: %s <%s>' % sales, '发送时间: %s' % cn_when(mid_t),
               '收件人: %s <%s>' % buyer, '主题: 回复: %s' % subj0, '']
        sender, subj, to = buyer, '回复: 回复: ' + subj0, sales
    text = '\n'.join(new + hdr + block)
    c = client(rng, ['outlook-desktop', 'foxmail', 'qqmail'] if style != 'qq' else ['qqmail'], sender)
    charset = rng.choice(['gb2312', 'gbk', 'utf-8'])
    raw = message(c, sender, to, subj, t1, text_part(text, charset, rng.choice(['base64', '8bit'])))
    return raw, truth_doc('reply-cn-original-header', 'body', charset,
                          '%s: order only below a %s "原始邮件" header; read once' % (who, style),
                          [o.truth(fields, lf)])


def reply_en_gmail_wrote(rng, i):
    o = Order(rng, 'en') if rng.random() < 0.7 else Order(rng, 'cn')
    block, fields, lf = en_po_block(rng, o) if o.lang == 'en' else cn_po_block(rng, o)
    buyer = en_sender(rng, o) if o.lang == 'en' else cn_sender(rng, o)
    t0 = mail_dt(rng, o.date, -5 if o.lang == 'en' else 8)
    t1 = t0 + datetime.timedelta(hours=rng.randint(2, 40))
    sales = rng.choice(SELLER_PEOPLE)
    sales_en = {'李华': 'Li Hua', '陈静': 'Chen Jing', '周敏': 'Zhou Min'}[sales[0]]
    subj0 = _en_subject(rng, o) if o.lang == 'en' else cn_subject(rng, o)
    depth = rng.choice([1, 1, 2])
    if depth == 1:
        quoted = ['On %s %s <%s> wrote:' % (en_when_gmail(t0), buyer[0] if o.lang == 'en' else buyer[1], buyer[1]),
                  ''] + quote('\n'.join(block)).split('\n')
        new = [rng.choice(['Confirmed, thanks!', 'Hi, just checking you received this PO?',
                           'Please expedite, thanks.', 'Any update on the ship date?',
                           'Resending in case it got lost.']), '', buyer[0].split()[0]]
        sender, to = buyer, sales
    else:
        mid = t0 + datetime.timedelta(hours=3)
        inner = ['On %s %s <%s> wrote:' % (en_when_gmail(t0), buyer[0], buyer[1]), ''] + \
            quote('\n'.join(block)).split('\n')
        sales_txt = ['Dear %s,' % buyer[0].split()[0], '', 'Thank you for your order. We confirm the prices; '
                     'goods will be ready in 10 days. Please confirm the delivery address.', '', sales_en,
                     'Hengda Packaging', ''] + inner
        quoted = ['On %s %s <%s> wrote:' % (en_when_gmail(mid), sales_en, sales[1]), ''] + \
            quote('\n'.join(sales_txt)).split('\n')
        new = [rng.choice(['Address is correct. Confirmed, thanks!', 'Confirmed.', 'Yes, same address. Go ahead.']),
               '', buyer[0].split()[0]]
        sender, to = buyer, sales
    text = '\n'.join(new + [''] + quoted)
    c = CLIENTS['gmail'](rng)
    subj = 'Re: ' + subj0
    charset = 'UTF-8'
    raw = message(c, sender, to, subj, t1, text_part(text, charset, rng.choice(['quoted-printable', 'base64'])),
                  in_reply_to=c.message_id(t0, 'x'))
    return raw, truth_doc('reply-en-gmail-wrote', 'body', 'utf-8',
                          'order quoted with "> " (depth %d) under "On ... wrote:"; new text above it; read once'
                          % depth, [o.truth(fields, lf)])


def fwd_gmail_inline(rng, i):
    o = Order(rng, 'cn') if rng.random() < 0.5 else Order(rng, 'en')
    block, fields, lf = cn_po_block(rng, o) if o.lang == 'cn' else en_po_block(rng, o)
    buyer = cn_sender(rng, o) if o.lang == 'cn' else en_sender(rng, o)
    t0 = mail_dt(rng, o.date, 8)
    t1 = t0 + datetime.timedelta(hours=rng.randint(1, 20))
    sales = rng.choice(SELLER_PEOPLE)
    subj0 = cn_subject(rng, o) if o.lang == 'cn' else _en_subject(rng, o)
    if o.lang == 'cn' and rng.random() < 0.6:
        wd = '一二三四五六日'[t0.weekday()]
        fh = ['---------- 转发的邮件 ---------', '发件人： %s <%s>' % buyer,
              'Date: %d年%d月%d日周%s %02d:%02d' % (t0.year, t0.month, t0.day, wd, t0.hour, t0.minute),
              'Subject: %s' % subj0, 'To: <%s>' % sales[1]]
    else:
        fh = ['---------- Forwarded message ---------', 'From: %s <%s>' % buyer,
              'Date: %s' % en_when_gmail(t0), 'Subject: %s' % subj0, 'To: <%s>' % sales[1]]
    new = [rng.choice(['请处理', 'FYI', '订单组请录单', 'pls process', '']), '']
    text = '\n'.join(new + fh + [''] + ['', ''][:rng.randint(0, 1)] + block)
    c = CLIENTS['gmail'](rng)
    charset = 'UTF-8'
    raw = message(c, (sales[0], sales[1].replace('hengda-pack.cn', 'gmail.com')) if rng.random() < 0.3 else sales,
                  ORDERS_BOX, 'Fwd: ' + subj0, t1, text_part(text, charset, rng.choice(['base64', 'quoted-printable'])))
    return raw, truth_doc('fwd-gmail-inline', 'body', 'utf-8',
                          'Gmail inline forward: "Forwarded message" header block, the order not quoted',
                          [o.truth(fields, lf)])


def fwd_outlook_original(rng, i):
    o = Order(rng, 'en')
    block, fields, lf = en_po_block(rng, o)
    buyer = en_sender(rng, o)
    t0 = mail_dt(rng, o.date, -5)
    t1 = t0 + datetime.timedelta(hours=rng.randint(10, 30))
    sales = rng.choice(SELLER_PEOPLE)
    sales_en = {'李华': 'Li Hua', '陈静': 'Chen Jing', '周敏': 'Zhou Min'}[sales[0]]
    subj0 = _en_subject(rng, o)
    if rng.random() < 0.5:
        fh = ['', '-----Original Message-----', 'From: %s <%s>' % buyer, 'Sent: %s' % en_when_outlook(t0),
              'To: %s <%s>' % (sales_en, sales[1]), 'Subject: %s' % subj0, '']
    else:
        fh = ['', '________________________________', 'From: %s <%s>' % buyer, 'Sent: %s' % en_when_outlook(t0),
              'To: %s <%s>' % (sales_en, sales[1]), 'Cc: %s' % ORDERS_BOX[1], 'Subject: %s' % subj0, '']
    new = [rng.choice(['Hi team, please enter this order. Customer wants it shipped next week.',
                       'Order team - please book. Prices checked OK.', 'Please process, thanks', 'FYI']),
           '', sales_en]
    c = client(rng, ['outlook', 'outlook-desktop'])
    text = '\n'.join(new + fh + block)
    raw = message(c, (sales_en, sales[1]), ORDERS_BOX, rng.choice(['FW: ', 'Fw: ', 'FW: ']) + subj0, t1,
                  text_part(text, rng.choice(['us-ascii', 'utf-8']) if all(ord(x) < 128 for x in text) else 'utf-8',
                            rng.choice(['quoted-printable', '7bit']) if all(ord(x) < 128 for x in text) else 'base64'))
    return raw, truth_doc('fwd-outlook-original', 'body', 'utf-8',
                          'Outlook forward with an "Original Message" or underscore header block', [o.truth(fields, lf)])


def reply_cn_order_against_quote(rng, i):
    o = Order(rng, 'cn', nlines=rng.randint(2, 4))
    # the quotation lists a few more products than are ordered
    extra = [p for p in PRODUCTS if p[0] not in {l['sku'] for l in o.lines}]
    quoted_items = [(l['sku'], l['title'], l['spec'], l['unit'], l['unit_price']) for l in o.lines]
    for p in rng.sample(extra, rng.randint(1, 3)):
        quoted_items.append((p[0], p[1], p[2], p[3], price_for(rng, p[5])))
    rng.shuffle(quoted_items)
    sales = rng.choice(SELLER_PEOPLE)
    t_q = mail_dt(rng, o.date - datetime.timedelta(days=rng.randint(2, 10)))
    qno = 'QT%s%03d' % (t_q.strftime('%y%m%d'), rng.randint(1, 999))
    quote_txt = [o.contact[0] + rng.choice(['总：', '经理：', '工：']), '', '您好！感谢询价，报价如下（含税含运费）：', '',
                 '报价单号：%s' % qno, ''] + aligned([['编码', '品名', '规格', '单位', '单价（元）']] +
                                                   [[q[0], q[1], q[2], q[3], fmt_amount(q[4])] for q in quoted_items], 2) + \
        ['', '报价有效期15天。', '', sales[0], SELLER_CN]
    phone = cn_phone_pick(rng, o)
    new = ['%s您好，' % sales[0], '', rng.choice(['按你们的报价下单：', '确认下单，数量如下：', '就按这个价格，订以下货：'])]
    fields = {'currency'}
    for l in o.lines:
        new.append(rng.choice(['%s %s %d%s', '%s（%s） %d%s', '%s %s 要%d%s']) % (l['sku'], l['title'], l['qty'], l['unit']))
    if rng.random() < 0.7:
        new += ['', '采购单号：%s' % o.id]
        fields.add('external_id')
    new += ['送货地址：%s，%s %s' % (o.address, o.contact, phone)]
    fields |= {'ship_to.name', 'ship_to.phone', 'ship_to.address'}
    new += ['', o.contact, o.company]
    fields.add('customer')
    style = rng.choice(['gt', 'original'])
    buyer = cn_sender(rng, o)
    if style == 'gt':
        qblock = ['', '在 %s，"%s"<%s> 写道：' % (cn_when(t_q), sales[0], sales[1])] + quote('\n'.join(quote_txt)).split('\n')
    else:
        qblock = ['', '-----原始邮件-----', '发件人: %s <%s>' % sales, '发送时间: %s' % cn_when(t_q),
                  '收件人: %s <%s>' % buyer, '主题: 报价 %s' % qno, ''] + quote_txt
    t1 = mail_dt(rng, o.date, 8, (0,))
    c = client(rng, ['foxmail', 'outlook-desktop', '163'], buyer)
    charset = rng.choice(['gbk', 'utf-8'])
    raw = message(c, buyer, sales, rng.choice(['Re: 报价', '回复：报价 %s' % qno, 'Re: 报价单', '回复: 询价回复']), t1,
                  text_part('\n'.join(new + qblock), charset, rng.choice(['base64', '8bit'])))
    t = o.truth(fields, {'sku', 'qty', 'unit_price'})
    return raw, truth_doc('reply-cn-order-against-quote', 'body', charset,
                          'the buyer orders against a quoted quotation: quantities in the new text, unit prices '
                          'only in the quote (which lists more products than ordered); no line amounts, no total',
                          [t])


def fwd_rfc822_attachment(rng, i):
    o = Order(rng, 'cn') if rng.random() < 0.7 else Order(rng, 'en')
    block, fields, lf = cn_po_block(rng, o) if o.lang == 'cn' else en_po_block(rng, o)
    buyer = cn_sender(rng, o) if o.lang == 'cn' else en_sender(rng, o)
    t0 = mail_dt(rng, o.date)
    sales = rng.choice(SELLER_PEOPLE)
    ci = client(rng, ['foxmail', 'outlook-desktop', '163', 'gmail'], buyer)
    subj0 = cn_subject(rng, o) if o.lang == 'cn' else _en_subject(rng, o)
    charset = 'gb2312' if o.lang == 'cn' and ci.name != 'gmail' else 'utf-8'
    inner = message(ci, buyer, sales, subj0, t0, text_part('\n'.join(block), charset, 'base64'))
    co = client(rng, ['outlook', 'outlook-desktop'])
    t1 = t0 + datetime.timedelta(hours=rng.randint(1, 8))
    note = text_part(rng.choice(['订单见附件邮件，请录入。', '请处理附件中的客户订单', 'See attached customer PO.']) +
                     '\n\n' + sales[0] + '\n', 'gb2312' if co.name.startswith('outlook') else 'utf-8', 'base64')
    body = Multi('mixed', [note, Rfc822(inner, filename=subj0 + '.eml' if rng.random() < 0.5 else None)])
    raw = message(co, sales, ORDERS_BOX, 'FW: ' + subj0, t1, body, has_attach=True)
    return raw, truth_doc('fwd-rfc822-attachment', 'body', charset,
                          'forwarded as an attachment (message/rfc822); the order is the inner message body',
                          [o.truth(fields, lf)])


def two_po_text_blocks(rng, i):
    o1 = Order(rng, 'cn')
    o2 = Order(rng, 'cn')
    o2.company, o2.date = o1.company, o1.date
    o2.id = make_po_id(rng, o1.date)
    b1, f1, lf = cn_po_block(rng, o1)
    b2, f2, _ = cn_po_block(rng, o2)
    # the sign-off lines go once, at the end
    b1, b2 = b1[:-4], b2[:-4]
    f1.discard('customer')
    f2.discard('customer')
    head = rng.choice([('【订单一】', '【订单二】'), ('第一单：', '第二单：'), ('一、上海仓', '二、苏州仓'),
                       ('PO 1', 'PO 2')])
    out = [rng.choice(GREET_CN), '本次两个订单，分别发往两个仓库，请分开开票：', '', head[0]] + b1 + \
        ['', '=' * 30 if rng.random() < 0.5 else '', head[1]] + b2 + ['', rng.choice(THANKS_CN), o1.contact, o1.company]
    f1.add('customer')
    f2.add('customer')
    buyer = cn_sender(rng, o1)
    c = client(rng, ['foxmail', 'outlook-desktop', 'qqmail', '163'], buyer)
    charset = rng.choice(['gbk', 'utf-8'])
    raw = message(c, buyer, to_box(rng), '采购订单 %s / %s' % (o1.id, o2.id), mail_dt(rng, o1.date),
                  text_part('\n'.join(out), charset, rng.choice(['base64', '8bit'])))
    return raw, truth_doc('two-po-text-blocks', 'body', charset, 'two orders in one body, one after the other',
                          [o1.truth(f1, lf), o2.truth(f2, lf)])


FAMILIES = [
    ('reply-cn-original-header', reply_cn_original_header, 8),
    ('reply-en-gmail-wrote', reply_en_gmail_wrote, 9),
    ('fwd-gmail-inline', fwd_gmail_inline, 6),
    ('fwd-outlook-original', fwd_outlook_original, 6),
    ('reply-cn-order-against-quote', reply_cn_order_against_quote, 6),
    ('fwd-rfc822-attachment', fwd_rfc822_attachment, 6),
    ('two-po-text-blocks', two_po_text_blocks, 6),
]
