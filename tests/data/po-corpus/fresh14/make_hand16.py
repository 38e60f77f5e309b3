#!/usr/bin/python3
"""Hand-written purchase-order mails h567–h606 (the sixteenth untuned set).

Written one by one as customers of 杭州恒达包装材料有限公司 send them,
without reading the extractor and without running orderctl or the score
script on them; each function gives the mail and the truth a careful order
clerk would key in (notes say when the clerk holds it). Where a line has
its specification in its own column or field, the title is name + " " +
spec. Helpers come from ../corpus_hand.py; attachments use
../corpus_docs.py:

    /usr/bin/python3 tests/data/po-corpus/fresh14/make_hand16.py [hNNN ...]
"""
import datetime
import os
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))

import corpus_docs  # noqa: E402
from corpus_hand import (D, m2, attachment, single, with_attachments, cells_html, XLSX, check, XLS, order, amt,  # noqa: E402
                         subtotal, dh, daxie, eu, grid_pdf, Sheet, registry, run, L, per, usd,
                         H, T, html_mail, strip, pdf_mail, sheet_order, put_table)

MAILS, mail = registry()


def pk(rows):
    """rows (name, spec, qty, price, k): title name + ' ' + spec, a price per k pieces keyed per piece."""
    return [L(None, ('%s %s' % (n, g)) if g else n, q, per(p, k) if k > 1 else p, D(p) * q / k) for n, g, q, p, k in rows]


def lt(p, q, k=1):
    """The amount of q pieces at p per k pieces."""
    return D(p) * q / k


def dw(s):
    """Display width: CJK, kana, hangul and full-width characters take two columns."""
    return sum(2 if unicodedata.east_asian_width(ch) in 'WF' else 1 for ch in str(s))


def framed(rows, right=(), foot=0):
    """A table drawn with +, - and |; '=' under the header; a rule before the last foot rows."""
    n = len(rows[0])
    w = [max(dw(r[i]) for r in rows) for i in range(n)]
    rule = '+' + '+'.join('-' * (x + 2) for x in w) + '+'
    out = [rule]
    for k, r in enumerate(rows):
        if foot and k == len(rows) - foot:
            out.append(rule)
        cells = []
        for i, v in enumerate(r):
            v = str(v)
            pad = ' ' * (w[i] - dw(v))
            cells.append(' %s ' % ((pad + v) if i in right and k else (v + pad)))
        out.append('|' + '|'.join(cells) + '|')
        if k == 0:
            out.append(rule.replace('-', '='))
    out.append(rule)
    return '\n'.join(out)


def spaced(rows, widths, right=()):
    """Rows padded with spaces by display width."""
    out = []
    for r in rows:
        s = ''
        for i, (v, w) in enumerate(zip(r, widths)):
            v = str(v)
            pad = ' ' * max(1, w - dw(v))
            s += (pad + v + ' ') if i in right else (v + pad)
        out.append(s.rstrip())
    return '\n'.join(out)


def ru(v, places=2):
    """Russian/Polish/Czech money: space thousands, decimal comma."""
    return ('{:,.%df}' % places).format(D(v)).replace(',', ' ').replace('.', ',')


def n0(q, sep=','):
    return '{:,}'.format(q).replace(',', sep)


# ============================================================ plain text bodies
@mail
def h567_zhongwei_goji_exmail_gb18030_letterhead_framed_per_thousand():
    rows = [('枸杞礼盒', '500g 天地盖 大红 烫金', 6000, '7.80', 1, '个'),
            ('枸杞小袋', '20g 铝箔 独立装', 200000, '95.00', 1000, '个'),
            ('不干胶标签', '直径5cm 烫金 1000张/卷', 40, '55.00', 1, '卷'),
            ('外箱', '10盒装 五层 加硬', 600, '6.40', 1, '个')]
    lines = pk([r[:5] for r in rows])
    total = m2(subtotal(lines))
    check(lines, total)
    tab = framed([('品  名', '规  格', '数量', '单位', '单价', '金额')] +
                 [(n, g, n0(q), u, ('%s/千个' % p) if k > 1 else p, amt(lt(p, q, k))) for n, g, q, p, k, u in rows] +
                 [('合计', '', '', '', '', amt(total))], right=(2, 4, 5), foot=1)
    body = """宁夏中宁红宝枸杞产业有限公司
宁夏中卫市中宁县 枸杞加工城 红宝路 9 号
电话 0955-5012688  传真 0955-5012689  营销中心 0951-6035521

致：杭州恒达包装材料有限公司
    杭州市萧山区 江东三路 88 号  0571-82876600

采购合同号：HB-GQ-2709-07       签订日期：2027年9月20日

%s

付款：货到验收后 30 天内电汇。
交货：10月15日前到货。收货仓库不在厂里，请送银川的电商仓：
宁夏银川市金凤区 阅海湾 物流园 C 区 7 号库（红宝电商仓）
收货：马晓兰 139 9501 6620 / 0951-6035530

采购部 丁学军 138 0953 2712
""" % tab
    eml = single(H('丁学军', 'dingxj@hongbao-goji.com', 'gb18030', '采购合同 HB-GQ-2709-07 枸杞包装', dh(2027, 9, 20, 10, 12, 5),
                   'tencent_3A1F09C2E7B54D6A8F22C1B0@hongbao-goji.com', 'X-Mailer: Tencent Exmail'),
                 body, 'gb18030', 'quoted-printable')
    return eml, T('body', 'gb18030',
                  'A Zhongning (Ningxia) goji company from Tencent Exmail (GB18030 QP): its letterhead with three numbers '
                  'above our name and address (致：), 采购合同号, a table drawn with +, = and | (品名 and 规格 apart, keyed '
                  'joined), small bags at "95.00/千个" (keyed per piece, 0.095), labels in 卷 (keyed as written); delivery '
                  'to an e-commerce warehouse in Yinchuan, the receiver with a mobile and a landline (keyed the first); the '
                  'buyer\'s own man signs below. Adds up.',
                  [order('HB-GQ-2709-07', '宁夏中宁红宝枸杞产业有限公司',
                         ('马晓兰', '139 9501 6620', '宁夏银川市金凤区 阅海湾 物流园 C 区 7 号库（红宝电商仓）'),
                         '2027-09-20', 'CNY', total, lines)])


@mail
def h568_yanji_kimchi_alimail_sentences_deposit_daxie_hangul():
    lines = [L(None, '泡菜桶 5kg 白色 带提手', 8000, '3.20'),
             L(None, '泡菜真空袋 500g 印韩文', 60000, '0.18'),
             L(None, '冷链泡沫箱 4桶装', 2000, '9.50'),
             L(None, '封口胶带 印字', 300, '4.00')]
    total = m2(subtotal(lines))
    check(lines, total)
    dep = (D(total) * D('0.3')).quantize(D('0.01'))
    body = """恒达包装 方经理：

你好！我是延边的金英姬，上周电话里说好的泡菜包装，今天正式下单。合同号 YB-KC-270922。

泡菜桶要 5 公斤白色带提手的，8000 个，单价 3.20 元；
真空袋 500 克印韩文的要 6 万个，一个 1 毛 8；
冷链泡沫箱（4 桶装）2000 个，9.50 一个；
再加封口胶带 300 卷，4 块一卷。

合计 %s 元（大写：%s）。定金三成 %s 元今天从延边农商行打过去，余款发货前付清。

货发延吉的冷库：吉林省延边州延吉市 长白山西路 3888 号 延边朝鲜族自治州冷链物流中心 B-12
收货人 朴哲洙 135 0433 7788

金英姬
延边金达莱食品有限公司（연변진달래식품유한회사）
0433-2856107 / 136 2433 1009
2027年9月22日
""" % (amt(total), daxie(total), amt(dep))
    eml = single(H('金英姬', 'jinyingji@jindalai-food.cn', 'utf-8', '泡菜包装订货（合同号 YB-KC-270922）',
                   dh(2027, 9, 22, 16, 48, 31), '2027092216483104-7781.jindalai-food.cn@alimail.com',
                   'X-Mailer: Alimail-Mailagent revision 12.0'), body, 'utf-8', 'base64')
    return eml, T('body', 'utf-8',
                  'A Yanji (Yanbian Korean prefecture) kimchi maker from Alibaba enterprise mail: the order told in '
                  'sentences ("6 万个，一个 1 毛 8", "4 块一卷"), 合同号 in the first paragraph, 合计 with 大写 and a 30 % '
                  'deposit (not the total); delivery to a cold store in Yanji with a Korean receiver; the company in '
                  'Chinese with its Hangul name in brackets, two phones. Adds up.',
                  [order('YB-KC-270922', '延边金达莱食品有限公司',
                         ('朴哲洙', '135 0433 7788', '吉林省延边州延吉市 长白山西路 3888 号 延边朝鲜族自治州冷链物流中心 B-12'),
                         '2027-09-22', 'CNY', total, lines)])


@mail
def h569_mohe_blueberry_139mail_order_in_quote_qty_changed():
    qrows = [('蓝莓果酱瓶', '250ml 六棱 玻璃', 10000, '1.15'),
             ('铁盖', '63mm 印花', 10000, '0.22'),
             ('蓝莓干袋', '150g 自立 开窗', 20000, '0.26'),
             ('礼盒', '4瓶装 手提', 2500, '5.60')]
    rows = [(n, g, 12000 if n in ('蓝莓果酱瓶', '铁盖') else q, p) for n, g, q, p in qrows]
    lines = [L(None, '%s %s' % (n, g), q, p) for n, g, q, p in rows]
    total = m2(subtotal(lines))
    check(lines, total)
    qt = '\n'.join('> %d. %s（%s） %s个  单价 %s  金额 %s' % (i + 1, n, g, n0(q), p, amt(lt(p, q)))
                   for i, (n, g, q, p) in enumerate(qrows))
    qsum = amt(sum(lt(p, q) for n, g, q, p in qrows))
    body = """方经理：

按你下面报的下单，只改一处：果酱瓶和铁盖都要 12000 个（今年野果多），别的不变。
我们的单号 MH-LM-0924，总价你按 12000 重算一下，发个确认。

货到漠河火车站自提太远，发到加格达奇的库：
黑龙江省大兴安岭地区 加格达奇区 人民路 北山物流园 4 号库
刘春生 152 4573 0096

漠河北极村蓝莓合作社 王桂兰
9月24日

在 2027-09-21 10:05:12，"方静（恒达包装）" <fangjing@hengda-pack.cn> 写道：
> 王姐好，
> 按您说的量报价如下（含税含运到加格达奇）：
%s
> 合计：%s 元
> 报价有效期 15 天。
>
> 方静 杭州恒达包装材料有限公司 0571-82876612
""" % (qt, qsum)
    eml = single(H('王桂兰', '13945712380@139.com', 'gbk', '回复：蓝莓包装报价', dh(2027, 9, 24, 19, 26, 40),
                   '2e8c66f1a3b44d0f9e37c1d25a0b7e41@139.com', 'X-Mailer: 139Mail Web 6.0'),
                 body, 'gbk', 'base64')
    return eml, T('body', 'gbk',
                  'A Mohe (far north Heilongjiang) blueberry co-operative from 139 Mail (GBK): "按你下面报的下单" above our '
                  'own quotation quoted with ">" (name（spec） qty 单价 金额), with one change in the reply — jam jars and '
                  'lids 12000 instead of 10000 (keyed changed; the quoted 合计 is no longer the total, the total keyed '
                  'is the recomputed sum); the number only in the reply, the date "9月24日" without a year (the mail is of '
                  '2027); delivery to Jiagedaqi; our rep\'s signature in the quote is not the buyer. Adds up after the change.',
                  [order('MH-LM-0924', '漠河北极村蓝莓合作社',
                         ('刘春生', '152 4573 0096', '黑龙江省大兴安岭地区 加格达奇区 人民路 北山物流园 4 号库'),
                         '2027-09-24', 'CNY', total, lines)])


@mail
def h570_shengsi_dried_fish_kuaimai_paste_spaces_tax_jian():
    rows = [('KM-0301', '鱼鲞礼盒', '1.5kg 抽屉式 蓝色', '个', 5000, '8.90'),
            ('KM-0302', '真空袋', '30×40 尼龙 加厚', '个', 50000, '0.21'),
            ('KM-0303', '泡沫箱', '6盒装 带冰袋位', '个', 900, '7.50'),
            ('KM-0304', '外箱', '12盒 五层', '件', 420, '5.80')]
    lines = [L(s, '%s %s' % (n, g), q, p) for s, n, g, u, q, p in rows]
    net = subtotal(lines)
    tax = (net * D('0.13')).quantize(D('0.01'))
    total = m2(net + tax)
    check(lines, total, tax)
    tab = spaced([('商品编码', '商品名称', '规格', '单位', '采购数', '采购价', '金额')] +
                 [(s, n, g, u, q, p, amt(lt(p, q))) for s, n, g, u, q, p in rows],
                 [10, 12, 20, 6, 9, 9, 12], right=(4, 5, 6))
    body = """恒达：

快麦ERP里的采购单直接贴过来了，价格是不含税的，发票开13%%专票。

采购单号：CG202709250017    供应商：杭州恒达包装材料有限公司    制单：周海波
制单时间：2027-09-25 08:51

%s

货款合计(不含税)：%s
税额(13%%)：%s
价税合计：%s

收货：舟山市普陀区 沈家门街道 渔港路 218 号 冷库 3 楼（嵊泗的货从这里转岛）
周海波 0580-3056127 / 133 8670 2251

嵊泗县海之味水产品有限公司
""" % (tab, amt(net), amt(tax), amt(total))
    eml = single(H('周海波', 'zhouhb@haizhiwei-ss.com', 'gbk', '采购单 CG202709250017', dh(2027, 9, 25, 8, 55, 2),
                   '20270925085502.7A31@haizhiwei-ss.com', 'X-Mailer: Foxmail 7.2.25.375[cn]'),
                 body, 'gbk', 'quoted-printable')
    return eml, T('body', 'gbk',
                  'A Shengsi island (Zhoushan) dried-fish maker pastes its 快麦 ERP purchase order (GBK QP): header fields '
                  'on one line (采购单号, 供应商 = us, 制单), columns aligned by spaces with 商品编码 and 商品名称 / 规格 apart '
                  '(keyed joined), units 个/件, prices without tax, then 货款合计(不含税), 税额(13%) and 价税合计 (the total '
                  'keyed, with the tax); delivery to a Shenjiamen cold store for the island run, two phones (keyed the '
                  'first). Adds up with the tax.',
                  [order('CG202709250017', '嵊泗县海之味水产品有限公司',
                         ('周海波', '0580-3056127', '舟山市普陀区 沈家门街道 渔港路 218 号 冷库 3 楼（嵊泗的货从这里转岛）'),
                         '2027-09-25', 'CNY', total, lines)])


@mail
def h571_tainan_milkfish_big5_qp_per_hundred_ream_phones():
    rows = [('虱目魚肚真空袋', '20×30cm 透明 耐冷凍', 40000, '12.00', 100),
            ('冷凍禮盒', '4片裝 上掀式', 3000, '6.20', 1),
            ('防油包裝紙', '50×70cm 印安平古堡', 30, '85.00', 1),
            ('保麗龍箱', '20盒裝', 150, '15.00', 1)]
    lines = pk(rows)
    total = m2(subtotal(lines))
    check(lines, total)
    tab = '\n'.join('%s（%s）　%s%s　%s　＝%s' % (n, g, n0(q), '令' if '紙' in n else '個',
                                           ('每百個 %s' % p) if k > 1 else ('每令 %s' % p if '紙' in n else '@%s' % p),
                                           amt(lt(p, q, k))) for n, g, q, p, k in rows)
    body = """恆達包裝 方小姐 您好：

虱目魚季節要到了，請依下列出貨（人民幣報價）：

訂購單號：AP-2027-0926
訂購日期：2027/09/26

%s
總計 人民幣 %s 元

交貨：請送高雄港的報關行，我們自己拖回台南：
高雄市前鎮區 新生路 248 號 永泰報關行 轉 安平漁香
聯絡 林志明 07-8211546 / 0912-345-678 / 0928-771-203

安平漁香食品有限公司
台南市安平區 安北路 121 號  06-2281735
採購 蔡佩珊
""" % (tab, amt(total))
    eml = single(H('蔡佩珊', 'peishan@anping-yuxiang.com.tw', 'big5', '訂購單 AP-2027-0926 虱目魚包材', dh(2027, 9, 26, 14, 3, 19),
                   '000901dc2f41$6a7b8c9d$0e1f2a3b$@anping-yuxiang.com.tw', 'X-Mailer: Microsoft Outlook 16.0'),
                 body, 'big5', 'quoted-printable')
    return eml, T('body', 'big5',
                  'A Tainan (Anping) milkfish shop in Big5 QP from Outlook: lines "name（spec）　qty unit　price　＝amount" '
                  'with full-width spaces and signs (spec in brackets, keyed joined), vacuum bags "每百個 12.00" (keyed per '
                  'piece, 0.12), greaseproof paper in 令 at "每令 85.00" (keyed as written), "@6.20" for the others; amounts '
                  'in RMB; delivery to a Kaohsiung customs broker, three phones for the contact (keyed the first), the '
                  'shop\'s own address and phone under its name. Adds up.',
                  [order('AP-2027-0926', '安平漁香食品有限公司',
                         ('林志明', '07-8211546', '高雄市前鎮區 新生路 248 號 永泰報關行 轉 安平漁香'),
                         '2027-09-26', 'CNY', total, lines)])


@mail
def h572_shigatse_barley_jackyun_pipe_two_row_header_cases():
    rows = [('糌粑袋', '1kg 牛皮纸 藏文印刷', 50, 200, '0.72'),
            ('青稞饼干盒', '300g 铁盒', 40, 50, '4.30'),
            ('酥油茶粉条袋', '25g 铝箔', 60, 1000, '0.035'),
            ('手提袋', '白卡 藏式花纹', 20, 250, '1.10')]
    lines = [L(None, '%s %s' % (n, g), c * e, p) for n, g, c, e, p in rows]
    total = m2(subtotal(lines))
    check(lines, total)
    w = [14, 22, 6, 8, 10, 9, 11]
    sep = '|' + '|'.join('-' * x for x in w) + '|'

    def row(vals):
        return '|' + '|'.join((' %s' % v).ljust(x - (dw(v) - len(v))) for v, x in zip(vals, w)) + '|'
    lines_txt = [row(['商品', '', '数量', '', '', '单价', '金额']), row(['名称', '规格', '箱数', '每箱', '合计个数', '(元/个)', '(元)']), sep]
    lines_txt += [row([n, g, str(c), str(e), n0(c * e), p, amt(lt(p, c * e))]) for n, g, c, e, p in rows]
    lines_txt += [sep, row(['合计', '', '', '', '', '', amt(total)])]
    body = """恒达包装：

吉客云采购单（复制出来的，格式可能乱）：

单据编号：PO-JKY-27092800031
供应商：杭州恒达包装材料有限公司
业务日期：2027-09-28
仓库：拉萨中转仓

%s

到货地址：西藏拉萨市堆龙德庆区 拉萨物流园 顺达仓储 5 号库（我们的中转仓，再运日喀则）
联系人：次仁多吉 189 0899 1256

日喀则市珠峰青稞食品有限公司
采购 拉巴卓玛 0892-8826630
""" % '\n'.join(lines_txt)
    eml = single(H('拉巴卓玛', 'labazhuoma@zf-qingke.com', 'utf-8', '吉客云采购单 PO-JKY-27092800031', dh(2027, 9, 28, 11, 40, 9),
                   'a3c94b7e-51d2-4f08-9e6a-2b8c0d4f7e13@zf-qingke.com', 'X-Mailer: Microsoft Outlook 16.0'),
                 body, 'utf-8', 'base64')
    return eml, T('body', 'utf-8',
                  'A Shigatse (Tibet) highland-barley food maker pastes a 吉客云 purchase order as a pipe table with a '
                  'two-row header (商品 over 名称 / 规格, 数量 over 箱数 / 每箱 / 合计个数); quantities keyed in pieces '
                  '(合计个数 = cases × per case), prices 元/个, one of 3 decimals (0.035); 业务日期, 仓库; delivery to a '
                  'Lhasa transit warehouse. Adds up.',
                  [order('PO-JKY-27092800031', '日喀则市珠峰青稞食品有限公司',
                         ('次仁多吉', '189 0899 1256', '西藏拉萨市堆龙德庆区 拉萨物流园 顺达仓储 5 号库（我们的中转仓，再运日喀则）'),
                         '2027-09-28', 'CNY', total, lines)])


@mail
def h573_ulaanbaatar_cashmere_yandex_two_orders_usd_cny():
    la = [L(None, 'Scarf gift box 32 x 22 x 4 cm, magnetic, grey', 4000, '1.35'),
          L(None, 'Tissue paper 50 x 75 cm, logo print', 40, '18.00'),
          L(None, 'Paper shopping bag, large, rope handle', 6000, '0.62')]
    ta = m2(subtotal(la))
    lb = [L(None, '羊绒衫包装盒 40×30×6 天地盖', 3000, '4.80'),
          L(None, '防尘袋 无纺布 40×50', 3000, '0.90')]
    tb = m2(subtotal(lb))
    body = """Сайн байна уу Ms Fang,

Two orders this time, please invoice them separately.

ORDER 1 - Gobi Cashmere Flagship (pay in USD)
Our ref: GCF-UB-1001
 - Scarf gift box 32 x 22 x 4 cm, magnetic, grey ..... 4,000 pcs @ USD 1.35 = USD 5,400.00
 - Tissue paper 50 x 75 cm, logo print ............... 40 reams @ USD 18.00 = USD 720.00
 - Paper shopping bag, large, rope handle ............ 6,000 pcs @ USD 0.62 = USD 3,720.00
 Total USD %s
 Deliver to: Gobi Cashmere Flagship Store, Peace Avenue 21, Sukhbaatar District, Ulaanbaatar 14200, Mongolia
 Contact: Bat-Erdene Ganbold, +976 9911 2345

ORDER 2 - Erenhot branch (pay in RMB, from our Erenhot account)
Our ref: GCF-EH-1001
 - 羊绒衫包装盒 40×30×6 天地盖 ..... 3,000 pcs @ RMB 4.80 = RMB 14,400.00
 - 防尘袋 无纺布 40×50 .............. 3,000 pcs @ RMB 0.90 = RMB 2,700.00
 Total RMB %s
 Deliver to: 内蒙古二连浩特市 边贸路 18 号 戈壁羊绒 二连仓库
 Contact: 乌云 138 4793 2210

Date: 1 October 2027

Баярлалаа,
Oyunchimeg Tsend
Purchasing, Gobi Cashmere LLC ("Говь Кашемир" ХХК)
+976 7011 4455
""" % (usd(ta), amt(tb))
    eml = single(H('Oyunchimeg Tsend', 'oyunchimeg.ts@yandex.ru', 'utf-8', 'Two orders GCF-UB-1001 / GCF-EH-1001',
                   dh(2027, 10, 1, 15, 22, 47), '5187331601540@mail.yandex.ru', 'X-Mailer: Yandex.Mail'),
                 body, 'utf-8', 'quoted-printable')
    return eml, T('body', 'utf-8',
                  'An Ulaanbaatar cashmere firm from Yandex Mail: two orders in one mail — the flagship store\'s in USD to '
                  'Ulaanbaatar and the Erenhot branch\'s in RMB to Erenhot, each with its own ref, dotted leader lines '
                  '"name ..... qty @ price = amount", tissue paper in reams (keyed as written); a Mongolian (Cyrillic) '
                  'greeting and company name beside the English one. Each adds up.',
                  [order('GCF-UB-1001', 'Gobi Cashmere LLC',
                         ('Bat-Erdene Ganbold', '+976 9911 2345',
                          'Gobi Cashmere Flagship Store, Peace Avenue 21, Sukhbaatar District, Ulaanbaatar 14200, Mongolia'),
                         '2027-10-01', 'USD', ta, la),
                   order('GCF-EH-1001', 'Gobi Cashmere LLC',
                         ('乌云', '138 4793 2210', '内蒙古二连浩特市 边贸路 18 号 戈壁羊绒 二连仓库'),
                         '2027-10-01', 'CNY', tb, lb)])


@mail
def h574_uz_samarkand_dried_fruit_mailru_cp1251_per_1000_spaces():
    rows = [('Пакет дой-пак 200 г', 'крафт, окно, zip-lock', 60000, '85.00', 1000),
            ('Пакет дой-пак 500 г', 'металлизированный, zip-lock', 30000, '140.00', 1000),
            ('Коробка подарочная', '1 кг, 4 секции', 4000, '1.25', 1),
            ('Гофроящик', '20 кг, 5-слойный', 1500, '1.60', 1)]
    lines = pk(rows)
    total = m2(subtotal(lines))
    check(lines, total)
    tab = spaced([('N', 'Наименование', 'Характеристика', 'Кол-во, шт', 'Цена, USD', 'Сумма, USD')] +
                 [(str(i + 1), n, g, n0(q, ' '), (ru(p) + ' за 1000 шт') if k > 1 else ru(p), ru(lt(p, q, k)))
                  for i, (n, g, q, p, k) in enumerate(rows)] + [('', 'ИТОГО', '', '', '', ru(total))],
                 [3, 22, 30, 12, 20, 12], right=(3, 4, 5))
    body = """Здравствуйте, госпожа Фан!

Направляем заявку на упаковку для сухофруктов нового урожая.

Заявка № СФ-27/118 от 04.10.2027

%s

Оплата: 30%% предоплата, 70%% перед отгрузкой.
Доставка: Ташкент, Сергелийский р-н, ул. Янги Сергели 11, склад "Samarqand Meva Trade"
Получатель: Рустам Каримов, +998 90 123 45 67, +998 71 289 00 12

С уважением,
Дилноза Юсупова
ООО "Samarqand Meva Export"
Самарканд, ул. Регистан 5
+998 66 233 45 67
""" % tab
    eml = single(H('Дилноза Юсупова', 'd.yusupova@mail.ru', 'windows-1251', 'Заявка № СФ-27/118 (упаковка)',
                   dh(2027, 10, 4, 10, 15, 33, 300), '1791097033.981245211@f512.i.mail.ru', 'X-Mailer: Mail.Ru Mailer 1.0'),
                 body, 'windows-1251', 'quoted-printable')
    return eml, T('body', 'windows-1251',
                  'A Samarkand (Uzbekistan) dried-fruit exporter from Mail.ru in Russian (Windows-1251 QP): "Заявка № '
                  'СФ-27/118 от 04.10.2027", columns aligned by spaces with Наименование and Характеристика apart (keyed '
                  'joined), space thousands and decimal commas, pouches at "85,00 за 1000 шт" (keyed per piece, 0.085 and '
                  '0.14), ИТОГО; a 30 % prepayment; delivery to a Tashkent warehouse, two phones (keyed the first). '
                  'Adds up.',
                  [order('СФ-27/118', 'ООО "Samarqand Meva Export"',
                         ('Рустам Каримов', '+998 90 123 45 67',
                          'Ташкент, Сергелийский р-н, ул. Янги Сергели 11, склад "Samarqand Meva Trade"'),
                         '2027-10-04', 'USD', total, lines)])


@mail
def h575_ge_telavi_churchkhela_gmx_sentences_total_off_hold():
    lines = [L(None, 'Churchkhela sleeve 30 cm, clear OPP, printed', 50000, '0.045'),
             L(None, 'Gift box for 6 churchkhela, kraft', 6000, '0.95'),
             L(None, 'Wine bottle gift bag, jute, 1 bottle', 3000, '1.20'),
             L(None, 'Export carton, 40 boxes', 150, '2.10')]
    sub = subtotal(lines)
    written = D('12150.00')
    assert sub != written
    body = """Dear Ms Fang,

gamarjoba from Kakheti! After our video call I confirm the order for the new season, our reference
KD-TLV-2027-14, date 5 October 2027.

Please make 50,000 pieces of the printed churchkhela sleeve (30 cm, clear OPP) at 0.045 EUR each, and
6,000 gift boxes for 6 churchkhela in kraft at 0.95 EUR. We also need 3,000 jute wine bottle gift
bags (1 bottle) at 1.20 EUR, and 150 export cartons for 40 boxes at 2.10 EUR.

Total amount EUR 12,150.00, payment by bank transfer before shipment.

Delivery by truck via Poti port to our warehouse:
Kakheti Delights Ltd, 12 Chavchavadze Street, Telavi 2200, Georgia
Mr. Giorgi Beridze +995 599 12 34 56

Best regards,
Nino Kapanadze
Export manager
Kakheti Delights Ltd / შპს კახეთის დელიკატესები
+995 350 27 15 15
"""
    eml = single(H('Nino Kapanadze', 'nino.kapanadze@gmx.net', 'utf-8', 'Order KD-TLV-2027-14 churchkhela packaging',
                   dh(2027, 10, 5, 12, 31, 8, 240), 'trinity-7f3a9c21-5d4e-4b8a-a1c0-93e2f6d87b15-1791192668114@3c-app-gmx-bs12',
                   None), body, 'utf-8', 'quoted-printable')
    return eml, T('body', 'utf-8',
                  'A Telavi (Georgia) churchkhela and wine shop\'s export manager from GMX: the order in sentences (qty, '
                  'name and spec, "at 0.045 EUR each"), the reference and date in one sentence, a Georgian company name '
                  'beside the English; the written total EUR 12,150.00 is not the sum of the lines (%s). The clerk keys '
                  'what is written and HOLDS the order.' % usd(sub),
                  [order('KD-TLV-2027-14', 'Kakheti Delights Ltd',
                         ('Mr. Giorgi Beridze', '+995 599 12 34 56', 'Kakheti Delights Ltd, 12 Chavchavadze Street, Telavi 2200, Georgia'),
                         '2027-10-05', 'EUR', m2(written), lines)])


@mail
def h576_pl_torun_gingerbread_onet_iso8859_2_rabat_slownie():
    rows = [('Puszka ozdobna', 'okrągła, 250 g, tłoczona', 10000, '0.82'),
            ('Pudełko prezentowe', '500 g, z okienkiem', 8000, '0.56'),
            ('Folia celofanowa', 'rolka 40 cm x 500 m', 25, '21.00'),
            ('Karton zbiorczy', '24 puszki', 420, '1.15')]
    lines = [L(None, '%s %s' % (n, g), q, p) for n, g, q, p in rows]
    sub = subtotal(lines)
    disc = (sub * D('0.03')).quantize(D('0.01'))
    total = m2(sub - disc)
    check(lines, total, -disc)
    tab = '\n'.join('%d. %s; %s; %s szt.; %s EUR; %s EUR' % (i + 1, n, g, n0(q, ' '), eu(p), eu(lt(p, q)))
                    if 'rolka' not in g else
                    '%d. %s; %s; %d rolek; %s EUR; %s EUR' % (i + 1, n, g, q, eu(p), eu(lt(p, q)))
                    for i, (n, g, q, p) in enumerate(rows))
    body = """Szanowna Pani,

zamawiamy opakowania na sezon świąteczny.

Zamówienie nr 2027/10/041 z dnia 06.10.2027

Lp. Nazwa; Opis; Ilość; Cena jedn.; Wartość
%s

Razem: %s EUR
Rabat 3%%: -%s EUR
Do zapłaty: %s EUR
Słownie: %s euro

Dostawa: Pierniki Toruńskie Kopernika Sp. z o.o., Magazyn nr 2, ul. Szosa Lubicka 180, 87-100 Toruń
Osoba kontaktowa: Pan Marek Zieliński, tel. 56 611 20 44, kom. 601 234 567

Z poważaniem
Agnieszka Wiśniewska
Dział Zaopatrzenia
Pierniki Toruńskie Kopernika Sp. z o.o.
ul. Żółkiewskiego 20/26, 87-100 Toruń
""" % (tab, eu(sub), eu(disc), eu(total), 'trzynaście tysięcy dwieście siedemdziesiąt siedem 36/100')
    assert total == '13277.36', total
    eml = single(H('Agnieszka Wiśniewska', 'zaopatrzenie@pierniki-kopernik.pl', 'iso-8859-2', 'Zamówienie nr 2027/10/041',
                   dh(2027, 10, 6, 9, 44, 12, 120), 'a1b2c3d4e5f6.4821@poczta.onet.pl', 'X-Mailer: Poczta Onet'),
                 body, 'iso-8859-2', 'quoted-printable')
    return eml, T('body', 'iso-8859-2',
                  'A Toruń (Poland) gingerbread maker from Onet mail (ISO-8859-2 QP): "Zamówienie nr 2027/10/041 z dnia '
                  '06.10.2027", numbered lines with fields split by ";" (Nazwa and Opis apart, keyed joined), decimal commas '
                  'and space thousands, film in rolek (keyed as written), Razem, Rabat 3 %% and Do zapłaty (the total keyed, '
                  'after the discount), the amount in Polish words (Słownie); delivery to warehouse 2, an office phone and a '
                  'mobile (keyed the first). Adds up with the discount.'.replace('%%', '%'),
                  [order('2027/10/041', 'Pierniki Toruńskie Kopernika Sp. z o.o.',
                         ('Pan Marek Zieliński', '56 611 20 44',
                          'Pierniki Toruńskie Kopernika Sp. z o.o., Magazyn nr 2, ul. Szosa Lubicka 180, 87-100 Toruń'),
                         '2027-10-06', 'EUR', total, lines)])


@mail
def h577_cz_karlovy_vary_wafers_k9_framed_per_1000_dph():
    rows = [('OP-190', 'Krabička na oplatky', '190 mm, 5 ks, potisk', 20000, '0.21', 1, 'ks'),
            ('OP-SAC', 'Sáček PP', '200 x 200 mm, čirý', 100000, '9.50', 1000, 'ks'),
            ('OP-PLE', 'Plechovka dárková', '10 oplatek, zlatá', 3000, '1.45', 1, 'ks'),
            ('OP-KAR', 'Karton', '40 krabiček', 550, '0.95', 1, 'ks')]
    lines = [L(s, '%s %s' % (n, g), q, per(p, k) if k > 1 else p, lt(p, q, k)) for s, n, g, q, p, k, u in rows]
    total = m2(subtotal(lines))
    check(lines, total)
    tab = framed([('Kód', 'Název', 'Specifikace', 'Množství', 'Cena EUR', 'Celkem EUR')] +
                 [(s, n, g, '%s %s' % (n0(q, ' '), u), ('%s / 1000 ks' % ru(p)) if k > 1 else ru(p), ru(lt(p, q, k)))
                  for s, n, g, q, p, k, u in rows] +
                 [('', 'Celkem bez DPH', '', '', '', ru(total)), ('', 'DPH 0 % (dovoz)', '', '', '', '0,00'),
                  ('', 'Celkem k úhradě', '', '', '', ru(total))], right=(3, 4, 5), foot=3)
    body = """Dobrý den, paní Fang,

posíláme objednávku obalů na lázeňské oplatky.

Číslo objednávky: OBJ-0271012
Datum: 12. 10. 2027

%s

Dodací adresa: Lázeňské oplatky Karlovy Vary s.r.o., sklad Sokolovská 1020, 360 05 Karlovy Vary
Kontakt: p. Tomáš Novák, +420 353 224 118, mobil +420 603 112 908

S pozdravem
Jana Dvořáková
nákup
Lázeňské oplatky Karlovy Vary s.r.o.

Odesláno z K-9 Mail pro Android.
""" % tab
    eml = single(H('Jana Dvořáková', 'jana.dvorakova@lazenske-oplatky.cz', 'utf-8', 'Objednávka OBJ-0271012',
                   dh(2027, 10, 12, 8, 2, 51, 120), 'k9mail.20271012060251.b3f0d1@lazenske-oplatky.cz',
                   'User-Agent: K-9 Mail for Android'), body, 'utf-8', 'quoted-printable')
    return eml, T('body', 'utf-8',
                  'A Karlovy Vary (Czechia) spa-wafer bakery from K-9 Mail on Android: "Číslo objednávky" and a Czech date '
                  '"12. 10. 2027", a table drawn with +, = and | (Kód, Název and Specifikace apart, keyed joined), '
                  'quantities with "ks" in the cell and space thousands, decimal commas, PP bags at "9,50 / 1000 ks" (keyed '
                  'per piece, 0.0095), Celkem bez DPH, DPH 0 % (dovoz) and Celkem k úhradě under a rule; delivery to the '
                  'warehouse, two phones (keyed the first). Adds up.',
                  [order('OBJ-0271012', 'Lázeňské oplatky Karlovy Vary s.r.o.',
                         ('p. Tomáš Novák', '+420 353 224 118',
                          'Lázeňské oplatky Karlovy Vary s.r.o., sklad Sokolovská 1020, 360 05 Karlovy Vary'),
                         '2027-10-12', 'EUR', total, lines)])


@mail
def h578_is_isafjordur_fish_fastmail_latin1_proforma_in_quote():
    rows = [('Vacuum bag 25 x 35 cm, 90 my, embossed', 80000, '0.052'),
            ('Dried fish box 500 g, white, printed 2 col.', 10000, '0.68'),
            ('Freezer carton 10 kg, waxed', 2400, '1.55'),
            ('Label roll 60 x 80 mm, 1,000 per roll', 60, '7.50')]
    lines = [L(None, d, q, p) for d, q, p in rows]
    total = m2(subtotal(lines))
    check(lines, total)
    qt = '\n'.join('> %-46s %9s  %7s  %11s' % (d, n0(q), p, usd(lt(p, q))) for d, q, p in rows)
    body = """Sæl Fang,

Samþykkt - please go ahead exactly as in your proforma below. Our PO number is VF-2710-88,
please put it on the invoice and the cartons.

Ship to our forwarder in Reykjavík, they consolidate for the boat to Ísafjörður:
Samskip hf., Kjalarvogur 7-15, 104 Reykjavík, Iceland - att. Þórður Jónsson, +354 458 8000

Bestu kveðjur,
Guðrún Sigurðardóttir
Vestfirskur Fiskur ehf.
Sindragata 10, 400 Ísafjörður
+354 456 3300 / +354 862 1144

On Thu, 14 Oct 2027, at 09:12, Fang Jing <fangjing@hengda-pack.cn> wrote:
> Dear Guðrún,
>
> Proforma invoice HD-PI-27-1014, 14 October 2027, prices EUR, FOB Ningbo:
>
> %-46s %9s  %7s  %11s
%s
> %-46s %9s  %7s  %11s
>
> Fang Jing
> Hangzhou Hengda Packaging Materials Co., Ltd.
> +86 571 8287 6612
""" % (('Description', 'Qty', 'EUR', 'Amount') + (qt,) + ('TOTAL EUR', '', '', usd(total)))
    eml = single(H('Guðrún Sigurðardóttir', 'gudrun@vestfirskurfiskur.is', 'iso-8859-1', 'Re: Proforma HD-PI-27-1014',
                   dh(2027, 10, 15, 11, 7, 26, 0), 'f4b1c2d3-e8a9-4f0b-9c6d-7e5a3b2c1d0e@app.fastmail.com',
                   'User-Agent: Cyrus-JMAP/3.11.0-alpha0-1012-g9a8b7c6d5-fm-20271001'), body, 'iso-8859-1', 'quoted-printable')
    return eml, T('body', 'iso-8859-1',
                  'An Ísafjörður (Iceland) dried-fish maker from Fastmail (ISO-8859-1 QP, þ ð æ): "Samþykkt - please go '
                  'ahead exactly as in your proforma below" above our own proforma quoted with ">" (one Description column, '
                  'titles as written, 3-decimal price, TOTAL EUR); the PO number VF-2710-88 only in the reply, no order date '
                  '(none keyed: the proforma\'s date is ours, the reply gives none); ship to a Reykjavík forwarder, two '
                  'phones under the buyer. Adds up.',
                  [order('VF-2710-88', 'Vestfirskur Fiskur ehf.',
                         ('Þórður Jónsson', '+354 458 8000', 'Samskip hf., Kjalarvogur 7-15, 104 Reykjavík, Iceland'),
                         None, 'EUR', total, lines)])


@mail
def h579_jp_uji_matcha_iso2022jp_per_100_yen_nohinsaki():
    rows = [('抹茶缶', '40g 丸缶 金', 10000, '58', 1),
            ('アルミ袋', '100g チャック付', 30000, '1,850', 100),
            ('化粧箱', '缶2本入 和紙貼り', 3000, '120', 1),
            ('段ボール', '化粧箱20個入', 150, '260', 1)]
    lines = [L(None, '%s %s' % (n, g), q, per(p.replace(',', ''), k) if k > 1 else p, lt(p.replace(',', ''), q, k))
             for n, g, q, p, k in rows]
    total = m2(subtotal(lines))
    check(lines, total)
    tab = '\n'.join('%d　%s　%s　%s%s　%s　%s円' % (i + 1, n, g, n0(q), '枚' if k > 1 else '個',
                                              ('@%s円/100枚' % p) if k > 1 else '@%s円' % p,
                                              n0(int(lt(p.replace(',', ''), q, k))))
                    for i, (n, g, q, p, k) in enumerate(rows))
    body = """杭州恒達包装材料有限公司
方 様

いつもお世話になっております。宇治茶園の山本です。
下記の通り発注いたします。

発注番号：UJ-HC-271018
発注日：2027年10月18日
納期：2027年11月30日

No　品名　仕様　数量　単価　金額
%s
合計金額　%s円（消費税対象外）

納品先：大阪府大阪市住之江区 南港北 1-2-3 南港物流センター 4F 宇治茶園 倉庫
担当：中村 06-6614-2201 / 090-1234-5678

株式会社 宇治茶園
京都府宇治市 宇治蓮華 12
購買課 山本 美咲
TEL 0774-21-3456
""" % (tab, n0(int(D(total))))
    eml = single(H('山本 美咲', 'm.yamamoto@ujichaen.co.jp', 'iso-2022-jp', '発注書 UJ-HC-271018（抹茶缶・アルミ袋）',
                   dh(2027, 10, 18, 13, 20, 4, 540), '20271018132004.4F2A81C7@ujichaen.co.jp',
                   'X-Mailer: Becky! ver. 2.81.04'), body, 'iso-2022-jp', '7bit')
    return eml, T('body', 'iso-2022-jp',
                  'A Uji (Kyoto) matcha house from Becky! in ISO-2022-JP: 発注番号, 発注日 and 納期 (the order date is '
                  '発注日), lines with full-width spaces (品名 and 仕様 apart, keyed joined), yen prices "@58円" and "@1,850円/'
                  '100枚" (keyed per piece, 18.50), 合計金額 in yen without decimals (消費税対象外); 納品先 an Osaka warehouse '
                  'with a contact and two phones (keyed the first). Adds up.',
                  [order('UJ-HC-271018', '株式会社 宇治茶園',
                         ('中村', '06-6614-2201', '大阪府大阪市住之江区 南港北 1-2-3 南港物流センター 4F 宇治茶園 倉庫'),
                         '2027-10-18', 'JPY', total, lines)])


# ============================================================ HTML bodies
@mail
def h580_html_naver_kr_jeju_tangerine_colspan_amount_header():
    rows = [('감귤 선물상자', '5kg, 손잡이, 4도 인쇄', '개', 12000, '0.92'),
            ('감귤 선물상자', '3kg, 손잡이, 4도 인쇄', '개', 8000, '0.74'),
            ('난좌(트레이)', '5kg용, 펄프', '개', 24000, '0.11'),
            ('택배 외박스', '5kg 2개입, 5겹', '개', 6000, '0.88')]
    lines = [L(None, '%s %s' % (n, g), q, p) for n, g, u, q, p in rows]
    total = m2(subtotal(lines))
    check(lines, total)
    st = ' style="border:1px solid #bbb;padding:4px"'
    tab = [[('번호', 'rowspan="2"'), ('품명', 'rowspan="2"'), ('규격', 'rowspan="2"'), ('단위', 'rowspan="2"'),
            ('수량', 'rowspan="2"'), ('단가(USD)', 'rowspan="2"'), ('금액(USD)', 'colspan="2"'), ('비고', 'rowspan="2"')],
           ['공급가액', '세액']]
    tab += [[str(i + 1), n, g, u, n0(q), p, usd(lt(p, q)), '0', '영세율' if i == 0 else '']
            for i, (n, g, u, q, p) in enumerate(rows)]
    tab += [[('합 계', 'colspan="6" align="center"'), usd(total), '0', '']]
    html = ('<div style="font-family:나눔고딕,NanumGothic,sans-serif;font-size:10pt">'
            '<p>팡 과장님 안녕하세요,</p><p>제주 한라농원입니다. 올해 감귤 포장재 발주서 보내드립니다.</p>'
            '<p>발주번호: HL-2710-033<br>발주일자: 2027.10.19<br>납기: 2027.11.10</p>'
            '<table style="border-collapse:collapse">' + cells_html(tab, st) + '</table>'
            '<p>납품장소: 전라남도 목포시 해안로 249 목포신항 한라물류 창고 (제주행 선적)<br>'
            '담당: 고민준 대리 010-4512-7789 / 061-244-3300</p>'
            '<p>감사합니다.<br>양수진 드림<br>농업회사법인 한라농원(주)<br>제주특별자치도 서귀포시 남원읍 태위로 500<br>'
            'Tel 064-764-1200</p></div>')
    eml = html_mail(H('양수진', 'sujin_yang@naver.com', 'utf-8', '[발주서] 한라농원 HL-2710-033 감귤 포장재',
                      dh(2027, 10, 19, 10, 5, 38, 540), 'd2f5a8b1c4e7f0a3b6c9d2e5f8a1b4c7@naver.com',
                      'X-Mailer: NAVER Mail'), strip(html), html, 'utf-8', '----=_Part_281044_1188027338.1792371938120')
    return eml, T('html', 'utf-8',
                  'A Jeju tangerine farm from Naver Mail (HTML): a two-row header (번호 … 단가 with rowspan, 금액 split into '
                  '공급가액 and 세액 with colspan, 비고), the same gift box twice told apart by 규격 (keyed joined), line '
                  'amounts in 공급가액 with 세액 0 (영세율), a 합 계 row; 발주번호, 발주일자 2027.10.19 and 납기; delivery to a '
                  'Mokpo port warehouse for the Jeju ferry, two phones (keyed the first). Adds up.',
                  [order('HL-2710-033', '농업회사법인 한라농원(주)',
                         ('고민준 대리', '010-4512-7789', '전라남도 목포시 해안로 249 목포신항 한라물류 창고 (제주행 선적)'),
                         '2027-10-19', 'USD', total, lines)])


@mail
def h581_html_owa_ke_kilifi_cashew_deposit_vat_zero_agent():
    rows = [('CJ-250', 'Cashew jar 250 g, PET, gold lid', 30000, '0.19'),
            ('CP-500', 'Stand-up pouch 500 g, kraft, window', 20000, '0.14'),
            ('GB-3', 'Gift box, 3 jars, sleeve', 4000, '0.85'),
            ('MC-24', 'Master carton, 24 jars', 1300, '1.05')]
    lines = [L(s, d, q, p) for s, d, q, p in rows]
    total = m2(subtotal(lines))
    check(lines, total)
    dep = (D(total) * D('0.4')).quantize(D('0.01'))
    st = ' style="border:1px solid #8a8a8a;padding:2px 5px"'
    tab = [['Item Code', 'Description', 'Qty', 'Unit Price (USD)', 'VAT', 'Total (USD)']]
    tab += [[s, d, n0(q), p, '0%', usd(lt(p, q))] for s, d, q, p in rows]
    tab += [['', '', '', ('Sub-total', 'colspan="2"'), usd(total)], ['', '', '', ('VAT 0% (export zone)', 'colspan="2"'), '0.00'],
            ['', '', '', ('<b>Order Total</b>', 'colspan="2"'), '<b>%s</b>' % usd(total)],
            ['', '', '', ('Less deposit 40% (paid)', 'colspan="2"'), '(%s)' % usd(dep)],
            ['', '', '', ('Balance due before loading', 'colspan="2"'), usd(D(total) - dep)]]
    html = ('<div style="font-family:Aptos,Calibri,Helvetica,sans-serif;font-size:12pt;color:#000">'
            '<p>Dear Fang,</p><p>Please see our LPO below for the 2028 cashew packaging. Deposit paid today via Equity Bank.</p>'
            '<p><b>LPO No.</b> KCC/LPO/2027/0412<br><b>LPO Date:</b> 20/10/2027<br><b>Incoterm:</b> CIF Mombasa</p>'
            '<table style="border-collapse:collapse">' + cells_html(tab, st) + '</table>'
            '<p><b>Consignee / notify:</b> Bahari Clearing &amp; Forwarding Ltd, Moi Avenue, Bahari House 3rd floor, '
            'Mombasa, Kenya &ndash; Mr. Hassan Omar, +254 722 415 006</p>'
            '<p>Kind regards,</p><p>Wanjiru Kamau<br>Procurement Officer<br>Kilifi Cashew Company Ltd<br>'
            'Mnarani Industrial Park, Kilifi, Kenya<br>Tel +254 41 752 2200 | Cell +254 733 901 442</p></div>')
    eml = html_mail(H('Wanjiru Kamau', 'wkamau@kilificashew.co.ke', 'utf-8', 'LPO KCC/LPO/2027/0412 - Kilifi Cashew Company',
                      dh(2027, 10, 20, 8, 41, 17, 180), 'PAXPR01MB8842C1D2E3F4A5B6@PAXPR01MB8842.eurprd01.prod.exchangelabs.com',
                      'X-MS-Has-Attach: no', extra=('X-OriginatorOrg: kilificashew.co.ke',)),
                    strip(html).replace('&ndash;', '-'), html, 'utf-8', '_000_PAXPR01MB8842C1D2E3F4A5B6PAXPR01MB8842eurp_',
                    'quoted-printable')
    return eml, T('html', 'utf-8',
                  'A Kilifi (Kenya) cashew processor from Outlook on the web (HTML, QP): "LPO No." (local purchase order) and '
                  'LPO Date 20/10/2027, Item Code and one Description, a VAT column of 0%, Sub-total, VAT 0% (export '
                  'zone), Order Total, a paid 40 % deposit in brackets and the balance (the total keyed is Order Total); '
                  'consignee a Mombasa clearing agent, the buyer\'s Tel and Cell under its name. Adds up.',
                  [order('KCC/LPO/2027/0412', 'Kilifi Cashew Company Ltd',
                         ('Mr. Hassan Omar', '+254 722 415 006',
                          'Bahari Clearing & Forwarding Ltd, Moi Avenue, Bahari House 3rd floor, Mombasa, Kenya'),
                         '2027-10-20', 'USD', total, lines)])


@mail
def h582_html_gmail_co_velez_bocadillo_por_millar_descuento():
    rows = [('Hoja de bijao impresa', '10 x 14 cm, papel parafinado', 500000, '4.20', 1000),
            ('Caja bocadillo', '24 unidades, plegadiza', 20000, '0.16', 1),
            ('Bolsa celofán', '12 x 20 cm', 150000, '7.00', 1000),
            ('Caja corrugada', '40 cajas', 500, '1.30', 1)]
    lines = pk(rows)
    sub = subtotal(lines)
    disc = (sub * D('0.05')).quantize(D('0.01'))
    total = m2(sub - disc)
    check(lines, total, -disc)
    tab = [['<b>Producto</b>', '<b>Detalle</b>', '<b>Cantidad</b>', '<b>Precio</b>', '<b>Valor</b>']]
    tab += [[n, g, n0(q, '.'), ('US$ %s el millar' % p.replace('.', ',')) if k > 1 else 'US$ %s' % p.replace('.', ','),
             'US$ %s' % eu(lt(p, q, k))] for n, g, q, p, k in rows]
    tab += [['', '', '', 'Subtotal', 'US$ %s' % eu(sub)], ['', '', '', 'Descuento 5% pronto pago', '-US$ %s' % eu(disc)],
            ['', '', '', '<b>Total a pagar</b>', '<b>US$ %s</b>' % eu(total)]]
    html = ('<div dir="ltr"><div>Buenas tardes señora Fang,</div><div><br></div>'
            '<div>Le confirmo el pedido que hablamos por WhatsApp. Orden de compra <b>BV-OC-0147</b>, fecha 21 de octubre de 2027.</div>'
            '<div><br></div><table border="1" cellspacing="0" cellpadding="3">' + cells_html(tab) + '</table><div><br></div>'
            '<div>Despachar a: Bodega Dulces La Veleñita, Carrera 4 # 9-45, Vélez, Santander, Colombia</div>'
            '<div>Recibe: Sr. Jairo Ardila, cel. 311 456 7788, fijo (607) 756 3120</div><div><br></div>'
            '<div>Cordialmente,</div><div><br></div>-- <br><div dir="ltr">Luz Marina Rueda<br>Gerente<br>'
            'Dulces La Veleñita S.A.S.<br>NIT 900.456.789-1<br>Vélez, Santander</div></div>')
    eml = html_mail(H('Luz Marina Rueda', 'dulceslavelenita@gmail.com', 'utf-8', 'Pedido bocadillo - OC BV-OC-0147',
                      dh(2027, 10, 21, 15, 12, 9, -300), 'CAFz3Kq5Mn7Pr9Tv1Wx3Yb5Dc7Fe9Gh1@mail.gmail.com', None),
                    strip(html), html, 'utf-8', '000000000000e5f6a7b8c9d0e1f2')
    return eml, T('html', 'utf-8',
                  'A Vélez (Colombia) guava-paste maker from Gmail (HTML): "Orden de compra BV-OC-0147" and the date in a '
                  'sentence, Producto and Detalle apart (keyed joined), dot thousands and decimal commas, "US$ 4,20 el '
                  'millar" (keyed per piece, 0.0042 and 0.007), Subtotal, a 5 % prompt-payment discount and Total a pagar '
                  '(keyed, after the discount); ship to the warehouse, a mobile and a landline (keyed the first). Adds up '
                  'with the discount.',
                  [order('BV-OC-0147', 'Dulces La Veleñita S.A.S.',
                         ('Sr. Jairo Ardila', '311 456 7788', 'Bodega Dulces La Veleñita, Carrera 4 # 9-45, Vélez, Santander, Colombia'),
                         '2027-10-21', 'USD', total, lines)])


@mail
def h583_html_zoho_books_gh_tamale_shea_adjustment():
    rows = [('Shea butter jar 200 ml', 'PP, white, screw cap', 25000, '0.16'),
            ('Shea butter tub 500 ml', 'PP, wide mouth', 10000, '0.29'),
            ('Soap wrapper', 'kraft, 1 colour', 40000, '0.025'),
            ('Carton', '48 jars', 750, '1.20')]
    lines = [L(None, '%s %s' % (n, g), q, p) for n, g, q, p in rows]
    sub = subtotal(lines)
    adj = D('-100.00')
    total = m2(sub + adj)
    check(lines, total, adj)
    st = ' style="padding:6px;border-bottom:1px solid #eee"'
    tab = [['#', 'Item &amp; Description', 'Qty', 'Rate', 'Amount']]
    tab += [[str(i + 1), '%s<br><span style="color:#777">%s</span>' % (n, g), '%s pcs' % n0(q), p, usd(lt(p, q))]
            for i, (n, g, q, p) in enumerate(rows)]
    tab += [['', '', '', 'Sub Total', usd(sub)], ['', '', '', 'Adjustment (sample credit)', usd(adj)],
            ['', '', '', '<b>Total</b>', '<b>$%s</b>' % usd(total)]]
    html = ('<div style="font-family:Arial;font-size:13px"><p>Dear Hangzhou Hengda Packaging Materials Co., Ltd.,</p>'
            '<p>The purchase order (PO-00029) is attached/shown below for your reference.</p>'
            '<h3>PURCHASE ORDER</h3><p>Purchase Order# <b>PO-00029</b><br>Order Date: 22/10/2027<br>'
            'Delivery Date: 30/11/2027<br>Reference#: Dry season 2028</p>'
            '<p><b>Deliver To</b><br>Savanna Shea Cooperative Union<br>c/o Tema Port Logistics, Harbour Road, Community 1, '
            'Tema, Ghana<br>Attn: Mr. Kwame Mensah +233 24 455 1290</p>'
            '<table cellspacing="0" style="width:100%">' + cells_html(tab, st) + '</table>'
            '<p>Notes: Please print our logo as per artwork sent on 15/10.</p>'
            '<p>Regards,<br>Abiba Issahaku<br>Savanna Shea Cooperative Union<br>Tamale, Northern Region, Ghana<br>'
            '+233 37 202 2215</p></div>')
    eml = html_mail(H('Savanna Shea Cooperative Union', 'message-service@sender.zohobooks.com', 'utf-8',
                      'Purchase Order - PO-00029 from Savanna Shea Cooperative Union',
                      dh(2027, 10, 22, 11, 3, 44, 0), '1792667024512.21.zb.savannashea@sender.zohobooks.com', None,
                      extra=('Reply-To: Abiba Issahaku <abiba@savannashea.org.gh>',)),
                    strip(html).replace('&amp;', '&'), html, 'utf-8', '----=_Part_5541_1180443.1792667024512')
    return eml, T('html', 'utf-8',
                  'A Tamale (Ghana) shea-butter co-operative\'s Zoho Books purchase order (HTML from the Zoho sender, '
                  'Reply-To the buyer): "Purchase Order# PO-00029", Order Date 22/10/2027 and Delivery Date, Deliver To '
                  'c/o a Tema port agent above the table, "Item & Description" with the spec on a grey second line in the '
                  'same cell (keyed joined), "pcs" in the Qty cell, a 3-decimal rate, Sub Total, an Adjustment '
                  '-100.00 (sample credit) and Total with "$" (keyed, after the adjustment). Adds up with the adjustment.',
                  [order('PO-00029', 'Savanna Shea Cooperative Union',
                         ('Mr. Kwame Mensah', '+233 24 455 1290', 'c/o Tema Port Logistics, Harbour Road, Community 1, Tema, Ghana'),
                         '2027-10-22', 'USD', total, lines)])


@mail
def h584_html_outlook_dk_aarhus_cookies_rabat_moms_comma():
    rows = [('BD-900', 'Kagedåse 900 g', 'rund, blå, prægning', 12000, '1.38'),
            ('BD-454', 'Kagedåse 454 g', 'rund, blå', 15000, '0.96'),
            ('PK-50', 'Papirkapsler', '50 mm, hvid, 1000 stk. pr. pakke', 300, '3.40'),
            ('KS-12', 'Forsendelseskasse', '12 dåser', 2300, '0.92')]
    lines = [L(s, '%s %s' % (n, g), q, p) for s, n, g, q, p in rows]
    sub = subtotal(lines)
    reb = (sub * D('0.025')).quantize(D('0.01'))
    total = m2(sub - reb)
    check(lines, total, -reb)
    st = ' style="border:1px solid #777;padding:2px 6px"'
    tab = [['Varenr.', 'Beskrivelse', 'Udførelse', 'Antal', 'Enhed', 'Stykpris EUR', 'Beløb EUR']]
    tab += [[s, n, g, n0(q, '.'), 'pk.' if s == 'PK-50' else 'stk.', eu(p), eu(lt(p, q))] for s, n, g, q, p in rows]
    tab += [[('I alt', 'colspan="6" align="right"'), eu(sub)], [('Rabat 2,5 %', 'colspan="6" align="right"'), '-' + eu(reb)],
            [('Moms 0 % (omvendt betalingspligt)', 'colspan="6" align="right"'), '0,00'],
            [('<b>Total EUR</b>', 'colspan="6" align="right"'), '<b>%s</b>' % eu(total)]]
    html = ('<div style="font-family:Calibri,sans-serif;font-size:11pt"><p>Kære Fang</p>'
            '<p>Hermed vores indkøbsordre til julesæsonen.</p>'
            '<p><b>Indkøbsordre nr.:</b> 45012237<br><b>Dato:</b> 25.10.2027<br><b>Leveringsbetingelse:</b> CIF Aarhus</p>'
            '<table style="border-collapse:collapse">' + cells_html(tab, st) + '</table>'
            '<p><b>Leveringsadresse:</b> Jyske Småkager A/S, Lager 3, Hasselager Centervej 14, 8260 Viby J, Danmark<br>'
            'Kontakt: Lars Mikkelsen, tlf. +45 87 34 12 00 / mobil +45 20 61 44 18</p>'
            '<p>Med venlig hilsen<br>Mette Sørensen<br>Indkøb<br>Jyske Småkager A/S<br>Søren Frichs Vej 40, 8230 Åbyhøj</p></div>')
    eml = html_mail(H('Mette Sørensen', 'mso@jyske-smaakager.dk', 'utf-8', 'Indkøbsordre 45012237',
                      dh(2027, 10, 25, 13, 58, 2, 60), 'AS8PR07MB7411D5E6F7A8B9C0@AS8PR07MB7411.eurprd07.prod.outlook.com',
                      'X-MS-Has-Attach: no'), strip(html), html, 'utf-8', '_000_AS8PR07MB7411D5E6F7A8B9C0AS8PR07MB7411eurp_',
                    'quoted-printable')
    return eml, T('html', 'utf-8',
                  'An Aarhus (Denmark) butter-cookie maker from Outlook (HTML, QP): "Indkøbsordre nr." and Dato 25.10.2027, '
                  'Varenr., Beskrivelse and Udførelse apart (keyed joined; the same tin in two sizes), an Enhed column with '
                  'paper cups in packs of 1000 (pk., keyed as written), dot thousands and decimal commas, I alt, Rabat '
                  '2,5 %, Moms 0 % (reverse charge) and Total EUR (keyed, after the rebate); delivery to warehouse 3, two '
                  'phones (keyed the first). Adds up with the rebate.',
                  [order('45012237', 'Jyske Småkager A/S',
                         ('Lars Mikkelsen', '+45 87 34 12 00', 'Jyske Småkager A/S, Lager 3, Hasselager Centervej 14, 8260 Viby J, Danmark'),
                         '2027-10-25', 'EUR', total, lines)])


@mail
def h585_html_gmail_fj_lautoka_kava_bullets_sentences():
    lines = [L(None, 'Kava powder pouch 500 g, foil, zip, printed', 20000, '0.21'),
             L(None, 'Kava powder pouch 1 kg, foil, zip, printed', 8000, '0.33'),
             L(None, 'Tanoa-shaped gift box', 1500, '1.90'),
             L(None, 'Export carton for 20 x 1 kg', 500, '1.25')]
    total = m2(subtotal(lines))
    check(lines, total)
    html = ('<div dir="ltr">Bula Fang!<br><br>Vinaka for the samples. We are ready to order, our PO is <b>YQ-27-019</b> '
            '(26/10/2027):<ul>'
            '<li>20,000 x kava powder pouch 500 g, foil, zip, printed - FJ price agreed USD 0.21 each</li>'
            '<li>8,000 x the same in 1 kg at USD 0.33</li>'
            '<li>1,500 tanoa-shaped gift boxes, USD 1.90 each</li>'
            '<li>500 export cartons for 20 x 1 kg, USD 1.25</li></ul>'
            'Total USD %s, 50%% by TT this week, balance on copy B/L.<br><br>'
            'Ship to Lautoka wharf, our agent: Carpenters Shipping, Queens Wharf Road, Lautoka, Fiji - attn Ms Salote Vuki, '
            '+679 666 1234.<br><br>Vinaka vakalevu,<br>Josaia Ratu<br>Yaqona Island Exports Pte Ltd<br>'
            'Lot 7 Vatuwaqa Industrial, Suva | +679 338 2211 | +679 990 5512</div>' % usd(total))
    eml = html_mail(H('Josaia Ratu', 'yaqona.island.exports@gmail.com', 'utf-8', 'PO YQ-27-019 kava pouches',
                      dh(2027, 10, 26, 16, 40, 21, 720), 'CAGb7Hn9Jm1Lp3Qr5St7Vw9Xy1Za3Bc5@mail.gmail.com', None),
                    strip(html), html, 'utf-8', '000000000000f6a7b8c9d0e1f2a3')
    return eml, T('html', 'utf-8',
                  'A Suva (Fiji) kava exporter from Gmail (HTML): the order as a bullet list of sentences ("20,000 x … '
                  'USD 0.21 each", "8,000 x the same in 1 kg at USD 0.33" — the title written out from the line above), '
                  'the PO number and date in the first sentence, a total and a 50 % TT deposit; ship to a Lautoka shipping '
                  'agent; three numbers in the signature. Adds up.',
                  [order('YQ-27-019', 'Yaqona Island Exports Pte Ltd',
                         ('Ms Salote Vuki', '+679 666 1234', 'Carpenters Shipping, Queens Wharf Road, Lautoka, Fiji'),
                         '2027-10-26', 'USD', total, lines)])


# ============================================================ PDF attachments
@mail
def h586_pdf_google_docs_cl_curico_walnuts_orden_iva_exento():
    rows = [('Bolsa nuez 1 kg', 'trilaminada, zipper, ventana', 40000, '0.24'),
            ('Bolsa nuez 250 g', 'trilaminada, zipper', 60000, '0.12'),
            ('Caja exportación', '10 kg, doble corrugado', 5000, '1.65'),
            ('Etiqueta', 'rollo de 2.000, 100 x 60 mm', 30, '24.00')]
    lines = [L(None, '%s %s' % (n, g), q, p) for n, g, q, p in rows]
    total = m2(subtotal(lines))
    check(lines, total)
    table = [['Ítem', 'Producto', 'Detalle', 'Cantidad', 'Precio US$', 'Total US$']]
    table += [[str(i + 1), n, g, n0(q, '.'), eu(p), eu(lt(p, q))] for i, (n, g, q, p) in enumerate(rows)]
    table += [['', 'Neto', '', '', '', eu(total)], ['', 'IVA exento (exportación)', '', '', '', '0,00'],
              ['', 'TOTAL', '', '', '', eu(total)]]
    head = [(45, 'Agrícola Nogales del Maule SpA', 13), (45, 'RUT 76.543.210-K  ·  Camino a Los Niches km 7, Curicó, Chile', 8),
            ('c', 'ORDEN DE COMPRA N° 0588', 13), (45, 'Fecha: 27 de octubre de 2027', 9),
            (45, 'Proveedor: Hangzhou Hengda Packaging Materials Co., Ltd.', 9)]
    tail = [(45, 'Lugar de entrega: Puerto San Antonio, Bodega Agunsa 14, Av. Ramón Barros Luco 1613, San Antonio', 8),
            (45, 'Contacto bodega: Cristián Fuentes +56 9 8765 4321', 8),
            (45, 'Condición de pago: 30% anticipo, saldo contra BL', 8), (45, 'Firma: Paula Contreras, Jefa de Compras', 8)]
    data = grid_pdf(head, table, [30, 110, 150, 60, 60, 80], tail, 'Orden de compra 0588', 'Paula Contreras', 'hei',
                    align=['c', 'l', 'l', 'r', 'r', 'r'])
    body = ('Estimada Fang:\n\nAdjunto la orden de compra N° 0588 (exportada de Google Docs).\n\nSaludos cordiales,\n'
            'Paula Contreras\nJefa de Compras\nAgrícola Nogales del Maule SpA\n+56 75 231 4400\n')
    eml = pdf_mail(H('Paula Contreras', 'pcontreras@nogalesdelmaule.cl', 'utf-8', 'Orden de compra N° 0588',
                     dh(2027, 10, 27, 10, 22, 5, -180), 'CAHd5Fg7Jk9Lm1Np3Qr5St7Uv9Wx1Yz3@mail.gmail.com', None),
                   body, 'utf-8', 'quoted-printable', data, 'Orden de compra N° 0588.pdf', '000000000000a7b8c9d0e1f2a3b4',
                   name_style='rfc2231')
    return eml, T('pdf', 'utf-8',
                  'A Curicó (Chile) walnut grower\'s order from Google Docs as PDF: "ORDEN DE COMPRA N° 0588" centred, '
                  'Fecha in words (27 de octubre de 2027), Producto and Detalle apart (keyed joined), dot thousands and '
                  'decimal commas, labels in rolls, Neto, IVA exento (exportación) and TOTAL; Lugar de entrega a San '
                  'Antonio port warehouse; the RUT beside the address; a PDF name with "°" in RFC 2231. Adds up.',
                  [order('0588', 'Agrícola Nogales del Maule SpA',
                         ('Cristián Fuentes', '+56 9 8765 4321',
                          'Puerto San Antonio, Bodega Agunsa 14, Av. Ramón Barros Luco 1613, San Antonio'),
                         '2027-10-27', 'USD', total, lines)])


@mail
def h587_pdf_sage_intacct_za_clanwilliam_rooibos_zero_rated():
    rows = [('RB-TIN80', 'Rooibos tin 80 g, round, printed', 'Each', 20000, '0.62'),
            ('RB-ENV', 'Tea envelope, foil, 1 bag', 'Per 1000', 400, '14.50'),
            ('RB-BOX40', 'Carton box 40 bags, 4-col', 'Each', 10000, '0.23'),
            ('RB-SHIP', 'Shipper 24 boxes', 'Each', 420, '0.98')]
    lines = [L(s, d, q * (1000 if u == 'Per 1000' else 1), per(p, 1000) if u == 'Per 1000' else p, lt(p, q))
             for s, d, u, q, p in rows]
    total = m2(subtotal(lines))
    check(lines, total)
    table = [['Line', 'Item ID', 'Description', 'UOM', 'Quantity', 'Price', 'Extended']]
    table += [[str(i + 1), s, d, u, n0(q), p, usd(lt(p, q))] for i, (s, d, u, q, p) in enumerate(rows)]
    head = [(45, 'CEDERBERG ROOIBOS ESTATES (PTY) LTD', 12), (45, 'Voortrekker Street 3, Clanwilliam 8135, South Africa', 8),
            ('r', 'Purchase Order', 14), ('r', 'Transaction # PO-CRE-000771', 9), ('r', 'Date 10/28/2027', 9),
            (45, 'Vendor: Hangzhou Hengda Packaging Materials Co., Ltd. (V-0193)', 8),
            (45, 'Ship to: Cederberg Rooibos - Cape Town DC, 12 Marine Drive, Paarden Eiland, Cape Town 7405', 8),
            (45, 'Contact: Pieter van Wyk  +27 21 511 0043', 8), (45, 'Currency: USD', 8)]
    tail = [('r', 'Subtotal  %s' % usd(total), 9), ('r', 'VAT 0% (zero-rated import of goods for export)  0.00', 8),
            ('r', 'Total  USD %s' % usd(total), 10), (45, 'Approved by: Annelie Botha, Procurement', 8)]
    data = grid_pdf(head, table, [28, 60, 165, 50, 55, 50, 80], tail, 'PO-CRE-000771', 'Sage Intacct', 'hei',
                    align=['c', 'l', 'l', 'c', 'r', 'r', 'r'], size=8)
    body = ('Good day,\n\nPlease find attached Purchase Order PO-CRE-000771.\n\nAnnelie Botha\nCederberg Rooibos Estates (Pty) Ltd\n'
            '+27 27 482 2155\n')
    eml = pdf_mail(H('Annelie Botha', 'procurement@cederbergrooibos.co.za', 'utf-8', 'Purchase Order PO-CRE-000771',
                     dh(2027, 10, 28, 9, 15, 50, 120), 'intacct.po.771.20271028071550@cederbergrooibos.co.za',
                     'X-Mailer: Sage Intacct'), body, 'utf-8', '7bit', data, 'PO-CRE-000771.pdf',
                   '----=_Part_771_1792912550')
    return eml, T('pdf', 'utf-8',
                  'A Clanwilliam (South Africa) rooibos estate\'s Sage Intacct PO (PDF): the company in capitals on top '
                  '(keyed as the mail signature spells it), "Transaction # PO-CRE-000771" and an American date 10/28/2027, '
                  'a UOM column where tea envelopes are "Per 1000" with quantity 400 at 14.50 (keyed 400,000 pieces at '
                  '0.0145), Item ID and one Description, Subtotal, VAT 0 % and Total USD; ship to a Cape Town DC with a '
                  'contact. Adds up.',
                  [order('PO-CRE-000771', 'Cederberg Rooibos Estates (Pty) Ltd',
                         ('Pieter van Wyk', '+27 21 511 0043', 'Cederberg Rooibos - Cape Town DC, 12 Marine Drive, Paarden Eiland, Cape Town 7405'),
                         '2027-10-28', 'USD', total, lines)])


@mail
def h588_pdf_preview_gr_chios_mastic_per_1000_greek():
    rows = [('Κουτί μαστίχας', '10 g, μεταλλικό, χρυσό', 30000, '0.34', 1),
            ('Φακελάκι', '5 g, αλουμίνιο', 100000, '22.00', 1000),
            ('Βαζάκι γυάλινο', '50 ml, με καπάκι', 8000, '0.41', 1),
            ('Χαρτοκιβώτιο', '60 κουτιά', 550, '1.10', 1)]
    lines = pk(rows)
    total = m2(subtotal(lines))
    check(lines, total)
    table = [['Α/Α', 'Περιγραφή', 'Προδιαγραφή', 'Ποσότητα', 'Τιμή €', 'Αξία €']]
    table += [[str(i + 1), n, g, n0(q, '.'), ('%s / 1.000 τεμ.' % eu(p)) if k > 1 else eu(p), eu(lt(p, q, k))]
              for i, (n, g, q, p, k) in enumerate(rows)]
    table += [['', 'Σύνολο', '', '', '', eu(total)]]
    head = [('c', 'ΠΑΡΑΓΓΕΛΙΑ ΑΓΟΡΑΣ', 14), (45, 'Αρ. παραγγελίας: ΜΧ-27/0312', 9), (45, 'Ημερομηνία: 29/10/2027', 9),
            (45, 'Αγοραστής: Μαστιχοπαραγωγοί Νότιας Χίου Α.Ε., Πυργί, 82102 Χίος', 9)]
    tail = [(45, 'Παράδοση: Αποθήκη Πειραιά, Ακτή Κονδύλη 32, 18545 Πειραιάς - κ. Νίκος Παππάς 210 412 5577 / 6944 123 456', 8),
            (45, 'Πληρωμή: 50% προκαταβολή', 8)]
    data = grid_pdf(head, table, [30, 120, 130, 65, 90, 70], tail, 'Παραγγελία ΜΧ-27-0312', 'Eleni Chatzi', 'hei',
                    align=['c', 'l', 'l', 'r', 'r', 'r'])
    body = ('Dear Ms Fang,\n\nattached our order ΜΧ-27/0312 (PDF). Delivery to our Piraeus warehouse please, details '
            'in the PDF.\n\nKind regards / Με εκτίμηση,\nEleni Chatzi\nSouth Chios Mastic Growers S.A.\n'
            '(Μαστιχοπαραγωγοί Νότιας Χίου Α.Ε.)\n+30 22710 72 300\n\nSent from my Mac\n')
    eml = pdf_mail(H('Eleni Chatzi', 'e.chatzi@southchiosmastic.gr', 'utf-8', 'Παραγγελία ΜΧ-27/0312',
                     dh(2027, 10, 29, 12, 4, 33, 180), 'B7E2C1A0-4D3F-4E5A-9B8C-7D6E5F4A3B2C@southchiosmastic.gr',
                     'X-Mailer: Apple Mail (2.3826.400.131.1.6)'), body, 'utf-8', 'quoted-printable', data,
                   'Παραγγελία ΜΧ-27-0312.pdf', 'Apple-Mail=_8E7D6C5B-4A39-4281-9F0E-1D2C3B4A5968', name_style='rfc2231')
    return eml, T('pdf', 'utf-8',
                  'A Chios (Greece) mastic growers\' company: an order printed to PDF from macOS Preview, all in Greek '
                  '(ΠΑΡΑΓΓΕΛΙΑ ΑΓΟΡΑΣ, Αρ. παραγγελίας ΜΧ-27/0312 in Greek capitals, Ημερομηνία 29/10/2027), Περιγραφή and '
                  'Προδιαγραφή apart (keyed joined), sachets at "22,00 / 1.000 τεμ." (keyed per piece, 0.022), decimal '
                  'commas, Σύνολο; delivery to Piraeus with two phones (keyed the first); the buyer in Greek as Αγοραστής '
                  'in the PDF and in English with the Greek in brackets in the mail signature (keyed as the signature '
                  'spells it first). Adds up.',
                  [order('ΜΧ-27/0312', 'South Chios Mastic Growers S.A.',
                         ('κ. Νίκος Παππάς', '210 412 5577', 'Αποθήκη Πειραιά, Ακτή Κονδύλη 32, 18545 Πειραιάς'),
                         '2027-10-29', 'EUR', total, lines)])


@mail
def h589_pdf_kingdee_xingkong_xining_yak_jerky_tax_daxie():
    rows = [('WL0101', '牦牛肉干袋', '200g 牛皮纸 开窗', '个', 60000, '0.42'),
            ('WL0102', '牦牛肉干礼盒', '1kg 木纹 手提', '个', 5000, '12.80'),
            ('WL0103', '脱氧剂', '30型 独立包', '个', 80000, '0.035'),
            ('WL0201', '外箱', '10盒装 五层', '个', 500, '6.60')]
    lines = [L(s, '%s %s' % (n, g), q, p) for s, n, g, u, q, p in rows]
    total = m2(subtotal(lines))
    check(lines, total)
    table = [['序号', '物料编码', '物料名称', '规格型号', '采购单位', '采购数量', '含税单价', '税率%', '价税合计']]
    table += [[str(i + 1), s, n, g, u, n0(q), p, '13', amt(lt(p, q))] for i, (s, n, g, u, q, p) in enumerate(rows)]
    table += [['', '合计', '', '', '', n0(sum(r[4] for r in rows)), '', '', amt(total)]]
    head = [('c', '青海高原牦牛食品有限公司', 13), ('c', '采购订单', 13),
            (45, '单据编号：CGDD-202710-0045     采购日期：2027/10/30     供应商：杭州恒达包装材料有限公司', 8),
            (45, '采购组织：青海高原牦牛食品有限公司     采购员：祁生福     结算币别：人民币', 8)]
    tail = [(45, '价税合计（大写）：%s' % daxie(total), 9),
            (45, '收料组织：大通生产基地  收货地址：青海省西宁市大通县 北川工业园 牦牛食品 包材仓', 8),
            (45, '联系人：祁生福  电话 0971-2723518  手机 13897461102', 8)]
    data = grid_pdf(head, table, [28, 50, 75, 85, 42, 55, 50, 35, 70], tail, '采购订单 CGDD-202710-0045', '金蝶云·星空', 'hei',
                    align=['c', 'l', 'l', 'l', 'c', 'r', 'r', 'c', 'r'], size=8)
    body = '恒达包装：\n\n金蝶云星空打印的采购订单，见附件PDF。脱氧剂价格按上次谈的0.035。\n\n青海高原牦牛 祁生福\n'
    eml = pdf_mail(H('祁生福', 'qishengfu@gaoyuan-yak.com', 'gbk', '采购订单CGDD-202710-0045', dh(2027, 10, 30, 14, 8, 47),
                     '202710301408475281143@gaoyuan-yak.com', 'X-Mailer: Foxmail 7.2.25.375[cn]'),
                   body, 'gbk', 'base64', data, '采购订单CGDD-202710-0045.pdf', '----=_001_NextPart188402716_=----',
                   name_style='gbk')
    return eml, T('pdf', 'gbk',
                  'A Xining (Qinghai) yak-jerky maker\'s 金蝶云·星空 采购订单 (PDF, Foxmail GBK): the company and title '
                  'centred, 单据编号, 采购日期 2027/10/30 and 供应商 (us) on one line, 物料编码, 物料名称 and 规格型号 apart '
                  '(keyed joined), 含税单价 with a 3-decimal price, a 税率% column, 价税合计, a 合计 row with quantities '
                  'summed, 大写 below; 收料组织 and the Datong base address, a landline and a mobile (keyed the first). '
                  'Adds up.',
                  [order('CGDD-202710-0045', '青海高原牦牛食品有限公司',
                         ('祁生福', '0971-2723518', '青海省西宁市大通县 北川工业园 牦牛食品 包材仓'),
                         '2027-10-30', 'CNY', total, lines)])


@mail
def h590_pdf_dynamics_gp_eg_siwa_dates_per_1000_freight_words():
    rows = [('DT-BOX1', 'Date gift box 1 kg, 2 layers, gold foil', 15000, 'EA', '0.88', 1),
            ('DT-TRAY', 'Date tray 12 cavities, PET', 30000, 'EA', '0.06', 1),
            ('DT-BAG', 'Date bag 500 g, PP, printed', 50000, 'M', '38.00', 1000),
            ('DT-CTN', 'Export carton 10 boxes', 1500, 'EA', '1.05', 1)]
    lines = [L(s, d, q, per(p, k) if k > 1 else p, lt(p, q, k)) for s, d, q, u, p, k in rows]
    sub = subtotal(lines)
    fr = D('950.00')
    total = m2(sub + fr)
    check(lines, total, fr)
    assert total == '19425.00', total
    table = [['Item Number', 'Description', 'U of M', 'Quantity Ordered', 'Unit Cost', 'Extended Cost']]
    table += [[s, d, u, n0(q), p, usd(lt(p, q, k))] for s, d, q, u, p, k in rows]
    head = [(45, 'Siwa Oasis Dates Co. S.A.E.', 12), (45, '14 El Nasr Road, Sheikh Zayed City, Giza, Egypt', 8),
            ('r', 'PURCHASE ORDER', 13), ('r', 'PO Number: SOD-PO-004417', 9), ('r', 'Date: 11/1/2027', 9),
            (45, 'Vendor ID: HENGDA001   Hangzhou Hengda Packaging Materials Co., Ltd.', 8),
            (45, 'Ship To: Siwa Oasis Dates - Alexandria Packing Station, Borg El Arab Industrial Zone 3, Alexandria', 8),
            (45, 'Ship To Contact: Eng. Karim Mostafa  +20 3 459 8812', 8),
            (45, 'U of M: EA = each, M = per thousand', 8)]
    tail = [('r', 'Subtotal  %s' % usd(sub), 9), ('r', 'Freight  %s' % usd(fr), 9), ('r', 'Tax  0.00', 9),
            ('r', 'Total  %s' % usd(total), 10), (45, 'Currency ID: Z-US$', 8),
            (45, 'Total in words: Nineteen Thousand Four Hundred Twenty-Five US Dollars and 00/100', 8)]
    data = grid_pdf(head, table, [70, 190, 40, 70, 50, 80], tail, 'PO SOD-PO-004417', 'Microsoft Dynamics GP', 'hei',
                    align=['l', 'l', 'c', 'r', 'r', 'r'])
    body = ('Dear Hengda team,\n\nKindly find attached PO SOD-PO-004417. Please note bags are ordered per thousand (U of M '
            '"M").\n\nBest regards,\nMona El-Sayed\nSupply Chain\nSiwa Oasis Dates Co. S.A.E.\n+20 2 3854 1100 | '
            '+20 100 555 7781\n')
    eml = pdf_mail(H('Mona El-Sayed', 'mona.elsayed@siwaoasisdates.com.eg', 'utf-8', 'PO SOD-PO-004417',
                     dh(2027, 11, 1, 11, 36, 2, 120), '001a01dc4b7e$2f3e4d5c$6b7a8f9e$@siwaoasisdates.com.eg',
                     'X-Mailer: Microsoft Outlook 16.0'), body, 'utf-8', '7bit', data, 'SOD-PO-004417.pdf',
                   '----=_NextPart_000_001B_01DC4B7E.2F3E4D5C')
    return eml, T('pdf', 'utf-8',
                  'A Siwa dates company (Egypt) sends a Dynamics GP PO (PDF): PO Number and an American date 11/1/2027 '
                  '(1 November), Item Number and one Description, a U of M column where bags are "M" (per thousand, '
                  'explained in the header) — 50,000 at 38.00 per thousand (keyed per piece, 0.038), Subtotal, Freight '
                  '950.00, Tax 0.00, Total (keyed, with the freight), "Currency ID: Z-US$" and the total in words; ship to '
                  'an Alexandria packing station. Adds up with the freight.',
                  [order('SOD-PO-004417', 'Siwa Oasis Dates Co. S.A.E.',
                         ('Eng. Karim Mostafa', '+20 3 459 8812',
                          'Siwa Oasis Dates - Alexandria Packing Station, Borg El Arab Industrial Zone 3, Alexandria'),
                         '2027-11-01', 'USD', total, lines)])


# ============================================================ xlsx attachments
@mail
def h591_xlsx_br_belem_acai_merged_header_caixas_x_unidades():
    rows = [('Pote açaí 1 L', 'PP, tampa lacre, roxo', 300, 50, '0.21'),
            ('Pote açaí 500 ml', 'PP, tampa lacre', 400, 100, '0.14'),
            ('Colher', 'PS, embalada', 100, 1000, '0.012'),
            ('Caixa térmica', 'EPS, 12 potes 1 L', 1250, 1, '2.30')]
    lines = [L(None, '%s %s' % (n, g), c * e, p) for n, g, c, e, p in rows]
    total = m2(subtotal(lines))
    check(lines, total)
    sh = Sheet('Pedido')
    sh.set(1, 1, 'AÇAÍ DO PARÁ INDÚSTRIA E COMÉRCIO LTDA', bold=True, size=13)
    sh.merge(1, 1, 1, 8)
    sh.row(2, 1, ['Rod. Augusto Montenegro, km 9, Belém - PA  CNPJ 12.345.678/0001-90'])
    sh.row(4, 1, ['Pedido de Compra nº', '', 'PC-3318', '', 'Emissão', '03/11/2027'])
    sh.row(5, 1, ['Fornecedor', '', 'Hangzhou Hengda Packaging Materials Co., Ltd.', '', 'Moeda', 'USD'])
    sh.row(7, 1, ['Item', 'Descrição', 'Especificação', 'Quantidade', '', '', 'Preço unit.', 'Total'], bold=True, border=True)
    sh.row(8, 1, ['', '', '', 'caixas', 'un./cx', 'unidades', '', ''], bold=True, border=True)
    for c in (1, 2, 3, 7, 8):
        sh.merge(7, c, 8, c)
    sh.merge(7, 4, 7, 6)
    for i, (n, g, c, e, p) in enumerate(rows):
        r = 9 + i
        sh.row(r, 1, [i + 1, n, g, c, e], border=True)
        sh.set(r, 6, ('=D%d*E%d' % (r, r), c * e), border=True, fmt='#,##0')
        sh.set(r, 7, D(p), border=True, fmt='0.000' if len(p.split('.')[1]) == 3 else '0.00')
        sh.set(r, 8, ('=F%d*G%d' % (r, r), lt(p, c * e)), border=True, fmt='#,##0.00')
    r = 9 + len(rows)
    sh.row(r, 1, ['', 'Total do pedido', '', '', '', '', '', ''], bold=True, border=True)
    sh.set(r, 8, ('=SUM(H9:H%d)' % (r - 1), D(total)), bold=True, border=True, fmt='#,##0.00')
    sh.row(r + 2, 1, ['Local de entrega:', '', 'Porto de Vila do Conde - Armazém Transbel, Barcarena - PA'])
    sh.row(r + 3, 1, ['Recebedor:', '', 'Sr. Raimundo Nonato', '', '(91) 3754-2210', '(91) 98123-4567'])
    data = corpus_docs.xlsx_bytes([sh], creator='Compras', app_title='Microsoft Excel')
    body = ('Prezada Fang,\n\nsegue em anexo nosso pedido PC-3318 para a safra de açaí.\n\nAtenciosamente,\n'
            'Ana Cláudia Ferreira\nCompras\nAçaí do Pará Indústria e Comércio Ltda\n(91) 3246-8800\n')
    eml = with_attachments(H('Ana Cláudia Ferreira', 'compras@acaidopara.com.br', 'utf-8', 'Pedido de Compra PC-3318',
                             dh(2027, 11, 3, 10, 30, 12, -180), 'CP8PR80MB5521E6F7A8B9C0D1@CP8PR80MB5521.LAMPRD80.PROD.OUTLOOK.COM',
                             None), body, 'utf-8', 'quoted-printable', [attachment(XLSX, data, 'Pedido PC-3318.xlsx')],
                           '_004_CP8PR80MB5521E6F7A8B9C0D1CP8PR80MB5521LAMP_')
    return eml, T('xlsx', 'utf-8',
                  'A Belém (Brazil) açaí processor\'s order in Portuguese (.xlsx from Outlook): the company in capitals on top '
                  '(keyed as the signature spells it), "Pedido de Compra nº" with PC-3318 two cells on, Emissão 03/11/2027, '
                  'a merged two-row header (Quantidade over caixas / un./cx / unidades), quantities keyed in unidades (a '
                  'formula), Descrição and Especificação apart (keyed joined), a 3-decimal price, Total do pedido; delivery '
                  'to a port warehouse, two phones (keyed the first). Adds up.',
                  [order('PC-3318', 'Açaí do Pará Indústria e Comércio Ltda',
                         ('Sr. Raimundo Nonato', '(91) 3754-2210', 'Porto de Vila do Conde - Armazém Transbel, Barcarena - PA'),
                         '2027-11-03', 'USD', total, lines)])


@mail
def h592_xlsx_odoo17_et_addis_berbere_order_lines_export():
    rows = [('[SP-250] Spice jar 250 g', 'Spice jar 250 g, PET, red cap', 40000, '0.15'),
            ('[SP-POUCH] Spice pouch 1 kg', 'Spice pouch 1 kg, kraft, zip', 15000, '0.19'),
            ('[SP-LBL] Jar label', 'Jar label, 2,000 per roll', 20, '16.00'),
            ('[SP-CTN] Carton', 'Carton, 48 jars', 840, '0.90')]
    lines = [L(p.split(']')[0][1:], d, q, u) for p, d, q, u in rows]
    total = m2(subtotal(lines))
    check(lines, total)
    sh = Sheet('Sheet1')
    sh.row(1, 1, ['Order Reference', 'Vendor', 'Order Deadline', 'Currency', 'Order Lines/Product', 'Order Lines/Description',
                  'Order Lines/Quantity', 'Order Lines/Unit of Measure', 'Order Lines/Unit Price', 'Order Lines/Subtotal',
                  'Total', 'Deliver To'], bold=True)
    for i, (p, d, q, u) in enumerate(rows):
        first = i == 0
        sh.row(2 + i, 1, ['P00061' if first else None, 'Hangzhou Hengda Packaging Materials Co., Ltd.' if first else None,
                          datetime.datetime(2027, 11, 4, 9, 0, 0) if first else None, 'USD' if first else None, p, d, q,
                          'Rolls' if 'roll' in d else 'Units', D(u), lt(u, q), D(total) if first else None,
                          'Sheba Spices PLC: Bole Warehouse' if first else None])
    sh.set(2, 3, datetime.datetime(2027, 11, 4, 9, 0, 0), fmt='yyyy-mm-dd hh:mm:ss')
    data = corpus_docs.xlsx_bytes([sh], creator='', app_title=None)
    body = ('Selam Fang,\n\nI exported our RFQ-turned-PO P00061 from Odoo 17 (attached, xlsx). Please send the PI.\n'
            'Delivery: Sheba Spices PLC, Bole Warehouse, Bole Sub-city Woreda 3, near Bole Int. Airport, Addis Ababa, '
            'Ethiopia. Contact Mr. Dawit Tesfaye +251 911 234 567.\n\nAmesegenallo,\nHirut Alemu\nSheba Spices PLC\n'
            '+251 116 62 44 10\n')
    eml = with_attachments(H('Hirut Alemu', 'hirut@shebaspices.et', 'utf-8', 'P00061 - export from Odoo',
                             dh(2027, 11, 4, 14, 50, 3, 180), '1730722203.418200927.338451.7703@shebaspices.et',
                             'User-Agent: Roundcube Webmail/1.6.9'), body, 'utf-8', 'quoted-printable',
                           [attachment(XLSX, data, 'purchase.order (purchase.order).xlsx')], '=_b8c1d4e7f0a3b6c9d2e5f8a1b4c7d0e3')
    return eml, T('xlsx', 'utf-8',
                  'An Addis Ababa (Ethiopia) spice blender exports its Odoo 17 purchase order as a list (.xlsx, sent from '
                  'Roundcube): one row per order line with "Order Lines/…" headers, the order fields (Order Reference P00061, '
                  'Vendor = us, Order Deadline as a date-time cell, Currency, Total, Deliver To) only on the first row, '
                  'the product as "[SP-250] Spice jar 250 g" (the code in brackets keyed as sku) and a Description '
                  '(keyed as the title), labels in Rolls; no order date (Order Deadline is a deadline: none keyed); '
                  'the full delivery address and contact only in the mail. Adds up.',
                  [order('P00061', 'Sheba Spices PLC',
                         ('Mr. Dawit Tesfaye', '+251 911 234 567',
                          'Sheba Spices PLC, Bole Warehouse, Bole Sub-city Woreda 3, near Bole Int. Airport, Addis Ababa, Ethiopia'),
                         None, 'USD', total, lines)])


@mail
def h593_xlsx_yonsuite_hotan_jujube_untaxed_and_taxed_prices():
    rows = [('HT-001', '红枣礼盒', '2kg 手提 烫金', '个', 8000, '10.17'),
            ('HT-002', '红枣自立袋', '500g 镀铝 拉链', '个', 60000, '0.339'),
            ('HT-003', '干燥剂', '5g 独立包', '包', 100000, '0.0226'),
            ('HT-004', '外箱', '8盒装 五层', '件', 1000, '7.91')]
    lines = [L(s, '%s %s' % (n, g), q, p) for s, n, g, u, q, p in rows]
    total = m2(subtotal(lines))
    check(lines, total)
    sh = Sheet('采购订单')
    sh.set(1, 1, '采购订单', bold=True, size=15, center=True)
    sh.merge(1, 1, 1, 11)
    sh.row(2, 1, ['单据编号', 'CGDD20271105000012', '', '单据日期', '2027-11-05', '', '供应商', '杭州恒达包装材料有限公司'])
    sh.row(3, 1, ['采购组织', '和田玉枣农业发展有限公司', '', '币种', '人民币', '', '交货日期', '2027-12-10'])
    thead = ['行号', '物料编码', '物料名称', '规格', '主计量', '数量', '无税单价', '含税单价', '税率(%)', '无税金额', '价税合计']
    body_rows = []
    for i, (s, n, g, u, q, p) in enumerate(rows):
        net_p = (D(p) / D('1.13')).quantize(D('0.0001'))
        gross = D(p) * q
        body_rows.append([(i + 1) * 10, s, n, g, u, q, net_p, D(p), 13, (gross / D('1.13')).quantize(D('0.01')), gross])
    nxt = put_table(sh, 5, thead, body_rows, {6: '0.0000', 7: '0.0000', 9: '#,##0.00', 10: '#,##0.00'})
    sh.row(nxt, 1, ['合计', '', '', '', '', sum(r[4] for r in rows), '', '', '', sum(r[9] for r in body_rows), D(total)],
           bold=True, border=True)
    sh.row(nxt + 2, 1, ['收货地址', '新疆和田地区和田市 北京工业园区 玉枣路 6 号 成品仓'])
    sh.row(nxt + 3, 1, ['收货人', '艾力·买买提', '', '联系电话', '0903-2516688 / 139 9930 2417'])
    data = corpus_docs.xlsx_bytes([sh], creator='yonyou', app_title='Microsoft Excel')
    body = '恒达包装：\n\n用友YonSuite导出的采购订单，按含税价结算。\n\n和田玉枣 采购 古丽娜尔 0903-2516600\n'
    eml = with_attachments(H('古丽娜尔', 'gulnar@hotan-yuzao.com', 'utf-8', '采购订单 CGDD20271105000012', dh(2027, 11, 5, 12, 12, 31),
                             '9c2d7e1a-4b3f-4e6a-8d5c-2f1e0a9b8c7d@hotan-yuzao.com', 'X-Mailer: Microsoft Outlook 16.0'),
                           body, 'utf-8', 'base64', [attachment(XLSX, data, '采购订单CGDD20271105000012.xlsx', name_style='rfc2231')],
                           '----=_NextPart_000_0031_01DC4E2A.6B7C8D9E')
    return eml, T('xlsx', 'utf-8',
                  'A Hotan (Xinjiang) jujube company\'s 用友 YonSuite 采购订单 (.xlsx): labels and values in neighbouring '
                  'cells, 单据日期 and a later 交货日期, 行号 10/20/30/40, 物料名称 and 规格 apart (keyed joined), both '
                  '无税单价 and 含税单价 (the mail says it settles at the tax-inclusive price: keyed 含税, with 3 and 4 '
                  'decimals as written), 税率 13, 无税金额 and 价税合计 (line amounts keyed from 价税合计), 合计; units 个/包/件; '
                  'a Uyghur receiver with two phones (keyed the first). Adds up.',
                  [order('CGDD20271105000012', '和田玉枣农业发展有限公司',
                         ('艾力·买买提', '0903-2516688', '新疆和田地区和田市 北京工业园区 玉枣路 6 号 成品仓'),
                         '2027-11-05', 'CNY', total, lines)])


@mail
def h594_xlsx_numbers_ro_brasov_cozonac_per_1000_rolls():
    rows = [('Cutie cozonac', '1 kg, fereastră, mâner', 'buc', 15000, '0.58', 1),
            ('Pungă celofan', '30 x 45 cm', 'buc', 40000, '24.00', 1000),
            ('Panglică satin', 'roșie, 10 mm, rolă 100 m', 'rolă', 120, '2.40', 1),
            ('Cutie carton ondulat', '12 cutii', 'buc', 1250, '1.10', 1)]
    lines = pk([(n, g, q, p, k) for n, g, u, q, p, k in rows])
    total = m2(subtotal(lines))
    check(lines, total)
    sh = Sheet('Comandă')
    sh.row(1, 1, ['Comandă nr.', 'BV-1127'])
    sh.row(2, 1, ['Data', '08.11.2027'])
    sh.row(3, 1, ['Furnizor', 'Hangzhou Hengda Packaging'])
    sh.row(5, 1, ['Produs', 'Detalii', 'UM', 'Cantitate', 'Preț (EUR)', 'Preț pentru', 'Valoare (EUR)'], bold=True)
    for i, (n, g, u, q, p, k) in enumerate(rows):
        r = 6 + i
        sh.row(r, 1, [n, g, u, q, D(p), '1000 buc' if k > 1 else '1 ' + u])
        sh.set(r, 7, (('=D%d*E%d/1000' if k > 1 else '=D%d*E%d') % (r, r), lt(p, q, k)), fmt='#,##0.00')
    r = 6 + len(rows)
    sh.row(r, 6, ['Total'], bold=True)
    sh.set(r, 7, ('=SUM(G6:G%d)' % (r - 1), D(total)), bold=True, fmt='#,##0.00')
    sh.row(r + 2, 1, ['Livrare', 'Brutăria Carpați SRL - Depozit Ghimbav, Str. Fabricii 12, 507075 Ghimbav, Brașov'])
    sh.row(r + 3, 1, ['Persoană de contact', 'Ionuț Popescu', '0744 512 336'])
    data = corpus_docs.xlsx_bytes([sh], creator='Ioana Stan', app_title='Numbers')
    body = ('Bună ziua doamna Fang,\n\natașat comanda BV-1127 pentru Crăciun (exportată din Numbers).\n\nCu stimă,\nIoana Stan\n'
            'Brutăria Carpați SRL\nStr. Lungă 88, Brașov\n0268 412 900\n\nTrimis de pe iPad\n')
    eml = with_attachments(H('Ioana Stan', 'ioana.stan@brutariacarpati.ro', 'utf-8', 'Comanda BV-1127',
                             dh(2027, 11, 8, 18, 22, 40, 120), '3F2E1D0C-B9A8-4776-9655-443322110FED@brutariacarpati.ro',
                             'X-Mailer: iPad Mail (22B91)'), body, 'utf-8', 'quoted-printable',
                           [attachment(XLSX, data, 'Comanda BV-1127.xlsx')], 'Apple-Mail-6E5D4C3B-2A19-4087-B6F5-E4D3C2B1A098')
    return eml, T('xlsx', 'utf-8',
                  'A Brașov (Romania) bakery\'s Christmas order exported from Numbers on an iPad (.xlsx): label rows (Comandă '
                  'nr., Data 08.11.2027 as text, Furnizor), Produs and Detalii apart (keyed joined), a UM column (buc, '
                  'rolă — ribbon in rolls, keyed as written), a "Preț pentru" column: cellophane bags at 24.00 per "1000 '
                  'buc" (keyed per piece, 0.024), formula values, Total; delivery to the Ghimbav depot with a contact. '
                  'Adds up.',
                  [order('BV-1127', 'Brutăria Carpați SRL',
                         ('Ionuț Popescu', '0744 512 336', 'Brutăria Carpați SRL - Depozit Ghimbav, Str. Fabricii 12, 507075 Ghimbav, Brașov'),
                         '2027-11-08', 'EUR', total, lines)])


@mail
def h595_xlsx_ph_davao_calamansi_sheets_less_rebate_two_sheets():
    rows = [('Calamansi juice bottle', '350 ml PET, tamper cap', 50000, '0.11'),
            ('Shrink sleeve', '350 ml, 6-colour', 50000, '0.028'),
            ('Gift pack', '4 bottles, window', 5000, '0.74'),
            ('Shipping carton', '24 bottles, 5-ply', 2100, '0.82')]
    lines = [L(None, '%s %s' % (n, g), q, p) for n, g, q, p in rows]
    sub = subtotal(lines)
    reb = D('250.00')
    total = m2(sub - reb)
    check(lines, total, -reb)
    notes = Sheet('Notes')
    notes.row(1, 1, ['Artwork', 'sent 2 Nov by WeTransfer'])
    notes.row(2, 1, ['Last year PO', 'MDF-2026-077 (closed)'])
    sh = Sheet('PO MDF-2027-112')
    sh.set(1, 1, 'MINDANAO FRESH DRINKS CORP.', bold=True, size=13)
    sh.row(2, 1, ['Purchase Order', 'MDF-2027-112', '', 'Date', '11/9/2027'])
    sh.row(3, 1, ['Supplier', 'Hangzhou Hengda Packaging Materials Co., Ltd.'])
    nxt = put_table(sh, 5, ['Item', 'Specs', 'Qty', 'Unit Cost (USD)', 'Amount (USD)'],
                    [[n, g, q, D(p), lt(p, q)] for n, g, q, p in rows], {3: '0.000', 4: '#,##0.00'})
    sh.row(nxt, 4, ['Gross', D(sub)])
    sh.row(nxt + 1, 4, ['Less: volume rebate', D(-reb)])
    sh.row(nxt + 2, 4, ['NET AMOUNT', D(total)], bold=True)
    sh.row(nxt + 4, 1, ['Deliver to', 'Mindanao Fresh Drinks Corp. - Sasa Wharf Warehouse 5, Sasa, Davao City 8000'])
    sh.row(nxt + 5, 1, ['Receiving', 'Mr. Renato Dela Cruz', '0917 812 3345 / (082) 234 5567'])
    data = corpus_docs.xlsx_bytes([notes, sh], creator='', app_title=None)
    body = ('Hi Ms. Fang,\n\nAttached is our PO MDF-2027-112 (Google Sheets, the PO is on the 2nd tab). The $250 volume rebate '
            'we agreed is already deducted.\n\nThanks po,\nKristine Villanueva\nPurchasing\nMindanao Fresh Drinks Corp.\n'
            '(082) 234 5500\n')
    eml = with_attachments(H('Kristine Villanueva', 'kvillanueva@mindanaofresh.ph', 'utf-8', 'PO MDF-2027-112',
                             dh(2027, 11, 9, 9, 48, 26, 480), 'CAJx2Mn4Pq6Rs8Tu0Vw2Xy4Za6Bc8De0@mail.gmail.com', None),
                           body, 'utf-8', 'quoted-printable', [attachment(XLSX, data, 'MDF-2027-112.xlsx')],
                           '000000000000b8c9d0e1f2a3b4c5')
    return eml, T('xlsx', 'utf-8',
                  'A Davao (Philippines) calamansi-juice maker\'s Google Sheets PO (.xlsx) whose first tab is Notes (an '
                  'older closed PO number there) and the PO on the second; the company in capitals on top (keyed as the '
                  'signature spells it), a US-style date 11/9/2027 as text (9 November), Item and Specs apart (keyed '
                  'joined), a 3-decimal cost, Gross, "Less: volume rebate" -250 and NET AMOUNT (keyed); deliver to a '
                  'wharf warehouse, two phones (keyed the first). Adds up with the rebate.',
                  [order('MDF-2027-112', 'Mindanao Fresh Drinks Corp.',
                         ('Mr. Renato Dela Cruz', '0917 812 3345', 'Mindanao Fresh Drinks Corp. - Sasa Wharf Warehouse 5, Sasa, Davao City 8000'),
                         '2027-11-09', 'USD', total, lines)])


# ============================================================ xls attachments
@mail
def h596_xls_libreoffice_be_bruges_pralines_btw_remise_bilingual():
    rows = [('BAL-250', 'Pralinedoos / Boîte pralines', '250 g, goud', 20000, '0.54'),
            ('BAL-500', 'Pralinedoos / Boîte pralines', '500 g, goud', 10000, '0.78'),
            ('BAL-BAG', 'Draagtas / Sac', 'kraft, 2 dozen', 12000, '0.31'),
            ('BAL-INL', 'Inleg / Insert', 'PET, 16 vakjes', 30000, '0.065')]
    lines = [L(s, '%s %s' % (n, g), q, p) for s, n, g, q, p in rows]
    sub = subtotal(lines)
    rem = (sub * D('0.02')).quantize(D('0.01'))
    total = m2(sub - rem)
    check(lines, total, -rem)
    sh, nxt = sheet_order('Bestelbon', [(1, ['Chocolaterie Het Belfort BV']), (2, ['Markt 9, 8000 Brugge  BTW BE 0456.789.123']),
                                        (4, ['Bestelbon nr. / Bon de commande n°', '', 'BB-27-0219']),
                                        (5, ['Datum / Date', '', '10/11/2027']),
                                        (6, ['Leverancier / Fournisseur', '', 'Hangzhou Hengda Packaging Materials Co., Ltd.'])],
                          ['Ref.', 'Omschrijving / Désignation', 'Uitvoering / Exécution', 'Aantal / Qté', 'Prijs / Prix EUR',
                           'Totaal / Total EUR'],
                          [[s, n, g, q, D(p), lt(p, q)] for s, n, g, q, p in rows], {4: '0.000', 5: '#,##0.00'},
                          [(0, ['', '', '', '', 'Subtotaal', D(sub)]), (1, ['', '', '', '', 'Korting / Remise 2%', D(-rem)]),
                           (2, ['', '', '', '', 'BTW 0% (verlegd)', D(0)]), (3, ['', '', '', '', 'TOTAAL EUR', D(total)]),
                           (5, ['Leveradres / Livraison', '', 'Het Belfort BV - Magazijn, Kolvestraat 17, 8000 Brugge (haven Zeebrugge via DSV)']),
                           (6, ['Contact', '', 'Pieter Claeys', '050 44 21 90', '0476 55 12 30'])])
    data = corpus_docs.xls_bytes([sh])
    body = ('Beste mevrouw Fang, chère Madame Fang,\n\nIn bijlage onze bestelbon BB-27-0219 (LibreOffice, .xls). '
            'Ci-joint notre bon de commande.\n\nMet vriendelijke groeten / Cordialement,\nSofie Vermeulen\n'
            'Chocolaterie Het Belfort BV\n+32 50 44 21 80\n')
    eml = with_attachments(H('Sofie Vermeulen', 'sofie@hetbelfort.be', 'windows-1252', 'Bestelbon BB-27-0219',
                             dh(2027, 11, 10, 16, 7, 55, 60), 'c3d4e5f6-a7b8-4c9d-8e0f-1a2b3c4d5e6f@hetbelfort.be',
                             'User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.4.0'),
                           body, 'windows-1252', 'quoted-printable', [attachment(XLS, data, 'Bestelbon BB-27-0219.xls')],
                           '------------0D9C8B7A6F5E4D3C2B1A0F9E')
    return eml, T('xls', 'windows-1252',
                  'A Bruges (Belgium) chocolatier\'s bilingual Dutch/French bestelbon saved from LibreOffice Calc as .xls '
                  '(Thunderbird, Windows-1252 QP): "Bestelbon nr. / Bon de commande n°" with the number two cells on, Datum '
                  '10/11/2027, bilingual headers, the same box twice told apart by Uitvoering (keyed joined: name as '
                  'written with its slash, then the spec), a 3-decimal price, Subtotaal, Korting / Remise 2 %, BTW 0 % '
                  '(verlegd) and TOTAAL EUR (keyed, after the discount); delivery to the Bruges store, two phones (keyed '
                  'the first). Adds up with the discount.',
                  [order('BB-27-0219', 'Chocolaterie Het Belfort BV',
                         ('Pieter Claeys', '050 44 21 90', 'Het Belfort BV - Magazijn, Kolvestraat 17, 8000 Brugge (haven Zeebrugge via DSV)'),
                         '2027-11-10', 'EUR', total, lines)])


@mail
def h597_xls_yonyou_u8_dunhuang_apricot_two_row_title_tax_included():
    rows = [('01010', '李广杏干袋', '250g 自立 开窗', '个', 50000, '0.46'),
            ('01011', '李广杏礼盒', '1kg 飞天图案 手提', '个', 6000, '11.50'),
            ('01012', '杏皮茶瓶', '350ml PET', '个', 40000, '0.38'),
            ('02001', '纸箱', '24瓶 五层', '件', 1670, '4.50')]
    lines = [L(s, '%s %s' % (n, g), q, p) for s, n, g, u, q, p in rows]
    total = m2(subtotal(lines))
    check(lines, total)
    sh, nxt = sheet_order('采购订单', [(1, ['敦煌市飞天杏业有限公司']), (2, ['采 购 订 单']),
                                   (3, ['订单号：0000001137', '', '', '订单日期：2027-11-11', '', '供应商：恒达包装']),
                                   (4, ['部门：采购部', '', '', '业务员：张振华', '', '币种：人民币'])],
                          ['存货编码', '存货名称', '规格型号', '主计量', '数量', '原币含税单价', '原币价税合计', '计划到货日期'],
                          [[s, n, g, u, q, D(p), lt(p, q), '2027-12-01'] for s, n, g, u, q, p in rows], {5: '0.00', 6: '#,##0.00'},
                          [(0, ['合计', '', '', '', sum(r[4] for r in rows), '', D(total), '']),
                           (2, ['收货地址：甘肃省酒泉市敦煌市 七里镇 飞天杏业 加工厂 东门']),
                           (3, ['收货人：张振华  0937-8862105  18993701526']),
                           (4, ['制单：王丽  审核：张振华'])])
    data = corpus_docs.xls_bytes([sh])
    body = '方经理：\n\nU8 导出的采购订单请查收，价格都含税。12月1日前要到。\n\n敦煌飞天杏业 张振华\n'
    eml = with_attachments(H('张振华', 'zhangzh_feitian@163.com', 'gbk', '采购订单0000001137', dh(2027, 11, 11, 10, 2, 18),
                             '5e4d3c2b.1a09.18fc7d6e5f4.Coremail.zhangzh_feitian@163.com',
                             'X-Mailer: Coremail Webmail Server Version XT5.0.14 build 20240301(4d6a3e1a)'),
                           body, 'gbk', 'base64', [attachment(XLS, data, '采购订单0000001137.xls', name_style='gbk')],
                           '----=_Part_411809_1795161738.1795161738411')
    return eml, T('xls', 'gbk',
                  'A Dunhuang (Gansu) apricot company\'s 用友 U8 采购订单 saved as .xls (163 mail, GBK): the company and a '
                  'spaced title on two rows, 订单号 0000001137 with leading zeros and 订单日期 in label cells, 供应商 '
                  'shortened (恒达包装), 存货名称 and 规格型号 apart (keyed joined), 原币含税单价 and 原币价税合计, a '
                  '计划到货日期 column (not the order date), 合计 with quantities; a landline and a mobile (keyed the '
                  'first), 制单/审核 names. Adds up.',
                  [order('0000001137', '敦煌市飞天杏业有限公司',
                         ('张振华', '0937-8862105', '甘肃省酒泉市敦煌市 七里镇 飞天杏业 加工厂 东门'),
                         '2027-11-11', 'CNY', total, lines)])


@mail
def h598_xls_aspel_sae_mx_yucatan_honey_iva_tasa_cero():
    rows = [('FR-500', 'Frasco miel 500 g hexagonal', 'PZA', 30000, '0.27'),
            ('TP-63', 'Tapa metálica 63 mm dorada', 'PZA', 30000, '0.05'),
            ('ET-MIEL', 'Etiqueta miel melipona (rollo 1,000)', 'ROL', 30, '15.00'),
            ('CJ-12', 'Caja corrugada 12 frascos', 'PZA', 2500, '0.80')]
    lines = [L(s, d, q, p) for s, d, u, q, p in rows]
    total = m2(subtotal(lines))
    check(lines, total)
    sh, nxt = sheet_order('OC', [(1, ['MIELES MAYAS DE YUCATÁN, S.A. DE C.V.']), (2, ['Calle 60 No. 455, Centro, Mérida, Yuc.  RFC MMY980512AB3']),
                                 (4, ['ORDEN DE COMPRA', '', 'O0000743', '', 'Fecha', '12/11/2027']),
                                 (5, ['Proveedor', '', 'HANGZHOU HENGDA PACKAGING', '', 'Moneda', 'Dólares (USD)'])],
                          ['Clave', 'Descripción', 'Unidad', 'Cantidad', 'Costo', 'Importe'],
                          [[s, d, u, q, D(p), lt(p, q)] for s, d, u, q, p in rows], {4: '0.00', 5: '#,##0.00'},
                          [(0, ['', '', '', '', 'Subtotal', D(total)]), (1, ['', '', '', '', 'IVA 0%', D(0)]),
                           (2, ['', '', '', '', 'Total', D(total)]),
                           (4, ['Entregar en: Bodega Progreso, Carretera Mérida-Progreso km 24, Progreso, Yuc.']),
                           (5, ['Atención: Ing. Luis Chan Pech  999 934 1122  cel. 999 155 6677']),
                           (7, ['Elaboró: Gabriela Canul', '', '', 'Autorizó: José May'])])
    data = corpus_docs.xls_bytes([sh])
    body = ('Buen día Sra. Fang,\n\nle envío la orden de compra O0000743 generada en Aspel SAE (xls).\n\nSaludos,\n'
            'Gabriela Canul\nCompras\nMieles Mayas de Yucatán, S.A. de C.V.\n999 924 0011\n')
    eml = with_attachments(H('Gabriela Canul', 'compras@mielesmayas.com.mx', 'iso-8859-1', 'Orden de compra O0000743',
                             dh(2027, 11, 12, 9, 5, 40, -360), '002801dc5517$1b2c3d4e$5f6a7b8c$@mielesmayas.com.mx',
                             'X-Mailer: Microsoft Outlook 16.0'),
                           body, 'iso-8859-1', 'quoted-printable', [attachment(XLS, data, 'OC_O0000743.xls')],
                           '----=_NextPart_000_0029_01DC5517.1B2C3D4E')
    return eml, T('xls', 'iso-8859-1',
                  'A Mérida (Yucatán, Mexico) honey packer\'s Aspel SAE orden de compra (.xls, Outlook ISO-8859-1 QP): '
                  'the company in capitals with its RFC on top (keyed as the signature spells it), "ORDEN DE COMPRA" with '
                  'O0000743 two cells on, Fecha 12/11/2027 (12 November), Moneda "Dólares (USD)", Clave and one '
                  'Descripción, Unidad PZA / ROL (labels in rolls, keyed as written), Subtotal, IVA 0 % and Total; '
                  'delivery to the Progreso warehouse, two phones (keyed the first). Adds up.',
                  [order('O0000743', 'Mieles Mayas de Yucatán, S.A. de C.V.',
                         ('Ing. Luis Chan Pech', '999 934 1122', 'Bodega Progreso, Carretera Mérida-Progreso km 24, Progreso, Yuc.'),
                         '2027-11-12', 'USD', total, lines)])


# ============================================================ CSV attachments
@mail
def h599_csv_wangdiantong_lhasa_incense_gbk_remarks():
    rows = [('XC-01', '藏香盒', '30支装 木盒 雕花', '个', 6000, '5.20'),
            ('XC-02', '藏香筒', '牛皮纸 直径3cm', '个', 10000, '1.15'),
            ('XC-03', '哈达礼袋', '绒布 抽绳', '个', 8000, '0.85'),
            ('XC-04', '外箱', '50盒 五层', '件', 120, '9.00')]
    lines = [L(s, '%s %s' % (n, g), q, p) for s, n, g, u, q, p in rows]
    total = m2(subtotal(lines))
    check(lines, total)
    tab = [['采购单号', '供应商', '采购日期', '商家编码', '货品名称', '规格名称', '单位', '采购数量', '采购价', '采购金额', '备注']]
    tab += [['CG2711150003', '杭州恒达包装材料有限公司', '2027-11-15', s, n, g, u, q, p, m2(lt(p, q)),
             '印"雪域"字样' if s == 'XC-01' else ''] for s, n, g, u, q, p in rows]
    tab += [['合计', '', '', '', '', '', '', sum(r[4] for r in rows), '', total, '']]
    data = corpus_docs.csv_text(tab).encode('gbk')
    body = ('恒达：\n\n旺店通导出的采购单（CSV）附上。\n\n收货：西藏拉萨市城关区 八廓街 东孜苏路 18 号 雪域香坊 后院仓库\n'
            '联系人：扎西平措 0891-6328810，手机 13908908826\n\n拉萨雪域香坊商贸有限公司 白玛\n')
    eml = with_attachments(H('白玛', 'baima@xueyu-xiangfang.com', 'gbk', '采购单CG2711150003', dh(2027, 11, 15, 11, 33, 20),
                             'tencent_9F8E7D6C5B4A39281706F5E4@qq.com', 'X-QQ-Mailer: QQMail 2.x'),
                           body, 'gbk', 'base64', [attachment('text/csv', data, '采购单_CG2711150003.csv', name_style='gbk')],
                           '----=_NextPart_9F8E7D6C_5B4A3928_1706F5E4')
    return eml, T('csv', 'gbk',
                  'A Lhasa incense shop\'s 旺店通 purchase-order export (GBK CSV, QQ Mail): order number, supplier (us) and '
                  'date repeated on every row, 商家编码, 货品名称 and 规格名称 apart (keyed joined), a 备注 with a print '
                  'note in quotes on one row, 合计 with quantities; the receiver, two phones (keyed the first) and the '
                  'company only in the mail. Adds up.',
                  [order('CG2711150003', '拉萨雪域香坊商贸有限公司',
                         ('扎西平措', '0891-6328810', '西藏拉萨市城关区 八廓街 东孜苏路 18 号 雪域香坊 后院仓库'),
                         '2027-11-15', 'CNY', total, lines)])


@mail
def h600_csv_ie_kerry_fudge_sage_bom_vat_column_gbp_eur():
    rows = [('FDG-150', 'Fudge gift box 150g, kraft', 12000, '0.44'),
            ('FDG-BAR', 'Fudge bar wrapper, printed', 60000, '0.03'),
            ('FDG-TIN', 'Fudge tin 300g, Celtic pattern', 4000, '1.55'),
            ('FDG-CTN', 'Outer case 24 boxes', 700, '0.95')]
    lines = [L(s, d, q, p) for s, d, q, p in rows]
    total = m2(subtotal(lines))
    check(lines, total)
    tab = [['Type', 'Reference', 'Date', 'Supplier', 'Product Code', 'Description', 'Quantity', 'Unit Price', 'Net', 'VAT Rate',
            'VAT', 'Currency']]
    tab += [['Purchase Order', 'KF-PO-0093', '16/11/2027', 'HENGDA01', s, d, q, p, m2(lt(p, q)), 'Zero rated 0%', '0.00', 'EUR']
            for s, d, q, p in rows]
    data = b'\xef\xbb\xbf' + corpus_docs.csv_text(tab).encode('utf-8')
    body = ('Hi Fang,\n\nOur PO KF-PO-0093 attached as CSV from Sage Accounting (the PDF layout is broken since their update). '
            'Total EUR %s. Ignore the sterling price list I sent last week (GBP 0.38 for the box) - these are the agreed euro '
            'prices.\n\nDeliver to: Kerry Fudge Co., Unit 4, Tralee Business Park, Tralee, Co. Kerry, V92 X2T6, Ireland\n'
            'Goods in: Siobhán O\'Connor 066 712 4455\n\nThanks a million,\nDeclan Moriarty\nKerry Fudge Co. Ltd\n'
            '+353 66 712 4400\n' % usd(total))
    eml = with_attachments(H("Declan Moriarty", 'declan@kerryfudge.ie', 'utf-8', 'PO KF-PO-0093',
                             dh(2027, 11, 16, 12, 41, 9, 0), 'DB8PR02MB5899A0B1C2D3E4F5@DB8PR02MB5899.eurprd02.prod.outlook.com',
                             None), body, 'utf-8', 'quoted-printable',
                           [attachment('text/csv', data, 'PurchaseOrder_KF-PO-0093.csv')],
                           '_002_DB8PR02MB5899A0B1C2D3E4F5DB8PR02MB5899eurp_')
    return eml, T('csv', 'utf-8',
                  'A Tralee (Kerry, Ireland) fudge maker\'s Sage Accounting purchase-order CSV (UTF-8 with BOM): Type, '
                  'Reference, Date 16/11/2027 and a supplier code on every row, Product Code and one Description, Net, '
                  'a VAT Rate "Zero rated 0%" and VAT columns, Currency EUR; no total row (the total is in the mail); the '
                  'mail mentions an old GBP price to be ignored (mixed currencies); delivery and goods-in contact only in '
                  'the mail. Adds up.',
                  [order('KF-PO-0093', 'Kerry Fudge Co. Ltd',
                         ("Siobhán O'Connor", '066 712 4455', 'Kerry Fudge Co., Unit 4, Tralee Business Park, Tralee, Co. Kerry, V92 X2T6, Ireland'),
                         '2027-11-16', 'EUR', total, lines)])


@mail
def h601_csv_qinsi_turpan_raisins_utf8_cases_per_case_total_row():
    rows = [('葡萄干自立袋', '500g 绿色 开窗', 100, 200, '0.32'),
            ('葡萄干礼盒', '1kg 手提 烫金', 50, 40, '8.40'),
            ('干燥剂', '3g', 20, 2000, '0.02'),
            ('封口夹', '塑料 10cm', 10, 500, '0.09')]
    lines = [L(None, '%s %s' % (n, g), c * e, p) for n, g, c, e, p in rows]
    total = m2(subtotal(lines))
    check(lines, total)
    tab = [['吐鲁番丝路果业 采购单'], ['单号', 'TLF-1117', '日期', '2027/11/17'], [],
           ['商品', '规格', '箱数', '每箱数量', '总数量', '单价', '金额']]
    tab += [[n, g, c, e, c * e, p, m2(lt(p, c * e))] for n, g, c, e, p in rows]
    tab += [['合计', '', sum(r[2] for r in rows), '', '', '', total]]
    data = corpus_docs.csv_text(tab).encode('utf-8')
    body = ('恒达包装你好：\n\n秦丝进销存导出来的采购单（CSV）。数量按总数量算。\n\n'
            '送货：新疆吐鲁番市高昌区 葡萄沟 丝路果业 晾房 2 号库\n联系 买买提·吾斯曼 0995-8523316\n\n'
            '吐鲁番丝路果业有限公司 李娟 189 9959 0123\n')
    eml = with_attachments(H('李娟', 'lijuan@silu-guoye.cn', 'utf-8', '采购单 TLF-1117', dh(2027, 11, 17, 17, 2, 44),
                             'e9d8c7b6-a5f4-4e3d-9c2b-1a0f9e8d7c6b@silu-guoye.cn', 'X-Mailer: DingTalk Mail'),
                           body, 'utf-8', 'base64', [attachment('text/csv', data, 'TLF-1117.csv', name_style='rfc2231')],
                           '----=_Part_92211_1795421764.1795421764092')
    return eml, T('csv', 'utf-8',
                  'A Turpan (Xinjiang) raisin company\'s 秦丝进销存 export (UTF-8 CSV without BOM, DingTalk Mail): a title '
                  'row, 单号 and 日期 2027/11/17 on one row, an empty row, 箱数 / 每箱数量 / 总数量 columns (quantities keyed '
                  'from 总数量, as the mail says), 商品 and 规格 apart (keyed joined), a 合计 row summing cases only and the '
                  'amount; delivery to a drying-house store with a Uyghur contact. Adds up.',
                  [order('TLF-1117', '吐鲁番丝路果业有限公司',
                         ('买买提·吾斯曼', '0995-8523316', '新疆吐鲁番市高昌区 葡萄沟 丝路果业 晾房 2 号库'),
                         '2027-11-17', 'CNY', total, lines)])


# ============================================================ not orders
@mail
def h602_non_fj_resort_rfq_fastmail_quantities_budget_no_prices():
    body = """Bula Hengda team,

We are a resort group on the Coral Coast and want to replace plastic amenities next year. Could you quote
the following, CIF Suva, with MOQ and lead time? Quantities are estimates for 12 months.

  Item                                   Spec                              Est. qty / year
  Kraft amenity box                      for soap, shampoo bar, comb       60,000
  Bamboo toothbrush sleeve               kraft paper, printed 1 colour     80,000
  Laundry bag                            non-woven, drawstring, logo       20,000
  Takeaway box                           sugarcane pulp, 2 compartments    40,000

Our budget is around USD 25,000 for the year; we are comparing three suppliers and will decide in January.
Samples to: Coral Coast Resorts Pte Ltd, Queens Road, Korolevu, Fiji - attn Mere Tuilagi, +679 653 0100.

Vinaka,
Mere Tuilagi
Purchasing & Sustainability
Coral Coast Resorts Pte Ltd
"""
    eml = single(H('Mere Tuilagi', 'mere@coralcoastresorts.com.fj', 'utf-8', 'RFQ - eco amenity packaging 2028',
                   dh(2027, 11, 18, 10, 14, 2, 720), 'a0b1c2d3-e4f5-4a6b-8c7d-9e0f1a2b3c4d@app.fastmail.com',
                   'User-Agent: Cyrus-JMAP/3.11.0-alpha0-1012-g9a8b7c6d5-fm-20271101'), body, 'utf-8', 'quoted-printable')
    return eml, T('none', 'utf-8',
                  'NOT an order: a Coral Coast (Fiji) resort group asks for a quotation from Fastmail: a space-aligned table '
                  'of items, specs and estimated yearly quantities, no prices, a yearly budget in USD, "comparing three '
                  'suppliers", a samples address. A quotation request for sales; nothing is keyed.', [])


@mail
def h603_non_yanji_duizhangdan_statement_deposit_payment_balance():
    tab = spaced([('日期', '单号', '摘要', '应付金额', '已付', '余额'),
                  ('2027-09-22', 'YB-KC-270922', '泡菜包装 定金30%', '', '16,980.00', ''),
                  ('2027-10-18', 'YB-KC-270922', '泡菜包装 到货', '56,600.00', '', '39,620.00'),
                  ('2027-10-30', 'HD-27-1188', '补发封口胶带 50卷', '200.00', '', '39,820.00'),
                  ('2027-11-20', '', '电汇', '', '30,000.00', '9,820.00')],
                 [12, 14, 22, 12, 12, 12], right=(3, 4, 5))
    body = """恒达包装 财务 / 方经理：

请核对 10-11 月对账单（截至 2027-11-20）：

%s

期末余额 9,820.00 元，12 月 10 日前付清。如有不符请三日内回复。

延边金达莱食品有限公司 财务部 崔明花
0433-2856110
""" % tab
    eml = single(H('崔明花', 'cuimh@jindalai-food.cn', 'utf-8', '对账单 2027年10-11月 延边金达莱',
                   dh(2027, 11, 21, 9, 30, 44), '2027112109304401-1192.jindalai-food.cn@alimail.com',
                   'X-Mailer: Alimail-Mailagent revision 12.0'), body, 'utf-8', 'base64')
    return eml, T('none', 'utf-8',
                  'NOT an order: the Yanji kimchi maker\'s (h568) accounts send a 对账单 (statement) with its order number, '
                  'the deposit, the goods received, a resent tape line with our own invoice number, a payment and the '
                  'balance, columns aligned by spaces. It goes to accounts; nothing is keyed.', [])


@mail
def h604_non_mombasa_forwarder_arrival_notice_lpo_reference():
    body = """ARRIVAL NOTICE / DELIVERY ORDER REQUEST

To: Kilifi Cashew Company Ltd (cc: Hangzhou Hengda Packaging Materials Co., Ltd.)
Our ref: BCF/IMP/27/11842
Your LPO: KCC/LPO/2027/0412

Vessel: MSC ANNA  Voy. 247W    ETA Mombasa: 02 Dec 2027
B/L No.: MEDUH1234567     Container: MSCU 123456-7 (1 x 40'HC)
Shipper: Hangzhou Hengda Packaging Materials Co., Ltd., Ningbo
Goods: packaging materials, 1,960 cartons, gross 11,420 kg

Charges due before release (KES):
  Port charges                     48,500.00
  Clearing & documentation         35,000.00
  Transport Mombasa - Kilifi       62,000.00
  Total KES                       145,500.00

Please send the original B/L and the IDF, and pay to our account before 30 Nov.

Hassan Omar
Bahari Clearing & Forwarding Ltd
Moi Avenue, Bahari House 3rd floor, Mombasa | +254 722 415 006
"""
    eml = single(H('Bahari Clearing & Forwarding', 'imports@bahariclearing.co.ke', 'utf-8',
                   'ARRIVAL NOTICE BCF/IMP/27/11842 - KCC/LPO/2027/0412 - MSC ANNA 247W', dh(2027, 11, 24, 15, 20, 3, 180),
                   'FR2P281MB0091A2B3C4D5E6F7@FR2P281MB0091.DEUP281.PROD.OUTLOOK.COM', None,
                   to='wkamau@kilificashew.co.ke', extra=('Cc: orders@hengda-pack.cn',)),
                 body, 'utf-8', 'quoted-printable')
    return eml, T('none', 'utf-8',
                  'NOT an order: the Mombasa clearing agent of h581 sends an arrival notice to the buyer, copied to us: '
                  'vessel, B/L, container, the LPO number, carton count and weight, and its own charges in KES with a '
                  'Total. Nothing is keyed.', [])


@mail
def h605_non_uji_complaint_iso2022jp_color_quoting_order():
    body = """恒達包装 方様

お世話になっております。宇治茶園の山本です。

11月28日に納品いただいた抹茶缶（発注番号 UJ-HC-271018）ですが、
金色が見本より暗く、約2,000缶は店頭に出せない状態です。
写真を別便でお送りします。作り直し、または次回発注分からの値引きをご検討ください。

ご回答をお待ちしております。

株式会社 宇治茶園
購買課 山本 美咲
TEL 0774-21-3456

-----Original Message-----
発注番号：UJ-HC-271018
1　抹茶缶　40g 丸缶 金　10,000個　@58円　580,000円
2　アルミ袋　100g チャック付　30,000枚　@1,850円/100枚　555,000円
合計金額　1,534,000円
"""
    eml = single(H('山本 美咲', 'm.yamamoto@ujichaen.co.jp', 'iso-2022-jp', '抹茶缶の色について（UJ-HC-271018）',
                   dh(2027, 11, 30, 11, 2, 17, 540), '20271130110217.7C3B92D1@ujichaen.co.jp', 'X-Mailer: Becky! ver. 2.81.04'),
                 body, 'iso-2022-jp', '7bit')
    return eml, T('none', 'iso-2022-jp',
                  'NOT an order: the Uji matcha house (h579) complains in Japanese (ISO-2022-JP) that the gold of 2,000 tins '
                  'is darker than the sample and asks for a remake or a discount, above part of its own order (number, two '
                  'lines, 合計金額). A complaint for sales; nothing is keyed.', [])


@mail
def h606_non_owa_read_receipt_curico_orden_0588():
    body = """Su mensaje

   Para: Paula Contreras
   Asunto: RE: Orden de compra N° 0588 - confirmación y PI HD-PI-27-1101
   Enviado: miércoles, 3 de noviembre de 2027 9:12:40 (UTC-03:00) Santiago

fue leído el miércoles, 3 de noviembre de 2027 10:05:18 (UTC-03:00) Santiago.
"""
    eml = single(H('Paula Contreras', 'pcontreras@nogalesdelmaule.cl', 'utf-8',
                   'Leído: RE: Orden de compra N° 0588 - confirmación y PI HD-PI-27-1101', dh(2027, 11, 3, 10, 5, 18, -180),
                   'SCYP152MB0456B7C8D9E0F1A2@SCYP152MB0456.LAMP152.PROD.OUTLOOK.COM', None,
                   extra=('X-MS-Exchange-Organization-SCL: -1', 'Auto-Submitted: auto-replied')),
                 body, 'utf-8', 'quoted-printable')
    return eml, T('none', 'utf-8',
                  'NOT an order: an Outlook on the web read receipt ("Leído:") from the Curicó walnut grower (h586) for our '
                  'reply about its order 0588, the subject and text naming the order and our PI. Nothing is keyed.', [])


if __name__ == '__main__':
    run(HERE, MAILS, sys.argv[1:])  # write the mails here
