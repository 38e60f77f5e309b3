/* Unit tests for lib/stats.c: stage counters add up per process and per
 * thread, and laps chain without losing time. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <time.h>

#include <cmocka.h>
#include <pthread.h>

#include "stats.h"

static void test_add_and_names(void **state)
{
    (void)state;
    uint64_t before = od_stats_ns(OD_STAGE_AUDIT), mine = od_stats_thread_ns(OD_STAGE_AUDIT);

    od_stats_add(OD_STAGE_AUDIT, 1500);
    od_stats_add(OD_STAGE_AUDIT, 500);
    assert_int_equal(od_stats_ns(OD_STAGE_AUDIT) - before, 2000);
    assert_int_equal(od_stats_thread_ns(OD_STAGE_AUDIT) - mine, 2000);
    /* out of range: ignored */
    od_stats_add(OD_STAGE_N, 99);
    assert_int_equal(od_stats_ns(OD_STAGE_N), 0);
    assert_string_equal(od_stats_name(OD_STAGE_READ), "read");
    assert_string_equal(od_stats_name(OD_STAGE_DB), "database");
    assert_string_equal(od_stats_name(OD_STAGE_N), "?");
}

static void test_lap_chains(void **state)
{
    (void)state;
    uint64_t before = od_stats_ns(OD_STAGE_PARSE), t0 = od_stats_now(), t1, t2;
    struct timespec ms = {0, 2000000};

    nanosleep(&ms, NULL);
    t1 = od_stats_lap(OD_STAGE_PARSE, t0);
    nanosleep(&ms, NULL);
    t2 = od_stats_lap(OD_STAGE_PARSE, t1);
    assert_true(t1 - t0 >= 2000000);
    /* two laps count exactly the span from the first start to the last stop */
    assert_int_equal(od_stats_ns(OD_STAGE_PARSE) - before, t2 - t0);
}

static void *other_thread(void *arg)
{
    (void)arg;
    od_stats_add(OD_STAGE_READ, 7000);
    return NULL;
}

static void test_threads_count_apart(void **state)
{
    (void)state;
    uint64_t all = od_stats_ns(OD_STAGE_READ), mine = od_stats_thread_ns(OD_STAGE_READ);
    pthread_t t;

    assert_int_equal(pthread_create(&t, NULL, other_thread, NULL), 0);
    assert_int_equal(pthread_join(t, NULL), 0);
    assert_int_equal(od_stats_ns(OD_STAGE_READ) - all, 7000);
    assert_int_equal(od_stats_thread_ns(OD_STAGE_READ) - mine, 0);
}

/* The HTTP statuses a thread saw, each once, then nothing until more. */
static void test_http_counts_taken_once(void **state)
{
    struct od_stats_status got[8];
    size_t n;

    (void)state;
    od_stats_take_http(got, 8); /* whatever an earlier test left */
    od_stats_http(200);
    od_stats_http(429);
    od_stats_http(200);
    od_stats_http(0);
    n = od_stats_take_http(got, 8);
    assert_int_equal(n, 3);
    assert_int_equal(got[0].status, 200);
    assert_int_equal(got[0].n, 2);
    assert_int_equal(got[1].status, 429);
    assert_int_equal(got[1].n, 1);
    assert_int_equal(got[2].status, 0);
    assert_int_equal(got[2].n, 1);
    assert_int_equal(od_stats_take_http(got, 8), 0);
}

/* More distinct statuses than a thread keeps: the rest count as -1. */
static void test_http_counts_overflow_to_other(void **state)
{
    struct od_stats_status got[32];
    size_t n;
    uint64_t total = 0;

    (void)state;
    for (long st = 200; st < 220; st++)
        od_stats_http(st);
    od_stats_http(219);
    n = od_stats_take_http(got, 32);
    assert_int_equal(n, 17);
    for (size_t i = 0; i < n; i++)
        total += got[i].n;
    assert_int_equal(total, 21);
    assert_int_equal(got[16].status, -1);
    assert_int_equal(got[16].n, 5);
    assert_int_equal(od_stats_take_http(got, 32), 0);
}

static void test_messages_taken_once(void **state)
{
    (void)state;
    od_stats_take_messages();
    od_stats_message();
    od_stats_message();
    assert_int_equal(od_stats_take_messages(), 2);
    assert_int_equal(od_stats_take_messages(), 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_add_and_names),
        cmocka_unit_test(test_lap_chains),
        cmocka_unit_test(test_threads_count_apart),
        cmocka_unit_test(test_http_counts_taken_once),
        cmocka_unit_test(test_http_counts_overflow_to_other),
        cmocka_unit_test(test_messages_taken_once),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
