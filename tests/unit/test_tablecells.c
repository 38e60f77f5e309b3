/* Text table cells that hold more than their column's value or spill
 * onto the next line (connectors/imap/pricecell.c, tablecols.c, tables.c,
 * fields.c mail_per_n): an article before the number word of a price per
 * N pieces ("US$ 4,20 el millar"); a price cell whose words after the
 * price no list knows, read by the line's amount and held, not refused;
 * a name cell wrapped onto the next line with the rest of the row. Each
 * case is a small text with the one-line reading it must give
 * (mailshow.h). */
#include "mailshow.h"

#include "imap/fields.h"
#include "imap/textread.h"

/* "el millar", "le mille", "the thousand": an article, not "per", before
 * a number word; a letter or a figure after the article is no N. */
static void test_article_per_words(void **state)
{
    static const struct {
        const char *w;
        int64_t n;
    } t[] = {
        {"el millar", 1000},  {" le mille", 1000}, {"the thousand pcs", 1000},
        {"o cento", 100},     {"el ciento", 100},  {"a month", 1},
        {"a m", 1},           {"the 1000", 1},     {"el millar = 5", 1},
        {"le millier", 1000},
    };
    size_t pn;
    int64_t per;

    (void)state;
    for (size_t i = 0; i < sizeof(t) / sizeof(t[0]); i++)
        if (mail_per_n(t[i].w, strlen(t[i].w)) != t[i].n)
            fail_msg("'%s': %lld, want %lld", t[i].w, (long long)mail_per_n(t[i].w, strlen(t[i].w)),
                     (long long)t[i].n);
    assert_true(mail_price_per_split("US$ 4,20 el millar", 18, &pn, &per));
    assert_int_equal(pn, 8);
    assert_int_equal(per, 1000);
    assert_false(mail_price_per_split("US$ 4,20 each", 13, &pn, &per));
}

/* The price a cell starts with, and the pieces the amount says it is
 * for. */
static void test_price_lead(void **state)
{
    (void)state;
    assert_int_equal(tr_price_lead("US$ 4,20 al mil", 15), 8);
    assert_int_equal(tr_price_lead("6.20  \xef\xbc\x9d"
                                   "18,600.00",
                                   18),
                     4);
    assert_int_equal(tr_price_lead("4.20 USD", 8), 0);
    assert_int_equal(tr_price_lead("1 000,50", 8), 0);
    assert_int_equal(tr_price_lead("4.20", 4), 0);
    assert_int_equal(tr_price_amount_basis(500000, 420, 210000), 1000);
    assert_int_equal(tr_price_amount_basis(3000, 620, 1860000), 1);
    assert_int_equal(tr_price_amount_basis(3000, 620, 1900000), 0);
}

/* A text table whose price cells carry words no list knows: the order is
 * read and held with a doubt naming the cell; an amount that bears out no
 * basis leaves the line refused as before. */
static void test_price_cell_words(void **state)
{
    static const struct tcase t[] = {
        {"Orden de compra: PC-1\n"
         "Producto\tCantidad\tPrecio\tValor\n"
         "Hoja impresa\t500.000\tUS$ 4,20 el millar\tUS$ 2.100,00\n"
         "Caja\t20.000\tUS$ 0,16\tUS$ 3.200,00\n",
         "PC-1 USD: -/Hoja impresa 500000 x 0.0042 = 2100.00; -/Caja 20000 x 0.16 = 3200.00; | "
         "line 3: unit price 0.0042 is finer than a cent: stored exactly, the amounts rounded "
         "from it to be checked"},
        {"PO: PC-2\n"
         "Description\tQty\tPrice\tAmount\n"
         "Jar\t3,000\t6.20 agreed\t18,600.00\n"
         "Lid\t3,000\t0.50\t1,500.00\n",
         "PC-2: -/Jar 3000 x 6.20 = 18600.00; -/Lid 3000 x 0.50 = 1500.00; | line 3: unit price "
         "'6.20 agreed' holds more than a price; 6.20 a piece taken, as the amount 18600.00 "
         "says: check the price"},
        {"PO: PC-3\n"
         "Description\tQty\tPrice\tAmount\n"
         "Label\t50,000\t14.50 al mil\t725.00\n"
         "Lid\t3,000\t0.50\t1,500.00\n",
         "PC-3: -/Label 50000 x 0.0145 = 725.00; -/Lid 3000 x 0.50 = 1500.00; | line 3: unit "
         "price 0.0145 is finer than a cent: stored exactly, the amounts rounded from it to be "
         "checked | line 3: unit price '14.50 al mil' holds more than a price; 14.50 per 1000 "
         "taken, as the amount 725.00 says: check the price"},
        {"PO: PC-4\n"
         "Description\tQty\tPrice\tAmount\n"
         "Jar\t3,000\t6.20 agreed\t19,000.00\n"
         "Lid\t3,000\t0.50\t1,500.00\n",
         "!! line 3: unit price '6.20 agreed' is not an amount"},
    };

    (void)state;
    run_cases(t, sizeof(t) / sizeof(t[0]));
}

/* Zoho's "Item & Description" cell: the name, then on the next line the
 * spec and the row's other cells; the two lines are one row. A row that
 * ends short with no line to complete it is refused as before. */
static void test_wrapped_name_cell(void **state)
{
    static const struct tcase t[] = {
        {"Purchase Order# WR-1\n#\tItem & Description\tQty\tRate\tAmount\t\n\n"
         "1\tShea butter jar 200 ml\nPP, white, screw cap\t25,000 pcs\t0.16\t4,000.00\t\n\n"
         "2\tCarton\n48 jars\t750 pcs\t1.20\t900.00\t\n\n",
         "WR-1: -/Shea butter jar 200 ml PP, white, screw cap 25000 x 0.16 = 4000.00; -/Carton 48 "
         "jars 750 x 1.20 = 900.00;"},
        {"Purchase Order# WR-2\n#\tItem & Description\tQty\tRate\tAmount\n"
         "1\tJar\t100\t0.16\t16.00\n2\tCarton\n\n",
         "!! line 4: no quantity"},
    };

    (void)state;
    run_cases(t, sizeof(t) / sizeof(t[0]));
}

/* A sums row whose label no list knows and whose amount is negative
 * takes the amount off: a discount, and the order held for it; the total
 * row under it then adds up. Below the order's total row it is no
 * discount. */
static void test_unknown_amount_off(void **state)
{
    static const struct tcase t[] = {
        {"PO: AD-1\nDescription\tQty\tRate\tAmount\nJar\t100\t2.00\t200.00\n"
         "\t\tSub Total\t200.00\n\t\tAdjustment (sample credit)\t-20.00\n\t\tTotal\t180.00\n",
         "AD-1: -/Jar 100 x 2.00 = 200.00; total 180.00 | line 5: 'Adjustment (sample credit)' "
         "takes 20.00 off the order: read as a discount; check the charges"},
        /* below the order's total, an amount taken off is a payment */
        {"PO: AD-2\nDescription\tQty\tRate\tAmount\nJar\t100\t2.00\t200.00\n"
         "\t\tOrder Total\t200.00\n\t\tLess deposit 40% (paid)\t(80.00)\n"
         "\t\tBalance due before loading\t120.00\n",
         "AD-2: -/Jar 100 x 2.00 = 200.00; total 200.00"},
    };

    (void)state;
    run_cases(t, sizeof(t) / sizeof(t[0]));
}

/* "Poly mailer 10x13 in, 2.5 mil, white 8,000": a row whose name runs
 * into its count with one space is a cell short, and under "Unit  Line"
 * (words that name no column) the columns are decided on the whole rows
 * alone; the short row is split where its amount checks. With one whole
 * row only, nothing is decided so. */
static void test_short_row_columns(void **state)
{
    static const struct tcase t[] = {
        {"PO #: SR-1\n\n"
         "Item          Description                          Qty      Unit      Line\n"
         "HD-CB-1210    Corrugated mailer 12x10x4 in, kraft  2,500    0.94      2,350.00\n"
         "HD-CB-1612    Corrugated mailer 16x12x6 in, kraft  1,500    1.37      2,055.00\n"
         "HD-PA-0810    Poly mailer 10x13 in, 2.5 mil, white 8,000    0.07        560.00\n",
         "SR-1: HD-CB-1210/Corrugated mailer 12x10x4 in, kraft 2500 x 0.94 = 2350.00; "
         "HD-CB-1612/Corrugated mailer 16x12x6 in, kraft 1500 x 1.37 = 2055.00; HD-PA-0810/Poly "
         "mailer 10x13 in, 2.5 mil, white 8000 x 0.07 = 560.00;"},
        {"PO #: SR-2\n\n"
         "Item          Description                          Qty      Unit      Line\n"
         "HD-CB-1210    Corrugated mailer 12x10x4 in, kraft  2,500    0.94      2,350.00\n"
         "HD-PA-0810    Poly mailer 10x13 in, 2.5 mil, white 8,000    0.07        560.00\n",
         "!! line 4: no unit price"},
    };

    (void)state;
    run_cases(t, sizeof(t) / sizeof(t[0]));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_article_per_words),  cmocka_unit_test(test_price_lead),
        cmocka_unit_test(test_price_cell_words),   cmocka_unit_test(test_wrapped_name_cell),
        cmocka_unit_test(test_unknown_amount_off), cmocka_unit_test(test_short_row_columns),
    };

    return cmocka_run_group_tests(tests, NULL, NULL);
}
