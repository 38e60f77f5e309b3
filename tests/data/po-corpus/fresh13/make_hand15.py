#!/usr/bin/python3
"""Hand-written purchase-order mails h527–h566 (the fifteenth untuned set).

Written one by one as customers of 杭州恒达包装材料有限公司 send them,
without reading the extractor and without running orderctl or the score
script on them; each function gives the mail and the truth a careful order
clerk would key in (notes say when the clerk holds it). Where a line has
its specification in its own column or field, the title is name + " " +
spec. Helpers come from ../corpus_hand.py; attachments use
../corpus_docs.py:

    /usr/bin/python3 tests/data/po-corpus/fresh13/make_hand15.py [hNNN ...]
"""
import datetime
import os
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))

import corpus_docs  # noqa: E402
from corpus_hand import (D, m2, attachment, single, with_attachments, cells_html, XLSX, check, XLS, order, amt,  # noqa: E402
                         subtotal, dh, daxie, eu, grid_pdf, Sheet, registry, run, L, spec, per, usd,
                         H, T, html_mail, strip, pdf_mail, sheet_order, put_table)

MAILS, mail = registry()


def joined(rows):
    """rows (name, spec, unit, qty, price) without a code: title is name + ' ' + spec."""
    return [L(None, '%s %s' % (n, g), q, p) for n, g, u, q, p in rows]


def dw(s):
    """Display width: CJK and full-width characters take two columns."""
    return sum(2 if unicodedata.east_asian_width(ch) in 'WF' else 1 for ch in str(s))


def boxed(rows, right=(), sep_rows=()):
    """A table drawn with +---+ and | in a fixed-width font; a rule after the
    header and before the rows whose index is in sep_rows."""
    n = len(rows[0])
    w = [max(dw(r[i]) for r in rows) for i in range(n)]
    rule = '+' + '+'.join('-' * (x + 2) for x in w) + '+'
    out = [rule]
    for k, r in enumerate(rows):
        if k in sep_rows:
            out.append(rule)
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


def fi(v):
    """Finnish money: space thousands, decimal comma."""
    return '{:,.2f}'.format(D(v)).replace(',', ' ').replace('.', ',')


def n0(q, sep=','):
    return '{:,}'.format(q).replace(',', sep)


# ============================================================ plain text bodies
@mail
def h527_qiongzhong_green_orange_163_gbk_qp_boxed_per_hundred_ship_to():
    rows = [('绿橙礼盒', '5斤装 手提 彩印', '个', 8000, '4.60', None),
            ('水果网套', '9cm 白色 加厚', '个', 100000, '1.80', 100),
            ('瓦楞外箱', '4盒装 五层', '个', 2000, '5.20', None),
            ('封箱胶带', '48mm×100m 印字', '卷', 200, '6.50', None)]
    lines = [L(None, '%s %s' % (n, g), q, per(p, k) if k else p, D(p) * q / (k or 1)) for n, g, u, q, p, k in rows]
    total = m2(subtotal(lines))
    check(lines, total)
    tab = boxed([('序', '品名', '规格', '数量', '单价', '金额(元)')] +
                [(str(i + 1), n, g, '%s%s' % (n0(q), u), ('%s/百个' % p) if k else p, amt(D(p) * q / (k or 1)))
                 for i, (n, g, u, q, p, k) in enumerate(rows)] +
                [('', '合计', '', '', '', amt(total))], right=(3, 4, 5), sep_rows=(len(rows) + 1,))
    body = """恒达包装 方经理 您好：

今年绿橙10月开摘，包装物提前订，明细如下。

订货编号：QZLC-2708-01
订货日期：2027年8月12日

%s

网套按百个算，和去年一样。

货请发海口的分拣中心，不要发合作社（山里大车进不来）：
海南省海口市琼山区 云龙镇 云龙产业园 绿橙分拣中心 2 号棚
收货人：王亚妹  138 7601 2345

琼中县百花岭绿橙专业合作社
符春花  0898-86221307  手机 139 7690 4412
""" % tab
    eml = single(H('符春花', 'qzlvcheng@163.com', 'gbk', '琼中绿橙 包装物订货 QZLC-2708-01', dh(2027, 8, 12, 9, 18, 40),
                   '6d1f2a3b.4c5d.18fa1b2c3d4.Coremail.qzlvcheng@163.com',
                   'X-Mailer: Coremail Webmail Server Version XT5.0.14 build 20240301(4d6a3e1a)'), body, 'gbk',
                 'quoted-printable')
    return eml, T('body', 'gbk',
                  'A Qiongzhong (Hainan) green-orange co-operative from 163 webmail (GBK QP): a table drawn with +---+ and '
                  '| with a rule before the 合计 row, 品名 and 规格 apart (keyed joined), quantities with the unit in the cell '
                  '(个, 卷), fruit nets priced "1.80/百个" (keyed per piece, 0.018); delivery to a Haikou sorting centre, '
                  'not the co-operative; the receiver\'s phone written with spaces. Adds up.',
                  [order('QZLC-2708-01', '琼中县百花岭绿橙专业合作社',
                         ('王亚妹', '138 7601 2345', '海南省海口市琼山区 云龙镇 云龙产业园 绿橙分拣中心 2 号棚'),
                         '2027-08-12', 'CNY', total, lines)])


@mail
def h528_leishan_miao_sour_soup_dingtalk_forward_sentences_zha():
    lines = [L(None, '玻璃瓶 500ml', 20000, '0.85'),
             L(None, '防盗瓶盖', 20000, '0.12'),
             L(None, '不干胶标签', 200, '9.00'),
             L(None, '外箱 12瓶装', 1700, '3.60')]
    total = m2(subtotal(lines))
    check(lines, total)
    body = """恒达包装的同志你好，

下面是西江镇酸汤合作社的订单，他们不会用邮箱，托我转一下。有问题直接打杨主任电话。

雷山县商务局 电商办 吴晓燕 0855-3332107

---------- 转发的邮件 ----------
发件人：杨光明（钉钉）
发送时间：2027年8月13日 21:06
主题：酸汤包装

恒达包装：
今年红酸汤要多做，包装订这些：
玻璃瓶要500ml的2万个，八毛五一个；
防盗瓶盖2万个，每千个120元；
不干胶标签200扎（一扎100张），9块钱一扎；
外箱12瓶装的1700个，3块6一个。
总共%s元，货到付一半，剩下月底结。

送货：贵州省黔东南州雷山县 西江镇 羊排村 苗家酸汤合作社 加工坊
杨光明 187 0855 1234（白天在加工坊，晚上打不通就发短信）

雷山县西江镇苗家酸汤专业合作社
2027年8月13日
""" % amt(total)
    eml = single(H('吴晓燕', 'wuxy@leishan-ec.cn', 'utf-8', '转发：酸汤包装', dh(2027, 8, 14, 8, 41, 2),
                   'e1d2c3b4-a596-4788-9a0b-1c2d3e4f5a6b.1786666862@dingtalk.com', 'X-Mailer: DingTalk Mail'),
                 body, 'utf-8', 'base64')
    return eml, T('body', 'utf-8',
                  'A Miao village sour-soup co-operative in Leishan (Guizhou): a county e-commerce office forwards it from '
                  'DingTalk mail (the forwarder and her phone are not the buyer); the order in sentences with Chinese '
                  'counts and prices ("2万个", "八毛五", "3块6"), caps "每千个120元" (keyed per piece, 0.12), labels in 扎 of '
                  '100 at 9.00 a 扎 (keyed as written), no order number, the date under the co-operative\'s name, payment '
                  'half on delivery. Adds up.',
                  [order(None, '雷山县西江镇苗家酸汤专业合作社',
                         ('杨光明', '187 0855 1234', '贵州省黔东南州雷山县 西江镇 羊排村 苗家酸汤合作社 加工坊'),
                         '2027-08-13', 'CNY', total, lines)])


@mail
def h529_bayannur_sunflower_seeds_foxmail_gb18030_letterhead_deposit_phones():
    rows = [('瓜子包装袋', '500g 镀铝 自立 拉链', '个', 100000, '0.28'),
            ('瓜子包装袋', '250g 镀铝 自立', '个', 120000, '0.19'),
            ('礼盒', '2斤装 天地盖 烫金', '个', 6000, '6.80'),
            ('外箱', '20袋装 五层', '件', 5000, '3.10')]
    lines = joined(rows)
    total = m2(subtotal(lines))
    check(lines, total)
    dep = (D(total) * D('0.2')).quantize(D('0.01'))
    tab = wcols([('品名', '规格', '单位', '数量', '单价', '金额')] +
                [(n, g, u, n0(q), p, amt(D(p) * q)) for n, g, u, q, p in rows] +
                [('合计', '', '', '', '', amt(total)), ('定金(20%)', '', '', '', '', amt(dep))],
                [12, 22, 6, 10, 8, 12], right=(3, 4, 5))
    body = """巴彦淖尔市河套葵花食品有限公司
内蒙古巴彦淖尔市临河区 新华西街 河套农产品加工园 16 号
电话：0478-8216600  传真：0478-8216601  销售热线：400-0478-166

杭州恒达包装材料有限公司
杭州市萧山区 江东三路 88 号  0571-82876600

订货单号：HT-KZ-270815      日期：2027-08-15

%s

定金已于今天汇出，余款见货付清。

收货：内蒙古巴彦淖尔市临河区 狼山镇 河套葵花 成品二库
联系：高志刚 0478-8216623 / 150 4789 2201 / 微信同号

采购 李秀英 139 4780 6612
""" % tab
    eml = single(H('李秀英', 'lixy@htkuihua.com', 'gb18030', '订货单 HT-KZ-270815（瓜子袋 礼盒 外箱）', dh(2027, 8, 15, 10, 5, 26),
                   '202708151005261106210@htkuihua.com', 'X-Mailer: Foxmail 7.2.25.375[cn]'), body, 'gb18030', 'base64')
    return eml, T('body', 'gb18030',
                  'A Bayannur (Inner Mongolia) sunflower-seed maker from Foxmail (GB18030 base64): its letterhead with '
                  'three numbers, then our name, address and phone (the addressee, not a ship-to), columns aligned with '
                  'spaces by display width, the same bag twice told apart by 规格 (keyed joined), 合计 then a 20 % 定金 row '
                  '(the total is 合计); a receiver at a second site with two numbers (keyed the first). Adds up.',
                  [order('HT-KZ-270815', '巴彦淖尔市河套葵花食品有限公司',
                         ('高志刚', '0478-8216623', '内蒙古巴彦淖尔市临河区 狼山镇 河套葵花 成品二库'),
                         '2027-08-15', 'CNY', total, lines)])


@mail
def h530_yangquan_coal_canteen_mooncake_order_in_quote_126():
    rows = [('月饼礼盒', '8粒装 铁盒 烫金', '套', 5000, '18.50'),
            ('月饼托', '8格 吸塑 金色', '个', 5000, '0.65'),
            ('月饼小袋', '100g 透明 封口', '个', 40000, '0.06'),
            ('手提袋', '白卡 四色', '个', 5000, '1.20')]
    lines = joined(rows)
    total = m2(subtotal(lines))
    check(lines, total)
    q = '\n'.join('> %d. %s  %s  %s%s × %s元 = %s元' % (i + 1, n, g, n0(q), u, p, amt(D(p) * q))
                  for i, (n, g, u, q, p) in enumerate(rows))
    body = """方经理：

确认，就按你整理的下单，订单号用我们的 YQHQ-ZQ-2708。中秋前必须到，9月5日之前。
发票开专票，抬头见合同。

郭建军
阳泉华晋矿业后勤服务有限公司 食品厂
0353-5012266  135 1353 0817

------------------ 原始邮件 ------------------
发件人: "方丽" <fangli@hengda-pack.cn>
发送时间: 2027年8月15日(星期日) 下午4:12
收件人: "郭建军" <guojj_yq@126.com>
主题: 月饼包装 整理

> 郭厂长您好，
>
> 根据今天电话沟通，整理如下，请确认：
>
%s
> 合计：%s元（含税，含运费）
>
> 送货地址：山西省阳泉市矿区 桃北西街 华晋后勤 食品厂 成品库
> 收货人：郭建军 135 1353 0817
>
> 杭州恒达包装材料有限公司 方丽 0571-82876612
""" % (q, amt(total))
    eml = single(H('郭建军', 'guojj_yq@126.com', 'gbk', 'Re:月饼包装 整理', dh(2027, 8, 16, 7, 52, 10),
                   '3b2c1d0e.5a6b.18fa6c7d8e9.Coremail.guojj_yq@126.com',
                   'X-Mailer: Coremail Webmail Server Version XT5.0.14 build 20240301(4d6a3e1a)'), body, 'gbk', 'base64')
    return eml, T('body', 'gbk',
                  'A Yangquan coal group\'s canteen food plant (Shanxi) from 126 webmail: a one-line confirmation above our '
                  'own summary, quoted with ">" — the order is in the quote (lines "name spec qty×price=amount", 合计), the '
                  'order number only in the reply text, a due date 9月5日 (no order date: the quote\'s date is ours); our '
                  'rep\'s signature in the quote is not the buyer. Adds up.',
                  [order('YQHQ-ZQ-2708', '阳泉华晋矿业后勤服务有限公司',
                         ('郭建军', '135 1353 0817', '山西省阳泉市矿区 桃北西街 华晋后勤 食品厂 成品库'),
                         None, 'CNY', total, lines)])


@mail
def h531_anguo_herbs_tplus_pipe_two_row_header_ream_tax():
    rows = [('饮片包装袋', '500g 牛皮纸 印字', '扎(100个)', 600, '28.00'),
            ('包装纸', '60g 白牛皮 787×1092', '令', 50, '210.00'),
            ('封口签', '不干胶 3×5cm 1000张', '卷', 80, '15.00'),
            ('纸箱', '50袋装 五层', '个', 1200, '4.50')]
    lines = joined(rows)
    sub = subtotal(lines)
    tax = (sub * D('0.13')).quantize(D('0.01'))
    total = m2(sub + tax)
    check(lines, total, tax)
    w = [12, 22, 10, 6, 10, 12]
    def prow(r):
        return '|' + '|'.join(' ' + str(v) + ' ' * max(0, w[i] - dw(v)) for i, v in enumerate(r)) + '|'
    head = [prow(('品名', '规格', '单位', '数量', '单价', '金额')), prow(('', '', '', '', '(不含税)', '(不含税)'))]
    sep = '|' + '|'.join('-' * (x + 1) for x in w) + '|'
    tab = '\n'.join(head + [sep] + [prow((n, g, u, str(q), p, amt(D(p) * q))) for n, g, u, q, p in rows])
    body = """杭州恒达：

以下是从畅捷通T+复制出来的采购订单，格式有点乱，见谅。

单据编号：CG-2708-0017    单据日期：2027-08-17    供应商：杭州恒达包装材料有限公司

%s

不含税金额合计：%s
税额（13%%）：%s
价税合计：%s

到货：河北省保定市安国市 药都北路 中药材专业市场 东区 仓库 9 号   李国庆 0312-3521876
安国市祁州药材饮片有限公司 采购部 张海燕 0312-3521800
""" % (tab, amt(sub), amt(tax), amt(total))
    eml = single(H('张海燕', 'zhanghy@qizhou-yp.com', 'gbk', '采购订单 CG-2708-0017', dh(2027, 8, 17, 14, 22, 7),
                   '000a01dbe0c2$3d4e5f60$718293a4$@qizhou-yp.com', 'X-Mailer: Microsoft Outlook 16.0'),
                 body, 'gbk', 'quoted-printable')
    return eml, T('body', 'gbk',
                  'An Anguo (Hebei) herbal-slices maker pastes a 畅捷通 T+ order as a pipe table with a two-row header '
                  '(单价 / 金额 over "(不含税)"), 品名 and 规格 apart (keyed joined), units 扎(100个), 令 and 卷 (keyed as '
                  'written), net prices; then 不含税金额合计, 税额（13%） and 价税合计 (the total keyed). Adds up with the tax.',
                  [order('CG-2708-0017', '安国市祁州药材饮片有限公司',
                         ('李国庆', '0312-3521876', '河北省保定市安国市 药都北路 中药材专业市场 东区 仓库 9 号'),
                         '2027-08-17', 'CNY', total, lines)])


@mail
def h532_pingxiang_border_two_orders_cny_usd_sina():
    la = [L(None, '火龙果礼盒 10斤装 天地盖', 3000, '5.50'), L(None, '水果网套 12cm 红色', 30000, '0.025')]
    ta = m2(subtotal(la))
    lb = [L(None, '火龙果出口纸箱 20公斤 五层', 4000, '1.15'), L(None, '封箱胶带 48mm', 300, '0.90')]
    tb = m2(subtotal(lb))
    body = """方经理好！

两个单一起下，一个是凭祥公司的（人民币），一个是越南谅山那边店的（美元，他们直接付美金）。

【单一】PX-0818-A  凭祥市边贸果业有限公司
火龙果礼盒（10斤装 天地盖） 3000个 × 5.50 = 16,500.00
水果网套（12cm 红色） 30000个 × 0.025 = 750.00
合计 人民币 %s 元
送：广西凭祥市 友谊镇 边贸果品交易市场 3 栋 102  黄海燕 139 7719 5520

【单二】PX-0818-B  Công ty TNHH Trái Cây Xứ Lạng
火龙果出口纸箱（20公斤 五层） 4000个 × USD 1.15 = USD 4,600.00
封箱胶带（48mm） 300卷 × USD 0.90 = USD 270.00
合计 USD %s
送：Chợ Đồng Đăng, thị trấn Đồng Đăng, Cao Lộc, Lạng Sơn, Việt Nam
收货人 Nguyễn Văn Hùng  +84 912 345 678

两个单分开开票、分开发货。8月18日

黄海燕 139 7719 5520
""" % (amt(ta), usd(tb))
    eml = single(H('黄海燕', 'hhy_pingxiang@sina.com', 'utf-8', '两个订单 PX-0818-A / PX-0818-B', dh(2027, 8, 18, 11, 3, 55),
                   '20270818030355.6A7B8C9D@sina.com', 'X-Mailer: Sina WebMail 4.0'), body, 'utf-8', 'base64')
    return eml, T('body', 'utf-8',
                  'A Pingxiang (Guangxi border) fruit trader\'s two orders in one mail: one for the Pingxiang company in '
                  'RMB, one for a Lạng Sơn shop in USD (Vietnamese name and address, UTF-8), each with its number and '
                  'total; lines "name（spec） qty × price = amount" (spec in brackets, keyed joined); the date written '
                  '"8月18日" without a year (the mail is of 2027). Each adds up.',
                  [order('PX-0818-A', '凭祥市边贸果业有限公司',
                         ('黄海燕', '139 7719 5520', '广西凭祥市 友谊镇 边贸果品交易市场 3 栋 102'),
                         '2027-08-18', 'CNY', ta, la),
                   order('PX-0818-B', 'Công ty TNHH Trái Cây Xứ Lạng',
                         ('Nguyễn Văn Hùng', '+84 912 345 678', 'Chợ Đồng Đăng, thị trấn Đồng Đăng, Cao Lộc, Lạng Sơn, Việt Nam'),
                         '2027-08-18', 'USD', tb, lb)])


@mail
def h533_taipo_bakery_big5_qp_discount_phones_hkd():
    rows = [('老婆餅盒', '12個裝 開窗', '個', 5000, '1.80'),
            ('雞仔餅袋', '200g 夾鏈', '個', 8000, '0.55'),
            ('月餅鐵盒', '4個裝 紅色', '個', 2000, '9.50'),
            ('外箱', '40盒 五層', '個', 200, '8.00')]
    lines = joined(rows)
    sub = subtotal(lines)
    disc = (sub * D('0.05')).quantize(D('0.01'))
    total = m2(sub - disc)
    check(lines, total, -disc)
    tab = '\n'.join('%s\t%s\t%s%s\tHK$%s\tHK$%s' % (n, g, n0(q), u, p, amt(D(p) * q)) for n, g, u, q, p in rows)
    body = """恆達包裝 方小姐：

中秋貨，麻煩安排：

訂單編號：TPB-2708-19
日期：2027年8月19日

貨品\t規格\t數量\t單價\t金額
%s
小計 HK$%s
九五折 -HK$%s
總數 HK$%s

送貨地址：新界大埔 汀角路 大埔工業大廈 6樓 B室（貨倉）
聯絡：陳志強 9123 4567（手提）/ 2656 1234（倉）/ 2658 8800（寫字樓）

大埔廣福餅家有限公司
會計及採購 李美玲
""" % (tab, amt(sub), amt(disc), amt(total))
    eml = single(H('李美玲', 'purchase@kwongfukbakery.com.hk', 'big5', '中秋包裝訂單 TPB-2708-19', dh(2027, 8, 19, 15, 37, 0),
                   '001201dbe24f$8a9b0c1d$2e3f4a5b$@kwongfukbakery.com.hk', 'X-Mailer: Microsoft Outlook 16.0'),
                 body, 'big5', 'quoted-printable')
    return eml, T('body', 'big5',
                  'A Tai Po (New Territories) bakery in Big5 QP: a tab table 貨品 / 規格 (keyed joined) / 數量 with the unit '
                  'in the cell / HK$ prices, 小計, a 九五折 discount row and 總數 (the total keyed, after the discount); '
                  'three phones for the receiver (keyed the first). Adds up with the discount.',
                  [order('TPB-2708-19', '大埔廣福餅家有限公司',
                         ('陳志強', '9123 4567', '新界大埔 汀角路 大埔工業大廈 6樓 B室（貨倉）'),
                         '2027-08-19', 'HKD', total, lines)])


@mail
def h534_kinmen_peanut_candy_big5_ipad_per_thousand_xiamen_ship_to():
    rows = [('貢糖禮盒', '12入 紙盒 燙金', '個', 6000, '4.20', None),
            ('貢糖內袋', '單顆 鋁箔 印字', '個', 150000, '38.00', 1000),
            ('手提袋', '牛皮紙 可放2盒', '個', 3000, '1.10', None),
            ('外箱', '24盒 五層', '個', 250, '6.00', None)]
    lines = [L(None, '%s %s' % (n, g), q, per(p, k) if k else p, D(p) * q / (k or 1)) for n, g, u, q, p, k in rows]
    total = m2(subtotal(lines))
    check(lines, total)
    tab = '\n'.join('%d. %s／%s／%s%s／%s／%s' % (i + 1, n, g, n0(q), u, ('每千個 %s' % p) if k else ('%s' % p),
                                                amt(D(p) * q / (k or 1))) for i, (n, g, u, q, p, k) in enumerate(rows))
    body = """恆達您好

今年的貢糖包材如下（品名／規格／數量／單價／金額，人民幣）：

採購單號：KM-GT-1160820
日期：116年8月20日

%s
合計人民幣 %s 元

貨請走小三通，送到廈門碼頭的報關行，他們會轉運金門：
廈門市湖里區 五通客運碼頭 貨運站 金廈通報關行 轉 浯江貢糖
許文雄 0592-5556180 / 0932-118-765

浯江貢糖股份有限公司
金門縣金城鎮 民生路 52 號  082-325678
陳淑惠

從我的 iPad 傳送
""" % (tab, amt(total))
    eml = single(H('陳淑惠', 'wujiang.candy@gmail.com', 'big5', '貢糖包材 採購單 KM-GT-1160820', dh(2027, 8, 20, 21, 14, 48),
                   'CAGw7Jk2Mn4Tz9Pq1Xe3Rb6Vd8Ly0Hs5@mail.gmail.com', None), body, 'big5', 'base64')
    return eml, T('body', 'big5',
                  'A Kinmen peanut-candy (貢糖) maker from Gmail on an iPad (Big5 base64): numbered lines with fields '
                  'split by full-width "／" (name / spec keyed joined / qty with unit / price / amount), inner bags at '
                  '"每千個 38.00" (keyed per piece, 0.038), amounts in RMB, a ROC date 116年8月20日 (2027-08-20) and the '
                  'ROC year in the order number; shipped via the Xiamen–Kinmen mini-link to a customs broker in Xiamen '
                  '(the ship-to, two numbers, keyed the first), the Kinmen letterhead below. Adds up.',
                  [order('KM-GT-1160820', '浯江貢糖股份有限公司',
                         ('許文雄', '0592-5556180', '廈門市湖里區 五通客運碼頭 貨運站 金廈通報關行 轉 浯江貢糖'),
                         '2027-08-20', 'CNY', total, lines)])


@mail
def h535_la_luang_prabang_coffee_thunderbird_linux_per_1000_columns():
    rows = [('CB-250', 'Coffee bag', '250 g, kraft/PE, valve, zip', 20000, '210.00', 1000),
            ('CB-1K', 'Coffee bag', '1 kg, kraft/PE, valve', 5000, '420.00', 1000),
            ('DB-10', 'Drip bag filter', '10 g, non-woven', 100000, '18.00', 1000),
            ('SC-20', 'Shipping carton', '20 x 1 kg bags', 300, '1.60', None)]
    lines = [L(s, '%s %s' % (n, g), q, per(p, k) if k else p, D(p) * q / (k or 1)) for s, n, g, q, p, k in rows]
    total = m2(subtotal(lines))
    check(lines, total)
    tab = wcols([('Code', 'Item', 'Spec', 'Qty', 'Price USD', 'per', 'Amount USD'),
                 ('----', '----', '----', '---', '---------', '---', '----------')] +
                [(s, n, g, n0(q), p, '1000' if k else 'pc', usd(D(p) * q / (k or 1))) for s, n, g, q, p, k in rows],
                [8, 17, 30, 9, 11, 6, 12], right=(3, 4, 6))
    body = """Hello Ms Fang,

Here is our purchase order for the new harvest packaging.

Purchase order : LPQ-27-014
Date           : 21 Aug 2027
Buyer          : Mekong Highland Coffee Co., Ltd.
                 Ban Xiengmuan, Luang Prabang, Lao PDR

%s
                                                             TOTAL USD %s

Delivery by truck via Mohan / Boten to our roastery:
  Mekong Highland Coffee - Roastery, Route 13 North km 7, Ban Na Deua,
  Luang Prabang, Lao PDR
  Contact: Mr. Khamphet Sisouphanh, +856 20 5566 7788

Payment: 30%% T/T with order, 70%% before loading, as agreed.

Best regards,
Souksavanh Phommachanh
Mekong Highland Coffee Co., Ltd.
+856 71 254 310
""" % (tab, usd(total))
    eml = single(H('Souksavanh Phommachanh', 'souksavanh@mekonghighland.la', 'utf-8', 'PO LPQ-27-014 packaging',
                   dh(2027, 8, 21, 9, 12, 33, 420), '7c1e2d3f-4a5b-6c7d-8e9f-0a1b2c3d4e5f@mekonghighland.la',
                   'User-Agent: Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Thunderbird/128.3.0'),
                 body, 'utf-8', '7bit')
    return eml, T('body', 'utf-8',
                  'A Luang Prabang (Laos) coffee roaster from Thunderbird on Linux: label lines with " : ", columns aligned '
                  'by spaces with a dashed underline, Item and Spec apart (keyed joined), a "per" column (1000 or pc): bags '
                  'and drip filters priced per 1000 (keyed per piece, 0.21, 0.42, 0.018), TOTAL USD at the far right; '
                  'delivery by truck to the roastery, not the head office; 30/70 payment is not a total. Adds up.',
                  [order('LPQ-27-014', 'Mekong Highland Coffee Co., Ltd.',
                         ('Mr. Khamphet Sisouphanh', '+856 20 5566 7788',
                          'Mekong Highland Coffee - Roastery, Route 13 North km 7, Ban Na Deua, Luang Prabang, Lao PDR'),
                         '2027-08-21', 'USD', total, lines)])


@mail
def h536_np_pokhara_tea_zoho_sentences_total_off_hold():
    lines = [L(None, 'Tea gift tin 100 g, round, printed', 2000, '0.95'),
             L(None, 'Tea pouch 50 g, foil, zip', 30000, '0.12'),
             L(None, 'Master carton for 40 tins', 500, '1.40')]
    sub = subtotal(lines)
    written = D('6800.00')
    assert sub != written
    body = """Namaste Ms. Fang,

Thank you for the samples, our director liked the round tin. Please take this as our order
AOT/PO/082/2027 dated 22-08-2027:

We need 2,000 pcs of the Tea gift tin 100 g, round, printed, at USD 0.95 each. Along with
these, 30,000 pcs Tea pouch 50 g, foil, zip at USD 0.12 each, and 500 pcs Master carton for
40 tins at USD 1.40 each. So the total comes to USD 6,800.00 CIF Kolkata.

Please ship to our clearing agent in Kolkata (from there by road to Pokhara):
Himal Cargo Agency, 12 Strand Road, Kolkata 700001, India
Attn. Mr. Bikash Thapa, +91 98300 12345

Kindly send the proforma invoice so we can open the LC.

Regards,
Prakash Gurung
Purchase Officer
Annapurna Orthodox Tea Pvt. Ltd.
Lakeside-6, Pokhara, Nepal | +977 61 465 220 | +977 985 602 3344
"""
    eml = single(H('Prakash Gurung', 'prakash.gurung@annapurnatea.com.np', 'utf-8', 'Order AOT/PO/082/2027 - tins and pouches',
                   dh(2027, 8, 22, 13, 40, 5, 345), '1786612205123.88412.prakash.gurung@annapurnatea.com.np',
                   'X-Mailer: Zoho Mail'), body, 'utf-8', 'quoted-printable')
    return eml, T('body', 'utf-8',
                  'A Pokhara (Nepal) tea estate from Zoho Mail: the order in sentences ("We need 2,000 pcs of … at USD 0.95 '
                  'each"), the number and date "22-08-2027" in one sentence, ship to a clearing agent in Kolkata; the '
                  'written total USD 6,800.00 is not the sum of the lines (%s). The clerk keys what is written and '
                  'HOLDS the order.' % usd(sub),
                  [order('AOT/PO/082/2027', 'Annapurna Orthodox Tea Pvt. Ltd.',
                         ('Mr. Bikash Thapa', '+91 98300 12345', 'Himal Cargo Agency, 12 Strand Road, Kolkata 700001, India'),
                         '2027-08-22', 'USD', m2(written), lines)])


@mail
def h537_fi_rovaniemi_lingonberry_iso8859_15_boxed_rolls_euro():
    rows = [('Lasipurkki', '200 ml, kierrekansi', 'kpl', 20000, '0,38'),
            ('Etiketti', '60 x 90 mm, 1000 kpl/rulla', 'rll', 20, '24,00'),
            ('Lahjapakkaus', '2 purkkia, ikkuna', 'kpl', 3000, '1,45'),
            ('Kuljetuslaatikko', '12 purkkia, aaltopahvi', 'kpl', 1700, '0,95')]
    lines = joined([(n, g, u, q, p.replace(',', '.')) for n, g, u, q, p in rows])
    total = m2(subtotal(lines))
    check(lines, total)
    tab = boxed([('Tuote', 'Tarkenne', 'Määrä', 'Yks.', 'à-hinta €', 'Yhteensä €')] +
                [(n, g, n0(q, ' '), u, p, fi(D(p.replace(',', '.')) * q)) for n, g, u, q, p in rows] +
                [('YHTEENSÄ', '', '', '', '', fi(total))], right=(2, 4, 5), sep_rows=(len(rows) + 1,))
    body = """LAPIN MARJA OY
Teollisuustie 8, 96320 Rovaniemi, Finland

OSTOTILAUS / PURCHASE ORDER

Tilausnro:   LM-2708-23
Päiväys:     23.8.2027
Toimittaja:  Hangzhou Hengda Packaging Materials Co., Ltd.

%s

Hinnat euroina, FCA Ningbo. Toimitusosoite: Lapin Marja Oy, Teollisuustie 8,
96320 Rovaniemi. Vastaanottaja Jussi Heikkinen, +358 40 123 4567.

Ystävällisin terveisin / Best regards
Aino Korhonen
Lapin Marja Oy
+358 16 342 1100
""" % tab
    eml = single(H('Aino Korhonen', 'aino.korhonen@lapinmarja.fi', 'iso-8859-15', 'Ostotilaus LM-2708-23 / Purchase order',
                   dh(2027, 8, 23, 8, 30, 12, 180), '5f4e3d2c1b0a@lapinmarja.fi', 'X-Mailer: Telia Webmail 2.4'),
                 body, 'iso-8859-15', 'quoted-printable')
    return eml, T('body', 'iso-8859-15',
                  'A Rovaniemi (Finland) lingonberry-jam maker in Finnish (ISO-8859-15 QP, € sign): the company in capitals '
                  'on top and in normal case in the text and signature (keyed as the signature spells it), a +---+ table '
                  'with Tuote and Tarkenne apart (keyed joined), quantities with a space thousands separator (20 000), '
                  'decimal commas, labels in rolls (rll), a YHTEENSÄ row after a rule; "Päiväys 23.8.2027". Adds up.',
                  [order('LM-2708-23', 'Lapin Marja Oy',
                         ('Jussi Heikkinen', '+358 40 123 4567', 'Lapin Marja Oy, Teollisuustie 8, 96320 Rovaniemi'),
                         '2027-08-23', 'EUR', total, lines)])


@mail
def h538_tr_rize_tea_iso8859_9_iskonto_outlook():
    rows = [('ÇK-500', 'Çay kutusu', '500 g, teneke, baskılı', 10000, '1.10'),
            ('ÇP-1000', 'Çay poşeti', '1 kg, alüminyum, dik duran', 20000, '0.32'),
            ('KK-12', 'Karton koli', '12 kutu, 5 katlı', 850, '1.25')]
    lines = spec([(s, n, g, 'adet', q, p) for s, n, g, q, p in rows])
    sub = subtotal(lines)
    disc = (sub * D('0.02')).quantize(D('0.01'))
    total = m2(sub - disc)
    check(lines, total, -disc)
    tab = wcols([('Kod', 'Ürün', 'Özellik', 'Miktar', 'Birim fiyat', 'Tutar')] +
                [(s, n, g, n0(q, '.') + ' adet', eu(p), eu(D(p) * q)) for s, n, g, q, p in rows],
                [9, 13, 28, 13, 13, 12], right=(3, 4, 5))
    body = """Sayın Hengda yetkilisi,

Yeni sezon için siparişimiz aşağıdadır.

Sipariş No: RZ-2027-0824
Tarih: 24.08.2027
Para birimi: EUR

%s

Ara toplam:            %s EUR
İskonto (%%2):          -%s EUR
Genel toplam:          %s EUR

Teslimat: Karadeniz Çay - Fabrika, Çaykent Mah. Fabrika Cad. No: 4, 53020 Rize, Türkiye
İlgili: Murat Yılmaz, +90 464 217 30 30 / +90 532 411 22 33

Saygılarımla,
Elif Şahin
Satınalma Uzmanı
Karadeniz Çay Sanayi A.Ş.
""" % (tab, eu(sub), eu(disc), eu(total))
    eml = single(H('Elif Şahin', 'elif.sahin@karadenizcay.com.tr', 'iso-8859-9', 'Sipariş RZ-2027-0824 - çay ambalajı',
                   dh(2027, 8, 24, 10, 14, 9, 180), '00d301dbe4a7$5c6d7e8f$9a0b1c2d$@karadenizcay.com.tr',
                   'X-Mailer: Microsoft Outlook 16.0'), body, 'iso-8859-9', 'quoted-printable')
    return eml, T('body', 'iso-8859-9',
                  'A Rize (Turkey) tea packer in Turkish (ISO-8859-9 QP, Outlook): codes with Ç, Ürün and Özellik apart '
                  '(keyed joined), quantities "10.000 adet", prices with decimal commas, Ara toplam, a 2 % İskonto and '
                  'Genel toplam (the total keyed, after the discount), EUR named once above the table; delivery to the '
                  'factory with two phones (keyed the first). Adds up with the discount.',
                  [order('RZ-2027-0824', 'Karadeniz Çay Sanayi A.Ş.',
                         ('Murat Yılmaz', '+90 464 217 30 30', 'Karadeniz Çay - Fabrika, Çaykent Mah. Fabrika Cad. No: 4, 53020 Rize, Türkiye'),
                         '2027-08-24', 'EUR', total, lines)])


@mail
def h539_hr_hvar_lavender_cp1250_bundles_split_warehouse():
    rows = [('Vrećica za lavandu', '10 g, lan, vezica', 'kom', 30000, '0.22'),
            ('Staklena bočica', '10 ml, kapaljka', 'kom', 8000, '0.46'),
            ('Poklon kutija', '3 bočice, uložak', 'kom', 2000, '1.35'),
            ('Rafija vrpca', 'svežanj 50 m, ljubičasta', 'svež.', 100, '3.80')]
    lines = joined(rows)
    total = m2(subtotal(lines))
    check(lines, total)
    tab = wcols([('R.br.', 'Naziv', 'Opis', 'Kol.', 'J.m.', 'Cijena', 'Iznos')] +
                [(str(i + 1) + '.', n, g, n0(q, '.'), u, eu(p), eu(D(p) * q)) for i, (n, g, u, q, p) in enumerate(rows)],
                [6, 20, 26, 8, 7, 8, 11], right=(3, 5, 6))
    body = """Poštovani,

šaljem narudžbu za sezonu 2028.

NARUDŽBENICA br. 27/0825
Datum: 25. 8. 2027.

%s
                                                   Ukupno EUR: %s

Roba se dostavlja u naše skladište u Splitu (ne na Hvar):
Lavanda Hvar d.o.o. - skladište, Put Supavla 21, 21000 Split
Ante Bilić, mob. +385 98 765 432

Lijep pozdrav,
Marija Tomičić
Lavanda Hvar d.o.o.
Velo Grablje bb, 21450 Hvar
tel. +385 21 741 220
""" % (tab, eu(total))
    eml = single(H('Marija Tomičić', 'marija@lavanda-hvar.hr', 'windows-1250', 'Narudžbenica 27/0825',
                   dh(2027, 8, 25, 19, 2, 44, 120), '20270825190244.3F2E1D0C@lavanda-hvar.hr',
                   'User-Agent: Roundcube Webmail/1.6.9'), body, 'windows-1250', 'quoted-printable')
    return eml, T('body', 'windows-1250',
                  'A Hvar (Croatia) lavender maker in Croatian (Windows-1250 QP, Roundcube): a "NARUDŽBENICA br. 27/0825" '
                  'number with a slash, the date "25. 8. 2027.", columns by spaces with Naziv and Opis apart (keyed '
                  'joined), raffia in bundles (svež.) keyed as written, decimal commas, "Ukupno EUR" far right; delivery '
                  'to the Split warehouse, not Hvar. Adds up.',
                  [order('27/0825', 'Lavanda Hvar d.o.o.',
                         ('Ante Bilić', '+385 98 765 432', 'Lavanda Hvar d.o.o. - skladište, Put Supavla 21, 21000 Split'),
                         '2027-08-25', 'EUR', total, lines)])


# ============================================================ HTML bodies
@mail
def h540_html_outlook_sa_taif_rose_per_1000_arabic_signature():
    rows = [('Rose water bottle', '250 ml PET, gold cap', 40000, '95.00', 1000),
            ('Perfume oil vial', '3 ml glass, roll-on', 20000, '110.00', 1000),
            ('Gift box', '2 bottles, magnetic lid', 5000, '1.85', None),
            ('Export carton', '24 bottles, 5-ply', 1700, '1.30', None)]
    lines = [L(None, '%s %s' % (n, g), q, per(p, k) if k else p, D(p) * q / (k or 1)) for n, g, q, p, k in rows]
    total = m2(subtotal(lines))
    check(lines, total)
    st = ' style="border:1px solid #999;padding:3px 6px"'
    tab = [['#', 'Description', 'Specification', 'Quantity', 'Unit price (USD)', 'Amount (USD)']]
    tab += [[str(i + 1), n, g, n0(q), ('%s per 1,000 pcs' % p) if k else p, usd(D(p) * q / (k or 1))]
            for i, (n, g, q, p, k) in enumerate(rows)]
    tab += [[('<b>Grand Total USD</b>', 'colspan="5" align="right"'), '<b>%s</b>' % usd(total)]]
    html = ('<html><body><div style="font-family:Calibri,sans-serif;font-size:11pt">'
            '<p>Dear Ms. Fang,</p><p>Kindly find below our purchase order for the coming rose season.</p>'
            '<p><b>PURCHASE ORDER No.:</b> TRF-PO-0931<br><b>Date:</b> 26 August 2027<br>'
            '<b>Delivery terms:</b> CFR Jeddah Islamic Port</p>'
            '<table cellspacing="0" cellpadding="0" style="border-collapse:collapse">' + cells_html(tab, st) + '</table>'
            '<p><b>Consignee / delivery:</b><br>Taif Rose Factory Co. - Jeddah Warehouse, Al Khumrah Industrial Area, '
            'Street 24, Jeddah 22512, Saudi Arabia<br>Mr. Faisal Al-Harthi, Tel. +966 12 634 5566, Mobile +966 55 123 4567</p>'
            '<p>Best regards,<br>Abdullah Al-Otaibi<br>Procurement Manager<br>Taif Rose Factory Co.<br>'
            '<span dir="rtl">شركة مصنع ورد الطائف</span><br>Al Hada Road, Taif, Saudi Arabia | +966 12 745 0101</p>'
            '</div></body></html>')
    eml = html_mail(H('Abdullah Al-Otaibi', 'a.otaibi@taifrose.com.sa', 'utf-8', 'Purchase Order TRF-PO-0931 - Taif Rose Factory',
                      dh(2027, 8, 26, 9, 47, 20, 180), 'DB9PR03MB7345A1B2C3D4E5F6@DB9PR03MB7345.eurprd03.prod.outlook.com',
                      'X-MS-Has-Attach: no'),
                    strip(html), html, 'utf-8', '_000_DB9PR03MB7345A1B2C3D4E5F6DB9PR03MB7345eurp_', 'quoted-printable')
    return eml, T('html', 'utf-8',
                  'A Taif (Saudi Arabia) rose-water factory from Outlook 365 (HTML, QP): "PURCHASE ORDER No.:" in bold, '
                  'Description and Specification apart (keyed joined), bottles and vials priced "95.00 per 1,000 pcs" '
                  '(keyed per piece, 0.095 and 0.11), a colspan Grand Total row; consignee a Jeddah warehouse with '
                  'Tel. and Mobile (keyed the first); an Arabic company name (right-to-left) under the English one. Adds up.',
                  [order('TRF-PO-0931', 'Taif Rose Factory Co.',
                         ('Mr. Faisal Al-Harthi', '+966 12 634 5566',
                          'Taif Rose Factory Co. - Jeddah Warehouse, Al Khumrah Industrial Area, Street 24, Jeddah 22512, Saudi Arabia'),
                         '2027-08-26', 'USD', total, lines)])


@mail
def h541_html_gmail_ng_jos_chin_chin_deposit_apapa_agent():
    rows = [('Stand-up pouch', '500 g, printed 4 col., zip', 60000, '0.085'),
            ('Stand-up pouch', '1 kg, printed 4 col., zip', 30000, '0.12'),
            ('Carton', '24 pouches x 500 g', 3750, '0.95')]
    lines = [L(None, '%s %s' % (n, g), q, p) for n, g, q, p in rows]
    total = m2(subtotal(lines))
    check(lines, total)
    dep = (D(total) / 2).quantize(D('0.01'))
    tab = [['<b>Item</b>', '<b>Spec</b>', '<b>Qty</b>', '<b>Unit Price</b>', '<b>Amount</b>']]
    tab += [[n, g, n0(q), '$' + p, '$' + usd(D(p) * q)] for n, g, q, p in rows]
    tab += [['', '', '', 'Total', '$' + usd(total)], ['', '', '', '50% deposit (paid)', '$' + usd(dep)],
            ['', '', '', 'Balance', '$' + usd(D(total) - dep)]]
    html = ('<div dir="ltr">Good day Hengda,<div><br></div><div>Please find our order below. The 50% deposit was sent '
            'today by TT from Zenith Bank, kindly confirm receipt.</div><div><br></div>'
            '<div>Our PO number: <b>PPF/PO/27/0827</b></div><div>Date: 27/08/2027</div><div><br></div>'
            '<table border="1" cellpadding="4" cellspacing="0">' + cells_html(tab) + '</table><div><br></div>'
            '<div>Ship to our clearing agent at Apapa:</div><div>c/o Zenith Clearing &amp; Forwarding Ltd, 14 Wharf Road, '
            'Apapa, Lagos</div><div>Mr. Chinedu Okafor 0803 456 7890</div><div><br></div><div>Thank you.</div>'
            '<div><br></div>-- <br><div dir="ltr">Ngozi Danjuma<br>Plateau Pride Foods Ltd<br>Rayfield Road, Jos, '
            'Plateau State<br>0806 112 4455</div></div>')
    eml = html_mail(H('Ngozi Danjuma', 'plateaupridefoods@gmail.com', 'utf-8', 'Order PPF/PO/27/0827 chin chin pouches',
                      dh(2027, 8, 27, 14, 5, 51, 60), 'CAJq8Lm3Np5Rt7Vx9Zb1Df3Hh5Jk7Mn9@mail.gmail.com', None),
                    strip(html), html, 'utf-8', '0000000000004d5e6f7a8b9c0d1e')
    return eml, T('html', 'utf-8',
                  'A Jos (Nigeria) chin-chin snack maker from Gmail (HTML): the same pouch twice told apart by Spec (keyed '
                  'joined), "$" prices without a currency code (keyed USD), Total, a "50% deposit (paid)" row and '
                  'Balance (the total keyed is Total), the date 27/08/2027; shipped to a clearing agent at Apapa, not the '
                  'Jos plant; a Nigerian local phone number. Adds up.',
                  [order('PPF/PO/27/0827', 'Plateau Pride Foods Ltd',
                         ('Mr. Chinedu Okafor', '0803 456 7890', 'c/o Zenith Clearing & Forwarding Ltd, 14 Wharf Road, Apapa, Lagos'),
                         '2027-08-27', 'USD', total, lines)])


@mail
def h542_html_outlook_pe_arequipa_chocolate_two_row_header_descuento():
    rows = [('Caja bombones', '12 unid., tapa dorada', 'und', 10000, '0.68'),
            ('Papel aluminio', 'rollo 30 cm x 500 m', 'rollo', 40, '38.00'),
            ('Bolsa celofán', '10 x 15 cm', 'und', 50000, '0.015'),
            ('Caja master', '24 cajas', 'und', 420, '1.10')]
    lines = joined(rows)
    sub = subtotal(lines)
    disc = (sub * D('0.02')).quantize(D('0.01'))
    total = m2(sub - disc)
    check(lines, total, -disc)
    td = ' style="border:1px solid #000;padding:2px 5px"'
    tab = [[('Ítem', 'rowspan="2"'), ('Descripción', 'rowspan="2"'), ('Especificación', 'rowspan="2"'), ('Cantidad', 'colspan="2"'),
            ('Precio (US$)', 'colspan="2"')], ['U.M.', 'Cant.', 'Unitario', 'Total']]
    tab += [[str(i + 1), n, g, u, n0(q), p, usd(D(p) * q)] for i, (n, g, u, q, p) in enumerate(rows)]
    tab += [[('Subtotal', 'colspan="6" align="right"'), usd(sub)], [('Descuento 2%', 'colspan="6" align="right"'), '-' + usd(disc)],
            [('<b>TOTAL US$</b>', 'colspan="6" align="right"'), '<b>%s</b>' % usd(total)]]
    html = ('<div class="WordSection1"><p class="MsoNormal">Estimada Srta. Fang:</p><p class="MsoNormal">Adjunto en el cuerpo '
            'del correo nuestra orden de compra.</p><p class="MsoNormal"><b>ORDEN DE COMPRA N° OC-0828-2027</b><br>Fecha: '
            '28/08/2027<br>Proveedor: Hangzhou Hengda Packaging Materials Co., Ltd.</p>'
            '<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse">' +
            cells_html(tab, td) + '</table>'
            '<p class="MsoNormal">Entregar en almacén Callao: Av. Néstor Gambetta 1234, Callao — Sr. Jorge Quispe, '
            'tel. (01) 574-2233</p><p class="MsoNormal">Atentamente,<br>Rosa Huamán Condori<br>Jefa de Compras<br>'
            'Chocolates Misti S.A.C.<br>Calle Mercaderes 310, Arequipa, Perú<br>(054) 21-4455</p></div>')
    eml = html_mail(H('Rosa Huamán Condori', 'compras@chocolatesmisti.pe', 'utf-8', 'ORDEN DE COMPRA N° OC-0828-2027',
                      dh(2027, 8, 28, 11, 30, 2, -300), '00b401dbe7d1$2e3f4a5b$6c7d8e9f$@chocolatesmisti.pe',
                      'X-Mailer: Microsoft Outlook 16.0'),
                    strip(html), html, 'utf-8', '----=_NextPart_000_00B5_01DBE7D1.2E3F4A5B', 'quoted-printable')
    return eml, T('html', 'utf-8',
                  'An Arequipa (Peru) chocolate maker from Outlook (HTML in Word styles, QP): a two-row header (Cantidad over '
                  'U.M. / Cant., Precio (US$) over Unitario / Total, rowspan for the others), Descripción and Especificación '
                  'apart (keyed joined), aluminium foil in rollos, a 3-decimal price, Subtotal, Descuento 2 % and TOTAL US$ '
                  '(keyed, after the discount); delivery to a Callao warehouse. Adds up with the discount.',
                  [order('OC-0828-2027', 'Chocolates Misti S.A.C.',
                         ('Sr. Jorge Quispe', '(01) 574-2233', 'Av. Néstor Gambetta 1234, Callao'),
                         '2027-08-28', 'USD', total, lines)])


@mail
def h543_html_zoho_ar_mendoza_olive_oil_comma_decimals_son_words():
    rows = [('Botella vidrio', '500 ml, marasca oscura', 24000, '0.42'),
            ('Tapa pilfer', '31,5 mm, dorada', 24000, '0.05'),
            ('Estuche', '1 botella, cartulina', 6000, '0.65'),
            ('Caja', '12 botellas, onda B', 2000, '1.20')]
    lines = [L(None, '%s %s' % (n, g), q, p) for n, g, q, p in rows]
    total = m2(subtotal(lines))
    check(lines, total)
    assert total == '17580.00'
    tab = [['Artículo', 'Detalle', 'Cantidad', 'P. unit. US$', 'Importe US$']]
    tab += [[n, g, n0(q, '.'), eu(p), eu(D(p) * q)] for n, g, q, p in rows]
    tab += [['', '', '', 'TOTAL', eu(total)]]
    html = ('<div style="font-family:Verdana,Arial;font-size:10pt"><div>Hola Fang,</div><br><div>Te paso la orden de compra de '
            'la cosecha 2028. Precios en dólares estadounidenses, FOB Shanghai.</div><br>'
            '<div>Orden de compra Nº 0003-00000812 &nbsp; Fecha: 30/08/2027</div><br>'
            '<table border="1" cellspacing="0" cellpadding="3">' + cells_html(tab, th_first=True) + '</table><br>'
            '<div>SON DÓLARES ESTADOUNIDENSES DIECISIETE MIL QUINIENTOS OCHENTA CON 00/100.</div><br>'
            '<div>Entrega: Olivares del Cerro S.A. - Planta Maipú, Ruta 60 km 3,5, Maipú, Mendoza (CP 5515), Argentina. '
            'Recibe: Sr. Pablo Giménez, tel. +54 261 497-2210 / cel. +54 9 261 555-0187.</div><br>'
            '<div>Saludos cordiales,<br>Lucía Ferraro<br>Compras - Olivares del Cerro S.A.<br>+54 261 497-2200</div></div>')
    eml = html_mail(H('Lucía Ferraro', 'compras@olivaresdelcerro.com.ar', 'utf-8', 'OC 0003-00000812 envases aceite',
                      dh(2027, 8, 30, 16, 12, 41, -180), '1786561961234.4471203.compras@olivaresdelcerro.com.ar',
                      'X-Mailer: Zoho Mail'),
                    strip(html), html, 'utf-8', '----=_Part_441203_17865619.1786561961234')
    return eml, T('html', 'utf-8',
                  'A Mendoza (Argentina) olive-oil maker from Zoho Mail (HTML): an Argentine order number 0003-00000812 '
                  '(point of sale and number), Artículo and Detalle apart (keyed joined; "31,5 mm" in a spec), dot '
                  'thousands and decimal commas (24.000, 0,42, 17.580,00), TOTAL, the amount in words "SON DÓLARES … CON '
                  '00/100"; delivery to the Maipú plant with tel. and cel. (keyed the first). Adds up.',
                  [order('0003-00000812', 'Olivares del Cerro S.A.',
                         ('Sr. Pablo Giménez', '+54 261 497-2210',
                          'Olivares del Cerro S.A. - Planta Maipú, Ruta 60 km 3,5, Maipú, Mendoza (CP 5515), Argentina'),
                         '2027-08-30', 'USD', total, lines)])


@mail
def h544_html_youzan_meitan_tea_shop_noreply_reply_to():
    rows = [('茶叶罐', '125g 马口铁 绿色', 3000, '3.20'),
            ('茶叶小袋', '8g 铝箔 印字', 50000, '0.05'),
            ('礼盒', '双罐 翻盖 烫金', 1500, '12.00'),
            ('快递箱', '3号 五层', 2000, '1.10')]
    lines = [L(None, '%s %s' % (n, g), q, p) for n, g, q, p in rows]
    total = m2(subtotal(lines))
    check(lines, total)
    tab = [['商品', '规格', '数量', '单价(元)', '小计(元)']]
    tab += [[n, g, str(q), p, m2(D(p) * q)] for n, g, q, p in rows]
    html = ('<div style="max-width:640px;margin:0 auto;font-size:14px;color:#333">'
            '<div style="background:#f44;color:#fff;padding:10px">有赞 · 供货采购单</div>'
            '<p>您好，店铺 <b>湄潭翠芽茶舍</b> 向您发起了一笔采购单，请及时处理。</p>'
            '<p>采购单号：YZCG20270831104512882<br>下单时间：2027-08-31 10:45:12<br>'
            '采购主体：湄潭县翠芽茶业有限公司</p>'
            '<table width="100%" border="1" cellspacing="0" cellpadding="6" style="border-collapse:collapse">' +
            cells_html(tab, th_first=True) + '</table>'
            '<p>运费：到付<br>采购金额合计：<b>¥%s</b></p>' % amt(total) +
            '<p>收货信息：刘云 13985212345<br>贵州省遵义市湄潭县 湄江街道 茶城大道 中国茶城 B 区 18 号 翠芽茶舍仓库</p>'
            '<p>采购备注：罐子颜色按上次打样的绿色，8月底前发货。</p>'
            '<p style="color:#999;font-size:12px">此邮件由系统自动发送，请勿直接回复。如需联系采购方，请回复至采购方邮箱。'
            '<br>有赞科技</p></div>')
    eml = html_mail(H('有赞', 'noreply@notice.youzan.com', 'utf-8', '【有赞】湄潭翠芽茶舍 向您发起采购单 YZCG20270831104512882',
                      dh(2027, 8, 31, 10, 45, 20), '20270831104520.882.youzan-notice@youzan.com', None,
                      extra=('Reply-To: cuiya_tea@163.com',)),
                    strip(html), html, 'utf-8', '----=_Part_66120_1786502720882')
    return eml, T('html', 'utf-8',
                  'A Meitan (Guizhou) tea shop\'s purchase order sent by Youzan (有赞) from noreply@ with a Reply-To to the '
                  'shop (HTML): a red banner, the shop name and the company (采购主体, keyed as the customer), 采购单号 and '
                  '下单时间 with a time, 商品 and 规格 apart (keyed joined), 运费 到付 (no amount), 采购金额合计 ¥; the '
                  'receiver name and phone on one line, the address on the next. Adds up.',
                  [order('YZCG20270831104512882', '湄潭县翠芽茶业有限公司',
                         ('刘云', '13985212345', '贵州省遵义市湄潭县 湄江街道 茶城大道 中国茶城 B 区 18 号 翠芽茶舍仓库'),
                         '2027-08-31', 'CNY', total, lines)])


@mail
def h545_html_apple_mail_nl_maastricht_vlaai_per_1000_btw_verlegd():
    rows = [('VD-28', 'Vlaaidoos', 'Ø 28 cm, wit karton', 12000, '0.36', None),
            ('VD-18', 'Vlaaidoos', 'Ø 18 cm, wit karton', 8000, '0.24', None),
            ('BP-28', 'Bakpapier rondel', 'Ø 28 cm, siliconen', 20000, '14.00', 1000),
            ('DT-K', 'Draagtas', 'kraft, 2 dozen 28 cm', 5000, '0.19', None)]
    lines = [L(s, '%s %s' % (n, g), q, per(p, k) if k else p, D(p) * q / (k or 1)) for s, n, g, q, p, k in rows]
    total = m2(subtotal(lines))
    check(lines, total)
    tab = [['Art.nr.', 'Omschrijving', 'Uitvoering', 'Aantal', 'Prijs', 'Totaal']]
    tab += [[s, n, g, n0(q, '.'), ('€ %s /1000' % eu(p)) if k else ('€ %s' % eu(p)), '€ ' + eu(D(p) * q / (k or 1))]
            for s, n, g, q, p, k in rows]
    tab += [['', '', '', '', 'Subtotaal', '€ ' + eu(total)], ['', '', '', '', 'BTW verlegd', '€ 0,00'],
            ['', '', '', '', '<b>Totaal</b>', '<b>€ %s</b>' % eu(total)]]
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body style="word-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
            '<div>Beste mevrouw Fang,</div><div><br></div><div>Hierbij onze inkooporder voor het najaar.</div><div><br></div>'
            '<div>Inkooporder: IO-2027-0831<br>Datum: 31-08-2027</div><div><br></div>'
            '<table style="border-collapse:collapse" border="1" cellpadding="4">' + cells_html(tab) + '</table>'
            '<div><br></div><div>Afleveradres: Bakkerij Mestreechter Vlaai B.V., Bedrijventerrein Beatrixhaven, '
            'Korvetweg 12, 6222 NB Maastricht<br>T.a.v. Ruud Janssen, 043 363 2211</div><div><br></div>'
            '<div>Met vriendelijke groet,</div><div>Sanne Hermans</div><div>Bakkerij Mestreechter Vlaai B.V.</div>'
            '<div>Markt 31, 6211 CL Maastricht | 043 321 7788</div></body></html>')
    eml = html_mail(H('Sanne Hermans', 'inkoop@mestreechtervlaai.nl', 'utf-8', 'Inkooporder IO-2027-0831',
                      dh(2027, 8, 31, 9, 20, 0, 120), 'A7B6C5D4-E3F2-4A1B-9C8D-7E6F5A4B3C2D@mestreechtervlaai.nl',
                      'X-Mailer: Apple Mail (2.3826.400.131.1.6)'),
                    strip(html), html, 'utf-8', 'Apple-Mail=_3E2D1C0B-A9F8-4E7D-B6C5-A4B3C2D1E0F9', 'quoted-printable')
    return eml, T('html', 'utf-8',
                  'A Maastricht (Netherlands) vlaai bakery from Apple Mail (HTML, QP): Omschrijving and Uitvoering apart '
                  '(keyed joined; the same box twice by size), prices "€ 0,36" with decimal commas, baking paper at '
                  '"€ 14,00 /1000" (keyed per piece, 0.014), Subtotaal, "BTW verlegd € 0,00" and Totaal; delivery to the '
                  'bakery\'s plant, not the shop on the Markt. Adds up.',
                  [order('IO-2027-0831', 'Bakkerij Mestreechter Vlaai B.V.',
                         ('Ruud Janssen', '043 363 2211',
                          'Bakkerij Mestreechter Vlaai B.V., Bedrijventerrein Beatrixhaven, Korvetweg 12, 6222 NB Maastricht'),
                         '2027-08-31', 'EUR', total, lines)])


# ============================================================ PDF attachments
@mail
def h546_pdf_excel_kh_kampong_speu_palm_sugar_deposit_balance():
    rows = [('Palm sugar jar', '250 g, PET, wide mouth', 20000, '0.16'),
            ('Kraft pouch', '500 g, window, zip', 15000, '0.11'),
            ('Gift box', '3 jars, kraft, handle', 2000, '1.05'),
            ('Carton', '24 jars, 5-ply', 840, '0.95')]
    lines = [L(None, '%s %s' % (n, g), q, p) for n, g, q, p in rows]
    total = m2(subtotal(lines))
    check(lines, total)
    dep = (D(total) * D('0.3')).quantize(D('0.01'))
    table = [['No.', 'Item', 'Specification', 'Qty (pcs)', 'Unit Price', 'Amount']]
    table += [[str(i + 1), n, g, n0(q), p, usd(D(p) * q)] for i, (n, g, q, p) in enumerate(rows)]
    table += [['', 'TOTAL (USD)', '', '', '', usd(total)], ['', 'Deposit 30% (paid 02 Sep 2027)', '', '', '', usd(dep)],
              ['', 'Balance before shipment', '', '', '', usd(D(total) - dep)]]
    head = [('c', 'KAMPONG SPEU PALM SUGAR CO., LTD.', 14),
            ('c', 'National Road 4, Phum Trapeang Krasang, Kampong Speu, Cambodia  Tel +855 25 987 654', 8),
            ('c', 'PURCHASE ORDER', 12), (45, 'P.O. No.: KSP-PO-0902        Date: 02/09/2027', 9),
            (45, 'Supplier: Hangzhou Hengda Packaging Materials Co., Ltd.', 9)]
    tail = [(45, 'Deliver to: Phnom Penh Autonomous Port, Warehouse 3, c/o Angkor Freight, National Road 5, Phnom Penh', 8),
            (45, 'Contact: Mr. Sokha Chan +855 12 345 678', 8),
            (45, 'Prepared by: Sreymom Keo          Approved by: Vuthy Lim', 8)]
    data = grid_pdf(head, table, [30, 150, 120, 60, 60, 80], tail, 'PO KSP-PO-0902', 'Microsoft Excel', 'hei',
                    align=['c', 'l', 'l', 'r', 'r', 'r'])
    body = ('Dear Hengda,\n\nPlease find attached our PO KSP-PO-0902 (PDF). The 30% deposit has been transferred today.\n\n'
            'Best regards,\nSreymom Keo\nKampong Speu Palm Sugar Co., Ltd.\n+855 25 987 654\n')
    eml = pdf_mail(H('Sreymom Keo', 'sreymom.keo@kspalmsugar.com.kh', 'utf-8', 'PO KSP-PO-0902', dh(2027, 9, 2, 15, 3, 7, 420),
                     'CAKf2Gh4Jk6Lm8Np0Qr2St4Uv6Wx8Yz0@mail.gmail.com', None),
                   body, 'utf-8', '7bit', data, 'KSP-PO-0902.pdf', '000000000000b1c2d3e4f5a6b7c8')
    return eml, T('pdf', 'utf-8',
                  'A Kampong Speu (Cambodia) palm-sugar maker\'s PO saved from Excel as PDF: the company in capitals on top '
                  'and in normal case in the mail signature (keyed as the signature spells it), "P.O. No.:" and the date '
                  '02/09/2027 (2 September) on one line, Item and Specification apart (keyed joined), TOTAL (USD), then a '
                  'paid 30 % deposit and the balance as rows (the total is TOTAL); delivery to a port warehouse c/o a '
                  'forwarder. Adds up.',
                  [order('KSP-PO-0902', 'Kampong Speu Palm Sugar Co., Ltd.',
                         ('Mr. Sokha Chan', '+855 12 345 678',
                          'Phnom Penh Autonomous Port, Warehouse 3, c/o Angkor Freight, National Road 5, Phnom Penh'),
                         '2027-09-02', 'USD', total, lines)])


@mail
def h547_pdf_sap_b1_mm_taunggyi_laphet_words_only():
    rows = [('PK-LP200', 'Laphet pouch 200 g', 'PET/AL/PE, zip, 4 col.', 50000, '0.095'),
            ('PK-LP500', 'Laphet tub 500 g', 'PP, tamper lid', 10000, '0.28'),
            ('PK-MIX', 'Mixed snack sachet', '25 g, 3-side seal', 80000, '0.021'),
            ('PK-CTN', 'Export carton', '60 pouches', 850, '1.10')]
    lines = spec([(s, n, g, 'pcs', q, p) for s, n, g, q, p in rows])
    total = m2(subtotal(lines))
    check(lines, total)
    assert total == '10165.00'
    table = [['#', 'Item No.', 'Item Description', 'Details', 'Quantity', 'UoM', 'Price', 'Total (LC)']]
    table += [[str(i + 1), s, n, g, n0(q), 'pcs', 'USD ' + p, 'USD ' + usd(D(p) * q)] for i, (s, n, g, q, p) in enumerate(rows)]
    head = [(45, 'Shan Golden Leaf Co., Ltd.', 12), (45, 'No. 14, Bogyoke Aung San Road, Taunggyi, Shan State, Myanmar', 8),
            ('r', 'Purchase Order', 14), ('r', 'No. 10237', 9), ('r', 'Posting Date 03.09.2027   Delivery Date 15.10.2027', 8),
            (45, 'Vendor  V-00031  Hangzhou Hengda Packaging Materials Co., Ltd.', 8),
            (45, 'Ship To  Yangon Warehouse, No. 88 Strand Road, Botahtaung Tsp., Yangon  Attn U Kyaw Min Htet 09 450 112 233', 8)]
    tail = [('r', 'Total Before Discount  USD %s' % usd(total), 8), ('r', 'Freight  USD 0.00', 8),
            ('r', 'Total  USD %s' % usd(total), 10),
            (45, 'Amount in words: US Dollars Ten Thousand One Hundred Sixty-Five Only', 8),
            (45, 'Buyer: Daw Nwe Ni Aung', 8)]
    data = grid_pdf(head, table, [20, 60, 110, 105, 55, 30, 60, 75], tail, 'Purchase Order 10237', 'SAP Business One', 'hei',
                    align=['c', 'l', 'l', 'l', 'r', 'c', 'r', 'r'], size=8)
    body = ('Dear Sir/Madam,\n\nPlease find attached Purchase Order No. 10237.\n\nThis e-mail was sent from SAP Business One.\n'
            '\nDaw Nwe Ni Aung\nShan Golden Leaf Co., Ltd.\n')
    eml = pdf_mail(H('Shan Golden Leaf Co., Ltd.', 'sapb1@shangoldenleaf.com.mm', 'utf-8', 'Purchase Order No. 10237',
                     dh(2027, 9, 3, 10, 40, 12, 390), 'B1.10237.20270903104012@shangoldenleaf.com.mm',
                     'X-Mailer: SAP Business One 10.0'),
                   body, 'utf-8', '7bit', data, 'PurchaseOrder_10237.pdf', '----=_Part_10237_20270903104012')
    return eml, T('pdf', 'utf-8',
                  'A Taunggyi (Myanmar) tea-leaf salad maker\'s SAP Business One PO (PDF, sent by the system from a generic '
                  'address): "No. 10237" under the title, Posting Date and Delivery Date (the order date is the posting date '
                  '03.09.2027), Item Description and Details apart (keyed joined), "USD " in every price cell, 3-decimal '
                  'prices, Total Before Discount, Freight 0.00 and Total, the amount in words; Ship To a Yangon warehouse. '
                  'Adds up.',
                  [order('10237', 'Shan Golden Leaf Co., Ltd.',
                         ('U Kyaw Min Htet', '09 450 112 233', 'Yangon Warehouse, No. 88 Strand Road, Botahtaung Tsp., Yangon'),
                         '2027-09-03', 'USD', total, lines)])


@mail
def h548_pdf_sage50_ca_kelowna_cherries_freight_ship_to():
    rows = [('CL-1KG', 'Cherry clamshell 1 kg, vented PET', 80000, '0.135'),
            ('CB-2LB', 'Cherry bag 2 lb, micro-perf, zip', 60000, '0.048'),
            ('EC-5KG', 'Export carton 5 kg, waxed', 6000, '1.45')]
    lines = [L(s, d, q, p) for s, d, q, p in rows]
    sub = subtotal(lines)
    fr = D('1250.00')
    total = m2(sub + fr)
    check(lines, total, fr)
    table = [['Item', 'Quantity', 'Unit', 'Description', 'Price', 'Amount']]
    table += [[s, n0(q), 'ea', d, p, usd(D(p) * q)] for s, d, q, p in rows]
    head = [(45, 'Okanagan Orchard Packers Ltd.', 12), (45, '2150 Enterprise Way, Kelowna, BC  V1Y 6H7   Tel (250) 555-0134', 8),
            ('r', 'PURCHASE ORDER', 13), ('r', 'Order No. 1043', 9), ('r', 'Order Date Sep 4, 2027', 9),
            (45, 'Vendor: Hangzhou Hengda Packaging Materials Co., Ltd., Hangzhou, Zhejiang, China', 8),
            (45, 'Ship to: Okanagan Orchard Packers - Packhouse 2, 3380 Sexsmith Rd, Kelowna, BC  V1X 7Y2', 8),
            (45, 'Attention: Harjit Sandhu  (250) 555-0177', 8)]
    tail = [('r', 'Subtotal  %s' % usd(sub), 9), ('r', 'Freight (ocean, to Vancouver)  %s' % usd(fr), 9),
            ('r', 'Total  USD %s' % usd(total), 10),
            (45, 'All amounts in US dollars. Authorized by: Claire Dubois', 8)]
    data = grid_pdf(head, table, [60, 55, 30, 190, 50, 80], tail, 'Purchase Order 1043', 'Sage 50 Accounting', 'hei',
                    align=['l', 'r', 'c', 'l', 'r', 'r'])
    body = ('Hello Fang,\n\nPlease find attached PO 1043 for the 2028 cherry season. Freight is added as agreed.\n\n'
            'Claire Dubois\nOkanagan Orchard Packers Ltd.\n(250) 555-0134 ext 21\n')
    eml = pdf_mail(H('Claire Dubois', 'claire@okanaganorchard.ca', 'utf-8', 'Purchase Order 1043', dh(2027, 9, 4, 11, 27, 45, -420),
                     '000501dbe8f0$1a2b3c4d$5e6f7a8b$@okanaganorchard.ca', 'X-Mailer: Microsoft Outlook 16.0'),
                   body, 'utf-8', '7bit', data, 'PO1043.pdf', '----=_NextPart_000_0006_01DBE8F0.1A2B3C4D')
    return eml, T('pdf', 'utf-8',
                  'A Kelowna (Canada) cherry packer\'s Sage 50 PO (PDF): Quantity before Unit and Description (one text, '
                  'keyed as written), "Order No. 1043" and "Order Date Sep 4, 2027" at the right, Vendor (us) and Ship to a '
                  'second packhouse with Attention, 3-decimal prices, Subtotal, a Freight line under it and Total '
                  'USD (keyed, with the freight). Adds up with the freight.',
                  [order('1043', 'Okanagan Orchard Packers Ltd.',
                         ('Harjit Sandhu', '(250) 555-0177', 'Okanagan Orchard Packers - Packhouse 2, 3380 Sexsmith Rd, Kelowna, BC  V1X 7Y2'),
                         '2027-09-04', 'USD', total, lines)])


@mail
def h549_pdf_wps_alxa_camel_milk_three_decimals_daxie():
    rows = [('驼奶粉罐', '400g 马口铁 易拉盖', '个', 20000, '3.80'),
            ('驼奶粉条袋', '20g 铝箔 四边封', '个', 200000, '0.065'),
            ('礼盒', '2罐装 手提 烫金', '个', 3000, '15.00'),
            ('外箱', '12罐装 五层', '件', 1700, '4.20')]
    lines = joined(rows)
    total = m2(subtotal(lines))
    check(lines, total)
    table = [['序号', '产品名称', '规格', '单位', '数量', '含税单价（元）', '金额（元）']]
    table += [[str(i + 1), n, g, u, n0(q), p, amt(D(p) * q)] for i, (n, g, u, q, p) in enumerate(rows)]
    table += [['', '合计', '', '', '', '', amt(total)]]
    head = [('c', '阿拉善盟驼乡乳业有限公司', 14), ('c', '采 购 订 单', 13),
            (45, '订单号：ALS-TN-270905        下单日期：2027年9月5日', 9),
            (45, '供方：杭州恒达包装材料有限公司        需方：阿拉善盟驼乡乳业有限公司', 9)]
    tail = [(45, '合计金额（大写）：%s' % daxie(total), 9), (45, '以上价格含13%增值税，运费供方承担。', 9),
            (45, '交货地点：内蒙古阿拉善盟阿拉善左旗 巴彦浩特镇 乌兰布和工业园 驼乡乳业 包材库', 9),
            (45, '收货人：巴特尔  0483-8336215  手机 15147712208', 9), (45, '需方代表：斯琴高娃', 9)]
    data = grid_pdf(head, table, [30, 90, 120, 30, 60, 80, 80], tail, '采购订单 ALS-TN-270905', 'WPS 文字', 'hei',
                    align=['c', 'l', 'l', 'c', 'r', 'r', 'r'])
    body = '恒达包装：\n\n采购订单（WPS 导出的 PDF）请查收，盖章版随货寄回。\n\n驼乡乳业 斯琴高娃 0483-8336200\n'
    eml = pdf_mail(H('斯琴高娃', 'siqin@tuoxiang-dairy.com', 'utf-8', '采购订单 ALS-TN-270905', dh(2027, 9, 5, 9, 58, 30),
                     '2027090509583001.66122@tuoxiang-dairy.com', 'X-Mailer: Foxmail 7.2.25.375[cn]'),
                   body, 'utf-8', 'base64', data, '驼乡乳业采购订单ALS-TN-270905.pdf', '----=_001_NextPart730192846_=----',
                   name_style='rfc2231')
    return eml, T('pdf', 'utf-8',
                  'An Alxa (Inner Mongolia) camel-milk powder maker\'s order written in WPS and exported to PDF: the company '
                  'as title, 供方 (us) and 需方 (them) on one line, 产品名称 and 规格 apart (keyed joined), a 3-decimal '
                  'price (0.065), units 个/件, 含税单价（元）, 合计 and 大写 below; the receiver with a landline and a mobile '
                  '(keyed the first). Adds up.',
                  [order('ALS-TN-270905', '阿拉善盟驼乡乳业有限公司',
                         ('巴特尔', '0483-8336215', '内蒙古阿拉善盟阿拉善左旗 巴彦浩特镇 乌兰布和工业园 驼乡乳业 包材库'),
                         '2027-09-05', 'CNY', total, lines)])


@mail
def h550_pdf_xero_au_tasmania_cider_gst_free_delivery():
    rows = [('Cider bottle carrier 4-pack, kraft, 330 ml', 10000, '0.48'),
            ('Gift box 750 ml, single bottle, matt black', 2500, '2.10'),
            ('Label roll 90 x 120 mm, 2,000 labels per roll', 25, '86.00'),
            ('Shipper carton 12 x 330 ml, 5-ply', 3000, '1.05')]
    lines = [L(None, d, q, p) for d, q, p in rows]
    total = m2(subtotal(lines))
    check(lines, total)
    table = [['Description', 'Quantity', 'Unit Price', 'Tax', 'Amount AUD']]
    table += [[d, '{:,.2f}'.format(q), p, 'GST Free', usd(D(p) * q)] for d, q, p in rows]
    head = [(45, 'PURCHASE ORDER', 16),
            (45, 'Hangzhou Hengda Packaging Materials Co., Ltd.', 9),
            (330, 'Date  7 Sep 2027', 8), (330, 'Delivery Date  20 Oct 2027', 8), (330, 'Order Number  PO-0217', 8),
            (330, 'Reference  Autumn 2028 packaging', 8),
            (330, 'Huon Valley Cider Co Pty Ltd', 8), (330, '1862 Huon Hwy, Grove TAS 7109, Australia', 8)]
    tail = [('r', 'Subtotal  %s' % usd(total), 9), ('r', 'Total GST  0.00', 9), ('r', 'TOTAL AUD  %s' % usd(total), 11),
            (45, 'Delivery Details', 9), (45, 'Delivery Address: Huon Valley Cider - Cellar Door & Store, 40 Main Rd, Huonville TAS 7109', 8),
            (45, 'Attention: Tom Barker   Telephone: 0418 552 901', 8),
            (45, 'Delivery Instructions: Forklift on site, weekdays 8am-3pm only.', 8)]
    data = grid_pdf(head, table, [220, 60, 60, 60, 90], tail, 'PO-0217', 'Xero', 'hei', align=['l', 'r', 'r', 'l', 'r'])
    body = ('Hi Fang,\n\nHere\'s purchase order PO-0217 for AUD 15,350.00.\n\nThe delivery address and instructions are on the '
            'purchase order.\n\nIf you have any questions, please let us know.\n\nThanks,\nHuon Valley Cider Co Pty Ltd\n')
    assert total == '15350.00'
    eml = pdf_mail(H('Huon Valley Cider Co Pty Ltd', 'messaging-service@post.xero.com', 'utf-8',
                     'Purchase Order PO-0217 from Huon Valley Cider Co Pty Ltd for Hangzhou Hengda Packaging Materials Co., Ltd.',
                     dh(2027, 9, 7, 8, 14, 2, 600), '0100018f2a3b4c5d-6e7f8a9b-0c1d-2e3f-4a5b-6c7d8e9f0a1b-000000@email.amazonses.com',
                     None, extra=('Reply-To: "Emma Walsh" <emma@huonvalleycider.com.au>',)),
                   body, 'utf-8', 'quoted-printable', data, 'PO-0217.pdf', '--_=_swift_v4_1788732842_8a9b0c1d2e3f4a5b6c7d8e9f0a1b2c3d')
    return eml, T('pdf', 'utf-8',
                  'A Huon Valley (Tasmania) cider maker\'s Xero purchase order (PDF, sent by Xero via Amazon SES with a '
                  'Reply-To): PURCHASE ORDER over our name (the vendor), Date / Delivery Date / Order Number / Reference '
                  'and the buyer\'s name and address at the right, one Description column (titles as written), quantities '
                  'with two decimals (10,000.00), a Tax column "GST Free", Subtotal, Total GST 0.00, TOTAL AUD; '
                  'Delivery Details below with Attention and Telephone. Adds up.',
                  [order('PO-0217', 'Huon Valley Cider Co Pty Ltd',
                         ('Tom Barker', '0418 552 901', 'Huon Valley Cider - Cellar Door & Store, 40 Main Rd, Huonville TAS 7109'),
                         '2027-09-07', 'AUD', total, lines)])


# ============================================================ xlsx attachments
@mail
def h551_xlsx_google_sheets_nz_hawkes_bay_apples_rolls_formulas():
    rows = [('Apple tray', 'pulp, count 100', 'each', 30000, '0.085'),
            ('Export carton', '18 kg, telescopic, 2-piece', 'each', 15000, '1.35'),
            ('Fruit label', 'PLU 4131, roll of 4,000', 'roll', 120, '9.50'),
            ('Pallet wrap', '500 mm x 300 m', 'roll', 80, '11.00')]
    lines = joined(rows)
    total = m2(subtotal(lines))
    check(lines, total)
    sh = Sheet('PO')
    sh.set(1, 1, 'Heretaunga Fruit Growers - Purchase Order', bold=True, size=14)
    sh.row(2, 1, ['PO #', 'HB-2709-11'])
    sh.row(3, 1, ['Date', datetime.date(2027, 9, 8)])
    sh.set(3, 2, datetime.date(2027, 9, 8), fmt='d/mm/yyyy')
    sh.row(4, 1, ['Supplier', 'Hengda Packaging (Hangzhou)'])
    thead = ['Item', 'Spec', 'Unit', 'Qty', 'Price (USD)', 'Line total']
    sh.row(6, 1, thead, bold=True)
    for i, (n, g, u, q, p) in enumerate(rows):
        r = 7 + i
        sh.row(r, 1, [n, g, u, q])
        sh.set(r, 5, D(p), fmt='0.000' if len(p.split('.')[1]) == 3 else '0.00')
        sh.set(r, 6, ('=D%d*E%d' % (r, r), D(p) * q), fmt='#,##0.00')
    r = 7 + len(rows)
    sh.set(r, 5, 'TOTAL', bold=True)
    sh.set(r, 6, ('=SUM(F7:F%d)' % (r - 1), D(total)), bold=True, fmt='"$"#,##0.00')
    sh.row(r + 2, 1, ['Ship to', 'Heretaunga Packhouse, 1204 Omahu Road, Hastings 4120, New Zealand'])
    sh.row(r + 3, 1, ['Contact', 'Aroha Ngata', '027 555 0192'])
    data = corpus_docs.xlsx_bytes([sh], creator='', app_title=None)
    body = ('Kia ora Fang,\n\nOur PO for the 2028 apple season is attached (downloaded from Google Sheets). Cartons must be '
            'in Hastings by mid-January.\n\nNgā mihi,\nJames McAllister\nHeretaunga Fruit Growers Ltd\n06 555 0140\n')
    eml = with_attachments(H('James McAllister', 'james@heretaungafruit.co.nz', 'utf-8', 'PO HB-2709-11 apple packaging',
                             dh(2027, 9, 8, 10, 33, 18, 720), 'CAHm1Kn3Pq5Sr7Tv9Wx1Yz3Ab5Cd7Ef9@mail.gmail.com', None),
                           body, 'utf-8', 'quoted-printable', [attachment(XLSX, data, 'HB-2709-11 - PO.xlsx')],
                           '000000000000c2d3e4f5a6b7c8d9')
    return eml, T('xlsx', 'utf-8',
                  'A Hawke\'s Bay (New Zealand) apple grower\'s order typed in Google Sheets and downloaded as .xlsx: a title '
                  'cell, PO # / Date (a real date cell, d/mm/yyyy) / Supplier label rows, Item and Spec apart (keyed joined), '
                  'labels and pallet wrap in rolls, a 3-decimal price, formula line totals and a TOTAL formatted "$" (no '
                  'code; the mail and header say USD); ship to the packhouse; the company with Ltd from the signature. '
                  'Adds up.',
                  [order('HB-2709-11', 'Heretaunga Fruit Growers Ltd',
                         ('Aroha Ngata', '027 555 0192', 'Heretaunga Packhouse, 1204 Omahu Road, Hastings 4120, New Zealand'),
                         '2027-09-08', 'USD', total, lines)])


@mail
def h552_xlsx_guanjiapo_shenzhou_peach_remarks_column_daxie():
    rows = [('MT-01', '蜜桃礼盒', '6枚装 EPE托 手提', '个', 8000, '6.50', '急，先发3000'),
            ('MT-02', '珍珠棉网套', '10cm 白色', '个', 50000, '0.04', ''),
            ('MT-03', '纸箱', '12枚 五层 带孔', '个', 3000, '3.80', ''),
            ('MT-04', '冰袋', '200g 注水', '个', 10000, '0.35', '')]
    lines = spec([(s, n, g, u, q, p) for s, n, g, u, q, p, b in rows])
    total = m2(subtotal(lines))
    check(lines, total)
    sh = Sheet('进货订单')
    sh.set(1, 1, '进货订单', bold=True, size=16, center=True)
    sh.merge(1, 1, 1, 9)
    sh.row(2, 1, ['录单日期：2027-09-09', '', '', '单据编号：JH-2027-09-09-0003', '', '', '往来单位：杭州恒达包装材料有限公司'])
    sh.row(3, 1, ['经手人：赵立新', '', '', '收货仓库：深州蜜源 冷库一号', '', '', '摘要：秋桃包装'])
    thead = ['行号', '商品编号', '商品全名', '规格', '单位', '数量', '单价', '金额', '备注']
    nxt = put_table(sh, 5, thead, [[i + 1, s, n, g, u, q, D(p), D(p) * q, b or None] for i, (s, n, g, u, q, p, b) in enumerate(rows)],
                    {6: '0.00', 7: '#,##0.00'})
    sh.row(nxt, 1, ['合计', '', '', '', '', sum(r[4] for r in rows), '', D(total), ''], bold=True, border=True)
    sh.row(nxt + 1, 1, ['金额大写：%s' % daxie(total)])
    sh.row(nxt + 3, 1, ['送货地址：河北省衡水市深州市 穆村乡 蜜桃产业园 蜜源果品 冷库一号  联系人：赵立新 0318-3312618 / 13931856620'])
    sh.row(nxt + 4, 1, ['深州市蜜源果品有限公司'])
    data = corpus_docs.xlsx_bytes([sh], creator='Administrator', app_title='Microsoft Excel')
    body = '恒达包装：\n\n管家婆导出的进货订单，请查收。礼盒急用，先发3000个。\n\n深州蜜源果品 赵立新\n'
    eml = with_attachments(H('赵立新', 'mygp_sz@126.com', 'gbk', '进货订单 JH-2027-09-09-0003', dh(2027, 9, 9, 7, 45, 33),
                             '1f2e3d4c.6b5a.18fb2c3d4e5.Coremail.mygp_sz@126.com',
                             'X-Mailer: Coremail Webmail Server Version XT5.0.14 build 20240301(4d6a3e1a)'),
                           body, 'gbk', 'base64', [attachment(XLSX, data, '进货订单JH-2027-09-09-0003.xlsx', name_style='gbk')],
                           '----=_Part_120933_1788830733.1788831933120')
    return eml, T('xlsx', 'gbk',
                  'A Shenzhou (Hebei) peach grower\'s 管家婆 进货订单 exported to .xlsx (126 mail): labels and values in '
                  'one cell (录单日期, 单据编号, 往来单位 = us, 收货仓库), 行号 and 商品编号 columns, 商品全名 and 规格 apart '
                  '(keyed joined), a 备注 column with a note on one line, a 合计 row that also sums quantities, 金额大写; '
                  'address, contact and two phones in one cell (keyed the first), the company name alone below. Adds up.',
                  [order('JH-2027-09-09-0003', '深州市蜜源果品有限公司',
                         ('赵立新', '0318-3312618', '河北省衡水市深州市 穆村乡 蜜桃产业园 蜜源果品 冷库一号'),
                         '2027-09-09', 'CNY', total, lines)])


@mail
def h553_xlsx_hu_tokaj_winery_merged_two_row_header_hungarian_date():
    rows = [('Díszdoboz', '1 palack 0,5 l, fa hatású', 'db', 3000, '2.40'),
            ('Díszdoboz', '2 palack, mágneszáras', 'db', 1500, '3.90'),
            ('Palackcímke', 'tekercs, 1000 db', 'tekercs', 20, '32.00'),
            ('Szállítókarton', '6 palack, 5 rétegű', 'db', 1200, '1.15')]
    lines = joined(rows)
    total = m2(subtotal(lines))
    check(lines, total)
    sh = Sheet('Megrendelés')
    sh.set(1, 1, 'TOKAJI ASZÚ PINCE KFT.', bold=True, size=14)
    sh.row(2, 1, ['3910 Tokaj, Rákóczi út 18.  Tel.: +36 47 352 110'])
    sh.row(4, 1, ['Megrendelés száma:', 'TAP-2027/094', '', 'Dátum:', '2027. 09. 10.'])
    sh.row(5, 1, ['Szállító:', 'Hangzhou Hengda Packaging Materials Co., Ltd.', '', 'Pénznem:', 'EUR'])
    sh.row(7, 1, ['Sorsz.', 'Termék', 'Leírás', 'Mennyiség', '', 'Ár (EUR)', ''], bold=True, border=True)
    sh.row(8, 1, ['', '', '', 'menny.', 'm.e.', 'egységár', 'összesen'], bold=True, border=True)
    for c in (1, 2, 3):
        sh.merge(7, c, 8, c)
    sh.merge(7, 4, 7, 5)
    sh.merge(7, 6, 7, 7)
    for i, (n, g, u, q, p) in enumerate(rows):
        r = 9 + i
        sh.row(r, 1, [i + 1, n, g, q, u], border=True)
        sh.set(r, 6, D(p), border=True, fmt='#,##0.00')
        sh.set(r, 7, ('=D%d*F%d' % (r, r), D(p) * q), border=True, fmt='#,##0.00')
    r = 9 + len(rows)
    sh.row(r, 1, ['', 'Összesen', '', '', '', '', ''], bold=True, border=True)
    sh.set(r, 7, ('=SUM(G9:G%d)' % (r - 1), D(total)), bold=True, border=True, fmt='#,##0.00')
    sh.row(r + 2, 1, ['Szállítási cím:', 'Tokaji Aszú Pince Kft. - Palackozó, 3910 Tokaj, Bodrogkeresztúri út 3.'])
    sh.row(r + 3, 1, ['Átvevő:', 'Kovács Péter', '+36 30 456 7890'])
    data = corpus_docs.xlsx_bytes([sh], creator='Szabó Katalin', app_title='Microsoft Excel')
    body = ('Tisztelt Fang asszony!\n\nMellékelten küldöm megrendelésünket (TAP-2027/094).\n\nÜdvözlettel:\nSzabó Katalin\n'
            'beszerzés\nTokaji Aszú Pince Kft.\n+36 47 352 114\n')
    eml = with_attachments(H('Szabó Katalin', 'beszerzes@tokajiaszupince.hu', 'iso-8859-2', 'Megrendelés TAP-2027/094',
                             dh(2027, 9, 10, 13, 20, 50, 120), '000f01dbeb21$4a5b6c7d$8e9fa0b1$@tokajiaszupince.hu',
                             'X-Mailer: Microsoft Outlook 16.0'),
                           body, 'iso-8859-2', 'quoted-printable', [attachment(XLSX, data, 'Megrendelés_TAP-2027-094.xlsx',
                                                                              name_style='rfc2231')],
                           '----=_NextPart_000_0010_01DBEB21.4A5B6C7D')
    return eml, T('xlsx', 'iso-8859-2',
                  'A Tokaj (Hungary) winery\'s order in Hungarian (.xlsx, Outlook ISO-8859-2 QP): the company in capitals on '
                  'top and in normal case in the signature (keyed as the signature spells it), a Hungarian date '
                  '"2027. 09. 10." as text, a merged two-row header (Mennyiség over menny. / m.e., Ár (EUR) over egységár / '
                  'összesen), the same box twice told apart by Leírás (keyed joined, "0,5 l" in a spec), labels in '
                  'tekercs (rolls), Összesen; delivery to the bottling plant. Adds up.',
                  [order('TAP-2027/094', 'Tokaji Aszú Pince Kft.',
                         ('Kovács Péter', '+36 30 456 7890', 'Tokaji Aszú Pince Kft. - Palackozó, 3910 Tokaj, Bodrogkeresztúri út 3.'),
                         '2027-09-10', 'EUR', total, lines)])


@mail
def h554_xlsx_sap_b1_at_wachau_apricot_rabatt_column():
    rows = [('MAR-220', 'Marmeladeglas 220 ml Sechseck', 24000, '0.32', 5),
            ('DEC-63', 'Deckel TO 63 gold', 24000, '0.06', 0),
            ('ETI-WM', 'Etikett Wachauer Marille, Rolle', 24000, '0.025', 0),
            ('GK-3', 'Geschenkkarton 3 Gläser', 4000, '1.60', 10)]
    lines = []
    for s, d, q, p, r in rows:
        dp = (D(p) * (100 - r) / 100).quantize(D('0.001'))
        lines.append(L(s, d, q, format(dp.normalize(), 'f') if len(format(dp.normalize(), 'f').split('.')[1]) > 2 else m2(dp),
                       dp * q))
    total = m2(subtotal(lines))
    check(lines, total)
    sh = Sheet('Bestellung')
    sh.row(1, 1, ['Bestellung', '', 'Nr.', 2710])
    sh.row(2, 1, ['Lieferant', 'V10044 Hangzhou Hengda Packaging Materials Co., Ltd.', 'Buchungsdatum', '10.09.2027'])
    sh.row(3, 1, ['Kontaktperson', 'Fang Li', 'Liefertermin', '15.11.2027'])
    sh.row(4, 1, ['Währung', 'EUR'])
    thead = ['#', 'Artikelnummer', 'Artikelbeschreibung', 'Menge', 'Einzelpreis', 'Rabatt %', 'Preis nach Rabatt', 'Gesamt (FW)']
    body_rows = []
    for i, (s, d, q, p, r) in enumerate(rows):
        dp = (D(p) * (100 - r) / 100).quantize(D('0.001'))
        body_rows.append([i + 1, s, d, q, D(p), D(r), dp, dp * q])
    nxt = put_table(sh, 6, thead, body_rows, {4: '0.000', 5: '0.00', 6: '0.000', 7: '#,##0.00'})
    sh.row(nxt + 1, 6, ['Gesamtsumme vor Rabatt', '', D(total)])
    sh.row(nxt + 2, 6, ['Steuer', '', D('0')])
    sh.row(nxt + 3, 6, ['Gesamtsumme', '', D(total)])
    sh.row(nxt + 5, 1, ['Lieferadresse', 'Wachauer Marillenhof GmbH, Lager Mautern, Kremser Straße 44, 3512 Mautern, Österreich'])
    sh.row(nxt + 6, 1, ['Ansprechpartner', 'Florian Gruber, +43 2732 83 420 12'])
    data = corpus_docs.xlsx_bytes([sh], creator='SAP Business One', app_title='Microsoft Excel')
    body = ('Sehr geehrte Frau Fang,\n\nanbei unsere Bestellung Nr. 2710 als Excel-Export aus SAP Business One. Bitte '
            'bestätigen Sie den Liefertermin.\n\nMit freundlichen Grüßen\nTheresa Hofbauer\nEinkauf\nWachauer Marillenhof GmbH\n'
            'Marillenweg 7, 3610 Weißenkirchen in der Wachau\nTel. +43 2715 22 880\n')
    eml = with_attachments(H('Theresa Hofbauer', 'einkauf@wachauer-marillenhof.at', 'utf-8', 'Bestellung Nr. 2710',
                             dh(2027, 9, 10, 15, 2, 11, 120), '1c2d3e4f5a6b7c8d9e0f@wachauer-marillenhof.at',
                             'User-Agent: Mozilla Thunderbird'),
                           body, 'utf-8', 'quoted-printable', [attachment(XLSX, data, 'Bestellung_2710.xlsx')],
                           '------------7A8B9C0D1E2F3A4B5C6D7E8F')
    return eml, T('xlsx', 'utf-8',
                  'A Wachau (Austria) apricot-jam maker\'s SAP Business One purchase order exported to .xlsx (German): '
                  'label rows (Nr. 2710 as a number, Lieferant = us with a vendor code, Buchungsdatum 10.09.2027 and a '
                  'Liefertermin), one Artikelbeschreibung column, Einzelpreis, Rabatt % (5 and 10 on two lines) and '
                  'Preis nach Rabatt (the price keyed: 0.304 and 1.44), "Gesamtsumme vor Rabatt" that is already after '
                  'the line discounts, Steuer 0, Gesamtsumme; delivery to the Mautern store. Adds up.',
                  [order('2710', 'Wachauer Marillenhof GmbH',
                         ('Florian Gruber', '+43 2732 83 420 12', 'Wachauer Marillenhof GmbH, Lager Mautern, Kremser Straße 44, 3512 Mautern, Österreich'),
                         '2027-09-10', 'EUR', total, lines)])


@mail
def h555_xlsx_tplus_longzhou_macadamia_whole_order_discount():
    rows = [('LZ-101', '夏威夷果包装袋', '500g 牛皮纸 开窗', '个', 40000, '0.62'),
            ('LZ-102', '开口器', '不锈钢 小号', '个', 40000, '0.08'),
            ('LZ-201', '礼盒', '1kg 双袋 手提', '个', 5000, '9.80'),
            ('LZ-301', '外箱', '20袋装 五层', '件', 2000, '4.00')]
    lines = spec(rows)
    sub = subtotal(lines)
    disc = D('1000.00')
    total = m2(sub - disc)
    check(lines, total, -disc)
    sh = Sheet('进货订单')
    sh.set(1, 1, '进货订单', bold=True, size=16, center=True)
    sh.merge(1, 1, 1, 8)
    sh.row(2, 1, ['单据日期', '2027-09-11', '', '单据编号', 'PO-2027-09-0011', '', '供应商', '杭州恒达包装材料有限公司'])
    sh.row(3, 1, ['采购员', '农丽娟', '', '部门', '采购部', '', '币种', '人民币'])
    thead = ['存货编码', '存货名称', '规格型号', '计量单位', '数量', '含税单价', '含税金额', '预计到货日期']
    nxt = put_table(sh, 5, thead, [[s, n, g, u, q, D(p), D(p) * q, '2027-10-10'] for s, n, g, u, q, p in rows],
                    {5: '0.00', 6: '#,##0.00'})
    sh.row(nxt, 1, ['合计', '', '', '', sum(r[4] for r in rows), '', D(sub), ''], bold=True, border=True)
    sh.row(nxt + 1, 1, ['整单优惠', '', '', '', '', '', D(-disc)])
    sh.row(nxt + 2, 1, ['优惠后金额', '', '', '', '', '', D(total)])
    sh.row(nxt + 4, 1, ['收货地址', '广西崇左市龙州县 水口镇 边贸加工园 边城坚果 包材仓'])
    sh.row(nxt + 5, 1, ['收货人', '农丽娟', '', '电话', '0771-8813520'])
    data = corpus_docs.xlsx_bytes([sh], creator='chanjet', app_title='Microsoft Excel')
    body = '恒达包装 方经理：\n\n畅捷通T+的进货订单导出附上，按电话说的整单优惠1000元。\n\n龙州县边城坚果食品有限公司 农丽娟\n'
    eml = with_attachments(H('农丽娟', 'nonglj@biancheng-nuts.com', 'utf-8', '进货订单PO-2027-09-0011', dh(2027, 9, 11, 16, 8, 2),
                             '20270911160802.55918.nonglj@biancheng-nuts.com', 'X-Mailer: NetEase Flash Mail 2.4.1.32'),
                           body, 'utf-8', 'base64', [attachment(XLSX, data, '进货订单PO-2027-09-0011.xlsx', name_style='rfc2231')],
                           '----=_Part_55918_1788854882.1788854882112')
    return eml, T('xlsx', 'utf-8',
                  'A Longzhou (Guangxi border) macadamia processor\'s 畅捷通 T+ 进货订单 (.xlsx): labels and values in '
                  'cells of one row (单据日期, 单据编号, 供应商 = us, 币种 人民币), 存货名称 and 规格型号 apart (keyed '
                  'joined), a 预计到货日期 column (not the order date), 合计 summing quantities and amounts, then 整单优惠 '
                  '-1,000.00 and 优惠后金额 (the total keyed). Adds up with the discount.',
                  [order('PO-2027-09-0011', '龙州县边城坚果食品有限公司',
                         ('农丽娟', '0771-8813520', '广西崇左市龙州县 水口镇 边贸加工园 边城坚果 包材仓'),
                         '2027-09-11', 'CNY', total, lines)])


# ============================================================ xls attachments
@mail
def h556_xls_tally_pk_multan_mango_ream_per_1000_words():
    rows = [('Mango Box 2 Kg (6 fruits, printed)', 40000, 'Nos', '0.22', 1),
            ('Mango Box 5 Kg (12 fruits, printed)', 20000, 'Nos', '0.38', 1),
            ('Tissue Wrapping Paper 17 gsm', 400, 'Ream', '6.50', 1),
            ('Foam Net Sleeve 10 cm', 120000, 'Nos', '12.00', 1000)]
    lines = [L(None, d, q, per(p, k) if k > 1 else p, D(p) * q / k) for d, q, u, p, k in rows]
    total = m2(subtotal(lines))
    check(lines, total)
    assert total == '20440.00'
    sh = Sheet('Purchase Order')
    sh.set(1, 1, 'PURCHASE ORDER', bold=True, size=14)
    sh.merge(1, 1, 1, 7)
    sh.row(2, 1, ['Multan Fresh Exports (Pvt.) Ltd.', '', '', '', 'Voucher No.', 'PO/045/2027-28'])
    sh.row(3, 1, ['Plot 12, Industrial Estate Phase II, Multan', '', '', '', 'Dated', '12-Sep-2027'])
    sh.row(4, 1, ['Supplier (Bill from)', '', '', '', 'Mode/Terms of Payment', 'L/C at sight'])
    sh.row(5, 1, ['Hangzhou Hengda Packaging Materials Co., Ltd.'])
    thead = ['Sl No.', 'Description of Goods', 'Due on', 'Quantity', 'Rate', 'per', 'Amount']
    body_rows = [[i + 1, d, '20-Oct-2027', '%s %s' % (n0(q), u), D(p), '1000 Nos' if k > 1 else u, D(p) * q / k]
                 for i, (d, q, u, p, k) in enumerate(rows)]
    nxt = put_table(sh, 7, thead, body_rows, {4: '0.00', 6: '#,##0.00'})
    sh.row(nxt, 1, ['', 'Total', '', '', '', '', D(total)], bold=True, border=True)
    sh.row(nxt + 1, 1, ['Amount Chargeable (in words)'])
    sh.row(nxt + 2, 1, ['USD Twenty Thousand Four Hundred Forty Only'])
    sh.row(nxt + 4, 1, ['Despatch to: Multan Fresh Exports - Pack House, Plot 12, Industrial Estate Phase II, Multan'])
    sh.row(nxt + 5, 1, ['Contact: Mr. Asif Qureshi 0300-6312245, 061-6539912'])
    sh.row(nxt + 7, 1, ['for Multan Fresh Exports (Pvt.) Ltd.', '', '', '', 'Authorised Signatory'])
    data = corpus_docs.xls_bytes([sh])
    body = ('Dear Madam,\n\nPlease find enclosed our Purchase Order PO/045/2027-28 (Tally export) for the coming mango '
            'season. L/C will be opened upon receipt of PI.\n\nRegards,\nMuhammad Imran\nManager Procurement\n'
            'Multan Fresh Exports (Pvt.) Ltd.\n+92 61 6539900\n')
    eml = with_attachments(H('Muhammad Imran', 'procurement@multanfresh.com.pk', 'utf-8', 'Purchase Order PO/045/2027-28',
                             dh(2027, 9, 12, 12, 15, 40, 300), 'CAEr5Tu7Wv9Xy1Za3Bc5De7Fg9Hi1Jk3@mail.gmail.com', None),
                           body, 'utf-8', '7bit', [attachment(XLS, data, 'PO-045-2027-28.xls')], '000000000000d3e4f5a6b7c8d9e0')
    return eml, T('xls', 'utf-8',
                  'A Multan (Pakistan) mango exporter\'s Tally purchase order saved as .xls: "Voucher No." PO/045/2027-28 '
                  'and "Dated 12-Sep-2027", our name under "Supplier (Bill from)", Description of Goods (titles as '
                  'written), a "Due on" column, quantities with their unit in the cell ("400 Ream"), a "per" column: foam '
                  'sleeves at 12.00 per "1000 Nos" (keyed per piece, 0.012), Total, "Amount Chargeable (in words)" with no '
                  'figure (USD only in the words and the mail); two phones (keyed the first). Adds up.',
                  [order('PO/045/2027-28', 'Multan Fresh Exports (Pvt.) Ltd.',
                         ('Mr. Asif Qureshi', '0300-6312245', 'Multan Fresh Exports - Pack House, Plot 12, Industrial Estate Phase II, Multan'),
                         '2027-09-12', 'USD', total, lines)])


@mail
def h557_xls_yonyou_t3_xiaoyi_wantuo_tax_rate_columns():
    rows = [('0101', '碗托包装盒', 'PP 单格 带盖', '个', 60000, '0.26'),
            ('0102', '真空袋', '250g 复合 透明', '个', 80000, '0.12'),
            ('0103', '调料包袋', '10g 铝箔', '个', 80000, '0.03'),
            ('0201', '纸箱', '30盒装 五层', '件', 2000, '3.40')]
    lines = spec(rows)
    total = m2(subtotal(lines))
    check(lines, total)
    body_rows = []
    for s, n, g, u, q, p in rows:
        gross = D(p) * q
        net = (gross / D('1.13')).quantize(D('0.01'))
        body_rows.append([s, n, g, u, q, D(p), 13, gross - net, gross])
    sh, nxt = sheet_order('采购订单', [(1, ['采购订单']), (2, ['订单编号：0000000096', '', '', '日期：2027-09-13', '', '供货单位：杭州恒达包装材料有限公司']),
                                   (3, ['部门：供应部', '', '', '业务员：任建平', '', '税率：13%'])],
                          ['存货编码', '存货名称', '规格型号', '主计量', '数量', '含税单价', '税率', '税额', '价税合计'],
                          body_rows, {5: '0.00', 7: '#,##0.00', 8: '#,##0.00'},
                          [(0, ['合计', '', '', '', sum(r[4] for r in rows), '', '', sum(r[7] for r in body_rows), D(total)]),
                           (2, ['到货地址：山西省吕梁市孝义市 梧桐镇 晋味食品园 成品车间']),
                           (3, ['联系人：任建平 0358-7621053  手机 13834281106']),
                           (4, ['孝义市晋味碗托食品有限公司'])])
    data = corpus_docs.xls_bytes([sh])
    body = '恒达：\n\n用友T3导出的采购订单，附件请查收。价格含税。\n\n孝义晋味碗托 任建平\n'
    eml = with_attachments(H('任建平', 'jinwei_xy@163.com', 'gbk', '采购订单0000000096', dh(2027, 9, 13, 9, 30, 28),
                             '7a6b5c4d.3e2f.18fb6a7b8c9.Coremail.jinwei_xy@163.com',
                             'X-Mailer: Coremail Webmail Server Version XT5.0.14 build 20240301(4d6a3e1a)'),
                           body, 'gbk', 'base64', [attachment(XLS, data, '采购订单0000000096.xls', name_style='gbk')],
                           '----=_Part_301188_1788924628.1788924628301')
    return eml, T('xls', 'gbk',
                  'A Xiaoyi (Shanxi coal town) wantuo-snack maker\'s 用友 T3 采购订单 saved as .xls (163 mail): a 10-digit '
                  '订单编号 with leading zeros, labels and values in one cell, 存货名称 and 规格型号 apart (keyed joined), '
                  '主计量 个/件, 含税单价 (keyed), a 税率 column of 13, 税额, 价税合计 (the line amounts), 合计 with quantities '
                  'and tax summed; a landline and a mobile (keyed the first). Adds up.',
                  [order('0000000096', '孝义市晋味碗托食品有限公司',
                         ('任建平', '0358-7621053', '山西省吕梁市孝义市 梧桐镇 晋味食品园 成品车间'),
                         '2027-09-13', 'CNY', total, lines)])


@mail
def h558_xls_phc_pt_aveiro_ovos_moles_resma_desc():
    rows = [('BAR-250', 'Barrica de madeira 250 g', 12000, 'un', '0.48', 0),
            ('CX-6', 'Caixa cartão 6 barricas', 2000, 'un', '0.90', 0),
            ('PV-3040', 'Papel vegetal 30x40', 60, 'resma', '14.50', 0),
            ('SK-M', 'Saco kraft médio', 5000, 'un', '0.12', 0)]
    lines = [L(s, d, q, p) for s, d, q, u, p, r in rows]
    total = m2(subtotal(lines))
    check(lines, total)
    sh, nxt = sheet_order('Encomenda', [(1, ['Doçaria Ria de Aveiro, Lda.']), (2, ['Rua de Coimbra 15, 3810-155 Aveiro']),
                                        (4, ['Encomenda a Fornecedor N.º', '114/2027', '', 'Data', '13-09-2027']),
                                        (5, ['Fornecedor', 'HANGZHOU HENGDA PACKAGING MATERIALS', '', 'Moeda', 'EUR'])],
                          ['Referência', 'Designação', 'Qtd.', 'Unid.', 'Preço Unit.', 'Desc.%', 'Total'],
                          [[s, d, q, u, D(p), r, D(p) * q] for s, d, q, u, p, r in rows], {4: '0.00', 6: '#,##0.00'},
                          [(0, ['', '', '', '', '', 'Total Ilíquido', D(total)]), (1, ['', '', '', '', '', 'IVA (autoliquidação)', D(0)]),
                           (2, ['', '', '', '', '', 'Total Documento', D(total)]),
                           (4, ['Local de descarga: Armazém Cacia, Zona Industrial de Cacia, Lote 22, 3800-533 Aveiro']),
                           (5, ['Contacto: Sr. Rui Tavares 234 910 221 / 912 345 678'])])
    data = corpus_docs.xls_bytes([sh])
    body = ('Boa tarde,\n\nSegue em anexo a nossa encomenda n.º 114/2027 (exportada do PHC).\n\nCumprimentos,\n'
            'Inês Marques\nDoçaria Ria de Aveiro, Lda.\n234 910 200\n')
    eml = with_attachments(H('Inês Marques', 'compras@docariariadeaveiro.pt', 'iso-8859-1', 'Encomenda 114/2027',
                             dh(2027, 9, 13, 15, 44, 9, 60), '001101dbed9a$7c8d9e0f$1a2b3c4d$@docariariadeaveiro.pt',
                             'X-Mailer: Microsoft Outlook 16.0'),
                           body, 'iso-8859-1', 'quoted-printable', [attachment(XLS, data, 'Encomenda_114_2027.xls')],
                           '----=_NextPart_000_0012_01DBED9A.7C8D9E0F')
    return eml, T('xls', 'iso-8859-1',
                  'An Aveiro (Portugal) ovos-moles maker\'s PHC supplier order (.xls, Outlook ISO-8859-1): "Encomenda a '
                  'Fornecedor N.º" with 114/2027 in the next cell, Data 13-09-2027, our name in capitals as Fornecedor, '
                  'Designação only (titles as written), paper in resmas (keyed as written), a Desc.% column of zeros, '
                  'Total Ilíquido, IVA (autoliquidação) 0 and Total Documento; unloading at a second site, two phones '
                  '(keyed the first). Adds up.',
                  [order('114/2027', 'Doçaria Ria de Aveiro, Lda.',
                         ('Sr. Rui Tavares', '234 910 221', 'Armazém Cacia, Zona Industrial de Cacia, Lote 22, 3800-533 Aveiro'),
                         '2027-09-13', 'EUR', total, lines)])


# ============================================================ CSV attachments
@mail
def h559_csv_excel_mac_madeira_honey_cake_semicolon_cp1252():
    rows = [('Lata redonda', '500 g, litografada', 8000, '0.95'),
            ('Lata redonda', '250 g, litografada', 6000, '0.70'),
            ('Papel manteiga', 'rolo 40 cm x 200 m', 30, '12.00'),
            ('Caixa expedição', '20 latas', 700, '1.05')]
    lines = [L(None, '%s %s' % (n, g), q, p) for n, g, q, p in rows]
    total = m2(subtotal(lines))
    check(lines, total)
    tab = [['Encomenda n.º', 'BM-0914', '', '', ''], ['Data', '14/09/2027', '', '', ''], ['', '', '', '', ''],
           ['Artigo', 'Especificação', 'Quantidade', 'Preço €', 'Total €']]
    tab += [[n, g, str(q), eu(p).replace('.', ''), eu(D(p) * q).replace('.', '')] for n, g, q, p in rows]
    tab += [['', '', '', 'TOTAL', eu(total).replace('.', '')]]
    data = corpus_docs.csv_text(tab, delim=';').encode('cp1252')
    body = ('Olá Fang,\n\nEnvio a encomenda BM-0914 em CSV (Excel do Mac). Entrega no nosso armazém do Funchal: Bolo de Mel '
            'da Serra, Lda., Estrada Monumental 220, 9000-100 Funchal, Madeira - Sr. Duarte Freitas, 291 700 455.\n\n'
            'Obrigada,\nCarla Gouveia\nBolo de Mel da Serra, Lda.\n291 700 450\n')
    eml = with_attachments(H('Carla Gouveia', 'carla@bolodemeldaserra.pt', 'utf-8', 'Encomenda BM-0914 latas',
                             dh(2027, 9, 14, 11, 5, 30, 60), '9A8B7C6D-5E4F-4A3B-2C1D-0E9F8A7B6C5D@bolodemeldaserra.pt',
                             'X-Mailer: Apple Mail (2.3826.400.131.1.6)'), body, 'utf-8', 'quoted-printable',
                           [attachment('text/csv', data, 'Encomenda BM-0914.csv')], 'Apple-Mail=_5C4B3A29-1807-4F6E-9D8C-7B6A59483726')
    return eml, T('csv', 'windows-1252',
                  'A Madeira honey-cake bakery\'s order from Excel for Mac saved as CSV: semicolons, decimal commas, '
                  'Windows-1252 (ç, º, € in headers), "Encomenda n.º" and Data 14/09/2027 on label rows and an empty row, '
                  'the same tin twice told apart by Especificação (keyed joined), paper in rolls, TOTAL; the Funchal '
                  'warehouse and contact only in the mail. Adds up.',
                  [order('BM-0914', 'Bolo de Mel da Serra, Lda.',
                         ('Sr. Duarte Freitas', '291 700 455', 'Bolo de Mel da Serra, Lda., Estrada Monumental 220, 9000-100 Funchal, Madeira'),
                         '2027-09-14', 'EUR', total, lines)])


@mail
def h560_csv_quickbooks_online_ca_pei_chips_report_export():
    rows = [('Chip bag 150 g', 'Metallised, 4-col, nitrogen flush', 60000, '0.068'),
            ('Chip bag 40 g', 'Metallised, 4-col, snack size', 120000, '0.041'),
            ('Shipper case', '24 x 150 g, 200#', 2500, '0.88')]
    lines = [L(None, '%s %s' % (n, g), q, p) for n, g, q, p in rows]
    total = m2(subtotal(lines))
    check(lines, total)
    tab = [['Heritage Island Chips Inc.'], ['Open Purchase Order Detail'], ['All Dates'], [],
           ['', 'Date', 'Num', 'Vendor', 'Product/Service', 'Memo/Description', 'Qty', 'Rate', 'Amount'],
           ['Hangzhou Hengda Packaging Materials']]
    tab += [['', '09/15/2027', '1187', 'Hangzhou Hengda Packaging Materials', n, g, '{:,.2f}'.format(q), p, usd(D(p) * q)]
            for n, g, q, p in rows]
    tab += [['Total for Hangzhou Hengda Packaging Materials', '', '', '', '', '', '{:,.2f}'.format(sum(r[2] for r in rows)), '',
             '$' + usd(total)], [], ['TOTAL', '', '', '', '', '', '', '', '$' + usd(total)], [], [], [],
            ['Wednesday, Sep 15, 2027 10:12:05 AM GMT-03:00']]
    data = corpus_docs.csv_text(tab, quote_all=False).encode('utf-8')
    body = ('Hi Fang,\n\nOur PO 1187 is attached as a CSV export from QuickBooks Online (the PDF form would not attach, '
            'sorry). Amounts are in US dollars as quoted.\n\nShip to our plant: Heritage Island Chips Inc., 455 Read Drive, '
            'Summerside, PE C1N 5A9, Canada. Receiving: Luc Arsenault 902-555-0148.\n\nThanks,\nMegan MacDonald\n'
            'Heritage Island Chips Inc.\n902-555-0100\n')
    eml = with_attachments(H('Megan MacDonald', 'megan@heritageislandchips.ca', 'utf-8', 'PO 1187 - chip bags',
                             dh(2027, 9, 15, 10, 20, 44, -180), 'YT3PR01MB8123F4E5D6C7B8A9@YT3PR01MB8123.CANPRD01.PROD.OUTLOOK.COM',
                             None), body, 'utf-8', 'quoted-printable',
                           [attachment('text/csv', data, 'Open Purchase Order Detail.csv')],
                           '_002_YT3PR01MB8123F4E5D6C7B8A9YT3PR01MB8123CANP_')
    return eml, T('csv', 'utf-8',
                  'A PEI (Canada) potato-chip maker sends a QuickBooks Online report export as CSV ("Open Purchase Order '
                  'Detail"): company, report name and "All Dates" rows, a blank first column, a vendor group row, Date '
                  '09/15/2027 and Num 1187 on every line, Product/Service and Memo/Description apart (keyed joined), '
                  'quantities with two decimals and thousands commas (quoted), 3-decimal rates, "Total for …" and TOTAL '
                  'with "$", a time-stamp row at the end; USD and the ship-to only in the mail. Adds up.',
                  [order('1187', 'Heritage Island Chips Inc.',
                         ('Luc Arsenault', '902-555-0148', 'Heritage Island Chips Inc., 455 Read Drive, Summerside, PE C1N 5A9, Canada'),
                         '2027-09-15', 'USD', total, lines)])


@mail
def h561_csv_weidian_sanya_mango_gbk_receiver_every_row():
    rows = [('芒果礼盒', '5斤装 手提 开窗', 4000, '5.20'),
            ('芒果网套', '12cm 白色', 40000, '0.03'),
            ('快递箱', '5斤 五层 加厚', 4000, '2.60')]
    lines = [L(None, '%s %s' % (n, g), q, p) for n, g, q, p in rows]
    total = m2(subtotal(lines))
    check(lines, total)
    tab = [['采购单号', '下单时间', '商品名称', '商品规格', '数量', '单价', '小计', '收货人', '联系电话', '收货地址', '备注']]
    tab += [['WD20270916000812', '2027/9/16 14:02', n, g, q, p, m2(D(p) * q), '吉亚平', '18976012288',
             '海南省三亚市崖州区 崖州湾 南繁路 鲜果集货仓 3 号门', '']
            for n, g, q, p in rows]
    tab += [['', '', '合计', '', sum(r[2] for r in rows), '', total, '', '', '', '']]
    data = corpus_docs.csv_text(tab).encode('gbk')
    body = '恒达包装：\n\n芒果季的包材，微店后台导出的采购单附上。礼盒和箱子9月底前到。\n\n三亚崖州鲜果电子商务有限公司 吉亚平\n'
    eml = with_attachments(H('吉亚平', '2750166384@qq.com', 'gbk', '采购单WD20270916000812', dh(2027, 9, 16, 14, 10, 3),
                             'tencent_6F5E4D3C2B1A0F9E8D7C6B5A@qq.com', 'X-QQ-Mailer: QQMail 2.x'),
                           body, 'gbk', 'base64', [attachment('text/csv', data, '采购单WD20270916000812.csv', name_style='gbk')],
                           '----=_NextPart_6F5E4D3C_2B1A0F9E_8D7C6B5A')
    return eml, T('csv', 'gbk',
                  'A Sanya (Hainan) mango e-shop\'s Weidian (微店) export (GBK CSV, QQ Mail): order number, a date-time '
                  '"2027/9/16 14:02" and the receiver, phone and address repeated on every row, 商品名称 and 商品规格 apart '
                  '(keyed joined), an empty 备注 column, a 合计 row with quantities; the company only in the mail '
                  'signature. Adds up.',
                  [order('WD20270916000812', '三亚崖州鲜果电子商务有限公司',
                         ('吉亚平', '18976012288', '海南省三亚市崖州区 崖州湾 南繁路 鲜果集货仓 3 号门'),
                         '2027-09-16', 'CNY', total, lines)])


# ============================================================ not orders
@mail
def h562_non_anshun_batik_rfq_dingtalk_quantities_no_prices():
    body = """恒达包装 销售部：

我们是安顺的蜡染工作室，明年要做一批文创礼盒，想请贵司报个价（含税、含运费到安顺）：

1. 蜡染方巾礼盒  30×30×5cm 天地盖 内衬绒布  预计 3000 个
2. 手提纸袋  白卡 250g 四色印刷 配棉绳  预计 5000 个
3. 包装纸  60g 棉纸 印暗纹  预计 20 令
4. 外箱  10盒装 五层  预计 300 个

请在9月25日前回复单价和交期，能寄样品最好。量还没定，先比价。

安顺市西秀区 黔艺蜡染文化工作室
杨晓梅 0851-33221870 / 13595346612
地址：贵州省安顺市西秀区 旧州镇 文化街 26 号
"""
    eml = single(H('杨晓梅', 'yangxm@qianyi-batik.cn', 'utf-8', '询价：蜡染礼盒 手提袋 包装纸 外箱', dh(2027, 9, 17, 16, 25, 13),
                   'b7a6c5d4-e3f2-4a1b-8c9d-0e1f2a3b4c5d.1788941113@dingtalk.com', 'X-Mailer: DingTalk Mail'),
                 body, 'utf-8', 'base64')
    return eml, T('none', 'utf-8',
                  'NOT an order: an Anshun (Guizhou) batik studio asks for a quotation (DingTalk mail): four items with specs '
                  'and "预计" quantities, no prices, a reply deadline, "量还没定，先比价". A quotation request for sales; '
                  'nothing is keyed.', [])


@mail
def h563_non_xero_remittance_advice_huon_valley_po_0217():
    body = """Hi Hangzhou Hengda Packaging Materials Co., Ltd.,

Here's your remittance advice for payment of AUD 15,350.00.

Remittance Advice
From: Huon Valley Cider Co Pty Ltd
Payment date: 29 Oct 2027
Reference: PO-0217 / INV HD-27-1123

Invoice Number    Invoice Date    Reference    Amount Paid
HD-27-1123        21 Oct 2027     PO-0217      15,350.00

Total AUD Paid                                 15,350.00

Payment made by international transfer to your account ending 4410.

If you have any questions, please let us know.

Thanks,
Huon Valley Cider Co Pty Ltd
"""
    eml = single(H('Huon Valley Cider Co Pty Ltd', 'messaging-service@post.xero.com', 'utf-8',
                   'Remittance advice from Huon Valley Cider Co Pty Ltd', dh(2027, 10, 29, 9, 2, 40, 660),
                   '0100018f9e8d7c6b-5a4f3e2d-1c0b-9a8f-7e6d-5c4b3a2f1e0d-000000@email.amazonses.com', None,
                   extra=('Reply-To: "Emma Walsh" <emma@huonvalleycider.com.au>',)),
                 body, 'utf-8', 'quoted-printable')
    return eml, T('none', 'utf-8',
                  'NOT an order: Xero\'s remittance advice from the Tasmanian cider maker (h550) paying our invoice for '
                  'PO-0217: invoice number, date, PO reference and amount in a space-aligned table, Total AUD Paid. It '
                  'goes to accounts; nothing is keyed.', [])


@mail
def h564_non_bayannur_goods_received_note_short_quantities():
    tab = wcols([('品名', '规格', '订货数', '实收数', '差异', '备注'),
                 ('瓜子包装袋', '500g 镀铝 自立 拉链', '100,000', '100,000', '0', ''),
                 ('瓜子包装袋', '250g 镀铝 自立', '120,000', '118,000', '-2,000', '少两件'),
                 ('礼盒', '2斤装 天地盖 烫金', '6,000', '6,000', '0', '3个烫金不清'),
                 ('外箱', '20袋装 五层', '5,000', '5,000', '0', '')],
                [12, 22, 10, 10, 8, 12], right=(2, 3, 4))
    body = """恒达包装：

订货单 HT-KZ-270815 的货昨天到了，入库单如下（入库单号 RK-270924-06）：

%s

250g 的袋子少了 2000 个（两件），请补发或者从余款里扣 380.00 元。礼盒有 3 个烫金不清，这次先不退。
余款 %s 元等补货到了一起付。

巴彦淖尔市河套葵花食品有限公司 仓库 高志刚 0478-8216623
""" % (tab, amt(D('107100.00') - D('21420.00') - D('380.00')))
    eml = single(H('高志刚', 'gaozg@htkuihua.com', 'gb18030', '入库单 RK-270924-06（订货单 HT-KZ-270815）', dh(2027, 9, 24, 15, 40, 21),
                   '202709241540211106245@htkuihua.com', 'X-Mailer: Foxmail 7.2.25.375[cn]'), body, 'gb18030', 'base64')
    return eml, T('none', 'gb18030',
                  'NOT an order: the Bayannur sunflower-seed maker\'s warehouse (h529) reports its goods received note for '
                  'HT-KZ-270815: ordered and received quantities side by side, a shortage of 2,000 bags, a deduction and '
                  'the balance to pay. It goes to sales and accounts (a resend, if any, is entered by us); nothing is '
                  'keyed.', [])


@mail
def h565_non_rize_complaint_iso8859_9_quoting_order():
    body = """Sayın Hengda,

RZ-2027-0824 numaralı siparişimiz dün fabrikaya ulaştı. 500 g teneke kutuların yaklaşık 600 adedinde
kapak oturmuyor (ölçü farkı var), fotoğrafları ayrıca gönderiyorum. Bu kutuları ya yenileyin ya da bir
sonraki faturadan düşün. Lütfen en kısa sürede dönüş yapınız.

Our order RZ-2027-0824 arrived yesterday; about 600 of the 500 g tins have lids that do not fit.
Please replace them or credit us on the next invoice.

Elif Şahin
Karadeniz Çay Sanayi A.Ş.
+90 464 217 30 00

-----Original Message-----
From: Elif Şahin
Sent: 24 Ağustos 2027 10:14
To: orders@hengda-pack.cn
Subject: Sipariş RZ-2027-0824 - çay ambalajı

Sipariş No: RZ-2027-0824
Tarih: 24.08.2027
ÇK-500   Çay kutusu    500 g, teneke, baskılı        10.000 adet   1,10   11.000,00
ÇP-1000  Çay poşeti    1 kg, alüminyum, dik duran    20.000 adet   0,32    6.400,00
KK-12    Karton koli   12 kutu, 5 katlı                 850 adet   1,25    1.062,50
Genel toplam: 18.093,25 EUR
"""
    eml = single(H('Elif Şahin', 'elif.sahin@karadenizcay.com.tr', 'iso-8859-9',
                   'YNT: Sipariş RZ-2027-0824 - kapak sorunu / lids do not fit', dh(2027, 10, 21, 9, 5, 47, 180),
                   '00a101dc0312$6b7c8d9e$0f1a2b3c$@karadenizcay.com.tr', 'X-Mailer: Microsoft Outlook 16.0'),
                 body, 'iso-8859-9', 'quoted-printable')
    return eml, T('none', 'iso-8859-9',
                  'NOT an order: the Rize tea packer (h538) complains in Turkish and English that 600 tin lids do not fit, '
                  'asking for replacement or credit, above its own original order quoted in full (number, date, lines, '
                  'Genel toplam). A complaint for sales; nothing is keyed.', [])


@mail
def h566_non_pokhara_zoho_auto_reply_quoting_po_subject():
    body = """Dear Sender,

Thank you for your email. I am out of office for Dashain and Tihar from 5 October to 25 October 2027
with limited access to email.

For urgent matters regarding purchase orders (including AOT/PO/082/2027), shipments and LC, please
contact our office at purchase@annapurnatea.com.np or +977 61 465 220.

Regards,
Prakash Gurung
Annapurna Orthodox Tea Pvt. Ltd.
"""
    eml = single(H('Prakash Gurung', 'prakash.gurung@annapurnatea.com.np', 'utf-8',
                   'Auto Reply: Re: Order AOT/PO/082/2027 - tins and pouches - PI HD-PI-27-0913 total correction',
                   dh(2027, 10, 6, 8, 0, 2, 345), '1791087602001.99120.prakash.gurung@annapurnatea.com.np',
                   'X-Mailer: Zoho Mail', extra=('Auto-Submitted: auto-replied', 'X-Autoreply: yes')),
                 body, 'utf-8', '7bit')
    return eml, T('none', 'utf-8',
                  'NOT an order: the Pokhara tea estate\'s (h536) Zoho Mail auto-reply for a festival absence, its subject '
                  'quoting the PO subject and our PI about the total, its text naming the PO. Nothing is keyed.', [])


# ============================================================ main

if __name__ == '__main__':
    run(HERE, MAILS, sys.argv[1:])  # write the mails here
