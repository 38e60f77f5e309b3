/* connectors/common/window: the window planner on the fake clock of
 * lib/clock.h (bounds and the next window at a given "now", start_from
 * as a duration back from it), the cursor (written and read back; the
 * `page` of older orderds per connector), the page size of a resumed
 * walk, and the backward page walk against a simulated platform whose
 * items leave the range while it is walked. */
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "clock.h"
#include "connector.h"
#include "error.h"
#include "window.h"

#define SEC  1000000LL
#define MIN  (60 * SEC)
#define HOUR (60 * MIN)
#define NOW  (1764547200LL * SEC) /* 2025-12-01T00:00:00Z, the fake clock's time */

static struct od_fake_clock fc;

static int clock_start(void **state)
{
    (void)state;
    od_fake_clock_install(&fc, NOW);
    return 0;
}

static int clock_end(void **state)
{
    (void)state;
    od_clock_set(NULL);
    assert_int_equal(fc.slept_ms, 0); /* planning never sleeps */
    return 0;
}

static void window_init(struct od_window *w, od_time watermark)
{
    assert_int_equal(od_window_read(NULL, w), 0);
    w->watermark = watermark;
}

/* od_window_bounds: [watermark - overlap, now - lag], or from start_from
 * on the first sync; 0 when caught up. */
static void test_bounds(void **state)
{
    const struct {
        od_time watermark;
        int64_t overlap_ms, lag_ms;
        const char *start_from;
        int want;
        od_time start, end;
    } cases[] = {
        {NOW - HOUR, 60000, 60000, NULL, 1, NOW - HOUR - MIN, NOW - MIN},
        {NOW - HOUR, 0, 0, "30d", 1, NOW - HOUR, NOW}, /* start_from only counts first */
        {OD_TIME_NONE, 60000, 60000, NULL, 1, OD_TIME_NONE, NOW - MIN},
        {OD_TIME_NONE, 0, 60000, "2h", 1, NOW - 2 * HOUR, NOW - MIN},
        {OD_TIME_NONE, 0, 0, "2025-11-30T23:00:00Z", 1, NOW - HOUR, NOW},
        {OD_TIME_NONE, 0, 0, "not a time", 1, OD_TIME_NONE, NOW},
        {NOW - MIN, 0, 60000, NULL, 0, 0, 0},          /* the watermark reached now - lag */
        {NOW - 30 * SEC, 10000, 60000, NULL, 0, 0, 0}, /* past it */
        {NOW - MIN, 1, 60000, NULL, 1, NOW - MIN - 1000, NOW - MIN},
    };

    (void)state;
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        struct od_window w;
        od_time start = 7, end = 7;
        int got;

        window_init(&w, cases[i].watermark);
        got = od_window_bounds(&w, cases[i].overlap_ms, cases[i].lag_ms, cases[i].start_from,
                               &start, &end);
        if (got != cases[i].want || (got && (start != cases[i].start || end != cases[i].end)))
            fail_msg("case %zu: %d [%lld, %lld]", i, got, (long long)start, (long long)end);
        od_window_clear(&w);
    }
}

/* od_window_open in whole seconds, cut at max_window; a sync catches up
 * window by window as the clock moves, and stops when less than a
 * second is left. */
static void test_open_walks_to_now(void **state)
{
    struct od_window w;
    int windows = 0;

    (void)state;
    window_init(&w, OD_TIME_NONE);
    /* The first sync without start_from reaches back one max_window. */
    assert_int_equal(od_window_open(&w, 0, 60000, NULL, 30 * 60000), 1);
    assert_int_equal(w.after, NOW - MIN - 30 * MIN);
    assert_int_equal(w.window_to, NOW - MIN);
    assert_int_equal(w.page, 0);
    assert_int_equal(w.second, OD_TIME_NONE);
    od_window_clear(&w);

    /* Three days behind: 30-minute windows up to now - lag, then caught up. */
    window_init(&w, NOW - 72 * HOUR + 500000); /* not on a second */
    while (od_window_open(&w, 0, 60000, NULL, 30 * 60000)) {
        assert_int_equal(w.after % SEC, 0);
        assert_int_equal(w.window_to % SEC, 0);
        assert_true(w.window_to - w.after <= 30 * MIN);
        assert_true(w.window_to <= NOW - MIN);
        w.page = 3; /* a walk, ended by the next open */
        w.watermark = w.window_to;
        windows++;
        assert_true(windows < 1000);
    }
    assert_int_equal(windows, 144); /* 143 of 30 minutes and one of 29 up to now - lag */
    assert_int_equal(w.watermark, NOW - MIN);
    /* An hour later (the clock moved, nothing slept): two windows more. */
    od_fake_clock_advance(&fc, 3600 * 1000);
    windows = 0;
    while (od_window_open(&w, 0, 60000, NULL, 30 * 60000)) {
        assert_int_equal(w.page, 0);
        w.watermark = w.window_to;
        windows++;
    }
    assert_int_equal(windows, 2);
    assert_int_equal(w.watermark, NOW + HOUR - MIN);
    od_window_clear(&w);
}

/* The cursor, written and read back, with and without a walk. */
static void test_cursor_round_trip(void **state)
{
    struct od_window w, r;
    struct od_batch b;
    struct od_cursor c;

    (void)state;
    od_batch_init(&b, 10);
    window_init(&w, NOW - HOUR);
    w.window_to = NOW - MIN;
    w.after = NOW - 2 * MIN;
    w.second = NOW - 2 * MIN;
    w.page = 7;
    w.page_size = 25;
    assert_int_equal(od_window_write(&b, &w), 0);
    assert_string_equal(b.cursor,
                        "{\"watermark\":\"2025-11-30T23:00:00Z\",\"window_to\":"
                        "\"2025-11-30T23:59:00Z\",\"after\":\"2025-11-30T23:58:00Z\","
                        "\"second\":\"2025-11-30T23:58:00Z\",\"page\":7,\"page_size\":25}");
    c.json = b.cursor;
    assert_int_equal(od_window_read(&c, &r), 0);
    assert_int_equal(r.watermark, w.watermark);
    assert_int_equal(r.window_to, w.window_to);
    assert_int_equal(r.after, w.after);
    assert_int_equal(r.second, w.second);
    assert_int_equal(r.page, 7);
    assert_int_equal(r.page_size, 25);
    assert_null(r.next);
    od_window_clear(&r);
    /* No walk: neither page nor page_size nor second is written. */
    w.page = 0;
    w.second = OD_TIME_NONE;
    assert_int_equal(od_window_write(&b, &w), 0);
    assert_null(strstr(b.cursor, "page"));
    assert_null(strstr(b.cursor, "second"));
    /* A page out of range is a broken cursor. */
    c.json = "{\"watermark\":\"2025-11-30T23:00:00Z\",\"page\":-3}";
    assert_int_equal(od_window_read(&c, &r), OD_EINVAL);
    od_window_clear(&w);
    od_batch_free(&b);
}

/* Cursors of an older orderd: each connector's own `page`, read as the
 * next page to request at the current size. A cursor of this orderd
 * (with page_size) is not touched. */
static void test_old_cursors(void **state)
{
    const struct {
        const char *json;
        enum od_window_old_page old;
        int64_t size;
        int64_t page, page_size;
        bool second; /* second == after */
    } cases[] = {
        /* taobao, jd: 103 unread items at 25 a page: page 5 next */
        {"{\"after\":\"2025-11-30T23:00:00Z\",\"page\":103}", OD_WINDOW_OLD_UNREAD, 25, 5, 25,
         false},
        {"{\"after\":\"2025-11-30T23:00:00Z\",\"page\":100}", OD_WINDOW_OLD_UNREAD, 25, 4, 25,
         false},
        {"{\"after\":\"2025-11-30T23:00:00Z\",\"page\":1}", OD_WINDOW_OLD_UNREAD, 25, 1, 25, false},
        /* pinduoduo (it wrote page_size already), woocommerce: the next page */
        {"{\"after\":\"2025-11-30T23:00:00Z\",\"page\":4,\"page_size\":12}", OD_WINDOW_OLD_NEXT, 50,
         4, 12, false},
        {"{\"after\":\"2025-11-30T23:00:00Z\",\"page\":3}", OD_WINDOW_OLD_NEXT, 100, 3, 100, false},
        /* douyin: 1 = the second's first request, k >= 2 = its page k - 2 */
        {"{\"after\":\"2025-11-30T23:00:00Z\",\"page\":1}", OD_WINDOW_OLD_DY_INDEX, 50, 0, 50,
         true},
        {"{\"after\":\"2025-11-30T23:00:00Z\",\"page\":2}", OD_WINDOW_OLD_DY_INDEX, 50, 1, 50,
         true},
        {"{\"after\":\"2025-11-30T23:00:00Z\",\"page\":6}", OD_WINDOW_OLD_DY_INDEX, 50, 5, 50,
         true},
        /* no walk: nothing to convert */
        {"{\"after\":\"2025-11-30T23:00:00Z\"}", OD_WINDOW_OLD_DY_INDEX, 50, 0, 0, false},
        /* this orderd's cursors */
        {"{\"after\":\"2025-11-30T23:00:00Z\",\"second\":\"2025-11-30T23:00:00Z\",\"page\":2,"
         "\"page_size\":50}",
         OD_WINDOW_OLD_DY_INDEX, 50, 2, 50, true},
        {"{\"after\":\"2025-11-30T23:00:00Z\",\"page\":103,\"page_size\":1}", OD_WINDOW_OLD_UNREAD,
         25, 103, 1, false},
    };

    (void)state;
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        struct od_cursor c = {cases[i].json};
        struct od_window w;

        assert_int_equal(od_window_read(&c, &w), 0);
        od_window_read_old_page(&w, cases[i].old, cases[i].size);
        if (w.page != cases[i].page || w.page_size != cases[i].page_size ||
            (w.second == NOW - HOUR) != cases[i].second)
            fail_msg("%s: page %lld page_size %lld second %d", cases[i].json, (long long)w.page,
                     (long long)w.page_size, w.second != OD_TIME_NONE);
        od_window_clear(&w);
    }
}

/* A walk resumed at another page size goes on from the same item. */
static void test_page_size_change(void **state)
{
    const struct {
        int64_t page, page_size, size;
        bool backward;
        int64_t want;
    } cases[] = {
        {4, 25, 25, true, 4},  /* same size */
        {4, 25, 10, true, 10}, /* 100 unread: pages 1..10 of 10 */
        {4, 25, 30, true, 4},  /* 100 unread: page 4 of 30 holds the 91st-100th */
        {4, 25, 100, true, 1}, /* all in page 1 */
        {1, 100, 7, true, 15}, /* 100 unread at 7: 15 pages */
        {3, 25, 10, false, 6}, /* 50 read: page 6 of 10 is next */
        {3, 25, 20, false, 3}, /* 50 read: page 3 of 20 re-reads 41-50, skips none */
        {1, 25, 10, false, 1}, /* nothing read yet */
        {0, 25, 10, true, 0},  /* no walk */
        {5, 0, 10, true, 5},   /* no size known: taken as it is */
    };

    (void)state;
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        struct od_window w;

        window_init(&w, OD_TIME_NONE);
        w.page = cases[i].page;
        w.page_size = cases[i].page_size;
        od_window_page_size(&w, cases[i].size, cases[i].backward);
        if (w.page != cases[i].want || w.page_size != cases[i].size)
            fail_msg("case %zu: page %lld size %lld, want %lld", i, (long long)w.page,
                     (long long)w.page_size, (long long)cases[i].want);
    }
}

/* ---- the backward walk against a simulated platform --------------------
 *
 * The platform sorts a range's items by modified time and pages them
 * from 1. Between two requests an item may be modified: it leaves the
 * range (its new time is past window_to) and every item after it moves up
 * one place. The walk must read every item that never left; the walk may
 * be resumed between requests at another page size (a reload). */

#define MAXI 400

struct platform {
    int ids[MAXI]; /* the range, in order */
    int n;
    bool read[MAXI + 1]; /* by id */
    bool left[MAXI + 1];
    int requests;
};

static void platform_init(struct platform *p, int n)
{
    memset(p, 0, sizeof(*p));
    for (int i = 0; i < n; i++)
        p->ids[i] = i + 1;
    p->n = n;
}

/* Read page `page_no` of `size`; returns the range's total. */
static int64_t platform_page(struct platform *p, int64_t page_no, int64_t size)
{
    for (int64_t i = (page_no - 1) * size; i < page_no * size && i < p->n; i++)
        p->read[p->ids[i]] = true;
    p->requests++;
    return p->n;
}

static void platform_leave(struct platform *p, int pos)
{
    if (pos < 0 || pos >= p->n)
        return;
    p->left[p->ids[pos]] = true;
    memmove(&p->ids[pos], &p->ids[pos + 1], (size_t)(p->n - pos - 1) * sizeof(int));
    p->n--;
}

static void test_backward_walk_reads_every_item(void **state)
{
    const struct {
        int n;
        int64_t size;
        int leave_every;     /* every k-th request an item leaves (0: none) */
        int64_t resize_to;   /* at request 3 the walk resumes at this size (0: none) */
        bool cap_with_total; /* jd passes the total to od_window_walk_back */
    } cases[] = {
        {10, 25, 0, 0, false},   {25, 25, 0, 0, false},   {26, 25, 0, 0, false},
        {103, 25, 0, 0, false},  {103, 25, 1, 0, false},  {103, 25, 2, 0, true},
        {400, 7, 1, 0, true},    {400, 50, 1, 13, false}, {400, 13, 1, 50, true},
        {250, 100, 1, 1, false}, {60, 4, 3, 9, true},
    };

    (void)state;
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        struct platform p;
        struct od_window w;
        int64_t size = cases[i].size, total;
        unsigned seed = 7 + (unsigned)i;

        platform_init(&p, cases[i].n);
        window_init(&w, OD_TIME_NONE);
        /* The first request: page 1, which tells the total. */
        total = platform_page(&p, 1, size);
        if (od_window_walk_start(&w, total, size) > 0) {
            /* The first page is read again at the end of the walk; only
             * what it held before the walk counts as read by it. */
            memset(p.read, 0, sizeof(p.read));
        }
        while (w.page > 0) {
            if (cases[i].leave_every && p.requests % cases[i].leave_every == 0)
                platform_leave(&p, (int)(rand_r(&seed) % (unsigned)p.n));
            if (cases[i].resize_to && p.requests == 3) {
                size = cases[i].resize_to;
                od_window_page_size(&w, size, true);
            }
            total = platform_page(&p, w.page, size);
            od_window_walk_back(&w, cases[i].cap_with_total ? total : -1);
            assert_true(p.requests < 10 * MAXI);
        }
        for (int id = 1; id <= cases[i].n; id++)
            if (!p.read[id] && !p.left[id])
                fail_msg("case %zu: item %d never read (%d requests)", i, id, p.requests);
        if (!cases[i].leave_every && !cases[i].resize_to)
            assert_int_equal(p.requests,
                             cases[i].n > size ? 1 + (cases[i].n + size - 1) / size : 1);
    }
}

/* A window the platform says holds more than OD_WINDOW_MAX_PAGES pages is
 * refused before any walk starts (a hostile count, issue 18); exactly
 * that many pages is still walked. */
static void test_walk_of_too_many_pages_is_refused(void **state)
{
    const struct {
        int64_t total, size, page; /* page: what walk_start returns */
    } cases[] = {
        {(int64_t)OD_WINDOW_MAX_PAGES * 100, 100, OD_WINDOW_MAX_PAGES},
        {(int64_t)OD_WINDOW_MAX_PAGES * 100 + 1, 100, OD_EIO},
        {INT64_MAX, 100, OD_EIO},
        {INT64_MAX, 1, OD_EIO},
        {-5, 100, 0},
        {0, 100, 0},
    };

    (void)state;
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        struct od_window w;

        window_init(&w, OD_TIME_NONE);
        w.page = 7;
        od_error_clear();
        assert_int_equal(od_window_walk_start(&w, cases[i].total, cases[i].size), cases[i].page);
        if (cases[i].page < 0) {
            assert_int_equal(w.page, 7); /* unchanged */
            assert_non_null(strstr(od_error_last(), "lower max_window"));
            assert_int_equal(od_window_walk_check(cases[i].total, cases[i].size), OD_EIO);
        } else {
            assert_int_equal(od_window_walk_check(cases[i].total, cases[i].size), 0);
        }
    }
}

#define CLOCKED(f) cmocka_unit_test_setup_teardown(f, clock_start, clock_end)

int main(void)
{
    const struct CMUnitTest tests[] = {
        CLOCKED(test_bounds),
        CLOCKED(test_open_walks_to_now),
        CLOCKED(test_cursor_round_trip),
        CLOCKED(test_old_cursors),
        CLOCKED(test_page_size_change),
        CLOCKED(test_backward_walk_reads_every_item),
        CLOCKED(test_walk_of_too_many_pages_is_refused),
    };

    return cmocka_run_group_tests(tests, NULL, NULL);
}
