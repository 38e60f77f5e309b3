#!/usr/bin/python3
"""Hand-written purchase-order mails h167–h206 (the sixth untuned set).

Written one by one as customers of 杭州恒达包装材料有限公司 send them,
without reading the extractor, while rules were tuned on fresh/, fresh2/
and fresh3/; each function gives the mail and the truth a careful order
clerk would key in (notes say when the clerk holds it). MIME helpers are
make_hand2.py's, make_hand3.py's and make_hand4.py's; attachments use
../corpus_docs.py:

    /usr/bin/python3 tests/data/po-corpus/fresh4/make_hand6.py [hNNN ...]
"""
import datetime
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), 'fresh2'))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), 'fresh'))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), 'hand'))
sys.path.insert(0, os.path.dirname(HERE))

import corpus_docs  # noqa: E402
import make_hand2  # noqa: E402
from corpus_docs import Sheet  # noqa: E402
from make_hand2 import (D, m2, ln, addr, text, attachment, multi, message, truth)  # noqa: E402
from make_hand3 import single, with_attachments, cells_html, XLSX  # noqa: E402
from make_hand4 import hdr, alt, check, XLS  # noqa: E402

MAILS = []
TO = 'orders@hengda-pack.cn'


def mail(fn):
    MAILS.append(fn)
    return fn


def order(eid=None, cust=None, ship=None, placed=None, cur=None, total=None, lines=()):
    """A truth order with only the fields the document states."""
    o = {}
    if eid:
        o['external_id'] = eid
    if cust:
        o['customer'] = {'name': cust}
    if ship:
        o['ship_to'] = dict(zip(('name', 'phone', 'address'), ship))
        o['ship_to'] = {k: v for k, v in o['ship_to'].items() if v}
    if placed:
        o['placed_at'] = placed
    if cur:
        o['currency'] = cur
    if total:
        o['total'] = total
    o['lines'] = list(lines)
    return o


def exact(lines, prices):
    """Prices keyed as written (3 or 4 decimals)."""
    for l, p in zip(lines, prices):
        if p is not None:
            l['unit_price'] = p
    return lines


def amt(v):
    return '{:,.2f}'.format(D(v))


def dw(s):
    """Display width of s (CJK characters take two columns)."""
    return sum(2 if ord(ch) > 0x2e80 else 1 for ch in s)


def pad(s, w):
    return s + ' ' * max(1, w - dw(s))


def rpad(s, w):
    return ' ' * max(0, w - dw(s)) + s


# ============================================================ plain text bodies
@mail
def h167_outlook_gbk_space_aligned_freight():
    rows = [('HD-ZX-5040', '五层瓦楞纸箱 50*40*35 K=K', '个', 1200, '5.35'),
            ('HD-ZX-3525', '三层瓦楞纸箱 35*25*20 B楞', '个', 3000, '1.72'),
            ('HD-KB-0600', '卡板 1200*1000 单面 熏蒸', '块', 40, '68.00'),
            ('HD-DB-1600', '打包带 PP 16mm 透明 10kg', '卷', 25, '96.00')]
    lines = [ln(s, t, q, p) for s, t, u, q, p in rows]
    total = '17080.00'
    check(lines, total, '380.00')
    tab = '\n'.join(pad(s, 14) + pad(t, 30) + pad(u, 6) + rpad('{:,}'.format(q), 7) + rpad(p, 10) +
                    rpad(amt(D(p) * q), 14) for s, t, u, q, p in rows)
    body = """恒达包装 业务部 李经理：

    您好！我司本周采购计划如下，请安排生产，并回传确认。

    采购单编号：  NT-CG-2612-0041
    下单日期：    二〇二六年十二月二日
    需方：        南通鸿运机械制造有限公司

规格编码      规格型号                      单位     数量      单价          金额
%s
                                                   货物金额：    16,700.00
                                                   运    费：       380.00
                                                   总    计：    17,080.00
（以上单价为含税价，人民币）

收货地址：江苏省南通市港闸区永兴大道 1288 号 鸿运机械 东门仓库
收 货 人：施海峰  手机 139 1478 6620

顺颂商祺
南通鸿运机械制造有限公司  供应部  施海峰
Tel: 0513-85510271  Fax: 0513-85510272
""" % tab
    eml = single(hdr(addr('施海峰', 'shihf@hongyun-mach.com', 'gbk'), '采购单 NT-CG-2612-0041 请确认',
                     'Wed, 2 Dec 2026 08:52:19 +0800', '001201db4460$2f1e0d3c$8d4b5a69$@hongyun-mach.com',
                     'X-Mailer: Microsoft Outlook 15.0', 'gbk',
                     extra=['Thread-Index: AdtEYC8eDTyNS1ppQ2bG7s2yf0Aa7w==', 'Content-Language: zh-cn']),
                 body, 'gbk', 'base64')
    return eml, truth('hand-outlook-gbk-space-aligned-freight', 'body', 'gbk',
                      'A machinery plant\'s Outlook plain-text PO in GBK: an indented label block, the order date in '
                      'Chinese numerals "二〇二六年十二月二日", a table aligned with spaces by display width (CJK titles '
                      'with * sizes), 货物金额 / 运费 380 / 总计 lines spaced out with full blanks ("运    费"), '
                      '"含税价，人民币" in a remark, phone written "139 1478 6620". Adds up with the freight.',
                      [order('NT-CG-2612-0041', '南通鸿运机械制造有限公司',
                             ('施海峰', '139 1478 6620', '江苏省南通市港闸区永兴大道 1288 号 鸿运机械 东门仓库'),
                             '2026-12-02', 'CNY', total, lines)])


@mail
def h168_wecom_markdown_discount():
    rows = [('HD-ZD-1218', '纸袋 牛皮 12*18*8 平绳', 5000, '0.46'),
            ('HD-ZD-2028', '纸袋 牛皮 20*28*10 扭绳', 3000, '0.78'),
            ('HD-ZD-3242', '纸袋 白卡 32*42*12 烫金 定制', 2000, '2.65'),
            ('HD-BQ-0040', '封口贴 圆形 40mm 烫金', 10000, '0.035')]
    lines = exact([ln(s, t, q, p) for s, t, q, p in rows], [None, None, None, '0.035'])
    sub = sum(D(x['total']) for x in lines)
    total = '9775.50'
    check(lines, total, '-514.50')
    tab = '\n'.join('| %s | %s | %s | %s | %s |' % (s, t, '{:,}'.format(q), p, amt(D(p) * q)) for s, t, q, p in rows)
    body = """Hi 李经理，

年货节礼袋的订单，麻烦排一下产：

**订单号**：SG-2026-1203-A
**下单时间**：2026年12月3日 14:20
**公司**：上海拾光文创有限公司

| 编码 | 品名 | 数量 | 单价(¥) | 金额(¥) |
|:---|:---|---:|---:|---:|
%s

- 商品合计：¥%s
- 老客户 95 折：-¥514.50
- **应付：¥9,775.50**

收货信息：上海市闵行区莘庄工业区春东路 508 号 拾光文创 3 号仓，顾佳怡，186-2175-0934

发自企业微信
""" % (tab, amt(sub))
    eml = single(hdr(addr('顾佳怡', 'gujiayi@shiguang-cc.com'), '【订单】SG-2026-1203-A 年货节礼袋',
                     'Thu, 3 Dec 2026 14:26:51 +0800', 'tencent_9C2D4F6A8B0E1C3D5F7A9B1C3E5F7A9B0C05@qq.com',
                     'X-Mailer: WeCom Mail 4.1.28'), body, 'utf-8', 'base64')
    return eml, truth('hand-wecom-markdown-discount', 'body', 'utf-8',
                      'A cultural-products company writes from WeCom (企业微信) in Markdown: **bold** labels, a pipe '
                      'table with alignment row and ¥ in the headers, a 3-decimal price (0.035), then a bullet list '
                      '商品合计 / 老客户 95 折 -¥514.50 / 应付 ¥9,775.50; the order time "14:20" after the date. Adds '
                      'up after the discount.',
                      [order('SG-2026-1203-A', '上海拾光文创有限公司',
                             ('顾佳怡', '186-2175-0934', '上海市闵行区莘庄工业区春东路 508 号 拾光文创 3 号仓'),
                             '2026-12-03', 'CNY', total, lines)])


@mail
def h169_apple_mail_uk_gbp_bullets_vat():
    rows = [('HD-MB-A4W', 'A4 postal box, white, crash-lock', 1500, '0.64'),
            ('HD-MB-A5W', 'A5 postal box, white, crash-lock', 2500, '0.48'),
            ('HD-TP-K50', 'Kraft paper tape 50mm x 50m, water-activated', 120, '3.15')]
    lines = [ln(s, t, q, p) for s, t, q, p in rows]
    sub = sum(D(x['total']) for x in lines)
    assert sub == D('2538.00')
    total = '3225.60'
    check(lines, total, D('150.00') + D('537.60'))
    body = """Hi Vivian,

Hope all is well in Hangzhou! Our Christmas stock has flown off the shelves,
so here's a top-up order:

  \u2022 1,500 \u00d7 A4 postal box, white, crash-lock (HD-MB-A4W) at \u00a30.64 each
  \u2022 2,500 \u00d7 A5 postal box, white, crash-lock (HD-MB-A5W) at \u00a30.48 each
  \u2022 120 rolls of Kraft paper tape 50mm x 50m, water-activated (HD-TP-K50) at \u00a33.15 a roll

Goods: \u00a32,538.00
Carriage to UK: \u00a3150.00
VAT @ 20%%: \u00a3537.60
Total: \u00a33,225.60

Our PO ref is WS/0412/26 and today's date on it is 4th December 2026.

Deliver to: Willow & Sage Ltd, Unit 3, Riverside Business Park, Lowther Lane,
Kendal, Cumbria LA9 6RE, United Kingdom. Phone Rosie on 01539 721 884.

Many thanks,
Rosie Whitaker
Willow & Sage Ltd

Sent from my Mac
""".replace('%%', '%')
    eml = single(hdr('Rosie Whitaker <rosie@willowandsage.co.uk>', 'Top-up order WS/0412/26',
                     'Fri, 4 Dec 2026 09:41:27 +0000', '7D1E3A5C-2B4F-4E6A-9C8D-0F1E2D3C4B5A@willowandsage.co.uk',
                     'X-Mailer: Apple Mail (2.3774.200.91.1.1)'), body, 'utf-8', 'quoted-printable')
    return eml, truth('hand-apple-mail-uk-gbp-bullets-vat', 'body', 'utf-8',
                      'A Cumbrian gift shop from Apple Mail: • bullets "1,500 × title (SKU) at £0.64 each" and "120 '
                      'rolls of … at £3.15 a roll", SKU in brackets after the title, Goods / Carriage / VAT @ 20% / '
                      'Total lines, the PO ref and "4th December 2026" in a sentence below the lines. Adds up with '
                      'carriage and VAT.',
                      [order('WS/0412/26', 'Willow & Sage Ltd',
                             ('Rosie', '01539 721 884',
                              'Willow & Sage Ltd, Unit 3, Riverside Business Park, Lowther Lane, Kendal, Cumbria LA9 '
                              '6RE, United Kingdom'), '2026-12-04', 'GBP', total, lines)])


@mail
def h170_big5_tw_tab_freight():
    rows = [('A-1001', '氣泡布 50cm*100m', '捲', 40, '310'),
            ('A-1003', '氣泡布 100cm*100m', '捲', 20, '560'),
            ('B-2040', '牛皮紙膠帶 48mm 可手撕', '捲', 300, '28'),
            ('C-0612', '防撞角 5cm L型', '個', 2000, '1.8')]
    lines = [ln(s, t, q, p) for s, t, u, q, p in rows]
    total = '36200.00'
    check(lines, total, '600')
    tab = '\n'.join('%s\t%s\t%s\t%d\t%s\t%s' % (s, t, u, q, p, '{:,.0f}'.format(D(p) * q)) for s, t, u, q, p in rows)
    body = """恆達包裝 李小姐 您好：

附上本公司訂購單，再麻煩確認交期，謝謝。

訂購單號\tGY-115-1204
訂購日期\t115.12.04
訂購公司\t冠宇家具股份有限公司

品號\t品名規格\t單位\t數量\t單價\t金額
%s
\t\t\t\t運費\t600
\t\t\t\t合計(新台幣)\t36,200

交貨地點：彰化縣和美鎮彰美路五段 420 巷 18 號（冠宇家具 二廠）
聯絡人：許雅婷 04-7562218 分機 23

冠宇家具 採購課 許雅婷
""" % tab
    eml = single(hdr(addr('許雅婷', 'yating.hsu@guanyu-furn.com.tw', 'big5'), '訂購單 GY-115-1204',
                     'Fri, 4 Dec 2026 10:03:44 +0800', '20261204020344.7F3E1@guanyu-furn.com.tw',
                     'X-Mailer: Openwave WebEngine, version 2.8.16 (webedition)', 'big5'), body, 'big5', 'base64')
    return eml, truth('hand-big5-tw-tab-freight', 'body', 'big5',
                      'A Taiwanese furniture maker in Big5 plain text: label TAB value rows, ROC date "115.12.04" '
                      '(= 2026-12-04), a tab table with integer NT prices and one 1.8, a 運費 row and "合計(新台幣)" '
                      'in the price column, an extension "分機 23" after the phone. Adds up with the freight.',
                      [order('GY-115-1204', '冠宇家具股份有限公司',
                             ('許雅婷', '04-7562218', '彰化縣和美鎮彰美路五段 420 巷 18 號（冠宇家具 二廠）'),
                             '2026-12-04', 'TWD', total, lines)])


@mail
def h171_gmail_fwd_boss_changes_address():
    rows = [('HD-XP-0101', '吸塑盒 透明 PET 10*10*3', 8000, '0.28'),
            ('HD-XP-0202', '吸塑盒 透明 PET 20*15*5', 5000, '0.52'),
            ('HD-ZH-0001', '纸卡 300g 白卡 印刷', 13000, '0.09')]
    lines = [ln(s, t, q, p) for s, t, q, p in rows]
    total = '6010.00'
    check(lines, total)
    tab = '\n'.join('%s %s %d %s %s' % (s, t, q, p, amt(D(p) * q)) for s, t, q, p in rows)
    body = """李经理，转给你这张单，请按单生产。注意：收货地址改到我们新仓库：
佛山市南海区狮山镇科技工业园 C 区 创达路 9 号 星耀五金 新仓，收货人还是郭敏，电话不变。

邹志明
星耀五金制品有限公司 总经理

---------- Forwarded message ---------
发件人：郭敏 <guomin@xingyao-hw.com>
Date: 2026年12月3日周四 上午10:18
Subject: 采购单 XY-20261203
To: 邹志明 <zouzm@xingyao-hw.com>


邹总，这是本月吸塑盒的采购单，请审批后发给恒达。

采购单号：XY-20261203
日期：2026-12-03
供应商：杭州恒达包装材料有限公司

编码 品名 数量 单价 金额
%s
合计：6,010.00 元

收货：佛山市南海区大沥镇黄岐广佛路 62 号 星耀五金 仓库  郭敏 13929158806

郭敏 采购
""" % tab
    eml = single(hdr(addr('邹志明', 'zouzm@xingyao-hw.com'), 'Fwd: 采购单 XY-20261203',
                     'Thu, 3 Dec 2026 15:02:10 +0800', 'CAHx8p2Lm=Vq0D7tR4kB1Z@mail.gmail.com'), body, 'utf-8', 'base64')
    return eml, truth('hand-gmail-fwd-boss-changes-address', 'body', 'utf-8',
                      'The buyer\'s general manager forwards his clerk\'s PO from Gmail (---------- Forwarded message '
                      '--------- with Chinese labels 发件人/Date) and changes the delivery address in his comment: '
                      'the order is keyed from the forwarded PO with the NEW address from the comment (receiver and '
                      'phone unchanged). The boss approves and writes as the customer, so it is not held. Adds up.',
                      [order('XY-20261203', '星耀五金制品有限公司',
                             ('郭敏', '13929158806', '佛山市南海区狮山镇科技工业园 C 区 创达路 9 号 星耀五金 新仓'),
                             '2026-12-03', 'CNY', total, lines)])


@mail
def h172_austria_en_decimal_comma_eur():
    rows = [('HD-WB-3020', 'Wine gift box 1 bottle, kraft, window', 2400, '1,18'),
            ('HD-WB-3022', 'Wine gift box 2 bottles, kraft, window', 1200, '1,96'),
            ('HD-WB-DIV2', 'Cardboard divider for 2-bottle box', 1200, '0,21')]
    lines = [ln(s, t, q, p.replace(',', '.')) for s, t, q, p in rows]
    total = '5436.00'
    check(lines, total)
    tab = '\n'.join('%-4s %-12s %-40s %8s  %6s   %10s' % (str(10 * (i + 1)), s, t, '{:,}'.format(q).replace(',', '.'), p,
                                                           amt(D(p.replace(',', '.')) * q).replace(',', 'X').replace('.', ',').replace('X', '.'))
                    for i, (s, t, q, p) in enumerate(rows))
    body = """Dear Ms Li,

we kindly ask you to deliver the following goods. Prices as per your offer
of 20.11.2026, FOB Shanghai.

Order number:  4711-26-0388
Order date:    01.12.2026
Customer:      Weingut Haider & Söhne GmbH

Pos  Item         Description                                   Qty   EUR/pc   Amount EUR
%s
                                                              Net total EUR   5.436,00

Payment: 30%% deposit, balance against B/L copy.
Delivery address: Weingut Haider & Söhne GmbH, Kellergasse 14, 3701 Großweikersdorf,
Austria. Contact: Mr Florian Haider, +43 2955 70 312

Kind regards / Mit freundlichen Grüßen
Florian Haider
Weingut Haider & Söhne GmbH
""" % tab
    eml = single(hdr('Florian Haider <f.haider@weingut-haider.at>', 'Order 4711-26-0388',
                     'Tue, 1 Dec 2026 16:12:03 +0100', 'VI1PR08MB5421A2B3C4D5E6F7@VI1PR08MB5421.eurprd08.prod.outlook.com',
                     'Content-Language: de-AT'), body, 'iso-8859-1', 'quoted-printable')
    return eml, truth('hand-austria-en-decimal-comma-eur', 'body', 'iso-8859-1',
                      'An Austrian winery writes English with German number style (Latin-1): quantities "2.400" '
                      '(dot thousands), prices "1,18" (decimal comma), "Net total EUR 5.436,00", order date 01.12.2026 '
                      '(DD.MM), an offer date 20.11.2026 that is not the order date, positions 10/20/30, a 30 % deposit '
                      'remark that is not a discount. Adds up.',
                      [order('4711-26-0388', 'Weingut Haider & Söhne GmbH',
                             ('Florian Haider', '+43 2955 70 312',
                              'Weingut Haider & Söhne GmbH, Kellergasse 14, 3701 Großweikersdorf, Austria'),
                             '2026-12-01', 'EUR', total, lines)])


@mail
def h173_163_numbered_free_sample_line():
    rows = [('HD-CD-0850', '茶叶罐 马口铁 圆形 8.5*10cm 哑黑', 1000, '3.860'),
            ('HD-CD-0860', '茶叶罐 马口铁 方形 6*6*12cm 哑黑', 800, '4.125'),
            ('HD-CD-NZ01', '罐内铝箔袋 配 8.5 罐', 1000, '0.185')]
    lines = exact([ln(s, t, q, p) for s, t, q, p in rows], ['3.860', '4.125', '0.185'])
    lines.append(ln('HD-CD-0870', '茶叶罐 样品 红色（试色）', 10, '0'))
    total = '7345.00'
    check(lines, total)
    body = """李经理您好：

12月2日下单，茶罐订单如下（单号 MS-1202），单价按您11月的报价（元/个）：

1、HD-CD-0850 茶叶罐 马口铁 圆形 8.5*10cm 哑黑，1000个，单价3.860，金额3860.00
2、HD-CD-0860 茶叶罐 马口铁 方形 6*6*12cm 哑黑，800个，单价4.125，金额3300.00
3、HD-CD-NZ01 罐内铝箔袋 配 8.5 罐，1000个，单价0.185，金额185.00
4、HD-CD-0870 茶叶罐 样品 红色（试色），10个，单价0，免费样品（您说过送的）

总金额：7345.00元

收货地址：福建省福州市仓山区建新镇金山工业区浦上大道 216 号 茗山茶业 包装车间
联系人：林秀娟 15980612237

福州茗山茶业有限公司
林秀娟
"""
    eml = single(hdr(addr('林秀娟', 'mingshan_lxj@163.com', 'utf-8'), '茶罐订单 MS-1202', 'Wed, 2 Dec 2026 11:18:33 +0800',
                     '2b9c4e1f.6a7.18f3c0d1e2f.Coremail.mingshan_lxj@163.com',
                     'X-Mailer: Coremail Webmail Server Version XT5.0.14 build20240801(9b7a3c1f) Copyright (c) 2002-2026 www.mailtech.cn 163com'),
                 body, 'utf-8', 'base64')
    return eml, truth('hand-163-numbered-free-sample-line', 'body', 'utf-8',
                      'A tea company on 163 Mail: numbered lines "1、SKU 品名，1000个，单价3.860，金额3860.00" with '
                      '3-decimal prices, a fourth line of 10 free samples at price 0 ("免费样品"), keyed as a line at '
                      '0.00; "元/个" in the sentence above; the order date in a sentence "12月2日下单". Adds up.',
                      [order('MS-1202', '福州茗山茶业有限公司',
                             ('林秀娟', '15980612237', '福建省福州市仓山区建新镇金山工业区浦上大道 216 号 茗山茶业 包装车间'),
                             '2026-12-02', 'CNY', total, lines)])


@mail
def h174_au_aud_gst_freight_ddmmyy():
    rows = [('HD-PZ-A3', 'Pizza box 13in, kraft, printed 1 col', 'EA', 6000, '0.42'),
            ('HD-PZ-A4', 'Pizza box 15in, kraft, printed 1 col', 'EA', 4000, '0.55'),
            ('HD-PZ-SV', 'Pizza saver (tripod), white', 'EA', 10000, '0.012')]
    lines = exact([ln(s, t, q, p) for s, t, u, q, p in rows], [None, None, '0.012'])
    sub = sum(D(x['total']) for x in lines)
    assert sub == D('4840.00')
    total = '5874.00'
    check(lines, total, D('500.00') + D('534.00'))
    body = """G'day Vivian,

PO below for our Feb promo. Same artwork as last run.

PO: PP-00781
Date: 3/12/26
Company: Pronto Pizza Group Pty Ltd

Code       Description                             UOM   Qty      Unit      Total
HD-PZ-A3   Pizza box 13in, kraft, printed 1 col    EA    6,000    $0.420    $2,520.00
HD-PZ-A4   Pizza box 15in, kraft, printed 1 col    EA    4,000    $0.550    $2,200.00
HD-PZ-SV   Pizza saver (tripod), white             EA   10,000    $0.012      $120.00

Subtotal                                                                    $4,840.00
Freight (sea, to Brisbane)                                                    $500.00
GST 10%%                                                                       $534.00
TOTAL (AUD)                                                                 $5,874.00

Delivery: Pronto Pizza Group, 22 Sandstone Pl, Parkinson QLD 4115
Receiving hrs 7am-2pm. Contact Mick Donnelly 0412 776 903

Cheers,
Mick Donnelly
Procurement | Pronto Pizza Group Pty Ltd
""".replace('%%', '%')
    eml = single(hdr('Mick Donnelly <mick@prontopizza.com.au>', 'PO PP-00781 - pizza boxes Feb promo',
                     'Thu, 3 Dec 2026 13:05:40 +1000', 'SY5P300MB0412B7C8D9E0F1A2@SY5P300MB0412.AUSP300.PROD.OUTLOOK.COM'),
                 body, 'us-ascii', '7bit')
    return eml, truth('hand-au-aud-gst-freight-ddmmyy', 'body', 'us-ascii',
                      'An Australian pizza chain: date "3/12/26" (D/M/YY, Australian, sent on 3 Dec), "$" on every '
                      'cell with AUD stated only in "TOTAL (AUD)", prices written with 3 decimals ($0.420, $0.012), '
                      'Subtotal / Freight / GST 10% / TOTAL lines. Adds up.',
                      [order('PP-00781', 'Pronto Pizza Group Pty Ltd',
                             ('Mick Donnelly', '0412 776 903', 'Pronto Pizza Group, 22 Sandstone Pl, Parkinson QLD 4115'),
                             '2026-12-03', 'AUD', total, lines)])


@mail
def h175_foxmail_blocks_qty_in_cartons_hold():
    body = """恒达 王小姐：

下面几个货请安排，老价格：

品名：珍珠棉袋 20*30 加厚
编号：HD-ZM-2030
数量：3000个
单价：0.32元

品名：珍珠棉袋 30*40 加厚
编号：HD-ZM-3040
数量：5箱（一箱多少个我不记得了，按整箱发）
单价：0.55元

品名：气泡信封 18*23 金色
编号：HD-QF-1823
数量：2000个
单价：0.68元

单号：JX-1204
送：嘉兴市秀洲区洪合镇洪福路 66 号 锦秀针织 仓库 陆建英 13806736651

锦秀针织 陆建英
"""
    lines = [ln('HD-ZM-2030', '珍珠棉袋 20*30 加厚', 3000, '0.32'),
             ln('HD-ZM-3040', '珍珠棉袋 30*40 加厚', None, '0.55'),
             ln('HD-QF-1823', '气泡信封 18*23 金色', 2000, '0.68')]
    eml = single(hdr(addr('陆建英', 'lujy@jinxiu-knit.com', 'gb2312'), '要货 JX-1204',
                     'Fri, 4 Dec 2026 15:37:02 +0800', '202612041537024418326@jinxiu-knit.com',
                     'X-Mailer: Foxmail 7.2.25.375[cn]', 'gb2312'), body, 'gbk', 'base64')
    return eml, truth('hand-foxmail-blocks-qty-in-cartons-hold', 'body', 'gbk',
                      'A knitwear factory in Foxmail (GBK): one block per item with 品名/编号/数量/单价 labels, blank '
                      'lines between blocks, the order number and address after the items, no total, no date. One '
                      'quantity is "5箱（一箱多少个我不记得了，按整箱发）" while the price is per piece: the piece count '
                      'is unknown to the mail, so that line has no qty and the clerk HOLDS to look up the carton '
                      'size (no total keyed).',
                      [order('JX-1204', '锦秀针织',
                             ('陆建英', '13806736651', '嘉兴市秀洲区洪合镇洪福路 66 号 锦秀针织 仓库'),
                             None, 'CNY', None, lines)])


# ============================================================ main

if __name__ == '__main__':
    make_hand2.HERE = HERE  # write the mails here
    make_hand2.main(sys.argv[1:], MAILS)
