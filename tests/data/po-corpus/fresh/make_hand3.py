#!/usr/bin/python3
"""Hand-written purchase-order mails h47 and up (the third untuned set).

Written one by one as customers of 杭州恒达包装材料有限公司 send them,
without reading the extractor; each function gives the mail and the truth
a careful order clerk would key in (notes say when the clerk holds it).
The MIME helpers are make_hand2.py's; attachments use ../corpus_docs.py:

    /usr/bin/python3 tests/data/po-corpus/fresh/make_hand3.py [hNN ...]

They are kept in fresh/, apart from hand/, while no rule has been tuned
on them: their score is the honest figure (docs/email-extraction.md).
"""
import datetime
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), 'hand'))
sys.path.insert(0, os.path.dirname(HERE))

import corpus_docs  # noqa: E402
import make_hand2  # noqa: E402
from corpus_docs import Sheet  # noqa: E402
from make_hand2 import (D, m2, ln, ew, addr, text, attachment, multi, message, Part, png, jpeg,  # noqa: E402
                        truth)

MAILS = []


def mail(fn):
    MAILS.append(fn)
    return fn


def single(headers, body, charset='utf-8', cte='base64', subtype='plain'):
    """A one-part mail: the text part's headers go into the message header."""
    p = text(body, charset, cte, subtype)
    return message(headers + p.headers, Part([], p.body))


def check(lines, total, extra=0):
    s = sum(D(x['total']) for x in lines) + D(extra)
    assert s == D(total), (s, total)


# ============================================================ plain text bodies
@mail
def h47_huawei_mobile_cn_factory_terse():
    body = """王经理，明天给我们送下货：

48mm透明胶带 300卷
五层纸箱60*40*40  200个
缠绕膜 20卷

价格按上次的。送厂里，到了打我电话。

老周 139 5718 2046
发自我的华为手机
"""
    eml = single(['From: %s' % addr('周国平', 'zhougp@jinrui-mould.com', 'utf-8'),
                  'To: orders@hengda-pack.cn',
                  'Subject: %s' % ew('送货', 'utf-8'),
                  'Date: Fri, 4 Dec 2026 07:12:40 +0800',
                  'Message-ID: <2c9f7e1a-5b3d-4e21-9a77-HUAWEI-3f1d0b6e@jinrui-mould.com>',
                  'MIME-Version: 1.0',
                  'X-Mailer: Huawei Email'], body, 'utf-8', 'base64')
    return eml, truth('hand-huawei-mobile-cn-terse', 'body', 'utf-8',
                      'Huawei phone mail from a mould factory boss: three lines "title qty unit" with the '
                      'quantity after the name, no SKU, no price ("价格按上次的"), no order number, no address '
                      '("送厂里"). A clerk keys the lines but must look up prices and the address: hold. The '
                      'company appears only in the mail domain, so no customer name is stated.',
                      [{'ship_to': {'name': '老周', 'phone': '139 5718 2046'},
                        'lines': [ln(None, '48mm透明胶带', 300, None), ln(None, '五层纸箱60*40*40', 200, None),
                                  ln(None, '缠绕膜', 20, None)]}])


@mail
def h48_restaurant_en_prose():
    body = """Hello,

This is Marco from Trattoria Bella Vista (the restaurant on Yongkang Road).
We would like to order for next week:

We need 1,000 of the kraft takeaway boxes (the 750ml ones, HD-FB-0750) at
0.85 each, and 500 paper bags with handle (HD-PB-2815) at 0.60 each. Also
please add 20 rolls of the cling film 30cm (HD-CF-3030) - last time it was
RMB 18 per roll.

So total should be RMB 1,510.00 if I calculated right.

Please deliver to: Trattoria Bella Vista, No. 35 Yongkang Road, Xuhui District,
Shanghai. Before 10 am please, we are busy after. Call me 186 2101 7753.

Our order number for this is TBV-1204.

Grazie!
Marco Bianchi
Owner, Bella Vista Food & Beverage (Shanghai) Co., Ltd.
"""
    eml = single(['From: Marco Bianchi <marco@bellavista-sh.com>',
                  'To: orders@hengda-pack.cn',
                  'Subject: order for next week',
                  'Date: Fri, 4 Dec 2026 15:40:02 +0800',
                  'Message-ID: <9B1C2D3E-77AA-4F0B-8C21-5E6D7F8091AB@bellavista-sh.com>',
                  'MIME-Version: 1.0 (Mac OS X Mail 16.0 \\(3774.600.62\\))',
                  'X-Mailer: Apple Mail (2.3774.600.62)'], body, 'us-ascii', '7bit')
    lines = [ln('HD-FB-0750', 'kraft takeaway boxes (the 750ml ones)', 1000, '0.85', no_total=True),
             ln('HD-PB-2815', 'paper bags with handle', 500, '0.60', no_total=True),
             ln('HD-CF-3030', 'cling film 30cm', 20, '18.00', no_total=True)]
    return eml, truth('hand-restaurant-en-prose', 'body', 'us-ascii',
                      'A restaurant owner writes the order as sentences: quantity first ("We need 1,000 of the '
                      '..."), SKU in brackets, price "at 0.85 each" or "RMB 18 per roll"; a total "if I '
                      'calculated right" (850 + 300 + 360 = 1,510, it adds up). The order number comes last. '
                      'Customer: the company in the signature, not the restaurant name.',
                      [{'external_id': 'TBV-1204', 'customer': {'name': 'Bella Vista Food & Beverage (Shanghai) Co., Ltd.'},
                        'ship_to': {'name': 'Marco Bianchi', 'phone': '186 2101 7753',
                                    'address': 'No. 35 Yongkang Road, Xuhui District, Shanghai'},
                        'currency': 'CNY', 'total': '1510.00', 'lines': lines}])


@mail
def h49_gbk_school_logistics_form():
    body = """恒达包装：

    根据我校2026年秋季学期期末考试及寒假物资储备需要，经总务处审批，现向贵公司采购以下物品，请于12月15日前送达。

一、订单信息
    采购编号：HZSY-ZW-2026-087
    申请日期：2026年12月2日
    采购单位：杭州市西溪实验学校（后勤总务处）

二、采购明细（单价均为含税价，含13%增值税）
    1. 档案袋（牛皮纸，A4）          编号HD-DA-0401   500个   单价1.20元   金额600.00元
    2. 试卷密封袋（A3，带封口胶）     编号HD-SJ-0302   300个   单价2.50元   金额750.00元
    3. 搬家纸箱（五层，60*40*50）     编号HD-CT-0605   100个   单价9.80元   金额980.00元
    4. 封箱胶带（48mm*100m）          编号HD-TP-4812    60卷   单价5.80元   金额348.00元

    合计金额：人民币贰仟陆佰柒拾捌元整（￥2,678.00）

三、送货及联系
    送货地址：杭州市西湖区文三路268号 杭州市西溪实验学校 北门后勤仓库
    联 系 人：吴老师（总务处）
    联系电话：0571-8807 3321，手机 137 7781 0092

四、其他
    1. 发票抬头：杭州市西溪实验学校，请开增值税普通发票；
    2. 货款于验收合格后按学校财务流程支付（约30个工作日）；
    3. 送货时间为工作日8:00-16:00，请勿在考试期间（12月8日-10日）送货。

杭州市西溪实验学校 总务处
2026年12月2日

--
吴静
总务处 采购专员
电话：0571-8807 3321
"""
    eml = single(['From: %s' % addr('吴静', 'wujing@hzsywgy.edu.cn', 'GBK'),
                  'To: %s' % addr('恒达包装', 'orders@hengda-pack.cn', 'GBK'),
                  'Subject: %s' % ew('【采购】杭州市西溪实验学校 期末物资采购 HZSY-ZW-2026-087', 'GBK'),
                  'Date: Wed, 2 Dec 2026 16:21:09 +0800',
                  'Message-ID: <202612021621092187411@hzsywgy.edu.cn>',
                  'MIME-Version: 1.0',
                  'X-Mailer: Coremail Webmail Server Version XT6.0.2'], body, 'GBK', 'base64')
    lines = [ln('HD-DA-0401', '档案袋（牛皮纸，A4）', 500, '1.20'), ln('HD-SJ-0302', '试卷密封袋（A3，带封口胶）', 300, '2.50'),
             ln('HD-CT-0605', '搬家纸箱（五层，60*40*50）', 100, '9.80'), ln('HD-TP-4812', '封箱胶带（48mm*100m）', 60, '5.80')]
    check(lines, '2678.00')
    return eml, truth('hand-gbk-school-form-numbered', 'body', 'gbk',
                      'A school logistics office writes a formal letter in GBK: 一/二/三/四 sections, indented '
                      'numbered item lines "1. title  编号SKU  500个  单价1.20元  金额600.00元", total in 大写 '
                      'with the figure in brackets, several dates (申请日期 = order date; a delivery deadline; '
                      'exam dates), 联 系 人 with spaced label, two phones.',
                      [{'external_id': 'HZSY-ZW-2026-087', 'customer': {'name': '杭州市西溪实验学校'},
                        'ship_to': {'name': '吴老师', 'phone': '0571-8807 3321',
                                    'address': '杭州市西湖区文三路268号 杭州市西溪实验学校 北门后勤仓库'},
                        'placed_at': '2026-12-02', 'currency': 'CNY', 'total': '2678.00', 'lines': lines}])


@mail
def h50_big5_tw_ecommerce_shop():
    body = """恆達 您好

我們是蝦皮上的賣場「小日子選物」，這次要補貨：

品項 / 數量 / 單價
HD-ZB-2535 破壞袋 25x35 (100入/包) ... 40包 ... 每包 NT$95
HD-ZB-3040 破壞袋 30x40 (100入/包) ... 30包 ... 每包 NT$120
HD-BW-0520 氣泡袋 20x25 (50入/包) ... 60包 ... 每包 NT$48
HD-LB-1010 感熱標籤 10x10 (500張/捲) ... 25捲 ... 每捲 NT$85

小計 NT$12,605，運費 NT$350（宅配），總共 NT$12,955
訂單編號 SD-2612-004 (12/4 下單)

收件人：林佩君
電話：0912-345-678
地址：台中市西屯區福科路188號3樓

匯款後會把後五碼傳給你們，謝謝！

小日子選物 林佩君
"""
    eml = single(['From: %s' % addr('林佩君', 'peichun.lin@gmail.com', 'big5'),
                  'To: orders@hengda-pack.cn',
                  'Subject: %s' % ew('補貨 SD-2612-004', 'big5'),
                  'Date: Fri, 4 Dec 2026 21:03:17 +0800',
                  'Message-ID: <CAF8kQ2vR1m=Xw0tNn3bT5qY@mail.gmail.com>',
                  'MIME-Version: 1.0'], body, 'big5', 'base64')
    lines = [ln('HD-ZB-2535', '破壞袋 25x35 (100入/包)', 40, '95', no_total=True),
             ln('HD-ZB-3040', '破壞袋 30x40 (100入/包)', 30, '120', no_total=True),
             ln('HD-BW-0520', '氣泡袋 20x25 (50入/包)', 60, '48', no_total=True),
             ln('HD-LB-1010', '感熱標籤 10x10 (500張/捲)', 25, '85', no_total=True)]
    return eml, truth('hand-big5-tw-shop-dotted-lines', 'body', 'big5',
                      'A Taiwanese Shopee shop in Big5 (Gmail): items as "SKU title ... 40包 ... 每包 NT$95" with '
                      'dot leaders, pack sizes in the titles, subtotal + freight + total in one sentence, the '
                      'order number and date in one line with an M/D date (12/4, year from context: 2026-12-04). '
                      'The stated subtotal 12,605 does not equal the lines (3,800 + 3,600 + 2,880 + 2,125 = '
                      '12,405): the clerk keys what is written and HOLDS the order to ask.',
                      [{'external_id': 'SD-2612-004', 'customer': {'name': '小日子選物'},
                        'ship_to': {'name': '林佩君', 'phone': '0912-345-678', 'address': '台中市西屯區福科路188號3樓'},
                        'placed_at': '2026-12-04', 'currency': 'TWD', 'total': '12955.00', 'lines': lines}])


@mail
def h51_sg_importer_dollar_unknown_currency():
    body = """Dear Hengda team,

Kindly arrange the following for our December replenishment.

PO Ref : LKT/PO/26-0412
Date   : 03/12/2026

S/N  Item Code    Description                      Qty    U/Price   Amount
1    HD-TP-4806   OPP Tape Clear 48mm x 66m        720    $0.58     $417.60
2    HD-CT-0301   Carton Box 5-ply (L)             400    $1.12     $448.00
3    HD-SF-5023   Stretch Film 500mm 23mic         48     $6.30     $302.40
                                                          Total    $1,168.00

Ship to:
Lim Kah Teck Trading Pte Ltd
No. 8 Tuas Avenue 13, #02-05
Singapore 638975
Attn: Ms Tan Mei Ling, +65 6861 2245

Shipment by sea, CIF Singapore. Please send PI for our approval.

Thanks & Regards,
Jason Lim
Purchasing Executive
Lim Kah Teck Trading Pte Ltd
DID: +65 6861 2240

The information in this e-mail is confidential and may be legally privileged. If you are not the intended
recipient, please notify the sender and delete this e-mail. Lim Kah Teck Trading accepts no liability for
any damage caused by any virus transmitted by this e-mail.
"""
    eml = single(['From: Jason Lim <jason.lim@lkt-trading.com.sg>',
                  'To: "orders@hengda-pack.cn" <orders@hengda-pack.cn>',
                  'Subject: PO LKT/PO/26-0412',
                  'Date: Thu, 3 Dec 2026 10:15:48 +0800',
                  'Message-ID: <SG2PR06MB5310C0D1E2F3A4B5C6D7E8F9A0B1@SG2PR06MB5310.apcprd06.prod.outlook.com>',
                  'MIME-Version: 1.0',
                  'Content-Language: en-SG'], body, 'us-ascii', 'quoted-printable')
    lines = [ln('HD-TP-4806', 'OPP Tape Clear 48mm x 66m', 720, '0.58'),
             ln('HD-CT-0301', 'Carton Box 5-ply (L)', 400, '1.12'),
             ln('HD-SF-5023', 'Stretch Film 500mm 23mic', 48, '6.30')]
    check(lines, '1168.00')
    return eml, truth('hand-sg-dollar-unknown-currency', 'body', 'us-ascii',
                      'A Singapore importer prices in bare "$": SGD or USD cannot be told from the mail. '
                      'The clerk keys the lines and HOLDS the '
                      'order to confirm the currency; the truth states no currency. Date 03/12/2026 is '
                      'DD/MM (Singapore). Space-aligned table with S/N column, a Total row under the amounts, '
                      'ship-to block with Attn line, confidentiality footer.',
                      [{'external_id': 'LKT/PO/26-0412', 'customer': {'name': 'Lim Kah Teck Trading Pte Ltd'},
                        'ship_to': {'name': 'Ms Tan Mei Ling', 'phone': '+65 6861 2245',
                                    'address': 'No. 8 Tuas Avenue 13, #02-05, Singapore 638975'},
                        'placed_at': '2026-12-03', 'total': '1168.00', 'lines': lines}])


@mail
def h52_gb18030_reply_new_order_long_history():
    body = """小陈：

上次那批货收到了，质量可以。这次再订一批，编号 MX-20261204：

1、HD-CT-0302 三层纸箱40*30*30  1500个  2.30元
2、HD-TP-4812 米黄胶带48mm*100m  200卷  5.60元
3、HD-PE-1005 珍珠棉卷材 1mm*1m  80米   1.10元

合计4,658.00元。地址和收货人跟以前一样不变：
宁波市鄞州区姜山镇工业园区景江路66号 明欣电器仓库，收货人 郑伟 158 5748 3310

谢谢

郑伟
宁波明欣电器有限公司 采购部

------------------ 原始邮件 ------------------
发件人: "陈晓"<chenxiao@hengda-pack.cn>;
发送时间: 2026年11月18日(星期三) 下午3:12
收件人: "郑伟"<1048872301@qq.com>;
主题: 回复：订单 MX-20261116

郑先生您好，

订单MX-20261116已安排，明天发顺丰，运单号 SF1402 2871 9935。

明细：
HD-CT-0302 三层纸箱40*30*30  2000个  2.30元  4,600.00
HD-TP-4812 米黄胶带48mm*100m  300卷  5.60元  1,680.00
合计6,280.00元

陈晓
杭州恒达包装材料有限公司

------------------ 原始邮件 ------------------
发件人: "郑伟"<1048872301@qq.com>;
发送时间: 2026年11月16日(星期一) 上午9:40
收件人: "陈晓"<chenxiao@hengda-pack.cn>;
主题: 订单 MX-20261116

小陈，订一下：
HD-CT-0302 三层纸箱 2000个
HD-TP-4812 米黄胶带 300卷
价格按报价单。
"""
    eml = single(['From: "%s" <1048872301@qq.com>' % ew('郑伟', 'gb18030'),
                  'To: "%s" <chenxiao@hengda-pack.cn>' % ew('陈晓', 'gb18030'),
                  'Cc: "orders" <orders@hengda-pack.cn>',
                  'Subject: %s' % ew('回复：回复：订单 MX-20261116', 'gb18030'),
                  'Mime-Version: 1.0',
                  'Date: Fri, 4 Dec 2026 10:02:11 +0800',
                  'Message-ID: <tencent_9A8B7C6D5E4F3A2B1C0D9E8F7A6B5C4D3E08@qq.com>',
                  'In-Reply-To: <5f3e2d1c.1a2b.18f3a0b2c4e.Coremail.chenxiao@hengda-pack.cn>',
                  'X-Mailer: QQMail 2.x'], body, 'gb18030', 'base64')
    lines = [ln('HD-CT-0302', '三层纸箱40*30*30', 1500, '2.30'), ln('HD-TP-4812', '米黄胶带48mm*100m', 200, '5.60'),
             ln('HD-PE-1005', '珍珠棉卷材 1mm*1m', 80, '1.10')]
    check(lines, '4658.00')
    return eml, truth('hand-qq-reply-new-order-over-history', 'body', 'gb18030',
                      'QQ Mail reply whose Subject still names the OLD order (MX-20261116) while the new text '
                      'places a new one, MX-20261204, with 个/卷/米 units and prices without amounts; below it two '
                      'levels of quoted history: the seller\'s shipping confirmation with a full priced table of '
                      'the old order, and the old order itself. Only the new order is keyed; the old one must not '
                      'be entered again.',
                      [{'external_id': 'MX-20261204', 'customer': {'name': '宁波明欣电器有限公司'},
                        'ship_to': {'name': '郑伟', 'phone': '158 5748 3310',
                                    'address': '宁波市鄞州区姜山镇工业园区景江路66号 明欣电器仓库'},
                        'currency': 'CNY', 'total': '4658.00', 'lines': lines}])


@mail
def h53_foxmail_reply_changes_qty():
    body = """王小姐：

不好意思，刚才那张单 DL-PO-26120 要改一下：第2项胶带从200卷改成350卷，其他不变。
麻烦按新数量安排，总金额相应调整。

张敏

 
From: 张敏
Date: 2026-12-04 09:15
To: orders
Subject: 采购单 DL-PO-26120
恒达：
请按以下采购单备货，谢谢。
采购单号：DL-PO-26120
日期：2026-12-04
序号	编码	品名	数量	单价	金额
1	HD-CT-0401	飞机盒 30*20*8	2000	1.05	2100.00
2	HD-TP-4806	透明胶带48mm	200	4.20	840.00
3	HD-LB-1010	热敏标签100*100	30	9.50	285.00
合计：3225.00元
收货：大连市甘井子区华东路22号 德隆电商仓 张敏 186 0411 5529
大连德隆电子商务有限公司
"""
    eml = single(['Date: Fri, 4 Dec 2026 10:48:33 +0800',
                  'From: "%s" <zhangmin@delong-ec.com>' % ew('张敏', 'GBK'),
                  'To: orders <orders@hengda-pack.cn>',
                  'Subject: %s' % ew('回复: 采购单 DL-PO-26120', 'GBK'),
                  'References: <202612040915381129104@delong-ec.com>',
                  'In-Reply-To: <202612040915381129104@delong-ec.com>',
                  'X-Priority: 3',
                  'X-GUID: 3B8C1E2A-9F0D-4A6B-B1C2-7D8E9F0A1B2C',
                  'X-Has-Attach: no',
                  'X-Mailer: Foxmail 7.2.25.254[cn]',
                  'Mime-Version: 1.0',
                  'Message-ID: <202612041048330553812@delong-ec.com>'], body, 'GBK', 'base64')
    lines = [ln('HD-CT-0401', '飞机盒 30*20*8', 2000, '1.05'), ln('HD-TP-4806', '透明胶带48mm', 350, '4.20'),
             ln('HD-LB-1010', '热敏标签100*100', 30, '9.50')]
    return eml, truth('hand-foxmail-reply-changes-qty-cn', 'body', 'gbk',
                      'Foxmail reply (GBK) to the customer\'s own PO sent an hour earlier: "第2项胶带从200卷改成350卷, '
                      '其他不变". The clerk keys the PO with 350 rolls (line total 1,470.00; the quoted 840.00 and '
                      'the quoted 合计 3225.00 are stale, so no order total is stated) and HOLDS it: the first mail '
                      'may already be entered, so this is an amendment of that order, not a new one.',
                      [{'external_id': 'DL-PO-26120', 'customer': {'name': '大连德隆电子商务有限公司'},
                        'ship_to': {'name': '张敏', 'phone': '186 0411 5529',
                                    'address': '大连市甘井子区华东路22号 德隆电商仓'},
                        'placed_at': '2026-12-04', 'currency': 'CNY', 'lines': lines}])


@mail
def h54_en_missing_price_line():
    body = """Hi Li Hua,

Please enter PO 88213 for Greenleaf Organics:

HD-FB-0750  Kraft food box 750ml          3,000 pcs   @ 0.21   =   630.00
HD-FB-1000  Kraft food box 1000ml         2,000 pcs   @ 0.26   =   520.00
HD-LD-0750  PLA lid for 750/1000ml box    5,000 pcs   @ ?      (please advise, new item)
HD-PB-2815  Kraft paper bag w/ handle     1,000 pcs   @ 0.14   =   140.00

Please confirm the lid price before shipping - we can't go above 0.09.

Delivery address:
Greenleaf Organics Ltd, Unit 12 Harbour Industrial Estate, Auckland 2022, New Zealand
Receiving: Sarah Ngata, +64 9 555 0188

Currency USD as per our agreement. Payment 30% deposit.

Regards,
Tom Wilson
Greenleaf Organics Ltd
"""
    eml = single(['From: Tom Wilson <tom@greenleaf-organics.co.nz>',
                  'To: Li Hua <lihua@hengda-pack.cn>',
                  'Cc: orders@hengda-pack.cn',
                  'Subject: PO 88213',
                  'Date: Fri, 4 Dec 2026 11:30:00 +1300',
                  'Message-ID: <1733265000.482913.greenleaf@webmail.xtra.co.nz>',
                  'MIME-Version: 1.0',
                  'User-Agent: Roundcube Webmail/1.6.9'], body, 'us-ascii', '7bit')
    lines = [ln('HD-FB-0750', 'Kraft food box 750ml', 3000, '0.21'), ln('HD-FB-1000', 'Kraft food box 1000ml', 2000, '0.26'),
             ln('HD-LD-0750', 'PLA lid for 750/1000ml box', 5000, None), ln('HD-PB-2815', 'Kraft paper bag w/ handle', 1000, '0.14')]
    return eml, truth('hand-en-missing-price-line', 'body', 'us-ascii',
                      'Roundcube plain text from New Zealand: one of four lines has "@ ?" instead of a price '
                      '("please advise, new item", with a ceiling of 0.09 in the text, which is not a price). No '
                      'total. The clerk keys the four lines, the lid without a price, and HOLDS the order until '
                      'the price is agreed. Currency from the sentence "Currency USD as per our agreement".',
                      [{'external_id': '88213', 'customer': {'name': 'Greenleaf Organics Ltd'},
                        'ship_to': {'name': 'Sarah Ngata', 'phone': '+64 9 555 0188',
                                    'address': 'Unit 12 Harbour Industrial Estate, Auckland 2022, New Zealand'},
                        'currency': 'USD', 'lines': lines}])


@mail
def h55_gb2312_total_mismatch_factory():
    body = """恒达包装 销售部：

我司下达采购订单如下，请按时交货。

订单号：SZ-HT-2612-031
订货日期：2026/12/03
交货期：2026/12/12

物料编码        名称规格                    单位    数量      单价      金额
HD-PE-2005     防静电珍珠棉 2mm*1m          米      500      1.85      925.00
HD-BW-2030     防静电气泡袋 20*30cm          个     8000      0.21     1680.00
HD-CT-0503     五层纸箱 50*35*30            个      800      4.60     3680.00
HD-TP-4806     透明胶带 48mm                卷      240      4.20     1008.00
-----------------------------------------------------------------------------
                                                         总计：    7923.00

收货单位：深圳华拓电子科技有限公司
收货地址：深圳市宝安区福永街道凤凰第三工业区A栋2楼
收 货 人：刘洋  电话：0755-2733 8812

深圳华拓电子科技有限公司 采购部 刘洋
"""
    eml = single(['From: %s' % addr('刘洋', 'liuyang@huatuo-tech.com', 'gb2312'),
                  'To: %s' % addr('恒达包装销售部', 'orders@hengda-pack.cn', 'gb2312'),
                  'Subject: %s' % ew('采购订单SZ-HT-2612-031', 'gb2312'),
                  'Date: Thu, 3 Dec 2026 17:55:20 +0800',
                  'Message-ID: <000a01db4566$2f1e0d40$8d5a27c0$@huatuo-tech.com>',
                  'MIME-Version: 1.0',
                  'X-Mailer: Microsoft Outlook 16.0',
                  'Content-Language: zh-cn'], body, 'gb2312', 'base64')
    lines = [ln('HD-PE-2005', '防静电珍珠棉 2mm*1m', 500, '1.85'), ln('HD-BW-2030', '防静电气泡袋 20*30cm', 8000, '0.21'),
             ln('HD-CT-0503', '五层纸箱 50*35*30', 800, '4.60'), ln('HD-TP-4806', '透明胶带 48mm', 240, '4.20')]
    check(lines, '7293.00')
    return eml, truth('hand-gb2312-total-mismatch-factory', 'body', 'gb2312',
                      'Outlook plain text in gb2312 from a Shenzhen electronics factory: a space-aligned table '
                      'whose line amounts are right but whose 总计 7923.00 has two digits swapped (the lines sum to '
                      '7293.00). Truth keeps the written total; the clerk HOLDS the order. A delivery date beside '
                      'the order date; 收货单位 equals the buyer.',
                      [{'external_id': 'SZ-HT-2612-031', 'customer': {'name': '深圳华拓电子科技有限公司'},
                        'ship_to': {'name': '刘洋', 'phone': '0755-2733 8812',
                                    'address': '深圳市宝安区福永街道凤凰第三工业区A栋2楼'},
                        'placed_at': '2026-12-03', 'currency': 'CNY', 'total': '7923.00', 'lines': lines}])


@mail
def h56_android_outlook_terse_en():
    body = """PO 7781 - pls ship asap
30 ctn HD-CT-0301
12 rolls HD-BW-1050
6 cs HD-SF-5023
same prices as PO 7702. deliver to our Ningbo bonded whse as usual.
Rgds Raj

Get Outlook for Android
"""
    eml = single(['From: Raj Mehta <raj.mehta@sunrise-exim.in>',
                  'To: "orders@hengda-pack.cn" <orders@hengda-pack.cn>',
                  'Subject: PO 7781',
                  'Date: Fri, 4 Dec 2026 06:41:10 +0530',
                  'Message-ID: <PN3P287MB1201F4E3A2B1C0D9E8F7@PN3P287MB1201.INDP287.PROD.OUTLOOK.COM>',
                  'MIME-Version: 1.0'], body, 'us-ascii', 'quoted-printable')
    return eml, truth('hand-android-outlook-terse-en', 'body', 'us-ascii',
                      'Outlook for Android, six lines: quantity and unit first (ctn/rolls/cs), SKU only, no '
                      'titles, no prices ("same prices as PO 7702" names another PO), no address ("as usual"). '
                      'The clerk keys PO 7781 with three lines and HOLDS it for the prices. Customer only in the '
                      'mail domain: not stated.',
                      [{'external_id': '7781',
                        'lines': [ln('HD-CT-0301', None, 30, None), ln('HD-BW-1050', None, 12, None),
                                  ln('HD-SF-5023', None, 6, None)]}])


@mail
def h57_gbk_kg_m_freight_discount():
    body = """恒达包装 周经理：

年底备货，下单如下（含税价）：

单号：JY-1204-A    日期：12月4日

打包带 PP 1608（HD-DB-1608）     250kg    ×  9.60元/kg   = 2400.00
缠绕膜 50cm 2.5kg/卷（HD-SF-5025） 400kg  × 11.20元/kg   = 4480.00
珍珠棉 EPE 3mm*1.2m（HD-PE-3012） 600m    ×  2.05元/m    = 1230.00
打包扣 （HD-DK-1600）             20包     × 15.00元/包  =  300.00

货款小计：8410.00
运费：+260.00（专车）
老客户优惠：-200.00
应付合计：8470.00元

送货：嘉兴市秀洲区洪合镇工业路9号 嘉源毛纺仓库  收货人 沈建华 13967352188
（卸货需要叉车的话提前说）

嘉兴嘉源毛纺织有限公司
沈建华
"""
    eml = single(['From: %s' % addr('沈建华', 'jyfz_shen@126.com', 'GBK'),
                  'To: orders@hengda-pack.cn',
                  'Subject: %s' % ew('嘉源 年底备货单', 'GBK'),
                  'Date: Fri, 4 Dec 2026 08:30:55 +0800 (CST)',
                  'Message-ID: <3d1f2e0a.7b21.18f3b0c2d4f.Coremail.jyfz_shen@126.com>',
                  'MIME-Version: 1.0',
                  'X-Mailer: Coremail Webmail Server Version XT5.0.14 build 20230109(dcb5de15)'],
                 body, 'GBK', 'base64')
    lines = [ln('HD-DB-1608', '打包带 PP 1608', 250, '9.60'), ln('HD-SF-5025', '缠绕膜 50cm 2.5kg/卷', 400, '11.20'),
             ln('HD-PE-3012', '珍珠棉 EPE 3mm*1.2m', 600, '2.05'), ln('HD-DK-1600', '打包扣', 20, '15.00')]
    check(lines, '8470.00', extra='60')
    return eml, truth('hand-gbk-kg-m-freight-discount', 'body', 'gbk',
                      '126 webmail, GBK. Item lines "title（SKU） 250kg × 9.60元/kg = 2400.00" with the unit glued to '
                      'the quantity (kg, m, 包) and a 2.5kg/卷 pack size in a title; subtotal, freight +260 and a '
                      'discount -200 as signed lines below; total 8470.00. Date without a year (12月4日 = '
                      '2026-12-04); 含税 noted once in the intro.',
                      [{'external_id': 'JY-1204-A', 'customer': {'name': '嘉兴嘉源毛纺织有限公司'},
                        'ship_to': {'name': '沈建华', 'phone': '13967352188',
                                    'address': '嘉兴市秀洲区洪合镇工业路9号 嘉源毛纺仓库'},
                        'placed_at': '2026-12-04', 'currency': 'CNY', 'total': '8470.00', 'lines': lines}])


@mail
def h58_dubai_aed_lc_terms():
    body = """Dear Sir,

Good day.

With reference to your quotation no. HD-Q-2611-088 dated 20-Nov-2026, we are pleased to
place our purchase order as follows:

PURCHASE ORDER NO.  : AFT/IMP/2026/339
ORDER DATE          : 02-Dec-2026
PAYMENT             : L/C at sight
INCOTERM            : CFR Jebel Ali

Item 1: HD-SF-5023 Stretch Film 500mm x 23mic x 300m
        Quantity: 1,920 rolls    Unit price: AED 19.50    Amount: AED 37,440.00
Item 2: HD-TP-4806 BOPP Tape 48mm x 66m, clear
        Quantity: 7,200 rolls    Unit price: AED 2.30     Amount: AED 16,560.00
Item 3: HD-CT-0301 Corrugated Carton 5-ply 60x40x40cm
        Quantity: 3,000 pcs      Unit price: AED 4.10     Amount: AED 12,300.00

TOTAL CFR VALUE: AED 66,300.00 (UAE Dirhams Sixty Six Thousand Three Hundred Only)

Consignee / Notify:
Al Futtaim Trading Packaging LLC
Warehouse 14, Street 7, Al Quoz Industrial Area 3
Dubai, United Arab Emirates
Attn. Mr. Faisal Rahman, Mob +971 50 555 2187

Please send the proforma invoice so we can open the L/C with Emirates NBD.

Best Regards,

Faisal Rahman
Import Manager
Al Futtaim Trading Packaging LLC
P.O. Box 52211, Dubai, UAE
Tel: +971 4 555 8800 | Fax: +971 4 555 8801
"""
    eml = single(['From: "Faisal Rahman" <faisal@aft-packaging.ae>',
                  'To: <orders@hengda-pack.cn>',
                  'Subject: PURCHASE ORDER AFT/IMP/2026/339',
                  'Date: Wed, 2 Dec 2026 13:22:07 +0400',
                  'Message-ID: <003101db44a3$7a6b5c40$6f4214c0$@aft-packaging.ae>',
                  'MIME-Version: 1.0',
                  'X-Mailer: Microsoft Outlook 16.0'], body, 'us-ascii', '7bit')
    lines = [ln('HD-SF-5023', 'Stretch Film 500mm x 23mic x 300m', 1920, '19.50'),
             ln('HD-TP-4806', 'BOPP Tape 48mm x 66m, clear', 7200, '2.30'),
             ln('HD-CT-0301', 'Corrugated Carton 5-ply 60x40x40cm', 3000, '4.10')]
    check(lines, '66300.00')
    return eml, truth('hand-dubai-aed-item-blocks', 'body', 'us-ascii',
                      'A Dubai importer in formal English: each item is a two-line block "Item n: SKU title" then '
                      '"Quantity: ... Unit price: AED ... Amount: AED ...", a quotation number and its date before '
                      'the PO number (not the order), DD-Mon-YYYY dates, total with the amount in words, '
                      'consignee block with the company first and an Attn line; the signature has a P.O. Box '
                      '(not an order number).',
                      [{'external_id': 'AFT/IMP/2026/339', 'customer': {'name': 'Al Futtaim Trading Packaging LLC'},
                        'ship_to': {'name': 'Mr. Faisal Rahman', 'phone': '+971 50 555 2187',
                                    'address': 'Warehouse 14, Street 7, Al Quoz Industrial Area 3, Dubai, United Arab Emirates'},
                        'placed_at': '2026-12-02', 'currency': 'AED', 'total': '66300.00', 'lines': lines}])


@mail
def h59_yahoo_po_in_subject_en():
    body = """Hello Hengda,

Please supply:

Poly mailer 10x13 white (HD-PM-1013) - 5000 pcs - $0.045 ea - $225.00
Poly mailer 14x17 white (HD-PM-1417) - 3000 pcs - $0.072 ea - $216.00
Thermal label 4x6 fanfold (HD-LB-4060) - 20 stacks - $11.50 - $230.00

Order total $671.00 USD, shipping by ePacket is fine.

Ship to:
Maria Gonzalez
BrightNest Home Goods
4410 W Buckeye Rd, Suite B
Phoenix, AZ 85043
(602) 555-0147

thank you!
Maria

Sent from Yahoo Mail for iPhone
"""
    eml = single(['From: Maria Gonzalez <brightnest.maria@yahoo.com>',
                  'To: orders@hengda-pack.cn',
                  'Subject: BN-2026-1187 mailers + labels',
                  'Date: Thu, 3 Dec 2026 18:05:44 -0700',
                  'Message-ID: <1289546121.2241877.1733274344112@mail.yahoo.com>',
                  'MIME-Version: 1.0',
                  'X-Mailer: WebService/1.1.22914 YMailNorrin'], body, 'utf-8', 'quoted-printable')
    lines = [ln('HD-PM-1013', 'Poly mailer 10x13 white', 5000, '0.045', total='225.00'),
             ln('HD-PM-1417', 'Poly mailer 14x17 white', 3000, '0.072', total='216.00'),
             ln('HD-LB-4060', 'Thermal label 4x6 fanfold', 20, '11.50')]
    lines[0]['unit_price'] = '0.045'
    lines[1]['unit_price'] = '0.072'
    return eml, truth('hand-yahoo-po-in-subject-en', 'body', 'utf-8',
                      'Yahoo Mail for iPhone from a small US online shop: the order number BN-2026-1187 is only '
                      'in the Subject; lines "title (SKU) - qty pcs - $p ea - $amount" with three-decimal unit '
                      'prices (0.045: truth keeps 3 decimals as written); ship-to block with the person first, then '
                      'the company, street, city and a US phone in brackets. The date is in the Date header only.',
                      [{'external_id': 'BN-2026-1187', 'customer': {'name': 'BrightNest Home Goods'},
                        'ship_to': {'name': 'Maria Gonzalez', 'phone': '(602) 555-0147',
                                    'address': '4410 W Buckeye Rd, Suite B, Phoenix, AZ 85043'},
                        'currency': 'USD', 'total': '671.00', 'lines': lines}])


@mail
def h60_double_forward_cn_comment():
    body = """恒达订单组：

下面是我们老板转过来的，按这个下单，这周内要到货，麻烦加急。胶带改成透明的，其他照旧。

徐丽
常州天宁瑞丰五金制品有限公司 行政部
电话：0519-8866 2371

---------- 转发的邮件 ---------
发件人：顾建明 <gujm@ruifeng-hw.com>
日期：2026年12月3日周四 下午8:47
主题：Fwd: 包材
收件人：徐丽 <xuli@ruifeng-hw.com>

小徐，明天跟恒达下这个单，单号用RF-2612-07。

---------- Forwarded message ---------
From: 仓库 王师傅 <wangsf@ruifeng-hw.com>
Date: Thu, Dec 3, 2026 at 4:10 PM
Subject: 包材
To: 顾建明 <gujm@ruifeng-hw.com>

顾总，包材快没了，要补：
纸箱 HD-CT-0503 五层50*35*30  600个 单价4.60
胶带 HD-TP-4812 米黄48mm  150卷 单价5.80
缠绕膜 HD-SF-5023  40卷 单价38.00
一共 5,150 元
送到厂里：常州市天宁区青洋北路158号 瑞丰五金 仓库 王师傅 138 1500 6621
"""
    eml = single(['From: %s' % addr('徐丽', 'xuli@ruifeng-hw.com', 'utf-8'),
                  'To: orders@hengda-pack.cn',
                  'Subject: %s' % ew('Fwd: Fwd: 包材', 'utf-8'),
                  'Date: Fri, 4 Dec 2026 08:52:19 +0800',
                  'Message-ID: <CAGq3vL9d0hE2fT-Nv5Yx8pQ@mail.gmail.com>',
                  'MIME-Version: 1.0'], body, 'utf-8', 'base64')
    lines = [ln('HD-CT-0503', '纸箱 五层50*35*30', 600, '4.60'), ln('HD-TP-4812', '胶带 米黄48mm', 150, '5.80'),
             ln('HD-SF-5023', '缠绕膜', 40, '38.00')]
    check(lines, '5150.00')
    return eml, truth('hand-double-forward-cn-comment', 'body', 'utf-8',
                      'A purchasing assistant forwards her boss\'s forward of the warehouse\'s request (two forward '
                      'headers, one Chinese, one English, in one body). The order number RF-2612-07 is given by the '
                      'boss in the middle level; the lines are at the bottom. Her comment "胶带改成透明的" changes '
                      'the tape product without a new SKU or price: the clerk keys what is written and HOLDS to '
                      'confirm the tape item (and "加急").',
                      [{'external_id': 'RF-2612-07', 'customer': {'name': '常州天宁瑞丰五金制品有限公司'},
                        'ship_to': {'name': '王师傅', 'phone': '138 1500 6621',
                                    'address': '常州市天宁区青洋北路158号 瑞丰五金 仓库'},
                        'currency': 'CNY', 'total': '5150.00', 'lines': lines}])


@mail
def h61_taobao_shop_variants_no_po():
    body = """你好，我是淘宝店“萌宠小铺”的店主，旺旺号 mengchong_2019，之前加过你们微信。

想订一批包装：

飞机盒 小号 15*10*5 白色  500个  0.62
飞机盒 小号 15*10*5 牛皮色 500个  0.58
飞机盒 中号 20*15*8 白色  300个  0.95
快递袋 28*42 灰色 10包（每包100个） 一包18元
气泡膜 30cm宽 3卷 一卷45

一共是 1099 块，我算了下对的。支付宝付款可以吗？

寄到：广东省广州市番禺区大石街道105国道大石段288号 B栋502
收件人 黄小萌 15902076631

谢谢啦～
"""
    eml = single(['From: "=?utf-8?B?6buE5bCP6JCM?=" <2987766102@qq.com>',
                  'To: "orders" <orders@hengda-pack.cn>',
                  'Subject: %s' % ew('订包装盒', 'utf-8'),
                  'Mime-Version: 1.0',
                  'Date: Thu, 3 Dec 2026 23:48:02 +0800',
                  'Message-ID: <tencent_1F2E3D4C5B6A79880716253443526170E508@qq.com>',
                  'X-Mailer: iPhone Mail (21F90)'], body, 'utf-8', 'base64')
    lines = [ln(None, '飞机盒 小号 15*10*5 白色', 500, '0.62', no_total=True),
             ln(None, '飞机盒 小号 15*10*5 牛皮色', 500, '0.58', no_total=True),
             ln(None, '飞机盒 中号 20*15*8 白色', 300, '0.95', no_total=True),
             ln(None, '快递袋 28*42 灰色', 10, '18.00', no_total=True),
             ln(None, '气泡膜 30cm宽', 3, '45.00', no_total=True)]
    assert 500 * D('0.62') + 500 * D('0.58') + 300 * D('0.95') + 180 + 135 == D('1200')
    return eml, truth('hand-taobao-shop-variants-no-po', 'body', 'utf-8',
                      'A Taobao pet shop owner from QQ Mail on an iPhone: no order number, no SKUs, the same box '
                      'in two colours on two lines, prices as bare numbers or "一包18元"/"一卷45", pack sizes in '
                      'brackets. She says the total is 1099 "我算了下对的", but the lines make 1,200.00 '
                      '(310 + 290 + 285 + 180 + 135): the clerk keys 1099 as written and HOLDS the order. '
                      'Customer: the shop name.',
                      [{'customer': {'name': '萌宠小铺'},
                        'ship_to': {'name': '黄小萌', 'phone': '15902076631',
                                    'address': '广东省广州市番禺区大石街道105国道大石段288号 B栋502'},
                        'currency': 'CNY', 'total': '1099.00', 'lines': lines}])


@mail
def h62_restaurant_chain_two_stores_wan():
    body = """恒达你好，

我们两家门店分开下单、分开开票，麻烦分别送：

【订单1】编号 LX-0412-BJ（望京店）
 - 外卖打包盒 750ml 带盖（HD-FB-0750C）：1.2万个，单价0.38，共4560元
 - 牛皮纸袋 28*15*28（HD-PB-2815）：3000个，单价0.55，共1650元
 合计：6210元
 送：北京市朝阳区望京街道阜通东大街6号 方恒购物中心B1 乡里鸡望京店，店长 孙磊 13801162279

【订单2】编号 LX-0412-SJS（石景山店）
 - 外卖打包盒 750ml 带盖（HD-FB-0750C）：8千个，单价0.38，共3040元
 - 一次性筷子套装（HD-KZ-0100）：50箱（1000套/箱），单价85，共4250元
 合计：7290元
 送：北京市石景山区鲁谷路74号 乡里鸡石景山店，店长 赵婷 13911287604

都是含税价，开专票。

北京乡里鸡餐饮管理有限公司 采购中心
邱慧敏 010-8459 2200 转 806
"""
    eml = single(['From: %s' % addr('邱慧敏', 'qiuhm@lxj-bj.com', 'utf-8'),
                  'To: orders@hengda-pack.cn',
                  'Subject: %s' % ew('望京店+石景山店 包材订单', 'utf-8'),
                  'Date: Fri, 4 Dec 2026 13:10:45 +0800',
                  'Message-ID: <7c2b1a09-3e4d-4f5a-8b6c-d7e8f9a0b1c2@lxj-bj.com>',
                  'MIME-Version: 1.0',
                  'X-Mailer: Alimail Web'], body, 'utf-8', 'quoted-printable')
    o1 = [ln('HD-FB-0750C', '外卖打包盒 750ml 带盖', 12000, '0.38'), ln('HD-PB-2815', '牛皮纸袋 28*15*28', 3000, '0.55')]
    o2 = [ln('HD-FB-0750C', '外卖打包盒 750ml 带盖', 8000, '0.38'), ln('HD-KZ-0100', '一次性筷子套装', 50, '85.00')]
    check(o1, '6210.00')
    check(o2, '7290.00')
    cust = {'name': '北京乡里鸡餐饮管理有限公司'}
    return eml, truth('hand-restaurant-chain-two-stores-wan', 'body', 'utf-8',
                      'A restaurant chain\'s purchasing centre orders for two stores in one Alimail body, one '
                      'order per store (【订单1】/【订单2】), each with its own number, ship-to and 合计. Quantities '
                      'in Chinese multipliers: 1.2万个 = 12000, 8千个 = 8000; 50箱 of 1000套 is 50 cases at 85 per '
                      'case; 含税 stated after both orders.',
                      [{'external_id': 'LX-0412-BJ', 'customer': cust,
                        'ship_to': {'name': '孙磊', 'phone': '13801162279',
                                    'address': '北京市朝阳区望京街道阜通东大街6号 方恒购物中心B1 乡里鸡望京店'},
                        'currency': 'CNY', 'total': '6210.00', 'lines': o1},
                       {'external_id': 'LX-0412-SJS', 'customer': cust,
                        'ship_to': {'name': '赵婷', 'phone': '13911287604',
                                    'address': '北京市石景山区鲁谷路74号 乡里鸡石景山店'},
                        'currency': 'CNY', 'total': '7290.00', 'lines': o2}])


# ============================================================ HTML bodies
def cells_html(rows, td_style='', th_first=False):
    """rows: lists of cells; a cell is str or (str, 'rowspan=2 ...')."""
    out = ''
    for i, r in enumerate(rows):
        tag = 'th' if (th_first and i == 0) else 'td'
        out += '<tr>'
        for c in r:
            t, a = (c, '') if isinstance(c, str) else c
            out += '<%s%s%s>%s</%s>' % (tag, (' ' + a) if a else '', td_style, t, tag)
        out += '</tr>\n'
    return out


@mail
def h63_outlook_html_nl_colspan_vat():
    st = ' style=\'border:solid #A6A6A6 1.0pt;padding:0cm 5.4pt 0cm 5.4pt\''
    rows = [['Pos', 'Article', 'Description', 'Qty', 'Unit', 'Price EUR', 'Amount EUR'],
            ['1', 'HD-CT-0301', 'Shipping carton 5-ply 600x400x400', '1.200', 'pcs', '0.98', '1.176,00'],
            ['2', 'HD-CT-0302', 'Shipping carton 3-ply 400x300x300', '2.500', 'pcs', '0.41', '1.025,00'],
            ['3', 'HD-PE-3012', 'PE foam roll 3mm x 1200mm x 100m', '40', 'roll', '21.50', '860,00'],
            [('Subtotal excl. VAT', 'colspan=6 align=right'), '3.061,00'],
            [('Shipping (DAP Tilburg)', 'colspan=6 align=right'), '450,00'],
            [('<b>Total excl. VAT</b>', 'colspan=6 align=right'), '<b>3.511,00</b>']]
    paras_top = ['Dear Mr. Zhou,', '', 'Please find below our purchase order <b>PO-NL-26-0917</b> dated 1 December 2026.',
                 'Delivery address and contact below the table.', '']
    paras_bot = ['', 'Delivery: Van der Berg Verpakkingen B.V., Warehouse 2, Kraaivenstraat 21, 5048 AB Tilburg, '
                 'the Netherlands', 'Contact on site: Pieter de Vries, +31 13 555 0142', '',
                 'Met vriendelijke groet / Kind regards,', '', 'Anouk Jansen', 'Purchasing',
                 'Van der Berg Verpakkingen B.V.', 'T +31 13 555 0100',
                 '<span style=\'font-size:7.0pt;color:gray\'>This e-mail and any attachments are confidential. '
                 'Van der Berg Verpakkingen B.V. is registered with the Chamber of Commerce under number 17098765.</span>']
    p = '<p class=MsoNormal>%s<o:p></o:p></p>\n'
    html = ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">'
            '<head><meta http-equiv=Content-Type content="text/html; charset=us-ascii">'
            '<meta name=Generator content="Microsoft Word 15 (filtered medium)"></head>'
            '<body lang=NL link="#0563C1"><div class=WordSection1>\n' +
            ''.join(p % (x or '&nbsp;') for x in paras_top) +
            '<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style=\'border-collapse:collapse\'>\n' +
            cells_html([[c if isinstance(c, str) else c for c in r] for r in rows], st) + '</table>\n' +
            ''.join(p % (x or '&nbsp;') for x in paras_bot) + '</div></body></html>\n')
    plain = ('Dear Mr. Zhou,\n\nPlease find below our purchase order PO-NL-26-0917 dated 1 December 2026.\n'
             'Delivery address and contact below the table.\n\n' +
             '\n'.join('\n'.join((c if isinstance(c, str) else c[0]).replace('<b>', '').replace('</b>', '')
                                 for c in r) for r in rows) + '\n\n' +
             '\n'.join(x for x in paras_bot[1:10]) + '\n')
    alt = multi('alternative', '_000_AM9PR07MB71234A5B6C7D8E9F0A1B2AM9PR07MB7123eurp_', [
        text(plain, 'us-ascii', 'quoted-printable'), text(html, 'us-ascii', 'quoted-printable', 'html')])
    eml = message(['From: Anouk Jansen <a.jansen@vdberg-verpakkingen.nl>',
                   'To: "Zhou Min" <zhoumin@hengda-pack.cn>',
                   'CC: "orders@hengda-pack.cn" <orders@hengda-pack.cn>',
                   'Subject: Purchase order PO-NL-26-0917',
                   'Thread-Topic: Purchase order PO-NL-26-0917',
                   'Date: Tue, 1 Dec 2026 14:33:09 +0000',
                   'Message-ID: <AM9PR07MB71234A5B6C7D8E9F0A1B2@AM9PR07MB7123.eurprd07.prod.outlook.com>',
                   'Accept-Language: nl-NL, en-US', 'Content-Language: en-US', 'X-MS-Has-Attach:',
                   'MIME-Version: 1.0'], alt)
    lines = [ln('HD-CT-0301', 'Shipping carton 5-ply 600x400x400', 1200, '0.98'),
             ln('HD-CT-0302', 'Shipping carton 3-ply 400x300x300', 2500, '0.41'),
             ln('HD-PE-3012', 'PE foam roll 3mm x 1200mm x 100m', 40, '21.50')]
    check(lines, '3511.00', extra='450')
    return eml, truth('hand-outlook-html-nl-colspan-dots', 'html', 'us-ascii',
                      'Dutch Outlook 365 HTML (MsoTableGrid): quantities with a dot as thousands separator '
                      '(1.200 = 1200, 2.500 = 2500) and amounts with decimal commas (1.176,00) while unit prices '
                      'use a decimal point (0.98): a mix a Dutch buyer typing into Word produces. Subtotal, '
                      'shipping and total rows span six columns; the text alternative has one cell per line. '
                      'Order date in words (1 December 2026).',
                      [{'external_id': 'PO-NL-26-0917', 'customer': {'name': 'Van der Berg Verpakkingen B.V.'},
                        'ship_to': {'name': 'Pieter de Vries', 'phone': '+31 13 555 0142',
                                    'address': 'Warehouse 2, Kraaivenstraat 21, 5048 AB Tilburg, the Netherlands'},
                        'placed_at': '2026-12-01', 'currency': 'EUR', 'total': '3511.00', 'lines': lines}])


@mail
def h64_foxmail_html_gbk_bullets():
    items = ['<b>HD-TP-4806</b> 透明封箱胶带 48mm×100m —— 600卷，单价 4.50 元',
             '<b>HD-TP-6006</b> 透明封箱胶带 60mm×100m —— 200卷，单价 5.90 元',
             '<b>HD-DP-2000</b> 手持封箱器 —— 20把，单价 12.00 元',
             '<b>HD-MK-0001</b> 记号笔（黑色，大头）—— 10盒，单价 18.00 元']
    html = ('<html><head><meta http-equiv="content-type" content="text/html; charset=GBK">'
            '<style>body { line-height: 1.5; }body { font-size: 14px; font-family: \'Microsoft YaHei UI\'; color: '
            'rgb(0, 0, 0); line-height: 1.5; }</style></head><body>\n'
            '<div><span></span>恒达包装：</div><div>您好！我司需订购以下物品，请尽快安排发货：</div><div><br></div>'
            '<div>订单号：<font color="#ff0000"><b>WL-20261204-02</b></font></div><div>下单日期：2026-12-04</div>'
            '<ul>' + ''.join('<li>%s</li>' % i for i in items) + '</ul>'
            '<div>以上合计：<b>4,756.00</b> 元（含税，含运费）</div><div><br></div>'
            '<div>收货人：马俊 177 5143 0098</div><div>地址：江苏省苏州市工业园区星龙街428号 苏春工业坊18栋 万联物流</div>'
            '<div><br></div><hr style="width: 210px; height: 1px;" color="#b5c4df" size="1" align="left">'
            '<div><span><div style="MARGIN: 10px; FONT-FAMILY: verdana; FONT-SIZE: 10pt"><div>马俊</div>'
            '<div>苏州万联物流有限公司&nbsp;仓储部</div><div>Tel：0512-6283 7710</div></div></span></div></body></html>\n')
    plain = ('恒达包装：\n您好！我司需订购以下物品，请尽快安排发货：\n\n订单号：WL-20261204-02\n下单日期：2026-12-04\n' +
             ''.join('%s\n' % i.replace('<b>', '').replace('</b>', '') for i in items) +
             '以上合计：4,756.00 元（含税，含运费）\n\n收货人：马俊 177 5143 0098\n'
             '地址：江苏省苏州市工业园区星龙街428号 苏春工业坊18栋 万联物流\n\n马俊\n苏州万联物流有限公司 仓储部\nTel：0512-6283 7710\n')
    alt = multi('alternative', '----=_001_NextPart381746210572_=----', [
        text(plain, 'GBK', 'base64'), text(html, 'GBK', 'quoted-printable', 'html')])
    eml = message(['Date: Fri, 4 Dec 2026 09:44:12 +0800',
                   'From: "%s" <majun@wanlian-wl.com>' % ew('马俊', 'GBK'),
                   'To: orders <orders@hengda-pack.cn>',
                   'Subject: %s' % ew('订购胶带 WL-20261204-02', 'GBK'),
                   'X-Priority: 3', 'X-Has-Attach: no', 'X-Mailer: Foxmail 7.2.25.254[cn]',
                   'Mime-Version: 1.0', 'Message-ID: <202612040944125128834@wanlian-wl.com>'], alt)
    lines = [ln('HD-TP-4806', '透明封箱胶带 48mm×100m', 600, '4.50', no_total=True),
             ln('HD-TP-6006', '透明封箱胶带 60mm×100m', 200, '5.90', no_total=True),
             ln('HD-DP-2000', '手持封箱器', 20, '12.00', no_total=True),
             ln('HD-MK-0001', '记号笔（黑色，大头）', 10, '18.00', no_total=True)]
    assert 600 * D('4.5') + 200 * D('5.9') + 240 + 180 == D('4300')
    return eml, truth('hand-foxmail-html-gbk-bullets', 'html', 'gbk',
                      'Foxmail HTML (GBK) with the items as a bulleted list (<ul><li>), SKU in bold, "—— 600卷，单价 '
                      '4.50 元", no line amounts; the order number in red bold. "以上合计 4,756.00（含税，含运费）" '
                      'includes a freight charge the mail never states (lines sum to 4,300.00): the clerk keys '
                      'the written total and HOLDS to ask what the 456.00 is.',
                      [{'external_id': 'WL-20261204-02', 'customer': {'name': '苏州万联物流有限公司'},
                        'ship_to': {'name': '马俊', 'phone': '177 5143 0098',
                                    'address': '江苏省苏州市工业园区星龙街428号 苏春工业坊18栋 万联物流'},
                        'placed_at': '2026-12-04', 'currency': 'CNY', 'total': '4756.00', 'lines': lines}])


@mail
def h65_qq_html_rowspan_delivery_dates():
    st = ' style="border: 1px solid rgb(0, 0, 0); padding: 2px 6px;"'
    rows = [['交货日期', '商品编码', '商品名称', '数量', '单价', '金额'],
            [('12月8日', 'rowspan="2"'), 'HD-ZB-3040', '快递袋30*40 加厚', '20000', '0.17', '3400.00'],
            ['HD-ZB-3852', '快递袋38*52 加厚', '10000', '0.26', '2600.00'],
            [('12月15日', 'rowspan="2"'), 'HD-ZB-3040', '快递袋30*40 加厚', '20000', '0.17', '3400.00'],
            ['HD-LB-1010', '热敏标签100*100', '100', '9.20', '920.00'],
            [('合计', 'colspan="5" style="text-align:right"'), '10320.00']]
    html = ('<meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><div>周经理好，</div>'
            '<div>这是我们双十二的备货，分两批送，单号 QH-DS12-0088，日期 2026.12.4。</div><div><br></div>'
            '<table border="1" cellspacing="0" style="border-collapse: collapse;">' + cells_html(rows, st) +
            '</table><div><br></div><div>两批都送到：浙江省金华市义乌市廿三里街道埠头工业区11号 青禾电商仓</div>'
            '<div>收货：何冬 135 8896 0451</div><div><br></div><div>义乌青禾电子商务有限公司</div>'
            '<div><includetail><div style="font:Verdana normal 14px;color:#000;"><div style="FONT-SIZE: 12px;'
            'FONT-FAMILY: Arial Narrow;padding:2px 0 2px 0;">------------------&nbsp;原始邮件&nbsp;------------------'
            '</div><div style="FONT-SIZE: 12px;background:#efefef;padding:8px;"><div><b>发件人:</b>&nbsp;"周敏"'
            '&lt;zhoumin@hengda-pack.cn&gt;;</div><div><b>发送时间:</b>&nbsp;2026年12月2日(星期三) 上午10:05</div>'
            '<div><b>主题:</b>&nbsp;快递袋报价</div></div><div><br></div><div>何总好，快递袋30*40加厚0.17，38*52加厚0.26，'
            '标签9.20一卷，有效期到月底。</div></div></includetail></div>')
    part = text(html, 'UTF-8', 'base64', 'html')
    eml = message(['From: "%s" <hedong@qinghe-ec.com>' % ew('何冬', 'UTF-8'),
                   'To: "%s" <zhoumin@hengda-pack.cn>' % ew('周敏', 'UTF-8'),
                   'Cc: "orders" <orders@hengda-pack.cn>',
                   'Subject: %s' % ew('回复：快递袋报价', 'UTF-8'),
                   'Mime-Version: 1.0', 'Date: Fri, 4 Dec 2026 11:20:31 +0800',
                   'Message-ID: <tencent_6D5C4B3A29180716F5E4D3C2B1A09F8E7D06@exmail.qq.com>',
                   'X-Mailer: Tencent Exmail'], part)
    lines = [ln('HD-ZB-3040', '快递袋30*40 加厚', 20000, '0.17'), ln('HD-ZB-3852', '快递袋38*52 加厚', 10000, '0.26'),
             ln('HD-ZB-3040', '快递袋30*40 加厚', 20000, '0.17'), ln('HD-LB-1010', '热敏标签100*100', 100, '9.20')]
    check(lines, '10320.00')
    return eml, truth('hand-exmail-html-rowspan-delivery-dates', 'html', 'utf-8',
                      '企业微信邮箱 (Tencent Exmail) HTML only, a reply above the seller\'s quotation: the first '
                      'column (交货日期) spans two rows per delivery batch, so the same SKU appears twice (two '
                      'lines, not merged); the 合计 row spans five columns. Order date 2026.12.4 in a sentence. '
                      'The quoted quotation has prices but no quantities and is not an order.',
                      [{'external_id': 'QH-DS12-0088', 'customer': {'name': '义乌青禾电子商务有限公司'},
                        'ship_to': {'name': '何冬', 'phone': '135 8896 0451',
                                    'address': '浙江省金华市义乌市廿三里街道埠头工业区11号 青禾电商仓'},
                        'placed_at': '2026-12-04', 'total': '10320.00', 'lines': lines}])


@mail
def h66_gmail_html_ordered_list_mx():
    items = [('HD-BW-1050', 'Bubble wrap roll 1m x 50m', '150 rollos / rolls', '5.40', '810.00'),
             ('HD-SF-5023', 'Stretch film 500mm 23mic', '200 rollos / rolls', '4.95', '990.00'),
             ('HD-CT-0401', 'Mailer box 30x20x8 white', '4,000 pzas / pcs', '0.29', '1,160.00')]
    li = ''.join('<li><b>%s</b> &ndash; %s<br>%s x US$%s = US$%s</li>' % i for i in items)
    html = ('<div dir="ltr"><div>Hola Zhou Min,</div><div><br></div><div>Please process our order '
            '<b>OC-4471</b> (fecha / date: 2026-12-03):</div><ol>' + li + '</ol>'
            '<div>Subtotal: US$2,960.00</div><div>Flete mar&iacute;timo / sea freight (FOB→CIF Manzanillo): US$380.00</div>'
            '<div><b>TOTAL: US$3,340.00</b></div><div><br></div><div>Consignar a / Ship to:</div>'
            '<div>Empaques del Bajío S.A. de C.V.</div><div>Av. Industrias 1450, Parque Industrial Castro del Río</div>'
            '<div>36810 Irapuato, Gto., México</div><div>Att: Ing. Luis Herrera, +52 462 555 0198</div><div><br></div>'
            '<div>Saludos,</div><div>Luis</div><div><br></div>-- <br><div dir="ltr" class="gmail_signature">'
            '<div dir="ltr"><b>Ing. Luis Herrera</b><div>Compras / Purchasing</div><div>Empaques del Bajío S.A. de C.V.</div>'
            '<div>Tel. +52 462 555 0190</div></div></div></div>\n')
    plain = ('Hola Zhou Min,\n\nPlease process our order *OC-4471* (fecha / date: 2026-12-03):\n\n' +
             ''.join('   %d. *%s* – %s\n   %s x US$%s = US$%s\n' % ((n + 1,) + i) for n, i in enumerate(items)) +
             '\nSubtotal: US$2,960.00\nFlete marítimo / sea freight (FOB→CIF Manzanillo): US$380.00\n*TOTAL: US$3,340.00*\n\n'
             'Consignar a / Ship to:\nEmpaques del Bajío S.A. de C.V.\nAv. Industrias 1450, Parque Industrial Castro del Río\n'
             '36810 Irapuato, Gto., México\nAtt: Ing. Luis Herrera, +52 462 555 0198\n\nSaludos,\nLuis\n\n-- \n'
             '*Ing. Luis Herrera*\nCompras / Purchasing\nEmpaques del Bajío S.A. de C.V.\nTel. +52 462 555 0190\n')
    alt = multi('alternative', '0000000000008f2b7a0612f6e3c1', [
        text(plain, 'UTF-8', 'quoted-printable'), text(html, 'UTF-8', 'quoted-printable', 'html')])
    eml = message(['MIME-Version: 1.0', 'Date: Thu, 3 Dec 2026 17:22:40 -0600',
                   'Message-ID: <CAH2pQx7nR4k+Lm0vT9yZ3wB8cF1dE6gH5jK2sA4uW7qX0oP9Vw@mail.gmail.com>',
                   'Subject: =?UTF-8?Q?Orden_de_compra_OC-4471_/_Purchase_order?=',
                   'From: Luis Herrera <compras@empaquesdelbajio.mx>',
                   'To: Zhou Min <zhoumin@hengda-pack.cn>', 'Cc: orders@hengda-pack.cn'], alt)
    lines = [ln('HD-BW-1050', 'Bubble wrap roll 1m x 50m', 150, '5.40'), ln('HD-SF-5023', 'Stretch film 500mm 23mic', 200, '4.95'),
             ln('HD-CT-0401', 'Mailer box 30x20x8 white', 4000, '0.29')]
    check(lines, '3340.00', extra='380')
    return eml, truth('hand-gmail-html-ordered-list-es-en', 'html', 'utf-8',
                      'Gmail HTML from Mexico, Spanish and English mixed: items as an ordered list (<ol>), each '
                      'item two lines (bold SKU – title, then "150 rollos / rolls x US$5.40 = US$810.00"), the '
                      'plain alternative with *bold* markers; subtotal, sea freight, total; ship-to block with '
                      'the company first and "Att:" line; US$ prices.',
                      [{'external_id': 'OC-4471', 'customer': {'name': 'Empaques del Bajío S.A. de C.V.'},
                        'ship_to': {'name': 'Ing. Luis Herrera', 'phone': '+52 462 555 0198',
                                    'address': 'Av. Industrias 1450, Parque Industrial Castro del Río, 36810 Irapuato, Gto., México'},
                        'placed_at': '2026-12-03', 'currency': 'USD', 'total': '3340.00', 'lines': lines}])


@mail
def h67_dingtalk_html_tax_columns_spans():
    st = ' style="border:1px solid #d9d9d9;padding:4px 8px"'
    rows = [[('序号', 'rowspan="2"'), ('物料', 'colspan="2"'), ('数量', 'rowspan="2"'), ('单位', 'rowspan="2"'),
             ('不含税', 'colspan="2"'), ('税额(13%)', 'rowspan="2"'), ('价税合计', 'rowspan="2"')],
            ['编码', '名称', '单价', '金额'],
            ['1', 'HD-CT-0605', '五层搬家纸箱60*40*50', '400', '个', '8.85', '3540.00', '460.20', '4000.20'],
            ['2', 'HD-TP-4812', '米黄封箱胶带48mm', '300', '卷', '5.13', '1539.00', '200.07', '1739.07'],
            ['3', 'HD-BW-1050', '气泡膜1m*50m', '60', '卷', '36.28', '2176.80', '282.98', '2459.78'],
            [('合计', 'colspan="6" align="center"'), '7255.80', '943.25', '8199.05']]
    html = ('<!DOCTYPE html><html><head><meta charset="utf-8"></head><body><div class="__aliyun_email_body_block">'
            '<div style="font-family:PingFangSC-Regular;font-size:14px">恒达销售：<br><br>'
            '经审批，我司采购订单如下（订单号 <span style="color:#0089ff">CG20261204001</span>，'
            '订单日期 2026-12-04），请确认交期后回复。<br><br>'
            '<table style="border-collapse:collapse">' + cells_html(rows, st) + '</table><br>'
            '收货信息：浙江省湖州市吴兴区织里镇吴兴大道1888号 童装产业园7号楼 杨帆 150 5722 1906<br>'
            '发票：增值税专用发票，税率13%<br><br>湖州织里童享服饰有限公司 供应链部<br>'
            '<span style="color:#999">本邮件由钉钉邮箱发送</span></div></div></body></html>\n')
    part = text(html, 'UTF-8', 'base64', 'html')
    eml = message(['Date: Fri, 4 Dec 2026 14:06:58 +0800',
                   'From: "%s" <yangfan@tongxiang-kids.com>' % ew('杨帆', 'UTF-8'),
                   'To: "orders" <orders@hengda-pack.cn>',
                   'Message-ID: <1c2d3e4f-5a6b-7c8d-9e0f-dingtalk.3a4b5c6d@tongxiang-kids.com>',
                   'Subject: %s' % ew('采购订单 CG20261204001', 'UTF-8'),
                   'MIME-Version: 1.0', 'X-Mailer: DingTalk Mail'], part)
    lines = [ln('HD-CT-0605', '五层搬家纸箱60*40*50', 400, '10.00', total='4000.20'),
             ln('HD-TP-4812', '米黄封箱胶带48mm', 300, '5.80', total='1739.07'),
             ln('HD-BW-1050', '气泡膜1m*50m', 60, '41.00', total='2459.78')]
    for x in lines:
        del x['unit_price']
    check(lines, '8199.05')
    return eml, truth('hand-dingtalk-html-net-tax-spans', 'html', 'utf-8',
                      'DingTalk (Alibaba) mail, HTML only: a two-row header (物料 and 不含税 span two columns; '
                      '序号/数量/单位/税额/价税合计 span two rows), net unit price, net amount, 13% tax and the '
                      'tax-inclusive line total; 合计 row spans six columns. The clerk keys the tax-inclusive '
                      'line totals and grand total 8199.05; the unit price a clerk keys is ambiguous (net 8.85 '
                      'or gross about 10.00), so the truth does not state unit prices. No currency sign.',
                      [{'external_id': 'CG20261204001', 'customer': {'name': '湖州织里童享服饰有限公司'},
                        'ship_to': {'name': '杨帆', 'phone': '150 5722 1906',
                                    'address': '浙江省湖州市吴兴区织里镇吴兴大道1888号 童装产业园7号楼'},
                        'placed_at': '2026-12-04', 'total': '8199.05', 'lines': lines}])


@mail
def h68_apple_html_inline_logo_discount():
    rows = [['Qty', 'Item', 'Description', 'Unit', 'Line'],
            ['24', 'HD-GB-2015', 'Gift box, rigid, 20x15x6, matte black', '3.20', '76.80'],
            ['24', 'HD-TS-5075', 'Tissue paper 50x75 ivory (ream 480)', '14.00', '336.00'],
            ['6', 'HD-RB-1025', 'Satin ribbon 10mm x 25m, gold', '2.90', '17.40'],
            ['', '', 'Trade discount 10%', '', '-43.02'],
            ['', '', '<b>Total (GBP)</b>', '', '<b>387.18</b>']]
    st = ' style="padding: 3px 8px; border-bottom: 1px solid #ddd;"'
    html = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
            '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
            '<div>Hi there,</div><div><br></div><div>Order no. <b>WC-1288</b> for Willow &amp; Clay, 2 Dec 2026.</div>'
            '<div><br></div><table cellspacing="0" cellpadding="0">' + cells_html(rows, st) + '</table>'
            '<div><br></div><div>Deliver to: Willow &amp; Clay Studio, 17 Northgate Mews, York YO1 7HH, UK</div>'
            '<div>Contact: Hannah Price 07700 900 461</div><div><br></div><div>Cheers,</div><div>Hannah</div>'
            '<div><br></div><div><img apple-inline="yes" id="A1B2C3D4-logo" src="cid:F7E6D5C4-B3A2-4190-8877-665544332211" '
            'width="120" height="40"></div><div>Willow &amp; Clay Ltd &middot; handmade ceramics</div></body></html>\n')
    plain = ('Hi there,\n\nOrder no. WC-1288 for Willow & Clay, 2 Dec 2026.\n\n' +
             '\n'.join('\t'.join(c.replace('<b>', '').replace('</b>', '') for c in r) for r in rows) +
             '\n\nDeliver to: Willow & Clay Studio, 17 Northgate Mews, York YO1 7HH, UK\n'
             'Contact: Hannah Price 07700 900 461\n\nCheers,\nHannah\n\n\nWillow & Clay Ltd · handmade ceramics\n')
    rel = multi('related', 'Apple-Mail=_8C1D2E3F-4A5B-6C7D-8E9F-0A1B2C3D4E5F', [
        text(html, 'utf-8', 'quoted-printable', 'html'),
        attachment('image/png', png(120, 40, (60, 90, 70)), 'logo.png', disp='inline',
                   inline_cid='F7E6D5C4-B3A2-4190-8877-665544332211')], extra_params=';\n\ttype="text/html"')
    alt = multi('alternative', 'Apple-Mail=_5A6B7C8D-9E0F-1A2B-3C4D-5E6F7A8B9C0D', [
        text(plain, 'utf-8', 'quoted-printable'), rel])
    eml = message(['From: Hannah Price <hannah@willowandclay.co.uk>',
                   'Content-Type: multipart/alternative;\n\tboundary="Apple-Mail=_5A6B7C8D-9E0F-1A2B-3C4D-5E6F7A8B9C0D"',
                   'Mime-Version: 1.0 (Mac OS X Mail 16.0 \\(3826.200.121\\))',
                   'Subject: Order WC-1288', 'Date: Wed, 2 Dec 2026 09:14:26 +0000',
                   'Message-Id: <C3D4E5F6-A7B8-4C9D-8E0F-1A2B3C4D5E6F@willowandclay.co.uk>',
                   'To: orders@hengda-pack.cn', 'X-Mailer: Apple Mail (2.3826.200.121)'], Part([], alt.body))
    lines = [ln('HD-GB-2015', 'Gift box, rigid, 20x15x6, matte black', 24, '3.20'),
             ln('HD-TS-5075', 'Tissue paper 50x75 ivory (ream 480)', 24, '14.00'),
             ln('HD-RB-1025', 'Satin ribbon 10mm x 25m, gold', 6, '2.90')]
    check(lines, '387.18', extra='-43.02')
    return eml, truth('hand-apple-html-inline-logo-discount', 'html', 'utf-8',
                      'Apple Mail from a UK ceramics studio: multipart/alternative with a multipart/related HTML '
                      'part carrying an inline logo PNG. Table starts with Qty; a 10% trade discount row '
                      '(-43.02) and a Total (GBP) row in the description column; the company is a "&" name, '
                      'ship-to in one line, a UK mobile number.',
                      [{'external_id': 'WC-1288', 'customer': {'name': 'Willow & Clay Ltd'},
                        'ship_to': {'name': 'Hannah Price', 'phone': '07700 900 461',
                                    'address': '17 Northgate Mews, York YO1 7HH, UK'},
                        'placed_at': '2026-12-02', 'currency': 'GBP', 'total': '387.18', 'lines': lines}])


@mail
def h69_qq_html_gb18030_label_table():
    st = ' style="border:1px solid #999;padding:3px 5px"'
    head = [['采购单位', ('温州鹿城瓯江鞋业有限公司', 'colspan="3"')],
            ['订单编号', 'OJ-PO-261203', '订单日期', '2026年12月3日'],
            ['收货人', '叶晓东', '联系电话', '0577-8862 1470'],
            ['收货地址', ('浙江省温州市鹿城区双屿街道鞋都三期春晖路20号', 'colspan="3"')]]
    items = [['品名', '规格', '数量', '单价（元）', '小计（元）'],
             ['鞋盒（天地盖）', '32*20*12 单瓦 彩印', '5000个', '1.36', '6800.00'],
             ['拷贝纸', '50*70 17g 白', '20令', '42.00', '840.00'],
             ['外箱', '五层 62*42*38', '420个', '7.50', '3150.00'],
             [('合计金额：壹万零柒佰玖拾元整', 'colspan="4"'), '10790.00']]
    html = ('<meta http-equiv="Content-Type" content="text/html; charset=GB18030"><div>恒达 周经理：</div><div>'
            '订货单如下，鞋盒按我们上次确认的印刷稿，谢谢！</div><div><br></div>'
            '<table border="1" cellspacing="0" style="border-collapse:collapse;width:560px">' + cells_html(head, st) +
            '</table><br><table border="1" cellspacing="0" style="border-collapse:collapse;width:560px">' +
            cells_html(items, st) + '</table><div><br></div><div>叶晓东</div><div>&nbsp;</div>'
            '<div style="color:#909090;font-family:Arial Narrow;font-size:12px">------------------</div>'
            '<div style="color:#909090;font-size:12px">温州鹿城瓯江鞋业有限公司 采购</div>')
    part = text(html, 'GB18030', 'base64', 'html')
    eml = message(['From: "%s" <317752045@qq.com>' % ew('叶晓东', 'GB18030'),
                   'To: "%s" <orders@hengda-pack.cn>' % ew('恒达包装', 'GB18030'),
                   'Subject: %s' % ew('瓯江鞋业订货单', 'GB18030'), 'Mime-Version: 1.0',
                   'Date: Thu, 3 Dec 2026 16:47:03 +0800',
                   'Message-ID: <tencent_0A1B2C3D4E5F60718293A4B5C6D7E8F90B07@qq.com>',
                   'X-QQ-MIME: TCMime 1.0 by Tencent', 'X-Mailer: QQMail 2.x', 'X-QQ-Mailer: QQMail 2.x'], part)
    lines = [ln(None, '鞋盒（天地盖）', 5000, '1.36'), ln(None, '拷贝纸', 20, '42.00'), ln(None, '外箱', 420, '7.50')]
    check(lines, '10790.00')
    return eml, truth('hand-qq-html-label-grid-no-sku', 'html', 'gb18030',
                      'QQ Mail HTML only (GB18030): the order header is a 4-column label/value grid with colspan '
                      'values (采购单位, 收货地址), then a separate item table without SKUs: 品名 and a 规格 column '
                      '(the spec is not the title), quantities glued to units (5000个, 20令), a 合计 row whose '
                      'label cell carries the amount in 大写 and spans four columns. Prices in 元 (header).',
                      [{'external_id': 'OJ-PO-261203', 'customer': {'name': '温州鹿城瓯江鞋业有限公司'},
                        'ship_to': {'name': '叶晓东', 'phone': '0577-8862 1470',
                                    'address': '浙江省温州市鹿城区双屿街道鞋都三期春晖路20号'},
                        'placed_at': '2026-12-03', 'currency': 'CNY', 'total': '10790.00', 'lines': lines}])


# ============================================================ spreadsheets
XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'


def with_attachments(headers, body, charset, cte, atts, boundary, preamble=None):
    part = multi('mixed', boundary, [text(body, charset, cte)] + atts, preamble=preamble)
    return message(headers, part)


@mail
def h70_xls_kingdee_k3_export():
    sh = Sheet('采购订单')
    sh.widths = {1: 12, 2: 14, 3: 22, 4: 14, 5: 8, 6: 10, 7: 10, 8: 12, 9: 8, 10: 12, 11: 12, 12: 12}
    sh.set(1, 1, '采购订单', size=18)
    sh.merge(1, 1, 1, 12)
    meta = [('供应商:', '杭州恒达包装材料有限公司', '日期:', datetime.date(2026, 12, 3), '编号:', 'POORD003187'),
            ('采购方式:', '赊购', '币别:', '人民币', '汇率:', 1),
            ('部门:', '采购部', '业务员:', '蒋丽华', '摘要:', '12月生产用包材')]
    for i, (a, b, c, d, e, f) in enumerate(meta):
        r = 3 + i
        sh.set(r, 1, a)
        sh.set(r, 2, b)
        sh.set(r, 5, c)
        sh.set(r, 6, d)
        sh.set(r, 9, e)
        sh.set(r, 10, f)
    hdr = ['物料代码', '物料名称', '规格型号', '单位', '数量', '单价', '含税单价', '金额', '税率(%)', '税额', '价税合计', '交货日期']
    sh.row(7, 1, hdr, bold=True)
    rows = [('05.01.0301', '五层纸箱', '60*40*40', '个', 1000, D('6.0177'), D('6.80')),
            ('05.02.4806', '透明胶带', '48mm*100m', '卷', 500, D('3.9823'), D('4.50')),
            ('05.03.5023', '缠绕膜', '50cm*23u*300m', '卷', 80, D('33.6283'), D('38.00'))]
    tot_gross = D(0)
    for i, (code, name, spec, unit, q, net, gross) in enumerate(rows):
        r = 8 + i
        amt = (net * q).quantize(D('0.01'))
        g = gross * q
        tax = g - amt
        tot_gross += g
        sh.row(r, 1, [code, name, spec, unit, q], border=True)
        sh.set(r, 6, net, border=True, fmt='0.0000')
        sh.set(r, 7, gross, border=True, fmt='0.0000')
        sh.set(r, 8, amt, border=True, fmt='#,##0.00')
        sh.set(r, 9, 13, border=True)
        sh.set(r, 10, tax, border=True, fmt='#,##0.00')
        sh.set(r, 11, g, border=True, fmt='#,##0.00')
        sh.set(r, 12, datetime.date(2026, 12, 10), border=True)
    sh.set(11, 1, '合计', border=True)
    sh.set(11, 5, 1580, border=True)
    sh.set(11, 11, tot_gross, border=True, fmt='#,##0.00')
    sh.set(13, 1, '交货地点:')
    sh.set(13, 2, '浙江省绍兴市柯桥区齐贤街道梅林路77号 越美家纺成品仓 收货人：蒋丽华 0575-8411 6632')
    sh.set(15, 1, '审核:')
    sh.set(15, 2, '王建')
    sh.set(15, 5, '制单:')
    sh.set(15, 6, '蒋丽华')
    sh.set(15, 9, '打印次数:')
    sh.set(15, 10, 1)
    assert tot_gross == D('12090')
    data = corpus_docs.xls_bytes([sh])
    body = '恒达：\r\n\r\n附件为我司采购订单POORD003187，请查收并回传确认。\r\n\r\n蒋丽华\r\n绍兴越美家纺有限公司 采购部\r\n'
    eml = with_attachments(['From: %s' % addr('蒋丽华', 'jianglh@yuemei-jf.com', 'gb2312'),
                            'To: <orders@hengda-pack.cn>',
                            'Subject: %s' % ew('采购订单POORD003187', 'gb2312'),
                            'Date: Thu, 3 Dec 2026 15:02:44 +0800',
                            'Message-ID: <002201db4558$1a2b3c40$4e5f6a70$@yuemei-jf.com>',
                            'MIME-Version: 1.0', 'X-Mailer: Microsoft Outlook 15.0'],
                           body, 'gb2312', 'base64',
                           [attachment('application/vnd.ms-excel', data, '采购订单POORD003187.xls', name_style='gb2312')],
                           '----=_NextPart_000_0023_01DB4558.1A2B3C40', 'This is a multipart message in MIME format.')
    lines = [ln('05.01.0301', '五层纸箱', 1000, '6.80'), ln('05.02.4806', '透明胶带', 500, '4.50'),
             ln('05.03.5023', '缠绕膜', 80, '38.00')]
    return eml, truth('hand-xls-kingdee-k3-net-gross', 'xls', 'gb2312',
                      'Kingdee K/3 purchase order exported to .xls: title row merged across 12 columns, three '
                      'rows of label/value pairs (编号 POORD003187 in the third pair, 币别 人民币), 12 columns '
                      'with 4-decimal net prices (单价) beside tax-inclusive prices (含税单价), 金额 net, 税额 and '
                      '价税合计; a per-line delivery date; the buyer\'s own material codes (05.01.0301), not the '
                      'seller\'s SKUs. The clerk keys the tax-inclusive price and 价税合计. The buyer\'s name is '
                      'only in the mail signature.',
                      [{'external_id': 'POORD003187', 'customer': {'name': '绍兴越美家纺有限公司'},
                        'ship_to': {'name': '蒋丽华', 'phone': '0575-8411 6632',
                                    'address': '浙江省绍兴市柯桥区齐贤街道梅林路77号 越美家纺成品仓'},
                        'placed_at': '2026-12-03', 'currency': 'CNY', 'total': '12090.00', 'lines': lines}])


@mail
def h71_xlsx_yonyou_u8_export():
    sh = Sheet('采购订单')
    sh.widths = {1: 6, 2: 14, 3: 20, 4: 14, 5: 10, 6: 8, 7: 10, 8: 12, 9: 12, 10: 12}
    sh.set(1, 1, '采购订单', bold=True, center=True, size=16)
    sh.merge(1, 1, 1, 10)
    sh.set(2, 1, '订单编号')
    sh.set(2, 2, 'CGDD-2612-0042')
    sh.set(2, 4, '订单日期')
    sh.set(2, 5, datetime.datetime(2026, 12, 1), fmt='yyyy-mm-dd')
    sh.set(2, 7, '供应商')
    sh.set(2, 8, '杭州恒达包装材料有限公司')
    sh.set(3, 1, '采购类型')
    sh.set(3, 2, '普通采购')
    sh.set(3, 4, '税率')
    sh.set(3, 5, 13)
    sh.set(3, 7, '币种')
    sh.set(3, 8, '人民币')
    sh.set(4, 1, '部门')
    sh.set(4, 2, '采购部')
    sh.set(4, 4, '业务员')
    sh.set(4, 5, '段晓峰')
    hdr = ['行号', '存货编码', '存货名称', '规格型号', '主计量', '数量', '原币含税单价', '原币价税合计', '计划到货日期', '备注']
    sh.row(6, 1, hdr, bold=True, border=True, center=True)
    rows = [('HD-CT-0503', '纸箱', '五层 50*35*30', '只', 2000, D('4.50')),
            ('HD-PE-2005', '珍珠棉', '2mm*1m', '米', 1000, D('1.75')),
            ('HD-DB-1608', '打包带', 'PP 16*0.8', '公斤', 300, D('9.40')),
            ('HD-DK-1600', '打包扣', '16mm', '包', 30, D('14.50'))]
    total = D(0)
    for i, (sku, name, spec, unit, q, p) in enumerate(rows):
        r = 7 + i
        sh.row(r, 1, [i + 1, sku, name, spec, unit, q], border=True)
        sh.set(r, 7, p, border=True, fmt='0.00')
        sh.set(r, 8, ('=F%d*G%d' % (r, r), p * q), border=True, fmt='#,##0.00')
        sh.set(r, 9, '2026-12-09', border=True)
        sh.set(r, 10, '', border=True)
        total += p * q
    sh.set(11, 1, '合计', border=True)
    sh.set(11, 6, ('=SUM(F7:F10)', 3330), border=True)
    sh.set(11, 8, ('=SUM(H7:H10)', total), border=True, fmt='#,##0.00')
    sh.set(13, 1, '收货地址：')
    sh.set(13, 3, '安徽省合肥市经济技术开发区紫云路225号 合肥安达机电 2号仓')
    sh.set(14, 1, '收货联系人：')
    sh.set(14, 3, '段晓峰 0551-6389 2251')
    sh.set(16, 1, '制单人：段晓峰')
    sh.set(16, 4, '审核人：方静')
    sh.set(16, 7, '关闭人：')
    assert total == D('14005')
    data = corpus_docs.xlsx_bytes([sh], creator='UFIDA')
    body = '您好，\n\n随附我司采购订单（用友U8导出），请确认交期。\n\n段晓峰\n合肥安达机电设备有限公司\n电话 0551-6389 2251\n'
    eml = with_attachments(['Date: Tue, 1 Dec 2026 10:31:27 +0800',
                            'From: "%s" <duanxf@anda-jd.com>' % ew('段晓峰', 'GBK'),
                            'To: orders <orders@hengda-pack.cn>',
                            'Subject: %s' % ew('合肥安达 采购订单 CGDD-2612-0042', 'GBK'),
                            'X-Mailer: Foxmail 7.2.23.121[cn]', 'Mime-Version: 1.0',
                            'Message-ID: <202612011031270127633@anda-jd.com>'],
                           body, 'GBK', 'base64',
                           [attachment(XLSX, data, 'CGDD-2612-0042.xlsx', name_style='GBK')],
                           '----=_001_NextPart725638201421_=----')
    lines = [ln(r[0], r[1], r[4], r[5]) for r in rows]
    return eml, truth('hand-xlsx-yonyou-u8-export', 'xlsx', 'gbk',
                      'Yonyou U8 purchase order exported to .xlsx (Foxmail, GBK name): label/value pairs three '
                      'to a row in unmerged cells (订单编号 / 订单日期 as a date cell / 供应商 naming the seller), '
                      '存货名称 and 规格型号 in separate columns, units 只/米/公斤/包, 原币含税单价 and formula '
                      'amounts with cached values, a 合计 row summing quantities and amounts, ship-to below the '
                      'table with the contact and phone in one cell.',
                      [{'external_id': 'CGDD-2612-0042', 'customer': {'name': '合肥安达机电设备有限公司'},
                        'ship_to': {'name': '段晓峰', 'phone': '0551-6389 2251',
                                    'address': '安徽省合肥市经济技术开发区紫云路225号 合肥安达机电 2号仓'},
                        'placed_at': '2026-12-01', 'currency': 'CNY', 'total': '14005.00', 'lines': lines}])


@mail
def h72_xlsx_sap_b1_en():
    sh = Sheet('Purchase Order')
    sh.widths = {1: 6, 2: 16, 3: 36, 4: 10, 5: 8, 6: 12, 7: 10, 8: 14}
    sh.set(1, 1, 'Purchase Order', bold=True, size=16)
    labels = [('Vendor', 'V10233 Hangzhou Hengda Packaging Materials Co., Ltd.'), ('Contact Person', 'Zhou Min'),
              ('No.', 'Primary 23000418'), ('Posting Date', datetime.datetime(2026, 11, 30)),
              ('Delivery Date', datetime.datetime(2026, 12, 20)), ('Document Date', datetime.datetime(2026, 11, 30)),
              ('Currency', 'USD')]
    for i, (k, v) in enumerate(labels):
        sh.set(3 + i, 1, k)
        sh.set(3 + i, 3, v, fmt='dd.mm.yyyy' if isinstance(v, datetime.datetime) else None)
    hdr = ['#', 'Item No.', 'Item Description', 'Quantity', 'UoM', 'Unit Price', 'Disc. %', 'Total (LC)']
    sh.row(11, 1, hdr, bold=True)
    rows = [('HD-LB-4060', 'Thermal label 4x6 fanfold 500', 400, 'Stack', D('10.80'), 0),
            ('HD-PM-1417', 'Poly mailer 14x17 white 2.5mil', 20000, 'Each', D('0.075'), 0),
            ('HD-TP-4806', 'Carton sealing tape 48mm x 100m clear', 1440, 'Roll', D('0.68'), 5)]
    tot = D(0)
    for i, (sku, desc, q, uom, p, disc) in enumerate(rows):
        r = 12 + i
        t = (p * q * (100 - disc) / 100).quantize(D('0.01'))
        tot += t
        sh.row(r, 1, [i + 1, sku, desc, q, uom], border=True)
        sh.set(r, 6, ('USD %s' % p) if p != D('0.075') else 'USD 0.075', border=True)
        sh.set(r, 7, disc, border=True)
        sh.set(r, 8, 'USD %s' % '{:,.2f}'.format(t), border=True)
    sh.set(16, 6, 'Total Before Discount')
    sh.set(16, 8, 'USD %s' % '{:,.2f}'.format(tot))
    sh.set(17, 6, 'Freight')
    sh.set(17, 8, 'USD 0.00')
    sh.set(18, 6, 'Tax')
    sh.set(18, 8, 'USD 0.00')
    sh.set(19, 6, 'Total Payment Due')
    sh.set(19, 8, 'USD %s' % '{:,.2f}'.format(tot))
    sh.set(21, 1, 'Ship To')
    sh.set(21, 3, 'Pacific Parcel Supply Inc., 2250 E Carson St, Long Beach CA 90810, USA')
    sh.set(22, 1, 'Remarks')
    sh.set(22, 3, 'Based on Sales Quotation HD-Q-2611-102. Receiving: Ana Ruiz (562) 555-0177')
    assert tot == D('6750.24'), tot
    data = corpus_docs.xlsx_bytes([sh], creator='SAP Business One')
    body = ('Hello Zhou Min,\n\nAttached is PO 23000418 exported from SAP B1. Please note the 5% discount on tape '
            'we agreed.\n\nThanks,\nAna Ruiz\nPacific Parcel Supply Inc.\n')
    eml = with_attachments(['From: Ana Ruiz <aruiz@pacificparcelsupply.com>',
                            'To: Zhou Min <zhoumin@hengda-pack.cn>', 'CC: orders@hengda-pack.cn',
                            'Subject: PO 23000418', 'Date: Mon, 30 Nov 2026 17:45:12 -0800',
                            'Message-ID: <BY5PR13MB3924D1E2F3A4B5C6D7E8F9A0B1C2@BY5PR13MB3924.namprd13.prod.outlook.com>',
                            'MIME-Version: 1.0', 'X-MS-Has-Attach: yes'],
                           body, 'us-ascii', '7bit', [attachment(XLSX, data, 'PO_23000418.xlsx')],
                           '_004_BY5PR13MB3924D1E2F3A4B5C6D7E8F9A0B1C2BY5PR13MB3924namp_')
    lines = [ln('HD-LB-4060', 'Thermal label 4x6 fanfold 500', 400, '10.80'),
             ln('HD-PM-1417', 'Poly mailer 14x17 white 2.5mil', 20000, '0.075'),
             ln('HD-TP-4806', 'Carton sealing tape 48mm x 100m clear', 1440, '0.68', total='930.24')]
    lines[1]['unit_price'] = '0.075'
    return eml, truth('hand-xlsx-sap-b1-text-money', 'xlsx', 'us-ascii',
                      'SAP Business One "Purchase Order" export to .xlsx: labels in A with values in C, the '
                      'number as "Primary 23000418" (series name + number: the clerk keys 23000418), Posting/'
                      'Delivery/Document dates as dd.mm.yyyy date cells (Posting = order date), money as TEXT '
                      'cells "USD 10.80", a Disc. % column (5% on tape: 1440 x 0.68 - 5% = 930.24), a 3-decimal '
                      'price, totals block and a ship-to line with the company first; receiving contact in '
                      'Remarks.',
                      [{'external_id': '23000418', 'customer': {'name': 'Pacific Parcel Supply Inc.'},
                        'ship_to': {'name': 'Ana Ruiz', 'phone': '(562) 555-0177',
                                    'address': '2250 E Carson St, Long Beach CA 90810, USA'},
                        'placed_at': '2026-11-30', 'currency': 'USD', 'total': '6750.24', 'lines': lines}])


@mail
def h73_xlsx_odoo_list_export():
    sh = Sheet('Sheet1')
    sh.widths = {1: 14, 2: 22, 3: 34, 4: 12, 5: 14, 6: 12, 7: 14, 8: 14, 9: 16}
    hdr = ['Order Reference', 'Vendor', 'Order Lines/Product', 'Order Lines/Quantity',
           'Order Lines/Unit of Measure', 'Order Lines/Unit Price', 'Order Lines/Subtotal', 'Currency', 'Order Deadline']
    sh.row(1, 1, hdr)
    rows = [('[HD-CT-0401] Mailer box 30x20x8 white', 6000, 'Units', D('0.27')),
            ('[HD-GB-2015] Rigid gift box 20x15x6 black', 800, 'Units', D('1.95')),
            ('[HD-TS-5075] Tissue paper 50x75 ivory', 40, 'Ream', D('12.50')),
            ('[HD-ST-0050] Round sticker 50mm kraft (roll 500)', 60, 'Roll', D('6.80'))]
    for i, (prod, q, uom, p) in enumerate(rows):
        r = 2 + i
        if i == 0:
            sh.row(r, 1, ['P00391', 'Hangzhou Hengda Packaging Materials Co., Ltd.'])
            sh.set(r, 8, 'EUR')
            sh.set(r, 9, '2026-12-18 10:00:00')
        sh.set(r, 3, prod)
        sh.set(r, 4, q)
        sh.set(r, 5, uom)
        sh.set(r, 6, p)
        sh.set(r, 7, (p * q))
    total = sum(p * q for _, q, _, p in rows)
    assert total == D('4088.00'), total
    data = corpus_docs.xlsx_bytes([sh], creator='Odoo')
    body = """Hi,

Please find attached our RFQ confirmed as purchase order P00391 (export from Odoo).
Total EUR 4,088.00, DDP.

Deliver to:
Maison Lumière SAS
Zone Artisanale des Pins, 12 rue des Artisans, 33610 Cestas, France
Contact: Claire Dubois +33 5 57 55 01 23

Best,
Claire Dubois
Maison Lumière SAS - bougies artisanales
"""
    eml = with_attachments(['MIME-Version: 1.0', 'Date: Wed, 2 Dec 2026 09:05:33 +0100',
                            'Message-ID: <CABx7Yz3kL8nM2pQ4rS6tU0vW1xY9zA5bC7dE3fG@mail.gmail.com>',
                            'Subject: Purchase Order P00391 - Maison Lumiere',
                            'From: Claire Dubois <claire@maison-lumiere.fr>',
                            'To: orders@hengda-pack.cn'], body, 'UTF-8', 'quoted-printable',
                           [attachment(XLSX, data, 'Purchase Order (purchase.order).xlsx')],
                           '000000000000c3d4e50612f5a1b2')
    lines = [ln('HD-CT-0401', 'Mailer box 30x20x8 white', 6000, '0.27'),
             ln('HD-GB-2015', 'Rigid gift box 20x15x6 black', 800, '1.95'),
             ln('HD-TS-5075', 'Tissue paper 50x75 ivory', 40, '12.50'),
             ln('HD-ST-0050', 'Round sticker 50mm kraft (roll 500)', 60, '6.80')]
    return eml, truth('hand-xlsx-odoo-list-export', 'xlsx', 'utf-8',
                      'Odoo list-view export of one purchase order (.xlsx from Gmail): one header row with '
                      'dotted field paths ("Order Lines/Quantity"), the order fields only on the first line '
                      'and blank below, products as "[SKU] name" in one cell, no total row (the total is in the '
                      'mail text), an Order Deadline that is a delivery date, not the order date. The ship-to is '
                      'in the mail body.',
                      [{'external_id': 'P00391', 'customer': {'name': 'Maison Lumière SAS'},
                        'ship_to': {'name': 'Claire Dubois', 'phone': '+33 5 57 55 01 23',
                                    'address': 'Zone Artisanale des Pins, 12 rue des Artisans, 33610 Cestas, France'},
                        'currency': 'EUR', 'total': '4088.00', 'lines': lines}])


@mail
def h74_xls_person_made_canteen():
    sh = Sheet('订货单')
    sh.widths = {1: 6, 2: 24, 3: 8, 4: 8, 5: 10, 6: 12, 7: 16}
    sh.set(1, 1, '沪南职业技术学院第二食堂 包材订货单', size=16)
    sh.merge(1, 1, 1, 7)
    sh.set(2, 1, '订货日期：2026.12.2')
    sh.merge(2, 1, 2, 4)
    sh.set(2, 5, '单号：ST2-1202')
    sh.merge(2, 5, 2, 7)
    sh.row(3, 1, ['序号', '品名', '单位', '数量', '单价', '金额', '备注'], border=True)
    rows = [('一次性餐盒 1000ml 黑底透明盖', '箱', 30, D('96.00'), '300套/箱'),
            ('汤碗 500ml 带盖', '箱', 20, D('88.00'), '500套/箱'),
            ('打包袋 背心袋 32*50', '件', 10, D('65.00'), '20扎/件'),
            ('筷子 独立包装', '箱', 8, D('120.00'), ''),
            ('保鲜膜 45cm*500m', '卷', 12, D('42.00'), '')]
    for i, (name, unit, q, p, rem) in enumerate(rows):
        r = 4 + i
        sh.row(r, 1, [i + 1, name, unit, q], border=True)
        sh.set(r, 5, p, border=True, fmt='0.00')
        sh.set(r, 6, p * q, border=True, fmt='#,##0.00')
        sh.set(r, 7, rem, border=True)
    total = sum(r[3] * r[2] for r in rows)
    assert total == D('6754'), total
    sh.set(9, 1, '合计', border=True)
    sh.set(9, 6, total, border=True, fmt='#,##0.00')
    sh.set(11, 1, '送货：上海市闵行区莘松路1188号 沪南职院二食堂后门（早上9点前）')
    sh.set(12, 1, '联系人：食堂管理员 鲍师傅 021-6425 3318 / 139 1617 4402')
    sh.set(13, 1, '发票开：上海沪南后勤餐饮管理有限公司')
    data = corpus_docs.xls_bytes([sh, Sheet('Sheet2')])
    body = '恒达：\n\n下周的订货单在附件，老规矩月底一起结。\n\n鲍建国\n'
    eml = with_attachments(['From: "%s" <baojg1971@163.com>' % ew('鲍建国', 'gb2312'),
                            'To: orders@hengda-pack.cn',
                            'Subject: %s' % ew('二食堂订货单', 'gb2312'),
                            'Date: Wed, 2 Dec 2026 06:58:19 +0800 (CST)',
                            'Message-ID: <6a1e2c3f.4d11.18f35c7e2a1.Coremail.baojg1971@163.com>',
                            'MIME-Version: 1.0',
                            'X-Mailer: Coremail Webmail Server Version XT5.0.13'], body, 'gb2312', 'base64',
                           [attachment('application/vnd.ms-excel', data, '订货单1202.xls', name_style='rfc2231')],
                           '----=_Part_91823_2102934755.1733093899123')
    lines = [ln(None, r[0], r[2], r[3]) for r in rows]
    return eml, truth('hand-xls-canteen-person-made', 'xls', 'gb2312',
                      'A university canteen manager\'s own .xls (Excel 97-2003 via 163 webmail): merged title, '
                      'date and number written as text in merged cells ("订货日期：2026.12.2", "单号：ST2-1202"), '
                      'no SKUs, units 箱/件/卷 with pack contents in a 备注 column (300套/箱 is not the quantity), '
                      'ship-to and contact as sentences below the table; the invoice company is the buyer. No '
                      'currency sign anywhere.',
                      [{'external_id': 'ST2-1202', 'customer': {'name': '上海沪南后勤餐饮管理有限公司'},
                        'ship_to': {'name': '鲍师傅', 'phone': '021-6425 3318 / 139 1617 4402',
                                    'address': '上海市闵行区莘松路1188号 沪南职院二食堂后门'},
                        'placed_at': '2026-12-02', 'total': '6754.00', 'lines': lines}])


# ============================================================ PDF
@mail
def h75_pdf_cn_contract_style():
    rows = [('1', '医用纸塑包装袋', 'HD-YB-1020', '10*20cm', '包', '200', '36.00', '7,200.00'),
            ('2', '灭菌指示胶带', 'HD-TP-1950', '19mm*50m', '卷', '300', '8.50', '2,550.00'),
            ('3', '五层纸箱（白）', 'HD-CT-0402', '40*30*25', '个', '600', '5.20', '3,120.00')]

    def build(c, fn, ps):
        w, h = ps
        c.setFont(fn, 18)
        c.drawCentredString(w / 2, h - 70, '采 购 合 同')
        c.setFont(fn, 10)
        c.drawString(380, h - 95, '合同编号：KM-HT-2026-1203')
        c.drawString(380, h - 110, '签订日期：2026年12月3日')
        c.drawString(60, h - 135, '甲方（需方）：昆明康美医疗器械有限公司')
        c.drawString(60, h - 152, '乙方（供方）：杭州恒达包装材料有限公司')
        c.drawString(60, h - 175, '经甲乙双方友好协商，甲方向乙方采购下列货物，双方达成如下条款：')
        c.drawString(60, h - 195, '一、货物名称、规格、数量及金额')
        table = [['序号', '货物名称', '货号', '规格', '单位', '数量', '单价（元）', '金额（元）']] + [list(r) for r in rows]
        table.append(['', '合计人民币（大写）：壹万贰仟捌佰柒拾元整', '', '', '', '', '', '12,870.00'])
        y = corpus_docs.draw_grid_table(c, fn, 60, h - 205, [30, 90, 60, 55, 30, 40, 60, 70], table, size=8.5,
                                        align=['c', 'l', 'l', 'l', 'c', 'r', 'r', 'r'])
        y -= 22
        for t in ('二、质量要求：符合YY/T 0698标准，每批附检验报告。',
                  '三、交货时间及地点：2026年12月15日前送至云南省昆明市官渡区螺蛳湾国际商贸城物流园C区18号，',
                  '    收货人：赵云飞，电话：0871-6718 2290。',
                  '四、价格条款：以上单价为含税到厂价（含13%增值税及运费）。',
                  '五、付款方式：货到验收合格并收到发票后45天内付款。',
                  '六、本合同一式两份，双方各执一份，传真件、扫描件有效。'):
            c.drawString(60, y, t)
            y -= 17
        y -= 20
        c.drawString(60, y, '甲方（盖章）：昆明康美医疗器械有限公司')
        c.drawString(320, y, '乙方（盖章）：')
        c.drawString(60, y - 18, '代表：赵云飞')
        c.drawString(320, y - 18, '代表：')
        c.setStrokeColorRGB(0.85, 0.1, 0.1)
        c.circle(150, y - 5, 36, stroke=1, fill=0)
    data = corpus_docs.pdf_bytes(build, '采购合同KM-HT-2026-1203', 'zhaoyf')
    body = '恒达包装：\n\n采购合同已盖章，见附件PDF，请盖章后回传一份。\n\n赵云飞\n昆明康美医疗器械有限公司\n'
    eml = with_attachments(['From: %s' % addr('赵云飞', 'zhaoyf@kangmei-med.cn', 'utf-8'),
                            'To: orders@hengda-pack.cn',
                            'Subject: %s' % ew('采购合同 KM-HT-2026-1203（已盖章）', 'utf-8'),
                            'Date: Thu, 3 Dec 2026 11:18:42 +0800',
                            'Message-ID: <0b5c6d7e-8f90-4a1b-2c3d-4e5f6a7b8c9d@kangmei-med.cn>',
                            'MIME-Version: 1.0', 'X-Mailer: Alimail Web'], body, 'utf-8', 'base64',
                           [attachment('application/pdf', data, '采购合同KM-HT-2026-1203.pdf', name_style='rfc2231')],
                           '----=ALIBOUNDARY_48211_7f3a2b1c_6750c3a2_11d')
    lines = [ln('HD-YB-1020', '医用纸塑包装袋', 200, '36.00'), ln('HD-TP-1950', '灭菌指示胶带', 300, '8.50'),
             ln('HD-CT-0402', '五层纸箱（白）', 600, '5.20')]
    check(lines, '12870.00')
    return eml, truth('hand-pdf-cn-contract-jiafang', 'pdf', 'utf-8',
                      'A purchase CONTRACT (采购合同) as PDF with an embedded font, not a form: 甲方/乙方 parties, '
                      'contract number and 签订日期 at the top right, numbered clauses; the goods table has 货物名称 '
                      'before 货号 and a 规格 column; the 合计 row puts the 大写 amount in the name column; the '
                      'ship-to and contact are inside clause 三 on two lines. The buyer is 甲方.',
                      [{'external_id': 'KM-HT-2026-1203', 'customer': {'name': '昆明康美医疗器械有限公司'},
                        'ship_to': {'name': '赵云飞', 'phone': '0871-6718 2290',
                                    'address': '云南省昆明市官渡区螺蛳湾国际商贸城物流园C区18号'},
                        'placed_at': '2026-12-03', 'currency': 'CNY', 'total': '12870.00', 'lines': lines}])


@mail
def h76_pdf_en_canada_cad():
    rows = [('1', 'HD-SF-5023', 'Stretch wrap 20" x 5000\' 80ga cast', 'RL', '96', '21.40', '2,054.40'),
            ('2', 'HD-EC-0100', 'Edge protector 2x2x36" (bundle 50)', 'BDL', '40', '24.00', '960.00'),
            ('3', 'HD-DB-1608', 'Poly strapping 1/2" x 9000\' 600lb', 'COIL', '30', '38.75', '1,162.50')]

    def build(c, fn, ps):
        w, h = ps
        c.setFont('Helvetica-Bold', 15)
        c.drawString(50, h - 60, 'MAPLE RIDGE DISTRIBUTION LTD.')
        c.setFont('Helvetica', 9)
        c.drawString(50, h - 74, '7850 Vantage Way, Delta, BC V4G 1A7  |  604-555-0166')
        c.setFont('Helvetica-Bold', 20)
        c.drawRightString(w - 50, h - 60, 'PURCHASE ORDER')
        c.setFont('Helvetica', 9)
        for i, (k, v) in enumerate((('P.O. Number:', 'MRD-55102'), ('Date:', 'Dec 1, 2026'),
                                     ('Terms:', 'Net 60'), ('Buyer:', 'Kevin Tremblay'))):
            c.drawRightString(w - 120, h - 84 - 13 * i, k)
            c.drawString(w - 115, h - 84 - 13 * i, v)
        c.setFont('Helvetica-Bold', 9)
        c.drawString(50, h - 150, 'VENDOR')
        c.drawString(310, h - 150, 'SHIP TO')
        c.setFont('Helvetica', 9)
        for i, (a, b) in enumerate((('Hangzhou Hengda Packaging Materials Co., Ltd.', 'Maple Ridge Distribution - DC 2'),
                                    ('No. 18 Jinhai Road, Yuhang District', '19100 94 Avenue, Unit 4'),
                                    ('Hangzhou, Zhejiang, China', 'Surrey, BC V4N 4X8, Canada'),
                                    ('', 'Attn: Receiving - Gurpreet Sandhu'), ('', 'Tel 604-555-0181'))):
            c.drawString(50, h - 163 - 12 * i, a)
            c.drawString(310, h - 163 - 12 * i, b)
        table = [['Line', 'Item', 'Description', 'UOM', 'Qty', 'Unit Cost', 'Ext. Cost']] + [list(r) for r in rows]
        y = corpus_docs.draw_grid_table(c, 'Helvetica', 50, h - 240, [30, 70, 200, 40, 40, 60, 72], table, size=8.5,
                                        align=['c', 'l', 'l', 'c', 'r', 'r', 'r'])
        for i, (k, v) in enumerate((('Subtotal', '4,176.90'), ('Freight (prepaid & add)', '650.00'),
                                    ('GST/PST', '0.00'), ('TOTAL CAD', '4,826.90'))):
            c.setFont('Helvetica-Bold' if k.startswith('TOTAL') else 'Helvetica', 9)
            c.drawRightString(w - 130, y - 18 - 14 * i, k)
            c.drawRightString(w - 50, y - 18 - 14 * i, v)
        c.setFont('Helvetica', 8)
        c.drawString(50, y - 100, 'All prices in Canadian dollars. Please reference the P.O. number on all '
                                  'packing slips and invoices.')
        c.drawString(50, y - 112, 'Authorized by: ______________________   K. Tremblay, Purchasing Manager')
    data = corpus_docs.pdf_bytes(build, 'PO MRD-55102', 'ktremblay', pagesize=__import__(
        'reportlab.lib.pagesizes', fromlist=['letter']).letter)
    body = ('Hi,\r\n\r\nPO MRD-55102 attached.\r\n\r\nKevin Tremblay | Purchasing Manager\r\n'
            'Maple Ridge Distribution Ltd.\r\n604-555-0166\r\n')
    eml = with_attachments(['From: Kevin Tremblay <ktremblay@mapleridgedist.ca>',
                            'To: "orders@hengda-pack.cn" <orders@hengda-pack.cn>', 'Subject: PO MRD-55102',
                            'Date: Tue, 1 Dec 2026 13:07:55 -0800',
                            'Message-ID: <YT3PR01MB8899A1B2C3D4E5F6A7B8C9D0E1F2@YT3PR01MB8899.CANPRD01.PROD.OUTLOOK.COM>',
                            'MIME-Version: 1.0', 'X-MS-Has-Attach: yes'], body, 'us-ascii', '7bit',
                           [attachment('application/pdf', data, 'MRD-55102.pdf')],
                           '_003_YT3PR01MB8899A1B2C3D4E5F6A7B8C9D0E1F2YT3PR01MB8899CANP_')
    lines = [ln('HD-SF-5023', 'Stretch wrap 20" x 5000\' 80ga cast', 96, '21.40'),
             ln('HD-EC-0100', 'Edge protector 2x2x36" (bundle 50)', 40, '24.00'),
             ln('HD-DB-1608', 'Poly strapping 1/2" x 9000\' 600lb', 30, '38.75')]
    check(lines, '4826.90', extra='650')
    return eml, truth('hand-pdf-en-canada-cad', 'pdf', 'us-ascii',
                      'English PDF (standard Helvetica, no embedded font) from a Canadian distributor: company and '
                      'PURCHASE ORDER title on one line, label/value pairs right-aligned, VENDOR and SHIP TO '
                      'blocks side by side (the left one is the seller), inch and foot marks inside titles, UOM '
                      'RL/BDL/COIL, totals block below the table (freight, GST/PST 0.00, TOTAL CAD). Date "Dec '
                      '1, 2026".',
                      [{'external_id': 'MRD-55102', 'customer': {'name': 'Maple Ridge Distribution Ltd.'},
                        'ship_to': {'name': 'Gurpreet Sandhu', 'phone': '604-555-0181',
                                    'address': '19100 94 Avenue, Unit 4, Surrey, BC V4N 4X8, Canada'},
                        'placed_at': '2026-12-01', 'currency': 'CAD', 'total': '4826.90', 'lines': lines}])


def _scan_pdf(items, title):
    """A scanned page: the text drawn into a grey, slightly rotated 150 dpi
    JPEG, and the same text laid over it invisibly (render mode 3) the way
    OCR software (ABBYY, Adobe Scan) writes a text layer."""
    import io
    from PIL import Image, ImageDraw, ImageFont
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    scale = 150 / 72.0
    w, h = A4
    img = Image.new('L', (int(w * scale), int(h * scale)), 236)
    d = ImageDraw.Draw(img)
    fonts = {}
    for x, y, size, t in items:
        f = fonts.setdefault(size, ImageFont.truetype('/usr/share/fonts/truetype/wqy/wqy-microhei.ttc', int(size * scale)))
        d.text((x * scale, y * scale - size * scale), t, fill=40, font=f)
    img = img.rotate(0.6, fillcolor=236)
    jb = io.BytesIO()
    img.save(jb, 'JPEG', quality=55)
    jb.seek(0)
    buf = io.BytesIO()
    fn = corpus_docs._font('hei')
    c = canvas.Canvas(buf, pagesize=A4, invariant=1, pageCompression=1)
    c.setTitle(title)
    c.setCreator('ABBYY FineReader PDF 15')
    c.drawImage(ImageReader(jb), 0, 0, w, h)
    for x, y, size, t in items:
        to = c.beginText(x, h - y)
        to.setTextRenderMode(3)
        to.setFont(fn, size)
        to.textOut(t)
        c.drawText(to)
    c.save()
    return buf.getvalue()


@mail
def h77_pdf_scanned_ocr_layer_cn():
    rows = [('HD-CT-0301', '五层纸箱 60*40*40', '个', '1200', '6.50', '7800.00'),
            ('HD-CT-0302', '三层纸箱 40*30*30', '个', '2000', '2.20', '4400.00'),
            ('HD-TP-4806', '透明胶带 48mm*100m', '卷', '480', '4.30', '2064.00'),
            ('HD-BW-1050', '气泡膜 1m*50m', '卷', '50', '35.00', '1750.00')]
    items = [(220, 60, 16, '武汉楚天物流有限公司'), (250, 86, 15, '采购订单'),
             (60, 120, 10, '订单号：CT-2612-0098'), (330, 120, 10, '日期：2026年12月4日'),
             (60, 138, 10, '供应商：杭州恒达包装材料有限公司'),
             (60, 156, 10, '收货地址：湖北省武汉市东西湖区走马岭汇通大道18号 楚天物流3号库'),
             (60, 174, 10, '收货人：黎明  电话：027-8390 4412')]
    y = 205
    cols = [60, 140, 270, 305, 355, 410]
    for i, t in enumerate(('编码', '品名规格', '单位', '数量', '单价', '金额')):
        items.append((cols[i], y, 10, t))
    for r in rows:
        y += 20
        for i, t in enumerate(r):
            items.append((cols[i], y, 10, t))
    y += 24
    items += [(355, y, 10, '合计：'), (410, y, 10, '16014.00'), (60, y + 30, 10, '备注：单价含税，月结30天。'),
              (60, y + 60, 10, '采购：黎明'), (250, y + 60, 10, '批准：邓志刚')]
    data = _scan_pdf(items, 'SCAN_20261204_0931')
    body = '周经理：\n\n订单扫描件发你，签字版。\n\n黎明\n武汉楚天物流有限公司\n'
    eml = with_attachments(['From: %s' % addr('黎明', 'liming@chutian-wl.com', 'gb2312'),
                            'To: %s' % addr('周敏', 'zhoumin@hengda-pack.cn', 'gb2312'), 'Cc: orders@hengda-pack.cn',
                            'Subject: %s' % ew('订单扫描件', 'gb2312'), 'Date: Fri, 4 Dec 2026 09:33:51 +0800',
                            'Message-ID: <000d01db45e4$2a1b0c90$7e5124b0$@chutian-wl.com>', 'MIME-Version: 1.0',
                            'X-Mailer: Microsoft Outlook 16.0'], body, 'gb2312', 'base64',
                           [attachment('application/pdf', data, 'SCAN_20261204_0931.pdf')],
                           '----=_NextPart_000_000E_01DB45E4.2A1B0C90')
    lines = [ln(r[0], r[1], int(r[3]), r[4]) for r in rows]
    check(lines, '16014.00')
    return eml, truth('hand-pdf-scanned-ocr-text-layer', 'pdf', 'gb2312',
                      'A signed paper order scanned to PDF: the page is one grey, slightly rotated JPEG, with an '
                      'invisible OCR text layer (render mode 3, ABBYY-style) placed word by word over it; no '
                      'ruled table in the text, columns only by position. The order number is only inside the '
                      'PDF (the subject says 订单扫描件). 单价含税 in the remarks; no currency sign (the clerk '
                      'knows 元 only from context, so not stated).',
                      [{'external_id': 'CT-2612-0098', 'customer': {'name': '武汉楚天物流有限公司'},
                        'ship_to': {'name': '黎明', 'phone': '027-8390 4412',
                                    'address': '湖北省武汉市东西湖区走马岭汇通大道18号 楚天物流3号库'},
                        'placed_at': '2026-12-04', 'total': '16014.00', 'lines': lines}])


@mail
def h78_pdf_cn_two_page_pharmacy_chain():
    prods = [('HD-ZB-2535', '快递袋 25*35', '个', 3000, '0.12'), ('HD-ZB-3040', '快递袋 30*40', '个', 3000, '0.16'),
             ('HD-YD-1015', '药品自封袋 10*15', '包', 200, '6.50'), ('HD-YD-1520', '药品自封袋 15*20', '包', 200, '8.80'),
             ('HD-LB-5030', '标签 50*30', '卷', 100, '7.50'), ('HD-LB-1010', '标签 100*100', '卷', 60, '9.20'),
             ('HD-CT-0201', '二号纸箱 53*29*37', '个', 500, '3.60'), ('HD-CT-0301', '三号纸箱 43*21*27', '个', 800, '2.40'),
             ('HD-CT-0401', '四号纸箱 35*19*23', '个', 800, '1.90'), ('HD-CT-0501', '五号纸箱 29*17*19', '个', 1000, '1.45'),
             ('HD-TP-4806', '透明胶带 48mm', '卷', 300, '4.20'), ('HD-TP-4812', '米黄胶带 48mm', '卷', 200, '5.80'),
             ('HD-BW-2030', '气泡袋 20*30', '个', 2000, '0.18'), ('HD-BW-1520', '气泡袋 15*20', '个', 2000, '0.12'),
             ('HD-PE-1005', '珍珠棉 1mm', '米', 300, '1.10'), ('HD-BX-0310', '保温袋 铝膜 30*40', '个', 500, '1.60'),
             ('HD-BB-0100', '冰袋 100ml', '个', 1000, '0.45'), ('HD-BB-0200', '冰袋 200ml', '个', 1000, '0.65'),
             ('HD-PB-2815', '手提纸袋 28*15*28', '个', 1500, '0.55'), ('HD-PB-3212', '手提纸袋 32*12*40', '个', 1000, '0.70'),
             ('HD-ST-0050', '封口贴 圆形50mm', '卷', 50, '6.80'), ('HD-GL-0902', '丁腈手套 M', '盒', 40, '18.00'),
             ('HD-GL-0903', '丁腈手套 L', '盒', 40, '18.00'), ('HD-MK-0001', '记号笔', '盒', 10, '18.00'),
             ('HD-DP-2000', '封箱器', '把', 20, '12.00'), ('HD-SF-1020', '手用缠绕膜 10cm', '卷', 60, '6.00'),
             ('HD-SF-5023', '缠绕膜 50cm', '卷', 20, '38.00'), ('HD-DB-1608', '打包带', 'kg', 100, '9.40')]
    lines = [ln(p[0], p[1], p[3], p[4]) for p in prods]
    total = sum(D(x['total']) for x in lines)
    tot_s = '{:,.2f}'.format(total)

    def header(c, fn, w, h, page):
        c.setFont(fn, 15)
        c.drawCentredString(w / 2, h - 55, '重庆百济大药房连锁有限公司  采购订单')
        c.setFont(fn, 9)
        c.drawString(50, h - 78, '订单号：BJ-CG-202612-0317')
        c.drawString(230, h - 78, '制单日期：2026-12-02')
        c.drawString(400, h - 78, '第 %d 页 / 共 2 页' % page)

    def build(c, fn, ps):
        w, h = ps
        header(c, fn, w, h, 1)
        c.drawString(50, h - 96, '供应商：杭州恒达包装材料有限公司      结算方式：月结60天      币种：人民币')
        c.drawString(50, h - 112, '收货仓库：重庆市渝北区空港工业园区保税路66号 百济物流中心 收货人：冉晓燕 023-6785 1120')
        hdr = ['行', '物料编码', '物料名称', '单位', '数量', '单价', '金额']
        cw = [24, 72, 140, 34, 50, 52, 70]
        al = ['c', 'l', 'l', 'c', 'r', 'r', 'r']
        t1 = [hdr] + [[str(i + 1), x['sku'], x['title'], prods[i][2], str(x['qty']), x['unit_price'],
                       '{:,.2f}'.format(D(x['total']))] for i, x in enumerate(lines[:20])]
        corpus_docs.draw_grid_table(c, fn, 50, h - 124, cw, t1, size=8.5)
        c.setFont(fn, 8)
        c.drawCentredString(w / 2, 30, '（续下页）')
        c.showPage()
        header(c, fn, w, h, 2)
        t2 = [hdr] + [[str(i + 21), x['sku'], x['title'], prods[i + 20][2], str(x['qty']), x['unit_price'],
                       '{:,.2f}'.format(D(x['total']))] for i, x in enumerate(lines[20:])]
        t2.append(['', '', '合计', '', '', '', tot_s])
        y = corpus_docs.draw_grid_table(c, fn, 50, h - 100, cw, t2, size=8.5, align=al)
        c.setFont(fn, 9)
        for t in ('备注：1. 含税价，开13%专票；2. 冰袋、保温袋请单独装箱并标注；3. 送货请预约，周日不收货。',
                  '采购员：冉晓燕        采购经理：谭伟        财务：'):
            y -= 24
            c.drawString(50, y, t)
    data = corpus_docs.pdf_bytes(build, 'BJ-CG-202612-0317', 'ranxy')
    body = '恒达：\n\n附件是12月包材采购订单（2页），共28个品种，请核对后安排。\n\n冉晓燕\n重庆百济大药房连锁有限公司 物流中心\n'
    eml = with_attachments(['From: "%s" <ranxy@baiji-pharm.com>' % ew('冉晓燕', 'UTF-8'),
                            'To: "orders" <orders@hengda-pack.cn>',
                            'Subject: %s' % ew('12月包材采购订单 BJ-CG-202612-0317', 'UTF-8'),
                            'Mime-Version: 1.0', 'Date: Wed, 2 Dec 2026 17:40:26 +0800',
                            'Message-ID: <tencent_2B3C4D5E6F708192A3B4C5D6E7F809A1B206@exmail.qq.com>',
                            'X-Mailer: Tencent Exmail'], body, 'UTF-8', 'base64',
                           [attachment('application/pdf', data, 'BJ-CG-202612-0317.pdf')],
                           '----=_NextPart_6750A33A_0E1F2A3B_4C5D6E7F')
    return eml, truth('hand-pdf-cn-two-page-28-lines', 'pdf', 'utf-8',
                      'A pharmacy chain\'s 28-line order as a two-page PDF (Tencent Exmail): 20 lines on page 1, '
                      'the table continues on page 2 under a repeated title and order line ("第 2 页 / 共 2 页"), '
                      '（续下页） at the foot of page 1, the 合计 row only on page 2; units include kg and 把; '
                      'currency as the word 人民币 in the header line.',
                      [{'external_id': 'BJ-CG-202612-0317', 'customer': {'name': '重庆百济大药房连锁有限公司'},
                        'ship_to': {'name': '冉晓燕', 'phone': '023-6785 1120',
                                    'address': '重庆市渝北区空港工业园区保税路66号 百济物流中心'},
                        'placed_at': '2026-12-02', 'currency': 'CNY', 'total': m2(total), 'lines': lines}])


# ============================================================ CSV
@mail
def h79_csv_utf8_amazon_seller_tool():
    rows = [['PO Number', 'PO Date', 'Supplier', 'Supplier SKU', 'Product Name', 'Units', 'Unit Cost', 'Total Cost',
             'Ship To', 'Status'],
            ['PO-1043', '12/02/2026', 'Hengda Packaging', 'HD-PM-1013', 'Poly Mailer 10x13 Black', '8000', '$0.048',
             '$384.00', 'ShipBob - Chicago IL', 'Submitted'],
            ['PO-1043', '12/02/2026', 'Hengda Packaging', 'HD-PM-1417', 'Poly Mailer 14x17 Black', '4000', '$0.079',
             '$316.00', 'ShipBob - Chicago IL', 'Submitted'],
            ['PO-1043', '12/02/2026', 'Hengda Packaging', 'HD-BM-0609', 'Bubble Mailer #0 6x9 Kraft', '2500', '$0.110',
             '$275.00', 'ShipBob - Chicago IL', 'Submitted'],
            ['PO-1043', '12/02/2026', 'Hengda Packaging', 'HD-TS-5075', 'Tissue Paper 20x30 Pink (480 sheets)', '30',
             '$9.900', '$297.00', 'ShipBob - Chicago IL', 'Submitted']]
    data = corpus_docs.csv_text(rows).encode('utf-8')
    body = """Hi Hengda team,

PO-1043 attached as CSV (exported from our inventory app). Total $1,272.00.
Please ship to our 3PL:

ShipBob Chicago Fulfillment Center
Attn: Inbound - Rosy Lane Co. (WRO #88217)
1355 W Fullerton Ave, Chicago, IL 60614, USA
Phone: 312-555-0139

Box labels must show our WRO number. Thanks!

Jess Park
Founder, Rosy Lane Co.
"""
    eml = with_attachments(['MIME-Version: 1.0', 'Date: Wed, 2 Dec 2026 20:15:09 -0500',
                            'Message-ID: <CAK5mN8pQ2rS4tU6vW8xY0zA2bC4dE6fG8hJ0kL2m@mail.gmail.com>',
                            'Subject: PO-1043 (CSV)', 'From: Jess Park <jess@rosylane.co>',
                            'To: orders@hengda-pack.cn'], body, 'UTF-8', 'quoted-printable',
                           [attachment('text/csv', data, 'PO-1043.csv')], '0000000000001a2b3c0612f7d4e5')
    lines = [ln('HD-PM-1013', 'Poly Mailer 10x13 Black', 8000, '0.048', total='384.00'),
             ln('HD-PM-1417', 'Poly Mailer 14x17 Black', 4000, '0.079', total='316.00'),
             ln('HD-BM-0609', 'Bubble Mailer #0 6x9 Kraft', 2500, '0.11'),
             ln('HD-TS-5075', 'Tissue Paper 20x30 Pink (480 sheets)', 30, '9.90')]
    lines[0]['unit_price'] = '0.048'
    lines[1]['unit_price'] = '0.079'
    check(lines, '1272.00')
    return eml, truth('hand-csv-utf8-seller-inventory-app', 'csv', 'utf-8',
                      'A US Amazon seller\'s inventory-app CSV (UTF-8, no BOM): one row per line repeating PO '
                      'number, date (MM/DD/YYYY), supplier (the seller) and a ship-to NAME only; "$" in every '
                      'money cell, 3-decimal unit costs ($0.048); no total row (the total is in the mail). The '
                      'full ship-to is a 3PL warehouse in the mail body with an inbound reference.',
                      [{'external_id': 'PO-1043', 'customer': {'name': 'Rosy Lane Co.'},
                        'ship_to': {'name': 'ShipBob Chicago Fulfillment Center', 'phone': '312-555-0139',
                                    'address': '1355 W Fullerton Ave, Chicago, IL 60614, USA'},
                        'placed_at': '2026-12-02', 'currency': 'USD', 'total': '1272.00', 'lines': lines}])


@mail
def h80_csv_gbk_guanjiapo_two_orders():
    rows = [['管家婆辉煌版 进货订单明细表'], ['查询条件：日期 2026-12-03 至 2026-12-03；供应商：杭州恒达包装'], [],
            ['单据编号', '单据日期', '仓库', '商品编号', '商品名称', '规格', '单位', '数量', '单价', '金额', '备注'],
            ['JH-2026-12-03-001', '2026-12-03', '南门店', 'HD-ZB-2535', '快递袋', '25*35', '个', '2,000', '0.13', '260.00', ''],
            ['JH-2026-12-03-001', '2026-12-03', '南门店', 'HD-TP-4806', '透明胶带', '48mm', '卷', '100', '4.30', '430.00', ''],
            ['JH-2026-12-03-002', '2026-12-03', '北门店', 'HD-ZB-3040', '快递袋', '30*40', '个', '1,500', '0.17', '255.00', ''],
            ['JH-2026-12-03-002', '2026-12-03', '北门店', 'HD-CT-0501', '纸箱', '五号', '个', '600', '1.45', '870.00', '要白色'],
            ['JH-2026-12-03-002', '2026-12-03', '北门店', 'HD-LB-1010', '标签', '100*100', '卷', '20', '9.20', '184.00', ''],
            ['合计', '', '', '', '', '', '', '4,220', '', '1,999.00', '']]
    data = corpus_docs.csv_text(rows).encode('gbk')
    body = """恒达：

两个店的进货单导出来了（一个单号一个店），分别送：
南门店：南宁市青秀区民族大道136号 华润万象城B2-07 卢晓梅 138 7710 2653
北门店：南宁市西乡塘区大学东路99号 梁志勇 139 7885 0147

广西八桂优品商贸有限公司 卢晓梅
"""
    eml = with_attachments(['From: "%s" <bgyp_lxm@163.com>' % ew('卢晓梅', 'GBK'), 'To: orders@hengda-pack.cn',
                            'Subject: %s' % ew('两个店的进货单', 'GBK'), 'Date: Thu, 3 Dec 2026 18:20:44 +0800 (CST)',
                            'Message-ID: <5e2f3a1b.8c31.18f3c1d2e5a.Coremail.bgyp_lxm@163.com>', 'MIME-Version: 1.0',
                            'X-Mailer: Coremail Webmail Server Version XT5.0.14'], body, 'GBK', 'base64',
                           [attachment('application/vnd.ms-excel', data, '进货订单明细表.csv', name_style='GBK')],
                           '----=_Part_118204_1620931842.1733221244555')
    cust = {'name': '广西八桂优品商贸有限公司'}
    o1 = [ln('HD-ZB-2535', '快递袋', 2000, '0.13'), ln('HD-TP-4806', '透明胶带', 100, '4.30')]
    o2 = [ln('HD-ZB-3040', '快递袋', 1500, '0.17'), ln('HD-CT-0501', '纸箱', 600, '1.45'), ln('HD-LB-1010', '标签', 20, '9.20')]
    return eml, truth('hand-csv-gbk-guanjiapo-two-orders', 'csv', 'gbk',
                      'A 管家婆 (small-shop ERP) detail report saved as CSV in GBK, sent with the Excel MIME type '
                      'application/vnd.ms-excel: a title row and a query-condition row before the header, two '
                      'order numbers (one per shop, 仓库 column) in one table, quantities with thousands commas, a '
                      'grand 合计 row over both orders (not an order total). The two ship-tos are only in the '
                      'mail text, matched by shop name. No per-order total is written; no currency sign.',
                      [{'external_id': 'JH-2026-12-03-001', 'customer': cust, 'placed_at': '2026-12-03',
                        'ship_to': {'name': '卢晓梅', 'phone': '138 7710 2653',
                                    'address': '南宁市青秀区民族大道136号 华润万象城B2-07'}, 'lines': o1},
                       {'external_id': 'JH-2026-12-03-002', 'customer': cust, 'placed_at': '2026-12-03',
                        'ship_to': {'name': '梁志勇', 'phone': '139 7885 0147',
                                    'address': '南宁市西乡塘区大学东路99号'}, 'lines': o2}])


# ============================================================ not orders
@mail
def h81_non_seller_proforma_invoice():
    body = """Dear Mr. Rahman,

Thank you for your order AFT/IMP/2026/339. Please find our Proforma Invoice below
for opening the L/C.

PROFORMA INVOICE No. HD-PI-2612-021          Date: 03 Dec 2026
Buyer: Al Futtaim Trading Packaging LLC, Dubai, UAE
Seller: Hangzhou Hengda Packaging Materials Co., Ltd.

No.  Item        Description                          Qty     Unit Price   Amount (AED)
1    HD-SF-5023  Stretch Film 500mm x 23mic x 300m    1,920   19.50        37,440.00
2    HD-TP-4806  BOPP Tape 48mm x 66m clear           7,200    2.30        16,560.00
3    HD-CT-0301  Carton 5-ply 60x40x40cm              3,000    4.10        12,300.00
                                                             TOTAL CFR   66,300.00

Beneficiary bank: Bank of China, Zhejiang Branch, SWIFT BKCHCNBJ910
Shipment: within 25 days after receipt of L/C. Port of loading: Ningbo.

Best regards,
Li Hua
Sales Department | Hangzhou Hengda Packaging Materials Co., Ltd.
Tel +86 571 8866 1200 | orders@hengda-pack.cn
"""
    eml = single(['From: Li Hua <lihua@hengda-pack.cn>',
                  'To: "Faisal Rahman" <faisal@aft-packaging.ae>', 'Cc: orders@hengda-pack.cn',
                  'Subject: PI HD-PI-2612-021 for your PO AFT/IMP/2026/339',
                  'Date: Thu, 3 Dec 2026 10:40:12 +0800',
                  'Message-ID: <7d6c5b4a.2e11.18f3b8a1c2d.Coremail.lihua@hengda-pack.cn>',
                  'In-Reply-To: <003101db44a3$7a6b5c40$6f4214c0$@aft-packaging.ae>',
                  'MIME-Version: 1.0', 'X-Mailer: Coremail Webmail Server Version XT6.0.2'],
                 body, 'us-ascii', '7bit')
    return eml, truth('hand-non-seller-proforma', 'none', 'us-ascii',
                      'NOT an order: the seller\'s OWN proforma invoice to a customer (From: the seller\'s sales '
                      'rep, Cc: the orders box), with the customer\'s PO number, a full priced table, a total '
                      'and bank details. The order it answers (h58) is keyed from the customer\'s mail; keying '
                      'this would enter it twice.', [])


@mail
def h82_non_rfq_restaurant_cn():
    body = """您好！

我们是一家新开的连锁茶饮店（杭州3家门店），想了解一下贵司以下产品的价格，麻烦报个价：

1. 奶茶杯 500ml PP 磨砂（带盖）  预计每月 30000个
2. 奶茶杯 700ml PP 磨砂（带盖）  预计每月 20000个
3. 吸管 粗 独立包装              预计每月 50000支
4. 打包袋 单杯/双杯              各 10000个
5. 杯托 四杯                      5000个

需要印我们的logo（单色），请报含税价、起订量和交期，最好能寄样品。

地址：杭州市上城区解放东路29号 迪凯银座 1203室（办公室）
联系人：郭晴 181 5817 3346

谢谢！
郭晴
杭州一叶茶饮品牌管理有限公司
"""
    eml = single(['From: "%s" <guoqing@yiye-tea.com>' % ew('郭晴', 'utf-8'),
                  'To: orders@hengda-pack.cn', 'Subject: %s' % ew('询价：奶茶杯、吸管、打包袋', 'utf-8'),
                  'Date: Fri, 4 Dec 2026 10:11:35 +0800',
                  'Message-ID: <tencent_5A4B3C2D1E0F9A8B7C6D5E4F3A2B1C0D9E07@exmail.qq.com>',
                  'MIME-Version: 1.0', 'X-Mailer: Tencent Exmail'], body, 'utf-8', 'base64')
    return eml, truth('hand-non-rfq-tea-chain', 'none', 'utf-8',
                      'NOT an order: a new tea-drink chain asks for a quotation (询价) with numbered items, '
                      'monthly volumes ("预计每月 30000个"), an address and a contact, but no prices and no '
                      'order; it asks for 含税价、起订量和交期 and samples.', [])


@mail
def h83_non_complaint_quotes_old_order():
    body = """周经理：

上周收到的货（订单 DL-PO-26087）有问题，具体如下：

订单明细（原单）：
HD-CT-0401 飞机盒 30*20*8   3000个  1.05  3150.00
HD-TP-4806 透明胶带48mm     300卷   4.20  1260.00
合计 4410.00元

问题：
1. 飞机盒有大约 240 个压扁变形，不能用（照片见附件）；
2. 胶带有 2 箱（72卷）粘性不够，封箱后半天就开了。

请尽快给个处理方案：补发还是从下次货款里扣？这批我们先不付款。

张敏
大连德隆电子商务有限公司
"""
    photo = jpeg(320, 240, (140, 120, 95))
    eml = with_attachments(['Date: Mon, 30 Nov 2026 14:22:08 +0800',
                            'From: "%s" <zhangmin@delong-ec.com>' % ew('张敏', 'GBK'),
                            'To: "%s" <zhoumin@hengda-pack.cn>' % ew('周敏', 'GBK'), 'Cc: orders <orders@hengda-pack.cn>',
                            'Subject: %s' % ew('投诉：DL-PO-26087 飞机盒压坏、胶带不粘', 'GBK'),
                            'X-Mailer: Foxmail 7.2.25.254[cn]', 'Mime-Version: 1.0',
                            'Message-ID: <202611301422083310276@delong-ec.com>'], body, 'GBK', 'base64',
                           [attachment('image/jpeg', photo, 'IMG_20261130_101522.jpg'),
                            attachment('image/jpeg', jpeg(320, 240, (90, 80, 60)), 'IMG_20261130_101547.jpg')],
                           '----=_001_NextPart518263041377_=----')
    return eml, truth('hand-non-complaint-quotes-order', 'none', 'gbk',
                      'NOT an order: a complaint about a delivered order that quotes the original order lines '
                      '(SKU, quantity, price, amount, 合计) and states damaged quantities (240, 72), with two '
                      'photos attached. Nothing new is ordered ("补发还是扣款" is a question).', [])


@mail
def h84_non_return_request_en():
    body = """Hello Hengda team,

We need to return part of PO BN-2026-1122 (delivered Nov 24).

RETURN REQUEST
Item                               Qty to return   Unit price   Credit
HD-PM-1013 Poly mailer 10x13 white  1,500          $0.045       $67.50
HD-LB-4060 Thermal label 4x6         4 stacks      $11.50       $46.00
                                                   Total credit $113.50

Reason: mailers are 9x12 not 10x13 (wrong size in the cartons marked lot 2611-07),
labels jam our Zebra printer (core is 1" not 3").

Please send an RMA number and a return label, or tell us if you prefer we dispose
of them and you issue a credit note against our next order.

Ship-from address for pickup:
BrightNest Home Goods, 4410 W Buckeye Rd, Suite B, Phoenix, AZ 85043
Maria Gonzalez (602) 555-0147

Thanks,
Maria
"""
    eml = single(['From: Maria Gonzalez <brightnest.maria@yahoo.com>', 'To: orders@hengda-pack.cn',
                  'Subject: Return request - PO BN-2026-1122', 'Date: Tue, 1 Dec 2026 11:48:20 -0700',
                  'Message-ID: <1873320456.1120934.1733078900511@mail.yahoo.com>', 'MIME-Version: 1.0',
                  'X-Mailer: WebService/1.1.22914 YMailNorrin'], body, 'utf-8', 'quoted-printable')
    return eml, truth('hand-non-return-request-en', 'none', 'utf-8',
                      'NOT an order: a return request against an earlier PO: a table of items, quantities to '
                      'return, unit prices and credits with a "Total credit" row, a ship-from address and '
                      'phone. Nothing is bought.', [])


@mail
def h85_non_price_inquiry_cn_short():
    body = """在吗？HD-TP-4806 透明胶带现在多少钱一卷？如果一次拿 1000 卷能到 4 块吗？还有 HD-CT-0301 纸箱 500 个什么价，含税含运费到宁波北仑。着急的话明天能发吗

发自我的iPhone
"""
    eml = single(['From: %s' % addr('陆振华', 'luzh_nb@126.com', 'utf-8'), 'To: orders@hengda-pack.cn',
                  'Subject: %s' % ew('问下价格', 'utf-8'), 'Date: Fri, 4 Dec 2026 12:05:41 +0800',
                  'Message-Id: <5C6D7E8F-9A0B-4C1D-8E2F-3A4B5C6D7E8F@126.com>', 'Mime-Version: 1.0 (1.0)',
                  'X-Mailer: iPhone Mail (22B91)'], body, 'utf-8', 'base64')
    return eml, truth('hand-non-price-inquiry-cn', 'none', 'utf-8',
                      'NOT an order: a one-paragraph iPhone question "多少钱一卷？如果一次拿 1000 卷能到 4 块吗？" '
                      'with SKUs, quantities and a target price, and "明天能发吗" — a price inquiry, not a '
                      'commitment; the clerk answers it, keys nothing.', [])


@mail
def h86_non_logistics_shipping_notice():
    st = ' style="border:1px solid #e5e5e5;padding:6px 10px;font-size:13px"'
    rows = [['运单号', 'DPK 3009 8812 4471'], ['寄件方', '杭州恒达包装材料有限公司（杭州余杭）'],
            ['收件方', '宁波明欣电器有限公司 郑伟 158****3310'],
            ['货物名称', '纸箱、胶带、珍珠棉（客户单号 MX-20261204）'], ['件数', '18 件'], ['重量/体积', '326 kg / 2.4 m³'],
            ['运费', '¥ 412.00（寄付月结）'], ['保价金额', '¥ 4,658.00'], ['预计送达', '2026-12-06 18:00 前']]
    html = ('<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="background:#f5f5f5">'
            '<div style="width:600px;margin:0 auto;background:#fff"><div style="background:#0a2f6c;color:#fff;'
            'padding:12px 20px;font-size:18px">德邦快递 · 发货通知</div><div style="padding:20px">'
            '<p>尊敬的客户：</p><p>您的货物已由德邦快递揽收，信息如下：</p>'
            '<table style="border-collapse:collapse;width:100%">' + cells_html(rows, st) + '</table>'
            '<p>您可登录官网或关注“德邦快递”公众号查询物流轨迹。如有疑问请致电 95353。</p>'
            '<p style="color:#999;font-size:12px">此邮件由系统自动发送，请勿直接回复。</p></div></div></body></html>\n')
    plain = ('尊敬的客户：\n您的货物已由德邦快递揽收，信息如下：\n' + ''.join('%s：%s\n' % tuple(r) for r in rows) +
             '您可登录官网或关注“德邦快递”公众号查询物流轨迹。如有疑问请致电 95353。\n此邮件由系统自动发送，请勿直接回复。\n')
    alt = multi('alternative', '----=_Part_4471_88123.1733288211001', [
        text(plain, 'UTF-8', 'base64'), text(html, 'UTF-8', 'base64', 'html')])
    eml = message(['Date: Fri, 4 Dec 2026 13:36:51 +0800 (CST)',
                   'From: %s' % addr('德邦快递', 'noreply@notice.deppon.example', 'UTF-8'),
                   'To: orders@hengda-pack.cn',
                   'Message-ID: <1450117722.4471.1733288211001@notice.deppon.example>',
                   'Subject: %s' % ew('【德邦快递】您的货物已揽收，运单号 DPK300988124471', 'UTF-8'),
                   'MIME-Version: 1.0', 'X-Mailer: JavaMail'], alt)
    return eml, truth('hand-non-logistics-shipping-notice', 'none', 'utf-8',
                      'NOT an order: an automatic pickup notice from a logistics company for a shipment the seller '
                      'sent, as a label/value HTML table: waybill number, sender, masked receiver phone, goods '
                      'with the customer\'s order number, pieces, weight, freight ¥412.00 and a declared value '
                      'equal to that order\'s total.', [])


# ============================================================ main

if __name__ == '__main__':
    make_hand2.HERE = HERE  # write the mails here, not into hand/
    make_hand2.main(sys.argv[1:], MAILS)
