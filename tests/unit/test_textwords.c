/* Plain-text purchase orders in languages the label lists do not know
 * (connectors/imap/cellwords.c, items.c, tables.c, fields.c, through
 * mail_text_parse): cells read by the number beside a word rather than
 * by the word, proven by the rows' arithmetic. Each case is a small text
 * written for the rule, with the one-line reading it must give. */
#include "mailshow.h"

/* "85,00 за 1000 шт", "4.20 el millar": a price with the pieces it is for
 * after a word no list holds; the table's arithmetic proves it. "x 1000"
 * multiplies and is no basis word: such a cell is read by its leading
 * price (pricecell.c) only where the amount proves the basis, and held. */
static void test_price_basis_word(void **state)
{
    static const struct tcase t[] = {
        {"Order No: CW-1\n\n"
         "No  Item                 Qty       Price USD           Amount USD\n"
         "1   Pouch 200 g        60 000     85,00 за 1000 шт      5 100,00\n"
         "2   Gift box            4 000                 1,25      5 000,00\n",
         "CW-1 USD: -/Pouch 200 g 60000 x 0.085 = 5100.00; -/Gift box 4000 x 1.25 = 5000.00; | "
         "line 4: unit price 0.085 is finer than a cent: stored exactly, the amounts rounded "
         "from it to be checked"},
        {"Order No: CW-2\n\nItem        Qty      Price            Amount\n"
         "Bag        20000     4.20 el millar    84.00\n"
         "Box          100     1.25             125.00\n",
         "CW-2: Bag/- 20000 x 0.0042 = 84.00; Box/- 100 x 1.25 = 125.00; | line 4: unit price "
         "0.0042 is finer than a cent: stored exactly, the amounts rounded from it to be "
         "checked"},
        {"Order No: CW-3\n\nItem        Qty      Price            Amount\n"
         "Bag        20000     4.20 x 1000    84.00\n"
         "Box          100     1.25             125.00\n",
         "CW-3: Bag/- 20000 x 0.0042 = 84.00; Box/- 100 x 1.25 = 125.00; | line 4: unit price "
         "0.0042 is finer than a cent: stored exactly, the amounts rounded from it to be checked "
         "| line 4: unit price '4.20 x 1000' holds more than a price; 4.20 per 1000 taken, as the "
         "amount 84.00 says: check the price"},
    };

    (void)state;
    run_cases(t, sizeof(t) / sizeof(t[0]));
}

/* "a U$S 0,31 c/u", "@ 0.45 ea", "à 1,20 € l'unité": the words a sentence
 * puts around a price in a column of prices ("at", "each") are no part
 * of the cell (pricewords.c); "=" between price and amount is a cell of
 * its own. "TOTAL  U$S 8.807,60" under the lines is the order's total,
 * the dollar written as Uruguay writes it. */
static void test_price_around_words(void **state)
{
    static const struct tcase t[] = {
        {"Orden de Compra N° OC-1\n\n"
         "  20.000  Frasco 450 g  a U$S 0,31 c/u  =  U$S 6.200,00\n"
         "  12.000  Tapa dorada  a U$S 0,24 c/u  =  U$S 2.880,00\n\n"
         "TOTAL                U$S 9.080,00\n",
         "OC-1 USD: -/Frasco 450 g 20000 x 0.31 = 6200.00; -/Tapa dorada 12000 x 0.24 = 2880.00; "
         "total 9080.00"},
        {"Orden de Compra N° OC-2\n\n"
         "  20.000  Frasco 450 g  a U$S 0,31 c/u  =  U$S 6.200,00\n"
         "  12.000  Tapa dorada  a U$S 0,24 c/u  =  U$S 2.880,00\n\n"
         "TOTAL                U$S 8.807,60\n",
         "OC-2 USD: -/Frasco 450 g 20000 x 0.31 = 6200.00; -/Tapa dorada 12000 x 0.24 = 2880.00; "
         "total 8807.60 | the stated total 8807.60 (line 6) is not the sum of the lines 9080.00"},
        {"PO Number: AT-3\n\n"
         "Kraft mailer 9x12    500    @ 0.45 ea    225.00\n"
         "Poly bag 10x13       1,000  @ 0.12 ea    120.00\n",
         "AT-3: -/Kraft mailer 9x12 500 x 0.45 = 225.00; -/Poly bag 10x13 1000 x 0.12 = 120.00;"},
        {"Bon de commande n° BC-4\n\n"
         "Boîte 1 kg     300     à 1,20 € l'unité     360,00 €\n"
         "Ruban satin     40     à 2,50 € l'unité     100,00 €\n",
         "BC-4 EUR: -/Boîte 1 kg 300 x 1.20 = 360.00; -/Ruban satin 40 x 2.50 = 100.00;"},
    };

    (void)state;
    run_cases(t, sizeof(t) / sizeof(t[0]));
}

/* "Rate USD/1000", "Price per 100": a price header that names the pieces
 * its prices are for; the column's currency before the '/'. */
static void test_header_per_n(void **state)
{
    static const struct tcase t[] = {
        {"PO No: PN-1\n\nSr  Description        Qty (Nos)   Rate USD/1000   Value USD\n"
         "1   Laminated pouch      250,000           38.50    9,625.00\n"
         "2   Shipper carton         6,000          640.00    3,840.00\n",
         "PN-1 USD: -/Laminated pouch 250000 x 0.0385 = 9625.00; -/Shipper carton 6000 x 0.64 "
         "= 3840.00; | line 4: unit price 0.0385 is finer than a cent: stored exactly, the "
         "amounts rounded from it to be checked"},
        {"PO No: PN-2\n\nItem        Qty   Price per 100   Amount\nBag        2,000          "
         "12.00   240.00\n",
         "PN-2: Bag/- 2000 x 0.12 = 240.00;"},
    };

    (void)state;
    run_cases(t, sizeof(t) / sizeof(t[0]));
}

/* "25 rolek": a count with a unit word no list holds reads in a table
 * whose row states the amount that checks it; without an amount the
 * order is held with a doubt naming the cell, which the stated total
 * drops when it confirms the lines. A word that is no unit ("25 x") is
 * refused as before. */
static void test_count_unit_word(void **state)
{
    static const struct tcase t[] = {
        {"Order No: CQ-1\n\nItem  Qty  Price  Amount\nTin  10 szt.  0.82  8.20\n"
         "Film  25 rolek  21.00  525.00\n",
         "CQ-1: Tin/- 10 x 0.82 = 8.20; Film/- 25 x 21.00 = 525.00;"},
        {"Order No: CQ-2\n\nItem  Qty  Price\nFilm  25 rolek  21.00\n",
         "CQ-2: Film/- 25 x 21.00 = 525.00; | line 4: quantity '25 rolek' has a unit word no "
         "list knows and no amount checks it; read as 25"},
        {"Order No: CQ-3\n\nItem  Qty  Price\nFilm  25 rolek  21.00\nTape  10 szt.  2.00\n"
         "Total: 545.00\n",
         "CQ-3: Film/- 25 x 21.00 = 525.00; Tape/- 10 x 2.00 = 20.00; total 545.00"},
        {"Order No: CQ-4\n\nItem  Qty  Price\nFilm  25 2x  21.00\n",
         "!! line 4: quantity '25 2x' is not a number"},
    };

    (void)state;
    run_cases(t, sizeof(t) / sizeof(t[0]));
}

/* "1. Tin; round, 250 g; 10 000 szt.; 0,82 EUR; 8.200,00 EUR": a semicolon
 * and a space, three times or more, part the cells of a row. */
static void test_semicolon_cells(void **state)
{
    static const struct tcase t[] = {
        {"Order No: SC-1\n\n1. Tin; round, 250 g; 10 000 szt.; 0,82 EUR; 8.200,00 EUR\n"
         "2. Film; roll 40 cm; 25 rolek; 21,00 EUR; 525,00 EUR\n",
         "SC-1 EUR: -/Tin round, 250 g 10000 x 0.82 = 8200.00; -/Film roll 40 cm 25 x 21.00 = "
         "525.00;"},
    };

    (void)state;
    run_cases(t, sizeof(t) / sizeof(t[0]));
}

/* "Цена, USD": a comma between a column's label and its currency. */
static void test_header_comma_currency(void **state)
{
    static const struct tcase t[] = {
        {"Order No: CH-1\n\nItem        Кол-во, шт    Цена, USD    Сумма, USD\n"
         "Box          10            2.00        20.00\n",
         "CH-1 USD: Box/- 10 x 2.00 = 20.00;"},
    };

    (void)state;
    run_cases(t, sizeof(t) / sizeof(t[0]));
}

/* "Заявка № СФ-27/118 от 04.10.2027": the Russian request's label, and an
 * order number that starts with Cyrillic letters; Cyrillic words alone
 * are no number. */
static void test_cyrillic_id(void **state)
{
    static const struct tcase t[] = {
        {"Заявка № СФ-27/118 от 04.10.2027\n\nItem  Qty  Price  Amount\nBox  10  2.00  20.00\n",
         "СФ-27/118: Box/- 10 x 2.00 = 20.00;"},
        {"Номер заказа: ΑΒ-12\n\nItem  Qty  Price  Amount\nBox  10  2.00  20.00\n",
         "ΑΒ-12: Box/- 10 x 2.00 = 20.00;"},
        {"Заказ № см. вложение\n\nItem  Qty  Price  Amount\nBox  10  2.00  20.00\n",
         "msg-f: Box/- 10 x 2.00 = 20.00;"},
    };

    (void)state;
    run_cases(t, sizeof(t) / sizeof(t[0]));
}

/* A Japanese order: 発注番号, 発注日, 納品先 and 担当; 品名 仕様 数量
 * 単価 金額 split by full-width spaces; "@58円" (the at sign before the
 * price, the yen after it), "30,000枚" and "@1,850円/100枚" (a price for
 * 100 with its currency mark before the '/'). */
static void test_japanese_table(void **state)
{
    static const struct tcase t[] = {
        {"発注番号：JP-1\n発注日：2027年10月18日\n\n"
         "No　品名　仕様　数量　単価　金額\n"
         "1　抹茶缶　40g 丸缶　10,000個　@58円　580,000円\n"
         "2　アルミ袋　100g　30,000枚　@1,850円/100枚　555,000円\n"
         "合計金額　1,135,000円\n\n"
         "納品先：大阪府大阪市住之江区 南港北 1-2-3\n担当：中村 06-6614-2201\n",
         "JP-1 JPY: -/抹茶缶 40g 丸缶 10000 x 58.00 = 580000.00; -/アルミ袋 100g 30000 x 18.50 "
         "= 555000.00; total 1135000.00 ship 中村|06-6614-2201|大阪府大阪市住之江区 南港北 "
         "1-2-3"},
    };

    (void)state;
    run_cases(t, sizeof(t) / sizeof(t[0]));
}

/* Items in the sentences of a paragraph, across its lines: a count, a
 * name and a price after "at" (or "@", or a dash) with its currency, maybe
 * for N pieces ("per 1000 pcs"), each held with a doubt.
 * A question, a name before the count ("12,000 PCS @ USD 0.92") or two
 * currencies give none. */
static void test_sentence_items(void **state)
{
    static const struct tcase t[] = {
        {"Order No: SI-1\n\nPlease make 50,000 pieces of the printed sleeve (30 cm, clear OPP) "
         "at 0.045 EUR each, and\n6,000 gift boxes for 6 pieces in kraft at 0.95 EUR. We also "
         "need 150 export\ncartons at 2.10 EUR.\n\nTotal amount EUR 8,265.00\n",
         "SI-1 EUR: -/printed sleeve (30 cm, clear OPP) 50000 x 0.045 = 2250.00; -/gift boxes "
         "for 6 pieces in kraft 6000 x 0.95 = 5700.00; -/export cartons 150 x 2.10 = 315.00; "
         "total 8265.00 | line 3: unit price 0.045 is finer than a cent: stored exactly, the "
         "amounts rounded from it to be checked | line 3: an item without a code or a table, "
         "read from a sentence; its name is the writer's words | line 4: an item without a code "
         "or a table, read from a sentence; its name is the writer's words | line 4: an item "
         "without a code or a table, read from a sentence; its name is the writer's words"},
        {"Order ref: ZT-1\n\n1. 40,000 printed doy-packs, 100 g, matte - USD 62.00 per 1000 "
         "pcs;\n2. 600 export cartons, 5-ply - USD 1.60 each.\n",
         "ZT-1 USD: -/printed doy-packs, 100 g, matte 40000 x 0.062 = 2480.00; -/export "
         "cartons, 5-ply 600 x 1.60 = 960.00; | line 3: unit price 0.062 is finer than a cent: "
         "stored exactly, the amounts rounded from it to be checked | line 3: an item without "
         "a code or a table, read from a sentence; its name is the writer's words | line 4: an "
         "item without a code or a table, read from a sentence; its name is the writer's "
         "words"},
        {"Order No: SI-2\n\nCould you make 6,000 gift boxes at 0.95 EUR?\n",
         "!! order SI-2: no line items found (expected a table with a header row such as '商品编码 "
         "数量 单价' or 'SKU Qty Price', or lines like 'SKU x 2 @ 59.00')"},
        {"Order No: SI-3\n\nJUTE TOTE BAG 12,000 PCS @ USD 0.92\n",
         "!! order SI-3: no line items found (expected a table with a header row such as '商品编码 "
         "数量 单价' or 'SKU Qty Price', or lines like 'SKU x 2 @ 59.00')"},
        {"Order No: SI-4\n\nWe need 2,000 pcs of the Tea tin 100 g at USD 0.95 each, and 500 pcs "
         "Master carton at EUR 1.40.\n",
         "!! order SI-4: no line items found (expected a table with a header row such as '商品编码 "
         "数量 单价' or 'SKU Qty Price', or lines like 'SKU x 2 @ 59.00')"},
    };

    (void)state;
    run_cases(t, sizeof(t) / sizeof(t[0]));
}

/* The buyer's company in a signature by its legal form in more
 * languages: Icelandic ehf., Polish "Sp. z o.o.", Czech s.r.o. with a
 * common noun in lower case, Japanese 株式会社 before the name, a name
 * written in two scripts ("… Ltd / შპს …"); and the sign-offs "S
 * pozdravem", "Z poważaniem", "Bestu kveðjur". A signature block without a
 * sign-off that starts with the company and ends with a telephone. */
static void test_signature_forms(void **state)
{
    static const struct tcase t[] = {
        {"PO: SF-1\nSKU  Qty  Price\nA-1  10  2.00\n\nBestu kveðjur,\nGuðrún Jónsdóttir\n"
         "Vestfirskur Fiskur ehf.\nSindragata 10, 400 Ísafjörður\n",
         "SF-1: A-1/- 10 x 2.00 = 20.00; cust Vestfirskur Fiskur ehf."},
        {"PO: SF-2\nSKU  Qty  Price\nA-1  10  2.00\n\nZ poważaniem\nAgnieszka Nowak\n"
         "Dział Zaopatrzenia\nPierniki Toruńskie Kopernika Sp. z o.o.\n",
         "SF-2: A-1/- 10 x 2.00 = 20.00; cust Pierniki Toruńskie Kopernika Sp. z o.o."},
        {"PO: SF-3\nSKU  Qty  Price\nA-1  10  2.00\n\nS pozdravem\nJana Dvořáková\nnákup\n"
         "Lázeňské oplatky Karlovy Vary s.r.o.\n",
         "SF-3: A-1/- 10 x 2.00 = 20.00; cust Lázeňské oplatky Karlovy Vary s.r.o."},
        {"PO: SF-4\nSKU  Qty  Price\nA-1  10  2.00\n\n株式会社 宇治茶園\n京都府宇治市 宇治蓮華 12\n"
         "購買課 山本 美咲\nTEL 0774-21-3456\n",
         "SF-4: A-1/- 10 x 2.00 = 20.00; cust 株式会社 宇治茶園"},
        {"PO: SF-5\nSKU  Qty  Price\nA-1  10  2.00\n\nBest regards,\nNino Kapanadze\n"
         "Kakheti Delights Ltd / შპს კახეთის დელიკატესები\n",
         "SF-5: A-1/- 10 x 2.00 = 20.00; cust Kakheti Delights Ltd"},
        {"PO: SF-6\nSKU  Qty  Price\nA-1  10  2.00\n\nBest regards,\nNino Kapanadze\n"
         "We thank our partners ltd\n",
         "SF-6: A-1/- 10 x 2.00 = 20.00;"},
    };

    (void)state;
    run_cases(t, sizeof(t) / sizeof(t[0]));
}

/* The receiver: "Kontakt:" (Czech, Polish, German, Scandinavian), a
 * second phone labelled by a word cut short with a point ("kom. 601 …"),
 * "Dostawa:" with an address, and a person with a phone under a block
 * whose first line is a company with its address (the company stays in
 * the address). "Nº" (the ordinal sign) is read as "N°" in labels. */
static void test_receiver_forms(void **state)
{
    static const struct tcase t[] = {
        {"PO: RF-1\nSKU  Qty  Price\nA-1  10  2.00\n"
         "Dodací adresa: sklad Sokolovská 1020, 360 05 Karlovy Vary\n"
         "Kontakt: p. Tomáš Novák, +420 353 224 118, mobil +420 603 112 908\n",
         "RF-1: A-1/- 10 x 2.00 = 20.00; ship p. Tomáš Novák|+420 353 224 118|sklad Sokolovská "
         "1020, 360 05 Karlovy Vary"},
        {"PO: RF-2\nSKU  Qty  Price\nA-1  10  2.00\n"
         "Dostawa: Pierniki Sp. z o.o., Magazyn nr 2, ul. Szosa Lubicka 180, 87-100 Toruń\n"
         "Osoba kontaktowa: Pan Marek Zieliński, tel. 56 611 20 44, kom. 601 234 567\n",
         "RF-2: A-1/- 10 x 2.00 = 20.00; ship Pan Marek Zieliński|56 611 20 44|Pierniki Sp. z "
         "o.o., Magazyn nr 2, ul. Szosa Lubicka 180, 87-100 Toruń"},
        {"PO: RF-3\nSKU  Qty  Price\nA-1  10  2.00\n\n"
         "Delivery by truck via Poti port to our warehouse:\n"
         "Kakheti Delights Ltd, 12 Chavchavadze Street, Telavi 2200, Georgia\n"
         "Mr. Giorgi Beridze +995 599 12 34 56\n",
         "RF-3: A-1/- 10 x 2.00 = 20.00; ship Mr. Giorgi Beridze|+995 599 12 34 56|Kakheti "
         "Delights Ltd, 12 Chavchavadze Street, Telavi 2200, Georgia"},
        {"Orden de compra Nº OC-77   Fecha: 30/08/2027\nSKU  Qty  Price\nA-1  10  2.00\n",
         "OC-77: A-1/- 10 x 2.00 = 20.00;"},
    };

    (void)state;
    run_cases(t, sizeof(t) / sizeof(t[0]));
}

/* A reply that accepts the seller's proforma quoted below it: the buyer
 * is the reply's signature, not the proforma's (the seller's), and the
 * ship-to the reply names (with its "- att." receiver) is the order's,
 * the quoted proforma naming none; both hold the order. A quoted order
 * that is no proforma keeps its own signature's company. */
static void test_reply_to_proforma(void **state)
{
    static const struct tcase t[] = {
        {"Hi Fang,\n\nPlease go ahead exactly as in your proforma below. Our PO number is "
         "VF-1,\nplease put it on the invoice.\n\nShip to our forwarder in Reykjavik:\n"
         "Samskip hf., Kjalarvogur 7-15, 104 Reykjavik, Iceland - att. Thordur Jonsson, +354 "
         "458 8000\n\nBest regards,\nGudrun\nVestfirskur Fiskur ehf.\n\n"
         "On Thu, 14 Oct 2027, Fang Jing <fang@example.cn> wrote:\n> Proforma invoice PI-1:\n"
         ">\n> Description          Qty      EUR       Amount\n"
         "> Vacuum bag         8,000    0.50     4,000.00\n>\n> Best regards,\n> Fang Jing\n"
         "> Hangzhou Example Packaging Co., Ltd.\n",
         "VF-1: -/Vacuum bag 8000 x 0.50 = 4000.00; ship Thordur Jonsson|+354 458 8000|Samskip "
         "hf., Kjalarvogur 7-15, 104 Reykjavik, Iceland cust Vestfirskur Fiskur ehf. | "
         "customer.name: the reply's signature (line 11) names 'Vestfirskur Fiskur ehf.', the "
         "quoted order's (line 21) 'Hangzhou Example Packaging Co., Ltd.'; the reply's was used "
         "| the order was read from the quoted text and its ship-to from the newer text above "
         "it (line 7); check that they belong together"},
        {"Hi Fang,\n\nPlease go ahead as below. Our PO number is VF-2.\n\nBest regards,\n"
         "Gudrun\nVestfirskur Fiskur ehf.\n\nOn Thu, 14 Oct 2027, Gudrun <g@example.is> "
         "wrote:\n> Our order:\n>\n> Description          Qty      EUR       Amount\n"
         "> Vacuum bag         8,000    0.50     4,000.00\n>\n> Best regards,\n> Gudrun\n"
         "> Vestfirskur Fiskur Holding ehf.\n",
         "VF-2: -/Vacuum bag 8000 x 0.50 = 4000.00; cust Vestfirskur Fiskur Holding ehf."},
    };

    (void)state;
    run_cases(t, sizeof(t) / sizeof(t[0]));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_price_basis_word), cmocka_unit_test(test_count_unit_word),
        cmocka_unit_test(test_semicolon_cells),  cmocka_unit_test(test_header_comma_currency),
        cmocka_unit_test(test_cyrillic_id),      cmocka_unit_test(test_japanese_table),
        cmocka_unit_test(test_sentence_items),   cmocka_unit_test(test_signature_forms),
        cmocka_unit_test(test_receiver_forms),   cmocka_unit_test(test_reply_to_proforma),
        cmocka_unit_test(test_header_per_n),     cmocka_unit_test(test_price_around_words),
    };

    return cmocka_run_group_tests(tests, NULL, NULL);
}
