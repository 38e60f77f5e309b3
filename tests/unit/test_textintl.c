/* Plain-text purchase orders written outside China (connectors/imap/
 * text.c, tablecols.c, fields.c and the signature reader, through
 * mail_text_parse): a name column headed as the item, the title before
 * the company in a signature, prices per N pieces. Each case is a small
 * text written for the rule, with the one-line reading it must give. */
#include "mailshow.h"

#include "imap/docfields.h"
#include "imap/fields.h"

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

/* Prices per N pieces (fields.h): the N the words name, a price cell
 * split from its N, and the piece price and amount. */
static void test_per_words(void **state)
{
    static const struct {
        const char *w;
        int64_t n;
    } t[] = {
        {"/ 1,000 pcs", 1000},
        {"/1000", 1000},
        {"per 100", 100},
        {"je 100", 100},
        {"/milheiro", 1000},
        {" per M", 1000},
        {"/千个", 1000},
        {"per thousand", 1000},
        {"/ 1.000 un.", 1000},
        {"/ 12", 1},
        {"per month", 1},
        {"/ 1000 = 5", 1},
        {"pcs", 1},
        {"/kg", 1},
        {"per 10000", 10000},
    };
    size_t pn;
    int64_t per, e4;
    od_money unit, amount;

    (void)state;
    for (size_t i = 0; i < sizeof(t) / sizeof(t[0]); i++)
        if (mail_per_n(t[i].w, strlen(t[i].w)) != t[i].n)
            fail_msg("'%s': %lld, want %lld", t[i].w, (long long)mail_per_n(t[i].w, strlen(t[i].w)),
                     (long long)t[i].n);
    assert_true(mail_price_per_split("95,00/milheiro", 14, &pn, &per));
    assert_int_equal(pn, 5);
    assert_int_equal(per, 1000);
    assert_true(mail_price_per_split("USD 14.50 / 1,000 pcs", 21, &pn, &per));
    assert_int_equal(pn, 9);
    assert_false(mail_price_per_split("2027/0142", 9, &pn, &per));
    assert_false(mail_price_per_split("12.00/pc", 8, &pn, &per));
    /* 120,000 at 14.50 a thousand: 0.0145 a piece, 1,740.00 */
    assert_true(mail_per_price(1450, 1000, 120000, &e4, &unit, &amount));
    assert_int_equal(e4, 145);
    assert_int_equal(unit, 1);
    assert_int_equal(amount, 174000);
    /* 14.55 a thousand is no whole ten-thousandth a piece */
    assert_false(mail_per_price(1455, 1000, 1000, &e4, &unit, &amount));
    assert_int_equal(amount, 1455);
}

/* A price for N pieces in a text table's price column ("95,00/milheiro")
 * and in an item line ("x USD 14.50 / 1,000 pcs = USD 1,740.00"): the
 * amount is qty x price / N; the price a piece is kept exactly, and one
 * finer than a cent holds the order as such prices do. A header cell of
 * two labels and their currencies ("Preço (EUR) Total (EUR)") is two
 * columns. */
static void test_price_per_n(void **state)
{
    static const struct tcase t[] = {
        {"Encomenda n.º: PN-1\n"
         "Ref.    Designação        Qtd.      Preço (EUR) Total (EUR)\n"
         "LT-1    Lata 125 g      200.000   95,00/milheiro   19.000,00\n"
         "CX-2    Caixa            4.000             0,62    2.480,00\n",
         "PN-1 EUR: LT-1/Lata 125 g 200000 x 0.095 = 19000.00; CX-2/Caixa 4000 x 0.62 = 2480.00; | "
         "line 3: unit price 0.095 is finer than a cent: stored exactly, the amounts rounded "
         "from it to be checked"},
        {"PO No: PN-2\n"
         "- LB-750 label : 120,000 pcs x USD 14.50 / 1,000 pcs = USD 1,740.00\n"
         "- GB-2 gift box : 3,000 pcs x USD 1.85 = USD 5,550.00\n",
         "PN-2 USD: LB-750/label 120000 x 0.0145 = 1740.00; GB-2/gift box 3000 x 1.85 = "
         "5550.00; | line 2: unit price 0.0145 is finer than a cent: stored exactly, the "
         "amounts rounded from it to be checked"},
        /* a price per 100 of whole cents a piece: no doubt */
        {"PO No: PN-3\nSKU  Qty  Price  Amount\nA-1  500  12.00/100  60.00\n",
         "PN-3: A-1/- 500 x 0.12 = 60.00;"},
    };

    (void)state;
    run_cases(t, sizeof(t) / sizeof(t[0]));
}

/* Hungarian and Portuguese words of the trade: column labels, the
 * pieces ("db"), the total ("Összesen"), freight ("Portes"), the order
 * number's label. */
static void test_hu_pt_words(void **state)
{
    static const struct tcase t[] = {
        {"Megrendelés száma: HU-1\n"
         "Megnevezés      Mennyiség  Egységár  Érték\n"
         "Doboz 250 g     8 000 db       0,92   7 360,00\n"
         "Karton          400 db         1,15     460,00\n\n"
         "Összesen: 7 820,00 EUR\n",
         "HU-1 EUR: -/Doboz 250 g 8000 x 0.92 = 7360.00; -/Karton 400 x 1.15 = 460.00; total "
         "7820.00"},
        {"Nota de Encomenda: PT-1\n"
         "Ref.    Designação    Qtd.   Preço   Total\n"
         "CX-1    Caixa          100    2,00   200,00\n\n"
         "Portes: 50,00 EUR\nTotal da encomenda: 250,00 EUR\n",
         "PT-1 EUR: CX-1/Caixa 100 x 2.00 = 200.00; total 250.00"},
    };

    (void)state;
    run_cases(t, sizeof(t) / sizeof(t[0]));
}

/* A point after an initial ends the name ("Bat-Erdene G."), unless a
 * phone's label stands before it ("Jan Nowak, tel."). */
static void test_initial_point(void **state)
{
    static const struct tcase t[] = {
        {"PO: IP-1\nSKU  Qty  Price\nA-1  10  2.00\nDelivery: Plot 3, Ring Road 21, Darkhan\n"
         "Contact: Tuya B. +976 9900 1122\n",
         "IP-1: A-1/- 10 x 2.00 = 20.00; ship Tuya B.|+976 9900 1122|Plot 3, Ring Road 21, "
         "Darkhan"},
        {"PO: IP-2\nSKU  Qty  Price\nA-1  10  2.00\nDelivery: Plot 3, Ring Road 21, Darkhan\n"
         "Contact: Tuya Bold, tel. +976 9900 1122\n",
         "IP-2: A-1/- 10 x 2.00 = 20.00; ship Tuya Bold|+976 9900 1122|Plot 3, Ring Road 21, "
         "Darkhan"},
    };

    (void)state;
    run_cases(t, sizeof(t) / sizeof(t[0]));
}

/* "@ USD 9.50 per 100 pcs = USD 1,900.00": an item line priced for N
 * pieces; the piece price is the N's share, and the amount written after
 * '=' checks it as for any item line. */
static void test_at_per_n(void **state)
{
    static const struct tcase t[] = {
        {"Purchase Order: AP-1\n"
         "1) MP-10 - Muslin pouch - 20,000 pcs @ USD 9.50 per 100 pcs = USD 1,900.00\n"
         "2) GJ-1 - Glass jar - 800 pcs @ USD 0.60/pc = USD 480.00\n",
         "AP-1 USD: MP-10/Muslin pouch 20000 x 0.095 = 1900.00; GJ-1/Glass jar 800 x 0.60 = "
         "480.00; | line 2: unit price 0.095 is finer than a cent: stored exactly, the amounts "
         "rounded from it to be checked"},
        /* the amount is not the count times the price over N: held */
        {"Purchase Order: AP-2\n"
         "1) MP-10 - Muslin pouch - 20,000 pcs @ USD 9.50 per 100 pcs = USD 1,500.00\n",
         "AP-2 USD: MP-10/Muslin pouch 20000 x 0.095 = 1500.00; | line 2: amount 1500.00 is not "
         "20000 x 0.095 | line 2: unit price 0.095 is finer than a cent: stored exactly, the "
         "amounts rounded from it to be checked"},
    };

    (void)state;
    run_cases(t, sizeof(t) / sizeof(t[0]));
}

/* Danish, Czech and Russian column labels, a specification column that
 * joins the name, the rows' own numbers before the item ("1. …") and a
 * count in thousands ("50 тыс. шт", priced per thousand). */
static void test_da_cs_ru_words(void **state)
{
    static const struct tcase t[] = {
        {"Indkøbsordre nr: DK-1\n"
         "Varenr.\tBeskrivelse\tSpecifikation\tAntal\tEnhed\tPris EUR\tBeløb EUR\n"
         "KT-1\tKagedåse\trund, 4 farver\t1.000\tstk\t0,98\t980,00\n",
         "DK-1 EUR: KT-1/Kagedåse rund, 4 farver 1000 x 0.98 = 980.00;"},
        {"Objednávka č.: CZ-1\n"
         "Kód       Název          Specifikace     MJ    Množství   Cena/MJ    Celkem\n"
         "KR-20     Karton         5vrstvý         ks       6 000    0,64 €   3 840,00 €\n",
         "CZ-1 EUR: KR-20/Karton 5vrstvý 6000 x 0.64 = 3840.00;"},
        /* "Kontakt" names the receiver; "tlf." labels the phone */
        {"Indkøbsordre nr: DK-2\n"
         "Varenr.\tBeskrivelse\tAntal\tPris EUR\tBeløb EUR\n"
         "KT-1\tKagedåse\t1.000\t0,98\t980,00\n\n"
         "Leveringsadresse: Lager 3, Centervej 14, 8260 Viby J\n"
         "Kontakt: Lars Mikkelsen, tlf. +45 87 34 12 00 / mobil +45 20 61 44 18\n",
         "DK-2 EUR: KT-1/Kagedåse 1000 x 0.98 = 980.00; ship Lars Mikkelsen|+45 87 34 12 "
         "00|Lager 3, Centervej 14, 8260 Viby J"},
        /* the receiver's second number under a label of its own: the
         * first is keyed; the total to pay, the delivery address */
        {"Objednávka č.: CZ-2\n"
         "Kód    Název     Množství   Cena/MJ    Celkem\n"
         "KR-20  Karton       6 000    0,64 €   3 840,00 €\n\n"
         "Celkem k úhradě: 3 840,00 €\n"
         "Dodací adresa: Sklad, Pražská 112, 370 01 Budějovice\n"
         "Převezme: Jan Novák, tel. 387 312 440, mobil 604 118 275\n",
         "CZ-2 EUR: KR-20/Karton 6000 x 0.64 = 3840.00; total 3840.00 ship Jan Novák|387 312 "
         "440|Sklad, Pražská 112, 370 01 Budějovice"},
        {"Заказ № RU-1\n"
         "Наименование | Характеристика | Кол-во | Цена | Сумма\n"
         "1. Пакет | 200 г, крафт | 50 тыс. шт | 96.00 USD | 4,800.00 USD\n"
         "2. Коробка | 5 слоёв | 2000 шт | 1.05 USD | 2,100.00 USD\n",
         "RU-1 USD: -/Пакет 200 г, крафт 50 x 96.00 = 4800.00; -/Коробка 5 слоёв 2000 x 1.05 = "
         "2100.00;"},
    };

    (void)state;
    run_cases(t, sizeof(t) / sizeof(t[0]));
}

/* A receiver named in Cyrillic under a contact's label takes the place
 * of the company read from the address's line; a company written with
 * its legal form first (`OOO "…"`) is a company the order names. */
static void test_cyrillic_names(void **state)
{
    static const struct tcase t[] = {
        {"Заказ № CN-1\nSKU  Qty  Price\nA-1  10  2.00\n"
         "Грузополучатель: OOO \"Samarkand Nuts\", ул. Ленина 5, г. Самарканд\n"
         "Контакт: Азиз Каримов +998 90 111 22 33\n",
         "CN-1: A-1/- 10 x 2.00 = 20.00; ship Азиз Каримов|+998 90 111 22 33|OOO \"Samarkand "
         "Nuts\", ул. Ленина 5, г. Самарканд"},
    };
    static const struct {
        const char *line;
        bool company;
    } c[] = {
        {"OOO \"Samarkand Nuts\"", true},
        {"ТОО «Астык Трейд»", true},
        {"OOO \"Samarkand Nuts\", отдел закупок", false}, /* the part before the comma is */
        {"OOO", false},
        {"AO is a word", false},
    };

    (void)state;
    run_cases(t, sizeof(t) / sizeof(t[0]));
    for (size_t i = 0; i < sizeof(c) / sizeof(c[0]); i++) {
        if (mail_company_line(c[i].line, strlen(c[i].line)) != c[i].company)
            print_error("'%s': company %d\n", c[i].line, (int)!c[i].company);
        assert_int_equal(mail_company_line(c[i].line, strlen(c[i].line)), c[i].company);
    }
}

/* A ship-to block whose first line under the label is a name and an
 * address ("Consignee:" / "Acme Ltd., Plot 22, …"): parted as on the
 * label's line; a receiver with two numbers, each under a word of its
 * own: the first is keyed. */
static void test_block_name_address(void **state)
{
    static const struct tcase t[] = {
        {"PO Number: BA-1\nSKU  Qty  Price\nA-1  10  2.00\n\nConsignee / Delivery:\n"
         "Jute Works Ltd., Plot 9, Export Zone, Savar 1340, Bangladesh\n"
         "Contact: Md. Karim, +880 1711 000 111, +880 2 700 0000\n",
         "BA-1: A-1/- 10 x 2.00 = 20.00; ship Md. Karim|+880 1711 000 111|Jute Works Ltd., Plot "
         "9, Export Zone, Savar 1340, Bangladesh"},
        {"PO Number: BA-2\nSKU  Qty  Price\nA-1  10  2.00\n\nDelivery Address: Store 4, Main Road "
         "2, Sur\n"
         "Attn: Mr. Said Amri, mobile +968 9912 0000, unit +968 2321 0000\n",
         "BA-2: A-1/- 10 x 2.00 = 20.00; ship Mr. Said Amri|+968 9912 0000|Store 4, Main Road 2, "
         "Sur"},
    };

    (void)state;
    run_cases(t, sizeof(t) / sizeof(t[0]));
}

/* The signer's department before the company in other languages
 * ("Abastecimiento, Frutas SpA", "nákup, Pivovar s.r.o."). */
static void test_purchasing_words(void **state)
{
    static const struct tcase t[] = {
        {"OC N°: PW-1\nSKU  Qty  Price\nA-1  10  2.00\n\nSaludos,\nCamila Rojas\n"
         "Abastecimiento, Frutas del Sur SpA\n",
         "PW-1: A-1/- 10 x 2.00 = 20.00; cust Frutas del Sur SpA"},
        /* "Despacho:" names the address only when its value has an
         * address's shape, as "Delivery:" does */
        {"OC N°: PW-3\nSKU  Qty  Price\nA-1  10  2.00\n"
         "Despacho: Frutas SpA, Camino a Talca km 4, Curicó, Chile\n",
         "PW-3: A-1/- 10 x 2.00 = 20.00; ship -|-|Frutas SpA, Camino a Talca km 4, Curicó, "
         "Chile"},
        {"OC N°: PW-4\nSKU  Qty  Price\nA-1  10  2.00\nDespacho: 15 de junio\n",
         "PW-4: A-1/- 10 x 2.00 = 20.00;"},
        {"Objednávka č.: PW-2\nSKU  Qty  Price\nA-1  10  2.00\n\nS pozdravem\nPetra Malá\n"
         "nákup, Pivovar Dvůr s.r.o.\n",
         "PW-2: A-1/- 10 x 2.00 = 20.00; cust Pivovar Dvůr s.r.o."},
    };

    (void)state;
    run_cases(t, sizeof(t) / sizeof(t[0]));
}

/* In a text of decimal commas, a size or a distance ("0,5 l", "km 4,5")
 * stays as written in the name and the address; amounts are read. */
static void test_measure_commas(void **state)
{
    static const struct tcase t[] = {
        {"Objednávka č.: MC-1\n"
         "Kód     Název              Množství   Cena/MJ    Celkem\n"
         "ET-05   Etiketa 0,5 l lesk   12 000    0,25 €   3 000,00 €\n\n"
         "Dodací adresa: Sklad, Camino km 4,5, Curicó\n",
         "MC-1 EUR: ET-05/Etiketa 0,5 l lesk 12000 x 0.25 = 3000.00; ship -|-|Sklad, Camino km "
         "4,5, Curicó"},
        /* a price before a currency is money, rewritten as before */
        {"Objednávka č.: MC-2\n"
         "Kód     Název     Množství   Cena    Celkem\n"
         "ET-05   Etiketa     1 000    2,5 €   2 500,00 €\n",
         "MC-2 EUR: ET-05/Etiketa 1000 x 2.50 = 2500.00;"},
    };

    (void)state;
    run_cases(t, sizeof(t) / sizeof(t[0]));
}

/* An ERP's order (Odoo, Dynamics 365) as its plain text writes it: the
 * vendor's block and the ship-to block side by side ("+86 …<tab>Shipping
 * address"), a receiver's line of a name and a phone ending the block,
 * "Ship-to Address" as a heading, "[CODE] name" items, a tax-rate
 * column and a date column beside them. */
static void test_erp_blocks(void **state)
{
    static const struct tcase t[] = {
        {"Vendor\nSeller Co., Ltd.\n8 East Road\n+86 571 0000 1111\tShipping address\n"
         "Buyer Sdn. Bhd. - Warehouse\nPlot 8, Jalan Maju 6\n13600 Perai, Malaysia\n"
         "Tan Ah Kow +60 4-500 1111\t\n"
         "Purchase Order #EB-1\n"
         "Description\tTaxes\tDate Req.\tQty\tUnit Price\tAmount\t\n"
         "[AB-1] Film roll\tSST 0%\t20/08/2027\t10.00 roll\t2.00\tRM 20.00\t\n"
         "[AB-22] Bag, 600 g\tSST 0%\t20/08/2027\t5.00 pcs\t1.00\tRM 5.00\t\n",
         "EB-1 MYR: AB-1/Film roll 10 x 2.00 = 20.00; AB-22/Bag, 600 g 5 x 1.00 = 5.00; ship Tan "
         "Ah "
         "Kow|+60 4-500 1111|Plot 8, Jalan Maju 6, 13600 Perai, Malaysia | line 8: ship-to block "
         "line 'Buyer Sdn. Bhd. - Warehouse' is neither the receiver nor read into the address; "
         "add it to the address if the carrier needs it"},
        {"Ship-to Address\nHoney S.A. - Packing plant\nOdos 4, Block 12\n71601 Iraklio, Greece\n"
         "Contact: Nikos Pappas, +30 2810 000 111\n"
         "Purchase Order No.\tEB-2\n"
         "No.\tDescription\tQuantity\tUnit Cost\tLine Amount\n"
         "1001\tHoney jar\t24,000\t0.29\t6,960.00\n"
         "1005\tGift box\t3,000\t1.85\t5,550.00\n",
         "EB-2: -/Honey jar 24000 x 0.29 = 6960.00; -/Gift box 3000 x 1.85 = 5550.00; ship Nikos "
         "Pappas|+30 2810 000 111|Odos 4, "
         "Block 12, 71601 Iraklio, Greece | line 5: ship-to block line 'Honey S.A. - Packing "
         "plant' is neither the receiver nor read into the address; add it to the address if the "
         "carrier needs it"},
    };

    (void)state;
    run_cases(t, sizeof(t) / sizeof(t[0]));
}

/* Where the goods go in Spanish and Portuguese ("Entrega:") and Turkish
 * ("Teslimat:"): a value of an address's shape is the ship-to address,
 * up to the next label of its line ("Recibe:"); "İlgili" names the
 * receiver; "adet" (Turkish) and "kom" (Croatian) are pieces. */
static void test_delivery_words(void **state)
{
    static const struct tcase t[] = {
        {"Orden de compra: DW-1\nSKU  Cantidad  Precio\nA-1  10  2,00\n\n"
         "Entrega: Planta Norte, Calle 12 No 450, Godoy Cruz, Mendoza. Recibe: Sr. Juan Paz, "
         "tel. +54 261 400 1000\n",
         "DW-1: A-1/- 10 x 2.00 = 20.00; ship Sr. Juan Paz|+54 261 400 1000|Planta Norte, Calle "
         "12 No 450, Godoy Cruz, Mendoza"},
        /* a time, not a place */
        {"Orden de compra: DW-2\nSKU  Cantidad  Precio\nA-1  10  2,00\n\n"
         "Entrega: 15 días, FOB Buenos Aires\n",
         "DW-2: A-1/- 10 x 2.00 = 20.00;"},
        {"Sipariş No: DW-3\n\nKod    Ürün     Miktar     Birim fiyat    Tutar\n"
         "K-1    Kutu     1.000 adet       1,10    1.100,00\n"
         "K-2    Koli       200 adet       2,50      500,00\n\n"
         "Teslimat: Depo 2, Sanayi Cad. No: 4, 53020 Rize, Türkiye\n"
         "İlgili: Ali Kaya, +90 464 200 10 10\n",
         "DW-3: K-1/Kutu 1000 x 1.10 = 1100.00; K-2/Koli 200 x 2.50 = 500.00; ship Ali Kaya|+90 "
         "464 200 10 10|Depo 2, Sanayi Cad. No: 4, 53020 Rize, Türkiye"},
    };

    (void)state;
    run_cases(t, sizeof(t) / sizeof(t[0]));
}

/* A Croatian table: "R.br. Naziv Opis Kol. J.m. Cijena Iznos", counts in
 * pieces ("kom") and bundles ("svež."), "Ukupno EUR" under the amounts,
 * the number after "NARUDŽBENICA br.". */
static void test_hr_words(void **state)
{
    static const struct tcase t[] = {
        {"NARUDŽBENICA br. 27/0101\n\n"
         "R.br. Naziv         Opis              Kol. J.m.   Cijena      Iznos\n"
         "1.    Vrećica       10 g, lan       3.000 kom      0,22      660,00\n"
         "2.    Vrpca         svežanj 50 m       10 svež.    3,80       38,00\n"
         "                                          Ukupno EUR:    698,00\n",
         "27/0101 EUR: -/Vrećica 10 g, lan 3000 x 0.22 = 660.00; -/Vrpca svežanj 50 m 10 x 3.80 = "
         "38.00; total 698.00"},
    };

    (void)state;
    run_cases(t, sizeof(t) / sizeof(t[0]));
}

/* Slovenian and Croatian labels of the delivery (Dostava) and of who
 * takes the goods in (Prevzem, Primatelj): the address, the receiver and
 * the phone (without them none is read). */
static void test_sl_words(void **state)
{
    static const struct tcase t[] = {
        {"PO No: SL-1001\nA-1 x 10 @ 2.00\n"
         "Dostava: Kranjska d.o.o., Cesta Staneta \u017dagarja 51, 4000 Kranj, Slovenija\n"
         "Prevzem: Matej Novak, 041 552 318\n",
         "SL-1001: A-1/- 10 x 2.00 = 20.00; ship Matej Novak|041 552 318|Kranjska d.o.o., "
         "Cesta Staneta \u017dagarja 51, 4000 Kranj, Slovenija"},
        {"PO No: SL-1002\nA-1 x 10 @ 2.00\nPrimatelj: Ivana Horvat 091 555 1234\n",
         "SL-1002: A-1/- 10 x 2.00 = 20.00; ship Ivana Horvat|091 555 1234|-"},
    };

    (void)state;
    run_cases(t, sizeof(t) / sizeof(t[0]));
}

/* A header cell in two languages parted by " / " ("Անվանում / Item"):
 * the half a list knows names the column, so the spec beside it joins
 * the name (without the rule the name column is unknown and the spec is
 * lost); "Size / finish", neither half known, stays unknown. */
static void test_bilingual_header(void **state)
{
    static const struct tcase t[] = {
        {"Order No. AM-1211\n\n\u0531\u0576\u057e\u0561\u0576\u0578\u0582\u0574 / Item\t"
         "Spec\tQty\tPrice USD\tSum USD\n"
         "Gift box\t0.5 L, 1 bottle\t8,000\t1.90\t15,200.00\n"
         "Neck tag\tgold foil\t20,000\t0.05\t1,000.00\n",
         "AM-1211 USD: -/Gift box 0.5 L, 1 bottle 8000 x 1.90 = 15200.00; -/Neck tag gold foil "
         "20000 x 0.05 = 1000.00;"},
    };

    (void)state;
    run_cases(t, sizeof(t) / sizeof(t[0]));
}

/* A signature without a sign-off whose company stands over its
 * department's line ("Departamento de Compras"), under it a system's
 * notice ("This is an automated message from Acumatica.", "Sent using
 * Zoho Inventory", a footer): the company is the buyer (without the
 * rule none is read). A last line that is no title leaves it unread. */
static void test_company_over_department(void **state)
{
    static const struct tcase t[] = {
        {"PO No: CD-1\nA-1 x 10 @ 2.00\n\nCafetalera Altos de Tarraz\u00fa S.A.\n"
         "Departamento de Compras\nThis is an automated message from Acumatica.\n",
         "CD-1: A-1/- 10 x 2.00 = 20.00; cust Cafetalera Altos de Tarraz\u00fa S.A."},
        {"PO No: CD-2\nA-1 x 10 @ 2.00\n\nKandy Leaf (Pvt) Ltd\nPurchasing Department\n"
         "Sent using Zoho Inventory\n",
         "CD-2: A-1/- 10 x 2.00 = 20.00; cust Kandy Leaf (Pvt) Ltd"},
    };

    (void)state;
    run_cases(t, sizeof(t) / sizeof(t[0]));
}

/* A short sentence that says where the goods go and ends with a colon
 * heads the ship-to block under it, as "Delivery:" alone does. */
static void test_delivery_sentence(void **state)
{
    static const struct tcase t[] = {
        {"PO No: DS-1\nSKU  Qty  Price\nA-1  10  2.00\n\n"
         "Please deliver to our warehouse, not to the office:\n"
         "Harbour Store, 12 Dock Road, Durban 4001, South Africa\n",
         "DS-1: A-1/- 10 x 2.00 = 20.00; ship Harbour Store|-|12 Dock Road, Durban 4001, South "
         "Africa"},
        /* the block's first line a name and the address; a person with
         * the phone's word "mob." under it receives */
        {"PO No: DS-3\nSKU  Qty  Price\nA-1  10  2.00\n\n"
         "Please deliver to our warehouse:\n"
         "Harbour Store - depot, 12 Dock Road, Durban 4001\n"
         "Sipho Dlamini, mob. +27 82 555 0101\n",
         "DS-3: A-1/- 10 x 2.00 = 20.00; ship Sipho Dlamini|+27 82 555 0101|12 Dock Road, Durban "
         "4001 | line 7: ship-to block line 'Harbour Store - depot' is neither the receiver nor "
         "read into the address; add it to the address if the carrier needs it"},
        /* a sentence that leads into the items heads nothing, and still
         * asks for the goods: the unpriced list under it is the order */
        {"订单号：DS-4\n\n本周补货如下，麻烦周四前送到：\n\n1. 飞机盒 HD-CT-0510  3000个\n"
         "2. 封箱胶带 HD-TP-4806  200卷\n",
         "DS-4: HD-CT-0510/飞机盒 3000 x 0.00 = 0.00; HD-TP-4806/封箱胶带 200 x 0.00 = 0.00; | "
         "line 5: no unit price is written for this item | line 6: no unit price is written for "
         "this item"},
        /* a place, a dash, the person who receives and the phone, after a
         * delivery phrase or a consignee's label: the company stays in the
         * address */
        {"PO No: DS-5\nSKU  Qty  Price\nA-1  10  2.00\n\n"
         "Ship to Lautoka wharf, our agent: Carpenters Shipping, Queens Wharf Road, Lautoka, "
         "Fiji - attn Ms Salote Vuki, +679 666 1234.\n",
         "DS-5: A-1/- 10 x 2.00 = 20.00; ship Ms Salote Vuki|+679 666 1234|Carpenters Shipping, "
         "Queens Wharf Road, Lautoka, Fiji"},
        {"PO No: DS-6\nSKU  Qty  Price\nA-1  10  2.00\n\n"
         "Delivery address: Carpenters Shipping, Queens Wharf Road, Lautoka, Fiji - attn Ms "
         "Salote Vuki, +679 666 1234.\n",
         "DS-6: A-1/- 10 x 2.00 = 20.00; ship Ms Salote Vuki|+679 666 1234|Carpenters Shipping, "
         "Queens Wharf Road, Lautoka, Fiji"},
        {"PO No: DS-7\nSKU  Qty  Price\nA-1  10  2.00\n\n"
         "Consignee / notify: Bahari Clearing & Forwarding Ltd, Moi Avenue, Bahari House 3rd "
         "floor, Mombasa, Kenya - Mr. Hassan Omar, +254 722 415 006\n",
         "DS-7: A-1/- 10 x 2.00 = 20.00; ship Mr. Hassan Omar|+254 722 415 006|Bahari Clearing "
         "& Forwarding Ltd, Moi Avenue, Bahari House 3rd floor, Mombasa, Kenya"},
        /* a sentence without a colon heads nothing */
        {"PO No: DS-2\nSKU  Qty  Price\nA-1  10  2.00\n\n"
         "Please deliver before Friday.\n",
         "DS-2: A-1/- 10 x 2.00 = 20.00;"},
    };

    (void)state;
    run_cases(t, sizeof(t) / sizeof(t[0]));
}

/* Turkish: "Kod" and "Ürün" head the code and the name, "İskonto" below
 * the table is a discount (the total then adds up: no doubt), "A.Ş."
 * ends a company's name. */
static void test_tr_words(void **state)
{
    static const struct tcase t[] = {
        {"Sipariş No: TR-1\n\nKod     Ürün      Miktar   Birim fiyat   Tutar\n"
         "K-1     Kutu      100 adet        2,00      200,00\n\n"
         "Ara toplam:   200,00 EUR\nİskonto (%2):   -4,00 EUR\nGenel toplam:   196,00 EUR\n\n"
         "Saygılarımla,\nAyşe Demir\nDeniz Ambalaj A.Ş.\n",
         "TR-1 EUR: K-1/Kutu 100 x 2.00 = 200.00; total 196.00 cust Deniz Ambalaj A.Ş."},
    };

    (void)state;
    run_cases(t, sizeof(t) / sizeof(t[0]));
}

/* "Price USD per" over "210.00 1000" and "1.60 pc": the price column's
 * cells give the price and then the pieces it is for (1000: priced per
 * thousand; a unit word: per piece). */
static void test_per_column(void **state)
{
    static const struct tcase t[] = {
        {"PO: PC-1\n\nCode    Item      Qty   Price USD per     Amount USD\n"
         "----    ----      ---   --------- ---     ----------\n"
         "CB-250  Bag     20,000      210.00 1000      4,200.00\n"
         "SC-20   Carton     300        1.60 pc          480.00\n",
         "PC-1 USD: CB-250/Bag 20000 x 0.21 = 4200.00; SC-20/Carton 300 x 1.60 = 480.00;"},
    };

    (void)state;
    run_cases(t, sizeof(t) / sizeof(t[0]));
}

/* Balkan and Spanish words: the delivery (Испорака, Isporuka, Entrega
 * en), the warehouse's contact (Contacto almacén), the order's total
 * (TOTAL ORDEN); a company by its legal form in Cyrillic after its name
 * (ДООЕЛ, ЕООД, АД: cyrform.c), under the sign-off. */
static void test_balkan_words(void **state)
{
    static const struct tcase t[] = {
        {"PO No: MK-1\nSKU  Qty  Price\nA-1  10  2.00\n\n"
         "Испорака: Струмичка Нива ДООЕЛ, ул. Маршал Тито бб, 2400 Струмица\n"
         "\nСо почит,\nБилјана Трајкова\nСтрумичка Нива ДООЕЛ\n",
         "MK-1: A-1/- 10 x 2.00 = 20.00; ship -|-|Струмичка Нива ДООЕЛ, ул. Маршал Тито бб, 2400 "
         "Струмица cust Струмичка Нива ДООЕЛ"},
        {"Narudžba br: BA-1\nSKU  Qty  Price\nA-1  10  2.00\n\n"
         "Isporuka: Zlatno Zrno d.o.o., Bulevar Meše Selimovića 85, 71000 Sarajevo\n",
         "BA-1: A-1/- 10 x 2.00 = 20.00; ship -|-|Zlatno Zrno d.o.o., Bulevar Meše Selimovića "
         "85, 71000 Sarajevo"},
        {"Orden de Compra N° OC-1\nSKU  Qty  Price\nA-1  10  2.00\n\n"
         "Flete: USD 5.00\nTOTAL ORDEN: USD 25.00\n"
         "Entrega en: Quinua Real S.R.L., Av. 6 de Marzo 1450, El Alto, Bolivia\n"
         "Contacto almacén: Wilfredo Mamani, +591 2 282 4410\n",
         "OC-1 USD: A-1/- 10 x 2.00 = 20.00; total 25.00 ship Wilfredo Mamani|+591 2 282 4410|"
         "Quinua Real S.R.L., Av. 6 de Marzo 1450, El Alto, Bolivia"},
    };
    static const struct {
        const char *line;
        bool company;
    } c[] = {
        {"Струмичка Нива ДООЕЛ", true}, {"Агро Трейд ЕООД", true},
        {"Млекара Суботица АД", true},  {"ДООЕЛ", false},
        {"Билјана Трајкова", false},
    };

    (void)state;
    run_cases(t, sizeof(t) / sizeof(t[0]));
    for (size_t i = 0; i < sizeof(c) / sizeof(c[0]); i++)
        if (mail_company_line(c[i].line, strlen(c[i].line)) != c[i].company)
            fail_msg("'%s': company %d, want %d", c[i].line, (int)!c[i].company, (int)c[i].company);
}

/* "TOTAL ORDER VALUE: US$ 8,360.00 (Eight thousand … only)": the total
 * under its own label, the words in brackets no part of it; a total
 * that is not the lines' sum holds the order. */
static void test_total_order_value(void **state)
{
    static const struct tcase t[] = {
        {"PO No: TV-1\nSKU  Qty  Price\nA-1  10  2.00\n\n"
         "TOTAL ORDER VALUE: US$ 21.00 (Twenty-one US dollars only)\n",
         "TV-1 USD: A-1/- 10 x 2.00 = 20.00; total 21.00 | the stated total 21.00 (line 5) is not "
         "the sum of the lines 20.00"},
    };

    (void)state;
    run_cases(t, sizeof(t) / sizeof(t[0]));
}

/* Korean labels: the order's number (발주번호), the place of delivery
 * (납품장소), the person in charge (담당) with the first of two numbers;
 * a company by its Korean legal form, after the name ((주)) or before it
 * (주식회사, 농업회사법인), under a sign-off (감사합니다). */
static void test_ko_words(void **state)
{
    static const struct tcase t[] = {
        {"발주번호: KO-1\nSKU  Qty  Price\nA-1  10  2.00\n\n"
         "납품장소: 전라남도 목포시 해안로 249 한라물류 창고\n"
         "담당: 고민준 대리 010-4512-7789 / 061-244-3300\n",
         "KO-1: A-1/- 10 x 2.00 = 20.00; ship 고민준 대리|010-4512-7789|전라남도 목포시 해안로 "
         "249 한라물류 창고"},
        /* "감사합니다." signs off: the company under the signer is the buyer */
        {"발주번호: KO-2\nSKU  Qty  Price\nA-1  10  2.00\n\n감사합니다.\n양수진 드림\n"
         "농업회사법인 한라농원(주)\n제주특별자치도 서귀포시 남원읍 태위로 500\n",
         "KO-2: A-1/- 10 x 2.00 = 20.00; cust 농업회사법인 한라농원(주)"},
    };
    static const struct {
        const char *line;
        bool company;
    } c[] = {
        {"농업회사법인 한라농원(주)", true},
        {"(주)대한포장", true},
        {"주식회사 대한포장", true},
        {"(주)", false},
        {"한라농원", false},
    };

    (void)state;
    run_cases(t, sizeof(t) / sizeof(t[0]));
    for (size_t i = 0; i < sizeof(c) / sizeof(c[0]); i++)
        if (mail_company_line(c[i].line, strlen(c[i].line)) != c[i].company)
            fail_msg("'%s': company %d, want %d", c[i].line, (int)!c[i].company, (int)c[i].company);
}

/* Numbered lines whose parts dashes between spaces part: a name with no
 * code, a count with its unit word, a price with its currency (after a
 * dash or "at"), maybe "- word AMOUNT" that count x price must give; the
 * price may be for N pieces. The name is the title, words in brackets
 * ending it the specification, and the order held (dashitems.c). A name
 * with a code is left to the readers of codes; an amount that does not
 * fit makes no such line. */
static void test_dash_lines(void **state)
{
    static const struct tcase t[] = {
        {"Tellimus nr DL-1\n"
         "1) Kingikott (paber, 20x25 cm) - 6 000 tk - 28,00 EUR / 100 tk - kokku 1.680,00 EUR\n"
         "2) Pehmendus (puitvill) - 200 tk - 3,10 EUR/tk - kokku 620,00 EUR\n",
         "msg-f EUR: -/Kingikott paber, 20x25 cm 6000 x 0.28 = 1680.00; -/Pehmendus puitvill "
         "200 x 3.10 = 620.00; | line 2: an item without a code; its name is the words before "
         "the dash | line 3: an item without a code; its name is the words before the dash"},
        {"LPO No. DL-2\n"
         "1. Coffee valve bag 250 g, kraft, zip - 40,000 pcs at USD 0.19\n"
         "2. Export carton 24 bags - 1,500 pcs at USD 1.30\n",
         "DL-2 USD: -/Coffee valve bag 250 g, kraft, zip 40000 x 0.19 = 7600.00; -/Export "
         "carton 24 bags 1500 x 1.30 = 1950.00; | line 2: an item without a code; its name is "
         "the words before the dash | line 3: an item without a code; its name is the words "
         "before the dash"},
        {"PO: DL-3\n"
         "1. Gift box - 100 pcs - 2,00 EUR - kokku 150,00 EUR\n",
         "!! order DL-3: no line items found (expected a table with a header row such as '商品编码 "
         "数量 单价' or 'SKU Qty Price', or lines like 'SKU x 2 @ 59.00')"},
        {"LPO No: DL-5\n"
         "1. 50g pouch (metallised, 4 colours) - 50k pcs @ $0.042 = $2,100\n"
         "2. Carton for 48 x 150g - 700 pcs @ $1.15 = $805\n",
         "DL-5 USD: -/50g pouch metallised, 4 colours 50000 x 0.042 = 2100.00; -/Carton for 48 "
         "x 150g 700 x 1.15 = 805.00; | line 2: unit price 0.042 is finer than a cent: stored "
         "exactly, the amounts rounded from it to be checked | line 2: an item without a code; "
         "its name is the words before the dash | line 3: an item without a code; its name is "
         "the words before the dash"},
        {"PO: DL-6\n"
         "1. 50 pouches - 700 pcs @ $1.15 = $805\n",
         "DL-6 USD: -/50 pouches 700 x 1.15 = 805.00;"},
        {"PO: DL-7\n"
         "1. Gift box (Spec: 32x26x5 cm, magnetic lid) - 4,000 pcs @ USD 1.65 = USD 6,600.00\n",
         "DL-7 USD: -/Gift box 32x26x5 cm, magnetic lid 4000 x 1.65 = 6600.00; | line 2: an item w"
         "ithout a code; its name is the words before the dash"},
        {"PO: DL-4\n"
         "1. Tape TP-48 clear - 20 rolls at USD 1.50\n",
         "DL-4 USD: TP-48/clear 20 x 1.50 = 30.00;"},
    };

    (void)state;
    run_cases(t, sizeof(t) / sizeof(t[0]));
}

/* "Code  Item  Spec": two columns named for the SKU, the first of one
 * word a cell, most of them codes ("TISSUE" has neither digit nor dash),
 * the second of words: the second is the name, and the spec joins it. */
static void test_code_item_words(void **state)
{
    static const struct tcase t[] = {
        {"Requisition ref.: CI-1\n"
         "Code      Item                Spec              Qty    Unit      Line\n"
         "TUBE-70   Presentation tube   70cl, kraft       5,000  1.48      7,400.00\n"
         "TISSUE    Tissue wrap         50x70, 480/ream      60  21.50     1,290.00\n"
         "SHIP-6    Shipper carton      6 x 70cl             900  1.95      1,755.00\n",
         "msg-f: TUBE-70/Presentation tube 70cl, kraft 5000 x 1.48 = 7400.00; TISSUE/Tissue "
         "wrap 50x70, 480/ream 60 x 21.50 = 1290.00; SHIP-6/Shipper carton 6 x 70cl 900 x 1.95 "
         "= 1755.00;"},
    };

    (void)state;
    run_cases(t, sizeof(t) / sizeof(t[0]));
}

/* Estonian and Latvian labels: the delivery address, the total (a
 * remark in brackets after it that holds only a rate is no second
 * amount), and an Estonian company by its legal form "OÜ". */
static void test_baltic_words(void **state)
{
    static const struct tcase t[] = {
        {"Tellimus nr BW-1\nSKU  Qty  Price\nA-1  10  2.00\n"
         "Kokku: 20.00 EUR (käibemaks 0 %, eksport)\n"
         "Tarneaadress: Tallinna mnt 88, 93815 Kuressaare, Eesti\n"
         "\nLugupidamisega\nKärt Õunapuu\nSaaremaa Kadakas OÜ\n+372 452 1100\n",
         "msg-f EUR: A-1/- 10 x 2.00 = 20.00; total 20.00 ship -|-|Tallinna mnt 88, 93815 "
         "Kuressaare, Eesti cust Saaremaa Kadakas OÜ"},
        {"Pasūtījums BW-2\nSKU  Qty  Price\nA-1  10  2.00\n"
         "Kopā: 20.00 EUR (PVN 21%)\n"
         "Piegādes adrese: Brīvības iela 12, Rīga, LV-1010\n",
         "msg-f EUR: A-1/- 10 x 2.00 = 20.00; total 20.00 ship -|-|Brīvības iela 12, Rīga, "
         "LV-1010"},
    };

    (void)state;
    run_cases(t, sizeof(t) / sizeof(t[0]));
}

/* Romanian words: the order's number in a sentence ("comanda nr."),
 * pieces as "buc." (bucăți), the discount "Reducere" and the total to
 * pay "Total de plată" under the sum of the goods; and the dinars of the
 * Gulf (BHD, KWD, OMR) before a price of three decimals. */
static void test_romanian_words(void **state)
{
    static const struct tcase t[] = {
        {"Vă transmitem comanda nr. RO-1 din 15.02.2028:\nSKU  Qty  Price\nA-1  10  2.00\n"
         "A-2  5  4.00\nTotal marfă: 40.00 EUR\nReducere: -4.00 EUR\nTotal de plată: 36.00 EUR\n",
         "RO-1 EUR: A-1/- 10 x 2.00 = 20.00; A-2/- 5 x 4.00 = 20.00; total 36.00"},
        {"Comanda nr. RO-2\n\n1. A-100 Cutie vin: 4 000 buc. x 1,25 EUR = 5 000,00 EUR\n",
         "RO-2 EUR: A-100/Cutie vin 4000 x 1.25 = 5000.00;"},
        {"LPO No: BH-1\n\nItem    Description     Qty  Unit Price   Amount\n"
         "DT-1    Gift box      6,000  BHD 0.320  BHD 1,920.000\n",
         "BH-1 BHD: DT-1/Gift box 6000 x 0.32 = 1920.00;"},
        {"PO No: KW-1\n\nItem    Description     Qty  Unit Price   Amount\n"
         "DT-2    Tray          1,000  KWD 0.500  KWD 500.000\n",
         "KW-1 KWD: DT-2/Tray 1000 x 0.50 = 500.00;"},
    };

    (void)state;
    run_cases(t, sizeof(t) / sizeof(t[0]));
}

/* Serbian in Cyrillic: the order's word (its capitals too), the name
 * and description columns (the description joins the title, its size
 * "0,7 л" kept as written), the total, the delivery and the goods'
 * reception, and a company by its legal form "д.о.о." after the name. */
static void test_serbian_cyrillic(void **state)
{
    static const struct tcase t[] = {
        {"ПОРУЏБЕНИЦА бр. 14/2028\n\n"
         "Р.бр. | Назив | Опис | Кол. (ком) | Цена EUR | Износ EUR\n"
         "1 | Поклон кутија | за флашу 0,7 л, дрво | 3.000 | 2,40 | 7.200,00\n\n"
         "Укупно: 7.200,00 EUR\n\n"
         "Испорука: Краља Петра I 41, 34300 Аранђеловац, Србија\n"
         "Пријем робе: Милош Јовановић, +381 64 118 2277\n\n"
         "Срдачан поздрав,\nЈелена Петровић\nРакија Шумадија д.о.о.\n",
         "14/2028 EUR: -/Поклон кутија за флашу 0,7 л, дрво 3000 x 2.40 = 7200.00; total 7200.00 "
         "ship Милош Јовановић|+381 64 118 2277|Краља Петра I 41, 34300 Аранђеловац, Србија cust "
         "Ракија Шумадија д.о.о."},
    };

    (void)state;
    run_cases(t, sizeof(t) / sizeof(t[0]));
}

/* Azerbaijani: an order number with a marked Latin letter
 * ("LÇ-2028/07", without the rule cut to "L"), the column labels with
 * Xüsusiyyət as a specification, Yekun, Çatdırılma, Qəbul edən, and the
 * company by its legal form "MMC" under the sign-off "Hörmətlə"; the
 * French "Réception:" names who receives. */
static void test_azerbaijani_words(void **state)
{
    static const struct tcase t[] = {
        {"Sifariş № LÇ-2028/07\n\n"
         "№\tMəhsul\tXüsusiyyət\tMiqdar\tQiymət (USD)\tMəbləğ (USD)\n"
         "1\tÇay qutusu\t100 q, qalay\t8 000\t0.62\t4,960.00\n\n"
         "Yekun: 4,960.00\n\n"
         "Çatdırılma: Lənkəran Çay MMC anbarı, H. Aslanov küç. 45, Lənkəran AZ4200\n"
         "Qəbul edən: Rəşad Məmmədov, +994 50 212 34 56\n\n"
         "Hörmətlə,\nGünel Əliyeva\nLənkəran Çay MMC\n+994 25 255 11 22\n",
         "LÇ-2028/07 USD: -/Çay qutusu 100 q, qalay 8000 x 0.62 = 4960.00; total 4960.00 ship "
         "Rəşad Məmmədov|+994 50 212 34 56|Lənkəran Çay MMC anbarı, H. Aslanov küç. 45, Lənkəran "
         "AZ4200 cust Lənkəran Çay MMC"},
        {"Bon de commande n° AZ-2\nSKU  Qty  Price\nA-1  10  2.00\n"
         "Réception : M. Georges Haddad, +961 3 445 210\n",
         "AZ-2: A-1/- 10 x 2.00 = 20.00; ship M. Georges Haddad|+961 3 445 210|-"},
    };

    (void)state;
    run_cases(t, sizeof(t) / sizeof(t[0]));
}

/* "Consignee: Huye Coffee Ltd, c/o Bolloré Logistics, Dar es Salaam
 * port, Rwanda" over "Contact: …": a "c/o" part makes the parts after
 * the name an address though no digit is in them; the contact under it
 * receives and the name starts the address (careof.c). */
static void test_care_of(void **state)
{
    static const struct tcase t[] = {
        {"PO: CO-1\nSKU  Qty  Price\nA-1  10  2.00\n"
         "Consignee: Huye Coffee Ltd, c/o Bolloré Logistics, Dar es Salaam port, Rwanda\n"
         "Contact: Jean Niyo +250 788 301 442\n",
         "CO-1: A-1/- 10 x 2.00 = 20.00; ship Jean Niyo|+250 788 301 442|Huye Coffee Ltd, c/o Boll"
         "oré Logistics, Dar es Salaam port, Rwanda"},
    };

    (void)state;
    run_cases(t, sizeof(t) / sizeof(t[0]));
}

/* "Deliver to:" over "Lot 12, Jalan Perusahaan 3, Kawasan …," and
 * "48300 Rawang, …": a block's first line that ends with a comma, with a
 * digit and three parts, goes on on the next line: it starts the
 * address, no name; an Attn line names who receives (addrfirst.c). */
static void test_address_first_line(void **state)
{
    static const struct tcase t[] = {
        {"PO: AF-1\nSKU  Qty  Price\nA-1  10  2.00\n\nDeliver to:\n"
         "Lot 12, Jalan Perusahaan 3, Kawasan Perindustrian Bukit Beruntung,\n"
         "48300 Rawang, Selangor, Malaysia\nAttn: Nurul Aisyah, +60 12-338 7410\n",
         "AF-1: A-1/- 10 x 2.00 = 20.00; ship Nurul Aisyah|+60 12-338 7410|Lot 12, Jalan Perusahaa"
         "n 3, Kawasan Perindustrian Bukit Beruntung, 48300 Rawang, Selangor, Malaysia"},
        {"PO: AF-2\nSKU  Qty  Price\nA-1  10  2.00\n\nDeliver to:\n"
         "Lot 12, Jalan Perusahaan 3, Kawasan Perindustrian Bukit Beruntung,\n"
         "48300 Rawang, Selangor, Malaysia\n",
         "AF-2: A-1/- 10 x 2.00 = 20.00; ship -|-|Lot 12, Jalan Perusahaan 3, Kawasan Perindustria"
         "n Bukit Beruntung, 48300 Rawang, Selangor, Malaysia"},
    };

    (void)state;
    run_cases(t, sizeof(t) / sizeof(t[0]));
}

/* "Company: Green Kitchen Pte. Ltd. (UEN 201812345K)": a registration
 * or tax number in brackets after the buyer's name is no part of it;
 * brackets that belong to the name stay (regid.c). */
static void test_registration_in_name(void **state)
{
    static const struct tcase t[] = {
        {"PO No: RN-1\nCompany: Green Kitchen Pte. Ltd. (UEN 201812345K)\n"
         "SKU  Qty  Price\nA-1  10  2.00\n",
         "RN-1: A-1/- 10 x 2.00 = 20.00; cust Green Kitchen Pte. Ltd."},
        {"PO No: RN-2\nCompany: Bella Vista Food (Shanghai) Co., Ltd. (Reg. No. 91310000)\n"
         "SKU  Qty  Price\nA-1  10  2.00\n",
         "RN-2: A-1/- 10 x 2.00 = 20.00; cust Bella Vista Food (Shanghai) Co., Ltd."},
        {"PO No: RN-3\nCompany: Ceylon Hill Teas (Pvt) Ltd\n"
         "SKU  Qty  Price\nA-1  10  2.00\n",
         "RN-3: A-1/- 10 x 2.00 = 20.00; cust Ceylon Hill Teas (Pvt) Ltd"},
    };

    (void)state;
    run_cases(t, sizeof(t) / sizeof(t[0]));
}

/* "Tel 717-555-0142" in a ship-to block: a phone's word before the
 * number names no one; the line gives the phone alone (phoneword.c). */
static void test_phone_word_line(void **state)
{
    static const struct tcase t[] = {
        {"PO: PW-1\nSKU  Qty  Price\nA-1  10  2.00\n\nShip to:\nRiverside Depot\n"
         "2250 Commerce Pkwy, Suite B, Lancaster, PA 17601\nTel 717-555-0142\n",
         "PW-1: A-1/- 10 x 2.00 = 20.00; ship Riverside Depot|717-555-0142|2250 Commerce Pkwy, Sui"
         "te B, Lancaster, PA 17601 | line 8: ship-to block line 'Riverside Depot' is neither the "
         "receiver nor read into the address; add it to the address if the carrier needs it"},
        {"PO: PW-2\nSKU  Qty  Price\nA-1  10  2.00\n\nShip to:\nRiverside Depot\n"
         "2250 Commerce Pkwy, Suite B, Lancaster, PA 17601\nDana Whitfield 717-555-0142\n",
         "PW-2: A-1/- 10 x 2.00 = 20.00; ship Dana Whitfield|717-555-0142|2250 Commerce Pkwy, Suit"
         "e B, Lancaster, PA 17601 | line 8: ship-to block line 'Riverside Depot' is neither the r"
         "eceiver nor read into the address; add it to the address if the carrier needs it"},
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
        cmocka_unit_test(test_per_words),
        cmocka_unit_test(test_price_per_n),
        cmocka_unit_test(test_hu_pt_words),
        cmocka_unit_test(test_initial_point),
        cmocka_unit_test(test_at_per_n),
        cmocka_unit_test(test_da_cs_ru_words),
        cmocka_unit_test(test_cyrillic_names),
        cmocka_unit_test(test_block_name_address),
        cmocka_unit_test(test_purchasing_words),
        cmocka_unit_test(test_measure_commas),
        cmocka_unit_test(test_erp_blocks),
        cmocka_unit_test(test_delivery_words),
        cmocka_unit_test(test_hr_words),
        cmocka_unit_test(test_sl_words),
        cmocka_unit_test(test_bilingual_header),
        cmocka_unit_test(test_company_over_department),
        cmocka_unit_test(test_delivery_sentence),
        cmocka_unit_test(test_tr_words),
        cmocka_unit_test(test_per_column),
        cmocka_unit_test(test_ko_words),
        cmocka_unit_test(test_dash_lines),
        cmocka_unit_test(test_code_item_words),
        cmocka_unit_test(test_baltic_words),
        cmocka_unit_test(test_serbian_cyrillic),
        cmocka_unit_test(test_azerbaijani_words),
        cmocka_unit_test(test_romanian_words),
        cmocka_unit_test(test_balkan_words),
        cmocka_unit_test(test_total_order_value),
        cmocka_unit_test(test_care_of),
        cmocka_unit_test(test_address_first_line),
        cmocka_unit_test(test_registration_in_name),
        cmocka_unit_test(test_phone_word_line),
    };

    return cmocka_run_group_tests(tests, NULL, NULL);
}
