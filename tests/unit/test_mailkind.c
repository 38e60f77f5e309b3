/* What a mail is (connectors/imap/mailkind.c, bodytotal.c and the
 * reading of extract.c around them): the seller's own mail, documents
 * titled as no purchase order, the order number after the Subject's
 * title, a total line under the items that no label read, a body order
 * beside attachment orders, and a reply that may change the order it
 * quotes. Small mails written for the rules,
 * table-driven. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "error.h"
#include "imap/extract.h"
#include "imap/fields.h"
#include "imap/mailkind.h"
#include "model.h"

#define REF "INBOX <k@x>"

/* imap_extract of a mail From `from` with `subject` and a text/plain
 * body `text` (and, when `csv` is not NULL, a CSV attachment). */
static void extract(const struct imap_extract_settings *s, const char *from, const char *subject,
                    const char *text, const char *csv, struct od_batch *b)
{
    char raw[4096];
    int n;

    if (csv)
        n = snprintf(raw, sizeof(raw),
                     "From: %s\r\nSubject: %s\r\nMessage-ID: <k@x>\r\nMIME-Version: 1.0\r\n"
                     "Content-Type: multipart/mixed; boundary=\"b\"\r\n\r\n"
                     "--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n%s\r\n"
                     "--b\r\nContent-Type: text/csv; charset=utf-8\r\n"
                     "Content-Disposition: attachment; filename=\"po.csv\"\r\n\r\n%s\r\n--b--\r\n",
                     from, subject, text, csv);
    else
        n = snprintf(raw, sizeof(raw),
                     "From: %s\r\nSubject: %s\r\nMessage-ID: <k@x>\r\n"
                     "Content-Type: text/plain; charset=utf-8\r\n\r\n%s",
                     from, subject, text);
    assert_true(n > 0 && (size_t)n < sizeof(raw));
    od_batch_init(b, 0);
    assert_int_equal(imap_extract(s, "mail", REF, raw, (size_t)n, false, b), 0);
}

static const char order_text[] = "订单号：PO-7\r\nA-1 x 2 @ 3.00\r\nB-2 x 1 @ 4.00\r\n";

/* Documents that are no purchase order give no order, whatever they
 * hold, and the dead letter says why; the first title word of the
 * Subject decides, and a Subject's purchase-order title wins over a
 * title line of the text; a reply's Subject names the mail it answers,
 * not this one. */
static void test_titles(void **state)
{
    static const struct {
        const char *subject, *text;
        const char *reason; /* NULL: an order */
    } t[] = {
        {"送货单 SH-1（订单PO-7）", order_text, "a delivery note ('送货单')"},
        {"发货通知：PO-2025-4054", order_text, "a delivery note ('发货通知')"},
        {"Delivery Note DN-7 for your order", order_text, "a delivery note"},
        {"订单确认：PO-7", order_text, "an order confirmation ('订单确认')"},
        {"Order Confirmation SO-88", order_text, "an order confirmation"},
        {"Proforma Invoice PI-3", order_text, "an order confirmation"},
        {"询价：包装材料", order_text, "a request for quotation ('询价')"},
        {"RFQ 2612-004 consumables", order_text, "a request for quotation ('rfq')"},
        {"Packaging - request for quotation", order_text, "a request for quotation"},
        {"Payment reminder - overdue invoices (PO 7702, 7745)", order_text, "payment reminder"},
        {"对账单 2026年8月", order_text, "('对账单')"},
        {"Invoice INV-7 for PO-7", order_text, "an invoice"},
        {"投诉：PO-7 彩盒压坏", order_text, "a complaint ('投诉')"},
        {"COMPLAINT - wrong barcode - PO PO-7", order_text, "a complaint ('complaint')"},
        {"PO-7 complaint", order_text, NULL},
        /* a purchase-order title first */
        {"采购订单PO-7，请安排发货", order_text, NULL},
        {"Purchase Order PO-7 - please send order confirmation", order_text, NULL},
        {"PO 7 / packing list required", order_text, NULL},
        {"Order 4500123 - order confirmation needed", order_text, NULL},
        /* the title is what the Subject starts with; a later word names
         * the document it refers to */
        {"Shipping notice for PO 4500123", order_text, "a delivery note"},
        {"Proforma Invoice for Purchase Order 4500123", order_text, "an order confirmation"},
        {"PI HD-PI-2612-021 for your PO AFT/IMP/2026/339", order_text,
         "an order confirmation ('pi')"},
        /* "PI" inside a number or before a slash is no title */
        {"PO 7 / PI-7 attached", order_text, NULL},
        {"PI/PO 7", order_text, NULL},
        /* "PO" inside a number is no title */
        {"发货通知：LC-PO-26-1188", order_text, "a delivery note"},
        /* a reply: the Subject is the earlier mail's */
        {"Re: 询价", order_text, NULL},
        {"回复：订单确认", order_text, NULL},
        /* a title line at the top of the mail's own text */
        {"SH-1", "送货单号：SH-1\r\n订单号：PO-7\r\nA-1 x 2 @ 3.00\r\n", "line 1 is the title"},
        {"hello", "DELIVERY NOTE\r\nPO-7\r\nA-1 x 2 @ 3.00\r\n", "a delivery note"},
        /* a purchase order that asks for the documents is one */
        {"PO-7", "请附送货单和订单确认。\r\n订单号：PO-7\r\nA-1 x 2 @ 3.00\r\n", NULL},
        {"PO-7", "Packing list: required with the goods\r\nPO# PO-7\r\nA-1 x 2 @ 3.00\r\n", NULL},
        /* a quoted title line is not the mail's own */
        {"PO-7", "订单号：PO-7\r\nA-1 x 2 @ 3.00\r\n\r\n> 送货单\r\n", NULL},
    };
    struct imap_extract_settings s = {0};

    (void)state;
    for (size_t k = 0; k < sizeof(t) / sizeof(t[0]); k++) {
        struct od_batch b;

        extract(&s, "buyer@customer.cn", t[k].subject, t[k].text, NULL, &b);
        if (t[k].reason) {
            assert_int_equal(b.n_orders, 0);
            assert_int_equal(b.n_dead, 1);
            if (!strstr(b.dead[0].reason, t[k].reason))
                fail_msg("%zu: '%s' lacks '%s'", k, b.dead[0].reason, t[k].reason);
        } else if (b.n_orders != 1) {
            fail_msg("%zu: %zu orders (%s)", k, b.n_orders, b.n_dead ? b.dead[0].reason : "");
        }
        od_batch_free(&b);
    }
}

/* Mail from the seller's own addresses is no customer's order unless it
 * forwards one. */
static void test_own_addresses(void **state)
{
    static char dom[] = "hengda-pack.cn", addr[] = "boss@gmail.com";
    static char *own[] = {dom, addr};
    static const struct {
        const char *from, *subject;
        size_t orders;
    } t[] = {
        {"zhoumin@hengda-pack.cn", "PO-7", 0},
        {"a@sales.hengda-pack.cn", "PO-7", 0},
        {"BOSS@gmail.com", "PO-7", 0},
        {"zhoumin@hengda-pack.cn", "转发: 采购单 PO-7", 1},
        {"zhoumin@hengda-pack.cn", "FW: PO-7", 1},
        {"buyer@customer.cn", "PO-7", 1},
        {"a@nothengda-pack.cn", "PO-7", 1},
        {"other@gmail.com", "PO-7", 1},
    };
    struct imap_extract_settings s = {0};

    (void)state;
    s.own_addresses = (struct od_strlist){2, own};
    for (size_t k = 0; k < sizeof(t) / sizeof(t[0]); k++) {
        struct od_batch b;

        extract(&s, t[k].from, t[k].subject, order_text, NULL, &b);
        if (b.n_orders != t[k].orders)
            fail_msg("%zu: %zu orders", k, b.n_orders);
        if (!t[k].orders)
            assert_non_null(strstr(b.dead[0].reason, "seller's own address"));
        od_batch_free(&b);
    }
    /* validation: an entry that is no address or domain */
    {
        static char bad[] = "not a domain";
        static char *own_bad[] = {bad};

        assert_int_equal(imap_extract_validate(&s), 0);
        s.own_addresses = (struct od_strlist){1, own_bad};
        assert_int_equal(imap_extract_validate(&s), OD_ECONFIG);
    }
}

static void test_subject_strip(void **state)
{
    static const struct {
        const char *subject, *rest;
        bool reply, forward;
    } t[] = {
        {"Re: Fwd: PO 1", "PO 1", true, true},    {"FW: RE: PO 1", "PO 1", false, true},
        {"回复：转发: 订单", "订单", true, true}, {"转发 订单", "订单", false, true},
        {"[EXT] Re[2]: x", "x", true, false},     {"Report", "Report", false, false},
        {"Order", "Order", false, false},
    };

    (void)state;
    for (size_t k = 0; k < sizeof(t) / sizeof(t[0]); k++) {
        bool reply, forward;
        const char *r = mail_subject_strip(t[k].subject, &reply, &forward);

        assert_string_equal(r, t[k].rest);
        assert_int_equal(reply, t[k].reply);
        assert_int_equal(forward, t[k].forward);
    }
}

/* The order number after a purchase-order title in the Subject. */
static void test_subject_title_id(void **state)
{
    static const struct {
        const char *subject, *id; /* NULL: none */
    } t[] = {
        {"采购订单 SJ-HB-2612-0087", "SJ-HB-2612-0087"},
        {"Fwd: Purchase Order 4500123 - please confirm", "4500123"},
        {"订单：HT-20261202", "HT-20261202"},
        {"Re: Order #A-7781", "A-7781"},
        {"订单 2026-12-05", NULL},
        {"订单确认 PO-7", NULL},
        {"Ordering 4500123", NULL},
        {"采购订单 12", NULL},
    };

    (void)state;
    for (size_t k = 0; k < sizeof(t) / sizeof(t[0]); k++) {
        char id[MAIL_ID_MAX + 1] = "";
        bool got = mail_subject_title_id(t[k].subject, id);

        assert_int_equal(got, t[k].id != NULL);
        if (t[k].id)
            assert_string_equal(id, t[k].id);
    }
    /* through the reader: the number's source is the Subject */
    {
        struct imap_extract_settings s = {0};
        struct od_batch b;

        extract(&s, "buyer@customer.cn", "采购订单 SJ-HB-2612-0087", "A-1 x 2 @ 3.00\r\n", NULL,
                &b);
        assert_int_equal(b.n_orders, 1);
        assert_string_equal(b.orders[0].order->external_id, "SJ-HB-2612-0087");
        assert_non_null(
            strstr(b.orders[0].order->extraction->sources, "\"external_id\": \"subject\""));
        od_batch_free(&b);
    }
}

/* A total line under the items that no label read: the order's total;
 * one that is not the sum of the lines holds the order. */
static void test_body_total(void **state)
{
    static const struct {
        const char *tail;
        const char *total; /* the order's total */
        bool held;
    } t[] = {
        {"\r\nTOTAL EUR (Incoterm FOB Ningbo)      15.00\r\n", "15.00", true},
        {"\r\nGrand total (incl. freight)   USD 10.00\r\n", "10.00", false},
        {"\r\nOrder total, payable in 30 days:   $12.50\r\n", "12.50", true},
        /* counts of pieces and weights are no total */
        {"\r\nTotal qty (pcs)      3.00\r\n", "10.00", false},
        {"\r\nTotal weight            3.50\r\n", "10.00", false},
        /* a bare count is no amount; a subtotal is no total */
        {"\r\nTotal items                 3\r\n", "10.00", false},
        {"\r\nSubtotal                 15.00\r\n", "10.00", false},
        /* several amounts on one line: the total is the last clause's
         * when it starts with a total word */
        {"\r\n小計 NT$9.00，運費 NT$3.50，總共 NT$15.00\r\n", "15.00", true},
        {"\r\n小计 6.00，运费 4.00，总共 10.00\r\n", "10.00", false},
        {"\r\nSubtotal 15.00; total 15.00, paid by card 15.00\r\n", "10.00", false},
        /* the quoted older order's total is not this one's */
        {"\r\n-----Original Message-----\r\nTotal: 15.00\r\n", "10.00", false},
        {"\r\n> Total: 15.00\r\n", "10.00", false},
        /* far below the items, "Total" and an amount at the start of a line
         * still read as a total label (prose.c), as "Total: 15.00" would be */
        {"\r\n\r\n\r\n\r\n\r\n\r\n\r\n\r\n\r\nTotal  15.00\r\n", "15.00", true},
        /* ... but not a word in the middle of a sentence that far down */
        {"\r\n\r\n\r\n\r\n\r\n\r\n\r\n\r\n\r\nThe total weight is 15.00 kg\r\n", "10.00", false},
        /* an amount written the French way: a space (or a narrow
         * no-break space) between thousands, a decimal comma, the sign
         * after a space */
        {"\r\nTOTAL EUR (TTC)      1 015,00 €\r\n", "1015.00", true},
        /* no total line, but a sentence naming the sum and another
         * amount beside it (a total rounded off or agreed): held */
        {"\r\n算下来是10，零头抹了，就按9结。\r\n", "10.00", true},
        {"\r\nThat makes 10.00; we agreed on 9.50 last time.\r\n", "10.00", true},
        /* ... not numbers inside codes or dates, nor small counts */
        {"\r\nThat makes 10.00, due 2026-12-15 for EC-12.\r\n", "10.00", false},
        {"\r\nThat makes 10.00 for 3 boxes.\r\n", "10.00", false},
    };
    struct imap_extract_settings s = {0};

    (void)state;
    for (size_t k = 0; k < sizeof(t) / sizeof(t[0]); k++) {
        char text[512], x[OD_MONEY_STRLEN];
        struct od_batch b;
        const struct od_order *o;

        snprintf(text, sizeof(text),
                 "Order No.: EC-1\r\n\r\nCode   Description   Qty   Unit price   Amount\r\n"
                 "A-1    Box           2     3.00         6.00\r\n"
                 "B-2    Tape          1     4.00         4.00\r\n%s",
                 t[k].tail);
        extract(&s, "buyer@customer.it", "Order EC-1", text, NULL, &b);
        assert_int_equal(b.n_orders, 1);
        o = b.orders[0].order;
        if (strcmp(od_money_format(o->total, x), t[k].total) != 0)
            fail_msg("%zu: total %s, want %s", k, x, t[k].total);
        if (t[k].held != (o->extraction && o->extraction->n_doubts > 0))
            fail_msg("%zu: held %d", k, !t[k].held);
        if (t[k].held)
            assert_non_null(strstr(o->extraction->doubts[0], "sum of the lines 10.00"));
        od_batch_free(&b);
    }
}

/* Items, then a French total line ("Total TTC", spaces, a decimal comma,
 * the sign after a space): the order with that total, clean when it is
 * the sum of the lines and held when not. Items as a table, as item
 * lines with '@' and as "code name count x price €" (which gave no
 * order before). */
static void test_french_total_line(void **state)
{
    static const char *const items[] = {
        "Réf  Désignation  Qté  Prix  Montant\r\nA-1  Sachet  4  2,50  10,00\r\n",
        "A-1 x 4 @ 2,50\r\n",
        "A-1 Sachet kraft 4 x 2,50 €\r\n",
        "A-1 Sachet kraft - 4 pcs x 2,50 € = 10,00 €\r\n",
    };
    static const struct {
        const char *tail, *total;
        bool held;
    } t[] = {
        {"Total TTC      10,00 €\r\n", "10.00", false},
        {"\r\nTotal TTC      10,00 €\r\n", "10.00", false},
        {"Total TTC      12,00 €\r\n", "12.00", true},
    };
    struct imap_extract_settings s = {0};

    (void)state;
    for (size_t i = 0; i < sizeof(items) / sizeof(items[0]); i++)
        for (size_t k = 0; k < sizeof(t) / sizeof(t[0]); k++) {
            char text[512], x[OD_MONEY_STRLEN];
            struct od_batch b;
            const struct od_order *o;

            snprintf(text, sizeof(text), "Bonjour,\r\n\r\nCommande n° FR-9\r\n\r\n%s%s", items[i],
                     t[k].tail);
            extract(&s, "achats@client.fr", "Commande FR-9", text, NULL, &b);
            if (b.n_orders != 1)
                fail_msg("items %zu tail %zu: %zu orders", i, k, b.n_orders);
            o = b.orders[0].order;
            assert_string_equal(o->external_id, "FR-9");
            assert_int_equal(o->n_lines, 1);
            if (strcmp(od_money_format(o->total, x), t[k].total) != 0)
                fail_msg("items %zu tail %zu: total %s, want %s", i, k, x, t[k].total);
            if (t[k].held != (o->extraction && o->extraction->n_doubts > 0))
                fail_msg("items %zu tail %zu: held %d", i, k, !t[k].held);
            od_batch_free(&b);
        }
}

/* A price finer than a cent holds its order whatever reader read it:
 * here a CSV listing the order number on every row, a reader that names
 * no doubt of its own; the same file in whole cents is clean. */
static void test_fine_price_held(void **state)
{
    static const char *const prices[] = {"0.018", "0.02"};
    struct imap_extract_settings s = {0};

    (void)state;
    for (size_t i = 0; i < 2; i++) {
        char csv[600], x[OD_MONEY_STRLEN];
        struct od_batch b;
        const struct od_order *o;
        bool fine = i == 0;

        snprintf(csv, sizeof(csv),
                 "\"PO Number\",\"SKU\",\"Description\",\"Qty\",\"Unit Cost\",\"Line Total\"\r\n"
                 "\"PO-31\",\"HD-1\",\"Egg tray\",\"8000\",\"0.16\",\"1280.00\"\r\n"
                 "\"PO-31\",\"HD-2\",\"Label\",\"20000\",\"%s\",\"%s\"\r\n",
                 prices[i], fine ? "360.00" : "400.00");
        extract(&s, "buyer@farm.example", "PO-31", "PO-31 attached.\r\n", csv, &b);
        assert_int_equal(b.n_orders, 1);
        o = b.orders[0].order;
        assert_string_equal(o->external_id, "PO-31");
        assert_int_equal(o->n_lines, 2);
        assert_string_equal(od_price_format(o->lines[1].unit_price, x), prices[i]);
        if (fine) {
            assert_non_null(o->extraction);
            assert_int_equal(o->extraction->n_doubts, 1);
            assert_non_null(strstr(o->extraction->doubts[0], "0.018 is finer than a cent"));
        } else {
            assert_true(!o->extraction || o->extraction->n_doubts == 0);
        }
        od_batch_free(&b);
    }
}

/* An order read only from the quoted older mail while the new text
 * above it has lines with numbers of its own is held; a bare forward
 * of an order is not. */
static void test_body_quoted_items(void **state)
{
    static const char quote[] = "\r\n------------------ 原始邮件 ------------------\r\n"
                                "主题: 订单 MX-1\r\n\r\n"
                                "HD-CT-0302 三层纸箱  2000个  2.30元  4,600.00\r\n"
                                "合计4,600.00元\r\n";
    static const struct {
        const char *top;
        bool held;
        const char *doubt;
    } t[] = {
        /* the newer text's own items (rows of values split on runs of
         * spaces, read as sentences): the order, held for their missing
         * codes; before they were read, the quoted items were taken */
        {"这次再订一批，编号 MX-2：\r\n\r\n1、纸箱40*30*30  1500个  2.30元\r\n"
         "2、胶带48mm  200卷  5.60元\r\n",
         true, "line 3: an item without a code"},
        /* lines with numbers that are no items: the quoted ones, held */
        {"这次再订：\r\n\r\n纸箱40*30*30/1500/2.30\r\n胶带48mm/200/5.60\r\n", true,
         "quoted older mail"},
        {"请按下面的订单尽快发货，谢谢。\r\n", false, NULL},
    };
    struct imap_extract_settings s = {0};

    (void)state;
    for (size_t k = 0; k < sizeof(t) / sizeof(t[0]); k++) {
        char text[1024];
        struct od_batch b;
        const struct od_order *o;
        bool held;

        snprintf(text, sizeof(text), "%s%s", t[k].top, quote);
        extract(&s, "buyer@customer.cn", "回复：订单 MX-1", text, NULL, &b);
        assert_int_equal(b.n_orders, 1);
        o = b.orders[0].order;
        held = o->extraction && o->extraction->n_doubts > 0;
        if (held != t[k].held)
            fail_msg("%zu: held %d", k, held);
        if (t[k].held && !strstr(o->extraction->doubts[0], t[k].doubt))
            fail_msg("%zu: doubt '%s'", k, o->extraction->doubts[0]);
        od_batch_free(&b);
    }
    /* a rule of dashes under the head lines is no quote */
    {
        struct od_batch b;

        extract(&s, "buyer@customer.cn", "订单 34450",
                "订单号:34450\r\n订单日期:2026年10月31日\r\n手机:155-8346-5921\r\n\r\n"
                "----------------------------------------------------------\r\n"
                "编码         商品名称   订购数量   单价（元）   金额（元）\r\n"
                "HD-CT-0510   飞机盒     500        1.02         510.00\r\n",
                NULL, &b);
        assert_int_equal(b.n_orders, 1);
        assert_int_equal(b.orders[0].order->extraction->n_doubts, 0);
        od_batch_free(&b);
    }
}

/* A body order beside attachment orders: an order of its own when the
 * text names its number and it is not one of them (by number, by
 * lines). */
static void test_body_beside_attachment(void **state)
{
    static const char csv[] = "订单号,商品编码,数量,单价\r\nPO-CSV,C-1,5,2.00\r\n";
    static const struct {
        const char *text;
        size_t orders;
        const char *body_id; /* the second order's */
    } t[] = {
        {"两个单子：\r\n订单号：PO-BODY\r\nA-1 x 2 @ 3.00\r\n", 2, "PO-BODY"},
        /* the attached order again, under its own number or by its lines */
        {"订单号：PO-CSV\r\nC-1 x 5 @ 2.00\r\n", 1, NULL},
        {"订单号：REF-9\r\nC-1 x 5 @ 2.00\r\n", 1, NULL},
        /* lines of its own, no number of its own: maybe lines to add to
         * the attached order; not read */
        {"另外：\r\nA-1 x 2 @ 3.00\r\n", 1, NULL},
        /* no order in the body: nothing more, no dead letter */
        {"请见附件。\r\n", 1, NULL},
        /* the Subject's number is no number of the body's own */
        {"A-1 x 2 @ 3.00\r\n", 1, NULL},
    };
    struct imap_extract_settings s = {0};

    (void)state;
    for (size_t k = 0; k < sizeof(t) / sizeof(t[0]); k++) {
        struct od_batch b;

        extract(&s, "buyer@customer.cn", "订单号：SUBJ-1", t[k].text, csv, &b);
        if (b.n_orders != t[k].orders)
            fail_msg("%zu: %zu orders", k, b.n_orders);
        assert_int_equal(b.n_dead, 0);
        assert_string_equal(b.orders[0].order->external_id, "PO-CSV");
        if (t[k].orders == 2) {
            const struct od_order *o = b.orders[1].order;

            assert_string_equal(o->external_id, t[k].body_id);
            assert_true(!o->extraction || o->extraction->n_doubts == 0);
        }
        od_batch_free(&b);
    }
}

/* A reply above the order it quotes that says to change something the
 * reader did not apply holds the order; a reply that only sends it on,
 * or an order of the mail's own text, does not. */
static void test_reply_change(void **state)
{
    static const char quoted[] = "\r\n------------------ 原始邮件 ------------------\r\n"
                                 "发件人: \"b\"<b@c.cn>;\r\n主题: 订单 PO-7\r\n\r\n"
                                 "订单号：PO-7\r\nA-1 x 2 @ 3.00\r\nB-2 x 1 @ 4.00\r\n";
    static const struct {
        const char *own;
        const char *word; /* NULL: not held */
    } t[] = {
        {"第2项改成150个，第1项先不要了。", "改成"},
        {"Please remove the second line.", "remove"},
        {"Line 1: 5 pcs instead of 2.", "instead of"},
        {"请处理，谢谢！", NULL},
        {"Please process, urgent!", NULL},
        {"No changes, please go ahead.", NULL},
    };
    struct imap_extract_settings s = {0};

    (void)state;
    for (size_t k = 0; k < sizeof(t) / sizeof(t[0]); k++) {
        char text[1024];
        struct od_batch b;
        const struct od_order *o;
        size_t nd;

        snprintf(text, sizeof(text), "%s\r\n%s", t[k].own, quoted);
        extract(&s, "b@c.cn", "回复：订单 PO-7", text, NULL, &b);
        assert_int_equal(b.n_orders, 1);
        o = b.orders[0].order;
        nd = o->extraction ? o->extraction->n_doubts : 0;
        if (t[k].word) {
            char want[64];

            snprintf(want, sizeof(want), "may change it ('%s')", t[k].word);
            if (nd != 1 || !strstr(o->extraction->doubts[0], want))
                fail_msg("%zu: %zu doubts (%s)", k, nd, nd ? o->extraction->doubts[0] : "-");
        } else if (nd) {
            fail_msg("%zu: held: %s", k, o->extraction->doubts[0]);
        }
        od_batch_free(&b);
    }
    /* the order in the mail's own text, a change word in it: the reader's */
    {
        struct od_batch b;

        extract(&s, "b@c.cn", "PO-7", "订单号：PO-7\r\nA-1 x 2 @ 3.00\r\n数量可能会调整为3。\r\n",
                NULL, &b);
        assert_int_equal(b.n_orders, 1);
        assert_true(!b.orders[0].order->extraction || !b.orders[0].order->extraction->n_doubts ||
                    !strstr(b.orders[0].order->extraction->doubts[0], "may change it"));
        od_batch_free(&b);
    }
}

/* A reply that reports on the goods of the order it quotes (damaged,
 * short, wrong) is a complaint: no order, one dead letter that says
 * so; a reply that sends the quoted order on, or an order of the mail's
 * own text with such a word, is read as before. */
static void test_reply_report(void **state)
{
    static const char quoted[] = "\r\n----- 原始邮件 -----\r\n"
                                 "发件人: \"b\"<b@c.cn>;\r\n主题: 订单 PO-8\r\n\r\n"
                                 "订单号：PO-8\r\nA-1 x 20 @ 3.00\r\nB-2 x 10 @ 4.00\r\n";
    static const struct {
        const char *own;
        const char *word; /* NULL: read as an order */
    } t[] = {
        {"PO-8 的货到了，有 6 箱压坏，请问是补寄还是扣款？", "压坏"},
        {"PO-8 到貨了，外箱 3 箱破損。", "破損"},
        {"The goods of PO-8 came today; 4 cartons were crushed.", "crushed"},
        {"PO-8 arrived; about 60 of the tins have lids that do not fit.", "do not fit"},
        {"Please replace the 20 bags or credit us on the next invoice.", "credit us"},
        {"金色が見本より暗く、約2,000缶は店頭に出せない状態です。", "見本より"},
        {"作り直し、または次回発注分からの値引きをご検討ください。", "作り直し"},
        {"Of PO-8, 300 of 2 000 tins cannot be used.", "cannot be used"},
        {"The lids came warped. We want a replacement, not money back.", "a replacement"},
        {"Sūdzība par PO-8: the glue failed, the boxes are unusable.", "unusable"},
        {"请按下面的订单尽快发货，谢谢。", NULL},
        {"Please ship the order below as soon as you can.", NULL},
    };
    struct imap_extract_settings s = {0};

    (void)state;
    for (size_t k = 0; k < sizeof(t) / sizeof(t[0]); k++) {
        char text[1024];
        struct od_batch b;

        snprintf(text, sizeof(text), "%s\r\n%s", t[k].own, quoted);
        extract(&s, "b@c.cn", "回复：订单 PO-8", text, NULL, &b);
        if (t[k].word) {
            char want[64];

            snprintf(want, sizeof(want), "quotes ('%s'): a complaint", t[k].word);
            if (b.n_orders != 0 || b.n_dead != 1 || !strstr(b.dead[0].reason, want))
                fail_msg("%zu: %zu orders, %zu dead (%s)", k, b.n_orders, b.n_dead,
                         b.n_dead ? b.dead[0].reason : "-");
        } else if (b.n_orders != 1) {
            fail_msg("%zu: %zu orders", k, b.n_orders);
        }
        od_batch_free(&b);
    }
    /* the items in the reply's own paragraph that reports damage and asks
     * for the goods again (补发), above the quoted order: a complaint; a
     * new order of the reply's own with a remark on damage is read */
    {
        static const struct {
            const char *own;
            size_t orders;
        } r[] = {
            {"PO-8 的货到了，有 30 多个压坏了，\r\n麻烦尽快补发 35 个彩盒，单价还是 3.00 元。", 0},
            {"订单号：PO-10\r\nA-1 x 2 @ 3.00\r\n上次有几箱压坏了，这次请包好。", 1},
        };

        for (size_t k = 0; k < sizeof(r) / sizeof(r[0]); k++) {
            char text[1024];
            struct od_batch b;

            snprintf(text, sizeof(text), "%s\r\n%s", r[k].own, quoted);
            extract(&s, "b@c.cn", "回复：订单 PO-8", text, NULL, &b);
            if (b.n_orders != r[k].orders ||
                (!r[k].orders && (b.n_dead != 1 || !strstr(b.dead[0].reason, "('压坏')"))))
                fail_msg("own %zu: %zu orders, %zu dead (%s)", k, b.n_orders, b.n_dead,
                         b.n_dead ? b.dead[0].reason : "-");
            od_batch_free(&b);
        }
    }
    /* the order in the mail's own text: a remark on damage is no complaint */
    {
        struct od_batch b;

        extract(&s, "b@c.cn", "订单 PO-9",
                "订单号：PO-9\r\nA-1 x 2 @ 3.00\r\n上次有几箱压坏了，这次请包好。\r\n", NULL, &b);
        assert_int_equal(b.n_orders, 1);
        od_batch_free(&b);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_titles),
        cmocka_unit_test(test_own_addresses),
        cmocka_unit_test(test_subject_strip),
        cmocka_unit_test(test_subject_title_id),
        cmocka_unit_test(test_body_total),
        cmocka_unit_test(test_french_total_line),
        cmocka_unit_test(test_fine_price_held),
        cmocka_unit_test(test_body_quoted_items),
        cmocka_unit_test(test_body_beside_attachment),
        cmocka_unit_test(test_reply_change),
        cmocka_unit_test(test_reply_report),
    };

    return cmocka_run_group_tests(tests, NULL, NULL);
}
