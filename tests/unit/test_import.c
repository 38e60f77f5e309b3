/* Unit tests for lib/import.c without a database: booleans, integers,
 * header checks and row validation per kind; and the phone normalization
 * the import stores (od_audit_phone, shared with the audit). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>
#include <json-c/json.h>

#include "audit.h"
#include "error.h"
#include "import.h"

static const struct {
    const char *in;
    const char *want;
    bool mobile;
} phones[] = {
    {"13800138000", "13800138000", true},
    {"+86 138-0013-8000", "13800138000", true},
    {"+8613800138000", "13800138000", true},
    {"0086 13800138000", "13800138000", true},
    {"8613800138000", "13800138000", true},
    {"(+86) 138 0013 8000", "13800138000", true},
    {"199.0000.0000", "19900000000", true},
    {"12800138000", "12800138000", false},   /* 1[3-9] only */
    {"1380013800", "1380013800", false},     /* 10 digits */
    {"138001380001", "138001380001", false}, /* 12 digits */
    {"+1 415 555 0100", "+14155550100", false},
    {"010-8888 6666", "01088886666", false}, /* landline */
    {"+86 10 8888 6666", "+861088886666", false},
    {"86123", "86123", false}, /* 86 is stripped only before 11 digits */
    {"n/a", "", false},
    {"", "", false},
    {"++86 13800138000", "13800138000", true},
};

static void test_phone_norm(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof(phones) / sizeof(phones[0]); i++) {
        char buf[64];
        bool m = od_audit_phone(phones[i].in, buf, sizeof(buf));

        if (strcmp(buf, phones[i].want) != 0 || m != phones[i].mobile)
            fail_msg("phone '%s': got '%s' (%d), want '%s' (%d)", phones[i].in, buf, m,
                     phones[i].want, phones[i].mobile);
    }
}

static void test_phone_norm_small_buffer(void **state)
{
    char buf[5];

    (void)state;
    assert_false(od_audit_phone("+1 415 555 0100", buf, sizeof(buf)));
    assert_string_equal(buf, "+141");
    assert_true(od_audit_phone("13800138000", buf, sizeof(buf)));
    assert_string_equal(buf, "1380");
}

static const struct {
    const char *in;
    int want; /* 1 true, 0 false, -1 refused */
} bools[] = {
    {"true", 1},  {"TRUE", 1}, {"1", 1},  {"yes", 1},    {"Yes", 1},   {"是", 1},    {"false", 0},
    {"False", 0}, {"0", 0},    {"no", 0}, {"NO", 0},     {"否", 0},    {"", -1},     {"maybe", -1},
    {"y", -1},    {"t", -1},   {"2", -1}, {"true ", -1}, {"yes!", -1}, {"是的", -1},
};

static void test_bool(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof(bools) / sizeof(bools[0]); i++) {
        bool b = false;
        int rc = od_import_bool(bools[i].in, strlen(bools[i].in), &b);

        if (bools[i].want < 0) {
            if (rc != OD_EINVAL)
                fail_msg("bool '%s' accepted", bools[i].in);
            assert_non_null(strstr(od_error_last(), "is not a boolean"));
        } else if (rc != 0 || b != (bools[i].want == 1)) {
            fail_msg("bool '%s': rc %d, value %d", bools[i].in, rc, b);
        }
    }
}

static const struct {
    const char *in;
    int64_t min, max;
    int64_t want;
    const char *why; /* NULL: accepted */
} ints[] = {
    {"0", 0, INT64_MAX, 0, NULL},
    {"42", 0, INT64_MAX, 42, NULL},
    {"+42", 0, INT64_MAX, 42, NULL},
    {"007", 0, INT64_MAX, 7, NULL},
    {"12.0", 0, INT64_MAX, 12, NULL},
    {"12.00", 0, INT64_MAX, 12, NULL},
    {"-3", INT64_MIN, INT64_MAX, -3, NULL},
    {"9223372036854775807", 0, INT64_MAX, INT64_MAX, NULL},
    {"-9223372036854775808", INT64_MIN, INT64_MAX, INT64_MIN, NULL},
    {"9223372036854775808", 0, INT64_MAX, 0, "out of range"},
    {"-1", 0, INT64_MAX, 0, "is negative"},
    {"0", 1, INT32_MAX, 0, "is below 1"},
    {"2147483648", 1, INT32_MAX, 0, "is above 2147483647"},
    {"1.5", 0, INT64_MAX, 0, "not an integer"},
    {"1,000", 0, INT64_MAX, 0, "not an integer"},
    {"1e3", 0, INT64_MAX, 0, "not an integer"},
    {"", 0, INT64_MAX, 0, "not an integer"},
    {"-", 0, INT64_MAX, 0, "not an integer"},
    {".0", 0, INT64_MAX, 0, "not an integer"},
    {"12 ", 0, INT64_MAX, 0, "not an integer"},
    {"0x10", 0, INT64_MAX, 0, "not an integer"},
};

static void test_int(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof(ints) / sizeof(ints[0]); i++) {
        int64_t v = -999;
        int rc = od_import_int(ints[i].in, strlen(ints[i].in), ints[i].min, ints[i].max, &v);

        if (ints[i].why) {
            if (rc != OD_EINVAL || !strstr(od_error_last(), ints[i].why))
                fail_msg("int '%s': rc %d, detail '%s', want '%s'", ints[i].in, rc, od_error_last(),
                         ints[i].why);
            assert_int_equal(v, -999);
        } else if (rc != 0 || v != ints[i].want) {
            fail_msg("int '%s': rc %d, got %lld", ints[i].in, rc, (long long)v);
        }
    }
}

/* Split "a,b,c" (or "a|b|c") into at most 16 parts, in place. */
static size_t split(char *s, char sep, const char **out, size_t *lens)
{
    size_t n = 0;

    for (char *p = s;; p++) {
        char *end = strchr(p, sep);

        out[n] = p;
        if (end)
            *end = '\0';
        lens[n] = strlen(p);
        n++;
        if (!end || n == 16)
            break;
        p = end;
    }
    return n;
}

static struct od_import_cols *header(const char *kind, const char *names)
{
    char buf[512];
    const char *v[16];
    size_t l[16], n;
    struct od_import_cols *c = NULL;

    snprintf(buf, sizeof(buf), "%s", names);
    n = split(buf, ',', v, l);
    if (od_import_cols_new(kind, v, n, &c) != 0)
        fail_msg("header %s '%s': %s", kind, names, od_error_last());
    return c;
}

static const struct {
    const char *kind, *names;
    int rc;
    const char *want; /* detail substring, or the present list on success */
} headers[] = {
    {"customers", "ref", 0, "{ref}"},
    {"customers", "blocked,REF, Name ", 0, "{ref,name,blocked}"},
    {"customers", "ref,name,phone,email,credit_limit,open_balance,price_tier,blocked", 0,
     "{ref,name,phone,email,credit_limit,open_balance,price_tier,blocked}"},
    {"customers", "ref,credit", OD_EINVAL,
     "unknown column 'credit' for customers (allowed: ref, name, phone, email, credit_limit, "
     "open_balance, price_tier, blocked)"},
    {"customers", "ref,", OD_EINVAL, "empty column name '' for customers"},
    {"customers", "name", OD_EINVAL, "missing required column 'ref' for customers (required: ref)"},
    {"customers", "ref,name,NAME", OD_EINVAL, "column 'name' appears twice"},
    {"products", "sku,title,unit,active", 0, "{sku,title,unit,active}"},
    {"sku_map", "channel,sku", OD_EINVAL,
     "missing required column 'channel_sku' for sku_map (required: channel, channel_sku, sku)"},
    {"inventory", "sku,warehouse,on_hand,reserved", 0, "{sku,warehouse,on_hand}"},
    {"inventory", "sku,warehouse", OD_EINVAL, "missing required column 'on_hand'"},
    {"price_lists", "unit_price,sku,tier", 0, "{tier,sku,unit_price}"},
    {"price_lists", "tier,sku,price", OD_EINVAL,
     "(allowed: tier, sku, unit_price, valid_from, valid_to)"},
    {"blacklist", "kind,value,reason", 0, "{kind,value,reason}"},
    {"suppliers", "ref", OD_ENOTFOUND, "unknown import kind 'suppliers'"},
};

static void test_headers(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof(headers) / sizeof(headers[0]); i++) {
        char buf[512];
        const char *v[16];
        size_t l[16], n;
        struct od_import_cols *c = NULL;
        int rc;

        snprintf(buf, sizeof(buf), "%s", headers[i].names);
        n = split(buf, ',', v, l);
        rc = od_import_cols_new(headers[i].kind, v, n, &c);
        if (rc != headers[i].rc)
            fail_msg("%s '%s': rc %d (%s)", headers[i].kind, headers[i].names, rc, od_error_last());
        if (rc == 0) {
            assert_string_equal(od_import_cols_present(c), headers[i].want);
        } else {
            assert_null(c);
            if (!strstr(od_error_last(), headers[i].want))
                fail_msg("%s '%s': detail '%s', want '%s'", headers[i].kind, headers[i].names,
                         od_error_last(), headers[i].want);
        }
        od_import_cols_free(c);
    }
}

static const struct {
    const char *kind, *names;
    const char *cells; /* '|'-separated */
    const char *want;  /* JSON of the row, or NULL */
    const char *why;   /* detail substring when refused */
} rows[] = {
    /* customers */
    {"customers", "ref,name,phone,email,credit_limit,open_balance,price_tier,blocked",
     " C1 |Ann|+86 138-0013-8000|a@x.cn|10,000.00|-12.5|A|是",
     "{\"ref\":\"C1\",\"name\":\"Ann\",\"phone\":\"+86 138-0013-8000\",\"phone_norm\":"
     "\"13800138000\",\"email\":\"a@x.cn\",\"credit_limit\":\"10000.00\",\"open_balance\":"
     "\"-12.50\",\"price_tier\":\"A\",\"blocked\":true}",
     NULL},
    {"customers", "ref,name,phone,credit_limit", "C1|||",
     "{\"ref\":\"C1\",\"name\":null,\"phone\":null,\"phone_norm\":null,\"credit_limit\":null}",
     NULL},
    {"customers", "ref,phone", "C1|n/a", "{\"ref\":\"C1\",\"phone\":\"n/a\",\"phone_norm\":null}",
     NULL},
    {"customers", "ref,name", "|Ann", NULL, "ref: empty"},
    {"customers", "ref,name", "  |Ann", NULL, "ref: empty"},
    {"customers", "ref,open_balance", "C1|", NULL, "open_balance: empty (give a value"},
    {"customers", "ref,blocked", "C1| ", NULL, "blocked: empty"},
    {"customers", "ref,blocked", "C1|maybe", NULL, "blocked: 'maybe' is not a boolean"},
    {"customers", "ref,credit_limit", "C1|-1", NULL, "credit_limit: '-1' is negative"},
    {"customers", "ref,credit_limit", "C1|12.345", NULL, "credit_limit: '12.345' is not an amount"},
    {"customers", "ref,credit_limit", "C1|¥1,234.5",
     "{\"ref\":\"C1\",\"credit_limit\":\"1234.50\"}", NULL},
    {"customers", "ref,name", "C1", NULL, "1 field, the header has 2"},
    {"customers", "ref,name", "C1|Ann|x", NULL, "3 fields, the header has 2"},
    /* products */
    {"products", "sku,title,unit,active", "A-100|Tea|box|no",
     "{\"sku\":\"A-100\",\"title\":\"Tea\",\"unit\":\"box\",\"active\":false}", NULL},
    {"products", "sku,active", "A-100|", NULL, "active: empty"},
    /* sku_map */
    {"sku_map", "channel,channel_sku,sku,multiplier", "shop-main|TB-1|A-100|6.0",
     "{\"channel\":\"shop-main\",\"channel_sku\":\"TB-1\",\"sku\":\"A-100\",\"multiplier\":6}",
     NULL},
    {"sku_map", "channel,channel_sku,sku", "Shop|TB-1|A-100", NULL,
     "channel: 'Shop' is not a channel name"},
    {"sku_map", "channel,channel_sku,sku", "-shop|TB-1|A-100", NULL, "is not a channel name"},
    {"sku_map", "channel,channel_sku,sku", "shop|TB-1|", NULL, "sku: empty"},
    {"sku_map", "channel,channel_sku,sku,multiplier", "shop|TB-1|A|0", NULL,
     "multiplier: '0' is below 1"},
    /* inventory */
    {"inventory", "sku,warehouse,on_hand", "A|main|12",
     "{\"sku\":\"A\",\"warehouse\":\"main\",\"on_hand\":12}", NULL},
    /* reserved is orderd's: read from no file, whatever the cell holds */
    {"inventory", "sku,warehouse,on_hand,reserved", "A|main|12|",
     "{\"sku\":\"A\",\"warehouse\":\"main\",\"on_hand\":12}", NULL},
    {"inventory", "sku,warehouse,on_hand,reserved", "A|main|12|x",
     "{\"sku\":\"A\",\"warehouse\":\"main\",\"on_hand\":12}", NULL},
    {"inventory", "sku,warehouse,on_hand", "A|main|", NULL, "on_hand: empty"},
    {"inventory", "sku,warehouse,on_hand", "A|main|-2", NULL, "on_hand: '-2' is negative"},
    {"inventory", "sku,warehouse,on_hand", "A|main|1.5", NULL, "on_hand: '1.5' is not an integer"},
    /* price_lists */
    {"price_lists", "tier,sku,unit_price,valid_from,valid_to",
     "A|X|9.5|2026-01-01T00:00:00+08:00|2026-02-01",
     "{\"tier\":\"A\",\"sku\":\"X\",\"unit_price\":\"9.50\",\"valid_from\":"
     "\"2025-12-31T16:00:00Z\",\"valid_to\":\"2026-02-01T00:00:00Z\"}",
     NULL},
    {"price_lists", "tier,sku,unit_price,valid_from,valid_to", "A|X|0||",
     "{\"tier\":\"A\",\"sku\":\"X\",\"unit_price\":\"0.00\",\"valid_from\":null,\"valid_to\":null}",
     NULL},
    {"price_lists", "tier,sku,unit_price,valid_from,valid_to", "A|X|1|2026-02-01|2026-02-01", NULL,
     "valid_to: 2026-02-01T00:00:00Z is not after valid_from 2026-02-01T00:00:00Z"},
    {"price_lists", "tier,sku,unit_price,valid_from", "A|X|1|tomorrow", NULL, "valid_from: "},
    {"price_lists", "tier,sku,unit_price", "A|X|-0.01", NULL, "unit_price: '-0.01' is negative"},
    {"price_lists", "tier,sku,unit_price", "A|X|", NULL, "unit_price: empty"},
    /* blacklist */
    {"blacklist", "kind,value,reason", "phone|+86 138 0013 8000|fraud",
     "{\"kind\":\"phone\",\"value\":\"+86 138 0013 8000\",\"reason\":\"fraud\",\"value_norm\":"
     "\"13800138000\"}",
     NULL},
    {"blacklist", "kind,value", "Email|Foo@Bar.COM",
     "{\"kind\":\"email\",\"value\":\"Foo@Bar.COM\",\"value_norm\":\"foo@bar.com\"}", NULL},
    {"blacklist", "kind,value", "name|张三",
     "{\"kind\":\"name\",\"value\":\"张三\",\"value_norm\":\"张三\"}", NULL},
    {"blacklist", "kind,value", "address_substring| 测试路 ",
     "{\"kind\":\"address_substring\",\"value\":\"测试路\",\"value_norm\":\"测试路\"}", NULL},
    {"blacklist", "kind,value", "ip|10.0.0.1", NULL, "kind: 'ip' is not a blacklist kind"},
    {"blacklist", "kind,value", "phone|none", NULL, "value: 'none' has no digits"},
    {"blacklist", "kind,value", "phone|", NULL, "value: empty"},
};

static void test_rows(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof(rows) / sizeof(rows[0]); i++) {
        struct od_import_cols *c = header(rows[i].kind, rows[i].names);
        char buf[512];
        const char *v[16];
        size_t l[16], n;
        struct json_object *o = NULL;
        int rc;

        snprintf(buf, sizeof(buf), "%s", rows[i].cells);
        n = split(buf, '|', v, l);
        rc = od_import_row(c, v, l, n, &o);
        if (rows[i].want) {
            const char *got;

            if (rc != 0)
                fail_msg("row %zu (%s '%s'): refused: %s", i, rows[i].kind, rows[i].cells,
                         od_error_last());
            got = json_object_to_json_string_ext(o, JSON_C_TO_STRING_PLAIN |
                                                        JSON_C_TO_STRING_NOSLASHESCAPE);
            if (strcmp(got, rows[i].want) != 0)
                fail_msg("row %zu (%s '%s'):\n got  %s\n want %s", i, rows[i].kind, rows[i].cells,
                         got, rows[i].want);
        } else {
            if (rc != OD_EINVAL || !strstr(od_error_last(), rows[i].why))
                fail_msg("row %zu (%s '%s'): rc %d, detail '%s', want '%s'", i, rows[i].kind,
                         rows[i].cells, rc, od_error_last(), rows[i].why);
            assert_null(o);
        }
        json_object_put(o);
        od_import_cols_free(c);
    }
}

static void test_nul_byte_refused(void **state)
{
    struct od_import_cols *c = header("products", "sku,title");
    const char *v[2] = {"A", "a\0b"};
    size_t l[2] = {1, 3};
    struct json_object *o = NULL;

    (void)state;
    assert_int_equal(od_import_row(c, v, l, 2, &o), OD_EINVAL);
    assert_string_equal(od_error_last(), "title: contains a NUL byte");
    od_import_cols_free(c);
}

static void test_kinds(void **state)
{
    size_t n = 0;

    (void)state;
    for (; od_import_kinds[n]; n++)
        assert_true(od_import_kind_known(od_import_kinds[n]));
    assert_int_equal(n, 6);
    assert_false(od_import_kind_known("Customers"));
    assert_false(od_import_kind_known(""));
    assert_false(od_import_kind_known(NULL));
}

static void test_report_free_accepts_zeroed(void **state)
{
    struct od_import_report rep = {0};

    (void)state;
    od_import_report_free(&rep);
    od_import_report_free(NULL);
    od_import_cols_free(NULL);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_phone_norm),
        cmocka_unit_test(test_phone_norm_small_buffer),
        cmocka_unit_test(test_bool),
        cmocka_unit_test(test_int),
        cmocka_unit_test(test_headers),
        cmocka_unit_test(test_rows),
        cmocka_unit_test(test_nul_byte_refused),
        cmocka_unit_test(test_kinds),
        cmocka_unit_test(test_report_free_accepts_zeroed),
    };

    return cmocka_run_group_tests(tests, NULL, NULL);
}
