/* Dead letters (docs/operations.md, "Dead letters"): the items a channel
 * could not turn into orders, kept with their raw bytes. Listing, one
 * with its bytes, retry (re-parse with the channel's current
 * configuration) and discard: the business actions that orderctl and
 * the clerk's console share. Nothing here prints, logs or exits; each
 * function returns 0 or a negative OD_E* code with a detail.
 *
 * Errors a caller tells apart:
 *   OD_ENOTFOUND no such dead letter (discard: no such open one), or its
 *                channel is no longer configured
 *   OD_EINVAL    retry: it is not open, its kind cannot re-parse, or the
 *                re-parse failed again (the detail is the new reason, also
 *                recorded as its last_retry_error); discard: no reason or
 *                no actor
 *   OD_EDB       the database failed */
#ifndef OD_DEADLETTER_H
#define OD_DEADLETTER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "store.h"
#include "timeutil.h"

#define OD_DEADLETTER_REASON_MAX 2000
#define OD_DEADLETTER_ACTOR_MAX  128 /* bytes of who discarded one */

struct od_config;
struct od_rules;

/* One dead letter. Strings are owned by the struct
 * (od_deadletter_clear). */
struct od_deadletter_entry {
    int64_t id;
    char *channel, *source_ref;
    char *external_id; /* NULL when the item had none */
    char *reason;
    char *state; /* open | resolved | discarded */
    od_time first_seen, last_seen;
    int64_t seen_count, retry_count;
    char *last_retry_error; /* NULL when never retried */
    char *discarded_by;     /* who discarded it; NULL unless discarded */
    size_t raw_len;         /* bytes of the item */
    char *raw;              /* od_deadletter_get only: the bytes (NUL added) */
};

void od_deadletter_clear(struct od_deadletter_entry *d);
void od_deadletter_list_free(struct od_deadletter_entry *v, size_t n);

/* Dead letters in id order: of `channel` (NULL = all), open ones unless
 * `all`, at most `limit` (0 = no limit); raw is left NULL. *out (caller
 * frees with od_deadletter_list_free) and *n are set only on success. */
struct od_deadletter_filter {
    const char *channel;
    bool all;
    int64_t limit;
};
int od_deadletter_list(struct od_store *s, const struct od_deadletter_filter *f,
                       struct od_deadletter_entry **out, size_t *n);

/* One dead letter with its raw bytes into *out (zeroed by the caller;
 * od_deadletter_clear frees it). OD_ENOTFOUND when there is none. */
int od_deadletter_get(struct od_store *s, int64_t id, struct od_deadletter_entry *out);

/* The ids of the open dead letters of `channel` (NULL = all), in id
 * order. Caller frees *ids. */
int od_deadletter_open_ids(struct od_store *s, const char *channel, int64_t **ids, size_t *n);

/* What a successful retry stored. */
struct od_deadletter_retry {
    size_t n_orders;
    int n_new, n_updated;
};

/* Re-parse open dead letter `id` with its channel's configuration in
 * `cfg` (borrowed) and store what it gives with `rules` (may be NULL),
 * marking it resolved, in one transaction. When the re-parse fails again
 * its retry count and last_retry_error are updated and OD_EINVAL returns
 * with the new reason. *res is set only on success. */
int od_deadletter_retry(struct od_store *s, const struct od_config *cfg,
                        const struct od_rules *rules, int64_t id, struct od_deadletter_retry *res);
/* The same, naming who retried it, `actor` (NULL: not said; at most
 * OD_DEADLETTER_ACTOR_MAX bytes), kept in its retried_by with the
 * outcome, resolved or failed again. */
int od_deadletter_retry_by(struct od_store *s, const struct od_config *cfg,
                           const struct od_rules *rules, int64_t id, const char *actor,
                           struct od_deadletter_retry *res);

/* Close open dead letter `id` that holds no order (a newsletter in the
 * order mailbox, a test file), kept with who did it, `actor` (required,
 * UTF-8, at most OD_DEADLETTER_ACTOR_MAX bytes: an operating user or a
 * signed-in clerk), and why, `reason` (required, UTF-8, at most
 * OD_DEADLETTER_REASON_MAX bytes), and never retried. OD_ENOTFOUND when
 * no open dead letter has that id. Both strings are borrowed. */
int od_deadletter_discard(struct od_store *s, int64_t id, const char *actor, const char *reason);

#endif
