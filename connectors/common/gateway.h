/* One home for what the shop connectors share around a platform call
 * (issue 17): one signed call to an open-platform gateway with its
 * retries, backoff, throttling and stop handling; error classes from a
 * per-platform table; one HTTP-status mapping; and the item loop that
 * normalizes each order of a page or dead-letters it. The platform
 * differences are data (struct od_gw_platform: the error table, the
 * backoff figures) and three small callbacks (build the signed request,
 * read the answer's envelope, read a ban's length).
 *
 * A call (od_gw_call):
 *   1. no request while a ban the platform announced lasts (OD_EAGAIN,
 *      out->retry_after_ms = what is left);
 *   2. build the request (again for every try: fresh timestamp and
 *      signature) and send it with od_http_send_retry (transport errors,
 *      5xx and 429 are retried there, stopping early when asked to);
 *   3. classify the answer: HTTP 429 THROTTLE, 5xx TRANSIENT; else the
 *      platform's error envelope by its table; else a status other than
 *      2xx by od_gw_http_class; else a body that is not the platform's
 *      JSON TRANSIENT;
 *   4. THROTTLE and TRANSIENT are tried again, `tries` calls in all,
 *      waiting first_wait_ms, then twice that, ... between them; a ban
 *      with a length (ban_ms) ends the call at once instead;
 *   5. the class becomes the return code (od_gw_class_rc).
 * With g->auth (gwauth.h) the access token is renewed before step 2 when
 * it is due, and an OD_GW_EXPIRED answer renews it and makes the call
 * once more.
 * Waits sleep on lib/clock.h's clock (a test's fake clock makes them
 * instant) in slices of at most 100 ms and end, with OD_EAGAIN, as soon
 * as out->stop says so; a ban is timed on its monotonic clock.
 *
 * Error classes and the one default: a platform code no row of the
 * table matches is OD_GW_FATAL (OD_ECONFIG: the channel shows
 * config_error and waits backoff_cap), whatever the platform. */
#ifndef OD_GATEWAY_H
#define OD_GATEWAY_H

#include <stdbool.h>
#include <stdint.h>

#include "buf.h"
#include "connector.h"
#include "http.h"
#include "window.h"

struct json_object;
struct od_gw_auth;

enum od_gw_class {
    OD_GW_OK = 0,
    OD_GW_AUTH,      /* token, app key or signature refused: OD_EAUTH */
    OD_GW_THROTTLE,  /* rate limited: tried again, then OD_EAGAIN */
    OD_GW_TRANSIENT, /* the platform or the network hiccuped: tried again, then OD_EAGAIN */
    OD_GW_ITEM,      /* the code concerns one item, not the call: OD_EINVAL (dead letter) */
    OD_GW_FATAL,     /* the request cannot work as configured: OD_ECONFIG */
    OD_GW_EXPIRED,   /* the access token expired: renewed and tried once more
                        when the channel can (gwauth.h), else OD_EAUTH */
};

/* The return code of a class (OD_GW_OK: 0). */
int od_gw_class_rc(enum od_gw_class c);

/* The one HTTP-status mapping: 2xx OK, 401/403 AUTH, 429 THROTTLE,
 * 408 and 5xx TRANSIENT, anything else FATAL. */
enum od_gw_class od_gw_http_class(long status);

/* od_gw_http_class applied to a REST answer (Shopify, WooCommerce): 0
 * for 2xx; else the class's code with the detail "<who> refused the
 * credentials (HTTP n): <why>" (AUTH) or "<who>: HTTP n[ after
 * retries]: <why>", and for THROTTLE/TRANSIENT out->retry_after_ms from
 * Retry-After. `why` is the platform's error text ("" when none). */
int od_gw_http_check(const struct od_http_response *r, const char *who, const char *why,
                     struct od_batch *out);

/* A platform's error as its envelope says it. */
struct od_gw_error {
    long code;      /* the numeric code; -1 when absent */
    char sub[80];   /* sub_code, "" when none */
    char what[512]; /* code and messages for humans (no secrets) */
};

/* One row of a platform's error table. A row matches when its sub_code
 * is set and the error's sub_code contains it (ignoring case), or when
 * its sub_code is NULL and lo <= code <= hi. The first matching row
 * wins; no match is OD_GW_FATAL. The message is
 * "<platform> <say>: <what>", or "<platform> <what>" when say is NULL
 * ("TOP code 15 ..."). */
struct od_gw_code {
    long lo, hi;
    const char *sub_code;
    enum od_gw_class cls;
    const char *say;
};

/* The class of `e` by `codes[0..n)` (the table rule above). */
enum od_gw_class od_gw_classify(const struct od_gw_code *codes, size_t n,
                                const struct od_gw_error *e, const char **say);

struct od_gw_platform {
    const char *name; /* in messages: "TOP", "JD", "order.searchList" */
    const struct od_gw_code *codes;
    size_t n_codes;
    int tries;                 /* calls per od_gw_call while THROTTLE/TRANSIENT */
    int64_t first_wait_ms;     /* wait before the second call, doubled after each */
    int64_t throttle_rest_ms;  /* still throttled after the tries: retry_after_ms (0: none) */
    struct od_http_retry http; /* transport retries of each call (stop is set per call) */
    const char *content_type;  /* "Content-Type: ..." header of the POST */

    /* Build one call's request: the URL into `url` (leave it empty to
     * post to the gateway URL given to od_gw_init) and the body into
     * `body`. `ud` is od_gw_call's. Called for every try. */
    int (*build)(void *ud, struct od_buf *url, struct od_buf *body);
    /* Read a JSON answer: an error envelope -> fill *e and return 1; the
     * success envelope -> *result = the object the caller wants
     * (borrowed from doc) and return 0; neither -> OD_EAGAIN with a
     * detail (tried again as TRANSIENT), or another code with a detail
     * for an answer that can never work (returned as it is). */
    int (*envelope)(struct json_object *doc, struct od_gw_error *e, struct json_object **result);
    /* For a THROTTLE answer, may be NULL: the ban the platform announced,
     * in ms (0: not said; the call is tried again after the backoff). */
    int64_t (*ban_ms)(const struct od_gw_error *e);
};

/* One channel's gateway. Owned by the connector state. */
struct od_gw {
    const struct od_gw_platform *p;
    struct od_channel *ch; /* borrowed: for log lines */
    struct od_http *http;  /* owned */
    const char *url;       /* borrowed: the gateway URL */
    /* Per window (the connector resets them), for its log line. */
    struct od_http_stats stats;
    uint64_t throttled;   /* THROTTLE answers */
    uint64_t bans;        /* announced bans */
    int64_t ban_until_ms; /* monotonic; no call before it */
    char ban_msg[512];
    /* How to send (tests replace it); NULL = od_http_send_retry. Waits
     * go through lib/clock.h, which tests replace with a fake clock. */
    int (*send)(struct od_http *h, const struct od_http_request *req,
                const struct od_http_retry *policy, struct od_http_stats *stats,
                struct od_http_response *resp);
    /* Token renewal (gwauth.h), NULL = none: borrowed from the
     * connector's state, set by its open(). */
    struct od_gw_auth *auth;
};

/* An HTTP client for `ch` (od_api_http_new) and the platform. `p`, `ch`
 * and `url` are borrowed and outlive the gateway. */
int od_gw_init(struct od_gw *g, const struct od_gw_platform *p, struct od_channel *ch,
               const char *url, const char *ca_file, int64_t timeout_ms);
/* Free the HTTP client. Accepts a gateway never initialised (zeroed). */
void od_gw_free(struct od_gw *g);

/* The open() of a connector whose state struct begins with its
 * `struct od_gw`: a zeroed state of `size` bytes with the gateway set up
 * (od_gw_init). *state is set only on success; the caller then fills
 * the rest. */
int od_gw_open(size_t size, const struct od_gw_platform *p, struct od_channel *ch, const char *url,
               const char *ca_file, int64_t timeout_ms, void **state);
/* The close() of such a state. Accepts NULL. */
void od_gw_close(void *state);

/* One call with the retries above. On success *doc is the parsed answer
 * (caller frees with json_object_put) and *result the object the
 * envelope picked, borrowed from it. `out` is borrowed: its stop is
 * asked during waits, and retry_after_ms is set on a ban or a throttle
 * that outlasted the tries. */
int od_gw_call(struct od_gw *g, void *ud, struct od_batch *out, struct json_object **doc,
               struct json_object **result);

/* The retry loop alone (od_gw_call's step 4), for tests: attempt() is
 * called until it returns neither THROTTLE nor TRANSIENT or `tries`
 * calls were made; between calls the loop waits the backoff, returning
 * OD_GW_TRANSIENT at once when stop says so (*stopped set). Returns the
 * last class. */
enum od_gw_class od_gw_retry(struct od_gw *g, enum od_gw_class (*attempt)(void *ud), void *ud,
                             const struct od_batch *out, bool *stopped);

/* od_clock_wait(ms, out->stop, out->stop_ud): sleep `ms` in slices of
 * at most 100 ms, asking out->stop (when set; `out` may be NULL) before
 * each: false when it said stop. `g` is not used (NULL is fine): the
 * other connectors' stop-aware sleep. */
bool od_gw_wait(const struct od_gw *g, const struct od_batch *out, int64_t ms);

/* The paging keys of a page: how many items it held and the times of
 * its first and last one; ascending: every time known and none earlier
 * than the one before. */
struct od_gw_span {
    od_time first, last;
    size_t n;
    bool ascending;
};

/* An empty span (n 0, times OD_TIME_NONE, ascending). */
void od_gw_span_init(struct od_gw_span *sp);
/* Note the next item, with its time (OD_TIME_NONE: unknown). */
void od_gw_span_add(struct od_gw_span *sp, od_time t);

/* The item loop of one page. */
struct od_gw_items {
    const char *channel; /* borrowed: the channel name for the orders */
    od_normalize_fn normalize;
    const char *const *id_keys; /* NULL-terminated; the first non-empty one names the item */
    const char *noun;           /* "order", "trade": dead letter "<noun> <id>: <why>" */
    const char *ref;            /* source_ref "<ref>=<id>" ("orders.json:id") */
    /* Called with every item before it is normalized (paging keys),
     * good or bad. May be NULL. `item` is borrowed for the call. */
    void (*observe)(void *ud, struct json_object *item);
    void *ud;
};

/* Normalize every item of the JSON array `list` (NULL: none) into `out`;
 * an item that does not normalize becomes a dead letter holding its JSON.
 * Returns 0, or OD_ENOMEM (the batch then holds part of the page). */
int od_gw_add_items(const struct od_gw_items *it, struct json_object *list, struct od_batch *out);

/* Append params[0..n) form-encoded ("k=v&k2=v2", values percent-encoded)
 * to `body`; with skip_empty, NULL and empty values are left out. */
struct od_param;
int od_gw_form(const struct od_param *params, size_t n, bool skip_empty, struct od_buf *body);

/* Copy platform text `s` (NULL: "") to dst, cut at `max` bytes on a
 * UTF-8 character boundary (it ends up in the database). */
void od_gw_clip(char *dst, size_t dst_len, const char *s, size_t max);

#endif
