/* Unit tests for lib/reconcile.c without a database: the period cut into
 * the connector's windows, the comparison of counts, and the ids a
 * re-fetch added. od_recon_run against PostgreSQL and the fakes is
 * tests/integration/test_reconcile.py. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "connector.h"
#include "error.h"
#include "reconcile.h"

#define SEC  1000000LL
#define HOUR (3600 * SEC)
#define T0   ((od_time)1764806400 * SEC) /* 2025-12-04T00:00:00Z */

/* Contiguous, inside [from, to), none wider than width, widths differing
 * by at most a second, whole seconds. */
static void check_windows(const struct od_recon *r, od_time from, od_time to, int64_t width)
{
    int64_t lo = INT64_MAX, hi = 0;

    assert_true(r->n > 0);
    assert_int_equal(r->w[0].from, from);
    assert_int_equal(r->w[r->n - 1].to, to);
    for (size_t i = 0; i < r->n; i++) {
        int64_t d = r->w[i].to - r->w[i].from;

        if (i)
            assert_int_equal(r->w[i].from, r->w[i - 1].to);
        assert_int_equal(r->w[i].from % SEC, 0);
        assert_true(d > 0 && d <= width);
        assert_int_equal(r->w[i].platform, -1);
        lo = d < lo ? d : lo;
        hi = d > hi ? d : hi;
    }
    assert_true(hi - lo <= SEC);
}

static void test_split(void **state)
{
    struct od_recon r = {0};

    (void)state;
    /* a day in windows of a day, 6 h, 30 min */
    assert_int_equal(od_recon_split(T0, T0 + 24 * HOUR, 86400000, &r), 0);
    assert_int_equal(r.n, 1);
    check_windows(&r, T0, T0 + 24 * HOUR, 24 * HOUR);
    assert_int_equal(od_recon_split(T0, T0 + 24 * HOUR, 6 * 3600000, &r), 0);
    assert_int_equal(r.n, 4);
    assert_int_equal(r.w[1].from, T0 + 6 * HOUR);
    check_windows(&r, T0, T0 + 24 * HOUR, 6 * HOUR);
    assert_int_equal(od_recon_split(T0, T0 + 24 * HOUR, 1800000, &r), 0);
    assert_int_equal(r.n, 48);
    check_windows(&r, T0, T0 + 24 * HOUR, 1800 * SEC);
    /* three days and 3 s in 6 h: 13 windows, no 3-second sliver at the end */
    assert_int_equal(od_recon_split(T0, T0 + 72 * HOUR + 3 * SEC, 6 * 3600000, &r), 0);
    assert_int_equal(r.n, 13);
    check_windows(&r, T0, T0 + 72 * HOUR + 3 * SEC, 6 * HOUR);
    assert_true(r.w[12].to - r.w[12].from > 5 * HOUR);
    /* sub-second bounds round down to the second */
    assert_int_equal(od_recon_split(T0 + 700000, T0 + 2 * HOUR + 999999, 3600000, &r), 0);
    assert_int_equal(r.n, 2);
    check_windows(&r, T0, T0 + 2 * HOUR, HOUR);
    /* a width under a minute is taken as a minute */
    assert_int_equal(od_recon_split(T0, T0 + 120 * SEC, 1000, &r), 0);
    assert_int_equal(r.n, 2);
    od_recon_free(&r);
    assert_int_equal(r.n, 0);
    assert_null(r.w);
}

static void test_split_refused(void **state)
{
    struct od_recon r = {0};

    (void)state;
    assert_int_equal(od_recon_split(T0, T0, 3600000, &r), OD_EINVAL);
    assert_int_equal(od_recon_split(T0 + HOUR, T0, 3600000, &r), OD_EINVAL);
    assert_int_equal(od_recon_split(T0, T0 + 59 * SEC, 3600000, &r), OD_EINVAL);
    assert_int_equal(od_recon_split(OD_TIME_NONE, T0, 3600000, &r), OD_EINVAL);
    assert_int_equal(od_recon_split(T0, OD_TIME_NONE, 3600000, &r), OD_EINVAL);
    /* more than 100000 windows: a period of years in one-minute windows */
    assert_int_equal(od_recon_split(T0, T0 + 24 * HOUR * 100, 60000, &r), OD_EINVAL);
    assert_int_equal(r.n, 0);
    od_recon_free(NULL);
}

static void test_differs_and_left(void **state)
{
    struct od_recon r = {0};

    (void)state;
    assert_int_equal(od_recon_split(T0, T0 + 3 * HOUR, 3600000, &r), 0);
    /* not counted yet: never a difference */
    assert_false(od_recon_differs(&r.w[0], 0));
    r.w[0].platform = 10, r.w[0].before = 9, r.w[0].after = 10; /* one missing, found */
    r.w[1].platform = 5, r.w[1].before = 6, r.w[1].after = 6;   /* one moved out, still */
    r.w[2].platform = 0, r.w[2].before = 0, r.w[2].after = 0;   /* empty, equal */
    assert_true(od_recon_differs(&r.w[0], r.w[0].before));
    assert_false(od_recon_differs(&r.w[0], r.w[0].after));
    assert_true(od_recon_differs(&r.w[1], r.w[1].before));
    assert_false(od_recon_differs(&r.w[2], r.w[2].before));
    assert_int_equal(od_recon_left(&r), 1);
    r.w[1].after = 5;
    assert_int_equal(od_recon_left(&r), 0);
    od_recon_free(&r);
}

static void test_new_ids(void **state)
{
    char *after[] = {"1001", "1002", "1003", "2001", "3000"};
    char *before[] = {"1000", "1002", "2001", "2002"};
    char *none[] = {NULL};
    char **out = NULL;
    size_t n = 0;

    (void)state;
    assert_int_equal(od_recon_new_ids(after, 5, before, 4, &out, &n), 0);
    assert_int_equal(n, 3);
    assert_string_equal(out[0], "1001");
    assert_string_equal(out[1], "1003");
    assert_string_equal(out[2], "3000");
    for (size_t i = 0; i < n; i++)
        free(out[i]);
    free(out);
    /* nothing before: everything is new; nothing after: nothing is */
    assert_int_equal(od_recon_new_ids(after, 5, none, 0, &out, &n), 0);
    assert_int_equal(n, 5);
    for (size_t i = 0; i < n; i++)
        free(out[i]);
    free(out);
    assert_int_equal(od_recon_new_ids(none, 0, before, 4, &out, &n), 0);
    assert_int_equal(n, 0);
    assert_null(out);
    /* the same set: nothing new */
    assert_int_equal(od_recon_new_ids(before, 4, before, 4, &out, &n), 0);
    assert_int_equal(n, 0);
    free(out);
}

/* A connector built against version 1 has no count, whatever follows
 * its struct; version 2 with count and count_limits can. */
static int fake_count(void *st, const struct od_count_window *w, int64_t *n)
{
    (void)st, (void)w;
    *n = 0;
    return 0;
}

static void fake_limits(void *st, int64_t *a, int64_t *b)
{
    (void)st;
    *a = *b = 0;
}

static void test_can_count(void **state)
{
    struct od_connector c = {
        .version = 1, .kind = "old", .count = fake_count, .count_limits = fake_limits};

    (void)state;
    assert_false(OD_CONNECTOR_CAN_COUNT(&c));
    c.version = 2;
    assert_true(OD_CONNECTOR_CAN_COUNT(&c));
    c.count_limits = NULL;
    assert_false(OD_CONNECTOR_CAN_COUNT(&c));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_split),
        cmocka_unit_test(test_split_refused),
        cmocka_unit_test(test_differs_and_left),
        cmocka_unit_test(test_new_ids),
        cmocka_unit_test(test_can_count),
    };

    return cmocka_run_group_tests(tests, NULL, NULL);
}
