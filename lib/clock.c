/* The injectable clock: see clock.h. */
#include "clock.h"

#include <errno.h>
#include <stddef.h>
#include <time.h>

static const struct od_clock *cur; /* NULL: the real clocks */

void od_clock_set(const struct od_clock *c)
{
    cur = c;
}

int64_t od_clock_mono_ms(void)
{
    struct timespec ts;

    if (cur)
        return cur->mono_ms(cur->ud);
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

od_time od_clock_now(void)
{
    return cur ? cur->now(cur->ud) : od_time_now();
}

void od_clock_sleep_ms(int64_t ms)
{
    struct timespec ts;

    if (ms <= 0)
        return;
    if (cur) {
        cur->sleep_ms(cur->ud, ms);
        return;
    }
    ts.tv_sec = (time_t)(ms / 1000);
    ts.tv_nsec = (long)(ms % 1000) * 1000000L;
    while (nanosleep(&ts, &ts) < 0 && errno == EINTR)
        ;
}

bool od_clock_wait(int64_t ms, bool (*stop)(void *ud), void *ud)
{
    for (int64_t left = ms; left > 0; left -= OD_CLOCK_SLICE_MS) {
        if (stop && stop(ud))
            return false;
        od_clock_sleep_ms(left < OD_CLOCK_SLICE_MS ? left : OD_CLOCK_SLICE_MS);
    }
    return !(stop && stop(ud));
}

static int64_t fake_mono(void *ud)
{
    const struct od_fake_clock *f = ud;

    return f->mono_ms;
}

static od_time fake_now(void *ud)
{
    const struct od_fake_clock *f = ud;

    return f->wall;
}

static void fake_sleep(void *ud, int64_t ms)
{
    struct od_fake_clock *f = ud;

    f->mono_ms += ms;
    f->wall += ms * 1000;
    f->slept_ms += ms;
    if (ms > f->longest_ms)
        f->longest_ms = ms;
    f->sleeps++;
}

void od_fake_clock_install(struct od_fake_clock *f, od_time wall)
{
    f->mono_ms = 0;
    f->wall = wall;
    f->slept_ms = 0;
    f->longest_ms = 0;
    f->sleeps = 0;
    f->ops.mono_ms = fake_mono;
    f->ops.now = fake_now;
    f->ops.sleep_ms = fake_sleep;
    f->ops.ud = f;
    od_clock_set(&f->ops);
}

void od_fake_clock_advance(struct od_fake_clock *f, int64_t ms)
{
    f->mono_ms += ms;
    f->wall += ms * 1000;
}
