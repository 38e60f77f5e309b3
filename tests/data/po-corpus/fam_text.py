"""Families whose order is in a plain-text body (Chinese and English)."""
from decimal import Decimal

from corpus_data import (Order, fmt_date, fmt_money, fmt_amount, aligned, pipe_table, money_str,
                         D, FW, dwidth, pad)
from corpus_mime import message, text_part
from fam_common import (cn_sender, en_sender, to_box, client, truth_doc, cn_phone_pick, GREET_CN,
                        INTRO_CN, THANKS_CN, GREET_EN, INTRO_EN, THANKS_EN, cn_signature,
                        en_signature)

FWD = str.maketrans('0123456789', '０１２３４５６７８９')


def colon(rng, fw=None):
    fw = rng.random() < 0.6 if fw is None else fw
    return '：' if fw else rng.choice([':', ': '])


def cn_subject(rng, o):
    return rng.choice(['采购订单 %s', '订单%s', '【采购单】%s', '%s 采购单', '下单 %s', '新订单-%s',
                       '采购订单%s，请安排发货', 'PO %s']) % o.id


def body_mail(rng, o, text, clients, charset, cte, subject=None, sender=None, lang='cn', hcs=None):
    sender = sender or (cn_sender(rng, o) if lang == 'cn' else en_sender(rng, o))
    c = client(rng, clients, sender)
    if hcs:
        c.header_charset = hcs
    dt = mail_date(rng, o)
    return message(c, sender, to_box(rng), subject or cn_subject(rng, o), dt,
                   text_part(text, charset, cte)), c


def mail_date(rng, o, tzh=8):
    from corpus_data import mail_dt
    return mail_dt(rng, o.date, tzh)


MONEY_CN = ['plain', 'plain', 'yen', 'yen-fw', 'yuan']


# ------------------------------------------------------------ 1
def text_cn_colon_tab_table(rng, i):
    o = Order(rng, 'cn')
    c = colon(rng)
    idl = rng.choice(['采购单号', '订单号', '采购订单号', '订单编号', '采购单编号'])
    datel = rng.choice(['下单日期', '日期', '订单日期', '采购日期'])
    phone = cn_phone_pick(rng, o)
    fields = {'external_id', 'ship_to.name', 'ship_to.phone', 'ship_to.address', 'total'}
    head = ['%s%s%s' % (idl, c, o.id)]
    if rng.random() < 0.8:
        head.append('%s%s%s' % (datel, c, fmt_date(rng, o.date)))
        fields.add('placed_at')
    if rng.random() < 0.7:
        head.append('%s%s%s' % (rng.choice(['采购方', '客户名称', '公司', '客户']), c, o.company))
        fields.add('customer')
    contact = ['%s%s%s' % (rng.choice(['收货人', '联系人', '收件人']), c, o.contact),
               '%s%s%s' % (rng.choice(['联系电话', '电话', '手机']), c, phone),
               '%s%s%s' % (rng.choice(['收货地址', '送货地址', '地址']), c, o.address)]
    if rng.random() < 0.4:
        contact = [contact[0] + '    ' + contact[1], contact[2]]
    money_style = rng.choice(MONEY_CN)
    with_seq = rng.random() < 0.5
    with_spec = rng.random() < 0.5
    with_unit = rng.random() < 0.5
    price_head = rng.choice(['单价', '单价（元）', '单价(元)', '含税单价'])
    if '元' in price_head or money_style in ('yen', 'yen-fw', 'yuan'):
        fields.add('currency')
    hdr = (['序号'] if with_seq else []) + ['商品编码', '品名'] + (['规格'] if with_spec else []) + \
        ['数量'] + (['单位'] if with_unit else []) + [price_head, rng.choice(['金额', '小计', '金额（元）'])]
    rows = [hdr]
    for n, l in enumerate(o.lines, 1):
        rows.append(([str(n)] if with_seq else []) + [l['sku'], l['title']] +
                    ([l['spec']] if with_spec else []) + [str(l['qty'])] +
                    ([l['unit']] if with_unit else []) +
                    [fmt_money(l['unit_price'], money_style), fmt_amount(l['total'])])
    table = ['\t'.join(r) for r in rows]
    totl = rng.choice(['合计', '总计', '合计金额', '订单总额'])
    if rng.random() < 0.5:
        table.append('%s%s%s' % (totl, c, fmt_money(o.total, rng.choice(['plain', 'yen', 'yen-fw', 'yuan']),
                                                    thousands=rng.random() < 0.5)))
    else:
        table.append(totl + '\t' * (len(hdr) - 1) + fmt_amount(o.total))
    blocks = [head, contact] if rng.random() < 0.7 else [contact, head]
    parts = [rng.choice(GREET_CN), rng.choice(INTRO_CN), '']
    for b in blocks:
        parts += b + ['']
    parts += table + ['']
    if rng.random() < 0.5:
        parts.append(rng.choice(['交货期：%s前' % fmt_date(rng, o.date), '付款方式：月结30天',
                                 '备注：请随货附送货单一式两份', '要求：含税含运费，开13%增值税专票']))
    parts.append(rng.choice(THANKS_CN))
    parts.append(cn_signature(rng, o, 'customer' not in fields))
    if 'customer' not in fields and rng.random() < 1:
        fields.add('customer')  # the signature names the company
    charset = rng.choice(['gbk', 'gb2312', 'gb2312', 'utf-8', 'gb18030'])
    cte = rng.choice(['base64', '8bit', 'base64'])
    raw, cl = body_mail(rng, o, '\n'.join(parts), ['foxmail', '163', 'outlook-desktop', 'qqmail'],
                        charset, cte)
    t = o.truth(fields, {'sku', 'title', 'qty', 'unit_price', 'total'} | ({'spec'} if with_spec else set()))
    return raw, truth_doc('text-cn-colon-tab-table', 'body', charset,
                          'tab-separated item table, %s, labels with colons' % cl.name, [t])


# ------------------------------------------------------------ 2
def text_cn_space_aligned(rng, i):
    o = Order(rng, 'cn', nlines=rng.randint(2, 7))
    c = colon(rng, False)
    phone = cn_phone_pick(rng, o)
    if rng.random() < 0.5:
        o.shipping = Decimal(rng.choice(['20.00', '50.00', '80.00', '120.00', '35.00']))
    fields = {'external_id', 'placed_at', 'ship_to.name', 'ship_to.phone', 'ship_to.address', 'total',
              'currency', 'customer'}
    head = ['%s%s%s' % (rng.choice(['订单编号', '订单号', '采购单号']), c, o.id),
            '%s%s%s' % (rng.choice(['订单日期', '日期']), c, fmt_date(rng, o.date,
                                                                  rng.choice(['cn', 'cn-nopad', 'iso', 'slash']))),
            '%s%s%s' % (rng.choice(['客户', '订货单位', '采购单位']), c, o.company),
            '']
    if rng.random() < 0.5:
        head += ['收货人%s%s    电话%s%s' % (c, o.contact, c, phone)]
    else:
        head += ['联系人%s%s' % (c, o.contact), '手机%s%s' % (c, phone)]
    head.append('地址%s%s' % (c, o.address))
    unit_in_qty = rng.random() < 0.6
    thousands = rng.random() < 0.6
    hdr = ['货号', '品名', '数量', '单价', '金额']
    if rng.random() < 0.4:
        hdr = ['编码', '商品名称', '订购数量', '单价（元）', '金额（元）']
    rows = [hdr]
    for l in o.lines:
        rows.append([l['sku'], l['title'], '%d%s' % (l['qty'], l['unit'] if unit_in_qty else ''),
                     fmt_amount(l['unit_price'], thousands), fmt_amount(l['total'], thousands)])
    tab = aligned(rows, gap=rng.choice([2, 3, 4]), right_cols=(2, 3, 4) if rng.random() < 0.5 else ())
    sep = rng.choice(['-' * max(dwidth(x) for x in tab), '=' * 40, None])
    out = [rng.choice(GREET_CN), rng.choice(INTRO_CN), ''] + head + ['']
    if sep:
        out.append(sep)
    out += tab
    if sep:
        out.append(sep)
    style = rng.choice(['yen-fw', 'yen', 'yuan', 'rmb'])
    if o.shipping:
        out.append('货款小计%s%s' % (c, fmt_money(o.subtotal, style, thousands=thousands)))
        out.append('运费%s%s' % (c, fmt_money(o.shipping, style, thousands=thousands)))
        out.append('总计%s%s' % (c, fmt_money(o.total, style, thousands=thousands)))
    else:
        out.append('合计%s%s' % (c, fmt_money(o.total, style, thousands=thousands)))
    out += ['', rng.choice(THANKS_CN), cn_signature(rng, o, False)]
    charset = rng.choice(['utf-8', 'gbk', 'utf-8'])
    cte = rng.choice(['quoted-printable', 'base64', '8bit'])
    raw, cl = body_mail(rng, o, '\n'.join(out), ['outlook', 'foxmail', 'thunderbird', '163'], charset, cte)
    t = o.truth(fields, {'sku', 'title', 'qty', 'unit_price', 'total'})
    return raw, truth_doc('text-cn-space-aligned', 'body', charset,
                          'columns aligned with spaces by display width; qty with unit words; '
                          'thousands separators; shipping line before the grand total', [t])


# ------------------------------------------------------------ 3
UNUSUAL_CN = [
    (['货品编号', '货品', '订购量', '含税价', '小计'], ('sku', 'title', 'qty', 'unit_price', 'total')),
    (['物料号', '物料描述', '需求数量', '单价(含税)', '金额(含税)'], ('sku', 'title', 'qty', 'unit_price', 'total')),
    (['产品代码', '产品名称', '订货数', '批发价', '总额'], ('sku', 'title', 'qty', 'unit_price', 'total')),
    (['编号', '名称规格', '件数', '单价/元', '合计金额'], ('sku', 'title', 'qty', 'unit_price', 'total')),
    (['品名', '货品代码', '要货数量', '价格'], ('title', 'sku', 'qty', 'unit_price')),
    (['货号', '数量（件）', '单价（元）', '金额（元）', '品名'], ('sku', 'qty', 'unit_price', 'total', 'title')),
]


def text_cn_unusual_headers(rng, i):
    o = Order(rng, 'cn')
    hdr, keys = rng.choice(UNUSUAL_CN)
    fw_digits = rng.random() < 0.4
    c = '：'
    phone = cn_phone_pick(rng, o, allow_landline=False)
    fields = {'external_id', 'ship_to.name', 'ship_to.phone', 'ship_to.address', 'customer'}
    lbl = rng.choice(['采购单号', '单号', '订单号', 'PO号'])
    idv = o.id
    lines = ['%s%s%s' % (lbl, c, idv), '%s%s%s' % (rng.choice(['需方', '采购方', '客户名称']), c, o.company)]
    if rng.random() < 0.6:
        lines.append('%s%s%s' % (rng.choice(['下单时间', '日期']), c,
                                 fmt_date(rng, o.date, rng.choice(['cn', 'iso']))))
        fields.add('placed_at')
    lines += ['%s%s%s' % (rng.choice(['收货人', '联系人']), c, o.contact),
              '%s%s%s' % (rng.choice(['电话', '联系方式', '手机号']), c,
                          phone.translate(FWD) if fw_digits else phone),
              '%s%s%s' % (rng.choice(['送货地址', '收货地址']), c, o.address)]
    if rng.random() < 0.5:
        lines.append('%s%s%s' % ('备注', c, rng.choice(['请开增值税专用发票', '周末不收货', '送货前请电话联系',
                                                       '纸箱请用五层', '急单，请优先安排'])))
    if '元' in ''.join(hdr):
        fields.add('currency')
    rows = [hdr]
    for l in o.lines:
        vals = {'sku': l['sku'], 'title': l['title'] + (' ' + l['spec'] if '规格' in ''.join(hdr) else ''),
                'qty': str(l['qty']), 'unit_price': fmt_amount(l['unit_price']),
                'total': fmt_amount(l['total'])}
        r = [vals[k] for k in keys]
        if fw_digits:
            r = [x.translate(FW) if k in ('qty', 'unit_price', 'total') else x for x, k in zip(r, keys)]
        rows.append(r)
    sepk = rng.choice(['tab', 'space', 'fwspace'])
    if sepk == 'tab':
        tab = ['\t'.join(r) for r in rows]
    elif sepk == 'space':
        tab = aligned(rows, gap=3)
    else:
        tab = ['\u3000'.join(r) for r in rows]
    totw = rng.choice(['合计', '总计', '总金额', '合计金额'])
    tot = fmt_amount(o.total, thousands=rng.random() < 0.4)
    if fw_digits:
        tot = tot.translate(FW)
    tab.append('%s%s%s%s' % (totw, c, rng.choice(['', '￥', '¥', 'RMB']), tot))
    if '￥' in tab[-1] or '¥' in tab[-1] or 'RMB' in tab[-1]:
        fields.add('currency')
    fields.add('total')
    # title: names with a spec column merged are still the title column's text
    lf = set(keys)
    out = [rng.choice(GREET_CN), rng.choice(INTRO_CN), ''] + lines + ['', '订购明细' + c] + tab + \
        ['', rng.choice(THANKS_CN), cn_signature(rng, o, False)]
    charset = rng.choice(['gbk', 'utf-8', 'gb2312'])
    raw, cl = body_mail(rng, o, '\n'.join(out), ['foxmail', 'qqmail', '163', 'outlook'], charset,
                        rng.choice(['base64', '8bit']))
    t = o.truth(fields, lf)
    if '规格' in ''.join(hdr):
        for tl, l in zip(t['lines'], o.lines):
            tl['title'] = l['title'] + ' ' + l['spec']
    t['external_id'] = o.id
    return raw, truth_doc('text-cn-unusual-headers', 'body', charset,
                          'table header words outside the usual list (%s), separated by %s%s' %
                          (' / '.join(hdr), sepk, ', full-width digits' if fw_digits else ''), [t])


# ------------------------------------------------------------ 4
def text_cn_item_lines(rng, i):
    o = Order(rng, 'cn', nlines=rng.randint(1, 5))
    style = rng.choice(['x@', '×@', '*@', 'bullet×', 'num'])
    fields = {'external_id'}
    lbl = rng.choice(['订单号', '单号', '订单编号', '采购单号'])
    out = [rng.choice(GREET_CN), rng.choice(['下单：', '补货如下：', '本次订货：', '请发以下货品：']), '']
    items = []
    money = rng.choice(['plain', 'yen', 'yen-fw', 'yuan'])
    for n, l in enumerate(o.lines, 1):
        p = fmt_money(l['unit_price'], money, strip_zero=rng.random() < 0.3)
        if style == 'x@':
            items.append('%s x %d @ %s' % (l['sku'], l['qty'], p))
        elif style == '×@':
            items.append('%s %s × %d @ %s' % (l['sku'], l['title'], l['qty'], p))
        elif style == '*@':
            items.append('%s*%d @%s' % (l['sku'], l['qty'], p))
        elif style == 'bullet×':
            items.append('%s %s %s × %d%s @ %s' % (rng.choice(['-', '●', '*', '·']), l['sku'], l['title'],
                                                    l['qty'], l['unit'], p))
        else:
            items.append('%d. %s %s ×%d @%s' % (n, l['sku'], l['title'], l['qty'], p))
    lf = {'sku', 'qty', 'unit_price'}
    if style in ('×@', 'bullet×', 'num'):
        lf.add('title')
    if money != 'plain':
        fields.add('currency')
    pre = ['%s%s%s' % (lbl, colon(rng), o.id)]
    if rng.random() < 0.6:
        phone = cn_phone_pick(rng, o)
        pre += ['收货人%s%s %s' % (colon(rng), o.contact, phone), '地址%s%s' % (colon(rng), o.address)]
        fields |= {'ship_to.name', 'ship_to.phone', 'ship_to.address'}
    if rng.random() < 0.5:
        out = out[:1] + pre + [''] + out[1:] + items
    else:
        out = out + items + [''] + pre
    if rng.random() < 0.5:
        out.append(rng.choice(['共计', '合计', '一共']) + colon(rng) + fmt_money(o.total, 'yuan'))
        fields |= {'total', 'currency'}
    out += ['', rng.choice(THANKS_CN), o.contact]
    charset = rng.choice(['utf-8', 'gbk'])
    raw, cl = body_mail(rng, o, '\n'.join(out), ['qqmail', '163', 'foxmail', 'apple'], charset,
                        rng.choice(['base64', '8bit', 'quoted-printable']))
    return raw, truth_doc('text-cn-item-lines', 'body', charset,
                          'one item per line, "%s" style' % style, [o.truth(fields, lf)])


# ------------------------------------------------------------ 5
def text_cn_prose_smallshop(rng, i):
    o = Order(rng, 'cn', nlines=rng.randint(1, 4))
    out = [rng.choice(['老板你好，', '李姐，', '在吗？', '你好', '华哥：']),
           rng.choice(['再订一批货：', '这周要补货，明细如下', '帮我发一下这些：', '下单，老价格'])]
    for l in o.lines:
        p = l['unit_price']
        ps = fmt_amount(p, strip_zero=True)
        tpl = rng.choice(['%(title)s（%(sku)s）%(qty)d%(unit)s，%(p)s一%(unit)s',
                          '%(title)s %(sku)s 要%(qty)d%(unit)s，单价%(p)s元',
                          '%(sku)s %(title)s %(qty)d%(unit)s %(p)s元/%(unit)s',
                          '%(title)s%(qty)d%(unit)s（%(sku)s，%(p)s元）'])
        out.append(tpl % {'title': l['title'], 'sku': l['sku'], 'qty': l['qty'], 'unit': l['unit'],
                          'p': ps})
    fields = {'ship_to.name', 'ship_to.phone', 'ship_to.address', 'currency'}
    if rng.random() < 0.5:
        out.append(rng.choice(['一共%s元', '总共%s', '合计%s元，还是老规矩月结']) % fmt_amount(o.total, strip_zero=True))
        fields.add('total')
    phone = cn_phone_pick(rng, o, allow_landline=False)
    addr_style = rng.choice(['oneline', 'labels', 'taobao'])
    out.append('')
    if addr_style == 'oneline':
        out.append('%s %s %s' % (o.contact, phone, o.address))
    elif addr_style == 'labels':
        out += ['收件人：%s' % o.contact, '电话：%s' % phone, '地址：%s' % o.address]
    else:
        out.append('%s，%s，%s' % (o.contact, phone, o.address))
    out += ['', rng.choice(['尽快发哈', '谢谢', '发顺丰', '麻烦今天发出', '到付'])]
    charset = rng.choice(['utf-8', 'gbk', 'gb18030'])
    raw, cl = body_mail(rng, o, '\n'.join(out), ['qqmail', '163', 'apple'], charset,
                        rng.choice(['base64', '8bit']),
                        subject=rng.choice(['订货', '补货', '下单', '你好', '这周的货', '订单']),
                        sender=cn_sender(rng, o, free=True))
    t = o.truth(fields, {'sku', 'title', 'qty', 'unit_price'})
    return raw, truth_doc('text-cn-prose-smallshop', 'body', charset,
                          'small shop, no order number, items written as sentences, address %s' % addr_style,
                          [t])


# ------------------------------------------------------------ 6
def text_cn_mixed_labels(rng, i):
    o = Order(rng, 'cn', id_style=rng.choice(['PO-Y-N', 'POYMD', 'PYYMM-N', 'NUM']))
    lbl = rng.choice(['PO号', '订单No.', '单号', 'PO#', 'P/O号', 'PO编号', '订单NO'])
    c = rng.choice([':', '：', ' ', '：'])
    phone = cn_phone_pick(rng, o)
    hdr = rng.choice([['Item', '品名', 'Qty', '单价', '金额'], ['料号', 'Description', '数量', 'Price', 'Amount'],
                      ['SKU', '品名', '数量', 'U/P', 'Total']])
    rows = [hdr] + [[l['sku'], l['title'], str(l['qty']), fmt_amount(l['unit_price']),
                     fmt_amount(l['total'])] for l in o.lines]
    tab = aligned(rows, gap=2) if rng.random() < 0.5 else ['\t'.join(r) for r in rows]
    fields = {'external_id', 'ship_to.name', 'ship_to.phone', 'ship_to.address', 'total', 'placed_at',
              'currency'}
    cur = rng.choice(['RMB', '人民币', 'CNY'])
    out = [rng.choice(GREET_CN), '', '%s%s%s' % (lbl, c, o.id),
           'Date%s%s' % (rng.choice([':', '：']), fmt_date(rng, o.date, rng.choice(['iso', 'slash', 'dot']))),
           '币别%s%s' % (rng.choice([':', '：']), cur),
           'Attn%s%s  Tel%s%s' % (rng.choice([':', '：']), o.contact, rng.choice([':', '：']), phone),
           '收货地址%s%s' % (rng.choice([':', '：']), o.address), ''] + tab + \
        ['Total%s%s' % (rng.choice([':', '：', ' ']), fmt_amount(o.total, thousands=True)),
         '', rng.choice(THANKS_CN), o.contact, o.company]
    fields.add('customer')
    charset = rng.choice(['utf-8', 'gbk'])
    raw, cl = body_mail(rng, o, '\n'.join(out), ['outlook', 'foxmail', 'outlook-desktop'], charset,
                        rng.choice(['base64', 'quoted-printable']),
                        subject=rng.choice(['%s' % o.id, 'PO: %s' % o.id, '订单 %s' % o.id,
                                            'New PO %s' % o.id]))
    t = o.truth(fields, {'sku', 'title', 'qty', 'unit_price', 'total'})
    return raw, truth_doc('text-cn-mixed-labels', 'body', charset,
                          'mixed-script labels (%s, Attn, Tel, Date, Total); English/Chinese header words' % lbl,
                          [t])


# ------------------------------------------------------------ 7
def text_cn_pipe_table(rng, i):
    o = Order(rng, 'cn')
    phone = cn_phone_pick(rng, o)
    hdr = rng.choice([['序号', '商品编码', '商品名称', '数量', '单价', '金额'],
                      ['货号', '名称', '规格', '数量', '单价(元)', '小计'],
                      ['编码', '品名', '数量', '单价']])
    rows = [hdr]
    for n, l in enumerate(o.lines, 1):
        d = {'序号': str(n), '商品编码': l['sku'], '货号': l['sku'], '编码': l['sku'], '商品名称': l['title'],
             '名称': l['title'], '品名': l['title'], '规格': l['spec'], '数量': str(l['qty']),
             '单价': fmt_amount(l['unit_price']), '单价(元)': fmt_amount(l['unit_price']),
             '金额': fmt_amount(l['total']), '小计': fmt_amount(l['total'])}
        rows.append([d[h] for h in hdr])
    tab = pipe_table(rows, spaced=rng.random() < 0.7)
    lf = {'sku', 'title', 'qty', 'unit_price'} | ({'total'} if len(hdr) > 4 else set()) | \
        ({'spec'} if '规格' in hdr else set())
    fields = {'external_id', 'ship_to.name', 'ship_to.phone', 'ship_to.address', 'total'}
    if '元' in ''.join(hdr):
        fields.add('currency')
    bold = rng.random() < 0.5
    lab = (lambda s: '**%s**' % s) if bold else (lambda s: s)
    out = ['# 采购订单' if rng.random() < 0.5 else '采购订单', '',
           '%s：%s' % (lab('订单号'), o.id), '%s：%s' % (lab('收货人'), o.contact),
           '%s：%s' % (lab('电话'), phone), '%s：%s' % (lab('地址'), o.address), ''] + tab + \
        ['', '%s：%s' % (lab('合计'), fmt_amount(o.total))]
    if rng.random() < 0.5:
        out.insert(3, '%s：%s' % (lab('日期'), fmt_date(rng, o.date, 'iso')))
        fields.add('placed_at')
    out += ['', rng.choice(THANKS_CN), o.contact]
    raw, cl = body_mail(rng, o, '\n'.join(out), ['thunderbird', 'apple', 'gmail'], 'utf-8',
                        rng.choice(['base64', 'quoted-printable', '8bit']))
    return raw, truth_doc('text-cn-pipe-table', 'body', 'utf-8',
                          'Markdown pipe table pasted from a note app', [o.truth(fields, lf)])


# ------------------------------------------------------------ 8
TW_TITLES = {'五层瓦楞纸箱': '五層瓦楞紙箱', '三层瓦楞纸箱': '三層瓦楞紙箱', '飞机盒': '飛機盒',
             '透明封箱胶带': '透明封箱膠帶', '米黄封箱胶带': '米黃封箱膠帶', '印字警示胶带': '印字警示膠帶',
             '缠绕膜': '纏繞膜', '手用缠绕膜': '手用纏繞膜', '气泡膜卷': '氣泡膜捲', '气泡袋': '氣泡袋',
             '热敏标签': '熱感標籤', '不干胶标签': '貼紙標籤', '丁腈手套': 'NBR手套', '劳保棉纱手套': '棉紗工作手套',
             'PP打包带': 'PP打包帶', '打包扣': '打包扣', '塑料托盘': '塑膠棧板', '木托盘': '木棧板',
             '珍珠棉': '珍珠棉', '牛皮纸': '牛皮紙', '快递袋': '快遞袋', '自封袋': '夾鏈袋', '护角': '護角',
             '干燥剂': '乾燥劑', '美工刀': '美工刀', '封箱器': '封箱器', '记号笔': '麥克筆'}


def text_big5_tw(rng, i):
    o = Order(rng, 'tw', id_style='TW')
    for l in o.lines:
        l['title'] = TW_TITLES[l['title_cn']]
    fields = {'external_id', 'customer', 'ship_to.name', 'ship_to.phone', 'ship_to.address', 'currency',
              'total', 'placed_at'}
    c = '：'
    d = o.date
    roc = rng.random() < 0.4
    date_s = ('%d/%02d/%02d' % (d.year - 1911, d.month, d.day)) if roc else fmt_date(rng, d, 'slash')
    rows = [['品號', '品名', '數量', '單價', '金額']] + [
        [l['sku'], l['title'], str(l['qty']), fmt_amount(l['unit_price'], True), fmt_amount(l['total'], True)]
        for l in o.lines]
    tab = aligned(rows, gap=2) if rng.random() < 0.5 else ['\u3000'.join(r) for r in rows]
    out = [rng.choice(['您好：', '李小姐您好，', '恆達業務部 您好']), '附上本公司訂購單，請惠予安排出貨，謝謝。', '',
           '訂購單號%s%s' % (c, o.id) if rng.random() < 0.5 else '採購單號%s%s' % (c, o.id),
           '訂購日期%s%s' % (c, date_s), '訂購公司%s%s' % (c, o.company),
           '聯絡人%s%s' % (c, o.contact), '電話%s%s' % (c, o.phone), '交貨地址%s%s' % (c, o.address),
           '幣別%s%s' % (c, rng.choice(['新台幣', 'NTD', 'TWD'])), ''] + tab + \
        ['', '合計%sNT$%s' % (c, fmt_amount(o.total, True)), '', '敬祝 商祺', o.contact, o.company]
    charset = 'big5'
    raw, cl = body_mail(rng, o, '\n'.join(out), ['outlook-desktop', 'outlook'], charset,
                        rng.choice(['base64', '8bit', 'quoted-printable']),
                        subject=rng.choice(['訂購單 %s', '採購單%s', 'PO %s 訂購單']) % o.id, hcs='big5')
    notes = 'Traditional Chinese from Taiwan in Big5; NT$ amounts'
    if roc:
        notes += '; date in the ROC calendar (%s = %s)' % (date_s, d.isoformat())
    return raw, truth_doc('text-big5-tw', 'body', charset, notes,
                          [o.truth(fields, {'sku', 'title', 'qty', 'unit_price', 'total'})])


# ------------------------------------------------------------ English
def en_money_style(o):
    return {'USD': 'usd', 'EUR': 'eur', 'GBP': 'gbp', 'AUD': 'aud', 'CAD': 'usd'}.get(o.currency, 'usd')


def en_mail(rng, o, text, subject=None, clients=('outlook', 'gmail', 'thunderbird', 'apple')):
    from corpus_data import mail_dt
    c = client(rng, list(clients))
    tzh = {'US': -5, 'GB': 0, 'AU': 11, 'DE': 1, 'CA': -5, 'SG': 8, 'IT': 1, 'FR': 1}[o.country]
    dt = mail_dt(rng, o.date, tzh)
    charset = rng.choice(['utf-8', 'us-ascii']) if all(ord(ch) < 128 for ch in text) else 'utf-8'
    if charset == 'us-ascii':
        cte = '7bit'
    else:
        cte = rng.choice(['quoted-printable', '7bit' if all(ord(ch) < 128 for ch in text) else 'base64'])
    subj = subject or _en_subject(rng, o)
    return message(c, en_sender(rng, o), to_box(rng), subj, dt, text_part(text, charset, cte)), charset


def _en_subject(rng, o):
    t = rng.choice(['PO#%(id)s from %(co)s', 'Purchase Order %(id)s', 'PO %(id)s', 'New order - PO %(id)s',
                    'P.O. %(id)s / %(co)s', 'Order %(id)s'])
    return t % {'id': o.id, 'co': o.company.split(' ')[0]}


def en_date_style(rng, o):
    if o.country == 'US':
        return rng.choice(['mdy', 'mdy-long', 'us-num', 'iso'])
    if o.country == 'DE':
        return rng.choice(['eu-num', 'dmy', 'iso'])
    return rng.choice(['dmy', 'dmy-long', 'dd-mmm-yy', 'iso'])


def text_en_label_aligned(rng, i):
    o = Order(rng, 'en', id_style=rng.choice(['SAP', 'NUM', 'PO-Y-N', 'ACME']))
    if rng.random() < 0.5:
        o.shipping = D(Decimal(rng.randint(15, 180)))
    if rng.random() < 0.3 and o.country == 'US':
        o.tax = D(o.subtotal * Decimal('0.0725'))
    ms = en_money_style(o)
    lbl = rng.choice(['PO No.', 'P.O.#', 'PO Number', 'Purchase Order #', 'PO #', 'P.O. Number'])
    fields = {'external_id', 'customer', 'placed_at', 'ship_to.name', 'ship_to.address', 'ship_to.phone',
              'total', 'currency'}
    hdr, lf = rng.choice([(['Part #', 'Desc', 'Units', 'Each', 'Ext'], {'sku', 'title', 'qty', 'unit_price', 'total'}),
                          (['Item', 'Description', 'Qty', 'Unit Price', 'Amount'], {'sku', 'title', 'qty', 'unit_price', 'total'}),
                          (['Line', 'Item Code', 'Description', 'Qty', 'UOM', 'Price', 'Total'], {'sku', 'title', 'qty', 'unit_price', 'total'}),
                          (['SKU', 'Qty', 'Unit Cost', 'Line Total'], {'sku', 'qty', 'unit_price', 'total'})])
    rows = [hdr]
    for n, l in enumerate(o.lines, 1):
        d = {'Part #': l['sku'], 'Item': l['sku'], 'Item Code': l['sku'], 'SKU': l['sku'],
             'Desc': l['title'], 'Description': l['title'], 'Units': str(l['qty']), 'Qty': str(l['qty']),
             'Each': fmt_amount(l['unit_price'], True), 'Unit Price': fmt_amount(l['unit_price'], True),
             'Price': fmt_amount(l['unit_price'], True), 'Unit Cost': fmt_amount(l['unit_price'], True),
             'Ext': fmt_amount(l['total'], True), 'Amount': fmt_amount(l['total'], True),
             'Total': fmt_amount(l['total'], True), 'Line Total': fmt_amount(l['total'], True),
             'Line': str(n), 'UOM': l['unit_en'].upper()[:3]}
        rows.append([d[h] for h in hdr])
    tab = aligned(rows, gap=rng.choice([2, 3, 4]), right_cols=tuple(range(len(hdr) - 3, len(hdr))))
    w = max(len(x) for x in tab)
    cur_line = rng.random() < 0.5
    out = [rng.choice(GREET_EN), '', rng.choice(INTRO_EN), '',
           '%s: %s' % (lbl, o.id) if rng.random() < 0.7 else '%s %s' % (lbl, o.id),
           'Date: %s' % fmt_date(rng, o.date, en_date_style(rng, o)),
           'Buyer: %s' % o.company if rng.random() < 0.5 else 'Company: %s' % o.company]
    if cur_line:
        out.append('Currency: %s' % o.currency)
    out += ['', 'Ship To:', o.contact] + o.addr_lines + ['Tel: %s' % o.phone, ''] + tab + ['-' * w]
    lab_w = 14
    if o.shipping or o.tax:
        out.append(pad('Subtotal:', lab_w) + fmt_money(o.subtotal, ms, thousands=True))
        if o.shipping:
            out.append(pad(rng.choice(['Shipping:', 'Freight:']), lab_w) + fmt_money(o.shipping, ms, thousands=True))
        if o.tax:
            out.append(pad('Sales Tax:', lab_w) + fmt_money(o.tax, ms, thousands=True))
        out.append(pad(rng.choice(['Grand Total:', 'TOTAL:', 'Total Due:']), lab_w) +
                   fmt_money(o.total, ms, thousands=True))
    else:
        out.append(pad('Total:', lab_w) + fmt_money(o.total, ms if not cur_line else 'plain', thousands=True))
    out += ['', rng.choice(['Please confirm receipt and ship date.', 'Payment terms: Net 30.',
                            'Please include the PO number on all invoices and packing lists.',
                            'Ship via sea freight, FOB Ningbo.']), en_signature(rng, o)]
    t = o.truth(fields, lf)
    t['ship_to']['address'] = ', '.join(o.addr_lines)
    raw, cs = en_mail(rng, o, '\n'.join(out))
    return raw, truth_doc('text-en-label-aligned', 'body', cs,
                          'English PO, "%s" label, space-aligned table %s, ship-to block on several lines'
                          ' (address truth joins them with ", ")' % (lbl, ' / '.join(hdr)), [t])


def text_en_sku_lines(rng, i):
    o = Order(rng, 'en', nlines=rng.randint(1, 5), id_style=rng.choice(['NUM', 'ACME', 'PO-Y-N']))
    style = rng.choice(['sku x qty @ price', 'qty x sku @ price', 'qty pcs of sku at price', 'sku - qty - price ea'])
    ms = en_money_style(o)
    items = []
    for l in o.lines:
        p = fmt_money(l['unit_price'], ms)
        if style == 'sku x qty @ price':
            items.append('%s x %d @ %s' % (l['sku'], l['qty'], p))
        elif style == 'qty x sku @ price':
            items.append('%d x %s @ %s' % (l['qty'], l['sku'], p))
        elif style == 'qty pcs of sku at price':
            items.append('%d %s of %s at %s' % (l['qty'], rng.choice(['pcs', 'units', l['unit_en']]),
                                                 l['sku'], p + rng.choice(['', ' each', '/ea'])))
        else:
            items.append('%s (%s) - qty %d - %s ea' % (l['sku'], l['title'], l['qty'], p))
    lf = {'sku', 'qty', 'unit_price'} | ({'title'} if style == 'sku - qty - price ea' else set())
    fields = {'external_id', 'currency'}
    lbl = rng.choice(['PO#', 'PO #', 'Order #', 'Our PO', 'P.O.'])
    out = [rng.choice(GREET_EN), '', rng.choice(['Please ship:', 'We need the following:', 'Order below:',
                                                 'Can you send us:']), ''] + \
        [rng.choice(['', '- ', '* ']) + x for x in items] + ['']
    out.append('%s %s' % (lbl, o.id) if lbl.endswith('#') else '%s: %s' % (lbl, o.id))
    if rng.random() < 0.6:
        out += ['Ship to: %s, %s' % (o.contact, o.address), 'Phone: %s' % o.phone]
        fields |= {'ship_to.name', 'ship_to.address', 'ship_to.phone'}
    if rng.random() < 0.4:
        out.append('Total: %s' % fmt_money(o.total, ms, thousands=True))
        fields.add('total')
    out += ['', rng.choice(THANKS_EN), o.contact.split()[0]]
    raw, cs = en_mail(rng, o, '\n'.join(out))
    return raw, truth_doc('text-en-sku-lines', 'body', cs, 'item lines "%s"' % style, [o.truth(fields, lf)])


def text_en_pipe_table(rng, i):
    o = Order(rng, 'en')
    ms = en_money_style(o)
    hdr = rng.choice([['SKU', 'Description', 'Qty', 'Unit Price', 'Total'], ['Item', 'Qty', 'Price', 'Amount'],
                      ['#', 'Product Code', 'Product', 'Quantity', 'Price Each', 'Line Total']])
    rows = [hdr]
    for n, l in enumerate(o.lines, 1):
        d = {'SKU': l['sku'], 'Item': l['sku'], 'Product Code': l['sku'], 'Description': l['title'],
             'Product': l['title'], 'Qty': str(l['qty']), 'Quantity': str(l['qty']),
             'Unit Price': fmt_money(l['unit_price'], ms), 'Price': fmt_money(l['unit_price'], ms),
             'Price Each': fmt_money(l['unit_price'], ms), 'Total': fmt_money(l['total'], ms, thousands=True),
             'Amount': fmt_money(l['total'], ms, thousands=True),
             'Line Total': fmt_money(l['total'], ms, thousands=True), '#': str(n)}
        rows.append([d[h] for h in hdr])
    lf = {'sku', 'qty', 'unit_price', 'total'} | ({'title'} if len(hdr) != 4 else set())
    fields = {'external_id', 'ship_to.name', 'ship_to.address', 'total', 'currency'}
    out = [rng.choice(GREET_EN), '', rng.choice(INTRO_EN), '', '**PO Number:** %s' % o.id if rng.random() < 0.5
           else 'PO Number: %s' % o.id, '**Ship to:** %s, %s' % (o.contact, o.address), ''] + \
        pipe_table(rows, align_right=(len(hdr) - 1,)) + ['', '**Total: %s**' % fmt_money(o.total, ms, thousands=True)]
    if rng.random() < 0.5:
        out.insert(5, 'Needed by: %s' % fmt_date(rng, o.date, 'iso'))  # a due date, not the order date
    out += [en_signature(rng, o, False)]
    fields.add('customer')
    raw, cs = en_mail(rng, o, '\n'.join(out), clients=('gmail', 'thunderbird', 'apple'))
    return raw, truth_doc('text-en-pipe-table', 'body', cs,
                          'Markdown table; a "Needed by" date when present is a due date, not placed_at',
                          [o.truth(fields, lf)])


def text_en_tab_table(rng, i):
    o = Order(rng, 'en')
    ms = en_money_style(o)
    hdr = rng.choice([['Item No.', 'Description', 'Qty', 'Unit Price', 'Amount'],
                      ['Part Number', 'Qty', 'Price', 'Ext. Price'],
                      ['Code', 'Name', 'Quantity', 'Price', 'Subtotal']])
    rows = [hdr]
    for l in o.lines:
        d = {'Item No.': l['sku'], 'Part Number': l['sku'], 'Code': l['sku'], 'Description': l['title'],
             'Name': l['title'], 'Qty': str(l['qty']), 'Quantity': '{:,}'.format(l['qty']),
             'Unit Price': fmt_money(l['unit_price'], ms), 'Price': fmt_money(l['unit_price'], ms),
             'Amount': fmt_money(l['total'], ms, thousands=True), 'Ext. Price': fmt_money(l['total'], ms, thousands=True),
             'Subtotal': fmt_money(l['total'], ms, thousands=True)}
        rows.append([d[h] for h in hdr])
    lf = {'sku', 'qty', 'unit_price', 'total'} | ({'title'} if len(hdr) == 5 else set())
    fields = {'external_id', 'placed_at', 'ship_to.name', 'ship_to.phone', 'ship_to.address', 'total', 'currency'}
    out = [rng.choice(GREET_EN), '', rng.choice(INTRO_EN), '',
           '%s\t%s' % (rng.choice(['PO Number', 'PO No.', 'Purchase Order']), o.id),
           'Order Date\t%s' % fmt_date(rng, o.date, en_date_style(rng, o)),
           'Attn\t%s' % o.contact, 'Phone\t%s' % o.phone, 'Delivery Address\t%s' % o.address, ''] + \
        ['\t'.join(r) for r in rows] + ['\t' * (len(hdr) - 2) + 'Total\t' + fmt_money(o.total, ms, thousands=True)]
    out += [en_signature(rng, o)]
    fields.add('customer')
    raw, cs = en_mail(rng, o, '\n'.join(out), clients=('outlook', 'outlook-desktop', 'gmail'))
    return raw, truth_doc('text-en-tab-table', 'body', cs,
                          'rows pasted from a spreadsheet (tab-separated), total in the last column',
                          [o.truth(fields, lf)])


def text_en_numbered_list(rng, i):
    o = Order(rng, 'en', nlines=rng.randint(2, 5))
    ms = en_money_style(o)
    items = []
    dash = rng.choice(['—', '-', '–'])
    for n, l in enumerate(o.lines, 1):
        items.append('%d%s %s (%s) %s %d %s @ %s = %s' % (
            n, rng.choice([')', '.']), l['title'], l['sku'], dash, l['qty'], l['unit_en'],
            fmt_money(l['unit_price'], ms), fmt_money(l['total'], ms, thousands=True)))
    fields = {'external_id', 'currency', 'total', 'ship_to.address'}
    out = [rng.choice(GREET_EN), '', 'Our order %s:' % o.id if rng.random() < 0.5 else
           'PO %s is as follows:' % o.id, ''] + items + ['',
                                                       'Order total %s' % fmt_money(o.total, ms, thousands=True),
                                                       '', 'Deliver to our warehouse: %s' % o.address, '',
                                                       en_signature(rng, o)]
    fields.add('customer')
    raw, cs = en_mail(rng, o, '\n'.join(out))
    return raw, truth_doc('text-en-numbered-list', 'body', cs,
                          'numbered item lines "n) title (sku) - qty unit @ price = amount"',
                          [o.truth(fields, {'sku', 'title', 'qty', 'unit_price', 'total'})])


FAMILIES = [
    ('text-cn-colon-tab-table', text_cn_colon_tab_table, 10),
    ('text-cn-space-aligned', text_cn_space_aligned, 8),
    ('text-cn-unusual-headers', text_cn_unusual_headers, 8),
    ('text-cn-item-lines', text_cn_item_lines, 8),
    ('text-cn-prose-smallshop', text_cn_prose_smallshop, 7),
    ('text-cn-mixed-labels', text_cn_mixed_labels, 7),
    ('text-cn-pipe-table', text_cn_pipe_table, 6),
    ('text-big5-tw', text_big5_tw, 6),
    ('text-en-label-aligned', text_en_label_aligned, 10),
    ('text-en-sku-lines', text_en_sku_lines, 8),
    ('text-en-pipe-table', text_en_pipe_table, 6),
    ('text-en-tab-table', text_en_tab_table, 7),
    ('text-en-numbered-list', text_en_numbered_list, 6),
]
