/* PostgreSQL store: migrations, channel bookkeeping, the batch sink and
 * the queries orderctl needs. All SQL is parameterized (PQexecParams);
 * nothing from outside is ever spliced into a statement.
 *
 * One od_store is one connection and is used by one thread at a time. */
#ifndef OD_STORE_H
#define OD_STORE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "connector.h"
#include "model.h"

struct od_store;

/* Connect with a libpq URL or keyword string ("" = PG* environment).
 * The detail on failure never contains the password. */
int od_store_connect(const char *url, struct od_store **out);
void od_store_close(struct od_store *s);
/* true while the connection is usable. */
bool od_store_ok(struct od_store *s);
/* Re-establish a broken connection (one attempt). */
int od_store_reconnect(struct od_store *s);

/* od_store_migrate() flags: OD_MIGRATE_NO_ROLES leaves the database
 * roles out (migration 0013 then changes nothing: one role for
 * everything; docs/operations.md, "Database roles"). */
#define OD_MIGRATE_NO_ROLES 1u

/* Apply every embedded migration not yet recorded in schema_migrations,
 * each in its own transaction, all under an advisory lock so concurrent
 * runs wait instead of racing. Once the schema belongs to orderd_owner
 * (migration 0013), each runs as that role (SET LOCAL ROLE), so what it
 * creates is orderd_owner's too; a connecting role that is not a member
 * is refused with what to do. *applied gets the count. */
int od_store_migrate(struct od_store *s, unsigned flags, int *applied);
/* Highest applied migration, 0 when none; OD_ENOTFOUND when the schema
 * is missing entirely. */
int od_store_schema_version(struct od_store *s, int *out);
/* Highest migration compiled into this binary. */
int od_store_schema_latest(void);
/* 0 when the schema is at od_store_schema_latest() or newer; else the
 * failure of od_store_schema_version(), or OD_EDB with "database schema
 * is at version N, this PROGRAM needs M: run 'orderctl migrate'" and
 * *ret_behind (when not NULL) set to true. */
int od_store_require_schema(struct od_store *s, const char *program, bool *ret_behind);

/* *out: whether the connected role may INSERT and UPDATE `table` (a
 * reader's `orderctl channels` shows the rows as the daemon wrote them). */
int od_store_may_write(struct od_store *s, const char *table, bool *out);
/* Insert or update the channels table rows of the configured channels. */
int od_store_sync_channels(struct od_store *s, struct od_channel *const *ch, size_t n);

/* Session advisory lock of one channel: *got is false when another
 * session (another orderd) holds it. */
int od_store_lock_channel(struct od_store *s, const char *channel, bool *got);
int od_store_unlock_channel(struct od_store *s, const char *channel);

/* The committed cursor (NULL when none). Caller frees *out. */
int od_store_cursor(struct od_store *s, const char *channel, char **out);

/* Start an ingest run (and mark runs of this channel left 'running' by a
 * dead process as 'aborted'). */
int od_store_run_begin(struct od_store *s, const char *channel, const char *instance,
                       int64_t *run_id);
/* Finish a run; error NULL for success. Also records the channel state. */
int od_store_run_end(struct od_store *s, const char *channel, int64_t run_id, const char *state,
                     const char *error, int64_t backlog);

struct od_ingest_result {
    int n_new, n_updated, n_unchanged, n_dead;
    int n_unsent; /* of n_unchanged: found unchanged before the order was sent */
};

struct od_rules;
struct od_refdata;
struct od_audit;

/* Write one batch (orders, lines, events, audit outcomes, stock
 * reservations, dead letters, cursor) in one transaction, all or
 * nothing, in a fixed number of round trips whatever its size: stage,
 * one query per reference table, commit (docs/audit.md). New orders and
 * new revisions of orders the audit held are audited with `rules` (NULL
 * or empty: every new order is approved and nothing is reserved); the
 * audit maps the batch's SKUs and sets their audit, priority and tags
 * in `b`. Runs in the caller's transaction when one is open. */
int od_store_ingest(struct od_store *s, const char *channel, int64_t run_id, struct od_batch *b,
                    const struct od_rules *rules, struct od_ingest_result *res);

/* The reference data `orders` need, one query per table: SKU map,
 * customers (with approved_since), recent orders for the duplicate rule,
 * products, price lists, blacklist, inventory -- the last three only when
 * a rule of their type exists, inventory also for `extra_skus`. With
 * `lock` (inside a transaction) customers and inventory rows are locked
 * FOR UPDATE, inventory in (sku, warehouse) order. *out (zeroed by the
 * caller) is filled only on success. */
int od_store_refdata(struct od_store *s, const struct od_rules *rules,
                     struct od_order *const *orders, size_t n, char *const *extra_skus,
                     size_t n_extra, bool lock, struct od_refdata *out);

/* Re-audit up to `limit` pending orders whose recheck_at has come (wait
 * rule), in one transaction; rows another instance holds are skipped.
 * *n = how many were re-audited. */
int od_store_recheck(struct od_store *s, const struct od_rules *rules, int limit, int *n);

/* The review queue and a person's decisions: review.h. */

/* Replay: evaluate `rules` on the stored orders (of `channel`, placed at
 * or after `since`, both optional) in id order, in one read-only
 * snapshot; nothing is written or locked. Orders whose outcome a person
 * decided (review) or that changed after approval are left out. Each order is judged on its own
 * against the reference data as it is now, without what it holds itself
 * (its reservations, its share of approved_since). `cb` gets the order
 * with its new audit and the stored one (both borrowed). */
typedef int (*od_replay_cb)(void *ud, const struct od_order *o, const struct od_audit *stored);
int od_store_replay(struct od_store *s, const struct od_rules *rules, const char *channel,
                    const char *since, od_replay_cb cb, void *ud);
/* How many orders of the same selection the replay leaves out because a
 * person decided them (review). */
int od_store_replay_left_out(struct od_store *s, const char *channel, const char *since,
                             int64_t *n);
/* How many orders the replay will judge (for its progress); counted
 * outside the replay's snapshot, so an estimate. */
int od_store_replay_count(struct od_store *s, const char *channel, const char *since, int64_t *n);

/* Filters for od_store_orders(); NULL/0 fields do not filter. */
struct od_order_filter {
    const char *channel;
    const char *external_id;
    const char *audit; /* approved | held | rejected | pending */
    int64_t limit;     /* 0 = no limit */
    int64_t id;        /* 0 = any */
    /* The review queue: held and pending orders, urgent first, then
     * oldest first (placed_at, else arrival); `audit` is ignored. */
    bool review;
};

/* Call `cb` for each matching order (newest first, or in review order),
 * fully loaded with lines and id. The order is borrowed for the call. */
typedef int (*od_order_cb)(void *ud, const struct od_order *o);
int od_store_orders(struct od_store *s, const struct od_order_filter *f, od_order_cb cb, void *ud);

/* Raw access for orderctl's reports: run a parameterized query and hand
 * back the libpq result (caller PQclear()s it). */
struct pg_result;
int od_store_query(struct od_store *s, const char *sql, int nparams, const char *const *params,
                   struct pg_result **out);

/* base64 of `len` bytes into `out` (appended). */
struct od_buf;
int od_base64_encode(const void *data, size_t len, struct od_buf *out);

#endif
