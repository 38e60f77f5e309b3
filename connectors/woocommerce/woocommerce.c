/* The WooCommerce connector (kind: woocommerce): REST v3 /orders,
 * incremental by date_modified_gmt.
 *
 * A sync reads one window (modified_after = watermark - overlap,
 * modified_before = now - lag, dates_are_gmt=true, orderby=modified,
 * order=asc). Page numbers shift when an order of an unread page is
 * modified (it leaves the window), so the sync pages by keyset instead:
 * after a full page it asks again with modified_after = the last order's
 * time minus one second (re-reading that second is a no-op under the
 * unique key); only a page whose orders all share one second moves on by
 * page number. The cursor {"watermark", "window_to", "after", "page",
 * "page_size"} commits with every page: `page` is the next page to ask
 * for, at page_size orders a page (lib/connector.h); with another
 * per_page (a reload, a smaller batch_size) the walk goes on from the
 * same order (od_window_page_size).
 *
 * Reconciliation (lib/reconcile.h): count reads X-WP-Total of one
 * request of per_page=1 with the poll's filters, modified_after = the
 * window's start less one second and modified_before = its end (both
 * exclusive in whole seconds, as WP_Date_Query compares them), so it
 * counts [from, to). Windows are COUNT_WINDOW_MS wide (WooCommerce caps
 * none). A cursor with a window and no walk open (page 0: the re-fetch
 * of a window that differed) is read from its second `after` on. */
#include <json-c/json.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "connector.h"
#include "error.h"
#include "gateway.h"
#include "http.h"
#include "json.h"
#include "window.h"
#include "woocommerce.h"

/* Width of a reconciliation window: 4 count requests a day, and a
 * window that differs is re-fetched in a few pages. */
#define COUNT_WINDOW_MS (6 * 3600 * 1000LL)

struct woo_settings {
    char *site_url;
    char *consumer_key;
    char *consumer_secret;
    int64_t overlap_ms;
    int64_t lag_ms;
    char *start_from;
    int64_t per_page;
    int64_t timeout_ms;
    char *ca_file;
};

#define K(f) offsetof(struct woo_settings, f)

static const struct od_config_key woo_keys[] = {
    {"site_url", OD_KEY_STRING, NULL, K(site_url),
     "https://shop.example.com (plain http only for a loopback host)", NULL, true},
    {"consumer_key", OD_KEY_SECRET, NULL, K(consumer_key), "REST API consumer key (ck_...)", NULL,
     true},
    {"consumer_secret", OD_KEY_SECRET, NULL, K(consumer_secret),
     "REST API consumer secret (cs_...)", NULL, true},
    {"overlap", OD_KEY_DURATION, "5m", K(overlap_ms),
     "each window starts this far before the watermark", NULL, false},
    {"lag", OD_KEY_DURATION, "60s", K(lag_ms), "windows end this far behind now", NULL, false},
    {"start_from", OD_KEY_STRING, NULL, K(start_from),
     "first sync reaches back to this RFC 3339 time or duration (90d); default: everything", NULL,
     false},
    {"per_page", OD_KEY_INT, "100", K(per_page), "orders per request (1-100)", NULL, false},
    {"timeout", OD_KEY_DURATION, "60s", K(timeout_ms), "limit for one request", NULL, false},
    {"ca_file", OD_KEY_PATH, NULL, K(ca_file),
     "CA certificates (PEM) to trust instead of the system store", NULL, false},
    {NULL, 0, NULL, 0, NULL, NULL, false},
};

struct woo_state {
    struct od_channel *ch;
    const struct woo_settings *s;
    struct od_http *http;
    struct od_http_stats stats;
};

static int woo_validate(const struct od_channel *ch)
{
    const struct woo_settings *s = ch->settings;
    od_time t;

    if (od_http_check_url(s->site_url) < 0)
        return od_error_wrap(OD_ECONFIG, "woocommerce.site_url");
    if (s->per_page < 1 || s->per_page > 100)
        return od_error_set(OD_ECONFIG, "woocommerce.per_page: must be 1 to 100");
    if (s->start_from && od_window_parse_start(s->start_from, &t) < 0)
        return od_error_set(OD_ECONFIG,
                            "woocommerce.start_from: '%s' is neither an RFC 3339 time nor a "
                            "duration",
                            s->start_from);
    return 0;
}

static int woo_open(struct od_channel *ch, void **state)
{
    struct woo_state *st = calloc(1, sizeof(*st));
    int rc;

    if (!st)
        return od_error_set(OD_ENOMEM, "out of memory");
    st->ch = ch;
    st->s = ch->settings;
    rc = od_api_http_new(ch, st->s->ca_file, st->s->timeout_ms, &st->http);
    if (rc < 0) {
        free(st);
        return rc;
    }
    *state = st;
    return 0;
}

static void woo_close(void *state)
{
    struct woo_state *st = state;

    if (!st)
        return;
    od_http_free(st->http);
    free(st);
}

/* Query time: "2026-11-20T01:30:00" (UTC, as dates_are_gmt=true asks). */
static void time_param(od_time t, char *buf, size_t len)
{
    char iso[OD_TIME_STRLEN];

    od_time_format(t - t % 1000000, iso);
    snprintf(buf, len, "%.19s", iso);
}

/* Woo's error envelope {"code", "message"} for messages. */
static void error_text(const struct od_http_response *r, char *buf, size_t len)
{
    struct json_object *doc = NULL;
    const char *code, *msg;

    buf[0] = '\0';
    if (r->body && od_json_parse(r->body, r->body_len, &doc) == 0) {
        code = od_json_text(doc, "code");
        msg = od_json_text(doc, "message");
        snprintf(buf, len, "%s%s%s", code ? code : "", code && msg ? ": " : "", msg ? msg : "");
    }
    json_object_put(doc);
}

/* The paging keys: each order's date_modified_gmt (also of one that
 * is dead-lettered). */
static void observe(void *ud, struct json_object *j)
{
    od_time t = OD_TIME_NONE;

    if (od_json_get_time(j, "date_modified_gmt", "date_modified_gmt", "UTC", &t) < 0)
        t = OD_TIME_NONE;
    od_gw_span_add(ud, t);
}

static const char *const woo_ids[] = {"id", NULL};

/* Add the page's orders and note their span in *sp. */
static int add_page(struct woo_state *st, const struct od_http_response *r, struct od_batch *out,
                    struct od_gw_span *sp)
{
    struct od_gw_items items = {.channel = st->ch->name,
                                .normalize = woocommerce_normalize,
                                .id_keys = woo_ids,
                                .noun = "order",
                                .ref = "orders:id",
                                .observe = observe,
                                .ud = sp};
    struct json_object *doc = NULL;
    int rc;

    od_gw_span_init(sp);
    rc = od_http_json(r, "orders", &doc);
    if (rc < 0)
        return rc;
    if (!json_object_is_type(doc, json_type_array))
        rc = od_error_set(OD_EAGAIN, "orders: expected a JSON array");
    else
        rc = od_gw_add_items(&items, doc, out);
    json_object_put(doc);
    return rc;
}

static int woo_poll(void *state, const struct od_cursor *from, struct od_batch *out)
{
    struct woo_state *st = state;
    const struct woo_settings *s = st->s;
    const char *headers[2] = {"Accept: application/json", NULL};
    struct od_http_request req = {
        .headers = headers, .username = s->consumer_key, .password = s->consumer_secret};
    struct od_http_response resp = {0};
    struct od_http_retry policy = {.max_attempts = 6};
    struct od_window w;
    struct od_buf url;
    char a[64], b[64], why[512];
    struct od_gw_span sp;
    int64_t per_page = s->per_page;
    int rc;

    /* One page per poll, never more orders than the batch has room for. */
    if (out->max_orders > 0 && (int64_t)out->max_orders < per_page)
        per_page = (int64_t)out->max_orders;
    od_buf_init(&url, 8192);
    rc = od_window_read(from, &w);
    if (rc < 0)
        goto out;
    od_window_read_old_page(&w, OD_WINDOW_OLD_NEXT, per_page);
    od_window_page_size(&w, per_page, false);
    if (w.window_to == OD_TIME_NONE) {
        od_time start, end;

        if (!od_window_bounds(&w, s->overlap_ms, s->lag_ms, s->start_from, &start, &end))
            goto out; /* caught up */
        w.window_to = end;
        w.after = start;
        w.page = 1;
        memset(&st->stats, 0, sizeof(st->stats));
    } else if (w.page == 0) {
        /* A window given whole and not started (reconciliation's
         * re-fetch): its range [after, window_to] includes the second
         * `after`, which modified_after excludes. */
        if (w.after != OD_TIME_NONE)
            w.after = od_window_second(w.after) - 1000000;
        w.page = 1;
        memset(&st->stats, 0, sizeof(st->stats));
    }
    time_param(w.window_to, b, sizeof(b));
    rc = od_buf_printf(&url,
                       "%s/wp-json/wc/v3/orders?dates_are_gmt=true&orderby=modified&order=asc"
                       "&per_page=%lld&page=%lld&modified_before=%s",
                       s->site_url, (long long)per_page, (long long)(w.page > 0 ? w.page : 1), b);
    if (rc == 0 && w.after != OD_TIME_NONE) {
        time_param(w.after, a, sizeof(a));
        rc = od_buf_printf(&url, "&modified_after=%s", a);
    }
    if (rc < 0)
        goto out;
    req.url = url.data;
    rc = od_http_send_retry(st->http, &req, &policy, &st->stats, &resp);
    if (rc < 0)
        goto out;
    error_text(&resp, why, sizeof(why));
    rc = od_gw_http_check(&resp, "WooCommerce orders", why, out);
    if (rc == 0)
        rc = add_page(st, &resp, out, &sp);
    if (rc < 0)
        goto out;
    if (sp.n < (size_t)per_page) {
        /* Last page: the window is done. */
        w.watermark = w.window_to;
        w.window_to = w.after = OD_TIME_NONE;
        w.page = 0;
        od_channel_log(st->ch, OD_CH_INFO,
                       "window done: %llu requests, %llu retried, %llu throttled (429), "
                       "%lld ms waiting",
                       (unsigned long long)st->stats.requests,
                       (unsigned long long)st->stats.retries,
                       (unsigned long long)st->stats.throttled, (long long)st->stats.waited_ms);
    } else if (sp.first != OD_TIME_NONE && sp.last > sp.first) {
        od_time after = sp.last - sp.last % 1000000 - 1000000;

        /* A server that answers the same full page again would keep
         * `orderd --once` running for ever. */
        if (w.after != OD_TIME_NONE && after <= w.after) {
            rc = od_error_set(OD_EIO, "WooCommerce orders: a full page that does not move past "
                                      "modified_after; the server pages in a loop");
            goto out;
        }
        w.after = after;
        w.page = 1;
        out->more = true;
    } else if (w.page >= OD_WINDOW_MAX_PAGES) {
        rc = od_error_set(OD_EIO,
                          "WooCommerce orders: more than %d full pages of one second; the "
                          "server pages in a loop",
                          OD_WINDOW_MAX_PAGES);
        goto out;
    } else {
        w.page++;
        out->more = true;
    }
    rc = od_window_write(out, &w);
out:
    od_window_clear(&w);
    od_buf_free(&url);
    od_http_response_clear(&resp);
    return rc;
}

int woocommerce_total_parse(const char *value, int64_t *n)
{
    int64_t t = 0;
    size_t len;

    if (!value)
        return od_error_set(OD_EIO, "WooCommerce orders: no X-WP-Total header in the answer");
    len = strspn(value, "0123456789");
    if (len == 0 || len > 18 || value[len] != '\0')
        return od_error_set(OD_EIO, "WooCommerce orders: X-WP-Total '%.32s' is not a count", value);
    for (size_t i = 0; i < len; i++)
        t = t * 10 + (value[i] - '0');
    *n = t;
    return 0;
}

/* The orders modified in [w->from, w->to): X-WP-Total of one order a
 * page with the poll's filters. */
static int woo_count(void *state, const struct od_count_window *w, int64_t *n)
{
    struct woo_state *st = state;
    const struct woo_settings *s = st->s;
    const char *headers[2] = {"Accept: application/json", NULL};
    struct od_http_request req = {
        .headers = headers, .username = s->consumer_key, .password = s->consumer_secret};
    struct od_http_response resp = {0};
    struct od_http_retry policy = {.max_attempts = 6, .stop = w->stop, .stop_ud = w->stop_ud};
    struct od_http_stats stats = {0};
    struct od_batch b;
    struct od_buf url;
    char a[64], z[64], why[512];
    int rc;

    od_batch_init(&b, 0);
    od_buf_init(&url, 1024);
    time_param(w->from - 1000000, a, sizeof(a));
    time_param(w->to, z, sizeof(z));
    rc = od_buf_printf(&url,
                       "%s/wp-json/wc/v3/orders?dates_are_gmt=true&per_page=1&page=1"
                       "&modified_after=%s&modified_before=%s&_fields=id",
                       s->site_url, a, z);
    if (rc < 0)
        goto out;
    req.url = url.data;
    rc = od_http_send_retry(st->http, &req, &policy, &stats, &resp);
    if (rc < 0)
        goto out;
    error_text(&resp, why, sizeof(why));
    rc = od_gw_http_check(&resp, "WooCommerce orders", why, &b);
    if (rc == 0)
        rc = woocommerce_total_parse(od_http_header(&resp, "X-WP-Total"), n);
out:
    od_buf_free(&url);
    od_http_response_clear(&resp);
    od_batch_free(&b);
    return rc;
}

static void woo_count_limits(void *state, int64_t *max_window_ms, int64_t *lag_ms)
{
    const struct woo_state *st = state;

    *max_window_ms = COUNT_WINDOW_MS;
    *lag_ms = st->s->lag_ms;
}

static int woo_reparse(void *state, const struct od_dead_letter *d, struct od_batch *out)
{
    struct woo_state *st = state;

    return od_api_reparse(woocommerce_normalize, st->ch->name, d, out);
}

const struct od_connector od_woocommerce_connector = {
    .version = OD_CONNECTOR_VERSION,
    .kind = "woocommerce",
    .summary = "WooCommerce REST v3 orders, incremental by date_modified_gmt",
    .keys = woo_keys,
    .settings_size = sizeof(struct woo_settings),
    .validate = woo_validate,
    .open = woo_open,
    .poll = woo_poll,
    .after_commit = NULL,
    .reparse = woo_reparse,
    .close = woo_close,
    .count = woo_count,
    .count_limits = woo_count_limits,
};
