/* Where the time goes: process-wide counters of the time spent in each
 * stage of ingestion, for `orderd --once` to report and for the
 * throughput bench to split its figures by stage.
 *
 * The counters are atomic and cumulative over the process's life; any
 * thread may add to them. Adding costs two clock reads per measured
 * span, so measure per batch or per file, never per field. */
#ifndef OD_STATS_H
#define OD_STATS_H

#include <stddef.h>
#include <stdint.h>

enum od_stage {
    OD_STAGE_READ,  /* reading the source and decoding its bytes (files, HTTP, IMAP) */
    OD_STAGE_PARSE, /* parsing and normalizing orders (the connector's work) */
    OD_STAGE_AUDIT, /* reference data and audit rules */
    OD_STAGE_DB,    /* statements of the batch's transaction, commit included */
    OD_STAGE_N
};

/* A monotonic clock in nanoseconds. */
uint64_t od_stats_now(void);

/* Add `ns` nanoseconds to `stage`. */
void od_stats_add(enum od_stage stage, uint64_t ns);

/* Add the time since `since` (an od_stats_now() value) to `stage` and
 * return the current time, so consecutive spans chain without a gap. */
uint64_t od_stats_lap(enum od_stage stage, uint64_t since);

/* The nanoseconds counted for `stage` so far, by every thread. */
uint64_t od_stats_ns(enum od_stage stage);

/* The nanoseconds counted for `stage` by the calling thread only: a
 * caller that times a span containing another stage's work subtracts
 * its own thread's share, unaffected by other channels' threads. */
uint64_t od_stats_thread_ns(enum od_stage stage);

/* "read", "parse", "audit", "database". */
const char *od_stats_name(enum od_stage stage);

/* Per-thread counts of what a channel's poll did, for orderd's
 * /metrics: the thread that polls a channel takes them after each poll
 * (od_stats_take_*), so each count lands on the channel that caused it. */

/* An HTTP exchange ended with `status` (0: no response: connection,
 * TLS or timeout error). Counted by lib/http.c. */
void od_stats_http(long status);

struct od_stats_status {
    long status;
    uint64_t n;
};
/* Moves the calling thread's HTTP counts into out (at most max entries,
 * one per status; counts of more distinct statuses than a thread keeps
 * are under status -1) and clears them; returns the number of entries. */
size_t od_stats_take_http(struct od_stats_status *out, size_t max);

/* A mail message was fetched (the IMAP connector). */
void od_stats_message(void);
/* Moves the calling thread's message count out and clears it. */
uint64_t od_stats_take_messages(void);

#endif
