/* The 抖店 / Douyin connector (kind: douyin): order.searchList on the
 * open platform gateway, incremental by update_time.
 *
 * Windows of update_time no wider than max_window (the platform's cap),
 * ending `lag` behind now, walked one after the other after downtime.
 * Inside a window orders come oldest first (order_by=update_time,
 * order_asc=true); an order changed during paging leaves the window, so
 * offsets would skip one: after a full page the next request starts at
 * the last order's update_time (bounds are inclusive; re-reads are no-ops
 * under the unique key). A page whose orders all share one second (a
 * flash sale) has that second read on its own, from its last page back to
 * its first. The cursor {watermark, window_to, after, second, page,
 * page_size} commits with every page: `second` is the second walked on
 * its own, `page` the next of its pages to read (lib/connector.h). A
 * cursor of an older orderd (page 1: the second's first request, page
 * k >= 2: its page k - 2; no page_size) is read as such.
 *
 * Each page's invoice requests (order.invoiceList) are put on its orders
 * before they are normalized (attach_invoices).
 *
 * Signing (PLATFORMS.md): pattern = "app_key" K "method" M "param_json" P
 * "timestamp" T "v" "2"; s = secret + pattern + secret; sign =
 * hex(HMAC-SHA256(secret, s)) or hex(MD5(s)). P is the canonical
 * param_json, byte-identical in the signature and the request body. */
#include <json-c/json.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "connector.h"
#include "douyin.h"
#include "error.h"
#include "gateway.h"
#include "gwauth.h"
#include "http.h"
#include "json.h"
#include "sign.h"
#include "window.h"

#define METHOD         "order.searchList"
#define REFRESH_METHOD "token.refresh"
#define INV_METHOD     "order.invoiceList"
/* order.invoiceList pages: page_size at most 50, page_no * page_size at
 * most 10,000 (docs/douyin.md, "Invoice requests"). */
#define INV_PAGE_SIZE 50
#define INV_MAX_PAGES 200

static const char *const sign_methods[] = {"hmac-sha256", "md5", NULL};

struct douyin_settings {
    char *gateway_url;
    char *app_key;
    char *app_secret;
    char *access_token;
    char *refresh_token;
    int64_t refresh_margin;
    char *sign_method;
    int64_t max_window_ms;
    int64_t lag_ms;
    int64_t overlap_ms;
    char *start_from;
    int64_t page_size;
    int64_t invoice_lookback_ms;
    int64_t timeout_ms;
    char *ca_file;
};

#define K(f) offsetof(struct douyin_settings, f)

static const struct od_config_key douyin_keys[] = {
    {"gateway_url", OD_KEY_STRING, "https://openapi-fxg.jinritemai.com", K(gateway_url),
     "open platform gateway (plain http only for a loopback host)", NULL, false},
    {"app_key", OD_KEY_STRING, NULL, K(app_key), "the app's app_key (a public identifier)", NULL,
     true},
    {"app_secret", OD_KEY_SECRET, NULL, K(app_secret), "the app's secret", NULL, true},
    {"access_token", OD_KEY_SECRET, NULL, K(access_token), "the shop's access_token", NULL, true},
    {"refresh_token", OD_KEY_SECRET, NULL, K(refresh_token),
     "the shop's refresh_token: renew the access token with token.refresh (none: no renewal)", NULL,
     false},
    {"refresh_margin", OD_KEY_INT, "20", K(refresh_margin),
     "renew the access token when this percentage of its lifetime is left (1-90)", NULL, false},
    {"sign_method", OD_KEY_ENUM, "hmac-sha256", K(sign_method), "hmac-sha256 or md5", sign_methods,
     false},
    {"max_window", OD_KEY_DURATION, "1d", K(max_window_ms),
     "widest update_time window of one query (the platform allows 1 day)", NULL, false},
    {"lag", OD_KEY_DURATION, "60s", K(lag_ms), "windows end this far behind now", NULL, false},
    {"overlap", OD_KEY_DURATION, "5m", K(overlap_ms),
     "each window starts this far before the watermark", NULL, false},
    {"start_from", OD_KEY_STRING, "1d", K(start_from),
     "first sync reaches back to this RFC 3339 time or duration (30d)", NULL, false},
    {"page_size", OD_KEY_INT, "100", K(page_size), "orders per request (1-100)", NULL, false},
    {"invoice_lookback", OD_KEY_DURATION, "30d", K(invoice_lookback_ms),
     "invoice requests are looked up back to the page's oldest order, at most this far (1h-365d)",
     NULL, false},
    {"timeout", OD_KEY_DURATION, "60s", K(timeout_ms), "limit for one request", NULL, false},
    {"ca_file", OD_KEY_PATH, NULL, K(ca_file),
     "CA certificates (PEM) to trust instead of the system store", NULL, false},
    {NULL, 0, NULL, 0, NULL, NULL, false},
};

struct douyin_state {
    struct od_gw gw; /* first: od_gw_open / od_gw_close; per-window stats */
    struct od_channel *ch;
    const struct douyin_settings *s;
    struct od_gw_auth auth; /* token.refresh (gwauth.h) */
    bool inv_refused_said;  /* the invoice query's refusal is logged once */
};

static const struct od_gw_platform douyin_refresh;
static int token_parse(struct json_object *data, od_time now, struct od_token_pair *out);

static int douyin_validate(const struct od_channel *ch)
{
    const struct douyin_settings *s = ch->settings;
    od_time t;

    if (od_http_check_url(s->gateway_url) < 0)
        return od_error_wrap(OD_ECONFIG, "douyin.gateway_url");
    if (s->page_size < 1 || s->page_size > 100)
        return od_error_set(OD_ECONFIG, "douyin.page_size: must be 1 to 100");
    if (s->max_window_ms < 60000 || s->max_window_ms > 86400000)
        return od_error_set(OD_ECONFIG, "douyin.max_window: must be 1m to 1d");
    if (s->overlap_ms >= s->max_window_ms)
        return od_error_set(OD_ECONFIG, "douyin.overlap: must be shorter than max_window");
    if (s->invoice_lookback_ms < 3600000LL || s->invoice_lookback_ms > 365 * 86400000LL)
        return od_error_set(OD_ECONFIG, "douyin.invoice_lookback: must be 1h to 365d");
    if (s->refresh_margin < 1 || s->refresh_margin > 90)
        return od_error_set(OD_ECONFIG, "douyin.refresh_margin: must be 1 to 90 (percent)");
    if (od_window_parse_start(s->start_from, &t) < 0)
        return od_error_set(OD_ECONFIG,
                            "douyin.start_from: '%s' is neither an RFC 3339 time nor a duration",
                            s->start_from);
    return 0;
}

static int douyin_open(struct od_channel *ch, void **state)
{
    const struct douyin_settings *s = ch->settings;
    int rc = od_gw_open(sizeof(struct douyin_state), &douyin_platform, ch, NULL, s->ca_file,
                        s->timeout_ms, state);

    if (rc == 0) {
        struct douyin_state *st = *state;

        st->ch = ch;
        st->s = s;
        st->auth.config_access = s->access_token;
        st->auth.config_refresh = s->refresh_token;
        st->auth.margin_pct = (int)s->refresh_margin;
        st->auth.refresh_call = &douyin_refresh;
        st->auth.parse = token_parse;
        st->gw.auth = &st->auth;
    }
    return rc;
}

/* The request URL of `method` for `body` (the canonical param_json);
 * `token` NULL: a call without access_token (token.refresh). */
static int build_url(const struct douyin_settings *s, const char *method, const char *token,
                     const char *body, size_t body_len, struct od_buf *url)
{
    struct od_buf pattern;
    char ts[32], sign[65];
    int rc;

    snprintf(ts, sizeof(ts), "%lld", (long long)(od_clock_now() / 1000000));
    od_buf_init(&pattern, body_len + 4096);
    rc = od_buf_adds(&pattern, s->app_secret);
    if (rc == 0)
        rc = od_buf_printf(&pattern, "app_key%smethod%sparam_json", s->app_key, method);
    if (rc == 0)
        rc = od_buf_add(&pattern, body, body_len);
    if (rc == 0)
        rc = od_buf_printf(&pattern, "timestamp%sv2", ts);
    if (rc == 0)
        rc = od_buf_adds(&pattern, s->app_secret);
    if (rc == 0)
        rc = strcmp(s->sign_method, "md5") == 0
                 ? od_sign_digest_md5(pattern.data, pattern.len, false, sign)
                 : od_sign_hmac_sha256(s->app_secret, pattern.data, pattern.len, false, sign);
    if (pattern.data)
        explicit_bzero(pattern.data, pattern.len);
    od_buf_free(&pattern);
    if (rc == 0)
        rc = od_buf_printf(url, "%s/", s->gateway_url);
    for (const char *m = method; rc == 0 && *m; m++) /* path = method, '.' -> '/' */
        rc = od_buf_addc(url, *m == '.' ? '/' : *m);
    if (rc == 0)
        rc = od_buf_adds(url, "?app_key=");
    if (rc == 0)
        rc = od_url_escape(s->app_key, url);
    if (rc == 0)
        rc = od_buf_printf(url, "&method=%s", method);
    if (rc == 0 && token)
        rc = od_buf_adds(url, "&access_token=");
    if (rc == 0 && token)
        rc = od_url_escape(token, url);
    if (rc == 0)
        rc = od_buf_printf(url, "&timestamp=%s&v=2&sign=%s&sign_method=%s", ts, sign,
                           s->sign_method);
    explicit_bzero(sign, sizeof(sign));
    return rc;
}

static int param_json(int64_t page, int64_t size, od_time start, od_time end, struct od_buf *out)
{
    struct json_object *p = json_object_new_object();
    int rc;

    if (!p)
        return od_error_set(OD_ENOMEM, "out of memory");
    json_object_object_add(p, "order_by", json_object_new_string("update_time"));
    json_object_object_add(p, "order_asc", json_object_new_boolean(1));
    json_object_object_add(p, "page", json_object_new_int64(page));
    json_object_object_add(p, "size", json_object_new_int64(size));
    json_object_object_add(p, "update_time_start", json_object_new_int64(start / 1000000));
    json_object_object_add(p, "update_time_end", json_object_new_int64(end / 1000000));
    rc = od_json_canonical(p, out);
    json_object_put(p);
    return rc;
}

/* One call's request: the signed URL, and the canonical param_json
 * (`ud`, an od_buf) as the body. */
struct douyin_call {
    const struct douyin_state *st;
    const struct od_buf *param_json;
};

static int douyin_build(void *ud, struct od_buf *url, struct od_buf *body)
{
    const struct douyin_call *c = ud;
    const struct douyin_settings *s = c->st->s;
    int rc = od_buf_add(body, c->param_json->data, c->param_json->len);

    if (rc == 0)
        rc = build_url(s, METHOD, od_gw_access(&c->st->gw, s->access_token), c->param_json->data,
                       c->param_json->len, url);
    return rc;
}

/* The envelope {code, msg, sub_code, sub_msg, data}: 1 with `e` filled
 * unless code is 10000 (success), then 0. */
static int envelope_error(struct json_object *doc, struct od_gw_error *e)
{
    const char *code = od_json_text(doc, "code");

    e->code = code ? strtol(code, NULL, 10) : -1;
    if (e->code == 10000)
        return 0;
    od_gw_clip(e->sub, sizeof(e->sub), od_json_text(doc, "sub_code"), 64);
    snprintf(e->what, sizeof(e->what), "code %s %s: %s %s", code ? code : "?", e->sub,
             od_json_text(doc, "msg") ? od_json_text(doc, "msg") : "",
             od_json_text(doc, "sub_msg") ? od_json_text(doc, "sub_msg") : "");
    return 1;
}

/* order.searchList's answer: success with data.shop_order_list. */
static int douyin_envelope(struct json_object *doc, struct od_gw_error *e,
                           struct json_object **result)
{
    struct json_object *data = NULL, *list = NULL;

    if (envelope_error(doc, e))
        return 1;
    if (json_object_object_get_ex(doc, "data", &data))
        json_object_object_get_ex(data, "shop_order_list", &list);
    if (!list || !json_object_is_type(list, json_type_array))
        return od_error_set(OD_EAGAIN, METHOD ": no data.shop_order_list in the answer");
    *result = data;
    return 0;
}

/* Error codes (PLATFORMS.md, tests/fakes/douyin.py): 20000/20001 a
 * service error, 60000 the app's call limit; isv.access-token-* and
 * isv.app-id-* the credentials; anything else the request. */
static const struct od_gw_code douyin_codes[] = {
    {20000, 20001, NULL, OD_GW_TRANSIENT, NULL},
    {60000, 60000, NULL, OD_GW_THROTTLE, NULL},
    {0, 0, "access-token-expired", OD_GW_EXPIRED, NULL},
    {0, 0, "access-token", OD_GW_AUTH, NULL},
    {0, 0, "app-id", OD_GW_AUTH, NULL},
};

const struct od_gw_platform douyin_platform = {
    .name = METHOD,
    .codes = douyin_codes,
    .n_codes = sizeof(douyin_codes) / sizeof(douyin_codes[0]),
    .tries = 5,
    .first_wait_ms = 1000,
    .http = {.max_attempts = 6},
    .content_type = "Content-Type: application/json",
    .build = douyin_build,
    .envelope = douyin_envelope,
};

/* order.invoiceList (docs/douyin.md, "Invoice requests"): the requests
 * made in [start, end] (start_time / end_time, unix seconds, both
 * inclusive), oldest first, page `page` (from 0) of INV_PAGE_SIZE. */
struct inv_call {
    const struct douyin_state *st;
    od_time start, end;
    int64_t page;
};

static int inv_build(void *ud, struct od_buf *url, struct od_buf *body)
{
    const struct inv_call *c = ud;
    const struct douyin_settings *s = c->st->s;
    struct json_object *p = json_object_new_object();
    int rc;

    if (!p)
        return od_error_set(OD_ENOMEM, "out of memory");
    json_object_object_add(p, "end_time", json_object_new_int64(c->end / 1000000));
    json_object_object_add(p, "order_by", json_object_new_string("asc"));
    json_object_object_add(p, "order_field", json_object_new_string("create_time"));
    json_object_object_add(p, "page_no", json_object_new_int64(c->page));
    json_object_object_add(p, "page_size", json_object_new_int64(INV_PAGE_SIZE));
    json_object_object_add(p, "start_time", json_object_new_int64(c->start / 1000000));
    rc = od_json_canonical(p, body);
    json_object_put(p);
    if (rc == 0)
        rc = build_url(s, INV_METHOD, od_gw_access(&c->st->gw, s->access_token), body->data,
                       body->len, url);
    return rc;
}

/* order.invoiceList's answer: success with data {invoice_list, total};
 * a page without requests may leave invoice_list out or null. */
static int inv_envelope(struct json_object *doc, struct od_gw_error *e, struct json_object **result)
{
    struct json_object *data = NULL, *list = NULL;

    if (envelope_error(doc, e))
        return 1;
    if (!json_object_object_get_ex(doc, "data", &data) ||
        !json_object_is_type(data, json_type_object))
        return od_error_set(OD_EAGAIN, INV_METHOD ": no data in the answer");
    if (json_object_object_get_ex(data, "invoice_list", &list) && list &&
        !json_object_is_type(list, json_type_array))
        return od_error_set(OD_EAGAIN, INV_METHOD ": data.invoice_list is not a list");
    *result = data;
    return 0;
}

static const struct od_gw_platform douyin_invoice = {
    .name = INV_METHOD,
    .codes = douyin_codes,
    .n_codes = sizeof(douyin_codes) / sizeof(douyin_codes[0]),
    .tries = 5,
    .first_wait_ms = 1000,
    .http = {.max_attempts = 6},
    .content_type = "Content-Type: application/json",
    .build = inv_build,
    .envelope = inv_envelope,
};

/* The order of `list` whose order_id is `id`, or NULL. */
static struct json_object *order_of(struct json_object *list, const char *id)
{
    size_t n = json_object_array_length(list);

    for (size_t i = 0; id && *id && i < n; i++) {
        struct json_object *o = json_object_array_get_idx(list, i);
        const char *oid = od_json_text(o, "order_id");

        if (oid && strcmp(oid, id) == 0)
            return o;
    }
    return NULL;
}

/* Whether request `a` replaces `b` (NULL: none yet) for one order: the
 * later apply_time, a tie to the later one in the answer. */
static bool newer_request(struct json_object *a, struct json_object *b)
{
    const char *ta = od_json_text(a, "apply_time"), *tb = od_json_text(b, "apply_time");

    if (!b)
        return true;
    return (ta ? strtoll(ta, NULL, 10) : 0) >= (tb ? strtoll(tb, NULL, 10) : 0);
}

/* Before the orders of a page go to the sink: their invoice requests,
 * put on each order (in `list`, which the raw copy keeps) as
 * "invoice_request" for the normalizer. 抖店's order says nothing of an
 * invoice, so every page asks: one windowed query (and its pages) for the
 * requests made from the oldest create_time of the page's orders (a
 * request comes after its order), at most invoice_lookback back, up to
 * now. Closed requests (invoice_status 3: withdrawn, or the order
 * refunded) are left out; of several for one order the latest apply_time
 * wins. Errors as poll's, but for an answer that can never work
 * (OD_ECONFIG: a code the table does not know, such as an app without
 * the permission for this API): logged once, and the orders go on
 * without their requests rather than the channel stopping. */
static int attach_invoices(struct douyin_state *st, struct json_object *list, struct od_batch *out)
{
    const struct od_gw_platform *orders_p = st->gw.p;
    od_time now = od_clock_now(), first = OD_TIME_NONE;
    struct inv_call call = {.st = st, .end = now, .page = 0};
    size_t n = json_object_array_length(list);
    int64_t total = -1, seen = 0;
    int rc = 0;

    for (size_t i = 0; i < n; i++) {
        struct json_object *o = json_object_array_get_idx(list, i);
        const char *c = od_json_text(o, "create_time");
        long long t = c ? strtoll(c, NULL, 10) : 0;

        if (!od_json_text(o, "order_id"))
            continue;
        if (t <= 0 || t > now / 1000000)
            t = 0;
        if (first == OD_TIME_NONE || (od_time)t * 1000000 < first)
            first = (od_time)t * 1000000;
    }
    if (first == OD_TIME_NONE)
        return 0; /* no orders */
    if (first < now - st->s->invoice_lookback_ms * 1000)
        first = now - st->s->invoice_lookback_ms * 1000;
    call.start = first;
    st->gw.p = &douyin_invoice;
    for (; rc == 0 && call.page < INV_MAX_PAGES && (total < 0 || seen < total); call.page++) {
        struct json_object *doc = NULL, *data = NULL, *reqs = NULL;
        const char *t;
        size_t got;

        rc = od_gw_call(&st->gw, &call, out, &doc, &data);
        if (rc < 0)
            break;
        json_object_object_get_ex(data, "invoice_list", &reqs);
        got = reqs ? json_object_array_length(reqs) : 0;
        t = od_json_text(data, "total");
        total = t ? strtoll(t, NULL, 10) : -1; /* none: read until a short page */
        seen += (int64_t)got;
        for (size_t i = 0; i < got; i++) {
            struct json_object *a = json_object_array_get_idx(reqs, i), *had = NULL;
            struct json_object *o = order_of(list, od_json_text(a, "shop_order_id"));
            const char *status = od_json_text(a, "invoice_status");

            if (!o || !json_object_is_type(a, json_type_object) ||
                (status && strcmp(status, "3") == 0))
                continue;
            json_object_object_get_ex(o, "invoice_request", &had);
            if (newer_request(a, had))
                json_object_object_add(o, "invoice_request", json_object_get(a));
        }
        json_object_put(doc);
        if (got < INV_PAGE_SIZE)
            break;
    }
    st->gw.p = orders_p;
    if (rc == OD_ECONFIG) {
        if (!st->inv_refused_said)
            od_channel_log(st->ch, OD_CH_WARN,
                           "%s; orders are stored without their invoice requests (said once)",
                           od_error_last());
        st->inv_refused_said = true;
        rc = 0;
    } else if (rc == 0 && call.page >= INV_MAX_PAGES && (total < 0 || seen < total))
        od_channel_log(st->ch, OD_CH_WARN,
                       INV_METHOD ": more than %d requests since the page's oldest order; "
                                  "orders past them are stored without theirs",
                       INV_PAGE_SIZE * INV_MAX_PAGES);
    return rc;
}

/* token.refresh (docs/douyin.md, "Tokens"): param_json
 * {"grant_type":"refresh_token","refresh_token":R}, no access_token;
 * `ud` is the gateway, i.e. the state. */
static int refresh_build(void *ud, struct od_buf *url, struct od_buf *body)
{
    const struct douyin_state *st = ud;
    struct json_object *p = json_object_new_object();
    int rc;

    if (!p)
        return od_error_set(OD_ENOMEM, "out of memory");
    json_object_object_add(p, "grant_type", json_object_new_string("refresh_token"));
    json_object_object_add(p, "refresh_token", json_object_new_string(st->auth.pair.refresh));
    rc = od_json_canonical(p, body);
    json_object_put(p);
    if (rc == 0)
        rc = build_url(st->s, REFRESH_METHOD, NULL, body->data, body->len, url);
    return rc;
}

/* The envelope of token.refresh: code 10000 with data.access_token. */
static int refresh_envelope(struct json_object *doc, struct od_gw_error *e,
                            struct json_object **result)
{
    const char *code = od_json_text(doc, "code");
    struct json_object *data = NULL;

    e->code = code ? strtol(code, NULL, 10) : -1;
    if (e->code != 10000) {
        od_gw_clip(e->sub, sizeof(e->sub), od_json_text(doc, "sub_code"), 64);
        snprintf(e->what, sizeof(e->what), "code %s %s: %s %s", code ? code : "?", e->sub,
                 od_json_text(doc, "msg") ? od_json_text(doc, "msg") : "",
                 od_json_text(doc, "sub_msg") ? od_json_text(doc, "sub_msg") : "");
        return 1;
    }
    if (!json_object_object_get_ex(doc, "data", &data) ||
        !json_object_is_type(data, json_type_object))
        return od_error_set(OD_EAGAIN, REFRESH_METHOD ": no data in the answer");
    *result = data;
    return 0;
}

/* token.refresh's errors: a refresh token that expired, was used or
 * revoked (isv.refresh-token-*, and the access-token rows for an
 * authorization the shop withdrew) is the shop's authorization; the rest
 * as order.searchList. */
static const struct od_gw_code refresh_codes[] = {
    {20000, 20001, NULL, OD_GW_TRANSIENT, NULL},
    {60000, 60000, NULL, OD_GW_THROTTLE, NULL},
    {0, 0, "refresh-token", OD_GW_AUTH, "refused the refresh token"},
    {0, 0, "access-token", OD_GW_AUTH, "refused the authorization"},
    {0, 0, "app-id", OD_GW_AUTH, NULL},
};

static const struct od_gw_platform douyin_refresh = {
    .name = REFRESH_METHOD,
    .codes = refresh_codes,
    .n_codes = sizeof(refresh_codes) / sizeof(refresh_codes[0]),
    .tries = 3,
    .first_wait_ms = 1000,
    .http = {.max_attempts = 4},
    .content_type = "Content-Type: application/json",
    .build = refresh_build,
    .envelope = refresh_envelope,
};

/* data {access_token, refresh_token, expires_in (seconds; an absolute
 * unix time is read as such), refresh_expires_in when said}. */
static int token_parse(struct json_object *data, od_time now, struct od_token_pair *out)
{
    static const char *const exp[] = {"expires_in", NULL};
    static const char *const rexp[] = {"refresh_expires_in", NULL};

    return od_gw_auth_read(data, REFRESH_METHOD, now, exp, rexp, out);
}

/* The paging keys: each order's update_time (unix seconds). */
static void observe(void *ud, struct json_object *j)
{
    od_gw_span_add(ud, douyin_update_time(j));
}

static const char *const douyin_ids[] = {"order_id", NULL};

static int douyin_poll(void *state, const struct od_cursor *from, struct od_batch *out)
{
    struct douyin_state *st = state;
    const struct douyin_settings *s = st->s;
    struct json_object *doc = NULL, *data = NULL, *list = NULL;
    struct od_buf pj;
    struct douyin_call call = {.st = st, .param_json = &pj};
    struct od_gw_span sp;
    struct od_gw_items items = {.channel = st->ch->name,
                                .normalize = douyin_normalize,
                                .id_keys = douyin_ids,
                                .noun = "order",
                                .ref = "searchList:order_id",
                                .observe = observe,
                                .ud = &sp};
    struct od_window w;
    od_time limit = od_clock_now() - s->lag_ms * 1000;
    int64_t size = s->page_size;
    size_t n;
    int rc;

    /* One page per poll, never more orders than the batch has room for. */
    if (out->max_orders > 0 && (int64_t)out->max_orders < size)
        size = (int64_t)out->max_orders;
    od_buf_init(&pj, 65536);
    rc = od_window_read(from, &w);
    if (rc < 0)
        goto out;
    od_window_read_old_page(&w, OD_WINDOW_OLD_DY_INDEX, size);
    od_window_page_size(&w, size, true);
    if (w.window_to == OD_TIME_NONE) {
        od_time start, end;

        if (!od_window_bounds(&w, s->overlap_ms, s->lag_ms, s->start_from, &start, &end))
            goto out; /* caught up */
        if (end - start > s->max_window_ms * 1000)
            end = start + s->max_window_ms * 1000;
        w.window_to = end;
        w.after = start;
        w.second = OD_TIME_NONE;
        w.page = 0;
        memset(&st->gw.stats, 0, sizeof(st->gw.stats));
    }
    if (w.second == OD_TIME_NONE && w.after != OD_TIME_NONE && w.after > w.window_to) {
        /* A one-second walk ended the window. */
        out->more = w.window_to < limit - s->overlap_ms * 1000;
        w.watermark = w.window_to;
        w.window_to = w.after = OD_TIME_NONE;
        rc = od_window_write(out, &w);
        goto out;
    }
    /* No `second`: keyset paging of [after, window_to]. A `second`: the
     * one-second burst at that time; page 0: its first page, to learn its
     * size; page k >= 1: its page k (page_no k - 1 for the platform,
     * which counts from 0), walked from the last page back. */
    if (w.second == OD_TIME_NONE)
        rc = param_json(0, size, w.after, w.window_to, &pj);
    else
        rc = param_json(w.page > 0 ? w.page - 1 : 0, size, w.second, w.second, &pj);
    if (rc < 0)
        goto out;
    od_gw_span_init(&sp);
    rc = od_gw_call(&st->gw, &call, out, &doc, &data);
    if (rc < 0)
        goto out;
    json_object_object_get_ex(data, "shop_order_list", &list);
    n = json_object_array_length(list);
    rc = attach_invoices(st, list, out);
    if (rc == 0)
        rc = od_gw_add_items(&items, list, out);
    if (rc < 0)
        goto out;
    if (w.second != OD_TIME_NONE) {
        /* A second with more orders than a page: reading it forward would
         * skip an order whenever one of it changes (it leaves the second
         * and the rest move up). Read from its last page back to its
         * first: what moves up is read by a later request. */
        if (w.page == 0) {
            const char *total = od_json_text(data, "total");

            int64_t last = od_window_walk_start(&w, total ? strtoll(total, NULL, 10) : 0, size);

            if (last < 0) {
                rc = (int)last;
                goto out;
            }
        } else {
            od_window_walk_back(&w, -1);
        }
        if (w.page == 0) {
            /* the second is read: go on after it */
            w.after = w.second + 1000000;
            w.second = OD_TIME_NONE;
        }
        out->more = true;
    } else if (n < (size_t)size) {
        /* The window is done; another one follows at once when this one
         * was cut at max_window (catching up). */
        out->more = w.window_to < limit - s->overlap_ms * 1000;
        w.watermark = w.window_to;
        w.window_to = w.after = OD_TIME_NONE;
        w.page = 0;
        od_channel_log(st->ch, OD_CH_INFO,
                       "window done: %llu requests, %llu retried, %lld ms waiting",
                       (unsigned long long)st->gw.stats.requests,
                       (unsigned long long)st->gw.stats.retries, (long long)st->gw.stats.waited_ms);
    } else if (sp.first != OD_TIME_NONE && sp.last > sp.first) {
        /* A full page that ends where it was asked to start (orders from
         * before the range) would be asked for again and again. */
        if (w.after != OD_TIME_NONE && sp.last <= w.after) {
            rc = od_error_set(OD_EIO, "order.searchList: a full page that does not move past "
                                      "update_time_start; the server pages in a loop");
            goto out;
        }
        w.after = sp.last;
        w.page = 0;
        out->more = true;
    } else {
        /* A full page of one second: walk that second on its own. */
        w.second = w.after = sp.first != OD_TIME_NONE ? sp.first : w.after;
        w.page = 0;
        out->more = true;
    }
    rc = od_window_write(out, &w);
out:
    json_object_put(doc);
    od_window_clear(&w);
    od_buf_free(&pj);
    return rc;
}

static int douyin_reparse(void *state, const struct od_dead_letter *d, struct od_batch *out)
{
    struct douyin_state *st = state;

    return od_api_reparse(douyin_normalize, st->ch->name, d, out);
}

/* The orders updated in [w->from, w->to): data.total of page 0 at size 1,
 * the poll's query and signature (update_time bounds are inclusive whole
 * seconds, so the end is w->to less one second). */
static int douyin_count(void *state, const struct od_count_window *w, int64_t *n)
{
    struct douyin_state *st = state;
    struct json_object *doc = NULL, *data = NULL;
    struct od_buf pj;
    struct douyin_call call = {.st = st, .param_json = &pj};
    struct od_batch b;
    const char *total;
    char *end = NULL;
    long long v = -1;
    int rc;

    od_batch_init(&b, 0);
    b.stop = w->stop;
    b.stop_ud = w->stop_ud;
    od_buf_init(&pj, 4096);
    rc = param_json(0, 1, w->from, w->to - 1000000, &pj);
    if (rc == 0)
        rc = od_gw_call(&st->gw, &call, &b, &doc, &data);
    if (rc < 0)
        goto out;
    total = od_json_text(data, "total");
    if (total && *total)
        v = strtoll(total, &end, 10);
    if (v < 0 || !end || *end) {
        rc = od_error_set(OD_EIO, METHOD ": no data.total (a count) in the answer");
        goto out;
    }
    *n = v;
out:
    json_object_put(doc);
    od_buf_free(&pj);
    od_batch_free(&b);
    return rc;
}

static void douyin_count_limits(void *state, int64_t *max_window_ms, int64_t *lag_ms)
{
    const struct douyin_state *st = state;

    *max_window_ms = st->s->max_window_ms;
    *lag_ms = st->s->lag_ms;
}

const struct od_connector od_douyin_connector = {
    .version = OD_CONNECTOR_VERSION,
    .kind = "douyin",
    .summary = "抖店 (Douyin shop) order.searchList, incremental by update_time",
    .keys = douyin_keys,
    .settings_size = sizeof(struct douyin_settings),
    .validate = douyin_validate,
    .open = douyin_open,
    .poll = douyin_poll,
    .after_commit = NULL,
    .reparse = douyin_reparse,
    .close = od_gw_close,
    .count = douyin_count,
    .count_limits = douyin_count_limits,
};
