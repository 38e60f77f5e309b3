/* Progress of long work (an import of 200,000 rows, an audit replay over
 * months, a retry of every dead letter, a first sync walking many
 * windows). lib/ does not print: a long-running function takes a
 * `struct od_progress_cb` and calls it now and then; the program decides
 * what to show (cmd/common/progress.h).
 *
 * `count` is the work done so far in the function's own unit (rows,
 * orders, dead letters, windows); `fraction` is how far along it is,
 * 0.0 to 1.0, or negative when not known (then no ETA can be given).
 * Called from the thread running the work; cheap, and it must not call
 * back into the function reporting. */
#ifndef OD_PROGRESS_H
#define OD_PROGRESS_H

#include <stdint.h>

typedef void (*od_progress_fn)(void *ud, uint64_t count, double fraction);

struct od_progress_cb {
    od_progress_fn fn; /* NULL = no report */
    void *ud;          /* borrowed, passed back as is */
};

/* Report through `p` (NULL or a NULL fn: nothing). */
static inline void od_progress_report(const struct od_progress_cb *p, uint64_t count,
                                      double fraction)
{
    if (p && p->fn)
        p->fn(p->ud, count, fraction);
}

#endif
