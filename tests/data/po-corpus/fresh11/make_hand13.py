#!/usr/bin/python3
"""Hand-written purchase-order mails h447–h486 (the thirteenth untuned set).

Written one by one as customers of 杭州恒达包装材料有限公司 send them,
without reading the extractor and without running orderctl or the score
script on them; each function gives the mail and the truth a careful order
clerk would key in (notes say when the clerk holds it). Where a line has
its specification in its own column or field, the title is name + " " +
spec. Helpers come from ../corpus_hand.py; attachments use
../corpus_docs.py:

    /usr/bin/python3 tests/data/po-corpus/fresh11/make_hand13.py [hNNN ...]
"""
import datetime
import os
import sys

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


# ============================================================ plain text bodies
@mail
def h447_beihai_dried_seafood_gb18030_189mail_per_thousand_rebate():
    rows = [('真空袋', '250g 尼龙/PE 透明', '个', 60000, '185.00'),
            ('海味礼盒', '6罐装 天地盖 北部湾图案', '个', 4000, '9.40'),
            ('铝罐', '150g 易拉盖', '个', 24000, '1.05'),
            ('外箱', '4礼盒装 五层', '个', 1000, '4.60')]
    lines = []
    for n, g, u, q, p in rows:
        if n == '真空袋':
            lines.append(L(None, '%s %s' % (n, g), q, per(p, 1000), D(p) * q / 1000))
        else:
            lines.append(L(None, '%s %s' % (n, g), q, p))
    sub = subtotal(lines)
    reb = D('-1500.00')
    total = m2(sub + reb)
    check(lines, total, reb)
    tab = cols([('品名', '规格', '数量', '单价', '金额')] +
               [(n, g, '{:,}%s' .format(q) % u, ('%s元/千个' % p) if n == '真空袋' else ('%s元/%s' % (p, u)),
                 amt(D(p) * q / (1000 if n == '真空袋' else 1))) for n, g, u, q, p in rows],
               [8, 24, 10, 16, 14], right=(2, 3, 4))
    body = """北海市海之源海产品有限公司
广西北海市海城区 北部湾中路 66 号 海之源大厦 3 楼
电话 0779-2051188  0779-2051199（传真）

恒达包装 刘经理：

按上周电话谈的，下采购单：

单号：HZY-CG-270520
日期：2027.5.20

%s

货款合计 %s 元
扣去年返点（2%%） -1,500.00 元
本次应付 %s 元

真空袋按千个算价，和报价单一样。
货送我们南宁分装厂，不要送北海：
南宁市江南区 壮锦大道 18 号 海之源分装车间  梁少华 0771-4826630 / 18977130025

海之源 采购 苏小燕 13877963320
""" % (tab, amt(sub), amt(D(total)))
    eml = single(H('苏小燕', 'suxy@haizhiyuan-bh.com', 'gb18030', '采购单HZY-CG-270520（真空袋/礼盒/铝罐/外箱）',
                   dh(2027, 5, 20, 9, 41, 12), '1558.2027052009411288@189.cn', 'X-Mailer: 189Mail WebMail 5.0'),
                 body, 'gb18030', 'base64')
    return eml, T('body', 'gb18030',
                  'A Beihai dried-seafood packer (189 mail, GB18030 base64): its letterhead with phone and fax above '
                  'the order, a space-aligned table with 品名 and 规格 apart (keyed joined), vacuum bags priced '
                  '"185.00元/千个" (keyed per piece, 0.185; the line amount 11,100.00), 货款合计, a -1,500.00 rebate '
                  'and 本次应付 (the total keyed); delivery to a second plant in Nanning, not the letterhead address, '
                  'two phones for the receiver (keyed the first). Adds up with the rebate.',
                  [order('HZY-CG-270520', '北海市海之源海产品有限公司',
                         ('梁少华', '0771-4826630', '南宁市江南区 壮锦大道 18 号 海之源分装车间'),
                         '2027-05-20', 'CNY', total, lines)])


@mail
def h448_zunyi_mutton_noodle_139mail_cases_words_only():
    rows = [('外卖碗', '750ml 带盖 牛皮纸', '箱', 40, '168.00'),
            ('汤碗', '1000ml 加厚 PP', '箱', 25, '215.00'),
            ('筷子套装', '竹筷+纸巾+牙签', '箱', 12, '96.00'),
            ('手提袋', '单杯/双碗 牛皮纸', '箱', 10, '132.00')]
    lines = joined(rows)
    total = m2(subtotal(lines))
    check(lines, total)
    items = '\n'.join('%d、%s（%s）%d%s，每%s%s元' % (i + 1, n, g, q, u, u, p) for i, (n, g, u, q, p) in enumerate(rows))
    body = """恒达包装 你好：

我是遵义黔北羊肉粉连锁的采购，这个月门店的打包用品要补货：

%s

一共人民币%s（每箱多少个按你们原来的装箱数）。
货款月结，开专票。

送到：贵州省遵义市汇川区 大连路 航天大厦 负一楼 黔北羊肉粉中央厨房
联系人：杨光明 0851-28625510，手机 13608523387

遵义黔北餐饮管理有限公司
采购 邹敏
2027年5月21日
""" % (items, daxie(total))
    eml = single(H('邹敏', '13985206617@139.com', 'gbk', '补货', dh(2027, 5, 21, 14, 3, 50),
                   '1e2d3c4b5a6978@139.com', 'X-Mailer: 139Mail'), body, 'gbk', 'base64')
    return eml, T('body', 'gbk',
                  'A Zunyi mutton-noodle chain (139 mail, GBK): no order number, numbered sentences "外卖碗（750ml 带盖 '
                  '牛皮纸）40箱，每箱168元" (name and the spec in brackets keyed joined, quantities and prices per '
                  '箱 as written), no line amounts, and the total only in 大写 words; the date at the foot of the '
                  'signature; receiver with a landline and a mobile (keyed the first). Adds up.',
                  [order(None, '遵义黔北餐饮管理有限公司',
                         ('杨光明', '0851-28625510', '贵州省遵义市汇川区 大连路 航天大厦 负一楼 黔北羊肉粉中央厨房'),
                         '2027-05-21', 'CNY', total, lines)])


@mail
def h449_hulunbuir_beef_jerky_order_in_quote_items_picked():
    q = [('HL-01', '牛肉干包装袋', '100g 铝箔 自立 拉链', '个', '0.36'),
         ('HL-02', '牛肉干包装袋', '250g 铝箔 自立 拉链', '个', '0.52'),
         ('HL-03', '礼盒', '500g×2 手提 烫金', '个', '8.80'),
         ('HL-04', '外箱', '10礼盒装 五层', '个', '6.20'),
         ('HL-05', '干燥剂', '2g 食品级', '包', '0.03')]
    want = {'HL-01': 50000, 'HL-03': 3000, 'HL-04': 300}
    lines = [L(s, '%s %s' % (n, g), want[s], p) for s, n, g, u, p in q if s in want]
    total = m2(subtotal(lines))
    check(lines, total)
    quote = '\n'.join('> %s  %s  %s  %s  %s元/%s' % (s, n, g, u, p, u) for s, n, g, u, p in q)
    body = """刘经理好，

报价收到了。先下第一批：HL-01 要 5万个，HL-03 要 3000个，HL-04 要 300个，其他的先不要。
单号就用 HLBE-0522。价格按你报的。
货发海拉尔：内蒙古呼伦贝尔市海拉尔区 东山物流园 草原情食品 成品库，收货人 包金山 0470-8336127

呼伦贝尔草原情肉业有限公司 采购 乌云
15547011096

----- 原始邮件 -----
发件人：刘海 <liuhai@hengda-pack.cn>
发送时间：2027年5月20日 星期四 下午4:12
收件人：乌云 <wuyun@caoyuanqing-food.com>
主题：报价单 呼伦贝尔草原情 牛肉干包装

> 乌云 您好，按您的要求报价如下（含税含运费到海拉尔）：
>
> 编码  品名  规格  单位  单价
%s
>
> 报价有效期 30 天。
> 杭州恒达包装材料有限公司 刘海 0571-82876612
""" % quote
    eml = single(H('乌云', 'wuyun@caoyuanqing-food.com', 'utf-8', '回复：报价单 呼伦贝尔草原情 牛肉干包装',
                   dh(2027, 5, 22, 10, 18, 5), 'tencent_6A7B8C9D0E1F2A3B4C5D6E7F@qq.com', 'X-QQ-Mailer: QQMail 2.x',
                   extra=('In-Reply-To: <20270520161200.HD8812@hengda-pack.cn>',)),
                 body, 'utf-8', 'quoted-printable')
    return eml, T('body', 'utf-8',
                  'A Hulunbuir beef-jerky maker (QQ Mail, UTF-8 QP) orders against our quoted quotation: the new text '
                  'names three of five quoted codes with quantities ("5万个" = 50,000) and the order number, no date '
                  '(the Date header is not keyed), prices only in the quote (品名 and 规格 '
                  'apart: keyed joined); two quoted items are not ordered, and the quote says 含税含运费. No total '
                  'is written: none keyed.',
                  [order('HLBE-0522', '呼伦贝尔草原情肉业有限公司',
                         ('包金山', '0470-8336127', '内蒙古呼伦贝尔市海拉尔区 东山物流园 草原情食品 成品库'),
                         None, 'CNY', None, lines)])


@mail
def h450_kashgar_dried_fruit_two_shops_two_orders_per_hundred():
    a = [('巴旦木袋', '250g 牛皮纸 开窗', '个', 20000, '0.42'),
         ('无花果干礼盒', '1kg 木纹', '个', 1500, '12.00'),
         ('手提袋', '中号 民族风', '个', 3000, '1.60')]
    b = [('葡萄干罐', '500g PET 铝盖', '个', 8000, '1.35'),
         ('封口标签', '圆形 40mm 不干胶', '张', 10000, '6.50')]
    la = joined(a)
    lb = [L(None, '%s %s' % (n, g), q, per(p, 100) if n == '封口标签' else p, D(p) * q / 100 if n == '封口标签' else None)
          for n, g, u, q, p in b]
    ta, tb = m2(subtotal(la)), m2(subtotal(lb))

    def block(rows):
        return '\n'.join('%s\t%s\t%s%s\t%s' % (n, g, q, u, ('%s元/百张' % p) if n == '封口标签' else '%s元' % p)
                         for n, g, u, q, p in rows)
    body = """恒达包装：

我们两个店分开下单，分开开票、分开发货。

【一】喀什古城店  单号 KSG-GC-0524
品名\t规格\t数量\t单价
%s
合计：%s元
收货：新疆喀什市 古城景区 吾斯塘博依路 118 号 丝路果园 古城店  阿不都热合曼 0998-2823316

【二】乌鲁木齐二道桥店  单号 KSG-EDQ-0524
品名\t规格\t数量\t单价
%s
合计：%s元
收货：新疆乌鲁木齐市天山区 解放南路 二道桥市场 2 号楼 丝路果园  热依拉 13899855271

标签是按百张报的价。

喀什丝路果园商贸有限公司  买买提江 18999860024
2027-05-24
""" % (block(a), amt(D(ta)), block(b), amt(D(tb)))
    eml = single(H('买买提江', 'mmtj@silu-guoyuan.com', 'utf-8', '两个店的订单 KSG-GC-0524 / KSG-EDQ-0524',
                   dh(2027, 5, 24, 12, 30, 44), '3b4c5d6e-7f80-4912-a3b4-c5d6e7f80912@silu-guoyuan.com',
                   'User-Agent: Mozilla Thunderbird'), body, 'utf-8', 'base64')
    return eml, T('body', 'utf-8',
                  'A Kashgar dried-fruit trader (Thunderbird, UTF-8) sends two orders for two shops in one mail, '
                  '【一】 and 【二】, each with its number, tab-separated 品名 / 规格 / 数量 / 单价 lines (keyed joined; '
                  'quantities carry their unit, "20000个"), no line amounts, its own 合计 and receiver; the labels '
                  'are priced "6.50元/百张" (keyed per piece, 0.065). Two orders; each adds up.',
                  [order('KSG-GC-0524', '喀什丝路果园商贸有限公司',
                         ('阿不都热合曼', '0998-2823316', '新疆喀什市 古城景区 吾斯塘博依路 118 号 丝路果园 古城店'),
                         '2027-05-24', 'CNY', ta, la),
                   order('KSG-EDQ-0524', '喀什丝路果园商贸有限公司',
                         ('热依拉', '13899855271', '新疆乌鲁木齐市天山区 解放南路 二道桥市场 2 号楼 丝路果园'),
                         '2027-05-24', 'CNY', tb, lb)])


@mail
def h451_hk_soy_sauce_utf8_trad_po_in_subject_discount():
    rows = [('SS-500', '醬油玻璃樽標籤', '500ml 防水 啞膜', 30000, '0.28'),
            ('SS-GB', '禮盒', '兩樽裝 硬盒 燙金', 2500, '14.50'),
            ('SS-CTN', '外箱', '12樽裝 五層坑', 1200, '7.80')]
    lines = [L(s, '%s %s' % (n, g), q, p) for s, n, g, q, p in rows]
    sub = subtotal(lines)
    disc = D('-500.00')
    total = m2(sub + disc)
    check(lines, total, disc)
    tab = '\n'.join('%s | %s | %s | %s | HK$%s | HK$%s' % (s, n, g, '{:,}'.format(q), p, amt(D(p) * q))
                    for s, n, g, q, p in rows)
    body = """恒達 陳小姐：

以下係今次訂貨，請安排：

貨號 | 品名 | 規格 | 數量 | 單價 | 金額
%s

小計 HK$%s
熟客折扣 -HK$500.00
合共 HK$%s

送貨：香港新界元朗 工業邨 福喜街 9 號 八珍醬園 貨倉（請早上送）
收貨：黃志強 2479 1123 / 9188 2046

八珍醬園有限公司
採購 林美玲  直綫 2479 1100
""" % (tab, amt(sub), amt(D(total)))
    eml = single(H('林美玲', 'purchase@bazhen-sauce.com.hk', 'utf-8', 'PO#BZ-HK-27-0525 醬油標籤/禮盒/外箱',
                   dh(2027, 5, 25, 11, 5, 2), 'HK2PR03MB4411C1D2E3F4A5B6@HK2PR03MB4411.apcprd03.prod.outlook.com',
                   'X-MS-Has-Attach: no'), body, 'utf-8', 'quoted-printable')
    return eml, T('body', 'utf-8',
                  'A Yuen Long soy-sauce brewery writes in Traditional Chinese but UTF-8 (Outlook, QP): the order '
                  'number only in the subject "PO#BZ-HK-27-0525", a pipe table without borders with 品名 and 規格 '
                  'apart (keyed joined), HK$ prices, 小計, a 熟客折扣 -HK$500.00 and 合共 (keyed); no date in the text; '
                  'receiver with a landline and a mobile (keyed the first). Adds up with the discount.',
                  [order('BZ-HK-27-0525', '八珍醬園有限公司',
                         ('黃志強', '2479 1123', '香港新界元朗 工業邨 福喜街 9 號 八珍醬園 貨倉'),
                         None, 'HKD', total, lines)])


@mail
def h452_hualien_mochi_iphone_trad_utf8_tax_excluded_freight():
    rows = [('麻糬禮盒', '12入 天地蓋 和紙', '盒', 3000, '18.00'),
            ('單顆包裝袋', '透明 OPP 8×10cm', '個', 40000, '0.12'),
            ('提袋', '雙盒 牛皮紙', '個', 1500, '4.50')]
    lines = joined(rows)
    sub = subtotal(lines)
    tax = (sub * D('0.05')).quantize(D('0.01'))
    fr = D('1200.00')
    total = m2(sub + tax + fr)
    check(lines, total, tax + fr)
    items = '\n'.join('・%s（%s）%s %s，NT$%s' % (n, g, '{:,}'.format(q), u, p) for n, g, u, q, p in rows)
    body = """恆達您好，

花蓮阿美麻糬的訂單如下（單價未稅）：

訂單號碼：AM-1160526
訂購日期：116年5月26日

%s

未稅合計 NT$%s
營業稅 5%% NT$%s
運費（海運到花蓮港再轉宅配）NT$%s
含稅總計 NT$%s

收件：花蓮縣吉安鄉 中正路二段 168 號 阿美麻糬 觀光工廠 倉庫
收件人：潘美玉 03-8536221 / 0937-112458

阿美麻糬股份有限公司 採購 高家豪

從我的 iPhone 傳送
""" % (items, amt(sub), amt(tax), amt(fr), amt(D(total)))
    eml = single(H('高家豪', 'jiahao.kao@amei-mochi.com.tw', 'utf-8', '訂單 AM-1160526',
                   dh(2027, 5, 26, 8, 55, 19), '7C1D2E3F-4A5B-4C6D-8E7F-9A0B1C2D3E4F@amei-mochi.com.tw',
                   'X-Mailer: iPhone Mail (20F75)'), body, 'utf-8', 'quoted-printable')
    return eml, T('body', 'utf-8',
                  'A Hualien mochi maker from an iPhone (UTF-8 QP, Traditional Chinese): a ROC date 116年5月26日 '
                  '(2027-05-26), bullet lines "name（spec）qty unit，NT$price" (keyed joined), no line amounts, prices '
                  'before tax, then 未稅合計, 營業稅 5 %, a freight line and 含稅總計 (keyed); two phones for the '
                  'receiver (keyed the first). Adds up with tax and freight.',
                  [order('AM-1160526', '阿美麻糬股份有限公司',
                         ('潘美玉', '03-8536221', '花蓮縣吉安鄉 中正路二段 168 號 阿美麻糬 觀光工廠 倉庫'),
                         '2027-05-26', 'TWD', total, lines)])


@mail
def h453_bd_jute_bag_usd_with_bdt_local_freight():
    rows = [('JB-TOTE-M', 'Jute tote bag', '38x42x14 cm, laminated inside, 2-colour print', 'pcs', 12000, '0.92'),
            ('JB-WINE', 'Jute wine bag', '1 bottle, drawstring', 'pcs', 6000, '0.48'),
            ('JB-TAG', 'Swing tag', '350 gsm kraft, string', 'pcs', 18000, '0.025')]
    lines = spec(rows)
    total = m2(subtotal(lines))
    check(lines, total)
    tab = cols([('Code', 'Description', 'Specification', 'UOM', 'Qty', 'Rate USD', 'Amount USD')] +
               [(s, n, g, u, '{:,}'.format(q), p, usd(D(p) * q)) for s, n, g, u, q, p in rows],
               [11, 15, 48, 5, 8, 10, 12], right=(4, 5, 6))
    body = """Dear Sir/Madam,

Greetings from Sonali Jute Crafts Ltd.! Please accept our purchase order as below.

PO Number : SJC/IMP/2027/061
PO Date   : 27-May-2027
Payment   : 100%% LC at sight (LC No. will follow)

%s

Total Value: USD %s (US Dollars %s only)

Local carriage Chattogram port to Narayanganj factory (BDT 18,500) will be paid by us to the C&F agent,
not included above.

Consignee / Delivery:
Sonali Jute Crafts Ltd., Plot 22, BSCIC Industrial Estate, Narayanganj 1400, Bangladesh
Contact: Md. Rafiqul Islam, +880 1711 553 208, +880 2 764 1109

Regards,
Nusrat Jahan
Commercial Officer, Sonali Jute Crafts Ltd.
+880 1819 224 670
""" % (tab, usd(total), 'Fourteen Thousand Three Hundred Seventy')
    eml = single(H('Nusrat Jahan', 'commercial@sonalijute.com.bd', 'utf-8',
                   'Purchase Order SJC/IMP/2027/061 for Jute Tote Bag, Jute Wine Bag and Swing Tag - Sonali Jute Crafts Ltd. '
                   '- kindly confirm with PI for LC opening',
                   dh(2027, 5, 27, 13, 20, 0, 360), 'SG2PR06MB5521A9B8C7D6E5F4@SG2PR06MB5521.apcprd06.prod.outlook.com',
                   'X-MS-Has-Attach: no'), body, 'utf-8', '7bit')
    return eml, T('body', 'utf-8',
                  'A Narayanganj jute-bag maker (Outlook, long subject): PO Date 27-May-2027, a space-aligned table '
                  'with Description and Specification apart (keyed joined), a 3-decimal rate for swing tags, Total '
                  'Value in USD with the amount in words, and a local carriage in BDT that is explicitly not in the '
                  'total (not keyed, not a line); two phones for the consignee contact (keyed the first). Adds up.',
                  [order('SJC/IMP/2027/061', 'Sonali Jute Crafts Ltd.',
                         ('Md. Rafiqul Islam', '+880 1711 553 208',
                          'Sonali Jute Crafts Ltd., Plot 22, BSCIC Industrial Estate, Narayanganj 1400, Bangladesh'),
                         '2027-05-27', 'USD', total, lines)])


@mail
def h454_om_frankincense_outlook_ship_to_apart_per_100_freight():
    rows = [('FR-JAR', 'Glass jar 100 g, gold screw cap', 'pcs', 8000, '0.58'),
            ('FR-BOX', 'Gift box, 2 jars, velvet insert', 'pcs', 4000, '2.35'),
            ('FR-POUCH', 'Muslin pouch 10x15 cm, drawstring', 'pcs', 20000, '9.50')]
    lines = []
    for s, t, u, q, p in rows:
        if s == 'FR-POUCH':
            lines.append(L(s, t, q, per(p, 100), D(p) * q / 100))
        else:
            lines.append(L(s, t, q, p))
    sub = subtotal(lines)
    fr = D('780.00')
    total = m2(sub + fr)
    check(lines, total, fr)
    items = '\n'.join('%d) %s - %s - %s %s @ USD %s%s = USD %s' % (i + 1, s, t, '{:,}'.format(q), u, p,
                                                                 ' per 100 pcs' if s == 'FR-POUCH' else '/pc',
                                                                 usd(D(p) * q / (100 if s == 'FR-POUCH' else 1)))
                      for i, (s, t, u, q, p) in enumerate(rows))
    body = """Dear Mr. Liu,

Further to your offer of 20 May, please book our order:

Dhofar Luban Trading LLC
P.O. Box 1188, PC 211, Salalah, Sultanate of Oman
Tel: +968 2329 1140   Fax: +968 2329 1141   CR No. 2041877

Purchase Order: DLT-PO-27-044
Date: 28 May 2027

%s

Sub-total: USD %s
Sea freight to Salalah port (as quoted): USD %s
Grand total: USD %s

Please note the goods are NOT for our office above. Deliver to:
Dhofar Luban Trading LLC - Packing Unit, Raysut Industrial Area, Plot 3/51, Salalah
Attn: Mr. Salim Al-Mashani, mobile +968 9912 4470, unit +968 2321 9055

Best regards,
Fatma Al-Kathiri
Procurement | Dhofar Luban Trading LLC
M +968 9955 0321
""" % (items, usd(sub), usd(fr), usd(total))
    eml = single(H('Fatma Al-Kathiri', 'procurement@dhofarluban.om', 'utf-8', 'PO DLT-PO-27-044 - frankincense packaging',
                   dh(2027, 5, 28, 9, 40, 30, 240), 'DB9PR02MB7711E2F3A4B5C6D7@DB9PR02MB7711.eurprd02.prod.outlook.com',
                   'X-MS-Has-Attach: no'), body, 'utf-8', 'quoted-printable')
    return eml, T('body', 'utf-8',
                  'A Salalah frankincense trader (Outlook): its own address block with P.O. Box, phone, fax and a CR '
                  'number above the PO, numbered lines "code - description - qty unit @ USD price = amount", one '
                  'priced "USD 9.50 per 100 pcs" (keyed per piece, 0.095), a sub-total, sea freight and a grand total '
                  '(keyed); the delivery goes to a packing unit apart from the office, with two phones (keyed the '
                  'first). Adds up with the freight.',
                  [order('DLT-PO-27-044', 'Dhofar Luban Trading LLC',
                         ('Mr. Salim Al-Mashani', '+968 9912 4470',
                          'Dhofar Luban Trading LLC - Packing Unit, Raysut Industrial Area, Plot 3/51, Salalah'),
                         '2027-05-28', 'USD', total, lines)])


@mail
def h455_cz_brewery_thunderbird_czech_sleva_decimal_comma():
    rows = [('PV-ET05', 'Etiketa lahev 0,5 l', 'papír 80 g, lesk', 'ks', 120000, '0.018', '0,018'),
            ('PV-KRT20', 'Karton 20 lahví', '5vrstvý, potisk 2 barvy', 'ks', 6000, '0.64', '0,64'),
            ('PV-DB', 'Dárková krabička', '2 lahve + sklenice', 'ks', 2500, '2.10', '2,10')]
    lines = [L(s, '%s %s' % (n, g), q, pp) for s, n, g, u, q, pp, p in rows]
    sub = subtotal(lines)
    disc = -(sub * D('0.03')).quantize(D('0.01'))
    total = m2(sub + disc)
    check(lines, total, disc)
    tab = cols([('Kód', 'Název', 'Specifikace', 'MJ', 'Množství', 'Cena/MJ', 'Celkem')] +
               [(s, n, g, u, '{:,}'.format(q).replace(',', ' '), p + ' €', eu(D(pp) * q).replace('.', ' ') + ' €')
                for s, n, g, u, q, pp, p in rows], [10, 21, 25, 4, 10, 10, 14], right=(4, 5, 6))
    body = """Dobrý den,

posíláme objednávku obalů pro letní várku.

Objednávka č.: OBJ-2027-0529
Datum: 29. 5. 2027

%s

Mezisoučet: %s €
Sleva 3 %% (dle dohody): -%s €
Celkem k úhradě: %s €
DPH: přenesená daňová povinnost

Dodací adresa: Pivovar Hradní Sklep s.r.o., sklad, Pražská 112, 370 01 České Budějovice
Převezme: Jan Novotný, tel. 387 312 440, mobil 604 118 275

S pozdravem
Petra Dvořáková
nákup, Pivovar Hradní Sklep s.r.o.
""" % (tab, eu(sub).replace('.', ' '), eu(-disc).replace('.', ' '), eu(total).replace('.', ' '))
    eml = single(H('Petra Dvořáková', 'nakup@hradnisklep.cz', 'utf-8', 'Objednávka OBJ-2027-0529',
                   dh(2027, 5, 29, 10, 2, 17, 120), 'e2f3a4b5-c6d7-4e8f-9a0b-1c2d3e4f5a6b@hradnisklep.cz',
                   'User-Agent: Mozilla Thunderbird'), body, 'utf-8', 'quoted-printable')
    return eml, T('body', 'utf-8',
                  'A České Budějovice brewery writes in Czech (Thunderbird, UTF-8 QP): "29. 5. 2027", a space-aligned '
                  'table with Název and Specifikace apart (keyed joined), thousands by spaces ("120 000"), decimal '
                  'commas and a 3-decimal label price, € after the number, a Mezisoučet, a 3 % Sleva and Celkem k '
                  'úhradě (keyed); reverse-charge VAT; two phones for the receiver (keyed the first). Adds up with '
                  'the discount.',
                  [order('OBJ-2027-0529', 'Pivovar Hradní Sklep s.r.o.',
                         ('Jan Novotný', '387 312 440', 'Pivovar Hradní Sklep s.r.o., sklad, Pražská 112, 370 01 České Budějovice'),
                         '2027-05-29', 'EUR', total, lines)])


@mail
def h456_ke_macadamia_gmail_android_sentences_no_number():
    lines = [L(None, 'stand up pouches 500g kraft with zip', 10000, '0.21'),
             L(None, 'stand up pouches 1kg kraft with zip', 5000, '0.29'),
             L(None, 'master cartons 20 pouches', 600, '1.15')]
    total = m2(subtotal(lines))
    check(lines, total)
    body = """Hi Linda

Its Wanjiru from Kiambu Nut Growers. We want to order the following pls:
10,000 stand up pouches 500g kraft with zip at 0.21 usd each,
5,000 stand up pouches 1kg kraft with zip at 0.29,
and 600 master cartons 20 pouches at 1.15.
So total is USD %s.
Deliver to our factory Thika Road, Ruiru, Kiambu County, Kenya. Call Peter Kamau 0722 431 908 when the truck is near.
I will send LPO number tomorrow from the office, pls start production now.

Thanks
Wanjiru Njoroge
Kiambu Nut Growers Ltd

Sent from my Android phone with Gmail
""" % usd(total)
    eml = single(H('Wanjiru Njoroge', 'wanjiru.kiambunuts@gmail.com', 'utf-8', 'order pouches',
                   dh(2027, 5, 30, 19, 44, 2, 180), 'CAKe8Nu2Ts4Ki6Am8Bu0Gr2Ow4Er6Sx8@mail.gmail.com',
                   'X-Mailer: Gmail for Android'), body, 'utf-8', 'quoted-printable')
    return eml, T('body', 'utf-8',
                  'A Kiambu macadamia grower from Gmail for Android: the order in sentences, "usd" once on the first '
                  'line then bare prices, "So total is USD 4,240.00", no order number (the LPO "will follow": none '
                  'keyed) and no date; the buyer in the signature, the factory and a contact to call. Adds up.',
                  [order(None, 'Kiambu Nut Growers Ltd', ('Peter Kamau', '0722 431 908', 'Thika Road, Ruiru, Kiambu County, Kenya'),
                         None, 'USD', total, lines)])


@mail
def h457_uz_dried_apricot_mailru_russian_per_1000_two_phones():
    rows = [('Пакет дой-пак', '200 г, крафт/ПЭ, zip', 'тыс. шт', 50, '96.00'),
            ('Пакет дой-пак', '1 кг, крафт/ПЭ, zip', 'тыс. шт', 15, '148.00'),
            ('Коробка гофро', '20 пакетов, 5 слоёв', 'шт', 2000, '1.05')]
    lines = []
    for n, g, u, q, p in rows:
        lines.append(L(None, '%s %s' % (n, g), q, p))
    total = m2(subtotal(lines))
    check(lines, total)
    tab = '\n'.join('%d. %s | %s | %s %s | %s USD | %s USD' % (i + 1, n, g, q, u, p, usd(D(p) * q))
                    for i, (n, g, u, q, p) in enumerate(rows))
    body = """Здравствуйте, уважаемые коллеги! / Dear colleagues,

Заказ № FG-27/112 от 31.05.2027 (Order No. FG-27/112 dated 31.05.2027)

Наименование | Характеристика | Кол-во | Цена | Сумма
%s

ИТОГО / TOTAL: %s USD

Грузополучатель / Consignee: OOO "Fergana Gold Fruits", ул. Маргилан 45, г. Фергана, 150100, Узбекистан
Контакт: Азиз Каримов +998 90 312 44 71, +998 73 244 19 05

С уважением / Best regards,
Дилноза Юсупова
OOO "Fergana Gold Fruits", отдел закупок
""" % (tab, usd(total))
    eml = single(H('Дилноза Юсупова', 'zakupki@ferganagold.uz', 'utf-8', 'Заказ № FG-27/112 / Order FG-27/112',
                   dh(2027, 5, 31, 11, 15, 9, 300), '1717140909.551288420@f512.i.mail.ru', 'X-Mailer: Mail.Ru Mailer 1.0'),
                 body, 'utf-8', 'base64')
    return eml, T('body', 'utf-8',
                  'A Fergana dried-apricot packer in Russian and English (Mail.ru, UTF-8 base64): "№ FG-27/112 от '
                  '31.05.2027", pipe rows with Наименование and Характеристика apart (keyed joined), two lines with the '
                  'same name told apart by the spec, pouches in "тыс. шт" priced per thousand (50 thousand at 96.00: '
                  'keyed as written, qty 50 at 96.00), ИТОГО / TOTAL; the consignee\'s two phones (keyed the first). '
                  'Adds up.',
                  [order('FG-27/112', 'OOO "Fergana Gold Fruits"',
                         ('Азиз Каримов', '+998 90 312 44 71', 'OOO "Fergana Gold Fruits", ул. Маргилан 45, г. Фергана, 150100, Узбекистан'),
                         '2027-05-31', 'USD', total, lines)])


@mail
def h458_cl_cherry_exporter_forwarded_by_sales_spanish():
    rows = [('CL-CLAM', 'Clamshell PET', '500 g, ventilado', 'un', 200000, '0.072'),
            ('CL-CAJA', 'Caja exportación', '5 kg, cartón blanco, impresa', 'un', 20000, '0.95'),
            ('CL-BOLSA', 'Bolsa MAP', '5 kg, atmósfera modificada', 'un', 20000, '0.31')]
    lines = spec(rows)
    total = m2(subtotal(lines))
    check(lines, total)
    tab = '\n'.join('%s\t%s\t%s\t%s\t%s\tUS$ %s\tUS$ %s' % (s, n, g, '{:,}'.format(q).replace(',', '.'), u, p.replace('.', ','),
                                                          eu(D(p) * q))
                    for s, n, g, u, q, p in rows)
    body = """Orders team, pls process, customer confirmed by phone, LC already open. Thx -- Kevin

---------- Forwarded message ---------
From: Camila Rojas <crojas@frutasdelmaule.cl>
Date: Mon, May 31, 2027 at 4:02 PM
Subject: Orden de compra OC 4500-2716
To: Kevin Zhou <kevin.zhou@hengda-pack.cn>


Estimado Kevin:

Adjunto detalle de nuestra orden de compra para la temporada de cerezas.

OC N° 4500-2716
Fecha: 31/05/2027

Código\tProducto\tDetalle\tCantidad\tUnidad\tPrecio\tTotal
%s

Total OC: US$ %s

Despacho: Frutas del Maule SpA, Packing Curicó, Camino a Zapallar km 4,5, Curicó, Región del Maule, Chile
Recibe: Sr. Luis Fuentes, +56 75 231 4408

Saludos cordiales,
Camila Rojas
Abastecimiento, Frutas del Maule SpA
+56 9 8123 4471
""" % (tab, eu(total))
    eml = single(H('Kevin Zhou', 'kevin.zhou@hengda-pack.cn', 'utf-8', 'Fwd: Orden de compra OC 4500-2716',
                   dh(2027, 6, 1, 8, 30, 12), 'CAHd3Kz5Fw7Cl9Ch1Er3Ry5Oc7Mp9Qr1@mail.gmail.com', 'X-Mailer: Gmail'),
                 body, 'utf-8', 'quoted-printable')
    return eml, T('body', 'utf-8',
                  'Our own sales rep forwards (Gmail) a Curicó cherry exporter\'s order in Spanish: his note on top, '
                  'the forwarded header, "OC N° 4500-2716", dd/mm/yyyy, tab-separated Producto and Detalle (keyed '
                  'joined), dot thousands and decimal commas ("200.000", "0,072"), US$; the customer is the exporter, '
                  'not our rep. Adds up.',
                  [order('4500-2716', 'Frutas del Maule SpA',
                         ('Sr. Luis Fuentes', '+56 75 231 4408',
                          'Frutas del Maule SpA, Packing Curicó, Camino a Zapallar km 4,5, Curicó, Región del Maule, Chile'),
                         '2027-05-31', 'USD', total, lines)])


# ============================================================ HTML bodies
@mail
def h459_html_126mail_yili_lavender_two_row_header_freight_gbk():
    rows = [('精油瓶', '10ml 茶色 滴管', '个', 30000, '0.85'),
            ('精油盒', '单瓶 白卡 烫紫', '个', 30000, '0.42'),
            ('礼盒', '5瓶装 磁吸 内托', '个', 2000, '9.60'),
            ('纸箱', '50盒装 五层', '个', 400, '5.50')]
    lines = joined(rows)
    sub = subtotal(lines)
    fr = D('1600.00')
    total = m2(sub + fr)
    check(lines, total, fr)
    tab = [[('序号', 'rowspan="2"'), ('货品', 'colspan="3"'), ('数量', 'rowspan="2"'), ('金额（元）', 'colspan="2"')],
           ['名称', '规格', '单位', '单价', '小计']]
    tab += [[str(i + 1), n, g, u, '{:,}'.format(q), p, amt(D(p) * q)] for i, (n, g, u, q, p) in enumerate(rows)]
    tab += [[('运费（到伊宁）', 'colspan="6"'), amt(fr)], [('合计', 'colspan="6"'), amt(D(total))]]
    html = ('<div style="font-size:14px">杭州恒达包装 孙经理：<br><br>伊犁薰衣草的订单，请安排生产：<br>'
            '订单号：YL-XYC-0601　　下单日期：2027年6月1日<br><br>'
            '<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">' + cells_html(tab) +
            '</table><br>收货单位：伊犁花海薰衣草科技有限公司 霍城生产基地<br>'
            '收货地址：新疆伊犁州霍城县 清水河镇 芦草沟 薰衣草产业园 2 号厂房<br>'
            '收货人：古丽娜尔 0999-3035512 / 13579921006<br><br>伊犁花海薰衣草科技有限公司 采购部 马建华<br>'
            '电话 0999-8126600</div>')
    eml = html_mail(H('马建华', 'ylhuahai@126.com', 'gbk', '订单 YL-XYC-0601 精油瓶/盒/礼盒/纸箱',
                      dh(2027, 6, 1, 16, 25, 3), '5b6c7d8e.3f21.18f2a7c9e1d.Coremail.ylhuahai@126.com',
                      'X-Mailer: Coremail Webmail Server Version XT5.0.14'),
                    strip(html), html, 'gbk', '----=_Part_318827_1182374655.1780302303001')
    return eml, T('html', 'gbk',
                  'A Huocheng lavender-oil maker (126 mail, Coremail, GBK HTML): a two-row header (货品 over 名称 / 规格 / '
                  '单位, 金额（元） over 单价 / 小计, 序号 and 数量 spanning two rows), name and spec keyed joined, a '
                  'colspan 运费 row and a 合计 row (keyed, with the freight); the receiving unit is a production base '
                  'of the buyer, two phones (keyed the first). Adds up with the freight.',
                  [order('YL-XYC-0601', '伊犁花海薰衣草科技有限公司',
                         ('古丽娜尔', '0999-3035512', '新疆伊犁州霍城县 清水河镇 芦草沟 薰衣草产业园 2 号厂房'),
                         '2027-06-01', 'CNY', total, lines)])


@mail
def h460_html_outlook_ios_fj_ginger_bill_ship_side_by_side():
    rows = [('GC-JAR', 'Crystallised ginger jar', '250 g PET, tamper seal', 'pcs', 15000, '0.34'),
            ('GC-LBL', 'Wrap label', 'BOPP, 4 colours', 'pcs', 15000, '0.045'),
            ('GC-CTN', 'Carton', '24 jars, 5-ply', 'pcs', 625, '1.40')]
    lines = spec(rows)
    sub = subtotal(lines)
    fr = D('640.00')
    total = m2(sub + fr)
    check(lines, total, fr)
    tab = [['Item', 'Description', 'Spec', 'Qty', 'UOM', 'Unit USD', 'Line USD']]
    tab += [[s, n, g, '{:,}'.format(q), u, p, usd(D(p) * q)] for s, n, g, u, q, p in rows]
    tab += [[('Freight CFR Lautoka', 'colspan="6" align="right"'), usd(fr)],
            [('<b>Total USD</b>', 'colspan="6" align="right"'), '<b>%s</b>' % usd(total)]]
    html = ('<html><body><div>Bula Hengda team,</div><div><br></div><div>Our PO is below. Please confirm ETD.</div><br>'
            '<table cellpadding="4"><tr><td valign="top"><b>BILL TO</b><br>Nadi Ginger Co. Pte Ltd<br>Lot 9 Namaka '
            'Industrial Subdivision<br>Nadi, Fiji<br>Ph +679 672 4410</td><td width="40"></td><td valign="top"><b>SHIP TO'
            '</b><br>Nadi Ginger Co. Factory<br>Vuda Road, Lautoka, Fiji<br>Attn: Ms. Mere Tuilagi<br>Ph +679 666 1873 / '
            '+679 920 4455</td></tr></table><br>'
            '<div>PO # NGC-1127&nbsp;&nbsp;&nbsp;Date: 02/06/2027 (2 June)</div><br>'
            '<table border="1" cellspacing="0" cellpadding="3">' + cells_html(tab) + '</table><br>'
            '<div>Vinaka,<br>Ravinesh Prasad<br>Operations Manager<br>Nadi Ginger Co. Pte Ltd</div>'
            '<div><br></div><div>Get <a href="https://aka.ms/o0ukef">Outlook for iOS</a></div></body></html>')
    eml = html_mail(H('Ravinesh Prasad', 'ravinesh@nadiginger.com.fj', 'utf-8', 'PO # NGC-1127',
                      dh(2027, 6, 2, 9, 12, 44, 720), 'SY4P282MB1930B2C3D4E5F6A7@SY4P282MB1930.AUSP282.PROD.OUTLOOK.COM',
                      'X-MS-Has-Attach: no'),
                    strip(html), html, 'utf-8', '_000_SY4P282MB1930B2C3D4E5F6A7SY4P282MB1930AUSP_', cte='quoted-printable')
    return eml, T('html', 'utf-8',
                  'A Nadi crystallised-ginger maker (Outlook for iOS HTML, QP): BILL TO and SHIP TO side by side in a '
                  'table (the ship-to is the factory in Lautoka, two phones: keyed the first), "PO # NGC-1127 Date: '
                  '02/06/2027 (2 June)", Description and Spec apart (keyed joined), a 3-decimal label price, a '
                  'colspan freight row and Total USD (keyed). Adds up with the freight.',
                  [order('NGC-1127', 'Nadi Ginger Co. Pte Ltd',
                         ('Ms. Mere Tuilagi', '+679 666 1873', 'Nadi Ginger Co. Factory, Vuda Road, Lautoka, Fiji'),
                         '2027-06-02', 'USD', total, lines)])


@mail
def h461_html_gmail_sheets_mn_seabuckthorn_rowspan_cartons():
    rows = [('Juice bottle', '250 ml PET', 'carton', 300, '62.40', 'Bottles'),
            ('Juice bottle', '1 L PET', 'carton', 120, '75.00', 'Bottles'),
            ('Shrink sleeve', '250 ml, 6 colours', 'roll', 40, '88.00', 'Labels'),
            ('Shrink sleeve', '1 L, 6 colours', 'roll', 20, '104.00', 'Labels')]
    lines = joined([(n, g, u, q, p) for n, g, u, q, p, c in rows])
    total = m2(subtotal(lines))
    check(lines, total)
    tab = [['Group', 'Product', 'Size', 'Qty', 'Unit', 'Price USD', 'Amount USD']]
    for i, (n, g, u, q, p, c) in enumerate(rows):
        grp = [(c, 'rowspan="2"')] if i % 2 == 0 else []
        tab.append(grp + [n, g, str(q), u, p, usd(D(p) * q)])
    tab.append([('', 'colspan="5"'), 'Total', usd(total)])
    html = ('<div dir="ltr">Hello Hengda,<div><br></div><div>Please see our order below (copied from our Google Sheet). '
            'Bottles are 200 per carton and sleeves 2,500 per roll as in your quote.</div><div><br></div>'
            '<div>Order no: MSB-2027-06<br>Order date: June 3, 2027</div><br>'
            '<table cellspacing="0" cellpadding="0" dir="ltr" border="1" style="table-layout:fixed;font-size:10pt;'
            'font-family:Arial;width:0px;border-collapse:collapse;border:none">' + cells_html(tab) + '</table>'
            '<div><br></div><div>Delivery: Mongol Seabuckthorn LLC, Khan-Uul district 3rd khoroo, Industrial street 21, '
            'Ulaanbaatar 17042, Mongolia<br>Contact: Bat-Erdene G. +976 9911 2030</div><div><br></div>'
            '<div>Regards,<br>Oyunchimeg Dorj<br>Mongol Seabuckthorn LLC<br>+976 7011 4455</div></div>')
    eml = html_mail(H('Oyunchimeg Dorj', 'oyunchimeg.d@mongolseabuckthorn.mn', 'utf-8', 'Order MSB-2027-06',
                      dh(2027, 6, 3, 11, 8, 50), 'CAMn2Sb4Th6Or8Nj0Ui2Ce4Ul6Aa8Nb0@mail.gmail.com', 'X-Mailer: Gmail'),
                    strip(html), html, 'utf-8', '000000000000a1b2c3d4e5f6a7b8c9')
    return eml, T('html', 'utf-8',
                  'An Ulaanbaatar sea-buckthorn juice maker (Gmail HTML, a Google Sheets paste): a Group column with '
                  'rowspans, the same product twice told apart by Size (keyed joined), quantities ordered and priced '
                  'per carton and per roll (300 cartons at 62.40: keyed as written; the pack sizes are only in the '
                  'text), a Total row whose label sits in the sixth column. Adds up.',
                  [order('MSB-2027-06', 'Mongol Seabuckthorn LLC',
                         ('Bat-Erdene G.', '+976 9911 2030',
                          'Mongol Seabuckthorn LLC, Khan-Uul district 3rd khoroo, Industrial street 21, Ulaanbaatar 17042, Mongolia'),
                         '2027-06-03', 'USD', total, lines)])


@mail
def h462_html_alimail_qianjiang_crayfish_tax_columns():
    rows = [('QJ-01', '小龙虾餐盒', '1500ml 带盖 PP', '个', 50000, '0.88'),
            ('QJ-02', '一次性手套', 'PE 加厚', '包', 20000, '0.35'),
            ('QJ-03', '保温袋', '铝膜 无纺布 大号', '个', 10000, '1.60'),
            ('QJ-04', '外箱', '50套装 五层', '个', 1000, '4.50')]
    lines = spec(rows)
    total = m2(subtotal(lines))
    check(lines, total)
    tab = [['物料编码', '物料名称', '规格型号', '单位', '数量', '含税单价', '税率', '税额', '价税合计']]
    for s, n, g, u, q, p in rows:
        gross = D(p) * q
        taxv = (gross / D('1.13') * D('0.13')).quantize(D('0.01'))
        tab.append([s, n, g, u, '{:,}'.format(q), p, '13%', amt(taxv), amt(gross)])
    tab.append([('合计', 'colspan="8"'), amt(D(total))])
    html = ('<div style="font-family:宋体">恒达包装：<br>　　我司采购订单如下，请于6月15日前送达。<br><br>'
            '<b>潜江虾乡食品股份有限公司 采购订单</b><br>订单编号：XX-PO-202706-0042　　订单日期：2027-06-04<br><br>'
            '<table border="1" cellspacing="0" cellpadding="3">' + cells_html(tab, th_first=True) + '</table><br>'
            '交货地点：湖北省潜江市 龙虾大道 88 号 虾乡食品 中央仓<br>收货人：彭志勇　0728-6283315　13972810046<br>'
            '采购员：许婷　0728-6283300<br></div>')
    eml = html_mail(H('许婷', 'xuting@xiaxiang-food.com', 'utf-8', '潜江虾乡食品采购订单XX-PO-202706-0042',
                      dh(2027, 6, 4, 10, 40, 0), '9a1b2c3d-4e5f-4071-8293-a4b5c6d7e8f9.1780540800@alimail.xiaxiang-food.com',
                      'X-Mailer: Alimail-Mailagent revision 3'),
                    strip(html), html, 'utf-8', '----=ALIBOUNDARY_62715_7f1a8b2c3d4e_6e7f8a9b')
    return eml, T('html', 'utf-8',
                  'A Qianjiang crayfish processor (Alibaba Mail HTML): an ERP-style table 物料编码 / 物料名称 / 规格型号 '
                  '(keyed joined) / 单位 / 数量 / 含税单价 / 税率 13% / 税额 / 价税合计 (the line total is 价税合计), a '
                  '合计 row; a delivery deadline that is not the order date; the receiver with a landline and a mobile '
                  '(keyed the first), the buyer in the text. Adds up.',
                  [order('XX-PO-202706-0042', '潜江虾乡食品股份有限公司',
                         ('彭志勇', '0728-6283315', '湖北省潜江市 龙虾大道 88 号 虾乡食品 中央仓'),
                         '2027-06-04', 'CNY', total, lines)])


@mail
def h463_html_dk_butter_cookie_economic_notification_eur():
    rows = [('BC-TIN454', 'Cookie tin 454 g', 'round, embossed lid, 4-colour', 'stk', 20000, '0.98'),
            ('BC-CUP', 'Paper cups', 'glassine, 40 mm, brown', 'stk', 600000, '0.0042'),
            ('BC-TRAY', 'Tray insert', 'PET, 5 cavities', 'stk', 20000, '0.085')]
    lines = spec(rows)
    sub = subtotal(lines)
    fr = D('480.00')
    total = m2(sub + fr)
    check(lines, total, fr)
    tab = [['Varenr.', 'Beskrivelse', 'Specifikation', 'Antal', 'Enhed', 'Pris EUR', 'Beløb EUR']]
    tab += [[s, n, g, '{:,}'.format(q).replace(',', '.'), u, p.replace('.', ','), eu(D(p) * q)] for s, n, g, u, q, p in rows]
    html = ('<html><body style="font-family:Verdana;font-size:12px"><table width="600"><tr><td>'
            '<h2 style="color:#1b4f72">Indkøbsordre 20271188</h2>'
            '<table><tr><td>Ordredato:</td><td>05-06-2027</td></tr><tr><td>Leverandør:</td><td>Hangzhou Hengda '
            'Packaging Materials Co., Ltd.</td></tr><tr><td>Vores ref.:</td><td>Mette Sørensen, +45 75 82 11 40</td></tr>'
            '<tr><td>Leveringsadresse:</td><td>Jyllands Smørkager A/S, Lager 2, Industrivej 14, 7100 Vejle, Danmark'
            '<br>Modtager: Lars Holm, +45 23 41 88 06</td></tr></table><br>'
            '<table border="1" cellspacing="0" cellpadding="3">' + cells_html(tab, th_first=True) + '</table>'
            '<table align="right"><tr><td>Subtotal</td><td align="right">%s</td></tr><tr><td>Fragt</td>'
            '<td align="right">%s</td></tr><tr><td>Moms (omvendt betalingspligt)</td><td align="right">0,00</td></tr>'
            '<tr><td><b>I alt EUR</b></td><td align="right"><b>%s</b></td></tr></table>'
            '</td></tr></table><p style="color:#888">Sendt fra e-conomic på vegne af Jyllands Smørkager A/S</p>'
            '</body></html>') % (eu(sub), eu(fr), eu(total))
    eml = html_mail(H('Jyllands Smørkager A/S', 'noreply@e-conomic.com', 'utf-8', 'Indkøbsordre 20271188 fra Jyllands Smørkager A/S',
                      dh(2027, 6, 5, 7, 30, 0, 120), '20270605053000.8812.ordre@e-conomic.com', 'X-Mailer: e-conomic',
                      extra=('Reply-To: indkob@smoerkager.dk',)),
                    strip(html), html, 'utf-8', '--=_economic_8812_20270605')
    return eml, T('html', 'utf-8',
                  'A Vejle butter-cookie bakery\'s purchase order sent by e-conomic (HTML from noreply@, Reply-To the '
                  'buyer), in Danish: Ordredato 05-06-2027, a label table with our name as Leverandør and the buyer\'s '
                  'reference phone, the delivery address with a receiver (keyed), Beskrivelse and Specifikation apart '
                  '(keyed joined), a 4-decimal cup price ("0,0042") and 3-decimal trays, dot thousands, Subtotal, '
                  'Fragt, 0 % reverse-charge Moms and I alt EUR (keyed). Adds up with the freight.',
                  [order('20271188', 'Jyllands Smørkager A/S',
                         ('Lars Holm', '+45 23 41 88 06', 'Jyllands Smørkager A/S, Lager 2, Industrivej 14, 7100 Vejle, Danmark'),
                         '2027-06-05', 'EUR', total, lines)])


@mail
def h464_html_sohu_xinyang_tea_free_gift_line_remark_column():
    rows = [('茶叶罐', '250g 马口铁 圆罐', '个', 10000, '3.20', ''),
            ('礼盒', '双罐装 手提 信阳毛尖', '个', 5000, '11.50', ''),
            ('手提袋', '白卡 覆膜', '个', 5000, '1.30', ''),
            ('茶叶罐', '50g 试饮装', '个', 2000, '0.00', '赠品，按上次约定')]
    lines = joined([r[:5] for r in rows])
    total = m2(subtotal(lines))
    check(lines, total)
    tab = [['序号', '品名', '规格', '单位', '数量', '单价（元）', '金额（元）', '备注']]
    tab += [[str(i + 1), n, g, u, '{:,}'.format(q), p, amt(D(p) * q), r] for i, (n, g, u, q, p, r) in enumerate(rows)]
    tab.append([('合计', 'colspan="6"'), amt(D(total)), ''])
    html = ('<p>恒达包装 钱总：</p><p>信阳毛尖新茶上市，订货如下：</p><p>订货单号：XYMJ-0607&nbsp;&nbsp;日期：2027/6/7</p>'
            '<table border="1" cellpadding="3" cellspacing="0">' + cells_html(tab) + '</table>'
            '<p>送货：河南省信阳市浉河区 董家河镇 车云山村 云雾茶业 加工厂<br>联系人：胡德明 0376-6521887</p>'
            '<p>信阳云雾茶业有限公司<br>办公室 赵倩</p>')
    eml = html_mail(H('赵倩', 'zhaoqian@yunwu-tea.com', 'gbk', '订货单 XYMJ-0607', dh(2027, 6, 7, 15, 0, 33),
                      '6d7e8f90a1b2c3d4.sohu@yunwu-tea.com', 'X-Mailer: Sohu Enterprise Mail'),
                    strip(html), html, 'gbk', '----=_Part_552211_sohu.1780815633')
    return eml, T('html', 'gbk',
                  'A Xinyang tea company (Sohu enterprise mail, GBK HTML): 品名 and 规格 apart (keyed joined), the same '
                  'tin twice told apart by size, the fourth line a free gift at 0.00 with a 备注 "赠品，按上次约定" '
                  '(keyed as a line at 0.00), a 合计 row; the date 2027/6/7. Adds up.',
                  [order('XYMJ-0607', '信阳云雾茶业有限公司',
                         ('胡德明', '0376-6521887', '河南省信阳市浉河区 董家河镇 车云山村 云雾茶业 加工厂'),
                         '2027-06-07', 'CNY', total, lines)])


# ============================================================ CSV attachments
@mail
def h465_csv_1688_chaoshan_beef_ball_gbk_freight_paid_column():
    rows = [('牛肉丸真空袋', '500g 透明 印刷', 40000, '0.26'),
            ('泡沫箱', '10斤装 加厚', 3000, '3.80'),
            ('冰袋', '400ml 注水', 20000, '0.32')]
    lines = joined([(n, g, '个', q, p) for n, g, q, p in rows])
    sub = subtotal(lines)
    fr = D('350.00')
    total = m2(sub + fr)
    check(lines, total, fr)
    tab = [['订单号', '买家公司名', '下单时间', '货品标题', '规格', '单价(元)', '数量', '货品总价(元)', '运费(元)',
            '实付款(元)', '收货人', '收货地址', '联系电话']]
    for i, (n, g, q, p) in enumerate(rows):
        tab.append(['="3298810245577201"', '汕头市潮香食品有限公司', '2027-06-08 09:12:45', n, g, p, q, m2(D(p) * q),
                    m2(fr) if i == 0 else '0.00', total if i == 0 else '', '陈泽鹏',
                    '广东省 汕头市 潮南区 峡山街道 潮香食品厂 三号车间', '13829650118'])
    data = corpus_docs.csv_text(tab).encode('gbk')
    body = '恒达包装：\n我们从1688后台导出的订单附上，线下付款，按这个发货。\n\n潮香食品 采购 郑丽纯 0754-87716602\n'
    eml = with_attachments(H('郑丽纯', 'zhenglc@chaoxiang-food.com', 'gbk', '1688订单导出 3298810245577201',
                             dh(2027, 6, 8, 9, 30, 10), '202706080930104418811@chaoxiang-food.com',
                             'X-Mailer: Foxmail 7.2.25.375[cn]'), body, 'gbk', 'base64',
                           [attachment('text/csv', data, '订单导出_20270608.csv', name_style='gbk')],
                           '----=_001_NextPart447281936_=----')
    return eml, T('csv', 'gbk',
                  'A Shantou beef-ball maker attaches a 1688 order export (GBK CSV, Foxmail): the 16-digit 订单号 '
                  'written as ="…" so Excel keeps it, the buyer company, 下单时间 with a time, 货品标题 and 规格 apart '
                  '(keyed joined), the freight and 实付款 (the total) only on the first row, receiver and address on '
                  'every row. Adds up with the freight.',
                  [order('3298810245577201', '汕头市潮香食品有限公司',
                         ('陈泽鹏', '13829650118', '广东省 汕头市 潮南区 峡山街道 潮香食品厂 三号车间'),
                         '2027-06-08', 'CNY', total, lines)])


@mail
def h466_csv_zoho_inventory_lk_tea_utf8_usd_prefixed_cells():
    rows = [('TC-100', 'Tea caddy 100 g', 'tin, hinged lid, embossed', 12000, '0.62'),
            ('TB-ENV', 'Tea bag envelope', 'foil, printed, 2 g bag', 300000, '0.011'),
            ('GB-6', 'Gift box', '6 caddies, rigid, ribbon', 2000, '3.90')]
    lines = spec([(s, n, g, 'pcs', q, p) for s, n, g, q, p in rows])
    sub = subtotal(lines)
    disc = D('-250.00')
    total = m2(sub + disc)
    check(lines, total, disc)
    tab = [['Purchase Order#', 'Purchase Order Date', 'Vendor Name', 'Item Name', 'SKU', 'Item Description', 'Quantity',
            'Rate', 'Item Total', 'Discount', 'Total', 'Currency Code']]
    for s, n, g, q, p in rows:
        tab.append(['PO-00288', '09 Jun 2027', 'Hangzhou Hengda Packaging', n, s, g, '%d.00' % q, 'US$%s' % p,
                    'US$%s' % usd(D(p) * q), 'US$250.00', 'US$%s' % usd(total), 'USD'])
    data = corpus_docs.csv_text(tab).encode('utf-8')
    body = ('Dear Hengda,\n\nPlease find attached PO-00288 exported from Zoho Inventory. The discount of USD 250 is as agreed '
            'for the repeat order.\n\nShip to: Ceylon Hill Teas (Pvt) Ltd, Packing Centre, 45 Peradeniya Road, Kandy 20000, '
            'Sri Lanka. Contact: Mr. Nuwan Perera +94 81 222 4180.\n\nKind regards,\nDilini Jayawardena\nCeylon Hill Teas '
            '(Pvt) Ltd\n+94 77 318 2246\n')
    eml = with_attachments(H('Dilini Jayawardena', 'dilini@ceylonhillteas.lk', 'utf-8', 'PO-00288',
                             dh(2027, 6, 9, 14, 45, 0, 330), 'zoho.1780996500123.4481@ceylonhillteas.lk',
                             'X-Mailer: Zoho Mail'), body, 'utf-8', '7bit',
                           [attachment('text/csv', data, 'Purchase_Order_PO-00288.csv')],
                           '----=_Part_77881_1780996500')
    return eml, T('csv', 'utf-8',
                  'A Kandy tea packer\'s Zoho Inventory export (UTF-8 CSV): "09 Jun 2027", Item Name and Item '
                  'Description apart (keyed joined), quantities as "12000.00", money cells prefixed "US$" with '
                  'thousands commas (quoted), a 3-decimal envelope price, the order-level Discount and Total repeated '
                  'on every row (the total keyed once); the ship-to only in the body. Adds up with the discount.',
                  [order('PO-00288', 'Ceylon Hill Teas (Pvt) Ltd',
                         ('Mr. Nuwan Perera', '+94 81 222 4180', 'Ceylon Hill Teas (Pvt) Ltd, Packing Centre, 45 Peradeniya Road, Kandy 20000, Sri Lanka'),
                         '2027-06-09', 'USD', total, lines)])


@mail
def h467_csv_tn_olive_oil_sage100_french_cp1252_frais_de_port():
    rows = [('BT-250', 'Bouteille dorica', '250 ml, verre extra-blanc', 24000, '0.36'),
            ('BC-250', 'Bouchon verseur', 'aluminium, 31,5 mm', 24000, '0.085'),
            ('ET-250', 'Étiquette', 'papier vergé, dorure', 24000, '0.042'),
            ('CT-12', 'Carton', '12 bouteilles, croisillons', 2000, '0.95')]
    lines = spec([(s, n, g, 'U', q, p) for s, n, g, q, p in rows])
    sub = subtotal(lines)
    fr = D('420.00')
    total = m2(sub + fr)
    check(lines, total, fr)
    tab = [['N° pièce', 'Date', 'Référence', 'Désignation', 'Complément', 'Qté', 'PU HT', 'Montant HT']]
    for s, n, g, q, p in rows:
        tab.append(['CF270610', '10/06/2027', s, n, g, str(q), p.replace('.', ','), eu(D(p) * q).replace('.', ' ')])
    tab += [['CF270610', '10/06/2027', 'PORT', 'Frais de port', '', '1', '420,00', '420,00'],
            ['', '', '', '', '', '', 'Total HT', eu(total).replace('.', ' ')]]
    data = corpus_docs.csv_text(tab, delim=';').encode('cp1252')
    body = ('Bonjour,\n\nVeuillez trouver ci-joint notre bon de commande CF270610 (export Sage 100). Montants en euros.\n\n'
            'Livraison : Huilerie Zitouna SARL, Zone industrielle Poudrière 2, 3000 Sfax, Tunisie - à l\'attention de '
            'M. Karim Ben Salah, tél. +216 74 407 215.\n\nCordialement,\nLeïla Trabelsi\nService achats - Huilerie Zitouna '
            'SARL\n+216 74 407 200\n')
    eml = with_attachments(H('Leïla Trabelsi', 'achats@huilerie-zitouna.tn', 'iso-8859-1', 'Bon de commande CF270610',
                             dh(2027, 6, 10, 10, 5, 40, 60), '000a01dbc2f1$8e9fa0b1$c2d3e4f5$@huilerie-zitouna.tn',
                             'X-Mailer: Microsoft Outlook 16.0'), body, 'iso-8859-1', 'quoted-printable',
                           [attachment('text/csv', data, 'CF270610.csv')], '----=_NextPart_000_000B_01DBC2F1.8E9FA0B1')
    return eml, T('csv', 'cp1252',
                  'A Sfax olive-oil mill\'s Sage 100 export (Windows-1252 semicolon CSV, French): the document number '
                  'and date 10/06/2027 on every row, Désignation and Complément apart (keyed joined), decimal commas '
                  'and space thousands, 3-decimal prices, a "Frais de port" row with its own reference PORT (freight, '
                  'not a line) and a Total HT row (keyed, with the freight); currency only in the body ("en euros"). '
                  'Adds up with the freight.',
                  [order('CF270610', 'Huilerie Zitouna SARL',
                         ('M. Karim Ben Salah', '+216 74 407 215', 'Huilerie Zitouna SARL, Zone industrielle Poudrière 2, 3000 Sfax, Tunisie'),
                         '2027-06-10', 'EUR', total, lines)])


# ============================================================ xlsx attachments
@mail
def h468_xlsx_wps_zhoushan_fish_snack_rebate_row_buyer_letterhead():
    rows = [('ZS-01', '鱼片袋', '80g 镀铝 八边封', '个', 120000, '0.21'),
            ('ZS-02', '鱿鱼丝罐', '200g PET 易撕盖', '个', 20000, '1.15'),
            ('ZS-03', '礼盒', '海味六宝 天地盖', '套', 3000, '16.80'),
            ('ZS-04', '纸箱', '20罐装 五层', '个', 1000, '5.20')]
    lines = spec(rows)
    sub = subtotal(lines)
    reb = D('-3000.00')
    total = m2(sub + reb)
    check(lines, total, reb)
    sh = Sheet('采购单')
    sh.set(1, 1, '舟山渔港海味食品有限公司', bold=True, size=16, center=True)
    sh.merge(1, 1, 1, 8)
    sh.set(2, 1, '浙江省舟山市普陀区 沈家门 渔港路 18 号  电话：0580-3812266  传真：0580-3812267', center=True)
    sh.merge(2, 1, 2, 8)
    sh.set(3, 1, '采 购 单', bold=True, size=14, center=True)
    sh.merge(3, 1, 3, 8)
    sh.row(4, 1, ['供应商：杭州恒达包装材料有限公司', '', '', '', '', '单号：', 'ZSYG-270611'])
    sh.row(5, 1, ['供应商地址：杭州市萧山区 江东三路 88 号', '', '', '', '', '日期：', '2027年6月11日'])
    thead = ['序号', '编码', '品名', '规格', '单位', '数量', '单价', '金额']
    sh.row(7, 1, thead, bold=True, border=True, center=True)
    for i, (s, n, g, u, q, p) in enumerate(rows):
        r = 8 + i
        sh.row(r, 1, [i + 1, s, n, g, u, q], border=True)
        sh.set(r, 7, D(p), border=True, fmt='0.00')
        sh.set(r, 8, ('=F%d*G%d' % (r, r), D(p) * q), border=True, fmt='#,##0.00')
    r = 8 + len(rows)
    sh.row(r, 1, ['小计', '', '', '', '', '', ''], border=True)
    sh.set(r, 8, ('=SUM(H8:H%d)' % (r - 1), sub), border=True, fmt='#,##0.00')
    sh.row(r + 1, 1, ['年度返利抵扣', '', '', '', '', '', ''], border=True)
    sh.set(r + 1, 8, reb, border=True, fmt='#,##0.00')
    sh.row(r + 2, 1, ['实付合计', '', '', '', '', '', ''], border=True)
    sh.set(r + 2, 8, ('=H%d+H%d' % (r, r + 1), D(total)), border=True, fmt='#,##0.00')
    sh.row(r + 4, 1, ['收货地址：舟山市定海区 舟山经济开发区 海天大道 369 号 渔港食品 二期仓库'])
    sh.row(r + 5, 1, ['收货人：虞海军  手机 13857206631  仓库 0580-2026315'])
    sh.row(r + 7, 1, ['采购：应丽君', '', '', '审批：邬国平'])
    data = corpus_docs.xlsx_bytes([sh], creator='WPS', app_title='WPS 表格')
    body = '恒达包装 孙经理：\n附件采购单，今年的返利3000元直接抵扣了，请确认。\n\n舟山渔港海味 应丽君 0580-3812260\n'
    eml = with_attachments(H('应丽君', 'yinglj@yugang-food.com', 'utf-8', '采购单 ZSYG-270611',
                             dh(2027, 6, 11, 8, 50, 21), '202706110850214471932@yugang-food.com',
                             'X-Mailer: Foxmail 7.2.25.375[cn]'), body, 'utf-8', 'base64',
                           [attachment(XLSX, data, '采购单ZSYG-270611.xlsx', name_style='rfc2231')],
                           '----=_001_NextPart881274036_=----')
    return eml, T('xlsx', 'utf-8',
                  'A Zhoushan fish-snack maker\'s WPS .xlsx: its letterhead (address, phone, fax) above our name and '
                  'address as 供应商 (neither is a ship-to), 单号 and 日期 in label / value cells on the right, 品名 '
                  'and 规格 apart (keyed joined), units 个/套, formulas with cached values, 小计, a 年度返利抵扣 '
                  '-3,000.00 row and 实付合计 (keyed); the receiver with a mobile and a warehouse phone (keyed the '
                  'first). Adds up with the rebate.',
                  [order('ZSYG-270611', '舟山渔港海味食品有限公司',
                         ('虞海军', '13857206631', '舟山市定海区 舟山经济开发区 海天大道 369 号 渔港食品 二期仓库'),
                         '2027-06-11', 'CNY', total, lines)])


@mail
def h469_xlsx_qinsi_yantai_apple_same_name_two_specs_per_case():
    rows = [('苹果礼盒', '8个装 手提 红色', '箱', 500, '96.00'),
            ('苹果礼盒', '8个装 手提 金色', '箱', 300, '96.00'),
            ('网套', '85mm 白色', '包', 200, '18.00'),
            ('托盘', '12穴 纸浆', '包', 150, '42.00')]
    lines = joined(rows)
    total = m2(subtotal(lines))
    check(lines, total)
    sh, nxt = sheet_order('采购单', [(1, ['秦丝进销存 · 采购单']), (2, ['单据编号', 'CG202706120003', '', '单据日期', '2027-06-12']),
                                    (3, ['供应商', '杭州恒达包装材料有限公司', '', '经手人', '王秀梅']),
                                    (4, ['备注', '礼盒每箱20个，网套每包500个，托盘每包100个'])],
                          ['商品名称', '规格', '单位', '采购数量', '采购价', '金额'],
                          [[n, g, u, q, D(p), D(p) * q] for n, g, u, q, p in rows], {4: '0.00', 5: '0.00'},
                          [(0, ['合计', '', '', sum(r[3] for r in rows), '', D(total)]),
                           (2, ['收货地址', '山东省烟台市栖霞市 苹果产业园 福山路 7 号 栖霞红富士果业 冷库']),
                           (3, ['联系人', '孙立国', '', '电话', '0535-5216688'])])
    data = corpus_docs.xlsx_bytes([sh], creator='qinsi', app_title=None)
    body = '恒达包装：\n秦丝导出的采购单，礼盒红的金的各一批，价格一样。\n\n栖霞红富士果业合作社 王秀梅 15866386120\n'
    eml = with_attachments(H('王秀梅', 'wxm_qixia@163.com', 'utf-8', '采购单CG202706120003',
                             dh(2027, 6, 12, 17, 2, 9), '3f2e1d0c.4b5a.18f2e9a7c11.Coremail.wxm_qixia@163.com',
                             'X-Mailer: Coremail Webmail Server Version XT5.0.14'), body, 'utf-8', 'base64',
                           [attachment(XLSX, data, 'CG202706120003.xlsx')], '----=_Part_441277_7721093.1781254929101')
    return eml, T('xlsx', 'utf-8',
                  'A Qixia apple co-operative\'s 秦丝进销存 export (.xlsx, 163 mail): 单据编号 / 单据日期 label cells, '
                  'a 经手人 who is the buyer\'s clerk, 商品名称 and 规格 apart (keyed joined; the same box twice told '
                  'apart by the colour in its spec), quantities and prices per 箱 / 包 with the pack sizes only '
                  'in a 备注 (keyed as written), a 合计 row that also sums the quantities. Adds up.',
                  [order('CG202706120003', '栖霞红富士果业合作社',
                         ('孙立国', '0535-5216688', '山东省烟台市栖霞市 苹果产业园 福山路 7 号 栖霞红富士果业 冷库'),
                         '2027-06-12', 'CNY', total, lines)])


@mail
def h470_xlsx_sage100_ci_cashew_french_per_1000_date_cell():
    rows = [('SAC-500', 'Sachet noix de cajou 500 g', 'kraft/PE, zip, fenêtre', 'mille', 60, '210.00'),
            ('SAC-1K', 'Sachet noix de cajou 1 kg', 'kraft/PE, zip', 'mille', 25, '285.00'),
            ('CAR-20', 'Carton', '20 sachets, 5 plis', 'pièce', 3000, '1.10')]
    lines = []
    for s, n, g, u, q, p in rows:
        lines.append(L(s, '%s %s' % (n, g), q, p))
    total = m2(subtotal(lines))
    check(lines, total)
    sh = Sheet('Commande')
    sh.row(1, 1, ['SOCIÉTÉ IVOIRIENNE DE CAJOU (SIC) SA'], bold=True)
    sh.row(2, 1, ['Zone industrielle de Yamoussoukro - Tél. +225 27 30 64 11 20'])
    sh.row(4, 1, ['BON DE COMMANDE', '', '', 'N°', 'BC-SIC-27-0613'], bold=True)
    sh.row(5, 1, ['', '', '', 'Date'])
    sh.set(5, 5, datetime.date(2027, 6, 13), fmt='dd/mm/yyyy')
    sh.row(6, 1, ['', '', '', 'Devise', 'EUR'])
    sh.row(8, 1, ['Réf.', 'Désignation', 'Caractéristiques', 'Unité', 'Quantité', 'Prix unitaire', 'Montant'],
           bold=True, border=True)
    for i, (s, n, g, u, q, p) in enumerate(rows):
        r = 9 + i
        sh.row(r, 1, [s, n, g, u, q], border=True)
        sh.set(r, 6, D(p), border=True, fmt='#,##0.00')
        sh.set(r, 7, ('=E%d*F%d' % (r, r), D(p) * q), border=True, fmt='#,##0.00')
    r = 9 + len(rows)
    sh.row(r, 6, ['TOTAL EUR'], bold=True)
    sh.set(r, 7, ('=SUM(G9:G%d)' % (r - 1), D(total)), bold=True, fmt='#,##0.00')
    sh.row(r + 2, 1, ['Prix des sachets au mille (1 000 pièces).'])
    sh.row(r + 3, 1, ['Livraison : SIC - Usine de transformation, Route de Bouaké km 6, Yamoussoukro, Côte d\'Ivoire'])
    sh.row(r + 4, 1, ['Réceptionnaire : M. Koffi N\'Guessan  +225 07 08 41 22 63'])
    data = corpus_docs.xlsx_bytes([sh], creator='Sage 100', app_title='Microsoft Excel')
    body = ('Bonjour,\n\nCi-joint notre bon de commande BC-SIC-27-0613.\n\nBien cordialement,\nAya Kouassi\nAchats, Société '
            'Ivoirienne de Cajou\n+225 07 59 12 03 48\n')
    eml = with_attachments(H('Aya Kouassi', 'achats@sic-cajou.ci', 'utf-8', 'Bon de commande BC-SIC-27-0613',
                             dh(2027, 6, 13, 10, 20, 0, 0), 'PR1P264MB2218F3A4B5C6D7E8@PR1P264MB2218.FRAP264.PROD.OUTLOOK.COM',
                             'X-MS-Has-Attach: yes'), body, 'utf-8', 'quoted-printable',
                           [attachment(XLSX, data, 'BC-SIC-27-0613.xlsx')], '_004_PR1P264MB2218F3A4B5C6D7E8PR1P264MB2218FRAP_')
    return eml, T('xlsx', 'utf-8',
                  'A Yamoussoukro cashew processor\'s bon de commande (.xlsx from Sage 100, French): the date as a '
                  'real date cell (dd/mm/yyyy), Devise EUR in a label cell, Désignation and Caractéristiques apart '
                  '(keyed joined), pouches in the unit "mille" (60 mille at 210.00: keyed as written), a '
                  'TOTAL EUR row with its label in the price column. Adds up.',
                  [order('BC-SIC-27-0613', 'SOCIÉTÉ IVOIRIENNE DE CAJOU (SIC) SA',
                         ('M. Koffi N\'Guessan', '+225 07 08 41 22 63',
                          'SIC - Usine de transformation, Route de Bouaké km 6, Yamoussoukro, Côte d\'Ivoire'),
                         '2027-06-13', 'EUR', total, lines)])


@mail
def h471_xlsx_google_sheets_ec_shrimp_instructions_sheet_iva():
    rows = [('Caja master', '2 kg x 10, parafinada', 'unidad', 8000, '1.85'),
            ('Bolsa interior', '2 kg, PE, impresa', 'unidad', 80000, '0.06'),
            ('Etiqueta', '10x15 cm, térmica', 'rollo', 80, '12.50')]
    lines = joined(rows)
    total = m2(subtotal(lines))
    check(lines, total)
    ins = Sheet('Instrucciones')
    ins.row(1, 1, ['Instrucciones de empaque'])
    ins.row(2, 1, ['1. Logo en 2 caras de la caja master'])
    ins.row(3, 1, ['2. Etiquetas: rollos de 1.000 unidades'])
    ins.row(4, 1, ['3. Muestra antes de producción: 10 cajas (sin costo)'])
    sh, nxt = sheet_order('Pedido', [(1, ['Camaronera Golfo Azul S.A.']), (2, ['Pedido N°', 'GA-2027-061']),
                                     (3, ['Fecha', '14-06-2027']), (4, ['Moneda', 'USD'])],
                          ['Producto', 'Especificación', 'Unidad', 'Cantidad', 'Precio', 'Total'],
                          [[n, g, u, q, D(p), D(p) * q] for n, g, u, q, p in rows], {4: '0.00', 5: '#,##0.00'},
                          [(0, ['', '', '', '', 'Subtotal', D(total)]), (1, ['', '', '', '', 'IVA 0%', D('0')]),
                           (2, ['', '', '', '', 'Total', D(total)]),
                           (4, ['Entrega', 'Camaronera Golfo Azul, Planta, Km 7,5 Vía a Daule, Guayaquil, Ecuador']),
                           (5, ['Contacto', 'Ing. Andrés Vera', '+593 4 211 5580'])])
    data = corpus_docs.xlsx_bytes([ins, sh], creator='Google Sheets', app_title=None)
    body = ('Hola,\n\nAdjunto pedido GA-2027-061 (descargado de Google Sheets). La primera hoja tiene las instrucciones de '
            'empaque, el pedido está en la hoja "Pedido".\n\nSaludos,\nMaría José Cedeño\nCamaronera Golfo Azul S.A.\n'
            '+593 99 821 4406\n')
    eml = with_attachments(H('María José Cedeño', 'compras@golfoazul.ec', 'utf-8', 'Pedido GA-2027-061',
                             dh(2027, 6, 14, 9, 0, 15, -300), 'CAEc1Sh3Ri5Mp7Go9Lf1Az3Ul5Pd7Ro9@mail.gmail.com',
                             'X-Mailer: Gmail'), body, 'utf-8', 'quoted-printable',
                           [attachment(XLSX, data, 'Pedido GA-2027-061.xlsx')], '000000000000c2d3e4f5a6b7c8d9e0')
    return eml, T('xlsx', 'utf-8',
                  'A Guayaquil shrimp farm\'s Google Sheets download: the first sheet holds packing instructions (a '
                  'free sample of 10 boxes, not a line), the order on the second sheet "Pedido" with label cells, '
                  '14-06-2027, Producto and Especificación apart (keyed joined), labels ordered in rolls (keyed as '
                  'written), Subtotal, IVA 0 % and Total. Adds up.',
                  [order('GA-2027-061', 'Camaronera Golfo Azul S.A.',
                         ('Ing. Andrés Vera', '+593 4 211 5580', 'Camaronera Golfo Azul, Planta, Km 7,5 Vía a Daule, Guayaquil, Ecuador'),
                         '2027-06-14', 'USD', total, lines)])


@mail
def h472_xlsx_onlyoffice_ge_wine_merged_header_deposit_row():
    rows = [('Wine gift box', '1 bottle, rigid, magnetic, gold foil', 'pcs', 6000, '1.95'),
            ('Wine gift box', '2 bottles, rigid, magnetic, gold foil', 'pcs', 3000, '2.85'),
            ('Wooden case', '3 bottles, pine, sliding lid', 'pcs', 1000, '6.40'),
            ('Tissue paper', '17 gsm, 50x70 cm, logo', 'ream', 30, '21.00')]
    lines = joined(rows)
    total = m2(subtotal(lines))
    check(lines, total)
    dep = (D(total) * D('0.3')).quantize(D('0.01'))
    sh = Sheet('PO')
    sh.set(1, 1, 'KAKHETI VALLEY WINERY LLC', bold=True, size=14)
    sh.merge(1, 1, 1, 7)
    sh.set(2, 1, 'Telavi, Kakheti region, Georgia  |  +995 350 27 11 80')
    sh.merge(2, 1, 2, 7)
    sh.row(4, 1, ['PURCHASE ORDER', '', '', '', 'PO No.', 'KVW-27/019'], bold=True)
    sh.row(5, 5, ['Date', '15.06.2027'])
    sh.row(7, 1, ['No.', 'Product', '', 'Qty', 'Unit', 'Price, USD', 'Amount, USD'], bold=True, border=True, center=True)
    sh.row(8, 2, ['Name', 'Specification'], bold=True, border=True, center=True)
    for c in (1, 4, 5, 6, 7):
        sh.merge(7, c, 8, c)
    sh.merge(7, 2, 7, 3)
    for i, (n, g, u, q, p) in enumerate(rows):
        r = 9 + i
        sh.row(r, 1, [i + 1, n, g, q, u], border=True)
        sh.set(r, 6, D(p), border=True, fmt='0.00')
        sh.set(r, 7, ('=D%d*F%d' % (r, r), D(p) * q), border=True, fmt='#,##0.00')
    r = 9 + len(rows)
    sh.row(r, 1, ['TOTAL', '', '', '', '', ''], bold=True, border=True)
    sh.set(r, 7, ('=SUM(G9:G%d)' % (r - 1), D(total)), bold=True, border=True, fmt='#,##0.00')
    sh.row(r + 1, 1, ['Advance 30% (paid)', '', '', '', '', ''])
    sh.set(r + 1, 7, ('=ROUND(G%d*0.3,2)' % r, dep), fmt='#,##0.00')
    sh.row(r + 2, 1, ['Balance before loading', '', '', '', '', ''])
    sh.set(r + 2, 7, ('=G%d-G%d' % (r, r + 1), D(total) - dep), fmt='#,##0.00')
    sh.row(r + 4, 1, ['Consignee: Kakheti Valley Winery LLC, Bottling Hall, 12 Chavchavadze St., Tsinandali 2204, Georgia'])
    sh.row(r + 5, 1, ['Contact: Giorgi Beridze  +995 599 41 22 08 / +995 350 27 11 85'])
    data = corpus_docs.xlsx_bytes([sh], creator='ONLYOFFICE', app_title=None)
    body = ('Hello Hengda team,\n\nPlease find our PO KVW-27/019 attached. The 30% advance was transferred today.\n\n'
            'Regards,\nNino Kapanadze\nKakheti Valley Winery LLC\n')
    eml = with_attachments(H('Nino Kapanadze', 'nino@kakhetivalley.ge', 'utf-8', 'PO KVW-27/019 gift boxes',
                             dh(2027, 6, 15, 12, 12, 12, 240), '1781511132.8812.nino@kakhetivalley.ge',
                             'User-Agent: Roundcube Webmail/1.6.5'), body, 'utf-8', '7bit',
                           [attachment(XLSX, data, 'PO_KVW-27-019.xlsx')], '=_a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6')
    return eml, T('xlsx', 'utf-8',
                  'A Kakheti winery\'s ONLYOFFICE .xlsx sent from Roundcube: a two-row merged header (Product over '
                  'Name / Specification, the other columns spanning both rows), Name and Specification keyed joined '
                  '(the same box twice told apart by spec), tissue paper in reams, formulas with cached values, TOTAL, '
                  'then an advance 30 % (paid) and a balance row (neither is the total); two phones for the contact '
                  '(keyed the first). Adds up.',
                  [order('KVW-27/019', 'Kakheti Valley Winery LLC',
                         ('Giorgi Beridze', '+995 599 41 22 08',
                          'Kakheti Valley Winery LLC, Bottling Hall, 12 Chavchavadze St., Tsinandali 2204, Georgia'),
                         '2027-06-15', 'USD', total, lines)])


@mail
def h473_xlsx_kingdee_kis_luochuan_apple_total_off_hold():
    rows = [('1.01.003', '苹果纸箱', '5kg 五层 彩印', '个', 20000, '3.40'),
            ('1.01.004', '苹果纸箱', '10kg 五层 彩印', '个', 12000, '4.90'),
            ('1.02.011', '珍珠棉网套', '80# 白', '个', 300000, '0.045'),
            ('1.03.002', '打包带', 'PP 12mm', '卷', 200, '42.00')]
    lines = spec(rows)
    real = subtotal(lines)
    written = real + D('1000')
    total = m2(written)
    sh, nxt = sheet_order('采购订单', [(1, ['陕西洛川果业发展有限公司 采购订单']),
                                      (2, ['单据号：', 'POORD000731', '', '日期：', '2027-06-16']),
                                      (3, ['供应商：', '杭州恒达包装材料有限公司', '', '币别：', '人民币'])],
                          ['物料代码', '物料名称', '规格型号', '单位', '数量', '单价', '金额'],
                          [[s, n, g, u, q, D(p), D(p) * q] for s, n, g, u, q, p in rows], {5: '0.000', 6: '#,##0.00'},
                          [(0, ['合计', '', '', '', '', '', written]),
                           (2, ['交货地点：', '陕西省延安市洛川县 凤栖镇 果业园区 2 号冷库']),
                           (3, ['收货人：', '屈建军', '', '电话：', '0911-3621507']),
                           (5, ['制单：', '李芳', '', '审核：', '屈志华'])])
    data = corpus_docs.xlsx_bytes([sh], creator='Kingdee KIS', app_title='Microsoft Excel')
    body = '恒达包装：\n附件是金蝶KIS导出的采购订单，合计是手改过的，麻烦核一下。\n\n洛川果业 李芳 0911-3621500\n'
    eml = with_attachments(H('李芳', 'lifang@lcguoye.com', 'gbk', '采购订单POORD000731',
                             dh(2027, 6, 16, 11, 30, 5), '000d01dbc5a1$2b3c4d5e$6f7a8b9c$@lcguoye.com',
                             'X-Mailer: Microsoft Outlook 16.0'), body, 'gbk', 'base64',
                           [attachment(XLSX, data, '采购订单POORD000731.xlsx', name_style='gbk')],
                           '----=_NextPart_000_000E_01DBC5A1.2B3C4D5E')
    return eml, T('xlsx', 'gbk',
                  'A Luochuan apple company\'s 金蝶KIS purchase order (.xlsx, Outlook GBK): label cells ending in "：", '
                  '币别 人民币, 物料名称 and 规格型号 apart (keyed joined; the same carton twice told apart by spec), a '
                  'price shown with 3 decimals (0.045), and a 合计 that is 1,000.00 more than the lines (typed over, '
                  'as the mail admits). The clerk keys what is written and HOLDS the order.',
                  [order('POORD000731', '陕西洛川果业发展有限公司',
                         ('屈建军', '0911-3621507', '陕西省延安市洛川县 凤栖镇 果业园区 2 号冷库'),
                         '2027-06-16', 'CNY', total, lines)])


# ============================================================ xls attachments
@mail
def h474_xls_excel97_dingxi_potato_noodle_jian_daxie_two_phones():
    rows = [('粉条包装袋', '500g 镀铝 印刷', '个', 80000, '0.29'),
            ('粉条礼盒', '2.5kg 手提 天地盖', '件', 3000, '8.50'),
            ('编织袋', '25kg 白色 覆膜', '条', 6000, '1.10'),
            ('外箱', '20袋装 五层', '件', 4000, '3.90')]
    lines = joined(rows)
    total = m2(subtotal(lines))
    check(lines, total)
    sh, nxt = sheet_order('Sheet1', [(1, ['甘肃定西薯都粉业有限公司']), (2, ['采 购 订 单']),
                                     (3, ['订单号：DXSD-270617', '', '', '', '订货日期：2027.06.17']),
                                     (4, ['供方：杭州恒达包装材料有限公司'])],
                          ['序号', '品名', '规格', '单位', '数量', '单价(元)', '金额(元)'],
                          [[i + 1, n, g, u, q, D(p), D(p) * q] for i, (n, g, u, q, p) in enumerate(rows)],
                          {5: '0.00', 6: '#,##0.00'},
                          [(0, ['', '合计', '', '', '', '', D(total)]), (1, ['', '大写金额', daxie(total)]),
                           (3, ['交货地址：甘肃省定西市安定区 马铃薯产业园 薯都大道 1 号 成品二库']),
                           (4, ['收货人：王永福  13919322718（手机）  0932-8218812（库房）']),
                           (6, ['制表：牛晓燕', '', '', '负责人：张国强'])])
    data = corpus_docs.xls_bytes([sh])
    body = '恒达包装 你好：\n采购订单在附件（Excel 97-2003），请尽快安排，八月前要用。\n\n定西薯都粉业 牛晓燕\n0932-8218800\n'
    eml = with_attachments(H('牛晓燕', 'nxy@shudu-fenye.com', 'gb18030', '采购订单 DXSD-270617',
                             dh(2027, 6, 17, 15, 42, 8), '002a01dbc6b2$3c4d5e6f$7a8b9c0d$@shudu-fenye.com',
                             'X-Mailer: Microsoft Outlook 14.0'), body, 'gb18030', 'base64',
                           [attachment(XLS, data, '采购订单DXSD-270617.xls', name_style='gbk')],
                           '----=_NextPart_000_002B_01DBC6B2.3C4D5E6F')
    return eml, T('xls', 'gb18030',
                  'A Dingxi potato-noodle maker\'s form saved as Excel 97-2003 (.xls, Outlook 2010, GB18030 body): '
                  'labels and values in one cell ("订单号：DXSD-270617", "订货日期：2027.06.17"), 品名 and 规格 apart '
                  '(keyed joined), units 个/件/条, a 合计 row with its label in the second column, 大写金额; the '
                  'receiver with a mobile and a store-room phone in one cell (keyed the first); a need-by remark in '
                  'the mail that is no date of the order. Adds up.',
                  [order('DXSD-270617', '甘肃定西薯都粉业有限公司',
                         ('王永福', '13919322718', '甘肃省定西市安定区 马铃薯产业园 薯都大道 1 号 成品二库'),
                         '2027-06-17', 'CNY', total, lines)])


@mail
def h475_xls_dynamics_gp_jo_zaatar_usd_line_discount():
    rows = [('ZT-JAR250', "Za'atar jar 250 g", 'PET, black cap', 'EA', 24000, '0.31', 0),
            ('ZT-POUCH1K', "Za'atar pouch 1 kg", 'kraft/PE, zip', 'EA', 10000, '0.27', 10),
            ('ZT-CTN24', 'Shipping carton', '24 jars, 5-ply', 'EA', 1000, '1.25', 0)]
    lines = [L(s, '%s %s' % (n, g), q, p, D(p) * q * (100 - d) / 100) for s, n, g, u, q, p, d in rows]
    total = m2(subtotal(lines))
    check(lines, total)
    sh, nxt = sheet_order('PO', [(1, ['Al-Balqa Spice Mills Co.']), (2, ['Purchase Order']),
                                 (3, ['PO Number', 'PO-0004471', '', 'PO Date', '6/18/2027']),
                                 (4, ['Vendor ID', 'HENGDA001', '', 'Currency ID', 'Z-US$'])],
                          ['Item Number', 'Description', 'Specification', 'U of M', 'Quantity Ordered', 'Unit Cost',
                           'Discount %', 'Extended Cost'],
                          [[s, n, g, u, q, D(p), d, D(p) * q * (100 - d) / 100] for s, n, g, u, q, p, d in rows],
                          {5: '0.00', 7: '#,##0.00'},
                          [(0, ['', '', '', '', '', '', 'Subtotal', D(total)]), (1, ['', '', '', '', '', '', 'Freight', D('0')]),
                           (2, ['', '', '', '', '', '', 'Total', D(total)]),
                           (4, ['Ship To', 'Al-Balqa Spice Mills, Sahab Industrial City, Street 15, Amman 11512, Jordan']),
                           (5, ['Contact', 'Mr. Omar Haddad', '+962 6 402 2210', '+962 79 551 8834'])])
    data = corpus_docs.xls_bytes([sh])
    body = ('Dear Sirs,\n\nAttached please find our PO-0004471 from Dynamics GP. Pouches with 10% discount as per your '
            'offer.\n\nBest regards,\nRana Khoury\nPurchasing, Al-Balqa Spice Mills Co.\n')
    eml = with_attachments(H('Rana Khoury', 'purchasing@albalqaspice.jo', 'utf-8', 'PO-0004471',
                             dh(2027, 6, 18, 13, 5, 49, 180), '003c01dbc7c3$4d5e6f7a$8b9c0d1e$@albalqaspice.jo',
                             'X-Mailer: Microsoft Outlook 16.0'), body, 'utf-8', '7bit',
                           [attachment(XLS, data, 'PO-0004471.xls')], '----=_NextPart_000_003D_01DBC7C3.4D5E6F7A')
    return eml, T('xls', 'utf-8',
                  'An Amman spice mill\'s Dynamics GP purchase order as .xls: PO Date 6/18/2027 (US style), a Vendor '
                  'ID that is no order number, a Currency ID "Z-US$", Description and Specification apart (keyed '
                  'joined), a Discount % column (10 on the pouches: the Extended Cost is after it), Subtotal, a zero '
                  'Freight and Total; the contact\'s two phones in two cells (keyed the first). Adds up.',
                  [order('PO-0004471', 'Al-Balqa Spice Mills Co.',
                         ('Mr. Omar Haddad', '+962 6 402 2210', 'Al-Balqa Spice Mills, Sahab Industrial City, Street 15, Amman 11512, Jordan'),
                         '2027-06-18', 'USD', total, lines)])


@mail
def h476_xls_taichung_sun_cake_trad_ntd_tax_row_roc_date():
    rows = [('TY-06', '太陽餅禮盒', '6入 紙盒 燙金', '盒', 8000, '9.50'),
            ('TY-12', '太陽餅禮盒', '12入 鐵盒', '盒', 3000, '22.00'),
            ('TY-BAG', '單入包裝袋', '夾鏈 透明', '個', 120000, '0.15')]
    lines = spec(rows)
    sub = subtotal(lines)
    tax = (sub * D('0.05')).quantize(D('0.01'))
    total = m2(sub + tax)
    check(lines, total, tax)
    sh, nxt = sheet_order('採購單', [(1, ['陽光太陽餅食品有限公司 採購單']), (2, ['採購單號', 'YG-116-0619', '', '日期', '116/06/19']),
                                    (3, ['廠商', '杭州恆達包裝材料有限公司', '', '幣別', '新台幣'])],
                          ['品號', '品名', '規格', '單位', '數量', '單價', '金額'],
                          [[s, n, g, u, q, D(p), D(p) * q] for s, n, g, u, q, p in rows], {5: '0.00', 6: '#,##0'},
                          [(0, ['', '', '', '', '', '未稅合計', sub]), (1, ['', '', '', '', '', '營業稅5%', tax]),
                           (2, ['', '', '', '', '', '總計', D(total)]),
                           (4, ['送貨地址', '台中市西屯區 工業區一路 68 號 陽光太陽餅 中央工廠']),
                           (5, ['聯絡人', '林佩君', '04-23592281', '0912-336508'])])
    data = corpus_docs.xls_bytes([sh])
    body = '恆達您好：\n附件是採購單（Excel 97-2003），請查收。\n\n陽光太陽餅 採購 吳建宏 04-23592200\n'
    eml = with_attachments(H('吳建宏', 'purchase@sunnycake.com.tw', 'big5', '採購單 YG-116-0619',
                             dh(2027, 6, 19, 9, 28, 31), '004d01dbc8d4$5e6f7a8b$9c0d1e2f$@sunnycake.com.tw',
                             'X-Mailer: Microsoft Outlook 16.0'), body, 'big5', 'base64',
                           [attachment(XLS, data, '採購單YG-116-0619.xls', name_style='big5')],
                           '----=_NextPart_000_004E_01DBC8D4.5E6F7A8B')
    return eml, T('xls', 'big5',
                  'A Taichung sun-cake bakery\'s .xls in Traditional Chinese (Outlook Big5 body): a ROC date 116/06/19 '
                  '(2027-06-19) in a cell, 幣別 新台幣, 品名 and 規格 apart (keyed joined; the same gift box twice by '
                  'size), amounts shown without decimals, 未稅合計, 營業稅5% and 總計 (keyed); the contact\'s two phones '
                  'in two cells (keyed the first). Adds up with the tax.',
                  [order('YG-116-0619', '陽光太陽餅食品有限公司',
                         ('林佩君', '04-23592281', '台中市西屯區 工業區一路 68 號 陽光太陽餅 中央工廠'),
                         '2027-06-19', 'TWD', total, lines)])


# ============================================================ PDF attachments
@mail
def h477_pdf_tencent_docs_chaoshan_beef_ball_per_thousand_daxie():
    rows = [('牛筋丸袋', '250g 真空 印刷', '个', 100000, '160.00'),
            ('火锅丸礼盒', '1.5kg 泡沫内托', '个', 5000, '6.80'),
            ('冰袋', '200ml', '个', 50000, '90.00')]
    lines = []
    for n, g, u, q, p in rows:
        if n in ('牛筋丸袋', '冰袋'):
            lines.append(L(None, '%s %s' % (n, g), q, per(p, 1000), D(p) * q / 1000))
        else:
            lines.append(L(None, '%s %s' % (n, g), q, p))
    total = m2(subtotal(lines))
    check(lines, total)
    table = [['序号', '品名', '规格', '数量', '单价', '金额（元）']]
    for i, (n, g, u, q, p) in enumerate(rows):
        k = n in ('牛筋丸袋', '冰袋')
        table.append([str(i + 1), n, g, '{:,}%s'.format(q) % u, ('%s元/千个' % p) if k else ('%s元/%s' % (p, u)),
                      amt(D(p) * q / (1000 if k else 1))])
    head = [('c', '汕头市金平区 老潮兴牛肉丸店', 15), ('c', '订 货 单', 13),
            (45, '订货单号：LCX-0620    日期：2027年6月20日', 10), (45, '供货单位：杭州恒达包装材料有限公司', 10)]
    tail = [(45, '合计金额：%s 元' % amt(D(total)), 10), (45, '大写：%s' % daxie(total), 10),
            (45, '送货地址：广东省汕头市金平区 汕樟路 乌桥 老潮兴 加工场', 10),
            (45, '收货人：蔡伟鸿 13502726631   店面电话 0754-88426613', 10)]
    data = grid_pdf(head, table, [35, 90, 120, 80, 90, 90], tail, '订货单 LCX-0620', '腾讯文档', 'hei',
                    align=['c', 'l', 'l', 'r', 'r', 'r'])
    body = '恒达包装：\n订货单用腾讯文档做的，导出PDF发你，请按单发货。\n\n老潮兴 蔡伟鸿\n'
    eml = pdf_mail(H('蔡伟鸿', '13502726631@qq.com', 'utf-8', '订货单LCX-0620', dh(2027, 6, 20, 21, 3, 44),
                     'tencent_8C9D0E1F2A3B4C5D6E7F8A9B@qq.com', 'X-QQ-Mailer: QQMail 2.x'),
                   body, 'utf-8', 'base64', data, '订货单LCX-0620.pdf', '----=_NextPart_6A7B8C9D_0E1F2A3B_4C5D6E7F',
                   name_style='rfc2231')
    return eml, T('pdf', 'utf-8',
                  'A Shantou beef-ball shop\'s 订货单 typed in Tencent Docs (腾讯文档) and exported as PDF (QQ Mail): a '
                  'ruled table with 品名 and 规格 apart (keyed joined), two lines priced per thousand ("160.00元/千个", '
                  'keyed per piece 0.16 and 0.09), quantities with their unit in the cell, 合计金额 and 大写 below; '
                  'the receiver with a mobile and a shop phone (keyed the first). Adds up.',
                  [order('LCX-0620', '汕头市金平区 老潮兴牛肉丸店',
                         ('蔡伟鸿', '13502726631', '广东省汕头市金平区 汕樟路 乌桥 老潮兴 加工场'),
                         '2027-06-20', 'CNY', total, lines)])


@mail
def h478_pdf_libreoffice_lt_bakery_nuolaida_transportas_eur():
    rows = [('DP-01', 'Duonos maišelis', 'popierius, 2 sl., 25x45 cm', 'vnt.', 60000, '0.048'),
            ('DP-02', 'Tortų dėžutė', '26x26x12 cm, langelis', 'vnt.', 8000, '0.62'),
            ('DP-03', 'Lipni juosta', '48 mm x 66 m, logotipas', 'rit.', 400, '1.35')]
    lines = spec(rows)
    sub = subtotal(lines)
    disc = -(sub * D('0.02')).quantize(D('0.01'))
    fr = D('390.00')
    total = m2(sub + disc + fr)
    check(lines, total, disc + fr)
    table = [['Kodas', 'Pavadinimas', 'Specifikacija', 'Kiekis', 'Mat. vnt.', 'Kaina EUR', 'Suma EUR']]
    table += [[s, n, g, '{:,}'.format(q).replace(',', ' '), u, p.replace('.', ','), eu(D(p) * q).replace('.', ' ')]
              for s, n, g, u, q, p in rows]
    head = [(45, 'UAB "Vilniaus Kepėjai"', 14), (45, 'Savanorių pr. 178, LT-03154 Vilnius, Lietuva', 8),
            (45, 'PIRKIMO UŽSAKYMAS Nr. VK-2027-0621', 12), (45, 'Data: 2027-06-21', 9)]
    tail = [(45, 'Tarpinė suma: %s EUR' % eu(sub).replace('.', ' '), 9),
            (45, 'Nuolaida 2 %%: -%s EUR' % eu(-disc).replace('.', ' '), 9),
            (45, 'Transportas: %s EUR' % eu(fr).replace('.', ' '), 9),
            (45, 'Iš viso: %s EUR' % eu(total).replace('.', ' '), 10),
            (45, 'Pristatymo adresas: UAB "Vilniaus Kepėjai", sandėlis, Pramonės g. 9, LT-11115 Vilnius', 9),
            (45, 'Gavėjas: Tomas Kazlauskas, tel. +370 612 44 018', 9)]
    data = grid_pdf(head, table, [40, 95, 125, 55, 45, 60, 70], tail, 'VK-2027-0621', 'LibreOffice Writer', 'hei',
                    align=['l', 'l', 'l', 'r', 'l', 'r', 'r'], size=8)
    body = ('Laba diena,\n\nsiunčiame pirkimo užsakymą VK-2027-0621 (PDF).\n\nPagarbiai\nRūta Petrauskienė\nUAB "Vilniaus '
            'Kepėjai", pirkimai\n+370 5 231 1100\n')
    eml = pdf_mail(H('Rūta Petrauskienė', 'pirkimai@vilniauskepejai.lt', 'utf-8', 'Pirkimo užsakymas VK-2027-0621',
                     dh(2027, 6, 21, 10, 10, 10, 180), 'b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e@vilniauskepejai.lt',
                     'User-Agent: Mozilla Thunderbird'), body, 'utf-8', 'quoted-printable', data,
                   'VK-2027-0621.pdf', '------------Lt0621Vk2027Kp8Ej4Ai2')
    return eml, T('pdf', 'utf-8',
                  'A Vilnius bakery\'s pirkimo užsakymas written in LibreOffice Writer as PDF, in Lithuanian: Nr. '
                  'VK-2027-0621, Data 2027-06-21, Pavadinimas and Specifikacija apart (keyed joined), space thousands '
                  'and decimal commas, a 3-decimal bag price, units vnt./rit., then Tarpinė suma, a 2 % Nuolaida, '
                  'Transportas and Iš viso (keyed). Adds up with the discount and freight.',
                  [order('VK-2027-0621', 'UAB "Vilniaus Kepėjai"',
                         ('Tomas Kazlauskas', '+370 612 44 018', 'UAB "Vilniaus Kepėjai", sandėlis, Pramonės g. 9, LT-11115 Vilnius'),
                         '2027-06-21', 'EUR', total, lines)])


@mail
def h479_pdf_wave_jm_blue_mountain_coffee_freight_words():
    rows = [('Coffee bag 8 oz', 'foil, one-way valve, tin tie', 'pcs', 30000, '0.19'),
            ('Coffee bag 1 lb', 'foil, valve, gusset', 'pcs', 15000, '0.27'),
            ('Wooden gift crate', '2 bags, branded lid', 'pcs', 1500, '4.20')]
    lines = joined(rows)
    sub = subtotal(lines)
    fr = D('1150.00')
    total = m2(sub + fr)
    check(lines, total, fr)
    table = [['Item', 'Description', 'Quantity', 'Price', 'Amount']]
    table += [[n, g, '{:,}'.format(q), '$%s' % p, '$%s' % usd(D(p) * q)] for n, g, u, q, p in rows]
    table.append(['Ocean freight to Kingston', '', '1', '$%s' % usd(fr), '$%s' % usd(fr)])
    head = [('r', 'PURCHASE ORDER', 16), (45, 'Mavis Bank Highland Coffee Ltd.', 11),
            (45, 'Mavis Bank, St. Andrew, Jamaica W.I.  |  (876) 977 8013', 8),
            ('r', 'P.O. Number: 1042', 9), ('r', 'Date: June 22, 2027', 9), ('r', 'Currency: USD - U.S. dollar', 9)]
    tail = [('r', 'Total (USD): $%s' % usd(total), 11),
            (45, 'Seventeen thousand two hundred U.S. dollars', 8),
            (45, 'Ship to: Mavis Bank Highland Coffee, Roastery, 9 Marcus Garvey Drive, Kingston 11, Jamaica', 9),
            (45, 'Contact: Mr. Delroy Campbell (876) 923 5510 / (876) 881 2274', 9)]
    data = grid_pdf(head, table, [130, 170, 55, 70, 80], tail, 'Purchase Order 1042', 'Wave', 'hei',
                    align=['l', 'l', 'r', 'r', 'r'])
    body = ('Hi there,\n\nPlease see attached purchase order 1042 from Mavis Bank Highland Coffee Ltd.\n\nThis purchase '
            'order was sent using Wave.\n')
    eml = pdf_mail(H('Mavis Bank Highland Coffee Ltd.', 'purchases@mavisbankcoffee.com', 'utf-8',
                     'Purchase Order #1042 from Mavis Bank Highland Coffee Ltd.', dh(2027, 6, 22, 8, 15, 0, -300),
                     '0100018f7c1a2b3c-4d5e6f7a-8b9c-0d1e-2f3a-4b5c6d7e8f9a-000000@email.amazonses.com',
                     'X-Mailer: Wave'), body, 'utf-8', '7bit', data, 'PO-1042.pdf', '----=_Part_1042_20270622')
    return eml, T('pdf', 'utf-8',
                  'A Jamaican coffee estate\'s purchase order from Wave (PDF, sent through Amazon SES): a right-aligned '
                  'header with P.O. Number 1042, "June 22, 2027" and "Currency: USD", Item and Description apart '
                  '(keyed joined), "$" prices, ocean freight as a table row (not a line), the total in figures and in '
                  'words; two phones for the contact (keyed the first). Adds up with the freight.',
                  [order('1042', 'Mavis Bank Highland Coffee Ltd.',
                         ('Mr. Delroy Campbell', '(876) 923 5510',
                          'Mavis Bank Highland Coffee, Roastery, 9 Marcus Garvey Drive, Kingston 11, Jamaica'),
                         '2027-06-22', 'USD', total, lines)])


@mail
def h480_pdf_haokuaiji_wuzhou_guiling_jelly_net_and_tax_columns():
    rows = [('GL-01', '龟苓膏杯', '250g PP 封口膜', '个', 100000, '0.40'),
            ('GL-02', '龟苓膏礼盒', '12杯装 手提', '个', 4000, '6.00'),
            ('GL-03', '勺子', 'PS 独立包装', '个', 100000, '0.05')]
    lines = spec(rows)
    total = m2(subtotal(lines))
    check(lines, total)
    table = [['存货编码', '存货名称', '规格型号', '单位', '数量', '无税单价', '含税单价', '税额', '价税合计']]
    for s, n, g, u, q, p in rows:
        gross = D(p) * q
        net = (D(p) / D('1.13')).quantize(D('0.0001'))
        table.append([s, n, g, u, '{:,}'.format(q), str(net), p, amt((gross / D('1.13') * D('0.13')).quantize(D('0.01'))),
                      amt(gross)])
    table.append(['合计', '', '', '', '', '', '', '', amt(D(total))])
    head = [('c', '梧州双钱龟苓膏食品有限公司', 14), ('c', '采购订单', 12),
            (45, '单据编号：CGDD-2027-06-0233    单据日期：2027-06-23    供应商：杭州恒达包装材料有限公司', 8)]
    tail = [(45, '交货地址：广西梧州市 长洲区 工业园 龟苓膏产业基地 原料库  收货人：黎志成 0774-5832266 / 13977461108', 8),
            (45, '制单人：覃晓兰      审核人：甘耀明', 8)]
    data = grid_pdf(head, table, [50, 65, 75, 30, 55, 55, 55, 55, 65], tail, '采购订单', '用友好会计', 'hei', size=7,
                    align=['l', 'l', 'l', 'c', 'r', 'r', 'r', 'r', 'r'])
    body = '恒达包装：\n用友好会计打印的采购订单，PDF附上。价格含13%税。\n\n梧州双钱 覃晓兰 0774-5832200\n'
    eml = pdf_mail(H('覃晓兰', 'qinxl@sq-guiling.com', 'gbk', '采购订单 CGDD-2027-06-0233', dh(2027, 6, 23, 14, 20, 0),
                     '202706231420004419021@sq-guiling.com', 'X-Mailer: Foxmail 7.2.25.375[cn]'),
                   body, 'gbk', 'base64', data, '采购订单CGDD-2027-06-0233.pdf', '----=_001_NextPart229184736_=----',
                   name_style='gbk')
    return eml, T('pdf', 'gbk',
                  'A Wuzhou guiling-jelly maker\'s 采购订单 printed from 用友好会计 as PDF (Foxmail GBK): nine narrow '
                  'columns 存货名称 / 规格型号 (keyed joined) / 无税单价 with 4 decimals / 含税单价 / 税额 / 价税合计; the '
                  'price keyed is 含税单价 (the line totals are 价税合计), a 合计 row; the header fields on one line '
                  'with our name as 供应商; the receiver\'s two phones on the address line (keyed the first). Adds up.',
                  [order('CGDD-2027-06-0233', '梧州双钱龟苓膏食品有限公司',
                         ('黎志成', '0774-5832266', '广西梧州市 长洲区 工业园 龟苓膏产业基地 原料库'),
                         '2027-06-23', 'CNY', total, lines)])


@mail
def h481_pdf_pages_mu_vanilla_deposit_per_100_mur_note():
    rows = [('VN-TUBE', 'Vanilla pod tube', 'glass, cork, 2 pods', 'pcs', 20000, '0.38'),
            ('VN-BOX', 'Gift box', '3 tubes, rigid, window', 'pcs', 5000, '1.70'),
            ('VN-LBL', 'Label', 'kraft, round 40 mm', 'per 100', 250, '2.40')]
    lines = []
    for s, n, g, u, q, p in rows:
        lines.append(L(s, '%s %s' % (n, g), q, p))
    total = m2(subtotal(lines))
    check(lines, total)
    dep = (D(total) * D('0.4')).quantize(D('0.01'))
    table = [['Ref', 'Product', 'Details', 'Qty', 'Unit', 'Unit price', 'Total']]
    table += [[s, n, g, '{:,}'.format(q), u, 'USD %s' % p, 'USD %s' % usd(D(p) * q)] for s, n, g, u, q, p in rows]
    head = [(45, 'Île Vanille Ltée', 15), (45, 'Royal Road, Curepipe, Mauritius  ·  +230 670 2215', 8),
            (45, 'Purchase order IV-27-33', 12), (45, '24 June 2027', 9)]
    tail = [(45, 'Order total: USD %s' % usd(total), 10),
            (45, 'Deposit 40%% paid on signature: USD %s (about MUR %s at today\'s rate, for information only)'
             % (usd(dep), '{:,}'.format(int(dep * 46))), 8),
            (45, 'Deliver to: Île Vanille Ltée, Warehouse, Riche Terre Industrial Park, Port Louis', 9),
            (45, 'Receiver: Mrs. Priya Ramgoolam  +230 5 725 3318', 9)]
    data = grid_pdf(head, table, [50, 90, 110, 50, 50, 75, 80], tail, 'IV-27-33', 'Pages', 'hei',
                    align=['l', 'l', 'l', 'r', 'l', 'r', 'r'])
    body = ('Good morning,\n\nHere is our PO IV-27-33 (PDF from Pages). Labels are counted in hundreds.\n\nKind regards,\n'
            'Anne-Laure Lagesse\nÎle Vanille Ltée\n\nSent from my iPad\n')
    eml = pdf_mail(H('Anne-Laure Lagesse', 'annelaure@ilevanille.mu', 'utf-8', 'PO IV-27-33',
                     dh(2027, 6, 24, 9, 50, 21, 240), '5E6F7A8B-9C0D-4E1F-A2B3-C4D5E6F7A8B9@ilevanille.mu',
                     'X-Mailer: iPad Mail (21F90)'), body, 'utf-8', 'quoted-printable', data, 'PO IV-27-33.pdf',
                   'Apple-Mail=_A1B2C3D4-E5F6-4A7B-8C9D-0E1F2A3B4C5D')
    return eml, T('pdf', 'utf-8',
                  'A Curepipe vanilla company\'s PO made in Pages (PDF, iPad Mail): Product and Details apart (keyed '
                  'joined), "USD" in every money cell, labels in the unit "per 100" (250 hundreds at 2.40: keyed '
                  'as written), Order total, then a 40 % deposit with an MUR equivalent "for '
                  'information only" (not the total, not the currency). Adds up.',
                  [order('IV-27-33', 'Île Vanille Ltée',
                         ('Mrs. Priya Ramgoolam', '+230 5 725 3318', 'Île Vanille Ltée, Warehouse, Riche Terre Industrial Park, Port Louis'),
                         '2027-06-24', 'USD', total, lines)])


# ============================================================ not orders
@mail
def h482_non_fj_eta_question_quoting_po_ngc_1127():
    body = """Hi Hengda team,

Any update on the ETD for the PO below? Our ginger season starts 20 July and we need the jars in Lautoka by
then. Please also send the B/L draft once booked.

Thanks,
Ravinesh

Get Outlook for iOS
________________________________
From: Ravinesh Prasad <ravinesh@nadiginger.com.fj>
Sent: Wednesday, June 2, 2027 9:12 AM
To: orders@hengda-pack.cn <orders@hengda-pack.cn>
Subject: PO # NGC-1127

Bula Hengda team,

Our PO is below. Please confirm ETD.

PO # NGC-1127   Date: 02/06/2027 (2 June)

Item    Description               Spec                      Qty     UOM  Unit USD  Line USD
GC-JAR  Crystallised ginger jar   250 g PET, tamper seal    15,000  pcs  0.34      5,100.00
GC-LBL  Wrap label                BOPP, 4 colours           15,000  pcs  0.045     675.00
GC-CTN  Carton                    24 jars, 5-ply            625     pcs  1.40      875.00
Freight CFR Lautoka                                                                640.00
Total USD                                                                          7,290.00

Vinaka,
Ravinesh Prasad
Operations Manager
Nadi Ginger Co. Pte Ltd
"""
    eml = single(H('Ravinesh Prasad', 'ravinesh@nadiginger.com.fj', 'utf-8', 'RE: PO # NGC-1127',
                   dh(2027, 6, 25, 10, 2, 11, 720), 'SY4P282MB1930C3D4E5F6A7B8@SY4P282MB1930.AUSP282.PROD.OUTLOOK.COM',
                   'X-MS-Has-Attach: no', extra=('In-Reply-To: <SY4P282MB1930B2C3D4E5F6A7@SY4P282MB1930.AUSP282.PROD.OUTLOOK.COM>',)),
                 body, 'utf-8', 'quoted-printable')
    return eml, T('none', 'utf-8',
                  'NOT an order: the Nadi ginger maker (h460) asks for the ship date of its PO NGC-1127, quoting the '
                  'whole PO below an Outlook underscore line (number, date, lines, freight, total). The order was '
                  'keyed from h460; this reply is a status question. Nothing is keyed.', [])


@mail
def h483_non_fair_organiser_booth_offer_html():
    tab = [['展位类型', '面积', '价格（元）', '备注']]
    tab += [['标准展位', '9㎡', '16,800.00', '含楣板、桌椅、射灯'], ['光地', '36㎡起', '1,600.00/㎡', '需自行搭建'],
            ['转角标准展位', '9㎡', '18,800.00', '两面开口']]
    html = ('<html><body><h2 style="color:#0a5">2027 中国（义乌）国际包装印刷博览会 · 招展通知</h2>'
            '<p>尊敬的杭州恒达包装材料有限公司：</p><p>第十二届包装印刷博览会将于 2027 年 10 月 15—17 日在义乌国际博览中心举行。'
            '现诚邀贵司参展，7 月 31 日前确认可享早鸟 9 折。</p>'
            '<table border="1" cellpadding="4" cellspacing="0">' + cells_html(tab, th_first=True) + '</table>'
            '<p>报名请回复本邮件或致电 0579-85416600 / 13757911842 周先生。<br>参展合同编号将在确认后发送。</p>'
            '<p>义乌博览会展览有限公司 招展部</p>'
            '<p style="font-size:11px;color:#999">退订请回复 TD</p></body></html>')
    eml = html_mail(H('包装印刷博览会组委会', 'expo@yiwu-packexpo.com', 'utf-8', '【招展】2027义乌国际包装印刷博览会 早鸟9折',
                      dh(2027, 6, 26, 10, 0, 0), '20270626100000.88121@yiwu-packexpo.com', 'X-Mailer: EDM Sender 3.2',
                      extra=('List-Unsubscribe: <mailto:unsub@yiwu-packexpo.com>',)),
                    strip(html), html, 'utf-8', '----=_EDM_20270626_88121')
    return eml, T('none', 'utf-8',
                  'NOT an order: a trade-fair organiser\'s HTML mailing inviting us to exhibit, with a table of booth '
                  'types, sizes and prices, an early-bird discount, phones and a contract number "to follow". Nothing '
                  'is keyed.', [])


@mail
def h484_non_bank_lc_advice_for_sjc_po():
    body = """ADVICE OF IRREVOCABLE DOCUMENTARY CREDIT

To: HANGZHOU HENGDA PACKAGING MATERIALS CO., LTD.
    88 JIANGDONG 3RD ROAD, XIAOSHAN, HANGZHOU, ZHEJIANG, CHINA

Our ref.: ADV-HZ-27-061188
Date of advice: 28 JUN 2027

We have received from SONALI BANK PLC, NARAYANGANJ BRANCH, BANGLADESH an authenticated SWIFT MT700
and advise the credit below without engagement on our part.

:20:  DOCUMENTARY CREDIT NUMBER  0061270611
:31C: DATE OF ISSUE              270627
:31D: EXPIRY                     270915 CHINA
:50:  APPLICANT                  SONALI JUTE CRAFTS LTD., PLOT 22, BSCIC I/E, NARAYANGANJ 1400
:32B: CURRENCY CODE, AMOUNT      USD14370,00
:45A: DESCRIPTION OF GOODS
      JUTE TOTE BAG 12,000 PCS @ USD 0.92
      JUTE WINE BAG 6,000 PCS @ USD 0.48
      SWING TAG 18,000 PCS @ USD 0.025
      AS PER PO NO. SJC/IMP/2027/061 DATED 27.05.2027, CFR CHATTOGRAM
:44C: LATEST DATE OF SHIPMENT    270831

Please present documents through us. Advising commission CNY 300.00 for beneficiary's account.

BANK OF CHINA, HANGZHOU BRANCH
Trade Services Department  Tel 0571-85011234
"""
    eml = single(H('BOC Hangzhou Trade Services', 'tradeservices.hz@bankofchina.com', 'utf-8',
                   'LC ADVICE ADV-HZ-27-061188 / LC 0061270611', dh(2027, 6, 28, 15, 30, 0),
                   '20270628153000.ADV061188@bankofchina.com', 'X-Mailer: TSU Notifier 2.1'), body, 'utf-8', '7bit')
    return eml, T('none', 'utf-8',
                  'NOT an order: our bank advises the letter of credit opened for the Narayanganj jute order (h453): an '
                  'MT700 digest with the LC number, applicant, amount, goods lines with quantities and prices and the PO '
                  'number. The order was keyed from h453; this goes to accounts. Nothing is keyed.', [])


@mail
def h485_non_hainan_chili_sauce_rfq_gbk_target_prices():
    body = """恒达包装 销售部：

你好！我们是海南文昌的黄灯笼辣椒酱厂，新品准备上市，想请贵司报价：

品名            规格                    预计数量      目标价
玻璃瓶          200g 六棱 配马口铁盖      50000 个      1.10 元
瓶贴            不干胶 覆膜 四色          50000 张      0.05 元
礼盒            4 瓶装 手提               5000 个       待报
外箱            12 瓶装 五层              4000 个       待报

请报含税含运到文昌的价格，并告知起订量、交期和打样费。样品确认后再下正式订单。

海南文昌椒王食品有限公司 采购 符海燕
0898-63332215  13807681124
"""
    eml = single(H('符海燕', 'fuhy@jiaowang-food.com', 'gbk', '询价：辣椒酱玻璃瓶/瓶贴/礼盒/外箱',
                   dh(2027, 6, 29, 9, 15, 27), '202706290915274410822@jiaowang-food.com', 'X-Mailer: Foxmail 7.2.25.375[cn]'),
                 body, 'gbk', 'base64')
    return eml, T('none', 'gbk',
                  'NOT an order: a Wenchang chili-sauce maker\'s 询价 (GBK): a space-aligned table of items, specs, '
                  'expected quantities and target prices (two 待报), asking for a quotation, MOQ and lead time; the '
                  'order follows sample approval. Goes to sales; nothing is keyed.', [])


@mail
def h486_non_own_packing_list_xlsx_for_zsyg_270611():
    sh, nxt = sheet_order('装箱单', [(1, ['杭州恒达包装材料有限公司 装箱单']), (2, ['装箱单号', 'ZX-20270630-017', '', '日期', '2027-06-30']),
                                    (3, ['客户', '舟山渔港海味食品有限公司', '', '客户订单号', 'ZSYG-270611'])],
                          ['箱号', '品名', '规格', '每箱数量', '箱数', '数量', '毛重(kg)'],
                          [['1-60', '鱼片袋', '80g 镀铝 八边封', 2000, 60, 120000, 540],
                           ['61-160', '鱿鱼丝罐', '200g PET 易撕盖', 200, 100, 20000, 1300],
                           ['161-310', '礼盒', '海味六宝 天地盖', 20, 150, 3000, 1650],
                           ['311-320', '纸箱', '20罐装 五层', 100, 10, 1000, 620]], None,
                          [(0, ['合计', '', '', '', 320, 144000, 4110]),
                           (2, ['发货方式', '德邦物流 整车', '', '司机', '何师傅 13906512277'])])
    data = corpus_docs.xlsx_bytes([sh], creator='Administrator', app_title='Microsoft Excel')
    body = '订单组：\n舟山渔港的货今天装车，装箱单附上，请跟客户确认收货。\n\n恒达 仓库 周建 0571-82876630\n'
    eml = with_attachments(H('周建', 'warehouse@hengda-pack.cn', 'utf-8', '装箱单 ZX-20270630-017（舟山渔港 ZSYG-270611）',
                             dh(2027, 6, 30, 16, 40, 2), '20270630164002.WH017@hengda-pack.cn',
                             'X-Mailer: Foxmail 7.2.25.375[cn]'), body, 'utf-8', 'base64',
                           [attachment(XLSX, data, '装箱单ZX-20270630-017.xlsx', name_style='rfc2231')],
                           '----=_001_NextPart330184726_=----')
    return eml, T('none', 'utf-8',
                  'NOT an order: our own warehouse sends the packing list (.xlsx) for the Zhoushan order (h468): the '
                  'customer and its order number, carton ranges, names and specs, pieces per carton, cartons, '
                  'quantities and gross weights, a 合计 row, no prices. Nothing is keyed.', [])


# ============================================================ main

if __name__ == '__main__':
    run(HERE, MAILS, sys.argv[1:])  # write the mails here
