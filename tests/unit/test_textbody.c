/* Plain-text purchase-order bodies (connectors/imap/text.c, tables.c,
 * fields.c and the signature reader, through mail_text_parse): tables
 * drawn with box-drawing characters, contact lines and signatures. Each
 * case is a small text written for the rule, with the one-line reading
 * it must give. */
#include "mailshow.h"
#include "timeutil.h"

/* A table drawn with box-drawing characters reads as one drawn with
 * '|', '-' and '+': its rows, and its totals row under a joint. */
static void test_box_table(void **state)
{
    static const struct tcase t[] = {
        {"订单号：BX-1\n"
         "┌──────┬──────┬────┬────┬──────┐\n"
         "│编号  │品名  │数量│单价│金额  │\n"
         "├──────┼──────┼────┼────┼──────┤\n"
         "│A-01  │纸箱  │  10│ 2.50│ 25.00│\n"
         "│B-02  │胶带  │   4│ 6.00│ 24.00│\n"
         "├──────┴──────┴────┴────┼──────┤\n"
         "│合计                   │ 49.00│\n"
         "└───────────────────────┴──────┘\n"
         "收货人：王芳 13900001111\n",
         "BX-1: A-01/纸箱 10 x 2.50 = 25.00; B-02/胶带 4 x 6.00 = 24.00; total 49.00 ship "
         "王芳|13900001111|-"},
        /* double lines */
        {"PO: BX-2\n"
         "╔═════╦═════╦═════╗\n"
         "║SKU  ║Qty  ║Price║\n"
         "╠═════╬═════╬═════╣\n"
         "║K-7  ║3    ║5.00 ║\n"
         "╚═════╩═════╩═════╝\n",
         "BX-2: K-7/- 3 x 5.00 = 15.00;"},
    };

    (void)state;
    run_cases(t, sizeof(t) / sizeof(t[0]));
}

/* The buying company of a signature: a cooperative (合作社) is a legal
 * form; the company's line before "title name"; a company with a part
 * in brackets. */
static void test_signature_company(void **state)
{
    static const struct tcase t[] = {
        {"订单号：SG-1\n编码  数量  单价\nA-1  10  2.00\n\n"
         "和田绿洲红枣专业合作社\n古丽 0903-1234567\n",
         "SG-1: A-1/- 10 x 2.00 = 20.00; cust 和田绿洲红枣专业合作社"},
        {"订单号：SG-2\n编码  数量  单价\nA-1  10  2.00\n\n"
         "东莞市明达塑胶制品有限公司\n采购 林晓\n",
         "SG-2: A-1/- 10 x 2.00 = 20.00; cust 东莞市明达塑胶制品有限公司"},
        /* "person / title / company": a company with a part in brackets,
         * never cut inside them */
        {"PO: SG-3\nSKU  Qty  Price\nA-1  10  2.00\n\nBest regards,\nAnna Berg\nOffice "
         "Manager\nNorth Bay Dental (Smile Partners Group)\nTel: +1 604 555 0101\n",
         "SG-3: A-1/- 10 x 2.00 = 20.00; ship -|+1 604 555 0101|- cust North Bay Dental (Smile "
         "Partners Group)"},
        {"PO: SG-4\nSKU  Qty  Price\nA-1  10  2.00\n\nBest regards,\nAnna Berg\n"
         "Harbour Clinic (Medical Corporation Aoikai)\n",
         "SG-4: A-1/- 10 x 2.00 = 20.00; cust Harbour Clinic (Medical Corporation Aoikai)"},
    };

    (void)state;
    run_cases(t, sizeof(t) / sizeof(t[0]));
}

/* The receiver's phone: an extension is kept with the number (and the
 * order held); a fax after the phone, with its label, is left out; the
 * phone's label is cut from the name. */
static void test_receiver_phone(void **state)
{
    static const struct tcase t[] = {
        {"订单号：RP-1\n编码  数量  单价\nA-1  10  2.00\n收货人：陈美华 电话 (853) 2831 4400 內線 "
         "215\n",
         "RP-1: A-1/- 10 x 2.00 = 20.00; ship 陈美华|(853) 2831 4400 內線 215|- | line 4: "
         "ship_to.phone keeps the extension '內線 215'; remove it if the carrier takes the "
         "number alone"},
        {"PO: RP-2\nSKU  Qty  Price\nA-1  10  2.00\nAttn: Ravi Menon, +65 6123 4567 ext. 31\n",
         "RP-2: A-1/- 10 x 2.00 = 20.00; ship Ravi Menon|+65 6123 4567 ext. 31|- | line 4: "
         "ship_to.phone keeps the extension 'ext. 31'; remove it if the carrier takes the "
         "number alone"},
        {"订单号：RP-3\n编码  数量  单价\nA-1  10  2.00\n联系人：周涛 027-88112233 传真 "
         "027-88112234\n",
         "RP-3: A-1/- 10 x 2.00 = 20.00; ship 周涛|027-88112233|-"},
        {"PO: RP-4\nSKU  Qty  Price\nA-1  10  2.00\nContact: Lee Ann 6123 4567 / Fax: 6123 4568\n",
         "RP-4: A-1/- 10 x 2.00 = 20.00; ship Lee Ann|6123 4567|-"},
        {"订单号：RP-5\n编码  数量  单价\nA-1  10  2.00\n电话：0571-8271 0326  传真：0571-8271 "
         "0327\n",
         "RP-5: A-1/- 10 x 2.00 = 20.00; ship -|0571-8271 0326|-"},
        /* a name that ends in "f" is no fax label */
        {"PO: RP-6\nSKU  Qty  Price\nA-1  10  2.00\nContact: Jo Wolf 6123 4567\n",
         "RP-6: A-1/- 10 x 2.00 = 20.00; ship Jo Wolf|6123 4567|-"},
        /* the phone's label after a full-width comma or 、 is no part of
         * the name */
        {"订单号：RP-7\n编码  数量  单价\nA-1  10  2.00\n收货人：马立群，电话 0431-8812 "
         "3456\n",
         "RP-7: A-1/- 10 x 2.00 = 20.00; ship 马立群|0431-8812 3456|-"},
        {"订单号：RP-8\n编码  数量  单价\nA-1  10  2.00\n收货人：马立群、手机 13604417788\n",
         "RP-8: A-1/- 10 x 2.00 = 20.00; ship 马立群|13604417788|-"},
        /* a remark in brackets after the receiver's phone under 收货 (an
         * address label): no part of the number; a second number in it
         * holds the order */
        {"订单号：RP-9\n编码  数量  单价\nA-1  10  2.00\n收货：彭建国 139 8133 6620（库房 "
         "028-38167702）\n",
         "RP-9: A-1/- 10 x 2.00 = 20.00; ship 彭建国|139 8133 6620|- | line 4: ship_to.phone: the "
         "remark '（库房 028-38167702）' gives the receiver a second number: the first is kept; "
         "check which one the carrier is to call"},
        /* the same remark on the receiver's line under the address */
        {"订单号：RP-11\n编码  数量  单价\nA-1  10  2.00\n\n送货：贵州省黔东南州雷山县 西江镇 "
         "羊排村 "
         "加工坊\n杨光明 187 0855 1234（白天在加工坊，晚上发短信）\n",
         "RP-11: A-1/- 10 x 2.00 = 20.00; ship 杨光明|187 0855 1234|贵州省黔东南州雷山县 西江镇 "
         "羊排村 加工坊"},
        /* "，收货" between the address and who receives is neither's */
        {"订单号：RP-12\n编码  数量  单价\nA-1  10  2.00\n送：辽宁省丹东市东港市 椅圈镇 6 号棚区 "
         "仓库，收货 于洪波 186 4159 3027\n",
         "RP-12: A-1/- 10 x 2.00 = 20.00; ship 于洪波|186 4159 3027|辽宁省丹东市东港市 椅圈镇 6 "
         "号棚区 仓库"},
        {"订单号：RP-10\n编码  数量  单价\nA-1  10  2.00\n收货：韦师傅 18977210335（周日不收货）\n",
         "RP-10: A-1/- 10 x 2.00 = 20.00; ship 韦师傅|18977210335|-"},
    };

    (void)state;
    run_cases(t, sizeof(t) / sizeof(t[0]));
}

/* Item sentences with the unit before the count, after a colon or a
 * comma; the name before a colon when nothing names the item after it;
 * an English name before its code in brackets. */
static void test_unit_first(void **state)
{
    static const struct tcase t[] = {
        {"单号：UF-1\n"
         "- 遮阳网 6m×30m：卷 12，每卷 95.00 元\n"
         "- 扎带 30cm：包 40，每包 6.50 元\n",
         "UF-1 CNY: -/遮阳网 6m×30m 12 x 95.00 = 1140.00; -/扎带 30cm 40 x 6.50 = 260.00; | line "
         "2: "
         "an item without a code, read from a sentence | line 3: an item without a code, read "
         "from a sentence"},
        {"PO: UF-2\n\n"
         "- Glove box liner, blue, large (GB-2210): boxes 40, USD 3.25/box\n"
         "- Sample cup 60ml (SC-0060): pcs 1,500, USD 0.12/pc\n",
         "UF-2 USD: GB-2210/Glove box liner, blue, large 40 x 3.25 = 130.00; SC-0060/Sample cup "
         "60ml 1500 x 0.12 = 180.00;"},
        /* a unit word inside a name is no count's unit */
        {"PO: UF-3\n\nPlease send the box 20 times faster.\n",
         "!! order UF-3: no line items found (expected a table with a header row such as "
         "'商品编码 数量 单价' or 'SKU Qty Price', or lines like 'SKU x 2 @ 59.00')"},
    };

    (void)state;
    run_cases(t, sizeof(t) / sizeof(t[0]));
}

/* Items followed by a French total line: "Total TTC", spaces, an amount
 * with a decimal comma and the sign after it. A table, item lines with
 * '@', and item lines "code name count x price €" without '@' or '='
 * all give the order (the last gave none before); the total line below
 * item lines is read by the body-total check (test_mailkind). */
static void test_french_total(void **state)
{
    static const struct tcase t[] = {
        {"Commande n° FR-1\n\nRéf  Désignation  Qté  Prix  Montant\nA-1  Sachet  4  2,50  "
         "10,00\nTotal TTC      10,00 €\n",
         "FR-1 EUR: A-1/Sachet 4 x 2.50 = 10.00; total 10.00"},
        {"Commande n° FR-2\n\nA-1 x 4 @ 2,50\nTotal TTC      10,00 €\n",
         "FR-2 EUR: A-1/- 4 x 2.50 = 10.00;"},
        {"Commande n° FR-3\n\nA-1 Sachet kraft 4 x 2,50 €\nTotal TTC      10,00 €\n",
         "FR-3 EUR: A-1/Sachet kraft 4 x 2.50 = 10.00;"},
        {"Commande n° FR-4\n\nA-1 Sachet 4 x 2,50 €\nB-2 Ruban 2 x 5,00 €\n"
         "Total TTC      1 010,00 €\n",
         "FR-4 EUR: A-1/Sachet 4 x 2.50 = 10.00; B-2/Ruban 2 x 5.00 = 10.00;"},
        /* no money after the x: sizes, not a count and a price */
        {"Commande n° FR-5\n\nBoîte 30 x 40\n",
         "!! order FR-5: no line items found (expected a table with a header row such as "
         "'商品编码 数量 单价' or 'SKU Qty Price', or lines like 'SKU x 2 @ 59.00')"},
    };

    (void)state;
    run_cases(t, sizeof(t) / sizeof(t[0]));
}

/* Amounts and counts as senders of other countries write them: the
 * rand's "R 14.20"; "12 400,00" with plain spaces in a text of decimal
 * commas; "20 000 шт." and "6 000 szt." (a unit cut short with a
 * point); the yuan in Russian; numbered rows "1." as line numbers. */
static void test_national_numbers(void **state)
{
    static const struct tcase t[] = {
        {"Order No: ZA-1\n\nCode   Description    Qty     Price        Amount\n"
         "K-6    Carton 6       3 000   R 14.20      R 42 600.00\n"
         "K-12   Carton 12      1 500   R 21.80      R 32 700.00\n",
         "ZA-1 ZAR: K-6/Carton 6 3000 x 14.20 = 42600.00; K-12/Carton 12 1500 x 21.80 = "
         "32700.00;"},
        /* "R44" is a road, no amount */
        {"Order No: ZA-2\nK-6 x 2 @ R 5.00\nAddress: R44 Helshoogte Road, Stellenbosch\n",
         "ZA-2 ZAR: K-6/- 2 x 5.00 = 10.00; ship -|-|R44 Helshoogte Road, Stellenbosch"},
        {"Заказ N RU-1\n\n1. Банка 250 мл (HD-RU-0250) - 20 000 шт. x 0,62 юаня = 12 400,00 "
         "юаней\n2. Коробка (HD-RU-GB03) - 2 000 шт. x 5,40 юаня = 10 800,00 юаней\n",
         "RU-1 CNY: HD-RU-0250/Банка 250 мл 20000 x 0.62 = 12400.00; HD-RU-GB03/Коробка 2000 x "
         "5.40 = 10800.00;"},
        {"Zamówienie nr PL-1\n\nLp.  Indeks  Nazwa  Ilość  Cena  Wartość\n"
         "1.   P-0810  Pudełko kraft      6 000 szt.    0,31   1 860,00\n"
         "2.   P-1012  Pudełko czarne     4 000 szt.    0,42   1 680,00\n",
         "PL-1: P-0810/Pudełko kraft 6000 x 0.31 = 1860.00; P-1012/Pudełko czarne 4000 x 0.42 = "
         "1680.00;"},
        /* in a text of decimal points, "2 500.00" stays two numbers */
        {"PO: PT-1\nA-1 Box 2 500.00 1000.00\n", "PT-1: A-1/Box 2 x 500.00 = 1000.00;"},
    };

    (void)state;
    run_cases(t, sizeof(t) / sizeof(t[0]));
}

/* Two orders in one mail under "=== PO #1 ===" headings: the heading's
 * ordinal is no order number; the delivery and receiving lines after
 * the first order's items stay with it (its labels came before its
 * number, and the second order starts at the label that repeats one of
 * the first's: "Buyer:" again); the amount in a column after the
 * price. */
static void test_two_pos(void **state)
{
    static const struct tcase t[] = {
        {"=== PO #1 ===\nBuyer: Sunripe Foods Inc.\nPO No: SR-31\n"
         "  D-100  Doypack 100g    3,000 pcs  @ USD 0.92   USD  2,760.00\n"
         "  Total: USD 2,760.00\n"
         "Receiving: Jun Alcantara 0917 555 0142\n\n"
         "=== PO #2 ===\nBuyer: Visayas Snack Corp.\nPO No: VS-19\n"
         "  C-12  Carton 200g    1,000 pcs  @ USD 0.92    USD    920.00\n"
         "  Total: USD 920.00\n"
         "Receiving: Marites Ong (032) 345 6789\n",
         "SR-31 USD: D-100/Doypack 100g 3000 x 0.92 = 2760.00; total 2760.00 ship Jun "
         "Alcantara|0917 555 0142|- cust Sunripe Foods Inc. || VS-19 USD: C-12/Carton 200g 1000 x "
         "0.92 = 920.00; total 920.00 ship Marites Ong|(032) 345 6789|- cust Visayas "
         "Snack Corp."},
        /* an amount after the price that is not quantity x price holds */
        {"PO No: SR-32\nD-100  Doypack    100 pcs  @ USD 0.92   USD  95.00\n",
         "SR-32 USD: D-100/Doypack 100 x 0.92 = 95.00; | line 2: amount 95.00 is not 100 x "
         "0.92"},
    };

    (void)state;
    run_cases(t, sizeof(t) / sizeof(t[0]));
}

/* A receiver's name with the phone's label cut short before the number
 * ("tel.", "тел."): the label is no part of the name. */
static void test_name_before_tel(void **state)
{
    static const struct tcase t[] = {
        {"Order No: NT-1\nP-1 x 2 @ 3.00\nOsoba kontaktowa: Pan Tomasz Nowak, tel. +48 58 683 "
         "22 14\n",
         "NT-1: P-1/- 2 x 3.00 = 6.00; ship Pan Tomasz Nowak|+48 58 683 22 14|-"},
        {"Order No: NT-2\nP-1 x 2 @ 3.00\nПолучатель: Кузнецов Сергей, тел. +7 (3852) 50-17-36\n",
         "NT-2: P-1/- 2 x 3.00 = 6.00; ship Кузнецов Сергей|+7 (3852) 50-17-36|-"},
    };

    (void)state;
    run_cases(t, sizeof(t) / sizeof(t[0]));
}

/* A table pasted from a sheet with "Code" and "Item" (both words of a
 * SKU column): the column of names is the name; the baht sign; the
 * ship-to line "place, address" with a contact person below: the person
 * receives and the place's name stays in front of the address. */
static void test_place_and_person(void **state)
{
    static const struct tcase t[] = {
        {"PO: TH-1\n\nCode\tItem\tQty\tUnit price\tAmount\n"
         "B-1\tSpa gift box, magnetic\t1,200\t฿42.00\t฿50,400.00\n"
         "B-2\tKraft bag, rope handle\t3,000\t฿6.50\t฿19,500.00\n\n"
         "Ship to: Baan Suan Spa (Nimman), 199/9 Nimmanhaemin Rd Soi 13, Suthep, Chiang Mai "
         "50200\nContact: Khun Nattaya 053-271-448\n",
         "TH-1 THB: B-1/Spa gift box, magnetic 1200 x 42.00 = 50400.00; B-2/Kraft bag, rope "
         "handle 3000 x 6.50 = 19500.00; ship Khun Nattaya|053-271-448|Baan Suan Spa (Nimman), "
         "199/9 Nimmanhaemin Rd Soi 13, Suthep, Chiang Mai 50200"},
        /* the person on the same line as the place is no later label */
        {"PO: TH-2\nB-1 x 2 @ 3.00\nShip to: Khun Nattaya, 199/9 Nimmanhaemin Rd Soi 13, "
         "Chiang Mai 50200\n",
         "TH-2: B-1/- 2 x 3.00 = 6.00; ship Khun Nattaya|-|199/9 Nimmanhaemin Rd Soi 13, Chiang "
         "Mai 50200"},
    };

    (void)state;
    run_cases(t, sizeof(t) / sizeof(t[0]));
}

/* "name  count x price = amount" whose name holds no code: the name is
 * the item's whole text, sizes and plies in it included ("5-ply",
 * "10x6cm", "12kg" are no codes), held with a doubt; a code first is the
 * SKU as before. */
static void test_times_without_code(void **state)
{
    static const struct tcase t[] = {
        {"PO: NC-1\n- Durian carton 5-ply 12kg, print 2 col  4,000 pcs x 38.50 = 154,000.00\n"
         "- Label sticker 10x6cm  500 pcs x 0.22 = 110.00\n",
         "NC-1: -/Durian carton 5-ply 12kg, print 2 col 4000 x 38.50 = 154000.00; -/Label sticker "
         "10x6cm 500 x 0.22 = 110.00; | line 2: an item without a code | line 3: an item without "
         "a code"},
        {"PO: NC-2\n- HD-1 Box 5-ply  10 pcs x 2.00 = 20.00\n",
         "NC-2: HD-1/Box 5-ply 10 x 2.00 = 20.00;"},
    };

    (void)state;
    run_cases(t, sizeof(t) / sizeof(t[0]));
}

/* An order read from the quoted mail below a reply whose own text names
 * a receiver: the quote's ship-to is read, and the order held, since the
 * reply may change it. */
static void test_reply_names_receiver(void **state)
{
    static const struct tcase t[] = {
        {"收货人：白雪 15147735520\n\n------------------ 原始邮件 ------------------\n"
         "发件人: \"乌兰\"<wulan@example.com>;\n主题: 采购订单 Q-1\n\n采购单号：Q-1\n编码  数量  "
         "单价\n"
         "A-1  10  2.00\n收货人：乌兰 0477-8526630\n",
         "Q-1: A-1/- 10 x 2.00 = 20.00; ship 乌兰|0477-8526630|- | line 1 of the newer text "
         "names a receiver or an address; the ship-to was read from the quoted order"},
        /* a reply without one: clean */
        {"请尽快确认。\n\n------------------ 原始邮件 ------------------\n"
         "发件人: \"乌兰\"<wulan@example.com>;\n主题: 采购订单 Q-2\n\n采购单号：Q-2\n编码  数量  "
         "单价\n"
         "A-1  10  2.00\n收货人：乌兰 0477-8526630\n",
         "Q-2: A-1/- 10 x 2.00 = 20.00; ship 乌兰|0477-8526630|-"},
    };

    (void)state;
    run_cases(t, sizeof(t) / sizeof(t[0]));
}

/* A freight label whose value is terms of delivery, with no amount
 * ("運費：FOB 上海"): no shipping charge, and no reason to refuse the
 * order; one with a figure that is no amount still refuses. */
static void test_freight_terms(void **state)
{
    static const struct tcase t[] = {
        {"訂單號：FT-1\n編碼  數量  單價\nA-1  10  2.00\n運費：FOB "
         "上海，由我方指定貨代（不含在上面金額）\n",
         "FT-1: A-1/- 10 x 2.00 = 20.00;"},
        {"訂單號：FT-2\n編碼  數量  單價\nA-1  10  2.00\n運費：約 3 成\n",
         "!! line 4: shipping '約 3 成' is not an amount"},
    };

    (void)state;
    run_cases(t, sizeof(t) / sizeof(t[0]));
}

/* The buyer's letterhead at the top (a company line, then its address
 * and phone): the company is the buyer, and a ship-to given below the
 * items replaces the letterhead's address and phone. A receiver with two
 * numbers, each with a note in brackets, keeps the first. */
static void test_letterhead(void **state)
{
    static const struct tcase t[] = {
        {"杭州明远食品有限公司\n地址：杭州市拱墅区 丽水路 6 号\n电话：0571-88001122\n\n"
         "采购单号：LH-1\n编码  数量  单价\nA-1  10  2.00\n\n"
         "收货：湖州市吴兴区 八里店 仓库 2 号\n收货人：马志刚  13995189023（白天）/ "
         "0572-3026618（车间）\n",
         "LH-1: A-1/- 10 x 2.00 = 20.00; ship 马志刚|13995189023|湖州市吴兴区 八里店 仓库 2 号 "
         "cust 杭州明远食品有限公司"},
        /* no ship-to below: the letterhead's phone and address stay */
        {"杭州明远食品有限公司\n地址：杭州市拱墅区 丽水路 6 号\n电话：0571-88001122\n\n"
         "采购单号：LH-2\n编码  数量  单价\nA-1  10  2.00\n",
         "LH-2: A-1/- 10 x 2.00 = 20.00; ship -|0571-88001122|杭州市拱墅区 丽水路 6 号 cust "
         "杭州明远食品有限公司"},
        /* a company line without contact lines is no letterhead (the
         * seller greeted) */
        {"杭州恒达包装材料有限公司\n您好，下单如下。\n\n采购单号：LH-3\n编码  数量  单价\n"
         "A-1  10  2.00\n",
         "LH-3: A-1/- 10 x 2.00 = 20.00;"},
        /* the address and the phone on one line, no label at its start:
         * a letterhead still, the line no ship-to */
        {"婺源县江岭茶叶专业合作社\n江西省上饶市婺源县 江岭村   电话 0793-7290111\n\n"
         "采购单号：LH-4\n编码  数量  单价\nA-1  10  2.00\n",
         "LH-4: A-1/- 10 x 2.00 = 20.00; cust 婺源县江岭茶叶专业合作社"},
        /* a number that is no phone after the word: none */
        {"婺源县江岭茶叶专业合作社\n江西省上饶市婺源县 江岭村 电话 待定\n\n"
         "采购单号：LH-5\n编码  数量  单价\nA-1  10  2.00\n",
         "LH-5: A-1/- 10 x 2.00 = 20.00;"},
    };

    (void)state;
    run_cases(t, sizeof(t) / sizeof(t[0]));
}

/* A phone or address read above the items and the receiver below them
 * (no letterhead to explain it): held, they may not belong together. */
static void test_ship_sides(void **state)
{
    static const struct tcase t[] = {
        {"采购单号：SS-1\n电话：0571-88001122\n编码  数量  单价\nA-1  10  2.00\n\n"
         "收货人：马志刚\n",
         "SS-1: A-1/- 10 x 2.00 = 20.00; ship 马志刚|0571-88001122|- | ship_to.phone (line 2) "
         "and ship_to.name (line 6) were read on either side of the items (lines 4-4); check "
         "that they belong to one receiver"},
        {"采购单号：SS-2\n编码  数量  单价\nA-1  10  2.00\n收货人：马志刚\n电话：0571-88001122\n",
         "SS-2: A-1/- 10 x 2.00 = 20.00; ship 马志刚|0571-88001122|-"},
    };

    (void)state;
    run_cases(t, sizeof(t) / sizeof(t[0]));
}

/* A specification labelled inside an item line ("规格：…", "Spec: …")
 * joins the name: the title is name + " " + spec. */
static void test_inline_spec(void **state)
{
    static const struct tcase t[] = {
        {"订单号：SP-1\n骨瓷餐具礼盒  规格：16头 EVA内衬  1200套  单价28.00\n"
         "茶具礼盒  规格：一壶四杯 锦盒  2000套  单价16.50\n外箱  规格：五层 4套装  800个  "
         "单价6.20\n",
         "SP-1: -/骨瓷餐具礼盒 16头 EVA内衬 1200 x 28.00 = 33600.00; -/茶具礼盒 一壶四杯 锦盒 "
         "2000 x 16.50 = 33000.00; -/外箱 五层 4套装 800 x 6.20 = 4960.00;"},
        {"Order ref: SP-2\nGift box | Spec: rigid, magnetic lid | 5,000 pcs | USD 1.45 | USD "
         "7,250.00\n",
         "SP-2 USD: -/Gift box rigid, magnetic lid 5000 x 1.45 = 7250.00;"},
    };

    (void)state;
    run_cases(t, sizeof(t) / sizeof(t[0]));
}

/* A reply that changes the receiver with a word of change ("收货人换成
 * …", "送货地址改一下：…") above the quoted order: the label is read, and
 * the order held. */
static void test_change_words(void **state)
{
    static const struct tcase t[] = {
        {"就按下面的下单。\n送货地址改一下：宁波市 北仑区 港城路 8 号，收货人换成 吴小兵 "
         "13979811506。\n\n> 采购单号：CW-1\n> 编码  数量  单价\n> A-1  10  2.00\n"
         "> 收货人：邹敏 13907983301\n",
         "CW-1: A-1/- 10 x 2.00 = 20.00; ship 邹敏|13907983301|- | line 2 of the newer text "
         "names a receiver or an address; the ship-to was read from the quoted order"},
    };

    (void)state;
    run_cases(t, sizeof(t) / sizeof(t[0]));
}

/* Cells parted by a full-width bar ("｜") or by a slash between spaces
 * three times or more ("品名 / 规格 / 数量 / 单价"). */
static void test_slash_cells(void **state)
{
    static const struct tcase t[] = {
        {"采购单号：SC-1\n品名 / 规格 / 数量 / 单价 / 金额\n纸箱 / 24罐装 五层 / 1,200个 / 3.85 / "
         "4,620.00\n标签 / 425g 铜版纸 / 3,000张 / 0.20 / 600.00\n合计：5,220.00\n",
         "SC-1: -/纸箱 24罐装 五层 1200 x 3.85 = 4620.00; -/标签 425g 铜版纸 3000 x 0.20 = "
         "600.00; total 5220.00"},
        {"采购单号：SC-2\n编码｜品名｜规格｜数量｜单价\nHC-01｜真空袋｜20×30 尼龙｜2,000个｜0.12\n",
         "SC-2: HC-01/真空袋 20×30 尼龙 2000 x 0.12 = 240.00;"},
    };

    (void)state;
    run_cases(t, sizeof(t) / sizeof(t[0]));
}

/* 用友 NC Cloud's order table: 主数量 (the quantity in the main unit) is
 * the quantity column even when its values carry decimals ("5,000.00"),
 * which values alone never make a count. */
static void test_main_unit_qty(void **state)
{
    static const struct tcase t[] = {
        {"订单编号：NC-1\n\n行号\t物料编码\t物料名称\t主单位\t主数量\t含税单价\t价税合计\n"
         "10\t03.02.0101\t陈皮铁罐\t个\t5,000.00\t12.8000\t64,000.00\n"
         "20\t03.02.0205\t陈皮自封袋\t个\t20,000.00\t0.3500\t7,000.00\n",
         "NC-1: 03.02.0101/陈皮铁罐 5000 x 12.80 = 64000.00; 03.02.0205/陈皮自封袋 20000 x 0.35 = "
         "7000.00;"},
    };

    (void)state;
    run_cases(t, sizeof(t) / sizeof(t[0]));
}

/* A form tool's items flattened to one line each, the labelled values
 * parted by "；" (简道云's 子表单 in a notification): each line is one
 * item, its name and spec joined. */
static void test_clause_pairs(void **state)
{
    static const struct tcase t[] = {
        {"采购单号：JD-1\n采购明细：\n"
         "  1. 品名：咸鸭蛋礼盒；规格：20枚装 彩印；数量：5000；单价：6.80；金额：34000.00\n"
         "  2. 品名：蛋托；规格：20枚 纸浆；数量：5000；单价：0.38；金额：1900.00\n",
         "JD-1: -/咸鸭蛋礼盒 20枚装 彩印 5000 x 6.80 = 34000.00; -/蛋托 20枚 纸浆 5000 x 0.38 = "
         "1900.00;"},
        /* a label and its value apart by spaces, a line each, under a
         * heading that numbers the item in brackets (DingTalk's form) */
        {"采购单号  JD-3\n采购明细(1)\n  物品名称      紫砂壶礼盒\n  规格      锦盒 单壶\n  数量   "
         "   "
         "2000\n  单价（元）      18.50\n  金额（元）      37000.00\n采购明细(2)\n  物品名称      "
         "快递外箱\n  数量      1000\n  单价（元）      3.60\n  金额（元）      3600.00\n",
         "JD-3 CNY: -/紫砂壶礼盒 锦盒 单壶 2000 x 18.50 = 37000.00; -/快递外箱 1000 x 3.60 = "
         "3600.00;"},
        {"订单号：JD-2\n1. 品名：礼盒;规格：20枚;数量：500;单价：6.80;金额：3400.00\n",
         "JD-2: -/礼盒 20枚 500 x 6.80 = 3400.00;"},
    };

    (void)state;
    run_cases(t, sizeof(t) / sizeof(t[0]));
}

/* Orders set apart by headings that name them by number ("=== 订单
 * DG-1（基地）===", "【订单 DG-2】", "--- Order PO-33 ---"): each
 * heading's number is its order's; a heading's ordinal ("=== PO #1 ===")
 * names none. "我们单号 ZG-1" in a sentence is the order's number. */
static void test_heading_orders(void **state)
{
    static const struct tcase t[] = {
        {"=== 订单 DG2801101（东港基地）===\n编码\t品名\t数量\t单价\nSB-01\t托盒\t80\t0.25\n\n"
         "=== 订单 DG2801102（沈阳店）===\n编码\t品名\t数量\t单价\nSB-02\t泡沫箱\t10\t3.90\n",
         "DG2801101: SB-01/托盒 80 x 0.25 = 20.00; || DG2801102: SB-02/泡沫箱 10 x 3.90 = 39.00;"},
        {"【订单 DG-3】\n编码\t数量\t单价\nSB-01\t8\t0.25\n", "DG-3: SB-01/- 8 x 0.25 = 2.00;"},
        {"--- Order PO-3301 ---\nSKU\tQty\tPrice\nAB-1\t4\t2.00\n",
         "PO-3301: AB-1/- 4 x 2.00 = 8.00;"},
        {"=== PO #1 ===\nSKU\tQty\tPrice\nAB-1\t4\t2.00\n", "msg-f: AB-1/- 4 x 2.00 = 8.00;"},
        {"报价看了，就这么定。我们单号 ZG-QC-2801-11。\n编码\t数量\t单价\nA-1\t10\t2.00\n",
         "ZG-QC-2801-11: A-1/- 10 x 2.00 = 20.00;"},
    };

    (void)state;
    run_cases(t, sizeof(t) / sizeof(t[0]));
}

/* The date a letter is signed with, alone under the signature, dates
 * the order no label dated; one without its year does not. */
static void test_letter_date(void **state)
{
    static const struct {
        const char *text, *want;
    } t[] = {
        {"订单号：LD-1\n编码  数量  单价\nA-1  10  "
         "2.00\n\n雷山县西江镇苗家酸汤专业合作社\n2027年8月13日\n",
         "2027-08-12T16:00:00Z"},
        {"订单号：LD-2\n编码  数量  单价\nA-1  10  "
         "2.00\n\n雷山县西江镇苗家酸汤专业合作社\n8月13日\n",
         NULL},
        {"订单号：LD-3\n下单日期：2027-08-01\n编码  数量  单价\nA-1  10  "
         "2.00\n\n雷山县西江镇苗家酸汤专业合作社\n"
         "2027年8月13日\n",
         "2027-07-31T16:00:00Z"},
    };

    (void)state;
    for (size_t i = 0; i < sizeof(t) / sizeof(t[0]); i++) {
        struct imap_extract_settings s = {0};
        struct mail_text_result r;
        char buf[64];

        assert_int_equal(mail_text_parse(&s, t[i].text, strlen(t[i].text), NULL, "msg-f", &r),
                         MAIL_TEXT_ORDER);
        if (t[i].want)
            assert_string_equal(od_time_format(r.orders[0]->placed_at, buf), t[i].want);
        else
            assert_true(r.orders[0]->placed_at == OD_TIME_NONE);
        mail_text_result_free(&r);
    }
}

/* A deduction labelled 抵扣 is a discount: the total is what is paid after
 * it. */
static void test_rebate_total(void **state)
{
    static const struct tcase t[] = {
        {"采购单号：RB-1\n编码  数量  单价\nA-1  10  2.00\n货款：20.00\n返利抵扣：-3.00\n"
         "应付：17.00\n",
         "RB-1: A-1/- 10 x 2.00 = 20.00; total 17.00"},
        /* a ship-to line: the word that says where the goods go is no
         * part of the address */
        {"采购单号：RB-3\n编码  数量  单价\nA-1  10  2.00\n送货到 哈尔滨市道里区 新农镇 3 号门 "
         "收货人 "
         "王建 0451-84623017\n",
         "RB-3: A-1/- 10 x 2.00 = 20.00; ship 王建|0451-84623017|哈尔滨市道里区 新农镇 3 号门"},
    };

    (void)state;
    run_cases(t, sizeof(t) / sizeof(t[0]));
}

/* Round 24 (zh24): two orders numbered inside sentences ("【第二单】门市用
 * 单号 CZ-B" after the first order's items); a date under the signature
 * and a phone app's trailer ("Sent with Spark", "从我的 Samsung Galaxy 发送")
 * do not hide the company line above them; a second telephone labelled
 * in Chinese after a comma ("，仓库座机 0451-…") leaves the first as the
 * receiver's; a Chinese name and its specification with no code are the
 * title. */
static void test_zh24_body_rules(void **state)
{
    static const struct tcase t[] = {
        {"两张单一起发。\n【第一单】工厂用 单号 CZ-1129-A\n  1. 冰袋 400ml  100个 × 0.45 = 45.00\n"
         "  送：广东省潮州市潮安区 梅溪工业区 3 路  收货 陈泽鹏 137 1468 2250\n"
         "【第二单】门市用 单号 CZ-1129-B\n  1. 手提袋 大号  200个 × 0.95 = 190.00\n"
         "  送：广东省潮州市湘桥区 太平路 102 号  收货 林秋燕 0768-2223188\n",
         "CZ-1129-A: -/冰袋 400ml 100 x 0.45 = 45.00; ship 陈泽鹏|137 1468 2250|广东省潮州市潮安区 "
         "梅溪工业区 3 路 | line 3: an item without a code || CZ-1129-B: -/手提袋 大号 200 x 0.95 "
         "= 190.00; ship 林秋燕|0768-2223188|广东省潮州市湘桥区 太平路 102 号 | line 6: an item "
         "without a code"},
        {"订单号：DT-1\nA-1 x 2 @ 3.00\n\n潮州市潮味食品有限公司  黄少娟\n2027-11-29\n",
         "DT-1: A-1/- 2 x 3.00 = 6.00; cust 潮州市潮味食品有限公司"},
        {"订单号：DT-2\nA-1 x 2 @ 3.00\n\n富锦稻香米业有限公司\n2027.11.23\n\n从我的 Samsung "
         "Galaxy 发送\n",
         "DT-2: A-1/- 2 x 3.00 = 6.00; cust 富锦稻香米业有限公司"},
        {"订单号：DT-3\nA-1 x 2 @ 3.00\n\n哈密甜蜜瓜果专业合作社 马建军\n2027年12月2日\n\nSent "
         "with Spark\n",
         "DT-3: A-1/- 2 x 3.00 = 6.00; cust 哈密甜蜜瓜果专业合作社"},
        /* a telephone alone under the company is no date; the company
         * over it is the signature's (zh25_phone_alone) */
        {"订单号：DT-4\nA-1 x 2 @ 3.00\n\n潮州市潮味食品有限公司  黄少娟\n0768-2223188\n",
         "DT-4: A-1/- 2 x 3.00 = 6.00; cust 潮州市潮味食品有限公司"},
        {"订单号：PL-1\nA-1 x 2 @ 3.00\n送货地址：哈尔滨市道里区 哈双北路 1 号\n"
         "收货人：于海涛 186 4521 9088，仓库座机 0451-8462 7310\n",
         "PL-1: A-1/- 2 x 3.00 = 6.00; ship 于海涛|186 4521 9088|哈尔滨市道里区 哈双北路 1 号"},
        /* a phone's word after a space, no comma (lead25) */
        {"订单号：PL-2\nA-1 x 2 @ 3.00\n收货：山东省德州市德城区 天衢东路 1288 号\n"
         "联系人：马立群 0534-2612788 手机 135 0534 9917\n",
         "PL-2: A-1/- 2 x 3.00 = 6.00; ship 马立群|0534-2612788|山东省德州市德城区 天衢东路 1288 "
         "号"},
        {"单号：TT-1\n铁观音小泡袋 7g 铝箔 真空 100,000个 单价0.08\n礼盒 双罐 抽屉式 3,000个 "
         "单价8.50\n",
         "TT-1: -/铁观音小泡袋 7g 铝箔 真空 100000 x 0.08 = 8000.00; -/礼盒 双罐 抽屉式 3000 x "
         "8.50 = 25500.00;"},
        /* an order-number label glued to its value inside a sentence;
         * 送 glued to the place name that starts the address */
        {"方经理，订一批秋茶包装，单号AX-TGY-1201\n礼盒 双罐 抽屉式 3,000个 单价8.50\n"
         "送安溪县 感德镇 槐川村 168号 感德茗香茶厂 王志强 159 5955 8123\n",
         "AX-TGY-1201: -/礼盒 双罐 抽屉式 3000 x 8.50 = 25500.00; ship 王志强|159 5955 8123|安溪县 "
         "感德镇 槐川村 168号 感德茗香茶厂"},
        /* not a waybill's number glued to 运单号 */
        {"方经理，订一批秋茶包装，运单号SF12345678\n礼盒 双罐 抽屉式 3,000个 单价8.50\n",
         "msg-f: -/礼盒 双罐 抽屉式 3000 x 8.50 = 25500.00;"},
        /* a shop's order page pasted: the attributes under the labelled
         * name are its spec */
        {"订单号：3719264850127734561\n\n货品：红茶铁罐 圆形 250g\n  颜色:墨绿;印刷:烫金\n"
         "  单价(元)：3.40   数量：3000   小计：10200.00\n货品：礼品手提袋\n  尺寸:中号;材质:白卡\n"
         "  单价(元)：1.05   数量：3000   小计：3150.00\n",
         "3719264850127734561 CNY: -/红茶铁罐 圆形 250g 颜色:墨绿;印刷:烫金 3000 x 3.40 = "
         "10200.00; -/礼品手提袋 尺寸:中号;材质:白卡 3000 x 1.05 = 3150.00;"},
        /* item sentences parted by semicolons on one line, a count in
         * Chinese digits before 万, a weight in Chinese starting the name,
         * what a pack holds after 装; a verb between a glued order-number
         * label and its value */
        {"10公斤编织袋要三万条，还是按每千条620元算；2.5公斤的真空砖袋4万个，3毛2一个；\n"
         "5公斤装手提礼盒3000个，7块2；五层纸箱（装4盒的）750件，6块钱一件。\n"
         "一共57,500.00元。订单号就用FJ-DM-1123吧。\n",
         "FJ-DM-1123 CNY: -/10公斤编织袋 30000 x 0.62 = 18600.00; -/2.5公斤的真空砖袋 40000 x 0.32 "
         "= 12800.00; -/5公斤装手提礼盒 3000 x 7.20 = 21600.00; -/五层纸箱 装4盒的 750 x 6.00 = "
         "4500.00; total 57500.00 | line 1: 2 items read from the clauses of one sentence; their "
         "names are the writer's words | line 2: 2 items read from the clauses of one sentence; "
         "their names are the writer's words"},
        /* one clause that reads no item: the line gives none */
        {"订单号：SC-1\n编织袋要3万条，每千条620元；纸箱的事下次再说，先发3件样品\n",
         "!! order SC-1: no line items found (expected a table with a header row such as '商品编码 "
         "数量 单价' or 'SKU Qty Price', or lines like 'SKU x 2 @ 59.00')"},
    };

    (void)state;
    run_cases(t, sizeof(t) / sizeof(t[0]));
}

/* An item sentence's words in brackets between the name and the count
 * are its specification: the title is the name and them ("name spec");
 * a code in the brackets stays the code. A list may be marked with the
 * middle dot "・" or another bullet. */
static void test_bracket_spec(void **state)
{
    static const struct tcase t[] = {
        {"单号：BS-1\n"
         "1、纸杯（8oz 白色 单层）30箱，每箱120.00元\n"
         "2、杯盖（8oz 黑色）20箱，每箱80.00元\n",
         "BS-1 CNY: -/纸杯 8oz 白色 单层 30 x 120.00 = 3600.00; -/杯盖 8oz 黑色 20 x 80.00 = "
         "1600.00; | line 2: an item without a code, read from a sentence | line 3: an item "
         "without a code, read from a sentence"},
        {"訂單號碼：BS-2\n"
         "・紙盒（6入 牛皮）2,000 個，NT$9.50\n"
         "● 貼紙 500 張，NT$0.80\n",
         "BS-2 TWD: -/紙盒 6入 牛皮 2000 x 9.50 = 19000.00; -/貼紙 500 x 0.80 = 400.00; | line 2: "
         "an item without a code, read from a sentence | line 3: an item without a code, read "
         "from a sentence"},
        /* a code in the brackets */
        {"单号：BS-3\n托盘（HD-TP-1210）40个，每个55.00元\n",
         "BS-3 CNY: HD-TP-1210/托盘 40 x 55.00 = 2200.00;"},
    };

    (void)state;
    run_cases(t, sizeof(t) / sizeof(t[0]));
}

/* A tax, shipping or discount label, or a qualified total, with its
 * amount after a space and no colon; a receiver's two numbers after an
 * address label: the first is the phone, the order held. */
static void test_bare_money_labels(void **state)
{
    static const struct tcase t[] = {
        {"訂單號碼：BM-1\n"
         "貨號 數量 單價\n"
         "A-1 100 2.00\n\n"
         "未稅合計 NT$200.00\n"
         "營業稅 5% NT$10.00\n"
         "運費（宅配）NT$60.00\n"
         "含稅總計 NT$270.00\n",
         "BM-1 TWD: A-1/- 100 x 2.00 = 200.00; total 270.00"},
        {"订单号：BM-2\n编码  数量  单价\nA-1  10  2.00\n\n老客户优惠 -5.00 元\n合计：15.00\n",
         "BM-2 CNY: A-1/- 10 x 2.00 = 20.00; total 15.00"},
        {"订单号：BM-3\n编码  数量  单价\nA-1  10  2.00\n收货：钟立 0851-2238 9116 / 186 8526 "
         "6730\n",
         "BM-3: A-1/- 10 x 2.00 = 20.00; ship 钟立|0851-2238 9116|- | line 4: ship_to.phone: "
         "'0851-2238 9116 / 186 8526 6730' gives the receiver two numbers: the first is kept; "
         "check which one the carrier is to call"},
        /* a Latin label without its colon is left to the totals readers */
        {"PO: BM-4\nSKU  Qty  Price\nA-1  10  2.00\n\nShipping (DDP) $5.00\nTotal $20.00\n",
         "BM-4 USD: A-1/- 10 x 2.00 = 20.00; total 20.00"},
    };

    (void)state;
    run_cases(t, sizeof(t) / sizeof(t[0]));
}

/* "收货：…218 号 冷库 3 楼" over "周海波 0580-3056127 / 133 8670 2251":
 * the line right under an address on its label's line, a person and a
 * phone and nothing else, is who receives; of two numbers the first,
 * held. Without the rule the receiver is not read. A line that is no
 * person and phone stays out; a receiver already read is kept. */
static void test_receiver_under_address(void **state)
{
    static const struct tcase t[] = {
        {"采购单号：RU-1\nA-1 x 10 @ 2.00\n收货：宁波市北仑区 港城路 8 号 2 号库\n"
         "周海波 0580-3056127 / 133 8670 2251\n",
         "RU-1: A-1/- 10 x 2.00 = 20.00; ship 周海波|0580-3056127|宁波市北仑区 港城路 8 号 2 "
         "号库 | line 4: ship_to.phone: '0580-3056127 / 133 8670 2251' gives the receiver two "
         "numbers: the first is kept; check which one the carrier is to call"},
        {"采购单号：RU-2\nA-1 x 10 @ 2.00\n收货：宁波市北仑区 港城路 8 号 2 号库\n"
         "李明 13812345678\n",
         "RU-2: A-1/- 10 x 2.00 = 20.00; ship 李明|13812345678|宁波市北仑区 港城路 8 号 2 号库"},
        {"采购单号：RU-3\nA-1 x 10 @ 2.00\n收货人：王芳 13900001111\n"
         "收货：宁波市北仑区 港城路 8 号 2 号库\n李明 13812345678\n",
         "RU-3: A-1/- 10 x 2.00 = 20.00; ship 王芳|13900001111|宁波市北仑区 港城路 8 号 2 号库"},
    };

    (void)state;
    run_cases(t, sizeof(t) / sizeof(t[0]));
}

/* Item lines with the price's basis before it or its amount after a
 * full-width '＝': "每百個 12.00 ＝4,800.00" is a price of 100 pieces,
 * "每令 85.00" of one, "@6.20 ＝18,600.00" a price and its amount. An
 * item named in Chinese with no code is the title (its words in
 * brackets join it), not a SKU. A price after '@' followed by words no
 * rule reads keeps the item without an amount, held. */
static void test_price_cell_tails(void **state)
{
    static const struct tcase t[] = {
        {"訂購單號：PT-1\n真空袋（20×30cm 透明）　40,000個　每百個 12.00　＝4,800.00\n"
         "禮盒（4片裝 上掀式）　3,000個　@6.20　＝18,600.00\n"
         "包裝紙（50×70cm）　30令　每令 85.00　＝2,550.00\n",
         "PT-1: -/真空袋 20×30cm 透明 40000 x 0.12 = 4800.00; -/禮盒 4片裝 上掀式 3000 x 6.20 = "
         "18600.00; -/包裝紙 50×70cm 30 x 85.00 = 2550.00;"},
        {"PO: PT-2\nA-1 x 10 @ 2.00 (see the note below)\nB-2 x 5 @ 1.00\n",
         "PT-2: A-1/- 10 x 2.00 = 20.00; B-2/- 5 x 1.00 = 5.00; | line 2: '(see the note "
         "below)' after the unit price is not read; check the line's amount"},
    };

    (void)state;
    run_cases(t, sizeof(t) / sizeof(t[0]));
}

/* A header of two rows ("商品 | | 数量 | | | 单价 | 金额" over "名称 |
 * 规格 | 箱数 | 每箱 | 合计个数 | (元/个) | (元)"): the lower row, words
 * and no digit, is no item row (without the rule: "quantity '箱数' is
 * not a number"). Under the quantity's word the arithmetic finds the
 * count of pieces; a quantity's label among the lower words is the
 * quantity. */
static void test_two_row_header(void **state)
{
    static const struct tcase t[] = {
        {"采购单号：PO-TH-0001\n"
         "| 商品   |        | 数量 |      |          | 单价    | 金额     |\n"
         "| 名称   | 规格   | 箱数 | 每箱 | 合计个数 | (元/个) | (元)     |\n"
         "|--------|--------|------|------|----------|---------|----------|\n"
         "| 糌粑袋 | 牛皮纸 | 50   | 200  | 10,000   | 0.72    | 7,200.00 |\n"
         "| 饼干盒 | 铁盒   | 40   | 50   | 2,000    | 4.30    | 8,600.00 |\n",
         "PO-TH-0001 CNY: -/糌粑袋 牛皮纸 10000 x 0.72 = 7200.00; -/饼干盒 铁盒 2000 x 4.30 = "
         "8600.00;"},
        {"采购单号：PO-TH-0002\n"
         "| 商品编码 | 数量 |      | 单价 | 金额   |\n"
         "|          | 件数 | 单位 | (元) | (元)   |\n"
         "| A-1      | 10   | 个   | 1.00 | 10.00  |\n"
         "| B-2      | 20   | 个   | 2.00 | 40.00  |\n",
         "PO-TH-0002 CNY: A-1/- 10 x 1.00 = 10.00; B-2/- 20 x 2.00 = 40.00;"},
    };

    (void)state;
    run_cases(t, sizeof(t) / sizeof(t[0]));
}

/* A sentence that says where the goods go and ends with a colon
 * ("交貨：請送高雄港的報關行，我們自己拖回台南：") over a Chinese address,
 * or with the address after its colon ("货发延吉的冷库：吉林省…")
 * (a digit and a word of places, 區 and 號 too): the address; the line
 * under it, a contact's word, a person and numbers, is who receives
 * (the first number). Without the rule nothing of the ship-to is read. */
static void test_sentence_cn_address(void **state)
{
    static const struct tcase t[] = {
        {"訂購單號：SA-2027-01\nA-1 x 10 @ 2.00\n\n交貨：請送高雄港的報關行，我們自己拖回台南：\n"
         "高雄市前鎮區 新生路 248 號 永泰報關行\n"
         "聯絡 林志明 07-8211546 / 0912-345-678 / 0928-771-203\n",
         "SA-2027-01: A-1/- 10 x 2.00 = 20.00; ship 林志明|07-8211546|高雄市前鎮區 新生路 248 號 "
         "永泰報關行"},
        {"订单号：SA-2027-03\nA-1 x 10 @ 2.00\n\n货发延吉的冷库：吉林省延吉市 长白山西路 3888 号 "
         "B-12\n"
         "收货人 朴哲洙 135 0433 7788\n",
         "SA-2027-03: A-1/- 10 x 2.00 = 20.00; ship 朴哲洙|135 0433 7788|吉林省延吉市 长白山西路 "
         "3888 号 B-12"},
        {"订单号：SA-2027-02\nA-1 x 10 @ 2.00\n\n请送到我们的仓库：\n杭州市西湖区 文三路 248 号\n"
         "联系人：李明 13812345678\n",
         "SA-2027-02: A-1/- 10 x 2.00 = 20.00; ship 李明|13812345678|杭州市西湖区 文三路 248 号"},
    };

    (void)state;
    run_cases(t, sizeof(t) / sizeof(t[0]));
}

/* A day and month alone under the signature ("9月24日") is no part of
 * it: the company line before it still ends the text.
 * The signature's company, its own address and phone on the next line,
 * then the buyer's person after a title ("安平漁香食品有限公司 / 台南市安平
 * 區 安北路 121 號  06-2281735 / 採購 蔡佩珊"): the company is the buyer. */
static void test_company_address_person(void **state)
{
    static const struct tcase t[] = {
        {"订单号：CA-2027-02\nA-1 x 10 @ 2.00\n\n漠河北极村蓝莓合作社 王桂兰\n9月24日\n",
         "CA-2027-02: A-1/- 10 x 2.00 = 20.00; cust 漠河北极村蓝莓合作社"},
        {"訂購單號：CA-2027-01\nA-1 x 10 @ 2.00\n\n安平漁香食品有限公司\n"
         "台南市安平區 安北路 121 號  06-2281735\n採購 蔡佩珊\n",
         "CA-2027-01: A-1/- 10 x 2.00 = 20.00; cust 安平漁香食品有限公司"},
    };

    (void)state;
    run_cases(t, sizeof(t) / sizeof(t[0]));
}

/* A Chinese name glued to its phone ("蒋国华138 6152 9073"): the number
 * is the phone (without the rule the name holds it and the order is
 * held); a signature's person before the company ("张丽  高邮湖鸭蛋食品有限
 * 公司 采购部") is no part of the customer's name; a name in Cyrillic
 * before a legal form stays whole. */
static void test_glued_phone_person_company(void **state)
{
    static const struct tcase t[] = {
        {"订单号：GP-1\nA-1 x 2 @ 3.00\n收货人：蒋国华138 6152 9073\n",
         "GP-1: A-1/- 2 x 3.00 = 6.00; ship 蒋国华|138 6152 9073|-"},
        {"订单号：GP-2\nA-1 x 2 @ 3.00\n\n--\n张丽  高邮湖鸭蛋食品有限公司 采购部\n",
         "GP-2: A-1/- 2 x 3.00 = 6.00; cust 高邮湖鸭蛋食品有限公司"},
        {"Narudžbenica br. GP-3\nA-1 x 2 @ 3.00\n\nСрдачан поздрав,\nЈелена Петровић\nРакија "
         "Шумадија д.о.о.\n",
         "GP-3: A-1/- 2 x 3.00 = 6.00; cust Ракија Шумадија д.о.о."},
    };

    (void)state;
    run_cases(t, sizeof(t) / sizeof(t[0]));
}

/* "Ship to PLACE, …. Call NAME on PHONE …" on one line, no labels: the
 * address, who receives and the phone, held (without the rule none is
 * read); a place of two parts is no address. */
static void test_ship_sentence(void **state)
{
    static const struct tcase t[] = {
        {"PO SS-1\nA-1 x 2 @ 3.00\n\nShip to Vanua Kava Exports, Lini Highway, Port Vila, "
         "Vanuatu. Call Samson on +678 555 4321 when it lands.\n",
         "SS-1: A-1/- 2 x 3.00 = 6.00; ship Samson|+678 555 4321|Vanua Kava Exports, Lini "
         "Highway, Port Vila, Vanuatu | line 4: the ship-to is read from sentences (\"Ship to "
         "…. Call … on …\"): check the receiver and the address"},
        {"PO SS-2\nA-1 x 2 @ 3.00\n\nShip to Port Vila, Vanuatu. Call Samson on +678 555 "
         "4321.\n",
         "SS-2: A-1/- 2 x 3.00 = 6.00;"},
    };

    (void)state;
    run_cases(t, sizeof(t) / sizeof(t[0]));
}

/* Dotted leader lines ("Scarf gift box 32 x 22 x 4 cm, grey .....
 * 4,000 pcs @ USD 1.35 = USD 5,400.00"): the name before the dots (its
 * sizes with "x" no operator), the count after them; a name without a
 * code is the title. "Our ref:" is the order number. Without the rule
 * the line is no item. */
static void test_leader_lines(void **state)
{
    static const struct tcase t[] = {
        {"Our ref: LD-1001\n"
         " - Scarf gift box 32 x 22 x 4 cm, grey ..... 4,000 pcs @ USD 1.35 = USD 5,400.00\n"
         " - Tissue paper 50 x 75 cm ............... 40 reams @ USD 18.00 = USD 720.00\n",
         "LD-1001 USD: -/Scarf gift box 32 x 22 x 4 cm, grey 4000 x 1.35 = 5400.00; -/Tissue "
         "paper 50 x 75 cm 40 x 18.00 = 720.00;"},
        /* the count first and the dots before the price: the dots are no
         * part of the title, and a number before a word in small letters
         * ("500 ml", "12 bottles") or a plain word ("Front") is no code */
        {"PO# LD-1002\n"
         "1)  24,000 x 500 ml PET bottle, amber ..... NZ$0.21 ea = NZ$5,040.00\n"
         "2)  24,000 x Front label 80 x 100 mm ..... NZ$0.05 ea = NZ$1,200.00\n"
         "3)  2,000 x Shipping carton 12 bottles ..... NZ$1.35 ea = NZ$2,700.00\n",
         "LD-1002 NZD: -/500 ml PET bottle, amber 24000 x 0.21 = 5040.00; -/Front label 80 x 100 "
         "mm 24000 x 0.05 = 1200.00; -/Shipping carton 12 bottles 2000 x 1.35 = 2700.00;"},
        /* "AUD 42.00 per 100" ending the line: the price of 100 (without
         * the rule no item); the currency's code before a price is no
         * part of the title */
        {"PO LD-1003\n- 10,000 x kava powder pouch 500g kraft zip, AUD 42.00 per 100\n"
         "- 500 x carton 20 x 500g, AUD 1.60 ea\n",
         "LD-1003 AUD: -/kava powder pouch 500g kraft zip 10000 x 0.42 = 4200.00; -/carton 20 x "
         "500g 500 x 1.60 = 800.00;"},
    };

    (void)state;
    run_cases(t, sizeof(t) / sizeof(t[0]));
}

/* "Deliver to: Gobi Cashmere Flagship Store, Peace Avenue 21, …" (a
 * name and an address on the label's line) over "Contact: Bat-Erdene
 * Ganbold, +976 …": the person receives and the name starts the
 * address (without the rule the contact's name is a second receiver).
 * A receiver's label whose value is a Chinese address ("Deliver to: 内蒙古
 * 二连浩特市 边贸路 18 号 …") gives the address, not the name. */
static void test_deliver_to_then_contact(void **state)
{
    static const struct tcase t[] = {
        {"PO No: DC-1001\nA-1 x 10 @ 2.00\n"
         "Deliver to: Gobi Store, Peace Avenue 21, Sukhbaatar District, Ulaanbaatar 14200\n"
         "Contact: Bat-Erdene Ganbold, +976 9911 2345\n",
         "DC-1001: A-1/- 10 x 2.00 = 20.00; ship Bat-Erdene Ganbold|+976 9911 2345|Gobi Store, "
         "Peace Avenue 21, Sukhbaatar District, Ulaanbaatar 14200"},
        {"PO No: DC-1002\nA-1 x 10 @ 2.00\nDeliver to: 内蒙古二连浩特市 边贸路 18 号 二连仓库\n"
         "Contact: 乌云 138 4793 2210\n",
         "DC-1002: A-1/- 10 x 2.00 = 20.00; ship 乌云|138 4793 2210|内蒙古二连浩特市 边贸路 18 号 "
         "二连仓库"},
    };

    (void)state;
    run_cases(t, sizeof(t) / sizeof(t[0]));
}

/* "Ship to: Mavis Bank Coffee Factory, Mavis Bank P.O., St. Andrew,
 * Jamaica W.I." (a place of four parts, no house number) over "Attn:
 * Delroy Campbell 876-…": the person receives and the place is the
 * address (without the rule the place is dropped); a value of one part
 * is still dropped. */
static void test_ship_to_place_then_attn(void **state)
{
    static const struct tcase t[] = {
        {"PO No: SP-1001\nA-1 x 10 @ 2.00\n"
         "Ship to: Mavis Bank Coffee Factory, Mavis Bank P.O., St. Andrew, Jamaica W.I.\n"
         "Attn: Delroy Campbell 876-977-8013\n",
         "SP-1001: A-1/- 10 x 2.00 = 20.00; ship Delroy Campbell|876-977-8013|Mavis Bank Coffee "
         "Factory, Mavis Bank P.O., St. Andrew, Jamaica W.I."},
        {"PO No: SP-1002\nA-1 x 10 @ 2.00\nShip to: Mavis Bank Coffee Factory\n"
         "Attn: Delroy Campbell 876-977-8013\n",
         "SP-1002: A-1/- 10 x 2.00 = 20.00; ship Delroy Campbell|876-977-8013|-"},
    };

    (void)state;
    run_cases(t, sizeof(t) / sizeof(t[0]));
}

/* The line under a delivery address on its label's line: a word of a
 * role or a place and its colon, a person and a phone ("Warehouse: Armen
 * Petrosyan +374 …") names who receives, as the same line without the
 * word does (without the rule no receiver is read). */
static void test_role_word_receiver(void **state)
{
    static const struct tcase t[] = {
        {"PO No: RW-1001\nA-1 x 10 @ 2.00\n"
         "Delivery: Ararat Valley Cellars CJSC, 40 Admiral Isakov Ave, Yerevan 0082, Armenia\n"
         "Warehouse: Armen Petrosyan +374 91 223344\n",
         "RW-1001: A-1/- 10 x 2.00 = 20.00; ship Armen Petrosyan|+374 91 223344|Ararat Valley "
         "Cellars CJSC, 40 Admiral Isakov Ave, Yerevan 0082, Armenia"},
        /* the comma before the phone's word is no part of the name */
        {"PO No: RW-1002\nA-1 x 10 @ 2.00\n"
         "Consegna: Da Gino S.r.l., Via Nizza 45, 10126 Torino (TO), Italia\n"
         "Referente: Luca Ferri, tel. +39 011 650 2211\n",
         "RW-1002: A-1/- 10 x 2.00 = 20.00; ship Luca Ferri|+39 011 650 2211|Da Gino S.r.l., Via "
         "Nizza 45, 10126 Torino (TO), Italia"},
    };

    (void)state;
    run_cases(t, sizeof(t) / sizeof(t[0]));
}

/* A name cell that holds the name, "SKU: code" and the spec (Zoho
 * Inventory's "Item & Description", its lines joined by the HTML
 * reader): the code is the SKU, the title the name and the spec
 * (without the rule the label and the code stay in the title). A cell
 * that starts with the label, or whose "code" has no capital or digit,
 * stays the title. */
static void test_cell_code(void **state)
{
    static const struct tcase t[] = {
        {"PO No: CC-1001\n#\tItem & Description\tQty\tRate\tAmount\n"
         "1\tTea caddy SKU: TB-25 25 bags, green\t8,000 pcs\t0.74\t5,920.00\n"
         "2\tTea bag envelope SKU: ENV foil, printed\t200 pcs\t0.50\t100.00\n",
         "CC-1001: TB-25/Tea caddy 25 bags, green 8000 x 0.74 = 5920.00; ENV/Tea bag envelope "
         "foil, printed 200 x 0.50 = 100.00;"},
        {"PO No: CC-1002\n#\tItem & Description\tQty\tRate\tAmount\n"
         "1\tTea caddy SKU: see below\t8 pcs\t0.50\t4.00\n",
         "CC-1002: -/Tea caddy SKU: see below 8 x 0.50 = 4.00;"},
    };

    (void)state;
    run_cases(t, sizeof(t) / sizeof(t[0]));
}

/* A signature's company followed by its name in another script in
 * brackets ("Gobi Cashmere LLC ("Говь Кашемир" ХХК)", "延边金达莱食品有限公司
 * （연변진달래식품유한회사）"): the company without it. */
static void test_company_other_script(void **state)
{
    static const struct tcase t[] = {
        {"PO No: OS-1001\nA-1 x 10 @ 2.00\n\nRegards,\nOyunchimeg Tsend\n"
         "Purchasing, Gobi Cashmere LLC (\"Говь Кашемир\" ХХК)\n",
         "OS-1001: A-1/- 10 x 2.00 = 20.00; cust Gobi Cashmere LLC"},
        {"订单号：OS-1002\nA-1 x 10 @ "
         "2.00\n\n金英姬\n延边金达莱食品有限公司（연변진달래식품유한회사）\n",
         "OS-1002: A-1/- 10 x 2.00 = 20.00; cust 延边金达莱食品有限公司"},
    };

    (void)state;
    run_cases(t, sizeof(t) / sizeof(t[0]));
}

/* An order read from the quoted text that names no receiver, under a
 * newer text that does: the newer text's ship-to is the order's, held
 * (without the rule no ship-to and the doubt that the quoted one was
 * read). */
static void test_newer_ship_to(void **state)
{
    static const struct tcase t[] = {
        {"按下面的下单。\n发到我们的库：\n杭州市西湖区 文三路 248 号\n李明 13812345678\n\n"
         "在 2027-09-21 10:05:12，\"方静\" <fj@example.com> 写道：\n> 订单号：NS-2027-01\n"
         "> A-1 x 10 @ 2.00\n",
         "NS-2027-01: A-1/- 10 x 2.00 = 20.00; ship 李明|13812345678|杭州市西湖区 文三路 248 号 | "
         "the order was read from the quoted text and its ship-to from the newer text above it "
         "(line 3); check that they belong together"},
    };

    (void)state;
    run_cases(t, sizeof(t) / sizeof(t[0]));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_box_table),
        cmocka_unit_test(test_signature_company),
        cmocka_unit_test(test_receiver_phone),
        cmocka_unit_test(test_unit_first),
        cmocka_unit_test(test_french_total),
        cmocka_unit_test(test_national_numbers),
        cmocka_unit_test(test_two_pos),
        cmocka_unit_test(test_name_before_tel),
        cmocka_unit_test(test_place_and_person),
        cmocka_unit_test(test_times_without_code),
        cmocka_unit_test(test_reply_names_receiver),
        cmocka_unit_test(test_freight_terms),
        cmocka_unit_test(test_letterhead),
        cmocka_unit_test(test_ship_sides),
        cmocka_unit_test(test_inline_spec),
        cmocka_unit_test(test_change_words),
        cmocka_unit_test(test_slash_cells),
        cmocka_unit_test(test_main_unit_qty),
        cmocka_unit_test(test_clause_pairs),
        cmocka_unit_test(test_heading_orders),
        cmocka_unit_test(test_letter_date),
        cmocka_unit_test(test_rebate_total),
        cmocka_unit_test(test_zh24_body_rules),
        cmocka_unit_test(test_bracket_spec),
        cmocka_unit_test(test_bare_money_labels),
        cmocka_unit_test(test_receiver_under_address),
        cmocka_unit_test(test_price_cell_tails),
        cmocka_unit_test(test_two_row_header),
        cmocka_unit_test(test_sentence_cn_address),
        cmocka_unit_test(test_company_address_person),
        cmocka_unit_test(test_leader_lines),
        cmocka_unit_test(test_ship_sentence),
        cmocka_unit_test(test_glued_phone_person_company),
        cmocka_unit_test(test_deliver_to_then_contact),
        cmocka_unit_test(test_ship_to_place_then_attn),
        cmocka_unit_test(test_cell_code),
        cmocka_unit_test(test_role_word_receiver),
        cmocka_unit_test(test_company_other_script),
        cmocka_unit_test(test_newer_ship_to),
    };

    return cmocka_run_group_tests(tests, NULL, NULL);
}
