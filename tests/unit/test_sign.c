/* Every signing vector of ../shared/PLATFORMS.md. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "json.h"
#include "sign.h"

static const struct od_param top_params[] = {
    {"app_key", "12345678"},
    {"fields", "num_iid,title,nick,price,num"},
    {"format", "json"},
    {"method", "taobao.item.seller.get"},
    {"num_iid", "11223344"},
    {"session", "test"},
    {"sign_method", "md5"},
    {"timestamp", "2016-01-01 12:00:00"},
    {"v", "2.0"},
    {"empty", ""}, /* skipped: TOP leaves empty values out */
};

static void sign_params(enum od_sign_alg alg, const char *secret, const struct od_param *p,
                        size_t n, const char *want)
{
    struct od_buf s;
    char got[65];

    od_buf_init(&s, 1 << 16);
    assert_int_equal(od_sign_param_string(p, n, true, &s), 0);
    assert_int_equal(od_sign(alg, secret, s.data, s.len, true, got), 0);
    assert_string_equal(got, want);
    od_buf_free(&s);
}

static void test_taobao(void **state)
{
    size_t n = sizeof(top_params) / sizeof(top_params[0]);

    (void)state;
    sign_params(OD_SIGN_MD5, "helloworld", top_params, n, "66987CB115214E59E6EC978214934FB8");
    sign_params(OD_SIGN_HMAC_MD5, "helloworld", top_params, n, "B4DDA503460D60A86B16E950E5D303E9");
    sign_params(OD_SIGN_HMAC_SHA256, "helloworld", top_params, n,
                "6B7EB7E1C35D068D69538D80282A37DFBF29B4DB11B451881AF51890626138B3");
}

static void test_pinduoduo(void **state)
{
    /* Given in shuffled order: the string must come out sorted. */
    static const struct od_param p[] = {
        {"type", "pdd.order.number.list.get"},
        {"timestamp", "1480411125"},
        {"page_size", "10"},
        {"page", "1"},
        {"order_status", "1"},
        {"data_type", "XML"},
        {"client_id", "1"},
        {"access_token", "asd78172s8ds9a921j9qqwda12312w1w21211"},
    };
    struct od_buf s;

    (void)state;
    od_buf_init(&s, 4096);
    assert_int_equal(od_sign_param_string(p, 8, true, &s), 0);
    assert_string_equal(s.data, "access_tokenasd78172s8ds9a921j9qqwda12312w1w21211client_id1"
                                "data_typeXMLorder_status1page1page_size10timestamp1480411125"
                                "typepdd.order.number.list.get");
    od_buf_free(&s);
    sign_params(OD_SIGN_MD5, "testSecret", p, 8, "E4DE3ED21002510DED352819E7AE6775");
}

static void test_jd(void **state)
{
    static const struct od_param p[] = {
        {"method", "jingdong.pop.order.search"},
        {"app_key", "yourappkey"},
        {"access_token", "yourtoken"},
        {"timestamp", "2021-05-07 09:20:39.683+0800"},
        {"v", "2.0"},
        {"360buy_param_json", "{\"end_date\":null,\"optional_fields\":null,\"order_state\":"
                              "\"WAIT_SELLER_STOCK_OUT\",\"page\":\"1\",\"page_size\":\"200\","
                              "\"start_date\":null}"},
    };

    (void)state;
    sign_params(OD_SIGN_MD5, "yourappSecret", p, 6, "D70825340F4084360B9362B60DFD7930");
}

static void test_douyin(void **state)
{
    /* Keys out of order, and a slash and CJK to show they stay as is. */
    static const char in[] = "{\"update_time_start\":1700000000,\"size\":100,\"page\":0,"
                             "\"order_by\":\"update_time\",\"order_asc\":true,"
                             "\"update_time_end\":1700003600}";
    static const char want_json[] = "{\"order_asc\":true,\"order_by\":\"update_time\",\"page\":0,"
                                    "\"size\":100,\"update_time_end\":1700003600,"
                                    "\"update_time_start\":1700000000}";
    struct json_object *j = NULL;
    struct od_buf pj, s;
    char got[65];

    (void)state;
    assert_int_equal(od_json_parse(in, strlen(in), &j), 0);
    od_buf_init(&pj, 4096);
    assert_int_equal(od_json_canonical(j, &pj), 0);
    assert_string_equal(pj.data, want_json);
    od_buf_init(&s, 8192);
    od_buf_adds(&s, "test-secret");
    od_buf_printf(&s, "app_key%smethod%sparam_json%stimestamp%sv%s", "1234567890123456789",
                  "order.searchList", pj.data, "1700000000", "2");
    od_buf_adds(&s, "test-secret");
    assert_int_equal(od_sign_hmac_sha256("test-secret", s.data, s.len, false, got), 0);
    assert_string_equal(got, "b3264c610329ae6b8ca445728a01832bb4f979168cca6155d071cbc5d6eec2dd");
    assert_int_equal(od_sign_digest_md5(s.data, s.len, false, got), 0);
    assert_string_equal(got, "3ce3a320f46e6cc0896cf87f2aa5e4c0");
    json_object_put(j);
    od_buf_free(&pj);
    od_buf_free(&s);
}

static void test_canonical_escaping(void **state)
{
    static const char in[] = "{\"b\":{\"z\":[1,\"a/b\"],\"y\":null},\"a\":\"张三 \\\"q\\\"\\n\"}";
    struct json_object *j = NULL;
    struct od_buf out;

    (void)state;
    assert_int_equal(od_json_parse(in, strlen(in), &j), 0);
    od_buf_init(&out, 4096);
    assert_int_equal(od_json_canonical(j, &out), 0);
    assert_string_equal(out.data,
                        "{\"a\":\"张三 \\\"q\\\"\\n\",\"b\":{\"y\":null,\"z\":[1,\"a/b\"]}}");
    json_object_put(j);
    od_buf_free(&out);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_taobao),
        cmocka_unit_test(test_pinduoduo),
        cmocka_unit_test(test_jd),
        cmocka_unit_test(test_douyin),
        cmocka_unit_test(test_canonical_escaping),
    };

    return cmocka_run_group_tests(tests, NULL, NULL);
}
