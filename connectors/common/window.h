/* Shared pieces of the API connectors that sync by a modification-time
 * watermark (shopify, woocommerce, and the signed-gateway platforms):
 * the window cursor, the window bounds, and request logging. */
#ifndef OD_WINDOW_H
#define OD_WINDOW_H

#include <stdint.h>

#include "clock.h"
#include "config.h"
#include "connector.h"
#include "timeutil.h"

struct json_object;

/* The committed position of a window sync:
 *   {"watermark": T, "window_to": T2, "next": URL, "after": T3, "page": N}
 * watermark: everything modified up to T is stored; window_to: the end
 * of the window being paged (OD_TIME_NONE when none is open); next / after
 * / page: where paging resumes (link, keyset time, page number; unused
 * ones are NULL / OD_TIME_NONE / 0). */
struct od_window {
    od_time watermark;
    od_time window_to;
    char *next;
    od_time after;
    int64_t page;
};

/* Read the cursor (NULL json: all unset). Caller frees with
 * od_window_clear(). */
int od_window_read(const struct od_cursor *from, struct od_window *w);
/* Write `w` as the batch's cursor. */
int od_window_write(struct od_batch *b, const struct od_window *w);
void od_window_clear(struct od_window *w);

/* Bounds of a new window: start = watermark - overlap (or start_from on
 * the first sync, or OD_TIME_NONE = from the beginning), end = now - lag.
 * Returns 1 when there is a window to read, 0 when caught up. */
int od_window_bounds(const struct od_window *w, int64_t overlap_ms, int64_t lag_ms,
                     const char *start_from, od_time *start, od_time *end);

/* Open the next window of an API that takes whole seconds and caps the
 * window's width: bounds as od_window_bounds() (the first sync without
 * start_from reaches back one max_window), cut to max_window, in whole
 * seconds. Sets w->after, w->window_to and w->page = 0 and returns 1;
 * returns 0 when caught up (less than a second left to read). */
int od_window_open(struct od_window *w, int64_t overlap_ms, int64_t lag_ms, const char *start_from,
                   int64_t max_window_ms);

/* `t` rounded down to a whole second. */
od_time od_window_second(od_time t);

/* start_from: an RFC 3339 time or a duration back from now ("90d"). */
int od_window_parse_start(const char *v, od_time *out);

/* An od_http hook that logs each request of `ch` (passed as ud) at debug. */
void od_window_http_log(void *ud, const char *method, const char *url, long status,
                        int64_t latency_ms, const char *error);

/* An HTTP client for an API channel: CA file and timeout from its
 * settings, every request logged at debug through od_window_http_log. */
struct od_http;
int od_api_http_new(struct od_channel *ch, const char *ca_file, int64_t timeout_ms,
                    struct od_http **out);

/* A platform's order JSON -> finished normalized order of `channel`. */
typedef int (*od_normalize_fn)(struct json_object *order, const char *channel,
                               struct od_order **out);

/* The `reparse` of an API connector whose dead letters hold one order's
 * JSON: normalize it again; OD_EINVAL (with the reason) when still bad. */
int od_api_reparse(od_normalize_fn normalize, const char *channel, const struct od_dead_letter *d,
                   struct od_batch *out);

#endif
