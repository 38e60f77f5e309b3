#!/usr/bin/python3
"""Hand-written purchase-order mails h367–h406 (the eleventh untuned set).

Written one by one as customers of 杭州恒达包装材料有限公司 send them,
without reading the extractor and without running orderctl or the score
script on them; each function gives the mail and the truth a careful order
clerk would key in (notes say when the clerk holds it). Where a line has
its specification in its own column or field, the title is name + " " +
spec. Helpers shared with later sets come from ../corpus_hand.py
(which gathers those of make_hand2.py to make_hand10.py); attachments use
../corpus_docs.py:

    /usr/bin/python3 tests/data/po-corpus/fresh9/make_hand11.py [hNNN ...]
"""
import datetime
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))

import corpus_docs  # noqa: E402
from corpus_hand import (D, m2, ln, attachment, message, single, with_attachments, cells_html, XLSX, alt, check, XLS,  # noqa: E402
                         order, amt, subtotal, dh, daxie, eu, cols, grid_pdf, Sheet, registry, run, H, T,
                         html_mail, pdf_mail, sheet_order)
from corpus_hand import spec as spec_with  # noqa: E402

MAILS, mail = registry()


def L(sku, title, qty, price, total=None):
    """A truth line; a price with more than two decimals is keyed as written
    (this set keeps trailing zeros: '0.180'; corpus_hand.L drops them)."""
    d = ln(sku, title, qty, price, total)
    p = str(price)
    if '.' in p and len(p.split('.')[1]) > 2:
        d['unit_price'] = p
    return d


def spec(rows):
    """rows (sku, name, spec, unit, qty, price): title is name + ' ' + spec."""
    return spec_with(rows, L)


# ============================================================ plain text bodies
@mail
def h367_ningxia_winery_gbk_qp_deposit_ship_to_apart():
    rows = [('HL-01', '红酒木盒', '单支装 松木 烙印', '个', 3000, '18.50'),
            ('HL-02', '红酒纸盒', '双支装 天地盖 烫银', '个', 5000, '9.20'),
            ('HL-03', '珍珠棉内托', '双支 EPE 40mm', '个', 5000, '1.15')]
    lines = spec(rows)
    total = m2(subtotal(lines))
    check(lines, total)
    dep = D(total) * D('0.3')
    tab = cols([('编号', '品名', '规格', '单位', '数量', '单价', '金额')] +
               [(s, n, g, u, q, p, amt(D(p) * q)) for s, n, g, u, q, p in rows], [7, 12, 22, 5, 7, 8, 12])
    body = """杭州恒达包装材料有限公司：

宁夏贺兰山东麓 西夏酒庄有限公司
地址：宁夏银川市西夏区 镇北堡镇 酒庄大道 6 号
电话：0951-5098826  传真：0951-5098827

采购单号：XX-2702-011
日期：2027年2月3日

%s

合计：%s元
预付定金（30%%）：%s元，已于今日汇出，余款发货前付清。

收货：宁夏青铜峡市 甘城子 葡萄产业园 西夏酒庄二号灌装车间
收货人：马志刚  13995189023（白天）/ 0953-3026618（车间）

注意：木盒烙印按我们给的AI文件，不要加贵司logo。

西夏酒庄 采购 何丽
手机 13709587741
""" % (tab, amt(D(total)), amt(dep))
    eml = single(H('何丽', 'heli@xixia-winery.com', 'gbk', '西夏酒庄 采购单 XX-2702-011 木盒纸盒内托',
                   dh(2027, 2, 3, 9, 12, 40), '202702030912404416301@xixia-winery.com', 'X-Mailer: Foxmail 7.2.25.331[cn]'),
                 body, 'gbk', 'quoted-printable')
    return eml, T('body', 'gbk',
                  'A Yinchuan winery (Foxmail, GBK quoted-printable): its letterhead with phone and fax above the '
                  'order, a space-aligned table with 品名 and 规格 apart (keyed joined), 合计 then a 30% 预付定金 line '
                  '(the total is the order total, not the deposit); ship-to at a second site with two phones for '
                  'the receiver (keyed the first), the buyer\'s own mobile in the signature. Adds up.',
                  [order('XX-2702-011', '宁夏贺兰山东麓 西夏酒庄有限公司',
                         ('马志刚', '13995189023', '宁夏青铜峡市 甘城子 葡萄产业园 西夏酒庄二号灌装车间'),
                         '2027-02-03', 'CNY', total, lines)])


@mail
def h368_qinghai_carpet_per_hundred_rolls():
    rows = [('缠绕膜', '50cm×20μm 3kg/卷', '卷', 600, '26.00', None),
            ('地毯包装袋', 'PE 2×3m 加厚', '个', 4000, '180.00', 100),
            ('护角', '纸护角 5cm×5cm×1m', '根', 8000, '65.00', 100),
            ('打包带', 'PP 15mm 10kg/卷', '卷', 120, '78.00', None)]
    lines = []
    for n, g, u, q, p, per in rows:
        lines.append(L(None, '%s %s' % (n, g), q, str(D(p) / per) if per else p,
                       D(p) * q / per if per else None))
    total = m2(subtotal(lines))
    check(lines, total)
    body = """恒达包装 您好，

青海藏毯厂这批出口货的包材，请按下单：

订单号 QH-ZT-0207
%s
总计 %s 元

袋子和护角是按百个、百根报的价，跟你们报价单一致。
送货：青海省西宁市 城北区 生物科技产业园 经二路 18 号 圣源藏毯 成品库
联系 韩永福 0971-5316207 / 13897012256

青海圣源藏毯有限公司 供应部 祁海燕
2027-02-07
""" % ('\n'.join('%d. %s（%s） %s%s  %s元/%s%s  小计%s' % (i + 1, n, g, '{:,}'.format(q), u, p, '百' if per else '', u,
                                                    amt(D(p) * q / (per or 1)))
                 for i, (n, g, u, q, p, per) in enumerate(rows)), amt(D(total)))
    eml = single(H('祁海燕', 'qihaiyan@shengyuan-carpet.com', 'utf-8', '订单 QH-ZT-0207',
                   dh(2027, 2, 7, 14, 3, 9), '1d2e3f40-5a6b-4c7d-8e9f-0a1b2c3d4e5f@shengyuan-carpet.com',
                   'X-Mailer: Coremail Webmail Server Version XT5.0.14'), body, 'utf-8', 'base64')
    return eml, T('body', 'utf-8',
                  'A Xining carpet mill (Coremail, UTF-8): numbered lines "名称（规格） 数量单位 价格元/百个 小计", '
                  'two lines priced per hundred (180.00元/百个 is 1.80 a bag, 65.00元/百根 0.65 a corner), the others '
                  'per 卷; the spec is in brackets after the name (keyed joined with a space). The date is under the '
                  'signature; two phones for the receiver. Adds up.',
                  [order('QH-ZT-0207', '青海圣源藏毯有限公司',
                         ('韩永福', '0971-5316207', '青海省西宁市 城北区 生物科技产业园 经二路 18 号 圣源藏毯 成品库'),
                         '2027-02-07', 'CNY', total, lines)])


@mail
def h369_harbin_sausage_wecom_forward_rebate():
    rows = [('HC-01', '真空袋', '红肠 20×30 尼龙', '个', 200000, '0.12'),
            ('HC-02', '礼盒', '红肠 四根装 手提', '个', 6000, '6.50'),
            ('HC-03', '纸箱', '五层 40×30×25', '个', 3000, '4.10')]
    lines = spec(rows)
    sub = subtotal(lines)
    rebate = D('-3000')
    total = m2(sub + rebate)
    check(lines, total, rebate)
    items = '\n'.join('%s｜%s｜%s｜%s%s｜%s' % (s, n, g, '{:,}'.format(q), u, p) for s, n, g, u, q, p in rows)
    body = """小钱，下面是我们采购发在企业微信群里的，转你下单，去年的返利3000直接抵。

孙涛 哈尔滨秋林红肠食品 13804512289

---------- 企业微信 聊天记录 ----------
刘采购 2027/02/08 09:41
【采购单】QL-HC-0208
供应商：恒达包装
编码｜品名｜规格｜数量｜单价
%s
货款：%s
返利抵扣：-3,000.00
应付：%s
刘采购 2027/02/08 09:42
送货到 哈尔滨市道里区 新农镇 秋林食品工业园 3 号门 收货人 王建 0451-84623017
孙涛 2027/02/08 09:50
同意
""" % (items, amt(sub), amt(D(total)))
    eml = single(H('孙涛', 'suntao@qiulin-food.cn', 'utf-8', '转发：聊天记录 采购单QL-HC-0208',
                   dh(2027, 2, 8, 10, 2, 31), 'wecom.3a4b5c6d7e8f@qiulin-food.cn', 'X-Mailer: WeCom Mail 4.1'),
                 body, 'utf-8', 'base64')
    return eml, T('body', 'utf-8',
                  'A Harbin sausage maker forwards a WeCom (企业微信) chat record: the buyer who mails is not the one '
                  'who wrote the order, full-width bars between SKU, 品名, 规格 (keyed joined), quantity with unit and '
                  'price, no line amounts; 货款, a 返利抵扣 -3,000.00 and 应付 — the total keyed is what is payable '
                  'after the rebate. The receiver is in a chat line. Adds up.',
                  [order('QL-HC-0208', '哈尔滨秋林红肠食品', ('王建', '0451-84623017',
                                                          '哈尔滨市道里区 新农镇 秋林食品工业园 3 号门'),
                         '2027-02-08', None, total, lines)])


@mail
def h370_jingdezhen_porcelain_order_in_quote():
    rows = [('骨瓷餐具礼盒', '16头 EVA内衬', '套', 1200, '28.00'),
            ('茶具礼盒', '一壶四杯 锦盒', '套', 2000, '16.50'),
            ('外箱', '五层 4套装', '个', 800, '6.20')]
    lines = [L(None, '%s %s' % (n, g), q, p) for n, g, u, q, p in rows]
    total = m2(subtotal(lines))
    check(lines, total)
    quoted = '\n'.join('> %s  规格：%s  %d%s  单价%s' % (n, g, q, u, p) for n, g, u, q, p in rows)
    body = """好的，就按下面我上次发的数量下单，价格你们回的也可以，合同号就用JDZ-CT-2702。
送货地址改一下：江西省景德镇市 昌江区 陶瓷工业园 瓷都大道 288 号 三宝窑 包装车间，收货人换成 吴小兵 13979811506。

邹敏

> 在 2027-02-09 16:20，"邹敏" <zoumin@sanbaoyao.cn> 写道：
> 恒达 你好，报个价，数量如下：
%s
> 合计金额请按你们价算。
> 原收货：景德镇 珠山区 新厂西路 55 号 邹敏 13907983301
>
> 景德镇三宝窑陶瓷有限公司
""" % quoted
    eml = single(H('邹敏', 'zoumin@sanbaoyao.cn', 'utf-8', 'Re: 询价 骨瓷礼盒 茶具礼盒',
                   dh(2027, 2, 10, 8, 47, 2), 'AF2B1C0D-9E8F-4A7B-B6C5-D4E3F2A1B0C9@sanbaoyao.cn',
                   'X-Mailer: iPhone Mail (20D47)'), body, 'utf-8', 'quoted-printable')
    return eml, T('body', 'utf-8',
                  'A Jingdezhen porcelain studio replies from an iPhone: the order is the quoted enquiry ("就按下面我上次'
                  '发的数量下单"), each quoted line with "规格：" apart (keyed joined) and a price; the contract number '
                  'is given in the reply; the reply changes the address and receiver, so the quoted 原收货 is not '
                  'keyed. No total and no order date are stated (the clerk keys neither).',
                  [order('JDZ-CT-2702', '景德镇三宝窑陶瓷有限公司',
                         ('吴小兵', '13979811506', '江西省景德镇市 昌江区 陶瓷工业园 瓷都大道 288 号 三宝窑 包装车间'),
                         None, None, None, lines)])


@mail
def h371_anhui_xuan_paper_reams_daxie_gb18030():
    rows = [('牛皮纸', '80g 787×1092', '令', 120, '235.00'),
            ('防潮纸', '淋膜 60g 正度', '令', 60, '188.00'),
            ('纸管', 'Φ60×1200 卷宣纸用', '支', 3000, '3.40')]
    lines = [L(None, '%s %s' % (n, g), q, p) for n, g, u, q, p in rows]
    total = m2(subtotal(lines))
    check(lines, total)
    body = """恒达包装材料公司 业务部：

兹向贵司订购下列包装用纸（泾县红星宣纸厂 采购单 第 0036 号）：

%s

共计人民币（大写）：%s
（含税，开13%%专票）

交货：安徽省宣城市泾县 乌溪乡 宣纸产业园 红星路 1 号 成品包装车间
联系：汪德胜  0563-5012238  手机 13505634421
二〇二七年二月十日

泾县红星宣纸有限公司 供应科 曹雪梅
""" % ('\n'.join('%s　%s　%d%s　每%s%s元' % (n, g, q, u, u, p) for n, g, u, q, p in rows), daxie(total))
    eml = single(H('曹雪梅', 'caoxm@hongxing-xuanzhi.com', 'gb18030', '采购单第0036号（包装用纸）',
                   dh(2027, 2, 10, 15, 33, 20), '000a01db7b2c$1f2e3d4c$5b6a7988$@hongxing-xuanzhi.com',
                   'X-Mailer: Microsoft Outlook 15.0'), body, 'gb18030', 'base64')
    return eml, T('body', 'gb18030',
                  'A Jingxian Xuan-paper mill (Outlook 2013, GB18030 base64): paper in 令 (reams) priced "每令235.00元", '
                  'name and spec apart by ideographic spaces (keyed joined), no line amounts, the total only in '
                  '大写 (共计人民币（大写）…), the date in Chinese numerals under the address, the order number as "第 '
                  '0036 号" (keyed 0036). Adds up.',
                  [order('0036', '泾县红星宣纸有限公司',
                         ('汪德胜', '0563-5012238', '安徽省宣城市泾县 乌溪乡 宣纸产业园 红星路 1 号 成品包装车间'),
                         '2027-02-10', 'CNY', total, lines)])


@mail
def h372_chongqing_hotpot_two_factories_two_orders():
    a = [('HG-D1', '火锅底料袋', '500g 铝箔 四边封', '个', 150000, '0.180'),
         ('HG-X1', '纸箱', '20袋装 五层', '个', 7500, '3.30')]
    b = [('HG-D2', '火锅底料袋', '200g 铝箔 三边封', '个', 80000, '0.095'),
         ('HG-H1', '礼盒', '4袋装 手提', '个', 5000, '4.80')]
    la, lb = spec(a), spec(b)
    ta, tb = m2(subtotal(la)), m2(subtotal(lb))

    def block(rows):
        return '\n'.join('%s %s %s %s%s @%s = %s' % (s, n, g, '{:,}'.format(q), u, p, amt(D(p) * q))
                         for s, n, g, u, q, p in rows)
    body = """恒达：

两个厂各下一张单，分开送货分开开票。

【一】CQ-2702-A01 渝北厂
%s
合计 %s
送：重庆市渝北区 空港工业园 宝桐路 9 号 德庄味业渝北厂  收货 冉小东 023-67821136

【二】CQ-2702-B07 綦江厂
%s
合计 %s
送：重庆市綦江区 古南街道 工业园 C 区 12 号 德庄味业綦江厂  收货 杨波 15923140078

重庆德庄味业有限公司 采购中心 陈静 023-67821100
""" % (block(a), amt(D(ta)), block(b), amt(D(tb)))
    eml = single(H('陈静', 'chenjing@dezhuang-weiye.com', 'utf-8', '两张采购单 CQ-2702-A01 / CQ-2702-B07',
                   dh(2027, 2, 11, 11, 15, 0), '5f6e7d8c.9b0a.18d9a1b2c3d.Coremail.chenjing@dezhuang-weiye.com',
                   'X-Mailer: Coremail Webmail Server Version XT5.0.13'), body, 'utf-8', 'base64')
    return eml, T('body', 'utf-8',
                  'A Chongqing hotpot-base maker sends two orders for two factories in one mail: each block has its '
                  'own number, lines "SKU 名称 规格 数量 @价 = 金额" (name and spec keyed joined; three-decimal prices), '
                  'its own 合计 and receiver. Two orders; each adds up.',
                  [order('CQ-2702-A01', '重庆德庄味业有限公司',
                         ('冉小东', '023-67821136', '重庆市渝北区 空港工业园 宝桐路 9 号 德庄味业渝北厂'), None, None, ta, la),
                   order('CQ-2702-B07', '重庆德庄味业有限公司',
                         ('杨波', '15923140078', '重庆市綦江区 古南街道 工业园 C 区 12 号 德庄味业綦江厂'), None, None, tb, lb)])


@mail
def h373_zhangzhou_cannery_total_off_hold():
    rows = [('罐头纸箱', '24罐装 五层 彩印', '个', 12000, '3.85'),
            ('罐头标签', '425g 铜版纸 覆光膜', '张', 300000, '0.021'),
            ('收缩膜', 'PE 6罐装', '公斤', 2500, '13.60')]
    lines = [L(None, '%s %s' % (n, g), q, p) for n, g, u, q, p in rows]
    real = subtotal(lines)
    written = D('88500.00')
    body = """恒达包装 林经理：

漳州古雷 港福罐头 采购订单 GF-PO-27020
品名 / 规格 / 数量 / 单价 / 金额
%s
订单合计：%s 元

交货：福建省漳州市 漳浦县 古雷港经济开发区 食品园 3 号 港福罐头  黄志明 0596-3581226
请2月底前交齐。

福建港福罐头食品有限公司
采购 郑雅婷  0596-3581208 / 13860618825
""" % ('\n'.join('%s / %s / %s%s / %s / %s' % (n, g, '{:,}'.format(q), u, p, amt(D(p) * q)) for n, g, u, q, p in rows),
       amt(written))
    eml = single(H('郑雅婷', 'zhengyt@gangfu-can.com', 'gbk', '采购订单 GF-PO-27020',
                   dh(2027, 2, 12, 9, 30, 45), 'tencent_1A2B3C4D5E6F7A8B9C0D1E2F3A4B5C6D7E07@qq.com',
                   'X-QQ-Mailer: QQMail 2.x'), body, 'gbk', 'base64')
    return eml, T('body', 'gbk',
                  'A Zhangzhou cannery (QQ Mail, GBK): lines "品名 / 规格 / 数量 / 单价 / 金额" (name and spec keyed '
                  'joined), the line amounts are right but the 订单合计 88,500.00 is not their sum (%s). The clerk '
                  'keys what is written and HOLDS the order until the buyer confirms the total.' % amt(real),
                  [order('GF-PO-27020', '福建港福罐头食品有限公司',
                         ('黄志明', '0596-3581226', '福建省漳州市 漳浦县 古雷港经济开发区 食品园 3 号 港福罐头'),
                         None, None, m2(written), lines)])


@mail
def h374_dali_flower_cake_utf8_qp_per_thousand():
    rows = [('LB-01', '鲜花饼单个包装袋', '镀铝 8×10cm', 400000, '62.00'),
            ('LB-02', '鲜花饼礼盒', '12枚装 抽屉式', 20000, '3.90'),
            ('LB-03', '干燥剂', '1g 食品级', 400000, '18.00')]
    lines = [L(s, '%s %s' % (n, g), q, str(D(p) / 1000) if s != 'LB-02' else p,
               D(p) * q / 1000 if s != 'LB-02' else None) for s, n, g, q, p in rows]
    total = m2(subtotal(lines))
    check(lines, total)
    body = """Hi 恒达，

大理 苍洱花间 的订单：

单号：CEHJ-0213
日期：2027.2.13

LB-01 鲜花饼单个包装袋  规格：镀铝 8×10cm  400,000个  62元/千个
LB-02 鲜花饼礼盒  规格：12枚装 抽屉式  20,000个  3.90元/个
LB-03 干燥剂  规格：1g 食品级  400,000包  18元/千包

合计：%s 元

寄：云南省大理市 下关镇 满江 花间工坊 一号厂房  段丽华 18908724136
大理苍洱花间食品有限公司
""" % amt(D(total))
    eml = single(H('段丽华', 'duanlihua@cangerhuajian.com', 'utf-8', 'CEHJ-0213',
                   dh(2027, 2, 13, 20, 11, 6), 'CAH7x2kQ=mL9pR3sT4uV5wX6yZ7aB8cD9eF@mail.gmail.com',
                   'X-Mailer: Gmail Android'), body, 'utf-8', 'quoted-printable')
    return eml, T('body', 'utf-8',
                  'A Dali flower-cake bakery (UTF-8 quoted-printable): the date "2027.2.13", "规格：" inline after the '
                  'name (keyed joined), two lines priced per thousand (62元/千个 is 0.062 a bag, 18元/千包 0.018), no '
                  'line amounts, the sender is also the receiver. Adds up.',
                  [order('CEHJ-0213', '大理苍洱花间食品有限公司',
                         ('段丽华', '18908724136', '云南省大理市 下关镇 满江 花间工坊 一号厂房'),
                         '2027-02-13', 'CNY', total, lines)])


@mail
def h375_vn_seafood_letterhead_above_seller_ship_to():
    rows = [('CTN-IQF-10', 'Master carton', '10kg IQF shrimp, 5-ply, wax coated', 'pcs', 20000, '0.86'),
            ('BAG-1KG', 'Printed PE bag', '1kg, 70 micron, zipper', 'pcs', 200000, '0.045'),
            ('TAPE-48', 'Sealing tape', '48mm x 100m, clear', 'roll', 3000, '0.62')]
    lines = spec(rows)
    total = m2(subtotal(lines))
    check(lines, total)
    tab = cols([('Code', 'Item', 'Specification', 'Unit', 'Qty', 'USD', 'Amount')] +
               [(s, n, g, u, '{:,}'.format(q), p, '{:,.2f}'.format(D(p) * q)) for s, n, g, u, q, p in rows],
               [12, 17, 36, 6, 10, 7, 12], right=(4, 5, 6))
    body = """MINH PHU AQUA EXPORT JSC
Lot C5, Tan Thuan EPZ, District 7, Ho Chi Minh City, Vietnam
Tel: +84 28 3770 1588 | Fax: +84 28 3770 1589

To: Hangzhou Hengda Packaging Materials Co., Ltd.
No. 88 Jiangdong 3rd Road, Xiaoshan, Hangzhou, China

PURCHASE ORDER No. MPA-PO-2702-066          Date: 14 Feb 2027

%s

TOTAL (USD, CIF Cat Lai): %s

SHIP TO: Minh Phu Long An Factory, Lot 12 Thuan Dao IP, Ben Luc, Long An, Vietnam
Attn: Mr. Tran Van Hieu, +84 272 3636 118 / +84 913 224 571

Payment: T/T 30 days after B/L.
Nguyen Thi Thu Trang - Purchasing
""" % (tab, '{:,.2f}'.format(D(total)))
    eml = single(H('Nguyen Thi Thu Trang', 'trang.ntt@minhphuaqua.vn', 'utf-8', 'PO MPA-PO-2702-066 - packaging',
                   dh(2027, 2, 14, 10, 5, 30, 420), 'SG2PR06MB5312A1B2C3D4E5F6@SG2PR06MB5312.apcprd06.prod.outlook.com',
                   'X-MS-Exchange-Organization-SCL: 1'), body, 'utf-8', 'quoted-printable')
    return eml, T('body', 'utf-8',
                  'A Ho Chi Minh City shrimp exporter (Outlook 365, UTF-8 QP): the buyer\'s letterhead and then our '
                  'own name and address (the "To:" block is the seller, not a ship-to), a space-aligned table with '
                  'Item and Specification apart (keyed joined), 3-decimal price, a separate SHIP TO at the Long An '
                  'factory with two phones (keyed the first). Adds up.',
                  [order('MPA-PO-2702-066', 'MINH PHU AQUA EXPORT JSC',
                         ('Mr. Tran Van Hieu', '+84 272 3636 118',
                          'Minh Phu Long An Factory, Lot 12 Thuan Dao IP, Ben Luc, Long An, Vietnam'),
                         '2027-02-14', 'USD', total, lines)])


@mail
def h376_jp_wagashi_iso2022jp_consumption_tax():
    rows = [('和菓子化粧箱', '8個入 貼箱', '箱', 3000, '210'),
            ('仕切り', '8マス 白板紙', '枚', 3000, '18'),
            ('手提げ袋', '小 クラフト', '枚', 3000, '35')]
    lines = [L(None, '%s %s' % (n, g), q, p) for n, g, u, q, p in rows]
    sub = subtotal(lines)
    tax = (sub * D('0.10')).quantize(D('1'))
    total = m2(sub + tax)
    check(lines, total, tax)
    body = """杭州恒達包装材料有限公司
ご担当者様

いつもお世話になっております。下記の通り発注いたします。

発注番号：KY-2702-15
発注日：2027年2月15日

品名　規格　数量　単価（円）
%s

小計　%s円
消費税（10%%）　%s円
合計　%s円

納品先：〒612-8486 京都府京都市伏見区 羽束師菱川町 366 鶴屋吉信 伏見工場
担当：山本 健一　075-931-2288

株式会社鶴屋吉信 購買課
中村 美穂　TEL 075-441-0105
""" % ('\n'.join('%s　%s　%s%s　%s' % (n, g, '{:,}'.format(q), u, p) for n, g, u, q, p in rows),
       '{:,}'.format(int(sub)), '{:,}'.format(int(tax)), '{:,}'.format(int(sub + tax)))
    eml = single(H('中村 美穂', 'nakamura@tsuruya-yoshinobu.jp', 'iso-2022-jp', '発注書 KY-2702-15',
                   dh(2027, 2, 15, 9, 0, 12, 540), '20270215090012.8A1B2C3D@tsuruya-yoshinobu.jp',
                   'X-Mailer: Microsoft Outlook 16.0'), body, 'iso-2022-jp', '7bit')
    return eml, T('body', 'iso-2022-jp',
                  'A Kyoto wagashi maker writes in Japanese (ISO-2022-JP, 7bit): 品名 and 規格 apart by ideographic '
                  'spaces (keyed joined), yen prices without decimals, no line amounts, 小計 then 消費税（10%） and '
                  '合計 including the tax (keyed). The 〒 postcode is part of the address. Adds up with the tax.',
                  [order('KY-2702-15', '株式会社鶴屋吉信',
                         ('山本 健一', '075-931-2288', '〒612-8486 京都府京都市伏見区 羽束師菱川町 366 鶴屋吉信 伏見工場'),
                         '2027-02-15', 'JPY', total, lines)])


@mail
def h377_in_namkeen_per_1000_words_usd():
    rows = [('Laminated pouch 200g', 'PET/MET/PE 3-side seal, 8 colours', 250000, '38.50'),
            ('Laminated pouch 1kg', 'PET/PE stand-up with zipper', 40000, '96.00'),
            ('Shipper carton', '5-ply 40 pouches', 6000, '640.00')]
    lines = [L(None, '%s %s' % (n, g), q, str(D(p) / 1000), D(p) * q / 1000) for n, g, q, p in rows]
    total = m2(subtotal(lines))
    check(lines, total)
    body = """Dear Sir/Madam,

Kindly supply the following against our PO No. GNS/PUR/26-27/0412 dated 16.02.2027.

Sr  Description                Specification                          Qty (Nos)   Rate USD/1000   Value USD
%s

Total Value: USD %s (US Dollars %s Only)

Delivery to: Gujarat Namkeen & Snacks Pvt. Ltd., Survey No. 214, Shapar Industrial Area, Veraval (Shapar), Rajkot 360024, Gujarat, India
Contact: Mr. Hitesh Patel, +91 98250 44127

Regards,
Kalpesh Shah | Purchase Manager | +91 281 2560 311
""" % ('\n'.join('%-3d %-26s %-38s %11s %15s %11s' % (i + 1, n, g, '{:,}'.format(q), p, '{:,.2f}'.format(D(p) * q / 1000))
                 for i, (n, g, q, p) in enumerate(rows)), '{:,.2f}'.format(D(total)),
       'Seventeen Thousand Three Hundred and Five')
    assert total == '17305.00', total
    eml = single(H('Kalpesh Shah', 'purchase@gujaratnamkeen.in', 'utf-8',
                   'PO GNS/PUR/26-27/0412 - Laminated pouches & shipper cartons - Gujarat Namkeen & Snacks Pvt Ltd',
                   dh(2027, 2, 16, 12, 44, 3, 330), 'CAF3k9Lm+Np0Qr1St2Uv3Wx4Yz5@mail.gmail.com',
                   'X-Mailer: Gmail'), body, 'utf-8', 'base64')
    return eml, T('body', 'utf-8',
                  'A Rajkot snack maker\'s PO (Gmail, long subject): the date dd.mm.yyyy, a space-aligned table with '
                  'Description and Specification apart (keyed joined), every rate "USD/1000" (keyed per piece: 38.50 '
                  'per thousand is 0.0385), the total also in words. Adds up.',
                  [order('GNS/PUR/26-27/0412', 'Gujarat Namkeen & Snacks Pvt. Ltd.',
                         ('Mr. Hitesh Patel', '+91 98250 44127',
                          'Gujarat Namkeen & Snacks Pvt. Ltd., Survey No. 214, Shapar Industrial Area, Veraval (Shapar), '
                          'Rajkot 360024, Gujarat, India'), '2027-02-16', 'USD', total, lines)])


@mail
def h378_gh_chocolate_outlook_mac_usd_cedi_discount():
    rows = [('Bar wrapper 100g', 'foil + paper, 4 colours', 'pcs', 300000, '0.028'),
            ('Gift box 6 bars', 'rigid, magnetic lid', 'pcs', 5000, '1.45'),
            ('Export carton', '5-ply, 48 bars', 'pcs', 6500, '0.92')]
    lines = [L(None, '%s %s' % (n, g), q, p) for n, g, u, q, p in rows]
    sub = subtotal(lines)
    disc = -(sub * D('0.05')).quantize(D('0.01'))
    total = m2(sub + disc)
    check(lines, total, disc)
    body = """Good morning Hengda team,

Please find our order below. Prices as per your quote HD-Q-2701-88, less the 5%% volume discount we agreed.

Order ref: AGC/2027/PO-019
Date: 17/02/2027

1) Bar wrapper 100g | Spec: foil + paper, 4 colours | 300,000 pcs | USD 0.028 | USD 8,400.00
2) Gift box 6 bars | Spec: rigid, magnetic lid | 5,000 pcs | USD 1.45 | USD 7,250.00
3) Export carton | Spec: 5-ply, 48 bars | 6,500 pcs | USD 0.92 | USD 5,980.00

Subtotal: USD %s
Less 5%% discount: USD %s
Total payable: USD %s (approx. GHS %s at 15.2)

Consignee: Accra Gold Chocolate Ltd, Plot 7, Heavy Industrial Area, Tema, Ghana
Attention: Kwame Mensah, +233 30 221 4470 / +233 24 455 1902

Best regards,
Abena Owusu
Procurement, Accra Gold Chocolate Ltd
Sent from Outlook for Mac
""" % ('{:,.2f}'.format(sub), '{:,.2f}'.format(-disc), '{:,.2f}'.format(D(total)), '{:,.2f}'.format(D(total) * D('15.2')))
    eml = single(H('Abena Owusu', 'a.owusu@accragoldchoc.com.gh', 'utf-8', 'Order AGC/2027/PO-019',
                   dh(2027, 2, 17, 8, 20, 14, 0), '6C1D2E3F-4A5B-4C6D-8E7F-9A0B1C2D3E4F@accragoldchoc.com.gh',
                   'User-Agent: Microsoft-MacOutlook/16.93.25011212'), body, 'utf-8', 'quoted-printable')
    return eml, T('body', 'utf-8',
                  'A Tema chocolate maker (Outlook for Mac, UTF-8 QP): pipe-separated lines with "Spec:" apart (keyed '
                  'joined), a quote number that is not the order number, Subtotal, a 5% discount and Total payable '
                  '(keyed) with a cedi equivalent in brackets (not the currency). Two phones, keyed the first. '
                  'Adds up with the discount.',
                  [order('AGC/2027/PO-019', 'Accra Gold Chocolate Ltd',
                         ('Kwame Mensah', '+233 30 221 4470', 'Accra Gold Chocolate Ltd, Plot 7, Heavy Industrial Area, Tema, Ghana'),
                         '2027-02-17', 'USD', total, lines)])


# ============================================================ HTML bodies
def strip(html):
    """This set's text alternative (corpus_hand.strip, which later sets use,
    also breaks after headings and items and decodes &amp; and &nbsp;)."""
    import re
    t = re.sub(r'<br>|</tr>|</p>|</div>', '\n', html)
    t = re.sub(r'</t[dh]>', '\t', t)
    return re.sub(r'<[^>]+>', '', t)


@mail
def h379_th_rice_cracker_two_row_header_thb():
    rows = [('RC-P1', 'Pouch', '120g', 'pcs', 100000, '1.85'),
            ('RC-B12', 'Display box', '12 pouches', 'pcs', 8500, '6.40'),
            ('RC-C6', 'Carton', '6 boxes', 'pcs', 1400, '22.00')]
    lines = spec(rows)
    total = m2(subtotal(lines))
    check(lines, total)
    tab = [[('No.', 'rowspan="2"'), ('Item', 'colspan="2"'), ('Quantity', 'colspan="2"'), ('Price (THB)', 'colspan="2"')],
           ['Name', 'Size', 'Qty', 'Unit', 'Unit price', 'Amount']]
    tab += [[s, n, g, '{:,}'.format(q), u, p, '{:,.2f}'.format(D(p) * q)] for s, n, g, u, q, p in rows]
    tab.append([('Grand total', 'colspan="6"'), '{:,.2f}'.format(D(total))])
    html = ('<div>Dear Hengda,<br><br>PO number: <b>KKC-0218</b><br>Date: 18 Feb 2027<br><br>'
            '<table border="1" cellpadding="3">' + cells_html(tab) + '</table><br>'
            'Deliver to: Khao Khao Crackers Co., Ltd., 99/5 Moo 3, Nong Khai Road, Mueang, Khon Kaen 40000<br>'
            'Contact: Khun Somchai 043-241-558 / 081-874-2290<br><br>Khao Khao Crackers Co., Ltd.<br>'
            'Pim Charoenrat, Purchasing</div>')
    eml = html_mail(H('Pim Charoenrat', 'pim@khaokhaocrackers.co.th', 'utf-8', 'PO KKC-0218',
                      dh(2027, 2, 18, 13, 2, 40, 420), 'CAK1m2N3o4P5q6R7s8T9u0V@mail.gmail.com', 'X-Mailer: Gmail'),
                    strip(html), html, 'utf-8', '000000000000a1b2c3d4e5f60718')
    return eml, T('html', 'utf-8',
                  'A Khon Kaen rice-cracker maker (Gmail HTML): a table with a two-row header (No. spanning both rows; '
                  'Item over Name / Size, Quantity over Qty / Unit, Price (THB) over Unit price / Amount); Name and '
                  'Size keyed joined; Grand total spans six cells. Two phones. Adds up.',
                  [order('KKC-0218', 'Khao Khao Crackers Co., Ltd.',
                         ('Khun Somchai', '043-241-558', 'Khao Khao Crackers Co., Ltd., 99/5 Moo 3, Nong Khai Road, Mueang, Khon Kaen 40000'),
                         '2027-02-18', 'THB', total, lines)])


@mail
def h380_my_birdnest_zoho_sst_deposit():
    rows = [('BN-JAR', 'Glass jar 70ml', 'with gold lid', 'pcs', 60000, '0.95'),
            ('BN-BOX6', 'Gift box', '6 jars, window', 'pcs', 10000, '4.30'),
            ('BN-BAG', 'Paper bag', 'kraft, rope handle', 'pcs', 10000, '0.88')]
    lines = spec(rows)
    sub = subtotal(lines)
    sst = (sub * D('0.10')).quantize(D('0.01'))
    total = m2(sub + sst)
    check(lines, total, sst)
    dep = (D(total) * D('0.5')).quantize(D('0.01'))
    tab = [['#', 'Item &amp; Description', 'Size', 'Qty', 'Rate', 'Amount']]
    tab += [[str(i + 1), n, g, '{:,}'.format(q), '{:.2f}'.format(D(p)), '{:,.2f}'.format(D(p) * q)]
            for i, (s, n, g, u, q, p) in enumerate(rows)]
    html = ('<html><body><table width="600"><tr><td><b>Sarang Emas Bird\'s Nest Sdn Bhd</b><br>'
            '23 Lebuh Pantai, 10300 George Town, Penang<br>Tel 04-261 3380</td></tr></table>'
            '<h3>PURCHASE ORDER</h3><p>Purchase Order# PO-00037<br>Date: 19 Feb 2027<br>Vendor: Hangzhou Hengda '
            'Packaging Materials Co., Ltd.</p><p>Deliver To:<br>Sarang Emas Factory, Lot 1220, Kawasan Perindustrian '
            'Bukit Minyak, 14100 Simpang Ampat, Penang<br>Mr. Lim Chee Keong 012-455 8093</p>'
            '<table border="1" cellspacing="0">' + cells_html(tab) + '</table>'
            '<p>Sub Total MYR %s<br>SST (10%%) MYR %s<br><b>Total MYR %s</b><br>Deposit paid (50%%) MYR %s<br>'
            'Balance Due MYR %s</p><p style="color:#999">Powered by Zoho Books</p></body></html>'
            % ('{:,.2f}'.format(sub), '{:,.2f}'.format(sst), '{:,.2f}'.format(D(total)), '{:,.2f}'.format(dep),
               '{:,.2f}'.format(D(total) - dep)))
    eml = html_mail(H('Sarang Emas Bird\'s Nest Sdn Bhd', 'message-service@sender.zohobooks.com', 'utf-8',
                      'Purchase Order - PO-00037 from Sarang Emas Bird\'s Nest Sdn Bhd',
                      dh(2027, 2, 19, 10, 30, 0), '1771468200000.PO00037@zohobooks.com', 'X-Mailer: Zoho Books'),
                    strip(html), html, 'utf-8', '----=_Part_1029384_564738291.1771468200000')
    return eml, T('html', 'utf-8',
                  'A Penang bird\'s-nest company\'s Zoho Books purchase order (sent from Zoho\'s address): letterhead, '
                  '"Purchase Order# PO-00037", Item & Description and Size apart (keyed joined), Sub Total, SST 10%, '
                  'Total (keyed), then a 50% deposit paid and a Balance Due that is not the total. Adds up with the SST.',
                  [order('PO-00037', 'Sarang Emas Bird\'s Nest Sdn Bhd',
                         ('Mr. Lim Chee Keong', '012-455 8093',
                          'Sarang Emas Factory, Lot 1220, Kawasan Perindustrian Bukit Minyak, 14100 Simpang Ampat, Penang'),
                         '2027-02-19', 'MYR', total, lines)])


@mail
def h381_mx_oaxaca_chocolate_gmail_spanish_size():
    rows = [('Caja para tablillas', '6 tablillas 90g', 'pzas', 12000, '0.74'),
            ('Envoltura', 'papel encerado 20x25 cm', 'pzas', 72000, '0.031'),
            ('Bolsa de regalo', 'mediana, asa de cordón', 'pzas', 3000, '0.58')]
    lines = [L(None, '%s %s' % (n, g), q, p) for n, g, u, q, p in rows]
    total = m2(subtotal(lines))
    check(lines, total)
    tab = [['Producto', 'Tamaño', 'Cantidad', 'Precio USD', 'Importe USD']]
    tab += [[n, g, '{:,} {}'.format(q, u), p, '{:,.2f}'.format(D(p) * q)] for n, g, u, q, p in rows]
    tab.append(['', '', '', 'TOTAL', '{:,.2f}'.format(D(total))])
    html = ('<div dir="ltr">Hola Sr. Qian,<br><br>Le envío nuestra orden de compra <b>OC-2027-031</b> del 20 de febrero '
            'de 2027:<br><br><table style="border-collapse:collapse" border="1">' + cells_html(tab) + '</table><br>'
            'Enviar a: Chocolate Mayordomo de Oaxaca S.A. de C.V., Calle Mina 219, Centro, 68000 Oaxaca de Juárez, '
            'Oax., México<br>Recibe: Guadalupe Ruiz, tel. +52 951 516 1619<br><br>Saludos cordiales,<br>'
            'Fernando Ortiz<br>Compras | Chocolate Mayordomo<br>+52 951 516 0246 ext. 12 / cel. +52 951 144 7830</div>')
    eml = html_mail(H('Fernando Ortiz', 'compras@chocolatemayordomo.mx', 'utf-8', 'Orden de compra OC-2027-031',
                      dh(2027, 2, 20, 11, 45, 8, -360), 'CAMx9Ab1Cd2Ef3Gh4Ij5Kl6Mn7Op8Qr9@mail.gmail.com', 'X-Mailer: Gmail'),
                    strip(html), html, 'utf-8', '00000000000011223344556677')
    return eml, T('html', 'utf-8',
                  'An Oaxaca chocolate maker writes in Spanish (Gmail HTML): "del 20 de febrero de 2027", Producto and '
                  'Tamaño apart (keyed joined), the unit inside the quantity cell ("12,000 pzas"), a 3-decimal price, '
                  'TOTAL in the price column; the signature has three phone numbers, the receiver one. Adds up.',
                  [order('OC-2027-031', 'Chocolate Mayordomo de Oaxaca S.A. de C.V.',
                         ('Guadalupe Ruiz', '+52 951 516 1619',
                          'Chocolate Mayordomo de Oaxaca S.A. de C.V., Calle Mina 219, Centro, 68000 Oaxaca de Juárez, Oax., México'),
                         '2027-02-20', 'USD', total, lines)])


@mail
def h382_de_lebkuchen_outlook_eur_per_100():
    rows = [('LK-D500', 'Lebkuchendose', 'Weißblech 500 g, Prägung', 'Stk', 8000, '148,00', '1.48'),
            ('LK-T12', 'Tray', 'PET 12 Mulden', 'Stk', 8000, '9,50', '0.095'),
            ('LK-KT', 'Versandkarton', '12 Dosen, 2-wellig', 'Stk', 700, '86,00', '0.86')]
    lines = [L(s, '%s %s' % (n, g), q, pp, D(pp) * q) for s, n, g, u, q, p, pp in rows]
    total = m2(subtotal(lines))
    check(lines, total)
    tab = [['Art.-Nr.', 'Bezeichnung', 'Ausführung', 'Menge', 'Preis je 100 Stk (EUR)', 'Betrag (EUR)']]
    tab += [[s, n, g, '{:,}'.format(q).replace(',', '.'), p, eu(D(pp) * q)] for s, n, g, u, q, p, pp in rows]
    html = ('<div class="WordSection1"><p class="MsoNormal">Sehr geehrte Damen und Herren,</p><p class="MsoNormal">'
            'hiermit bestellen wir gemäß Ihrem Angebot:</p><p class="MsoNormal">Bestellnummer: 4500018872<br>'
            'Bestelldatum: 21.02.2027</p><table class="MsoTableGrid" border="1">' + cells_html(tab) + '</table>'
            '<p class="MsoNormal">Gesamtbetrag netto: EUR %s</p><p class="MsoNormal">Lieferanschrift: '
            'Nürnberger Lebküchnerei Hartmann GmbH, Werk 2, Hafenstraße 40, 90451 Nürnberg, Deutschland<br>'
            'Warenannahme: Herr Jürgen Bauer, Tel. +49 911 642 1180</p><p class="MsoNormal">Mit freundlichen Grüßen<br>'
            'Sabine Krüger<br>Einkauf<br>Nürnberger Lebküchnerei Hartmann GmbH | Tel. +49 911 642 1100 | '
            'Fax +49 911 642 1199</p></div>' % eu(total))
    eml = html_mail(H('Sabine Krüger', 's.krueger@lebkuechnerei-hartmann.de', 'iso-8859-1', 'Bestellung 4500018872',
                      dh(2027, 2, 21, 9, 14, 33, 60), 'AM0PR04MB6431D2E3F4A5B6C7@AM0PR04MB6431.eurprd04.prod.outlook.com',
                      'X-MS-Has-Attach: no'),
                    strip(html), html, 'iso-8859-1', '_000_AM0PR04MB6431D2E3F4A5B6C7AM0PR04MB6431eurp_')
    return eml, T('html', 'iso-8859-1',
                  'A Nuremberg gingerbread bakery (Outlook, ISO-8859-1 MsoNormal HTML, German): Bezeichnung and '
                  'Ausführung apart (keyed joined), prices "je 100 Stk" with decimal commas (148,00 per hundred is 1.48 '
                  'a tin, 9,50 is 0.095), dot thousands, dd.mm.yyyy date, "Gesamtbetrag netto" as the total. '
                  'Adds up.',
                  [order('4500018872', 'Nürnberger Lebküchnerei Hartmann GmbH',
                         ('Herr Jürgen Bauer', '+49 911 642 1180',
                          'Nürnberger Lebküchnerei Hartmann GmbH, Werk 2, Hafenstraße 40, 90451 Nürnberg, Deutschland'),
                         '2027-02-21', 'EUR', total, lines)])


@mail
def h383_qq_html_nanfeng_orange_jian_freight_gbk():
    rows = [('NF-01', '蜜桔纸箱', '10斤装 五层 彩印', '件', 20000, '3.60'),
            ('NF-02', '蜜桔礼盒', '5斤装 手提 开窗', '件', 8000, '4.20'),
            ('NF-03', '保鲜袋', '单果 PE 12×15', '万个', 60, '85.00')]
    lines = spec(rows)
    sub = subtotal(lines)
    fr = D('2600')
    total = m2(sub + fr)
    check(lines, total, fr)
    tab = [['序号', '编码', '品名', '规格', '单位', '数量', '单价', '金额']]
    tab += [[str(i + 1), s, n, g, u, str(q), p, amt(D(p) * q)] for i, (s, n, g, u, q, p) in enumerate(rows)]
    tab += [[('运费', 'colspan="7"'), amt(fr)], [('合计', 'colspan="7"'), amt(D(total))]]
    html = ('<div>恒达包装：<br>南丰蜜桔合作社下单，单号 NFMJ-270222，日期 2027-02-22。<br>'
            '<table border="1" cellspacing="0">' + cells_html(tab) + '</table><br>'
            '收货：江西省抚州市南丰县 琴城镇 蜜桔交易市场 东区 18 号 合作社仓库 收货人 付小军 13879461350<br><br>'
            '南丰县桔都蜜桔专业合作社 黄芳 0794-3221608</div>')
    eml = html_mail(H('黄芳', '865213407@qq.com', 'gbk', '南丰蜜桔 包装订单',
                      dh(2027, 2, 22, 16, 40, 12), 'tencent_9C8B7A6F5E4D3C2B1A0F9E8D7C6B5A4F3E08@qq.com',
                      'X-QQ-Mailer: QQMail 2.x'), strip(html), html, 'gbk', '----=_NextPart_65D6E7F8_1A2B3C4D_5E6F7A8B')
    return eml, T('html', 'gbk',
                  'A Nanfeng orange co-operative (QQ Mail HTML, GBK, a numeric QQ address): 品名 and 规格 apart '
                  '(keyed joined), boxes counted in 件 and bags in 万个 (60 万个 at 85.00 per 万个, keyed as written), '
                  'a 运费 row and a 合计 that includes it. Adds up with the freight.',
                  [order('NFMJ-270222', '南丰县桔都蜜桔专业合作社',
                         ('付小军', '13879461350', '江西省抚州市南丰县 琴城镇 蜜桔交易市场 东区 18 号 合作社仓库'),
                         '2027-02-22', None, total, lines)])


@mail
def h384_il_netsuite_dead_sea_bill_ship_apart():
    rows = [('DS-JAR250', 'Cosmetic jar', '250 ml PP, white', 'ea', 40000, '0.34'),
            ('DS-LID', 'Screw cap', '89 mm, silver', 'ea', 40000, '0.12'),
            ('DS-BOX', 'Folding box', '250 ml jar, gold foil', 'ea', 40000, '0.21')]
    lines = spec(rows)
    total = m2(subtotal(lines))
    check(lines, total)
    tab = [['Item', 'Description', 'Options', 'Quantity', 'Rate', 'Amount']]
    tab += [[s, n, g, '{:,}'.format(q), '{:.2f}'.format(D(p)), '{:,.2f}'.format(D(p) * q)] for s, n, g, u, q, p in rows]
    html = ('<html><body><table width="100%"><tr><td><b>Ein Gedi Minerals Ltd.</b><br>14 HaMelacha St, Haifa Bay 2624514, Israel<br>'
            'Tel +972 4 841 2200</td><td align="right"><b>Purchase Order</b><br>#PO1188<br>2/23/2027</td></tr></table>'
            '<table width="100%"><tr><td><b>Vendor</b><br>Hangzhou Hengda Packaging Materials Co., Ltd.<br>Xiaoshan, '
            'Hangzhou, China</td><td><b>Bill To</b><br>Ein Gedi Minerals Ltd.<br>Accounts Payable<br>14 HaMelacha St, '
            'Haifa Bay</td><td><b>Ship To</b><br>Ein Gedi Minerals - Dead Sea Plant<br>Attn: Yossi Levi<br>Mishor Rotem '
            'Industrial Park, Arad 8910001, Israel<br>+972 8 995 7031</td></tr></table>'
            '<table border="1">' + cells_html(tab, th_first=True) + '</table><p align="right">Total $%s</p>'
            '<p>Terms: Net 60 &nbsp; Ship Via: Sea freight to Ashdod</p></body></html>' % '{:,.2f}'.format(D(total)))
    eml = html_mail(H('Ein Gedi Minerals Ltd.', 'system@sent-via.netsuite.com', 'utf-8', 'Ein Gedi Minerals Ltd.: Purchase Order #PO1188',
                      dh(2027, 2, 23, 8, 0, 54, 120), '2027022306005412345.JavaMail.nsprod@sent-via.netsuite.com',
                      'X-Mailer: NetSuite', extra=('Reply-To: purchasing@eingedi-minerals.co.il',)),
                    strip(html), html, 'utf-8', '----=_Part_554433_1098765432.1771826454321')
    return eml, T('html', 'utf-8',
                  'An Israeli Dead Sea cosmetics maker\'s NetSuite PO (from NetSuite\'s sender, Reply-To the buyer): '
                  'number "#PO1188" and a US date 2/23/2027 in the letterhead\'s right cell, Vendor (us), Bill To and '
                  'Ship To side by side (the ship-to is the plant, with its own attention and phone), Description and '
                  'Options apart (keyed joined). Adds up.',
                  [order('PO1188', 'Ein Gedi Minerals Ltd.',
                         ('Yossi Levi', '+972 8 995 7031', 'Ein Gedi Minerals - Dead Sea Plant, Mishor Rotem Industrial Park, Arad 8910001, Israel'),
                         '2027-02-23', 'USD', total, lines)])


# ============================================================ CSV attachments
@mail
def h385_csv_jushuitan_wuhu_nuts_utf8_bom():
    rows = [('JG-01', '坚果罐', 'PET 500g 铝盖', '个', 30000, '1.36'),
            ('JG-02', '每日坚果袋', '25g 镀铝 三边封', '个', 500000, '0.052'),
            ('JG-03', '年货礼盒', '30袋装 天地盖', '个', 12000, '7.90'),
            ('JG-04', '快递箱', '三层 6号', '个', 20000, '0.98')]
    lines = spec(rows)
    total = m2(subtotal(lines))
    check(lines, total)
    tab = [['采购单号', '供应商', '采购日期', '商品编码', '商品名称', '颜色及规格', '单位', '采购数量', '采购单价', '采购金额', '收货仓', '备注']]
    for s, n, g, u, q, p in rows:
        tab.append(['PO270224001', '杭州恒达包装材料有限公司', '2027-02-24 10:12:33', s, n, g, u, q, p, m2(D(p) * q),
                    '芜湖主仓', ''])
    data = ('\ufeff' + corpus_docs.csv_text(tab)).encode('utf-8')
    body = ('恒达你好，聚水潭导出的采购单见附件，一共%s元。\n送芜湖主仓：安徽省芜湖市弋江区 高新区 峨溪路 16 号 果仓云仓 '
            '收货人 陶刚 18955388102\n\n芜湖果仓食品有限公司 采购 唐蕾\n' % amt(D(total)))
    eml = with_attachments(H('唐蕾', 'tanglei@guocang-food.com', 'utf-8', '采购单PO270224001',
                             dh(2027, 2, 24, 10, 20, 5), '7a8b9c0d.2e3f.18dc0a1b2c3.Coremail.tanglei@guocang-food.com',
                             'X-Mailer: Coremail Webmail Server Version XT5.0.13'), body, 'utf-8', 'base64',
                           [attachment('text/csv', data, '采购单_PO270224001.csv', name_style='rfc2231')],
                           '----=_Part_889900_112233445.1771899605000')
    return eml, T('csv', 'utf-8',
                  'A Wuhu nut-snack e-shop\'s 聚水潭 purchase export (UTF-8 CSV with BOM): the order number, supplier, '
                  'date-time and warehouse repeated on every row, 商品名称 and 颜色及规格 apart (keyed joined), an empty '
                  '备注 column, no total row (the total is in the mail body); the receiver only in the body. Adds up.',
                  [order('PO270224001', '芜湖果仓食品有限公司',
                         ('陶刚', '18955388102', '安徽省芜湖市弋江区 高新区 峨溪路 16 号 果仓云仓'),
                         '2027-02-24', 'CNY', total, lines)])


@mail
def h386_csv_odoo_ro_tuica_semicolon_eur():
    rows = [('Cutie cadou', '2 sticle 0,5 l, carton', 'Buc', 6000, '1,85', '1.85'),
            ('Eticheta', 'autoadeziva 90x120 mm', 'Buc', 24000, '0,045', '0.045'),
            ('Bax', '6 sticle 0,7 l, 5 straturi', 'Buc', 2500, '1,10', '1.10')]
    lines = [L(None, '%s %s' % (n, g), q, pp) for n, g, u, q, p, pp in rows]
    total = m2(subtotal(lines))
    check(lines, total)
    tab = [['Referinta comanda', 'Data comenzii', 'Furnizor', 'Linii comanda/Produs', 'Linii comanda/Descriere',
            'Linii comanda/Cantitate', 'Linii comanda/UM', 'Linii comanda/Pret unitar', 'Linii comanda/Subtotal', 'Total']]
    for i, (n, g, u, q, p, pp) in enumerate(rows):
        first = i == 0
        tab.append(['P00214' if first else '', '25.02.2027 09:41:00' if first else '',
                    'Hangzhou Hengda Packaging Materials Co., Ltd.' if first else '', n, g, '%d,00' % q, u, p,
                    eu(D(pp) * q), eu(total) if first else ''])
    data = corpus_docs.csv_text(tab, delim=';').encode('utf-8')
    body = ('Buna ziua,\n\nAtasat comanda P00214 (export Odoo). Livrare la: Distileria Zetea SRL, Str. Principala 412, '
            '537355 Zetea, jud. Harghita, Romania - Dl. Szabo Attila, +40 266 215 330.\n\nCu stima,\nIoana Marin\n'
            'Achizitii, Distileria Zetea SRL\n+40 745 118 903\n')
    eml = with_attachments(H('Ioana Marin', 'achizitii@distileria-zetea.ro', 'utf-8', 'Comanda P00214',
                             dh(2027, 2, 25, 9, 48, 17, 120), 'c4d5e6f7-a8b9-4c0d-9e1f-2a3b4c5d6e7f@distileria-zetea.ro',
                             'X-Mailer: Thunderbird 128.6.0'), body, 'utf-8', '7bit',
                           [attachment('text/csv', data, 'purchase.order.csv')],
                           '------------a1B2c3D4e5F6g7H8i9J0k1L2')
    return eml, T('csv', 'utf-8',
                  'A Romanian plum-brandy distillery\'s Odoo export (Thunderbird, semicolon CSV): "Linii comanda/…" '
                  'headers, the order fields only on the first row (later rows blank), Produs and Descriere apart '
                  '(keyed joined), quantities "6000,00" and prices with decimal commas (one 3-decimal), a Total column '
                  'filled only on the first row; the ship-to in the body. Currency not stated. Adds up.',
                  [order('P00214', 'Distileria Zetea SRL',
                         ('Dl. Szabo Attila', '+40 266 215 330', 'Distileria Zetea SRL, Str. Principala 412, 537355 Zetea, jud. Harghita, Romania'),
                         '2027-02-25', None, total, lines)])


@mail
def h387_csv_wangdiantong_xiamen_two_pos_gbk():
    a = [('XM-HB1', '馅饼盒', '6枚 开窗', '个', 15000, '1.75'), ('XM-DZ1', '底托', '6枚 PET', '个', 15000, '0.32')]
    b = [('XM-HB2', '馅饼盒', '12枚 手提', '个', 6000, '3.10'), ('XM-DZ2', '底托', '12枚 PET', '个', 6000, '0.55')]
    la, lb = spec(a), spec(b)
    ta, tb = m2(subtotal(la)), m2(subtotal(lb))
    tab = [['采购单号', '仓库', '供应商', '商家编码', '货品名称', '规格名称', '单位', '采购量', '采购价', '总价']]
    for no, wh, rows in (('CG2702260011', '思明仓', a), ('CG2702260012', '集美仓', b)):
        for s, n, g, u, q, p in rows:
            tab.append([no, wh, '恒达包装', s, n, g, u, q, p, m2(D(p) * q)])
    data = corpus_docs.csv_text(tab).encode('gbk')
    body = ('恒达：\n旺店通导了两张采购单在一个表里，思明仓和集美仓分开送：\n'
            '思明仓：厦门市思明区 湖滨北路 60 号 鼓浪屿馅饼 思明仓 蔡文 0592-5163388\n'
            '集美仓：厦门市集美区 杏林湾路 22 号 鼓浪屿馅饼 集美仓 许志强 13606012295\n\n厦门鼓浪屿馅饼食品有限公司 叶青\n')
    eml = with_attachments(H('叶青', 'yeqing@glyxianbing.com', 'gbk', '采购单 0226',
                             dh(2027, 2, 26, 14, 55, 9), '000b01db8810$7a6b5c4d$3e2f1a0b$@glyxianbing.com',
                             'X-Mailer: Microsoft Outlook 16.0'), body, 'gbk', 'base64',
                           [attachment('application/octet-stream', data, '采购单导出.csv', name_style='gbk')],
                           '----=_NextPart_000_0011_01DB8810.7A6B5C4D')
    return eml, T('csv', 'gbk',
                  'A Xiamen pastry maker\'s 旺店通 export (GBK CSV sent as octet-stream) with two purchase orders in '
                  'one table told apart by 采购单号 and 仓库; 货品名称 and 规格名称 apart (keyed joined); no totals; '
                  'each warehouse\'s receiver is in the body. Two orders; no order totals stated.',
                  [order('CG2702260011', '厦门鼓浪屿馅饼食品有限公司',
                         ('蔡文', '0592-5163388', '厦门市思明区 湖滨北路 60 号 鼓浪屿馅饼 思明仓'), None, None, None, la),
                   order('CG2702260012', '厦门鼓浪屿馅饼食品有限公司',
                         ('许志强', '13606012295', '厦门市集美区 杏林湾路 22 号 鼓浪屿馅饼 集美仓'), None, None, None, lb)])


# ============================================================ xlsx attachments
@mail
def h388_xlsx_k3cloud_dongning_fungus_merged_header():
    rows = [('MR-01', '黑木耳包装袋', '250g 牛皮纸 自立', '个', 80000, '0.46'),
            ('MR-02', '木耳礼盒', '500g×2 天地盖', '个', 6000, '8.80'),
            ('MR-03', '纸箱', '40袋装 五层', '个', 2000, '4.60')]
    lines = spec(rows)
    total = m2(subtotal(lines))
    check(lines, total)
    sh = Sheet('采购订单')
    sh.set(1, 1, '采购订单', bold=True, size=16)
    sh.merge(1, 1, 1, 9)
    sh.row(2, 1, ['单据编号', 'CGDD000318', '', '采购日期', datetime.date(2027, 2, 27), '', '供应商', '杭州恒达包装材料有限公司'])
    sh.row(3, 1, ['采购组织', '东宁北珍山货有限公司', '', '币别', '人民币'])
    sh.row(5, 1, ['物料信息', '', '', '', '数量', '', '价格', ''], bold=True, border=True)
    sh.merge(5, 1, 5, 4)
    sh.merge(5, 5, 5, 6)
    sh.merge(5, 7, 5, 8)
    sh.row(6, 1, ['物料编码', '物料名称', '规格型号', '采购单位', '采购数量', '计价数量', '含税单价', '价税合计'], bold=True, border=True)
    for i, (s, n, g, u, q, p) in enumerate(rows):
        sh.row(7 + i, 1, [s, n, g, u, q, q, D(p), D(p) * q], border=True)
    sh.row(10, 1, ['合计', '', '', '', sum(r[4] for r in rows), '', '', D(total)], border=True)
    sh.set(12, 1, '交货地点：黑龙江省牡丹江市东宁市 绥阳镇 木耳大市场 北珍山货 库房')
    sh.set(13, 1, '收料人：金永哲  13945342256  0453-3612080')
    data = corpus_docs.xlsx_bytes([sh], creator='k3cloud', app_title='Kingdee K/3 Cloud')
    body = '恒达：金蝶云星空的采购订单，请确认交期。\n\n东宁北珍山货有限公司 采购 朴美兰 0453-3612001\n'
    eml = with_attachments(H('朴美兰', 'piaomeilan@beizhen-shanhuo.com', 'utf-8', '采购订单 CGDD000318',
                             dh(2027, 2, 27, 9, 5, 2), 'e4f5a6b7-c8d9-4e0f-a1b2-c3d4e5f6a7b8@beizhen-shanhuo.com',
                             'X-Mailer: Kingdee K/3 Cloud'), body, 'utf-8', 'base64',
                           [attachment(XLSX, data, 'CGDD000318.xlsx')], '----=_Part_0_1234567.1772154302000')
    return eml, T('xlsx', 'utf-8',
                  'A Dongning black-fungus trader\'s 金蝶 K/3 Cloud 采购订单 .xlsx with a two-row merged header (物料信息 '
                  'over 物料编码 / 物料名称 / 规格型号 / 采购单位, 数量 over 采购数量 / 计价数量, 价格 over 含税单价 / '
                  '价税合计), name and spec keyed joined, a date cell, a 合计 row; the receiver with two phones below '
                  '(keyed the first). Adds up.',
                  [order('CGDD000318', '东宁北珍山货有限公司',
                         ('金永哲', '13945342256', '黑龙江省牡丹江市东宁市 绥阳镇 木耳大市场 北珍山货 库房'),
                         '2027-02-27', 'CNY', total, lines)])


@mail
def h389_xlsx_netsuite_ca_almonds_deposit():
    rows = [('ALM-CTN', 'Export carton', '25 lb, wax-free, 5-ply', 'ea', 18000, '1.12'),
            ('ALM-LINER', 'Carton liner', 'LDPE 2 mil', 'ea', 18000, '0.09'),
            ('ALM-POUCH', 'Retail pouch', '16 oz stand-up, zipper', 'ea', 120000, '0.118')]
    lines = spec(rows)
    total = m2(subtotal(lines))
    check(lines, total)
    dep = (D(total) * D('0.3')).quantize(D('0.01'))
    sh, nxt = sheet_order('Purchase Order', [(1, ['Central Valley Almond Growers, Inc.']),
                                              (2, ['4421 W. Shaw Ave, Fresno, CA 93722 | (559) 275-1180']),
                                              (4, ['PO #', 'CVAG-PO-10422', '', 'Date', '02/28/2027']),
                                              (5, ['Vendor', 'Hangzhou Hengda Packaging Materials Co., Ltd.'])],
                          ['Item', 'Description', 'Size', 'Units', 'Quantity', 'Rate', 'Amount'],
                          [[s, n, g, u, q, D(p), D(p) * q] for s, n, g, u, q, p in rows], {5: '0.000', 6: '#,##0.00'},
                          [(0, ['', '', '', '', '', 'Total', D(total)]), (1, ['', '', '', '', '', 'Deposit 30%', dep]),
                           (2, ['', '', '', '', '', 'Balance', D(total) - dep]),
                           (4, ['Ship To: CVAG Packing Plant, 2850 S. Golden State Blvd, Turlock, CA 95380, USA']),
                           (5, ['Receiving: Maria Gonzalez (209) 632-4410'])], start=7)
    data = corpus_docs.xlsx_bytes([sh], creator='NetSuite', app_title='Microsoft Excel')
    body = ('Hi,\n\nAttached PO CVAG-PO-10422. 30% deposit wired today, balance before shipment.\n\nThanks,\n'
            'Derek Thompson\nProcurement | Central Valley Almond Growers\n(559) 275-1186 | cell (559) 908-3317\n')
    eml = with_attachments(H('Derek Thompson', 'dthompson@cvalmonds.com', 'utf-8', 'PO CVAG-PO-10422',
                             dh(2027, 2, 28, 16, 12, 44, -480), 'BY5PR11MB4211E6F7A8B9C0D1@BY5PR11MB4211.namprd11.prod.outlook.com',
                             'X-MS-Has-Attach: yes'), body, 'utf-8', 'quoted-printable',
                           [attachment(XLSX, data, 'PurchOrd_CVAG-PO-10422.xlsx')],
                           '_004_BY5PR11MB4211E6F7A8B9C0D1BY5PR11MB4211namp_')
    return eml, T('xlsx', 'utf-8',
                  'A Fresno almond grower\'s NetSuite PO saved as .xlsx: letterhead rows, "PO #" and a US date as text, '
                  'Description and Size apart (keyed joined), a 3-decimal rate, then Total, Deposit 30% and Balance in '
                  'the last two columns (the total keyed is the order total); ship-to below. Adds up.',
                  [order('CVAG-PO-10422', 'Central Valley Almond Growers, Inc.',
                         ('Maria Gonzalez', '(209) 632-4410', 'CVAG Packing Plant, 2850 S. Golden State Blvd, Turlock, CA 95380, USA'),
                         '2027-02-28', 'USD', total, lines)])


@mail
def h390_xlsx_numbers_ie_soap_vat_reverse_charge():
    rows = [('Soap box', '100 g bar, kraft, window', 20000, '0.26'),
            ('Belly band', '300 gsm, 2 colours', 20000, '0.07'),
            ('Mailer box', 'holds 6 bars', 3000, '0.64')]
    lines = [L(None, '%s %s' % (n, g), q, p) for n, g, q, p in rows]
    total = m2(subtotal(lines))
    check(lines, total)
    sh, nxt = sheet_order('Order', [(1, ['Burren Soap Company']), (2, ['Order no.', 'BSC-027']), (3, ['Date', '1 March 2027'])],
                          ['Product', 'Size', 'Qty', 'Price €', 'Line €'],
                          [[n, g, q, D(p), D(p) * q] for n, g, q, p in rows], {3: '0.00', 4: '#,##0.00'},
                          [(0, ['', '', '', 'Net', D(total)]), (1, ['', '', '', 'VAT 0% (reverse charge)', D('0')]),
                           (2, ['', '', '', 'Total', D(total)]),
                           (4, ['Deliver to: Burren Soap Company, Unit 4, Ennistymon Enterprise Park, Co. Clare, V95 K2X8, Ireland']),
                           (5, ['Niamh O\'Brien 065 707 1450'])])
    data = corpus_docs.xlsx_bytes([sh], creator='Niamh O\'Brien', app_title='Numbers')
    body = 'Hi there,\n\nOur order attached (exported from Numbers). Thanks a million!\n\nNiamh\nBurren Soap Company\n087 214 5530\n'
    eml = with_attachments(H('Niamh O\'Brien', 'niamh@burrensoap.ie', 'utf-8', 'Order BSC-027',
                             dh(2027, 3, 1, 11, 2, 9, 0), '9F8E7D6C-5B4A-4392-8170-6F5E4D3C2B1A@burrensoap.ie',
                             'X-Mailer: Apple Mail (2.3826.300.87.4.3)'), body, 'utf-8', '7bit',
                           [attachment(XLSX, data, 'Order BSC-027.xlsx')], 'Apple-Mail=_1A2B3C4D-5E6F-4708-9A1B-2C3D4E5F6A7B')
    return eml, T('xlsx', 'utf-8',
                  'A County Clare soap maker\'s Apple Numbers export: label/value pairs, Product and Size apart (keyed '
                  'joined), "Price €" header (currency only in the header), Net, a VAT 0% reverse-charge row and Total; '
                  'the receiver\'s landline in the sheet, the sender\'s mobile in the body. Adds up.',
                  [order('BSC-027', 'Burren Soap Company',
                         ('Niamh O\'Brien', '065 707 1450', 'Burren Soap Company, Unit 4, Ennistymon Enterprise Park, Co. Clare, V95 K2X8, Ireland'),
                         '2027-03-01', 'EUR', total, lines)])


@mail
def h391_xlsx_d365_uk_biscuits_per_1000_gbp():
    rows = [('BT-TIN', 'Biscuit tin', '300 g, embossed', 'Each', 10000, '1.38', None),
            ('BT-FLW', 'Flow wrap film', 'printed, 240 mm', 'per 1000', 400, '11.50', None),
            ('BT-CUP', 'Glassine cups', 'brown, 45 mm', 'per 1000', 300, '3.20', None)]
    lines = [L(s, '%s %s' % (n, g), q, p) for s, n, g, u, q, p, x in rows]
    total = m2(subtotal(lines))
    check(lines, total)
    sh, nxt = sheet_order('Purchase order', [(1, ['Purchase order', 'PO-000884']), (2, ['Vendor account', 'V-CN-0117']),
                                             (3, ['Order date', '02/03/2027']), (4, ['Currency', 'GBP'])],
                          ['Item number', 'Product name', 'Configuration', 'Unit', 'Quantity', 'Unit price', 'Net amount'],
                          [[s, n, g, u, q, D(p), D(p) * q] for s, n, g, u, q, p, x in rows], {5: '0.00', 6: '#,##0.00'},
                          [(0, ['', '', '', '', '', 'Total', D(total)]),
                           (2, ['Delivery address', 'Yorkshire Biscuit Co. Ltd, Goods In, Unit 9 Melmerby Green Road, Ripon HG4 5NB, UK']),
                           (3, ['Contact', 'Gary Holt', '01765 640 223'])])
    data = corpus_docs.xlsx_bytes([sh], creator='D365FO', app_title='Microsoft Excel')
    body = ('Good afternoon,\n\nPlease see attached PO-000884. Note the film and cups are per thousand as quoted.\n\n'
            'Kind regards,\nHelen Ward\nBuyer, Yorkshire Biscuit Co. Ltd\nT: 01765 640 200  M: 07700 914 552\n')
    eml = with_attachments(H('Helen Ward', 'helen.ward@yorkshirebiscuit.co.uk', 'utf-8', 'Purchase order PO-000884',
                             dh(2027, 3, 2, 14, 30, 0, 0), 'LO2P265MB1234A5B6C7D8E9F0@LO2P265MB1234.GBRP265.PROD.OUTLOOK.COM',
                             'X-MS-Has-Attach: yes'), body, 'utf-8', 'quoted-printable',
                           [attachment(XLSX, data, 'PO-000884.xlsx')], '_005_LO2P265MB1234A5B6C7D8E9F0LO2P265MB1234GBRP_')
    return eml, T('xlsx', 'utf-8',
                  'A Ripon biscuit maker\'s Dynamics 365 PO in .xlsx: Product name and Configuration apart (keyed '
                  'joined), two lines in the unit "per 1000" (400 thousand of film at 11.50 per thousand: keyed as '
                  'written, qty 400 at 11.50), a UK date 02/03/2027 (2 March), a vendor account that is not an order '
                  'number. Adds up.',
                  [order('PO-000884', 'Yorkshire Biscuit Co. Ltd',
                         ('Gary Holt', '01765 640 223', 'Yorkshire Biscuit Co. Ltd, Goods In, Unit 9 Melmerby Green Road, Ripon HG4 5NB, UK'),
                         '2027-03-02', 'GBP', total, lines)])


@mail
def h392_xlsx_libreoffice_se_crispbread_rebate():
    rows = [('KN-01', 'Knäckebrödskartong', '250 g, vit', 40000, '0.19'),
            ('KN-02', 'Ytterkartong', '20 st, 3-skikt', 2000, '0.85'),
            ('KN-03', 'Pall-etikett', 'A5 termo', 2000, '0.03')]
    lines = [L(s, '%s %s' % (n, g), q, p) for s, n, g, q, p in rows]
    sub = subtotal(lines)
    reb = D('-250.00')
    total = m2(sub + reb)
    check(lines, total, reb)
    sh, nxt = sheet_order('Beställning', [(1, ['Inköpsorder', 'IO-27-0303']), (2, ['Datum', '2027-03-03']),
                                          (3, ['Kund', 'Västkustens Knäckebröd AB'])],
                          ['Art.nr', 'Benämning', 'Storlek', 'Antal', 'À-pris EUR', 'Summa EUR'],
                          [[s, n, g, q, D(p), D(p) * q] for s, n, g, q, p in rows], {4: '0.00', 5: '#,##0.00'},
                          [(0, ['', '', '', '', 'Delsumma', sub]), (1, ['', '', '', '', 'Årsrabatt 2026', reb]),
                           (2, ['', '', '', '', 'Att betala', D(total)]),
                           (4, ['Leveransadress: Västkustens Knäckebröd AB, Lager 3, Exportgatan 28, 422 46 Hisings Backa, Sverige']),
                           (5, ['Kontakt: Erik Lindqvist, 031-52 48 10'])])
    data = corpus_docs.xlsx_bytes([sh], creator='erik', app_title='LibreOffice/24.8.4.2$Linux_X86_64')
    body = 'Hej!\n\nHär kommer vår beställning IO-27-0303. Årsrabatten för 2026 är avdragen.\n\nMvh\nAnna Svensson\nVästkustens Knäckebröd AB\n+46 31 52 48 00\n'
    eml = with_attachments(H('Anna Svensson', 'anna.svensson@vastkustknacke.se', 'utf-8', 'Beställning IO-27-0303',
                             dh(2027, 3, 3, 8, 45, 19, 60), 'c0ffee12-3456-789a-bcde-f0123456789a@vastkustknacke.se',
                             'User-Agent: Mozilla Thunderbird'), body, 'utf-8', 'quoted-printable',
                           [attachment(XLSX, data, 'bestallning_IO-27-0303.xlsx')], '------------B7c8D9e0F1a2B3c4D5e6F7a8')
    return eml, T('xlsx', 'utf-8',
                  'A Gothenburg crispbread bakery in Swedish (Thunderbird, LibreOffice Calc .xlsx): Benämning and '
                  'Storlek apart (keyed joined), EUR in the headers, Delsumma, an annual rebate "Årsrabatt 2026" '
                  '-250.00 and "Att betala" (the total keyed, after the rebate). Adds up with the rebate.',
                  [order('IO-27-0303', 'Västkustens Knäckebröd AB',
                         ('Erik Lindqvist', '031-52 48 10', 'Västkustens Knäckebröd AB, Lager 3, Exportgatan 28, 422 46 Hisings Backa, Sverige'),
                         '2027-03-03', 'EUR', total, lines)])


@mail
def h393_xlsx_u8_mengzi_pomegranate_rolls_total_off():
    rows = [('SL-01', '石榴网套', '发泡 EPE 10cm', '个', 200000, '0.035'),
            ('SL-02', '石榴礼盒', '8枚装 手提', '个', 10000, '5.60'),
            ('SL-03', '缠绕膜', '50cm 2.5kg', '卷', 400, '24.00')]
    lines = spec(rows)
    real = subtotal(lines)
    written = D('76200.00')
    sh, nxt = sheet_order('采购订单', [(1, ['蒙自甜榴果业有限公司 采购订单']), (2, ['订单编号', 'MZ-CG-0304', '', '订单日期', '2027-03-04']),
                                       (3, ['供货单位', '杭州恒达包装材料有限公司'])],
                          ['存货编码', '存货名称', '规格型号', '主计量', '数量', '原币含税单价', '原币价税合计'],
                          [[s, n, g, u, q, D(p), D(p) * q] for s, n, g, u, q, p in rows], {5: '0.000', 6: '#,##0.00'},
                          [(0, ['合计', '', '', '', '', '', written]),
                           (2, ['到货地址', '云南省红河州蒙自市 新安所镇 石榴产业园 甜榴果业 冷库']),
                           (3, ['联系人', '普文华', '18787304466'])])
    data = corpus_docs.xlsx_bytes([sh], creator='yonyou', app_title='用友U8')
    body = '恒达包装：用友U8的采购订单，附件。\n\n蒙自甜榴果业 李春燕 0873-3721516\n'
    eml = with_attachments(H('李春燕', 'lichunyan@tianliu-fruit.com', 'gbk', '采购订单MZ-CG-0304',
                             dh(2027, 3, 4, 10, 10, 10), '2f3e4d5c.6b7a.18e0f1a2b3c.Coremail.lichunyan@tianliu-fruit.com',
                             'X-Mailer: Coremail Webmail Server Version XT5.0.13'), body, 'gbk', 'base64',
                           [attachment(XLSX, data, '采购订单MZ-CG-0304.xlsx', name_style='gbk')],
                           '----=_Part_7788990_2233445566.1772590210000')
    return eml, T('xlsx', 'gbk',
                  'A Mengzi pomegranate grower\'s 用友 U8 采购订单 .xlsx: 存货名称 and 规格型号 apart (keyed joined), '
                  'film in 卷, a 3-decimal 原币含税单价, and a typed 合计 76,200.00 (digits transposed) that is not the sum of the line '
                  'amounts (%s). The clerk keys what is written and HOLDS the order until the buyer confirms.' % amt(real),
                  [order('MZ-CG-0304', '蒙自甜榴果业有限公司',
                         ('普文华', '18787304466', '云南省红河州蒙自市 新安所镇 石榴产业园 甜榴果业 冷库'),
                         '2027-03-04', None, m2(written), lines)])


# ============================================================ xls attachments
@mail
def h394_xls_inspur_xining_seabuckthorn_bottles():
    rows = [('SJ-01', '沙棘汁玻璃瓶', '248ml 螺口', '个', 120000, '0.62'),
            ('SJ-02', '瓶盖', '38mm 马口铁', '个', 120000, '0.085'),
            ('SJ-03', '提盒', '10瓶装 瓦楞彩印', '个', 12000, '3.40')]
    lines = spec(rows)
    total = m2(subtotal(lines))
    check(lines, total)
    sh, nxt = sheet_order('Sheet1', [(1, ['青海高原沙棘饮品有限公司 采购订单']), (2, ['订单号：', 'GY-PO-2703-05', '', '', '日期：', '2027年3月5日']),
                                     (3, ['供应商：', '杭州恒达包装材料有限公司'])],
                          ['物料编号', '物料名称', '规格', '单位', '数量', '单价(元)', '金额(元)'],
                          [[s, n, g, u, q, D(p), D(p) * q] for s, n, g, u, q, p in rows], {5: '0.000', 6: '#,##0.00'},
                          [(0, ['合计', '', '', '', '', '', D(total)]),
                           (2, ['送货地址：青海省西宁市 湟中区 甘河工业园 沙棘路 3 号 高原沙棘 原料库']),
                           (3, ['收货人：马秀英 0971-2237045 / 13519733628'])])
    data = corpus_docs.xls_bytes([sh])
    body = '恒达：浪潮GS里导出的订单，见附件。瓶子要求3月20日前到。\n\n青海高原沙棘饮品有限公司 供应部 李德明\n'
    eml = with_attachments(H('李德明', 'lideming@gaoyuan-shaji.com', 'gbk', 'GY-PO-2703-05 采购订单',
                             dh(2027, 3, 5, 9, 40, 0), '003a01db8d11$2b3c4d5e$6f7a8b9c$@gaoyuan-shaji.com',
                             'X-Mailer: Microsoft Outlook 16.0'), body, 'gbk', 'base64',
                           [attachment(XLS, data, 'GY-PO-2703-05.xls')], '----=_NextPart_000_003B_01DB8D11.2B3C4D5E')
    return eml, T('xls', 'gbk',
                  'A Xining sea-buckthorn juice maker\'s 浪潮 GS export as .xls: labels with full-width colons in '
                  'their own cells, the date as "2027年3月5日" text, 物料名称 and 规格 apart (keyed joined), a 3-decimal '
                  'price, two phones for the receiver in one cell (keyed the first). Adds up.',
                  [order('GY-PO-2703-05', '青海高原沙棘饮品有限公司',
                         ('马秀英', '0971-2237045', '青海省西宁市 湟中区 甘河工业园 沙棘路 3 号 高原沙棘 原料库'),
                         '2027-03-05', 'CNY', total, lines)])


@mail
def h395_xls_co_bocadillo_spanish_usd_discount():
    rows = [('Caja bocadillo', 'x 18 unidades', 'Und', 25000, '0.32'),
            ('Hoja de bijao impresa', '12 x 20 cm', 'Und', 450000, '0.012'),
            ('Caja corrugada', '24 cajas', 'Und', 1050, '1.15')]
    lines = [L(None, '%s %s' % (n, g), q, p) for n, g, u, q, p in rows]
    sub = subtotal(lines)
    disc = -(sub * D('0.03')).quantize(D('0.01'))
    total = m2(sub + disc)
    check(lines, total, disc)
    sh, nxt = sheet_order('OC', [(1, ['Dulces de Vélez S.A.S.', '', '', 'NIT 890.204.117-3']), (2, ['ORDEN DE COMPRA No.', 'OC-1187']),
                                 (3, ['Fecha', '06/03/2027']), (4, ['Proveedor', 'Hangzhou Hengda Packaging Materials Co., Ltd.'])],
                          ['Descripción', 'Presentación', 'Unidad', 'Cantidad', 'Valor unitario USD', 'Valor total USD'],
                          [[n, g, u, q, D(p), D(p) * q] for n, g, u, q, p in rows], {4: '0.000', 5: '#,##0.00'},
                          [(0, ['', '', '', '', 'Subtotal', sub]), (1, ['', '', '', '', 'Descuento 3%', disc]),
                           (2, ['', '', '', '', 'TOTAL', D(total)]),
                           (4, ['Despachar a: Dulces de Vélez S.A.S., Km 2 Vía Vélez-Barbosa, Vélez, Santander, Colombia']),
                           (5, ['Recibe: Luz Marina Rojas  Cel. 315 447 2091'])])
    data = corpus_docs.xls_bytes([sh])
    body = 'Buenas tardes,\n\nAdjunto orden de compra OC-1187. Favor confirmar fecha de despacho.\n\nAtentamente,\nCarlos Pinzón\nJefe de Compras\nTel. (607) 756 3310\n'
    eml = with_attachments(H('Carlos Pinzón', 'compras@dulcesdevelez.com.co', 'utf-8', 'OC-1187 Dulces de Vélez',
                             dh(2027, 3, 6, 15, 5, 41, -300), 'CAPz1Qw2Er3Ty4Ui5Op6As7Df8Gh9@mail.gmail.com',
                             'X-Mailer: Gmail'), body, 'utf-8', 'quoted-printable',
                           [attachment(XLS, data, 'OC-1187.xls')], '0000000000009a8b7c6d5e4f3a2b')
    return eml, T('xls', 'utf-8',
                  'A Vélez guava-sweet maker in Spanish (.xls): a NIT tax number beside the name (not an order '
                  'number), "ORDEN DE COMPRA No." OC-1187, a dd/mm/yyyy date, Descripción and Presentación apart '
                  '(keyed joined), a 3-decimal price, Subtotal, Descuento 3% and TOTAL (keyed). Adds up with the '
                  'discount.',
                  [order('OC-1187', 'Dulces de Vélez S.A.S.',
                         ('Luz Marina Rojas', '315 447 2091', 'Dulces de Vélez S.A.S., Km 2 Vía Vélez-Barbosa, Vélez, Santander, Colombia'),
                         '2027-03-06', 'USD', total, lines)])


@mail
def h396_xls_ir_pistachio_ship_to_bandar_abbas():
    rows = [('PS-BAG10', 'Woven PP bag', '10 kg, laminated, printed', 'pcs', 60000, '0.21'),
            ('PS-POUCH', 'Kraft pouch', '500 g, zip, window', 'pcs', 150000, '0.075'),
            ('PS-CTN', 'Carton', '20 pouches, 5-ply', 'pcs', 7500, '0.95')]
    lines = spec(rows)
    total = m2(subtotal(lines))
    check(lines, total)
    sh, nxt = sheet_order('PO', [(1, ['KERMAN GOLDEN PISTACHIO CO.']), (2, ['Rafsanjan Road km 8, Kerman, Iran  Tel +98 34 3211 8870']),
                                 (4, ['P.O. No.', 'KGP-1405-112', '', 'Date', '07-Mar-2027'])],
                          ['Code', 'Item', 'Spec.', 'Unit', 'Q\'ty', 'U/Price (USD)', 'Amount (USD)'],
                          [[s, n, g, u, q, D(p), D(p) * q] for s, n, g, u, q, p in rows], {5: '0.000', 6: '#,##0.00'},
                          [(0, ['', '', '', '', '', 'TOTAL', D(total)]),
                           (2, ['Consignee / Ship to: Golden Pistachio Warehouse, Shahid Rajaee Port, Bandar Abbas, Iran']),
                           (3, ['Contact: Mr. Reza Karimi +98 76 3251 4412, mobile +98 917 361 2208'])])
    data = corpus_docs.xls_bytes([sh])
    body = 'Dear Hengda,\n\nPlease find our PO attached. Shipment to Bandar Abbas.\n\nBest regards\nMaryam Ahmadi\nKerman Golden Pistachio Co.\n'
    eml = with_attachments(H('Maryam Ahmadi', 'purchase@kermangoldenpistachio.ir', 'utf-8', 'P.O. KGP-1405-112',
                             dh(2027, 3, 7, 11, 20, 30, 210), '1409a8b7c6d5.e4f3@kermangoldenpistachio.ir',
                             'User-Agent: Roundcube Webmail/1.6.9'), body, 'utf-8', '7bit',
                           [attachment(XLS, data, 'PO KGP-1405-112.xls')], '=_a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6')
    return eml, T('xls', 'utf-8',
                  'A Kerman pistachio packer\'s .xls (Roundcube): letterhead rows, a Persian-calendar-style PO number '
                  '(1405) that is only a number, date "07-Mar-2027", Item and Spec. apart (keyed joined), a consignee '
                  'at the port, not the buyer\'s own address, with two phones (keyed the first). Adds up.',
                  [order('KGP-1405-112', 'KERMAN GOLDEN PISTACHIO CO.',
                         ('Mr. Reza Karimi', '+98 76 3251 4412', 'Golden Pistachio Warehouse, Shahid Rajaee Port, Bandar Abbas, Iran'),
                         '2027-03-07', 'USD', total, lines)])


# ============================================================ PDF attachments
@mail
def h397_pdf_odoo_tz_cloves_spec_column():
    rows = [('[CLV-JUTE] Jute bag', '50 kg, food grade', 4000, '1.32'),
            ('[CLV-TIN] Spice tin', '100 g, screw lid', 30000, '0.41'),
            ('[CLV-LBL] Label', '60x90 mm, waterproof', 30000, '0.018')]
    # "[CODE] name": the code in brackets is the item's code, as fresh/h73
    # and fresh7/h317 key Odoo's references
    lines = [L(n[1:n.index(']')], '%s %s' % (n[n.index(']') + 2:], g), q, p) for n, g, q, p in rows]
    total = m2(subtotal(lines))
    check(lines, total)
    table = [['Description', 'Specification', 'Qty', 'Unit Price', 'Taxes', 'Amount']]
    table += [[n, g, '{:,}.00 Units'.format(q), p, '', '$ {:,.2f}'.format(D(p) * q)] for n, g, q, p in rows]
    head = [(45, 'Zanzibar Spice Growers Ltd', 12), (45, 'Malindi Road, Stone Town, Zanzibar, Tanzania', 8),
            (360, 'Shipping address:', 8), (360, 'ZSG Warehouse, Mtoni, Zanzibar', 8),
            (45, 'Purchase Order #P00057', 14), (45, 'Order Deadline: 03/08/2027', 9)]
    tail = [('r', 'Untaxed Amount  $ {:,.2f}'.format(D(total)), 9), ('r', 'Taxes  $ 0.00', 9),
            ('r', 'Total  $ {:,.2f}'.format(D(total)), 10), (45, 'Contact: Salma Juma, +255 24 223 1190', 8)]
    data = grid_pdf(head, table, [160, 120, 80, 60, 40, 70], tail, 'Purchase Order - P00057', 'Zanzibar Spice Growers Ltd',
                    'hei', align=['l', 'l', 'r', 'r', 'l', 'r'])
    body = 'Dear Hengda,\n\nHere is our purchase order P00057 amounting to $ {:,.2f}.\n\nBest regards,\nHamza Ali\n'.format(D(total))
    eml = pdf_mail(H('Hamza Ali', 'hamza@zanzibarspice.co.tz', 'utf-8', 'Zanzibar Spice Growers Ltd Order (Ref P00057)',
                     dh(2027, 3, 8, 10, 0, 0, 180), '1772953200.123456789.987654321-openerp-57-purchase.order@zsg-odoo',
                     'X-Odoo-Objects: purchase.order-57'), body, 'utf-8', 'quoted-printable', data, 'PO - P00057.pdf',
                   '===============7364512089345612781==')
    return eml, T('pdf', 'utf-8',
                  'A Zanzibar clove grower\'s Odoo purchase order PDF: "Purchase Order #P00057", "Order Deadline" '
                  '03/08/2027 (a deadline, not the order date; no order date is printed), bracketed internal references '
                  'inside the description (keyed as the SKU), a Specification column (keyed joined), "4,000.00 Units", '
                  'an empty Taxes column, a 3-decimal price; the shipping address top right, the contact below. '
                  'Adds up.',
                  [order('P00057', 'Zanzibar Spice Growers Ltd',
                         ('Salma Juma', '+255 24 223 1190', 'ZSG Warehouse, Mtoni, Zanzibar'),
                         None, 'USD', total, lines)])


@mail
def h398_pdf_gr_loukoumi_deposit_eur_greek():
    rows = [('Κουτί λουκουμιού', '500 g, μεταλλικό', 6000, '1.95'),
            ('Χάρτινη σακούλα', 'μεσαία, λαβή κορδόνι', 6000, '0.42'),
            ('Χαρτοκιβώτιο', '12 κουτιά', 500, '1.30')]
    lines = [L(None, '%s %s' % (n, g), q, p) for n, g, q, p in rows]
    total = m2(subtotal(lines))
    check(lines, total)
    dep = D('4000.00')
    table = [['Περιγραφή', 'Διάσταση', 'Ποσότητα', 'Τιμή €', 'Αξία €']]
    table += [[n, g, '{:,}'.format(q).replace(',', '.'), eu(p), eu(D(p) * q)] for n, g, q, p in rows]
    head = [('c', 'ΛΟΥΚΟΥΜΙΑ ΣΥΡΟΥ ΒΑΡΔΑΚΗ Α.Ε.', 13), ('c', 'Χίου 14, Ερμούπολη, 84100 Σύρος, Ελλάδα · Τηλ. 22810 82 414', 8),
            ('c', 'ΠΑΡΑΓΓΕΛΙΑ ΑΓΟΡΑΣ', 13), (45, 'Αρ. παραγγελίας: ΠΑ-27/041', 9), (45, 'Ημερομηνία: 09/03/2027', 9)]
    tail = [(45, 'Σύνολο: € %s' % eu(total), 10), (45, 'Προκαταβολή: € %s   Υπόλοιπο: € %s' % (eu(dep), eu(D(total) - dep)), 9),
            (45, 'Παράδοση: Βαρδάκης Α.Ε., Βιομ. Περιοχή Ερμούπολης, 84100 Σύρος', 9), (45, 'Υπεύθυνος: Νίκος Βαρδάκης 6944 218 305', 9)]
    data = grid_pdf(head, table, [150, 130, 70, 60, 80], tail, 'ΠΑ-27/041', 'Microsoft Word', 'hei',
                    align=['l', 'l', 'r', 'r', 'r'])
    body = 'Καλησπέρα σας,\n\nΣας στέλνουμε την παραγγελία ΠΑ-27/041. Η προκαταβολή έχει σταλεί.\n\nΜε εκτίμηση,\nΕλένη Παππά\n'
    eml = pdf_mail(H('Ελένη Παππά', 'info@loukoumia-vardaki.gr', 'iso-8859-7', 'Παραγγελία ΠΑ-27/041',
                     dh(2027, 3, 9, 13, 12, 0, 120), '000601db9012$aa11bb22$cc33dd44$@loukoumia-vardaki.gr',
                     'X-Mailer: Microsoft Outlook 16.0'), body, 'iso-8859-7', 'quoted-printable', data, 'PA-27-041.pdf',
                   '----=_NextPart_000_0007_01DB9012.AA11BB22')
    return eml, T('pdf', 'iso-8859-7',
                  'A Syros loukoumi maker in Greek (Outlook, ISO-8859-7 QP body, Word PDF): a Greek order number '
                  '"ΠΑ-27/041", Περιγραφή and Διάσταση apart (keyed joined), decimal commas and dot thousands, Σύνολο '
                  '(keyed) then a fixed Προκαταβολή (deposit) and Υπόλοιπο (balance) that are not the total. Adds up.',
                  [order('ΠΑ-27/041', 'ΛΟΥΚΟΥΜΙΑ ΣΥΡΟΥ ΒΑΡΔΑΚΗ Α.Ε.',
                         ('Νίκος Βαρδάκης', '6944 218 305', 'Βαρδάκης Α.Ε., Βιομ. Περιοχή Ερμούπολης, 84100 Σύρος'),
                         '2027-03-09', 'EUR', total, lines)])


@mail
def h399_pdf_bozhou_herbs_retyped_form_per_hundred_daxie():
    rows = [('中药饮片袋', '500g 复合 印刷', '个', 100000, '28.00'),
            ('自封袋', '100g 铝箔', '个', 200000, '12.50'),
            ('标签', '40×60 不干胶', '张', 300000, '1.80')]
    lines = [L(None, '%s %s' % (n, g), q, str(D(p) / 100), D(p) * q / 100) for n, g, u, q, p in rows]
    total = m2(subtotal(lines))
    check(lines, total)
    table = [['品名', '规格', '单位', '数量', '单价（元/百）', '金额（元）']]
    table += [[n, g, u, '{:,}'.format(q), p, amt(D(p) * q / 100)] for n, g, u, q, p in rows]
    table += [['合计', '', '', '', '', amt(D(total))]]
    head = [('c', '亳州华佗药业有限公司', 14), ('c', '订 货 单', 14), (45, '编号：HT-DH-027-0310', 9),
            (45, '日期：2027.03.10', 9), (45, '供货方：杭州恒达包装材料有限公司', 9)]
    tail = [(45, '金额大写：%s' % daxie(total), 9), (45, '交货地点：安徽省亳州市谯城区 中药材专业市场 南区 华佗药业 三号库', 9),
            (45, '联系人：张德宝 0558-5519307 / 13956706621', 9), (45, '（原单为手写，据照片录入）', 8)]
    data = grid_pdf(head, table, [110, 110, 40, 70, 80, 90], tail, '订货单', 'WPS', 'song', align=['l', 'l', 'c', 'r', 'r', 'r'])
    body = '恒达：订货单原件是手写的，照片看不清，我照着打成了PDF，以PDF为准。\n\n华佗药业 刘小红 0558-5519300\n'
    eml = pdf_mail(H('刘小红', 'liuxiaohong@huatuo-yaoye.com', 'gb18030', '订货单（据手写单录入）',
                     dh(2027, 3, 10, 17, 2, 55), '6e5d4c3b.2a19.18e2b3c4d5e.Coremail.liuxiaohong@huatuo-yaoye.com',
                     'X-Mailer: Coremail Webmail Server Version XT5.0.13'), body, 'gb18030', 'base64', data, '订货单.pdf',
                   '----=_Part_4433221_998877665.1773133375000', 'gb18030')
    return eml, T('pdf', 'gb18030',
                  'A Bozhou herbal-medicine company retyped a hand-written 订货单 from a phone photo into a PDF: the date '
                  '"2027.03.10", 品名 and 规格 apart (keyed joined), every price per hundred "单价（元/百）" (28.00 per '
                  'hundred keyed 0.28), 合计 and 大写, two phones for the contact (keyed the first). Adds up.',
                  [order('HT-DH-027-0310', '亳州华佗药业有限公司',
                         ('张德宝', '0558-5519307', '安徽省亳州市谯城区 中药材专业市场 南区 华佗药业 三号库'),
                         '2027-03-10', 'CNY', total, lines)])


@mail
def h400_pdf_et_teff_lpo_usd_words_birr_note():
    rows = [('Flour bag', '5 kg, kraft 3-ply, printed', 80000, '0.29'),
            ('Flour bag', '25 kg, woven PP, laminated', 20000, '0.46'),
            ('Sewing thread', 'polyester, 1 kg cone', 200, '3.80')]
    lines = [L(None, '%s %s' % (n, g), q, p) for n, g, q, p in rows]
    total = m2(subtotal(lines))
    check(lines, total)
    table = [['Item', 'Description', 'Size', 'Qty', 'Unit Price USD', 'Total USD']]
    table += [[str(i + 1), n, g, '{:,}'.format(q), p, '{:,.2f}'.format(D(p) * q)] for i, (n, g, q, p) in enumerate(rows)]
    table += [['', 'GRAND TOTAL', '', '', '', '{:,.2f}'.format(D(total))]]
    head = [(45, 'ABYSSINIA TEFF MILLS PLC', 13), (45, 'Bole Sub-City, Woreda 03, Addis Ababa, Ethiopia  Tel +251 11 661 2840', 8),
            (45, 'LOCAL PURCHASE ORDER  LPO No. ATM/LPO/0391', 12), (45, 'Date: 11 March 2027', 9)]
    tail = [(45, 'Amount in words: Thirty-Three Thousand One Hundred Sixty US Dollars only', 9),
            (45, 'Payment by L/C; Birr equivalent for customs only.', 8),
            (45, 'Deliver to: ATM Plant, Sebeta Industrial Zone, Oromia, Ethiopia - Ato Dawit Bekele +251 911 23 4578', 8)]
    assert total == '33160.00', total
    data = grid_pdf(head, table, [30, 110, 150, 60, 70, 80], tail, 'LPO ATM/LPO/0391', 'ATM', 'hei',
                    align=['c', 'l', 'l', 'r', 'r', 'r'])
    body = 'Dear Sir,\n\nAttached our LPO. Please send proforma for L/C opening.\n\nRegards,\nSelamawit Tesfaye\nProcurement, Abyssinia Teff Mills PLC\n'
    eml = pdf_mail(H('Selamawit Tesfaye', 'procurement@abyssiniateff.et', 'utf-8', 'LPO ATM/LPO/0391',
                     dh(2027, 3, 11, 9, 33, 1, 180), 'CAEtf1Gh2Ij3Kl4Mn5Op6Qr7@mail.gmail.com', 'X-Mailer: Gmail'),
                   body, 'utf-8', '7bit', data, 'LPO_0391.pdf', '000000000000ff00ee11dd22cc33')
    return eml, T('pdf', 'utf-8',
                  'An Addis Ababa teff mill\'s LPO PDF: two lines with the same name told apart only by Size (keyed '
                  'joined), GRAND TOTAL inside the table, the total also in words, a Birr remark that is no currency; '
                  'the delivery line holds plant, person and phone together. Adds up.',
                  [order('ATM/LPO/0391', 'Abyssinia Teff Mills PLC',
                         ('Ato Dawit Bekele', '+251 911 23 4578', 'ATM Plant, Sebeta Industrial Zone, Oromia, Ethiopia'),
                         '2027-03-11', 'USD', total, lines)])


@mail
def h401_pdf_br_pao_de_queijo_decimal_comma_frete():
    rows = [('Embalagem', '1 kg, PE coextrusado, impresso', 'un', 150000, '0,155', '0.155'),
            ('Embalagem', '400 g, PE coextrusado, impresso', 'un', 200000, '0,092', '0.092'),
            ('Caixa de papelão', '12 kg, onda BC', 'un', 12500, '0,78', '0.78')]
    lines = [L(None, '%s %s' % (n, g), q, pp) for n, g, u, q, p, pp in rows]
    sub = subtotal(lines)
    fr = D('1250.00')
    total = m2(sub + fr)
    check(lines, total, fr)
    table = [['Produto', 'Especificação', 'Un.', 'Qtde', 'Preço US$', 'Total US$']]
    table += [[n, g, u, '{:,}'.format(q).replace(',', '.'), p, eu(D(pp) * q)] for n, g, u, q, p, pp in rows]
    head = [(45, 'Forno de Minas Alimentos Ltda.', 12), (45, 'Rod. MG-050 km 58, Contagem - MG, Brasil · (31) 3399-2100', 8),
            (45, 'PEDIDO DE COMPRA Nº 000.457', 12), (45, 'Emissão: 12/03/2027', 9)]
    tail = [('r', 'Subtotal US$ %s' % eu(sub), 9), ('r', 'Frete (FOB Ningbo → Santos) US$ %s' % eu(fr), 9),
            ('r', 'Total do pedido US$ %s' % eu(total), 10),
            (45, 'Entrega: Forno de Minas - CD Contagem, Av. das Indústrias 1200, Contagem - MG, 32210-130', 8),
            (45, 'Recebimento: Sr. Paulo Henrique (31) 99871-4520', 8)]
    data = grid_pdf(head, table, [90, 170, 30, 70, 60, 80], tail, 'Pedido 000.457', 'TOTVS', 'hei',
                    align=['l', 'l', 'c', 'r', 'r', 'r'])
    body = 'Prezados,\n\nSegue pedido de compra nº 000.457 em anexo.\n\nAtt.\nJuliana Costa\nSuprimentos | Forno de Minas\n(31) 3399-2154\n'
    eml = pdf_mail(H('Juliana Costa', 'suprimentos@fornodeminas.com.br', 'iso-8859-1', 'Pedido de compra nº 000.457',
                     dh(2027, 3, 12, 14, 8, 22, -180), 'CP5PR80MB2211A3B4C5D6E7F8@CP5PR80MB2211.lamprd80.prod.outlook.com',
                     'X-MS-Has-Attach: yes'), body, 'iso-8859-1', 'quoted-printable', data, 'Pedido_000457.pdf',
                   '_002_CP5PR80MB2211A3B4C5D6E7F8CP5PR80MB2211lamp_')
    return eml, T('pdf', 'iso-8859-1',
                  'A Minas Gerais cheese-bread maker\'s order PDF in Portuguese: "Nº 000.457" (keyed as printed), '
                  'Emissão dd/mm/yyyy, two lines with the same Produto told apart by Especificação (keyed joined), '
                  '3-decimal prices with decimal commas, Subtotal, a Frete line and Total do pedido (keyed, with the '
                  'freight). Adds up with the freight.',
                  [order('000.457', 'Forno de Minas Alimentos Ltda.',
                         ('Sr. Paulo Henrique', '(31) 99871-4520', 'Forno de Minas - CD Contagem, Av. das Indústrias 1200, Contagem - MG, 32210-130'),
                         '2027-03-12', 'USD', total, lines)])


# ============================================================ not orders
@mail
def h402_non_it_pasta_rfq_target_prices():
    body = """Buongiorno / Good morning,

we are Pastificio Montegrano (Gragnano, Napoli). We are evaluating new suppliers for 2027 and kindly ask your best
offer for the following, CIF Napoli:

- Pasta bag 500 g, BOPP/CPP window, 6 colours: 1,200,000 pcs/year, target price EUR 0.038
- Pasta bag 1 kg, kraft/PLA compostable: 300,000 pcs/year, target price EUR 0.11
- Shipper carton 24 x 500 g, 3-ply: 50,000 pcs/year

Please quote MOQ, lead time and samples. This is a request for quotation, not an order; we will issue a PO
after sample approval.

Cordiali saluti,
Giulia Esposito
Ufficio Acquisti - Pastificio Montegrano S.r.l.
Via Roma 112, 80054 Gragnano (NA), Italia - Tel. +39 081 873 2290
"""
    eml = single(H('Giulia Esposito', 'acquisti@pastificiomontegrano.it', 'utf-8', 'RFQ 2027 - pasta packaging / richiesta di offerta',
                   dh(2027, 3, 13, 10, 21, 0, 60), 'b2c3d4e5-f6a7-4b8c-9d0e-1f2a3b4c5d6e@pastificiomontegrano.it',
                   'User-Agent: Mozilla Thunderbird'), body, 'utf-8', 'quoted-printable')
    return eml, T('none', 'utf-8',
                  'NOT an order: a Gragnano pasta maker asks for a quotation (annual quantities, target prices, '
                  'MOQ and samples) and says a PO will follow after sample approval. Goes to sales; nothing is keyed.', [])


@mail
def h403_non_harbin_receiving_note_shortage():
    body = """恒达 钱经理：

QL-HC-0208 的货今天到了，收货单如下，真空袋少了一件，麻烦查一下：

【秋林红肠 收货单】RK-20270305-02
供应商：杭州恒达包装材料有限公司   采购单：QL-HC-0208
品名        规格              订购数量   实收数量   差异
真空袋      红肠 20×30 尼龙    200,000    195,000    -5,000（少1件）
礼盒        红肠 四根装 手提    6,000      6,000      0
纸箱        五层 40×30×25       3,000      3,000      0
收货人：王建  2027-03-05

少的一件请补发，不用另外开单。

孙涛 13804512289
"""
    eml = single(H('孙涛', 'suntao@qiulin-food.cn', 'utf-8', '收货单 RK-20270305-02 真空袋短少一件',
                   dh(2027, 3, 5, 15, 44, 9), 'wecom.5b6c7d8e9f0a@qiulin-food.cn', 'X-Mailer: WeCom Mail 4.1'),
                 body, 'utf-8', 'base64')
    return eml, T('none', 'utf-8',
                  'NOT an order: the Harbin sausage maker of h369 sends its receiving note (收货单) for QL-HC-0208 with '
                  'ordered and received quantities and a shortage of one case, and asks for it to be sent "不用另外开单". '
                  'Goes to logistics; nothing is keyed.', [])


@mail
def h404_non_paper_mill_price_rise_notice_gbk():
    body = """致各合作客户：

因原纸及能源成本持续上涨，经公司研究决定，自2027年4月1日起，我司瓦楞原纸及箱板纸出厂价格调整如下：

品种        规格        原价（元/吨）   新价（元/吨）
高强瓦楞纸  120g        3,150          3,350
牛卡纸      170g        3,900          4,150
白面牛卡    250g        4,600          4,850

3月31日前已签合同按原价执行。感谢理解与支持！

浙江富阳江南纸业有限公司 销售部
2027年3月14日
电话：0571-63321188
"""
    eml = single(H('江南纸业销售部', 'sales@jiangnan-paper.com', 'gbk', '【调价通知】关于瓦楞原纸及箱板纸价格调整的通知',
                   dh(2027, 3, 14, 8, 30, 0), '20270314083000.1234@jiangnan-paper.com', 'X-Mailer: Foxmail 7.2.25.331[cn]',
                   to='undisclosed-recipients:;'), body, 'gbk', 'base64')
    return eml, T('none', 'gbk',
                  'NOT an order: a Fuyang paper mill (our own supplier) sends a price-rise notice to all its customers '
                  'with a table of paper grades and old and new prices per tonne. Goes to purchasing; nothing is keyed.', [])


@mail
def h405_non_pl_remittance_advice_html():
    tab = [['Nr faktury / Invoice', 'Data', 'Kwota / Amount', 'Waluta'],
           ['HD-INV-2701-118', '2027-01-20', '12 480,00', 'USD'],
           ['HD-INV-2702-031', '2027-02-09', '7 915,50', 'USD'],
           [('Razem / Total', 'colspan="2"'), '20 395,50', 'USD']]
    html = ('<p>Dzień dobry / Good day,</p><p>Please find below our payment advice. The amount has been transferred '
            'today from mBank S.A.</p><table border="1">' + cells_html(tab) + '</table><p>Payment ref: PLT/PAY/2027/0315</p>'
            '<p>Pozdrawiam,<br>Katarzyna Nowak<br>Księgowość, Polska Świeca Sp. z o.o.<br>ul. Przemysłowa 7, 62-080 '
            'Tarnowo Podgórne<br>+48 61 814 2030</p>')
    eml = message(H('Katarzyna Nowak', 'ksiegowosc@polskaswieca.pl', 'utf-8', 'Awizo płatności / Remittance advice PLT/PAY/2027/0315',
                    dh(2027, 3, 15, 12, 5, 0, 60), 'DB9PR02MB7712A1B2C3D4E5F6@DB9PR02MB7712.eurprd02.prod.outlook.com',
                    'X-MS-Has-Attach: no'), alt(strip(html), html, 'utf-8', '_000_DB9PR02MB7712A1B2C3D4E5F6DB9PR02MB7712eurp_'))
    return eml, T('none', 'utf-8',
                  'NOT an order: a Polish candle maker\'s accounts department sends a remittance advice (HTML table of '
                  'our invoice numbers, dates and amounts paid, a total and a payment reference). Goes to accounts; '
                  'nothing is keyed.', [])


@mail
def h406_non_ph_complaint_credit_note_quoting_po():
    body = """Hi Hengda team,

Re our PO CDM-PO-2701-044 (quoted below): 12,000 of the 50,000 pouches arrived with the wrong barcode (EAN of the
200 g instead of the 100 g). We cannot use them. Please issue a credit note for 12,000 x USD 0.062 = USD 744.00
and let us know how you want to handle the rejected stock. Photos attached separately.

Regards,
Ma. Cristina Dela Cruz
QA Manager, Cebu Dried Mango Corp.
+63 32 345 6721 / +63 917 802 3314

-----Original Message-----
From: Ma. Cristina Dela Cruz
Sent: 08 January 2027 10:14
To: orders@hengda-pack.cn
Subject: PO CDM-PO-2701-044

PO CDM-PO-2701-044
1. Stand-up pouch 100 g, printed  50,000 pcs @ USD 0.062 = 3,100.00
2. Stand-up pouch 200 g, printed  30,000 pcs @ USD 0.085 = 2,550.00
Total USD 5,650.00
"""
    eml = single(H('Ma. Cristina Dela Cruz', 'qa@cebudriedmango.ph', 'utf-8', 'COMPLAINT - wrong barcode on pouches - PO CDM-PO-2701-044 - credit note request',
                   dh(2027, 3, 16, 9, 50, 11), 'SI2PR01MB4455B6C7D8E9F0A1@SI2PR01MB4455.apcprd01.prod.outlook.com',
                   'X-MS-Has-Attach: no'), body, 'utf-8', 'quoted-printable')
    return eml, T('none', 'utf-8',
                  'NOT an order: a Cebu dried-mango maker complains about a wrong barcode on part of an earlier order '
                  'and asks for a credit note, quoting the original PO with its lines and total in an Outlook '
                  '"Original Message" block. Goes to quality and accounts; nothing is keyed.', [])


# ============================================================ main

if __name__ == '__main__':
    run(HERE, MAILS, sys.argv[1:])  # write the mails here
