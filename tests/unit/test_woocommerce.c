/* WooCommerce normalizer: field mapping, status table, refusals; the
 * X-WP-Total header a count reads. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "error.h"
#include "json.h"
#include "woocommerce/woocommerce.h"

/* %s: status, %s: line_items */
static const char tmpl[] =
    "{\"id\":727,\"status\":\"%s\",\"currency\":\"CNY\",\"date_created\":\"2026-11-20T17:30:00\","
    "\"date_created_gmt\":\"2026-11-20T09:30:00\",\"date_modified_gmt\":\"2026-11-21T02:00:00\","
    "\"date_paid_gmt\":\"2026-11-20T09:31:00\",\"discount_total\":\"5.00\","
    "\"shipping_total\":\"10.00\",\"total\":\"125.00\",\"total_tax\":\"0.00\",\"customer_id\":0,"
    "\"customer_note\":\"请加急\",\"billing\":{\"first_name\":\"三\",\"last_name\":\"张\","
    "\"email\":\"zhang@example.com\",\"phone\":\"13800138000\"},\"shipping\":{\"first_name\":"
    "\"三\",\"last_name\":\"张\",\"address_1\":\"张江路 123 号\",\"address_2\":\"\","
    "\"city\":\"上海市\",\"state\":\"上海市\",\"postcode\":\"201203\",\"country\":\"CN\","
    "\"phone\":\"\"},\"line_items\":%s}";

static const char lines_ok[] =
    "[{\"name\":\"绿茶\",\"product_id\":93,\"variation_id\":0,\"quantity\":2,\"sku\":\"A-100\","
    "\"subtotal\":\"100.00\",\"total\":\"95.00\",\"price\":47.5},{\"name\":\"杯子\","
    "\"product_id\":94,\"variation_id\":941,\"quantity\":3,\"sku\":\"C-1\",\"subtotal\":"
    "\"20.00\",\"total\":\"20.00\",\"price\":6.666666}]";

static struct od_order *normalize(const char *status, const char *lines, int *rc)
{
    char text[4096];
    struct json_object *j = NULL;
    struct od_order *o = NULL;

    snprintf(text, sizeof(text), tmpl, status, lines);
    assert_int_equal(od_json_parse(text, strlen(text), &j), 0);
    *rc = woocommerce_normalize(j, "woo", &o);
    json_object_put(j);
    return o;
}

static void test_mapping(void **state)
{
    char t[OD_TIME_STRLEN], m[OD_MONEY_STRLEN];
    int rc;
    struct od_order *o = normalize("processing", lines_ok, &rc);

    (void)state;
    assert_int_equal(rc, 0);
    assert_string_equal(o->external_id, "727");
    assert_int_equal(o->status, OD_STATUS_PAID);
    assert_string_equal(o->channel_status, "processing");
    assert_string_equal(od_time_format(o->placed_at, t), "2026-11-20T09:30:00Z");
    assert_string_equal(od_time_format(o->updated_at, t), "2026-11-21T02:00:00Z");
    assert_null(o->customer.ref); /* guest */
    assert_string_equal(o->customer.name, "三 张");
    assert_string_equal(o->ship_to.phone, "13800138000"); /* from billing */
    assert_string_equal(o->ship_to.address, "张江路 123 号");
    assert_string_equal(o->ship_to.province, "上海市");
    assert_string_equal(o->buyer_note, "请加急");
    assert_string_equal(od_money_format(o->subtotal, m), "120.00");
    assert_string_equal(od_money_format(o->total, m), "125.00");
    assert_int_equal(o->n_lines, 2);
    assert_string_equal(od_price_format(o->lines[0].unit_price, m), "50.00");
    assert_string_equal(od_money_format(o->lines[0].discount, m), "5.00");
    assert_string_equal(od_money_format(o->lines[0].total, m), "95.00");
    assert_string_equal(o->lines[1].channel_sku, "941");
    /* 20.00 / 3 does not divide: rounded unit price, Woo's line total kept */
    assert_string_equal(od_price_format(o->lines[1].unit_price, m), "6.67");
    assert_string_equal(od_money_format(o->lines[1].total, m), "20.00");
    od_order_free(o);
}

/* A company in billing asks for an invoice; the EU VAT Number
 * extension's meta_data key is its tax number. */
static void test_invoice(void **state)
{
    static const char extra[] =
        "\"billing\":{\"first_name\":\"三\",\"last_name\":\"张\",\"company\":"
        "\"上海甲贸易有限公司\","
        "\"address_1\":\"张江路 1 号\",\"city\":\"上海市\",\"email\":\"fp@example.com\","
        "\"phone\":\"021-50000000\"},\"meta_data\":[{\"id\":1,\"key\":\"_wc_other\",\"value\":"
        "\"x\"},"
        "{\"id\":2,\"key\":\"_billing_vat_number\",\"value\":\"91310000MA1FL0XX\"}],";
    char text[4096], fixed[4096];
    struct json_object *j = NULL;
    struct od_order *o;
    const char *at, *end;
    int rc;

    (void)state;
    o = normalize("processing", lines_ok, &rc);
    assert_int_equal(rc, 0);
    assert_null(o->invoice.type); /* no company: no invoice */
    od_order_free(o);
    o = NULL;
    snprintf(text, sizeof(text), tmpl, "processing", lines_ok);
    at = strstr(text, "\"billing\":");
    end = strstr(text, "\"shipping\":{");
    assert_true(at && end);
    snprintf(fixed, sizeof(fixed), "%.*s%s%s", (int)(at - text), text, extra, end);
    assert_int_equal(od_json_parse(fixed, strlen(fixed), &j), 0);
    rc = woocommerce_normalize(j, "woo", &o);
    json_object_put(j);
    if (rc != 0)
        fail_msg("%s", od_error_last());
    assert_string_equal(o->invoice.type, "normal");
    assert_string_equal(o->invoice.title, "上海甲贸易有限公司");
    assert_string_equal(o->invoice.tax_id, "91310000MA1FL0XX");
    assert_string_equal(o->invoice.address, "张江路 1 号, 上海市");
    assert_string_equal(o->invoice.phone, "021-50000000");
    assert_string_equal(o->invoice.email, "fp@example.com");
    od_order_free(o);
}

static void test_statuses(void **state)
{
    static const struct {
        const char *woo;
        enum od_status want;
    } cases[] = {
        {"pending", OD_STATUS_PENDING_PAYMENT},
        {"on-hold", OD_STATUS_PENDING_PAYMENT},
        {"checkout-draft", OD_STATUS_PENDING_PAYMENT},
        {"processing", OD_STATUS_PAID},
        {"completed", OD_STATUS_COMPLETED},
        {"cancelled", OD_STATUS_CANCELLED},
        {"failed", OD_STATUS_CANCELLED},
        {"trash", OD_STATUS_CANCELLED},
        {"refunded", OD_STATUS_REFUNDED},
    };

    (void)state;
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        int rc;
        struct od_order *o = normalize(cases[i].woo, lines_ok, &rc);

        assert_int_equal(rc, 0);
        assert_int_equal(o->status, cases[i].want);
        od_order_free(o);
    }
}

static void test_refusals(void **state)
{
    static const struct {
        const char *status, *lines, *reason;
    } cases[] = {
        {"wc-custom", "[]", "status: 'wc-custom' is not a WooCommerce order status"},
        {"processing", "[{\"sku\":\"\",\"quantity\":1,\"subtotal\":\"1\",\"total\":\"1\"}]",
         "line_items[0]: no sku"},
        {"processing", "[{\"sku\":\"A\",\"quantity\":2}]", "line_items[0]: no subtotal or total"},
        {"processing", "[{\"sku\":\"A\",\"quantity\":\"x\",\"subtotal\":\"1\",\"total\":\"1\"}]",
         "line_items[0]: quantity 'x' is not a positive integer"},
        {"processing", "[]", "no lines"},
    };

    (void)state;
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        int rc;
        struct od_order *o = normalize(cases[i].status, cases[i].lines, &rc);

        assert_null(o);
        assert_int_equal(rc, OD_EINVAL);
        if (!strstr(od_error_last(), cases[i].reason))
            fail_msg("case %zu: '%s' lacks '%s'", i, od_error_last(), cases[i].reason);
    }
}

/* X-WP-Total: a plain decimal count, else refused. */
static void test_total_parse(void **state)
{
    static const struct {
        const char *value; /* NULL: no header */
        int64_t want;      /* -1: refused */
    } cases[] = {
        {"0", 0},
        {"17", 17},
        {"000042", 42},
        {"999999999999999999", 999999999999999999LL},
        {"1000000000000000000", -1},
        {NULL, -1},
        {"", -1},
        {"-3", -1},
        {"+3", -1},
        {"3 ", -1},
        {" 3", -1},
        {"3.0", -1},
        {"0x10", -1},
        {"12abc", -1},
    };

    (void)state;
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        int64_t n = -7;
        int rc = woocommerce_total_parse(cases[i].value, &n);

        if (cases[i].want >= 0) {
            if (rc != 0 || n != cases[i].want)
                fail_msg("case %zu: rc %d n %lld, want %lld", i, rc, (long long)n,
                         (long long)cases[i].want);
        } else {
            if (rc != OD_EIO || n != -7)
                fail_msg("case %zu: rc %d n %lld, want refused", i, rc, (long long)n);
            assert_non_null(strstr(od_error_last(), "X-WP-Total"));
        }
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_mapping),     cmocka_unit_test(test_invoice),
        cmocka_unit_test(test_statuses),    cmocka_unit_test(test_refusals),
        cmocka_unit_test(test_total_parse),
    };

    return cmocka_run_group_tests(tests, NULL, NULL);
}
