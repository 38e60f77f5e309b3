"""Orders in attachments: CSV, .xlsx laid out by a person, .xls from an
older ERP, PDF with a text layer, two attachments in one mail."""
import datetime
from decimal import Decimal

from corpus_data import Order, fmt_date, fmt_money, fmt_amount, mail_dt, SELLER_CN, SELLER_EN, D, money_str
from corpus_mime import message, text_part, Multi, attach, XLSX_CT, XLS_CT
from corpus_docs import Sheet, xlsx_bytes, xls_bytes, pdf_bytes, draw_grid_table, csv_text, col_letter
from fam_common import cn_sender, en_sender, to_box, client, truth_doc, cn_phone_pick, THANKS_CN
from fam_text import cn_subject, _en_subject, en_money_style, en_date_style

NOTE_CN = ['附件是我司采购订单，请查收并回复交期。', '您好，订单见附件，谢谢！', '见附件', '请查收附件订单。',
           '附件为本周采购单，麻烦安排。', '李经理：附件订单请确认，谢谢']
NOTE_EN = ['Please find attached our purchase order.', 'PO attached. Please confirm.', 'See attached PO, thanks.',
           'Attached is our order for this month.']


def mail_with(rng, o, note, atts, lang='cn', subject=None, charset=None):
    sender = cn_sender(rng, o) if lang == 'cn' else en_sender(rng, o)
    c = client(rng, ['foxmail', 'outlook-desktop', 'outlook', '163', 'qqmail'] if lang == 'cn'
               else ['outlook', 'gmail', 'apple', 'thunderbird'], sender)
    charset = charset or ('gb2312' if lang == 'cn' and c.name in ('foxmail', 'outlook-desktop', 'outlook') else 'utf-8')
    style = 'rfc2231' if c.name in ('thunderbird', 'gmail') and rng.random() < 0.5 else 'plain'
    parts = [text_part(note, charset, 'base64')]
    for ct, data, fn in atts:
        parts.append(attach(ct, data, fn, style=style, fn_charset='utf-8' if style == 'rfc2231' else (
            'gb2312' if charset.lower().startswith('gb') else 'utf-8')))
    subj = subject or (cn_subject(rng, o) if lang == 'cn' else _en_subject(rng, o))
    return message(c, sender, to_box(rng), subj, mail_dt(rng, o.date, 8 if lang == 'cn' else -5),
                   Multi('mixed', parts), has_attach=True)


# ------------------------------------------------------------ CSV
def csv_gbk_cn(rng, i):
    n = rng.choice([1, 1, 2])
    orders = [Order(rng, 'cn') for _ in range(n)]
    for o in orders[1:]:
        o.company = orders[0].company
    hdr = rng.choice([['订单号', '下单日期', '收货人', '电话', '地址', '商品编码', '商品名称', '数量', '单价', '金额'],
                      ['订单编号', '收货人', '手机', '收货地址', '货号', '品名', '数量', '单价']])
    rows = [hdr]
    for o in orders:
        ph = cn_phone_pick(rng, o, allow_landline=False)
        for l in o.lines:
            d = {'订单号': o.id, '订单编号': o.id, '下单日期': o.date.isoformat(), '收货人': o.contact, '电话': ph,
                 '手机': ph, '地址': o.address, '收货地址': o.address, '商品编码': l['sku'], '货号': l['sku'],
                 '商品名称': l['title'], '品名': l['title'], '数量': l['qty'], '单价': fmt_amount(l['unit_price']),
                 '金额': fmt_amount(l['total'])}
            rows.append([d[h] for h in hdr])
    data = csv_text(rows).encode('gbk')
    fn = rng.choice(['订单.csv', '采购订单%s.csv' % orders[0].date.strftime('%Y%m%d'), 'order.csv', 'PO_%s.csv' % orders[0].id])
    raw = mail_with(rng, orders[0], rng.choice(NOTE_CN), [('text/csv' if rng.random() < 0.5 else 'application/vnd.ms-excel', data, fn)])
    fields = {'external_id', 'ship_to.name', 'ship_to.phone', 'ship_to.address'} | ({'placed_at'} if '下单日期' in hdr else set())
    lf = {'sku', 'title', 'qty', 'unit_price'} | ({'total'} if '金额' in hdr else set())
    return raw, truth_doc('csv-gbk-cn', 'csv', 'gbk', 'GBK CSV with Chinese headers, one row per line, %d order(s)' % n,
                          [o.truth(fields, lf) for o in orders])


def csv_utf8_bom_person(rng, i):
    lang = rng.choice(['cn', 'en'])
    o = Order(rng, lang)
    ms = en_money_style(o) if lang == 'en' else None
    if lang == 'en':
        top = [['PURCHASE ORDER', '', '', '', ''], ['PO No.', o.id, '', '', ''],
               ['Date', fmt_date(rng, o.date, en_date_style(rng, o)), '', '', ''], ['Vendor', SELLER_EN, '', '', ''],
               ['Ship To', o.contact, o.address, '', ''], ['', '', '', '', ''],
               ['Item', 'Description', 'Qty', 'Unit Price', 'Amount']]
        body = [[l['sku'], l['title'], l['qty'], fmt_money(l['unit_price'], ms), fmt_money(l['total'], ms, thousands=True)]
                for l in o.lines]
        foot = [['', '', '', 'Total', fmt_money(o.total, ms, thousands=True)]]
        fields = {'external_id', 'placed_at', 'ship_to.name', 'ship_to.address', 'total', 'currency'}
    else:
        ph = cn_phone_pick(rng, o)
        top = [['采购订单', '', '', '', ''], ['采购单号：' + o.id, '', '', '日期：' + fmt_date(rng, o.date), ''],
               ['供应商：' + SELLER_CN, '', '', '', ''], ['收货人：' + o.contact, '', '电话：' + ph, '', ''],
               ['地址：' + o.address, '', '', '', ''], ['', '', '', '', ''], ['编码', '名称', '数量', '单价', '金额']]
        body = [[l['sku'], l['title'], l['qty'], fmt_amount(l['unit_price']), fmt_amount(l['total'])] for l in o.lines]
        foot = [['合计', '', sum(l['qty'] for l in o.lines), '', fmt_amount(o.total)]]
        fields = {'external_id', 'placed_at', 'ship_to.name', 'ship_to.phone', 'ship_to.address', 'total'}
    data = b'\xef\xbb\xbf' + csv_text(top + body + foot).encode('utf-8')
    fn = (o.id + '.csv') if rng.random() < 0.5 else ('PO %s.csv' % o.id if lang == 'en' else '采购单.csv')
    raw = mail_with(rng, o, rng.choice(NOTE_CN if lang == 'cn' else NOTE_EN), [('text/csv', data, fn)], lang)
    return raw, truth_doc('csv-utf8-bom-form', 'csv', 'utf-8',
                          'a form typed in Excel and saved as "CSV UTF-8" (BOM): title and label rows above the '
                          'table, a blank row, a total row (the Chinese one also sums the quantity column)',
                          [o.truth(fields, {'sku', 'title', 'qty', 'unit_price', 'total'})])


def csv_semicolon_eu(rng, i):
    o = Order(rng, 'en', country=rng.choice(['DE', 'DE', 'FR', 'IT']))
    german = o.country == 'DE' and rng.random() < 0.7
    dec = lambda d, th=False: fmt_amount(d, thousands=th).replace(',', 'X').replace('.', ',').replace('X', '.')
    if german:
        hdr = ['Pos.', 'Artikelnr.', 'Bezeichnung', 'Menge', 'Einzelpreis', 'Gesamtpreis']
        foot = ['', '', 'Summe', '', '', dec(o.total, True)]
    else:
        hdr = ['Line', 'Item Code', 'Description', 'Qty', 'Unit Price EUR', 'Total EUR']
        foot = ['', '', 'Total', '', '', dec(o.total, True)]
    rows = [hdr] + [[str(n), l['sku'], l['title'], str(l['qty']), dec(l['unit_price']), dec(l['total'], True)]
                    for n, l in enumerate(o.lines, 1)] + [foot]
    data = csv_text(rows, ';').encode(rng.choice(['utf-8', 'cp1252']) if all(ord(c) < 256 for c in csv_text(rows, ';')) else 'utf-8')
    if german:
        note = 'Sehr geehrte Damen und Herren,\n\nanbei unsere Bestellung Nr. %s vom %s.\nBitte um Auftragsbestätigung.\n\nMit freundlichen Grüßen\n%s\n%s\n' % (
            o.id, fmt_date(rng, o.date, 'eu-num'), o.contact, o.company)
        subj = 'Bestellung %s' % o.id
        fn = 'Bestellung_%s.csv' % o.id
    else:
        note = 'Hello,\n\nPlease find attached our order %s dated %s.\nDelivery to: %s\n\nRegards,\n%s\n%s\n' % (
            o.id, fmt_date(rng, o.date, 'dmy'), o.address, o.contact, o.company)
        subj = 'Order %s' % o.id
        fn = 'order_%s.csv' % o.id
    raw = mail_with(rng, o, note, [('text/csv', data, fn)], 'en', subject=subj)
    fields = {'external_id', 'placed_at', 'customer', 'total', 'currency'}
    if not german:
        fields.add('ship_to.address')
    return raw, truth_doc('csv-semicolon-eu', 'csv', 'utf-8',
                          'European Excel CSV: semicolons, decimal commas (1.234,50), EUR; the order number and '
                          'date only in the mail text%s' % (', German headers' if german else ''),
                          [o.truth(fields, {'sku', 'title', 'qty', 'unit_price', 'total'})])


def csv_erp_export(rng, i):
    n = rng.choice([1, 2, 3])
    orders = [Order(rng, 'cn', id_style='CGDD') for _ in range(n)]
    for o in orders[1:]:
        o.company = orders[0].company
    hdr = ['单据编号', '单据日期', '采购组织', '供应商', '行号', '物料编码', '物料名称', '规格型号', '单位', '数量',
           '含税单价', '税率(%)', '价税合计', '交货日期', '收货仓库', '备注']
    rows = [hdr]
    for o in orders:
        due = o.date + datetime.timedelta(days=rng.randint(3, 15))
        wh = rng.choice(['成品仓', '原材料仓', '包材仓', '一号仓'])
        for k, l in enumerate(o.lines, 1):
            rows.append([o.id, o.date.strftime('%Y/%m/%d'), o.company, SELLER_CN, k, l['sku'], l['title'], l['spec'],
                         l['unit'], '%.2f' % l['qty'], fmt_amount(l['unit_price'], decimals=4), '13',
                         fmt_amount(l['total']), due.strftime('%Y/%m/%d'), wh, ''])
    data = csv_text(rows).encode('gbk')
    fn = '采购订单列表_%s.csv' % orders[0].date.strftime('%Y%m%d')
    raw = mail_with(rng, orders[0], rng.choice(NOTE_CN), [('application/octet-stream', data, fn)])
    return raw, truth_doc('csv-erp-export', 'csv', 'gbk',
                          'ERP list export (GBK): 16 columns, quantities "12.00", 4-decimal prices, a supplier column '
                          'naming the seller, a delivery date that is not the order date; %d order(s)' % n,
                          [o.truth({'external_id', 'placed_at', 'customer'}, {'sku', 'title', 'qty', 'unit_price', 'total'})
                           for o in orders])


# ------------------------------------------------------------ xlsx forms
def cn_form_sheet(rng, o, style, phone, start_col=1, start_row=1, formulas=True):
    """A Chinese purchase-order form as people lay it out in Excel."""
    sh = Sheet(rng.choice(['采购单', 'Sheet1', '订单', o.id.replace('/', '-')]))
    c0, r = start_col, start_row
    ncol = 7
    sh.set(r, c0, o.company if rng.random() < 0.5 else '采购订单', size=16, bold=True, center=True)
    sh.merge(r, c0, r, c0 + ncol - 1)
    r += 1
    if sh.cells[(start_row, c0)] != '采购订单':
        sh.set(r, c0, '采购订单', size=14, bold=True, center=True)
        sh.merge(r, c0, r, c0 + ncol - 1)
        r += 1
    r += 1
    date_s = fmt_date(rng, o.date, rng.choice(['iso', 'cn', 'slash'])) if rng.random() < 0.8 else None
    pairs = [('采购单号', o.id), ('日期', date_s or datetime.datetime(o.date.year, o.date.month, o.date.day)),
             ('供应商', SELLER_CN), ('采购方', o.company), ('联系人', o.contact), ('电话', phone), ('收货地址', o.address)]
    if style == 'onecell':
        for k, v in pairs:
            if isinstance(v, datetime.datetime):
                v = v.strftime('%Y-%m-%d')
            sh.set(r, c0, '%s：%s' % (k, v))
            if k in ('供应商',):
                sh.merge(r, c0, r, c0 + 3)
            r += 1
    else:
        for j in range(0, len(pairs), 2):
            for k_i, (k, v) in enumerate(pairs[j:j + 2]):
                cc = c0 + k_i * 4
                sh.set(r, cc, k + rng.choice(['：', '', ':']), bold=True)
                sh.set(r, cc + 1, v, fmt='yyyy-mm-dd' if isinstance(v, datetime.datetime) else None)
                if k == '收货地址':
                    sh.merge(r, cc + 1, r, cc + 5)
            r += 1
    r += 1
    hdr = ['序号', '商品编码', '品名', '规格', '数量', '单价（元）', '金额（元）']
    sh.row(r, c0, hdr, bold=True, border=True, center=True)
    r += 1
    first = r
    for n, l in enumerate(o.lines, 1):
        q, p = l['qty'], l['unit_price']
        qc, pc = '%s%d' % (col_letter(c0 + 4), r), '%s%d' % (col_letter(c0 + 5), r)
        amt = ('=%s*%s' % (qc, pc), l['total']) if formulas else l['total']
        sh.row(r, c0, [n, l['sku'], l['title'], l['spec'], q, p, amt], border=True)
        sh.numfmt[(r, c0 + 5)] = '0.00'
        sh.numfmt[(r, c0 + 6)] = '#,##0.00'
        r += 1
    tc = col_letter(c0 + 6)
    sh.row(r, c0, ['合计', None, None, None, None, None,
                   ('=SUM(%s%d:%s%d)' % (tc, first, tc, r - 1), o.total) if formulas else o.total], border=True, bold=True)
    sh.numfmt[(r, c0 + 6)] = '#,##0.00'
    sh.merge(r, c0, r, c0 + 5)
    r += 2
    if rng.random() < 0.7:
        sh.set(r, c0, '备注：' + rng.choice(['请于%s前送达' % fmt_date(rng, o.date + datetime.timedelta(days=7), 'cn'),
                                         '送货时请附送货单', '发票随货', '含13%增值税']))
        r += 2
    sh.set(r, c0, '采购员：' + o.contact)
    sh.set(r, c0 + 3, '审核：' + rng.choice(['张', '刘', '王', '赵']) + rng.choice(['总', '经理']))
    sh.set(r, c0 + 5, '供应商确认（盖章）：')
    sh.widths = {c0 + 1: 14, c0 + 2: 16, c0 + 3: 18, c0 + 6: 14}
    return sh, date_s is not None or True


def xlsx_cn_form(rng, i):
    o = Order(rng, 'cn')
    phone = cn_phone_pick(rng, o)
    style = 'onecell' if i % 2 else 'nextcell'
    sc, sr = (1, 1) if rng.random() < 0.6 else (2, 2)
    sh, _ = cn_form_sheet(rng, o, style, phone, sc, sr)
    sheets = [sh]
    if rng.random() < 0.4:
        s2 = Sheet('说明')
        s2.set(1, 1, '1. 送货时间：周一至周六 8:30-17:00')
        s2.set(2, 1, '2. 纸箱须防潮，胶带无气泡')
        s2.set(3, 1, '3. 对账日：每月25日')
        sheets.append(s2)
    if rng.random() < 0.25:
        s0 = Sheet('供应商信息')
        s0.set(1, 1, '供应商')
        s0.set(1, 2, SELLER_CN)
        s0.set(2, 1, '账期')
        s0.set(2, 2, '月结30天')
        sheets.append(s0)
    data = xlsx_bytes(sheets, creator=rng.choice(['Administrator', 'User', o.contact, 'WPS']))
    fn = rng.choice(['采购订单%s.xlsx' % o.id, '%s.xlsx' % o.id, '订单.xlsx', '%s采购单.xlsx' % o.company[:4]])
    raw = mail_with(rng, o, rng.choice(NOTE_CN), [(XLSX_CT, data, fn)])
    fields = {'external_id', 'placed_at', 'customer', 'ship_to.name', 'ship_to.phone', 'ship_to.address', 'total', 'currency'}
    return raw, truth_doc('xlsx-cn-form', 'xlsx', 'utf-8',
                          'Excel form: merged title, labels %s, table from %s%d, amounts as formulas with cached '
                          'values, 合计 row, signature row%s' % (
                              '"采购单号：…" in one cell' if style == 'onecell' else 'in one cell and values in the next',
                              col_letter(sc), sr, ', %d sheets' % len(sheets) if len(sheets) > 1 else ''),
                          [o.truth(fields, {'sku', 'title', 'spec', 'qty', 'unit_price', 'total'})])


def xlsx_en_form(rng, i):
    o = Order(rng, 'en')
    ms = en_money_style(o)
    if rng.random() < 0.5:
        o.shipping = D(Decimal(rng.randint(20, 200)))
    sh = Sheet('PO')
    sh.set(1, 1, 'PURCHASE ORDER', size=18, bold=True, center=True)
    sh.merge(1, 1, 1, 6)
    sh.set(2, 1, o.company, bold=True)
    sh.set(3, 1, o.address)
    sh.set(2, 5, 'PO #')
    sh.set(2, 6, o.id if not o.id.isdigit() else int(o.id))
    sh.set(3, 5, 'Date')
    sh.set(3, 6, datetime.datetime(o.date.year, o.date.month, o.date.day), fmt='mm/dd/yyyy' if o.country == 'US' else 'dd/mm/yyyy')
    sh.set(5, 1, 'VENDOR', bold=True)
    sh.set(6, 1, SELLER_EN)
    sh.set(7, 1, 'No. 88 Xingye Road, Yuhang, Hangzhou, China')
    sh.set(5, 4, 'SHIP TO', bold=True)
    sh.set(6, 4, o.contact)
    sh.set(7, 4, o.address)
    sh.set(8, 4, o.phone)
    hdr = ['ITEM #', 'DESCRIPTION', 'QTY', 'UNIT PRICE', 'TOTAL']
    sh.row(10, 1, hdr, bold=True, border=True)
    r = 11
    fmt = {'USD': '"$"#,##0.00', 'EUR': '[$€-x-euro2] #,##0.00', 'GBP': '"£"#,##0.00'}.get(o.currency, '#,##0.00')
    for l in o.lines:
        sh.row(r, 1, [l['sku'], l['title'], l['qty'], l['unit_price'], ('=C%d*D%d' % (r, r), l['total'])], border=True)
        sh.numfmt[(r, 4)] = fmt
        sh.numfmt[(r, 5)] = fmt
        r += 1
    last = r - 1
    r += 1
    sh.set(r, 4, 'SUBTOTAL')
    sh.set(r, 5, ('=SUM(E11:E%d)' % last, o.subtotal), fmt=fmt)
    sh.set(r + 1, 4, 'SHIPPING')
    sh.set(r + 1, 5, o.shipping, fmt=fmt)
    sh.set(r + 2, 4, 'TOTAL', bold=True)
    sh.set(r + 2, 5, ('=E%d+E%d' % (r, r + 1), o.total), fmt=fmt, bold=True)
    sh.set(r + 4, 1, 'Authorized by: ' + o.contact)
    if o.currency != 'USD' or rng.random() < 0.5:
        sh.set(r + 5, 1, 'All prices in %s' % o.currency)
    sh.widths = {1: 14, 2: 36, 4: 14, 5: 14}
    data = xlsx_bytes([sh], creator=o.contact)
    raw = mail_with(rng, o, rng.choice(NOTE_EN) + '\n\n' + o.contact + '\n' + o.company, [(XLSX_CT, data, 'PO_%s.xlsx' % o.id)], 'en')
    fields = {'external_id', 'placed_at', 'customer', 'ship_to.name', 'ship_to.phone', 'ship_to.address', 'total', 'currency'}
    return raw, truth_doc('xlsx-en-form', 'xlsx', 'utf-8',
                          'English Excel PO template: the PO number%s and the date are cells (date as an Excel date '
                          'serial), vendor and ship-to blocks side by side, currency from the number format' % (
                              ' a number cell' if o.id.isdigit() else ''),
                          [o.truth(fields, {'sku', 'title', 'qty', 'unit_price', 'total'})])


def xlsx_simple_list(rng, i):
    o = Order(rng, 'cn')
    sh = Sheet('Sheet1')
    hdr = rng.choice([['货号', '名称', '数量', '单价'], ['商品编码', '商品名称', '规格', '数量', '单价', '金额'],
                      ['产品', '编码', '要货数量', '价格']])
    sh.row(1, 1, hdr, bold=True)
    for r, l in enumerate(o.lines, 2):
        d = {'货号': l['sku'], '商品编码': l['sku'], '编码': l['sku'], '名称': l['title'], '商品名称': l['title'],
             '产品': l['title'], '规格': l['spec'], '数量': l['qty'], '要货数量': l['qty'], '单价': l['unit_price'],
             '价格': l['unit_price'], '金额': ('=D%d*E%d' % (r, r), l['total'])}
        sh.row(r, 1, [d[h] for h in hdr])
    data = xlsx_bytes([sh])
    phone = cn_phone_pick(rng, o)
    note = '%s\n\n订单号：%s\n收货人：%s %s\n地址：%s\n\n明细见附件表格。\n\n%s\n%s\n' % (
        rng.choice(['您好，', '李经理：', '你好']), o.id, o.contact, phone, o.address, o.contact, o.company)
    raw = mail_with(rng, o, note, [(XLSX_CT, data, rng.choice(['明细.xlsx', '新建 Microsoft Excel 工作表.xlsx', '订货单.xlsx']))])
    fields = {'external_id', 'customer', 'ship_to.name', 'ship_to.phone', 'ship_to.address'}
    lf = {'sku', 'title', 'qty', 'unit_price'} | ({'total'} if '金额' in hdr else set()) | \
        ({'spec'} if '规格' in hdr else set())
    return raw, truth_doc('xlsx-simple-list', 'xlsx', 'utf-8',
                          'the order number and ship-to are in the mail text, the lines only in a bare sheet',
                          [o.truth(fields, lf)])


# ------------------------------------------------------------ xls
def xls_erp(rng, i):
    o = Order(rng, 'cn', id_style=rng.choice(['CGDD', 'PO-Y-N', 'POYMD']))
    sh = Sheet('采购订单')
    sh.set(1, 1, o.company, size=16)
    sh.merge(1, 1, 1, 9)
    sh.set(2, 1, '采 购 订 单', size=16)
    sh.merge(2, 1, 2, 9)
    sh.set(3, 1, '单据编号：')
    sh.set(3, 2, o.id)
    sh.set(3, 6, '单据日期：')
    sh.set(3, 7, o.date.strftime('%Y-%m-%d'))
    sh.set(4, 1, '供应商：')
    sh.set(4, 2, SELLER_CN)
    sh.set(4, 6, '币别：')
    sh.set(4, 7, '人民币')
    phone = cn_phone_pick(rng, o)
    sh.set(5, 1, '收货人：')
    sh.set(5, 2, o.contact)
    sh.set(5, 6, '联系电话：')
    sh.set(5, 7, phone)
    sh.set(6, 1, '收货地址：')
    sh.set(6, 2, o.address)
    hdr = ['序号', '物料代码', '物料名称', '规格型号', '单位', '数量', '含税单价', '价税合计', '交货日期']
    sh.row(8, 1, hdr, border=True)
    r = 9
    due = (o.date + datetime.timedelta(days=rng.randint(3, 20))).strftime('%Y-%m-%d')
    for n, l in enumerate(o.lines, 1):
        sh.row(r, 1, [n, l['sku'], l['title'], l['spec'], l['unit'], l['qty'], l['unit_price'], l['total'], due], border=True)
        sh.numfmt[(r, 7)] = '0.0000'
        sh.numfmt[(r, 8)] = '#,##0.00'
        r += 1
    sh.row(r, 1, ['合计', '', '', '', '', sum(l['qty'] for l in o.lines), '', o.total, ''], border=True)
    sh.numfmt[(r, 8)] = '#,##0.00'
    sh.set(r + 2, 1, '制单：' + o.contact)
    sh.set(r + 2, 4, '审核：' + rng.choice(['王芳', '刘强', '陈敏']))
    sh.set(r + 2, 7, '打印时间：%s' % fmt_date(rng, o.date, 'iso-time'))
    data = xls_bytes([sh])
    raw = mail_with(rng, o, rng.choice(NOTE_CN), [(XLS_CT, data, '%s.xls' % o.id)])
    fields = {'external_id', 'placed_at', 'customer', 'ship_to.name', 'ship_to.phone', 'ship_to.address', 'total', 'currency'}
    return raw, truth_doc('xls-erp', 'xls', 'utf-8',
                          'BIFF8 .xls as an older ERP prints it: company and title rows, label/value cells, '
                          '9-column table with a delivery date, 合计 row summing quantity and amount, 制单/审核 row',
                          [o.truth(fields, {'sku', 'title', 'spec', 'qty', 'unit_price', 'total'})])


def xls_cn_form(rng, i):
    o = Order(rng, 'cn')
    phone = cn_phone_pick(rng, o)
    sh, _ = cn_form_sheet(rng, o, rng.choice(['onecell', 'nextcell']), phone, 1, 1, formulas=False)
    data = xls_bytes([sh])
    raw = mail_with(rng, o, rng.choice(NOTE_CN), [(XLS_CT, data, rng.choice(['采购单.xls', '%s.xls' % o.id]))])
    fields = {'external_id', 'placed_at', 'customer', 'ship_to.name', 'ship_to.phone', 'ship_to.address', 'total', 'currency'}
    return raw, truth_doc('xls-cn-form', 'xls', 'utf-8', 'the person-made form of xlsx-cn-form saved as Excel 97-2003 .xls',
                          [o.truth(fields, {'sku', 'title', 'spec', 'qty', 'unit_price', 'total'})])


# ------------------------------------------------------------ PDF
def cn_amount_words(d):
    """人民币大写 for an amount."""
    digits = '零壹贰叁肆伍陆柒捌玖'
    units = ['', '拾', '佰', '仟']
    big = ['', '万', '亿']
    d = D(d)
    yuan = int(d)
    jiao = int((d * 10) % 10)
    fen = int((d * 100) % 10)
    s = ''
    if yuan == 0:
        s = '零'
    else:
        groups = []
        while yuan:
            groups.append(yuan % 10000)
            yuan //= 10000
        out = ''
        zero = False
        for gi in range(len(groups) - 1, -1, -1):
            g = groups[gi]
            if g == 0:
                zero = True
                continue
            gs = ''
            for k in range(3, -1, -1):
                dg = (g // (10 ** k)) % 10
                if dg == 0:
                    if gs or out:
                        zero = True
                else:
                    if zero and (gs or out):
                        gs += '零'
                    zero = False
                    gs += digits[dg] + units[k]
            out += gs + big[gi]
        s = out
    s += '元'
    if jiao == 0 and fen == 0:
        return s + '整'
    if jiao:
        s += digits[jiao] + '角'
    elif fen:
        s += '零'
    if fen:
        s += digits[fen] + '分'
    return s


def pdf_cn(rng, o, phone, pages_rows=None):
    from reportlab.lib.pagesizes import A4

    def build(c, font, ps):
        W, Ht = ps
        rows_all = [['序号', '物料编码', '品名', '规格', '单位', '数量', '单价', '金额']] + [
            [str(n), l['sku'], l['title'], l['spec'], l['unit'], str(l['qty']), fmt_amount(l['unit_price']),
             fmt_amount(l['total'], True)] for n, l in enumerate(o.lines, 1)]
        per_page = pages_rows or 100
        body = rows_all[1:]
        chunks = [body[k:k + per_page] for k in range(0, len(body), per_page)]
        for pi, ch in enumerate(chunks):
            y = Ht - 50
            c.setFont(font, 16)
            c.drawCentredString(W / 2, y, o.company)
            y -= 24
            c.setFont(font, 14)
            c.drawCentredString(W / 2, y, '采 购 订 单' + ('（续）' if pi else ''))
            y -= 26
            c.setFont(font, 9.5)
            if pi == 0:
                c.drawString(40, y, '订单编号：%s' % o.id)
                c.drawString(330, y, '订单日期：%s' % fmt_date(rng, o.date, 'cn'))
                y -= 15
                c.drawString(40, y, '供 应 商：%s' % SELLER_CN)
                c.drawString(330, y, '付款方式：月结60天')
                y -= 15
                c.drawString(40, y, '收 货 人：%s' % o.contact)
                c.drawString(330, y, '联系电话：%s' % phone)
                y -= 15
                c.drawString(40, y, '收货地址：%s' % o.address)
                y -= 20
            else:
                c.drawString(40, y, '订单编号：%s' % o.id)
                y -= 20
            y = draw_grid_table(c, font, 40, y, [30, 75, 95, 95, 30, 50, 55, 85], [rows_all[0]] + ch, size=8.5,
                                align=['c', 'l', 'l', 'l', 'c', 'r', 'r', 'r'])
            if pi == len(chunks) - 1:
                y -= 16
                c.setFont(font, 9.5)
                c.drawString(40, y, '合计金额（小写）：￥%s' % fmt_amount(o.total, True))
                y -= 15
                c.drawString(40, y, '合计金额（大写）：%s' % cn_amount_words(o.total))
                y -= 24
                c.drawString(40, y, '备注：1. 请按约定交期送货，送货单须注明本订单编号；2. 价格含13%增值税。')
                y -= 34
                c.drawString(40, y, '采购员：%s' % o.contact)
                c.drawString(200, y, '部门经理：')
                c.drawString(360, y, '供应商确认（签字盖章）：')
                c.setStrokeColorRGB(0.8, 0.1, 0.1)
                c.setFillColorRGB(0.8, 0.1, 0.1)
                c.circle(130, y + 40, 34)
                c.setFont(font, 7)
                c.drawCentredString(130, y + 42, o.company[:8])
                c.drawCentredString(130, y + 32, '采购专用章')
                c.setFillColorRGB(0, 0, 0)
                c.setStrokeColorRGB(0, 0, 0)
            c.setFont(font, 8)
            c.drawCentredString(W / 2, 30, '第 %d 页 共 %d 页' % (pi + 1, len(chunks)))
            c.showPage()
    return pdf_bytes(build, title='采购订单 %s' % o.id, author=o.contact, font=rng.choice(['hei', 'song']))


def pdf_cn_company(rng, i):
    o = Order(rng, 'cn')
    phone = cn_phone_pick(rng, o)
    data = pdf_cn(rng, o, phone)
    raw = mail_with(rng, o, rng.choice(NOTE_CN), [('application/pdf', data, rng.choice(['采购订单%s.pdf' % o.id, '%s.pdf' % o.id, 'PO.pdf']))])
    fields = {'external_id', 'placed_at', 'customer', 'ship_to.name', 'ship_to.phone', 'ship_to.address', 'total', 'currency'}
    return raw, truth_doc('pdf-cn-company', 'pdf', 'utf-8',
                          'Chinese company PO in PDF (reportlab, embedded CJK subset): header block, ruled table, total '
                          'in figures and in 大写, remarks, signature line and a red stamp with text',
                          [o.truth(fields, {'sku', 'title', 'spec', 'qty', 'unit_price', 'total'})])


def pdf_en(rng, o):
    ms = en_money_style(o)

    def build(c, font, ps):
        W, Ht = ps
        c.setFont(font, 20)
        c.drawString(40, Ht - 60, 'PURCHASE ORDER')
        c.setFont(font, 10)
        c.drawString(40, Ht - 80, o.company)
        c.drawString(40, Ht - 94, o.address)
        c.drawRightString(W - 40, Ht - 60, 'PO Number: %s' % o.id)
        c.drawRightString(W - 40, Ht - 76, 'Date: %s' % fmt_date(rng, o.date, en_date_style(rng, o)))
        c.drawRightString(W - 40, Ht - 92, 'Currency: %s' % o.currency)
        y = Ht - 130
        c.setFont(font, 9)
        c.drawString(40, y, 'VENDOR')
        c.drawString(300, y, 'SHIP TO')
        c.drawString(40, y - 14, SELLER_EN)
        c.drawString(300, y - 14, o.contact)
        c.drawString(40, y - 28, 'Hangzhou, Zhejiang, China')
        c.drawString(300, y - 28, o.address[:60])
        c.drawString(300, y - 42, 'Phone: %s' % o.phone)
        rows = [['Item', 'Description', 'Qty', 'Unit Price', 'Amount']] + [
            [l['sku'], l['title'], str(l['qty']), fmt_amount(l['unit_price'], True), fmt_amount(l['total'], True)]
            for l in o.lines]
        y = draw_grid_table(c, font, 40, y - 64, [80, 215, 50, 80, 90], rows, size=9, align=['l', 'l', 'r', 'r', 'r'])
        c.setFont(font, 10)
        y -= 18
        c.drawRightString(W - 70, y, 'Subtotal   %s' % fmt_money(o.subtotal, ms, thousands=True))
        y -= 14
        c.drawRightString(W - 70, y, 'Freight   %s' % fmt_money(o.shipping, ms, thousands=True))
        y -= 16
        c.drawRightString(W - 70, y, 'TOTAL   %s' % fmt_money(o.total, ms, thousands=True))
        y -= 50
        c.drawString(40, y, 'Terms: Net 30. Please reference the PO number on all invoices.')
        y -= 40
        c.drawString(40, y, 'Authorized Signature: ____________________   %s' % o.contact)
        c.showPage()
    return pdf_bytes(build, title='PO %s' % o.id, author=o.contact, font='hei')


def pdf_en_po(rng, i):
    o = Order(rng, 'en')
    o.shipping = D(Decimal(rng.choice([0, 0, 35, 80, 150])))
    data = pdf_en(rng, o)
    raw = mail_with(rng, o, rng.choice(NOTE_EN) + '\n\n' + o.contact, [('application/pdf', data, 'PO-%s.pdf' % o.id)], 'en')
    fields = {'external_id', 'placed_at', 'customer', 'ship_to.name', 'ship_to.phone', 'ship_to.address', 'total', 'currency'}
    t = o.truth(fields, {'sku', 'title', 'qty', 'unit_price', 'total'})
    if len(o.address) > 60:
        t['ship_to']['address'] = o.address[:60]
    return raw, truth_doc('pdf-en-po', 'pdf', 'utf-8', 'English PO PDF: header right-aligned, vendor and ship-to columns, '
                          'ruled table, subtotal/freight/total', [t])


def pdf_two_page(rng, i):
    o = Order(rng, 'cn', nlines=rng.randint(16, 24))
    # a long order repeats products in other specs: give the extra lines their own codes
    seen = {}
    for l in o.lines:
        seen[l['sku']] = seen.get(l['sku'], 0) + 1
    phone = cn_phone_pick(rng, o)
    data = pdf_cn(rng, o, phone, pages_rows=rng.randint(10, 14))
    raw = mail_with(rng, o, rng.choice(NOTE_CN), [('application/pdf', data, '采购订单%s.pdf' % o.id)])
    fields = {'external_id', 'placed_at', 'customer', 'ship_to.name', 'ship_to.phone', 'ship_to.address', 'total', 'currency'}
    return raw, truth_doc('pdf-two-page', 'pdf', 'utf-8',
                          'two-page Chinese PO: the table continues on page 2 under a repeated title and header, '
                          'total on the last page; page footers "第 n 页 共 2 页"',
                          [o.truth(fields, {'sku', 'title', 'spec', 'qty', 'unit_price', 'total'})])


# ------------------------------------------------------------ two attachments
def two_attachments(rng, i):
    kind = rng.choice(['xlsx', 'pdf', 'csv'])
    o1 = Order(rng, 'cn')
    o2 = Order(rng, 'cn')
    o2.company = o1.company
    atts = []
    for o in (o1, o2):
        phone = cn_phone_pick(rng, o)
        if kind == 'xlsx':
            sh, _ = cn_form_sheet(rng, o, 'nextcell', phone)
            atts.append((XLSX_CT, xlsx_bytes([sh]), '采购订单%s.xlsx' % o.id))
        elif kind == 'pdf':
            atts.append(('application/pdf', pdf_cn(rng, o, phone), '%s.pdf' % o.id))
        else:
            rows = [['订单号', '收货人', '电话', '地址', '商品编码', '品名', '数量', '单价', '金额']] + [
                [o.id, o.contact, phone, o.address, l['sku'], l['title'], l['qty'], fmt_amount(l['unit_price']),
                 fmt_amount(l['total'])] for l in o.lines]
            atts.append(('text/csv', csv_text(rows).encode('gbk'), '%s.csv' % o.id))
    raw = mail_with(rng, o1, rng.choice(['附件是两张采购单，分别送两个仓库，请查收。', '本周两个订单见附件', '两份订单，请分别安排发货']),
                    atts, subject='采购订单 %s、%s' % (o1.id, o2.id))
    if kind == 'csv':
        fields = {'external_id', 'ship_to.name', 'ship_to.phone', 'ship_to.address'}
    else:
        fields = {'external_id', 'placed_at', 'customer', 'ship_to.name', 'ship_to.phone', 'ship_to.address', 'total', 'currency'}
    return raw, truth_doc('two-po-attachments', kind, 'utf-8' if kind != 'csv' else 'gbk',
                          'two orders, one per %s attachment' % kind,
                          [o.truth(fields, {'sku', 'title', 'qty', 'unit_price', 'total'} |
                                   ({'spec'} if kind != 'csv' else set())) for o in (o1, o2)])


FAMILIES = [
    ('csv-gbk-cn', csv_gbk_cn, 8),
    ('csv-utf8-bom-form', csv_utf8_bom_person, 6),
    ('csv-semicolon-eu', csv_semicolon_eu, 6),
    ('csv-erp-export', csv_erp_export, 6),
    ('xlsx-cn-form', xlsx_cn_form, 10),
    ('xlsx-en-form', xlsx_en_form, 6),
    ('xlsx-simple-list', xlsx_simple_list, 6),
    ('xls-erp', xls_erp, 6),
    ('xls-cn-form', xls_cn_form, 6),
    ('pdf-cn-company', pdf_cn_company, 8),
    ('pdf-en-po', pdf_en_po, 6),
    ('pdf-two-page', pdf_two_page, 4),
    ('two-po-attachments', two_attachments, 6),
]
