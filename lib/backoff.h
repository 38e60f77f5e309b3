/* How long a channel waits before its next poll: after a success the
 * poll interval with +-10% jitter; after a failure a backoff that doubles
 * from `initial_ms` up to `cap_ms` (at once to the cap for rejected
 * credentials or a configuration error), with jitter down to half of it,
 * and a server-given wait (a ban, Retry-After) as a minimum but never
 * past the cap; a success resets it (docs/operations.md, collectd's
 * plugin.c). Pure: no clock, no sleep; the caller waits. */
#ifndef OD_BACKOFF_H
#define OD_BACKOFF_H

#include <stdint.h>

struct od_backoff {
    int64_t initial_ms; /* the first backoff after a success */
    int64_t cap_ms;     /* the longest */
    int64_t cur_ms;     /* the current backoff; 0 after a success */
    unsigned seed;      /* of the jitter (rand_r) */
};

/* The delay after a poll that returned `rc` (0: success; OD_EBUSY:
 * another instance holds the channel, wait one interval), on a channel
 * polled every `poll_ms`, the server having asked for `retry_after_ms`
 * (0: nothing). Updates b->cur_ms. */
int64_t od_backoff_next(struct od_backoff *b, int rc, int64_t poll_ms, int64_t retry_after_ms);

#endif
