/* The wait between polls of a channel (backoff.h). */
#include "backoff.h"

#include <stdlib.h>

#include "error.h"

/* Uniform in [lo, hi]. */
static int64_t rand_between(unsigned *seed, int64_t lo, int64_t hi)
{
    if (hi <= lo)
        return lo;
    return lo + (int64_t)((double)rand_r(seed) / RAND_MAX * (double)(hi - lo));
}

int64_t od_backoff_next(struct od_backoff *b, int rc, int64_t poll_ms, int64_t retry_after_ms)
{
    int64_t delay;

    if (rc == 0) {
        b->cur_ms = 0;
        return rand_between(&b->seed, poll_ms * 9 / 10, poll_ms * 11 / 10);
    }
    if (rc == OD_EBUSY)
        return poll_ms;
    /* A server-given wait is a minimum, but never longer than the cap: a
     * server must not stop a channel for years. */
    if (retry_after_ms > b->cap_ms)
        retry_after_ms = b->cap_ms;
    b->cur_ms = b->cur_ms ? b->cur_ms * 2 : b->initial_ms;
    if (b->cur_ms > b->cap_ms || rc == OD_EAUTH || rc == OD_ECONFIG)
        b->cur_ms = b->cap_ms;
    if (retry_after_ms > b->cur_ms)
        b->cur_ms = retry_after_ms;
    delay = rand_between(&b->seed, b->cur_ms / 2, b->cur_ms);
    if (delay < retry_after_ms)
        delay = retry_after_ms;
    return delay;
}
