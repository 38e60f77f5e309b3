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

sys.path.insert(0, os.path.join(os.path.dirname(HERE), 'fresh3'))
from make_hand5 import order, exact  # noqa: E402

MAILS = []
TO = 'orders@hengda-pack.cn'


def mail(fn):
    MAILS.append(fn)
    return fn


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
                             ('Mr Florian Haider', '+43 2955 70 312',
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
                      '0.00; "元/个" in the sentence above; the order date in a sentence "12月2日下单". Adds up. The free '
                      'samples rest on "您说过送的" (the sales rep said so): the clerk HOLDS to confirm with sales '
                      'before shipping goods at 0.',
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


# ============================================================ HTML bodies
MSO = ' style="border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt"'


@mail
def h176_outlook_html_gbk_discount_row():
    rows = [('HD-FM-1020', 'PE保护膜 10丝 宽200mm 蓝色', '卷', 150, '42.00'),
            ('HD-FM-1050', 'PE保护膜 10丝 宽500mm 蓝色', '卷', 80, '98.00'),
            ('HD-FM-0550', 'PE保护膜 5丝 宽500mm 透明', '卷', 120, '55.00')]
    lines = [ln(s, t, q, p) for s, t, u, q, p in rows]
    sub = sum(D(x['total']) for x in lines)
    assert sub == D('20740.00')
    total = '20300.00'
    check(lines, total, '-440.00')
    tab = [['序号', '料号', '品名及规格', '单位', '数量', '单价(元)', '金额(元)']]
    tab += [[str(i + 1), s, t, u, str(q), p, amt(D(p) * q)] for i, (s, t, u, q, p) in enumerate(rows)]
    tab += [[('小计', 'colspan="6" align="right"'), '20,740.00'],
            [('优惠（抹零）', 'colspan="6" align="right"'), '-440.00'],
            [('<b>合计（含税含运）</b>', 'colspan="6" align="right"'), '<b>20,300.00</b>']]
    cells = cells_html(tab, MSO).replace('<td', '<td valign="top"')
    html = ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word"><head><meta http-equiv=Content-Type content="text/html; '
            'charset=gb2312"><meta name=Generator content="Microsoft Word 15 (filtered medium)"><style><!-- '
            'p.MsoNormal {margin:0cm;font-size:10.5pt;font-family:等线;} --></style></head>'
            '<body lang=ZH-CN link="#0563C1" vlink="#954F72" style="text-align:justify"><div class=WordSection1>'
            '<p class=MsoNormal>李经理：<o:p></o:p></p><p class=MsoNormal><o:p>&nbsp;</o:p></p>'
            '<p class=MsoNormal>附上我司采购单，烦请确认交期。<o:p></o:p></p>'
            '<p class=MsoNormal>订单编号：<b>DG-PO-26-1130-2</b>&nbsp;&nbsp;&nbsp; 订单日期：2026/11/30<o:p></o:p></p>'
            '<p class=MsoNormal>订购单位：东莞市精锐五金塑胶有限公司<o:p></o:p></p><p class=MsoNormal><o:p>&nbsp;</o:p></p>'
            '<table class=MsoNormalTable border=0 cellspacing=0 cellpadding=0 style="border-collapse:collapse">' +
            cells + '</table><p class=MsoNormal><o:p>&nbsp;</o:p></p>'
            '<p class=MsoNormal>送货地址：广东省东莞市长安镇霄边第三工业区振安中路 33 号 精锐五金 C 栋收货处<o:p></o:p></p>'
            '<p class=MsoNormal>收货人：邓美玲 &nbsp;0769-85337140 / 13650028817<o:p></o:p></p>'
            '<p class=MsoNormal><o:p>&nbsp;</o:p></p><p class=MsoNormal><span style="color:#1F4E79">邓美玲 Meiling Deng'
            '<br>采购部 | 东莞市精锐五金塑胶有限公司</span><o:p></o:p></p></div></body></html>')
    plain = ('李经理：\n\n附上我司采购单，烦请确认交期。\n订单编号：DG-PO-26-1130-2    订单日期：2026/11/30\n'
             '订购单位：东莞市精锐五金塑胶有限公司\n\n' +
             '\n'.join('\n'.join((c if isinstance(c, str) else c[0]).replace('<b>', '').replace('</b>', '') for c in r)
                       for r in tab) +
             '\n\n送货地址：广东省东莞市长安镇霄边第三工业区振安中路 33 号 精锐五金 C 栋收货处\n'
             '收货人：邓美玲  0769-85337140 / 13650028817\n\n邓美玲 Meiling Deng\n采购部 | 东莞市精锐五金塑胶有限公司\n')
    part = alt(plain, html, 'gb2312', '----=_NextPart_000_0118_01DB4302.5E6F7A80')
    eml = message(hdr(addr('邓美玲', 'dengml@jingrui-hw.com', 'gb2312'), '采购单 DG-PO-26-1130-2',
                      'Mon, 30 Nov 2026 17:48:22 +0800', '011801db4302$5e6f7a80$1b2c3d4e$@jingrui-hw.com',
                      'X-Mailer: Microsoft Outlook 16.0', 'gb2312',
                      extra=['Thread-Index: AdtDAl5vVlkWc3rPQ1mIkBq7HtSvAg==', 'Content-Language: zh-cn']), part)
    return eml, truth('hand-outlook-html-gbk-discount-row', 'html', 'gb2312',
                      'A Dongguan hardware plant in Outlook Word-HTML (gb2312): MsoNormalTable with 序号, colspan rows '
                      '小计 / 优惠（抹零）-440.00 / <b>合计（含税含运）</b>; the text alternative has one cell per line. '
                      'Two phones for the receiver (the landline first is keyed). Adds up after the rounding-off '
                      'discount.',
                      [order('DG-PO-26-1130-2', '东莞市精锐五金塑胶有限公司',
                             ('邓美玲', '0769-85337140', '广东省东莞市长安镇霄边第三工业区振安中路 33 号 精锐五金 C 栋收货处'),
                             '2026-11-30', 'CNY', total, lines)])


@mail
def h177_qq_html_only_gb18030_caption_row():
    rows = [('鸡蛋托 30枚 纸浆', '个', 6000, '0.36'), ('鸡蛋盒 10枚 透明 PET', '个', 4000, '0.48'),
            ('蛋箱 360枚 五层', '个', 300, '6.50'), ('标签 合格证 不干胶', '张', 10000, '0.02')]
    lines = [ln(None, t, q, p) for t, u, q, p in rows]
    total = '6230.00'
    check(lines, total)
    tab = [[('12月第一批 包材采购明细', 'colspan="5" align="center" style="font-weight:bold"')],
           ['品名', '单位', '数量', '单价', '金额']]
    tab += [[t, u, str(q), p, amt(D(p) * q)] for t, u, q, p in rows]
    tab += [['合计', '', '', '', '6,230.00']]
    html = ('<meta http-equiv="Content-Type" content="text/html; charset=GB18030"><div>王经理好，</div><div><br></div>'
            '<div>我们养殖场这批包材如下，价格是上个月报的，麻烦本周内发货。</div><div><br></div>'
            '<table border="1" bordercolor="#000000" cellpadding="2" cellspacing="0" width="520" '
            'style="font-size: 10pt; border-collapse:collapse; border:none">' + cells_html(tab) + '</table>'
            '<div><br></div><div>单号：LQ12-01&nbsp; 日期：2026.12.1</div>'
            '<div>收货：安徽省滁州市定远县炉桥镇工业园 绿群生态养殖场，联系人 储小兵 13955011674</div>'
            '<div><br></div><div>定远县绿群生态养殖有限公司</div><div><br></div>'
            '<div><includetail><!--<![endif]--></includetail></div>')
    part = text(html, 'GB18030', 'base64', 'html')
    eml = message(hdr(addr('储小兵', '2903315746@qq.com', 'gb18030'), '包材采购', 'Tue, 1 Dec 2026 19:55:10 +0800',
                      'tencent_6E5D4C3B2A1908F7E6D5C4B3A2918070F604@qq.com', None, 'gb18030'), part)
    return eml, truth('hand-qq-html-only-gb18030-caption-row', 'html', 'gb18030',
                      'A poultry farm in QQ Mail, HTML only in GB18030: the table starts with a colspan caption row '
                      '"12月第一批 包材采购明细" above the header, no SKU column, a 合计 row with empty cells; the order '
                      'number and date "2026.12.1" come after the table, the buyer\'s name only in the signature. '
                      'No currency sign. Adds up.',
                      [order('LQ12-01', '定远县绿群生态养殖有限公司',
                             ('储小兵', '13955011674', '安徽省滁州市定远县炉桥镇工业园 绿群生态养殖场'),
                             '2026-12-01', None, total, lines)])


@mail
def h178_gmail_html_us_shipping_discount():
    rows = [('HD-JR-0204', 'Glass jar 4 oz, amber, w/ black lid', 2400, '0.46'),
            ('HD-JR-0208', 'Glass jar 8 oz, amber, w/ black lid', 1800, '0.61'),
            ('HD-LB-0204', 'Label 2x4 in, matte BOPP, 4-color', 4200, '0.055')]
    lines = exact([ln(s, t, q, p) for s, t, q, p in rows], [None, None, '0.055'])
    sub = sum(D(x['total']) for x in lines)
    assert sub == D('2433.00')
    total = '2798.67'
    check(lines, total, D('-121.65') + D('487.32'))
    tab = [['Item #', 'Description', 'Qty', 'Unit Price', 'Amount']]
    tab += [[s, t, '{:,}'.format(q), '$%s' % p, '${:,.2f}'.format(D(p) * q)] for s, t, q, p in rows]
    tab += [['', '', '', 'Subtotal', '$2,433.00'], ['', '', '', 'Discount (5%)', '($121.65)'],
            ['', '', '', 'Shipping (DDP)', '$487.32'], ['', '', '', '<b>Total</b>', '<b>$2,798.67</b>']]
    html = ('<div dir="ltr">Hi Vivian,<div><br></div><div>Please process our PO below. Date on our side is Dec 1, '
            '2026.</div><div><br></div><div><b>PO # CB-1047</b><br>Copper &amp; Bloom Apothecary, Inc.</div><div><br></div>'
            '<table cellspacing="0" cellpadding="0" dir="ltr" border="1" style="table-layout:fixed;font-size:10pt;'
            'font-family:Arial;border-collapse:collapse;border:none"><colgroup><col width="100"><col width="260">'
            '<col width="70"><col width="100"><col width="100"></colgroup><tbody>' +
            cells_html(tab, ' style="border:1px solid #cccccc;overflow:hidden;padding:2px 3px;vertical-align:bottom"') +
            '</tbody></table><div><br></div><div>Ship to:<br>Copper &amp; Bloom Apothecary<br>812 W 5th St, Unit 4<br>'
            'Austin, TX 78703<br>(512) 555-0148 - Alyssa</div><div><br></div><div>Thank you!</div><div>Alyssa Chen</div>'
            '<div>Operations, Copper &amp; Bloom Apothecary, Inc.</div></div>')
    plain = ('Hi Vivian,\n\nPlease process our PO below. Date on our side is Dec 1, 2026.\n\n*PO # CB-1047*\n'
             'Copper & Bloom Apothecary, Inc.\n\n' +
             '\n'.join(' '.join(x.replace('<b>', '*').replace('</b>', '*') for x in r if x) for r in tab) +
             '\n\nShip to:\nCopper & Bloom Apothecary\n812 W 5th St, Unit 4\nAustin, TX 78703\n(512) 555-0148 - Alyssa\n\n'
             'Thank you!\nAlyssa Chen\nOperations, Copper & Bloom Apothecary, Inc.\n')
    part = alt(plain, html, 'UTF-8', '0000000000004b7c9e2f05d8a1c3', 'quoted-printable')
    eml = message(hdr('Alyssa Chen <alyssa@copperandbloom.com>', 'PO CB-1047', 'Tue, 1 Dec 2026 10:32:47 -0600',
                      'CAL7xQ0p9Nm=Tz4Wf2rB8y1Kd@mail.gmail.com'), part)
    return eml, truth('hand-gmail-html-us-shipping-discount', 'html', 'utf-8',
                      'A Texas apothecary in Gmail HTML with a Google Sheets paste: $ in every cell, a 3-decimal '
                      'label price, Subtotal / Discount (5%) "($121.65)" in accounting brackets / Shipping (DDP) / '
                      'Total rows; the date in a sentence "Dec 1, 2026"; a four-line ship-to. Adds up.',
                      [order('CB-1047', 'Copper & Bloom Apothecary, Inc.',
                             ('Alyssa', '(512) 555-0148',
                              'Copper & Bloom Apothecary, 812 W 5th St, Unit 4, Austin, TX 78703'),
                             '2026-12-01', 'USD', total, lines)])


@mail
def h179_apple_mail_html_fr_eur_tabs():
    rows = [('HD-MC-0050', 'Boîte macarons 6 pièces, rose poudré', 3000, '0.74'),
            ('HD-MC-0120', 'Boîte macarons 12 pièces, rose poudré', 2000, '1.12'),
            ('HD-RB-0010', 'Ruban satin 10 mm, or, bobine 100 m', 60, '4.90')]
    lines = [ln(s, t, q, p) for s, t, q, p in rows]
    total = '4754.00'
    check(lines, total)
    fr = lambda v: '{:,.2f}'.format(D(v)).replace(',', ' ').replace('.', ',')  # noqa: E731
    tab = [['Réf.', 'Désignation', 'Qté', 'P.U. €', 'Total €']]
    tab += [[s, t, '{:,}'.format(q).replace(',', ' '), p.replace('.', ','), fr(D(p) * q)] for s, t, q, p in rows]
    tab += [['', '', '', 'Total HT', fr(total)]]
    html = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body '
            'style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
            '<div>Bonjour Madame Li,</div><div><br></div><div>Veuillez trouver ci-dessous notre commande '
            'n° <b>MA-2026-311</b> du 02/12/2026.</div><div><br></div>'
            '<table style="border-collapse: collapse;" border="1" cellpadding="3">' + cells_html(tab) + '</table>'
            '<div><br></div><div>Livraison : Maison Aubert Pâtisserie, 14 rue des Tanneurs, 67000 Strasbourg, '
            'France<br>Contact : Camille Aubert, +33 3 88 32 41 70</div><div><br></div><div>Cordialement,</div>'
            '<div>Camille Aubert<br>Maison Aubert Pâtisserie SARL</div><div><br></div></body></html>')
    plain = ('Bonjour Madame Li,\n\nVeuillez trouver ci-dessous notre commande n° MA-2026-311 du 02/12/2026.\n\n' +
             '\n'.join('\t'.join(r) for r in tab) +
             '\n\nLivraison : Maison Aubert Pâtisserie, 14 rue des Tanneurs, 67000 Strasbourg, France\n'
             'Contact : Camille Aubert, +33 3 88 32 41 70\n\nCordialement,\nCamille Aubert\nMaison Aubert Pâtisserie SARL\n')
    part = multi('alternative', 'Apple-Mail=_5B3C1D2E-8F9A-4B0C-9D1E-2F3A4B5C6D7E',
                 [text(plain, 'utf-8', 'quoted-printable'), text(html, 'utf-8', 'quoted-printable', 'html')])
    eml = message(hdr('Camille Aubert <camille@maison-aubert.fr>', 'Commande MA-2026-311',
                      'Wed, 2 Dec 2026 11:04:38 +0100', 'A1B2C3D4-E5F6-4789-8ABC-DEF012345678@maison-aubert.fr',
                      'X-Mailer: Apple Mail (2.3826.300.87.4.3)'), part)
    return eml, truth('hand-apple-mail-html-fr-eur-tabs', 'html', 'utf-8',
                      'A Strasbourg pâtisserie in French from Apple Mail: HTML table and a tab-separated text '
                      'alternative, "P.U. €" / "Total €" headers, prices with decimal commas, spaces as thousands '
                      'separators ("2 220,00"), "Total HT", the order number and date (02/12/2026, DD/MM) in a '
                      'sentence "notre commande n° … du …". Adds up.',
                      [order('MA-2026-311', 'Maison Aubert Pâtisserie SARL',
                             ('Camille Aubert', '+33 3 88 32 41 70',
                              'Maison Aubert Pâtisserie, 14 rue des Tanneurs, 67000 Strasbourg, France'),
                             '2026-12-02', 'EUR', total, lines)])


@mail
def h180_wecom_html_ul_per_roll():
    rows = [('HD-LR-0300', '缠绕膜 50cm 3kg 手用', '卷', 200, '24.50'),
            ('HD-LR-1800', '缠绕膜 50cm 18kg 机用', '卷', 30, '138.00'),
            ('HD-DB-1908', 'PET 塑钢带 1908 绿色 20kg', '卷', 20, '165.00')]
    lines = [ln(s, t, q, p) for s, t, u, q, p in rows]
    total = '12340.00'
    check(lines, total)
    items = ''.join('<li>%s %s —— %d %s，%s 元/%s</li>' % (s, t, q, u, p, u) for s, t, u, q, p in rows)
    html = ('<div style="font-size:14px;font-family:PingFang SC,Microsoft YaHei">'
            '<div>恒达业务您好：</div><div>物流中心 12 月耗材，清单如下：</div><ul>' + items + '</ul>'
            '<div>合计 12,340 元（含 13% 税），账期照旧。</div><div>订单编号：WL-HC-202612-02，下单日期 2026-12-02。</div>'
            '<div>收货：武汉市东西湖区走马岭街道汇通大道 77 号 顺源物流 华中分拨中心 3 号月台，饶师傅 027-83221905。</div>'
            '<div><br></div><div>湖北顺源物流有限公司 行政采购 饶婷</div>'
            '<div style="color:#999;font-size:12px">发自 企业微信邮箱</div></div>')
    plain = ('恒达业务您好：\n物流中心 12 月耗材，清单如下：\n' +
             ''.join('• %s %s —— %d %s，%s 元/%s\n' % (s, t, q, u, p, u) for s, t, u, q, p in rows) +
             '合计 12,340 元（含 13% 税），账期照旧。\n订单编号：WL-HC-202612-02，下单日期 2026-12-02。\n'
             '收货：武汉市东西湖区走马岭街道汇通大道 77 号 顺源物流 华中分拨中心 3 号月台，饶师傅 027-83221905。\n\n'
             '湖北顺源物流有限公司 行政采购 饶婷\n发自 企业微信邮箱\n')
    part = alt(plain, html, 'UTF-8', '----=_Part_WeCom_20261202_7f3a9c', 'base64')
    eml = message(hdr(addr('饶婷', 'raoting@shunyuan-wl.com'), '12月耗材采购 WL-HC-202612-02',
                      'Wed, 2 Dec 2026 09:14:05 +0800', 'tencent_1F2E3D4C5B6A79880716F5E4D3C2B1A0C706@exmail.qq.com',
                      'X-Mailer: WeCom Mail 4.1.28'), part)
    return eml, truth('hand-wecom-html-ul-per-roll', 'html', 'utf-8',
                      'A logistics company from WeCom mail: a <ul> of "SKU 品名 —— 200 卷，24.50 元/卷" items (text '
                      'alternative with • bullets), no amounts per line, the total in a sentence "合计 12,340 元（含 13% '
                      '税）", order number and date in a sentence after it; the receiver is "饶师傅" at a landline. '
                      'Adds up.',
                      [order('WL-HC-202612-02', '湖北顺源物流有限公司',
                             ('饶师傅', '027-83221905', '武汉市东西湖区走马岭街道汇通大道 77 号 顺源物流 华中分拨中心 3 号月台'),
                             '2026-12-02', 'CNY', total, lines)])


# ============================================================ several orders, amendments
@mail
def h181_163_gbk_two_plants_two_orders():
    po = [('HX-1-1203', '一厂', '常州市武进区湖塘镇长虹西路 18 号 恒星纺织一厂', '丁国强', '13806113352',
           [('HD-ZG-0410', '纸管 内径 76mm 长 410mm', '只', 3000, '1.25'),
            ('HD-ZG-0270', '纸管 内径 76mm 长 270mm', '只', 2000, '0.95')]),
          ('HX-2-1203', '二厂', '常州市新北区薛家镇顺园路 9 号 恒星纺织二厂', '蒋红', '13915020476',
           [('HD-ZG-0410', '纸管 内径 76mm 长 410mm', '只', 1500, '1.25'),
            ('HD-BM-1200', '包装膜 PE 1.2m 宽 30丝', '卷', 40, '86.00')])]
    orders, blocks = [], []
    for eid, plant, adr, who, tel, rows in po:
        lines = [ln(s, t, q, p) for s, t, u, q, p in rows]
        tot = m2(sum(D(x['total']) for x in lines))
        orders.append(order(eid, '常州恒星纺织有限公司', (who, tel, adr), '2026-12-03', 'CNY', tot, lines))
        blocks.append('【%s】订单号 %s\n%s\n小计：%s 元\n送货：%s，%s %s' % (
            plant, eid, '\n'.join('  %s  %s  %d %s × %s = %s' % (s, t, q, u, p, amt(D(p) * q)) for s, t, u, q, p in rows),
            amt(tot), adr, who, tel))
    body = """李经理：

今天（12 月 3 日）两个厂各下一张单，分开送货、分开开票，谢谢。

%s

%s

常州恒星纺织有限公司 采购 冯丽
""" % tuple(blocks)
    eml = single(hdr(addr('冯丽', 'hengxing_fl@163.com', 'gbk'), '一厂二厂纸管订单', 'Thu, 3 Dec 2026 10:41:57 +0800',
                     '4e1a2b3c.8f1.18f3a1b2c3d.Coremail.hengxing_fl@163.com',
                     'X-Mailer: Coremail Webmail Server Version XT5.0.14', 'gbk'), body, 'gbk', 'base64')
    return eml, truth('hand-163-gbk-two-plants-two-orders', 'body', 'gbk',
                      'Two orders in one 163 Mail body (GBK) for two plants: 【一厂】/【二厂】 blocks, each with its own '
                      'order number, "SKU 品名 3000 只 × 1.25 = 3,750.00" lines, 小计 and address; the same SKU in both; '
                      'the date in a sentence "今天（12 月 3 日）". Two orders, each adds up.', orders)


@mail
def h182_supplementary_order_own_number():
    rows = [('HD-SP-0350', '食品袋 自立 带拉链 350g 镀铝', 5000, '0.58'),
            ('HD-SP-0500', '食品袋 自立 带拉链 500g 镀铝', 3000, '0.72')]
    lines = [ln(s, t, q, p) for s, t, q, p in rows]
    total = '5060.00'
    check(lines, total)
    body = """Dear Vivian,

Further to our PO HF-PO-2611-017 of 24 Nov (already confirmed, please do NOT change it),
we need two more items. Please treat this as a SUPPLEMENTARY order with its own number
and ship it together with HF-PO-2611-017 if possible.

Supplementary PO No.: HF-PO-2611-017-S1
Date: 02 Dec 2026
Buyer: Harvest Fields Foods (Shenzhen) Co., Ltd.

SKU           Description                                   Qty     Unit Price (RMB)   Amount (RMB)
HD-SP-0350    Stand-up pouch w/ zipper 350g, metallised     5,000   0.58               2,900.00
HD-SP-0500    Stand-up pouch w/ zipper 500g, metallised     3,000   0.72               2,160.00
Total (RMB)                                                                            5,060.00

Delivery address same as the original PO:
深圳市宝安区福海街道新田大道 71 号 丰收食品 2 号厂房 1 楼, Ms. Zhang Qian 0755-27351180

Best regards,
Zhang Qian
Purchasing, Harvest Fields Foods (Shenzhen) Co., Ltd.
"""
    eml = single(hdr('Zhang Qian <zhangqian@harvestfields.com.cn>', 'Supplementary PO HF-PO-2611-017-S1',
                     'Wed, 2 Dec 2026 14:20:31 +0800', 'TY0PR06MB5120C2D3E4F5A6B7@TY0PR06MB5120.apcprd06.prod.outlook.com',
                     'X-MS-Has-Attach: '), body, 'utf-8', 'quoted-printable')
    return eml, truth('hand-supplementary-order-own-number', 'body', 'utf-8',
                      'A supplementary order with its own number (HF-PO-2611-017-S1) that refers to an earlier PO '
                      '(HF-PO-2611-017, "please do NOT change it"): only the new number\'s two lines are keyed as a '
                      'new order; the old number is a reference, not an order. English with a Chinese address, '
                      'prices in RMB. Adds up.',
                      [order('HF-PO-2611-017-S1', 'Harvest Fields Foods (Shenzhen) Co., Ltd.',
                             ('Ms. Zhang Qian', '0755-27351180', '深圳市宝安区福海街道新田大道 71 号 丰收食品 2 号厂房 1 楼'),
                             '2026-12-02', 'CNY', total, lines)])


@mail
def h183_outlook_html_two_pos_usd_eur():
    po = [('NV-US-5521', 'USD', 'US warehouse', 'NovaLume Lighting c/o Pacific Gate Logistics, 1450 Valley Blvd, Walnut, CA 91789, USA',
           'Derek Lin', '+1 626 555 0133',
           [('HD-LB-0101', 'Lamp gift box, E27 bulb, printed', 4000, '0.38'),
            ('HD-LB-0102', 'Lamp gift box, GU10 bulb, printed', 3000, '0.33')]),
          ('NV-EU-2208', 'EUR', 'EU warehouse',
           'NovaLume Lighting c/o Rhenus Warehousing, Waalhaven Zuidzijde 21, 3089 JH Rotterdam, Netherlands', 'Sanne de Vries', '+31 10 428 9917',
           [('HD-LB-0101', 'Lamp gift box, E27 bulb, printed', 2500, '0.35'),
            ('HD-IN-0101', 'Pulp insert for E27 box', 2500, '0.09')])]
    orders, tables, plains = [], [], []
    for eid, cur, who_co, adr, att, tel, rows in po:
        lines = [ln(s, t, q, p) for s, t, q, p in rows]
        tot = m2(sum(D(x['total']) for x in lines))
        orders.append(order(eid, 'NovaLume Lighting Ltd.', (att, tel, adr), '2026-12-04', cur, tot, lines))
        tab = [['Item', 'Description', 'Qty', 'Unit (%s)' % cur, 'Amount (%s)' % cur]]
        tab += [[s, t, '{:,}'.format(q), p, amt(D(p) * q)] for s, t, q, p in rows]
        tab += [[('Total %s' % cur, 'colspan="4" align="right"'), amt(tot)]]
        tables.append('<p class=MsoNormal><b>PO %s &#8211; %s</b><o:p></o:p></p>'
                      '<table class=MsoNormalTable border=1 cellspacing=0 cellpadding=0 style="border-collapse:collapse">'
                      '%s</table><p class=MsoNormal>Ship to: %s<br>Attn: %s, %s<o:p></o:p></p>'
                      '<p class=MsoNormal><o:p>&nbsp;</o:p></p>' % (eid, who_co, cells_html(tab, MSO), adr, att, tel))
        plains.append('PO %s – %s\n%s\nShip to: %s\nAttn: %s, %s\n' % (
            eid, who_co, '\n'.join('\t'.join(c if isinstance(c, str) else c[0] for c in r) for r in tab), adr, att, tel))
    top = ('Hi Vivian,', 'Two POs today (4 Dec 2026), one per warehouse - please invoice them separately, in the '
           'currency shown.', '')
    html = ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv=Content-Type '
            'content="text/html; charset=utf-8"></head><body lang=EN-US><div class=WordSection1>' +
            ''.join('<p class=MsoNormal>%s<o:p>&nbsp;</o:p></p>' % p for p in top) + ''.join(tables) +
            '<p class=MsoNormal>Best,<br>Kelvin Ho<br>Supply Chain, NovaLume Lighting Ltd. (Hong Kong)<o:p></o:p></p>'
            '</div></body></html>')
    plain = '\n'.join(top) + '\n' + '\n'.join(plains) + '\nBest,\nKelvin Ho\nSupply Chain, NovaLume Lighting Ltd. (Hong Kong)\n'
    part = alt(plain, html, 'utf-8', '_000_PS2PR02MB3761A0B1C2D3E4F5PS2PR02MB3761apcp_', 'quoted-printable')
    eml = message(hdr('Kelvin Ho <kelvin.ho@novalume.com.hk>', 'POs NV-US-5521 + NV-EU-2208',
                      'Fri, 4 Dec 2026 16:22:09 +0800', 'PS2PR02MB3761A0B1C2D3E4F5@PS2PR02MB3761.apcprd02.prod.outlook.com'),
                 part)
    return eml, truth('hand-outlook-html-two-pos-usd-eur', 'html', 'utf-8',
                      'A Hong Kong lighting company sends two POs in one Outlook HTML mail, one per warehouse, in two '
                      'currencies: NV-US-5521 in USD to California and NV-EU-2208 in EUR to Rotterdam, the currency '
                      'only in the column headers and the colspan Total row, the same SKU at two prices. Two orders, '
                      'each adds up.', orders)


# ============================================================ spreadsheets
@mail
def h184_xlsx_cn_merged_title_three_sheets():
    rows = [('HD-MX-6040', '木箱 免熏蒸 600*400*400', '个', 60, '58.00'),
            ('HD-MX-8060', '木箱 免熏蒸 800*600*500', '个', 40, '96.00'),
            ('HD-GZ-0001', '干燥剂 500g 蒙脱石', '包', 400, '1.60'),
            ('HD-FC-0012', '防锈袋 VCI 100*80cm', '个', 200, '3.20')]
    lines = [ln(s, t, q, p) for s, t, u, q, p in rows]
    total = '9200.00'
    check(lines, total, '600.00')
    sh = Sheet('采购订单')
    sh.widths = {1: 6, 2: 14, 3: 28, 4: 6, 5: 8, 6: 10, 7: 12, 8: 16}
    sh.set(1, 1, '无锡天工精密机床有限公司', bold=True, size=16, center=True)
    sh.merge(1, 1, 1, 8)
    sh.set(2, 1, '采 购 订 单', bold=True, size=14, center=True)
    sh.merge(2, 1, 2, 8)
    meta = [(4, '订单编号', 'TG-PO-261201-06', '下单日期', datetime.date(2026, 12, 1)),
            (5, '供 应 商', '杭州恒达包装材料有限公司', '交货日期', datetime.date(2026, 12, 15)),
            (6, '收货地址', '江苏省无锡市新吴区锡士路 21 号 天工精密 成品库', '收货人', '蔡俊 0510-85283306')]
    for r, a, b, c, d in meta:
        sh.set(r, 1, a, bold=True, border=True)
        sh.merge(r, 1, r, 2)
        sh.set(r, 3, b, border=True)
        sh.merge(r, 3, r, 5)
        sh.set(r, 6, c, bold=True, border=True)
        sh.set(r, 7, d, border=True, fmt='yyyy"年"m"月"d"日"' if isinstance(d, datetime.date) else None)
        sh.merge(r, 7, r, 8)
    sh.row(8, 1, ['序号', '物料编码', '名称规格', '单位', '数量', '单价', '金额', '备注'], bold=True, border=True)
    for i, (s, t, u, q, p) in enumerate(rows):
        r = 9 + i
        sh.row(r, 1, [i + 1, s, t, u, q], border=True)
        sh.set(r, 6, D(p), border=True, fmt='0.00')
        sh.set(r, 7, ('=E%d*F%d' % (r, r), D(p) * q), border=True, fmt='#,##0.00')
        sh.set(r, 8, '出口设备包装' if i < 2 else '', border=True)
    sub = sum(D(x['total']) for x in lines)
    for r, a, v in [(13, '小计', ('=SUM(G9:G12)', sub)), (14, '运费', D('600.00')), (15, '合计（人民币）', ('=G13+G14', D(total)))]:
        sh.set(r, 1, a, bold=True, border=True)
        sh.merge(r, 1, r, 6)
        sh.set(r, 7, v, border=True, fmt='#,##0.00')
    sh.set(17, 1, '采购员：蔡俊')
    sh.set(17, 4, '审核：周立平')
    sh.set(17, 7, '批准：')
    note = Sheet('说明')
    note.widths = {1: 80}
    for i, t in enumerate(['1. 木箱须提供 IPPC 免熏蒸标识。', '2. 送货时请附送货单两份，注明我司订单编号。',
                           '3. 付款方式：月结 30 天，开 13% 增值税专用发票。']):
        note.set(1 + i, 1, t)
    data = corpus_docs.xlsx_bytes([sh, note, Sheet('Sheet3')], creator='caijun')
    body = '恒达包装：\n\n附件为我司采购订单（TG-PO-261201-06），请确认后盖章回传。\n\n蔡俊\n无锡天工精密机床有限公司 采购部\n'
    eml = with_attachments(hdr(addr('蔡俊', 'caijun@tiangong-cnc.com', 'gb2312'), '采购订单 TG-PO-261201-06',
                               'Tue, 1 Dec 2026 13:50:26 +0800', '002301db43b8$7c8d9e0f$6a7b8c9d$@tiangong-cnc.com',
                               'X-Mailer: Microsoft Outlook 16.0', 'gb2312'), body, 'gb2312', 'base64',
                           [attachment(XLSX, data, '天工采购订单TG-PO-261201-06.xlsx', name_style='gb2312')],
                           '----=_NextPart_000_0024_01DB43FB.8B1C2D30')
    return eml, truth('hand-xlsx-cn-merged-title-three-sheets', 'xlsx', 'gb2312',
                      'A machine-tool maker\'s .xlsx: two merged title rows (company, 采 购 订 单), label cells merged '
                      'across columns (订单编号 | value | 下单日期 | date cell formatted 年月日), a 交货日期 that is not '
                      'the order date, receiver name and phone in one cell, a 备注 column, merged 小计 / 运费 / '
                      '合计（人民币） rows with formulas, a second sheet 说明 with terms and an empty Sheet3. Adds up.',
                      [order('TG-PO-261201-06', '无锡天工精密机床有限公司',
                             ('蔡俊', '0510-85283306', '江苏省无锡市新吴区锡士路 21 号 天工精密 成品库'),
                             '2026-12-01', 'CNY', total, lines)])


@mail
def h185_xlsx_uk_gbp_vat_date_serial():
    rows = [(500, 'Coffee bag 250g, kraft, one-way valve, zip', 'HD-CF-0250', '0.31'),
            (300, 'Coffee bag 1kg, kraft, one-way valve, zip', 'HD-CF-1000', '0.54'),
            (20, 'Tin-tie closure roll, gold, 500 m', 'HD-TT-0500', '12.75')]
    rows = [(q * 10, t, s, p) for q, t, s, p in rows]
    lines = [ln(s, t, q, p) for q, t, s, p in rows]
    sub = sum(D(x['total']) for x in lines)
    total = m2((sub + D('95.00')) * D('1.2'))
    check(lines, total, D(total) - sub)
    sh = Sheet('PO')
    sh.widths = {1: 10, 2: 44, 3: 14, 4: 12, 5: 14}
    sh.set(1, 1, 'Hilltop Roastery Ltd', bold=True, size=16)
    sh.set(2, 1, '7 Mill Yard, Hebden Bridge, West Yorkshire HX7 8AD  |  VAT GB 318 4472 09')
    sh.set(4, 4, 'PURCHASE ORDER', bold=True, size=14)
    sh.set(5, 4, 'PO Number', bold=True)
    sh.set(5, 5, 'HR-2291')
    sh.set(6, 4, 'Date', bold=True)
    sh.set(6, 5, datetime.date(2026, 12, 2), fmt='dd/mm/yyyy')
    sh.set(5, 1, 'Supplier:', bold=True)
    sh.set(6, 1, 'Hengda Packaging, Hangzhou')
    sh.set(8, 1, 'Deliver to:', bold=True)
    sh.set(9, 1, 'Hilltop Roastery Ltd, Unit 2, Calder Works, Burnley Road, Hebden Bridge HX7 8AL')
    sh.set(10, 1, 'Contact: Tom Ashworth  07700 914 362')
    sh.row(12, 1, ['Qty', 'Description', 'Code', 'Unit price', 'Line total'], bold=True, border=True)
    for i, (q, t, s, p) in enumerate(rows):
        r = 13 + i
        sh.row(r, 1, [q, t, s], border=True)
        sh.set(r, 4, D(p), border=True, fmt='"£"#,##0.00')
        sh.set(r, 5, ('=A%d*D%d' % (r, r), D(p) * q), border=True, fmt='"£"#,##0.00')
    for r, a, v in [(17, 'Subtotal', ('=SUM(E13:E15)', sub)), (18, 'Delivery', D('95.00')),
                    (19, 'VAT 20%', ('=(E17+E18)*0.2', (sub + D('95.00')) * D('0.2'))),
                    (20, 'TOTAL', ('=E17+E18+E19', D(total)))]:
        sh.set(r, 4, a, bold=True)
        sh.set(r, 5, v, fmt='"£"#,##0.00', bold=(a == 'TOTAL'))
    data = corpus_docs.xlsx_bytes([sh], creator='Tom Ashworth')
    body = 'Morning Vivian,\n\nPO HR-2291 attached - bags for the new subscription boxes.\n\nCheers,\nTom\n'
    eml = with_attachments(hdr('Tom Ashworth <tom@hilltoproastery.co.uk>', 'PO HR-2291', 'Wed, 2 Dec 2026 08:15:51 +0000',
                               'LO2P265MB3320D4E5F6A7B8C9@LO2P265MB3320.GBRP265.PROD.OUTLOOK.COM'), body, 'us-ascii', '7bit',
                           [attachment(XLSX, data, 'HR-2291.xlsx')], '_002_LO2P265MB3320D4E5F6A7B8C9_')
    return eml, truth('hand-xlsx-uk-gbp-vat-date-serial', 'xlsx', 'us-ascii',
                      'A Yorkshire coffee roaster\'s .xlsx made in Excel: letterhead rows, PO Number / Date in the '
                      'right columns (the date a real date serial formatted dd/mm/yyyy), Qty first then Description '
                      'and Code, prices with a "£" number format (the cell holds only the number), Subtotal / '
                      'Delivery / VAT 20% / TOTAL formulas. Adds up.',
                      [order('HR-2291', 'Hilltop Roastery Ltd',
                             ('Tom Ashworth', '07700 914 362',
                              'Hilltop Roastery Ltd, Unit 2, Calder Works, Burnley Road, Hebden Bridge HX7 8AL'),
                             '2026-12-02', 'GBP', total, lines)])


@mail
def h186_xlsx_category_sheets_summary():
    boxes = [('HD-CX-0101', '彩箱 电饭煲 3L', '个', 2000, '3.85'), ('HD-CX-0102', '彩箱 电饭煲 5L', '个', 1500, '4.60')]
    tapes = [('HD-JD-4810', '印字胶带 48mm*100m 品牌logo', '卷', 600, '6.20'),
             ('HD-JD-6010', '印字胶带 60mm*100m 品牌logo', '卷', 200, '7.80')]
    lines = [ln(s, t, q, p) for s, t, u, q, p in boxes + tapes]
    total = '19880.00'
    check(lines, total)
    sheets = []
    summ = Sheet('汇总')
    summ.widths = {1: 14, 2: 46}
    for i, (k, v) in enumerate([('订单号', 'ML-26-1204'), ('日期', '2026-12-04'), ('客户', '慈溪美厨电器有限公司'),
                                ('收货地址', '浙江省慈溪市周巷镇兴业北路 312 号 美厨电器 包材仓'), ('联系人', '潘丽娜 18957468830'),
                                ('彩箱金额', ("='彩箱'!F5", D('14600.00'))), ('胶带金额', ("='胶带'!F5", D('5280.00'))),
                                ('订单总额', ('=B6+B7', D('19880.00')))]):
        summ.set(1 + i, 1, k, bold=True, border=True)
        summ.set(1 + i, 2, v, border=True, fmt='#,##0.00' if isinstance(v, tuple) else None)
    sheets.append(summ)
    for name, rows in [('彩箱', boxes), ('胶带', tapes)]:
        sh = Sheet(name)
        sh.widths = {1: 14, 2: 28, 3: 6, 4: 8, 5: 8, 6: 12}
        sh.row(1, 1, ['编码', '品名', '单位', '数量', '单价', '金额'], bold=True, border=True)
        for i, (s, t, u, q, p) in enumerate(rows):
            r = 2 + i
            sh.row(r, 1, [s, t, u, q], border=True)
            sh.set(r, 5, D(p), border=True, fmt='0.00')
            sh.set(r, 6, ('=D%d*E%d' % (r, r), D(p) * q), border=True, fmt='#,##0.00')
        sh.set(5, 1, '小计', bold=True)
        sh.set(5, 6, ('=SUM(F2:F3)', sum(D(p) * q for s, t, u, q, p in rows)), fmt='#,##0.00')
        sheets.append(sh)
    data = corpus_docs.xlsx_bytes(sheets, creator='潘丽娜')
    body = '李经理：\n\n12月包材订单见附件，第一页是汇总，彩箱和胶带分两页。\n\n潘丽娜\n慈溪美厨电器有限公司\n'
    eml = with_attachments(hdr(addr('潘丽娜', 'panln@meichu-ea.com'), '12月包材订单 ML-26-1204',
                               'Fri, 4 Dec 2026 11:06:18 +0800', 'tencent_2C3D4E5F6A7B8C9D0E1F2A3B4C5D6E7F8A07@exmail.qq.com',
                               'X-Mailer: Tencent Exmail'), body, 'utf-8', 'base64',
                           [attachment(XLSX, data, 'ML-26-1204.xlsx')], '----=_NextPart_6A1B2C3D_4E5F_6A7B8C9D')
    return eml, truth('hand-xlsx-category-sheets-summary', 'xlsx', 'utf-8',
                      'An appliance maker\'s .xlsx with three sheets: 汇总 (order number, date as text, customer, '
                      'address, contact, per-sheet amounts by cross-sheet formulas and 订单总额) and one sheet per '
                      'category (彩箱, 胶带), each with its own 小计: one order of four lines from two sheets, header '
                      'fields only on the first. No currency. Adds up.',
                      [order('ML-26-1204', '慈溪美厨电器有限公司',
                             ('潘丽娜', '18957468830', '浙江省慈溪市周巷镇兴业北路 312 号 美厨电器 包材仓'),
                             '2026-12-04', None, total, lines)])


@mail
def h187_xlsx_jp_jpy_price_per_100():
    rows = [('HD-OP-0811', 'OPP bag 80x110mm + 30mm flap, 30 micron', 50000, '95'),
            ('HD-OP-1218', 'OPP bag 120x180mm + 30mm flap, 30 micron', 30000, '160'),
            ('HD-HS-1216', 'Header bag 120x160mm, hang hole', 20000, '210')]
    lines = [ln(s, t, q, D(p) / 100) for s, t, q, p in rows]
    total = '137500.00'
    check(lines, total)
    sh = Sheet('注文書')
    sh.widths = {1: 5, 2: 14, 3: 44, 4: 12, 5: 16, 6: 14}
    sh.set(1, 1, 'PURCHASE ORDER / 注文書', bold=True, size=14)
    sh.merge(1, 1, 1, 6)
    sh.set(3, 1, 'Order No.')
    sh.set(3, 3, 'NS-2612-044')
    sh.set(4, 1, 'Order Date')
    sh.set(4, 3, '2026/12/04')
    sh.set(5, 1, 'Buyer')
    sh.set(5, 3, 'Nishikawa Shoji Co., Ltd.')
    sh.row(7, 1, ['No.', 'Item Code', 'Description', "Q'ty (pcs)", 'Price (JPY/100pcs)', 'Amount (JPY)'], bold=True, border=True)
    for i, (s, t, q, p) in enumerate(rows):
        r = 8 + i
        sh.row(r, 1, [i + 1, s, t, q, int(p)], border=True)
        sh.numfmt[(r, 4)] = '#,##0'
        sh.set(r, 6, ('=D%d*E%d/100' % (r, r), D(p) * q / 100), border=True, fmt='#,##0')
    sh.set(11, 5, 'TOTAL', bold=True, border=True)
    sh.set(11, 6, ('=SUM(F8:F10)', D(total)), bold=True, border=True, fmt='"¥"#,##0')
    sh.set(13, 1, 'Delivery to: Nishikawa Shoji Co., Ltd. Tokyo DC, 3-8-1 Heiwajima, Ota-ku, Tokyo 143-0006, Japan')
    sh.set(14, 1, 'Attn: Ms. Yuko Sato  TEL 03-5767-2210')
    data = corpus_docs.xlsx_bytes([sh], creator='sato-y')
    body = ('Dear Ms. Li,\n\nThank you for your quotation. Please find attached our purchase order NS-2612-044.\n'
            'Unit prices are per 100 pcs as in your quotation.\n\nBest regards,\nYuko Sato\nNishikawa Shoji Co., Ltd.\n')
    eml = with_attachments(hdr('"Yuko Sato" <y-sato@nishikawa-shoji.co.jp>', 'Purchase Order NS-2612-044',
                               'Fri, 4 Dec 2026 14:31:09 +0900', '20261204143109.1A2B.Y-SATO@nishikawa-shoji.co.jp',
                               'X-Mailer: Microsoft Outlook 16.0'), body, 'us-ascii', '7bit',
                           [attachment(XLSX, data, 'NS-2612-044.xlsx')], '----=_NextPart_000_0057_01DB4651.3C4D5E60')
    return eml, truth('hand-xlsx-jp-jpy-price-per-100', 'xlsx', 'us-ascii',
                      'A Tokyo wholesaler\'s .xlsx in English with the sheet named 注文書: prices per 100 pieces '
                      '("Price (JPY/100pcs)" 95, 160, 210), quantities in pieces, amounts = qty × price / 100 by '
                      'formula, TOTAL formatted "¥"#,##0. The clerk keys the per-piece price (0.95, 1.60, 2.10 '
                      'yen) so that qty × price is the amount. Adds up.',
                      [order('NS-2612-044', 'Nishikawa Shoji Co., Ltd.',
                             ('Ms. Yuko Sato', '03-5767-2210',
                              'Nishikawa Shoji Co., Ltd. Tokyo DC, 3-8-1 Heiwajima, Ota-ku, Tokyo 143-0006, Japan'),
                             '2026-12-04', 'JPY', total, lines)])


@mail
def h188_xlsx_catalogue_template_blank_qty():
    cat = [('HD-TZ-0101', '手提纸袋 小号 白卡', '白', None, '0.85'), ('HD-TZ-0102', '手提纸袋 中号 白卡', '白', 3000, '1.10'),
           ('HD-TZ-0103', '手提纸袋 大号 白卡', '白', None, '1.45'), ('HD-TZ-0201', '手提纸袋 小号 牛皮', '棕', 2000, '0.78'),
           ('HD-TZ-0202', '手提纸袋 中号 牛皮', '棕', 4000, '0.96'), ('HD-TZ-0203', '手提纸袋 大号 牛皮', '棕', None, '1.30'),
           ('HD-LW-0010', '礼物盒 方形 10cm', '黑', 0, '2.40'), ('HD-LW-0015', '礼物盒 方形 15cm', '黑', 800, '3.20'),
           ('HD-SD-0050', '丝带 缎面 5cm', '红', None, '9.50')]
    lines = [ln(s, '%s' % t, q, p) for s, t, c, q, p in cat if q]
    total = '11260.00'
    check(lines, total)
    sh = Sheet('订货表')
    sh.widths = {1: 14, 2: 22, 3: 6, 4: 10, 5: 10, 6: 12, 7: 10}
    sh.set(1, 1, '恒达包装 订货表（客户填写黄色栏）', bold=True)
    sh.merge(1, 1, 1, 7)
    sh.set(2, 1, '客户名称：')
    sh.set(2, 2, '小熊礼品（义乌）有限公司')
    sh.set(3, 1, '订货日期：')
    sh.set(3, 2, '2026.12.2')
    sh.set(2, 4, '订单号：')
    sh.set(2, 5, 'XX-1202')
    sh.set(3, 4, '收货人：')
    sh.set(3, 5, '吴晓燕 13516996071')
    sh.set(4, 1, '收货地址：')
    sh.set(4, 2, '浙江省义乌市北苑街道雪峰西路 99 号 小熊礼品 4 楼')
    sh.row(6, 1, ['货号', '品名', '颜色', '单价(元)', '订货数量', '金额', '图片'], bold=True, border=True)
    for i, (s, t, c, q, p) in enumerate(cat):
        r = 7 + i
        sh.row(r, 1, [s, t, c], border=True)
        sh.set(r, 4, D(p), border=True, fmt='0.00')
        if q is not None:
            sh.set(r, 5, q, border=True)
        sh.set(r, 6, ('=D%d*E%d' % (r, r), D(p) * (q or 0)), border=True, fmt='#,##0.00')
    sh.set(16, 5, '合计', bold=True)
    sh.set(16, 6, ('=SUM(F7:F15)', D(total)), bold=True, fmt='#,##0.00')
    data = corpus_docs.xlsx_bytes([sh], creator='wxy')
    body = '王小姐，订货表填好了，黄色那栏是数量，没填的不要。\n吴晓燕\n'
    eml = with_attachments(hdr(addr('吴晓燕', '1355072901@qq.com', 'gb18030'), '回复：恒达订货表', 'Wed, 2 Dec 2026 21:18:04 +0800',
                               'tencent_8B7A6F5E4D3C2B1A09F8E7D6C5B4A392D908@qq.com', None, 'gb18030'),
                           body, 'gb18030', 'base64', [attachment(XLSX, data, '订货表-小熊礼品.xlsx', name_style='gb18030')],
                           '----=_NextPart_6C1D2E3F_5A6B_7C8D9E0F')
    return eml, truth('hand-xlsx-catalogue-template-blank-qty', 'xlsx', 'gb18030',
                      'Our own order template filled in by a gift shop (QQ Mail): a catalogue of 9 products with price, '
                      'a 颜色 column and an empty 图片 column; four rows have a 订货数量, one has 0 and four are blank '
                      '(their formulas give 0.00 amounts). The clerk keys only the four rows with a quantity above '
                      '0, in sheet order. 单价(元) gives the currency. Adds up.',
                      [order('XX-1202', '小熊礼品（义乌）有限公司',
                             ('吴晓燕', '13516996071', '浙江省义乌市北苑街道雪峰西路 99 号 小熊礼品 4 楼'),
                             '2026-12-02', 'CNY', total, lines)])


@mail
def h189_xlsx_hk_hkd_discount_deposit():
    rows = [('HD-MK-0330', 'Mooncake box 4 pcs, red, gold stamping', 'SET', 3000, '12.80'),
            ('HD-MK-0331', 'Mooncake box 8 pcs, red, gold stamping', 'SET', 1500, '21.50'),
            ('HD-MK-0400', 'Carrier bag for mooncake box, red', 'PC', 4500, '2.20')]
    lines = [ln(s, t, q, p) for s, t, u, q, p in rows]
    sub = sum(D(x['total']) for x in lines)
    disc = -(sub * D('0.05'))
    total = m2(sub + disc)
    check(lines, total, disc)
    sh = Sheet('PO')
    sh.widths = {1: 14, 2: 40, 3: 8, 4: 10, 5: 12, 6: 14}
    sh.set(1, 1, 'GOLDEN HARVEST BAKERY (HK) LIMITED', bold=True, size=14)
    sh.set(2, 1, 'Flat C, 6/F, Wing Tai Industrial Bldg, 18 Kwai Fung Crescent, Kwai Chung, N.T.')
    sh.set(4, 1, 'PO No.', bold=True)
    sh.set(4, 2, 'GH-PO-26/1127')
    sh.set(5, 1, 'PO Date', bold=True)
    sh.set(5, 2, datetime.date(2026, 11, 27), fmt='d-mmm-yy')
    sh.set(6, 1, 'Currency', bold=True)
    sh.set(6, 2, 'HK$')
    sh.row(8, 1, ['Item Code', 'Description', 'Unit', 'Qty', 'Unit Price', 'Amount'], bold=True, border=True)
    for i, (s, t, u, q, p) in enumerate(rows):
        r = 9 + i
        sh.row(r, 1, [s, t, u, q], border=True)
        sh.set(r, 5, D(p), border=True, fmt='#,##0.00')
        sh.set(r, 6, ('=D%d*E%d' % (r, r), D(p) * q), border=True, fmt='#,##0.00')
    for r, a, v in [(12, 'Sub-total', ('=SUM(F9:F11)', sub)), (13, 'Less: 5% early-order discount', ('=-F12*5%', disc)),
                    (14, 'Grand Total', ('=F12+F13', D(total))), (15, 'Deposit 30% (paid by TT on 27/11)', ('=F14*30%', D(total) * D('0.3'))),
                    (16, 'Balance due', ('=F14-F15', D(total) * D('0.7')))]:
        sh.set(r, 2, a, bold=(a == 'Grand Total'))
        sh.merge(r, 2, r, 5)
        sh.set(r, 6, v, fmt='#,##0.00', bold=(a == 'Grand Total'))
    sh.set(18, 1, 'Delivery: our Kwai Chung factory (address above), Attn Mr. Lam 2612 0398, before 15 Jan 2027')
    data = corpus_docs.xlsx_bytes([sh], creator='Eric Lam')
    body = 'Hi Vivian,\n\nPO attached for next year\'s mooncake boxes. Deposit has been sent by TT.\n\nEric Lam\nGolden Harvest Bakery (HK) Ltd\n'
    eml = with_attachments(hdr('Eric Lam <ericlam@goldenharvest.com.hk>', 'PO GH-PO-26/1127 mooncake boxes',
                               'Fri, 27 Nov 2026 18:25:33 +0800', 'CAK3pZ7r0Q=Hd8Ls5N2wVe@mail.gmail.com'),
                           body, 'us-ascii', '7bit', [attachment(XLSX, data, 'GH-PO-26-1127.xlsx')],
                           '0000000000009e8d7c6b5a4f3e2d')
    return eml, truth('hand-xlsx-hk-hkd-discount-deposit', 'xlsx', 'us-ascii',
                      'A Hong Kong bakery\'s .xlsx: Currency "HK$" in a cell, PO date as a date serial formatted '
                      'd-mmm-yy, SET/PC units, then Sub-total / Less 5% discount (negative formula) / Grand Total / '
                      'Deposit 30% / Balance due. The order total is the Grand Total (the deposit and balance are '
                      'payment terms). "Deliver to our factory (address above)" = the letterhead address. Adds up.',
                      [order('GH-PO-26/1127', 'GOLDEN HARVEST BAKERY (HK) LIMITED',
                             ('Mr. Lam', '2612 0398',
                              'Flat C, 6/F, Wing Tai Industrial Bldg, 18 Kwai Fung Crescent, Kwai Chung, N.T.'),
                             '2026-11-27', 'HKD', total, lines)])


@mail
def h190_xls_kingdee_kis_tax_inclusive():
    rows = [('01.02.003', '珍珠棉片材', '2mm*1m*2m', '张', 500, '2.6549', '3.00'),
            ('01.02.008', '珍珠棉异形内托', '按图 HT-08', '个', 3000, '1.1062', '1.25'),
            ('01.05.001', '蜂窝纸板', '1200*1000*20', '张', 200, '10.6195', '12.00')]
    lines = [ln(s, '%s %s' % (t, g), q, pg) for s, t, g, u, q, pn, pg in rows]
    total = '7650.00'
    check(lines, total)
    sh = Sheet('Sheet1')
    sh.widths = {1: 12, 2: 16, 3: 14, 4: 6, 5: 10, 6: 10, 7: 10, 8: 8, 9: 12, 10: 12}
    sh.set(1, 1, '采购订单', size=16)
    sh.merge(1, 1, 1, 10)
    sh.set(2, 1, '购货单位：合肥瑞泰电子有限公司')
    sh.set(2, 6, '编号：CGDD-000871')
    sh.set(3, 1, '供应商：杭州恒达包装材料有限公司')
    sh.set(3, 6, '日期：2026-12-03')
    sh.set(4, 1, '币别：人民币')
    sh.set(4, 6, '交货地点：合肥市高新区习友路 3318 号 瑞泰电子 仓库')
    sh.row(5, 1, ['物料代码', '物料名称', '规格型号', '单位', '数量', '单价', '含税单价', '税率(%)', '税额', '价税合计'])
    for i, (s, t, g, u, q, pn, pg) in enumerate(rows):
        r = 6 + i
        net = (D(pn) * q).quantize(D('0.01'))
        sh.row(r, 1, [s, t, g, u, q, D(pn), D(pg), 13, D(pg) * q - net, D(pg) * q])
        sh.numfmt[(r, 6)] = '0.0000'
    sh.row(9, 1, ['合计', '', '', '', 3700, '', '', '', '', D(total)])
    sh.set(11, 1, '业务员：方志刚')
    sh.set(11, 4, '制单：方志刚')
    sh.set(11, 7, '审核：')
    sh.set(12, 1, '联系电话：0551-65392217')
    data = corpus_docs.xls_bytes([sh])
    body = '您好，KIS 导出的采购订单，请查收。\n方志刚\n合肥瑞泰电子有限公司\n'
    eml = with_attachments(hdr(addr('方志刚', 'fangzg@ruitai-elec.com', 'gbk'), '采购订单CGDD-000871',
                               'Thu, 3 Dec 2026 16:57:42 +0800', '202612031657428812204@ruitai-elec.com',
                               'X-Mailer: Foxmail 7.2.25.228[cn]', 'gbk'), body, 'gbk', 'base64',
                           [attachment(XLS, data, '采购订单CGDD-000871.xls', name_style='gbk')],
                           '----=_001_NextPart117362850210_=----')
    return eml, truth('hand-xls-kingdee-kis-tax-inclusive', 'xls', 'gbk',
                      'A 金蝶 KIS .xls export: 购货单位/编号/日期/币别/交货地点 as "label：value" cells above the table, '
                      'title and specification in two columns (物料名称 + 规格型号, keyed joined), a 4-decimal net '
                      '单价 and a 含税单价, 税率, 税额, 价税合计; the clerk keys the tax-inclusive price (the total is '
                      'tax-inclusive). The receiver has no name; the phone is the buyer\'s. Adds up.',
                      [order('CGDD-000871', '合肥瑞泰电子有限公司',
                             (None, '0551-65392217', '合肥市高新区习友路 3318 号 瑞泰电子 仓库'),
                             '2026-12-03', 'CNY', total, lines)])


@mail
def h191_xls_digiwin_tw_twd_tax():
    rows = [('P100-0021', 'PE 氣泡袋 15x20cm', 'PCS', 10000, '1.35'),
            ('P100-0035', 'PE 氣泡袋 25x30cm', 'PCS', 6000, '2.60'),
            ('P200-0110', '紙箱 A3 五層 白', 'PCS', 800, '18.00')]
    lines = [ln(s, t, q, p) for s, t, u, q, p in rows]
    sub = sum(D(x['total']) for x in lines)
    tax = sub * D('0.05')
    total = m2(sub + tax)
    check(lines, total, tax)
    sh = Sheet('採購單')
    sh.widths = {1: 6, 2: 14, 3: 24, 4: 6, 5: 10, 6: 10, 7: 12, 8: 12}
    sh.set(1, 1, '達聯電子股份有限公司  採購單', size=14)
    sh.merge(1, 1, 1, 8)
    sh.set(3, 1, '採購單號')
    sh.set(3, 3, '3301-20261202001')
    sh.set(3, 5, '採購日期')
    sh.set(3, 7, '2026/12/02')
    sh.set(4, 1, '廠商')
    sh.set(4, 3, '杭州恒達包裝材料有限公司')
    sh.set(4, 5, '幣別')
    sh.set(4, 7, 'NTD')
    sh.set(5, 1, '送貨地址')
    sh.set(5, 3, '桃園市龜山區文化二路 36 號 達聯電子 倉儲課')
    sh.row(7, 1, ['序', '品號', '品名', '單位', '採購數量', '單價', '金額', '預交日'])
    for i, (s, t, u, q, p) in enumerate(rows):
        sh.row(8 + i, 1, [i + 1, s, t, u, q, D(p), D(p) * q, '2026/12/20'])
    sh.row(12, 6, ['未稅金額', sub])
    sh.row(13, 6, ['稅額', tax])
    sh.row(14, 6, ['含稅總額', D(total)])
    sh.set(16, 1, '採購人員：李志偉  聯絡電話：03-3281779 #215')
    data = corpus_docs.xls_bytes([sh])
    body = '恆達 您好：\n\n附件為本公司採購單，請確認交期並回覆，謝謝。\n\n李志偉\n達聯電子股份有限公司 採購課\n'
    eml = with_attachments(hdr(addr('李志偉', 'zw.li@dalian-elec.com.tw', 'big5'), '採購單 3301-20261202001',
                               'Wed, 2 Dec 2026 15:12:29 +0800', '000d01db4499$1f2e3d4c$5b6a7980$@dalian-elec.com.tw',
                               'X-Mailer: Microsoft Outlook 16.0', 'big5'), body, 'big5', 'base64',
                           [attachment(XLS, data, '3301-20261202001.xls')], '----=_NextPart_000_000E_01DB44DC.2D3E4F50')
    return eml, truth('hand-xls-digiwin-tw-twd-tax', 'xls', 'big5',
                      'A Taiwanese electronics maker\'s 鼎新 (Digiwin) ERP .xls in Traditional Chinese: 採購單號 like '
                      '3301-20261202001, 幣別 NTD, a 預交日 column that is not the order date, then 未稅金額 / 稅額 '
                      '(5 %) / 含稅總額 rows in the last columns; the contact is the buyer himself (no receiver name at '
                      'the address, the phone has an extension). Adds up with the tax.',
                      [order('3301-20261202001', '達聯電子股份有限公司',
                             ('李志偉', '03-3281779', '桃園市龜山區文化二路 36 號 達聯電子 倉儲課'),
                             '2026-12-02', 'TWD', total, lines)])


@mail
def h192_xls_cn_handmade_sets_freight():
    rows = [('月饼礼盒 八角形 双层 含内托', '套', 1200, '16.80'), ('月饼礼盒 方形 单层 含内托', '套', 800, '12.50'),
            ('手提袋 配八角盒', '个', 1200, '2.10'), ('手提袋 配方盒', '个', 800, '1.80')]
    lines = [ln(None, t, q, p) for t, u, q, p in rows]
    total = '34620.00'
    check(lines, total, '500.00')
    sh = Sheet('Sheet1')
    sh.widths = {1: 30, 2: 6, 3: 8, 4: 8, 5: 12}
    sh.set(1, 1, '稻香村食品（苏州）  订货单', bold=True)
    sh.set(2, 1, '单号：DXC-1204-2')
    sh.set(2, 4, datetime.date(2026, 12, 4))
    sh.row(4, 1, ['品名', '单位', '数量', '单价', '金额'], bold=True)
    for i, (t, u, q, p) in enumerate(rows):
        sh.row(5 + i, 1, [t, u, q, D(p), D(p) * q])
    sh.row(9, 1, ['运费', '', '', '', D('500.00')])
    sh.row(10, 1, ['总计', '', '', '', D(total)])
    sh.set(12, 1, '收货：苏州市相城区黄埭镇春申路 1155 号 稻香村 包材库  倪师傅 13812697730')
    data = corpus_docs.xls_bytes([sh])
    body = '李经理好，中秋礼盒提前备货，订货单附上（Excel 97-2003 格式）。\n倪\n'
    eml = with_attachments(hdr(addr('倪建华', 'nijianhua@daoxiangcun-sz.com', 'gb2312'), '订货单 DXC-1204-2',
                               'Fri, 4 Dec 2026 09:48:10 +0800', '20261204094810663218@daoxiangcun-sz.com',
                               'X-Mailer: Foxmail 7.2.25.375[cn]', 'gb2312'), body, 'gb2312', 'base64',
                           [attachment(XLS, data, '订货单.xls', name_style='gb2312')], '----=_001_NextPart506681257743_=----')
    return eml, truth('hand-xls-cn-handmade-sets-freight', 'xls', 'gb2312',
                      'A food company\'s hand-made .xls (Excel 97-2003): title row with the company name, 单号 and a '
                      'date cell without a label, no SKU, 套/个 units, a 运费 row and a 总计 row in the table, '
                      'receiver and address in one line under it. No currency. Adds up with the freight.',
                      [order('DXC-1204-2', '稻香村食品（苏州）',
                             ('倪师傅', '13812697730', '苏州市相城区黄埭镇春申路 1155 号 稻香村 包材库'),
                             '2026-12-04', None, total, lines)])


# ============================================================ CSV attachments
@mail
def h193_csv_gbk_jushuitan_quoted_total_row():
    rows = [('HD-TB-0101', '透明胶带', '48mm*100m 加厚', 600, '4.35'),
            ('HD-TB-0102', '米黄胶带', '48mm*100m 加厚', 400, '4.35'),
            ('HD-KD-2838', '快递袋', '28*38 白色 环保', 20000, '0.118'),
            ('HD-ZX-0012', '纸箱', '12号 邮政 三层', 3000, '0.62')]
    lines = exact([ln(s, '%s %s' % (t, g), q, p) for s, t, g, q, p in rows], [None, None, '0.118', None]) 
    total = '8570.00'
    check(lines, total)
    tab = [['采购单号', '采购日期', '供应商', '商品编码', '商品名称', '颜色及规格', '采购数量', '采购单价', '采购金额', '收货仓', '备注']]
    for s, t, g, q, p in rows:
        tab.append(['PU2612040031', '2026-12-04 09:31', '杭州恒达包装材料有限公司', s, t, g, str(q), p, m2(D(p) * q),
                    '嘉善仓', ''])
    tab.append(['合计', '', '', '', '', '', '24000', '', '8570.00', '', ''])
    data = corpus_docs.csv_text(tab, quote_all=True).encode('gbk')
    body = """李经理：

聚水潭导出的采购单，麻烦看一下附件。价格都是含税的。

收货仓：嘉善仓（浙江省嘉兴市嘉善县惠民街道长江路 58 号 云杉电商 嘉善仓）
收货人：汪磊 15157383392

嘉兴云杉电子商务有限公司 汪磊
"""
    eml = with_attachments(hdr(addr('汪磊', 'wanglei@yunshan-ec.com', 'gbk'), '采购单 PU2612040031',
                               'Fri, 4 Dec 2026 09:40:11 +0800', '3d4e5f60.7a1.18f3d1e2f3a.Coremail.wanglei@yunshan-ec.com',
                               'X-Mailer: Coremail Webmail Server Version XT5.0.14', 'gbk'), body, 'gbk', 'base64',
                           [attachment('application/vnd.ms-excel', data, '采购单_PU2612040031.csv', name_style='gbk')],
                           '----=_Part_55321_1987261.1764812411')
    return eml, truth('hand-csv-gbk-jushuitan-quoted-total-row', 'csv', 'gbk',
                      'A 聚水潭 purchase-order export as a GBK CSV with every cell quoted, sent as '
                      'application/vnd.ms-excel: header fields repeated on each row, title and 颜色及规格 in two columns '
                      '(keyed joined), a 3-decimal price, a 合计 row at the bottom (not an item); the warehouse '
                      'address and receiver only in the mail text, "含税" in the text but no currency. Adds up.',
                      [order('PU2612040031', '嘉兴云杉电子商务有限公司',
                             ('汪磊', '15157383392', '浙江省嘉兴市嘉善县惠民街道长江路 58 号 云杉电商 嘉善仓'),
                             '2026-12-04', None, total, lines)])


@mail
def h194_csv_utf8_bom_au_line_discount():
    rows = [('HD-CB-3020', 'Candle box 30x20x10cm, black rigid', 1500, '1.84', '0'),
            ('HD-CB-2015', 'Candle box 20x15x10cm, black rigid', 2000, '1.42', '10'),
            ('HD-SP-0001', 'Shredded paper fill, black, 10kg bag', 40, '18.50', '0')]
    lines = [ln(s, t, q, p, D(p) * q * (100 - D(d)) / 100) for s, t, q, p, d in rows]
    total = m2(sum(D(x['total']) for x in lines))
    assert total == '6056.00'
    tab = [['PO Number', 'Created', 'Supplier', 'Code', 'Product Name', 'Qty', 'Unit Cost', 'Discount %', 'Line Total',
            'Currency', 'Deliver To', 'Contact', 'Phone']]
    for s, t, q, p, d in rows:
        tab.append(['PO-000612', '02/12/2026', 'Hengda Packaging', s, t, str(q), p, d,
                    m2(D(p) * q * (100 - D(d)) / 100), 'AUD', 'Luma Candle Co, 5/40 Enterprise Cct, Carrum Downs VIC 3201',
                    'Hannah Brooks', '0433 582 117'])
    data = b'\xef\xbb\xbf' + corpus_docs.csv_text(tab).encode('utf-8')
    body = 'Hi Vivian,\n\nPO-000612 from our inventory system attached (CSV). The 10% on the small box is the discount you offered.\n\nHannah\nLuma Candle Co Pty Ltd\n'
    eml = with_attachments(hdr('Hannah Brooks <hannah@lumacandle.com.au>', 'PO-000612', 'Wed, 2 Dec 2026 12:44:58 +1100',
                               'ME2PR01MB4411E5F6A7B8C9D0@ME2PR01MB4411.ausprd01.prod.outlook.com'), body, 'us-ascii', '7bit',
                           [attachment('text/csv', data, 'PO-000612.csv')], '_003_ME2PR01MB4411E5F6A7B8C9D0_')
    return eml, truth('hand-csv-utf8-bom-au-line-discount', 'csv', 'us-ascii',
                      'An Australian candle maker\'s inventory-system CSV (UTF-8 BOM, quoted only where a comma is): '
                      'one row per line with header fields repeated, Created 02/12/2026 (DD/MM, Australia), a '
                      'Currency column AUD, a per-line "Discount %" (10 on one line) so that its Line Total is qty × '
                      'unit cost less 10 % (2,556.00); no total row and no total in the mail, so no total is keyed. '
                      'The unit cost is keyed as written.',
                      [order('PO-000612', 'Luma Candle Co Pty Ltd',
                             ('Hannah Brooks', '0433 582 117', 'Luma Candle Co, 5/40 Enterprise Cct, Carrum Downs VIC 3201'),
                             '2026-12-02', 'AUD', None, lines)])


@mail
def h195_csv_gbk_excel_text_guard_codes():
    rows = [('000215', '食品级PE手套 一次性 100只/包', '包', 800, '3.20'),
            ('000388', '保鲜袋 30*40 点断式 200只/卷', '卷', 500, '6.80'),
            ('001024', '餐盒 圆形 450ml 带盖 50套/条', '条', 300, '11.50')]
    lines = [ln(s, t, q, p) for s, t, u, q, p in rows]
    total = '9410.00'
    check(lines, total)
    out = ['单据编号,单据日期,往来单位,存货编码,存货名称,单位,数量,含税单价,含税金额']
    for s, t, u, q, p in rows:
        out.append('="0012608",2026/12/3,杭州恒达包装材料有限公司,="%s",%s,%s,%d,%s,%s' % (s, t, u, q, p, m2(D(p) * q)))
    out.append(',,,,合计,,1600,,9410.00')
    data = ('\r\n'.join(out) + '\r\n').encode('gbk')
    body = """你好：

附件是我们好生意软件导出的采购单（单据编号 0012608），收货地址：
上海市宝山区罗店镇美丹路 215 号 禾味餐饮 中央厨房 收货人 包志勇 021-56867719

上海禾味餐饮管理有限公司
"""
    eml = with_attachments(hdr(addr('包志勇', 'baozy@hewei-food.com', 'gb2312'), '采购单0012608',
                               'Thu, 3 Dec 2026 14:03:25 +0800', '202612031403253321087@hewei-food.com',
                               'X-Mailer: Foxmail 7.2.25.228[cn]', 'gb2312'), body, 'gb2312', 'base64',
                           [attachment('text/csv', data, '采购单0012608.csv', name_style='gb2312')],
                           '----=_001_NextPart403218852271_=----')
    return eml, truth('hand-csv-gbk-excel-text-guard-codes', 'csv', 'gbk',
                      'A Chanjet 好生意 export as GBK CSV where codes are written ="0012608" and ="000215" (the Excel '
                      'text guard that keeps leading zeros): the clerk keys 0012608 and 000215. Date 2026/12/3, '
                      '含税单价/含税金额 headers, a 合计 row with empty cells; no currency. Adds up.',
                      [order('0012608', '上海禾味餐饮管理有限公司',
                             ('包志勇', '021-56867719', '上海市宝山区罗店镇美丹路 215 号 禾味餐饮 中央厨房'),
                             '2026-12-03', None, total, lines)])


# ============================================================ PDF attachments
def _box(c, x, y, w, h):
    c.setLineWidth(0.8)
    c.rect(x, y - h, w, h)


@mail
def h196_pdf_kingdee_cloud_galaxy():
    rows = [('1.03.01.0012', '铝箔袋', '18*26cm 三边封 哑光', 'Pcs', 20000, '0.39'),
            ('1.03.01.0015', '铝箔袋', '22*32cm 自立 拉链', 'Pcs', 12000, '0.74'),
            ('1.03.02.0001', '纸箱', '58*38*32 五层 印刷', 'Pcs', 600, '7.30')]
    lines = [ln(s, '%s %s' % (t, g), q, p) for s, t, g, u, q, p in rows]
    total = '21060.00'
    check(lines, total)

    def build(c, fn, ps):
        w, h = ps
        c.setFont(fn, 16)
        c.drawCentredString(w / 2, h - 50, '采购订单')
        c.setFont(fn, 8.5)
        for i, (a, b, cc) in enumerate([('单据编号：CGDD00004127', '采购日期：2026/12/2', '供应商：杭州恒达包装材料有限公司'),
                                        ('采购组织：广州本草堂药业有限公司', '结算币别：人民币', '付款条件：月结60天'),
                                        ('收料组织：广州本草堂药业有限公司', '采购员：伍嘉琪', '联系电话：020-87736614')]):
            c.drawString(36, h - 80 - 14 * i, a)
            c.drawString(230, h - 80 - 14 * i, b)
            c.drawString(360, h - 80 - 14 * i, cc)
        c.drawString(36, h - 122, '交货地址：广东省广州市从化区太平镇广从南路 548 号 本草堂药业 物流中心')
        t = [['序号', '物料编码', '物料名称', '规格型号', '采购单位', '采购数量', '含税单价', '税率%', '价税合计', '交货日期']]
        t += [[str(i + 1), s, n, g, u, '{:,}'.format(q), p, '13', amt(D(p) * q), '2026/12/16']
              for i, (s, n, g, u, q, p) in enumerate(rows)]
        t.append(['合计', '', '', '', '', '32,600', '', '', '21,060.00', ''])
        y = corpus_docs.draw_grid_table(c, fn, 36, h - 135, [24, 62, 40, 92, 38, 52, 44, 30, 60, 52], t, size=7.5,
                                        align=['c', 'l', 'l', 'l', 'c', 'r', 'r', 'c', 'r', 'c'])
        c.drawString(36, y - 18, '备注：印刷内容以我司确认的设计稿为准。')
        c.drawString(36, y - 44, '制单人：伍嘉琪      审核人：黄振东      审核日期：2026/12/2')
        c.setFont(fn, 7)
        c.drawRightString(w - 36, 30, '金蝶云·星空  打印时间 2026-12-02 15:21:07   第1页/共1页')
    data = corpus_docs.pdf_bytes(build, 'CGDD00004127', 'wujq')
    body = '恒达李经理：\n\n采购订单 CGDD00004127 见附件PDF，请盖章回传。\n\n伍嘉琪\n广州本草堂药业有限公司 采购部\n'
    eml = with_attachments(hdr(addr('伍嘉琪', 'wujq@bencaotang-pharm.com'), '采购订单CGDD00004127',
                               'Wed, 2 Dec 2026 15:25:40 +0800', '2026120215254010298@bencaotang-pharm.com',
                               'X-Mailer: Microsoft Outlook 16.0'), body, 'utf-8', 'base64',
                           [attachment('application/pdf', data, 'CGDD00004127.pdf')], '----=_NextPart_000_0019_01DB44A1.B2C3D4E5')
    return eml, truth('hand-pdf-kingdee-cloud-galaxy', 'pdf', 'utf-8',
                      'A 金蝶云·星空 采购订单 PDF for a pharmaceutical company: a three-column header of label:value '
                      'pairs (单据编号, 采购日期 2026/12/2, 结算币别 人民币, 采购组织/收料组织), 10 narrow columns with '
                      '物料名称 and 规格型号 apart (keyed joined), dotted material codes, 含税单价 and 价税合计, a '
                      '交货日期 per line, 合计 row; the buyer (采购员) as the contact. Adds up.',
                      [order('CGDD00004127', '广州本草堂药业有限公司',
                             ('伍嘉琪', '020-87736614', '广东省广州市从化区太平镇广从南路 548 号 本草堂药业 物流中心'),
                             '2026-12-02', 'CNY', total, lines)])


@mail
def h197_pdf_sap_ecc_usd_items_00010():
    rows = [('00010', 'HD-ES-0402', 'ESD shielding bag 4x6in, zip', 30000, 'PC', '0.0420'),
            ('00020', 'HD-ES-0810', 'ESD shielding bag 8x10in, zip', 15000, 'PC', '0.0790'),
            ('00030', 'HD-FT-0100', 'Anti-static foam tray, 100 cavities', 2000, 'PC', '1.3500')]
    lines = exact([ln(s, t, q, p) for i, s, t, q, u, p in rows], ['0.0420', '0.0790', None])
    total = '5145.00'
    check(lines, total)

    def build(c, fn, ps):
        w, h = ps
        c.setFont('Helvetica-Bold', 12)
        c.drawString(40, h - 50, 'Meridian Instruments (Suzhou) Co., Ltd.')
        c.setFont('Helvetica', 8)
        c.drawString(40, h - 62, 'No. 88 Suhong West Road, Suzhou Industrial Park, Jiangsu 215021, P.R. China')
        c.setFont('Helvetica-Bold', 14)
        c.drawString(360, h - 50, 'Purchase Order')
        c.setFont('Helvetica', 8.5)
        for i, (a, b) in enumerate([('PO number/date', '4500318842 / 02.12.2026'), ('Vendor', '100487'),
                                    ('Contact person', 'Grace Xu  +86 512 6258 3390'), ('Currency', 'USD'),
                                    ('Incoterms', 'FCA Hangzhou')]):
            c.drawString(360, h - 70 - 12 * i, a)
            c.drawString(440, h - 70 - 12 * i, b)
        c.drawString(40, h - 100, 'Hangzhou Hengda Packaging Material Co., Ltd.')
        c.drawString(40, h - 145, 'Please deliver to: Meridian Instruments (Suzhou), Plant 2 Receiving,')
        c.drawString(40, h - 157, 'No. 12 Tingtian Street, Suzhou Industrial Park, Jiangsu 215028')
        y = h - 185
        c.line(40, y, w - 40, y)
        c.setFont('Helvetica-Bold', 8)
        for x, t in [(40, 'Item'), (75, 'Material'), (150, 'Description'), (360, 'Quantity'), (410, 'UoM'),
                     (440, 'Price per unit'), (515, 'Net value')]:
            c.drawString(x, y - 11, t)
        c.line(40, y - 15, w - 40, y - 15)
        c.setFont('Helvetica', 8)
        y -= 28
        for i, s, t, q, u, p in rows:
            c.drawString(40, y, i)
            c.drawString(75, y, s)
            c.drawString(150, y, t)
            c.drawRightString(400, y, '{:,}'.format(q))
            c.drawString(410, y, u)
            c.drawRightString(500, y, p)
            c.drawRightString(w - 40, y, amt(D(p) * q))
            c.drawString(150, y - 10, 'Delivery date: day 18.12.2026')
            y -= 26
        c.line(40, y + 8, w - 40, y + 8)
        c.setFont('Helvetica-Bold', 8.5)
        c.drawString(360, y - 6, 'Total net value excl. tax  USD')
        c.drawRightString(w - 40, y - 6, '5,145.00')
        c.setFont('Helvetica', 7)
        c.drawString(40, 50, 'Our general terms of purchase apply. Please quote the PO number on all documents.')
        c.drawRightString(w - 40, 50, 'Page 1 of 1')
    data = corpus_docs.pdf_bytes(build, '4500318842', 'SAPUSER')
    body = 'Dear Supplier,\n\nPlease find attached purchase order 4500318842.\n\nThis is a system-generated mail. Please do not reply to this address; contact Grace Xu (grace.xu@meridian-inst.com).\n'
    eml = with_attachments(hdr('SAP Purchasing <sap-noreply@meridian-inst.com>', 'Purchase Order 4500318842',
                               'Wed, 2 Dec 2026 10:05:00 +0800', 'SAP.4500318842.20261202020500@meridian-inst.com',
                               'X-Mailer: SAP NetWeaver 7.50'), body, 'us-ascii', '7bit',
                           [attachment('application/pdf', data, '4500318842.pdf')], '=_SAP_PO_4500318842_BOUNDARY')
    return eml, truth('hand-pdf-sap-ecc-usd-items-00010', 'pdf', 'us-ascii',
                      'An SAP ECC purchase order PDF (Helvetica, no ruled grid) from a Suzhou subsidiary buying in '
                      'USD: "PO number/date 4500318842 / 02.12.2026" in one field, items numbered 00010/00020/00030 '
                      'with a "Delivery date: day 18.12.2026" line under each, 4-decimal prices, "Total net value '
                      'excl. tax USD"; sent by a no-reply SAP mailer, the contact in the header. Adds up.',
                      [order('4500318842', 'Meridian Instruments (Suzhou) Co., Ltd.',
                             ('Grace Xu', '+86 512 6258 3390',
                              'Meridian Instruments (Suzhou), Plant 2 Receiving, No. 12 Tingtian Street, Suzhou Industrial '
                              'Park, Jiangsu 215028'), '2026-12-02', 'USD', total, lines)])


@mail
def h198_pdf_word_export_cn_letter():
    rows = [('HD-PM-0812', '泡沫箱 8号 加厚', '个', 1000, '6.50'), ('HD-BD-0400', '冰袋 400ml 注水式', '个', 5000, '0.45'),
            ('HD-BW-0120', '铝箔保温袋 30*40', '个', 3000, '1.20')]
    lines = [ln(s, t, q, p) for s, t, u, q, p in rows]
    total = '12350.00'
    check(lines, total)

    def build(c, fn, ps):
        w, h = ps
        c.setFont(fn, 15)
        c.drawCentredString(w / 2, h - 70, '订 货 函')
        c.setFont(fn, 10.5)
        y = h - 110
        for t in ['杭州恒达包装材料有限公司：',
                  '    我司因冷链配送需要，向贵司订购下列货物，订单编号 SXLL-2026-118，',
                  '请于 2026 年 12 月 12 日前送达。具体如下：']:
            c.drawString(60, y, t)
            y -= 20
        t = [['编号', '品名', '单位', '数量', '单价（元）', '金额（元）']]
        t += [[s, n, u, '{:,}'.format(q), p, amt(D(p) * q)] for s, n, u, q, p in rows]
        t.append(['合计', '', '', '', '', '12,350.00'])
        y = corpus_docs.draw_grid_table(c, fn, 60, y - 5, [70, 140, 40, 60, 70, 85], t, size=9.5, row_h=20,
                                        align=['l', 'l', 'c', 'r', 'r', 'r'])
        y -= 25
        for t in ['    送货地址：陕西省西安市未央区草滩生态产业园尚稷路 9 号 鲜享冷链 1 号库',
                  '    收货人：雷振华    电话：029-86690512',
                  '    货款于货到验收后 30 日内支付。']:
            c.drawString(60, y, t)
            y -= 20
        c.drawString(330, y - 30, '陕西鲜享冷链物流有限公司（盖章）')
        c.drawString(330, y - 52, '二〇二六年十二月三日')
    data = corpus_docs.pdf_bytes(build, '订货函', 'Lei Zhenhua', font='song')
    body = '李经理您好，订货函扫描件不清楚，发Word转的PDF版本，盖章版随货寄回。\n雷振华\n'
    eml = with_attachments(hdr(addr('雷振华', 'leizh@xianxiang-cc.com', 'gbk'), '订货函 SXLL-2026-118',
                               'Thu, 3 Dec 2026 11:55:36 +0800', '001d01db4552$6a7b8c9d$0e1f2a3b$@xianxiang-cc.com',
                               'X-Mailer: Microsoft Outlook 16.0', 'gbk'), body, 'gbk', 'base64',
                           [attachment('application/pdf', data, '订货函SXLL-2026-118.pdf', name_style='gbk')],
                           '----=_NextPart_000_001E_01DB4595.78A9BAC0')
    return eml, truth('hand-pdf-word-export-cn-letter', 'pdf', 'gbk',
                      'A cold-chain company\'s 订货函 written in Word and exported to PDF (AR PL UMing): a letter '
                      'with the order number and a due date in the sentences, a ruled table with 单价（元）, 合计, '
                      'delivery and payment sentences, the company name "（盖章）" and the date in Chinese numerals '
                      '"二〇二六年十二月三日" at the bottom right (the date of the letter = the order date). Adds up.',
                      [order('SXLL-2026-118', '陕西鲜享冷链物流有限公司',
                             ('雷振华', '029-86690512', '陕西省西安市未央区草滩生态产业园尚稷路 9 号 鲜享冷链 1 号库'),
                             '2026-12-03', 'CNY', total, lines)])


@mail
def h199_pdf_es_word_en_eur_iva_note():
    rows = [('HD-OL-0250', 'Olive oil gift box for 1 bottle 250 ml, kraft', 4000, '0.62'),
            ('HD-OL-0500', 'Olive oil gift box for 2 bottles 500 ml, kraft', 2500, '0.98'),
            ('HD-OL-TAG1', 'Hang tag with cord, 5x9 cm, printed', 6500, '0.045')]
    lines = exact([ln(s, t, q, p) for s, t, q, p in rows], [None, None, '0.045'])
    total = '5502.50'
    check(lines, total, '280.00')

    def build(c, fn, ps):
        w, h = ps
        c.setFont('Times-Bold', 16)
        c.drawString(60, h - 70, 'PEDIDO DE COMPRA / PURCHASE ORDER')
        c.setFont('Times-Roman', 10.5)
        y = h - 100
        for t in ['Almazara Sierra Verde S.L.  -  CIF B-23456789',
                  'Ctra. de Martos km 4, 23600 Martos (Jaén), Spain',
                  '', 'Pedido n.\u00ba / Order no.: SV-P-26-0142',
                  'Fecha / Date: 1 de diciembre de 2026',
                  'Proveedor / Supplier: Hangzhou Hengda Packaging Material Co., Ltd.']:
            c.drawString(60, y, t)
            y -= 15
        t = [['Ref.', 'Description', 'Qty', 'Price EUR', 'Amount EUR']]
        t += [[s, n, '{:,}'.format(q).replace(',', '.'), p.replace('.', ','), amt(D(p) * q).replace(',', 'X').replace('.', ',').replace('X', '.')]
              for s, n, q, p in rows]
        t += [['', 'Transporte / Freight', '', '', '280,00'], ['', 'TOTAL (IVA no incluido / VAT not included)', '', '', '5.502,50']]
        y = corpus_docs.draw_grid_table(c, 'Times-Roman', 60, y - 10, [75, 220, 50, 60, 70], t, size=9,
                                        align=['l', 'l', 'r', 'r', 'r'])
        y -= 25
        for t in ['Entrega / Delivery: Almazara Sierra Verde S.L., Nave 3, Polígono Industrial Cañada de la Fuente,',
                  '23600 Martos (Jaén), Spain.  Contacto: Lucía Moreno, +34 953 55 12 08',
                  '', 'Firmado / Signed: Lucía Moreno, Compras']:
            c.drawString(60, y, t)
            y -= 15
    data = corpus_docs.pdf_bytes(build, 'Pedido SV-P-26-0142', 'Lucía Moreno', font='song')
    body = ('Dear Vivian,\n\nPlease find attached our order SV-P-26-0142 for the Christmas gift boxes.\n\n'
            'Un saludo / Best regards,\nLucía Moreno\nAlmazara Sierra Verde S.L.\n')
    eml = with_attachments(hdr('=?utf-8?Q?Luc=C3=ADa_Moreno?= <compras@sierraverde.es>', 'Pedido SV-P-26-0142',
                               'Tue, 1 Dec 2026 12:33:19 +0100', 'DB9PR03MB7261F1E2D3C4B5A6@DB9PR03MB7261.eurprd03.prod.outlook.com'),
                           body, 'utf-8', 'quoted-printable',
                           [attachment('application/pdf', data, 'Pedido SV-P-26-0142.pdf')], '_004_DB9PR03MB7261F1E2D3C4B5A6_')
    return eml, truth('hand-pdf-es-word-en-eur-iva-note', 'pdf', 'utf-8',
                      'A Spanish olive-oil mill\'s bilingual Word-exported PDF (Times): "Pedido n.º / Order no.", the '
                      'date in Spanish "1 de diciembre de 2026", Spanish number style (4.000, 0,62, 2.480,00), a '
                      '3-decimal price 0,045, a Transporte / Freight row and "TOTAL (IVA no incluido / VAT not '
                      'included)". Adds up with the freight.',
                      [order('SV-P-26-0142', 'Almazara Sierra Verde S.L.',
                             ('Lucía Moreno', '+34 953 55 12 08',
                              'Almazara Sierra Verde S.L., Nave 3, Polígono Industrial Cañada de la Fuente, 23600 Martos '
                              '(Jaén), Spain'), '2026-12-01', 'EUR', total, lines)])


@mail
def h200_pdf_yonyou_tplus_discount_rate():
    rows = [('0201003', '食品盒', 'PP 1000ml 双格', '个', 10000, '0.68', '95', '0.646'),
            ('0201007', '食品盒', 'PP 750ml 单格', '个', 10000, '0.52', '95', '0.494'),
            ('0305001', '一次性勺', 'PS 独立包装', '支', 20000, '0.06', '100', '0.060')]
    lines = exact([ln(s, '%s %s' % (t, g), q, n) for s, t, g, u, q, l, r, n in rows], ['0.646', '0.494', '0.060'])
    total = '12600.00'
    check(lines, total)

    def build(c, fn, ps):
        w, h = ps
        c.setFont(fn, 16)
        c.drawCentredString(w / 2, h - 50, '采购订单')
        c.setFont(fn, 9)
        c.drawString(40, h - 80, '单据编号：CG-2026-12-0019')
        c.drawString(230, h - 80, '单据日期：2026-12-04')
        c.drawString(400, h - 80, '币种：人民币')
        c.drawString(40, h - 95, '供应商：杭州恒达包装材料有限公司')
        c.drawString(230, h - 95, '部门：采购部')
        c.drawString(400, h - 95, '业务员：孟凡')
        c.drawString(40, h - 110, '到货地址：山东省济南市历城区港沟街道港西路 2777 号 乐食团餐 中央厨房')
        t = [['存货编码', '存货名称', '规格型号', '单位', '数量', '报价', '扣率%', '含税单价', '含税金额']]
        t += [[s, n, g, u, '{:,}'.format(q), l, r, p, amt(D(p) * q)] for s, n, g, u, q, l, r, p in rows]
        t.append(['合计', '', '', '', '40,000', '', '', '', '12,600.00'])
        y = corpus_docs.draw_grid_table(c, fn, 40, h - 125, [50, 55, 85, 30, 55, 45, 40, 55, 70], t, size=8,
                                        align=['l', 'l', 'l', 'c', 'r', 'r', 'c', 'r', 'r'])
        c.drawString(40, y - 20, '联系人：孟凡  0531-88905126')
        c.drawString(40, y - 45, '制单人：孟凡     审核人：刘春梅       用友T+')
    data = corpus_docs.pdf_bytes(build, 'CG-2026-12-0019', 'mengfan')
    body = '李经理：T+ 的采购订单附上，报价按你们给的 95 折。\n孟凡\n济南乐食团餐管理有限公司\n'
    eml = with_attachments(hdr(addr('孟凡', 'mengfan@leshi-catering.com', 'gb18030'), '采购订单 CG-2026-12-0019',
                               'Fri, 4 Dec 2026 10:27:46 +0800', 'tencent_4D5E6F7A8B9C0D1E2F3A4B5C6D7E8F9A0B11@qq.com',
                               None, 'gb18030'), body, 'gb18030', 'base64',
                           [attachment('application/pdf', data, 'CG-2026-12-0019.pdf')], '----=_NextPart_7D1E2F3A_6B7C_8D9E0F1A')
    return eml, truth('hand-pdf-yonyou-tplus-discount-rate', 'pdf', 'gb18030',
                      'A 用友 T+ 采购订单 PDF for a catering company: 报价 (list price) and 扣率% 95 columns before '
                      'the 3-decimal 含税单价 (0.646 = 0.68 × 95 %) and 含税金额; the clerk keys the 含税单价 (the '
                      'price after the discount, which gives the amounts). Name and spec in two columns (keyed '
                      'joined), 合计 row. Adds up.',
                      [order('CG-2026-12-0019', '济南乐食团餐管理有限公司',
                             ('孟凡', '0531-88905126', '山东省济南市历城区港沟街道港西路 2777 号 乐食团餐 中央厨房'),
                             '2026-12-04', 'CNY', total, lines)])


# ============================================================ not orders
@mail
def h201_non_rfq_gbk_foxmail_quantities():
    body = """恒达包装 销售部：

    您好！我司为新品上市准备包材，现就以下物料询价，请报含税到厂价及交期：

询价单号：XJ-20261203-05
询价日期：2026年12月3日

序号  物料名称              规格                      预计数量      备注
1     彩盒（天地盖）        180*120*60 350g灰板+铜版纸  5,000 个      四色印刷 烫金
2     EVA 内托              按样品                      5,000 个      黑色
3     外箱                  五层 K=K 520*380*320        500 个        单色印刷
4     封口贴                圆形 35mm                   10,000 张

报价请于 12 月 8 日前回复，并请寄样品各 2 个到我司。
付款方式：月结 60 天。

杭州东信智能科技有限公司  采购部  沈哲
电话：0571-88763312  手机：13735861126
地址：杭州市余杭区仓前街道龙潭路 7 号 东信智能 3 号楼
"""
    eml = single(hdr(addr('沈哲', 'shenzhe@dongxin-iot.com', 'gb2312'), '询价：新品包材（XJ-20261203-05）',
                     'Thu, 3 Dec 2026 10:12:45 +0800', '202612031012455530871@dongxin-iot.com',
                     'X-Mailer: Foxmail 7.2.25.375[cn]', 'gb2312'), body, 'gbk', 'base64')
    return eml, truth('hand-non-rfq-gbk-foxmail-quantities', 'none', 'gbk',
                      'NOT an order: a tech company\'s 询价 (Foxmail, GBK) with a number, a date, a space-aligned '
                      'table of materials, specifications and estimated quantities, a reply deadline, payment terms '
                      'and a full address, but no price: it asks for a quotation and samples.', [])


@mail
def h202_non_remittance_advice_en():
    body = """REMITTANCE ADVICE

Payer:        Coastline Home Goods Inc.
Payee:        Hangzhou Hengda Packaging Material Co., Ltd.
Payment date: 03-Dec-2026
Payment ref:  TT-20261203-0087
Method:       Wire transfer (SWIFT) to Bank of China, Hangzhou Branch
Currency:     USD

Invoice No.      Your Ref (PO)     Invoice Date    Invoice Amt     Paid
HD-INV-26-1482   CH-PO-7781        28-Oct-2026       4,860.00     4,860.00
HD-INV-26-1519   CH-PO-7790        05-Nov-2026       2,315.50     2,315.50
HD-INV-26-1550   CH-PO-7802        12-Nov-2026       6,120.00     5,900.00   (short-paid: credit note CN-0114)
                                                    -----------   ---------
TOTAL                                                13,295.50    13,075.50

Bank charges are for the remitter's account. Please allow 2-3 business days for funds to arrive.
For queries contact ap@coastlinehomegoods.com quoting the payment reference.

This is an automatically generated message from our accounts payable system.
"""
    eml = single(hdr('Coastline Home Goods AP <ap-noreply@coastlinehomegoods.com>',
                     'Remittance Advice TT-20261203-0087 - Hangzhou Hengda Packaging',
                     'Thu, 3 Dec 2026 06:02:11 -0500', '0100018f3c2a4b5d-remit-0087@email.coastlinehomegoods.com',
                     'X-Mailer: NetSuite Mailer', to='orders@hengda-pack.cn, finance@hengda-pack.cn'),
                 body, 'us-ascii', '7bit')
    return eml, truth('hand-non-remittance-advice-en', 'none', 'us-ascii',
                      'NOT an order: a US customer\'s automatic remittance advice (NetSuite) listing our invoices, '
                      'their PO numbers, amounts, one short payment and a TOTAL row. Finance matches it; nothing '
                      'is keyed.', [])


@mail
def h203_non_forwarder_shipping_notice():
    body = """Dear Hengda team / 恒达包装 您好,

We are the forwarder of BRIGHTSIDE RETAIL PTY LTD (consignee). Please find the booking details
for your cargo under the following POs. Please deliver the goods to our CFS before the cut-off.

Booking No.:   SHA2612-44871
Vessel/Voyage: COSCO SHIPPING PISCES 062S
Port of loading: Ningbo      Port of discharge: Sydney
CFS cut-off:   2026-12-10 12:00     ETD: 2026-12-13

PO No.          Item                          Cartons   CBM     G.W.(kg)
BR-PO-50417     HD-GB-2012 gift bag (M)       48        2.30    520
BR-PO-50417     HD-GB-3016 gift bag (L)       30        1.95    410
BR-PO-50433     HD-TP-0050 tissue paper       22        0.80    260
TOTAL                                         100       5.05    1190

进仓地址：浙江省宁波市北仑区大碶街道通山路 188 号 远航物流 3 号仓库，进仓编号 YH261210-118
联系人：曹宇 0574-86875530（请提前一天预约送货）

Please mark cartons with the PO number and carton no. (1/N).

Best regards,
Cao Yu
Ocean Export Dept. | Ningbo Yuanhang International Logistics Co., Ltd.
"""
    eml = single(hdr(addr('曹宇', 'caoyu@yuanhang-log.com'), 'Booking confirmation SHA2612-44871 / BRIGHTSIDE POs BR-PO-50417, 50433',
                     'Fri, 4 Dec 2026 13:11:29 +0800', '20261204131129.AB12CD@yuanhang-log.com',
                     'X-Mailer: Microsoft Outlook 16.0', extra=['Cc: shipping@brightside.com.au']),
                 body, 'utf-8', 'base64')
    return eml, truth('hand-non-forwarder-shipping-notice', 'none', 'utf-8',
                      'NOT an order: the buyer\'s freight forwarder sends a booking confirmation for two POs already '
                      'ordered: PO numbers, SKUs, cartons, CBM, weights and a TOTAL row, a warehouse address with a '
                      'contact and phone, no prices. Logistics instructions; nothing is keyed.', [])


@mail
def h204_non_newsletter_price_index_html():
    tab = [['品种', '规格', '本周均价(元/吨)', '周涨跌'],
           ['箱板纸', 'AA级 170g', '3,860', '+40'], ['瓦楞纸', 'AA级 120g', '2,950', '+30'],
           ['白卡纸', '250g', '4,420', '-20'], ['PE 颗粒', 'LDPE 2426H', '9,150', '+60']]
    html = ('<html><body style="margin:0;background:#eef2f5"><table width="640" align="center" cellpadding="0" '
            'cellspacing="0" style="background:#ffffff;font-family:Microsoft YaHei,Arial"><tr><td style="padding:20px">'
            '<h1 style="font-size:20px;color:#0b4f8a">包装产业周报 · 2026年第48期</h1>'
            '<p>本期要点：原纸价格连续三周上涨；PE 颗粒受原油影响小幅走高；春节前备货季开启。</p>'
            '<h2 style="font-size:16px">一、原材料价格指数</h2><table border="1" cellspacing="0" cellpadding="5" '
            'style="border-collapse:collapse;font-size:13px">' + cells_html(tab) + '</table>'
            '<h2 style="font-size:16px">二、行业动态</h2><ul><li>某头部纸厂宣布 12 月 10 日起箱板纸提价 50 元/吨。</li>'
            '<li>2027 中国国际包装展览会将于 3 月在上海举办，展位预订中。</li></ul>'
            '<p><a href="https://news.pack-weekly.cn/2026/48">阅读全文</a></p>'
            '<p style="font-size:11px;color:#888">您收到本邮件是因为您订阅了包装产业周报。'
            '<a href="https://news.pack-weekly.cn/unsubscribe?e=orders%40hengda-pack.cn">退订</a></p></td></tr></table></body></html>')
    plain = ('包装产业周报 · 2026年第48期\n\n本期要点：原纸价格连续三周上涨；PE 颗粒受原油影响小幅走高；春节前备货季开启。\n\n'
             '一、原材料价格指数\n' + '\n'.join(' | '.join(r) for r in tab) +
             '\n\n二、行业动态\n* 某头部纸厂宣布 12 月 10 日起箱板纸提价 50 元/吨。\n* 2027 中国国际包装展览会将于 3 月在上海举办，展位预订中。\n\n'
             '阅读全文 https://news.pack-weekly.cn/2026/48\n\n退订 https://news.pack-weekly.cn/unsubscribe?e=orders%40hengda-pack.cn\n')
    part = alt(plain, html, 'UTF-8', '=_mailchimp_b7c8d9e0f1a2b3c4', 'quoted-printable')
    eml = message(hdr(addr('包装产业周报', 'weekly@news.pack-weekly.cn'), '包装产业周报第48期：原纸连涨三周，春节备货季开启',
                      'Mon, 30 Nov 2026 08:00:00 +0800', '20261130000000.48.orders=hengda-pack.cn@news.pack-weekly.cn',
                      None, extra=['List-Unsubscribe: <https://news.pack-weekly.cn/unsubscribe?e=orders%40hengda-pack.cn>',
                                   'List-Id: <weekly.news.pack-weekly.cn>', 'Precedence: bulk']), part)
    return eml, truth('hand-non-newsletter-price-index-html', 'none', 'utf-8',
                      'NOT an order: an industry newsletter (HTML with text alternative, List-Unsubscribe, '
                      'Precedence: bulk) with a raw-material price table in 元/吨, weekly changes and news bullets. '
                      'Nothing to key.', [])


@mail
def h205_non_price_complaint_quoting_po():
    body = """李经理：

你好！这次 12 月 1 日的单子 MD-1201 发票收到了，单价有问题：

货号          品名                 数量     上次单价   这次开票单价
HD-ZX-3322    三层纸箱 33*22*20    2000     1.95       2.10
HD-QP-2030    气泡袋 20*30         5000     0.15       0.17

我们下单时没人通知涨价，合同价还是 1.95 和 0.15。差额 2000×0.15 + 5000×0.02 = 400 元，
麻烦按原价重开发票，或者下次对账时扣掉。

另外以后调价请提前一个月书面通知，谢谢。

苏州美达电器有限公司 采购部 顾建平
0512-65731108
"""
    eml = single(hdr(addr('顾建平', 'gujp@meida-ea.com', 'gbk'), '关于MD-1201发票单价的问题',
                     'Sat, 5 Dec 2026 09:30:52 +0800', '000901db4668$1a2b3c4d$5e6f7a8b$@meida-ea.com',
                     'X-Mailer: Microsoft Outlook 16.0', 'gbk'), body, 'gbk', 'base64')
    return eml, truth('hand-non-price-complaint-quoting-po', 'none', 'gbk',
                      'NOT an order: a price complaint about the invoice of an order already delivered (MD-1201), '
                      'with a table of SKUs, quantities, the old and the invoiced prices and a 400 元 difference. '
                      'Goes to sales and finance; nothing is keyed.', [])


@mail
def h206_non_out_of_office_quoting_order():
    body = """您好，我于 12 月 4 日至 12 月 13 日休假，期间邮件无法及时回复。
紧急事务请联系 采购部 韩梅 0571-87039962 / hanmei@chenguang-toys.com。

I am out of office from 4 to 13 December with limited access to e-mail.
For urgent matters please contact Han Mei (hanmei@chenguang-toys.com).

-----原始邮件-----
发件人: "李华" <lihua@hengda-pack.cn>
发送时间: 2026年12月4日 星期五 16:40
收件人: "周晓光" <zhouxg@chenguang-toys.com>
抄送: orders@hengda-pack.cn
主题: 回复: 采购单 CG-TY-1203

周经理您好，贵司采购单已收到，我们按下面内容安排生产，预计 12 月 15 日发货：

> 采购单号：CG-TY-1203
> 日期：2026-12-03
> 货号  品名  数量  单价  金额
> HD-CX-4030  彩盒 40*30*10  3000  2.35  7,050.00
> HD-PK-0100  吸塑内托 按图  3000  0.86  2,580.00
> 合计：9,630.00 元
> 收货：浙江省金华市义乌市廿三里街道埠头二路 168 号 晨光玩具 成品仓  周晓光 13858901327

李华
杭州恒达包装材料有限公司 销售部
"""
    eml = single(hdr(addr('周晓光', 'zhouxg@chenguang-toys.com'), '自动回复: 回复: 采购单 CG-TY-1203',
                     'Fri, 4 Dec 2026 16:40:21 +0800', 'AUTO.20261204164021.zhouxg@chenguang-toys.com',
                     'X-Mailer: Microsoft Exchange Server 2019', to=addr('李华', 'lihua@hengda-pack.cn'),
                     extra=['Cc: orders@hengda-pack.cn', 'Auto-Submitted: auto-replied',
                            'X-Auto-Response-Suppress: All', 'In-Reply-To: <20261204164000.7c1d@hengda-pack.cn>']),
                 body, 'utf-8', 'base64')
    return eml, truth('hand-non-out-of-office-quoting-order', 'none', 'utf-8',
                      'NOT an order: the buyer\'s out-of-office auto-reply (Auto-Submitted: auto-replied, subject '
                      '"自动回复: 回复: 采购单 …") to our sales rep\'s confirmation, Cc orders@, quoting our reply and '
                      'the ">"-quoted PO with its lines and 合计. The PO was keyed when it came in.', [])


# ============================================================ main

if __name__ == '__main__':
    make_hand2.HERE = HERE  # write the mails here
    make_hand2.main(sys.argv[1:], MAILS)
