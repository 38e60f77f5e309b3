/* Reconciliation against the platform's own counts (issue 15): a period
 * is cut into the connector's windows; for each, the platform's count of
 * orders modified in it (the connector's count callback, one cheap
 * request) is compared with the orders stored for the channel whose
 * source_updated_at (the platform's modification time, the field the
 * connector's windows filter on) lies in it; a window that differs is
 * fetched again through the connector's own poll and the one-transaction
 * sink (exactly once: known orders change nothing), then counted again.
 * What was added is the external ids stored in the window after the
 * re-fetch that were not before it.
 *
 * The windows are [from, to), whole seconds. Nothing here logs; the
 * caller holds the channel's lease (od_store_lock_channel), so no poll of
 * the channel runs beside it. Reads (the console role can run them):
 *   SELECT count(*) FROM orders WHERE channel = $1
 *       AND source_updated_at >= $2 AND source_updated_at < $3
 *   SELECT external_id FROM orders WHERE (the same) ORDER BY external_id
 * Writes: od_store_ingest only (the orders of the re-fetch, no cursor:
 * the channel's committed cursor is left alone). */
#ifndef OD_RECONCILE_H
#define OD_RECONCILE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "connector.h"
#include "timeutil.h"

struct od_store;
struct od_rules;

struct od_recon_window {
    od_time from, to;
    int64_t platform; /* the platform's count; -1 before it is asked */
    int64_t before;   /* stored before the run */
    int64_t after;    /* stored after it (= before when not re-fetched) */
    bool refetched;
    char **added; /* external ids stored in the window now and not before */
    size_t n_added;
    char **prev; /* internal: the ids before a re-fetch */
    size_t n_prev;
};

struct od_recon {
    struct od_recon_window *w;
    size_t n;
    int n_new, n_updated, n_unchanged, n_dead; /* what the re-fetch ingested */
};

/* [since, until) cut into the fewest windows of at most width_ms (at
 * least a minute), oldest first, contiguous, of equal width in whole
 * seconds (since and until rounded down to a second; the first
 * period % n seconds one second wider), so no window is a sliver.
 * OD_EINVAL when the period is under a minute or holds more than 100000
 * windows. *r is replaced (od_recon_free it). */
int od_recon_split(od_time since, od_time until, int64_t width_ms, struct od_recon *r);

/* true when the platform's count differs from the stored one `stored`
 * (the window was counted). */
bool od_recon_differs(const struct od_recon_window *w, int64_t stored);

/* How many windows still differ after the run. */
size_t od_recon_left(const struct od_recon *r);

/* Free the windows; *r is then empty. Accepts NULL. */
void od_recon_free(struct od_recon *r);

/* `a` (sorted, n_a) without the ids of `b` (sorted, n_b), copied into
 * *out (n_out). The diff of the ids before and after a re-fetch. */
int od_recon_new_ids(char *const *a, size_t n_a, char *const *b, size_t n_b, char ***out,
                     size_t *n_out);

struct od_recon_run {
    const char *channel;
    const struct od_connector *conn; /* OD_CONNECTOR_CAN_COUNT */
    void *state;                     /* the connector's open state */
    const struct od_rules *rules;    /* for the sink's audit; may be NULL */
    bool (*stop)(void *ud);          /* may be NULL */
    void *stop_ud;
};

/* Count, compare, re-fetch the windows that differ and count again, over
 * the windows of `r` (od_recon_split). Returns 0 (r holds the figures;
 * od_recon_left says whether it matches), or the first error (a count
 * or poll: as the connector returns it; the database) with a detail
 * naming the window. */
int od_recon_run(struct od_store *s, const struct od_recon_run *o, struct od_recon *r);

/* One line for a log and `orderctl channels`: "48 windows, 1 differed,
 * 2 orders added, 0 still differ". */
void od_recon_summary(const struct od_recon *r, char *buf, size_t size);

/* orderd's periodic run (a channel's `reconcile:`). When it is enabled,
 * the kind can count and ch->reconcile.every passed since the last run
 * (*last; OD_TIME_NONE: read from the channel's row, so a restart does
 * not run it again; a channel that never ran gets its first run `every`
 * after this call, the row's reconciled_at recording that start with
 * reconcile_ok NULL), check [now - lag - window, now - lag) with
 * od_recon_run and record the run on the channel's row (reconciled_at,
 * reconcile_ok, reconcile_result: the summary or the error), setting
 * *last. The caller holds the channel's lease and `state` is the open
 * connector. Returns 0 not due, 1 ran and every window matched, 2 ran and
 * one still differs (`line` holds the summary), or an error (recorded too;
 * OD_EAGAIN when stopped is not recorded). */
int od_recon_periodic(struct od_store *s, struct od_channel *ch, void *state,
                      const struct od_rules *rules, bool (*stop)(void *ud), void *stop_ud,
                      od_time *last, char *line, size_t size);

#endif
