#!/usr/bin/python3
"""Hand-written purchase-order mails h687–h726 (the nineteenth untuned set).

Written one by one as customers of 杭州恒达包装材料有限公司 send them,
without reading the extractor and without running orderctl or the score
script on them; each function gives the mail and the truth a careful order
clerk would key in (notes say when the clerk holds it). Where a line has
its specification in its own column, field, bracket or line, the title is
name + " " + spec. Helpers come from ../corpus_hand.py (and the table
drawers of ../fresh14/make_hand16.py); attachments use ../corpus_docs.py:

    /usr/bin/python3 tests/data/po-corpus/fresh17/make_hand19.py [hNNN ...]
"""
import datetime
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), 'fresh14'))

import corpus_docs  # noqa: E402
from corpus_hand import (D, m2, attachment, single, with_attachments, cells_html, XLSX, check, XLS, order, amt,  # noqa: E402
                         subtotal, dh, daxie, eu, grid_pdf, Sheet, registry, run, L, per, usd,
                         H, T, html_mail, strip, pdf_mail)
import make_hand2  # noqa: E402
from make_hand16 import pk, lt, spaced, n0, ru, dw, framed  # noqa: E402

MAILS, mail = registry()


def sp(rows):
    """rows (name, spec, qty, price): title name + ' ' + spec."""
    return [L(None, '%s %s' % (n, g) if g else n, q, p) for n, g, q, p in rows]


def ssp(rows):
    """rows (sku, name, spec, qty, price)."""
    return [L(s, '%s %s' % (n, g) if g else n, q, p) for s, n, g, q, p in rows]


def pipes(rows):
    """A Markdown-ish pipe table padded by display width, a dashed rule under the header."""
    n = len(rows[0])
    w = [max(dw(str(r[i])) for r in rows) for i in range(n)]
    out = []
    for k, r in enumerate(rows):
        out.append('| ' + ' | '.join(str(v) + ' ' * (w[i] - dw(str(v))) for i, v in enumerate(r)) + ' |')
        if k == 0:
            out.append('|' + '|'.join('-' * (x + 2) for x in w) + '|')
    return '\n'.join(out)


# ============================================================ plain text bodies
@mail
def h687_shaoxing_huangjiu_gbk_tabs_per_thousand_freight():
    rows = [('黄酒坛封口纸', '直径12cm 红色 印字', 80000, '120.00', 1000, '张'),
            ('礼盒', '花雕 两坛装 木纹纸', 3000, '14.60', 1, '个'),
            ('外箱', '六坛装 五层 加硬', 1200, '7.20', 1, '个'),
            ('防伪贴', '镭射 带刮码', 50000, '38.00', 1000, '张')]
    lines = pk([(n, g, q, p, k) for n, g, q, p, k, u in rows])
    freight = D('650.00')
    total = m2(subtotal(lines) + freight)
    check(lines, total, freight)
    tab = '\n'.join('\t'.join(r) for r in
                    [('品名', '规格', '数量', '单位', '单价', '金额')] +
                    [(n, g, n0(q), u, ('%s元/千张' % p) if k > 1 else p + '元', amt(lt(p, q, k))) for n, g, q, p, k, u in rows])
    body = f"""恒达包装 方经理：

您好！今年冬酿开坛，订一批包材，明细如下（含税）：

订单编号：SXHJ-2802-011
订货日期：2028年2月3日

{tab}

货款合计：{amt(subtotal(lines))}元
运费：{amt(freight)}元（德邦到厂）
总计：{amt(total)}元

交货：2月20日前
收货地址：浙江省绍兴市越城区 东浦街道 酒乡路 18 号 会稽山坊 成品仓
收货人：沈国强 138 5851 2290

绍兴会稽山坊酒业有限公司 供应科
沈丽萍 0575-85123456
"""
    eml = single(H('沈丽萍', 'shenlp@kjsf-wine.com', 'gbk', '订单 SXHJ-2802-011 黄酒包材', dh(2028, 2, 3, 9, 14, 2),
                   '202802030914021182@kjsf-wine.com', 'X-Mailer: Foxmail 7.2.25.375[cn]'), body, 'gbk', 'base64')
    return eml, T('body', 'gbk',
                  'A Shaoxing (Zhejiang) rice-wine maker in GBK: 订单编号 / 订货日期 labels, a tab-separated table with 品名 and '
                  '规格 apart (keyed joined), jar seals and labels priced "120.00元/千张" (keyed per piece), 货款合计, a 运费 line '
                  'and 总计 (keyed). Adds up with freight.',
                  [order('SXHJ-2802-011', '绍兴会稽山坊酒业有限公司',
                         ('沈国强', '138 5851 2290', '浙江省绍兴市越城区 东浦街道 酒乡路 18 号 会稽山坊 成品仓'),
                         '2028-02-03', 'CNY', total, lines)])


@mail
def h688_zigong_rabbit_gb18030_qp_sentences_discount_daxie():
    rows = [('冷吃兔真空袋', '250g 铝箔 自立拉链', 40000, '0.42'), ('手提礼盒', '4袋装 牛皮纸', 5000, '5.80'),
            ('麻辣标签', '6×9cm 不干胶', 40000, '0.05'), ('外箱', '20盒装', 250, '6.00')]
    lines = sp(rows)
    goods = subtotal(lines)
    disc = (goods * D('0.05')).quantize(D('0.01'))
    total = m2(goods - disc)
    check(lines, total, -disc)
    body = f"""方经理你好，

过年卖断货了，赶紧补一单，单号 ZG-LCT-0206。
要冷吃兔真空袋 250g 铝箔自立拉链的 4万个，0.42一个；手提礼盒（4袋装 牛皮纸）5000个，5块8；
麻辣标签 6×9cm 不干胶 4万张，5分钱一张；外箱 20盒装 250个，6块一个。

一共 {amt(goods)}，老客户按说好的九五折，优惠 {amt(disc)}，实付 {amt(total)} 元
（大写：{daxie(total)}）。

发到：四川省自贡市大安区 盐都大道 77 号 蜀盐记 食品厂
收货 罗永刚 159 2860 7713

自贡蜀盐记食品有限公司 罗敏
2028.2.6
"""
    eml = single(H('罗敏', 'luomin@shuyanji.cn', 'gb18030', '补货 ZG-LCT-0206', dh(2028, 2, 6, 20, 31, 44),
                   '1f2a3b4c.5d6e.18f7a8b9c0d.Coremail.luomin@shuyanji.cn', 'X-Mailer: Coremail Webmail Server Version XT5.0.13'),
                 body, 'gb18030', 'quoted-printable')
    return eml, T('body', 'gb18030',
                  'A Zigong (Sichuan) cold-eaten-rabbit maker in GB18030 quoted-printable: items as sentences with 4万个 / '
                  '5块8 / 5分钱 prices (keyed 40000, 5.80, 0.05), specs in brackets or after the name (keyed joined), a 九五折 '
                  'discount, the total and 大写; the date 2028.2.6 at the foot. Adds up after the discount.',
                  [order('ZG-LCT-0206', '自贡蜀盐记食品有限公司',
                         ('罗永刚', '159 2860 7713', '四川省自贡市大安区 盐都大道 77 号 蜀盐记 食品厂'),
                         '2028-02-06', 'CNY', total, lines)])


@mail
def h689_chiayi_alishan_tea_big5_pipes_roc_tax():
    rows = [('T-150', '茶葉罐', '150g 馬口鐵 霧金', 3000, '28'), ('T-300', '茶葉罐', '300g 馬口鐵 霧金', 2000, '36'),
            ('B-02', '禮盒', '雙罐入 硬紙 燙金', 2000, '45'), ('V-75', '真空鋁箔袋', '75g 四方袋', 10000, '2.2')]
    lines = ssp(rows)
    net = subtotal(lines)
    tax = (net * D('0.05')).quantize(D('1'))
    total = m2(net + tax)
    check(lines, total, tax)
    tab = pipes([('品號', '品名', '規格', '數量', '單價', '金額')] +
                [(s, n, g, n0(q), p, n0(int(lt(p, q)))) for s, n, g, q, p in rows])
    body = f"""恆達包裝 方小姐 您好：

春茶包材訂單如下，請確認交期。

訂單號碼：AL1170208-01
訂購日期：117/02/08

{tab}

未稅合計：NT$ {n0(int(net))}
營業稅 5%：NT$ {n0(int(tax))}
含稅總計：NT$ {n0(int(D(total)))}

送貨地址：嘉義縣阿里山鄉 樂野村 3 鄰 12 號 阿里山高山茶廠
收貨人：莊文彬 0932-118-765

阿里山樂野茶業有限公司 莊雅婷
05-2562118
"""
    eml = single(H('莊雅婷', 'yating@leye-tea.com.tw', 'big5', '訂單 AL1170208-01 茶葉罐', dh(2028, 2, 8, 10, 5, 30),
                   '000601dd6a1e$3b5c7d90$b2157ab0$@leye-tea.com.tw', 'X-Mailer: Microsoft Outlook 16.0'), body, 'big5', 'base64')
    return eml, T('body', 'big5',
                  'A Chiayi (Alishan, Taiwan) tea farm in Big5: a pipe table with a dashed rule, 品號 / 品名 / 規格 (name and spec '
                  'keyed joined; two tins of one name told apart by size), integer NT$ prices and one 2.2, a ROC date '
                  '117/02/08, 未稅合計 / 營業稅 5% / 含稅總計 (keyed). Adds up with the tax.',
                  [order('AL1170208-01', '阿里山樂野茶業有限公司',
                         ('莊文彬', '0932-118-765', '嘉義縣阿里山鄉 樂野村 3 鄰 12 號 阿里山高山茶廠'),
                         '2028-02-08', 'TWD', total, lines)])


@mail
def h690_bolivia_quinoa_latin1_qp_spaces_flete():
    rows = [('BQ-1K', 'Bolsa doypack 1 kg, kraft con ventana', 20000, '0.185'),
            ('BQ-500', 'Bolsa doypack 500 g, kraft con ventana', 30000, '0.142'),
            ('CJ-12', 'Caja master 12 x 1 kg, 5 capas', 1700, '1.35'),
            ('ET-RD', 'Etiqueta redonda 6 cm, papel couché', 50000, '0.018')]
    lines = [L(s, t, q, p) for s, t, q, p in rows]
    goods = subtotal(lines)
    freight = D('1250.00')
    total = m2(goods + freight)
    check(lines, total, freight)
    tab = spaced([('Código', 'Descripción', 'Cant.', 'P. Unit.', 'Importe')] +
                 [(s, t, n0(q, '.'), p.replace('.', ','), eu(lt(p, q))) for s, t, q, p in rows],
                 [8, 42, 9, 10, 12], right=(2, 3, 4))
    body = f"""Estimados señores de Hengda:

Adjunto en el cuerpo nuestra Orden de Compra N° OC-0214/2028 de fecha 14/02/2028.
Precios en dólares americanos (USD), FOB Ningbo.

{tab}

Subtotal mercadería:              USD {eu(goods)}
Flete marítimo hasta Arica:       USD {eu(freight)}
TOTAL ORDEN:                      USD {eu(total)}

Entrega en: Quinua Real del Altiplano S.R.L., Av. 6 de Marzo 1450, Zona Senkata, El Alto, La Paz, Bolivia
Contacto almacén: Sr. Wilfredo Mamani, +591 2 282 4410

Saludos cordiales,
Lic. Carla Quispe Huanca
Jefa de Compras
Quinua Real del Altiplano S.R.L.
"""
    eml = single(H('Carla Quispe Huanca', 'cquispe@quinuareal.com.bo', 'iso-8859-1', 'Orden de Compra OC-0214/2028',
                   dh(2028, 2, 14, 9, 2, 10, -240), '1a2b3c4d5e6f@quinuareal.com.bo', 'User-Agent: Mozilla Thunderbird 115.7.0'),
                 body, 'iso-8859-1', 'quoted-printable')
    return eml, T('body', 'iso-8859-1',
                  'An El Alto (Bolivia) quinoa exporter in Spanish, ISO-8859-1 quoted-printable: the number and the date '
                  '14/02/2028 in one sentence, USD named in a sentence, columns aligned by spaces only, dot thousands and '
                  'decimal commas, 3-decimal prices, sea freight to Arica in the total. Adds up with freight.',
                  [order('OC-0214/2028', 'Quinua Real del Altiplano S.R.L.',
                         ('Wilfredo Mamani', '+591 2 282 4410', 'Quinua Real del Altiplano S.R.L., Av. 6 de Marzo 1450, Zona Senkata, El Alto, La Paz, Bolivia'),
                         '2028-02-14', 'USD', total, lines)])


@mail
def h691_moldova_winery_iso8859_16_reducere():
    rows = [('Cutie cadou vin', '1 sticlă, carton ondulat, imprimare 2 culori', 4000, '1.25'),
            ('Cutie cadou vin', '2 sticle, cu mâner', 2500, '1.90'),
            ('Separator carton', '6 sticle', 3000, '0.32'),
            ('Etichetă autoadezivă', '9 x 12 cm, hârtie texturată', 30000, '0.045')]
    lines = sp(rows)
    goods = subtotal(lines)
    disc = (goods * D('0.03')).quantize(D('0.01'))
    total = m2(goods - disc)
    check(lines, total, -disc)
    items = '\n'.join('%d. %s - %s: %s buc. x %s EUR = %s EUR' % (i + 1, n, g, n0(q, ' '), p.replace('.', ','), ru(lt(p, q)))
                      for i, (n, g, q, p) in enumerate(rows))
    body = f"""Bună ziua, doamna Fang,

Vă transmitem comanda nr. CM-047 din 15.02.2028:

{items}

Total marfă: {ru(goods)} EUR
Reducere 3 % (conform ofertei): -{ru(disc)} EUR
Total de plată: {ru(total)} EUR

Livrare: Vinăria Codrii Strășeni SRL, str. Ștefan cel Mare 212, Strășeni, MD-3701, Republica Moldova
Persoană de contact: Ion Țurcanu, tel. +373 237 2 45 67

Cu stimă,
Mariana Lupașcu
Departament achiziții
Vinăria Codrii Strășeni SRL
"""
    eml = single(H('Mariana Lupașcu', 'achizitii@codrii-straseni.md', 'iso-8859-16', 'Comanda CM-047', dh(2028, 2, 15, 11, 20, 0, 120),
                   '5e7f9a1b-2c3d-4e5f-8a9b-0c1d2e3f4a5b@codrii-straseni.md', 'X-Mailer: Zimbra 9.0.0_GA_4583 (ZimbraWebClient - FF122)'),
                 body, 'iso-8859-16', 'quoted-printable')
    return eml, T('body', 'iso-8859-16',
                  'A Strășeni (Moldova) winery in Romanian, ISO-8859-16 quoted-printable (ș, ț, ă, â): numbered lines "name - '
                  'spec: qty buc. x price EUR = amount EUR" (name and spec keyed joined; two gift boxes of one name), '
                  'space thousands and decimal commas, a 3 % Reducere, Total de plată (keyed), the date 15.02.2028 in the '
                  'opening sentence. Adds up after the discount.',
                  [order('CM-047', 'Vinăria Codrii Strășeni SRL',
                         ('Ion Țurcanu', '+373 237 2 45 67', 'Vinăria Codrii Strășeni SRL, str. Ștefan cel Mare 212, Strășeni, MD-3701, Republica Moldova'),
                         '2028-02-15', 'EUR', total, lines)])


@mail
def h692_macedonia_ajvar_iso8859_5_spaces_per_thousand():
    rows = [('ET-AJ-550', 'Етикета ајвар', '550 г, сјајна', 60000, '12.00', 1000),
            ('KT-12', 'Картонска кутија', '12 тегли, 5 слоја', 5000, '0.95', 1),
            ('PD-BOX', 'Подарочна кутија', '3 тегли, со рачка', 2000, '1.70', 1),
            ('ST-F', 'Стреч фолија', '500 мм x 300 м', 120, '9.40', 1)]
    lines = [L(s, '%s %s' % (n, g), q, per(p, k) if k > 1 else p, lt(p, q, k)) for s, n, g, q, p, k in rows]
    total = m2(subtotal(lines))
    check(lines, total)
    tab = spaced([('Шифра', 'Назив', 'Опис', 'Кол.', 'Цена EUR', 'Износ EUR')] +
                 [(s, n, g, n0(q, '.'), (p.replace('.', ',') + '/1000') if k > 1 else p.replace('.', ','), eu(lt(p, q, k)))
                  for s, n, g, q, p, k in rows], [11, 18, 20, 9, 13, 12], right=(3, 4, 5))
    body = f"""Почитувана г-ѓа Фанг,

Ве молиме да ја испорачате следнава нарачка.

Нарачка бр.: 031/2028
Датум: 16.02.2028

{tab}

Вкупно: {eu(total)} EUR

Испорака: Струмичка Нива ДООЕЛ, ул. Маршал Тито бб, 2400 Струмица, Северна Македонија
Контакт: Горан Стојанов, +389 34 345 678

Со почит,
Билјана Трајкова
Струмичка Нива ДООЕЛ
"""
    eml = single(H('Билјана Трајкова', 'nabavka@strumicka-niva.mk', 'iso-8859-5', 'Нарачка 031/2028', dh(2028, 2, 16, 8, 45, 12, 60),
                   '20280216084512.7F1A@strumicka-niva.mk', 'User-Agent: Roundcube Webmail/1.6.5'), body, 'iso-8859-5', 'quoted-printable')
    return eml, T('body', 'iso-8859-5',
                  'A Strumica (North Macedonia) ajvar maker in Macedonian Cyrillic, ISO-8859-5 quoted-printable (ѓ, ј, љ): '
                  'Нарачка бр. / Датум labels, columns by spaces, Назив and Опис apart (keyed joined), labels priced '
                  '"12,00/1000" (keyed per piece), dot thousands and decimal commas, EUR in the header. Adds up.',
                  [order('031/2028', 'Струмичка Нива ДООЕЛ',
                         ('Горан Стојанов', '+389 34 345 678', 'Струмичка Нива ДООЕЛ, ул. Маршал Тито бб, 2400 Струмица, Северна Македонија'),
                         '2028-02-16', 'EUR', total, lines)])


@mail
def h693_bahrain_dates_bhd_three_decimals_vat():
    rows = [('DT-250', 'Date gift box 250 g, 2-piece rigid, gold foil', 6000, '0.320'),
            ('DT-500', 'Date gift box 500 g, 2-piece rigid, gold foil', 4000, '0.455'),
            ('DT-TRAY', 'PET tray insert 20-cavity', 10000, '0.048'),
            ('DT-BAG', 'Paper carrier bag, rope handle, printed', 5000, '0.210')]
    lines = [L(s, t, q, p) for s, t, q, p in rows]
    net = subtotal(lines)
    vat = (net * D('0.10')).quantize(D('0.001'))
    total = m2(net + vat)
    check(lines, total, vat)
    tab = '\n'.join('%-8s %-48s %7s  BHD %s  BHD %s' % (s, t, n0(q), p, '{:,.3f}'.format(D(p) * q)) for s, t, q, p in rows)
    body = f"""Dear Ms Fang,

Please find below our Local Purchase Order.

LPO No:      BH/LPO/2028/0093
LPO Date:    17-Feb-2028
Payment:     TT 30 days

Item     Description                                          Qty  Unit Price   Amount
{tab}

Net amount:    BHD {'{:,.3f}'.format(net)}
VAT 10%:       BHD {'{:,.3f}'.format(vat)}
Total:         BHD {'{:,.3f}'.format(D(total))}

Deliver to: Al Nakheel Dates Factory W.L.L., Building 1021, Road 4315, Block 643, Sitra Industrial Area, Kingdom of Bahrain
Attn: Mr. Abbas Jaffar, Store Keeper, mobile +973 3944 1820

Regards,
Fatima Al-Mahmood
Procurement Officer
Al Nakheel Dates Factory W.L.L.
Tel +973 1773 2200
"""
    eml = single(H('Fatima Al-Mahmood', 'procurement@alnakheeldates.bh', 'us-ascii', 'LPO BH/LPO/2028/0093 - Packaging',
                   dh(2028, 2, 17, 8, 30, 5, 180), 'AM9P191MB1532C1A2B3C4D5E6F7@AM9P191MB1532.EURP191.PROD.OUTLOOK.COM', None),
                 body, 'us-ascii', '7bit')
    o = order('BH/LPO/2028/0093', 'Al Nakheel Dates Factory W.L.L.',
              ('Abbas Jaffar', '+973 3944 1820', 'Al Nakheel Dates Factory W.L.L., Building 1021, Road 4315, Block 643, Sitra Industrial Area, Kingdom of Bahrain'),
              '2028-02-17', 'BHD', total, lines)
    return eml, T('body', 'us-ascii',
                  'A Sitra (Bahrain) date factory\'s LPO from Outlook 365 in plain 7-bit text: LPO No / LPO Date 17-Feb-2028 '
                  'labels, rows aligned by spaces with "BHD" before every price, Bahraini dinars with three decimals '
                  '(a 3-decimal price keyed as written, amounts keyed as money), VAT 10 % under the net amount. Adds up '
                  'with VAT.', [o])


@mail
def h694_yibin_two_orders_factory_and_chengdu_shop():
    a = [('YB-HZ-01', '白酒礼盒', '500ml 单瓶 天地盖', 3000, '9.80'), ('YB-WX-06', '外箱', '6瓶装 五层', 500, '5.50'),
         ('YB-SD-01', '手提袋', '白卡 单瓶', 3000, '1.10')]
    b = [('YB-SD-02', '手提袋', '白卡 双瓶', 800, '1.60'), ('YB-QP-01', '气泡柱', '单瓶 8柱', 1500, '0.75')]
    la, lb = ssp(a), ssp(b)
    ta, tb = m2(subtotal(la)), m2(subtotal(lb))
    check(la, ta)
    check(lb, tb)

    def blk(rows):
        return '\n'.join('  %s  %s（%s）  %s个 × %s = %s' % (s, n, g, n0(q), p, amt(lt(p, q))) for s, n, g, q, p in rows)
    body = f"""方经理好：

这次两张单一起下，分开开票、分开送货。

【一】宜宾酒厂  单号 YB-2802-A17
{blk(a)}
  合计：¥{amt(ta)}
  送：四川省宜宾市翠屏区 酒都大道 666 号 叙府窖酒厂 包材库  收货人 何志强 139 9098 2210

【二】成都门店  单号 YB-2802-B05
{blk(b)}
  合计：¥{amt(tb)}
  送：四川省成都市锦江区 春熙路 88 号 叙府窖 成都直营店  收货人 周倩 180 8190 3345

两单都是 2 月 18 日下的，麻烦尽快排产。

宜宾叙府窖酒业有限公司 采购 何丹
"""
    eml = single(H('何丹', 'hedan@xufujiao.com', 'utf-8', '两张订单 YB-2802-A17 / YB-2802-B05', dh(2028, 2, 18, 15, 40, 33),
                   'CAHd8x2kQ7ZyW3vPq9Lm4Ns6Rt1Uv0Xy@mail.gmail.com', None), body, 'utf-8', 'base64')
    return eml, T('body', 'utf-8',
                  'A Yibin (Sichuan) baijiu distillery sends two orders in one Gmail body, one for the distillery and one for '
                  'its Chengdu shop, under 【一】/【二】 headings: "SKU 名称（规格） qty个 × price = amount" lines (spec in '
                  'brackets keyed joined), ¥ totals, a receiver each; the date only as "2 月 18 日下的" (keyed 2028-02-18 from '
                  'the mail year). Each adds up.',
                  [order('YB-2802-A17', '宜宾叙府窖酒业有限公司',
                         ('何志强', '139 9098 2210', '四川省宜宾市翠屏区 酒都大道 666 号 叙府窖酒厂 包材库'), '2028-02-18', 'CNY', ta, la),
                   order('YB-2802-B05', '宜宾叙府窖酒业有限公司',
                         ('周倩', '180 8190 3345', '四川省成都市锦江区 春熙路 88 号 叙府窖 成都直营店'), '2028-02-18', 'CNY', tb, lb)])


@mail
def h695_weifang_kites_gb2312_reply_changes_quantity():
    rows = [('WF-K01', '风筝包装袋', 'OPP 60×90cm 自粘', 20000, '0.26'), ('WF-K02', '风筝彩盒', '120cm 三角风筝用', 3000, '3.40'),
            ('WF-K03', '线轮吸塑', '透明 PET', 8000, '0.55')]
    new = [rows[0], (rows[1][0], rows[1][1], rows[1][2], 4500, rows[1][4]), rows[2]]
    lines = ssp(new)
    total = m2(subtotal(lines))
    check(lines, total)
    old_total = sum(lt(p, q) for s, n, g, q, p in rows)
    tab = '\n'.join('%s\t%s\t%s\t%s\t%s\t%s' % (s, n, g, q, p, amt(lt(p, q))) for s, n, g, q, p in rows)
    body = f"""方经理：

彩盒数量改成 4500 个（原来 3000），其他两项不变，总金额按 {amt(total)} 元。谢谢！

刘海燕

-----原始邮件-----
发件人: 刘海燕 <liuhaiyan@wfkite.com.cn>
发送时间: 2028年2月19日 9:02
收件人: orders@hengda-pack.cn
主题: 采购单 WFK-0219

恒达包装：

采购单号：WFK-0219    日期：2028-02-19
编码\t品名\t规格\t数量\t单价(元)\t金额
{tab}
合计：{amt(old_total)}

收货：山东省潍坊市寒亭区 杨家埠 风筝工业园 3 号 鸢都风筝厂 刘建华 136 8366 5521

潍坊鸢都风筝制品有限公司
"""
    eml = single(H('刘海燕', 'liuhaiyan@wfkite.com.cn', 'gb2312', '答复: 采购单 WFK-0219', dh(2028, 2, 19, 14, 8, 51),
                   '002b01dd6f10$7a8b9c00$6fa1d400$@wfkite.com.cn', 'X-Mailer: Microsoft Outlook 16.0'), body, 'gb2312', 'base64')
    return eml, T('body', 'gb2312',
                  'A Weifang (Shandong) kite maker replies to its own PO from Outlook (gb2312): "彩盒数量改成 4500 个（原来 '
                  '3000）" above the -----原始邮件----- block with the tab table and the old 合计; the order keyed is the '
                  'changed one (4500 boxes, the new total stated in the reply). Adds up.',
                  [order('WFK-0219', '潍坊鸢都风筝制品有限公司',
                         ('刘建华', '136 8366 5521', '山东省潍坊市寒亭区 杨家埠 风筝工业园 3 号 鸢都风筝厂'),
                         '2028-02-19', 'CNY', total, lines)])


@mail
def h696_tsuen_wan_bakery_big5_forward_deposit():
    rows = [('月餅盒', '雙黃蓮蓉 4個裝 鐵盒', 2000, '18.50'), ('月餅托', '4格 PET 金色', 2000, '1.20'),
            ('手挽袋', '單盒 白咭 燙金', 2000, '3.80'), ('外箱', '10盒裝', 200, '12.00')]
    lines = sp(rows)
    total = m2(subtotal(lines))
    check(lines, total)
    dep = (D(total) * D('0.5')).quantize(D('0.01'))
    items = '\n'.join('%s（%s）  %s個  @HK$%s  = HK$%s' % (n, g, n0(q), p, amt(lt(p, q))) for n, g, q, p in rows)
    body = f"""恆達 方小姐您好：

老闆已批，訂單如下，請跟進，謝謝。

黃美儀 Amy
荃新餅家有限公司 辦公室

________________________________
寄件者: 陳家豪 <kelvin@tsuenwan-bakery.com.hk>
寄件日期: 2028年2月21日 上午 10:12
收件者: 黃美儀 <amy@tsuenwan-bakery.com.hk>
主旨: 訂單 TW-PO-2802-07 恆達包裝

美儀：

下面這張單請直接轉給恆達，訂單號 TW-PO-2802-07，日期 21/02/2028。

{items}

合共 HK${amt(total)}，先付訂金 50%（HK${amt(dep)}），餘數到貨後付清。

送貨：新界荃灣 德士古道 220 號 荃灣工業中心 12 樓 B 室 荃新餅家 工場
收貨：梁志偉 9123 4567

荃新餅家有限公司
"""
    eml = single(H('黃美儀', 'amy@tsuenwan-bakery.com.hk', 'big5', 'FW: 訂單 TW-PO-2802-07 恆達包裝', dh(2028, 2, 21, 11, 3, 17),
                   'SG2PR04MB3456A1B2C3D4E5F6@SG2PR04MB3456.apcprd04.prod.outlook.com', None,
                   to='orders@hengda-pack.cn'), body, 'big5', 'quoted-printable')
    return eml, T('body', 'big5',
                  'A Tsuen Wan (Hong Kong) bakery\'s office forwards the boss\'s order from Outlook on the web in Big5 QP: '
                  '"老闆已批，訂單如下，請跟進" above an underscore-rule header block (the boss\'s mail to her); lines "名（規格） qty個 @HK$p = HK$amount" (keyed '
                  'joined), 合共 the total, a 50 % 訂金 that is not the total, date 21/02/2028 (DD/MM). Adds up.',
                  [order('TW-PO-2802-07', '荃新餅家有限公司',
                         ('梁志偉', '9123 4567', '新界荃灣 德士古道 220 號 荃灣工業中心 12 樓 B 室 荃新餅家 工場'),
                         '2028-02-21', 'HKD', total, lines)])


@mail
def h697_zambia_honey_numbered_total_wrong_hold():
    rows = [('Glass honey jar 500 g with gold lid', 12000, '0.38'), ('Glass honey jar 250 g with gold lid', 8000, '0.29'),
            ('Tamper-evident neck label, printed', 20000, '0.03'), ('Shipping carton, 12 x 500 g, 5-ply', 1000, '1.15')]
    lines = [L(None, t, q, p) for t, q, p in rows]
    real = subtotal(lines)
    stated = '8,360.00'
    assert m2(real) == '8630.00', real
    items = '\n'.join('%d) %s - %s pcs @ US$ %s = US$ %s' % (i + 1, t, n0(q), p, usd(lt(p, q))) for i, (t, q, p) in enumerate(rows))
    body = f"""Good morning Madam Fang,

Kindly supply the following on our order number MH/PO/028/2028, dated 22 February 2028:

{items}

TOTAL ORDER VALUE: US$ {stated} (Eight thousand three hundred and sixty US dollars only)

Consignee: Mwinilunga Honey Co-operative Ltd, Plot 14, Kabompo Road, Mwinilunga, North-Western Province, Zambia
Contact: Mr. Joseph Kasonde, +260 97 744 1289

Yours faithfully,
Esther Mulenga
Secretary/Procurement
Mwinilunga Honey Co-operative Ltd
"""
    eml = single(H('Esther Mulenga', 'mwinilungahoney@yahoo.com', 'utf-8', 'ORDER MH/PO/028/2028', dh(2028, 2, 22, 9, 15, 0, 120),
                   '1187654321.203344.1803456789012@mail.yahoo.com', 'X-Mailer: WebService/1.1.22077 YMailNorrin'), body, 'utf-8',
                 'quoted-printable')
    return eml, T('body', 'utf-8',
                  'A Mwinilunga (Zambia) honey co-operative from Yahoo Mail: numbered lines "title - qty pcs @ US$ p = US$ '
                  'amount", the number and the date in one sentence; the stated total US$ 8,360.00 (also in words) is not the '
                  'sum of its lines (8,630.00: two digits swapped): the clerk keys what is written and HOLDS the order.',
                  [order('MH/PO/028/2028', 'Mwinilunga Honey Co-operative Ltd',
                         ('Joseph Kasonde', '+260 97 744 1289', 'Mwinilunga Honey Co-operative Ltd, Plot 14, Kabompo Road, Mwinilunga, North-Western Province, Zambia'),
                         '2028-02-22', 'USD', '8360.00', lines)])


@mail
def h698_pingyao_beef_gbk_dashed_rules_per_hundred():
    rows = [('牛肉真空袋', '200g 透明 耐蒸煮', 50000, '26.00', 100), ('礼盒', '平遥牛肉 6袋装 手提', 4000, '11.50', 1),
            ('内托', '6格 吸塑 黑色', 4000, '0.90', 1), ('封箱胶带', '印字 48mm', 200, '5.50', 1)]
    lines = pk(rows)
    total = m2(subtotal(lines))
    check(lines, total)
    tab = spaced([('名称', '规格', '数量', '单价', '金额')] +
                 [(n, g, n0(q), ('%s元/百个' % p) if k > 1 else p, amt(lt(p, q, k))) for n, g, q, p, k in rows],
                 [14, 22, 9, 13, 12], right=(2, 3, 4))
    rule = '-' * 72
    body = f"""恒达：

平遥古城牛肉食品厂 采购通知
订货单号：PY-20280223-02        订货日期：二〇二八年二月二十三日
{rule}
{tab}
{rule}
合计金额：{amt(total)} 元

收货：山西省晋中市平遥县 古陶镇 南大街 55 号 牛肉厂 仓库  武建平 0354-5682233 / 139 3444 8071

厂办 武晓丽
"""
    eml = single(H('武晓丽', 'pygcnr@163.com', 'gbk', '采购通知 PY-20280223-02', dh(2028, 2, 23, 16, 20, 9),
                   '6a5b4c3d.2e1f.18f8b9c0d1e.Coremail.pygcnr@163.com', 'X-Mailer: Coremail Webmail Server Version XT5.0.14'),
                 body, 'gbk', 'base64')
    return eml, T('body', 'gbk',
                  'A Pingyao (Jinzhong, Shanxi) beef factory from 163 Mail in GBK: the date in Chinese numerals '
                  '（二〇二八年二月二十三日）, a table between dashed rules aligned by spaces, pouches "26.00元/百个" (keyed per '
                  'piece 0.26), 合计金额; two phones on the receiver line (keyed the first). Adds up.',
                  [order('PY-20280223-02', '平遥古城牛肉食品厂',
                         ('武建平', '0354-5682233', '山西省晋中市平遥县 古陶镇 南大街 55 号 牛肉厂 仓库'),
                         '2028-02-23', 'CNY', total, lines)])


@mail
def h699_vanuatu_kava_aud_per_hundred_phone():
    rows = [('Kava powder pouch 500g kraft zip', 10000, '42.00', 100), ('Kava powder pouch 1kg kraft zip', 4000, '58.00', 100),
            ('Carton 20 x 500g', 500, '1.60', 1)]
    lines = [L(None, t, q, per(p, k) if k > 1 else p, lt(p, q, k)) for t, q, p, k in rows]
    total = m2(subtotal(lines))
    check(lines, total)
    body = f"""Hi Fang

Order from us again pls, PO VK-118

- {n0(10000)} x kava powder pouch 500g kraft zip, AUD 42.00 per 100
- {n0(4000)} x kava powder pouch 1kg kraft zip, AUD 58.00 per 100
- 500 x carton 20 x 500g, AUD 1.60 ea

= AUD {amt(total)} total

Ship to Vanua Kava Exports, Lini Highway, Port Vila, Efate, Vanuatu. Call Samson on +678 555 4321 when it lands.

Tank yu tumas
Leimara

Sent from my iPhone
"""
    eml = single(H('Leimara Tari', 'leimara@vanuakava.vu', 'utf-8', 'PO VK-118', dh(2028, 2, 24, 10, 5, 40, 660),
                   'B7C2E1F0-4A3D-4E9B-8C1A-2D3E4F5A6B7C@vanuakava.vu', 'X-Mailer: iPhone Mail (21D61)'), body, 'utf-8', 'quoted-printable')
    return eml, T('body', 'utf-8',
                  'A Port Vila (Vanuatu) kava exporter from an iPhone: bullet lines "qty x title, AUD p per 100" (keyed per '
                  'piece, 0.42 and 0.58) and one "ea" price, "= AUD total", a Bislama sign-off; no order date (the Date '
                  'header is not one). Adds up.',
                  [order('VK-118', 'Vanua Kava Exports',
                         ('Samson', '+678 555 4321', 'Vanua Kava Exports, Lini Highway, Port Vila, Efate, Vanuatu'),
                         None, 'AUD', total, lines)])


# ============================================================ HTML bodies
@mail
def h700_jinhua_ham_foxmail_html_rowspan_freight():
    rows = [('火腿礼盒', '整腿 5kg 木盒', 1500, '38.00'), ('火腿礼盒', '切片 1kg 纸盒 开窗', 4000, '9.60'),
            ('真空袋', '切片 250g 镀铝', 40000, '0.36'), ('外箱', '整腿 2只装', 750, '8.80')]
    lines = sp(rows)
    freight = D('900.00')
    total = m2(subtotal(lines) + freight)
    check(lines, total, freight)
    st = ' style="border:1px solid #000;padding:2px 6px"'
    tab = [['品名', '规格', '数量（个）', '单价（元）', '金额（元）']]
    tab += [[('火腿礼盒', 'rowspan="2"'), rows[0][1], n0(rows[0][2]), rows[0][3], amt(lt(rows[0][3], rows[0][2]))],
            [rows[1][1], n0(rows[1][2]), rows[1][3], amt(lt(rows[1][3], rows[1][2]))]]
    tab += [[n, g, n0(q), p, amt(lt(p, q))] for n, g, q, p in rows[2:]]
    tab += [[('运费', 'colspan="4"'), amt(freight)], [('合计', 'colspan="4"'), amt(total)]]
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk"></head><body>'
            '<div style="font-family:微软雅黑;font-size:14px">方经理：<br><br>金华火腿春节后补货，订单号 JH-HT-280225，'
            '下单日期 2028-02-25。<br><br><table style="border-collapse:collapse">'
            + cells_html(tab, st) + '</table><br>收货：浙江省金华市金东区 孝顺镇 火腿产业园 6 号 金华金字火腿坊 发货仓<br>'
            '联系人：曹建新 137 5797 3320<br><br>金华金字火腿坊有限公司 曹静</div></body></html>')
    eml = html_mail(H('曹静', 'caojing@jinzi-ham.com', 'gbk', '订单 JH-HT-280225', dh(2028, 2, 25, 9, 31, 20),
                      '202802250931201456871@jinzi-ham.com', 'X-Mailer: Foxmail 7.2.25.375[cn]'),
                    strip(html), html, 'gbk', '----=_NextPart_65DA1F20_0C3E5A70_1B2D4F6A')
    return eml, T('html', 'gbk',
                  'A Jinhua (Zhejiang) ham workshop from Foxmail (GBK base64 HTML): a rowspan 品名 cell over two gift boxes '
                  '(the second row has no name cell; both keyed 火腿礼盒 + spec), colspan 运费 and 合计 rows, units in the '
                  'headers （个）（元）. Adds up with freight.',
                  [order('JH-HT-280225', '金华金字火腿坊有限公司',
                         ('曹建新', '137 5797 3320', '浙江省金华市金东区 孝顺镇 火腿产业园 6 号 金华金字火腿坊 发货仓'),
                         '2028-02-25', 'CNY', total, lines)])


@mail
def h701_hsinchu_rice_noodles_outlook_big5_untaxed_taxed():
    rows = [('MF-300', '米粉包裝袋', '300g 霧面 夾鏈', 50000, '1.40'), ('MF-BOX', '禮盒', '6包入 彩盒', 4000, '16'),
            ('MF-CTN', '外箱', '24包入', 2500, '18')]
    lines = ssp(rows)
    net = subtotal(lines)
    tax = (net * D('0.05')).quantize(D('1'))
    total = m2(net + tax)
    check(lines, total, tax)

    def p(t):
        return '<p class="MsoNormal">%s<o:p></o:p></p>' % t
    st = ' style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"'
    tab = [['料號', '品名', '規格', '數量', '單價(未稅)', '金額(未稅)']] + \
          [[s, n, g, n0(q), p_, n0(int(lt(p_, q)))] for s, n, g, q, p_ in rows] + \
          [[('未稅合計', 'colspan="5"'), n0(int(net))], [('營業稅 5%', 'colspan="5"'), n0(int(tax))], [('含稅總額', 'colspan="5"'), n0(int(D(total)))]]
    html = ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" content="text/html; charset=big5">'
            '</head><body lang="ZH-TW"><div class="WordSection1">' + p('恆達包裝 方小姐 您好：') +
            p('新竹米粉包材訂單如下（單價未稅，新台幣）：') + p('採購單號：HC-1170226-3　　採購日期：2028/02/26') +
            '<table class="MsoNormalTable" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse">' +
            cells_html(tab, st) + '</table>' + p('交貨地點：新竹市北區 西濱路一段 300 號 新竹城隍米粉 二廠') +
            p('聯絡人：鄭志明 03-5351234 / 0912-345-678') + p('城隍米粉股份有限公司 採購 郭怡萱') + '</div></body></html>')
    eml = html_mail(H('郭怡萱', 'yihsuan@chenghuang-mifen.com.tw', 'big5', '採購單 HC-1170226-3', dh(2028, 2, 26, 14, 2, 5),
                      '000a01dd6c25$4f1e2d30$ed5b8790$@chenghuang-mifen.com.tw', 'X-Mailer: Microsoft Outlook 16.0'),
                    strip(html), html, 'big5', '----=_NextPart_000_000B_01DD6C25.4F1E2D30', 'quoted-printable')
    return eml, T('html', 'big5',
                  'A Hsinchu (Taiwan) rice-noodle maker from Outlook (Big5 QP Word-HTML): 料號 / 品名 / 規格 (keyed joined), '
                  '單價(未稅) with integer prices and one 1.40, colspan 未稅合計 / 營業稅 5% / 含稅總額 rows (keyed the last), '
                  'a Western date 2028/02/26, two phones (keyed the first). Adds up with tax.',
                  [order('HC-1170226-3', '城隍米粉股份有限公司',
                         ('鄭志明', '03-5351234', '新竹市北區 西濱路一段 300 號 新竹城隍米粉 二廠'),
                         '2028-02-26', 'TWD', total, lines)])


@mail
def h702_bosnia_coffee_cp1250_outlook_km_pdv():
    rows = [('KF-250', 'Vrećica za kafu 250 g', 'aluminij, ventil, štampa 4 boje', 30000, '0.34'),
            ('KF-1K', 'Vrećica za kafu 1 kg', 'aluminij, ventil', 8000, '0.62'),
            ('KT-24', 'Kutija transportna', '24 × 250 g, 5 slojeva', 1250, '1.85')]
    lines = ssp(rows)
    net = subtotal(lines)
    pdv = (net * D('0.17')).quantize(D('0.01'))
    total = m2(net + pdv)
    check(lines, total, pdv)
    st = ' style="border:1px solid #999;padding:3px"'
    tab = [['Šifra', 'Naziv', 'Opis', 'Količina', 'Cijena KM', 'Iznos KM']] + \
          [[s, n, g, n0(q, '.'), p.replace('.', ','), eu(lt(p, q))] for s, n, g, q, p in rows] + \
          [[('Ukupno bez PDV-a', 'colspan="5"'), eu(net)], [('PDV 17%', 'colspan="5"'), eu(pdv)],
           [('<b>Ukupno za platiti</b>', 'colspan="5"'), '<b>%s</b>' % eu(total)]]
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1250"></head><body>'
            '<div style="font-family:Calibri">Poštovana gospođo Fang,<br><br>šaljemo narudžbu br. <b>NAR-2028-0112</b> od '
            '27.02.2028.<br><br><table style="border-collapse:collapse">' + cells_html(tab, st) + '</table><br>'
            'Isporuka: Pržionica Zlatno Zrno d.o.o., Bulevar Meše Selimovića 85, 71000 Sarajevo, Bosna i Hercegovina<br>'
            'Kontakt: Edin Hodžić, +387 33 712 450<br><br>Srdačan pozdrav,<br>Amra Begović<br>Nabavka<br>'
            'Pržionica Zlatno Zrno d.o.o.</div></body></html>')
    eml = html_mail(H('Amra Begović', 'nabavka@zlatnozrno.ba', 'windows-1250', 'Narudžba NAR-2028-0112', dh(2028, 2, 27, 9, 12, 44, 60),
                      'VI1PR09MB4567B8C9D0E1F2A3@VI1PR09MB4567.eurprd09.prod.outlook.com', None),
                    strip(html), html, 'windows-1250', '_000_VI1PR09MB4567B8C9D0E1F2A3VI1PR09MB4567eurp_', 'quoted-printable')
    return eml, T('html', 'windows-1250',
                  'A Sarajevo (Bosnia and Herzegovina) coffee roaster from Outlook 365 in Windows-1250 QP HTML: Bosnian, '
                  'convertible marks written "KM" only in the headers (keyed BAM), Naziv and Opis apart (keyed joined), dot '
                  'thousands and decimal commas, colspan Ukupno bez PDV-a / PDV 17% / Ukupno za platiti rows (keyed the last), '
                  'the number and date 27.02.2028 in a sentence. Adds up with PDV.',
                  [order('NAR-2028-0112', 'Pržionica Zlatno Zrno d.o.o.',
                         ('Edin Hodžić', '+387 33 712 450', 'Pržionica Zlatno Zrno d.o.o., Bulevar Meše Selimovića 85, 71000 Sarajevo, Bosna i Hercegovina'),
                         '2028-02-27', 'BAM', total, lines)])


@mail
def h703_brunei_gmail_html_bnd_discount_row():
    rows = [('Kuih tin 500g, round, printed lid', 3000, '2.15'), ('Kuih tin 250g, round, printed lid', 4000, '1.45'),
            ('Raya gift box, window, gold', 2000, '1.80'), ('Plastic insert tray 12-cav', 5000, '0.22')]
    lines = [L(None, t, q, p) for t, q, p in rows]
    goods = subtotal(lines)
    disc = D('500.00')
    total = m2(goods - disc)
    check(lines, total, -disc)
    tab = [['Item', 'Qty', 'Unit (B$)', 'Amount (B$)']] + [[t, n0(q), p, amt(lt(p, q))] for t, q, p in rows] + \
          [['Less: loyalty discount', '', '', '(%s)' % amt(disc)], ['<b>Total</b>', '', '', '<b>%s</b>' % amt(total)]]
    html = ('<div dir="ltr">Hi Ms Fang,<div><br></div><div>Our PO for Hari Raya stock below. PO no. <b>KB-0301</b>, date 01/03/2028.</div>'
            '<div><br></div><table cellspacing="0" cellpadding="0" dir="ltr" border="1" style="table-layout:fixed;font-size:10pt;'
            'font-family:Arial;border-collapse:collapse;border:none">' + cells_html(tab, ' style="padding:2px 3px"') +
            '</table><div><br></div><div>Deliver to: Kuih Bahulu Bonda Sdn Bhd, Unit 5, Lot 2231, Kg Beribi Industrial Estate, '
            'Gadong BE1118, Brunei Darussalam</div><div>Receiving: Hjh Noraini, +673 245 6789</div><div><br></div>'
            '<div>Thanks,<br>Siti Aminah<br>Kuih Bahulu Bonda Sdn Bhd</div></div>')
    eml = html_mail(H('Siti Aminah', 'kuihbonda.bn@gmail.com', 'utf-8', 'PO KB-0301 tins & boxes', dh(2028, 3, 1, 10, 44, 2, 480),
                      'CAJ8kfQ2xN4mBv7pT9wR3sL6hY1dE5gU0zKc@mail.gmail.com', None),
                    strip(html), html, 'utf-8', '000000000000a1b2c3d4e5f60718')
    return eml, T('html', 'utf-8',
                  'A Gadong (Brunei) kuih maker from Gmail: a Google Sheets table with B$ only in the headers (keyed BND), '
                  'a loyalty discount in accounting brackets, a bold Total row, the date 01/03/2028 (DD/MM as in Brunei). '
                  'Adds up after the discount.',
                  [order('KB-0301', 'Kuih Bahulu Bonda Sdn Bhd',
                         ('Hjh Noraini', '+673 245 6789', 'Kuih Bahulu Bonda Sdn Bhd, Unit 5, Lot 2231, Kg Beribi Industrial Estate, Gadong BE1118, Brunei Darussalam'),
                         '2028-03-01', 'BND', total, lines)])


@mail
def h704_enshi_selenium_tea_wecom_html_per_hundred():
    rows = [('茶叶小袋', '3g 铝箔 三边封', 200000, '3.80', 100), ('茶叶罐', '富硒绿茶 100g 纸罐', 6000, '2.60', 1),
            ('礼盒', '双罐装 翻盖', 3000, '8.50', 1)]
    lines = pk(rows)
    total = m2(subtotal(lines))
    check(lines, total)
    tab = '<ul>' + ''.join('<li>%s（%s）：%s 个，%s</li>' % (n, g, n0(q), ('%s 元/百个' % p) if k > 1 else ('%s 元/个' % p))
                           for n, g, q, p, k in rows) + '</ul>'
    html = ('<html><body><div>方经理好～</div><div>恩施富硒茶 新茶季包材，订单号 ES-XC-0302，2028年3月2日：</div>' + tab +
            '<div>以上合计 %s 元（含税）。</div><div>收货地址：湖北省恩施市 芭蕉侗族乡 茶园路 16 号 硒茶厂</div>'
            '<div>收货人：向红梅 158 7180 2266</div><div><br></div><div>恩施硒源茶业有限公司 向东</div></body></html>' % amt(total))
    eml = html_mail(H('向东', 'xiangdong@xiyuan-tea.cn', 'utf-8', '订单 ES-XC-0302', dh(2028, 3, 2, 16, 5, 50),
                      'wecom-7d1e3a5c9b2f4e6a@xiyuan-tea.cn', 'X-Mailer: WXWork Mail'),
                    strip(html), html, 'utf-8', '----=_NextPart_WXWORK_65E2A3B4C5D6')
    return eml, T('html', 'utf-8',
                  'An Enshi (Hubei) selenium-tea company from WeCom mail: <ul> items "名（规格）：qty 个，price 元/百个" '
                  '(sachets keyed per piece, 0.038), the others 元/个, the total in a sentence "以上合计 … 元（含税）". Adds up.',
                  [order('ES-XC-0302', '恩施硒源茶业有限公司',
                         ('向红梅', '158 7180 2266', '湖北省恩施市 芭蕉侗族乡 茶园路 16 号 硒茶厂'),
                         '2028-03-02', 'CNY', total, lines)])


@mail
def h705_trinidad_pepper_sauce_yahoo_html_ttd_vat():
    rows = [('PS-150', 'Woozy glass bottle 150 ml', 'clear, 24-410 neck', 20000, '1.10'),
            ('PS-CAP', 'Dropper cap 24-410', 'red, tamper band', 20000, '0.18'),
            ('PS-LBL', 'Wrap-around label', '150 ml, gloss', 20000, '0.09'),
            ('PS-CTN', 'Shipper carton', '24 x 150 ml', 850, '4.80')]
    lines = ssp(rows)
    net = subtotal(lines)
    vat = (net * D('0.125')).quantize(D('0.01'))
    total = m2(net + vat)
    check(lines, total, vat)
    tab = [['Code', 'Item', 'Details', 'Qty', 'Unit TT$', 'Line TT$']] + \
          [[s, n, g, n0(q), p, amt(lt(p, q))] for s, n, g, q, p in rows] + \
          [['', '', '', '', 'Subtotal', amt(net)], ['', '', '', '', 'VAT 12.5%', amt(vat)], ['', '', '', '', 'TOTAL', amt(total)]]
    html = ('<html><body><div style="font-family:Helvetica Neue">Good day Hengda team,<br><br>Please accept Purchase Order '
            '<b>SC-PO-00217</b> dated March 3, 2028.<br><br><table border="1" cellpadding="3" style="border-collapse:collapse">'
            + cells_html(tab) + '</table><br>Ship to: Scorpion Craft Sauces Ltd., 14 Eastern Main Road, Arima, Trinidad and Tobago<br>'
            'Attn: Kevin Ramsaran, 1 (868) 667-4521<br><br>Blessings,<br>Natalie Ramsaran<br>Scorpion Craft Sauces Ltd.</div></body></html>')
    eml = html_mail(H('Natalie Ramsaran', 'natalie.scorpionsauce@yahoo.com', 'utf-8', 'Purchase Order SC-PO-00217',
                      dh(2028, 3, 3, 9, 5, 33, -240), '1530211787.1122334.1809334455667@mail.yahoo.com',
                      'X-Mailer: WebService/1.1.22077 YMailNorrin'),
                    strip(html), html, 'utf-8', '----=_Part_1122334_998877.1809334455667', 'quoted-printable')
    return eml, T('html', 'utf-8',
                  'An Arima (Trinidad and Tobago) pepper-sauce maker from Yahoo Mail (QP HTML): Item and Details apart (keyed '
                  'joined), TT$ only in the headers (keyed TTD), Subtotal / VAT 12.5% / TOTAL in the last two columns of '
                  'otherwise empty rows, the date "March 3, 2028" in a sentence. Adds up with VAT.',
                  [order('SC-PO-00217', 'Scorpion Craft Sauces Ltd.',
                         ('Kevin Ramsaran', '1 (868) 667-4521', 'Scorpion Craft Sauces Ltd., 14 Eastern Main Road, Arima, Trinidad and Tobago'),
                         '2028-03-03', 'TTD', total, lines)])


# ============================================================ PDF attachments
@mail
def h706_pdf_yonyou_u8_ganzhou_navel_orange_daxie():
    rows = [('0301001', '脐橙礼盒', '10斤装 手提 彩印', '个', 8000, '6.30'), ('0301002', '网套', '9cm 白色 珍珠棉', '个', 200000, '0.03'),
            ('0302005', '果托', '12格 纸浆', '个', 16000, '0.45'), ('0309001', '封箱胶带', '印字 60mm', '卷', 400, '6.50')]
    lines = [L(s, '%s %s' % (n, g), q, p) for s, n, g, u, q, p in rows]
    total = m2(subtotal(lines))
    check(lines, total)
    table = [['存货编码', '存货名称', '规格型号', '主计量', '数量', '原币含税单价', '原币价税合计', '计划到货日期']]
    table += [[s, n, g, u, n0(q), p, amt(lt(p, q)), '2028-03-15'] for s, n, g, u, q, p in rows]
    table += [['合计', '', '', '', n0(sum(r[4] for r in rows)), '', amt(total), '']]
    head = [('c', '采购订单', 16),
            (40, '订单编号：0000000387      日期：2028-03-04      业务类型：普通采购      币种：人民币', 8),
            (40, '供应商：杭州恒达包装材料有限公司      部门：采购部      业务员：钟丽华', 8),
            (40, '收货地址：江西省赣州市信丰县 嘉定镇 脐橙产业园 18 号 赣南果业 分拣中心   收货人：钟建国 139 7076 5532', 8)]
    tail = [(40, '价税合计（大写）：%s' % daxie(total), 8), (40, '制单人：钟丽华      审核人：刘志远', 8),
            (40, '赣州赣南红果业有限公司', 9)]
    data = grid_pdf(head, table, [52, 60, 92, 34, 50, 58, 70, 70], tail, '采购订单', 'U8', 'hei',
                    align=['l', 'l', 'l', 'c', 'r', 'r', 'r', 'c'], size=8)
    body = '方经理：\n\n附件是我司采购订单（用友U8打印），请安排3月15日前到货。\n\n钟丽华\n赣州赣南红果业有限公司\n0797-3312456\n'
    eml = pdf_mail(H('钟丽华', 'zhonglh@gannanhong.com', 'gb2312', '采购订单0000000387', dh(2028, 3, 4, 10, 20, 16),
                     '202803041020161234@gannanhong.com', 'X-Mailer: Foxmail 7.2.25.375[cn]'),
                   body, 'gb2312', 'base64', data, '采购订单0000000387.pdf', '----=_NextPart_65E5B2A0_1D3F5B70_2C4E6A8B',
                   name_style='gb2312')
    return eml, T('pdf', 'gb2312',
                  'A Xinfeng (Ganzhou, Jiangxi) navel-orange packer\'s 用友 U8 采购订单 as PDF: a zero-padded 订单编号, 存货名称 '
                  'and 规格型号 apart (keyed joined), 原币含税单价 / 原币价税合计 columns, a 计划到货日期 that is not the order '
                  'date, 合计 row and 价税合计（大写）; the company only at the foot. Adds up.',
                  [order('0000000387', '赣州赣南红果业有限公司',
                         ('钟建国', '139 7076 5532', '江西省赣州市信丰县 嘉定镇 脐橙产业园 18 号 赣南果业 分拣中心'),
                         '2028-03-04', 'CNY', total, lines)])


@mail
def h707_pdf_honduras_coffee_spanish_flete_exento():
    rows = [('SAC-GP', 'Saco GrainPro 69 kg', 'hermético, 150 micras', 3000, '2.35'),
            ('BOL-340', 'Bolsa café tostado 340 g', 'válvula, zipper, kraft negro', 15000, '0.29'),
            ('CAJ-12', 'Caja master', '12 bolsas 340 g', 1250, '1.10')]
    lines = ssp(rows)
    goods = subtotal(lines)
    freight = D('1480.00')
    total = m2(goods + freight)
    check(lines, total, freight)
    table = [['Código', 'Descripción', 'Detalle', 'Cantidad', 'Precio US$', 'Total US$']]
    table += [[s, n, g, n0(q), p, usd(lt(p, q))] for s, n, g, q, p in rows]
    head = [(45, 'Cooperativa Cafetalera Marcala Sur, Ltda.', 13), (45, 'Barrio San Miguel, Marcala, La Paz, Honduras', 8),
            ('r', 'ORDEN DE COMPRA No. 2028-045', 12), ('r', 'Fecha: 05/03/2028', 9),
            (45, 'Proveedor: Hangzhou Hengda Packaging Materials Co., Ltd.', 8),
            (45, 'Entregar en: Bodega Marcala Sur, Km 2 carretera a La Esperanza, Marcala, La Paz, Honduras', 8),
            (45, 'Recibe: Ing. Óscar Mejía, tel. +504 2764 5120', 8)]
    tail = [('r', 'Subtotal: US$ %s' % usd(goods), 9), ('r', 'Flete marítimo a Puerto Cortés: US$ %s' % usd(freight), 9),
            ('r', 'ISV: exento', 9), ('r', 'TOTAL: US$ %s' % usd(total), 10),
            (45, 'Autorizado: Lic. Dania Rodríguez, Gerente', 8)]
    data = grid_pdf(head, table, [55, 130, 130, 55, 60, 70], tail, 'Orden de Compra 2028-045', 'Dania Rodriguez', 'hei',
                    align=['l', 'l', 'l', 'r', 'r', 'r'], size=8)
    body = 'Estimada Sra. Fang:\n\nAdjunto la orden de compra 2028-045.\n\nSaludos,\nDania Rodríguez\nCooperativa Cafetalera Marcala Sur\n'
    eml = pdf_mail(H('Dania Rodríguez', 'compras@marcalasur.hn', 'utf-8', 'Orden de compra 2028-045', dh(2028, 3, 5, 8, 10, 0, -360),
                     'CAF3mK9pL2qR7sT4vW1xY6zA8bC0dE5fG@mail.gmail.com', None),
                   body, 'utf-8', 'quoted-printable', data, 'OC 2028-045.pdf', '000000000000f1e2d3c4b5a69788')
    return eml, T('pdf', 'utf-8',
                  'A Marcala (Honduras) coffee co-operative\'s Spanish PDF made in a word processor: the number and a '
                  'DD/MM/YYYY date right-aligned, Descripción and Detalle apart (keyed joined), US$ with comma thousands, '
                  'Subtotal, sea freight to Puerto Cortés, "ISV: exento" and TOTAL right-aligned under the table. Adds up '
                  'with freight.',
                  [order('2028-045', 'Cooperativa Cafetalera Marcala Sur, Ltda.',
                         ('Óscar Mejía', '+504 2764 5120', 'Bodega Marcala Sur, Km 2 carretera a La Esperanza, Marcala, La Paz, Honduras'),
                         '2028-03-05', 'USD', total, lines)])


@mail
def h708_pdf_montenegro_prosciutto_eur_pdv():
    rows = [('Vakuum kesa', 'pršut narezak 100 g, 2 komore', 30000, '0.16'),
            ('Poklon kutija', 'drvo, 1 kg pršut + sir', 1500, '4.40'),
            ('Etiketa', 'okrugla 7 cm, zlatotisak', 30000, '0.035')]
    lines = sp(rows)
    net = subtotal(lines)
    pdv = (net * D('0.21')).quantize(D('0.01'))
    total = m2(net + pdv)
    check(lines, total, pdv)
    table = [['R.br.', 'Naziv', 'Opis', 'Kol.', 'Cijena €', 'Iznos €']]
    table += [[str(i + 1), n, g, n0(q, '.'), p.replace('.', ','), eu(lt(p, q))] for i, (n, g, q, p) in enumerate(rows)]
    head = [('c', 'NJEGUŠKI PRŠUT d.o.o.', 14), ('c', 'Njeguši bb, 81250 Cetinje, Crna Gora · PIB 02811234', 8),
            ('c', 'NARUDŽBENICA br. 18/2028', 13), (45, 'Datum: 06.03.2028.', 9),
            (45, 'Dobavljač: Hangzhou Hengda Packaging Materials Co., Ltd., Kina', 8),
            (45, 'Mjesto isporuke: Njeguški pršut d.o.o., pogon Njeguši bb, 81250 Cetinje; kontakt Milo Radonjić +382 67 123 456', 8)]
    tail = [('r', 'Osnovica: %s €' % eu(net), 9), ('r', 'PDV 21%%: %s €' % eu(pdv), 9), ('r', 'UKUPNO: %s €' % eu(total), 10),
            (45, 'Narudžbu sačinila: Jelena Popović          Odobrio: Vuk Radonjić', 8)]
    data = grid_pdf(head, table, [35, 110, 150, 55, 60, 70], tail, 'Narudzbenica 18/2028', 'Jelena Popovic', 'hei',
                    align=['c', 'l', 'l', 'r', 'r', 'r'], size=8)
    body = 'Poštovani,\n\nu prilogu je naša narudžbenica br. 18/2028.\n\nSrdačno,\nJelena Popović\nNjeguški pršut d.o.o.\n'
    eml = pdf_mail(H('Jelena Popović', 'jelena@njeguski-prsut.me', 'utf-8', 'Narudžbenica 18/2028', dh(2028, 3, 6, 12, 30, 0, 60),
                     '4a5b6c7d-8e9f-4a1b-2c3d-4e5f6a7b8c9d@njeguski-prsut.me', 'User-Agent: Mozilla Thunderbird 115.8.1'),
                   body, 'utf-8', 'quoted-printable', data, 'Narudžbenica 18-2028.pdf', '------------A1B2C3D4E5F6A7B8C9D0E1F2',
                   name_style='rfc2231')
    return eml, T('pdf', 'utf-8',
                  'A Njeguši (Montenegro) prosciutto maker\'s narudžbenica as PDF (file name in RFC 2231): letterhead '
                  'centred, "Datum: 06.03.2028." with the trailing dot, Naziv and Opis apart (keyed joined), € after the '
                  'amounts, decimal commas, Osnovica / PDV 21% / UKUPNO under the table. Adds up with PDV.',
                  [order('18/2028', 'Njeguški pršut d.o.o.',
                         ('Milo Radonjić', '+382 67 123 456', 'Njeguški pršut d.o.o., pogon Njeguši bb, 81250 Cetinje'),
                         '2028-03-06', 'EUR', total, lines)])


@mail
def h709_pdf_wps_kaifeng_peanut_candy_deposit():
    rows = [('花生糖包装袋', '200g 镀铝 自立', 30000, '0.38'), ('礼盒', '开封礼品 6袋装', 5000, '7.20'),
            ('手提袋', '牛皮纸 印刷', 5000, '1.30'), ('外箱', '10盒装', 500, '5.60')]
    lines = sp(rows)
    total = m2(subtotal(lines))
    check(lines, total)
    dep = D('15000.00')
    table = [['序号', '品名', '规格', '数量', '单价（元）', '金额（元）']]
    table += [[str(i + 1), n, g, n0(q), p, amt(lt(p, q))] for i, (n, g, q, p) in enumerate(rows)]
    table += [['', '合计', '', '', '', amt(total)]]
    head = [('c', '开封宋都花生糖厂 订 货 单', 15), (45, '单号：KF-HST-2803-06', 9), (45, '日期：2028年3月7日', 9),
            (45, '收货：河南省开封市龙亭区 宋都御街 32 号 花生糖厂   联系人：赵卫东 135 9226 8801', 9)]
    tail = [(45, '付款：已付定金 %s 元，余款 %s 元货到结清。' % (amt(dep), amt(D(total) - dep)), 9),
            (45, '经办：赵梅      厂长：赵卫东', 9)]
    data = grid_pdf(head, table, [35, 110, 130, 65, 70, 90], tail, '订货单', '赵梅', 'hei',
                    align=['c', 'l', 'l', 'r', 'r', 'r'], size=9)
    body = '恒达方经理：\n\n订货单PDF在附件，定金已经打过去了。\n\n赵梅 开封宋都花生糖厂\n'
    eml = pdf_mail(H('赵梅', 'songdu_tang@126.com', 'gbk', '订货单 KF-HST-2803-06', dh(2028, 3, 7, 15, 2, 40),
                     '3c4d5e6f.7a8b.18f9c0d1e2f.Coremail.songdu_tang@126.com', 'X-Mailer: Coremail Webmail Server Version XT5.0.14'),
                   body, 'gbk', 'base64', data, '订货单KF-HST-2803-06.pdf', '----=_Part_88123_1234567890.1809812345678',
                   name_style='gbk')
    return eml, T('pdf', 'gbk',
                  'A Kaifeng (Henan) peanut-candy workshop\'s WPS-made 订货单 PDF from 126 Mail: 品名 and 规格 apart (keyed '
                  'joined), a 合计 row, a paid 定金 and the 余款 under the table (neither is the total). Adds up.',
                  [order('KF-HST-2803-06', '开封宋都花生糖厂',
                         ('赵卫东', '135 9226 8801', '河南省开封市龙亭区 宋都御街 32 号 花生糖厂'),
                         '2028-03-07', 'CNY', total, lines)])


@mail
def h710_pdf_guyana_rum_quickbooks_usd():
    rows = [('Rum gift box 750ml, single, matte black', 4000, '2.60'), ('Rum gift box 750ml, twin, with window', 1500, '4.10'),
            ('Divider 12 x 750ml', 2000, '0.85'), ('Shrink sleeve, printed, 750ml', 20000, '0.045')]
    lines = [L(None, t, q, p) for t, q, p in rows]
    goods = subtotal(lines)
    ship = D('950.00')
    total = m2(goods + ship)
    check(lines, total, ship)
    table = [['QTY', 'DESCRIPTION', 'RATE', 'AMOUNT']] + [[n0(q), t, p, usd(lt(p, q))] for t, q, p in rows]
    head = [(45, 'Demerara Heritage Distillers Inc.', 13), (45, 'Lot 7 Public Road, Diamond, East Bank Demerara, Guyana', 8),
            ('r', 'Purchase Order', 16), ('r', 'P.O. NO. 1184     DATE 03/08/2028', 9),
            (45, 'VENDOR: Hangzhou Hengda Packaging Materials Co., Ltd.', 8),
            (45, 'SHIP TO: Demerara Heritage Distillers, Bond 3, Diamond, East Bank Demerara, Guyana  (Rohan Persaud, +592 265 4410)', 8)]
    tail = [('r', 'SUBTOTAL  %s' % usd(goods), 9), ('r', 'SHIPPING  %s' % usd(ship), 9), ('r', 'TOTAL  USD %s' % usd(total), 10)]
    data = grid_pdf(head, table, [60, 270, 60, 90], tail, 'Purchase Order 1184', 'QuickBooks', 'hei',
                    align=['r', 'l', 'r', 'r'], size=9)
    body = 'Hello,\n\nPlease see attached PO 1184. Kindly confirm ETD.\n\nRegards\nAnjali Singh\nDemerara Heritage Distillers Inc.\n'
    eml = pdf_mail(H('Anjali Singh', 'purchasing@demeraraheritage.gy', 'utf-8', 'Purchase Order 1184 from Demerara Heritage Distillers Inc.',
                     dh(2028, 3, 8, 9, 40, 12, -240), 'QB.1809934812.1184@intuit.com', 'X-Mailer: QuickBooks'),
                   body, 'utf-8', '7bit', data, 'PO_1184_from_Demerara_Heritage_Distillers_Inc.pdf', '----=_Part_40211_73199.1809934812')
    return eml, T('pdf', 'utf-8',
                  'A Diamond (Guyana) rum distiller\'s QuickBooks purchase order PDF: QTY first, DESCRIPTION, RATE, AMOUNT, a '
                  'US date 03/08/2028 (a US-made tool; keyed 8 March), a 4.5-cent sleeve price, SUBTOTAL / SHIPPING / TOTAL '
                  'USD right-aligned. Adds up with shipping.',
                  [order('1184', 'Demerara Heritage Distillers Inc.',
                         ('Rohan Persaud', '+592 265 4410', 'Demerara Heritage Distillers, Bond 3, Diamond, East Bank Demerara, Guyana'),
                         '2028-03-08', 'USD', total, lines)])


# ============================================================ xlsx attachments
@mail
def h711_xlsx_yangzhou_pickles_handmade_merged_notes_tab():
    rows = [('酱菜玻璃瓶', '380ml 六棱 铁盖', '个', 20000, '1.05'), ('酱菜礼盒', '4瓶装 手提 木纹', '个', 3000, '8.80'),
            ('瓶贴', '扬州老字号 8×5cm', '张', 20000, '0.06'), ('外箱', '12瓶装 五层', '个', 1700, '4.50')]
    lines = [L(None, '%s %s' % (n, g), q, p) for n, g, u, q, p in rows]
    total = m2(subtotal(lines))
    check(lines, total)
    sh = Sheet('订货单')
    sh.set(1, 1, '扬州三和四美酱菜坊 订货单', bold=True, size=16, center=True)
    sh.merge(1, 1, 1, 7)
    sh.row(2, 1, ['订单号：YZ-JC-2803-09', None, None, None, '日期：', datetime.date(2028, 3, 9)])
    sh.numfmt[(2, 6)] = 'yyyy"年"m"月"d"日"'
    sh.row(3, 1, ['供货单位：杭州恒达包装材料有限公司'])
    sh.row(4, 1, ['送货地址：江苏省扬州市广陵区 东关街 168 号 三和四美酱菜坊 后仓'])
    sh.row(5, 1, ['联系人：朱春林', None, None, '电话：', '139 5276 1180'])
    sh.row(7, 1, ['序号', '品名', '规格', '单位', '数量', '单价', '金额'], bold=True, border=True, center=True)
    for i, (n, g, u, q, p) in enumerate(rows):
        r = 8 + i
        sh.row(r, 1, [i + 1, n, g, u, q, D(p), ('=E%d*F%d' % (r, r), lt(p, q))], border=True)
    r = 8 + len(rows)
    sh.row(r, 1, ['合计', None, None, None, ('=SUM(E8:E%d)' % (r - 1), sum(x[3] for x in rows)), None,
                  ('=SUM(G8:G%d)' % (r - 1), D(total))], bold=True, border=True)
    sh.merge(r, 1, r, 4)
    sh.row(r + 2, 1, ['制表：朱丽', None, '审核：', '朱春林', None, '批准：'])
    sh.widths = {1: 8, 2: 14, 3: 20, 4: 6, 5: 10, 6: 8, 7: 12}
    notes = Sheet('备注')
    notes.row(1, 1, ['1. 瓶贴用去年的版，颜色偏红一点。'])
    notes.row(2, 1, ['2. 外箱请印“易碎 轻放”。'])
    notes.row(3, 1, ['3. 价格含税，月结30天。'])
    data = corpus_docs.xlsx_bytes([sh, notes], creator='朱丽', app_title='Microsoft Excel')
    body = '方经理好，\n\n订货单在附件Excel里，备注页有几点要求请看一下。\n\n朱丽\n扬州三和四美酱菜坊\n'
    eml = with_attachments(H('朱丽', 'zhuli@yzshsm.com', 'gbk', '订货单 YZ-JC-2803-09', dh(2028, 3, 9, 10, 15, 7),
                             '202803091015071186@yzshsm.com', 'X-Mailer: Foxmail 7.2.25.375[cn]'),
                           body, 'gbk', 'base64', [attachment(XLSX, data, '订货单YZ-JC-2803-09.xlsx', name_style='gbk')],
                           '----=_NextPart_65EBC1D0_2F4A6C8E_3B5D7F91')
    return eml, T('xlsx', 'gbk',
                  'A Yangzhou (Jiangsu) pickle shop\'s hand-made .xlsx: a merged title, 订单号 in a text cell and the date as a '
                  'date serial with a 年月日 format, label cells above the table, 品名 and 规格 apart (keyed joined), formula '
                  'amounts with cached values, a merged 合计 row with a quantity sum, 制表 / 审核 / 批准 signature row, and a '
                  'second 备注 tab of notes (no order). Adds up; no currency written (价格含税 only).',
                  [order('YZ-JC-2803-09', '扬州三和四美酱菜坊',
                         ('朱春林', '139 5276 1180', '江苏省扬州市广陵区 东关街 168 号 三和四美酱菜坊 后仓'),
                         '2028-03-09', None, total, lines)])


@mail
def h712_xlsx_botswana_beef_pula_vat():
    rows = [('VB-1', 'Vacuum shrink bag 300 x 450', 'barrier, 70 micron', 40000, '0.95'),
            ('VB-2', 'Vacuum shrink bag 400 x 600', 'barrier, 90 micron', 20000, '1.45'),
            ('CT-20', 'Export carton 20 kg', 'waxed, 5-ply', 3000, '14.20')]
    lines = ssp(rows)
    net = subtotal(lines)
    vat = (net * D('0.14')).quantize(D('0.01'))
    total = m2(net + vat)
    check(lines, total, vat)
    sh = Sheet('PO')
    sh.row(1, 1, ['Kalahari Prime Meats (Pty) Ltd'], bold=True, size=14)
    sh.row(2, 1, ['Plot 1120, Lobatse Industrial, Lobatse, Botswana'])
    sh.row(4, 1, ['PURCHASE ORDER'], bold=True, size=14)
    sh.row(5, 1, ['PO Number', 'KPM-PO-4471'])
    sh.row(6, 1, ['PO Date', datetime.date(2028, 3, 10)])
    sh.numfmt[(6, 2)] = 'dd/mm/yyyy'
    sh.row(7, 1, ['Currency', 'BWP (Pula)'])
    sh.row(8, 1, ['Deliver to', 'Kalahari Prime Meats, Abattoir Gate 2, Plot 1120, Lobatse, Botswana'])
    sh.row(9, 1, ['Contact', 'Kagiso Molefe', '+267 533 0456'])
    sh.row(11, 1, ['Code', 'Item', 'Spec', 'Qty', 'Unit price', 'Amount'], bold=True, border=True)
    for i, (s, n, g, q, p) in enumerate(rows):
        r = 12 + i
        sh.row(r, 1, [s, n, g, q, D(p), ('=D%d*E%d' % (r, r), lt(p, q))], border=True, fmt=None)
        sh.numfmt[(r, 6)] = '#,##0.00'
    r = 12 + len(rows)
    sh.row(r + 1, 5, ['Sub-total', ('=SUM(F12:F%d)' % (r - 1), net)])
    sh.row(r + 2, 5, ['VAT 14%', ('=ROUND(F%d*14%%,2)' % (r + 1), vat)])
    sh.row(r + 3, 5, ['TOTAL', ('=F%d+F%d' % (r + 1, r + 2), D(total))], bold=True)
    sh.row(r + 5, 1, ['Requested by: Boitumelo Sechele', None, None, 'Approved: T. Kgosi'])
    data = corpus_docs.xlsx_bytes([sh], creator='Boitumelo Sechele', app_title='Microsoft Excel')
    body = 'Dear Hengda,\n\nAttached our PO KPM-PO-4471 for vacuum bags and cartons.\n\nBest regards\nBoitumelo Sechele\nKalahari Prime Meats\n'
    eml = with_attachments(H('Boitumelo Sechele', 'b.sechele@kalahariprime.co.bw', 'utf-8', 'PO KPM-PO-4471',
                             dh(2028, 3, 10, 8, 20, 0, 120), 'AS8PR07MB7777A1B2C3D4E5F6@AS8PR07MB7777.eurprd07.prod.outlook.com', None),
                           body, 'utf-8', 'quoted-printable', [attachment(XLSX, data, 'KPM-PO-4471.xlsx')],
                           '_002_AS8PR07MB7777A1B2C3D4E5F6AS8PR07MB7777eurp_')
    return eml, T('xlsx', 'utf-8',
                  'A Lobatse (Botswana) abattoir\'s English .xlsx form: letterhead rows, label / value pairs (PO Number, a '
                  'date serial shown dd/mm/yyyy, "BWP (Pula)", Deliver to, Contact name and phone in two cells), Item and Spec '
                  'apart (keyed joined), formulas with cached values, Sub-total / VAT 14% (ROUND) / TOTAL. Adds up with VAT.',
                  [order('KPM-PO-4471', 'Kalahari Prime Meats (Pty) Ltd',
                         ('Kagiso Molefe', '+267 533 0456', 'Kalahari Prime Meats, Abattoir Gate 2, Plot 1120, Lobatse, Botswana'),
                         '2028-03-10', 'BWP', total, lines)])


@mail
def h713_xlsx_kingdee_xingchen_laiyang_pear_export():
    rows = [('WL0012', '梨网套', '10cm 双层 白', '个', 120000, '0.025'), ('WL0031', '梨礼盒', '12枚装 天地盖', '个', 6000, '6.90'),
            ('WL0032', '果托', '12格 吸塑', '个', 6000, '0.65'), ('WL0040', '外箱', '2盒装 五层', '个', 3000, '4.10')]
    lines = [L(s, '%s %s' % (n, g), q, p) for s, n, g, u, q, p in rows]
    total = m2(subtotal(lines))
    check(lines, total)
    sh = Sheet('采购订单')
    head = ['单据日期', '单据编号', '供应商', '商品编码', '商品名称', '规格型号', '单位', '数量', '含税单价', '价税合计', '交货日期', '备注']
    sh.row(1, 1, head, bold=True)
    for i, (s, n, g, u, q, p) in enumerate(rows):
        sh.row(2 + i, 1, ['2028-03-11', 'CG-20280311-0003', '杭州恒达包装材料有限公司', s, n, g, u, q, D(p), lt(p, q), '2028-03-25',
                          '送莱阳仓' if i == 0 else None])
    sh.row(2 + len(rows), 1, ['合计', None, None, None, None, None, None, sum(r[4] for r in rows), None, D(total)])
    data = corpus_docs.xlsx_bytes([sh], creator='金蝶云星辰', app_title=None)
    body = f"""恒达包装：

金蝶星辰导出的采购订单 CG-20280311-0003，见附件。价税合计 {amt(total)} 元。
收货：山东省烟台市莱阳市 照旺庄镇 梨乡路 9 号 莱阳梨 冷库
收货人：姜涛 133 6538 0909

莱阳梨乡果品有限公司 姜慧
"""
    eml = with_attachments(H('姜慧', 'jianghui@lyshansuli.com', 'utf-8', '采购订单 CG-20280311-0003', dh(2028, 3, 11, 14, 0, 55),
                             '202803111400551234.jianghui@lyshansuli.com', 'X-Mailer: Alimail Web'),
                           body, 'utf-8', 'base64', [attachment(XLSX, data, '采购订单_CG-20280311-0003.xlsx', name_style='rfc2231')],
                           '----=ALIBOUNDARY_88213_4a5b6c7d8e9f_65EEB0A7')
    return eml, T('xlsx', 'utf-8',
                  'A Laiyang (Yantai, Shandong) pear packer\'s 金蝶云星辰 list export (.xlsx, RFC 2231 name) from Alimail: the '
                  'order fields repeated on every row, 商品名称 and 规格型号 apart (keyed joined), a 3-decimal net price, a '
                  '交货日期 that is not the order date, a 备注 on the first line only, a 合计 row; the receiver and the 元 only '
                  'in the mail text. Adds up.',
                  [order('CG-20280311-0003', '莱阳梨乡果品有限公司',
                         ('姜涛', '133 6538 0909', '山东省烟台市莱阳市 照旺庄镇 梨乡路 9 号 莱阳梨 冷库'),
                         '2028-03-11', 'CNY', total, lines)])


@mail
def h714_xlsx_panama_boquete_coffee_itbms():
    rows = [('Bolsa 12 oz', 'kraft blanco, válvula, zip', 12000, '0.31'), ('Bolsa 2 lb', 'kraft negro, válvula', 4000, '0.58'),
            ('Lata regalo', 'Geisha 100 g, negra mate', 1500, '2.45'), ('Caja envío', '24 bolsas 12 oz', 500, '1.40')]
    lines = sp(rows)
    net = subtotal(lines)
    itbms = (net * D('0.07')).quantize(D('0.01'))
    total = m2(net + itbms)
    check(lines, total, itbms)
    sh = Sheet('Orden')
    sh.set(1, 1, 'Finca Cuesta de Piedra, S.A. — Orden de Compra', bold=True, size=14)
    sh.merge(1, 1, 1, 6)
    sh.row(3, 1, ['N° de orden:', 'FCP-0312', None, 'Fecha:', '12/3/2028'])
    sh.row(4, 1, ['Entregar a:', 'Beneficio Cuesta de Piedra, Alto Quiel, Boquete, Chiriquí, Panamá'])
    sh.row(5, 1, ['Recibe:', 'Rogelio Caballero', None, 'Cel.:', '+507 6612-3344'])
    sh.row(7, 1, ['Cant.', 'Artículo', 'Especificación', 'Precio B/.', 'Total B/.'], bold=True, border=True)
    for i, (n, g, q, p) in enumerate(rows):
        r = 8 + i
        sh.row(r, 1, [q, n, g, D(p), ('=A%d*D%d' % (r, r), lt(p, q))], border=True)
    r = 8 + len(rows)
    sh.row(r, 4, ['Subtotal', ('=SUM(E8:E%d)' % (r - 1), net)])
    sh.row(r + 1, 4, ['ITBMS 7%', ('=E%d*0.07' % r, itbms)])
    sh.row(r + 2, 4, ['TOTAL', ('=E%d+E%d' % (r, r + 1), D(total))], bold=True)
    data = corpus_docs.xlsx_bytes([sh], creator='Mariela Pitti', app_title='Microsoft Excel')
    body = 'Hola Sra. Fang,\n\nLe envío la orden FCP-0312 en Excel. Precios en balboas/dólares (B/.).\n\nMariela Pitti\nFinca Cuesta de Piedra\n'
    eml = with_attachments(H('Mariela Pitti', 'mariela@cuestadepiedra.com.pa', 'utf-8', 'Orden FCP-0312', dh(2028, 3, 12, 11, 45, 2, -300),
                             '8F2A1C3E-5B7D-4E9F-A1C3-E5B7D9F1A3C5@cuestadepiedra.com.pa', 'X-Mailer: Apple Mail (2.3774.400.31)'),
                           body, 'utf-8', 'quoted-printable', [attachment(XLSX, data, 'Orden FCP-0312.xlsx')],
                           'Apple-Mail=_4E8F1A2B-3C4D-5E6F-7A8B-9C0D1E2F3A4B')
    return eml, T('xlsx', 'utf-8',
                  'A Boquete (Panama) coffee farm\'s .xlsx from Apple Mail: a merged title, label cells with the date as text '
                  '"12/3/2028" (D/M), a table starting with Cant., Artículo and Especificación apart (keyed joined), B/. '
                  '(balboa, at par with the dollar; keyed PAB as written), Subtotal / ITBMS 7% / TOTAL formulas. Adds up with '
                  'ITBMS.',
                  [order('FCP-0312', 'Finca Cuesta de Piedra, S.A.',
                         ('Rogelio Caballero', '+507 6612-3344', 'Beneficio Cuesta de Piedra, Alto Quiel, Boquete, Chiriquí, Panamá'),
                         '2028-03-12', 'PAB', total, lines)])


@mail
def h715_xlsx_wps_xuanwei_ham_per_thousand():
    rows = [('火腿标签', '宣威老字号 圆形 6cm', 50000, '45.00', 1000), ('真空袋', '火腿块 500g 耐穿刺', 20000, '0.55', 1),
            ('礼盒', '整腿 木质 带锁扣', 800, '32.00', 1), ('外箱', '礼盒2只装', 400, '9.00', 1)]
    lines = pk(rows)
    total = m2(subtotal(lines))
    check(lines, total)
    sh = Sheet('Sheet1')
    sh.set(1, 1, '宣威市滇宣火腿厂采购单', bold=True, size=16, center=True)
    sh.merge(1, 1, 1, 7)
    sh.row(2, 1, ['采购单号', 'XW-2803-015', '采购日期', '2028.3.13', '供应商', '恒达包装'])
    sh.row(3, 1, ['收货人', '浦建华', '电话', '0874-7125588', '地址', '云南省曲靖市宣威市 虹桥街道 火腿路 28 号 滇宣火腿厂'])
    sh.row(5, 1, ['品名', '规格', '数量', '单价', '单价单位', '金额（元）', '备注'], bold=True, border=True)
    for i, (n, g, q, p, k) in enumerate(rows):
        sh.row(6 + i, 1, [n, g, q, D(p), '元/千张' if k > 1 else '元/个', lt(p, q, k), '加急' if i == 0 else None], border=True)
    r = 6 + len(rows)
    sh.row(r, 1, ['合计', None, None, None, None, D(total)], bold=True, border=True)
    data = corpus_docs.xlsx_bytes([sh], creator='WPS', app_title=None)
    body = '方经理：\n\n采购单见附件（WPS做的），标签先发。\n\n浦丽娟 宣威市滇宣火腿厂\n'
    eml = with_attachments(H('浦丽娟', '2389145067@qq.com', 'gb18030', '宣威火腿厂采购单', dh(2028, 3, 13, 17, 31, 8),
                             'tencent_4C6E8A0B2D4F6A8C0E2B4D6F@qq.com', 'X-QQ-Mailer: QQMail 2.x'),
                           body, 'gb18030', 'base64', [attachment(XLSX, data, '采购单XW-2803-015.xlsx', name_style='gb18030')],
                           '----=_NextPart_65F1E3A8_0D2F4B6D_1A3C5E7A')
    return eml, T('xlsx', 'gb18030',
                  'A Xuanwei (Qujing, Yunnan) ham factory\'s WPS .xlsx from QQ Mail: a merged title, label / value pairs three '
                  'to a row (采购日期 2028.3.13 as text, the receiver\'s name, phone and address), a 单价单位 column saying '
                  '"元/千张" or "元/个" (labels keyed per piece, 0.045), 金额（元）, a 合计 row; the PO number only in the '
                  'sheet (the Subject has none). Adds up.',
                  [order('XW-2803-015', '宣威市滇宣火腿厂',
                         ('浦建华', '0874-7125588', '云南省曲靖市宣威市 虹桥街道 火腿路 28 号 滇宣火腿厂'),
                         '2028-03-13', 'CNY', total, lines)])


# ============================================================ xls attachments
@mail
def h716_xls_guanjiapo_tongling_ginger_jian():
    rows = [('001023', '姜罐', '白姜 250g 玻璃 四旋盖', '个', 10000, '1.35'), ('001024', '礼盒', '4罐装 手提', '个', 2500, '7.60'),
            ('001051', '真空袋', '白姜片 100g', '个', 30000, '0.21'), ('001088', '纸箱', '礼盒8只装', '件', 320, '6.80')]
    lines = [L(s, '%s %s' % (n, g), q, p) for s, n, g, u, q, p in rows]
    total = m2(subtotal(lines))
    check(lines, total)
    sh = Sheet('进货订单')
    sh.set(1, 1, '进货订单', size=16)
    sh.merge(1, 1, 1, 9)
    sh.row(2, 1, ['单据编号:', 'JH-2028-03-0021', None, '录单日期:', '2028-03-14', None, '经手人:', '章玉兰'])
    sh.row(3, 1, ['供货单位:', '杭州恒达包装材料有限公司', None, '收货仓库:', '铜陵白姜 成品仓'])
    sh.row(4, 1, ['摘要:', '收货 安徽省铜陵市义安区 天门镇 白姜产业园 2 号  章建军 139 5620 1877'])
    sh.row(6, 1, ['行号', '商品编号', '商品全名', '规格', '单位', '数量', '单价', '金额', '备注'], bold=True, border=True)
    for i, (s, n, g, u, q, p) in enumerate(rows):
        sh.row(7 + i, 1, [i + 1, s, n, g, u, q, D(p), lt(p, q), None], border=True)
    r = 7 + len(rows)
    sh.row(r, 1, ['合计', None, None, None, None, sum(x[4] for x in rows), None, D(total)], border=True)
    sh.row(r + 2, 1, ['打印:管家婆辉煌版', None, None, None, '制单: 章玉兰', None, '审核: 章建军'])
    data = corpus_docs.xls_bytes([sh])
    body = '恒达包装方经理：\n\n附件是管家婆导出的进货订单，请查收。\n\n铜陵天门白姜食品有限公司 章玉兰\n'
    eml = with_attachments(H('章玉兰', 'tlbaijiang@163.com', 'gbk', '进货订单 JH-2028-03-0021', dh(2028, 3, 14, 9, 50, 21),
                             '7b8c9d0e.1f2a.18fa1b2c3d4.Coremail.tlbaijiang@163.com', 'X-Mailer: Coremail Webmail Server Version XT5.0.14'),
                           body, 'gbk', 'base64', [attachment(XLS, data, '进货订单JH-2028-03-0021.xls', name_style='gbk')],
                           '----=_Part_201144_58812.1810213821000')
    return eml, T('xls', 'gbk',
                  'A Tongling (Anhui) white-ginger maker\'s 管家婆 进货订单 as .xls: label cells (单据编号, 录单日期 as text, '
                  '经手人, 供货单位 naming us, 收货仓库), the receiver and address only in a 摘要 cell, 商品全名 and 规格 apart '
                  '(keyed joined), cartons in 件, a 合计 row, a print / 制单 / 审核 row; no currency. Adds up.',
                  [order('JH-2028-03-0021', '铜陵天门白姜食品有限公司',
                         ('章建军', '139 5620 1877', '安徽省铜陵市义安区 天门镇 白姜产业园 2 号'),
                         '2028-03-14', None, total, lines)])


@mail
def h717_xls_algeria_deglet_nour_french_eur():
    rows = [('BQ-500', 'Barquette dattes 500 g', 'PET, couvercle', 40000, '0.095'),
            ('BQ-1K', 'Barquette dattes 1 kg', 'PET, couvercle', 20000, '0.14'),
            ('CT-10', 'Carton export', '10 kg, 5 cannelures', 3000, '1.05'),
            ('ET-DN', 'Étiquette Deglet Nour', '8 × 5 cm', 60000, '0.012')]
    lines = ssp(rows)
    goods = subtotal(lines)
    freight = D('860.00')
    total = m2(goods + freight)
    check(lines, total, freight)
    sh = Sheet('BC')
    sh.row(1, 1, ['SARL Dattes des Ziban'])
    sh.row(2, 1, ['Zone d\'activité, Route de Tolga, Biskra 07000, Algérie'])
    sh.row(4, 1, ['BON DE COMMANDE N°', 'BC/2028/0057'])
    sh.row(5, 1, ['Date', '15/03/2028'])
    sh.row(6, 1, ['Livraison', 'Entrepôt Dattes des Ziban, Route de Tolga, Biskra 07000, Algérie'])
    sh.row(7, 1, ['Réception', 'M. Abdelkader Benali', '+213 33 74 12 90'])
    sh.row(9, 1, ['Réf.', 'Désignation', 'Complément', 'Qté', 'P.U. (EUR)', 'Montant (EUR)'], bold=True, border=True)
    for i, (s, n, g, q, p) in enumerate(rows):
        sh.row(10 + i, 1, [s, n, g, q, D(p), lt(p, q)], border=True)
    r = 10 + len(rows)
    sh.row(r + 1, 5, ['Total marchandise', goods])
    sh.row(r + 2, 5, ['Fret maritime (Skikda)', freight])
    sh.row(r + 3, 5, ['Net à payer', D(total)], bold=True)
    sh.row(r + 5, 1, ['Le Gérant', None, None, 'Le Responsable Achats'])
    data = corpus_docs.xls_bytes([sh])
    body = 'Bonjour Madame Fang,\n\nVeuillez trouver ci-joint notre bon de commande BC/2028/0057.\n\nCordialement,\nYacine Saadi\nSARL Dattes des Ziban\n'
    eml = with_attachments(H('Yacine Saadi', 'achats@dattes-ziban.dz', 'iso-8859-1', 'Bon de commande BC/2028/0057',
                             dh(2028, 3, 15, 10, 5, 0, 60), '20280315100500.4D2E@dattes-ziban.dz', 'User-Agent: Roundcube Webmail/1.6.6'),
                           body, 'iso-8859-1', 'quoted-printable', [attachment(XLS, data, 'BC_2028_0057.xls')],
                           '=_8a1f2b3c4d5e6f7a8b9c0d1e2f3a4b5c')
    return eml, T('xls', 'iso-8859-1',
                  'A Biskra (Algeria) date packer\'s French .xls from Roundcube (mail ISO-8859-1 QP): label cells (BON DE '
                  'COMMANDE N°, a DD/MM/YYYY date as text, Livraison, Réception name and phone), Désignation and Complément '
                  'apart (keyed joined), 3-decimal prices, Total marchandise / Fret maritime / Net à payer (keyed) under the '
                  'table. Adds up with freight.',
                  [order('BC/2028/0057', 'SARL Dattes des Ziban',
                         ('Abdelkader Benali', '+213 33 74 12 90', 'Entrepôt Dattes des Ziban, Route de Tolga, Biskra 07000, Algérie'),
                         '2028-03-15', 'EUR', total, lines)])


@mail
def h718_xls_yonyou_t3_zhangjiakou_oats_net_tax():
    rows = [('0101', '莜面包装袋', '1kg 牛皮纸 开窗', '个', 30000, '0.80', '0.904'),
            ('0102', '莜面礼盒', '5kg 手提', '个', 2000, '10.00', '11.30'),
            ('0109', '外箱', '礼盒4只装', '个', 500, '5.00', '5.65')]
    lines = [L(s, '%s %s' % (n, g), q, pt) for s, n, g, u, q, p, pt in rows]
    total = m2(subtotal(lines))
    check(lines, total)
    net = sum(lt(p, q) for s, n, g, u, q, p, pt in rows)
    sh = Sheet('采购订单')
    sh.set(1, 1, '采购订单', size=16)
    sh.merge(1, 1, 1, 11)
    sh.row(2, 1, ['订单编号', '0000000129', None, '日期', '2028-03-16', None, '供货单位', '杭州恒达包装'])
    sh.row(3, 1, ['部门', '采购部', None, '业务员', '郝建新', None, '税率', '13'])
    sh.row(5, 1, ['存货编码', '存货名称', '规格型号', '计量单位', '数量', '原币单价', '原币含税单价', '原币金额', '原币税额', '原币价税合计', '计划到货日期'],
           bold=True, border=True)
    for i, (s, n, g, u, q, p, pt) in enumerate(rows):
        a = lt(p, q)
        sh.row(6 + i, 1, [s, n, g, u, q, D(p), D(pt), a, lt(pt, q) - a, lt(pt, q), '2028-03-30'], border=True)
    r = 6 + len(rows)
    sh.row(r, 1, ['合计', None, None, None, sum(x[4] for x in rows), None, None, net, D(total) - net, D(total)], border=True)
    sh.row(r + 2, 1, ['制单人：郝丽', None, None, '审核人：郝建新'])
    data = corpus_docs.xls_bytes([sh])
    body = f"""恒达 方经理：

用友T3采购订单 0000000129 附上，价税合计 {amt(total)}。
收货：河北省张家口市张北县 莜面产业园 1 号 塞北莜面厂  郝建新 138 3133 2580

张家口塞北莜面食品有限公司 郝丽
"""
    eml = with_attachments(H('郝丽', 'haoli@saibei-youmian.com', 'gb2312', '采购订单0000000129', dh(2028, 3, 16, 11, 12, 30),
                             '000301dd77a1$2b3c4d50$81a2b3c4$@saibei-youmian.com', 'X-Mailer: Microsoft Outlook 15.0'),
                           body, 'gb2312', 'base64', [attachment(XLS, data, '采购订单0000000129.xls', name_style='gb2312')],
                           '----=_NextPart_000_0004_01DD77A1.2B3C4D50')
    return eml, T('xls', 'gb2312',
                  'A Zhangbei (Zhangjiakou, Hebei) oat-noodle maker\'s 用友 T3 采购订单 as .xls: a zero-padded 订单编号, a 税率 '
                  'cell, 存货名称 and 规格型号 apart (keyed joined), 原币单价 (net) beside 原币含税单价 (keyed: the tax-inclusive '
                  'price, one with three decimals, 0.904), 原币金额 / 原币税额 / 原币价税合计, a 合计 row; receiver only in the '
                  'mail; no currency written (原币 only). Adds up in tax-inclusive prices.',
                  [order('0000000129', '张家口塞北莜面食品有限公司',
                         ('郝建新', '138 3133 2580', '河北省张家口市张北县 莜面产业园 1 号 塞北莜面厂'),
                         '2028-03-16', None, total, lines)])


# ============================================================ CSV attachments
@mail
def h719_csv_mabang_baise_mango_gbk_total_row():
    rows = [('MG-BOX-5', '芒果礼盒', '5斤装 飞机盒', 6000, '3.60'), ('MG-NET-10', '芒果网套', '10cm 珍珠棉', 60000, '0.04'),
            ('MG-CTN', '快递外箱', '五层 特硬', 6000, '1.90')]
    lines = ssp(rows)
    total = m2(subtotal(lines))
    check(lines, total)
    tab = [['采购单号', '下单时间', '供应商', 'SKU', '商品名称', '规格', '采购数量', '采购单价', '采购金额', '收货仓库', '备注']]
    tab += [['PO-BS-20280317-01', '2028/3/17 10:42', '恒达包装', s, n, g, q, p, m2(lt(p, q)), '百色田东仓', '']
            for s, n, g, q, p in rows]
    tab += [['合计', '', '', '', '', '', sum(r[3] for r in rows), '', total, '', '']]
    data = corpus_docs.csv_text(tab).encode('gbk')
    body = f"""方经理：

马帮导出的采购单，附件 CSV。芒果季马上到了，请优先排。
收货：广西百色市田东县 平马镇 芒果物流园 5 栋  黄志勇 177 7661 0032

百色田东芒乡电商 黄小琴
"""
    eml = with_attachments(H('黄小琴', 'hxq@tdmangxiang.com', 'gbk', '采购单 PO-BS-20280317-01', dh(2028, 3, 17, 10, 50, 3),
                             'tencent_1A3C5E7F9B2D4F6A8C0E1B3D@qq.com', 'X-QQ-Mailer: QQMail 2.x'),
                           body, 'gbk', 'base64', [attachment('text/csv', data, '采购单导出_20280317.csv', name_style='gbk')],
                           '----=_NextPart_65F65A2B_0C1E3F5A_2D4B6C8E')
    return eml, T('csv', 'gbk',
                  'A Tiandong (Baise, Guangxi) mango e-shop\'s 马帮ERP purchase export (GBK CSV, the file named by date, not '
                  'by number): the order fields on every row, 下单时间 "2028/3/17 10:42", 商品名称 and 规格 apart (keyed '
                  'joined), a 收货仓库 name, a 合计 row; the receiver only in the mail; no currency. Adds up.',
                  [order('PO-BS-20280317-01', '百色田东芒乡电商',
                         ('黄志勇', '177 7661 0032', '广西百色市田东县 平马镇 芒果物流园 5 栋'),
                         '2028-03-17', None, total, lines)])


@mail
def h720_csv_belize_hot_sauce_katana_bzd():
    rows = [('BTL-5OZ', 'Woozy bottle 5 oz', 24000, '0.48'), ('CAP-RED', 'Orifice reducer + red cap', 24000, '0.11'),
            ('LBL-HAB', 'Habanero label 2x4 in', 24000, '0.07'), ('CS-24', 'Case 24 x 5 oz', 1000, '2.30')]
    lines = [L(s, t, q, p) for s, t, q, p in rows]
    total = m2(subtotal(lines))
    check(lines, total)
    tab = [['PO #', 'Supplier', 'Expected arrival', 'Variant code / SKU', 'Item', 'Quantity', 'Price per unit', 'Total cost', 'Currency']]
    tab += [['PO-0042', 'Hengda Packaging', '04/20/2028', s, t, q, p, m2(lt(p, q)), 'BZD'] for s, t, q, p in rows]
    data = corpus_docs.csv_text(tab).encode('utf-8')
    body = f"""Hi Ms Fang,

Our purchase order PO-0042 exported from Katana is attached (placed 18 Mar 2028). Total BZD {amt(total)}.

Ship to: Marie's Pepper Kitchen Ltd., Mile 4 Hummingbird Highway, Dangriga, Stann Creek District, Belize
Attn: Dwayne Castillo, +501 522 3471

Thanks!
Shanice Flowers
Marie's Pepper Kitchen Ltd.
"""
    eml = with_attachments(H('Shanice Flowers', 'shanice@mariespepper.bz', 'utf-8', 'PO-0042', dh(2028, 3, 18, 9, 0, 12, -360),
                             'CAK4v8dW2mQ9rT1xZ6bN3pL7sF0gH5jY@mail.gmail.com', None),
                           body, 'utf-8', 'quoted-printable', [attachment('text/csv', data, 'purchase-order-PO-0042.csv')],
                           '0000000000003c4d5e6f70819a2b')
    return eml, T('csv', 'utf-8',
                  'A Dangriga (Belize) hot-sauce maker\'s Katana MRP purchase-order CSV (UTF-8 without BOM): one row per line '
                  'with PO #, an Expected arrival in US style (not the order date), a Currency column BZD, no total row; the '
                  'order date "18 Mar 2028", the total and the ship-to only in the mail text. Adds up.',
                  [order('PO-0042', "Marie's Pepper Kitchen Ltd.",
                         ('Dwayne Castillo', '+501 522 3471', "Marie's Pepper Kitchen Ltd., Mile 4 Hummingbird Highway, Dangriga, Stann Creek District, Belize"),
                         '2028-03-18', 'BZD', total, lines)])


@mail
def h721_csv_keruyun_lanzhou_noodle_chain_bom_form():
    rows = [('牛肉面打包碗', '1000ml 带盖 PP', '个', 40000, '0.42'), ('汤袋', '加厚 1.5L', '个', 40000, '0.08'),
            ('筷子套装', '竹筷+纸巾', '套', 40000, '0.12'), ('外卖袋', '手提 印字', '个', 40000, '0.15')]
    lines = [L(None, '%s %s' % (n, g), q, p) for n, g, u, q, p in rows]
    total = m2(subtotal(lines))
    check(lines, total)
    tab = [['兰州金城一碗面餐饮管理有限公司 采购单'], [], ['单号', 'LZ-CG-0319', '', '日期', '2028年3月19日'],
           ['收货', '甘肃省兰州市城关区 张掖路 120 号 中央厨房', '', '联系人', '马国栋 138 9315 0066'], [],
           ['品名', '规格', '单位', '数量', '单价（元）', '金额（元）']]
    tab += [[n, g, u, q, p, m2(lt(p, q))] for n, g, u, q, p in rows]
    tab += [['合计', '', '', sum(r[3] for r in rows), '', total], [], ['采购：马晓燕', '', '', '审批：马国栋']]
    data = b'\xef\xbb\xbf' + corpus_docs.csv_text(tab).encode('utf-8')
    body = '方经理：\n\n客如云里做的采购单，另存成CSV发您，4家门店共用，送中央厨房。\n\n马晓燕\n兰州金城一碗面餐饮管理有限公司\n'
    eml = with_attachments(H('马晓燕', 'maxy@jincheng-noodle.com', 'utf-8', '采购单 LZ-CG-0319', dh(2028, 3, 19, 16, 22, 48),
                             '2c3d4e5f.6a7b.18fa5c6d7e8.Coremail.maxy@jincheng-noodle.com', 'X-Mailer: Coremail Webmail Server Version XT6.0.2'),
                           body, 'utf-8', 'base64', [attachment('text/csv', data, 'LZ-CG-0319.csv')],
                           '----=_Part_331208_21984.1810838568000')
    return eml, T('csv', 'utf-8',
                  'A Lanzhou (Gansu) beef-noodle chain\'s form saved as CSV UTF-8 with BOM: a title row, blank rows, label '
                  'pairs (单号, 日期 in 年月日, 收货, 联系人 with name and phone in one cell), 品名 and 规格 apart (keyed joined), '
                  'a 合计 row and signature row. Adds up.',
                  [order('LZ-CG-0319', '兰州金城一碗面餐饮管理有限公司',
                         ('马国栋', '138 9315 0066', '甘肃省兰州市城关区 张掖路 120 号 中央厨房'),
                         '2028-03-19', 'CNY', total, lines)])


# ============================================================ not orders
@mail
def h722_non_maldives_resort_rfq_target_prices():
    body = """Dear Hengda Sales,

We are a resort group in the Maldives (3 islands, Baa and Lhaviyani atolls) and are looking for a new packaging supplier
for our in-villa amenities. Please quote for the items below, CIF Malé, with your MOQ and lead time.

RFQ No. RFQ-MV-2028-07
Item                                       Est. annual qty   Target price
Bamboo toothbrush box, kraft, printed        60,000           USD 0.06
Amenity paper tube 30 ml, FSC                120,000          USD 0.09
Laundry bag, non-woven, printed logo         20,000           USD 0.35
Gift box for welcome chocolates (4 pcs)      15,000           USD 0.42

This is a request for quotation only, not an order. Please reply by 31 March 2028.

Best regards,
Aishath Shiuna
Purchasing Manager
Atoll Haven Resorts Pvt Ltd, H. Maagiri, Boduthakurufaanu Magu, Malé 20026, Maldives
+960 330 7788
"""
    eml = single(H('Aishath Shiuna', 'purchasing@atollhaven.mv', 'utf-8', 'RFQ-MV-2028-07 amenity packaging',
                   dh(2028, 3, 20, 10, 0, 0, 300), 'PA4PR05MB8123D4E5F6A7B8C9@PA4PR05MB8123.eurprd05.prod.outlook.com', None),
                 body, 'utf-8', 'quoted-printable')
    return eml, T('none', 'utf-8',
                  'NOT an order: a Malé (Maldives) resort group\'s RFQ with an RFQ number, estimated annual quantities and '
                  'target prices in USD in a space-aligned table, "request for quotation only, not an order". Nothing is '
                  'keyed.', [])


@mail
def h723_non_huangshan_tea_statement_gbk():
    body = """恒达包装 财务 方会计：

2月份对账单如下，请核对，无误请回签。

黄山毛峰茶业有限公司  2028年2月对账单
日期        订单号            送货单号      金额(元)      已付(元)      未付(元)
2028-02-03  HS-MF-0203        SH2802-011    18,600.00     18,600.00     0.00
2028-02-15  HS-MF-0215        SH2802-048    24,350.00     10,000.00     14,350.00
2028-02-26  HS-MF-0226        SH2802-097    9,870.00      0.00          9,870.00
合计                                        52,820.00     28,600.00     24,220.00

以上未付 24,220.00 元，3月25日前付清。

黄山毛峰茶业有限公司 财务 汪丽
0559-5561234
"""
    eml = single(H('汪丽', 'wangli@hs-maofeng.com', 'gbk', '2月对账单 黄山毛峰茶业', dh(2028, 3, 21, 9, 30, 12),
                   '202803210930121111@hs-maofeng.com', 'X-Mailer: Foxmail 7.2.25.375[cn]'), body, 'gbk', 'base64')
    return eml, T('none', 'gbk',
                  'NOT an order: a Huangshan (Anhui) tea company\'s monthly 对账单 from its finance office: three order numbers, '
                  'delivery-note numbers, amounts, paid and unpaid columns and a 合计 row. Nothing is keyed.', [])


@mail
def h724_non_harare_clearing_agent_arrival_notice():
    body = """ARRIVAL NOTICE / CLEARING ADVICE

To: Mwinilunga Honey Co-operative Ltd (consignee)
Cc: Hangzhou Hengda Packaging Materials Co., Ltd. (shipper)

Your ref: PO MH/PO/028/2028
Our file: ZW-CLR-28-0412
Container: TGHU 8812345 (20'GP), ex Ningbo via Beira, truck to Chirundu border

Cargo: 1 x 20'GP STC 310 cartons glass jars, labels and shipping cartons
Declared value: USD 8,630.00 (commercial invoice HD-INV-28-0321)

Charges payable before release:
  Port and handling Beira            USD   640.00
  Transit bond and documentation     USD   185.00
  Road freight Beira - Chirundu      USD 1,450.00
  Total                              USD 2,275.00

Please arrange payment and send the Zambian import permit so we can hand over at Chirundu.

Tatenda Moyo
Operations, Zambezi Gateway Clearing (Pvt) Ltd
14 Kenneth Kaunda Avenue, Harare, Zimbabwe
+263 242 750 311
"""
    eml = single(H('Tatenda Moyo', 'ops@zambezigateway.co.zw', 'us-ascii', 'Arrival notice - your PO MH/PO/028/2028 - ZW-CLR-28-0412',
                   dh(2028, 3, 22, 8, 5, 0, 120), '20280322080500.ABCD1234@zambezigateway.co.zw', 'X-Mailer: Microsoft Outlook 16.0',
                   extra=('Cc: Mwinilunga Honey <mwinilungahoney@yahoo.com>',)), body, 'us-ascii', '7bit')
    return eml, T('none', 'us-ascii',
                  'NOT an order: a Harare (Zimbabwe) clearing agent\'s arrival notice for h697\'s goods, copied to us: the PO '
                  'number, a container, a declared value and a table of charges with a Total. Nothing is keyed.', [])


@mail
def h725_non_weifang_kite_complaint_quotes_order():
    body = """方经理：

WFK-0219 这批货昨天到了，风筝彩盒（120cm 三角风筝用）有 300 多个压坏了，
照片稍后微信发你。麻烦尽快补发 350 个彩盒，运费你们承担，单价还是 3.40 元。
下个月的订单等这个处理完再下。

刘海燕

-----原始邮件-----
发件人: 刘海燕 <liuhaiyan@wfkite.com.cn>
发送时间: 2028年2月19日 14:08
收件人: orders@hengda-pack.cn
主题: 答复: 采购单 WFK-0219

彩盒数量改成 4500 个（原来 3000），其他两项不变。
"""
    eml = single(H('刘海燕', 'liuhaiyan@wfkite.com.cn', 'gb2312', '投诉：WFK-0219 彩盒压坏', dh(2028, 3, 23, 10, 41, 0),
                   '003c01dd7d22$1a2b3c40$4e5f6070$@wfkite.com.cn', 'X-Mailer: Microsoft Outlook 16.0'), body, 'gb2312', 'base64')
    return eml, T('none', 'gb2312',
                  'NOT an order: h695\'s Weifang kite maker complains about crushed boxes and asks for 350 free replacements at '
                  'the old price (a claim, not a new order), quoting its quantity change. Nothing is keyed.', [])


@mail
def h726_non_chiayi_tea_invoice_request_big5():
    body = """恆達包裝 方小姐 您好：

訂單 AL1170208-01（含稅總計 NT$ 281,400）已收貨，麻煩開立發票：

發票抬頭：阿里山樂野茶業有限公司
統一編號：53912345
寄送地址：嘉義縣阿里山鄉 樂野村 3 鄰 12 號 會計 莊雅婷 收

收到發票後即安排匯款，謝謝。

莊雅婷
05-2562118
"""
    eml = single(H('莊雅婷', 'yating@leye-tea.com.tw', 'big5', '請開發票 AL1170208-01', dh(2028, 3, 24, 14, 20, 0),
                   '001201dd7e05$6c7d8e90$4a5b6c70$@leye-tea.com.tw', 'X-Mailer: Microsoft Outlook 16.0'), body, 'big5', 'base64')
    return eml, T('none', 'big5',
                  'NOT an order: h689\'s Chiayi tea farm asks for the invoice of its delivered order (Big5): the order number, '
                  'the tax-inclusive total, 統一編號 and where to send it. Nothing is keyed.', [])


if __name__ == '__main__':
    run(HERE, MAILS, sys.argv[1:])  # write the mails here
