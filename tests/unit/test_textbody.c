/* Plain-text purchase-order bodies (connectors/imap/text.c, tables.c,
 * fields.c and the signature reader, through mail_text_parse): tables
 * drawn with box-drawing characters, contact lines and signatures. Each
 * case is a small text written for the rule, with the one-line reading
 * it must give. */
#include "mailshow.h"

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
 * order held); a fax after the phone, with its label, is left out. */
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

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_box_table),
        cmocka_unit_test(test_signature_company),
        cmocka_unit_test(test_receiver_phone),
        cmocka_unit_test(test_unit_first),
    };

    return cmocka_run_group_tests(tests, NULL, NULL);
}
