#!/usr/bin/python3
"""Hand-written purchase-order mails h727–h766 (the twentieth untuned set).

Written one by one as customers of 杭州恒达包装材料有限公司 send them,
without reading the extractor and without running orderctl or the score
script on them; each function gives the mail and the truth a careful order
clerk would key in (notes say when the clerk holds it). Where a line has
its specification in its own column, field, bracket or line, the title is
name + " " + spec. Helpers come from ../corpus_hand.py (and the table
drawers of ../fresh14/make_hand16.py); attachments use ../corpus_docs.py:

    /usr/bin/python3 tests/data/po-corpus/fresh18/make_hand20.py [hNNN ...]
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


def boxed(rows, right=(), foot=0):
    """A table drawn with the single-line box characters ┌─┬─┐ (as pasted from a WPS or Word text export)."""
    n = len(rows[0])
    w = [max(dw(str(r[i])) for r in rows) for i in range(n)]

    def rule(a, b, c):
        return a + b.join('─' * (x + 2) for x in w) + c
    out = [rule('┌', '┬', '┐')]
    for k, r in enumerate(rows):
        if k == 1 or (foot and k == len(rows) - foot):
            out.append(rule('├', '┼', '┤'))
        cells = []
        for i, v in enumerate(r):
            v = str(v)
            pad = ' ' * (w[i] - dw(v))
            cells.append(' %s ' % ((pad + v) if i in right and k else (v + pad)))
        out.append('│' + '│'.join(cells) + '│')
    out.append(rule('└', '┴', '┘'))
    return '\n'.join(out)


def chf(v):
    """Swiss money: 1'234.50."""
    return '{:,.2f}'.format(D(v)).replace(',', "'")


def cve(v):
    """Cape Verdean escudos: 1.234$50 (the cifrão in place of the decimal point)."""
    s = '{:,.2f}'.format(D(v))
    a, b = s.split('.')
    return a.replace(',', '.') + '$' + b


def xof(v):
    """CFA francs: no decimals, space thousands."""
    assert D(v) == D(v).quantize(D('1')), v
    return '{:,}'.format(int(D(v))).replace(',', ' ')


# ============================================================ plain text bodies
@mail
def h727_liuzhou_luosifen_gbk_tabs_per_thousand_freight():
    rows = [('螺蛳粉袋', '320g 镀铝 自立 印4色', 60000, '0.23', 1, '个'), ('料包袋', '酸笋包 小号 复合', 240000, '28.00', 1000, '个'),
            ('外卖碗', '1000ml 带盖 加厚', 20000, '0.46', 1, '个'), ('外箱', '30袋装 五层', 2000, '4.60', 1, '个')]
    lines = pk([(n, g, q, p, k) for n, g, q, p, k, u in rows])
    goods = subtotal(lines)
    freight = D('800.00')
    total = m2(goods + freight)
    check(lines, total, freight)
    tab = '\n'.join('\t'.join(r) for r in
                    [('序', '品名', '规格', '数量', '单价', '小计')] +
                    [(str(i + 1), n, g, n0(q) + u, ('%s元/千个' % p) if k > 1 else ('%s元' % p), amt(lt(p, q, k)))
                     for i, (n, g, q, p, k, u) in enumerate(rows)])
    body = f"""恒达方经理：

柳州这边螺蛳粉旺季到了，下一单：

单号 LZ-LSF-0402 | 日期 2028年4月2日 | 含税价

{tab}

小计：{amt(goods)}元
运费：{amt(freight)}元（跨越速运 到付改寄付）
合计：{amt(total)}元

送货：广西柳州市柳南区 螺蛳粉产业园 汇丰路 9 号 3 栋 一楼仓库
收货人 韦志强 186 7720 3145

柳州螺状元食品有限公司
采购 覃小燕 0772-3816220
"""
    eml = single(H('覃小燕', 'qinxy@luozhuangyuan.com', 'gbk', '订单 LZ-LSF-0402', dh(2028, 4, 2, 9, 12, 40),
                   '202804020912401236@luozhuangyuan.com', 'X-Mailer: Foxmail 7.2.25.375[cn]'), body, 'gbk', 'base64')
    return eml, T('body', 'gbk',
                  'A Liuzhou (Guangxi) river-snail rice-noodle maker in GBK: number, date and 含税价 on one line split by '
                  '"|", a tab table with 品名 and 规格 apart (keyed joined), quantities with units glued on (60,000个), '
                  'seasoning sachets priced "28.00元/千个" (keyed per piece, 0.028), 小计, 运费 and 合计 (keyed). Adds up '
                  'with freight.',
                  [order('LZ-LSF-0402', '柳州螺状元食品有限公司',
                         ('韦志强', '186 7720 3145', '广西柳州市柳南区 螺蛳粉产业园 汇丰路 9 号 3 栋 一楼仓库'),
                         '2028-04-02', 'CNY', total, lines)])


@mail
def h728_cape_verde_fogo_wine_latin1_escudos():
    rows = [('CX-1', 'Caixa de vinho 1 garrafa, cartão kraft, impressão 1 cor', 3000, '95.00'),
            ('CX-3', 'Caixa de vinho 3 garrafas, com pega', 1200, '210.00'),
            ('DIV-6', 'Divisória de cartão para 6 garrafas', 1500, '38.50'),
            ('RT-F', 'Rótulo autocolante "Chã das Caldeiras"', 12000, '6.25')]
    lines = [L(s, t, q, p) for s, t, q, p in rows]
    goods = subtotal(lines)
    freight = D('48500.00')
    total = m2(goods + freight)
    check(lines, total, freight)
    tab = spaced([('Ref.', 'Descrição', 'Qtd.', 'Preço unit.', 'Valor')] +
                 [(s, t, n0(q, '.'), cve(p), cve(lt(p, q))) for s, t, q, p in rows], [7, 58, 8, 13, 14], right=(2, 3, 4))
    body = f"""Exma. Sra. Fang,

Segue a nossa Nota de Encomenda n.º NE-017/2028, de 3 de abril de 2028.
Valores em escudos cabo-verdianos (CVE).

{tab}

Total mercadoria:                       {cve(goods)}
Frete marítimo e seguro até Porto Novo: {cve(freight)}
Total da encomenda:                     {cve(total)}

Entrega: Adega Cooperativa Chã das Caldeiras, Portela, Chã das Caldeiras, Ilha do Fogo, Cabo Verde
Contacto: Sr. Manuel Fontes, tel. +238 282 1530

Com os melhores cumprimentos,
Ilda Montrond
Compras
Adega Cooperativa Chã das Caldeiras
"""
    eml = single(H('Ilda Montrond', 'compras@adegafogo.cv', 'iso-8859-1', 'Nota de Encomenda NE-017/2028', dh(2028, 4, 3, 10, 22, 5, -60),
                   '4f1b2c3d5e6f7a8b@adegafogo.cv', 'User-Agent: Mozilla Thunderbird 115.9.0'), body, 'iso-8859-1', 'quoted-printable')
    return eml, T('body', 'iso-8859-1',
                  'A Fogo (Cape Verde) wine co-operative in Portuguese, ISO-8859-1 quoted-printable: the number and "3 de abril '
                  'de 2028" in one sentence, CVE named in a sentence, columns aligned by spaces, amounts in the escudo style '
                  '"1.234$50" (the cifrão as decimal mark, dot thousands), sea freight and insurance in the total. Adds up '
                  'with freight.',
                  [order('NE-017/2028', 'Adega Cooperativa Chã das Caldeiras',
                         ('Manuel Fontes', '+238 282 1530', 'Adega Cooperativa Chã das Caldeiras, Portela, Chã das Caldeiras, Ilha do Fogo, Cabo Verde'),
                         '2028-04-03', 'CVE', total, lines)])


@mail
def h729_lukang_big5_sentences_roc_tax():
    rows = [('鳳眼糕禮盒', '12入 紙盒 燙金', 3000, '14'), ('牛舌餅包裝袋', '單片 霧面 夾鏈', 40000, '0.65'),
            ('提袋', '雙盒入 牛皮紙', 1500, '6.5'), ('外箱', '20盒入', 150, '22')]
    lines = sp(rows)
    net = subtotal(lines)
    tax = (net * D('0.05')).quantize(D('1'))
    total = m2(net + tax)
    check(lines, total, tax)
    body = f"""恆達包裝 方小姐 您好：

鹿港這邊端午前要備貨，麻煩下單，單號 LK-117-0405，日期 117年4月5日。

鳳眼糕禮盒要 12入紙盒燙金的，3,000 個，一個 14 元；
牛舌餅包裝袋（單片 霧面 夾鏈）40,000 個，每個 0.65 元；
提袋，雙盒入 牛皮紙，1,500 個，6.5 元；
外箱 20盒入的 150 個，一個 22 元。

以上未稅 {n0(int(net))} 元，加 5% 營業稅 {n0(int(tax))} 元，含稅共 NT${n0(int(D(total)))}。

送貨：彰化縣鹿港鎮 中山路 250 號 玉香齋餅舖 後棟倉庫
收貨：施文雄 0921-556-308

鹿港玉香齋食品有限公司
施佩君 04-7773118
"""
    eml = single(H('施佩君', 'peichun@yuxiangzhai.com.tw', 'big5', '下單 LK-117-0405', dh(2028, 4, 5, 14, 33, 12),
                   '20280405143312.6A2B@yuxiangzhai.com.tw', 'X-Mailer: Openwave WebEngine 6.0'), body, 'big5', 'base64')
    return eml, T('body', 'big5',
                  'A Lukang (Changhua, Taiwan) pastry shop in Big5: items as sentences, each spec given differently (before '
                  'the quantity, in brackets, after a comma, "20盒入的"; keyed name + spec), integer NT prices and 0.65 / 6.5, '
                  'the number and ROC date 117年4月5日 in a sentence, 未稅 / 5% 營業稅 / 含稅 in one sentence (keyed the '
                  'tax-inclusive NT$). Adds up with tax.',
                  [order('LK-117-0405', '鹿港玉香齋食品有限公司',
                         ('施文雄', '0921-556-308', '彰化縣鹿港鎮 中山路 250 號 玉香齋餅舖 後棟倉庫'),
                         '2028-04-05', 'TWD', total, lines)])


@mail
def h730_liechtenstein_vaduz_latin9_chf_apostrophe_mwst():
    rows = [('WK-1', 'Weinkarton 1 Flasche', 'Wellkarton, braun, Druck 1-farbig', 2000, '1.85'),
            ('WK-6', 'Weinkarton 6 Flaschen', 'mit Gefacheinlage', 800, '3.40'),
            ('GS-2', 'Geschenkschachtel', '2 Flaschen, Magnetverschluss, schwarz', 600, '7.90'),
            ('ET-RS', 'Rückenetikette', '70 × 90 mm, Naturpapier', 15000, '0.06')]
    lines = ssp(rows)
    net = subtotal(lines)
    mwst = (net * D('0.081') / D('0.05')).quantize(D('1')) * D('0.05')
    total = m2(net + mwst)
    check(lines, total, mwst)
    head = ('Pos', 'Art.-Nr.', 'Bezeichnung', 'Ausführung', 'Menge', 'Preis CHF', 'Betrag CHF')
    body_rows = [(str(i + 1), s, n, g, n0(q, "'"), p, chf(lt(p, q))) for i, (s, n, g, q, p) in enumerate(rows)]
    w = [max(dw(r[i]) for r in [head] + body_rows) for i in range(7)]
    tab = '\n'.join(' | '.join(v.ljust(w[i]) if i < 4 else v.rjust(w[i]) for i, v in enumerate(r)).rstrip()
                    for r in [head] + body_rows)
    body = f"""Grüezi Frau Fang

Gerne bestellen wir gemäss Ihrer Offerte vom März:

Bestellung Nr.: B-2028-0047
Datum: 06.04.2028

{tab}

Zwischentotal           CHF {chf(net)}
MWST 8,1 %              CHF {chf(mwst)}
Total                   CHF {chf(total)}

Lieferadresse: Hofkellerei Vaduz Anstalt, Feldstrasse 4, 9490 Vaduz, Fürstentum Liechtenstein
Warenannahme: Herr Lukas Büchel, +423 232 10 18

Freundliche Grüsse
Martina Frommelt
Einkauf, Hofkellerei Vaduz Anstalt
"""
    eml = single(H('Martina Frommelt', 'einkauf@hofkellerei-vaduz.li', 'iso-8859-15', 'Bestellung B-2028-0047',
                   dh(2028, 4, 6, 8, 47, 19, 120), '9c8b7a6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d@hofkellerei-vaduz.li',
                   'User-Agent: Mozilla Thunderbird 115.9.1'), body, 'iso-8859-15', 'quoted-printable')
    return eml, T('body', 'iso-8859-15',
                  'A Vaduz (Liechtenstein) winery in Swiss German, ISO-8859-15 quoted-printable: a pipe table without outer '
                  'pipes, Bezeichnung and Ausführung apart (keyed joined), quantities and amounts with apostrophe thousands '
                  '(2\'000, CHF 1\'234.50), Zwischentotal / MWST 8,1 % rounded to 5 Rappen / Total (keyed), the date 06.04.2028. '
                  'Adds up with MWST.',
                  [order('B-2028-0047', 'Hofkellerei Vaduz Anstalt',
                         ('Lukas Büchel', '+423 232 10 18', 'Hofkellerei Vaduz Anstalt, Feldstrasse 4, 9490 Vaduz, Fürstentum Liechtenstein'),
                         '2028-04-06', 'CHF', total, lines)])


@mail
def h731_wuchang_rice_gb18030_qp_box_table_per_hundred_moling():
    rows = [('WC-5K', '大米袋', '5kg 编织 覆膜 手提', 20000, '1.45', 1), ('WC-2K', '真空砖袋', '2.5kg 尼龙', 30000, '68.00', 100),
            ('WC-LH', '礼盒', '2×2.5kg 木纹 手提', 3000, '12.80', 1), ('WC-XZ', '外箱', '4砖装 五层', 7500, '3.30', 1)]
    lines = [L(s, '%s %s' % (n, g), q, per(p, k) if k > 1 else p, lt(p, q, k)) for s, n, g, q, p, k in rows]
    goods = subtotal(lines)
    moling = goods % D('100')
    total = m2(goods - moling)
    check(lines, total, -moling)
    tab = boxed([('编码', '品名', '规格', '数量', '单价', '金额')] +
                [(s, n, g, n0(q), ('%s/百个' % p) if k > 1 else p, amt(lt(p, q, k))) for s, n, g, q, p, k in rows] +
                [('', '合计', '', '', '', amt(goods))], right=(3, 4, 5), foot=1)
    body = f"""方经理您好：

新米下来前先把包装备上，订单如下（含税）。

订单号：WCDM-280408
日  期：2028-04-08

{tab}

合计 {amt(goods)} 元，抹零后按 {amt(total)} 元结算。

收货地址：黑龙江省哈尔滨市五常市 民乐朝鲜族乡 稻香路 1 号 五常稻花香米业 包装车间
收 货 人：朴成哲 155 4510 8827

五常市稻乡米业有限公司  采购部 金美善
"""
    eml = single(H('金美善', 'jinms@daoxiang-rice.cn', 'gb18030', '订单WCDM-280408', dh(2028, 4, 8, 13, 5, 2),
                   '6a5b4c3d.2e1f.18fb2c3d4e5.Coremail.jinms@daoxiang-rice.cn', 'X-Mailer: Coremail Webmail Server Version XT5.0.14'),
                 body, 'gb18030', 'quoted-printable')
    return eml, T('body', 'gb18030',
                  'A Wuchang (Harbin, Heilongjiang) rice mill in GB18030 quoted-printable: a table drawn with the box '
                  'characters ┌─┬─┐ and a ├─┼─┤ rule before its 合计 row, 品名 and 规格 apart (keyed joined), vacuum bricks '
                  'priced "68.00/百个" (keyed per piece, 0.68), then "抹零后按 … 元结算" below (the total keyed is the rounded-down '
                  'one). Adds up after the 抹零.',
                  [order('WCDM-280408', '五常市稻乡米业有限公司',
                         ('朴成哲', '155 4510 8827', '黑龙江省哈尔滨市五常市 民乐朝鲜族乡 稻香路 1 号 五常稻花香米业 包装车间'),
                         '2028-04-08', 'CNY', total, lines)])


@mail
def h732_tajikistan_khujand_apricots_koi8r_numbered_words():
    rows = [('Пакет дой-пак 500 г', 'крафт, окно, зип-замок', 30000, '0.14'),
            ('Пакет дой-пак 1 кг', 'крафт, окно, зип-замок', 15000, '0.21'),
            ('Коробка подарочная', 'на 3 пакета, с ручкой', 4000, '0.95'),
            ('Гофроящик', '20 кг, 5 слоёв', 1800, '1.60')]
    lines = sp(rows)
    total = m2(subtotal(lines))
    check(lines, total)
    items = '\n'.join('%d) %s (%s) - %s шт. x %s = %s USD' % (i + 1, n, g, n0(q, ' '), p.replace('.', ','), ru(lt(p, q)))
                      for i, (n, g, q, p) in enumerate(rows))
    body = f"""Здравствуйте, госпожа Фан!

Просим принять заказ N 14/28 от 10.04.2028 на упаковку для сушёного урюка.
Цены в долларах США, FOB Нинбо.

{items}

Итого: {ru(total)} USD (четырнадцать тысяч тридцать долларов США 00 центов).

Грузополучатель: ООО "Сугд Мева Экспорт", ул. Ленина 112, г. Худжанд, Согдийская область, Таджикистан
Контактное лицо: Рахимов Фаррух, +992 92 777 41 05

С уважением,
Назира Каримова
менеджер по закупкам
ООО "Сугд Мева Экспорт"
"""
    assert m2(total) == '14030.00', total
    eml = single(H('Назира Каримова', 'nazira@sugdmeva.tj', 'koi8-r', 'Заказ N 14/28 упаковка', dh(2028, 4, 10, 11, 5, 44, 300),
                   '1712731544.481920@sugdmeva.tj', 'X-Mailer: The Bat! (v10.5.3) Professional'), body, 'koi8-r', '8bit')
    return eml, T('body', 'koi8-r',
                  'A Khujand (Sughd, Tajikistan) dried-apricot exporter in Russian, KOI8-R 8bit from The Bat!: "заказ N 14/28 '
                  'от 10.04.2028" in one sentence, numbered lines "name (spec) - qty шт. x price = amount USD" (keyed joined), '
                  'decimal commas and space thousands, Итого with the amount in words. Adds up.',
                  [order('14/28', 'ООО "Сугд Мева Экспорт"',
                         ('Рахимов Фаррух', '+992 92 777 41 05', 'ООО "Сугд Мева Экспорт", ул. Ленина 112, г. Худжанд, Согдийская область, Таджикистан'),
                         '2028-04-10', 'USD', total, lines)])


@mail
def h733_jiaxing_zongzi_two_orders_factory_and_shanghai_shop():
    a = [('JX-ZB-01', '粽子真空袋', '单只 140g 透明', 120000, '0.09'), ('JX-LH-08', '礼盒', '8只装 手提 国潮', 6000, '9.50'),
         ('JX-WX-10', '外箱', '礼盒10只装', 600, '6.20')]
    b = [('JX-LH-04', '礼盒', '4只装 开窗', 2000, '5.80'), ('JX-SD-01', '手提袋', '4只装礼盒用 白卡', 2000, '1.20')]
    la, lb = ssp(a), ssp(b)
    ta, tb = m2(subtotal(la)), m2(subtotal(lb))
    check(la, ta)
    check(lb, tb)
    da = spaced([('货号', '品名', '规格', '数量', '单价', '金额')] + [(s, n, g, n0(q), p, amt(lt(p, q))) for s, n, g, q, p in a],
                [10, 12, 18, 10, 7, 12], right=(3, 4, 5))
    db = spaced([('货号', '品名', '规格', '数量', '单价', '金额')] + [(s, n, g, n0(q), p, amt(lt(p, q))) for s, n, g, q, p in b],
                [10, 12, 18, 10, 7, 12], right=(3, 4, 5))
    body = f"""方经理：

端午两张单，一张工厂用，一张上海门店自己卖的，分开发货分开开票。下单日期都是 4 月 11 日。

=== 第一单 工厂  采购单号 JXZZ-0411-01 ===
{da}
金额合计：{amt(ta)} 元
送：浙江省嘉兴市南湖区 中山东路 1088 号 五芳粽子厂 二号库  俞建平 137 3573 6612

=== 第二单 上海门店  采购单号 JXZZ-0411-02 ===
{db}
金额合计：{amt(tb)} 元
送：上海市黄浦区 城隍庙 方浜中路 265 号 五芳粽子 门店  沈丽娜 139 1884 0726

嘉兴五芳食品有限公司 采购 俞敏
"""
    eml = single(H('俞敏', 'yumin@wufang-zongzi.com', 'utf-8', '端午包材 两张单 JXZZ-0411-01/02', dh(2028, 4, 11, 10, 2, 18),
                   'tencent_5B7D9F1A3C5E7A9B1D3F5A7C@qq.com', 'X-QQ-Mailer: QQMail 2.x'), body, 'utf-8', 'base64')
    return eml, T('body', 'utf-8',
                  'A Jiaxing (Zhejiang) zongzi maker sends two orders in one QQ Mail body (UTF-8), a factory order and a '
                  'Shanghai shop order under "=== 第一单 … ===" headings: space-aligned tables with 品名 and 规格 apart (keyed '
                  'joined; two 礼盒 told apart by spec), 金额合计 and a receiver each; the date once for both in a sentence '
                  '("4 月 11 日", year from the mail). No currency sign but 元. Each adds up.',
                  [order('JXZZ-0411-01', '嘉兴五芳食品有限公司',
                         ('俞建平', '137 3573 6612', '浙江省嘉兴市南湖区 中山东路 1088 号 五芳粽子厂 二号库'), '2028-04-11', 'CNY', ta, la),
                   order('JXZZ-0411-02', '嘉兴五芳食品有限公司',
                         ('沈丽娜', '139 1884 0726', '上海市黄浦区 城隍庙 方浜中路 265 号 五芳粽子 门店'), '2028-04-11', 'CNY', tb, lb)])


@mail
def h734_palau_koror_shift_jis_japanese_usd():
    rows = [('クッキー缶', '角型 18枚入 白', 1500, '1.35'), ('ギフト箱', 'チョコ 12個入 窓付き', 2000, '0.88'),
            ('手提げ袋', 'クラフト 小 ロゴ1色', 3000, '0.32'), ('OPP袋', '10×15cm テープ付', 20000, '0.025')]
    lines = sp(rows)
    goods = subtotal(lines)
    ship = D('420.00')
    total = m2(goods + ship)
    check(lines, total, ship)
    items = '\n'.join('・%s（%s）　%s個　@US$%s　＝US$%s' % (n, g, n0(q), p, usd(lt(p, q))) for n, g, q, p in rows)
    body = f"""恒達包装材料 方様

いつもお世話になっております。
パラオ・コロールの「ロックアイランド菓子店」の中村です。
下記の通り注文いたします。

注文番号：RI-2028-009
注文日：2028年4月12日

{items}

小計　US${usd(goods)}
送料（グアム経由 航空便）　US${usd(ship)}
合計　US${usd(total)}

納品先：Rock Island Sweets, Lebuu Street, Koror, Republic of Palau 96940
受取人：中村 恵子　+680 488 2715

よろしくお願いいたします。
ロックアイランド菓子店（Rock Island Sweets）
中村 恵子
"""
    eml = single(H('中村 恵子', 'rockislandsweets@palaunet.com', 'shift_jis', 'ご注文 RI-2028-009', dh(2028, 4, 12, 15, 40, 2, 540),
                   '000301dd8c4a$1e2f3a40$5b6c7d80$@palaunet.com', 'X-Mailer: Microsoft Outlook Express 6.00.2900.5931'),
                 body, 'shift_jis', 'base64')
    return eml, T('body', 'shift_jis',
                  'A Japanese-run sweet shop in Koror (Palau) writes in Japanese, Shift_JIS base64 from Outlook Express: '
                  '注文番号 / 注文日 labels, bullet lines "name（spec）　qty個　@US$p　＝US$amount" with full-width spaces (name '
                  'and spec keyed joined), 小計 / 送料 / 合計; the ship-to in English, the receiver in Japanese. Adds up with '
                  'shipping.',
                  [order('RI-2028-009', 'ロックアイランド菓子店（Rock Island Sweets）',
                         ('中村 恵子', '+680 488 2715', 'Rock Island Sweets, Lebuu Street, Koror, Republic of Palau 96940'),
                         '2028-04-12', 'USD', total, lines)])


@mail
def h735_fuling_zhacai_gb2312_reply_changes_quantity():
    rows = [('FL-80', '榨菜袋', '80g 复合 印刷', 300000, '0.045'), ('FL-LH', '礼盒', '24袋装 手提', 3000, '6.60'),
            ('FL-XZ', '外箱', '100袋装 五层', 2500, '3.20')]
    new = [(rows[0][0], rows[0][1], rows[0][2], 400000, rows[0][4]), rows[1], rows[2]]
    lines = ssp(new)
    total = m2(subtotal(lines))
    check(lines, total)
    old_total = sum(lt(p, q) for s, n, g, q, p in rows)
    tab = '\n'.join('%s  %s  %s  %s个  %s  %s' % (s, n, g, q, p, amt(lt(p, q))) for s, n, g, q, p in rows)
    body = f"""方经理：

不好意思，榨菜袋量报少了，FL-80 改成 40 万个，礼盒、外箱不变。改完合计 {amt(total)} 元，其他照原单。

陈晓红

-----原始邮件-----
发件人: "陈晓红" <chenxh@wujiang-zhacai.cn>
发送时间: 2028年4月13日(星期四) 上午9:20
收件人: "orders" <orders@hengda-pack.cn>
主题: 订单 FLZC-0413

恒达包装：

订单号：FLZC-0413   下单日期：2028/4/13
货号  品名  规格  数量  单价(元)  金额(元)
{tab}
合计：{amt(old_total)}

送货：重庆市涪陵区 江北街道 榨菜产业园 8 号 乌江边榨菜厂 成品库  收货人 陈德明 138 8303 5219

重庆乌江边榨菜食品有限公司
"""
    eml = single(H('陈晓红', 'chenxh@wujiang-zhacai.cn', 'gb2312', '回复：订单 FLZC-0413', dh(2028, 4, 13, 11, 2, 31),
                   'tencent_7A9C1E3F5B7D9F1A3C5E7B9D@wujiang-zhacai.cn', 'X-Mailer: Tencent Exmail'), body, 'gb2312', 'base64')
    return eml, T('body', 'gb2312',
                  'A Fuling (Chongqing) zhacai maker replies to its own order from Tencent Exmail (gb2312): "FL-80 改成 40 万个" '
                  '(from 300000) above the quoted -----原始邮件----- with a double-space table and the old 合计; the order keyed '
                  'is the changed one with the new total from the reply; a 3-decimal price 0.045. Adds up.',
                  [order('FLZC-0413', '重庆乌江边榨菜食品有限公司',
                         ('陈德明', '138 8303 5219', '重庆市涪陵区 江北街道 榨菜产业园 8 号 乌江边榨菜厂 成品库'),
                         '2028-04-13', 'CNY', total, lines)])


@mail
def h736_grenada_nutmeg_gmail_forward_xcd():
    rows = [('NG-100', 'Nutmeg jar 100 g, glass, wooden lid', 6000, '1.95'), ('MC-50', 'Mace pouch 50 g, kraft, window', 8000, '0.42'),
            ('GB-3', 'Spice gift box, 3 jars, printed', 1500, '3.10'), ('SC-24', 'Shipping carton 24 jars', 250, '5.80')]
    lines = [L(s, t, q, p) for s, t, q, p in rows]
    goods = subtotal(lines)
    freight = D('2850.00')
    total = m2(goods + freight)
    check(lines, total, freight)
    items = '\n'.join('%s  %s  x %s  @ EC$%s  = EC$%s' % (s, t, n0(q), p, usd(lt(p, q))) for s, t, q, p in rows)
    body = f"""Hi Hengda team,

Forwarding Mr. Charles's order below - he approved it this morning. Please confirm and send the proforma to me.

Kezia

---------- Forwarded message ---------
From: Desmond Charles <desmond@spiceislegold.gd>
Date: Fri, 14 Apr 2028 at 07:55
Subject: PO SIG-0414 packaging
To: Kezia Antoine <kezia@spiceislegold.gd>

Kezia, place this with the China supplier please.

PO: SIG-0414   Date: 14/04/2028

{items}

Goods EC${usd(goods)}
Freight to St. George's EC${usd(freight)}
Total EC${usd(total)}

Deliver to: Spice Isle Gold Ltd, Gouyave Nutmeg Station Road, Gouyave, St. John's, Grenada
Receiving: Mr. Desmond Charles, 1 (473) 444 8260

Desmond Charles
Managing Director, Spice Isle Gold Ltd
"""
    eml = single(H('Kezia Antoine', 'kezia@spiceislegold.gd', 'utf-8', 'Fwd: PO SIG-0414 packaging', dh(2028, 4, 14, 9, 21, 7, -240),
                   'CAMd5kP8sZ1wQ4rT7yV0bN3xL6hF9jC2gE@mail.gmail.com', None), body, 'utf-8', 'quoted-printable')
    return eml, T('body', 'utf-8',
                  'A Gouyave (Grenada) nutmeg processor: the office forwards the director\'s PO from Gmail ("---------- '
                  'Forwarded message ---------"): "PO: … Date: 14/04/2028" on one line (DD/MM), lines "SKU title x qty @ EC$p '
                  '= EC$amount" (keyed XCD), Goods / Freight / Total. Adds up with freight.',
                  [order('SIG-0414', 'Spice Isle Gold Ltd',
                         ('Desmond Charles', '1 (473) 444 8260', 'Spice Isle Gold Ltd, Gouyave Nutmeg Station Road, Gouyave, St. John\'s, Grenada'),
                         '2028-04-14', 'XCD', total, lines)])


@mail
def h737_cheung_chau_bun_bakery_big5_total_wrong_hold():
    rows = [('平安包紙盒', '6個裝 白咭 印紅字', 5000, '2.80'), ('平安包膠袋', '單個 透明 印字', 30000, '0.18'),
            ('手挽袋', '雙盒 牛皮紙', 2500, '1.90'), ('外箱', '20盒裝', 250, '9.00')]
    lines = sp(rows)
    real = subtotal(lines)
    assert m2(real) == '26400.00', real
    stated = '24,600.00'
    items = '\n'.join('%d. %s %s  %s個 x HK$%s = HK$%s' % (i + 1, n, g, n0(q), p, amt(lt(p, q))) for i, (n, g, q, p) in enumerate(rows))
    body = f"""方小姐你好，

太平清醮就快到，平安包包裝要趕，麻煩盡快出貨。

單號：CC-BUN-0415
日期：15/4/2028

{items}

總數：HK${stated}

送貨地址：長洲 北社街 46 號地下 郭錦記餅店
聯絡：郭志明 6123 8890

郭錦記餅店有限公司
郭太
"""
    eml = single(H('郭錦記餅店', 'kwokkamkee@netvigator.com', 'big5', '平安包包裝 CC-BUN-0415', dh(2028, 4, 15, 20, 18, 5),
                   '000901dd8e2f$4c5d6e70$8192a3b0$@netvigator.com', 'X-Mailer: Microsoft Outlook 16.0'), body, 'big5', 'quoted-printable')
    return eml, T('body', 'big5',
                  'A Cheung Chau (Hong Kong) bakery\'s bun-festival order in Big5 QP: numbered lines "name spec qty個 x HK$p = '
                  'HK$amount" (name and spec keyed joined), a D/M date 15/4/2028; the stated 總數 HK$24,600.00 is not the sum '
                  'of its lines (26,400.00: digits swapped): the clerk keys what is written and HOLDS the order.',
                  [order('CC-BUN-0415', '郭錦記餅店有限公司',
                         ('郭志明', '6123 8890', '長洲 北社街 46 號地下 郭錦記餅店'),
                         '2028-04-15', 'HKD', '24600.00', lines)])


@mail
def h738_faroe_torshavn_fish_latin1_danish_moms():
    rows = [('Fiskekasse 10 kg', 'EPS, med låg', 3000, '14.50'), ('Vakuumpose 250 g', 'tørfisk, 90 my', 40000, '0.62'),
            ('Gaveæske', 'skerpikjøt 500 g, sort', 1500, '11.80'), ('Etiket', '60 × 40 mm, frostfast', 40000, '0.09')]
    lines = sp(rows)
    net = subtotal(lines)
    moms = (net * D('0.25')).quantize(D('0.01'))
    total = m2(net + moms)
    check(lines, total, moms)
    tab = '\n'.join('%-18s %-22s %8s stk. à kr. %6s   kr. %10s' % (n, g, n0(q, '.'), p.replace('.', ','), eu(lt(p, q)))
                    for n, g, q, p in rows)
    body = f"""Kæra Fang / Kære fru Fang

Hermed vores bestilling nr. 2028-112, dato 17.04.2028:

{tab}

I alt ekskl. moms        kr. {eu(net)}
Moms 25 %                kr. {eu(moms)}
I alt inkl. moms         kr. {eu(total)}

Levering: Vága Fiskavirki P/F, Vágsvegur 21, FO-900 Vágur, Føroyar
Kontakt: Jákup Joensen, tlf. +298 37 31 44

Vinarliga / Venlig hilsen
Sigrid Dam
Innkeyp, Vága Fiskavirki P/F
"""
    eml = single(H('Sigrid Dam', 'innkeyp@vagafisk.fo', 'iso-8859-1', 'Bestilling 2028-112', dh(2028, 4, 17, 10, 12, 0, 60),
                   '3D5F7A9B.1C2E4F6A@vagafisk.fo', 'X-Mailer: Microsoft Outlook 16.0'), body, 'iso-8859-1', 'quoted-printable')
    return eml, T('body', 'iso-8859-1',
                  'A Vágur (Faroe Islands) fish processor in Danish with a Faroese greeting, ISO-8859-1 QP: lines padded by '
                  'spaces "name spec qty stk. à kr. p   kr. amount" (name and spec keyed joined), dot thousands and decimal '
                  'commas, "kr." only (Faroese króna at par with DKK; keyed DKK), I alt ekskl. / Moms 25 % / I alt inkl. moms '
                  '(keyed). Adds up with moms.',
                  [order('2028-112', 'Vága Fiskavirki P/F',
                         ('Jákup Joensen', '+298 37 31 44', 'Vága Fiskavirki P/F, Vágsvegur 21, FO-900 Vágur, Føroyar'),
                         '2028-04-17', 'DKK', total, lines)])


@mail
def h739_tianshui_apples_wechat_paste_wan_per_hundred():
    rows = [('苹果网套', '9cm红色珍珠棉', 150000, '3.50', 100), ('苹果礼盒', '12枚天地盖（花牛）', 8000, '5.40', 1),
            ('果托', '12格纸浆', 16000, '0.38', 1), ('快递箱', '礼盒2只装五层', 4000, '3.90', 1)]
    lines = pk(rows)
    total = m2(subtotal(lines))
    check(lines, total)
    body = f"""方经理，微信上跟你说的那个单子，我这里再发一遍邮件留个底：

【天水花牛苹果 包材订单】
单号：TS-HN-0418
日期：4月18日

1️⃣ 苹果网套 9cm红色珍珠棉 15万个 3块5一百个 = {amt(lt('3.50', 150000, 100))}
2️⃣ 苹果礼盒 12枚天地盖（花牛） 8千个 5.4一个 = {amt(lt('5.40', 8000))}
3️⃣ 果托 12格纸浆 1.6万个 0.38 = {amt(lt('0.38', 16000))}
4️⃣ 快递箱 礼盒2只装五层 4千个 3.9 = {amt(lt('3.90', 4000))}

一共 {amt(total)} 元 ✅

📍甘肃省天水市麦积区 花牛镇 果品交易市场 东区 18 号
👤 王建军 139 1938 6605

天水花牛果业合作社 王丽
"""
    eml = single(H('王丽', 'ts_huaniu@163.com', 'utf-8', '包材订单 TS-HN-0418', dh(2028, 4, 18, 21, 44, 9),
                   '1d2e3f4a.5b6c.18fc7d8e9fa.Coremail.ts_huaniu@163.com', 'X-Mailer: Coremail Webmail Server Version XT5.0.14'),
                 body, 'utf-8', 'base64')
    return eml, T('body', 'utf-8',
                  'A Tianshui (Gansu) apple co-operative re-sends a WeChat order by 163 Mail: emoji keycap numbers, no SKU, '
                  'name and spec run together after one space (keyed "name spec" as written), quantities '
                  'as 15万个 / 8千个 / 1.6万个, prices as "3块5一百个" (keyed per piece, 0.035), "5.4一个", bare 0.38; the date '
                  '"4月18日" without a year (keyed from the mail). Adds up.',
                  [order('TS-HN-0418', '天水花牛果业合作社',
                         ('王建军', '139 1938 6605', '甘肃省天水市麦积区 花牛镇 果品交易市场 东区 18 号'),
                         '2028-04-18', 'CNY', total, lines)])


# ============================================================ HTML bodies
@mail
def h740_anji_white_tea_qq_gb18030_html_rowspan_colspan():
    rows = [('AJ-G50', '茶叶罐', '50g 马口铁 白色', 6000, '3.20'), ('AJ-G100', '茶叶罐', '100g 马口铁 白色', 4000, '4.10'),
            ('AJ-LH', '礼盒', '双罐装 竹纹 磁吸', 4000, '15.50'), ('AJ-XB', '小袋', '5g 铝箔 竹叶印', 100000, '0.06')]
    lines = ssp(rows)
    freight = D('600.00')
    total = m2(subtotal(lines) + freight)
    check(lines, total, freight)
    st = ' style="border:1px solid #333;padding:2px 5px"'
    tab = [['货号', '品名', '规格', '数量', '单价(元)', '金额(元)']]
    tab += [[rows[0][0], ('茶叶罐', 'rowspan="2"'), rows[0][2], n0(rows[0][3]), rows[0][4], amt(lt(rows[0][4], rows[0][3]))],
            [rows[1][0], rows[1][2], n0(rows[1][3]), rows[1][4], amt(lt(rows[1][4], rows[1][3]))]]
    tab += [[s, n, g, n0(q), p, amt(lt(p, q))] for s, n, g, q, p in rows[2:]]
    tab += [[('运费（顺丰到付改寄付）', 'colspan="5" align="right"'), amt(freight)],
            [('<b>总计</b>', 'colspan="5" align="right"'), '<b>%s</b>' % amt(total)]]
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb18030"></head><body>'
            '<div style="font-family:微软雅黑;font-size:10.5pt;color:#000">方经理 您好！</div><div><br></div>'
            '<div>明前茶快上市了，订下面这批罐子，订单号 <b>AJBC-0419</b>，日期 2028.04.19</div><div><br></div>'
            '<table border="1" cellspacing="0" style="border-collapse:collapse">' + cells_html(tab, st) + '</table>'
            '<div><br></div><div>收货：浙江省湖州市安吉县 溪龙乡 白茶街 36 号 安吉溪龙白茶厂</div>'
            '<div>收货人：潘立新 135 8721 0469</div><div><br></div>'
            '<div style="color:#888">安吉溪龙白茶有限公司 潘晓芸</div></body></html>')
    eml = html_mail(H('潘晓芸', '1287730455@qq.com', 'gb18030', '订单 AJBC-0419', dh(2028, 4, 19, 8, 55, 31),
                      'tencent_9D1F3A5C7E9B1D3F5A7C9E1B@qq.com', 'X-QQ-Mailer: QQMail 2.x'),
                    strip(html), html, 'gb18030', '----=_NextPart_66218A7B_0F3D5B79_4A6C8E0A')
    return eml, T('html', 'gb18030',
                  'An Anji (Huzhou, Zhejiang) white-tea maker from QQ Mail (GB18030 base64 HTML): a rowspan 品名 cell over two '
                  'tins told apart by 规格 (both keyed 茶叶罐 + spec), colspan right-aligned 运费 and bold 总计 rows, the date '
                  '2028.04.19 in a sentence. Adds up with freight.',
                  [order('AJBC-0419', '安吉溪龙白茶有限公司',
                         ('潘立新', '135 8721 0469', '浙江省湖州市安吉县 溪龙乡 白茶街 36 号 安吉溪龙白茶厂'),
                         '2028-04-19', 'CNY', total, lines)])


@mail
def h741_malawi_thyolo_tea_outlook_html_mwk_vat():
    rows = [('TB-100', 'Tea carton 100 bags', 'printed 4 colours, tuck end', 20000, '310.00'),
            ('TB-50', 'Tea carton 50 bags', 'printed 4 colours, tuck end', 15000, '245.00'),
            ('EN-1', 'Tea bag envelope', 'paper, single, printed', 500000, '9.50'),
            ('SC-48', 'Shipper carton', '48 x 100-bag cartons', 800, '1650.00')]
    lines = ssp(rows)
    net = subtotal(lines)
    vat = (net * D('0.165')).quantize(D('0.01'))
    total = m2(net + vat)
    check(lines, total, vat)

    def p(t):
        return '<p class="MsoNormal">%s<o:p></o:p></p>' % t
    st = ' style="border:solid #BFBFBF 1.0pt;padding:0cm 5.4pt"'
    tab = [['Item code', 'Description', 'Specification', 'Quantity', 'Unit price (MK)', 'Value (MK)']]
    tab += [[s, n, g, n0(q), amt(p_), amt(lt(p_, q))] for s, n, g, q, p_ in rows]
    tab += [['', '', '', '', 'Net value', amt(net)], ['', '', '', '', 'VAT 16.5%', amt(vat)], ['', '', '', '', '<b>Total</b>', '<b>%s</b>' % amt(total)]]
    html = ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" content="text/html; '
            'charset=us-ascii"></head><body lang="EN-GB"><div class="WordSection1">' + p('Dear Ms Fang,') + p('&nbsp;') +
            p('Please find our Local Purchase Order below.') + p('<b>LPO No:</b> SAT/LPO/0928') + p('<b>Date:</b> 20th April 2028') +
            '<table class="MsoNormalTable" border="0" cellspacing="0" cellpadding="0" style="border-collapse:collapse">' +
            cells_html(tab, st) + '</table>' + p('&nbsp;') +
            p('Delivery: Satemwa Hills Tea Estates Ltd, Factory Stores, Thyolo Boma, P.O. Box 6, Thyolo, Malawi') +
            p('Contact: Mr Chikondi Banda, +265 1 473 356') + p('&nbsp;') + p('Kind regards,') +
            p('Grace Phiri | Procurement Officer') + p('Satemwa Hills Tea Estates Ltd') + '</div></body></html>')
    eml = html_mail(H('Grace Phiri', 'gphiri@satemwahills.mw', 'us-ascii', 'LPO SAT/LPO/0928 - tea cartons',
                      dh(2028, 4, 20, 9, 14, 2, 120), 'DB9PR02MB7321A4B5C6D7E8F9@DB9PR02MB7321.eurprd02.prod.outlook.com', None),
                    strip(html), html, 'us-ascii', '_000_DB9PR02MB7321A4B5C6D7E8F9DB9PR02MB7321eurp_', 'quoted-printable')
    return eml, T('html', 'us-ascii',
                  'A Thyolo (Malawi) tea estate\'s "Local Purchase Order" from Outlook 365 (us-ascii QP Word-HTML): LPO No / '
                  'Date "20th April 2028" in bold-label paragraphs, Description and Specification apart (keyed joined), '
                  'kwacha written "MK" only in the headers (keyed MWK), large prices with comma thousands (1,650.00), Net value '
                  '/ VAT 16.5% / Total in the last two columns of otherwise empty rows. Adds up with VAT.',
                  [order('SAT/LPO/0928', 'Satemwa Hills Tea Estates Ltd',
                         ('Chikondi Banda', '+265 1 473 356', 'Satemwa Hills Tea Estates Ltd, Factory Stores, Thyolo Boma, P.O. Box 6, Thyolo, Malawi'),
                         '2028-04-20', 'MWK', total, lines)])


@mail
def h742_dajia_taro_pastry_big5_outlook_roc_tax_two_price_cols():
    rows = [('DJ-01', '芋頭酥禮盒', '8入 硬盒 燙銀', 4000, '17', '17.85'), ('DJ-02', '單顆包裝袋', '芋頭酥 霧面', 40000, '0.6', '0.63'),
            ('DJ-03', '提袋', '雙盒入', 2000, '8', '8.40')]
    lines = [L(s, '%s %s' % (n, g), q, p) for s, n, g, q, p, pt in rows]
    net = subtotal(lines)
    tax = (net * D('0.05')).quantize(D('1'))
    total = m2(net + tax)
    check(lines, total, tax)

    def p(t):
        return '<p class="MsoNormal"><span style="font-family:新細明體">%s</span><o:p></o:p></p>' % t
    st = ' style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"'
    tab = [['品號', '品名', '規格', '數量', '未稅單價', '含稅單價', '未稅金額']]
    tab += [[s, n, g, n0(q), p_, pt, n0(int(lt(p_, q)))] for s, n, g, q, p_, pt in rows]
    tab += [[('未稅合計', 'colspan="6"'), n0(int(net))], [('營業稅', 'colspan="6"'), n0(int(tax))],
            [('總計', 'colspan="6"'), n0(int(D(total)))]]
    html = ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" content="text/html; '
            'charset=big5"></head><body lang="ZH-TW"><div class="WordSection1">' + p('恆達包裝 方小姐 鈞鑒：') +
            p('茲訂購下列包材，請依交期出貨。幣別：新台幣') + p('採購單號：DJ1170421　　採購日期：117.04.21') +
            '<table class="MsoNormalTable" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse">' +
            cells_html(tab, st) + '</table>' + p('交貨地址：臺中市大甲區 蔣公路 88 號 大甲裕珍餅行 工廠') +
            p('收貨人：林俊宏　04-26872233 分機 12') + p('裕珍餅行股份有限公司　採購課　林淑芬') + '</div></body></html>')
    eml = html_mail(H('林淑芬', 'shufen@yuzhen-bakery.com.tw', 'big5', '採購單 DJ1170421', dh(2028, 4, 21, 10, 40, 7),
                      '001801dd93b2$6e7f8a90$4b5c6d70$@yuzhen-bakery.com.tw', 'X-Mailer: Microsoft Outlook 16.0'),
                    strip(html), html, 'big5', '----=_NextPart_000_0019_01DD93B2.6E7F8A90', 'base64')
    return eml, T('html', 'big5',
                  'A Dajia (Taichung, Taiwan) taro-pastry bakery from Outlook (Big5 base64 Word-HTML): 品名 and 規格 apart '
                  '(keyed joined), 未稅單價 and 含稅單價 side by side with the amount in untaxed prices (keyed the untaxed '
                  'price and amount), colspan 未稅合計 / 營業稅 / 總計 rows (keyed 總計), the ROC date 117.04.21, "幣別：新台幣" '
                  'in a sentence, the phone with an 分機 extension. Adds up with tax.',
                  [order('DJ1170421', '裕珍餅行股份有限公司',
                         ('林俊宏', '04-26872233 分機 12', '臺中市大甲區 蔣公路 88 號 大甲裕珍餅行 工廠'),
                         '2028-04-21', 'TWD', total, lines)])


@mail
def h743_suriname_paramaribo_gmail_dutch_srd_korting():
    rows = [('Koffiezak 250 g, kraft met ventiel', 8000, '6.40'), ('Koffiezak 1 kg, zwart met ventiel', 3000, '11.75'),
            ('Cadeaudoos voor 2 zakken', 1000, '18.50'), ('Verzenddoos 20 x 250 g', 400, '32.00')]
    lines = [L(None, t, q, p) for t, q, p in rows]
    goods = subtotal(lines)
    disc = (goods * D('0.04')).quantize(D('0.01'))
    total = m2(goods - disc)
    check(lines, total, -disc)
    tab = [['Omschrijving', 'Aantal', 'Prijs (SRD)', 'Bedrag (SRD)']] + [[t, n0(q, '.'), eu(p), eu(lt(p, q))] for t, q, p in rows]
    tab += [['Subtotaal', '', '', eu(goods)], ['Korting 4%', '', '', '-' + eu(disc)], ['<b>Totaal</b>', '', '', '<b>%s</b>' % eu(total)]]
    html = ('<div dir="ltr"><div>Beste mevrouw Fang,</div><div><br></div><div>Hierbij onze bestelling <b>BST-2028-041</b> van '
            '22-04-2028.</div><div><br></div><table cellspacing="0" cellpadding="0" dir="ltr" border="1" style="table-layout:fixed;'
            'font-size:10pt;font-family:Arial;width:0px;border-collapse:collapse;border:none">' +
            cells_html(tab, ' style="padding:2px 3px;vertical-align:bottom"') + '</table><div><br></div>'
            '<div>Afleveradres: Marowijne Koffiebranderij N.V., Kernkampweg 55, Paramaribo, Suriname</div>'
            '<div>Contactpersoon: dhr. Ravi Ramdin, +597 8812 340</div><div><br></div><div>Met vriendelijke groet,</div>'
            '<div>Shanti Jagessar</div><div>Marowijne Koffiebranderij N.V.</div></div>')
    eml = html_mail(H('Shanti Jagessar', 'marowijnekoffie@gmail.com', 'utf-8', 'Bestelling BST-2028-041', dh(2028, 4, 22, 11, 3, 45, -180),
                      'CAP7nR2kT5wY8zB1dF4gJ7mQ0sV3xA6cE9hL@mail.gmail.com', None),
                    strip(html), html, 'utf-8', '000000000000b4c5d6e7f8091a2b')
    return eml, T('html', 'utf-8',
                  'A Paramaribo (Suriname) coffee roaster from Gmail in Dutch: a Google Sheets table, SRD only in the headers, '
                  'dot thousands and decimal commas, a Korting 4% row with a minus sign and a bold Totaal, the date 22-04-2028 '
                  'in a sentence. Adds up after the discount.',
                  [order('BST-2028-041', 'Marowijne Koffiebranderij N.V.',
                         ('Ravi Ramdin', '+597 8812 340', 'Marowijne Koffiebranderij N.V., Kernkampweg 55, Paramaribo, Suriname'),
                         '2028-04-22', 'SRD', total, lines)])


@mail
def h744_chenghai_toys_wecom_html_ol_per_thousand():
    rows = [('玩具彩盒', '积木 300片 天地盖', 10000, '4.30', 1), ('吸塑内托', '积木盒用 PET', 10000, '0.85', 1),
            ('OPP自封袋', '12×18cm', 200000, '45.00', 1000), ('说明书', 'A5 双面彩印 折两折', 10000, '120.00', 1000)]
    lines = pk(rows)
    total = m2(subtotal(lines))
    check(lines, total)
    items = ''.join('<li>%s，%s，%s 个，%s，小计 %s 元</li>' % (n, g, n0(q), ('%s 元/千个' % p) if k > 1 else ('%s 元/个' % p),
                                                        amt(lt(p, q, k))) for n, g, q, p, k in rows)
    html = ('<html><body><div>方经理：</div><div>六一前的积木包装，下单：</div><div>单号：CHWJ-0424　日期：2028-04-24</div>'
            '<ol>' + items + '</ol><div>以上总价 <b>%s 元</b>，含税含运。</div>' % amt(total) +
            '<div>送货：广东省汕头市澄海区 莲下镇 玩具城 工业大道 27 号 乐高乐玩具厂 3 楼</div>'
            '<div>收货：蔡伟鹏 137 1583 9206</div><div><br></div><div>汕头市澄海区乐高乐玩具实业有限公司 采购部 蔡晓敏</div>'
            '</body></html>')
    eml = html_mail(H('蔡晓敏', 'caixm@legaole-toys.com', 'utf-8', '积木包装 订单 CHWJ-0424', dh(2028, 4, 24, 16, 20, 39),
                      'wecom-3b5d7f9a1c2e4a6b@legaole-toys.com', 'X-Mailer: WXWork Mail'),
                    strip(html), html, 'utf-8', '----=_NextPart_WXWORK_662898AF1C2D')
    return eml, T('html', 'utf-8',
                  'A Chenghai (Shantou, Guangdong) toy maker from WeCom mail: <ol> items "name，spec，qty 个，price，小计 amount 元" '
                  '(name and spec keyed joined), bags and leaflets priced "元/千个" (keyed per piece, 0.045 and 0.12), the total '
                  'in a sentence "以上总价 … 元，含税含运". Adds up.',
                  [order('CHWJ-0424', '汕头市澄海区乐高乐玩具实业有限公司',
                         ('蔡伟鹏', '137 1583 9206', '广东省汕头市澄海区 莲下镇 玩具城 工业大道 27 号 乐高乐玩具厂 3 楼'),
                         '2028-04-24', 'CNY', total, lines)])


@mail
def h745_nicaragua_matagalpa_yahoo_html_latin1_cordobas():
    rows = [('Bolsa café 340 g', 'válvula, kraft, zipper', 20000, '11.20'), ('Bolsa café 2 lb', 'válvula, negra', 5000, '19.50'),
            ('Caja regalo', '2 bolsas 340 g', 2000, '36.00'), ('Saco yute', '46 kg, impreso', 1200, '88.00')]
    lines = sp(rows)
    goods = subtotal(lines)
    total = m2(goods)
    check(lines, total)
    tab = [['Cant.', 'Producto', 'Detalle', 'Precio C$', 'Total C$']] + [[n0(q), n, g, amt(p), amt(lt(p, q))] for n, g, q, p in rows]
    tab += [['', '', '', 'IVA', 'exento (exportador)'], ['', '', '', '<b>TOTAL</b>', '<b>C$ %s</b>' % amt(total)]]
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head><body>'
            '<div style="font-family:Helvetica Neue,Helvetica,Arial">Estimada señora Fang:<br><br>Por este medio le enviamos la '
            'orden de compra <b>OC-MTG-2028-22</b>, fecha 25 de abril de 2028. Precios en córdobas (C$).<br><br>'
            '<table border="1" cellpadding="3" style="border-collapse:collapse">' + cells_html(tab) + '</table><br>'
            'Entregar en: Cooperativa Flor de Dariense R.L., del Parque Darío 2 c. al norte, Matagalpa, Nicaragua<br>'
            'Recibe: Don Ernesto Rugama, +505 2772 4106<br><br>Saludos cordiales,<br>Yesenia Blandón<br>'
            'Cooperativa Flor de Dariense R.L.</div></body></html>')
    eml = html_mail(H('Yesenia Blandón', 'flordedariense@yahoo.com', 'iso-8859-1', 'Orden de compra OC-MTG-2028-22',
                      dh(2028, 4, 25, 8, 30, 12, -360), '1714055412.2233445.1810123456789@mail.yahoo.com',
                      'X-Mailer: WebService/1.1.22190 YMailNorrin'),
                    strip(html), html, 'iso-8859-1', '----=_Part_2233445_112233.1810123456789', 'quoted-printable')
    return eml, T('html', 'iso-8859-1',
                  'A Matagalpa (Nicaragua) coffee co-operative from Yahoo Mail (ISO-8859-1 QP HTML): the number and "25 de abril '
                  'de 2028" in a sentence, córdobas as "C$" in the headers and the total (keyed NIO), Cant. first, Producto and '
                  'Detalle apart (keyed joined), an "IVA exento" row that is not money, a bold TOTAL row. Adds up.',
                  [order('OC-MTG-2028-22', 'Cooperativa Flor de Dariense R.L.',
                         ('Ernesto Rugama', '+505 2772 4106', 'Cooperativa Flor de Dariense R.L., del Parque Darío 2 c. al norte, Matagalpa, Nicaragua'),
                         '2028-04-25', 'NIO', total, lines)])


# ============================================================ PDF attachments
@mail
def h746_pdf_kingdee_kis_fuding_white_tea_daxie_freight():
    rows = [('1.01.003', '白茶饼盒', '357g 牛皮纸 圆形', '个', 10000, '2.60'), ('1.01.007', '茶饼棉纸', '白茶 印字 45cm', '张', 10000, '0.35'),
            ('1.02.001', '礼盒', '双饼装 竹编', '个', 2000, '26.00'), ('1.03.010', '外箱', '提装 10提', '个', 500, '7.80')]
    lines = [L(s, '%s %s' % (n, g), q, p) for s, n, g, u, q, p in rows]
    goods = subtotal(lines)
    freight = D('450.00')
    total = m2(goods + freight)
    check(lines, total, freight)
    table = [['物料代码', '物料名称', '规格型号', '单位', '数量', '含税单价', '价税合计', '交货日期']]
    table += [[s, n, g, u, n0(q), p, amt(lt(p, q)), '2028-05-10'] for s, n, g, u, q, p in rows]
    table += [['运费', '', '', '', '', '', amt(freight), ''], ['合计', '', '', '', '', '', amt(total), '']]
    head = [('c', '福鼎市太姥山白茶有限公司', 14), ('c', '采 购 订 单', 13),
            (40, '编号：POORD000512        日期：2028年4月26日        币别：人民币', 8),
            (40, '供应商：杭州恒达包装材料有限公司        结算方式：月结30天', 8),
            (40, '交货地点：福建省宁德市福鼎市 点头镇 观洋村 白茶产业园 12 号  收货人：林德寿 138 5036 2217', 8)]
    tail = [(40, '合计人民币（大写）：%s' % daxie(total), 8), (40, '制单：林秀娟        审核：林德寿        业务员：林秀娟', 8)]
    data = grid_pdf(head, table, [58, 62, 88, 30, 52, 55, 68, 65], tail, '采购订单', 'KIS', 'song',
                    align=['l', 'l', 'l', 'c', 'r', 'r', 'r', 'c'], size=8)
    body = '方经理：\n\n金蝶KIS打的采购订单，附件PDF，运费我们出。\n\n林秀娟\n福鼎市太姥山白茶有限公司\n'
    eml = pdf_mail(H('林秀娟', 'linxj@tailaoshan-tea.com', 'gbk', '采购订单POORD000512', dh(2028, 4, 26, 10, 5, 0),
                     '202804261005001127@tailaoshan-tea.com', 'X-Mailer: Foxmail 7.2.25.375[cn]'),
                   body, 'gbk', 'base64', data, '采购订单POORD000512.pdf', '----=_NextPart_662B0A54_1B3D5F71_2C4E6A8C',
                   name_style='gbk')
    return eml, T('pdf', 'gbk',
                  'A Fuding (Ningde, Fujian) white-tea company\'s 金蝶 KIS 采购订单 PDF (AR PL UMing): company and title centred, '
                  '编号 / 日期 in 年月日 / 币别 on one line, 物料名称 and 规格型号 apart (keyed joined), 含税单价 / 价税合计, a '
                  '交货日期 column that is not the order date, a 运费 row and a 合计 row inside the table, 大写 under it. Adds up '
                  'with freight.',
                  [order('POORD000512', '福鼎市太姥山白茶有限公司',
                         ('林德寿', '138 5036 2217', '福建省宁德市福鼎市 点头镇 观洋村 白茶产业园 12 号'),
                         '2028-04-26', 'CNY', total, lines)])


@mail
def h747_pdf_cote_divoire_abidjan_chocolate_fcfa_tva():
    rows = [('BT-100', 'Boîte tablette 100 g', 'carton couché, dorure', 30000, '95'),
            ('ET-40', 'Étui pralinés 16 pièces', 'avec calage PET', 8000, '410'),
            ('SA-CH', 'Sachet cacao en poudre 250 g', 'kraft, zip', 20000, '130'),
            ('CA-24', 'Carton de transport', '24 étuis, 5 plis', 1000, '1250')]
    lines = ssp(rows)
    net = subtotal(lines)
    tva = (net * D('0.18')).quantize(D('1'))
    total = m2(net + tva)
    check(lines, total, tva)
    table = [['Réf.', 'Désignation', 'Caractéristiques', 'Qté', 'P.U. HT', 'Montant HT']]
    table += [[s, n, g, xof(q), xof(p), xof(lt(p, q))] for s, n, g, q, p in rows]
    head = [(45, 'CHOCOLATERIE DU PLATEAU SARL', 13), (45, 'Zone industrielle de Yopougon, 01 BP 4127 Abidjan 01, Côte d\'Ivoire', 8),
            (45, 'RCCM CI-ABJ-2019-B-11827 · CC 1923456 K', 7),
            ('r', 'BON DE COMMANDE N° BC-CDP-2028-031', 12), ('r', 'Abidjan, le 27/04/2028', 9),
            (45, 'Fournisseur : Hangzhou Hengda Packaging Materials Co., Ltd. — Chine', 8),
            (45, 'Livraison : Chocolaterie du Plateau, magasin matières, ZI Yopougon, Abidjan — Réception : M. Koffi Yao, +225 27 23 46 71 90', 8)]
    tail = [('r', 'Total HT : %s FCFA' % xof(net), 9), ('r', 'TVA 18 % : ' + xof(tva) + ' FCFA', 9),
            ('r', 'Total TTC : %s FCFA' % xof(total), 10),
            (45, 'Arrêté le présent bon de commande à la somme de onze millions sept cent soixante-seize mille quatre cents francs CFA TTC.', 8),
            (45, 'Le Directeur Général                                Le Responsable Achats', 8)]
    assert m2(total) == '11776400.00', total
    data = grid_pdf(head, table, [45, 135, 120, 50, 60, 75], tail, 'Bon de commande BC-CDP-2028-031', 'Awa Traore', 'hei',
                    align=['l', 'l', 'l', 'r', 'r', 'r'], size=8)
    body = 'Bonjour Madame Fang,\n\nCi-joint notre bon de commande BC-CDP-2028-031 signé.\n\nCordialement,\nAwa Traoré\nResponsable Achats\nChocolaterie du Plateau SARL\n'
    eml = pdf_mail(H('Awa Traoré', 'achats@chocoplateau.ci', 'windows-1252', 'Bon de commande BC-CDP-2028-031', dh(2028, 4, 27, 9, 0, 33, 0),
                     'AM6PR04MB5555C1D2E3F4A5B6@AM6PR04MB5555.eurprd04.prod.outlook.com', None),
                   body, 'windows-1252', 'quoted-printable', data, 'BC-CDP-2028-031.pdf', '_004_AM6PR04MB5555C1D2E3F4A5B6AM6PR04MB5555eurp_')
    return eml, T('pdf', 'windows-1252',
                  'An Abidjan (Côte d\'Ivoire) chocolate maker\'s French bon de commande PDF (mail Windows-1252 QP from Outlook '
                  '365): the number and "Abidjan, le 27/04/2028" right-aligned, Désignation and Caractéristiques apart (keyed '
                  'joined), CFA francs without decimals and with space thousands (keyed XOF), Total HT / TVA 18 % / Total TTC '
                  '(keyed) and the amount in French words. Adds up with TVA.',
                  [order('BC-CDP-2028-031', 'CHOCOLATERIE DU PLATEAU SARL',
                         ('Koffi Yao', '+225 27 23 46 71 90', 'Chocolaterie du Plateau, magasin matières, ZI Yopougon, Abidjan'),
                         '2028-04-27', 'XOF', total, lines)])


@mail
def h748_pdf_wps_zhaotong_apple_contract_jiafang_deposit():
    rows = [('苹果礼盒', '10斤装 天地盖 红色', 8000, '6.80'), ('苹果网套', '8.5cm 白色', 160000, '0.032'),
            ('果托', '20格 纸浆', 16000, '0.55'), ('快递外箱', '10斤装 七层', 8000, '3.40')]
    lines = sp(rows)
    total = m2(subtotal(lines))
    check(lines, total)
    dep = (D(total) * D('0.3')).quantize(D('0.01'))
    table = [['序号', '产品名称', '规格', '数量（个）', '单价（元）', '金额（元）']]
    table += [[str(i + 1), n, g, n0(q), p, amt(lt(p, q))] for i, (n, g, q, p) in enumerate(rows)]
    table += [['', '合计', '', n0(sum(r[2] for r in rows)), '', amt(total)]]
    head = [('c', '包装材料购销合同', 15), ('r', '合同编号：ZTPG-HT-2028-007', 9),
            (45, '甲方（需方）：昭通金果苹果种植专业合作社', 9), (45, '乙方（供方）：杭州恒达包装材料有限公司', 9),
            (45, '签订日期：2028年4月28日        签订地点：云南省昭通市昭阳区', 9),
            (45, '一、产品名称、规格、数量、金额（含13%增值税）：', 9)]
    tail = [(45, '合同总金额（大写）：%s（¥%s）' % (daxie(total), amt(total)), 9),
            (45, '二、交货地点：云南省昭通市昭阳区 洒渔镇 苹果产业园 6 号 金果合作社 冷库', 9),
            (45, '    收货人：杨光荣  电话：151 8703 6642', 9),
            (45, '三、付款方式：合同签订后甲方预付30%%定金（¥%s），余款货到验收后7日内付清。' % amt(dep), 9),
            (45, '四、交货期：2028年5月25日前。', 9),
            (45, '甲方（盖章）：昭通金果苹果种植专业合作社         乙方（盖章）：', 9),
            (45, '代表：杨丽华                                     代表：', 9)]
    data = grid_pdf(head, table, [35, 110, 135, 70, 70, 85], tail, '购销合同', '杨丽华', 'hei',
                    align=['c', 'l', 'l', 'r', 'r', 'r'], size=9)
    body = '方经理：\n\n合同我们已经盖章了，扫描件太大，先发WPS导出的PDF，您看一下没问题就回签。定金明天打。\n\n杨丽华\n昭通金果苹果种植专业合作社\n'
    eml = pdf_mail(H('杨丽华', 'ztjinguo@126.com', 'gbk', '购销合同 ZTPG-HT-2028-007', dh(2028, 4, 28, 17, 12, 40),
                     '5e6f7a8b.9c0d.18fd1e2f3a4.Coremail.ztjinguo@126.com', 'X-Mailer: Coremail Webmail Server Version XT5.0.14'),
                   body, 'gbk', 'base64', data, '购销合同ZTPG-HT-2028-007.pdf', '----=_Part_110233_48812.1811236360000',
                   name_style='gbk')
    return eml, T('pdf', 'gbk',
                  'A Zhaotong (Yunnan) apple co-operative\'s 购销合同 PDF made in WPS: 甲方 (buyer) / 乙方 (us), 合同编号 right-'
                  'aligned, 签订日期 in 年月日, numbered clauses, 产品名称 and 规格 apart (keyed joined), a 3-decimal price 0.032, '
                  '合计 row with a quantity sum, 合同总金额（大写）with ¥, the receiver in clause 二, a 30 % 定金 that is not the '
                  'total, a 交货期 that is not the order date. Adds up.',
                  [order('ZTPG-HT-2028-007', '昭通金果苹果种植专业合作社',
                         ('杨光荣', '151 8703 6642', '云南省昭通市昭阳区 洒渔镇 苹果产业园 6 号 金果合作社 冷库'),
                         '2028-04-28', 'CNY', total, lines)])


@mail
def h749_pdf_seychelles_mahe_vanilla_scr_vat_no_grid():
    rows = [('VP-10', 'Vanilla pod tube, glass, cork stopper', 10000, '9.80'), ('VB-50', 'Vanilla pouch 50 g, foil, zip', 6000, '6.40'),
            ('GB-3', 'Gift box, 3 tubes, printed Creole motif', 2500, '21.00'), ('SH-40', 'Shipper carton, 40 boxes', 200, '58.00')]
    lines = [L(s, t, q, p) for s, t, q, p in rows]
    net = subtotal(lines)
    vat = (net * D('0.15')).quantize(D('0.01'))
    total = m2(net + vat)
    check(lines, total, vat)

    def build(c, fn, ps):
        w, h = ps
        c.setFillColorRGB(0.1, 0.35, 0.3)
        c.rect(0, h - 70, w, 70, fill=1, stroke=0)
        c.setFillColorRGB(1, 1, 1)
        c.setFont(fn, 16)
        c.drawString(40, h - 42, 'Anse Royale Spice Company (Pty) Ltd')
        c.setFont(fn, 8)
        c.drawString(40, h - 58, 'Anse Royale, Mahé, Seychelles  ·  VAT Reg. 7890123')
        c.setFillColorRGB(0, 0, 0)
        c.setFont(fn, 14)
        c.drawRightString(w - 40, h - 100, 'PURCHASE ORDER')
        c.setFont(fn, 9)
        y = h - 120
        for a, b in [('PO Number:', 'ARS-PO-00463'), ('PO Date:', '29 Apr 2028'), ('Terms:', '30% advance, balance against B/L')]:
            c.drawString(w - 260, y, a)
            c.drawString(w - 190, y, b)
            y -= 13
        c.drawString(40, h - 120, 'Supplier')
        c.drawString(40, h - 133, 'Hangzhou Hengda Packaging Materials Co., Ltd.')
        c.drawString(40, h - 160, 'Deliver to')
        c.drawString(40, h - 173, 'Anse Royale Spice Company, Les Canelles Road, Anse Royale, Mahé, Seychelles')
        c.drawString(40, h - 186, 'Attn: Mr Jean-Paul Hoareau, +248 437 1255')
        y = h - 220
        c.setFont(fn, 8.5)
        cols = [(40, 'l', 'Item'), (95, 'l', 'Description'), (380, 'r', 'Qty'), (450, 'r', 'Unit SCR'), (w - 40, 'r', 'Amount SCR')]
        for x, a, t in cols:
            (c.drawString if a == 'l' else c.drawRightString)(x, y, t)
        c.line(40, y - 4, w - 40, y - 4)
        y -= 18
        for s, t, q, p in rows:
            vals = [s, t, n0(q), p, amt(lt(p, q))]
            for (x, a, _), v in zip(cols, vals):
                (c.drawString if a == 'l' else c.drawRightString)(x, y, v)
            y -= 15
        c.line(300, y + 4, w - 40, y + 4)
        y -= 10
        for a, b in [('Net amount', amt(net)), ('VAT 15%', amt(vat)), ('Total SCR', amt(total))]:
            c.drawRightString(450, y, a)
            c.drawRightString(w - 40, y, b)
            y -= 14
        c.drawString(40, y - 20, 'Authorised by: Marie-Claire Pillay, Operations Manager')
    data = corpus_docs.pdf_bytes(build, 'Purchase Order ARS-PO-00463', 'Sage 50', 'hei')
    body = 'Dear Ms Fang,\n\nPlease find attached our purchase order ARS-PO-00463.\n\nRegards,\nMarie-Claire Pillay\nAnse Royale Spice Company\n'
    eml = pdf_mail(H('Marie-Claire Pillay', 'mc.pillay@anseroyalespice.sc', 'us-ascii', 'Purchase Order ARS-PO-00463',
                     dh(2028, 4, 29, 10, 10, 10, 240), '000a01dd9a11$2b3c4d50$6e7f8091$@anseroyalespice.sc',
                     'X-Mailer: Microsoft Outlook 16.0'), body, 'us-ascii', '7bit', data, 'ARS-PO-00463.pdf',
                   '----=_NextPart_000_000B_01DD9A11.2B3C4D50')
    return eml, T('pdf', 'us-ascii',
                  'A Mahé (Seychelles) vanilla company\'s Sage-style PO PDF without a ruled grid: a dark banner letterhead, '
                  'PO Number / PO Date "29 Apr 2028" / Terms right-aligned label pairs, a 30 % advance in the terms (not a '
                  'total), columns placed by position with one rule under the header, SCR in the headers, Net amount / VAT 15% '
                  '/ Total SCR. Adds up with VAT.',
                  [order('ARS-PO-00463', 'Anse Royale Spice Company (Pty) Ltd',
                         ('Jean-Paul Hoareau', '+248 437 1255', 'Anse Royale Spice Company, Les Canelles Road, Anse Royale, Mahé, Seychelles'),
                         '2028-04-29', 'SCR', total, lines)])


@mail
def h750_pdf_keelung_seafood_big5_uming_roc_tax():
    rows = [('KL-01', '魚鬆罐', '200g 鋁罐 易開', 8000, '9.5'), ('KL-02', '真空袋', '小卷 300g 耐凍', 30000, '1.2'),
            ('KL-03', '禮盒', '三罐入 紅色', 2500, '24'), ('KL-04', '保冷袋', '鋁箔 手提 中', 3000, '6')]
    lines = ssp(rows)
    net = subtotal(lines)
    tax = (net * D('0.05')).quantize(D('1'))
    total = m2(net + tax)
    check(lines, total, tax)
    table = [['料號', '品名', '規格', '數量', '單價', '金額']]
    table += [[s, n, g, n0(q), p, n0(int(lt(p, q)))] for s, n, g, q, p in rows]
    table += [['', '小計', '', '', '', n0(int(net))], ['', '營業稅5%', '', '', '', n0(int(tax))], ['', '合計', '', '', '', n0(int(D(total)))]]
    head = [('c', '基隆海宴水產股份有限公司', 14), ('c', '採 購 單', 13),
            (45, '採購單號：KLSF-117-0430-01          採購日期：中華民國117年4月30日', 9),
            (45, '廠商：恆達包裝材料有限公司（杭州）     幣別：新臺幣', 9),
            (45, '交貨地址：基隆市中正區 正濱路 66 號 海宴水產 冷凍廠   聯絡人：游志豪 0933-208-517', 9)]
    tail = [(45, '備註：保冷袋請附檢驗報告。', 9), (45, '核准：游明德        採購：游雅琪        倉管：', 9)]
    data = grid_pdf(head, table, [50, 90, 130, 60, 55, 90], tail, '採購單', '游雅琪', 'song',
                    align=['l', 'l', 'l', 'r', 'r', 'r'], size=9)
    body = '方小姐您好：\n\n附件為本公司採購單，請確認後回傳，謝謝。\n\n游雅琪\n基隆海宴水產股份有限公司\n02-24623311\n'
    eml = pdf_mail(H('游雅琪', 'yachi@haiyan-seafood.com.tw', 'big5', '採購單 KLSF-117-0430-01', dh(2028, 4, 30, 9, 33, 20),
                     '000c01dd9ae4$1a2b3c40$5d6e7f80$@haiyan-seafood.com.tw', 'X-Mailer: Microsoft Outlook 16.0'),
                   body, 'big5', 'base64', data, '採購單KLSF-117-0430-01.pdf', '----=_NextPart_000_000D_01DD9AE4.1A2B3C40',
                   name_style='big5')
    return eml, T('pdf', 'big5',
                  'A Keelung (Taiwan) seafood company\'s 採購單 PDF in AR PL UMing: 採購日期 "中華民國117年4月30日", 幣別 新臺幣 in '
                  'a header line, 品名 and 規格 apart (keyed joined), prices 9.5 / 1.2 / 24 / 6, 小計 / 營業稅5% / 合計 rows inside '
                  'the table (keyed 合計). Adds up with tax.',
                  [order('KLSF-117-0430-01', '基隆海宴水產股份有限公司',
                         ('游志豪', '0933-208-517', '基隆市中正區 正濱路 66 號 海宴水產 冷凍廠'),
                         '2028-04-30', 'TWD', total, lines)])


# ============================================================ xlsx attachments
@mail
def h751_xlsx_luoyang_peony_cake_handmade_merged_notes_freight():
    rows = [('牡丹饼礼盒', '12枚 天地盖 烫金', '个', 5000, '8.40'), ('牡丹饼小袋', '单枚 镀铝 印花', '个', 60000, '0.12'),
            ('内托', '12格 吸塑 金色', '个', 5000, '0.95'), ('手提袋', '单盒 白卡 覆膜', '个', 5000, '1.60')]
    lines = [L(None, '%s %s' % (n, g), q, p) for n, g, u, q, p in rows]
    goods = subtotal(lines)
    freight = D('1200.00')
    total = m2(goods + freight)
    check(lines, total, freight)
    sh = Sheet('订货单')
    sh.set(1, 1, '洛阳花城食品有限公司', bold=True, size=16, center=True)
    sh.merge(1, 1, 1, 7)
    sh.set(2, 1, '包 材 订 货 单', bold=True, size=14, center=True)
    sh.merge(2, 1, 2, 7)
    sh.row(4, 1, ['订货单号'])
    sh.row(4, 2, ['LYHC-20280502'])
    sh.row(4, 5, ['订货日期'])
    sh.set(4, 6, datetime.date(2028, 5, 2), fmt='yyyy/m/d')
    sh.row(5, 1, ['收货地址'])
    sh.row(5, 2, ['河南省洛阳市洛龙区 牡丹大道 369 号 花城食品 成品库'])
    sh.merge(5, 2, 5, 7)
    sh.row(6, 1, ['收 货 人', '吕振华', None, None, '联系电话', '150 3799 1826'])
    sh.row(8, 1, ['序号', '品名', '规格', '单位', '数量', '单价', '金额'], bold=True, border=True, center=True)
    for i, (n, g, u, q, p) in enumerate(rows):
        r = 9 + i
        sh.row(r, 1, [i + 1, n, g, u, q, D(p), ('=E%d*F%d' % (r, r), lt(p, q))], border=True)
        sh.numfmt[(r, 7)] = '#,##0.00'
    r = 9 + len(rows)
    sh.row(r, 1, ['货款小计', None, None, None, None, None, ('=SUM(G9:G%d)' % (r - 1), goods)], border=True)
    sh.merge(r, 1, r, 6)
    sh.row(r + 1, 1, ['运费', None, None, None, None, None, freight], border=True)
    sh.merge(r + 1, 1, r + 1, 6)
    sh.row(r + 2, 1, ['合计（含税含运）', None, None, None, None, None, ('=G%d+G%d' % (r, r + 1), D(total))], bold=True, border=True)
    sh.merge(r + 2, 1, r + 2, 6)
    sh.row(r + 4, 1, ['订货人：吕娜', None, None, '审批：', '吕振华'])
    sh.widths = {1: 10, 2: 14, 3: 20, 4: 6, 5: 10, 6: 8, 7: 14}
    notes = Sheet('说明')
    notes.row(1, 1, ['礼盒烫金用去年的版，颜色改成牡丹红。'])
    notes.row(2, 1, ['小袋先发 3 万个，余下的 5 月 20 日前到。'])
    data = corpus_docs.xlsx_bytes([sh, notes], creator='吕娜', app_title='Microsoft Excel')
    body = '方经理：\n\n订货单在附件，第二页是说明，麻烦看一下。\n\n吕娜 洛阳花城食品\n'
    eml = with_attachments(H('吕娜', 'luna@lyhuacheng.com', 'gb2312', '包材订货单 LYHC-20280502', dh(2028, 5, 2, 9, 48, 3),
                             '000201dd9c71$4a5b6c70$8d9eafb0$@lyhuacheng.com', 'X-Mailer: Microsoft Outlook 16.0'),
                           body, 'gb2312', 'base64', [attachment(XLSX, data, '包材订货单LYHC-20280502.xlsx', name_style='gb2312')],
                           '----=_NextPart_000_0003_01DD9C71.4A5B6C70')
    return eml, T('xlsx', 'gb2312',
                  'A Luoyang (Henan) peony-cake maker\'s hand-made .xlsx: two merged title rows, label cells with the value in '
                  'the next cell (订货单号, 订货日期 as a date serial shown 2028/5/2, a merged 收货地址, 收 货 人 with spaces), '
                  '品名 and 规格 apart (keyed joined), formula amounts, merged 货款小计 / 运费 / 合计（含税含运） rows (keyed '
                  'the last), a signature row and a 说明 tab. No currency written. Adds up with freight.',
                  [order('LYHC-20280502', '洛阳花城食品有限公司',
                         ('吕振华', '150 3799 1826', '河南省洛阳市洛龙区 牡丹大道 369 号 花城食品 成品库'),
                         '2028-05-02', None, total, lines)])


@mail
def h752_xlsx_angola_luanda_kwanza_iva():
    rows = [('EMB-500', 'Embalagem de café 500 g', 'kraft, válvula', 20000, '420.00'),
            ('EMB-250', 'Embalagem de café 250 g', 'kraft, válvula', 30000, '310.00'),
            ('CX-20', 'Caixa de cartão', '20 × 500 g, 5 camadas', 1000, '2850.00')]
    lines = ssp(rows)
    net = subtotal(lines)
    iva = (net * D('0.14')).quantize(D('0.01'))
    total = m2(net + iva)
    check(lines, total, iva)
    sh = Sheet('Nota de Encomenda')
    sh.row(1, 1, ['Cafés do Amboim, Lda.'], bold=True, size=14)
    sh.row(2, 1, ['Rua Rainha Ginga 74, Ingombota, Luanda, Angola · NIF 5417091234'])
    sh.row(4, 1, ['NOTA DE ENCOMENDA'], bold=True, size=13)
    sh.row(5, 1, ['N.º', 'NE 2028/0188'])
    sh.row(6, 1, ['Data', datetime.date(2028, 5, 3)])
    sh.numfmt[(6, 2)] = 'dd/mm/yyyy'
    sh.row(7, 1, ['Moeda', 'Kwanza (AOA)'])
    sh.row(8, 1, ['Local de entrega', 'Armazém Cafés do Amboim, Estrada de Catete km 12, Viana, Luanda, Angola'])
    sh.row(9, 1, ['Contacto', 'Sr. Domingos Neto', '+244 923 456 781'])
    sh.row(11, 1, ['Código', 'Artigo', 'Descrição', 'Quant.', 'Preço unit.', 'Valor'], bold=True, border=True)
    for i, (s, n, g, q, p) in enumerate(rows):
        r = 12 + i
        sh.row(r, 1, [s, n, g, q, D(p), ('=D%d*E%d' % (r, r), lt(p, q))], border=True)
        sh.numfmt[(r, 5)] = '#,##0.00 "Kz"'
        sh.numfmt[(r, 6)] = '#,##0.00 "Kz"'
    r = 12 + len(rows)
    sh.row(r + 1, 5, ['Total ilíquido', ('=SUM(F12:F%d)' % (r - 1), net)])
    sh.row(r + 2, 5, ['IVA 14%', ('=F%d*0.14' % (r + 1), iva)])
    sh.row(r + 3, 5, ['Total a pagar', ('=F%d+F%d' % (r + 1, r + 2), D(total))], bold=True)
    for k in (1, 2, 3):
        sh.numfmt[(r + k, 6)] = '#,##0.00 "Kz"'
    sh.row(r + 5, 1, ['Elaborado por: Helena Cardoso', None, None, 'Aprovado: António Mbala'])
    data = corpus_docs.xlsx_bytes([sh], creator='Helena Cardoso', app_title='Microsoft Excel')
    body = 'Boa tarde Sra. Fang,\n\nEnvio em anexo a nossa nota de encomenda NE 2028/0188.\n\nCumprimentos,\nHelena Cardoso\nCafés do Amboim, Lda.\n'
    eml = with_attachments(H('Helena Cardoso', 'compras@cafesdoamboim.co.ao', 'utf-8', 'Nota de encomenda NE 2028/0188',
                             dh(2028, 5, 3, 14, 15, 52, 60), 'FR2P281MB0123A4B5C6D7E8F9@FR2P281MB0123.DEUP281.PROD.OUTLOOK.COM', None),
                           body, 'utf-8', 'quoted-printable', [attachment(XLSX, data, 'NE 2028-0188.xlsx')],
                           '_003_FR2P281MB0123A4B5C6D7E8F9FR2P281MB0123DEUP_')
    return eml, T('xlsx', 'utf-8',
                  'A Luanda (Angola) coffee company\'s Portuguese .xlsx from Outlook 365: letterhead rows, label / value cells '
                  '(N.º, Data as a date serial dd/mm/yyyy, "Kwanza (AOA)", Local de entrega, Contacto name and phone in two '
                  'cells), Artigo and Descrição apart (keyed joined), money cells formatted \'#,##0.00 "Kz"\', Total ilíquido / '
                  'IVA 14% / Total a pagar formulas. Adds up with IVA.',
                  [order('NE 2028/0188', 'Cafés do Amboim, Lda.',
                         ('Domingos Neto', '+244 923 456 781', 'Armazém Cafés do Amboim, Estrada de Catete km 12, Viana, Luanda, Angola'),
                         '2028-05-03', 'AOA', total, lines)])


@mail
def h753_xlsx_dalian_seafood_yidinghuo_export_two_sheets():
    rows = [('HX-001', '海参礼盒', '500g 木盒 磁吸', '个', 1500, '28.00'), ('HX-002', '真空袋', '海参 单只 透明', '个', 60000, '0.15'),
            ('HX-003', '泡沫箱', '5kg 加厚', '个', 3000, '6.50'), ('HX-004', '冰袋', '200g 注水', '个', 12000, '0.40')]
    lines = [L(s, '%s %s' % (n, g), q, p) for s, n, g, u, q, p in rows]
    total = m2(subtotal(lines))
    check(lines, total)
    info = Sheet('订单信息')
    for i, (a, b) in enumerate([('订单编号', 'DD202805040017'), ('下单时间', '2028-05-04 10:21:07'), ('客户名称', '大连海之韵水产有限公司'),
                                ('收货人', '孙国栋'), ('联系电话', '13998576210'), ('收货地址', '辽宁省大连市甘井子区 革镇堡街道 海产品物流园 B 区 7 号'),
                                ('订单金额', D(total)), ('订单状态', '待审核'), ('备注', '泡沫箱先发')]):
        info.row(1 + i, 1, [a, b])
    det = Sheet('商品明细')
    det.row(1, 1, ['商品编码', '商品名称', '规格', '单位', '订购数量', '单价', '小计'], bold=True)
    for i, (s, n, g, u, q, p) in enumerate(rows):
        det.row(2 + i, 1, [s, n, g, u, q, D(p), lt(p, q)])
    data = corpus_docs.xlsx_bytes([info, det], creator='易订货', app_title=None)
    body = '恒达方经理：\n\n易订货系统里下的单，导出来发您一份，订单DD202805040017。\n\n孙晓雪 大连海之韵\n'
    eml = with_attachments(H('孙晓雪', 'sunxx@haizhiyun-sea.com', 'utf-8', '订单DD202805040017', dh(2028, 5, 4, 10, 30, 44),
                             '202805041030441198.sunxx@haizhiyun-sea.com', 'X-Mailer: Alimail Web'),
                           body, 'utf-8', 'base64', [attachment(XLSX, data, '订单详情_DD202805040017.xlsx', name_style='rfc2231')],
                           '----=ALIBOUNDARY_99321_5b6c7d8e9f0a_6635A0C4')
    return eml, T('xlsx', 'utf-8',
                  'A Dalian (Liaoning) sea-cucumber company\'s 易订货 export (.xlsx, RFC 2231 name): a first sheet of label / '
                  'value rows (订单编号, 下单时间 with a time, 客户名称, 收货人, 联系电话 without spaces, 收货地址, 订单金额 as a '
                  'number, 订单状态 待审核) and the lines on a second sheet 商品明细 (商品名称 and 规格 apart, keyed joined), no '
                  'total row; no currency. Adds up.',
                  [order('DD202805040017', '大连海之韵水产有限公司',
                         ('孙国栋', '13998576210', '辽宁省大连市甘井子区 革镇堡街道 海产品物流园 B 区 7 号'),
                         '2028-05-04', None, total, lines)])


@mail
def h754_xlsx_timor_leste_dili_coffee_google_sheets_usd():
    rows = [('Coffee bag 250 g, kraft, valve', 10000, '0.26'), ('Coffee bag 1 kg, kraft, valve', 4000, '0.49'),
            ('Jute sack 60 kg, printed "Ermera"', 1500, '1.85'), ('Carton 20 x 250 g', 500, '0.95')]
    lines = [L(None, t, q, p) for t, q, p in rows]
    goods = subtotal(lines)
    ship = D('1150.00')
    total = m2(goods + ship)
    check(lines, total, ship)
    sh = Sheet('PO May 2028')
    sh.row(1, 1, ['Kafé Ermera Unipessoal Lda — Purchase Order'], bold=True)
    sh.row(2, 1, ['PO#', 'KE-2028-05'])
    sh.row(3, 1, ['Date', '05/05/2028'])
    sh.row(4, 1, ['Ship to', 'Kafé Ermera warehouse, Rua de Comoro, Dom Aleixo, Dili, Timor-Leste'])
    sh.row(5, 1, ['Contact', 'Agostinho da Silva (+670 7723 4510)'])
    sh.row(7, 1, ['Item', 'Qty', 'Unit price (USD)', 'Line total'], bold=True)
    for i, (t, q, p) in enumerate(rows):
        r = 8 + i
        sh.row(r, 1, [t, q, D(p), ('=B%d*C%d' % (r, r), lt(p, q))])
    r = 8 + len(rows)
    sh.row(r, 3, ['Subtotal', ('=SUM(D8:D%d)' % (r - 1), goods)])
    sh.row(r + 1, 3, ['Sea freight to Dili', ship])
    sh.row(r + 2, 3, ['TOTAL', ('=D%d+D%d' % (r, r + 1), D(total))], bold=True)
    data = corpus_docs.xlsx_bytes([sh], creator='Google Sheets', app_title=None)
    body = ('Bondia Ms Fang,\n\nAttached our PO KE-2028-05 (downloaded from Google Sheets). Please confirm lead time.\n\n'
            'Obrigada,\nJoana Soares\nKafé Ermera Unipessoal Lda\n')
    eml = with_attachments(H('Joana Soares', 'kafe.ermera@gmail.com', 'utf-8', 'PO KE-2028-05', dh(2028, 5, 5, 16, 2, 8, 540),
                             'CAG5sW8nK1pR4tY7vB0cE3fH6jL9mQ2xZ5dA@mail.gmail.com', None),
                           body, 'utf-8', 'quoted-printable', [attachment(XLSX, data, 'PO KE-2028-05 - PO May 2028.xlsx')],
                           '000000000000c5d6e7f8091a2b3c')
    return eml, T('xlsx', 'utf-8',
                  'A Dili (Timor-Leste) coffee exporter\'s Google Sheets download (.xlsx named "file - sheet"): label cells '
                  'with the date as text 05/05/2028 (DD/MM, keyed 5 May), the contact\'s phone in brackets in the same cell, '
                  'Item first then Qty, USD in a header, Subtotal / Sea freight / TOTAL under the last columns. Adds up with '
                  'freight.',
                  [order('KE-2028-05', 'Kafé Ermera Unipessoal Lda',
                         ('Agostinho da Silva', '+670 7723 4510', 'Kafé Ermera warehouse, Rua de Comoro, Dom Aleixo, Dili, Timor-Leste'),
                         '2028-05-05', 'USD', total, lines)])


@mail
def h755_xlsx_wps_guilin_rice_noodle_cases_per_case():
    rows = [('GL-01', '米粉袋', '250g 透明 印字', 50, 1000, '0.18'), ('GL-02', '卤水包袋', '50g 铝箔', 40, 2000, '0.09'),
            ('GL-03', '碗装米粉碗', '带盖 750ml', 60, 500, '0.52'), ('GL-04', '外箱', '40碗装', 30, 50, '4.20')]
    lines = [L(s, '%s %s' % (n, g), c * k, p) for s, n, g, c, k, p in rows]
    total = m2(subtotal(lines))
    check(lines, total)
    sh = Sheet('Sheet1')
    sh.set(1, 1, '桂林三花米粉厂 采购单', bold=True, size=16, center=True)
    sh.merge(1, 1, 1, 9)
    sh.row(2, 1, ['单号：GLMF-0506', None, None, '日期：2028年5月6日', None, None, '供应商：恒达包装'])
    sh.row(3, 1, ['收货：广西桂林市临桂区 秧塘工业园 米粉路 5 号 桂林三花米粉厂  莫少华 138 7736 0915'])
    sh.row(5, 1, ['编号', '品名', '规格', '箱数', '每箱数量', '总数量', '单价（元）', '金额（元）', '备注'], bold=True, border=True)
    for i, (s, n, g, c, k, p) in enumerate(rows):
        r = 6 + i
        sh.row(r, 1, [s, n, g, c, k, ('=D%d*E%d' % (r, r), c * k), D(p), ('=F%d*G%d' % (r, r), lt(p, c * k)), None], border=True)
    r = 6 + len(rows)
    sh.row(r, 1, ['合计', None, None, ('=SUM(D6:D%d)' % (r - 1), sum(x[3] for x in rows)), None, None, None,
                  ('=SUM(H6:H%d)' % (r - 1), D(total)), None], bold=True, border=True)
    data = corpus_docs.xlsx_bytes([sh], creator='WPS', app_title=None)
    body = '方经理：\n\n采购单见附件，按箱算的，每箱数量按你们的装箱标准。\n\n莫小燕\n桂林三花米粉厂\n'
    eml = with_attachments(H('莫小燕', '3356102847@qq.com', 'gb18030', '采购单', dh(2028, 5, 6, 11, 7, 26),
                             'tencent_2E4A6C8E0B2D4F6A8C0E2B4D@qq.com', 'X-QQ-Mailer: QQMail 2.x'),
                           body, 'gb18030', 'base64', [attachment(XLSX, data, '采购单GLMF-0506.xlsx', name_style='gb18030')],
                           '----=_NextPart_66384E6E_0E2C4A68_1B3D5F79')
    return eml, T('xlsx', 'gb18030',
                  'A Guilin (Guangxi) rice-noodle factory\'s WPS .xlsx from QQ Mail: a merged title, 单号 / 日期 in 年月日 / '
                  '供应商 as "label：value" text cells, the receiver in one 收货 cell, 箱数 × 每箱数量 = 总数量 formula columns '
                  '(keyed the 总数量), 品名 and 规格 apart (keyed joined), a 合计 row summing cases and money; the Subject has '
                  'no number. Adds up.',
                  [order('GLMF-0506', '桂林三花米粉厂',
                         ('莫少华', '138 7736 0915', '广西桂林市临桂区 秧塘工业园 米粉路 5 号 桂林三花米粉厂'),
                         '2028-05-06', 'CNY', total, lines)])


# ============================================================ xls attachments
@mail
def h756_xls_suda_quanzhou_tea_net_and_tax_prices():
    rows = [('A0102', '铁观音罐', '250g 马口铁 红', '个', 6000, '3.10', '3.503'), ('A0108', '小泡袋', '7g 铝箔 真空', '个', 200000, '0.05', '0.0565'),
            ('B0201', '礼盒', '4罐装 木纹 提手', '个', 1500, '12.00', '13.56'), ('C0301', '外箱', '礼盒6只装', '个', 250, '5.00', '5.65')]
    lines = [L(s, '%s %s' % (n, g), q, pt) for s, n, g, u, q, p, pt in rows]
    total = m2(subtotal(lines))
    check(lines, total)
    net = sum(lt(p, q) for s, n, g, u, q, p, pt in rows)
    sh = Sheet('采购订单')
    sh.set(1, 1, '泉州清源茶业有限公司 采购订单', size=16)
    sh.merge(1, 1, 1, 10)
    sh.row(2, 1, ['单据号码', 'CG280508-003', None, '单据日期', '2028-05-08', None, '供应商', '杭州恒达包装材料有限公司'])
    sh.row(3, 1, ['交货地址', '福建省泉州市丰泽区 清源山路 18 号 清源茶业 包装车间', None, None, None, None, '联系人', '黄志诚 0595-22881766'])
    sh.row(5, 1, ['货品编号', '货品名称', '规格', '单位', '数量', '单价', '含税单价', '税率%', '金额', '含税金额'], bold=True, border=True)
    for i, (s, n, g, u, q, p, pt) in enumerate(rows):
        sh.row(6 + i, 1, [s, n, g, u, q, D(p), D(pt), 13, lt(p, q), lt(pt, q)], border=True)
    r = 6 + len(rows)
    sh.row(r, 1, ['合计', None, None, None, sum(x[4] for x in rows), None, None, None, net, D(total)], border=True)
    sh.row(r + 2, 1, ['速达3000Pro', None, '制单：黄雅玲', None, None, '审核：黄志诚'])
    data = corpus_docs.xls_bytes([sh])
    body = f"""方经理：

附件是速达导出的采购订单 CG280508-003，含税金额 {amt(total)} 元，请安排。

黄雅玲
泉州清源茶业有限公司
"""
    eml = with_attachments(H('黄雅玲', 'huangyl@qingyuan-tea.com', 'gbk', '采购订单 CG280508-003', dh(2028, 5, 8, 15, 31, 2),
                             '202805081531021183@qingyuan-tea.com', 'X-Mailer: Foxmail 7.2.25.375[cn]'),
                           body, 'gbk', 'base64', [attachment(XLS, data, 'CG280508-003.xls')],
                           '----=_NextPart_663B2AFE_2C4E6A8C_3D5F7B91')
    return eml, T('xls', 'gbk',
                  'A Quanzhou (Fujian) tea company\'s 速达3000 采购订单 as .xls: label cells (单据号码, 单据日期 as text, 供应商, '
                  '交货地址, 联系人 with name and phone in one cell), 货品名称 and 规格 apart (keyed joined), 单价 (net) beside '
                  '含税单价 with 3- and 4-decimal values (keyed the tax-inclusive price as written: 3.503, 0.0565), 税率% 13, 金额 '
                  'and 含税金额, a 合计 row; 元 only in the mail. Adds up in tax-inclusive prices.',
                  [order('CG280508-003', '泉州清源茶业有限公司',
                         ('黄志诚', '0595-22881766', '福建省泉州市丰泽区 清源山路 18 号 清源茶业 包装车间'),
                         '2028-05-08', 'CNY', total, lines)])


@mail
def h757_xls_benin_cotonou_pineapple_juice_xof():
    rows = [('Bouteille PET 33 cl', 'transparente, col 28 mm', 60000, '85'), ('Bouchon 28 mm', 'jaune, inviolable', 60000, '18'),
            ('Étiquette manchon', '33 cl, "Ananas Pain de Sucre"', 60000, '22'), ('Carton', '24 bouteilles 33 cl', 2500, '650')]
    lines = sp(rows)
    total = m2(subtotal(lines))
    check(lines, total)
    sh = Sheet('Commande')
    sh.row(1, 1, ['JUS D\'ALLADA SARL'])
    sh.row(2, 1, ['Lot 1245, Akpakpa, Cotonou, République du Bénin'])
    sh.row(4, 1, ['BON DE COMMANDE'])
    sh.row(5, 1, ['Numéro', 'JA-BC-28-019', None, 'Date', '09/05/2028'])
    sh.row(6, 1, ['Livrer à', 'Jus d\'Allada, usine, route d\'Allada km 3, Allada, Bénin', None, None, None])
    sh.row(7, 1, ['Réceptionnaire', 'M. Rodrigue Houngbédji', None, 'Tél.', '+229 97 45 22 18'])
    sh.row(9, 1, ['N°', 'Article', 'Précision', 'Quantité', 'Prix unitaire (FCFA)', 'Montant (FCFA)'], bold=True, border=True)
    for i, (n, g, q, p) in enumerate(rows):
        sh.row(10 + i, 1, [i + 1, n, g, q, int(p), int(lt(p, q))], border=True)
    r = 10 + len(rows)
    sh.row(r, 1, ['TOTAL', None, None, None, None, int(D(total))], bold=True, border=True)
    sh.row(r + 2, 1, ['Arrêté à la somme de : neuf millions cent vingt-cinq mille francs CFA'])
    sh.row(r + 4, 1, ['Le Gérant', None, None, 'Service Achats'])
    assert m2(total) == '9125000.00', total
    data = corpus_docs.xls_bytes([sh])
    body = 'Bonjour Madame,\n\nVeuillez trouver en pièce jointe notre bon de commande JA-BC-28-019.\n\nBien à vous,\nFlorence Agossou\nJus d\'Allada SARL\n'
    eml = with_attachments(H('Florence Agossou', 'jusdallada@yahoo.fr', 'utf-8', 'Bon de commande JA-BC-28-019', dh(2028, 5, 9, 10, 44, 0, 60),
                             '1715247840.5566778.1810456789012@mail.yahoo.fr', 'X-Mailer: WebService/1.1.22190 YMailNorrin'),
                           body, 'utf-8', 'quoted-printable', [attachment(XLS, data, 'Bon de commande JA-BC-28-019.xls')],
                           '----=_Part_5566778_445566.1810456789012')
    return eml, T('xls', 'utf-8',
                  'A Cotonou / Allada (Benin) pineapple-juice maker\'s French .xls from Yahoo Mail France: letterhead rows, '
                  'label cells (Numéro, Date 09/05/2028 as text, Livrer à, Réceptionnaire, Tél.), Article and Précision apart '
                  '(keyed joined), whole CFA francs (FCFA in the headers, keyed XOF), a TOTAL row and the amount in words. '
                  'Adds up.',
                  [order('JA-BC-28-019', 'JUS D\'ALLADA SARL',
                         ('Rodrigue Houngbédji', '+229 97 45 22 18', 'Jus d\'Allada, usine, route d\'Allada km 3, Allada, Bénin'),
                         '2028-05-09', 'XOF', total, lines)])


@mail
def h758_xls_tiptop_nantou_shaoxing_wine_roc_untaxed():
    rows = [('P-0011', '酒盒', '紹興酒 600ml 單入', 'PCS', 6000, '11.5'), ('P-0012', '酒盒', '紹興酒 600ml 雙入 提把', 'PCS', 2500, '19'),
            ('P-0020', '隔板', '6入', 'PCS', 3000, '2.2'), ('P-0031', '紙箱', '12入 五層', 'PCS', 1000, '15')]
    lines = [L(s, '%s %s' % (n, g), q, p) for s, n, g, u, q, p in rows]
    net = subtotal(lines)
    tax = (net * D('0.05')).quantize(D('1'))
    total = m2(net + tax)
    check(lines, total, tax)
    sh = Sheet('apmr500')
    sh.set(1, 1, '埔里酒香實業股份有限公司', size=16)
    sh.merge(1, 1, 1, 9)
    sh.row(2, 1, ['採購單'])
    sh.row(3, 1, ['採購單號:', 'PUL-1170510001', None, '採購日期:', '117/05/10', None, '幣別:', 'NTD'])
    sh.row(4, 1, ['供應商:', '恆達包裝材料有限公司', None, '稅別:', '應稅外加 5%', None, '付款條件:', '月結60天'])
    sh.row(5, 1, ['送貨地址:', '南投縣埔里鎮 中山路四段 219 號 酒香實業 成品倉', None, None, None, None, '收貨人:', '廖文傑 049-2983366'])
    sh.row(7, 1, ['項次', '料件編號', '品名', '規格', '單位', '採購量', '未稅單價', '未稅金額', '預交日'], bold=True, border=True)
    for i, (s, n, g, u, q, p) in enumerate(rows):
        sh.row(8 + i, 1, [i + 1, s, n, g, u, q, D(p), lt(p, q), '117/05/31'], border=True)
    r = 8 + len(rows)
    sh.row(r + 1, 6, ['未稅金額', None, net])
    sh.row(r + 2, 6, ['稅額', None, tax])
    sh.row(r + 3, 6, ['含稅總額', None, D(total)])
    sh.row(r + 5, 1, ['核准:', '廖董', None, '主管:', None, '承辦:', '廖美玲'])
    data = corpus_docs.xls_bytes([sh])
    body = '方小姐 您好：\n\n附件為本公司採購單（鼎新TIPTOP匯出），請確認交期。\n\n廖美玲 埔里酒香實業\n049-2983366 #21\n'
    eml = with_attachments(H('廖美玲', 'meiling@puli-jiuxiang.com.tw', 'big5', '採購單 PUL-1170510001', dh(2028, 5, 10, 9, 2, 45),
                             '001e01dda2b7$3c4d5e60$7f8091a0$@puli-jiuxiang.com.tw', 'X-Mailer: Microsoft Outlook 16.0'),
                           body, 'big5', 'base64', [attachment(XLS, data, 'PUL-1170510001.xls')],
                           '----=_NextPart_000_001F_01DDA2B7.3C4D5E60')
    return eml, T('xls', 'big5',
                  'A Puli (Nantou, Taiwan) Shaoxing-wine maker\'s 鼎新 TIPTOP 採購單 as .xls (sheet named apmr500): label cells '
                  'with colons, a ROC 採購日期 117/05/10, 幣別 NTD, 稅別 應稅外加 5%, the receiver and phone in one cell, 品名 and '
                  '規格 apart (two 酒盒 told apart by spec, keyed joined), 未稅單價 / 未稅金額, a 預交日 column, 未稅金額 / 稅額 / '
                  '含稅總額 below (keyed the last). Adds up with tax.',
                  [order('PUL-1170510001', '埔里酒香實業股份有限公司',
                         ('廖文傑', '049-2983366', '南投縣埔里鎮 中山路四段 219 號 酒香實業 成品倉'),
                         '2028-05-10', 'TWD', total, lines)])


# ============================================================ CSV attachments
@mail
def h759_csv_wanliniu_wenchang_coconut_gbk_quoted():
    rows = [('YZ-ZD-01', '椰子冻杯', '200ml PP 封膜', 80000, '0.16'), ('YZ-PG-02', '椰子片袋', '100g 镀铝 自立', 30000, '0.32'),
            ('YZ-LH-03', '礼盒', '椰子片 6袋装', 5000, '4.80'), ('YZ-XZ-04', '外箱', '礼盒10只装', 500, '5.20')]
    lines = ssp(rows)
    total = m2(subtotal(lines))
    check(lines, total)
    tab = [['采购单号', '创建时间', '供应商名称', '商品编码', '商品名称', '规格名称', '采购数量', '采购价', '采购金额', '入库仓库', '收货人', '联系电话', '收货地址']]
    tab += [['CG2805110006', '2028-05-11 09:18:33', '杭州恒达包装材料有限公司', s, n, g, q, p, m2(lt(p, q)), '文昌总仓',
             '符永康', '13876021458', '海南省文昌市 东郊镇 椰林路 12 号 椰乡食品厂'] for s, n, g, q, p in rows]
    data = corpus_docs.csv_text(tab, quote_all=True).encode('gbk')
    body = '方经理：\n\n万里牛导出的采购单，附件。合计金额按系统的来。\n\n符小梅 文昌椰乡食品有限公司\n'
    eml = with_attachments(H('符小梅', 'fuxm@yexiang-food.com', 'gbk', '采购单CG2805110006', dh(2028, 5, 11, 9, 30, 17),
                             '5a6b7c8d.9e0f.18fe2a3b4c5.Coremail.fuxm@yexiang-food.com', 'X-Mailer: Coremail Webmail Server Version XT6.0.2'),
                           body, 'gbk', 'base64', [attachment('text/csv', data, '采购单CG2805110006.csv', name_style='gbk')],
                           '----=_Part_440912_73201.1811488217000')
    return eml, T('csv', 'gbk',
                  'A Wenchang (Hainan) coconut-snack maker\'s 万里牛 ERP purchase export (GBK CSV, every cell quoted): the '
                  'order fields repeated on every row with the receiver, phone and address, 商品名称 and 规格名称 apart (keyed '
                  'joined), no total row and no total in the mail ("合计金额按系统的来"): no total keyed (the lines add up '
                  'to %s), no currency.' % amt(total),
                  [order('CG2805110006', '文昌椰乡食品有限公司',
                         ('符永康', '13876021458', '海南省文昌市 东郊镇 椰林路 12 号 椰乡食品厂'),
                         '2028-05-11', None, None, lines)])


@mail
def h760_csv_iraq_erbil_honey_inflow_usd():
    rows = [('JAR-500', 'Honey jar 500 g hexagonal, glass', 'gold lid', 15000, '0.42'),
            ('JAR-250', 'Honey jar 250 g hexagonal, glass', 'gold lid', 10000, '0.31'),
            ('GB-2', 'Gift box for 2 jars', 'window, Kurdish pattern', 3000, '1.15'),
            ('CTN-12', 'Carton 12 x 500 g', 'with dividers', 1250, '1.60')]
    lines = ssp(rows)
    goods = subtotal(lines)
    freight = D('1380.00')
    total = m2(goods + freight)
    check(lines, total, freight)
    tab = [['Order #', 'Order Date', 'Vendor', 'Item Name', 'Description', 'Quantity', 'Unit Price', 'Sub-Total', 'Currency']]
    tab += [['PO-000371', '5/12/2028', 'Hengda Packaging', s, n + ' - ' + g, q, p, m2(lt(p, q)), 'USD'] for s, n, g, q, p in rows]
    tab += [['', '', '', '', 'Freight', '', '', m2(freight), 'USD'], ['', '', '', '', 'Total', '', '', total, 'USD']]
    data = corpus_docs.csv_text(tab).encode('utf-8')
    body = f"""Dear Ms Fang,

Please see attached purchase order PO-000371 (exported from inFlow). Freight as per your quotation is included.

Deliver to: Zagros Mountain Honey Co., Industrial Area, 100m Road, Erbil, Kurdistan Region, Iraq
Contact: Mr. Karwan Aziz, +964 750 445 1290

Best regards,
Shilan Rashid
Purchasing, Zagros Mountain Honey Co.
"""
    eml = with_attachments(H('Shilan Rashid', 'purchasing@zagroshoney.com', 'utf-8', 'Purchase Order PO-000371', dh(2028, 5, 12, 11, 20, 5, 180),
                             'DU2PR10MB6543B2C3D4E5F6A7@DU2PR10MB6543.EURPRD10.PROD.OUTLOOK.COM', None),
                           body, 'utf-8', 'quoted-printable', [attachment('text/csv', data, 'PO-000371.csv')],
                           '_002_DU2PR10MB6543B2C3D4E5F6A7DU2PR10MB6543EURP_')
    return eml, T('csv', 'utf-8',
                  'An Erbil (Kurdistan, Iraq) honey packer\'s inFlow Inventory export (UTF-8 CSV): Order # and an M/D/YYYY '
                  'Order Date 5/12/2028 (a US tool; keyed 12 May) on every row, Item Name is the SKU and Description is "name '
                  '- spec" (keyed as written, the spec after the dash), a Freight row and a Total row in the Description '
                  'column, Currency USD; the ship-to only in the mail. Adds up with freight.',
                  [order('PO-000371', 'Zagros Mountain Honey Co.',
                         ('Karwan Aziz', '+964 750 445 1290', 'Zagros Mountain Honey Co., Industrial Area, 100m Road, Erbil, Kurdistan Region, Iraq'),
                         '2028-05-12', 'USD', total,
                         [L(s, '%s - %s' % (n, g), q, p) for s, n, g, q, p in rows])])


@mail
def h761_csv_meituan_changsha_tea_shop_utf8_bom_total():
    rows = [('奶茶杯', '500ml PP 注塑 磨砂', '个', 100000, '0.21'), ('杯盖', '90口径 注塑 平盖', '个', 100000, '0.07'),
            ('吸管', '粗 12mm 纸质 单独包装', '支', 100000, '0.05'), ('打包袋', '双杯 牛皮纸 手提', '个', 30000, '0.28')]
    lines = [L(None, '%s %s' % (n, g), q, p) for n, g, u, q, p in rows]
    total = m2(subtotal(lines))
    check(lines, total)
    tab = [['采购单号：CS-MT-20280513-02', '', '', '', '', ''], ['门店/仓库：长沙中心仓', '', '', '', '', ''],
           ['下单日期：2028/05/13', '', '', '', '', ''],
           ['物品名称', '规格', '单位', '采购量', '单价(元)', '金额(元)']]
    tab += [[n, g, u, q, p, m2(lt(p, q))] for n, g, u, q, p in rows]
    tab += [['总计', '', '', '', '', total]]
    data = b'\xef\xbb\xbf' + corpus_docs.csv_text(tab).encode('utf-8')
    body = ('方经理：\n\n美团管家导出的采购单，附件。\n送货：湖南省长沙市雨花区 环保科技园 振华路 8 号 茶语时光 中心仓\n'
            '收货：谭伟 173 7318 0624\n\n长沙茶语时光餐饮管理有限公司 谭佳\n')
    eml = with_attachments(H('谭佳', 'tanjia@chayushiguang.com', 'utf-8', '采购单 CS-MT-20280513-02', dh(2028, 5, 13, 14, 4, 51),
                             'wecom-5d7f9b1c3e5a7c9e@chayushiguang.com', 'X-Mailer: WXWork Mail'),
                           body, 'utf-8', 'base64', [attachment('text/csv', data, '采购单_CS-MT-20280513-02.csv', name_style='rfc2231')],
                           '----=_NextPart_WXWORK_6641A2B31D4E')
    return eml, T('csv', 'utf-8',
                  'A Changsha (Hunan) milk-tea chain\'s 美团管家 export (CSV UTF-8 with BOM, RFC 2231 name) from WeCom mail: '
                  '"label：value" cells in the first column above the table (采购单号, 门店/仓库, 下单日期 2028/05/13), 物品名称 '
                  'and 规格 apart (keyed joined), 支 and 个 units, a 总计 row; the receiver only in the mail. Adds up.',
                  [order('CS-MT-20280513-02', '长沙茶语时光餐饮管理有限公司',
                         ('谭伟', '173 7318 0624', '湖南省长沙市雨花区 环保科技园 振华路 8 号 茶语时光 中心仓'),
                         '2028-05-13', 'CNY', total, lines)])


# ============================================================ not orders
@mail
def h762_non_honiara_solomon_rfq_target_prices():
    body = """Dear Sir/Madam,

REQUEST FOR QUOTATION - RFQ/SIT/2028/014

Solomon Islands Tuna Processors Ltd (Noro, Western Province) invites you to quote for the supply of the
following packaging, delivered CFR Honiara. Quantities are estimates for 12 months and may change.

No. | Item                                   | Est. qty  | Unit | Target price (SBD)
1   | Can label 185 g, wrap-around, gloss    | 2,400,000 | pcs  | 0.09
2   | Shrink film 450 mm x 25 mic            | 1,800     | kg   | 28.50
3   | Carton 48 x 185 g, 3-ply, printed      | 50,000    | pcs  | 6.80
4   | Pallet stretch wrap 500 mm             | 600       | roll | 95.00

Please state MOQ, lead time and validity. Quotations close 20 May 2028, 4:00 pm Honiara time.
This RFQ is not a purchase order and does not commit SITP to buy.

Regards,
Patteson Oti
Procurement Officer
Solomon Islands Tuna Processors Ltd, Mendana Avenue, Honiara, Solomon Islands
+677 21 344
"""
    eml = single(H('Patteson Oti', 'procurement@sitp.com.sb', 'us-ascii', 'RFQ/SIT/2028/014 - packaging supply (est. 12 months)',
                   dh(2028, 5, 14, 9, 0, 0, 660), '20280514090000.77AB12@sitp.com.sb', 'X-Mailer: Microsoft Outlook 16.0'),
                 body, 'us-ascii', '7bit')
    return eml, T('none', 'us-ascii',
                  'NOT an order: a Honiara (Solomon Islands) tuna processor\'s RFQ with an RFQ number, a pipe table of '
                  'estimated quantities and target prices in SBD, a closing date and "not a purchase order". Nothing is keyed.', [])


@mail
def h763_non_pinghe_pomelo_statement_gbk_tabs():
    body = """恒达包装 方经理：

4月份货款对账如下，请贵司财务核对后盖章回传。

平和县琯溪蜜柚专业合作社  2028年4月  对账单
单据日期\t订单号\t品名\t数量\t金额(元)\t已付(元)\t余额(元)
2028-04-03\tPHMY-0403\t蜜柚礼盒 双果装\t6,000\t31,200.00\t31,200.00\t0.00
2028-04-12\tPHMY-0412\t蜜柚网套 16cm\t120,000\t6,000.00\t0.00\t6,000.00
2028-04-25\tPHMY-0425\t外箱 8果装\t3,000\t13,500.00\t5,000.00\t8,500.00
合计\t\t\t\t50,700.00\t36,200.00\t14,500.00

期末应付：14,500.00 元，计划 5 月 20 日付清。

平和县琯溪蜜柚专业合作社 会计 曾丽芳
0596-5231168
"""
    eml = single(H('曾丽芳', 'zenglf@guanximiyou.com', 'gbk', '4月对账单 琯溪蜜柚合作社', dh(2028, 5, 15, 10, 12, 30),
                   '202805151012301145@guanximiyou.com', 'X-Mailer: Foxmail 7.2.25.375[cn]'), body, 'gbk', 'base64')
    return eml, T('none', 'gbk',
                  'NOT an order: a Pinghe (Zhangzhou, Fujian) pomelo co-operative\'s monthly 对账单 in GBK: a tab table of three '
                  'order numbers with 品名, quantities, amounts, paid and balance columns and a 合计 row, and the balance due. '
                  'Nothing is keyed.', [])


@mail
def h764_non_maseru_forwarder_shipping_advice():
    body = """SHIPPING ADVICE

Shipper:     Hangzhou Hengda Packaging Materials Co., Ltd.
Consignee:   Maloti Mohair Weavers (Pty) Ltd, Thetsane Industrial Area, Maseru 100, Lesotho
Notify:      Ms Palesa Mokoena, +266 2231 4477
Your order:  MMW-PO-2028-022 (USD 11,840.00)

Vessel:      MSC ADELE V. 218S   ETD Ningbo 16 May 2028   ETA Durban 08 Jun 2028
B/L:         MEDUNB284417        Container: MSCU 4418221 (40'HC)
Packages:    420 cartons, 6,380 kg, 58.2 cbm
Contents:    gift boxes, tissue paper, swing tags, mailer bags (see packing list)

Onward by road Durban - Maseru Bridge, customs entry at Maseru Bridge border post.
Please have the import permit and the original B/L ready.

Regards,
Thabo Ntsane
Mountain Kingdom Freight (Pty) Ltd, Kingsway, Maseru, Lesotho
"""
    eml = single(H('Thabo Ntsane', 'ops@mkfreight.co.ls', 'us-ascii', 'Shipping advice - MMW-PO-2028-022 - MSC ADELE 218S',
                   dh(2028, 5, 16, 15, 22, 0, 120), '20280516152200.4F3E2D1C@mkfreight.co.ls', 'User-Agent: Roundcube Webmail/1.6.7',
                   extra=('Cc: Palesa Mokoena <palesa@malotimohair.co.ls>',)), body, 'us-ascii', '7bit')
    return eml, T('none', 'us-ascii',
                  'NOT an order: a Maseru (Lesotho) freight forwarder\'s shipping advice copied to us: the customer\'s order '
                  'number and value, vessel, B/L, container, packages and weights. Nothing is keyed.', [])


@mail
def h765_non_liuzhou_complaint_quotes_order_gbk():
    body = """方经理：

LZ-LSF-0402 这批螺蛳粉袋到了，印刷颜色跟样品差太多，红色发暗，大概 2 万个不能用。
料包袋和外箱没问题。这 2 万个要么重印，要么按 0.23 元一个退款 4,600.00 元，
你们定一下，周五前给个答复。下一单等这个处理完再下。

覃小燕 0772-3816220

------------------ 原始邮件 ------------------
发件人: "覃小燕"<qinxy@luozhuangyuan.com>;
发送时间: 2028年4月2日(星期日) 上午9:12
收件人: "orders"<orders@hengda-pack.cn>;
主题: 订单 LZ-LSF-0402

单号 LZ-LSF-0402 | 日期 2028年4月2日 | 含税价
1	螺蛳粉袋	320g 镀铝 自立 印4色	60,000个	0.23元	13,800.00
...
合计：39,720.00元
"""
    eml = single(H('覃小燕', 'qinxy@luozhuangyuan.com', 'gbk', '投诉：LZ-LSF-0402 螺蛳粉袋色差', dh(2028, 5, 17, 14, 50, 6),
                   '202805171450061240@luozhuangyuan.com', 'X-Mailer: Foxmail 7.2.25.375[cn]'), body, 'gbk', 'base64')
    return eml, T('none', 'gbk',
                  'NOT an order: h727\'s Liuzhou noodle maker complains about the print colour of 20,000 bags and asks for a '
                  'reprint or a refund of 4,600.00, quoting the first line and the total of its order under a QQ-style '
                  '原始邮件 header. Nothing is keyed.', [])


@mail
def h766_non_vaduz_read_receipt_latin9_mdn():
    subj = 'Auftragsbestätigung B-2028-0047 (CHF 13\'036.85)'
    txt = ('Ihre Nachricht\n\n  An: Martina Frommelt\n  Betreff: %s\n  Gesendet: 07.04.2028 09:15\n\n'
           'wurde am 07.04.2028 10:02 gelesen.\n' % subj)
    p1 = make_hand2.text(txt, 'iso-8859-15', 'quoted-printable')
    mdn = ('Reporting-UA: hofkellerei-vaduz.li; Mozilla Thunderbird\nFinal-Recipient: rfc822;einkauf@hofkellerei-vaduz.li\n'
           'Original-Message-ID: <20280407091502.3C9E@hengda-pack.cn>\nDisposition: manual-action/MDN-sent-manually; displayed\n')
    p2 = make_hand2.Part(['Content-Type: message/disposition-notification; name="MDNPart2.txt"',
                          'Content-Transfer-Encoding: 7bit', 'Content-Disposition: inline'], mdn.encode('ascii'))
    part = make_hand2.multi('report', '------------B7C3D9E1F2A4B6C8D0E2F4A6', [p1, p2],
                            extra_params=';\n\treport-type=disposition-notification')
    eml = make_hand2.message(H('Martina Frommelt', 'einkauf@hofkellerei-vaduz.li', 'iso-8859-15', 'Gelesen: ' + subj,
                               dh(2028, 4, 7, 10, 2, 11, 120), 'b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e@hofkellerei-vaduz.li',
                               'User-Agent: Mozilla Thunderbird 115.9.1'), part)
    return eml, T('none', 'iso-8859-15',
                  'NOT an order: h730\'s Vaduz winery\'s Thunderbird read receipt (multipart/report with a '
                  'message/disposition-notification part; German text in ISO-8859-15 QP) for our order confirmation: the '
                  'Subject and the text repeat the order number and the amount in CHF. Nothing is keyed.', [])


if __name__ == '__main__':
    run(HERE, MAILS, sys.argv[1:])  # write the mails here
