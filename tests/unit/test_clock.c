/* lib/clock: the fake clock (readings, sleeps, advance), the stop-aware
 * wait on it (slices, stop before and between slices, nothing slept for
 * nothing), the real clocks once the fake is removed (a stop is seen
 * within a slice), the scaled clock (readings, sleeps, its spec) and the
 * condition wait on each kind of clock. The tests on real time bound it
 * from below exactly and from above loosely (a loaded machine). */
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <string.h>
#include <pthread.h>
#include <stdint.h>
#include <time.h>

#include <cmocka.h>

#include "clock.h"
#include "error.h"

#define T0 (1764547200LL * 1000000) /* 2025-12-01T00:00:00Z */

static struct od_fake_clock fc;

static void test_fake_readings_and_sleep(void **state)
{
    (void)state;
    fc.slept_ms = 99; /* install resets everything */
    od_fake_clock_install(&fc, T0);
    assert_int_equal(od_clock_mono_ms(), 0);
    assert_int_equal(od_clock_now(), T0);
    assert_int_equal(fc.slept_ms, 0);
    od_clock_sleep_ms(250);
    assert_int_equal(od_clock_mono_ms(), 250);
    assert_int_equal(od_clock_now(), T0 + 250000);
    od_clock_sleep_ms(0); /* nothing: not a sleep */
    od_clock_sleep_ms(-5);
    assert_int_equal(fc.sleeps, 1);
    od_fake_clock_advance(&fc, 3600 * 1000);
    assert_int_equal(od_clock_mono_ms(), 250 + 3600 * 1000);
    assert_int_equal(od_clock_now(), T0 + 250000 + 3600LL * 1000000);
    assert_int_equal(fc.slept_ms, 250); /* advancing is not sleeping */
    assert_int_equal(fc.longest_ms, 250);
    od_clock_set(NULL);
}

struct stopper {
    int asked;
    int stop_at; /* say stop on this call (1-based; 0: never) */
};

static bool stop_on_call(void *ud)
{
    struct stopper *s = ud;

    s->asked++;
    return s->stop_at > 0 && s->asked >= s->stop_at;
}

/* od_clock_wait: a table of waits and when stop says so. */
static void test_wait_slices_and_stop(void **state)
{
    const struct {
        int64_t ms;
        int stop_at;
        bool want;
        int64_t slept;
        unsigned sleeps;
        int asked;
    } cases[] = {
        {250, 0, true, 250, 3, 4}, /* 100 + 100 + 50, asked before each and at the end */
        {100, 0, true, 100, 1, 2}, /* exactly one slice */
        {1, 0, true, 1, 1, 2},     /* a short wait is one short slice */
        {8000, 0, true, 8000, 80, 81},
        {8000, 1, false, 0, 0, 1},   /* stop before the first slice: nothing slept */
        {8000, 4, false, 300, 3, 4}, /* stop asked before the 4th slice */
        {250, 4, false, 250, 3, 4},  /* stop at the end still says stopped */
        {0, 0, true, 0, 0, 1},       /* no wait: asked once */
        {-10, 1, false, 0, 0, 1},
    };

    (void)state;
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        struct stopper s = {0, cases[i].stop_at};
        bool got;

        od_fake_clock_install(&fc, T0);
        got = od_clock_wait(cases[i].ms, stop_on_call, &s);
        if (got != cases[i].want || fc.slept_ms != cases[i].slept || fc.sleeps != cases[i].sleeps ||
            s.asked != cases[i].asked)
            fail_msg("wait %lld stop at %d: %d slept %lld in %u, asked %d", (long long)cases[i].ms,
                     cases[i].stop_at, got, (long long)fc.slept_ms, fc.sleeps, s.asked);
        assert_true(fc.longest_ms <= OD_CLOCK_SLICE_MS);
        assert_int_equal(od_clock_now(), T0 + fc.slept_ms * 1000);
    }
    /* Without a stop function the whole time is slept. */
    od_fake_clock_install(&fc, T0);
    assert_true(od_clock_wait(1234, NULL, NULL));
    assert_int_equal(fc.slept_ms, 1234);
    od_clock_set(NULL);
}

/* Two clocks in turn: the one installed last is read. */
static void test_set_switches_clocks(void **state)
{
    struct od_fake_clock other;

    (void)state;
    od_fake_clock_install(&fc, T0);
    od_fake_clock_install(&other, T0 + 5000000);
    assert_int_equal(od_clock_now(), T0 + 5000000);
    od_clock_sleep_ms(10);
    assert_int_equal(other.slept_ms, 10);
    assert_int_equal(fc.slept_ms, 0);
    od_clock_set(&fc.ops);
    assert_int_equal(od_clock_now(), T0);
    od_clock_set(NULL);
    assert_true(od_clock_now() > T0); /* the real wall clock is past 2025-12-01 */
}

static int64_t t0;

static bool after_200ms(void *ud)
{
    (void)ud;
    return od_clock_mono_ms() - t0 >= 200;
}

/* The real clocks: a stop is seen within a slice (100 ms), not after the
 * 8 s asked for. */
static void test_real_wait_stops_within_a_slice(void **state)
{
    int64_t took;

    (void)state;
    od_clock_set(NULL);
    t0 = od_clock_mono_ms();
    assert_false(od_clock_wait(8000, after_200ms, NULL));
    took = od_clock_mono_ms() - t0;
    assert_true(took >= 200);
    if (took > 900)
        fail_msg("stop took %lld ms", (long long)took);
}

/* The scaled clock: a second of it is 1/scale real seconds. */
static void test_scaled_clock(void **state)
{
    struct od_scaled_clock c;
    od_time now = od_time_now(), a, b;
    int64_t m0, m1, r0, r1;

    (void)state;
    od_scaled_clock_install(&c, now, T0, 1000);
    a = od_clock_now();
    assert_true(a >= T0 && a < T0 + INT64_C(3600) * 1000000); /* < 3.6 s real since */
    m0 = od_clock_mono_ms();
    r0 = od_time_now();
    od_clock_sleep_ms(60000); /* a minute of this clock: 60 ms real */
    r1 = od_time_now();
    m1 = od_clock_mono_ms();
    b = od_clock_now();
    assert_true(r1 - r0 >= 59000);
    if (r1 - r0 > 5000000)
        fail_msg("a scaled minute took %lld us real", (long long)(r1 - r0));
    assert_true(m1 - m0 >= 59000);
    assert_true(b - a >= INT64_C(59000) * 1000);
    od_clock_set(NULL);
    assert_true(od_clock_now() < T0 || od_clock_now() > b); /* real again */
}

static void test_scaled_clock_spec(void **state)
{
    static const struct {
        const char *spec;
        int rc;
        int64_t start, origin, scale;
    } cases[] = {
        {"start=1764547200,origin=1764500000,scale=86400", 0, 1764547200, 1764500000, 86400},
        {"scale=10,start=5,origin=7", 0, 5, 7, 10},
        {"start=100", 0, 100, -1, 1}, /* origin: now */
        {"", OD_ECONFIG, 0, 0, 0},    /* start is needed */
        {"origin=5,scale=2", OD_ECONFIG, 0, 0, 0},
        {"start=abc", OD_ECONFIG, 0, 0, 0},
        {"start=5,scale=0", OD_ECONFIG, 0, 0, 0},
        {"start=5,scale=20000000", OD_ECONFIG, 0, 0, 0},
        {"start=-5", OD_ECONFIG, 0, 0, 0},
        {"start=5,speed=2", OD_ECONFIG, 0, 0, 0},
        {"start=5,", OD_ECONFIG, 0, 0, 0},
        {"start", OD_ECONFIG, 0, 0, 0},
        {"start=5x", OD_ECONFIG, 0, 0, 0},
    };

    (void)state;
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        struct od_scaled_clock c = {0};
        int rc = od_scaled_clock_parse(cases[i].spec, &c);

        if (rc != cases[i].rc)
            fail_msg("\"%s\": %d, want %d (%s)", cases[i].spec, rc, cases[i].rc, od_error_last());
        if (rc < 0) {
            assert_non_null(strstr(od_error_last(), cases[i].spec));
            continue;
        }
        assert_int_equal(c.start, cases[i].start * 1000000);
        assert_int_equal(c.scale, cases[i].scale);
        if (cases[i].origin >= 0)
            assert_int_equal(c.origin, cases[i].origin * 1000000);
        else
            assert_true(c.origin > T0);
    }
}

struct waiter {
    pthread_mutex_t mu;
    pthread_cond_t cond;
    bool done;
    int asked;
};

static bool waiter_done(void *ud)
{
    struct waiter *w = ud;

    w->asked++;
    return w->done;
}

static void *finish_soon(void *arg)
{
    struct waiter *w = arg;
    struct timespec ts = {0, 50 * 1000000};

    nanosleep(&ts, NULL);
    pthread_mutex_lock(&w->mu);
    w->done = true;
    pthread_cond_broadcast(&w->cond);
    pthread_mutex_unlock(&w->mu);
    return NULL;
}

/* od_clock_cond_wait on the fake (slices, time moved), the scaled (real
 * time divided) and the real clock (woken by a broadcast long before its
 * time), and od_real_cond_wait whatever is installed. */
static void test_cond_wait(void **state)
{
    struct waiter w = {PTHREAD_MUTEX_INITIALIZER, PTHREAD_COND_INITIALIZER, false, 0};
    struct od_scaled_clock sc;
    pthread_t t;
    od_time r0, r1;

    (void)state;
    od_fake_clock_install(&fc, T0);
    pthread_mutex_lock(&w.mu);
    assert_false(od_clock_cond_wait(&w.cond, &w.mu, 250, waiter_done, &w));
    assert_int_equal(fc.slept_ms, 250);
    assert_int_equal(fc.sleeps, 3);
    assert_int_not_equal(pthread_mutex_trylock(&w.mu), 0); /* still locked by us */
    w.done = true;
    fc.slept_ms = 0;
    assert_true(od_clock_cond_wait(&w.cond, &w.mu, 250, waiter_done, &w));
    assert_int_equal(fc.slept_ms, 0); /* done at once: nothing slept */
    w.done = false;

    od_scaled_clock_install(&sc, od_time_now(), T0, 1000);
    r0 = od_time_now();
    assert_false(od_clock_cond_wait(&w.cond, &w.mu, 20000, waiter_done, &w)); /* 20 ms real */
    r1 = od_time_now();
    assert_true(r1 - r0 >= 19000);
    if (r1 - r0 > 5000000)
        fail_msg("20 scaled seconds took %lld us real", (long long)(r1 - r0));

    /* The real clock, installed or not: a broadcast ends an hour's wait. */
    for (int real = 0; real < 2; real++) {
        od_clock_set(real ? &sc.ops : NULL);
        w.done = false;
        r0 = od_time_now();
        assert_int_equal(pthread_create(&t, NULL, finish_soon, &w), 0);
        if (real)
            assert_true(od_real_cond_wait(&w.cond, &w.mu, 3600 * 1000, waiter_done, &w));
        else
            assert_true(od_clock_cond_wait(&w.cond, &w.mu, 3600 * 1000, waiter_done, &w));
        r1 = od_time_now();
        pthread_mutex_unlock(&w.mu);
        pthread_join(t, NULL);
        pthread_mutex_lock(&w.mu);
        assert_true(r1 - r0 >= 40000);
        if (r1 - r0 > 30000000)
            fail_msg("the broadcast took %lld us", (long long)(r1 - r0));
    }
    pthread_mutex_unlock(&w.mu);
    od_clock_set(NULL);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_fake_readings_and_sleep),
        cmocka_unit_test(test_wait_slices_and_stop),
        cmocka_unit_test(test_set_switches_clocks),
        cmocka_unit_test(test_real_wait_stops_within_a_slice),
        cmocka_unit_test(test_scaled_clock),
        cmocka_unit_test(test_scaled_clock_spec),
        cmocka_unit_test(test_cond_wait),
    };

    return cmocka_run_group_tests(tests, NULL, NULL);
}
