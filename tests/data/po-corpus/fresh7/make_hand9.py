#!/usr/bin/python3
"""Hand-written purchase-order mails h287–h326 (the ninth untuned set).

Written one by one as customers of 杭州恒达包装材料有限公司 send them,
without reading the extractor and without running orderctl or the score
script on them, while rules were tuned on fresh/ to fresh6/; each
function gives the mail and the truth a careful order clerk would key in
(notes say when the clerk holds it). MIME helpers are imported from
make_hand2.py to make_hand8.py; attachments use ../corpus_docs.py:

    /usr/bin/python3 tests/data/po-corpus/fresh7/make_hand9.py [hNNN ...]
"""
import base64
import datetime
import email.utils
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
UP = os.path.dirname(HERE)
for sub in ('fresh6', 'fresh5', 'fresh4', 'fresh3', 'fresh2', 'fresh', 'hand', ''):
    sys.path.insert(0, os.path.join(UP, sub) if sub else UP)

import corpus_docs  # noqa: E402
import make_hand2  # noqa: E402
from corpus_docs import Sheet  # noqa: E402
from make_hand2 import (D, m2, ln, addr, text, attachment, message, truth)  # noqa: E402
from make_hand3 import single, with_attachments, cells_html, XLSX  # noqa: E402
from make_hand4 import hdr, alt, check, XLS  # noqa: E402
from make_hand5 import order, exact  # noqa: E402
from make_hand6 import amt, MSO  # noqa: E402
from make_hand7 import lines_of, subtotal  # noqa: E402

MAILS = []


def mail(fn):
    MAILS.append(fn)
    return fn


def dh(y, mo, d, hh, mi, ss, tz_minutes=480):
    """An RFC 5322 Date header value with the right weekday."""
    tz = datetime.timezone(datetime.timedelta(minutes=tz_minutes))
    return email.utils.format_datetime(datetime.datetime(y, mo, d, hh, mi, ss, tzinfo=tz))


CN_DIGITS = '零壹贰叁肆伍陆柒捌玖'


def daxie(v):
    """人民币大写 of an amount below 100 million yuan."""
    v = D(v).quantize(D('0.01'))
    yuan, cents = int(v), int(v * 100) % 100
    units = ['', '拾', '佰', '仟']

    def four(n):
        s, zero = '', False
        for i in range(3, -1, -1):
            dg = n // 10 ** i % 10
            if dg == 0:
                zero = zero or bool(s)
            else:
                if zero:
                    s += '零'
                    zero = False
                s += CN_DIGITS[dg] + units[i]
        return s
    hi, lo = divmod(yuan, 10000)
    s = ''
    if hi:
        s += four(hi) + '万'
    if lo:
        if hi and lo < 1000:
            s += '零'
        s += four(lo)
    s += '元'
    jiao, fen = divmod(cents, 10)
    if not cents:
        return s + '整'
    if jiao:
        s += CN_DIGITS[jiao] + '角'
    if fen:
        s += ('零' if not jiao else '') + CN_DIGITS[fen] + '分'
    return s


assert daxie('32280') == '叁万贰仟贰佰捌拾元整', daxie('32280')
assert daxie('10005.5') == '壹万零伍元伍角'
assert daxie('46300') == '肆万陆仟叁佰元整'


# ============================================================ plain text bodies
@mail
def h287_guangxi_luosifen_gbk_qp_daxie_only():
    rows = [('LX-BZ-280', '螺蛳粉外袋 彩印 铝箔 三边封 280g', '个', 120000, '0.168'),
            ('LX-BZ-SS', '酸笋料包袋 透明 PET/PE 8*10cm', '个', 120000, '0.032'),
            ('LX-XZ-5035', '外箱 五层 50*35*30 印刷', '个', 2400, '3.45')]
    lines = exact(lines_of(rows, qty=3, price=4), ['0.168', '0.032', None])
    total = m2(subtotal(lines))
    check(lines, total)
    assert total == '32280.00'
    tab = '\n'.join('%d  %s  %s  %s  %s  %s  %s' % (i + 1, s, t, u, q, p, m2(D(p) * q))
                    for i, (s, t, u, q, p) in enumerate(rows))
    body = """恒达包装 覃经理：

年后开工要备货，我厂下以下包材，价格按去年12月报价单执行，含税含运。

订单编号：LZ-LSF-270104
下单日期：2027年1月4日

序号  物料编码  物料名称  单位  数量  单价  金额
%s

合计金额（大写）：人民币%s

送货地址：广西柳州市柳南区河西工业园 西环路 18 号 螺香食品 2 号仓
收货：韦师傅 18977210335（周日不收货）

外袋请按上次签样的色稿印，不要改版。

柳州市螺香食品有限公司 采购部
覃丽萍
手机 13877214906  座机 0772-3128806
""" % (tab, daxie(total))
    eml = single(hdr(addr('覃丽萍', 'qinlp@luoxiang-food.com', 'gbk'), '螺香食品 采购订单 LZ-LSF-270104',
                     dh(2027, 1, 4, 8, 31, 12), '202701040831128105332@luoxiang-food.com',
                     'X-Mailer: Foxmail 7.2.25.375[cn]', 'gbk'), body, 'gbk', 'quoted-printable')
    return eml, truth('hand-guangxi-luosifen-gbk-qp-daxie-only', 'body', 'gbk',
                      'A Liuzhou snail-noodle factory (Foxmail, GBK quoted-printable): rows with fields separated by two '
                      'spaces (titles contain single spaces), 3-decimal prices, no 小写 total at all: the only total is '
                      '"合计金额（大写）：人民币叁万贰仟贰佰捌拾元整" (32,280.00, which adds up). 人民币 gives the currency. '
                      'The mobile and landline in the signature are the buyer\'s, the receiver is 韦师傅.',
                      [order('LZ-LSF-270104', '柳州市螺香食品有限公司',
                             ('韦师傅', '18977210335', '广西柳州市柳南区河西工业园 西环路 18 号 螺香食品 2 号仓'),
                             '2027-01-04', 'CNY', total, lines)])


@mail
def h288_inner_mongolia_cashmere_order_in_quote_new_receiver():
    rows = [('RX-HZ-3628', '羊绒衫礼盒 天地盖 烫金 36*28*8', '个', 3000, '6.80'),
            ('RX-FC-4050', '防尘袋 无纺布 印LOGO 40*50', '个', 3000, '1.20'),
            ('RX-DP-0001', '吊牌 铜版纸 双面印 含绳', '套', 6000, '0.28'),
            ('RX-KB-5070', '拷贝纸 17g 50*70', '张', 20000, '0.09')]
    lines = lines_of(rows, qty=3, price=4)
    total = m2(subtotal(lines))
    check(lines, total)
    tab = '\n'.join('%s\t%s\t%s\t%s\t%s\t%s' % (s, t, u, '{:,}'.format(q), p, amt(D(p) * q)) for s, t, u, q, p in rows)
    body = """李经理：

这单是1月5日发的，到现在还没收到你们的确认，鄂尔多斯这边月底要出货，麻烦今天给个交期。
另外收货人换一下：白雪 15147735520，地址不变。

乌兰
鄂尔多斯市瑞雪绒业有限公司 采购

------------------ 原始邮件 ------------------
发件人: "乌兰"<wulan@ruixue-cashmere.com>;
发送时间: 2027年1月5日(星期二) 上午9:12
收件人: "orders"<orders@hengda-pack.cn>;
主题: 采购订单 EDS-RX-2701-05

恒达包装：

我司订购以下包装物料，请确认交期。

采购单号：EDS-RX-2701-05
日期：2027-01-05

编码\t品名规格\t单位\t数量\t单价（元）\t金额（元）
%s
合计：%s 元

收货人：乌兰 0477-8526630
收货地址：内蒙古鄂尔多斯市东胜区罕台轻纺街 9 号 瑞雪绒业 成品库

乌兰
鄂尔多斯市瑞雪绒业有限公司 采购
""" % (tab, amt(D(total)))
    eml = single(hdr(addr('乌兰', 'wulan@ruixue-cashmere.com'), '回复：采购订单 EDS-RX-2701-05',
                     dh(2027, 1, 8, 15, 47, 3), 'richinfo.20270108154703.1a2b3c4d@ruixue-cashmere.com',
                     'X-Mailer: 139Mail WebMail 6.0'), body, 'utf-8', 'base64')
    return eml, truth('hand-inner-mongolia-cashmere-order-in-quote-new-receiver', 'body', 'utf-8',
                      'An Ordos cashmere maker chases its own order: the new text has no items, only "还没收到你们的确认" '
                      'and a new receiver ("收货人换一下：白雪 15147735520，地址不变"); the order itself is in the quoted '
                      'original (QQ-style "------------------ 原始邮件 ------------------" without > marks) with a tab table, '
                      '单价（元）, thousands commas in quantities and 合计. The order is keyed once, from the quote, with '
                      'the receiver of the new text and the quoted address and date.',
                      [order('EDS-RX-2701-05', '鄂尔多斯市瑞雪绒业有限公司',
                             ('白雪', '15147735520', '内蒙古鄂尔多斯市东胜区罕台轻纺街 9 号 瑞雪绒业 成品库'),
                             '2027-01-05', 'CNY', total, lines)])


@mail
def h289_heilongjiang_rice_mill_wan_units_discount():
    rows = [('5kg大米真空袋 尼龙 彩印', '万条', 3, 30000, '0.62', '条'),
            ('10kg大米编织袋 覆膜 彩印', '万条', 2, 20000, '1.15', '条'),
            ('2.5kg大米礼盒 手提 牛皮纸', '个', 5000, 5000, '4.80', '个')]
    lines = [ln(None, t, q, p) for t, w, n, q, p, u in rows]
    sub = subtotal(lines)
    total = m2(sub - 600)
    check(lines, total, -600)
    items = []
    for i, (t, w, n, q, p, u) in enumerate(rows):
        qs = '%d万条' % n if w == '万条' else '%d个' % n
        items.append('%d、%s  %s × %s元/%s = %s元' % (i + 1, t, qs, p, u, '{:,}'.format(int(D(p) * q))))
    body = """恒达公司 刘经理：

新米上市，包装不够了，下单如下：

订单号：DXY-2701-08
日期：2027.1.8

%s

小计：%s元
老客户优惠：-600元
实付：%s元
运费到付。

货送：黑龙江省哈尔滨市五常市 龙凤山镇 稻香源米业 包装车间
收货人：赵春生 13946011258

五常市稻香源米业有限公司
孙桂芝（会计兼采购）0451-53522870
""" % ('\n'.join(items), '{:,}'.format(int(sub)), '{:,}'.format(int(D(total))))
    eml = single(hdr(addr('孙桂芝', 'daoxiangyuan_mi@163.com', 'gb18030'), '订单DXY-2701-08',
                     dh(2027, 1, 8, 10, 5, 41), '2b5d7f91.4c63.18fa1b2c3d4.Coremail.daoxiangyuan_mi@163.com',
                     'X-Mailer: Coremail Webmail Server Version XT5.0.14', 'gb18030'), body, 'gb18030', 'base64')
    return eml, truth('hand-heilongjiang-rice-mill-wan-units-discount', 'body', 'gb18030',
                      'A Wuchang rice mill (163 Mail, GB18030): numbered "1、title  3万条 × 0.62元/条 = 18,600元" lines, '
                      'quantities in 万条 (keyed 30000 and 20000 pieces, as the amounts show), no SKUs, 小计 then '
                      '"老客户优惠：-600元" and "实付" 65,000; "运费到付" has no amount. Date "2027.1.8". The signature '
                      'phone is the buyer\'s, not the receiver\'s. Adds up after the discount.',
                      [order('DXY-2701-08', '五常市稻香源米业有限公司',
                             ('赵春生', '13946011258', '黑龙江省哈尔滨市五常市 龙凤山镇 稻香源米业 包装车间'),
                             '2027-01-08', 'CNY', total, lines)])


@mail
def h290_vn_cashew_usd_plus_vnd_trucking():
    rows = [('HD-VN-0500K', 'Vacuum bag 500g, kraft with window', 50000, '0.085'),
            ('HD-VN-C10', 'Export carton 10kg, 5-ply, printed', 3000, '1.62'),
            ('HD-VN-AF1Z', 'Aluminium foil bag 1kg with zipper', 20000, '0.145')]
    lines = exact(lines_of(rows), ['0.085', None, '0.145'])
    total = m2(subtotal(lines))
    check(lines, total)
    tab = '\n'.join('%d    %-12s %-38s %7s   %6s   %9s' % (i + 1, s, t, '{:,}'.format(q), p, amt(D(p) * q))
                    for i, (s, t, q, p) in enumerate(rows))
    body = """Dear Ms. Li,

Good day! Please kindly arrange our order below for the new crop.

PO No.: BPX-PO-0107
PO date: 07/01/2027
Price term: CIF Cat Lai, HCMC

No.  Item code    Description                            Qty (pcs)  USD/pc    Amount USD
%s

TOTAL: USD %s

Inland trucking Cat Lai -> factory: VND 4.800.000 (we pay the trucking company directly, not in your invoice).

Consignee / delivery:
Binh Phuoc Xanh Cashew Processing Co., Ltd (Công ty TNHH Chế biến Điều Bình Phước Xanh)
Lô C3, KCN Đồng Xoài II, Phường Tiến Thành, TP. Đồng Xoài, Bình Phước, Việt Nam
Contact: Mr. Nguyễn Văn Hùng, +84 271 3879 456

Best regards,
Trần Thị Mai (Ms.)
Purchasing Dept. | Binh Phuoc Xanh Cashew Processing Co., Ltd
Mobile/Zalo: +84 908 112 657
""" % (tab, amt(D(total)))
    eml = single(hdr('=?UTF-8?B?VHLhuqduIFRo4buLIE1haQ==?= <mai.tt@binhphuocxanh.com.vn>',
                     'PO BPX-PO-0107 - packaging for new crop', dh(2027, 1, 7, 9, 14, 55, 420),
                     'CAP7v2Lk9Qm4+XrT8wN1bJ6cF3eZ5dY0sA2gH7iK4jU@mail.gmail.com'), body, 'utf-8', 'quoted-printable')
    return eml, truth('hand-vn-cashew-usd-plus-vnd-trucking', 'body', 'utf-8',
                      'A Vietnamese cashew processor (Gmail, UTF-8 QP, Vietnamese diacritics in the address and sender '
                      'name): a space-aligned table in USD with 3-decimal prices, TOTAL USD, then an inland trucking '
                      'fee in VND with dot thousands ("VND 4.800.000") that the buyer pays directly and is not part of '
                      'the order; date 07/01/2027 (D/M in Vietnam). The order is in USD and its total is the USD '
                      'total. Adds up.',
                      [order('BPX-PO-0107', 'Binh Phuoc Xanh Cashew Processing Co., Ltd',
                             ('Mr. Nguyễn Văn Hùng', '+84 271 3879 456',
                              'Binh Phuoc Xanh Cashew Processing Co., Ltd (Công ty TNHH Chế biến Điều Bình Phước Xanh), '
                              'Lô C3, KCN Đồng Xoài II, Phường Tiến Thành, TP. Đồng Xoài, Bình Phước, Việt Nam'),
                             '2027-01-07', 'USD', total, lines)])


@mail
def h291_th_durian_phone_buddhist_year_words():
    rows = [('Durian export carton 5-ply 12kg, print 2 col', 4000, '38.50'),
            ('Foam net sleeve for durian', 48000, '0.85'),
            ('Label sticker "Monthong" 10x6cm', 50000, '0.22')]
    lines = [ln(None, t, q, p) for t, q, p in rows]
    total = m2(subtotal(lines))
    check(lines, total)
    assert total == '205800.00'
    items = '\n'.join('- %s  %s pcs x %s = %s' % (t, '{:,}'.format(q), p, amt(D(p) * q)) for t, q, p in rows)
    body = """hi vivian

order for this season pls, prices THB same as your bkk agent quote

PO: CGF 2701/015
date 11/01/2570

%s

total 205,800.00 baht (Two Hundred Five Thousand Eight Hundred Baht Only)

send to our packing house:
88/3 Moo 5, Tha Chang, Mueang Chanthaburi, Chanthaburi 22000, Thailand
khun Somchai 081-945-2276

thx
Ploy
Chanthaburi Golden Fruit Co., Ltd.

Get Outlook for iOS
""" % items
    eml = single(hdr('Ploy Rattanakul <ploy@cgf-fruit.co.th>', 'PO CGF 2701/015', dh(2027, 1, 11, 6, 52, 18, 420),
                     'SG2PR06MB5273D8E1F0A2B3C4@SG2PR06MB5273.apcprd06.prod.outlook.com'), body, 'utf-8', 'base64')
    return eml, truth('hand-th-durian-phone-buddhist-year-words', 'body', 'utf-8',
                      'A Thai durian exporter types on a phone (Outlook for iOS): lower case, "- title  4,000 pcs x '
                      '38.50 = 154,000.00" lines without SKUs, the PO number with a space and a slash ("CGF 2701/015"), '
                      'the date in the Buddhist era "11/01/2570" (= 11 January 2027, D/M), "prices THB" in a sentence '
                      'and the total followed by the amount in English words. Adds up.',
                      [order('CGF 2701/015', 'Chanthaburi Golden Fruit Co., Ltd.',
                             ('khun Somchai', '081-945-2276',
                              '88/3 Moo 5, Tha Chang, Mueang Chanthaburi, Chanthaburi 22000, Thailand'),
                             '2027-01-11', 'THB', total, lines)])


@mail
def h292_id_coffee_decimal_comma_usd_roman_month():
    rows = [('KKL-SP250', 'Standing pouch kraft 250g + valve', 10000, '0.18'),
            ('KKL-SP1K', 'Standing pouch kraft 1kg + valve', 3000, '0.34'),
            ('KKL-DB10', 'Drip bag filter 10g', 50000, '0.021'),
            ('KKL-CT40', 'Outer carton 40x30x30', 300, '0.95')]
    lines = exact(lines_of(rows), [None, None, '0.021', None])
    sub = subtotal(lines)
    freight = D('320')
    total = m2(sub + freight)
    check(lines, total, freight)

    def idn(v, n=2):
        return ('{:,.%df}' % n).format(D(v)).replace(',', 'X').replace('.', ',').replace('X', '.')
    items = '\n'.join('%d. %s - %s\n   %s pcs @ US$ %s = US$ %s' % (i + 1, s, t, idn(q, 0), idn(p, 3 if s == 'KKL-DB10' else 2),
                                                                  idn(D(p) * q)) for i, (s, t, q, p) in enumerate(rows))
    body = """Selamat siang Ibu Li,

Berikut PO kami untuk kemasan kopi bulan Februari.

No. PO   : PO/KKL/I/2027/004
Tanggal  : 12 Januari 2027

%s

Subtotal           : US$ %s
Ongkos kirim (freight ke Denpasar) : US$ %s
Total              : US$ %s

Kirim ke:
PT Kopi Kintamani Lestari
Jl. Raya Kintamani No. 17, Desa Batur Selatan, Kec. Kintamani, Kab. Bangli, Bali 80652
Penerima: Bpk. I Wayan Sudarma - 0812-3845-6721

Terima kasih,
Ni Luh Putu Ayu
Purchasing - PT Kopi Kintamani Lestari

Dikirim dari ponsel cerdas Samsung Galaxy saya.
""" % (items, idn(sub), idn(freight), idn(total))
    eml = single(hdr('Ni Luh Putu Ayu <purchasing@kopikintamani.co.id>', 'PO/KKL/I/2027/004 kemasan kopi',
                     dh(2027, 1, 12, 13, 20, 44), '7c1e5a93-2d4b-4f6a-9e8c-3b5d7f9a1c2e@email.android.com',
                     'X-Mailer: Samsung Email (6.1.91.9)'), body, 'utf-8', 'base64')
    return eml, truth('hand-id-coffee-decimal-comma-usd-roman-month', 'body', 'utf-8',
                      'A Bali coffee roaster writes in Indonesian from a Samsung phone: the PO number with a Roman '
                      'month "PO/KKL/I/2027/004", "Tanggal : 12 Januari 2027", item blocks on two rows with USD in '
                      'Indonesian number style ("US$ 0,18", "US$ 1.800,00", "50.000 pcs", a 3-decimal "0,021"), '
                      'Subtotal, "Ongkos kirim" (freight) and Total. Adds up with freight.',
                      [order('PO/KKL/I/2027/004', 'PT Kopi Kintamani Lestari',
                             ('Bpk. I Wayan Sudarma', '0812-3845-6721',
                              'PT Kopi Kintamani Lestari, Jl. Raya Kintamani No. 17, Desa Batur Selatan, Kec. Kintamani, '
                              'Kab. Bangli, Bali 80652'), '2027-01-12', 'USD', total, lines)])


@mail
def h293_ph_two_companies_two_pos():
    r1 = [('HD-PH-D100', 'Doypack 100g, matte, printed 6 col', 30000, '0.092'),
          ('HD-PH-C24', 'Shipping carton for 24 x 100g', 1250, '0.88')]
    r2 = [('HD-PH-D200', 'Doypack 200g, matte, printed 6 col', 12000, '0.128'),
          ('HD-PH-C12', 'Shipping carton for 12 x 200g', 1000, '0.92')]
    l1 = exact(lines_of(r1), ['0.092', None])
    l2 = exact(lines_of(r2), ['0.128', None])
    t1, t2 = m2(subtotal(l1)), m2(subtotal(l2))
    check(l1, t1)
    check(l2, t2)

    def block(rows):
        return '\n'.join('  %s  %-36s %7s pcs  @ USD %-6s  USD %9s' % (s, t, '{:,}'.format(q), p, amt(D(p) * q))
                         for s, t, q, p in rows)
    body = """Hi Vivian,

Two POs below - one for us and one for our sister company (separate invoices please, they pay on their own).

=== PO #1 ===
Buyer: Cebu Sunripe Foods Inc.
PO No: SRF-PO-27-0031
Date: January 13, 2027
%s
  Total: USD %s
Deliver to: Cebu Sunripe Foods Inc., Warehouse 2, MEPZ 1, Lapu-Lapu City, Cebu 6015
Receiving: Jun Alcantara 0917 555 0142

=== PO #2 ===
Buyer: Visayas Snack Exports Corp.
PO No: VSE-0119
Date: January 13, 2027
%s
  Total: USD %s
Deliver to: Visayas Snack Exports Corp., 88 A. C. Cortes Ave., Mandaue City, Cebu 6014
Receiving: Marites Ong (032) 345 6789

Thanks!
Grace Villanueva
Purchasing, Cebu Sunripe Foods Inc.
+63 32 238 4410
""" % (block(r1), amt(D(t1)), block(r2), amt(D(t2)))
    eml = single(hdr('Grace Villanueva <grace.v@sunripefoods.ph>', 'POs SRF-PO-27-0031 and VSE-0119',
                     dh(2027, 1, 13, 16, 3, 29), 'em6a7b8c9d-0e1f-4a2b-8c3d-4e5f6a7b8c9d@desktop-cebu01',
                     'X-Mailer: eM Client 10.1.4588.0'), body, 'utf-8', '7bit')
    return eml, truth('hand-ph-two-companies-two-pos', 'body', 'utf-8',
                      'A Cebu dried-mango maker sends two POs in one mail (eM Client), one for itself and one for its '
                      'sister company, each in a "=== PO #n ===" block with its own Buyer, number, date, lines with '
                      '3-decimal USD prices, Total, delivery address and receiver; the signature is the first '
                      'company\'s. Two orders with different customers, each adds up.',
                      [order('SRF-PO-27-0031', 'Cebu Sunripe Foods Inc.',
                             ('Jun Alcantara', '0917 555 0142', 'Cebu Sunripe Foods Inc., Warehouse 2, MEPZ 1, Lapu-Lapu City, Cebu 6015'),
                             '2027-01-13', 'USD', t1, l1),
                       order('VSE-0119', 'Visayas Snack Exports Corp.',
                             ('Marites Ong', '(032) 345 6789', 'Visayas Snack Exports Corp., 88 A. C. Cortes Ave., Mandaue City, Cebu 6014'),
                             '2027-01-13', 'USD', t2, l2)])


@mail
def h294_ru_honey_koi8r_cny():
    rows = [('HD-RU-0250', 'Банка ПЭТ 250 мл с крышкой', 20000, '0.62'),
            ('HD-RU-0500', 'Банка ПЭТ 500 мл с крышкой', 12000, '0.88'),
            ('HD-RU-GB03', 'Подарочная коробка "Алтайский мёд" на 3 банки', 2000, '5.40')]
    lines = lines_of(rows)
    total = m2(subtotal(lines))
    check(lines, total)

    def ru(v, n=2):
        return ('{:,.%df}' % n).format(D(v)).replace(',', ' ').replace('.', ',')
    items = '\n'.join('%d. %s (%s) - %s шт. x %s юаня = %s юаней' % (i + 1, t, s, ru(q, 0), ru(p), ru(D(p) * q))
                      for i, (s, t, q, p) in enumerate(rows))
    body = """Добрый день, Вивиан!

Просим принять заказ N AM-27/011 от 13.01.2027.

%s

Итого: %s юаней (CNY)

Оплата: 30%% предоплата, 70%% перед отгрузкой.

Доставка: ООО "Алтай Мёд", Россия, 656922, Алтайский край, г. Барнаул, ул. Трактовая, 78, склад 3
Получатель: Кузнецов Сергей Петрович, тел. +7 (3852) 50-17-36

С уважением,
Ирина Волкова
менеджер по закупкам ООО "Алтай Мёд"
моб. +7 913 271-44-08
""" % (items, ru(total))
    eml = single(hdr('=?koi8-r?B?%s?= <volkova@altaymed.ru>' % base64.b64encode('Ирина Волкова'.encode('koi8-r')).decode(),
                     'Заказ AM-27/011', dh(2027, 1, 13, 11, 40, 2, 420), '1824693411.20270113114002@altaymed.ru',
                     'X-Mailer: The Bat! (v10.5.3) Professional', 'koi8-r'), body, 'koi8-r', 'quoted-printable')
    return eml, truth('hand-ru-honey-koi8r-cny', 'body', 'koi8-r',
                      'A Barnaul honey producer writes in Russian (The Bat!, KOI8-R quoted-printable, Subject and name '
                      'in KOI8-R encoded words): "заказ N AM-27/011 от 13.01.2027" (KOI8-R has no №, so "N"; the number '
                      'uses Latin A and M), item lines "title (SKU) - 20 000 шт. x 0,62 юаня = 12 400,00 юаней" with '
                      'spaces for thousands and decimal commas, "Итого … юаней (CNY)", payment terms with percentages. '
                      'Adds up.',
                      [order('AM-27/011', 'ООО "Алтай Мёд"',
                             ('Кузнецов Сергей Петрович', '+7 (3852) 50-17-36',
                              'ООО "Алтай Мёд", Россия, 656922, Алтайский край, г. Барнаул, ул. Трактовая, 78, склад 3'),
                             '2027-01-13', 'CNY', total, lines)])


@mail
def h295_pl_candles_iso8859_2_usd():
    rows = [('HD-PL-0810', 'Pudełko na świecę 8x8x10 cm, kraft', 6000, '0.31'),
            ('HD-PL-1012', 'Pudełko na świecę 10x10x12 cm, czarne', 4000, '0.42'),
            ('HD-PL-BB57', 'Bibułka 50x70 cm, biała', 10000, '0.045')]
    lines = exact(lines_of(rows), [None, None, '0.045'])
    total = m2(subtotal(lines))
    check(lines, total)

    def pl(v, n=2):
        return ('{:,.%df}' % n).format(D(v)).replace(',', ' ').replace('.', ',')
    tab = '\n'.join('%d.   %-11s %-40s %8s szt.  %6s  %9s' % (i + 1, s, t, pl(q, 0), pl(p, 3 if s == 'HD-PL-BB57' else 2),
                                                           pl(D(p) * q)) for i, (s, t, q, p) in enumerate(rows))
    body = """Dzień dobry Pani Vivian,

przesyłam zamówienie zgodnie z ofertą z grudnia.

Zamówienie nr ZK/2027/01/014 z dnia 14.01.2027 r.
Waluta: USD

Lp.  Indeks      Nazwa towaru                                Ilość        Cena   Wartość
%s

Razem do zapłaty: %s USD

Adres dostawy:
Świece Bursztynowe Sp. z o.o.
ul. Przemysłowa 12
83-000 Pruszcz Gdański, Polska
Osoba kontaktowa: Pan Tomasz Wiśniewski, tel. +48 58 683 22 14

Z poważaniem,
Katarzyna Nowak
Dział Zakupów
Świece Bursztynowe Sp. z o.o. | NIP 593-256-71-88
tel. kom. +48 601 234 876
""" % (tab, pl(total))
    eml = single(hdr('Katarzyna Nowak <k.nowak@swiece-bursztynowe.pl>', 'Zamówienie ZK/2027/01/014',
                     dh(2027, 1, 14, 10, 22, 37, 60), '63a1f0c2b8e4d.2027011410223@wp.pl',
                     'X-Mailer: Poczta WP', 'iso-8859-2'), body, 'iso-8859-2', 'quoted-printable')
    return eml, truth('hand-pl-candles-iso8859-2-usd', 'body', 'iso-8859-2',
                      'A Polish candle maker (Poczta WP, ISO-8859-2 quoted-printable, Polish letters in titles and '
                      'address): "Zamówienie nr ZK/2027/01/014 z dnia 14.01.2027 r." with slashes in the number, '
                      '"Waluta: USD" on its own line, a fixed-width table with "6 000 szt." (space thousands) and '
                      'decimal commas, a 3-decimal price, "Razem do zapłaty"; the address is a three-line block. The '
                      'signature has a NIP and the buyer\'s mobile. Adds up.',
                      [order('ZK/2027/01/014', 'Świece Bursztynowe Sp. z o.o.',
                             ('Pan Tomasz Wiśniewski', '+48 58 683 22 14',
                              'Świece Bursztynowe Sp. z o.o., ul. Przemysłowa 12, 83-000 Pruszcz Gdański, Polska'),
                             '2027-01-14', 'USD', total, lines)])


@mail
def h296_za_wine_zar_total_transposed_hold():
    rows = [('KV-CT6', '6-bottle wine carton, printed 2 col', 3000, '14.20'),
            ('KV-CT12', '12-bottle wine carton, plain', 1500, '21.80'),
            ('KV-GT01', 'Gift tube for 1 bottle, matt black', 2000, '18.50'),
            ('KV-DV6', 'Divider insert, 6 cell', 3000, '2.35')]
    lines = lines_of(rows)
    sub = subtotal(lines)
    freight = D('6500')
    assert sub + freight == D('125850')
    total = '125580.00'

    def za(v):
        return 'R ' + '{:,.2f}'.format(D(v)).replace(',', ' ')
    tab = '\n'.join('%-8s %-38s %6s  %10s  %13s' % (s, t, '{:,}'.format(q).replace(',', ' '), za(p), za(D(p) * q))
                    for s, t, q, p in rows)
    body = """Morning Vivian,

Please find our order for the 2027 harvest below. Prices in Rand as agreed with your Cape Town agent.

Order No: KV-00482
Order date: 2027/01/14

Code     Description                              Qty        Price         Amount
%s

Subtotal                                                           %s
Freight to Cape Town (agreed)                                      %s
TOTAL                                                              %s

Delivery: Klipheuwel Vineyards, Cellar Door Receiving, R44 Helshoogte Road, Stellenbosch 7600, South Africa
Receiving: Pieter van Wyk 082 441 7736

Kind regards
Anri Botha
Procurement | Klipheuwel Vineyards (Pty) Ltd
T +27 21 887 3310 | VAT 4620291733
""" % (tab, za(sub), za(freight), za(total))
    eml = single(hdr('Anri Botha <anri@klipheuwel.co.za>', 'Order KV-00482 - harvest packaging',
                     dh(2027, 1, 14, 8, 5, 51, 120), 'JNAP275MB0612E3F4A5B6C7D8@JNAP275MB0612.ZAFP275.PROD.OUTLOOK.COM',
                     'X-MS-Exchange-Organization-SCL: 1'), body, 'us-ascii', '7bit')
    return eml, truth('hand-za-wine-zar-total-transposed-hold', 'body', 'us-ascii',
                      'A Stellenbosch wine estate (Outlook): Rand amounts as "R 42 600.00" with space thousands and '
                      'a decimal point, date 2027/01/14, Subtotal R 119 350.00, agreed freight R 6 500.00 and a TOTAL of '
                      'R 125 580.00 whose last digits are swapped (subtotal plus freight is 125 850.00). The written '
                      'total is keyed and the clerk HOLDS the order. The VAT number in the signature is no amount.',
                      [order('KV-00482', 'Klipheuwel Vineyards (Pty) Ltd',
                             ('Pieter van Wyk', '082 441 7736',
                              'Klipheuwel Vineyards, Cellar Door Receiving, R44 Helshoogte Road, Stellenbosch 7600, South Africa'),
                             '2027-01-14', 'ZAR', total, lines)])


@mail
def h297_lark_forward_mx_mezcal_from_sales():
    rows = [('TA-CJ750', 'Caja regalo botella 750 ml, kraft con ventana', 2500, '1.38'),
            ('TA-CC6', 'Caja de cartón corrugado para 6 botellas 750 ml', 1000, '1.72'),
            ('TA-BP01', 'Bolsa de papel con asa para 1 botella', 3000, '0.46')]
    lines = lines_of(rows)
    sub = subtotal(lines)
    flete = D('850')
    total = m2(sub + flete)
    check(lines, total, flete)
    tab = '\n'.join('%d   %-9s %-50s %6s   %5s   %9s' % (i + 1, s, t, '{:,}'.format(q), p, amt(D(p) * q))
                    for i, (s, t, q, p) in enumerate(rows))
    body = """订单部：

墨西哥 Tierra Alta 的新单，价格我已经跟客户确认过了，按下面录单。客户要求 1 月底前出运，麻烦优先排。

陈晓 | 外贸二部
杭州恒达包装材料有限公司 13588102736

---- Forwarded Message ----
From: Ernesto Ruiz <compras@tierraalta.mx>
Date: Thu, Jan 14, 2027, 09:15
Subject: Orden de Compra OC-2027-0117
To: chenxiao <chenxiao@hengda-pack.cn>

Estimada Xiao Chen:

Le envío nuestra orden de compra.

Orden de compra: OC-2027-0117
Fecha: 14/01/2027
Moneda: USD

Part. Código    Descripción                                         Cant.   P.U.    Importe
%s

Subtotal: %s
Flete marítimo CIF Manzanillo: %s
Total USD: %s

Entregar en:
Mezcal Tierra Alta S.A. de C.V.
Carretera Oaxaca-Tehuantepec Km 42.5, Santiago Matatlán, Oaxaca, C.P. 70440, México
Contacto: Ing. Rodrigo Méndez, Tel. +52 951 514 3872

Saludos cordiales,
Ernesto Ruiz
Compras | Mezcal Tierra Alta S.A. de C.V.
""" % (tab, amt(sub), amt(flete), amt(D(total)))
    eml = single(hdr(addr('陈晓', 'chenxiao@hengda-pack.cn'), 'Fwd: Orden de Compra OC-2027-0117',
                     dh(2027, 1, 15, 9, 2, 16), 'lark.7e1d2c3b4a5968778695a4b3c2d1e0f9@hengda-pack.cn',
                     'X-Mailer: Lark Mail'), body, 'utf-8', 'base64')
    return eml, truth('hand-lark-forward-mx-mezcal-from-sales', 'body', 'utf-8',
                      'Our own export salesman forwards a Mexican order from Lark Mail (From hengda-pack.cn, Subject '
                      '"Fwd:", a "---- Forwarded Message ----" header block): his Chinese note says the prices are '
                      'confirmed; the Spanish PO below has "Orden de compra", "Fecha: 14/01/2027" (D/M), "Moneda: USD", '
                      'a fixed-width table with Cant. / P.U. / Importe, Subtotal, sea freight and Total USD. The '
                      'customer is the Mexican company, not us; our salesman\'s phone is not the receiver\'s. Adds up '
                      'with freight.',
                      [order('OC-2027-0117', 'Mezcal Tierra Alta S.A. de C.V.',
                             ('Ing. Rodrigo Méndez', '+52 951 514 3872',
                              'Mezcal Tierra Alta S.A. de C.V., Carretera Oaxaca-Tehuantepec Km 42.5, Santiago Matatlán, '
                              'Oaxaca, C.P. 70440, México'), '2027-01-14', 'USD', total, lines)])


@mail
def h298_big5_tw_shoe_factory_vietnam_long_subject():
    rows = [('BL-XH-3020', '鞋盒 30*20*11 牛皮 印刷二色', '個', 20000, '0.36'),
            ('BL-BX-5075', '包鞋紙 17g 50*75', '張', 60000, '0.012'),
            ('BL-GZ-002', '乾燥劑 2g', '包', 40000, '0.008'),
            ('BL-WX-10', '外箱 K=K 10雙裝', '個', 2000, '1.45')]
    lines = exact(lines_of(rows, qty=3, price=4), [None, '0.012', '0.008', None])
    total = m2(subtotal(lines))
    check(lines, total)
    tab = '\n'.join('%s  %s  %s%s  USD %s  USD %s' % (s, t, '{:,}'.format(q), u, p, amt(D(p) * q)) for s, t, u, q, p in rows)
    body = """恆達包裝 李小姐 您好：

越南廠一月份包材如下，請安排生產並回覆交期。

採購單號：PL-VN-270115-02
採購日期：2027/01/15

%s

總金額：USD %s
運費：FOB 上海，由我方指定貨代（不含在上面金額）

交貨地址：越南平陽省新淵市 VSIP II-A 工業區 32 號路 寶隆鞋業 倉庫
收貨人：倉管 阮氏蘭 +84 274 3628 815 分機 216

寶隆鞋業（越南）有限公司 資材課
林佩君
台灣辦公室 (04)2359-1826  越南手機 +84 913 552 708
""" % (tab, amt(D(total)))
    subj = '寶隆越南廠 1月份包材採購單 PL-VN-270115-02（鞋盒/包鞋紙/乾燥劑/外箱）請於1/25前回覆交期，謝謝'
    eml = single(hdr(addr('林佩君', 'pjlin@paolung-vn.com', 'big5'), subj, dh(2027, 1, 15, 14, 48, 9, 420),
                     '000c01db6a2f$4b5c6d7e$8f9a0b1c$@paolung-vn.com', 'X-Mailer: Microsoft Outlook 16.0', 'big5'),
                 body, 'big5', 'base64')
    return eml, truth('hand-big5-tw-shoe-factory-vietnam-long-subject', 'body', 'big5',
                      'A Taiwanese shoe factory in Vietnam writes Traditional Chinese in Big5 (Outlook) with a Subject '
                      'so long that it folds over several encoded words; lines "SKU  title  20,000個  USD 0.36  USD '
                      '7,200.00" with the unit glued to the quantity and 3-decimal prices; the freight line has no '
                      'amount and is outside the total; a Vietnamese receiver with a 分機 extension; the signature has a '
                      'Taiwan office phone and a Vietnam mobile. Adds up.',
                      [order('PL-VN-270115-02', '寶隆鞋業（越南）有限公司',
                             ('阮氏蘭', '+84 274 3628 815 分機 216', '越南平陽省新淵市 VSIP II-A 工業區 32 號路 寶隆鞋業 倉庫'),
                             '2027-01-15', 'USD', total, lines)])


# ============================================================ HTML bodies
@mail
def h299_outlook_html_br_cosmetics_usd_comma_discount():
    rows = [('FI-CX050', 'Caixa cartucho 50 ml, duplex 350 g, 4 cores', 'un', 20000, '0.265'),
            ('FI-SC2532', 'Sacola papel kraft 25x32 cm, alça torcida', 'un', 5000, '0.48'),
            ('FI-PS5070', 'Papel de seda 50x70 cm, rosa', 'fl', 30000, '0.015')]
    lines = exact(lines_of(rows, qty=3, price=4), ['0.265', None, '0.015'])
    sub = subtotal(lines)
    desc = m2(-sub * D('0.03'))
    total = m2(sub + D(desc))
    check(lines, total, desc)

    def br(v, n=2):
        return ('{:,.%df}' % n).format(D(v)).replace(',', 'X').replace('.', ',').replace('X', '.')
    tab = [['Item', 'Código', 'Descrição', 'Qtde', 'Un.', 'Preço unit. (US$)', 'Total (US$)']]
    tab += [[str(i + 1), s, t, br(q, 0), u, br(p, 3), br(D(p) * q)] for i, (s, t, u, q, p) in enumerate(rows)]
    tab += [[('Subtotal', 'colspan="6" align="right"'), br(sub)],
            [('Desconto 3%', 'colspan="6" align="right"'), br(desc)],
            [('<b>Total do pedido</b>', 'colspan="6" align="right"'), '<b>' + br(total) + '</b>']]
    paras = ['Prezada Sra. Li,', '', 'Segue nosso pedido de compra conforme cotação de dezembro.', '',
             'Pedido de Compra nº <b>4500012873</b>', 'Data de emissão: 18/01/2027', 'Moeda: dólar americano (US$)', '']
    after = ['', 'Local de entrega: Flor de Ipê Cosméticos Ltda. - CD Cajamar, Av. Doutor Antônio João Abdalla, 260, '
             'Galpão 4, Cajamar - SP, CEP 07750-020, Brasil',
             'Recebimento: Sra. Juliana Costa, (11) 4446-7720 (seg. a sex., 8h às 16h)', '', 'Atenciosamente,',
             'Rafael Souza', 'Comprador Sênior | Flor de Ipê Cosméticos Ltda.', 'Tel. +55 11 3061-2290 | Cel. +55 11 98120-4417']
    html = ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv=Content-Type '
            'content="text/html; charset=iso-8859-1"><meta name=Generator content="Microsoft Word 15 (filtered medium)">'
            '</head><body lang=PT-BR><div class=WordSection1>' +
            ''.join('<p class=MsoNormal>%s<o:p></o:p></p>' % (x or '&nbsp;') for x in paras) +
            '<table class=MsoNormalTable border=0 cellspacing=0 cellpadding=0 style="border-collapse:collapse">' +
            cells_html(tab, MSO) + '</table>' +
            ''.join('<p class=MsoNormal>%s<o:p></o:p></p>' % (x or '&nbsp;') for x in after) + '</div></body></html>')

    def plain_cell(c):
        return (c if isinstance(c, str) else c[0]).replace('<b>', '').replace('</b>', '')
    plain = '\n'.join(plain_cell(x) for x in paras) + '\n'
    plain += '\n'.join('\t'.join(plain_cell(c) for c in r) for r in tab) + '\n'
    plain += '\n'.join(after) + '\n'
    part = alt(plain, html, 'iso-8859-1', '_000_CP6P284MB2163A1B2C3D4E5F6CP6P284MB2163BRAP_', 'quoted-printable')
    eml = message(hdr('Rafael Souza <compras@flordeipe.com.br>', 'Pedido de Compra 4500012873 - Flor de Ipê',
                      dh(2027, 1, 18, 10, 12, 30, -180), 'CP6P284MB2163A1B2C3D4E5F6@CP6P284MB2163.BRAP284.PROD.OUTLOOK.COM',
                      charset='iso-8859-1', extra=['Content-Language: pt-BR']), part)
    return eml, truth('hand-outlook-html-br-cosmetics-usd-comma-discount', 'html', 'iso-8859-1',
                      'A São Paulo cosmetics maker in Outlook Word-HTML (Portuguese, ISO-8859-1 QP): "Pedido de Compra '
                      'nº 4500012873" with an SAP-like number, "Moeda: dólar americano (US$)", US dollars in Brazilian '
                      'style (decimal commas, "20.000" with a dot for thousands, 3-decimal prices "0,265"), a unit '
                      'column, colspan Subtotal / Desconto 3% (negative) / Total do pedido rows; the text alternative is '
                      'tab-separated. Adds up after the discount.',
                      [order('4500012873', 'Flor de Ipê Cosméticos Ltda.',
                             ('Sra. Juliana Costa', '(11) 4446-7720',
                              'Flor de Ipê Cosméticos Ltda. - CD Cajamar, Av. Doutor Antônio João Abdalla, 260, Galpão 4, '
                              'Cajamar - SP, CEP 07750-020, Brasil'), '2027-01-18', 'USD', total, lines)])


@mail
def h300_qq_html_guangxi_sugar_rowspan_category():
    rows = [('包装袋', 'TY-BZ-50', '白砂糖50kg编织袋 内膜 覆膜', '条', 80000, '1.36'),
            ('包装袋', 'TY-FH-01', '白砂糖1kg复合袋 印刷', '个', 200000, '0.115'),
            ('纸箱', 'TY-ZX-20', '1kg×20 外箱 五层', '个', 10000, '3.20')]
    lines = exact([ln(s, t, q, p) for c, s, t, u, q, p in rows], [None, '0.115', None])
    sub = subtotal(lines)
    tax = m2(sub * D('0.13'))
    total = m2(sub + D(tax))
    check(lines, total, tax)
    tab = [['类别', '编码', '品名规格', '单位', '数量', '不含税单价', '金额']]
    tab.append([('包装袋', 'rowspan="2"'), rows[0][1], rows[0][2], rows[0][3], str(rows[0][4]), rows[0][5],
                amt(D(rows[0][5]) * rows[0][4])])
    tab.append([rows[1][1], rows[1][2], rows[1][3], str(rows[1][4]), rows[1][5], amt(D(rows[1][5]) * rows[1][4])])
    tab.append(['纸箱', rows[2][1], rows[2][2], rows[2][3], str(rows[2][4]), rows[2][5], amt(D(rows[2][5]) * rows[2][4])])
    tab.append([('不含税合计', 'colspan="6" align="center"'), amt(sub)])
    tab.append([('增值税 13%', 'colspan="6" align="center"'), amt(D(tax))])
    tab.append([('价税合计（元）', 'colspan="6" align="center"'), amt(D(total))])
    html = ('<meta http-equiv="Content-Type" content="text/html; charset=GB18030"><div>恒达包装 黄经理：</div><div><br></div>'
            '<div>榨季开始了，先订下面这些，价格按年前谈好的（不含税，开13%增票）。</div><div><br></div>'
            '<div>订单号：TY-CG-2701-018</div><div>日期：2027年1月18日</div><div><br></div>'
            '<table border="1" cellpadding="3" cellspacing="0" style="border-collapse:collapse;font-size:14px">' +
            cells_html(tab) + '</table><div><br></div>'
            '<div>收货：广西崇左市江州区 城南工业园 甜源糖业 包装材料库</div><div>联系人：黄工 0771-7856209</div>'
            '<div><br></div><div>编织袋先发一半，剩下的月底前到就行。</div><div><br></div>'
            '<div>崇左市甜源糖业有限公司 供应科</div><div>农秀梅 手机13978126650</div>'
            '<div><br></div><div><includetail><!--<![endif]--></includetail></div>')
    eml = message(hdr(addr('农秀梅', '1730452286@qq.com', 'gb18030'), '甜源糖业订单 TY-CG-2701-018',
                      dh(2027, 1, 18, 9, 26, 4), 'tencent_8B2D4F6A8C0E2B4D6F8A0C2E4B6D8F0A2C07@qq.com', None,
                      'gb18030', extra=['X-QQ-Mailer: QQMail 2.x']), text(html, 'GB18030', 'base64', 'html'))
    return eml, truth('hand-qq-html-guangxi-sugar-rowspan-category', 'html', 'gb18030',
                      'A Chongzuo sugar mill in QQ Mail, HTML only (GB18030): a 类别 column whose first cell spans two '
                      'rows (so the second row has one cell fewer), 不含税单价 with a 3-decimal price, colspan rows '
                      '不含税合计 / 增值税 13% / 价税合计（元）; the prices keyed are the net prices as written and the '
                      'total is the 价税合计. "编织袋先发一半" is a delivery instruction, the quantities are the whole '
                      'order; the signature mobile is the buyer\'s. Adds up with the tax.',
                      [order('TY-CG-2701-018', '崇左市甜源糖业有限公司',
                             ('黄工', '0771-7856209', '广西崇左市江州区 城南工业园 甜源糖业 包装材料库'),
                             '2027-01-18', 'CNY', total, lines)])


@mail
def h301_lark_html_approval_forward_inner_mongolia_dairy():
    rows = [('酸奶杯 PP', '150ml 印刷四色', '个', 120000, '0.18'),
            ('杯盖', '铝箔 易撕 Φ75', '个', 120000, '0.06'),
            ('酸奶纸箱', '12杯装 五层', '个', 10000, '1.75')]
    lines = [ln(None, '%s %s' % (t, g), q, p) for t, g, u, q, p in rows]
    total = m2(subtotal(lines))
    check(lines, total)
    form = [('审批编号', '202701190031'), ('申请人', '张敏'), ('申请部门', '采购部'), ('申请时间', '2027-01-18 16:20'),
            ('采购单号', 'CYX-PA-270119-3'), ('供应商', '杭州恒达包装材料有限公司'), ('采购事由', '春节后酸奶产线包材')]
    det = [['物品名称', '规格型号', '单位', '数量', '单价（元）', '金额（元）']]
    det += [[t, g, u, '{:,}'.format(q), p, amt(D(p) * q)] for t, g, u, q, p in rows]
    after = [('合计金额', '¥%s' % amt(D(total))), ('收货地址', '内蒙古呼和浩特市金川开发区 金四路 66 号 草原鲜乳业 包材库'),
             ('收货人', '高建军 0471-6523318'), ('审批状态', '已通过（2027-01-19 09:05 李总）')]
    td = ' style="padding:6px 10px;border-bottom:1px solid #dee0e3"'
    html = ('<html><head><meta charset="utf-8"></head><body><div style="font-family:PingFang SC,Microsoft YaHei">'
            '<div>王经理：</div><div>审批过了，按下面的采购单下单吧，月底前到货。</div><div><br></div>'
            '<div>张敏</div><div>内蒙古草原鲜乳业有限公司 采购部 15049130277</div><div><br></div>'
            '<div style="border-left:2px solid #dee0e3;padding-left:10px"><div>---------- 转发的邮件 ----------</div>'
            '<div>发件人：飞书审批 &lt;approval-noreply@notify.feishu.cn&gt;</div><div>时间：2027年1月19日 09:05</div>'
            '<div>收件人：张敏 &lt;zhangmin@caoyuanxian.com&gt;</div><div>主题：【已通过】采购申请 CYX-PA-270119-3</div>'
            '<div><br></div><div style="font-size:16px;font-weight:bold">采购申请 · 已通过</div>'
            '<table cellspacing="0" style="border-collapse:collapse">' +
            ''.join('<tr><td%s>%s</td><td%s>%s</td></tr>' % (td, k, td, v) for k, v in form) +
            '<tr><td%s>采购明细</td><td%s><table border="1" cellspacing="0" cellpadding="4" '
            'style="border-collapse:collapse">%s</table></td></tr>' % (td, td, cells_html(det)) +
            ''.join('<tr><td%s>%s</td><td%s>%s</td></tr>' % (td, k, td, v) for k, v in after) +
            '</table><div><a href="https://applink.feishu.cn/client/approval?instance=202701190031">在飞书中查看详情</a>'
            '</div></div></div></body></html>')
    plain = ('王经理：\n审批过了，按下面的采购单下单吧，月底前到货。\n\n张敏\n内蒙古草原鲜乳业有限公司 采购部 15049130277\n\n'
             '---------- 转发的邮件 ----------\n发件人：飞书审批 <approval-noreply@notify.feishu.cn>\n时间：2027年1月19日 09:05\n'
             '收件人：张敏 <zhangmin@caoyuanxian.com>\n主题：【已通过】采购申请 CYX-PA-270119-3\n\n采购申请 · 已通过\n' +
             ''.join('%s\n%s\n' % kv for kv in form) + '采购明细\n' + '\n'.join('\t'.join(r) for r in det) + '\n' +
             ''.join('%s\n%s\n' % kv for kv in after) + '在飞书中查看详情\n')
    part = alt(plain, html, 'utf-8', '00000000000000000000lark5f2a9c7e1b3d', 'base64')
    eml = message(hdr(addr('张敏', 'zhangmin@caoyuanxian.com'), 'Fwd: 【已通过】采购申请 CYX-PA-270119-3',
                      dh(2027, 1, 19, 9, 41, 58), '7f3e9a1c-5b2d-4e8f-a6c0-1d3b5f7a9e2c@larksuite.com',
                      'X-Mailer: Lark Mail'), part)
    return eml, truth('hand-lark-html-approval-forward-inner-mongolia-dairy', 'html', 'utf-8',
                      'A Hohhot dairy\'s buyer forwards (Lark Mail, HTML and a text alternative of one label or value '
                      'per line) the Feishu approval card of its purchase request: label/value rows with two numbers '
                      '(审批编号 202701190031 is the approval\'s, 采购单号 CYX-PA-270119-3 is the order\'s), a nested '
                      '采购明细 table with 物品名称 and 规格型号 apart (keyed joined, no SKU), 合计金额 ¥, delivery '
                      'address and receiver rows, and the approval status. The 申请时间 and the approval time are not '
                      'an order date, so none is keyed. Adds up.',
                      [order('CYX-PA-270119-3', '内蒙古草原鲜乳业有限公司',
                             ('高建军', '0471-6523318', '内蒙古呼和浩特市金川开发区 金四路 66 号 草原鲜乳业 包材库'),
                             None, 'CNY', total, lines)])


@mail
def h302_gmail_html_th_spa_sheets_baht_discount():
    rows = [('BSS-GB3', 'Spa gift box, magnetic, 3 bottles', 1200, '42.00'),
            ('BSS-KB01', 'Kraft paper bag, rope handle', 3000, '6.50'),
            ('BSS-CP1K', 'Crinkle paper shred, 1kg bag', 200, '95.00')]
    lines = lines_of(rows)
    sub = subtotal(lines)
    disc = m2(-sub * D('0.05'))
    ship = D('2800')
    total = m2(sub + D(disc) + ship)
    check(lines, total, D(disc) + ship)
    tab = [['Code', 'Item', 'Qty', 'Unit price', 'Amount']]
    tab += [[s, t, '{:,}'.format(q), '฿' + amt(p), '฿' + amt(D(p) * q)] for s, t, q, p in rows]
    tab += [['', '', '', 'Subtotal', '฿' + amt(sub)], ['', '', '', 'Discount 5%', '-฿' + amt(-D(disc))],
            ['', '', '', 'Shipping (Kerry)', '฿' + amt(ship)], ['', '', '', 'TOTAL', '฿' + amt(D(total))]]
    cells = ''.join('<tr style="height:21px">' + ''.join(
        '<td style="overflow:hidden;padding:2px 3px;vertical-align:bottom;border:1px solid #cccccc%s">%s</td>' %
        (';text-align:right' if j >= 2 else '', c) for j, c in enumerate(r)) + '</tr>' for r in tab)
    html = ('<div dir="ltr">Hi Vivian,<div><br></div><div>Please see our order for the new Nimman branch opening.</div>'
            '<div><br></div><div>PO: <b>BSS-PO-2701-07</b></div><div>Date: 19 Jan 2027</div><div><br></div>'
            '<google-sheets-html-origin><table xmlns="http://www.w3.org/1999/xhtml" cellspacing="0" cellpadding="0" '
            'dir="ltr" border="1" style="table-layout:fixed;font-size:10pt;font-family:Arial;width:0px;border-collapse:'
            'collapse;border:none" data-sheets-root="1"><colgroup><col width="90"><col width="240"><col width="70">'
            '<col width="100"><col width="110"></colgroup><tbody>' + cells + '</tbody></table></google-sheets-html-origin>'
            '<div><br></div><div>Ship to: Baan Suan Spa (Nimman), 199/9 Nimmanhaemin Rd Soi 13, Suthep, Mueang Chiang '
            'Mai, Chiang Mai 50200, Thailand</div><div>Contact: Khun Nattaya 053-271-448</div><div><br></div>'
            '<div>Best,</div><div>Kanokwan S.</div><div>Baan Suan Spa Co., Ltd.</div><div>089-633-1957</div></div>')
    plain = ('Hi Vivian,\n\nPlease see our order for the new Nimman branch opening.\n\nPO: *BSS-PO-2701-07*\nDate: 19 Jan 2027\n\n' +
             '\n'.join(' '.join(c for c in r if c) for r in tab) +
             '\n\nShip to: Baan Suan Spa (Nimman), 199/9 Nimmanhaemin Rd Soi 13, Suthep, Mueang Chiang Mai, Chiang Mai '
             '50200, Thailand\nContact: Khun Nattaya 053-271-448\n\nBest,\nKanokwan S.\nBaan Suan Spa Co., Ltd.\n089-633-1957\n')
    part = alt(plain, html, 'UTF-8', '000000000000e8c1a5062e0b4d91', 'quoted-printable')
    eml = message(hdr('Kanokwan S <kanokwan.baansuanspa@gmail.com>', 'Order BSS-PO-2701-07 (Nimman opening)',
                      dh(2027, 1, 19, 15, 7, 22, 420), 'CAL2r6Wq8Yn1+TkX3vM9bP5cJ0eA7dZ2sH4iB6lU8jR@mail.gmail.com'), part)
    return eml, truth('hand-gmail-html-th-spa-sheets-baht-discount', 'html', 'utf-8',
                      'A Chiang Mai spa chain in Gmail with a table pasted from Google Sheets: "฿" before every amount, '
                      'Subtotal / Discount 5% (written "-฿4,445.00") / Shipping (Kerry) / TOTAL rows in the table with '
                      'empty cells; the PO number bold; the text alternative joins cells with spaces; a Gmail address. '
                      'The sender\'s mobile in the signature is not the receiver\'s. Adds up.',
                      [order('BSS-PO-2701-07', 'Baan Suan Spa Co., Ltd.',
                             ('Khun Nattaya', '053-271-448',
                              'Baan Suan Spa (Nimman), 199/9 Nimmanhaemin Rd Soi 13, Suthep, Mueang Chiang Mai, Chiang Mai '
                              '50200, Thailand'), '2027-01-19', 'THB', total, lines)])


@mail
def h303_apple_mail_ipad_guilin_souvenir_no_number():
    rows = [('桂花糕礼盒 天地盖 20*15*5', 2000, '3.60'), ('山水图手提纸袋 小号', 5000, '0.85'),
            ('三花酒瓶盒 500ml', 800, '4.20')]
    lines = [ln(None, t, q, p) for t, q, p in rows]
    total = m2(subtotal(lines))
    check(lines, total)
    html = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body dir="auto">'
            '<div dir="ltr">小唐你好，</div><div dir="ltr"><br></div><div dir="ltr">春节旅游旺季要来了，老样子订一批：</div>'
            '<div dir="ltr"><br></div><div dir="ltr">桂花糕礼盒 天地盖 20*15*5 &nbsp;2000个 &nbsp;¥3.60</div>'
            '<div dir="ltr">上次的山水图手提纸袋（小号），再来5000个 &nbsp;¥0.85</div>'
            '<div dir="ltr">三花酒瓶盒 500ml &nbsp;800个 &nbsp;¥4.20</div><div dir="ltr"><br></div>'
            '<div dir="ltr">一共 ¥14,810，老规矩货到付款。</div><div dir="ltr"><br></div>'
            '<div dir="ltr">寄：广西桂林市阳朔县西街 68 号 漓江印象</div><div dir="ltr">蒋老板 13977335802</div>'
            '<div dir="ltr"><br></div><div dir="ltr">漓江印象旅游纪念品店</div><div dir="ltr"><br></div>'
            '<div dir="ltr">发自我的iPad</div></body></html>')
    assert total == '14810.00'
    eml = message(hdr(addr('蒋丽华', 'ljyx_jiang@sohu.com'), '订货', dh(2027, 1, 19, 20, 33, 47),
                      'E4A1C7B3-9D2F-4E6A-8B5C-1F3D5A7C9E0B@sohu.com', 'X-Mailer: iPad Mail (22C152)'),
                  text(html, 'utf-8', 'quoted-printable', 'html'))
    return eml, truth('hand-apple-mail-ipad-guilin-souvenir-no-number', 'html', 'utf-8',
                      'A Yangshuo souvenir shop writes from an iPad (Mail on a Sohu account, HTML only, QP): one '
                      '<div> per line, no table, no order number, no date, no SKU; "&nbsp;" between title, quantity and '
                      '"¥3.60"; the second item is a sentence "上次的山水图手提纸袋（小号），再来5000个" (keyed with the '
                      'title "山水图手提纸袋 小号"); the total "一共 ¥14,810". Adds up.',
                      [order(None, '漓江印象旅游纪念品店',
                             ('蒋老板', '13977335802', '广西桂林市阳朔县西街 68 号 漓江印象'),
                             None, 'CNY', total, lines)])


@mail
def h304_gmail_html_vn_furniture_accepts_pi_changes_qty():
    pi = [('HD-FP-2020', 'Foam corner protector 20x20mm', 20000, '0.065'),
          ('HD-SF-5030', 'Stretch film 500mm x 300m', 300, '9.80'),
          ('HD-CC-0501', 'Carton for dining chair, 5-ply', 1000, '3.50'),
          ('HD-BR-1210', 'Bubble roll 1.2m x 100m', 80, '16.00')]
    lines = exact(lines_of([pi[0], pi[1], (pi[2][0], pi[2][1], 1500, pi[2][3])]), ['0.065', None, None])
    total = m2(subtotal(lines))
    check(lines, total)
    pi_total = sum(D(p) * q for s, t, q, p in pi)
    tab = [['No.', 'Item code', 'Description', 'Qty', 'Unit price (USD)', 'Amount (USD)']]
    tab += [[str(i + 1), s, t, '{:,}'.format(q), p, amt(D(p) * q)] for i, (s, t, q, p) in enumerate(pi)]
    tab += [[('Total FOB Ningbo', 'colspan="5"'), amt(pi_total)]]
    quote = ('<div dir="ltr">Dear Mr. Minh,<br><br>Please find our proforma invoice below.<br><br>'
             'PI No.: HD-PI-270112<br>Date: 12 Jan 2027<br>Consignee: Thang Long Decor Furniture JSC, Lot CN5, Thach That - '
             'Quoc Oai Industrial Zone, Hanoi, Vietnam (Attn: Mr. Tran Quang Minh, +84 24 3368 5521)<br><br>'
             '<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">' + cells_html(tab) +
             '</table><br>Payment: 30% T/T deposit, balance before shipment.<br>Validity: 30 days.<br><br>Best regards,<br>'
             'Vivian Li<br>Hangzhou Hengda Packaging Materials Co., Ltd.</div>')
    html = ('<div dir="ltr">Dear Vivian,<div><br></div><div>OK, we accept your PI below with these changes, please proceed:'
            '</div><div>- item 3 (carton for dining chair): <b>1,500 sets</b> instead of 1,000</div>'
            '<div>- item 4 (bubble roll): not needed this time, please delete</div><div><br></div>'
            '<div>So the new total is USD %s. Our PO number is <b>TLD-PO-0121</b>, please show it on the CI and packing list.'
            '</div><div><br></div><div>Thanks and best regards,</div><div>Tran Quang Minh</div><div>Purchasing Manager</div>'
            '<div>Thang Long Decor Furniture JSC</div><div>Tel: +84 24 3368 5521 | Mob: +84 912 406 338</div></div><br>'
            '<div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Tue, Jan 12, 2027 at 4:18 PM Vivian Li &lt;'
            'vivian@hengda-pack.cn&gt; wrote:<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
            'border-left:1px solid rgb(204,204,204);padding-left:1ex">%s</blockquote></div>') % (amt(D(total)), quote)
    plain = ('Dear Vivian,\n\nOK, we accept your PI below with these changes, please proceed:\n- item 3 (carton for dining chair): '
             '*1,500 sets* instead of 1,000\n- item 4 (bubble roll): not needed this time, please delete\n\nSo the new total '
             'is USD %s. Our PO number is *TLD-PO-0121*, please show it on the CI and packing list.\n\nThanks and best '
             'regards,\nTran Quang Minh\nPurchasing Manager\nThang Long Decor Furniture JSC\nTel: +84 24 3368 5521 | Mob: '
             '+84 912 406 338\n\nOn Tue, Jan 12, 2027 at 4:18 PM Vivian Li <vivian@hengda-pack.cn> wrote:\n\n'
             '> Dear Mr. Minh,\n>\n> Please find our proforma invoice below.\n>\n> PI No.: HD-PI-270112\n> Date: 12 Jan 2027\n'
             '> Consignee: Thang Long Decor Furniture JSC, Lot CN5, Thach That - Quoc Oai Industrial Zone, Hanoi, Vietnam '
             '(Attn: Mr. Tran Quang Minh, +84 24 3368 5521)\n>\n' %
             amt(D(total)) + '\n'.join('> ' + ' '.join(c if isinstance(c, str) else c[0] for c in r) for r in tab) +
             '\n>\n> Payment: 30% T/T deposit, balance before shipment.\n> Validity: 30 days.\n>\n> Best regards,\n> Vivian Li\n'
             '> Hangzhou Hengda Packaging Materials Co., Ltd.\n')
    part = alt(plain, html, 'UTF-8', '000000000000f1d2b6062e1c5ea2', 'quoted-printable')
    eml = message(hdr('Tran Quang Minh <minh.tq@thanglongdecor.vn>', 'Re: PI HD-PI-270112 - Thang Long Decor',
                      dh(2027, 1, 20, 8, 44, 10, 420), 'CAN4t8Yp0Rm2+WkZ6xL3bQ7cH1eB9dA5sJ2iC8mV4kT@mail.gmail.com',
                      extra=['In-Reply-To: <20270112161802.HDPI270112@hengda-pack.cn>']), part)
    return eml, truth('hand-gmail-html-vn-furniture-accepts-pi-changes-qty', 'html', 'utf-8',
                      'A Hanoi furniture maker replies in Gmail to our proforma invoice (quoted in a gmail_quote '
                      'blockquote with a four-line table and its old total): "we accept your PI below with these '
                      'changes" — item 3 becomes 1,500 instead of 1,000, item 4 is deleted — and states the new total '
                      'and its PO number TLD-PO-0121. The clerk keys three lines (SKUs, titles and prices from the quoted '
                      'PI, item 3 with 1,500), the new total and the consignee of the PI. The PI date is ours, not the '
                      'order\'s: no date. Not held: the changes are explicit and the new total adds up.',
                      [order('TLD-PO-0121', 'Thang Long Decor Furniture JSC',
                             ('Mr. Tran Quang Minh', '+84 24 3368 5521',
                              'Thang Long Decor Furniture JSC, Lot CN5, Thach That - Quoc Oai Industrial Zone, Hanoi, Vietnam'),
                             None, 'USD', total, lines)])


# ============================================================ CSV attachments
@mail
def h305_csv_in_tally_export_units_in_qty_words():
    rows = [('Jute gift bag 25x30cm, printed', '4819', 4000, '0.42'),
            ('Kraft box with window 20x15x6cm', '4819', 2500, '0.58'),
            ('Tissue paper 50x70cm, ivory', '4823', 12000, '0.025')]
    lines = exact([ln(None, t, q, p) for t, h, q, p in rows], [None, None, '0.025'])
    total = m2(subtotal(lines))
    check(lines, total)
    assert total == '3430.00'
    tab = [['Jaipur Heritage Crafts Pvt. Ltd.'], ['Purchase Order'], ['Voucher No.', 'JHC/PO/2026-27/0412', '', 'Dated', '18-Jan-2027'],
           ['Supplier', 'Hangzhou Hengda Packaging Materials Co., Ltd.'], [],
           ['Sl No.', 'Name of Item', 'HSN/SAC', 'Quantity', 'Rate', 'per', 'Amount']]
    for i, (t, h, q, p) in enumerate(rows):
        tab.append([i + 1, t, h, '{:,} Nos'.format(q), p, 'Nos', amt(D(p) * q)])
    tab += [['', 'Total', '', '{:,} Nos'.format(sum(r[2] for r in rows)), '', '', 'USD ' + amt(D(total))],
            ['Amount Chargeable (in words)'], ['USD Three Thousand Four Hundred Thirty Only'], [],
            ['Dispatch to', 'Jaipur Heritage Crafts Pvt. Ltd., Plot G-118, Sitapura Industrial Area, Jaipur 302022, Rajasthan, India'],
            ['Contact', 'Mr. Vikram Singh Rathore, +91 98290 44172']]
    data = corpus_docs.csv_text(tab, quote_all=True).encode('utf-8')
    body = ('Dear Vivian ji,\n\nPlease find attached our PO exported from Tally. Kindly send PI at the earliest.\n\n'
            'Regards,\nAnjali Sharma\nJaipur Heritage Crafts Pvt. Ltd.\n+91 141 277 0934\n')
    eml = with_attachments(hdr('Anjali Sharma <purchase@jaipurheritagecrafts.in>', 'Purchase Order JHC/PO/2026-27/0412',
                               dh(2027, 1, 18, 12, 15, 33, 330), 'CAF9m2Qx4Rz7+UpW1vK8bN3cG6eY5dT0sB4hA9jL2iP@mail.gmail.com'),
                           body, 'us-ascii', '7bit', [attachment('text/csv', data, 'PO_0412.csv')], '000000000000a3b7c1062e2d6fb3')
    return eml, truth('hand-csv-in-tally-export-units-in-qty-words', 'csv', 'us-ascii',
                      'A Jaipur handicraft exporter\'s Tally voucher saved as CSV (every cell quoted): company and '
                      '"Purchase Order" title rows, Voucher No. with slashes and the Indian fiscal year '
                      '"JHC/PO/2026-27/0412", Dated 18-Jan-2027, an HSN/SAC column, quantities as text with the unit '
                      '("4,000 Nos"), a "per" column, a Total row that adds up the quantities too, "USD" only in the '
                      'total cell, the amount in words, Dispatch to and Contact rows. Adds up.',
                      [order('JHC/PO/2026-27/0412', 'Jaipur Heritage Crafts Pvt. Ltd.',
                             ('Mr. Vikram Singh Rathore', '+91 98290 44172',
                              'Jaipur Heritage Crafts Pvt. Ltd., Plot G-118, Sitapura Industrial Area, Jaipur 302022, '
                              'Rajasthan, India'), '2027-01-18', 'USD', total, lines)])


@mail
def h306_csv_kingdee_k3cloud_gbk_two_orders_harbin():
    o1 = [('HQ.BZ.0101', '红肠真空袋', '18*28cm 尼龙/PE 印刷', '个', 60000, '0.23'),
          ('HQ.BZ.0102', '红肠礼盒', '4根装 手提 覆膜', '个', 5000, '3.80')]
    o2 = [('HQ.BZ.0201', '熏鸡袋', '25*35cm 耐高温', '个', 20000, '0.41'),
          ('HQ.BZ.0301', '冷链泡沫箱', '40L 含冰袋', '套', 800, '16.50')]
    l1 = [ln(s, '%s %s' % (t, g), q, p) for s, t, g, u, q, p in o1]
    l2 = [ln(s, '%s %s' % (t, g), q, p) for s, t, g, u, q, p in o2]
    t1, t2 = m2(subtotal(l1)), m2(subtotal(l2))
    head = ['单据编号', '单据日期', '采购组织', '供应商', '物料编码', '物料名称', '规格型号', '采购单位', '采购数量', '含税单价',
            '税率%', '价税合计', '交货日期', '收料组织', '备注']
    tab = [head]
    for no, dt, org, rows, dd in (('CGDD027871', '2027/1/19', '哈尔滨松江肉联食品有限公司', o1, '2027/1/28'),
                                  ('CGDD027872', '2027/1/19', '哈尔滨松江肉联食品有限公司', o2, '2027/2/3')):
        for s, t, g, u, q, p in rows:
            tab.append([no, dt, org, '杭州恒达包装材料有限公司', s, t, g, u, q, p, 13, m2(D(p) * q), dd, org + ' 二厂', ''])
    data = corpus_docs.csv_text(tab).encode('gbk')
    body = """恒达包装：

附件是金蝶云星空导出的采购订单（两张单：CGDD027871 红肠车间，CGDD027872 熏酱车间），价格含13%税。
两张单分开开票、分开送货，都送二厂：

哈尔滨市香坊区哈平路 178 号 松江肉联二厂 物料库
收料：于德江 13904518820

哈尔滨松江肉联食品有限公司 采购部
付晓光 0451-86621305
"""
    eml = with_attachments(hdr(addr('付晓光', 'fuxg@songjiang-food.com', 'gbk'), '采购订单 CGDD027871 CGDD027872',
                               dh(2027, 1, 19, 11, 2, 50), '000f01db6d1a$2c3d4e5f$6a7b8c9d$@songjiang-food.com',
                               'X-Mailer: Microsoft Outlook 16.0', 'gbk'), body, 'gbk', 'base64',
                           [attachment('text/csv', data, '采购订单列表.csv', name_style='gbk')],
                           '----=_NextPart_000_0010_01DB6D1A.2C3D4E5F')
    ship = ('于德江', '13904518820', '哈尔滨市香坊区哈平路 178 号 松江肉联二厂 物料库')
    return eml, truth('hand-csv-kingdee-k3cloud-gbk-two-orders-harbin', 'csv', 'gbk',
                      'A Harbin meat plant exports its order list from Kingdee K/3 Cloud (金蝶云星空) as a GBK CSV: '
                      'one row per line, 15 columns, two orders told apart by 单据编号, dates as "2027/1/19", 物料名称 '
                      'and 规格型号 apart (keyed joined), 含税单价 / 税率% / 价税合计, a 交货日期 per row that is not the '
                      'order date, the buyer as 采购组织; no total row. The delivery address and receiver are only in '
                      'the mail text, for both orders. No currency is written. Two orders, each adds up.',
                      [order('CGDD027871', '哈尔滨松江肉联食品有限公司', ship, '2027-01-19', None, t1, l1),
                       order('CGDD027872', '哈尔滨松江肉联食品有限公司', ship, '2027-01-19', None, t2, l2)])


@mail
def h307_csv_pl_comarch_cp1250_semicolon_eur():
    rows = [('OPK-0231', 'Karton klapowy 600x400x400, 5W', 'szt.', 1500, '1.86'),
            ('OPK-0244', 'Narożnik kartonowy 50x50x1000', 'szt.', 8000, '0.14'),
            ('OPK-0310', 'Folia stretch 500 mm / 23 µm', 'rolka', 240, '7.95')]
    lines = lines_of(rows, qty=3, price=4)
    total = m2(subtotal(lines))
    check(lines, total)

    def pl(v):
        return '{:.2f}'.format(D(v)).replace('.', ',')
    tab = [['Lp.', 'Kod', 'Nazwa', 'J.m.', 'Ilość', 'Cena EUR', 'Wartość EUR']]
    tab += [[i + 1, s, t, u, q, pl(p), pl(D(p) * q)] for i, (s, t, u, q, p) in enumerate(rows)]
    tab += [['', '', 'Razem', '', '', '', pl(total)]]
    data = corpus_docs.csv_text(tab, delim=';').encode('cp1250')
    body = """Dzień dobry,

w załączniku zamówienie ZAM/000087/2027 z dnia 19.01.2027 (eksport z Comarch ERP Optima).

Dostawa: Meble Zielińscy Sp. j., ul. Poznańska 44, 62-020 Swarzędz
Magazyn: Pan Marek Zieliński, tel. 61 817 40 55

Pozdrawiam
Agnieszka Lewandowska
Meble Zielińscy Sp. j.
"""
    eml = with_attachments(hdr('Agnieszka Lewandowska <zakupy@meble-zielinscy.pl>', 'ZAM/000087/2027',
                               dh(2027, 1, 19, 13, 45, 6, 60), '000a01db6d3c$9e8f7a6b$5c4d3e2f$@meble-zielinscy.pl',
                               'X-Mailer: Microsoft Outlook 16.0', 'iso-8859-2'), body, 'iso-8859-2', 'quoted-printable',
                           [attachment('text/csv', data, 'ZAM_000087_2027.csv')], '----=_NextPart_000_000B_01DB6D3C.9E8F7A6B')
    return eml, truth('hand-csv-pl-comarch-cp1250-semicolon-eur', 'csv', 'iso-8859-2',
                      'A Polish furniture maker\'s Comarch ERP Optima export: a Windows-1250 CSV (ł, ż, µ) with '
                      'semicolons and decimal commas, "Cena EUR" / "Wartość EUR" headers, units szt. / rolka, a Razem row; '
                      'the order number ZAM/000087/2027 and the date 19.01.2027 only in the mail text (ISO-8859-2 QP), '
                      'which also gives the delivery address and the warehouse contact. Adds up.',
                      [order('ZAM/000087/2027', 'Meble Zielińscy Sp. j.',
                             ('Pan Marek Zieliński', '61 817 40 55', 'Meble Zielińscy Sp. j., ul. Poznańska 44, 62-020 Swarzędz'),
                             '2027-01-19', 'EUR', total, lines)])


# ============================================================ xlsx attachments
@mail
def h308_xlsx_yunnan_matsutake_packing_sheet():
    rows = [('SR-LH-01', '松茸礼盒 1kg装 EPS内托 烫金', '套', 1500, '28.50'),
            ('SR-BD-02', '冰袋 200g 食品级', '个', 9000, '0.55'),
            ('SR-PM-40', '泡沫箱 40*30*25 加厚', '个', 1500, '6.20'),
            ('SR-WX-60', '外箱 五层 60*40*30 印冷链标', '个', 1500, '5.10')]
    lines = lines_of(rows, qty=3, price=4)
    total = m2(subtotal(lines))
    check(lines, total)
    sh = Sheet('订单')
    sh.widths = {1: 12, 2: 30, 3: 6, 4: 10, 5: 10, 6: 14}
    sh.set(1, 1, '香格里拉雪域菌业有限公司 包材采购单', bold=True, size=14)
    sh.merge(1, 1, 1, 6)
    sh.set(2, 1, '单号')
    sh.set(2, 2, 'XY-JY-270120')
    sh.set(2, 4, '日期')
    sh.set(2, 5, datetime.date(2027, 1, 20), fmt='yyyy"年"m"月"d"日"')
    sh.merge(2, 5, 2, 6)
    sh.row(4, 1, ['编码', '品名规格', '单位', '数量', '单价', '金额'], bold=True, border=True)
    for i, (s, t, u, q, p) in enumerate(rows):
        r = 5 + i
        sh.row(r, 1, [s, t, u, q], border=True)
        sh.set(r, 5, D(p), border=True, fmt='¥#,##0.00')
        sh.set(r, 6, ('=D%d*E%d' % (r, r), D(p) * q), border=True, fmt='¥#,##0.00')
    sh.set(9, 1, '合计', border=True)
    sh.set(9, 6, ('=SUM(F5:F8)', D(total)), border=True, fmt='¥#,##0.00')
    sh.set(11, 1, '收货：云南省迪庆州香格里拉市 建塘镇 松茸交易市场 B 区 12 号 雪域菌业')
    sh.set(12, 1, '收货人：扎西 13988769012')
    pk = Sheet('装箱要求')
    pk.widths = {1: 14, 2: 16, 3: 16, 4: 30}
    pk.row(1, 1, ['箱规', '每箱礼盒数', '每箱冰袋数', '说明'], bold=True, border=True)
    pk.row(2, 1, ['60*40*30', 1, 6, '礼盒放泡沫箱内，冰袋上下各3个'], border=True)
    pk.row(3, 1, ['预计发货', 1500, 9000, '分三批，每周一批 500 箱'], border=True)
    data = corpus_docs.xlsx_bytes([sh, pk], creator='xueyu')
    body = '恒达 杨经理：\n\n松茸季包材订单见附件，第二个表是装箱要求，给工厂看的。\n\n雪域菌业 卓玛央宗\n0887-8226617\n'
    eml = with_attachments(hdr(addr('卓玛央宗', 'xueyu_jy@189.cn'), '包材采购单 XY-JY-270120', dh(2027, 1, 20, 10, 8, 39),
                               '20270120100839.5E4F3A21@189.cn', 'X-Mailer: 189Mail'), body, 'utf-8', 'base64',
                           [attachment(XLSX, data, '包材采购单XY-JY-270120.xlsx', name_style='rfc2231')],
                           '----=_Part_3391_117209341.1768875039')
    return eml, truth('hand-xlsx-yunnan-matsutake-packing-sheet', 'xlsx', 'utf-8',
                      'A Shangri-La matsutake company (189 Mail, RFC 2231 file name): an .xlsx whose first sheet is the '
                      'order (label and value cells, the date a serial shown as 2027年1月20日, "¥#,##0.00" formats on '
                      'prices and amounts, formulas, 合计) and whose second sheet 装箱要求 has packing counts (1500, 9000, '
                      'per-carton numbers) that are not order lines. Adds up.',
                      [order('XY-JY-270120', '香格里拉雪域菌业有限公司',
                             ('扎西', '13988769012', '云南省迪庆州香格里拉市 建塘镇 松茸交易市场 B 区 12 号 雪域菌业'),
                             '2027-01-20', 'CNY', total, lines)])


@mail
def h309_xlsx_d365_bc_lines_only_za_citrus():
    rows = [('HD-ZA-1506', 'Citrus export carton 15kg, 2-piece, printed', 'PCS', 12000, '0.96', 0),
            ('HD-ZA-TRAY', 'Pulp tray 64 count', 'PCS', 24000, '0.11', 0),
            ('HD-ZA-LBL', 'Fruit label roll 1000, "Cederberg Gold"', 'ROLL', 600, '3.40', 5)]
    lines = []
    for s, t, u, q, p, dsc in rows:
        amount = D(p) * q * (100 - dsc) / 100
        lines.append(ln(s, t, q, p, amount))
    total = m2(subtotal(lines))
    sh = Sheet('Purchase Lines')
    sh.widths = {1: 8, 2: 14, 3: 46, 4: 12, 5: 10, 6: 16, 7: 14, 8: 18}
    sh.row(1, 1, ['Type', 'No.', 'Description', 'Location Code', 'Quantity', 'Unit of Measure Code',
                  'Direct Unit Cost Excl. VAT', 'Line Discount %', 'Line Amount Excl. VAT'], bold=True)
    for i, (s, t, u, q, p, dsc) in enumerate(rows):
        r = 2 + i
        sh.row(r, 1, ['Item', s, t, 'CITRUSDAL', q, u, D(p), dsc, D(lines[i]['total'])])
    data = corpus_docs.xlsx_bytes([sh], creator='Business Central')
    body = """Hi Vivian,

Purchase order PO-CFP-10388 dated 20 January 2027 - lines exported from Business Central attached.
All amounts USD, FOB Ningbo. Order total USD %s.

Deliver to: Cederberg Fruit Packers (Pty) Ltd, Packhouse 3, Voortrekker Street, Citrusdal 7340, South Africa
Receiving: Johan Kotze, 022 921 3380

Regards
Lize-Marie du Toit
Buyer, Cederberg Fruit Packers (Pty) Ltd
""" % amt(D(total))
    eml = with_attachments(hdr('Lize-Marie du Toit <buyer@cederbergfruit.co.za>', 'Purchase Order PO-CFP-10388',
                               dh(2027, 1, 20, 9, 33, 5, 120), 'JNAP275MB0733F4A5B6C7D8E9@JNAP275MB0733.ZAFP275.PROD.OUTLOOK.COM'),
                           body, 'us-ascii', '7bit', [attachment(XLSX, data, 'Purchase Lines.xlsx')],
                           '_004_JNAP275MB0733F4A5B6C7D8E9JNAP275MB0733ZAFP_')
    return eml, truth('hand-xlsx-d365-bc-lines-only-za-citrus', 'xlsx', 'us-ascii',
                      'A Citrusdal fruit packer sends the purchase lines exported from Dynamics 365 Business Central '
                      '("Open in Excel": one header row with BC\'s long column names, Type, Location Code, Unit of '
                      'Measure Code, Direct Unit Cost Excl. VAT, a Line Discount % of 5 on one line, Line Amount Excl. VAT '
                      'after the discount); no number, date, total or address in the sheet: PO-CFP-10388, the date '
                      '"20 January 2027", USD, the total and the delivery are in the mail text. Line totals are the '
                      'discounted amounts; adds up.',
                      [order('PO-CFP-10388', 'Cederberg Fruit Packers (Pty) Ltd',
                             ('Johan Kotze', '022 921 3380',
                              'Cederberg Fruit Packers (Pty) Ltd, Packhouse 3, Voortrekker Street, Citrusdal 7340, South Africa'),
                             '2027-01-20', 'USD', total, lines)])


@mail
def h310_xlsx_inner_mongolia_jerky_daxie_disagrees_hold():
    rows = [('NR-ZP-100', '牛肉干自立袋 100g 铝箔 开窗', '个', 50000, '0.38'),
            ('NR-ZP-250', '牛肉干自立袋 250g 铝箔 开窗', '个', 20000, '0.52'),
            ('NR-LH-06', '牛肉干礼盒 6袋装 手提', '个', 3000, '7.60'),
            ('NR-TK-01', '脱氧剂 50型', '包', 80000, '0.035')]
    lines = exact(lines_of(rows, qty=3, price=4), [None, None, None, '0.035'])
    total = m2(subtotal(lines))
    check(lines, total)
    assert total == '55000.00'
    sh = Sheet('Sheet1')
    sh.widths = {1: 6, 2: 12, 3: 28, 4: 6, 5: 10, 6: 10, 7: 14}
    sh.set(1, 1, '内蒙古科尔沁草原牛业有限公司', bold=True, size=16)
    sh.merge(1, 1, 1, 7)
    sh.set(2, 1, '采 购 订 单', bold=True, size=14)
    sh.merge(2, 1, 2, 7)
    sh.set(3, 1, '订单号：KEQ-CG-2701-22')
    sh.merge(3, 1, 3, 3)
    sh.set(3, 5, '日期：2027-01-20')
    sh.merge(3, 5, 3, 7)
    sh.row(4, 1, ['序号', '编码', '名称规格', '单位', '数量', '单价', '金额'], bold=True, border=True)
    for i, (s, t, u, q, p) in enumerate(rows):
        r = 5 + i
        sh.row(r, 1, [i + 1, s, t, u, q], border=True)
        sh.set(r, 6, D(p), border=True, fmt='0.000')
        sh.set(r, 7, ('=E%d*F%d' % (r, r), D(p) * q), border=True, fmt='#,##0.00')
    sh.set(9, 1, '合计（小写）', border=True)
    sh.merge(9, 1, 9, 6)
    sh.set(9, 7, ('=SUM(G5:G8)', D(total)), border=True, fmt='#,##0.00')
    sh.set(10, 1, '合计（大写）', border=True)
    sh.merge(10, 1, 10, 2)
    sh.set(10, 3, '人民币伍万肆仟捌佰元整', border=True)
    sh.merge(10, 3, 10, 7)
    sh.set(12, 1, '收货地址：内蒙古通辽市科尔沁区 工业园区 创业大道 9 号 草原牛业 包装库')
    sh.set(13, 1, '收货人：包海龙 15247511086')
    sh.set(14, 1, '制表：萨仁   审核：王总')
    data = corpus_docs.xlsx_bytes([sh], creator='saren')
    body = '恒达包装 你好：\n附件是我公司采购订单，请确认。\n\n萨仁\n内蒙古科尔沁草原牛业有限公司 采购 0475-8213376\n'
    eml = with_attachments(hdr(addr('萨仁', 'saren@keerqin-beef.com'), '采购订单 KEQ-CG-2701-22', dh(2027, 1, 20, 16, 12, 27),
                               'tencent_2E4A6C8E0A2C4E6A8C0E2A4C6E8A0C2E4A09@keerqin-beef.com', 'X-Mailer: Tencent Exmail'),
                           body, 'utf-8', 'base64', [attachment(XLSX, data, 'KEQ-CG-2701-22.xlsx')],
                           '----=_NextPart_6A8B9C0D_1E2F_3A4B_5C6D_7E8F9A0B1C2D')
    return eml, truth('hand-xlsx-inner-mongolia-jerky-daxie-disagrees-hold', 'xlsx', 'utf-8',
                      'A Tongliao beef-jerky maker\'s .xlsx: two merged title rows, "订单号：…" and "日期：…" as text '
                      'cells, 0.000-formatted prices, a 合计（小写） formula showing 55,000.00 (which is the sum of the '
                      'lines) and a 合计（大写） row written by hand as 人民币伍万肆仟捌佰元整 (54,800). The clerk keys '
                      'the 小写 total and HOLDS the order until the buyer says which figure is meant.',
                      [order('KEQ-CG-2701-22', '内蒙古科尔沁草原牛业有限公司',
                             ('包海龙', '15247511086', '内蒙古通辽市科尔沁区 工业园区 创业大道 9 号 草原牛业 包装库'),
                             '2027-01-20', 'CNY', total, lines)])


@mail
def h311_xlsx_wecom_approval_export_hainan_coconut():
    rows = [('椰子汁易拉罐纸箱', '24罐装 五层 印刷', '个', 6000, '3.85'),
            ('椰子糖包装袋', '250g 自立袋 铝箔', '个', 30000, '0.29'),
            ('椰子礼盒', '双椰装 手提 覆膜', '个', 2000, '7.50'),
            ('缠绕膜', '50cm*300m', '卷', 60, '38.00')]
    lines = [ln(None, '%s %s' % (t, g), q, p) for t, g, u, q, p in rows]
    total = m2(subtotal(lines))
    check(lines, total)
    head = ['审批编号', '提交时间', '申请人', '申请人部门', '当前审批状态', '采购事由', '采购单号', '下单日期', '供应商',
            '收货地址', '收货人', '联系电话', '明细-物品名称', '明细-规格型号', '明细-单位', '明细-数量', '明细-单价(元)',
            '明细-金额(元)', '采购总金额(元)', '审批记录']
    sh = Sheet('采购申请')
    sh.widths = {i + 1: w for i, w in enumerate([20, 18, 8, 10, 10, 18, 14, 12, 24, 40, 8, 14, 16, 16, 8, 8, 10, 12, 12, 40])}
    sh.row(1, 1, head, bold=True)
    for i, (t, g, u, q, p) in enumerate(rows):
        sh.row(2 + i, 1, ['202701210045', '2027-01-21 10:32:05', '符海燕', '采购部', '已通过', '春节后椰子汁线包材补货',
                          'YF-CG-270121', '2027-01-21', '杭州恒达包装材料有限公司',
                          '海南省海口市美兰区 桂林洋经济开发区 椰风路 8 号 椰风食品 包材仓', '王金花', '0898-65712206',
                          t, g, u, q, D(p), D(p) * q, D(total),
                          '符海燕(提交) → 陈立(同意 2027-01-21 11:05) → 吴总(同意 2027-01-21 14:20)'])
    data = corpus_docs.xlsx_bytes([sh], creator='WeCom')
    body = '恒达包装 李经理：\n\n采购审批已经走完，企业微信导出的审批明细见附件，请按这个下单。\n\n符海燕\n海南椰风食品有限公司 采购部\n手机 13976028815\n'
    eml = with_attachments(hdr(addr('符海燕', 'fuhy@yefeng-food.com'), '采购审批明细 YF-CG-270121（企业微信导出）',
                               dh(2027, 1, 21, 14, 52, 30), 'wecom.3a9e1c5b7d2f4a6c8e0b1d3f5a7c9e2b@yefeng-food.com',
                               'X-Mailer: WeCom Mail'), body, 'utf-8', 'base64',
                           [attachment(XLSX, data, '采购申请_20270121145010.xlsx', name_style='rfc2231')],
                           '----=_NextPart_WeCom_5D7F9B1A3C5E')
    return eml, truth('hand-xlsx-wecom-approval-export-hainan-coconut', 'xlsx', 'utf-8',
                      'A Haikou coconut-food maker sends the approval records exported from WeCom (企业微信) as .xlsx: '
                      'one row per detail line with every form field repeated on each row (审批编号, 提交时间, 申请人, '
                      'status, 采购单号, 下单日期, supplier, address, receiver, phone, 采购总金额 and the approval '
                      'trail), the detail fields prefixed "明细-" with 物品名称 and 规格型号 apart (keyed joined, no '
                      'SKU), 单价(元) / 金额(元) / 采购总金额(元). The 审批编号 and the submission time are the '
                      'approval\'s; the order is YF-CG-270121 of 2027-01-21. One order, adds up.',
                      [order('YF-CG-270121', '海南椰风食品有限公司',
                             ('王金花', '0898-65712206', '海南省海口市美兰区 桂林洋经济开发区 椰风路 8 号 椰风食品 包材仓'),
                             '2027-01-21', 'CNY', total, lines)])


@mail
def h312_xlsx_ru_marketplace_cyrillic_cny():
    rows = [('WB-KR-2015', 'Коробка самосборная 20x15x5 см, белая', 8000, '0.74'),
            ('WB-ZP-3040', 'Зип-пакет 30x40 см, матовый', 15000, '0.19'),
            ('WB-SK-0058', 'Скотч 48 мм x 66 м, прозрачный', 600, '2.60')]
    lines = lines_of(rows)
    total = m2(subtotal(lines))
    check(lines, total)
    sh = Sheet('Заказ')
    sh.widths = {1: 5, 2: 14, 3: 42, 4: 10, 5: 12, 6: 14}
    sh.set(1, 1, 'ЗАКАЗ ПОСТАВЩИКУ № ВБ-0121 от 21.01.2027', bold=True, size=13)
    sh.merge(1, 1, 1, 6)
    sh.set(2, 1, 'Покупатель: ИП Смирнова Ольга Андреевна (магазин "Уютный дом" на Wildberries)')
    sh.merge(2, 1, 2, 6)
    sh.set(3, 1, 'Поставщик: Hangzhou Hengda Packaging Materials Co., Ltd.')
    sh.merge(3, 1, 3, 6)
    sh.row(5, 1, ['№', 'Артикул', 'Товар', 'Кол-во, шт', 'Цена, ¥', 'Сумма, ¥'], bold=True, border=True)
    for i, (s, t, q, p) in enumerate(rows):
        r = 6 + i
        sh.row(r, 1, [i + 1, s, t, q], border=True)
        sh.set(r, 5, D(p), border=True, fmt='#,##0.00')
        sh.set(r, 6, ('=D%d*E%d' % (r, r), D(p) * q), border=True, fmt='#,##0.00')
    sh.set(9, 5, 'Итого:', bold=True)
    sh.set(9, 6, ('=SUM(F6:F8)', D(total)), border=True, fmt='#,##0.00')
    sh.set(11, 1, 'Доставка: карго до Москвы, склад "Южные ворота", 19-й км МКАД, стр. 3, павильон 2-14')
    sh.set(12, 1, 'Получатель: Смирнова Ольга, +7 926 418-33-07')
    data = corpus_docs.xlsx_bytes([sh], creator='Olga')
    body = 'Здравствуйте!\n\nЗаказ во вложении, оплата в юанях через агента.\n\nОльга Смирнова\nИП Смирнова О. А.\n'
    eml = with_attachments(hdr('=?UTF-8?B?0J7Qu9GM0LPQsCDQodC80LjRgNC90L7QstCw?= <olga.smirnova.wb@yandex.ru>',
                               'Заказ ВБ-0121', dh(2027, 1, 21, 12, 55, 40, 180), '1987341768996940@mail.yandex.ru',
                               'X-Mailer: Yandex.Mail'), body, 'utf-8', 'base64',
                           [attachment(XLSX, data, 'Заказ_ВБ-0121.xlsx', name_style='rfc2231')],
                           '----==--bound.77419.myt1-a2b3c4d5e6f7.qloud-c.yandex.net')
    return eml, truth('hand-xlsx-ru-marketplace-cyrillic-cny', 'xlsx', 'utf-8',
                      'A Wildberries seller (a Russian sole trader, Yandex Mail, RFC 2231 file name in Cyrillic) sends '
                      'an .xlsx in Russian: the number and date only in the merged title "ЗАКАЗ ПОСТАВЩИКУ № ВБ-0121 от '
                      '21.01.2027" (Cyrillic letters in the number), the buyer in a "Покупатель:" cell, "Цена, ¥" / '
                      '"Сумма, ¥" headers (yuan: the mail says payment in юани), an Итого row, a cargo warehouse in '
                      'Moscow as the delivery. Adds up.',
                      [order('ВБ-0121', 'ИП Смирнова Ольга Андреевна',
                             ('Смирнова Ольга', '+7 926 418-33-07',
                              'карго до Москвы, склад "Южные ворота", 19-й км МКАД, стр. 3, павильон 2-14'),
                             '2027-01-21', 'CNY', total, lines)])


@mail
def h313_xlsx_guangxi_mango_two_sheets_two_orders():
    o1 = [('BS-MG-5', '芒果纸箱 5斤装 彩印 天地盖', '个', 20000, '2.35'), ('BS-WT-01', '芒果网套 白色', '个', 240000, '0.022')]
    o2 = [('BS-MG-10', '芒果纸箱 10斤装 彩印 天地盖', '个', 8000, '3.10'), ('BS-WT-01', '芒果网套 白色', '个', 90000, '0.022')]
    l1 = exact(lines_of(o1, qty=3, price=4), [None, '0.022'])
    l2 = exact(lines_of(o2, qty=3, price=4), [None, '0.022'])
    t1, t2 = m2(subtotal(l1)), m2(subtotal(l2))
    sheets = []
    for name, no, rows, t, addr_, who in (
            ('田阳收购点', 'BSMG-2701-TY', o1, t1, '广西百色市田阳区 那坡镇 芒果收购点（那坡大桥东侧）', '黄建新 13507765218'),
            ('田东收购点', 'BSMG-2701-TD', o2, t2, '广西百色市田东县 平马镇 芒果交易市场 18 号档', '罗志勇 18977632041')):
        sh = Sheet(name)
        sh.widths = {1: 12, 2: 28, 3: 6, 4: 10, 5: 10, 6: 14}
        sh.set(1, 1, '百色市右江芒果产销合作社 包材订单（%s）' % name, bold=True, size=13)
        sh.merge(1, 1, 1, 6)
        sh.set(2, 1, '订单号：%s' % no)
        sh.set(2, 4, '下单日期：2027-01-21')
        sh.row(3, 1, ['编码', '品名', '单位', '数量', '单价(元)', '金额(元)'], bold=True, border=True)
        for i, (s, tt, u, q, p) in enumerate(rows):
            r = 4 + i
            sh.row(r, 1, [s, tt, u, q], border=True)
            sh.set(r, 5, D(p), border=True, fmt='0.000')
            sh.set(r, 6, ('=D%d*E%d' % (r, r), D(p) * q), border=True, fmt='#,##0.00')
        sh.set(6, 1, '合计', border=True)
        sh.set(6, 6, ('=SUM(F4:F5)', D(t)), border=True, fmt='#,##0.00')
        sh.set(8, 1, '送货地址：%s' % addr_)
        sh.set(9, 1, '收货人：%s' % who)
        sheets.append(sh)
    data = corpus_docs.xlsx_bytes(sheets, creator='右江芒果')
    body = ('恒达包装 覃经理：\n\n今年两个收购点分开下单、分开送货、分开结账，一个收购点一个工作表，请分别开单。\n'
            '早熟芒3月就要用，纸箱2月底前一定要到。\n\n百色市右江芒果产销合作社\n陆春梅 13768761140\n')
    eml = with_attachments(hdr(addr('陆春梅', 'yjmango_lcm@163.com', 'gbk'), '两个收购点的包材订单（田阳、田东）',
                               dh(2027, 1, 21, 17, 20, 3), '5e2c8a1f.9b3.19a0b1c2d3e.Coremail.yjmango_lcm@163.com',
                               'X-Mailer: Coremail Webmail Server Version XT5.0.14', 'gbk'), body, 'gbk', 'base64',
                           [attachment(XLSX, data, '右江芒果包材订单2027.xlsx', name_style='gbk')],
                           '----=_Part_77218_1905532.1768987203')
    return eml, truth('hand-xlsx-guangxi-mango-two-sheets-two-orders', 'xlsx', 'gbk',
                      'A Baise mango cooperative (163 Mail, GBK) sends one .xlsx with two sheets, one per buying point, '
                      'each a complete order with its own 订单号, lines, 合计, address and receiver; the same SKU '
                      'appears in both at a 3-decimal price. The mail asks for two separate orders. Two orders, each '
                      'adds up.',
                      [order('BSMG-2701-TY', '百色市右江芒果产销合作社',
                             ('黄建新', '13507765218', '广西百色市田阳区 那坡镇 芒果收购点（那坡大桥东侧）'),
                             '2027-01-21', 'CNY', t1, l1),
                       order('BSMG-2701-TD', '百色市右江芒果产销合作社',
                             ('罗志勇', '18977632041', '广西百色市田东县 平马镇 芒果交易市场 18 号档'),
                             '2027-01-21', 'CNY', t2, l2)])


# ============================================================ xls attachments
@mail
def h314_xls_yonyou_u8_puer_tea_net_and_gross():
    rows = [('0301001', '普洱茶饼棉纸', '357g 印刷', '张', 50000, '0.12'),
            ('0301002', '竹壳', '七饼装', '个', 6000, '2.26'),
            ('0301003', '茶饼内飞', '2*3cm', '张', 50000, '0.03'),
            ('0302001', '单饼礼盒', '木纹纸 天地盖', '个', 3000, '9.04')]
    lines = [ln(s, '%s %s' % (t, g), q, p) for s, t, g, u, q, p in rows]
    total = m2(subtotal(lines))
    check(lines, total)
    sh = Sheet('采购订单')
    sh.widths = {1: 10, 2: 14, 3: 14, 4: 6, 5: 10, 6: 10, 7: 10, 8: 6, 9: 12, 10: 10, 11: 12, 12: 12}
    sh.set(1, 1, '采购订单', size=16)
    sh.merge(1, 1, 1, 12)
    for i, (k, v, k2, v2) in enumerate([('订单编号', '0000000213', '订单日期', datetime.date(2027, 1, 22)),
                                        ('供应商', '杭州恒达包装材料有限公司', '采购类型', '普通采购'),
                                        ('币种', '人民币', '汇率', 1), ('部门', '采购部', '业务员', '刀建华')]):
        sh.set(2 + i, 1, k)
        sh.set(2 + i, 2, v)
        sh.set(2 + i, 6, k2)
        sh.set(2 + i, 7, v2)
    sh.row(7, 1, ['存货编码', '存货名称', '规格型号', '主计量', '数量', '原币单价', '原币含税单价', '税率', '原币金额',
                  '原币税额', '原币价税合计', '计划到货日期'], border=True)
    for i, (s, t, g, u, q, p) in enumerate(rows):
        r = 8 + i
        gross = D(p) * q
        net = (gross / D('1.13')).quantize(D('0.01'))
        sh.row(r, 1, [s, t, g, u, q], border=True)
        sh.set(r, 6, (D(p) / D('1.13')).quantize(D('0.0001')), border=True, fmt='0.0000')
        sh.set(r, 7, D(p), border=True, fmt='0.0000')
        sh.set(r, 8, 13, border=True)
        sh.set(r, 9, net, border=True, fmt='#,##0.00')
        sh.set(r, 10, gross - net, border=True, fmt='#,##0.00')
        sh.set(r, 11, gross, border=True, fmt='#,##0.00')
        sh.set(r, 12, '2027-02-20', border=True)
    sh.set(12, 1, '合计', border=True)
    sh.set(12, 5, sum(r[4] for r in rows), border=True)
    sh.set(12, 11, D(total), border=True, fmt='#,##0.00')
    sh.set(14, 1, '收货地址：云南省西双版纳州勐海县 勐海镇 佛双路 茶业园区 云茗茶业 成品车间')
    sh.set(15, 1, '收货人：岩温 13988123476')
    sh.set(16, 1, '制单人：刀建华    审核人：玉香')
    data = corpus_docs.xls_bytes([sh])
    body = '恒达包装：\n\n附件是U8导出的采购订单，春茶前要到货，请安排。\n\n刀建华\n勐海县云茗茶业有限公司 采购部\n0691-5128803\n'
    eml = with_attachments(hdr(addr('刀建华', 'daojh@yunming-tea.cn', 'gbk'), '采购订单0000000213（云茗茶业）',
                               dh(2027, 1, 22, 9, 15, 26), '001101db6f4c$7d8e9f0a$1b2c3d4e$@yunming-tea.cn',
                               'X-Mailer: Microsoft Outlook 16.0', 'gbk'), body, 'gbk', 'base64',
                           [attachment(XLS, data, '采购订单0000000213.xls', name_style='gbk')],
                           '----=_NextPart_000_0012_01DB6F4C.7D8E9F0A')
    return eml, truth('hand-xls-yonyou-u8-puer-tea-net-and-gross', 'xls', 'gbk',
                      'A Menghai pu\'er tea company\'s Yonyou U8 .xls: an order number of digits only with leading '
                      'zeros ("0000000213"), label/value cells in two column pairs (订单日期 a date cell, 币种 人民币, 汇率 '
                      '1), 存货名称 and 规格型号 apart (keyed joined), 原币单价 (net, 4 decimals) and 原币含税单价 side by '
                      'side with 税率 13, 原币金额 / 原币税额 / 原币价税合计; the clerk keys the tax-inclusive price and '
                      'amount. The 合计 row also sums the quantities; a planned arrival date on each line. Adds up.',
                      [order('0000000213', '勐海县云茗茶业有限公司',
                             ('岩温', '13988123476', '云南省西双版纳州勐海县 勐海镇 佛双路 茶业园区 云茗茶业 成品车间'),
                             '2027-01-22', 'CNY', total, lines)])


@mail
def h315_xls_ph_banana_chips_qty_first_discount():
    rows = [(40000, 'pcs', 'MHS-LP100', 'Laminated pouch 100g, 4 col print', '0.078'),
            (20000, 'pcs', 'MHS-LP250', 'Laminated pouch 250g, 4 col print', '0.115'),
            (2000, 'pcs', 'MHS-MC24', 'Master carton 24 pouches', '0.96')]
    lines = exact([ln(s, t, q, p) for q, u, s, t, p in rows], ['0.078', '0.115', None])
    sub = subtotal(lines)
    disc = m2(-sub * D('0.02'))
    total = m2(sub + D(disc))
    check(lines, total, disc)
    sh = Sheet('PO')
    sh.widths = {1: 10, 2: 8, 3: 14, 4: 40, 5: 12, 6: 14}
    sh.set(1, 1, 'MINDANAO HARVEST SNACKS CORP.', size=16)
    sh.merge(1, 1, 1, 6)
    sh.set(2, 1, 'Km. 9 Diversion Road, Buhangin, Davao City 8000 | TIN 008-442-917-000')
    sh.merge(2, 1, 2, 6)
    sh.set(4, 1, 'PURCHASE ORDER', bold=True)
    for i, (k, v) in enumerate([('P.O. No.', 'MHS-2027-0058'), ('Date', datetime.date(2027, 1, 22)), ('Terms', 'T/T 30 days'),
                                ('Ship Via', 'Sea freight to Davao (Sasa wharf)')]):
        sh.set(5 + i, 1, k)
        sh.set(5 + i, 3, v)
    sh.row(10, 1, ['Qty', 'Unit', 'Item No.', 'Description', 'Unit Price', 'Total'], border=True)
    for i, (q, u, s, t, p) in enumerate(rows):
        r = 11 + i
        sh.row(r, 1, [q, u, s, t], border=True)
        sh.set(r, 5, D(p), border=True, fmt='0.0000')
        sh.set(r, 6, D(p) * q, border=True, fmt='#,##0.00')
    sh.set(14, 4, 'Subtotal', border=True)
    sh.set(14, 6, sub, border=True, fmt='#,##0.00')
    sh.set(15, 4, 'Less: 2% early payment discount', border=True)
    sh.set(15, 6, D(disc), border=True, fmt='#,##0.00')
    sh.set(16, 4, 'TOTAL US$', border=True)
    sh.set(16, 6, D(total), border=True, fmt='#,##0.00')
    sh.set(18, 1, 'Deliver to: Mindanao Harvest Snacks Corp., Km. 9 Diversion Road, Buhangin, Davao City 8000, Philippines')
    sh.set(19, 1, 'Attn: Mr. Rolando Dizon, (082) 234 5518')
    sh.set(21, 1, 'Prepared by: Joy Mercado        Approved by: Engr. Ramon Yap')
    data = corpus_docs.xls_bytes([sh])
    body = 'Good day Ma\'am Vivian,\n\nAttached is our P.O. for banana chips pouches. Pls. acknowledge.\n\nThank you po,\nJoy Mercado\nPurchasing Asst., Mindanao Harvest Snacks Corp.\n0918 775 2204\n'
    eml = with_attachments(hdr('Joy Mercado <purchasing@mindanaoharvest.ph>', 'P.O. MHS-2027-0058', dh(2027, 1, 22, 14, 6, 51),
                               '0a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d@mindanaoharvest.ph', 'X-Mailer: Zimbra 9.0.0_GA_4546 (ZimbraWebClient - GC120)'),
                           body, 'us-ascii', '7bit', [attachment(XLS, data, 'PO MHS-2027-0058.xls')],
                           '=_7c2e9a41b5d8f3061e4a2b9c')
    return eml, truth('hand-xls-ph-banana-chips-qty-first-discount', 'xls', 'us-ascii',
                      'A Davao banana-chips maker (Zimbra) sends an .xls whose table starts with Qty and Unit before the '
                      'item number and description, 4-decimal price cells holding 3-decimal prices, label cells with the '
                      'value two columns right (P.O. No., a date cell, Terms, Ship Via), Subtotal, "Less: 2% early '
                      'payment discount" as a negative row and "TOTAL US$". The TIN in the letterhead is no number of '
                      'the order. Adds up after the discount.',
                      [order('MHS-2027-0058', 'Mindanao Harvest Snacks Corp.',
                             ('Mr. Rolando Dizon', '(082) 234 5518',
                              'Mindanao Harvest Snacks Corp., Km. 9 Diversion Road, Buhangin, Davao City 8000, Philippines'),
                             '2027-01-22', 'USD', total, lines)])


@mail
def h316_xls_heihe_bilingual_cn_ru_cny():
    rows = [('LJ-TW-1525', '套娃礼盒 Коробка для матрёшки', '15*15*25', 3000, '4.50'),
            ('LJ-QK-0500', '巧克力礼盒 Коробка для конфет', '500g', 5000, '3.20'),
            ('LJ-ST-3242', '手提纸袋 Пакет бумажный', '32*42', 8000, '0.95')]
    lines = [ln(s, '%s %s' % (t, g), q, p) for s, t, g, q, p in rows]
    total = m2(subtotal(lines))
    check(lines, total)
    sh = Sheet('订单 Заказ')
    sh.widths = {1: 8, 2: 14, 3: 40, 4: 12, 5: 10, 6: 14, 7: 14}
    sh.set(1, 1, '黑河市龙江俄贸进出口有限公司 订货单 / Заказ', size=14)
    sh.merge(1, 1, 1, 7)
    sh.set(2, 1, '单号 № LJ-HH-2701-09')
    sh.set(2, 5, '日期 Дата 22.01.2027')
    sh.row(3, 1, ['序号 №', '编码 Код', '品名 Наименование', '规格 Размер', '数量 Кол-во', '单价（元）Цена, юань',
                  '金额（元）Сумма, юань'], border=True)
    for i, (s, t, g, q, p) in enumerate(rows):
        r = 4 + i
        sh.row(r, 1, [i + 1, s, t, g, q], border=True)
        sh.set(r, 6, D(p), border=True, fmt='0.00')
        sh.set(r, 7, D(p) * q, border=True, fmt='#,##0.00')
    sh.set(7, 1, '合计 Итого', border=True)
    sh.set(7, 7, D(total), border=True, fmt='#,##0.00')
    sh.set(9, 1, '收货 / Получатель：黑龙江省黑河市爱辉区 中俄自由贸易区 通江路 16 号 龙江俄贸 仓库')
    sh.set(10, 1, '联系人 / Контакт：王海峰 15845612873')
    data = corpus_docs.xls_bytes([sh])
    body = '恒达 李经理：\n\n对俄的礼盒订单见附件（中俄双语，给俄方客户看的），春节后第一车就要发布拉戈维申斯克。\n\n王海峰\n黑河市龙江俄贸进出口有限公司\n0456-8265133\n'
    eml = with_attachments(hdr(addr('王海峰', 'wanghf_lj@sohu.com'), '订货单 LJ-HH-2701-09 中俄双语', dh(2027, 1, 22, 15, 38, 12),
                               '1769067492.8f2a.wanghf_lj@sohu.com', 'X-Mailer: Sohu Mail'), body, 'utf-8', 'base64',
                           [attachment(XLS, data, 'LJ-HH-2701-09.xls')], '----=_Part_9923_401877231.1769067492')
    return eml, truth('hand-xls-heihe-bilingual-cn-ru-cny', 'xls', 'utf-8',
                      'A Heihe border trader\'s bilingual Chinese/Russian .xls (Sohu Mail): headers in both languages '
                      '("数量 Кол-во", "单价（元）Цена, юань"), titles in both languages in one cell and the size in a '
                      'separate 规格 column (keyed joined), "单号 № LJ-HH-2701-09" and "日期 Дата 22.01.2027" as text '
                      'cells, a 合计 Итого row; Blagoveshchensk in the mail is the final destination, not the delivery. '
                      'Adds up.',
                      [order('LJ-HH-2701-09', '黑河市龙江俄贸进出口有限公司',
                             ('王海峰', '15845612873', '黑龙江省黑河市爱辉区 中俄自由贸易区 通江路 16 号 龙江俄贸 仓库'),
                             '2027-01-22', 'CNY', total, lines)])


# ============================================================ PDF attachments
@mail
def h317_pdf_odoo_id_furniture_bracket_refs():
    rows = [('JUJ-BW-01', 'Bubble wrap roll 1m x 50m', 120, '18.50'),
            ('JUJ-CP-02', 'Corner protector foam 50mm', 15000, '0.055'),
            ('JUJ-CT-03', 'Export carton 5-ply 120x60x50cm', 900, '3.45'),
            ('JUJ-TP-04', 'Packing tape 48mm x 100m', 30, '2.15')]
    lines = exact(lines_of(rows), [None, '0.055', None, None])
    total = m2(subtotal(lines))
    check(lines, total)
    assert total == '6214.50'

    def build(c, fn, ps):
        w, h = ps
        c.setFont(fn, 12)
        c.drawString(50, h - 50, 'CV Jati Ukir Jepara')
        c.setFont(fn, 8)
        for i, x in enumerate(['Jl. Raya Jepara-Kudus Km 7', 'Desa Tahunan', 'Jepara 59427', 'Indonesia']):
            c.drawString(50, h - 62 - i * 10, x)
        c.line(50, h - 108, w - 50, h - 108)
        c.setFont(fn, 9)
        c.drawString(50, h - 130, 'Shipping address:')
        for i, x in enumerate(['CV Jati Ukir Jepara - Gudang 2', 'Jl. Raya Jepara-Kudus Km 7', 'Desa Tahunan',
                               'Jepara 59427', 'Indonesia', '+62 291 593 118']):
            c.drawString(50, h - 144 - i * 12, x)
        for i, x in enumerate(['Hangzhou Hengda Packaging Materials Co., Ltd.', 'Hangzhou', 'China',
                               'orders@hengda-pack.cn']):
            c.drawString(330, h - 130 - i * 12, x)
        c.setFont(fn, 16)
        c.drawString(50, h - 240, 'Purchase Order #P00087')
        c.setFont(fn, 8)
        c.drawString(50, h - 262, 'Purchase Representative:')
        c.drawString(200, h - 262, 'Order Date:')
        c.setFont(fn, 9)
        c.drawString(50, h - 274, 'Dewi Kartika')
        c.drawString(200, h - 274, '01/22/2027')
        y = h - 305
        c.setFont(fn, 8)
        cols = [(50, 'Description', 'l'), (250, 'Taxes', 'l'), (300, 'Date Req.', 'l'), (425, 'Qty', 'r'),
                (480, 'Unit Price', 'r'), (w - 50, 'Amount', 'r')]
        for x, t, a in cols:
            (c.drawRightString if a == 'r' else c.drawString)(x, y, t)
        c.line(50, y - 4, w - 50, y - 4)
        y -= 18
        c.setFont(fn, 8)
        for s, t, q, p in rows:
            vals = ['[%s] %s' % (s, t), '', '02/15/2027', '{:,.2f} Units'.format(q), p, '$ ' + amt(D(p) * q)]
            for (x, _, a), v in zip(cols, vals):
                (c.drawRightString if a == 'r' else c.drawString)(x, y, v)
            c.setLineWidth(0.2)
            c.line(50, y - 5, w - 50, y - 5)
            y -= 18
        for i, (k, v) in enumerate([('Untaxed Amount', '$ ' + amt(D(total))), ('Taxes', '$ 0.00'), ('Total', '$ ' + amt(D(total)))]):
            c.drawString(380, y - 12 - i * 15, k)
            c.drawRightString(w - 50, y - 12 - i * 15, v)
        c.drawString(50, y - 70, 'Payment Terms: 30% T/T advance, balance before shipment (USD)')
        c.setFont(fn, 7)
        c.drawCentredString(w / 2, 40, '+62 291 593 100  purchasing@jatiukirjepara.co.id  www.jatiukirjepara.co.id')
        c.drawCentredString(w / 2, 30, 'Page: 1 / 1')
    data = corpus_docs.pdf_bytes(build, 'Purchase Order - P00087', 'Odoo')
    body = """Dear Hengda Packaging Materials Co., Ltd.,

Here is in attachment a purchase order P00087 amounting in $ 6,214.50 from CV Jati Ukir Jepara.

The receipt is expected for 02/15/2027.

Could you please acknowledge the receipt of this order?

Best regards,
--
Dewi Kartika
"""
    eml = with_attachments(hdr('CV Jati Ukir Jepara <purchasing@jatiukirjepara.co.id>',
                               'CV Jati Ukir Jepara Order (Ref P00087)', dh(2027, 1, 22, 10, 2, 33, 420),
                               '468921837102664.1769050953.291734081611364-openerp-87-purchase.order@odoo-jatiukir',
                               extra=['X-Odoo-Objects: purchase.order-87']), body, 'utf-8', 'quoted-printable',
                           [attachment('application/pdf', data, 'PO - P00087.pdf')], '===============4518803127720143365==')
    return eml, truth('hand-pdf-odoo-id-furniture-bracket-refs', 'pdf', 'utf-8',
                      'A Jepara furniture maker\'s Odoo purchase order (the standard Odoo mail "Here is in attachment a '
                      'purchase order P00087 amounting in $ …", "The receipt is expected for 02/15/2027"): the PDF has '
                      'no grid, the SKU in brackets before the description ("[JUJ-BW-01] Bubble wrap …"), an empty '
                      'Taxes column, a Date Req. column, quantities "120.00 Units", "$ " amounts, Untaxed Amount / '
                      'Taxes / Total, the Order Date 01/22/2027 (M/D, as Odoo prints in US English) and USD only in the '
                      'payment terms; the shipping address block has a warehouse name and a phone but no person. Adds '
                      'up.',
                      [order('P00087', 'CV Jati Ukir Jepara',
                             (None, '+62 291 593 118',
                              'CV Jati Ukir Jepara - Gudang 2, Jl. Raya Jepara-Kudus Km 7, Desa Tahunan, Jepara 59427, Indonesia'),
                             '2027-01-22', 'USD', total, lines)])


@mail
def h318_pdf_k3cloud_two_pages_liuzhou_auto_parts():
    names = [('02.01.%03d' % (i + 1), n, g, u) for i, (n, g, u) in enumerate([
        ('吸塑托盘', '刹车片 PET 0.8mm', '个'), ('吸塑托盘', '火花塞 PET 0.6mm', '个'), ('周转箱', 'PP 600*400*280', '个'),
        ('周转箱', 'PP 400*300*148', '个'), ('刀卡', '瓦楞 K=K 12格', '套'), ('刀卡', '瓦楞 K=K 20格', '套'),
        ('防锈袋', 'VCI 300*400', '个'), ('防锈袋', 'VCI 500*700', '个'), ('珍珠棉', 'EPE 10mm 1m*2m', '片'),
        ('气泡袋', '20*30 双层', '个'), ('打包带', 'PP 1608 透明', '卷'), ('缠绕膜', '50cm*300m 2.5kg', '卷'),
        ('标签', '80*60 不干胶 热敏', '卷'), ('纸箱', '五层 600*400*300', '个'), ('纸箱', '五层 400*300*200', '个'),
        ('隔板', '蜂窝纸板 1200*1000', '张'), ('角护', '纸护角 50*50*1000', '根'), ('托盘', '塑料 1200*1000 川字', '个')])]
    qty = [3000, 2000, 400, 600, 1500, 1000, 8000, 3000, 500, 6000, 80, 120, 60, 1200, 2000, 300, 2400, 50]
    price = ['0.85', '0.62', '38.00', '22.50', '3.20', '4.60', '0.36', '0.88', '9.50', '0.21', '58.00', '36.00', '12.00',
             '5.80', '3.10', '6.40', '0.95', '118.00']
    lines = [ln(s, '%s %s' % (n, g), q, p) for (s, n, g, u), q, p in zip(names, qty, price)]
    total = m2(subtotal(lines))
    check(lines, total)
    head = ['序号', '物料编码', '物料名称', '规格型号', '单位', '数量', '含税单价', '价税合计', '交货日期']
    body_rows = [[str(i + 1), s, n, g, u, '{:,}'.format(q), p, amt(D(p) * q), '2027-02-10']
                 for i, ((s, n, g, u), q, p) in enumerate(zip(names, qty, price))]
    widths = [26, 56, 52, 110, 26, 46, 50, 68, 62]
    align = ['c', 'l', 'l', 'l', 'c', 'r', 'r', 'r', 'c']

    def build(c, fn, ps):
        w, h = ps
        for page, chunk in ((1, body_rows[:11]), (2, body_rows[11:])):
            c.setFont(fn, 15)
            c.drawCentredString(w / 2, h - 50, '柳州市桂中汽车零部件有限公司')
            c.setFont(fn, 13)
            c.drawCentredString(w / 2, h - 70, '采购订单')
            c.setFont(fn, 9)
            c.drawString(40, h - 92, '单据编号：CGDD001873')
            c.drawString(220, h - 92, '采购日期：2027-01-22')
            c.drawString(400, h - 92, '币别：人民币')
            c.drawString(40, h - 106, '供应商：杭州恒达包装材料有限公司')
            c.drawString(400, h - 106, '采购员：韦志坚')
            y = corpus_docs.draw_grid_table(c, fn, 40, h - 116, widths, [head] + chunk, size=8, align=align)
            if page == 2:
                c.drawString(40, y - 18, '合计：')
                c.drawRightString(40 + sum(widths[:8]) - 3, y - 18, amt(D(total)))
                c.drawString(40, y - 34, '价税合计（大写）：%s' % daxie(total))
                c.drawString(40, y - 56, '收料组织：柳州市桂中汽车零部件有限公司 二厂')
                c.drawString(40, y - 70, '收货地址：广西柳州市柳江区 新兴工业园 桂中大道 22 号 二厂 物流仓')
                c.drawString(40, y - 84, '收货人：覃海燕  电话：0772-7219036')
                c.drawString(40, y - 110, '制单：韦志坚    审核：梁冬    打印时间：2027-01-22 10:41')
            c.drawCentredString(w / 2, 30, '第 %d 页 共 2 页' % page)
            c.showPage()
    data = corpus_docs.pdf_bytes(build, 'CGDD001873', 'K3Cloud')
    body = '恒达包装 覃经理：\n\n附件为金蝶云星空打印的采购订单 CGDD001873（两页），请确认。\n\n韦志坚\n柳州市桂中汽车零部件有限公司 采购部\n0772-7219000\n'
    eml = with_attachments(hdr(addr('韦志坚', 'weizj@guizhong-auto.com'), '采购订单CGDD001873',
                               dh(2027, 1, 22, 10, 48, 5), '20270122104805.k3cloud.7a3c@guizhong-auto.com',
                               'X-Mailer: Kingdee K/3 Cloud'), body, 'utf-8', 'base64',
                           [attachment('application/pdf', data, 'CGDD001873.pdf')], '----=_Part_K3C_20270122104805_4471')
    return eml, truth('hand-pdf-k3cloud-two-pages-liuzhou-auto-parts', 'pdf', 'utf-8',
                      'A Liuzhou auto-parts maker\'s Kingdee K/3 Cloud print over two pages: 18 lines, the ruled table '
                      'breaks after line 11 and continues under the repeated title, header block and column headings on '
                      'page 2, "第 n 页 共 2 页"; the same 物料名称 on neighbouring lines with different 规格型号 (keyed '
                      'joined), 含税单价 and 价税合计, a 交货日期 per line; 合计 and the 大写 amount only on page 2 under '
                      'the table; 币别：人民币. Adds up.',
                      [order('CGDD001873', '柳州市桂中汽车零部件有限公司',
                             ('覃海燕', '0772-7219036', '广西柳州市柳江区 新兴工业园 桂中大道 22 号 二厂 物流仓'),
                             '2027-01-22', 'CNY', total, lines)])


@mail
def h319_pdf_d365_bc_mx_auto_parts_line_discount():
    rows = [('HD-MX-VCI46', 'VCI bag 400x600mm', 10000, 'PCS', '0.082', 0),
            ('HD-MX-CT43', 'Carton 400x300x250, 5-ply, printed', 3000, 'PCS', '1.05', 3),
            ('HD-MX-SF50', 'Pallet stretch film 500mm x 300m', 200, 'ROLL', '9.60', 0)]
    lines = exact([ln(s, t, q, p, D(p) * q * (100 - d) / 100) for s, t, q, u, p, d in rows], ['0.082', None, None])
    total = m2(subtotal(lines))
    assert total == '5795.50'

    def build(c, fn, ps):
        w, h = ps
        c.setFont(fn, 14)
        c.drawRightString(w - 50, h - 50, 'Purchase - Order 106034')
        c.setFont(fn, 8)
        c.drawRightString(w - 50, h - 64, 'Page 1 of 1')
        c.setFont(fn, 9)
        for i, x in enumerate(['Hangzhou Hengda Packaging Materials Co., Ltd.', 'Hangzhou', 'China']):
            c.drawString(50, h - 90 - i * 12, x)
        for i, x in enumerate(['Autopartes Regiomontanas S.A. de C.V.', 'Av. Industrias 4520', 'Parque Industrial Apodaca',
                               'Apodaca, N.L. 66600', 'Mexico', 'RFC ARE0911273K5']):
            c.drawString(350, h - 90 - i * 12, x)
        kv = [('Buy-from Vendor No.', 'V00190'), ('Document Date', 'January 22, 2027'), ('Purchaser', 'Luis Garza'),
              ('Payment Terms', '60 DAYS'), ('Shipment Method', 'CIF Manzanillo'), ('Currency Code', 'USD')]
        for i, (k, v) in enumerate(kv):
            c.drawString(50, h - 150 - i * 12, k)
            c.drawString(160, h - 150 - i * 12, v)
        c.drawString(350, h - 150, 'Ship-to Address')
        for i, x in enumerate(['Autopartes Regiomontanas S.A. de C.V.', 'Almacen de Empaque, Nave 3', 'Av. Industrias 4520',
                               'Apodaca, N.L. 66600', 'Mexico', 'Contact: Jesus Trevino, +52 81 8386 4410']):
            c.drawString(350, h - 162 - i * 12, x)
        t = [['No.', 'Description', 'Quantity', 'Unit of Measure', 'Direct Unit Cost', 'Discount %', 'Amount']]
        t += [[s, d, '{:,}'.format(q), u, p, str(dc) if dc else '', amt(D(p) * q * (100 - dc) / 100)]
              for s, d, q, u, p, dc in rows]
        y = h - 250
        xs = [50, 118, 290, 300, 425, 475, w - 50]
        al = ['l', 'l', 'r', 'l', 'r', 'r', 'r']
        for ri, r in enumerate(t):
            c.setFont(fn, 7 if ri == 0 else 8)
            for x, a, v in zip(xs, al, r):
                (c.drawRightString if a == 'r' else c.drawString)(x, y, v)
            if ri == 0:
                c.line(50, y - 4, w - 50, y - 4)
            y -= 16
        c.line(50, y + 8, w - 50, y + 8)
        for i, (k, v) in enumerate([('Total USD Excl. VAT', amt(D(total))), ('VAT Amount', '0.00'),
                                    ('Total USD Incl. VAT', amt(D(total)))]):
            c.drawString(380, y - 10 - i * 14, k)
            c.drawRightString(w - 50, y - 10 - i * 14, v)
    data = corpus_docs.pdf_bytes(build, 'Purchase - Order 106034', 'Business Central')
    body = ('Estimado proveedor,\n\nAdjunto encontrará la orden de compra 106034.\n\nSaludos,\nLuis Garza\nCompras\n'
            'Autopartes Regiomontanas S.A. de C.V.\nTel. +52 81 8386 4400\n')
    eml = with_attachments(hdr('Autopartes Regiomontanas <compras@autoregio.mx>', 'Purchase - Order 106034',
                               dh(2027, 1, 22, 11, 30, 44, -360), '7b1f3d5a-9c2e-4a6b-8d0f-2e4a6c8e0b1d@autoregio.mx',
                               extra=['X-MS-Exchange-Generated-Message-Source: Dynamics 365 Business Central']),
                           body, 'utf-8', 'quoted-printable', [attachment('application/pdf', data, 'Purchase - Order 106034.pdf')],
                           '_004_7b1f3d5a9c2e4a6b8d0f2e4a6c8e0b1d_')
    return eml, truth('hand-pdf-d365-bc-mx-auto-parts-line-discount', 'pdf', 'utf-8',
                      'A Monterrey auto-parts maker\'s Dynamics 365 Business Central report "Purchase - Order 106034": '
                      'the number only in that title, vendor and buyer address blocks side by side, key/value rows '
                      '(Buy-from Vendor No., Document Date "January 22, 2027", Currency Code USD), a Ship-to Address '
                      'block with a contact line, lines without a grid with a Discount % of 3 on one line (its amount '
                      'is after the discount), Total USD Excl. VAT / VAT Amount 0.00 / Total USD Incl. VAT. The RFC is '
                      'a tax id. Adds up.',
                      [order('106034', 'Autopartes Regiomontanas S.A. de C.V.',
                             ('Jesus Trevino', '+52 81 8386 4410',
                              'Autopartes Regiomontanas S.A. de C.V., Almacen de Empaque, Nave 3, Av. Industrias 4520, '
                              'Apodaca, N.L. 66600, Mexico'), '2027-01-22', 'USD', total, lines)])


@mail
def h320_pdf_chifeng_millet_price_per_thousand():
    rows = [('AH-ZK-500', '小米真空袋 500g 印刷', '个', 60000, '185', '元/千个', '0.185'),
            ('AH-LH-25', '小米礼盒 2.5kg 手提', '个', 4000, '6.80', '元/个', '6.80'),
            ('AH-WX-01', '外箱 五层 印刷', '个', 2000, '4.30', '元/个', '4.30')]
    lines = exact([ln(s, t, q, pp) for s, t, u, q, p, pu, pp in rows], ['0.185', None, None])
    total = m2(subtotal(lines))
    check(lines, total)
    assert total == '46900.00'

    def build(c, fn, ps):
        w, h = ps
        c.setFont(fn, 16)
        c.drawCentredString(w / 2, h - 60, '敖汉旗兴隆洼小米专业合作社')
        c.setFont(fn, 14)
        c.drawCentredString(w / 2, h - 84, '采 购 单')
        c.setFont(fn, 10)
        c.drawString(50, h - 112, '编号：AHXLW-2027-003')
        c.drawString(330, h - 112, '日期：二〇二七年一月二十二日')
        c.drawString(50, h - 128, '供货单位：杭州恒达包装材料有限公司')
        t = [['编码', '品名规格', '单位', '数量', '单价', '计价单位', '金额（元）']]
        t += [[s, tt, u, '{:,}'.format(q), p, pu, amt(D(pp) * q)] for s, tt, u, q, p, pu, pp in rows]
        t += [['合计', '', '', '', '', '', amt(D(total))]]
        y = corpus_docs.draw_grid_table(c, fn, 50, h - 140, [62, 140, 32, 60, 46, 58, 90], t, size=9,
                                        align=['l', 'l', 'c', 'r', 'r', 'c', 'r'])
        c.drawString(50, y - 20, '合计人民币（大写）：%s' % daxie(total))
        c.drawString(50, y - 44, '收货地址：内蒙古赤峰市敖汉旗 宝国吐乡 兴隆洼村 合作社加工厂')
        c.drawString(50, y - 60, '联系人：刘占军  13947631158')
        c.drawString(50, y - 84, '说明：真空袋按千个计价，请按上次样品印刷。')
        c.drawString(330, y - 120, '敖汉旗兴隆洼小米专业合作社（盖章）')
        c.setFillColorRGB(0.85, 0.1, 0.1)
        c.circle(420, y - 110, 36, stroke=1, fill=0)
        c.setFont(fn, 8)
        c.drawCentredString(420, y - 112, '合作社专用章')
    data = corpus_docs.pdf_bytes(build, '采购单', 'WPS', font='song')
    body = '杭州恒达 刘经理：\n采购单见附件，盖好章了。新小米下来，开春就要装袋。\n\n刘占军\n敖汉旗兴隆洼小米专业合作社\n'
    eml = with_attachments(hdr(addr('刘占军', 'xlw_xiaomi@126.com', 'gbk'), '采购单', dh(2027, 1, 22, 19, 12, 8),
                               '3b7e1d9f.1f4.19a1c2d3e4f.Coremail.xlw_xiaomi@126.com',
                               'X-Mailer: Coremail Webmail Server Version XT5.0.14', 'gbk'), body, 'gbk', 'base64',
                           [attachment('application/pdf', data, '兴隆洼采购单.pdf', name_style='gbk')],
                           '----=_Part_88412_1337204.1769080328')
    return eml, truth('hand-pdf-chifeng-millet-price-per-thousand', 'pdf', 'gbk',
                      'An Aohan millet cooperative\'s stamped 采购单 PDF (AR PL UMing, made in WPS): the date in Chinese '
                      'numerals "二〇二七年一月二十二日", a 计价单位 column where the first line is priced "185" 元/千个 '
                      '(per thousand; its amount 11,100.00 is 60,000 × 0.185, keyed as 0.185 per piece) and the others '
                      '元/个, 合计 and the 大写 amount, a red round stamp. The Subject is just "采购单". Adds up.',
                      [order('AHXLW-2027-003', '敖汉旗兴隆洼小米专业合作社',
                             ('刘占军', '13947631158', '内蒙古赤峰市敖汉旗 宝国吐乡 兴隆洼村 合作社加工厂'),
                             '2027-01-22', 'CNY', total, lines)])


@mail
def h321_pdf_ru_bilingual_specification_cny():
    rows = [('HD-RU-FB64', 'Гофрокороб для рыбы 600x400x150 / 鱼类瓦楞箱', 5000, '4.80'),
            ('HD-RU-VB25', 'Пакет вакуумный 25x35 / 真空袋', 80000, '0.16'),
            ('HD-RU-LT48', 'Лента клейкая 48 мм x 100 м / 封箱胶带', 1200, '2.50')]
    lines = lines_of(rows)
    total = m2(subtotal(lines))
    check(lines, total)
    assert total == '39800.00'

    def ru(v, n=2):
        return ('{:,.%df}' % n).format(D(v)).replace(',', ' ').replace('.', ',')

    def build(c, fn, ps):
        w, h = ps
        c.setFont(fn, 13)
        c.drawCentredString(w / 2, h - 55, 'СПЕЦИФИКАЦИЯ № BF-03/2027 / 规格书（订单）')
        c.setFont(fn, 9)
        c.drawCentredString(w / 2, h - 72, 'к Контракту № HD-RU-2026/11 от 15.11.2026 г. / 合同号 HD-RU-2026/11 的附件')
        c.drawString(50, h - 96, 'г. Иркутск / 伊尔库茨克')
        c.drawRightString(w - 50, h - 96, '22.01.2027')
        c.drawString(50, h - 116, 'Продавец / 卖方: Hangzhou Hengda Packaging Materials Co., Ltd.')
        c.drawString(50, h - 130, 'Покупатель / 买方: ООО "Байкал Фиш", ИНН 3811452207')
        t = [['№', 'Код / 编码', 'Наименование / 品名', 'Кол-во, шт / 数量', 'Цена, CNY / 单价', 'Сумма, CNY / 金额']]
        t += [[str(i + 1), s, d, ru(q, 0), ru(p), ru(D(p) * q)] for i, (s, d, q, p) in enumerate(rows)]
        y = corpus_docs.draw_grid_table(c, fn, 40, h - 145, [18, 62, 190, 70, 80, 95], t, size=7.5,
                                        align=['c', 'l', 'l', 'r', 'r', 'r'])
        c.setFont(fn, 9)
        c.drawString(40, y - 18, 'Итого / 合计: %s CNY (тридцать девять тысяч восемьсот юаней 00 фэней)' % ru(total))
        terms = ['Условия поставки / 交货条件: DAP Иркутск (Incoterms 2020)',
                 'Грузополучатель / 收货人: ООО "Байкал Фиш", 664007, г. Иркутск, ул. Рабочая, 2А, склад',
                 'Контактное лицо / 联系人: Михайлов Андрей, тел. +7 (3952) 48-27-90',
                 'Срок поставки / 交货期: 45 дней после предоплаты / 预付款后45天']
        for i, x in enumerate(terms):
            c.drawString(40, y - 44 - i * 15, x)
        c.drawString(40, y - 130, 'Продавец / 卖方 ____________')
        c.drawString(300, y - 130, 'Покупатель / 买方 ____________ Е. В. Ковалёв')
    data = corpus_docs.pdf_bytes(build, 'Specification BF-03/2027', 'Baikal Fish')
    body = ('Добрый день!\n\nНаправляем спецификацию № BF-03/2027 к контракту, подписанную с нашей стороны. Просим '
            'подписать и вернуть скан.\n\nС уважением,\nЕлена Ершова\nВЭД, ООО "Байкал Фиш"\n+7 (3952) 48-27-00\n')
    eml = with_attachments(hdr('=?UTF-8?B?0JXQu9C10L3QsCDQldGA0YjQvtCy0LA=?= <ved@baikalfish.ru>',
                               'Спецификация BF-03/2027 к контракту HD-RU-2026/11', dh(2027, 1, 22, 13, 5, 17, 480),
                               '1769058317.482103921@f312.i.mail.ru', 'X-Mailer: Mail.Ru Mailer 1.0'), body, 'utf-8', 'base64',
                           [attachment('application/pdf', data, 'Спецификация_BF-03_2027.pdf', name_style='rfc2231')],
                           '--ALT--a7F2c9E1b3D5f8A0c2E4b6D81769058317')
    return eml, truth('hand-pdf-ru-bilingual-specification-cny', 'pdf', 'utf-8',
                      'An Irkutsk fish processor (Mail.ru) sends a bilingual Russian/Chinese "СПЕЦИФИКАЦИЯ № BF-03/2027" '
                      'to a framework contract (the contract number HD-RU-2026/11 and its date 15.11.2026 are not the '
                      'order\'s): city and date 22.01.2027 on one line, the buyer with its ИНН, a ruled table with '
                      'bilingual headers and titles, "CNY" in the headers, space thousands and decimal commas, the '
                      'total with the amount in Russian words, the consignee and contact in the terms. Adds up.',
                      [order('BF-03/2027', 'ООО "Байкал Фиш"',
                             ('Михайлов Андрей', '+7 (3952) 48-27-90', 'ООО "Байкал Фиш", 664007, г. Иркутск, ул. Рабочая, 2А, склад'),
                             '2027-01-22', 'CNY', total, lines)])


# ============================================================ not orders
@mail
def h322_non_vn_rfq_target_prices_zalo():
    body = """Kính gửi Quý công ty Hằng Đạt / Dear Hengda team,

Chúng tôi là Công ty CP Thủy sản Sông Hàn (Da Nang). Xin vui lòng báo giá các mặt hàng sau
We would like to request your quotation for:

STT | Mã / Code   | Mô tả / Description                          | SL dự kiến / Est. qty per month | Giá mục tiêu / Target (USD)
1   | SH-TH-0512  | Thùng carton 5 lớp 50x35x12 (tôm đông lạnh) | 20.000 thùng                    | 0,95
2   | SH-PE-2030  | Túi PE hút chân không 20x30                  | 200.000 túi                     | 0,028
3   | SH-LB-1008  | Tem nhãn 10x8 cm, in 4 màu                   | 250.000 tem                     | 0,011

Yêu cầu / Please include: MOQ, lead time, FOB Ningbo and CIF Da Nang prices, samples.
Đây chỉ là yêu cầu báo giá, chưa phải đơn đặt hàng / This is an RFQ only, not a purchase order.

Trân trọng / Best regards,
Võ Thị Thu Hà
Phòng Mua hàng / Purchasing - Song Han Seafood JSC
Zalo/Mobile: +84 905 338 127
"""
    eml = single(hdr('=?UTF-8?B?VsO1IFRo4buLIFRodSBIw6A=?= <ha.vtt@songhanseafood.vn>',
                     'Yêu cầu báo giá / RFQ - thùng carton, túi PE, tem nhãn', dh(2027, 1, 12, 14, 22, 9, 420),
                     'CAH3s5Zq7Wn0+RkY2uM8bN4cD6eF1gA3sT9iK5jX7lP@mail.gmail.com'), body, 'utf-8', 'quoted-printable')
    return eml, truth('hand-non-vn-rfq-target-prices-zalo', 'none', 'utf-8',
                      'NOT an order: a Da Nang seafood company\'s bilingual Vietnamese/English request for quotation '
                      '("Yêu cầu báo giá / RFQ") with codes, estimated monthly quantities and target prices in a pipe '
                      'table, and "This is an RFQ only, not a purchase order". Goes to sales; nothing is keyed.', [])


@mail
def h323_non_invoice_reissue_request_gb18030():
    body = """恒达公司 财务 / 刘经理：

你们开给我们的增值税专用发票（DXY-2701-08 那单）税号开错了，我们这边认证不了，麻烦作废重开。

发票号码：27332000000004418861
开票日期：2027年1月15日
货物或应税劳务名称          数量      单价      金额
5kg大米真空袋               30000     0.5487    16460.18
10kg大米编织袋              20000     1.0177    20353.98
2.5kg大米礼盒               5000      4.2478    21238.94
（含优惠折扣 -530.97）
价税合计：65,000.00

正确的开票信息：
名称：五常市稻香源米业有限公司
税号：91230184MA1C8K2Q7X（你们开成了 …2Q7Y）
地址电话：五常市龙凤山镇 0451-53522870
开户行及账号：五常农商银行龙凤山支行 0721 0012 0000 1893 2

原票我们已经退回，快递单号 SF1401927734662。

孙桂芝
五常市稻香源米业有限公司 会计
"""
    eml = single(hdr(addr('孙桂芝', 'daoxiangyuan_mi@163.com', 'gb18030'), '发票税号错误 请重开 DXY-2701-08',
                     dh(2027, 1, 18, 15, 30, 55), '4c7e9a13.5d74.19a0c3d4e5f.Coremail.daoxiangyuan_mi@163.com',
                     'X-Mailer: Coremail Webmail Server Version XT5.0.14', 'gb18030'), body, 'gb18030', 'base64')
    return eml, truth('hand-non-invoice-reissue-request-gb18030', 'none', 'gb18030',
                      'NOT an order: the rice mill of h289 asks finance to void and reissue a VAT invoice with a wrong '
                      'tax number, listing the invoice lines (goods, quantities, net 4-decimal prices, amounts), the '
                      'discount, the tax-inclusive total and the order number, plus its bank details. Goes to finance; '
                      'nothing is keyed.', [])


@mail
def h324_non_propak_newsletter_booth_prices_html():
    tab = [['Package', 'Size', 'Early bird (until 28 Feb)', 'Standard'],
           ['Raw space', 'per sqm', 'USD 420', 'USD 465'],
           ['Shell scheme', '9 sqm', 'USD 3,950', 'USD 4,380'],
           ['Shell scheme', '18 sqm', 'USD 7,700', 'USD 8,560'],
           ['China Pavilion package', '9 sqm', 'USD 3,600', 'USD 3,990']]
    html = ('<html><head><meta charset="utf-8"></head><body style="font-family:Arial"><table width="600" align="center">'
            '<tr><td style="background:#003b71;color:#fff;padding:16px;font-size:20px">ProPak Asia 2027 · Bangkok · 16-19 June'
            '</td></tr><tr><td style="padding:12px">Dear Exhibitor,<br><br>Space for the region\'s largest processing and '
            'packaging show is going fast. Book before <b>28 February 2027</b> for early-bird rates:<br><br>'
            '<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse">' + cells_html(tab, th_first=True) +
            '</table><br>Order form and floor plan: <a href="https://www.propakasia.example/booking">book your stand</a>.'
            '<br><br>Sales contact for China: Ms. Wang Li, +86 21 6195 8800<br><br>Informa Markets (Thailand) Co., Ltd.<br>'
            '<span style="font-size:11px;color:#888">You received this e-mail because you exhibited at ProPak Asia 2026. '
            '<a href="https://www.propakasia.example/unsubscribe?u=HD2027">Unsubscribe</a></span></td></tr></table></body></html>')
    plain = ('ProPak Asia 2027 - Bangkok - 16-19 June\n\nDear Exhibitor,\n\nSpace for the region\'s largest processing and '
             'packaging show is going fast. Book before 28 February 2027 for early-bird rates:\n\n' +
             '\n'.join(' | '.join(r) for r in tab) +
             '\n\nOrder form and floor plan: https://www.propakasia.example/booking\n\nSales contact for China: Ms. Wang Li, '
             '+86 21 6195 8800\n\nInforma Markets (Thailand) Co., Ltd.\nYou received this e-mail because you exhibited at '
             'ProPak Asia 2026. Unsubscribe: https://www.propakasia.example/unsubscribe?u=HD2027\n')
    part = alt(plain, html, 'utf-8', '----=_mc_part_8c41e2b7a9d35f60', 'quoted-printable')
    eml = message(hdr('ProPak Asia <newsletter@propakasia.example>', 'Last call: early-bird stand prices for ProPak Asia 2027',
                      dh(2027, 1, 19, 3, 0, 0, 420), '0100019a2b3c4d5e-6f7a8b9c-0d1e-2f3a-4b5c-6d7e8f9a0b1c-000000@email.amazonses.com',
                      extra=['List-Unsubscribe: <https://www.propakasia.example/unsubscribe?u=HD2027>', 'Precedence: bulk']), part)
    return eml, truth('hand-non-propak-newsletter-booth-prices-html', 'none', 'utf-8',
                      'NOT an order: a trade-show newsletter (HTML and text, bulk headers, List-Unsubscribe) with a '
                      'table of stand packages, sizes and USD prices and an "Order form" link. Nothing is keyed.', [])


@mail
def h325_non_forwarder_arrival_notice_pl_eur():
    body = """ARRIVAL NOTICE / AWIZO PRZYBYCIA

Our ref.: DSVGDN-27-004411
Your ref. / PO: ZK/2027/01/014
Shipper: Hangzhou Hengda Packaging Materials Co., Ltd., Hangzhou, China
Consignee: Świece Bursztynowe Sp. z o.o., ul. Przemysłowa 12, 83-000 Pruszcz Gdański

Vessel / voyage: MSC ANNA / 507W
Port of loading: Ningbo       Port of discharge: Gdańsk (DCT)
ETA: 24.02.2027
Container: MSCU 482917-3 (LCL)
Packages: 46 CTNS   Gross weight: 612,00 kg   Volume: 4,85 CBM

Charges (EUR):
  Sea freight LCL 4,85 CBM x 38,00          184,30
  THC Gdańsk                                  95,00
  Customs clearance                           65,00
  Delivery Gdańsk -> Pruszcz Gdański          120,00
  TOTAL EUR                                  464,30

Please send the commercial invoice and packing list for customs clearance.

DSV Road Sp. z o.o. - Oddział Gdańsk
Import Sea Freight, tel. +48 58 769 11 20
"""
    eml = single(hdr('DSV Import Gdansk <import.gdansk@pl.dsv.example>', 'Arrival notice DSVGDN-27-004411 / PO ZK/2027/01/014',
                     dh(2027, 2, 17, 9, 12, 40, 60), 'DB8PR02MB6011A9B8C7D6E5F4@DB8PR02MB6011.eurprd02.prod.outlook.com',
                     'X-Mailer: Microsoft Outlook 16.0', 'iso-8859-2'), body, 'iso-8859-2', 'quoted-printable')
    return eml, truth('hand-non-forwarder-arrival-notice-pl-eur', 'none', 'iso-8859-2',
                      'NOT an order: the Polish buyer\'s forwarder sends an arrival notice for h295\'s goods (ISO-8859-2): '
                      'the PO number, shipper and consignee, vessel, packages, weight and volume, and a table of EUR '
                      'charges with decimal commas and a TOTAL. Goes to logistics; nothing is keyed.', [])


@mail
def h326_non_za_complaint_quoting_po_credit_claim():
    body = """Hi Vivian,

The KV-00482 cartons arrived yesterday. Unfortunately there is a problem:

- 6-bottle cartons (KV-CT6): about 400 of the 3 000 are crushed on the corners, the print on another 250 is smudged.
- Gift tubes (KV-GT01): 120 lids do not fit.

We can use the rest. We claim a credit of R 12 902.00 (650 x R 14.20 + 120 x R 30.60 lid value) against your next invoice,
photos attached in the next mail.

Regards
Anri Botha
Procurement | Klipheuwel Vineyards (Pty) Ltd
T +27 21 887 3310

-----Original Message-----
From: Anri Botha <anri@klipheuwel.co.za>
Sent: Thursday, 14 January 2027 08:05
To: orders@hengda-pack.cn
Subject: Order KV-00482 - harvest packaging

Order No: KV-00482
Order date: 2027/01/14
KV-CT6   6-bottle wine carton, printed 2 col     3 000     R 14.20    R 42 600.00
KV-CT12  12-bottle wine carton, plain            1 500     R 21.80    R 32 700.00
KV-GT01  Gift tube for 1 bottle, matt black      2 000     R 18.50    R 37 000.00
KV-DV6   Divider insert, 6 cell                  3 000      R 2.35     R 7 050.00
Subtotal                                                           R 119 350.00
Freight to Cape Town (agreed)                                      R 6 500.00
TOTAL                                                              R 125 580.00
"""
    eml = single(hdr('Anri Botha <anri@klipheuwel.co.za>', 'RE: Order KV-00482 - harvest packaging - DAMAGED on arrival',
                     dh(2027, 3, 2, 10, 41, 19, 120), 'JNAP275MB0612F9E8D7C6B5A4@JNAP275MB0612.ZAFP275.PROD.OUTLOOK.COM'),
                 body, 'us-ascii', '7bit')
    return eml, truth('hand-non-za-complaint-quoting-po-credit-claim', 'none', 'us-ascii',
                      'NOT an order: the wine estate of h296 complains that part of the delivery is damaged and claims a '
                      'credit, above an Outlook "-----Original Message-----" quote of its PO '
                      'KV-00482 (lines with SKUs, quantities, prices and the written total). Goes to sales and quality; nothing is '
                      'keyed.', [])


# ============================================================ main

if __name__ == '__main__':
    make_hand2.HERE = HERE  # write the mails here
    make_hand2.main(sys.argv[1:], MAILS)
