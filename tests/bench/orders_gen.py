"""Seeded generator of orders and reference data for the throughput bench
(tests/bench/throughput.py). Python 3 standard library only.

Orders have 1-5 lines, Chinese names and addresses, and the reference data
(products, inventory, price lists, customers, a blacklist) covers every SKU,
so the example rules of config/rules.yaml fire about as they would in a
shop: a few unknown SKUs, short stock, credit limits, prices below the
customer's tier, totals that do not add up, big orders, notes, blacklisted
phones and duplicates; most orders are approved.

Writers: NDJSON (the normalized order, docs/normalized-order.md), GB18030
CSV with Chinese headers (the channel maps them with `columns:`), XLSX
written with zipfile (inline strings, no openpyxl needed), and order mails
(a plain-text body, or the order as an XLSX attachment). The same seed
gives the same bytes."""
import base64
import io
import json
import random
import zipfile
from xml.sax.saxutils import escape

SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈'
GIVEN = '伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华建国志红玉梅文辉鹏飞雪琳晨浩宇欣怡子涵佳俊'
PLACES = [
    ('上海市', '上海市', ['浦东新区', '徐汇区', '静安区', '闵行区', '杨浦区'], '2000'),
    ('北京市', '北京市', ['朝阳区', '海淀区', '东城区', '丰台区'], '1000'),
    ('广东省', '广州市', ['天河区', '越秀区', '番禺区', '白云区'], '5100'),
    ('广东省', '深圳市', ['南山区', '福田区', '宝安区', '龙岗区'], '5180'),
    ('浙江省', '杭州市', ['西湖区', '滨江区', '余杭区', '拱墅区'], '3100'),
    ('江苏省', '南京市', ['鼓楼区', '玄武区', '江宁区'], '2100'),
    ('四川省', '成都市', ['武侯区', '锦江区', '高新区'], '6100'),
    ('湖北省', '武汉市', ['洪山区', '江汉区', '武昌区'], '4300'),
]
ROADS = ['人民路', '解放路', '中山路', '建设路', '张江路', '学院路', '长江路', '和平路', '新华路', '文化路']
GOODS = ['绿茶', '红茶', '保温杯', '毛巾', '洗衣液', '纸巾', '大米', '食用油', '酱油', '牙膏',
         '拖鞋', '雨伞', '衬衫', '袜子', '充电器', '数据线', '耳机', '台灯', '收纳箱', '餐具套装']
SPECS = ['250g', '500g', '1kg', '5L', '10包', '大号', '中号', '小号', '白色', '黑色', '蓝色']
NOTES_PLAIN = ['周末送货', '请尽快发货', '放快递柜', '不要放门口', '谢谢']
NOTES_HOLD = ['需要开发票', '要改地址', '请开增值税发票']
NOTES_RUSH = ['加急，明天要用', '请加急处理']
TIERS = ['retail', 'wholesale', 'vip']

# CSV and XLSX headers (Chinese) and the field path each one maps to; the
# bench writes these as the channel's `columns:` (feed) or
# `extract.columns:` (imap).
COLUMNS = [
    ('订单号', 'external_id'), ('下单时间', 'placed_at'), ('订单状态', 'status'),
    ('客户编号', 'customer.ref'), ('客户名称', 'customer.name'), ('客户电话', 'customer.phone'),
    ('客户邮箱', 'customer.email'),
    ('收货人', 'ship_to.name'), ('收货电话', 'ship_to.phone'), ('国家', 'ship_to.country'),
    ('省份', 'ship_to.province'),
    ('城市', 'ship_to.city'), ('区县', 'ship_to.district'), ('详细地址', 'ship_to.address'),
    ('邮编', 'ship_to.postal_code'), ('运费', 'shipping'), ('订单金额', 'total'),
    ('买家留言', 'buyer_note'), ('商品编码', 'lines.sku'), ('商品名称', 'lines.title'),
    ('数量', 'lines.qty'), ('单价', 'lines.unit_price'), ('金额', 'lines.total')]
STATUS_MAP = {'已付款': 'paid'}


def money(fen):
    return '%d.%02d' % (fen // 100, fen % 100)


class Generator:
    """Reference data and orders from one seed. `skus` products, `customers`
    customers; `order(i)` is the i-th order (deterministic for a seed)."""

    def __init__(self, seed=1, skus=2000, customers=5000):
        self.seed = seed
        rnd = random.Random(seed)
        self.products = []    # (sku, title, price in fen)
        for i in range(1, skus + 1):
            title = '%s %s' % (rnd.choice(GOODS), rnd.choice(SPECS))
            self.products.append(('SP-%05d' % i, title, rnd.randint(300, 50000)))
        # stock: most SKUs plenty, some scarce (the stock rule fires)
        self.on_hand = [rnd.choice([0, 5, 20]) if rnd.random() < 0.015 else rnd.randint(500, 100000)
                        for _ in self.products]
        self.customers = []   # (ref, name, phone, email, limit fen or None, tier, blocked)
        for k in range(customers):
            name = rnd.choice(SURNAMES) + ''.join(rnd.choice(GIVEN) for _ in range(rnd.randint(1, 2)))
            limit = None if rnd.random() < 0.3 else rnd.randint(20, 2000) * 10000
            self.customers.append(('KH-%06d' % k, name, '13%d%08d' % (rnd.randint(5, 9), k),
                                   'kh%06d@example.cn' % k, limit, rnd.choice(TIERS),
                                   rnd.random() < 0.005))
        self.blacklist = ['19%09d' % k for k in range(200)]

    # ---- reference data, as `orderctl import` CSV files ---------------------

    def reference_csv(self):
        """{kind: CSV text} for orderctl import."""
        p = ['sku,title,unit,active'] + ['%s,%s,件,true' % (s, t) for s, t, _ in self.products]
        inv = ['sku,warehouse,on_hand'] + ['%s,main,%d' % (s, n) for (s, _, _), n
                                           in zip(self.products, self.on_hand)]
        # tier prices: retail = list price, wholesale 10 % and vip 20 % off
        pl = ['tier,sku,unit_price']
        for s, _, price in self.products:
            pl += ['retail,%s,%s' % (s, money(price)), 'wholesale,%s,%s' % (s, money(price * 9 // 10)),
                   'vip,%s,%s' % (s, money(price * 8 // 10))]
        c = ['ref,name,phone,email,credit_limit,open_balance,price_tier,blocked']
        for ref, name, phone, email, limit, tier, blocked in self.customers:
            c.append('%s,%s,%s,%s,%s,0,%s,%s' % (ref, name, phone, email,
                                                 money(limit) if limit is not None else '', tier,
                                                 'true' if blocked else 'false'))
        b = ['kind,value,reason'] + ['phone,%s,多次拒收' % v for v in self.blacklist]
        return {'products': '\n'.join(p) + '\n', 'inventory': '\n'.join(inv) + '\n',
                'price_lists': '\n'.join(pl) + '\n', 'customers': '\n'.join(c) + '\n',
                'blacklist': '\n'.join(b) + '\n'}

    # ---- orders --------------------------------------------------------------

    def order(self, i, prefix='BX'):
        """The i-th order in the normalized shape (dict)."""
        rnd = random.Random(self.seed * 1000003 + i)
        cust = self.customers[rnd.randrange(len(self.customers))]
        ref, name, phone, email, _, tier, _ = cust
        prov, city, districts, post = rnd.choice(PLACES)
        lines = []
        for n in range(1, rnd.randint(1, 5) + 1):
            sku, title, price = self.products[rnd.randrange(len(self.products))]
            if rnd.random() < 0.003:
                sku = 'SP-X%04d' % rnd.randrange(10000)  # not a product: sku_known
            qty = rnd.randint(1, 3) if rnd.random() < 0.9 else rnd.randint(10, 60)
            factor = {'retail': 100, 'wholesale': 90, 'vip': 80}[tier]
            if rnd.random() < 0.01:
                factor -= 15  # below the tier price by more than 5 %: price_list
            unit = price * factor // 100
            lines.append({'line_no': n, 'sku': sku, 'title': title, 'qty': qty,
                          'unit_price': money(unit), 'total': money(unit * qty)})
        sub = sum(int(x['total'].replace('.', '')) for x in lines)
        ship = 0 if sub >= 9900 else 1000
        total = sub + ship
        if rnd.random() < 0.005:
            total += 100  # does not add up: totals_consistent
        note = None
        r = rnd.random()
        if r < 0.02:
            note = rnd.choice(NOTES_HOLD)
        elif r < 0.05:
            note = rnd.choice(NOTES_RUSH)
        elif r < 0.15:
            note = rnd.choice(NOTES_PLAIN)
        ship_phone = phone
        if rnd.random() < 0.002:
            ship_phone = rnd.choice(self.blacklist)
        ship_name = name if rnd.random() < 0.8 else rnd.choice(SURNAMES) + rnd.choice(GIVEN)
        address = '%s%d号%d栋%d室' % (rnd.choice(ROADS), rnd.randint(1, 999), rnd.randint(1, 30),
                                     rnd.randint(101, 2505))
        if rnd.random() < 0.003:
            ship_phone = ''  # required_fields
        o = {'external_id': '%s-%08d' % (prefix, i), 'status': 'paid',
             'placed_at': '2026-11-11T%02d:%02d:%02d+08:00' % (i // 3600 % 24, i // 60 % 60, i % 60),
             'currency': 'CNY', 'shipping': money(ship), 'discount': '0.00', 'tax': '0.00',
             'total': money(total),
             'customer': {'ref': ref if rnd.random() < 0.7 else None, 'name': name, 'phone': phone,
                          'email': email},
             'ship_to': {'name': ship_name, 'phone': ship_phone or None, 'country': 'CN',
                         'province': prov, 'city': city, 'district': rnd.choice(districts),
                         'address': address, 'postal_code': post + '%02d' % rnd.randrange(100)},
             'lines': lines, 'buyer_note': note}
        return o

    def orders(self, n, prefix='BX'):
        """n orders; about 0.3 % repeat an earlier order's customer and lines
        under a new number (the duplicate rule)."""
        out = []
        rnd = random.Random(self.seed + 7)
        for i in range(n):
            o = self.order(i, prefix)
            if out and rnd.random() < 0.003:
                src = out[rnd.randrange(max(0, len(out) - 50), len(out))]
                o = json.loads(json.dumps(src))
                o['external_id'] = '%s-%08d' % (prefix, i)
            out.append(o)
        return out


# ---- writers -------------------------------------------------------------


def ndjson(orders):
    return ''.join(json.dumps(o, ensure_ascii=False, separators=(',', ':')) + '\n'
                   for o in orders).encode('utf-8')


def _get(o, path):
    v = o
    for part in path.split('.'):
        v = v.get(part) if isinstance(v, dict) else None
    return v


def rows(orders):
    """Header and one row per order line, in COLUMNS order (strings)."""
    out = [[h for h, _ in COLUMNS]]
    for o in orders:
        for ln in o['lines']:
            row = []
            for _, path in COLUMNS:
                if path == 'status':
                    v = '已付款'
                elif path.startswith('lines.'):
                    v = ln.get(path[6:])
                else:
                    v = _get(o, path)
                row.append('' if v is None else str(v))
            out.append(row)
    return out


def _csv_cell(v):
    if any(c in v for c in ',"\n\r'):
        return '"' + v.replace('"', '""') + '"'
    return v


def csv_gb18030(orders):
    text = ''.join(','.join(_csv_cell(c) for c in r) + '\r\n' for r in rows(orders))
    return text.encode('gb18030')


def _col(i):
    s = ''
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx(table):
    """A minimal .xlsx workbook (one sheet 'Orders') with the rows of
    `table`: inline strings, numbers for digits-only cells."""
    sheet = io.StringIO()
    sheet.write('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                '<sheetData>')
    for r, row in enumerate(table, 1):
        sheet.write('<row r="%d">' % r)
        for c, v in enumerate(row):
            if v == '':
                continue
            ref = '%s%d' % (_col(c), r)
            if r > 1 and v.replace('.', '', 1).isdigit() and not v.startswith('0'):
                sheet.write('<c r="%s"><v>%s</v></c>' % (ref, v))
            else:
                sheet.write('<c r="%s" t="inlineStr"><is><t>%s</t></is></c>' % (ref, escape(v)))
        sheet.write('</row>')
    sheet.write('</sheetData></worksheet>')
    ns = 'http://schemas.openxmlformats.org'
    parts = {
        '[Content_Types].xml':
            '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="%s/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
            'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-'
            'officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/'
            'sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.'
            'worksheet+xml"/></Types>' % ns,
        '_rels/.rels':
            '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="%s/package/2006/'
            'relationships"><Relationship Id="rId1" Type="%s/officeDocument/2006/relationships/'
            'officeDocument" Target="xl/workbook.xml"/></Relationships>' % (ns, ns),
        'xl/workbook.xml':
            '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="%s/spreadsheetml/2006/main" '
            'xmlns:r="%s/officeDocument/2006/relationships"><sheets><sheet name="Orders" '
            'sheetId="1" r:id="rId1"/></sheets></workbook>' % (ns, ns),
        'xl/_rels/workbook.xml.rels':
            '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="%s/package/2006/'
            'relationships"><Relationship Id="rId1" Type="%s/officeDocument/2006/relationships/'
            'worksheet" Target="worksheets/sheet1.xml"/></Relationships>' % (ns, ns),
        'xl/worksheets/sheet1.xml': sheet.getvalue(),
    }
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, text in parts.items():
            z.writestr(name, text.encode('utf-8'))
    return buf.getvalue()


def _headers(o, n, subject):
    return ('From: %s <%s>\r\nTo: orders@example.com\r\nSubject: =?utf-8?B?%s?=\r\n'
            'Message-ID: <bench-%d@example.cn>\r\nDate: Wed, 11 Nov 2026 10:00:00 +0800\r\n'
            'MIME-Version: 1.0\r\n' % (
                'kh', o['customer']['email'], base64.b64encode(subject.encode()).decode(), n))


def text_mail(o, n):
    """A plain-text purchase-order mail: labels and one item line per line."""
    st = o['ship_to']
    body = ['您好，请安排发货。', '订单号: %s' % o['external_id'],
            '收货人: %s' % st['name'], '电话: %s' % (st['phone'] or ''),
            '地址: %s%s%s%s' % (st['province'], st['city'], st['district'], st['address']), '']
    for ln in o['lines']:
        body.append('%s x %d @ %s' % (ln['sku'], ln['qty'], ln['unit_price']))
    if o['buyer_note']:
        body += ['', '备注: %s' % o['buyer_note']]
    return (_headers(o, n, '采购订单 ' + o['external_id']) +
            'Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n' +
            '\r\n'.join(body) + '\r\n').encode('utf-8')


def xlsx_mail(o, n):
    """A mail with the order as an .xlsx attachment (the COLUMNS headers)."""
    data = base64.encodebytes(xlsx(rows([o]))).decode().replace('\n', '\r\n')
    name = '%s.xlsx' % o['external_id']
    return (_headers(o, n, '采购订单 ' + o['external_id']) +
            'Content-Type: multipart/mixed; boundary="b0"\r\n\r\n'
            '--b0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n订单见附件。\r\n'
            '--b0\r\nContent-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.'
            'sheet; name="%s"\r\nContent-Disposition: attachment; filename="%s"\r\n'
            'Content-Transfer-Encoding: base64\r\n\r\n%s--b0--\r\n' % (name, name, data)
            ).encode('utf-8')
