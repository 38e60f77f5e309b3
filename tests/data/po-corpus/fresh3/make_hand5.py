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


# ============================================================ main

if __name__ == '__main__':
    make_hand2.HERE = HERE  # write the mails here
    make_hand2.main(sys.argv[1:], MAILS)
