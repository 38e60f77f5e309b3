/* Unit tests for the pure helpers of lib/report_html.c (HTML escaping and
 * bar lengths) and the mail lib/report_mail.c builds from a report without
 * a database. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "buf.h"
#include "config.h"
#include "error.h"
#include "report.h"
#include "report_mail.h"

static void test_escape(void **state)
{
    static const struct {
        const char *in, *want;
    } cases[] = {
        {"", ""},
        {"plain 订单", "plain 订单"},
        {"<script>&\"x'", "&lt;script&gt;&amp;&quot;x&#39;"},
        {"&amp;", "&amp;amp;"},
    };
    (void)state;
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        struct od_buf b;

        od_buf_init(&b, 1024);
        assert_int_equal(od_html_escape(&b, cases[i].in), 0);
        assert_int_equal(od_buf_addc(&b, '\0'), 0);
        assert_string_equal(b.data, cases[i].want);
        od_buf_free(&b);
    }
}

static void test_bar_len(void **state)
{
    (void)state;
    assert_int_equal(od_report_bar_len(8, 8, 400), 400);
    assert_int_equal(od_report_bar_len(2, 8, 400), 100);
    assert_int_equal(od_report_bar_len(0.3, 18.8, 400), 6); /* 6.38 */
    assert_int_equal(od_report_bar_len(0, 8, 400), 0);
    assert_int_equal(od_report_bar_len(-1, 8, 400), 0);
    assert_int_equal(od_report_bar_len(5, 0, 400), 0);
    assert_int_equal(od_report_bar_len(9, 8, 400), 400);
}

/* An empty report of 2026-11-20 in Asia/Shanghai. */
static void empty_report(struct od_report *r)
{
    memset(r, 0, sizeof(*r));
    assert_int_equal(od_report_period_day("2026-11-20", "Asia/Shanghai", &r->period), 0);
    r->prev = r->period;
    r->audit.median_decision_seconds = -1;
}

static void test_mail_headers_and_refusals(void **state)
{
    static const struct {
        const char *from;
        char *to; /* one recipient */
        int rc;
    } cases[] = {
        {"reports@example.com", "clerk@example.com", 0},
        {"reports@example.com", "clerk@example.com\r\nBcc: x@evil.example", OD_EINVAL},
        {"reports@example.com\nBcc: x@evil.example", "clerk@example.com", OD_EINVAL},
        {"reports@example.com", "<clerk@example.com>", OD_EINVAL},
        {"reports@example.com", "no-at-sign", OD_EINVAL},
        {"", "clerk@example.com", OD_EINVAL},
        {"reports@example.com", "a@b.c, d@e.f", OD_EINVAL},
    };
    struct od_report r;

    (void)state;
    empty_report(&r);
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        char *items[] = {cases[i].to};
        struct od_strlist to = {.n = 1, .items = items};
        struct od_buf b;
        int rc;

        od_buf_init(&b, 1u << 20);
        rc = od_report_mail_build(&r, NULL, cases[i].from, &to, INT64_C(1764547200000000), &b);
        assert_int_equal(rc, cases[i].rc);
        if (rc == 0) {
            assert_int_equal(od_buf_addc(&b, '\0'), 0);
            /* "订单日报 2026-11-20" as one encoded word */
            assert_non_null(
                strstr(b.data, "\r\nSubject: =?UTF-8?B?6K6i5Y2V5pel5oqlIDIwMjYtMTEtMjA=?=\r\n"));
            assert_non_null(
                strstr(b.data, "From: <reports@example.com>\r\nTo: <clerk@example.com>\r\n"));
            assert_non_null(strstr(b.data, "\r\nDate: Mon, 01 Dec 2025 00:00:00 +0000\r\n"));
            assert_non_null(strstr(b.data, "multipart/alternative"));
            for (const char *p = b.data; *p; p++)
                assert_true((unsigned char)*p < 0x80); /* 7-bit */
        }
        od_buf_free(&b);
    }
    {
        struct od_strlist none = {0};
        struct od_buf b;

        od_buf_init(&b, 1u << 20);
        assert_int_equal(od_report_mail_build(&r, NULL, "a@b.c", &none, 0, &b), OD_EINVAL);
        od_buf_free(&b);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_escape),
        cmocka_unit_test(test_bar_len),
        cmocka_unit_test(test_mail_headers_and_refusals),
    };

    return cmocka_run_group_tests(tests, NULL, NULL);
}
