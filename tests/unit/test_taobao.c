/* Taobao normalizer: field mapping, status table, exact amounts, GMT+8
 * times, refusals. */
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
#include "taobao/taobao.h"

/* As the fake gateway renders a trade (masked receiver, two sub-orders,
 * one of them discounted, a seller adjustment of -0.01). */
static const char full[] =
    "{\"tid\":2100003000000798737,\"tid_str\":\"2100003000000798737\","
    "\"status\":\"SELLER_CONSIGNED_PART\",\"type\":\"fixed\",\"created\":\"2026-09-12 15:43:18\","
    "\"modified\":\"2026-09-19 01:53:26\",\"pay_time\":\"2026-09-12 15:53:38\","
    "\"buyer_nick\":\"t**\",\"buyer_open_uid\":\"AAH6520529602957FAKE\",\"num\":3,"
    "\"payment\":\"190.29\",\"total_fee\":\"207.80\",\"post_fee\":\"12.00\","
    "\"discount_fee\":\"29.50\",\"adjust_fee\":\"-0.01\",\"receiver_name\":\"张*\","
    "\"receiver_mobile\":\"*******4482\",\"receiver_state\":\"四川省\",\"receiver_city\":"
    "\"成都市\","
    "\"receiver_district\":\"武侯区\",\"receiver_town\":\"桂溪街道\","
    "\"receiver_address\":\"天府********\",\"receiver_zip\":\"610041\","
    "\"oaid\":\"b8713476a51d425754df24ecebba3c73\",\"buyer_message\":\"发顺丰\","
    "\"seller_memo\":\"VIP客户 优先发货\",\"orders\":{\"order\":["
    "{\"oid\":2100003500000069049,\"num_iid\":600000039595,\"sku_id\":\"4800000000065\","
    "\"outer_sku_id\":\"TEA-MAT-100\",\"outer_iid\":\"TEA-MAT\",\"title\":\"抹茶粉 100g 宇治\","
    "\"num\":1,\"price\":\"28.80\",\"payment\":\"28.80\",\"total_fee\":\"28.80\","
    "\"discount_fee\":\"0.00\",\"status\":\"WAIT_BUYER_CONFIRM_GOODS\","
    "\"refund_status\":\"NO_REFUND\"},"
    "{\"oid\":2100003500000073095,\"num_iid\":600000007919,\"outer_iid\":\"TS-2024\","
    "\"title\":\"纯棉圆领短袖T恤\",\"num\":\"2\",\"price\":\"89.50\",\"payment\":\"149.50\","
    "\"total_fee\":\"179.00\",\"discount_fee\":\"29.50\",\"status\":\"WAIT_SELLER_SEND_GOODS\","
    "\"refund_status\":\"NO_REFUND\"}]}}";

static struct od_order *normalize(const char *text, int *rc)
{
    struct json_object *j = NULL;
    struct od_order *o = NULL;

    assert_int_equal(od_json_parse(text, strlen(text), &j), 0);
    *rc = taobao_normalize(j, "tb", &o);
    json_object_put(j);
    return o;
}

static void test_full_trade(void **state)
{
    char t[OD_TIME_STRLEN], m[OD_MONEY_STRLEN];
    int rc;
    struct od_order *o = normalize(full, &rc);

    (void)state;
    assert_int_equal(rc, 0);
    assert_string_equal(o->channel, "tb");
    assert_string_equal(o->external_id, "2100003000000798737");
    assert_int_equal(o->status, OD_STATUS_PARTIALLY_SHIPPED);
    assert_string_equal(o->channel_status, "SELLER_CONSIGNED_PART");
    assert_string_equal(o->revision, "2026-09-19 01:53:26");
    /* GMT+8 -> UTC */
    assert_string_equal(od_time_format(o->placed_at, t), "2026-09-12T07:43:18Z");
    assert_string_equal(od_time_format(o->paid_at, t), "2026-09-12T07:53:38Z");
    assert_string_equal(od_time_format(o->updated_at, t), "2026-09-18T17:53:26Z");
    assert_string_equal(o->currency, "CNY");
    assert_string_equal(od_money_format(o->subtotal, m), "207.80");
    assert_string_equal(od_money_format(o->shipping, m), "12.00");
    /* discount_fee 29.50 minus adjust_fee -0.01 */
    assert_string_equal(od_money_format(o->discount, m), "29.51");
    assert_string_equal(od_money_format(o->tax, m), "0.00");
    assert_string_equal(od_money_format(o->total, m), "190.29");
    assert_string_equal(o->customer.ref, "AAH6520529602957FAKE");
    assert_string_equal(o->customer.name, "t**");
    assert_string_equal(o->ship_to.name, "张*");
    assert_string_equal(o->ship_to.phone, "*******4482");
    assert_string_equal(o->ship_to.country, "CN");
    assert_string_equal(o->ship_to.province, "四川省");
    assert_string_equal(o->ship_to.city, "成都市");
    assert_string_equal(o->ship_to.district, "武侯区");
    assert_string_equal(o->ship_to.address, "桂溪街道天府********");
    assert_string_equal(o->ship_to.postal_code, "610041");
    assert_string_equal(o->buyer_note, "发顺丰");
    assert_string_equal(o->seller_note, "VIP客户 优先发货");
    assert_int_equal(o->n_lines, 2);
    assert_string_equal(o->lines[0].sku, "TEA-MAT-100");
    assert_string_equal(o->lines[0].channel_sku, "4800000000065");
    assert_string_equal(o->lines[0].title, "抹茶粉 100g 宇治");
    assert_int_equal(o->lines[0].qty, 1);
    assert_string_equal(od_price_format(o->lines[0].unit_price, m), "28.80");
    assert_string_equal(od_money_format(o->lines[0].total, m), "28.80");
    assert_string_equal(od_money_format(o->lines[0].discount, m), "0.00");
    /* no outer_sku_id / sku_id: outer_iid and num_iid */
    assert_string_equal(o->lines[1].sku, "TS-2024");
    assert_string_equal(o->lines[1].channel_sku, "600000007919");
    assert_int_equal(o->lines[1].qty, 2);
    assert_string_equal(od_price_format(o->lines[1].unit_price, m), "89.50");
    assert_string_equal(od_money_format(o->lines[1].total, m), "149.50");
    assert_string_equal(od_money_format(o->lines[1].discount, m), "29.50");
    od_order_free(o);
}

/* A minimal trade with `status`, whose sub-orders have the given
 * refund_status values. */
static struct od_order *trade_with(const char *status, const char *r1, const char *r2, int *rc)
{
    char buf[2048];

    snprintf(buf, sizeof(buf),
             "{\"tid\":1,\"status\":\"%s\",\"payment\":\"3.00\",\"orders\":{\"order\":["
             "{\"outer_iid\":\"A\",\"num\":1,\"price\":\"1.00\",\"refund_status\":\"%s\"},"
             "{\"outer_iid\":\"B\",\"num\":1,\"price\":\"2.00\",\"refund_status\":\"%s\"}]}}",
             status, r1, r2);
    return normalize(buf, rc);
}

/* invoice_name, invoice_kind and invoice_type of the trade. */
static void test_invoice(void **state)
{
    char text[sizeof(full) + 256];
    const char *at = strstr(full, "\"orders\":");
    struct od_order *o;
    int rc;

    (void)state;
    o = normalize(full, &rc);
    assert_int_equal(rc, 0);
    assert_null(o->invoice.type); /* none asked for */
    od_order_free(o);
    assert_non_null(at);
    snprintf(text, sizeof(text),
             "%.*s\"invoice_kind\":\"1\",\"invoice_name\":\"上海甲贸易有限公司\","
             "\"invoice_type\":\"增值税专用发票\",%s",
             (int)(at - full), full, at);
    o = normalize(text, &rc);
    if (rc != 0)
        fail_msg("%s", od_error_last());
    assert_string_equal(o->invoice.title, "上海甲贸易有限公司");
    assert_string_equal(o->invoice.medium, "electronic");
    assert_string_equal(o->invoice.type, "special");
    od_order_free(o);
    /* a kind alone asks for a 普票 on paper; an unknown type name is left out */
    snprintf(text, sizeof(text), "%.*s\"invoice_kind\":\"2\",\"invoice_type\":\"个人\",%s",
             (int)(at - full), full, at);
    o = normalize(text, &rc);
    assert_int_equal(rc, 0);
    assert_string_equal(o->invoice.type, "normal");
    assert_string_equal(o->invoice.medium, "paper");
    assert_null(o->invoice.title);
    od_order_free(o);
}

static void test_status_table(void **state)
{
    static const struct {
        const char *top, *r1, *r2;
        enum od_status want;
    } cases[] = {
        {"WAIT_BUYER_PAY", "NO_REFUND", "NO_REFUND", OD_STATUS_PENDING_PAYMENT},
        {"TRADE_NO_CREATE_PAY", "NO_REFUND", "NO_REFUND", OD_STATUS_PENDING_PAYMENT},
        {"PAY_PENDING", "NO_REFUND", "NO_REFUND", OD_STATUS_PENDING_PAYMENT},
        {"WAIT_SELLER_SEND_GOODS", "NO_REFUND", "WAIT_SELLER_AGREE", OD_STATUS_PAID},
        {"PAID_FORBID_CONSIGN", "NO_REFUND", "NO_REFUND", OD_STATUS_PAID},
        {"SELLER_CONSIGNED_PART", "NO_REFUND", "NO_REFUND", OD_STATUS_PARTIALLY_SHIPPED},
        {"WAIT_BUYER_CONFIRM_GOODS", "NO_REFUND", "NO_REFUND", OD_STATUS_SHIPPED},
        {"TRADE_BUYER_SIGNED", "NO_REFUND", "NO_REFUND", OD_STATUS_SHIPPED},
        {"TRADE_FINISHED", "SUCCESS", "NO_REFUND", OD_STATUS_COMPLETED},
        {"TRADE_FINISHED", "SUCCESS", "SUCCESS", OD_STATUS_COMPLETED},
        {"TRADE_CLOSED", "NO_REFUND", "NO_REFUND", OD_STATUS_CANCELLED},
        {"TRADE_CLOSED", "SUCCESS", "CLOSED", OD_STATUS_CANCELLED},
        {"TRADE_CLOSED", "SUCCESS", "SUCCESS", OD_STATUS_REFUNDED},
        {"TRADE_CLOSED_BY_TAOBAO", "NO_REFUND", "NO_REFUND", OD_STATUS_CANCELLED},
        {"TRADE_CLOSED_BY_TAOBAO", "SUCCESS", "SUCCESS", OD_STATUS_REFUNDED},
    };

    (void)state;
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        int rc;
        struct od_order *o = trade_with(cases[i].top, cases[i].r1, cases[i].r2, &rc);

        if (rc != 0)
            fail_msg("%s: %s", cases[i].top, od_error_last());
        if (o->status != cases[i].want)
            fail_msg("%s %s/%s: got %s", cases[i].top, cases[i].r1, cases[i].r2,
                     od_status_name(o->status));
        assert_string_equal(o->channel_status, cases[i].top);
        od_order_free(o);
    }
}

static void test_amounts_exact(void **state)
{
    /* Amounts that are not exact as doubles (0.1 + 0.2, 19999.99 x 3,
     * large totals) come out to the fen; numbers are read from their
     * literal text. */
    static const char text[] =
        "{\"tid_str\":\"7\",\"status\":\"TRADE_FINISHED\",\"payment\":\"60000.27\","
        "\"total_fee\":\"60000.27\",\"post_fee\":\"0.00\",\"discount_fee\":\"0.30\","
        "\"adjust_fee\":\"0.30\",\"orders\":{\"order\":["
        "{\"outer_sku_id\":\"A\",\"num\":1,\"price\":\"0.10\",\"payment\":\"0.10\"},"
        "{\"outer_sku_id\":\"B\",\"num\":1,\"price\":0.20,\"total_fee\":\"0.20\"},"
        "{\"outer_sku_id\":\"C\",\"num\":3,\"price\":\"19999.99\",\"payment\":\"59999.97\"}]}}";
    char m[OD_MONEY_STRLEN];
    int rc;
    struct od_order *o = normalize(text, &rc);
    od_money sum = 0;

    (void)state;
    assert_int_equal(rc, 0);
    assert_int_equal(o->total, 6000027);
    assert_int_equal(o->subtotal, 6000027);
    assert_int_equal(o->discount, 0); /* 0.30 - 0.30 */
    assert_int_equal(o->lines[0].total, 10);
    assert_int_equal(o->lines[1].unit_price.e4, 2000);
    assert_int_equal(o->lines[1].total, 20);
    assert_int_equal(o->lines[2].total, 5999997);
    for (size_t i = 0; i < o->n_lines; i++)
        sum += o->lines[i].total;
    assert_string_equal(od_money_format(sum, m), "60000.27");
    od_order_free(o);
}

static void test_tid_as_big_number(void **state)
{
    /* Above 2^53: only the literal keeps every digit. */
    static const char text[] = "{\"tid\":2100000000000000001,\"status\":\"WAIT_BUYER_PAY\","
                               "\"payment\":\"1.00\",\"orders\":{\"order\":[{\"outer_iid\":\"A\","
                               "\"num\":1,\"price\":\"1.00\"}]}}";
    int rc;
    struct od_order *o = normalize(text, &rc);

    (void)state;
    assert_int_equal(rc, 0);
    assert_string_equal(o->external_id, "2100000000000000001");
    assert_null(o->ship_to.country); /* no receiver fields at all */
    assert_null(o->revision);
    od_order_free(o);
}

static void test_receiver_address(void **state)
{
    static const char *const texts[] = {
        /* town only */
        "{\"tid\":1,\"status\":\"WAIT_BUYER_PAY\",\"payment\":\"1.00\",\"receiver_town\":"
        "\"粤海街道\",\"orders\":{\"order\":[{\"outer_iid\":\"A\",\"num\":1,\"price\":\"1.00\"}]}}",
        /* the address already starts with the town; receiver_phone when no mobile */
        "{\"tid\":1,\"status\":\"WAIT_BUYER_PAY\",\"payment\":\"1.00\",\"receiver_town\":"
        "\"粤海街道\",\"receiver_address\":\"粤海街道科技园\",\"receiver_mobile\":\"\","
        "\"receiver_phone\":\"0755-12345678\",\"orders\":{\"order\":[{\"outer_iid\":\"A\","
        "\"num\":1,\"price\":\"1.00\"}]}}",
    };
    static const char *const want[] = {"粤海街道", "粤海街道科技园"};

    (void)state;
    for (size_t i = 0; i < 2; i++) {
        int rc;
        struct od_order *o = normalize(texts[i], &rc);

        assert_int_equal(rc, 0);
        assert_string_equal(o->ship_to.address, want[i]);
        assert_string_equal(o->ship_to.country, "CN");
        if (i == 1)
            assert_string_equal(o->ship_to.phone, "0755-12345678");
        od_order_free(o);
    }
}

static void test_times(void **state)
{
    char buf[32], t[OD_TIME_STRLEN];
    od_time v;

    (void)state;
    assert_int_equal(taobao_time_parse("2026-11-20 09:30:00", 19, &v), 0);
    assert_string_equal(od_time_format(v, t), "2026-11-20T01:30:00Z");
    assert_string_equal(taobao_time_format(v, buf, sizeof(buf)), "2026-11-20 09:30:00");
    /* across midnight and a year end */
    assert_int_equal(taobao_time_parse("2027-01-01 07:59:59", 19, &v), 0);
    assert_string_equal(od_time_format(v, t), "2026-12-31T23:59:59Z");
    /* a fraction is dropped when formatting, never rounded up */
    assert_string_equal(taobao_time_format(v + 999999, buf, sizeof(buf)), "2027-01-01 07:59:59");
    /* an explicit offset wins */
    assert_int_equal(taobao_time_parse("2026-11-20T09:30:00Z", 20, &v), 0);
    assert_string_equal(od_time_format(v, t), "2026-11-20T09:30:00Z");
    assert_int_equal(taobao_time_parse("2026-11-20", 10, &v), 0);
    assert_string_equal(od_time_format(v, t), "2026-11-19T16:00:00Z");
    assert_int_equal(taobao_time_parse("0001-01-01 00:00:00", 19, &v), OD_EINVAL);
    assert_int_equal(taobao_time_parse("2026-13-01 00:00:00", 19, &v), OD_EINVAL);
    assert_int_equal(taobao_time_parse("yesterday", 9, &v), OD_EINVAL);
    assert_int_equal(taobao_time_parse("", 0, &v), OD_EINVAL);
}

static void test_refusals(void **state)
{
    static const struct {
        const char *text;
        const char *reason;
    } cases[] = {
        {"[1]", "trade: expected an object"},
        {"{\"status\":\"WAIT_BUYER_PAY\",\"payment\":\"1.00\",\"orders\":{\"order\":[{\"outer_"
         "iid\":\"A\",\"num\":1,\"price\":\"1.00\"}]}}",
         "tid: missing"},
        {"{\"tid\":1,\"status\":\"SHIPPED\",\"payment\":\"1.00\",\"orders\":{\"order\":[{\"outer_"
         "iid\":\"A\",\"num\":1,\"price\":\"1.00\"}]}}",
         "status: 'SHIPPED' is not a Taobao trade status"},
        {"{\"tid\":1,\"status\":\"WAIT_BUYER_PAY\",\"payment\":\"1.00\"}",
         "orders.order: expected an array"},
        {"{\"tid\":1,\"status\":\"WAIT_BUYER_PAY\",\"payment\":\"1.00\",\"orders\":{\"order\":[]}}",
         "orders.order: no sub-orders"},
        {"{\"tid\":1,\"status\":\"WAIT_BUYER_PAY\",\"payment\":\"1.00\",\"orders\":{\"order\":[{"
         "\"sku_id\":\"9\",\"num_iid\":8,\"num\":1,\"price\":\"1.00\"}]}}",
         "orders.order[0]: no sku"},
        {"{\"tid\":1,\"status\":\"WAIT_BUYER_PAY\",\"payment\":\"1.00\",\"orders\":{\"order\":[{"
         "\"outer_iid\":\"A\",\"num\":1,\"price\":\"1.00\"},{\"outer_iid\":\"B\",\"num\":1}]}}",
         "orders.order[1]: no price"},
        {"{\"tid\":1,\"status\":\"WAIT_BUYER_PAY\",\"payment\":\"1.00\",\"orders\":{\"order\":[{"
         "\"outer_iid\":\"A\",\"num\":0,\"price\":\"1.00\"}]}}",
         "not a positive integer"},
        {"{\"tid\":1,\"status\":\"WAIT_BUYER_PAY\",\"payment\":\"1.00\",\"orders\":{\"order\":[{"
         "\"outer_iid\":\"A\",\"num\":1.5,\"price\":\"1.00\"}]}}",
         "num is missing or not an integer"},
        {"{\"tid\":1,\"status\":\"WAIT_BUYER_PAY\",\"payment\":\"1.00\",\"orders\":{\"order\":[{"
         "\"outer_iid\":\"A\",\"num\":1,\"price\":\"1.005\"}]}}",
         "orders.order[0]"},
        {"{\"tid\":1,\"status\":\"WAIT_BUYER_PAY\",\"orders\":{\"order\":[{\"outer_iid\":\"A\","
         "\"num\":1,\"price\":\"1.00\"}]}}",
         "payment: missing"},
        {"{\"tid\":1,\"status\":\"WAIT_BUYER_PAY\",\"payment\":\"1e3\",\"orders\":{\"order\":[{"
         "\"outer_iid\":\"A\",\"num\":1,\"price\":\"1.00\"}]}}",
         "payment"},
        {"{\"tid\":1,\"status\":\"WAIT_BUYER_PAY\",\"payment\":\"1.00\",\"modified\":\"soon\","
         "\"orders\":{\"order\":[{\"outer_iid\":\"A\",\"num\":1,\"price\":\"1.00\"}]}}",
         "modified"},
        {"{\"tid\":1,\"status\":\"WAIT_BUYER_PAY\",\"payment\":\"1.00\",\"receiver_name\":{},"
         "\"orders\":{\"order\":[{\"outer_iid\":\"A\",\"num\":1,\"price\":\"1.00\"}]}}",
         "receiver_name: expected a string"},
    };

    (void)state;
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        int rc;
        struct od_order *o = normalize(cases[i].text, &rc);

        if (rc != OD_EINVAL)
            fail_msg("case %zu: rc %d", i, rc);
        assert_null(o);
        if (!strstr(od_error_last(), cases[i].reason))
            fail_msg("case %zu: '%s' does not say '%s'", i, od_error_last(), cases[i].reason);
    }
}

static void test_reasons_do_not_quote_receivers(void **state)
{
    /* A bad receiver field is named, its value is not shown. */
    static const char text[] =
        "{\"tid\":1,\"status\":\"WAIT_BUYER_PAY\",\"payment\":\"1.00\","
        "\"receiver_name\":\"王小明\",\"receiver_mobile\":[\"13800138000\"],"
        "\"orders\":{\"order\":[{\"outer_iid\":\"A\",\"num\":1,\"price\":\"1.00\"}]}}";
    int rc;
    struct od_order *o = normalize(text, &rc);

    (void)state;
    assert_int_equal(rc, OD_EINVAL);
    assert_null(o);
    assert_non_null(strstr(od_error_last(), "receiver_mobile"));
    assert_null(strstr(od_error_last(), "13800138000"));
    assert_null(strstr(od_error_last(), "王小明"));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_full_trade),
        cmocka_unit_test(test_invoice),
        cmocka_unit_test(test_status_table),
        cmocka_unit_test(test_amounts_exact),
        cmocka_unit_test(test_tid_as_big_number),
        cmocka_unit_test(test_receiver_address),
        cmocka_unit_test(test_times),
        cmocka_unit_test(test_refusals),
        cmocka_unit_test(test_reasons_do_not_quote_receivers),
    };

    return cmocka_run_group_tests(tests, NULL, NULL);
}
