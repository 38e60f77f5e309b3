/* Unit tests for lib/money.c: parsing, formatting, checked arithmetic. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "error.h"
#include "money.h"

static const struct {
    const char *text;
    od_money want;
} accepts[] = {
    /* the examples of the spec */
    {"1,234.50", 123450},
    {"\xc2\xa5"
     "12.30",
     1230}, /* ¥12.30 */
    {"\xef\xbf\xa5"
     "12.30",
     1230}, /* ￥12.30 (full-width) */
    {"12.3", 1230},
    /* Indian grouping: lakh and crore */
    {"1,23,456.00", 12345600},
    {"12,34,567", 123456700},
    {"1,00,00,000", 1000000000},
    {"$5", 500},
    {"12.300", 1230},
    {"(12.30)", -1230},
    {"-3", -300},
    {"+3", 300},
    {" 12.30 ", 1230},
    {"12 CNY", 1200},
    {"RMB 12", 1200},
    /* more of the same grammar */
    {"0", 0},
    {"0.00", 0},
    {"-0", 0},
    {"0.01", 1},
    {"-0.01", -1},
    {".5", 50},
    {"007.50", 750},
    {"12,345,678", 1234567800},
    {"999", 99900},
    {"1,000", 100000},
    {"12.30000000", 1230},
    {"\xe2\x82\xac"
     "1.5",
     150}, /* €1.5 */
    {"\xc2\xa3"
     "0.05",
     5}, /* £0.05 */
    {"USD 1,000.00", 100000},
    {"12.30USD", 1230},
    {"12.30 usd", 1230},
    {"cny12", 1200},
    {"\xc2\xa5 12.30", 1230},
    {"12.30\xc2\xa5", 1230},
    {"-\xc2\xa5"
     "12.30",
     -1230},
    {"\xc2\xa5-12.30", -1230},
    {"+$5", 500},
    {"( 12.30 )", -1230},
    {"(\xc2\xa5"
     "12.30)",
     -1230},
    {"(12.30 RMB)", -1230},
    {"\t12.30\t", 1230},
    {"10000000000000.00", OD_MONEY_MAX},
    {"-10,000,000,000,000", -OD_MONEY_MAX},
    {"0000000000000000000000000001", 100},
};

static const struct {
    const char *text;
    const char *why; /* expected in the detail */
} rejects[] = {
    {"", "empty"},
    {"1.2.3", "second decimal point"},
    {"12,34", "three digits"},
    {"1,2345", "three digits"},
    {"0,095", "after a leading 0"}, /* a decimal comma, never 95 */
    {"0,095,000", "after a leading 0"},
    {"123,45,678", "three digits"},
    {"1,234,56,789", "three digits"},
    {"1,23,4567", "three digits"},
    {"1,23,45", "three digits"},
    {"NaN", "unexpected character"},
    {"nan", "unexpected character"},
    {"inf", "unexpected character"},
    {"-inf", "unexpected character"},
    {"1e5", "unexpected text"},
    {"12.345", "more than two decimals"},
    {"12.301", "more than two decimals"},
    {"0x10", "unexpected text"},
    {"-", "no digits"},
    {"+", "no digits"},
    {"\xc2\xa5", "no digits"},
    {"\xef\xbf\xa5", "no digits"},
    {"$", "no digits"},
    {"CNY", "no digits"},
    {"RMB ", "no digits"},
    {" ", "blank"},
    {"10000000000000.01", "largest amount"},
    {"10000000000001", "largest amount"},
    {"99999999999999999999999999", "largest amount"},
    {"-10000000000000.01", "largest amount"},
    {"--3", "two signs"},
    {"+-3", "two signs"},
    {"-\xc2\xa5-3", "two signs"},
    {"(-3)", "sign inside parentheses"},
    {"-(3)", "unexpected character"},
    {"(3", "unbalanced parenthesis"},
    {"3)", "unexpected text"},
    {"()", "no digits"},
    {"12.", "no digits after the decimal point"},
    {".", "no digits after the decimal point"},
    {",123", "unexpected character"},
    {"1234,567", "more than three digits"},
    {"1,,234", "three digits"},
    {"1,234,", "three digits"},
    {"1.234,50", "more than two decimals"},
    {"1.20,50", "after the decimal point"},
    {"12 34", "unexpected text"},
    {"12.30-", "unexpected text"},
    {"- 3", "unexpected character"},
    {"\xc2\xa5"
     "12 CNY",
     "two currency symbols"},
    {"\xc2\xa5\xc2\xa5"
     "12",
     "unexpected character"},
    {"CNYX 12", "unexpected character"},
    {"12 CNYX", "unexpected text"},
    {"12 EUR", "unexpected text"},
    {"abc", "unexpected character"},
    {"1 2", "unexpected text"},
};

static void test_parse_accepts(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof(accepts) / sizeof(accepts[0]); i++) {
        od_money m = 42;
        int rc = od_money_parse(accepts[i].text, strlen(accepts[i].text), &m);

        if (rc != 0)
            fail_msg("'%s': rc %d: %s", accepts[i].text, rc, od_error_last());
        if (m != accepts[i].want)
            fail_msg("'%s': got %lld, want %lld", accepts[i].text, (long long)m,
                     (long long)accepts[i].want);
    }
}

static void test_parse_rejects(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof(rejects) / sizeof(rejects[0]); i++) {
        od_money m = 42;
        int rc = od_money_parse(rejects[i].text, strlen(rejects[i].text), &m);

        if (rc != OD_EINVAL)
            fail_msg("'%s': rc %d, value %lld, want EINVAL", rejects[i].text, rc, (long long)m);
        if (m != 42)
            fail_msg("'%s': out was written on failure", rejects[i].text);
        if (!strstr(od_error_last(), rejects[i].why))
            fail_msg("'%s': detail '%s' lacks '%s'", rejects[i].text, od_error_last(),
                     rejects[i].why);
    }
}

static void test_parse_detail_names_text(void **state)
{
    od_money m;

    (void)state;
    assert_int_equal(od_money_parse("1.2.3", 5, &m), OD_EINVAL);
    assert_string_equal(od_error_last(), "'1.2.3' is not an amount: second decimal point");

    /* Control bytes are not copied into the message, long text is cut. */
    assert_int_equal(od_money_parse("1\n2", 3, &m), OD_EINVAL);
    assert_null(strchr(od_error_last(), '\n'));
    {
        char longtext[200];

        memset(longtext, '9', sizeof(longtext));
        assert_int_equal(od_money_parse(longtext, sizeof(longtext), &m), OD_EINVAL);
        assert_true(strlen(od_error_last()) < 120);
        assert_non_null(strstr(od_error_last(), "..."));
    }
}

static void test_parse_uses_len(void **state)
{
    od_money m = 0;

    (void)state;
    /* Only `len` bytes are read: no NUL terminator needed. */
    assert_int_equal(od_money_parse("12.30xyz", 5, &m), 0);
    assert_int_equal(m, 1230);
    assert_int_equal(od_money_parse("7", 1, &m), 0);
    assert_int_equal(m, 700);
    /* An embedded NUL is not a terminator. */
    assert_int_equal(od_money_parse("12\0", 3, &m), OD_EINVAL);
    assert_int_equal(od_money_parse(NULL, 0, &m), OD_EINVAL);
}

static const struct {
    const char *text;
    int rc;
    od_money want;
} minors[] = {
    {"12800", 0, 12800},
    {"0", 0, 0},
    {"-5", 0, -5},
    {"-0", 0, 0},
    {"000123", 0, 123},
    {"1000000000000000", 0, OD_MONEY_MAX},
    {"-1000000000000000", 0, -OD_MONEY_MAX},
    {"1000000000000001", OD_EINVAL, 0},
    {"99999999999999999999", OD_EINVAL, 0},
    {"", OD_EINVAL, 0},
    {"-", OD_EINVAL, 0},
    {"+5", OD_EINVAL, 0},
    {" 5", OD_EINVAL, 0},
    {"5 ", OD_EINVAL, 0},
    {"1.0", OD_EINVAL, 0},
    {"1,000", OD_EINVAL, 0},
    {"1e3", OD_EINVAL, 0},
    {"0x1", OD_EINVAL, 0},
    {"--5", OD_EINVAL, 0},
};

static void test_parse_minor(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof(minors) / sizeof(minors[0]); i++) {
        od_money m = 42;
        int rc = od_money_parse_minor(minors[i].text, strlen(minors[i].text), &m);

        if (rc != minors[i].rc)
            fail_msg("'%s': rc %d, want %d (%s)", minors[i].text, rc, minors[i].rc,
                     od_error_last());
        if (rc == 0 && m != minors[i].want)
            fail_msg("'%s': got %lld, want %lld", minors[i].text, (long long)m,
                     (long long)minors[i].want);
        if (rc != 0 && m != 42)
            fail_msg("'%s': out was written on failure", minors[i].text);
    }
}

static const struct {
    od_money m;
    const char *want;
} formats[] = {
    {0, "0.00"},
    {1, "0.01"},
    {-1, "-0.01"},
    {5, "0.05"},
    {-5, "-0.05"},
    {99, "0.99"},
    {100, "1.00"},
    {-100, "-1.00"},
    {1230, "12.30"},
    {123450, "1234.50"},
    {-123450, "-1234.50"},
    {OD_MONEY_MAX, "10000000000000.00"},
    {-OD_MONEY_MAX, "-10000000000000.00"},
    {INT64_MAX, "92233720368547758.07"},
    {INT64_MIN, "-92233720368547758.08"},
};

static void test_format(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof(formats) / sizeof(formats[0]); i++) {
        char buf[OD_MONEY_STRLEN];

        assert_ptr_equal(od_money_format(formats[i].m, buf), buf);
        assert_string_equal(buf, formats[i].want);
    }
}

static void test_format_round_trip(void **state)
{
    static const od_money values[] = {0,     1,         -1,           1230,
                                      -1230, 123456789, OD_MONEY_MAX, -OD_MONEY_MAX};

    (void)state;
    for (size_t i = 0; i < sizeof(values) / sizeof(values[0]); i++) {
        char buf[OD_MONEY_STRLEN];
        od_money back = 0;

        od_money_format(values[i], buf);
        assert_int_equal(od_money_parse(buf, strlen(buf), &back), 0);
        assert_int_equal(back, values[i]);
    }
}

static const struct {
    od_money a, b;
    bool ok;
    od_money want;
} adds[] = {
    {1, 2, true, 3},
    {-5, 3, true, -2},
    {OD_MONEY_MAX, 0, true, OD_MONEY_MAX},
    {OD_MONEY_MAX - 1, 1, true, OD_MONEY_MAX},
    {OD_MONEY_MAX, 1, false, 0},
    {-OD_MONEY_MAX, -1, false, 0},
    {OD_MONEY_MAX, -OD_MONEY_MAX, true, 0},
    {OD_MONEY_NONE, 1, false, 0},
    {1, OD_MONEY_NONE, false, 0},
    {OD_MONEY_NONE, INT64_MAX, false, 0},
    {INT64_MAX, 1, false, 0},
};

static void test_add(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof(adds) / sizeof(adds[0]); i++) {
        od_money r = 42;

        if (od_money_add(adds[i].a, adds[i].b, &r) != adds[i].ok)
            fail_msg("add %lld + %lld: wrong verdict", (long long)adds[i].a, (long long)adds[i].b);
        assert_int_equal(r, adds[i].ok ? adds[i].want : 42);
    }
}

static const struct {
    od_money a;
    int64_t qty;
    bool ok;
    od_money want;
} muls[] = {
    {123, 3, true, 369},
    {123, 0, true, 0},
    {-123, 3, true, -369},
    {123, -3, true, -369},
    {OD_MONEY_MAX, 1, true, OD_MONEY_MAX},
    {OD_MONEY_MAX, -1, true, -OD_MONEY_MAX},
    {OD_MONEY_MAX, 2, false, 0},
    {OD_MONEY_MAX / 2 + 1, 2, false, 0},
    {1, INT64_MAX, false, 0},
    {-1, INT64_MIN, false, 0},
    {1000000, 1000000000000, false, 0},
    {OD_MONEY_NONE, 0, false, 0},
    {OD_MONEY_NONE, 1, false, 0},
};

static void test_mul(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof(muls) / sizeof(muls[0]); i++) {
        od_money r = 42;

        if (od_money_mul(muls[i].a, muls[i].qty, &r) != muls[i].ok)
            fail_msg("mul %lld * %lld: wrong verdict", (long long)muls[i].a,
                     (long long)muls[i].qty);
        assert_int_equal(r, muls[i].ok ? muls[i].want : 42);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_parse_accepts),
        cmocka_unit_test(test_parse_rejects),
        cmocka_unit_test(test_parse_detail_names_text),
        cmocka_unit_test(test_parse_uses_len),
        cmocka_unit_test(test_parse_minor),
        cmocka_unit_test(test_format),
        cmocka_unit_test(test_format_round_trip),
        cmocka_unit_test(test_add),
        cmocka_unit_test(test_mul),
    };

    return cmocka_run_group_tests(tests, NULL, NULL);
}
