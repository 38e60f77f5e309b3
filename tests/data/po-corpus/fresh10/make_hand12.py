#!/usr/bin/python3
"""Hand-written purchase-order mails h407–h446 (the twelfth untuned set).

Written one by one as customers of 杭州恒达包装材料有限公司 send them,
without reading the extractor and without running orderctl or the score
script on them; each function gives the mail and the truth a careful order
clerk would key in (notes say when the clerk holds it). Where a line has
its specification in its own column or field, the title is name + " " +
spec. Helpers shared with other sets come from ../corpus_hand.py
(which gathers those of make_hand2.py to make_hand10.py); attachments use
../corpus_docs.py:

    /usr/bin/python3 tests/data/po-corpus/fresh10/make_hand12.py [hNNN ...]
"""
import datetime
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))

import corpus_docs  # noqa: E402
from corpus_hand import (D, m2, attachment, single, with_attachments, cells_html, XLSX, check, XLS, order, amt,  # noqa: E402
                         subtotal, dh, daxie, eu, cols, grid_pdf, put_table, Sheet, registry, run, L, spec, per, usd,
                         H, T, html_mail, strip, pdf_mail, sheet_order)

MAILS, mail = registry()


# ============================================================ plain text bodies
@mail
def h407_lhasa_barley_biscuit_gbk_qp_letterhead_deposit():
    rows = [('QK-01', '青稞饼干礼盒', '400g 天地盖 烫金', '个', 5000, '7.80'),
            ('QK-02', '外箱', '12盒装 五层 K=K', '箱', 420, '9.60'),
            ('QK-03', '封箱胶带', '48mm×100m 透明', '卷', 300, '3.20')]
    lines = spec(rows)
    total = m2(subtotal(lines))
    check(lines, total)
    dep = (D(total) * D('0.3')).quantize(D('0.01'))
    tab = cols([('序号', '编码', '品名', '规格', '单位', '数量', '单价', '金额')] +
               [(i + 1, s, n, g, u, '{:,}'.format(q), p, amt(D(p) * q)) for i, (s, n, g, u, q, p) in enumerate(rows)],
               [5, 7, 14, 20, 5, 8, 7, 12])
    body = """拉萨雪域青稞食品有限公司
地址：西藏拉萨市 堆龙德庆区 羊达工业园 青稞路 8 号
电话：0891-6851120  传真：0891-6851121

致：杭州恒达包装材料有限公司
地址：浙江省杭州市萧山区 江东三路 88 号
电话：0571-82876600

采购单号：XYQK-2703-018
日期：2027年3月17日

%s

合计：%s元
定金30%%：%s元（已付），余款到货验收后付清。

收货：西藏拉萨市 达孜区 工业园区 雪域青稞 二号仓库
收货人：次仁多吉 13908903367 / 0891-6852218

拉萨雪域青稞食品有限公司 采购 央金
手机 13989002215
""" % (tab, amt(D(total)), amt(dep))
    eml = single(H('央金', 'yangjin@xueyu-qingke.com', 'gbk', '雪域青稞 采购单 XYQK-2703-018',
                   dh(2027, 3, 17, 10, 5, 22), '202703171005224471203@xueyu-qingke.com', 'X-Mailer: Foxmail 7.2.25.375[cn]'),
                 body, 'gbk', 'quoted-printable')
    return eml, T('body', 'gbk',
                  'A Lhasa highland-barley biscuit maker (Foxmail, GBK quoted-printable): its own letterhead with phone '
                  'and fax, then a "致：" block with our name, address and phone (the seller, not a ship-to), a '
                  'space-aligned table with 品名 and 规格 apart (keyed joined), units 个/箱/卷, 合计 then a 30% 定金 '
                  'already paid (not the total); the receiver has two phones (keyed the first). Adds up.',
                  [order('XYQK-2703-018', '拉萨雪域青稞食品有限公司',
                         ('次仁多吉', '13908903367', '西藏拉萨市 达孜区 工业园区 雪域青稞 二号仓库'),
                         '2027-03-17', 'CNY', total, lines)])


@mail
def h408_macau_almond_cookie_big5_mop_discount():
    rows = [('JK-101', '杏仁餅禮盒', '24件裝 鐵盒 燙金', 3000, '12.50'),
            ('JK-102', '雞仔餅袋', '200g 鋁箔 自立', 20000, '0.68'),
            ('JK-103', '手挽紙袋', '中號 牛皮 印兩色', 5000, '2.10')]
    lines = [L(s, '%s %s' % (n, g), q, p) for s, n, g, q, p in rows]
    sub = subtotal(lines)
    disc = -(sub * D('0.05')).quantize(D('0.01'))
    total = m2(sub + disc)
    check(lines, total, disc)
    tab = cols([('貨號', '品名', '規格', '數量', '單價(MOP)', '金額(MOP)')] +
               [(s, n, g, '{:,}'.format(q), p, amt(D(p) * q)) for s, n, g, q, p in rows], [9, 12, 20, 9, 11, 12],
               right=(3, 4, 5))
    body = """恆達包裝 鈞鑒：

本店訂購以下包裝物料，請安排出貨：

訂單編號：JK-MO-0318
日期：2027年3月18日

%s

小計：MOP %s
九五折優惠：-MOP %s
總計：MOP %s

送貨地址：澳門 黑沙環 青洲大馬路 56 號 佳記工業大廈 4 樓 貨倉
聯絡人：梁嘉欣  2882 3316 / 6628 4471

澳門佳記餅家有限公司
採購部 何志明 2857 1120
""" % (tab, amt(sub), amt(-disc), amt(D(total)))
    eml = single(H('何志明', 'purchase@kaikee-macau.com', 'big5', '訂單 JK-MO-0318 包裝物料',
                   dh(2027, 3, 18, 15, 20, 41), '000c01dbb1a2$4f5e6d7c$8b9a0f1e$@kaikee-macau.com',
                   'X-Mailer: Microsoft Outlook 16.0'), body, 'big5', 'base64')
    return eml, T('body', 'big5',
                  'A Macau almond-cookie bakery writes in Big5 (Outlook): prices in MOP, 品名 and 規格 apart in a '
                  'space-aligned table (keyed joined), 小計, a 九五折 (5 %) discount line and 總計 (keyed); two phones '
                  'for the receiver (keyed the first), the buyer in the signature. Adds up with the discount.',
                  [order('JK-MO-0318', '澳門佳記餅家有限公司',
                         ('梁嘉欣', '2882 3316', '澳門 黑沙環 青洲大馬路 56 號 佳記工業大廈 4 樓 貨倉'),
                         '2027-03-18', 'MOP', total, lines)])


@mail
def h409_korla_pear_dingtalk_approval_forward_rebate():
    rows = [('香梨礼盒', '5kg 手提 开窗', '件', 8000, '6.80'),
            ('网套', 'EPE 发泡 8cm', '万个', 40, '320.00'),
            ('果箱', '10kg 五层 彩印', '件', 6000, '5.20')]
    lines = [L(None, '%s %s' % (n, g), q, p) for n, g, u, q, p in rows]
    sub = subtotal(lines)
    reb = D('-2000')
    total = m2(sub + reb)
    check(lines, total, reb)
    items = ''.join('  明细%d\n    物品名称：%s\n    规格型号：%s\n    数量：%d\n    单位：%s\n    单价（元）：%s\n'
                    % (i + 1, n, g, q, u, p) for i, (n, g, u, q, p) in enumerate(rows))
    body = """小钱：
下面是我们钉钉里审批通过的采购单，转给你，按这个发。

库尔勒沙依东香梨专业合作社 阿依古丽 13899012254

---------- 转发自钉钉 ----------
审批编号：202703190915000123456
发起人：买买提·艾力
审批状态：已通过
所在部门：采购部
采购单号：KRL-XL-0319
供应商：杭州恒达包装材料有限公司
采购明细：
%s货款合计（元）：%s
去年返利抵扣（元）：-2,000.00
实付金额（元）：%s
收货地址：新疆巴音郭楞州库尔勒市 沙依东园艺场 香梨交易中心 3 号库
收货人：王建新 0996-2213308 / 13909961182
""" % (items, amt(sub), amt(D(total)))
    eml = single(H('阿依古丽', 'ayiguli@krl-xiangli.cn', 'gb18030', '转发：采购审批 KRL-XL-0319',
                   dh(2027, 3, 19, 11, 2, 3, 480), 'dingtalk.7c1e2f3a4b5d@krl-xiangli.cn', 'X-Mailer: DingTalk Mail'),
                 body, 'gb18030', 'base64')
    return eml, T('body', 'gb18030',
                  'A Korla pear co-operative forwards a DingTalk (钉钉) approval as text (GB18030 base64): an 审批编号 '
                  'that is not the order number (采购单号 is), one label block per item (物品名称 / 规格型号 apart: keyed '
                  'joined), bags counted in 万个 (40 万个 at 320.00 per 万个, keyed as written), no line amounts; 货款合计, '
                  'a rebate of -2,000.00 and 实付金额 (the total keyed). Two phones for the receiver. Adds up with the '
                  'rebate.',
                  [order('KRL-XL-0319', '库尔勒沙依东香梨专业合作社',
                         ('王建新', '0996-2213308', '新疆巴音郭楞州库尔勒市 沙依东园艺场 香梨交易中心 3 号库'),
                         None, 'CNY', total, lines)])


@mail
def h410_hengxian_jasmine_tea_forward_own_mail_wrong_box():
    rows = [('茶叶罐', '铁罐 100g 印四色', '个', 10000, '2.35'),
            ('茶叶袋', '铝箔 250g 八边封', '个', 30000, '0.42'),
            ('礼品盒', '双罐装 翻盖 磁吸', '个', 5000, '6.60')]
    lines = [L(None, '%s %s' % (n, g), q, p) for n, g, u, q, p in rows]
    total = m2(subtotal(lines))
    check(lines, total)
    items = '\n'.join('%d. %s 规格：%s 数量：%d%s 单价：%s元' % (i + 1, n, g, q, u, p) for i, (n, g, u, q, p) in enumerate(rows))
    body = """恒达包装：
上周这张单发到你们旧邮箱 hengda_pack@163.com 了，一直没人回，现在转过来，请按下面的单安排，数量价格不变，月底前要到。

横州茉莉花茶厂 韦小梅 13977156620

------------------ 原始邮件 ------------------
发件人: "韦小梅"<weixm@hx-moli.com>;
发送时间: 2027年3月12日(星期五) 上午10:20
收件人: "hengda_pack"<hengda_pack@163.com>;
主题: 采购单 HXML-0312

恒达包装 你好：
采购单号：HXML-0312
%s
合计：%s元
收货：广西南宁市横州市 校椅镇 茉莉花产业园 花茶厂 成品仓 覃志强 0771-7221608
横州市茉莉花茶厂有限公司
""" % (items, amt(D(total)))
    eml = single(H('韦小梅', 'weixm@hx-moli.com', 'gbk', '转发: 采购单 HXML-0312',
                   dh(2027, 3, 20, 9, 14, 7), '202703200914075839211@hx-moli.com', 'X-Mailer: Foxmail 7.2.25.375[cn]'),
                 body, 'gbk', 'base64')
    return eml, T('body', 'gbk',
                  'A Hengzhou jasmine-tea factory forwards its own order of a week ago, first sent to an old address '
                  'of ours: the order is only in the Foxmail-quoted original, numbered lines with "规格：" inline (keyed '
                  'joined), "数量：10000个" and "单价：2.35元"; the quoted 发送时间 is a mail header, not an order date '
                  '(none keyed); the receiver is on the 收货 line. Adds up.',
                  [order('HXML-0312', '横州市茉莉花茶厂有限公司',
                         ('覃志强', '0771-7221608', '广西南宁市横州市 校椅镇 茉莉花产业园 花茶厂 成品仓'),
                         None, 'CNY', total, lines)])


@mail
def h411_np_pashmina_two_pos_usd_and_rmb():
    a = [('Gift box for shawl', '32x26x5 cm, magnetic lid', 'pcs', 4000, '1.65'),
         ('Tissue paper', '17 gsm, 50x75 cm, logo print', 'ream', 40, '18.00'),
         ('Garment bag', 'non-woven, 40x60 cm, zip', 'pcs', 5000, '0.38')]
    b = [('Paper carrier bag', '35x28x12 cm, kraft', 'pcs', 3000, '1.90'),
         ('Display box', '3 scarves, window', 'pcs', 1000, '5.50')]
    la = [L(None, '%s %s' % (n, g), q, p) for n, g, u, q, p in a]
    lb = [L(None, '%s %s' % (n, g), q, p) for n, g, u, q, p in b]
    ta, tb = m2(subtotal(la)), m2(subtotal(lb))

    def block(rows, cur):
        return '\n'.join('%d. %s (Spec: %s) - %s %s @ %s %s = %s %s' % (i + 1, n, g, '{:,}'.format(q), u, cur, p, cur,
                                                                      usd(D(p) * q))
                         for i, (n, g, u, q, p) in enumerate(rows))
    body = """Namaste Hengda team,

We send two purchase orders today: the first for our Kathmandu workshop, paid in USD by TT; the second for our
warehouse at Gyirong port, paid in RMB from our China account. Please invoice them separately.

PURCHASE ORDER HP/PO/2083-112
Date: 20 March 2027 (2083/12/07 B.S.)
%s
Total: USD %s
Ship to: Himalayan Pashmina House, Workshop, Balkhu Ring Road, Kathmandu 44600, Nepal
Attn: Mr. Bikash Shrestha, +977 1 4272 315 / +977 9851 024 478

PURCHASE ORDER HP/PO/2083-113
Date: 20 March 2027
%s
Total: RMB %s
Ship to: Himalayan Pashmina House Gyirong Warehouse, Gyirong Port Trade Zone, Xigaze, Tibet, China
Attn: Mr. Tenzing Norbu, +86 139 8902 7715

Dhanyabad,
Sunita Maharjan
Purchase, Himalayan Pashmina House Pvt. Ltd.
Tel +977 1 4272 300 | Viber +977 9841 556 021
""" % (block(a, 'USD'), usd(ta), block(b, 'RMB'), usd(tb))
    eml = single(H('Sunita Maharjan', 'purchase@himalayanpashmina.com.np', 'utf-8',
                   'Two POs: HP/PO/2083-112 (USD) and HP/PO/2083-113 (RMB)',
                   dh(2027, 3, 20, 16, 42, 10, 345), 'CAHp8s2Nq4Lr6Tv0Xz2Bd4Fh6Jl8Np0@mail.gmail.com', 'X-Mailer: Gmail'),
                 body, 'utf-8', 'quoted-printable')
    return eml, T('body', 'utf-8',
                  'A Kathmandu pashmina maker (Gmail, UTC+05:45) sends two purchase orders in one mail, one in USD '
                  'for its Kathmandu workshop and one in RMB for its Tibetan border warehouse: each with its own number, '
                  'date (the first also in Bikram Sambat), lines "name (Spec: …) - qty unit @ CUR price = amount" '
                  '(spec keyed joined), tissue paper in reams, its own total and ship-to. Two orders; each adds up.',
                  [order('HP/PO/2083-112', 'Himalayan Pashmina House Pvt. Ltd.',
                         ('Mr. Bikash Shrestha', '+977 1 4272 315',
                          'Himalayan Pashmina House, Workshop, Balkhu Ring Road, Kathmandu 44600, Nepal'),
                         '2027-03-20', 'USD', ta, la),
                   order('HP/PO/2083-113', 'Himalayan Pashmina House Pvt. Ltd.',
                         ('Mr. Tenzing Norbu', '+86 139 8902 7715',
                          'Himalayan Pashmina House Gyirong Warehouse, Gyirong Port Trade Zone, Xigaze, Tibet, China'),
                         '2027-03-20', 'CNY', tb, lb)])


@mail
def h412_kr_makgeolli_android_per_1000():
    rows = [('PET bottle label 750ml', 'BOPP wraparound 210x80mm', 120000, '14.50', 1000),
            ('Gift box 2 bottles', 'E-flute, hanji paper wrap', 3000, '1.85', None),
            ('Shrink sleeve cap seal', 'PVC 40mm', 120000, '3.20', 1000)]
    lines = [L(None, '%s %s' % (n, g), q, per(p, k) if k else p, D(p) * q / k if k else None) for n, g, q, p, k in rows]
    total = m2(subtotal(lines))
    check(lines, total)
    items = '\n'.join('- %s (spec: %s) : %s pcs x USD %s%s = USD %s' % (n, g, '{:,}'.format(q), p, ' / 1,000 pcs' if k else '',
                                                                       usd(D(p) * q / (k or 1)))
                      for n, g, q, p, k in rows)
    body = """Hi Ms. Qian,

PO for April production, pls confirm.

PO No: SJB-2027-041
Date: 2027.03.22

%s

Total USD %s

Ship to: Sulsaem Brewery, 45 Sinam-ro, Sinam-myeon, Yesan-gun, Chungcheongnam-do 32419, Korea
Contact Kim Min-jun +82 41 335 7702

Sent from my Galaxy

Lee Seo-yeon | Sulsaem Brewery Co., Ltd. | +82 10 4418 2290
""" % (items, usd(total))
    eml = single(H('Lee Seo-yeon', 'sy.lee@sulsaem.co.kr', 'utf-8', 'PO SJB-2027-041',
                   dh(2027, 3, 22, 8, 31, 55, 540), 'CAKr3d5Gt7Hy9Ju1Ki3Lo5Mp7Nq9Rs1@mail.gmail.com',
                   'X-Mailer: Gmail Android'), body, 'utf-8', 'base64')
    return eml, T('body', 'utf-8',
                  'A Korean makgeolli brewery typed on a Galaxy phone (Gmail Android): the date "2027.03.22", dash lines '
                  '"name (spec: …) : qty pcs x USD p / 1,000 pcs = USD amount" (spec keyed joined), two lines priced per '
                  'thousand (14.50 per 1,000 is 0.0145 a label) and one per piece. Adds up.',
                  [order('SJB-2027-041', 'Sulsaem Brewery Co., Ltd.',
                         ('Kim Min-jun', '+82 41 335 7702',
                          'Sulsaem Brewery, 45 Sinam-ro, Sinam-myeon, Yesan-gun, Chungcheongnam-do 32419, Korea'),
                         '2027-03-22', 'USD', total, lines)])


@mail
def h413_tw_pineapple_cake_roc_date_tax_deposit():
    rows = [('鳳梨酥禮盒', '12入 木紋 抽屜式', '盒', 6000, '38'),
            ('個裝袋', '鋁箔 5.5×7cm 封口', '個', 80000, '0.85'),
            ('手提袋', '12入用 牛皮 兩色', '個', 6000, '6.5')]
    lines = [L(None, '%s %s' % (n, g), q, p) for n, g, u, q, p in rows]
    sub = subtotal(lines)
    tax = (sub * D('0.05')).quantize(D('1'))
    total = m2(sub + tax)
    check(lines, total, tax)
    dep = (D(total) * D('0.3')).quantize(D('1'))
    items = '\n'.join('%s／%s／%s%s／NT$%s／NT$%s' % (n, g, '{:,}'.format(q), u, p, '{:,}'.format(int(D(p) * q)))
                      for n, g, u, q, p in rows)
    body = """恒達 您好：

微熱村 鳳梨酥 訂購單
訂單號碼：WRC-1160323
訂購日期：116年3月23日

品名／規格／數量／單價／金額
%s

未稅合計：NT$%s
營業稅 5%%：NT$%s
含稅總計：NT$%s
訂金 30%% 已匯：NT$%s，餘款出貨前付清。

收貨：南投縣埔里鎮 中山路一段 188 號 微熱村 烘焙廠
聯絡人 林佳蓉 049-2983366 / 0932-118-457

微熱村食品股份有限公司 採購 張雅婷
""" % (items, '{:,}'.format(int(sub)), '{:,}'.format(int(tax)), '{:,}'.format(int(sub + tax)), '{:,}'.format(int(dep)))
    eml = single(H('張雅婷', 'yating@weirecun.com.tw', 'utf-8', '微熱村 訂購單 WRC-1160323',
                   dh(2027, 3, 23, 14, 8, 16), '000d01dbb3c4$5a6b7c8d$9e0f1a2b$@weirecun.com.tw',
                   'X-Mailer: Microsoft Outlook 16.0'), body, 'utf-8', 'quoted-printable')
    return eml, T('body', 'utf-8',
                  'A Puli pineapple-cake bakery in Traditional Chinese (Outlook, UTF-8 QP): a ROC date 116年3月23日, '
                  'lines "品名／規格／數量／單價／金額" with full-width slashes (name and spec keyed joined), NT$ prices '
                  'without decimals and one "6.5", 未稅合計, 營業稅 5 % and 含稅總計 (keyed), then a 30 % 訂金 already '
                  'paid (not the total). Two phones for the receiver. Adds up with the tax.',
                  [order('WRC-1160323', '微熱村食品股份有限公司',
                         ('林佳蓉', '049-2983366', '南投縣埔里鎮 中山路一段 188 號 微熱村 烘焙廠'),
                         '2027-03-23', 'TWD', total, lines)])


@mail
def h414_au_macadamia_apple_mail_cartons_freight_gst():
    rows = [('MAC-P250', 'Stand-up pouch 250 g (500 per ctn)', 'kraft/PET, zip, window', 'ctn', 40, '142.00'),
            ('MAC-P1K', 'Stand-up pouch 1 kg (250 per ctn)', 'kraft/PET, zip', 'ctn', 60, '168.00'),
            ('MAC-GB6', 'Gift box 6 jars', 'rigid, ribbon', 'ea', 250, '4.20')]
    lines = spec(rows)
    sub = subtotal(lines)
    fr = D('480.00')
    gst = ((sub + fr) * D('0.1')).quantize(D('0.01'))
    total = m2(sub + fr + gst)
    check(lines, total, fr + gst)
    tab = cols([('Qty', 'Unit', 'Code', 'Description', 'Spec', 'Unit price', 'Line total')] +
               [(q, u, s, n, g, 'AUD ' + p, 'AUD ' + usd(D(p) * q)) for s, n, g, u, q, p in rows],
               [6, 6, 10, 38, 27, 13, 15], right=(5, 6))
    body = """Hi Hengda,

Order for our Lismore factory below. Cartons as per your quote (pouches packed 500 / 250 per carton).

Purchase Order: CBM-PO-3318
Order date: 24/03/2027

%s

Subtotal            AUD %s
Freight (Brisbane to Lismore)  AUD %s
GST 10%%             AUD %s
Total               AUD %s

Deliver to:
Cape Byron Macadamias - Factory 2
14 Industry Drive
Lismore NSW 2480
Receiving: Tom Nguyen 02 6621 4408 / 0412 775 903

Cheers,
Rebecca Hall
Operations, Cape Byron Macadamias Pty Ltd
0427 118 360

Sent from my iPad
""" % (tab, usd(sub), usd(fr), usd(gst), usd(total))
    eml = single(H('Rebecca Hall', 'rebecca@capebyronmacadamias.com.au', 'utf-8', 'PO CBM-PO-3318',
                   dh(2027, 3, 24, 9, 12, 30, 600), '5E6F7A8B-9C0D-4E1F-A2B3-C4D5E6F7A8B9@capebyronmacadamias.com.au',
                   'X-Mailer: iPad Mail (21E236)'), body, 'utf-8', 'quoted-printable')
    return eml, T('body', 'utf-8',
                  'A Lismore macadamia processor (iPad Mail): a table that starts with Qty and Unit, pouches ordered '
                  'and priced per carton ("40 ctn" at AUD 142.00, the carton size only in the description: keyed as '
                  'written), Description and Spec apart (keyed joined), Subtotal, Freight, GST 10 % on both and Total; '
                  'the ship-to as a block of lines with two phones (keyed the first). Adds up with freight and GST.',
                  [order('CBM-PO-3318', 'Cape Byron Macadamias Pty Ltd',
                         ('Tom Nguyen', '02 6621 4408', 'Cape Byron Macadamias - Factory 2, 14 Industry Drive, Lismore NSW 2480'),
                         '2027-03-24', 'AUD', total, lines)])


@mail
def h415_hu_paprika_iso8859_2_total_transposed_hold():
    rows = [('Fűszerpaprika tasak', '100 g, papír/PE', 60000, '0,048', '0.048'),
            ('Fémdoboz', '250 g, nyomott', 8000, '0,92', '0.92'),
            ('Gyűjtőkarton', '24 doboz, 5 rétegű', 400, '1,15', '1.15')]
    lines = [L(None, '%s %s' % (n, g), q, pp) for n, g, q, p, pp in rows]
    real = subtotal(lines)
    written = D('10070.00')
    assert real == D('10700.00'), real
    tab = cols([('Megnevezés', 'Specifikáció', 'Mennyiség', 'Egységár (EUR)', 'Érték (EUR)')] +
               [(n, g, '{:,}'.format(q).replace(',', ' ') + ' db', p, eu(D(pp) * q).replace('.', ' '))
                for n, g, q, p, pp in rows], [22, 22, 14, 16, 12], right=(2, 3, 4))
    body = """Tisztelt Hengda Csapat!

Kérjük, az alábbi megrendelést szíveskedjenek teljesíteni.

Megrendelés száma: KP-2027/0325
Kelt: Kalocsa, 2027. március 25.

%s

Összesen: %s EUR

Szállítási cím: Kalocsai Fűszerpaprika Zrt., Raktár, Malom utca 12., 6300 Kalocsa
Átvevő: Kovács Péter, +36 78 462 118

Üdvözlettel:
Szabó Erzsébet
beszerzés, Kalocsai Fűszerpaprika Zrt.
+36 78 462 100 / +36 30 551 2874
""" % (tab, eu(written).replace('.', ' '))
    eml = single(H('Szabó Erzsébet', 'beszerzes@kalocsaipaprika.hu', 'iso-8859-2', 'Megrendelés KP-2027/0325',
                   dh(2027, 3, 25, 13, 40, 2, 60), '4e5f6a7b-8c9d-4e0f-a1b2-c3d4e5f60718@kalocsaipaprika.hu',
                   'User-Agent: Mozilla Thunderbird'), body, 'iso-8859-2', 'quoted-printable')
    return eml, T('body', 'iso-8859-2',
                  'A Kalocsa paprika mill writes in Hungarian (Thunderbird, ISO-8859-2 quoted-printable: ő and ű): the '
                  'date "2027. március 25.", Megnevezés and Specifikáció apart (keyed joined), quantities "60 000 db" '
                  'with a space for thousands, decimal commas; the line values are right but Összesen 10 070,00 is not '
                  'their sum (10 700,00: two digits swapped). The clerk keys what is written and HOLDS the order.',
                  [order('KP-2027/0325', 'Kalocsai Fűszerpaprika Zrt.',
                         ('Kovács Péter', '+36 78 462 118', 'Kalocsai Fűszerpaprika Zrt., Raktár, Malom utca 12., 6300 Kalocsa'),
                         '2027-03-25', 'EUR', m2(written), lines)])


@mail
def h416_ng_chin_chin_lpo_reams_rolls_words_long_subject():
    rows = [('Printed laminate roll', 'BOPP/MPET 40mic, 320mm, 1,000m', 150, 'roll', '86.00'),
            ('Greaseproof paper', '40gsm, 50x75cm, 500 sheets', 200, 'ream', '21.50'),
            ('Carton', '7-ply, 24 packs', 3000, 'pcs', '0.74')]
    lines = [L(None, '%s %s' % (n, g), q, p) for n, g, q, u, p in rows]
    total = m2(subtotal(lines))
    check(lines, total)
    assert total == '19420.00', total
    items = '\n'.join('%d | %s | %s | %s | %s | %s | %s' % (i + 1, n, g, '{:,}'.format(q), u, p, usd(D(p) * q))
                      for i, (n, g, q, u, p) in enumerate(rows))
    body = """Dear Sir/Ma,

Please supply the items below as per your proforma HD-PI-27-0219 of 19th February.

LPO No: LPO/MAM/2027/0331
Date: 29th March, 2027

S/N | ITEM | SPECIFICATION | QTY | UNIT | RATE (USD) | AMOUNT (USD)
%s

TOTAL: USD %s
(Nineteen Thousand, Four Hundred and Twenty US Dollars Only)

Delivery: Mama's Kitchen Foods Ltd., Plot 14 Agbara Industrial Estate, Agbara, Ogun State, Nigeria
Store Keeper: Mr. Segun Adebayo 0803 451 2290, 0705 118 3304

Kindly acknowledge receipt.

Chioma Okafor
Procurement Officer, Mama's Kitchen Foods Ltd.
Office: 01-454 7720 | Mobile: 0809 221 4456 | WhatsApp: +234 812 330 9917
""" % (items, usd(total))
    eml = single(H('Chioma Okafor', 'procurement@mamaskitchenfoods.com.ng', 'utf-8',
                   'LOCAL PURCHASE ORDER LPO/MAM/2027/0331 - SUPPLY OF PRINTED LAMINATE ROLLS, GREASEPROOF PAPER REAMS '
                   'AND CARTONS FOR MAMA\'S KITCHEN CHIN-CHIN (URGENT - PLEASE CONFIRM RECEIPT)',
                   dh(2027, 3, 29, 10, 55, 0, 60), 'DU0P190MB1899A2B3C4D5E6F7@DU0P190MB1899.EURP190.PROD.OUTLOOK.COM',
                   'X-MS-Has-Attach: no'), body, 'utf-8', 'quoted-printable')
    return eml, T('body', 'utf-8',
                  'A Lagos-area chin-chin snack maker\'s LPO (Outlook, a 170-character upper-case Subject): a proforma '
                  'number that is not the order number, "29th March, 2027", a pipe table with ITEM and SPECIFICATION '
                  'apart (keyed joined; a spec with "1,000m" in it), rolls, reams and pieces, the total also in words; '
                  'the store keeper has two phones (keyed the first), the signature three more. Adds up.',
                  [order('LPO/MAM/2027/0331', 'Mama\'s Kitchen Foods Ltd.',
                         ('Mr. Segun Adebayo', '0803 451 2290',
                          'Mama\'s Kitchen Foods Ltd., Plot 14 Agbara Industrial Estate, Agbara, Ogun State, Nigeria'),
                         '2027-03-29', 'USD', total, lines)])


@mail
def h417_shanxi_wenxi_cake_wps_paste_two_row_header_tax():
    rows = [('JX-1', '煮饼礼盒', '1kg 八角 烫金', '个', 4000, '8.60'),
            ('JX-2', '内袋', '单个 镀铝 6×8cm', '个', 120000, '0.045'),
            ('JX-3', '外箱', '10盒 五层', '个', 400, '6.50')]
    lines = spec(rows)
    net = subtotal(lines)
    tax = (net * D('0.13')).quantize(D('0.01'))
    total = m2(net + tax)
    check(lines, total, tax)
    tsv = '\n'.join('\t'.join(str(x) for x in (s, n, g, u, q, p, m2(D(p) * q))) for s, n, g, u, q, p in rows)
    body = """恒达包装：
下面是从WPS表格里复制的采购单，麻烦核对。

山西闻喜晋香斋食品有限公司 采购单
单号：JXZ-CG-0330\t\t\t日期：2027/3/30
货品信息\t\t\t\t数量\t金额（元）
编号\t名称\t规格\t单位\t订货量\t单价\t不含税金额
%s
不含税合计\t\t\t\t\t\t%s
税额（13%%）\t\t\t\t\t\t%s
价税合计\t\t\t\t\t\t%s
收货：山西省运城市闻喜县 东镇 食品工业园 晋香斋 包装车间 裴建国 0359-7012236 / 13935951108

晋香斋 采购 杨晓燕
""" % (tsv, m2(net), m2(tax), total)
    eml = single(H('杨晓燕', 'yangxy@jinxiangzhai.cn', 'gbk', '采购单JXZ-CG-0330',
                   dh(2027, 3, 30, 8, 50, 33), '5c6d7e8f.1a2b.18f3c4d5e6f.Coremail.yangxy@jinxiangzhai.cn',
                   'X-Mailer: Coremail Webmail Server Version XT5.0.14'), body, 'gbk', 'base64')
    return eml, T('body', 'gbk',
                  'A Wenxi pastry maker pastes a WPS 表格 form into a 163-style Coremail mail (GBK): tabs, a two-row '
                  'header whose first row is the merged groups (货品信息 / 数量 / 金额（元）) and whose second names the '
                  'columns, 名称 and 规格 apart (keyed joined), a 3-decimal net price, 不含税合计, 税额（13%） and 价税合计 '
                  '(the total keyed); the receiver and two phones on one line (keyed the first). Adds up with the tax.',
                  [order('JXZ-CG-0330', '山西闻喜晋香斋食品有限公司',
                         ('裴建国', '0359-7012236', '山西省运城市闻喜县 东镇 食品工业园 晋香斋 包装车间'),
                         '2027-03-30', 'CNY', total, lines)])


@mail
def h418_pt_sardine_cannery_latin1_per_milheiro_portes():
    rows = [('LAT-125', 'Lata de sardinha 125 g', 'alumínio, abertura fácil', 200000, '95,00', 1000),
            ('CX-10', 'Cartonagem individual', '125 g, impressão 4 cores', 200000, '38,00', 1000),
            ('CX-EMB', 'Caixa de embarque', '50 latas, canelado BC', 4000, '0,62', None)]
    lines = []
    for s, n, g, q, p, k in rows:
        pp = p.replace(',', '.')
        lines.append(L(s, '%s %s' % (n, g), q, per(pp, k) if k else pp, D(pp) * q / (k or 1)))
    sub = subtotal(lines)
    fr = D('1150.00')
    total = m2(sub + fr)
    check(lines, total, fr)
    tab = cols([('Ref.', 'Designação', 'Especificação', 'Qtd.', 'Preço (EUR)', 'Total (EUR)')] +
               [(s, n, g, '{:,}'.format(q).replace(',', '.'), p + ('/milheiro' if k else ''),
                 eu(D(p.replace(',', '.')) * q / (k or 1))) for s, n, g, q, p, k in rows],
               [9, 25, 27, 10, 17, 12], right=(3, 4, 5))
    body = """Exmos. Senhores,

Segue a nossa nota de encomenda. Agradecemos confirmação do prazo de entrega.

Nota de Encomenda N.º NE 2027/0142
Data: 31/03/2027

%s

Subtotal: %s EUR
Portes (FOB Ningbo - Leixões): %s EUR
IVA: autoliquidação na importação
Total da encomenda: %s EUR

Local de entrega: Conserveira do Norte, S.A. - Armazém 3, Rua Roberto Ivens 1200, 4450-251 Matosinhos
Receção: Sr. Rui Almeida, tel. +351 229 371 455

Com os melhores cumprimentos,
Ana Ferreira
Compras - Conserveira do Norte, S.A.
+351 229 371 400 / +351 912 448 330
""" % (tab, eu(sub), eu(fr), eu(total))
    eml = single(H('Ana Ferreira', 'compras@conserveiradonorte.pt', 'iso-8859-1', 'Nota de Encomenda NE 2027/0142',
                   dh(2027, 3, 31, 11, 25, 48, 60), 'AS8P194MB1122B3C4D5E6F7A8@AS8P194MB1122.EURP194.PROD.OUTLOOK.COM',
                   'X-MS-Has-Attach: no'), body, 'iso-8859-1', 'quoted-printable')
    return eml, T('body', 'iso-8859-1',
                  'A Matosinhos sardine cannery in Portuguese (Outlook, ISO-8859-1 QP): "Nota de Encomenda N.º NE '
                  '2027/0142", dd/mm/yyyy, Designação and Especificação apart (keyed joined), dot thousands and decimal '
                  'commas, two lines priced "95,00/milheiro" (per thousand: keyed 0.095 a tin), Subtotal, Portes and '
                  'Total da encomenda (keyed, with the freight), an IVA line without an amount. Adds up with the '
                  'freight.',
                  [order('NE 2027/0142', 'Conserveira do Norte, S.A.',
                         ('Sr. Rui Almeida', '+351 229 371 455',
                          'Conserveira do Norte, S.A. - Armazém 3, Rua Roberto Ivens 1200, 4450-251 Matosinhos'),
                         '2027-03-31', 'EUR', total, lines)])


# ============================================================ HTML bodies
@mail
def h419_la_bolaven_coffee_gmail_html_deposit():
    rows = [('Coffee bag 250 g', 'kraft/ALU/PE, one-way valve, zipper', 'pcs', 60000, '0.145'),
            ('Coffee bag 1 kg', 'kraft/ALU/PE, valve, quad seal', 'pcs', 20000, '0.26'),
            ('Drip coffee filter', 'non-woven, 10 g, hanging ear', 'pcs', 200000, '0.012')]
    lines = [L(None, '%s %s' % (n, g), q, p) for n, g, u, q, p in rows]
    total = m2(subtotal(lines))
    check(lines, total)
    dep = (D(total) / 2).quantize(D('0.01'))
    tab = [['No.', 'Item', 'Spec', 'Qty', 'Unit', 'Unit Price (USD)', 'Amount (USD)']]
    tab += [[str(i + 1), n, g, '{:,}'.format(q), u, p, usd(D(p) * q)] for i, (n, g, u, q, p) in enumerate(rows)]
    tab.append([('TOTAL', 'colspan="6" align="right"'), usd(total)])
    html = ('<div dir="ltr">Dear Hengda,<br><br>Please find our purchase order below.<br><br>'
            '<b>Paksong Highland Coffee Co., Ltd.</b><br>PO No.: PHC-PO-0401<br>Date: 1 April 2027<br><br>'
            '<table border="1" cellpadding="4" style="border-collapse:collapse">' + cells_html(tab) + '</table><br>'
            'Deposit 50%% (paid today by TT): USD %s<br>Balance before shipment: USD %s<br><br>'
            'Ship to: PHC Roastery, Ban Lak 15, Paksong District, Champasak Province, Lao PDR<br>'
            'Contact: Mr. Khamphone Vongsa +856 20 5566 7788 / +856 31 251 044<br><br>'
            'Best regards,<br>Souksavanh Phommachanh<br>Purchasing | Paksong Highland Coffee<br>+856 20 9988 1122</div>'
            % (usd(dep), usd(D(total) - dep)))
    eml = html_mail(H('Souksavanh Phommachanh', 'purchasing@paksonghighland.la', 'utf-8', 'PO PHC-PO-0401 coffee bags',
                      dh(2027, 4, 1, 14, 20, 5, 420), 'CALa1Bo2Co3Fe4Pk5Sg6Hl7Nd8Cf9Ee0@mail.gmail.com', 'X-Mailer: Gmail'),
                    strip(html), html, 'utf-8', '000000000000b7c8d9e0f1a2b3c4d5')
    return eml, T('html', 'utf-8',
                  'A Bolaven-plateau coffee roaster in Laos (Gmail HTML): Item and Spec apart (keyed joined), 3-decimal '
                  'prices, a TOTAL row spanning six cells, then a 50 % deposit paid and the balance (neither is the '
                  'total); two phones for the contact (keyed the first). Adds up.',
                  [order('PHC-PO-0401', 'Paksong Highland Coffee Co., Ltd.',
                         ('Mr. Khamphone Vongsa', '+856 20 5566 7788',
                          'PHC Roastery, Ban Lak 15, Paksong District, Champasak Province, Lao PDR'),
                         '2027-04-01', 'USD', total, lines)])


@mail
def h420_weimob_hainan_coffee_rowspan_discount_freight_gbk():
    rows = [('咖啡粉袋', '227g 铝箔 单向阀', '个', 20000, '0.58'),
            ('挂耳包', '10g 无纺布', '个', 100000, '0.035'),
            ('咖啡礼盒', '6罐装 手提', '个', 3000, '7.20')]
    lines = [L(None, '%s %s' % (n, g), q, p) for n, g, u, q, p in rows]
    sub = subtotal(lines)
    disc, fr = D('-700'), D('450')
    total = m2(sub + disc + fr)
    check(lines, total, disc + fr)
    tab = [['分类', '商品名称', '规格', '单位', '数量', '进货价（元）', '小计（元）']]
    for i, (n, g, u, q, p) in enumerate(rows):
        cat = [('咖啡包装', 'rowspan="2"')] if i == 0 else ([] if i == 1 else ['礼盒'])
        tab.append(cat + [n, g, u, str(q), p, m2(D(p) * q)])
    tab += [[('商品合计', 'colspan="6"'), m2(sub)], [('满减优惠', 'colspan="6"'), '-700.00'],
            [('运费', 'colspan="6"'), '450.00'], [('应付合计', 'colspan="6"'), total]]
    html = ('<div style="font-family:微软雅黑">恒达包装 你好：<br>以下是我们微盟后台生成的进货单，请安排发货。<br><br>'
            '进货单号：WM-JH-20270402-0017<br>下单时间：2027-04-02 10:41<br><br>'
            '<table border="1" cellspacing="0" cellpadding="3">' + cells_html(tab) + '</table><br>'
            '收货：海南省万宁市 兴隆华侨农场 咖啡产业园 5 号 南洋咖啡 仓库 收货人 陈文雄 0898-62553018 / 13876091123<br><br>'
            '海南兴隆南洋风味食品有限公司 采购 林秀娟</div>')
    eml = html_mail(H('林秀娟', 'linxj@xinglong-nanyang.com', 'gbk', '进货单 WM-JH-20270402-0017',
                      dh(2027, 4, 2, 10, 55, 31), '202704021055316627184@xinglong-nanyang.com',
                      'X-Mailer: Foxmail 7.2.25.375[cn]'),
                    strip(html), html, 'gbk', '----=_001_NextPart572814603_=----')
    return eml, T('html', 'gbk',
                  'A Xinglong coffee maker in Hainan (Foxmail HTML, GBK) sends a 微盟 (Weimob) 进货单: a 分类 column '
                  'with a rowspan, 商品名称 and 规格 apart (keyed joined), a 3-decimal 进货价, then colspan rows 商品合计, '
                  '满减优惠 -700.00, 运费 and 应付合计 (the total keyed); 下单时间 with a time. Adds up with the '
                  'discount and freight.',
                  [order('WM-JH-20270402-0017', '海南兴隆南洋风味食品有限公司',
                         ('陈文雄', '0898-62553018', '海南省万宁市 兴隆华侨农场 咖啡产业园 5 号 南洋咖啡 仓库'),
                         '2027-04-02', 'CNY', total, lines)])


@mail
def h421_fr_salted_caramel_apple_mail_remise_port_tva():
    rows = [('CB-BOX', 'Boîte métal', 'caramels 150 g, embossée', 10000, '1,42', '1.42'),
            ('CB-SACH', 'Sachet', 'kraft 200 g, fenêtre', 30000, '0,16', '0.16'),
            ('CB-PAP', 'Papillote', 'cire 8x10 cm, imprimée', 500000, '0,0045', '0.0045')]
    lines = [L(s, '%s %s' % (n, g), q, pp) for s, n, g, q, p, pp in rows]
    sub = subtotal(lines)
    rem = -(sub * D('0.03')).quantize(D('0.01'))
    port = D('890.00')
    total = m2(sub + rem + port)
    check(lines, total, rem + port)

    def fr(v):
        return eu(v).replace('.', '\u202f')
    tab = [['Réf.', 'Désignation', 'Spécification', 'Qté', 'P.U. HT', 'Montant HT']]
    tab += [[s, n, g, '{:,}'.format(q).replace(',', '\u202f'), p + ' €', fr(D(pp) * q) + ' €'] for s, n, g, q, p, pp in rows]
    tab += [[('Total lignes HT', 'colspan="5"'), fr(sub) + ' €'], [('Remise 3 %', 'colspan="5"'), '-' + fr(-rem) + ' €'],
            [('Frais de port', 'colspan="5"'), fr(port) + ' €'], [('Total HT', 'colspan="5"'), fr(total) + ' €'],
            [('TVA 0 % (autoliquidation)', 'colspan="5"'), '0,00 €'], [('<b>Net à payer</b>', 'colspan="5"'), '<b>' + fr(total) + ' €</b>']]
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body style="word-wrap: break-word;"><div>Bonjour Madame Qian,</div><div><br></div>'
            '<div>Voici notre bon de commande n° BC-27-0405 du 05/04/2027.</div><div><br></div>'
            '<table border="1" cellspacing="0" cellpadding="4">' + cells_html(tab) + '</table><div><br></div>'
            '<div>Livraison : Caramels de Bretagne – Atelier, ZA de Kerdroniou, 29000 Quimper</div>'
            '<div>Contact réception : M. Yann Le Goff, 02 98 55 41 20</div><div><br></div>'
            '<div>Bien cordialement,</div><div>Claire Morvan</div><div>Achats – Caramels de Bretagne SAS</div>'
            '<div>02 98 55 41 00 · 06 71 28 44 90</div></body></html>')
    eml = html_mail(H('Claire Morvan', 'achats@caramels-bretagne.fr', 'utf-8', 'Bon de commande BC-27-0405',
                      dh(2027, 4, 5, 9, 30, 12, 120), '8A9B0C1D-2E3F-4A5B-6C7D-8E9F0A1B2C3D@caramels-bretagne.fr',
                      'X-Mailer: Apple Mail (2.3826.500.181.1.5)'),
                    strip(html), html, 'utf-8', 'Apple-Mail=_6F7A8B9C-0D1E-4F2A-B3C4-D5E6F7A8B9C0', 'quoted-printable')
    return eml, T('html', 'utf-8',
                  'A Quimper salted-caramel maker in French (Apple Mail HTML, UTF-8 quoted-printable): Désignation and '
                  'Spécification apart (keyed joined), narrow no-break spaces as thousands separators, "1,42 €" after '
                  'the number, a 4-decimal price, Total lignes HT, Remise 3 %, Frais de port, Total HT, TVA 0 % '
                  '(autoliquidation) and Net à payer (keyed). Adds up with the discount and carriage.',
                  [order('BC-27-0405', 'Caramels de Bretagne SAS',
                         ('M. Yann Le Goff', '02 98 55 41 20', 'Caramels de Bretagne – Atelier, ZA de Kerdroniou, 29000 Quimper'),
                         '2027-04-05', 'EUR', total, lines)])


@mail
def h422_ae_oud_perfume_outlook_bill_ship_vat_aed():
    rows = [('AW-BX50', 'Perfume box 50 ml', 'rigid, velvet insert, gold foil', 6000, '6.40'),
            ('AW-BX100', 'Perfume box 100 ml', 'rigid, magnetic, satin lining', 4000, '8.90'),
            ('AW-BAG', 'Paper bag', 'art paper 250 gsm, ribbon handle', 10000, '2.35')]
    lines = [L(s, '%s %s' % (n, g), q, p) for s, n, g, q, p in rows]
    sub = subtotal(lines)
    vat = (sub * D('0.05')).quantize(D('0.01'))
    total = m2(sub + vat)
    check(lines, total, vat)
    td = ' style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"'
    tab = [['Item Code', 'Description', 'Specification', 'Qty', 'Unit Price (AED)', 'Total (AED)']]
    tab += [[s, n, g, '{:,}'.format(q), p, usd(D(p) * q)] for s, n, g, q, p in rows]
    tab += [[('Sub Total', 'colspan="5"'), usd(sub)], [('VAT 5%', 'colspan="5"'), usd(vat)],
            [('Grand Total AED', 'colspan="5"'), usd(total)]]
    html = ('<html><body lang="EN-US"><div class="WordSection1"><p class="MsoNormal">Dear Sir,</p>'
            '<p class="MsoNormal">Kindly find our purchase order as below.</p>'
            '<p class="MsoNormal"><b>PURCHASE ORDER No. AWP/PO/27/0408</b> &nbsp; Date: 08-Apr-2027</p>'
            '<table class="MsoNormalTable" border="0"><tr><td valign="top"><p class="MsoNormal"><b>Bill To:</b><br>'
            'Al Ward Perfumes LLC<br>Al Qusais Industrial Area 2, Dubai, UAE<br>TRN 100234567800003</p></td>'
            '<td valign="top"><p class="MsoNormal"><b>Ship To:</b><br>Al Ward Warehouse<br>Jebel Ali Free Zone, South '
            'Zone, Plot S30512, Dubai, UAE<br>Attn: Mr. Imran Sheikh<br>+971 4 887 2215 / +971 50 662 1830</p></td></tr></table>'
            '<table class="MsoTableGrid" border="1" cellspacing="0">' + cells_html(tab, td) + '</table>'
            '<p class="MsoNormal">Payment: 30% advance, 70% against B/L copy.</p>'
            '<p class="MsoNormal">Best Regards,<br>Fatima Al Hashimi<br>Procurement | Al Ward Perfumes LLC<br>'
            'T +971 4 267 3300 | M +971 55 410 7782</p></div></body></html>')
    eml = html_mail(H('Fatima Al Hashimi', 'procurement@alwardperfumes.ae', 'utf-8', 'PO AWP/PO/27/0408 - perfume boxes',
                      dh(2027, 4, 8, 11, 5, 40, 240), 'DB8P191MB1577C2D3E4F5A6B7@DB8P191MB1577.EURP191.PROD.OUTLOOK.COM',
                      'X-MS-Has-Attach: no'),
                    strip(html), html, 'utf-8', '_000_DB8P191MB1577C2D3E4F5A6B7DB8P191MB1577EURP_')
    return eml, T('html', 'utf-8',
                  'A Dubai oud-perfume house (Outlook Word-HTML): "Bill To" (the buyer, with a TRN tax number) and '
                  '"Ship To" (a Jebel Ali warehouse with its own attention and two phones: keyed the first) side by '
                  'side, Description and Specification apart (keyed joined), Sub Total, VAT 5 % and Grand Total AED '
                  '(keyed); a 30 % advance in the terms is no amount. Adds up with the VAT.',
                  [order('AWP/PO/27/0408', 'Al Ward Perfumes LLC',
                         ('Mr. Imran Sheikh', '+971 4 887 2215', 'Al Ward Warehouse, Jebel Ali Free Zone, South Zone, Plot S30512, Dubai, UAE'),
                         '2027-04-08', 'AED', total, lines)])


@mail
def h423_dingtalk_html_tonghua_icewine_approval_model_column():
    rows = [('冰酒礼盒', '375ml 单支 木纹 磁吸', '件', 3000, '15.80'),
            ('红酒纸箱', '750ml×6 五层 印刷', '件', 5000, '4.60'),
            ('酒瓶网套', 'EPE 750ml', '个', 60000, '0.09')]
    lines = [L(None, '%s %s' % (n, g), q, p) for n, g, u, q, p in rows]
    total = m2(subtotal(lines))
    check(lines, total)
    lab = [['审批编号', '202704091030000456789'], ['申请人', '朴成浩'], ['所在部门', '采购部'],
           ['采购单号', 'THSP-CG-0409'], ['供应商', '杭州恒达包装材料有限公司'], ['期望到货日期', '2027-04-25'],
           ['收货地址', '吉林省通化市 二道江区 葡萄酒产业园 长白山酒业 包材库'], ['收货人', '金哲 0435-3921608']]
    tab = [['序号', '物品名称', '规格型号', '单位', '数量', '单价（元）', '金额（元）']]
    tab += [[str(i + 1), n, g, u, str(q), p, m2(D(p) * q)] for i, (n, g, u, q, p) in enumerate(rows)]
    tab.append([('合计', 'colspan="6"'), m2(total)])
    html = ('<div style="font-size:14px">金经理：审批已通过，请按明细供货。——朴成浩<br><br>'
            '<div style="border:1px solid #e5e5e5;padding:12px"><div style="font-weight:bold">通化长白山山葡萄酒业有限公司'
            ' · 采购申请</div><div style="color:#00a854">已通过</div>'
            '<table>' + cells_html(lab) + '</table><div>采购明细</div><table border="1" cellspacing="0">' + cells_html(tab) +
            '</table><div style="color:#999">来自钉钉审批</div></div></div>')
    eml = html_mail(H('朴成浩', 'piaoch@changbaishan-wine.com', 'utf-8', '【钉钉审批】采购申请 THSP-CG-0409 已通过',
                      dh(2027, 4, 9, 10, 48, 9), 'dingtalk.mail.9f8e7d6c5b4a@changbaishan-wine.com', 'X-Mailer: DingTalk Mail'),
                    strip(html), html, 'utf-8', '----=_Part_9988_1231231231.1775702889000')
    return eml, T('html', 'utf-8',
                  'A Tonghua ice-wine maker forwards a DingTalk approval card as HTML: an 审批编号 that is not the '
                  'order number (采购单号 THSP-CG-0409 is), an 期望到货日期 that is no order date (none keyed), the '
                  'receiver as label/value rows, then an item table with a 规格型号 column (keyed joined) and a 合计 '
                  'row. Adds up.',
                  [order('THSP-CG-0409', '通化长白山山葡萄酒业有限公司',
                         ('金哲', '0435-3921608', '吉林省通化市 二道江区 葡萄酒产业园 长白山酒业 包材库'),
                         None, 'CNY', total, lines)])


@mail
def h424_ca_icewine_quickbooks_desktop_html_rate_per_100():
    rows = [('IW-BOX200', 'Icewine gift box 200 ml, rigid, gold foil', 8000, '265.00'),
            ('IW-SLV', 'Bottle sleeve, frosted', 8000, '38.00'),
            ('IW-CTN12', 'Shipping carton 12 x 200 ml', 700, '145.00')]
    lines = [L(s, n, q, per(p, 100), D(p) * q / 100) for s, n, q, p in rows]
    total = m2(subtotal(lines))
    check(lines, total)
    tab = [['Item', 'Description', 'Qty', 'Rate (per 100)', 'Amount']]
    tab += [[s, n, '{:,}'.format(q), p, usd(D(p) * q / 100)] for s, n, q, p in rows]
    tab.append([('Total', 'colspan="4" align="right"'), 'CAD ' + usd(total)])
    html = ('<html><body><table width="640"><tr><td><b>Twenty Valley Icewine Estates Ltd.</b><br>4120 Victoria Ave<br>'
            'Vineland Station, ON L0R 2E0<br>905-562-1100</td><td align="right"><font size="5">Purchase Order</font><br>'
            'Date 04/13/2027<br>P.O. No. 1207</td></tr></table><br><table width="640"><tr><td><b>Vendor</b><br>'
            'Hangzhou Hengda Packaging Materials Co., Ltd.<br>88 Jiangdong 3rd Rd, Xiaoshan<br>Hangzhou, Zhejiang, China</td>'
            '<td><b>Ship To</b><br>Twenty Valley Icewine Estates - Cellar Door<br>3850 King St<br>Vineland, ON L0R 2C0<br>'
            'Attn: Marc Tremblay 905-562-1180</td></tr></table><br><table border="1" cellspacing="0" width="640">' +
            cells_html(tab, th_first=True) + '</table><p>Please confirm ship date. Thank you for your business.</p>'
            '</body></html>')
    eml = html_mail(H('Twenty Valley Icewine Estates Ltd.', 'accounts@twentyvalleyicewine.ca', 'utf-8',
                      'Purchase Order 1207 from Twenty Valley Icewine Estates Ltd.',
                      dh(2027, 4, 13, 16, 2, 18, -240), '20270413200218.1207.qbdt@twentyvalleyicewine.ca',
                      'X-Mailer: QuickBooks Desktop 2024'),
                    strip(html), html, 'utf-8', '----=_NextPart_QB_1207_20270413')
    return eml, T('html', 'utf-8',
                  'A Niagara ice-wine estate\'s QuickBooks Desktop purchase order mailed as HTML: "P.O. No. 1207" and '
                  'the US date 04/13/2027 in the top right cell, Vendor (us) and Ship To (a second site with its own '
                  'attention and phone) side by side, every rate per 100 ("Rate (per 100)" 265.00 is 2.65 a box), '
                  'no spec column, the currency only in the Total cell (CAD). Adds up.',
                  [order('1207', 'Twenty Valley Icewine Estates Ltd.',
                         ('Marc Tremblay', '905-562-1180', 'Twenty Valley Icewine Estates - Cellar Door, 3850 King St, Vineland, ON L0R 2C0'),
                         '2027-04-13', 'CAD', total, lines)])


# ============================================================ CSV attachments
@mail
def h425_csv_youzan_anshun_batik_utf8_bom_freight_row():
    rows = [('YZ-LR-01', '蜡染礼盒', '40×30×8 天地盖', '个', 1500, '6.20'),
            ('YZ-LR-02', '防尘袋', '无纺布 50×60', '个', 3000, '0.85'),
            ('YZ-LR-03', '吊牌', '300g 铜版纸 打孔', '张', 5000, '0.12'),
            ('YZ-LR-04', '快递箱', '三层 8号', '个', 2000, '1.05')]
    lines = spec(rows)
    sub = subtotal(lines)
    fr = D('260.00')
    total = m2(sub + fr)
    check(lines, total, fr)
    tab = [['进货单号', '下单时间', '商品编码', '商品名称', '规格', '单位', '数量', '进货价（元）', '小计（元）']]
    for s, n, g, u, q, p in rows:
        tab.append(['YZ-JH-270415-008', '2027-04-15 14:22', s, n, g, u, q, p, m2(D(p) * q)])
    tab += [['', '', '', '运费', '', '', '', '', m2(fr)], ['', '', '', '合计', '', '', '', '', total]]
    data = ('\ufeff' + corpus_docs.csv_text(tab)).encode('utf-8')
    body = ('恒达：\n有赞后台导出的进货单在附件，运费按你们说的260。\n收货：贵州省安顺市西秀区 黄果树大街 蜡染文创园 8 号 黔韵蜡染 '
            '库房 收货人 罗丽萍 0851-33226817\n\n安顺黔韵蜡染工艺品有限公司 吴芳 18685312274\n')
    eml = with_attachments(H('吴芳', 'wufang@qianyun-batik.com', 'utf-8', '进货单 YZ-JH-270415-008',
                             dh(2027, 4, 15, 14, 30, 2), 'tencent_2B3C4D5E6F7A8B9C0D1E2F3A4B5C6D7E8F09@qq.com',
                             'X-QQ-Mailer: QQMail 2.x'), body, 'utf-8', 'base64',
                           [attachment('text/csv', data, '进货单_YZ-JH-270415-008.csv', name_style='rfc2231')],
                           '----=_NextPart_66A1B2C3_4D5E6F7A_8B9C0D1E')
    return eml, T('csv', 'utf-8',
                  'An Anshun batik shop\'s 有赞 (Youzan) 进货单 export (UTF-8 CSV with BOM, QQ Mail): the number and '
                  'the order time on every row, 商品名称 and 规格 apart (keyed joined), units 个/张, then a 运费 row and '
                  'a 合计 row in the name column with empty codes (neither is a line: the total is the 合计, with the '
                  'freight); the receiver only in the body. Adds up with the freight.',
                  [order('YZ-JH-270415-008', '安顺黔韵蜡染工艺品有限公司',
                         ('罗丽萍', '0851-33226817', '贵州省安顺市西秀区 黄果树大街 蜡染文创园 8 号 黔韵蜡染 库房'),
                         '2027-04-15', 'CNY', total, lines)])


@mail
def h426_csv_fi_rye_bakery_procountor_cp1252_number_in_text():
    rows = [('RR-PUSSI', 'Leipäpussi', 'paperi 2-kerros, 25x45 cm', 80000, 'kpl', '0,052', '0.052'),
            ('RR-KASSI', 'Kantokassi', 'kraft 32x12x40, kahvat', 6000, 'kpl', '0,38', '0.38'),
            ('RR-TEIPPI', 'Pakkausteippi', '48 mm x 66 m, logo', 600, 'rll', '1,10', '1.10')]
    lines = [L(s, '%s %s' % (n, g), q, pp) for s, n, g, q, u, p, pp in rows]
    total = m2(subtotal(lines))
    check(lines, total)
    tab = [['Tuotekoodi', 'Tuote', 'Spesifikaatio', 'Määrä', 'Yksikkö', 'A-hinta EUR', 'ALV %', 'Yhteensä EUR']]
    tab += [[s, n, g, str(q), u, p, '0', eu(D(pp) * q).replace('.', '')] for s, n, g, q, u, p, pp in rows]
    tab.append(['', 'Yhteensä', '', '', '', '', '', eu(total).replace('.', '')])
    data = corpus_docs.csv_text(tab, delim=';').encode('cp1252')
    body = ('Hei,\n\nLiitteenä tilauksemme nro 27-0419 (19.4.2027), vienti Procountorista. Hinnat sopimuksen mukaan, '
            'ALV 0 % (käännetty verovelvollisuus).\n\nToimitusosoite: Leipomo Ruisrinne Oy, Hatanpään valtatie 34, '
            '33900 Tampere, vastaanottaja Mikko Virtanen, puh. 040 558 2219.\n\nYstävällisin terveisin\n'
            'Liisa Mäkinen\nOstot, Leipomo Ruisrinne Oy\n03 222 4410\n')
    eml = with_attachments(H('Liisa Mäkinen', 'ostot@ruisrinne.fi', 'iso-8859-15', 'Tilaus 27-0419',
                             dh(2027, 4, 19, 9, 3, 44, 180), 'a1b2c3d4-0419-4e5f-8a9b-c0d1e2f3a4b5@ruisrinne.fi',
                             'User-Agent: Mozilla Thunderbird'), body, 'iso-8859-15', 'quoted-printable',
                           [attachment('text/csv', data, 'ostotilaus_27-0419.csv')],
                           '------------Fi0419Ruis2027Rr8Tt6Yy4')
    return eml, T('csv', 'cp1252',
                  'A Tampere rye bakery in Finnish (Thunderbird, ISO-8859-15 QP body) attaches a Procountor export as '
                  'a Windows-1252 semicolon CSV: Tuote and Spesifikaatio apart (keyed joined), decimal commas, a '
                  '3-decimal price, kpl and rll units, an ALV % column of 0, a Yhteensä row; the order number, the '
                  'date 19.4.2027 and the delivery address only in the mail text. Adds up.',
                  [order('27-0419', 'Leipomo Ruisrinne Oy',
                         ('Mikko Virtanen', '040 558 2219', 'Leipomo Ruisrinne Oy, Hatanpään valtatie 34, 33900 Tampere'),
                         '2027-04-19', 'EUR', total, lines)])


@mail
def h427_csv_es_saffron_holded_two_pos_semicolon():
    a = [('AZ-CAJ1', 'Caja metálica', '1 g, tapa bisagra', 50000, '0,21', '0.21'),
         ('AZ-EST', 'Estuche', '4 cajas, ventana PET', 12500, '0,48', '0.48')]
    b = [('AZ-FR2', 'Frasco vidrio', '2 g, tapón corcho', 8000, '0,55', '0.55'),
         ('AZ-BOL', 'Bolsa papel', 'regalo, asa cordón', 2000, '0,62', '0.62')]
    la = [L(s, '%s %s' % (n, g), q, pp) for s, n, g, q, p, pp in a]
    lb = [L(s, '%s %s' % (n, g), q, pp) for s, n, g, q, p, pp in b]
    ta, tb = m2(subtotal(la)), m2(subtotal(lb))
    tab = [['Documento', 'Fecha', 'Contacto', 'SKU', 'Producto', 'Especificación', 'Cantidad', 'Precio (€)',
            'Subtotal (€)', 'Total documento (€)']]
    for no, rows, t in (('PO27/0031', a, ta), ('PO27/0032', b, tb)):
        for s, n, g, q, p, pp in rows:
            tab.append([no, '20/04/2027', 'Hangzhou Hengda Packaging Materials Co., Ltd.', s, n, g, str(q), p,
                        eu(D(pp) * q), eu(t)])
    data = corpus_docs.csv_text(tab, delim=';', quote_all=True).encode('utf-8')
    body = ('Hola,\n\nOs mandamos dos pedidos exportados de Holded en un solo fichero:\n'
            '- PO27/0031: entregar en Azafranes de La Mancha, Fábrica, Ctra. de Urda km 2, 45700 Consuegra (Toledo). '
            'Recibe: Pilar Sánchez, 925 48 12 30.\n'
            '- PO27/0032: entregar en nuestra tienda, Calle de Toledo 45, 28005 Madrid. Recibe: Javier Ruiz, 915 36 44 18.\n\n'
            'Un saludo,\nMarta Gómez\nAzafranes de La Mancha S.L.\n+34 925 48 12 00\n')
    eml = with_attachments(H('Marta Gómez', 'compras@azafranesdelamancha.es', 'utf-8', 'Pedidos PO27/0031 y PO27/0032',
                             dh(2027, 4, 20, 12, 18, 27, 120), 'CAEs2Az4Fr6An8Ma0Nc2Ha4Co6Ns8Ue0@mail.gmail.com',
                             'X-Mailer: Gmail'), body, 'utf-8', 'quoted-printable',
                           [attachment('text/csv', data, 'pedidos_holded.csv')], '0000000000005a6b7c8d9e0f1a2b3c')
    return eml, T('csv', 'utf-8',
                  'A Consuegra saffron packer\'s Holded export (UTF-8, semicolons, every cell quoted) holding two '
                  'purchase orders told apart by Documento, the date dd/mm/yyyy, Producto and Especificación apart '
                  '(keyed joined), decimal commas, the document total repeated on every row; each order\'s delivery '
                  'address and receiver only in the body. Two orders; each adds up.',
                  [order('PO27/0031', 'Azafranes de La Mancha S.L.',
                         ('Pilar Sánchez', '925 48 12 30', 'Azafranes de La Mancha, Fábrica, Ctra. de Urda km 2, 45700 Consuegra (Toledo)'),
                         '2027-04-20', 'EUR', ta, la),
                   order('PO27/0032', 'Azafranes de La Mancha S.L.',
                         ('Javier Ruiz', '915 36 44 18', 'Calle de Toledo 45, 28005 Madrid'),
                         '2027-04-20', 'EUR', tb, lb)])


# ============================================================ xlsx attachments
@mail
def h428_xlsx_wps_turpan_raisin_two_row_header_deposit_daxie():
    rows = [('葡萄干包装袋', '500g 牛皮纸 自立 开窗', '个', 100000, '0.33'),
            ('礼盒', '2kg 手提 新疆风情', '件', 5000, '9.50'),
            ('编织袋', '25kg 覆膜', '条', 8000, '1.20'),
            ('缠绕膜', '50cm 3kg', '卷', 300, '25.00')]
    lines = [L(None, '%s %s' % (n, g), q, p) for n, g, u, q, p in rows]
    total = m2(subtotal(lines))
    check(lines, total)
    dep = (D(total) * D('0.3')).quantize(D('0.01'))
    sh = Sheet('Sheet1')
    sh.set(1, 1, '吐鲁番火洲葡萄干有限公司 采购订单', bold=True, size=16, center=True)
    sh.merge(1, 1, 1, 7)
    sh.row(2, 1, ['订单编号：HZ-PT-0421', '', '', '', '日期：2027年4月21日'])
    sh.row(3, 1, ['供应商：杭州恒达包装材料有限公司'])
    sh.row(5, 1, ['序号', '货品', '', '', '订购', '', '金额(元)'], bold=True, border=True, center=True)
    sh.merge(5, 1, 6, 1)
    sh.merge(5, 2, 5, 4)
    sh.merge(5, 5, 5, 6)
    sh.merge(5, 7, 6, 7)
    sh.row(6, 2, ['名称', '规格', '单位', '数量', '单价(元)'], bold=True, border=True, center=True)
    for i, (n, g, u, q, p) in enumerate(rows):
        r = 7 + i
        sh.row(r, 1, [i + 1, n, g, u, q], border=True)
        sh.set(r, 6, D(p), border=True, fmt='0.00')
        sh.set(r, 7, ('=E%d*F%d' % (r, r), D(p) * q), border=True, fmt='#,##0.00')
    r = 7 + len(rows)
    sh.row(r, 1, ['合计', '', '', '', ''], border=True)
    sh.set(r, 7, ('=SUM(G7:G%d)' % (r - 1), D(total)), border=True, fmt='#,##0.00')
    sh.row(r + 1, 1, ['大写：%s' % daxie(total)])
    sh.row(r + 2, 1, ['预付定金30%：', '', '', '', '', '', dep])
    sh.row(r + 4, 1, ['交货地址：新疆吐鲁番市 高昌区 葡萄沟 物流园 火洲 1 号库'])
    sh.row(r + 5, 1, ['收货人：艾力·买买提 13899321145 / 0995-8562217'])
    sh.row(r + 7, 1, ['制单：古丽', '', '', '审核：张军'])
    data = corpus_docs.xlsx_bytes([sh], creator='WPS', app_title='WPS 表格')
    body = '恒达包装：\n附件是我们的采购订单，定金今天已经打过去了，请查收。\n\n吐鲁番火洲葡萄干有限公司 古丽 0995-8562200\n'
    eml = with_attachments(H('古丽', 'guli@huozhou-raisin.com', 'gbk', '火洲葡萄干 采购订单 HZ-PT-0421',
                             dh(2027, 4, 21, 12, 40, 10), '202704211240107734982@huozhou-raisin.com',
                             'X-Mailer: Foxmail 7.2.25.375[cn]'), body, 'gbk', 'base64',
                           [attachment(XLSX, data, '采购订单HZ-PT-0421.xlsx', name_style='gbk')],
                           '----=_001_NextPart736102948_=----')
    return eml, T('xlsx', 'gbk',
                  'A Turpan raisin packer\'s WPS .xlsx: a merged title, labels and values in one cell ("订单编号：…", '
                  '"日期：2027年4月21日"), a two-row merged header (货品 over 名称 / 规格 / 单位, 订购 over 数量 / 单价, '
                  '序号 and 金额 spanning both rows), name and spec keyed joined, units 个/件/条/卷, formulas with cached '
                  'values, 合计, a 大写 row and a 30 % 预付定金 row (not the total); two phones for the receiver. '
                  'Adds up.',
                  [order('HZ-PT-0421', '吐鲁番火洲葡萄干有限公司',
                         ('艾力·买买提', '13899321145', '新疆吐鲁番市 高昌区 葡萄沟 物流园 火洲 1 号库'),
                         '2027-04-21', 'CNY', total, lines)])


@mail
def h429_xlsx_sap_b1_nl_stroopwafel_line_discount_freight():
    rows = [('SW-TIN8', 'Stroopwafel tin 8 pcs', 10000, 'Each', '1.30', 0),
            ('SW-BAG10', 'Flow pack 10 pcs', 60000, 'Each', '0.065', 5),
            ('SW-CTN', 'Shipper carton 24 packs', 1500, 'Each', '0.88', 0)]
    lines = [L(s, n, q, p, D(p) * q * (100 - d) / 100) for s, n, q, u, p, d in rows]
    sub = subtotal(lines)
    fr = D('650.00')
    total = m2(sub + fr)
    check(lines, total, fr)
    sh, nxt = sheet_order('Purchase Order', [(1, ['Goudse Stroopwafelbakkerij B.V.']), (2, ['Purchase Order']),
                                             (3, ['Document Number', 10433, '', 'Posting Date', '22.04.2027']),
                                             (4, ['Vendor', 'V10088', 'Hangzhou Hengda Packaging Materials Co., Ltd.']),
                                             (5, ['Currency', 'EUR'])],
                          ['#', 'Item No.', 'Item Description', 'Quantity', 'UoM', 'Unit Price', 'Discount %', 'Total (LC)'],
                          [[i + 1, s, n, q, u, D(p), d, D(p) * q * (100 - d) / 100] for i, (s, n, q, u, p, d) in enumerate(rows)],
                          {5: '0.000', 7: '#,##0.00'},
                          [(1, ['', '', '', '', '', '', 'Total Before Discount', sub]), (2, ['', '', '', '', '', '', 'Freight', fr]),
                           (3, ['', '', '', '', '', '', 'Tax (BTW verlegd 0%)', D('0')]),
                           (4, ['', '', '', '', '', '', 'Total Payment Due', D(total)]),
                           (6, ['Ship To', 'Goudse Stroopwafelbakkerij B.V., Expeditie, Goudkade 18, 2802 AA Gouda, Nederland']),
                           (7, ['Contact', 'Dhr. Pieter de Vries', '+31 182 58 44 10'])], start=7)
    data = corpus_docs.xlsx_bytes([sh], creator='SAP Business One', app_title='Microsoft Excel')
    body = ('Goedemiddag,\n\nIn de bijlage onze inkooporder 10433 (export uit SAP Business One). Graag een '
            'orderbevestiging.\n\nMet vriendelijke groet,\nSanne Bakker\nInkoop | Goudse Stroopwafelbakkerij B.V.\n'
            '+31 182 58 44 00 | +31 6 4188 2731\n')
    eml = with_attachments(H('Sanne Bakker', 'inkoop@goudsestroopwafel.nl', 'utf-8', 'Inkooporder 10433',
                             dh(2027, 4, 22, 13, 15, 0, 120), 'AM9P195MB1240D3E4F5A6B7C8@AM9P195MB1240.EURP195.PROD.OUTLOOK.COM',
                             'X-MS-Has-Attach: yes'), body, 'utf-8', 'quoted-printable',
                           [attachment(XLSX, data, 'PO_10433.xlsx')], '_004_AM9P195MB1240D3E4F5A6B7C8AM9P195MB1240EURP_')
    return eml, T('xlsx', 'utf-8',
                  'A Gouda stroopwafel bakery\'s SAP Business One purchase order as .xlsx: Document Number 10433 as a '
                  'number cell, Posting Date 22.04.2027, a vendor code V10088 that is no order number, a Discount % '
                  'column (5 on one line: its Total (LC) is after the discount), a 3-decimal price, Total Before '
                  'Discount (which is after the line discounts), Freight, a 0 % reverse-charge tax row and Total Payment '
                  'Due (keyed). No spec column. Adds up with the freight.',
                  [order('10433', 'Goudse Stroopwafelbakkerij B.V.',
                         ('Dhr. Pieter de Vries', '+31 182 58 44 10', 'Goudse Stroopwafelbakkerij B.V., Expeditie, Goudkade 18, 2802 AA Gouda, Nederland'),
                         '2027-04-22', 'EUR', total, lines)])


@mail
def h430_xlsx_jingdouyun_changbai_pine_nut_per_thousand_model():
    rows = [('SZ-001', '松子包装袋', '250g 镀铝 自立 拉链', '千个', 60, '420.00'),
            ('SZ-002', '松子礼盒', '1kg 木盒 烫金', '个', 3000, '18.50'),
            ('SZ-003', '脱氧剂', '30cc 食品级', '千个', 100, '36.00')]
    lines = spec(rows)
    total = m2(subtotal(lines))
    check(lines, total)
    sh, nxt = sheet_order('购货单', [(1, ['购货单']), (2, ['单据编号', 'GH-20270423-0006', '', '单据日期', datetime.date(2027, 4, 23)]),
                                    (3, ['供应商', '杭州恒达包装材料有限公司', '', '购货单位', '白山长白山松子食品有限公司'])],
                          ['商品编号', '商品名称', '规格型号', '单位', '数量', '单价', '金额'],
                          [[s, n, g, u, q, D(p), D(p) * q] for s, n, g, u, q, p in rows], {5: '0.00', 6: '#,##0.00'},
                          [(0, ['合计', '', '', '', '', '', D(total)]), (1, ['合计金额大写', daxie(total)]),
                           (3, ['交货地址', '吉林省白山市 抚松县 松江河镇 松子产业园 长白山松子 成品库']),
                           (4, ['联系人', '崔明哲', '0439-6331208', '13843930177'])])
    data = corpus_docs.xlsx_bytes([sh], creator='jdy', app_title='金蝶精斗云')
    body = '恒达包装：\n精斗云导出的购货单，袋子和脱氧剂按千个算，跟上次一样。\n\n长白山松子 采购 崔美善\n'
    eml = with_attachments(H('崔美善', 'cuims@cbs-songzi.com', 'utf-8', '购货单GH-20270423-0006',
                             dh(2027, 4, 23, 15, 2, 11), '3a4b5c6d.7e8f.18f5d6e7f80.Coremail.cuims@cbs-songzi.com',
                             'X-Mailer: Coremail Webmail Server Version XT5.0.14'), body, 'utf-8', 'base64',
                           [attachment(XLSX, data, '购货单GH-20270423-0006.xlsx', name_style='rfc2231')],
                           '----=_Part_5566778_8899001122.1776927731000')
    return eml, T('xlsx', 'utf-8',
                  'A Changbai-mountain pine-nut company\'s 金蝶精斗云 购货单 .xlsx: a date cell, the buyer named in a '
                  '购货单位 cell beside the supplier (us), 商品名称 and 规格型号 apart (keyed joined), bags and oxygen '
                  'absorbers in the unit 千个 (60 千个 at 420.00: keyed as written), 合计 and 合计金额大写 (no currency mark '
                  'on the figures; the 大写 ends in 元: keyed CNY); the contact with two phones in two cells (keyed the '
                  'first). Adds up.',
                  [order('GH-20270423-0006', '白山长白山松子食品有限公司',
                         ('崔明哲', '0439-6331208', '吉林省白山市 抚松县 松江河镇 松子产业园 长白山松子 成品库'),
                         '2027-04-23', 'CNY', total, lines)])


@mail
def h431_xlsx_ar_alfajores_spanish_bonificacion_flete():
    rows = [('ALF-06', 'Caja alfajores', '6 unidades, cartulina 350 g', 'un', 40000, '0.27'),
            ('ALF-12', 'Caja alfajores', '12 unidades, con visor', 'un', 15000, '0.44'),
            ('ALF-FW', 'Film flowpack', 'BOPP metalizado 180 mm', 'kg', 1200, '5.80')]
    lines = spec(rows)
    sub = subtotal(lines)
    bon = -(sub * D('0.05')).quantize(D('0.01'))
    fl = D('1350.00')
    total = m2(sub + bon + fl)
    check(lines, total, bon + fl)
    sh, nxt = sheet_order('OC', [(1, ['ALFAJORES DEL SUR S.A.', '', '', '', 'CUIT 30-71234567-8']),
                                 (2, ['Orden de Compra N°', '0004-00001877']), (3, ['Fecha', '26/04/2027']),
                                 (4, ['Proveedor', 'Hangzhou Hengda Packaging Materials Co., Ltd.'])],
                          ['Código', 'Artículo', 'Especificación', 'Unidad', 'Cantidad', 'Precio u$s', 'Importe u$s'],
                          [[s, n, g, u, q, D(p), D(p) * q] for s, n, g, u, q, p in rows], {5: '0.00', 6: '#,##0.00'},
                          [(0, ['', '', '', '', '', 'Subtotal', sub]), (1, ['', '', '', '', '', 'Bonificación 5%', bon]),
                           (2, ['', '', '', '', '', 'Flete', fl]), (3, ['', '', '', '', '', 'TOTAL u$s', D(total)]),
                           (5, ['Entregar en: Depósito Mar del Plata, Av. Champagnat 4250, B7606 Mar del Plata, Buenos Aires']),
                           (6, ['Recibe: Sr. Martín Ferreyra, tel. (0223) 477-1290 / cel. 223 15 509 3321'])])
    data = corpus_docs.xlsx_bytes([sh], creator='Compras', app_title='Microsoft Excel')
    body = ('Estimados,\n\nadjuntamos la OC 0004-00001877. La bonificación del 5% es la acordada por volumen.\n\n'
            'Saludos cordiales,\nLucía Benítez\nCompras - Alfajores del Sur S.A.\n(0223) 477-1200\n')
    eml = with_attachments(H('Lucía Benítez', 'compras@alfajoresdelsur.com.ar', 'utf-8', 'OC 0004-00001877',
                             dh(2027, 4, 26, 10, 20, 14, -180), 'CAAr7Lf9Jo1Rs3Dl5Su7Mp9Ch4Ba6Cd8@mail.gmail.com',
                             'X-Mailer: Gmail'), body, 'utf-8', 'quoted-printable',
                           [attachment(XLSX, data, 'OC_0004-00001877.xlsx')], '000000000000c1d2e3f4a5b6c7d8e9')
    return eml, T('xlsx', 'utf-8',
                  'A Mar del Plata alfajor maker in Spanish (.xlsx from Gmail): a CUIT tax number beside the name (not '
                  'an order number), "Orden de Compra N°" 0004-00001877 with its point-of-sale prefix, dd/mm/yyyy as '
                  'text, two lines with the same Artículo told apart by Especificación (keyed joined), film in kg, '
                  'prices in "u$s", Subtotal, Bonificación 5 %, Flete and TOTAL (keyed); two phones (keyed the '
                  'first). Adds up with the discount and freight.',
                  [order('0004-00001877', 'Alfajores del Sur S.A.',
                         ('Sr. Martín Ferreyra', '(0223) 477-1290',
                          'Depósito Mar del Plata, Av. Champagnat 4250, B7606 Mar del Plata, Buenos Aires'),
                         '2027-04-26', 'USD', total, lines)])


@mail
def h432_xlsx_myob_nz_manuka_bill_ship_apart_rebate():
    rows = [('MH-JAR250', 'Glass jar 250 g, hex, gold lid', 24000, '0.62'),
            ('MH-JAR500', 'Glass jar 500 g, round, gold lid', 12000, '0.88'),
            ('MH-BOX', 'Gift box single jar, UMF label window', 8000, '1.15'),
            ('MH-CTN', 'Shipper carton 12 jars, 5-ply', 3000, '0.95')]
    lines = [L(s, n, q, p) for s, n, q, p in rows]
    sub = subtotal(lines)
    reb = D('-500.00')
    total = m2(sub + reb)
    check(lines, total, reb)
    sh = Sheet('Purchase Order')
    sh.row(1, 1, ['Kaimai Manuka Honey Ltd', '', '', 'PURCHASE ORDER'], bold=True)
    sh.row(2, 1, ['27 Wairoa Road, RD 1, Tauranga 3171, New Zealand', '', '', 'Purchase #', '00000612'])
    sh.row(3, 1, ['GST No. 112-334-556', '', '', 'Date', '27/04/2027'])
    sh.row(5, 1, ['Bill To:', '', 'Ship To:'], bold=True)
    sh.row(6, 1, ['Kaimai Manuka Honey Ltd', '', 'Kaimai Manuka - Auckland Packing'])
    sh.row(7, 1, ['PO Box 1180, Tauranga 3140', '', '15 Hugo Johnston Drive, Penrose, Auckland 1061'])
    sh.row(8, 1, ['accounts@kaimaimanuka.co.nz', '', 'Attn: Aroha Ngata, 09 579 4412'])
    nxt = put_table(sh, 10, ['Item Number', 'Description', 'Qty', 'Price', 'Disc%', 'Total'],
                    [[s, n, q, D(p), 0, D(p) * q] for s, n, q, p in rows], {3: '0.00', 5: '#,##0.00'})
    sh.row(nxt + 1, 5, ['Subtotal', sub])
    sh.row(nxt + 2, 5, ['Loyalty rebate', reb])
    sh.row(nxt + 3, 5, ['GST (0% export)', D('0')])
    sh.row(nxt + 4, 5, ['Total NZD', D(total)])
    data = corpus_docs.xlsx_bytes([sh], creator='MYOB AccountRight', app_title='Microsoft Excel')
    body = ('Kia ora Hengda team,\n\nPlease see attached purchase 00000612 from MYOB. We have taken off the $500 '
            'loyalty rebate you offered.\n\nNgā mihi,\nJames Walker\nOperations Manager, Kaimai Manuka Honey Ltd\n'
            '07 552 0610 | 021 448 905\n')
    eml = with_attachments(H('James Walker', 'james@kaimaimanuka.co.nz', 'utf-8', 'Purchase 00000612 - jars and boxes',
                             dh(2027, 4, 27, 11, 45, 3, 720), '7B8C9D0E-1F2A-4B3C-8D4E-5F6A7B8C9D0E@kaimaimanuka.co.nz',
                             'X-Mailer: Apple Mail (2.3826.500.181.1.5)'), body, 'utf-8', '7bit',
                           [attachment(XLSX, data, 'Purchase_00000612.xlsx')], 'Apple-Mail=_A1B2C3D4-E5F6-4789-A0B1-C2D3E4F5A6B7')
    return eml, T('xlsx', 'utf-8',
                  'A Tauranga mānuka-honey packer\'s MYOB AccountRight purchase saved as .xlsx: "Purchase #" '
                  '00000612 (zero-padded, keyed as written), a GST number that is no order number, Bill To (a PO Box) '
                  'and Ship To (the Auckland packing site with its own attention and phone) side by side, a Disc% '
                  'column of zeros, Subtotal, a Loyalty rebate -500.00, GST 0 % and Total NZD (keyed). Adds up with '
                  'the rebate.',
                  [order('00000612', 'Kaimai Manuka Honey Ltd',
                         ('Aroha Ngata', '09 579 4412', 'Kaimai Manuka - Auckland Packing, 15 Hugo Johnston Drive, Penrose, Auckland 1061'),
                         '2027-04-27', 'NZD', total, lines)])


@mail
def h433_xlsx_mm_lahpet_cover_sheet_order_on_sheet2():
    rows = [('Laminated pouch', '200 g, PET/AL/PE, zipper', 'pcs', 80000, '0.092'),
            ('Laminated pouch', '500 g, PET/AL/PE, zipper', 'pcs', 30000, '0.15'),
            ('Gift tin', '3 compartments, printed', 'pcs', 5000, '1.68')]
    lines = [L(None, '%s %s' % (n, g), q, p) for n, g, u, q, p in rows]
    total = m2(subtotal(lines))
    check(lines, total)
    cover = Sheet('Cover')
    cover.row(1, 1, ['SHWE LAHPET TRADING CO., LTD.'], bold=True)
    cover.row(2, 1, ['No. 88, Bogyoke Aung San Road, Pabedan Township, Yangon, Myanmar'])
    cover.row(3, 1, ['Tel: +95 1 378 221 / +95 9 420 118 336'])
    cover.row(5, 1, ['To', 'Hangzhou Hengda Packaging Materials Co., Ltd.'])
    cover.row(6, 1, ['Subject', 'Purchase Order for lahpet packaging'])
    cover.row(7, 1, ['Our ref.', 'SLT/PO/27-058'])
    cover.row(8, 1, ['Date', '28 April 2027'])
    cover.row(10, 1, ['Please see the sheet "PO" for the items.'])
    po = Sheet('PO')
    po.row(1, 1, ['PO No.', 'SLT/PO/27-058'])
    nxt = put_table(po, 3, ['Sr.', 'Description', 'Specification', 'Unit', 'Qty', 'Unit Price (USD)', 'Amount (USD)'],
                    [[i + 1, n, g, u, q, D(p), D(p) * q] for i, (n, g, u, q, p) in enumerate(rows)], {5: '0.000', 6: '#,##0.00'})
    po.row(nxt, 6, ['Total', D(total)], bold=True)
    po.row(nxt + 2, 1, ['Consignee: Shwe Lahpet Warehouse, Plot 42, Shwe Pyi Thar Industrial Zone 3, Yangon'])
    po.row(nxt + 3, 1, ['Contact: U Kyaw Zin +95 9 250 774 118'])
    data = corpus_docs.xlsx_bytes([cover, po], creator='SLT', app_title='Microsoft Excel')
    body = 'Dear Sir/Madam,\n\nPlease find attached our purchase order. Kindly send PI.\n\nThank you,\nDaw Hnin Wai\nShwe Lahpet Trading\n'
    eml = with_attachments(H('Hnin Wai', 'hninwai@shwelahpet.com.mm', 'utf-8', 'Purchase Order SLT/PO/27-058',
                             dh(2027, 4, 28, 16, 10, 44, 390), 'PS2PR02MB3344E5F6A7B8C9D0@PS2PR02MB3344.apcprd02.prod.outlook.com',
                             'X-MS-Has-Attach: yes'), body, 'utf-8', 'quoted-printable',
                           [attachment(XLSX, data, 'SLT-PO-27-058.xlsx')], '_003_PS2PR02MB3344E5F6A7B8C9D0PS2PR02MB3344apcp_')
    return eml, T('xlsx', 'utf-8',
                  'A Yangon tea-leaf (lahpet) trader\'s .xlsx in two sheets: a "Cover" letter sheet with the letterhead, '
                  'the addressee (us), the ref and the date, and a "PO" sheet with the number again, two lines with the '
                  'same Description told apart by Specification (keyed joined), a 3-decimal price, a Total and the '
                  'consignee. Adds up.',
                  [order('SLT/PO/27-058', 'SHWE LAHPET TRADING CO., LTD.',
                         ('U Kyaw Zin', '+95 9 250 774 118', 'Shwe Lahpet Warehouse, Plot 42, Shwe Pyi Thar Industrial Zone 3, Yangon'),
                         '2027-04-28', 'USD', total, lines)])


# ============================================================ xls attachments
@mail
def h434_xls_xilinhot_milk_tea_excel97_freight_daxie():
    rows = [('NC-01', '奶茶粉袋', '400g 铝箔 自立 印刷', '个', 50000, '0.48'),
            ('NC-02', '奶茶礼盒', '10袋装 蒙古包造型', '个', 4000, '11.20'),
            ('NC-03', '外箱', '4盒装 五层', '个', 1000, '5.80')]
    lines = spec(rows)
    sub = subtotal(lines)
    fr = D('1200.00')
    total = m2(sub + fr)
    check(lines, total, fr)
    sh, nxt = sheet_order('采购单', [(1, ['锡林郭勒草原奶食品有限公司 采购单']), (2, ['采购单号', 'XLGL-2704-029', '', '', '采购日期', '2027-04-29']),
                                    (3, ['供货单位', '杭州恒达包装材料有限公司'])],
                          ['编码', '品名', '规格', '单位', '数量', '单价(元)', '金额(元)'],
                          [[s, n, g, u, q, D(p), D(p) * q] for s, n, g, u, q, p in rows], {5: '0.00', 6: '#,##0.00'},
                          [(0, ['运费', '', '', '', '', '', fr]), (1, ['合计', '', '', '', '', '', D(total)]),
                           (2, ['合计（大写）', daxie(total)]),
                           (4, ['送货地址', '内蒙古锡林浩特市 经济技术开发区 乳业园 草原奶食品 原料仓']),
                           (5, ['收货人', '巴特尔', '0479-8226015', '15847911230']),
                           (7, ['制单', '其其格', '', '审核', '王海'])])
    data = corpus_docs.xls_bytes([sh])
    body = '恒达包装：\n采购单附上（Excel 97-2003 格式），运费按1200算进去了。\n\n草原奶食品 其其格 0479-8226000\n'
    eml = with_attachments(H('其其格', 'qiqige@caoyuan-naishi.com', 'gbk', '采购单XLGL-2704-029',
                             dh(2027, 4, 29, 9, 20, 6), '001e01dbb8e1$7f8a9b0c$1d2e3f4a$@caoyuan-naishi.com',
                             'X-Mailer: Microsoft Outlook 14.0'), body, 'gbk', 'base64',
                           [attachment(XLS, data, '采购单XLGL-2704-029.xls', name_style='gbk')],
                           '----=_NextPart_000_001F_01DBB8E1.7F8A9B0C')
    return eml, T('xls', 'gbk',
                  'A Xilinhot milk-tea powder maker\'s form saved as Excel 97-2003 (.xls, Outlook 2010): label and '
                  'value cells, 品名 and 规格 apart (keyed joined), a 运费 row, 合计 (keyed, with the freight) and 合计'
                  '（大写）, the receiver\'s two phones in two cells (keyed the first), 制单 / 审核. Adds up with the '
                  'freight.',
                  [order('XLGL-2704-029', '锡林郭勒草原奶食品有限公司',
                         ('巴特尔', '0479-8226015', '内蒙古锡林浩特市 经济技术开发区 乳业园 草原奶食品 原料仓'),
                         '2027-04-29', 'CNY', total, lines)])


@mail
def h435_xls_pk_salt_lamp_dozens_usd():
    rows = [('SL-BOX-S', 'Salt lamp box small', '2-3 kg lamp, printed', 'DOZ', 500, '7.80'),
            ('SL-BOX-L', 'Salt lamp box large', '5-7 kg lamp, printed', 'DOZ', 250, '11.40'),
            ('SL-FOAM', 'Foam insert', 'EPE 20 mm', 'PCS', 9000, '0.09')]
    lines = spec(rows)
    total = m2(subtotal(lines))
    check(lines, total)
    sh, nxt = sheet_order('PO', [(1, ['PUNJAB SALT CRAFTS (PVT) LTD.']), (2, ['Khewra Road, Jhelum, Pakistan. Ph: +92 544 211 730']),
                                 (4, ['PURCHASE ORDER NO.', 'PSC-2027-0430']), (5, ['DATE', '30-04-2027']),
                                 (6, ['NTN', '4412876-3'])],
                          ['ITEM CODE', 'ITEM NAME', 'SPECIFICATION', 'UOM', 'QTY', 'RATE USD', 'VALUE USD'],
                          [[s, n, g, u, q, D(p), D(p) * q] for s, n, g, u, q, p in rows], {5: '0.00', 6: '#,##0.00'},
                          [(0, ['', '', '', '', '', 'TOTAL', D(total)]),
                           (2, ['DELIVERY: Punjab Salt Crafts, Warehouse 2, Sialkot Dry Port, Sialkot, Pakistan']),
                           (3, ['CONTACT: Mr. Waqas Ahmed 0300 864 2231 / 052 325 6640'])])
    data = corpus_docs.xls_bytes([sh])
    body = ('Assalam o Alaikum,\n\nPlease find attached PO PSC-2027-0430. Boxes are in dozens as per your PI.\n\n'
            'Regards,\nUsman Tariq\nPunjab Salt Crafts (Pvt) Ltd.\n')
    eml = with_attachments(H('Usman Tariq', 'usman@punjabsaltcrafts.pk', 'utf-8', 'PO PSC-2027-0430',
                             dh(2027, 4, 30, 14, 5, 30, 300), 'CAPk4Sa6Lt8Cr0Af2Ts4Us6Ma8Nt0Ar2@mail.gmail.com',
                             'X-Mailer: Gmail'), body, 'utf-8', '7bit',
                           [attachment(XLS, data, 'PSC-2027-0430.xls')], '000000000000e4f5a6b7c8d9e0f1a2')
    return eml, T('xls', 'utf-8',
                  'A Jhelum salt-lamp maker\'s .xls: letterhead rows, an NTN tax number that is no order number, '
                  'DATE 30-04-2027, ITEM NAME and SPECIFICATION apart (keyed joined), boxes ordered and priced per '
                  'dozen (UOM "DOZ": 500 dozen at 7.80, keyed as written), foam per piece, TOTAL; two phones for the '
                  'contact (keyed the first). Adds up.',
                  [order('PSC-2027-0430', 'Punjab Salt Crafts (Pvt) Ltd.',
                         ('Mr. Waqas Ahmed', '0300 864 2231', 'Punjab Salt Crafts, Warehouse 2, Sialkot Dry Port, Sialkot, Pakistan'),
                         '2027-04-30', 'USD', total, lines)])


@mail
def h436_xls_pe_quinoa_millar_ruc_igv():
    rows = [('Bolsa doypack', '500 g, kraft/PE, zipper', 'millar', 120, '68.00'),
            ('Bolsa doypack', '1 kg, kraft/PE, zipper', 'millar', 40, '94.00'),
            ('Caja master', '20 bolsas, doble corrugado', 'unidad', 4000, '0.86')]
    lines = [L(None, '%s %s' % (n, g), q, p) for n, g, u, q, p in rows]
    total = m2(subtotal(lines))
    check(lines, total)
    sh, nxt = sheet_order('ORDEN', [(1, ['ANDEAN GRAINS PERÚ S.A.C.', '', '', '', 'RUC 20601234567']),
                                    (2, ['ORDEN DE COMPRA', 'OC-000392']), (3, ['Fecha de emisión', '03/05/2027']),
                                    (4, ['Moneda', 'Dólares americanos'])],
                          ['Item', 'Descripción', 'Especificación', 'U.M.', 'Cantidad', 'P. Unit.', 'Valor venta'],
                          [[i + 1, n, g, u, q, D(p), D(p) * q] for i, (n, g, u, q, p) in enumerate(rows)],
                          {5: '0.00', 6: '#,##0.00'},
                          [(0, ['', '', '', '', '', 'Sub total', D(total)]), (1, ['', '', '', '', '', 'IGV (0% - importación)', D('0')]),
                           (2, ['', '', '', '', '', 'Total US$', D(total)]),
                           (4, ['Lugar de entrega: Almacén Andean Grains, Av. Argentina 3250, Callao, Perú']),
                           (5, ['Recibe: Sra. Rosa Quispe  cel. 987 654 321'])])
    data = corpus_docs.xls_bytes([sh])
    body = ('Buenos días,\n\nAdjuntamos la orden de compra OC-000392. Las bolsas van por millar según su cotización.\n\n'
            'Atte.,\nJorge Mamani\nLogística - Andean Grains Perú S.A.C.\n(01) 451 2290\n')
    eml = with_attachments(H('Jorge Mamani', 'logistica@andeangrains.pe', 'utf-8', 'Orden de compra OC-000392',
                             dh(2027, 5, 3, 10, 14, 2, -300), 'SJ0P221MB0911A7B8C9D0E1F2@SJ0P221MB0911.NAMP221.PROD.OUTLOOK.COM',
                             'X-MS-Has-Attach: yes'), body, 'utf-8', 'quoted-printable',
                           [attachment(XLS, data, 'OC-000392.xls')], '_002_SJ0P221MB0911A7B8C9D0E1F2SJ0P221MB0911NAMP_')
    return eml, T('xls', 'utf-8',
                  'A Lima quinoa exporter\'s .xls in Spanish: a RUC tax number beside the name, "Moneda: Dólares '
                  'americanos" in words, dd/mm/yyyy, two lines with the same Descripción told apart by Especificación '
                  '(keyed joined), bags in the unit "millar" (120 millares at 68.00 per millar: keyed as written), a '
                  'Sub total, IGV 0 % and Total US$. Adds up.',
                  [order('OC-000392', 'ANDEAN GRAINS PERÚ S.A.C.',
                         ('Sra. Rosa Quispe', '987 654 321', 'Almacén Andean Grains, Av. Argentina 3250, Callao, Perú'),
                         '2027-05-03', 'USD', total, lines)])


# ============================================================ PDF attachments
@mail
def h437_pdf_google_docs_kh_kampot_pepper_deposit():
    rows = [('Pepper pouch 50 g', 'kraft/PE, window, zipper', 40000, '0.11'),
            ('Pepper tin 100 g', 'round, screw lid, embossed', 12000, '0.74'),
            ('Gift box', '3 tins, rigid, magnetic', 3000, '2.20')]
    lines = [L(None, '%s %s' % (n, g), q, p) for n, g, q, p in rows]
    total = m2(subtotal(lines))
    check(lines, total)
    dep = (D(total) / 2).quantize(D('0.01'))
    table = [['#', 'Item', 'Specification', 'Qty', 'Unit price (USD)', 'Amount (USD)']]
    table += [[str(i + 1), n, g, '{:,}'.format(q), p, usd(D(p) * q)] for i, (n, g, q, p) in enumerate(rows)]
    head = [(45, 'Kampot Red Earth Pepper Co., Ltd.', 14), (45, 'Road 33, Trapeang Bei Village, Kampot Province, Cambodia', 8),
            (45, 'Purchase Order  KREP-PO-2027-14', 13), (45, 'Date: May 4, 2027', 9)]
    tail = [(45, 'Total: USD %s' % usd(total), 10), (45, 'Deposit 50%% (sent 4 May): USD %s    Balance: USD %s' % (usd(dep), usd(D(total) - dep)), 9),
            (45, 'Deliver to: KREP Packing House, National Road 3, Kep, Cambodia', 9),
            (45, 'Contact: Mr. Sokha Chan  +855 12 345 901 / +855 33 6900 112', 9)]
    data = grid_pdf(head, table, [25, 130, 160, 60, 70, 75], tail, 'KREP-PO-2027-14', 'Google Docs', 'hei',
                    align=['c', 'l', 'l', 'r', 'r', 'r'])
    body = 'Hello Hengda,\n\nAttached is our PO (made in Google Docs). The deposit went out this morning.\n\nBest,\nSreypov Lim\nKampot Red Earth Pepper\n+855 92 118 440\n'
    eml = pdf_mail(H('Sreypov Lim', 'sreypov@kampotredearth.com', 'utf-8', 'PO KREP-PO-2027-14',
                     dh(2027, 5, 4, 15, 33, 40, 420), 'CAKh5Pe7Pp9Rd1Er3Th5Kp7Sl9Mn1Op3@mail.gmail.com',
                     'X-Mailer: Gmail'), body, 'utf-8', '7bit', data, 'PO KREP-PO-2027-14 - Google Docs.pdf',
                   '000000000000f5a6b7c8d9e0f1a2b3')
    return eml, T('pdf', 'utf-8',
                  'A Kampot pepper farm\'s PO typed in Google Docs and downloaded as PDF: "May 4, 2027", Item and '
                  'Specification apart (keyed joined), Total below the table, then a 50 % deposit already sent and '
                  'the balance (not the total); two phones for the contact (keyed the first). Adds up.',
                  [order('KREP-PO-2027-14', 'Kampot Red Earth Pepper Co., Ltd.',
                         ('Mr. Sokha Chan', '+855 12 345 901', 'KREP Packing House, National Road 3, Kep, Cambodia'),
                         '2027-05-04', 'USD', total, lines)])


@mail
def h438_pdf_sage50_pastel_za_rooibos_usd_vat_zero():
    rows = [('RB-TB20', 'Tea box 20 bags', '350 gsm, matt, foil', 50000, '0.168'),
            ('RB-ENV', 'Tea bag envelope', 'glassine, printed', 1000000, '0.0062'),
            ('RB-CTN', 'Export carton', '48 boxes, 5-ply', 1100, '1.05')]
    lines = [L(s, '%s %s' % (n, g), q, p) for s, n, g, q, p in rows]
    total = m2(subtotal(lines))
    check(lines, total)
    table = [['Code', 'Description', 'Spec', 'Quantity', 'Excl. Price', 'VAT %', 'Net Price']]
    table += [[s, n, g, '{:,.2f}'.format(q), '{:.4f}'.format(D(p)), '0.00', usd(D(p) * q)] for s, n, g, q, p in rows]
    head = [('r', 'PURCHASE ORDER', 14), (45, 'Cederberg Rooibos (Pty) Ltd', 12),
            (45, '12 Voortrekker Street, Clanwilliam 8135, South Africa   Tel 027 482 1170', 8),
            (45, 'VAT No 4120 187 334', 8), ('r', 'Document No: PO0000781', 9), ('r', 'Date: 05/05/2027', 9),
            ('r', 'Currency: USD', 9), (45, 'Supplier: Hangzhou Hengda Packaging Materials Co., Ltd.', 9)]
    tail = [('r', 'Total Exclusive: %s' % usd(total), 9), ('r', 'Total VAT: 0.00', 9), ('r', 'Total: %s' % usd(total), 10),
            (45, 'Deliver to: Cederberg Rooibos Packing, Farm 112 Graafwater Road, Clanwilliam 8135', 8),
            (45, 'Contact: Johan van Wyk 027 482 1175', 8)]
    data = grid_pdf(head, table, [55, 105, 100, 65, 60, 40, 75], tail, 'PO0000781', 'Sage 50cloud Pastel Partner', 'hei',
                    align=['l', 'l', 'l', 'r', 'r', 'r', 'r'])
    body = 'Good day\n\nPlease find attached purchase order PO0000781.\n\nKind regards\nElmarie Botha\nCederberg Rooibos\n'
    eml = pdf_mail(H('Elmarie Botha', 'elmarie@cederbergrooibos.co.za', 'utf-8', 'Purchase Order PO0000781',
                     dh(2027, 5, 5, 8, 44, 16, 120), '000201dbbd55$2c3d4e5f$6a7b8c9d$@cederbergrooibos.co.za',
                     'X-Mailer: Microsoft Outlook 16.0'), body, 'utf-8', '7bit', data, 'PO0000781.pdf',
                   '----=_NextPart_000_0003_01DBBD55.2C3D4E5F')
    return eml, T('pdf', 'utf-8',
                  'A Clanwilliam rooibos packer\'s Sage 50cloud Pastel purchase order PDF: "Document No" PO0000781, '
                  'a VAT number that is no order number, 05/05/2027, Currency: USD, Description and Spec apart (keyed '
                  'joined), quantities "50,000.00", 4-decimal "Excl. Price" (0.1680, 0.0062: keyed 0.168 and 0.0062), '
                  'a VAT % column of 0.00, Total Exclusive, Total VAT and Total. Adds up.',
                  [order('PO0000781', 'Cederberg Rooibos (Pty) Ltd',
                         ('Johan van Wyk', '027 482 1175', 'Cederberg Rooibos Packing, Farm 112 Graafwater Road, Clanwilliam 8135'),
                         '2027-05-05', 'USD', total, lines)])


@mail
def h439_pdf_sap_b1_tr_baklava_turkish_iskonto_eur():
    rows = [('BK-KT1', 'Baklava kutusu', '1 kg, metal, kabartma', 8000, '1,95', '1.95'),
            ('BK-KT05', 'Baklava kutusu', '500 g, karton, pencereli', 15000, '0,62', '0.62'),
            ('BK-POS', 'Taşıma poşeti', 'kraft, bükme saplı', 20000, '0,21', '0.21')]
    lines = [L(s, '%s %s' % (n, g), q, pp) for s, n, g, q, p, pp in rows]
    sub = subtotal(lines)
    disc = -(sub * D('0.04')).quantize(D('0.01'))
    total = m2(sub + disc)
    check(lines, total, disc)
    table = [['Kalem No', 'Kalem Tanımı', 'Özellik', 'Miktar', 'Birim Fiyat', 'Toplam']]
    table += [[s, n, g, '{:,}'.format(q).replace(',', '.'), 'EUR ' + p, 'EUR ' + eu(D(pp) * q)] for s, n, g, q, p, pp in rows]
    head = [(45, 'ANTEP SARAYI TATLI GIDA SAN. VE TİC. A.Ş.', 12), (45, 'Başpınar OSB 4. Bölge, 27600 Şehitkamil / Gaziantep', 8),
            ('c', 'SATINALMA SİPARİŞİ', 14), (45, 'Sipariş No: 30271', 9), (45, 'Belge Tarihi: 06.05.2027', 9),
            (45, 'Tedarikçi: Hangzhou Hengda Packaging Materials Co., Ltd.', 9)]
    tail = [('r', 'Ara Toplam: EUR %s' % eu(sub), 9), ('r', 'İskonto %%4: EUR -%s' % eu(-disc), 9),
            ('r', 'Genel Toplam: EUR %s' % eu(total), 10),
            (45, 'Teslim Yeri: Antep Sarayı Üretim Tesisi, Başpınar OSB 4. Bölge 83206 Nolu Cad. No:12, Gaziantep', 8),
            (45, 'Teslim Alan: Mehmet Yıldız  +90 342 337 2210', 8)]
    data = grid_pdf(head, table, [60, 110, 130, 60, 70, 80], tail, 'Satınalma Siparişi 30271', 'SAP Business One', 'hei',
                    align=['l', 'l', 'l', 'r', 'r', 'r'])
    body = 'Merhaba,\n\nEkte 30271 numaralı satınalma siparişimiz bulunmaktadır.\n\nSaygılarımızla,\nZeynep Kaya\nSatınalma\n+90 342 337 2200\n'
    eml = pdf_mail(H('Zeynep Kaya', 'satinalma@antepsarayi.com.tr', 'utf-8', 'Satınalma Siparişi 30271',
                     dh(2027, 5, 6, 10, 12, 30, 180), '1778051550.30271.sapb1@antepsarayi.com.tr',
                     'X-Mailer: SAP Business One'), body, 'utf-8', 'base64', data, 'SatinalmaSiparisi_30271.pdf',
                   '----=_Part_30271_1778051550000')
    return eml, T('pdf', 'utf-8',
                  'A Gaziantep baklava maker\'s SAP Business One PDF in Turkish: "Sipariş No: 30271", dd.mm.yyyy, two '
                  'lines with the same Kalem Tanımı told apart by Özellik (keyed joined), dot thousands and decimal '
                  'commas with "EUR" before each amount, Ara Toplam, İskonto %4 and Genel Toplam (keyed); the buyer\'s '
                  'name in dotted capitals. Adds up with the discount.',
                  [order('30271', 'ANTEP SARAYI TATLI GIDA SAN. VE TİC. A.Ş.',
                         ('Mehmet Yıldız', '+90 342 337 2210',
                          'Antep Sarayı Üretim Tesisi, Başpınar OSB 4. Bölge 83206 Nolu Cad. No:12, Gaziantep'),
                         '2027-05-06', 'EUR', total, lines)])


@mail
def h440_pdf_guanjiapo_hotan_walnut_jian_discount_daxie():
    rows = [('HT-01', '核桃礼盒', '2.5kg 手提 烫金', '件', 6000, '8.90'),
            ('HT-02', '核桃袋', '500g 牛皮纸 自立', '个', 40000, '0.38'),
            ('HT-03', '纸箱', '6盒装 五层', '件', 1000, '6.20')]
    lines = spec(rows)
    sub = subtotal(lines)
    off = D('-600.00')
    total = m2(sub + off)
    check(lines, total, off)
    table = [['行号', '商品编号', '商品全名', '规格型号', '单位', '数量', '单价', '金额']]
    table += [[str(i + 1), s, n, g, u, str(q), p, amt(D(p) * q)] for i, (s, n, g, u, q, p) in enumerate(rows)]
    table += [['', '合计', '', '', '', str(sum(r[4] for r in rows)), '', amt(sub)]]
    head = [('c', '和田昆仑山核桃有限公司', 14), ('c', '进 货 订 单', 14), (45, '单据编号：JH-2027-05-0007', 9),
            (300, '录单日期：2027-05-07', 9), (45, '供货单位：杭州恒达包装材料有限公司', 9)]
    tail = [(45, '优惠金额：600.00    优惠后金额：%s' % amt(D(total)), 9), (45, '金额大写：%s' % daxie(total), 9),
            (45, '交货地址：新疆和田地区 墨玉县 核桃产业园 昆仑山核桃 加工厂', 9), (45, '收货人：努尔买买提 0903-6512288', 9),
            (45, '经手人：阿不都    制单：李娟', 9)]
    data = grid_pdf(head, table, [30, 55, 90, 120, 30, 55, 45, 75], tail, '进货订单', '管家婆', 'hei',
                    align=['c', 'l', 'l', 'l', 'c', 'r', 'r', 'r'])
    body = '恒达：\n管家婆打印的进货订单，PDF附件，优惠600按电话里说的扣了。\n\n昆仑山核桃 李娟\n'
    eml = pdf_mail(H('李娟', 'lijuan@kunlun-walnut.com', 'gbk', '进货订单 JH-2027-05-0007',
                     dh(2027, 5, 7, 12, 30, 5), '7d8e9f0a.1b2c.18f7e8f9a0b.Coremail.lijuan@kunlun-walnut.com',
                     'X-Mailer: Coremail Webmail Server Version XT5.0.14'), body, 'gbk', 'base64', data, '进货订单.pdf',
                   '----=_Part_6677889_9900112233.1778128205000', 'gbk')
    return eml, T('pdf', 'gbk',
                  'A Hotan walnut processor\'s 管家婆 进货订单 printed to PDF: 商品全名 and 规格型号 apart (keyed joined), '
                  'units 件/个, a 合计 row inside the table adding up quantities and amounts before the discount, then '
                  '优惠金额 600.00 and 优惠后金额 (the total keyed) and 金额大写 below; no currency mark on the figures, '
                  'but the 大写 ends in 元 (keyed CNY). Adds up with the discount.',
                  [order('JH-2027-05-0007', '和田昆仑山核桃有限公司',
                         ('努尔买买提', '0903-6512288', '新疆和田地区 墨玉县 核桃产业园 昆仑山核桃 加工厂'),
                         '2027-05-07', 'CNY', total, lines)])


@mail
def h441_pdf_hk_egg_roll_uming_per_thousand_deposit():
    rows = [('ER-TIN', '蛋卷罐', '450g 馬口鐵 印四色', '個', 10000, '6.80', None),
            ('ER-BAG', '獨立包裝袋', '鋁箔 2條裝', '個', 300000, '85.00', 1000),
            ('ER-CTN', '外箱', '12罐 五層', '個', 850, '7.40', None)]
    lines = [L(s, '%s %s' % (n, g), q, per(p, k) if k else p, D(p) * q / (k or 1)) for s, n, g, u, q, p, k in rows]
    total = m2(subtotal(lines))
    check(lines, total)
    dep = D('20000.00')
    table = [['編號', '品名', '規格', '單位', '數量', '單價 (HK$)', '金額 (HK$)']]
    table += [[s, n, g, u, '{:,}'.format(q), p + ('/千個' if k else ''), usd(D(p) * q / (k or 1))]
              for s, n, g, u, q, p, k in rows]
    head = [('c', '德昌蛋卷食品有限公司', 14), ('c', '香港九龍觀塘 鴻圖道 51 號 3 樓  電話 2345 6618', 8), ('c', '採 購 單', 14),
            (45, '單號：TC-PO-27051', 9), (45, '日期：2027年5月10日', 9)]
    tail = [(45, '總額：HK$%s' % usd(total), 10), (45, '已付訂金：HK$%s    尾數：HK$%s' % (usd(dep), usd(D(total) - dep)), 9),
            (45, '送貨：新界 葵涌 葵豐街 18 號 德昌工業大廈 6 樓 貨倉', 9), (45, '收貨：黃志強 9123 4561', 9)]
    data = grid_pdf(head, table, [55, 90, 120, 30, 70, 80, 80], tail, '採購單 TC-PO-27051', 'Microsoft Word', 'song',
                    align=['l', 'l', 'l', 'c', 'r', 'r', 'r'])
    body = '恆達：\n附上採購單，訂金兩萬已過數，請查收。\n\n德昌蛋卷 陳美玲 2345 6600\n'
    eml = pdf_mail(H('陳美玲', 'may.chan@takcheong-eggroll.hk', 'big5', '採購單 TC-PO-27051',
                     dh(2027, 5, 10, 11, 8, 25), '000f01dbc155$3a4b5c6d$7e8f9a0b$@takcheong-eggroll.hk',
                     'X-Mailer: Microsoft Outlook 16.0'), body, 'big5', 'base64', data, 'TC-PO-27051.pdf',
                   '----=_NextPart_000_0010_01DBC155.3A4B5C6D')
    return eml, T('pdf', 'big5',
                  'A Kwun Tong egg-roll maker\'s 採購單 PDF in AR PL UMing (Big5 mail, Outlook): 品名 and 規格 apart '
                  '(keyed joined), one line priced "85.00/千個" (per thousand: keyed 0.085 a bag), 總額 then a paid '
                  '訂金 and 尾數 (not the total), the buyer\'s letterhead with a phone above the title. Adds up.',
                  [order('TC-PO-27051', '德昌蛋卷食品有限公司',
                         ('黃志強', '9123 4561', '新界 葵涌 葵豐街 18 號 德昌工業大廈 6 樓 貨倉'),
                         '2027-05-10', 'HKD', total, lines)])


# ============================================================ not orders
@mail
def h442_non_kr_cosmetics_rfq_korean_english():
    body = """안녕하세요 / Dear Hengda,

We are Haneul Beauty Co., Ltd. (Seongnam, Korea). 견적 요청드립니다 — please send your best quotation (FOB Shanghai)
for the following packaging for our new cushion compact line:

No. | Item | Spec | Est. Qty | Target price
1 | Cushion compact case | 15 g, ABS, UV silver | 50,000 pcs | USD 0.55
2 | Unit carton | 300 g ivory board, hot foil | 50,000 pcs | USD 0.08
3 | Shipper carton | 100 units, 5-ply | 500 pcs | -

Please also advise MOQ, lead time and sample cost. PO will be issued after sample approval in June.

감사합니다.
Park Ji-woo
Purchasing Team, Haneul Beauty Co., Ltd.
T +82 31 789 2210 | M +82 10 5521 7730
"""
    eml = single(H('Park Ji-woo', 'jiwoo.park@haneulbeauty.co.kr', 'utf-8', '[견적 요청] RFQ - cushion compact packaging',
                   dh(2027, 5, 11, 10, 2, 44, 540), '20270511100244.2b3c4d5e@haneulbeauty.co.kr',
                   'X-Mailer: Daum Mail'), body, 'utf-8', 'base64')
    return eml, T('none', 'utf-8',
                  'NOT an order: a Seongnam cosmetics maker asks for a quotation in Korean and English (견적 요청 / RFQ) '
                  'with a pipe table of items, specs, estimated quantities and target prices, and says the PO follows '
                  'sample approval. Goes to sales; nothing is keyed.', [])


@mail
def h443_non_forwarder_freight_invoice_to_hengda():
    body = """杭州恒达包装材料有限公司 财务部：

您好！附上 4 月份海运费发票明细，请于 5 月 31 日前付款。

发票号码：NB-FI-2704-1186
开票日期：2027-05-12
客户：杭州恒达包装材料有限公司

序号  提单号              目的港        柜型      费用项目        金额（元）
1     NBKH27040088        Sihanoukville  1×40HQ    海运费+THC      18,600.00
2     NBCT27040102        Tema           1×20GP    海运费+THC      14,250.00
3     NBDB27040131        Jebel Ali      1×40HQ    海运费+THC      11,980.00
合计：44,830.00 元（大写：肆万肆仟捌佰叁拾元整）

收款账户：宁波海联国际货运代理有限公司
开户行：中国银行宁波分行  账号：3588 6621 0047

宁波海联国际货运代理有限公司 结算部 周倩 0574-87662215
"""
    eml = single(H('周倩', 'billing@nb-hailian.com', 'gbk', '【发票】4月海运费 NB-FI-2704-1186',
                   dh(2027, 5, 12, 16, 20, 0), '202705121620004412@nb-hailian.com', 'X-Mailer: Foxmail 7.2.25.375[cn]'),
                 body, 'gbk', 'base64')
    return eml, T('none', 'gbk',
                  'NOT an order: our freight forwarder in Ningbo sends us its invoice for April sea freight, a table of '
                  'bills of lading, ports, containers and amounts with a 合计 and 大写. Goes to accounts; nothing is '
                  'keyed.', [])


@mail
def h444_non_packaging_machine_promo_newsletter_html():
    tab = [['型号', '名称', '速度', '促销价（元）']]
    tab += [['HL-250', '枕式包装机', '40-230 包/分', '38,800.00'], ['HL-420', '立式自动包装机', '20-60 包/分', '86,500.00'],
            ['HL-CT60', '自动封箱机', '20 箱/分', '12,900.00']]
    html = ('<html><body><div style="background:#c00;color:#fff;padding:10px;font-size:20px">华力包装机械 · 五月订货会特惠</div>'
            '<p>尊敬的客户：</p><p>5 月 20 日至 31 日订购下列机型享受特价，定金 10% 锁定价格，下单即送易损件一套。</p>'
            '<table border="1" cellspacing="0" cellpadding="4">' + cells_html(tab, th_first=True) + '</table>'
            '<p>订货热线：0577-65108800 / 13906778812 王经理<br>温州华力包装机械有限公司 · 浙江省瑞安市 经济开发区 安阳路 66 号</p>'
            '<p style="color:#999;font-size:12px">如不希望再收到此类邮件，请点击<a href="https://edm.huali-pack.com/unsub">退订</a>。</p>'
            '</body></html>')
    eml = html_mail(H('华力包装机械', 'edm@huali-pack.com', 'utf-8', '五月订货会特惠｜枕式包装机 立式包装机 限时促销',
                      dh(2027, 5, 13, 9, 0, 0), '20270513090000.edm.5521@huali-pack.com', 'X-Mailer: EDM Sender 3.2',
                      extra=('List-Unsubscribe: <https://edm.huali-pack.com/unsub>',)),
                    strip(html), html, 'utf-8', '----=_EDM_20270513_5521')
    return eml, T('none', 'utf-8',
                  'NOT an order: a packaging-machine maker\'s promotional newsletter (HTML, List-Unsubscribe) with a '
                  'table of models and promotion prices, a 10 % 定金 offer and hotline phones. Nothing is keyed.', [])


@mail
def h445_non_own_warehouse_delivery_note_for_h409():
    body = """发货单

发货单号：FH-20270514-033
关联订单：KRL-XL-0319
客户：库尔勒沙依东香梨专业合作社
发货日期：2027-05-14
物流：德邦物流 运单号 DPK7734120956

品名      规格              单位    发货数量
香梨礼盒  5kg 手提 开窗      件      8000
网套      EPE 发泡 8cm       万个    40
果箱      10kg 五层 彩印     件      6000

收货：新疆巴音郭楞州库尔勒市 沙依东园艺场 香梨交易中心 3 号库 王建新 0996-2213308

杭州恒达包装材料有限公司 仓库 沈丽
"""
    eml = single(H('恒达仓库 沈丽', 'warehouse@hengda-pack.cn', 'gbk', '发货单 FH-20270514-033（KRL-XL-0319）',
                   dh(2027, 5, 14, 17, 5, 20), '202705141705203381@hengda-pack.cn', 'X-Mailer: Foxmail 7.2.25.375[cn]',
                   extra=('Cc: ayiguli@krl-xiangli.cn',)),
                 body, 'gbk', 'base64')
    return eml, T('none', 'gbk',
                  'NOT an order: our own warehouse (warehouse@hengda-pack.cn) sends the 发货单 for h409\'s order '
                  'KRL-XL-0319 to orders@ with the customer in Cc: order number, items, specs and quantities, the '
                  'receiver, no prices. Nothing is keyed.', [])


@mail
def h446_non_lhasa_complaint_damaged_quoting_po_resend():
    body = """恒达 钱经理：

XYQK-2703-018 的货昨天到拉萨，青稞饼干礼盒有 320 个压坏了（照片另发微信），外箱也破了 15 箱。
请安排补发礼盒 320 个、外箱 15 箱，运费你们承担，不另下单，也不另付款。

央金 13989002215

------------------ 原始邮件 ------------------
发件人: "央金"<yangjin@xueyu-qingke.com>;
发送时间: 2027年3月17日(星期三) 上午10:05
收件人: "orders"<orders@hengda-pack.cn>;
主题: 雪域青稞 采购单 XYQK-2703-018

采购单号：XYQK-2703-018
QK-01 青稞饼干礼盒 400g 天地盖 烫金 5,000个 7.80
QK-02 外箱 12盒装 五层 K=K 420箱 9.60
QK-03 封箱胶带 48mm×100m 透明 300卷 3.20
合计：43,992.00元
"""
    eml = single(H('央金', 'yangjin@xueyu-qingke.com', 'gbk', '投诉：XYQK-2703-018 礼盒压坏 请补发',
                   dh(2027, 5, 15, 11, 40, 2), '202705151140024471888@xueyu-qingke.com', 'X-Mailer: Foxmail 7.2.25.375[cn]'),
                 body, 'gbk', 'base64')
    return eml, T('none', 'gbk',
                  'NOT an order: the Lhasa biscuit maker of h407 complains that part of XYQK-2703-018 arrived crushed '
                  'and asks for free replacements ("不另下单，也不另付款"), quoting its original order in a Foxmail '
                  'block. Goes to quality and logistics; nothing is keyed.', [])


# ============================================================ main

if __name__ == '__main__':
    run(HERE, MAILS, sys.argv[1:])  # write the mails here
