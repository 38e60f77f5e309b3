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
from make_hand2 import (D, m2, ln, ew, addr, text, attachment, multi, message, png, truth)  # noqa: E402
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


# ============================================================ main

if __name__ == '__main__':
    make_hand2.HERE = HERE  # write the mails here
    make_hand2.main(sys.argv[1:], MAILS)
