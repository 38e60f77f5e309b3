"""Mails that are not orders and must stay non-orders, several with
numbers, SKUs, prices and tables in them."""
import datetime

from corpus_data import (Order, fmt_date, fmt_money, fmt_amount, aligned, mail_dt, SELLER_CN, SELLER_PEOPLE,
                         ORDERS_BOX, PRODUCTS, price_for, quote, cn_name, D)
from corpus_mime import message, text_part, Multi, Leaf, attach, CLIENTS, rfc_date
from fam_common import cn_sender, en_sender, to_box, client, truth_doc, cn_phone_pick
from fam_text import cn_subject, _en_subject
import html as H


def non_newsletter(rng, i):
    d = datetime.date(2026, rng.randint(1, 12), rng.randint(1, 28))
    items = rng.sample(PRODUCTS, 5)
    lang = rng.choice(['cn', 'en'])
    rows = ''.join('<tr><td>%s</td><td>%s</td><td style="text-decoration:line-through">%s</td><td style="color:red">%s</td></tr>'
                   % (p[0], H.escape(p[1] if lang == 'cn' else p[4]), fmt_money(D(p[5]) * 2, 'yen'), fmt_money(p[5], 'yen'))
                   for p in items)
    if lang == 'cn':
        title = rng.choice(['【双11预售】包装耗材全场8折', '月度新品推荐 | 物流包装', '年终采购节：满5000减300'])
        html_s = ('<html><body><div style="max-width:600px;margin:auto"><h2>%s</h2><p>尊敬的客户，本月特惠商品如下：</p>'
                  '<table border="1" cellpadding="6"><tr><th>编号</th><th>商品</th><th>原价</th><th>活动价</th></tr>%s</table>'
                  '<p>活动时间：%s 至 %s。订货热线：400-820-%04d</p><p><a href="https://shop.example.cn/promo?utm_source=edm">'
                  '立即订购</a></p><p style="font-size:11px;color:#999">如不想再收到此类邮件，请<a href="https://shop.example.cn/unsub">退订</a>。</p>'
                  '</div></body></html>') % (title, rows, d.isoformat(), (d + datetime.timedelta(days=10)).isoformat(), rng.randint(0, 9999))
        sender = ('包装网商城', 'newsletter@mail.packmall.example.cn')
    else:
        title = rng.choice(['Packaging Weekly: new stretch film prices', 'Spring sale - up to 30% off', 'Industry news & offers'])
        html_s = ('<html><body><h1>%s</h1><p>Dear customer, this month\'s featured products:</p><table>'
                  '<tr><th>SKU</th><th>Product</th><th>Was</th><th>Now</th></tr>%s</table><p>Order now, offer ends %s.</p>'
                  '<p><a href="https://example.com/unsubscribe">Unsubscribe</a></p></body></html>') % (
            title, rows, fmt_date(rng, d, 'mdy'))
        sender = ('Packaging Weekly', 'news@packagingweekly.example.com')
    text = 'View this email in your browser.\n\n' + title + '\n'
    c = client(rng, ['erp'])
    body = Multi('alternative', [text_part(text, 'utf-8', 'quoted-printable'), text_part(html_s, 'utf-8', 'base64', 'html')])
    raw = message(c, sender, ORDERS_BOX, title, datetime.datetime(d.year, d.month, d.day, 10, 0, 0, tzinfo=datetime.timezone.utc),
                  body, extra=[('List-Unsubscribe', '<https://example.com/unsub?id=%d>' % rng.randint(1, 10 ** 6)),
                               ('Precedence', 'bulk')])
    return raw, truth_doc('non-newsletter', 'none', 'utf-8', 'newsletter with a price table (SKU, was, now)', [])


def non_shipping_notice(rng, i):
    o = Order(rng, 'cn')
    carrier = rng.choice([('顺丰速运', 'SF'), ('德邦物流', 'DPK'), ('中通快递', '7'), ('跨越速运', 'KY')])
    track = carrier[1] + ''.join(rng.choice('0123456789') for _ in range(12))
    rows = [['商品编码', '品名', '发货数量']] + [[l['sku'], l['title'], '%d%s' % (l['qty'], l['unit'])] for l in o.lines]
    text = '\n'.join(['%s：' % o.contact, '', '您好！贵司采购单 %s 的货物已于今日发出，明细如下：' % o.id, ''] + aligned(rows, 3) +
                     ['', '承运商：%s' % carrier[0], '运单号：%s' % track, '件数：%d件' % rng.randint(2, 30),
                      '预计到达：%s' % fmt_date(rng, o.date + datetime.timedelta(days=3), 'cn'), '',
                      '收货时请当面验货，如有破损请拒收并及时联系我们。', '', rng.choice(SELLER_PEOPLE)[0], SELLER_CN])
    sales = rng.choice(SELLER_PEOPLE)
    c = client(rng, ['outlook', 'foxmail'])
    raw = message(c, sales, [cn_sender(rng, o), ORDERS_BOX], '发货通知：%s' % o.id, mail_dt(rng, o.date, 8, (2, 3)),
                  text_part(text, 'gb2312', 'base64'))
    return raw, truth_doc('non-shipping-notice', 'none', 'gb2312',
                          'the seller\'s shipping notice (cc the orders box): PO number, SKUs and quantities, no prices',
                          [])


def non_quote_request(rng, i):
    lang = rng.choice(['cn', 'cn', 'en'])
    o = Order(rng, lang)
    if lang == 'cn':
        rows = [['序号', '品名', '规格', '预计数量']] + [[str(n), l['title'], l['spec'], '%d%s' % (l['qty'], l['unit'])]
                                                 for n, l in enumerate(o.lines, 1)]
        text = '\n'.join(['您好，', '', '我司需要采购以下物料，请报含税含运费价格，并注明交期：', ''] + aligned(rows, 2) +
                         ['', '送货地址：%s' % o.address, '请于%s前回复，谢谢！' % fmt_date(rng, o.date, 'cn-nopad'), '',
                          o.contact, o.company, '电话：%s' % cn_phone_pick(rng, o)])
        subj = rng.choice(['询价', '询价单 RFQ-%d' % rng.randint(100, 999), '请报价', '询价：包装材料'])
        charset = 'gbk'
    else:
        text = '\n'.join(['Hello,', '', 'Could you please send us a quote for the following:', ''] +
                         ['- %s (%s): %d %s' % (l['title'], l['sku'], l['qty'], l['unit_en']) for l in o.lines] +
                         ['', 'Please quote FOB Ningbo and CIF %s, with lead time.' % o.addr_lines[-1], '',
                          'Best regards,', o.contact, o.company])
        subj = rng.choice(['RFQ - packaging supplies', 'Request for quotation', 'Price inquiry'])
        charset = 'utf-8'
    sender = cn_sender(rng, o) if lang == 'cn' else en_sender(rng, o)
    raw = message(client(rng, ['foxmail', 'outlook', '163'] if lang == 'cn' else ['outlook', 'gmail'], sender), sender,
                  to_box(rng), subj, mail_dt(rng, o.date), text_part(text, charset, 'base64'))
    return raw, truth_doc('non-quote-request', 'none', charset,
                          'a request for quotation: products and quantities, no prices, no order', [])


def non_invoice_question(rng, i):
    o = Order(rng, 'cn')
    sales = rng.choice(SELLER_PEOPLE)
    inv = '%08d' % rng.randint(10 ** 7, 10 ** 8 - 1)
    new = ['%s您好，' % sales[0], '', rng.choice([
        '上月的发票（号码 %s）金额是 %s 元，但我们对账的采购单 %s 合计是 %s 元，差了运费，麻烦核对一下。',
        '采购单 %s 的发票还没收到，金额 %s 元，请问什么时候能开？' ,
        '发票 %s 抬头开错了，金额 %s 元，请红冲后重开，对应订单 %s，合计 %s 元。'])]
    t = new[-1]
    n = t.count('%s')
    vals = [inv, fmt_amount(o.total + 50, True), o.id, fmt_amount(o.total, True)] if n == 4 else [o.id, fmt_amount(o.total, True)]
    new[-1] = t % tuple(vals)
    new += ['', '开票信息：', '名称：%s' % o.company, '税号：91%s%s' % (rng.randint(10 ** 9, 10 ** 10 - 1), rng.randint(10 ** 5, 10 ** 6 - 1)),
            '', o.contact]
    quoted = ['', '-----原始邮件-----', '发件人: %s <%s>' % sales, '发送时间: %s' % fmt_date(rng, o.date, 'cn'),
              '主题: 对账单 %d年%d月' % (o.date.year, o.date.month), '', '您好，本月对账如下：']
    rows = [['订单号', '日期', '金额']] + [[o.id, o.date.isoformat(), fmt_amount(o.total, True)],
                                        ['PO-%d-%04d' % (o.date.year, rng.randint(1, 9999)), o.date.isoformat(),
                                         fmt_amount(D(rng.randint(500, 20000)), True)]]
    quoted += aligned(rows, 3) + ['请确认，谢谢。', sales[0]]
    sender = cn_sender(rng, o)
    raw = message(client(rng, ['foxmail', 'outlook-desktop'], sender), sender, sales, '回复: 对账单 %d年%d月' % (o.date.year, o.date.month),
                  mail_dt(rng, o.date, 8, (20, 25)), text_part('\n'.join(new + ['\n'.join(quote('\n'.join(quoted)).split('\n'))]),
                                                               'gbk', 'base64'))
    return raw, truth_doc('non-invoice-question', 'none', 'gbk',
                          'a reply about an invoice: names a PO number and amounts, quotes a statement table', [])


def non_out_of_office(rng, i):
    lang = rng.choice(['cn', 'en'])
    o = Order(rng, lang)
    d = o.date
    if lang == 'cn':
        text = '您好，我%s至%s休假，期间邮件可能无法及时回复。紧急事务请联系%s，电话 %s。\n\n%s' % (
            fmt_date(rng, d, 'cn-nopad'), fmt_date(rng, d + datetime.timedelta(days=7), 'cn-nopad'), rng.choice(['王小姐', '刘经理']),
            cn_phone_pick(rng, o, False), o.contact)
        subj = '自动回复: ' + cn_subject(rng, o)
        charset = 'gb2312'
    else:
        text = ('Thank you for your email. I am out of the office until %s with limited access to email. '
                'For urgent matters regarding orders please contact purchasing@%s or call %s.\n\n%s' % (
                    fmt_date(rng, d + datetime.timedelta(days=7), 'mdy-long'), 'example.com', o.phone, o.contact))
        subj = 'Automatic reply: ' + _en_subject(rng, o)
        charset = 'us-ascii' if all(ord(c) < 128 for c in text) else 'utf-8'
    sender = cn_sender(rng, o) if lang == 'cn' else en_sender(rng, o)
    raw = message(client(rng, ['outlook'], sender), sender, to_box(rng), subj, mail_dt(rng, o.date), text_part(text, charset, 'quoted-printable' if charset != 'gb2312' else 'base64'),
                  extra=[('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All')])
    return raw, truth_doc('non-out-of-office', 'none', charset,
                          'an out-of-office auto-reply whose Subject quotes a PO subject with its number', [])


def non_meeting_invite(rng, i):
    o = Order(rng, rng.choice(['cn', 'en']))
    d = o.date + datetime.timedelta(days=3)
    start = datetime.datetime(d.year, d.month, d.day, rng.choice([9, 10, 14, 15]), 0, 0)
    cal = '\r\n'.join([
        'BEGIN:VCALENDAR', 'METHOD:REQUEST', 'PRODID:Microsoft Exchange Server 2010', 'VERSION:2.0',
        'BEGIN:VEVENT', 'ORGANIZER;CN=%s:mailto:%s' % (o.contact, 'buyer@example.com'),
        'ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:%s' % ORDERS_BOX[1],
        'SUMMARY;LANGUAGE=zh-CN:%s' % ('2027年度采购框架协议评审' if o.lang == 'cn' else 'Q1 supply review'),
        'DTSTART;TZID=China Standard Time:%s' % start.strftime('%Y%m%dT%H%M%S'),
        'DTEND;TZID=China Standard Time:%s' % (start + datetime.timedelta(hours=1)).strftime('%Y%m%dT%H%M%S'),
        'UID:%s' % ''.join(rng.choice('0123456789ABCDEF') for _ in range(40)),
        'LOCATION;LANGUAGE=zh-CN:%s' % ('3楼会议室 / 腾讯会议 %d %d %d' % (rng.randint(100, 999), rng.randint(100, 999), rng.randint(100, 999))),
        'END:VEVENT', 'END:VCALENDAR', ''])
    if o.lang == 'cn':
        text = '议题：\n1. 年度框架协议价格（纸箱 %s 元/个，胶带 %s 元/卷）\n2. 月度订单量约 %d 箱\n3. 账期\n\n时间：%s\n' % (
            fmt_amount(price_for(rng, '6.80')), fmt_amount(price_for(rng, '4.50')), rng.randint(200, 3000), start.strftime('%Y-%m-%d %H:%M'))
        subj = '会议邀请：2027年度采购框架协议评审'
    else:
        text = 'Agenda:\n- volumes for next quarter (approx. %d cartons/month)\n- price review\n- payment terms\n' % rng.randint(200, 3000)
        subj = 'Invitation: Q1 supply review @ %s' % start.strftime('%a %b %d, %Y %H:%M')
    body = Multi('alternative', [text_part(text, 'utf-8', 'base64'),
                                 Leaf('text/calendar', cal.encode('utf-8'), 'base64', [('charset', 'utf-8'), ('method', b'REQUEST')])])
    sender = cn_sender(rng, o) if o.lang == 'cn' else en_sender(rng, o)
    raw = message(client(rng, ['outlook']), sender, to_box(rng), subj, mail_dt(rng, o.date), body)
    return raw, truth_doc('non-meeting-invite', 'none', 'utf-8', 'a meeting invitation (text/calendar) mentioning prices and volumes', [])


def non_statement(rng, i):
    """对账单: a monthly statement of account listing POs and amounts."""
    o = Order(rng, 'cn')
    pos = [('PO-%d-%04d' % (o.date.year, rng.randint(1, 9999)), o.date - datetime.timedelta(days=rng.randint(1, 28)),
            D(rng.randint(3000, 90000))) for _ in range(rng.randint(3, 8))]
    pos.sort(key=lambda p: p[1])
    rows = [['日期', '订单号', '送货单号', '金额', '已付', '未付']] + [
        [p[1].isoformat(), p[0], 'SH%06d' % rng.randint(1, 999999), fmt_amount(p[2], True), '0.00', fmt_amount(p[2], True)] for p in pos]
    total = sum(p[2] for p in pos)
    text = '\n'.join(['%s：' % o.company, '', '您好！以下为%d年%d月对账单，请核对后回签：' % (o.date.year, o.date.month), ''] +
                     ['\t'.join(r) for r in rows] + ['合计\t\t\t%s\t0.00\t%s' % (fmt_amount(total, True), fmt_amount(total, True)), '',
                                                   '如无异议请于5个工作日内回签盖章。', '', rng.choice(SELLER_PEOPLE)[0], SELLER_CN])
    sales = rng.choice(SELLER_PEOPLE)
    raw = message(client(rng, ['outlook', 'foxmail']), sales, [cn_sender(rng, o)], '对账单 %d年%d月' % (o.date.year, o.date.month),
                  mail_dt(rng, o.date, 8, (25,)), text_part(text, 'gb2312', 'base64'), cc=[ORDERS_BOX])
    return raw, truth_doc('non-statement', 'none', 'gb2312',
                          'a statement of account (对账单) cc\'d to the orders box: PO numbers, amounts, a total row', [])


FAMILIES = [
    ('non-newsletter', non_newsletter, 5),
    ('non-shipping-notice', non_shipping_notice, 5),
    ('non-quote-request', non_quote_request, 5),
    ('non-invoice-question', non_invoice_question, 5),
    ('non-out-of-office', non_out_of_office, 5),
    ('non-meeting-invite', non_meeting_invite, 5),
    ('non-statement', non_statement, 4),
]
