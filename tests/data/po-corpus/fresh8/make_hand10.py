#!/usr/bin/python3
"""Hand-written purchase-order mails h327–h366 (the tenth untuned set).

Written one by one as customers of 杭州恒达包装材料有限公司 send them,
without reading the extractor and without running orderctl or the score
script on them, while rules were tuned on fresh/ to fresh7/; each
function gives the mail and the truth a careful order clerk would key in
(notes say when the clerk holds it). MIME helpers are imported from
make_hand2.py to make_hand9.py; attachments use ../corpus_docs.py:

    /usr/bin/python3 tests/data/po-corpus/fresh8/make_hand10.py [hNNN ...]
"""
import datetime
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
UP = os.path.dirname(HERE)
for sub in ('fresh7', 'fresh6', 'fresh5', 'fresh4', 'fresh3', 'fresh2', 'fresh', 'hand', ''):
    sys.path.insert(0, os.path.join(UP, sub) if sub else UP)

import corpus_docs  # noqa: E402
import make_hand2  # noqa: E402
from corpus_docs import Sheet  # noqa: E402
from make_hand2 import (D, m2, ln, addr, attachment, message, truth)  # noqa: E402
from make_hand3 import single, with_attachments, cells_html, XLSX  # noqa: E402
from make_hand4 import hdr, alt, check, XLS  # noqa: E402
from make_hand5 import order, exact  # noqa: E402
from make_hand6 import amt, MSO  # noqa: E402
from make_hand7 import lines_of, subtotal  # noqa: E402
from make_hand9 import dh, daxie  # noqa: E402

MAILS = []


def mail(fn):
    MAILS.append(fn)
    return fn


def eu(v, places=2):
    """1.234,50 (dot thousands, decimal comma)."""
    s = ('{:,.%df}' % places).format(D(v))
    return s.replace(',', ' ').replace('.', ',').replace(' ', '.')


def cols(rows, widths, right=()):
    """Rows padded to fixed widths, as a text ERP or a person with spaces lays them out."""
    out = []
    for r in rows:
        cells = []
        for i, (v, w) in enumerate(zip(r, widths)):
            v = str(v)
            cells.append(v.rjust(w) if i in right else v.ljust(w))
        out.append(''.join(cells).rstrip())
    return '\n'.join(out)


def grid_pdf(head, table, widths, tail, title, author, font='hei', align=None, size=9):
    """A PDF: header lines (x, text, size) from the top, a ruled table, tail lines."""
    def build(c, fn, ps):
        w, h = ps
        y = h - 50
        for x, t, sz in head:
            c.setFont(fn, sz)
            if x == 'c':
                c.drawCentredString(w / 2, y, t)
            elif x == 'r':
                c.drawRightString(w - 45, y, t)
            else:
                c.drawString(x, y, t)
            y -= sz + 6
        y = corpus_docs.draw_grid_table(c, fn, 45, y - 4, widths, table, size=size, align=align)
        y -= 16
        for x, t, sz in tail:
            c.setFont(fn, sz)
            if x == 'r':
                c.drawRightString(w - 45, y, t)
            else:
                c.drawString(x, y, t)
            y -= sz + 6
    return corpus_docs.pdf_bytes(build, title, author, font)


# ============================================================ plain text bodies
@mail
def h327_guizhou_baijiu_gbk_tax_freight_jian():
    rows = [('MT-HZ-500', '酱香型白酒礼盒 500ml 双支装 天地盖 烫金', '套', 6000, '8.60'),
            ('MT-WX-6', '外箱 六支装 五层瓦楞 印刷', '个', 2000, '4.20'),
            ('MT-SD-01', '手提袋 白卡 覆哑膜', '个', 6000, '1.35'),
            ('MT-FW-02', '防伪标签 镭射 带编码', '张', 12000, '0.08')]
    lines = lines_of(rows, qty=3, price=4)
    sub = subtotal(lines)
    freight = D('1800')
    total = m2(sub + freight)
    check(lines, total, freight)
    tab = '\n'.join('%d、%s %s，%s%s，单价%s元，金额%s元' % (i + 1, s, t, '{:,}'.format(q), u, p, amt(D(p) * q))
                    for i, (s, t, u, q, p) in enumerate(rows))
    body = """杭州恒达包装 钱经理：

您好！春节酒水旺季，我厂追加包材订单如下（价格均含13%%增值税）：

采购订单号：RH-2701-0086
下单时间：2027年1月6日

%s

货款小计：%s元
运费（到仁怀，德邦物流）：%s元
订单总金额：%s元（%s）

收货地址：贵州省遵义市仁怀市茅台镇 观音寺村 酱香酒业园区 B3 栋
收货人：罗国富  电话：0851-22389116 / 18685266730
开票：专票，抬头同合同。

礼盒烫金颜色按上次样品，1月20日前务必到厂。

贵州仁怀茅乡酱香酒业有限公司
采购部 王倩
""" % (tab, amt(sub), amt(freight), amt(D(total)), daxie(total))
    eml = single(hdr(addr('王倩', 'wangqian@maoxiang-jiu.com', 'gbk'), '茅乡酒业追加包材订单 RH-2701-0086（急）',
                     dh(2027, 1, 6, 10, 4, 51), '202701061004512217604@maoxiang-jiu.com',
                     'X-Mailer: Foxmail 7.2.25.375[cn]', 'gbk'), body, 'gbk', 'base64')
    return eml, truth('hand-guizhou-baijiu-gbk-tax-freight-jian', 'body', 'gbk',
                      'A Renhuai baijiu distillery (Foxmail, GBK base64): items as numbered sentences "1、SKU 品名，6,000套，'
                      '单价8.60元，金额51,600.00元" instead of a table, a 货款小计, a 运费 line and 订单总金额 with the 大写 '
                      'in brackets; "价格均含13%增值税" is a remark, not a tax line. Two phones for the receiver (keyed '
                      'the first). Adds up with the freight.',
                      [order('RH-2701-0086', '贵州仁怀茅乡酱香酒业有限公司',
                             ('罗国富', '0851-22389116', '贵州省遵义市仁怀市茅台镇 观音寺村 酱香酒业园区 B3 栋'),
                             '2027-01-06', 'CNY', total, lines)])


@mail
def h328_shanxi_vinegar_dingtalk_approval_forward():
    rows = [('老陈醋玻璃瓶瓶标 500ml 不干胶', 100000, '0.045'),
            ('礼盒 两瓶装 牛皮纸 手提', 8000, '5.80'),
            ('纸箱 12瓶装 五层 K=K', 6000, '3.95'),
            ('瓶口收缩膜 PVC', 100000, '0.018')]
    lines = exact([ln(None, t, q, p) for t, q, p in rows], ['0.045', None, None, '0.018'])
    total = m2(subtotal(lines))
    check(lines, total)
    items = '\n'.join('明细%d\n物品名称：%s\n数量：%d\n单价（元）：%s\n金额（元）：%s\n' % (i + 1, t, q, p, m2(D(p) * q))
                      for i, (t, q, p) in enumerate(rows))
    body = """恒达：
采购申请已经批了，下面是钉钉审批内容，直接按这个下单，订单号用采购单号那个。

张建军
太原清徐 晋源醋业 采购
手机：13903518872

-------- 转发的审批 --------
【钉钉】审批通过
审批编号：202701071523000187634
申请人：张建军
所在部门：采购部
审批类型：采购申请
采购单号：JY-CG-20270107-03
供应商：杭州恒达包装材料有限公司
期望交付日期：2027-01-25
%s
总价（元）：%s
收货地址：山西省太原市清徐县 徐沟镇 醋业工业园 晋源醋业 包材库
收货人：刘师傅 0351-5722306
审批人：郭总（已同意）2027-01-07 16:02
抄送人：财务部 赵丽
来自钉钉 · 审批
""" % (items, m2(D(total)))
    eml = single(hdr(addr('张建军', 'zhangjj@jinyuan-cu.com', 'gbk'), 'Fw: 审批通过 - 采购申请 JY-CG-20270107-03',
                     dh(2027, 1, 7, 16, 20, 8), 'DM6PR11MB2345ABCDEF0123@jinyuan-cu.com', 'X-Mailer: DingTalk Mail',
                     'utf-8'), body, 'utf-8', 'base64')
    return eml, truth('hand-shanxi-vinegar-dingtalk-approval-forward', 'body', 'utf-8',
                      'A Qingxu vinegar maker forwards a DingTalk approval as text: one "明细n" block of label lines per '
                      'item (物品名称 / 数量 / 单价（元） / 金额（元）), no SKUs, a long 审批编号 that is not the order '
                      'number (the mail says to use 采购单号), 期望交付日期 which is no order date, and approval and cc '
                      'lines naming people who are not the receiver. No order date is stated (the approval time is not '
                      'one). Adds up.',
                      [order('JY-CG-20270107-03', '晋源醋业',
                             ('刘师傅', '0351-5722306', '山西省太原市清徐县 徐沟镇 醋业工业园 晋源醋业 包材库'),
                             None, 'CNY', total, lines)])


@mail
def h329_jilin_ginseng_two_stores_gb18030_qp():
    a = [('SH-LH-6', '人参礼盒 6支装 植绒内托', '个', 1500, '12.50'),
         ('SH-SD-1', '手提袋 特种纸', '个', 1500, '2.10')]
    b = [('SH-LH-6', '人参礼盒 6支装 植绒内托', '个', 800, '12.50'),
         ('SH-ZB-1', '真空包装袋 单支', '个', 10000, '0.26'),
         ('SH-SD-1', '手提袋 特种纸', '个', 800, '2.10')]
    la, lb = lines_of(a, qty=3, price=4), lines_of(b, qty=3, price=4)
    ta, tb = m2(subtotal(la)), m2(subtotal(lb))

    def block(rows):
        return '\n'.join('  %s  %s  %s%s × %s = %s' % (s, t, q, u, p, amt(D(p) * q)) for s, t, u, q, p in rows)
    body = """恒达包装 您好：

年货季两个门店分别下单，请分开发货、分开开票。

一、长春门店
订单号：CBS-CC-0112
%s
  小计：%s元
  收货：吉林省长春市南关区 人民大街 3388 号 长白山参茸行 后院库房  孙丽 13604318825

二、通化门店
订单号：CBS-TH-0112
%s
  小计：%s元
  收货：吉林省通化市东昌区 新华大街 76 号 长白山参茸行 通化店  金美兰 13943579021

两单都是2027年1月12日下的，货款月结。

吉林省长白山参茸贸易有限公司
采购 姜红
0431-88926630
""" % (block(a), amt(D(ta)), block(b), amt(D(tb)))
    eml = single(hdr(addr('姜红', 'jianghong@cbs-shenrong.cn', 'gb18030'), '长白山参茸 两个门店订单',
                     dh(2027, 1, 12, 14, 3, 40), 'tencent_5C1D3E7F9A2B4C6D8E0F1A3B5C7D9E2F40@cbs-shenrong.cn',
                     'X-Mailer: Tencent Exmail', 'gb18030'), body, 'gb18030', 'quoted-printable')
    return eml, truth('hand-jilin-ginseng-two-stores-gb18030-qp', 'body', 'gb18030',
                      'A Changchun ginseng trader (Tencent Exmail, GB18030 quoted-printable) orders for two stores in '
                      'one mail: 一、长春门店 / 二、通化门店, each with its own 订单号, "SKU 品名 1500个 × 12.50 = 18,750.00" '
                      'lines, a 小计 and a receiver line with name and mobile after the address. The date of both is '
                      'stated once below ("两单都是2027年1月12日下的"). Two orders, each adds up.',
                      [order('CBS-CC-0112', '吉林省长白山参茸贸易有限公司',
                             ('孙丽', '13604318825', '吉林省长春市南关区 人民大街 3388 号 长白山参茸行 后院库房'),
                             '2027-01-12', 'CNY', ta, la),
                       order('CBS-TH-0112', '吉林省长白山参茸贸易有限公司',
                             ('金美兰', '13943579021', '吉林省通化市东昌区 新华大街 76 号 长白山参茸行 通化店'),
                             '2027-01-12', 'CNY', tb, lb)])


@mail
def h330_lk_cinnamon_usd_words_slash_dash():
    rows = [('Kraft stand-up pouch 250g with zip, 2 col print', 'pcs', 40000, '0.095'),
            ('Kraft stand-up pouch 1kg with zip, 2 col print', 'pcs', 15000, '0.185'),
            ('Tin tube 80g, cinnamon sticks, embossed lid', 'pcs', 6000, '0.62'),
            ('Master carton 5 ply 50x40x35', 'pcs', 1200, '1.40')]
    lines = exact([ln(None, t, q, p) for t, u, q, p in rows], ['0.095', '0.185', None, None])
    total = m2(subtotal(lines))
    check(lines, total)
    assert total == '11975.00', total
    tab = cols([('No', 'Description', 'Qty', 'Unit', 'Rate US$', 'Amount US$')] +
               [(i + 1, t, '{:,}'.format(q), u, p, amt(D(p) * q) + '/-') for i, (t, u, q, p) in enumerate(rows)],
               [4, 50, 9, 6, 10, 14], right=(2, 4, 5))
    body = """Dear Madam,

Greetings from Galle!

With reference to your quotation HD-Q-2612-077 we are pleased to place our order as follows.

P.O. No : CSE/IMP/027/2027
Date    : 08/01/2027

%s
                                                        TOTAL US$ %s/-

(US Dollars Eleven Thousand Nine Hundred Seventy Five Only)

Delivery : CIF Colombo, by sea
Ship to  : Ceylon Spice Exports (Pvt) Ltd, No. 42, Wakwella Road, Galle 80000, Sri Lanka
Attn     : Mr. Nuwan Jayasekara, +94 77 312 4408

Kindly send the Proforma Invoice for our LC.

Thanking you,
Yours faithfully,
for CEYLON SPICE EXPORTS (PVT) LTD

Dilani Perera
Manager - Imports
Tel: +94 91 223 4571
""" % (tab, amt(D(total)))
    eml = single(hdr('"Dilani Perera" <imports@ceylonspiceexports.lk>', 'PURCHASE ORDER - CSE/IMP/027/2027',
                     dh(2027, 1, 8, 11, 22, 5, 330), '000901db61d7$2a3b4c5d$6e7f8091$@ceylonspiceexports.lk',
                     'X-Mailer: Microsoft Outlook 15.0'), body, 'us-ascii', '7bit')
    return eml, truth('hand-lk-cinnamon-usd-words-slash-dash', 'body', 'us-ascii',
                      'A Galle spice exporter\'s letter-style PO (Outlook 2013, plain ASCII): a quotation number in the '
                      'first sentence that is not the order number, "P.O. No : CSE/IMP/027/2027", a D/M date 08/01/2027 '
                      '(8 January), a space-aligned table with "Rate US$", amounts ending in "/-", "TOTAL US$ 11,975.00/-" '
                      'and the amount in words. Adds up.',
                      [order('CSE/IMP/027/2027', 'Ceylon Spice Exports (Pvt) Ltd',
                             ('Mr. Nuwan Jayasekara', '+94 77 312 4408',
                              'Ceylon Spice Exports (Pvt) Ltd, No. 42, Wakwella Road, Galle 80000, Sri Lanka'),
                             '2027-01-08', 'USD', total, lines)])


@mail
def h331_bd_garments_line_amount_wrong_long_subject_hold():
    rows = [('PB-3040', 'Poly bag with warning text, LDPE 30x40cm + 5cm flap', 120000, '0.021', '2520.00'),
            ('PB-4050', 'Poly bag with warning text, LDPE 40x50cm + 5cm flap', 80000, '0.028', '2420.00'),
            ('CT-6040', 'Export carton 7 ply 60x40x40cm, 2 col print', 9000, '1.85', '16650.00'),
            ('HT-01', 'Hang tag 300gsm art card, with string', 200000, '0.012', '2400.00')]
    lines = [ln(s, t, q, p, total) for s, t, q, p, total in rows]
    lines = exact(lines, ['0.021', '0.028', None, '0.012'])
    total = m2(subtotal(lines))
    assert total == '23990.00', total
    assert D('0.028') * 80000 == D('2240')   # the buyer wrote 2,420.00
    tab = cols([('Item Code', 'Description', 'Order Qty', 'Unit Price', 'Value (USD)')] +
               [(s, t, '{:,}'.format(q), p, amt(D(v))) for s, t, q, p, v in rows],
               [10, 56, 11, 12, 14], right=(2, 3, 4))
    body = """Dear Sir,

Please find below our trims & packing order for Style ST-7781 / ST-7782 (buyer: Nordvik AS, Norway), ex-factory
of garments is 28 February so packing must reach Chittagong latest 10 February.

PO Number : DGL/TRM/2701/0158
PO Date   : 11-Jan-2027

%s
                                                                    Total USD %s

Delivery to:
Dhaka Garments Ltd. - Unit 2 (Store)
Plot 14-16, Ashulia Road, Zirabo, Savar, Dhaka 1341, Bangladesh
Contact: Md. Rafiqul Islam (Store In-charge) +880 1711 534 902

Please confirm receipt and send PI mentioning our PO number.

Best Regards,
Shahnaz Akter
Merchandiser (Trims)
Dhaka Garments Ltd.
Cell: +880 1819 224 617
""" % (tab, amt(D(total)))
    subject = ('PO DGL/TRM/2701/0158 // Trims & Packing // Style ST-7781, ST-7782 // Nordvik AS // '
               'Polybag + Carton + Hangtag // URGENT - in-house by 10 Feb // pls confirm PI')
    eml = single(hdr('Shahnaz Akter <shahnaz.trims@dhakagarments.com.bd>', subject,
                     dh(2027, 1, 11, 13, 48, 2, 360), 'SG2PR04MB3271F8E9D0A1B2C3D4E5@SG2PR04MB3271.apcprd04.prod.outlook.com'),
                 body, 'us-ascii', '7bit')
    return eml, truth('hand-bd-garments-line-amount-wrong-long-subject-hold', 'body', 'us-ascii',
                      'A Dhaka garment factory\'s trims order (Outlook 365, ASCII) with a 158-character Subject full of '
                      '"//", style numbers and the end buyer\'s name (not the customer), a space-aligned table with '
                      '3-decimal prices, and one line value typed wrong: 80,000 x 0.028 = 2,240.00 but the mail says '
                      '2,420.00, and the Total USD 23,990.00 is the sum of the values as written. The clerk keys what is '
                      'written and HOLDS the order until the buyer confirms the value of PB-4050.',
                      [order('DGL/TRM/2701/0158', 'Dhaka Garments Ltd.',
                             ('Md. Rafiqul Islam', '+880 1711 534 902',
                              'Dhaka Garments Ltd. - Unit 2 (Store), Plot 14-16, Ashulia Road, Zirabo, Savar, Dhaka 1341, '
                              'Bangladesh'), '2027-01-11', 'USD', total, lines)])


@mail
def h332_eg_dates_android_gmail_sentences():
    lines = [ln(None, 'Date box 1kg, window, gold print', 20000, '0.34'),
             ln(None, 'Date box 500g, window, gold print', 30000, '0.26'),
             ln(None, 'Plastic tray for 500g box', 30000, '0.05')]
    total = m2(subtotal(lines))
    check(lines, total)
    body = """Hello Ms Vivian

As discussed on WhatsApp we confirm the order, our PO no is EGD-27-009

- 20,000 boxes 1kg with window, gold print at 0.34$
- 30,000 boxes 500g same design at 0.26$
- 30,000 plastic trays for the 500g box at 0.05$

total %s$ FOB Ningbo. Deposit 30%% we send tomorrow.
Delivery to our factory: Nile Delta Dates Co., 10th of Ramadan City, Industrial Zone A3, Plot 61, Sharqia, Egypt
Mr Karim Fathy mob +20 100 455 7821

Thanks
Ahmed Soliman
Nile Delta Dates Co.

Sent from my Galaxy
""" % amt(D(total))
    eml = single(hdr('Ahmed Soliman <ahmed.soliman.nddc@gmail.com>', 'order EGD-27-009',
                     dh(2027, 1, 13, 21, 37, 44, 120), 'CAK4t8Rq2mWn5Yx0pLz7vB3hC9dF1gJ6sE0aT4uN8oQ2iM5kH@mail.gmail.com'),
                 body, 'utf-8', 'base64')
    return eml, truth('hand-eg-dates-android-gmail-sentences', 'body', 'utf-8',
                      'An Egyptian date packer writes from Gmail on an Android phone ("Sent from my Galaxy"): the PO '
                      'number inside a sentence ("our PO no is EGD-27-009"), dash items as sentences with the quantity '
                      'first and the dollar sign after the price ("at 0.34$"), "total 16,100.00$ FOB Ningbo", no SKUs and '
                      'no order date, a 30 % deposit remark. Adds up.',
                      [order('EGD-27-009', 'Nile Delta Dates Co.',
                             ('Mr Karim Fathy', '+20 100 455 7821',
                              'Nile Delta Dates Co., 10th of Ramadan City, Industrial Zone A3, Plot 61, Sharqia, Egypt'),
                             None, 'USD', total, lines)])


@mail
def h333_ng_plantain_chips_k_quantities_lpo():
    rows = [('Plantain chips pouch 50g, metallised, 4 col', 50000, '0.042'),
            ('Plantain chips pouch 150g, metallised, 4 col', 30000, '0.068'),
            ('Carton for 48 pouches (150g), 5 ply', 700, '1.15')]
    lines = exact([ln(None, t, q, p) for t, q, p in rows], ['0.042', '0.068', None])
    total = m2(subtotal(lines))
    check(lines, total)
    body = """Good day Hengda team,

Pls find our LPO below. Kindly treat as urgent, our stock is finishing.

LPO No: AKC/LPO/0043/27
Date: 14th January, 2027

1. 50g pouch (metallised, 4 colours) - 50k pcs @ $0.042 = $2,100
2. 150g pouch (metallised, 4 colours) - 30k pcs @ $0.068 = $2,040
3. Carton for 48 x 150g - 700 pcs @ $1.15 = $805

Total: USD %s

Deliver to our Lagos warehouse:
Abeke Foods & Confectionery Ltd
KM 38 Lagos-Ibadan Expressway, Ibafo, Ogun State, Nigeria
Contact: Mr. Tunde Bakare 0803 412 6690

Our clearing agent will contact you for the documents.
Thank you.

Mrs. Folake Adeyemi
Procurement Officer
Abeke Foods & Confectionery Ltd
+234 802 555 0184
""" % amt(D(total))
    eml = single(hdr('"Folake Adeyemi" <folake_adeyemi@yahoo.com>', 'LPO AKC/LPO/0043/27 - Plantain chips packaging',
                     dh(2027, 1, 14, 9, 5, 12, 60), '1846392017.2203417.1768377912000@mail.yahoo.com',
                     'X-Mailer: WebService/1.1.23046 YMailNorrin'), body, 'utf-8', 'quoted-printable')
    return eml, truth('hand-ng-plantain-chips-k-quantities-lpo', 'body', 'utf-8',
                      'A Nigerian snack maker on Yahoo Mail (UTF-8 QP): an "LPO No:" with slashes, the date "14th '
                      'January, 2027", numbered lines with quantities in thousands written "50k pcs" and "30k pcs", '
                      '"@ $0.042 = $2,100" (amounts without cents), "Total: USD 4,945.00"; the receiver\'s phone in local '
                      'format (0803…). Adds up.',
                      [order('AKC/LPO/0043/27', 'Abeke Foods & Confectionery Ltd',
                             ('Mr. Tunde Bakare', '0803 412 6690',
                              'Abeke Foods & Confectionery Ltd, KM 38 Lagos-Ibadan Expressway, Ibafo, Ogun State, Nigeria'),
                             '2027-01-14', 'USD', total, lines)])


@mail
def h334_ke_tea_sage200_line_discount_text():
    rows = [('TEA-FOIL-250', 'Foil lined tea bag 250g, gusset', 60000, '0.0850', 5),
            ('TEA-BOX-100', 'Tea box 100 tagged bags, 350gsm', 25000, '0.2200', 5),
            ('TEA-ENV-01', 'Tea bag envelope, glassine', 500000, '0.0065', 0),
            ('CTN-5P-01', 'Outer carton 5 ply, printed', 3000, '1.2000', 0)]
    lines = []
    for s, t, q, p, d in rows:
        net = (D(p) * q * (100 - d) / 100).quantize(D('0.01'))
        lines.append(ln(s, t, q, p, net))
    lines = exact(lines, ['0.085', None, '0.0065', None])
    total = m2(subtotal(lines))
    tab = cols([('Product Code', 'Description', 'Qty Ordered', 'Unit Cost', 'Disc %', 'Net Amount')] +
               [(s, t, '{:,.2f}'.format(q), p, '%.2f' % d, amt((D(p) * q * (100 - d) / 100))) for s, t, q, p, d in rows],
               [16, 34, 13, 11, 8, 13], right=(2, 3, 4, 5))
    body = """Hi Vivian,

PO below from our system (Sage 200). Please note the 5%% discount agreed on the first two lines.

KERICHO HIGHLANDS TEA FACTORY LTD                    PURCHASE ORDER
P.O. Box 1440-20200, Kericho, Kenya

Order Number:   0000004417          Order Date: 15/01/2027
Supplier A/C:   HENG001             Currency: US Dollar

%s
                                             Total Net Amount:     %s
                                             Total Tax Amount:           0.00
                                             Total Order Value:    %s

Deliver To: Kericho Highlands Tea Factory - Packing Store, Kericho-Nakuru Road, Kericho, Kenya
Attn: Peter Langat, +254 722 631 845

Regards,
Grace Chebet | Procurement
Kericho Highlands Tea Factory Ltd | +254 52 203 1188
""" % (tab, amt(D(total)), amt(D(total)))
    eml = single(hdr('Grace Chebet <gchebet@kerichohighlandstea.co.ke>', 'Purchase Order 0000004417',
                     dh(2027, 1, 15, 8, 44, 10, 180), 'AM6PR07MB5512C0D1E2F3A4B5@AM6PR07MB5512.eurprd07.prod.outlook.com'),
                 body, 'us-ascii', '7bit')
    return eml, truth('hand-ke-tea-sage200-line-discount-text', 'body', 'us-ascii',
                      'A Kericho tea factory pastes its Sage 200 PO into the mail: a zero-padded order number, a '
                      'D/M/Y Order Date, "Currency: US Dollar" in words, a supplier account code that is no SKU, '
                      '4-decimal unit costs, quantities with ".00", a Disc % column (5 on two lines) and the net '
                      'amount after discount per line; Total Net / Tax / Order Value. Line totals are the net amounts '
                      'written. Adds up.',
                      [order('0000004417', 'Kericho Highlands Tea Factory Ltd',
                             ('Peter Langat', '+254 722 631 845',
                              'Kericho Highlands Tea Factory - Packing Store, Kericho-Nakuru Road, Kericho, Kenya'),
                             '2027-01-15', 'USD', total, lines)])


@mail
def h335_tr_hazelnut_utf8_qp_decimal_comma():
    rows = [('FND-250', 'Doypack 250 g, kilitli, mat BOPP/PE, 6 renk', 80000, '0.145'),
            ('FND-500', 'Doypack 500 g, kilitli, mat BOPP/PE, 6 renk', 40000, '0.198'),
            ('KLI-12', 'Koli 12x500 g, 5 kat', 3400, '1.62')]
    lines = exact([ln(s, t, q, p) for s, t, q, p in rows], ['0.145', '0.198', None])
    total = m2(subtotal(lines))
    check(lines, total)
    tab = '\n'.join('%s | %s | %s adet | %s USD | %s USD' % (s, t, '{:,}'.format(q).replace(',', '.'), eu(p, 3 if len(p) > 4 else 2),
                                                         eu(D(p) * q)) for s, t, q, p in rows)
    body = """Sayın Hengda yetkilisi / Dear Hengda team,

Aşağıdaki siparişimizi onaylamanızı rica ederiz. / Please confirm our order below.

Sipariş No / Order No: GF-2027-0031
Tarih / Date: 15.01.2027

Kod | Açıklama | Miktar | Birim Fiyat | Tutar
%s

TOPLAM / TOTAL: %s USD

Teslimat / Delivery: Giresun Fındık Gıda San. ve Tic. A.Ş., Organize Sanayi Bölgesi 3. Cadde No: 14, 28200 Giresun, Türkiye
İlgili / Contact: Şükrü Yılmaz, +90 454 215 33 08

Saygılarımızla / Best regards
Ayşegül Çakır
Satın Alma / Purchasing
Giresun Fındık Gıda San. ve Tic. A.Ş.
""" % (tab, eu(total))
    eml = single(hdr(addr('Ayşegül Çakır', 'satinalma@giresunfindik.com.tr'), 'Sipariş / Order GF-2027-0031',
                     dh(2027, 1, 15, 10, 31, 55, 180), '8a1f2c3d-4e5f-6071-8293-a4b5c6d7e8f9@giresunfindik.com.tr',
                     'User-Agent: Roundcube Webmail/1.6.5'), body, 'utf-8', 'quoted-printable')
    return eml, truth('hand-tr-hazelnut-utf8-qp-decimal-comma', 'body', 'utf-8',
                      'A Giresun hazelnut packer writes Turkish/English bilingual labels (Roundcube, UTF-8 quoted-printable, '
                      'ş ğ İ ı in names): "Sipariş No / Order No", a dotted date 15.01.2027, a pipe-separated table whose '
                      'quantities have dot thousands ("80.000 adet") and whose prices and amounts have decimal commas '
                      '("0,145 USD", "11.600,00 USD"), "TOPLAM / TOTAL". Adds up.',
                      [order('GF-2027-0031', 'Giresun Fındık Gıda San. ve Tic. A.Ş.',
                             ('Şükrü Yılmaz', '+90 454 215 33 08',
                              'Giresun Fındık Gıda San. ve Tic. A.Ş., Organize Sanayi Bölgesi 3. Cadde No: 14, 28200 Giresun, '
                              'Türkiye'), '2027-01-15', 'USD', total, lines)])


@mail
def h336_sa_dates_sar_with_usd_equivalent():
    rows = [('QD-BX-1', 'Luxury date box 1 kg, magnetic lid, green', 5000, '7.50'),
            ('QD-BX-05', 'Date box 500 g, sleeve + tray', 12000, '3.10'),
            ('QD-PAPER', 'Glassine cups for dates (pack of 1000)', 400, '22.00')]
    lines = lines_of(rows)
    sub = subtotal(lines)
    vat = D('0')
    total = m2(sub)
    check(lines, total)
    usd = (D(total) / D('3.75')).quantize(D('0.01'))
    tab = '\n'.join('%d) %s - %s - %s pcs x SAR %s = SAR %s' % (i + 1, s, t, '{:,}'.format(q), p, amt(D(p) * q))
                    for i, (s, t, q, p) in enumerate(rows))
    body = """Dear Hengda,

Further to our call, please process the following Purchase Order.

PO #: 4500021873
PO Date: 17 Jan 2027

%s

Total: SAR %s (approx. USD %s at 3.75, for your information only - payment in SAR by TT)
VAT: %s (export, zero rated)

Ship to: Al-Qassim Premium Dates Co., Warehouse 7, Buraydah 2nd Industrial City, Al-Qassim 52371, Saudi Arabia
Receiver: Abdullah Al-Harbi, +966 55 318 7742

Regards,
Faisal Al-Otaibi
Procurement Section
Al-Qassim Premium Dates Co.
Tel +966 16 323 1190 Ext 214
""" % (tab, amt(D(total)), amt(usd), m2(vat))
    eml = single(hdr('Faisal Al-Otaibi <f.alotaibi@qassimdates.sa>', 'PO 4500021873 - Date boxes',
                     dh(2027, 1, 17, 11, 2, 36, 180), 'PA4PR10MB6223B1C2D3E4F5A6@PA4PR10MB6223.EURPRD10.PROD.OUTLOOK.COM'),
                 body, 'us-ascii', '7bit')
    return eml, truth('hand-sa-dates-sar-with-usd-equivalent', 'body', 'us-ascii',
                      'A Buraydah date company orders in Saudi riyal (Outlook, ASCII): an SAP-style 10-digit PO #, '
                      '"SAR 7.50" before each price, a total in SAR followed by an "approx. USD …" equivalent "for your '
                      'information only", and a zero VAT line. The currency keyed is SAR and the total the SAR total. '
                      'Adds up.',
                      [order('4500021873', 'Al-Qassim Premium Dates Co.',
                             ('Abdullah Al-Harbi', '+966 55 318 7742',
                              'Al-Qassim Premium Dates Co., Warehouse 7, Buraydah 2nd Industrial City, Al-Qassim 52371, '
                              'Saudi Arabia'), '2027-01-17', 'SAR', total, lines)])


@mail
def h337_cl_salmon_spanish_latin1_quoted_order():
    rows = [('CAJ-EPS-10', 'Caja isotérmica EPS 10 kg con tapa', 8000, '2.85'),
            ('BOL-VAC-2', 'Bolsa de vacío 25x35 cm, 90 micras', 150000, '0.038'),
            ('ETI-TERM', 'Etiqueta térmica 100x150 mm (rollo 500)', 300, '6.40')]
    lines = exact([ln(s, t, q, p) for s, t, q, p in rows], [None, '0.038', None])
    total = m2(subtotal(lines))
    check(lines, total)
    tab = '\n'.join('> %s\t%s\t%s\tUS$ %s\tUS$ %s' % (s, t, '{:,}'.format(q).replace(',', '.'), eu(p, 3 if len(p) > 4 else 2),
                                                   eu(D(p) * q)) for s, t, q, p in rows)
    body = """Estimada Vivian:

Sí, confirmamos la orden tal cual, por favor enviar la proforma. El pago va por transferencia al recibir la PI.

Saludos cordiales,
Carolina Muñoz
Abastecimiento - Salmones Reloncaví S.A.
+56 65 228 4410

El jue, 21 ene 2027 a las 16:12, Carolina Muñoz <cmunoz@salmonesreloncavi.cl> escribió:
> Estimados Hengda,
>
> Adjunto nuestra orden de compra para la temporada:
>
> Orden de Compra N° 4100007712
> Fecha: 21-01-2027
>
> Código\tDescripción\tCantidad\tPrecio unit.\tTotal
%s
>
> Total orden: US$ %s
>
> Despacho: Salmones Reloncaví S.A., Planta Chinquihue, Camino a Chinquihue km 6, Puerto Montt, Región de Los Lagos, Chile
> Recibe: Jorge Vera, +56 9 8812 3306
""" % (tab, eu(total))
    eml = single(hdr(addr('Carolina Muñoz', 'cmunoz@salmonesreloncavi.cl', 'iso-8859-1'),
                     'Re: Orden de Compra N° 4100007712 - Hengda', dh(2027, 1, 22, 9, 15, 3, -180),
                     'CAMz1Lq7w9Xv3Tn5Rb8Kp0Hd6Fy2Gc4Sj1Ae7Wu9Oi3Pm5Nl@mail.gmail.com', None, 'iso-8859-1'),
                 body, 'iso-8859-1', 'quoted-printable')
    return eml, truth('hand-cl-salmon-spanish-latin1-quoted-order', 'body', 'iso-8859-1',
                      'A Puerto Montt salmon farm (Gmail, ISO-8859-1 quoted-printable) confirms "tal cual" its own order '
                      'which is only in the ">"-quoted earlier mail ("El jue, 21 ene 2027 … escribió:"): "Orden de '
                      'Compra N° 4100007712", a D-M-Y date, a tab table with Spanish headers, dot thousands in quantities '
                      'and "US$ 0,038" / "US$ 22.800,00" with decimal commas. The order is keyed once, from the quote; '
                      'the signature phone is the buyer\'s. Adds up.',
                      [order('4100007712', 'Salmones Reloncaví S.A.',
                             ('Jorge Vera', '+56 9 8812 3306',
                              'Salmones Reloncaví S.A., Planta Chinquihue, Camino a Chinquihue km 6, Puerto Montt, '
                              'Región de Los Lagos, Chile'), '2027-01-21', 'USD', total, lines)])


@mail
def h338_nz_kiwifruit_xero_text_gst_exclusive():
    rows = [('KF-TRAY-30', 'Kiwifruit tray, 30 count, moulded pulp', 60000, '0.21'),
            ('KF-PUN-1', 'Punnet 1 kg, rPET, lid', 40000, '0.17'),
            ('KF-CTN-10', 'Export carton 10 kg, single wall, printed', 15000, '1.06')]
    lines = lines_of(rows)
    total = m2(subtotal(lines))
    check(lines, total)
    tab = cols([('Item', 'Description', 'Quantity', 'Unit Price', 'Amount NZD')] +
               [(s, t, '{:,.2f}'.format(q), p, amt(D(p) * q)) for s, t, q, p in rows],
               [12, 44, 12, 12, 13], right=(2, 3, 4))
    body = """Hi there,

Bay of Plenty Fruitpackers Limited has sent you purchase order PO-0392.

PURCHASE ORDER PO-0392
Date: 18 Jan 2027
Delivery Date: 20 Mar 2027
Reference: Season 27 packaging

%s

                                        Subtotal        %s
                                        TOTAL GST 15%%          0.00
                                        TOTAL NZD       %s

Amounts are Tax Exclusive

Delivery Address
Bay of Plenty Fruitpackers - Packhouse 2
114 Jellicoe Street
Te Puke 3119
New Zealand
Attention: Hemi Walker
Telephone: 07 573 8824

If you have any questions, please let us know.

Thanks,
Bay of Plenty Fruitpackers Limited
""" % (tab, amt(D(total)), amt(D(total)))
    eml = single(hdr('Bay of Plenty Fruitpackers Limited <messaging-service@post.xero.com>',
                     'Purchase Order PO-0392 from Bay of Plenty Fruitpackers Limited for Hangzhou Hengda',
                     dh(2027, 1, 18, 14, 20, 0, 780), '0100018d1f2a3b4c-5d6e7f80-91a2-4b3c-8d4e-5f60718293a4-000000@email.amazonses.com',
                     None, 'utf-8', extra=['Reply-To: accounts@bopfruitpackers.co.nz']), body, 'utf-8', 'quoted-printable')
    return eml, truth('hand-nz-kiwifruit-xero-text-gst-exclusive', 'body', 'utf-8',
                      'A Te Puke kiwifruit packhouse sends a Xero purchase order as a text mail from Xero\'s mailer '
                      '(From messaging-service@post.xero.com, Reply-To the buyer): "PURCHASE ORDER PO-0392", a Date and '
                      'a Delivery Date (only the first is the order date), a Reference that is no number, quantities '
                      'with ".00", Subtotal, "TOTAL GST 15% 0.00", "TOTAL NZD" and "Amounts are Tax Exclusive"; the '
                      'delivery address on several lines with Attention and Telephone. Adds up.',
                      [order('PO-0392', 'Bay of Plenty Fruitpackers Limited',
                             ('Hemi Walker', '07 573 8824',
                              'Bay of Plenty Fruitpackers - Packhouse 2, 114 Jellicoe Street, Te Puke 3119, New Zealand'),
                             '2027-01-18', 'NZD', total, lines)])


# ============================================================ HTML bodies
@mail
def h339_hk_dimsum_outlook_big5_html_discount_freight():
    rows = [('DS-BX-4', '點心外賣盒 4格 牛皮紙', 20000, '0.95'),
            ('DS-BW-8', '8安士 湯碗連蓋 PP', 30000, '0.48'),
            ('DS-BAG-M', '外賣膠袋 中 印字', 50000, '0.16'),
            ('DS-CH-01', '竹筷 獨立包裝', 40000, '0.11')]
    lines = lines_of(rows)
    sub = subtotal(lines)
    disc = (sub * D('0.05')).quantize(D('0.01'))
    freight = D('1200')
    total = m2(sub - disc + freight)
    check(lines, total, freight - disc)
    tab = [['編號', '貨品', '數量', '單價 (HK$)', '金額 (HK$)']]
    tab += [[s, t, '{:,}'.format(q), p, amt(D(p) * q)] for s, t, q, p in rows]
    tab += [[('小計', 'colspan="4" align="right"'), amt(sub)],
            [('長期客戶折扣 5%', 'colspan="4" align="right"'), '-' + amt(disc)],
            [('運費（深圳倉至葵涌）', 'colspan="4" align="right"'), amt(freight)],
            [('<b>總計</b>', 'colspan="4" align="right"'), '<b>' + amt(D(total)) + '</b>']]
    intro = ['恆達包裝 陳小姐：', '', '請安排以下訂單，謝謝。', '', '訂單編號：HKDS-PO-2701-07', '訂單日期：2027年1月19日']
    outro = ['送貨地址：香港新界葵涌 葵昌路 51 號 九龍貿易中心 2 座 18 樓 1805 室 點心皇廚房', '收貨人：梁志強 9123 4567',
             '', '麻煩送貨前一日致電。', '', '黃美玲', '採購部', '點心皇飲食集團有限公司', '電話：2418 6630  傳真：2418 6631']
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=big5"></head><body lang="ZH-TW">'
            '<div class="WordSection1">' + ''.join('<p class="MsoNormal">%s<o:p></o:p></p>' % (x or '&nbsp;') for x in intro) +
            '<table class="MsoNormalTable" border="0" cellspacing="0" cellpadding="0" style="border-collapse:collapse">' +
            cells_html(tab, MSO) + '</table>' +
            ''.join('<p class="MsoNormal">%s<o:p></o:p></p>' % (x or '&nbsp;') for x in outro) + '</div></body></html>')
    plain = '\n'.join(intro) + '\n\n' + '\n'.join(
        '\t'.join(c if isinstance(c, str) else c[0] for c in r).replace('<b>', '').replace('</b>', '') for r in tab) + \
        '\n\n' + '\n'.join(outro) + '\n'
    eml = message(hdr(addr('黃美玲', 'purchase@dimsumking.com.hk', 'big5'), '訂單 HKDS-PO-2701-07',
                      dh(2027, 1, 19, 11, 40, 22), 'HK0PR03MB4417E2D3C4B5A6F7@HK0PR03MB4417.apcprd03.prod.outlook.com',
                      None, 'big5'), alt(plain, html, 'big5', '_000_HK0PR03MB4417E2D3C4B5A6F7HK0PR03MB4417apcp_'))
    return eml, truth('hand-hk-dimsum-outlook-big5-html-discount-freight', 'html', 'big5',
                      'A Hong Kong dim-sum restaurant group in Outlook (Big5, Word HTML with MsoNormal paragraphs and '
                      'a bordered MsoNormalTable; text alternative with tabs): "單價 (HK$)" only in the headers, rows 小計, '
                      '"長期客戶折扣 5%" negative, 運費 and a bold 總計; an 8-digit Hong Kong phone without area code. '
                      'Adds up after the discount and freight.',
                      [order('HKDS-PO-2701-07', '點心皇飲食集團有限公司',
                             ('梁志強', '9123 4567', '香港新界葵涌 葵昌路 51 號 九龍貿易中心 2 座 18 樓 1805 室 點心皇廚房'),
                             '2027-01-19', 'HKD', total, lines)])


@mail
def h340_163_html_lanzhou_noodles_jian_cases():
    rows = [('LZ-WG-1000', '一次性纸碗 1000ml 淋膜 印刷', 500, 60, '27.00'),
            ('LZ-WG-750', '一次性纸碗 750ml 淋膜 印刷', 500, 40, '25.00'),
            ('LZ-GZ-115', '碗盖 PP 115口径', 1000, 90, '38.00'),
            ('LZ-DZ-01', '打包袋 背心式 32*50', 200, 30, '26.00')]
    lines = [ln(s, t, n, p) for s, t, per, n, p in rows]
    total = m2(subtotal(lines))
    check(lines, total)
    tab = [['编码', '品名规格', '每件数量', '件数', '单价（元/件）', '金额（元）']]
    tab += [[s, t, '%d个' % per, str(n), p, amt(D(p) * n)] for s, t, per, n, p in rows]
    tab.append([('合计', 'colspan="3"'), str(sum(r[3] for r in rows)), '', amt(D(total))])
    html = ('<div style="font-family:宋体;font-size:14px">恒达包装 赵经理：<br><br>兰州这边八家店补货，按件下单，'
            '价格是按件报的。<br><br>订单号：MZ-LZ-270120<br>下单日期：2027-01-20<br><br>'
            '<table border="1" cellspacing="0" cellpadding="4" width="640">' + cells_html(tab) + '</table><br>'
            '送货：甘肃省兰州市七里河区 西津西路 16 号 马子禄餐饮 中央厨房<br>联系人：马海军 13919372285<br><br>'
            '兰州马记牛肉面餐饮管理有限公司<br>采购 杨晓燕 0931-2336517</div>')
    eml = message(hdr(addr('杨晓燕', 'yangxiaoyan_lz@163.com', 'gbk'), '马记牛肉面 补货订单 MZ-LZ-270120',
                      dh(2027, 1, 20, 9, 58, 17), '3b7c1e2a.4f18.18d4e5a6b7c.Coremail.yangxiaoyan_lz@163.com',
                      'X-Mailer: Coremail Webmail Server Version XT5.0.14 build 20230109(dcb5de15)', 'gbk'),
                  alt('恒达包装 赵经理：\n\n兰州这边八家店补货，按件下单，价格是按件报的。\n\n订单号：MZ-LZ-270120\n'
                      '下单日期：2027-01-20\n\n' + '\n'.join(' '.join(c if isinstance(c, str) else c[0] for c in r) for r in tab) +
                      '\n\n送货：甘肃省兰州市七里河区 西津西路 16 号 马子禄餐饮 中央厨房\n联系人：马海军 13919372285\n\n'
                      '兰州马记牛肉面餐饮管理有限公司\n采购 杨晓燕 0931-2336517\n', html, 'GBK',
                      '----=_Part_2210943_1580447213.1768874297185'))
    return eml, truth('hand-163-html-lanzhou-noodles-jian-cases', 'html', 'gbk',
                      'A Lanzhou beef-noodle chain on 163 Mail (GBK, text alternative with cells joined by spaces): the '
                      'order is in cases, a 每件数量 column ("500个") before the 件数 column and prices per case '
                      '("单价（元/件）"); the qty keyed is the number of cases, not the pieces. The 合计 row sums the '
                      'cases too. Adds up.',
                      [order('MZ-LZ-270120', '兰州马记牛肉面餐饮管理有限公司',
                             ('马海军', '13919372285', '甘肃省兰州市七里河区 西津西路 16 号 马子禄餐饮 中央厨房'),
                             '2027-01-20', 'CNY', total, lines)])


@mail
def h341_ar_yerba_gmail_html_uss_bonificacion():
    rows = [('Bolsa kraft 500 g con válvula, 3 colores', 100000, '0.072'),
            ('Bolsa kraft 1 kg con válvula, 3 colores', 60000, '0.094'),
            ('Caja display 10 x 500 g', 10000, '0.58')]
    lines = exact([ln(None, t, q, p) for t, q, p in rows], ['0.072', '0.094', None])
    sub = subtotal(lines)
    bon = (sub * D('0.03')).quantize(D('0.01'))
    total = m2(sub - bon)
    check(lines, total, -bon)
    tab = [['Producto', 'Cantidad', 'Precio unitario', 'Importe']]
    tab += [[t, '{:,}'.format(q).replace(',', '.'), 'u$s ' + eu(p, 3 if len(p) > 4 else 2), 'u$s ' + eu(D(p) * q)]
            for t, q, p in rows]
    tab += [['', '', 'Subtotal', 'u$s ' + eu(sub)], ['', '', 'Bonificación 3%', '- u$s ' + eu(bon)],
            ['', '', '<b>Total</b>', '<b>u$s ' + eu(total) + '</b>']]
    html = ('<div dir="ltr"><div>Hola Vivian, ¿cómo estás?</div><div><br></div><div>Te paso el pedido de la cosecha '
            'nueva. Nota de pedido Nº 0003-00001274, fecha 19/01/2027.</div><div><br></div>'
            '<table cellspacing="0" cellpadding="0" dir="ltr" border="1" style="table-layout:fixed;font-size:10pt;'
            'font-family:Arial;border-collapse:collapse;border:none"><colgroup><col width="260"><col width="90">'
            '<col width="110"><col width="120"></colgroup><tbody>' +
            cells_html(tab, ' style="border:1px solid #cccccc;overflow:hidden;padding:2px 3px;vertical-align:bottom"') +
            '</tbody></table><div><br></div><div>Entregar en: Yerbatera Misiones Verde S.R.L., Ruta Nacional 12 km 1395, '
            'Jardín América (3328), Misiones, Argentina</div><div>Recibe: Martín Benítez, +54 9 3743 41-2288</div><div><br></div>'
            '<div>Un abrazo,</div><div>Lucía Gómez</div><div>Compras | Yerbatera Misiones Verde S.R.L.</div></div>')
    plain = ('Hola Vivian, ¿cómo estás?\n\nTe paso el pedido de la cosecha nueva. Nota de pedido Nº 0003-00001274, fecha '
             '19/01/2027.\n\n' + '\n'.join(' '.join(c.replace('<b>', '').replace('</b>', '') for c in r).strip() for r in tab) +
             '\n\nEntregar en: Yerbatera Misiones Verde S.R.L., Ruta Nacional 12 km 1395, Jardín América (3328), Misiones, '
             'Argentina\nRecibe: Martín Benítez, +54 9 3743 41-2288\n\nUn abrazo,\nLucía Gómez\nCompras | Yerbatera Misiones '
             'Verde S.R.L.\n')
    eml = message(hdr(addr('Lucía Gómez', 'compras.misionesverde@gmail.com'), 'Pedido yerba - NP 0003-00001274',
                      dh(2027, 1, 19, 15, 26, 48, -180), 'CAH8pQ2zR5kT9wX1mV4bN7cJ0fL3gD6sY8aE2uK5oP1iW4nB@mail.gmail.com'),
                  alt(plain, html, 'UTF-8', '000000000000e4f1a2062a9b7c41', 'quoted-printable'))
    return eml, truth('hand-ar-yerba-gmail-html-uss-bonificacion', 'html', 'utf-8',
                      'An Argentine yerba-mate mill in Gmail (a Google Sheets table pasted, QP): the number and date inside '
                      'a sentence ("Nota de pedido Nº 0003-00001274, fecha 19/01/2027", the Argentine point-of-sale '
                      'prefix is part of the number), the Argentine dollar sign "u$s" with decimal commas and dot '
                      'thousands, Subtotal, "Bonificación 3%" as a negative row and a bold Total. No SKUs. Adds up after '
                      'the discount.',
                      [order('0003-00001274', 'Yerbatera Misiones Verde S.R.L.',
                             ('Martín Benítez', '+54 9 3743 41-2288',
                              'Yerbatera Misiones Verde S.R.L., Ruta Nacional 12 km 1395, Jardín América (3328), Misiones, '
                              'Argentina'), '2027-01-19', 'USD', total, lines)])


@mail
def h342_pe_blueberry_oracle_notification_html():
    rows = [('1', 'PKG-CLM-125', 'Clamshell 125 g PET, vented', 300000, '0.031'),
            ('2', 'PKG-CLM-510', 'Clamshell 510 g PET, vented', 80000, '0.072'),
            ('3', 'PKG-CTN-12', 'Carton 12 x 125 g, corrugated, printed', 25000, '0.54')]
    lines = exact([ln(s, t, q, p) for n, s, t, q, p in rows], ['0.031', '0.072', None])
    total = m2(subtotal(lines))
    check(lines, total)
    head = [('Purchase Order', '6012448'), ('Revision', '0'), ('Order Date', '20-JAN-2027'),
            ('Supplier', 'HANGZHOU HENGDA PACKAGING MATERIALS CO LTD'), ('Supplier Site', 'HANGZHOU'),
            ('Buyer', 'Quispe, Rosa'), ('Currency', 'USD'), ('Total Amount', amt(D(total))),
            ('Ship-To Location', 'AGRO-ANDINO PLANTA CHAO, Carretera Panamericana Norte km 512, Chao, Virú, La Libertad, Peru'),
            ('Deliver-To', 'Diego Alvarado (+51 944 718 203)'), ('Operating Unit', 'Agroexportadora Andina S.A.C.')]
    tbl1 = cells_html([['<b>%s</b>' % k, v] for k, v in head], ' style="padding:2px 8px;font:10pt Arial"')
    tbl2 = cells_html([['Line', 'Item', 'Description', 'UOM', 'Quantity', 'Price', 'Amount', 'Need-By Date']] +
                      [[n, s, t, 'Each', '{:,}'.format(q), p, amt(D(p) * q), '15-FEB-2027'] for n, s, t, q, p in rows],
                      ' style="border:1px solid #999;padding:2px 6px;font:10pt Arial"', th_first=True)
    html = ('<html><body><p style="font:10pt Arial">Purchase Order 6012448, 0 for AGROEXPORTADORA ANDINA S.A.C. has been '
            'approved. Please acknowledge.</p><table>' + tbl1 + '</table><br><table style="border-collapse:collapse">' +
            tbl2 + '</table><p style="font:8pt Arial;color:#666">This is an automated notification from Oracle Fusion '
            'Procurement. Do not reply to this e-mail.</p></body></html>')
    eml = single(hdr('"Oracle Procurement" <no-reply@agroandino.fa.us2.oraclecloud.com>',
                     'Action Required: Acknowledge Purchase Order 6012448, 0 for Agroexportadora Andina S.A.C.',
                     dh(2027, 1, 20, 18, 4, 51, -300), '1768950291771.11273.JavaMail.oracle@agroandino.fa.us2.oraclecloud.com'),
                 html, 'utf-8', 'quoted-printable', 'html')
    return eml, truth('hand-pe-blueberry-oracle-notification-html', 'html', 'utf-8',
                      'A Peruvian blueberry exporter\'s Oracle Fusion Procurement notification, HTML only: "Purchase '
                      'Order 6012448, 0" (", 0" is the revision, also in its own row), a label/value table (Order Date '
                      '20-JAN-2027, Supplier naming us, Buyer "Quispe, Rosa", Currency, Total Amount, Ship-To Location, '
                      'Deliver-To with the phone in brackets) and a line table with UOM "Each" and a Need-By Date. '
                      'Adds up.',
                      [order('6012448', 'Agroexportadora Andina S.A.C.',
                             ('Diego Alvarado', '+51 944 718 203',
                              'AGRO-ANDINO PLANTA CHAO, Carretera Panamericana Norte km 512, Chao, Virú, La Libertad, Peru'),
                             '2027-01-20', 'USD', total, lines)])


@mail
def h343_cz_glass_seznam_html_eur_reverse_charge():
    rows = [('KRB-01', 'Dárková krabice na 6 sklenic, tvrdá lepenka, vložka EVA', 4000, '3.40'),
            ('KRB-02', 'Dárková krabice na karafu, magnetické víko', 1500, '5.90'),
            ('PAP-HED', 'Hedvábný papír 50x75 cm, bílý', 20000, '0.035')]
    lines = exact([ln(s, t, q, p) for s, t, q, p in rows], [None, None, '0.035'])
    total = m2(subtotal(lines))
    check(lines, total)
    tab = [['Kód', 'Popis', 'Množství', 'Cena/ks', 'Celkem']]
    tab += [[s, t, '{:,}'.format(q).replace(',', '\u00a0') + ' ks', eu(p, 3 if len(p) > 4 else 2) + ' €',
             eu(D(p) * q) + ' €'] for s, t, q, p in rows]
    tab += [[('Základ', 'colspan="4" align="right"'), eu(total) + ' €'],
            [('DPH 0 % (přenesená daňová povinnost)', 'colspan="4" align="right"'), '0,00 €'],
            [('<b>Celkem k úhradě</b>', 'colspan="4" align="right"'), '<b>' + eu(total) + ' €</b>']]
    html = ('<div>Dobrý den, paní Vivian,</div><div><br></div><div>posílám objednávku / please find our order:</div>'
            '<div><br></div><div><b>Objednávka č. 2027/0042</b><br>Datum: 21. 1. 2027</div><div><br></div>'
            '<table border="1" cellpadding="4" style="border-collapse:collapse">' + cells_html(tab) + '</table>'
            '<div><br></div><div>Dodací adresa: Sklárna Lužice s.r.o., Sklářská 118, 473 01 Nový Bor, Česká republika'
            '</div><div>Kontakt: Jiří Novotný, +420 487 723 115</div><div><br></div><div>S pozdravem / Best regards</div>'
            '<div>Kateřina Dvořáková</div><div>nákup, Sklárna Lužice s.r.o.</div><div>IČO 27283405</div>')
    eml = single(hdr(addr('Kateřina Dvořáková', 'nakup@sklarna-luzice.cz'), 'Objednávka č. 2027/0042',
                     dh(2027, 1, 21, 8, 12, 9, 60), '3f1a.7c2d9e5b.1768979529.4418@email.seznam.cz',
                     'X-Mailer: Email.cz/Seznam'), html, 'utf-8', 'quoted-printable', 'html')
    return eml, truth('hand-cz-glass-seznam-html-eur-reverse-charge', 'html', 'utf-8',
                      'A Nový Bor glassworks in Seznam webmail, HTML only (UTF-8 QP, č ř ž ů): "Objednávka č. 2027/0042", '
                      'a Czech date "21. 1. 2027" with spaces, quantities with no-break-space thousands and "ks", prices '
                      '"3,40 €" with the euro sign after, rows Základ / "DPH 0 % (přenesená daňová povinnost)" / Celkem k '
                      'úhradě. The IČO in the signature is a company id, not an order number. Adds up.',
                      [order('2027/0042', 'Sklárna Lužice s.r.o.',
                             ('Jiří Novotný', '+420 487 723 115',
                              'Sklárna Lužice s.r.o., Sklářská 118, 473 01 Nový Bor, Česká republika'),
                             '2027-01-21', 'EUR', total, lines)])


@mail
def h344_jingdouyun_html_ningxia_goji_discount_rate():
    rows = [('NX-GQ-250', '枸杞自封袋 250g 镀铝 彩印', '个', 30000, '0.42', 0),
            ('NX-GQ-500', '枸杞礼盒 500g 天地盖', '个', 6000, '6.50', 5),
            ('NX-GQ-XB', '小包装袋 20g 独立', '个', 200000, '0.036', 0)]
    lines = []
    for s, t, u, q, p, d in rows:
        lines.append(ln(s, t, q, p, (D(p) * q * (100 - d) / 100).quantize(D('0.01'))))
    lines = exact(lines, [None, None, '0.036'])
    sub = subtotal(lines)
    youhui = D('250')
    total = m2(sub - youhui)
    check(lines, total, -youhui)
    tab = [['序号', '商品编号', '商品名称', '单位', '数量', '单价', '折扣率(%)', '折扣额', '购货金额']]
    for i, (s, t, u, q, p, d) in enumerate(rows):
        g = D(p) * q
        tab.append([str(i + 1), s, t, u, '{:.2f}'.format(q), p, '%d' % d, m2(g * d / 100), m2(g * (100 - d) / 100)])
    tab.append(['合计', '', '', '', '{:.2f}'.format(sum(r[3] for r in rows)), '', '', '', m2(sub)])
    html = ('<html><body style="font-size:13px"><p>杭州恒达包装材料有限公司：</p><p>宁夏杞乡红商贸有限公司 向您发送了一张购货单，'
            '请查收。</p><table style="font-size:13px"><tr><td>单据编号：GHD-20270121-002</td><td>单据日期：2027-01-21</td></tr>'
            '<tr><td>供应商：杭州恒达包装材料有限公司</td><td>交货日期：2027-02-05</td></tr></table>'
            '<table border="1" cellspacing="0" cellpadding="3" style="border-collapse:collapse;border-color:#ddd">' +
            cells_html(tab, th_first=True) + '</table><p>优惠金额：%s　　优惠后金额：%s　　本次付款：0.00</p>'
            '<p>备注：收货地址 宁夏中宁县 枸杞加工城 B 区 12 号 杞乡红仓库，收货人 马彦福 15209553318</p>'
            '<p>制单人：田静</p><p style="color:#999">本邮件由 金蝶精斗云 发送，请勿直接回复。</p></body></html>'
            % (m2(youhui), m2(D(total))))
    eml = single(hdr(addr('金蝶精斗云', 'noreply@jdy.com'), '宁夏杞乡红商贸有限公司 发来的购货单 GHD-20270121-002',
                     dh(2027, 1, 21, 17, 3, 26), '20270121170326.1f8e2d3c4b5a@jdy.com', None, 'utf-8',
                     extra=['Reply-To: tianjing@qixianghong.com']), html, 'utf-8', 'base64', 'html')
    return eml, truth('hand-jingdouyun-html-ningxia-goji-discount-rate', 'html', 'utf-8',
                      'A Ningxia goji trader\'s 金蝶精斗云 购货单 sent by the app (From noreply@jdy.com, HTML only): '
                      '单据编号 and 单据日期 in a small table with 供应商 naming us and a 交货日期, quantities "30000.00", '
                      'a 折扣率(%) column (5 on one line) with 折扣额 and the net 购货金额, a 合计 row, then "优惠金额：250.00　'
                      '优惠后金额：…　本次付款：0.00" in one paragraph (full-width spaces) and the receiver only in the '
                      '备注. No currency is stated. Line totals are the net amounts; the total is 优惠后金额. Adds up.',
                      [order('GHD-20270121-002', '宁夏杞乡红商贸有限公司',
                             ('马彦福', '15209553318', '宁夏中宁县 枸杞加工城 B 区 12 号 杞乡红仓库'),
                             '2027-01-21', None, total, lines)])


# ============================================================ CSV attachments
@mail
def h345_csv_suda_gbk_datong_daylily_tax_columns():
    rows = [('HH-001', '黄花菜自封袋', '250g 牛皮纸开窗', '个', 50000, '0.35'),
            ('HH-002', '黄花菜礼盒', '1kg 手提 烫金', '个', 4000, '9.60'),
            ('HH-003', '外箱', '五层 20个装', '个', 400, '5.20')]
    lines = [ln(s, '%s %s' % (t, g), q, p) for s, t, g, u, q, p in rows]
    total = m2(subtotal(lines))
    check(lines, total)
    tab = [['速达3000 采购订单'], ['单号', 'CD-2027-01-0035', '', '日期', '2027-01-22'],
           ['供应商', '杭州恒达包装材料有限公司', '', '业务员', '李慧芳'], [],
           ['货品编码', '货品名称', '规格', '单位', '数量', '单价', '税率(%)', '税额', '含税单价', '价税合计']]
    for s, t, g, u, q, p in rows:
        gross = D(p) * q
        net = (gross / D('1.13')).quantize(D('0.01'))
        tab.append([s, t, g, u, q, (D(p) / D('1.13')).quantize(D('0.0001')), 13, m2(gross - net), p, m2(gross)])
    tab.append(['合计', '', '', '', sum(r[4] for r in rows), '', '', '', '', total])
    tab += [[], ['交货地址', '山西省大同市云州区 西坪镇 黄花产业园 6 号 云州黄花 成品仓'], ['联系人', '郝建国', '13903521174']]
    data = corpus_docs.csv_text(tab).encode('gbk')
    body = '恒达包装：\n\n速达导出的采购订单在附件，含税价。请尽快安排生产。\n\n大同云州黄花食品有限公司\n李慧芳 0352-6021337\n'
    eml = with_attachments(hdr(addr('李慧芳', 'lihuifang@yunzhou-huanghua.com', 'gbk'), '采购订单 CD-2027-01-0035',
                               dh(2027, 1, 22, 10, 36, 2), '5a7b8c9d.1e2f.18d4f1a2b3c.Coremail.lihuifang@yunzhou-huanghua.com',
                               'X-Mailer: Coremail Webmail Server Version XT5.0.13', 'gbk'), body, 'gbk', 'base64',
                           [attachment('application/vnd.ms-excel', data, '采购订单CD-2027-01-0035.csv', name_style='gbk')],
                           '----=_Part_3318720_1022395447.1768963000119')
    return eml, truth('hand-csv-suda-gbk-datong-daylily-tax-columns', 'csv', 'gbk',
                      'A Datong day-lily processor\'s 速达3000 export as GBK CSV (sent as application/vnd.ms-excel): a '
                      'title row, 单号 / 日期 / 供应商 / 业务员 as label-value pairs on two rows, 货品名称 and 规格 apart '
                      '(keyed joined), a 4-decimal net 单价, 税率(%), 税额, 含税单价 and 价税合计; the clerk keys the '
                      'tax-inclusive price and amount. The 合计 row sums the quantities too; address and contact in rows '
                      'below. No currency sign. Adds up.',
                      [order('CD-2027-01-0035', '大同云州黄花食品有限公司',
                             ('郝建国', '13903521174', '山西省大同市云州区 西坪镇 黄花产业园 6 号 云州黄花 成品仓'),
                             '2027-01-22', None, total, lines)])


@mail
def h346_csv_quickbooks_quebec_maple_report():
    rows = [('Glass bottle 250 ml, maple leaf shape, with cap', 'BTL-250-ML', 24000, '0.46'),
            ('Glass bottle 500 ml, maple leaf shape, with cap', 'BTL-500-ML', 12000, '0.71'),
            ('Gift box for 2 x 250 ml, kraft', 'BOX-2X250', 5000, '1.35')]
    lines = [ln(s, t, q, p) for t, s, q, p in rows]
    total = m2(subtotal(lines))
    check(lines, total)
    tab = [['Érablière Beauce-Sartigan Inc.'], ['Open Purchase Order Detail'], ['All Dates'], [],
           ['', 'Date', 'Num', 'Vendor', 'Product/Service', 'Memo/Description', 'Qty', 'Rate', 'Amount', 'Open Balance']]
    tab.append(['Hangzhou Hengda Packaging Materials Co., Ltd.'])
    for t, s, q, p in rows:
        tab.append(['', '01/22/2027', '1087', 'Hangzhou Hengda Packaging Materials Co., Ltd.', s, t, q, p, m2(D(p) * q),
                    m2(D(p) * q)])
    tab.append(['Total for Hangzhou Hengda Packaging Materials Co., Ltd.', '', '', '', '', '', '', '', '$' + amt(D(total)),
                '$' + amt(D(total))])
    tab += [[], ['TOTAL', '', '', '', '', '', '', '', '$' + amt(D(total)), '$' + amt(D(total))], [], [],
            ['Friday, January 22, 2027 11:08 AM GMT-05:00']]
    data = corpus_docs.csv_text(tab).encode('utf-8')
    body = """Hello Vivian,

Our bookkeeper exported the PO from QuickBooks (the PDF button is broken on our side, sorry). PO 1087, amounts in
Canadian dollars as agreed.

Ship to:
Érablière Beauce-Sartigan Inc.
2215, route 271 Sud
Saint-Georges (Québec) G5Z 0B4
Canada
Att. Luc Poulin - 418 228-9014

Merci!
Geneviève Roy
Érablière Beauce-Sartigan Inc.
"""
    eml = with_attachments(hdr(addr('Geneviève Roy', 'genevieve@erablierebeauce.ca'), 'PO 1087 - bouteilles / bottles',
                               dh(2027, 1, 22, 11, 14, 39, -300), 'YT3PR01MB8890D1E2F3A4B5C6@YT3PR01MB8890.CANPRD01.PROD.OUTLOOK.COM'),
                           body, 'utf-8', 'quoted-printable',
                           [attachment('text/csv', data, 'Open Purchase Order Detail.csv')],
                           '_004_YT3PR01MB8890D1E2F3A4B5C6YT3PR01MB8890CANP_')
    return eml, truth('hand-csv-quickbooks-quebec-maple-report', 'csv', 'utf-8',
                      'A Beauce maple-syrup producer sends a QuickBooks Online report "Open Purchase Order Detail" as CSV '
                      'instead of the PO: company, report name and "All Dates" rows, an empty first column, a vendor group '
                      'row naming us, lines with Date (M/D/Y) and Num 1087 repeated, Product/Service (the SKU) before '
                      'Memo/Description, Amount and Open Balance (the same), "Total for …" and TOTAL rows with "$" and a '
                      'time stamp row. CAD only in the mail text ("amounts in Canadian dollars"); the ship-to in the mail '
                      'text. Adds up.',
                      [order('1087', 'Érablière Beauce-Sartigan Inc.',
                             ('Luc Poulin', '418 228-9014',
                              'Érablière Beauce-Sartigan Inc., 2215, route 271 Sud, Saint-Georges (Québec) G5Z 0B4, Canada'),
                             '2027-01-22', 'CAD', total, lines)])


@mail
def h347_csv_google_sheets_pk_rice_two_pos():
    a = [('Basmati 1121 bag 5kg, BOPP laminated, handle', 20000, '0.38'),
         ('Basmati 1121 bag 10kg, BOPP laminated, handle', 10000, '0.52')]
    b = [('Sella rice bag 25kg, PP woven, printed', 40000, '0.29'),
         ('Inner liner 25kg, LDPE', 40000, '0.06')]
    la = [ln(None, t, q, p) for t, q, p in a]
    lb = [ln(None, t, q, p) for t, q, p in b]
    ta, tb = m2(subtotal(la)), m2(subtotal(lb))
    tab = [['PO No', 'PO Date', 'Brand', 'Item', 'Qty', 'Unit Price', 'Amount', 'Deliver To']]
    for no, brand, rows in (('MRM-PO-1144', 'Mehran Gold', a), ('MRM-PO-1145', 'Indus Pearl', b)):
        for t, q, p in rows:
            tab.append([no, '23-Jan-2027', brand, t, '{:,}'.format(q), '$%s' % p, '$' + amt(D(p) * q),
                        'Mehran Rice Mills, Plot 44, Sector 25, Korangi Industrial Area, Karachi, Pakistan'])
    tab += [['', '', '', '', '', 'Total', '$' + amt(D(ta) + D(tb)), '']]
    data = corpus_docs.csv_text(tab).encode('utf-8')
    body = """Dear Vivian,

Attached are two POs (one per brand, please make separate PI for each). Sheet downloaded from Google Sheets.

Warehouse contact: Mr. Imran Qureshi 0300 825 4417

Regards,
Asad Memon
Mehran Rice Mills (Pvt.) Ltd.
Karachi
"""
    eml = with_attachments(hdr('Asad Memon <asad.memon@mehranrice.pk>', 'New POs MRM-PO-1144 & 1145',
                               dh(2027, 1, 23, 12, 7, 31, 300), 'CAN5x2Vb8Kq4Lw7Yp1Rt3Zm6Hc9Gf0Ds2Ja5Eu8Ni1Ok4Wl7Bq@mail.gmail.com'),
                           body, 'utf-8', '7bit', [attachment('text/csv', data, 'Hengda POs Jan 2027 - Sheet1.csv')],
                           '0000000000007b1c4f062a9d3e55')
    return eml, truth('hand-csv-google-sheets-pk-rice-two-pos', 'csv', 'utf-8',
                      'A Karachi rice mill\'s Google Sheets download ("… - Sheet1.csv") holding two POs, one per brand: '
                      'PO No / PO Date (23-Jan-2027) / Brand repeated on every row, quantities with thousands commas and '
                      'prices "$0.38" as displayed, the ship-to address repeated in a column, and one Total row for both '
                      'POs together (no per-PO total). The mail text gives the receiver and asks for separate PIs. Two '
                      'orders, each keyed with the sum of its lines.',
                      [order('MRM-PO-1144', 'Mehran Rice Mills (Pvt.) Ltd.',
                             ('Mr. Imran Qureshi', '0300 825 4417',
                              'Mehran Rice Mills, Plot 44, Sector 25, Korangi Industrial Area, Karachi, Pakistan'),
                             '2027-01-23', 'USD', ta, la),
                       order('MRM-PO-1145', 'Mehran Rice Mills (Pvt.) Ltd.',
                             ('Mr. Imran Qureshi', '0300 825 4417',
                              'Mehran Rice Mills, Plot 44, Sector 25, Korangi Industrial Area, Karachi, Pakistan'),
                             '2027-01-23', 'USD', tb, lb)])


# ============================================================ spreadsheets
def put_table(sh, r0, head, rows, fmts=None):
    """Header and rows with borders from row r0, column 1; returns the next row."""
    sh.row(r0, 1, head, bold=True, border=True)
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            if v is not None:
                sh.set(r0 + 1 + i, 1 + j, v, border=True, fmt=(fmts or {}).get(j))
    return r0 + 1 + len(rows)


@mail
def h348_xlsx_tplus_guizhou_chili_discounted_price():
    rows = [('0201', '辣椒酱玻璃瓶标签', '280g 不干胶 覆膜', '张', 200000, '0.040', '0.036'),
            ('0202', '辣椒酱礼盒', '3瓶装 手提 彩印', '个', 10000, '5.50', '4.95'),
            ('0203', '纸箱', '24瓶装 五层', '个', 8000, '3.60', '3.24')]
    lines = exact([ln(s, '%s %s' % (t, g), q, dp) for s, t, g, u, q, p, dp in rows], ['0.036', None, None])
    total = m2(subtotal(lines))
    check(lines, total)
    sh = Sheet('进货订单')
    sh.widths = {1: 8, 2: 18, 3: 16, 4: 6, 5: 10, 6: 10, 7: 8, 8: 12, 9: 12}
    sh.set(1, 1, '进货订单', bold=True, size=16)
    sh.merge(1, 1, 1, 9)
    sh.row(2, 1, ['单据日期：', datetime.date(2027, 1, 23), '', '单据编号：', 'PO-2027-01-0019', '', '供应商：',
                  '杭州恒达包装材料有限公司'])
    sh.row(3, 1, ['部门：', '采购部', '', '业务员：', '罗燕', '', '币种：', '人民币'])
    head = ['存货编码', '存货名称', '规格型号', '单位', '数量', '报价', '扣率%', '含税单价', '含税金额']
    data_rows = []
    for s, t, g, u, q, p, dp in rows:
        data_rows.append([s, t, g, u, q, D(p), 90, D(dp), D(dp) * q])
    nxt = put_table(sh, 5, head, data_rows, {5: '0.000', 7: '0.000', 8: '#,##0.00'})
    sh.set(nxt, 1, '合计', border=True)
    sh.set(nxt, 5, ('=SUM(E6:E8)', sum(r[4] for r in rows)), border=True)
    sh.set(nxt, 9, ('=SUM(I6:I8)', D(total)), border=True, fmt='#,##0.00')
    sh.set(nxt + 2, 1, '收货地址：贵州省贵阳市修文县 扎佐工业园 黔味坊食品 3 号库房')
    sh.set(nxt + 3, 1, '收货人：龙腾飞  电话：18985076632')
    sh.set(nxt + 4, 1, '制单人：罗燕    审核人：    打印日期：2027-01-23')
    data = corpus_docs.xlsx_bytes([sh], creator='luoyan', app_title='畅捷通T+')
    body = '恒达：\n附件是T+导出的进货订单，报价按九折执行（扣率90%），请确认。\n\n罗燕\n贵州黔味坊食品有限公司 采购部\n0851-82236190\n'
    eml = with_attachments(hdr(addr('罗燕', 'luoyan@qianweifang.com', 'gb18030'), '进货订单 PO-2027-01-0019 黔味坊',
                               dh(2027, 1, 23, 15, 51, 6), 'tencent_7E1F2A3B4C5D6E7F8A9B0C1D2E3F4A5B08@qq.com',
                               'X-QQ-Mailer: QQMail 2.x', 'gb18030'), body, 'gb18030', 'base64',
                           [attachment(XLSX, data, '进货订单PO-2027-01-0019.xlsx', name_style='gb18030')],
                           '----=_NextPart_65A1B2C3_0D4E5F6A_7B8C9D0E')
    return eml, truth('hand-xlsx-tplus-guizhou-chili-discounted-price', 'xlsx', 'gb18030',
                      'A Guiyang chili-sauce maker\'s 畅捷通 T+ 进货订单 .xlsx (QQ Mail, GB18030 name): label and value '
                      'cells side by side on two rows (单据日期 a date cell, 单据编号, 供应商 naming us, 币种 人民币), '
                      '存货名称 and 规格型号 apart (keyed joined), a 报价 (list price) column, 扣率% 90 and the 含税单价 '
                      'after the discount; the clerk keys the discounted price and amount. 合计 formulas also sum the '
                      'quantities. Adds up.',
                      [order('PO-2027-01-0019', '贵州黔味坊食品有限公司',
                             ('龙腾飞', '18985076632', '贵州省贵阳市修文县 扎佐工业园 黔味坊食品 3 号库房'),
                             '2027-01-23', 'CNY', total, lines)])


@mail
def h349_xlsx_wps_yanbian_kimchi_tax_rows():
    rows = [('泡菜玻璃瓶 500g 含盖', '个', 30000, '1.05'),
            ('泡菜PP桶 2.5kg 带提手', '个', 8000, '2.40'),
            ('瓶贴 朝汉双语 彩印', '张', 30000, '0.06'),
            ('纸箱 12瓶装', '个', 2500, '3.10')]
    lines = [ln(None, t, q, p) for t, u, q, p in rows]
    sub = subtotal(lines)
    tax = (sub * D('0.13')).quantize(D('0.01'))
    total = m2(sub + tax)
    check(lines, total, tax)
    sh = Sheet('Sheet1')
    sh.widths = {1: 6, 2: 26, 3: 6, 4: 10, 5: 12, 6: 14}
    sh.set(1, 1, '延边韩家泡菜食品有限公司 采购单', bold=True, size=15)
    sh.merge(1, 1, 1, 6)
    sh.set(2, 1, 'No：YB-2701-24')
    sh.merge(2, 1, 2, 3)
    sh.set(2, 4, '日期：')
    sh.set(2, 5, datetime.date(2027, 1, 24), fmt='yyyy"年"m"月"d"日"')
    head = ['序号', '品名规格', '单位', '数量', '不含税单价', '不含税金额']
    data_rows = [[i + 1, t, u, q, D(p), ('=D%d*E%d' % (4 + i, 4 + i), D(p) * q)] for i, (t, u, q, p) in enumerate(rows)]
    nxt = put_table(sh, 3, head, data_rows, {4: '0.00', 5: '#,##0.00'})
    for k, (lab, f, v) in enumerate([('小计', '=SUM(F4:F7)', sub), ('增值税 13%', '=ROUND(F8*0.13,2)', tax),
                                     ('含税合计（元）', '=F8+F9', D(total))]):
        sh.set(nxt + k, 1, lab, border=True)
        sh.merge(nxt + k, 1, nxt + k, 5)
        sh.set(nxt + k, 6, (f, v), border=True, fmt='#,##0.00')
    sh.set(nxt + 4, 1, '送货地址：吉林省延吉市 朝阳川镇 食品工业园 韩家泡菜 1 号车间')
    sh.set(nxt + 5, 1, '联系人：朴成浩  15944310087')
    sh.set(nxt + 6, 1, '采购：崔美花    批准：')
    data = corpus_docs.xlsx_bytes([sh], creator='WPS', app_title='WPS 表格')
    body = ('恒达包装 您好，\n\n附件采购单请查收，不含税价另加13%税，开专票。瓶贴是朝鲜文汉文双语的，稿子另发。\n\n'
            '崔美花\n延边韩家泡菜食品有限公司\n0433-2851106\n')
    eml = with_attachments(hdr(addr('崔美花', 'cuimeihua77@126.com', 'gbk'), '采购单 YB-2701-24',
                               dh(2027, 1, 24, 9, 30, 40), '6c2d3e4f.2b1a.18d5a9b8c7d.Coremail.cuimeihua77@126.com',
                               'X-Mailer: Coremail Webmail Server Version XT5.0.14', 'gbk'), body, 'gbk', 'base64',
                           [attachment(XLSX, data, '采购单YB-2701-24.xlsx', name_style='gbk')],
                           '----=_Part_1187364_492817365.1769218240551')
    return eml, truth('hand-xlsx-wps-yanbian-kimchi-tax-rows', 'xlsx', 'gbk',
                      'A Yanji kimchi maker\'s WPS form .xlsx from 126 Mail: "No：YB-2701-24" in a text cell, the date a '
                      'date cell formatted yyyy"年"m"月"d"日", net prices (不含税单价), formulas with cached values, rows '
                      '小计 / 增值税 13% (ROUND formula) / 含税合计（元）. Prices keyed as written (net); the total is the '
                      'tax-inclusive 含税合计. Adds up with the tax.',
                      [order('YB-2701-24', '延边韩家泡菜食品有限公司',
                             ('朴成浩', '15944310087', '吉林省延吉市 朝阳川镇 食品工业园 韩家泡菜 1 号车间'),
                             '2027-01-24', 'CNY', total, lines)])


@mail
def h350_xlsx_sap_s4_es_olive_oil_price_per_1000():
    rows = [('10', '7000123', 'ETIQ. AOVE 500ML FRONTAL', 250000, 'ST', '18.50', 1000, '2027-03-01'),
            ('20', '7000124', 'ETIQ. AOVE 500ML TRASERA', 250000, 'ST', '12.00', 1000, '2027-03-01'),
            ('30', '7000210', 'CAJA 12X500ML ONDULADO', 21000, 'ST', '0.86', 1, '2027-03-01'),
            ('40', '7000305', 'ESTUCHE REGALO 2X250ML', 6000, 'ST', '1.74', 1, '2027-03-15')]
    lines = []
    for it, mat, t, q, u, p, per, dd in rows:
        unit = D(p) / per
        lines.append(ln(mat, t, q, unit, D(p) * q / per))
    lines = exact(lines, ['0.0185', '0.012', None, None])
    total = m2(subtotal(lines))
    check(lines, total)
    sh = Sheet('Sheet1')
    head = ['Purchasing Document', 'Item', 'Document Date', 'Vendor', 'Material', 'Short Text', 'PO Quantity',
            'Order Unit', 'Net Price', 'Price Unit', 'Currency', 'Net Order Value', 'Delivery Date', 'Plant']
    data_rows = [['4500088213', it, datetime.date(2027, 1, 25), '300417', mat, t, q, u, D(p), per, 'EUR',
                  D(p) * q / per, datetime.date(*map(int, dd.split('-'))), 'ES12'] for it, mat, t, q, u, p, per, dd in rows]
    put_table(sh, 1, head, data_rows, {2: 'dd.mm.yyyy', 12: 'dd.mm.yyyy', 11: '#,##0.00'})
    sh.widths = {6: 30}
    data = corpus_docs.xlsx_bytes([sh], creator='SAP')
    body = """Dear Vivian,

Please find attached our purchase order 4500088213 (export from SAP, the PDF output will follow from our system).
Note that label prices are per 1,000 pieces.

Delivery address:
Aceites Sierra Mágina S.A. - Almacén de envases
Polígono Industrial Los Olivares, C/ Torredonjimeno 22
23009 Jaén, España
Contact: Antonio Ruiz, +34 953 281 774

Total order value EUR %s.

Kind regards,
María José Cabrera
Compras / Purchasing
Aceites Sierra Mágina S.A.
""" % amt(D(total))
    eml = with_attachments(hdr(addr('María José Cabrera', 'mj.cabrera@sierramagina-aceites.es'),
                               'PO 4500088213 Aceites Sierra Magina', dh(2027, 1, 25, 12, 2, 14, 60),
                               'VI1PR06MB7012A2B3C4D5E6F7@VI1PR06MB7012.eurprd06.prod.outlook.com'), body, 'utf-8',
                           'quoted-printable', [attachment(XLSX, data, 'EXPORT.XLSX')],
                           '_004_VI1PR06MB7012A2B3C4D5E6F7VI1PR06MB7012eurp_')
    return eml, truth('hand-xlsx-sap-s4-es-olive-oil-price-per-1000', 'xlsx', 'utf-8',
                      'A Jaén olive-oil bottler sends an SAP S/4HANA list export "EXPORT.XLSX" (one header row, 14 '
                      'columns, the document number and date repeated on every line, item numbers 10/20/30/40, Order '
                      'Unit ST, dd.mm.yyyy dates): the two label lines have Net Price 18.50 and 12.00 with Price Unit '
                      '1000 (per thousand, as the mail says), so they are keyed 0.0185 and 0.012 per piece with the Net '
                      'Order Value as written; the vendor number 300417 and Plant are no order data. The ship-to only in '
                      'the mail text. Adds up.',
                      [order('4500088213', 'Aceites Sierra Mágina S.A.',
                             ('Antonio Ruiz', '+34 953 281 774',
                              'Aceites Sierra Mágina S.A. - Almacén de envases, Polígono Industrial Los Olivares, '
                              'C/ Torredonjimeno 22, 23009 Jaén, España'), '2027-01-25', 'EUR', total, lines)])


@mail
def h351_xlsx_ma_argan_french_free_sample_line():
    rows = [('FL-30', 'Flacon verre ambré 30 ml + pipette', 20000, '0.24'),
            ('FL-100', 'Flacon verre ambré 100 ml + pompe', 8000, '0.41'),
            ('ET-30', 'Étui carton 30 ml, dorure', 20000, '0.13'),
            ('ECH-05', 'Échantillon flacon 5 ml (gratuit)', 2000, '0.00')]
    lines = lines_of(rows)
    sub = subtotal(lines)
    rem = (sub * D('0.05')).quantize(D('0.01'))
    total = m2(sub - rem)
    check(lines, total, -rem)
    sh = Sheet('Bon de commande')
    sh.widths = {1: 10, 2: 36, 3: 10, 4: 12, 5: 14}
    sh.set(1, 1, 'COOPÉRATIVE FÉMININE TIGMI ARGAN', bold=True, size=14)
    sh.set(2, 1, 'Route d\'Essaouira, Tamanar, Province d\'Essaouira, Maroc')
    sh.set(4, 1, 'BON DE COMMANDE', bold=True, size=13)
    sh.set(5, 1, 'N° :')
    sh.set(5, 2, 'BC-2027/008')
    sh.set(6, 1, 'Date :')
    sh.set(6, 2, datetime.date(2027, 1, 25), fmt='dd/mm/yyyy')
    sh.set(7, 1, 'Fournisseur :')
    sh.set(7, 2, 'Hangzhou Hengda Packaging Materials Co., Ltd.')
    head = ['Réf.', 'Désignation', 'Quantité', 'P.U. (€)', 'Montant (€)']
    data_rows = [[s, t, q, D(p), ('=C%d*D%d' % (10 + i, 10 + i), D(p) * q)] for i, (s, t, q, p) in enumerate(rows)]
    nxt = put_table(sh, 9, head, data_rows, {3: '#,##0.00', 4: '#,##0.00'})
    for k, (lab, f, v) in enumerate([('Total HT', '=SUM(E10:E13)', sub), ('Remise 5 %', '=-E14*5%', -rem),
                                     ('NET À PAYER', '=E14+E15', D(total))]):
        sh.set(nxt + k, 4, lab, bold=True)
        sh.set(nxt + k, 5, (f, v), border=True, fmt='#,##0.00')
    sh.set(nxt + 4, 1, 'Livraison : Coopérative Tigmi Argan, Dépôt d\'Agadir, Lot 212, Zone Industrielle Tassila, '
                       '80000 Agadir, Maroc')
    sh.set(nxt + 5, 1, 'Contact : Mme Fatima Zahra Amellal, +212 661 42 87 05')
    data = corpus_docs.xlsx_bytes([sh], creator='Tigmi')
    body = ('Bonjour Madame Vivian,\n\nVeuillez trouver ci-joint notre bon de commande BC-2027/008. Merci de nous envoyer '
            'la facture proforma.\n\nCordialement,\nKhadija Oubella\nCoopérative Féminine Tigmi Argan\n+212 524 78 31 60\n')
    eml = with_attachments(hdr(addr('Khadija Oubella', 'tigmi.argan@menara.ma'), 'Bon de commande BC-2027/008',
                               dh(2027, 1, 25, 16, 40, 2, 60), '1769355602.84512.webmail@menara.ma',
                               'User-Agent: Horde Application Framework 5'), body, 'utf-8', 'quoted-printable',
                           [attachment(XLSX, data, 'BC-2027-008.xlsx')], '=_a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6')
    return eml, truth('hand-xlsx-ma-argan-french-free-sample-line', 'xlsx', 'utf-8',
                      'A Moroccan women\'s argan-oil cooperative (Horde webmail) sends a French "BON DE COMMANDE" .xlsx: '
                      '"N° :" and "Date :" label cells with the value in the next column (a dd/mm/yyyy date cell), € only '
                      'in the headers, a free sample line at 0.00 ("gratuit", keyed as a line priced 0), Total HT, '
                      '"Remise 5 %" as a negative formula and NET À PAYER. Adds up after the discount.',
                      [order('BC-2027/008', 'Coopérative Féminine Tigmi Argan',
                             ('Mme Fatima Zahra Amellal', '+212 661 42 87 05',
                              'Coopérative Tigmi Argan, Dépôt d\'Agadir, Lot 212, Zone Industrielle Tassila, 80000 Agadir, '
                              'Maroc'), '2027-01-25', 'EUR', total, lines)])


@mail
def h352_xlsx_pk_sialkot_dozens_artwork_sheet():
    rows = [('SFB-5', 'Poly bag for football size 5, printed 2 col', 'DZ', 3000, '0.96'),
            ('SFB-4', 'Poly bag for football size 4, printed 2 col', 'DZ', 1500, '0.84'),
            ('SCT-12', 'Master carton for 12 balls, 5 ply', 'PCS', 3750, '1.45'),
            ('SHT-1', 'Hang tag with eyelet', 'DZ', 4500, '0.30')]
    lines = lines_of(rows, qty=3, price=4)
    total = m2(subtotal(lines))
    check(lines, total)
    po = Sheet('PO')
    po.widths = {1: 10, 2: 42, 3: 6, 4: 10, 5: 12, 6: 14}
    po.set(1, 1, 'AL-NOOR SPORTS (PVT) LTD.', bold=True, size=14)
    po.set(2, 1, 'Sialkot Export Processing Zone, Sambrial Road, Sialkot, Pakistan')
    po.set(4, 1, 'PURCHASE ORDER', bold=True)
    po.row(5, 1, ['PO #', 'ANS-PKG-27-015', '', 'Date', datetime.date(2027, 1, 26)])
    po.set(5, 5, datetime.date(2027, 1, 26), fmt='d-mmm-yy')
    head = ['Code', 'Description', 'Unit', 'Qty', 'Price (USD)', 'Amount (USD)']
    data_rows = [[s, t, u, q, D(p), ('=D%d*E%d' % (8 + i, 8 + i), D(p) * q)] for i, (s, t, u, q, p) in enumerate(rows)]
    nxt = put_table(po, 7, head, data_rows, {4: '0.00', 5: '#,##0.00'})
    po.set(nxt, 5, 'TOTAL', bold=True)
    po.set(nxt, 6, ('=SUM(F8:F11)', D(total)), border=True, fmt='#,##0.00')
    po.set(nxt + 2, 1, 'Delivery Schedule: 50% by 20-Feb-27, balance by 10-Mar-27')
    po.set(nxt + 3, 1, 'Ship to: Al-Noor Sports (Pvt) Ltd., Plot 9-B, Sialkot Export Processing Zone, Sambrial Road, '
                       'Sialkot 51310, Pakistan')
    po.set(nxt + 4, 1, 'Attn: Mr. Waqas Butt  +92 300 611 2874')
    art = Sheet('Artwork')
    art.set(1, 1, 'Artwork notes', bold=True)
    art.row(2, 1, ['Code', 'Pantone', 'Print size', 'Qty per pack'])
    art.row(3, 1, ['SFB-5', '286C + Black', '18 x 12 cm', 12])
    art.row(4, 1, ['SFB-4', '286C + Black', '16 x 10 cm', 12])
    art.row(5, 1, ['SHT-1', '4 colour', '5 x 9 cm', 12])
    data = corpus_docs.xlsx_bytes([po, art], creator='Waqas')
    body = ('Dear Ms. Vivian,\n\nPlease find attached PO ANS-PKG-27-015. Bags and tags are priced per dozen as per your '
            'offer. Artwork details in second sheet.\n\nBest regards,\nUsman Ghani\nPurchase Dept.\nAl-Noor Sports (Pvt) Ltd.\n'
            'Ph: +92 52 356 1440\n')
    eml = with_attachments(hdr('Usman Ghani <purchase@alnoorsports.com.pk>', 'PO ANS-PKG-27-015',
                               dh(2027, 1, 26, 10, 18, 55, 300), '002e01db6fa1$b2c3d4e5$f6a7b8c9$@alnoorsports.com.pk',
                               'X-Mailer: Microsoft Outlook 16.0'), body, 'us-ascii', '7bit',
                           [attachment(XLSX, data, 'PO ANS-PKG-27-015.xlsx')],
                           '----=_NextPart_000_002F_01DB6FA1.B2C3D4E5')
    return eml, truth('hand-xlsx-pk-sialkot-dozens-artwork-sheet', 'xlsx', 'us-ascii',
                      'A Sialkot football maker\'s .xlsx with two sheets: PO (letterhead rows, "PO #" and "Date" label '
                      'cells, a d-mmm-yy date, a Unit column with DZ for bags and tags priced per dozen and PCS for '
                      'cartons, quantities with ".00", a TOTAL formula, a delivery schedule in two lots) and Artwork '
                      '(codes, Pantone, print sizes and "Qty per pack" 12: no order). Quantities keyed as written (dozens). '
                      'Adds up.',
                      [order('ANS-PKG-27-015', 'Al-Noor Sports (Pvt) Ltd.',
                             ('Mr. Waqas Butt', '+92 300 611 2874',
                              'Al-Noor Sports (Pvt) Ltd., Plot 9-B, Sialkot Export Processing Zone, Sambrial Road, '
                              'Sialkot 51310, Pakistan'), '2027-01-26', 'USD', total, lines)])


@mail
def h353_xlsx_gansu_lily_instructions_sheet_unpriced_hold():
    rows = [('BH-DZ-500', '百合干自封袋 500g 牛皮纸', '个', 20000, '0.58'),
            ('BH-LH-1', '鲜百合礼盒 1kg 泡沫内托', '个', 5000, None),
            ('BH-ZX-10', '冷链纸箱 10kg', '个', 1200, '6.30')]
    lines = [ln(s, t, q, p) for s, t, u, q, p in rows]
    total = m2(subtotal([x for x in lines if 'total' in x]))
    assert total == '19160.00', total
    info = Sheet('填写说明')
    for i, x in enumerate(['1. 黄色格子必填', '2. 单价不清楚的可以不填，由供应商报价', '3. 本表由WPS制作，请勿改动公式',
                           '4. 交货地址以订货单为准']):
        info.set(1 + i, 1, x)
    sh = Sheet('订货单')
    sh.widths = {1: 12, 2: 26, 3: 6, 4: 10, 5: 10, 6: 12}
    sh.set(1, 1, '兰州百合 订货单', bold=True, size=15)
    sh.merge(1, 1, 1, 6)
    sh.row(2, 1, ['订单号', 'LZBH-0126', '', '订货日期', '2027.1.26'])
    sh.row(3, 1, ['订货单位', '兰州七里河百合农业专业合作社'])
    head = ['编号', '品名', '单位', '数量', '单价', '金额']
    data_rows = []
    for i, (s, t, u, q, p) in enumerate(rows):
        r = 5 + i
        data_rows.append([s, t, u, q, D(p) if p else None,
                          ('=D%d*E%d' % (r, r), D(p) * q if p else 0)])
    nxt = put_table(sh, 4, head, data_rows, {4: '0.00', 5: '#,##0.00'})
    sh.set(6, 7, '按上次价格')
    sh.set(nxt, 1, '合计', border=True)
    sh.set(nxt, 6, ('=SUM(F5:F7)', D(total)), border=True, fmt='#,##0.00')
    sh.set(nxt + 2, 1, '收货：甘肃省兰州市七里河区 西果园镇 百合产业园 合作社冷库  何永福 13893322706')
    data = corpus_docs.xlsx_bytes([info, sh], creator='WPS', app_title='WPS 表格')
    body = '恒达包装：\n\n订货单在附件第二页，礼盒价格我不记得了，按上次的价格算。\n\n苏兰英\n兰州七里河百合农业专业合作社\n13919088541\n'
    eml = with_attachments(hdr(addr('苏兰英', '2284619035@qq.com', 'gb18030'), '订货单',
                               dh(2027, 1, 26, 20, 11, 38), 'tencent_9A0B1C2D3E4F5A6B7C8D9E0F1A2B3C4D5E06@qq.com',
                               'X-QQ-Mailer: QQMail 2.x', 'gb18030'), body, 'gb18030', 'base64',
                           [attachment(XLSX, data, '订货单.xlsx', name_style='gb18030')],
                           '----=_NextPart_6B2C3D4E_5F6A7B8C_9D0E1F2A')
    return eml, truth('hand-xlsx-gansu-lily-instructions-sheet-unpriced-hold', 'xlsx', 'gb18030',
                      'A Lanzhou lily cooperative\'s WPS .xlsx whose first sheet is 填写说明 (instructions) and the order '
                      'is on the second sheet 订货单: 订单号 and 订货日期 as label/value cells, the date typed as text '
                      '"2027.1.26", one line (the gift box) without price, its amount formula showing 0 and a note "按上次'
                      '价格" beside it; the 合计 19,160.00 is the sum of the priced lines. The clerk keys the line without '
                      'price and amount and HOLDS the order until the price is looked up. No currency stated.',
                      [order('LZBH-0126', '兰州七里河百合农业专业合作社',
                             ('何永福', '13893322706', '甘肃省兰州市七里河区 西果园镇 百合产业园 合作社冷库'),
                             '2027-01-26', None, total, lines)])


@mail
def h354_xls_guanjiapo_duyun_tea_jingshouren():
    rows = [('CY-01', '毛尖茶叶罐', '马口铁 100g 圆罐', '个', 12000, '2.35'),
            ('CY-02', '茶叶礼盒', '双罐装 书型盒', '个', 5000, '7.80'),
            ('CY-03', '铝箔小袋', '3g 三边封', '个', 300000, '0.022'),
            ('CY-04', '手提袋', '白卡 260g', '个', 5000, '1.10')]
    lines = exact([ln(s, '%s %s' % (t, g), q, p) for s, t, g, u, q, p in rows], [None, None, '0.022', None])
    total = m2(subtotal(lines))
    check(lines, total)
    sh = Sheet('进货订单')
    sh.widths = {1: 6, 2: 10, 3: 14, 4: 16, 5: 6, 6: 10, 7: 10, 8: 12, 9: 12}
    sh.set(1, 1, '都匀市黔南毛尖茶业有限公司 进货订单', size=16)
    sh.merge(1, 1, 1, 9)
    sh.row(2, 1, ['单据编号：', '', 'JH-DD-2027-01-0042', '', '录单日期：', '', '2027-01-27'])
    sh.row(3, 1, ['往来单位：', '', '杭州恒达包装材料有限公司', '', '经手人：', '', '吴国华'])
    sh.row(4, 1, ['收货仓库：', '', '包材仓', '', '交货日期：', '', '2027-02-15'])
    sh.row(5, 1, ['摘要：', '', '春茶包材'])
    sh.row(6, 1, ['行号', '商品编号', '商品全名', '规格', '单位', '数量', '单价', '金额', '备注'], border=True)
    for i, (s, t, g, u, q, p) in enumerate(rows):
        r = 7 + i
        sh.row(r, 1, [i + 1, s, t, g, u, q], border=True)
        sh.set(r, 7, D(p), border=True, fmt='0.0000')
        sh.set(r, 8, D(p) * q, border=True, fmt='#,##0.00')
        sh.set(r, 9, '', border=True)
    sh.row(11, 1, ['合计', '', '', '', '', sum(r[4] for r in rows), '', D(total)], border=True)
    sh.set(13, 1, '送货地址：贵州省黔南州都匀市 经济开发区 茶博园路 9 号 黔南毛尖茶业 包材仓  石磊 13985462217')
    data = corpus_docs.xls_bytes([sh])
    body = '恒达包装 钱经理：\n\n管家婆里打的进货订单，附件。春茶3月开采，2月中旬前要到。\n\n吴国华\n都匀市黔南毛尖茶业有限公司\n0854-8223015\n'
    eml = with_attachments(hdr(addr('吴国华', 'wugh@qiannan-maojian.com', 'gb2312'), '进货订单',
                               dh(2027, 1, 27, 11, 8, 19), '000c01db7021$4d5e6f70$8192a3b4$@qiannan-maojian.com',
                               'X-Mailer: Microsoft Outlook 14.0', 'gb2312'), body, 'gb2312', 'base64',
                           [attachment(XLS, data, '进货订单JH-DD-2027-01-0042.xls', name_style='gb2312')],
                           '----=_NextPart_000_000D_01DB7021.4D5E6F70')
    return eml, truth('hand-xls-guanjiapo-duyun-tea-jingshouren', 'xls', 'gb2312',
                      'A Duyun tea company\'s 管家婆 进货订单 .xls (Outlook 2010, GB2312, the Subject only "进货订单"): '
                      'label cells with the value two columns right (单据编号, 录单日期 as text, 往来单位 naming us, 经手人 '
                      'the buyer, 收货仓库, 交货日期 which is no order date, 摘要), 商品全名 and 规格 apart (keyed joined), '
                      '4-decimal price cells, an empty 备注 column, a 合计 row that sums the quantities too; the receiver '
                      'in one line below. No currency stated. Adds up.',
                      [order('JH-DD-2027-01-0042', '都匀市黔南毛尖茶业有限公司',
                             ('石磊', '13985462217', '贵州省黔南州都匀市 经济开发区 茶博园路 9 号 黔南毛尖茶业 包材仓'),
                             '2027-01-27', None, total, lines)])


@mail
def h355_xls_oracle_ebs_eg_juice_usd():
    rows = [('1', 'PK-ASEP-1L', 'ASEPTIC CARTON SLEEVE 1L MANGO', 'EA', 400000, '0.0420'),
            ('2', 'PK-ASEP-200', 'ASEPTIC CARTON SLEEVE 200ML GUAVA', 'EA', 900000, '0.0180'),
            ('3', 'PK-TRAY-24', 'SHRINK TRAY 24X200ML', 'EA', 37500, '0.2100'),
            ('4', 'PK-STRAW-U', 'U-SHAPE STRAW WRAPPED', 'EA', 900000, '0.0035')]
    lines = exact([ln(s, t, q, p) for n, s, t, u, q, p in rows], ['0.042', '0.018', None, '0.0035'])
    total = m2(subtotal(lines))
    check(lines, total)
    sh = Sheet('PO_6100234')
    sh.widths = {1: 6, 2: 14, 3: 38, 4: 6, 5: 12, 6: 12, 7: 14, 8: 14}
    sh.row(1, 1, ['Standard Purchase Order', '', '', '', 'PO Number', '6100234', 'Revision', '0'])
    sh.row(2, 1, ['Delta Nile Juice Industries S.A.E.', '', '', '', 'Creation Date', '28-JAN-2027'])
    sh.row(3, 1, ['6th of October City, 3rd Industrial Zone, Giza, Egypt', '', '', '', 'Currency', 'USD'])
    sh.row(4, 1, ['Ship To:', 'DNJ Main Warehouse, Plot 112, 3rd Industrial Zone, 6th of October City, Giza, Egypt'])
    sh.row(5, 1, ['Contact:', 'Eng. Mostafa Hassan - +20 122 390 5516'])
    sh.row(7, 1, ['Line', 'Item', 'Description', 'UOM', 'Quantity', 'Unit Price', 'Amount', 'Promised Date'], border=True)
    for i, (n, s, t, u, q, p) in enumerate(rows):
        r = 8 + i
        sh.row(r, 1, [int(n), s, t, u, q], border=True)
        sh.set(r, 6, D(p), border=True, fmt='0.0000')
        sh.set(r, 7, D(p) * q, border=True, fmt='#,##0.00')
        sh.set(r, 8, '15-MAR-2027', border=True)
    sh.row(12, 5, ['Total', '', D(total)], border=True)
    sh.set(14, 1, 'Terms: CFR Alexandria, 30% advance, 70% against B/L copy')
    data = corpus_docs.xls_bytes([sh])
    body = """Dear Hengda Team,

Attached the approved PO 6100234 from our Oracle system. Please sign and return the acknowledgement.

Best regards,
Nourhan El-Sayed
Senior Buyer - Packaging
Delta Nile Juice Industries S.A.E.
Mobile: +20 100 771 2094
"""
    eml = with_attachments(hdr('Nourhan El-Sayed <nourhan.elsayed@deltanilejuice.com.eg>', 'PO 6100234 - Aseptic sleeves & straws',
                               dh(2027, 1, 28, 13, 45, 9, 120), 'DB9PR08MB7719C3D4E5F6A7B8@DB9PR08MB7719.eurprd08.prod.outlook.com'),
                           body, 'us-ascii', '7bit', [attachment(XLS, data, 'PO_6100234.xls')],
                           '_002_DB9PR08MB7719C3D4E5F6A7B8DB9PR08MB7719eurp_')
    return eml, truth('hand-xls-oracle-ebs-eg-juice-usd', 'xls', 'us-ascii',
                      'A Giza juice maker\'s Oracle E-Business Suite PO saved as .xls: "Standard Purchase Order" with PO '
                      'Number / Revision / Creation Date (28-JAN-2027 as text) / Currency label cells to the right of the '
                      'letterhead, Ship To and Contact rows, upper-case descriptions, 4-decimal prices, UOM EA, a Promised '
                      'Date column and a Total row; payment terms below. Adds up.',
                      [order('6100234', 'Delta Nile Juice Industries S.A.E.',
                             ('Eng. Mostafa Hassan', '+20 122 390 5516',
                              'DNJ Main Warehouse, Plot 112, 3rd Industrial Zone, 6th of October City, Giza, Egypt'),
                             '2027-01-28', 'USD', total, lines)])


@mail
def h356_xls_pingyao_beef_freight_daxie_wps97():
    rows = [('平遥牛肉真空袋 200g 耐蒸煮', '个', 100000, '0.21'),
            ('平遥牛肉礼盒 4袋装 木纹纸', '个', 8000, '8.40'),
            ('礼盒外箱 8盒装', '个', 1000, '4.60')]
    lines = [ln(None, t, q, p) for t, u, q, p in rows]
    sub = subtotal(lines)
    freight = D('900')
    total = m2(sub + freight)
    check(lines, total, freight)
    sh = Sheet('Sheet1')
    sh.widths = {1: 6, 2: 30, 3: 6, 4: 10, 5: 10, 6: 14}
    sh.set(1, 1, '山西平遥古城牛肉食品有限公司', size=16)
    sh.merge(1, 1, 1, 6)
    sh.set(2, 1, '订  货  单', bold=True)
    sh.merge(2, 1, 2, 6)
    sh.set(3, 1, '单号：PY20270129', bold=True)
    sh.set(3, 5, '日期：2027年1月29日', bold=True)
    sh.row(4, 1, ['序号', '品名规格', '单位', '数量', '单价(元)', '金额(元)'], border=True)
    for i, (t, u, q, p) in enumerate(rows):
        sh.row(5 + i, 1, [i + 1, t, u, q], border=True)
        sh.set(5 + i, 5, D(p), border=True, fmt='0.00')
        sh.set(5 + i, 6, D(p) * q, border=True, fmt='#,##0.00')
    sh.row(8, 1, ['', '运费', '', '', '', D(freight)], border=True)
    sh.row(9, 1, ['', '合计', '', '', '', D(total)], border=True)
    sh.row(10, 1, ['', '大写：' + daxie(total)], border=True)
    sh.set(12, 1, '收货地址：山西省晋中市平遥县 洪善镇 食品工业园 古城牛肉 包装车间')
    sh.set(13, 1, '收货人：冀保平 15035426610')
    data = corpus_docs.xls_bytes([sh])
    body = '恒达包装：\n\n订货单见附件（97-2003格式），运费按上次900元一起算。\n\n冀红梅\n山西平遥古城牛肉食品有限公司\n0354-5682201\n'
    eml = with_attachments(hdr(addr('冀红梅', 'jihongmei@pygucheng-beef.com', 'gbk'), '平遥古城牛肉 订货单 PY20270129',
                               dh(2027, 1, 29, 8, 52, 44), '202701290852449318826@pygucheng-beef.com',
                               'X-Mailer: Foxmail 7.2.25.375[cn]', 'gbk'), body, 'gbk', 'base64',
                           [attachment(XLS, data, '订货单PY20270129.xls', name_style='gbk')],
                           '----=_001_NextPart718230449_=----')
    return eml, truth('hand-xls-pingyao-beef-freight-daxie-wps97', 'xls', 'gbk',
                      'A Pingyao beef company\'s form saved as Excel 97-2003: company and spaced "订  货  单" title rows, '
                      '"单号：…" and "日期：2027年1月29日" in text cells, a 运费 row and a 合计 row inside the table (no '
                      'quantity or price, amount only), a 大写 row; no SKUs. Adds up with the freight.',
                      [order('PY20270129', '山西平遥古城牛肉食品有限公司',
                             ('冀保平', '15035426610', '山西省晋中市平遥县 洪善镇 食品工业园 古城牛肉 包装车间'),
                             '2027-01-29', 'CNY', total, lines)])


# ============================================================ PDF attachments
@mail
def h357_pdf_sage_es_turron_dto_portes():
    rows = [('EST-200', 'Estuche turrón 200 g, cartón dorado', 30000, '0.185'),
            ('EST-300', 'Estuche turrón 300 g, cartón dorado', 20000, '0.215'),
            ('CAJ-EXP', 'Caja expositora 20 estuches', 2500, '0.95')]
    lines = exact([ln(s, t, q, p) for s, t, q, p in rows], ['0.185', '0.215', None])
    bruto = subtotal(lines)
    dto = (bruto * D('0.02')).quantize(D('0.01'))
    portes = D('350')
    total = m2(bruto - dto + portes)
    check(lines, total, portes - dto)
    table = [['Código', 'Descripción', 'Cantidad', 'Precio', 'Importe']]
    table += [[s, t, eu(q, 0), eu(p, 3), eu(D(p) * q)] for s, t, q, p in rows]
    head = [(45, 'Turrones Artesanos de Xixona, S.L.', 13), (45, 'Av. de la Constitución 41, 03100 Xixona (Alicante)', 8),
            (45, 'CIF B03447120  ·  Tel. 965 61 08 72', 8), (330, 'PEDIDO A PROVEEDOR', 14),
            (330, 'Nº pedido: PP 27/000061', 9), (330, 'Fecha: 29/01/2027', 9),
            (330, 'Proveedor: Hangzhou Hengda Packaging Materials', 9)]
    tail = [('r', 'Importe bruto: %s €' % eu(bruto), 9), ('r', 'Dto. pronto pago 2%%: -%s €' % eu(dto), 9),
            ('r', 'Portes: %s €' % eu(portes), 9), ('r', 'Base imponible: %s €' % eu(total), 9),
            ('r', 'IVA 0%% (importación): 0,00 €', 9), ('r', 'TOTAL PEDIDO: %s €' % eu(total), 11),
            (45, 'Entregar en: Turrones Artesanos de Xixona, S.L. - Nave 3, Polígono El Espartal, 03100 Xixona (Alicante)', 8),
            (45, 'Persona de contacto: Vicente Mira, 609 41 27 55', 8)]
    data = grid_pdf(head, table, [70, 220, 70, 70, 75], tail, 'Pedido PP 27/000061', 'Sage 50',
                    align=['l', 'l', 'r', 'r', 'r'])
    body = ('Buenos días,\n\nAdjuntamos pedido PP 27/000061. Por favor confirmen fecha de embarque.\n\nUn saludo,\n'
            'Rosa Sempere\nDpto. Compras\nTurrones Artesanos de Xixona, S.L.\n')
    eml = with_attachments(hdr(addr('Rosa Sempere', 'compras@turronesxixona.es'), 'Pedido PP 27/000061',
                               dh(2027, 1, 29, 9, 3, 30, 60), '000001db7212$8a9b0c1d$2e3f4a5b$@turronesxixona.es',
                               'X-Mailer: Microsoft Outlook 16.0', 'iso-8859-1'), body, 'iso-8859-1', 'quoted-printable',
                           [attachment('application/pdf', data, 'Pedido PP 27-000061.pdf')],
                           '----=_NextPart_000_0001_01DB7212.8A9B0C1D')
    return eml, truth('hand-pdf-sage-es-turron-dto-portes', 'pdf', 'iso-8859-1',
                      'A Xixona nougat maker\'s Sage 50 "PEDIDO A PROVEEDOR" PDF: letterhead with CIF and phone, "Nº '
                      'pedido: PP 27/000061" with a space inside, a D/M/Y date, a ruled table with Spanish number style '
                      '(dot thousands, 3-decimal prices with commas), then right-aligned Importe bruto, "Dto. pronto pago '
                      '2%" negative, Portes, Base imponible, IVA 0% and TOTAL PEDIDO with "€" after. Adds up after '
                      'discount and freight.',
                      [order('PP 27/000061', 'Turrones Artesanos de Xixona, S.L.',
                             ('Vicente Mira', '609 41 27 55',
                              'Turrones Artesanos de Xixona, S.L. - Nave 3, Polígono El Espartal, 03100 Xixona (Alicante)'),
                             '2027-01-29', 'EUR', total, lines)])


@mail
def h358_pdf_hk_mooncake_deposit_balance_uming():
    rows = [('MC-BX-4', '月餅禮盒 4個裝 鐵盒 壓紋', 15000, '11.80'),
            ('MC-TR-4', '月餅吸塑內托 4位', 15000, '0.65'),
            ('MC-BAG-4', '禮盒手挽袋 啞膜', 15000, '1.90')]
    lines = lines_of(rows)
    total = m2(subtotal(lines))
    check(lines, total)
    dep = (D(total) * D('0.3')).quantize(D('0.01'))
    table = [['貨品編號', '貨品描述', '數量', '單價', '金額']]
    table += [[s, t, '{:,}'.format(q), p, amt(D(p) * q)] for s, t, q, p in rows]
    table += [['', '總額 (港幣)', '', '', amt(D(total))]]
    head = [('c', '榮華月餅製作有限公司', 15), ('c', '香港九龍觀塘 鴻圖道 22 號 榮華工業大廈 9 樓', 8),
            ('c', '採 購 單', 14), (45, '採購單號：WW-PO-27-0130', 9), (45, '日期：2027年1月30日', 9),
            (45, '供應商：杭州恒達包裝材料有限公司', 9)]
    tail = [(45, '訂金 30%%：HK$ %s（已於 2027年1月30日 匯出）' % amt(dep), 9),
            (45, '尚欠餘額：HK$ %s（出貨前付清）' % amt(D(total) - dep), 9),
            (45, '送貨地址：香港新界元朗 工業邨 宏利街 8 號 榮華月餅 貨倉', 9), (45, '聯絡人：何家明 6283 1190', 9),
            (45, '備註：7月15日前到港，逾期本公司有權取消。', 9), (330, '採購部主管：__________', 9)]
    data = grid_pdf(head, table, [80, 200, 70, 60, 95], tail, '採購單 WW-PO-27-0130', 'Microsoft Word', 'song',
                    align=['l', 'l', 'r', 'r', 'r'])
    body = '恆達 陳小姐：\n\n附上採購單，訂金今日已匯出，水單稍後補上。\n\n鄭淑儀\n榮華月餅製作有限公司 採購部\n電話 2345 6078\n'
    eml = with_attachments(hdr(addr('鄭淑儀', 'purchasing@wingwahmooncake.hk', 'big5'), '採購單 WW-PO-27-0130',
                               dh(2027, 1, 30, 15, 22, 51), 'AD4D3F12-8B7C-4E21-9A6F-1C2B3D4E5F60@wingwahmooncake.hk',
                               'X-Mailer: Apple Mail (2.3774.200.91.1.1)', 'big5'), body, 'big5', 'base64',
                           [attachment('application/pdf', data, 'WW-PO-27-0130.pdf')],
                           'Apple-Mail=_3E4F5A6B-7C8D-4E9F-A0B1-C2D3E4F5A6B7')
    return eml, truth('hand-pdf-hk-mooncake-deposit-balance-uming', 'pdf', 'big5',
                      'A Kwun Tong mooncake bakery\'s Word 採購單 PDF in AR PL UMing (traditional characters), Apple Mail '
                      'in Big5: centred letterhead, "採購單號：…", a date in 年月日, a ruled table with a "總額 (港幣)" '
                      'row inside it, then "訂金 30%：HK$ 64,575.00（已於 … 匯出）" and "尚欠餘額：HK$ …" below: the '
                      'total is the order total, not the balance still owed. An 8-digit mobile without area code. Adds up.',
                      [order('WW-PO-27-0130', '榮華月餅製作有限公司',
                             ('何家明', '6283 1190', '香港新界元朗 工業邨 宏利街 8 號 榮華月餅 貨倉'),
                             '2027-01-30', 'HKD', total, lines)])


@mail
def h359_pdf_jilin_mineral_water_contract_number():
    rows = [('CBS-BQ-550', '瓶标 550ml 收缩膜 印刷', '万张', 60, '185.00'),
            ('CBS-MB-24', '热收缩膜 24瓶装 PE', '公斤', 12000, '11.20'),
            ('CBS-ZX-12', '纸箱 12瓶装 1.5L 五层', '个', 20000, '2.85')]
    lines = lines_of(rows, qty=3, price=4)
    total = m2(subtotal(lines))
    check(lines, total)
    table = [['序号', '物料编码', '物料名称', '单位', '数量', '含税单价', '含税金额']]
    table += [[str(i + 1), s, t, u, '{:,}'.format(q), p, amt(D(p) * q)] for i, (s, t, u, q, p) in enumerate(rows)]
    table += [['合计', '', '', '', '', '', amt(D(total))], ['大写', daxie(total), '', '', '', '', '']]
    head = [('c', '吉林长白山泉水饮品有限公司', 14), ('c', '采购订单', 13), (45, '合同编号：CBSQ-HT-2027-011', 9),
            (45, '订单编号：CBSQ-PO-2701-31', 9), (45, '签订日期：2027年1月31日', 9),
            (45, '供方：杭州恒达包装材料有限公司        需方：吉林长白山泉水饮品有限公司', 9)]
    tail = [(45, '一、交货地点：吉林省白山市抚松县 露水河镇 长白山泉水工业园 成品库', 9),
            (45, '二、收货人：韩东升，电话 0439-6258813', 9), (45, '三、以上价格含13%增值税及运费。', 9),
            (45, '四、付款方式：货到验收合格后 30 天内付款。', 9),
            (45, '需方（盖章）：吉林长白山泉水饮品有限公司      经办人：于海燕', 9)]

    data = grid_pdf(head, table, [36, 80, 150, 40, 60, 60, 80], tail, '采购订单', 'Microsoft Word', 'hei',
                    align=['c', 'l', 'l', 'c', 'r', 'r', 'r'])
    body = '恒达包装 您好：\n\n附件为盖章的采购订单（合同编号 CBSQ-HT-2027-011），请盖章回传。\n\n于海燕\n吉林长白山泉水饮品有限公司 采购部\n0439-6258800\n'
    eml = with_attachments(hdr(addr('于海燕', 'yuhaiyan@cbsquan.com', 'gbk'), '采购订单（盖章版）',
                               dh(2027, 1, 31, 10, 17, 2), 'tencent_3A4B5C6D7E8F9A0B1C2D3E4F5A6B7C8D9E03@cbsquan.com',
                               'X-Mailer: Tencent Exmail', 'gbk'), body, 'gbk', 'base64',
                           [attachment('application/pdf', data, '采购订单CBSQ-PO-2701-31.pdf', name_style='gbk')],
                           '----=_NextPart_7C8D9E0F_1A2B3C4D_5E6F7A8B')
    return eml, truth('hand-pdf-jilin-mineral-water-contract-number', 'pdf', 'gbk',
                      'A Changbai Mountain spring-water bottler\'s Word 采购订单 PDF with two numbers: 合同编号 '
                      '(repeated in the mail text) and 订单编号, which is the order number keyed; 签订日期 in 年月日, '
                      'units 万张 (the label line is 60 万张 at 185.00 per 万张, keyed as written) and 公斤, 含税单价, a '
                      '合计 row and a 大写 row, numbered terms (delivery place, receiver, tax and freight included, '
                      'payment). Adds up.',
                      [order('CBSQ-PO-2701-31', '吉林长白山泉水饮品有限公司',
                             ('韩东升', '0439-6258813', '吉林省白山市抚松县 露水河镇 长白山泉水工业园 成品库'),
                             '2027-01-31', 'CNY', total, lines)])


@mail
def h360_pdf_zoho_books_ke_flowers_adjustment():
    rows = [('Flower sleeve 50cm, clear BOPP, printed', 'FS-50', 200000, '0.028'),
            ('Flower sleeve 60cm, clear BOPP, printed', 'FS-60', 150000, '0.034'),
            ('Export box 100x40x25, wax coated', 'BX-WAX', 6000, '1.75')]
    lines = exact([ln(s, t, q, p) for t, s, q, p in rows], ['0.028', '0.034', None])
    sub = subtotal(lines)
    disc = D('300')
    adj = D('-0.50')
    total = m2(sub - disc + adj)
    check(lines, total, adj - disc)

    def build(c, fn, ps):
        w, h = ps
        c.setFillColorRGB(0.2, 0.45, 0.3)
        c.rect(0, h - 90, w, 90, stroke=0, fill=1)
        c.setFillColorRGB(1, 1, 1)
        c.setFont(fn, 16)
        c.drawString(45, h - 45, 'Lake Naivasha Blooms Ltd')
        c.setFont(fn, 8)
        c.drawString(45, h - 60, 'Moi South Lake Road, Naivasha, Kenya  |  +254 50 202 1477')
        c.setFont(fn, 22)
        c.drawRightString(w - 45, h - 50, 'PURCHASE ORDER')
        c.setFillColorRGB(0, 0, 0)
        c.setFont(fn, 9)
        c.drawRightString(w - 45, h - 110, '# PO-00058')
        for i, (k, v) in enumerate([('Date :', '01 Feb 2027'), ('Delivery Date :', '01 Mar 2027'),
                                    ('Ref# :', 'Valentine season')]):
            c.drawRightString(w - 140, h - 128 - i * 13, k)
            c.drawRightString(w - 45, h - 128 - i * 13, v)
        c.drawString(45, h - 110, 'Vendor Address')
        c.drawString(45, h - 123, 'Hangzhou Hengda Packaging Materials Co., Ltd.')
        c.drawString(45, h - 160, 'Deliver To')
        for i, x in enumerate(['Lake Naivasha Blooms Ltd - Packhouse', 'Moi South Lake Road, Plot 77', 'Naivasha 20117',
                               'Kenya', 'Attn: Joseph Kamau  +254 711 409 233']):
            c.drawString(45, h - 173 - i * 12, x)
        y = h - 250
        c.setFillColorRGB(0.2, 0.2, 0.2)
        c.rect(45, y - 4, w - 90, 16, stroke=0, fill=1)
        c.setFillColorRGB(1, 1, 1)
        for x, t, a in [(50, '#', 'l'), (70, 'Item & Description', 'l'), (400, 'Qty', 'r'), (470, 'Rate', 'r'),
                        (w - 50, 'Amount', 'r')]:
            (c.drawRightString if a == 'r' else c.drawString)(x, y, t)
        c.setFillColorRGB(0, 0, 0)
        y -= 22
        for i, (t, s, q, p) in enumerate(rows):
            c.drawString(50, y, str(i + 1))
            c.drawString(70, y, t)
            c.setFont(fn, 7)
            c.drawString(70, y - 10, 'SKU : ' + s)
            c.setFont(fn, 9)
            c.drawRightString(400, y, '{:,.2f}'.format(q))
            c.drawRightString(470, y, p)
            c.drawRightString(w - 50, y, amt(D(p) * q))
            y -= 30
        for i, (k, v) in enumerate([('Sub Total', amt(sub)), ('Discount', '(-) ' + amt(disc)), ('Adjustment', m2(adj)),
                                    ('Total', '$' + amt(D(total)))]):
            c.drawRightString(470, y - i * 15, k)
            c.drawRightString(w - 50, y - i * 15, v)
        c.drawString(45, y - 90, 'Notes: Prices in US Dollars. Delivery by air to NBO in two lots is acceptable.')
        c.drawString(45, y - 120, 'Authorized Signature ____________________')
    data = corpus_docs.pdf_bytes(build, 'PO-00058', 'Zoho Books')
    body = """Dear Hengda Packaging,

Please find attached the purchase order PO-00058 for your reference.

Purchase Order Amount: $%s

Regards,
Wanjiru Mwangi
Lake Naivasha Blooms Ltd
""" % amt(D(total))
    eml = with_attachments(hdr('"Lake Naivasha Blooms Ltd" <message-service@sender.zohobooks.com>',
                               'Purchase Order - PO-00058 from Lake Naivasha Blooms Ltd', dh(2027, 2, 1, 7, 55, 20, 180),
                               '1000.20270201.4f5a6b7c8d9e0f1a2b3c4d5e@sender.zohobooks.com', None, 'utf-8',
                               extra=['Reply-To: wanjiru@naivashablooms.co.ke']), body, 'utf-8', '7bit',
                           [attachment('application/pdf', data, 'PO-00058.pdf')], '----=_Part_77201_1844937261.1769921720114')
    return eml, truth('hand-pdf-zoho-books-ke-flowers-adjustment', 'pdf', 'utf-8',
                      'A Naivasha flower farm\'s Zoho Books purchase order, sent by Zoho\'s mailer (Reply-To the buyer): a '
                      'green banner with the company and "PURCHASE ORDER", "# PO-00058", Date / Delivery Date / Ref# '
                      '(only Date is the order date), Vendor Address naming us, a Deliver To block with an "Attn:" line, '
                      'a dark header row, the SKU printed small under each description ("SKU : FS-50"), quantities with '
                      '".00", Sub Total, "Discount (-) 300.00", "Adjustment -0.50" and Total with "$"; "Prices in US '
                      'Dollars" in the notes. Adds up.',
                      [order('PO-00058', 'Lake Naivasha Blooms Ltd',
                             ('Joseph Kamau', '+254 711 409 233',
                              'Lake Naivasha Blooms Ltd - Packhouse, Moi South Lake Road, Plot 77, Naivasha 20117, Kenya'),
                             '2027-02-01', 'USD', total, lines)])


@mail
def h361_pdf_qinghai_yak_dairy_net_tax_columns():
    rows = [('QH-NN-250', '牦牛酸奶杯 250g PP 印刷', '个', 120000, '0.30'),
            ('QH-GM-250', '杯口铝箔封膜 95mm', '个', 120000, '0.05'),
            ('QH-ZX-12', '纸箱 12杯装 三层', '个', 10000, '2.00')]
    lines = [ln(s, t, q, p, D(p) * q * D('1.13')) for s, t, u, q, p in rows]
    total = m2(subtotal(lines))
    check(lines, total)
    assert total == '70060.00', total
    table = [['编码', '品名规格', '单位', '数量', '单价(不含税)', '税率', '税额', '含税金额']]
    for s, t, u, q, p in rows:
        net = D(p) * q
        table.append([s, t, u, '{:,}'.format(q), p, '13%', amt(net * D('0.13')), amt(net * D('1.13'))])
    sub = sum(D(p) * q for s, t, u, q, p in rows)
    table.append(['合计', '', '', '', amt(sub), '', amt(sub * D('0.13')), amt(D(total))])
    head = [(45, '青海高原牦牛乳业有限公司 采购订单', 14), (45, '订单号：QHMN-CG-202702-004    订单日期：2027-02-02', 9),
            (45, '供应商：杭州恒达包装材料有限公司    币别：人民币', 9)]
    tail = [(45, '收货地址：青海省西宁市城北区 生物科技产业园 经二路 18 号 高原牦牛乳业 包材库', 9),
            (45, '收货人：祁生福  0971-5318826', 9), (45, '制单：马文娟    审批：李总', 9)]
    data = grid_pdf(head, table, [70, 140, 30, 60, 60, 36, 55, 70], tail, '采购订单', 'WPS', 'hei',
                    align=['l', 'l', 'c', 'r', 'r', 'c', 'r', 'r'], size=8)
    body = '恒达包装 赵经理：\n\n2月采购订单见附件，单价是不含税的，开13%专票。\n\n马文娟\n青海高原牦牛乳业有限公司\n0971-5318800\n'
    eml = with_attachments(hdr(addr('马文娟', 'mawenjuan@qh-yakdairy.com', 'gbk'), '采购订单 QHMN-CG-202702-004',
                               dh(2027, 2, 2, 9, 40, 5), '3c4d5e6f.7a8b.18d6b1c2d3e.Coremail.mawenjuan@qh-yakdairy.com',
                               'X-Mailer: Coremail Webmail Server Version XT5.0.14', 'gbk'), body, 'gbk', 'base64',
                           [attachment('application/pdf', data, 'QHMN-CG-202702-004.pdf')],
                           '----=_Part_4419802_1873362205.1770010805337')
    return eml, truth('hand-pdf-qinghai-yak-dairy-net-tax-columns', 'pdf', 'gbk',
                      'A Xining yak-dairy company\'s WPS 采购订单 PDF: 订单号 and 订单日期 on one line, 币别 人民币, a '
                      'table with 单价(不含税), 税率 13%, 税额 and 含税金额 but neither a net amount nor a tax-inclusive '
                      'price column; the clerk keys the net price as written and the 含税金额 as the line total (so qty × '
                      'price is not the line total), the total is the 含税 合计. The 合计 row puts the net sum 62,000.00 '
                      'under the price column. Adds up with the tax.',
                      [order('QHMN-CG-202702-004', '青海高原牦牛乳业有限公司',
                             ('祁生福', '0971-5318826', '青海省西宁市城北区 生物科技产业园 经二路 18 号 高原牦牛乳业 包材库'),
                             '2027-02-02', 'CNY', total, lines)])


# ============================================================ not orders
@mail
def h362_non_guizhou_sour_soup_rfq_feishu():
    body = """恒达包装 你好：

我们是凯里的酸汤厂，明年要上新包装，想先询个价，麻烦报一下含税到厂价和起订量：

询价单号：XJ-2027-003（仅询价，非订单）
1. 红酸汤 自立吸嘴袋 500g 铝箔 四色印刷  预计月用量 5万个
2. 白酸汤 玻璃瓶瓶标 300ml 不干胶  预计月用量 8万张
3. 礼盒 两袋装 手提 牛皮纸  预计年用量 2万个
4. 外箱 20袋装 五层  预计月用量 2500个

去年别家的价格供参考：吸嘴袋 0.62 元/个，瓶标 0.05 元/张，礼盒 6.5 元/个。
请2月10日前回复，报价单盖章发我邮箱即可。

—— 以下转自飞书 ——
[飞书] 杨春梅：包装询价先发恒达和温州那家，比价后再定
[飞书] 潘经理：好的，报价回来汇总一下

杨春梅
凯里市苗岭酸汤食品有限公司 采购部
电话：0855-8236519  手机：13595517762
地址：贵州省黔东南州凯里市 开发区 清江路 22 号
"""
    eml = single(hdr(addr('杨春梅', 'yangchunmei@miaoling-suantang.com'), '询价：酸汤新包装（吸嘴袋/瓶标/礼盒/外箱）',
                     dh(2027, 2, 2, 14, 26, 13), 'ACEAAB1c2D3e4F5g6H7i8J9k0L1m2N3o@miaoling-suantang.com',
                     'X-Mailer: Feishu Mail', 'utf-8'), body, 'utf-8', 'base64')
    return eml, truth('hand-non-guizhou-sour-soup-rfq-feishu', 'none', 'utf-8',
                      'NOT an order: a Kaili sour-soup maker\'s request for quotation from Feishu Mail: "询价单号：'
                      'XJ-2027-003（仅询价，非订单）", numbered products with estimated monthly and yearly quantities '
                      '("5万个"), last year\'s competitor prices "0.62 元/个" for reference, a reply deadline, two pasted '
                      'Feishu chat lines and a signature with address and phones. Goes to sales; nothing is keyed.', [])


@mail
def h363_non_design_studio_invoice_to_hengda():
    rows = [('Gift box structural design, ginseng line (3 sizes)', 1, '4800.00'),
            ('Label artwork, bilingual CN/KR, 4 SKUs', 4, '650.00'),
            ('Colour proofs, digital, A3', 12, '35.00')]
    sub = sum(D(p) * q for t, q, p in rows)
    tax = (sub * D('0.06')).quantize(D('0.01'))
    tab = cells_html([['项目', '数量', '单价（元）', '金额（元）']] +
                     [[t, str(q), p, amt(D(p) * q)] for t, q, p in rows] +
                     [[('小计', 'colspan="3" align="right"'), amt(sub)], [('增值税 6%', 'colspan="3" align="right"'), amt(tax)],
                      [('<b>应付合计</b>', 'colspan="3" align="right"'), '<b>' + amt(sub + tax) + '</b>']],
                     ' style="border:1px solid #bbb;padding:3px 8px"')
    html = ('<div style="font-family:PingFang SC,Microsoft YaHei;font-size:14px"><p>恒达包装 财务部 / 钱经理：</p>'
            '<p>您好！附上1月设计服务的账单，发票号 INV-2027-0113，请在2月15日前付款。</p>'
            '<p>账单日期：2027-02-03<br>客户：杭州恒达包装材料有限公司<br>项目：长白山参茸礼盒及标签设计</p>'
            '<table style="border-collapse:collapse">' + tab + '</table>'
            '<p>开户行：招商银行杭州分行 账号 5719 0812 3456 789<br>电子发票已同步发送至税务平台。</p>'
            '<p>谢谢！<br>沈一帆<br>杭州一帆包装设计工作室<br>138 5710 2246</p></div>')
    eml = single(hdr(addr('沈一帆', 'yifan@yifan-design.cn'), '【账单】一帆设计 1月服务费 INV-2027-0113',
                     dh(2027, 2, 3, 17, 48, 20), '5E6F7A8B-9C0D-4E1F-A2B3-C4D5E6F7A8B9@yifan-design.cn',
                     'X-Mailer: Apple Mail (2.3774.200.91.1.1)'), html, 'utf-8', 'quoted-printable', 'html')
    return eml, truth('hand-non-design-studio-invoice-to-hengda', 'none', 'utf-8',
                      'NOT an order: a Hangzhou packaging-design studio bills US (Apple Mail, HTML only): 账单 with an '
                      'invoice number, 客户 naming 杭州恒达 as the customer, a table of design services with quantities, '
                      'prices, 小计, 增值税 6% and 应付合计, bank details. It is a supplier\'s invoice to accounts '
                      'payable; nothing is keyed as a sales order.', [])


@mail
def h364_non_resin_price_bulletin_html():
    rows = [('LDPE 2426H', '燕山石化', '10,150', '10,200', '+50'), ('LLDPE 7042', '茂名石化', '8,320', '8,280', '-40'),
            ('HDPE 5000S', '扬子石化', '8,050', '8,050', '0'), ('PP T30S', '镇海炼化', '7,480', '7,520', '+40'),
            ('BOPP 薄膜 18μ', '华东', '9,300', '9,350', '+50'), ('PET 瓶片', '华润', '6,980', '6,950', '-30')]
    tab = cells_html([['品种/牌号', '生产商', '上周（元/吨）', '本周（元/吨）', '涨跌']] + [list(r) for r in rows],
                     ' style="border:1px solid #ccc;padding:4px"', th_first=True)
    html = ('<html><body><table width="640" align="center"><tr><td style="background:#0b5394;color:#fff;font-size:20px;'
            'padding:12px">塑化周报 · 2027年第5期（1.27-2.3）</td></tr><tr><td style="padding:10px;font-size:14px">'
            '<p>尊敬的会员：本周华东市场聚烯烃价格窄幅震荡，春节前下游备货基本结束。</p>'
            '<table style="border-collapse:collapse;font-size:13px">' + tab + '</table>'
            '<p>【会员专享】年度会员订阅 2,980 元/年，现在续费享 8 折，即 2,384 元。'
            '<a href="https://www.example-suhua.cn/vip">立即订购</a></p>'
            '<p style="color:#999;font-size:12px">本邮件由塑化资讯网发送。退订请点击<a href="https://www.example-suhua.cn/unsub">这里</a>。</p>'
            '</td></tr></table></body></html>')
    eml = single(hdr(addr('塑化资讯网', 'newsletter@edm.example-suhua.cn'), '塑化周报 2027年第5期：聚烯烃窄幅震荡，BOPP 小涨',
                     dh(2027, 2, 4, 8, 0, 0), '20270204080000.71820.edm@example-suhua.cn', None, 'utf-8',
                     extra=['List-Unsubscribe: <https://www.example-suhua.cn/unsub>', 'Precedence: bulk']),
                 html, 'utf-8', 'base64', 'html')
    return eml, truth('hand-non-resin-price-bulletin-html', 'none', 'utf-8',
                      'NOT an order: a plastics-market weekly newsletter (HTML only, bulk headers with List-Unsubscribe): '
                      'a table of resin grades, producers and prices per tonne last week and this week with changes, and '
                      'a membership offer "年度会员订阅 2,980 元/年 … 8 折，即 2,384 元" with a "立即订购" link. Nothing '
                      'is keyed.', [])


@mail
def h365_non_cl_goods_receipt_for_h337():
    body = """Estimada Vivian:

Informamos la recepción de la OC 4100007712 en planta Chinquihue.

GUÍA DE RECEPCIÓN N° GR-2027-00388
Fecha recepción: 03-03-2027
Proveedor: Hangzhou Hengda Packaging Materials Co., Ltd.
Contenedor: TCLU 482915-3

Código\tDescripción\tCant. OC\tCant. recibida\tDiferencia
CAJ-EPS-10\tCaja isotérmica EPS 10 kg con tapa\t8.000\t8.000\t0
BOL-VAC-2\tBolsa de vacío 25x35 cm, 90 micras\t150.000\t148.500\t-1.500
ETI-TERM\tEtiqueta térmica 100x150 mm (rollo 500)\t300\t300\t0

Observación: faltan 3 cajas de bolsas (500 unid. c/u). Valor faltante según OC: US$ 57,00.
Favor emitir nota de crédito o enviar en el próximo embarque.

Saludos,
Jorge Vera
Bodega de Insumos - Salmones Reloncaví S.A.
+56 9 8812 3306
"""
    eml = single(hdr(addr('Jorge Vera', 'bodega@salmonesreloncavi.cl'), 'Recepción OC 4100007712 - diferencia en bolsas',
                     dh(2027, 3, 3, 12, 30, 11, -180), 'CH2PR12MB4410E5F6A7B8C9D0@CH2PR12MB4410.namprd12.prod.outlook.com',
                     None, 'iso-8859-1'), body, 'iso-8859-1', 'quoted-printable')
    return eml, truth('hand-non-cl-goods-receipt-for-h337', 'none', 'iso-8859-1',
                      'NOT an order: the salmon farm of h337 reports the receipt of its order (ISO-8859-1 QP): a "GUÍA DE '
                      'RECEPCIÓN" number, the PO number, a tab table with ordered and received quantities and the '
                      'difference, a shortage valued "US$ 57,00" and a request for a credit note or a replacement in the '
                      'next shipment. Goes to sales and logistics; nothing is keyed.', [])


@mail
def h366_non_jilin_complaint_quoting_order_replacement():
    body = """恒达包装 你好：

CBS-CC-0112 这单的人参礼盒到了，有问题：

1. 礼盒颜色比签样深很多，红色发暗，1500个里面我们挑出来 260 个色差特别明显的；
2. 植绒内托有 40 个尺寸不对，人参放不进去。

请尽快补发 300 个合格的礼盒（按原价原规格，不另外付款），不合格的我们寄回还是你们派人来拉？
通化店那单（CBS-TH-0112）还没拆箱，先别动。

姜红
吉林省长白山参茸贸易有限公司
0431-88926630

------------------ 原始邮件 ------------------
发件人: "姜红"<jianghong@cbs-shenrong.cn>;
发送时间: 2027年1月12日(星期二) 下午2:03
收件人: "orders"<orders@hengda-pack.cn>;
主题: 长白山参茸 两个门店订单

一、长春门店
订单号：CBS-CC-0112
  SH-LH-6  人参礼盒 6支装 植绒内托  1500个 × 12.50 = 18,750.00
  SH-SD-1  手提袋 特种纸  1500个 × 2.10 = 3,150.00
  小计：21,900.00元
"""
    eml = single(hdr(addr('姜红', 'jianghong@cbs-shenrong.cn', 'gb18030'), '投诉：CBS-CC-0112 礼盒色差 内托尺寸不对 请补发',
                     dh(2027, 2, 5, 10, 12, 45), 'tencent_4D5E6F7A8B9C0D1E2F3A4B5C6D7E8F9A0B17@cbs-shenrong.cn',
                     'X-Mailer: Tencent Exmail', 'gb18030'), body, 'gb18030', 'base64')
    return eml, truth('hand-non-jilin-complaint-quoting-order-replacement', 'none', 'gb18030',
                      'NOT an order: the ginseng trader of h329 complains about colour and insert size of the 长春 order, '
                      'asks for 300 replacement boxes "按原价原规格，不另外付款" (a free replacement, not a new order) and '
                      'quotes the original order with its SKUs, quantities, prices and 小计 in a QQ-style "原始邮件" '
                      'block. Goes to sales and quality; nothing is keyed.', [])


# ============================================================ main

if __name__ == '__main__':
    make_hand2.HERE = HERE  # write the mails here
    make_hand2.main(sys.argv[1:], MAILS)
