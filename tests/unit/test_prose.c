/* Orders written as sentences and orders against a quoted quotation
 * (connectors/imap/prose.c, quote.c, through mail_text_parse): each rule
 * with the mails it must read and the mails that must stay no order
 * (quantities in questions, shipping notices, changes, lists without
 * prices). */
#include "mailshow.h"

/* Item sentences: a count with its unit, and a code or a price. */
static void test_item_sentences(void **state)
{
    static const struct tcase t[] = {
        /* "N rolls of X (CODE) at $P/roll": the joining "of" is no part
         * of the name */
        {"- 200 rolls of clear tape 48mm (HD-TP-4806) at $0.62/roll\n",
         "msg-f USD: HD-TP-4806/clear tape 48mm 200 x 0.62 = 124.00;"},
        /* an English total word without a colon, a currency code, an
         * amount, another sentence after a comma: the stated total */
        {"- 200 rolls of clear tape (HD-TP-4806) at $0.62/roll\nTotal USD 150.00, FOB Ningbo as "
         "usual.\n",
         "msg-f USD: HD-TP-4806/clear tape 200 x 0.62 = 124.00; total 150.00 | the stated total "
         "150.00 (line 2) is not the sum of the lines 124.00"},
        {"- 200 rolls of clear tape (HD-TP-4806) at $0.62/roll\nGrand Total $124.00\n",
         "msg-f USD: HD-TP-4806/clear tape 200 x 0.62 = 124.00; total 124.00"},
        /* a whole number after the word is a count, not a total; words
         * after the amount make no total either */
        {"- 200 rolls of clear tape (HD-TP-4806) at $0.62/roll\nTotal 200 rolls\n",
         "msg-f USD: HD-TP-4806/clear tape 200 x 0.62 = 124.00;"},
        {"- 200 rolls of clear tape (HD-TP-4806) at $0.62/roll\nTotal 150.00 is too much\n",
         "msg-f USD: HD-TP-4806/clear tape 200 x 0.62 = 124.00;"},
        /* the code and the price in brackets; the price after the unit */
        {"你好\n这周要补货，明细如下\n快递袋6包（HD-ZB-3040，15.79元）\n手用缠绕膜（HD-SF-"
         "1017）50卷，"
         "6.89一卷\n",
         "msg-f CNY: HD-ZB-3040/快递袋 6 x 15.79 = 94.74; HD-SF-1017/手用缠绕膜 50 x 6.89 = "
         "344.50;"},
        /* a price for a thousand pieces written before it */
        {"订单号：PB-1\n瓶盖3万个，每千个120元\n",
         "PB-1 CNY: -/瓶盖 30000 x 0.12 = 3600.00; | line 2: an item without a code, read from a "
         "sentence"},
        /* a price for a hundred written after it ("元/百个"); the name's
         * specification in brackets before the colon joins it with a
         * space (proseper.c, prosebracket.c) */
        {"订单号：PB-7\n茶叶小袋（3g 铝箔 三边封）：200,000 个，3.80 元/百个\n",
         "PB-7 CNY: -/茶叶小袋 3g 铝箔 三边封 200000 x 0.038 = 7600.00; | line 2: unit price 0.038 "
         "is finer than a cent: stored exactly, the amounts rounded from it to be checked | "
         "line 2: an item without a code, read from a sentence"},
        /* counted in thousands ("50千个") at a price a thousand: the
         * price is not divided */
        {"订单号：PB-8\n自封袋 HD-DK-0032 50千个 28.00元/千个 小计1400.00元\n",
         "PB-8 CNY: HD-DK-0032/自封袋 50000 x 28.00 = 1400.00; | line 2: amount 1400.00 is not "
         "50000 x 28.00"},
        /* spaces around figures left out, but not inside the name's
         * bracketed specification (prosespace.c) */
        {"订单号：PB-9\n茶叶罐（富硒绿茶 100g 纸罐）：6,000 个，2.60 元/个\n",
         "PB-9 CNY: -/茶叶罐 富硒绿茶 100g 纸罐 6000 x 2.60 = 15600.00; | line 2: an item without "
         "a "
         "code, read from a sentence"},
        /* a price said in words ("八毛五一个" 0.85); the size wanted
         * after 要 is the specification; a pack size "12瓶装" and what a
         * pack holds "（一扎100张）" are no counts; the 的 before the count
         * is no part of the name */
        {"订单号：PB-2\n塑料瓶要750ml的3千个，八毛五一个；\n标签30扎（一扎100张），9块钱一扎；\n"
         "纸箱6瓶装的200个，三块六一个。\n",
         "PB-2: -/塑料瓶 750ml 3000 x 0.85 = 2550.00; -/标签 30 x 9.00 = 270.00; -/纸箱6瓶装 200 "
         "x 3.60 = 720.00; | line 2: an item without a code, read from a sentence | line 3: an "
         "item without a code, read from a sentence | line 4: an item without a code, read from "
         "a sentence"},
        /* 要 before the count, 单价, 元/个 after the count, a stated total */
        {"牛皮纸 HD-KP-8012 要20卷，单价95元\nHD-PL-1208 木托盘 24个 88元/个\n总共4012\n",
         "msg-f CNY: HD-KP-8012/牛皮纸 20 x 95.00 = 1900.00; HD-PL-1208/木托盘 24 x 88.00 = "
         "2112.00; "
         "total 4012.00"},
        /* a stated total that the lines do not make: held */
        {"HD-PL-1208 木托盘 24个 88元/个\n一共2000元\n",
         "msg-f CNY: HD-PL-1208/木托盘 24 x 88.00 = 2112.00; total 2000.00 | the stated total "
         "2000.00 "
         "(line 2) is not the sum of the lines 2112.00"},
        /* a list: "1、", a size in the name, "还是1.1一个", "16.8/包" */
        {"1、飞机盒 HD-CT-0510 要2000个 还是1.1一个\n2、快递袋30*40 (HD-ZB-3040) 20包  16.8/包\n",
         "msg-f: HD-CT-0510/飞机盒 2000 x 1.10 = 2200.00; HD-ZB-3040/快递袋30*40 20 x 16.80 = "
         "336.00;"},
        /* the name in brackets after the code */
        {"HD-CT-0302（三层瓦楞纸箱） 240个 2.47元\n",
         "msg-f CNY: HD-CT-0302/三层瓦楞纸箱 240 x 2.47 = 592.80;"},
        /* English: "N boxes of X (CODE)", a currency mark, an order number
         * inside the sentence */
        {"Hi Li,\npls send 20 boxes of the nitrile gloves L (HD-GL-0901), same price as last time "
         "$3.60/box. Our PO is 7781.\nThx\n",
         "7781 USD: HD-GL-0901/nitrile gloves L 20 x 3.60 = 72.00;"},
        /* the line's amount after 共; 块 with a unit is a price; a unit
         * right after the count; 共计 as the stated total */
        {"HD-CT-0510 飞机盒 500个，1.2元一个，共600元\n打包扣（HD-ST-0019）12包，45块一包\n"
         "共计1140\n",
         "msg-f CNY: HD-CT-0510/飞机盒 500 x 1.20 = 600.00; HD-ST-0019/打包扣 12 x 45.00 = 540.00; "
         "total 1140.00"},
        {"HD-CT-0510 飞机盒 500个，1.2元一个，共700元\n",
         "msg-f CNY: HD-CT-0510/飞机盒 500 x 1.20 = 700.00; | line 1: amount 700.00 is not 500 x "
         "1.20"},
        {"pls add 500pcs HD-CT-0510 $1.20/pc\n", "msg-f USD: HD-CT-0510/- 500 x 1.20 = 600.00;"},
        /* a space before the unit; the price after 每 and a unit */
        {"飞机盒 HD-CT-0510 500 个，每个1.2\n", "msg-f: HD-CT-0510/飞机盒 500 x 1.20 = 600.00;"},
        /* no code: a name in Chinese, held (soft: a stated total confirms it) */
        {"透明胶带 50卷 4.5元一卷\n",
         "msg-f CNY: -/透明胶带 50 x 4.50 = 225.00; | line 1: an item without a code, read from a "
         "sentence"},
        {"透明胶带 50卷 4.5元一卷\n一共225元\n",
         "msg-f CNY: -/透明胶带 50 x 4.50 = 225.00; total 225.00"},
        /* counts with 万 and 千, a price in 块 and its jiao, a weight and
         * a pack size kept in the name, and the total before the deposit
         * paid on it */
        {"笋干袋 250克 2万个，0.3一个；\n礼盒 2斤装 1千个，每个6块5；\n外箱 10盒一件 "
         "100件，每件8块。\n"
         "一共13,300.00元，订金三成3,990.00元已转。\n",
         "msg-f CNY: -/笋干袋 250克 20000 x 0.30 = 6000.00; -/礼盒 2斤装 1000 x 6.50 = 6500.00; "
         "-/外箱 10盒一件 100 x 8.00 = 800.00; total 13300.00"},
        /* a second total after the first is none */
        {"笋干袋 2万个，0.3一个；\n一共6,000.00元，另加运费200.00元。\n",
         "msg-f CNY: -/笋干袋 20000 x 0.30 = 6000.00; | line 1: an item without a code, read from "
         "a "
         "sentence"},
        /* a list that prices the other items: the line without a price is
         * kept with a hard doubt */
        {"1、飞机盒 HD-CT-0510 要2000个 还是1.1一个\n2、透明胶带 48宽的 50卷，价格跟上次一样\n",
         "msg-f: HD-CT-0510/飞机盒 2000 x 1.10 = 2200.00; -/透明胶带 50 x 0.00 = 0.00; | line 2: "
         "no unit price is written for this item"},
        /* nothing priced: a list of counts on consecutive lines in a text
         * that names an order number or asks for the goods is kept, held */
        {"PO 12\n30 ctn HD-CT-0301\n6 cs HD-SF-5023\n",
         "12: HD-CT-0301/- 30 x 0.00 = 0.00; HD-SF-5023/- 6 x 0.00 = 0.00; | line 2: no unit price "
         "is written for this item | line 3: no unit price is written for this item"},
        {"明天给我们送下货：\n48mm胶带 300卷\n缠绕膜 20卷\n",
         "msg-f: -/48mm胶带 300 x 0.00 = 0.00; -/缠绕膜 20 x 0.00 = 0.00; | line 2: no unit price "
         "is written for this item | line 3: no unit price is written for this item"},
    };

    (void)state;
    run_cases(t, sizeof(t) / sizeof(t[0]));
}

/* Sentences that hold quantities but order nothing. */
static void test_not_items(void **state)
{
    static const struct tcase t[] = {
        {"Hello,\nwe shipped 10 cartons of HD-CT-0510 today at 5.00 each.\n",
         "!! no order number found"},
        {"Hi,\ncan you quote 500 pcs of HD-CT-0510 at $1.20?\n", "!! no order number found"},
        {"您好\n请报价：HD-CT-0510 500个 1.2元\n", "!! no order number found"},
        {"您好！货物已发出：HD-TD-0060 封箱器 100个 21元\n", "!! no order number found"},
        /* a count and a code, no price, nothing priced: no order */
        {"老板\nHD-CT-0510 要500个\n", "!! no order number found"},
        {"如无异议请于5个工作日内回签盖章。\n", "!! no order number found"},
        /* a change of a quantity is no item */
        {"请把 HD-TP-4806 改为300卷，单价不变 4.5元\n", "!! no order number found"},
        /* two codes, one count: which is meant? */
        {"HD-A-100 和 HD-B-200 各10个 5元\n", "!! no order number found"},
        /* two different prices */
        {"HD-CT-0510 500个 1.2元 1.3元\n", "!! no order number found"},
        /* English without a code names no item */
        {"We need 5 boxes @ 12.00 each\n", "!! no order number found"},
        /* sizes and codes are no counts */
        {"HD-ZB-3040 30*40 48mm 15.79元\n", "!! no order number found"},
        /* 10块 alone is a count of boards, not a price */
        {"HD-BD-0010 木板 10块\n", "!! no order number found"},
        /* a text that offers, quotes or reports gives no item sentences */
        {"本周特价，欢迎选购：\nHD-CT-0510 飞机盒 1000个 0.9元/个\n", "!! no order number found"},
        {"Special offer this week!\nHD-CT-0510 mailer box 1000 pcs $0.90/pc\n",
         "!! no order number found"},
        {"您好，报价如下：\nHD-CT-0510 飞机盒 1000个 0.9元/个\n报价有效期15天。\n",
         "!! no order number found"},
        {"发货通知\n打包扣（HD-ST-0019）12包，45一包\n", "!! no order number found"},
        /* a list of counts without prices that asks for none of the goods,
         * or asks for prices or stock, or is one line: no order */
        {"Hello,\nwe shipped today:\n10 ctn HD-CT-0510\n20 rolls HD-TP-4806\n",
         "!! no order number found"},
        {"请报价，明天送货：\nHD-CT-0510 500个\nHD-TP-4806 200卷\n", "!! no order number found"},
        {"Hi, can you quote, please send:\n500 pcs HD-CT-0510\n200 rolls HD-TP-4806\n",
         "!! no order number found"},
        {"please send:\n500 pcs HD-CT-0510\n\n200 rolls HD-TP-4806\n", "!! no order number found"},
        {"库存：\n纸箱 200个\n胶带 300卷\n", "!! no order number found"},
        /* "PO Box 12" is no order number */
        {"Ship to P.O. Box 12\nHD-CT-0510 500个\n", "!! no order number found"},
    };

    (void)state;
    run_cases(t, sizeof(t) / sizeof(t[0]));
}

/* A stated total in a sentence, a "name phone address" line, a ship-to
 * address that ends with the receiver. */
static void test_ship_lines(void **state)
{
    static const struct tcase t[] = {
        {"快递袋6包（HD-ZB-3040，15.79元）\n\n谢强 15520972036 "
         "安徽省合肥市肥西县滨河路346号产业园15号"
         "仓库\n",
         "msg-f CNY: HD-ZB-3040/快递袋 6 x 15.79 = 94.74; ship "
         "谢强|15520972036|安徽省合肥市肥西县滨河路346号产业园15号仓库"},
        {"快递袋6包（HD-ZB-3040，15.79元）\n韦艳，+"
         "8619944770033，天津市滨海新区东环路677号工业园B座"
         "1562室\n",
         "msg-f CNY: HD-ZB-3040/快递袋 6 x 15.79 = 94.74; ship "
         "韦艳|+8619944770033|天津市滨海新区东环路677号工业园B座1562室"},
        /* a lead-in before the colon; the name after the address with 收 */
        {"快递袋6包（HD-ZB-3040，15.79元）\n地址还是老地址：义乌市稠城街道工人北路1088号 电商园3楼 "
         "阿芳收 13957912345\n",
         "msg-f CNY: HD-ZB-3040/快递袋 6 x 15.79 = 94.74; ship "
         "阿芳|13957912345|义乌市稠城街道工人北路1088号 电商园3楼"},
        /* a label wins over an unlabelled line */
        {"收货人：张三\n快递袋6包（HD-ZB-3040，15.79元）\n谢强 15520972036 "
         "安徽省合肥市滨河路346号\n",
         "msg-f CNY: HD-ZB-3040/快递袋 6 x 15.79 = 94.74; ship 张三|-|-"},
        /* no address word, or no name: no ship-to */
        {"快递袋6包（HD-ZB-3040，15.79元）\n谢强 15520972036\n",
         "msg-f CNY: HD-ZB-3040/快递袋 6 x 15.79 = 94.74;"},
        {"快递袋6包（HD-ZB-3040，15.79元）\n15520972036 安徽省合肥市滨河路346号\n",
         "msg-f CNY: HD-ZB-3040/快递袋 6 x 15.79 = 94.74;"},
        /* the ship-to address label with the receiver and the phone at its end */
        {"采购单号：CG-1\nHD-TD-0060 封箱器 要10个 "
         "21.12元\n送货地址：广东省深圳市南山区东环路732号科技园"
         "5号楼，郭霞 13225696887\n",
         "CG-1 CNY: HD-TD-0060/封箱器 10 x 21.12 = 211.20; ship "
         "郭霞|13225696887|广东省深圳市南山区东环路732号科技园5号楼"},
        {"采购单号：CG-2\nHD-TD-0060 封箱器 要10个 "
         "21.12元\n送货地址：成都市新都区东环路767号产业园，"
         "戴勇 +86-182-2423-9113\n",
         "CG-2 CNY: HD-TD-0060/封箱器 10 x 21.12 = 211.20; ship "
         "戴勇|+86-182-2423-9113|成都市新都区东环路767号产业园"},
        /* the phone first, then the receiver; a place's last word is no receiver */
        {"采购单号：CG-4\nHD-TD-0060 封箱器 要10个 21.12元\n送货地址：长沙市岳麓区麓山南路 "
         "蜜果奶茶 师大店 电话 17673108826 小周\n",
         "CG-4 CNY: HD-TD-0060/封箱器 10 x 21.12 = 211.20; ship "
         "小周|17673108826|长沙市岳麓区麓山南路 蜜果奶茶 师大店"},
        {"采购单号：CG-5\nHD-TD-0060 封箱器 要10个 21.12元\n送货地址：宁波市鄞州区启明路 晶科光电 "
         "二号仓库 0574-8820 6618\n",
         "CG-5 CNY: HD-TD-0060/封箱器 10 x 21.12 = 211.20; ship "
         "-|-|宁波市鄞州区启明路 晶科光电 二号仓库 0574-8820 6618"},
        /* the receiver's label with a phone's label before the number */
        {"采购单号：CG-6\nHD-TD-0060 封箱器 要10个 21.12元\n收货人：马晓东 电话：0371-6595 8812\n",
         "CG-6 CNY: HD-TD-0060/封箱器 10 x 21.12 = 211.20; ship 马晓东|0371-6595 8812|-"},
        /* the order number's label starting a clause of a sentence */
        {"我店订货如下，订单号 TM-2612-0093，下单日期2026-12-01。\nHD-TD-0060 封箱器 要10个 "
         "21.12元\n",
         "TM-2612-0093 CNY: HD-TD-0060/封箱器 10 x 21.12 = 211.20;"},
        /* a clause whose value is no number: no order number */
        {"您好，订单号见附件，请查收。\nHD-TD-0060 封箱器 要10个 21.12元\n",
         "msg-f CNY: HD-TD-0060/封箱器 10 x 21.12 = 211.20;"},
        /* a last word 收货 (deliver here) is no part of the address */
        {"采购单号：CG-7\nHD-TD-0060 封箱器 要10个 21.12元\n送货地址：临沂市兰山区金雀山路196号 "
         "丰达粮油仓库 收货\n",
         "CG-7 CNY: HD-TD-0060/封箱器 10 x 21.12 = 211.20; ship -|-|临沂市兰山区金雀山路196号 "
         "丰达粮油仓库"},
        /* two phones then a name, and no address: no ship-to (the
         * receiver read from the second phone never joins the first) */
        {"采购单号：CG-8\nHD-TD-0060 封箱器 要10个 21.12元\n订货热线：0577-65108800 / 13906778812 "
         "王经理\n",
         "CG-8 CNY: HD-TD-0060/封箱器 10 x 21.12 = 211.20;"},
        /* an address without a receiver stays whole */
        {"采购单号：CG-3\nHD-TD-0060 封箱器 要10个 21.12元\n送货地址：成都市新都区东环路767号\n",
         "CG-3 CNY: HD-TD-0060/封箱器 10 x 21.12 = 211.20; ship -|-|成都市新都区东环路767号"},
    };

    (void)state;
    run_cases(t, sizeof(t) / sizeof(t[0]));
}

static const char quote_outlook[] =
    "李华您好，\n\n就按这个价格，订以下货：\nHD-TD-0060 封箱器 要10个\nHD-CN-0800 护角 300根\n\n"
    "采购单号：CG-20260716-31\n\n-----原始邮件-----\n发件人: 李华 <lihua@x.cn>\n"
    "发送时间: 2026年7月9日 11:45\n主题: 报价 QT260709751\n\n您好！报价如下：\n\n"
    "编码        品名          规格             单位  单价（元）\n"
    "HD-KN-0018  美工刀        18mm             把    3.91\n"
    "HD-TD-0060  封箱器        60mm             个    21.12\n"
    "HD-CN-0800  护角          50×50×5mm 1m     根    1.41\n";

/* Orders against a quotation quoted below: prices from the quote. */
static void test_against_quote(void **state)
{
    static const struct tcase t[] = {
        {quote_outlook,
         "CG-20260716-31: HD-TD-0060/封箱器 10 x 21.12 = 211.20; HD-CN-0800/护角 300 x 1.41 = "
         "423.00; | line 4: the unit prices are the quoted quotation's (line 18), not written in "
         "the order"},
        /* '>' quoting; a price column found by the one decimal amount */
        {"按你们的报价下单：\nHD-KN-0018（美工刀） 500把\n采购单号：CG-9\n\n在 2026年10月24日 "
         "10:20，"
         "\"周敏\"<z@x.cn> 写道：\n> 报价如下：\n> HD-EP-0010  珍珠棉  10mm 1m×50m  卷    56.56\n"
         "> HD-KN-0018  美工刀  18mm         把    4.54\n",
         "CG-9: HD-KN-0018/美工刀 500 x 4.54 = 2270.00; | line 2: the unit prices are the quoted "
         "quotation's (line 8), not written in the order"},
        /* several items in one line, one per clause; "x N" counts */
        {"按报价下单：HD-TD-0060 封箱器 10个，HD-CN-0800 护角 300根；HD-KN-0018 x "
         "5\n采购单号：CG-6\n"
         "\n-----原始邮件-----\n发件人: a@x.cn\n发送时间: 2026年7月9日\n\n"
         "HD-KN-0018  美工刀  18mm  把    3.91\nHD-TD-0060  封箱器  60mm  个    21.12\n"
         "HD-CN-0800  护角    1m    根    1.41\n",
         "CG-6: HD-TD-0060/封箱器 10 x 21.12 = 211.20; HD-CN-0800/护角 300 x 1.41 = 423.00; "
         "HD-KN-0018/- 5 x 3.91 = 19.55; | line 1: the unit prices are the quoted quotation's "
         "(line 9), not written in the order"},
        {"Please go ahead with 200 x HD-TD-0060 and 40 x HD-CN-0800.\nPO: 88\n\nOn Mon, Jan 5, "
         "2026 at 9:30 AM Li <l@x.cn> wrote:\n> Item  Description  Unit Price\n"
         "> HD-TD-0060  Tape dispenser  21.12\n> HD-CN-0800  Corner  1.41\n",
         "88: HD-TD-0060/- 200 x 21.12 = 4224.00; HD-CN-0800/- 40 x 1.41 = 56.40; | line 1: the "
         "unit prices are the quoted quotation's (line 6), not written in the order"},
        /* a code the quote does not hold: no price, no item */
        {"按你们的报价下单：\nHD-ZZ-9999 纸箱 500个\n采购单号：CG-8\n\n-----原始邮件-----\n"
         "发件人: a@x.cn\n发送时间: 2026年7月9日\n\nHD-KN-0018  美工刀  18mm  把    4.54\n",
         "!! order CG-8: no line items found (expected a table with a header row such as '商品编码 "
         "数量 单价' or 'SKU Qty Price', or lines like 'SKU x 2 @ 59.00')"},
        /* a code quoted with two prices: which one? */
        {"按报价下单：\nHD-KN-0018 美工刀 500把\n采购单号：CG-7\n\n-----原始邮件-----\n"
         "发件人: a@x.cn\n发送时间: 2026年7月9日\n\nHD-KN-0018  美工刀  18mm  把    4.54\n"
         "HD-KN-0018  美工刀  9mm   把    2.10\n",
         "!! order CG-7: no line items found (expected a table with a header row such as '商品编码 "
         "数量 单价' or 'SKU Qty Price', or lines like 'SKU x 2 @ 59.00')"},
        /* a question above the quote orders nothing */
        {"HD-KN-0018 美工刀 500把可以吗？\n\n-----原始邮件-----\n发件人: a@x.cn\n"
         "发送时间: 2026年7月9日\n\nHD-KN-0018  美工刀  18mm  把    4.54\n",
         "!! no order number found"},
    };
    struct imap_extract_settings s = {0};
    struct mail_text_result r;

    (void)state;
    run_cases(t, sizeof(t) / sizeof(t[0]));
    /* the price's source is the quote's line */
    assert_int_equal(mail_text_parse(&s, quote_outlook, strlen(quote_outlook), NULL, "m", &r),
                     MAIL_TEXT_ORDER);
    assert_non_null(r.orders[0]->extraction);
    assert_non_null(
        strstr(r.orders[0]->extraction->sources, "\"lines[0].unit_price\": \"line 18\""));
    assert_non_null(strstr(r.orders[0]->extraction->sources, "\"lines[0].qty\": \"line 4\""));
    mail_text_result_free(&r);
}

/* A reply that changes a quantity of the order it quotes. */
static void test_changes(void **state)
{
    static const struct tcase t[] = {
        {"Hi,\nplease make the clear tape (HD-TP-4806) 300 rolls instead of 200. Everything else "
         "stays.\n\n-----Original Message-----\nFrom: K\nSent: Tuesday\n\nPO: 55821\n"
         "Item  Qty  Price  Ext\nHD-TP-4806  200  0.63  126.00\nHD-BW-1050  40  5.80  232.00\n",
         "55821: HD-TP-4806/- 300 x 0.63 = 189.00; HD-BW-1050/- 40 x 5.80 = 232.00; | line 2: the "
         "reply changes the quantity of HD-TP-4806 from 200 (line 10) to 300"},
        {"请把 HD-TP-4806 改为300卷，其他不变。\n\n-----原始邮件-----\n发件人: a@x.cn\n"
         "发送时间: 2026年7月9日\n\n订单号：PO-1\n商品编码  数量  单价\nHD-TP-4806  200  0.63\n",
         "PO-1: HD-TP-4806/- 300 x 0.63 = 189.00; | line 1: the reply changes the quantity of "
         "HD-TP-4806 from 200 (line 9) to 300"},
        /* a code the quoted order does not hold: held */
        {"请把 HD-XX-0001 改为300卷\n\n-----原始邮件-----\n发件人: a@x.cn\n发送时间: "
         "2026年7月9日\n\n"
         "订单号：PO-2\n商品编码  数量  单价\nHD-TP-4806  200  0.63\n",
         "PO-2: HD-TP-4806/- 200 x 0.63 = 126.00; | line 1: the reply changes the quantity of "
         "HD-XX-0001, which the quoted order does not hold"},
    };

    (void)state;
    run_cases(t, sizeof(t) / sizeof(t[0]));
}

/* Item sentences written with a space between every number and the
 * Chinese word beside it ("冷链泡沫箱（4 桶装）2000 个，9.50 一个"): read
 * again without those spaces (prosespace.c); without the rule no item.
 * A price in jiao and fen ("一个 1 毛 8": 0.18; "5毛" 0.50). A space
 * before 元 ("8.60 元/个") and dashes before the count ("—— 2,000 个"). */
static void test_spaced_sentences(void **state)
{
    static const struct tcase t[] = {
        {"订单号：SP-2027-01\n冷链泡沫箱（4 桶装）2000 个，9.50 一个；\n封口胶带 300 卷，4 "
         "块一卷。\n",
         "SP-2027-01: -/冷链泡沫箱 4桶装 2000 x 9.50 = 19000.00; -/封口胶带 300 x 4.00 = 1200.00; "
         "| line 2: an item without a code, read from a sentence | line 3: an item without a "
         "code, read from a sentence"},
        {"订单号：SP-2027-02\n真空袋要 6 万个，一个 1 毛 8；\n",
         "SP-2027-02: -/真空袋 60000 x 0.18 = 10800.00; | line 2: an item without a code, read "
         "from a sentence"},
        {"订单号：SP-2027-03\n真空袋要6万个，每个5毛；\n",
         "SP-2027-03: -/真空袋 60000 x 0.50 = 30000.00; | line 2: an item without a code, read "
         "from a sentence"},
        /* bulleted, a space before 元 and a dash rule before the count:
         * every line priced (without the rule the second has no price)
         * and the dashes no part of the name */
        {"订单号：SP-2027-04\n· 草莓礼盒 1.5kg 天地盖 —— 2,000 个，8.60 元/个\n"
         "· 手提袋 白卡 大号 —— 3,000 个，1.10 元/个\n",
         "SP-2027-04 CNY: -/草莓礼盒 1.5kg 天地盖 2000 x 8.60 = 17200.00; -/手提袋 白卡 大号 3000 "
         "x "
         "1.10 = 3300.00; | line 2: an item without a code, read from a sentence | line 3: an "
         "item without a code, read from a sentence"},
        /* a count in brackets says what a pack holds: no second count */
        {"订单号：SP-2027-05\n4. 外箱（10盒 五层） 600个  5.80元/个\n",
         "SP-2027-05 CNY: -/外箱 10盒 五层 600 x 5.80 = 3480.00; | line 2: an item without a code, "
         "read from a sentence"},
    };

    (void)state;
    run_cases(t, sizeof(t) / sizeof(t[0]));
}

/* An order number after a Chinese label inside a sentence ("我们的单号
 * MH-LM-0924，…"), not a waybill's number ("运单号 SF1234567"). Without
 * the rule the order has the message's number. */
static void test_cn_id_in_sentence(void **state)
{
    static const struct tcase t[] = {
        {"请发货，我们的单号 MH-LM-0924，谢谢。\nA-1 x 10 @ 2.00\n",
         "MH-LM-0924: A-1/- 10 x 2.00 = 20.00;"},
        {"上次的运单号 SF1234567 已收到。\nA-1 x 10 @ 2.00\n", "msg-f: A-1/- 10 x 2.00 = 20.00;"},
    };

    (void)state;
    run_cases(t, sizeof(t) / sizeof(t[0]));
}

/* A reply that changes the quoted order's quantities by naming items
 * with words of their titles ("果酱瓶和铁盖都要 12000 个"): the one quoted
 * item whose title holds each name gets the count, held (without the
 * rule the quoted counts stay). A name no title holds changes nothing. */
static void test_name_changes(void **state)
{
    static const struct tcase t[] = {
        {"按你下面报的下单，只改一处：果酱瓶和铁盖都要 12000 个，别的不变。\n\n"
         "在 2027-09-21 10:05:12，\"方静\" <fj@example.com> 写道：\n"
         "> 订单号：NC-2027-01\n> 蓝莓果酱瓶（250ml） 10,000个  单价 1.15  金额 11,500.00\n"
         "> 铁盖（63mm） 10,000个  单价 0.22  金额 2,200.00\n"
         "> 礼盒（4瓶装） 2,500个  单价 5.60  金额 14,000.00\n",
         "NC-2027-01: -/蓝莓果酱瓶 250ml 12000 x 1.15 = 13800.00; -/铁盖 63mm 12000 x 0.22 = "
         "2640.00; -/礼盒 4瓶装 2500 x 5.60 = 14000.00; | line 1: the reply changes the quantity "
         "of 果酱瓶 from 10000 (line 5) to 12000 | line 1: the reply changes the quantity of 铁盖 "
         "from 10000 (line 6) to 12000"},
    };

    (void)state;
    run_cases(t, sizeof(t) / sizeof(t[0]));
}

/* zh25: a reply that changes a count with 改成 after the item's name
 * (maybe followed by 数量) and names the new total beside it; a price in
 * fen ("5分钱一张"); a size with "×" inside a sentence's name; after a
 * code, a Chinese name whose full-width brackets hold its specification
 * (the title is the name and the specification). */
static void test_zh25(void **state)
{
    static const struct tcase t[] = {
        {"彩盒数量改成 4500 个（原来 3000），其他两项不变，总金额按 24,900.00 元。\n\n"
         "-----原始邮件-----\n采购单号：WFK-1\n"
         "编码\t品名\t数量\t单价\t金额\n"
         "WF-K01\t风筝包装袋\t20000\t0.26\t5,200.00\n"
         "WF-K02\t风筝彩盒\t3000\t3.40\t10,200.00\n"
         "WF-K03\t线轮吸塑\t8000\t0.55\t4,400.00\n合计：19,800.00\n",
         "WFK-1: WF-K01/风筝包装袋 20000 x 0.26 = 5200.00; WF-K02/风筝彩盒 4500 x 3.40 = "
         "15300.00; WF-K03/线轮吸塑 8000 x 0.55 = 4400.00; total 24900.00 | line 1: the reply "
         "changes the quantity of 彩盒 from 3000 (line 7) to 4500"},
        /* a correction, "要 N 个，不是 M 个" (lead25); a bare "要 N 个" is
         * no change */
        {"不好意思更正一下：风筝彩盒要 4500 个，不是 3000 个，其他都不变。\n\n"
         "-----原始邮件-----\n采购单号：WFK-2\n"
         "编码\t品名\t数量\t单价\t金额\n"
         "WF-K02\t风筝彩盒\t3000\t3.40\t10,200.00\n合计：10,200.00\n",
         "WFK-2: WF-K02/风筝彩盒 4500 x 3.40 = 15300.00; total 10200.00 | line 1: the reply "
         "changes the quantity of 风筝彩盒 from 3000 (line 6) to 4500 | the stated total 10200.00 "
         "(line 7) is not the sum of the lines 15300.00"},
        {"风筝彩盒要 4500 个，谢谢。\n\n-----原始邮件-----\n采购单号：WFK-3\n"
         "编码\t品名\t数量\t单价\t金额\n"
         "WF-K02\t风筝彩盒\t3000\t3.40\t10,200.00\n合计：10,200.00\n",
         "WFK-3: WF-K02/风筝彩盒 3000 x 3.40 = 10200.00; total 10200.00"},
        {"订单号：ZG-1\n麻辣标签 6×9cm 不干胶 4万张，5分钱一张；外箱 250个，6块一个。\n",
         "ZG-1: -/麻辣标签 6×9cm 不干胶 40000 x 0.05 = 2000.00; -/外箱 250 x 6.00 = 1500.00; | "
         "line 2: an item without a code, read from a sentence | line 2: an item without a code, "
         "read from a sentence | line 2: 2 items read from the clauses of one sentence; their "
         "names are the writer's words"},
        {"单号 YB-1\nYB-HZ-01  白酒礼盒（500ml 单瓶 天地盖）  3,000个 × 9.80 = 29,400.00\n"
         "YB-KZ-02  Carton (6 bottles)  10 pcs × 5.00 = 50.00\n",
         "YB-1: YB-HZ-01/白酒礼盒 500ml 单瓶 天地盖 3000 x 9.80 = 29400.00; YB-KZ-02/Carton (6 "
         "bottles) 10 x 5.00 = 50.00;"},
        /* a pack size ("20盒装") is part of the name; 发到 labels the
         * address; "收货 NAME PHONE" on its own line is the receiver */
        {"订单号：ZG-2\n外箱 20盒装 250个，6块一个。\n"
         "发到：四川省自贡市大安区 盐都大道 77 号 食品厂\n收货 罗永刚 159 2860 7713\n",
         "ZG-2: -/外箱 20盒装 250 x 6.00 = 1500.00; ship 罗永刚|159 2860 7713|四川省自贡市大安区 "
         "盐都大道 77 号 食品厂 | line 2: an item without a code, read from a sentence"},
        /* a company before 采购通知 heads the buyer's form; an address,
         * a receiver and two numbers: the first kept, held */
        {"平遥古城牛肉食品厂 采购通知\n订货单号：PY-1\nA-1 x 2 @ 3.00\n"
         "收货：山西省晋中市平遥县 古陶镇 南大街 55 号 仓库  武建平 0354-5682233 / 139 3444 "
         "8071\n",
         "PY-1: A-1/- 2 x 3.00 = 6.00; ship 武建平|0354-5682233|山西省晋中市平遥县 古陶镇 南大街 "
         "55 "
         "号 仓库 cust 平遥古城牛肉食品厂 | line 4: ship_to.phone: '0354-5682233 / 139 3444 8071' "
         "gives the receiver two numbers: the first is kept; check which one the carrier is to "
         "call"},
        /* 收货 with words after it, no phone ending the line: no label */
        {"订单号：ZG-3\n外箱 250个，6块一个。\n收货 时间 9点以后\n",
         "ZG-3: -/外箱 250 x 6.00 = 1500.00; | line 2: an item without a code, read from a "
         "sentence"},
    };

    (void)state;
    run_cases(t, sizeof(t) / sizeof(t[0]));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_item_sentences),
        cmocka_unit_test(test_not_items),
        cmocka_unit_test(test_ship_lines),
        cmocka_unit_test(test_against_quote),
        cmocka_unit_test(test_changes),
        cmocka_unit_test(test_spaced_sentences),
        cmocka_unit_test(test_cn_id_in_sentence),
        cmocka_unit_test(test_name_changes),
        cmocka_unit_test(test_zh25),
    };

    return cmocka_run_group_tests(tests, NULL, NULL);
}
