#!/usr/bin/python3
"""Hand-written purchase-order mails h207–h246 (the seventh untuned set).

Written one by one as customers of 杭州恒达包装材料有限公司 send them,
without reading the extractor, while rules were tuned on fresh/ to
fresh4/; each function gives the mail and the truth a careful order
clerk would key in (notes say when the clerk holds it). MIME helpers are
imported from make_hand2.py to make_hand6.py; attachments use
../corpus_docs.py:

    /usr/bin/python3 tests/data/po-corpus/fresh5/make_hand7.py [hNNN ...]
"""
import datetime
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
UP = os.path.dirname(HERE)
for sub in ('fresh4', 'fresh3', 'fresh2', 'fresh', 'hand', ''):
    sys.path.insert(0, os.path.join(UP, sub) if sub else UP)

import corpus_docs  # noqa: E402
import make_hand2  # noqa: E402
from corpus_docs import Sheet  # noqa: E402
from make_hand2 import (D, m2, ln, addr, text, attachment, message, truth)  # noqa: E402
from make_hand3 import single, with_attachments, cells_html, XLSX  # noqa: E402
from make_hand4 import hdr, alt, check, XLS  # noqa: E402
from make_hand5 import order, exact  # noqa: E402
from make_hand6 import amt, MSO  # noqa: E402

MAILS = []


def mail(fn):
    MAILS.append(fn)
    return fn


def lines_of(rows, sku=0, title=1, qty=2, price=3):
    return [ln(r[sku] if sku is not None else None, r[title], r[qty], r[price]) for r in rows]


def subtotal(lines):
    return sum(D(x['total']) for x in lines)


# ============================================================ plain text bodies
@mail
def h207_sg_restaurant_gst_delivery_schedule():
    rows = [('HD-TA-0750', 'Kraft takeaway bowl 750ml w/ PP lid', 'ctn', 12, '46.80'),
            ('HD-TA-1000', 'Kraft takeaway bowl 1000ml w/ PP lid', 'ctn', 8, '52.40'),
            ('HD-BG-2840', 'Kraft carrier bag 28x15x40, twisted handle', 'ctn', 6, '61.00'),
            ('HD-CT-0200', 'Wooden cutlery set (fork/spoon/napkin), 500 sets', 'ctn', 4, '38.50')]
    lines = lines_of(rows, qty=3, price=4)
    sub = subtotal(lines)
    gst = m2(sub * D('0.09'))
    total = m2(sub + D(gst))
    check(lines, total, gst)
    tab = '\n'.join('%-11s %-50s %3d %-3s  S$%6s  S$%9s' % (s, t, q, u, p, amt(D(p) * q)) for s, t, u, q, p in rows)
    body = """Hi Vivian,

Pls find our PO for Dec/Jan below. Prices as per your quote dd 20 Nov.

PO No: WKG-SG-26-0388
PO Date: 01/12/2026
Company: Wok & Kettle Group Pte. Ltd.

%s

Sub-total   S$%s
GST 9%%      S$%s
Total       S$%s

DELIVERY SCHEDULE (pls split into 2 shipments, same invoice):
 - 1st lot ETA 18/12/2026: half of each item
 - 2nd lot ETA 08/01/2027: balance

Deliver to: Wok & Kettle Central Kitchen, 21 Senoko Way #03-02, Singapore 758048
Receiving: Mr Rizal Hamid +65 9123 4471 (Mon-Sat 8am-2pm only)

Thanks & regards,
Janice Ong
Purchasing Executive | Wok & Kettle Group Pte. Ltd.
DID +65 6762 3310 | HP +65 9830 1726
""" % (tab, amt(sub), amt(D(gst)), amt(D(total)))
    eml = single(hdr('Janice Ong <janice.ong@wokandkettle.com.sg>', 'PO WKG-SG-26-0388 (2 deliveries)',
                     'Tue, 1 Dec 2026 10:14:33 +0800', 'SG2PR04MB5512A8C1D7E6F3B2@SG2PR04MB5512.apcprd04.prod.outlook.com',
                     extra=['Content-Language: en-SG']), body, 'utf-8', 'quoted-printable')
    return eml, truth('hand-sg-restaurant-gst-delivery-schedule', 'body', 'utf-8',
                      'A Singapore restaurant group (Outlook, QP): "S$" before every price and amount, ctn units, '
                      'Sub-total / GST 9% / Total, the PO date 01/12/2026 (DD/MM in Singapore: 1 December), and a '
                      'delivery schedule in two lots with ETAs that are not the order date (quantities are the '
                      'whole order). The receiving phone is not the buyer\'s DID or HP in the signature. Adds up '
                      'with GST.',
                      [order('WKG-SG-26-0388', 'Wok & Kettle Group Pte. Ltd.',
                             ('Mr Rizal Hamid', '+65 9123 4471',
                              'Wok & Kettle Central Kitchen, 21 Senoko Way #03-02, Singapore 758048'),
                             '2026-12-01', 'SGD', total, lines)])


@mail
def h208_gbk_hotpot_daxie_total():
    rows = [('HD-DB-1100', '打包盒 1100ml 圆形 加厚 带盖', '箱', 30, '118.00'),
            ('HD-DB-0500', '打包盒 500ml 圆形 带盖', '箱', 20, '86.00'),
            ('HD-SD-0032', '手提袋 白色 32丝 特大号', '件', 15, '72.00'),
            ('HD-BX-3050', '保鲜膜 30cm*500m', '卷', 40, '26.50')]
    lines = lines_of(rows, qty=3, price=4)
    total = '7400.00'
    check(lines, total)
    tab = '\n'.join('%d、%s  %s  %d%s  单假%s  共%s' % (i + 1, s, t, q, u, p, amt(D(p) * q))
                    for i, (s, t, u, q, p) in enumerate(rows))
    body = """王经理你好

我们店这个月的打包材料，跟上次一样送到后厨：

订单号：LXHG-1202
日期：2026年12月2日
%s

合计：7,400.00元（大写：柒仟肆佰元整）

送货地址：杭州市拱墅区湖墅南路 186 号 老巷火锅（湖墅店）后门
收货人：厨师长 邵师傅 13757120938

老巷火锅餐饮管理有限公司
店长 何晓燕 0571-88372611
""" % tab
    eml = single(hdr(addr('何晓燕', 'laoxiang_hxy@126.com', 'gbk'), '12月打包材料', 'Wed, 2 Dec 2026 15:02:44 +0800',
                     '2b5c7d1e.4a2.18f41a2b3c4.Coremail.laoxiang_hxy@126.com',
                     'X-Mailer: Coremail Webmail Server Version XT5.0.14', 'gbk'), body, 'gbk', 'base64')
    return eml, truth('hand-gbk-hotpot-daxie-total', 'body', 'gbk',
                      'A hot-pot restaurant on 126 Mail (GBK): numbered "1、" lines with 箱/件/卷 units glued to the '
                      'quantity ("30箱"), a typo "单假" for 单价 and "共" for the amount, a 合计 with the amount in '
                      'words (大写：柒仟肆佰元整) that agrees; the receiver is the head chef, the store manager\'s '
                      'landline in the signature is not the ship-to phone. Adds up.',
                      [order('LXHG-1202', '老巷火锅餐饮管理有限公司',
                             ('邵师傅', '13757120938', '杭州市拱墅区湖墅南路 186 号 老巷火锅（湖墅店）后门'),
                             '2026-12-02', 'CNY', total, lines)])


@mail
def h209_my_ecommerce_rm_colour_variants():
    rows = [('HD-PM-2535-PK', 'Poly mailer 25x35cm - Pastel Pink', 3000, '0.21'),
            ('HD-PM-2535-BK', 'Poly mailer 25x35cm - Black', 5000, '0.19'),
            ('HD-PM-3245-PK', 'Poly mailer 32x45cm - Pastel Pink', 2000, '0.29'),
            ('HD-PM-3245-BK', 'Poly mailer 32x45cm - Black', 2000, '0.27'),
            ('HD-TK-0710', 'Thank-you card 7x10cm, rose gold foil', 5000, '0.08')]
    lines = lines_of(rows)
    sub = subtotal(lines)
    ship = D('180.00')
    total = m2(sub + ship)
    check(lines, total, ship)
    items = '\n'.join('%s  %s  x %s pcs  @ RM%s' % (s, t, '{:,}'.format(q), p) for s, t, q, p in rows)
    body = """Hi Hengda team,

Restock for our Shopee/Lazada store before 12.12 sale. Same mailer as last time but pls note
the COLOURS, don't mix up the pink and black ok!

Order ref: BB-MY-1204
Date: 4 Dec 2026

%s

Goods: RM%s
Shipping to KL (sea + door): RM180.00
Grand total: RM%s

Ship to:
Bloom & Bundle Sdn Bhd
No. 12, Jalan Industri USJ 1/3, Taman Perindustrian USJ 1,
47600 Subang Jaya, Selangor, Malaysia
Attn: Nurul Aina 012-338 5061

tq!
Mei Ling
Bloom & Bundle Sdn Bhd
WhatsApp +6016-227 9043
""" % (items, amt(sub), amt(D(total)))
    eml = single(hdr('Mei Ling <meiling@bloomandbundle.my>', 'restock order BB-MY-1204 (mailers + cards)',
                     'Fri, 4 Dec 2026 11:48:02 +0800', 'CAF4k2Lm9Zq+Rw8xT1uV3bN7cY0dP6eH5jK2sA9gQ4fW@mail.gmail.com'),
                 body, 'us-ascii', '7bit')
    return eml, truth('hand-my-ecommerce-rm-colour-variants', 'body', 'us-ascii',
                      'A Malaysian marketplace seller (Gmail, 7bit): colour variants as separate SKUs with the colour '
                      'after " - " in the title, "x 3,000 pcs @ RM0.21" lines, Goods / Shipping / Grand total in RM '
                      'without a space; the WhatsApp number in the signature is not the ship-to phone. Adds up with '
                      'shipping.',
                      [order('BB-MY-1204', 'Bloom & Bundle Sdn Bhd',
                             ('Nurul Aina', '012-338 5061',
                              'Bloom & Bundle Sdn Bhd, No. 12, Jalan Industri USJ 1/3, Taman Perindustrian USJ 1, '
                              '47600 Subang Jaya, Selangor, Malaysia'), '2026-12-04', 'MYR', total, lines)])


@mail
def h210_uk_revised_po_replace_hold():
    rows = [('HD-GB-A4K', 'Gift box A4 kraft, magnetic lid', 800, '1.42'),
            ('HD-GB-A5K', 'Gift box A5 kraft, magnetic lid', 1200, '1.08'),
            ('HD-TS-5070', 'Tissue paper 50x70cm, ivory, 17gsm (ream of 480)', 12, '18.60')]
    lines = lines_of(rows)
    sub = subtotal(lines)
    vat = m2(sub * D('0.2'))
    total = m2(sub + D(vat))
    check(lines, total, vat)
    tab = '\n'.join('%-10s  %-49s %6s  GBP %6s  GBP %9s' % (s, t, '{:,}'.format(q), p, amt(D(p) * q)) for s, t, q, p in rows)
    body = """Dear Vivian,

Sorry for the back and forth - please REPLACE our PO HB-4471 of 30 Nov with the one below
(quantities of the A5 box changed and tissue added). Please cancel the old version.

PO No. HB-4471 (revised)
Date: 03 December 2026

Code        Description                                          Qty   Unit price        Amount
%s

Net            GBP %s
VAT 20%%        GBP %s
Total          GBP %s

Delivery: Hartley & Bloom Ltd, Warehouse 2, Stafford Park 4, Telford TF3 3BA, UK
Goods-in: Gary Pugh 01952 290 118

Kind regards
Olivia Hartley
Hartley & Bloom Ltd
M: 07812 556 903
""" % (tab, amt(sub), amt(D(vat)), amt(D(total)))
    eml = single(hdr('Olivia Hartley <olivia@hartleyandbloom.co.uk>', 'REVISED PO HB-4471 - please replace previous',
                     'Thu, 3 Dec 2026 10:02:17 +0000', 'LO4P123MB6611B2C3D4E5F6A7@LO4P123MB6611.GBRP123.PROD.OUTLOOK.COM'),
                 body, 'utf-8', 'quoted-printable')
    return eml, truth('hand-uk-revised-po-replace-hold', 'body', 'utf-8',
                      'A UK gift-box brand replaces its own PO: "please REPLACE our PO HB-4471 of 30 Nov with the one '
                      'below", same number marked "(revised)". The lines are keyed as written (GBP code before '
                      'prices, Net / VAT 20% / Total), but the clerk HOLDS: the first version may already be keyed '
                      'and must be cancelled or amended, not entered twice. Adds up with VAT.',
                      [order('HB-4471', 'Hartley & Bloom Ltd',
                             ('Gary Pugh', '01952 290 118',
                              'Hartley & Bloom Ltd, Warehouse 2, Stafford Park 4, Telford TF3 3BA, UK'),
                             '2026-12-03', 'GBP', total, lines)])


@mail
def h211_big5_tw_school_daxie():
    rows = [('HD-WJ-A4', '影印紙箱 A4 五層 附蓋', '件', 200, '38'),
            ('HD-FD-0320', '檔案收納箱 32x25x30', '件', 150, '55'),
            ('HD-JD-4810', '牛皮紙膠帶 48mm', '捲', 120, '28')]
    lines = lines_of(rows, qty=3, price=4)
    total = '19210.00'
    check(lines, total)
    tab = '\n'.join('%s\t%s\t%s\t%d\t%s\t%s' % (s, t, u, q, p, '{:,}'.format(int(D(p) * q))) for s, t, u, q, p in rows)
    body = """恆達包裝 業務 您好：

本校總務處學期末檔案整理需用紙箱，請依下列訂購，並請附發票（抬頭：新竹市立光華國民中學）。

訂購單號：GH-115-1203
訂購日期：115年12月3日

料號\t品名\t單位\t數量\t單價\t金額
%s
總計：新臺幣壹萬玖仟貳佰壹拾元整（NT$19,210）

送貨地點：新竹市東區光華東街 28 號 光華國中 總務處
聯絡人：事務組 黃淑芬 03-532-1146 分機 305
（學校週六日不收貨）

總務主任 吳志明
""" % tab
    eml = single(hdr(addr('黃淑芬', 'general@ghjh.hc.edu.tw', 'big5'), '光華國中 紙箱訂購 GH-115-1203',
                     'Thu, 3 Dec 2026 09:15:40 +0800', '20261203011540.8A2F.general@ghjh.hc.edu.tw',
                     'X-Mailer: Openwebmail 2.53', 'big5'), body, 'big5', 'base64')
    return eml, truth('hand-big5-tw-school-daxie', 'body', 'big5',
                      'A Taiwanese junior high school\'s general-affairs office in Big5: tab table with 件/捲 units and '
                      'integer prices and amounts, the ROC date 115年12月3日, 總計 written in words "新臺幣壹萬玖仟貳佰'
                      '壹拾元整" with "(NT$19,210)" after it; the contact phone has an extension. Adds up.',
                      [order('GH-115-1203', '新竹市立光華國民中學',
                             ('黃淑芬', '03-532-1146 分機 305', '新竹市東區光華東街 28 號 光華國中 總務處'),
                             '2026-12-03', 'TWD', total, lines)])


@mail
def h212_gb18030_forward_chain_outlook():
    rows = [('HD-ZX-6045', '五层瓦楞纸箱 60*45*40 AB楞 印刷', '个', 1500, '8.60'),
            ('HD-GB-0080', '隔板 刀卡 8格', '套', 1500, '1.85'),
            ('HD-CR-1000', '缠绕膜 50cm*300m 23μ', '卷', 60, '38.00')]
    lines = lines_of(rows, qty=3, price=4)
    total = '17955.00'
    check(lines, total)
    tab = '\n'.join('%s  %s  %d%s  %s  %s' % (s, t, q, u, p, amt(D(p) * q)) for s, t, u, q, p in rows)
    body = """小李，这单老板批了，转给恒达下单，按这个走。 ——邱

-----原始邮件-----
发件人: 钟丽萍 <zhonglp@minghui-glass.com>
发送时间: 2026年12月1日 17:22
收件人: 邱建国 <qiujg@minghui-glass.com>
主题: 请审批：恒达包装采购申请 MH-CG-26120

邱总：

申请采购以下包材，用于一月份出口订单，请审批。

申请单号：MH-CG-26120
申请日期：2026-12-01

%s
合计：17,955.00 元（含税）

送货：广东省佛山市南海区狮山镇松岗工业大道 9 号 明辉玻璃 包装车间
收货：仓管 钟丽萍 0757-86651230

钟丽萍
明辉玻璃制品有限公司 采购部
""" % tab
    eml = single(hdr(addr('邱建国', 'qiujg@minghui-glass.com', 'gb18030'), '转发: 请审批：恒达包装采购申请 MH-CG-26120',
                     'Wed, 2 Dec 2026 08:31:05 +0800', '000b01db4462$7c8d9eaf$75a8dc0e$@minghui-glass.com',
                     'X-Mailer: Microsoft Outlook 16.0', 'gb18030', extra=['Content-Language: zh-cn']),
                 body, 'gb18030', 'base64')
    return eml, truth('hand-gb18030-forward-chain-outlook', 'body', 'gb18030',
                      'A glass factory\'s manager forwards (Outlook, GB18030, "-----原始邮件-----") his buyer\'s '
                      'internal 采购申请 with the note "老板批了，转给恒达下单": the approved request is the order; its '
                      'number and date are the 申请单号/申请日期. Lines "SKU title 1500个 8.60 12,900.00" with units '
                      'glued, a μ in a title. Adds up.',
                      [order('MH-CG-26120', '明辉玻璃制品有限公司',
                             ('钟丽萍', '0757-86651230', '广东省佛山市南海区狮山镇松岗工业大道 9 号 明辉玻璃 包装车间'),
                             '2026-12-01', 'CNY', total, lines)])


@mail
def h213_de_top_posted_above_quote_eur():
    rows = [('HD-EP-1220', 'Eierpappe / egg carton 10er, recycled', 20000, '0.112'),
            ('HD-EP-0630', 'Eierpappe / egg carton 6er, recycled', 30000, '0.078'),
            ('HD-LB-0040', 'Etikett 40x60mm, Papier, 1-farbig', 50000, '0.009')]
    lines = exact(lines_of(rows), ['0.112', '0.078', '0.009'])
    sub = subtotal(lines)
    total = m2(sub + D('320.00'))
    check(lines, total, '320.00')

    def de(v):
        return '{:,.2f}'.format(D(v)).replace(',', 'X').replace('.', ',').replace('X', '.')
    body = """Hallo Frau Li,

wie besprochen bestellen wir hiermit zu Ihrem Angebot HD-Q-2611-58:

Bestellnummer: 4500-88213
Bestelldatum: 02.12.2026

20.000 Stk  HD-EP-1220  Eierpappe / egg carton 10er, recycled   à 0,112 EUR  =  %s EUR
30.000 Stk  HD-EP-0630  Eierpappe / egg carton 6er, recycled    à 0,078 EUR  =  %s EUR
50.000 Stk  HD-LB-0040  Etikett 40x60mm, Papier, 1-farbig       à 0,009 EUR  =    %s EUR
Fracht (CIF Hamburg)                                                        %s EUR
Gesamtbetrag netto                                                        %s EUR

Lieferanschrift: Hofgut Sonnenwiese GmbH & Co. KG, Am Mühlbach 7, 29525 Uelzen, Deutschland
Ansprechpartner Wareneingang: Herr Jens Kröger, Tel. +49 581 97 44 120

Mit freundlichen Grüßen
Katrin Behrens
Einkauf | Hofgut Sonnenwiese GmbH & Co. KG
Tel. +49 581 97 44 100

-----Ursprüngliche Nachricht-----
Von: Li Hua <lihua@hengda-pack.cn>
Gesendet: Montag, 30. November 2026 09:12
An: Katrin Behrens <k.behrens@hofgut-sonnenwiese.de>
Betreff: Angebot HD-Q-2611-58

Dear Ms Behrens,

as requested: egg carton 10 cells EUR 0.112/pc, 6 cells EUR 0.078/pc, label 40x60 EUR 0.009/pc,
MOQ 10,000 each, freight CIF Hamburg EUR 320 per shipment. Valid until 31 Dec 2026.

Best regards
Li Hua
""" % (de(D('0.112') * 20000), de(D('0.078') * 30000), de(D('0.009') * 50000), de('320'), de(total))
    eml = single(hdr('Katrin Behrens <k.behrens@hofgut-sonnenwiese.de>', 'AW: Angebot HD-Q-2611-58 - Bestellung 4500-88213',
                     'Wed, 2 Dec 2026 14:40:51 +0100', 'FR3P281MB1733E2F1A0B9C8D7@FR3P281MB1733.DEUP281.PROD.OUTLOOK.COM',
                     extra=['Content-Language: de-DE']), body, 'utf-8', 'quoted-printable')
    return eml, truth('hand-de-top-posted-above-quote-eur', 'body', 'utf-8',
                      'A German farm writes its order in German above our quoted English quotation (Outlook '
                      '"-----Ursprüngliche Nachricht-----"): "20.000 Stk SKU title à 0,112 EUR = 2.240,00 EUR" lines '
                      'with dot thousands and decimal commas, 3-decimal prices, Fracht and Gesamtbetrag netto; '
                      'date 02.12.2026. The quote repeats the prices and must not make a second order. Adds up '
                      'with freight.',
                      [order('4500-88213', 'Hofgut Sonnenwiese GmbH & Co. KG',
                             ('Herr Jens Kröger', '+49 581 97 44 120',
                              'Hofgut Sonnenwiese GmbH & Co. KG, Am Mühlbach 7, 29525 Uelzen, Deutschland'),
                             '2026-12-02', 'EUR', total, lines)])


@mail
def h214_hk_two_shops_two_orders_hkd():
    po = [('CM-TST-1205', 'Tsim Sha Tsui shop', '九龍尖沙咀加連威老道 38 號 地舖 Candle & Moss', 'Kiko Lam', '9381 2207',
           [('HD-CB-0808', 'Candle box 8x8x9cm, matte black', 600, '2.35'),
            ('HD-CB-1010', 'Candle box 10x10x11cm, matte black', 400, '2.90'),
            ('HD-SK-0030', 'Round sticker 30mm, gold foil logo', 1000, '0.32')]),
          ('CM-CWB-1205', 'Causeway Bay shop', '香港銅鑼灣利園山道 61 號 2 樓 Candle & Moss', 'Hailey Wong', '6072 4415',
           [('HD-CB-0808', 'Candle box 8x8x9cm, matte black', 300, '2.35'),
            ('HD-TP-5070', 'Tissue paper 50x70cm, sage green', 500, '0.48')])]
    orders, blocks = [], []
    for eid, shop, adr, who, tel, rows in po:
        lines = lines_of(rows)
        tot = m2(subtotal(lines))
        orders.append(order(eid, 'Candle & Moss Ltd', (who, tel, adr), '2026-12-05', 'HKD', tot, lines))
        blocks.append('== %s - PO %s ==\n%s\nTotal: HK$%s\nDeliver: %s (%s %s)' % (
            shop, eid, '\n'.join('%s | %s | %d pcs | HK$%s | HK$%s' % (s, t, q, p, amt(D(p) * q)) for s, t, q, p in rows),
            amt(D(tot)), adr, who, tel))
    body = """Hi Vivian,

2 separate orders for our 2 shops pls, separate invoices & delivery notes. Order date 5/12/2026.

%s

%s

Payment by FPS on receipt of invoice as usual.

Cheers,
Jasmine Cheung
Candle & Moss Ltd
Office 2388 0147
""" % tuple(blocks)
    eml = single(hdr('Jasmine Cheung <jasmine@candleandmoss.hk>', '2 POs - TST + CWB',
                     'Sat, 5 Dec 2026 10:22:36 +0800', 'CAB9pT2rW7xZ+3qK8mN1vL4hF0eY6cD5sG2jA7bU9iO@mail.gmail.com'),
                 body, 'utf-8', 'quoted-printable')
    return eml, truth('hand-hk-two-shops-two-orders-hkd', 'body', 'utf-8',
                      'A Hong Kong candle brand orders for two shops in one Gmail body: "== shop - PO n ==" blocks with '
                      'pipe-separated lines "SKU | title | 600 pcs | HK$2.35 | HK$1,410.00", a Total and a Deliver '
                      'line each (Chinese addresses, 8-digit HK phones); the date 5/12/2026 (D/M in Hong Kong) once '
                      'above both; the same SKU in both. Two orders, each adds up.', orders)


@mail
def h215_us_school_district_total_in_words():
    rows = [('HD-AR-1824', 'Archive storage box 18x12x10in, lid, white', 'EA', 400, '2.15'),
            ('HD-AR-LBL', 'Box label 3x5in, self-adhesive (pk of 100)', 'PK', 8, '6.40'),
            ('HD-TP-2110', 'Carton sealing tape 2in x 110yd, clear', 'RL', 144, '1.12')]
    lines = lines_of(rows, qty=3, price=4)
    sub = subtotal(lines)
    total = m2(sub + D('265.00'))
    check(lines, total, '265.00')
    assert total == '1337.48'
    tab = '\n'.join('%-11s %-46s %-3s %5d   US$%6s   US$%9s' % (s, t, u, q, p, amt(D(p) * q)) for s, t, u, q, p in rows)
    body = """To: Hengda Packaging - Order Desk

Please enter the following order. A signed PDF copy will follow by post for your records.

PURCHASE ORDER NO.:  P27-00418
ORDER DATE:          12/03/2026
VENDOR NO.:          V-20931

Item        Description                                    UOM   Qty    Unit Price      Ext. Price
%s

                                                        Merchandise:  US$%s
                                                        Shipping:     US$265.00
                                                        TOTAL:        US$%s
(One thousand three hundred thirty-seven and 48/100 US dollars)

SHIP TO:  Maple Creek Unified School District
          Central Warehouse, Dock 3
          4100 Orchard Road, Fresno, CA 93722
          Receiving hours 7:00-14:30, call Luis Ortega 559-555-0188 on arrival

Tax exempt - certificate on file.

Donna Whitfield
Purchasing Technician, Business Services
Maple Creek Unified School District
Phone 559-555-0142 | Fax 559-555-0149
""" % (tab, amt(sub), amt(D(total)))
    eml = single(hdr('Donna Whitfield <dwhitfield@maplecreekusd.org>', 'P.O. P27-00418 Hengda Packaging',
                     'Thu, 3 Dec 2026 08:12:40 -0800', 'BY5PR19MB4410C1D2E3F4A5B6@BY5PR19MB4410.namprd19.prod.outlook.com'),
                 body, 'us-ascii', '7bit')
    return eml, truth('hand-us-school-district-total-in-words', 'body', 'us-ascii',
                      'A Californian school district\'s purchasing office: PURCHASE ORDER NO. / ORDER DATE 12/03/2026 '
                      '(a US district: December 3) / VENDOR NO. labels, EA/PK/RL units, "US$" on every price, '
                      'Merchandise / Shipping / TOTAL and the total in words below; the ship-to block names the '
                      'receiver inside a sentence; the buyer\'s phone and fax in the signature are not the ship-to. '
                      'Adds up with shipping.',
                      [order('P27-00418', 'Maple Creek Unified School District',
                             ('Luis Ortega', '559-555-0188',
                              'Maple Creek Unified School District, Central Warehouse, Dock 3, 4100 Orchard Road, '
                              'Fresno, CA 93722'), '2026-12-03', 'USD', total, lines)])


@mail
def h216_wechat_style_typos_size_variants():
    rows = [('HD-YF-S', '服装包装袋 自粘 磨砂 S码 25*35', 2000, '0.26'),
            ('HD-YF-M', '服装包装袋 自粘 磨砂 M码 30*40', 3000, '0.32'),
            ('HD-YF-L', '服装包装袋 自粘 磨砂 L码 35*45', 3000, '0.38'),
            ('HD-DP-WH', '吊牌 白色 带绳 5*9cm', 8000, '0.09')]
    lines = lines_of(rows)
    total = m2(subtotal(lines))
    check(lines, total)
    body = """李姐 在吗～

双十二的货要补一下，麻烦安排哈🙏

订但号：FS1205（上次那个格式）
时间：12.5

%s

一共 %s块 ，老规矩月结

分两批发哦：
第一批 12月8号前 先发S码和M码
第二批 12月15号前 发L码和吊牌

地址：广州市白云区石井街道庆丰工业区 B 栋 4 楼 繁星服饰
收件：阿珍 15920336718

繁星服饰 小周
""" % ('\n'.join('%s %s  %d个  %s/个' % (s, t, q, p) for s, t, q, p in rows), str(int(D(total))))
    eml = single(hdr(addr('繁星服饰小周', 'fanxing_zhou@foxmail.com'), '补货', 'Sat, 5 Dec 2026 13:07:22 +0800',
                     'tencent_2A4B6C8D0E1F3A5B7C9D1E3F5A7B9C1D2E06@qq.com', 'X-QQ-Mailer: QQMail 2.x'),
                 body, 'utf-8', 'base64')
    return eml, truth('hand-wechat-style-typos-size-variants', 'body', 'utf-8',
                      'A Guangzhou clothing shop writes like a WeChat message: an emoji, "订但号" typo for 订单号, the '
                      'date "12.5" without a year (the mail is from December 2026: 2026-12-05), size variants S/M/L as '
                      'separate SKUs, "0.26/个" prices, the total in a sentence "一共 3340块" (块 = yuan), and a '
                      'two-lot delivery schedule whose dates are not the order date. Adds up.',
                      [order('FS1205', '繁星服饰', ('阿珍', '15920336718', '广州市白云区石井街道庆丰工业区 B 栋 4 楼 繁星服饰'),
                             '2026-12-05', 'CNY', total, lines)])


@mail
def h217_gb2312_qp_ctn_rolls_discount_rmb():
    rows = [('HD-ES-2030', 'Anti-static bag 20x30cm 防静电袋', 'ctn', 25, '168.00'),
            ('HD-ES-3040', 'Anti-static bag 30x40cm 防静电袋', 'ctn', 15, '245.00'),
            ('HD-KT-2410', 'Kapton tape 24mm x 33m 高温胶带', 'rolls', 200, '7.60')]
    lines = lines_of(rows, qty=3, price=4)
    sub = subtotal(lines)
    disc = -(sub * D('0.03')).quantize(D('0.01'))
    total = m2(sub + disc + D('150'))
    check(lines, total, disc + D('150'))
    tab = '\n'.join('%s  %-34s %4d %-5s x %7s RMB = %10s RMB' % (s, t, q, u, p, amt(D(p) * q)) for s, t, u, q, p in rows)
    body = """Dear Li Hua 李小姐,

Pls arrange below order 请安排以下订单:

PO#: XJ-SZ-261204
Date 日期: 2026-12-04

%s
----------------------------------------------------------------------
Sub total            %s RMB
Less 3%% discount     %s RMB
Freight 运费            150.00 RMB
Total 总计           %s RMB

(1 ctn = 1000 pcs; price per ctn)

Ship to 送货地址: 深圳市龙岗区坂田街道五和大道 118 号 芯捷电子 2 栋 1 楼来料仓
Contact 联系人: 邝志明 Mr. Kwong 0755-28970316

Best regards
Sunny Tse 谢少妮
Purchasing, Xinjie Electronics (Shenzhen) Co., Ltd. 芯捷电子（深圳）有限公司
Mobile 13302468519
""" % (tab, amt(sub), amt(disc), amt(D(total)))
    eml = single(hdr('"Sunny Tse" <sunny.tse@xinjie-elec.com>', 'PO XJ-SZ-261204', 'Fri, 4 Dec 2026 17:45:08 +0800',
                     '202612041745081583227@xinjie-elec.com', 'X-Mailer: Foxmail 7.2.25.228[cn]', 'gb2312'),
                 body, 'gb2312', 'quoted-printable')
    return eml, truth('hand-gb2312-qp-ctn-rolls-discount-rmb', 'body', 'gb2312',
                      'A Shenzhen electronics maker writes bilingual English/Chinese in Foxmail, gb2312 '
                      'quoted-printable: "SKU title 25 ctn x 168.00 RMB = 4,200.00 RMB" lines with RMB after the '
                      'number, ctn and rolls units ("1 ctn = 1000 pcs; price per ctn": quantity and price stay per '
                      'carton), Sub total / Less 3% discount / Freight / Total. The buyer\'s mobile in the signature '
                      'is not the receiver\'s. Adds up.',
                      [order('XJ-SZ-261204', 'Xinjie Electronics (Shenzhen) Co., Ltd.',
                             ('邝志明', '0755-28970316', '深圳市龙岗区坂田街道五和大道 118 号 芯捷电子 2 栋 1 楼来料仓'),
                             '2026-12-04', 'CNY', total, lines)])


# ============================================================ HTML bodies
@mail
def h218_outlook_html_uk_vat_discount():
    rows = [('HD-WB-0750', 'Wine bottle box, 1 bottle, kraft, window', 1000, '0.92'),
            ('HD-WB-0752', 'Wine bottle box, 2 bottles, kraft, handle', 600, '1.46'),
            ('HD-WB-0756', 'Wine shipper, 6 bottles, pulp inserts', 400, '2.85'),
            ('HD-SH-0004', 'Shredded paper fill, natural, 4 kg bag', 50, '7.20')]
    lines = lines_of(rows)
    sub = subtotal(lines)
    disc = D('-125.00')
    vat = m2((sub + disc) * D('0.2'))
    total = m2(sub + disc + D(vat))
    check(lines, total, disc + D(vat))
    tab = [['Product code', 'Description', 'Qty', 'Unit £', 'Line £']]
    tab += [[s, t, '{:,}'.format(q), p, amt(D(p) * q)] for s, t, q, p in rows]
    tab += [[('Goods', 'colspan="4" align="right"'), amt(sub)],
            [('Loyalty discount (agreed 20/11)', 'colspan="4" align="right"'), '(125.00)'],
            [('VAT @ 20%', 'colspan="4" align="right"'), amt(D(vat))],
            [('<b>Order total</b>', 'colspan="4" align="right"'), '<b>%s</b>' % amt(D(total))]]
    paras = ['Hi Vivian,', '', 'Order for the Christmas hampers below &#8211; PO <b>CV-PO-1877</b> raised today, '
             '2 December 2026.', '']
    after = ['', 'Deliver to: Cotswold Vintners Ltd, Bay 4, Love Lane Industrial Estate, Cirencester GL7 1YG',
             'Contact on the day: Ben Ashby 07700 900 417', '', 'Many thanks,', 'Harriet Cole',
             'Buying Manager | Cotswold Vintners Ltd | 01285 640 220']
    html = ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv=Content-Type '
            'content="text/html; charset=utf-8"><meta name=Generator content="Microsoft Word 15 (filtered medium)">'
            '</head><body lang=EN-GB><div class=WordSection1>' +
            ''.join('<p class=MsoNormal>%s<o:p>&nbsp;</o:p></p>' % (x or '&nbsp;') for x in paras) +
            '<table class=MsoNormalTable border=0 cellspacing=0 cellpadding=0 style="border-collapse:collapse">' +
            cells_html(tab, MSO) + '</table>' +
            ''.join('<p class=MsoNormal>%s<o:p></o:p></p>' % (x or '&nbsp;') for x in after) + '</div></body></html>')
    plain = ('Hi Vivian,\n\nOrder for the Christmas hampers below \u2013 PO CV-PO-1877 raised today, 2 December 2026.\n\n' +
             '\n'.join('\t'.join((c if isinstance(c, str) else c[0]).replace('<b>', '').replace('</b>', '') for c in r)
                       for r in tab) + '\n' + '\n'.join(after) + '\n')
    part = alt(plain, html, 'utf-8', '_000_CWLP265MB2214E0F1A2B3C4D5CWLP265MB2214GBRP_', 'quoted-printable')
    eml = message(hdr('Harriet Cole <harriet.cole@cotswoldvintners.co.uk>', 'PO CV-PO-1877 - hamper packaging',
                      'Wed, 2 Dec 2026 11:37:45 +0000', 'CWLP265MB2214E0F1A2B3C4D5@CWLP265MB2214.GBRP265.PROD.OUTLOOK.COM',
                      extra=['Content-Language: en-GB']), part)
    return eml, truth('hand-outlook-html-uk-vat-discount', 'html', 'utf-8',
                      'A Cotswolds wine merchant in Outlook Word-HTML: "£" only in the column headers (Unit £ / Line £), '
                      'colspan rows Goods / Loyalty discount in accounting brackets "(125.00)" / VAT @ 20% on the '
                      'discounted goods / Order total; the PO number and date "2 December 2026" in a sentence with '
                      'the number in <b>. Adds up after discount and VAT.',
                      [order('CV-PO-1877', 'Cotswold Vintners Ltd',
                             ('Ben Ashby', '07700 900 417',
                              'Cotswold Vintners Ltd, Bay 4, Love Lane Industrial Estate, Cirencester GL7 1YG'),
                             '2026-12-02', 'GBP', total, lines)])


@mail
def h219_qq_html_gb18030_colours_daxie():
    rows = [('HD-BW-06R', '奶茶杯 PP 注塑 500ml', '红色', '箱', 20, '210.00'),
            ('HD-BW-06W', '奶茶杯 PP 注塑 500ml', '磨砂白', '箱', 30, '210.00'),
            ('HD-BW-07R', '奶茶杯 PP 注塑 700ml', '红色', '箱', 15, '248.00'),
            ('HD-XG-0012', '吸管 12mm 单独包装', '黑色', '件', 10, '96.00')]
    lines = [ln(s, '%s %s' % (t, c), q, p) for s, t, c, u, q, p in rows]
    total = m2(subtotal(lines))
    check(lines, total)
    assert total == '15180.00'
    tab = [['编号', '品名', '颜色', '单位', '数量', '单价', '金额']]
    tab += [[s, t, c, u, str(q), p, amt(D(p) * q)] for s, t, c, u, q, p in rows]
    tab += [['合计', ('人民币大写：壹万伍仟壹佰捌拾元整', 'colspan="5"'), '¥15,180.00']]
    html = ('<meta http-equiv="Content-Type" content="text/html; charset=GB18030"><div>小陈你好：</div><div><br></div>'
            '<div>我们门店新一季的杯子，颜色一定要按表格来，红色和磨砂白别搞混。</div><div><br></div>'
            '<div>订单号：CYT-20261204&nbsp; &nbsp;日期：2026-12-04</div><div><br></div>'
            '<table border="1" cellpadding="3" cellspacing="0" style="border-collapse:collapse;font-size:13px">' +
            cells_html(tab) + '</table><div><br></div>'
            '<div>收货：江西省南昌市红谷滩区丰和中大道 1099 号 茶悦堂中央仓</div><div>收货人：熊志远 18970862254</div>'
            '<div><br></div><div>茶悦堂餐饮连锁（南昌）有限公司 采购 付晴</div><div>办公室 0791-83856610</div>'
            '<div><br></div><div><includetail><!--<![endif]--></includetail></div>')
    eml = message(hdr(addr('付晴', '1473209386@qq.com', 'gb18030'), '茶悦堂订单CYT-20261204',
                      'Fri, 4 Dec 2026 20:11:09 +0800', 'tencent_7A9C1E3F5B7D9F1A3C5E7A9B1D3F5A7C9E08@qq.com', None,
                      'gb18030', extra=['X-QQ-Mailer: QQMail 2.x']), text(html, 'GB18030', 'base64', 'html'))
    return eml, truth('hand-qq-html-gb18030-colours-daxie', 'html', 'gb18030',
                      'A milk-tea chain in QQ Mail, HTML only (GB18030): a 颜色 column (the same product in red and '
                      'frosted white with two SKUs; the colour is keyed in the title), 箱/件 units, a 合计 row whose '
                      'middle cell spans five columns with the amount in words (人民币大写：壹万伍仟壹佰捌拾元整) and '
                      '"¥15,180.00" in the last cell; the office landline in the signature is not the receiver\'s. '
                      'Adds up.',
                      [order('CYT-20261204', '茶悦堂餐饮连锁（南昌）有限公司',
                             ('熊志远', '18970862254', '江西省南昌市红谷滩区丰和中大道 1099 号 茶悦堂中央仓'),
                             '2026-12-04', 'CNY', total, lines)])


@mail
def h220_foxmail_html_gbk_delivery_schedule_rows():
    rows = [('HD-ZT-3260', '纸托 32*60 蜂窝', '个', 4000, '2.30', '2026-12-12'),
            ('HD-ZT-3260', '纸托 32*60 蜂窝', '个', 4000, '2.30', '2026-12-26'),
            ('HD-HJ-5050', '护角 50*50*5*1000', '根', 8000, '0.62', '2026-12-12')]
    lines = lines_of(rows, qty=3, price=4)
    total = m2(subtotal(lines))
    check(lines, total)
    tab = [['序号', '物料编码', '名称规格', '单位', '数量', '单价(元)', '金额(元)', '交货日期']]
    tab += [[str(i + 1), s, t, u, '{:,}'.format(q), p, amt(D(p) * q), d] for i, (s, t, u, q, p, d) in enumerate(rows)]
    tab += [[('合计', 'colspan="6"'), amt(D(total)), '']]
    html = ('<html><head><meta http-equiv="content-type" content="text/html; charset=GBK"><style>body { font-size: 10.5pt; '
            'font-family: 微软雅黑; color: #000080; line-height: 1.5; }</style></head><body>\n'
            '<div>恒达李经理：</div><div>&nbsp;&nbsp;&nbsp; 您好！蜂窝纸托分两批交货，护角随第一批一起到，明细如下：</div>'
            '<div><br></div><div>采购订单号：YD-PO-2612-007&nbsp;&nbsp;&nbsp;&nbsp;订单日期：2026年12月3日</div>'
            '<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;color:#000080">' +
            cells_html(tab) + '</table><div><br></div>'
            '<div>交货地点：湖北省武汉市东西湖区走马岭街道汇通大道 66 号 裕达家电 成品库</div>'
            '<div>收货人：彭卫东 027-83218877 转 6012</div><div><br></div><hr style="width:210px;height:1px" align="left" '
            'color="#b5c4df" size="1"><div><span>武汉裕达家电有限公司</span></div><div><span>采购部 卢佳</span></div>'
            '</body></html>')
    plain = ('恒达李经理：\n    您好！蜂窝纸托分两批交货，护角随第一批一起到，明细如下：\n\n'
             '采购订单号：YD-PO-2612-007    订单日期：2026年12月3日\n' +
             '\n'.join(' '.join(c if isinstance(c, str) else c[0] for c in r) for r in tab) +
             '\n\n交货地点：湖北省武汉市东西湖区走马岭街道汇通大道 66 号 裕达家电 成品库\n收货人：彭卫东 027-83218877 转 6012\n\n'
             '武汉裕达家电有限公司\n采购部 卢佳\n')
    part = alt(plain, html, 'GBK', '----=_001_NextPart487361220577_=----')
    eml = message(hdr(addr('卢佳', 'lujia@yuda-appliance.com', 'gbk'), '采购订单 YD-PO-2612-007（分批交货）',
                      'Thu, 3 Dec 2026 10:58:36 +0800', '202612031058362157316@yuda-appliance.com',
                      'X-Mailer: Foxmail 7.2.25.228[cn]', 'gbk'), part)
    return eml, truth('hand-foxmail-html-gbk-delivery-schedule-rows', 'html', 'gbk',
                      'A Wuhan appliance maker in Foxmail HTML (GBK, text alternative with space-joined cells): a '
                      '交货日期 column, and the same SKU on two rows with two delivery dates (two lines, kept as '
                      'written); colspan 合计 row; "单价(元)" in the header; the receiver\'s phone has "转 6012". '
                      'Adds up.',
                      [order('YD-PO-2612-007', '武汉裕达家电有限公司',
                             ('彭卫东', '027-83218877 转 6012', '湖北省武汉市东西湖区走马岭街道汇通大道 66 号 裕达家电 成品库'),
                             '2026-12-03', 'CNY', total, lines)])


@mail
def h221_gmail_html_us_shopify_size_colour():
    rows = [('HD-MB-10S-SND', 'Mailer box 10x8x4 - Sand', 'S', 1500, '0.84'),
            ('HD-MB-12M-SND', 'Mailer box 12x10x4 - Sand', 'M', 1500, '1.02'),
            ('HD-MB-14L-SND', 'Mailer box 14x11x5 - Sand', 'L', 800, '1.31'),
            ('HD-MB-12M-OLV', 'Mailer box 12x10x4 - Olive', 'M', 1000, '1.02')]
    lines = lines_of(rows, qty=3, price=4)
    sub = subtotal(lines)
    total = m2(sub + D('410.00') - D('150.00'))
    check(lines, total, D('260.00'))
    tab = [['SKU', 'Product', 'Size', 'Qty', 'Price', 'Amount']]
    tab += [[s, t, z, '{:,}'.format(q), '$%s' % p, '$%s' % amt(D(p) * q)] for s, t, z, q, p in rows]
    tab += [['', '', '', '', 'Subtotal', '$%s' % amt(sub)], ['', '', '', '', 'Freight (DDP LA)', '$410.00'],
            ['', '', '', '', 'Promo credit', '-$150.00'], ['', '', '', '', '<b>Total USD</b>', '<b>$%s</b>' % amt(D(total))]]
    html = ('<div dir="ltr"><div>Hey Vivian!</div><div><br></div><div>Our holiday reorder is below. PO # is '
            '<b>TRL-1049</b>, dated Dec 4, 2026.</div><div><br></div>'
            '<table cellspacing="0" cellpadding="0" dir="ltr" border="1" style="table-layout:fixed;font-size:10pt;'
            'font-family:Arial;width:0px;border-collapse:collapse;border:none"><colgroup><col width="140"><col width="220">'
            '<col width="50"><col width="70"><col width="110"><col width="100"></colgroup><tbody>' + cells_html(tab) +
            '</tbody></table><br><div>Ship to our 3PL:</div><div>Trailhead Goods c/o ShipBob, 1250 W Artesia Blvd, '
            'Compton, CA 90220</div><div>Attn: Inbound team, (310) 555-0176, ref TRL-1049</div><div><br></div>'
            '<div>Thanks!!</div><div>Casey</div><div><br></div><div>--</div><div>Casey Nguyen | Ops</div>'
            '<div>Trailhead Goods Co.</div><div>(503) 555-0143</div></div>')
    plain = ('Hey Vivian!\n\nOur holiday reorder is below. PO # is *TRL-1049*, dated Dec 4, 2026.\n\n' +
             '\n'.join(' '.join(c.replace('<b>', '*').replace('</b>', '*') for c in r if c) for r in tab) +
             '\n\nShip to our 3PL:\nTrailhead Goods c/o ShipBob, 1250 W Artesia Blvd, Compton, CA 90220\n'
             'Attn: Inbound team, (310) 555-0176, ref TRL-1049\n\nThanks!!\nCasey\n\n--\nCasey Nguyen | Ops\n'
             'Trailhead Goods Co.\n(503) 555-0143\n')
    part = alt(plain, html, 'UTF-8', '000000000000d7e1a3061f2c9b44', 'quoted-printable')
    eml = message(hdr('Casey Nguyen <casey@trailheadgoods.co>', 'Holiday reorder - PO TRL-1049',
                      'Fri, 4 Dec 2026 09:03:11 -0800', 'CAH7vQ3xL9mP+2kR8wT4nB6jF1eZ0cY5dS3gA8hU7iN@mail.gmail.com'), part)
    return eml, truth('hand-gmail-html-us-shopify-size-colour', 'html', 'utf-8',
                      'A Portland e-commerce brand in Gmail HTML (Google Sheets paste): a Size column beside titles '
                      'that carry the colour after " - ", "$" in every cell, then Subtotal / Freight (DDP LA) / Promo '
                      'credit -$150.00 / Total USD rows in the last two columns; ship to a 3PL with a team, not a '
                      'person, as the contact. Adds up.',
                      [order('TRL-1049', 'Trailhead Goods Co.',
                             (None, '(310) 555-0176', 'Trailhead Goods c/o ShipBob, 1250 W Artesia Blvd, Compton, CA 90220'),
                             '2026-12-04', 'USD', total, lines)])


@mail
def h222_wecom_html_school_canteen_no_sku():
    rows = [('一次性餐盒 三格 带盖', '箱', 40, '135.00'), ('一次性汤碗 450ml 带盖', '箱', 25, '98.00'),
            ('保鲜袋 中号 食品级', '件', 12, '150.00'), ('垃圾袋 80*100 加厚 黑色', '件', 10, '88.00')]
    lines = lines_of(rows, sku=None, title=0, qty=2, price=3)
    total = m2(subtotal(lines))
    check(lines, total)
    tab = [['物品', '单位', '数量', '单价（元）', '小计（元）']]
    tab += [[t, u, str(q), p, amt(D(p) * q)] for t, u, q, p in rows]
    html = ('<div style="font-family:PingFang SC,Microsoft YaHei;font-size:14px"><p>恒达包装 您好，</p>'
            '<p>学校食堂 12 月耗材订购如下（编号 SZXX-ST-2612，2026年12月1日），请于 12 月 7 日前送到。</p>'
            '<table border="1" style="border-collapse:collapse" cellpadding="4">' + cells_html(tab) + '</table>'
            '<p>合计金额：%s 元</p>'
            '<p>送货地址：江苏省苏州市吴中区越溪街道南官渡路 20 号 苏州市吴中实验小学 食堂仓库（从北门进）</p>'
            '<p>联系人：后勤 蔡老师 13862115390</p><p>苏州市吴中实验小学 后勤处</p>'
            '<p style="color:#999;font-size:12px">来自企业微信邮件</p></div>' % amt(D(total)))
    eml = message(hdr(addr('蔡丽华', 'cailh@wzsyxx.edu.cn'), '食堂耗材订购 SZXX-ST-2612', 'Tue, 1 Dec 2026 16:30:12 +0800',
                      'wecom_3B5D7F9A1C3E5A7B9D1F3A5C7E9B1D3F@wzsyxx.edu.cn', 'X-Mailer: WeCom Mail 4.1.28'),
                  text(html, 'utf-8', 'base64', 'html'))
    return eml, truth('hand-wecom-html-school-canteen-no-sku', 'html', 'utf-8',
                      'A primary school\'s canteen orders from WeCom Mail, HTML only: the number and date in brackets '
                      'inside a sentence, a deadline "12 月 7 日前" that is not the order date, a table without SKUs '
                      '(物品 / 单位 箱 件 / 数量 / 单价（元） / 小计（元）), the total in a paragraph "合计金额：… 元" '
                      'below the table. Adds up.',
                      [order('SZXX-ST-2612', '苏州市吴中实验小学',
                             ('蔡老师', '13862115390', '江苏省苏州市吴中区越溪街道南官渡路 20 号 苏州市吴中实验小学 食堂仓库（从北门进）'),
                             '2026-12-01', 'CNY', total, lines)])


@mail
def h223_outlook_html_sg_forwarded_approval():
    rows = [('HD-VB-2030', 'Vacuum bag 20x30cm, 90 micron, embossed', 'rolls', 40, '42.50'),
            ('HD-VB-2540', 'Vacuum bag 25x40cm, 90 micron, embossed', 'rolls', 30, '55.00'),
            ('HD-LB-5080', 'Date label 50x80mm, removable', 'rolls', 60, '6.80')]
    lines = lines_of(rows, qty=3, price=4)
    sub = subtotal(lines)
    gst = m2(sub * D('0.09'))
    total = m2(sub + D(gst))
    check(lines, total, gst)
    tab = [['Item', 'Description', 'Qty', 'UOM', 'Unit Price (SGD)', 'Amount (SGD)']]
    tab += [[s, t, str(q), u, p, amt(D(p) * q)] for s, t, u, q, p in rows]
    tab += [[('Sub Total', 'colspan="5" align="right"'), amt(sub)], [('GST 9%', 'colspan="5" align="right"'), amt(D(gst))],
            [('Total', 'colspan="5" align="right"'), amt(D(total))]]
    fw = ('<p class=MsoNormal>Vivian &#8211; approved, please proceed. Thanks, Derrick<o:p></o:p></p>'
          '<p class=MsoNormal><o:p>&nbsp;</o:p></p><div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
          '<p class=MsoNormal><b>From:</b> Priya Ramasamy &lt;priya@harbourseafood.sg&gt;<br><b>Sent:</b> Thursday, '
          '3 December 2026 4:05 PM<br><b>To:</b> Derrick Tan &lt;derrick@harbourseafood.sg&gt;<br><b>Subject:</b> '
          'For approval: PO HSF-2612-031 Hengda<o:p></o:p></p></div><p class=MsoNormal><o:p>&nbsp;</o:p></p>'
          '<p class=MsoNormal>Hi Derrick, pls approve and forward to Hengda.<o:p></o:p></p>'
          '<p class=MsoNormal>PO No.: HSF-2612-031<br>PO Date: 03-Dec-2026<br>Buyer: Harbour Seafood Processing Pte Ltd'
          '<o:p></o:p></p>')
    html = ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv=Content-Type '
            'content="text/html; charset=utf-8"></head><body lang=EN-SG><div class=WordSection1>' + fw +
            '<table class=MsoNormalTable border=1 cellspacing=0 cellpadding=0 style="border-collapse:collapse">' +
            cells_html(tab, MSO) + '</table><p class=MsoNormal>Deliver to: 15 Fishery Port Road, Jurong Fishery Port '
            'Complex #02-11, Singapore 619742<br>Attn: Ah Seng (store) 8126 3390<o:p></o:p></p>'
            '<p class=MsoNormal>Regards,<br>Priya Ramasamy<br>Procurement, Harbour Seafood Processing Pte Ltd<br>'
            'T: 6265 1188<o:p></o:p></p></div></body></html>')
    plain = ('Vivian \u2013 approved, please proceed. Thanks, Derrick\n\nFrom: Priya Ramasamy <priya@harbourseafood.sg>\n'
             'Sent: Thursday, 3 December 2026 4:05 PM\nTo: Derrick Tan <derrick@harbourseafood.sg>\n'
             'Subject: For approval: PO HSF-2612-031 Hengda\n\nHi Derrick, pls approve and forward to Hengda.\n'
             'PO No.: HSF-2612-031\nPO Date: 03-Dec-2026\nBuyer: Harbour Seafood Processing Pte Ltd\n' +
             '\n'.join('\t'.join(c if isinstance(c, str) else c[0] for c in r) for r in tab) +
             '\nDeliver to: 15 Fishery Port Road, Jurong Fishery Port Complex #02-11, Singapore 619742\n'
             'Attn: Ah Seng (store) 8126 3390\nRegards,\nPriya Ramasamy\nProcurement, Harbour Seafood Processing Pte Ltd\n'
             'T: 6265 1188\n')
    part = alt(plain, html, 'utf-8', '_000_SI2PR06MB4102AA11BB22CC33SI2PR06MB4102apcp_', 'quoted-printable')
    eml = message(hdr('Derrick Tan <derrick@harbourseafood.sg>', 'FW: For approval: PO HSF-2612-031 Hengda',
                      'Fri, 4 Dec 2026 08:47:30 +0800', 'SI2PR06MB4102AA11BB22CC33@SI2PR06MB4102.apcprd06.prod.outlook.com',
                      to='Vivian Li <vivian.li@hengda-pack.cn>', extra=['Cc: orders@hengda-pack.cn']), part)
    return eml, truth('hand-outlook-html-sg-forwarded-approval', 'html', 'utf-8',
                      'A Singapore seafood processor\'s director forwards (Outlook HTML, "FW:", From/Sent/To/Subject '
                      'block) his buyer\'s PO with "approved, please proceed": the PO below the forward header is the '
                      'order, dated 03-Dec-2026, SGD in the column headers only, rolls units, colspan Sub Total / '
                      'GST 9% / Total rows; the office number in the signature is not the store\'s. Adds up.',
                      [order('HSF-2612-031', 'Harbour Seafood Processing Pte Ltd',
                             ('Ah Seng', '8126 3390', '15 Fishery Port Road, Jurong Fishery Port Complex #02-11, Singapore 619742'),
                             '2026-12-03', 'SGD', total, lines)])


# ============================================================ CSV attachments
@mail
def h224_csv_my_inventory_app_variations():
    rows = [('HD-BX-P01', 'Pizza box 10in kraft', 'Plain', 2000, '0.62'),
            ('HD-BX-P02', 'Pizza box 12in kraft', 'Plain', 2000, '0.78'),
            ('HD-BX-P02L', 'Pizza box 12in kraft', 'Logo 1-colour', 3000, '0.89'),
            ('HD-CP-0120', 'Sauce cup 2oz with lid', 'Clear', 10000, '0.065')]
    lines = exact([ln(s, '%s - %s' % (t, v), q, p) for s, t, v, q, p in rows], [None, None, None, '0.065'])
    total = m2(subtotal(lines))
    check(lines, total)
    tab = [['Purchase Order#', 'Date', 'Vendor Name', 'Item SKU', 'Item Name', 'Variation', 'Quantity', 'Rate', 'Amount',
            'Currency']]
    for s, t, v, q, p in rows:
        tab.append(['PO-00217', '02/12/2026', 'Hengda Packaging', s, t, v, q, p, m2(D(p) * q), 'MYR'])
    data = ('\ufeff' + corpus_docs.csv_text(tab)).encode('utf-8')
    body = """Hi Vivian,

Attached PO-00217 exported from our inventory system. Total MYR %s.
Ship to: Pizza Marino (M) Sdn Bhd, Lot 5, Jalan Perusahaan 2, Kawasan Perindustrian Batu Caves,
68100 Batu Caves, Selangor. Store contact Encik Faizal 019-275 6630.

Regards,
Tan Wei Jie
Pizza Marino (M) Sdn Bhd
""" % amt(D(total))
    eml = with_attachments(hdr('Tan Wei Jie <weijie.tan@pizzamarino.com.my>', 'Purchase Order PO-00217',
                               'Wed, 2 Dec 2026 15:12:07 +0800', 'zoho.2612021512.0217@pizzamarino.com.my',
                               'X-Mailer: Zoho Mail'), body, 'us-ascii', '7bit',
                           [attachment('text/csv', data, 'PO-00217.csv')], '----=_Part_8812_30927714.1764659527')
    return eml, truth('hand-csv-my-inventory-app-variations', 'csv', 'us-ascii',
                      'A Malaysian pizza chain\'s inventory-app CSV (UTF-8 with BOM): header fields repeated on every '
                      'row, a Variation column (the same box plain and with logo under two SKUs; keyed "title - '
                      'variation"), a 3-decimal rate, Currency MYR per row, date 02/12/2026 (D/M). Ship-to and total '
                      'only in the mail text. Adds up.',
                      [order('PO-00217', 'Pizza Marino (M) Sdn Bhd',
                             ('Encik Faizal', '019-275 6630',
                              'Pizza Marino (M) Sdn Bhd, Lot 5, Jalan Perusahaan 2, Kawasan Perindustrian Batu Caves, '
                              '68100 Batu Caves, Selangor'), '2026-12-02', 'MYR', total, lines)])


@mail
def h225_csv_gbk_schedule_daxie_row():
    rows = [('HD-PE-0812', 'PE自封袋 8*12cm 8丝', '个', 50000, '0.032', '2026-12-09'),
            ('HD-PE-1220', 'PE自封袋 12*20cm 8丝', '个', 30000, '0.058', '2026-12-09'),
            ('HD-PE-0812', 'PE自封袋 8*12cm 8丝', '个', 50000, '0.032', '2026-12-23')]
    lines = exact(lines_of(rows, qty=3, price=4), ['0.032', '0.058', '0.032'])
    total = m2(subtotal(lines))
    check(lines, total)
    assert total == '4940.00'
    tab = [['宁波康瑞医疗器械有限公司 采购订单'], ['订单号', 'KR-CG-261202', '', '下单日期', '2026/12/2'],
           [], ['物料编码', '物料名称', '单位', '数量', '单价', '金额', '要求到货日期']]
    tab += [[s, t, u, q, p, m2(D(p) * q), d] for s, t, u, q, p, d in rows]
    tab += [['合计', '', '', 130000, '', total, ''], ['大写', '肆仟玖佰肆拾元整']]
    data = corpus_docs.csv_text(tab).encode('gbk')
    body = """恒达 李经理：

附件为本月自封袋订单，分两次到货，第二批 23 号到。单价含税，人民币。

收货地址：浙江省宁波市镇海区蛟川街道金川路 36 号 康瑞医疗 原料仓
收货人：俞芳 0574-86302217

宁波康瑞医疗器械有限公司 采购部 王斌
手机 13968218805
"""
    eml = with_attachments(hdr(addr('王斌', 'wangbin@kangrui-med.com', 'gbk'), 'KR-CG-261202 采购订单',
                               'Wed, 2 Dec 2026 13:44:50 +0800', '000601db4473$9a8b7c6d$5e4f3a2b$@kangrui-med.com',
                               'X-Mailer: Microsoft Outlook 16.0', 'gbk'), body, 'gbk', 'base64',
                           [attachment('text/csv', data, 'KR-CG-261202.csv')], '----=_NextPart_000_0007_01DB4473.9A8B7C6D')
    return eml, truth('hand-csv-gbk-schedule-daxie-row', 'csv', 'gbk',
                      'A medical-device maker\'s GBK CSV saved from Excel: a title row, label/value cells for 订单号 and '
                      '下单日期 2026/12/2, a blank row, the table with 要求到货日期 per line and the same SKU on two rows '
                      'for two deliveries (two lines), 3-decimal prices, a 合计 row and a 大写 row under it. "人民币" in '
                      'the mail text. Adds up.',
                      [order('KR-CG-261202', '宁波康瑞医疗器械有限公司',
                             ('俞芳', '0574-86302217', '浙江省宁波市镇海区蛟川街道金川路 36 号 康瑞医疗 原料仓'),
                             '2026-12-02', 'CNY', total, lines)])


@mail
def h226_csv_de_semicolon_mwst_number_in_text():
    rows = [('HD-FK-3020', 'Faltkarton 300x200x150 1-wellig braun', 3000, '0.41'),
            ('HD-FK-4030', 'Faltkarton 400x300x200 2-wellig braun', 1500, '0.88'),
            ('HD-PP-0050', 'Packpapier Rolle 50cm x 250m', 40, '19.50')]
    lines = lines_of(rows)
    sub = subtotal(lines)
    mwst = m2(sub * D('0.19'))
    total = m2(sub + D(mwst))
    check(lines, total, mwst)

    def de(v):
        return '{:.2f}'.format(D(v)).replace('.', ',')
    tab = [['Artikelnr.', 'Bezeichnung', 'Menge', 'Einzelpreis EUR', 'Gesamt EUR']]
    tab += [[s, t, q, de(p), de(D(p) * q)] for s, t, q, p in rows]
    tab += [['', 'Summe netto', '', '', de(sub)], ['', 'MwSt. 19%', '', '', de(mwst)], ['', 'Summe brutto', '', '', de(total)]]
    data = corpus_docs.csv_text(tab, delim=';').encode('cp1252')
    body = """Sehr geehrte Frau Li,

anbei unsere Bestellung Nr. B-2026-1142 vom 03.12.2026 als CSV (Positionen).

Lieferadresse:
Versandhaus Nordlicht GmbH
Lager Halle 3
Industriestraße 14
24568 Kaltenkirchen
Ansprechpartner: Herr Torben Claußen, Tel. 04191 80 27 33

Mit freundlichen Grüßen
Sabine Wulff
Einkauf, Versandhaus Nordlicht GmbH
"""
    eml = with_attachments(hdr('Sabine Wulff <s.wulff@versandhaus-nordlicht.de>', 'Bestellung B-2026-1142',
                               'Thu, 3 Dec 2026 09:26:14 +0100', '5f2a8c1e-77d3-4b0a-9e61-c2f4d8a0b153@versandhaus-nordlicht.de',
                               'User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.5.0'),
                           body, 'utf-8', 'quoted-printable',
                           [attachment('text/csv', data, 'Bestellung_B-2026-1142.csv')], '------------2mF0c7xQ9yZ4aK1pN8sT3vB6')
    return eml, truth('hand-csv-de-semicolon-mwst-number-in-text', 'csv', 'utf-8',
                      'A German mail-order house (Thunderbird): the order number and date only in the mail text '
                      '("Bestellung Nr. B-2026-1142 vom 03.12.2026"), a Windows-1252 CSV with semicolons, decimal '
                      'commas, "EUR" in the price headers and Summe netto / MwSt. 19% / Summe brutto rows below the '
                      'lines; the delivery address as a block in the text. The total is brutto. Adds up.',
                      [order('B-2026-1142', 'Versandhaus Nordlicht GmbH',
                             ('Herr Torben Claußen', '04191 80 27 33',
                              'Versandhaus Nordlicht GmbH, Lager Halle 3, Industriestraße 14, 24568 Kaltenkirchen'),
                             '2026-12-03', 'EUR', total, lines)])


# ============================================================ xlsx attachments
@mail
def h227_xlsx_cn_restaurant_chain_daxie():
    rows = [('HD-CH-0001', '筷子套 纸质 印LOGO', '箱', 12, '165.00'),
            ('HD-CH-0002', '湿纸巾 单片装 印LOGO', '箱', 20, '118.00'),
            ('HD-CH-0003', '外卖袋 无纺布 中号', '件', 8, '240.00'),
            ('HD-CH-0004', '锡纸盒 650ml 带盖', '箱', 15, '186.00')]
    lines = lines_of(rows, qty=3, price=4)
    total = m2(subtotal(lines))
    check(lines, total)
    assert total == '9050.00'
    sh = Sheet('订货单')
    sh.widths = {1: 6, 2: 14, 3: 26, 4: 6, 5: 8, 6: 10, 7: 12}
    sh.set(1, 1, '川味小馆餐饮管理有限公司 物料订货单', bold=True, size=16, center=True)
    sh.merge(1, 1, 1, 7)
    sh.set(2, 1, '订货单号：CWXG-2612-015')
    sh.merge(2, 1, 2, 4)
    sh.set(2, 5, '订货日期：')
    sh.set(2, 6, datetime.date(2026, 12, 3), fmt='yyyy"年"m"月"d"日"')
    sh.row(4, 1, ['序号', '编码', '品名规格', '单位', '数量', '单价', '金额'], bold=True, border=True)
    for i, (s, t, u, q, p) in enumerate(rows):
        r = 5 + i
        sh.row(r, 1, [i + 1, s, t, u, q], border=True)
        sh.set(r, 6, D(p), border=True, fmt='0.00')
        sh.set(r, 7, ('=E%d*F%d' % (r, r), D(p) * q), border=True, fmt='#,##0.00')
    sh.set(9, 1, '合计（小写）', border=True)
    sh.merge(9, 1, 9, 6)
    sh.set(9, 7, ('=SUM(G5:G8)', D(total)), border=True, fmt='"¥"#,##0.00')
    sh.set(10, 1, '合计（大写）', border=True)
    sh.merge(10, 1, 10, 2)
    sh.set(10, 3, '玖仟零伍拾元整', border=True)
    sh.merge(10, 3, 10, 7)
    sh.set(12, 1, '收货门店：成都市武侯区科华北路 65 号 川味小馆 科华店（请送到后厨，不要放前台）')
    sh.set(13, 1, '收货人：周德明   电话：18048561127')
    sh.set(15, 1, '制表：罗雪')
    sh.set(15, 5, '店长签字：')
    data = corpus_docs.xlsx_bytes([sh], creator='罗雪')
    body = '你好，附件是我们科华店本月的物料订货单，麻烦尽快安排。\n\n罗雪 川味小馆 行政采购 028-85562013\n'
    eml = with_attachments(hdr(addr('罗雪', 'luoxue@cwxg-food.com'), '科华店物料订货单', 'Thu, 3 Dec 2026 11:20:44 +0800',
                               '2a6c8e0f.5b3.18f42c3d4e5.Coremail.luoxue@cwxg-food.com',
                               'X-Mailer: Coremail Webmail Server Version XT5.0.14'), body, 'utf-8', 'base64',
                           [attachment(XLSX, data, '订货单CWXG-2612-015.xlsx', name_style='rfc2231')],
                           '----=_Part_21077_1402358.1764732044')
    return eml, truth('hand-xlsx-cn-restaurant-chain-daxie', 'xlsx', 'utf-8',
                      'A Sichuan restaurant chain\'s .xlsx 订货单: a merged title naming the company, 订货日期 as a date '
                      'serial formatted yyyy"年"m"月"d"日" beside its label, 箱/件 units, amounts as formulas, a 合计（小写）'
                      'row with a "¥" number format and a 合计（大写） row in words, the store as ship-to with a remark '
                      'in brackets; the sender\'s office phone in the mail text is not the receiver\'s. Adds up.',
                      [order('CWXG-2612-015', '川味小馆餐饮管理有限公司',
                             ('周德明', '18048561127', '成都市武侯区科华北路 65 号 川味小馆 科华店（请送到后厨，不要放前台）'),
                             '2026-12-03', 'CNY', total, lines)])


@mail
def h228_xlsx_us_colour_size_columns_shipping_discount():
    rows = [('HD-PB-S-BLK', 'Poly garment bag', 'Black', 'S', 2500, '0.14'),
            ('HD-PB-M-BLK', 'Poly garment bag', 'Black', 'M', 4000, '0.16'),
            ('HD-PB-L-BLK', 'Poly garment bag', 'Black', 'L', 3000, '0.18'),
            ('HD-PB-M-CLR', 'Poly garment bag', 'Clear', 'M', 2000, '0.15'),
            ('HD-HT-0510', 'Hang tag 2x3.5in, cotton string', 'Cream', '-', 10000, '0.045')]
    lines = exact([ln(s, '%s %s %s' % (t, c, z) if z != '-' else '%s %s' % (t, c), q, p) for s, t, c, z, q, p in rows],
                  [None, None, None, None, '0.045'])
    sub = subtotal(lines)
    disc = -(sub * D('0.05')).quantize(D('0.01'))
    total = m2(sub + disc + D('380.00'))
    check(lines, total, disc + D('380.00'))
    sh = Sheet('PO')
    sh.widths = {1: 16, 2: 30, 3: 10, 4: 8, 5: 10, 6: 12, 7: 14}
    sh.set(1, 1, 'NORTHBOUND APPAREL CO.', bold=True, size=14)
    sh.set(2, 1, '2211 E 7th St, Los Angeles, CA 90021  |  (213) 555-0164')
    sh.set(4, 1, 'PURCHASE ORDER', bold=True, size=13)
    sh.set(4, 6, 'PO #', bold=True)
    sh.set(4, 7, 'NBA-26-0912')
    sh.set(5, 6, 'Date', bold=True)
    sh.set(5, 7, datetime.date(2026, 12, 1), fmt='m/d/yyyy')
    sh.set(6, 1, 'Ship To:', bold=True)
    sh.set(7, 1, 'Northbound Apparel - Vernon DC, 4600 S Soto St, Vernon, CA 90058')
    sh.set(8, 1, 'Receiving: Marisol Reyes (323) 555-0129')
    sh.row(10, 1, ['Item #', 'Description', 'Color', 'Size', 'Qty', 'Unit Cost', 'Total'], bold=True, border=True)
    for i, (s, t, c, z, q, p) in enumerate(rows):
        r = 11 + i
        sh.row(r, 1, [s, t, c, z, q], border=True)
        sh.set(r, 6, D(p), border=True, fmt='$#,##0.000' if len(p) > 4 else '$#,##0.00')
        sh.set(r, 7, ('=E%d*F%d' % (r, r), D(p) * q), border=True, fmt='$#,##0.00')
    for r, a, v in [(17, 'Subtotal', ('=SUM(G11:G15)', sub)), (18, 'Discount 5%', ('=-G17*0.05', disc)),
                    (19, 'Freight', D('380.00')), (20, 'TOTAL', ('=G17+G18+G19', D(total)))]:
        sh.set(r, 6, a, bold=True)
        sh.set(r, 7, v, fmt='$#,##0.00', bold=(a == 'TOTAL'))
    data = corpus_docs.xlsx_bytes([sh], creator='Alyssa Kim')
    body = 'Hi Vivian - PO NBA-26-0912 attached. Note the color/size breakdown. Thx, Alyssa\n'
    eml = with_attachments(hdr('Alyssa Kim <alyssa@northboundapparel.com>', 'PO NBA-26-0912 garment bags + tags',
                               'Tue, 1 Dec 2026 17:05:33 -0800',
                               'BYAPR11MB2710F1E2D3C4B5A6@BYAPR11MB2710.namprd11.prod.outlook.com'),
                           body, 'us-ascii', '7bit', [attachment(XLSX, data, 'NBA-26-0912.xlsx')],
                           '_002_BYAPR11MB2710F1E2D3C4B5A6_')
    return eml, truth('hand-xlsx-us-colour-size-columns-shipping-discount', 'xlsx', 'us-ascii',
                      'A Los Angeles apparel brand\'s .xlsx: Color and Size columns beside one Description (each '
                      'size/colour its own SKU; keyed "title colour size", one space between as the title convention says; the tag has no size "-"), a date serial '
                      'm/d/yyyy, "$" number formats (one 3-decimal), Subtotal / Discount 5% (negative formula) / '
                      'Freight / TOTAL; the letterhead phone is the office, the receiving phone is the ship-to\'s. '
                      'Adds up.',
                      [order('NBA-26-0912', 'NORTHBOUND APPAREL CO.',
                             ('Marisol Reyes', '(323) 555-0129', 'Northbound Apparel - Vernon DC, 4600 S Soto St, Vernon, CA 90058'),
                             '2026-12-01', 'USD', total, lines)])


@mail
def h229_xlsx_tw_twd_business_tax():
    rows = [('TH-BX-01', '蛋糕盒 6吋 手提 白色', '個', 1000, '12'),
            ('TH-BX-02', '蛋糕盒 8吋 手提 白色', '個', 800, '15'),
            ('TH-TR-01', '蛋糕底托 金色 6吋', '片', 1000, '3'),
            ('TH-RB-01', '緞帶 1cm 酒紅 (100碼/捲)', '捲', 30, '85')]
    lines = lines_of(rows, qty=3, price=4)
    sub = subtotal(lines)
    tax = D(int((sub * D('0.05')).quantize(D('1'))))
    total = m2(sub + tax)
    check(lines, total, tax)
    sh = Sheet('訂購單')
    sh.widths = {1: 12, 2: 26, 3: 6, 4: 8, 5: 8, 6: 12}
    sh.set(1, 1, '甜禾烘焙坊 訂購單', bold=True, size=15)
    sh.merge(1, 1, 1, 6)
    sh.row(2, 1, ['單號', 'TH-1151204', '', '日期', '115/12/04'])
    sh.row(3, 1, ['幣別', '新台幣'])
    sh.row(5, 1, ['品號', '品名', '單位', '數量', '單價', '金額'], bold=True, border=True)
    for i, (s, t, u, q, p) in enumerate(rows):
        r = 6 + i
        sh.row(r, 1, [s, t, u, q, int(p)], border=True)
        sh.set(r, 6, ('=D%d*E%d' % (r, r), int(D(p) * q)), border=True, fmt='#,##0')
    sh.row(10, 5, ['未稅合計'])
    sh.set(10, 6, ('=SUM(F6:F9)', int(sub)), fmt='#,##0')
    sh.row(11, 5, ['營業稅5%'])
    sh.set(11, 6, ('=ROUND(F10*0.05,0)', int(tax)), fmt='#,##0')
    sh.row(12, 5, ['含稅總計'])
    sh.set(12, 6, ('=F10+F11', int(D(total))), fmt='#,##0')
    sh.set(14, 1, '送貨：台中市西屯區文心路三段 241 號 1 樓 甜禾烘焙坊  收貨人：江佩珊 04-2316-8850')
    sh.set(15, 1, '統一編號：54872139')
    data = corpus_docs.xlsx_bytes([sh], creator='Peishan')
    body = '恆達您好，\n附上本店訂購單，金額含稅，請開三聯式發票。\n\n甜禾烘焙坊 江佩珊\n'
    eml = with_attachments(hdr(addr('江佩珊', 'tianhe.bakery@gmail.com'), '甜禾烘焙 訂購單 TH-1151204',
                               'Fri, 4 Dec 2026 14:02:18 +0800', 'CAJ3mR8tK2pL+9qW4xV7nC1hG6eB0dZ5fS8jA3kU2iT@mail.gmail.com'),
                           body, 'utf-8', 'base64', [attachment(XLSX, data, 'TH-1151204.xlsx')], '00000000000081c2f5061f3d8a77')
    return eml, truth('hand-xlsx-tw-twd-business-tax', 'xlsx', 'utf-8',
                      'A Taichung bakery\'s .xlsx in Traditional Chinese: 單號 / 日期 as a text ROC date "115/12/04" / '
                      '幣別 新台幣 in label and value cells, integer prices and amounts with formulas, 未稅合計 / '
                      '營業稅5% (ROUND formula) / 含稅總計 beside the last column, the ship-to and receiver in one '
                      'cell below. Adds up with the tax.',
                      [order('TH-1151204', '甜禾烘焙坊',
                             ('江佩珊', '04-2316-8850', '台中市西屯區文心路三段 241 號 1 樓 甜禾烘焙坊'),
                             '2026-12-04', 'TWD', total, lines)])


@mail
def h230_xlsx_de_eur_mwst_date_serial():
    rows = [('HD-KB-1510', 'Kaffeebeutel 250 g, Kraft, Ventil, Zipper', 4000, '0.29'),
            ('HD-KB-1520', 'Kaffeebeutel 1 kg, Kraft, Ventil, Zipper', 1500, '0.52'),
            ('HD-VS-0200', 'Versandkarton für 4 Beutel, braun', 1000, '0.64')]
    lines = lines_of(rows)
    sub = subtotal(lines)
    mwst = m2((sub + D('290.00')) * D('0.19'))
    total = m2(sub + D('290.00') + D(mwst))
    check(lines, total, D('290.00') + D(mwst))
    sh = Sheet('Bestellung')
    sh.widths = {1: 6, 2: 14, 3: 40, 4: 10, 5: 14, 6: 14}
    sh.set(1, 1, 'Rösterei Feldberg GmbH', bold=True, size=14)
    sh.set(2, 1, 'Seestraße 12, 79868 Feldberg (Schwarzwald)')
    sh.set(4, 1, 'BESTELLUNG', bold=True, size=13)
    sh.set(5, 1, 'Bestell-Nr.:')
    sh.set(5, 3, 'RF-2026-0318')
    sh.set(6, 1, 'Datum:')
    sh.set(6, 3, datetime.date(2026, 12, 2), fmt='dd.mm.yyyy')
    sh.set(7, 1, 'Lieferanschrift:')
    sh.set(7, 3, 'Rösterei Feldberg GmbH, Lager, Gewerbestraße 3, 79868 Feldberg')
    sh.set(8, 1, 'Kontakt:')
    sh.set(8, 3, 'Lukas Maier, +49 7655 90 41 17')
    sh.row(10, 1, ['Pos.', 'Art.-Nr.', 'Bezeichnung', 'Menge', 'Preis/Stk. €', 'Betrag €'], bold=True, border=True)
    for i, (s, t, q, p) in enumerate(rows):
        r = 11 + i
        sh.row(r, 1, [(i + 1) * 10, s, t, q], border=True)
        sh.set(r, 5, D(p), border=True, fmt='#,##0.00 "€"')
        sh.set(r, 6, ('=D%d*E%d' % (r, r), D(p) * q), border=True, fmt='#,##0.00 "€"')
    for r, a, v in [(15, 'Zwischensumme', ('=SUM(F11:F13)', sub)), (16, 'Fracht', D('290.00')),
                    (17, 'MwSt. 19 %', ('=(F15+F16)*0.19', (sub + D('290.00')) * D('0.19'))),
                    (18, 'Gesamtbetrag', ('=F15+F16+F17', D(total)))]:
        sh.set(r, 5, a, bold=True)
        sh.set(r, 6, v, fmt='#,##0.00 "€"', bold=(r == 18))
    data = corpus_docs.xlsx_bytes([sh], creator='L. Maier')
    body = 'Guten Tag Frau Li,\n\nanbei unsere Bestellung RF-2026-0318.\n\nViele Grüße\nLukas Maier\nRösterei Feldberg GmbH\n'
    eml = with_attachments(hdr('Lukas Maier <l.maier@roesterei-feldberg.de>', 'Bestellung RF-2026-0318',
                               'Wed, 2 Dec 2026 10:48:09 +0100', '9c1e2f3a-4b5d-4e6f-8a7b-0c1d2e3f4a5b@roesterei-feldberg.de',
                               'X-Mailer: Microsoft Outlook 16.0'), body, 'utf-8', 'quoted-printable',
                           [attachment(XLSX, data, 'Bestellung_RF-2026-0318.xlsx')], '----=_NextPart_000_0031_01DB4495.A1B2C3D4')
    return eml, truth('hand-xlsx-de-eur-mwst-date-serial', 'xlsx', 'utf-8',
                      'A Black Forest coffee roaster\'s .xlsx in German: label cells Bestell-Nr. / Datum (a date serial '
                      'formatted dd.mm.yyyy) / Lieferanschrift / Kontakt, positions 10/20/30, prices with a '
                      '#,##0.00 "€" number format (the cell holds only the number), Zwischensumme / Fracht / MwSt. '
                      '19 % on goods and freight / Gesamtbetrag. Adds up.',
                      [order('RF-2026-0318', 'Rösterei Feldberg GmbH',
                             ('Lukas Maier', '+49 7655 90 41 17', 'Rösterei Feldberg GmbH, Lager, Gewerbestraße 3, 79868 Feldberg'),
                             '2026-12-02', 'EUR', total, lines)])


@mail
def h231_xlsx_sg_weekly_schedule_columns_gst():
    rows = [('HD-SC-1612', 'Salad container 16oz PET, with lid', 3000, 3000, '0.168'),
            ('HD-SC-2412', 'Salad container 24oz PET, with lid', 2000, 2000, '0.205'),
            ('HD-FK-0001', 'CPLA fork 6.5in, white', 5000, 5000, '0.036')]
    lines = exact([ln(s, t, a + b, p) for s, t, a, b, p in rows], ['0.168', '0.205', '0.036'])
    sub = subtotal(lines)
    gst = m2(sub * D('0.09'))
    total = m2(sub + D(gst))
    check(lines, total, gst)
    sh = Sheet('PO')
    sh.widths = {1: 14, 2: 36, 3: 12, 4: 12, 5: 10, 6: 10, 7: 12}
    sh.set(1, 1, 'GREENLEAF BOWLS PTE LTD - PURCHASE ORDER', bold=True, size=13)
    sh.row(3, 1, ['PO No.', 'GLB/PO/26/1204'])
    sh.row(4, 1, ['PO Date', '4 Dec 2026'])
    sh.row(5, 1, ['Currency', 'SGD'])
    sh.row(6, 1, ['Deliver To', '8 Ubi Road 2, #06-21 Zervex, Singapore 408538'])
    sh.row(7, 1, ['Contact', 'Hafiz 9771 5520'])
    sh.row(9, 1, ['Code', 'Description', 'Wk 51 (14 Dec)', 'Wk 52 (21 Dec)', 'Total Qty', 'Unit Price', 'Amount'],
           bold=True, border=True)
    for i, (s, t, a, b, p) in enumerate(rows):
        r = 10 + i
        sh.row(r, 1, [s, t, a, b], border=True)
        sh.set(r, 5, ('=C%d+D%d' % (r, r), a + b), border=True)
        sh.set(r, 6, D(p), border=True, fmt='0.000')
        sh.set(r, 7, ('=E%d*F%d' % (r, r), D(p) * (a + b)), border=True, fmt='#,##0.00')
    sh.row(14, 6, ['Subtotal'])
    sh.set(14, 7, ('=SUM(G10:G12)', sub), fmt='#,##0.00')
    sh.row(15, 6, ['GST 9%'])
    sh.set(15, 7, ('=ROUND(G14*0.09,2)', D(gst)), fmt='#,##0.00')
    sh.row(16, 6, ['Total'])
    sh.set(16, 7, ('=G14+G15', D(total)), fmt='#,##0.00', bold=True)
    data = corpus_docs.xlsx_bytes([sh], creator='ops')
    body = ('Hi Hengda,\n\nPO attached. Please deliver in two drops as per the weekly columns.\n\n'
            'Thanks\nWei Xuan\nGreenleaf Bowls Pte Ltd\n+65 6844 2093\n')
    eml = with_attachments(hdr('Wei Xuan Lim <weixuan@greenleafbowls.sg>', 'PO GLB/PO/26/1204',
                               'Fri, 4 Dec 2026 12:31:55 +0800', 'CAKx4nT9pM3q+7rL2wV8bD5jH0fY1eZ6cS4gA9hU3iP@mail.gmail.com'),
                           body, 'us-ascii', '7bit', [attachment(XLSX, data, 'GLB-PO-26-1204.xlsx')],
                           '0000000000009e4d27061f3e1b55')
    return eml, truth('hand-xlsx-sg-weekly-schedule-columns-gst', 'xlsx', 'us-ascii',
                      'A Singapore salad chain\'s .xlsx with a delivery schedule as columns: Wk 51 (14 Dec) and '
                      'Wk 52 (21 Dec) quantities, then a Total Qty formula (the quantity keyed), 3-decimal prices, '
                      'a text date "4 Dec 2026", Currency SGD in a cell, slashes in the PO number, Subtotal / GST 9% '
                      '/ Total. The phone in the mail signature is the office, the Contact cell the receiver. Adds up.',
                      [order('GLB/PO/26/1204', 'Greenleaf Bowls Pte Ltd',
                             ('Hafiz', '9771 5520', '8 Ubi Road 2, #06-21 Zervex, Singapore 408538'),
                             '2026-12-04', 'SGD', total, lines)])


@mail
def h232_xlsx_cn_ecommerce_revised_v2_hold():
    rows = [('HD-HZ-0915-H', '飞机盒 特硬 15*10*5', '黑色', 'S', 3000, '0.55'),
            ('HD-HZ-0920-H', '飞机盒 特硬 20*15*6', '黑色', 'M', 5000, '0.78'),
            ('HD-HZ-0920-B', '飞机盒 特硬 20*15*6', '白色', 'M', 2000, '0.78'),
            ('HD-HZ-0930-H', '飞机盒 特硬 30*20*8', '黑色', 'L', 1500, '1.16')]
    lines = [ln(s, '%s %s' % (t, c), q, p) for s, t, c, z, q, p in rows]
    sub = subtotal(lines)
    total = m2(sub + D('200.00'))
    check(lines, total, '200.00')
    sh = Sheet('采购单')
    sh.set(1, 1, '采购单（第二版）', bold=True, size=14)
    sh.row(2, 1, ['单号', 'YW-DS-1130', '', '日期', '2026.12.02'])
    sh.row(3, 1, ['店铺', '义乌优品生活电子商务有限公司'])
    sh.row(5, 1, ['商品编码', '品名', '颜色', '尺码', '数量', '单价', '金额'], bold=True, border=True)
    for i, (s, t, c, z, q, p) in enumerate(rows):
        r = 6 + i
        sh.row(r, 1, [s, t, c, z, q, D(p)], border=True)
        sh.set(r, 7, ('=E%d*F%d' % (r, r), D(p) * q), border=True, fmt='0.00')
    sh.set(10, 6, '运费')
    sh.set(10, 7, D('200.00'), fmt='0.00')
    sh.set(11, 6, '合计')
    sh.set(11, 7, ('=SUM(G6:G9)+G10', D(total)), fmt='0.00')
    sh.set(13, 1, '收货：浙江省义乌市福田街道宗泽北路 399 号 优品生活 电商仓 3 楼  陈帅 13575912260')
    data = corpus_docs.xlsx_bytes([sh], creator='优品')
    body = """李姐：

上周五发的 YW-DS-1130 作废哈，用这个第二版替换（白色加了 2000 个，黑色 L 码少了 500）。
之前那版如果已经录了麻烦删掉，以这个为准。

优品生活 陈帅
"""
    eml = with_attachments(hdr(addr('陈帅', 'chenshuai_yp@163.com'), '回复：YW-DS-1130 采购单 第二版 替换',
                               'Wed, 2 Dec 2026 21:14:03 +0800', '5c8d2e4f.6a7.18f43e5f6a7.Coremail.chenshuai_yp@163.com',
                               'X-Mailer: Coremail Webmail Server Version XT5.0.14'), body, 'utf-8', 'base64',
                           [attachment(XLSX, data, 'YW-DS-1130_v2.xlsx')], '----=_Part_33508_19927461.1764681243')
    return eml, truth('hand-xlsx-cn-ecommerce-revised-v2-hold', 'xlsx', 'utf-8',
                      'A Yiwu e-commerce seller replaces last week\'s order with "第二版" under the same number '
                      '(YW-DS-1130_v2.xlsx, "之前那版…删掉，以这个为准"): the .xlsx has 颜色 and 尺码 columns (colour keyed '
                      'in the title), a text date "2026.12.02", 运费 and 合计 rows. The lines are keyed from v2 but the '
                      'clerk HOLDS: the first version may be in the system and must be replaced, not doubled. Adds up '
                      'with freight.',
                      [order('YW-DS-1130', '义乌优品生活电子商务有限公司',
                             ('陈帅', '13575912260', '浙江省义乌市福田街道宗泽北路 399 号 优品生活 电商仓 3 楼'),
                             '2026-12-02', None, total, lines)])


# ============================================================ xls attachments
@mail
def h233_xls_cn_factory_rolls_4dec():
    rows = [('03.01.0108', '热收缩膜', 'POF 25cm*0.015mm', '卷', 120, '86.7257', '98.00'),
            ('03.01.0112', '热收缩膜', 'POF 35cm*0.015mm', '卷', 80, '119.4690', '135.00'),
            ('03.02.0020', '封箱胶带', '60mm*150m 米黄', '卷', 300, '8.8496', '10.00')]
    lines = [ln(s, '%s %s' % (t, g), q, pg) for s, t, g, u, q, pn, pg in rows]
    total = m2(subtotal(lines))
    check(lines, total)
    sh = Sheet('采购订单')
    sh.widths = {1: 12, 2: 12, 3: 18, 4: 6, 5: 8, 6: 10, 7: 10, 8: 12, 9: 12}
    sh.set(1, 1, '浙江万丰食品机械有限公司采购订单', size=16)
    sh.merge(1, 1, 1, 9)
    sh.set(2, 1, '单据编号：WF-PO-2612-0033')
    sh.set(2, 6, '单据日期：')
    sh.set(2, 7, datetime.date(2026, 12, 4))
    sh.set(3, 1, '供应商：杭州恒达包装材料有限公司')
    sh.set(3, 6, '币种：RMB')
    sh.row(4, 1, ['物料编码', '物料名称', '规格型号', '单位', '数量', '单价', '含税单价', '金额', '价税合计'], border=True)
    for i, (s, t, g, u, q, pn, pg) in enumerate(rows):
        r = 5 + i
        sh.row(r, 1, [s, t, g, u, q], border=True)
        sh.set(r, 6, D(pn), border=True, fmt='0.0000')
        sh.set(r, 7, D(pg), border=True, fmt='0.00')
        sh.set(r, 8, (D(pn) * q).quantize(D('0.01')), border=True, fmt='#,##0.00')
        sh.set(r, 9, D(pg) * q, border=True, fmt='#,##0.00')
    sh.set(8, 1, '合计', border=True)
    sh.set(8, 5, 500, border=True)
    sh.set(8, 9, D(total), border=True, fmt='#,##0.00')
    sh.set(10, 1, '交货地址：浙江省温州市瓯海区娄桥工业园 万丰食品机械 3 号仓库')
    sh.set(11, 1, '收货人：林海波  手机 13957739021')
    sh.set(12, 1, '制单：徐敏    审核：林建国')
    data = corpus_docs.xls_bytes([sh])
    body = '恒达包装：\n\n附件是采购订单，请安排发货。发票请开 13% 专票。\n\n徐敏\n浙江万丰食品机械有限公司 采购部 0577-86185530\n'
    eml = with_attachments(hdr(addr('徐敏', 'xumin@wanfeng-fm.com', 'gb2312'), '采购订单 WF-PO-2612-0033',
                               'Fri, 4 Dec 2026 10:07:29 +0800', '000c01db4526$3d4e5f60$b7c8d9e0$@wanfeng-fm.com',
                               'X-Mailer: Microsoft Outlook 15.0', 'gb2312'), body, 'gb2312', 'base64',
                           [attachment(XLS, data, '采购订单WF-PO-2612-0033.xls', name_style='gb2312')],
                           '----=_NextPart_000_000D_01DB4526.3D4E5F60')
    return eml, truth('hand-xls-cn-factory-rolls-4dec', 'xls', 'gb2312',
                      'A food-machinery plant\'s ERP .xls: 单据编号 text cell, 单据日期 as a date cell after its label '
                      'cell, 币种：RMB, 物料名称 and 规格型号 apart (keyed joined), a 4-decimal net 单价 beside the '
                      '含税单价 (the clerk keys the tax-inclusive price; the total is 价税合计), 卷 units, 合计 row '
                      'with the quantity sum; the purchaser\'s landline in the mail is not the receiver\'s. Adds up.',
                      [order('WF-PO-2612-0033', '浙江万丰食品机械有限公司',
                             ('林海波', '13957739021', '浙江省温州市瓯海区娄桥工业园 万丰食品机械 3 号仓库'),
                             '2026-12-04', 'CNY', total, lines)])


@mail
def h234_xls_university_lab_funds_card():
    rows = [('低温冻存盒 81格 纸质', '个', 200, '6.50'), ('离心管盒 50孔 PP', '个', 100, '9.80'),
            ('干冰保温箱 EPS 30L', '件', 20, '45.00'), ('冰袋 400ml 注水', '箱', 5, '120.00')]
    lines = lines_of(rows, sku=None, title=0, qty=2, price=3)
    total = m2(subtotal(lines))
    check(lines, total)
    sh = Sheet('Sheet1')
    sh.widths = {1: 6, 2: 28, 3: 6, 4: 8, 5: 10, 6: 12}
    sh.set(1, 1, '浙江理工大学 生命科学学院 耗材采购单', size=14)
    sh.merge(1, 1, 1, 6)
    sh.set(2, 1, '采购单号：ZLG-SK-2612-09')
    sh.set(3, 1, '经费卡号：1020-3318-26   项目负责人：宋教授')
    sh.set(4, 1, '申请日期：2026年12月1日')
    sh.row(5, 1, ['序号', '名称及规格', '单位', '数量', '单价(元)', '金额(元)'], border=True)
    for i, (t, u, q, p) in enumerate(rows):
        sh.row(6 + i, 1, [i + 1, t, u, q], border=True)
        sh.set(6 + i, 5, D(p), border=True, fmt='0.00')
        sh.set(6 + i, 6, D(p) * q, border=True, fmt='#,##0.00')
    sh.set(10, 2, '合计', border=True)
    sh.set(10, 6, D(total), border=True, fmt='#,##0.00')
    sh.set(12, 1, '送货地址：杭州市钱塘区白杨街道 2 号大街 928 号 浙江理工大学 生科院 6 号楼 512 实验室')
    sh.set(13, 1, '联系人：钱雨桐（研究生） 15068170326')
    data = corpus_docs.xls_bytes([sh])
    body = '老师您好，\n\n附件是我们实验室的耗材采购单，请送货时附发票和送货单（学校报销需要）。\n\n钱雨桐\n浙江理工大学 生命科学学院\n'
    eml = with_attachments(hdr(addr('钱雨桐', 'qianyt@mails.zstu.edu.cn'), '实验室耗材采购单', 'Tue, 1 Dec 2026 19:42:05 +0800',
                               '1b2c3d4e.2f5.18f40a1b2c3.Coremail.qianyt@mails.zstu.edu.cn',
                               'X-Mailer: Coremail Webmail Server Version XT6.0.3'), body, 'utf-8', 'base64',
                           [attachment(XLS, data, '耗材采购单.xls', name_style='rfc2231')], '----=_Part_9921_550187.1764589325')
    return eml, truth('hand-xls-university-lab-funds-card', 'xls', 'utf-8',
                      'A university lab\'s hand-made .xls: merged title, 采购单号 and a 经费卡号 (funds card, not the '
                      'order number) with the professor\'s name, 申请日期 in Chinese, no SKU column, 个/件/箱 units, '
                      '单价(元), 合计 row; the receiver is a graduate student. Adds up.',
                      [order('ZLG-SK-2612-09', '浙江理工大学 生命科学学院',
                             ('钱雨桐', '15068170326', '杭州市钱塘区白杨街道 2 号大街 928 号 浙江理工大学 生科院 6 号楼 512 实验室'),
                             '2026-12-01', 'CNY', total, lines)])


@mail
def h235_xls_my_english_rm_sst():
    rows = [('HD-GL-N-M', 'Nitrile glove, powder-free, size M (100/box)', 'BOX', 300, '9.80'),
            ('HD-GL-N-L', 'Nitrile glove, powder-free, size L (100/box)', 'BOX', 200, '9.80'),
            ('HD-HN-0010', 'Hair net, white, 21in (1000/ctn)', 'CTN', 6, '88.00')]
    lines = lines_of(rows, qty=3, price=4)
    sub = subtotal(lines)
    total = m2(sub + D('95.00'))
    check(lines, total, '95.00')
    sh = Sheet('PO')
    sh.widths = {1: 14, 2: 44, 3: 6, 4: 8, 5: 12, 6: 14}
    sh.set(1, 1, 'SRI MAJU FOOD INDUSTRIES SDN BHD (201501034417)', size=13)
    sh.set(2, 1, 'Lot 1508, Jalan Kebun Nenas, Kawasan Perindustrian Bukit Kemuning, 42450 Klang, Selangor')
    sh.set(4, 1, 'PURCHASE ORDER No.')
    sh.set(4, 2, 'SMF/PO/2612/044')
    sh.set(5, 1, 'Date')
    sh.set(5, 2, datetime.date(2026, 12, 3))
    sh.set(6, 1, 'Currency')
    sh.set(6, 2, 'RM')
    sh.row(8, 1, ['Stock Code', 'Description', 'UOM', 'Qty', 'Unit Price', 'Amount'], border=True)
    for i, (s, t, u, q, p) in enumerate(rows):
        sh.row(9 + i, 1, [s, t, u, q], border=True)
        sh.set(9 + i, 5, D(p), border=True, fmt='#,##0.00')
        sh.set(9 + i, 6, D(p) * q, border=True, fmt='#,##0.00')
    sh.row(12, 5, ['Sub Total', sub])
    sh.row(13, 5, ['Delivery', D('95.00')])
    sh.row(14, 5, ['Grand Total', D(total)])
    sh.set(16, 1, 'Deliver to: factory address above, Loading Bay B. Attn: Mr. Kumar 016-335 8820')
    sh.set(17, 1, 'Prepared by: Siti Hajar        Approved by: Lim Chee Keong')
    data = corpus_docs.xls_bytes([sh])
    body = 'Dear Sir/Madam,\n\nKindly find attached our PO. Please acknowledge.\n\nSiti Hajar\nPurchasing Dept\nSri Maju Food Industries Sdn Bhd\nTel: 03-3341 7720\n'
    eml = with_attachments(hdr('Siti Hajar <purchasing@srimajufood.com.my>', 'PO SMF/PO/2612/044',
                               'Thu, 3 Dec 2026 16:20:11 +0800', '000f01db4491$8a9b0c1d$2e3f4a5b$@srimajufood.com.my',
                               'X-Mailer: Microsoft Outlook 14.0'), body, 'us-ascii', '7bit',
                           [attachment(XLS, data, 'SMF-PO-2612-044.xls')], '----=_NextPart_000_0010_01DB4491.8A9B0C1D')
    return eml, truth('hand-xls-my-english-rm-sst', 'xls', 'us-ascii',
                      'A Malaysian food factory\'s English .xls: company name with its registration number in the '
                      'letterhead, PURCHASE ORDER No. / Date (a date cell) / Currency RM as label and value cells, '
                      'BOX/CTN units with pack sizes in the titles (quantities stay per box/carton), Sub Total / '
                      'Delivery / Grand Total; "Deliver to: factory address above" = the letterhead address. Adds up.',
                      [order('SMF/PO/2612/044', 'Sri Maju Food Industries Sdn Bhd',
                             ('Mr. Kumar', '016-335 8820',
                              'Lot 1508, Jalan Kebun Nenas, Kawasan Perindustrian Bukit Kemuning, 42450 Klang, Selangor'),
                             '2026-12-03', 'MYR', total, lines)])


# ============================================================ PDF attachments
@mail
def h236_pdf_cn_freight_daxie():
    rows = [('HD-MZ-0001', '棉纸 17g 白色 50*75cm', '令', 60, '92.00'),
            ('HD-XH-2216', '鞋盒 天地盖 22*16*9 印刷', '个', 6000, '1.68'),
            ('HD-XH-3020', '鞋盒 天地盖 30*20*11 印刷', '个', 4000, '2.15')]
    lines = lines_of(rows, qty=3, price=4)
    sub = subtotal(lines)
    total = m2(sub + D('450.00'))
    check(lines, total, '450.00')
    assert total == '24650.00'

    def build(c, fn, ps):
        w, h = ps
        c.setFont(fn, 18)
        c.drawCentredString(w / 2, h - 55, '温州步步高鞋业有限公司')
        c.setFont(fn, 14)
        c.drawCentredString(w / 2, h - 78, '采 购 订 单')
        c.setFont(fn, 10)
        c.drawString(50, h - 110, '订单编号：BBG-2612-0078')
        c.drawString(330, h - 110, '订单日期：2026年12月2日')
        c.drawString(50, h - 126, '供 应 商：杭州恒达包装材料有限公司')
        c.drawString(330, h - 126, '付款方式：月结30天')
        t = [['序号', '编码', '品名规格', '单位', '数量', '单价(元)', '金额(元)']]
        t += [[str(i + 1), s, n, u, '{:,}'.format(q), p, amt(D(p) * q)] for i, (s, n, u, q, p) in enumerate(rows)]
        t += [['', '', '运费', '', '', '', '450.00'],
              ['合计', '', '人民币（大写）：贰万肆仟陆佰伍拾元整', '', '', '¥', '24,650.00']]
        y = corpus_docs.draw_grid_table(c, fn, 50, h - 140, [30, 70, 170, 30, 55, 55, 85], t, size=9,
                                        align=['c', 'l', 'l', 'c', 'r', 'r', 'r'])
        c.drawString(50, y - 22, '交货地址：浙江省温州市鹿城区双屿街道鞋都大道 3688 号 步步高鞋业 包材仓')
        c.drawString(50, y - 38, '收货人：潘晓东    电话：0577-88762150 / 13868717426')
        c.drawString(50, y - 54, '备注：印刷颜色以确认样为准；每箱请贴物料标签。')
        c.drawString(50, y - 90, '采购：林婷婷')
        c.drawString(250, y - 90, '审核：潘国强')
        c.drawString(420, y - 90, '（盖章）')
        c.setFillColorRGB(0.85, 0.1, 0.1)
        c.setStrokeColorRGB(0.85, 0.1, 0.1)
        c.circle(455, y - 85, 34)
        c.drawCentredString(455, y - 88, '采购专用章')
        c.setFillColorRGB(0, 0, 0)
        c.setStrokeColorRGB(0, 0, 0)
    data = corpus_docs.pdf_bytes(build, 'BBG-2612-0078', 'lintt')
    body = '李经理您好：\n\n附件为我司采购订单（PDF），请确认后盖章回传，谢谢！\n\n林婷婷\n温州步步高鞋业有限公司 采购部\n电话 0577-88762101\n'
    eml = with_attachments(hdr(addr('林婷婷', 'lintt@bubugao-shoes.com', 'gbk'), '采购订单BBG-2612-0078',
                               'Wed, 2 Dec 2026 09:38:47 +0800', '202612020938476620157@bubugao-shoes.com',
                               'X-Mailer: Foxmail 7.2.25.228[cn]', 'gbk'), body, 'gbk', 'base64',
                           [attachment('application/pdf', data, '采购订单BBG-2612-0078.pdf', name_style='gbk')],
                           '----=_001_NextPart553017284861_=----')
    return eml, truth('hand-pdf-cn-freight-daxie', 'pdf', 'gbk',
                      'A shoe factory\'s PDF 采购订单: company title, label pairs in two columns, a ruled table with a '
                      '运费 row that has only an amount and a 合计 row with "人民币（大写）：贰万肆仟陆佰伍拾元整" in the '
                      'title column and "¥" in the price column, 令 units for tissue paper; two receiver phones (the '
                      'landline first is keyed); a red 采购专用章 stamp over the text. Adds up with freight.',
                      [order('BBG-2612-0078', '温州步步高鞋业有限公司',
                             ('潘晓东', '0577-88762150', '浙江省温州市鹿城区双屿街道鞋都大道 3688 号 步步高鞋业 包材仓'),
                             '2026-12-02', 'CNY', total, lines)])


@mail
def h237_pdf_uk_vat_gbp():
    rows = [('HD-CS-0302', 'Cosmetic jar 30ml, frosted glass, bamboo lid', 2000, '0.74'),
            ('HD-CS-0502', 'Cosmetic jar 50ml, frosted glass, bamboo lid', 2000, '0.86'),
            ('HD-CB-0030', 'Folding carton for 30ml jar, 350gsm, 2 colours', 2000, '0.21'),
            ('HD-CB-0050', 'Folding carton for 50ml jar, 350gsm, 2 colours', 2000, '0.24')]
    lines = lines_of(rows)
    sub = subtotal(lines)
    vat = m2((sub + D('240.00')) * D('0.2'))
    total = m2(sub + D('240.00') + D(vat))
    check(lines, total, D('240.00') + D(vat))

    def build(c, fn, ps):
        w, h = ps
        c.setFont(fn, 20)
        c.drawString(50, h - 60, 'Fernwood Skincare Ltd')
        c.setFont(fn, 9)
        c.drawString(50, h - 75, '14 Quayside Studios, Gateshead NE8 2BA  \u2022  Company No. 11834507  \u2022  VAT GB 298 1127 45')
        c.setFont(fn, 16)
        c.drawRightString(w - 50, h - 110, 'PURCHASE ORDER')
        c.setFont(fn, 10)
        for i, (a, b) in enumerate([('PO number', 'FS-PO-0662'), ('PO date', '1 Dec 2026'), ('Currency', 'GBP'),
                                    ('Delivery by', '18 Dec 2026')]):
            c.drawRightString(w - 140, h - 130 - 14 * i, a)
            c.drawString(w - 130, h - 130 - 14 * i, b)
        c.drawString(50, h - 130, 'Supplier:')
        c.drawString(50, h - 144, 'Hangzhou Hengda Packaging Material Co., Ltd.')
        c.drawString(50, h - 180, 'Deliver to:')
        for i, l in enumerate(['Fernwood Skincare Ltd c/o Tyne Fulfilment', 'Unit 7, Team Valley Trading Estate',
                               'Gateshead NE11 0QA, United Kingdom', 'Attn: Megan Robson  0191 487 3310']):
            c.drawString(50, h - 194 - 14 * i, l)
        t = [['Code', 'Description', 'Qty', 'Unit price', 'Net']]
        t += [[s, n, '{:,}'.format(q), p, amt(D(p) * q)] for s, n, q, p in rows]
        y = corpus_docs.draw_grid_table(c, fn, 50, h - 270, [75, 230, 50, 65, 75], t, size=8.5,
                                        align=['l', 'l', 'r', 'r', 'r'])
        for i, (a, b) in enumerate([('Goods', amt(sub)), ('Carriage', '240.00'), ('VAT 20%', amt(D(vat))),
                                    ('TOTAL GBP', amt(D(total)))]):
            c.drawRightString(w - 130, y - 18 - 15 * i, a)
            c.drawRightString(w - 50 - 5, y - 18 - 15 * i, b)
        c.setFont(fn, 8)
        c.drawString(50, 60, 'Please quote our PO number on all invoices and delivery notes. Accounts: 0191 500 2214')
    data = corpus_docs.pdf_bytes(build, 'FS-PO-0662', 'Fernwood Skincare')
    body = 'Hi Vivian,\n\nPlease find PO FS-PO-0662 attached.\n\nBest wishes,\nAmira Khan\nOperations, Fernwood Skincare Ltd\n'
    eml = with_attachments(hdr('Amira Khan <amira@fernwoodskincare.co.uk>', 'Purchase Order FS-PO-0662',
                               'Tue, 1 Dec 2026 15:55:20 +0000', 'CAM8pT5rX2nQ+4kW9vL1bE7jG3fZ0dY6cS2hA5iU8oR@mail.gmail.com'),
                           body, 'us-ascii', '7bit', [attachment('application/pdf', data, 'FS-PO-0662.pdf')],
                           '000000000000f0a3b5061f2b7c66')
    return eml, truth('hand-pdf-uk-vat-gbp', 'pdf', 'us-ascii',
                      'A Gateshead skincare brand\'s PDF from a web template: letterhead with company number and VAT '
                      'number, right-aligned label pairs (PO number / PO date "1 Dec 2026" / Currency GBP / Delivery '
                      'by), a Deliver to block with the contact, ruled table, Goods / Carriage / VAT 20% / TOTAL GBP '
                      'below it; an accounts phone in the footer. Adds up.',
                      [order('FS-PO-0662', 'Fernwood Skincare Ltd',
                             ('Megan Robson', '0191 487 3310',
                              'Fernwood Skincare Ltd c/o Tyne Fulfilment, Unit 7, Team Valley Trading Estate, Gateshead '
                              'NE11 0QA, United Kingdom'), '2026-12-01', 'GBP', total, lines)])


@mail
def h238_pdf_us_delivery_schedule_freight():
    rows = [('HD-CT-1818', 'RSC carton 18x18x16in, 275# test', 'EA', 3000, '1.46'),
            ('HD-CT-2418', 'RSC carton 24x18x18in, 275# test', 'EA', 2000, '1.88'),
            ('HD-PD-1818', 'Corrugated pad 17.75x17.75in', 'EA', 6000, '0.22')]
    lines = lines_of(rows, qty=3, price=4)
    sub = subtotal(lines)
    total = m2(sub + D('1150.00'))
    check(lines, total, '1150.00')

    def build(c, fn, ps):
        w, h = ps
        c.setFont(fn, 15)
        c.drawString(50, h - 55, 'Ridgeline Outdoor Furniture, Inc.')
        c.setFont(fn, 9)
        c.drawString(50, h - 69, '880 Industrial Pkwy, Hickory, NC 28601  |  Purchasing (828) 555-0110')
        c.setFont(fn, 13)
        c.drawString(50, h - 100, 'Purchase Order 4400-1187')
        c.setFont(fn, 10)
        c.drawString(50, h - 118, 'Order date: December 2, 2026        Terms: Net 60        Ship via: Ocean LCL, FOB Ningbo')
        c.drawString(50, h - 140, 'Ship to: Ridgeline Outdoor Furniture - Plant 2, 1200 Startown Rd, Newton, NC 28658')
        c.drawString(50, h - 154, 'Receiving contact: Terrell Harris (828) 555-0187')
        t = [['Line', 'Item', 'Description', 'UOM', 'Qty', 'Unit Price', 'Extended']]
        t += [[str(i + 1), s, n, u, '{:,}'.format(q), '$%s' % p, '$%s' % amt(D(p) * q)] for i, (s, n, u, q, p) in enumerate(rows)]
        y = corpus_docs.draw_grid_table(c, fn, 50, h - 175, [28, 70, 170, 32, 50, 60, 80], t, size=8.5,
                                        align=['c', 'l', 'l', 'c', 'r', 'r', 'r'])
        for i, (a, b) in enumerate([('Merchandise', '$' + amt(sub)), ('Freight (to Newton, NC)', '$1,150.00'),
                                    ('Order Total (USD)', '$' + amt(D(total)))]):
            c.drawRightString(w - 150, y - 18 - 15 * i, a)
            c.drawRightString(w - 60, y - 18 - 15 * i, b)
        y2 = y - 80
        c.setFont(fn, 11)
        c.drawString(50, y2, 'Delivery schedule')
        t2 = [['Release', 'Ship date', 'HD-CT-1818', 'HD-CT-2418', 'HD-PD-1818'],
              ['1', 'Dec 18, 2026', '1,500', '1,000', '3,000'], ['2', 'Jan 15, 2027', '1,500', '1,000', '3,000']]
        corpus_docs.draw_grid_table(c, fn, 50, y2 - 8, [50, 80, 75, 75, 75], t2, size=8.5, align=['c', 'l', 'r', 'r', 'r'])
    data = corpus_docs.pdf_bytes(build, 'PO 4400-1187', 'Ridgeline Purchasing')
    body = ('Vivian,\n\nAttached is PO 4400-1187 with a two-release schedule. Please confirm both ship dates.\n\n'
            'Regards,\nGreg Lambert\nBuyer, Ridgeline Outdoor Furniture, Inc.\nDirect (828) 555-0114\n')
    eml = with_attachments(hdr('Greg Lambert <glambert@ridgelineoutdoor.com>', 'PO 4400-1187 - cartons (2 releases)',
                               'Wed, 2 Dec 2026 13:41:02 -0500', 'MN2PR08MB6022C3D4E5F6A7B8@MN2PR08MB6022.namprd08.prod.outlook.com'),
                           body, 'us-ascii', '7bit', [attachment('application/pdf', data, 'PO_4400-1187.pdf')],
                           '_004_MN2PR08MB6022C3D4E5F6A7B8_')
    return eml, truth('hand-pdf-us-delivery-schedule-freight', 'pdf', 'us-ascii',
                      'A North Carolina furniture maker\'s PDF: "Purchase Order 4400-1187" as a heading, order date '
                      '"December 2, 2026" in a line with terms and ship via, "$" in every price cell, Merchandise / '
                      'Freight / Order Total (USD), then a second table "Delivery schedule" that splits each SKU over '
                      'two releases (not extra lines: the quantities are in the first table). The letterhead and '
                      'buyer phones are not the receiving contact. Adds up with freight.',
                      [order('4400-1187', 'Ridgeline Outdoor Furniture, Inc.',
                             ('Terrell Harris', '(828) 555-0187',
                              'Ridgeline Outdoor Furniture - Plant 2, 1200 Startown Rd, Newton, NC 28658'),
                             '2026-12-02', 'USD', total, lines)])


@mail
def h239_pdf_tw_twd_business_tax_uming():
    rows = [('PK-0031', '茶葉罐 圓形 馬口鐵 150g', '個', 2000, '18.5'),
            ('PK-0032', '茶葉罐 方形 馬口鐵 300g', '個', 1200, '26'),
            ('PK-0107', '禮盒 雙罐 硬紙 燙金', '個', 800, '42')]
    lines = lines_of(rows, qty=3, price=4)
    sub = subtotal(lines)
    tax = D(int((sub * D('0.05')).quantize(D('1'))))
    total = m2(sub + tax)
    check(lines, total, tax)

    def build(c, fn, ps):
        w, h = ps
        c.setFont(fn, 17)
        c.drawCentredString(w / 2, h - 55, '阿里山茗茶股份有限公司')
        c.setFont(fn, 14)
        c.drawCentredString(w / 2, h - 78, '採 購 單')
        c.setFont(fn, 10)
        c.drawString(50, h - 108, '採購單號：AL1151202-01')
        c.drawString(320, h - 108, '採購日期：中華民國115年12月2日')
        c.drawString(50, h - 124, '廠商：恆達包裝材料有限公司')
        c.drawString(320, h - 124, '幣別：新台幣 NTD')
        t = [['項次', '品號', '品名規格', '單位', '數量', '單價', '金額']]
        t += [[str(i + 1), s, n, u, '{:,}'.format(q), p, '{:,}'.format(int(D(p) * q))] for i, (s, n, u, q, p) in enumerate(rows)]
        t += [['', '', '', '', '', '未稅金額', '{:,}'.format(int(sub))], ['', '', '', '', '', '營業稅 5%', '{:,}'.format(int(tax))],
              ['', '', '', '', '', '總計', '{:,}'.format(int(D(total)))]]
        y = corpus_docs.draw_grid_table(c, fn, 50, h - 140, [30, 60, 170, 35, 55, 65, 80], t, size=9,
                                        align=['c', 'l', 'l', 'c', 'r', 'r', 'r'])
        c.drawString(50, y - 22, '交貨地點：嘉義縣竹崎鄉中和村 12 鄰 88 號 阿里山茗茶 包裝廠')
        c.drawString(50, y - 38, '聯絡人：賴俊宏 05-261-3378 分機 21')
        c.drawString(50, y - 54, '交貨日期：115年12月20日前')
        c.drawString(50, y - 90, '核准：        採購：賴俊宏        製表：陳怡如')
    data = corpus_docs.pdf_bytes(build, 'AL1151202-01', 'Chen', font='song')
    body = '恆達 您好：\n\n附件為本公司採購單，請確認交期後回覆。\n\n陳怡如\n阿里山茗茶股份有限公司 採購部\n'
    eml = with_attachments(hdr(addr('陳怡如', 'yiru.chen@alishan-tea.com.tw', 'big5'), '採購單 AL1151202-01',
                               'Wed, 2 Dec 2026 15:09:51 +0800', '003a01db4497$2c3d4e5f$86970a1b$@alishan-tea.com.tw',
                               'X-Mailer: Microsoft Outlook 16.0', 'big5'), body, 'big5', 'base64',
                           [attachment('application/pdf', data, 'AL1151202-01.pdf')], '----=_NextPart_000_003B_01DB4497.2C3D4E5F')
    return eml, truth('hand-pdf-tw-twd-business-tax-uming', 'pdf', 'big5',
                      'A Taiwanese tea company\'s PDF 採購單 in AR PL UMing: 採購日期 "中華民國115年12月2日", 幣別 新台幣 '
                      'NTD, prices 18.5 / 26 / 42 without fixed decimals, amounts without decimals, 未稅金額 / 營業稅 5% / '
                      '總計 rows inside the grid under the price column, a 交貨日期 that is not the order date, the '
                      'contact phone with 分機. Adds up with the tax.',
                      [order('AL1151202-01', '阿里山茗茶股份有限公司',
                             ('賴俊宏', '05-261-3378 分機 21', '嘉義縣竹崎鄉中和村 12 鄰 88 號 阿里山茗茶 包裝廠'),
                             '2026-12-02', 'TWD', total, lines)])


@mail
def h240_pdf_de_rabatt_fracht_eur():
    rows = [('HD-SB-0200', 'Standbodenbeutel 200 g, Papier/PLA, Sichtfenster', 10000, '0.185'),
            ('HD-SB-0500', 'Standbodenbeutel 500 g, Papier/PLA, Sichtfenster', 6000, '0.262'),
            ('HD-ET-0060', 'Rundetikett Ø 60 mm, Kraftpapier', 16000, '0.021')]
    lines = exact(lines_of(rows), ['0.185', '0.262', '0.021'])
    sub = subtotal(lines)
    rabatt = -(sub * D('0.03')).quantize(D('0.01'))
    net = sub + rabatt + D('380.00')
    mwst = (net * D('0.19')).quantize(D('0.01'))
    total = m2(net + mwst)
    check(lines, total, rabatt + D('380.00') + mwst)

    def de(v):
        return '{:,.2f}'.format(D(v)).replace(',', 'X').replace('.', ',').replace('X', '.')

    def build(c, fn, ps):
        w, h = ps
        c.setFont(fn, 16)
        c.drawString(50, h - 60, 'Müslimanufaktur Allgäu GmbH')
        c.setFont(fn, 8.5)
        c.drawString(50, h - 74, 'Bahnhofstraße 21 · 87435 Kempten · Tel. 0831 960 44-0 · USt-IdNr. DE318845120')
        c.setFont(fn, 14)
        c.drawString(50, h - 110, 'Bestellung Nr. 2026-0977')
        c.setFont(fn, 10)
        c.drawString(50, h - 128, 'Datum: 4. Dezember 2026     Ihr Angebot: HD-Q-2611-71     Zahlungsziel: 30 Tage netto')
        c.drawString(50, h - 148, 'Lieferadresse: Müslimanufaktur Allgäu GmbH, Werk 2, Am Rottachsee 5, 87477 Sulzberg')
        c.drawString(50, h - 162, 'Warenannahme: Frau Anja Hummel, Tel. 0831 960 44-27')
        t = [['Pos.', 'Artikel', 'Bezeichnung', 'Menge', 'Preis €', 'Betrag €']]
        t += [[str(10 * (i + 1)), s, n, '{:,}'.format(q).replace(',', '.'), p.replace('.', ','), de(D(p) * q)]
              for i, (s, n, q, p) in enumerate(rows)]
        y = corpus_docs.draw_grid_table(c, fn, 50, h - 180, [30, 70, 210, 55, 50, 75], t, size=8.5,
                                        align=['c', 'l', 'l', 'r', 'r', 'r'])
        for i, (a, b) in enumerate([('Warenwert', de(sub)), ('abzgl. 3 % Rabatt', de(rabatt)), ('Fracht', de('380')),
                                    ('Nettobetrag', de(net)), ('zzgl. 19 % MwSt.', de(mwst)), ('Gesamtbetrag EUR', de(total))]):
            c.drawRightString(w - 140, y - 18 - 15 * i, a)
            c.drawRightString(w - 60, y - 18 - 15 * i, b)
        c.setFont(fn, 8)
        c.drawString(50, 60, 'Es gelten unsere Allgemeinen Einkaufsbedingungen. Geschäftsführer: Markus Hagspiel · HRB 9912 Kempten')
    data = corpus_docs.pdf_bytes(build, 'Bestellung 2026-0977', 'Einkauf')
    body = 'Sehr geehrte Frau Li,\n\nanbei die Bestellung 2026-0977 zu Ihrem Angebot.\n\nMit freundlichen Grüßen\nJulia Brandl\nEinkauf\n'
    eml = with_attachments(hdr('Julia Brandl <einkauf@muesli-allgaeu.de>', 'Bestellung 2026-0977',
                               'Fri, 4 Dec 2026 11:16:40 +0100', '3e5a7c9e-1b2d-4f60-8a1c-5d7e9f0b2c4d@muesli-allgaeu.de',
                               'User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.5.0'),
                           body, 'utf-8', 'quoted-printable', [attachment('application/pdf', data, 'Bestellung_2026-0977.pdf')],
                           '------------8pQ2vX7yN1bR4kT6mZ0cL3sF')
    return eml, truth('hand-pdf-de-rabatt-fracht-eur', 'pdf', 'utf-8',
                      'A Bavarian muesli maker\'s PDF Bestellung: "Bestellung Nr." heading, "Datum: 4. Dezember 2026", '
                      'positions 10/20/30, dot thousands in quantities (10.000) and decimal-comma 3-decimal prices, '
                      'then Warenwert / abzgl. 3 % Rabatt / Fracht / Nettobetrag / zzgl. 19 % MwSt. / Gesamtbetrag '
                      'EUR; the letterhead phone is the switchboard, the Warenannahme phone the ship-to\'s. Adds up.',
                      [order('2026-0977', 'Müslimanufaktur Allgäu GmbH',
                             ('Frau Anja Hummel', '0831 960 44-27',
                              'Müslimanufaktur Allgäu GmbH, Werk 2, Am Rottachsee 5, 87477 Sulzberg'),
                             '2026-12-04', 'EUR', total, lines)])


# ============================================================ not orders
@mail
def h241_non_sg_cafe_rfq_quantities():
    body = """Hi Hengda team,

We're opening 3 new outlets in Jan and are looking at switching packaging suppliers. Could you quote
your best price (SGD, delivered to Singapore) for the following monthly volumes?

Item                                   Est. monthly qty   Target price
Double-wall paper cup 8oz, printed     20,000 pcs         S$0.085
Double-wall paper cup 12oz, printed    30,000 pcs         S$0.098
Sip lid 80mm, black PS                 50,000 pcs         S$0.022
Kraft cup carrier, 2 cups              5,000 pcs          -

Pls also advise MOQ, lead time for printed cups, and whether you can hold stock for us.
If pricing works we'll issue a PO before 20 Dec.

Our address for samples: Kopi & Co. Pte Ltd, 51 Tras Street #01-02, Singapore 078988,
attn. Marcus Teo 9455 2107.

Thanks!
Marcus Teo
Head of Operations, Kopi & Co. Pte Ltd
"""
    eml = single(hdr('Marcus Teo <marcus@kopiandco.sg>', 'RFQ - cups & lids for 3 new outlets',
                     'Mon, 30 Nov 2026 10:05:44 +0800', 'CAN2qW7tR4mX+8pK3vL9bF1jH5eZ6dY0cS7gA2hU4iQ@mail.gmail.com'),
                 body, 'us-ascii', '7bit')
    return eml, truth('hand-non-sg-cafe-rfq-quantities', 'none', 'us-ascii',
                      'NOT an order: a Singapore café chain\'s request for quotation with estimated monthly quantities, '
                      'S$ target prices for three items, a sample address with a contact and phone, and "If pricing '
                      'works we\'ll issue a PO". Goes to sales; nothing is keyed.', [])


@mail
def h242_non_customer_statement_gbk_daxie():
    body = """恒达包装 财务/业务：

您好！以下为我司 2026 年 11 月与贵司的对账明细，请核对，无误请盖章回传，我们 12 月 10 日安排付款。

采购单号         下单日期      品名                      金额（元）
LXHG-1103       2026-11-03   打包盒 1100ml 等 4 项      6,980.00
LXHG-1112       2026-11-12   手提袋 32丝 特大号         1,440.00
LXHG-1124       2026-11-24   打包盒 500ml 等 3 项       5,215.50
退货 RT-1118    2026-11-18   打包盒 1100ml 破损 2 箱     -236.00
---------------------------------------------------------------
本月应付合计：13,399.50 元（大写：壹万叁仟叁佰玖拾玖元伍角）

老巷火锅餐饮管理有限公司 财务部 孔敏
0571-88372618
"""
    eml = single(hdr(addr('孔敏', 'laoxiang_cw@126.com', 'gbk'), '11月对账单-老巷火锅', 'Fri, 4 Dec 2026 10:11:25 +0800',
                     '6e8f0a2b.3c4.18f4d2e3f4a.Coremail.laoxiang_cw@126.com',
                     'X-Mailer: Coremail Webmail Server Version XT5.0.14', 'gbk'), body, 'gbk', 'base64')
    return eml, truth('hand-non-customer-statement-gbk-daxie', 'none', 'gbk',
                      'NOT an order: a restaurant customer\'s finance sends its own monthly 对账单 (GBK) listing three '
                      'past POs with dates and amounts, a return credit, and 本月应付合计 with the amount in words. '
                      'Goes to finance; nothing is keyed.', [])


@mail
def h243_non_goods_received_note_shortage():
    body = """李经理：

贵司 12 月 3 日送到的货已入库，入库单如下。其中 HD-GB-0080 隔板少了 100 套，请补发或开红字发票。

入库单号：RK-261204-017
对应采购单：MH-CG-26120
入库日期：2026-12-04

物料编码      名称规格                         订购数量   实收数量   差异
HD-ZX-6045    五层瓦楞纸箱 60*45*40 AB楞 印刷    1500       1500       0
HD-GB-0080    隔板 刀卡 8格                     1500       1400      -100
HD-CR-1000    缠绕膜 50cm*300m 23μ              60         60         0

仓管：钟丽萍 0757-86651230
明辉玻璃制品有限公司 仓储部
"""
    eml = single(hdr(addr('钟丽萍', 'zhonglp@minghui-glass.com', 'gb18030'), '入库回单 RK-261204-017 / MH-CG-26120 少货',
                     'Fri, 4 Dec 2026 16:48:20 +0800', '001501db4531$c2d3e4f5$a6b7c8d9$@minghui-glass.com',
                     'X-Mailer: Microsoft Outlook 16.0', 'gb18030'), body, 'gb18030', 'base64')
    return eml, truth('hand-non-goods-received-note-shortage', 'none', 'gb18030',
                      'NOT an order: the buyer\'s warehouse sends its goods-received note for an order already '
                      'delivered (the PO of h212): PO number, SKUs, ordered and received quantities and a shortage of '
                      '100, no prices. Asks for the missing quantity to be sent or credited: goes to sales; no new '
                      'order is keyed.', [])


@mail
def h244_non_de_auto_reply_quoting_confirmation():
    body = """Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 14.12.2026 nicht im Büro.
In dringenden Fällen wenden Sie sich bitte an einkauf@hofgut-sonnenwiese.de oder +49 581 97 44 100.

Thank you for your message. I am out of the office until 14 December 2026.
For urgent matters please contact einkauf@hofgut-sonnenwiese.de.

-----Ursprüngliche Nachricht-----
Von: Hengda Orders <orders@hengda-pack.cn>
Gesendet: Freitag, 4. Dezember 2026 10:20
An: Katrin Behrens <k.behrens@hofgut-sonnenwiese.de>
Betreff: Order confirmation 4500-88213

Dear Ms Behrens,

we confirm your order 4500-88213 of 02.12.2026:
20,000 pcs HD-EP-1220 egg carton 10 cells  EUR 0.112  = EUR 2,240.00
30,000 pcs HD-EP-0630 egg carton 6 cells   EUR 0.078  = EUR 2,340.00
50,000 pcs HD-LB-0040 label 40x60mm        EUR 0.009  = EUR   450.00
Freight CIF Hamburg                                     EUR   320.00
Total                                                   EUR 5,350.00
ETD Ningbo 15.12.2026.

Best regards
Hengda Packaging - Order Desk
"""
    eml = single(hdr('Katrin Behrens <k.behrens@hofgut-sonnenwiese.de>',
                     'Automatische Antwort: Order confirmation 4500-88213',
                     'Fri, 4 Dec 2026 03:20:41 +0100', 'FR3P281MB17330A1B2C3D4E5F@FR3P281MB1733.DEUP281.PROD.OUTLOOK.COM',
                     extra=['Auto-Submitted: auto-generated', 'X-Auto-Response-Suppress: All',
                            'In-Reply-To: <20261204102000.4500-88213@hengda-pack.cn>']), body, 'utf-8', 'quoted-printable')
    return eml, truth('hand-non-de-auto-reply-quoting-confirmation', 'none', 'utf-8',
                      'NOT an order: a German buyer\'s Outlook out-of-office ("Automatische Antwort:", Auto-Submitted) '
                      'to our order confirmation, quoting it under "-----Ursprüngliche Nachricht-----" with the '
                      'confirmed PO number, lines and total. The order (h213) was keyed when it came in.', [])


@mail
def h245_non_uk_invoice_question():
    body = """Hi Vivian,

Our accounts team has flagged two issues with invoice HD-INV-26-1688 (our PO HB-4471):

1. Our VAT number is missing - it should be GB 402 7731 18.
2. The A5 box line shows 1,500 x GBP 1.08 = GBP 1,620.00, but the revised PO was 1,200.
   Qty 1,200 x 1.08 = GBP 1,296.00, so the invoice is over by GBP 324.00 + VAT.

Invoice total shown: GBP 3,575.04. We expect GBP 3,186.24.

Could you please send a corrected invoice (or a credit note for the difference)? We can't
pay until this is sorted.

Kind regards
Olivia Hartley
Hartley & Bloom Ltd
"""
    eml = single(hdr('Olivia Hartley <olivia@hartleyandbloom.co.uk>', 'Invoice HD-INV-26-1688 - query (PO HB-4471)',
                     'Sat, 5 Dec 2026 09:12:33 +0000', 'LO4P123MB66119A8B7C6D5E4F@LO4P123MB6611.GBRP123.PROD.OUTLOOK.COM',
                     to='Vivian Li <vivian.li@hengda-pack.cn>', extra=['Cc: orders@hengda-pack.cn']),
                 body, 'utf-8', 'quoted-printable')
    return eml, truth('hand-non-uk-invoice-question', 'none', 'utf-8',
                      'NOT an order: a UK customer queries our invoice for an order already placed (HB-4471): '
                      'missing VAT number, one line with the wrong quantity written "1,500 x GBP 1.08 = GBP 1,620.00", '
                      'the invoiced and expected totals. Goes to finance; nothing is keyed.', [])


@mail
def h246_non_hk_big5_cancellation_repeating_lines():
    body = """Vivian 你好，

因為商場裝修延期，銅鑼灣分店的訂單要取消，請不要出貨：

取消訂單：CM-CWB-1205（12月5日下單）
HD-CB-0808  Candle box 8x8x9cm, matte black  300 pcs  HK$2.35  HK$705.00
HD-TP-5070  Tissue paper 50x70cm, sage green  500 pcs  HK$0.48  HK$240.00
合計 HK$945.00

尖沙咀店 CM-TST-1205 照常出貨，謝謝。

如已生產，請告知費用。

Jasmine Cheung
Candle & Moss Ltd
"""
    eml = single(hdr('Jasmine Cheung <jasmine@candleandmoss.hk>', '取消 CM-CWB-1205 (CWB shop)',
                     'Sun, 6 Dec 2026 09:02:11 +0800', 'CAB9pT2rW7xZ+3qK8mN1vL4hF0eY6cD5sG2jA7bU9iQ@mail.gmail.com',
                     charset='big5', extra=['In-Reply-To: <CAB9pT2rW7xZ+3qK8mN1vL4hF0eY6cD5sG2jA7bU9iO@mail.gmail.com>']),
                 body, 'big5', 'base64')
    return eml, truth('hand-non-hk-big5-cancellation-repeating-lines', 'none', 'big5',
                      'NOT an order: a Hong Kong customer cancels one of the two orders of h214 in Big5, repeating its '
                      'number, lines with HK$ prices and the 合計, and says the other order ships as planned. The '
                      'clerk cancels CM-CWB-1205; no order is keyed.', [])


# ============================================================ main

if __name__ == '__main__':
    make_hand2.HERE = HERE  # write the mails here
    make_hand2.main(sys.argv[1:], MAILS)
