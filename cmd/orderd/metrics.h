/* orderd's read-only HTTP endpoint (http.listen): GET /metrics in the
 * Prometheus text format 0.0.4 and GET /healthz, served by libmicrohttpd
 * on its own thread. The counters live here for the whole process, so a
 * reload (a new scheduler) does not reset them.
 *
 * Channel threads write their own channel's counters (atomics); the
 * server thread reads them. Nothing here is order data or a secret:
 * channel names, rule ids, counts and times only. */
#ifndef OD_METRICS_H
#define OD_METRICS_H

#include <stdbool.h>
#include <stdint.h>

#include "config.h"
#include "connector.h"
#include "store.h"

struct od_metrics;
struct od_chan_metrics;

/* The process-wide counters (always made, also without http.listen, so
 * the scheduler need not ask). */
int od_metrics_new(struct od_metrics **out);

/* Stop the server and the health check, then free; NULL is fine. */
void od_metrics_free(struct od_metrics *m);

/* Listen on `addr` (http.listen) and start answering; the database at
 * `database_url` is checked every 2 s for /healthz. OD_EIO with the
 * reason when the address cannot be bound. */
int od_metrics_serve(struct od_metrics *m, const char *addr, const char *database_url);

/* After a reload: the database /healthz checks from now on. */
void od_metrics_set_database(struct od_metrics *m, const char *database_url);

/* The counters of channel `name` (made at the first call, kept until
 * od_metrics_free); NULL only when out of memory. */
struct od_chan_metrics *od_metrics_channel(struct od_metrics *m, const char *name,
                                           const char *kind);

/* The counts of every channel since the process started (across
 * reloads), for the service manager's STATUS line. */
struct od_metrics_totals {
    uint64_t orders_new, orders_updated, dead_letters;
};
void od_metrics_totals(struct od_metrics *m, struct od_metrics_totals *out);

/* After each poll, from the channel's thread: its outcome, the backlog
 * it reported (-1 unknown), and the HTTP and message counts the thread
 * gathered (lib/stats.h). */
void od_metrics_poll(struct od_chan_metrics *c, bool ok, int64_t backlog);

/* After each committed batch, from the channel's thread: stored orders
 * by result, dead letters, audit outcomes and fired rules of the
 * batch's audited orders, the newest updated_at (placed_at when an
 * order has none), the batch's duration. */
void od_metrics_batch(struct od_metrics *m, struct od_chan_metrics *c, const struct od_batch *b,
                      const struct od_ingest_result *res, uint64_t duration_ns);

#endif
