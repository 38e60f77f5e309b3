#!/usr/bin/python3
"""Hand-written purchase-order mails h127–h166 (the fifth untuned set).

Written one by one as customers of 杭州恒达包装材料有限公司 send them,
without reading the extractor, while rules were tuned on fresh/ and
fresh2/; each function gives the mail and the truth a careful order clerk
would key in (notes say when the clerk holds it). MIME helpers are
make_hand2.py's, make_hand3.py's and make_hand4.py's; attachments use
../corpus_docs.py:

    /usr/bin/python3 tests/data/po-corpus/fresh3/make_hand5.py [hNN ...]
"""
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
from make_hand2 import (D, m2, ln, addr, text, attachment, message, truth)  # noqa: E402
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


# ============================================================ plain text bodies
@mail
def h127_hk_big5_text_hkd():
    rows = [('HD-GB-2418', '禮品盒 24x18x8cm 啞粉', 600, '6.80'),
            ('HD-GB-3022', '禮品盒 30x22x10cm 啞粉', 400, '8.50'),
            ('HD-RB-0015', '絲帶 15mm 金色', 50, '12.00'),
            ('HD-TS-5070', '拷貝紙 50x70cm 白色', 2000, '0.35')]
    lines = [ln(s, t, q, p) for s, t, q, p in rows]
    total = '8780.00'
    check(lines, total)
    items = '\n'.join('%-12s %-22s %6d   HK$%6s   HK$%9s' % (s, t, q, p, '{:,.2f}'.format(D(p) * q))
                      for s, t, q, p in rows)
    body = """李小姐：

您好！現落訂單如下，麻煩安排。

訂單編號：LM-HK-261204
日期：2026年12月4日
公司：朗明精品有限公司

編號         品名                     數量     單價        金額
%s
----------------------------------------------------------------------
合共：HK$8,780.00

送貨：九龍觀塘開源道 55 號 開聯工業中心 A 座 12 樓 7 室
聯絡：陳嘉欣 9123 4567（收貨時間 10:00-17:00，請先致電）

多謝！
陳嘉欣
朗明精品有限公司
""" % items
    eml = single(hdr(addr('陳嘉欣', 'kayan.chan@longming.com.hk', 'big5'), '訂單 LM-HK-261204',
                     'Fri, 4 Dec 2026 11:32:08 +0800', '000c01db4612$4be1a8d0$e3a4fa70$@longming.com.hk',
                     'X-Mailer: Microsoft Outlook 16.0', 'big5'), body, 'big5', 'base64')
    return eml, truth('hand-hk-big5-text-hkd', 'body', 'big5',
                      'A Hong Kong gift shop in Traditional Chinese (Big5, Outlook plain text): 訂單編號/日期/公司 '
                      'labels, a space-aligned table with HK$ on every price and amount, a dashed rule, 合共 total, '
                      'a Kowloon address in Chinese and an 8-digit HK mobile. Adds up.',
                      [order('LM-HK-261204', '朗明精品有限公司',
                             ('陳嘉欣', '9123 4567', '九龍觀塘開源道 55 號 開聯工業中心 A 座 12 樓 7 室'),
                             '2026-12-04', 'HKD', total, lines)])


@mail
def h128_tw_utf8_yuan_unknown_currency():
    rows = [('TP-0412', '氣泡紙 寬 120cm x 100m', '捲', 30, '420'),
            ('TP-0415', '紙箱 60x40x40 五層', '個', 500, '38'),
            ('TP-0420', 'OPP 膠帶 48mm 透明', '捲', 360, '18')]
    lines = [ln(s, t, q, p) for s, t, u, q, p in rows]
    total = '38080.00'
    check(lines, total)
    items = '\n'.join('%s　%s　%d%s　單價 %s 元　小計 %s 元' % (s, t, q, u, p, '{:,}'.format(int(p) * q))
                      for s, t, u, q, p in rows)
    body = """恆達 您好

我們是台中的瑞祥物流，同事推薦貴公司，第一次下單，品項如下：

採購單號：RX-1151203
採購日期：115/12/03

%s

總計 38,080 元

交貨地址：台中市西屯區工業區三十八路 189 號 瑞祥物流 倉管 林志豪 0933-218-765
付款方式請再告知，謝謝！

瑞祥物流股份有限公司 採購 林志豪
""" % items
    eml = single(hdr(addr('林志豪', 'jh.lin@ruixiang-log.com.tw'), '採購單 RX-1151203',
                     'Thu, 3 Dec 2026 15:47:30 +0800', 'CAJ9vX2k=Qm4R7t0b8hZ+T1@mail.gmail.com'),
                 body, 'utf-8', 'base64')
    return eml, truth('hand-tw-utf8-yuan-unknown-currency', 'body', 'utf-8',
                      'A Taiwanese logistics company\'s first order, Traditional Chinese in UTF-8 (Gmail): ROC date '
                      '115/12/03 (= 2026-12-03), item lines "單價 420 元 小計 12,600 元". 元 from a Taiwanese buyer '
                      'means NT$ while our prices are RMB, and the prices (420 for a roll of bubble wrap) look like '
                      'NT$: currency unknown, the clerk HOLDS and asks (no currency keyed).',
                      [order('RX-1151203', '瑞祥物流股份有限公司',
                             ('林志豪', '0933-218-765', '台中市西屯區工業區三十八路 189 號 瑞祥物流'),
                             '2026-12-03', None, total, lines)])


@mail
def h129_my_en_myr_numbered():
    rows = [('HD-PB-1520', 'Paper bag kraft 15x20x8cm w/ twisted handle', 3000, '0.62'),
            ('HD-PB-2530', 'Paper bag kraft 25x30x12cm w/ twisted handle', 2000, '0.88'),
            ('HD-ST-0050', 'Round sticker 50mm gloss (our logo)', 10000, '0.045')]
    lines = exact([ln(s, t, q, p) for s, t, q, p in rows], [None, None, '0.045'])
    sub = sum(D(x['total']) for x in lines)
    total = '4070.00'
    check(lines, total)
    items = '\n'.join('%d) %s - %s\n   Qty: %s pcs  @ RM %s  = RM %s' % (i + 1, s, t, '{:,}'.format(q), p,
                                                                        '{:,.2f}'.format(D(p) * q))
                      for i, (s, t, q, p) in enumerate(rows))
    body = """Hi Vivian,

Good day! Kindly proceed with the below order.

Purchase Order : KB/PO/2026/1187
Date : 4 Dec 2026
Company : Kedai Bunga Harum Sdn. Bhd.

%s

Sub-total : RM %s
(Price in Malaysian Ringgit as per our agreed quotation, CIF Port Klang)

Deliver to:
Lot 12, Jalan Perusahaan 3, Kawasan Perindustrian Bukit Beruntung,
48300 Rawang, Selangor, Malaysia
Attn: Nurul Aisyah, +60 12-338 7410

Thank you & regards,
Nurul Aisyah
Purchasing Executive
Kedai Bunga Harum Sdn. Bhd.
""" % (items, '{:,.2f}'.format(sub))
    eml = single(hdr('Nurul Aisyah <nurul@bungaharum.com.my>', 'PO KB/PO/2026/1187',
                     'Fri, 4 Dec 2026 09:15:44 +0800', 'AM0PR10MB2836A1C4E9B0C3D2F5@AM0PR10MB2836.EURPRD10.PROD.OUTLOOK.COM',
                     'X-MS-Has-Attach: '), body, 'utf-8', 'quoted-printable')
    return eml, truth('hand-my-en-myr-numbered', 'body', 'utf-8',
                      'A Malaysian florist\'s order in English: numbered two-line items "Qty: 3,000 pcs @ RM 0.62 = '
                      'RM 1,860.00", a 3-decimal price (RM 0.045 per sticker), "Sub-total" as the only total, '
                      'currency "RM" / "Malaysian Ringgit" (MYR), a multi-line Malaysian address. Adds up.',
                      [order('KB/PO/2026/1187', 'Kedai Bunga Harum Sdn. Bhd.',
                             ('Nurul Aisyah', '+60 12-338 7410',
                              'Lot 12, Jalan Perusahaan 3, Kawasan Perindustrian Bukit Beruntung, 48300 Rawang, '
                              'Selangor, Malaysia'), '2026-12-04', 'MYR', total, lines)])


@mail
def h130_us_en_mmdd_unambiguous():
    rows = [('HD-CB-1210', 'Corrugated mailer 12x10x4 in, kraft', 2500, '0.94'),
            ('HD-CB-1612', 'Corrugated mailer 16x12x6 in, kraft', 1500, '1.37'),
            ('HD-PA-0810', 'Poly mailer 10x13 in, 2.5 mil, white', 8000, '0.068')]
    lines = exact([ln(s, t, q, p) for s, t, q, p in rows], [None, None, '0.068'])
    body = """Hello,

Please enter the following PO. Ship via ocean LCL to our forwarder as usual.

PO #:        4500-2291
PO Date:     11/30/2026
Ship Date:   01/15/2027
Buyer:       Redwood Parcel Supply LLC

Item          Description                          Qty      Unit $    Ext $
HD-CB-1210    Corrugated mailer 12x10x4 in, kraft  2,500    0.94      2,350.00
HD-CB-1612    Corrugated mailer 16x12x6 in, kraft  1,500    1.37      2,055.00
HD-PA-0810    Poly mailer 10x13 in, 2.5 mil, white 8,000    0.068       544.00
                                                   Merchandise      4,949.00
                                                   Printing plate     150.00
                                                   Order Total $    5,099.00

Ship to: Redwood Parcel Supply LLC, 4410 E Francis St, Ontario, CA 91761, USA
Receiving: Marcus Bell (909) 555-0187

Thanks,
Marcus Bell
Redwood Parcel Supply LLC
"""
    total = '5099.00'
    check(lines, total, '150.00')
    eml = single(hdr('Marcus Bell <mbell@redwoodparcel.com>', 'PO 4500-2291', 'Mon, 30 Nov 2026 17:02:11 -0800',
                     'BY5PR17MB3921F0A1B2C3D4E5F6@BY5PR17MB3921.namprd17.prod.outlook.com'),
                 body, 'us-ascii', '7bit')
    return eml, truth('hand-us-en-mmdd-unambiguous', 'body', 'us-ascii',
                      'A US distributor\'s PO in plain ASCII: PO Date 11/30/2026 (MM/DD/YYYY, unambiguous since 30 '
                      '> 12) and a Ship Date that is not the order date, "Unit $" / "Ext $" columns, a 3-decimal '
                      'price, a "Printing plate" charge below the merchandise line and the Order Total. Adds up.',
                      [order('4500-2291', 'Redwood Parcel Supply LLC',
                             ('Marcus Bell', '(909) 555-0187',
                              'Redwood Parcel Supply LLC, 4410 E Francis St, Ontario, CA 91761, USA'),
                             '2026-11-30', 'USD', total, lines)])


@mail
def h131_us_en_ambiguous_date():
    rows = [('HD-TT-0350', 'Tissue paper 20x30 in, white, 17 gsm', 'REAM', 40, '14.50'),
            ('HD-TT-0352', 'Tissue paper 20x30 in, black, 17 gsm', 'REAM', 20, '15.20'),
            ('HD-SB-1008', 'Shoe box 13x8x5 in, printed lid', 'EA', 1200, '1.05')]
    lines = [ln(s, t, q, p) for s, t, u, q, p in rows]
    total = '2144.00'
    check(lines, total)
    body = """Hi team,

Our PO below. Please confirm ship date.

Purchase Order No. 77120
Date 11/10/2026
Vendor: Hengda Packaging (Hangzhou)

Qty   UOM   Item #       Description                              Price     Amount
40    REAM  HD-TT-0350   Tissue paper 20x30 in, white, 17 gsm     14.50     580.00
20    REAM  HD-TT-0352   Tissue paper 20x30 in, black, 17 gsm     15.20     304.00
1200  EA    HD-SB-1008   Shoe box 13x8x5 in, printed lid           1.05   1,260.00

TOTAL USD 2,144.00

Ship to:
Stride & Co. Footwear, Attn: Dana Whitfield
2250 Commerce Pkwy, Suite B, Lancaster, PA 17601
Tel 717-555-0142

Dana Whitfield
Stride & Co. Footwear
"""
    eml = single(hdr('Dana Whitfield <dana@strideco.com>', 'PO 77120', 'Fri, 4 Dec 2026 08:21:19 -0500',
                     'CAE3kWp0vN=dF2u8Q@mail.gmail.com'), body, 'us-ascii', '7bit')
    return eml, truth('hand-us-en-ambiguous-date', 'body', 'us-ascii',
                      'A US shoe shop\'s PO with "Date 11/10/2026": November 10 (US style, the buyer is in '
                      'Pennsylvania) or 11 October; both are in the past when the mail is sent on 4 Dec, the mail '
                      'gives no other clue. The clerk keys no order date and HOLDS to ask. Qty-first table with '
                      'UOM, "TOTAL USD".',
                      [order('77120', 'Stride & Co. Footwear',
                             ('Dana Whitfield', '717-555-0142',
                              'Stride & Co. Footwear, 2250 Commerce Pkwy, Suite B, Lancaster, PA 17601'),
                             None, 'USD', total, lines)])


@mail
def h132_jp_trading_en_jpy():
    rows = [('HD-WR-0450', 'Washi wrapping paper 45x60cm, sakura print', 5000, '38'),
            ('HD-WR-0451', 'Washi wrapping paper 45x60cm, asanoha print', 5000, '38'),
            ('HD-BX-1010', 'Rigid box 10x10x5cm, kraft, magnetic lid', 1200, '146')]
    lines = [ln(s, t, q, p) for s, t, q, p in rows]
    total = '555200.00'
    check(lines, total)
    body = """Dear Ms. Li Hua,

Thank you very much for your continued support.
We are pleased to place our order as follows. We would be grateful if you
could confirm the delivery schedule at your earliest convenience.

Order No.   : TK-26-1203-01
Order Date  : December 3, 2026
Buyer       : Takumi Bussan Co., Ltd.

No.  Code         Description                                   Q'ty     Unit Price   Amount
1    HD-WR-0450   Washi wrapping paper 45x60cm, sakura print    5,000    JPY 38       JPY 190,000
2    HD-WR-0451   Washi wrapping paper 45x60cm, asanoha print   5,000    JPY 38       JPY 190,000
3    HD-BX-1010   Rigid box 10x10x5cm, kraft, magnetic lid      1,200    JPY 146      JPY 175,200

Total Amount: \u00a5555,200- (tax not included, CIF Osaka)

Delivery address:
Takumi Bussan Co., Ltd. Osaka Warehouse
2-14-8 Nanko-kita, Suminoe-ku, Osaka 559-0034, Japan
Attn: Mr. Kenji Yamada  TEL +81-6-6613-2280

Best regards,
Kenji Yamada
Overseas Procurement Div.
Takumi Bussan Co., Ltd.
"""
    eml = single(hdr('"Kenji Yamada" <k-yamada@takumi-bussan.co.jp>', 'Order TK-26-1203-01 (Takumi Bussan)',
                     'Thu, 3 Dec 2026 18:40:02 +0900', '20261203184002.4E1F.K-YAMADA@takumi-bussan.co.jp',
                     'X-Mailer: Becky! ver. 2.81.04'), body, 'utf-8', 'quoted-printable')
    return eml, truth('hand-jp-trading-en-jpy', 'body', 'utf-8',
                      'A Japanese trading company writing formal English (Becky! mailer): integer yen prices "JPY '
                      '38", total "\u00a5555,200-" with the Japanese trailing dash, "Q\'ty" header, date "December '
                      '3, 2026". \u00a5 here is yen, not yuan (JPY stated on every line). Adds up.',
                      [order('TK-26-1203-01', 'Takumi Bussan Co., Ltd.',
                             ('Kenji Yamada', '+81-6-6613-2280',
                              'Takumi Bussan Co., Ltd. Osaka Warehouse, 2-14-8 Nanko-kita, Suminoe-ku, Osaka '
                              '559-0034, Japan'), '2026-12-03', 'JPY', total, lines)])


@mail
def h133_cn_four_decimal_million_pcs():
    rows = [('HD-BQ-3020', '不干胶标签 30*20mm 铜版纸 覆哑膜', 1000000, '0.0350'),
            ('HD-BQ-5030', '不干胶标签 50*30mm 铜版纸 覆哑膜', 500000, '0.0585'),
            ('HD-TD-1000', '碳带 110mm*300m 蜡基', 60, '16.5000')]
    lines = exact([ln(s, t, q, p) for s, t, q, p in rows], ['0.0350', '0.0585', None])
    total = '65240.00'
    check(lines, total)
    body = """恒达 李经理：

根据双方确认的报价（不含税），下达本月标签订单：

订单编号：ZX-LB-2612-003
下单日期：2026-12-04
采购单位：宁波卓信电子科技有限公司

1. HD-BQ-3020 不干胶标签 30*20mm 铜版纸 覆哑膜
   数量：1,000,000 张   单价：0.0350 元/张   金额：35,000.00 元
2. HD-BQ-5030 不干胶标签 50*30mm 铜版纸 覆哑膜
   数量：500,000 张     单价：0.0585 元/张   金额：29,250.00 元
3. HD-TD-1000 碳带 110mm*300m 蜡基
   数量：60 卷          单价：16.5000 元/卷  金额：990.00 元

订单总额：人民币 65,240.00 元（大写：陆万伍仟贰佰肆拾元整）

交货：分两批，12月15日前交一半，月底交齐
收货：宁波市北仑区小港街道纬五路 18 号 卓信电子 2 号仓 收货人 应海波 0574-86158832

应海波
宁波卓信电子科技有限公司 物控部
"""
    eml = single(hdr(addr('应海波', 'yinghb@zhuoxin-elec.com', 'gb2312'), '标签订单 ZX-LB-2612-003',
                     'Fri, 4 Dec 2026 10:05:17 +0800', '202612041005171128851@zhuoxin-elec.com',
                     'X-Mailer: Foxmail 7.2.25.375[cn]', 'gb2312'), body, 'gbk', 'base64')
    return eml, truth('hand-cn-four-decimal-million-pcs', 'body', 'gbk',
                      'An electronics plant orders labels by the million: 4-decimal prices "0.0350 元/张" and '
                      '"0.0585", quantities 1,000,000 and 500,000, a 16.5000 price, amounts and 大写 total. The '
                      'clerk keys the exact 4-decimal price (rounding 0.0585 to 0.06 would add 500 元). Two delivery '
                      'batches are a remark, not two orders. Adds up; not held.',
                      [order('ZX-LB-2612-003', '宁波卓信电子科技有限公司',
                             ('应海波', '0574-86158832', '宁波市北仑区小港街道纬五路 18 号 卓信电子 2 号仓'),
                             '2026-12-04', 'CNY', total, lines)])


@mail
def h134_cn_sentences_last_price():
    body = """王姐你好，

这周请安排 3000 个 12号飞机盒，单价还是上次的 1.2；
另外 9号飞机盒也要 2000 个，价格按上次的来；
再加 50 卷 4.5cm 的透明胶带，一卷 6 块。

还是送到我们仓库：杭州市萧山区新塘街道霞江路 88 号 3 楼，小吴 13575712264 收。
周五前能到最好。

小吴
萧山悦家日用品商行
"""
    lines = [ln(None, '12号飞机盒', 3000, '1.2'), ln(None, '9号飞机盒', 2000, None),
             ln(None, '4.5cm 透明胶带', 50, '6')]
    eml = single(hdr(addr('吴晓婷', '1647723081@qq.com', 'gb18030'), '本周要货',
                     'Fri, 4 Dec 2026 08:47:51 +0800', 'tencent_5A7B1C2D3E4F5061728394A5B6C7D8E9F005@qq.com',
                     None, 'gb18030'), body, 'gb18030', 'base64')
    return eml, truth('hand-cn-sentences-last-price', 'body', 'gb18030',
                      'A small shop writes the order as sentences in QQ Mail: "请安排 3000 个 12号飞机盒，单价还是上次的 '
                      '1.2", "9号飞机盒也要 2000 个，价格按上次的来" (no price written), "50 卷 ... 一卷 6 块". No SKU, no '
                      'order number, no total, no order date. The clerk looks up the last price of the 9号 box '
                      'before keying: HOLD (the line has no price in the mail).',
                      [order(None, '萧山悦家日用品商行',
                             ('小吴', '13575712264', '杭州市萧山区新塘街道霞江路 88 号 3 楼'), None, None, None,
                             lines)])


@mail
def h135_wechat_emoji_list_total_wrong():
    rows = [('奶茶杯 500ml 磨砂', 2000, '0.38'), ('奶茶杯 700ml 磨砂', 3000, '0.45'),
            ('封口膜 卷装 奶茶店用', 6, '85'), ('吸管 粗 单独包装', 5000, '0.04')]
    lines = [ln(None, t, q, p) for t, q, p in rows]
    body = """老板 以下是这次要的货👇

🔸奶茶杯 500ml 磨砂 ×2000个 0.38
🔸奶茶杯 700ml 磨砂 ×3000个 0.45
🔸封口膜 卷装 奶茶店用 ×6卷 85
🔸吸管 粗 单独包装 ×5000支 0.04

💰一共 2,280 元
📦地址：温州市鹿城区五马街 166 号 茶语时光（五马店）
📞 15968751236 陈店长

谢谢老板🙏🙏
"""
    total = '2280.00'
    assert sum(D(x['total']) for x in lines) == D('2820.00')
    eml = single(hdr(addr('茶语时光陈', 'chayu_wm@163.com', 'utf-8'), '要货', 'Thu, 3 Dec 2026 21:33:05 +0800',
                     '6f2c1a9b.8d3.18f3a77c1e2.Coremail.chayu_wm@163.com',
                     'X-Mailer: Coremail Webmail Server Version XT5.0.14'), body, 'utf-8', 'base64')
    return eml, truth('hand-wechat-emoji-list-total-wrong', 'body', 'utf-8',
                      'A milk-tea shop pastes its list from WeChat: 🔸 emoji bullets "奶茶杯 500ml 磨砂 ×2000个 '
                      '0.38", 💰/📦/📞 emoji labels, no SKU or number. The lines add up to 2,820 but "一共 2,280 元" (digits swapped): '
                      'the clerk HOLDS and asks (the total is keyed as written).',
                      [order(None, None, ('陈店长', '15968751236', '温州市鹿城区五马街 166 号 茶语时光（五马店）'),
                             None, 'CNY', total, lines)])


@mail
def h136_split_shipment_line_addresses():
    rows = [('HD-ZX-4535', '五层纸箱 45*35*30', 800, '4.60', '北京'),
            ('HD-ZX-4535', '五层纸箱 45*35*30', 600, '4.60', '成都'),
            ('HD-QZ-0500', '气柱袋 50cm 宽', 1000, '1.15', '北京'),
            ('HD-QZ-0500', '气柱袋 50cm 宽', 800, '1.15', '成都')]
    lines = [ln(s, t, q, p) for s, t, q, p, c in rows]
    total = '8510.00'
    check(lines, total)
    body = """恒达包装：

订单号：JM-SC-20261204
日期：2026年12月4日
采购方：上海锦媒数码科技有限公司

本单分两个仓收货，请按下表分开发货：

行 | 货号 | 品名 | 数量 | 单价(元) | 金额 | 收货仓
1 | HD-ZX-4535 | 五层纸箱 45*35*30 | 800 | 4.60 | 3,680.00 | 北京仓
2 | HD-ZX-4535 | 五层纸箱 45*35*30 | 600 | 4.60 | 2,760.00 | 成都仓
3 | HD-QZ-0500 | 气柱袋 50cm 宽 | 1000 | 1.15 | 1,150.00 | 北京仓
4 | HD-QZ-0500 | 气柱袋 50cm 宽 | 800 | 1.15 | 920.00 | 成都仓

合计：8,510.00 元

北京仓：北京市大兴区亦庄经济开发区科创十三街 29 号 院内 5 号库，赵刚 13701158840
成都仓：成都市双流区西航港大道中四段 1029 号 锦媒西南仓，邓丽 18080126673

发票开上海锦媒数码科技有限公司，一张即可。

采购 周敏
"""
    eml = single(hdr(addr('周敏', 'zhoumin@jinmei-digital.com'), '采购订单 JM-SC-20261204（分仓发货）',
                     'Fri, 4 Dec 2026 13:26:40 +0800', 'c3a1e5f7-2b4d-4c6e-8f01-23456789abcd@jinmei-digital.com',
                     'X-Mailer: Microsoft Outlook 16.0'), body, 'utf-8', 'base64')
    return eml, truth('hand-split-shipment-line-addresses', 'body', 'utf-8',
                      'One PO whose lines go to two warehouses: a 收货仓 column (北京仓/成都仓) on each line of a '
                      'pipe table, the same SKU on two lines, the two addresses below. One order, one invoice, '
                      'but no single ship-to: the clerk HOLDS to split it into two deliveries (no ship_to keyed '
                      'here). Adds up.',
                      [order('JM-SC-20261204', '上海锦媒数码科技有限公司', None, '2026-12-04', 'CNY', total, lines)])


@mail
def h137_order_in_reply_to_quotation():
    body = """李经理：

报价收到，确认下单：
A款 1500个，C款 800个，按你报的价格。
单号 HX-0412，送货地址不变（昆山市周市镇青阳北路 500 号 华新电子 1 号门，宋工 18962617745）。

华新电子 宋立

-----原始邮件-----
发件人: "李华" <lihua@hengda-pack.cn>
发送时间: 2026-12-01 16:12:30
收件人: "宋立" <songli@huaxin-elec.com>
主题: 恒达报价单 HD-QT-2612-018

宋工您好，

按您的图纸报价如下（含税含运，有效期 15 天）：

款式 | 货号 | 规格 | 单价（元/个）| 起订量
A款 | HD-EP-2015 | EPE 珍珠棉内衬 200*150*30 | 1.85 | 1000
B款 | HD-EP-2518 | EPE 珍珠棉内衬 250*180*30 | 2.40 | 1000
C款 | HD-EV-2015 | EVA 内衬 200*150*25 开槽 | 4.60 | 500

交期：确认后 7 天。

李华
杭州恒达包装材料有限公司
"""
    lines = [ln('HD-EP-2015', 'EPE 珍珠棉内衬 200*150*30', 1500, '1.85'),
             ln('HD-EV-2015', 'EVA 内衬 200*150*25 开槽', 800, '4.60')]
    eml = single(hdr(addr('宋立', 'songli@huaxin-elec.com', 'gbk'), '回复: 恒达报价单 HD-QT-2612-018',
                     'Wed, 2 Dec 2026 09:30:12 +0800', '000001db4451$8a3b2c10$9eb18430$@huaxin-elec.com',
                     'X-Mailer: Microsoft Outlook 16.0', 'gbk'), body, 'gbk', 'base64')
    return eml, truth('hand-order-in-reply-to-quotation', 'body', 'gbk',
                      'An order written above the seller\'s quoted quotation (Outlook -----原始邮件-----): "A款 1500个，'
                      'C款 800个，按你报的价格", order number HX-0412 and the address in the new text. SKUs, titles and '
                      'prices come from the quoted quote rows A and C; B is not ordered and the quote itself is not '
                      'an order. No total, no order date. Not held (the quote is explicit, tax and freight included).',
                      [order('HX-0412', '华新电子', ('宋工', '18962617745', '昆山市周市镇青阳北路 500 号 华新电子 1 号门'),
                             None, 'CNY', None, lines)])


@mail
def h138_po_rev_b_amendment():
    rows = [('HD-SK-0610', 'Stretch film 500mm x 300m, 23 mic', 'ROLL', 240, '9.80'),
            ('HD-CP-1025', 'Corner protector 50x50x5mm, L=1000', 'PC', 3000, '0.42'),
            ('HD-ST-1908', 'PET strap 19mm x 0.8mm, green', 'COIL', 40, '47.50')]
    lines = [ln(s, t, q, p) for s, t, u, q, p in rows]
    total = '5512.00'
    check(lines, total)
    body = """Hi Vivian,

Please see PO 2026-0871 Rev. B below. It REPLACES Rev. A sent 27 Nov:
line 10 qty changed 200 -> 240 rolls, line 30 added. Everything else unchanged.

PURCHASE ORDER 2026-0871   Revision: B   Rev. date: 03-Dec-2026
Original PO date: 27-Nov-2026
Buyer: Northgate Logistics Pty Ltd

Ln  Item         Description                          UOM   Qty    Price (AUD)  Amount
10  HD-SK-0610   Stretch film 500mm x 300m, 23 mic    ROLL   240     9.80     2,352.00
20  HD-CP-1025   Corner protector 50x50x5mm, L=1000   PC    3000     0.42     1,260.00
30  HD-ST-1908   PET strap 19mm x 0.8mm, green        COIL    40    47.50     1,900.00
                                                      Total AUD           5,512.00

Deliver to: Northgate Logistics, 17 Export Dr, Brooklyn VIC 3012, Australia
Contact: Liam O'Connor +61 3 9314 6620

Regards,
Liam O'Connor
Northgate Logistics Pty Ltd
"""
    eml = single(hdr('Liam O\'Connor <liam.oconnor@northgatelog.com.au>', 'PO 2026-0871 Rev. B (supersedes Rev. A)',
                     'Thu, 3 Dec 2026 11:08:45 +1100', 'SY4P282MB1234C5D6E7F8A9B0@SY4P282MB1234.AUSP282.PROD.OUTLOOK.COM'),
                 body, 'utf-8', 'quoted-printable')
    return eml, truth('hand-po-rev-b-amendment', 'body', 'utf-8',
                      'An Australian buyer sends PO 2026-0871 Rev. B replacing Rev. A (one quantity changed, a line '
                      'added), AUD. The keyed order is Rev. B as written (order date = the original PO date '
                      '27-Nov-2026, the revision date is not a new order), but Rev. A is already in the book: the '
                      'clerk HOLDS to amend the existing order instead of keying a second one.',
                      [order('2026-0871', 'Northgate Logistics Pty Ltd',
                             ("Liam O'Connor", '+61 3 9314 6620',
                              'Northgate Logistics, 17 Export Dr, Brooklyn VIC 3012, Australia'),
                             '2026-11-27', 'AUD', total, lines)])


@mail
def h139_reply_changes_qty_above_po():
    rows = [('HD-FD-2030', '自封袋 20*30 8丝', 10000, '0.09'),
            ('HD-FD-2535', '自封袋 25*35 8丝', 6000, '0.13'),
            ('HD-FD-3040', '自封袋 30*40 10丝', 3000, '0.21')]
    lines = [ln('HD-FD-2030', '自封袋 20*30 8丝', 10000, '0.09'),
             ln('HD-FD-2535', '自封袋 25*35 8丝', 8000, '0.13'),
             ln('HD-FD-3040', '自封袋 30*40 10丝', 3000, '0.21')]
    old = '\n'.join('> %s  %s  %d  %s  %s' % (s, t, q, p, m2(D(p) * q)) for s, t, q, p in rows)
    body = """你好，上面那单 25*35 的改成 8000 个，其他不变，谢谢。

在 2026年12月2日 星期三 15:10，"采购部 孙倩" <sunqian@lvyuan-food.cn> 写道：
> 恒达包装：
>
> 采购单号：LY-CG-1202
> 日期：2026-12-02
> 单位：安吉绿源食品有限公司
>
> 货号  品名  数量  单价  金额
%s
> 合计：2,310.00 元
>
> 收货：湖州市安吉县递铺街道阳光工业园区 绿源食品 孙倩 15157297720
""" % old
    eml = single(hdr(addr('孙倩', 'sunqian@lvyuan-food.cn', 'gbk'), '回复：采购单 LY-CG-1202',
                     'Wed, 2 Dec 2026 17:45:03 +0800', '20261202174503.c2f1a@lvyuan-food.cn',
                     'User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Gecko/20100101 Thunderbird/115.5.0',
                     'gbk', extra=['In-Reply-To: <20261202151000.77ab3@lvyuan-food.cn>']), body, 'gbk', '8bit')
    return eml, truth('hand-reply-changes-qty-above-po', 'body', 'gbk',
                      'The buyer replies to her own PO (Thunderbird, ">" quoting, 8bit GBK): "25*35 的改成 8000 个，其他不'
                      '变". The keyed order is the quoted PO with line 2 at 8000; the quoted 合计 2,310.00 no longer '
                      'holds (2,570 now), so no total is keyed and the clerk HOLDS to confirm the change.',
                      [order('LY-CG-1202', '安吉绿源食品有限公司',
                             ('孙倩', '15157297720', '湖州市安吉县递铺街道阳光工业园区 绿源食品'),
                             '2026-12-02', 'CNY', None, lines)])


@mail
def h140_boxes_times_per_box_text():
    rows = [('HD-DB-0812', '蛋糕盒 8寸 带提手', 20, 50, '2.30'),
            ('HD-DB-0612', '蛋糕盒 6寸 带提手', 30, 50, '1.85'),
            ('HD-DP-0010', '纸盘刀叉套装', 10, 500, '0.16')]
    lines = [ln(s, t, b * n, p) for s, t, b, n, p in rows]
    total = '5875.00'
    check(lines, total)
    items = '\n'.join('%s %s：%d 箱 × %d 个 = %d 个，%s 元/个，%s 元' % (s, t, b, n, b * n, p, '{:,.2f}'.format(D(p) * b * n))
                      for s, t, b, n, p in rows)
    body = """恒达你好，

麦香坊烘焙 12 月订货（单号 MXF-1203）：

%s

共计 5,875.00 元，月结。
12 月 3 日下单，送南京市江宁区双龙大道 1698 号 麦香坊中央工厂，联系人 葛师傅 13951788410。

麦香坊烘焙（南京）有限公司
""" % items
    eml = single(hdr(addr('葛建国', 'gejianguo@maixiangfang.com', 'gb2312'), '麦香坊12月订货 MXF-1203',
                     'Thu, 3 Dec 2026 07:58:19 +0800', '2026120307581912345@maixiangfang.com',
                     'X-Mailer: Foxmail 7.2.25.228[cn]', 'gb2312'), body, 'gb2312', 'base64')
    return eml, truth('hand-boxes-times-per-box-text', 'body', 'gb2312',
                      'A bakery writes each line as "20 箱 × 50 个 = 1000 个，2.30 元/个，2,300.00 元": the clerk keys '
                      'the piece count at the per-piece price. Date in a sentence ("12 月 3 日下单", year from the '
                      'mail). Adds up.',
                      [order('MXF-1203', '麦香坊烘焙（南京）有限公司',
                             ('葛师傅', '13951788410', '南京市江宁区双龙大道 1698 号 麦香坊中央工厂'),
                             '2026-12-03', 'CNY', total, lines)])


# ============================================================ HTML bodies
TD = ' style="border:1px solid #999;padding:3px 8px"'


@mail
def h141_netease_qiye_html_gbk():
    rows = [('HD-ZT-6040', '周转箱 600*400*280 蓝色', '个', 120, '36.50'),
            ('HD-ZT-4030', '周转箱 400*300*150 蓝色', '个', 200, '18.80'),
            ('HD-GB-1200', '隔板 配 600*400 箱', '片', 240, '4.20')]
    lines = [ln(s, t, q, p) for s, t, u, q, p in rows]
    total = '9148.00'
    check(lines, total)
    tab = [['序号', '物料编码', '物料名称', '单位', '数量', '单价(元)', '金额(元)']]
    tab += [[str(i + 1), s, t, u, str(q), p, '{:,.2f}'.format(D(p) * q)] for i, (s, t, u, q, p) in enumerate(rows)]
    tab += [[('合计', 'colspan="6" align="right"'), '9,148.00']]
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=GBK"></head>'
            '<body><div style="font-family:微软雅黑;font-size:14px">'
            '<div>恒达包装 销售部：</div><div>&nbsp;&nbsp;请按以下采购订单备货。</div><br>'
            '<div>订单号：<b>SY-PO-261203-07</b>&nbsp;&nbsp;&nbsp;&nbsp;订单日期：2026年12月3日</div>'
            '<div>采购单位：绍兴三阳纺织印染有限公司</div><br>'
            '<table cellspacing="0" cellpadding="0" style="border-collapse:collapse">' + cells_html(tab, TD) +
            '</table><br><div>收货地址：浙江省绍兴市柯桥区滨海工业区兴滨路 1288 号 三阳印染 原料仓</div>'
            '<div>收货人：钱卫东&nbsp; 电话：0575-84156620 / 13867523018</div><br>'
            '<div>---------------------</div><div>钱卫东 | 采购部</div><div>绍兴三阳纺织印染有限公司</div>'
            '</div><div style="color:#999;font-size:12px"><br>本邮件由网易企业邮箱发送</div></body></html>')
    plain = ('恒达包装 销售部：\n  请按以下采购订单备货。\n\n订单号：SY-PO-261203-07    订单日期：2026年12月3日\n'
             '采购单位：绍兴三阳纺织印染有限公司\n\n' + '\n'.join(' '.join(c if isinstance(c, str) else c[0] for c in r)
                                                     for r in tab) +
             '\n\n收货地址：浙江省绍兴市柯桥区滨海工业区兴滨路 1288 号 三阳印染 原料仓\n'
             '收货人：钱卫东  电话：0575-84156620 / 13867523018\n\n---------------------\n钱卫东 | 采购部\n'
             '绍兴三阳纺织印染有限公司\n')
    part = alt(plain, html, 'GBK', '----=_Part_118822_1590346812.1764745711020')
    eml = message(hdr(addr('钱卫东', 'qianwd@sanyang-dye.com', 'GBK'), '采购订单 SY-PO-261203-07',
                      'Thu, 3 Dec 2026 14:28:31 +0800', '2a7f1c0e.5b2e.18f39c1d0e1.Coremail.qianwd@sanyang-dye.com',
                      'X-Mailer: Coremail Webmail Server Version XT6.0.4 build20230925(8b7b2d8c)', 'GBK',
                      extra=['X-Originating-IP: [115.217.40.12]']), part)
    return eml, truth('hand-netease-qiye-html-gbk', 'html', 'gbk',
                      '网易企业邮箱 (Coremail) HTML with a text alternative: a bordered table with 序号 and a colspan '
                      '合计 row, two phone numbers for the receiver ("0575-84156620 / 13867523018", the first is '
                      'keyed), a "本邮件由网易企业邮箱发送" footer. Adds up.',
                      [order('SY-PO-261203-07', '绍兴三阳纺织印染有限公司',
                             ('钱卫东', '0575-84156620', '浙江省绍兴市柯桥区滨海工业区兴滨路 1288 号 三阳印染 原料仓'),
                             '2026-12-03', 'CNY', total, lines)])


@mail
def h142_exmail_html_boxes_per_box_columns():
    rows = [('HD-KZ-0500', '口罩包装袋 单只 17.5*9.5', 40, 2000, '0.022'),
            ('HD-KZ-0510', '口罩外盒 50只装 彩印', 25, 200, '0.68'),
            ('HD-ZX-5540', '外箱 55*40*35 五层', 1, 300, '5.90')]
    lines = exact([ln(s, t, b * n, p) for s, t, b, n, p in rows], ['0.022', None, None])
    total = '6930.00'
    check(lines, total)
    tab = [['品号', '品名规格', '箱数', '每箱数量', '总数量', '单价', '金额']]
    tab += [[s, t, str(b), str(n), '{:,}'.format(b * n), p, '{:,.2f}'.format(D(p) * b * n)] for s, t, b, n, p in rows]
    tab += [['', '', '', '', '', '总金额', '6,930.00']]
    html = ('<meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><div><span>刘经理：</span></div>'
            '<div>12月口罩线的包材订单如下，请确认交期。</div><div>订单号：KJ-20261204-2　下单日期：2026-12-04'
            '　币种：人民币</div><div><br></div>'
            '<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;font-size:13px">' +
            cells_html(tab, '', th_first=True) + '</table><div><br></div>'
            '<div>送货：苏州工业园区星龙街 428 号 康洁医疗 B 栋一楼 收货 汤敏 0512-62897715</div>'
            '<div><br></div><div>苏州康洁医疗用品有限公司 采购 汤敏</div>'
            '<div><sign signid="0"><div style="color:#909090;font-size:12px">企业微信邮箱</div></sign></div>')
    part = text(html, 'UTF-8', 'base64', 'html')
    eml = message(hdr(addr('汤敏', 'tangmin@kangjie-med.com'), '包材订单 KJ-20261204-2', 'Fri, 4 Dec 2026 16:02:44 +0800',
                      'tencent_3B1A2F4E5D6C7B8A9F0E1D2C3B4A59687706@exmail.qq.com', 'X-Mailer: Tencent Exmail'), part)
    return eml, truth('hand-exmail-html-boxes-per-box-columns', 'html', 'utf-8',
                      'Tencent Exmail HTML only: a <th> header row 品号/品名规格/箱数/每箱数量/总数量/单价/金额; the '
                      'clerk keys 总数量 (40 x 2,000 = 80,000 bags) at the per-piece price 0.022 (3 decimals); '
                      '币种：人民币 in the header line; 总金额 in the last row. Adds up.',
                      [order('KJ-20261204-2', '苏州康洁医疗用品有限公司',
                             ('汤敏', '0512-62897715', '苏州工业园区星龙街 428 号 康洁医疗 B 栋一楼'),
                             '2026-12-04', 'CNY', total, lines)])


@mail
def h143_zoho_html_sg_sgd_gst():
    rows = [('HD-FB-0801', 'Food box kraft 800ml with window', 4000, '0.265'),
            ('HD-FB-1001', 'Food box kraft 1000ml with window', 3000, '0.298'),
            ('HD-CS-0012', 'Wooden cutlery set (fork/knife/spoon/napkin)', 6000, '0.112')]
    lines = exact([ln(s, t, q, p) for s, t, q, p in rows], ['0.265', '0.298', '0.112'])
    total = '2626.00'
    check(lines, total)
    tab = [['S/N', 'Item Code', 'Description', 'Qty', 'Unit Price (SGD)', 'Amount (SGD)']]
    tab += [[str(i + 1), s, t, '{:,}'.format(q), p, '{:,.2f}'.format(D(p) * q)] for i, (s, t, q, p) in enumerate(rows)]
    tab += [[('Total (GST not applicable, export)', 'colspan="5" style="text-align:right"'), '2,626.00']]
    html = ('<!DOCTYPE html><html><head><meta content="text/html;charset=UTF-8" http-equiv="Content-Type"></head>'
            '<body><div style="font-family: Verdana, Arial, Helvetica, sans-serif; font-size: 10pt;">'
            '<div>Hi Vivian,<br></div><div><br></div><div>Please accept our PO for the Q1 stock.<br></div>'
            '<div><br></div><div>PO No: GK-PO-000932<br>PO Date: 04/12/2026<br>'
            'Company: Green Kitchen Pte. Ltd. (UEN 201812345K)<br></div><div><br></div>'
            '<table style="border-collapse:collapse" border="1" cellpadding="4">' + cells_html(tab) + '</table>'
            '<div><br></div><div>Delivery: Green Kitchen Pte. Ltd., 21 Senoko Loop, #03-07, Singapore 758171<br>'
            'Attn: Tan Wei Ming, +65 9188 2046<br></div><div><br></div><div>Regards,<br>Tan Wei Ming<br>'
            'Green Kitchen Pte. Ltd.<br></div></div><br></body></html>')
    part = text(html, 'UTF-8', 'quoted-printable', 'html')
    eml = message(hdr('"Tan Wei Ming" <weiming@greenkitchen.sg>', 'PO GK-PO-000932', 'Fri, 4 Dec 2026 10:11:56 +0800',
                      '18f3b2c4d5e.1a2b3c4d5e6f7081.8877665544332211@zoho.com',
                      'User-Agent: Zoho Mail'), part)
    return eml, truth('hand-zoho-html-sg-sgd', 'html', 'utf-8',
                      'A Singapore caterer in Zoho Mail HTML only: PO Date 04/12/2026 is DD/MM (Singapore writes '
                      'day first, and 12/04 would be in April 2026, long before the mail), 3-decimal SGD prices in '
                      'the header "Unit Price (SGD)", a colspan total row "Total (GST not applicable, export)". '
                      'Adds up.',
                      [order('GK-PO-000932', 'Green Kitchen Pte. Ltd.',
                             ('Tan Wei Ming', '+65 9188 2046',
                              'Green Kitchen Pte. Ltd., 21 Senoko Loop, #03-07, Singapore 758171'),
                             '2026-12-04', 'SGD', total, lines)])


@mail
def h144_yahoo_html_us_missing_price():
    rows = [('HD-GB-0806', 'Gift bag 8x4x10 in, matte black, rope handle', 1000, '0.78'),
            ('HD-GB-1006', 'Gift bag 10x5x13 in, matte black, rope handle', 800, '0.96'),
            ('HD-TP-0020', 'Tissue paper 20x30 in, gold foil dots', 2000, None)]
    lines = [ln(s, t, q, p) for s, t, q, p in rows]
    html = ('<html><head></head><body><div class="ydp3c1f2a9byahoo-style-wrap" style="font-family:Helvetica Neue, '
            'Helvetica, Arial, sans-serif;font-size:13px;"><div dir="ltr">Hi Li,</div><div dir="ltr"><br></div>'
            '<div dir="ltr">Here is our holiday re-order, PO# BB-3318, dated 12/2/2026.</div><div dir="ltr"><br></div>'
            '<div dir="ltr"><ul><li>1,000 x HD-GB-0806 Gift bag 8x4x10 in, matte black, rope handle @ $0.78</li>'
            '<li>800 x HD-GB-1006 Gift bag 10x5x13 in, matte black, rope handle @ $0.96</li>'
            '<li>2,000 x HD-TP-0020 Tissue paper 20x30 in, gold foil dots (new item - what is the price?)</li>'
            '</ul></div><div dir="ltr">Ship to our store: Bloom &amp; Box Boutique, 118 Main St, Stowe, VT 05672, '
            'USA. Phone 802-555-0199 (ask for Jenna).</div><div dir="ltr"><br></div><div dir="ltr">Thanks!<br>Jenna '
            'Morales<br>Bloom &amp; Box Boutique</div></div><div id="ydp_signature"><br>Sent from Yahoo Mail for '
            'iPhone</div></body></html>')
    plain = ('Hi Li,\n\nHere is our holiday re-order, PO# BB-3318, dated 12/2/2026.\n\n'
             '   - 1,000 x HD-GB-0806 Gift bag 8x4x10 in, matte black, rope handle @ $0.78\n'
             '   - 800 x HD-GB-1006 Gift bag 10x5x13 in, matte black, rope handle @ $0.96\n'
             '   - 2,000 x HD-TP-0020 Tissue paper 20x30 in, gold foil dots (new item - what is the price?)\n'
             'Ship to our store: Bloom & Box Boutique, 118 Main St, Stowe, VT 05672, USA. Phone 802-555-0199 '
             '(ask for Jenna).\n\nThanks!\nJenna Morales\nBloom & Box Boutique\n\nSent from Yahoo Mail for iPhone\n')
    part = alt(plain, html, 'UTF-8', '----=_Part_2213450_887766554.1764712233445', 'quoted-printable')
    eml = message(hdr('Jenna Morales <bloomandbox_vt@yahoo.com>', 'holiday reorder BB-3318',
                      'Thu, 3 Dec 2026 02:10:33 +0000', '1764727833.881204.1234567890@mail.yahoo.com',
                      'X-Mailer: WebService/1.1.24562 YMailNorrin'), part)
    return eml, truth('hand-yahoo-html-us-missing-price', 'html', 'utf-8',
                      'A Vermont boutique from Yahoo Mail for iPhone: <ul> bullets "1,000 x SKU title @ $0.78", the '
                      'order date "dated 12/2/2026" in a sentence (US shop, Dec 2: 2 Feb would be ten months old), '
                      'a new item "what is the price?" without a price, no total. The clerk HOLDS for the price '
                      '(the line is keyed without one).',
                      [order('BB-3318', 'Bloom & Box Boutique',
                             ('Jenna', '802-555-0199', 'Bloom & Box Boutique, 118 Main St, Stowe, VT 05672, USA'),
                             '2026-12-02', 'USD', None, lines)])


@mail
def h145_big5_outlook_html_tw_ntd():
    rows = [('PK-2201', '夾鏈袋 12x17cm 霧面', 20000, '0.85'),
            ('PK-2202', '夾鏈袋 17x24cm 霧面', 12000, '1.20'),
            ('PK-3010', '紙提袋 牛皮 中', 3000, '4.50')]
    lines = [ln(s, t, q, p) for s, t, q, p in rows]
    sub = sum(D(x['total']) for x in lines)
    total = '47145.00'
    assert sub * D('1.05') == D(total)
    tab = [['料號', '品名', '數量', '單價(NT$)', '金額(NT$)']]
    tab += [[s, t, '{:,}'.format(q), p, '{:,.0f}'.format(D(p) * q)] for s, t, q, p in rows]
    tab += [[('小計', 'colspan="4" align="right"'), '44,900'], [('營業稅 5%', 'colspan="4" align="right"'), '2,245'],
            [('總計', 'colspan="4" align="right"'), '47,145']]
    st = ' style="border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt"'
    html = ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" '
            'content="text/html; charset=big5"></head><body lang="ZH-TW"><div class="WordSection1">'
            '<p class="MsoNormal">恆達包裝 您好：<o:p></o:p></p><p class="MsoNormal">茲訂購下列商品，請於 12/18 前送達。<o:p></o:p></p>'
            '<p class="MsoNormal">訂單號碼：HY-1151202-3　訂購日期：中華民國115年12月2日<o:p></o:p></p>'
            '<table class="MsoNormalTable" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse">' +
            cells_html(tab, st) + '</table><p class="MsoNormal"><o:p>&nbsp;</o:p></p>'
            '<p class="MsoNormal">送貨地址：新北市五股區五工六路 32 號 4 樓 禾悅包材行 收貨人：黃靜怡 (02)2298-3316<o:p></o:p></p>'
            '<p class="MsoNormal">禾悅包材行 黃靜怡 敬上<o:p></o:p></p></div></body></html>')
    plain = ('恆達包裝 您好：\n茲訂購下列商品，請於 12/18 前送達。\n訂單號碼：HY-1151202-3　訂購日期：中華民國115年12月2日\n\n' +
             '\n'.join('\t'.join(c if isinstance(c, str) else c[0] for c in r) for r in tab) +
             '\n\n送貨地址：新北市五股區五工六路 32 號 4 樓 禾悅包材行 收貨人：黃靜怡 (02)2298-3316\n禾悅包材行 黃靜怡 敬上\n')
    part = alt(plain, html, 'big5', '----=_NextPart_000_0047_01DB4601.2E3F4A50')
    eml = message(hdr(addr('黃靜怡', 'jy.huang@heyue-pack.com.tw', 'big5'), '訂購單 HY-1151202-3',
                      'Wed, 2 Dec 2026 10:40:05 +0800', '004701db4601$2e3f4a50$8abcdef0$@heyue-pack.com.tw',
                      'X-Mailer: Microsoft Outlook 16.0', 'big5', extra=['Thread-Index: AdtGAS4/Sk9Xy2hFT8u+1M0u3Q=='],
                      ), part)
    return eml, truth('hand-big5-outlook-html-tw-ntd-tax', 'html', 'big5',
                      'A Taiwanese packaging shop in Big5 Outlook HTML: ROC date "中華民國115年12月2日", NT$ only in '
                      'the headers, integer amounts, 小計 / 營業稅 5% / 總計 colspan rows (total 47,145 after tax), a '
                      'due date "12/18 前送達" that is not the order date. Adds up with the tax.',
                      [order('HY-1151202-3', '禾悅包材行',
                             ('黃靜怡', '(02)2298-3316', '新北市五股區五工六路 32 號 4 樓 禾悅包材行'),
                             '2026-12-02', 'TWD', total, lines)])


@mail
def h146_gmail_html_hk_utf8_hkd_discount():
    rows = [('HD-CK-0601', '曲奇罐 圓形 直徑 10cm 馬口鐵', 1200, '7.20'),
            ('HD-CK-0602', '曲奇罐 方形 12x12cm 馬口鐵', 800, '8.60'),
            ('HD-LN-0015', '防油紙 15x15cm', 5000, '0.12')]
    lines = [ln(s, t, q, p) for s, t, q, p in rows]
    total = '15636.40'
    check(lines, total, '-483.60')
    tab = [['貨品編號', '貨品', '數量', '單價', '金額']]
    tab += [[s, t, '{:,}'.format(q), 'HK$%s' % p, 'HK$%s' % '{:,.2f}'.format(D(p) * q)] for s, t, q, p in rows]
    tab += [['', '', '', '減: 3% 回贈', '-HK$483.60'], ['', '', '', '總額', 'HK$15,636.40']]
    html = ('<div dir="ltr"><div>Hello Vivian,</div><div><br></div><div>聖誕禮盒包裝，麻煩跟進：</div><div><br></div>'
            '<div>PO: SW-2612-015<br>日期: 03/12/2026<br>客戶: 甜思餅家有限公司</div><div><br></div>'
            '<table cellspacing="0" cellpadding="0" dir="ltr" border="1" style="table-layout:fixed;font-size:10pt;'
            'font-family:Arial;width:0px;border-collapse:collapse;border:none"><colgroup><col width="100"><col width="220">'
            '<col width="80"><col width="100"><col width="120"></colgroup><tbody>' + cells_html(tab) +
            '</tbody></table><div><br></div><div>送貨: 新界荃灣沙咀道 362 號 全發工業大廈 9 樓 B 室，聯絡 Ivy 6288 1947'
            '</div><div><br></div><div>Thanks,</div><div>Ivy Leung<br>甜思餅家有限公司 Sweet Whisper Bakery Ltd.</div></div>')
    plain = ('Hello Vivian,\n\n聖誕禮盒包裝，麻煩跟進：\n\nPO: SW-2612-015\n日期: 03/12/2026\n客戶: 甜思餅家有限公司\n\n' +
             '\n'.join(' '.join(r) for r in tab) + '\n\n送貨: 新界荃灣沙咀道 362 號 全發工業大廈 9 樓 B 室，聯絡 Ivy 6288 1947\n\n'
             'Thanks,\nIvy Leung\n甜思餅家有限公司 Sweet Whisper Bakery Ltd.\n')
    part = alt(plain, html, 'UTF-8', '000000000000a1b2c3d4e5f60718', 'quoted-printable')
    eml = message(hdr('Ivy Leung <ivy@sweetwhisper.hk>', 'PO SW-2612-015 聖誕包裝', 'Thu, 3 Dec 2026 12:05:48 +0800',
                      'CAGk7p+Tq3bN1xQ0rW2sZ9Yv=HK5mA@mail.gmail.com'), part)
    return eml, truth('hand-gmail-html-hk-utf8-hkd-rebate', 'html', 'utf-8',
                      'A Hong Kong bakery in Gmail HTML (Traditional Chinese, UTF-8), a Google Sheets paste with '
                      'HK$ in every cell, a "減: 3% 回贈" rebate row (-483.60) and 總額 HK$15,636.40; date '
                      '03/12/2026 is DD/MM (Hong Kong). Adds up after the rebate.',
                      [order('SW-2612-015', '甜思餅家有限公司',
                             ('Ivy', '6288 1947', '新界荃灣沙咀道 362 號 全發工業大廈 9 樓 B 室'),
                             '2026-12-03', 'HKD', total, lines)])


# ============================================================ spreadsheets
@mail
def h147_xlsx_cover_sheet_items_on_sheet2():
    rows = [('HD-PZ-0250', 'PET瓶 250ml 透明 螺口', 'PCS', 20000, '0.46'),
            ('HD-PZ-0500', 'PET瓶 500ml 透明 螺口', 'PCS', 15000, '0.62'),
            ('HD-GZ-2800', '瓶盖 28牙 白色 带内塞', 'PCS', 35000, '0.085')]
    lines = exact([ln(s, t, q, p) for s, t, u, q, p in rows], [None, None, '0.085'])
    total = '21475.00'
    check(lines, total)
    cov = Sheet('封面')
    cov.widths = {1: 16, 2: 40}
    cov.set(2, 1, '采 购 订 单', bold=True, size=20)
    cov.merge(2, 1, 2, 2)
    for i, (k, v) in enumerate([('订单编号', 'MY-CG-2026-1203'), ('订单日期', '2026年12月3日'),
                                ('采购方', '嘉兴美妍日化有限公司'), ('供应商', '杭州恒达包装材料有限公司'),
                                ('收货地址', '浙江省嘉兴市南湖区亚太路 1052 号 美妍日化 成品仓'),
                                ('收货人', '沈佳'), ('联系电话', '0573-82271306'), ('付款方式', '月结 60 天'),
                                ('备注', '明细见第二页（明细表）')]):
        cov.set(4 + i, 1, k, bold=True, border=True)
        cov.set(4 + i, 2, v, border=True)
    det = Sheet('明细表')
    det.widths = {1: 6, 2: 14, 3: 26, 4: 8, 5: 10, 6: 10, 7: 12}
    det.row(1, 1, ['序号', '物料编码', '物料描述', '单位', '订购数量', '单价', '金额'], bold=True, border=True)
    for i, (s, t, u, q, p) in enumerate(rows):
        r = 2 + i
        det.row(r, 1, [i + 1, s, t, u, q], border=True)
        det.set(r, 6, D(p), border=True, fmt='0.000')
        det.set(r, 7, ('=E%d*F%d' % (r, r), D(p) * q), border=True, fmt='#,##0.00')
    det.set(5, 6, '合计', border=True)
    det.set(5, 7, ('=SUM(G2:G4)', D(total)), border=True, fmt='#,##0.00')
    det.set(7, 1, '以上价格含13%增值税，人民币结算。')
    data = corpus_docs.xlsx_bytes([cov, det], creator='沈佳')
    body = '您好，\n\n附件为本月采购订单，请查收并回签。\n\n沈佳\n嘉兴美妍日化有限公司 采购部\n'
    eml = with_attachments(hdr(addr('沈佳', 'shenjia@meiyan-chem.com'), '采购订单 MY-CG-2026-1203',
                               'Thu, 3 Dec 2026 09:12:40 +0800', 'b1f2e3d4c5a6@meiyan-chem.com',
                               'X-Mailer: Microsoft Outlook 16.0'), body, 'utf-8', 'base64',
                           [attachment(XLSX, data, '采购订单MY-CG-2026-1203.xlsx', name_style='rfc2231')],
                           '----=_NextPart_000_0012_01DB4560.6A7B8C90')
    return eml, truth('hand-xlsx-cover-sheet-items-on-sheet2', 'xlsx', 'utf-8',
                      'A cosmetics maker\'s .xlsx whose first sheet 封面 is a label/value cover (订单编号, 日期, '
                      '收货地址, 收货人, 联系电话 in separate rows) and whose items are on the second sheet 明细表 '
                      '(no order number there), 3-decimal prices formatted 0.000, formulas with cached values, '
                      'currency stated in a remark "人民币结算". Adds up.',
                      [order('MY-CG-2026-1203', '嘉兴美妍日化有限公司',
                             ('沈佳', '0573-82271306', '浙江省嘉兴市南湖区亚太路 1052 号 美妍日化 成品仓'),
                             '2026-12-03', 'CNY', total, lines)])


@mail
def h148_xlsx_pivot_sizes_across():
    models = [('HD-TS-BK', 'T恤包装袋 黑色 印logo', '0.32', {'S': 1000, 'M': 2000, 'L': 2000, 'XL': 1000}),
              ('HD-TS-WH', 'T恤包装袋 白色 印logo', '0.30', {'S': 500, 'M': 1500, 'L': 1500, 'XL': 0})]
    sizes = ['S', 'M', 'L', 'XL']
    lines = []
    for s, t, p, q in models:
        for z in sizes:
            if q[z]:
                lines.append(ln('%s-%s' % (s, z), '%s %s' % (t, z), q[z], p))
    total = '2970.00'
    check(lines, total)
    sh = Sheet('订货')
    sh.widths = {1: 12, 2: 24, 3: 8, 4: 8, 5: 8, 6: 8, 7: 10, 8: 10, 9: 12}
    sh.set(1, 1, '潮牌服饰 包装袋订货单  单号：CP-1204  日期：2026/12/4', bold=True)
    sh.merge(1, 1, 1, 9)
    sh.row(2, 1, ['款号', '品名', 'S', 'M', 'L', 'XL', '合计数量', '单价', '金额'], bold=True, border=True)
    for i, (s, t, p, q) in enumerate(models):
        r = 3 + i
        sh.row(r, 1, [s, t] + [q[z] if q[z] else None for z in sizes], border=True)
        n = sum(q.values())
        sh.set(r, 7, ('=SUM(C%d:F%d)' % (r, r), n), border=True)
        sh.set(r, 8, D(p), border=True, fmt='0.00')
        sh.set(r, 9, ('=G%d*H%d' % (r, r), D(p) * n), border=True, fmt='0.00')
    sh.set(5, 1, '合计', border=True)
    sh.set(5, 7, ('=SUM(G3:G4)', 6000 + 3500), border=True)
    sh.set(5, 9, ('=SUM(I3:I4)', D(total)), border=True, fmt='0.00')
    sh.set(7, 1, '备注：尺码编码 = 款号-尺码（如 HD-TS-BK-S）。送货：广州市白云区石井街道环滘路 21 号 潮牌仓 罗先生 18620931175')
    data = corpus_docs.xlsx_bytes([sh], creator='Administrator')
    body = '你好，订货单在附件，尺码分开的，麻烦按尺码装箱。\n罗\n'
    eml = with_attachments(hdr(addr('罗', 'chaopai_luo@126.com', 'gbk'), '包装袋订货 CP-1204', 'Fri, 4 Dec 2026 20:44:12 +0800',
                               '3c8e1f2a.9a1.18f3d5e6f77.Coremail.chaopai_luo@126.com',
                               'X-Mailer: Coremail Webmail Server Version XT5.0.14', 'gbk'), body, 'gbk', 'base64',
                           [attachment(XLSX, data, '订货单CP-1204.xlsx', name_style='gbk')],
                           '----=_Part_77123_1004422.1764852252')
    return eml, truth('hand-xlsx-pivot-sizes-across', 'xlsx', 'gbk',
                      'A clothing brand\'s .xlsx with sizes across the columns (S / M / L / XL) and one row per '
                      'model, a 合计数量 formula column and one price per model; an empty XL cell. The clerk keys '
                      'one line per size with the SKU "款号-尺码" as the remark defines it (7 lines). Order number '
                      'and date in the merged title cell with the buyer\'s name 潮牌服饰; no currency. Adds up.',
                      [order('CP-1204', '潮牌服饰', ('罗先生', '18620931175', '广州市白云区石井街道环滘路 21 号 潮牌仓'),
                             '2026-12-04', None, total, lines)])


@mail
def h149_price_in_body_qty_in_xlsx():
    rows = [('HD-YB-0500', '珍珠棉 EPE 5mm 卷材 1.2m*100m', 80), ('HD-YB-1000', '珍珠棉 EPE 10mm 卷材 1.2m*50m', 40)]
    lines = [ln(s, t, q, p) for (s, t, q), p in zip(rows, ['96.00', '98.00'])]
    total = '11600.00'
    check(lines, total)
    sh = Sheet('Sheet1')
    sh.widths = {1: 14, 2: 30, 3: 8, 4: 10}
    sh.row(1, 1, ['编码', '名称', '单位', '数量'], bold=True, border=True)
    for i, (s, t, q) in enumerate(rows):
        sh.row(2 + i, 1, [s, t, '卷', q], border=True)
    data = corpus_docs.xlsx_bytes([sh], creator='Administrator')
    body = """李经理你好：

附件是这次的数量。价格按昨天电话谈好的：5mm 的 96 元一卷，10mm 的 98 元一卷（含税），
总共 11,600 元。

订单号 HB-1201，今天下单，送货到合肥市经开区繁华大道 8899 号 华邦家电 包材库，
联系 何伟 15055128876。

合肥华邦家电配件有限公司 何伟
"""
    eml = with_attachments(hdr(addr('何伟', 'hewei@huabang-parts.com', 'gb2312'), '珍珠棉订单 HB-1201',
                               'Tue, 1 Dec 2026 15:33:09 +0800', '202612011533092245110@huabang-parts.com',
                               'X-Mailer: Foxmail 7.2.25.228[cn]', 'gb2312'), body, 'gb2312', 'base64',
                           [attachment(XLSX, data, '数量.xlsx', name_style='gb2312')],
                           '----=_001_NextPart228740315612_=----')
    return eml, truth('hand-price-in-body-qty-in-xlsx', 'xlsx', 'gb2312',
                      'The quantities are in a bare .xlsx (编码/名称/单位/数量, no price, no number) and the prices '
                      'in the mail text ("5mm 的 96 元一卷，10mm 的 98 元一卷"), matched by thickness; order number, '
                      '"今天下单" (= the mail date, 2026-12-01) and address in the text. Adds up.',
                      [order('HB-1201', '合肥华邦家电配件有限公司',
                             ('何伟', '15055128876', '合肥市经开区繁华大道 8899 号 华邦家电 包材库'),
                             '2026-12-01', 'CNY', total, lines)])


@mail
def h150_xls_hk_en_hkd():
    rows = [('HD-PP-2030', 'PP woven bag 50x80cm, white, laminated', 'PCS', 5000, '1.650'),
            ('HD-PP-2031', 'PP woven bag 60x100cm, white, laminated', 'PCS', 3000, '2.180'),
            ('HD-JB-1000', 'Jumbo bag 90x90x110cm, 1 ton, 4 loops', 'PCS', 100, '48.000')]
    lines = [ln(s, t, q, p) for s, t, u, q, p in rows]
    total = '19590.00'
    check(lines, total)
    sh = Sheet('PO')
    sh.widths = {1: 6, 2: 14, 3: 40, 4: 6, 5: 10, 6: 12, 7: 14}
    sh.set(1, 1, 'WING FAT TRADING CO. LTD.')
    sh.set(2, 1, 'Unit 1805, 18/F, Kwai Cheong Centre, 50 Kwai Cheong Road, Kwai Chung, N.T., Hong Kong')
    sh.set(4, 1, 'PURCHASE ORDER')
    sh.set(5, 1, 'P.O. No.')
    sh.set(5, 3, 'WF-26-0588')
    sh.set(6, 1, 'Date')
    sh.set(6, 3, '02-Dec-2026')
    sh.set(7, 1, 'Currency')
    sh.set(7, 3, 'HKD')
    sh.row(9, 1, ['Item', 'Code', 'Description', 'Unit', 'Quantity', 'Unit Price', 'Amount'])
    for i, (s, t, u, q, p) in enumerate(rows):
        sh.row(10 + i, 1, [i + 1, s, t, u, q, D(p), D(p) * q])
    sh.row(14, 6, ['TOTAL', D(total)])
    sh.set(16, 1, 'Deliver to: same as above. Contact: Mr. Wong Chi Keung  Tel: 2420 1188')
    sh.set(17, 1, 'Authorised Signature: ____________')
    data = corpus_docs.xls_bytes([sh])
    body = 'Dear Sirs,\n\nAttached please find our P.O. WF-26-0588 for your processing.\n\nRgds,\nC K Wong\nWing Fat Trading Co. Ltd.\n'
    eml = with_attachments(hdr('"Wong Chi Keung" <ckwong@wingfat.com.hk>', 'P.O. WF-26-0588',
                               'Wed, 2 Dec 2026 17:55:02 +0800', '003b01db4631$8c9dae10$a5d80a30$@wingfat.com.hk',
                               'X-Mailer: Microsoft Office Outlook 12.0'), body, 'us-ascii', '7bit',
                           [attachment(XLS, data, 'WF-26-0588.xls')], '----=_NextPart_000_003C_01DB4674.9AC0EE10')
    return eml, truth('hand-xls-hk-en-hkd', 'xls', 'us-ascii',
                      'A Hong Kong trading company\'s .xls (Outlook 2007): letterhead rows, label and value in '
                      'columns A and C, Currency HKD in its own cell, 3-decimal prices as numbers, TOTAL in the '
                      'price column, "Deliver to: same as above" (the letterhead address). Adds up.',
                      [order('WF-26-0588', 'Wing Fat Trading Co. Ltd.',
                             ('Mr. Wong Chi Keung', '2420 1188',
                              'Unit 1805, 18/F, Kwai Cheong Centre, 50 Kwai Cheong Road, Kwai Chung, N.T., Hong Kong'),
                             '2026-12-02', 'HKD', total, lines)])


@mail
def h151_xls_cn_four_decimal_prices():
    rows = [('10020031', '热收缩膜 POF 15丝 宽 450mm', '公斤', 600, '21.3500'),
            ('10020032', '热收缩膜 POF 15丝 宽 550mm', '公斤', 400, '21.3500'),
            ('10030008', '拉伸缠绕膜 50cm 2.5kg/卷', '卷', 150, '23.8750')]
    lines = exact([ln(s, t, q, p) for s, t, u, q, p in rows], ['21.3500', '21.3500', '23.8750'])
    total = '24931.25'
    check(lines, total)
    sh = Sheet('采购订单')
    sh.widths = {1: 12, 2: 30, 3: 8, 4: 10, 5: 12, 6: 14, 7: 12}
    sh.set(1, 1, '漳州顺发食品有限公司采购订单')
    sh.set(2, 1, '订单号：SF20261202011')
    sh.set(2, 5, '日期：2026.12.02')
    sh.set(3, 1, '供应商：杭州恒达包装材料有限公司')
    sh.row(4, 1, ['物料代码', '物料名称', '单位', '数量', '单价', '金额', '交货日期'])
    for i, (s, t, u, q, p) in enumerate(rows):
        sh.row(5 + i, 1, [s, t, u, q, D(p), D(p) * q, '2026-12-12'])
        sh.numfmt[(5 + i, 5)] = '0.0000'
        sh.numfmt[(5 + i, 6)] = '#,##0.00'
    sh.row(8, 1, ['合计', '', '', 1150, '', D(total)])
    sh.numfmt[(8, 6)] = '#,##0.00'
    sh.set(10, 1, '送货地址：福建省漳州市龙海区角美镇杨厝工业区 顺发食品 仓管 郑建华 0596-6789023')
    data = corpus_docs.xls_bytes([sh])
    body = '李经理：\n附件采购订单请确认。单价保留四位小数，按合同价。\n\n郑建华\n'
    eml = with_attachments(hdr(addr('郑建华', 'zhengjh@shunfa-food.com', 'gbk'), '采购订单SF20261202011',
                               'Wed, 2 Dec 2026 10:22:51 +0800', '6e4a2c1b.3d2.18f3e0a1b2c.Coremail.zhengjh@shunfa-food.com',
                               'X-Mailer: Coremail Webmail Server Version XT5.0.14', 'gbk'), body, 'gbk', 'base64',
                           [attachment(XLS, data, 'SF20261202011.xls')], '----=_Part_40012_2033110.1764642171')
    return eml, truth('hand-xls-cn-four-decimal-prices', 'xls', 'gbk',
                      'A food factory\'s ERP .xls: material codes as text (8 digits), quantities in 公斤 and 卷, '
                      '4-decimal prices (21.3500, 23.8750) formatted 0.0000, amounts with cents (3,581.25), a '
                      '交货日期 column that is not the order date, 合计 row with the quantity sum. No currency. '
                      'Adds up.',
                      [order('SF20261202011', '漳州顺发食品有限公司',
                             ('郑建华', '0596-6789023', '福建省漳州市龙海区角美镇杨厝工业区 顺发食品'),
                             '2026-12-02', None, total, lines)])


@mail
def h152_xlsx_en_boxes_per_box_total():
    rows = [('HD-EG-0006', 'Egg carton 6-cell, pulp, grey', 60, 300, '0.095'),
            ('HD-EG-0012', 'Egg carton 12-cell, pulp, grey', 40, 200, '0.160'),
            ('HD-EG-0030', 'Egg tray 30-cell, pulp', 25, 140, '0.210')]
    lines = exact([ln(s, t, b * n, p) for s, t, b, n, p in rows], ['0.095', '0.160', '0.210'])
    total = '3725.00'
    check(lines, total)
    sh = Sheet('Order')
    sh.widths = {1: 14, 2: 32, 3: 8, 4: 10, 5: 10, 6: 12, 7: 12}
    sh.set(1, 1, 'Order No.', bold=True)
    sh.set(1, 2, 'FF-2026-117')
    sh.set(2, 1, 'Order Date', bold=True)
    sh.set(2, 2, '2026-11-29')
    sh.set(3, 1, 'Customer', bold=True)
    sh.set(3, 2, 'Fresh Farm Eggs Ltd.')
    sh.row(5, 1, ['SKU', 'Description', 'Boxes', 'Per Box', 'Total Qty', 'Unit USD', 'Amount USD'], bold=True, border=True)
    for i, (s, t, b, n, p) in enumerate(rows):
        r = 6 + i
        sh.row(r, 1, [s, t, b, n], border=True)
        sh.set(r, 5, ('=C%d*D%d' % (r, r), b * n), border=True, fmt='#,##0')
        sh.set(r, 6, D(p), border=True, fmt='0.000')
        sh.set(r, 7, ('=E%d*F%d' % (r, r), D(p) * b * n), border=True, fmt='#,##0.00')
    sh.set(9, 6, 'TOTAL', bold=True)
    sh.set(9, 7, ('=SUM(G6:G8)', D(total)), bold=True, fmt='#,##0.00')
    sh.set(11, 1, 'Ship to: Fresh Farm Eggs Ltd., 42 Gorge Road, Riverton 9822, New Zealand. Attn Sam Reid 027 448 1902')
    data = corpus_docs.xlsx_bytes([sh], creator='Sam Reid')
    body = 'Hi Vivian\n\nOrder attached, same as last time but more 6-cell.\n\nCheers\nSam\n'
    eml = with_attachments(hdr('Sam Reid <sam@freshfarmeggs.co.nz>', 'Order FF-2026-117', 'Sun, 29 Nov 2026 19:02:37 +1300',
                               'CAMr4x0Zt5=Kp8Q2wVv@mail.gmail.com'), body, 'us-ascii', '7bit',
                           [attachment(XLSX, data, 'FF-2026-117.xlsx')], '000000000000f1e2d3c4b5a69788')
    return eml, truth('hand-xlsx-en-boxes-per-box-total', 'xlsx', 'us-ascii',
                      'A New Zealand egg farm\'s .xlsx with Boxes / Per Box / Total Qty columns (formula with '
                      'cached value) and 3-decimal "Unit USD" prices: the clerk keys Total Qty. Order date as a '
                      'text cell 2026-11-29 (the NZ evening of 29 Nov is the same day in Shanghai). Adds up.',
                      [order('FF-2026-117', 'Fresh Farm Eggs Ltd.',
                             ('Sam Reid', '027 448 1902', 'Fresh Farm Eggs Ltd., 42 Gorge Road, Riverton 9822, New Zealand'),
                             '2026-11-29', 'USD', total, lines)])


@mail
def h153_xlsx_total_wrong_hold():
    rows = [('HD-XH-2015', '鞋盒 天地盖 28*18*10', 3000, '1.95'), ('HD-XH-3020', '鞋盒 天地盖 33*20*12', 2000, '2.35'),
            ('HD-ZZ-0017', '拷贝纸 17g 50*70', 8000, '0.18')]
    lines = [ln(s, t, q, p) for s, t, q, p in rows]
    assert sum(D(x['total']) for x in lines) == D('11990.00')
    total = '11090.00'
    sh = Sheet('Sheet1')
    sh.widths = {1: 14, 2: 24, 3: 10, 4: 10, 5: 12}
    sh.set(1, 1, '温岭步云鞋业 采购单')
    sh.set(2, 1, '单号：BY-2612-09')
    sh.set(2, 4, '2026-12-05')
    sh.row(3, 1, ['编号', '名称', '数量', '单价', '金额'])
    for i, (s, t, q, p) in enumerate(rows):
        sh.row(4 + i, 1, [s, t, q, D(p), D(p) * q])
    sh.row(7, 1, ['合计', '', '', '', D(total)])
    sh.set(9, 1, '送货：温岭市城东街道万昌中路 806 号 步云鞋业 陈伟 13857654219')
    data = corpus_docs.xlsx_bytes([sh], creator='Administrator')
    body = '李总，单子附件，麻烦尽快。\n陈伟 温岭步云鞋业有限公司\n'
    eml = with_attachments(hdr(addr('陈伟', '871220634@qq.com', 'gb18030'), '采购单', 'Sat, 5 Dec 2026 08:10:40 +0800',
                               'tencent_9A8B7C6D5E4F30211203F4E5D6C7B8A9B008@qq.com', None, 'gb18030'),
                           body, 'gb18030', 'base64', [attachment(XLSX, data, '采购单.xlsx', name_style='gb18030')],
                           '----=_NextPart_5F2A1B3C_0E4D_7A8B9C10')
    return eml, truth('hand-xlsx-total-wrong-hold', 'xlsx', 'gb18030',
                      'A shoe factory\'s hand-typed .xlsx (numbers typed, no formulas): the lines add up to 11,990 '
                      'but 合计 says 11,090 (typed by hand). The clerk HOLDS (the total is keyed as written). Date as '
                      'a text cell without a label. No currency.',
                      [order('BY-2612-09', '温岭步云鞋业有限公司',
                             ('陈伟', '13857654219', '温岭市城东街道万昌中路 806 号 步云鞋业'),
                             '2026-12-05', None, total, lines)])


# ============================================================ PDF attachments
def _box(c, x, y, w, h):
    c.setLineWidth(0.8)
    c.rect(x, y - h, w, h)


@mail
def h154_pdf_yonyou_u8_daxie():
    rows = [('0102001', '牛皮纸 120g 卷筒 宽 1092mm', '吨', 8, '6150.00'),
            ('0102005', '瓦楞原纸 105g 宽 1600mm', '吨', 12, '3380.00'),
            ('0301010', '淀粉胶 BX-200', '袋', 40, '86.00')]
    lines = [ln(s, t, q, p) for s, t, u, q, p in rows]
    total = '93200.00'
    check(lines, total)

    def build(c, fn, ps):
        w, h = ps
        c.setFont(fn, 18)
        c.drawCentredString(w / 2, h - 60, '采购订单')
        c.setFont(fn, 9)
        _box(c, 40, h - 80, w - 80, 62)
        for i, (a, b) in enumerate([('订单编号：CG0000012688', '订单日期：2026-12-01'),
                                    ('供应商：杭州恒达包装材料有限公司', '采购类型：普通采购'),
                                    ('部门：采购部', '业务员：冯晓东'),
                                    ('币种：人民币', '汇率：1.00000000')]):
            c.drawString(48, h - 95 - 14 * i, a)
            c.drawString(w / 2 + 10, h - 95 - 14 * i, b)
        t = [['行号', '存货编码', '存货名称', '主计量', '数量', '原币含税单价', '原币价税合计', '计划到货日期']]
        t += [[str(i + 1), s, n, u, '%.2f' % q, p, '{:,.2f}'.format(D(p) * q), '2026-12-10']
              for i, (s, n, u, q, p) in enumerate(rows)]
        t.append(['合计', '', '', '', '60.00', '', '93,200.00', ''])
        y = corpus_docs.draw_grid_table(c, fn, 40, h - 160, [32, 58, 150, 40, 50, 70, 75, 65], t, size=8,
                                        align=['c', 'l', 'l', 'c', 'r', 'r', 'r', 'c'])
        c.drawString(48, y - 20, '价税合计（大写）：玖万叁仟贰佰元整          （小写）：¥93,200.00')
        c.drawString(48, y - 40, '收货单位：苏州宏图纸制品有限公司    收货地址：江苏省苏州市吴江区汾湖高新区临沪大道 2009 号')
        c.drawString(48, y - 54, '收货人：冯晓东    电话：0512-63256671')
        c.drawString(48, y - 80, '制单人：冯晓东        审核人：王建        审核日期：2026-12-01')
        c.drawRightString(w - 40, 40, '第 1 页 / 共 1 页      用友U8 V13.0')
    data = make_hand2._pdf_cid(build, 'CG0000012688')
    body = '李经理好：\n\n附件为U8打印的采购订单CG0000012688，请盖章回传。\n\n冯晓东\n苏州宏图纸制品有限公司\n'
    eml = with_attachments(hdr(addr('冯晓东', 'fengxd@hongtu-paper.com', 'gb2312'), '采购订单CG0000012688',
                               'Tue, 1 Dec 2026 14:02:36 +0800', '000101db43c2$1a2b3c4d$5e6f7081$@hongtu-paper.com',
                               'X-Mailer: Microsoft Outlook 16.0', 'gb2312'), body, 'gb2312', 'base64',
                           [attachment('application/pdf', data, 'CG0000012688.pdf')],
                           '----=_NextPart_000_0002_01DB43C2.1A2B3C4D')
    return eml, truth('hand-pdf-yonyou-u8-daxie', 'pdf', 'gb2312',
                      'A 用友 U8 采购订单 printed to PDF in the non-embedded CID font STSong-Light: a ruled header box '
                      'with 订单编号/订单日期/币种：人民币/汇率, 8 columns (行号, 存货编码, 主计量 吨/袋, quantities '
                      '"8.00", 原币含税单价, 原币价税合计, 计划到货日期), 合计 row, 价税合计（大写）玖万叁仟贰佰元整 '
                      'and 小写 ¥93,200.00, 制单人/审核人 footer. Adds up.',
                      [order('CG0000012688', '苏州宏图纸制品有限公司',
                             ('冯晓东', '0512-63256671', '江苏省苏州市吴江区汾湖高新区临沪大道 2009 号'),
                             '2026-12-01', 'CNY', total, lines)])


@mail
def h155_pdf_kingdee_k3_net_tax():
    rows = [('3.01.0021', '彩盒 250g白卡 四色印刷 过哑膜', '个', 10000, '0.6195', '0.70'),
            ('3.01.0022', '说明书 80g双胶纸 A5 双面', '张', 10000, '0.0885', '0.10'),
            ('3.02.0007', '合格证 不干胶 40*30', '张', 10000, '0.0354', '0.04')]
    lines = [ln(s, t, q, g) for s, t, u, q, n, g in rows]
    total = '8400.00'
    check(lines, total)

    def build(c, fn, ps):
        w, h = ps
        c.setFont(fn, 10)
        c.drawString(40, h - 40, '宁波迈科电器有限公司')
        c.setFont(fn, 16)
        c.drawCentredString(w / 2, h - 65, '采 购 订 单')
        c.setFont(fn, 9)
        c.drawString(40, h - 90, '单据编号：POORD026517')
        c.drawString(220, h - 90, '日期：2026/12/2')
        c.drawString(380, h - 90, '供应商：恒达包装')
        c.drawString(40, h - 104, '交货地点：宁波市鄞州区姜山镇科技园区 迈科电器 物流中心')
        c.drawString(380, h - 104, '结算币别：人民币')
        t = [['物料代码', '物料名称', '单位', '数量', '单价', '含税单价', '税率(%)', '价税合计']]
        t += [[s, n, u, '{:,}'.format(q), p, g, '13', '{:,.2f}'.format(D(g) * q)] for s, n, u, q, p, g in rows]
        t.append(['合计', '', '', '30,000', '', '', '', '8,400.00'])
        y = corpus_docs.draw_grid_table(c, fn, 40, h - 118, [55, 150, 30, 50, 50, 50, 40, 70], t, size=8,
                                        align=['l', 'l', 'c', 'r', 'r', 'r', 'c', 'r'])
        c.drawString(40, y - 18, '大写金额：捌仟肆佰元整')
        c.drawString(40, y - 34, '联系人：严丽 0574-88412239   备注：彩盒颜色以签样为准')
        c.drawString(40, y - 60, '业务员：严丽     制单：严丽     审核：徐国平     金蝶K/3 WISE')
    data = corpus_docs.pdf_bytes(build, 'POORD026517', 'yanli', font='song')
    body = '恒达：\n  K3采购订单一份，见附件。\n严丽\n'
    eml = with_attachments(hdr(addr('严丽', 'yanli@maike-elec.cn', 'gbk'), 'POORD026517',
                               'Wed, 2 Dec 2026 16:45:12 +0800', '2026120216451298765@maike-elec.cn',
                               'X-Mailer: Foxmail 7.2.25.375[cn]', 'gbk'), body, 'gbk', 'base64',
                           [attachment('application/pdf', data, 'POORD026517.pdf')], '----=_001_NextPart883612340071_=----')
    return eml, truth('hand-pdf-kingdee-k3-net-tax', 'pdf', 'gbk',
                      'A 金蝶 K/3 WISE 采购订单 PDF: dotted material codes (3.01.0021), a net 单价 with 4 decimals '
                      'and a 含税单价 column, 税率 13, 价税合计; the clerk keys the tax-inclusive price (the total '
                      'is tax-inclusive). 结算币别：人民币, 大写金额, the buyer\'s name only at the top. Delivery '
                      'place without a street number, 联系人 line separate. Adds up.',
                      [order('POORD026517', '宁波迈科电器有限公司',
                             ('严丽', '0574-88412239', '宁波市鄞州区姜山镇科技园区 迈科电器 物流中心'),
                             '2026-12-02', 'CNY', total, lines)])


@mail
def h156_pdf_sap_b1_en_eur():
    rows = [('HD-CT-0405', 'Coffee cup 4oz double wall, kraft', 20000, '0.0410'),
            ('HD-CT-0805', 'Coffee cup 8oz double wall, kraft', 30000, '0.0530'),
            ('HD-LD-0080', 'Lid 80mm, PS, black', 50000, '0.0125')]
    lines = exact([ln(s, t, q, p) for s, t, q, p in rows], ['0.0410', '0.0530', '0.0125'])
    total = '3246.00'
    check(lines, total, '211.00')

    def build(c, fn, ps):
        w, h = ps
        c.setFont('Helvetica-Bold', 14)
        c.drawString(40, h - 50, 'Kaffeewerk Vertriebs GmbH')
        c.setFont('Helvetica', 8)
        c.drawString(40, h - 62, 'Speicherstrasse 12, 20457 Hamburg, Germany')
        c.setFont('Helvetica-Bold', 16)
        c.drawRightString(w - 40, h - 50, 'Purchase Order')
        c.setFont('Helvetica', 9)
        _box(c, w - 230, h - 70, 190, 56)
        for i, (a, b) in enumerate([('Document No.', '40017'), ('Posting Date', '01.12.2026'),
                                    ('Delivery Date', '15.01.2027'), ('Currency', 'EUR')]):
            c.drawString(w - 224, h - 83 - 13 * i, a)
            c.drawRightString(w - 46, h - 83 - 13 * i, b)
        c.drawString(40, h - 100, 'Vendor: Hangzhou Hengda Packaging Material Co., Ltd.')
        c.drawString(40, h - 140, 'Ship To: Kaffeewerk Lager Nord, Billbrookdeich 210, 22113 Hamburg, Germany')
        c.drawString(40, h - 153, 'Contact: Jonas Albrecht, +49 40 7325 118')
        t = [['#', 'Item No.', 'Item Description', 'Quantity', 'Unit Price', 'Total (LC)']]
        t += [[str(i + 1), s, d, '{:,}'.format(q), 'EUR %s' % p, 'EUR {:,.2f}'.format(D(p) * q)]
              for i, (s, d, q, p) in enumerate(rows)]
        y = corpus_docs.draw_grid_table(c, 'Helvetica', 40, h - 175, [20, 70, 190, 60, 80, 95], t, size=8,
                                        align=['c', 'l', 'l', 'r', 'r', 'r'])
        for i, (a, b) in enumerate([('Total Before Discount', 'EUR 3,035.00'), ('Freight', 'EUR 211.00'),
                                    ('Tax', 'EUR 0.00'), ('Total Payment Due', 'EUR 3,246.00')]):
            c.drawString(w - 230, y - 18 - 13 * i, a)
            c.drawRightString(w - 46, y - 18 - 13 * i, b)
        c.setFont('Helvetica', 7)
        c.drawString(40, 40, 'SAP Business One  -  Printed by: jalbrecht  -  Page 1 of 1')
    data = corpus_docs.pdf_bytes(build, 'Purchase Order 40017', 'jalbrecht')
    body = 'Dear Vivian,\n\nplease find attached our purchase order 40017.\n\nBest regards\nJonas Albrecht\nEinkauf\n'
    eml = with_attachments(hdr('Jonas Albrecht <j.albrecht@kaffeewerk.de>', 'Purchase Order 40017',
                               'Tue, 1 Dec 2026 09:30:05 +0100', 'SAPB1.40017.20261201093005@kaffeewerk.de',
                               'X-Mailer: SAP Business One 10.0'), body, 'utf-8', 'quoted-printable',
                           [attachment('application/pdf', data, 'PO_40017.pdf')], '=_SAPB1_5f3e2d1c0b0a')
    return eml, truth('hand-pdf-sap-b1-en-eur', 'pdf', 'utf-8',
                      'A Hamburg coffee roaster\'s SAP Business One PO (Helvetica): document number "40017" in a '
                      'right header box with Posting Date 01.12.2026 (German DD.MM) and a Delivery Date, 4-decimal '
                      'EUR prices, a totals block Total Before Discount / Freight 211.00 / Tax 0.00 / Total Payment '
                      'Due. Adds up.',
                      [order('40017', 'Kaffeewerk Vertriebs GmbH',
                             ('Jonas Albrecht', '+49 40 7325 118',
                              'Kaffeewerk Lager Nord, Billbrookdeich 210, 22113 Hamburg, Germany'),
                             '2026-12-01', 'EUR', total, lines)])


@mail
def h157_pdf_two_orders_two_pages():
    po = [('DJ-A-1204', '杭州店', '杭州市上城区解放路 245 号 鼎记餐饮 杭州店', '毛晓燕', '13588711205',
           [('HD-CH-0750', '打包盒 750ml 长方形 带盖', '箱', 20, '68.00'),
            ('HD-CH-1000', '打包盒 1000ml 长方形 带盖', '箱', 15, '82.00'),
            ('HD-DZ-0002', '打包袋 大号 手提', '捆', 30, '24.00')]),
          ('DJ-B-1204', '宁波店', '宁波市海曙区中山西路 88 号 鼎记餐饮 宁波店', '柴永强', '13957436610',
           [('HD-CH-0750', '打包盒 750ml 长方形 带盖', '箱', 12, '68.00'),
            ('HD-TW-0005', '汤碗 500ml 圆形 带盖', '箱', 10, '75.00')])]
    orders = []
    for eid, store, adr, who, tel, rows in po:
        lines = [ln(s, t, q, p) for s, t, u, q, p in rows]
        tot = m2(sum(D(x['total']) for x in lines))
        orders.append(order(eid, '浙江鼎记餐饮管理有限公司', (who, tel, adr), '2026-12-04', 'CNY', tot, lines))

    def build(c, fn, ps):
        w, h = ps
        for eid, store, adr, who, tel, rows in po:
            c.setFont(fn, 15)
            c.drawCentredString(w / 2, h - 55, '浙江鼎记餐饮管理有限公司 采购单（%s）' % store)
            c.setFont(fn, 9)
            c.drawString(40, h - 85, '采购单号：%s' % eid)
            c.drawString(300, h - 85, '日期：2026年12月4日')
            c.drawString(40, h - 100, '收货门店：%s' % adr)
            c.drawString(40, h - 115, '收货人：%s  %s' % (who, tel))
            t = [['编码', '品名', '单位', '数量', '单价（元）', '金额（元）']]
            t += [[s, n, u, str(q), p, '{:,.2f}'.format(D(p) * q)] for s, n, u, q, p in rows]
            tot = sum(D(p) * q for s, n, u, q, p in rows)
            t.append(['', '', '', '', '合计', '{:,.2f}'.format(tot)])
            y = corpus_docs.draw_grid_table(c, fn, 40, h - 130, [70, 170, 40, 50, 80, 95], t,
                                            align=['l', 'l', 'c', 'r', 'r', 'r'])
            c.drawString(40, y - 25, '请分别送货、分别开票。    采购：金海')
            c.showPage()
    data = corpus_docs.pdf_bytes(build, '鼎记采购单 1204', 'jinhai')
    body = '李经理，\n\n两个门店的采购单合在一个PDF里了（一页一个店），请分别送货开票。\n\n金海\n浙江鼎记餐饮管理有限公司\n'
    eml = with_attachments(hdr(addr('金海', 'jinhai@dingji-food.com'), '门店采购单 12-04（杭州店、宁波店）',
                               'Fri, 4 Dec 2026 17:20:02 +0800', '1a2b3c4d-5e6f-4a1b-9c2d-3e4f5a6b7c8d@dingji-food.com',
                               'X-Mailer: Microsoft Outlook 16.0'), body, 'utf-8', 'base64',
                           [attachment('application/pdf', data, '鼎记采购单1204.pdf', name_style='rfc2231')],
                           '----=_NextPart_000_0031_01DB4640.ABCDEF12')
    return eml, truth('hand-pdf-two-orders-two-pages', 'pdf', 'utf-8',
                      'A restaurant group sends two store orders in ONE PDF, one page each (杭州店 DJ-A-1204, 宁波店 '
                      'DJ-B-1204), same layout, the same SKU on both pages, each with its own 合计 and receiver: two '
                      'orders. Both add up.', orders)


@mail
def h158_pdf_th_en_thb_remarks():
    rows = [('HD-RC-0525', 'Rice bag PP woven 5kg, printed 4 colours', 20000, '2.85'),
            ('HD-RC-1525', 'Rice bag PP woven 15kg, printed 4 colours', 12000, '4.40'),
            ('HD-RC-HDL0', 'Plastic handle for 5kg bag', 20000, '0.35')]
    lines = [ln(s, t, q, p) for s, t, q, p in rows]
    total = '116800.00'
    check(lines, total)

    def build(c, fn, ps):
        w, h = ps
        c.setFont(fn, 13)
        c.drawString(40, h - 50, 'SIAM GOLDEN GRAIN CO., LTD.')
        c.setFont(fn, 8)
        c.drawString(40, h - 62, '99/9 Moo 4, Bang Pa-in Industrial Estate, Ayutthaya 13160, Thailand  Tax ID 0105551234567')
        c.setFont(fn, 14)
        c.drawString(40, h - 95, 'PURCHASE ORDER')
        c.setFont(fn, 9)
        c.drawString(40, h - 112, 'PO No.: SGG-PO-2569/0412')
        c.drawString(250, h - 112, 'Date: 2 December 2026 (B.E. 2569)')
        c.drawString(40, h - 126, 'Supplier: Hangzhou Hengda Packaging Material Co., Ltd.')
        t = [['No.', 'Code', 'Description', 'Qty (pcs)', 'Unit Price (THB)', 'Amount (THB)']]
        t += [[str(i + 1), s, d, '{:,}'.format(q), p, '{:,.2f}'.format(D(p) * q)] for i, (s, d, q, p) in enumerate(rows)]
        t.append(['', '', '', '', 'Grand Total', '116,800.00'])
        y = corpus_docs.draw_grid_table(c, fn, 40, h - 140, [25, 70, 190, 60, 85, 85], t, size=8,
                                        align=['c', 'l', 'l', 'r', 'r', 'r'])
        _box(c, 40, y - 15, 515, 60)
        c.drawString(46, y - 28, 'Remarks: 1) Printing as approved artwork rev.3   2) Packing 500 pcs/bale')
        c.drawString(46, y - 42, '3) Delivery to: SGG Warehouse 2, 99/9 Moo 4, Bang Pa-in Industrial Estate, Ayutthaya 13160')
        c.drawString(46, y - 56, '   Contact: Khun Somchai Rattanakul  +66 81 234 5678')
        c.drawString(40, y - 110, 'Approved by: ______________   Purchasing Manager')
    data = corpus_docs.pdf_bytes(build, 'SGG-PO-2569-0412', 'somchai')
    body = 'Dear Hengda team,\n\nPlease see attached PO. Kindly confirm within 2 days.\n\nSomchai R.\nSiam Golden Grain\n'
    eml = with_attachments(hdr('Somchai Rattanakul <somchai.r@siamgoldengrain.co.th>', 'PO SGG-PO-2569/0412',
                               'Wed, 2 Dec 2026 13:40:00 +0700', 'TYZPR06MB7788AA11BB22CC33@TYZPR06MB7788.apcprd06.prod.outlook.com'),
                           body, 'us-ascii', '7bit', [attachment('application/pdf', data, 'SGG-PO-2569-0412.pdf')],
                           '_004_TYZPR06MB7788AA11BB22CC33_')
    return eml, truth('hand-pdf-th-en-thb-remarks', 'pdf', 'us-ascii',
                      'A Thai rice mill\'s English PO PDF: order number with the Buddhist year (2569/0412), date '
                      '"2 December 2026 (B.E. 2569)", THB only in the column headers, Grand Total row, and the '
                      'delivery address and contact inside a boxed Remarks block under the table. Adds up.',
                      [order('SGG-PO-2569/0412', 'SIAM GOLDEN GRAIN CO., LTD.',
                             ('Khun Somchai Rattanakul', '+66 81 234 5678',
                              'SGG Warehouse 2, 99/9 Moo 4, Bang Pa-in Industrial Estate, Ayutthaya 13160'),
                             '2026-12-02', 'THB', total, lines)])


# ============================================================ CSV attachments
@mail
def h159_csv_gbk_wdt_export():
    rows = [('HD-KD-2535', '快递袋 25*35 灰色 加厚', 30000, '0.105'),
            ('HD-KD-3245', '快递袋 32*45 灰色 加厚', 20000, '0.165'),
            ('HD-BQ-1010', '热敏面单 100*100*500张', 200, '7.80')]
    lines = exact([ln(s, t, q, p) for s, t, q, p in rows], ['0.105', '0.165', None])
    total = '8010.00'
    check(lines, total)
    tab = [['采购单号', '供应商', '采购日期', '商品编码', '商品名称', '采购数量', '采购价', '金额', '收货仓库', '仓库地址',
            '联系人', '联系电话', '备注']]
    for s, t, q, p in rows:
        tab.append(['CG202612030015', '杭州恒达包装材料有限公司', '2026-12-03 10:15:22', s, t, str(q), p,
                    '%.2f' % (D(p) * q), '临平主仓', '杭州市临平区东湖街道兴国路 503 号 优品电商主仓', '钟磊',
                    '13706813395', ''])
    data = corpus_docs.csv_text(tab).encode('gbk')
    body = '您好，旺店通导出的采购单见附件，谢谢。\n\n钟磊\n杭州优品汇电子商务有限公司\n'
    eml = with_attachments(hdr(addr('钟磊', 'zhonglei@youpinhui.com', 'gbk'), '采购单CG202612030015',
                               'Thu, 3 Dec 2026 10:20:41 +0800', '7b3c9d1e.2f4.18f38a1b2c3.Coremail.zhonglei@youpinhui.com',
                               'X-Mailer: Coremail Webmail Server Version XT5.0.14', 'gbk'), body, 'gbk', 'base64',
                           [attachment('text/csv', data, 'CG202612030015.csv')], '----=_Part_91233_1130456.1764728441')
    return eml, truth('hand-csv-gbk-wdt-export', 'csv', 'gbk',
                      'A 旺店通 (WDT) purchase-order export as a GBK CSV without BOM: 13 columns, header fields repeated '
                      'on every row (采购单号, a date-time 采购日期, 收货仓库, address, contact, phone), an empty 备注 '
                      'column, 3-decimal 采购价, no total row, no currency. The total is not written (no total keyed).',
                      [order('CG202612030015', '杭州优品汇电子商务有限公司',
                             ('钟磊', '13706813395', '杭州市临平区东湖街道兴国路 503 号 优品电商主仓'),
                             '2026-12-03', None, None, lines)])


@mail
def h160_csv_utf8_us_mmdd_quoted():
    rows = [('HD-BX-0808', 'Candle box 8x8x10 cm, black, gold foil', 3000, '0.57'),
            ('HD-BX-1010', 'Candle box 10x10x12 cm, black, gold foil', 2000, '0.72'),
            ('HD-IN-0808', 'Paper insert for 8x8, die-cut', 3000, '0.09')]
    lines = [ln(s, t, q, p) for s, t, q, p in rows]
    total = '3420.00'
    check(lines, total)
    tab = [['PO Number', 'Order Date', 'Vendor SKU', 'Description', 'Qty Ordered', 'Unit Cost', 'Line Total']]
    tab += [['LW-10482', '11/27/2026', s, t, '{:,}'.format(q), '$%s' % p, '${:,.2f}'.format(D(p) * q)]
            for s, t, q, p in rows]
    tab += [['', '', '', '', '', 'Total', '$3,420.00']]
    data = b'\xef\xbb\xbf' + corpus_docs.csv_text(tab, quote_all=True).encode('utf-8')
    body = """Hi Li,

PO LW-10482 attached as CSV (export from our inventory system).
Please ship to:
Lumen & Wick Candle Co.
1930 NW Vaughn St, Portland, OR 97209
Attn: Priya Nair, 503-555-0176

Thanks,
Priya Nair
Lumen & Wick Candle Co.
"""
    eml = with_attachments(hdr('Priya Nair <priya@lumenandwick.com>', 'PO LW-10482', 'Fri, 27 Nov 2026 16:14:30 -0800',
                               'CAPn3Xv8Q1=zK5rW0bT@mail.gmail.com'), body, 'us-ascii', '7bit',
                           [attachment('text/csv', data, 'PO_LW-10482.csv')], '000000000000c9d8e7f6a5b4c3d2')
    return eml, truth('hand-csv-utf8-us-mmdd-quoted', 'csv', 'us-ascii',
                      'A US candle maker\'s inventory-system CSV, UTF-8 with BOM and every cell quoted: "1,000"-style '
                      'quantities inside quotes, "$0.57" cells, Order Date 11/27/2026 (US, unambiguous), a Total '
                      'row; ship-to only in the mail text. The mail is sent on 27 Nov at 16:14 in Portland, already '
                      '28 Nov in Shanghai, but the order date is the written 11/27. Adds up.',
                      [order('LW-10482', 'Lumen & Wick Candle Co.',
                             ('Priya Nair', '503-555-0176', 'Lumen & Wick Candle Co., 1930 NW Vaughn St, Portland, OR 97209'),
                             '2026-11-27', 'USD', total, lines)])


# ============================================================ not orders
@mail
def h161_non_po_cancellation_cn():
    body = """李经理：

很抱歉，我司 12 月 1 日下的采购单 QY-PO-1201-02 因客户项目取消，需整单取消，
明细如下（全部取消，请勿生产发货）：

货号          品名                  数量     单价     金额
HD-ZX-6045    五层纸箱 60*45*40      1200     6.80     8,160.00
HD-ZD-6045    纸箱隔板 配 60*45      2400     0.95     2,280.00
合计                                                   10,440.00

如已备料产生费用，请告知，我们协商处理。给您添麻烦了。

青岩机电设备有限公司 采购部 韩雪
电话 0531-88916672
"""
    eml = single(hdr(addr('韩雪', 'hanxue@qingyan-me.com', 'gbk'), '【取消】采购单 QY-PO-1201-02 整单取消',
                     'Fri, 4 Dec 2026 09:05:33 +0800', '000601db45e3$4c5d6e7f$8091a2b3$@qingyan-me.com',
                     'X-Mailer: Microsoft Outlook 16.0', 'gbk'), body, 'gbk', 'base64')
    return eml, truth('hand-non-po-cancellation-cn', 'none', 'gbk',
                      'NOT an order: the buyer cancels her PO QY-PO-1201-02 in full and repeats its lines, prices '
                      'and 合计 "（全部取消，请勿生产发货）". The clerk cancels the existing order; nothing is keyed.', [])


@mail
def h162_non_seller_order_confirmation_html():
    tab = [['货号', '品名', '数量', '单价', '金额', '预计发货'],
           ['HD-QP-3040', '气泡袋 30*40', '8,000', '0.22', '1,760.00', '12-08'],
           ['HD-QP-4050', '气泡袋 40*50', '5,000', '0.31', '1,550.00', '12-08'],
           [('合计', 'colspan="4"'), '3,310.00', '']]
    html = ('<div style="font-family:微软雅黑;font-size:14px"><p>吕总您好：</p><p>贵司采购单 XM-1202 已收到，订单确认如下，'
            '我司单号 SO-HD-26120311：</p><table border="1" cellspacing="0" cellpadding="4" '
            'style="border-collapse:collapse">' + cells_html(tab) + '</table><p>收货：厦门市湖里区枋湖北二路 1021 号 '
            '鑫美电商仓，吕总 13906018870。</p><p>如有问题请随时联系。</p><p>李华<br>杭州恒达包装材料有限公司 销售部<br>'
            '0571-86623310</p></div>')
    part = text(html, 'UTF-8', 'base64', 'html')
    eml = message(hdr(addr('李华', 'lihua@hengda-pack.cn'), '订单确认 SO-HD-26120311（贵司 XM-1202）',
                      'Thu, 3 Dec 2026 11:40:20 +0800', 'tencent_0F1E2D3C4B5A69788796A5B4C3D2E1F0A009@exmail.qq.com',
                      'X-Mailer: Tencent Exmail', to='lvmin@xinmei-ec.com',
                      extra=['Cc: orders@hengda-pack.cn']), part)
    return eml, truth('hand-non-seller-order-confirmation-html', 'none', 'utf-8',
                      'NOT an order: our own sales rep\'s HTML order confirmation (From lihua@hengda-pack.cn, Cc '
                      'orders@) restating the customer\'s PO XM-1202 with SKUs, quantities, prices, 合计 and the '
                      'ship-to, plus our SO number. The PO was keyed when it came in.', [])


@mail
def h163_non_rfq_en_target_qty():
    body = """Dear Sir/Madam,

We are a coffee roaster in Melbourne and are looking for a new supplier for
the following items. Please quote your best FOB Ningbo price and MOQ.

RFQ No.: BR-RFQ-2612
Date: 3 Dec 2026

Item                                   Est. annual qty   Target price (USD)
Stand-up pouch 250g, kraft, valve      60,000 pcs        0.12
Stand-up pouch 1kg, kraft, valve       24,000 pcs        0.21
Flat bottom bag 500g, matte black      30,000 pcs        0.18

Please also advise lead time and sample cost. Quotation due by 11 Dec.

Kind regards,
Oliver Grant
Brew Republic Roasters Pty Ltd
+61 3 9417 2280
"""
    eml = single(hdr('Oliver Grant <oliver@brewrepublic.com.au>', 'RFQ BR-RFQ-2612 - coffee bags',
                     'Thu, 3 Dec 2026 15:10:09 +1100', 'ME3PR01MB5566D7E8F9A0B1C2@ME3PR01MB5566.ausprd01.prod.outlook.com'),
                 body, 'us-ascii', '7bit')
    return eml, truth('hand-non-rfq-en-target-qty', 'none', 'us-ascii',
                      'NOT an order: an Australian roaster\'s RFQ with an RFQ number, a date, estimated annual '
                      'quantities and target prices in a table. It asks for a quotation.', [])


@mail
def h164_non_statement_of_account():
    rows = [('2026-11-03', 'QD-PO-1103', '送货单 SH261103-05', '12,480.00', '', '12,480.00'),
            ('2026-11-12', 'QD-PO-1112', '送货单 SH261112-02', '8,950.50', '', '21,430.50'),
            ('2026-11-20', '', '银行收款', '', '12,480.00', '8,950.50'),
            ('2026-11-26', 'QD-PO-1126', '送货单 SH261126-11', '15,300.00', '', '24,250.50'),
            ('2026-11-28', 'QD-PO-1112', '退货 RT261128-01', '-620.00', '', '23,630.50')]
    tbl = '\n'.join('\t'.join(r) for r in rows)
    body = """青岛德润食品有限公司 财务部 王会计：

您好！以下为 2026 年 11 月对账单，请核对后盖章回传。

日期\t订单号\t摘要\t应收金额\t已收金额\t余额
%s
本期合计\t\t\t36,110.50\t12,480.00\t
期末应收余额：23,630.50 元（大写：贰万叁仟陆佰叁拾元伍角）

如有差异请于 12 月 10 日前反馈。

杭州恒达包装材料有限公司 财务部 郑丽
0571-86623318
""" % tbl
    eml = single(hdr(addr('郑丽', 'finance@hengda-pack.cn', 'gbk'), '11月对账单-青岛德润食品',
                     'Fri, 4 Dec 2026 14:00:10 +0800', '2026120414001044551@hengda-pack.cn',
                     'X-Mailer: Foxmail 7.2.25.228[cn]', 'gbk', to='wangkj@derun-food.com',
                     extra=['Cc: orders@hengda-pack.cn']), body, 'gbk', 'base64')
    return eml, truth('hand-non-statement-of-account', 'none', 'gbk',
                      'NOT an order: our finance department\'s November 对账单 to a customer (Cc orders@): PO numbers, '
                      'delivery notes, a payment and a return, amounts, running balance, 本期合计 and 期末应收余额 '
                      'with a 大写 amount. Nothing to key.', [])


@mail
def h165_non_marketing_product_table():
    tab = [['产品', '规格', '起订量', '新年特价'],
           ['牛皮纸袋', '20*30*10 手提', '1000个', '¥0.58/个'],
           ['飞机盒', '12号 特硬', '500个', '¥0.95/个'],
           ['气泡膜', '60cm*50m', '20卷', '¥38/卷'],
           ['封箱胶带', '48mm*100m', '60卷', '¥5.2/卷']]
    html = ('<html><body style="background:#f4f4f4"><table width="600" align="center" style="background:#fff">'
            '<tr><td><h2 style="color:#c00">元旦年货节 · 包装材料限时特价</h2><p>尊敬的客户：新年备货季，以下产品'
            '12月31日前下单享特价，满 3000 元包邮！</p><table border="1" cellspacing="0" cellpadding="6" '
            'style="border-collapse:collapse">' + cells_html(tab) + '</table><p>立即订购请回复本邮件或致电 '
            '400-826-5510。</p><p style="font-size:11px;color:#999">广州优包供应链有限公司 | 如不想再收到此类邮件，'
            '请<a href="https://edm.youbao-scm.com/unsub?u=88213">退订</a></p></td></tr></table></body></html>')
    part = text(html, 'UTF-8', 'base64', 'html')
    eml = message(hdr(addr('优包供应链', 'edm@mail.youbao-scm.com'), '【年货节】包装材料限时特价，满3000包邮',
                      'Tue, 1 Dec 2026 10:00:00 +0800', '20261201100000.88213.edm@mail.youbao-scm.com',
                      None, extra=['List-Unsubscribe: <https://edm.youbao-scm.com/unsub?u=88213>',
                                   'Precedence: bulk']), part)
    return eml, truth('hand-non-marketing-product-table', 'none', 'utf-8',
                      'NOT an order: another packaging company\'s promotional mail (List-Unsubscribe, Precedence: '
                      'bulk) with a product table of sizes, minimum quantities and ¥ prices. Nothing to key.', [])


@mail
def h166_non_complaint_damaged_cartons():
    body = """Hi Vivian,

We received the goods for PO 2026-0788 yesterday, but 3 of the 12 cartons were
crushed and wet. Damaged quantity:

HD-MB-2030 Mailer box 20x30x8cm   600 pcs damaged (of 2,000)  @ 0.86
HD-ZB-1420 Zip bag 14x20cm         1,500 pcs damaged (of 5,000)  @ 0.13

Total claim: USD 711.00. Photos attached to the next mail. Please advise whether
you will credit this on the next invoice or replace the goods in the next
shipment.

Thanks,
Helena Virtanen
Pohjola Pack Oy
"""
    eml = single(hdr('Helena Virtanen <helena.virtanen@pohjolapack.fi>', 'Damaged cartons - PO 2026-0788',
                     'Thu, 3 Dec 2026 09:44:18 +0200', 'HE1PR07MB3344E5F6A7B8C9D0@HE1PR07MB3344.eurprd07.prod.outlook.com'),
                 body, 'us-ascii', '7bit')
    return eml, truth('hand-non-complaint-damaged-cartons', 'none', 'us-ascii',
                      'NOT an order: a Finnish customer\'s damage claim for a delivered PO: SKU lines with damaged '
                      'quantities and prices, a "Total claim" in USD, asking for credit or replacement. A '
                      'replacement, if agreed, goes through sales: nothing is keyed from this mail.', [])


# ============================================================ main

if __name__ == '__main__':
    make_hand2.HERE = HERE  # write the mails here
    make_hand2.main(sys.argv[1:], MAILS)
