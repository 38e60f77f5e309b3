/* lib/clock: the fake clock (readings, sleeps, advance), the stop-aware
 * wait on it (slices, stop before and between slices, nothing slept for
 * nothing), and the real clocks once the fake is removed (the one test
 * here that waits on real time: a stop is seen within a slice). */
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "clock.h"

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

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_fake_readings_and_sleep),
        cmocka_unit_test(test_wait_slices_and_stop),
        cmocka_unit_test(test_set_switches_clocks),
        cmocka_unit_test(test_real_wait_stops_within_a_slice),
    };

    return cmocka_run_group_tests(tests, NULL, NULL);
}
