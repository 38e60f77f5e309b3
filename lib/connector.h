/* The connector interface: one kind of channel (feed, imap, shopify ...)
 * is one const struct od_connector in connectors/<kind>/, registered in
 * connectors/registry.c (after fluent-bit's input plugins). A configured
 * channel (struct od_channel, config.h) is one instance of a kind.
 *
 * Call sequence, all on one thread per channel:
 *   open -> { poll -> [sink commits the batch] -> after_commit }* -> close
 * poll is called again while the batch says `more`; the cursor handed to
 * poll is always the one last committed to the database, so a crash at
 * any point resumes from committed state. */
#ifndef OD_CONNECTOR_H
#define OD_CONNECTOR_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "config.h"
#include "model.h"

/* Version 1: open .. wait below. Version 2 added count and count_limits
 * (reconciliation, lib/reconcile.h): a caller reads them only from a
 * connector whose version is at least 2 (OD_CONNECTOR_CAN_COUNT), so a
 * connector built against version 1 still works. New members go at the
 * end with a new version. */
#define OD_CONNECTOR_VERSION 2

/* The committed position in a channel, as the connector wrote it: JSON
 * text whose shape is the connector's own. json is NULL on first poll.
 *
 * One field has one meaning in every connector that has it: "page" (with
 * "page_size") in the window cursor that the API connectors share
 * (connectors/common/window.h) is the number, from 1, of the next page
 * to request in a walk by page number, counted in pages of page_size
 * items; 0 or absent: no walk is open, the next request is the first of
 * its range. Walks go backward (last page down to 1: taobao, jd,
 * pinduoduo, douyin) or forward (woocommerce). Cursors of an older
 * orderd, where "page" counted something else per connector and
 * page_size was absent, are still read (od_window_read_old_page). */
struct od_cursor {
    const char *json;
};

/* An item that could not be turned into an order: kept with its raw
 * bytes, so nothing is lost and it can be retried after a fix. */
struct od_dead_letter {
    char *source_ref;  /* where it came from: "orders.csv:14-15" */
    char *external_id; /* when known, else NULL */
    char *reason;      /* one line: why */
    char *raw;         /* raw bytes as received (may contain NUL) */
    size_t raw_len;
};

struct od_batch_order {
    struct od_order *order;
    char *raw; /* raw source bytes of this order, or NULL */
    size_t raw_len;
};

/* What one poll produced. Owned by the caller (the scheduler), filled by
 * the connector through the od_batch_* functions, which copy what they
 * are given (except od_batch_add_order, which takes the order). */
struct od_batch {
    struct od_batch_order *orders;
    size_t n_orders, cap_orders;
    struct od_dead_letter *dead;
    size_t n_dead, cap_dead;
    /* Set by the caller: add at most this many orders + dead letters,
     * then return (0 = no limit; the od_batch_add_* functions do not
     * enforce it: check od_batch_full). */
    size_t max_orders;
    /* The cursor once this batch is committed; NULL = unchanged. */
    char *cursor;
    /* More is ready now: poll again after commit. */
    bool more;
    /* On OD_EAGAIN: the server asked to wait this long. */
    int64_t retry_after_ms;
    /* Items known to be waiting after this batch (files, messages);
     * -1 = unknown. The caller sets -1 before each poll. */
    int64_t backlog;
    /* Set by the caller, may be NULL: true once the program is asked to
     * stop. A poll that waits (backoff, pacing) asks it at least every
     * 500 ms and then returns OD_EAGAIN promptly (nothing of the batch
     * is committed). `stop_ud` is passed to it; both are borrowed and
     * kept by od_batch_reset. */
    bool (*stop)(void *ud);
    void *stop_ud;
};

/* An empty batch (backlog -1, nothing allocated yet). */
void od_batch_init(struct od_batch *b, size_t max_orders);
/* Empty the batch for the next poll: frees the orders, dead letters and
 * cursor, clears more/retry_after_ms, sets backlog to -1; keeps
 * max_orders and the arrays' capacity. Accepts NULL. */
void od_batch_reset(struct od_batch *b);
/* Free everything; the batch is then empty (init it again before
 * reuse with another max_orders). Accepts NULL and a batch freed twice. */
void od_batch_free(struct od_batch *b);
/* true when orders + dead letters reached max_orders (never when 0). */
bool od_batch_full(const struct od_batch *b);
/* Takes ownership of `o` (freed even on failure); copies raw[0..raw_len)
 * (may contain NUL; stored with an extra terminating NUL; NULL raw with
 * raw_len 0 stores no raw). */
int od_batch_add_order(struct od_batch *b, struct od_order *o, const char *raw, size_t raw_len);
/* Copies every argument; NULL strings stay NULL, raw as above. */
int od_batch_add_dead(struct od_batch *b, const char *source_ref, const char *external_id,
                      const char *reason, const char *raw, size_t raw_len);
/* Moves what `from` holds to the end of `to`: its orders taken, its
 * dead letters copied; `from` is left for od_batch_free (its cursor stays
 * there). 0 or OD_ENOMEM. */
int od_batch_move(struct od_batch *from, struct od_batch *to);
/* Copies json (NULL = unchanged cursor). */
int od_batch_set_cursor(struct od_batch *b, const char *json);

/* One window of a count (reconciliation): [from, to), whole seconds.
 * stop/stop_ud as in struct od_batch (may be NULL). */
struct od_count_window {
    od_time from, to;
    bool (*stop)(void *ud);
    void *stop_ud;
};

struct od_connector {
    unsigned version;                 /* OD_CONNECTOR_VERSION */
    const char *kind;                 /* "feed", "imap", "shopify" ... */
    const char *summary;              /* one line for docs */
    const struct od_config_key *keys; /* keys of the `<kind>:` section */
    size_t settings_size;             /* bytes of the settings struct */

    /* Semantic checks beyond the key table (called by the config loader
     * after the keys are read, so `orderd --check` reports them).
     * Returns 0 or OD_ECONFIG with a detail. May be NULL. */
    int (*validate)(const struct od_channel *ch);

    /* Prepare to poll. `ch` is borrowed and outlives the state. The
     * state is the connector's; *state is set only on success. */
    int (*open)(struct od_channel *ch, void **state);

    /* Add at most out->max_orders items after `from` to `out` and set
     * out->cursor to the position after them; set out->more when more
     * is ready. `from` is borrowed for the call. Item problems become
     * dead letters (return 0); a return < 0 is a channel problem:
     * OD_EAGAIN (transient: back off and retry), OD_EAUTH or
     * OD_ECONFIG (the channel cannot work until its config changes),
     * anything else (back off and retry). */
    int (*poll)(void *state, const struct od_cursor *from, struct od_batch *out);

    /* Called after `b` committed: idempotent source side effects (move
     * a file to the archive, flag a message). Never needed for
     * correctness: a crash before or during it is repaired by the next
     * poll. May be NULL. */
    int (*after_commit)(void *state, const struct od_batch *b);

    /* Turn a dead letter of this channel back into orders (after the
     * operator fixed the config or the data), adding them to `out`;
     * still bad: OD_EINVAL with the reason. May be NULL. */
    int (*reparse)(void *state, const struct od_dead_letter *d, struct od_batch *out);

    /* Release the state. Accepts NULL. */
    void (*close)(void *state);

    /* Wait for new data between polls instead of the scheduler's plain
     * sleep (IMAP IDLE). Called after a successful run with the time
     * until the next poll; returns 1 when the source signalled new data,
     * 0 when max_ms passed, < 0 on error (the scheduler then sleeps the
     * rest). Must call stop(ud) at least every 500 ms and return
     * promptly when it is true. `stop` and `ud` are borrowed for the
     * call. May be NULL. */
    int (*wait)(void *state, int64_t max_ms, bool (*stop)(void *ud), void *ud);

    /* Version 2. How many orders the platform holds whose modification
     * time (the field poll's windows filter on) lies in [w->from,
     * w->to), from one cheap request (one item a page): *n. Errors as
     * poll's. NULL: the kind cannot count (reconciliation says so). */
    int (*count)(void *state, const struct od_count_window *w, int64_t *n);
    /* Version 2, set when count is: the widest window one count or poll
     * takes, and how far behind now the platform's data is complete
     * (the channel's max_window and lag), both ms. */
    void (*count_limits)(void *state, int64_t *max_window_ms, int64_t *lag_ms);
};

/* The connector has count (version 2 or later and count set). */
#define OD_CONNECTOR_CAN_COUNT(c) ((c)->version >= 2 && (c)->count && (c)->count_limits)

#endif
