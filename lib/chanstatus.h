/* Channel health as the database records it (docs/operations.md,
 * "Channels"): state, last poll and success, failures, backlog, last
 * error, the committed cursor and the open dead letters of each channel
 * in the channels table. What `orderctl channels` prints and the clerk's
 * console shows. Read only; nothing here prints, logs or exits. */
#ifndef OD_CHANSTATUS_H
#define OD_CHANSTATUS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "store.h"

/* One channel. Times are UTC, "2026-11-20T01:30:00Z"; NULL where not
 * known. Strings are owned by the array (od_chanstatus_list_free). */
struct od_chanstatus {
    char *name, *kind;
    bool enabled;
    char *state; /* NULL before the first poll */
    char *last_poll_at, *last_success_at;
    int64_t failures;
    bool has_backlog; /* false: the channel's kind does not report one */
    int64_t backlog;
    char *last_error;
    char *cursor; /* the committed cursor (JSON text), NULL when none */
    int64_t open_dead_letters;
    /* The last reconciliation (lib/reconcile.h): when, whether every
     * window matched (-1: none ran yet), its one-line result; NULL when
     * none is recorded. */
    char *reconciled_at;
    int reconcile_ok;
    char *reconcile_result;
};

/* Every channel of the channels table, by name. (A caller that wants the
 * configured channels listed before their first poll syncs them first:
 * od_store_sync_channels.) *out and *n are set only on success. */
int od_chanstatus_list(struct od_store *s, struct od_chanstatus **out, size_t *n);
void od_chanstatus_list_free(struct od_chanstatus *v, size_t n);

#endif
