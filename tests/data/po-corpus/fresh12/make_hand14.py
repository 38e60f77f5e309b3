#!/usr/bin/python3
"""Hand-written purchase-order mails h487–h526 (the fourteenth untuned set).

Written one by one as customers of 杭州恒达包装材料有限公司 send them,
without reading the extractor and without running orderctl or the score
script on them; each function gives the mail and the truth a careful order
clerk would key in (notes say when the clerk holds it). Where a line has
its specification in its own column or field, the title is name + " " +
spec. Helpers come from ../corpus_hand.py; attachments use
../corpus_docs.py:

    /usr/bin/python3 tests/data/po-corpus/fresh12/make_hand14.py [hNNN ...]
"""
import datetime
import os
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))

import corpus_docs  # noqa: E402
from corpus_hand import (D, m2, attachment, single, with_attachments, cells_html, XLSX, check, XLS, order, amt,  # noqa: E402
                         subtotal, dh, daxie, eu, cols, grid_pdf, Sheet, registry, run, L, spec, per, usd,
                         H, T, html_mail, strip, pdf_mail, sheet_order)

MAILS, mail = registry()


def joined(rows):
    """rows (name, spec, unit, qty, price) without a code: title is name + ' ' + spec."""
    return [L(None, '%s %s' % (n, g), q, p) for n, g, u, q, p in rows]


def dw(s):
    """Display width: CJK and full-width characters take two columns."""
    return sum(2 if unicodedata.east_asian_width(ch) in 'WF' else 1 for ch in str(s))


def boxed(rows, right=()):
    """A table drawn with +---+ and | as people type it in a fixed-width font."""
    n = len(rows[0])
    w = [max(dw(r[i]) for r in rows) for i in range(n)]
    rule = '+' + '+'.join('-' * (x + 2) for x in w) + '+'
    out = [rule]
    for k, r in enumerate(rows):
        cells = []
        for i, v in enumerate(r):
            v = str(v)
            pad = ' ' * (w[i] - dw(v))
            cells.append(' %s ' % ((pad + v) if i in right and k else (v + pad)))
        out.append('|' + '|'.join(cells) + '|')
        if k == 0:
            out.append(rule)
    out.append(rule)
    return '\n'.join(out)


def wcols(rows, widths, right=()):
    """Rows padded by display width (CJK counts two), as a person aligns them with spaces."""
    out = []
    for r in rows:
        s = ''
        for i, (v, w) in enumerate(zip(r, widths)):
            v = str(v)
            pad = ' ' * max(1, w - dw(v))
            s += (pad + v + ' ') if i in right else (v + pad)
        out.append(s.rstrip())
    return '\n'.join(out)


# ============================================================ plain text bodies
@mail
def h487_wuyuan_chrysanthemum_gbk_qp_boxed_table_per_hundred_reams():
    rows = [('皇菊礼盒', '一朵一杯 20朵装 马口铁', '个', 3000, '12.50', None),
            ('独立小袋', '透明 PET 6×8cm', '个', 60000, '8.00', 100),
            ('包装纸', '70g 牛皮 787×1092', '令', 40, '260.00', None),
            ('外箱', '30盒装 五层', '个', 100, '6.80', None)]
    lines = []
    for n, g, u, q, p, k in rows:
        lines.append(L(None, '%s %s' % (n, g), q, per(p, k) if k else p, D(p) * q / (k or 1)))
    total = m2(subtotal(lines))
    check(lines, total)
    tab = boxed([('品名', '规格', '数量', '单价', '金额')] +
                [(n, g, '%s%s' % ('{:,}'.format(q), u), ('%s元/百个' % p) if k else ('%s元/%s' % (p, u)),
                  amt(D(p) * q / (k or 1))) for n, g, u, q, p, k in rows] +
                [('合计', '', '', '', amt(D(total)))], right=(2, 3, 4))
    body = """婺源县江湾皇菊专业合作社
江西省上饶市婺源县 江湾镇 晓起村 皇菊基地   电话 0793-7290318

杭州恒达包装 方经理：

今年秋菊要上市了，包材订单如下，请排产：

单号：WYHJ-2707-03      日期：2027年7月3日

%s

小袋按百个算价，跟去年一样。包装纸是整令的。
货不要送江湾，送县城物流园：
江西省上饶市婺源县 紫阳镇 县物流园 8 号库  收货人 江晓红 13979325510

合作社 采购 汪建国  0793-7290320
""" % tab
    eml = single(H('汪建国', 'wangjg@wyhuangju.com', 'gbk', '采购单 WYHJ-2707-03 皇菊礼盒/小袋/包装纸/外箱',
                   dh(2027, 7, 3, 8, 36, 10), '202707030836104418202@wyhuangju.com', 'X-Mailer: Foxmail 7.2.25.375[cn]'),
                 body, 'gbk', 'quoted-printable')
    return eml, T('body', 'gbk',
                  'A Wuyuan chrysanthemum-tea co-operative (Foxmail, GBK QP): its letterhead and phone above the order, '
                  'a table drawn with +---+ and | (品名 and 规格 apart: keyed joined), quantities with their unit in '
                  'the cell (令 for wrapping paper), small bags priced "8.00元/百个" (keyed per piece, 0.08), a 合计 row '
                  'inside the drawn table; delivery to a county logistics park, not the letterhead village. Adds up.',
                  [order('WYHJ-2707-03', '婺源县江湾皇菊专业合作社',
                         ('江晓红', '13979325510', '江西省上饶市婺源县 紫阳镇 县物流园 8 号库'),
                         '2027-07-03', 'CNY', total, lines)])


@mail
def h488_liancheng_sweet_potato_qq_android_sentences_deposit():
    lines = [L(None, '地瓜干自立袋 500克', 30000, '0.38'),
             L(None, '地瓜干自立袋 250克', 20000, '0.26'),
             L(None, '礼盒 1斤装 天地盖', 2000, '7.50'),
             L(None, '外箱 20盒一件', 100, '9.00')]
    total = m2(subtotal(lines))
    check(lines, total)
    dep = (D(total) * D('0.3')).quantize(D('0.01'))
    body = """老板你好

我是连城冠农的小罗，今年新地瓜干要包材了，这次要：
地瓜干自立袋 500克 3万个，还是0.38一个；
地瓜干自立袋 250克 2万个，0.26一个；
礼盒 1斤装 天地盖 2千个，每个7块5；
外箱 20盒一件 100件，每件9块。
一共%s元，订金三成%s元我刚转过去了，余款发货前结清。

送到：福建省龙岩市连城县 莲峰镇 工业园 冠农食品 三号仓，罗建华 13859512234（我本人）

福建连城冠农食品有限公司
2027.7.4

发自我的手机QQ邮箱
""" % (amt(D(total)), amt(dep))
    eml = single(H('罗建华', '1358620417@qq.com', 'utf-8', '今年地瓜干包材', dh(2027, 7, 4, 20, 11, 39),
                   'tencent_1B2C3D4E5F6A7B8C9D0E1F2A@qq.com', 'X-QQ-Mailer: QQMail Android'),
                 body, 'utf-8', 'base64')
    return eml, T('body', 'utf-8',
                  'A Liancheng sweet-potato snack maker from QQ Mail on Android: the order in sentences with Chinese '
                  'counts ("3万个", "2千个", "7块5"), units 个 and 件, no order number, the full amount and a 30 % '
                  'deposit already paid (the total keyed is the order amount, not the deposit), the date under the '
                  'signature. Adds up.',
                  [order(None, '福建连城冠农食品有限公司',
                         ('罗建华', '13859512234', '福建省龙岩市连城县 莲峰镇 工业园 冠农食品 三号仓'),
                         '2027-07-04', 'CNY', total, lines)])


@mail
def h489_yichun_blueberry_wecom_gb18030_letterhead_above_seller_rolls():
    rows = [('果酱玻璃瓶', '250g 六棱 配盖', '个', 30000, '1.05'),
            ('瓶标', '不干胶卷标 φ76 1000张/卷', '卷', 60, '58.00'),
            ('礼盒', '2瓶装 手提 烫银', '个', 5000, '6.40'),
            ('缠绕膜', '50cm 2.5kg', '卷', 40, '28.00')]
    lines = joined(rows)
    total = m2(subtotal(lines))
    check(lines, total)
    tab = wcols([('品名', '规格', '单位', '数量', '单价', '金额')] +
                [(n, g, u, '{:,}'.format(q), p, amt(D(p) * q)) for n, g, u, q, p in rows] +
                [('合计', '', '', '', '', amt(D(total)))], [12, 26, 6, 8, 8, 12], right=(3, 4, 5))
    body = """伊春林都蓝莓食品有限公司
黑龙江省伊春市伊美区 林都大街 88 号   电话 0458-3608818

致：杭州恒达包装材料有限公司
    杭州市萧山区 江东三路 88 号   电话 0571-82876600

采购流水号：LD-LS-20270705-02
日    期：2027-07-05

%s

收货地址：伊春市友好区 蓝莓产业园 3 号 林都蓝莓 灌装车间
收 货 人：孙德文 0458-3621109 / 13945861207

采购部 于海涛（企业微信同号 13704583366）
""" % tab
    eml = single(H('于海涛', 'yuht@linduberry.com', 'gb18030', '采购单 LD-LS-20270705-02',
                   dh(2027, 7, 5, 10, 2, 51), '2027070510025100.8841.wecom@linduberry.com',
                   'X-Mailer: WeCom Mail 4.1'), body, 'gb18030', 'quoted-printable')
    return eml, T('body', 'gb18030',
                  'A Yichun blueberry-jam maker from WeCom mail (GB18030 QP): its letterhead with phone, then our '
                  'name, address and phone as addressee (not a ship-to), "采购流水号" as the order number label, '
                  'columns aligned with spaces by display width, 品名 and 规格 apart (keyed joined), labels and film '
                  'in 卷, 合计; the receiver with a landline and a mobile (keyed the first). Adds up.',
                  [order('LD-LS-20270705-02', '伊春林都蓝莓食品有限公司',
                         ('孙德文', '0458-3621109', '伊春市友好区 蓝莓产业园 3 号 林都蓝莓 灌装车间'),
                         '2027-07-05', 'CNY', total, lines)])


@mail
def h490_dangshan_pear_paste_outlook_mac_pipe_two_row_header_bundles():
    rows = [('梨膏瓶', '150g 玻璃方瓶', '个', 20000, '1.20'),
            ('梨膏糖袋', '250g 镀铝 自立', '个', 30000, '0.32'),
            ('礼盒', '4瓶装 天地盖', '个', 4000, '7.80'),
            ('提绳', '红色棉绳 40cm 100根/扎', '扎', 200, '15.00')]
    lines = joined(rows)
    sub = subtotal(lines)
    disc = D('-500.00')
    total = m2(sub + disc)
    check(lines, total, disc)
    t = ['| 序号 | 品名 | 规格 | 订货 | | 金额 |', '| | | | 数量 | 单价(元) | (元) |', '|---|---|---|---|---|---|']
    for i, (n, g, u, q, p) in enumerate(rows):
        t.append('| %d | %s | %s | %s%s | %s | %s |' % (i + 1, n, g, '{:,}'.format(q), u, p, amt(D(p) * q)))
    body = """恒达包装 徐经理：

砀山梨都食品 订单，请查收。

订单编号：DSLG-0706
下单日期：2027/7/6

%s

货款小计：%s元
满2万减500：-500.00元
应付金额：%s元

收货：安徽省宿州市砀山县 梨都大道 66 号 梨都食品 包材库  朱红梅 0557-8022316

砀山梨都食品有限公司  采购 李明  18955706612
""" % ('\n'.join(t), amt(sub), amt(D(total)))
    eml = single(H('李明', 'liming@lidu-food.cn', 'utf-8', '订单 DSLG-0706', dh(2027, 7, 6, 9, 14, 3),
                   '4F3E2D1C-0B9A-4877-8665-5544A3B2C1D0@lidu-food.cn', 'X-Mailer: Microsoft Outlook for Mac 16.86'),
                 body, 'utf-8', 'quoted-printable')
    return eml, T('body', 'utf-8',
                  'A Dangshan pear-paste maker from Outlook for Mac (UTF-8 QP): a Markdown-style pipe table whose header '
                  'has two rows (订货 over 数量 / 单价(元); 金额 over (元)), 品名 and 规格 apart (keyed joined), cords in '
                  '扎 of 100 (keyed per 扎 as written), 货款小计, a 满减 -500.00 and 应付金额 (keyed). Adds up with the '
                  'discount.',
                  [order('DSLG-0706', '砀山梨都食品有限公司',
                         ('朱红梅', '0557-8022316', '安徽省宿州市砀山县 梨都大道 66 号 梨都食品 包材库'),
                         '2027-07-06', 'CNY', total, lines)])


@mail
def h491_taitung_sugar_apple_big5_yahoo_roc_date_tax_id_freight():
    rows = [('釋迦禮盒', '6入 手提 開窗', '個', 5000, '28.00'),
            ('水果網套', '12cm 白色 500個/包', '包', 80, '120.00'),
            ('瓦楞外箱', '4盒裝 五層', '個', 1250, '18.00')]
    lines = joined(rows)
    sub = subtotal(lines)
    fr = D('3500.00')
    total = m2(sub + fr)
    check(lines, total, fr)
    items = '\n'.join('%s\t%s\t%s %s\tNT$%s' % (n, g, '{:,}'.format(q), u, p) for n, g, u, q, p in rows)
    body = """恆達 您好：

卑南果品今年鳳梨釋迦的包材，麻煩備貨：

訂單號碼：BN-1160707
統一編號：54812376
訂購日期：116/7/7

品名\t規格\t數量\t單價
%s

貨款 NT$%s
運費（海運到台東） NT$%s
總計 NT$%s（未稅，發票請開二聯）

送貨：台東縣卑南鄉 太平村 果菜市場旁 卑南釋迦集貨場
收件：陳志明 089-380512 / 0921-556031

台東卑南果品生產合作社
林淑芬

Yahoo奇摩信箱
""" % (items, amt(sub), amt(fr), amt(D(total)))
    eml = single(H('林淑芬', 'beinan.fruit@yahoo.com.tw', 'big5', '訂單 BN-1160707 釋迦禮盒', dh(2027, 7, 7, 15, 40, 6),
                   '1987654321.112233.1783409206@mail.yahoo.com', 'X-Mailer: YahooMailWebService/0.8.111'),
                 body, 'big5', 'quoted-printable')
    return eml, T('body', 'big5',
                  'A Taitung sugar-apple co-operative from Yahoo Mail (Big5 QP): 訂單號碼 beside a 統一編號 (the tax '
                  'number, not the order), a ROC date 116/7/7 (2027-07-07), tab-separated 品名 / 規格 / 數量 / 單價 lines '
                  '(keyed joined), fruit nets in 包 of 500 (keyed per 包), no line amounts, 貨款, a sea-freight line and '
                  '總計 (keyed); two phones for the receiver (keyed the first). Adds up with the freight.',
                  [order('BN-1160707', '台東卑南果品生產合作社',
                         ('陳志明', '089-380512', '台東縣卑南鄉 太平村 果菜市場旁 卑南釋迦集貨場'),
                         '2027-07-07', 'TWD', total, lines)])


@mail
def h492_kz_almaty_confectionery_protonmail_sentences_per_1000_khorgos():
    lines = [L(None, 'printed doy-packs for kurt, 100 g, matte, zip', 40000, per('62.00', 1000), D('62') * 40),
             L(None, 'kraft gift boxes for chak-chak, 500 g', 15000, '0.85'),
             L(None, 'export cartons, 5-ply, for 25 gift boxes', 600, '1.60')]
    total = m2(subtotal(lines))
    check(lines, total)
    body = """Dear Ms. Fang,

Following our call on Monday, please accept our order (our order ref: ZT-27/118, Almaty, 8 July 2027):

1. 40,000 printed doy-packs for kurt, 100 g, matte, zip - USD 62.00 per 1000 pcs;
2. 15,000 kraft gift boxes for chak-chak, 500 g - USD 0.85 each;
3. 600 export cartons, 5-ply, for 25 gift boxes - USD 1.60 each.

Order value USD %s, EXW Hangzhou; our forwarder collects and crosses at Khorgos.

Please deliver to our consolidation warehouse, not to the Almaty office:
Khorgos Eastern Gate SEZ, warehouse B-14, Zharkent district, Almaty region, Kazakhstan
Attn. Nurlan Abenov, +7 701 555 3412 (WhatsApp) or +7 728 313 0406

Best regards,
Aigerim Seitkali
Procurement, Zhetisu Tatti LLP
Almaty, Raiymbek ave. 221, tel. +7 727 390 1188

Sent with Proton Mail secure email.
""" % usd(total)
    eml = single(H('Aigerim Seitkali', 'a.seitkali@proton.me', 'utf-8', 'Order ZT-27/118 (doy-packs, gift boxes, cartons)',
                   dh(2027, 7, 8, 11, 25, 3, 300), 'ZtT1a2B3c4D5e6F7g8H9i0JkLmNoPqRs=@proton.me', None,
                   extra=('X-Pm-Origin: internal',)), body, 'utf-8', 'quoted-printable')
    return eml, T('body', 'utf-8',
                  'An Almaty confectioner from Proton Mail (UTF-8 QP): "our order ref: ZT-27/118, Almaty, 8 July 2027" '
                  'in one sentence, numbered item sentences "40,000 printed doy-packs ... - USD 62.00 per 1000 pcs" (the '
                  'bags keyed per piece, 0.062, line 2,480.00), "Order value USD", EXW; delivery to a warehouse in the '
                  'Khorgos zone apart from the Almaty office in the signature, two phones for the contact (keyed the '
                  'first). Adds up.',
                  [order('ZT-27/118', 'Zhetisu Tatti LLP',
                         ('Nurlan Abenov', '+7 701 555 3412',
                          'Khorgos Eastern Gate SEZ, warehouse B-14, Zharkent district, Almaty region, Kazakhstan'),
                         '2027-07-08', 'USD', total, lines)])


@mail
def h493_ma_marrakech_spices_yahoo_cp1252_space_columns_remise():
    rows = [('EP-BT100', 'Boîte à épices', 'fer-blanc 100 g, couvercle imprimé', 8000, '0.46'),
            ('EP-SK250', 'Sachet kraft', '250 g, fenêtre, zip', 20000, '0.12'),
            ('EP-PV80', 'Pot verre', '80 ml, capsule liège', 6000, '0.38'),
            ('EP-ET', 'Étiquette', 'ronde 50 mm, dorure', 34000, '0.02')]
    lines = spec([(s, n, g, 'u', q, p) for s, n, g, q, p in rows])
    sub = subtotal(lines)
    rem = -(sub * D('0.05')).quantize(D('0.01'))
    total = m2(sub + rem)
    check(lines, total, rem)
    tab = cols([('Réf.', 'Article', 'Détail', 'Qté', 'P.U. €', 'Total €')] +
               [(s, n, g, '{:,}'.format(q).replace(',', ' '), p.replace('.', ','), eu(D(p) * q).replace('.', ' '))
                for s, n, g, q, p in rows], [10, 16, 36, 8, 9, 11], right=(3, 4, 5))
    body = """Bonjour Madame Fang,

Voici notre bon de commande n° BC 0709/27 du 09/07/2027 :

%s

Sous-total           %s €
Remise 5 %%          %s €
Total à payer        %s €

Livraison : Entrepôt Sidi Ghanem, lot 412, 40110 Marrakech, Maroc
Contact : M. Youssef Amrani, 06 61 22 45 87

Merci de confirmer le délai.

Salima Ouazzani
Épices Jamaa El Fna SARL
Derb Dabachi 17, Médina, Marrakech - Tél. 05 24 38 90 12
""" % (tab, eu(sub).replace('.', ' '), eu(rem).replace('.', ' '), eu(total).replace('.', ' '))
    eml = single(H('Salima Ouazzani', 'salima.epices@yahoo.fr', 'windows-1252', 'Bon de commande BC 0709/27',
                   dh(2027, 7, 9, 12, 3, 48, 60), '1456789012.345678.1783594228903@mail.yahoo.com',
                   'X-Mailer: WebService/1.1.22521 YahooMailNeo'), body, 'windows-1252', 'quoted-printable')
    return eml, T('body', 'windows-1252',
                  'A Marrakech spice shop from Yahoo Mail (Windows-1252 QP, French): "bon de commande n° BC 0709/27 du '
                  '09/07/2027", columns aligned with spaces only, Article and Détail apart (keyed joined), decimal '
                  'commas and space thousands, euros by the € sign, Sous-total, "Remise 5 %" and "Total à payer" '
                  '(keyed); the shop in the Medina in the signature, delivery to a warehouse in Sidi Ghanem. Adds up '
                  'with the discount.',
                  [order('BC 0709/27', 'Épices Jamaa El Fna SARL',
                         ('M. Youssef Amrani', '06 61 22 45 87', 'Entrepôt Sidi Ghanem, lot 412, 40110 Marrakech, Maroc'),
                         '2027-07-09', 'EUR', total, lines)])


@mail
def h494_us_wi_cheese_outlook_mac_release_total_off_hold():
    rows = [('VP-8', 'Vacuum pouch', '8 oz, 3-mil nylon/PE, clear', 'ea', 60000, '0.062'),
            ('VP-16', 'Vacuum pouch', '16 oz, 3-mil nylon/PE, clear', 'ea', 40000, '0.081'),
            ('CB-12', 'Curd bag', '12 oz, printed, reclosable', 'ea', 50000, '0.094'),
            ('SH-24', 'Shipper carton', '24 x 8 oz, 200#', 'ea', 2500, '0.92')]
    lines = spec(rows)
    sub = subtotal(lines)
    written = D('13490.00')
    assert sub != written
    tab = cols([('Item', 'Description', 'Size', 'UOM', 'Qty', 'Unit $', 'Ext $')] +
               [(s, n, g, u, '{:,}'.format(q), p, usd(D(p) * q)) for s, n, g, u, q, p in rows],
               [7, 16, 30, 5, 9, 8, 11], right=(4, 5, 6))
    body = """Hi Fang,

Release against our blanket agreement BA-2027-3 below. Please confirm ship date.

Release No.: LCD-R0711        Date: 07/11/2027

BILL TO:  Lakeshore Cheese Dairy Inc., Accounts Payable, PO Box 208, Plymouth, WI 53073
SHIP TO:  Lakeshore Cheese - Plant 2, 1450 Industrial Pkwy, Plymouth, WI 53073
          Attn: Receiving - Tom Kessler, (920) 555-0148

%s

TOTAL USD                                                    %s

Terms: Net 60 after B/L. FOB Ningbo.

Thanks,
Gretchen Vogel
Purchasing Manager | Lakeshore Cheese Dairy Inc.
(920) 555-0100 x 214
""" % (tab, usd(written))
    eml = single(H('Gretchen Vogel', 'gvogel@lakeshorecheese.com', 'utf-8', 'Release LCD-R0711 / BA-2027-3',
                   dh(2027, 7, 11, 9, 5, 30, -300), 'A1B2C3D4-E5F6-4A7B-8C9D-0E1F2A3B4C5D@lakeshorecheese.com',
                   'X-Mailer: Microsoft Outlook for Mac 16.86'), body, 'utf-8', '7bit')
    return eml, T('body', 'utf-8',
                  'A Wisconsin cheese dairy from Outlook for Mac: a "Release No." (the order number) against a blanket '
                  'agreement BA-2027-3 (not the order), the date 07/11/2027 (a US date: July 11), BILL TO and SHIP TO '
                  'blocks, space-aligned columns with Description and Size apart (keyed joined), 3-decimal prices; the '
                  'TOTAL USD 13,490.00 is not the sum of the lines (%s). The clerk keys what is written and HOLDS '
                  'the order.' % usd(sub),
                  [order('LCD-R0711', 'Lakeshore Cheese Dairy Inc.',
                         ('Tom Kessler', '(920) 555-0148', 'Lakeshore Cheese - Plant 2, 1450 Industrial Pkwy, Plymouth, WI 53073'),
                         '2027-07-11', 'USD', m2(written), lines)])


@mail
def h495_uk_cornwall_pasty_apple_mail_latin1_boxed_per_1000():
    rows = [('PB-L', 'Pasty bag', 'large, greaseproof, 2-col print', 50000, '58.00', 1000),
            ('PX-12', 'Pasty box', '12-pack, kraft, window', 4000, '0.42', None),
            ('LB-ING', 'Ingredient label', '60 x 40 mm, roll of 1000', 30000, '4.50', 1000)]
    lines = [L(s, '%s %s' % (n, g), q, per(p, k) if k else p, D(p) * q / (k or 1)) for s, n, g, q, p, k in rows]
    total = m2(subtotal(lines))
    check(lines, total)
    tab = boxed([('Code', 'Item', 'Size', 'Qty', 'Price £', 'Per', 'Amount £')] +
                [(s, n, g, '{:,}'.format(q), p, '1000' if k else 'each', usd(D(p) * q / (k or 1)))
                 for s, n, g, q, p, k in rows] + [('', '', 'Total', '', '', '', usd(total))], right=(3, 4, 6))
    body = """Morning Fang,

Our order TPC 00412 dated 12/07/2027 (sorry, the table is from my notes app):

%s

Delivered to our bakehouse please: Trevithick Pasty Co., Unit 4 Dolcoath Industrial Park,
Camborne TR14 8RJ - ask for Jenna Pascoe, 01209 612 448.

Cheers,
Rob Hosking
Trevithick Pasty Co. Ltd
01209 612 400 / 07700 900 318
""" % tab
    eml = single(H('Rob Hosking', 'rob@trevithickpasty.co.uk', 'iso-8859-1', 'Order TPC 00412',
                   dh(2027, 7, 12, 7, 48, 12, 60), '8E7D6C5B-4A39-4827-9160-5F4E3D2C1B0A@trevithickpasty.co.uk',
                   'X-Mailer: Apple Mail (2.3774.600.62)'), body, 'iso-8859-1', 'quoted-printable')
    return eml, T('body', 'iso-8859-1',
                  'A Cornish pasty bakery from Apple Mail (ISO-8859-1 QP, £): a table drawn with +---+ and |, Item and '
                  'Size apart (keyed joined), a "Per" column saying 1000 or each (bags at £58.00 per 1000 and labels at '
                  '£4.50 per 1000 keyed per piece, 0.058 and 0.0045), a Total row inside the table; "dated 12/07/2027" '
                  '(a UK date); two phones in the signature. Adds up.',
                  [order('TPC 00412', 'Trevithick Pasty Co. Ltd',
                         ('Jenna Pascoe', '01209 612 448', 'Trevithick Pasty Co., Unit 4 Dolcoath Industrial Park, Camborne TR14 8RJ'),
                         '2027-07-12', 'GBP', total, lines)])


@mail
def h496_it_sicily_cannoli_two_shops_iso8859_15_libero():
    a = [('Vassoio cannoli', 'oro, 6 pz, 22x14 cm', 3000, '0.35'),
         ('Scatola dolci', 'bianca 25x25x8, finestra', 2000, '0.78'),
         ('Carta velina', '50x70, logo, risma 480 fogli', 20, '21.00')]
    b = [('Vassoio cannoli', 'oro, 12 pz, 30x20 cm', 1500, '0.52'),
         ('Nastro', 'rosso 10 mm x 100 m', 60, '3.90')]
    la, lb = joined([(n, g, 'pz', q, p) for n, g, q, p in a]), joined([(n, g, 'pz', q, p) for n, g, q, p in b])
    ta, tb = m2(subtotal(la)), m2(subtotal(lb))

    def block(rows):
        return '\n'.join('- %s (%s): %s x %s € = %s €' % (n, g, '{:,}'.format(q).replace(',', '.'), p.replace('.', ','),
                                                         eu(D(p) * q)) for n, g, q, p in rows)
    body = """Buongiorno Sig.ra Fang,

le mandiamo due ordini separati, uno per negozio (fatture separate, stessa spedizione a Palermo).

ORDINE N. 27/0713-PA - negozio di Palermo, del 13/07/2027
%s
Totale ordine PA: %s €
Consegna: Pasticceria F.lli Lo Cascio, Via Maqueda 214, 90134 Palermo - Sig. Salvatore Lo Cascio 091 611 2034

ORDINE N. 27/0713-CT - negozio di Catania, del 13/07/2027
%s
Totale ordine CT: %s €
Consegna: Pasticceria F.lli Lo Cascio, Via Etnea 88, 95131 Catania - Sig.ra Agata Russo 095 715 4420

Cordiali saluti
Giuseppina Lo Cascio
Pasticceria F.lli Lo Cascio s.r.l.
P.IVA 05123450827
""" % (block(a), eu(ta), block(b), eu(tb))
    eml = single(H('Giuseppina Lo Cascio', 'pasticcerialocascio@libero.it', 'iso-8859-15', 'Due ordini PA e CT',
                   dh(2027, 7, 13, 16, 20, 5, 120), '1783952405.5566.libero@libero.it', 'X-Mailer: Libero Mail'),
                 body, 'iso-8859-15', 'quoted-printable')
    return eml, T('body', 'iso-8859-15',
                  'A Sicilian pastry shop from Libero Mail (ISO-8859-15 QP, Italian, the € sign): two orders for two '
                  'shops in one mail, each "ORDINE N. ... del 13/07/2027", item lines "name (spec): qty x price € = '
                  'amount €" (keyed joined), decimal commas and dot thousands, its own total and delivery address, a '
                  'P.IVA in the signature (no order number). Two orders; each adds up.',
                  [order('27/0713-PA', 'Pasticceria F.lli Lo Cascio s.r.l.',
                         ('Sig. Salvatore Lo Cascio', '091 611 2034', 'Pasticceria F.lli Lo Cascio, Via Maqueda 214, 90134 Palermo'),
                         '2027-07-13', 'EUR', ta, la),
                   order('27/0713-CT', 'Pasticceria F.lli Lo Cascio s.r.l.',
                         ('Sig.ra Agata Russo', '095 715 4420', 'Pasticceria F.lli Lo Cascio, Via Etnea 88, 95131 Catania'),
                         '2027-07-13', 'EUR', tb, lb)])


@mail
def h497_no_brown_cheese_order_in_forwarded_quote_qty_changed_nok():
    rows = [('BW-500', 'Wrapper film', '500 g block, printed, 4 col.', 25000, 30000, '0.68'),
            ('GB-1K', 'Gift box', '1 kg, rigid, lid', 3000, 3000, '14.50'),
            ('SC-12', 'Shipper carton', '12 x 500 g, 5-ply', 2500, 2500, '9.80')]
    lines = [L(s, '%s %s' % (n, g), new, p) for s, n, g, old, new, p in rows]
    old_total = sum(D(p) * old for s, n, g, old, new, p in rows)
    q = '\n'.join('> %-7s %-15s %-30s %8s  %6s  %10s' % (s, n, g, '{:,}'.format(old), p, usd(D(p) * old))
                  for s, n, g, old, new, p in rows)
    body = """Hi Fang,

Our CFO has approved the order below - please go ahead. One change only: wrapper film BW-500
30,000 pcs instead of 25,000 (the rest as written). Prices in NOK as agreed.

Best regards
Kari Haugen
Innkjøp / Purchasing
Gudbrandsdal Ysteri AS
+47 612 94 300

From: Kari Haugen
Sent: Wednesday, 14 July 2027 09:12
To: Lars Bakken
Subject: For approval: PO GY-PO-27-0415 Hengda

Lars, for your approval please.

> PURCHASE ORDER GY-PO-27-0415    Date: 14.07.2027
> Supplier: Hangzhou Hengda Packaging Materials Co., Ltd.
>
> Item    Description     Specification                       Qty  NOK/pc    Amount NOK
%s
> Total NOK %s
>
> Deliver to: Gudbrandsdal Ysteri AS, Lågendalsvegen 12, 2640 Vinstra, Norway
> Goods reception: Ola Nygård, +47 612 94 310
""" % (q, usd(old_total))
    eml = single(H('Kari Haugen', 'kari.haugen@gbysteri.no', 'utf-8', 'FW: For approval: PO GY-PO-27-0415 Hengda',
                   dh(2027, 7, 15, 8, 30, 41, 120), 'AM0PR02MB5561A1B2C3D4E5F6@AM0PR02MB5561.eurprd02.prod.outlook.com',
                   'X-MS-Has-Attach: no'), body, 'utf-8', 'quoted-printable')
    return eml, T('body', 'utf-8',
                  'A Norwegian brown-cheese dairy (Outlook, UTF-8 QP): the order is only in the quoted internal mail '
                  'sent for approval (PO GY-PO-27-0415, 14.07.2027, "> "-quoted lines with Description and '
                  'Specification apart: keyed joined, prices in NOK); the new text changes one quantity (BW-500 30,000 '
                  'instead of 25,000). The quoted Total NOK is for the old quantity, so no total is keyed; the lines '
                  'carry the new quantity. The supplier line names us; the goods reception contact is keyed.',
                  [order('GY-PO-27-0415', 'Gudbrandsdal Ysteri AS',
                         ('Ola Nygård', '+47 612 94 310', 'Gudbrandsdal Ysteri AS, Lågendalsvegen 12, 2640 Vinstra, Norway'),
                         '2027-07-14', 'NOK', None, lines)])


@mail
def h498_nanchang_rice_noodle_lark_forward_store_list_prices_added():
    rows = [('打包碗', '750ml 带盖 白色', '箱', 30, '86.00'),
            ('汤杯', '16oz 带盖', '箱', 20, '72.00'),
            ('一次性筷子', '独立纸包', '箱', 10, '65.00'),
            ('手提袋', '单碗 背心袋', '箱', 15, '48.00')]
    lines = joined(rows)
    total = m2(subtotal(lines))
    check(lines, total)
    store = '\n'.join('%s（%s） %d%s' % (n, g, q, u) for n, g, u, q, p in rows)
    price = '\n'.join('%s %s元/%s' % (n, p, u) for n, g, u, q, p in rows)
    body = """恒达包装 小陈：

下面是八一广场店店长报的要货，价格按合同价：
%s
合计 ¥%s，单号就用店长的 NCBF-0715。货直接送门店，月底一起对账。

南昌赣味餐饮管理有限公司 采购 熊文斌 13576011823

---------- 转发的邮件 ----------
发件人：涂小兰 <tuxl@ganwei-food.com>
日期：2027年7月15日 周四 07:52
主题：八一广场店 要货单 NCBF-0715
收件人：熊文斌 <xiongwb@ganwei-food.com>

熊哥，店里快没货了，这周要：
%s
送：南昌市东湖区 八一广场 中山路 318 号 赣味拌粉 八一店（后门卸货）
我电话 15170082265
""" % (price, amt(D(total)), store)
    eml = single(H('熊文斌', 'xiongwb@ganwei-food.com', 'utf-8', 'Fwd: 八一广场店 要货单 NCBF-0715',
                   dh(2027, 7, 15, 9, 6, 17), '6f1c2a3b-4d5e-46f7-8a9b-0c1d2e3f4a5b@ganwei-food.com',
                   'X-Mailer: Lark Mail'), body, 'utf-8', 'base64')
    return eml, T('body', 'utf-8',
                  'A Nanchang rice-noodle chain\'s buyer forwards a store\'s list from Lark (Feishu) Mail: quantities and '
                  'the ship-to only in the forwarded store mail ("打包碗（750ml 带盖 白色） 30箱": name and bracketed spec '
                  'keyed joined), prices per 箱 and the total only in the buyer\'s new text above, the order number taken '
                  'from the store\'s subject; the receiver is the store manager who signs with a phone. Adds up.',
                  [order('NCBF-0715', '南昌赣味餐饮管理有限公司',
                         ('涂小兰', '15170082265', '南昌市东湖区 八一广场 中山路 318 号 赣味拌粉 八一店'),
                         '2027-07-15', 'CNY', total, lines)])


@mail
def h499_suihua_sweet_corn_zhoupu_paste_per_thousand_daxie():
    rows = [('ZP0031', '玉米真空袋', '单穗 透明 28×12', '个', 200000, '95.00', 1000),
            ('ZP0032', '玉米真空袋', '双穗 透明 28×20', '个', 80000, '140.00', 1000),
            ('ZP0040', '真空膜卷', '底膜 420mm', '卷', 30, '380.00', None),
            ('ZP0051', '外箱', '10袋装 五层', '个', 12000, '2.85', None)]
    lines = [L(s, '%s %s' % (n, g), q, per(p, k) if k else p, D(p) * q / (k or 1)) for s, n, g, u, q, p, k in rows]
    total = m2(subtotal(lines))
    check(lines, total)
    tab = '\n'.join('%s\t%s\t%s\t%s\t%s\t%s\t%s' % (s, n, g, u, '{:,}'.format(q), ('%s/千个' % p) if k else p,
                                                    amt(D(p) * q / (k or 1))) for s, n, g, u, q, p, k in rows)
    body = """恒达 许经理：

从舟谱里导的采购单贴在下面，格式有点乱，见谅。

单据号\tCG-SH-270716-01
单据日期\t2027-07-16
供应商\t杭州恒达包装材料有限公司
商品编码\t商品名称\t规格\t单位\t数量\t单价\t金额
%s
合计金额\t%s
大写\t%s

收货仓：黑龙江省绥化市北林区 东兴工业园 绥禾鲜食 冷库一号门
收货人：刘长山 0455-8371206

绥化绥禾鲜食玉米有限公司 采购 郝丽 15845571930
""" % (tab, amt(D(total)), daxie(total))
    eml = single(H('郝丽', 'haoli_suihe@tom.com', 'gbk', '采购单CG-SH-270716-01', dh(2027, 7, 16, 13, 27, 55),
                   '2027071613275500.1e2f3a4b@tom.com', 'X-Mailer: TOM Webmail'), body, 'gbk', 'base64')
    return eml, T('body', 'gbk',
                  'A Suihua sweet-corn packer pastes a 舟谱 purchase order (TOM mail, GBK): label TAB value lines, '
                  'tab-separated 商品编码 / 商品名称 / 规格 (keyed joined; the same bag twice by size), the bags priced '
                  '"95.00/千个" (keyed per piece, 0.095), film in 卷, 合计金额 and 大写; our name as 供应商. Adds up.',
                  [order('CG-SH-270716-01', '绥化绥禾鲜食玉米有限公司',
                         ('刘长山', '0455-8371206', '黑龙江省绥化市北林区 东兴工业园 绥禾鲜食 冷库一号门'),
                         '2027-07-16', 'CNY', total, lines)])


# ============================================================ HTML bodies
@mail
def h500_html_gmail_id_surabaya_crackers_roman_month_per_1000():
    rows = [('Standing pouch', '250 g, metallised, zip, 4 col.', 120000, '48.00'),
            ('Standing pouch', '500 g, metallised, zip, 4 col.', 60000, '66.00'),
            ('Master carton', '40 pouches, 5-ply', 4500, '0.95')]
    lines = []
    tab = [['No', 'Item', 'Specification', 'Qty (pcs)', 'Price USD', 'Amount USD']]
    for i, (n, g, q, p) in enumerate(rows):
        k = 1000 if n == 'Standing pouch' else 1
        lines.append(L(None, '%s %s' % (n, g), q, per(p, k) if k > 1 else p, D(p) * q / k))
        tab.append([str(i + 1), n, g, '{:,}'.format(q), ('%s / 1000 pcs' % p) if k > 1 else p, usd(D(p) * q / k)])
    total = m2(subtotal(lines))
    check(lines, total)
    tab.append([('<b>TOTAL</b>', 'colspan="5" align="right"'), '<b>%s</b>' % usd(total)])
    html = ('<div dir="ltr"><div>Dear Hengda team,</div><div><br></div><div>Please find our PO below.</div><div><br></div>'
            '<div><b>PO No.: SKJ/PO/VII/2027/031</b></div><div>Date: 16 July 2027</div><div><br></div>'
            '<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">' + cells_html(tab) +
            '</table><div><br></div><div>Ship to: PT Sinar Kerupuk Jaya - Gudang 2, Jl. Rungkut Industri III No. 17, '
            'Surabaya 60293, Jawa Timur, Indonesia<br>Attn: Bapak Hendra Wijaya +62 31 843 2210 / +62 812 3300 4127</div>'
            '<div><br></div><div>Terima kasih,<br>Dewi Lestari<br>Purchasing<br>PT Sinar Kerupuk Jaya<br>'
            'Jl. Raya Sidoarjo 45, Sidoarjo</div></div>')
    eml = html_mail(H('Dewi Lestari', 'dewi.lestari@sinarkerupuk.co.id', 'utf-8', 'PO SKJ/PO/VII/2027/031',
                      dh(2027, 7, 16, 10, 44, 9, 420), 'CAKr9Up8Uk7Ja6Ya5Sb4Id3Pt2Sk1Jq0@mail.gmail.com', 'X-Mailer: Gmail'),
                    strip(html), html, 'utf-8', '000000000000f1e2d3c4b5a69788')
    return eml, T('html', 'utf-8',
                  'A Surabaya prawn-cracker maker (Gmail HTML): a PO number with a Roman month "SKJ/PO/VII/2027/031", '
                  'the same pouch twice told apart by Specification (keyed joined), pouch prices written "48.00 / 1000 '
                  'pcs" in the price cell (keyed per piece, 0.048), a colspan TOTAL row; ship-to a warehouse in Surabaya '
                  'apart from the Sidoarjo office, two phones (keyed the first). Adds up.',
                  [order('SKJ/PO/VII/2027/031', 'PT Sinar Kerupuk Jaya',
                         ('Bapak Hendra Wijaya', '+62 31 843 2210',
                          'PT Sinar Kerupuk Jaya - Gudang 2, Jl. Rungkut Industri III No. 17, Surabaya 60293, Jawa Timur, Indonesia'),
                         '2027-07-16', 'USD', total, lines)])


@mail
def h501_html_qq_only_gutian_tremella_two_row_header_deposit():
    rows = [('银耳礼盒', '250g 竹编 手提', '件', 120, '168.00'),
            ('银耳自封袋', '100g 牛皮纸 开窗', '件', 80, '95.00'),
            ('干燥剂', '5g 食品级', '件', 10, '60.00')]
    lines = joined(rows)
    total = m2(subtotal(lines))
    check(lines, total)
    dep = D('5000.00')
    tab = [[('品名', 'rowspan="2"'), ('规格', 'rowspan="2"'), ('订货', 'colspan="3"'), ('金额（元）', 'rowspan="2"')],
           ['单位', '数量', '单价']]
    tab += [[n, g, u, str(q), p, amt(D(p) * q)] for n, g, u, q, p in rows]
    tab += [[('合计', 'colspan="5"'), amt(D(total))], [('已付定金', 'colspan="5"'), amt(dep)],
            [('尚欠', 'colspan="5"'), amt(D(total) - dep)]]
    html = ('<div>恒达包装：</div><div>古田银耳的订单，每件的个数按上次的装箱规格。</div><div><br></div>'
            '<div>订单号：GTYE-270717　　日期：2027年7月17日</div>'
            '<table border="1" cellspacing="0" cellpadding="3" style="font-size:14px">' + cells_html(tab) + '</table>'
            '<div><br></div><div>收货：福建省宁德市古田县 大桥镇 银耳交易市场 B 区 12 号 仙岩银耳</div>'
            '<div>收货人：魏春生 0593-3882561</div><div><br></div>'
            '<div>古田县仙岩银耳专业合作社 魏丽萍</div>'
            '<div><sign signid="0"><div style="color:#909090">13905931267</div></sign></div>')
    eml = single(H('魏丽萍', '1290376551@qq.com', 'gb18030', '古田银耳订单 GTYE-270717', dh(2027, 7, 17, 19, 32, 4),
                   'tencent_3C4D5E6F7A8B9C0D1E2F3A4B@qq.com', 'X-QQ-Mailer: QQMail 2.x'), html, 'gb18030', 'base64', 'html')
    return eml, T('html', 'gb18030',
                  'A Gutian tremella co-operative from QQ Mail, HTML only (GB18030 base64): a two-row header (订货 '
                  'spanning 单位 / 数量 / 单价, 品名 / 规格 / 金额 with rowspan), quantities in 件 priced per 件 (keyed as '
                  'written), 合计 then 已付定金 and 尚欠 rows (the total keyed is 合计, not the balance). Adds up.',
                  [order('GTYE-270717', '古田县仙岩银耳专业合作社',
                         ('魏春生', '0593-3882561', '福建省宁德市古田县 大桥镇 银耳交易市场 B 区 12 号 仙岩银耳'),
                         '2027-07-17', 'CNY', total, lines)])


@mail
def h502_html_odoo_my_penang_white_coffee_vendor_block_myr():
    rows = [('[PK-3IN1] 3-in-1 sachet film', 'roll', 120, '185.00'),
            ('[PK-BAG600] Stand-up bag 600 g, 15 sticks', 'pcs', 40000, '0.42'),
            ('[PK-CTN24] Carton for 24 bags', 'pcs', 1700, '2.10')]
    lines = [L(d.split(']')[0][1:], d.split('] ')[1], q, p) for d, u, q, p in rows]
    total = m2(subtotal(lines))
    check(lines, total)
    tab = [['Description', 'Taxes', 'Date Req.', 'Qty', 'Unit Price', 'Amount']]
    tab += [[d, 'SST 0%', '20/08/2027', '%d.00 %s' % (q, u), p, 'RM %s' % usd(D(p) * q)] for d, u, q, p in rows]
    html = ('<div style="margin:0;padding:0"><p>Dear Hangzhou Hengda Packaging Materials Co., Ltd.,</p><p>Here is in '
            'attachment a purchase order <b>P00187</b> amounting in <b>RM %s</b> from Penang Kopi Sdn. Bhd.</p>'
            '<p>The receipt is expected for <b>20/08/2027</b>.</p><p>Could you please acknowledge the receipt of this '
            'order?</p>' % usd(total) +
            '<table style="width:100%"><tr><td valign="top"><b>Vendor</b><br>Hangzhou Hengda Packaging Materials Co., Ltd.'
            '<br>88 Jiangdong 3rd Road, Xiaoshan<br>Hangzhou, China<br>+86 571 8287 6600</td>'
            '<td valign="top"><b>Shipping address</b><br>Penang Kopi Sdn. Bhd. - Warehouse<br>Plot 88, Lorong Perusahaan '
            'Maju 6<br>13600 Perai, Penang, Malaysia<br>Tan Wei Ming +60 4-508 2231</td></tr></table>'
            '<h2>Purchase Order #P00187</h2><table><tr><td><b>Buyer:</b> Lim Siew Ling</td>'
            '<td><b>Order Date:</b> 18/07/2027</td></tr></table>'
            '<table border="1" cellspacing="0" cellpadding="4">' + cells_html(tab, th_first=True) + '</table>'
            '<table style="float:right"><tr><td>Untaxed Amount</td><td>RM %s</td></tr><tr><td>Taxes</td>'
            '<td>RM 0.00</td></tr><tr><td><b>Total</b></td><td><b>RM %s</b></td></tr></table>'
            '<p>--<br>Lim Siew Ling<br>Penang Kopi Sdn. Bhd.</p></div>' % (usd(total), usd(total)))
    eml = html_mail(H('Penang Kopi Sdn. Bhd.', 'odoo@penangkopi.com.my', 'utf-8',
                      'Penang Kopi Sdn. Bhd. Order (Ref P00187)', dh(2027, 7, 18, 14, 2, 40),
                      '1783936960.284711928120193.448811-openerp-187-purchase.order@penangkopi.com.my', None,
                      extra=('Reply-To: "Lim Siew Ling" <siewling@penangkopi.com.my>',)),
                    strip(html), html, 'utf-8', '===============2784115630887212481==', cte='base64')
    return eml, T('html', 'utf-8',
                  'A Penang white-coffee maker\'s Odoo purchase-order mail (HTML with its text alternative): a Vendor '
                  'block naming us with our address and phone beside the Shipping address, "[CODE] name" descriptions '
                  '(code keyed as SKU), a Date Req. column that is no order date, quantities "120.00 roll", "RM" '
                  'amounts, SST 0 %, Untaxed Amount and Total; the order date 18/07/2027 beside the buyer. Adds up.',
                  [order('P00187', 'Penang Kopi Sdn. Bhd.',
                         ('Tan Wei Ming', '+60 4-508 2231',
                          'Penang Kopi Sdn. Bhd. - Warehouse, Plot 88, Lorong Perusahaan Maju 6, 13600 Perai, Penang, Malaysia'),
                         '2027-07-18', 'MYR', total, lines)])


@mail
def h503_html_outlook_gt_cardamom_spanish_especificacion_flete():
    rows = [('CAR-SAC1', 'Saco tejido PP', '50 kg, laminado, impreso 2 col.', 'und', 20000, '0.36'),
            ('CAR-BOL', 'Bolsa interior', 'PE 80 µm, 60x100 cm', 'und', 20000, '0.11'),
            ('CAR-ET', 'Etiqueta colgante', 'cartulina 300 g, cordel', 'und', 20000, '0.035')]
    lines = spec(rows)
    sub = subtotal(lines)
    fr = D('1380.00')
    total = m2(sub + fr)
    check(lines, total, fr)
    tab = [['Código', 'Descripción', 'Especificación', 'U.M.', 'Cantidad', 'Precio US$', 'Importe US$']]
    tab += [[s, n, g, u, '{:,}'.format(q), p, usd(D(p) * q)] for s, n, g, u, q, p in rows]
    tab += [[('Subtotal', 'colspan="6" align="right"'), usd(sub)], [('Flete marítimo a Santo Tomás', 'colspan="6" align="right"'), usd(fr)],
            [('<b>TOTAL US$</b>', 'colspan="6" align="right"'), '<b>%s</b>' % usd(total)]]
    st = ' style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"'
    html = ('<html><body lang="ES-GT"><div class="WordSection1"><p class="MsoNormal">Estimados señores:<o:p></o:p></p>'
            '<p class="MsoNormal">Adjunto en el cuerpo nuestra orden de compra.<o:p></o:p></p>'
            '<p class="MsoNormal"><b>Orden de Compra No. OC-2027-118</b><br>Fecha: 19/07/2027<o:p></o:p></p>'
            '<table class="MsoNormalTable" border="1" cellspacing="0" cellpadding="0">' +
            cells_html(tab, st) + '</table><p class="MsoNormal">Entregar en: Bodega Cardamomo del Norte, Km 212 Carretera '
            'a Cobán, San Pedro Carchá, Alta Verapaz, Guatemala. Recibe: Sr. Mynor Caal, tel. +502 7951 4410<o:p></o:p></p>'
            '<p class="MsoNormal">Atentamente,<br>Lucía Pop<br>Compras<br>Cardamomo del Norte, S.A.<br>'
            '+502 2385 6620<o:p></o:p></p></div></body></html>')
    eml = html_mail(H('Lucía Pop', 'compras@cardamomonorte.com.gt', 'iso-8859-1', 'Orden de Compra OC-2027-118',
                      dh(2027, 7, 19, 9, 11, 28, -360), 'MW4PR11MB5567D8E9F0A1B2C3@MW4PR11MB5567.namprd11.prod.outlook.com',
                      'X-MS-Has-Attach: no'),
                    strip(html), html, 'iso-8859-1', '_000_MW4PR11MB5567D8E9F0A1B2C3MW4PR11MB5567namp_', cte='quoted-printable')
    return eml, T('html', 'iso-8859-1',
                  'A Guatemalan cardamom exporter (Outlook Word-HTML, ISO-8859-1 QP, Spanish): Código, Descripción and '
                  'Especificación apart (keyed joined), a 3-decimal tag price, colspan Subtotal, "Flete marítimo" and '
                  'TOTAL US$ rows (keyed, with the freight); "Fecha: 19/07/2027"; delivery to a warehouse in Alta '
                  'Verapaz. Adds up with the freight.',
                  [order('OC-2027-118', 'Cardamomo del Norte, S.A.',
                         ('Sr. Mynor Caal', '+502 7951 4410',
                          'Bodega Cardamomo del Norte, Km 212 Carretera a Cobán, San Pedro Carchá, Alta Verapaz, Guatemala'),
                         '2027-07-19', 'USD', total, lines)])


@mail
def h504_html_wecom_huainan_beef_soup_gbk_second_site_manjian():
    rows = [('HN-01', '汤碗', '1000ml PP 带盖', '个', 40000, '0.58'),
            ('HN-02', '饼袋', '防油纸 18×20', '个', 60000, '0.09'),
            ('HN-03', '打包袋', '双碗 加厚', '个', 30000, '0.16'),
            ('HN-04', '粉丝盒', '500ml 方形', '个', 20000, '0.33')]
    lines = spec(rows)
    sub = subtotal(lines)
    disc = D('-300.00')
    total = m2(sub + disc)
    check(lines, total, disc)
    tab = [['编码', '品名', '规格', '单位', '数量', '单价', '金额']]
    tab += [[s, n, g, u, '{:,}'.format(q), p, amt(D(p) * q)] for s, n, g, u, q, p in rows]
    tab += [[('小计', 'colspan="6"'), amt(sub)], [('满3万减300', 'colspan="6"'), '-300.00'],
            [('实付', 'colspan="6"'), amt(D(total))]]
    html = ('<div style="font-family:微软雅黑;font-size:14px"><p><b>淮南老马家牛肉汤餐饮连锁有限公司</b><br>'
            '总部：安徽省淮南市田家庵区 朝阳中路 96 号　电话 0554-6652100</p><p>恒达包装：</p>'
            '<p>采购单号：LMJ-CG-0720　　日期：2027-07-20</p>'
            '<table border="1" cellspacing="0" cellpadding="4">' + cells_html(tab, th_first=True) + '</table>'
            '<p>本批送中央厨房（不是总部）：淮南市大通区 经济开发区 淮舜路 12 号 老马家中央厨房<br>'
            '收货人：马卫东 0554-6802315，手机 13855471026</p><p>采购 丁晓雪</p></div>')
    eml = html_mail(H('丁晓雪', 'dingxx@laomajia.com', 'gbk', '采购单 LMJ-CG-0720', dh(2027, 7, 20, 10, 30, 15),
                      '2027072010301500.5521.wecom@laomajia.com', 'X-Mailer: WeCom Mail 4.1'),
                    strip(html), html, 'gbk', '----=_Part_5521_1784514615000')
    return eml, T('html', 'gbk',
                  'A Huainan beef-soup chain from WeCom mail (HTML with a text alternative, GBK): its letterhead with the '
                  'head-office address and phone, 品名 and 规格 apart (keyed joined), colspan 小计, 满3万减300 and 实付 '
                  'rows (实付 keyed), delivery to the central kitchen "不是总部", the receiver with a landline and a '
                  'mobile (keyed the first). Adds up with the discount.',
                  [order('LMJ-CG-0720', '淮南老马家牛肉汤餐饮连锁有限公司',
                         ('马卫东', '0554-6802315', '淮南市大通区 经济开发区 淮舜路 12 号 老马家中央厨房'),
                         '2027-07-20', 'CNY', total, lines)])


@mail
def h505_html_d365_bc_gr_crete_honey_vendor_block_eur():
    rows = [('1001', 'Honey jar 450 g', 'hexagonal glass, 58 mm', 24000, '0.29'),
            ('1002', 'Twist-off lid 58 mm', 'gold, printed top', 24000, '0.07'),
            ('1005', 'Gift box', '2 jars, olive-wood pattern', 3000, '1.85'),
            ('1009', 'Shipping carton', '12 jars, 5-ply', 2000, '0.88')]
    lines = spec([(s, n, g, 'PCS', q, p) for s, n, g, q, p in rows])
    total = m2(subtotal(lines))
    check(lines, total)
    tab = [['No.', 'Description', 'Description 2', 'Quantity', 'Unit of Measure', 'Direct Unit Cost Excl. VAT',
            'Line Amount Excl. VAT']]
    tab += [[s, n, g, '{:,}'.format(q), 'PCS', p, usd(D(p) * q)] for s, n, g, q, p in rows]
    html = ('<html><body style="font-family:Segoe UI"><p>Dear vendor,</p><p>Please find our order below.</p>'
            '<table><tr><td valign="top"><b>Buy-from Vendor</b><br>Hangzhou Hengda Packaging Materials Co., Ltd.<br>'
            'Xiaoshan, Hangzhou, CHINA</td><td width="40"></td><td valign="top"><b>Ship-to Address</b><br>Kritiko Meli '
            'S.A. - Packing plant<br>VIPE Iraklio, Odos 4, Block 12<br>71601 Iraklio, Crete, Greece<br>Contact: Nikos '
            'Papadakis, +30 2810 382 441</td></tr></table>'
            '<table><tr><td>Purchase Order No.</td><td>106023</td></tr><tr><td>Order Date</td><td>21/07/2027</td></tr>'
            '<tr><td>Expected Receipt Date</td><td>15/09/2027</td></tr><tr><td>Currency Code</td><td>EUR</td></tr></table>'
            '<table border="1" cellspacing="0" cellpadding="3">' + cells_html(tab, th_first=True) + '</table>'
            '<table><tr><td>Total EUR Excl. VAT</td><td>%s</td></tr><tr><td>VAT Amount (0%%, export)</td><td>0.00</td>'
            '</tr><tr><td><b>Total EUR Incl. VAT</b></td><td><b>%s</b></td></tr></table>'
            '<p>Kritiko Meli S.A., Leoforos Knossou 140, 71409 Iraklio, tel. +30 2810 382 400</p>'
            '<p style="font-size:10px">This e-mail was sent from Microsoft Dynamics 365 Business Central.</p>'
            '</body></html>' % (usd(total), usd(total)))
    eml = html_mail(H('Kritiko Meli S.A.', 'bc-noreply@kritikomeli.gr', 'utf-8', 'Purchase Order 106023',
                      dh(2027, 7, 21, 12, 50, 2, 180), '9c8b7a6f-5e4d-4c3b-a291-807f6e5d4c3b@kritikomeli.gr', None,
                      extra=('Reply-To: purchasing@kritikomeli.gr',)),
                    strip(html), html, 'utf-8', '--boundary_1783_6f8a2b1c-0d3e-4f5a-9b8c-7d6e5f4a3b2c')
    return eml, T('html', 'utf-8',
                  'A Cretan honey packer\'s Dynamics 365 Business Central purchase-order mail (HTML): Buy-from Vendor (us) '
                  'beside the Ship-to Address, label/value rows for the number, order date 21/07/2027, an Expected Receipt '
                  'Date and Currency Code EUR, Description and Description 2 apart (keyed joined), VAT 0 % for export '
                  'and "Total EUR Incl. VAT" (keyed). Adds up.',
                  [order('106023', 'Kritiko Meli S.A.',
                         ('Nikos Papadakis', '+30 2810 382 441',
                          'Kritiko Meli S.A. - Packing plant, VIPE Iraklio, Odos 4, Block 12, 71601 Iraklio, Crete, Greece'),
                         '2027-07-21', 'EUR', total, lines)])


# ============================================================ PDF attachments
@mail
def h506_pdf_netsuite_us_hi_li_hing_mui_bill_ship_freight():
    rows = [('LHM-4', 'Snack pouch 4 oz', 'kraft/PET, zip, window', 40000, '0.118'),
            ('LHM-8', 'Snack pouch 8 oz', 'kraft/PET, zip, window', 20000, '0.152'),
            ('LHM-JAR', 'PET jar 16 oz', 'clear, red cap', 6000, '0.41')]
    lines = spec([(s, n, g, 'Each', q, p) for s, n, g, q, p in rows])
    sub = subtotal(lines)
    fr = D('890.00')
    total = m2(sub + fr)
    check(lines, total, fr)
    table = [['Item', 'Description', 'Spec', 'Qty', 'Rate', 'Amount']]
    table += [[s, n, g, '{:,}'.format(q), p, usd(D(p) * q)] for s, n, g, q, p in rows]
    table += [['', 'Freight - Ocean to Honolulu', '', '', '', usd(fr)]]
    head = [('r', 'Purchase Order', 16), ('r', '#PO2027-00731', 10), ('r', 'Date 7/22/2027', 9),
            (45, 'Aloha Crack Seed Company, LLC', 11), (45, '1120 Mapunapuna St, Honolulu, HI 96819  (808) 555-0172', 8),
            (45, 'Vendor: Hangzhou Hengda Packaging Materials Co., Ltd., Hangzhou, China', 8),
            (45, 'Ship To: Aloha Crack Seed Co. - Kalihi Warehouse, 2045 Kam IV Rd, Honolulu, HI 96819', 8),
            (45, 'Attn: Keoni Kahananui (808) 555-0190', 8)]
    tail = [('r', 'Total  $%s' % usd(total), 11), (45, 'Memo: CFR Honolulu. Please quote PO number on all documents.', 8)]
    data = grid_pdf(head, table, [60, 150, 130, 55, 50, 70], tail, 'Purchase Order PO2027-00731', 'NetSuite', 'hei',
                    align=['l', 'l', 'l', 'r', 'r', 'r'])
    body = ('Aloha,\n\nPlease see attached Purchase Order PO2027-00731.\n\nMahalo,\nLeilani Akana\nAloha Crack Seed '
            'Company, LLC\n')
    eml = pdf_mail(H('Leilani Akana', 'purchasing@alohacrackseed.com', 'utf-8', 'Aloha Crack Seed Company, LLC: '
                     'Purchase Order #PO2027-00731', dh(2027, 7, 22, 8, 2, 0, -600),
                     'NS.4471822.PO2027-00731.1784743320@netsuite.com', 'X-Mailer: NetSuite'),
                   body, 'utf-8', '7bit', data, 'PO2027-00731.pdf', '----=_Part_99812_1784743320112')
    return eml, T('pdf', 'utf-8',
                  'A Honolulu crack-seed (li hing mui) shop\'s NetSuite PO (PDF): "#PO2027-00731" under the title, '
                  '"Date 7/22/2027", Vendor (us) and Ship To lines under the buyer\'s letterhead, Description and Spec '
                  'apart (keyed joined), 3-decimal rates, a freight row without quantity and Total (keyed). Adds up with '
                  'the freight.',
                  [order('PO2027-00731', 'Aloha Crack Seed Company, LLC',
                         ('Keoni Kahananui', '(808) 555-0190', 'Aloha Crack Seed Co. - Kalihi Warehouse, 2045 Kam IV Rd, Honolulu, HI 96819'),
                         '2027-07-22', 'USD', total, lines)])


@mail
def h507_pdf_u8_wannian_rice_net_tax_columns_daxie():
    rows = [('0301', '大米编织袋', '10kg 彩印 覆膜', '条', 50000, '1.20'),
            ('0302', '真空米砖袋', '2.5kg 透明', '个', 40000, '0.45'),
            ('0303', '礼盒', '5kg 手提 木纹', '个', 3000, '12.00'),
            ('0304', '外箱', '4砖装 五层', '件', 10000, '3.30')]
    lines = spec(rows)
    total = m2(subtotal(lines))
    check(lines, total)
    table = [['存货编码', '存货名称', '规格型号', '单位', '数量', '原币含税单价', '原币单价', '原币税额', '原币价税合计']]
    for s, n, g, u, q, p in rows:
        gross = D(p) * q
        net = (gross / D('1.13')).quantize(D('0.01'))
        table.append([s, n, g, u, '{:,}'.format(q), p, str((D(p) / D('1.13')).quantize(D('0.0001'))), amt(gross - net),
                      amt(gross)])
    table.append(['合计', '', '', '', '{:,}'.format(sum(r[4] for r in rows)), '', '', '', amt(D(total))])
    head = [('c', '采购订单', 15), (45, '订单编号：0000000512    日期：2027-07-23    供应商：杭州恒达包装材料有限公司', 9),
            (45, '部门：采购部    业务员：叶春生    币种：人民币    汇率：1', 9)]
    tail = [(45, '价税合计（大写）：%s' % daxie(total), 9),
            (45, '到货地址：江西省上饶市万年县 陈营镇 贡米工业园 万年贡米集团 成品仓', 9),
            (45, '联系人：饶国庆  0793-3876512', 9), (45, '制单人：叶春生    审核人：程丽', 9)]
    data = grid_pdf(head, table, [45, 60, 70, 25, 50, 55, 55, 55, 65], tail, '采购订单 0000000512', '用友U8', 'hei',
                    align=['l', 'l', 'l', 'c', 'r', 'r', 'r', 'r', 'r'], size=8)
    body = '恒达包装：\n\n附件是用友U8打印的采购订单（PDF），请确认交期。\n\n江西万年贡米集团有限公司 采购部 叶春生\n0793-3876500\n'
    eml = pdf_mail(H('叶春生', 'yecs@wannian-rice.com', 'gbk', '采购订单0000000512', dh(2027, 7, 23, 11, 4, 37),
                     '003b01dbd2a4$6e7f8a9b$0c1d2e3f$@wannian-rice.com', 'X-Mailer: Microsoft Outlook 16.0'),
                   body, 'gbk', 'base64', data, '采购订单0000000512.pdf', '----=_NextPart_000_003C_01DBD2A4.6E7F8A9B',
                   name_style='gbk')
    return eml, T('pdf', 'gbk',
                  'A Wannian rice group\'s 用友 U8 采购订单 printed to PDF (Outlook GBK): a 10-digit 订单编号 with leading '
                  'zeros, header fields on two lines (our name as 供应商, 币种 人民币), nine narrow columns 存货名称 / 规格型号 '
                  '(keyed joined) / 原币含税单价 (keyed) / 4-decimal 原币单价 / 原币税额 / 原币价税合计 (the line amounts), '
                  'units 条/个/件, a 合计 row that also sums quantities, 大写 below. Adds up.',
                  [order('0000000512', '江西万年贡米集团有限公司',
                         ('饶国庆', '0793-3876512', '江西省上饶市万年县 陈营镇 贡米工业园 万年贡米集团 成品仓'),
                         '2027-07-23', 'CNY', total, lines)])


@mail
def h508_pdf_bg_kazanlak_rose_cyrillic_advance_balance_eur():
    rows = [('RB-10', 'Флакон розово масло', '10 ml, стъкло, дървена капачка', 12000, '0.64'),
            ('RB-BOX', 'Кутия подаръчна', '2 флакона, релеф', 6000, '1.35'),
            ('RB-CTN', 'Кашон', '48 кутии, 5 пласта', 125, '2.40')]
    lines = spec([(s, n, g, 'бр.', q, p) for s, n, g, q, p in rows])
    total = m2(subtotal(lines))
    check(lines, total)
    adv = (D(total) * D('0.3')).quantize(D('0.01'))
    table = [['Код', 'Наименование', 'Спецификация', 'К-во', 'Ед. цена EUR', 'Сума EUR']]
    table += [[s, n, g, '{:,}'.format(q).replace(',', ' '), p.replace('.', ','), eu(D(p) * q).replace('.', ' ')]
              for s, n, g, q, p in rows]
    head = [(45, 'РОЗА ДОЛИНА ООД', 13), (45, 'гр. Казанлък 6100, ул. Розова долина 9, тел. +359 431 6 22 80', 8),
            ('c', 'ПОРЪЧКА № 118 / 24.07.2027', 13), (45, 'Доставчик: Hangzhou Hengda Packaging Materials Co., Ltd.', 9)]
    tail = [('r', 'Обща сума: %s EUR' % eu(total).replace('.', ' '), 10),
            ('r', 'Аванс 30 %% (платен): %s EUR' % eu(adv).replace('.', ' '), 9),
            ('r', 'Остатък за плащане: %s EUR' % eu(D(total) - adv).replace('.', ' '), 9),
            (45, 'Адрес за доставка: Склад Роза Долина, Индустриална зона Изток, ул. Стара планина 3, 6100 Казанлък', 8),
            (45, 'Лице за контакт: Петя Иванова +359 888 412 337', 8)]
    data = grid_pdf(head, table, [45, 120, 160, 50, 60, 70], tail, 'Поръчка 118', 'Roza Dolina', 'hei',
                    align=['l', 'l', 'l', 'r', 'r', 'r'])
    body = ('Dear Ms. Fang,\n\nPlease find attached our order No. 118 (PDF). The 30% advance was paid today; the balance '
            'before shipment.\n\nBest regards,\nStoyan Dimitrov\nRoza Dolina Ltd.\n+359 431 6 22 81\n')
    eml = pdf_mail(H('Stoyan Dimitrov', 'office@rozadolina.bg', 'utf-8', 'Order No. 118 - Roza Dolina',
                     dh(2027, 7, 24, 10, 40, 12, 180), 'b7c6d5e4-f3a2-4b1c-9d8e-7f6a5b4c3d2e@rozadolina.bg',
                     'User-Agent: Mozilla Thunderbird'), body, 'utf-8', '7bit', data, 'Porachka_118.pdf',
                   '------------8A7B6C5D4E3F2A1B0C9D8E7F')
    return eml, T('pdf', 'utf-8',
                  'A Kazanlak rose-oil distiller\'s order in Bulgarian (PDF, Cyrillic, Thunderbird mail in English): '
                  '"ПОРЪЧКА № 118 / 24.07.2027", the company in capitals in the letterhead (РОЗА ДОЛИНА ООД) and as '
                  '"Roza Dolina Ltd." in the mail signature (keyed as the signature spells it), Наименование and Спецификация apart (keyed joined), '
                  'decimal commas, "Обща сума" (keyed), a paid 30 % advance and the remaining balance (neither is the '
                  'total). Adds up.',
                  [order('118', 'Roza Dolina Ltd.',
                         ('Петя Иванова', '+359 888 412 337',
                          'Склад Роза Долина, Индустриална зона Изток, ул. Стара планина 3, 6100 Казанлък'),
                         '2027-07-24', 'EUR', total, lines)])


@mail
def h509_pdf_k3_suifenhe_bread_contract_number_jian():
    rows = [('2.01.015', '列巴包装袋', '2kg 牛皮纸 印俄文', '个', 30000, '0.55'),
            ('2.01.016', '面包托', '圆形 Φ30cm 瓦楞', '个', 30000, '0.38'),
            ('2.03.002', '外箱', '6个装 五层', '件', 5000, '4.60'),
            ('2.05.001', '封口贴', '椭圆 俄文', '张', 30000, '0.03')]
    lines = spec(rows)
    total = m2(subtotal(lines))
    check(lines, total)
    table = [['物料代码', '物料名称', '规格型号', '单位', '数量', '含税单价', '价税合计', '交货日期']]
    table += [[s, n, g, u, '{:,}'.format(q), p, amt(D(p) * q), '2027-08-20'] for s, n, g, u, q, p in rows]
    table.append(['合计', '', '', '', '', '', amt(D(total)), ''])
    head = [('c', '绥芬河市俄罗斯风味食品有限公司', 13), ('c', '采 购 订 单', 12),
            (45, '编    号：POORD004417        合同号：SFH-HT-2027-031', 9),
            (45, '日    期：2027-07-25          供应商：杭州恒达包装材料有限公司', 9),
            (45, '币    别：人民币               结算方式：月结30天', 9)]
    tail = [(45, '交货地点：黑龙江省绥芬河市 边贸路 8 号 俄罗斯风味食品 面包车间', 9),
            (45, '收货人：赵雅琴  0453-3951276 / 15904535018', 9), (45, '业务员：于海波    审核：王立新', 9)]
    data = grid_pdf(head, table, [55, 70, 90, 28, 50, 50, 65, 62], tail, '采购订单 POORD004417', '金蝶K/3', 'hei',
                    align=['l', 'l', 'l', 'c', 'r', 'r', 'r', 'c'], size=8)
    body = '恒达：\n订单见附件（金蝶K3打印），合同号另见纸质合同。\n\n绥芬河俄罗斯风味食品 于海波 0453-3951200\n'
    eml = pdf_mail(H('于海波', 'yuhb@sfh-rusfood.com', 'gb18030', '采购订单 POORD004417', dh(2027, 7, 25, 9, 18, 0),
                     '202707250918001823@sfh-rusfood.com', 'X-Mailer: Coremail Webmail Server Version XT6.0'),
                   body, 'gb18030', 'base64', data, 'POORD004417.pdf', '----=_Part_58812_1784942280000')
    return eml, T('pdf', 'gb18030',
                  'A Suifenhe Russian-bread bakery\'s 金蝶 K/3 采购订单 as PDF (Coremail, GB18030 body): 编号 POORD004417 '
                  'beside a 合同号 (not the order number), label lines padded with spaces, 物料名称 and 规格型号 apart '
                  '(keyed joined), units 个/件/张, a 交货日期 column (no order date), 合计; the receiver with a landline '
                  'and a mobile (keyed the first). Adds up.',
                  [order('POORD004417', '绥芬河市俄罗斯风味食品有限公司',
                         ('赵雅琴', '0453-3951276', '黑龙江省绥芬河市 边贸路 8 号 俄罗斯风味食品 面包车间'),
                         '2027-07-25', 'CNY', total, lines)])


@mail
def h510_pdf_numbers_ph_cebu_mango_deposit_early_payment_discount():
    rows = [('Dried mango pouch', '100 g, foil, zip, 5 col.', 80000, '0.085'),
            ('Dried mango pouch', '200 g, foil, zip, 5 col.', 40000, '0.11'),
            ('Display box', '12 pouches, counter-top', 6000, '0.72'),
            ('Master carton', '24 display boxes, 5-ply', 250, '2.30')]
    lines = joined([(n, g, 'pcs', q, p) for n, g, q, p in rows])
    sub = subtotal(lines)
    disc = -(sub * D('0.02')).quantize(D('0.01'))
    total = m2(sub + disc)
    check(lines, total, disc)
    dep = (D(total) * D('0.3')).quantize(D('0.01'))
    table = [['Item', 'Details', 'Qty', 'Unit price (USD)', 'Amount (USD)']]
    table += [[n, g, '{:,}'.format(q), p, usd(D(p) * q)] for n, g, q, p in rows]
    head = [(45, 'ISLA SWEETS TRADING CORP.', 13), (45, 'M.C. Briones St., Mandaue City, Cebu 6014, Philippines', 8),
            ('r', 'PURCHASE ORDER', 14), ('r', 'PO No. IST-2027-044', 9), ('r', 'Date: 26 July 2027', 9)]
    tail = [('r', 'Subtotal  %s' % usd(sub), 9), ('r', 'Less 2%% early-payment discount  (%s)' % usd(-disc), 9),
            ('r', 'TOTAL USD  %s' % usd(total), 10), ('r', '30%% down payment due on confirmation: %s' % usd(dep), 8),
            (45, 'Deliver to: Isla Sweets - Mactan plant, MEPZ 2, Lapu-Lapu City, Cebu 6015 - c/o Ms. Joy Abellana, '
                 '+63 32 495 7730', 8)]
    data = grid_pdf(head, table, [120, 150, 60, 85, 85], tail, 'IST-2027-044', 'Numbers', 'hei',
                    align=['l', 'l', 'r', 'r', 'r'])
    body = ('Hi Ms. Fang,\n\nAttached is PO IST-2027-044 (exported from Numbers). We will remit the 30% down payment once '
            'you confirm.\n\nThanks,\nMaricel Ouano\nIsla Sweets Trading Corp.\n+63 917 632 1184\n')
    eml = pdf_mail(H('Maricel Ouano', 'maricel@islasweets.ph', 'utf-8', 'PO IST-2027-044', dh(2027, 7, 26, 15, 3, 19),
                     '3C2B1A09-8F7E-4D6C-B5A4-938271605F4E@islasweets.ph', 'X-Mailer: Apple Mail (2.3774.600.62)'),
                   body, 'utf-8', 'quoted-printable', data, 'IST-2027-044.pdf', 'Apple-Mail=_5D4C3B2A-1908-4F7E-6D5C-4B3A29180F7E')
    return eml, T('pdf', 'utf-8',
                  'A Cebu dried-mango exporter\'s PO made in Apple Numbers (PDF): the buyer in capitals in the letterhead '
                  'and in normal case in the mail signature (keyed as the signature spells it), Item and Details apart '
                  '(keyed joined; the same pouch twice by size), 3-decimal prices, Subtotal, "Less 2% early-payment '
                  'discount (…)" in brackets and TOTAL USD (keyed), a 30 % down payment that is not the total. Adds up '
                  'with the discount.',
                  [order('IST-2027-044', 'Isla Sweets Trading Corp.',
                         ('Ms. Joy Abellana', '+63 32 495 7730', 'Isla Sweets - Mactan plant, MEPZ 2, Lapu-Lapu City, Cebu 6015'),
                         '2027-07-26', 'USD', total, lines)])


# ============================================================ xlsx attachments
@mail
def h511_xlsx_wangdiantong_putian_longan_warehouse_column_freight():
    rows = [('GY-500', '桂圆干礼盒', '500g 天地盖 烫金', 6000, '5.80'),
            ('GY-250', '桂圆肉罐', '250g PET 铝盖', 20000, '0.95'),
            ('GY-BAG', '手提袋', '双盒 白卡', 3000, '1.40'),
            ('GY-CTN', '外箱', '12盒装 五层', 500, '5.60')]
    lines = spec([(s, n, g, '个', q, p) for s, n, g, q, p in rows])
    sub = subtotal(lines)
    fr = D('600.00')
    total = m2(sub + fr)
    check(lines, total, fr)
    sh = Sheet('采购单')
    sh.row(1, 1, ['采购单号', 'CG2027072700015', '', '创建时间', '2027-07-27 10:12:05'])
    sh.row(2, 1, ['供应商', '杭州恒达包装材料有限公司', '', '采购员', '黄秋萍'])
    sh.row(3, 1, ['入库仓库', '莆田荔城仓', '', '物流单号', ''])
    thead = ['商家编码', '货品名称', '规格名称', '采购数量', '采购价', '采购金额', '入库仓库']
    sh.row(5, 1, thead, bold=True, border=True)
    for i, (s, n, g, q, p) in enumerate(rows):
        r = 6 + i
        sh.row(r, 1, [s, n, g, q], border=True)
        sh.set(r, 5, D(p), border=True, fmt='0.00')
        sh.set(r, 6, ('=D%d*E%d' % (r, r), D(p) * q), border=True, fmt='0.00')
        sh.set(r, 7, '莆田荔城仓', border=True)
    r = 6 + len(rows)
    sh.row(r, 1, ['其他费用（运费）', '', '', '', ''])
    sh.set(r, 6, fr, fmt='0.00')
    sh.row(r + 1, 1, ['总金额', '', '', '', ''])
    sh.set(r + 1, 6, ('=SUM(F6:F%d)' % r, D(total)), fmt='0.00')
    sh.row(r + 3, 1, ['仓库地址', '福建省莆田市荔城区 黄石镇 桂圆产业园 5 号 荔城仓'])
    sh.row(r + 4, 1, ['仓库联系人', '郑国栋', '', '电话', '0594-2851106'])
    data = corpus_docs.xlsx_bytes([sh], creator='wdt', app_title=None)
    body = '恒达 方经理：\n\n旺店通里做的采购单导出来了，运费600我们出，已经算在总金额里。\n\n莆田荔园电子商务有限公司 黄秋萍 15960528812\n'
    eml = with_attachments(H('黄秋萍', 'hqp@liyuan-ec.com', 'utf-8', '采购单CG2027072700015', dh(2027, 7, 27, 10, 20, 44),
                             '20270727102044.78811.hqp@liyuan-ec.com', 'X-Mailer: Foxmail 7.2.25.375[cn]'),
                           body, 'utf-8', 'base64', [attachment(XLSX, data, '采购单_CG2027072700015.xlsx', name_style='rfc2231')],
                           '----=_001_NextPart772910384_=----')
    return eml, T('xlsx', 'utf-8',
                  'A Putian longan e-shop\'s 旺店通 purchase order export (.xlsx): label/value cells at the top (创建时间 '
                  'with a time, 入库仓库 by name only), 货品名称 and 规格名称 apart (keyed joined), a 入库仓库 column on '
                  'every row, an 其他费用（运费） row and 总金额 (keyed, with the freight); the warehouse address and '
                  'contact below the table; the company only in the mail signature. Adds up with the freight.',
                  [order('CG2027072700015', '莆田荔园电子商务有限公司',
                         ('郑国栋', '0594-2851106', '福建省莆田市荔城区 黄石镇 桂圆产业园 5 号 荔城仓'),
                         '2027-07-27', 'CNY', total, lines)])


@mail
def h512_xlsx_odoo_sn_dakar_bissap_french_millier():
    rows = [('[BT-33] Bouteille PET 33 cl, bouchon rouge', 'Millier', 40, '96.00'),
            ('[ET-33] Étiquette manchon 33 cl, 4 couleurs', 'Millier', 40, '18.50'),
            ('[CT-24] Carton 24 bouteilles 33 cl', 'Unité(s)', 1700, '0.62')]
    lines = [L(d.split(']')[0][1:], d.split('] ')[1], q, p) for d, u, q, p in rows]
    total = m2(subtotal(lines))
    check(lines, total)
    sh = Sheet('Sheet1')
    sh.row(1, 1, ['Référence de la commande', 'Fournisseur', 'Date de la commande', 'Lignes de la commande/Produit',
                  'Lignes de la commande/Quantité', 'Lignes de la commande/Unité de mesure',
                  'Lignes de la commande/Prix unitaire', 'Lignes de la commande/Sous-total', 'Total', 'Devise'], bold=True)
    for i, (d, u, q, p) in enumerate(rows):
        first = i == 0
        sh.row(2 + i, 1, ['P00093' if first else '', 'Hangzhou Hengda Packaging Materials Co., Ltd.' if first else '',
                          '28/07/2027 09:41:10' if first else '', d, q, u, D(p), D(p) * q])
        if first:
            sh.set(2, 9, D(total))
            sh.set(2, 10, 'EUR')
    data = corpus_docs.xlsx_bytes([sh], creator='Odoo', app_title=None)
    body = ('Bonjour,\n\nVoici l\'export de notre commande P00093 (Odoo). Les bouteilles et étiquettes sont au millier, '
            'comme dans votre offre.\n\nLivraison : Bissap Dakar SUARL, Zone franche industrielle de Mbao, lot 7, Dakar, '
            'Sénégal - M. Ousmane Diop, +221 77 640 12 55.\n\nCordialement,\nAwa Ndiaye\nBissap Dakar SUARL\n'
            '+221 33 832 40 10\n')
    eml = with_attachments(H('Awa Ndiaye', 'awa.ndiaye@bissapdakar.sn', 'utf-8', 'Commande P00093', dh(2027, 7, 28, 10, 2, 8, 0),
                             'CAAw4Nd5Ia6Ye7Bi8Ss9Ap0Da1Ka2Rs3@mail.gmail.com', 'X-Mailer: Gmail'),
                           body, 'utf-8', 'quoted-printable', [attachment(XLSX, data, 'Bon de commande (purchase.order).xlsx')],
                           '000000000000a9b8c7d6e5f4a3b2c1')
    return eml, T('xlsx', 'utf-8',
                  'A Dakar bissap-juice maker\'s Odoo list export (.xlsx, French): one row per line with the order fields '
                  'only on the first row (number, supplier = us, date with a time, Total, Devise EUR), long "Lignes de la '
                  'commande/…" headers, "[CODE] name" products (code keyed as SKU), bottles and labels in the unit '
                  '"Millier" (40 at 96.00: keyed as written); the delivery address only in the mail. Adds up.',
                  [order('P00093', 'Bissap Dakar SUARL',
                         ('M. Ousmane Diop', '+221 77 640 12 55', 'Bissap Dakar SUARL, Zone franche industrielle de Mbao, lot 7, Dakar, Sénégal'),
                         '2027-07-28', 'EUR', total, lines)])


@mail
def h513_xlsx_u8_qimen_black_tea_two_row_merged_tax_header():
    rows = [('QM-01', '红茶铁罐', '100g 圆罐 印金', '个', 20000, '3.39'),
            ('QM-02', '茶叶内袋', '铝箔 10g', '个', 200000, '0.113'),
            ('QM-03', '礼盒', '双罐 木质', '个', 3000, '33.90')]
    lines = spec(rows)
    total = m2(subtotal(lines))
    check(lines, total)
    sh = Sheet('采购订单')
    sh.set(1, 1, '祁门红香茶业有限公司采购订单', bold=True, size=16)
    sh.merge(1, 1, 1, 10)
    sh.row(2, 1, ['订单号：', 'QMHX-PO-270729', '', '', '订单日期：', '2027年7月29日'])
    sh.row(3, 1, ['供应商：', '杭州恒达包装材料有限公司', '', '', '税率：', '13%'])
    sh.row(5, 1, ['存货编码', '存货名称', '规格型号', '单位', '数量', '单价', '', '金额', '', ''], bold=True, border=True)
    sh.row(6, 1, ['', '', '', '', '', '含税', '不含税', '不含税金额', '税额', '价税合计'], bold=True, border=True)
    for c in (1, 2, 3, 4, 5):
        sh.merge(5, c, 6, c)
    sh.merge(5, 6, 5, 7)
    sh.merge(5, 8, 5, 10)
    for i, (s, n, g, u, q, p) in enumerate(rows):
        r = 7 + i
        gross = D(p) * q
        net = (gross / D('1.13')).quantize(D('0.01'))
        sh.row(r, 1, [s, n, g, u, q], border=True)
        sh.set(r, 6, D(p), border=True, fmt='0.000' if len(p.split('.')[1]) == 3 else '0.00')
        sh.set(r, 7, (D(p) / D('1.13')).quantize(D('0.0001')), border=True, fmt='0.0000')
        sh.set(r, 8, net, border=True, fmt='#,##0.00')
        sh.set(r, 9, gross - net, border=True, fmt='#,##0.00')
        sh.set(r, 10, ('=E%d*F%d' % (r, r), gross), border=True, fmt='#,##0.00')
    r = 7 + len(rows)
    sh.row(r, 1, ['合计'], bold=True, border=True)
    sh.set(r, 10, ('=SUM(J7:J%d)' % (r - 1), D(total)), border=True, fmt='#,##0.00')
    sh.row(r + 2, 1, ['收货地址：', '安徽省黄山市祁门县 祁山镇 红茶产业园 8 号 红香茶业 包装车间'])
    sh.row(r + 3, 1, ['收货人：', '胡志勇', '', '电话：', '0559-4512283'])
    sh.row(r + 4, 1, ['制单：', '汪晓燕', '', '审核：', '胡明'])
    data = corpus_docs.xlsx_bytes([sh], creator='yonyou', app_title='Microsoft Excel')
    body = '恒达包装：\n\n用友U8导出的采购订单请查收，价格是含税价。\n\n祁门红香茶业 采购 汪晓燕 0559-4512200\n'
    eml = with_attachments(H('汪晓燕', 'wangxy@qmhongxiang.com', 'gb18030', '采购订单 QMHX-PO-270729', dh(2027, 7, 29, 16, 55, 31),
                             '005e01dbd6c1$2a3b4c5d$6e7f8a9b$@qmhongxiang.com', 'X-Mailer: Microsoft Outlook 16.0'),
                           body, 'gb18030', 'base64', [attachment(XLSX, data, '采购订单QMHX-PO-270729.xlsx', name_style='gbk')],
                           '----=_NextPart_000_005F_01DBD6C1.2A3B4C5D')
    return eml, T('xlsx', 'gb18030',
                  'A Qimen black-tea maker\'s 用友 U8 export (.xlsx, Outlook GB18030): a two-row merged header (单价 over '
                  '含税 / 不含税, 金额 over 不含税金额 / 税额 / 价税合计), 存货名称 and 规格型号 apart (keyed joined), a '
                  '3-decimal tax-inclusive price (0.113, keyed with the tax-inclusive prices; line totals 价税合计), a '
                  '税率 13% label cell, 合计. Adds up.',
                  [order('QMHX-PO-270729', '祁门红香茶业有限公司',
                         ('胡志勇', '0559-4512283', '安徽省黄山市祁门县 祁山镇 红茶产业园 8 号 红香茶业 包装车间'),
                         '2027-07-29', 'CNY', total, lines)])


@mail
def h514_xlsx_vn_dalat_artichoke_letterhead_above_seller_per_1000():
    rows = [('AT-BAG', 'Tea bag envelope', 'paper/foil, 2 g, printed', 500000, '14.00', 1000),
            ('AT-BOX', 'Tea box', '25 envelopes, 350 gsm', 20000, '0.19', None),
            ('AT-JAR', 'Artichoke jar', '150 g glass, gold lid', 8000, '0.44', None),
            ('AT-CTN', 'Export carton', '40 boxes, 5-ply', 500, '1.25', None)]
    lines = [L(s, '%s %s' % (n, g), q, per(p, k) if k else p, D(p) * q / (k or 1)) for s, n, g, q, p, k in rows]
    total = m2(subtotal(lines))
    check(lines, total)
    sh = Sheet('PO')
    sh.row(1, 1, ['LANGBIANG HERBAL TEA CO., LTD'], bold=True, size=14)
    sh.row(2, 1, ['12 Tran Hung Dao, Ward 10, Da Lat City, Lam Dong, Vietnam - Tel +84 263 382 1145'])
    sh.row(4, 1, ['To:', 'Hangzhou Hengda Packaging Materials Co., Ltd.'])
    sh.row(5, 1, ['', '88 Jiangdong 3rd Road, Xiaoshan, Hangzhou, China - Tel +86 571 8287 6600'])
    sh.row(7, 1, ['PURCHASE ORDER', '', '', 'PO No.', 'LB-0730/27'], bold=True)
    sh.row(8, 1, ['', '', '', 'Date', '30/07/2027'])
    sh.row(10, 1, ['Code', 'Item', 'Specification', 'Quantity', 'Unit price (USD)', 'Price basis', 'Amount (USD)'],
           bold=True, border=True)
    for i, (s, n, g, q, p, k) in enumerate(rows):
        r = 11 + i
        sh.row(r, 1, [s, n, g, q], border=True)
        sh.set(r, 5, D(p), border=True, fmt='#,##0.00')
        sh.set(r, 6, 'per 1,000 pcs' if k else 'per pc', border=True)
        sh.set(r, 7, ('=D%d*E%d/%d' % (r, r, k or 1), D(p) * q / (k or 1)), border=True, fmt='#,##0.00')
    r = 11 + len(rows)
    sh.row(r, 6, ['TOTAL'], bold=True)
    sh.set(r, 7, ('=SUM(G11:G%d)' % (r - 1), D(total)), bold=True, fmt='#,##0.00')
    sh.row(r + 2, 1, ['Ship to:', 'Langbiang Herbal Tea - Packing workshop, Lot C2, Phu Hoi Industrial Park, Duc Trong, Lam Dong, Vietnam'])
    sh.row(r + 3, 1, ['Contact:', 'Mr. Nguyen Van Tam', '+84 918 221 045'])
    data = corpus_docs.xlsx_bytes([sh], creator='Nguyen Thi Hoa', app_title='Microsoft Excel')
    body = ('Dear Ms. Fang,\n\nPlease find attached our PO LB-0730/27.\n\nBest regards,\nNguyen Thi Hoa\nPurchasing - '
            'Langbiang Herbal Tea Co., Ltd\n+84 263 382 1146\n')
    eml = with_attachments(H('Nguyen Thi Hoa', 'hoa.nguyen@langbiangtea.vn', 'utf-8', 'PO LB-0730/27', dh(2027, 7, 30, 9, 15, 2, 420),
                             'TY0PR01MB6612A9B8C7D6E5F4@TY0PR01MB6612.apcprd01.prod.outlook.com', 'X-MS-Has-Attach: yes'),
                           body, 'utf-8', 'quoted-printable', [attachment(XLSX, data, 'PO LB-0730-27.xlsx')],
                           '_004_TY0PR01MB6612A9B8C7D6E5F4TY0PR01MB6612apcp_')
    return eml, T('xlsx', 'utf-8',
                  'A Da Lat artichoke-tea maker\'s .xlsx: its letterhead in capitals with address and phone, then our '
                  'name, address and phone after "To:" (neither a ship-to), PO No. and Date label cells on the right, '
                  'Item and Specification apart (keyed joined), a "Price basis" column (envelopes "per 1,000 pcs" at '
                  '14.00: keyed per piece, 0.014), formulas, TOTAL; the buyer keyed as the signature spells it. Adds up.',
                  [order('LB-0730/27', 'Langbiang Herbal Tea Co., Ltd',
                         ('Mr. Nguyen Van Tam', '+84 918 221 045',
                          'Langbiang Herbal Tea - Packing workshop, Lot C2, Phu Hoi Industrial Park, Duc Trong, Lam Dong, Vietnam'),
                         '2027-07-30', 'USD', total, lines)])


@mail
def h515_xlsx_jushuitan_yongding_dried_greens_two_sheets_summary_first():
    rows = [('YD-CG250', '梅菜干自立袋', '250g 牛皮纸 开窗', 40000, '0.36'),
            ('YD-CG500', '梅菜干自立袋', '500g 牛皮纸 开窗', 20000, '0.48'),
            ('YD-LH', '土楼礼盒', '1kg 天地盖 土楼图案', 2500, '9.60')]
    lines = spec([(s, n, g, '个', q, p) for s, n, g, q, p in rows])
    total = m2(subtotal(lines))
    check(lines, total)
    s1 = Sheet('汇总')
    s1.row(1, 1, ['采购单汇总'], bold=True)
    s1.row(2, 1, ['采购单号', '供应商', '采购日期', '商品数', '采购总额'], bold=True, border=True)
    s1.row(3, 1, ['PU20270731006', '杭州恒达包装材料有限公司', '2027-07-31', 3, D(total)], border=True)
    s2 = Sheet('明细')
    s2.row(1, 1, ['采购单号', '商品编码', '商品名称', '颜色及规格', '采购数量', '采购单价', '采购金额', '备注'], bold=True, border=True)
    for i, (s, n, g, q, p) in enumerate(rows):
        s2.row(2 + i, 1, ['PU20270731006', s, n, g, q, D(p), D(p) * q, ''], border=True)
    s2.row(5, 1, ['', '', '', '合计', sum(r[3] for r in rows), '', D(total)], border=True)
    data = corpus_docs.xlsx_bytes([s1, s2], creator='jushuitan', app_title=None)
    body = """恒达包装 你好：

聚水潭里的采购单导出给你，两个表，明细在第二个表。
到货仓库：福建省龙岩市永定区 湖坑镇 土楼特产仓 收货人 江丽华 0597-5532018 / 13559762240

永定客家土楼特产有限公司 电商部 江晓东
"""
    eml = with_attachments(H('江晓东', 'jiangxd@tulou-tech.com', 'utf-8', '采购单 PU20270731006', dh(2027, 7, 31, 11, 0, 26),
                             '1785466826.ab12cd34@tulou-tech.com', 'X-Mailer: Alimail'),
                           body, 'utf-8', 'base64', [attachment(XLSX, data, '采购单PU20270731006.xlsx', name_style='rfc2231')],
                           '----=_Part_1125_8817210.1785466826001')
    return eml, T('xlsx', 'utf-8',
                  'A Yongding dried-greens e-shop\'s 聚水潭 export (.xlsx, Alimail): a summary sheet first (number, '
                  'supplier = us, date, count, 采购总额), the lines on the second sheet with the order number on every '
                  'row, 商品名称 and 颜色及规格 apart (keyed joined; the same pouch twice by size), a 合计 row that also '
                  'sums quantities; the ship-to only in the mail, two phones (keyed the first). Adds up.',
                  [order('PU20270731006', '永定客家土楼特产有限公司',
                         ('江丽华', '0597-5532018', '福建省龙岩市永定区 湖坑镇 土楼特产仓'),
                         '2027-07-31', 'CNY', total, lines)])


# ============================================================ xls attachments
@mail
def h516_xls_suda_beian_soy_milk_powder_discount_rate_jian():
    rows = [('01005', '豆粉袋', '500g 镀铝 自立', '个', 50000, '0.42', 95),
            ('01006', '豆粉条袋', '30g×20 复合膜', '卷', 40, '420.00', 95),
            ('02011', '礼盒', '1.2kg 手提', '个', 4000, '8.00', 100),
            ('03002', '纸箱', '20袋装 五层', '件', 3000, '3.50', 100)]
    lines = []
    for s, n, g, u, q, p, r in rows:
        dp = (D(p) * r / 100).quantize(D('0.0001'))
        lines.append(L(s, '%s %s' % (n, g), q, format(dp.normalize(), 'f'), dp * q))
    total = m2(subtotal(lines))
    check(lines, total)
    sh, nxt = sheet_order('进货订单', [(1, ['进 货 订 单']), (2, ['单据号：JH-20270801-003', '', '', '日期：2027-08-01', '', '', '供应商：杭州恒达包装材料有限公司']),
                                      (3, ['购货单位：北安市金豆食品有限公司', '', '', '经手人：孔祥林'])],
                          ['编号', '品名', '规格', '单位', '数量', '单价', '折扣率%', '折后单价', '金额'],
                          [[s, n, g, u, q, D(p), r, (D(p) * r / 100).quantize(D('0.0001')), (D(p) * r / 100) * q]
                           for s, n, g, u, q, p, r in rows], {5: '0.00', 7: '0.0000', 8: '#,##0.00'},
                          [(0, ['合计', '', '', '', '', '', '', '', D(total)]),
                           (2, ['交货地址：黑龙江省黑河市北安市 经济开发区 大豆产业园 金豆食品 原料库']),
                           (3, ['联系人：孔祥林 0456-6423315  13946705521'])])
    data = corpus_docs.xls_bytes([sh])
    body = '恒达：\n速达里开的进货订单，前两样按95折，附件请查收。\n\n北安金豆食品 孔祥林\n'
    eml = with_attachments(H('孔祥林', 'kongxl@jindou-food.com', 'gbk', '进货订单JH-20270801-003', dh(2027, 8, 1, 8, 40, 13),
                             '2027080108401300.4412@jindou-food.com', 'X-Mailer: Foxmail 7.2.25.375[cn]'),
                           body, 'gbk', 'base64', [attachment(XLS, data, '进货订单JH-20270801-003.xls', name_style='gbk')],
                           '----=_001_NextPart118273645_=----')
    return eml, T('xls', 'gbk',
                  'A Bei\'an soy-milk-powder maker\'s 速达 进货订单 (.xls): labels and values in one cell, our name as 供应商 '
                  'and theirs as 购货单位, 品名 and 规格 apart (keyed joined), a 折扣率% column (95 for two lines) and a '
                  '4-decimal 折后单价 (the price keyed: 0.399 and 399.00), units 个/卷/件, 合计; the contact with a landline '
                  'and a mobile (keyed the first). Adds up.',
                  [order('JH-20270801-003', '北安市金豆食品有限公司',
                         ('孔祥林', '0456-6423315', '黑龙江省黑河市北安市 经济开发区 大豆产业园 金豆食品 原料库'),
                         '2027-08-01', 'CNY', total, lines)])


@mail
def h517_xls_cm_penja_pepper_french_old_erp_montant_en_lettres():
    rows = [('PJ-100', 'Pot verre poivre', '100 g, moulin intégré', 15000, '0.58'),
            ('PJ-SAC', 'Sachet kraft', '250 g, zip, fenêtre', 10000, '0.14'),
            ('PJ-CAR', 'Carton', '24 pots, 5 plis', 625, '1.20')]
    lines = spec([(s, n, g, 'U', q, p) for s, n, g, q, p in rows])
    total = m2(subtotal(lines))
    check(lines, total)
    sh, nxt = sheet_order('BC', [(1, ['POIVRE DE PENJA SA']), (2, ['BP 45 Penja, Moungo - Cameroun']),
                                 (4, ['BON DE COMMANDE N°', 'BC/2027/0802', '', 'Date', '02/08/2027']),
                                 (5, ['Fournisseur', 'HANGZHOU HENGDA PACKAGING', '', 'Devise', 'EUR'])],
                          ['Référence', 'Désignation', 'Spécification', 'Quantité', 'P.U.', 'Montant'],
                          [[s, n, g, q, D(p), D(p) * q] for s, n, g, q, p in rows], {4: '0.00', 5: '#,##0.00'},
                          [(0, ['', '', '', '', 'Total EUR', D(total)]),
                           (1, ['Arrêté le présent bon de commande à la somme de : dix mille huit cent cinquante euros']),
                           (3, ['Livraison : Port de Douala, magasin Poivre de Penja, Zone portuaire, Douala']),
                           (4, ['Contact : M. Emmanuel Ngando  +237 6 77 45 21 09'])])
    data = corpus_docs.xls_bytes([sh])
    body = ('Bonjour,\n\nVeuillez trouver en pièce jointe notre bon de commande BC/2027/0802.\n\nCordialement,\n'
            'Brigitte Ekwalla\nPoivre de Penja SA\n+237 2 33 49 10 20\n')
    assert total == '10850.00'
    eml = with_attachments(H('Brigitte Ekwalla', 'achats@poivredepenja.cm', 'iso-8859-1', 'Bon de commande BC/2027/0802',
                             dh(2027, 8, 2, 10, 33, 0, 60), '007a01dbd8e2$4c5d6e7f$8a9b0c1d$@poivredepenja.cm',
                             'X-Mailer: Microsoft Outlook 15.0'), body, 'iso-8859-1', 'quoted-printable',
                           [attachment(XLS, data, 'BC_2027_0802.xls')], '----=_NextPart_000_007B_01DBD8E2.4C5D6E7F')
    return eml, T('xls', 'iso-8859-1',
                  'A Penja pepper exporter\'s bon de commande from an old ERP (.xls, Outlook ISO-8859-1, French): the '
                  'company in capitals on top and in normal case in the signature (keyed as the signature spells it), '
                  '"BON DE COMMANDE N°" with the number in the next cell, Devise EUR, Désignation and Spécification apart '
                  '(keyed joined), Total EUR and the amount in French words ("Arrêté … à la somme de"); delivery to the '
                  'port store in Douala. Adds up.',
                  [order('BC/2027/0802', 'Poivre de Penja SA',
                         ('M. Emmanuel Ngando', '+237 6 77 45 21 09', 'Port de Douala, magasin Poivre de Penja, Zone portuaire, Douala'),
                         '2027-08-02', 'EUR', total, lines)])


@mail
def h518_xls_excel97_dunhuang_apricot_deposit_row_daxie():
    rows = [('杏皮水瓶', '300ml PET 热灌装', '个', 60000, '0.52'),
            ('瓶标', '收缩膜 四色', '个', 60000, '0.06'),
            ('李广杏干袋', '200g 自立 开窗', '个', 20000, '0.35'),
            ('外箱', '24瓶装 五层', '件', 2500, '3.20')]
    lines = joined(rows)
    total = m2(subtotal(lines))
    check(lines, total)
    dep = D('10000.00')
    sh, nxt = sheet_order('Sheet1', [(1, ['敦煌市鸣沙食品有限责任公司 订货单']),
                                     (2, ['订货单号', 'MS-DH-0803', '', '订货日期', '2027年8月3日'])],
                          ['品名', '规格', '单位', '数量', '单价', '金额'],
                          [[n, g, u, q, D(p), D(p) * q] for n, g, u, q, p in rows], {4: '0.00', 5: '#,##0.00'},
                          [(0, ['合计', '', '', '', '', D(total)]), (1, ['已付定金', '', '', '', '', dep]),
                           (2, ['余款', '', '', '', '', D(total) - dep]), (3, ['合计大写', daxie(total)]),
                           (5, ['收货：甘肃省酒泉市敦煌市 七里镇 鸣沙食品 厂区 2 号库  何彩霞  0937-8856120'])])
    data = corpus_docs.xls_bytes([sh])
    body = '恒达包装：\n附件订货单，定金一万已经打到你们公户了。\n\n敦煌鸣沙食品 何彩霞\n'
    eml = with_attachments(H('何彩霞', 'mingsha_food@126.com', 'gbk', '订货单 MS-DH-0803', dh(2027, 8, 3, 17, 12, 40),
                             '4a7c1e2f.2b3c.18f9a1b2c3d.Coremail.mingsha_food@126.com', 'X-Mailer: Coremail Webmail Server Version XT5.0.14'),
                           body, 'gbk', 'base64', [attachment(XLS, data, '订货单MS-DH-0803.xls', name_style='gbk')],
                           '----=_Part_88213_1201933.1785748360112')
    return eml, T('xls', 'gbk',
                  'A Dunhuang apricot-drink maker\'s form saved as Excel 97-2003 (.xls, 126 mail): 品名 and 规格 apart '
                  '(keyed joined), 合计, then 已付定金 and 余款 rows (the total keyed is 合计), 合计大写; the receiver '
                  'with address and phone in one cell. Adds up.',
                  [order('MS-DH-0803', '敦煌市鸣沙食品有限责任公司',
                         ('何彩霞', '0937-8856120', '甘肃省酒泉市敦煌市 七里镇 鸣沙食品 厂区 2 号库'),
                         '2027-08-03', 'CNY', total, lines)])


# ============================================================ CSV attachments
@mail
def h519_csv_ch_ticino_chocolate_libreoffice_apostrophe_chf():
    rows = [('TV-100', 'Scatola tavoletta', '100 g, cartoncino oro', 30000, '0.21'),
            ('IN-100', 'Incarto alluminio', '100 g, 14x17 cm', 30000, '0.045'),
            ('PR-16', 'Scatola praline', '16 pz, inserto PET', 5000, '1.15'),
            ('CT-50', 'Cartone', '50 tavolette', 600, '1.30')]
    lines = spec([(s, n, g, 'pz', q, p) for s, n, g, q, p in rows])
    total = m2(subtotal(lines))
    check(lines, total)

    def ch(v):
        return '{:,.2f}'.format(D(v)).replace(',', "'")
    tab = [['Ordine', 'ORD-TI-0804', '', '', '', ''], ['Data', '04.08.2027', '', '', '', ''], [],
           ['Codice', 'Articolo', 'Dettaglio', 'Quantità', 'Prezzo CHF', 'Importo CHF']]
    tab += [[s, n, g, "{:,}".format(q).replace(',', "'"), p, ch(D(p) * q)] for s, n, g, q, p in rows]
    tab += [[], ['', '', '', '', 'Totale CHF', ch(total)]]
    data = corpus_docs.csv_text(tab).encode('utf-8')
    body = ('Buongiorno,\n\nin allegato il nostro ordine ORD-TI-0804 (CSV da LibreOffice Calc).\n\nConsegna: Cioccolateria '
            'Verzasca SA, Via Cantonale 31, 6595 Riazzino, Svizzera - sig. Marco Bernasconi, +41 91 859 22 40.\n\n'
            'Cordiali saluti\nElena Pedrazzini\nCioccolateria Verzasca SA\n+41 91 859 22 00\n')
    eml = with_attachments(H('Elena Pedrazzini', 'e.pedrazzini@verzasca-choc.ch', 'utf-8', 'Ordine ORD-TI-0804',
                             dh(2027, 8, 4, 14, 8, 33, 120), 'a1b2c3d4-e5f6-7081-92a3-b4c5d6e7f809@verzasca-choc.ch',
                             'User-Agent: Mozilla Thunderbird'), body, 'utf-8', 'quoted-printable',
                           [attachment('text/csv', data, 'ORD-TI-0804.csv')], '------------0A1B2C3D4E5F6A7B8C9D0E1F')
    return eml, T('csv', 'utf-8',
                  'A Ticino chocolatier\'s order typed in LibreOffice Calc and saved as CSV (UTF-8, comma): Ordine and '
                  'Data "04.08.2027" on label rows, an empty row, Articolo and Dettaglio apart (keyed joined), Swiss '
                  'apostrophe thousands (30\'000, 6\'300.00), a 3-decimal price, a Totale CHF row after '
                  'an empty row; delivery in the mail. Adds up.',
                  [order('ORD-TI-0804', 'Cioccolateria Verzasca SA',
                         ('sig. Marco Bernasconi', '+41 91 859 22 40', 'Cioccolateria Verzasca SA, Via Cantonale 31, 6595 Riazzino, Svizzera'),
                         '2027-08-04', 'CHF', total, lines)])


@mail
def h520_csv_jushuitan_ningguo_hickory_gbk_freight_row():
    rows = [('NG-258', '山核桃罐', '258g 铁罐 手撕盖', 20000, '2.15'),
            ('NG-500', '山核桃袋', '500g 牛皮纸 自立', 15000, '0.58'),
            ('NG-BAG', '剥壳器小袋', 'OPP 8×12', 35000, '0.04')]
    lines = spec([(s, n, g, '个', q, p) for s, n, g, q, p in rows])
    sub = subtotal(lines)
    fr = D('450.00')
    total = m2(sub + fr)
    check(lines, total, fr)
    tab = [['采购单号', '采购日期', '供应商', '商品编码', '商品名称', '颜色及规格', '数量', '单价', '金额', '仓库']]
    tab += [['PU20270805002', '2027-08-05', '杭州恒达包装材料有限公司', s, n, g, q, p, m2(D(p) * q), '宁国主仓']
            for s, n, g, q, p in rows]
    tab += [['', '', '', '', '运费', '', '', '', m2(fr), ''], ['', '', '', '', '合计', '', sum(r[3] for r in rows), '', total, '']]
    data = corpus_docs.csv_text(tab).encode('gbk')
    body = '恒达包装：\n聚水潭采购单导出附上，运费我们承担已加进去。\n收货：安徽省宣城市宁国市 港口镇 山核桃产业园 宁国主仓 朱文斌 0563-4188026\n\n宁国山野食品有限公司 汪芳\n'
    eml = with_attachments(H('汪芳', 'wangfang@ngshanye.com', 'gbk', '采购单 PU20270805002', dh(2027, 8, 5, 9, 55, 3),
                             '202708050955032288140@ngshanye.com', 'X-Mailer: Foxmail 7.2.25.375[cn]'),
                           body, 'gbk', 'base64', [attachment('text/csv', data, '采购单PU20270805002.csv', name_style='gbk')],
                           '----=_001_NextPart552819034_=----')
    return eml, T('csv', 'gbk',
                  'A Ningguo hickory-nut maker\'s 聚水潭 export (GBK CSV, Foxmail): order number, date and supplier (us) '
                  'on every row, 商品名称 and 颜色及规格 apart (keyed joined), a 运费 row with the amount only and a 合计 '
                  'row that also sums quantities (the total keyed, with the freight); the receiver only in the mail. '
                  'Adds up with the freight.',
                  [order('PU20270805002', '宁国山野食品有限公司',
                         ('朱文斌', '0563-4188026', '安徽省宣城市宁国市 港口镇 山核桃产业园 宁国主仓'),
                         '2027-08-05', 'CNY', total, lines)])


@mail
def h521_csv_us_nm_green_chile_numbers_per_100_two_row_header():
    rows = [('Roasted chile jar', '16 oz glass, 70 mm lug', 18000, '42.00', 100),
            ('Lug cap', '70 mm, printed, plastisol', 18000, '9.50', 100),
            ('Shrink band', '70 mm, perforated', 18000, '1.20', 100),
            ('Case', '12 jars, 200#', 1500, '0.86', None)]
    lines = [L(None, '%s %s' % (n, g), q, per(p, k) if k else p, D(p) * q / (k or 1)) for n, g, q, p, k in rows]
    total = m2(subtotal(lines))
    check(lines, total)
    tab = [['Hatch Valley Roasters - Purchase Order', '', '', '', '', ''], ['PO #', 'HVR-1187', '', 'Date', 'Aug 6, 2027', ''],
           [], ['Item', 'Size / spec', 'Qty', 'Price', '', 'Amount'], ['', '', '', 'USD', 'per', '']]
    tab += [[n, g, '{:,}'.format(q), p, '100' if k else 'ea', '$' + usd(D(p) * q / (k or 1))] for n, g, q, p, k in rows]
    tab += [['', '', '', '', 'Total', '$' + usd(total)]]
    data = corpus_docs.csv_text(tab).encode('utf-8')
    body = ('Hi Fang,\n\nPO HVR-1187 attached (exported from Numbers). Ship to our roastery: Hatch Valley Roasters, 310 E '
            'Hall St, Hatch, NM 87937 - Rosa Apodaca (575) 555-0163.\n\nThanks!\nMiguel Trujillo\nHatch Valley Roasters '
            'LLC\n(575) 555-0150\n')
    eml = with_attachments(H('Miguel Trujillo', 'miguel@hatchvalleyroasters.com', 'utf-8', 'PO HVR-1187',
                             dh(2027, 8, 6, 9, 41, 17, -360), '5E4D3C2B-1A09-4F8E-B7D6-C5B4A3928170@hatchvalleyroasters.com',
                             'X-Mailer: Apple Mail (2.3774.600.62)'), body, 'utf-8', 'quoted-printable',
                           [attachment('text/csv', data, 'HVR-1187.csv')], 'Apple-Mail=_7F6E5D4C-3B2A-4190-8F7E-6D5C4B3A2918')
    return eml, T('csv', 'utf-8',
                  'A New Mexico green-chile roaster\'s PO exported from Apple Numbers as CSV: a title row, PO # and Date '
                  '"Aug 6, 2027" on one row, an empty row, a two-row header (Price over USD / per), Item and "Size / '
                  'spec" apart (keyed joined), prices per 100 for jars, caps and bands (keyed per piece, 0.42, 0.095, '
                  '0.012), amounts with "$" and thousands commas (quoted), Total; the company named in the signature '
                  'with LLC. Adds up.',
                  [order('HVR-1187', 'Hatch Valley Roasters LLC',
                         ('Rosa Apodaca', '(575) 555-0163', 'Hatch Valley Roasters, 310 E Hall St, Hatch, NM 87937'),
                         '2027-08-06', 'USD', total, lines)])


# ============================================================ not orders
@mail
def h522_non_macau_restaurant_big5_statement_reconciliation():
    rows = [('2027-06-08', 'MC-HT-0608', '外賣盒 750ml', '12,400.00'),
            ('2027-06-22', 'MC-HT-0622', '湯碗 / 紙袋', '8,960.00'),
            ('2027-07-06', 'MC-HT-0706', '外賣盒 / 筷子套', '15,230.00')]
    tab = '\n'.join('%s  %s  %-14s  MOP %s' % r for r in rows)
    body = """恆達包裝 會計部 鈞鑒：

本店六月至七月向貴司訂貨如下，請核對是否與貴司賬目相符：

日期        訂單號        貨品            金額
%s
合計                                      MOP 36,590.00
已付（6月30日轉賬）                       MOP 12,400.00
未付                                      MOP 24,190.00

如無誤，我司將於八月十日前付清餘款。如有差異請回覆。

澳門氹仔 好彩茶餐廳有限公司
會計 梁嘉慧  2882 1146
""" % tab
    eml = single(H('梁嘉慧', 'account@houchoi-macau.com', 'big5-hkscs', '對賬 6-7月 好彩茶餐廳', dh(2027, 8, 7, 11, 20, 5),
                   '000c01dbdb31$7f8e9d0c$1b2a3948$@houchoi-macau.com', 'X-Mailer: Microsoft Outlook 16.0'),
                 body, 'big5-hkscs', 'base64')
    return eml, T('none', 'big5-hkscs',
                  'NOT an order: a Taipa tea restaurant\'s accountant sends a reconciliation (Big5): three past order '
                  'numbers with dates, goods and MOP amounts, a 合計, a paid amount and the balance, asking us to '
                  'confirm. Big5-HKSCS (氹 is not in plain Big5). It goes to accounts; nothing is keyed.', [])


@mail
def h523_non_no_auto_reply_quoting_po_subject():
    body = """Takk for e-posten din.

Jeg er på ferie til og med 23. august og leser ikke e-post. For innkjøp og bestillinger, kontakt
innkjop@gbysteri.no eller ring +47 612 94 300.

Thank you for your e-mail. I am on holiday until 23 August. For purchasing matters, including
PO GY-PO-27-0415 (30,000 wrapper film, 3,000 gift boxes, 2,500 cartons), please contact
innkjop@gbysteri.no.

Med vennlig hilsen / Best regards
Kari Haugen
Gudbrandsdal Ysteri AS
"""
    eml = single(H('Kari Haugen', 'kari.haugen@gbysteri.no', 'utf-8',
                   'Automatisk svar: RE: FW: For approval: PO GY-PO-27-0415 Hengda', dh(2027, 8, 8, 9, 0, 3, 120),
                   'AM0PR02MB5561F6E5D4C3B2A1@AM0PR02MB5561.eurprd02.prod.outlook.com', None,
                   extra=('Auto-Submitted: auto-replied', 'X-Auto-Response-Suppress: All')),
                 body, 'utf-8', 'quoted-printable')
    return eml, T('none', 'utf-8',
                  'NOT an order: the Norwegian dairy buyer\'s (h497) Outlook auto-reply in Norwegian and English, its '
                  'subject quoting the PO subject, its text naming the PO and its quantities. Nothing is keyed.', [])


@mail
def h524_non_taitung_complaint_crushed_boxes_quoting_order():
    body = """恆達 您好：

BN-1160707 這批貨昨天到了，外箱有 38 箱壓壞，裡面的釋迦禮盒變形不能用，大約 150 個。
照片另寄。請問是補寄 150 個禮盒，還是從下次貨款扣？麻煩盡快回覆，月底就要出貨。

林淑芬 089-380500

----- 原始郵件 -----
寄件者：林淑芬 <beinan.fruit@yahoo.com.tw>
日期：116/7/7 15:40
主旨：訂單 BN-1160707 釋迦禮盒

> 訂單號碼：BN-1160707
> 品名\t規格\t數量\t單價
> 釋迦禮盒\t6入 手提 開窗\t5,000 個\tNT$28.00
> 水果網套\t12cm 白色 500個/包\t80 包\tNT$120.00
> 瓦楞外箱\t4盒裝 五層\t1,250 個\tNT$18.00
> 總計 NT$175,600.00
"""
    eml = single(H('林淑芬', 'beinan.fruit@yahoo.com.tw', 'big5', '回覆：訂單 BN-1160707 釋迦禮盒 壓壞',
                   dh(2027, 8, 9, 8, 15, 22), '1987654321.998877.1786234522@mail.yahoo.com',
                   'X-Mailer: YahooMailWebService/0.8.111'), body, 'big5', 'quoted-printable')
    return eml, T('none', 'big5',
                  'NOT an order: the Taitung co-operative (h491) reports crushed cartons and asks whether we resend 150 '
                  'gift boxes or credit them, quoting the original order lines and total. A complaint for sales; '
                  'nothing is keyed (a replacement, if agreed, is entered by us).', [])


@mail
def h525_non_label_printer_invoice_to_hengda_pdf():
    table = [['序号', '品名', '规格', '数量', '单价', '金额']]
    items = [('不干胶瓶标', 'φ76 四色 覆膜', 60000, '0.045'), ('收缩膜标签', '300ml 四色', 60000, '0.052')]
    table += [[str(i + 1), n, g, '{:,}'.format(q), p, amt(D(p) * q)] for i, (n, g, q, p) in enumerate(items)]
    tot = sum(D(p) * q for n, g, q, p in items)
    table.append(['', '合计', '', '', '', amt(tot)])
    head = [('c', '萧山印美标签印刷厂 送货对账单 / 发票通知', 13),
            (45, '客户：杭州恒达包装材料有限公司    单号：YM-FP-2708-112    日期：2027-08-10', 9),
            (45, '对应客户订单：HD-WX-270712（委外印刷）', 9)]
    tail = [(45, '合计金额：%s 元（%s）' % (amt(tot), daxie(tot)), 9), (45, '增值税专用发票已开，请于30天内付款。', 9),
            (45, '开户行：杭州农商银行萧山支行  账号 201000187654321', 9)]
    data = grid_pdf(head, table, [35, 100, 110, 70, 60, 90], tail, '发票通知 YM-FP-2708-112', '印美', 'hei',
                    align=['c', 'l', 'l', 'r', 'r', 'r'])
    body = '恒达 采购部：\n上月委外印刷的标签已送货，对账单和发票通知见附件，请安排付款。\n\n印美标签 财务 沈燕 0571-82736610\n'
    eml = pdf_mail(H('沈燕', 'caiwu@yinmei-label.com', 'utf-8', '对账单/发票通知 YM-FP-2708-112', dh(2027, 8, 10, 14, 2, 55),
                     '202708101402551182@yinmei-label.com', 'X-Mailer: Foxmail 7.2.25.375[cn]'),
                   body, 'utf-8', 'base64', data, '对账单YM-FP-2708-112.pdf', '----=_001_NextPart660193827_=----',
                   name_style='rfc2231')
    return eml, T('none', 'utf-8',
                  'NOT an order: a label printer we subcontract invoices us (PDF "送货对账单 / 发票通知"): we are the '
                  'customer, with our own order number, lines with specs, quantities, prices and amounts, a total in '
                  'figures and 大写 and bank details. It goes to purchasing and accounts; nothing is keyed.', [])


@mail
def h526_non_putian_wangdiantong_purchase_return_csv():
    tab = [['退货单号', '采购单号', '供应商', '商家编码', '货品名称', '规格名称', '退货数量', '采购价', '退货金额', '退货原因']]
    tab += [['TH2027081100003', 'CG2027072700015', '杭州恒达包装材料有限公司', 'GY-500', '桂圆干礼盒', '500g 天地盖 烫金', 320,
             '5.80', '1856.00', '烫金脱落'],
            ['TH2027081100003', 'CG2027072700015', '杭州恒达包装材料有限公司', 'GY-BAG', '手提袋', '双盒 白卡', 150, '1.40',
             '210.00', '提绳断']]
    tab += [['', '', '', '', '合计', '', 470, '', '2066.00', '']]
    data = corpus_docs.csv_text(tab).encode('utf-8-sig')
    body = ('恒达 方经理：\n\n上批货（采购单 CG2027072700015）有一部分质量问题，旺店通里做了采购退货单，导出附上。'
            '退货明天顺丰寄回，金额请从下次货款里扣。\n\n莆田荔园电子商务有限公司 黄秋萍 15960528812\n')
    eml = with_attachments(H('黄秋萍', 'hqp@liyuan-ec.com', 'utf-8', '采购退货单 TH2027081100003', dh(2027, 8, 11, 16, 30, 12),
                             '20270811163012.90122.hqp@liyuan-ec.com', 'X-Mailer: Foxmail 7.2.25.375[cn]'),
                           body, 'utf-8', 'base64', [attachment('text/csv', data, '采购退货单TH2027081100003.csv', name_style='rfc2231')],
                           '----=_001_NextPart883102947_=----')
    return eml, T('none', 'utf-8',
                  'NOT an order: the Putian e-shop (h511) sends a 旺店通 purchase RETURN (采购退货单, UTF-8 BOM CSV) '
                  'for part of its order: return number, the original order number, codes, names, specs, quantities, '
                  'prices, amounts and reasons, a 合计 row; the money to be deducted. Nothing is keyed as an order.', [])


# ============================================================ main

if __name__ == '__main__':
    run(HERE, MAILS, sys.argv[1:])  # write the mails here
