#!/usr/bin/python3
"""Hand-written purchase-order mails h247–h286 (the eighth untuned set).

Written one by one as customers of 杭州恒达包装材料有限公司 send them,
without reading the extractor, while rules were tuned on fresh/ to
fresh5/; each function gives the mail and the truth a careful order
clerk would key in (notes say when the clerk holds it). MIME helpers are
imported from make_hand2.py to make_hand7.py; attachments use
../corpus_docs.py:

    /usr/bin/python3 tests/data/po-corpus/fresh6/make_hand8.py [hNNN ...]
"""
import datetime
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
UP = os.path.dirname(HERE)
for sub in ('fresh5', 'fresh4', 'fresh3', 'fresh2', 'fresh', 'hand', ''):
    sys.path.insert(0, os.path.join(UP, sub) if sub else UP)

import corpus_docs  # noqa: E402
import make_hand2  # noqa: E402
from corpus_docs import Sheet  # noqa: E402
from make_hand2 import (D, m2, ln, addr, text, attachment, message, truth)  # noqa: E402
from make_hand3 import single, with_attachments, cells_html, XLSX  # noqa: E402
from make_hand4 import hdr, alt, check, XLS, hide_columns  # noqa: E402
from make_hand5 import order, exact  # noqa: E402
from make_hand6 import amt, MSO  # noqa: E402
from make_hand7 import lines_of, subtotal  # noqa: E402

MAILS = []


def mail(fn):
    MAILS.append(fn)
    return fn


# ============================================================ plain text bodies
@mail
def h247_phone_bakery_emoji_cn_numerals():
    lines = [ln(None, '6寸透明蛋糕盒', 12, '68.00'), ln(None, '8寸透明蛋糕盒', 8, '82.00'),
             ln(None, '三角切块盒', 200, '0.55')]
    total = m2(subtotal(lines))
    check(lines, total)
    assert total == '1582.00'
    body = """李姐 早🌞
圣诞要备货了🎄
6寸透明蛋糕盒 十二箱 单价68
8寸的 八箱 82一箱
三角切块盒 两百个 5毛5一个
就这些 总共1582对吧
还是送到店里
杭州市西湖区文三路 259 号 麦田小屋烘焙
收货 小周 15869152207
谢谢亲❤️
麦田小屋 阿芳

发自我的iPhone
"""
    eml = single(hdr(addr('阿芳', 'maitian_afang@163.com'), '订货', 'Mon, 7 Dec 2026 07:12:40 +0800',
                     '4F1C2A7B-9D3E-4E61-8B0A-6C2D5E7F9A13@163.com', 'X-Mailer: iPhone Mail (22B91)'),
                 body, 'utf-8', 'base64')
    return eml, truth('hand-phone-bakery-emoji-cn-numerals', 'body', 'utf-8',
                      'A bakery orders from an iPhone: short lines, emoji, no table and no SKU, quantities in Chinese '
                      'numerals ("十二箱", "八箱", "两百个"), the second item only "8寸的" (the clerk keys it as the 8寸 size of the '
                      'first, "8寸透明蛋糕盒"), prices as "单价68", "82一箱" and "5毛5一个" (0.55 元), the '
                      'total asked as a question "总共1582对吧" (it is right). No order number, no date; 元 is implied '
                      'by 毛 but not written as a currency, so none is keyed. Adds up.',
                      [order(None, '麦田小屋',
                             ('小周', '15869152207', '杭州市西湖区文三路 259 号 麦田小屋烘焙'),
                             None, None, total, lines)])


@mail
def h248_wechat_paste_pharmacy_gb18030_qp():
    lines = [ln(None, '药袋 7*10', 5, '420.00'), ln(None, '药袋 10*15', 3, '560.00'),
             ln(None, '手提袋 25*35', 10, '135.00')]
    total = m2(subtotal(lines))
    check(lines, total)
    assert total == '5130.00'
    body = """恒达 孙经理：

下面是我们和业务小王在微信上确认的，王说让我发邮件给订单部走流程，直接贴过来了：

康宁大药房-采购 钱慧 2026/12/7 09:41
小王 药袋要补货了 7*10的5万 10*15的3万 还是印我们店名那个

恒达-王磊 2026/12/7 09:45
好的钱姐 7*10的420一万 10*15的560一万 跟上次一样

康宁大药房-采购 钱慧 2026/12/7 09:47
再加手提袋 25*35 十件

恒达-王磊 2026/12/7 09:48
手提袋135一件 一共5130 [OK]

康宁大药房-采购 钱慧 2026/12/7 09:50
[强] 单号你记 KN-1207

送货：江苏省苏州市姑苏区人民路 1102 号 康宁大药房 总仓
收货人 钱慧 0512-65230871 传真 0512-65230872

苏州康宁大药房连锁有限公司 采购部
"""
    eml = single(hdr(addr('钱慧', 'qianhui@kangning-yf.com', 'gb18030'), '转微信订单 药袋',
                     'Mon, 7 Dec 2026 10:03:18 +0800', '202612071003187714920@kangning-yf.com',
                     'X-Mailer: Foxmail 7.2.25.228[cn]', 'gb18030'), body, 'gb18030', 'quoted-printable')
    return eml, truth('hand-wechat-paste-pharmacy-gb18030-qp', 'body', 'gb18030',
                      'A pharmacy chain pastes its WeChat chat with our salesman (GB18030, quoted-printable): the '
                      'order is spread over chat turns with time stamps; quantities "5万" of a product priced "420一万" '
                      '(keyed 5 × 420.00 in 万个), "十件" in Chinese numerals, the total "一共5130" said by our salesman '
                      'and the number "KN-1207" in the last turn. No SKUs: titles are keyed as said in the chat ("药袋 '
                      '7*10", "手提袋 25*35"). The chat time stamps date the order 2026-12-07. A fax number beside the '
                      'phone. No currency written. Adds up.',
                      [order('KN-1207', '苏州康宁大药房连锁有限公司',
                             ('钱慧', '0512-65230871', '江苏省苏州市姑苏区人民路 1102 号 康宁大药房 总仓'),
                             '2026-12-07', None, total, lines)])


@mail
def h249_gb2312_construction_ascii_table_moling():
    rows = [('HD-CF-5060', '编织袋 50*80 加厚 白色', '条', 3000, '0.85'),
            ('HD-CR-5030', '缠绕膜 50cm*300m', '卷', 45, '36.50'),
            ('HD-FB-0001', '防尘网 8m*50m 绿色', '卷', 12, '168.00')]
    lines = lines_of(rows, qty=3, price=4)
    sub = subtotal(lines)
    total = '6200.00'
    assert sub == D('6208.50')
    sep = '+------------+------------------------+------+--------+--------+-----------+'
    tab = [sep, '| 编码       | 名称                   | 单位 | 数量   | 单价   | 金额      |', sep]
    for s, t, u, q, p in rows:
        tab.append('| %-10s | %s | %-2s | %6s | %6s | %9s |' % (s, t + ' ' * (22 - len(t.encode('gbk'))), u, q, p,
                                                              amt(D(p) * q)))
    tab += [sep, '| 小计                                                          | %9s |' % amt(sub),
            '| 抹零后合计                                                    | %9s |' % amt(D(total)), sep]
    body = """恒达包装公司：

我项目部现需采购以下材料，价格按电话谈的，8.50 元零头抹掉，合计 6200 元整。

采购单号：ZJ8-XM-1208
日期：2026.12.08

%s

送货地点：杭州市萧山区钱江世纪城 奔竞大道与民和路交叉口 中建八局 世纪中心项目部 3 号门
收料员：老陈 13805718826（送货前一小时电话联系，工地中午不收料）

中国建筑第八工程局有限公司 杭州世纪中心项目部 物资部
电话：0571-82710326  传真：0571-82710327
""" % '\n'.join(tab)
    eml = single(hdr(addr('物资部', 'wzb_sjzx@cscec8b.com', 'gb2312'), '采购单 ZJ8-XM-1208',
                     'Tue, 8 Dec 2026 08:20:05 +0800', '000101db4912$0a1b2c3d$4e5f6071$@cscec8b.com',
                     'X-Mailer: Microsoft Outlook Express 6.00.2900.5512', 'gb2312'), body, 'gb2312', 'base64')
    return eml, truth('hand-gb2312-construction-ascii-table-moling', 'body', 'gb2312',
                      'A construction site office (Outlook Express, GB2312): a table drawn with +----+ and | in GBK '
                      'display width, a 小计 row 6,208.50 and a 抹零后合计 row 6,200.00 (the 8.50 dropped, also said in '
                      'the text); the total keyed is the one agreed, 6200.00, lower than the lines. The 收料员 phone is '
                      'the ship-to phone; the office phone and fax are not. Total is as written, not the line sum.',
                      [order('ZJ8-XM-1208', '中国建筑第八工程局有限公司 杭州世纪中心项目部',
                             ('老陈', '13805718826',
                              '杭州市萧山区钱江世纪城 奔竞大道与民和路交叉口 中建八局 世纪中心项目部 3 号门'),
                             '2026-12-08', 'CNY', total, lines)])


@mail
def h250_big5_macau_hotel_mop_fax():
    rows = [('HD-HT-0301', '酒店房卡套 燙金 9x6cm', 5000, '1.20'),
            ('HD-HT-0302', '洗衣袋 無紡布 印LOGO', 3000, '2.60'),
            ('HD-HT-0303', '早餐外帶盒 牛皮紙 附蓋', 2000, '1.85')]
    lines = lines_of(rows)
    total = m2(subtotal(lines))
    check(lines, total)
    tab = '\n'.join('%s  %s  %s個  @MOP %s  =  MOP %s' % (s, t, '{:,}'.format(q), p, amt(D(p) * q)) for s, t, q, p in rows)
    body = """恆達包裝 Vivian 小姐：

本酒店訂購以下客房用品包裝，請於 12 月 20 日前送達。

訂單編號：GLH-PO-26-0917
日期：2026年12月8日

%s

總額：MOP %s（澳門元）

送貨地址：澳門氹仔路氹連貫公路 金蓮花酒店 B1 收貨區
收貨人：梁志強 電話 (853) 2882 6611 內線 3204

金蓮花酒店有限公司 採購部
何美玲
電話：(853) 2882 6600　傳真：(853) 2882 6690
""" % (tab, amt(D(total)))
    eml = single(hdr(addr('何美玲', 'purchasing@goldenlotus-macau.com', 'big5'), '訂單 GLH-PO-26-0917',
                     'Tue, 8 Dec 2026 11:45:29 +0800', '000a01db4931$5c6d7e8f$90a1b2c3$@goldenlotus-macau.com',
                     'X-Mailer: Microsoft Outlook 16.0', 'big5'), body, 'Big5-HKSCS', 'base64')
    return eml, truth('hand-big5-macau-hotel-mop-fax', 'body', 'big5-hkscs',
                      'A Macau hotel in Big5-HKSCS (the address has 氹, which plain Big5 lacks): "@MOP 1.20 = MOP 6,000.00" lines with 個 glued to the quantity, 總額 in '
                      'MOP with 澳門元 in brackets, a due date that is not the order date; the receiver has "(853)" and '
                      'an 內線 extension; the signature has the office phone and a 傳真. Adds up.',
                      [order('GLH-PO-26-0917', '金蓮花酒店有限公司',
                             ('梁志強', '(853) 2882 6611 內線 3204', '澳門氹仔路氹連貫公路 金蓮花酒店 B1 收貨區'),
                             '2026-12-08', 'MOP', total, lines)])


@mail
def h251_jp_clinic_po_in_subject_units_first():
    rows = [('HD-MD-1020', 'Medicine envelope 10x20cm, white, printed', 20000, '1.8'),
            ('HD-MD-1525', 'Medicine envelope 15x25cm, white, printed', 10000, '2.6'),
            ('HD-BG-3040', 'Paper bag 30x40cm with clinic logo', 3000, '24')]
    lines = lines_of(rows)
    total = m2(subtotal(lines))
    check(lines, total)
    items = '\n'.join('- %s (%s): pcs %s, JPY %s/pc' % (t, s, '{:,}'.format(q), p) for s, t, q, p in rows)
    body = """Dear Ms. Li,

Thank you for your quotation. We would like to order as below.

%s

Total amount: JPY %s (excl. consumption tax)

Delivery address:
Sakura Family Clinic, 2-14-8 Nishi-Shinjuku, Shinjuku-ku, Tokyo 160-0023, Japan
Attn: Ms. Yuko Tanaka, Tel +81-3-5321-7788

Best regards,
Kenji Morita
Office Manager
Sakura Family Clinic (Medical Corporation Sakurakai)
Tel: +81-3-5321-7780 / Fax: +81-3-5321-7781
""" % (items, '{:,}'.format(int(D(total))))
    eml = single(hdr('Kenji Morita <morita@sakura-fc.jp>', 'PO No. SFC-2612-04 / envelopes and bags',
                     'Tue, 8 Dec 2026 15:22:10 +0900', '20261208152210.A7C3.morita@sakura-fc.jp',
                     'X-Mailer: Becky! ver. 2.81.05 [ja]'), body, 'iso-2022-jp', '7bit')
    return eml, truth('hand-jp-clinic-po-in-subject-units-first', 'body', 'iso-2022-jp',
                      'A Tokyo clinic writes English (Becky!, ISO-2022-JP, ASCII only): the PO number only in the '
                      'Subject "PO No. SFC-2612-04", bullet items with the SKU in brackets after the title and the '
                      'unit before the number ("pcs 20,000"), prices "JPY 1.8/pc" with one decimal and integer yen, '
                      'the total "JPY 75,000 (excl. consumption tax)". No order date in the text. The office phone '
                      'and fax in the signature are not the receiver\'s. Adds up.',
                      [order('SFC-2612-04', 'Sakura Family Clinic (Medical Corporation Sakurakai)',
                             ('Ms. Yuko Tanaka', '+81-3-5321-7788',
                              'Sakura Family Clinic, 2-14-8 Nishi-Shinjuku, Shinjuku-ku, Tokyo 160-0023, Japan'),
                             None, 'JPY', total, lines)])


@mail
def h252_kr_car_repair_same_as_last_but_hold():
    lines = exact([ln(None, 'seat covers', 4000, '0.045'), ln(None, 'floor mat paper', 6000, '0.038')],
                  ['0.045', '0.038'])
    body = """Hello Vivian,

Please send same as our last order (PO HM-2611-07) but:
- seat covers: 4,000 pcs instead of 2,000 (USD 0.045)
- floor mat paper: 6,000 pcs (USD 0.038), same as before
- steering wheel covers: skip this time
- add 10 ctns of the tyre bags we talked about on the phone, price as you said

PO No.: HM-2612-03
Date: Dec 8, 2026

Ship to: Hanmaru Motors Service Center, 47 Gongdan-ro 140beon-gil, Gunpo-si, Gyeonggi-do 15845, Korea
Contact: Mr. Park Jae-won +82-31-459-2210

Thanks,
Lee Soo-jin
Hanmaru Motors Co., Ltd. | Purchasing
Fax +82-31-459-2219
"""
    eml = single(hdr('Lee Soo-jin <sjlee@hanmaru-motors.co.kr>', 'PO HM-2612-03 (same as last + changes)',
                     'Tue, 8 Dec 2026 17:05:44 +0900', '20261208170544.3F1A92@hanmaru-motors.co.kr',
                     'X-Mailer: Daum Mail'), body, 'utf-8', '8bit')
    return eml, truth('hand-kr-car-repair-same-as-last-but-hold', 'body', 'utf-8',
                      'A Korean car-service chain writes "same as our last order (PO HM-2611-07) but" with four '
                      'changes: two lines keyed as written (titles as the bullets name them, no SKUs, 3-decimal USD '
                      'prices, thousands commas), a skipped item, '
                      'and "10 ctns of the tyre bags … price as you said" with no SKU or price. The clerk keys the two '
                      'stated lines and HOLDS: the rest of the last order and the tyre bags need the old PO and the '
                      'phone call; no total is written.',
                      [order('HM-2612-03', 'Hanmaru Motors Co., Ltd.',
                             ('Mr. Park Jae-won', '+82-31-459-2210',
                              'Hanmaru Motors Service Center, 47 Gongdan-ro 140beon-gil, Gunpo-si, Gyeonggi-do 15845, '
                              'Korea'), '2026-12-08', 'USD', None, lines)])


@mail
def h253_shenzhen_factory_deposit_balance():
    rows = [('HD-EPE-0303', 'EPE珍珠棉内衬 定制 开槽', '个', 8000, '1.35'),
            ('HD-ZX-4030', '五层瓦楞纸箱 40*30*25 BC楞 印刷', '个', 8000, '4.20'),
            ('HD-KD-0048', '封箱胶带 48mm*100m 透明', '卷', 200, '6.50')]
    lines = lines_of(rows, qty=3, price=4)
    total = m2(subtotal(lines))
    check(lines, total)
    dep = m2(D(total) * D('0.3'))
    bal = m2(D(total) - D(dep))
    tab = '\n'.join('%d. %s %s，%s %s，单价 %s 元，金额 %s 元' % (i + 1, s, t, '{:,}'.format(q), u, p, amt(D(p) * q))
                    for i, (s, t, u, q, p) in enumerate(rows))
    body = """恒达 李经理：

蓝牙音箱新项目的包材，下单如下，样品已确认。

订单号：SZ-XL-PO-261209
下单日期：2026-12-09

%s

合计：¥%s
付款：预付 30%% 定金 ¥%s（今天安排），余款 ¥%s 货到验收后月结。

送货：广东省深圳市宝安区福永街道凤凰第四工业区 18 栋 3 楼 讯乐电子 仓库
收货人：黄仓管 0755-29973350 / 13713982046

深圳市讯乐电子科技有限公司
采购 钟思敏
""" % (tab, amt(D(total)), amt(D(dep)), amt(D(bal)))
    eml = single(hdr(addr('钟思敏', 'zhongsm@xunle-tech.com'), '新项目包材订单 SZ-XL-PO-261209 (30%定金)',
                     'Wed, 9 Dec 2026 14:18:32 +0800', 'tencent_3C1F8A7B2E4D6F0A1B3C5D7E9F2A4B6C8D09@xunle-tech.com',
                     'X-Mailer: Tencent Exmail'), body, 'utf-8', 'quoted-printable')
    return eml, truth('hand-shenzhen-factory-deposit-balance', 'body', 'utf-8',
                      'A Shenzhen electronics factory (Tencent Exmail, UTF-8 QP): numbered sentence-like lines "单价 '
                      '1.35 元，金额 10,800.00 元", 合计 ¥, then a 30% 定金 and the 余款; the total is the full order '
                      'amount, not the deposit or the balance. Two receiver phones (the first is keyed). Adds up.',
                      [order('SZ-XL-PO-261209', '深圳市讯乐电子科技有限公司',
                             ('黄仓管', '0755-29973350',
                              '广东省深圳市宝安区福永街道凤凰第四工业区 18 栋 3 楼 讯乐电子 仓库'),
                             '2026-12-09', 'CNY', total, lines)])


@mail
def h254_xinjiang_farm_partial_delivery():
    rows = [('HD-GX-1005', '红枣包装盒 1kg 手提 印刷', '个', 20000, '2.30'),
            ('HD-GX-2005', '红枣包装盒 2.5kg 礼盒 天地盖', '个', 6000, '5.80'),
            ('HD-DZ-0010', '真空袋 20*30 透明 压纹', '个', 50000, '0.12')]
    lines = lines_of(rows, qty=3, price=4)
    total = m2(subtotal(lines))
    check(lines, total)
    tab = '\n'.join('%s\t%s\t%s\t%s\t%s' % (s, t, q, p, m2(D(p) * q)) for s, t, u, q, p in rows)
    body = """恒达包装 李经理您好：

今年红枣收得晚，包装要分批发：第一批先发总量的一半，月底到阿克苏；剩下的一半等我们通知（大概元旦后）。
下面的数量是全部的量，发票按整单开。

订单号：AKS-HZ-2612
日期：2026年12月9日

编码\t品名\t数量\t单价(元)\t金额(元)
%s
合计\t\t\t\t%s

收货地址：新疆维吾尔自治区阿克苏地区温宿县佳木镇 红旗坡农场 枣业合作社 冷库
收货人：艾买提·吐尔逊 18999721036
（物流请发到阿克苏市，我们自己去提，提前打电话）

阿克苏红旗坡枣业专业合作社
买买提 0997-2213380
""" % (tab, m2(D(total)))
    eml = single(hdr(addr('买买提', 'hqp_zaoye@163.com', 'gbk'), '红枣包装订单 AKS-HZ-2612 分批发货',
                     'Wed, 9 Dec 2026 12:40:03 +0800', '6e2b9a1c.3d41.18f5b2c3d4e.Coremail.hqp_zaoye@163.com',
                     'X-Mailer: Coremail Webmail Server Version XT5.0.14', 'gbk'), body, 'gbk', 'base64')
    return eml, truth('hand-xinjiang-farm-partial-delivery', 'body', 'gbk',
                      'A Xinjiang date cooperative (163 Mail, GBK): a tab table with 单价(元)/金额(元) headers and a 合计 '
                      'row, and a partial-delivery instruction ("第一批先发总量的一半 … 剩下的一半等我们通知"): the '
                      'quantities are the whole order, keyed as written. A Uyghur name with the middle dot "艾买提·吐尔逊" '
                      'as receiver; the signature phone is not his. Adds up.',
                      [order('AKS-HZ-2612', '阿克苏红旗坡枣业专业合作社',
                             ('艾买提·吐尔逊', '18999721036',
                              '新疆维吾尔自治区阿克苏地区温宿县佳木镇 红旗坡农场 枣业合作社 冷库'),
                             '2026-12-09', 'CNY', total, lines)])


@mail
def h255_au_ngo_two_ship_to_hold():
    rows = [('HD-FB-4030', 'Food hamper box 40x30x20, kraft, printed 1 col', 1200, '1.95'),
            ('HD-PB-0500', 'Paper bag with handle, large, recycled', 3000, '0.42'),
            ('HD-ST-0050', 'Sticker 50mm round "Community Pantry"', 5000, '0.06')]
    lines = lines_of(rows)
    sub = subtotal(lines)
    freight = D('385.00')
    gst = m2((sub + freight) * D('0.1'))
    total = m2(sub + freight + D(gst))
    check(lines, total, freight + D(gst))
    tab = '\n'.join('%-12s %-48s %6s  %5s  %9s' % (s, t, '{:,}'.format(q), p, amt(D(p) * q)) for s, t, q, p in rows)
    body = """Hi Vivian,

Our Christmas hamper appeal is bigger than planned, so here is our order. Please split the delivery
between our two warehouses: half of every item to Melbourne, half to Geelong.

Purchase Order: CP-2026-118
Date: 9/12/2026
All prices AUD.

Code         Description                                         Qty   Price     Amount
%s

Subtotal                %s
Freight (2 drops)       %s
GST 10%%                 %s
TOTAL AUD               %s

Deliver to:
1) Community Pantry Victoria Inc., 12 Dunlop Rd, Mulgrave VIC 3170 - Sam O'Brien 0412 556 019
2) Community Pantry Geelong, 5/88 Fyans St, South Geelong VIC 3220 - Priya Nair 0433 871 240

Thank you so much for the charity discount!
Grace Whitfield
Operations Coordinator, Community Pantry Victoria Inc. (ABN 51 824 753 556)
""" % (tab, amt(sub), amt(freight), amt(D(gst)), amt(D(total)))
    eml = single(hdr('Grace Whitfield <grace@communitypantry.org.au>', 'Purchase Order CP-2026-118 - hamper appeal',
                     'Wed, 9 Dec 2026 11:31:20 +1100', 'ME3PR01MB7712C4D5E6F7A8B9@ME3PR01MB7712.ausprd01.prod.outlook.com'),
                 body, 'utf-8', 'quoted-printable')
    return eml, truth('hand-au-ngo-two-ship-to-hold', 'body', 'utf-8',
                      'An Australian charity (Outlook, QP): one PO delivered half to each of two warehouses, listed '
                      '"1)" and "2)" with a contact each; "All prices AUD" in a sentence, Freight (2 drops) and GST 10% '
                      'on goods and freight, date 9/12/2026 (D/M in Australia). The lines and total are keyed as '
                      'written with the first address, but the clerk HOLDS: one order cannot carry two ship-to '
                      'addresses (it must be split into two deliveries). Adds up with freight and GST.',
                      [order('CP-2026-118', 'Community Pantry Victoria Inc.',
                             ('Sam O\'Brien', '0412 556 019',
                              'Community Pantry Victoria Inc., 12 Dunlop Rd, Mulgrave VIC 3170'),
                             '2026-12-09', 'AUD', total, lines)])


@mail
def h256_tibet_print_shop_box_drawing_gbk():
    rows = [('HD-ZD-A4', '牛皮纸信封 A4 加厚', '个', 3000, '0.68'),
            ('HD-ZD-DL', '白色信封 DL 印刷', '个', 5000, '0.32'),
            ('HD-HB-0080', '画册包装盒 30*22*3 天地盖', '个', 800, '3.60')]
    lines = lines_of(rows, qty=3, price=4)
    total = m2(subtotal(lines))
    check(lines, total)

    def w(s, n):
        return s + ' ' * (n - len(s.encode('gbk')))
    out = ['┌────────────┬────────────────────────┬────┬──────┬──────┬────────┐',
           '│' + w('编号', 12) + '│' + w('品名', 24) + '│' + w('单位', 4) + '│' + w('数量', 6) + '│' + w('单价', 6) +
           '│' + w('金额', 8) + '│',
           '├────────────┼────────────────────────┼────┼──────┼──────┼────────┤']
    for s, t, u, q, p in rows:
        out.append('│' + w(s, 12) + '│' + w(t, 24) + '│' + w(u, 4) + '│' + '%6d' % q + '│' + '%6s' % p + '│' +
                   '%8s' % m2(D(p) * q) + '│')
    out += ['├────────────┴────────────────────────┴────┴──────┴──────┼────────┤',
            '│' + w('合计（元）', 56) + '│' + '%8s' % m2(D(total)) + '│',
            '└────────────────────────────────────────────────────────┴────────┘']
    body = """恒达包装：

扎西德勒！我店接了一批藏历新年画册的活，需要下面这些，请尽快发物流。

订单号：LS-YS-2612-09
日期：2026年12月10日

%s

收货地址：西藏自治区拉萨市城关区北京中路 56 号 雪域印务
收货人：次仁多吉 13908913365
（拉萨物流慢，请用德邦发，到付也可以）

拉萨雪域印务有限公司 卓玛
电话 0891-6338120
""" % '\n'.join(out)
    eml = single(hdr(addr('卓玛', 'xueyu_yinwu@126.com', 'gbk'), '订单 LS-YS-2612-09', 'Thu, 10 Dec 2026 10:02:51 +0800',
                     '5a1e3c7d.6f2.18f5e4a3b2c.Coremail.xueyu_yinwu@126.com',
                     'X-Mailer: Coremail Webmail Server Version XT5.0.14', 'gbk'), body, 'gbk', 'base64')
    return eml, truth('hand-tibet-print-shop-box-drawing-gbk', 'body', 'gbk',
                      'A Lhasa print shop (126 Mail, GBK): a table drawn with box-drawing characters ┌─┬─┐ │ ├ └, '
                      'columns padded by GBK width, a 合计（元） row spanning the first five columns; a Tibetan name as '
                      'receiver. Adds up.',
                      [order('LS-YS-2612-09', '拉萨雪域印务有限公司',
                             ('次仁多吉', '13908913365', '西藏自治区拉萨市城关区北京中路 56 号 雪域印务'),
                             '2026-12-10', 'CNY', total, lines)])


@mail
def h257_ca_print_shop_wrapped_rows_gst_pst():
    rows = [('HD-PT-1218', 'Poster tube 2" x 18", kraft, with white end caps', 1500, '0.74'),
            ('HD-PT-2436', 'Poster tube 3" x 36", kraft, with white end caps', 600, '1.38'),
            ('HD-RM-1116', 'Rigid mailer 11 x 16 in, white, peel & seal', 2000, '0.56')]
    lines = lines_of(rows)
    sub = subtotal(lines)
    gst = m2(sub * D('0.05'))
    pst = m2(sub * D('0.07'))
    total = m2(sub + D(gst) + D(pst))
    check(lines, total, D(gst) + D(pst))
    out = []
    for s, t, q, p in rows:
        head, tail = t.split(', ', 1)
        out.append('%-11s %-32s %6s   %5s   %9s' % (s, head, '{:,}'.format(q), p, amt(D(p) * q)))
        out.append('%-11s   %s' % ('', tail))
    body = """Hello Hengda team,

PO for the Vancouver shop below. All amounts in CAD.

PO #: 4418
PO Date: 2026-12-10
Vendor: Hengda Packaging

Item        Description                         Qty     Unit      Ext
%s

Subtotal    %s
GST 5%%      %s
PST 7%%      %s
Total CAD   %s

Ship to:
Pacific Ink Print & Copy Ltd.
1840 W 4th Ave, Unit 3
Vancouver, BC V6J 1M1, Canada
Attn: Marc-Andre Gagnon 604-555-0187

Marc-Andre Gagnon
Pacific Ink Print & Copy Ltd.
T 604-555-0180 | F 604-555-0181
""" % ('\n'.join(out), amt(sub), amt(D(gst)), amt(D(pst)), amt(D(total)))
    eml = single(hdr('"Marc-Andre Gagnon" <marc@pacificink.ca>', 'PO 4418', 'Thu, 10 Dec 2026 09:14:27 -0800',
                     'a81f2c3d-5e6f-4a7b-8c9d-0e1f2a3b4c5d@pacificink.ca',
                     'User-Agent: Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:128.0) Gecko/20100101 Thunderbird/128.5.1'),
                 body, 'utf-8', '7bit')
    return eml, truth('hand-ca-print-shop-wrapped-rows-gst-pst', 'body', 'utf-8',
                      'A Vancouver print shop (Thunderbird): a fixed-width table whose descriptions wrap onto a second '
                      'row under the Description column (the title is both rows joined with ", "), a bare numeric PO '
                      '"4418", GST 5% and PST 7% rows, "Total CAD"; the signature has T and F numbers. Adds up with '
                      'both taxes.',
                      [order('4418', 'Pacific Ink Print & Copy Ltd.',
                             ('Marc-Andre Gagnon', '604-555-0187',
                              'Pacific Ink Print & Copy Ltd., 1840 W 4th Ave, Unit 3, Vancouver, BC V6J 1M1, Canada'),
                             '2026-12-10', 'CAD', total, lines)])


@mail
def h258_uae_hotel_aed_vat_fax():
    rows = [('HD-AM-0101', 'Amenity box, rigid, gold foil logo, 18x12x5cm', 4000, '4.85'),
            ('HD-AM-0102', 'Slipper bag, non-woven, printed', 6000, '1.10'),
            ('HD-AM-0103', 'Laundry bag, PE, drawstring, printed', 6000, '0.95')]
    lines = lines_of(rows)
    sub = subtotal(lines)
    vat = m2(sub * D('0.05'))
    total = m2(sub + D(vat))
    check(lines, total, vat)
    items = '\n'.join('%d) %s - %s\n   Qty: %s pcs   Unit price: AED %s   Amount: AED %s' % (i + 1, s, t, '{:,}'.format(q), p,
                                                                                         amt(D(p) * q))
                      for i, (s, t, q, p) in enumerate(rows))
    body = """Dear Sir/Madam,

Kindly find below our Local Purchase Order (LPO) for room amenities packaging.

LPO No.: DMH/LPO/2026/1294
LPO Date: 10-Dec-2026
Payment terms: 60 days PDC

%s

Total excl. VAT:  AED %s
VAT 5%%:           AED %s
Total incl. VAT:  AED %s

Delivery: Dune Marina Hotel & Residences, Receiving Dock B, Al Sufouh Road, Dubai Marina, Dubai, UAE
Receiving: Mr. Ajith Kumar, +971 4 399 1820 ext. 2214

Please confirm receipt of this LPO and expected delivery date.

Best regards,
Fatima Al Mansoori
Purchasing Officer
Dune Marina Hotel & Residences LLC
Tel: +971 4 399 1800 | Fax: +971 4 399 1801 | P.O. Box 213447, Dubai
""" % (items, amt(sub), amt(D(vat)), amt(D(total)))
    eml = single(hdr('Fatima Al Mansoori <purchasing@dunemarinahotel.ae>', 'LPO DMH/LPO/2026/1294 - Room Amenities Packaging',
                     'Thu, 10 Dec 2026 12:08:45 +0400', 'DB9PR02MB7366A1B2C3D4E5F6@DB9PR02MB7366.eurprd02.prod.outlook.com'),
                 body, 'us-ascii', '7bit')
    return eml, truth('hand-uae-hotel-aed-vat-fax', 'body', 'us-ascii',
                      'A Dubai hotel\'s LPO (Local Purchase Order) in Outlook: the number "DMH/LPO/2026/1294" with '
                      'slashes, date 10-Dec-2026, each item on two rows ("1) SKU - title" then "Qty / Unit price / '
                      'Amount" with AED), VAT 5% and Total incl. VAT; the receiver has an ext., the signature has '
                      'Tel, Fax and a P.O. Box that is not the delivery address. Adds up with VAT.',
                      [order('DMH/LPO/2026/1294', 'Dune Marina Hotel & Residences LLC',
                             ('Mr. Ajith Kumar', '+971 4 399 1820 ext. 2214',
                              'Dune Marina Hotel & Residences, Receiving Dock B, Al Sufouh Road, Dubai Marina, Dubai, UAE'),
                             '2026-12-10', 'AED', total, lines)])


# ============================================================ HTML bodies
@mail
def h259_outlook_html_nl_bakery_btw():
    rows = [('HD-TB-2020', 'Taartdoos 20x20x10 cm, wit, venster', 1500, '0.58'),
            ('HD-TB-2828', 'Taartdoos 28x28x12 cm, wit, venster', 800, '0.86'),
            ('HD-BZ-1224', 'Broodzak papier 12x24 cm, bruin', 10000, '0.034')]
    lines = exact(lines_of(rows), [None, None, '0.034'])
    sub = subtotal(lines)
    btw = m2(sub * D('0.21'))
    total = m2(sub + D(btw))
    check(lines, total, btw)

    def nl(v, n=2):
        return ('{:,.%df}' % n).format(D(v)).replace(',', 'X').replace('.', ',').replace('X', '.')
    tab = [['Artikelnr.', 'Omschrijving', 'Aantal', 'Prijs/st', 'Bedrag']]
    tab += [[s, t, nl(q, 0), '€ ' + nl(p, 3 if p == '0.034' else 2), '€ ' + nl(D(p) * q)] for s, t, q, p in rows]
    tab += [[('Subtotaal', 'colspan="4" align="right"'), '€ ' + nl(sub)],
            [('BTW 21%', 'colspan="4" align="right"'), '€ ' + nl(btw)],
            [('<b>Totaal</b>', 'colspan="4" align="right"'), '<b>€ ' + nl(total) + '</b>']]
    paras = ['Beste Vivian,', '', 'Hierbij onze bestelling voor de feestdagen.', '',
             'Bestelnummer: <b>BKV-2026-0412</b>', 'Besteldatum: 10-12-2026', '']
    after = ['', 'Afleveradres: Bakkerij Van Vliet B.V., Haarlemmerweg 331, 1051 LH Amsterdam, Nederland',
             'Contactpersoon: Joost de Graaf, 06 4718 2290 (levering ma-vr 6:00-11:00)', '', 'Met vriendelijke groet,',
             'Anouk van Vliet', 'Inkoop | Bakkerij Van Vliet B.V. | 020 684 1122']
    html = ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv=Content-Type '
            'content="text/html; charset=utf-8"><meta name=Generator content="Microsoft Word 15 (filtered medium)">'
            '</head><body lang=NL><div class=WordSection1>' +
            ''.join('<p class=MsoNormal>%s<o:p></o:p></p>' % (x or '&nbsp;') for x in paras) +
            '<table class=MsoNormalTable border=0 cellspacing=0 cellpadding=0 style="border-collapse:collapse">' +
            cells_html(tab, MSO) + '</table>' +
            ''.join('<p class=MsoNormal>%s<o:p></o:p></p>' % (x or '&nbsp;') for x in after) + '</div></body></html>')
    plain = '\n'.join(x.replace('<b>', '').replace('</b>', '') for x in paras) + '\n'
    for r in tab:
        for c in r:
            plain += (c if isinstance(c, str) else c[0]).replace('<b>', '').replace('</b>', '') + '\n'
        plain += '\n'
    plain += '\n'.join(after) + '\n'
    part = alt(plain, html, 'utf-8', '_000_AM9PR07MB7155C3D4E5F6A7B8AM9PR07MB7155eurp_', 'quoted-printable')
    eml = message(hdr('Anouk van Vliet <inkoop@bakkerijvanvliet.nl>', 'Bestelling BKV-2026-0412',
                      'Thu, 10 Dec 2026 08:47:12 +0100', 'AM9PR07MB7155C3D4E5F6A7B8@AM9PR07MB7155.eurprd07.prod.outlook.com',
                      extra=['Content-Language: nl-NL']), part)
    return eml, truth('hand-outlook-html-nl-bakery-btw', 'html', 'utf-8',
                      'A Dutch bakery in Outlook Word-HTML (Dutch): "€ 0,58" with decimal commas, a 3-decimal price '
                      '"€ 0,034", "10.000" with a dot for thousands, colspan Subtotaal / BTW 21% / Totaal rows, date '
                      '10-12-2026 (D-M); the text alternative puts one cell per line. Adds up with BTW.',
                      [order('BKV-2026-0412', 'Bakkerij Van Vliet B.V.',
                             ('Joost de Graaf', '06 4718 2290',
                              'Bakkerij Van Vliet B.V., Haarlemmerweg 331, 1051 LH Amsterdam, Nederland'),
                             '2026-12-10', 'EUR', total, lines)])


@mail
def h260_qq_html_clinic_chinese_numeral_cells():
    rows = [('HD-YL-0001', '医用垃圾袋 黄色 60*70', '两百包', 200, '包', '6.50'),
            ('HD-YL-0002', '生活垃圾袋 黑色 60*70', '一百五十包', 150, '包', '4.80'),
            ('HD-YL-0003', '利器盒 3L', '三十个', 30, '个', '9.00')]
    lines = [ln(s, t, q, p) for s, t, w, q, u, p in rows]
    sub = subtotal(lines)
    total = '2200.00'
    assert sub == D('2290.00')
    tab = [['编号', '物品', '数量', '单价（元）']] + [[s, t, w, '%s/%s' % (p, u)] for s, t, w, q, u, p in rows]
    html = ('<meta http-equiv="Content-Type" content="text/html; charset=GB18030"><div>恒达的小陈：</div><div><br></div>'
            '<div>我们诊所这个季度的耗材袋子，清单在下面（护士长手写的，我照抄）。</div><div><br></div>'
            '<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">' + cells_html(tab) +
            '</table><div><br></div><div>算下来是2290，上次说好零头给抹了，就按<b>2200</b>结。单号 JK-2612-011，今天 12月10日。</div>'
            '<div><br></div><div>送：贵州省贵阳市云岩区中华北路 217 号 健康社区卫生服务站 二楼药房</div>'
            '<div>找 吴护士长 0851-85827730</div><div><br></div><div>贵阳市云岩区健康社区卫生服务站</div><div>杨医生</div>'
            '<div><br></div><div><includetail><!--<![endif]--></includetail></div>')
    eml = message(hdr(addr('杨医生', '2846613057@qq.com', 'gb18030'), '耗材袋子',
                      'Thu, 10 Dec 2026 16:30:51 +0800', 'tencent_1B3D5F7A9C2E4A6C8E0B2D4F6A8C0E1D3F05@qq.com', None,
                      'gb18030', extra=['X-QQ-Mailer: QQMail 2.x']), text(html, 'GB18030', 'base64', 'html'))
    return eml, truth('hand-qq-html-clinic-chinese-numeral-cells', 'html', 'gb18030',
                      'A community clinic in QQ Mail, HTML only (GB18030): quantities written in Chinese numerals in '
                      'the table cells ("两百包", "一百五十包", "三十个"), prices "6.50/包" with the unit after a '
                      'slash, no amount column; in the paragraph below, "算下来是2290 … 零头给抹了，就按2200结" sets the '
                      'total 2200.00 (lower than the lines), the number JK-2612-011 and the date "今天 12月10日" '
                      '(2026 from the mail). 单价（元） gives the currency. Total as agreed.',
                      [order('JK-2612-011', '贵阳市云岩区健康社区卫生服务站',
                             ('吴护士长', '0851-85827730', '贵州省贵阳市云岩区中华北路 217 号 健康社区卫生服务站 二楼药房'),
                             '2026-12-10', 'CNY', total, lines)])


@mail
def h261_foxmail_html_car_repair_deposit():
    rows = [('HD-QX-0418', '汽车座椅套 一次性 PE', '包', 300, '18.00'),
            ('HD-QX-0420', '方向盘套 一次性', '包', 200, '9.50'),
            ('HD-QX-0422', '脚垫纸 印"感谢光临"', '箱', 40, '65.00'),
            ('HD-QX-0425', '轮胎袋 加厚 特大号', '个', 1000, '1.20')]
    lines = lines_of(rows, qty=3, price=4)
    total = m2(subtotal(lines))
    check(lines, total)
    dep = '3000.00'
    tab = [['序号', '货号', '名称', '单位', '数量', '单价', '金额']]
    tab += [[str(i + 1), s, t, u, str(q), p, amt(D(p) * q)] for i, (s, t, u, q, p) in enumerate(rows)]
    tab += [[('合计（元）', 'colspan="6" align="right"'), amt(D(total))],
            [('已付定金', 'colspan="6" align="right"'), '-' + amt(D(dep))],
            [('尾款（货到付）', 'colspan="6" align="right"'), amt(D(total) - D(dep))]]
    html = ('<html><head><meta http-equiv="content-type" content="text/html; charset=GBK"><style>body { font-size: 10.5pt; '
            'font-family: 宋体; line-height: 1.5; }</style></head><body>\n'
            '<div>李经理好：</div><div>四家门店统一采购的一次性三件套，订单如下，定金 3000 元昨天已转公账。</div>'
            '<div><br></div><div>订单编号：CMQX-20261210　　日期：2026年12月10日</div>'
            '<table border="1" cellspacing="0" cellpadding="3" style="border-collapse:collapse">' +
            cells_html(tab) + '</table><div><br></div>'
            '<div>收货：重庆市渝北区龙溪街道新溪路 99 号 车满意汽车服务 总店</div>'
            '<div>联系人：付强 023-67718090 传真 023-67718091</div><div><br></div><hr style="width:210px;height:1px" '
            'align="left" color="#b5c4df" size="1"><div>重庆车满意汽车服务有限公司</div><div>采购 蒋丽</div></body></html>')
    plain = ('李经理好：\n四家门店统一采购的一次性三件套，订单如下，定金 3000 元昨天已转公账。\n\n'
             '订单编号：CMQX-20261210　　日期：2026年12月10日\n' +
             '\n'.join(' '.join(c if isinstance(c, str) else c[0] for c in r) for r in tab) +
             '\n\n收货：重庆市渝北区龙溪街道新溪路 99 号 车满意汽车服务 总店\n联系人：付强 023-67718090 传真 023-67718091\n\n'
             '重庆车满意汽车服务有限公司\n采购 蒋丽\n')
    part = alt(plain, html, 'GBK', '----=_001_NextPart302914467281_=----')
    eml = message(hdr(addr('蒋丽', 'jiangli@cmy-auto.com', 'gbk'), '采购订单 CMQX-20261210（已付定金）',
                      'Thu, 10 Dec 2026 14:05:22 +0800', '202612101405225530291@cmy-auto.com',
                      'X-Mailer: Foxmail 7.2.25.228[cn]', 'gbk'), part)
    return eml, truth('hand-foxmail-html-car-repair-deposit', 'html', 'gbk',
                      'A Chongqing car-service chain in Foxmail HTML (GBK): a 脚垫纸 title with quotation marks inside, '
                      'colspan rows 合计（元） / 已付定金 -3,000.00 / 尾款（货到付）: the total is the 合计, not the balance; '
                      'the contact line has a phone and a 传真. Adds up.',
                      [order('CMQX-20261210', '重庆车满意汽车服务有限公司',
                             ('付强', '023-67718090', '重庆市渝北区龙溪街道新溪路 99 号 车满意汽车服务 总店'),
                             '2026-12-10', 'CNY', total, lines)])


@mail
def h262_gmail_html_kr_hospital_krw():
    rows = [('HD-SP-2030', 'Sterilization pouch 200x300mm, self-seal', 20000, '58'),
            ('HD-SP-1525', 'Sterilization pouch 150x250mm, self-seal', 30000, '42'),
            ('HD-SB-0070', 'Specimen bag 7x10in, biohazard print', 15000, '35')]
    lines = lines_of(rows)
    total = m2(subtotal(lines))
    check(lines, total)
    tab = [['Item code', 'Description', 'Q\'ty (pcs)', 'Unit price (KRW)', 'Amount (KRW)']]
    tab += [[s, t, '{:,}'.format(q), p, '{:,}'.format(int(D(p) * q))] for s, t, q, p in rows]
    tab += [['', 'TOTAL', '', '', '{:,}'.format(int(D(total)))]]
    td = ' style="border:1px solid #cccccc;padding:2px 3px"'
    html = ('<div dir="ltr"><div>Dear Ms. Li,</div><div><br></div><div>We are pleased to place the following order '
            '(PO No. SMH-PUR-2612-0077, dated 2026.12.11).</div><div><br></div>'
            '<table cellspacing="0" cellpadding="0" dir="ltr" border="1" style="table-layout:fixed;font-size:10pt;'
            'font-family:Arial;width:0px;border-collapse:collapse;border:none"><tbody>' + cells_html(tab, td) +
            '</tbody></table><div><br></div><div>Delivery: Seoul Mirae Hospital, Central Supply Dept. B2, 88 Olympic-ro '
            '43-gil, Songpa-gu, Seoul 05505, Korea</div><div>Contact: Kim Min-ji (CSD) +82-2-3010-4471</div><div><br></div>'
            '<div>Best regards,</div><div>Choi Hyun-woo</div><div>Purchasing Team, Seoul Mirae Hospital</div>'
            '<div>T. +82-2-3010-4400&nbsp; F. +82-2-3010-4409</div></div>')
    plain = ('Dear Ms. Li,\n\nWe are pleased to place the following order (PO No. SMH-PUR-2612-0077, dated 2026.12.11).\n\n' +
             '\n'.join(' '.join(r) for r in tab) +
             '\n\nDelivery: Seoul Mirae Hospital, Central Supply Dept. B2, 88 Olympic-ro 43-gil, Songpa-gu, Seoul 05505, Korea\n'
             'Contact: Kim Min-ji (CSD) +82-2-3010-4471\n\nBest regards,\nChoi Hyun-woo\nPurchasing Team, Seoul Mirae Hospital\n'
             'T. +82-2-3010-4400  F. +82-2-3010-4409\n')
    part = alt(plain, html, 'UTF-8', '000000000000a3f1c2062d8e7b41', 'quoted-printable')
    eml = message(hdr('Choi Hyun-woo <hw.choi@seoulmirae.or.kr>', 'PO SMH-PUR-2612-0077',
                      'Fri, 11 Dec 2026 10:21:36 +0900', 'CAH7v2Kp4Xq9+RmT3wL8bN1cF6eZ0dY5sJ2gA7hU9iP@mail.gmail.com'), part)
    return eml, truth('hand-gmail-html-kr-hospital-krw', 'html', 'utf-8',
                      'A Seoul hospital in Gmail HTML: KRW with integer prices and amounts ("20,000 × 58 = 1,160,000"), '
                      '"Q\'ty (pcs)" header, a TOTAL row with an empty first cell, PO number and date "2026.12.11" in '
                      'a sentence; the contact is the central supply department, the signature has T. and F. Adds up.',
                      [order('SMH-PUR-2612-0077', 'Seoul Mirae Hospital',
                             ('Kim Min-ji', '+82-2-3010-4471',
                              'Seoul Mirae Hospital, Central Supply Dept. B2, 88 Olympic-ro 43-gil, Songpa-gu, Seoul 05505, '
                              'Korea'), '2026-12-11', 'KRW', total, lines)])


@mail
def h263_wecom_html_site_materials_units_first():
    rows = [('防水彩条布 8m×50m', '卷', 20, '210.00'),
            ('编织袋 60×100 装垃圾用', '条', 5000, '0.75'),
            ('护角 塑料 L型 1m', '根', 800, '1.20')]
    lines = [ln(None, t, q, p) for t, u, q, p in rows]
    total = m2(subtotal(lines))
    check(lines, total)
    lis = ''.join('<li>%s：%s %d，每%s %s 元</li>' % (t, u, q, u, p) for t, u, q, p in rows)
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div style="font-family:微软雅黑;font-size:14px">'
            '<p>恒达包装 王总：</p><p>天海华府二期工地下周要用的，麻烦安排：</p><ul>' + lis + '</ul>'
            '<p>一共 %s 元，货到现场点数后付款。</p>'
            '<p>单号：TH2-WZ-031　下单：2026年12月11日</p>'
            '<p>送货：深圳市龙岗区坂田街道五和大道与雅宝路交汇处 天海华府二期工地 东门（导航“天海华府二期项目部”）</p>'
            '<p>现场收货：材料员 邝工 13510772486</p><p>——<br>深圳天海建设工程有限公司 天海华府二期项目部<br>'
            '采购 梁伟</p></div></body></html>') % amt(D(total))
    eml = message(hdr(addr('梁伟', 'liangwei@tianhai-build.com'), '工地材料 TH2-WZ-031', 'Fri, 11 Dec 2026 17:48:03 +0800',
                      'wecom.5f1e2d3c4b5a69788796a5b4c3d2e1f0@tianhai-build.com', 'X-Mailer: WeCom Mail'),
                  text(html, 'utf-8', 'base64', 'html'))
    return eml, truth('hand-wecom-html-site-materials-units-first', 'html', 'utf-8',
                      'A construction site\'s WeCom mail, HTML only: <li> items with the unit before the number '
                      '("卷 20", "条 5000") and the price per unit in words ("每卷 210.00 元"), no SKUs, the total in a '
                      'sentence "一共 8,910.00 元"; the address has a navigation hint in quotes; the receiver is the '
                      'site\'s material clerk. Adds up.',
                      [order('TH2-WZ-031', '深圳天海建设工程有限公司 天海华府二期项目部',
                             ('邝工', '13510772486',
                              '深圳市龙岗区坂田街道五和大道与雅宝路交汇处 天海华府二期工地 东门（导航“天海华府二期项目部”）'),
                             '2026-12-11', 'CNY', total, lines)])


@mail
def h264_apple_mail_html_fr_hotel_eur():
    rows = [('HD-BT-1008', 'Boîte à macarons 8 pièces, or, fenêtre', 2000, '0.92'),
            ('HD-BT-1012', 'Boîte à macarons 12 pièces, or, fenêtre', 1200, '1.18'),
            ('HD-SC-2432', 'Sac kraft luxe 24x32 cm, poignées ruban', 1500, '1.45')]
    lines = lines_of(rows)
    sub = subtotal(lines)
    tva = m2(sub * D('0.2'))
    total = m2(sub + D(tva))
    check(lines, total, tva)

    def fr(v):
        return '{:,.2f}'.format(D(v)).replace(',', '\u202f').replace('.', ',')
    tab = [['Réf.', 'Désignation', 'Qté', 'P.U. HT', 'Montant HT']]
    tab += [[s, t, fr(q).split(',')[0], fr(p) + ' €', fr(D(p) * q) + ' €'] for s, t, q, p in rows]
    tab += [['', 'Total HT', '', '', fr(sub) + ' €'], ['', 'TVA 20 %', '', '', fr(tva) + ' €'],
            ['', 'Total TTC', '', '', fr(total) + ' €']]
    html = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body style="'
            'word-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">Bonjour Madame Li,'
            '<div><br></div><div>Veuillez trouver ci-dessous notre bon de commande n° <b>HLM-BC-26-219</b> du 11 décembre '
            '2026.</div><div><br></div><div><table border="1" cellpadding="4" style="border-collapse: collapse;">' +
            cells_html(tab) + '</table></div><div><br></div><div>Livraison : Hôtel Le Marais Saint-Paul, service '
            'pâtisserie, 14 rue de Sévigné, 75004 Paris, France</div><div>Réception : M. Thomas Lefèvre, 01 42 77 18 '
            '30</div><div><br></div><div>Cordialement,</div><div>Claire Dubois</div><div>Achats — SAS Hôtel Le Marais '
            'Saint-Paul</div><div>Tél. 01 42 77 18 00 — Fax 01 42 77 18 01</div></body></html>')
    plain = ('Bonjour Madame Li,\n\nVeuillez trouver ci-dessous notre bon de commande n° HLM-BC-26-219 du 11 décembre 2026.\n\n' +
             '\n'.join('\t'.join(r) for r in tab) +
             '\n\nLivraison : Hôtel Le Marais Saint-Paul, service pâtisserie, 14 rue de Sévigné, 75004 Paris, France\n'
             'Réception : M. Thomas Lefèvre, 01 42 77 18 30\n\nCordialement,\nClaire Dubois\n'
             'Achats — SAS Hôtel Le Marais Saint-Paul\nTél. 01 42 77 18 00 — Fax 01 42 77 18 01\n')
    part = alt(plain, html, 'utf-8', 'Apple-Mail=_3C9E1A7F-2B4D-4E6F-8A0C-1D3E5F7A9B2C', 'quoted-printable')
    eml = message(hdr('Claire Dubois <achats@hotel-lemarais.fr>', 'Bon de commande HLM-BC-26-219',
                      'Fri, 11 Dec 2026 11:02:47 +0100', '7D2A9C41-3E5B-4F6A-8B1C-2D4E6F8A0B3C@hotel-lemarais.fr',
                      'X-Mailer: Apple Mail (2.3826.300.87.4.3)'), part)
    return eml, truth('hand-apple-mail-html-fr-hotel-eur', 'html', 'utf-8',
                      'A Paris hotel\'s pastry department in Apple Mail HTML (French, QP): "1\u202f440,00 €" with narrow '
                      'no-break spaces and decimal commas, € after the amount, Total HT / TVA 20 % / Total TTC rows, '
                      'the number after "n°" and the date "11 décembre 2026" in a sentence; the text alternative is '
                      'tab-separated. The total is TTC. Adds up.',
                      [order('HLM-BC-26-219', 'SAS Hôtel Le Marais Saint-Paul',
                             ('M. Thomas Lefèvre', '01 42 77 18 30',
                              'Hôtel Le Marais Saint-Paul, service pâtisserie, 14 rue de Sévigné, 75004 Paris, France'),
                             '2026-12-11', 'EUR', total, lines)])


# ============================================================ CSV attachments
@mail
def h265_csv_fr_clinic_semicolon_cp1252():
    rows = [('HD-SA-3040', 'Sachet kraft pharmacie 30x40', 4000, '0.095'),
            ('HD-SA-2030', 'Sachet kraft pharmacie 20x30', 6000, '0.062'),
            ('HD-ET-5070', 'Étiquette thermique 50x70 (rouleau 1000)', 40, '6.80')]
    lines = exact(lines_of(rows), ['0.095', '0.062', None])
    sub = subtotal(lines)
    tva = m2(sub * D('0.2'))
    total = m2(sub + D(tva))
    check(lines, total, tva)

    def fr(v, n=2):
        return ('{:.%df}' % n).format(D(v)).replace('.', ',')
    tab = [['Code article', 'Désignation', 'Quantité', 'Prix unitaire HT (€)', 'Total HT (€)']]
    tab += [[s, t, q, fr(p, 3 if len(p) == 5 and p.startswith('0.0') else 2), fr(D(p) * q)] for s, t, q, p in rows]
    tab += [[], ['', 'Total HT', '', '', fr(sub)], ['', 'TVA 20%', '', '', fr(tva)], ['', 'Total TTC', '', '', fr(total)]]
    data = corpus_docs.csv_text(tab, delim=';').encode('cp1252')
    body = """Bonjour,

Ci-joint notre commande CMD-2026-0874 du 11/12/2026 (fichier CSV).

Adresse de livraison :
Clinique Vétérinaire des Deux Rives
Service logistique
27 quai de la Loire
44000 Nantes
Contact : Mme Sophie Marchand - 02 40 35 61 18

Bien cordialement,
Julien Roussel
Clinique Vétérinaire des Deux Rives
Tél. 02 40 35 61 10 - Fax 02 40 35 61 11
"""
    eml = with_attachments(hdr('Julien Roussel <j.roussel@clinique-deuxrives.fr>', 'Commande CMD-2026-0874',
                               'Fri, 11 Dec 2026 15:40:06 +0100', '3b8e1f0a-6c2d-4e7f-9a1b-5d3c7e9f1a2b@clinique-deuxrives.fr',
                               'User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.5.0'),
                           body, 'utf-8', 'quoted-printable',
                           [attachment('text/csv', data, 'commande_CMD-2026-0874.csv')], '------------Xq2mB7cL1vN9pR4tZ8kH0sW3')
    return eml, truth('hand-csv-fr-clinic-semicolon-cp1252', 'csv', 'utf-8',
                      'A French veterinary clinic (Thunderbird): Windows-1252 CSV with semicolons and decimal commas, '
                      '3-decimal prices "0,095", "(€)" in the headers, an empty row then Total HT / TVA 20% / Total TTC '
                      'rows; the order number and date 11/12/2026 (D/M) only in the mail text, the delivery address '
                      'as a block. Total is TTC. Adds up.',
                      [order('CMD-2026-0874', 'Clinique Vétérinaire des Deux Rives',
                             ('Mme Sophie Marchand', '02 40 35 61 18',
                              'Clinique Vétérinaire des Deux Rives, Service logistique, 27 quai de la Loire, 44000 Nantes'),
                             '2026-12-11', 'EUR', total, lines)])


@mail
def h266_csv_gbk_hospital_size_columns():
    sizes = [('S', '小号'), ('M', '中号'), ('L', '大号')]
    prods = [('HD-YF-01', '一次性隔离衣袋 PE', {'S': 2000, 'M': 3000, 'L': 1000}, {'S': '0.18', 'M': '0.22', 'L': '0.26'}),
             ('HD-YF-02', '无纺布收纳袋 带拉链', {'S': 500, 'M': 800, 'L': 0}, {'S': '1.60', 'M': '2.10', 'L': '2.70'})]
    lines = []
    for s, t, q, p in prods:
        for k, cn in sizes:
            if q[k]:
                lines.append(ln('%s-%s' % (s, k), '%s %s' % (t, cn), q[k], p[k]))
    total = m2(subtotal(lines))
    check(lines, total)
    tab = [['浙江省湖滨人民医院 后勤物资申购单'], ['申购单号', 'HB-HQ-2612-021', '', '日期', '2026-12-11'], [],
           ['物资编码', '品名', '小号数量', '小号单价', '中号数量', '中号单价', '大号数量', '大号单价', '金额']]
    for s, t, q, p in prods:
        am = sum(D(p[k]) * q[k] for k, _ in sizes)
        tab.append([s, t, q['S'], p['S'], q['M'], p['M'], q['L'] or '', p['L'], m2(am)])
    tab += [['合计', '', '', '', '', '', '', '', total]]
    data = corpus_docs.csv_text(tab).encode('gbk')
    body = """恒达包装 李经理：

附件是后勤科本月申购单（CSV），尺码按列分开填的，大号收纳袋这次不要。编码后面请加尺码（-S/-M/-L）开单。

送货：浙江省湖州市吴兴区湖滨路 600 号 湖滨人民医院 后勤楼一楼仓库
收货人：潘建军 0572-2039815

浙江省湖滨人民医院 后勤保障科
沈玉
"""
    eml = with_attachments(hdr(addr('沈玉', 'hq_shenyu@hbrmyy.com', 'gbk'), '后勤物资申购单 HB-HQ-2612-021',
                               'Fri, 11 Dec 2026 09:12:44 +0800', '000901db4a6c$1e2f3a4b$5c6d7e8f$@hbrmyy.com',
                               'X-Mailer: Microsoft Outlook 16.0', 'gbk'), body, 'gbk', 'base64',
                           [attachment('text/csv', data, '申购单HB-HQ-2612-021.csv', name_style='gbk')],
                           '----=_NextPart_000_000A_01DB4A6C.1E2F3A4B')
    return eml, truth('hand-csv-gbk-hospital-size-columns', 'csv', 'gbk',
                      'A hospital\'s logistics office sends a GBK CSV where each product is one row and the sizes are '
                      'column pairs (小号数量/小号单价, 中号…, 大号…), one amount per row; the mail asks for the code plus '
                      '-S/-M/-L. A clerk keys one line per size with a quantity (five lines; the empty 大号 quantity of '
                      'the second product is not a line), title with the size word. Title row, label cells, 合计 row. '
                      'No currency written. Adds up.',
                      [order('HB-HQ-2612-021', '浙江省湖滨人民医院',
                             ('潘建军', '0572-2039815', '浙江省湖州市吴兴区湖滨路 600 号 湖滨人民医院 后勤楼一楼仓库'),
                             '2026-12-11', None, total, lines)])


@mail
def h267_csv_au_farm_utf8_quoted_gst():
    rows = [('HD-EG-12', 'Egg carton 12 (dozen), pulp, grey', 20000, '0.21'),
            ('HD-EG-30', 'Egg tray 30 cell, pulp', 8000, '0.16'),
            ('HD-LB-6040', 'Carton label 60x40 "Free Range"', 20000, '0.018')]
    lines = exact(lines_of(rows), [None, None, '0.018'])
    sub = subtotal(lines)
    gst = m2(sub * D('0.1'))
    total = m2(sub + D(gst))
    check(lines, total, gst)
    tab = [['PO Number', 'PO Date', 'Supplier', 'SKU', 'Description', 'Qty', 'Unit Cost (AUD)', 'Line Total (AUD)',
            'GST (AUD)']]
    for s, t, q, p in rows:
        tab.append(['PO-000982', '12/12/2026', 'Hengda Packaging Materials', s, t, q, p, m2(D(p) * q),
                    m2(D(p) * q * D('0.1'))])
    data = corpus_docs.csv_text(tab, quote_all=True).encode('utf-8')
    body = """Hi Vivian,

PO-000982 attached from our farm system - total incl. GST AUD %s.
Deliver to: Hillside Free Range Eggs Pty Ltd, 1120 Princes Hwy, Berry NSW 2535
Contact: Dave Kowalski 0428 113 907 (packing shed, 6am-2pm)

Cheers,
Emma Kowalski
Hillside Free Range Eggs Pty Ltd
""" % amt(D(total))
    eml = with_attachments(hdr('Emma Kowalski <emma@hillsideeggs.com.au>', 'PO-000982 Hillside Free Range',
                               'Sat, 12 Dec 2026 08:03:55 +1100', 'CAJ5p9Xm2Rq7+TkW4vN8bL1cH6eY0dZ3sF7gA2jU5iR@mail.gmail.com'),
                           body, 'us-ascii', '7bit', [attachment('text/csv', data, 'PO-000982.csv')],
                           '000000000000b7e2d4062d9f1c58')
    return eml, truth('hand-csv-au-farm-utf8-quoted-gst', 'csv', 'us-ascii',
                      'An Australian egg farm\'s system export (Gmail): every cell quoted, header fields repeated on '
                      'every row, a per-line GST column (not part of the line total), a title with quotes inside '
                      '("Free Range", doubled in the CSV), a 3-decimal cost, date 12/12/2026; the total incl. GST only '
                      'in the mail text. Adds up with GST.',
                      [order('PO-000982', 'Hillside Free Range Eggs Pty Ltd',
                             ('Dave Kowalski', '0428 113 907', 'Hillside Free Range Eggs Pty Ltd, 1120 Princes Hwy, Berry NSW 2535'),
                             '2026-12-12', 'AUD', total, lines)])


# ============================================================ xlsx attachments
@mail
def h268_xlsx_shenzhen_hidden_cols_sheets():
    rows = [('1001-EPE-22', 'EPE内衬 220*160*40', '个', 6000, '0.95'),
            ('1001-ZX-30', '彩盒 300*200*60 白卡 350g', '个', 6000, '2.65'),
            ('1001-WX-45', '外箱 450*320*280 K=K', '个', 500, '7.80'),
            ('1001-PE-20', 'PE袋 20*30 防静电', '个', 6000, '0.12')]
    lines = lines_of(rows, qty=3, price=4)
    total = m2(subtotal(lines))
    check(lines, total)
    sh = Sheet('采购订单')
    sh.widths = {1: 9, 2: 9, 3: 14, 4: 26, 5: 6, 6: 9, 7: 9, 8: 12, 9: 12}
    sh.set(1, 1, '深圳市鸿泰智能科技有限公司 采购订单', bold=True, size=16)
    sh.merge(1, 1, 1, 9)
    sh.set(2, 3, '订单号：')
    sh.set(2, 4, 'HT-PO-2612-0133')
    sh.set(2, 6, '日期：')
    sh.set(2, 7, datetime.date(2026, 12, 12), fmt='yyyy-mm-dd')
    sh.merge(2, 7, 2, 8)
    sh.row(4, 1, ['FID', 'FEntry', '物料编码', '物料名称/规格', '单位', '数量', '单价', '金额', '备注'], bold=True, border=True)
    for i, (s, t, u, q, p) in enumerate(rows):
        r = 5 + i
        sh.row(r, 1, [880133, 1 + i, s, t, u, q], border=True)
        sh.set(r, 7, D(p), border=True, fmt='0.00')
        sh.set(r, 8, ('=F%d*G%d' % (r, r), D(p) * q), border=True, fmt='#,##0.00')
        sh.set(r, 9, '', border=True)
    sh.set(9, 3, '合计', border=True)
    sh.set(9, 8, ('=SUM(H5:H8)', D(total)), border=True, fmt='#,##0.00')
    sh.set(11, 3, '送货地址：深圳市龙华区观澜街道大富苑工业区 12 栋 鸿泰智能 来料仓')
    sh.set(12, 3, '收货人：刘仓管 13828770541')
    terms = Sheet('条款')
    terms.widths = {1: 80}
    for i, t in enumerate(['1. 来料须附送货单，注明订单号；', '2. 包材须符合 RoHS；', '3. 货款月结 60 天，开 13% 增值税专票。']):
        terms.set(1 + i, 1, t)
    hist = Sheet('历史价格')
    hist.row(1, 1, ['物料编码', '2026-06', '2026-09', '2026-12'], bold=True)
    for i, (s, t, u, q, p) in enumerate(rows):
        hist.row(2 + i, 1, [s, D(p) + D('0.10'), D(p) + D('0.05'), D(p)])
    data = hide_columns(corpus_docs.xlsx_bytes([sh, terms, hist], creator='ZhouLin'), [1, 2])
    body = '恒达 李经理：\n\n附件为采购订单，请查收并回签。\n\n周琳\n深圳市鸿泰智能科技有限公司 采购部\nTel 0755-28015566 Fax 0755-28015567\n'
    eml = with_attachments(hdr(addr('周琳', 'zhoulin@hongtai-smart.com'), '采购订单 HT-PO-2612-0133',
                               'Sat, 12 Dec 2026 10:40:18 +0800', 'tencent_5E7A9C1B3D5F7E9A1C3E5A7C9B1D3F5E7A02@hongtai-smart.com',
                               'X-Mailer: Tencent Exmail'), body, 'utf-8', 'base64',
                           [attachment(XLSX, data, 'HT-PO-2612-0133.xlsx')], '----=_NextPart_5F1A2B3C_0D4E_4F5A_6B7C_8D9E0F1A2B3C')
    return eml, truth('hand-xlsx-shenzhen-hidden-cols-sheets', 'xlsx', 'utf-8',
                      'A Shenzhen electronics maker\'s .xlsx with hidden columns A:B (FID / FEntry internal ids, '
                      'hidden="1"), label and value in separate cells, the date a serial, amounts as formulas, a 合计 '
                      'row, and two more sheets: 条款 (terms) and 历史价格 (older prices for the same codes, not the '
                      'order). No currency written. Adds up.',
                      [order('HT-PO-2612-0133', '深圳市鸿泰智能科技有限公司',
                             ('刘仓管', '13828770541', '深圳市龙华区观澜街道大富苑工业区 12 栋 鸿泰智能 来料仓'),
                             '2026-12-12', None, total, lines)])


@mail
def h269_xlsx_bakery_price_per_size_columns():
    sizes = ['6寸', '8寸', '10寸']
    price = {'6寸': '2.80', '8寸': '3.60', '10寸': '4.90'}
    prods = [('HD-DG-T', '蛋糕盒 透明 三合一', [300, 200, 100]),
             ('HD-DG-K', '蛋糕盒 牛皮纸 手提', [150, 0, 50])]
    lines = []
    for s, t, qs in prods:
        for sz, q in zip(sizes, qs):
            if q:
                lines.append(ln('%s%s' % (s, sz.replace('寸', '')), '%s %s' % (t, sz), q, price[sz]))
    total = m2(subtotal(lines))
    check(lines, total)
    sh = Sheet('订货')
    sh.widths = {1: 12, 2: 20, 3: 10, 4: 10, 5: 10, 6: 12}
    sh.set(1, 1, '甜心烘焙工坊 订货单', bold=True, size=14)
    sh.merge(1, 1, 1, 6)
    sh.set(2, 1, '单号 TX-1212')
    sh.set(2, 4, '日期 2026/12/12')
    sh.row(3, 1, ['货号', '品名', '6寸', '8寸', '10寸', '金额'], bold=True, border=True)
    sh.row(4, 1, ['单价（元/个）', '', D('2.80'), D('3.60'), D('4.90'), ''], border=True)
    for i, (s, t, qs) in enumerate(prods):
        r = 5 + i
        sh.row(r, 1, [s, t] + [q if q else None for q in qs], border=True)
        am = sum(D(price[z]) * q for z, q in zip(sizes, qs))
        sh.set(r, 6, ('=C%d*$C$4+D%d*$D$4+E%d*$E$4' % (r, r, r), am), border=True, fmt='#,##0.00')
    sh.set(7, 1, '合计', border=True)
    sh.set(7, 6, ('=SUM(F5:F6)', D(total)), border=True, fmt='#,##0.00')
    sh.set(9, 1, '货号请按 HD-DG-T6 / T8 / T10 这样开，谢谢')
    data = corpus_docs.xlsx_bytes([sh], creator='甜心')
    body = ('恒达客服你好～附件是这次要的蛋糕盒，数量按尺寸分开填的🙏\n\n'
            '寄到：云南省昆明市五华区翠湖南路 8 号 甜心烘焙工坊\n收件：小杨 13888406152\n\n甜心烘焙工坊 杨甜\n')
    eml = with_attachments(hdr(addr('杨甜', '38818207@qq.com'), '蛋糕盒订货', 'Sat, 12 Dec 2026 21:14:09 +0800',
                               'tencent_9A1C3E5F7B9D1F3A5C7E9B1D3F5A7C9E1B04@qq.com', None,
                               extra=['X-QQ-Mailer: QQMail 2.x']), body, 'utf-8', 'base64',
                           [attachment(XLSX, data, '蛋糕盒订货TX-1212.xlsx', name_style='gb18030')],
                           '----=_NextPart_6757A1B1_0A3C2E40_5D6F7A81')
    return eml, truth('hand-xlsx-bakery-price-per-size-columns', 'xlsx', 'utf-8',
                      'A Kunming bakery\'s .xlsx: sizes across the columns (6寸 / 8寸 / 10寸) with a 单价（元/个） row '
                      'under the header giving one price per size, quantities per product under each size (blank = '
                      'none), one amount per product as a formula using the price row; a note asks for SKU + size. '
                      'A clerk keys one line per size with a quantity (five lines). 单号 and date as "单号 TX-1212" '
                      'text in one cell. Adds up.',
                      [order('TX-1212', '甜心烘焙工坊',
                             ('小杨', '13888406152', '云南省昆明市五华区翠湖南路 8 号 甜心烘焙工坊'),
                             '2026-12-12', 'CNY', total, lines)])


@mail
def h270_xlsx_jp_clinic_jpy_tax_rows():
    rows = [('HD-JP-0601', 'Prescription bag A5, white, printed 1C', 10000, '6.5'),
            ('HD-JP-0602', 'Prescription bag B5, white, printed 1C', 6000, '8.2'),
            ('HD-JP-0610', 'Cardboard box 300x220x100, brown', 400, '92')]
    lines = lines_of(rows)
    sub = subtotal(lines)
    tax = m2((sub * D('0.1')).quantize(D('1')))
    total = m2(sub + D(tax))
    check(lines, total, tax)
    sh = Sheet('注文書')
    sh.widths = {1: 14, 2: 40, 3: 10, 4: 12, 5: 14}
    sh.set(1, 1, 'PURCHASE ORDER', bold=True, size=16)
    sh.set(3, 1, 'PO No.')
    sh.set(3, 2, 'AOBA-26-1214')
    sh.set(4, 1, 'Date')
    sh.set(4, 2, datetime.date(2026, 12, 14), fmt='yyyy/mm/dd')
    sh.set(5, 1, 'Buyer')
    sh.set(5, 2, 'Aoba Pharmacy Co., Ltd.')
    sh.set(6, 1, 'Ship to')
    sh.set(6, 2, 'Aoba Pharmacy Sendai Distribution Center, 3-5-12 Oroshimachi, Wakabayashi-ku, Sendai, Miyagi 984-0015, Japan')
    sh.set(7, 1, 'Attn')
    sh.set(7, 2, 'Mr. Sato Hiroshi  TEL 022-238-5510')
    sh.row(9, 1, ['Item No.', 'Description', 'Qty', 'Unit (JPY)', 'Amount (JPY)'], bold=True, border=True)
    for i, (s, t, q, p) in enumerate(rows):
        r = 10 + i
        sh.row(r, 1, [s, t, q], border=True)
        sh.set(r, 4, D(p), border=True, fmt='#,##0.0')
        sh.set(r, 5, ('=C%d*D%d' % (r, r), D(p) * q), border=True, fmt='"¥"#,##0')
    sh.set(13, 4, 'Subtotal', border=True)
    sh.set(13, 5, ('=SUM(E10:E12)', sub), border=True, fmt='"¥"#,##0')
    sh.set(14, 4, 'Tax 10%', border=True)
    sh.set(14, 5, ('=ROUND(E13*0.1,0)', D(tax)), border=True, fmt='"¥"#,##0')
    sh.set(15, 4, 'Total', border=True)
    sh.set(15, 5, ('=E13+E14', D(total)), border=True, fmt='"¥"#,##0')
    data = corpus_docs.xlsx_bytes([sh], creator='Sato')
    body = 'Dear Hengda,\n\nPlease find attached our purchase order AOBA-26-1214.\n\nRegards,\nSato Megumi\nAoba Pharmacy Co., Ltd.\nTEL 022-238-5500 FAX 022-238-5501\n'
    eml = with_attachments(hdr('Sato Megumi <m.sato@aoba-pharmacy.co.jp>', 'Purchase Order AOBA-26-1214',
                               'Mon, 14 Dec 2026 09:30:12 +0900', 'TYCP286MB2288E4F5A6B7C8D9@TYCP286MB2288.JPNP286.PROD.OUTLOOK.COM'),
                           body, 'us-ascii', '7bit', [attachment(XLSX, data, 'PO_AOBA-26-1214.xlsx')],
                           '_004_TYCP286MB2288E4F5A6B7C8D9TYCP286MB2288JPNP_')
    return eml, truth('hand-xlsx-jp-clinic-jpy-tax-rows', 'xlsx', 'us-ascii',
                      'A Sendai pharmacy chain\'s English .xlsx (sheet named 注文書): label / value cells down column '
                      'A/B (PO No., Date serial, Buyer, Ship to, Attn with "TEL" and the phone in the same cell), '
                      'one-decimal yen prices, "¥"#,##0 amount formats, Subtotal / Tax 10% (ROUND to whole yen) / '
                      'Total formulas. Adds up with tax.',
                      [order('AOBA-26-1214', 'Aoba Pharmacy Co., Ltd.',
                             ('Mr. Sato Hiroshi', '022-238-5510',
                              'Aoba Pharmacy Sendai Distribution Center, 3-5-12 Oroshimachi, Wakabayashi-ku, Sendai, '
                              'Miyagi 984-0015, Japan'), '2026-12-14', 'JPY', total, lines)])


@mail
def h271_xlsx_uae_contractor_two_sheets_aed():
    rows = [('HD-CP-0612', 'Corner protector, cardboard, 60x60x1200mm', 3000, '1.35'),
            ('HD-SW-0500', 'Stretch film 500mm x 300m, 23 mic', 120, '28.50'),
            ('HD-PP-1206', 'PP strap 12mm x 1000m, black', 60, '42.00')]
    lines = lines_of(rows)
    sub = subtotal(lines)
    vat = m2(sub * D('0.05'))
    total = m2(sub + D(vat))
    check(lines, total, vat)
    cover = Sheet('LPO')
    cover.widths = {1: 22, 2: 60}
    for i, (k, v) in enumerate([('LPO No.', 'AFC/SITE-07/LPO/0455'), ('LPO Date', datetime.date(2026, 12, 14)),
                                ('Company', 'Al Fanar Contracting L.L.C.'),
                                ('Project', 'Tower B, Al Reem Island (Site 07)'),
                                ('Deliver to', 'Site 07 Store, Plot C-11, Al Reem Island, Abu Dhabi, UAE'),
                                ('Site storekeeper', 'Mr. Rahul Menon, 050 617 3394'),
                                ('Currency', 'AED'), ('Grand total incl. VAT', ('=Items!E8', D(total)))]):
        cover.set(3 + i, 1, k, bold=True)
        cover.set(3 + i, 2, v, fmt='dd/mm/yyyy' if isinstance(v, datetime.date) else ('#,##0.00' if isinstance(v, tuple) else None))
    cover.set(1, 1, 'LOCAL PURCHASE ORDER', bold=True, size=16)
    it = Sheet('Items')
    it.widths = {1: 14, 2: 44, 3: 8, 4: 10, 5: 12}
    it.row(1, 1, ['Item Code', 'Description', 'Qty', 'Rate', 'Amount'], bold=True, border=True)
    for i, (s, t, q, p) in enumerate(rows):
        r = 2 + i
        it.row(r, 1, [s, t, q], border=True)
        it.set(r, 4, D(p), border=True, fmt='0.00')
        it.set(r, 5, ('=C%d*D%d' % (r, r), D(p) * q), border=True, fmt='#,##0.00')
    it.set(6, 4, 'Total', border=True)
    it.set(6, 5, ('=SUM(E2:E4)', sub), border=True, fmt='#,##0.00')
    it.set(7, 4, 'VAT 5%', border=True)
    it.set(7, 5, ('=E6*5%', D(vat)), border=True, fmt='#,##0.00')
    it.set(8, 4, 'Grand Total', border=True)
    it.set(8, 5, ('=E6+E7', D(total)), border=True, fmt='#,##0.00')
    data = corpus_docs.xlsx_bytes([cover, it], creator='Procurement')
    body = ('Dear Supplier,\n\nPlease find attached LPO for Site 07. Kindly deliver before 24/12/2026 and submit the delivery '
            'note signed by the site storekeeper with your invoice.\n\nRegards,\nSuresh Pillai\nProcurement Engineer\n'
            'Al Fanar Contracting L.L.C.\nTel +971 2 555 8100 | Fax +971 2 555 8109\n')
    eml = with_attachments(hdr('Suresh Pillai <suresh.p@alfanar-contracting.ae>', 'LPO AFC/SITE-07/LPO/0455',
                               'Mon, 14 Dec 2026 11:55:31 +0400', 'DX0P273MB0711A2B3C4D5E6F7@DX0P273MB0711.AREP273.PROD.OUTLOOK.COM'),
                           body, 'us-ascii', '7bit', [attachment(XLSX, data, 'LPO-0455.xlsx')],
                           '_004_DX0P273MB0711A2B3C4D5E6F7DX0P273MB0711AREP_')
    return eml, truth('hand-xlsx-uae-contractor-two-sheets-aed', 'xlsx', 'us-ascii',
                      'An Abu Dhabi contractor\'s .xlsx in two sheets: an LPO cover sheet of label/value rows (LPO No. '
                      'with slashes, a date serial shown dd/mm/yyyy, company, project, site delivery address, '
                      'storekeeper with his mobile in one cell, Currency AED, the grand total as a cross-sheet formula) '
                      'and an Items sheet with Total / VAT 5% / Grand Total rows. The due date in the mail is not the '
                      'order date. Adds up with VAT.',
                      [order('AFC/SITE-07/LPO/0455', 'Al Fanar Contracting L.L.C.',
                             ('Mr. Rahul Menon', '050 617 3394', 'Site 07 Store, Plot C-11, Al Reem Island, Abu Dhabi, UAE'),
                             '2026-12-14', 'AED', total, lines)])


@mail
def h272_xlsx_ca_ngo_cad_donated_line_hold():
    rows = [('HD-FB-3325', 'Food bank box 33x25x20cm, printed "Not for resale"', 2500, '1.12'),
            ('HD-GB-0090', 'Grocery bag, paper, 90gsm, handles', 8000, '0.31'),
            ('HD-TP-0048', 'Packing tape 48mm x 100m, clear', 144, '2.05')]
    lines = lines_of(rows)
    sub = subtotal(lines)
    hst = m2(sub * D('0.13'))
    total = m2(sub + D(hst))
    check(lines, total, hst)
    sh = Sheet('Order')
    sh.widths = {1: 14, 2: 46, 3: 8, 4: 10, 5: 12, 6: 30}
    sh.set(1, 1, 'Harbourfront Community Food Bank', bold=True, size=14)
    sh.set(2, 1, 'Purchase Order # HCFB-1207')
    sh.set(3, 1, 'Date: December 14, 2026')
    sh.row(5, 1, ['SKU', 'Item', 'Qty', 'Price', 'Total', 'Note'], bold=True, border=True)
    for i, (s, t, q, p) in enumerate(rows):
        r = 6 + i
        sh.row(r, 1, [s, t, q], border=True)
        sh.set(r, 4, D(p), border=True, fmt='"$"#,##0.00')
        sh.set(r, 5, ('=C%d*D%d' % (r, r), D(p) * q), border=True, fmt='"$"#,##0.00')
    sh.set(6, 6, 'grant-funded (Trillium)', border=True)
    sh.set(9, 2, 'Shrink wrap 18" - Vivian said you may donate 20 rolls?', border=True)
    sh.set(9, 3, 20, border=True)
    sh.set(9, 6, 'please confirm', border=True)
    sh.set(11, 4, 'Subtotal')
    sh.set(11, 5, ('=SUM(E6:E8)', sub), fmt='"$"#,##0.00')
    sh.set(12, 4, 'HST 13%')
    sh.set(12, 5, ('=E11*0.13', D(hst)), fmt='"$"#,##0.00')
    sh.set(13, 4, 'Total CAD')
    sh.set(13, 5, ('=E11+E12', D(total)), fmt='"$"#,##0.00')
    sh.set(15, 1, 'Ship to: Harbourfront Community Food Bank, 410 Queens Quay W, Loading Bay 2, Toronto, ON M5V 3T1')
    sh.set(16, 1, 'Receiving: Omar Haddad 416-555-0144')
    data = corpus_docs.xlsx_bytes([sh], creator='HCFB')
    body = ('Hi Vivian,\n\nOur PO for the holiday drive is attached. Please see the note about the shrink wrap - if the '
            'donation is not possible just let me know the price first.\n\nWarm regards,\nLinda Tremblay\nVolunteer '
            'Coordinator\nHarbourfront Community Food Bank\n')
    eml = with_attachments(hdr('Linda Tremblay <linda@hcfoodbank.ca>', 'PO HCFB-1207 holiday drive',
                               'Mon, 14 Dec 2026 13:42:05 -0500', 'CAK8r3Yn5Tq1+WmV7xL2bP9cJ4eZ6dX0sG3hA8kU1iS@mail.gmail.com'),
                           body, 'us-ascii', '7bit', [attachment(XLSX, data, 'HCFB-1207.xlsx')], '000000000000c4a9e3062da01f77')
    return eml, truth('hand-xlsx-ca-ngo-cad-donated-line-hold', 'xlsx', 'us-ascii',
                      'A Toronto food bank\'s .xlsx: "Purchase Order # HCFB-1207" and "Date: December 14, 2026" as '
                      'text cells, "$" number formats and "Total CAD", HST 13%, a Note column, and a fourth row below '
                      'the table without SKU or price ("Vivian said you may donate 20 rolls? … please confirm") that '
                      'is outside the totals. The clerk keys the three priced lines and HOLDS until sales answers '
                      'about the donated shrink wrap. Adds up with HST.',
                      [order('HCFB-1207', 'Harbourfront Community Food Bank',
                             ('Omar Haddad', '416-555-0144',
                              'Harbourfront Community Food Bank, 410 Queens Quay W, Loading Bay 2, Toronto, ON M5V 3T1'),
                             '2026-12-14', 'CAD', total, lines)])


@mail
def h273_xlsx_yunnan_flower_farm_rounding_row():
    rows = [('HD-HX-6012', '鲜花包装纸箱 120*60*30 五层', '个', 800, '9.856'),
            ('HD-HT-0030', '花束套袋 透明 30*60', '个', 20000, '0.073'),
            ('HD-BB-0012', '保鲜冰袋 12cm', '个', 6000, '0.36')]
    lines = exact(lines_of(rows, qty=3, price=4), ['9.856', '0.073', None])
    sub = subtotal(lines)
    assert sub == D('11504.80'), sub
    total = '11505.00'
    sh = Sheet('Sheet1')
    sh.widths = {1: 12, 2: 26, 3: 6, 4: 10, 5: 10, 6: 12}
    sh.set(1, 1, '斗南花卉种植基地 包材订单', bold=True, size=14)
    sh.merge(1, 1, 1, 6)
    sh.set(2, 1, '订单号：DN-HH-1215')
    sh.set(2, 4, '2026年12月15日')
    sh.row(3, 1, ['编码', '品名', '单位', '数量', '单价', '金额'], bold=True, border=True)
    for i, (s, t, u, q, p) in enumerate(rows):
        r = 4 + i
        sh.row(r, 1, [s, t, u, q], border=True)
        sh.set(r, 5, D(p), border=True, fmt='0.000')
        sh.set(r, 6, ('=D%d*E%d' % (r, r), D(p) * q), border=True, fmt='#,##0.00')
    sh.set(7, 1, '合计', border=True)
    sh.set(7, 6, ('=ROUND(SUM(F4:F6),0)', D(total)), border=True, fmt='#,##0.00')
    sh.set(9, 1, '收货：云南省昆明市呈贡区斗南街道 斗南花卉种植基地 3 号冷库（花市北门进）')
    sh.set(10, 1, '联系人：普建华 15087123390')
    sh.set(11, 1, '单价为含税价（元）')
    data = corpus_docs.xlsx_bytes([sh], creator='普')
    body = '李经理，附件是我们基地的包材订单，情人节前要用，请 1 月 20 日前到货。\n\n斗南花卉种植基地 普丽\n'
    eml = with_attachments(hdr(addr('普丽', 'dounan_pl@163.com'), '包材订单 DN-HH-1215', 'Tue, 15 Dec 2026 08:58:40 +0800',
                               '3c7e1a9b.7d2.18f6a1b2c3d.Coremail.dounan_pl@163.com',
                               'X-Mailer: Coremail Webmail Server Version XT5.0.14'), body, 'utf-8', 'base64',
                           [attachment(XLSX, data, 'DN-HH-1215.xlsx')], '----=_Part_44120_9021377.1765760320')
    return eml, truth('hand-xlsx-yunnan-flower-farm-rounding-row', 'xlsx', 'utf-8',
                      'A Kunming flower farm\'s .xlsx: the date as text "2026年12月15日" in its own cell without a label, '
                      '3-decimal prices (9.856, 0.073; the format shows 0.360), a 合计 formula ROUND(SUM(…),0) that '
                      'shows 11,505.00 while the lines add to 11,504.80 (the total is keyed as written); "单价为含税价'
                      '（元）" in a note row gives the currency. The delivery date in the mail is not the order date.',
                      [order('DN-HH-1215', '斗南花卉种植基地',
                             ('普建华', '15087123390', '云南省昆明市呈贡区斗南街道 斗南花卉种植基地 3 号冷库（花市北门进）'),
                             '2026-12-15', 'CNY', total, lines)])


# ============================================================ xls attachments
@mail
def h274_xls_pharmacy_erp_gsp_batch():
    rows = [('YP-BZ-0031', '药品周转箱 纸质', '600*400*350 K=A', '个', 400, '12.6000'),
            ('YP-BZ-0045', '冷链保温箱 EPS', '40L 附冰排', '套', 120, '38.5000'),
            ('YP-BZ-0102', '药品标签 不干胶', '80*50mm 3000张/卷', '卷', 60, '45.0000')]
    lines = [ln(s, '%s %s' % (t, g), q, p) for s, t, g, u, q, p in rows]
    total = m2(subtotal(lines))
    check(lines, total)
    sh = Sheet('Sheet1')
    sh.widths = {1: 12, 2: 16, 3: 20, 4: 6, 5: 8, 6: 10, 7: 12, 8: 14}
    sh.set(1, 1, '山东鲁康医药物流有限公司 采购订单', size=16)
    sh.merge(1, 1, 1, 8)
    sh.set(2, 1, '订单编号')
    sh.set(2, 2, 'LKCG2612150088')
    sh.set(2, 5, '制单日期')
    sh.set(2, 6, datetime.date(2026, 12, 15))
    sh.set(3, 1, '供货单位')
    sh.set(3, 2, '杭州恒达包装材料有限公司')
    sh.set(3, 5, '结算方式')
    sh.set(3, 6, '电汇')
    sh.row(4, 1, ['物料编码', '品名', '规格', '单位', '数量', '单价', '金额', 'GSP验收'], border=True)
    for i, (s, t, g, u, q, p) in enumerate(rows):
        r = 5 + i
        sh.row(r, 1, [s, t, g, u, q], border=True)
        sh.set(r, 6, D(p), border=True, fmt='0.0000')
        sh.set(r, 7, D(p) * q, border=True, fmt='#,##0.00')
        sh.set(r, 8, '需附检验报告', border=True)
    sh.set(8, 1, '合计', border=True)
    sh.set(8, 7, D(total), border=True, fmt='#,##0.00')
    sh.set(10, 1, '收货地址：山东省济南市历城区港兴三路 2099 号 鲁康医药物流园 B 区收货月台')
    sh.set(11, 1, '收货人：孔祥伟 0531-88026620')
    sh.set(12, 1, '制单人：马燕   审核人：宋建   采购经理：赵立新')
    data = corpus_docs.xls_bytes([sh])
    body = '恒达包装：\n\n附件为我司采购订单（ERP导出），请按 GSP 要求随货附检验报告。\n\n马燕\n山东鲁康医药物流有限公司 采购部\n电话 0531-88026601 传真 0531-88026602\n'
    eml = with_attachments(hdr(addr('马燕', 'cg_may@lukang-pharma.com', 'gb2312'), '采购订单 LKCG2612150088',
                               'Tue, 15 Dec 2026 10:20:33 +0800', '000b01db4d8a$6a7b8c9d$0e1f2a3b$@lukang-pharma.com',
                               'X-Mailer: Microsoft Outlook 16.0', 'gb2312'), body, 'gb2312', 'base64',
                           [attachment(XLS, data, '采购订单LKCG2612150088.xls', name_style='gb2312')],
                           '----=_NextPart_000_000C_01DB4D8A.6A7B8C9D')
    return eml, truth('hand-xls-pharmacy-erp-gsp-batch', 'xls', 'gb2312',
                      'A pharmaceutical distributor\'s ERP .xls: label and value in separate cells (订单编号 a long '
                      'digit-like code, 制单日期 a date cell), 品名 and 规格 apart (keyed joined), 4-decimal prices '
                      'that are whole cents, a GSP验收 remark column on every line, 合计 row; signature with 电话 and '
                      '传真. No currency written. Adds up.',
                      [order('LKCG2612150088', '山东鲁康医药物流有限公司',
                             ('孔祥伟', '0531-88026620', '山东省济南市历城区港兴三路 2099 号 鲁康医药物流园 B 区收货月台'),
                             '2026-12-15', None, total, lines)])


@mail
def h275_xls_construction_two_lots_one_po():
    rows = [('ZC-01', '木托盘 1200*1000 熏蒸', '块', 300, '58.00', '第一批 12/20'),
            ('ZC-02', '木箱 2000*1000*800 出口', '只', 20, '680.00', '第二批 1/10'),
            ('ZC-03', '钢带 19mm 打包', '卷', 30, '145.00', '第一批 12/20')]
    lines = [ln(s, t, q, p) for s, t, u, q, p, b in rows]
    total = m2(subtotal(lines))
    check(lines, total)
    sh = Sheet('材料计划')
    sh.widths = {1: 8, 2: 26, 3: 6, 4: 8, 5: 10, 6: 12, 7: 14}
    sh.set(1, 1, '中铁建设 雄安站房项目 物资采购单', size=16)
    sh.merge(1, 1, 1, 7)
    sh.set(2, 1, '编号：XAZF-WZ-2026-311')
    sh.set(2, 5, '日期：2026-12-15')
    sh.row(3, 1, ['编码', '名称规格', '单位', '数量', '单价(元)', '金额(元)', '到货批次'], border=True)
    for i, (s, t, u, q, p, b) in enumerate(rows):
        r = 4 + i
        sh.row(r, 1, [s, t, u, q], border=True)
        sh.set(r, 5, D(p), border=True)
        sh.set(r, 6, D(p) * q, border=True)
        sh.set(r, 7, b, border=True)
    sh.set(7, 1, '合计', border=True)
    sh.set(7, 6, D(total), border=True)
    sh.set(9, 1, '送货：河北省保定市雄县 雄安站房项目部 材料场（京雄高速雄安出口往南 3 公里）')
    sh.set(10, 1, '材料员：高志刚 18631256640')
    sh.set(11, 1, '中铁建设集团有限公司 雄安站房项目经理部')
    data = corpus_docs.xls_bytes([sh])
    body = '恒达公司：\n附件为采购单，分两批到货，见到货批次列。\n项目部物资部 田\n'
    eml = with_attachments(hdr(addr('田宏', 'xazf_wzb@crcc-build.cn', 'gbk'), '物资采购单 XAZF-WZ-2026-311',
                               'Tue, 15 Dec 2026 16:02:17 +0800', '20261215160217.3A55E1@crcc-build.cn',
                               'X-Mailer: Coremail Webmail Server Version XT6.0.2', 'gbk'), body, 'gbk', 'base64',
                           [attachment(XLS, data, 'XAZF-WZ-2026-311.xls', name_style='gbk')],
                           '----=_Part_55102_1133908.1765785737')
    return eml, truth('hand-xls-construction-two-lots-one-po', 'xls', 'gbk',
                      'A railway-station building site\'s .xls: number and date as "编号：…" / "日期：2026-12-15" text '
                      'cells, 单价(元)/金额(元) headers, plain numbers without formats, a 到货批次 column giving two '
                      'delivery lots ("第一批 12/20", "第二批 1/10" — not dates of the order), 合计 row; the address has '
                      'a directions hint. Adds up.',
                      [order('XAZF-WZ-2026-311', '中铁建设集团有限公司 雄安站房项目经理部',
                             ('高志刚', '18631256640', '河北省保定市雄县 雄安站房项目部 材料场（京雄高速雄安出口往南 3 公里）'),
                             '2026-12-15', 'CNY', total, lines)])


@mail
def h276_xls_kr_car_parts_english_krw():
    rows = [('HD-KR-0301', 'Box for brake pad set, 210x160x70, printed', 5000, '420'),
            ('HD-KR-0302', 'Box for oil filter, 110x110x130, printed', 8000, '310'),
            ('HD-KR-0310', 'VCI anti-rust bag 300x400', 10000, '95')]
    lines = lines_of(rows)
    sub = subtotal(lines)
    vat = m2(sub * D('0.1'))
    total = m2(sub + D(vat))
    check(lines, total, vat)
    sh = Sheet('PO')
    sh.widths = {1: 6, 2: 14, 3: 44, 4: 10, 5: 10, 6: 14}
    sh.set(1, 1, 'PURCHASE ORDER', size=16)
    sh.merge(1, 1, 1, 6)
    sh.set(3, 1, 'P/O NO : DS-P2612-0419')
    sh.set(4, 1, 'DATE : 2026.12.16')
    sh.set(5, 1, 'BUYER : DAESUNG AUTO PARTS CO., LTD.')
    sh.set(6, 1, 'SHIP TO : 55, Seongseo-ro 71-gil, Dalseo-gu, Daegu 42719, Korea (Warehouse 2)')
    sh.set(7, 1, 'ATTN : Mr. Jung Tae-ho / +82-53-592-7713')
    sh.row(9, 1, ['NO', 'PART NO', 'DESCRIPTION', 'QTY', 'U/PRICE', 'AMOUNT(KRW)'], border=True)
    for i, (s, t, q, p) in enumerate(rows):
        r = 10 + i
        sh.row(r, 1, [i + 1, s, t, q, int(p), int(D(p) * q)], border=True)
    sh.set(13, 3, 'SUB TOTAL', border=True)
    sh.set(13, 6, int(sub), border=True)
    sh.set(14, 3, 'VAT(10%)', border=True)
    sh.set(14, 6, int(D(vat)), border=True)
    sh.set(15, 3, 'TOTAL', border=True)
    sh.set(15, 6, int(D(total)), border=True)
    data = corpus_docs.xls_bytes([sh])
    body = 'Dear Hengda,\n\nPls find attached P/O. Pls confirm delivery date.\n\nB.rgds\nYoon Ji-hye / Purchasing Team\nDAESUNG AUTO PARTS CO., LTD.\nTEL +82-53-592-7700 FAX +82-53-592-7709\n'
    eml = with_attachments(hdr('Yoon Ji-hye <jhyoon@daesung-ap.co.kr>', 'P/O DS-P2612-0419', 'Wed, 16 Dec 2026 09:11:48 +0900',
                               '20261216091148.4B2C71@daesung-ap.co.kr', 'X-Mailer: Daum Mail'), body, 'us-ascii', '7bit',
                           [attachment(XLS, data, 'DS-P2612-0419.xls')], '=_5c8e2a1f7d3b49e6a0c4_=')
    return eml, truth('hand-xls-kr-car-parts-english-krw', 'xls', 'us-ascii',
                      'A Daegu car-parts maker\'s English .xls: header fields as "LABEL : value" text cells in column A '
                      '(P/O NO, DATE 2026.12.16, BUYER, SHIP TO, ATTN with name / phone), integer KRW prices and '
                      'amounts as numbers, "AMOUNT(KRW)" header, SUB TOTAL / VAT(10%) / TOTAL rows. Adds up with VAT.',
                      [order('DS-P2612-0419', 'DAESUNG AUTO PARTS CO., LTD.',
                             ('Mr. Jung Tae-ho', '+82-53-592-7713',
                              '55, Seongseo-ro 71-gil, Dalseo-gu, Daegu 42719, Korea (Warehouse 2)'),
                             '2026-12-16', 'KRW', total, lines)])


# ============================================================ PDF attachments
@mail
def h277_pdf_word_two_columns_hospital():
    rows = [('HD-YY-2101', '病历档案盒 A4 牛皮纸 5cm', '个', 3000, '3.20'),
            ('HD-YY-2102', '检验报告袋 A4 白色 印院徽', '个', 20000, '0.28'),
            ('HD-YY-2103', '药房手提袋 中号 印院名', '个', 10000, '0.45')]
    lines = lines_of(rows, qty=3, price=4)
    total = m2(subtotal(lines))
    check(lines, total)

    def build(c, fn, ps):
        w, h = ps
        c.setFont(fn, 16)
        c.drawCentredString(w / 2, h - 60, '广州市白云区第二人民医院')
        c.setFont(fn, 13)
        c.drawCentredString(w / 2, h - 82, '物资采购订货函')
        c.setLineWidth(0.8)
        c.line(60, h - 92, w - 60, h - 92)
        left, right, top = 60, w / 2 + 12, h - 118
        c.setFont(fn, 10.5)
        col1 = ['致：杭州恒达包装材料有限公司', '', '订货函编号：BY2Y-ZB-2612-046', '日期：2026年12月16日', '',
                '经院内采购小组议价，现向贵司订购', '下列物资：', '']
        for i, (s, t, u, q, p) in enumerate(rows):
            col1 += ['%d. %s' % (i + 1, t), '   编号 %s' % s, '   数量 %s %s，单价 %s 元' % ('{:,}'.format(q), u, p),
                     '   金额 %s 元' % amt(D(p) * q)]
        col1 += ['', '合计金额：人民币 %s 元' % amt(D(total)), '（大写：壹万玖仟柒佰元整）']
        col2 = ['交货要求', '1. 交货地点：广州市白云区石井街道', '   石沙路 1212 号 第二人民医院', '   总务科仓库（后门）',
                '2. 收货人：总务科 麦永康', '   电话：020-86312057', '3. 交货期：合同签订后 15 日内', '',
                '付款方式', '验收合格后 90 日内转账支付，', '须开具增值税普通发票。', '', '联系人', '设备科 谭晓君',
                '电话 020-86312011', '传真 020-86312012']
        for i, x in enumerate(col1):
            c.drawString(left, top - i * 16, x)
        for i, x in enumerate(col2):
            c.drawString(right, top - i * 16, x)
        c.line(w / 2, top + 10, w / 2, top - max(len(col1), len(col2)) * 16)
        c.drawString(right, 120, '广州市白云区第二人民医院（盖章）')
        c.drawString(right, 100, '2026年12月16日')
    data = corpus_docs.pdf_bytes(build, '物资采购订货函', 'tanxj', font='song')
    assert total == '19700.00'
    body = '恒达包装：\n\n附件为我院订货函（PDF），请确认后回传。\n\n设备科 谭晓君\n020-86312011\n'
    eml = with_attachments(hdr(addr('谭晓君', 'sbk_txj@by2y.gz.cn', 'gb2312'), '订货函 BY2Y-ZB-2612-046',
                               'Wed, 16 Dec 2026 11:27:06 +0800', '000d01db4e5b$2f3a4b5c$6d7e8f90$@by2y.gz.cn',
                               'X-Mailer: Microsoft Outlook 16.0', 'gb2312'), body, 'gb2312', 'base64',
                           [attachment('application/pdf', data, '订货函BY2Y-ZB-2612-046.pdf', name_style='gb2312')],
                           '----=_NextPart_000_000E_01DB4E5B.2F3A4B5C')
    return eml, truth('hand-pdf-word-two-columns-hospital', 'pdf', 'gb2312',
                      'A district hospital\'s 订货函 made in Word (AR PL UMing, creator Word) in two text columns: the '
                      'left column has the number, date and the items as numbered blocks of four lines (title, 编号, '
                      '数量/单价, 金额) with 合计 and the 大写 amount; the right column has the delivery address over '
                      'three lines, the receiver and the contact with 传真. No table, no grid. Adds up.',
                      [order('BY2Y-ZB-2612-046', '广州市白云区第二人民医院',
                             ('麦永康', '020-86312057', '广州市白云区石井街道, 石沙路 1212 号 第二人民医院, 总务科仓库（后门）'),
                             '2026-12-16', 'CNY', total, lines)])


@mail
def h278_pdf_cn_farm_deposit_partial():
    rows = [('HD-NC-0501', '鸡蛋托 30枚 纸浆', '个', 50000, '0.26'),
            ('HD-NC-0502', '鸡蛋礼盒 60枚 手提 印刷', '个', 3000, '6.80'),
            ('HD-NC-0503', '封口贴 圆形 30mm', '张', 50000, '0.02')]
    lines = lines_of(rows, qty=3, price=4)
    total = m2(subtotal(lines))
    check(lines, total)
    dep = m2(D(total) * D('0.2'))

    def build(c, fn, ps):
        w, h = ps
        c.setFont(fn, 17)
        c.drawCentredString(w / 2, h - 55, '黑龙江北大荒绿野蛋鸡养殖场')
        c.setFont(fn, 13)
        c.drawCentredString(w / 2, h - 77, '采购合同（订单）')
        c.setFont(fn, 10)
        c.drawString(50, h - 105, '合同编号：BDH-LY-2612-12')
        c.drawString(330, h - 105, '签订日期：2026-12-16')
        c.drawString(50, h - 121, '卖方：杭州恒达包装材料有限公司')
        c.drawString(330, h - 121, '买方：黑龙江北大荒绿野蛋鸡养殖场')
        t = [['序号', '编码', '品名规格', '单位', '数量', '单价(元)', '金额(元)']]
        t += [[str(i + 1), s, n, u, '{:,}'.format(q), p, amt(D(p) * q)] for i, (s, n, u, q, p) in enumerate(rows)]
        t += [['合计', '', '', '', '', '', amt(D(total))]]
        y = corpus_docs.draw_grid_table(c, fn, 50, h - 135, [30, 75, 160, 30, 65, 55, 80], t, size=9,
                                        align=['c', 'l', 'l', 'c', 'r', 'r', 'r'])
        terms = ['一、付款：合同签订后付 20%% 定金（¥%s），余款发货前付清。' % amt(D(dep)),
                 '二、交货：分两次发货，12 月 28 日前发蛋托 25,000 个及全部礼盒、封口贴，余下蛋托 1 月 15 日前发。',
                 '三、交货地点：黑龙江省佳木斯市富锦市 北大荒集团七星农场 绿野蛋鸡养殖场 包装车间',
                 '     收货人：于海涛  电话 13945432170',
                 '四、运费由卖方承担。']
        for i, x in enumerate(terms):
            c.drawString(50, y - 24 - i * 16, x)
        c.drawString(50, y - 130, '买方代表：于海涛')
        c.drawString(330, y - 130, '卖方代表：')
    data = corpus_docs.pdf_bytes(build, 'BDH-LY-2612-12', 'yuht')
    body = '李经理您好，合同（订单）见附件，盖章回传后我们付定金。\n于海涛 绿野蛋鸡养殖场\n'
    eml = with_attachments(hdr(addr('于海涛', 'lvye_yht@163.com', 'gbk'), '采购合同 BDH-LY-2612-12',
                               'Wed, 16 Dec 2026 15:44:52 +0800', '7d3f1b5e.8e4.18f7c2d3e4f.Coremail.lvye_yht@163.com',
                               'X-Mailer: Coremail Webmail Server Version XT5.0.14', 'gbk'), body, 'gbk', 'base64',
                           [attachment('application/pdf', data, '采购合同BDH-LY-2612-12.pdf', name_style='gbk')],
                           '----=_Part_66231_2088417.1765871092')
    return eml, truth('hand-pdf-cn-farm-deposit-partial', 'pdf', 'gbk',
                      'A Heilongjiang egg farm\'s 采购合同（订单） PDF: 合同编号 / 签订日期, seller and buyer side by side '
                      '(the buyer is the farm), a ruled table with 合计, then contract terms: a 20% 定金 with its amount, '
                      'two shipments (the quantities in the table are the whole order), freight borne by the seller. '
                      'The total is the 合计. Adds up.',
                      [order('BDH-LY-2612-12', '黑龙江北大荒绿野蛋鸡养殖场',
                             ('于海涛', '13945432170', '黑龙江省佳木斯市富锦市 北大荒集团七星农场 绿野蛋鸡养殖场 包装车间'),
                             '2026-12-16', 'CNY', total, lines)])


@mail
def h279_pdf_uae_trading_aed_vat():
    rows = [('HD-DT-0250', 'Date box 250g, gold foil, window', 10000, '1.45'),
            ('HD-DT-0500', 'Date box 500g, gold foil, window', 6000, '2.10'),
            ('HD-DT-1000', 'Date gift box 1kg, magnetic, ribbon', 1500, '7.90'),
            ('HD-DT-0010', 'Paper cup liner, brown, 3cm', 100000, '0.018')]
    lines = exact(lines_of(rows), [None, None, None, '0.018'])
    sub = subtotal(lines)
    vat = m2(sub * D('0.05'))
    total = m2(sub + D(vat))
    check(lines, total, vat)

    def build(c, fn, ps):
        w, h = ps
        c.setFillColorRGB(0.55, 0.42, 0.18)
        c.rect(0, h - 90, w, 90, fill=1, stroke=0)
        c.setFillColorRGB(1, 1, 1)
        c.setFont(fn, 18)
        c.drawString(50, h - 50, 'Oasis Dates Trading L.L.C.')
        c.setFont(fn, 9)
        c.drawString(50, h - 68, 'Warehouse 14, Al Qusais Industrial Area 2, Dubai, UAE  |  TRN 100398277100003')
        c.setFont(fn, 16)
        c.drawRightString(w - 50, h - 50, 'PURCHASE ORDER')
        c.setFillColorRGB(0, 0, 0)
        c.setFont(fn, 10)
        for i, (k, v) in enumerate([('PO Number', 'ODT-PO-26-0781'), ('PO Date', '16/12/2026'), ('Currency', 'AED'),
                                    ('Payment', '90 days')]):
            c.drawString(360, h - 115 - i * 15, k)
            c.drawString(440, h - 115 - i * 15, v)
        c.drawString(50, h - 115, 'Supplier:')
        c.drawString(50, h - 130, 'Hangzhou Hengda Packaging Materials Co., Ltd.')
        c.drawString(50, h - 160, 'Deliver to:')
        c.drawString(50, h - 175, 'Oasis Dates Trading L.L.C., Warehouse 14, Al Qusais Industrial Area 2, Dubai, UAE')
        c.drawString(50, h - 190, 'Contact: Mohammed Iqbal, +971 55 208 4410')
        t = [['#', 'Item', 'Description', 'Qty', 'Unit Price', 'Total']]
        t += [[str(i + 1), s, d, '{:,}'.format(q), p, amt(D(p) * q)] for i, (s, d, q, p) in enumerate(rows)]
        y = corpus_docs.draw_grid_table(c, fn, 50, h - 210, [20, 75, 190, 55, 65, 90], t, size=9,
                                        align=['c', 'l', 'l', 'r', 'r', 'r'])
        for i, (k, v) in enumerate([('Subtotal', amt(sub)), ('VAT 5%', amt(D(vat))), ('Total AED', amt(D(total)))]):
            c.drawString(380, y - 20 - i * 15, k)
            c.drawRightString(545, y - 20 - i * 15, v)
        c.drawString(50, y - 80, 'Authorised by: Khalid Al Hashimi, General Manager')
        c.drawString(50, y - 95, 'Tel +971 4 263 1900  Fax +971 4 263 1901')
    data = corpus_docs.pdf_bytes(build, 'ODT-PO-26-0781', 'Oasis Dates')
    body = 'Dear Vivian,\n\nAttached our PO ODT-PO-26-0781 for the Ramadan season. Kindly confirm.\n\nRegards,\nMohammed Iqbal\nStore & Purchase, Oasis Dates Trading L.L.C.\n'
    eml = with_attachments(hdr('Mohammed Iqbal <store@oasisdates.ae>', 'PO ODT-PO-26-0781 - Ramadan packaging',
                               'Wed, 16 Dec 2026 10:05:37 +0400', 'CAM1q8Zt6Wr3+PnX5yK9cL2dJ7fA0eY4sH8iB3lV2jT@mail.gmail.com'),
                           body, 'us-ascii', '7bit', [attachment('application/pdf', data, 'ODT-PO-26-0781.pdf')],
                           '000000000000d5b0f4062db12a88')
    return eml, truth('hand-pdf-uae-trading-aed-vat', 'pdf', 'us-ascii',
                      'A Dubai date trader\'s PDF: a dark banner with white company name, address and TRN, label/value '
                      'pairs on the right (PO Number, PO Date 16/12/2026, Currency AED), supplier and deliver-to on '
                      'the left, a ruled table with a 3-decimal price, Subtotal / VAT 5% / Total AED below it; the '
                      'signature line has Tel and Fax. Adds up with VAT.',
                      [order('ODT-PO-26-0781', 'Oasis Dates Trading L.L.C.',
                             ('Mohammed Iqbal', '+971 55 208 4410',
                              'Oasis Dates Trading L.L.C., Warehouse 14, Al Qusais Industrial Area 2, Dubai, UAE'),
                             '2026-12-16', 'AED', total, lines)])


@mail
def h280_pdf_au_dental_gst_freight():
    rows = [('HD-DN-0901', 'Patient care bag, LDPE, printed 2 col', 5000, '0.19'),
            ('HD-DN-0902', 'Aligner case box, rigid, white, foil logo', 2000, '1.65'),
            ('HD-DN-0903', 'Shipping carton 310x230x110, brown', 600, '0.98')]
    lines = lines_of(rows)
    sub = subtotal(lines)
    freight = D('240.00')
    gst = m2((sub + freight) * D('0.1'))
    total = m2(sub + freight + D(gst))
    check(lines, total, freight + D(gst))

    def build(c, fn, ps):
        w, h = ps
        c.setFont(fn, 20)
        c.drawString(50, h - 60, 'Brightsmile Dental Group Pty Ltd')
        c.setFont(fn, 9)
        c.drawString(50, h - 76, 'ABN 63 618 442 901  |  Level 2, 140 Elizabeth St, Brisbane QLD 4000')
        c.setFont(fn, 14)
        c.drawRightString(w - 50, h - 60, 'Purchase Order')
        c.setFont(fn, 10)
        c.drawRightString(w - 50, h - 78, 'PO-BSD-10662')
        c.drawRightString(w - 50, h - 92, 'Issued 17 Dec 2026')
        c.drawString(50, h - 120, 'Ship To')
        c.drawString(50, h - 135, 'Brightsmile Dental Lab')
        c.drawString(50, h - 149, 'Unit 7, 21 Computer Rd')
        c.drawString(50, h - 163, 'Yatala QLD 4207')
        c.drawString(50, h - 177, 'Attn: Hannah Lee  07 3807 5521')
        c.drawString(320, h - 120, 'Vendor')
        c.drawString(320, h - 135, 'Hangzhou Hengda Packaging Materials Co., Ltd.')
        c.drawString(320, h - 149, 'orders@hengda-pack.cn')
        t = [['Item', 'Description', 'Qty', 'Unit AUD', 'Amount AUD']]
        t += [[s, d, '{:,}'.format(q), p, amt(D(p) * q)] for s, d, q, p in rows]
        y = corpus_docs.draw_grid_table(c, fn, 50, h - 200, [80, 210, 55, 70, 80], t, size=9,
                                        align=['l', 'l', 'r', 'r', 'r'])
        for i, (k, v) in enumerate([('Subtotal', amt(sub)), ('Freight', amt(freight)), ('GST', amt(D(gst))),
                                    ('Total (AUD)', amt(D(total)))]):
            c.drawString(380, y - 20 - i * 15, k)
            c.drawRightString(545, y - 20 - i * 15, v)
        c.drawString(50, y - 100, 'Approved: Dr. Michael Chen, Clinical Director')
        c.drawString(50, y - 115, 'Please quote the PO number on all invoices and delivery dockets.')
    data = corpus_docs.pdf_bytes(build, 'PO-BSD-10662', 'Brightsmile')
    body = 'Hi Vivian,\n\nPO attached. Thanks!\n\nNadia\nBrightsmile Dental Group\n'
    eml = with_attachments(hdr('Nadia Russo <accounts@brightsmiledental.com.au>', 'Brightsmile PO-BSD-10662',
                               'Thu, 17 Dec 2026 10:19:44 +1000', 'SY4PR01MB8821F1A2B3C4D5E6@SY4PR01MB8821.ausprd01.prod.outlook.com'),
                           body, 'us-ascii', '7bit', [attachment('application/pdf', data, 'PO-BSD-10662.pdf')],
                           '_004_SY4PR01MB8821F1A2B3C4D5E6SY4PR01MB8821ausp_')
    return eml, truth('hand-pdf-au-dental-gst-freight', 'pdf', 'us-ascii',
                      'An Australian dental group\'s PDF: the PO number and "Issued 17 Dec 2026" right-aligned under '
                      'the title without labels, Ship To as a four-line block with Attn and phone, Vendor beside it, '
                      '"Unit AUD / Amount AUD" headers, Subtotal / Freight / GST on goods and freight / Total (AUD). '
                      'The head-office address in the letterhead is not the ship-to. Adds up.',
                      [order('PO-BSD-10662', 'Brightsmile Dental Group Pty Ltd',
                             ('Hannah Lee', '07 3807 5521', 'Brightsmile Dental Lab, Unit 7, 21 Computer Rd, Yatala QLD 4207'),
                             '2026-12-17', 'AUD', total, lines)])


@mail
def h281_pdf_fr_print_shop_remise_eur():
    rows = [('HD-FR-4411', 'Pochette carton A4+ blanche, fermeture adhésive', 3000, '0.54'),
            ('HD-FR-4412', 'Tube d\'expédition 60 cm, Ø 8 cm', 800, '1.22'),
            ('HD-FR-4420', 'Boîte postale 31x22x5 cm, kraft', 2000, '0.71')]
    lines = lines_of(rows)
    sub = subtotal(lines)
    rem = m2(-sub * D('0.05'))
    net = sub + D(rem)
    port = D('180.00')
    tva = m2((net + port) * D('0.2'))
    total = m2(net + port + D(tva))
    check(lines, total, D(rem) + port + D(tva))

    def fr(v):
        return '{:,.2f}'.format(D(v)).replace(',', ' ').replace('.', ',')

    def build(c, fn, ps):
        w, h = ps
        c.setFont(fn, 16)
        c.drawString(50, h - 60, 'Imprimerie Atelier Lumière SARL')
        c.setFont(fn, 9)
        c.drawString(50, h - 75, '18 rue des Vinaigriers, 75010 Paris  —  SIRET 812 455 309 00021')
        c.setFont(fn, 13)
        c.drawRightString(w - 50, h - 60, 'BON DE COMMANDE')
        c.setFont(fn, 10)
        c.drawRightString(w - 50, h - 78, 'N° BC-ALU-2026-157  du 17/12/2026')
        c.drawString(50, h - 110, 'Adresse de livraison :')
        c.drawString(50, h - 125, 'Atelier Lumière — entrepôt, 4 allée des Érables, 93500 Pantin')
        c.drawString(50, h - 140, 'Contact réception : M. Karim Benali, 06 12 48 77 30')
        t = [['Réf.', 'Désignation', 'Qté', 'P.U. HT', 'Montant HT']]
        t += [[s, d, fr(q).split(',')[0], fr(p), fr(D(p) * q)] for s, d, q, p in rows]
        y = corpus_docs.draw_grid_table(c, fn, 50, h - 160, [70, 220, 50, 60, 80], t, size=9,
                                        align=['l', 'l', 'r', 'r', 'r'])
        tot = [('Total HT', fr(sub)), ('Remise 5 %', fr(rem)), ('Frais de port', fr(port)), ('TVA 20 %', fr(tva)),
               ('Total TTC (EUR)', fr(total))]
        for i, (k, v) in enumerate(tot):
            c.drawString(370, y - 20 - i * 15, k)
            c.drawRightString(530, y - 20 - i * 15, v)
        c.drawString(50, y - 110, 'Bon pour accord — Élodie Garnier, gérante')
    data = corpus_docs.pdf_bytes(build, 'BC-ALU-2026-157', 'Elodie Garnier')
    body = 'Bonjour Vivian,\n\nVous trouverez ci-joint notre bon de commande.\n\nBonne journée,\nÉlodie Garnier\nImprimerie Atelier Lumière SARL\nTél. 01 42 05 33 10 — Fax 01 42 05 33 11\n'
    eml = with_attachments(hdr('=?utf-8?q?=C3=89lodie_Garnier?= <contact@atelier-lumiere.fr>', 'Bon de commande BC-ALU-2026-157',
                               'Thu, 17 Dec 2026 14:26:03 +0100', '9E3C5A71-2D4F-4B6A-8C0E-1F3A5C7E9B2D@atelier-lumiere.fr',
                               'X-Mailer: Apple Mail (2.3826.300.87.4.3)'), body, 'utf-8', 'quoted-printable',
                           [attachment('application/pdf', data, 'BC-ALU-2026-157.pdf')],
                           'Apple-Mail=_5A7C9E1B-3D5F-4A6C-8E0A-2B4D6F8A1C3E')
    return eml, truth('hand-pdf-fr-print-shop-remise-eur', 'pdf', 'utf-8',
                      'A Paris print shop\'s PDF bon de commande: "N° … du 17/12/2026" in one right-aligned line, '
                      'decimal commas with a space for thousands, Total HT / Remise 5 % (negative) / Frais de port / '
                      'TVA 20 % / Total TTC (EUR); a title with Ø and an apostrophe. Adds up after discount, carriage '
                      'and VAT.',
                      [order('BC-ALU-2026-157', 'Imprimerie Atelier Lumière SARL',
                             ('M. Karim Benali', '06 12 48 77 30',
                              'Atelier Lumière — entrepôt, 4 allée des Érables, 93500 Pantin'),
                             '2026-12-17', 'EUR', total, lines)])


# ============================================================ not orders
@mail
def h282_non_partial_delivery_shortage_gbk():
    body = """李经理：

AKS-HZ-2612 第一批今天到了，点数情况如下，麻烦核一下：

红枣包装盒 1kg（HD-GX-1005）  应到 10000 个  实到 9600 个  少 400
红枣包装盒 2.5kg（HD-GX-2005）应到 3000 个   实到 3000 个
真空袋 20*30（HD-DZ-0010）    应到 25000 个  实到 25000 个

少的 400 个请跟第二批一起补，不要另外发物流了，运费太贵。第二批还是等我们通知。

买买提
阿克苏红旗坡枣业专业合作社 0997-2213380
"""
    eml = single(hdr(addr('买买提', 'hqp_zaoye@163.com', 'gbk'), '回复：红枣包装订单 AKS-HZ-2612 第一批到货少400个',
                     'Mon, 28 Dec 2026 18:10:27 +0800', '2f8c6a4e.1a9.18f9e3d4c5b.Coremail.hqp_zaoye@163.com',
                     'X-Mailer: Coremail Webmail Server Version XT5.0.14', 'gbk'), body, 'gbk', 'base64')
    return eml, truth('hand-non-partial-delivery-shortage-gbk', 'none', 'gbk',
                      'NOT an order: the Xinjiang cooperative of h254 reports the first partial delivery short by 400 '
                      'boxes, with SKUs and 应到 / 实到 quantities but no prices, and asks to send the shortfall with the '
                      'second lot. Goes to the warehouse and sales; nothing is keyed.', [])


@mail
def h283_non_wechat_price_inquiry_paste():
    body = """恒达的朋友你好，

我们是宁波的一家宠物食品厂，朋友推荐的。下面是我们老板在微信群里问的，你们看看能不能报个价：

宠物零食包装-陈总 2026/12/17 20:13
自立袋 12*20 带拉链 铝箔 印四色 一个月大概两万个
什么价？

宠物零食包装-陈总 2026/12/17 20:14
还有 25*35 的 一个月五千个 目标价1块2以内

采购-小吴 2026/12/17 20:20
好的陈总 我去问问恒达

麻烦报含税价、起订量和打样时间，价格合适的话下个月开始下单。

宁波优宠食品有限公司 采购 吴婷
13736082291
"""
    eml = single(hdr(addr('吴婷', 'wuting@youchong-pet.com'), '询价 自立袋', 'Fri, 18 Dec 2026 09:05:14 +0800',
                     '202612180905144410372@youchong-pet.com', 'X-Mailer: Foxmail 7.2.25.228[cn]'), body, 'utf-8', 'base64')
    return eml, truth('hand-non-wechat-price-inquiry-paste', 'none', 'utf-8',
                      'NOT an order: a new customer pastes a WeChat group chat asking for a price, with monthly '
                      'quantities in Chinese numerals ("两万个", "五千个") and a target price "1块2以内", and says orders '
                      'would start next month. Goes to sales; nothing is keyed.', [])


@mail
def h284_non_deposit_payment_notice():
    body = """恒达 李经理：

SZ-XL-PO-261209 的 30% 定金已于今天付款，明细：

付款金额：¥13,710.00
付款账户：深圳市讯乐电子科技有限公司 招商银行深圳福永支行
收款账户：杭州恒达包装材料有限公司 工商银行杭州城东支行
用途：SZ-XL-PO-261209 定金

订单合计 ¥45,700.00，余款 ¥31,990.00 按合同月结。
水单见附件截图（没贴，财务稍后发），请财务查收后安排生产。

钟思敏
深圳市讯乐电子科技有限公司 采购
"""
    eml = single(hdr(addr('钟思敏', 'zhongsm@xunle-tech.com'), '定金已付 SZ-XL-PO-261209', 'Wed, 9 Dec 2026 17:40:02 +0800',
                     'tencent_4D2F9B8C3A5E7F1B2C4D6E8F0A3B5C7D9E12@xunle-tech.com', 'X-Mailer: Tencent Exmail'),
                 body, 'utf-8', 'quoted-printable')
    return eml, truth('hand-non-deposit-payment-notice', 'none', 'utf-8',
                      'NOT an order: the Shenzhen factory of h253 says the 30% 定金 of its PO has been paid, with the PO '
                      'number, the paid amount, both bank accounts, the order total and the balance. Goes to finance; '
                      'the order was keyed from h253 and nothing new is keyed.', [])


@mail
def h285_non_jp_auto_reply_quoting_po():
    body = """This is an automatic reply. I am out of the office from 26 December 2026 to 4 January 2027
(year-end holidays) and will have limited access to e-mail.
For urgent matters please contact purchasing@sakura-fc.jp or call +81-3-5321-7780.

Kenji Morita
Sakura Family Clinic

-----Original Message-----
From: Hengda Orders <orders@hengda-pack.cn>
Sent: Saturday, December 26, 2026 10:02 AM
To: Kenji Morita <morita@sakura-fc.jp>
Subject: Order confirmation SFC-2612-04

Dear Mr. Morita,

We confirm your PO SFC-2612-04:
- Medicine envelope 10x20cm (HD-MD-1020) 20,000 pcs @ JPY 1.8
- Medicine envelope 15x25cm (HD-MD-1525) 10,000 pcs @ JPY 2.6
- Paper bag 30x40cm (HD-BG-3040) 3,000 pcs @ JPY 24
Total JPY 134,000. Shipment planned 8 January 2027.

Hengda Packaging
"""
    eml = single(hdr('Kenji Morita <morita@sakura-fc.jp>', 'Automatic reply: Order confirmation SFC-2612-04',
                     'Sat, 26 Dec 2026 11:02:40 +0900', '20261226110240.B8D4.morita@sakura-fc.jp',
                     extra=['Auto-Submitted: auto-replied', 'X-Auto-Response-Suppress: All']), body, 'us-ascii', '7bit')
    return eml, truth('hand-non-jp-auto-reply-quoting-po', 'none', 'us-ascii',
                      'NOT an order: the Tokyo clinic of h251 answers our order confirmation with an out-of-office '
                      'auto-reply (Auto-Submitted: auto-replied) that quotes the confirmation with the PO number, '
                      'three lines with SKUs, quantities, JPY prices and the total. Nothing is keyed.', [])


@mail
def h286_non_hospital_tender_notice():
    tab = '\n'.join(['序号  品目                     预估年用量      最高限价（元）',
                     '1     医用黄色垃圾袋 60*70       120,000 只      0.45/只',
                     '2     检验报告袋 A4              200,000 个      0.30/个',
                     '3     药房手提袋 中号            150,000 个      0.50/个',
                     '4     病历档案盒 A4              10,000 个       3.50/个'])
    body = """各供应商：

广州市白云区第二人民医院 2027 年度医用包装耗材供应商遴选公告

项目编号：BY2Y-ZB-2027-003
采购方式：院内公开遴选
预算金额：人民币 34.5 万元

%s

报名时间：2026年12月21日至12月25日（工作日 9:00-17:00）
报名地点：广州市白云区石井街道石沙路 1212 号 第二人民医院 行政楼 3 楼 设备科
联系人：谭晓君 020-86312011

本公告不构成订单，中选后另行签订年度合同。

广州市白云区第二人民医院 设备科
2026年12月18日
""" % tab
    eml = single(hdr(addr('谭晓君', 'sbk_txj@by2y.gz.cn', 'gb2312'), '2027年度医用包装耗材供应商遴选公告',
                     'Fri, 18 Dec 2026 16:30:11 +0800', '000f01db4ff1$3a4b5c6d$7e8f9a0b$@by2y.gz.cn',
                     'X-Mailer: Microsoft Outlook 16.0', 'gb2312'), body, 'gb2312', 'base64')
    return eml, truth('hand-non-hospital-tender-notice', 'none', 'gb2312',
                      'NOT an order: the hospital of h277 announces a supplier selection for next year with a project '
                      'number, a budget, a table of estimated yearly quantities and maximum prices, and "本公告不构成订单". '
                      'Goes to sales; nothing is keyed.', [])


# ============================================================ main

if __name__ == '__main__':
    make_hand2.HERE = HERE  # write the mails here
    make_hand2.main(sys.argv[1:], MAILS)
