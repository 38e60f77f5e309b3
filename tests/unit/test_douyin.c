/* 抖店 normalizer: fen amounts, statuses, masked receiver, refusals,
 * invoice requests. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "douyin/douyin.h"
#include "error.h"
#include "json.h"

/* %d: order_status, %s: sku_order_list */
static const char tmpl[] =
    "{\"order_id\":\"6920000000000000001\",\"order_status\":%d,\"create_time\":1700000000,"
    "\"update_time\":1700003600,\"pay_time\":0,\"order_amount\":12800,\"pay_amount\":12800,"
    "\"post_amount\":1000,\"promotion_amount\":200,\"buyer_words\":\"请加急\","
    "\"mask_post_receiver\":\"张*\",\"mask_post_tel\":\"138****8000\","
    "\"mask_post_addr\":{\"x\":1},\"post_addr\":{\"province\":{\"name\":\"上海市\"},"
    "\"city\":{\"name\":\"上海市\"},\"town\":{\"name\":\"浦东新区\"},\"street\":{\"name\":"
    "\"张江镇\"},\"detail\":\"#abc#def##\"},\"sku_order_list\":%s}";

static const char lines_ok[] =
    "[{\"sku_id\":111,\"out_sku_id\":\"A-100\",\"product_name\":\"绿茶\",\"item_num\":2,"
    "\"origin_amount\":5900,\"sum_amount\":11800,\"pay_amount\":11600,\"promotion_amount\":200},"
    "{\"sku_id\":222,\"out_sku_id\":\"\",\"code\":\"B-200\",\"product_name\":\"杯\",\"item_num\":"
    "1,\"origin_amount\":200,\"sum_amount\":200,\"pay_amount\":200}]";

static struct od_order *normalize(int status, const char *lines, int *rc)
{
    char text[4096];
    struct json_object *j = NULL;
    struct od_order *o = NULL;

    snprintf(text, sizeof(text), tmpl, status, lines);
    assert_int_equal(od_json_parse(text, strlen(text), &j), 0);
    *rc = douyin_normalize(j, "dy", &o);
    json_object_put(j);
    return o;
}

static void test_mapping(void **state)
{
    char m[OD_MONEY_STRLEN], t[OD_TIME_STRLEN];
    int rc;
    struct od_order *o = normalize(105, lines_ok, &rc);

    (void)state;
    assert_int_equal(rc, 0);
    assert_string_equal(o->external_id, "6920000000000000001");
    assert_int_equal(o->status, OD_STATUS_PAID);
    assert_string_equal(o->currency, "CNY");
    assert_string_equal(od_time_format(o->placed_at, t), "2023-11-14T22:13:20Z");
    assert_int_equal(o->paid_at, OD_TIME_NONE); /* pay_time 0 = not set */
    assert_string_equal(od_money_format(o->total, m), "128.00");
    assert_string_equal(od_money_format(o->shipping, m), "10.00");
    assert_string_equal(od_money_format(o->discount, m), "2.00");
    assert_string_equal(od_money_format(o->subtotal, m), "120.00");
    assert_string_equal(o->ship_to.name, "张*");
    assert_string_equal(o->ship_to.phone, "138****8000");
    assert_string_equal(o->ship_to.district, "浦东新区");
    assert_string_equal(o->ship_to.address, "张江镇"); /* never the ciphertext */
    assert_string_equal(o->buyer_note, "请加急");
    assert_int_equal(o->n_lines, 2);
    assert_string_equal(o->lines[0].sku, "A-100");
    assert_string_equal(o->lines[0].channel_sku, "111");
    assert_string_equal(od_price_format(o->lines[0].unit_price, m), "59.00");
    assert_string_equal(od_money_format(o->lines[0].total, m), "116.00");
    assert_string_equal(od_money_format(o->lines[0].discount, m), "2.00");
    assert_string_equal(o->lines[1].sku, "B-200"); /* code when out_sku_id is empty */
    od_order_free(o);
}

static void test_statuses(void **state)
{
    static const struct {
        int code;
        enum od_status want;
    } cases[] = {
        {1, OD_STATUS_PENDING_PAYMENT},     {105, OD_STATUS_PAID},  {2, OD_STATUS_PAID},
        {101, OD_STATUS_PARTIALLY_SHIPPED}, {3, OD_STATUS_SHIPPED}, {4, OD_STATUS_CANCELLED},
        {5, OD_STATUS_COMPLETED},
    };

    (void)state;
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        int rc;
        struct od_order *o = normalize(cases[i].code, lines_ok, &rc);

        assert_int_equal(rc, 0);
        assert_int_equal(o->status, cases[i].want);
        od_order_free(o);
    }
}

static void test_refusals(void **state)
{
    static const struct {
        int status;
        const char *lines, *reason;
    } cases[] = {
        {7, "[]", "order_status: '7'"},
        {105, "[{\"item_num\":1,\"origin_amount\":1}]", "sku_order_list[0]: no out_sku_id or code"},
        {105, "[{\"out_sku_id\":\"A\",\"item_num\":1}]", "sku_order_list[0]: no origin_amount"},
        {105, "[{\"out_sku_id\":\"A\",\"item_num\":1,\"origin_amount\":\"1.5\"}]", "origin_amount"},
        {105, "[{\"out_sku_id\":\"A\",\"item_num\":0,\"origin_amount\":1}]",
         "item_num '0' is not a positive integer"},
        {105, "[]", "no lines"},
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

/* The paging key of an order: hostile values never overflow. */
static void test_update_time(void **state)
{
    static const struct {
        const char *json;
        od_time want;
    } cases[] = {
        {"{\"update_time\":1700003600}", (od_time)1700003600 * 1000000},
        {"{\"update_time\":\"1700003600\"}", (od_time)1700003600 * 1000000},
        {"{\"update_time\":9223372036854775807}", OD_TIME_NONE},
        {"{\"update_time\":\"99999999999999999999\"}", OD_TIME_NONE},
        {"{\"update_time\":-5}", OD_TIME_NONE},
        {"{\"update_time\":\"12abc\"}", OD_TIME_NONE},
        {"{\"update_time\":0}", OD_TIME_NONE},
        {"{}", OD_TIME_NONE},
    };

    (void)state;
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        struct json_object *j = NULL;

        assert_int_equal(od_json_parse(cases[i].json, strlen(cases[i].json), &j), 0);
        if (douyin_update_time(j) != cases[i].want)
            fail_msg("case %zu (%s): %lld", i, cases[i].json, (long long)douyin_update_time(j));
        json_object_put(j);
    }
}

/* The order's request from order.invoiceList, which the connector puts
 * on the order as "invoice_request" (invoice_type 1 增值税普通电子;
 * title_type 1 个人, 2 企业). */
static void test_invoice_request(void **state)
{
    static const struct {
        const char *req;
        int rc;
        const char *title, *tax_id, *address, *phone, *bank, *account;
    } cases[] = {
        /* a company's 普票 with its registration details */
        {"{\"invoice_type\":1,\"title_type\":2,\"title\":\"上海甲贸易有限公司\","
         "\"tax_no\":\"91310115MA1K3YJ55K\",\"company_address\":\"上海市浦东新区张江路1号\","
         "\"company_mobile\":\"021-50000000\",\"bank_name\":\"招商银行上海张江支行\","
         "\"bank_no\":\"121900000010001\",\"invoice_status\":1}",
         0, "上海甲贸易有限公司", "91310115MA1K3YJ55K", "上海市浦东新区张江路1号", "021-50000000",
         "招商银行上海张江支行", "121900000010001"},
        /* a company with only a title and a tax number (empty strings: not given) */
        {"{\"invoice_type\":\"1\",\"title_type\":\"2\",\"title\":\"深圳乙科技有限公司\","
         "\"tax_no\":\"9144030071526726XG\",\"company_address\":\"\",\"bank_name\":null}",
         0, "深圳乙科技有限公司", "9144030071526726XG", NULL, NULL, NULL, NULL},
        /* a person: the company fields are not read */
        {"{\"invoice_type\":1,\"title_type\":1,\"title\":\"王小明\",\"tax_no\":\"\","
         "\"company_address\":\"某地\",\"bank_no\":\"1\"}",
         0, "王小明", NULL, NULL, NULL, NULL, NULL},
        /* a kind or a title type the platform does not name: not guessed,
           the order is held with a doubt naming the values (rc 1 below) */
        {"{\"invoice_type\":2,\"title_type\":2,\"title\":\"甲\"}", 1},
        {"{\"title_type\":2,\"title\":\"甲\"}", 1},
        {"{\"invoice_type\":1,\"title_type\":3,\"title\":\"甲\"}", 1},
        {"{\"invoice_type\":1,\"title\":\"甲\"}", 1},
        {"[1]", OD_EINVAL},
    };
    char lines[2048];

    (void)state;
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        struct od_order *o;
        int rc;

        snprintf(lines, sizeof(lines), "%s,\"invoice_request\":%s", lines_ok, cases[i].req);
        o = normalize(5, lines, &rc);
        assert_int_equal(rc, cases[i].rc < 0 ? cases[i].rc : 0);
        if (cases[i].rc == 1) {
            assert_non_null(o->extraction);
            assert_int_equal(o->extraction->n_doubts, 1);
            assert_non_null(strstr(o->extraction->doubts[0], "invoice_type"));
            assert_non_null(strstr(o->extraction->doubts[0], "back office"));
            assert_null(o->invoice.title);
            od_order_free(o);
            continue;
        }
        if (rc < 0) {
            assert_null(o);
            assert_non_null(strstr(od_error_last(), "invoice_request"));
            continue;
        }
        assert_null(o->extraction);
        assert_string_equal(o->invoice.type, "normal");
        assert_string_equal(o->invoice.medium, "electronic");
        assert_string_equal(o->invoice.title, cases[i].title);
#define OPT(field, want)                                                                           \
    do {                                                                                           \
        if (want)                                                                                  \
            assert_string_equal(o->invoice.field, want);                                           \
        else                                                                                       \
            assert_null(o->invoice.field);                                                         \
    } while (0)
        OPT(tax_id, cases[i].tax_id);
        OPT(address, cases[i].address);
        OPT(phone, cases[i].phone);
        OPT(bank, cases[i].bank);
        OPT(account, cases[i].account);
#undef OPT
        assert_null(o->invoice.email);
        od_order_free(o);
    }
}

/* Without a request the order has no invoice. */
static void test_no_invoice(void **state)
{
    int rc;
    struct od_order *o = normalize(5, lines_ok, &rc);

    (void)state;
    assert_int_equal(rc, 0);
    assert_null(o->invoice.type);
    assert_null(o->invoice.title);
    od_order_free(o);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_mapping),         cmocka_unit_test(test_statuses),
        cmocka_unit_test(test_refusals),        cmocka_unit_test(test_update_time),
        cmocka_unit_test(test_invoice_request), cmocka_unit_test(test_no_invoice),
    };

    return cmocka_run_group_tests(tests, NULL, NULL);
}
