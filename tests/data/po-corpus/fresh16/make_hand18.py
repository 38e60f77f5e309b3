#!/usr/bin/python3
"""Hand-written purchase-order mails h647–h686 (the eighteenth untuned set).

Written one by one as customers of 杭州恒达包装材料有限公司 send them,
without reading the extractor and without running orderctl or the score
script on them; each function gives the mail and the truth a careful order
clerk would key in (notes say when the clerk holds it). Where a line has
its specification in its own column, field, bracket or line, the title is
name + " " + spec. Helpers come from ../corpus_hand.py (and the table
drawers of ../fresh14/make_hand16.py); attachments use ../corpus_docs.py:

    /usr/bin/python3 tests/data/po-corpus/fresh16/make_hand18.py [hNNN ...]
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
from make_hand16 import pk, lt, spaced, n0, ru, dw  # noqa: E402

MAILS, mail = registry()


def sp(rows):
    """rows (name, spec, qty, price): title name + ' ' + spec."""
    return [L(None, '%s %s' % (n, g) if g else n, q, p) for n, g, q, p in rows]


def ssp(rows):
    """rows (sku, name, spec, qty, price)."""
    return [L(s, '%s %s' % (n, g) if g else n, q, p) for s, n, g, q, p in rows]


def boxed(rows, right=(), foot=0):
    """A table drawn with the double-line box characters an old DOS/FoxPro report prints (╔═╦═╗ ║ ╠═╬═╣ ╚═╩═╝)."""
    n = len(rows[0])
    w = [max(dw(r[i]) for r in rows) for i in range(n)]

    def rule(a, b, c):
        return a + b.join('═' * (x + 2) for x in w) + c
    out = [rule('╔', '╦', '╗')]
    for k, r in enumerate(rows):
        if k == 1 or (foot and k == len(rows) - foot):
            out.append(rule('╠', '╬', '╣'))
        cells = []
        for i, v in enumerate(r):
            v = str(v)
            pad = ' ' * (w[i] - dw(v))
            cells.append(' %s ' % ((pad + v) if i in right and k else (v + pad)))
        out.append('║' + '║'.join(cells) + '║')
    out.append(rule('╚', '╩', '╝'))
    return '\n'.join(out)


# ============================================================ plain text bodies
@mail
def h647_meishan_pickles_foxpro_double_box_per_thousand_freight_collect():
    rows = [('泡菜蒸煮袋', '500g 铝箔 印刷', '个', 60000, '210.00', 1000),
            ('泡菜玻璃坛', '2.5L 带盖', '个', 4000, '6.40', 1),
            ('礼盒', '双坛装 手提', '个', 2000, '9.50', 1),
            ('封口胶带', '48mm×100m 印字', '卷', 300, '4.20', 1)]
    lines = pk([(n, g, q, p, k) for n, g, u, q, p, k in rows])
    total = m2(subtotal(lines))
    check(lines, total)
    tab = boxed([('品  名', '规  格', '单位', '数量', '单价', '金额')] +
                [(n, g, u, n0(q), ('%s/千个' % p) if k > 1 else p, amt(lt(p, q, k))) for n, g, u, q, p, k in rows] +
                [('合  计', '', '', '', '', amt(total))], right=(3, 4, 5), foot=1)
    body = f"""恒达包装 方经理：

年前最后一批，进销存打出来的单子直接贴上，请按单备货。

              眉山东坡味业有限公司  采 购 单
   单号：MS-2801-006                    日期：2028.1.6

{tab}

运费到付，不含在上面金额里。
送货：四川省眉山市东坡区 泡菜城大道 9 号 东坡味业 二号库
收货：彭建国 139 8133 6620（库房 028-38167702）

采购 何晓燕
眉山东坡味业有限公司
"""
    eml = single(H('何晓燕', 'hexy@dongpowei.com', 'gbk', '采购单 MS-2801-006', dh(2028, 1, 6, 10, 22, 41),
                   '202801061022413371@dongpowei.com', 'X-Mailer: Foxmail 7.2.25.375[cn]'), body, 'gbk', 'base64')
    return eml, T('body', 'gbk',
                  'A Meishan (Sichuan) pickle maker pastes a print of its old FoxPro 进销存: a table drawn with double-line box '
                  'characters (╔═╦═╗ ║ ╠ ╚), 品名 and 规格 apart (keyed joined), retort pouches "210.00/千个" (keyed per piece, '
                  '0.21), tape in 卷, 合计 under a rule, the date 2028.1.6; freight collect (到付) outside the total; two phones '
                  '(keyed the first); no currency is written. Adds up.',
                  [order('MS-2801-006', '眉山东坡味业有限公司',
                         ('彭建国', '139 8133 6620', '四川省眉山市东坡区 泡菜城大道 9 号 东坡味业 二号库'),
                         '2028-01-06', None, total, lines)])


@mail
def h648_anhua_dark_tea_mailmaster_reply_corrects_own_qty():
    old = [('千两茶篾篓', '1.8米 楠竹', 1000, '18.50'), ('茯砖纸盒', '1kg 牛皮纸 印金花', 6000, '2.30'),
           ('黑茶手提袋', '无纺布 红色', 3000, '1.20')]
    new = [('千两茶篾篓', '1.8米 楠竹', 800, '18.50')] + old[1:]
    lines = sp(new)
    total = m2(subtotal(lines))
    check(lines, total)
    old_total = sum(lt(p, q) for n, g, q, p in old)
    ol = '\n'.join('%d、%s（%s）%s个，单价%s元' % (i + 1, n, g, q, p) for i, (n, g, q, p) in enumerate(old))
    body = f"""方经理，不好意思更正一下：千两茶篾篓要 800 个，不是 1000 个，其他都不变。
这样总价是 {amt(total)} 元，单号还是 AH-HC-0107。

发自网易邮箱大师

---- 回复的原邮件 ----
| 发件人 | 刘卫东<liuweidong@anhua-heicha.cn> |
| 日期 | 2028年01月07日 09:12 |
| 收件人 | orders@hengda-pack.cn |
| 主题 | 采购单 AH-HC-0107 |

方经理好，春茶前备一批包装：
{ol}
合计 {amt(old_total)} 元。

送货：湖南省益阳市安化县 江南镇 资江路 66 号 云台山黑茶厂
收货人 刘卫东 137 8737 0246

安化云台山黑茶有限公司 刘卫东
2028年1月7日
"""
    eml = single(H('刘卫东', 'liuweidong@anhua-heicha.cn', 'utf-8', '回复：采购单 AH-HC-0107', dh(2028, 1, 7, 11, 40, 5),
                   '2b1c9a3e.4f7d.18fd2e6c1a0.Coremail.liuweidong@anhua-heicha.cn', 'X-Mailer: MailMaster_iOS 7.18.3'),
                 body, 'utf-8', 'base64')
    return eml, T('body', 'utf-8',
                  'An Anhua (Yiyang, Hunan) dark-tea factory corrects its own order two hours later from 网易邮箱大师 on an '
                  'iPhone: one quantity changed in the new text ("800 个，不是 1000 个，其他都不变") with the new total, above '
                  'its own earlier mail quoted in MailMaster\'s "| 发件人 | … |" box (numbered sentences "name（spec）qty个，'
                  '单价p元", the old 合计). Keyed once, with 800 and the new total. Adds up.',
                  [order('AH-HC-0107', '安化云台山黑茶有限公司',
                         ('刘卫东', '137 8737 0246', '湖南省益阳市安化县 江南镇 资江路 66 号 云台山黑茶厂'),
                         '2028-01-07', 'CNY', total, lines)])


@mail
def h649_gaoyou_duck_eggs_jiandaoyun_form_forward():
    rows = [('咸鸭蛋礼盒', '20枚装 手提 彩印', 5000, '6.80'), ('单枚真空袋', '65×95mm 蒸煮', 120000, '0.045'),
            ('蛋托', '20枚 纸浆', 5000, '0.38'), ('外箱', '8盒装 五层', 625, '5.60')]
    lines = sp(rows)
    total = m2(subtotal(lines))
    check(lines, total)
    det = '\n'.join('  %d. 品名：%s；规格：%s；数量：%s；单价：%s；金额：%s' % (i + 1, n, g, q, p, m2(lt(p, q)))
                    for i, (n, g, q, p) in enumerate(rows))
    body = f"""方经理：下面是简道云推过来的，审批过了，请按这个发。

---------- 转发的邮件 ----------
发件人：简道云 <notice@jiandaoyun.com>
日期：2028年1月8日 14:02
主题：【简道云】采购订单 已审批通过
收件人：张丽 <zhangli@gaoyou-yadan.com>

数据提交人：张丽
表单名称：采购订单
流程状态：已完成

采购单号：GY-CG-280108-03
下单日期：2028-01-08
供应商：杭州恒达包装材料有限公司
采购明细：
{det}
合计金额（元）：{total}
收货地址：江苏省扬州市高邮市 经济开发区 盂城路 18 号 高邮湖鸭蛋食品厂
收货人：朱海波
联系电话：152 5276 8803

查看详情：https://www.jiandaoyun.com/dashboard#/app/5f0c/form/6a1d/data/8e2b

--
张丽  高邮湖鸭蛋食品有限公司 采购部
"""
    eml = single(H('张丽', 'zhangli@gaoyou-yadan.com', 'gbk', '转发：【简道云】采购订单 已审批通过', dh(2028, 1, 8, 14, 20, 33),
                   '3c8d1f0a.61b2.18fd4a7e9c2.Coremail.zhangli@gaoyou-yadan.com',
                   'X-Mailer: Coremail Webmail Server Version XT5.0.14'), body, 'gbk', 'quoted-printable')
    return eml, T('body', 'gbk',
                  'A Gaoyou (Yangzhou, Jiangsu) salted-duck-egg maker forwards a 简道云 (Jiandaoyun) form notification (GBK '
                  'QP): label：value fields, the sub-form lines flattened as "品名：…；规格：…；数量：…；单价：…；金额：…" '
                  '(name and spec keyed joined), a 3-decimal price, 合计金额（元）; the forward header names the form tool, '
                  'not the buyer. Adds up.',
                  [order('GY-CG-280108-03', '高邮湖鸭蛋食品有限公司',
                         ('朱海波', '152 5276 8803', '江苏省扬州市高邮市 经济开发区 盂城路 18 号 高邮湖鸭蛋食品厂'),
                         '2028-01-08', 'CNY', total, lines)])


@mail
def h650_dezhou_braised_chicken_yeah_per_hundred_discount_moling():
    rows = [('扒鸡真空袋', '550g 印刷 耐高温', 40000, '26.00', 100),
            ('扒鸡礼盒', '双只装 提手', 6000, '7.30', 1),
            ('保鲜冰袋', '200ml', 20000, '9.00', 100),
            ('外箱', '10盒 五层', 600, '5.80', 1)]
    lines = pk(rows)
    sub = subtotal(lines)
    disc = (sub * D('0.02')).quantize(D('0.01'))
    after = sub - disc
    total = after.to_integral_value(rounding='ROUND_FLOOR')
    moling = after - total
    total = m2(total)
    check(lines, total, -(disc + moling))
    tl = '\n'.join('%d. %s（%s） %s个  %s' % (i + 1, n, g, n0(q), ('每百个%s元' % p) if k > 1 else ('%s元/个' % p))
                   for i, (n, g, q, p, k) in enumerate(rows))
    body = f"""方经理好！

德州老字号扒鸡 年货订单 DZ-PJ-0109，麻烦尽快排产：

{tl}

货款合计 {amt(sub)} 元
老客户整单九八折 -{amt(disc)}
抹零 -{amt(moling)}
应付 {amt(total)} 元

收货：山东省德州市德城区 天衢东路 1288 号 老字号扒鸡 中央厨房
联系人：马立群 0534-2612788 手机 135 0534 9917

德州老字号扒鸡食品有限公司
采购 王倩 2028-01-09
"""
    eml = single(H('王倩', 'wangqian_pj@yeah.net', 'gb18030', '年货订单 DZ-PJ-0109', dh(2028, 1, 9, 8, 31, 50),
                   '1d9e2a7b.7c31.18fd5c1f8e3.Coremail.wangqian_pj@yeah.net',
                   'X-Mailer: Coremail Webmail Server Version XT5.0.14'), body, 'gb18030', 'base64')
    return eml, T('body', 'gb18030',
                  'A Dezhou (Shandong) braised-chicken maker from yeah.net (GB18030): numbered lines "name（spec） qty个 '
                  '每百个p元" (spec in brackets, keyed joined; prices per hundred keyed per piece, 0.26 and 0.09), 货款合计, '
                  'a 九八折 discount for old customers, 抹零 down to the yuan, 应付 (the total keyed). Two phones for the '
                  'receiver (keyed the first). Adds up with the discount and the rounding.',
                  [order('DZ-PJ-0109', '德州老字号扒鸡食品有限公司',
                         ('马立群', '0534-2612788', '山东省德州市德城区 天衢东路 1288 号 老字号扒鸡 中央厨房'),
                         '2028-01-09', 'CNY', total, lines)])


@mail
def h651_donggang_strawberry_two_orders_base_and_shenyang_shop():
    ra = [('SB-01', '草莓托盒', 'PET 500g 带盖', '个', 80000, '0.23'),
          ('SB-02', '泡沫箱', '8盒装', '个', 10000, '3.90'),
          ('SB-03', '冰袋', '100ml', '个', 40000, '0.12')]
    la = ssp([(s, n, g, q, p) for s, n, g, u, q, p in ra])
    ta = m2(subtotal(la))
    rb = [('草莓礼盒', '1.5kg 天地盖 开窗', 2000, '8.60'), ('手提袋', '白卡 大号', 2000, '1.10')]
    lb = sp(rb)
    tb = m2(subtotal(lb))
    check(la, ta)
    check(lb, tb)
    taba = '\n'.join(['编码\t品名\t规格\t单位\t数量\t单价\t金额'] +
                     ['%s\t%s\t%s\t%s\t%s\t%s\t%s' % (s, n, g, u, q, p, m2(lt(p, q))) for s, n, g, u, q, p in ra])
    lstb = '\n'.join('· %s %s —— %s 个，%s 元/个' % (n, g, n0(q), p) for n, g, q, p in rb)
    body = f"""方经理：

两个单子，一个基地用、一个沈阳店用，分开发货分开开票。

=== 订单 DG2801101（东港基地）===
{taba}
金额合计：{amt(ta)}元
送：辽宁省丹东市东港市 椅圈镇 草莓产业园 6 号棚区 仓库，收货 于洪波 186 4159 3027

=== 订单 DG2801102（沈阳直营店）===
{lstb}
金额合计：{amt(tb)}元
送：辽宁省沈阳市和平区 太原北街 56 号 东港红颜草莓 沈阳店，收货 孙悦 024-2341 8890

丹东红颜草莓专业合作社  于洪波
2028年1月10日
"""
    eml = single(H('于洪波', '1547739201@qq.com', 'gb18030', '草莓包装 两个订单', dh(2028, 1, 10, 19, 5, 12),
                   'tencent_4E2A9C1B7D3F5A6E8B0C2D4F@qq.com', 'X-QQ-Mailer: QQMail 2.x'), body, 'gb18030', 'base64')
    return eml, T('body', 'gb18030',
                  'A Donggang (Dandong, Liaoning) strawberry co-operative from QQ Mail (GB18030): two orders under "=== 订单 … '
                  '===" headings, the first a tab table (编码, 品名 and 规格 apart, keyed joined), the second dot bullets "name '
                  'spec —— qty 个，p 元/个" (name and spec keyed as one run), each with its own 金额合计 and delivery; the '
                  'the sender is also the base\'s receiver. Each adds up.',
                  [order('DG2801101', '丹东红颜草莓专业合作社',
                         ('于洪波', '186 4159 3027', '辽宁省丹东市东港市 椅圈镇 草莓产业园 6 号棚区 仓库'),
                         '2028-01-10', 'CNY', ta, la),
                   order('DG2801102', '丹东红颜草莓专业合作社',
                         ('孙悦', '024-2341 8890', '辽宁省沈阳市和平区 太原北街 56 号 东港红颜草莓 沈阳店'),
                         '2028-01-10', 'CNY', tb, lb)])


@mail
def h652_zigui_navel_orange_order_on_quote_tier_price():
    # our quotation: tiers; the buyer's quantities pick the tier
    lines = [L(None, '脐橙网袋 5斤装 红色', 12000, '0.42'),
             L(None, '脐橙礼盒 10斤装 彩印 天地盖', 3000, '5.60'),
             L(None, '外箱 2盒装 五层', 1500, '3.20')]
    total = m2(subtotal(lines))
    check(lines, total)
    body = f"""方经理：

报价看了，就这么定：网袋 12000 个，礼盒 3000 个，外箱 1500 个，都按你们报的价，网袋过了一万按 0.42 算。
合计 {amt(total)} 元，没问题的话月底前发到秭归。我们单号 ZG-QC-2801-11。

收货：湖北省宜昌市秭归县 郭家坝镇 脐橙大道 21 号 屈乡脐橙合作社 包装车间
谭红梅 158 7201 3346

秭归屈乡脐橙专业合作社 谭红梅

-----原始邮件-----
发件人: 方静 [mailto:fangjing@hengda-pack.cn]
发送时间: 2028年1月9日 16:48
收件人: 谭红梅 <tanhm@quxiang-orange.com>
主题: 报价：脐橙包装

谭总您好，报价如下（含税含运，到秭归）：

1. 脐橙网袋 5斤装 红色：1万个以下 0.45元/个；1万个及以上 0.42元/个
2. 脐橙礼盒 10斤装 彩印 天地盖：5.60元/个
3. 脐橙礼盒 5斤装 手提：3.80元/个
4. 外箱 2盒装 五层：3.20元/个

有效期 15 天。
方静  杭州恒达包装材料有限公司  0571-82876612
"""
    eml = single(H('谭红梅', 'tanhm@quxiang-orange.com', 'gb2312', '答复: 报价：脐橙包装', dh(2028, 1, 11, 9, 3, 27),
                   '000401dd5f2a$8c1b7e30$a4527a90$@quxiang-orange.com', 'X-Mailer: Microsoft Outlook 16.0'),
                 body, 'gb2312', 'quoted-printable')
    return eml, T('body', 'gb2312',
                  'A Zigui (Yichang, Hubei) navel-orange co-operative replies in Outlook (gb2312 QP) above our quotation: '
                  'quantities in a sentence, prices only in the quote, where the net bag has two tiers (below / from 10,000) '
                  'and the buyer\'s 12,000 takes 0.42; the quote lists a 5斤 gift box that is not ordered; the number and the '
                  'total only in the reply. Adds up.',
                  [order('ZG-QC-2801-11', '秭归屈乡脐橙专业合作社',
                         ('谭红梅', '158 7201 3346', '湖北省宜昌市秭归县 郭家坝镇 脐橙大道 21 号 屈乡脐橙合作社 包装车间'),
                         None, 'CNY', total, lines)])


@mail
def h653_hk_tai_o_shrimp_paste_airmail_big5_per_hundred():
    rows = [('蝦醬玻璃樽', '230g 六角 金蓋', 20000, '0.95', 1),
            ('樽頸吊牌', '牛皮紙 印字 連繩', 20000, '38.00', 100),
            ('禮盒', '兩樽裝 開窗', 6000, '3.20', 1),
            ('紙箱', '24樽 五層', 840, '6.50', 1)]
    lines = pk(rows)
    total = m2(subtotal(lines))
    check(lines, total)
    tab = spaced([('貨品', '規格', '數量', '單價(HK$)', '金額(HK$)')] +
                 [(n, g, n0(q), ('%s/百個' % p) if k > 1 else p, amt(lt(p, q, k))) for n, g, q, p, k in rows] +
                 [('', '', '', '總數', amt(total))], [12, 20, 10, 12, 12], right=(2, 3, 4))
    body = f"""方小姐：

你好！新年前請幫我們安排以下貨品：

訂單編號：TO-2028-003
日期：2028年1月11日

{tab}

送貨地址：香港新界大嶼山大澳街市街 38 號 鴻記蝦醬廠
聯絡人：黃志強  2985 7216 / 9123 4567

謝謝！
陳嘉欣
大澳鴻記蝦醬有限公司
"""
    eml = single(H('陳嘉欣', 'kayan@hungkeeshrimp.com.hk', 'big5', '訂單 TO-2028-003', dh(2028, 1, 11, 15, 26, 8),
                   'C1D2E3F4-A5B6-4C7D-8E9F-0A1B2C3D4E5F@hungkeeshrimp.com.hk', 'X-Mailer: Airmail (606)'),
                 body, 'big5', 'quoted-printable')
    return eml, T('body', 'big5',
                  'A Tai O (Lantau, Hong Kong) shrimp-paste maker from Airmail on a Mac (Big5 QP): columns aligned by spaces, '
                  '貨品 and 規格 apart (keyed joined), HK$ in the headers, bottle tags "38.00/百個" (keyed per piece, 0.38), '
                  '總數 row; a receiver with a land line and a mobile (keyed the first). Adds up.',
                  [order('TO-2028-003', '大澳鴻記蝦醬有限公司',
                         ('黃志強', '2985 7216', '香港新界大嶼山大澳街市街 38 號 鴻記蝦醬廠'),
                         '2028-01-11', 'HKD', total, lines)])


@mail
def h654_lugu_oolong_chenghang_erp_paste_roc_date_business_tax():
    rows = [('A01-150', '茶葉罐', '150g 馬口鐵 霧金', '個', 6000, '22'),
            ('A02-300', '真空鋁箔袋', '300g 霧面 夾鏈', '個', 20000, '2.8'),
            ('B11-02', '禮盒', '雙罐 木紋 磁吸', '個', 3000, '65'),
            ('C05-01', '外箱', '12盒 五層', '個', 250, '38')]
    lines = ssp([(s, n, g, q, p) for s, n, g, u, q, p in rows])
    net = subtotal(lines)
    tax = (net * D('0.05')).quantize(D('1'))
    total = m2(net + tax)
    check(lines, total, tax)
    tab = spaced([('料號', '品名', '規格', '單位', '數量', '單價', '金額')] +
                 [(s, n, g, u, n0(q), p, n0(int(lt(p, q)))) for s, n, g, u, q, p in rows],
                 [10, 12, 20, 6, 9, 8, 11], right=(4, 5, 6))
    body = f"""恆達 方小姐 您好：

以下為本公司採購單（正航系統列印），請確認後安排出貨。

採購單號：PO117011200035
採購日期：117/01/12
廠商名稱：杭州恆達包裝材料有限公司
幣別：新台幣

{tab}

                          未稅合計：{n0(int(net))}
                          營業稅5%：{n0(int(tax))}
                          含稅總計：{n0(int(D(total)))}

交貨地點：南投縣鹿谷鄉 彰雅村 中正路二段 128 號 凍頂茶業 倉庫
聯絡人：林宗賢 049-2753388 / 0928-336-117

鹿谷凍頂茶業股份有限公司  採購 林淑芬
"""
    eml = single(H('林淑芬', 'shufen@dongding-tea.com.tw', 'big5', '採購單 PO117011200035', dh(2028, 1, 12, 16, 45, 30),
                   '8A4C01DD5F3B$2E7A9C10$6B1D3E50$@dongding-tea.com.tw',
                   'X-Mailer: Microsoft Windows Live Mail 16.4.3528.331'), body, 'big5', 'quoted-printable')
    return eml, T('body', 'big5',
                  'A Lugu (Nantou) oolong-tea company pastes a 正航 ERP purchase order from Windows Live Mail (Big5 QP): a ROC '
                  'date 117/01/12 (2028-01-12), 幣別 新台幣, columns aligned by spaces (品名 and 規格 apart, keyed joined), '
                  'untaxed integer amounts, then 未稅合計, 營業稅5% and 含稅總計 (the total keyed, with the tax); two '
                  'phones (keyed the first). Adds up with the tax.',
                  [order('PO117011200035', '鹿谷凍頂茶業股份有限公司',
                         ('林宗賢', '049-2753388', '南投縣鹿谷鄉 彰雅村 中正路二段 128 號 凍頂茶業 倉庫'),
                         '2028-01-12', 'TWD', total, lines)])


@mail
def h655_uy_montevideo_dulce_de_leche_evolution_latin1_qty_first_descuento():
    rows = [(20000, 'Frasco de vidrio 450 g, tapa twist-off dorada', '0.31'),
            (12000, 'Frasco de vidrio 250 g, tapa twist-off dorada', '0.24'),
            (3000, 'Caja regalo para 3 frascos, cartón kraft', '0.96'),
            (1000, 'Caja de embarque 12 frascos 450 g, 5 capas', '1.45')]
    lines = [L(None, t, q, p) for q, t, p in rows]
    sub = subtotal(lines)
    dto = (sub * D('0.03')).quantize(D('0.01'))
    total = m2(sub - dto)
    check(lines, total, -dto)
    tl = '\n'.join('  %s  %s  a U$S %s c/u  =  U$S %s' % (n0(q, '.'), t, eu(p), eu(lt(p, q))) for q, t, p in rows)
    body = f"""Montevideo, 12 de enero de 2028

Sra. Jing Fang
Hangzhou Hengda Packaging

De nuestra consideración:

Le confirmamos la Orden de Compra N° 0045/2028 por lo siguiente:

{tl}

Subtotal                           U$S {eu(sub)}
Descuento 3 % pago anticipado      U$S -{eu(dto)}
TOTAL                              U$S {eu(total)}

Entrega: Depósito La Tambera, Camino Carrasco 5873, 12100 Montevideo, Uruguay
Recibe: Sr. Martín Olivera, tel. +598 2604 1188 / cel. 099 412 733

Saludos cordiales,
Lucía Fernández
Compras - Lácteos La Tambera S.A.
"""
    eml = single(H('Lucía Fernández', 'lfernandez@latambera.com.uy', 'iso-8859-1', 'Orden de Compra N° 0045/2028',
                   dh(2028, 1, 12, 11, 8, 44, -180), '8b7e2f1c4a9d3e6b5c0a1f2e3d4c5b6a.camel@latambera.com.uy',
                   'X-Mailer: Evolution 3.46.4-2'), body, 'iso-8859-1', 'quoted-printable')
    return eml, T('body', 'iso-8859-1',
                  'A Montevideo (Uruguay) dulce-de-leche dairy from Evolution on Linux (ISO-8859-1 QP): a Spanish letter, '
                  '"Orden de Compra N° 0045/2028", qty-first lines "20.000  Frasco … a U$S 0,31 c/u = U$S 6.200,00" (dot '
                  'thousands, decimal commas, title as written), Subtotal, Descuento 3 % and TOTAL (keyed, after the '
                  'discount), the date in words at the top; two phones (keyed the first). Adds up with the discount.',
                  [order('0045/2028', 'Lácteos La Tambera S.A.',
                         ('Sr. Martín Olivera', '+598 2604 1188', 'Depósito La Tambera, Camino Carrasco 5873, 12100 Montevideo, Uruguay'),
                         '2028-01-12', 'USD', total, lines)])


@mail
def h656_ua_lviv_chocolate_ukrnet_koi8u_spaces():
    rows = [('Коробка для цукерок', '16 шт., золото, магніт', 6000, '0.74'),
            ('Коробка для цукерок', '9 шт., крафт, вікно', 10000, '0.46'),
            ('Гофроящик', '20 коробок, 5 шарів', 800, '1.85'),
            ('Стрічка атласна', '10 мм, бордо, рулон 100 м', 150, '2.60')]
    lines = sp(rows)
    total = m2(subtotal(lines))
    check(lines, total)
    tab = spaced([('N', 'Найменування', 'Характеристика', 'Кільк.', 'Ціна, USD', 'Сума, USD')] +
                 [(str(i + 1), n, g, n0(q, ' '), ru(p), ru(lt(p, q))) for i, (n, g, q, p) in enumerate(rows)],
                 [4, 22, 28, 9, 11, 12], right=(3, 4, 5))
    body = f"""Добрий день, пані Цзін!

Просимо прийняти замовлення:

Замовлення N 28/014 від 13.01.2028

{tab}

Разом: {ru(total)} USD

Доставка: м. Львів, вул. Городоцька 355, склад ТОВ "Шоколадний Ратуш" (через порт Гданськ, далі авто)
Отримувач: Остап Гнатишин, +380 67 312 45 90

З повагою,
Соломія Кравець
ТОВ "Шоколадний Ратуш", Львів
+380 32 244 10 20
"""
    eml = single(H('Соломія Кравець', 'solomiia@ratush-choco.com.ua', 'koi8-u', 'Замовлення N 28/014',
                   dh(2028, 1, 13, 10, 40, 2, 120), '1799836802.917245.1642@frv55.fwdcdn.com', None),
                 body, 'koi8-u', 'base64')
    return eml, T('body', 'koi8-u',
                  'A Lviv (Ukraine) chocolatier from ukr.net in KOI8-U: "Замовлення N 28/014 від 13.01.2028", columns aligned '
                  'by spaces (Найменування and Характеристика apart, keyed joined; the same box twice told apart), "6 000" '
                  'quantities and decimal commas, Разом in USD; a note on the route through Gdańsk is no part of the address. '
                  'Adds up.',
                  [order('28/014', 'ТОВ "Шоколадний Ратуш"',
                         ('Остап Гнатишин', '+380 67 312 45 90', 'м. Львів, вул. Городоцька 355, склад ТОВ "Шоколадний Ратуш"'),
                         '2028-01-13', 'USD', total, lines)])


@mail
def h657_lb_beirut_maamoul_outlook_cp1256_french_freight():
    rows = [('MA-500', "Boîte ma'amoul 500 g, dorée, couvercle", 8000, '0.85'),
            ('MA-1K', "Boîte ma'amoul 1 kg, dorée, couvercle", 4000, '1.20'),
            ('PLT-24', 'Plateau alvéolé 24 pièces', 12000, '0.14'),
            ('CTN-12', 'Carton export 12 boîtes', 1000, '1.60')]
    lines = [L(s, t, q, p) for s, t, q, p in rows]
    sub = subtotal(lines)
    fret = D('850.00')
    total = m2(sub + fret)
    check(lines, total, fret)

    def fr(v):
        return ru(v)
    tab = spaced([('Réf.', 'Désignation', 'Qté', 'P.U. (USD)', 'Total (USD)')] +
                 [(s, t, n0(q, ' '), fr(p), fr(lt(p, q))) for s, t, q, p in rows], [8, 40, 8, 12, 13], right=(2, 3, 4))
    body = f"""Madame Fang,

Suite à notre échange sur WhatsApp, veuillez trouver notre commande pour le Ramadan :

Bon de commande n° BC-2028-019
Date : 14/01/2028

{tab}

Sous-total :                          {fr(sub)} USD
Fret maritime CFR Beyrouth :             {fr(fret)} USD
Total à payer :                       {fr(total)} USD

Livraison : Pâtisserie Al-Safsouf SARL, Entrepôt de la Quarantaine, rue du Port, Beyrouth, Liban
Réception : M. Georges Haddad, +961 3 445 210

Bien cordialement,
Rita Khoury
Pâtisserie Al-Safsouf SARL
حلويات الصفصوف
Achrafieh, Beyrouth - +961 1 333 412
"""
    eml = single(H('Rita Khoury', 'rita.khoury@alsafsouf.com.lb', 'windows-1256', 'Bon de commande BC-2028-019',
                   dh(2028, 1, 14, 9, 55, 19, 120), '001c01dd6a4e$3f8b2c10$bea18430$@alsafsouf.com.lb',
                   'X-Mailer: Microsoft Outlook 16.0'), body, 'windows-1256', 'quoted-printable')
    return eml, T('body', 'windows-1256',
                  'A Beirut (Lebanon) pastry house from Outlook on an Arabic Windows: French in Windows-1256 QP, an Arabic '
                  'name under the signature, "Bon de commande n°" and a dd/mm/yyyy date, columns aligned by spaces, space '
                  'thousands and decimal commas, sea freight CFR added under the Sous-total, Total à payer (keyed, with the '
                  'freight). Adds up with freight.',
                  [order('BC-2028-019', 'Pâtisserie Al-Safsouf SARL',
                         ('M. Georges Haddad', '+961 3 445 210', 'Pâtisserie Al-Safsouf SARL, Entrepôt de la Quarantaine, rue du Port, Beyrouth, Liban'),
                         '2028-01-14', 'USD', total, lines)])


@mail
def h658_to_nukualofa_noni_bluemail_qty_first_deposit_nzd():
    rows = [(24000, '500 ml PET bottle, amber, with cap', '0.21'),
            (24000, 'Shrink band for 500 ml cap', '0.018'),
            (24000, 'Front label 80 x 100 mm, waterproof', '0.055'),
            (2000, 'Shipping carton 12 bottles', '1.35')]
    lines = [L(None, t, q, p) for q, t, p in rows]
    total = m2(subtotal(lines))
    check(lines, total)
    dep = (D(total) * D('0.3')).quantize(D('0.01'))
    tl = '\n'.join('%d)  %s x %s ..... NZ$%s ea = NZ$%s' % (i + 1, n0(q), t, p, usd(lt(p, q))) for i, (q, t, p) in enumerate(rows))
    body = f"""Malo e lelei Jing,

Our order for the next noni juice run:

PO# TNJ-0115
Date: 15 January 2028

{tl}

Total NZ${usd(total)}
Deposit 30% (NZ${usd(dep)}) goes by TT from ANZ Nuku'alofa this week, balance before loading.

Ship to: Tonga Noni Juice Ltd, Taufa'ahau Road, Halaleva, Nuku'alofa, Tongatapu, Kingdom of Tonga
(via Auckland, consolidated with Pacific Forum Line)
Attn: Sione Fifita +676 776 4412

Malo 'aupito,
Mele Tu'ipulotu
Tonga Noni Juice Ltd

Sent from BlueMail
"""
    eml = single(H("Mele Tu'ipulotu", 'mele@tonganoni.to', 'utf-8', 'PO TNJ-0115 bottles and labels',
                   dh(2028, 1, 15, 14, 12, 0, 780), 'a7c3e1f0-9b2d-4e58-8c61-2f0d9a4b7e35@tonganoni.to',
                   'X-Mailer: BlueMail'), body, 'utf-8', 'quoted-printable')
    return eml, T('body', 'utf-8',
                  'A Nuku\'alofa (Tonga) noni-juice maker from BlueMail: qty-first lines "24,000 x title ..... NZ$p ea = '
                  'NZ$amount" with dot leaders, 3-decimal prices, Total NZ$, a 30 % deposit (not the total); the ship-to '
                  'with a routing line in brackets (no part of the address) and apostrophes in names. Adds up.',
                  [order('TNJ-0115', 'Tonga Noni Juice Ltd',
                         ('Sione Fifita', '+676 776 4412', "Tonga Noni Juice Ltd, Taufa'ahau Road, Halaleva, Nuku'alofa, Tongatapu, Kingdom of Tonga"),
                         '2028-01-15', 'NZD', total, lines)])


@mail
def h659_rs_arandjelovac_rakija_claws_cp1251_cyrillic_pipes_total_off_hold():
    rows = [('Поклон кутија', 'за флашу 0,7 л, дрво, ласерска гравура', 3000, '2.40'),
            ('Поклон кутија', 'за флашу 0,35 л, картон, злато', 5000, '0.82'),
            ('Чаша за ракију', '40 мл, стакло, у кутији по 2', 2500, '1.15'),
            ('Транспортна кутија', '6 флаша 0,7 л, 5 слојева', 500, '1.70')]
    lines = sp(rows)
    real = m2(subtotal(lines))
    written = D('15600.00')  # the sum with 3.000 glasses, left from an earlier draft
    assert D(real) != written
    total = m2(written)
    tl = '\n'.join('%d | %s | %s | %s | %s | %s' % (i + 1, n, g, n0(q, '.'), eu(p), eu(lt(p, q))) for i, (n, g, q, p) in enumerate(rows))
    body = f"""Поштована госпођо Фанг,

шаљемо поруџбеницу за пролећну серију.

ПОРУЏБЕНИЦА бр. 14/2028
Датум: 16.01.2028.

Р.бр. | Назив | Опис | Кол. (ком) | Цена EUR | Износ EUR
{tl}

Укупно: {eu(total)} EUR
ПДВ: 0 % (извоз из Кине, увозне дажбине плаћамо ми)

Испорука: Ракија Шумадија д.о.о., Краља Петра I 41, 34300 Аранђеловац, Србија
Пријем робе: Милош Јовановић, +381 64 118 2277

Срдачан поздрав,
Јелена Петровић
Ракија Шумадија д.о.о.
"""
    eml = single(H('Јелена Петровић', 'jelena@rakija-sumadija.rs', 'windows-1251', 'Поруџбеница бр. 14/2028',
                   dh(2028, 1, 16, 12, 3, 58, 60), '20280116120358.4f1a2b3c@rakija-sumadija.rs',
                   'X-Mailer: Claws Mail 4.1.1 (GTK 3.24.38; x86_64-pc-linux-gnu)'), body, 'windows-1251', 'quoted-printable')
    return eml, T('body', 'windows-1251',
                  'An Aranđelovac (Šumadija, Serbia) rakija distillery from Claws Mail in Windows-1251 QP: Serbian Cyrillic, '
                  '"ПОРУЏБЕНИЦА бр. 14/2028" and "Датум: 16.01.2028.", a table with " | " between cells and no outer pipes, '
                  'Назив and Опис apart (keyed joined; the same box twice told apart), dot thousands and decimal commas, '
                  'Укупно in EUR, ПДВ 0 %%. The written Укупно 15.600,00 is not the sum of the lines (%s; it is what 3.000 '
                  'glasses would make, the line says 2.500): the clerk keys what is written and HOLDS the order.' % real,
                  [order('14/2028', 'Ракија Шумадија д.о.о.',
                         ('Милош Јовановић', '+381 64 118 2277', 'Ракија Шумадија д.о.о., Краља Петра I 41, 34300 Аранђеловац, Србија'),
                         '2028-01-16', 'EUR', total, lines)])


# ============================================================ HTML bodies
@mail
def h660_html_qq_qianxi_chestnut_shimo_rowspan_freight_deposit():
    rows = [('袋装', '甘栗仁自立袋', '100g 开窗 哑光', 60000, '0.19'),
            ('袋装', '甘栗仁自立袋', '260g 开窗 哑光', 30000, '0.32'),
            ('礼盒', '板栗礼盒', '6袋装 手提', 5000, '5.40'),
            ('礼盒', '板栗礼盒', '12袋装 抽屉式', 3000, '8.80')]
    lines = [L(None, '%s %s' % (n, g), q, p) for c, n, g, q, p in rows]
    goods = subtotal(lines)
    freight = D('1200.00')
    total = m2(goods + freight)
    check(lines, total, freight)
    st = ' style="border:1px solid #d9d9d9;padding:4px 8px;font-size:14px"'
    tab = [['品类', '品名', '规格', '数量', '单价(元)', '金额(元)']]
    for i, (c, n, g, q, p) in enumerate(rows):
        first = [(c, 'rowspan="2"')] if i % 2 == 0 else []
        tab.append(first + [n, g, n0(q), p, amt(lt(p, q))])
    tab += [[('运费（到迁西）', 'colspan="5"'), amt(freight)], [('<b>合计</b>', 'colspan="5"'), '<b>%s</b>' % amt(total)]]
    html = ('<div style="font-family:微软雅黑;font-size:14px">方经理您好：<br><br>石墨文档里的采购表贴给您，单号 QX-BL-0117，'
            '2028年1月17日。<br><br><table data-shimo-table="1" style="border-collapse:collapse;table-layout:fixed">'
            + cells_html(tab, st) + '</table><br>定金 30%% 已转（%s 元），其余发货前付清。<br>'
            '收货：河北省唐山市迁西县 兴城镇 栗乡大街 99 号 燕山栗业 成品库<br>收货人：高振山 133 1355 6012<br><br>'
            '唐山燕山栗业有限公司 高丽娟</div>' % amt((D(total) * D('0.3')).quantize(D('0.01'))))
    eml = html_mail(H('高丽娟', '2871045533@qq.com', 'gb18030', '采购表 QX-BL-0117', dh(2028, 1, 17, 9, 44, 10),
                      'tencent_9A1E7C3B5D2F4A6C8E0B1D3F@qq.com', 'X-QQ-Mailer: QQMail 2.x'),
                    strip(html), html, 'gb18030', '----=_NextPart_65A7B2C1_0E4F8A20_3B9D6C51')
    return eml, T('html', 'gb18030',
                  'A Qianxi (Tangshan, Hebei) chestnut company from QQ Mail (GB18030): a 石墨文档 table pasted as HTML with a '
                  'rowspan 品类 column (no part of the title), 品名 and 规格 apart (keyed joined, the same pouch twice told '
                  'apart by size), a colspan 运费 row and 合计 (the total, with freight), a 30 % deposit sentence under it '
                  '(not the total). Adds up with freight.',
                  [order('QX-BL-0117', '唐山燕山栗业有限公司',
                         ('高振山', '133 1355 6012', '河北省唐山市迁西县 兴城镇 栗乡大街 99 号 燕山栗业 成品库'),
                         '2028-01-17', 'CNY', total, lines)])


@mail
def h661_html_outlook_big5_wandan_red_bean_cases_business_tax():
    rows = [('紅豆真空包裝袋', '600g 透明 1000個/箱', '箱', 40, '2600'),
            ('紅豆禮盒', '3包入 手提', '個', 3000, '45'),
            ('外箱', '8盒入 五層', '個', 375, '32')]
    lines = [L(None, '%s %s' % (n, g), q, p) for n, g, u, q, p in rows]
    net = subtotal(lines)
    tax = (net * D('0.05')).quantize(D('1'))
    total = m2(net + tax)
    check(lines, total, tax)
    st = ' style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"'
    tab = [['品名', '規格', '單位', '數量', '單價', '金額']]
    tab += [[n, g, u, n0(q), n0(int(p)), n0(int(lt(p, q)))] for n, g, u, q, p in rows]
    tab += [[('小計', 'colspan="5" align="right"'), n0(int(net))], [('營業稅 5%', 'colspan="5" align="right"'), n0(int(tax))],
            [('總計（新台幣）', 'colspan="5" align="right"'), n0(int(D(total)))]]
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=big5"></head><body lang="ZH-TW">'
            '<div class="WordSection1"><p class="MsoNormal">方小姐 您好：<o:p></o:p></p>'
            '<p class="MsoNormal">本次訂購如下，請依規格生產，謝謝。<o:p></o:p></p>'
            '<p class="MsoNormal">訂單號碼：WD-1170118-02　　訂購日期：117.01.18<o:p></o:p></p>'
            '<p class="MsoNormal">發票抬頭：萬丹紅食品有限公司　統一編號：24681357<o:p></o:p></p>'
            '<table class="MsoNormalTable" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse">'
            + cells_html(tab, st) + '</table>'
            '<p class="MsoNormal">送貨地址：屏東縣萬丹鄉 萬丹路一段 250 號 萬丹紅 加工廠<o:p></o:p></p>'
            '<p class="MsoNormal">收貨人：蔡宗翰 08-7772316 分機 21<o:p></o:p></p>'
            '<p class="MsoNormal">萬丹紅食品有限公司 採購部 李怡君<o:p></o:p></p></div></body></html>')
    eml = html_mail(H('李怡君', 'yijun.li@wandanred.com.tw', 'big5', '訂單 WD-1170118-02', dh(2028, 1, 18, 10, 2, 55),
                      '006d01dd69b2$4c7e1a30$e57a4e90$@wandanred.com.tw', 'X-Mailer: Microsoft Outlook 16.0'),
                    strip(html), html, 'big5', '----=_NextPart_000_006E_01DD69B2.4C7E1A30', 'quoted-printable')
    return eml, T('html', 'big5',
                  'A Wandan (Pingtung) red-bean food company from Outlook (Big5 QP Word HTML): 訂單號碼 and a ROC date '
                  '117.01.18 on one line with a full-width space, 發票抬頭 and a 統一編號 (not the number), vacuum bags bought '
                  'by the 箱 of 1000 at 2,600 a case (keyed as written, 40 箱), integer NT amounts, 小計 / 營業稅 5% / 總計 '
                  'rows (the total keyed, with the tax); the receiver\'s phone with an extension. Adds up with the tax.',
                  [order('WD-1170118-02', '萬丹紅食品有限公司',
                         ('蔡宗翰', '08-7772316 分機 21', '屏東縣萬丹鄉 萬丹路一段 250 號 萬丹紅 加工廠'),
                         '2028-01-18', 'TWD', total, lines)])


@mail
def h662_html_yonyou_nc_cloud_xinhui_tangerine_peel_html_only():
    rows = [('10', '03.02.0101', '陈皮铁罐', '250g 圆罐 烫金', '个', 5000, '12.80'),
            ('20', '03.02.0205', '陈皮自封袋', '500g 铝箔 开窗', '个', 20000, '0.35'),
            ('30', '03.03.0011', '陈皮礼盒', '三罐装 木纹', '个', 2000, '36.00'),
            ('40', '03.09.0002', '外箱', '6盒装 五层', '个', 340, '5.20')]
    lines = [L(s, '%s %s' % (n, g), q, p) for r, s, n, g, u, q, p in rows]
    total = m2(subtotal(lines))
    check(lines, total)
    st = ' style="border:1px solid #c8d1dc;padding:4px 6px;font-size:12px"'
    tab = [['行号', '物料编码', '物料名称', '规格', '主单位', '主数量', '无税单价', '含税单价', '税率(%)', '价税合计']]
    for r, s, n, g, u, q, p in rows:
        net = (D(p) / D('1.13')).quantize(D('0.0001'))
        tab.append([r, s, n, g, u, '{:,.2f}'.format(q), '%.4f' % net, '%.4f' % D(p), '13.00', amt(lt(p, q))])
    tab.append(['', '', '合计', '', '', '{:,.2f}'.format(sum(x[5] for x in rows)), '', '', '', amt(total)])
    kv = [('订单编号', 'CGDD2801190003'), ('订单日期', '2028-01-19'), ('采购组织', '江门新会陈皮村实业有限公司'),
          ('供应商', '杭州恒达包装材料有限公司'), ('币种', '人民币'), ('采购员', '梁嘉欣'),
          ('收货地址', '广东省江门市新会区 会城街道 陈皮村 茶坑路 8 号 仓储中心'), ('收货联系人', '陈伟明'), ('联系电话', '0750-6638828')]
    html = ('<html><head><meta charset="UTF-8"></head><body style="font-family:Microsoft YaHei">'
            '<div style="background:#e60012;color:#fff;padding:8px 12px;font-size:16px">用友 NC Cloud · 采购订单审批通过通知</div>'
            '<p>杭州恒达包装材料有限公司：</p><p>以下采购订单已审批通过，请按约定交期送货。</p>'
            '<table style="border-collapse:collapse">' +
            ''.join('<tr><td style="color:#666;padding:2px 10px 2px 0">%s</td><td>%s</td></tr>' % kv1 for kv1 in kv) +
            '</table><br><table style="border-collapse:collapse">' + cells_html(tab, st) + '</table>'
            '<p style="color:#999;font-size:12px">此邮件由系统自动发送，请勿直接回复。如有疑问请联系采购员 梁嘉欣 0750-6638800。</p>'
            '</body></html>')
    eml = single(H('NC Cloud', 'ncc-noreply@xinhui-chenpicun.com', 'utf-8', '【采购订单审批通过】CGDD2801190003',
                   dh(2028, 1, 19, 15, 30, 7), 'ncc.1799983807512.44821@xinhui-chenpicun.com', 'X-Mailer: JavaMail',
                   extra=('Reply-To: liangjx@xinhui-chenpicun.com',)), html, 'utf-8', 'base64', 'html')
    return eml, T('html', 'utf-8',
                  'A Xinhui (Jiangmen, Guangdong) tangerine-peel company\'s 用友 NC Cloud approval notice (HTML only, from '
                  'a noreply address with Reply-To): label/value rows, lines numbered 10/20/30/40, 物料名称 and 规格 apart '
                  '(keyed joined), 主数量 written 5,000.00, both 无税单价 and 含税单价 with 4 decimals (the 含税 price keyed, '
                  'as 价税合计 is), a 合计 row with the quantity sum; the 采购员 is not the receiver. Adds up.',
                  [order('CGDD2801190003', '江门新会陈皮村实业有限公司',
                         ('陈伟明', '0750-6638828', '广东省江门市新会区 会城街道 陈皮村 茶坑路 8 号 仓储中心'),
                         '2028-01-19', 'CNY', total, lines)])


@mail
def h663_html_outlook_kw_oud_lpo_kwd_three_decimals():
    rows = [('Perfume bottle', '50 ml, crystal cut, gold cap', 4000, '0.450'),
            ('Bakhoor burner box', 'velvet, magnetic lid', 1000, '1.250'),
            ('Gift bag', 'black matte, rope handle', 5000, '0.120'),
            ('Oud wood box', '100 g, kraft inner', 2000, '0.375')]
    lines = sp(rows)
    total = m2(subtotal(lines))
    check(lines, total)

    def k3(v):
        return '{:,.3f}'.format(D(v))
    st = ' style="border:solid #7F7F7F 1.0pt;padding:0cm 5.4pt"'
    tab = [['S.No', 'Description', 'Size / Finish', 'Qty', 'Unit Price (KWD)', 'Amount (KWD)']]
    tab += [[str(i + 1), n, g, n0(q), k3(p), k3(lt(p, q))] for i, (n, g, q, p) in enumerate(rows)]
    tab += [[('<b>Total Amount (KWD)</b>', 'colspan="5" align="right"'), '<b>%s</b>' % k3(total)]]
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body lang="EN-US">'
            '<div class="WordSection1"><p class="MsoNormal">Dear Ms. Jing,<o:p></o:p></p>'
            '<p class="MsoNormal">Please find below our Local Purchase Order.<o:p></o:p></p>'
            '<p class="MsoNormal"><b>LPO No.:</b> LPO/2028/0412<br><b>Date:</b> 20/01/2028<br><b>Payment:</b> 100% TT before '
            'shipment<o:p></o:p></p><table class="MsoNormalTable" border="1" cellspacing="0" cellpadding="0" '
            'style="border-collapse:collapse">' + cells_html(tab, st) + '</table>'
            '<p class="MsoNormal">Amount in words: Kuwaiti Dinars Four Thousand Four Hundred Only<o:p></o:p></p>'
            '<p class="MsoNormal"><b>Delivery:</b> Dar Al Oud warehouse, Shuwaikh Industrial Area, Block 1, Street 12, '
            'Kuwait<br><b>Contact:</b> Mr. Bader Al-Enezi, +965 9988 7766<o:p></o:p></p>'
            '<p class="MsoNormal">Best Regards,<br>Hussain Dashti<br>Purchasing Manager<br>Dar Al Oud General Trading Co. W.L.L.'
            '<br>Tel +965 2245 6600<o:p></o:p></p></div></body></html>')
    assert total == '4400.00', total
    eml = html_mail(H('Hussain Dashti', 'h.dashti@daraloud.com.kw', 'utf-8', 'LPO/2028/0412 - Packaging',
                      dh(2028, 1, 20, 10, 15, 0, 180), 'DB9P189MB1453A2C4E6F8B0D2@DB9P189MB1453.EURP189.PROD.OUTLOOK.COM', None),
                    strip(html), html, 'utf-8', '_000_DB9P189MB1453A2C4E6F8B0D2DB9P189MB1453EURP_')
    return eml, T('html', 'utf-8',
                  'A Kuwait oud-perfume trader\'s LPO from Outlook (Word HTML): LPO No. and a dd/mm/yyyy date in bold labels, '
                  'Description and Size / Finish apart (keyed joined), Kuwaiti dinars with three decimals (prices keyed as '
                  'written, 0.45, 1.25, 0.12, 0.375; amounts 1,800.000 keyed 1800.00), Total Amount and the amount in '
                  'words. Adds up.',
                  [order('LPO/2028/0412', 'Dar Al Oud General Trading Co. W.L.L.',
                         ('Mr. Bader Al-Enezi', '+965 9988 7766', 'Dar Al Oud warehouse, Shuwaikh Industrial Area, Block 1, Street 12, Kuwait'),
                         '2028-01-20', 'KWD', total, lines)])


@mail
def h664_html_mailspring_az_lankaran_tea_endirim():
    rows = [('Çay qutusu', '100 q, qalay, yaşıl', 8000, '0.62'),
            ('Çay qutusu', '250 q, qalay, qırmızı', 4000, '0.95'),
            ('Armudu stəkan dəsti qutusu', '6 stəkan, məxmər', 1500, '2.80'),
            ('Folqa paket', '500 q, ziplok', 20000, '0.085')]
    lines = sp(rows)
    sub = subtotal(lines)
    disc = (sub * D('0.02')).quantize(D('0.01'))
    total = m2(sub - disc)
    check(lines, total, -disc)
    st = ' style="border:1px solid #bbb;padding:3px 6px"'
    tab = [['№', 'Məhsul', 'Xüsusiyyət', 'Miqdar', 'Qiymət (USD)', 'Məbləğ (USD)']]
    tab += [[str(i + 1), n, g, n0(q, ' '), p, usd(lt(p, q))] for i, (n, g, q, p) in enumerate(rows)]
    tab += [['', 'Cəmi', '', '', '', usd(sub)], ['', 'Endirim 2%', '', '', '', '-' + usd(disc)],
            ['', '<b>Yekun</b>', '', '', '', '<b>%s</b>' % usd(total)]]
    html = ('<html><body><div>Hörmətli Jing xanım,</div><div><br></div>'
            '<div>Sifariş № <b>LÇ-2028/07</b> &nbsp;|&nbsp; Tarix: 21.01.2028</div><div><br></div>'
            '<table style="border-collapse:collapse">' + cells_html(tab, st) + '</table><div><br></div>'
            '<div>Çatdırılma: Lənkəran Çay MMC anbarı, H. Aslanov küç. 45, Lənkəran AZ4200, Azərbaycan</div>'
            '<div>Qəbul edən: Rəşad Məmmədov, +994 50 212 34 56</div><div><br></div>'
            '<div>Hörmətlə,<br>Günel Əliyeva<br>Lənkəran Çay MMC<br>+994 25 255 11 22</div></body></html>')
    eml = html_mail(H('Günel Əliyeva', 'gunel@lenkeran-cay.az', 'utf-8', 'Sifariş № LÇ-2028/07',
                      dh(2028, 1, 21, 13, 47, 21, 240), 'Mailspring-8c2f4e61-0b9a-4d7e-a3c5-1f6b2d8e9a04@lenkeran-cay.az',
                      'X-Mailer: Mailspring'), strip(html), html, 'utf-8', 'Mailspring-Alternative-8c2f4e61', 'quoted-printable')
    return eml, T('html', 'utf-8',
                  'A Lankaran (Azerbaijan) tea packer from Mailspring (UTF-8 QP HTML): Azerbaijani headers (Məhsul, '
                  'Xüsusiyyət, Miqdar, Qiymət, Məbləğ), "Sifariş № LÇ-2028/07 | Tarix: 21.01.2028" on one line, Məhsul and '
                  'Xüsusiyyət apart (keyed joined; the same tin twice told apart), space thousands, a 3-decimal price, Cəmi, '
                  'Endirim 2% and Yekun (keyed, after the discount). Adds up with the discount.',
                  [order('LÇ-2028/07', 'Lənkəran Çay MMC',
                         ('Rəşad Məmmədov', '+994 50 212 34 56', 'Lənkəran Çay MMC anbarı, H. Aslanov küç. 45, Lənkəran AZ4200, Azərbaycan'),
                         '2028-01-21', 'USD', total, lines)])


@mail
def h665_html_aol_do_cacao_cant_first_flete_itbis():
    rows = [(50000, 'Envoltura barra 80 g', 'foil + papel impreso', '0.035'),
            (3000, 'Caja regalo', '6 barras, cartulina', '0.62'),
            (10000, 'Bolsa nibs de cacao', '250 g, kraft, zip', '0.15')]
    lines = [L(None, '%s %s' % (n, g), q, p) for q, n, g, p in rows]
    goods = subtotal(lines)
    flete = D('780.00')
    total = m2(goods + flete)
    check(lines, total, flete)
    st = ' style="border:1px solid #999;padding:3px"'
    tab = [['Cant.', 'Descripción', 'Presentación', 'Precio US$', 'Total US$']]
    tab += [[n0(q), n, g, p, usd(lt(p, q))] for q, n, g, p in rows]
    tab += [['', 'Flete marítimo a Puerto Plata', '', '', usd(flete)], ['', 'ITBIS', '', '', 'exento'],
            ['', '<b>TOTAL</b>', '', '', '<b>%s</b>' % usd(total)]]
    html = ('<html><head></head><body><div style="font-family:Arial;font-size:13px"><div>Hola Jing,</div><div><br></div>'
            '<div>Te envío nuestra orden de compra #OC-1187 de fecha 22 de enero de 2028.</div><div><br></div>'
            '<table border="1" style="border-collapse:collapse">' + cells_html(tab, st) + '</table><div><br></div>'
            '<div>Entregar en: Almacén Cacao Cibao, Carretera San Francisco-Nagua km 3, San Francisco de Macorís, '
            'Rep. Dominicana</div><div>Recibe: Ramón Almonte, 809-588-1234</div><div><br></div>'
            '<div>Saludos,</div><div>Yokasta Almonte</div><div>Cacao Cibao, S.R.L.</div></div></body></html>')
    eml = html_mail(H('Yokasta Almonte', 'yokasta.almonte@aol.com', 'utf-8', 'Orden de compra OC-1187',
                      dh(2028, 1, 22, 9, 31, 45, -240), '1281905432.1771234.1800631905777@mail.yahoo.com',
                      'X-Mailer: WebService/1.1.21797 AolMailNorton'),
                    strip(html), html, 'utf-8', '----=_Part_1771233_1129384756.1800631905776', 'quoted-printable')
    return eml, T('html', 'utf-8',
                  'A San Francisco de Macorís (Dominican Republic) cacao company from AOL Mail (HTML, QP): Spanish, the order '
                  'number and the date in words in one sentence, a table that starts with Cant., Descripción and '
                  'Presentación apart (keyed joined), a 3-decimal price, sea freight as a row (in the total), ITBIS '
                  '"exento", TOTAL. Adds up with freight.',
                  [order('OC-1187', 'Cacao Cibao, S.R.L.',
                         ('Ramón Almonte', '809-588-1234', 'Almacén Cacao Cibao, Carretera San Francisco-Nagua km 3, San Francisco de Macorís, Rep. Dominicana'),
                         '2028-01-22', 'USD', total, lines)])


# ============================================================ PDF attachments
@mail
def h666_pdf_kingdee_eas_wenxian_yam_tax_included_daxie():
    rows = [('05.01.0031', '山药礼盒', '铁棍山药 5斤装 木纹', '个', 4000, '12.50'),
            ('05.02.0007', '保鲜膜袋', '60cm 透气', '个', 30000, '0.28'),
            ('05.02.0012', '泡沫网套', '8cm 白色', '个', 60000, '0.035'),
            ('05.09.0004', '外箱', '4盒装 五层', '个', 1000, '4.80')]
    lines = [L(s, '%s %s' % (n, g), q, p) for s, n, g, u, q, p in rows]
    total = m2(subtotal(lines))
    check(lines, total)
    table = [['序号', '物料编码', '物料名称', '规格型号', '单位', '数量', '含税单价', '税率(%)', '价税合计', '交货日期']]
    table += [[str(i + 1), s, n, g, u, n0(q), p, '13', amt(lt(p, q)), '2028-02-15'] for i, (s, n, g, u, q, p) in enumerate(rows)]
    table += [['合计', '', '', '', '', n0(sum(r[4] for r in rows)), '', '', amt(total), '']]
    head = [('c', '焦作怀山堂农业科技有限公司', 14), ('c', '采购订单', 14),
            (40, '单据编号：CGDD-2028-000126     业务日期：2028-01-23     币别：人民币', 8),
            (40, '供应商：杭州恒达包装材料有限公司     采购组织：怀山堂 采购部     采购员：程雪', 8),
            (40, '收货地址：河南省焦作市温县 祥云镇 怀药产业园 8 号 怀山堂 成品仓     联系人：程建国 139 3911 5208', 8)]
    tail = [(40, '价税合计（大写）：%s' % daxie(total), 8), (40, '制单人：程雪     审核人：苗卫红     打印时间：2028-01-23 14:05', 8),
            ('r', '金蝶EAS Cloud', 7)]
    data = grid_pdf(head, table, [26, 58, 50, 82, 26, 46, 46, 36, 62, 62], tail, '采购订单 CGDD-2028-000126', '程雪', 'hei',
                    align=['c', 'l', 'l', 'l', 'c', 'r', 'r', 'r', 'r', 'c'], size=8)
    body = '恒达 方经理：\n\n采购订单已审核，PDF见附件，请按交货日期送到温县。\n\n程雪\n焦作怀山堂农业科技有限公司\n0391-6123456\n'
    eml = pdf_mail(H('程雪', 'chengxue@huaishantang.com', 'gbk', '采购订单 CGDD-2028-000126', dh(2028, 1, 23, 14, 12, 9),
                     '202801231412095562177@huaishantang.com', 'X-Mailer: Foxmail 7.2.25.375[cn]'),
                   body, 'gbk', 'base64', data, '采购订单CGDD-2028-000126.pdf', '----=_NextPart_65AF5B21_1C3D5E7F_2A4B6C8D',
                   name_style='gbk')
    return eml, T('pdf', 'gbk',
                  'A Wenxian (Jiaozuo, Henan) yam company\'s 金蝶 EAS Cloud purchase order as PDF: company and title centred, '
                  '单据编号 / 业务日期 / 币别 on one line, 供应商 and 采购员 on the next (the 采购员 is not the receiver), '
                  '收货地址 and 联系人 with a mobile on one line, ten narrow columns (物料名称 and 规格型号 apart, keyed '
                  'joined; a 3-decimal 含税单价; a 税率 column; a 交货日期 that is not the order date), 合计 with the '
                  'quantity sum, 大写. Adds up.',
                  [order('CGDD-2028-000126', '焦作怀山堂农业科技有限公司',
                         ('程建国', '139 3911 5208', '河南省焦作市温县 祥云镇 怀药产业园 8 号 怀山堂 成品仓'),
                         '2028-01-23', 'CNY', total, lines)])


@mail
def h667_pdf_tianxin_erp_penghu_brown_sugar_cake_uming_untaxed():
    rows = [('PK-0501', '黑糖糕真空袋', '500g 印刷', '個', 30000, '1.6'),
            ('PK-0702', '禮盒', '2入 手提', '個', 8000, '28'),
            ('PK-0910', '脫氧劑', '50cc', '個', 60000, '0.35'),
            ('PK-1020', '外箱', '20盒入', '個', 400, '36')]
    lines = [L(s, '%s %s' % (n, g), q, p) for s, n, g, u, q, p in rows]
    net = subtotal(lines)
    tax = (net * D('0.05')).quantize(D('1'))
    total = m2(net + tax)
    check(lines, total, tax)
    table = [['項次', '品號', '品名', '規格', '單位', '數量', '單價', '未稅金額']]
    table += [[str(i + 1), s, n, g, u, n0(q), p, n0(int(lt(p, q)))] for i, (s, n, g, u, q, p) in enumerate(rows)]
    head = [('c', '澎湖菊島黑糖糕有限公司', 14), ('c', '採 購 單', 14),
            (45, '採購單號：P1170124001     採購日期：117/01/24     廠商：杭州恆達包裝材料有限公司', 9),
            (45, '交貨地址：澎湖縣馬公市 中華路 188 號 菊島黑糖糕 工廠     聯絡人：許文彬 06-9261188', 8)]
    tail = [('r', '未稅合計：%s' % n0(int(net)), 9), ('r', '營業稅(5%%)：%s' % n0(int(tax)), 9),
            ('r', '含稅總額：NT$ %s' % n0(int(D(total))), 9), (45, '採購：顏美惠     主管：許文彬     天心資訊 TOP ERP', 7)]
    data = grid_pdf(head, table, [30, 55, 90, 80, 30, 60, 50, 80], tail, '採購單 P1170124001', '顏美惠', 'ming',
                    align=['c', 'l', 'l', 'l', 'c', 'r', 'r', 'r'])
    body = '方小姐您好：\n\n附件為採購單 P1170124001，請查收並回覆交期。\n\n顏美惠\n澎湖菊島黑糖糕有限公司\n06-9261188\n'
    eml = pdf_mail(H('顏美惠', 'meihui@juidao-cake.com.tw', 'big5', '採購單 P1170124001', dh(2028, 1, 24, 9, 20, 41),
                     '001201dd6e7f$5a2c3b40$0f8499c0$@juidao-cake.com.tw', 'X-Mailer: Microsoft Outlook 16.0'),
                   body, 'big5', 'base64', data, '採購單P1170124001.pdf', '----=_NextPart_000_0013_01DD6E7F.5A2C3B40',
                   name_style='big5')
    return eml, T('pdf', 'big5',
                  'A Magong (Penghu) brown-sugar-cake bakery\'s 天心 TOP ERP 採購單 as PDF in AR PL UMing (mail in Big5): '
                  'spaced title, a ROC date 117/01/24 (2028-01-24), 品名 and 規格 apart (keyed joined), untaxed prices and '
                  'amounts (1.6, 0.35), then 未稅合計, 營業稅(5%) and 含稅總額 NT$ right-aligned under the table (the total '
                  'keyed, with the tax); the 聯絡人 is also the 主管. Adds up with the tax.',
                  [order('P1170124001', '澎湖菊島黑糖糕有限公司',
                         ('許文彬', '06-9261188', '澎湖縣馬公市 中華路 188 號 菊島黑糖糕 工廠'),
                         '2028-01-24', 'TWD', total, lines)])


@mail
def h668_pdf_syspro_na_windhoek_biltong_per_1000_zar():
    rows = [('BP-250', 'Vacuum pouch 250 g, printed', 60000, 'EA', '1.85', 1),
            ('ZP-100', 'Zip pouch 100 g, kraft window', 40000, 'EA', '920.00', 1000),
            ('DB-20', 'Display box, 20 pouches', 3000, 'EA', '6.40', 1),
            ('SC-10', 'Shipping carton 10 boxes', 300, 'EA', '14.50', 1)]
    lines = [L(s, n, q, per(p, k) if k > 1 else p, lt(p, q, k)) for s, n, q, u, p, k in rows]
    total = m2(subtotal(lines))
    check(lines, total)
    table = [['Line', 'Stock Code', 'Description', 'Order Qty', 'UOM', 'Price', 'Per', 'Value']]
    table += [['%d' % (i + 1), s, n, '{:,.3f}'.format(q), u, '{:,.2f}'.format(D(p)), str(k), usd(lt(p, q, k))]
              for i, (s, n, q, u, p, k) in enumerate(rows)]
    head = [('r', 'PURCHASE ORDER', 16), (45, 'Namib Biltong (Pty) Ltd', 12),
            (45, 'Erf 1422, Prosperita, Windhoek, Namibia  ·  Tel +264 61 255 410  ·  VAT 7654321-01-5', 8),
            ('r', 'PO Number: 000412', 9), ('r', 'Order Date: 24/01/2028', 9), ('r', 'Currency: ZAR', 9),
            (45, 'Supplier: HENG01  Hangzhou Hengda Packaging Materials Co., Ltd.', 8),
            (45, 'Deliver to: Namib Biltong factory, 7 Nickel Street, Prosperita, Windhoek', 8),
            (45, 'Receiving: Johannes Shikongo  +264 81 299 4410', 8)]
    tail = [('r', 'Sub-total  %s' % usd(total), 9), ('r', 'VAT 0% (import, zero-rated)  0.00', 9),
            ('r', 'Total ZAR  %s' % usd(total), 10), (45, 'Buyer: Anke Vermeulen   Printed by SYSPRO', 7)]
    data = grid_pdf(head, table, [28, 55, 150, 65, 32, 55, 30, 70], tail, 'Purchase Order 000412', 'SYSPRO', 'hei',
                    align=['r', 'l', 'l', 'r', 'l', 'r', 'r', 'r'])
    body = ('Good day Jing,\n\nPlease find attached PO 000412. Prices as per your quote of 12 January.\n\nKind regards\n'
            'Anke Vermeulen\nBuyer | Namib Biltong (Pty) Ltd\n+264 61 255 410\n')
    eml = pdf_mail(H('Anke Vermeulen', 'anke@namibbiltong.com.na', 'utf-8', 'Purchase Order 000412',
                     dh(2028, 1, 24, 11, 5, 33, 120), 'SYSPRO.000412.20280124110533@namibbiltong.com.na', 'X-Mailer: SYSPRO 8'),
                   body, 'utf-8', '7bit', data, 'PO_000412.pdf', '_syspro_000412_a1b2c3')
    return eml, T('pdf', 'utf-8',
                  'A Windhoek (Namibia) biltong maker\'s SYSPRO purchase order as PDF: PO Number, Order Date and Currency '
                  'right-aligned, Stock Code / Description / Order Qty written 60,000.000 / UOM / Price / Per / Value, zip '
                  'pouches at 920.00 per 1000 (keyed per piece, 0.92), Sub-total, VAT 0 % and Total ZAR under the table. '
                  'Adds up.',
                  [order('000412', 'Namib Biltong (Pty) Ltd',
                         ('Johannes Shikongo', '+264 81 299 4410', 'Namib Biltong factory, 7 Nickel Street, Prosperita, Windhoek'),
                         '2028-01-24', 'ZAR', total, lines)])


@mail
def h669_pdf_word_mg_toamasina_lychee_remise_eur():
    rows = [('CART-4', 'Carton litchis 4 kg, ajouré, imprimé', 20000, '0.58'),
            ('SAC-4', 'Sachet soufré 4 kg, PE perforé', 20000, '0.045'),
            ('ETQ-60', 'Étiquette origine Madagascar 60 x 40', 20000, '0.012'),
            ('CNP', 'Cornière de palette, carton', 4000, '0.09')]
    lines = [L(s, t, q, p) for s, t, q, p in rows]
    sub = subtotal(lines)
    rem = (sub * D('0.02')).quantize(D('0.01'))
    total = m2(sub - rem)
    check(lines, total, -rem)
    table = [['Code', 'Désignation', 'Qté', 'P.U. HT', 'Montant HT']]
    table += [[s, t, ru(q, 0), eu(p, 3) if len(p.split('.')[1]) == 3 else eu(p), ru(lt(p, q))] for s, t, q, p in rows]
    head = [(45, "LITCHIS DE L'EST SARL", 12),
            (45, 'Lot II A 45, Boulevard Joffre, Toamasina 501, Madagascar  ·  NIF 3000123456  ·  STAT 46101 31 2015 0 00456', 7),
            ('r', 'BON DE COMMANDE', 14), ('r', 'N° BC00087', 9), ('r', 'Date : 25/01/2028', 9),
            (45, 'Fournisseur : Hangzhou Hengda Packaging Materials Co., Ltd., Hangzhou, Chine', 8),
            (45, "Livraison : Station de conditionnement, Route d'Ivoloina PK 6, Toamasina", 8),
            (45, 'Contact : M. Hery Rakotomalala, +261 34 05 123 45', 8)]
    tail = [('r', 'Total HT  %s €' % ru(sub), 9), ('r', 'Remise 2 %%  -%s €' % ru(rem), 9), ('r', 'Net HT  %s €' % ru(total), 9),
            ('r', 'TVA 0 % (import)  0,00 €', 9), ('r', 'Net à payer  %s €' % ru(total), 10),
            (45, 'Conditions : 30 % à la commande, solde contre documents. Livraison avant le 15/10/2028 (campagne).', 7),
            (45, 'Le Gérant, Nirina Randriamanana', 8)]
    data = grid_pdf(head, table, [60, 215, 70, 65, 90], tail, 'Microsoft Word - BC00087.docx', 'Nirina Randriamanana', 'hei',
                    align=['l', 'l', 'r', 'r', 'r'])
    body = ("Bonjour Madame Fang,\n\nVeuillez trouver ci-joint notre bon de commande BC00087 pour la campagne 2028 (en PDF, le fichier Word suit si besoin).\n\n"
            "Cordialement,\nNirina Randriamanana\nLitchis de l'Est SARL\n+261 20 53 321 00\n")
    eml = pdf_mail(H('Nirina Randriamanana', 'nirina@litchis-est.mg', 'iso-8859-1', 'Bon de commande BC00087',
                     dh(2028, 1, 25, 8, 40, 12, 180), '20280125084012.1f3e5a7c@litchis-est.mg',
                     'User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.6.0'),
                   body, 'iso-8859-1', 'quoted-printable', data, 'BC00087.pdf', '------------7C1D3E5F9A2B4C6D8E0F1A2B')
    return eml, T('pdf', 'iso-8859-1',
                  'A Toamasina (Madagascar) lychee exporter\'s bon de commande typed in Word and saved as PDF (Thunderbird, ISO-8859-1 text): the '
                  'letterhead in capitals with NIF and STAT numbers (keyed as the signature spells it), "N° BC00087" and the '
                  'date right-aligned, Désignation without a spec column (title as written), space thousands, decimal '
                  'commas and 3-decimal prices, Total HT / Remise 2 % / Net HT / TVA 0 % / Net à payer (keyed, after the '
                  'discount), 30 % at order (not the total), a delivery deadline that is not the date. Adds up with the '
                  'discount.',
                  [order('BC00087', "Litchis de l'Est SARL",
                         ('M. Hery Rakotomalala', '+261 34 05 123 45', "Station de conditionnement, Route d'Ivoloina PK 6, Toamasina"),
                         '2028-01-25', 'EUR', total, lines)])


@mail
def h670_pdf_dingtalk_approval_yixing_teapot_blocks_not_table():
    rows = [('紫砂壶礼盒', '锦盒 单壶 带杯位', 2000, '18.50'), ('紫砂杯礼盒', '四杯装 抽屉式', 3000, '9.80'),
            ('珍珠棉内衬', '壶形 定制', 5000, '0.65'), ('快递外箱', '五层 40×30×25', 1000, '3.60')]
    lines = sp(rows)
    total = m2(subtotal(lines))
    check(lines, total)

    def build(c, fn, ps):
        w, h = ps
        y = h - 60
        c.setFont(fn, 16)
        c.drawString(50, y, '采购申请')
        c.setFont(fn, 9)
        c.drawRightString(w - 50, y, '审批编号 202801261030000187652')
        y -= 24
        c.setFillColorRGB(0.1, 0.6, 0.3)
        c.drawString(50, y, '审批通过')
        c.setFillColorRGB(0, 0, 0)
        y -= 22
        kv = [('申请人', '吴丹'), ('所在部门', '采购部'), ('申请时间', '2028-01-26 10:30'), ('采购单号', 'YX-ZS-2801-26'),
              ('供应商', '杭州恒达包装材料有限公司'), ('期望交付日期', '2028-02-20')]
        for k, v in kv:
            c.setFillColorRGB(0.45, 0.45, 0.45)
            c.drawString(50, y, k)
            c.setFillColorRGB(0, 0, 0)
            c.drawString(150, y, v)
            y -= 18
        for i, (n, g, q, p) in enumerate(rows):
            y -= 6
            c.setFont(fn, 10)
            c.drawString(50, y, '采购明细(%d)' % (i + 1))
            c.setFont(fn, 9)
            y -= 18
            for k, v in [('物品名称', n), ('规格', g), ('数量', str(q)), ('单价（元）', p), ('金额（元）', m2(lt(p, q)))]:
                c.setFillColorRGB(0.45, 0.45, 0.45)
                c.drawString(62, y, k)
                c.setFillColorRGB(0, 0, 0)
                c.drawString(150, y, v)
                y -= 16
        y -= 6
        for k, v in [('总价（元）', total), ('收货地址', '江苏省无锡市宜兴市 丁蜀镇 陶都路 66 号 紫韵陶艺 仓库'),
                     ('收货人', '蒋国华 138 6152 9073')]:
            c.setFillColorRGB(0.45, 0.45, 0.45)
            c.drawString(50, y, k)
            c.setFillColorRGB(0, 0, 0)
            c.drawString(150, y, v)
            y -= 18
        y -= 10
        c.setFont(fn, 10)
        c.drawString(50, y, '审批流程')
        c.setFont(fn, 8)
        for t in ['吴丹  发起申请  2028-01-26 10:30', '蒋国华（总经理）  已同意  2028-01-26 11:02', '许静（财务）  已同意  2028-01-26 11:40']:
            y -= 15
            c.drawString(62, y, t)
        c.drawString(50, 40, '宜兴市紫韵陶艺有限公司 · 钉钉  打印时间 2028-01-26 11:45')
    data = corpus_docs.pdf_bytes(build, '采购申请-吴丹', 'DingTalk', 'hei')
    body = '方经理：\n\n采购申请审批过了，钉钉导出的PDF附上，按上面的数量和价格发货。\n\n吴丹\n宜兴市紫韵陶艺有限公司 采购部\n'
    eml = pdf_mail(H('吴丹', 'wudan@ziyun-taoyi.com', 'utf-8', '采购申请 YX-ZS-2801-26', dh(2028, 1, 26, 11, 52, 6),
                     '5e1a2b3c-4d5e-46f7-8a9b-0c1d2e3f4a5b@dingtalk.com', 'X-Mailer: DingTalk Mail'),
                   body, 'utf-8', 'base64', data, '采购申请-吴丹-20280126.pdf', '----=_Part_dingtalk_5e1a2b3c',
                   name_style='rfc2231')
    return eml, T('pdf', 'utf-8',
                  'A Yixing (Wuxi, Jiangsu) zisha-teapot studio sends the PDF print of a DingTalk approval (钉钉 采购申请): '
                  'an 审批编号 beside the title (not the order number), label and value in two columns, the 采购单号 as one '
                  'field, items as blocks 采购明细(1)…(4) of five label lines each (物品名称 and 规格 apart, keyed joined), '
                  '总价（元）, the approval trail with times; the 期望交付日期 and 申请时间 (the order date keyed from '
                  '申请时间). Adds up.',
                  [order('YX-ZS-2801-26', '宜兴市紫韵陶艺有限公司',
                         ('蒋国华', '138 6152 9073', '江苏省无锡市宜兴市 丁蜀镇 陶都路 66 号 紫韵陶艺 仓库'),
                         '2028-01-26', 'CNY', total, lines)])


# ============================================================ xlsx attachments
@mail
def h671_xlsx_fuping_persimmon_hand_form_signature_notes_tab():
    rows = [('柿饼礼盒', '1kg 8枚 天地盖', '盒', 6000, '7.20'), ('柿饼托盘', '8穴 吸塑 金色', '个', 6000, '0.36'),
            ('单枚独立袋', 'OPP 自封', '个', 50000, '0.03'), ('外箱', '10盒装 五层', '个', 600, '5.50')]
    lines = [L(None, '%s %s' % (n, g), q, p) for n, g, u, q, p in rows]
    total = m2(subtotal(lines))
    check(lines, total)
    sh = Sheet('采购单')
    sh.widths = {1: 6, 2: 14, 3: 18, 4: 6, 5: 10, 6: 8, 7: 12}
    sh.set(1, 1, '富平县柿乡红柿饼专业合作社 采购单', bold=True, size=16, center=True)
    sh.merge(1, 1, 1, 7)
    sh.row(3, 1, ['采购单位：', '', '富平县柿乡红柿饼专业合作社'])
    sh.merge(3, 1, 3, 2)
    sh.row(4, 1, ['单号：', '', 'FP-SB-0127', '', '日期：'])
    sh.merge(4, 1, 4, 2)
    sh.set(4, 6, datetime.date(2028, 1, 27), fmt='yyyy"年"m"月"d"日"')
    sh.row(6, 1, ['序号', '品名', '规格', '单位', '数量', '单价', '金额(元)'], bold=True, border=True, center=True)
    for i, (n, g, u, q, p) in enumerate(rows):
        r = 7 + i
        sh.row(r, 1, [i + 1, n, g, u, q, D(p)], border=True)
        sh.set(r, 7, ('=E%d*F%d' % (r, r), lt(p, q)), border=True, fmt='#,##0.00')
    r = 7 + len(rows)
    sh.row(r, 1, ['合计', '', '', '', '', ''], bold=True, border=True)
    sh.merge(r, 1, r, 6)
    sh.set(r, 7, ('=SUM(G7:G%d)' % (r - 1), D(total)), bold=True, border=True, fmt='#,##0.00')
    sh.row(r + 2, 1, ['收货地址：陕西省渭南市富平县 庄里镇 柿乡红 加工厂  联系人：王建民 138 9135 2207'])
    sh.row(r + 4, 1, ['制表：', '', '王芳', '审核：', '', '李建设'])
    sh.row(r + 5, 1, ['供应商确认（签字盖章）：'])
    notes = Sheet('备注')
    for i, t in enumerate(['1. 柿饼礼盒每箱装 10 盒，外箱印"柿乡红"字样，不要印价格。',
                           '2. 规格同上批（FP-SB-1203），礼盒颜色按新设计稿，稿子另发微信。',
                           '3. 付款：货到验收合格后 30 天内付清。',
                           '4. 腊月二十前必须到货，晚了赶不上年货。']):
        notes.set(1 + i, 1, t)
    data = corpus_docs.xlsx_bytes([sh, notes], creator='王芳', app_title='Microsoft Excel')
    body = '方经理：\n\n年货的采购单在附件里，第二页是备注，请看一下。\n\n王芳\n富平县柿乡红柿饼专业合作社\n0913-8211066\n'
    eml = with_attachments(H('王芳', 'wangfang_sxh@163.com', 'gbk', '柿饼包装采购单 FP-SB-0127', dh(2028, 1, 27, 16, 33, 2),
                             '5f2b8a1c.3e4d.18fe9c1a2b7.Coremail.wangfang_sxh@163.com',
                             'X-Mailer: Coremail Webmail Server Version XT5.0.14'),
                           body, 'gbk', 'base64', [attachment(XLSX, data, '柿饼包装采购单FP-SB-0127.xlsx', name_style='gbk')],
                           '----=_Part_318842_1055617740.1801384382117')
    return eml, T('xlsx', 'gbk',
                  'A Fuping (Weinan, Shaanxi) dried-persimmon co-operative\'s hand-made .xlsx: a merged title, label cells '
                  'with merged labels above the table (单号, a real date cell shown 2028年1月27日), 品名 and 规格 apart '
                  '(keyed joined), units 盒/个, formulas with cached values, a merged 合计 row, signature rows (制表, 审核, '
                  '供应商确认) and a second tab 备注 whose notes name an earlier order number and packing (no lines). Adds up.',
                  [order('FP-SB-0127', '富平县柿乡红柿饼专业合作社',
                         ('王建民', '138 9135 2207', '陕西省渭南市富平县 庄里镇 柿乡红 加工厂'),
                         '2028-01-27', 'CNY', total, lines)])


@mail
def h672_xlsx_digiwin_t100_panjin_crab_export_total_in_mail():
    rows = [('1', 'P03-0018', '河蟹礼盒', '8只装 泡沫内托 手提', 'PCS', 4000, '26.00'),
            ('2', 'P03-0102', '蟹扣', '塑料 编号', 'PCS', 40000, '0.025'),
            ('3', 'P05-0007', '冰袋', '400ml', 'PCS', 16000, '0.42'),
            ('4', 'P09-0031', '外箱', '2盒装 七层', 'PCS', 2000, '6.80')]
    lines = [L(s, '%s %s' % (n, g), q, p) for r, s, n, g, u, q, p in rows]
    total = m2(subtotal(lines))
    check(lines, total)
    sh = Sheet('Sheet1')
    sh.row(1, 1, ['采购单号', '采购日期', '供应商编号', '供应商名称', '项次', '料件编号', '品名', '规格', '采购单位', '采购数量',
                  '税前单价', '含税单价', '税前金额', '含税金额', '税别', '预计交货日'], bold=True)
    for i, (r, s, n, g, u, q, p) in enumerate(rows):
        net = (D(p) / D('1.13')).quantize(D('0.000001'))
        sh.row(2 + i, 1, ['PJ1-P21-2801000045', '2028/01/28', 'V00317', '杭州恒达包装材料有限公司', int(r), s, n, g, u, q,
                          net, D(p), (net * q).quantize(D('0.01')), lt(p, q), 'VAT13', '2028/02/08'])
    data = corpus_docs.xlsx_bytes([sh], creator='T100', app_title=None)
    body = f"""方经理您好：

附件是鼎捷 T100 导出的采购单 PJ1-P21-2801000045，共 4 项，含税总额 {amt(total)} 元（13%专票）。
请 2 月 8 日前送到：辽宁省盘锦市大洼区 榆树街道 光合蟹业 冷库 1 号门
收货：孙立波 0427-6789012 / 159 4275 0306

谢谢！
盘锦光合蟹业有限公司 采购课 周蕾
"""
    eml = with_attachments(H('周蕾', 'zhoulei@guanghe-crab.com', 'utf-8', '采购单 PJ1-P21-2801000045', dh(2028, 1, 28, 10, 8, 47),
                             '000c01dd71c3$8a9b2d40$9fd187c0$@guanghe-crab.com', 'X-Mailer: Microsoft Outlook 16.0'),
                           body, 'utf-8', 'base64', [attachment(XLSX, data, 'apmt500_PJ1-P21-2801000045.xlsx')],
                           '----=_NextPart_000_000D_01DD71C3.8A9B2D40')
    return eml, T('xlsx', 'utf-8',
                  'A Panjin (Liaoning) crab farm\'s 鼎捷 T100 query export (.xlsx): one row a line with the order fields '
                  'repeated on each row (采购单号 of 18 characters, 采购日期 2028/01/28 as text), 品名 and 规格 apart (keyed '
                  'joined), both 税前单价 with 6 decimals and 含税单价 (the 含税 price and 含税金额 keyed; a 3-decimal '
                  'price), a 预计交货日 column; no total row: the 含税总额 and the receiver (two phones, keyed the first) '
                  'only in the mail. Adds up.',
                  [order('PJ1-P21-2801000045', '盘锦光合蟹业有限公司',
                         ('孙立波', '0427-6789012', '辽宁省盘锦市大洼区 榆树街道 光合蟹业 冷库 1 号门'),
                         '2028-01-28', 'CNY', total, lines)])


@mail
def h673_xlsx_excel365_al_elbasan_mountain_tea_labels_signatures():
    rows = [('Kuti çaji', '50 g, karton, dritare', 10000, '0.38'), ('Qese letre kraft', '100 g, me zinxhir', 15000, '0.14'),
            ('Kavanoz qelqi', '200 ml, kapak druri', 3000, '0.95'), ('Kuti transporti', '40 kuti, 5 shtresa', 250, '2.20')]
    lines = sp(rows)
    total = m2(subtotal(lines))
    check(lines, total)
    sh = Sheet('Porosia')
    sh.widths = {1: 5, 2: 22, 3: 24, 4: 10, 5: 11, 6: 13}
    sh.set(1, 1, 'POROSI BLERJEJE', bold=True, size=16, center=True)
    sh.merge(1, 1, 1, 6)
    sh.row(3, 1, ['Nr. i porosisë:', '', 'AL-2028-015'])
    sh.row(4, 1, ['Data:', '', '28.01.2028'])
    sh.row(5, 1, ['Blerësi:', '', 'Çaji i Malit Shpat sh.p.k., Rruga Rinia 8, Elbasan'])
    sh.row(6, 1, ['Furnitori:', '', 'Hangzhou Hengda Packaging Materials Co., Ltd.'])
    sh.row(7, 1, ['Adresa e dorëzimit:', '', 'Magazina, Rruga Qemal Stafa 112, Elbasan 3001, Shqipëri'])
    sh.row(8, 1, ['Kontakti:', '', 'Ardit Hoxha, +355 69 234 5678'])
    r0 = 10
    sh.row(r0, 1, ['Nr.', 'Artikulli', 'Përshkrimi', 'Sasia', 'Çmimi (€)', 'Vlera (€)'], bold=True, border=True)
    for i, (n, g, q, p) in enumerate(rows):
        r = r0 + 1 + i
        sh.row(r, 1, [i + 1, n, g, q], border=True)
        sh.set(r, 5, D(p), border=True, fmt='#,##0.00 "€"')
        sh.set(r, 6, ('=D%d*E%d' % (r, r), lt(p, q)), border=True, fmt='#,##0.00 "€"')
    r = r0 + 1 + len(rows)
    sh.row(r, 5, ['Totali'], bold=True, border=True)
    sh.set(r, 6, ('=SUM(F%d:F%d)' % (r0 + 1, r - 1), D(total)), bold=True, border=True, fmt='#,##0.00 "€"')
    sh.row(r + 3, 2, ['Përgatiti:', '', 'Miratoi:'])
    sh.row(r + 4, 2, ['Elona Kola', '', 'Gentian Shpati'])
    sh.row(r + 5, 2, ['________________', '', '________________'])
    data = corpus_docs.xlsx_bytes([sh], creator='Elona Kola', app_title='Microsoft Excel')
    body = ('Përshëndetje Jing,\n\nBashkëngjitur porosia jonë AL-2028-015 (Excel).\n\nFaleminderit,\nElona Kola\n'
            'Çaji i Malit Shpat sh.p.k.\n+355 54 400 123\n')
    eml = with_attachments(H('Elona Kola', 'elona.kola@cajishpat.al', 'utf-8', 'Porosi AL-2028-015', dh(2028, 1, 28, 15, 2, 9, 60),
                             'VI1P190MB0733E1F2A3B4C5D6@VI1P190MB0733.EURP190.PROD.OUTLOOK.COM', None),
                           body, 'utf-8', 'quoted-printable', [attachment(XLSX, data, 'Porosi AL-2028-015.xlsx')],
                           '_002_VI1P190MB0733E1F2A3B4C5D6_')
    return eml, T('xlsx', 'utf-8',
                  'An Elbasan (Albania) mountain-tea company\'s order typed in Excel 365: a merged title in Albanian, label '
                  'cells above the table (Nr. i porosisë, Data as text 28.01.2028, Blerësi with its address, Adresa e '
                  'dorëzimit, Kontakti), Artikulli and Përshkrimi apart (keyed joined), € number formats, formulas, a '
                  'Totali row under the price column, signature rows (Përgatiti / Miratoi). Adds up.',
                  [order('AL-2028-015', 'Çaji i Malit Shpat sh.p.k.',
                         ('Ardit Hoxha', '+355 69 234 5678', 'Magazina, Rruga Qemal Stafa 112, Elbasan 3001, Shqipëri'),
                         '2028-01-28', 'EUR', total, lines)])


@mail
def h674_xlsx_zoho_sheet_py_stevia_por_millar_date_cell():
    rows = [('Sobre de stevia', '1 g, papel + PE, impreso', 200000, '4.50', 1000),
            ('Caja exhibidora', '50 sobres', 4000, '0.22', 1),
            ('Doypack', '200 g, kraft, zip', 8000, '0.16', 1),
            ('Caja master', '20 exhibidoras', 200, '1.30', 1)]
    lines = pk(rows)
    total = m2(subtotal(lines))
    check(lines, total)
    sh = Sheet('OC-PY-0093')
    sh.set(1, 1, 'ORDEN DE COMPRA', bold=True, size=14)
    sh.row(2, 1, ['Stevia Guaraní S.A.  ·  Ruta PY02 km 28, Capiatá, Paraguay  ·  RUC 80012345-6'])
    sh.row(4, 1, ['N°', 'OC-PY-0093'])
    sh.row(5, 1, ['Fecha'])
    sh.set(5, 2, datetime.date(2028, 1, 29), fmt='dd/mm/yyyy')
    sh.row(6, 1, ['Moneda', 'USD'])
    sh.row(8, 1, ['Ítem', 'Descripción', 'Detalle', 'Cantidad', 'Precio', 'Unidad de precio', 'Subtotal'], bold=True, border=True)
    for i, (n, g, q, p, k) in enumerate(rows):
        r = 9 + i
        sh.row(r, 1, [i + 1, n, g, q, D(p), 'por millar' if k > 1 else 'por unidad'], border=True)
        sh.set(r, 7, (('=D%d*E%d/1000' if k > 1 else '=D%d*E%d') % (r, r), lt(p, q, k)), border=True, fmt='#,##0.00')
    r = 9 + len(rows)
    sh.row(r, 6, ['TOTAL'], bold=True, border=True)
    sh.set(r, 7, ('=SUM(G9:G%d)' % (r - 1), D(total)), bold=True, border=True, fmt='#,##0.00')
    sh.row(r + 2, 1, ['Entregar en', "Depósito Ka'a He'ẽ, Ruta PY02 km 28, Capiatá, Paraguay"])
    sh.row(r + 3, 1, ['Recibe', 'Derlis Benítez', '+595 981 456 789'])
    data = corpus_docs.xlsx_bytes([sh], creator='Zoho Sheet', app_title=None)
    body = ('Hola Jing,\n\nTe paso la orden OC-PY-0093 (Zoho Sheet, exportada a Excel).\n\nSaludos,\nNatalia Giménez\n'
            'Stevia Guaraní S.A.\n+595 21 588 900\n')
    eml = with_attachments(H('Natalia Giménez', 'natalia@steviaguarani.com.py', 'utf-8', 'OC-PY-0093', dh(2028, 1, 29, 9, 12, 33, -180),
                             '1801527153091.7f3a2b1c.natalia@steviaguarani.com.py', 'X-Mailer: Zoho Mail'),
                           body, 'utf-8', 'quoted-printable', [attachment(XLSX, data, 'OC-PY-0093.xlsx')],
                           '----=_Part_2284417_8834211.1801527153091')
    return eml, T('xlsx', 'utf-8',
                  'A Capiatá (Paraguay) stevia company\'s order from Zoho Sheet (.xlsx): a title and a one-line letterhead, '
                  'N° / Fecha (a date cell dd/mm/yyyy) / Moneda as label cells, Descripción and Detalle apart (keyed joined), '
                  'a "Unidad de precio" column: sachets at 4.50 "por millar" (keyed per piece, 0.0045) with a /1000 formula, '
                  'TOTAL. Adds up.',
                  [order('OC-PY-0093', 'Stevia Guaraní S.A.',
                         ('Derlis Benítez', '+595 981 456 789', "Depósito Ka'a He'ẽ, Ruta PY02 km 28, Capiatá, Paraguay"),
                         '2028-01-29', 'USD', total, lines)])


@mail
def h675_xlsx_primavera_mz_maputo_piri_piri_line_discount():
    rows = [('GRF-150', 'Garrafa vidro 150 ml, molho piri-piri', 30000, 'UN', '0.24', 5),
            ('TAM-28', 'Tampa rosca 28 mm, vermelha', 30000, 'UN', '0.03', 0),
            ('RTL-150', 'Rótulo autoadesivo 150 ml', 30000, 'UN', '0.025', 0),
            ('CX-24', 'Caixa de cartão 24 garrafas', 1250, 'UN', '0.96', 5)]
    lines = [L(s, t, q, p, (D(p) * q * (100 - d) / 100).quantize(D('0.01'))) for s, t, q, u, p, d in rows]
    gross = sum(D(p) * q for s, t, q, u, p, d in rows)
    total = m2(subtotal(lines))
    check(lines, total)
    sh = Sheet('Encomenda')
    sh.row(1, 1, ['Sabores do Índico, Lda'], bold=True)
    sh.row(2, 1, ['Av. 24 de Julho 1520, Maputo, Moçambique  NUIT 400123456'])
    sh.row(4, 1, ['Encomenda a Fornecedor', 'ECF 2028/17'], bold=True)
    sh.row(5, 1, ['Data', '2028-01-30'])
    sh.row(6, 1, ['Fornecedor', 'F0042 Hangzhou Hengda Packaging Materials Co., Ltd.'])
    sh.row(7, 1, ['Moeda', 'USD'])
    sh.row(9, 1, ['Artigo', 'Descrição', 'Quantidade', 'Unid.', 'Preço Unit.', 'Desc. (%)', 'Total Líquido'], bold=True, border=True)
    for i, ((s, t, q, u, p, d), x) in enumerate(zip(rows, lines)):
        sh.row(10 + i, 1, [s, t, q, u, D(p), d, D(x['total'])], border=True)
    r = 10 + len(rows)
    sh.row(r + 1, 6, ['Mercadoria', gross])
    sh.row(r + 2, 6, ['Descontos', gross - D(total)])
    sh.row(r + 3, 6, ['IVA (isento)', 0])
    sh.row(r + 4, 6, ['Total (USD)', D(total)], bold=True)
    sh.row(r + 6, 1, ['Local de entrega', 'Armazém, Av. das Indústrias 1120, Machava, Matola, Moçambique'])
    sh.row(r + 7, 1, ['Contacto', 'Celso Macuácua', '+258 84 312 4567'])
    data = corpus_docs.xlsx_bytes([sh], creator='PRIMAVERA', app_title=None)
    body = ('Boa tarde Sra. Fang,\n\nSegue em anexo a nossa encomenda ECF 2028/17 (exportada do PRIMAVERA).\n\n'
            'Com os melhores cumprimentos,\nTeresa Cossa\nSabores do Índico, Lda\n+258 21 400 512\n')
    eml = with_attachments(H('Teresa Cossa', 'teresa.cossa@saboresdoindico.co.mz', 'utf-8', 'Encomenda ECF 2028/17',
                             dh(2028, 1, 30, 14, 25, 0, 120), 'AM0P195MB1290F3E4D5C6B7A8@AM0P195MB1290.EURP195.PROD.OUTLOOK.COM', None),
                           body, 'utf-8', 'quoted-printable', [attachment(XLSX, data, 'ECF_2028_17.xlsx')],
                           '_003_AM0P195MB1290F3E4D5C6B7A8_')
    return eml, T('xlsx', 'utf-8',
                  'A Maputo (Mozambique) piri-piri sauce maker\'s PRIMAVERA "Encomenda a Fornecedor" export (.xlsx): the '
                  'number beside the title, Data as text, Moeda USD, Artigo codes and Descrição (no spec column, title as '
                  'written), a Desc. (%) column with 5 % on two lines (Total Líquido keyed as written, below qty × price), '
                  '3-decimal price, Mercadoria / Descontos / IVA (isento) / Total under the table. Adds up.',
                  [order('ECF 2028/17', 'Sabores do Índico, Lda',
                         ('Celso Macuácua', '+258 84 312 4567', 'Armazém, Av. das Indústrias 1120, Machava, Matola, Moçambique'),
                         '2028-01-30', 'USD', total, lines)])


# ============================================================ xls attachments
@mail
def h676_xls_wenzhong_erp_yilan_ox_tongue_cake_roc_untaxed():
    rows = [('B01-001', '牛舌餅包裝袋', '單片 OPP 印刷', 100000, '個', '0.45'), ('B02-012', '禮盒', '12片入 鐵盒', 5000, '個', '32'),
            ('B03-005', '提袋', '白卡 燙金', 5000, '個', '6'), ('B09-012', '外箱', '12盒入', 420, '個', '30')]
    lines = [L(s, '%s %s' % (n, g), q, p) for s, n, g, q, u, p in rows]
    net = subtotal(lines)
    tax = (net * D('0.05')).quantize(D('1'))
    total = m2(net + tax)
    check(lines, total, tax)
    sh = Sheet('採購單')
    sh.set(1, 1, '宜蘭老街牛舌餅股份有限公司', size=14)
    sh.merge(1, 1, 1, 8)
    sh.set(2, 1, '採購單', size=16)
    sh.merge(2, 1, 2, 8)
    sh.row(3, 1, ['採購單號', 'PU11701310008', '', '採購日期', '117/01/31', '', '頁次', '1/1'])
    sh.row(4, 1, ['廠商名稱', '杭州恆達包裝材料有限公司', '', '幣別', 'NTD', '', '稅別', '外加'])
    sh.row(5, 1, ['交貨地點', '宜蘭縣宜蘭市 中山路三段 100 號 老街牛舌餅 工廠', '', '', '聯絡人', '游志明', '電話', '03-9324567'])
    sh.row(7, 1, ['序', '品號', '品名', '規格', '數量', '單位', '單價', '金額'], bold=True, border=True)
    for i, (s, n, g, q, u, p) in enumerate(rows):
        sh.row(8 + i, 1, [i + 1, s, n, g, q, u, D(p), lt(p, q)], border=True, fmt=None)
    r = 8 + len(rows)
    sh.row(r + 1, 6, ['未稅合計', '', net])
    sh.row(r + 2, 6, ['稅額', '', tax])
    sh.row(r + 3, 6, ['總計', '', D(total)], bold=True)
    sh.row(r + 5, 1, ['核准：', '游志明', '', '採購：', '吳佩珊', '', '文中資訊 ERP'])
    data = corpus_docs.xls_bytes([sh])
    body = '方小姐您好：\n\n附上採購單 PU11701310008（文中系統匯出），請協助安排，謝謝。\n\n吳佩珊\n宜蘭老街牛舌餅股份有限公司\n03-9324567 #12\n'
    eml = with_attachments(H('吳佩珊', 'peishan@yilan-niushebing.com.tw', 'big5', '採購單 PU11701310008', dh(2028, 1, 31, 10, 41, 6),
                             '20280131104106.4A7C@yilan-niushebing.com.tw', 'X-Mailer: Microsoft Outlook 16.0'),
                           body, 'big5', 'base64', [attachment(XLS, data, '採購單PU11701310008.xls', name_style='big5')],
                           '----=_NextPart_000_0021_01DD73A1.2B3C4D50')
    return eml, T('xls', 'big5',
                  'A Yilan ox-tongue-cake bakery\'s 文中 ERP 採購單 as .xls (mail in Big5): two title rows, label cells three '
                  'to a row (採購單號, a ROC date 117/01/31 as text, 頁次; 幣別 NTD, 稅別 外加; 交貨地點, 聯絡人, 電話), 品名 '
                  'and 規格 apart (keyed joined), untaxed prices, 未稅合計 / 稅額 / 總計 under the table (the total keyed, '
                  'with 5 % tax), 核准 / 採購 signatures. Adds up with the tax.',
                  [order('PU11701310008', '宜蘭老街牛舌餅股份有限公司',
                         ('游志明', '03-9324567', '宜蘭縣宜蘭市 中山路三段 100 號 老街牛舌餅 工廠'),
                         '2028-01-31', 'TWD', total, lines)])


@mail
def h677_xls_yonyou_t6_meizhou_pomelo_zero_padded_tax_columns():
    rows = [('020101', '柚子网袋', '单果 红色', '个', 100000, '0.06'), ('020205', '柚子礼盒', '2果装 手提', '个', 10000, '6.80'),
            ('020311', '保鲜膜', 'PE 30cm', '卷', 200, '45.00'), ('020902', '外箱', '4盒 五层', '个', 2500, '4.20')]
    lines = [L(s, '%s %s' % (n, g), q, p) for s, n, g, u, q, p in rows]
    total = m2(subtotal(lines))
    check(lines, total)
    sh = Sheet('采购订单')
    sh.set(1, 1, '采购订单', size=16)
    sh.merge(1, 1, 1, 11)
    sh.row(3, 1, ['订单编号', '0000000218', '', '日期'])
    sh.set(3, 5, datetime.date(2028, 2, 1))
    sh.row(3, 7, ['供应商', '杭州恒达包装材料有限公司'])
    sh.row(4, 1, ['部门', '采购部', '', '业务员', '李志坚', '', '币种', '人民币', '', '汇率', 1])
    sh.row(5, 1, ['税率', 13, '', '备注', '年后第一批 柚子包装'])
    sh.row(7, 1, ['存货编码', '存货名称', '规格型号', '主计量', '数量', '原币单价', '原币含税单价', '原币金额', '原币税额', '原币价税合计',
                  '计划到货日期'], bold=True, border=True)
    sums = [D(0), D(0), D(0)]
    for i, (s, n, g, u, q, p) in enumerate(rows):
        gross = lt(p, q)
        net_amt = (gross / D('1.13')).quantize(D('0.01'))
        sums = [sums[0] + net_amt, sums[1] + gross - net_amt, sums[2] + gross]
        sh.row(8 + i, 1, [s, n, g, u, q, (D(p) / D('1.13')).quantize(D('0.000001')), D(p), net_amt, gross - net_amt, gross,
                          '2028-02-20'], border=True)
    r = 8 + len(rows)
    sh.row(r, 1, ['合计', '', '', '', sum(x[4] for x in rows), '', '', sums[0], sums[1], sums[2], ''], border=True)
    sh.row(r + 2, 1, ['制单人', '李志坚', '', '审核人', '黄丽萍'])
    data = corpus_docs.xls_bytes([sh])
    body = ('方经理：\n\n附件是用友T6的采购订单，请按计划到货日期送货。\n收货：广东省梅州市梅县区 松口镇 金柚产业园 梅州金柚 包装厂，'
            '收货人 黄国梁 137 2346 8812\n\n李志坚\n梅州金柚农业发展有限公司\n')
    eml = with_attachments(H('李志坚', 'lizhijian@mz-jinyou.com', 'gb2312', '采购订单0000000218', dh(2028, 2, 1, 9, 6, 44),
                             '202802010906448811203@mz-jinyou.com', 'X-Mailer: Foxmail 7.2.25.375[cn]'),
                           body, 'gb2312', 'base64', [attachment(XLS, data, '采购订单0000000218.xls', name_style='gb2312')],
                           '----=_NextPart_65BAEF0C_2D4F6A8B_1C3E5A7D')
    return eml, T('xls', 'gb2312',
                  'A Meizhou (Guangdong) pomelo company\'s 用友 T6 采购订单 as .xls: a zero-padded 订单编号 0000000218, a date '
                  'cell, label cells (部门, 业务员, 币种 人民币, 汇率, 税率 13), 存货名称 and 规格型号 apart (keyed joined), '
                  '原币单价 with 6 decimals beside 原币含税单价, 金额, 税额 and 价税合计 (the 含税 price and 价税合计 keyed), '
                  '计划到货日期 (not the order date), 合计 with the quantity sum; the receiver only in the mail. Adds up.',
                  [order('0000000218', '梅州金柚农业发展有限公司',
                         ('黄国梁', '137 2346 8812', '广东省梅州市梅县区 松口镇 金柚产业园 梅州金柚 包装厂'),
                         '2028-02-01', 'CNY', total, lines)])


@mail
def h678_xls_money_s3_sk_liptov_bryndza_latin2_dph():
    rows = [('Kelímok 125 g', 'PP, potlač 4 farby', 40000, 'ks', '0.065'), ('Viečko', 'fólia na zváranie', 40000, 'ks', '0.018'),
            ('Kartón', '24 kelímkov', 1700, 'ks', '0.55'), ('Drevená debnička', 'darčeková, na 3 syry', 1000, 'ks', '2.10')]
    lines = [L(None, '%s %s' % (n, g), q, p) for n, g, q, u, p in rows]
    total = m2(subtotal(lines))
    check(lines, total)
    sh = Sheet('Objednávka')
    sh.row(1, 1, ['Objednávka vydaná'], bold=True)
    sh.row(2, 1, ['Číslo:', 'OV-2028-0028', '', 'Dátum:', '01.02.2028'])
    sh.row(4, 1, ['Odberateľ:', 'Liptovská bryndziareň s.r.o., Štúrova 14, 031 01 Liptovský Mikuláš, IČO 36412345'])
    sh.row(5, 1, ['Dodávateľ:', 'Hangzhou Hengda Packaging Materials Co., Ltd., Hangzhou, Čína'])
    sh.row(6, 1, ['Miesto dodania:', 'Liptovská bryndziareň, výrobňa, Priemyselná 3, 031 04 Liptovský Mikuláš'])
    sh.row(7, 1, ['Kontakt:', 'Juraj Baláž, +421 905 321 654'])
    sh.row(9, 1, ['Názov', 'Popis', 'Množstvo', 'MJ', 'Cena/MJ', 'Spolu (EUR)'], bold=True, border=True)
    for i, (n, g, q, u, p) in enumerate(rows):
        sh.row(10 + i, 1, [n, g, q, u, D(p), lt(p, q)], border=True)
    r = 10 + len(rows)
    sh.row(r + 1, 5, ['Spolu bez DPH', D(total)])
    sh.row(r + 2, 5, ['DPH 0 %', 0])
    sh.row(r + 3, 5, ['Celkom k úhrade', D(total)], bold=True)
    sh.row(r + 5, 1, ['Vystavil: Zuzana Kováčová', '', '', 'Money S3'])
    data = corpus_docs.xls_bytes([sh])
    body = ('Dobrý deň pani Fang,\n\nv prílohe posielame objednávku OV-2028-0028.\n\nS pozdravom\nZuzana Kováčová\n'
            'Liptovská bryndziareň s.r.o.\n+421 44 552 1100\n')
    eml = with_attachments(H('Zuzana Kováčová', 'kovacova@bryndziaren.sk', 'iso-8859-2', 'Objednávka OV-2028-0028',
                             dh(2028, 2, 1, 13, 50, 17, 60), '20280201135017.7E3B@bryndziaren.sk',
                             'User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.6.1'),
                           body, 'iso-8859-2', 'quoted-printable', [attachment(XLS, data, 'OV-2028-0028.xls')],
                           '------------3A5C7E9B1D2F4A6C8E0B2D4F')
    return eml, T('xls', 'iso-8859-2',
                  'A Liptovský Mikuláš (Slovakia) bryndza dairy\'s "Objednávka vydaná" from Money S3 as .xls (Thunderbird, '
                  'ISO-8859-2 text): Číslo and Dátum (01.02.2028, text) on one row, Odberateľ with its address and IČO, '
                  'Miesto dodania apart, Názov and Popis apart (keyed joined), 3-decimal prices, Spolu bez DPH / DPH 0 % / '
                  'Celkom k úhrade under the table. Adds up.',
                  [order('OV-2028-0028', 'Liptovská bryndziareň s.r.o.',
                         ('Juraj Baláž', '+421 905 321 654', 'Liptovská bryndziareň, výrobňa, Priemyselná 3, 031 04 Liptovský Mikuláš'),
                         '2028-02-01', 'EUR', total, lines)])


# ============================================================ CSV attachments
@mail
def h679_csv_lingxing_dehua_ceramics_gbk_quoted_freight_allocated():
    rows = [('DH-MUG-350', '陶瓷杯彩盒', '350ml 单只 白卡', 20000, '0.68'),
            ('DH-SET-44', '碗碟礼盒', '4碗4碟 珍珠棉内衬', 3000, '9.50'),
            ('DH-BOX-50', '快递外箱', '五层 50×40×35', 1500, '4.40'),
            ('DH-BUB-25', '气泡袋', '20×25cm', 40000, '0.06')]
    lines = ssp(rows)
    goods = subtotal(lines)
    freight = D('1500.00')
    alloc = [(lt(p, q) * freight / goods).quantize(D('0.01')) for s, n, g, q, p in rows]
    alloc[-1] = freight - sum(alloc[:-1])
    total = m2(goods + freight)
    check(lines, total, freight)
    tab = [['采购单号', '供应商', '采购员', '创建时间', 'SKU', '品名', '规格', '采购量', '含税单价', '货值', '运费分摊', '预计到货']]
    tab += [['PO280202-0017', '杭州恒达包装', '郑丽', '2028-02-02 15:20', s, n, g, q, p, m2(lt(p, q)), m2(a), '2028-02-25']
            for (s, n, g, q, p), a in zip(rows, alloc)]
    data = corpus_docs.csv_text(tab, quote_all=True).encode('gbk')
    body = f"""方经理：

领星里导出的采购单 PO280202-0017，附件CSV。
货值 {amt(goods)} + 运费 {amt(freight)}（已按货值分摊到每行）= 采购总额 {amt(total)} 元。

收货：福建省泉州市德化县 浔中镇 瓷都大道 288 号 3 号仓
收货人：郑志华 139 5955 1288

德化县瓷韵跨境电商有限公司 郑丽
"""
    eml = with_attachments(H('郑丽', 'zhengli@ciyun-ceramic.com', 'gbk', '领星采购单 PO280202-0017', dh(2028, 2, 2, 15, 31, 8),
                             'tencent_6B2D8E1F3A5C7E9B0D2F4A6C@qq.com', 'X-QQ-Mailer: QQMail 2.x'),
                           body, 'gbk', 'base64', [attachment('text/csv', data, '采购单_PO280202-0017.csv', name_style='gbk')],
                           '----=_NextPart_65BC9A01_3E5F7A9B_2C4D6E8F')
    return eml, T('csv', 'gbk',
                  'A Dehua (Quanzhou, Fujian) ceramics cross-border seller\'s 领星ERP purchase-order export (GBK CSV, every '
                  'cell quoted): the order fields on every row, 品名 and 规格 apart (keyed joined), 货值 per line and a '
                  '运费分摊 column spreading the freight over the lines (not part of the line amounts), no total row; the '
                  'total (goods + freight) and the receiver only in the mail. Adds up with freight.',
                  [order('PO280202-0017', '德化县瓷韵跨境电商有限公司',
                         ('郑志华', '139 5955 1288', '福建省泉州市德化县 浔中镇 瓷都大道 288 号 3 号仓'),
                         '2028-02-02', 'CNY', total, lines)])


@mail
def h680_csv_airtable_bb_rum_cake_multiline_note_us_date():
    rows = [('Rum cake tin', '1 lb, gold, embossed lid', 6000, '0.88'), ('Rum cake box', '2 lb, window', 3000, '0.54'),
            ('Tissue paper', '50x75 cm, 480 sheets/ream', 40, '19.50'), ('Shipping carton', '24 tins', 250, '1.60')]
    lines = sp(rows)
    total = m2(subtotal(lines))
    check(lines, total)
    notes = ['Print per artwork v3\nGold foil on lid, NOT silver', '', 'White, acid-free', '']
    tab = [['PO Number', 'Order Date', 'Product', 'Size/Finish', 'Quantity', 'Unit Cost', 'Line Total', 'Notes']]
    tab += [['BRC-PO-031', '2/3/2028', n, g, q, '$%s' % p, '$%s' % usd(lt(p, q)), nt] for (n, g, q, p), nt in zip(rows, notes)]
    data = corpus_docs.csv_text(tab).encode('utf-8')
    body = f"""Hi Jing,

Attached is our PO BRC-PO-031 (downloaded from our Airtable base). Total is US${usd(total)}.

Ship to: Bajan Rum Cake Co., Harbour Industrial Estate, Spring Garden Hwy, St. Michael BB11000, Barbados
Contact: Kemar Gittens 246-230-4455

Thanks!
Shontelle Clarke
Bajan Rum Cake Co.

Sent from my iPhone
"""
    eml = with_attachments(H('Shontelle Clarke', 'shontelle@bajanrumcake.bb', 'utf-8', 'PO BRC-PO-031', dh(2028, 2, 3, 10, 14, 55, -240),
                             '7D2E4F60-8A1B-4C3D-9E5F-A6B7C8D9E0F1@bajanrumcake.bb', 'X-Mailer: iPhone Mail (21D61)'),
                           body, 'utf-8', 'quoted-printable', [attachment('text/csv', data, 'Purchase Orders-Grid view.csv')],
                           'Apple-Mail-7D2E4F60-8A1B-4C3D-9E5F-A6B7C8D9E0F1')
    return eml, T('csv', 'utf-8',
                  'A St. Michael (Barbados) rum-cake bakery\'s Airtable grid download (UTF-8 CSV from an iPhone): the PO '
                  'number and a US date 2/3/2028 (3 February, the day of the mail) on every row, Product and Size/Finish apart '
                  '(keyed joined), "$" in the money cells, tissue in reams, a Notes cell quoted over two lines; no total '
                  'row: the total (US$) and the ship-to only in the mail. Adds up.',
                  [order('BRC-PO-031', 'Bajan Rum Cake Co.',
                         ('Kemar Gittens', '246-230-4455', 'Bajan Rum Cake Co., Harbour Industrial Estate, Spring Garden Hwy, St. Michael BB11000, Barbados'),
                         '2028-02-03', 'USD', total, lines)])


@mail
def h681_csv_cin7_core_ug_kampala_dried_fruit_bom_additional_charge():
    rows = [('SUP-100', 'Stand-up pouch 100 g, kraft, window', 30000, '0.075'),
            ('SUP-250', 'Stand-up pouch 250 g, kraft, window', 20000, '0.11'),
            ('DSP-24', 'Display carton 24 pouches', 2000, '0.48'),
            ('EXP-10', 'Export carton 10 displays', 250, '1.20')]
    lines = [L(s, n, q, p) for s, n, q, p in rows]
    goods = subtotal(lines)
    freight = D('950.00')
    total = m2(goods + freight)
    check(lines, total, freight)
    tab = [['PurchaseOrderNumber', 'OrderDate', 'Supplier', 'Currency', 'ProductSKU', 'ProductName', 'Quantity', 'Price',
            'Discount', 'TaxRule', 'Total', 'RequiredBy']]
    tab += [['PO-00458', '2028-02-04', 'Hangzhou Hengda Packaging', 'USD', s, n, '%.4f' % q, '%.4f' % D(p), '0', 'Tax Exempt',
             m2(lt(p, q)), '2028-03-15'] for s, n, q, p in rows]
    tab += [['PO-00458', '2028-02-04', 'Hangzhou Hengda Packaging', 'USD', '', 'Additional charge: Sea freight CFR Mombasa',
             '1.0000', '950.0000', '0', 'Tax Exempt', '950.00', '']]
    data = b'\xef\xbb\xbf' + corpus_docs.csv_text(tab).encode('utf-8')
    body = ('Dear Jing,\n\nPlease find our purchase order PO-00458 (Cin7 export) attached, total USD %s including sea freight '
            'to Mombasa.\nDeliver to: Kampala Sun-Dried Fruits Ltd, Plot 45 Namanve Industrial Park, Mukono, Uganda\n'
            'Contact: Brian Ssempijja +256 772 410 388\n\nRegards,\nPatience Nakato\nKampala Sun-Dried Fruits Ltd\n' % usd(total))
    eml = with_attachments(H('Patience Nakato', 'patience@kampalasundried.co.ug', 'utf-8', 'Purchase Order PO-00458',
                             dh(2028, 2, 4, 11, 37, 2, 180), 'CAJ8pQ2rS4tU6vW8xY0zA2bC4dE6fG8hI0jK2lM4nO6p@mail.gmail.com', None),
                           body, 'utf-8', 'quoted-printable', [attachment('text/csv', data, 'PO-00458.csv')],
                           '000000000000a1b2c3d4e5f60718')
    return eml, T('csv', 'utf-8',
                  'A Mukono / Kampala (Uganda) dried-fruit company\'s Cin7 Core purchase-order CSV (UTF-8 with BOM, from '
                  'Gmail): order fields on every row, quantities and prices with 4 decimals (3-decimal price 0.075), a '
                  'Discount and TaxRule column, RequiredBy (not the date), and the sea freight as an "Additional charge" row '
                  '(in the total, not a line); no total row: the total only in the mail. Adds up with freight.',
                  [order('PO-00458', 'Kampala Sun-Dried Fruits Ltd',
                         ('Brian Ssempijja', '+256 772 410 388', 'Kampala Sun-Dried Fruits Ltd, Plot 45 Namanve Industrial Park, Mukono, Uganda'),
                         '2028-02-04', 'USD', total, lines)])


# ============================================================ not orders
@mail
def h682_non_liuyang_fireworks_rfq_target_prices():
    body = """恒达包装 方经理：

您好！我司是浏阳的烟花生产企业，今年下半年的出口包装想找新的供应商，先询个价，价格合适再下正式订单。

询价单号：XJ-2802-05
询价日期：2028-02-05

序号  品名              规格                    预计数量      目标价（元）
1     组合烟花外箱      七层 60×45×40 防潮      20,000 个     8.50 左右
2     礼花弹内盒        白卡 覆膜 4色           50,000 个     0.90 以内
3     警示标签          不干胶 防水 中英文      200,000 张    0.03
4     缠绕膜            50cm 2.5kg              300 卷        待报

请报含税价（13%专票）和交期，附上打样费用。报价有效期请写明。
数量只是预估，以正式订单为准。

浏阳市金鹰花炮有限公司  采购部 罗建军
0731-83612288 / 139 7311 5620
湖南省长沙市浏阳市 大瑶镇 花炮大道 66 号
"""
    eml = single(H('罗建军', 'luojianjun@jinying-fireworks.com', 'gbk', '询价：烟花出口包装 XJ-2802-05', dh(2028, 2, 5, 9, 30, 11),
                   '6c2e9b4a.1f3d.18ff0a2c9e1.Coremail.luojianjun@jinying-fireworks.com',
                   'X-Mailer: Coremail Webmail Server Version XT5.0.14'), body, 'gbk', 'base64')
    return eml, T('none', 'gbk',
                  'NOT an order: a Liuyang (Changsha, Hunan) fireworks maker\'s RFQ (GBK): an 询价单号 and date, a space-aligned '
                  'table of items, specs, estimated quantities and target prices ("8.50 左右", "0.90 以内", "待报"), "先询个价，'
                  '价格合适再下正式订单", "数量只是预估". Nothing is keyed.', [])


@mail
def h683_non_hk_sham_shui_po_statement_big5_hkscs():
    body = """方小姐：

你好！呢張係我哋一月份嘅對數表，麻煩核對一下，冇問題請回覆確認，我哋會盡快安排餘數。

月結單（2028年1月）  客戶：旺記餅家有限公司

日期        訂單編號       金額(HK$)      已付(HK$)      結欠(HK$)
05/01/2028  WK-2801-03     12,300.00      12,300.00           0.00
18/01/2028  WK-2801-11      8,760.00       5,000.00       3,760.00
25/01/2028  WK-2801-17      4,480.00           0.00       4,480.00
----------------------------------------------------------------
合共                       25,540.00      17,300.00       8,240.00

另外 WK-2801-11 少咗 200 個盒，你哋補貨之後我哋先再付嗰 3,760。

旺記餅家有限公司  會計 梁美玲
九龍深水埗 福華街 118 號地下   2776 3321
"""
    eml = single(H('梁美玲', 'account@wongkeebakery.com.hk', 'big5-hkscs', '一月份對數 旺記餅家', dh(2028, 2, 5, 15, 2, 40),
                   '000801dd7842$1a2b3c40$4d5e6f70$@wongkeebakery.com.hk', 'X-Mailer: Microsoft Outlook 16.0'),
                 body, 'big5-hkscs', 'base64')
    return eml, T('none', 'big5-hkscs',
                  'NOT an order: a Sham Shui Po (Hong Kong) bakery\'s own monthly statement of account in Cantonese (Big5-HKSCS '
                  'for 嘅 / 哋 / 咗 / 喺): a space-aligned table of three order numbers with amounts, paid and owed, a 合共 '
                  'row, a shortage remark; it asks us to confirm the balance. Nothing is keyed.', [])


@mail
def h684_non_qa_doha_forwarder_shipping_advice():
    body = """Dear Sirs,

SHIPPING ADVICE / PRE-ALERT

Shipper:     Hangzhou Hengda Packaging Materials Co., Ltd.
Consignee:   Al Waha Sweets & Dates W.L.L., Doha, Qatar
PO Ref.:     QWS-PO-2028-044 (dated 12/01/2028)
Invoice:     HD-EXP-280119, USD 18,420.00
Container:   1 x 40'HC  MSKU 724518-3   Seal ML-CN 2281734
Vessel:      MAERSK KOWLOON V.2805W   ETD Ningbo 06/02/2028   ETA Hamad Port 27/02/2028

Marks & Nos.            Description                        Cartons    CBM      G.W. kg
AL WAHA / 1-620         Date gift boxes, 500 g                  620    38.40    4,216
AL WAHA / 621-980       Carry bags, paper                       360    17.10    1,980
AL WAHA / 981-1100      Paper trays 12 cells                    120     8.20      744
                                                          -----------------------------
Total                                                          1,100    63.70    6,940

Please arrange the Qatari customs declaration and the DO; original B/L will be released against payment of the balance.

Best regards,
Vinod Menon
Gulf Cargo Link W.L.L. | Import Desk
Salwa Road, Doha, Qatar | +974 4460 2211
"""
    eml = single(H('Vinod Menon', 'import@gulfcargolink.qa', 'utf-8', 'Shipping advice - PO QWS-PO-2028-044 - 1x40HC MSKU7245183',
                   dh(2028, 2, 6, 12, 40, 0, 180), 'AS8P189MB2101C4D5E6F7A8B9@AS8P189MB2101.EURP189.PROD.OUTLOOK.COM', None,
                   to='operations@alwahasweets.qa', extra=('Cc: orders@hengda-pack.cn',)), body, 'utf-8', 'quoted-printable')
    return eml, T('none', 'utf-8',
                  'NOT an order: a Doha (Qatar) forwarder\'s shipping advice to the consignee, copied to us: shipper and '
                  'consignee labels, the customer\'s PO reference with its date, our invoice amount, container and vessel, '
                  'a space-aligned packing table of cartons, CBM and weights with a Total row. Nothing is keyed.', [])


@mail
def h685_non_changshu_invoice_request_vat_special():
    body = """方经理：

你好！我们 1 月份的订单 CS-2801-09（羊毛衫包装袋、吊牌、纸箱，货款 36,540.00 元，已付清）还没收到发票，
麻烦开增值税专用发票，开票信息如下：

名    称：常熟市虞山雅绒服饰有限公司
纳税人识别号：91320581MA1XK2Q73B
地址、电话：江苏省常熟市 虞山街道 海虞北路 58 号  0512-52816688
开户行及账号：中国农业银行常熟虞山支行  10528201040012345

发票寄到：江苏省常熟市 虞山街道 海虞北路 58 号 财务部 陆晓云 收 136 1622 8035
电子发票也可以，发到这个邮箱就行。

谢谢！
陆晓云  财务部
常熟市虞山雅绒服饰有限公司
"""
    eml = single(H('陆晓云', 'luxiaoyun@yarong-fushi.com', 'gb2312', '开票信息 订单CS-2801-09', dh(2028, 2, 7, 10, 5, 18),
                   '202802071005186620144@yarong-fushi.com', 'X-Mailer: Foxmail 7.2.25.375[cn]'), body, 'gb2312', 'quoted-printable')
    return eml, T('none', 'gb2312',
                  'NOT an order: a Changshu (Suzhou, Jiangsu) knitwear maker\'s request for a VAT special invoice (gb2312 QP) '
                  'for an order already delivered and paid: the order number and amount in a sentence, the 开票信息 block '
                  '(name, tax number, address and phone, bank account) and where to send it. Nothing is keyed.', [])


@mail
def h686_non_by_minsk_read_receipt_cp1251_mdn():
    subj = 'Подтверждение заказа № BY-2028-031 (упаковка, 14 250,00 USD)'
    txt = ('Ваше сообщение\n\n  Кому: Светлана Ковалёва\n  Тема: %s\n  Отправлено: 07.02.2028 10:12\n\n'
           'было прочитано 08.02.2028 9:41.\n' % subj)
    p1 = make_hand2.text(txt, 'windows-1251', 'quoted-printable')
    mdn = ('Reporting-UA: minsk-konditer.by; Microsoft Outlook 16.0\nFinal-Recipient: rfc822;s.kovaleva@minsk-konditer.by\n'
           'Original-Message-ID: <20280207101203.6A1F@hengda-pack.cn>\nDisposition: manual-action/MDN-sent-manually; displayed\n')
    p2 = make_hand2.Part(['Content-Type: message/disposition-notification', 'Content-Transfer-Encoding: 7bit'], mdn.encode('ascii'))
    part = make_hand2.multi('report', '----=_NextPart_000_0031_01DD7A12.5B3C2D10', [p1, p2],
                            extra_params=';\n\treport-type=disposition-notification')
    eml = make_hand2.message(H('Светлана Ковалёва', 's.kovaleva@minsk-konditer.by', 'windows-1251', 'Прочитано: ' + subj,
                               dh(2028, 2, 8, 9, 41, 30, 180), '000d01dd7a12$5b3c2d10$116e8730$@minsk-konditer.by',
                               'X-Mailer: Microsoft Outlook 16.0'), part)
    return eml, T('none', 'windows-1251',
                  'NOT an order: a Minsk (Belarus) confectioner\'s Outlook read receipt (multipart/report with a '
                  'message/disposition-notification part; Russian text in Windows-1251 QP) for our order confirmation: the '
                  'Subject and the text repeat the order number and an amount. Nothing is keyed.', [])


if __name__ == '__main__':
    run(HERE, MAILS, sys.argv[1:])  # write the mails here
