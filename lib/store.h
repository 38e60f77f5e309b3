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

/* Apply every embedded migration not yet recorded in schema_migrations,
 * each in its own transaction, all under an advisory lock so concurrent
 * runs wait instead of racing. *applied gets the count. */
int od_store_migrate(struct od_store *s, int *applied);
/* Highest applied migration, 0 when none; OD_ENOTFOUND when the schema
 * is missing entirely. */
int od_store_schema_version(struct od_store *s, int *out);
/* Highest migration compiled into this binary. */
int od_store_schema_latest(void);

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
};

/* Write one batch (orders, lines, events, dead letters, cursor) in one
 * statement: one round trip, one transaction, all or nothing. */
int od_store_ingest(struct od_store *s, const char *channel, int64_t run_id,
                    const struct od_batch *b, struct od_ingest_result *res);

/* Filters for od_store_orders(); NULL/0 fields do not filter. */
struct od_order_filter {
    const char *channel;
    const char *external_id;
    const char *audit; /* approved | held | rejected | pending */
    int64_t limit;     /* 0 = no limit */
};

/* Call `cb` for each matching order (newest first), fully loaded with
 * lines and id. The order is borrowed for the call. */
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
