/* 拼多多 normalizer: field mapping, statuses, exact yuan amounts (JSON
 * number literals, never through a double), masked receiver, refusals. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "error.h"
#include "json.h"
#include "pinduoduo/pinduoduo.h"

/* %s: order_status and refund_status members, %s: amounts, %s: item_list */
static const char tmpl[] =
    "{\"order_sn\":\"240105-123456789012345\",%s,\"after_sales_status\":0,"
    "\"created_time\":\"2024-01-05 09:30:00\",\"confirm_time\":\"2024-01-05 09:31:00\","
    "\"pay_time\":\"2024-01-05 09:31:00\",\"updated_at\":\"2024-01-06 00:00:01\","
    "\"shipping_time\":\"\",\"receive_time\":\"\",\"province\":\"广东省\",\"city\":\"深圳市\","
    "\"town\":\"南山区\",\"address\":\"~AgBc3Rlc3Q=~k4bq~1~~\","
    "\"receiver_name\":\"~AgBuYW1l~abcd~1~~\",\"receiver_phone\":\"~AgBwaG9uZQ==~efgh~1~~\","
    "\"receiver_address\":\"~AgBhZGRy~ijkl~1~~\",\"receiver_name_mask\":\"王*\","
    "\"receiver_phone_mask\":\"138****5678\",\"receiver_address_mask\":\"粤海街道****\","
    "%s,\"buyer_memo\":\"不要放驿站，谢谢\",\"remark\":\"赠品x1\",\"item_list\":%s}";

static const char status_paid[] = "\"order_status\":1,\"refund_status\":1";

/* goods 2 x 39.90 + 6 x 0.10 = 80.40; order change 0.50; discounts 1.00
 * + 3.33; postage 6.00 -> pay 80.40 - 0.50 - 4.33 + 6.00 = 81.57 */
static const char amounts_ok[] =
    "\"pay_amount\":81.57,\"goods_amount\":79.90,\"discount_amount\":4.33,"
    "\"platform_discount\":1.00,\"seller_discount\":3.33,\"capital_free_discount\":0.00,"
    "\"order_change_amount\":0.50,\"postage\":6.00";

static const char lines_ok[] =
    "[{\"goods_id\":301000001,\"sku_id\":1100000001009,\"outer_id\":\"PDD-TS-WH-XL\","
    "\"outer_goods_id\":\"G-PDD-TS-WH-XL\",\"goods_name\":\"纯棉T恤 男女同款\","
    "\"goods_spec\":\"白色,XL\",\"goods_price\":39.90,\"goods_count\":2},"
    "{\"goods_id\":301000004,\"sku_id\":1100000004036,\"outer_id\":\"\","
    "\"outer_goods_id\":\"G-PDD-WP-10\",\"goods_name\":\"湿巾 10片装\",\"goods_price\":0.10,"
    "\"goods_count\":6}]";

static struct od_order *normalize3(const char *status, const char *amounts, const char *lines,
                                   int *rc)
{
    char text[8192];
    struct json_object *j = NULL;
    struct od_order *o = NULL;

    snprintf(text, sizeof(text), tmpl, status, amounts, lines);
    assert_int_equal(od_json_parse(text, strlen(text), &j), 0);
    *rc = pinduoduo_normalize(j, "pdd", &o);
    json_object_put(j);
    return o;
}

static void test_mapping(void **state)
{
    char m[OD_MONEY_STRLEN], t[OD_TIME_STRLEN];
    int rc;
    struct od_order *o = normalize3(status_paid, amounts_ok, lines_ok, &rc);

    (void)state;
    assert_int_equal(rc, 0);
    assert_string_equal(o->channel, "pdd");
    assert_string_equal(o->external_id, "240105-123456789012345");
    assert_string_equal(o->revision, "2024-01-06 00:00:01");
    assert_int_equal(o->status, OD_STATUS_PAID);
    assert_string_equal(o->channel_status, "1/1");
    assert_string_equal(o->currency, "CNY");
    /* GMT+8 wall clock -> UTC */
    assert_string_equal(od_time_format(o->placed_at, t), "2024-01-05T01:30:00Z");
    assert_string_equal(od_time_format(o->paid_at, t), "2024-01-05T01:31:00Z");
    assert_string_equal(od_time_format(o->updated_at, t), "2024-01-05T16:00:01Z");
    assert_string_equal(od_money_format(o->subtotal, m), "80.40");
    assert_string_equal(od_money_format(o->shipping, m), "6.00");
    assert_string_equal(od_money_format(o->discount, m), "4.83");
    assert_string_equal(od_money_format(o->total, m), "81.57");
    assert_int_equal(o->total, o->subtotal + o->shipping - o->discount);
    /* masked values only, never the ciphertext */
    assert_string_equal(o->ship_to.name, "王*");
    assert_string_equal(o->ship_to.phone, "138****5678");
    assert_string_equal(o->ship_to.province, "广东省");
    assert_string_equal(o->ship_to.city, "深圳市");
    assert_string_equal(o->ship_to.district, "南山区");
    assert_string_equal(o->ship_to.address, "粤海街道****");
    assert_string_equal(o->ship_to.country, "CN");
    assert_string_equal(o->buyer_note, "不要放驿站，谢谢");
    assert_string_equal(o->seller_note, "赠品x1");
    assert_int_equal(o->n_lines, 2);
    assert_string_equal(o->lines[0].sku, "PDD-TS-WH-XL");
    assert_string_equal(o->lines[0].channel_sku, "1100000001009");
    assert_string_equal(o->lines[0].title, "纯棉T恤 男女同款");
    assert_int_equal(o->lines[0].qty, 2);
    assert_string_equal(od_price_format(o->lines[0].unit_price, m), "39.90");
    assert_string_equal(od_money_format(o->lines[0].total, m), "79.80");
    assert_string_equal(o->lines[1].sku, "G-PDD-WP-10"); /* outer_goods_id: no outer_id */
    assert_int_equal(o->lines[1].unit_price.e4, 1000);
    assert_int_equal(o->lines[1].total, 60);
    od_order_free(o);
}

/* invoice_status 1: an invoice was applied for (the details are not on the
 * order). */
static void test_invoice(void **state)
{
    char status[128];
    struct od_order *o;
    int rc;

    (void)state;
    o = normalize3(status_paid, amounts_ok, lines_ok, &rc);
    assert_int_equal(rc, 0);
    assert_null(o->invoice.type);
    od_order_free(o);
    snprintf(status, sizeof(status), "%s,\"invoice_status\":0", status_paid);
    o = normalize3(status, amounts_ok, lines_ok, &rc);
    assert_int_equal(rc, 0);
    assert_null(o->invoice.type);
    od_order_free(o);
    snprintf(status, sizeof(status), "%s,\"invoice_status\":1", status_paid);
    o = normalize3(status, amounts_ok, lines_ok, &rc);
    assert_int_equal(rc, 0);
    assert_string_equal(o->invoice.type, "normal");
    assert_null(o->invoice.title);
    od_order_free(o);
}

/* The application pdd.invoice.application.query gave, which the connector
 * puts on the order as "invoice_application". */
static void test_invoice_application(void **state)
{
    static const struct {
        const char *app;
        int rc;
        const char *type, *medium, *title, *tax_id, *address, *bank, *account;
    } cases[] = {
        /* a company's electronic 普票 */
        {"{\"application_status\":1,\"invoice_kind\":0,\"business_type\":1,"
         "\"payer_name\":\"深圳乙科技有限公司\",\"payer_register_no\":\"9144030071526726XG\","
         "\"payer_address\":\"\",\"payer_bank\":null}",
         0, "normal", "electronic", "深圳乙科技有限公司", "9144030071526726XG", NULL, NULL, NULL},
        /* a person's paper 普票 */
        {"{\"invoice_kind\":1,\"business_type\":0,\"payer_name\":\"王小明\"}", 0, "normal", "paper",
         "王小明", NULL, NULL, NULL, NULL},
        /* a 专票 with the company's registration details */
        {"{\"invoice_kind\":2,\"business_type\":1,\"payer_name\":\"上海甲贸易有限公司\","
         "\"payer_register_no\":\"91310115MA1K3YJ55K\",\"payer_address\":"
         "\"上海市浦东新区张江路1号\","
         "\"payer_phone\":\"021-50000000\",\"payer_bank\":\"招商银行上海张江支行\","
         "\"payer_account\":\"121900000010001\"}",
         0, "special", NULL, "上海甲贸易有限公司", "91310115MA1K3YJ55K", "上海市浦东新区张江路1号",
         "招商银行上海张江支行", "121900000010001"},
        {"{\"invoice_kind\":7,\"payer_name\":\"甲\"}", OD_EINVAL},
        {"[1]", OD_EINVAL},
    };
    char status[1024];

    (void)state;
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        struct od_order *o;
        int rc;

        snprintf(status, sizeof(status), "%s,\"invoice_status\":1,\"invoice_application\":%s",
                 status_paid, cases[i].app);
        o = normalize3(status, amounts_ok, lines_ok, &rc);
        assert_int_equal(rc, cases[i].rc);
        if (rc < 0) {
            assert_null(o);
            continue;
        }
        assert_string_equal(o->invoice.type, cases[i].type);
        if (cases[i].medium)
            assert_string_equal(o->invoice.medium, cases[i].medium);
        else
            assert_null(o->invoice.medium);
        assert_string_equal(o->invoice.title, cases[i].title);
        if (cases[i].tax_id)
            assert_string_equal(o->invoice.tax_id, cases[i].tax_id);
        else
            assert_null(o->invoice.tax_id);
        if (cases[i].address) {
            assert_string_equal(o->invoice.address, cases[i].address);
            assert_string_equal(o->invoice.phone, "021-50000000");
            assert_string_equal(o->invoice.bank, cases[i].bank);
            assert_string_equal(o->invoice.account, cases[i].account);
        } else {
            assert_null(o->invoice.address);
            assert_null(o->invoice.bank);
            assert_null(o->invoice.account);
        }
        od_order_free(o);
    }
}

static void test_statuses(void **state)
{
    static const struct {
        const char *members, *channel_status;
        enum od_status want;
    } cases[] = {
        {"\"order_status\":1,\"refund_status\":1", "1/1", OD_STATUS_PAID},
        {"\"order_status\":2,\"refund_status\":1", "2/1", OD_STATUS_SHIPPED},
        {"\"order_status\":3,\"refund_status\":1", "3/1", OD_STATUS_COMPLETED},
        {"\"order_status\":2,\"refund_status\":2", "2/2", OD_STATUS_SHIPPED},
        {"\"order_status\":3,\"refund_status\":3", "3/3", OD_STATUS_COMPLETED},
        {"\"order_status\":1,\"refund_status\":4", "1/4", OD_STATUS_REFUNDED},
        {"\"order_status\":2,\"refund_status\":4", "2/4", OD_STATUS_REFUNDED},
        {"\"order_status\":3,\"refund_status\":4", "3/4", OD_STATUS_REFUNDED},
        {"\"order_status\":\"2\",\"refund_status\":null", "2", OD_STATUS_SHIPPED},
        {"\"order_status\":3", "3", OD_STATUS_COMPLETED},
    };

    (void)state;
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        int rc;
        struct od_order *o = normalize3(cases[i].members, amounts_ok, lines_ok, &rc);

        if (rc != 0)
            fail_msg("case %zu: %s", i, od_error_last());
        assert_int_equal(o->status, cases[i].want);
        assert_string_equal(o->channel_status, cases[i].channel_status);
        od_order_free(o);
    }
}

/* Yuan literals as the platform writes them (two decimals, or Java's
 * shortest double form) come out to the fen, including the ones a
 * double cannot hold (0.1, 0.07, 19.99, 1234567.89). */
static void test_exact_amounts(void **state)
{
    static const struct {
        const char *price;
        int64_t fen;
    } cases[] = {
        {"0.1", 10},    {"0.10", 10},    {"0.07", 7},
        {"0.2", 20},    {"12.3", 1230},  {"12.30", 1230},
        {"12.0", 1200}, {"19.99", 1999}, {"1234567.89", 123456789},
        {"100", 10000}, {"0.300", 30},   {"\"8.80\"", 880},
    };

    (void)state;
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        char lines[512], amounts[512];
        int rc;
        struct od_order *o;

        snprintf(lines, sizeof(lines),
                 "[{\"sku_id\":1,\"outer_id\":\"A\",\"goods_name\":\"x\",\"goods_price\":%s,"
                 "\"goods_count\":3}]",
                 cases[i].price);
        snprintf(amounts, sizeof(amounts), "\"pay_amount\":%s,\"postage\":0.0", cases[i].price);
        o = normalize3(status_paid, amounts, lines, &rc);
        if (rc != 0)
            fail_msg("case %zu (%s): %s", i, cases[i].price, od_error_last());
        assert_int_equal(o->lines[0].unit_price.e4, cases[i].fen * OD_PRICE_PER_MINOR);
        assert_int_equal(o->lines[0].total, cases[i].fen * 3);
        assert_int_equal(o->subtotal, cases[i].fen * 3);
        assert_int_equal(o->total, cases[i].fen);
        assert_int_equal(o->shipping, 0);
        assert_int_equal(o->discount, 0);
        od_order_free(o);
    }
}

static void test_refusals(void **state)
{
    static const struct {
        const char *status, *amounts, *lines, *reason;
    } cases[] = {
        {"\"order_status\":4,\"refund_status\":1", amounts_ok, lines_ok,
         "order_status: '4' is not a known"},
        {"\"order_status\":0", amounts_ok, lines_ok, "order_status: '0'"},
        {"\"order_status\":-1", amounts_ok, lines_ok, "order_status: '-1'"},
        {"\"order_status\":1.5", amounts_ok, lines_ok, "order_status: expected an integer"},
        {"\"refund_status\":1", amounts_ok, lines_ok, "order_status: missing"},
        {"\"order_status\":1,\"refund_status\":7", amounts_ok, lines_ok,
         "refund_status: '7' is not a known"},
        {status_paid, "\"postage\":0", lines_ok, "pay_amount: missing"},
        {status_paid, "\"pay_amount\":12.345", lines_ok, "pay_amount"},
        {status_paid, "\"pay_amount\":1e3", lines_ok, "pay_amount"},
        {status_paid, "\"pay_amount\":true", lines_ok, "pay_amount"},
        {status_paid, amounts_ok, "[{\"outer_id\":\"\",\"goods_price\":1.00,\"goods_count\":1}]",
         "item_list[0]: no outer_id or outer_goods_id"},
        {status_paid, amounts_ok, "[{\"outer_id\":\"A\",\"goods_count\":1}]",
         "item_list[0]: no goods_price"},
        {status_paid, amounts_ok, "[{\"outer_id\":\"A\",\"goods_price\":0.125,\"goods_count\":1}]",
         "item_list[0].goods_price"},
        {status_paid, amounts_ok, "[{\"outer_id\":\"A\",\"goods_price\":1,\"goods_count\":0}]",
         "item_list[0].goods_count: must be a positive integer"},
        {status_paid, amounts_ok, "[{\"outer_id\":\"A\",\"goods_price\":1,\"goods_count\":2.5}]",
         "item_list[0].goods_count: expected an integer"},
        {status_paid, amounts_ok, "[{\"outer_id\":\"A\",\"goods_price\":1}]",
         "item_list[0].goods_count: must be a positive integer"},
        {status_paid, amounts_ok, "[]", "no lines"},
        {status_paid, amounts_ok, "{}", "item_list: expected an array"},
        {status_paid, amounts_ok, "[1]", "item_list[0]: expected an object"},
    };

    (void)state;
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        int rc;
        struct od_order *o = normalize3(cases[i].status, cases[i].amounts, cases[i].lines, &rc);

        assert_null(o);
        assert_int_equal(rc, OD_EINVAL);
        if (!strstr(od_error_last(), cases[i].reason))
            fail_msg("case %zu: '%s' lacks '%s'", i, od_error_last(), cases[i].reason);
    }
}

/* Whole-order refusals: the order_sn, the times. */
static void test_refused_orders(void **state)
{
    static const struct {
        const char *text, *reason;
    } cases[] = {
        {"[]", "order: expected an object"},
        {"{\"updated_at\":\"2024-01-06 00:00:01\",\"order_status\":1,\"pay_amount\":1,"
         "\"item_list\":[{\"outer_id\":\"A\",\"goods_price\":1,\"goods_count\":1}]}",
         "order_sn: missing"},
        {"{\"order_sn\":240105,\"updated_at\":\"2024-01-06 00:00:01\",\"order_status\":1}",
         "order_sn: expected a string"},
        {"{\"order_sn\":\"\",\"updated_at\":\"2024-01-06 00:00:01\",\"order_status\":1}",
         "order_sn: missing"},
        {"{\"order_sn\":\"s\",\"order_status\":1}", "updated_at: missing"},
        {"{\"order_sn\":\"s\",\"updated_at\":\"\",\"order_status\":1}", "updated_at: missing"},
        {"{\"order_sn\":\"s\",\"updated_at\":1704470401,\"order_status\":1}",
         "updated_at: expected"},
        {"{\"order_sn\":\"s\",\"updated_at\":\"2024-01-06T00:00:01+08:00\",\"order_status\":1}",
         "updated_at: '2024-01-06T00:00:01+08:00' is not"},
        {"{\"order_sn\":\"s\",\"updated_at\":\"2024-02-30 00:00:01\",\"order_status\":1}",
         "updated_at: '2024-02-30 00:00:01' is not"},
        {"{\"order_sn\":\"s\",\"updated_at\":\"2024-01-06 00:00:01\",\"created_time\":\"yesterday "
         "at noon, more or less\",\"order_status\":1}",
         "created_time: not a"},
    };

    (void)state;
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        struct json_object *j = NULL;
        struct od_order *o = NULL;
        int rc;

        assert_int_equal(od_json_parse(cases[i].text, strlen(cases[i].text), &j), 0);
        rc = pinduoduo_normalize(j, "pdd", &o);
        json_object_put(j);
        assert_null(o);
        assert_int_equal(rc, OD_EINVAL);
        if (!strstr(od_error_last(), cases[i].reason))
            fail_msg("case %zu: '%s' lacks '%s'", i, od_error_last(), cases[i].reason);
    }
}

/* The raw text as the connector stores it (json-c's output of the parsed
 * order) normalizes to the same amounts: what reparse relies on. */
static void test_raw_round_trip(void **state)
{
    char text[8192];
    struct json_object *j = NULL, *k = NULL;
    struct od_order *a = NULL, *b = NULL;
    const char *raw;

    (void)state;
    snprintf(text, sizeof(text), tmpl, status_paid, amounts_ok, lines_ok);
    assert_int_equal(od_json_parse(text, strlen(text), &j), 0);
    raw = json_object_to_json_string_ext(j, JSON_C_TO_STRING_PLAIN);
    assert_non_null(strstr(raw, "\"goods_price\":0.10"));
    assert_int_equal(od_json_parse(raw, strlen(raw), &k), 0);
    assert_int_equal(pinduoduo_normalize(j, "pdd", &a), 0);
    assert_int_equal(pinduoduo_normalize(k, "pdd", &b), 0);
    assert_int_equal(a->total, b->total);
    assert_int_equal(a->discount, b->discount);
    assert_int_equal(a->lines[1].unit_price.e4, b->lines[1].unit_price.e4);
    od_order_free(a);
    od_order_free(b);
    json_object_put(j);
    json_object_put(k);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_mapping),
        cmocka_unit_test(test_invoice),
        cmocka_unit_test(test_invoice_application),
        cmocka_unit_test(test_statuses),
        cmocka_unit_test(test_exact_amounts),
        cmocka_unit_test(test_refusals),
        cmocka_unit_test(test_refused_orders),
        cmocka_unit_test(test_raw_round_trip),
    };

    return cmocka_run_group_tests(tests, NULL, NULL);
}
