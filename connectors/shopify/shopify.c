/* The Shopify connector (kind: shopify): Admin REST orders.json,
 * incremental by updated_at.
 *
 * A sync walks one window [watermark - overlap, now - lag] of updated_at,
 * sorted by updated_at, page by page through the Link header. The cursor
 *   {"watermark": T, "window_to": T2, "next": URL}
 * commits with every page: a crash resumes at the next page of the same
 * window; when the window is done the watermark becomes its end. Orders
 * changed while the window is paged get an updated_at past its end and
 * come in the next window; overlap and the unique key absorb re-reads.
 *
 * Reconciliation (lib/reconcile.h): count asks orders/count.json with
 * the poll's filters (status=any, updated_at_min/max, both inclusive in
 * whole seconds) for {"count": N}, paced and retried like a page; the
 * windows are COUNT_WINDOW_MS wide (Shopify caps none). A cursor that
 * names a window and no page link (the re-fetch of a window that
 * differed) is read as that window, [after, window_to].
 *
 * Pacing: Shopify's bucket (X-Shopify-Shop-Api-Call-Limit: used/40,
 * leaking 2 per second) is tracked here, and a request waits until the
 * bucket has room, so a paced channel does not see 429s. */
#include <json-c/json.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "buf.h"
#include "connector.h"
#include "error.h"
#include "gateway.h"
#include "http.h"
#include "json.h"
#include "shopify.h"
#include "window.h"

#define LEAK_PER_SECOND 2.0
#define BUCKET_MARGIN   2
/* Pages of one window this process follows before it calls the paging
 * broken: 2.5 million orders at the largest page size. */
#define MAX_WINDOW_PAGES 10000
/* Width of a reconciliation window: 4 count requests a day, and a
 * window that differs is re-fetched in a few pages. */
#define COUNT_WINDOW_MS (6 * 3600 * 1000LL)

struct shopify_settings {
    char *shop_url;
    char *access_token;
    char *api_version;
    int64_t overlap_ms;
    int64_t lag_ms;
    bool pacing;
    char *start_from;
    int64_t page_size;
    int64_t timeout_ms;
    char *ca_file;
};

#define K(f) offsetof(struct shopify_settings, f)

static const struct od_config_key shopify_keys[] = {
    {"shop_url", OD_KEY_STRING, NULL, K(shop_url),
     "https://SHOP.myshopify.com (plain http only for a loopback host)", NULL, true},
    {"access_token", OD_KEY_SECRET, NULL, K(access_token), "Admin API access token", NULL, true},
    {"api_version", OD_KEY_STRING, "2024-10", K(api_version), "Admin API version", NULL, false},
    {"overlap", OD_KEY_DURATION, "5m", K(overlap_ms),
     "each window starts this far before the watermark", NULL, false},
    {"lag", OD_KEY_DURATION, "60s", K(lag_ms), "windows end this far behind now", NULL, false},
    {"pacing", OD_KEY_BOOL, "true", K(pacing), "wait for room in Shopify's request bucket", NULL,
     false},
    {"start_from", OD_KEY_STRING, NULL, K(start_from),
     "first sync reaches back to this RFC 3339 time or duration (90d); default: everything", NULL,
     false},
    {"page_size", OD_KEY_INT, "250", K(page_size), "orders per request (1-250)", NULL, false},
    {"timeout", OD_KEY_DURATION, "60s", K(timeout_ms), "limit for one request", NULL, false},
    {"ca_file", OD_KEY_PATH, NULL, K(ca_file),
     "CA certificates (PEM) to trust instead of the system store", NULL, false},
    {NULL, 0, NULL, 0, NULL, NULL, false},
};

struct shopify_state {
    struct od_channel *ch;
    const struct shopify_settings *s;
    struct od_http *http;
    char token_header[512];
    /* bucket estimate: `used` is fractional, as the bucket drains
     * continuously (an int lost each leak below one request, so without
     * the header the level never rose: no pacing at all) */
    double used;
    int cap;
    int64_t used_at_ms;
    /* per window */
    struct od_http_stats stats;
    int64_t pages; /* pages followed by this process */
    /* during a poll: the batch (borrowed, for its stop callback), and
     * whether a pacing wait ended because the program is stopping */
    const struct od_batch *out;
    bool stopped;
};

static int shopify_validate(const struct od_channel *ch)
{
    const struct shopify_settings *s = ch->settings;
    od_time t;

    if (od_http_check_url(s->shop_url) < 0)
        return od_error_wrap(OD_ECONFIG, "shopify.shop_url");
    if (s->page_size < 1 || s->page_size > 250)
        return od_error_set(OD_ECONFIG, "shopify.page_size: must be 1 to 250");
    if (s->start_from && od_window_parse_start(s->start_from, &t) < 0)
        return od_error_set(OD_ECONFIG,
                            "shopify.start_from: '%s' is neither an RFC 3339 time nor a duration",
                            s->start_from);
    if (strspn(s->api_version, "0123456789-") != strlen(s->api_version))
        return od_error_set(OD_ECONFIG, "shopify.api_version: expected YYYY-MM like 2024-10");
    return 0;
}

static int shopify_open(struct od_channel *ch, void **state)
{
    struct shopify_state *st = calloc(1, sizeof(*st));
    int rc;

    if (!st)
        return od_error_set(OD_ENOMEM, "out of memory");
    st->ch = ch;
    st->s = ch->settings;
    st->cap = 40;
    rc = od_api_http_new(ch, st->s->ca_file, st->s->timeout_ms, &st->http);
    if (rc < 0) {
        free(st);
        return rc;
    }
    snprintf(st->token_header, sizeof(st->token_header), "X-Shopify-Access-Token: %s",
             st->s->access_token);
    *state = st;
    return 0;
}

static void shopify_close(void *state)
{
    struct shopify_state *st = state;

    if (!st)
        return;
    od_http_free(st->http);
    explicit_bzero(st->token_header, sizeof(st->token_header));
    free(st);
}

/* Wait until the bucket has room for one more request. */
static void pace(void *ud)
{
    struct shopify_state *st = ud;
    double level;
    int64_t now = od_clock_mono_ms();

    if (!st->s->pacing || st->used_at_ms == 0)
        return;
    level = st->used - (double)(now - st->used_at_ms) / 1000.0 * LEAK_PER_SECOND;
    if (level + 1 > st->cap - BUCKET_MARGIN) {
        int64_t wait = (int64_t)((level + 1 - (st->cap - BUCKET_MARGIN)) / LEAK_PER_SECOND * 1000);

        st->stats.waited_ms += wait;
        /* stop-aware: SIGTERM ends the wait (the poll then returns) */
        if (!st->stopped && !od_gw_wait(NULL, st->out, wait))
            st->stopped = true;
    }
}

/* After every attempt: take the bucket level Shopify reports; a request
 * that got no report (a fault, a reset) still filled the bucket by one. */
static void note_bucket(void *ud, const struct od_http_response *r)
{
    struct shopify_state *st = ud;
    const char *v = r ? od_http_header(r, "X-Shopify-Shop-Api-Call-Limit") : NULL;
    int used, cap;

    if (!v) {
        double level = st->used_at_ms ? st->used - (double)(od_clock_mono_ms() - st->used_at_ms) /
                                                       1000.0 * LEAK_PER_SECOND
                                      : 0;

        st->used = (level > 0 ? level : 0) + 1;
        st->used_at_ms = od_clock_mono_ms();
    }
    if (r && r->status == 429) {
        st->used = st->cap;
        st->used_at_ms = od_clock_mono_ms();
    } else if (v && sscanf(v, "%d/%d", &used, &cap) == 2 && cap > 0 && used >= 0) {
        st->used = used;
        st->cap = cap;
        st->used_at_ms = od_clock_mono_ms();
    }
}

/* Time for a query parameter: RFC 3339 with an explicit +00:00 offset,
 * URL-encoded. */
static void time_param(od_time t, char *buf, size_t len)
{
    char iso[OD_TIME_STRLEN];
    size_t n;

    od_time_format(t, iso);
    n = strlen(iso);
    if (n && iso[n - 1] == 'Z')
        iso[n - 1] = '\0';
    snprintf(buf, len, "%s%%2B00:00", iso);
}

/* `url` (a page link) with its limit query value set to `limit`: a link
 * carries the limit of the request that made it, which may exceed this
 * poll's room (batch_size changed by a reload). */
static int link_with_limit(const char *url, int64_t limit, struct od_buf *out)
{
    const char *p = strstr(url, "?limit=");
    int rc;

    if (!p)
        p = strstr(url, "&limit=");
    if (!p)
        return od_buf_printf(out, "%s%climit=%lld", url, strchr(url, '?') ? '&' : '?',
                             (long long)limit);
    p += strlen("?limit=");
    rc = od_buf_add(out, url, (size_t)(p - url));
    if (rc == 0)
        rc = od_buf_printf(out, "%lld", (long long)limit);
    if (rc == 0)
        rc = od_buf_adds(out, p + strspn(p, "0123456789"));
    return rc;
}

/* The platform's error text from a JSON error body, for messages. */
static void error_text(const struct od_http_response *r, char *buf, size_t len)
{
    struct json_object *doc = NULL, *e;

    buf[0] = '\0';
    if (r->body && od_json_parse(r->body, r->body_len, &doc) == 0 &&
        json_object_object_get_ex(doc, "errors", &e))
        snprintf(buf, len, "%s",
                 json_object_is_type(e, json_type_string)
                     ? json_object_get_string(e)
                     : json_object_to_json_string_ext(e, JSON_C_TO_STRING_PLAIN));
    json_object_put(doc);
}

static const char *const shopify_ids[] = {"id", NULL};

static int add_page(struct shopify_state *st, const struct od_http_response *r,
                    struct od_batch *out)
{
    struct od_gw_items items = {.channel = st->ch->name,
                                .normalize = shopify_normalize,
                                .id_keys = shopify_ids,
                                .noun = "order",
                                .ref = "orders.json:id"};
    struct json_object *doc = NULL, *orders;
    int rc;

    rc = od_http_json(r, "orders.json", &doc);
    if (rc < 0)
        return rc;
    if (!json_object_object_get_ex(doc, "orders", &orders) ||
        !json_object_is_type(orders, json_type_array))
        rc = od_error_set(OD_EAGAIN, "orders.json: no \"orders\" array in the response");
    else
        rc = od_gw_add_items(&items, orders, out);
    json_object_put(doc);
    return rc;
}

static int shopify_poll(void *state, const struct od_cursor *from, struct od_batch *out)
{
    struct shopify_state *st = state;
    const struct shopify_settings *s = st->s;
    const char *headers[3] = {st->token_header, "Accept: application/json", NULL};
    struct od_http_request req = {.headers = headers};
    struct od_http_response resp = {0};
    struct od_http_retry policy = {.max_attempts = 6, .after = note_bucket, .ud = st};
    struct od_window w;
    struct od_buf url;
    char *next = NULL;
    char why[512];
    int64_t limit = s->page_size;
    int rc;

    /* One page per poll, never more orders than the batch has room for. */
    if (out->max_orders > 0 && (int64_t)out->max_orders < limit)
        limit = (int64_t)out->max_orders;
    od_buf_init(&url, 8192);
    rc = od_window_read(from, &w);
    if (rc < 0)
        goto out;
    if (w.next) {
        rc = link_with_limit(w.next, limit, &url);
    } else {
        od_time start, end;
        char a[64], b[64];

        if (w.window_to != OD_TIME_NONE && w.after != OD_TIME_NONE) {
            /* a window given whole (reconciliation's re-fetch) */
            start = w.after;
            end = w.window_to;
        } else if (!od_window_bounds(&w, s->overlap_ms, s->lag_ms, s->start_from, &start, &end)) {
            goto out; /* caught up */
        }
        w.window_to = end;
        w.after = OD_TIME_NONE;
        time_param(end, b, sizeof(b));
        rc = od_buf_printf(&url,
                           "%s/admin/api/%s/orders.json?status=any&limit=%lld"
                           "&order=updated_at%%20asc&updated_at_max=%s",
                           s->shop_url, s->api_version, (long long)limit, b);
        if (rc == 0 && start != OD_TIME_NONE) {
            time_param(start, a, sizeof(a));
            rc = od_buf_printf(&url, "&updated_at_min=%s", a);
        }
        memset(&st->stats, 0, sizeof(st->stats));
        st->pages = 0;
    }
    if (rc < 0)
        goto out;
    req.url = url.data;
    if (s->pacing)
        policy.before = pace;
    policy.stop = out->stop;
    policy.stop_ud = out->stop_ud;
    st->out = out;
    st->stopped = false;
    if (s->pacing)
        pace(st); /* here too, so that a stop sends nothing */
    rc = st->stopped ? OD_EAGAIN : od_http_send_retry(st->http, &req, &policy, &st->stats, &resp);
    st->out = NULL;
    if (st->stopped)
        rc = od_error_set(OD_EAGAIN, "stopped while pacing");
    if (rc < 0)
        goto out;
    error_text(&resp, why, sizeof(why));
    if (resp.status == 400 && w.next) {
        /* The page link went stale: read the window again from its start. */
        od_channel_log(st->ch, OD_CH_WARN, "page link refused (%s); restarting the window", why);
        free(w.next);
        w.next = NULL;
        w.window_to = OD_TIME_NONE;
        rc = od_window_write(out, &w);
        out->more = true;
        goto out;
    }
    rc = od_gw_http_check(&resp, "Shopify orders.json", why, out);
    if (rc == 0)
        rc = add_page(st, &resp, out);
    if (rc < 0)
        goto out;
    next = od_http_header(&resp, "Link") ? od_http_link_next(od_http_header(&resp, "Link")) : NULL;
    /* The token goes with every request: never follow a link elsewhere. */
    if (next && !od_http_same_origin(s->shop_url, next)) {
        rc = od_error_set(OD_EIO, "orders.json: next-page link leaves %s; refused", s->shop_url);
        goto out;
    }
    /* A server that pages in a loop would keep `orderd --once` running
     * for ever: a link to the page just read is refused, and so is a
     * window that goes on past MAX_WINDOW_PAGES. */
    if (next && (strcmp(next, req.url) == 0 || (w.next && strcmp(next, w.next) == 0))) {
        rc = od_error_set(OD_EIO, "orders.json: the next-page link repeats the page just read; the "
                                  "server pages in a loop");
        goto out;
    }
    if (next && ++st->pages > MAX_WINDOW_PAGES) {
        rc = od_error_set(OD_EIO,
                          "orders.json: more than %d pages in one window; the server pages in a "
                          "loop",
                          MAX_WINDOW_PAGES);
        goto out;
    }
    free(w.next);
    w.next = next;
    next = NULL;
    if (w.next) {
        out->more = true;
    } else {
        w.watermark = w.window_to;
        w.window_to = OD_TIME_NONE;
        od_channel_log(st->ch, OD_CH_INFO,
                       "window done: %llu requests, %llu retried, %llu throttled (429), "
                       "%lld ms waiting",
                       (unsigned long long)st->stats.requests,
                       (unsigned long long)st->stats.retries,
                       (unsigned long long)st->stats.throttled, (long long)st->stats.waited_ms);
    }
    rc = od_window_write(out, &w);
out:
    free(next);
    od_window_clear(&w);
    od_buf_free(&url);
    od_http_response_clear(&resp);
    return rc;
}

int shopify_count_parse(const char *body, size_t len, int64_t *n)
{
    struct json_object *doc = NULL, *c;
    int rc;

    if (!body || od_json_parse(body, len, &doc) < 0)
        return od_error_set(OD_EIO, "orders/count.json: not JSON");
    if (!json_object_is_type(doc, json_type_object) ||
        !json_object_object_get_ex(doc, "count", &c) || !json_object_is_type(c, json_type_int) ||
        json_object_get_int64(c) < 0 || json_object_get_int64(c) == INT64_MAX)
        rc = od_error_set(OD_EIO, "orders/count.json: no \"count\" of orders in the answer");
    else {
        *n = json_object_get_int64(c);
        rc = 0;
    }
    json_object_put(doc);
    return rc;
}

/* The orders updated in [w->from, w->to): orders/count.json with the
 * poll's filters, the bounds inclusive in whole seconds. */
static int shopify_count(void *state, const struct od_count_window *w, int64_t *n)
{
    struct shopify_state *st = state;
    const struct shopify_settings *s = st->s;
    const char *headers[3] = {st->token_header, "Accept: application/json", NULL};
    struct od_http_request req = {.headers = headers};
    struct od_http_response resp = {0};
    struct od_http_retry policy = {
        .max_attempts = 6, .after = note_bucket, .ud = st, .stop = w->stop, .stop_ud = w->stop_ud};
    struct od_http_stats stats = {0};
    struct od_batch b;
    struct od_buf url;
    char a[64], z[64], why[512];
    int rc;

    od_batch_init(&b, 0);
    b.stop = w->stop;
    b.stop_ud = w->stop_ud;
    od_buf_init(&url, 1024);
    time_param(w->from, a, sizeof(a));
    time_param(w->to - 1000000, z, sizeof(z));
    rc = od_buf_printf(&url,
                       "%s/admin/api/%s/orders/count.json?status=any&updated_at_min=%s"
                       "&updated_at_max=%s",
                       s->shop_url, s->api_version, a, z);
    if (rc < 0)
        goto out;
    req.url = url.data;
    if (s->pacing)
        policy.before = pace;
    st->out = &b;
    st->stopped = false;
    if (s->pacing)
        pace(st);
    rc = st->stopped ? OD_EAGAIN : od_http_send_retry(st->http, &req, &policy, &stats, &resp);
    st->out = NULL;
    if (st->stopped)
        rc = od_error_set(OD_EAGAIN, "stopped while pacing");
    if (rc < 0)
        goto out;
    error_text(&resp, why, sizeof(why));
    rc = od_gw_http_check(&resp, "Shopify orders/count.json", why, &b);
    if (rc == 0)
        rc = shopify_count_parse(resp.body, resp.body_len, n);
out:
    od_buf_free(&url);
    od_http_response_clear(&resp);
    od_batch_free(&b);
    return rc;
}

static void shopify_count_limits(void *state, int64_t *max_window_ms, int64_t *lag_ms)
{
    const struct shopify_state *st = state;

    *max_window_ms = COUNT_WINDOW_MS;
    *lag_ms = st->s->lag_ms;
}

static int shopify_reparse(void *state, const struct od_dead_letter *d, struct od_batch *out)
{
    struct shopify_state *st = state;

    return od_api_reparse(shopify_normalize, st->ch->name, d, out);
}

const struct od_connector od_shopify_connector = {
    .version = OD_CONNECTOR_VERSION,
    .kind = "shopify",
    .summary = "Shopify Admin REST orders, incremental by updated_at",
    .keys = shopify_keys,
    .settings_size = sizeof(struct shopify_settings),
    .validate = shopify_validate,
    .open = shopify_open,
    .poll = shopify_poll,
    .after_commit = NULL,
    .reparse = shopify_reparse,
    .close = shopify_close,
    .count = shopify_count,
    .count_limits = shopify_count_limits,
};
