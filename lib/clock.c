/* The injectable clock: see clock.h. */
#include "clock.h"

#include <errno.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "error.h"

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

static void real_sleep_ns(int64_t ns);

void od_clock_sleep_ms(int64_t ms)
{
    if (ms <= 0)
        return;
    if (cur)
        cur->sleep_ms(cur->ud, ms);
    else
        real_sleep_ns(ms * 1000000);
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

/* Sleep `ns` real nanoseconds, whatever signals come. */
static void real_sleep_ns(int64_t ns)
{
    struct timespec ts;

    if (ns <= 0)
        return;
    ts.tv_sec = (time_t)(ns / 1000000000);
    ts.tv_nsec = (long)(ns % 1000000000);
    while (nanosleep(&ts, &ts) < 0 && errno == EINTR)
        ;
}

/* Wait on cond until done(ud) or `ns` real nanoseconds passed. */
static bool cond_wait_ns(pthread_cond_t *cond, pthread_mutex_t *mu, int64_t ns,
                         bool (*done)(void *ud), void *ud)
{
    struct timespec until;

    clock_gettime(CLOCK_REALTIME, &until);
    until.tv_sec += (time_t)(ns / 1000000000);
    until.tv_nsec += (long)(ns % 1000000000);
    if (until.tv_nsec >= 1000000000) {
        until.tv_sec++;
        until.tv_nsec -= 1000000000;
    }
    while (!done(ud))
        if (pthread_cond_timedwait(cond, mu, &until) == ETIMEDOUT)
            break;
    return done(ud);
}

bool od_real_cond_wait(pthread_cond_t *cond, pthread_mutex_t *mu, int64_t ms,
                       bool (*done)(void *ud), void *ud)
{
    return ms > 0 ? cond_wait_ns(cond, mu, ms * 1000000, done, ud) : done(ud);
}

bool od_clock_cond_wait(pthread_cond_t *cond, pthread_mutex_t *mu, int64_t ms,
                        bool (*done)(void *ud), void *ud)
{
    const struct od_clock *c = cur;

    if (!c)
        return od_real_cond_wait(cond, mu, ms, done, ud);
    if (ms <= 0 || done(ud))
        return done(ud);
    if (c->real_ns)
        return cond_wait_ns(cond, mu, c->real_ns(c->ud, ms), done, ud);
    pthread_mutex_unlock(mu);
    od_clock_wait(ms, done, ud);
    pthread_mutex_lock(mu);
    return done(ud);
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
    f->ops.real_ns = NULL;
    f->ops.ud = f;
    od_clock_set(&f->ops);
}

void od_fake_clock_advance(struct od_fake_clock *f, int64_t ms)
{
    f->mono_ms += ms;
    f->wall += ms * 1000;
}

static int64_t real_mono_ns(void)
{
    struct timespec ts;

    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

static int64_t scaled_mono(void *ud)
{
    const struct od_scaled_clock *c = ud;

    return (real_mono_ns() - c->mono0_ns) / 1000 * c->scale / 1000;
}

static od_time scaled_now(void *ud)
{
    const struct od_scaled_clock *c = ud;

    return c->start + (od_time_now() - c->origin) * c->scale;
}

static int64_t scaled_real_ns(void *ud, int64_t ms)
{
    const struct od_scaled_clock *c = ud;

    return ms * 1000000 / c->scale;
}

static void scaled_sleep(void *ud, int64_t ms)
{
    real_sleep_ns(scaled_real_ns(ud, ms));
}

void od_scaled_clock_install(struct od_scaled_clock *c, od_time origin, od_time start,
                             int64_t scale)
{
    c->origin = origin;
    c->start = start;
    c->scale = scale < 1 ? 1 : scale;
    c->mono0_ns = real_mono_ns();
    c->ops.mono_ms = scaled_mono;
    c->ops.now = scaled_now;
    c->ops.sleep_ms = scaled_sleep;
    c->ops.real_ns = scaled_real_ns;
    c->ops.ud = c;
    od_clock_set(&c->ops);
}

int od_scaled_clock_parse(const char *spec, struct od_scaled_clock *c)
{
    int64_t start = -1, origin = od_time_now() / 1000000, scale = 1;
    const char *p = spec;

    while (*p) {
        const char *eq = strchr(p, '='), *end = strchr(p, ',');
        size_t klen;
        char *stop;
        long long v;

        if (!end)
            end = p + strlen(p);
        if (!eq || eq > end)
            return od_error_set(OD_ECONFIG, "clock \"%s\": \"%.*s\" is not name=value", spec,
                                (int)(end - p), p);
        klen = (size_t)(eq - p);
        errno = 0;
        v = strtoll(eq + 1, &stop, 10);
        if (errno || stop != end || stop == eq + 1 || v < 0)
            return od_error_set(OD_ECONFIG, "clock \"%s\": \"%.*s\" is not a whole number", spec,
                                (int)(end - eq - 1), eq + 1);
        if (klen == 5 && strncmp(p, "start", 5) == 0)
            start = v;
        else if (klen == 6 && strncmp(p, "origin", 6) == 0)
            origin = v;
        else if (klen == 5 && strncmp(p, "scale", 5) == 0 && v >= 1 && v <= 10000000)
            scale = v;
        else
            return od_error_set(OD_ECONFIG,
                                "clock \"%s\": \"%.*s\" is not start, origin or scale "
                                "(1 to 10000000)",
                                spec, (int)(end - p), p);
        if (*end && !end[1])
            return od_error_set(OD_ECONFIG, "clock \"%s\": a comma ends it", spec);
        p = *end ? end + 1 : end;
    }
    if (start < 0)
        return od_error_set(OD_ECONFIG, "clock \"%s\": start= is missing", spec);
    memset(c, 0, sizeof(*c));
    c->origin = origin * 1000000;
    c->start = start * 1000000;
    c->scale = scale;
    return 0;
}
