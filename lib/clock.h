/* The clock of the code that waits or plans by time: backoff and pacing
 * sleeps (connectors/common/gateway.c, the shop connectors) and the
 * window planners (connectors/common/window.c, each connector's poll).
 *
 * Two readings and one wait:
 *   od_clock_mono_ms()  monotonic milliseconds, for durations and bans;
 *   od_clock_now()      the wall time (od_time, microseconds UTC), for
 *                       windows ("now - lag") and request time stamps;
 *   od_clock_wait()     sleep up to `ms` in slices of at most
 *                       OD_CLOCK_SLICE_MS, asking `stop` before each slice,
 *                       so a stop request ends the wait within a slice
 *                       (lib/connector.h asks for 500 ms at most).
 *
 * And one wait on a condition variable, od_clock_cond_wait(), for code
 * that is woken by other threads (the scheduler's naps between polls).
 *
 * By default they are the real clocks (CLOCK_MONOTONIC, CLOCK_REALTIME,
 * nanosleep). A test replaces them for the whole process with
 * od_clock_set(). Two ready-made replacements:
 *   struct od_fake_clock    time moves only when something sleeps on it or
 *                           the test advances it, so a test of an 8 s
 *                           backoff or of a window that opens an hour
 *                           later takes no time and gives the same answer
 *                           on every run (one thread);
 *   struct od_scaled_clock  time runs `scale` times faster than the real
 *                           one from a given point, for a whole daemon
 *                           with its threads: a month of token renewals
 *                           in half a minute (orderd's ORDERD_TEST_CLOCK,
 *                           docs/testing.md).
 *
 * Threads: the readings and the wait are safe from any thread. The clock
 * is swapped by a plain pointer: call od_clock_set() only while no other
 * thread uses the clock (a test before it starts any). lib/ code other
 * than the users above (the sink's time stamps, od_time_now()) keeps the
 * real wall clock. */
#ifndef OD_CLOCK_H
#define OD_CLOCK_H

#include <pthread.h>
#include <stdbool.h>
#include <stdint.h>

#include "timeutil.h"

/* The longest single sleep of od_clock_wait. */
#define OD_CLOCK_SLICE_MS 100

/* Monotonic time in milliseconds (any origin). */
int64_t od_clock_mono_ms(void);
/* Wall time, UTC. */
od_time od_clock_now(void);
/* Sleep `ms` (<= 0: not at all) without looking at any stop request. */
void od_clock_sleep_ms(int64_t ms);
/* Sleep `ms` in slices of at most OD_CLOCK_SLICE_MS, calling stop(ud)
 * before each slice and once at the end; `stop` may be NULL (never).
 * Returns true when the whole time passed, false as soon as stop said
 * true (the rest is not slept). `ud` is borrowed for the call. */
bool od_clock_wait(int64_t ms, bool (*stop)(void *ud), void *ud);

/* Wait on `cond`, with `mu` locked by the caller (and locked again on
 * return), until done(ud) says true or `ms` of this clock passed; a
 * broadcast on `cond` makes it ask done(ud) again. Returns done(ud).
 * The real and the scaled clocks wait on the condition itself; a
 * replacement without real_ns (the fake) sleeps in slices with `mu`
 * unlocked, asking done(ud) before each. */
bool od_clock_cond_wait(pthread_cond_t *cond, pthread_mutex_t *mu, int64_t ms,
                        bool (*done)(void *ud), void *ud);
/* The same on the real clock whatever is installed: for waits that are
 * not the daemon's planning (a shutdown's grace, a wait whose deadline
 * the database's clock decides). */
bool od_real_cond_wait(pthread_cond_t *cond, pthread_mutex_t *mu, int64_t ms,
                       bool (*done)(void *ud), void *ud);

/* A replacement clock: its functions and their `ud`. real_ns, when not
 * NULL, says how many real nanoseconds a wait of `ms` of this clock lasts
 * (od_clock_cond_wait waits that long on the condition). */
struct od_clock {
    int64_t (*mono_ms)(void *ud);
    od_time (*now)(void *ud);
    void (*sleep_ms)(void *ud, int64_t ms);
    int64_t (*real_ns)(void *ud, int64_t ms);
    void *ud;
};

/* Use `c` from now on (NULL: the real clocks again). `c` is borrowed and
 * must outlive its use; see Threads above. */
void od_clock_set(const struct od_clock *c);

/* A fake clock for tests. Sleeping on it adds to both times at once and
 * is recorded; nothing else moves them but od_fake_clock_advance(). */
struct od_fake_clock {
    int64_t mono_ms;     /* what od_clock_mono_ms() returns */
    od_time wall;        /* what od_clock_now() returns */
    int64_t slept_ms;    /* all sleeps together */
    int64_t longest_ms;  /* the longest single sleep */
    unsigned sleeps;     /* how many sleeps */
    struct od_clock ops; /* what od_fake_clock_install() hands to od_clock_set */
};

/* Reset `f` to mono 0 ms and wall `wall`, nothing slept, and install it
 * (od_clock_set). `f` is borrowed until od_clock_set(NULL). */
void od_fake_clock_install(struct od_fake_clock *f, od_time wall);
/* Move both times `ms` forward, as if that much time passed without a
 * sleep of the code under test (not counted in slept_ms). */
void od_fake_clock_advance(struct od_fake_clock *f, int64_t ms);

/* A clock that runs `scale` times faster than the real one: at the real
 * wall time `origin` it reads `start`, and every real second after it is
 * `scale` seconds of this clock (monotonic time likewise, from 0 at
 * install). A sleep of `ms` sleeps ms / scale real milliseconds. Safe
 * from any thread once installed. */
struct od_scaled_clock {
    od_time origin, start;
    int64_t scale;
    int64_t mono0_ns; /* the real monotonic time at install */
    struct od_clock ops;
};

/* Set `c` up (scale >= 1) and install it; `c` is borrowed until
 * od_clock_set(NULL). */
void od_scaled_clock_install(struct od_scaled_clock *c, od_time origin, od_time start,
                             int64_t scale);
/* Read "start=UNIX,origin=UNIX,scale=N" (seconds since the epoch,
 * integers; origin defaults to now, scale to 1) into `c` without
 * installing it. Returns 0, or OD_ECONFIG naming the bad part. */
int od_scaled_clock_parse(const char *spec, struct od_scaled_clock *c);

#endif
