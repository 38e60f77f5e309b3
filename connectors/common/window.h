/* Shared pieces of the API connectors that sync by a modification-time
 * watermark (shopify, woocommerce, and the signed-gateway platforms):
 * the window cursor, the window bounds, and request logging. */
#ifndef OD_WINDOW_H
#define OD_WINDOW_H

#include <stdbool.h>
#include <stdint.h>

#include "clock.h"
#include "config.h"
#include "connector.h"
#include "timeutil.h"

struct json_object;

/* The committed position of a window sync:
 *   {"watermark": T, "window_to": T2, "next": URL, "after": T3,
 *    "second": T4, "page": N, "page_size": S}
 * watermark: everything modified up to T is stored; window_to: the end
 * of the window being paged (OD_TIME_NONE when none is open); next /
 * after: where paging resumes (a page link, a keyset time; unused ones
 * are NULL / OD_TIME_NONE).
 *
 * page and page_size have one meaning in every connector (documented in
 * lib/connector.h): page is the number (from 1) of the next page to
 * request in a walk by page number, counted in pages of page_size items,
 * of the range [after, window_to], or of the one second `second` when
 * that is set (抖店's burst of orders in one second); 0 = no walk open
 * (the next request is the first of its range). A walk goes backward
 * (taobao, jd, pinduoduo, douyin: from the last page down to page 1, so
 * an item that leaves the range never moves an unread one onto a read
 * page) or forward (woocommerce, page 1 up). page_size is written
 * whenever page is, so a walk resumed with another page size (a reload,
 * a smaller batch_size) goes on where it was: od_window_page_size().
 * Cursors of an older orderd without page_size held a count or an index
 * in `page`, each connector its own: od_window_read_old_page(). */
struct od_window {
    od_time watermark;
    od_time window_to;
    char *next;
    od_time after;
    od_time second;
    int64_t page;
    int64_t page_size; /* 0: not in the cursor (an older orderd's, or no walk) */
};

/* What `page` held in a cursor of an older orderd (no page_size). */
enum od_window_old_page {
    OD_WINDOW_OLD_UNREAD,   /* taobao, jd: the unread items, counted from the range's start */
    OD_WINDOW_OLD_NEXT,     /* pinduoduo, woocommerce: the next page number (as now) */
    OD_WINDOW_OLD_DY_INDEX, /* douyin: 1 = the second's first page; k >= 2 = its page k - 2 (from 0)
                             */
};

/* Convert an older cursor's `page` (page_size 0, page > 0) read by
 * od_window_read to the meaning above at `size` items a page (the size
 * the old walk used was the configured one; it is taken as `size`). A
 * cursor that has page_size is left alone. */
void od_window_read_old_page(struct od_window *w, enum od_window_old_page old, int64_t size);

/* Go on with the open walk at `size` items a page: when w->page_size
 * differs, the page number is converted through the items it stands for
 * (backward: the unread ones, page * page_size; forward: the read ones,
 * (page - 1) * page_size), never skipping an unread item; then
 * page_size = size. No walk open (page 0): only page_size is set. */
void od_window_page_size(struct od_window *w, int64_t size, bool backward);

/* The most pages one window may take: a platform that counts more
 * (a broken or hostile server, or a window far too wide for the shop)
 * would keep `orderd --once` walking for days. */
#define OD_WINDOW_MAX_PAGES 10000

/* 0 when `total` items fit in OD_WINDOW_MAX_PAGES pages of `size`,
 * else OD_EIO with a detail that says what to do. */
int od_window_walk_check(int64_t total, int64_t size);

/* A backward walk after the range's first request told its `total`
 * items (a negative one counts as none), at `size` a page: page = the
 * last page; 0 when the first page held them all (then nothing is left
 * to walk). Returns w->page, or OD_EIO from od_window_walk_check() (w
 * unchanged). */
int64_t od_window_walk_start(struct od_window *w, int64_t total, int64_t size);

/* A backward walk after page w->page was read: the page before it next;
 * when the range now holds `total` items (-1: unknown) and they end
 * before that page, the page holding the last of them. Returns the new
 * w->page; 0 = the walk is done. */
int64_t od_window_walk_back(struct od_window *w, int64_t total);

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
 * seconds. Sets w->after, w->window_to, w->page = 0 and w->second =
 * OD_TIME_NONE and returns 1;
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
