/* Labels and values of purchase orders (connectors/imap/fields.c): the
 * fold, the three label look-ups, the totals word and every value
 * parser, each from a table. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "error.h"
#include "imap/docfields.h"
#include "imap/fields.h"
#include "imap/mail.h"

static void test_fold(void **state)
{
    static const struct {
        const char *in, *want;
    } t[] = {
        {"P.O. No.", "pono"},
        {"PO no", "pono"},
        {"ＰＯ　Ｎｏ．", "pono"},
        {"po#", "po"},
        {"P/O", "po"},
        {"单价（元）", "单价"},
        {"单价（元）：", "单价"},
        {"Unit Price (CNY)", "unitprice"},
        {"Unit_Price [USD]", "unitprice"},
        {"金额【元】", "金额"},
        {"  E-mail:  ", "email"},
        {"Qty\xc2\xa0", "qty"},
        {"(元)", "元"}, /* a bracket that is the whole text stays */
        {"#", "#"},     /* all punctuation: the text itself */
        {"", ""},
        {"订单号：", "订单号"},
    };
    char out[64];

    for (size_t i = 0; i < sizeof(t) / sizeof(t[0]); i++) {
        size_t n = mail_label_fold(t[i].in, strlen(t[i].in), out, sizeof(out));

        if (strcmp(out, t[i].want) != 0 || n != strlen(t[i].want))
            fail_msg("fold '%s': got '%s' (%zu), want '%s'", t[i].in, out, n, t[i].want);
    }
    /* cut to the buffer */
    assert_int_equal(mail_label_fold("abcdef", 6, out, 4), 3);
    assert_string_equal(out, "abc");
}

static void test_order_field(void **state)
{
    static char k[] = "external_id", v[] = "单据编号|Ref No.";
    static char *kk[] = {k}, *vv[] = {v};
    static const struct {
        const char *label, *want; /* NULL: no field */
    } t[] = {
        {"采购单号", "external_id"},
        {"Livraison :", "ship_to.address"},
        {"采购订单编号", "external_id"},
        {"单号", "external_id"},
        {"订单No.", "external_id"},
        {"PO号", "external_id"},
        {"P/O", "external_id"},
        {"Purchase Order #", "external_id"},
        {"P.O. Number:", "external_id"},
        {"订单号：", "external_id"},
        {"单据编号", "external_id"}, /* configured */
        {"ref no", "external_id"},   /* configured, folded */
        {"Ref", NULL},               /* too broad by default: a quotation number */
        {"合同号", NULL},
        {"Ship to", "ship_to.name"},
        {"Deliver to", "ship_to.name"},
        {"收货地址", "ship_to.address"},
        {"Bill to", "customer.name"},
        {"需方", "customer.name"},
        {"TEL.", "ship_to.phone"},
        {"价税合计", "total"},
        {"币种", "currency"},
        {"Order Date", "placed_at"},
        {"运费", "shipping"},
        {"Tax", "tax"},
        {"Discount", "discount"},
        {"E-mail", "customer.email"},
        {"数量", NULL},
        {"客户经理", NULL},
        {"", NULL},
    };
    struct imap_extract_settings s = {0};

    s.labels = (struct od_strmap){1, kk, vv};
    for (size_t i = 0; i < sizeof(t) / sizeof(t[0]); i++) {
        const char *f = mail_order_field(&s, t[i].label, strlen(t[i].label));

        if ((f == NULL) != (t[i].want == NULL) || (f && strcmp(f, t[i].want) != 0))
            fail_msg("'%s': got %s, want %s", t[i].label, f ? f : "NULL",
                     t[i].want ? t[i].want : "NULL");
    }
    /* without settings: the built-in labels only */
    assert_null(mail_order_field(NULL, "单据编号", strlen("单据编号")));
    assert_string_equal(mail_order_field(NULL, "PO", 2), "external_id");
}

static void test_column_field(void **state)
{
    static const struct {
        const char *cell, *want;
    } t[] = {
        {"单价（元）", "lines.unit_price"},
        {"Unit Price (CNY)", "lines.unit_price"},
        {"含税价", "lines.unit_price"},
        {"Each", "lines.unit_price"},
        {"订购量", "lines.qty"},
        {"采购量", "lines.qty"},
        {"件数", "lines.qty"},
        {"Units", "lines.qty"},
        {"QTY.", "lines.qty"},
        {"Ext. Price", "lines.total"},
        {"Ext", "lines.total"},
        {"金额(元)", "lines.total"},
        {"货品", "lines.title"},
        {"存货名称", "lines.title"},
        {"物品", "lines.title"},
        {"物品名称", "lines.title"},
        {"Desc", "lines.title"},
        {"货品编号", "lines.sku"},
        {"品号", "lines.sku"},
        {"规格型号", "lines.sku"},
        {"Part #", "lines.sku"},
        {"P/N", "lines.sku"},
        {"Item SKU", "lines.sku"},
        {"Total Qty", "lines.qty"},
        {"序号", "-"},
        {"#", "-"},
        {"No.", "-"},
        {"Unit", "-"},
        {"UOM", "-"},
        {"颜色", NULL},
        {"A-100", NULL},
        {"59.00", NULL},
        {"", NULL},
    };

    for (size_t i = 0; i < sizeof(t) / sizeof(t[0]); i++) {
        const char *f = mail_column_field(NULL, t[i].cell, strlen(t[i].cell));

        if ((f == NULL) != (t[i].want == NULL) || (f && strcmp(f, t[i].want) != 0))
            fail_msg("'%s': got %s, want %s", t[i].cell, f ? f : "NULL",
                     t[i].want ? t[i].want : "NULL");
    }
}

/* CSV header cells (mail.h): columns first, then order labels, never
 * tax or discount (a rate as often as an amount). */
static void test_header_field(void **state)
{
    static const struct {
        const char *cell, *want;
    } t[] = {
        {"订单号", "external_id"},
        {"数量", "lines.qty"},
        {"Total", "lines.total"},
        {"单位", NULL},
        {"Tax", NULL},
        {"折扣", NULL},
        {"收货人", "ship_to.name"},
        {"Units", "lines.qty"},
        {"颜色", NULL},
        /* listcols.c: shapes of a label no table holds as written */
        {"Variant code / SKU", "lines.sku"},
        {"Price per unit", "lines.unit_price"},
        {"Cost per piece", "lines.unit_price"},
        {"Total cost", "lines.total"},
        {"Shipping cost", NULL},
        {"Price per 1000", NULL},
    };

    for (size_t i = 0; i < sizeof(t) / sizeof(t[0]); i++) {
        const char *f = mail_header_field(NULL, t[i].cell);

        if ((f == NULL) != (t[i].want == NULL) || (f && strcmp(f, t[i].want) != 0))
            fail_msg("'%s': got %s, want %s", t[i].cell, f ? f : "NULL",
                     t[i].want ? t[i].want : "NULL");
    }
}

static void test_label_at(void **state)
{
    static const struct {
        const char *text, *field; /* NULL: no label */
        const char *value;        /* the text from *value_off */
    } t[] = {
        {"采购单号：PO-1", "external_id", "PO-1"},
        {"PO No. 123", "external_id", "123"},
        {"P.O. No.: 123", "external_id", "123"},
        {"PO#2291", "external_id", "2291"},
        {"Order #: X-3", "external_id", "X-3"},
        {"订单号 PO-1", "external_id", "PO-1"},
        {"PO 4500012345", "external_id", "4500012345"},
        {"PO Box 12, Springfield", NULL, NULL}, /* no number right after the label */
        {"Order 100 pcs of A-1", NULL, NULL},   /* "Order" needs a colon */
        {"Order: 100", "external_id", "100"},
        {"Order ID 77", "external_id", "77"},
        {"P.O. Box 12", NULL, NULL},
        {"Tel: 138 0013 8000", "ship_to.phone", "138 0013 8000"},
        {"Tel. 138", "ship_to.phone", "138"},
        {"采购单号：", "external_id", ""},
        {"收货人：张三    电话：138", "ship_to.name", "张三    电话：138"},
        {"ＰＯ　Ｎｏ．：７７", "external_id", "７７"},
        {"Total (CNY): 12.00", "total", "12.00"},
        {"合计金额（元）：12", "total", "12"},
        {"Note: fragile", "buyer_note", "fragile"},
        {"Notebook: 2", NULL, NULL},
        {"客户经理：王五", NULL, NULL},
        {"Purchase Order Number: 9", "external_id", "9"},
        {"Order Date: 2026-11-20", "placed_at", "2026-11-20"},
        {"Ship to Address: 1 Main St", "ship_to.address", "1 Main St"},
        {"**Ship to:** Emma Clark", "ship_to.name", "Emma Clark"}, /* Markdown bold */
        {"**订单号**：81626", "external_id", "81626"},
        {"Phone (905) 373-1463", NULL, NULL}, /* digits in brackets are no unit */
        {"Phone\t(905) 373-1463", "ship_to.phone", "(905) 373-1463"},
        {"Date: 06/01/2026", "placed_at", "06/01/2026"},
        {"訂購日期：114/10/24", "placed_at", "114/10/24"},
        {"訂購公司：大同電子材料有限公司", "customer.name", "大同電子材料有限公司"},
        {"应付：1440.00元", "total", "1440.00元"},
        {"Dear Sir, please find our order", NULL, NULL},
        {"PO-1234", NULL, NULL},
        {"订单号\tPO-9", "external_id", "PO-9"},
        {"Customer\tACME", "customer.name", "ACME"},
        {"Customer ACME", NULL, NULL},
        /* order numbers in French, Italian and German */
        {"N° de commande : CF-2291", "external_id", "CF-2291"},
        {"Bon de commande n° 4521", "external_id", "4521"},
        {"Numero ordine: 2026/118", "external_id", "2026/118"},
        {"Ordine n. 77", "external_id", "77"},
        {"Bestellnummer: B-9", "external_id", "B-9"},
        {"Bestell-Nr. 4500012", "external_id", "4500012"},
        {"Ordine 100 pezzi", NULL, NULL},
        {"Lieferadresse: Hauptstr. 5, Berlin", "ship_to.address", "Hauptstr. 5, Berlin"},
        {"Ansprechpartner: Herr Weber", "ship_to.name", "Herr Weber"},
        {"Consignee / Notify:", "ship_to.name", ""},
        {"收货人/Consignee：李明", "ship_to.name", "李明"},
        {"PO/123", NULL, NULL},
        /* a polite word before the label */
        {"Please ship to:", "ship_to.name", ""},
        {"请送至：上海市浦东新区1号", "ship_to.address", "上海市浦东新区1号"},
        {"Please find our order below", NULL, NULL},
        /* a label in two languages, the second one known */
        {"Numéro / Order no.: AB-12", "external_id", "AB-12"},
        {"Fecha / Date: 1 de diciembre", "placed_at", "1 de diciembre"},
        {"Size: 10 / 20 cm", NULL, NULL},
    };

    for (size_t i = 0; i < sizeof(t) / sizeof(t[0]); i++) {
        size_t off = 9999;
        const char *f = mail_label_at(NULL, t[i].text, strlen(t[i].text), &off);

        if ((f == NULL) != (t[i].field == NULL) || (f && strcmp(f, t[i].field) != 0))
            fail_msg("'%s': got %s, want %s", t[i].text, f ? f : "NULL",
                     t[i].field ? t[i].field : "NULL");
        if (f && strcmp(t[i].text + off, t[i].value) != 0)
            fail_msg("'%s': value '%s', want '%s'", t[i].text, t[i].text + off, t[i].value);
    }
}

/* A channel's `labels:` are walked with the built-in labels in the
 * tables' order: a configured label of an earlier field comes before a
 * built-in one of a later field, and never after. */
static void test_channel_label_order(void **state)
{
    static char k1[] = "external_id", v1[] = "Tel|Ref No";
    static char k2[] = "shipping", v2[] = "PO|Freight charge|Porto";
    static char *kk[] = {k1, k2}, *vv[] = {v1, v2};
    struct imap_extract_settings s = {0};
    size_t off = 0;
    const char *f;

    s.labels = (struct od_strmap){2, kk, vv};
    /* whole cells */
    assert_string_equal(mail_order_field(&s, "TEL", 3), "external_id");
    assert_string_equal(mail_order_field(&s, "P.O.", 4), "external_id");
    assert_string_equal(mail_order_field(&s, "Porto", 5), "shipping");
    assert_string_equal(mail_order_field(NULL, "TEL", 3), "ship_to.phone");
    assert_null(mail_order_field(NULL, "Porto", 5));
    /* a label at the start of a line */
    f = mail_label_at(&s, "Tel: 0571-1", strlen("Tel: 0571-1"), &off);
    assert_string_equal(f, "external_id");
    assert_int_equal(off, 5);
    f = mail_label_at(&s, "Ref No. 88", strlen("Ref No. 88"), &off);
    assert_string_equal(f, "external_id");
    assert_string_equal("Ref No. 88" + off, "88");
    f = mail_label_at(&s, "PO: 12", strlen("PO: 12"), &off);
    assert_string_equal(f, "external_id");
    f = mail_label_at(&s, "Freight charge: 30", strlen("Freight charge: 30"), &off);
    assert_string_equal(f, "shipping");
    assert_string_equal("Freight charge: 30" + off, "30");
    /* the longest label wins whichever table it is in */
    f = mail_label_at(NULL, "Ship to Address: 1 Main St", strlen("Ship to Address: 1 Main St"),
                      &off);
    assert_string_equal(f, "ship_to.address");
}

static void test_total_word(void **state)
{
    static const struct {
        const char *cell;
        enum mail_total want;
    } t[] = {
        {"合计", MAIL_TOTAL_ORDER},
        {"总计：", MAIL_TOTAL_ORDER},
        {"Grand Total", MAIL_TOTAL_ORDER},
        {"Sub-total", MAIL_TOTAL_SUB},
        {"合计：123", MAIL_TOTAL_ORDER},
        {"TOTAL:", MAIL_TOTAL_ORDER},
        {"合計", MAIL_TOTAL_ORDER},
        {"Totally", MAIL_TOTAL_NONE},
        {"A-100", MAIL_TOTAL_NONE},
        {"", MAIL_TOTAL_NONE},
        {"数量", MAIL_TOTAL_NONE},
        {"Total Amount", MAIL_TOTAL_ORDER},
        {"Order Total:", MAIL_TOTAL_ORDER},
        {"税额：1.00", MAIL_TOTAL_NONE},
        {"小計", MAIL_TOTAL_SUB},
        {"Total Before Tax", MAIL_TOTAL_SUB},
        {"共计", MAIL_TOTAL_ORDER},
        {"Amount Due:", MAIL_TOTAL_ORDER},
        {"Total Payment Due", MAIL_TOTAL_ORDER},
    };

    for (size_t i = 0; i < sizeof(t) / sizeof(t[0]); i++) {
        if (mail_total_word(t[i].cell, strlen(t[i].cell)) != t[i].want)
            fail_msg("'%s': want %d", t[i].cell, (int)t[i].want);
        if (mail_is_total_word(t[i].cell, strlen(t[i].cell)) != (t[i].want != MAIL_TOTAL_NONE))
            fail_msg("'%s': is a total word: want %d", t[i].cell, t[i].want != MAIL_TOTAL_NONE);
    }
}

/* A body line that starts with an order's total word: where the rest
 * starts; the longest word wins, a subtotal's is none. */
static void test_total_lead(void **state)
{
    static const struct {
        const char *line, *rest; /* NULL: no total */
    } t[] = {
        {"Grand Total: $12.00", ": $12.00"},
        {"  ** Total **  300", " **  300"},
        {"| 总计 | 1,200.00 |", " | 1,200.00 |"},
        {"共计 300 元", " 300 元"},
        {"Totals by month", NULL},
        {"Subtotal 100.00", NULL},
        {"Total Before Discount: 4,000.00", NULL},
        {"小计：88.00", NULL},
        {"Amount due USD 50", " USD 50"},
        {"Item total", NULL},
    };

    (void)state;
    for (size_t i = 0; i < sizeof(t) / sizeof(t[0]); i++) {
        const char *got = mail_total_lead(t[i].line, strlen(t[i].line));

        if (!t[i].rest ? got != NULL : !got || strcmp(got, t[i].rest) != 0)
            fail_msg("'%s': want '%s', got '%s'", t[i].line, t[i].rest ? t[i].rest : "(none)",
                     got ? got : "(none)");
    }
}

static void test_amount(void **state)
{
    static const struct {
        const char *in, *want; /* NULL: refused */
    } t[] = {
        {"¥1,234.50", "1234.50"},
        {"￥59", "59.00"},
        {"1234.5元", "1234.50"},
        {"RMB 12", "12.00"},
        {"NT$10,885.26", "10885.26"},
        {"A$0.25", "0.25"},
        {"$4.50", "4.50"},
        {"CNY 10.00", "10.00"},
        {"１２．５", "12.50"},
        {"12.00 USD", "12.00"},
        {"HK$ 8", "8.00"},
        {"US$3.5", "3.50"},
        {"人民币 100", "100.00"},
        {"59.00/件", "59.00"},
        {"12 元/pcs", "12.00"},
        {" 7 ", "7.00"},
        {"abc", NULL},
        {"", NULL},
        {"1.2.3", NULL},
        {"12,34", NULL},
        {"元", NULL},
        {"1/2", NULL},
        {"EURO 5", NULL},
        /* a remark in brackets after the amount */
        {"+260.00（专车）", "260.00"},
        {"35.00 (express)", "35.00"},
        {"50元（含税）", "50.00"},
        {"(12.00)", "-12.00"},
        {"12.00 (2 pcs)", NULL},
        {"(note) 12", NULL},
        /* a Japanese amount closed by a dash; a bare trailing minus stays refused */
        {"¥555,200- (tax not included, CIF Osaka)", "555200.00"},
        {"JPY 1,000-", "1000.00"},
        {"555.20-", NULL},
    };
    char b[OD_MONEY_STRLEN];

    for (size_t i = 0; i < sizeof(t) / sizeof(t[0]); i++) {
        od_money m = 0;
        int rc = mail_parse_amount(t[i].in, strlen(t[i].in), &m);

        if (!t[i].want) {
            if (rc != OD_EINVAL)
                fail_msg("'%s': accepted as %s", t[i].in, od_money_format(m, b));
            continue;
        }
        if (rc != 0 || strcmp(od_money_format(m, b), t[i].want) != 0)
            fail_msg("'%s': rc %d, got %s, want %s", t[i].in, rc, rc ? "-" : b, t[i].want);
    }
}

static void test_qty(void **state)
{
    static const struct {
        const char *in;
        int64_t want; /* 0: refused with `why` */
        const char *why;
    } t[] = {
        {"10箱", 10, NULL},
        {"36打", 36, NULL},
        {"5 pallets", 5, NULL},
        {"5 pcs", 5, NULL},
        {"5 PCS", 5, NULL},
        {"1,000", 1000, NULL},
        {"3 000", 3000, NULL},
        {"1 200 000 pcs", 1200000, NULL},
        {"2 50", 0, "quantity '2 50' is not a number"},
        {"２", 2, NULL},
        {"3.0", 3, NULL},
        {"1000000000", 1000000000, NULL},
        {"abc", 0, "quantity 'abc' is not a number"},
        {"2.5", 0, "quantity '2.5' is not a whole number"},
        {"0", 0, "quantity '0' must be between 1 and 1000000000"},
        {"1000000001", 0, "quantity '1000000001' must be between 1 and 1000000000"},
        {"99999999999999999999", 0,
         "quantity '99999999999999999999' must be between 1 and 1000000000"},
        {"5 apples", 0, "quantity '5 apples' is not a number"},
        {"", 0, "quantity '' is not a number"},
        /* Chinese multipliers */
        {"1.2万个", 12000, NULL},
        {"8千个", 8000, NULL},
        {"3萬", 30000, NULL},
        {"1.25千", 1250, NULL},
        {"1.23456万", 0, "quantity '1.23456万' is not a whole number"},
        {"1.2345千", 0, "quantity '1.2345千' is not a whole number"},
        {"20万万", 0, "quantity '20万万' is not a number"},
        /* counts in Chinese numerals, with or without a unit */
        {"两百包", 200, NULL},
        {"一千五百个", 1500, NULL},
        {"十二箱", 12, NULL},
        {"三万", 30000, NULL},
        {"壹佰卷", 100, NULL},
        {"一百五十只", 150, NULL},
        {"一百五 件", 150, NULL},
        {"两千五套", 2500, NULL},
        {"一百零五个", 105, NULL},
        {"三角切块盒", 0, "quantity '三角切块盒' is not a number"},
        {"三四个", 0, "quantity '三四个' is not a number"},
        {"零个", 0, "quantity '零个' must be between 1 and 1000000000"},
        /* units sold by the whole, traditional characters, cases */
        {"250kg", 250, NULL},
        {"600m", 600, NULL},
        {"25捲", 25, NULL},
        {"6 cs", 6, NULL},
        {"20 stacks", 20, NULL},
        {"48mm", 0, "quantity '48mm' is not a number"},
    };

    for (size_t i = 0; i < sizeof(t) / sizeof(t[0]); i++) {
        int64_t q = -1;
        char why[128] = "";
        int rc = mail_parse_qty(t[i].in, strlen(t[i].in), &q, why, sizeof(why));

        if (t[i].want) {
            if (rc != 0 || q != t[i].want)
                fail_msg("'%s': rc %d q %lld (%s)", t[i].in, rc, (long long)q, why);
        } else if (rc != OD_EINVAL || strcmp(why, t[i].why) != 0) {
            fail_msg("'%s': rc %d why '%s', want '%s'", t[i].in, rc, why, t[i].why);
        }
    }
}

static void test_take_id(void **state)
{
    static const struct {
        const char *in, *want; /* NULL: none */
    } t[] = {
        {"PO-7（加急）", "PO-7"},
        {"  PO-2291, thanks", "PO-2291"},
        {"4500012345.", "4500012345"},
        {"#123", "123"},
        {"ＰＯ－１", "PO-1"},
        {"A/B_C.D#1", "A/B_C.D#1"},
        {"见附件", NULL},
        {"---", NULL},
        {"", NULL},
        {"1234567890123456789012345678901234567890123456789012345678901234",
         "1234567890123456789012345678901234567890123456789012345678901234"},
        {"12345678901234567890123456789012345678901234567890123456789012345", NULL},
    };

    for (size_t i = 0; i < sizeof(t) / sizeof(t[0]); i++) {
        char out[MAIL_ID_MAX + 1] = "";
        bool ok = mail_take_id(t[i].in, strlen(t[i].in), out);

        if (ok != (t[i].want != NULL) || (ok && strcmp(out, t[i].want) != 0))
            fail_msg("'%s': %d '%s', want %s", t[i].in, ok, out, t[i].want ? t[i].want : "none");
    }
}

static void test_date(void **state)
{
    static char utc[] = "UTC";
    static const struct {
        const char *in, *want; /* UTC; NULL: not a date */
    } t[] = {
        {"2026-11-20", "2026-11-20T00:00:00Z"},
        {"2026/11/20 09:30", "2026-11-20T09:30:00Z"},
        {"2026年11月20日", "2026-11-20T00:00:00Z"},
        {"2026年11月20日 09:30", "2026-11-20T09:30:00Z"},
        {"2026.11.20", "2026-11-20T00:00:00Z"},
        {"20 Nov 2026", "2026-11-20T00:00:00Z"},
        {"Nov 20, 2026", "2026-11-20T00:00:00Z"},
        {"November 20, 2026 10:15", "2026-11-20T10:15:00Z"},
        {"20-Nov-2026", "2026-11-20T00:00:00Z"},
        {"Fri, 20 Nov 2026 09:30:00 +0800", "2026-11-20T01:30:00Z"},
        {"２０２６－１１－２０", "2026-11-20T00:00:00Z"},
        {"114/10/24", "2025-10-24T00:00:00Z"}, /* Republic of China year 114 */
        {"115.01.05 08:00", "2026-01-05T08:00:00Z"},
        {"114年7月9日", "2025-07-09T00:00:00Z"}, /* the same year in Chinese characters */
        {"026年7月9日", NULL},
        {"02.06.2026", "2026-06-02T00:00:00Z"}, /* day.month.year */
        {"06/01/2026", "2026-06-01T00:00:00Z"}, /* both 12 or less: month first */
        {"13/01/2026", "2026-01-13T00:00:00Z"}, /* a part above 12 is the day */
        {"01/13/2026", "2026-01-13T00:00:00Z"},
        {"12-06-2026", "2026-12-06T00:00:00Z"},
        {"13/13/2026", NULL},
        {"11-Jul-26", "2026-07-11T00:00:00Z"}, /* a two-digit year, dashed form only */
        {"3/12/26", "2026-03-12T00:00:00Z"},   /* a two-digit year last: month first */
        {"25/12/26", "2026-12-25T00:00:00Z"},  /* a part above 12 is the day */
        {"03.12.26", "2026-12-03T00:00:00Z"},  /* dots: day first */
        {"3/12/126", NULL},                    /* no year of the Republic of China below 100 */
        {"05-Oct-26 09:30", "2026-10-05T09:30:00Z"},
        {"Oct 5, 26", NULL},
        {"**2026-11-20**", "2026-11-20T00:00:00Z"}, /* Markdown bold */
        {"31.02.2026", NULL},
        {"2026-02-30", NULL},
        {"next Friday", NULL},
        {"20 Foo 2026", NULL},
        {"21 de octubre de 2027", "2027-10-21T00:00:00Z"}, /* Spanish: "de" between parts */
        {"3 de agosto de 2027", "2027-08-03T00:00:00Z"},
        {"21 de Foo de 2027", NULL},
        {"", NULL},
    };
    struct imap_extract_settings s = {.timezone = utc};

    for (size_t i = 0; i < sizeof(t) / sizeof(t[0]); i++) {
        od_time v = OD_TIME_NONE;
        char b[OD_TIME_STRLEN];
        bool ok = mail_parse_date(&s, t[i].in, strlen(t[i].in), &v);

        if (ok != (t[i].want != NULL) || (ok && strcmp(od_time_format(v, b), t[i].want) != 0))
            fail_msg("'%s': %d %s, want %s", t[i].in, ok, ok ? od_time_format(v, b) : "-",
                     t[i].want ? t[i].want : "none");
    }
    /* day first on request; *ambiguous only when both parts could be */
    {
        static const struct {
            const char *in;
            bool dayfirst;
            const char *want;
            bool ambiguous;
        } o[] = {
            {"06/01/2026", true, "2026-01-06T00:00:00Z", true},
            {"06/01/2026", false, "2026-06-01T00:00:00Z", true},
            {"13/01/2026", false, "2026-01-13T00:00:00Z", false},
            {"01/13/2026", true, "2026-01-13T00:00:00Z", false},
            {"05/05/2026", true, "2026-05-05T00:00:00Z", false},
            {"2026-01-06", true, "2026-01-06T00:00:00Z", false},
        };

        for (size_t i = 0; i < sizeof(o) / sizeof(o[0]); i++) {
            od_time v = OD_TIME_NONE;
            char b[OD_TIME_STRLEN];
            bool amb = !o[i].ambiguous;

            assert_true(
                mail_parse_date_order(&s, o[i].in, strlen(o[i].in), o[i].dayfirst, &v, &amb));
            if (strcmp(od_time_format(v, b), o[i].want) != 0 || amb != o[i].ambiguous)
                fail_msg("'%s' (day first %d): %s %d, want %s %d", o[i].in, o[i].dayfirst, b, amb,
                         o[i].want, o[i].ambiguous);
        }
    }
    /* naive times default to Asia/Shanghai */
    {
        od_time v;
        char b[OD_TIME_STRLEN];

        assert_true(mail_parse_date(NULL, "2026-11-20 08:00", 16, &v));
        assert_string_equal(od_time_format(v, b), "2026-11-20T00:00:00Z");
    }
}

static void test_currency(void **state)
{
    static const struct {
        const char *in, *want;
    } t[] = {
        {"人民币", "CNY"},
        {"RMB", "CNY"},
        {"rmb", "CNY"},
        {"¥", "CNY"},
        {"￥", "CNY"},
        {"USD", "USD"},
        {"美元", "USD"},
        {"$", "USD"},
        {"港币", "HKD"},
        {"€", "EUR"},
        {"ＵＳＤ", "USD"},
        {" EUR ", "EUR"},
        {"dollars", NULL},
        {"", NULL},
        /* a code and its name in brackets; a bracket naming another one */
        {"BWP (Pula)", "BWP"},
        {"USD (US Dollar)", "USD"},
        {"USD (EUR)", NULL},
        /* the Bosnian mark in capitals only */
        {"KM", "BAM"},
        {"km", NULL},
        {"B/.", "PAB"},
        {"TT$", "TTD"},
    };

    for (size_t i = 0; i < sizeof(t) / sizeof(t[0]); i++) {
        const char *c = mail_currency_code(t[i].in, strlen(t[i].in));

        if ((c == NULL) != (t[i].want == NULL) || (c && strcmp(c, t[i].want) != 0))
            fail_msg("'%s': got %s, want %s", t[i].in, c ? c : "NULL",
                     t[i].want ? t[i].want : "NULL");
    }
}

/* Currency marks of one line (docfields.h). */
static void test_currency_marks(void **state)
{
    static const struct {
        const char *in;
        const char *want; /* codes joined with ' ', "" none */
        unsigned dollars;
    } t[] = {
        {"Total: €1.234,50", "EUR", 0},
        {"Subtotal:     $15,932.00", "", 1},
        {"HD-1  2  US$3.50  US$7.00", "USD", 0},
        {"合计：NT$10,885.26", "TWD", 0},
        {"A$0.25   A$1,250.00", "AUD", 0},
        {"HK$ 8 and £2", "HKD GBP", 0},
        {"单价（元）  金额（元）", "CNY", 0},
        {"总计:2439.04元", "CNY", 0},
        {"币别：人民币", "CNY", 0},
        {"Unit Price (USD)", "USD", 0},
        {"EUR 1.234,50", "EUR", 0},
        {"EURO-pallet 1200x800", "", 0}, /* a code inside a word */
        {"元旦 delivery", "", 0},        /* 元 not after a digit */
        {"BUSD 12", "", 0},
        {"S$12 and $3", "SGD", 1},
        {"12.00 USD", "USD", 0},
        {"All prices in EUR.", "EUR", 0},
        {"Please see the CAD drawing", "", 0},        /* a code with no money beside it */
        {"TERMS: NET 45    CURRENCY: GBP", "GBP", 0}, /* a value */
        {"单价（USD）", "USD", 0},
        /* a code after a money word heads a column or a sum */
        {"Item\tSpec\tQty\tPrice USD\tSum USD", "USD", 0},
        {"Total NOK    75.150,00", "NOK", 0},
        {"Order for the USD account", "", 0}, /* no money word before it */
        /* "en" as "in"; the plural of the euro as a word */
        {"(montants en euros)", "EUR", 0},
        {"Euros pallets", "", 0},
        /* currencies named in words and the rupee's sign */
        {"Currency: US Dollar", "USD", 0},
        {"total 205,800.00 baht", "THB", 0},
        {"Rate (₹)  Amount (₹)", "INR", 0},
        {"TOTAL (USD, CIF Cat Lai): 28,060.00", "USD", 0},
        {"Currency USD as per our agreement", "USD", 0},
        {"Vineland Station, ON L0R 2E0", "", 0}, /* a postal code's R is no rand */
        {"", "", 0},
    };

    (void)state;
    for (size_t i = 0; i < sizeof(t) / sizeof(t[0]); i++) {
        char codes[4][4], got[32] = "";
        struct mail_marks m = {99, 99};
        size_t n = mail_currency_marks(t[i].in, strlen(t[i].in), codes, 4, &m);
        unsigned dollars = m.dollars;

        for (size_t k = 0, used = 0; k < n; k++)
            used +=
                (size_t)snprintf(got + used, sizeof(got) - used, "%s%s", k ? " " : "", codes[k]);
        if (strcmp(got, t[i].want) != 0 || dollars != t[i].dollars)
            fail_msg("'%s': '%s' %u dollars, want '%s' %u", t[i].in, got, dollars, t[i].want,
                     t[i].dollars);
    }
}

/* Local currencies: a dollar with its country's letters, the Bosnian
 * mark (not a kilometre), the balboa and the pula; a dollar of letters
 * no list spells is counted apart, so the order is held. */
static void test_currency_local(void **state)
{
    static const struct {
        const char *in, *want; /* codes joined with ' ', "" none */
        unsigned unknown;
    } t[] = {
        {"Item\tQty\tUnit (B$)\tAmount (B$)", "BND", 0},
        {"Code\tItem\tQty\tUnit TT$\tLine TT$", "TTD", 0},
        {"Količina\tCijena KM\tIznos KM", "BAM", 0},
        {"Ukupno 20.442,82 KM", "BAM", 0},
        {"Bodega, Km 2 carretera a La Esperanza", "", 0},
        {"Bodega, KM 2 carretera a La Esperanza", "", 0}, /* a kilometre */
        {"Cant.\tPrecio B/.\tTotal B/.", "PAB", 0},
        {"Currency: BWP (Pula)", "BWP", 0},
        {"Sili labuyo, Pula", "", 0}, /* the pula by its code only: a colour in Tagalog */
        {"Precios en balboas", "PAB", 0},
        {"BHD 1,920.000", "BHD", 0},
        {"Unit (ZQ$)\tAmount (ZQ$)", "", 2},
        {"ZQ$ 12.00", "", 1},
        {"US$ 12.00", "USD", 0},
        {"PASS$WORD", "", 0}, /* no money after it */
    };

    (void)state;
    for (size_t i = 0; i < sizeof(t) / sizeof(t[0]); i++) {
        char codes[4][4], got[32] = "";
        struct mail_marks m;
        size_t n = mail_currency_marks(t[i].in, strlen(t[i].in), codes, 4, &m);

        for (size_t k = 0, used = 0; k < n; k++)
            used +=
                (size_t)snprintf(got + used, sizeof(got) - used, "%s%s", k ? " " : "", codes[k]);
        if (strcmp(got, t[i].want) != 0 || m.unknown != t[i].unknown)
            fail_msg("'%s': '%s' %u unknown, want '%s' %u", t[i].in, got, m.unknown, t[i].want,
                     t[i].unknown);
    }
}

/* One list of currency marks: the longest at the start or end of a
 * text, a code not running into letters; how a line writes the yuan. */
static void test_currency_words(void **state)
{
    static const struct {
        const char *in, *pre, *suf; /* codes, "" for none */
    } t[] = {
        {"HK$12.00", "HKD", ""},  {"RM 0.62", "MYR", ""},  {"RMB 59", "CNY", ""},
        {"Rmk 3", "", ""},        {"59 元", "", "CNY"},    {"12.00 usd", "", "USD"},
        {"$4.50", "USD", ""},     {"12 FORM", "", ""},     {"新台幣 300", "TWD", ""},
        {"INR 1,200", "INR", ""}, {"300 港元", "", "HKD"}, {"A-100", "", ""},
    };
    static const struct {
        const char *in;
        unsigned yuan;
    } y[] = {
        {"单价（元）", MAIL_YUAN_BARE},
        {"420 元", MAIL_YUAN_BARE},
        {"元旦 delivery", 0},
        {"¥12.00", MAIL_YUAN_SIGN},
        {"人民币 1,200.00", MAIL_YUAN_NAMED},
        {"12.00 RMB, 5 元", MAIL_YUAN_NAMED | MAIL_YUAN_BARE},
        {"US$ 12.00", 0},
    };

    (void)state;
    for (size_t i = 0; i < sizeof(t) / sizeof(t[0]); i++) {
        const char *pre = NULL, *suf = NULL;
        size_t n = strlen(t[i].in);
        size_t kp = mail_currency_at(t[i].in, n, MAIL_START, &pre),
               ks = mail_currency_at(t[i].in, n, MAIL_END, &suf);

        if (strcmp(kp ? pre : "", t[i].pre) != 0 || strcmp(ks ? suf : "", t[i].suf) != 0)
            fail_msg("'%s': prefix '%s', suffix '%s'", t[i].in, kp ? pre : "", ks ? suf : "");
    }
    for (size_t i = 0; i < sizeof(y) / sizeof(y[0]); i++) {
        char codes[4][4];
        struct mail_marks m;

        mail_currency_marks(y[i].in, strlen(y[i].in), codes, 4, &m);
        if (m.yuan != y[i].yuan)
            fail_msg("'%s': yuan %u, want %u", y[i].in, m.yuan, y[i].yuan);
    }
}

/* Countries of a line and the dollar they make of a bare '$'. */
static void test_region(void **state)
{
    static const struct {
        const char *in;
        unsigned want;
    } t[] = {
        {"Phoenix, AZ 85043", MAIL_REGION_US},
        {"USA", MAIL_REGION_US},
        {"600 Logistics Blvd, Mississauga, ON L5T 2X1, Canada", MAIL_REGION_CA},
        {"600 Logistics Blvd, Mississauga, ON L5T 2X1", MAIL_REGION_CA},
        {"3/55 Export Drive, Brooklyn VIC 3012", MAIL_REGION_AU | MAIL_REGION_DAYFIRST},
        {"Industriestr. 8, 76185 Karlsruhe, Germany", MAIL_REGION_DAYFIRST},
        {"Manchester M17 1DQ, United Kingdom", MAIL_REGION_DAYFIRST},
        {"香港九龍觀塘道 18 號", MAIL_REGION_HK | MAIL_REGION_DAYFIRST},
        {"高雄市前鎮區 台灣", MAIL_REGION_TW},
        {"Ukraine", 0}, /* "UK" inside a word */
        {"CA 9460", 0}, /* a ZIP code has five digits */
        {"Order 12", 0},
        {"NYC 10001", 0},         /* a word of capitals that only starts with a state */
        {"xCA 94601", 0},         /* inside a word */
        {"oakland, ca 94601", 0}, /* states are capitals */
        {"Sydney NSW 2000", MAIL_REGION_AU | MAIL_REGION_DAYFIRST},
        {"made in AUSTRALIA", MAIL_REGION_AU | MAIL_REGION_DAYFIRST},
        {"Brasilia", 0},                                   /* a country's name inside a word */
        {"Chilean wine from Chile", MAIL_REGION_DAYFIRST}, /* the second one is a word */
    };

    (void)state;
    for (size_t i = 0; i < sizeof(t) / sizeof(t[0]); i++) {
        unsigned r = mail_region_marks(t[i].in, strlen(t[i].in));

        if (r != t[i].want)
            fail_msg("'%s': 0x%x, want 0x%x", t[i].in, r, t[i].want);
    }
    assert_string_equal(mail_dollar_code(0), "USD");
    assert_string_equal(mail_dollar_code(MAIL_REGION_US), "USD");
    assert_string_equal(mail_dollar_code(MAIL_REGION_CA), "CAD");
    assert_string_equal(mail_dollar_code(MAIL_REGION_HK | MAIL_REGION_DAYFIRST), "HKD");
    assert_string_equal(mail_dollar_code(MAIL_REGION_DAYFIRST), "USD");
    assert_null(mail_dollar_code(MAIL_REGION_US | MAIL_REGION_CA));
    assert_null(mail_dollar_code(MAIL_REGION_AU | MAIL_REGION_NZ));
}

/* Sign-offs, company lines and title lines of signatures. */
static void test_signature_lines(void **state)
{
    static const struct {
        const char *in;
        bool signoff, company, title;
    } t[] = {
        {"Best regards,", true, false, false},
        {"Kind Regards", true, false, false},
        {"Thanks!", true, false, false},
        {"Cheers,", true, false, false},
        {"Mit freundlichen Grüßen", true, false, false},
        {"此致 敬礼", true, false, false},
        {"谢谢", true, false, false},
        {"祝好！", true, false, false},
        {"敬祝 商祺", true, false, false},
        {"--", true, false, false},
        {"-- ", true, false, false},
        {"Thanks for the quick quote, we would like to order", false, false, false},
        {"Regards to the team, see you in Shanghai", false, false, false},
        {"Pacific Rim Distribution Corp.", false, true, false},
        {"Southern Cross Wholesale Pty Ltd", false, true, false},
        {"Emporio Casa S.r.l.", false, true, false},
        {"Atelier Dufresne SARL", false, true, false},
        {"Verpackungshaus Becker GmbH", false, true, false},
        {"Wing Fat Trading Co. Ltd.", false, true, false},
        {"Maple Leaf Fulfilment Inc.", false, true, false},
        {"苏州明德电子科技有限公司", false, true, false},
        {"新竹精密工業股份有限公司", false, true, false},
        {"永豐包裝企業社", false, true, false},
        {"义乌小王饰品店", false, true, false},
        {"Ltd", false, false, false},      /* a legal form alone */
        {"有限公司", false, false, false}, /* idem */
        {"This e-mail is confidential to Acme Ltd", false, false, false},
        {"Registered office: 1 High St, Acme Ltd", false, false, false},
        {"Sent by orders@acme-ltd.com Ltd", false, false, false},
        {"本邮件仅供收件人使用，杭州恒达包装材料有限公司", false, false, false},
        {"Blue Harbor Imports", false, false, false}, /* no legal form */
        {"Purchasing Manager", false, false, true},
        {"Operations", false, false, true},
        {"采购部 经理", false, false, true},
        {"Linda Johnson", false, false, false},
        {"Mieles Mayas de Yucatán, S.A. de C.V.", false, true, false},
    };

    (void)state;
    for (size_t i = 0; i < sizeof(t) / sizeof(t[0]); i++) {
        size_t n = strlen(t[i].in);
        bool so = mail_signoff_line(t[i].in, n), co = mail_company_line(t[i].in, n),
             ti = mail_title_line(t[i].in, n);

        if (so != t[i].signoff || co != t[i].company || ti != t[i].title)
            fail_msg("'%s': sign-off %d company %d title %d, want %d %d %d", t[i].in, so, co, ti,
                     t[i].signoff, t[i].company, t[i].title);
    }
}

/* The lines of a mail app's footer (mail_footer_line): its own words,
 * and in any language a short line that names the device. */
static void test_footer_lines(void **state)
{
    static const struct {
        const char *in;
        bool footer;
    } t[] = {
        {"Sent from my iPhone", true},
        {"Trimis de pe iPad", true},
        {"Enviado desde mi iPhone.", true},
        {"Von meinem iPhone gesendet", true},
        {"Envoyé de mon appareil Android", true},
        {"iPad case x 200 @ 3.50", false},                         /* an item line */
        {"We sell iPhone cases and iPad sleeves to shops", false}, /* a sentence */
        {"Brutăria Carpați SRL", false},
        {"------", true},
    };

    (void)state;
    for (size_t i = 0; i < sizeof(t) / sizeof(t[0]); i++)
        if (mail_footer_line(t[i].in, strlen(t[i].in)) != t[i].footer)
            fail_msg("'%s': footer %d, want %d", t[i].in, !t[i].footer, t[i].footer);
}

/* A spec cell as it joins a title (mail_spec_part): trimmed, nothing
 * when only dashes are left, a first word that is a code cut off for the
 * SKU when one is asked for. */
static void test_spec_part(void **state)
{
    static const struct {
        const char *cell;
        bool want_code, ok;
        const char *code, *rest;
    } cases[] = {
        {"  黑色 10支/盒 ", false, true, NULL, "黑色 10支/盒"},
        {"HD-SF-5023 50cm 净重3kg/卷", true, true, "HD-SF-5023", "50cm 净重3kg/卷"},
        {"HD-SF-5023 50cm 净重3kg/卷", false, true, NULL, "HD-SF-5023 50cm 净重3kg/卷"},
        {"50cm 1m*2mm", true, true, NULL, "50cm 1m*2mm"},
        {"KX5023", true, true, NULL, "KX5023"}, /* a code alone is the spec */
        {" — ", true, false, NULL, NULL},
        {"-/-", false, false, NULL, NULL},
        {"", true, false, NULL, NULL},
    };

    (void)state;
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        const char *p = cases[i].cell, *code = "x";
        size_t n = strlen(p), code_n = 99;
        bool ok = mail_spec_part(&p, &n, cases[i].want_code ? &code : NULL, &code_n);

        assert_int_equal(ok, cases[i].ok);
        if (!ok)
            continue;
        assert_int_equal(n, strlen(cases[i].rest));
        assert_memory_equal(p, cases[i].rest, n);
        if (!cases[i].want_code)
            continue;
        if (cases[i].code) {
            assert_int_equal(code_n, strlen(cases[i].code));
            assert_memory_equal(code, cases[i].code, code_n);
        } else {
            assert_null(code);
            assert_int_equal(code_n, 0);
        }
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_fold),
        cmocka_unit_test(test_order_field),
        cmocka_unit_test(test_column_field),
        cmocka_unit_test(test_label_at),
        cmocka_unit_test(test_channel_label_order),
        cmocka_unit_test(test_header_field),
        cmocka_unit_test(test_total_word),
        cmocka_unit_test(test_total_lead),
        cmocka_unit_test(test_amount),
        cmocka_unit_test(test_qty),
        cmocka_unit_test(test_take_id),
        cmocka_unit_test(test_date),
        cmocka_unit_test(test_currency),
        cmocka_unit_test(test_currency_marks),
        cmocka_unit_test(test_currency_local),
        cmocka_unit_test(test_currency_words),
        cmocka_unit_test(test_region),
        cmocka_unit_test(test_signature_lines),
        cmocka_unit_test(test_footer_lines),
        cmocka_unit_test(test_spec_part),
    };

    return cmocka_run_group_tests(tests, NULL, NULL);
}
