/* 京东 connector: the normalizer (yuan amounts read exactly, statuses,
 * receiver, lines, refusals), GMT+8 times, the signing vector, and the
 * checks of the `jd:` keys. */
#include <ftw.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cmocka.h>

#include "buf.h"
#include "config.h"
#include "connector.h"
#include "error.h"
#include "jd/jd.h"
#include "json.h"
#include "sign.h"

extern const struct od_connector od_jd_connector;

/* An order as the fake (tests/fakes/jd.py) renders it.
 * %s: orderState, %s: itemInfoList */
static const char tmpl[] =
    "{\"orderId\":\"280700012345\",\"venderId\":\"10012345\",\"orderType\":\"22\","
    "\"payType\":\"4-在线支付\",\"orderTotalPrice\":\"1228.80\",\"orderSellerPrice\":\"1178.80\","
    "\"orderPayment\":\"1186.80\",\"freightPrice\":\"8.00\",\"sellerDiscount\":\"50.00\","
    "\"balanceUsed\":\"0.00\",\"orderState\":\"%s\",\"orderStateRemark\":\"等待出库\","
    "\"deliveryType\":\"任意时间\",\"orderRemark\":\"请用顺丰\",\"venderRemark\":\"\","
    "\"orderStartTime\":\"2024-03-01 09:15:00\",\"paymentConfirmTime\":\"2024-03-01 09:16:30\","
    "\"orderEndTime\":\"\",\"modified\":\"2024-03-02 18:00:05\",\"pin\":\"jd_***\","
    "\"consigneeInfo\":{\"fullname\":\"王*\",\"mobile\":\"138****5678\",\"telephone\":"
    "\"138****5678\",\"fullAddress\":\"广东省深圳市南山区********\",\"province\":\"广东省\","
    "\"city\":\"深圳市\",\"county\":\"南山区\",\"town\":null},\"itemInfoList\":%s}";

static const char items_ok[] =
    "[{\"skuId\":\"100000209458\",\"outerSkuId\":\"IP15-128-BK\",\"skuName\":\"Apple iPhone 15 "
    "128GB 黑色\",\"jdPrice\":\"599.90\",\"itemTotal\":\"2\",\"wareId\":\"10000000031\"},"
    "{\"skuId\":\"100000628374\",\"outerSkuId\":\"\",\"skuName\":\"运费补拍\",\"jdPrice\":"
    "\"0.01\",\"itemTotal\":\"1\"},"
    "{\"skuId\":100000942507,\"skuName\":\"得力 A4 打印纸\",\"jdPrice\":28.99,\"itemTotal\":1}]";

static struct od_order *normalize(const char *state, const char *items, int *rc)
{
    char text[8192];
    struct json_object *j = NULL;
    struct od_order *o = NULL;

    snprintf(text, sizeof(text), tmpl, state, items);
    assert_int_equal(od_json_parse(text, strlen(text), &j), 0);
    *rc = jd_normalize(j, "jd", &o);
    json_object_put(j);
    return o;
}

static void test_mapping(void **state)
{
    char m[OD_MONEY_STRLEN], t[OD_TIME_STRLEN];
    int rc;
    struct od_order *o = normalize("WAIT_SELLER_STOCK_OUT", items_ok, &rc);

    (void)state;
    assert_int_equal(rc, 0);
    assert_string_equal(o->channel, "jd");
    assert_string_equal(o->external_id, "280700012345");
    assert_string_equal(o->revision, "2024-03-02 18:00:05");
    assert_int_equal(o->status, OD_STATUS_PAID);
    assert_string_equal(o->channel_status, "WAIT_SELLER_STOCK_OUT");
    assert_string_equal(o->currency, "CNY");
    /* GMT+8 wall clock -> UTC */
    assert_string_equal(od_time_format(o->placed_at, t), "2024-03-01T01:15:00Z");
    assert_string_equal(od_time_format(o->paid_at, t), "2024-03-01T01:16:30Z");
    assert_string_equal(od_time_format(o->updated_at, t), "2024-03-02T10:00:05Z");
    assert_string_equal(od_money_format(o->subtotal, m), "1228.80");
    assert_string_equal(od_money_format(o->shipping, m), "8.00");
    assert_string_equal(od_money_format(o->discount, m), "50.00");
    assert_string_equal(od_money_format(o->total, m), "1186.80");
    assert_string_equal(o->customer.ref, "jd_***");
    assert_string_equal(o->ship_to.name, "王*");
    assert_string_equal(o->ship_to.phone, "138****5678");
    assert_string_equal(o->ship_to.province, "广东省");
    assert_string_equal(o->ship_to.city, "深圳市");
    assert_string_equal(o->ship_to.district, "南山区");
    assert_string_equal(o->ship_to.address, "广东省深圳市南山区********");
    assert_string_equal(o->ship_to.country, "CN");
    assert_string_equal(o->buyer_note, "请用顺丰");
    assert_null(o->seller_note); /* "" = none */
    assert_int_equal(o->n_lines, 3);
    assert_string_equal(o->lines[0].sku, "IP15-128-BK");
    assert_string_equal(o->lines[0].channel_sku, "100000209458");
    assert_string_equal(o->lines[0].title, "Apple iPhone 15 128GB 黑色");
    assert_int_equal(o->lines[0].qty, 2);
    assert_string_equal(od_price_format(o->lines[0].unit_price, m), "599.90");
    assert_string_equal(od_money_format(o->lines[0].total, m), "1199.80");
    /* no outerSkuId: the skuId is the sku */
    assert_string_equal(o->lines[1].sku, "100000628374");
    assert_string_equal(od_price_format(o->lines[1].unit_price, m), "0.01");
    /* numbers instead of strings, read from their text */
    assert_string_equal(o->lines[2].sku, "100000942507");
    assert_string_equal(od_price_format(o->lines[2].unit_price, m), "28.99");
    assert_int_equal(o->lines[2].qty, 1);
    od_order_free(o);
}

/* invoiceEasyInfo and vatInfo (members after itemInfoList in the text). */
static void test_invoice(void **state)
{
    char items[2048];
    struct od_order *o;
    int rc;

    (void)state;
    o = normalize("WAIT_SELLER_STOCK_OUT", items_ok, &rc);
    assert_int_equal(rc, 0);
    assert_null(o->invoice.type);
    od_order_free(o);
    snprintf(
        items, sizeof(items),
        "%s,\"invoiceEasyInfo\":{\"invoiceType\":\"2\",\"invoiceTitle\":\"华为技术有限公司\","
        "\"invoiceCode\":\"914403001922038216\"},\"vatInfo\":{\"vatNo\":\"914403001922038216\","
        "\"addressRegIstered\":\"深圳市龙岗区坂田华为基地\",\"phoneRegIstered\":"
        "\"0755-28780808\",\"depositBank\":\"招商银行深圳分行\",\"bankAccount\":"
        "\"755900000010001\"}",
        items_ok);
    o = normalize("WAIT_SELLER_STOCK_OUT", items, &rc);
    if (rc != 0)
        fail_msg("%s", od_error_last());
    assert_string_equal(o->invoice.type, "special");
    assert_string_equal(o->invoice.title, "华为技术有限公司");
    assert_string_equal(o->invoice.tax_id, "914403001922038216");
    assert_string_equal(o->invoice.address, "深圳市龙岗区坂田华为基地");
    assert_string_equal(o->invoice.phone, "0755-28780808");
    assert_string_equal(o->invoice.bank, "招商银行深圳分行");
    assert_string_equal(o->invoice.account, "755900000010001");
    od_order_free(o);
    /* an electronic 普票; type 0 is none */
    snprintf(items, sizeof(items),
             "%s,\"invoiceEasyInfo\":{\"invoiceType\":\"3\",\"invoiceTitle\":\"个人\","
             "\"invoiceConsigneeEmail\":\"a@example.com\"}",
             items_ok);
    o = normalize("WAIT_SELLER_STOCK_OUT", items, &rc);
    assert_int_equal(rc, 0);
    assert_string_equal(o->invoice.type, "normal");
    assert_string_equal(o->invoice.medium, "electronic");
    assert_string_equal(o->invoice.email, "a@example.com");
    od_order_free(o);
    snprintf(items, sizeof(items), "%s,\"invoiceEasyInfo\":{\"invoiceType\":\"0\"}", items_ok);
    o = normalize("WAIT_SELLER_STOCK_OUT", items, &rc);
    assert_int_equal(rc, 0);
    assert_string_equal(o->invoice.type, "none");
    od_order_free(o);
}

static void test_statuses(void **state)
{
    static const struct {
        const char *state;
        enum od_status want;
    } cases[] = {
        {"WAIT_SELLER_STOCK_OUT", OD_STATUS_PAID},
        {"WAIT_SELLER_DELIVERY", OD_STATUS_PAID},
        {"WAIT_SEND_CODE", OD_STATUS_PAID},
        {"SEND_TO_DISTRIBUTION_CENER", OD_STATUS_SHIPPED},
        {"DISTRIBUTION_CENTER_RECEIVED", OD_STATUS_SHIPPED},
        {"WAIT_GOODS_RECEIVE_CONFIRM", OD_STATUS_SHIPPED},
        {"RECEIPTS_CONFIRM", OD_STATUS_COMPLETED},
        {"FINISHED_L", OD_STATUS_COMPLETED},
        {"TRADE_CANCELED", OD_STATUS_CANCELLED},
        {"LOCKED", OD_STATUS_CANCELLED},
        {"POP_ORDER_PAUSE", OD_STATUS_CANCELLED},
        {"PAUSE", OD_STATUS_CANCELLED},
    };

    (void)state;
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        int rc;
        struct od_order *o = normalize(cases[i].state, items_ok, &rc);

        assert_int_equal(rc, 0);
        assert_int_equal(o->status, cases[i].want);
        assert_string_equal(o->channel_status, cases[i].state);
        assert_int_equal(jd_status(cases[i].state), cases[i].want);
        od_order_free(o);
    }
    assert_int_equal(jd_status("finished_l"), OD_STATUS_NONE);
    assert_int_equal(jd_status(NULL), OD_STATUS_NONE);
}

static void test_refusals(void **state)
{
    static const struct {
        const char *state, *items, *reason;
    } cases[] = {
        {"PAID", "[]", "orderState: 'PAID' is not a known JD order state"},
        {"FINISHED_L", "[{\"skuName\":\"x\",\"jdPrice\":\"1.00\",\"itemTotal\":\"1\"}]",
         "itemInfoList[0]: no outerSkuId or skuId"},
        {"FINISHED_L", "[{\"skuId\":\"1\",\"outerSkuId\":\"\",\"itemTotal\":\"1\"}]",
         "itemInfoList[0]: no jdPrice"},
        {"FINISHED_L", "[{\"skuId\":\"1\",\"jdPrice\":\"1.005\",\"itemTotal\":\"1\"}]",
         "itemInfoList[0].jdPrice"},
        {"FINISHED_L", "[{\"skuId\":\"1\",\"jdPrice\":\"-1.00\",\"itemTotal\":\"1\"}]",
         "itemInfoList[0].jdPrice: negative"},
        {"FINISHED_L", "[{\"skuId\":\"1\",\"jdPrice\":true,\"itemTotal\":\"1\"}]",
         "itemInfoList[0].jdPrice: expected an amount"},
        {"FINISHED_L", "[{\"skuId\":\"1\",\"jdPrice\":\"1.00\",\"itemTotal\":\"0\"}]",
         "itemInfoList[0]: itemTotal '0' is not a positive integer"},
        {"FINISHED_L", "[{\"skuId\":\"1\",\"jdPrice\":\"1.00\",\"itemTotal\":\"1.5\"}]",
         "itemTotal '1.5'"},
        {"FINISHED_L", "[{\"skuId\":\"1\",\"jdPrice\":\"1.00\"}]", "itemTotal ''"},
        {"FINISHED_L", "[7]", "itemInfoList[0]: expected an object"},
        {"FINISHED_L", "{}", "itemInfoList: expected an array"},
        {"FINISHED_L", "[]", "no lines"},
    };

    (void)state;
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        int rc;
        struct od_order *o = normalize(cases[i].state, cases[i].items, &rc);

        assert_null(o);
        assert_int_equal(rc, OD_EINVAL);
        if (!strstr(od_error_last(), cases[i].reason))
            fail_msg("case %zu: '%s' lacks '%s'", i, od_error_last(), cases[i].reason);
    }
}

static void refuse_text(const char *text, const char *reason)
{
    struct json_object *j = NULL;
    struct od_order *o = NULL;

    assert_int_equal(od_json_parse(text, strlen(text), &j), 0);
    assert_int_equal(jd_normalize(j, "jd", &o), OD_EINVAL);
    assert_null(o);
    if (!strstr(od_error_last(), reason))
        fail_msg("'%s' lacks '%s'", od_error_last(), reason);
    json_object_put(j);
}

static const char lines1[] =
    "\"itemInfoList\":[{\"skuId\":\"1\",\"jdPrice\":\"1.00\",\"itemTotal\":\"1\"}]";

static void test_order_refusals(void **state)
{
    char text[1024];

    (void)state;
    refuse_text("[]", "order: expected an object");
    snprintf(text, sizeof(text),
             "{\"orderState\":\"FINISHED_L\",\"modified\":\"2024-01-01 "
             "00:00:00\",%s}",
             lines1);
    refuse_text(text, "orderId: missing");
    snprintf(text, sizeof(text), "{\"orderId\":\"1\",\"orderState\":\"FINISHED_L\",%s}", lines1);
    refuse_text(text, "modified: missing");
    snprintf(text, sizeof(text),
             "{\"orderId\":\"1\",\"orderState\":\"FINISHED_L\",\"modified\":\"03/02/2024\",%s}",
             lines1);
    refuse_text(text, "modified:");
    snprintf(text, sizeof(text),
             "{\"orderId\":\"1\",\"orderState\":\"FINISHED_L\",\"modified\":\"2024-01-01 "
             "00:00:00\",\"orderPayment\":\"1,00\",%s}",
             lines1);
    refuse_text(text, "orderPayment");
    snprintf(text, sizeof(text),
             "{\"orderId\":\"1\",\"orderState\":\"FINISHED_L\",\"modified\":\"2024-01-01 "
             "00:00:00\",\"consigneeInfo\":\"王*\",%s}",
             lines1);
    refuse_text(text, "consigneeInfo: expected an object");
}

/* Absent amounts are derived; "" and placeholder times mean "not given". */
static void test_minimal(void **state)
{
    static const char text[] =
        "{\"orderId\":280000000001,\"orderState\":\"TRADE_CANCELED\",\"modified\":\"2024-01-01 "
        "08:00:00\",\"orderStartTime\":\"\",\"paymentConfirmTime\":\"1970-01-01 08:00:00\","
        "\"orderPayment\":\"\",\"consigneeInfo\":{\"fullname\":\"\",\"telephone\":\"021-5555\"},"
        "\"itemInfoList\":[{\"skuId\":\"7\",\"jdPrice\":\"3.30\",\"itemTotal\":\"3\"}]}";
    char m[OD_MONEY_STRLEN], t[OD_TIME_STRLEN];
    struct json_object *j = NULL;
    struct od_order *o = NULL;

    (void)state;
    assert_int_equal(od_json_parse(text, strlen(text), &j), 0);
    assert_int_equal(jd_normalize(j, "jd", &o), 0);
    json_object_put(j);
    assert_string_equal(o->external_id, "280000000001");
    assert_int_equal(o->status, OD_STATUS_CANCELLED);
    assert_int_equal(o->placed_at, OD_TIME_NONE);
    assert_int_equal(o->paid_at, OD_TIME_NONE);
    assert_string_equal(od_time_format(o->updated_at, t), "2024-01-01T00:00:00Z");
    assert_string_equal(od_money_format(o->subtotal, m), "9.90");
    assert_string_equal(od_money_format(o->total, m), "9.90");
    assert_null(o->ship_to.name);
    assert_string_equal(o->ship_to.phone, "021-5555"); /* telephone when no mobile */
    assert_null(o->ship_to.country);
    od_order_free(o);
}

static void test_times(void **state)
{
    char buf[JD_TIME_LEN], t[OD_TIME_STRLEN];
    od_time v = 0;

    (void)state;
    assert_int_equal(jd_time_parse("2021-05-07 09:20:39", &v), 0);
    assert_string_equal(od_time_format(v, t), "2021-05-07T01:20:39Z");
    assert_int_equal(jd_time_parse("2021-05-07 09:20:39.683+0800", &v), 0);
    assert_string_equal(od_time_format(v, t), "2021-05-07T01:20:39.683000Z");
    assert_int_equal(jd_time_parse("2021-05-07 01:20:39Z", &v), 0);
    assert_string_equal(od_time_format(v, t), "2021-05-07T01:20:39Z");
    assert_int_equal(jd_time_parse("2021-05-07 00:30:00", &v), 0); /* the day before in UTC */
    assert_string_equal(od_time_format(v, t), "2021-05-06T16:30:00Z");
    assert_int_equal(jd_time_parse("0001-01-01 07:59:59", &v), OD_EINVAL);
    assert_int_equal(jd_time_parse("2021-05-07 24:00:00", &v), OD_EINVAL);
    assert_int_equal(jd_time_parse("", &v), OD_EINVAL);

    assert_int_equal(od_time_parse("2021-05-07T01:20:39.683Z", 24, NULL, &v), 0);
    assert_string_equal(jd_time_format(v, true, buf, sizeof(buf)), "2021-05-07 09:20:39.683+0800");
    assert_string_equal(jd_time_format(v, false, buf, sizeof(buf)), "2021-05-07 09:20:39");
    assert_int_equal(od_time_parse("2021-12-31T16:00:00Z", 20, NULL, &v), 0);
    assert_string_equal(jd_time_format(v, false, buf, sizeof(buf)), "2022-01-01 00:00:00");
    /* before 1970 (negative od_time): the fraction still rounds down */
    assert_int_equal(od_time_parse("1969-12-31T07:59:59.5Z", 22, NULL, &v), 0);
    assert_string_equal(jd_time_format(v, true, buf, sizeof(buf)), "1969-12-31 15:59:59.500+0800");
}

/* The official vector of PLATFORMS.md, signed the way jd.c signs: the
 * parameters sorted, empty values skipped, MD5(secret + s + secret). */
static void test_signing_vector(void **state)
{
    const struct od_param p[] = {
        {"360buy_param_json", "{\"end_date\":null,\"optional_fields\":null,\"order_state\":"
                              "\"WAIT_SELLER_STOCK_OUT\",\"page\":\"1\",\"page_size\":\"200\","
                              "\"start_date\":null}"},
        {"access_token", "yourtoken"},
        {"app_key", "yourappkey"},
        {"method", "jingdong.pop.order.search"},
        {"timestamp", "2021-05-07 09:20:39.683+0800"},
        {"v", "2.0"},
    };
    struct od_buf s;
    char sig[65];

    (void)state;
    od_buf_init(&s, 1 << 16);
    assert_int_equal(od_sign_param_string(p, sizeof(p) / sizeof(p[0]), true, &s), 0);
    assert_int_equal(od_sign(OD_SIGN_MD5, "yourappSecret", s.data, s.len, true, sig), 0);
    assert_string_equal(sig, "D70825340F4084360B9362B60DFD7930");
    od_buf_free(&s);
}

/* ---- the jd: keys, through the configuration loader ------------------------ */

static const struct od_connector *const registry[] = {&od_jd_connector, NULL};

static int rm_entry(const char *path, const struct stat *st, int flag, struct FTW *ftw)
{
    (void)st;
    (void)flag;
    (void)ftw;
    return remove(path);
}

static void write_file(const char *path, const char *text)
{
    FILE *f = fopen(path, "w");

    assert_non_null(f);
    assert_int_equal(fwrite(text, 1, strlen(text), f), strlen(text));
    assert_int_equal(fclose(f), 0);
}

/* Load a channel with `extra` lines under jd: -> 0 or the first error. */
static int load(const char *extra, char *err, size_t len, struct od_config **out)
{
    char dir[64] = "/tmp/od-test-jd-XXXXXX", path[128], text[2048];
    struct od_config_errors errs = {0};
    int rc;

    assert_non_null(mkdtemp(dir));
    snprintf(path, sizeof(path), "%s/channels.d", dir);
    assert_int_equal(mkdir(path, 0700), 0);
    snprintf(path, sizeof(path), "%s/orderd.yaml", dir);
    write_file(path, "database:\n  url: postgresql:///x\nchannels_dir: channels.d\n");
    snprintf(text, sizeof(text),
             "name: jd-main\nkind: jd\njd:\n  app_key: {env: OD_JD_KEY}\n"
             "  app_secret: {env: OD_JD_SECRET}\n  access_token: {env: OD_JD_TOKEN}\n%s",
             extra);
    snprintf(path, sizeof(path), "%s/channels.d/jd-main.yaml", dir);
    write_file(path, text);
    snprintf(path, sizeof(path), "%s/orderd.yaml", dir);
    rc = od_config_load(path, registry, out, &errs);
    snprintf(err, len, "%s", errs.n ? errs.msgs[0] : "");
    od_config_errors_free(&errs);
    nftw(dir, rm_entry, 16, FTW_DEPTH | FTW_PHYS);
    return rc;
}

static void test_keys(void **state)
{
    static const struct {
        const char *extra, *error; /* NULL error: loads */
    } cases[] = {
        {"", NULL},
        {"  gateway_url: http://127.0.0.1:9/routerjson\n  page_size: 1\n  max_window: 1m\n"
         "  overlap: 30s\n  lag: 1s\n  start_from: 2026-01-01T00:00:00Z\n"
         "  order_state: FINISHED_L\n",
         NULL},
        {"  gateway_url: http://api.jd.com/routerjson\n", "jd.gateway_url"},
        {"  page_size: 0\n", "jd.page_size: must be 1 to 100"},
        {"  page_size: 101\n", "jd.page_size: must be 1 to 100"},
        {"  max_window: 2d\n", "jd.max_window: must be 1m to 1d"},
        {"  max_window: 30s\n", "jd.max_window: must be 1m to 1d"},
        {"  max_window: 1h\n  overlap: 1h\n", "jd.overlap: must be shorter than max_window"},
        {"  lag: 500ms\n", "jd.lag: must be at least 1s"},
        {"  start_from: yesterday\n", "jd.start_from: 'yesterday' is neither"},
        {"  order_state: FINISHED_L,,LOCKED\n", "jd.order_state: 'FINISHED_L,,LOCKED' must be"},
        {"  order_state: FINISHED_L,\n", "must be a comma list"},
        {"  order_state: FINISHED_L,PAID\n", "jd.order_state: 'PAID' is not a JD order state"},
    };

    (void)state;
    setenv("OD_JD_KEY", "k", 1);
    setenv("OD_JD_SECRET", "s", 1);
    setenv("OD_JD_TOKEN", "t", 1);
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        struct od_config *cfg = NULL;
        char err[1024];
        int rc = load(cases[i].extra, err, sizeof(err), &cfg);

        if (!cases[i].error) {
            if (rc != 0)
                fail_msg("case %zu: %s", i, err);
            assert_int_equal(cfg->n_channels, 1);
            assert_string_equal(cfg->channels[0]->kind, "jd");
            od_config_free(cfg);
        } else {
            assert_int_equal(rc, OD_ECONFIG);
            if (!strstr(err, cases[i].error))
                fail_msg("case %zu: '%s' lacks '%s'", i, err, cases[i].error);
        }
    }
    unsetenv("OD_JD_KEY");
    unsetenv("OD_JD_SECRET");
    unsetenv("OD_JD_TOKEN");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_mapping),        cmocka_unit_test(test_invoice),
        cmocka_unit_test(test_statuses),       cmocka_unit_test(test_refusals),
        cmocka_unit_test(test_order_refusals), cmocka_unit_test(test_minimal),
        cmocka_unit_test(test_times),          cmocka_unit_test(test_signing_vector),
        cmocka_unit_test(test_keys),
    };

    return cmocka_run_group_tests(tests, NULL, NULL);
}
