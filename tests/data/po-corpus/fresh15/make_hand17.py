#!/usr/bin/python3
"""Hand-written purchase-order mails h607–h646 (the seventeenth untuned set).

Written one by one as customers of 杭州恒达包装材料有限公司 send them,
without reading the extractor and without running orderctl or the score
script on them; each function gives the mail and the truth a careful order
clerk would key in (notes say when the clerk holds it). Where a line has
its specification in its own column or field, the title is name + " " +
spec. Helpers come from ../corpus_hand.py (and the table drawers of
../fresh14/make_hand16.py); attachments use ../corpus_docs.py:

    /usr/bin/python3 tests/data/po-corpus/fresh15/make_hand17.py [hNNN ...]
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
                         H, T, html_mail, strip, pdf_mail, sheet_order)
from make_hand16 import pk, lt, framed, spaced, n0  # noqa: E402

MAILS, mail = registry()


def sp(rows):
    """rows (name, spec, qty, price): title name + ' ' + spec."""
    return [L(None, '%s %s' % (n, g) if g else n, q, p) for n, g, q, p in rows]


def ssp(rows):
    """rows (sku, name, spec, qty, price)."""
    return [L(s, '%s %s' % (n, g) if g else n, q, p) for s, n, g, q, p in rows]


# ============================================================ plain text bodies
@mail
def h607_qiqihar_bbq_lark_jingdouyun_tabs_letterhead_three_phones():
    rows = [('JD-1001', '烤肉酱瓶', '280g 玻璃 八角', '个', 20000, '0.98'),
            ('JD-1002', '瓶盖', '70mm 红色 印字', '个', 20000, '0.16'),
            ('JD-1003', '瓶标', '不干胶 覆亮膜 1000张/卷', '卷', 20, '46.00'),
            ('JD-1004', '礼盒', '6瓶装 手提 彩印', '个', 2500, '4.60')]
    lines = ssp([(s, n, g, q, p) for s, n, g, u, q, p in rows])
    total = m2(subtotal(lines))
    check(lines, total)
    tab = '\n'.join(['商品编号\t商品名称\t规格型号\t单位\t数量\t单价\t金额'] +
                    ['%s\t%s\t%s\t%s\t%d\t%s\t%s' % (s, n, g, u, q, p, m2(lt(p, q))) for s, n, g, u, q, p in rows] +
                    ['合计\t\t\t\t\t\t' + m2(total)])
    body = f"""齐齐哈尔老城烤肉食品有限公司
黑龙江省齐齐哈尔市龙沙区 卜奎大街 56 号
总机 0452-2436600  采购 0452-2436618  传真 0452-2436619

杭州恒达包装材料有限公司  收
杭州市萧山区 江东三路 88 号

精斗云采购订单（复制）
单据编号：CG-20271122-004
单据日期：2027-11-22

{tab}

送货地址：哈尔滨市道里区 哈双北路 1 号 哈尔滨综合物流园 北区 17 库（老城烤肉 哈尔滨仓）
收货人：于海涛 186 4521 9088，仓库座机 0451-8462 7310
开票：增值税普票

采购 孙丽娜 / 飞书 13904525517
"""
    eml = single(H('孙丽娜', 'sunln@laocheng-kaorou.cn', 'utf-8', '采购订单 CG-20271122-004（烤肉酱包材）',
                   dh(2027, 11, 22, 9, 14, 27), '4f1c2a3b-7d8e-49f0-a1b2-c3d4e5f60718@larksuite.com',
                   'X-Mailer: Lark Mail'), body, 'utf-8', 'base64')
    return eml, T('body', 'utf-8',
                  'A Qiqihar barbecue-sauce maker from Lark Mail: its letterhead with three numbers above our name and address '
                  '("收"), a 金蝶精斗云 purchase order pasted with tabs (商品编号, 商品名称 and 规格型号 apart, keyed joined), labels '
                  'in 卷, 合计 row; delivery to a Harbin warehouse, the receiver with a mobile and the warehouse line (keyed the '
                  'first); no currency is written. Adds up.',
                  [order('CG-20271122-004', '齐齐哈尔老城烤肉食品有限公司',
                         ('于海涛', '186 4521 9088', '哈尔滨市道里区 哈双北路 1 号 哈尔滨综合物流园 北区 17 库（老城烤肉 哈尔滨仓）'),
                         '2027-11-22', None, total, lines)])


@mail
def h608_jiamusi_rice_samsung_sentences_per_thousand_jian():
    lines = [L(None, '大米编织袋 10kg 彩印 覆膜', 30000, per('620', 1000), D('620') * 30),
             L(None, '大米真空砖袋 2.5kg 透明尼龙', 40000, '0.32'),
             L(None, '礼盒 5kg 装 手提', 3000, '7.20'),
             L(None, '外包装纸箱 4盒 五层', 750, '6.00')]
    total = m2(subtotal(lines))
    check(lines, total)
    body = f"""方经理你好，

我是佳木斯富锦的郭立新，今年新米下来了，订一批包装：

10公斤彩印覆膜编织袋要三万条，还是按每千条620元算；2.5公斤的透明尼龙真空砖袋4万个，3毛2一个；
5公斤装手提礼盒3000个，7块2；外面的五层纸箱（装4盒的）750件，6块钱一件。

一共{amt(total)}元。订单号就用FJ-DM-1123吧。

发货地址：黑龙江省佳木斯市富锦市 锦山镇 新华村 富锦稻香米业 仓库
收货人 郭立新 155 4540 3312

富锦稻香米业有限公司
2027.11.23

从我的 Samsung Galaxy 发送
"""
    eml = single(H('郭立新', 'guolixin1978@163.com', 'utf-8', '订包装', dh(2027, 11, 23, 20, 41, 3),
                   'wrw4b6yx1m0p8t3n5c2q7a9d.1795441263127@email.android.com', None,
                   extra=('X-Android-Message-ID: <wrw4b6yx1m0p8t3n5c2q7a9d.1795441263127@email.android.com>',)),
                 body, 'utf-8', 'quoted-printable')
    return eml, T('body', 'utf-8',
                  'A Fujin (Jiamusi) rice mill from Samsung Email on Android: the order told in sentences ("三万条", "每千条620元", '
                  '"3毛2一个", "7块2", "750件"), woven bags priced per thousand (keyed per piece, 0.62), the order number '
                  'offered in passing ("订单号就用FJ-DM-1123吧"), the date 2027.11.23 above the signature. Adds up.',
                  [order('FJ-DM-1123', '富锦稻香米业有限公司',
                         ('郭立新', '155 4540 3312', '黑龙江省佳木斯市富锦市 锦山镇 新华村 富锦稻香米业 仓库'),
                         '2027-11-23', 'CNY', total, lines)])


@mail
def h609_tongren_fanjingshan_tea_guanyiyun_spaces_ling_zha_tax():
    rows = [('GY-01', '茶叶罐', '铁罐 100g 抹茶绿', '个', 8000, '2.85'),
            ('GY-02', '内衬纸', '棉纸 35×45', '令', 40, '68.00'),
            ('GY-03', '麻绳', '3mm 本色', '扎', 200, '5.50'),
            ('GY-04', '礼盒', '双罐装 翻盖 烫银', '个', 4000, '6.30')]
    lines = ssp([(s, n, g, q, p) for s, n, g, u, q, p in rows])
    net = subtotal(lines)
    tax = (net * D('0.13')).quantize(D('0.01'))
    total = m2(net + tax)
    check(lines, total, tax)
    tab = spaced([('编码', '名称', '规格', '单位', '数量', '未税单价', '未税金额')] +
                 [(s, n, g, u, n0(q), p, amt(lt(p, q))) for s, n, g, u, q, p in rows],
                 [8, 10, 20, 6, 8, 10, 12], right=(4, 5, 6))
    body = f"""恒达方经理：

管易云里导出来的采购单，贴在下面，价钱是未税的，税点13另算。

采购单号  PO2711250009
日期      2027-11-25

{tab}

未税合计 {amt(net)}
税额     {amt(tax)}
含税合计 {amt(total)}

收货：贵州省铜仁市江口县 梵净山大道 288 号 梵净山茶业 成品库
联系人：杨再兴 0856-6522318 / 158 8563 0471

贵州梵净山翠峰茶业有限公司  采购 吴小琴
"""
    eml = single(H('吴小琴', 'wuxq@fjs-cuifeng.com', 'gbk', '采购单PO2711250009', dh(2027, 11, 25, 15, 2, 44),
                   '202711251502441234567@fjs-cuifeng.com', 'X-Mailer: Foxmail 7.2.25.375[cn]'),
                 body, 'gbk', 'base64')
    return eml, T('body', 'gbk',
                  'A Jiangkou (Tongren, Guizhou) tea company pastes a 管易云 purchase order (GBK base64): label and value '
                  'separated by spaces, columns aligned by spaces only, 名称 and 规格 apart (keyed joined), units 令 and 扎, '
                  'untaxed prices, then 未税合计, 税额 and 含税合计 (the total keyed, with the 13 % tax); two phones (keyed '
                  'the first); no currency is written. Adds up with the tax.',
                  [order('PO2711250009', '贵州梵净山翠峰茶业有限公司',
                         ('杨再兴', '0856-6522318', '贵州省铜仁市江口县 梵净山大道 288 号 梵净山茶业 成品库'),
                         '2027-11-25', None, total, lines)])


@mail
def h610_yushu_yak_yogurt_wanliniu_order_in_quote_added_line():
    qrows = [('酸奶杯', '200ml PP 带盖 印藏文', 30000, '0.42'),
             ('吸管勺', '独立包装', 30000, '0.05'),
             ('保温箱', 'EPS 24杯装', 1250, '8.80')]
    rows = qrows + [('手提袋', '牛皮纸 小号', 5000, '0.60')]
    lines = sp(rows)
    total = m2(subtotal(lines))
    check(lines, total)
    qt = '\n'.join('> %s  %s  %s个  %s元/个' % (n, g, n0(q), p) for n, g, q, p in qrows)
    body = f"""方经理：

报价收到，就按下面的价和量下单，另外再加 5000 个牛皮纸小号手提袋（上次是 0.60 一个，就按那个价）。
万里牛里的采购单号 WLN-PO-271126-02，总共 {amt(total)} 元，确认后先付一半。

送货：青海省西宁市城北区 生物园区 经二路 16 号 三江源冷链仓 转玉树
联系 才让扎西 139 9762 0188

玉树三江源牦牛乳业有限公司  格桑卓嘎
2027年11月26日

-----原始邮件-----
发件人："方静" <fangjing@hengda-pack.cn>
发送时间：2027-11-24 16:20:11 (星期三)
收件人：gesangzhuoga@sjy-yakmilk.com
主题：报价 牦牛酸奶包装

> 格桑您好，报价如下（含税，运到西宁）：
{qt}
> 合计 {amt(sum(lt(p, q) for n, g, q, p in qrows))} 元
> 杭州恒达包装材料有限公司 方静 0571-82876612
"""
    eml = single(H('格桑卓嘎', 'gesangzhuoga@sjy-yakmilk.com', 'gb18030', '回复：报价 牦牛酸奶包装', dh(2027, 11, 26, 12, 8, 51),
                   '5d6e7f80.3c2b.18f2a4c6b1d.Coremail.gesangzhuoga@sjy-yakmilk.com',
                   'X-Mailer: Coremail Webmail Server Version 2023.1-cmXT5'), body, 'gb18030', 'base64')
    return eml, T('body', 'gb18030',
                  'A Yushu (Qinghai) yak-yogurt dairy from Coremail (GB18030): "就按下面的价和量下单" above our quotation quoted '
                  'with ">" (name, spec, qty, price), plus one new line in the reply text (kraft bags 5000 at 0.60, keyed as a '
                  'fourth line); the number (万里牛) and the new total only in the reply; half paid after confirmation (not '
                  'the total); delivery to a Xining cold store for Yushu. Adds up with the added line.',
                  [order('WLN-PO-271126-02', '玉树三江源牦牛乳业有限公司',
                         ('才让扎西', '139 9762 0188', '青海省西宁市城北区 生物园区 经二路 16 号 三江源冷链仓 转玉树'),
                         '2027-11-26', 'CNY', total, lines)])


@mail
def h611_wuzhishan_tea_1688_order_paste_freight():
    rows = [('红茶铁罐 圆形 250g', '颜色:墨绿;印刷:烫金', 3000, '3.40'),
            ('茶叶自封袋', '规格:12×20cm;材质:铝箔', 20000, '0.13'),
            ('礼品手提袋', '尺寸:中号;材质:白卡', 3000, '1.05')]
    lines = sp(rows)
    goods = subtotal(lines)
    freight = D('180.00')
    total = m2(goods + freight)
    check(lines, total, freight)
    items = '\n'.join(f'货品：{n}\n  {g}\n  单价(元)：{p}   数量：{q}   小计：{m2(lt(p, q))}' for n, g, q, p in rows)
    body = f"""你好，我在1688上下了单，但是想直接跟你们对一下，贴在这里：

订单号：3719264850127734561
下单时间：2027-11-27 10:32:18
卖家：杭州恒达包装材料有限公司

{items}

货品总价：{amt(goods)}
运费：{amt(freight)}
实付款：{amt(total)}

收货信息：符海燕，13876041123，海南省五指山市 通什镇 山庄路 7 号 五指山黎寨茶园 办公楼
买家留言：茶罐要墨绿，不要深蓝，上次搞错了

五指山黎寨茶业有限公司
"""
    eml = single(H('符海燕', '13876041123@163.com', 'gbk', '1688订单3719264850127734561', dh(2027, 11, 27, 10, 40, 2),
                   '6a7b8c9d.2e1f.18f2b1a0c3d.Coremail.13876041123@163.com', 'X-Mailer: Coremail Webmail Server Version XT5.0.14'),
                 body, 'gbk', 'base64')
    return eml, T('body', 'gbk',
                  'A Wuzhishan (Hainan) tea garden pastes its 1688 order (GBK): 订单号 of 19 digits, 下单时间, items as '
                  'three-line blocks (货品 name, a "颜色:…;印刷:…" spec line keyed joined, 单价/数量/小计), 货品总价, 运费 and '
                  '实付款 (the total, with freight); the 收货信息 on one line (name, mobile, address). Adds up with freight.',
                  [order('3719264850127734561', '五指山黎寨茶业有限公司',
                         ('符海燕', '13876041123', '海南省五指山市 通什镇 山庄路 7 号 五指山黎寨茶园 办公楼'),
                         '2027-11-27', 'CNY', total, lines)])


@mail
def h612_chaozhou_beef_balls_two_orders_factory_shop_deposit():
    la = sp([('牛肉丸真空袋', '500g 印"潮味"', 60000, '0.16'), ('泡沫箱', '20袋装', 3000, '7.40'),
             ('冰袋', '400ml', 10000, '0.45')])
    ta = m2(subtotal(la))
    lb = sp([('礼盒', '1kg×2 手提 红色', 2000, '6.90'), ('手提袋', '牛皮纸 大号', 2000, '0.95')])
    tb = m2(subtotal(lb))

    def block(ls):
        return '\n'.join('  %d. %s  %s个 × %s = %s' % (i + 1, x['title'], n0(x['qty']), x['unit_price'], amt(x['total']))
                         for i, x in enumerate(ls))
    body = f"""方经理：

两张单一起发，分开开票。

【第一单】工厂用 单号 CZNW-271129-A
{block(la)}
  小计 {amt(ta)} 元，先付订金 3000 元
  送：广东省潮州市潮安区 庵埠镇 梅溪工业区 3 路 潮味牛肉丸厂  收货 陈泽鹏 137 1468 2250

【第二单】门市用 单号 CZNW-271129-B
{block(lb)}
  小计 {amt(tb)} 元
  送：广东省潮州市湘桥区 太平路 102 号 潮味老铺  收货 林秋燕 0768-2223188

潮州市潮味食品有限公司  黄少娟
2027-11-29
"""
    eml = single(H('黄少娟', 'huangsj@chaowei-food.com', 'gbk', '两张采购单 CZNW-271129-A / B', dh(2027, 11, 29, 11, 55, 7),
                   'tencent_7C1D2E3F4A5B6C7D8E9F0A1B@qq.com', 'X-QQ-Mailer: QQMail 2.x'), body, 'gbk', 'quoted-printable')
    return eml, T('body', 'gbk',
                  'A Chaozhou beef-ball maker (QQ Mail, GBK QP): two orders in one mail (【第一单】 for the factory, 【第二单】 '
                  'for its shop), each with its own number, lines "name spec qty个 × price = amount" (name and spec as written '
                  'in one run), 小计 and its own delivery address; a 3000 deposit on the first (not the total). Each adds up.',
                  [order('CZNW-271129-A', '潮州市潮味食品有限公司',
                         ('陈泽鹏', '137 1468 2250', '广东省潮州市潮安区 庵埠镇 梅溪工业区 3 路 潮味牛肉丸厂'),
                         '2027-11-29', 'CNY', ta, la),
                   order('CZNW-271129-B', '潮州市潮味食品有限公司',
                         ('林秋燕', '0768-2223188', '广东省潮州市湘桥区 太平路 102 号 潮味老铺'),
                         '2027-11-29', 'CNY', tb, lb)])


@mail
def h613_cangnan_laver_framed_per_hundred_juan():
    rows = [('紫菜袋', '10g×10 自封 印霞关', 50000, '18.00', 100, '个'),
            ('紫菜礼盒', '250g 天地盖', 4000, '5.20', 1, '个'),
            ('封口标签', '直径3cm 1000张/卷', 50, '32.00', 1, '卷')]
    lines = pk([r[:5] for r in rows])
    total = m2(subtotal(lines))
    check(lines, total)
    tab = framed([('品名', '规格', '数量', '单位', '单价', '金额')] +
                 [(n, g, n0(q), u, ('%s/百个' % p) if k > 1 else p, amt(lt(p, q, k))) for n, g, q, p, k, u in rows] +
                 [('合计', '', '', '', '', amt(total))], right=(2, 4, 5), foot=1)
    body = f"""恒达包装：

订货单 编号：XG-ZC-1130
日期：2027年11月30日

{tab}

收货：浙江省温州市苍南县 霞关镇 渔港路 66 号 霞关海味 加工厂
蔡建华 138 5775 2086

苍南县霞关海味有限公司
"""
    eml = single(H('蔡建华', 'caijh@xiaguan-haiwei.com', 'gbk', '订货单 XG-ZC-1130', dh(2027, 11, 30, 8, 20, 16),
                   '20271130082016.A4C1@xiaguan-haiwei.com', 'X-Mailer: Foxmail 7.2.25.375[cn]'), body, 'gbk', 'base64')
    return eml, T('body', 'gbk',
                  'A Cangnan (Wenzhou) laver processor: a table drawn with +, = and | (品名 and 规格 apart, keyed joined), bags '
                  'at "18.00/百个" (keyed per piece, 0.18), labels in 卷, 合计 under a rule; 编号 with the label "订货单 编号"; no currency is written. '
                  'Adds up.',
                  [order('XG-ZC-1130', '苍南县霞关海味有限公司',
                         ('蔡建华', '138 5775 2086', '浙江省温州市苍南县 霞关镇 渔港路 66 号 霞关海味 加工厂'),
                         '2027-11-30', None, total, lines)])


@mail
def h614_anxi_tieguanyin_iphone_rebate_daxie():
    lines = sp([('铁观音小泡袋', '7g 铝箔 真空', 100000, '0.08'), ('茶叶罐', '马口铁 125g 烫金', 6000, '3.60'),
                ('礼盒', '双罐 抽屉式', 3000, '8.50')])
    sub = subtotal(lines)
    reb = D('800.00')
    total = m2(sub - reb)
    check(lines, total, -reb)
    tl = '\n'.join('%s %s个 单价%s' % (x['title'], n0(x['qty']), x['unit_price']) for x in lines)
    body = f"""方经理，订一批秋茶包装，单号AX-TGY-1201

{tl}

货款{amt(sub)}元，扣上季度返利800元，实付{amt(total)}元（大写：{daxie(total)}）

送安溪县 感德镇 槐川村 168号 感德茗香茶厂 王志强 159 5955 8123

安溪感德茗香茶业有限公司 王志强

发自我的iPhone
"""
    eml = single(H('王志强', 'wzq_mingxiang@126.com', 'utf-8', '秋茶包装', dh(2027, 12, 1, 7, 48, 30),
                   '9B1C2D3E-4F50-4617-8293-A4B5C6D7E8F9@126.com', 'X-Mailer: iPhone Mail (21B101)'),
                 body, 'utf-8', 'quoted-printable')
    return eml, T('body', 'utf-8',
                  'An Anxi (Quanzhou) Tieguanyin tea factory from iPhone Mail: one line an item (name spec qty 单价), 货款, '
                  'less last season\'s rebate 800, 实付 with 大写 (the total keyed, after the rebate). Adds up with the rebate.',
                  [order('AX-TGY-1201', '安溪感德茗香茶业有限公司',
                         ('王志强', '159 5955 8123', '安溪县 感德镇 槐川村 168号 感德茗香茶厂'),
                         None, 'CNY', total, lines)])


@mail
def h615_hami_melon_spark_total_off_hold():
    lines = sp([('哈密瓜礼盒', '2个装 瓦楞 彩印', 10000, '4.80'), ('网套', 'EPE 珍珠棉 16cm', 20000, '0.09'),
                ('打包带', 'PP 12mm', 60, '38.00')])
    real = m2(subtotal(lines))
    written = '52,480.00'
    body = f"""方经理好：

哈密瓜礼盒这批定下来了，采购编号 HM-GY-271202：

  1  哈密瓜礼盒   2个装 瓦楞 彩印   10,000 个  4.80   48,000.00
  2  网套         EPE 珍珠棉 16cm   20,000 个  0.09    1,800.00
  3  打包带       PP 12mm           60 卷      38.00   2,280.00
                                    合计：{written} 元

定金 30% 本周打。发货：新疆哈密市伊州区 二堡镇 哈密瓜产业园 5 号冷库
收货 艾力·买买提 199 0902 6631 / 0902-2316620

哈密甜蜜瓜果专业合作社 马建军
2027-12-02

Sent with Spark
"""
    eml = single(H('马建军', 'majianjun@hamimelon.cn', 'utf-8', '哈密瓜礼盒采购 HM-GY-271202', dh(2027, 12, 2, 13, 7, 9),
                   'a1b2c3d4-e5f6-4071-8293-a4b5c6d7e8f0@Spark', 'X-Mailer: Spark'), body, 'utf-8', 'base64')
    return eml, T('body', 'utf-8',
                  'A Hami (Xinjiang) melon co-operative from Spark: columns aligned by spaces with no header, name and spec in columns of their own (keyed joined); the '
                  'written 合计 52,480.00 is not the sum of the lines (%s): the clerk keys what is written and HOLDS the order; '
                  'a 30 %% deposit; a Uyghur receiver with two phones (keyed the first).' % real,
                  [order('HM-GY-271202', '哈密甜蜜瓜果专业合作社',
                         ('艾力·买买提', '199 0902 6631', '新疆哈密市伊州区 二堡镇 哈密瓜产业园 5 号冷库'),
                         '2027-12-02', 'CNY', '52480.00', lines)])


@mail
def h616_taitung_sugar_apple_big5_roc_date_ntd():
    rows = [('釋迦禮盒', '6粒裝 上下蓋', 5000, '38'), ('水果網套', '12cm 白色', 30000, '1.2'),
            ('外箱', '4盒裝 五層', 1250, '45')]
    lines = sp(rows)
    total = m2(subtotal(lines))
    check(lines, total)
    tl = '\n'.join('%d、%s（%s）%s個，單價 NT$%s' % (i + 1, n, g, n0(q), p) for i, (n, g, q, p) in enumerate(rows))
    body = f"""恆達 方小姐：

今年釋迦盒子請照下面出，新台幣計價：

訂單編號：TT-116-1203
日期：116年12月3日

{tl}

總金額 NT${amt(total)}

送貨：台東縣卑南鄉 太平村 太平路 203 號 卑南釋迦產銷班 集貨場
聯絡：陳美玲 089-381266 / 0937-608-214

卑南釋迦產銷班第七班
"""
    eml = single(H('陳美玲', 'meiling.chen@hinet.net', 'big5', '訂單 TT-116-1203 釋迦禮盒', dh(2027, 12, 3, 9, 33, 41),
                   '000001dc3a5b$7c8d9e0f$1a2b3c4d$@hinet.net', 'X-Mailer: Microsoft Outlook 16.0'), body, 'big5', 'base64')
    return eml, T('body', 'big5',
                  'A Beinan (Taitung) sugar-apple growers\' group in Big5: a ROC date 116年12月3日 (2027-12-03), numbered '
                  'lines "name（spec）qty個，單價 NT$p" (spec in brackets, keyed joined), prices in TWD without decimals, '
                  'two phones (keyed the first). Adds up.',
                  [order('TT-116-1203', '卑南釋迦產銷班第七班',
                         ('陳美玲', '089-381266', '台東縣卑南鄉 太平村 太平路 203 號 卑南釋迦產銷班 集貨場'),
                         '2027-12-03', 'TWD', total, lines)])


@mail
def h617_scotland_speyside_whisky_roundcube_latin1_requisition():
    rows = [('TUBE-70', 'Presentation tube', '70cl, kraft, 2-col print', 5000, '1.48'),
            ('TUBE-20', 'Presentation tube', '20cl miniature', 8000, '0.62'),
            ('TISSUE', 'Tissue wrap', '50x70, 480 sheets/ream', 60, '21.50'),
            ('SHIP-6', 'Shipper carton', '6 x 70cl, dividers', 900, '1.95')]
    lines = ssp(rows)
    total = m2(subtotal(lines))
    check(lines, total)
    tab = spaced([('Code', 'Item', 'Spec', 'Qty', 'Unit £', 'Line £')] +
                 [(s, n, g, n0(q), p, usd(lt(p, q))) for s, n, g, q, p in rows], [10, 20, 28, 8, 9, 11], right=(3, 4, 5))
    body = f"""Dear Ms Fang,

Please accept our requisition below for the spring bottling.

Requisition ref.: SPY/REQ/0457
Raised: 04/12/2027

{tab}
                                                        Total £{usd(total)}

Deliver to: Glenrinnes Bonded Warehouse, Dufftown, Keith, Banffshire AB55 4DB, Scotland
Goods in: Callum MacLeod, 01340 820 144 (mobile 07700 918 552)

Kind regards,
Fiona Grant
Procurement, Glen Rinnes Distillery Ltd
01340 820 100
"""
    eml = single(H('Fiona Grant', 'fiona.grant@glenrinnes-distillery.co.uk', 'iso-8859-1', 'Requisition SPY/REQ/0457',
                   dh(2027, 12, 4, 10, 2, 33, 0), '1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d@glenrinnes-distillery.co.uk',
                   'User-Agent: Roundcube Webmail/1.6.9'), body, 'iso-8859-1', 'quoted-printable')
    return eml, T('body', 'iso-8859-1',
                  'A Speyside (Scotland) distillery from Roundcube in ISO-8859-1 QP: "Requisition ref." as the order number, '
                  '"Raised: 04/12/2027" (a British day-first date), columns aligned by spaces (Item and Spec apart, keyed '
                  'joined), the same tube twice told apart by spec, tissue in reams, £ in the headers, a Total line far '
                  'right; a bonded warehouse with two phones (keyed the first). Adds up.',
                  [order('SPY/REQ/0457', 'Glen Rinnes Distillery Ltd',
                         ('Callum MacLeod', '01340 820 144', 'Glenrinnes Bonded Warehouse, Dufftown, Keith, Banffshire AB55 4DB, Scotland'),
                         '2027-12-04', 'GBP', total, lines)])


@mail
def h618_ee_saaremaa_juniper_horde_cp1257_per_100():
    rows = [('Kadakapuust karp', '2 tk, graveeritud kaas', 3000, '2.40', 1),
            ('Kingikott', 'paber, 20x25 cm', 6000, '28.00', 100),
            ('Pehmendus', 'puitvill, 1 kg kott', 200, '3.10', 1)]
    lines = pk(rows)
    total = m2(subtotal(lines))
    check(lines, total)
    tl = '\n'.join('%d) %s (%s) - %s tk - %s EUR%s - kokku %s EUR' % (i + 1, n, g, n0(q, ' '), eu(p), ' / 100 tk' if k > 1 else '/tk',
                                                                       eu(lt(p, q, k))) for i, (n, g, q, p, k) in enumerate(rows))
    body = f"""Tere, pr Fang!

Tellimus nr SK-2027/118, kuupäev 05.12.2027.

{tl}

Kokku: {eu(total)} EUR (käibemaks 0 %, eksport)

Tarneaadress: Saaremaa Kadakas OÜ ladu, Tallinna mnt 88, 93815 Kuressaare, Eesti
Kontakt: Mart Sepp, +372 5345 6789

Lugupidamisega
Kärt Õunapuu
Saaremaa Kadakas OÜ
+372 452 1100
"""
    eml = single(H('Kärt Õunapuu', 'kart@saaremaakadakas.ee', 'windows-1257', 'Tellimus SK-2027/118',
                   dh(2027, 12, 5, 11, 17, 0, 120), '20271205111700.Horde.aB3cD4eF5gH6iJ7kL8mN9o1@webmail.zone.ee',
                   'User-Agent: Horde Application Framework 5'), body, 'windows-1257', 'quoted-printable')
    return eml, T('body', 'windows-1257',
                  'A Kuressaare (Saaremaa, Estonia) juniper-wood shop from Horde in Windows-1257 QP: Estonian, "Tellimus nr" '
                  'and kuupäev 05.12.2027, lines "n) name (spec) - qty tk - price EUR - kokku", bags "28,00 EUR / 100 tk" '
                  '(keyed per piece, 0.28), decimal commas, Kokku with 0 % VAT. Adds up.',
                  [order('SK-2027/118', 'Saaremaa Kadakas OÜ',
                         ('Mart Sepp', '+372 5345 6789', 'Saaremaa Kadakas OÜ ladu, Tallinna mnt 88, 93815 Kuressaare, Eesti'),
                         '2027-12-05', 'EUR', total, lines)])


@mail
def h619_rw_huye_coffee_mailbird_deposit_words():
    lines = [L(None, 'Coffee valve bag 250 g, kraft, zip, one-way valve', 40000, '0.19'),
             L(None, 'Coffee valve bag 1 kg, black matte', 10000, '0.36'),
             L(None, 'Gift box for 2 bags, printed', 4000, '1.10'),
             L(None, 'Export carton 24 bags', 1500, '1.30')]
    total = m2(subtotal(lines))
    check(lines, total)
    body = f"""Dear Hengda team,

Following our call, please register LPO No. HMC/LPO/27-031 dated 6 December 2027:

1. Coffee valve bag 250 g, kraft, zip, one-way valve - 40,000 pcs at USD 0.19
2. Coffee valve bag 1 kg, black matte - 10,000 pcs at USD 0.36
3. Gift box for 2 bags, printed - 4,000 pcs at USD 1.10
4. Export carton 24 bags - 1,500 pcs at USD 1.30

Total USD {usd(total)} (United States Dollars seventeen thousand five hundred and fifty only).
We pay a 40% deposit (USD {usd(D(total) * D('0.4'))}) on proforma, the balance before shipment.

Consignee / delivery: Huye Mountain Coffee Ltd, c/o Bolloré Logistics, Dar es Salaam port, for transit to Huye, Rwanda
Contact: Jean-Paul Niyonzima +250 788 301 442

Best regards,
Aline Uwase
Huye Mountain Coffee Ltd
Huye, Southern Province, Rwanda | +250 252 530 118
"""
    assert total == '17550.00'
    eml = single(H('Aline Uwase', 'aline@huyemountaincoffee.rw', 'utf-8', 'LPO HMC/LPO/27-031 - packaging',
                   dh(2027, 12, 6, 9, 5, 0, 120), '8c7b6a59-4e3d-4c2b-a190-8f7e6d5c4b3a@getmailbird.com',
                   'X-Mailer: Mailbird 3.0.18.0'), body, 'utf-8', 'quoted-printable')
    return eml, T('body', 'utf-8',
                  'A Huye (Rwanda) coffee washing station from Mailbird: "LPO No." and a date in words in one sentence, '
                  'numbered lines "name, spec - qty pcs at USD p" (no separate spec column: the title as written), the total '
                  'in figures and English words, a 40 % deposit (not the total); delivery to a Dar es Salaam forwarder for '
                  'transit. Adds up.',
                  [order('HMC/LPO/27-031', 'Huye Mountain Coffee Ltd',
                         ('Jean-Paul Niyonzima', '+250 788 301 442',
                          'Huye Mountain Coffee Ltd, c/o Bolloré Logistics, Dar es Salaam port, for transit to Huye, Rwanda'),
                         '2027-12-06', 'USD', total, lines)])


# ============================================================ HTML bodies
@mail
def h620_html_outlook_om_salalah_frankincense_vat_five_letterhead():
    rows = [('FRK-100', 'Frankincense jar', '100 g, glass, wooden lid', 6000, '0.88'),
            ('FRK-BOX', 'Gift box', 'for 3 jars, velvet lined', 2000, '3.40'),
            ('FRK-BAG', 'Carry bag', 'paper, gold foil logo', 5000, '0.46')]
    lines = ssp(rows)
    sub = subtotal(lines)
    vat = (sub * D('0.05')).quantize(D('0.01'))
    total = m2(sub + vat)
    check(lines, total, vat)
    st = ' style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"'
    tab = [['Item Code', 'Description', 'Specification', 'Qty', 'Unit Price (USD)', 'Amount (USD)']]
    tab += [[s, n, g, n0(q), p, usd(lt(p, q))] for s, n, g, q, p in rows]
    tab += [[('Sub Total', 'colspan="5" align="right"'), usd(sub)], [('VAT 5%', 'colspan="5" align="right"'), usd(vat)],
            [('<b>Grand Total</b>', 'colspan="5" align="right"'), '<b>%s</b>' % usd(total)]]
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body lang="EN-US">'
            '<div class="WordSection1"><p class="MsoNormal"><b>DHOFAR LUBAN TRADING LLC</b><br>P.O. Box 1140, PC 211, '
            'Salalah, Sultanate of Oman<br>Tel +968 2329 1140 | Fax +968 2329 1141 | CR 1098765</p>'
            '<p class="MsoNormal">To: Hangzhou Hengda Packaging Materials Co., Ltd., Hangzhou, China<o:p></o:p></p>'
            '<p class="MsoNormal">Dear Ms. Fang,<o:p></o:p></p><p class="MsoNormal">Kindly supply the following against '
            'our <b>Local Purchase Order LPO-DLT-2027-212</b> dated 07-Dec-2027:<o:p></o:p></p>'
            '<table class="MsoNormalTable" border="0" cellspacing="0" cellpadding="0" style="border-collapse:collapse">'
            + cells_html(tab, st) + '</table>'
            '<p class="MsoNormal">Ship to: Dhofar Luban Trading LLC, Souq Al Haffa, Shop 27, Salalah, Oman (via Salalah Port)'
            '<br>Receiver: Mr. Salim Al Mashani, Mob +968 9912 4477<o:p></o:p></p>'
            '<p class="MsoNormal">Regards,<br>Fatma Al Kathiri<br>Purchase Officer<br>Dhofar Luban Trading LLC<o:p></o:p></p>'
            '</div></body></html>')
    eml = html_mail(H('Fatma Al Kathiri', 'fatma@dhofarluban.om', 'utf-8', 'LPO-DLT-2027-212 Frankincense packaging',
                      dh(2027, 12, 7, 9, 31, 0, 240), 'PR3P191MB0987A1B2C3D4E5F6@PR3P191MB0987.EURP191.PROD.OUTLOOK.COM',
                      None), strip(html), html, 'utf-8', '_000_PR3P191MB0987A1B2C3D4E5F6PR3P191MB0987EURP_', 'quoted-printable')
    return eml, T('html', 'utf-8',
                  'A Salalah (Oman) frankincense trader from Outlook (Word HTML, QP): its letterhead in capitals (DHOFAR LUBAN '
                  'TRADING LLC, keyed as the signature spells it) with three numbers above our name, "Local Purchase Order '
                  'LPO-DLT-2027-212 dated 07-Dec-2027" in a sentence, Description and Specification apart (keyed joined), '
                  'Sub Total, VAT 5 % and Grand Total (keyed, with VAT); ship to a souq shop. Adds up with VAT.',
                  [order('LPO-DLT-2027-212', 'Dhofar Luban Trading LLC',
                         ('Mr. Salim Al Mashani', '+968 9912 4477', 'Dhofar Luban Trading LLC, Souq Al Haffa, Shop 27, Salalah, Oman (via Salalah Port)'),
                         '2027-12-07', 'USD', total, lines)])


@mail
def h621_html_gmail_jm_blue_mountain_coffee_two_row_header_cartons():
    rows = [('Coffee tin', '454 g (1 lb), gold', 'carton', 120, 50, '1.55'),
            ('Coffee tin', '227 g (8 oz), gold', 'carton', 100, 100, '0.98'),
            ('Wooden barrel box', '1 tin, engraved', 'carton', 40, 25, '4.20')]
    lines = [L(None, '%s %s' % (n, g), c * e, p) for n, g, u, c, e, p in rows]
    total = m2(subtotal(lines))
    check(lines, total)
    st = ' style="border:1px solid #ccc;padding:2px 6px"'
    tab = [[('Product', 'rowspan="2"'), ('Size / finish', 'rowspan="2"'), ('Quantity', 'colspan="3"'),
            ('Price / pc (USD)', 'rowspan="2"'), ('Amount (USD)', 'rowspan="2"')], ['cartons', 'pcs/ctn', 'total pcs']]
    tab += [[n, g, str(c), str(e), n0(c * e), p, usd(lt(p, c * e))] for n, g, u, c, e, p in rows]
    tab += [[('TOTAL', 'colspan="6"'), usd(total)]]
    html = ('<div dir="ltr"><div>Hi Jing,</div><div><br></div><div>Here is PO <b>BMC-0912</b> (8 Dec 2027) for the '
            'Christmas run. Table from our Google Sheet below.</div><div><br></div>'
            '<table cellspacing="0" cellpadding="0" dir="ltr" border="1" style="table-layout:fixed;font-size:10pt;'
            'font-family:Arial;border-collapse:collapse;border:none">' + cells_html(tab, st) + '</table>'
            '<div><br></div><div>Ship to: Mavis Bank Coffee Factory, Mavis Bank P.O., St. Andrew, Jamaica W.I.</div>'
            '<div>Attn: Delroy Campbell 876-977-8013 / cell 876-353-2241</div><div><br></div>'
            '<div>Respect,<br>Shanice Brown<br>Blue Mountain Heritage Coffee Co.<br>Kingston, Jamaica</div></div>')
    eml = html_mail(H('Shanice Brown', 'shanice@bmheritagecoffee.com', 'utf-8', 'PO BMC-0912', dh(2027, 12, 8, 8, 12, 40, -300),
                      'CAJm4rK2Lp8Qw7Ze5Xy3Vb1Nc9Md6Sf0Gh2Jk4Lm6Np8Q@mail.gmail.com', None),
                    strip(html), html, 'utf-8', '000000000000f1e2d3c4b5a69788')
    return eml, T('html', 'utf-8',
                  'A Jamaican Blue Mountain coffee company from Gmail (a Google Sheets paste): a two-row header (Quantity over '
                  'cartons / pcs/ctn / total pcs), quantities keyed in pieces, the same tin twice told apart by size (keyed '
                  'joined), PO and date in one sentence; two phones (keyed the first). Adds up.',
                  [order('BMC-0912', 'Blue Mountain Heritage Coffee Co.',
                         ('Delroy Campbell', '876-977-8013', 'Mavis Bank Coffee Factory, Mavis Bank P.O., St. Andrew, Jamaica W.I.'),
                         '2027-12-08', 'USD', total, lines)])


@mail
def h622_html_zoho_inventory_lk_nuwara_eliya_tea_html_only_discount():
    rows = [('TB-25', 'Tea caddy', '25 bags, embossed, green', 8000, '0.74'),
            ('TB-50', 'Tea caddy', '50 bags, embossed, maroon', 5000, '0.96'),
            ('ENV', 'Tea bag envelope', 'foil, printed', 200000, '0.012')]
    lines = ssp(rows)
    sub = subtotal(lines)
    disc = (sub * D('0.03')).quantize(D('0.01'))
    total = m2(sub - disc)
    check(lines, total, -disc)
    st = ' style="padding:6px;border-bottom:1px solid #eee"'
    tab = [['#', 'Item &amp; Description', 'Qty', 'Rate', 'Amount']]
    tab += [[str(i + 1), '<b>%s</b><br><span style="color:#777">SKU: %s</span><br>%s' % (n, s, g), '%s pcs' % n0(q), p,
             usd(lt(p, q))] for i, (s, n, g, q, p) in enumerate(rows)]
    html = ('<html><body style="font-family:Helvetica,Arial"><div style="max-width:640px">'
            '<h2>Purchase Order</h2><p># PO-00187</p>'
            '<p>Vendor: Hangzhou Hengda Packaging Materials Co., Ltd.</p>'
            '<table><tr><td>Order Date :</td><td>09 Dec 2027</td></tr><tr><td>Expected Delivery :</td><td>20 Jan 2028</td></tr>'
            '</table><p><b>Deliver To</b><br>Pedro Estate Tea Factory<br>Kandapola Road, Nuwara Eliya 22200<br>Sri Lanka<br>'
            'Phone: +94 52 222 2016</p>'
            '<table style="border-collapse:collapse;width:100%">' + cells_html(tab, st) + '</table>'
            '<table align="right"><tr><td>Sub Total</td><td>%s</td></tr><tr><td>Discount (3%%)</td><td>(-) %s</td></tr>'
            '<tr><td><b>Total</b></td><td><b>$%s</b></td></tr></table>' % (usd(sub), usd(disc), usd(total)) +
            '<p style="clear:both">Highlands Leaf (Pvt) Ltd &middot; 14 Queen Elizabeth Drive, Nuwara Eliya &middot; '
            '+94 52 223 4455</p><p style="font-size:8pt;color:#999">Sent using Zoho Inventory</p></div></body></html>')
    eml = html_mail(H('Highlands Leaf (Pvt) Ltd', 'message-service@sender.zohoinventory.com', 'utf-8',
                      'Purchase Order - PO-00187 from Highlands Leaf (Pvt) Ltd', dh(2027, 12, 9, 14, 2, 11, 330),
                      '2.7f8e9d0c1b2a3948.1796812331@zohoinventory.com', None,
                      extra=('Reply-To: purchasing@highlandsleaf.lk',)),
                    strip(html), html, 'utf-8', '----=_Part_442117_1096331245.1796812331882')
    return eml, T('html', 'utf-8',
                  'A Nuwara Eliya (Sri Lanka hills) tea packer\'s Zoho Inventory purchase order mail: "# PO-00187", Order Date '
                  'and an Expected Delivery (not the date), Deliver To block with one phone, an "Item & Description" cell '
                  'holding name, "SKU:" and spec on three lines (keyed: sku, name + spec), quantities "8,000 pcs", a 3-decimal '
                  'rate, Sub Total, Discount (3%) and Total (keyed, after the discount). Adds up with the discount.',
                  [order('PO-00187', 'Highlands Leaf (Pvt) Ltd',
                         ('Pedro Estate Tea Factory', '+94 52 222 2016', 'Kandapola Road, Nuwara Eliya 22200, Sri Lanka'),
                         '2027-12-09', 'USD', total, lines)])


@mail
def h623_html_acumatica_cr_tarrazu_coffee_notification_uom():
    rows = [('BAG-340', 'Bolsa válvula 340 g', 'ROLL', 30, 1000, '185.00'),
            ('BOX-12', 'Caja exportación 12 bolsas', 'EA', 2500, 1, '1.08')]
    lines = [L(s, n, q, p) for s, n, u, q, k, p in rows]
    total = m2(subtotal(lines))
    check(lines, total)
    st = ' style="border:1px solid #999;padding:3px"'
    tab = [['Inventory ID', 'Description', 'UOM', 'Order Qty', 'Unit Cost', 'Ext. Cost']]
    tab += [[s, n, u, '%.2f' % q, '%.4f' % D(p), usd(lt(p, q))] for s, n, u, q, k, p in rows]
    html = ('<html><body><p>Estimados,</p><p>Se ha aprobado la siguiente orden de compra.</p>'
            '<table><tr><td>Order Nbr.:</td><td>PO004512</td></tr><tr><td>Date:</td><td>12/10/2027</td></tr>'
            '<tr><td>Vendor:</td><td>HENGDA01 - Hangzhou Hengda Packaging</td></tr><tr><td>Currency:</td><td>USD</td></tr>'
            '<tr><td>Ship To:</td><td>Beneficio Tarrazú, San Marcos de Tarrazú, San José, Costa Rica</td></tr>'
            '<tr><td>Contact:</td><td>Ing. Marco Solís, +506 2546 6060</td></tr></table><br>'
            '<table style="border-collapse:collapse">' + cells_html(tab, st) + '</table>'
            '<p>Order Total: <b>%s</b></p><p>Cafetalera Altos de Tarrazú S.A.<br>Departamento de Compras</p>'
            '<p style="font-size:8pt">This is an automated message from Acumatica.</p></body></html>' % usd(total))
    eml = html_mail(H('Acumatica', 'noreply@altosdetarrazu.acumatica.com', 'utf-8', 'Purchase Order PO004512 approved',
                      dh(2027, 12, 10, 16, 40, 5, -360), '1d2c3b4a-5e6f-4789-9a0b-c1d2e3f4a5b6@altosdetarrazu.acumatica.com',
                      None), strip(html), html, 'utf-8', '--boundary_0_9e8d7c6b-5a49-4382-8170-6f5e4d3c2b1a')
    return eml, T('html', 'utf-8',
                  'A Tarrazú (Costa Rica) coffee mill\'s Acumatica notification (HTML with text): Order Nbr. PO004512, Date '
                  '12/10/2027 (US order: 10 December), Inventory ID / Description / UOM, valve bags ordered by the ROLL (30 '
                  'rolls at 185.0000, keyed as written), quantities 30.00, 4-decimal costs, Order Total. Adds up.',
                  [order('PO004512', 'Cafetalera Altos de Tarrazú S.A.',
                         ('Ing. Marco Solís', '+506 2546 6060', 'Beneficio Tarrazú, San Marcos de Tarrazú, San José, Costa Rica'),
                         '2027-12-10', 'USD', total, lines)])


@mail
def h624_html_emclient_am_yerevan_brandy_per_1000_armenian():
    rows = [('Gift box', '0.5 L, 1 bottle, red velvet', 8000, '1.90', 1),
            ('Neck tag', 'gold foil, string', 20000, '42.00', 1000),
            ('Shipping carton', '12 boxes, 5-ply', 700, '2.35', 1)]
    lines = pk(rows)
    total = m2(subtotal(lines))
    check(lines, total)
    st = ' style="border:1px solid #888;padding:3px"'
    tab = [['Անվանում / Item', 'Spec', 'Qty', 'Price USD', 'Sum USD']]
    tab += [[n, g, n0(q), ('%s per 1000' % p) if k > 1 else p, usd(lt(p, q, k))] for n, g, q, p, k in rows]
    tab += [['Total', '', '', '', usd(total)]]
    html = ('<html><body><div>Dear Ms Fang,</div><div>Պատվեր / Order No. <b>ARB-1211</b>, 11.12.2027</div><br>'
            '<table style="border-collapse:collapse">' + cells_html(tab, st) + '</table><br>'
            '<div>Delivery: Ararat Valley Cellars CJSC, 40 Admiral Isakov Ave, Yerevan 0082, Armenia</div>'
            '<div>Warehouse: Armen Petrosyan +374 91 223344</div><br>'
            '<div>Best regards,<br>Lilit Hakobyan<br>Ararat Valley Cellars CJSC<br>+374 10 445566</div></body></html>')
    eml = html_mail(H('Lilit Hakobyan', 'lilit@araratvalley.am', 'utf-8', 'Order ARB-1211', dh(2027, 12, 11, 12, 30, 0, 240),
                      'em1a2b3c4d-5e6f-7a8b-9c0d-e1f2a3b4c5d6@araratvalley.am', 'X-Mailer: eM Client 10.1.4588.0'),
                    strip(html), html, 'utf-8', '------=_MBF1A2B3C4-D5E6-47F8-9A0B-C1D2E3F4A5B6')
    return eml, T('html', 'utf-8',
                  'A Yerevan (Armenia) brandy cellar from eM Client: Armenian and English header words, Order No. with a '
                  'dotted date, Item and Spec apart (keyed joined), neck tags "42.00 per 1000" (keyed per piece, 0.042), '
                  'Total row. Adds up.',
                  [order('ARB-1211', 'Ararat Valley Cellars CJSC',
                         ('Armen Petrosyan', '+374 91 223344', 'Ararat Valley Cellars CJSC, 40 Admiral Isakov Ave, Yerevan 0082, Armenia'),
                         '2027-12-11', 'USD', total, lines)])


@mail
def h625_html_mailbird_si_honey_cp1250_ddv_rabat():
    rows = [('Kozarec za med', '450 g, šestkotni, s pokrovom', 20000, '0.41'),
            ('Kozarec za med', '250 g, šestkotni, s pokrovom', 15000, '0.33'),
            ('Darilna škatla', 'za 3 kozarce, kraft', 3000, '1.15')]
    lines = sp(rows)
    sub = subtotal(lines)
    rab = (sub * D('0.05')).quantize(D('0.01'))
    total = m2(sub - rab)
    check(lines, total, -rab)
    st = ' style="border:1px solid black;padding:2px"'
    tab = [['Artikel', 'Opis', 'Količina', 'Cena EUR', 'Znesek EUR']]
    tab += [[n, g, n0(q, '.'), eu(p), eu(lt(p, q))] for n, g, q, p in rows]
    tab += [['', 'Skupaj', '', '', eu(sub)], ['', 'Rabat 5 %', '', '', '-' + eu(rab)], ['', 'DDV 0 % (izvoz)', '', '', '0,00'],
            ['', '<b>Za plačilo</b>', '', '', '<b>%s</b>' % eu(total)]]
    html = ('<html><body><p>Spoštovana ga. Fang,</p><p>naročamo po naročilnici <b>št. 2027-0344</b> z dne 12. 12. 2027:</p>'
            '<table style="border-collapse:collapse">' + cells_html(tab, st) + '</table>'
            '<p>Dostava: Čebelarstvo Kranjska Čebela d.o.o., Cesta Staneta Žagarja 51, 4000 Kranj, Slovenija<br>'
            'Prevzem: Matej Novak, 041 552 318</p><p>Lep pozdrav,<br>Špela Kos<br>Čebelarstvo Kranjska Čebela d.o.o.</p>'
            '</body></html>')
    eml = html_mail(H('Špela Kos', 'spela.kos@kranjska-cebela.si', 'windows-1250', 'Naročilnica št. 2027-0344',
                      dh(2027, 12, 12, 10, 44, 19, 60), '3f2e1d0c-b9a8-4765-9432-10fedcba9876@getmailbird.com',
                      'X-Mailer: Mailbird 3.0.18.0'), strip(html), html, 'windows-1250', '----=_Part_mb_3f2e1d0cb9a8',
                    'quoted-printable')
    return eml, T('html', 'windows-1250',
                  'A Kranj (Slovenia) beekeeper from Mailbird in Windows-1250 QP: "naročilnici št. 2027-0344 z dne 12. 12. '
                  '2027" in a sentence, the same jar twice told apart by Opis (keyed joined), dot thousands and decimal commas, '
                  'Skupaj, Rabat 5 %, DDV 0 % and Za plačilo (keyed, after the rebate). Adds up with the rebate.',
                  [order('2027-0344', 'Čebelarstvo Kranjska Čebela d.o.o.',
                         ('Matej Novak', '041 552 318', 'Čebelarstvo Kranjska Čebela d.o.o., Cesta Staneta Žagarja 51, 4000 Kranj, Slovenija'),
                         '2027-12-12', 'EUR', total, lines)])


# ============================================================ PDF attachments
@mail
def h626_pdf_netsuite_no_tromso_stockfish_nok_per_1000():
    rows = [('PK-STK-01', 'Stockfish gift bag', 'kraft, window, 500 g', 12000, '3.90', 1),
            ('PK-STK-02', 'Label, round', '60 mm, gold', 50000, '180.00', 1000),
            ('PK-STK-03', 'Export carton', '20 kg, wet-strength', 900, '21.50', 1)]
    lines = [L(s, '%s %s' % (n, g), q, per(p, k) if k > 1 else p, lt(p, q, k)) for s, n, g, q, p, k in rows]
    total = m2(subtotal(lines))
    check(lines, total)
    table = [['Item', 'Description', 'Options', 'Qty', 'Rate', 'Amount']]
    table += [[s, n, g, n0(q), ('%s / 1000' % eu(p)) if k > 1 else eu(p), eu(lt(p, q, k))] for s, n, g, q, p, k in rows]
    table += [['', '', '', '', 'Total NOK', eu(total)]]
    head = [('r', 'Purchase Order', 16), ('r', '#PO11872', 10), ('r', 'Date 13.12.2027', 9),
            (45, 'Lofoten Tørrfisk AS', 12), (45, 'Stortorget 1, 9008 Tromsø, Norway  Org.nr. 987 654 321 MVA', 8),
            (45, 'Vendor: Hangzhou Hengda Packaging Materials Co., Ltd., Hangzhou, China', 8),
            (45, 'Ship To: Lofoten Tørrfisk AS, Henningsvær Havn, Kaia 4, 8312 Henningsvær, Norway', 8),
            (45, 'Ship Contact: Ole Kristian Hansen +47 913 44 221', 8)]
    tail = [(45, 'Terms: Net 30   Incoterm: CIF Bodø', 8), (45, 'Approved by: Ingrid Nilsen, Purchasing', 8)]
    data = grid_pdf(head, table, [70, 110, 110, 55, 75, 80], tail, 'Purchase Order #PO11872', 'NetSuite', 'hei',
                    align=['l', 'l', 'l', 'r', 'r', 'r'])
    body = 'Please see the attached purchase order PO11872 from Lofoten Tørrfisk AS.\n\nIngrid Nilsen\nLofoten Tørrfisk AS\n+47 77 60 12 00\n'
    eml = pdf_mail(H('Lofoten Tørrfisk AS', 'ap@lofoten-torrfisk.no', 'utf-8', 'Lofoten Tørrfisk AS: Purchase Order #PO11872',
                     dh(2027, 12, 13, 8, 0, 44, 60), '1796994044123.3312.4455@na2.netsuite.com', None,
                     extra=('Reply-To: ingrid.nilsen@lofoten-torrfisk.no',)),
                   body, 'utf-8', 'quoted-printable', data, 'PO11872.pdf', '----=_Part_88412_1796994044')
    return eml, T('pdf', 'utf-8',
                  'A Tromsø / Lofoten (northern Norway) stockfish exporter\'s NetSuite PO as PDF: "Purchase Order" and #PO11872 '
                  'and the date 13.12.2027 right-aligned, Vendor and Ship To lines, Description and Options apart (keyed '
                  'joined), labels "180,00 / 1000" (keyed per piece, 0.18), decimal commas, Total NOK. Adds up.',
                  [order('PO11872', 'Lofoten Tørrfisk AS',
                         ('Ole Kristian Hansen', '+47 913 44 221', 'Lofoten Tørrfisk AS, Henningsvær Havn, Kaia 4, 8312 Henningsvær, Norway'),
                         '2027-12-13', 'NOK', total, lines)])


@mail
def h627_pdf_business_central_lu_remich_cremant_line_discount():
    rows = [('1100', 'Bottle gift box 75 cl', 'PCS', 6000, '2.20', 5),
            ('1110', 'Bottle gift box 2 x 75 cl', 'PCS', 2500, '3.80', 5),
            ('1200', 'Shrink sleeve for 6', 'ROLL', 40, '64.00', 0)]
    lines = []
    for s, n, u, q, p, dpc in rows:
        la = (D(p) * q * (100 - dpc) / 100).quantize(D('0.01'))
        lines.append(L(s, n, q, p, la))
    sub = subtotal(lines)
    total = m2(sub)
    check(lines, total)
    table = [['No.', 'Description', 'Quantity', 'Unit', 'Direct Unit Cost', 'Disc. %', 'Line Amount']]
    table += [[s, n, n0(q), u, eu(p), str(dpc) if dpc else '', eu(x['total'])] for (s, n, u, q, p, dpc), x in zip(rows, lines)]
    table += [['', 'Total EUR Excl. VAT', '', '', '', '', eu(total)], ['', '0% VAT (reverse charge)', '', '', '', '', '0,00'],
              ['', 'Total EUR Incl. VAT', '', '', '', '', eu(total)]]
    head = [(45, 'Domaine Caves de la Moselle S.à r.l.', 12), (45, '12, route du Vin, L-5551 Remich, Luxembourg · VAT LU12345678', 8),
            ('r', 'Order', 14), ('r', 'No. 106034', 9), ('r', 'Order Date 14 December 2027', 9),
            (45, 'Hangzhou Hengda Packaging Materials Co., Ltd.', 9), (45, 'Jiangdong 3rd Road 88, Xiaoshan, Hangzhou, China', 8),
            (45, 'Ship-to Address: Caves de la Moselle, Entrepôt Grevenmacher, 3, rue du Port, L-6701 Grevenmacher', 8),
            (45, 'Ship-to Contact: Luc Weber, +352 621 334 551', 8)]
    tail = [(45, 'Purchaser: Anne Schmit  ·  Payment Terms: 30 days  ·  Currency Code: EUR', 8)]
    data = grid_pdf(head, table, [40, 150, 55, 40, 70, 45, 80], tail, 'Order 106034', 'Microsoft Dynamics 365 Business Central',
                    'hei', align=['l', 'l', 'r', 'l', 'r', 'r', 'r'])
    body = 'Bonjour Madame Fang,\n\nveuillez trouver ci-joint notre commande 106034.\n\nCordialement,\nAnne Schmit\nDomaine Caves de la Moselle S.à r.l.\n+352 23 69 81\n'
    eml = pdf_mail(H('Anne Schmit', 'anne.schmit@cavesmoselle.lu', 'utf-8', 'Commande 106034', dh(2027, 12, 14, 11, 20, 0, 60),
                     'AM9P193MB1122B3C4D5E6F7A8@AM9P193MB1122.EURP193.PROD.OUTLOOK.COM', None),
                   body, 'utf-8', 'quoted-printable', data, 'Purchase Order 106034.pdf', '_005_AM9P193MB1122B3C4D5E6F7A8_')
    return eml, T('pdf', 'utf-8',
                  'A Remich (Luxembourg) crémant house\'s Business Central "Order" PDF: No. 106034 and Order Date in words at '
                  'the right, our address under the buyer\'s letterhead, a Ship-to Address and Contact, Direct Unit Cost with '
                  'a 5 % line discount on two lines (Line Amount keyed as written, below qty × price), shrink sleeves in '
                  'ROLL, Total Excl. VAT, 0 % reverse charge, Total Incl. VAT. Adds up.',
                  [order('106034', 'Domaine Caves de la Moselle S.à r.l.',
                         ('Luc Weber', '+352 621 334 551', 'Caves de la Moselle, Entrepôt Grevenmacher, 3, rue du Port, L-6701 Grevenmacher'),
                         '2027-12-14', 'EUR', total, lines)])


@mail
def h628_pdf_pages_mt_gozo_salt_bundles():
    rows = [('Salt jar, 200 g', 'glass, cork lid', 'pcs', 6000, '0.58'),
            ('Kraft pouch, 500 g', 'bundle of 100', 'bundle', 50, '9.00'),
            ('Wooden gift crate', '3 jars', 'pcs', 1500, '2.40')]
    lines = [L(None, '%s %s' % (n, g), q, p) for n, g, u, q, p in rows]
    total = m2(subtotal(lines))
    check(lines, total)
    table = [['Item', 'Details', 'Unit', 'Qty', 'Price €', 'Total €']]
    table += [[n, g, u, n0(q), p, usd(lt(p, q))] for n, g, u, q, p in rows]
    table += [['', '', '', '', 'Total', usd(total)]]
    head = [('c', 'Xwejni Salt Pans', 16), ('c', 'Family salt makers since 1860 · Marsalforn, Gozo, Malta', 8),
            (45, 'Order', 12), (45, 'Our ref: GZ/SALT/27/09     15 December 2027', 9),
            (45, 'To: Hengda Packaging, Hangzhou', 9)]
    tail = [(45, 'Please deliver to our store: Triq ix-Xwejni, Marsalforn MFN 1010, Gozo (ask for Joseph Cini, 7942 1188).', 8),
            (45, 'Thank you! — Maria Cini', 8)]
    data = grid_pdf(head, table, [120, 110, 50, 55, 60, 80], tail, 'Order', 'Maria Cini', 'hei',
                    align=['l', 'l', 'l', 'r', 'r', 'r'])
    body = 'Hello Jing,\n\nour order attached (made in Pages).\n\nMaria\n\nXwejni Salt Pans\n+356 2155 4321\n\nSent from my iPad\n'
    eml = pdf_mail(H('Maria Cini', 'maria@xwejnisalt.com.mt', 'utf-8', 'Order GZ/SALT/27/09', dh(2027, 12, 15, 17, 5, 30, 60),
                     'F1E2D3C4-B5A6-4978-8695-A4B3C2D1E0F9@xwejnisalt.com.mt', 'X-Mailer: iPad Mail (21C66)'),
                   body, 'utf-8', 'quoted-printable', data, 'Order GZ-SALT-27-09.pdf', 'Apple-Mail-2A3B4C5D-6E7F-4081-9A2B-3C4D5E6F7A8B')
    return eml, T('pdf', 'utf-8',
                  'A Gozo (Malta) salt-pan family\'s order made in Apple Pages (PDF from iPad Mail): a centred name and motto, '
                  '"Our ref:" with the date on the same line, Item and Details apart (keyed joined), kraft pouches in bundles '
                  'of 100 (qty 50 bundles at 9.00, keyed as written), €; the delivery contact in a sentence with his phone. '
                  'Adds up.',
                  [order('GZ/SALT/27/09', 'Xwejni Salt Pans',
                         ('Joseph Cini', '7942 1188', 'Triq ix-Xwejni, Marsalforn MFN 1010, Gozo'),
                         '2027-12-15', 'EUR', total, lines)])


@mail
def h629_pdf_infor_tz_zanzibar_spices_words_deposit():
    rows = [('SP-J100', 'Spice jar 100 ml', 'PET, shaker lid', 'EA', 24000, '0.21'),
            ('SP-P050', 'Stand-up pouch 50 g', 'kraft, window', 'EA', 40000, '0.065'),
            ('SP-GB06', 'Gift box', '6 jars, printed', 'EA', 3000, '1.45')]
    lines = [L(s, '%s %s' % (n, g), q, p) for s, n, g, u, q, p in rows]
    total = m2(subtotal(lines))
    check(lines, total)
    table = [['Line', 'Item', 'Description', 'Specification', 'U/M', 'Quantity', 'Unit Price', 'Extended']]
    table += [[str(10 * (i + 1)), s, n, g, u, n0(q), p, usd(lt(p, q))] for i, (s, n, g, u, q, p) in enumerate(rows)]
    head = [(45, 'ZANZIBAR SPICE GROWERS CO. LTD', 12), (45, 'Plot 112, Nyerere Road, Dar es Salaam, Tanzania · TIN 100-234-567', 8),
            ('c', 'PURCHASE ORDER', 14), (45, 'PO Number: ZSG-PO-000981     Order Date: 16/12/2027     Currency: USD', 9),
            (45, 'Deliver To: Kizimbani Spice Farm Store, Kizimbani, Unguja (Zanzibar), Tanzania', 8),
            (45, 'Receiving: Mwanaisha Juma +255 777 410 223', 8)]
    tail = [('r', 'Order Total USD %s' % usd(total), 9),
            (45, 'Amount in words: US Dollars Eleven Thousand Nine Hundred Ninety Only', 8),
            (45, '50% advance on proforma invoice, balance against copy of B/L.', 8)]
    data = grid_pdf(head, table, [30, 55, 95, 85, 30, 55, 55, 70], tail, 'Purchase Order ZSG-PO-000981', 'Infor CloudSuite', 'hei',
                    align=['r', 'l', 'l', 'l', 'l', 'r', 'r', 'r'])
    assert total == '11990.00', total
    body = 'Dear Sir/Madam,\n\nAttached PO ZSG-PO-000981. Kindly send proforma.\n\nHalima Said\nProcurement\nZanzibar Spice Growers Co. Ltd\n+255 22 211 8890\n'
    eml = pdf_mail(H('Halima Said', 'procurement@zanzibarspice.co.tz', 'utf-8', 'PO ZSG-PO-000981', dh(2027, 12, 16, 10, 3, 7, 180),
                     'infor.mail.5f4e3d2c1b0a@zanzibarspice.co.tz', 'X-Mailer: Infor ION Mail'),
                   body, 'utf-8', 'base64', data, 'ZSG-PO-000981.pdf', '=_ion_5f4e3d2c1b0a')
    return eml, T('pdf', 'utf-8',
                  'A Zanzibar spice company\'s Infor PO (PDF): the letterhead in capitals (keyed as the signature spells it), '
                  'its Dar es Salaam address, PO Number, Order Date 16/12/2027 and Currency on one line, Deliver To a farm '
                  'store on Unguja, Line numbers 10/20/30 and an Item code beside Description and Specification (keyed joined), '
                  'a 3-decimal price, Order Total, amount in words, a 50 % advance (not the total). Adds up.',
                  [order('ZSG-PO-000981', 'Zanzibar Spice Growers Co. Ltd',
                         ('Mwanaisha Juma', '+255 777 410 223', 'Kizimbani Spice Farm Store, Kizimbani, Unguja (Zanzibar), Tanzania'),
                         '2027-12-16', 'USD', total, lines)])


@mail
def h630_pdf_chanjet_aksu_apple_tax_included_daxie():
    rows = [('PG-01', '苹果礼盒', '10枚装 瓦楞 彩印', '个', 8000, '6.50'),
            ('PG-02', '水果网套', '9cm 白色', '个', 100000, '0.035'),
            ('PG-03', '托盘', '12穴 吸塑', '个', 16000, '0.42'),
            ('PG-04', '打包带', 'PP 15mm', '卷', 80, '42.00')]
    lines = [L(s, '%s %s' % (n, g), q, p) for s, n, g, u, q, p in rows]
    total = m2(subtotal(lines))
    check(lines, total)
    table = [['存货编码', '存货名称', '规格型号', '单位', '数量', '含税单价', '价税合计']]
    table += [[s, n, g, u, n0(q), p, amt(lt(p, q))] for s, n, g, u, q, p in rows]
    table += [['合计', '', '', '', '', '', amt(total)]]
    head = [('c', '阿克苏红旗坡果业有限公司', 14), ('c', '采 购 订 单', 14),
            (45, '单据编号：CGDD-2027-12-0017      单据日期：2027-12-17      供应商：杭州恒达包装材料有限公司', 8),
            (45, '收货仓库：新疆阿克苏地区 阿克苏市 红旗坡农场 冷库 2 号     收货人：买买提·吐尔逊 138 9978 2210', 8)]
    tail = [(45, '合计金额（大写）：%s        税率 13%%（单价含税）' % daxie(total), 8),
            (45, '制单：古丽娜尔    审核：王志刚    畅捷通T+Cloud', 8)]
    data = grid_pdf(head, table, [55, 80, 95, 35, 65, 60, 80], tail, '采购订单 CGDD-2027-12-0017', '古丽娜尔', 'hei',
                    align=['l', 'l', 'l', 'c', 'r', 'r', 'r'])
    body = '恒达：\n\n采购订单见附件（畅捷通导出的PDF）。\n\n阿克苏红旗坡果业 古丽娜尔\n0997-2136688\n'
    eml = pdf_mail(H('古丽娜尔', 'gulnar@hqp-fruit.com', 'gbk', '采购订单CGDD-2027-12-0017', dh(2027, 12, 17, 12, 50, 3),
                     'tencent_2B3C4D5E6F7A8B9C0D1E2F3A@qq.com', 'X-QQ-Mailer: QQMail 2.x'),
                   body, 'gbk', 'base64', data, '采购订单CGDD-2027-12-0017.pdf', '----=_NextPart_2B3C4D5E_6F7A8B9C_0D1E2F3A',
                   name_style='gbk')
    return eml, T('pdf', 'gbk',
                  'An Aksu (Xinjiang) apple orchard\'s 畅捷通 T+ purchase order as PDF: company and a spaced title centred, '
                  '单据编号 / 单据日期 / 供应商 on one line, 收货仓库 and 收货人 with a phone on one line, 存货名称 and 规格型号 '
                  'apart (keyed joined), prices 含税 (3 decimals on net sleeves), 合计 and 大写. Adds up.',
                  [order('CGDD-2027-12-0017', '阿克苏红旗坡果业有限公司',
                         ('买买提·吐尔逊', '138 9978 2210', '新疆阿克苏地区 阿克苏市 红旗坡农场 冷库 2 号'),
                         '2027-12-17', 'CNY', total, lines)])


# ============================================================ xlsx attachments
@mail
def h631_xlsx_hualien_mochi_merged_two_row_header_ntd():
    rows = [('麻糬禮盒', '12入 上下蓋 燙金', 4000, '32'), ('麻糬禮盒', '6入 手提', 6000, '21'),
            ('單顆包裝袋', 'OPP 8×10cm', 80000, '0.45'), ('提袋', '牛皮紙 中', 6000, '6.5')]
    lines = sp(rows)
    total = m2(subtotal(lines))
    check(lines, total)
    sh = Sheet('訂購單')
    sh.set(1, 1, '洄瀾麻糬工坊', bold=True, size=14)
    sh.merge(1, 1, 1, 6)
    sh.row(2, 1, ['花蓮縣花蓮市 中正路 588 號  TEL 03-8332266'])
    sh.row(4, 1, ['訂購單號', 'HL-116-1218', '', '訂購日期', '116/12/18'])
    sh.row(6, 1, ['品項', '', '數量', '單價', '金額'], bold=True, border=True)
    sh.row(7, 1, ['品名', '規格', '(個)', '(NT$)', '(NT$)'], bold=True, border=True)
    sh.merge(6, 1, 6, 2)
    for i, (n, g, q, p) in enumerate(rows):
        r = 8 + i
        sh.row(r, 1, [n, g, q, D(p)], border=True)
        sh.set(r, 5, ('=C%d*D%d' % (r, r), lt(p, q)), border=True, fmt='#,##0')
    r = 8 + len(rows)
    sh.row(r, 1, ['合計', '', '', ''], bold=True, border=True)
    sh.set(r, 5, ('=SUM(E8:E%d)' % (r - 1), D(total)), bold=True, border=True, fmt='#,##0')
    sh.row(r + 2, 1, ['送貨地址', '花蓮縣吉安鄉 中華路二段 77 號 洄瀾麻糬 吉安廠'])
    sh.row(r + 3, 1, ['收貨人', '吳俊賢', '0911-223-456', '03-8540123'])
    data = corpus_docs.xlsx_bytes([sh], creator='user', app_title='Microsoft Excel')
    body = '方小姐您好：\n\n附件是本次訂購單，請確認。\n\n洄瀾麻糬工坊 許雅婷\n03-8332266\n'
    eml = with_attachments(H('許雅婷', 'yating@huilan-mochi.com.tw', 'big5', '訂購單 HL-116-1218', dh(2027, 12, 18, 10, 11, 12),
                             '001a01dc4b5c$6d7e8f90$a1b2c3d4$@huilan-mochi.com.tw', 'X-Mailer: Microsoft Outlook 16.0'),
                           body, 'big5', 'base64', [attachment(XLSX, data, '訂購單HL-116-1218.xlsx', name_style='big5')],
                           '----=_NextPart_000_001B_01DC4B5C.6D7E8F90')
    return eml, T('xlsx', 'big5',
                  'A Hualien mochi workshop\'s order sheet (.xlsx, mail in Big5): a two-row header with 品項 merged over 品名 / '
                  '規格 and units in brackets on the second row, the same gift box twice told apart by 規格 (keyed joined), '
                  'NT$ without decimals, a ROC date 116/12/18 (2027-12-18), formulas with cached values, 合計; the receiver '
                  'with two phones (keyed the first). Adds up.',
                  [order('HL-116-1218', '洄瀾麻糬工坊',
                         ('吳俊賢', '0911-223-456', '花蓮縣吉安鄉 中華路二段 77 號 洄瀾麻糬 吉安廠'),
                         '2027-12-18', 'TWD', total, lines)])


@mail
def h632_xlsx_wps_yichun_black_fungus_jian_bao_deposit():
    rows = [('木耳自封袋', '250g 牛皮纸 开窗', '个', 30000, '0.38'), ('木耳礼盒', '500g×2 天地盖', '个', 5000, '7.80'),
            ('纸箱', '20盒 五层', '件', 500, '6.60'), ('缠绕膜', '50cm 2.5kg', '卷', 40, '26.00')]
    lines = [L(None, '%s %s' % (n, g), q, p) for n, g, u, q, p in rows]
    total = m2(subtotal(lines))
    check(lines, total)
    sh, nxt = sheet_order('Sheet1', [(1, ['伊春林都山珍食品有限公司 采购单']), (2, ['单号：YC-SZ-1219', '', '', '日期：2027年12月19日'])],
                          ['品名', '规格', '单位', '数量', '单价', '金额'],
                          [[n, g, u, q, D(p), ('=D%d*E%d' % (5 + i, 5 + i), lt(p, q))] for i, (n, g, u, q, p) in enumerate(rows)],
                          {4: '0.00', 5: '#,##0.00'},
                          [(0, ['合计', '', '', '', '', ('=SUM(F5:F%d)' % (4 + len(rows)), D(total))]),
                           (1, ['预付定金', '', '', '', '', D('10000')]),
                           (3, ['收货：黑龙江省伊春市伊美区 林都大街 36 号 林都山珍 成品库  联系人 赵国庆 137 0458 6623'])], start=4)
    data = corpus_docs.xlsx_bytes([sh, Sheet('Sheet2'), Sheet('Sheet3')], creator='Administrator', app_title='WPS 表格')
    body = '方经理：采购单在附件，定金一万已付。\n\n伊春林都山珍 赵国庆\n'
    eml = with_attachments(H('赵国庆', 'zhaoguoqing@lindu-shanzhen.com', 'gbk', '采购单YC-SZ-1219', dh(2027, 12, 19, 16, 2, 0),
                             '202712191602000381@lindu-shanzhen.com', 'X-Mailer: Foxmail 7.2.25.375[cn]'),
                           body, 'gbk', 'base64', [attachment(XLSX, data, '采购单YC-SZ-1219.xlsx', name_style='gbk')],
                           '----=_NextPart_A1B2C3D4_E5F6_0718')
    return eml, T('xlsx', 'gbk',
                  'A Yichun (Heilongjiang forest) black-fungus company\'s WPS 表格 .xlsx with two empty extra sheets: title and '
                  '"单号：…" / "日期：…" in cells, 品名 and 规格 apart (keyed joined), units 个/件/卷, formulas, 合计 and a '
                  '预付定金 row under it (not the total); the receiver, his phone and address in one cell; no currency is written. Adds up.',
                  [order('YC-SZ-1219', '伊春林都山珍食品有限公司',
                         ('赵国庆', '137 0458 6623', '黑龙江省伊春市伊美区 林都大街 36 号 林都山珍 成品库'),
                         '2027-12-19', None, total, lines)])


@mail
def h633_xlsx_erpnext_kz_almaty_apples_export_rows():
    rows = [('ITM-0041', 'Apple carton 18 kg', 'Aport, 5-ply, printed', 4000, '1.72'),
            ('ITM-0042', 'Apple tray', '80 count, pulp', 24000, '0.095'),
            ('ITM-0043', 'Gift box', '6 apples, window', 6000, '0.84')]
    lines = ssp(rows)
    total = m2(subtotal(lines))
    check(lines, total)
    sh = Sheet('Purchase Order')
    sh.row(1, 1, ['ID', 'Supplier', 'Date', 'Currency', 'Grand Total', 'Shipping Address', 'Items (Item Code)',
                  'Items (Item Name)', 'Items (Description)', 'Items (Quantity)', 'Items (Rate)', 'Items (Amount)'], bold=True)
    for i, (s, n, g, q, p) in enumerate(rows):
        first = ['PUR-ORD-2027-00318', 'Hangzhou Hengda Packaging', '2027-12-20', 'USD', D(total),
                 'Alatau Apple LLP Warehouse, Raiymbek Ave 348, Almaty 050061, Kazakhstan'] if i == 0 else [''] * 6
        sh.row(2 + i, 1, first + [s, n, g, q, D(p), lt(p, q)])
    data = corpus_docs.xlsx_bytes([sh], creator='ERPNext', app_title=None)
    body = ('Hello,\n\nPlease find our purchase order PUR-ORD-2027-00318 exported from ERPNext.\nWarehouse contact: Nurlan '
            'Abenov +7 701 555 32 10.\n\nRegards,\nAigerim Sadykova\nAlatau Apple LLP\n+7 727 390 11 22\n')
    eml = with_attachments(H('Aigerim Sadykova', 'a.sadykova@alatauapple.kz', 'utf-8', 'PUR-ORD-2027-00318',
                             dh(2027, 12, 20, 9, 44, 2, 300), 'CAF8aZx1Yb2Wc3Vd4Ue5Tf6Sg7Rh8Qi9Pj0Ok@mail.gmail.com', None),
                           body, 'utf-8', 'quoted-printable', [attachment(XLSX, data, 'Purchase Order.xlsx')],
                           '0000000000009a8b7c6d5e4f3a2b')
    return eml, T('xlsx', 'utf-8',
                  'An Almaty (Kazakhstan) apple grower\'s ERPNext data export (.xlsx from Gmail): one row a line with the order '
                  'fields (ID, Supplier, Date, Currency, Grand Total, Shipping Address) on the first row only, "Items (Item '
                  'Name)" and "Items (Description)" apart (keyed joined), a 3-decimal rate; the warehouse contact only in the '
                  'mail. Adds up.',
                  [order('PUR-ORD-2027-00318', 'Alatau Apple LLP',
                         ('Nurlan Abenov', '+7 701 555 32 10', 'Alatau Apple LLP Warehouse, Raiymbek Ave 348, Almaty 050061, Kazakhstan'),
                         '2027-12-20', 'USD', total, lines)])


@mail
def h634_xlsx_odoo16_ma_fes_pastry_french_remise_tva():
    rows = [('[EMB-01] Boîte pâtisserie 1 kg', 'carton blanc, fenêtre', 10000, '0.62'),
            ('[EMB-02] Plateau doré 24 cm', 'carton doré', 10000, '0.18'),
            ('[EMB-03] Ruban satin', '10 mm, rouleau de 100 m', 300, '2.40')]
    lines = [L(n.split(']')[0][1:], '%s %s' % (n.split('] ')[1], g), q, p) for n, g, q, p in rows]
    sub = subtotal(lines)
    rem = (sub * D('0.04')).quantize(D('0.01'))
    total = m2(sub - rem)
    check(lines, total, -rem)
    sh, nxt = sheet_order('Bon de commande', [(1, ['Pâtisserie Bab Boujloud SARL']), (2, ['Talaa Kebira 41, Fès Médina, Maroc']),
                                              (4, ['Bon de commande n°', 'P00219']), (5, ['Date de commande', '21/12/2027']),
                                              (6, ['Adresse de livraison', 'Laboratoire Bab Boujloud, Zone industrielle Sidi Brahim, lot 12, Fès']),
                                              (7, ['Contact livraison', 'Youssef Benjelloun', '+212 661 23 45 67', '+212 535 64 12 00'])],
                          ['Article', 'Description', 'Quantité', 'Prix unitaire', 'Sous-total'],
                          [[n, g, q, D(p), lt(p, q)] for n, g, q, p in rows], {3: '0.00 €', 4: '#,##0.00 €'},
                          [(0, ['', '', '', 'Total HT', D(sub)]), (1, ['', '', '', 'Remise 4 %', D(-rem)]),
                           (2, ['', '', '', 'TVA 0 % (import)', D(0)]), (3, ['', '', '', 'Total', D(total)])], start=9)
    data = corpus_docs.xlsx_bytes([sh], creator='Odoo', app_title=None)
    body = 'Bonjour,\n\nVeuillez trouver ci-joint notre bon de commande P00219.\n\nCordialement,\nKhadija Alaoui\nPâtisserie Bab Boujloud SARL\n'
    eml = with_attachments(H('Khadija Alaoui', 'khadija@babboujloud.ma', 'utf-8', 'Pâtisserie Bab Boujloud Bon de commande (Réf P00219)',
                             dh(2027, 12, 21, 11, 5, 9, 60), '1796988309.482117.9931@odoo.babboujloud.ma', None),
                           body, 'utf-8', 'quoted-printable', [attachment(XLSX, data, 'Bon de commande - P00219.xlsx')],
                           '===============8822417310492857743==')
    return eml, T('xlsx', 'utf-8',
                  'A Fes (Morocco) pastry shop\'s Odoo 16 bon de commande as .xlsx: "Bon de commande n°" P00219, date 21/12/2027, '
                  'the article with its code in [brackets] (keyed as sku, the name after it) and a Description column (keyed '
                  'joined), € formats, Total HT, Remise 4 %, TVA 0 % and Total (keyed, after the discount); a delivery address '
                  'for the laboratory and two phones (keyed the first). Adds up with the discount.',
                  [order('P00219', 'Pâtisserie Bab Boujloud SARL',
                         ('Youssef Benjelloun', '+212 661 23 45 67', 'Laboratoire Bab Boujloud, Zone industrielle Sidi Brahim, lot 12, Fès'),
                         '2027-12-21', 'EUR', total, lines)])


@mail
def h635_xlsx_bd_sylhet_tea_per_1000_words_letterhead():
    rows = [('Tea pouch 100 g', 'foil, zipper, 4 colour', 50000, '92.00', 1000),
            ('Tea box 200 g', 'duplex board, gloss', 15000, '0.27', 1),
            ('Master carton', '48 boxes, 7-ply', 320, '2.10', 1)]
    lines = pk(rows)
    total = m2(subtotal(lines))
    check(lines, total)
    sh = Sheet('PO')
    sh.set(1, 1, 'SURMA VALLEY TEA ESTATES LTD.', bold=True, size=14)
    sh.merge(1, 1, 1, 6)
    sh.row(2, 1, ['Khadimnagar, Sylhet-3100, Bangladesh | +880 821 761 220 | +880 1711 445 566'])
    sh.row(4, 1, ['Work Order No.', 'SVT/WO/27/112', '', 'Date', '22-Dec-2027'])
    sh.row(5, 1, ['Supplier', 'Hangzhou Hengda Packaging Materials Co., Ltd.'])
    r0 = 7
    sh.row(r0, 1, ['SL', 'Item', 'Specification', 'Qty', 'Rate (USD)', 'Amount (USD)'], bold=True, border=True)
    for i, (n, g, q, p, k) in enumerate(rows):
        sh.row(r0 + 1 + i, 1, [i + 1, n, g, q, ('%s / 1000 pcs' % p) if k > 1 else D(p), lt(p, q, k)], border=True)
    r = r0 + 1 + len(rows)
    sh.row(r, 1, ['', 'Total', '', '', '', D(total)], bold=True, border=True)
    sh.row(r + 1, 1, ['In words: US Dollars Nine Thousand Three Hundred Twenty Two Only'])
    sh.row(r + 3, 1, ['Delivery', 'Chattogram Port, C&F agent: Karnaphuli Shipping Lines, Agrabad C/A, Chattogram'])
    sh.row(r + 4, 1, ['Contact', 'Mr. Abdul Karim', '+880 1819 334 112'])
    data = corpus_docs.xlsx_bytes([sh], creator='Accounts', app_title='Microsoft Excel')
    assert total == '9322.00', total
    body = ('Dear Madam,\n\nPlease find attached Work Order SVT/WO/27/112.\n\nWith regards,\nMd. Rafiqul Islam\nManager (Procurement)\n'
            'Surma Valley Tea Estates Ltd.\n')
    eml = with_attachments(H('Md. Rafiqul Islam', 'procurement@surmavalleytea.com.bd', 'utf-8', 'Work Order SVT/WO/27/112',
                             dh(2027, 12, 22, 13, 30, 0, 360), 'SG2PR06MB5512C3D4E5F6A7B8@SG2PR06MB5512.apcprd06.prod.outlook.com',
                             None), body, 'utf-8', 'base64', [attachment(XLSX, data, 'WO-112.xlsx')],
                           '_004_SG2PR06MB5512C3D4E5F6A7B8_')
    return eml, T('xlsx', 'utf-8',
                  'A Sylhet (Bangladesh) tea estate\'s "Work Order" (.xlsx): the letterhead in capitals (keyed as the signature '
                  'spells it) with two phones, "Work Order No." as the order number, a 22-Dec-2027 text date, Item and '
                  'Specification apart (keyed joined), pouches at "92.00 / 1000 pcs" written as text in the rate cell (keyed '
                  'per piece, 0.092), Total and the amount in words; delivery to a C&F agent at Chattogram. Adds up.',
                  [order('SVT/WO/27/112', 'Surma Valley Tea Estates Ltd.',
                         ('Mr. Abdul Karim', '+880 1819 334 112', 'Chattogram Port, C&F agent: Karnaphuli Shipping Lines, Agrabad C/A, Chattogram'),
                         '2027-12-22', 'USD', total, lines)])


# ============================================================ xls attachments
@mail
def h636_xls_excel2010_cy_limassol_halloumi_date_serial_per_100():
    rows = [('HL-250', 'Vacuum pouch', '250 g, printed, EN/GR', 60000, '7.40', 100),
            ('HL-TRAY', 'Display tray', '12 pouches, kraft', 5000, '0.52', 1),
            ('HL-CTN', 'Carton', '4 trays, 5-ply', 1250, '1.60', 1)]
    lines = [L(s, '%s %s' % (n, g), q, per(p, k) if k > 1 else p, lt(p, q, k)) for s, n, g, q, p, k in rows]
    total = m2(subtotal(lines))
    check(lines, total)
    sh = Sheet('PO')
    sh.row(1, 1, ['TROODOS DAIRY PRODUCTS LTD'], bold=True)
    sh.row(2, 1, ['Makariou III Ave 85, 3020 Limassol, Cyprus   Tel +357 25 871 200   Fax +357 25 871 201'])
    sh.row(4, 1, ['P.O. No:', 'TDP-4471'])
    sh.row(5, 1, ['Date:', datetime.date(2027, 12, 23)])
    sh.row(7, 1, ['Code', 'Description', 'Spec', 'Qty', 'Price EUR', 'Per', 'Amount EUR'], bold=True, border=True)
    for i, (s, n, g, q, p, k) in enumerate(rows):
        sh.row(8 + i, 1, [s, n, g, q, D(p), k, lt(p, q, k)], border=True)
    r = 8 + len(rows)
    sh.row(r, 1, ['', '', '', '', '', 'TOTAL', D(total)], bold=True, border=True)
    sh.row(r + 2, 1, ['Deliver to:', 'Troodos Dairy - Pelendri plant, Pelendri 4860, Limassol district'])
    sh.row(r + 3, 1, ['Attn:', 'Andreas Georgiou', '+357 99 612 345'])
    data = corpus_docs.xls_bytes([sh])
    body = 'Dear Jing,\n\nattached P.O. TDP-4471 (Excel 97-2003).\n\nBest regards,\nEleni Constantinou\nTroodos Dairy Products Ltd\n'
    eml = with_attachments(H('Eleni Constantinou', 'eleni.c@troodosdairy.com.cy', 'utf-8', 'P.O. TDP-4471',
                             dh(2027, 12, 23, 9, 12, 0, 120), '00b301dc5c6d$7e8f9a0b$1c2d3e4f$@troodosdairy.com.cy',
                             'X-Mailer: Microsoft Outlook 14.0'), body, 'utf-8', 'quoted-printable',
                           [attachment(XLS, data, 'PO TDP-4471.xls')], '----=_NextPart_000_00B4_01DC5C6D.7E8F9A0B')
    return eml, T('xls', 'utf-8',
                  'A Limassol (Cyprus) halloumi dairy\'s order saved by Excel 2010 as .xls (Outlook 2010): the letterhead in '
                  'capitals (keyed as the signature spells it), "P.O. No:" and a real date cell (a date serial shown yyyy-mm-dd), Description and '
                  'Spec apart (keyed joined), a "Per" column: pouches at 7.40 per 100 (keyed per piece, 0.074), TOTAL; a '
                  'plant address and one phone. Adds up.',
                  [order('TDP-4471', 'Troodos Dairy Products Ltd',
                         ('Andreas Georgiou', '+357 99 612 345', 'Troodos Dairy - Pelendri plant, Pelendri 4860, Limassol district'),
                         '2027-12-23', 'EUR', total, lines)])


@mail
def h637_xls_kingdee_kis_wudalianchi_water_two_title_rows_tax():
    rows = [('01.03.001', '矿泉水箱', '24瓶×550ml 五层 彩印', '个', 20000, '2.35'),
            ('01.03.002', '收缩膜', '宽60cm 厚5丝', '卷', 120, '118.00'),
            ('01.03.003', '提手', 'PP 白色', '个', 20000, '0.06')]
    lines = [L(s, '%s %s' % (n, g), q, p) for s, n, g, u, q, p in rows]
    total = m2(subtotal(lines))
    check(lines, total)
    sh = Sheet('采购订单')
    sh.set(1, 1, '五大连池天泉矿泉水有限公司', size=14)
    sh.merge(1, 1, 1, 8)
    sh.set(2, 1, '采购订单', size=16)
    sh.merge(2, 1, 2, 8)
    sh.row(3, 1, ['供应商：', '杭州恒达包装材料有限公司', '', '日期：', '2027-12-24', '', '编号：', 'POORD000912'])
    sh.row(4, 1, ['币别：', '人民币', '', '摘要：', '含税价 13%'])
    sh.row(5, 1, ['物料代码', '物料名称', '规格型号', '单位', '数量', '含税单价', '价税合计', '交货日期'], bold=True, border=True)
    for i, (s, n, g, u, q, p) in enumerate(rows):
        sh.row(6 + i, 1, [s, n, g, u, q, D(p), lt(p, q), '2028-01-10'], border=True)
    r = 6 + len(rows)
    sh.row(r, 1, ['合计', '', '', '', sum(x[4] for x in rows), '', D(total), ''], border=True)
    sh.row(r + 1, 1, ['收货地址：', '黑龙江省黑河市五大连池市 药泉山 天泉路 1 号 成品仓', '', '', '收货人：', '刘德福', '电话：', '0456-7221558'])
    sh.row(r + 2, 1, ['制单：', '韩梅', '', '审核：', '孙建国'])
    data = corpus_docs.xls_bytes([sh])
    body = '恒达：附件为采购订单POORD000912，请安排。\n\n韩梅\n五大连池天泉矿泉水有限公司\n'
    eml = with_attachments(H('韩梅', 'hanmei@tianquan-water.com', 'gb2312', '采购订单POORD000912', dh(2027, 12, 24, 14, 0, 31),
                             '202712241400318813101@tianquan-water.com', 'X-Mailer: Foxmail 7.2.25.375[cn]'),
                           body, 'gb2312', 'base64', [attachment(XLS, data, 'POORD000912.xls', name_style='gb2312')],
                           '----=_NextPart_5C6D7E8F_9A0B1C2D_3E4F5A6B')
    return eml, T('xls', 'gb2312',
                  'A Wudalianchi (Heihe) mineral-water bottler\'s 金蝶KIS purchase order as .xls: two title rows (company, '
                  '采购订单), 供应商 / 日期 / 编号 label cells on one row, 币别 人民币, 物料名称 and 规格型号 apart (keyed '
                  'joined), shrink film in 卷, 含税单价 and 价税合计, a 交货日期 column (not the order date), 合计 with the '
                  'quantity sum; 收货地址 / 收货人 / 电话 on one row. Adds up.',
                  [order('POORD000912', '五大连池天泉矿泉水有限公司',
                         ('刘德福', '0456-7221558', '黑龙江省黑河市五大连池市 药泉山 天泉路 1 号 成品仓'),
                         '2027-12-24', 'CNY', total, lines)])


@mail
def h638_xls_1c_kg_bishkek_honey_russian_from_column_b():
    rows = [('Банка для мёда', '500 г, стекло, крышка твист', 'шт', 15000, '0.29'),
            ('Банка для мёда', '1 кг, стекло, крышка твист', 'шт', 8000, '0.41'),
            ('Коробка подарочная', 'на 2 банки, крафт', 'шт', 3000, '0.95')]
    lines = [L(None, '%s %s' % (n, g), q, p) for n, g, u, q, p in rows]
    total = m2(subtotal(lines))
    check(lines, total)
    sh = Sheet('TDSheet')
    sh.row(2, 2, ['Заказ поставщику № 00000000317 от 25 декабря 2027 г.'], bold=True)
    sh.row(4, 2, ['Поставщик:', 'Hangzhou Hengda Packaging Materials Co., Ltd.'])
    sh.row(5, 2, ['Покупатель:', 'ОсОО «Ысык-Көл Бал», г. Бишкек, ул. Токтогула 125, тел. +996 312 66 44 22'])
    sh.row(7, 2, ['№', 'Товар', 'Характеристика', 'Количество', 'Ед.', 'Цена', 'Сумма'], bold=True, border=True)
    for i, (n, g, u, q, p) in enumerate(rows):
        sh.row(8 + i, 2, [i + 1, n, g, q, u, D(p), lt(p, q)], border=True)
    r = 8 + len(rows)
    sh.row(r, 7, ['Итого:', D(total)], bold=True)
    sh.row(r + 1, 7, ['Без налога (НДС)', '-'])
    sh.row(r + 2, 2, ['Всего наименований 3, на сумму %s USD' % usd(total).replace(',', ' ')])
    sh.row(r + 4, 2, ['Доставка: склад Каракол, ул. Ленина 210, г. Каракол, Иссык-Кульская обл., получатель Асанов Бакыт, +996 555 12 34 56'])
    data = corpus_docs.xls_bytes([sh])
    body = 'Здравствуйте, Цзин!\n\nВо вложении заказ № 317 из 1С.\n\nС уважением,\nАйгуль Токтосунова\nОсОО «Ысык-Көл Бал»\n'
    eml = with_attachments(H('Айгуль Токтосунова', 'aigul@issykkolbal.kg', 'utf-8', 'Заказ поставщику № 317',
                             dh(2027, 12, 25, 10, 20, 4, 360), '1798177204.5521.issykkolbal@mail.kg', 'X-Mailer: 1C:Enterprise 8.3'),
                           body, 'utf-8', 'base64', [attachment(XLS, data, 'Заказ поставщику № 317.xls', name_style='rfc2231')],
                           '----=_1C_Part_5521_1798177204')
    return eml, T('xls', 'utf-8',
                  'A Bishkek (Kyrgyzstan) honey company\'s 1C "Заказ поставщику № 00000000317 от 25 декабря 2027 г." as .xls '
                  '(mail in UTF-8: the Kyrgyz ө is not in Windows-1251): the table from column B, Товар and Характеристика apart (keyed joined), the same '
                  'jar twice told apart by size, Итого, "Без налога (НДС)", the currency only in the sentence "на сумму … USD"; '
                  'delivery to a Karakol store in one cell with the receiver and phone. Adds up.',
                  [order('00000000317', 'ОсОО «Ысык-Көл Бал»',
                         ('Асанов Бакыт', '+996 555 12 34 56', 'склад Каракол, ул. Ленина 210, г. Каракол, Иссык-Кульская обл.'),
                         '2027-12-25', 'USD', total, lines)])


# ============================================================ CSV attachments
@mail
def h639_csv_inflow_ws_apia_coconut_oil_no_total_row():
    rows = [('BTL-250', 'Amber bottle 250 ml', 'glass, dropper cap', 12000, '0.46'),
            ('BTL-500', 'Amber bottle 500 ml', 'glass, pump', 6000, '0.68'),
            ('LBL-WP', 'Label waterproof', '70 x 40 mm', 20000, '0.035')]
    lines = ssp(rows)
    total = m2(subtotal(lines))
    check(lines, total)
    tab = [['OrderNumber', 'OrderDate', 'Vendor', 'ItemName', 'ItemSKU', 'ItemDescription', 'ItemQuantity', 'ItemUnitPrice',
            'ItemSubtotal', 'Currency']]
    tab += [['PO-000214', '12/26/2027', 'Hangzhou Hengda Packaging', n, s, g, q, p, m2(lt(p, q)), 'USD'] for s, n, g, q, p in rows]
    data = corpus_docs.csv_text(tab).encode('utf-8')
    body = ('Talofa Jing,\n\nOur PO from inFlow attached. Total USD %s.\nShip to: Samoa Virgin Coconut Co., Vaitele Industrial '
            'Estate, Apia, Samoa. Contact Tavita Leota +685 772 3311.\n\nFa\'afetai,\nLeilani Schuster\nSamoa Virgin Coconut Co.\n' % usd(total))
    eml = with_attachments(H('Leilani Schuster', 'leilani@samoavirgincoconut.ws', 'utf-8', 'PO-000214 from Samoa Virgin Coconut Co.',
                             dh(2027, 12, 26, 15, 2, 40, 780), '9f8e7d6c5b4a@samoavirgincoconut.ws',
                             'User-Agent: Mozilla/5.0 (Macintosh; Intel Mac OS X 14.2; rv:128.0) Gecko/20100101 Thunderbird/128.5.0'),
                           body, 'utf-8', 'quoted-printable', [attachment('text/csv', data, 'PO-000214.csv')],
                           '------------9F8E7D6C5B4A39281706F5E4')
    return eml, T('csv', 'utf-8',
                  'An Apia (Samoa) coconut-oil maker\'s inFlow purchase-order CSV: the order fields repeated on every row, '
                  'ItemName, ItemSKU and ItemDescription (keyed sku, name + description), a 3-decimal price, a US date '
                  '12/26/2027, no total row — the total and the ship-to only in the mail text (UTC+13). Adds up.',
                  [order('PO-000214', 'Samoa Virgin Coconut Co.',
                         ('Tavita Leota', '+685 772 3311', 'Samoa Virgin Coconut Co., Vaitele Industrial Estate, Apia, Samoa'),
                         '2027-12-26', 'USD', total, lines)])


@mail
def h640_csv_dolibarr_tn_sfax_olive_oil_semicolon_cp1252():
    rows = [('BOUT-50', 'Bouteille marasca 50 cl', 'verre extra-blanc', 30000, '0.31'),
            ('BOUT-100', 'Bouteille marasca 1 L', 'verre extra-blanc', 15000, '0.44'),
            ('CAPS', 'Capsule à vis', 'doré, 31,5 mm', 45000, '0.028'),
            ('CART', 'Carton', '12 bouteilles 50 cl', 2500, '0.82')]
    lines = ssp(rows)
    total = m2(subtotal(lines))
    check(lines, total)
    tab = [['Réf. commande', 'Date commande', 'Réf. produit', 'Libellé', 'Description', 'Qté', 'P.U. HT', 'Total HT']]
    tab += [['CF2712-0042', '27/12/2027', s, n, g, q, eu(p, 3 if len(p.split('.')[1]) == 3 else 2), eu(lt(p, q))] for s, n, g, q, p in rows]
    tab += [['', '', '', 'Total HT', '', '', '', eu(total)], ['', '', '', 'Total TTC (exonéré)', '', '', '', eu(total)]]
    data = corpus_docs.csv_text(tab, delim=';').encode('windows-1252')
    body = ('Bonjour Madame Fang,\n\nCi-joint l\'export de notre commande fournisseur CF2712-0042 (montants en euros).\n'
            'Livraison : Huilerie Zitouna, Route de Gabès km 6, 3083 Sfax, Tunisie — M. Mohamed Trabelsi, +216 98 445 210\n\n'
            'Cordialement,\nSonia Ben Ammar\nHuilerie Zitouna SARL\n+216 74 420 300\n')
    eml = with_attachments(H('Sonia Ben Ammar', 'sonia.benammar@zitouna-oil.tn', 'windows-1252', 'Commande fournisseur CF2712-0042',
                             dh(2027, 12, 27, 9, 30, 0, 60), 'dolibarr-cf2712-0042-1798360200@zitouna-oil.tn', 'X-Mailer: Dolibarr 18.0.4'),
                           body, 'windows-1252', 'quoted-printable',
                           [attachment('text/csv', data, 'commande_CF2712-0042.csv')], 'dolibarr_5e4d3c2b1a09f8e7')
    return eml, T('csv', 'windows-1252',
                  'A Sfax (Tunisia) olive-oil mill\'s Dolibarr export (semicolon CSV in Windows-1252): Réf. commande and date on '
                  'every row, Libellé and Description apart (keyed joined), the same bottle twice told apart by size in the '
                  'name, decimal commas with a 3-decimal price, Total HT and Total TTC (exonéré) rows; the currency only in '
                  'the mail ("en euros"), the delivery contact in the mail. Adds up.',
                  [order('CF2712-0042', 'Huilerie Zitouna SARL',
                         ('M. Mohamed Trabelsi', '+216 98 445 210', 'Huilerie Zitouna, Route de Gabès km 6, 3083 Sfax, Tunisie'),
                         '2027-12-27', 'EUR', total, lines)])


@mail
def h641_csv_dianxiaomi_putian_shoes_bom_two_warehouses_one_order():
    rows = [('XH-3522', '鞋盒', '35×22×12 牛皮纸 印logo', 10000, '1.45'),
            ('XH-DZ', '防潮纸', '40×60 拷贝纸', 20000, '0.05'),
            ('XH-KD', '快递袋', '38×52 灰色 加厚', 15000, '0.22')]
    lines = ssp(rows)
    total = m2(subtotal(lines))
    check(lines, total)
    tab = [['采购单号', '供应商', '创建时间', 'SKU', '商品名称', '规格', '采购数量', '采购单价(CNY)', '小计(CNY)', '收货仓库']]
    tab += [['PO20271228001', '杭州恒达包装', '2027-12-28 09:12:44', s, n, g, q, p, m2(lt(p, q)), '莆田本仓'] for s, n, g, q, p in rows]
    tab += [['', '', '', '', '', '', '合计', '', total, '']]
    data = b'\xef\xbb\xbf' + corpus_docs.csv_text(tab).encode('utf-8')
    body = ('方经理：\n\n店小秘采购单导出附上。\n收货：福建省莆田市荔城区 黄石镇 工业园 18 号 3 楼（莆田本仓）\n'
            '仓管 林文彬 180 5940 7712\n\n莆田鞋匠跨境电商有限公司 陈晓\n')
    eml = with_attachments(H('陈晓', 'chenxiao@xiejiang-cb.com', 'utf-8', '店小秘采购单 PO20271228001', dh(2027, 12, 28, 9, 20, 3),
                             'e8d7c6b5-a493-4827-9160-5f4e3d2c1b0a@xiejiang-cb.com', 'X-Mailer: Lark Mail'),
                           body, 'utf-8', 'base64', [attachment('text/csv', data, '采购单_PO20271228001.csv', name_style='rfc2231')],
                           '----=_Part_lark_e8d7c6b5a493')
    return eml, T('csv', 'utf-8',
                  'A Putian cross-border shoe seller\'s 店小秘 purchase-order export (UTF-8 CSV with BOM, Lark Mail): order '
                  'number, supplier and a creation time repeated on each row, 商品名称 and 规格 apart (keyed joined), prices '
                  'and amounts headed (CNY), a 收货仓库 column naming the warehouse, 合计 row; the address and receiver in the '
                  'mail. Adds up.',
                  [order('PO20271228001', '莆田鞋匠跨境电商有限公司',
                         ('林文彬', '180 5940 7712', '福建省莆田市荔城区 黄石镇 工业园 18 号 3 楼（莆田本仓）'),
                         '2027-12-28', 'CNY', total, lines)])


# ============================================================ not orders
@mail
def h642_non_bt_paro_rfq_handicrafts_quantities_no_prices():
    body = """Kuzuzangpo la Ms Fang,

We are a handicraft and incense co-operative in Paro and would like your best price for the items below,
FOB Shanghai or delivered Phuentsholing, whichever is cheaper. Please also tell us the minimum order.

| Item                          | Specification                     | Quantity we may need |
|-------------------------------|-----------------------------------|----------------------|
| Incense gift box              | kraft, 20 sticks, window          | 5,000 - 8,000        |
| Paper bag with Bhutanese print| A4, twisted handle                | 3,000                |
| Tissue paper                  | 50 x 70 cm, natural colour        | 20 reams             |

We have not decided yet; this is for our budget for next spring. Please reply before 15 January.

Tashi Delek,
Karma Wangmo
Paro Tshechu Handicrafts Co-operative
Paro, Bhutan | +975 8 271 455 | +975 17 61 22 33
"""
    eml = single(H('Karma Wangmo', 'karma.wangmo@druknet.bt', 'utf-8', 'Request for quotation - gift boxes and bags',
                   dh(2027, 12, 29, 11, 0, 12, 360), '1a9b8c7d-6e5f-4a3b-2c1d-0e9f8a7b6c5d@druknet.bt',
                   'User-Agent: SquirrelMail/1.4.23 [SVN]'), body, 'utf-8', 'quoted-printable')
    return eml, T('none', 'utf-8',
                  'NOT an order: a Paro (Bhutan) handicraft co-operative asks for a quotation from SquirrelMail: a pipe table '
                  'of items, specifications and quantities they "may need" (ranges, no prices), "we have not decided yet". '
                  'Nothing is keyed.', [])


@mail
def h643_non_pg_lae_customs_broker_invoice_for_clearance():
    body = """Dear Sir/Madam,

Please find below our tax invoice for customs clearance of your shipment to Highlands Coffee Packers Ltd (their PO HCP-2027-088).

TAX INVOICE No. LCB-INV-11932        Date: 30/12/2027

  Description                              Qty      Rate PGK      Amount PGK
  Customs entry preparation                 1        450.00         450.00
  Port handling, 1 x 20' container          1      1,280.00       1,280.00
  Cartage Lae wharf - Highlands Hwy         1      2,100.00       2,100.00
  GST 10%                                                            383.00
  TOTAL DUE                                                        4,213.00

Payment within 14 days to BSP Lae, acct 1001 234 567. As agreed with the consignee, these charges are for the seller's account.

Regards,
Peter Kila
Lae Customs Brokers Ltd
Milfordhaven Road, Lae, Morobe Province, Papua New Guinea | +675 472 1133
"""
    eml = single(H('Peter Kila', 'accounts@laecustomsbrokers.com.pg', 'utf-8', 'Tax invoice LCB-INV-11932 - clearance PO HCP-2027-088',
                   dh(2027, 12, 30, 8, 45, 0, 600), 'r6Lk2Qp9Vt4Xz1Yb8Wn3Jm5Hc7Fg0Sd@protonmail.com',
                   'User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.5.0',
                   extra=('X-Pm-Origin: internal',)), body, 'utf-8', 'quoted-printable')
    return eml, T('none', 'utf-8',
                  'NOT an order: a Lae (Papua New Guinea) customs broker\'s tax invoice to us (Proton Mail through Bridge and '
                  'Thunderbird) for clearing a customer\'s shipment: an invoice number, a space-aligned table of services with '
                  'rates, GST and TOTAL DUE in PGK, the customer\'s PO named in the subject. A bill for accounts; nothing is '
                  'keyed.', [])


@mail
def h644_non_jo_amman_goods_received_note_shortage():
    body = """Dear Hengda,

Goods Received Note GRN-2027-1204 against our LPO AMN-PO-0771 (received 31/12/2027 at our Sahab warehouse):

Item                              Ordered    Received    Remarks
Soap box 100 g, kraft, window       20,000      19,400    600 short (1 carton missing)
Dead Sea salt pouch 250 g           10,000      10,000    OK
Gift bag, olive print                5,000       4,850    150 torn, rejected

Please send the 600 soap boxes with the next shipment and credit the 150 bags (USD 0.48 each = USD 72.00)
on your next invoice. No new order is placed by this note.

Best regards,
Rania Haddad
Warehouse & Purchasing
Dead Sea Naturals Co. Ltd, Sahab Industrial City, Amman, Jordan | +962 6 402 5511
"""
    eml = single(H('Rania Haddad', 'rania.h@deadseanaturals.jo', 'windows-1252', 'GRN-2027-1204 / LPO AMN-PO-0771 shortage',
                   dh(2027, 12, 31, 12, 15, 40, 180), '3b2a19f8e7d6@deadseanaturals.jo',
                   'User-Agent: Horde Application Framework 5'), body, 'windows-1252', 'quoted-printable')
    return eml, T('none', 'windows-1252',
                  'NOT an order: an Amman (Jordan) cosmetics maker\'s goods received note for its earlier LPO (Windows-1252 QP): '
                  'ordered and received quantities in columns aligned by spaces, a shortage to send with the next shipment '
                  'and a credit with a price; "No new order is placed by this note". Nothing is keyed.', [])


@mail
def h645_non_lv_riga_bakery_complaint_quoting_order():
    body = """Labdien, Jing!

Sūdzība par pasūtījumu RMB-2027/56 (saņemts 3. janvārī): the window boxes 25 x 25 cm came with the window glued
on the outside, and 1 200 of 6 000 cannot be used. Photos follow by WhatsApp. We want a replacement, not money back.

--- citēts pasūtījums / quoted order ---
> Pasūtījums Nr. RMB-2027/56, 01.12.2027
> 1. Kūku kaste ar logu, 25 x 25 x 10 cm - 6 000 gab. - 0,42 EUR
> 2. Maizes maiss, papīrs, 2 kg - 20 000 gab. - 0,06 EUR
> Kopā: 3 720,00 EUR

Ar cieņu,
Inese Kalniņa
SIA Rīgas Maizes Meistari
+371 2912 3456
"""
    eml = single(H('Inese Kalniņa', 'inese@rigasmaize.lv', 'iso-8859-13', 'Sūdzība - RMB-2027/56 kastes ar logu',
                   dh(2028, 1, 4, 9, 2, 17, 120), 'CAH2x9Lq7Wm3Zp5Rt8Yv1Bn4Kc6Df0Gs@mail.gmail.com', None),
                 body, 'iso-8859-13', 'quoted-printable')
    return eml, T('none', 'iso-8859-13',
                  'NOT an order: a Riga (Latvia) bakery\'s complaint in Latvian and English (ISO-8859-13 QP) about window boxes '
                  'of its earlier order, which it quotes with lines, prices and Kopā; it asks for a replacement. Nothing is '
                  'keyed (the quoted order was keyed when it came).', [])


@mail
def h646_non_se_kiruna_out_of_office_quoting_order_subject():
    body = """Hej,

Jag är på semester till och med den 10 januari och läser inte e-post. Beställningar till Norrsken Choklad AB
(t.ex. inköpsorder NCH-2028-003, 2 400 presentaskar à 1,85 EUR) hanteras av Lars Nilsson, lars@norrskenchoklad.se,
+46 980 123 45.

I'm on holiday until 10 January. For orders please contact Lars Nilsson (above).

Hälsningar
Maja Lindqvist
Norrsken Choklad AB, Kiruna
"""
    eml = single(H('Maja Lindqvist', 'maja@norrskenchoklad.se', 'iso-8859-1', 'Automatiskt svar: Order confirmation NCH-2028-003',
                   dh(2028, 1, 5, 7, 30, 2, 60), 'f0e1d2c3b4a5.autoreply@norrskenchoklad.se', None,
                   extra=('Auto-Submitted: auto-replied', 'X-Auto-Response-Suppress: All')), body, 'iso-8859-1', 'quoted-printable')
    return eml, T('none', 'iso-8859-1',
                  'NOT an order: a Kiruna (northern Sweden) chocolatier\'s out-of-office reply in Swedish and English '
                  '(ISO-8859-1 QP, Auto-Submitted) to our order confirmation; its text names the order number, a quantity and '
                  'a price in passing. Nothing is keyed.', [])


if __name__ == '__main__':
    run(HERE, MAILS, sys.argv[1:])  # write the mails here
