"""People, companies, products, numbers and dates for the purchase-order
corpus, and the truth record of an order.

The receiving company (the seller, orders@hengda-pack.cn) is 杭州恒达包装
材料有限公司, a packaging and warehouse-supplies wholesaler: cartons, tape,
stretch film, bubble wrap, labels, gloves, pallets, strapping. Its
customers are factories, trading companies, web shops and a few overseas
importers."""
import datetime
from decimal import Decimal, ROUND_HALF_UP

from corpus_mime import tz

SELLER_CN = '杭州恒达包装材料有限公司'
SELLER_EN = 'Hangzhou Hengda Packaging Materials Co., Ltd.'
SELLER_ADDR = ('orders@hengda-pack.cn', 'sales@hengda-pack.cn', 'lihua@hengda-pack.cn')
SELLER_PEOPLE = [('李华', 'lihua@hengda-pack.cn'), ('陈静', 'chenjing@hengda-pack.cn'),
                 ('周敏', 'zhoumin@hengda-pack.cn')]
ORDERS_BOX = ('恒达订单', 'orders@hengda-pack.cn')

SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程魏苏吕丁任沈姚卢傅钟姜崔谭廖范汪陆金石戴贾韦夏邱方侯邹熊孟秦白江阎薛尹段雷黎史龙陶贺顾毛郝龚邵万钱严覃武'
GIVEN = ['伟', '芳', '娜', '秀英', '敏', '静', '丽', '强', '磊', '军', '洋', '勇', '艳', '杰', '娟', '涛',
         '明', '超', '秀兰', '霞', '平', '刚', '桂英', '建华', '文', '海燕', '晓东', '志强', '春梅', '国庆',
         '丹', '鹏', '晨', '雪', '浩然', '子涵', '欣怡', '宇航', '建国', '玉兰', '红梅', '小龙', '婷婷', '慧']
TW_SURNAMES = '陳林黃張李王吳劉蔡楊許鄭謝郭洪曾邱廖賴周徐蘇葉莊呂江何蕭羅高'
TW_GIVEN = ['志明', '淑芬', '俊傑', '美玲', '家豪', '怡君', '建宏', '雅婷', '宗翰', '佩珊', '冠宇', '淑惠']

CN_CITIES = [
    ('上海市', '上海市', ['浦东新区', '闵行区', '松江区', '嘉定区', '青浦区', '宝山区'], '021'),
    ('江苏省', '苏州市', ['工业园区', '吴中区', '相城区', '昆山市', '吴江区'], '0512'),
    ('浙江省', '杭州市', ['余杭区', '萧山区', '滨江区', '临平区', '钱塘区'], '0571'),
    ('浙江省', '宁波市', ['北仑区', '鄞州区', '慈溪市', '余姚市'], '0574'),
    ('浙江省', '义乌市', ['稠城街道', '北苑街道', '佛堂镇'], '0579'),
    ('广东省', '深圳市', ['宝安区', '龙岗区', '南山区', '龙华区', '光明区'], '0755'),
    ('广东省', '东莞市', ['长安镇', '虎门镇', '松山湖', '塘厦镇'], '0769'),
    ('广东省', '广州市', ['白云区', '番禺区', '黄埔区', '花都区'], '020'),
    ('北京市', '北京市', ['大兴区', '顺义区', '朝阳区', '通州区'], '010'),
    ('天津市', '天津市', ['西青区', '滨海新区', '武清区'], '022'),
    ('山东省', '青岛市', ['黄岛区', '城阳区', '即墨区'], '0532'),
    ('福建省', '厦门市', ['集美区', '海沧区', '同安区'], '0592'),
    ('湖北省', '武汉市', ['东西湖区', '江夏区', '蔡甸区'], '027'),
    ('四川省', '成都市', ['双流区', '郫都区', '新都区'], '028'),
    ('安徽省', '合肥市', ['经开区', '蜀山区', '肥西县'], '0551'),
]
ROADS = ['张江路', '科苑路', '金桥路', '创业路', '工业大道', '兴业路', '华夏路', '长江路', 'environ',
         '人民路', '新华路', '振兴路', '科技园路', '五星路', '富民路', '横港路', '东环路', '南湖路',
         '物流园路', '锦业路', '滨河路', '江南大道', '同心路', '永安路']
ROADS = [r for r in ROADS if r != 'environ']
PARKS = ['', '', '', '物流园', '工业园', '科技园', '产业园', '仓储中心']

CO_WORDS = ['鑫源', '华盛', '永泰', '宏达', '嘉禾', '瑞丰', '恒通', '盛世', '金鼎', '优品', '佳美', '联创',
            '天成', '博远', '众诚', '润和', '凯越', '锦程', '百川', '中拓', '泰隆', '新锐', '益丰',
            '昌盛', '明德', '云帆', '汇通', '鼎新', '正泰', '宏图']
CO_KINDS = ['贸易有限公司', '电子科技有限公司', '实业有限公司', '日用品有限公司', '五金制品有限公司',
            '食品有限公司', '供应链管理有限公司', '电子商务有限公司', '服饰有限公司', '精密机械有限公司',
            '家居用品有限公司', '化妆品有限公司', '玩具有限公司', '物流有限公司']
TW_COMPANIES = ['台灣鴻昌實業股份有限公司', '佳瑞貿易有限公司', '永豐包裝企業社', '新竹精密工業股份有限公司',
                '大同電子材料有限公司', '勝美國際貿易股份有限公司']
TW_CITIES = [('台北市', ['信義區', '內湖區', '南港區']), ('新北市', ['新莊區', '三重區', '汐止區']),
             ('桃園市', ['龜山區', '中壢區']), ('台中市', ['西屯區', '大雅區']), ('高雄市', ['前鎮區', '小港區'])]
TW_ROADS = ['松仁路', '內湖路一段', '中正路', '民生東路三段', '工業一路', '文化路', '中山北路二段']
HK_COMPANIES = ['Wing Fat Trading Co. Ltd.', '永發貿易有限公司', '利豐物流（香港）有限公司']

EN_FIRST = ['John', 'Mary', 'David', 'Sarah', 'Michael', 'Emma', 'James', 'Linda', 'Robert', 'Karen',
            'Thomas', 'Anna', 'Daniel', 'Laura', 'Peter', 'Julia', 'Mark', 'Sophie', 'Kevin', 'Rachel',
            'Lukas', 'Hannah', 'Jonas', 'Marta', 'Olivier', 'Camille', 'Raj', 'Priya', 'Ahmed', 'Fatima']
EN_LAST = ['Smith', 'Johnson', 'Brown', 'Miller', 'Davis', 'Wilson', 'Taylor', 'Anderson', 'Clark',
           'Walker', 'Wright', 'Hill', 'Green', 'Baker', 'Nelson', 'Carter', 'Mitchell', 'Roberts',
           'Müller', 'Schmidt', 'Weber', 'Dubois', 'Martin', 'Patel', 'Sharma', 'Khan', "O'Brien"]
EN_COMPANIES = [
    ('Acme Supply Inc.', 'US'), ('Northwind Traders LLC', 'US'), ('Blue Harbor Imports', 'US'),
    ('Pacific Rim Distribution Corp.', 'US'), ('Summit Packaging Solutions', 'US'),
    ('Greenleaf Organics Ltd', 'GB'), ('Brightline Retail Ltd', 'GB'), ('Kestrel Logistics Ltd', 'GB'),
    ('Oakridge Home Goods Pty Ltd', 'AU'), ('Southern Cross Wholesale Pty Ltd', 'AU'),
    ('Nordlicht Handels GmbH', 'DE'), ('Verpackungshaus Becker GmbH', 'DE'),
    ('Maple Leaf Fulfilment Inc.', 'CA'), ('Lion City Trading Pte Ltd', 'SG'),
    ('Emporio Casa S.r.l.', 'IT'), ('Atelier Dufresne SARL', 'FR'),
]
EN_ADDR = {
    'US': [('1200 Commerce Drive', 'Reno, NV 89502', 'USA'), ('45 Harbor Way, Suite 300',
            'Oakland, CA 94607', 'USA'), ('8800 Industrial Pkwy', 'Columbus, OH 43219', 'USA'),
           ('17 Elm Street', 'Edison, NJ 08817', 'USA'), ('2550 W Warehouse Rd', 'Phoenix, AZ 85043', 'USA')],
    'GB': [('Unit 4, Riverside Trading Estate', 'Manchester M17 1DQ', 'United Kingdom'),
           ('22 Kingsway', 'Milton Keynes MK9 2EA', 'United Kingdom')],
    'AU': [('14 Distribution Place', 'Eastern Creek NSW 2766', 'Australia'),
           ('3/55 Export Drive', 'Brooklyn VIC 3012', 'Australia')],
    'DE': [('Hafenstraße 12', '20457 Hamburg', 'Germany'), ('Industriestr. 8', '76185 Karlsruhe', 'Germany')],
    'CA': [('600 Logistics Blvd', 'Mississauga, ON L5T 2X1', 'Canada')],
    'SG': [('21 Tuas South Ave 6, #02-11', 'Singapore 637021', 'Singapore')],
    'IT': [('Via dei Mille 40', '20129 Milano MI', 'Italy')],
    'FR': [('12 Rue de la Logistique', '69007 Lyon', 'France')],
}
EN_PHONE = {
    'US': lambda r: r.choice(['(%d) %d-%04d', '%d-%d-%04d', '+1 %d %d %04d', '%d.%d.%04d']) % (
        r.choice([775, 510, 614, 732, 602, 212]), r.randint(200, 989), r.randint(0, 9999)),
    'GB': lambda r: r.choice(['+44 161 %03d %04d', '0161 %03d %04d']) % (r.randint(200, 999), r.randint(0, 9999)),
    'AU': lambda r: r.choice(['+61 2 %04d %04d', '(02) %04d %04d']) % (r.randint(1000, 9999), r.randint(0, 9999)),
    'DE': lambda r: r.choice(['+49 40 %d %d', '040 %d-%d']) % (r.randint(100, 999), r.randint(1000, 99999)),
    'CA': lambda r: '(905) %d-%04d' % (r.randint(200, 989), r.randint(0, 9999)),
    'SG': lambda r: '+65 6%03d %04d' % (r.randint(100, 999), r.randint(0, 9999)),
    'IT': lambda r: '+39 02 %d %d' % (r.randint(1000, 9999), r.randint(1000, 9999)),
    'FR': lambda r: '+33 4 %02d %02d %02d %02d' % tuple(r.randint(10, 99) for _ in range(4)),
}
CURRENCY_OF = {'US': 'USD', 'GB': 'GBP', 'AU': 'AUD', 'DE': 'EUR', 'CA': 'CAD', 'SG': 'USD',
               'IT': 'EUR', 'FR': 'EUR'}

# sku, Chinese name, spec, unit, English name, base price (CNY)
PRODUCTS = [
    ('HD-CT-0301', '五层瓦楞纸箱', '600×400×400mm', '个', 'Corrugated carton 5-ply 600x400x400', '6.80'),
    ('HD-CT-0302', '三层瓦楞纸箱', '400×300×250mm', '个', 'Corrugated carton 3-ply 400x300x250', '2.35'),
    ('HD-CT-0510', '飞机盒', '260×180×60mm', '个', 'Mailer box 260x180x60', '1.15'),
    ('HD-TP-4806', '透明封箱胶带', '48mm×100m', '卷', 'Clear packing tape 48mm x 100m', '4.50'),
    ('HD-TP-4812', '米黄封箱胶带', '48mm×150m', '卷', 'Tan packing tape 48mm x 150m', '5.80'),
    ('HD-TP-6008', '印字警示胶带', '60mm×100m', '卷', 'Printed warning tape 60mm', '7.20'),
    ('HD-SF-5023', '缠绕膜', '50cm×23μm 3kg', '卷', 'Stretch film 500mm 23mic', '38.00'),
    ('HD-SF-1017', '手用缠绕膜', '10cm×17μm', '卷', 'Hand stretch film 100mm', '6.50'),
    ('HD-BW-1050', '气泡膜卷', '1m×50m 双层', '卷', 'Bubble wrap roll 1m x 50m', '42.00'),
    ('HD-BW-2030', '气泡袋', '20×30cm', '包', 'Bubble bags 20x30cm (100/pk)', '18.50'),
    ('HD-LB-1010', '热敏标签', '100×100mm 500张', '卷', 'Thermal labels 100x100 (500/roll)', '9.90'),
    ('HD-LB-7050', '不干胶标签', '70×50mm', '卷', 'Self-adhesive labels 70x50', '12.00'),
    ('HD-GL-0901', '丁腈手套', 'L码 100只/盒', '盒', 'Nitrile gloves L (100/box)', '26.00'),
    ('HD-GL-0305', '劳保棉纱手套', '12双/打', '打', 'Cotton work gloves (dozen)', '15.60'),
    ('HD-ST-1605', 'PP打包带', '16mm×5kg', '卷', 'PP strapping 16mm 5kg', '32.00'),
    ('HD-ST-0019', '打包扣', '19mm 1000只', '包', 'Strapping seals 19mm (1000)', '45.00'),
    ('HD-PL-1210', '塑料托盘', '1200×1000mm 川字', '个', 'Plastic pallet 1200x1000', '168.00'),
    ('HD-PL-1208', '木托盘', '1200×800mm 熏蒸', '个', 'Wooden pallet 1200x800 ISPM15', '85.00'),
    ('HD-EP-0010', '珍珠棉', '10mm 1m×50m', '卷', 'EPE foam sheet 10mm', '56.00'),
    ('HD-KP-8012', '牛皮纸', '80g 1.2m宽', '卷', 'Kraft paper roll 80gsm 1.2m', '95.00'),
    ('HD-ZB-3040', '快递袋', '30×40cm 100个', '包', 'Poly mailer 30x40 (100/pk)', '16.80'),
    ('HD-ZB-2535', '自封袋', '25×35cm 100个', '包', 'Zip bags 25x35 (100/pk)', '11.50'),
    ('HD-CN-0800', '护角', '50×50×5mm 1m', '根', 'Edge protector 50x50x5 1m', '1.60'),
    ('HD-DS-0200', '干燥剂', '200g', '包', 'Desiccant 200g', '2.80'),
    ('HD-KN-0018', '美工刀', '18mm', '把', 'Utility knife 18mm', '4.20'),
    ('HD-TD-0060', '封箱器', '60mm', '个', 'Tape dispenser 60mm', '22.00'),
    ('HD-MK-0100', '记号笔', '黑色 10支/盒', '盒', 'Marker pens black (10)', '13.50'),
]
UNITS_EN = {'个': 'pcs', '卷': 'rolls', '包': 'packs', '盒': 'boxes', '打': 'doz', '根': 'pcs', '把': 'pcs'}

TWO = Decimal('0.01')


def D(s):
    return Decimal(s).quantize(TWO, ROUND_HALF_UP)


def money_str(d):
    return str(D(d))


# ---------------------------------------------------------------- people

def cn_name(rng):
    return rng.choice(SURNAMES) + rng.choice(GIVEN)


def tw_name(rng):
    return rng.choice(TW_SURNAMES) + rng.choice(TW_GIVEN)


def en_name(rng):
    return rng.choice(EN_FIRST) + ' ' + rng.choice(EN_LAST)


def cn_company(rng, city=None):
    city = city or rng.choice(CN_CITIES)
    short = city[1].replace('市', '')
    return short + rng.choice(CO_WORDS) + rng.choice(CO_KINDS)


def cn_mobile(rng):
    return rng.choice(['138', '139', '136', '135', '137', '150', '151', '152', '158', '159', '186',
                       '187', '188', '189', '177', '180', '181', '182', '131', '132', '133', '155',
                       '199']) + '%08d' % rng.randint(0, 99999999)


def fmt_mobile(rng, m, style=None):
    style = style if style is not None else rng.choice(
        ['plain', 'plain', 'plain', 'space', 'dash', '+86', '+86-dash', '+86 space', '0086'])
    a, b, c = m[:3], m[3:7], m[7:]
    return {'plain': m, 'space': '%s %s %s' % (a, b, c), 'dash': '%s-%s-%s' % (a, b, c),
            '+86': '+86' + m, '+86-dash': '+86-%s-%s-%s' % (a, b, c),
            '+86 space': '+86 %s %s %s' % (a, b, c), '0086': '0086 ' + m}[style]


def cn_landline(rng, area):
    n = rng.randint(2000, 8999)
    tail = rng.randint(0, 9999)
    if len(area) == 3:
        return rng.choice(['%s-%d%04d', '%s-%d %04d', '(%s) %d-%04d', '%s %d%04d']) % (area, n, tail)
    return rng.choice(['%s-%d%03d', '%s-8%d%03d']) % (area, n, tail % 1000)


def cn_address(rng, city=None, with_province=None):
    city = city or rng.choice(CN_CITIES)
    prov, c, dists, _ = city
    dist = rng.choice(dists)
    road = rng.choice(ROADS)
    num = rng.randint(1, 1888)
    park = rng.choice(PARKS)
    tail = rng.choice(['', '', '%d号楼' % rng.randint(1, 12), '%d栋%d楼' % (rng.randint(1, 9), rng.randint(1, 6)),
                       'B座%d室' % rng.randint(101, 1808), '%d号仓库' % rng.randint(1, 20)])
    if with_province is None:
        with_province = rng.random() < 0.5
    head = (prov if prov != c else '') + c if with_province else c
    return '%s%s%s%d号%s%s' % (head, dist, road, num, park, tail)


def tw_address(rng):
    city, dists = rng.choice(TW_CITIES)
    return '%s%s%s%d號%s' % (city, rng.choice(dists), rng.choice(TW_ROADS), rng.randint(1, 400),
                             rng.choice(['', '%d樓' % rng.randint(2, 15), '%d樓之%d' % (rng.randint(2, 12), rng.randint(1, 5))]))


def tw_phone(rng):
    return rng.choice(['09%02d-%03d-%03d', '09%02d%03d%03d']) % (rng.randint(10, 99), rng.randint(0, 999),
                                                                 rng.randint(0, 999))


# ---------------------------------------------------------------- dates

def order_date(rng):
    """A date between 2025-09-01 and 2026-12-18 (a working day mostly)."""
    base = datetime.date(2025, 9, 1)
    d = base + datetime.timedelta(days=rng.randint(0, 473))
    if d.weekday() == 6 and rng.random() < 0.8:
        d -= datetime.timedelta(days=2)
    return d


def mail_dt(rng, d, tzh=8, days_after=(0, 1)):
    d2 = d + datetime.timedelta(days=rng.choice(days_after))
    return datetime.datetime(d2.year, d2.month, d2.day, rng.randint(7, 21), rng.randint(0, 59),
                             rng.randint(0, 59), tzinfo=tz(tzh))


EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
             'October', 'November', 'December']


def fmt_date(rng, d, style=None):
    styles = ['iso', 'slash', 'cn', 'dot', 'cn-nopad']
    style = style or rng.choice(styles)
    m3 = EN_MONTHS[d.month - 1][:3]
    return {
        'iso': d.isoformat(), 'slash': '%d/%02d/%02d' % (d.year, d.month, d.day),
        'slash-nopad': '%d/%d/%d' % (d.year, d.month, d.day),
        'cn': '%d年%02d月%02d日' % (d.year, d.month, d.day),
        'cn-nopad': '%d年%d月%d日' % (d.year, d.month, d.day),
        'dot': '%d.%02d.%02d' % (d.year, d.month, d.day),
        'dmy': '%d %s %d' % (d.day, m3, d.year),
        'dmy-long': '%d %s %d' % (d.day, EN_MONTHS[d.month - 1], d.year),
        'mdy': '%s %d, %d' % (m3, d.day, d.year),
        'mdy-long': '%s %d, %d' % (EN_MONTHS[d.month - 1], d.day, d.year),
        'us-num': '%02d/%02d/%d' % (d.month, d.day, d.year),
        'eu-num': '%02d.%02d.%d' % (d.day, d.month, d.year),
        'dd-mmm-yy': '%02d-%s-%02d' % (d.day, m3, d.year % 100),
        'iso-time': '%s %02d:%02d' % (d.isoformat(), rng.randint(8, 18), rng.randint(0, 59)),
    }[style]


# ---------------------------------------------------------------- money

FW = str.maketrans('0123456789.,', '０１２３４５６７８９．，')


def fmt_amount(d, thousands=False, decimals=2, fullwidth=False, strip_zero=False):
    d = D(d)
    if decimals == 4:
        s = '%.4f' % d
    else:
        s = '%.2f' % d
    if strip_zero and s.endswith('.00'):
        s = s[:-3]
    if thousands:
        ip, _, fp = s.partition('.')
        neg = ip.startswith('-')
        ip = ip.lstrip('-')
        groups = []
        while len(ip) > 3:
            groups.insert(0, ip[-3:])
            ip = ip[:-3]
        groups.insert(0, ip)
        s = ('-' if neg else '') + ','.join(groups) + ('.' + fp if fp else '')
    if fullwidth:
        s = s.translate(FW)
    return s


def fmt_money(d, style='plain', **kw):
    a = fmt_amount(d, **kw)
    return {'plain': a, 'yen': '¥' + a, 'yen-fw': '￥' + a, 'yuan': a + '元', 'rmb': 'RMB ' + a,
            'rmb-tight': 'RMB' + a, 'usd': '$' + a, 'usd-code': 'USD ' + a, 'us$': 'US$' + a,
            'eur': '€' + a, 'eur-post': a + ' €', 'gbp': '£' + a, 'nt': 'NT$' + a,
            'cny': 'CNY ' + a, 'code-post': a + ' USD', 'aud': 'A$' + a}[style]


# ---------------------------------------------------------------- orders

def pick_products(rng, n):
    return rng.sample(PRODUCTS, n)


QTY_CHOICES = [1, 2, 3, 5, 6, 8, 10, 12, 15, 20, 24, 25, 30, 36, 40, 48, 50, 60, 80, 100, 120, 150,
               200, 240, 300, 500, 600, 1000, 1200, 2000, 3000, 5000]


def price_for(rng, base, currency='CNY', variation=True):
    b = Decimal(base)
    if currency != 'CNY':
        rate = {'USD': Decimal('0.14'), 'EUR': Decimal('0.13'), 'GBP': Decimal('0.11'),
                'AUD': Decimal('0.21'), 'CAD': Decimal('0.19'), 'TWD': Decimal('4.4'),
                'HKD': Decimal('1.09')}[currency]
        b = b * rate
    if variation:
        b = b * (Decimal(rng.randint(88, 112)) / 100)
    q = D(b)
    if q <= 0:
        q = Decimal('0.05')
    if rng.random() < 0.3 and q > 10:
        q = D(q.to_integral_value())
    return q


def qty_for(rng, price):
    if price > 100:
        return rng.choice([1, 2, 3, 4, 5, 6, 10, 12, 20, 50])
    if price > 20:
        return rng.choice([2, 5, 6, 10, 12, 20, 24, 30, 40, 50, 100])
    if price > 3:
        return rng.choice([6, 10, 12, 20, 24, 30, 36, 40, 48, 50, 60, 80, 100, 120, 200, 300, 500])
    return rng.choice([100, 200, 240, 300, 500, 600, 1000, 1200, 2000, 3000, 5000])


class Order:
    """One purchase order as the generator knows it. The truth written
    beside a mail comes from `truth()`, told which fields the document
    states."""

    def __init__(self, rng, lang='cn', currency=None, nlines=None, id_style=None, country=None):
        self.rng = rng
        self.lang = lang
        if lang == 'en':
            co, ctry = rng.choice(EN_COMPANIES) if not country else next(
                (c for c in EN_COMPANIES if c[1] == country), rng.choice(EN_COMPANIES))
            self.country = ctry
            self.company = co
            self.contact = en_name(rng)
            street, town, nation = rng.choice(EN_ADDR[ctry])
            self.addr_lines = [street, town, nation]
            self.address = ', '.join(self.addr_lines)
            self.phone = EN_PHONE[ctry](rng)
            self.currency = currency or CURRENCY_OF[ctry]
        elif lang == 'tw':
            self.country = 'TW'
            self.company = rng.choice(TW_COMPANIES)
            self.contact = tw_name(rng)
            self.address = tw_address(rng)
            self.phone = tw_phone(rng)
            self.currency = currency or 'TWD'
        else:
            self.country = 'CN'
            city = rng.choice(CN_CITIES)
            self.city = city
            self.company = cn_company(rng, city)
            self.contact = cn_name(rng)
            self.address = cn_address(rng, city)
            self.mobile = cn_mobile(rng)
            self.phone = self.mobile
            self.area = city[3]
            self.currency = currency or 'CNY'
        self.buyer = self.contact
        self.date = order_date(rng)
        self.id = make_po_id(rng, self.date, id_style)
        n = nlines or rng.choice([1, 2, 2, 3, 3, 3, 4, 4, 5, 6])
        self.lines = []
        for p in pick_products(rng, n):
            price = price_for(rng, p[5], self.currency)
            qty = qty_for(rng, price)
            self.lines.append({'sku': p[0], 'title': p[1] if lang != 'en' else p[4],
                               'title_cn': p[1], 'title_en': p[4], 'spec': p[2], 'unit': p[3],
                               'unit_en': UNITS_EN[p[3]], 'qty': qty, 'unit_price': price,
                               'total': D(price * qty)})
        self.shipping = Decimal('0.00')
        self.tax = Decimal('0.00')
        self.discount = Decimal('0.00')

    @property
    def subtotal(self):
        return sum((l['total'] for l in self.lines), Decimal('0.00'))

    @property
    def total(self):
        return D(self.subtotal + self.shipping + self.tax - self.discount)

    def truth(self, fields, line_fields, **override):
        """fields: any of external_id customer ship_to.name ship_to.phone
        ship_to.address placed_at currency total. line_fields: any of sku
        title qty unit_price total, and spec where the mail gives the
        specification in its own column: the title is then name + " " +
        spec, as a clerk keys it (the spec must not be lost)."""
        t = {}
        if 'external_id' in fields:
            t['external_id'] = self.id
        if 'customer' in fields:
            t['customer'] = {'name': self.company}
        st = {}
        if 'ship_to.name' in fields:
            st['name'] = self.contact
        if 'ship_to.phone' in fields:
            st['phone'] = self.phone
        if 'ship_to.address' in fields:
            st['address'] = self.address
        if st:
            t['ship_to'] = st
        if 'placed_at' in fields:
            t['placed_at'] = self.date.isoformat()
        if 'currency' in fields:
            t['currency'] = self.currency
        if 'total' in fields:
            t['total'] = money_str(self.total)
        lines = []
        for l in self.lines:
            tl = {}
            for f in ('sku', 'title', 'qty', 'unit_price', 'total'):
                if f in line_fields:
                    v = l[f]
                    if f == 'title' and 'spec' in line_fields and l.get('spec'):
                        v = '%s %s' % (v.strip(), l['spec'].strip())
                    tl[f] = money_str(v) if f in ('unit_price', 'total') else v
            lines.append(tl)
        t['lines'] = lines
        for k, v in override.items():
            if v is None:
                t.pop(k, None)
            else:
                t[k] = v
        return t


def make_po_id(rng, d, style=None):
    styles = ['PO-Y-N', 'POYMD', 'CG-YMD-NN', 'SAP', 'PYYMM-N', 'HD-PO', 'NUM', 'PO/Y/N', 'CGDD']
    style = style or rng.choice(styles)
    n = rng.randint(1, 9999)
    return {
        'PO-Y-N': 'PO-%d-%04d' % (d.year, n),
        'POYMD': 'PO%s%03d' % (d.strftime('%Y%m%d'), n % 1000),
        'CG-YMD-NN': 'CG-%s-%02d' % (d.strftime('%Y%m%d'), n % 100),
        'SAP': '45000%05d' % rng.randint(10000, 99999),
        'PYYMM-N': 'P%s-%04d' % (d.strftime('%y%m'), n),
        'HD-PO': 'HD-PO-%05d' % rng.randint(100, 99999),
        'NUM': '%d' % rng.randint(1000, 99999),
        'PO/Y/N': 'PO/%d/%04d' % (d.year, n),
        'CGDD': 'CGDD%s%04d' % (d.strftime('%Y%m%d'), n),
        'ACME': '%d' % rng.randint(4000, 4999),
        'TW': 'PO%s%03d' % (d.strftime('%Y%m'), n % 1000),
    }[style]


# ---------------------------------------------------------------- text layout

def dwidth(s):
    """Display width: CJK and full-width characters count 2."""
    w = 0
    for c in s:
        o = ord(c)
        if (0x1100 <= o <= 0x115F or 0x2E80 <= o <= 0xA4CF or 0xAC00 <= o <= 0xD7A3 or
                0xF900 <= o <= 0xFAFF or 0xFE30 <= o <= 0xFE4F or 0xFF00 <= o <= 0xFF60 or
                0xFFE0 <= o <= 0xFFE6):
            w += 2
        else:
            w += 1
    return w


def pad(s, w, right=False):
    p = max(0, w - dwidth(s))
    return (' ' * p + s) if right else (s + ' ' * p)


def aligned(rows, gap=2, right_cols=(), min_gap=2):
    widths = [max(dwidth(r[i]) for r in rows if i < len(r)) for i in range(max(len(r) for r in rows))]
    out = []
    for r in rows:
        cells = [pad(c, widths[i], i in right_cols) for i, c in enumerate(r)]
        out.append((' ' * gap).join(cells).rstrip())
    return out


def pipe_table(rows, align_right=(), spaced=True):
    widths = [max(dwidth(r[i]) for r in rows) for i in range(len(rows[0]))]
    def line(r):
        return '| ' + ' | '.join(pad(c, widths[i], i in align_right) for i, c in enumerate(r)) + ' |'
    sep = '|' + '|'.join(('-' * (widths[i] + 1) + ':') if i in align_right else '-' * (widths[i] + 2)
                         for i in range(len(widths))) + '|'
    if not spaced:
        return ['|'.join(r) for r in rows[:1]] + ['|'.join('---' for _ in rows[0])] + \
               ['|'.join(r) for r in rows[1:]]
    return [line(rows[0]), sep] + [line(r) for r in rows[1:]]


def quote(text, prefix='> '):
    return '\n'.join((prefix + l) if l else prefix.rstrip() for l in text.split('\n'))
