/* Plain-text purchase orders written outside China (connectors/imap/
 * text.c, tablecols.c, fields.c and the signature reader, through
 * mail_text_parse): a name column headed as the item, the title before
 * the company in a signature, prices per N pieces. Each case is a small
 * text written for the rule, with the one-line reading it must give. */
#include "mailshow.h"

/* "Item | Specification | Qty": the one column headed for the SKU holds
 * names, not codes, and no column is headed for the name: it is the
 * name, and the specification joins it. Codes under the same word stay
 * the SKU. A specification column that joins no title holds the order. */
static void test_item_words(void **state)
{
    static const struct tcase t[] = {
        {"PO No: IW-1\n"
         "No | Item | Specification | Qty | Rate | Amount\n"
         "1 | Kraft paper bag | 30x20 cm, twisted handle | 500 | 0.40 | 200.00\n"
         "2 | Tape | 48mm clear | 20 | 1.50 | 30.00\n",
         "IW-1: -/Kraft paper bag 30x20 cm, twisted handle 500 x 0.40 = 200.00; -/Tape 48mm "
         "clear 20 x 1.50 = 30.00;"},
        {"PO No: IW-2\n"
         "Item | Specification | Qty | Rate | Amount\n"
         "KB-30 | 30x20 cm | 500 | 0.40 | 200.00\n"
         "TP-48 | 48mm clear | 20 | 1.50 | 30.00\n",
         "IW-2: KB-30/- 500 x 0.40 = 200.00; TP-48/- 20 x 1.50 = 30.00; | lines 3-4: column 2 "
         "is headed as the specification but joins no title; the titles may lack it"},
    };

    (void)state;
    run_cases(t, sizeof(t) / sizeof(t[0]));
}

/* "Procurement Officer, Acme Foods Ltd.", "Compras - Lusopack, Lda.": the
 * signer's title before the company, after a comma or a dash, is no part
 * of the buyer's name. */
static void test_title_before_company(void **state)
{
    static const struct tcase t[] = {
        {"PO: TC-1\nSKU  Qty  Price\nA-1  10  2.00\n\nRegards,\nJane Obi\n"
         "Procurement Officer, Acme Foods Ltd.\n",
         "TC-1: A-1/- 10 x 2.00 = 20.00; cust Acme Foods Ltd."},
        {"PO: TC-2\nSKU  Qty  Price\nA-1  10  2.00\n\nCumprimentos,\nRui Sousa\n"
         "Compras - Lusopack, Lda.\n",
         "TC-2: A-1/- 10 x 2.00 = 20.00; cust Lusopack, Lda."},
        {"PO: TC-3\nSKU  Qty  Price\nA-1  10  2.00\n\nThanks,\nRam Thapa\n"
         "Purchase, Everest Wool Pvt. Ltd.\n",
         "TC-3: A-1/- 10 x 2.00 = 20.00; cust Everest Wool Pvt. Ltd."},
    };

    (void)state;
    run_cases(t, sizeof(t) / sizeof(t[0]));
}

/* The receiver by the words of the trade: a store keeper, Portuguese
 * "Receção", Hungarian "Átvevő". */
static void test_receiver_words(void **state)
{
    static const struct tcase t[] = {
        {"PO: RW-1\nSKU  Qty  Price\nA-1  10  2.00\nDelivery Address: Plot 3, Ikeja, Lagos\n"
         "Store Keeper: Mr. Ade Bello 0803 111 2222\n",
         "RW-1: A-1/- 10 x 2.00 = 20.00; ship Mr. Ade Bello|0803 111 2222|Plot 3, Ikeja, Lagos"},
        {"PO: RW-2\nSKU  Qty  Price\nA-1  10  2.00\nLocal de entrega: Rua Nova 5, 4000-100 Porto\n"
         "Receção: Sr. Paulo Reis, tel. +351 220 000 111\n",
         "RW-2: A-1/- 10 x 2.00 = 20.00; ship Sr. Paulo Reis|+351 220 000 111|Rua Nova 5, "
         "4000-100 Porto"},
    };

    (void)state;
    run_cases(t, sizeof(t) / sizeof(t[0]));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_item_words),
        cmocka_unit_test(test_title_before_company),
        cmocka_unit_test(test_receiver_words),
    };

    return cmocka_run_group_tests(tests, NULL, NULL);
}
