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

/* ---- unit prices (od_price, ten-thousandths) ---------------------------- */

static const struct {
    const char *text;
    int64_t want; /* ten-thousandths */
} price_accepts[] = {
    {"0.125", 1250},
    {"0.0385", 385},
    {"1.2345", 12345},
    {"1,234.5678", 12345678},
    {"\xc2\xa5"
     "0.125",
     1250}, /* ¥0.125 */
    {"\xef\xbf\xa5"
     "0.0385",
     385}, /* ￥0.0385 (full-width yen) */
    {"USD 0.0385", 385},
    {"0.0385 RMB", 385},
    {"59", 590000},
    {"59.00", 590000},
    {"59.5", 595000},
    {".5", 5000},
    {"0.12500000", 1250},
    {"(0.125)", -1250},
    {"-0.0001", -1},
    {"0.0001", 1},
    {"1,23,456.7891", 1234567891},
    {" 0.125 ", 1250},
    {"10000000000000.0000", OD_PRICE_MAX},
    {"-10,000,000,000,000", -OD_PRICE_MAX},
};

static const struct {
    const char *text;
    const char *why;
} price_rejects[] = {
    {"0.12345", "more than four decimals"},
    {"0.00001", "more than four decimals"},
    {"1.23456", "more than four decimals"},
    {"", "empty"},
    {"abc", "unexpected character before the number"},
    {"0,125", "a thousands separator after a leading 0"},
    {"1.2.3", "second decimal point"},
    {"1e5", "unexpected text after the number"},
    {"10000000000000.0001", "beyond the largest amount accepted"},
    {"NaN", "unexpected character before the number"},
    {"12.", "no digits after the decimal point"},
};

static void test_price_parse(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof(price_accepts) / sizeof(price_accepts[0]); i++) {
        od_price p = OD_PRICE_NONE;
        const char *t = price_accepts[i].text;

        if (od_price_parse(t, strlen(t), &p) != 0)
            fail_msg("'%s': refused: %s", t, od_error_last());
        if (p.e4 != price_accepts[i].want)
            fail_msg("'%s': %lld, want %lld", t, (long long)p.e4, (long long)price_accepts[i].want);
    }
    for (size_t i = 0; i < sizeof(price_rejects) / sizeof(price_rejects[0]); i++) {
        od_price p = {42};
        const char *t = price_rejects[i].text;

        if (od_price_parse(t, strlen(t), &p) != OD_EINVAL)
            fail_msg("'%s': accepted as %lld", t, (long long)p.e4);
        assert_int_equal(p.e4, 42);
        if (!strstr(od_error_last(), price_rejects[i].why))
            fail_msg("'%s': detail '%s' lacks '%s'", t, od_error_last(), price_rejects[i].why);
        if (t[0] && !strstr(od_error_last(), "is not a price"))
            fail_msg("'%s': detail '%s' does not say a price", t, od_error_last());
    }
    /* the amount parser still refuses a third decimal */
    {
        od_money m;

        assert_int_equal(od_money_parse("0.125", 5, &m), OD_EINVAL);
        assert_non_null(strstr(od_error_last(), "more than two decimals"));
    }
}

static const struct {
    int64_t e4;
    const char *want;
} price_formats[] = {
    {590000, "59.00"},
    {1250, "0.125"},
    {385, "0.0385"},
    {12345, "1.2345"},
    {0, "0.00"},
    {1, "0.0001"},
    {10, "0.001"},
    {100, "0.01"},
    {5000, "0.50"},
    {-1250, "-0.125"},
    {-385, "-0.0385"},
    {-100, "-0.01"},
    {12345678, "1234.5678"},
    {OD_PRICE_MAX, "10000000000000.00"},
    {-OD_PRICE_MAX, "-10000000000000.00"},
};

static void test_price_format(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof(price_formats) / sizeof(price_formats[0]); i++) {
        char buf[OD_MONEY_STRLEN];
        od_price back;

        assert_ptr_equal(od_price_format((od_price){price_formats[i].e4}, buf), buf);
        assert_string_equal(buf, price_formats[i].want);
        assert_int_equal(od_price_parse(buf, strlen(buf), &back), 0);
        assert_int_equal(back.e4, price_formats[i].e4);
    }
}

/* A price of whole cents prints exactly as the amount does: what an
 * order's JSON says (and so its content hash) does not change with the
 * price type. Every cent from -10.00 to 10.00, then big and edge ones. */
static void test_price_of_cents_prints_as_money(void **state)
{
    static const od_money edges[] = {OD_MONEY_MAX, -OD_MONEY_MAX, 123456789,
                                     -987654321,   100000,        99999999999999};

    (void)state;
    for (od_money m = -1000; m <= 1000 + (od_money)(sizeof(edges) / sizeof(edges[0])); m++) {
        od_money v = m <= 1000 ? m : edges[m - 1001];
        char a[OD_MONEY_STRLEN], b[OD_MONEY_STRLEN];
        od_price p = od_price_from_money(v);
        od_money back = 0;

        assert_string_equal(od_price_format(p, b), od_money_format(v, a));
        assert_true(od_price_to_money(p, &back));
        assert_int_equal(back, v);
    }
    assert_true(od_price_is_none(od_price_from_money(OD_MONEY_NONE)));
    {
        od_money back = 7;

        assert_false(od_price_to_money((od_price){1250}, &back));
        assert_false(od_price_to_money(OD_PRICE_NONE, &back));
        assert_int_equal(back, 7);
    }
}

static const struct {
    int64_t e4, qty;
    bool ok;
    od_money want; /* cents */
} price_amounts[] = {
    {1250, 1000, true, 12500}, /* 1000 x 0.125 = 125.00 */
    {385, 3, true, 12},        /* 0.1155 -> 0.12 */
    {385, 1, true, 4},         /* 0.0385 -> 0.04 */
    {50, 1, true, 1},          /* 0.005: half up */
    {49, 1, true, 0},          /* 0.0049 */
    {150, 1, true, 2},         /* 0.015 -> 0.02 */
    {-50, 1, true, -1},        /* half away from zero */
    {-49, 1, true, 0},
    {12345, 7, true, 864}, /* 8.6415 -> 8.64 */
    {590000, 2, true, 11800},
    {OD_PRICE_MAX, 1, true, OD_MONEY_MAX},
    {OD_PRICE_MAX, 2, false, 0},
    {1, INT64_MAX, false, 0}, /* 922337203685477.5807 units: too much */
    {100, INT64_MAX, false, 0},
    {OD_PRICE_MAX + 1, 1, false, 0},
    {INT64_MIN, 1, false, 0}, /* none */
    {1250, 0, true, 0},
};

static void test_price_amount(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof(price_amounts) / sizeof(price_amounts[0]); i++) {
        od_money r = 42;

        if (od_price_amount((od_price){price_amounts[i].e4}, price_amounts[i].qty, &r) !=
            price_amounts[i].ok)
            fail_msg("amount %lld x %lld: wrong verdict", (long long)price_amounts[i].e4,
                     (long long)price_amounts[i].qty);
        assert_int_equal(r, price_amounts[i].ok ? price_amounts[i].want : 42);
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
        cmocka_unit_test(test_price_parse),
        cmocka_unit_test(test_price_format),
        cmocka_unit_test(test_price_of_cents_prints_as_money),
        cmocka_unit_test(test_price_amount),
    };

    return cmocka_run_group_tests(tests, NULL, NULL);
}
