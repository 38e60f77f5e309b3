#!/usr/bin/python3
"""Hand-written purchase-order mails h87–h126 (the fourth untuned set).

Written one by one as customers of 杭州恒达包装材料有限公司 send them,
without reading the extractor; each function gives the mail and the truth
a careful order clerk would key in (notes say when the clerk holds it).
MIME helpers are make_hand2.py's and make_hand3.py's; attachments use
../corpus_docs.py:

    /usr/bin/python3 tests/data/po-corpus/fresh2/make_hand4.py [hNN ...]
"""
import datetime
import io
import os
import re
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), 'fresh'))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), 'hand'))
sys.path.insert(0, os.path.dirname(HERE))

import corpus_docs  # noqa: E402
import make_hand2  # noqa: E402
from corpus_docs import Sheet  # noqa: E402
from make_hand2 import (D, m2, ln, ew, addr, text, attachment, multi, message, truth)  # noqa: E402
from make_hand3 import single, with_attachments, cells_html, XLSX  # noqa: E402

MAILS = []
XLS = 'application/vnd.ms-excel'


def mail(fn):
    MAILS.append(fn)
    return fn


def check(lines, total, extra=0):
    s = sum(D(x['total']) for x in lines) + D(extra)
    assert s == D(total), (s, total)


def hdr(frm, subject, date, mid, mailer=None, charset='utf-8', to='orders@hengda-pack.cn', extra=()):
    h = ['From: %s' % frm, 'To: %s' % to, 'Subject: %s' % ew(subject, charset), 'Date: %s' % date,
         'Message-ID: <%s>' % mid, 'MIME-Version: 1.0']
    if mailer:
        h.append(mailer)
    return h + list(extra)


def alt(plain, html, charset, boundary, cte='base64'):
    return multi('alternative', boundary, [text(plain, charset, cte), text(html, charset, cte, 'html')])


# ============================================================ plain text bodies
@mail
def h87_kdocs_paste_tab_table():
    rows = [('HD-ZX-3322', '三层纸箱 33*22*20', '个', 1500, '2.10'),
            ('HD-ZX-4030', '五层纸箱 40*30*30', '个', 800, '4.35'),
            ('HD-QP-5010', '气泡袋 50*10cm', '个', 5000, '0.16'),
            ('HD-FX-4860', '封箱胶带 48mm*60m 米黄', '卷', 240, '3.90')]
    lines = [ln(s, t, q, p) for s, t, u, q, p in rows]
    total = '8366.00'
    check(lines, total)
    tbl = '\n'.join('%s\t%s\t%s\t%d\t%s\t%s' % (s, t, u, q, p, m2(D(p) * q)) for s, t, u, q, p in rows)
    body = """小刘你好，

下面是本周补货单，在金山文档里整理好的，直接贴过来了：

补货单号	YX-BH-20261203
下单日期	2026/12/3
收货人	蒋文静
收货电话	15858126630
收货地址	浙江省义乌市福田街道宗泽北路368号 易选电商仓库3号门

货号	品名	单位	数量	单价（元）	金额（元）
%s
合计					%s


【金山文档】 12月补货单
https://kdocs.cn/l/cq8Zt3xHfW2a

蒋文静
义乌易选电子商务有限公司 采购部
""" % (tbl, '8,366.00')
    eml = single(hdr(addr('蒋文静', 'jiangwj@yixuan-ec.com'), '12月第1周补货单 YX-BH-20261203',
                     'Thu, 3 Dec 2026 16:20:11 +0800', '8f2a1c4e-61d0-4b7f-9c1e-kdocs-0312@yixuan-ec.com',
                     'X-Mailer: WPS Mail 3.2.1'), body)
    return eml, truth('hand-kdocs-paste-tab-table', 'body', 'utf-8',
                      'A Yiwu e-commerce seller pastes a restock sheet from 金山文档 (WPS cloud doc): label TAB '
                      'value rows, a tab table with 单价（元）, a 合计 row with empty tabs, then the document share '
                      'link footer. Adds up.',
                      [{'external_id': 'YX-BH-20261203', 'customer': {'name': '义乌易选电子商务有限公司'},
                        'ship_to': {'name': '蒋文静', 'phone': '15858126630',
                                    'address': '浙江省义乌市福田街道宗泽北路368号 易选电商仓库3号门'},
                        'placed_at': '2026-12-03', 'currency': 'CNY', 'total': total, 'lines': lines}])


@mail
def h88_kr_importer_en_cartons_etd():
    rows = [('HD-MB-2030', 'Mailer box 20x30x8cm white', 120, '5.76', 'Dec 18'),
            ('HD-ZB-1420', 'Zip bag 14x20cm frosted', 80, '3.12', 'Dec 18'),
            ('HD-TP-4866', 'Printed tape 48mm x 66m (logo)', 40, '31.20', 'Jan 8')]
    lines = [ln(s, t, q, p) for s, t, q, p, e in rows]
    total = '2188.80'
    check(lines, total)
    items = '\n'.join('%d. %s / %s\n   %d CTNS (24 pcs/ctn) x USD %s/ctn = USD %s  ETD %s' %
                      (i + 1, s, t, q, p, m2(D(p) * q), e) for i, (s, t, q, p, e) in enumerate(rows))
    body = """Dear Ms. Li,

Good afternoon. I hope you are doing well.
Please find our purchase order as below and kindly confirm.

PO NO.: SJ-PO-26-0412
PO DATE: 2026.12.04
BUYER: Seojin Trading Co., Ltd.

%s

TOTAL AMOUNT: USD 2,188.80 (FOB Ningbo)
Payment: T/T 30 days after B/L

Ship to (forwarder): Busan Global Logistics, Ningbo office
Room 1203, No. 88 Zhongshan East Road, Ningbo
Contact: Mr. Kim 0574-8735 1120

Best regards,
Park Ji-hoon
Manager / Purchasing Team
Seojin Trading Co., Ltd.
T. +82-2-555-1234  M. +82-10-9876-5432
""" % items
    eml = single(hdr('"Park Ji-hoon" <jhpark@seojin-trading.co.kr>', 'PO SJ-PO-26-0412 / Seojin Trading',
                     'Fri, 4 Dec 2026 14:03:55 +0900', '20261204140355.A1B2C3@seojin-trading.co.kr',
                     'X-Mailer: Daum Mail'), body, 'utf-8', 'quoted-printable')
    return eml, truth('hand-kr-importer-en-cartons-etd', 'body', 'utf-8',
                      'A Korean importer writes English: numbered two-line items "SKU / title" then "120 CTNS (24 '
                      'pcs/ctn) x USD 5.76/ctn = USD ...  ETD Dec 18": quantity and price are per carton (the '
                      '24 pcs/ctn is packing, not the quantity), a per-line ETD that is not the order date, PO '
                      'DATE 2026.12.04, FOB total, ship to a forwarder.',
                      [{'external_id': 'SJ-PO-26-0412', 'customer': {'name': 'Seojin Trading Co., Ltd.'},
                        'ship_to': {'name': 'Mr. Kim', 'phone': '0574-8735 1120',
                                    'address': 'Busan Global Logistics, Ningbo office, Room 1203, No. 88 Zhongshan East Road, Ningbo'},
                        'placed_at': '2026-12-04', 'currency': 'USD', 'total': total, 'lines': lines}])


@mail
def h89_jp_importer_en_polite():
    rows = [('HD-GB-1518', 'Gift box 15x18x6 kraft with window', 3000, '0.420'),
            ('HD-TS-5070', 'Tissue paper 50x70 white 17g', 10000, '0.035'),
            ('HD-ST-0040', 'Round sticker 40mm gold foil', 20000, '0.018')]
    lines = [ln(s, t, q, p, D(p) * q) for s, t, q, p in rows]
    for l, r in zip(lines, rows):
        l['unit_price'] = r[3]
    total = '1970.00'
    check(lines, total)
    items = '\n'.join('(%d) %s  %s\n    Q\'ty: %s pcs   Unit: US$%s   Amount: US$%s' %
                      (i + 1, s, t, '{:,}'.format(q), p, '{:,.2f}'.format(D(p) * q)) for i, (s, t, q, p) in enumerate(rows))
    body = """Hengda Packaging
Sales Dept. Ms. Li

Thank you for your continued support.
We are pleased to place the following order. We would appreciate it if you
could confirm the delivery schedule at your earliest convenience.

Order No.: KS-2026-1203-01
Order Date: 2026/12/03

%s

Total: US$1,970.00
Delivery: by end of December, CIF Osaka
Consignee: Kobayashi Shoji Co., Ltd. Osaka Warehouse
 2-14-7 Nanko-kita, Suminoe-ku, Osaka 559-0034, Japan
 Attn: Mr. Tanaka  TEL +81-6-6612-3380

Best regards,

------------------------------------------
Yuki Sato
Import Section
Kobayashi Shoji Co., Ltd.
TEL: +81-6-6612-3300 FAX: +81-6-6612-3301
------------------------------------------
""" % items
    eml = single(hdr('Yuki Sato <y-sato@kobayashi-shoji.co.jp>', '[Order] KS-2026-1203-01',
                     'Thu, 3 Dec 2026 17:45:10 +0900', '000001db45a1$b2c3d4e0$1a2b3c4d$@kobayashi-shoji.co.jp',
                     'X-Mailer: Microsoft Outlook 16.0'), body, 'iso-2022-jp', '7bit')
    return eml, truth('hand-jp-importer-en-3dec-prices', 'body', 'iso-2022-jp',
                      'A Japanese importer writes polite English in an ISO-2022-JP mail (pure ASCII content): '
                      'numbered items with Q\'ty / Unit / Amount on a second line, 3-decimal unit prices (0.035), '
                      'quantities with thousands commas, a Consignee block indented by one space, Order Date '
                      '2026/12/03.',
                      [{'external_id': 'KS-2026-1203-01', 'customer': {'name': 'Kobayashi Shoji Co., Ltd.'},
                        'ship_to': {'name': 'Mr. Tanaka', 'phone': '+81-6-6612-3380',
                                    'address': 'Kobayashi Shoji Co., Ltd. Osaka Warehouse, 2-14-7 Nanko-kita, Suminoe-ku, Osaka 559-0034, Japan'},
                        'placed_at': '2026-12-03', 'currency': 'USD', 'total': total, 'lines': lines}])


@mail
def h90_de_buyer_decimal_comma_delivery():
    rows = [('HD-VK-3020', 'Versandkarton 30x20x15 2-wellig', 2500, '0,62', '1.550,00', '15.01.2027'),
            ('HD-LP-0960', 'Luftpolsterfolie 100cm x 100m', 30, '18,40', '552,00', '15.01.2027'),
            ('HD-KB-5066', 'Klebeband PP braun 50mm x 66m', 360, '0,95', '342,00', '29.01.2027')]
    lines = [ln(s, t, q, p.replace(',', '.'), a.replace('.', '').replace(',', '.')) for s, t, q, p, a, d in rows]
    total = '2444.00'
    check(lines, total)
    items = '\n'.join('%d  %-12s %-36s %6s Stk  %6s EUR  %9s EUR  %s' %
                      ((i + 1) * 10, s, t, '{:,}'.format(q).replace(',', '.'), p, a, d) for i, (s, t, q, p, a, d) in enumerate(rows))
    body = """Sehr geehrte Frau Li,

anbei unsere Bestellung. Bitte senden Sie uns eine Auftragsbestätigung.

Bestellnummer: 4500087215
Bestelldatum: 03.12.2026
Lieferbedingung: FCA Shanghai

Pos Artikel      Bezeichnung                            Menge        Preis       Betrag       Liefertermin
%s

Gesamtbetrag netto: 2.444,00 EUR

Lieferanschrift:
Kruger Verpackungshandel GmbH, Lager 2
Am Hafen 14, 28217 Bremen, Deutschland
z. Hd. Herrn Jonas Weber, Tel. +49 421 3899 120

Mit freundlichen Grüßen

Jonas Weber
Einkauf
Kruger Verpackungshandel GmbH
Am Hafen 14 | 28217 Bremen
Geschäftsführer: Dr. Heike Krüger | Amtsgericht Bremen HRB 31877
""" % items
    eml = single(hdr('Jonas Weber <j.weber@krueger-verpackung.de>', 'Bestellung 4500087215',
                     'Thu, 3 Dec 2026 09:12:44 +0100', 'AM6PR04MB5123D8E1F2A3B4C5D6E7F8A9@AM6PR04MB5123.eurprd04.prod.outlook.com',
                     'X-MS-Has-Attach: '), body, 'iso-8859-1', 'quoted-printable')
    return eml, truth('hand-de-buyer-decimal-comma-liefertermin', 'body', 'iso-8859-1',
                      'German buyer in Latin-1 QP plain text: SAP-style 10-digit Bestellnummer, positions 10/20/30, '
                      'decimal commas and 2.500-style thousands dots, "Stk", prices "0,62 EUR", a per-line '
                      'Liefertermin (not the order date), Bestelldatum 03.12.2026 (German, so 3 December), net '
                      'total.',
                      [{'external_id': '4500087215', 'customer': {'name': 'Kruger Verpackungshandel GmbH'},
                        'ship_to': {'name': 'Jonas Weber', 'phone': '+49 421 3899 120',
                                    'address': 'Kruger Verpackungshandel GmbH, Lager 2, Am Hafen 14, 28217 Bremen, Deutschland'},
                        'placed_at': '2026-12-03', 'currency': 'EUR', 'total': total, 'lines': lines}])


@mail
def h91_fr_buyer_nbsp_thousands():
    rows = [('HD-SK-2535', 'Sachet kraft à fond plat 25x35', 4000, '0,21', '840,00'),
            ('HD-BT-1010', 'Boîte pâtisserie 10x10x8 blanche', 1200, '0,48', '576,00'),
            ('HD-RB-0510', 'Ruban satin 10 mm x 50 m doré', 60, '2,35', '141,00')]
    lines = [ln(s, t, q, p.replace(',', '.'), a.replace(',', '.')) for s, t, q, p, a in rows]
    total = '1632.00'
    check(lines, total, '75.00')
    nb = '\u202f'
    items = '\n'.join('- %s x %s (réf. %s) à %s € = %s €' % ('{:,}'.format(q).replace(',', nb), t, s, p, a)
                      for s, t, q, p, a in rows)
    body = """Bonjour Madame Li,

Suite à votre offre du 28 novembre, voici notre commande n° CMD-2026-0318 du 03/12/2026 :

%s

Frais de port forfaitaires : 75,00 €
Total HT : 1%s632,00 €

Adresse de livraison :
Maison Duval Pâtisserie
12 rue des Tanneurs, 67000 Strasbourg, France
Contact : Claire Duval – 03 88 22 41 07

Merci de nous confirmer le délai.

Cordialement,
Claire Duval
Maison Duval SARL
""" % (items, nb)
    eml = single(hdr('Claire Duval <claire@maison-duval.fr>', 'Commande CMD-2026-0318',
                     'Thu, 3 Dec 2026 10:31:02 +0100', 'f0e1d2c3-b4a5-4968-8776-655443322110@maison-duval.fr',
                     'User-Agent: Mozilla Thunderbird'), body, 'utf-8', 'quoted-printable')
    return eml, truth('hand-fr-buyer-nbsp-thousands-eur', 'body', 'utf-8',
                      'French bakery: "- 4 000 x title (réf. SKU) à 0,21 € = 840,00 €" with a NARROW NO-BREAK SPACE '
                      '(U+202F) as thousands separator, decimal commas, a flat shipping line, total HT; 03/12/2026 '
                      'in a French mail is 3 December.',
                      [{'external_id': 'CMD-2026-0318', 'customer': {'name': 'Maison Duval SARL'},
                        'ship_to': {'name': 'Claire Duval', 'phone': '03 88 22 41 07',
                                    'address': 'Maison Duval Pâtisserie, 12 rue des Tanneurs, 67000 Strasbourg, France'},
                        'placed_at': '2026-12-03', 'currency': 'EUR', 'total': total, 'lines': lines}])


@mail
def h92_big5_tw_dozen_da():
    rows = [('HD-CB-0601', '免洗餐盒 600ml', 50, '42.00'),
            ('HD-CP-1208', '紙杯 12oz 附蓋', 80, '36.00'),
            ('HD-FK-0001', '木製叉匙組', 30, '18.50')]
    lines = [ln(s, t, q, p) for s, t, q, p in rows]
    total = '5535.00'
    check(lines, total)
    items = '\n'.join('%s　%s　%d打　每打人民幣%s元' % (s, t, q, p) for s, t, q, p in rows)
    body = """恆達包裝 李小姐您好：

本店12月訂貨如下（單位均為「打」，一打12個）：

%s

合計人民幣 5,535.00 元，請開立收據。
訂單編號：DN-1204-07
出貨請寄：廈門市思明區中山路 218 號 大南小吃（轉台灣集運）
收件人：林美玲 0928-336-117

謝謝！
林美玲
大南小吃店
""" % items
    eml = single(hdr(addr('林美玲', 'meiling.lin@danan-snack.com.tw', 'big5'), '訂貨單 DN-1204-07',
                     'Fri, 4 Dec 2026 11:05:40 +0800', '001a01db45f0$8c7d6e50$a56c4af0$@danan-snack.com.tw',
                     'X-Mailer: Microsoft Outlook 14.0', 'big5'), body, 'big5', 'base64')
    return eml, truth('hand-big5-tw-dozen-da', 'body', 'big5',
                      'Taiwanese snack shop in Big5: items "SKU　title　50打　每打人民幣42.00元" separated by '
                      'full-width spaces, quantities in dozens (打); the clerk keys 50 (dozen) at the per-dozen '
                      'price, as written.',
                      [{'external_id': 'DN-1204-07', 'customer': {'name': '大南小吃店'},
                        'ship_to': {'name': '林美玲', 'phone': '0928-336-117',
                                    'address': '廈門市思明區中山路218號 大南小吃（轉台灣集運）'},
                        'currency': 'CNY', 'total': total, 'lines': lines}])


@mail
def h93_gb18030_qian_ge_per_thousand():
    rows = [('HD-DK-0032', '自封袋 8*12cm 8丝', 50, '28.00'),
            ('HD-DK-0045', '自封袋 12*17cm 8丝', 30, '46.00'),
            ('HD-BQ-3020', '不干胶标签 30*20 空白', 200, '6.50')]
    lines = [ln(s, t, q, p) for s, t, q, p in rows]
    total = '4080.00'
    check(lines, total)
    body = """恒达包装 王总：

我厂下单如下，单价按千个算：

%s

合计：4080元（含税）
单号：MX-2612-011
日期：2026年12月4日

交货：宁波市北仑区小港街道红联路77号 明鑫五金厂，找仓管 老郑 13566330912

明鑫五金 采购 郑丽
""" % '\n'.join('%s %s  %d千个  %s元/千个  小计%s元' % (s, t, q, p, m2(D(p) * q)) for s, t, q, p in rows)
    eml = single(hdr(addr('郑丽', 'mxwj_zl@126.com', 'gb18030'), '明鑫五金下单 MX-2612-011',
                     'Fri, 4 Dec 2026 08:30:12 +0800 (CST)', '3b1f0c2e.5a7.18f3a1b2c3d.Coremail.mxwj_zl@126.com',
                     'X-Mailer: Coremail Webmail Server Version XT5.0.14', 'gb18030'), body, 'gb18030', 'base64')
    return eml, truth('hand-gb18030-qian-ge-per-thousand', 'body', 'gb18030',
                      'Hardware factory on 126 webmail (GB18030): quantities in 千个 with prices per 千个 ("50千个 '
                      '28.00元/千个 小计1400.00元"); the clerk keys 50 at 28.00 as written (unit 千个). Ship-to and '
                      'contact in one sentence.',
                      [{'external_id': 'MX-2612-011', 'customer': {'name': '明鑫五金厂'},
                        'ship_to': {'name': '老郑', 'phone': '13566330912',
                                    'address': '宁波市北仑区小港街道红联路77号 明鑫五金厂'},
                        'placed_at': '2026-12-04', 'currency': 'CNY', 'total': total, 'lines': lines}])


@mail
def h94_rev2_replaces_earlier_po():
    rows = [('HD-PM-1830', 'Poly mailer 18x30cm black', 6000, '0.11'),
            ('HD-PM-2535', 'Poly mailer 25x35cm black', 4000, '0.15'),
            ('HD-TL-1006', 'Thermal label 100x150mm, 500/roll', 40, '9.80')]
    lines = [ln(s, t, q, p) for s, t, q, p in rows]
    total = '1652.00'
    check(lines, total)
    body = """Hi Vivian,

Please note PO 7731 is REVISED. This Rev. 2 replaces Rev. 1 sent on Dec 1 -
please do NOT ship Rev. 1. Changes: black mailers 25x35 up from 2,500 to
4,000; the 10x15cm labels are now 40 rolls (was 25).

PURCHASE ORDER 7731  Rev. 2       Date: 12/04/2026

Item          Description                          Qty     Unit $   Ext $
HD-PM-1830    Poly mailer 18x30cm black           6,000     0.11    660.00
HD-PM-2535    Poly mailer 25x35cm black           4,000     0.15    600.00
HD-TL-1006    Thermal label 100x150mm, 500/roll      40     9.80    392.00
                                                          TOTAL  1,652.00 USD

Ship to: Northbeam Goods LLC c/o ShipHero Sparks
         1451 Greg St, Sparks, NV 89431, USA
         Attn: Receiving, (775) 555-0142

Thanks,
Dana Ruiz
Northbeam Goods LLC | Ops
"""
    eml = single(hdr('Dana Ruiz <dana@northbeamgoods.com>', 'PO 7731 Rev. 2 (replaces Rev. 1)',
                     'Fri, 4 Dec 2026 09:14:07 -0800', 'CAK7pq2x9Vb1_R2+ewq@mail.gmail.com'), body,
                 'utf-8', 'quoted-printable')
    return eml, truth('hand-rev2-replaces-earlier-po', 'body', 'utf-8',
                      'A US Amazon seller sends PO 7731 Rev. 2, which replaces Rev. 1 (not in this mailbox). The '
                      'clerk keys Rev. 2 as written but must replace the open Rev. 1 rather than add a second '
                      'order: hold for that check. US date 12/04/2026 with a US address and sender: 4 December.',
                      [{'external_id': '7731', 'customer': {'name': 'Northbeam Goods LLC'},
                        'ship_to': {'name': 'Receiving', 'phone': '(775) 555-0142',
                                    'address': 'Northbeam Goods LLC c/o ShipHero Sparks, 1451 Greg St, Sparks, NV 89431, USA'},
                        'placed_at': '2026-12-04', 'currency': 'USD', 'total': total, 'lines': lines}])


@mail
def h95_ambiguous_date_no_clue():
    rows = [('HD-CT-6040', 'Carton 60x40x40 5-ply', 300, '6.20'),
            ('HD-SW-5023', 'Stretch wrap 500mm x 23mic', 24, '38.00')]
    lines = [ln(s, t, q, p) for s, t, q, p in rows]
    total = '2772.00'
    check(lines, total)
    body = """Hello,

Order ref: GLX-0304
Order date: 03/04/2026

HD-CT-6040 Carton 60x40x40 5-ply - 300 pcs @ CNY 6.20 = 1,860.00
HD-SW-5023 Stretch wrap 500mm x 23mic - 24 rolls @ CNY 38.00 = 912.00
Total CNY 2,772.00

Deliver to our Shanghai consolidation point:
Galaxa Supply, Unit 5, No. 1200 Jiangchang 3rd Road, Jing'an, Shanghai
Sam 137 0165 2288

Regards
Sam
"""
    eml = single(hdr('Sam <galaxa.supply@gmail.com>', 'order GLX-0304', 'Fri, 4 Dec 2026 10:02:33 +0800',
                     'CAHx3n8QeZ-f0Vd7s=Kq1p@mail.gmail.com'), body, 'us-ascii', '7bit')
    return eml, truth('hand-ambiguous-date-no-clue', 'body', 'us-ascii',
                      'Order date 03/04/2026 with no clue to the style (Gmail address, no country, a Shanghai '
                      'drop point; neither 3 April nor 4 March fits the mail date of 4 December): the clerk '
                      'keys no order date and holds to ask. Everything else is clear.',
                      [{'external_id': 'GLX-0304', 'customer': {'name': 'Galaxa Supply'},
                        'ship_to': {'name': 'Sam', 'phone': '137 0165 2288',
                                    'address': "Galaxa Supply, Unit 5, No. 1200 Jiangchang 3rd Road, Jing'an, Shanghai"},
                        'currency': 'CNY', 'total': total, 'lines': lines}])


@mail
def h96_vn_importer_no_currency():
    rows = [('HD-PP-0708', 'PP woven bag 70x100', 5000, '0.38'),
            ('HD-PE-0530', 'PE liner 80x120 30mic', 5000, '0.12')]
    lines = [ln(s, t, q, p) for s, t, q, p in rows]
    total = '2500.00'
    check(lines, total)
    body = """Dear Hengda team,

We confirm order as below:

PO: VTP/PO/2612/05
1) PP woven bag 70x100 (HD-PP-0708): 5.000 pcs x 0.38 = 1.900
2) PE liner 80x120 30mic (HD-PE-0530): 5.000 pcs x 0.12 = 600
Total: 2.500

Shipment by sea to Hai Phong, consignee Viet Tien Phat JSC,
Lot CN3, Dinh Vu Industrial Zone, Hai An, Hai Phong, Vietnam.
Contact Ms. Hoa +84 912 345 678.

Best regards,
Nguyen Thi Hoa
Viet Tien Phat JSC
"""
    eml = single(hdr('=?utf-8?B?Tmd1eeG7hW4gVGjhu4sgSG9h?= <hoa.nt@viettienphat.vn>', 'PO VTP/PO/2612/05',
                     'Fri, 4 Dec 2026 09:40:00 +0700', '1733280000.0.viettienphat@mail.viettienphat.vn'), body,
                 'us-ascii', '7bit')
    return eml, truth('hand-vn-importer-no-currency', 'body', 'us-ascii',
                      'A Vietnamese importer writes prices with no currency at all ("x 0.38 = 1.900") and '
                      'dot thousands (5.000 pcs, total 2.500): USD or CNY is unknown, so no currency is stated '
                      'and the clerk holds to ask. Quantities are 5000, totals 1900 / 600 / 2500.',
                      [{'external_id': 'VTP/PO/2612/05', 'customer': {'name': 'Viet Tien Phat JSC'},
                        'ship_to': {'name': 'Ms. Hoa', 'phone': '+84 912 345 678',
                                    'address': 'Viet Tien Phat JSC, Lot CN3, Dinh Vu Industrial Zone, Hai An, Hai Phong, Vietnam'},
                        'total': total, 'lines': lines}])


@mail
def h97_gbk_tax_total_wrong():
    rows = [('HD-ZD-3040', '珍珠棉袋 30*40', 2000, '0.55'),
            ('HD-FZ-1208', '防静电袋 12*18', 3000, '0.32'),
            ('HD-ZX-0302', '三层纸箱 30*20*15', 1000, '1.60')]
    lines = [ln(s, t, q, p) for s, t, q, p in rows]
    # 1100 + 960 + 1600 = 3660; +13% = 4135.80, the buyer writes 4153.80
    body = """恒达：

采购单号：HX-CG-1130-02
日期：2026-11-30

序号  编码        名称              数量    不含税单价   金额
1     HD-ZD-3040  珍珠棉袋 30*40    2000    0.55         1100.00
2     HD-FZ-1208  防静电袋 12*18    3000    0.32         960.00
3     HD-ZX-0302  三层纸箱 30*20*15 1000    1.60         1600.00

不含税合计：3660.00
税额（13%%）：493.80
价税合计：4153.80元

送货地址：东莞市长安镇沙头南区振安路18号 华芯电子 收货：陈工 0769-8538 1166
华芯电子（东莞）有限公司 采购部 何敏
"""
    body = body.replace('%%', '%')
    eml = single(hdr(addr('何敏', 'hemin@huaxin-dg.com', 'gbk'), '华芯电子采购单 HX-CG-1130-02',
                     'Mon, 30 Nov 2026 15:22:18 +0800', '202611301522183377210@huaxin-dg.com',
                     'X-Mailer: Foxmail 7.2.25.228[cn]', 'gbk'), body, 'gbk', 'base64')
    return eml, truth('hand-gbk-tax-total-wrong', 'body', 'gbk',
                      'Net lines plus a 13% tax line: 3660.00 net, tax written 493.80 although 13% of 3660 is '
                      '475.80, so 价税合计 4153.80 should be 4135.80. The clerk keys the total as written and '
                      'holds: the tax line is wrong. Line prices are net (不含税). Columns aligned with spaces slip '
                      'on line 3, whose name is one space from its quantity.',
                      [{'external_id': 'HX-CG-1130-02', 'customer': {'name': '华芯电子（东莞）有限公司'},
                        'ship_to': {'name': '陈工', 'phone': '0769-8538 1166',
                                    'address': '东莞市长安镇沙头南区振安路18号 华芯电子'},
                        'placed_at': '2026-11-30', 'currency': 'CNY', 'total': '4153.80', 'lines': lines}])


@mail
def h98_mixed_missing_price_new_item():
    body = """Hi 小李,

下单 PO# BB-2026-118:

- HD-KB-2015 kraft bubble mailer 20x15, 2000 pcs, 0.95/pc
- HD-KB-3025 kraft bubble mailer 30x25, 1000 pcs, 1.35/pc
- 新品 honeycomb paper wrap 38cm x 100m, 10 rolls, price pls advise

Total 先按前两项: RMB 3,250.00, 蜂窝纸报价后再加。

Ship to: 深圳市南山区科技园南区高新南七道 Bloom Box 工作室 302, Ivy 188 2345 6677

Ivy Chen
Bloom Box Studio 布鲁姆盒子文创
Sent from my iPad
"""
    lines = [ln('HD-KB-2015', 'kraft bubble mailer 20x15', 2000, '0.95'),
             ln('HD-KB-3025', 'kraft bubble mailer 30x25', 1000, '1.35'),
             ln(None, '新品 honeycomb paper wrap 38cm x 100m', 10, None)]
    check(lines[:2], '3250.00')
    eml = single(hdr('Ivy Chen <ivy@bloombox.studio>', 'PO BB-2026-118', 'Fri, 4 Dec 2026 21:48:03 +0800',
                     '6C1D2E3F-4A5B-4C6D-8E9F-0A1B2C3D4E5F@bloombox.studio',
                     'X-Mailer: iPad Mail (22B91)'), body, 'utf-8', 'quoted-printable')
    return eml, truth('hand-mixed-missing-price-new-item', 'body', 'utf-8',
                      'Chinese-English mix from an iPad: bullet lines "SKU title, qty pcs, price/pc"; the third is '
                      'a new product without SKU whose price the buyer asks for ("price pls advise"). The stated '
                      'total covers the first two lines only. The clerk keys the line without price and holds.',
                      [{'external_id': 'BB-2026-118', 'customer': {'name': 'Bloom Box Studio 布鲁姆盒子文创'},
                        'ship_to': {'name': 'Ivy', 'phone': '188 2345 6677',
                                    'address': '深圳市南山区科技园南区高新南七道 Bloom Box 工作室 302'},
                        'currency': 'CNY', 'total': '3250.00', 'lines': lines}])


@mail
def h99_body_and_pdf_same_order():
    rows = [('HD-NB-0820', '无纺布袋 30*40*10 白', 3000, '1.05'),
            ('HD-NB-0821', '无纺布袋 30*40*10 印刷单色', 2000, '1.45'),
            ('HD-KZ-0015', '口罩包装袋 OPP 10*15', 20000, '0.03')]
    lines = [ln(s, t, q, p) for s, t, q, p in rows]
    total = '6650.00'
    check(lines, total)
    tbl = '\n'.join('%d. %s %s  %d个  单价%s  金额%s' % (i + 1, s, t, q, p, m2(D(p) * q)) for i, (s, t, q, p) in enumerate(rows))
    body = """李经理好：

订单内容如下，同时附上盖章版PDF，内容一样，以PDF为准。

订单号：LK-20261204-3
日期：2026年12月4日
%s
合计：￥6,650.00

收货：苏州市吴中区木渎镇金枫南路1258号 绿康医疗用品仓库 收货人 顾晓燕 0512-6657 3021

顾晓燕
苏州绿康医疗用品有限公司
""" % tbl

    def build(c, fn, ps):
        w, h = ps
        c.setFont(fn, 16)
        c.drawCentredString(w / 2, h - 70, '苏州绿康医疗用品有限公司 采购订单')
        c.setFont(fn, 10)
        c.drawString(60, h - 100, '订单号：LK-20261204-3')
        c.drawString(330, h - 100, '日期：2026年12月4日')
        c.drawString(60, h - 116, '供应商：杭州恒达包装材料有限公司')
        t = [['序号', '编码', '名称', '数量', '单价', '金额']] + [
            [str(i + 1), s, n, str(q), p, m2(D(p) * q)] for i, (s, n, q, p) in enumerate(rows)] + [
            ['', '合计', '', '', '', '6,650.00']]
        y = corpus_docs.draw_grid_table(c, fn, 60, h - 130, [30, 80, 170, 60, 50, 70], t,
                                        align=['c', 'l', 'l', 'r', 'r', 'r'])
        c.drawString(60, y - 25, '收货地址：苏州市吴中区木渎镇金枫南路1258号 绿康医疗用品仓库')
        c.drawString(60, y - 42, '收货人：顾晓燕  电话：0512-6657 3021')
        c.setStrokeColorRGB(0.85, 0.1, 0.1)
        c.circle(420, y - 60, 34, stroke=1, fill=0)
    pdf = corpus_docs.pdf_bytes(build, 'LK-20261204-3', 'guxy')
    eml = with_attachments(hdr(addr('顾晓燕', 'guxy@lvkang-med.com', 'gb2312'), '采购订单 LK-20261204-3',
                               'Fri, 4 Dec 2026 10:10:10 +0800', '202612041010105518840@lvkang-med.com',
                               'X-Mailer: Foxmail 7.2.25.228[cn]', 'gb2312'),
                           body, 'gb2312', 'base64', [attachment('application/pdf', pdf, 'LK-20261204-3.pdf')],
                           '----=_001_NextPart318274655120_=----')
    return eml, truth('hand-body-and-pdf-same-order', 'body', 'gb2312',
                      'The PO is typed in the body AND attached as a stamped PDF with the same content ("内容一样，'
                      '以PDF为准"): one order, not two. Numbered lines "1. SKU title 3000个 单价1.05 金额3150.00".',
                      [{'external_id': 'LK-20261204-3', 'customer': {'name': '苏州绿康医疗用品有限公司'},
                        'ship_to': {'name': '顾晓燕', 'phone': '0512-6657 3021',
                                    'address': '苏州市吴中区木渎镇金枫南路1258号 绿康医疗用品仓库'},
                        'placed_at': '2026-12-04', 'currency': 'CNY', 'total': total, 'lines': lines}])


@mail
def h100_gbk_net_and_gross_price_columns():
    rows = [('HD-LZ-0120', '礼品纸盒 20*20*10 烫金', 800, '5.31', '6.00'),
            ('HD-LZ-0125', '礼品纸盒 25*25*12 烫金', 500, '6.64', '7.50'),
            ('HD-SD-0001', '丝带 2.5cm 红色', 100, '7.08', '8.00')]
    lines = [ln(s, t, q, g) for s, t, q, n, g in rows]
    total = '9350.00'
    check(lines, total)
    tb = '\n'.join('%s\t%s\t%d\t%s\t%s\t%s' % (s, t, q, n, g, m2(D(g) * q)) for s, t, q, n, g in rows)
    body = """恒达包装 销售部：

年货礼盒备货，订单如下，请安排：

订单编号：XY-NH-2612-01
下单日期：2026年12月2日

货号\t品名\t数量（个）\t不含税单价\t含税单价(13%%)\t含税金额
%s
\t\t\t\t含税合计\t9350.00

收货：成都市锦江区春熙路东段28号 香语茶庄 后门仓库
联系人：唐老板 028-8665 7302

成都香语茶业有限公司
""" % tb
    eml = single(hdr(addr('唐家明', 'tangjm@xiangyu-tea.com', 'gbk'), '年货礼盒订单 XY-NH-2612-01',
                     'Wed, 2 Dec 2026 14:41:29 +0800', '001601db4484$f0a2c930$d1e85b90$@xiangyu-tea.com',
                     'X-Mailer: Microsoft Outlook 16.0', 'gbk'), body, 'gbk', 'base64')
    return eml, truth('hand-gbk-net-and-gross-price-columns', 'body', 'gbk',
                      'A tea shop\'s tab table with both 不含税单价 and 含税单价(13%) columns and a 含税金额 column: '
                      'the unit price to key is the tax-inclusive one the amounts use (6.00 x 800 = 4800.00), not '
                      'the net one. 含税合计 row with leading tabs. No currency mark anywhere.',
                      [{'external_id': 'XY-NH-2612-01', 'customer': {'name': '成都香语茶业有限公司'},
                        'ship_to': {'name': '唐老板', 'phone': '028-8665 7302',
                                    'address': '成都市锦江区春熙路东段28号 香语茶庄 后门仓库'},
                        'placed_at': '2026-12-02', 'total': total, 'lines': lines}])


@mail
def h101_outlook_en_new_po_over_long_history():
    rows = [('HD-CB-1212', 'Corrugated box 12x12x12in 32ECT', 1500, '0.92'),
            ('HD-CB-1818', 'Corrugated box 18x18x16in 44ECT', 600, '1.85'),
            ('HD-VF-2436', 'Void fill paper roll 24in', 12, '46.00')]
    lines = [ln(s, t, q, p) for s, t, q, p in rows]
    total = '3042.00'
    check(lines, total)
    body = """Hi Vivian,

Thanks for the quick turnaround on 5480. New PO below, please confirm ETD.

PO: HLX-5521
Date: Dec 4, 2026

HD-CB-1212  Corrugated box 12x12x12in 32ECT   1,500 pcs  $0.92   $1,380.00
HD-CB-1818  Corrugated box 18x18x16in 44ECT     600 pcs  $1.85   $1,110.00
HD-VF-2436  Void fill paper roll 24in            12 rolls $46.00    $552.00
Total: USD 3,042.00

Same ship-to as before (Helix Home Goods, 2250 E Devon Ave, Elk Grove Village,
IL 60007, Attn Marcus Lee, 847-555-0199).

Marcus

________________________________
From: Vivian Li <vivian@hengda-pack.cn>
Sent: Tuesday, November 24, 2026 6:02 PM
To: Marcus Lee <mlee@helixhome.com>
Subject: RE: PO HLX-5480

Dear Marcus,

PO HLX-5480 is confirmed, ETD Dec 2. Thanks for your business.

Vivian

________________________________
From: Marcus Lee <mlee@helixhome.com>
Sent: Monday, November 23, 2026 11:15 AM
To: Vivian Li <vivian@hengda-pack.cn>
Subject: PO HLX-5480

Hi Vivian,

PO: HLX-5480
HD-CB-1212  Corrugated box 12x12x12in 32ECT   2,000 pcs  $0.92   $1,840.00
HD-VF-2436  Void fill paper roll 24in             8 rolls $46.00    $368.00
Total: USD 2,208.00

Ship to Helix Home Goods, 2250 E Devon Ave, Elk Grove Village, IL 60007,
Attn Marcus Lee, 847-555-0199.

Marcus Lee
Purchasing, Helix Home Goods Inc.
"""
    eml = single(hdr('Marcus Lee <mlee@helixhome.com>', 'PO HLX-5521', 'Fri, 4 Dec 2026 08:30:55 -0600',
                     'BN8PR12MB3345E1F0A9B8C7D6E5F4A3B2@BN8PR12MB3345.namprd12.prod.outlook.com',
                     'X-MS-Exchange-Organization-SCL: -1', 'utf-8',
                     to='Vivian Li <vivian@hengda-pack.cn>', extra=['Cc: orders@hengda-pack.cn',
                                                                    'In-Reply-To: <HK0PR03MB2231@hengda-pack.cn>']),
                 body, 'utf-8', 'quoted-printable')
    return eml, truth('hand-outlook-en-new-po-over-long-history', 'body', 'utf-8',
                      'Outlook reply: a NEW PO HLX-5521 on top of two quoted Outlook blocks (the seller\'s '
                      'confirmation and the old PO HLX-5480 with its own lines); only 5521 is an order, read once. '
                      'Ship-to only as "same as before (...)" in brackets; customer from the quoted signature.',
                      [{'external_id': 'HLX-5521', 'customer': {'name': 'Helix Home Goods Inc.'},
                        'ship_to': {'name': 'Marcus Lee', 'phone': '847-555-0199',
                                    'address': 'Helix Home Goods, 2250 E Devon Ave, Elk Grove Village, IL 60007'},
                        'placed_at': '2026-12-04', 'currency': 'USD', 'total': total, 'lines': lines}])


# ============================================================ HTML bodies
@mail
def h102_feishu_html_bullets():
    rows = [('HD-WM-0101', '外卖打包盒 长方形 750ml 带盖', 2000, '0.58'),
            ('HD-WM-0102', '外卖打包盒 圆形 500ml 带盖', 3000, '0.46'),
            ('HD-DZ-0020', '牛皮纸手提袋 中号', 1500, '0.72')]
    lines = [ln(s, t, q, p) for s, t, q, p in rows]
    total = '3620.00'
    check(lines, total)
    lis = ''.join('<li><div><span>%s（%s）：%d 个，单价 %s 元</span></div></li>' % (t, s, q, p) for s, t, q, p in rows)
    html = ('<html><head><meta charset="utf-8"></head><body><div style="font-family: -apple-system, PingFang SC; '
            'font-size: 14px;"><div>恒达包装 你好，</div><div><br></div><div>这周门店备货，麻烦下单：</div>'
            '<div><b>订单号：</b>LX-MD-1204</div><ul>%s</ul><div>合计 <b>3,620.00 元</b></div><div><br></div>'
            '<div>收货：上海市徐汇区漕溪北路 88 号 圣爱大厦 B1 鹿小馆中央厨房</div><div>联系人：孙悦 '
            '<a href="tel:13916682201">139 1668 2201</a></div><div><br></div><div style="color:#8f959e">'
            '孙悦 | 采购<br>上海鹿小馆餐饮管理有限公司</div><div><br></div><div style="color:#bbbfc4;font-size:12px">'
            '此邮件由飞书邮箱发送</div></div></body></html>') % lis
    plain = ('恒达包装 你好，\n\n这周门店备货，麻烦下单：\n订单号：LX-MD-1204\n' +
             ''.join('• %s（%s）：%d 个，单价 %s 元\n' % (t, s, q, p) for s, t, q, p in rows) +
             '合计 3,620.00 元\n\n收货：上海市徐汇区漕溪北路 88 号 圣爱大厦 B1 鹿小馆中央厨房\n联系人：孙悦 139 1668 2201\n\n'
             '孙悦 | 采购\n上海鹿小馆餐饮管理有限公司\n')
    eml = message(hdr(addr('孙悦', 'sunyue@luxiaoguan.cn'), '鹿小馆 备货下单 LX-MD-1204',
                      'Fri, 4 Dec 2026 11:22:08 +0800', 'feishu-7f3a9c21e0b5d4c8@larksuite.com',
                      'X-Mailer: Lark Mail'), alt(plain, html, 'utf-8', '00000000000062a3f805f1c2d4e8'))
    return eml, truth('hand-feishu-html-bullets', 'html', 'utf-8',
                      'Feishu (Lark) Mail HTML: div paragraphs, an <ul> of items "title（SKU）：2000 个，单价 0.58 '
                      '元", bold labels, a tel: link, a grey signature and the "此邮件由飞书邮箱发送" footer.',
                      [{'external_id': 'LX-MD-1204', 'customer': {'name': '上海鹿小馆餐饮管理有限公司'},
                        'ship_to': {'name': '孙悦', 'phone': '139 1668 2201',
                                    'address': '上海市徐汇区漕溪北路88号 圣爱大厦 B1 鹿小馆中央厨房'},
                        'currency': 'CNY', 'total': total, 'lines': lines}])


@mail
def h103_outlook_mac_html_line_dates():
    rows = [('HD-EC-1001', 'Eco mailer 10x13in, recycled', 5000, '0.21', '2026-12-20'),
            ('HD-EC-1002', 'Eco mailer 14.5x19in, recycled', 3000, '0.34', '2026-12-20'),
            ('HD-TT-0750', 'Tissue paper 20x30in, custom print', 10000, '0.09', '2027-01-10')]
    lines = [ln(s, t, q, p) for s, t, q, p, d in rows]
    total = '2970.00'
    check(lines, total)
    td = ' style="border:solid #BFBFBF 1.0pt;padding:2pt 5pt"'
    t = cells_html([['Item', 'Description', 'Qty', 'Unit Price', 'Amount', 'Required Date']] +
                   [[s, d_, '{:,}'.format(q), '$' + p, '$' + '{:,.2f}'.format(D(p) * q), dd] for s, d_, q, p, dd in rows] +
                   [[('Total', 'colspan="4" align="right"'), '$2,970.00', '']], td)
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body><div class="elementToProof" style="font-family:Aptos,Helvetica,sans-serif;font-size:12pt">'
            'Hi Vivian,<br><br>Please see PO <b>CC-10482</b> dated 12/3/2026 below. Note the tissue has a later '
            'required date.<br><br><table style="border-collapse:collapse">%s</table><br>Ship to:<br>'
            'Cedar &amp; Clay Co.<br>88 Commerce Way, Unit B<br>Portland, OR 97217<br>Attn: Jenna Park &#183; '
            '(503) 555-0176<br><br>Thank you!<br>Jenna</div><div id="signature"><p>Jenna Park<br>Operations '
            'Manager | Cedar &amp; Clay Co.</p></div></body></html>') % t
    plain = ('Hi Vivian,\n\nPlease see PO CC-10482 dated 12/3/2026 below. Note the tissue has a later required date.\n\n'
             'Item Description Qty Unit Price Amount Required Date\n' +
             ''.join('%s %s %s $%s $%s %s\n' % (s, d_, '{:,}'.format(q), p, '{:,.2f}'.format(D(p) * q), dd)
                     for s, d_, q, p, dd in rows) +
             'Total $2,970.00\n\nShip to:\nCedar & Clay Co.\n88 Commerce Way, Unit B\nPortland, OR 97217\n'
             'Attn: Jenna Park \u00b7 (503) 555-0176\n\nThank you!\nJenna\n\nJenna Park\nOperations Manager | Cedar & Clay Co.\n')
    eml = message(hdr('Jenna Park <jenna@cedarandclay.com>', 'PO CC-10482', 'Thu, 3 Dec 2026 16:05:33 -0800',
                      'BY5PR11MB4001A2B3C4D5E6F7A8B9C0D1E2@BY5PR11MB4001.namprd11.prod.outlook.com',
                      'User-Agent: Microsoft-MacOutlook/16.91.24111020'),
                  alt(plain, html, 'utf-8', 'B_3816349533_1847262251', 'quoted-printable'))
    return eml, truth('hand-outlook-mac-html-line-dates', 'html', 'utf-8',
                      'Outlook for Mac (new Outlook, Aptos): a bordered table with a per-line Required Date column '
                      '(not the order date), money with "$", a colspan Total row; the PO date "12/3/2026" in a US '
                      'mail from Portland is 3 December (sent Dec 3, -0800).',
                      [{'external_id': 'CC-10482', 'customer': {'name': 'Cedar & Clay Co.'},
                        'ship_to': {'name': 'Jenna Park', 'phone': '(503) 555-0176',
                                    'address': 'Cedar & Clay Co., 88 Commerce Way, Unit B, Portland, OR 97217'},
                        'placed_at': '2026-12-03', 'currency': 'USD', 'total': total, 'lines': lines}])


@mail
def h104_sina_html_gbk_rowspan_freight():
    rows = [('纸箱类', 'HD-YZ-0302', '邮政纸箱 3号', 1000, '0.85'),
            ('纸箱类', 'HD-YZ-0505', '邮政纸箱 5号', 1000, '0.52'),
            ('填充类', 'HD-QZ-0030', '气柱袋 30cm', 500, '0.66'),
            ('填充类', 'HD-QP-0040', '气泡膜 40cm*50m', 20, '25.00')]
    lines = [ln(s, t, q, p) for c, s, t, q, p in rows]
    total = '2260.00'
    check(lines, total, '60.00')
    body_rows = [['类别', '货号', '品名', '数量', '单价(元)', '金额(元)']]
    for i, (c, s, t, q, p) in enumerate(rows):
        r = [s, t, str(q), p, m2(D(p) * q)]
        if i % 2 == 0:
            r = [(c, 'rowspan="2" valign="middle"')] + r
        body_rows.append(r)
    body_rows.append([('运费', 'colspan="5" align="right"'), '60.00'])
    body_rows.append([('合计', 'colspan="5" align="right"'), '<b>2,260.00</b>'])
    html = ('<html><body style="font-size:14px;font-family:宋体"><p>恒达包装：</p><p>我店订货如下，订单号 '
            'TM-2612-0093，下单日期2026-12-01。</p><table border="1" cellspacing="0" cellpadding="3">%s</table>'
            '<p>收货地址：河南省郑州市金水区花园路139号 正弘城B座1706 优品汇网店<br>收货人：马晓东 电话：0371-6595 8812</p>'
            '<p>郑州优品汇电子商务有限公司</p><p>-------------------------------<br>新浪邮箱，'
            '<a href="http://mail.sina.com.cn">http://mail.sina.com.cn</a></p></body></html>') % cells_html(body_rows)
    eml = message(hdr(addr('马晓东', 'youpinhui2019@sina.com', 'gbk'), '订货 TM-2612-0093',
                      'Tue, 1 Dec 2026 20:14:51 +0800', '20261201121451.4A1F2E00B3@webmail.sinamail.sina.com.cn',
                      'X-Mailer: SinaMail 3.0', 'gbk'), text(html, 'gbk', 'base64', 'html'))
    return eml, truth('hand-sina-html-gbk-rowspan-freight', 'html', 'gbk',
                      'Sina Mail, HTML only (GBK): a 类别 column merged over two rows (rowspan) so those rows have '
                      'one cell fewer, a colspan 运费 row and a colspan 合计 row with the total in <b>.',
                      [{'external_id': 'TM-2612-0093', 'customer': {'name': '郑州优品汇电子商务有限公司'},
                        'ship_to': {'name': '马晓东', 'phone': '0371-6595 8812',
                                    'address': '河南省郑州市金水区花园路139号 正弘城B座1706 优品汇网店'},
                        'placed_at': '2026-12-01', 'currency': 'CNY', 'total': total, 'lines': lines}])


@mail
def h105_zoho_html_india_inr_lakh():
    rows = [('HD-CB-5040', 'Corrugated box 50x40x30 7-ply', 4000, '62.50'),
            ('HD-BS-2020', 'Bopp tape 2in x 65m brown', 2500, '18.00')]
    lines = [ln(s, t, q, p) for s, t, q, p in rows]
    total = '295000.00'
    check(lines, total)
    t = cells_html([['S.No', 'Item Code', 'Description', 'Qty (Nos)', 'Rate (₹)', 'Amount (₹)'],
                    ['1', 'HD-CB-5040', 'Corrugated box 50x40x30 7-ply', '4,000', '62.50', '2,50,000.00'],
                    ['2', 'HD-BS-2020', 'Bopp tape 2in x 65m brown', '2,500', '18.00', '45,000.00'],
                    [('Grand Total', 'colspan="5"'), '₹ 2,95,000.00']], ' style="border:1px solid #999;padding:4px"')
    html = ('<div style="font-family:Verdana,Arial;font-size:10pt"><div>Dear Sir/Madam,</div><br><div>Kindly '
            'supply the following against our Purchase Order No. <b>SPL/PUR/2026-27/0418</b> dated 04-12-2026.'
            '</div><br><table style="border-collapse:collapse">%s</table><br><div>Amount in words: Rupees Two Lakh '
            'Ninety Five Thousand Only.</div><div>Delivery: Shree Packlines Pvt. Ltd., Plot 42, GIDC Phase II, '
            'Vatva, Ahmedabad 382445, Gujarat. Contact: Mr. Rakesh Patel +91 98250 33121</div><br><div>Regards,'
            '<br>Rakesh Patel<br>Purchase Dept.<br>Shree Packlines Pvt. Ltd.<br>GSTIN: 24AAKCS1234F1Z5</div>'
            '</div>') % t
    eml = message(hdr('Rakesh Patel <purchase@shreepacklines.in>', 'Purchase Order SPL/PUR/2026-27/0418',
                      'Fri, 4 Dec 2026 12:31:40 +0530', '18f3c2d4a5b.7c1e9a2f3b4d5e6.zm.5821@zohomail.in',
                      'User-Agent: Zoho Mail'), text(html, 'UTF-8', 'quoted-printable', 'html'))
    return eml, truth('hand-zoho-html-india-inr-lakh', 'html', 'utf-8',
                      'Indian importer on Zoho Mail, HTML only: rupee amounts in lakh grouping (2,50,000.00 and '
                      '₹ 2,95,000.00), Rate (₹) header, date 04-12-2026 (India: 4 December), amount in words, '
                      'GSTIN in the signature.',
                      [{'external_id': 'SPL/PUR/2026-27/0418', 'customer': {'name': 'Shree Packlines Pvt. Ltd.'},
                        'ship_to': {'name': 'Mr. Rakesh Patel', 'phone': '+91 98250 33121',
                                    'address': 'Shree Packlines Pvt. Ltd., Plot 42, GIDC Phase II, Vatva, Ahmedabad 382445, Gujarat'},
                        'placed_at': '2026-12-04', 'currency': 'INR', 'total': total, 'lines': lines}])


@mail
def h106_qq_html_wps_paste_tax_columns():
    rows = [('HD-BZ-6080', '编织袋 60*80 白色加厚', 3000, '0.62', '0.70'),
            ('HD-BZ-8011', '编织袋 80*110 白色加厚', 2000, '0.97', '1.10'),
            ('HD-CR-5018', '缠绕膜 50cm*18丝 3kg', 60, '28.32', '32.00')]
    lines = [ln(s, t, q, g) for s, t, q, n, g in rows]
    total = '6220.00'
    check(lines, total)
    tr = ''.join('<tr height="19"><td class="et2">%s</td><td class="et3">%s</td><td class="et4" x:num>%d</td>'
                 '<td class="et5" x:num>%s</td><td class="et5" x:num>%s</td><td class="et5" x:num>%s</td></tr>' %
                 (s, t, q, n, g, m2(D(g) * q)) for s, t, q, n, g in rows)
    html = ('<meta http-equiv="Content-Type" content="text/html; charset=gb18030"><div>王经理，订单见下表（从WPS表格'
            '复制的）：</div><div>采购单号：FD-2612-0044&nbsp;&nbsp;日期：2026.12.3</div><div><br></div>'
            '<table width="620" border="0" cellpadding="0" cellspacing="0" style="border-collapse:collapse">'
            '<col width="90"><col width="200"><col width="70" span="4"><tr height="19"><td class="et1">货号</td>'
            '<td class="et1">品名规格</td><td class="et1">数量</td><td class="et1">未税单价</td><td class="et1">含税单价'
            '</td><td class="et1">含税金额</td></tr>%s<tr height="19"><td class="et6" colspan="5">合计（含13%%税）'
            '</td><td class="et5" x:num>6220.00</td></tr></table><div><br></div><div>送货：山东省临沂市兰山区金雀山路'
            '196号 丰达粮油仓库 收货 刘振 15064928831</div><div><br></div><div>--</div><div>临沂丰达粮油有限公司 '
            '刘振</div>') % tr
    eml = message(hdr('"%s" <1627744310@qq.com>' % ew('刘振', 'gb18030'), '订单 FD-2612-0044',
                      'Thu, 3 Dec 2026 09:48:36 +0800', 'tencent_8A1F3C9E2B7D4056A1E3F2C0B9D8@qq.com',
                      'X-QQ-mid: xmsezb12a-0t1733190516tiq7x2m1p', 'gb18030'),
                  text(html, 'gb18030', 'base64', 'html'))
    return eml, truth('hand-qq-html-wps-paste-tax-columns', 'html', 'gb18030',
                      'QQ Mail HTML only (GB18030) with a table pasted from WPS 表格: class="et…" cells, x:num '
                      'attributes, <col> widths, a 未税单价 and a 含税单价 column; the amounts and total are '
                      'tax-inclusive, so the clerk keys the 含税单价. Colspan 合计 row.',
                      [{'external_id': 'FD-2612-0044', 'customer': {'name': '临沂丰达粮油有限公司'},
                        'ship_to': {'name': '刘振', 'phone': '15064928831',
                                    'address': '山东省临沂市兰山区金雀山路196号 丰达粮油仓库'},
                        'placed_at': '2026-12-03', 'total': total, 'lines': lines}])


@mail
def h107_samsung_html_terse_en():
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>'
            '<div dir="auto">Hi Vivian pls ship asap<br><br>50 rolls HD-SF-1550 shrink film 15mic x 500mm @ 52<br>'
            '20 ctns HD-GL-0100 nitrile gloves M (1000/ctn) @ 185<br><br>Total RMB 6,300<br>PO KT-3312<br><br>'
            'Kitchen Town Trading, Bay 3, 18 Fanyu Road, Panyu, Guangzhou. Tony 135 6040 1187</div><div dir="auto">'
            '<br></div><div dir="auto">Sent from my Galaxy</div></body></html>')
    plain = ('Hi Vivian pls ship asap\n\n50 rolls HD-SF-1550 shrink film 15mic x 500mm @ 52\n20 ctns HD-GL-0100 '
             'nitrile gloves M (1000/ctn) @ 185\n\nTotal RMB 6,300\nPO KT-3312\n\nKitchen Town Trading, Bay 3, 18 '
             'Fanyu Road, Panyu, Guangzhou. Tony 135 6040 1187\n\nSent from my Galaxy\n')
    lines = [ln('HD-SF-1550', 'shrink film 15mic x 500mm', 50, '52'),
             ln('HD-GL-0100', 'nitrile gloves M (1000/ctn)', 20, '185')]
    check(lines, '6300.00')
    eml = message(hdr('Tony Wong <tonywong.kt@gmail.com>', 'PO KT-3312', 'Fri, 4 Dec 2026 07:55:12 +0800',
                      'dd1a8c2e-45f1-4b0e-9c6e-samsung-0a1b2c@email.android.com'),
                  alt(plain, html, 'UTF-8', '--_com.samsung.android.email_1733270112345678'))
    return eml, truth('hand-samsung-html-terse-en', 'html', 'utf-8',
                      'Samsung Email from a phone: qty-first lines "50 rolls SKU title @ 52" with bare integer '
                      'prices, units rolls/ctns, the PO number after the total, address and phone run into one '
                      'line, "Sent from my Galaxy". The "(1000/ctn)" is packing.',
                      [{'external_id': 'KT-3312', 'customer': {'name': 'Kitchen Town Trading'},
                        'ship_to': {'name': 'Tony', 'phone': '135 6040 1187',
                                    'address': 'Kitchen Town Trading, Bay 3, 18 Fanyu Road, Panyu, Guangzhou'},
                        'currency': 'CNY', 'total': '6300.00', 'lines': lines}])


@mail
def h108_thunderbird_html_it_eur_iva():
    rows = [('HD-VS-0810', 'Vaschetta alluminio 810 ml', 6000, '0,095', '570,00'),
            ('HD-CO-1820', 'Coperchio cartonato 18x20', 6000, '0,041', '246,00'),
            ('HD-BP-2030', 'Busta pane carta 20x30', 10000, '0,028', '280,00')]
    lines = [ln(s, t, q, p.replace(',', '.'), a.replace(',', '.')) for s, t, q, p, a in rows]
    for l, r in zip(lines, rows):
        l['unit_price'] = r[3].replace(',', '.')
    check(lines, '1096.00')
    t = cells_html([['Codice', 'Descrizione', 'Q.tà', 'Prezzo unit.', 'Importo']] +
                   [[s, d_, '{:,}'.format(q).replace(',', '.'), '€ ' + p, '€ ' + a] for s, d_, q, p, a in rows] +
                   [[('Imponibile', 'colspan="4" align="right"'), '€ 1.096,00'],
                    [('IVA', 'colspan="4" align="right"'), 'non applicabile (extra UE)'],
                    [('Totale ordine', 'colspan="4" align="right"'), '<b>€ 1.096,00</b>']],
                   ' style="border:1px solid #000"')
    html = ('<!DOCTYPE html><html><head><meta http-equiv="content-type" content="text/html; charset=UTF-8"></head>'
            '<body><p>Buongiorno Vivian,</p><p>con la presente confermiamo l\'ordine n. <b>ORD-0412/26</b> del '
            '02/12/2026:</p><table cellspacing="0" cellpadding="4">%s</table><p>Consegna: Rosticceria Da Gino '
            'S.r.l., Via Nizza 45, 10126 Torino (TO), Italia<br>Referente: Luca Ferri, tel. +39 011 650 2211</p>'
            '<p>Cordiali saluti,<br>Luca Ferri<br>Rosticceria Da Gino S.r.l.</p><div class="moz-signature">-- '
            '<br><small>Le informazioni contenute in questa e-mail sono riservate.</small></div></body></html>') % t
    eml = message(hdr('Luca Ferri <acquisti@dagino.it>', 'Ordine ORD-0412/26', 'Wed, 2 Dec 2026 15:20:44 +0100',
                      'a7b8c9d0-1e2f-3a4b-5c6d-7e8f9a0b1c2d@dagino.it',
                      'User-Agent: Mozilla Thunderbird'), text(html, 'UTF-8', '8bit', 'html'))
    return eml, truth('hand-thunderbird-html-it-eur-iva', 'html', 'utf-8',
                      'Italian rotisserie, Thunderbird HTML only (8bit): 3-decimal euro prices "€ 0,095", '
                      '6.000-style quantities, colspan Imponibile / IVA (text, not a number) / Totale ordine rows, '
                      'date 02/12/2026 (Italian: 2 December), a moz-signature disclaimer.',
                      [{'external_id': 'ORD-0412/26', 'customer': {'name': 'Rosticceria Da Gino S.r.l.'},
                        'ship_to': {'name': 'Luca Ferri', 'phone': '+39 011 650 2211',
                                    'address': 'Rosticceria Da Gino S.r.l., Via Nizza 45, 10126 Torino (TO), Italia'},
                        'placed_at': '2026-12-02', 'currency': 'EUR', 'total': '1096.00', 'lines': lines}])


@mail
def h109_gmail_html_and_xlsx_same_order():
    rows = [('HD-PZ-0500', 'PET瓶 500ml 透明 带盖', 10000, '0.36'),
            ('HD-BQ-0500', '瓶标 收缩膜 500ml', 10000, '0.08'),
            ('HD-ZX-2412', '纸箱 24瓶装', 420, '3.20')]
    lines = [ln(s, t, q, p) for s, t, q, p in rows]
    total = '5744.00'
    check(lines, total)
    t = cells_html([['编码', '名称', '数量', '单价', '金额']] +
                   [[s, n, str(q), p, m2(D(p) * q)] for s, n, q, p in rows] + [['', '合计', '', '', '5744.00']],
                   ' style="border:1px solid #ccc;padding:2px 6px"')
    html = ('<div dir="ltr"><div>您好，</div><div>订单 QS-PO-26120 如下，Excel 也附上了（同一张单）。</div><br>'
            '<table cellspacing="0" cellpadding="0" dir="ltr" border="1" style="table-layout:fixed;font-size:10pt;'
            'font-family:Arial;width:0px;border-collapse:collapse;border:none"><colgroup><col width="100"><col '
            'width="180"><col width="80"><col width="80"><col width="90"></colgroup><tbody>%s</tbody></table><br>'
            '<div>送货：广州市白云区太和镇大源北路318号 清泉饮品厂 收货人 黄志强 020-3722 6610</div><div><br></div>'
            '<div>-- </div><div dir="ltr" class="gmail_signature">黄志强<br>广州清泉饮品有限公司 采购</div></div>') % t
    plain = ('您好，\n订单 QS-PO-26120 如下，Excel 也附上了（同一张单）。\n\n编码 名称 数量 单价 金额\n' +
             ''.join('%s %s %d %s %s\n' % (s, n, q, p, m2(D(p) * q)) for s, n, q, p in rows) +
             '合计 5744.00\n\n送货：广州市白云区太和镇大源北路318号 清泉饮品厂 收货人 黄志强 020-3722 6610\n\n-- \n'
             '黄志强\n广州清泉饮品有限公司 采购\n')
    sh = Sheet('Sheet1')
    sh.widths = {1: 14, 2: 24, 3: 10, 4: 10, 5: 12}
    sh.set(1, 1, '订单号')
    sh.set(1, 2, 'QS-PO-26120')
    sh.row(3, 1, ['编码', '名称', '数量', '单价', '金额'], bold=True, border=True)
    for i, (s, n, q, p) in enumerate(rows):
        r = 4 + i
        sh.row(r, 1, [s, n, q, D(p)], border=True)
        sh.set(r, 5, ('=C%d*D%d' % (r, r), D(p) * q), border=True, fmt='0.00')
    sh.set(7, 2, '合计', border=True)
    sh.set(7, 5, ('=SUM(E4:E6)', D(total)), border=True, fmt='0.00')
    data = corpus_docs.xlsx_bytes([sh], creator='huangzq')
    part = multi('mixed', '000000000000a1b2c3d405f1c2e4a7', [
        alt(plain, html, 'UTF-8', '000000000000a1b2c3d305f1c2e4a5'),
        attachment(XLSX, data, 'QS-PO-26120.xlsx')])
    eml = message(hdr(addr('黄志强', 'qingquan.hzq@gmail.com'), '订单 QS-PO-26120', 'Thu, 3 Dec 2026 10:15:00 +0800',
                      'CAJ9v=q3Rm0sT8Lw-2hZpXk@mail.gmail.com'), part)
    return eml, truth('hand-gmail-html-and-xlsx-same-order', 'html', 'utf-8',
                      'Gmail HTML with a Google-Sheets-style table AND the same order as an .xlsx attachment '
                      '("同一张单"): one order, not two. The 合计 row has an empty first cell.',
                      [{'external_id': 'QS-PO-26120', 'customer': {'name': '广州清泉饮品有限公司'},
                        'ship_to': {'name': '黄志强', 'phone': '020-3722 6610',
                                    'address': '广州市白云区太和镇大源北路318号 清泉饮品厂'},
                        'total': total, 'lines': lines}])


# ============================================================ spreadsheets
def hide_columns(data, cols):
    """Mark columns (letters' 1-based numbers) hidden in sheet1 of an .xlsx
    from corpus_docs.xlsx_bytes, as an ERP export hides helper columns."""
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    zout = zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED)
    for info in zin.infolist():
        body = zin.read(info.filename)
        if info.filename == 'xl/worksheets/sheet1.xml':
            s = body.decode('utf-8')
            for c in cols:
                s, n = re.subn(r'<col ([^>]*?)min="%d" max="%d"/>' % (c, c), r'<col \g<1>min="%d" max="%d" hidden="1"/>' % (c, c), s)
                assert n == 1, c
            body = s.encode('utf-8')
        zi = zipfile.ZipInfo(info.filename, date_time=corpus_docs.FIXED_ZIP_TIME)
        zi.compress_type = zipfile.ZIP_DEFLATED
        zi.external_attr = 0o600 << 16
        zout.writestr(zi, body)
    zout.close()
    return out.getvalue()


@mail
def h110_xlsx_two_sheets_cover_and_lines():
    rows = [('HD-YP-0110', '药品纸盒 110*60*30 白卡350g', 20000, '0.235'),
            ('HD-SM-0080', '说明书 80*120 双面印', 20000, '0.045'),
            ('HD-ZX-6045', '外箱 五层 60*45*40', 250, '7.80')]
    lines = [ln(s, t, q, p) for s, t, q, p in rows]
    for l, r in zip(lines, rows):
        l['unit_price'] = r[3]
    total = '7550.00'
    check(lines, total)
    cover = Sheet('订单信息')
    cover.widths = {1: 14, 2: 40}
    cover.set(1, 1, '江西仁和康药业有限公司 采购订单', bold=True, size=14)
    cover.merge(1, 1, 1, 2)
    for i, (a, b) in enumerate([('订单编号', 'RHK-PO-2612-019'), ('下单日期', datetime.datetime(2026, 12, 2)),
                                 ('供应商', '杭州恒达包装材料有限公司'), ('收货单位', '江西仁和康药业有限公司 包材库'),
                                 ('收货地址', '江西省樟树市药都南大道1888号'), ('收货人', '熊伟'),
                                 ('联系电话', '0795-7362 118'), ('订单金额（元）', ('=明细!F6', D(total))),
                                 ('备注', '明细见第二页“明细”')]):
        cover.set(3 + i, 1, a, border=True)
        cover.set(3 + i, 2, b, border=True, fmt='yyyy-mm-dd' if i == 1 else ('#,##0.00' if i == 7 else None))
    det = Sheet('明细')
    det.widths = {1: 6, 2: 14, 3: 30, 4: 10, 5: 10, 6: 12}
    det.row(1, 1, ['序号', '物料编码', '物料名称', '数量', '单价', '金额'], bold=True, border=True)
    for i, (s, n, q, p) in enumerate(rows):
        r = 2 + i
        det.row(r, 1, [i + 1, s, n, q, D(p)], border=True)
        det.set(r, 6, ('=D%d*E%d' % (r, r), D(p) * q), border=True, fmt='#,##0.00')
    det.set(6, 1, '合计', border=True)
    det.set(6, 6, ('=SUM(F2:F4)', D(total)), border=True, fmt='#,##0.00')
    data = corpus_docs.xlsx_bytes([cover, det], creator='xiongw')
    body = '恒达包装：\n\n附件为12月包材订单（两页：订单信息、明细），请确认。\n\n熊伟\n江西仁和康药业有限公司 物资部\n'
    eml = with_attachments(hdr(addr('熊伟', 'xiongwei@renhekang.com'), '包材订单 RHK-PO-2612-019',
                               'Wed, 2 Dec 2026 16:42:10 +0800', '202612021642104418201@renhekang.com',
                               'X-Mailer: Foxmail 7.2.25.228[cn]'), body, 'utf-8', 'base64',
                           [attachment(XLSX, data, 'RHK-PO-2612-019.xlsx')], '----=_001_NextPart284719365021_=----')
    return eml, truth('hand-xlsx-two-sheets-cover-and-lines', 'xlsx', 'utf-8',
                      'A pharma company\'s .xlsx with two sheets: "订单信息" (label/value cells with the number, a date '
                      'cell, ship-to, and the amount as a cross-sheet formula =明细!F6) and "明细" with the lines and '
                      '合计, 3-decimal unit prices. The order needs both sheets. A blank row sits between the last '
                      'line and 合计.',
                      [{'external_id': 'RHK-PO-2612-019', 'customer': {'name': '江西仁和康药业有限公司'},
                        'ship_to': {'name': '熊伟', 'phone': '0795-7362 118', 'address': '江西省樟树市药都南大道1888号'},
                        'placed_at': '2026-12-02', 'currency': 'CNY', 'total': total, 'lines': lines}])


@mail
def h111_xlsx_kingdee_cloud_hidden_cols():
    rows = [('HD-BZ-3003', '包装袋', 'OPP 30*40+3', 'Pcs', 8000, '0.1243', '0.1405'),
            ('HD-GZ-0420', '硬纸板', '420*300*2mm', 'Pcs', 3000, '0.7080', '0.8000'),
            ('HD-JD-0050', '胶带', '透明 50mm*100y', '卷', 200, '4.4248', '5.0000')]
    lines = [ln(s, n, q, g, D(g) * q) for s, n, sp, u, q, p, g in rows]
    for l, r in zip(lines, rows):
        l['unit_price'] = r[6]
    total = '4524.00'
    check(lines, total)
    sh = Sheet('采购订单')
    hdr_ = ['FID', 'FEntryID', '单据编号', '采购日期', '供应商', '物料编码', '物料名称', '规格型号', '采购单位', '采购数量',
            '单价', '含税单价', '价税合计', '交货日期', '收料组织']
    sh.widths = {i + 1: 12 for i in range(len(hdr_))}
    sh.row(1, 1, hdr_, bold=True)
    for i, (s, n, sp, u, q, p, g) in enumerate(rows):
        r = 2 + i
        sh.row(r, 1, [100231, 100231 * 10 + i + 1, 'CGDD012877' if i == 0 else None,
                      datetime.datetime(2026, 12, 1) if i == 0 else None,
                      '杭州恒达包装材料有限公司' if i == 0 else None, s, n, sp, u, q, D(p), D(g), D(g) * q,
                      datetime.datetime(2026, 12, 10), '宁波晶科光电有限公司'])
        sh.numfmt[(r, 4)] = 'yyyy-mm-dd'
        sh.numfmt[(r, 14)] = 'yyyy-mm-dd'
    data = hide_columns(corpus_docs.xlsx_bytes([sh], creator='Kingdee'), [1, 2])
    body = ('Hi，\n\n金蝶云星空导出的采购订单 CGDD012877，请查收并回签。\n收货：宁波市鄞州区启明路818号 晶科光电 '
            '2号门仓库，收货人 包丽 0574-8820 6618。\n\n包丽\n宁波晶科光电有限公司\n')
    eml = with_attachments(hdr(addr('包丽', 'baoli@jingke-opto.com'), '采购订单CGDD012877',
                               'Tue, 1 Dec 2026 13:05:49 +0800', 'AM0PR07MB6211C0FFEE00112233@jingke-opto.com',
                               'X-Mailer: Microsoft Outlook 16.0'), body, 'utf-8', 'base64',
                           [attachment(XLSX, data, '采购订单_CGDD012877.xlsx', name_style='rfc2231')],
                           '_004_AM0PR07MB6211C0FFEE00112233_')
    return eml, truth('hand-xlsx-kingdee-cloud-hidden-cols', 'xlsx', 'utf-8',
                      'Kingdee Cloud (金蝶云星空) list export: one header row, hidden helper columns FID / FEntryID '
                      '(internal ids, hidden="1"), bill number, date and supplier only on the first row, 4-decimal '
                      'net and tax-inclusive prices (价税合计 uses 含税单价), per-line 交货日期; no total row. The '
                      'ship-to is in the mail text. No currency stated.',
                      [{'external_id': 'CGDD012877', 'customer': {'name': '宁波晶科光电有限公司'},
                        'ship_to': {'name': '包丽', 'phone': '0574-8820 6618',
                                    'address': '宁波市鄞州区启明路818号 晶科光电 2号门仓库'},
                        'placed_at': '2026-12-01', 'lines': lines}])


@mail
def h112_xls_chanjet_tplus():
    rows = [('0301002', '瓦楞纸箱', '52*36*32 K=K', '个', 1200, '5.60'),
            ('0301007', '刀卡', '50*34', '片', 2400, '0.45'),
            ('0305001', '打包带', 'PET 16mm', '卷', 12, '118.00')]
    lines = [ln(s, n, q, p) for s, n, sp, u, q, p in rows]
    total = '9216.00'
    check(lines, total)
    sh = Sheet('进货订单')
    sh.widths = {1: 10, 2: 12, 3: 14, 4: 8, 5: 10, 6: 10, 7: 12}
    sh.set(1, 1, '进货订单', size=16)
    sh.merge(1, 1, 1, 7)
    sh.set(2, 1, '单据日期：2026-12-02')
    sh.set(2, 4, '单据编号：PO-2026-12-0005')
    sh.set(3, 1, '供应商：杭州恒达包装材料有限公司')
    sh.set(3, 4, '部门：采购部    业务员：吕强')
    sh.row(5, 1, ['存货编码', '存货名称', '规格型号', '单位', '数量', '含税单价', '含税金额'], border=True)
    for i, (s, n, sp, u, q, p) in enumerate(rows):
        sh.row(6 + i, 1, [s, n, sp, u, q, D(p), D(p) * q], border=True)
        sh.numfmt[(6 + i, 6)] = '0.00'
        sh.numfmt[(6 + i, 7)] = '#,##0.00'
    sh.row(9, 1, ['合计', '', '', '', 3612, '', D(total)], border=True)
    sh.numfmt[(9, 7)] = '#,##0.00'
    sh.set(11, 1, '收货地址：江苏省常州市武进区湖塘镇长虹路66号 常州福莱家具厂 吕强 13813588021')
    sh.set(12, 1, '制单人：吕强')
    sh.set(12, 4, '审核人：')
    data = corpus_docs.xls_bytes([sh])
    body = '您好：\n附件是T+导出的进货订单，请安排发货。\n\n常州福莱家具有限公司\n吕强\n'
    eml = with_attachments(hdr(addr('吕强', 'lvqiang@fulai-furniture.cn', 'gb2312'), '进货订单PO-2026-12-0005',
                               'Wed, 2 Dec 2026 09:01:22 +0800', '5A3C1E9F.2B8D@fulai-furniture.cn',
                               'X-Mailer: Foxmail 7.2.25.228[cn]', 'gb2312'), body, 'gb2312', 'base64',
                           [attachment(XLS, data, '进货订单.xls',
                                       name_style='gb2312')], '----=_001_NextPart557812330961_=----')
    return eml, truth('hand-xls-chanjet-tplus', 'xls', 'gb2312',
                      'Chanjet T+ (畅捷通) 进货订单 saved as .xls: label and value in one text cell ("单据编号：..."), '
                      'numeric-looking 存货编码 stored as text (0301002, leading zero), 含税单价 / 含税金额 numbers, '
                      'a 合计 row with the quantity sum, address and contact in one cell below. No currency.',
                      [{'external_id': 'PO-2026-12-0005', 'customer': {'name': '常州福莱家具有限公司'},
                        'ship_to': {'name': '吕强', 'phone': '13813588021',
                                    'address': '江苏省常州市武进区湖塘镇长虹路66号 常州福莱家具厂'},
                        'placed_at': '2026-12-02', 'total': total, 'lines': lines}])


@mail
def h113_xlsx_wps_boxes_of_24():
    rows = [('HD-MC-0300', '一次性纸杯 300ml', 40, 50, '0.12'),
            ('HD-MC-0301', '杯盖 300ml 配套', 40, 50, '0.05'),
            ('HD-XG-0200', '吸管 单支包装', 20, 100, '0.03')]
    lines = [ln(s, n, bx * per, p) for s, n, bx, per, p in rows]
    total = '400.00'
    check(lines, total)
    sh = Sheet('Sheet1')
    sh.widths = {1: 14, 2: 22, 3: 8, 4: 10, 5: 10, 6: 12, 7: 12}
    sh.set(1, 1, '蜜果奶茶 订货单', bold=True, size=16, center=True)
    sh.merge(1, 1, 1, 7)
    sh.set(2, 1, '单号：MG-1203')
    sh.set(2, 5, '日期：12月3日')
    sh.row(3, 1, ['编码', '品名', '箱数', '每箱(个)', '总数(个)', '单价(元/个)', '金额'], bold=True, border=True)
    for i, (s, n, bx, per, p) in enumerate(rows):
        r = 4 + i
        sh.row(r, 1, [s, n, bx, per], border=True)
        sh.set(r, 5, ('=C%d*D%d' % (r, r), bx * per), border=True)
        sh.set(r, 6, D(p), border=True, fmt='0.00')
        sh.set(r, 7, ('=E%d*F%d' % (r, r), D(p) * bx * per), border=True, fmt='0.00')
    sh.set(7, 6, '合计', border=True)
    sh.set(7, 7, ('=SUM(G4:G6)', D(total)), border=True, fmt='0.00')
    sh.set(9, 1, '送到：长沙市岳麓区麓山南路 蜜果奶茶 师大店  电话 17673108826 小周')
    data = corpus_docs.xlsx_bytes([sh], creator='WPS Office')
    body = '老板好 单子在附件\n\n小周\n发自WPS Office手机版\n'
    eml = with_attachments(hdr(addr('周琪', 'miguo_zq@163.com', 'gbk'), '订货单', 'Thu, 3 Dec 2026 22:18:40 +0800',
                               '1dbf4c2a.3c1.18f38e7aa41.Coremail.miguo_zq@163.com',
                               'X-Mailer: Coremail Webmail Server Version XT5.0.14', 'gbk'), body, 'gbk', 'base64',
                           [attachment(XLSX, data, '订货单.xlsx', name_style='gbk')], '----=_Part_33012_1877120.1733235520')
    return eml, truth('hand-xlsx-wps-boxes-of-n', 'xlsx', 'gbk',
                      'A milk-tea shop\'s WPS-made .xlsx: 箱数 and 每箱(个) columns, a formula 总数(个) column and a '
                      'price per piece; the clerk keys the piece count (40 x 50 = 2000) at the per-piece price. '
                      'Date "12月3日" without a year (the mail is from December 2026): 2026-12-03. Mail body says '
                      'only "单子在附件".',
                      [{'external_id': 'MG-1203', 'customer': {'name': '蜜果奶茶'},
                        'ship_to': {'name': '小周', 'phone': '17673108826', 'address': '长沙市岳麓区麓山南路 蜜果奶茶 师大店'},
                        'placed_at': '2026-12-03', 'currency': 'CNY', 'total': total, 'lines': lines}])


@mail
def h114_xls_douzone_en_usd():
    rows = [('HD-AL-3040', 'Aluminium foil bag 30x40 stand-up', 'PCS', 12000, '0.145'),
            ('HD-AL-2030', 'Aluminium foil bag 20x30 stand-up', 'PCS', 15000, '0.098'),
            ('HD-VV-0012', 'Degassing valve 12mm', 'PCS', 25000, '0.021')]
    lines = [ln(s, n, q, p) for s, n, u, q, p in rows]
    for l, r in zip(lines, rows):
        l['unit_price'] = r[4]
    total = '3735.00'
    check(lines, total)
    sh = Sheet('PO')
    sh.widths = {1: 6, 2: 14, 3: 34, 4: 6, 5: 10, 6: 10, 7: 12}
    sh.set(1, 1, 'PURCHASE ORDER', size=16)
    sh.merge(1, 1, 1, 7)
    meta = [('PO No.', 'HBC2612-0031'), ('PO Date', datetime.date(2026, 12, 2)), ('Supplier', 'HANGZHOU HENGDA PACKAGING'),
            ('Buyer', 'Hanbit Coffee Co., Ltd.'), ('Currency', 'USD'), ('Incoterms', 'FOB Shanghai')]
    for i, (a, b) in enumerate(meta):
        sh.set(3 + i, 1, a)
        sh.set(3 + i, 3, b)
    sh.row(10, 1, ['No', 'Item Code', 'Description', 'Unit', 'Q\'ty', 'U/Price', 'Amount'], border=True)
    for i, (s, n, u, q, p) in enumerate(rows):
        sh.row(11 + i, 1, [i + 1, s, n, u, q, D(p), D(p) * q], border=True)
        sh.numfmt[(11 + i, 6)] = '0.0000'
        sh.numfmt[(11 + i, 7)] = '#,##0.00'
    sh.row(14, 1, ['', 'TOTAL', '', '', 52000, '', D(total)], border=True)
    sh.numfmt[(14, 7)] = '#,##0.00'
    sh.set(16, 1, 'Ship to: Hanbit Coffee Co., Ltd. Icheon Roastery, 77 Hoean-daero, Icheon-si, Gyeonggi-do, Korea')
    sh.set(17, 1, 'Contact: Lee Soo-min +82-31-645-2210')
    data = corpus_docs.xls_bytes([sh])
    body = ('Dear Sir,\n\nAttached please find our PO HBC2612-0031.\nPlease send PI for payment.\n\nThank you.\n'
            'Lee Soo-min / Hanbit Coffee Co., Ltd.\n')
    eml = with_attachments(hdr('"Lee Soo-min" <smlee@hanbitcoffee.co.kr>', 'PO HBC2612-0031',
                               'Wed, 2 Dec 2026 11:20:05 +0900', '20261202112005.7F3A@hanbitcoffee.co.kr',
                               'X-Mailer: Douzone iCUBE Mail'), body, 'utf-8', 'base64',
                           [attachment(XLS, data, 'PO_HBC2612-0031.xls')], '=_douzone_7f3a1b2c9d')
    return eml, truth('hand-xls-douzone-en-usd', 'xls', 'utf-8',
                      'A Korean coffee roaster\'s ERP (Douzone) .xls in English: label cells two columns apart (PO '
                      'No. in A, value in C), a date cell, Currency USD as a label, 4-decimal price format on '
                      '3-decimal prices, a TOTAL row with the quantity sum in the Q\'ty column.',
                      [{'external_id': 'HBC2612-0031', 'customer': {'name': 'Hanbit Coffee Co., Ltd.'},
                        'ship_to': {'name': 'Lee Soo-min', 'phone': '+82-31-645-2210',
                                    'address': 'Hanbit Coffee Co., Ltd. Icheon Roastery, 77 Hoean-daero, Icheon-si, Gyeonggi-do, Korea'},
                        'placed_at': '2026-12-02', 'currency': 'USD', 'total': total, 'lines': lines}])


@mail
def h115_xlsx_netsuite_aud():
    rows = [('HD-CM-0250', 'Compostable mailer 250x330', 8000, '0.31'),
            ('HD-CM-0350', 'Compostable mailer 350x480', 4000, '0.52'),
            ('HD-HT-0050', 'Paper tape 50mm x 50m', 300, '2.90')]
    lines = [ln(s, n, q, p) for s, n, q, p in rows]
    total = '5430.00'
    check(lines, total)
    sh = Sheet('PurchaseOrder')
    cols = ['Internal ID', 'Document Number', 'Date', 'Vendor', 'Currency', 'Item', 'Description', 'Quantity',
            'Rate', 'Amount', 'Expected Receipt Date', 'Ship To', 'Memo']
    sh.widths = {i + 1: 14 for i in range(len(cols))}
    sh.row(1, 1, cols, bold=True)
    for i, (s, n, q, p) in enumerate(rows):
        r = 2 + i
        sh.row(r, 1, [88412, 'PO10457', datetime.datetime(2026, 12, 3), 'Hangzhou Hengda Packaging Materials',
                      'Australian Dollar', s, n, q, D(p), D(p) * q, datetime.datetime(2027, 1, 15),
                      'GreenPost Pty Ltd, 14 Export Dr, Brooklyn VIC 3012, Australia', 'Attn Mia Chen 03 9314 7700'])
        sh.numfmt[(r, 3)] = 'd/m/yyyy'
        sh.numfmt[(r, 11)] = 'd/m/yyyy'
    data = corpus_docs.xlsx_bytes([sh], creator='NetSuite')
    body = ('Hi team,\n\nPO10457 attached (NetSuite export). Please confirm pricing and ship date.\n\nCheers,\nMia Chen\n'
            'Procurement | GreenPost Pty Ltd\n')
    eml = with_attachments(hdr('Mia Chen <mia.chen@greenpost.com.au>', 'Purchase Order PO10457 from GreenPost Pty Ltd',
                               'Thu, 3 Dec 2026 14:12:00 +1100', 'SY4PR01MB6020A1B2C3D4E5F6@SY4PR01MB6020.ausprd01.prod.outlook.com',
                               'X-Mailer: Microsoft Outlook 16.0'), body, 'utf-8', 'quoted-printable',
                           [attachment(XLSX, data, 'PurchaseOrder_PO10457.xlsx')], '_002_SY4PR01MB6020A1B2C3D4E5F6_')
    return eml, truth('hand-xlsx-netsuite-aud', 'xlsx', 'utf-8',
                      'Australian NetSuite saved-search export: header fields repeated on every row (Document '
                      'Number, Date as d/m/yyyy date cell, Vendor, Currency "Australian Dollar" spelled out), Item / '
                      'Description / Quantity / Rate / Amount, an Expected Receipt Date per line, the ship-to in one '
                      'cell and "Attn Mia Chen 03 9314 7700" in Memo. No total row.',
                      [{'external_id': 'PO10457', 'customer': {'name': 'GreenPost Pty Ltd'},
                        'ship_to': {'name': 'Mia Chen', 'phone': '03 9314 7700',
                                    'address': 'GreenPost Pty Ltd, 14 Export Dr, Brooklyn VIC 3012, Australia'},
                        'placed_at': '2026-12-03', 'currency': 'AUD', 'lines': lines}])


# ============================================================ PDF
@mail
def h116_pdf_landscape_en():
    from reportlab.lib.pagesizes import A4, landscape
    rows = [('10', 'HD-DB-4030', 'Display box 40x30x20, CMYK print', 'PCS', '1,500', '1.280', '1,920.00', '2026-12-28'),
            ('20', 'HD-DB-6040', 'Display box 60x40x25, CMYK print', 'PCS', '800', '2.150', '1,720.00', '2026-12-28'),
            ('30', 'HD-IN-0001', 'Cardboard insert for 40x30', 'PCS', '1,500', '0.240', '360.00', '2027-01-05'),
            ('40', 'HD-PL-1200', 'Plastic pallet wrap 500mm', 'ROLL', '30', '21.000', '630.00', '2027-01-05')]
    lines = [ln(r[1], r[2], int(r[4].replace(',', '')), r[5], r[6].replace(',', '')) for r in rows]
    for l, r in zip(lines, rows):
        l['unit_price'] = r[5]
    total = '4630.00'
    check(lines, total)

    def build(c, fn, ps):
        w, h = ps
        c.setFont(fn, 16)
        c.drawString(40, h - 50, 'PURCHASE ORDER')
        c.setFont(fn, 9)
        for i, t in enumerate(['PO Number: MX-PO-002318', 'PO Date: 2026-12-01', 'Revision: 0', 'Currency: USD']):
            c.drawString(w - 220, h - 45 - 13 * i, t)
        c.drawString(40, h - 80, 'Buyer: Monterrey Exhibit Solutions S.A. de C.V.')
        c.drawString(40, h - 93, 'Ship to: Av. Constitucion 2050 Pte, Col. Obispado, 64060 Monterrey, N.L., Mexico')
        c.drawString(40, h - 106, 'Attn: Andrea Salinas, +52 81 8333 4420')
        t = [['Line', 'Item', 'Description', 'UoM', 'Qty', 'Unit Price', 'Ext. Price', 'Need Date']] + [list(r) for r in rows]
        t.append(['', '', '', '', '', 'Total USD', '4,630.00', ''])
        corpus_docs.draw_grid_table(c, fn, 40, h - 125, [35, 75, 220, 40, 50, 70, 80, 80], t,
                                    align=['c', 'l', 'l', 'c', 'r', 'r', 'r', 'c'])
    data = corpus_docs.pdf_bytes(build, 'MX-PO-002318', 'asalinas', pagesize=landscape(A4))
    body = 'Hello Vivian,\n\nPlease find attached PO MX-PO-002318.\n\nSaludos,\nAndrea Salinas\nCompras\n'
    eml = with_attachments(hdr('Andrea Salinas <asalinas@mtyexhibit.com.mx>', 'PO MX-PO-002318',
                               'Tue, 1 Dec 2026 10:44:10 -0600', 'CAFx7=Nq2p0Lk9@mail.gmail.com'), body, 'utf-8',
                           'quoted-printable', [attachment('application/pdf', data, 'MX-PO-002318.pdf')],
                           '0000000000007c3b2a05f1b2c3d4')
    return eml, truth('hand-pdf-landscape-en', 'pdf', 'utf-8',
                      'A Mexican exhibit company\'s PO on a landscape A4 page (842 x 595), the header block at the '
                      'top right, '
                      'lines 10/20/30/40, 3-decimal prices, a Need Date column, "Total USD" row.',
                      [{'external_id': 'MX-PO-002318', 'customer': {'name': 'Monterrey Exhibit Solutions S.A. de C.V.'},
                        'ship_to': {'name': 'Andrea Salinas', 'phone': '+52 81 8333 4420',
                                    'address': 'Av. Constitucion 2050 Pte, Col. Obispado, 64060 Monterrey, N.L., Mexico'},
                        'placed_at': '2026-12-01', 'currency': 'USD', 'total': total, 'lines': lines}])


@mail
def h117_pdf_cn_table_split_no_repeat_header():
    items = [('HD-SP-%04d' % (110 + i), n, u, q, p) for i, (n, u, q, p) in enumerate([
        ('食品级PE袋 20*30', '包', 60, '18.00'), ('食品级PE袋 25*35', '包', 60, '24.00'),
        ('铝箔餐盒 450ml', '箱', 20, '96.00'), ('铝箔餐盒 650ml', '箱', 20, '118.00'),
        ('牛皮纸碗 750ml', '箱', 15, '132.00'), ('纸碗盖 750ml', '箱', 15, '58.00'),
        ('一次性筷子 独立装', '箱', 30, '45.00'), ('汤勺 独立装', '箱', 20, '38.00'),
        ('保鲜膜 30cm*300m', '卷', 40, '26.00'), ('锡纸 30cm*10m', '卷', 50, '9.50'),
        ('手套 PE 一次性', '箱', 10, '55.00'), ('吸油纸 25*25', '包', 100, '7.80'),
        ('外卖袋 单杯', '包', 80, '12.00'), ('外卖袋 双杯', '包', 80, '15.00'),
        ('封口膜 奶茶杯', '卷', 12, '88.00'), ('杯套 牛皮纸', '箱', 6, '160.00'),
        ('标签纸 50*30 热敏', '卷', 60, '6.50'), ('垃圾袋 90*100 加厚', '包', 40, '16.00')])]
    lines = [ln(s, n, q, p) for s, n, u, q, p in items]
    total = m2(sum(D(l['total']) for l in lines))

    def build(c, fn, ps):
        w, h = ps
        c.setFont(fn, 15)
        c.drawCentredString(w / 2, h - 60, '味稻餐饮（武汉）有限公司  物料采购单')
        c.setFont(fn, 9.5)
        c.drawString(50, h - 85, '单号：WD-WL-20261203')
        c.drawString(230, h - 85, '日期：2026-12-03')
        c.drawString(380, h - 85, '供应商：杭州恒达包装材料有限公司')
        head = ['序号', '编码', '品名规格', '单位', '数量', '单价(元)', '金额(元)']
        cw = [30, 75, 170, 35, 45, 60, 75]
        al = ['c', 'l', 'l', 'c', 'r', 'r', 'r']
        rows = [[str(i + 1), s, n, u, str(q), p, m2(D(p) * q)] for i, (s, n, u, q, p) in enumerate(items)]
        corpus_docs.draw_grid_table(c, fn, 50, h - 100, cw, [head] + rows[:13], size=9, align=al)
        c.drawCentredString(w / 2, 40, '第 1 页 / 共 2 页')
        c.showPage()
        c.setFont(fn, 9.5)
        # page 2: the table goes on without its header row
        y = corpus_docs.draw_grid_table(c, fn, 50, h - 60, cw, [['', '', '', '', '', '', '']] + rows[13:] +
                                        [['', '合计', '', '', '', '', '{:,.2f}'.format(D(total))]], size=9, align=al)
        c.drawString(50, y - 25, '收货地址：湖北省武汉市洪山区光谷大道77号 金融港B5栋1楼 味稻中央厨房')
        c.drawString(50, y - 42, '收货人：肖雨  电话：027-8766 5093')
        c.drawString(50, y - 70, '采购：肖雨        审批：程总')
        c.drawCentredString(w / 2, 40, '第 2 页 / 共 2 页')
    data = corpus_docs.pdf_bytes(build, '物料采购单 WD-WL-20261203', 'xiaoyu')
    body = '恒达包装您好：\n\n附件是12月物料采购单（PDF两页），请备货。\n\n肖雨\n味稻餐饮（武汉）有限公司\n'
    eml = with_attachments(hdr(addr('肖雨', 'xiaoyu@weidao-food.cn', 'gbk'), '物料采购单 WD-WL-20261203',
                               'Thu, 3 Dec 2026 17:30:02 +0800', '20261203173002.51882@weidao-food.cn',
                               'X-Mailer: Foxmail 7.2.25.228[cn]', 'gbk'), body, 'gbk', 'base64',
                           [attachment('application/pdf', data, '物料采购单WD-WL-20261203.pdf', name_style='gbk')],
                           '----=_001_NextPart771123094123_=----')
    return eml, truth('hand-pdf-cn-table-split-no-repeat-header', 'pdf', 'gbk',
                      'A restaurant group\'s 18-line PDF whose ruled table breaks after line 13 and goes on on page 2 '
                      'WITHOUT repeating the header (an empty first ruled row instead), 合计 and ship-to on page 2, '
                      'page footers "第 1 页 / 共 2 页". Units 包/箱/卷.',
                      [{'external_id': 'WD-WL-20261203', 'customer': {'name': '味稻餐饮（武汉）有限公司'},
                        'ship_to': {'name': '肖雨', 'phone': '027-8766 5093',
                                    'address': '湖北省武汉市洪山区光谷大道77号 金融港B5栋1楼 味稻中央厨房'},
                        'placed_at': '2026-12-03', 'currency': 'CNY', 'total': total, 'lines': lines}])


@mail
def h118_pdf_en_uk_gbp_boxes():
    rows = [('HD-JB-0030', 'Jewellery box 8x8x3cm, black card, foam insert', 2000, '0.38'),
            ('HD-JB-0031', 'Jewellery box 16x4x2cm, black card', 1000, '0.42'),
            ('HD-OB-0010', 'Organza bag 10x12cm, ivory', 3000, '0.06')]
    lines = [ln(s, n, q, p) for s, n, q, p in rows]
    sub = sum(D(l['total']) for l in lines)
    total = m2(sub + D('45.00'))

    def build(c, fn, ps):
        w, h = ps
        c.setFillColorRGB(0.15, 0.2, 0.35)
        c.rect(40, h - 90, w - 80, 50, stroke=0, fill=1)
        c.setFillColorRGB(1, 1, 1)
        c.setFont(fn, 18)
        c.drawString(55, h - 72, 'Purchase Order')
        c.setFont(fn, 10)
        c.drawRightString(w - 55, h - 60, 'No. LWJ-PO-0772')
        c.drawRightString(w - 55, h - 75, 'Date 2 Dec 2026')
        c.setFillColorRGB(0, 0, 0)
        c.setFont(fn, 9)
        y = h - 115
        for a, b in (('Vendor', 'Hangzhou Hengda Packaging Materials Co., Ltd.'), ('Buyer', 'Little Wren Jewellery Ltd'),
                     ('Deliver to', 'Little Wren Jewellery Ltd, Unit 4 Mill Yard, Hebden Bridge, HX7 8AD, United Kingdom'),
                     ('Contact', 'Olivia Hart  +44 1422 845 310')):
            c.drawString(50, y, a)
            c.drawString(130, y, b)
            y -= 14
        t = [['Code', 'Description', 'Qty', 'Unit (GBP)', 'Total (GBP)']] + [
            [s, n, '{:,}'.format(q), p, '{:,.2f}'.format(D(p) * q)] for s, n, q, p in rows] + [
            ['', 'Subtotal', '', '', '{:,.2f}'.format(sub)], ['', 'Carriage', '', '', '45.00'],
            ['', 'Order total', '', '', '{:,.2f}'.format(D(total))]]
        corpus_docs.draw_grid_table(c, fn, 50, y - 10, [75, 240, 50, 60, 70], t, size=9,
                                    align=['l', 'l', 'r', 'r', 'r'])
    data = corpus_docs.pdf_bytes(build, 'LWJ-PO-0772', 'Olivia Hart')
    body = 'Hi Vivian,\n\nPO attached - thank you!\n\nOlivia\n\nSent from Outlook for iOS\n'
    eml = with_attachments(hdr('Olivia Hart <olivia@littlewren.co.uk>', 'PO LWJ-PO-0772',
                               'Wed, 2 Dec 2026 08:05:13 +0000', 'LO2P265MB4410B1C2D3E4F5A6@LO2P265MB4410.GBRP265.PROD.OUTLOOK.COM'),
                           body, 'us-ascii', '7bit', [attachment('application/pdf', data, 'LWJ-PO-0772.pdf')],
                           '_000_LO2P265MB4410B1C2D3E4F5A6_')
    return eml, truth('hand-pdf-en-uk-gbp-banner', 'pdf', 'us-ascii',
                      'A UK jewellery maker\'s PDF with a dark banner holding the title, number and date in white '
                      '("No. LWJ-PO-0772", "Date 2 Dec 2026"), label/value lines without colons, GBP only in the '
                      'column headers, Subtotal / Carriage / Order total rows inside the table.',
                      [{'external_id': 'LWJ-PO-0772', 'customer': {'name': 'Little Wren Jewellery Ltd'},
                        'ship_to': {'name': 'Olivia Hart', 'phone': '+44 1422 845 310',
                                    'address': 'Little Wren Jewellery Ltd, Unit 4 Mill Yard, Hebden Bridge, HX7 8AD, United Kingdom'},
                        'placed_at': '2026-12-02', 'currency': 'GBP', 'total': total, 'lines': lines}])


@mail
def h119_pdf_cn_wps_v2_tax_columns():
    rows = [('HD-GH-0101', '干燥剂 5g 硅胶', '包', 40, '88.50', '100.00'),
            ('HD-ZK-0304', '真空袋 30*40 尼龙', '个', 6000, '0.31', '0.35'),
            ('HD-ZK-0406', '真空袋 40*60 尼龙', '个', 4000, '0.53', '0.60')]
    lines = [ln(s, n, q, g) for s, n, u, q, p, g in rows]
    total = '8500.00'
    check(lines, total)

    def build(c, fn, ps):
        w, h = ps
        c.setFont(fn, 16)
        c.drawCentredString(w / 2, h - 60, '采购订单（第二版）')
        c.setFont(fn, 9.5)
        c.drawString(50, h - 88, '订单编号：ZX-2611-088-V2（替代11月28日ZX-2611-088）')
        c.drawString(50, h - 103, '下单日期：2026年12月1日')
        c.drawString(50, h - 118, '采购方：福建正祥食品有限公司')
        t = [['编码', '名称规格', '单位', '数量', '不含税单价', '含税单价', '含税金额']] + [
            [s, n, u, str(q), p, g, m2(D(g) * q)] for s, n, u, q, p, g in rows] + [
            ['', '合计（含税13%）', '', '', '', '', '8,500.00']]
        y = corpus_docs.draw_grid_table(c, fn, 50, h - 130, [70, 140, 35, 50, 65, 60, 75], t, size=9,
                                        align=['l', 'l', 'c', 'r', 'r', 'r', 'r'])
        c.drawString(50, y - 22, '说明：数量较第一版调整（真空袋30*40由5000改为6000），其余不变。')
        c.drawString(50, y - 40, '交货地址：福建省晋江市池店镇食品工业园正祥路1号  收货人：施丽娟 0595-8568 3309')
    data = corpus_docs.pdf_bytes(build, 'ZX-2611-088-V2', 'WPS')
    body = '恒达：\n订单更新为第二版，以附件为准，第一版作废。\n\n施丽娟\n福建正祥食品有限公司\n'
    eml = with_attachments(hdr(addr('施丽娟', 'shilj@zhengxiang-food.com'), '【更新】采购订单 ZX-2611-088-V2',
                               'Tue, 1 Dec 2026 15:50:27 +0800', 'wps-20261201155027-3318@zhengxiang-food.com',
                               'X-Mailer: WPS Mail'), body, 'utf-8', 'base64',
                           [attachment('application/pdf', data, 'ZX-2611-088-V2.pdf')], '----=_Part_8812_33019.1733039427')
    return eml, truth('hand-pdf-cn-wps-v2-tax-columns', 'pdf', 'utf-8',
                      'A WPS-made PDF 第二版 replacing an earlier PO ("第一版作废"): number ZX-2611-088-V2, 不含税单价 '
                      'and 含税单价 columns (the amount uses the tax-inclusive one). The clerk keys V2 and must void '
                      'the first version rather than add a second order: hold for that check.',
                      [{'external_id': 'ZX-2611-088-V2', 'customer': {'name': '福建正祥食品有限公司'},
                        'ship_to': {'name': '施丽娟', 'phone': '0595-8568 3309',
                                    'address': '福建省晋江市池店镇食品工业园正祥路1号'},
                        'placed_at': '2026-12-01', 'total': total, 'lines': lines}])


# ============================================================ CSV
@mail
def h120_csv_utf16_tab_unicode_text():
    rows = [('HD-YF-0001', '衣服包装袋 35*45 磨砂自粘', 10000, '0.16'),
            ('HD-YF-0002', '衣服包装袋 40*55 磨砂自粘', 8000, '0.21'),
            ('HD-DP-0009', '吊牌 5*9cm 350g铜版纸', 20000, '0.05'),
            ('HD-DP-0010', '吊粒 12cm 透明', 20000, '0.008')]
    lines = [ln(s, n, q, p) for s, n, q, p in rows]
    for l, r in zip(lines, rows):
        l['unit_price'] = r[3]
    total = '4440.00'
    check(lines, total)
    tab = [['订单号', '下单日期', '商品编码', '商品名称', '数量', '单价', '金额', '收货人', '电话', '地址']]
    for s, n, q, p in rows:
        tab.append(['SX-20261202-01', '2026/12/2', s, n, str(q), p, m2(D(p) * q), '许晴', '13705718842',
                    '杭州市余杭区临平街道星光街97号 尚熙服饰仓'])
    data = b'\xff\xfe' + corpus_docs.csv_text(tab, delim='\t').encode('utf-16-le')
    body = '您好，订单导出在附件（表格），请安排。\n\n许晴\n杭州尚熙服饰有限公司\n'
    eml = with_attachments(hdr(addr('许晴', 'xuqing@shangxi-fs.com'), '订单 SX-20261202-01', 'Wed, 2 Dec 2026 11:11:11 +0800',
                               '001a01db4460$7d2e1c90$7789a5b0$@shangxi-fs.com', 'X-Mailer: Microsoft Outlook 16.0'),
                           body, 'utf-8', 'base64', [attachment('text/csv', data, 'SX-20261202-01.csv')],
                           '----=_NextPart_000_001B_01DB4460.7D2E1C90')
    return eml, truth('hand-csv-utf16-tab-unicode-text', 'csv', 'utf-16',
                      'A clothing shop\'s ".csv" that is really Excel "Unicode text": UTF-16LE with a BOM, '
                      'tab-separated, one row per line with the order fields repeated, a 3-decimal price '
                      '(0.008). No currency. Date 2026/12/2.',
                      [{'external_id': 'SX-20261202-01', 'customer': {'name': '杭州尚熙服饰有限公司'},
                        'ship_to': {'name': '许晴', 'phone': '13705718842',
                                    'address': '杭州市余杭区临平街道星光街97号 尚熙服饰仓'},
                        'placed_at': '2026-12-02', 'lines': lines}])


@mail
def h121_csv_stocky_two_pos():
    po1 = [('HD-CN-0812', 'Candle tin 8oz', 'Gold', 1200, '0.74'),
           ('HD-CN-0812', 'Candle tin 8oz', 'Black', 1200, '0.74'),
           ('HD-CL-0008', 'Lid for 8oz tin', '', 2400, '0.12')]
    po2 = [('HD-BX-0416', 'Gift box 4x4x6in', 'Kraft', 600, '0.95'),
           ('HD-SH-0010', 'Shred paper 1kg', 'Natural', 50, '3.40')]
    tab = [['PO Number', 'Supplier', 'Ordered At', 'Expected At', 'SKU', 'Product', 'Variant', 'Quantity',
            'Cost Price', 'Line Total', 'Currency']]
    for po, rows, d in (('#PO-1088', po1, '2026-12-03 09:14'), ('#PO-1089', po2, '2026-12-03 09:20')):
        for s, n, v, q, p in rows:
            tab.append([po, 'Hengda Packaging', d, '2027-01-12', s, n, v, str(q), p, m2(D(p) * q), 'NZD'])
    data = corpus_docs.csv_text(tab).encode('utf-8')
    body = ('Hi Vivian,\n\nTwo POs exported from Stocky attached (one file). Ship both together to:\nWick & Wax Ltd, '
            '12 Kaiwharawhara Rd, Wellington 6035, New Zealand\nAttn Hannah Roe, +64 4 499 2081\n\nThanks!\nHannah\n'
            'Wick & Wax Ltd\n')
    eml = with_attachments(hdr('Hannah Roe <hannah@wickandwax.co.nz>', 'POs 1088 + 1089', 'Thu, 3 Dec 2026 09:31:40 +1300',
                               'CAOx9r=T2bLm7@mail.gmail.com'), body, 'UTF-8', 'quoted-printable',
                           [attachment('text/csv', data, 'purchase_orders_export.csv')], '000000000000f1e2d3c405f1c9b8a7')
    l1 = [ln(s, n + (' ' + v if v else ''), q, p) for s, n, v, q, p in po1]
    l2 = [ln(s, n + ' ' + v, q, p) for s, n, v, q, p in po2]
    for l in l1 + l2:
        l.pop('title')
    ship = {'name': 'Hannah Roe', 'phone': '+64 4 499 2081',
            'address': 'Wick & Wax Ltd, 12 Kaiwharawhara Rd, Wellington 6035, New Zealand'}
    return eml, truth('hand-csv-stocky-two-pos', 'csv', 'utf-8',
                      'A New Zealand candle maker\'s Shopify Stocky export: two POs (#PO-1088, #PO-1089) in one CSV, '
                      'one row per line with Product and Variant in separate columns (the same SKU twice in two '
                      'colours), a Currency column NZD, ordered-at with a time, an Expected At date. Two orders; '
                      'the ship-to is in the mail text for both. Titles are not scored (Product + Variant is the '
                      'clerk\'s choice).',
                      [{'external_id': '#PO-1088', 'customer': {'name': 'Wick & Wax Ltd'}, 'ship_to': ship,
                        'placed_at': '2026-12-03', 'currency': 'NZD', 'lines': l1},
                       {'external_id': '#PO-1089', 'customer': {'name': 'Wick & Wax Ltd'}, 'ship_to': ship,
                        'placed_at': '2026-12-03', 'currency': 'NZD', 'lines': l2}])


# ============================================================ not orders
@mail
def h122_non_seller_quotation():
    t = cells_html([['序号', '产品编码', '品名规格', '起订量', '单价（元，含税）', '交期'],
                    ['1', 'HD-KZ-2030', '牛皮纸自封袋 20*30 开窗', '5000个', '0.42', '7天'],
                    ['2', 'HD-KZ-2535', '牛皮纸自封袋 25*35 开窗', '5000个', '0.55', '7天'],
                    ['3', 'HD-KZ-PRNT', '单色印刷版费', '1次', '300.00', '—'],
                    [('5000个起订，含税含运（江浙沪），报价有效期至2026年12月31日', 'colspan="6"')]],
                   ' style="border:1px solid #999;padding:3px"')
    html = ('<div style="font-family:微软雅黑;font-size:14px"><p>周总您好：</p><p>感谢询价，贵司所需牛皮纸袋报价如下：'
            '</p><table style="border-collapse:collapse">%s</table><p>如按 5000 个 20*30 + 5000 个 25*35 + 印刷版费计，'
            '合计 5,150.00 元。确认后请回传盖章采购单，我们即安排打样。</p><p>李薇 Vivian Li<br>销售部<br>杭州恒达包装材料'
            '有限公司<br>电话 0571-8673 2210 手机 138 5716 0932<br>杭州市余杭区仁和街道仁河大道 66 号</p></div>') % t
    eml = message(hdr(addr('李薇', 'vivian@hengda-pack.cn'), '报价单-牛皮纸自封袋（致 禾木茶业）',
                      'Thu, 3 Dec 2026 10:02:31 +0800', 'HD20261203100231.7781@hengda-pack.cn',
                      'X-Mailer: Foxmail 7.2.25.228[cn]', to=addr('周慧', 'zhouhui@hemu-tea.com'),
                      extra=['Cc: orders@hengda-pack.cn']), text(html, 'utf-8', 'base64', 'html'))
    return eml, truth('hand-non-seller-quotation', 'none', 'utf-8',
                      'NOT an order: the seller\'s own quotation (From vivian@hengda-pack.cn, Cc orders@) with '
                      'codes, MOQ quantities, prices, a worked total and "确认后请回传盖章采购单". Nothing to key '
                      'until the customer orders.', [])


@mail
def h123_non_invoice_request_past_order():
    body = """恒达包装 财务/销售：

我司11月订单已全部收货，麻烦开具增值税专用发票：

订单号：YR-CG-2611-037（11月12日下单）
金额：价税合计 ￥18,640.00
明细：珍珠棉 2000米、纸箱 60*40*40 1500个、封箱胶带 300卷（按订单）

开票信息：
名称：苏州元润精密机械有限公司
税号：91320505MA1XYZ1234
地址电话：苏州市高新区珠江路 505 号 0512-6889 1200
开户行及账号：中国工商银行苏州高新支行 1102 0210 0910 0088 123

发票请寄：苏州市高新区珠江路 505 号 财务部 杜静 收 0512-6889 1216

谢谢！
杜静
苏州元润精密机械有限公司 财务部
"""
    eml = single(hdr(addr('杜静', 'dujing@yuanrun-jx.com', 'gb2312'), '开票申请 YR-CG-2611-037',
                     'Fri, 4 Dec 2026 09:20:48 +0800', '202612040920484437120@yuanrun-jx.com',
                     'X-Mailer: Foxmail 7.2.25.228[cn]', 'gb2312'), body, 'gb2312', 'base64')
    return eml, truth('hand-non-invoice-request-past-order', 'none', 'gb2312',
                      'NOT an order: an invoice request for a past, delivered order: the PO number, its total, the '
                      'items with quantities in one sentence, billing data and a mailing address for the invoice.',
                      [])


@mail
def h124_non_remittance_advice():
    body = """REMITTANCE ADVICE

Payer:        Helix Home Goods Inc.
Payee:        HANGZHOU HENGDA PACKAGING MATERIALS CO., LTD.
Payment date: 2026-12-03
Payment ref:  WIRE-20261203-00871
Currency:     USD

Invoice No.     PO No.       Invoice Date   Amount     Discount   Paid
HD26110418      HLX-5402     2026-11-04     4,210.00       0.00   4,210.00
HD26111122      HLX-5433     2026-11-11     2,980.50       0.00   2,980.50
HD26111830      HLX-5480     2026-11-18     2,208.00      44.16   2,163.84
                                            --------              --------
                                            9,398.50              9,354.34

This payment was sent by wire transfer to your account ending 8812.
Please allow 1-2 business days for the funds to arrive.

This is an automated message from the Accounts Payable system. Do not reply.
"""
    eml = single(hdr('Helix Home Goods AP <ap-noreply@helixhome.com>', 'Remittance Advice - WIRE-20261203-00871',
                     'Thu, 3 Dec 2026 18:02:00 -0600', 'remit.00871.20261203@ap.helixhome.com',
                     'X-Mailer: Bill.com Notifications'), body, 'us-ascii', '7bit')
    return eml, truth('hand-non-remittance-advice', 'none', 'us-ascii',
                      'NOT an order: an automatic remittance advice from a customer\'s AP system: a fixed-width '
                      'table of invoice and PO numbers with amounts, an early-payment discount and totals.', [])


@mail
def h125_non_out_of_office_quoting_po():
    body = """您好，我于12月3日至12月9日休假，期间邮件可能无法及时回复。紧急事务请联系 采购部 韩磊 0532-8099 6612。
I am out of office from Dec 3 to Dec 9. For urgent matters please contact Han Lei, 0532-8099 6612.

-----原始邮件-----
发件人: "李薇" <vivian@hengda-pack.cn>
发送时间: 2026-12-04 10:12:05 (星期五)
收件人: "高雪" <gaoxue@haiyun-seafood.com>
抄送: orders@hengda-pack.cn
主题: 回复：采购单 HY-PO-1130

高经理好，订单已收到，预计12月8日发货。

> 采购单号：HY-PO-1130
> 1. 泡沫箱 60*40*30  500个  单价 8.50  金额 4250.00
> 2. 冰袋 400ml       3000个 单价 0.60  金额 1800.00
> 合计：6050.00元
> 收货：青岛市黄岛区前湾港路 66 号 海韵水产冷库 高雪 139 6398 2201
"""
    eml = single(hdr(addr('高雪', 'gaoxue@haiyun-seafood.com', 'gbk'), '自动回复: 回复：采购单 HY-PO-1130',
                     'Fri, 4 Dec 2026 10:12:09 +0800', 'autoreply.5d2e1f.20261204101209@haiyun-seafood.com',
                     'X-Mailer: Coremail', 'gbk', extra=['Auto-Submitted: auto-replied', 'Cc: vivian@hengda-pack.cn']),
                 body, 'gbk', 'base64')
    return eml, truth('hand-non-out-of-office-quoting-po', 'none', 'gbk',
                      'NOT an order: a Coremail out-of-office auto-reply (Auto-Submitted: auto-replied, Subject '
                      '"自动回复: 回复：采购单 ...") that quotes the seller\'s confirmation, which itself quotes the '
                      'complete PO with lines, total and ship-to. That PO was already received.', [])


@mail
def h126_non_sample_request():
    body = """Hi Vivian,

Could you pls send 2 samples of the HD-MB-2030 mailer box (white) and 2 of the
HD-MB-2535, plus 1 roll of the printed tape if you have one? We want to test
them with our new product before placing the order (probably 3,000 pcs each
in January, price as your quote of Nov 20: 0.86 and 1.12).

Courier to: Ella Novak, Bright Nest Home s.r.o., Vinohradska 112, 130 00 Praha 3,
Czech Republic, +420 602 114 887. Our DHL account 958812345.

Thanks,
Ella
"""
    eml = single(hdr('Ella Novak <ella@brightnest.cz>', 'samples pls', 'Thu, 3 Dec 2026 13:40:21 +0100',
                     'e8c1a2b3-4d5e-6f70-8192-a3b4c5d6e7f8@brightnest.cz', 'User-Agent: Microsoft-MacOutlook/16.91'),
                 body, 'utf-8', 'quoted-printable')
    return eml, truth('hand-non-sample-request', 'none', 'utf-8',
                      'NOT an order (decided): a sample request "pls send 2 samples of ..." with SKUs, sample '
                      'counts, an expected future order (3,000 pcs each, prices from the quote) and a courier '
                      'address. Samples go out free on the customer\'s DHL account through sales, not through the '
                      'order book, and the future order is not placed yet: the clerk keys nothing.', [])


# ============================================================ main

if __name__ == '__main__':
    make_hand2.HERE = HERE  # write the mails here
    make_hand2.main(sys.argv[1:], MAILS)
