/* lib/backoff: the wait of a channel between polls, run as the scheduler
 * runs it (delay from od_backoff_next, then a stop-aware wait) on the fake
 * clock of lib/clock.h: the backoff doubles with jitter down to half of
 * it up to the cap, jumps to the cap for rejected credentials, keeps a
 * server-given wait as its minimum (cut at the cap), leaves an instance
 * conflict at one interval, and resets on success. */
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "backoff.h"
#include "clock.h"
#include "error.h"

#define T0      (1764547200LL * 1000000) /* 2025-12-01T00:00:00Z */
#define POLL    60000
#define INITIAL 1000
#define CAP     300000

static struct od_fake_clock fc;

/* One poll's wait as the scheduler does it: the delay, slept on the
 * clock; returns the delay after checking the clock moved by it. */
static int64_t wait_after(struct od_backoff *b, int rc, int64_t retry_after)
{
    int64_t before = od_clock_mono_ms(), delay = od_backoff_next(b, rc, POLL, retry_after);

    assert_true(od_clock_wait(delay, NULL, NULL));
    assert_int_equal(od_clock_mono_ms() - before, delay);
    return delay;
}

static void test_doubles_with_jitter_up_to_the_cap(void **state)
{
    /* failure n: backoff min(INITIAL * 2^(n-1), CAP), delay in [half, all] */
    static const int64_t expect[] = {1000,  2000,   4000,   8000,   16000, 32000,
                                     64000, 128000, 256000, 300000, 300000};
    struct od_backoff b = {.initial_ms = INITIAL, .cap_ms = CAP, .seed = 7};
    int64_t total = 0;
    bool jittered = false;

    (void)state;
    od_fake_clock_install(&fc, T0);
    for (size_t i = 0; i < sizeof(expect) / sizeof(expect[0]); i++) {
        int64_t d = wait_after(&b, OD_EIO, 0);

        assert_int_equal(b.cur_ms, expect[i]);
        if (d < expect[i] / 2 || d > expect[i])
            fail_msg("failure %zu: delay %lld outside [%lld, %lld]", i + 1, (long long)d,
                     (long long)expect[i] / 2, (long long)expect[i]);
        if (d != expect[i] && d != expect[i] / 2)
            jittered = true;
        total += d;
    }
    assert_true(jittered);
    assert_int_equal(fc.slept_ms, total); /* only the waits were slept */
    od_clock_set(NULL);
}

static void test_success_resets(void **state)
{
    struct od_backoff b = {.initial_ms = INITIAL, .cap_ms = CAP, .seed = 11};
    int64_t d;

    (void)state;
    od_fake_clock_install(&fc, T0);
    for (int i = 0; i < 6; i++)
        wait_after(&b, OD_EIO, 0);
    assert_int_equal(b.cur_ms, 32000);
    d = wait_after(&b, 0, 0); /* the poll interval, +-10% */
    assert_int_equal(b.cur_ms, 0);
    assert_in_range(d, POLL * 9 / 10, POLL * 11 / 10);
    d = wait_after(&b, OD_EIO, 0); /* starts over */
    assert_int_equal(b.cur_ms, INITIAL);
    assert_in_range(d, INITIAL / 2, INITIAL);
    od_clock_set(NULL);
}

static void test_auth_server_wait_and_busy(void **state)
{
    struct od_backoff b = {.initial_ms = INITIAL, .cap_ms = CAP, .seed = 3};
    int64_t d;

    (void)state;
    od_fake_clock_install(&fc, T0);
    /* rejected credentials and configuration errors wait the cap */
    d = wait_after(&b, OD_EAUTH, 0);
    assert_int_equal(b.cur_ms, CAP);
    assert_in_range(d, CAP / 2, CAP);
    wait_after(&b, 0, 0);
    wait_after(&b, OD_ECONFIG, 0);
    assert_int_equal(b.cur_ms, CAP);
    wait_after(&b, 0, 0);
    /* a ban of 45 s: at least that long although the backoff is 1 s */
    d = wait_after(&b, OD_EAGAIN, 45000);
    assert_int_equal(b.cur_ms, 45000);
    assert_int_equal(d, 45000);
    /* a server asking for a year is cut at the cap */
    d = wait_after(&b, OD_EAGAIN, 365LL * 24 * 3600 * 1000);
    assert_int_equal(b.cur_ms, CAP);
    assert_int_equal(d, CAP);
    /* another instance polls the channel: one interval, backoff kept */
    d = wait_after(&b, OD_EBUSY, 0);
    assert_int_equal(d, POLL);
    assert_int_equal(b.cur_ms, CAP);
    od_clock_set(NULL);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_doubles_with_jitter_up_to_the_cap),
        cmocka_unit_test(test_success_resets),
        cmocka_unit_test(test_auth_server_wait_and_busy),
    };

    return cmocka_run_group_tests(tests, NULL, NULL);
}
