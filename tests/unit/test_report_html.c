/* Unit tests for the pure helpers of lib/report_html.c: HTML escaping and
 * bar lengths. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "buf.h"
#include "report.h"

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

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_escape),
        cmocka_unit_test(test_bar_len),
    };

    return cmocka_run_group_tests(tests, NULL, NULL);
}
