/* The 京东 / JD connector (kind: jd): jingdong.pop.order.search on the JD
 * open platform router, incremental by the orders' modified time.
 *
 * Windows. A sync walks the time since its watermark in windows
 * [start, end] of at most max_window (whole seconds, both bounds
 * inclusive, sent as GMT+8 "yyyy-MM-dd HH:mm:ss"), each ending `lag`
 * behind now; after downtime it catches up window by window (`more`
 * stays set while windows remain).
 *
 * Paging. Orders come sorted by modified ascending (dateType 0 = modified
 * time, sortType 0 = ascending). JD pages by offset into the live result
 * set: an order changed while the window is paged gets modified = now,
 * past the window's end, leaves the set, and every later order moves one
 * place towards page 1 -- walking page 1, 2, 3 ... would skip one. So:
 *   - keyset: every request asks for page 1 from `after` (at first the
 *     window's start). When the page is full, the next request starts at
 *     the last order's modified second (orders of that second are read
 *     again: a no-op under the unique key). Nothing that was before the
 *     last order can be missed, whatever leaves the set meanwhile.
 *   - backward walk, when a full page holds one single second (or is not
 *     sorted ascending): keyset cannot move on, so the rest of the window
 *     is read from its last page back to page 1, counted from the
 *     orderTotal of that request. An order that leaves moves later ones
 *     towards page 1, onto pages not read yet (read twice), never an
 *     unread order onto a page already read.
 * Either way an order that changes during paging is read again by a later
 * window, and the overlap plus the unique key absorb re-reads.
 *
 * Cursor (connectors/common/window.h), committed with every page:
 *   {"watermark": T, "window_to": T2, "after": T1, "page": N, "page_size": S}
 * T1..T2 is the part of the window still to read. N = 0: keyset; N > 0:
 * backward walk, pages 1 .. N of S orders not read yet, N the next to
 * read (lib/connector.h); a walk resumed with another page size goes on
 * from the same order (od_window_page_size). A cursor of an older
 * orderd, N orders not read and no S, is read as such. When the window
 * is done the watermark becomes T2.
 *
 * Signing: sign = UPPER(hex(MD5(secret + the name+value of every
 * parameter except sign, sorted by name + secret))); 360buy_param_json is
 * signed as the exact text sent. All parameters, secrets included, travel
 * in the form-encoded POST body: the URL the request hook logs is the bare
 * gateway, and the buffers that held secrets are wiped.
 *
 * Errors. error_response codes 19 (token), 21 (app_key) and 14 (sign,
 * i.e. the app_secret) are OD_EAUTH; 73 (call frequency limit; JD does not
 * say for how long) and 66 (backend unavailable), HTTP 5xx and bodies that
 * are not JD JSON are retried in the poll with backoff, then OD_EAGAIN;
 * any other answer is OD_ECONFIG with JD's code, zh_desc and en_desc. */
#include <json-c/json.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "connector.h"
#include "error.h"
#include "gateway.h"
#include "gwauth.h"
#include "http.h"
#include "jd.h"
#include "json.h"
#include "sign.h"
#include "window.h"

#define METHOD        "jingdong.pop.order.search"
#define RESPONSE_KEY  "jingdong_pop_order_search_responce" /* sic */
#define MAX_WINDOW_MS (INT64_C(86400) * 1000)

/* Every orderInfo field the normalizer reads or the raw payload keeps. */
static const char order_fields[] =
    "orderId,venderId,orderType,payType,orderTotalPrice,orderSellerPrice,orderPayment,"
    "freightPrice,sellerDiscount,balanceUsed,orderState,orderStateRemark,deliveryType,"
    "orderRemark,venderRemark,orderStartTime,paymentConfirmTime,orderEndTime,modified,pin,"
    "consigneeInfo,itemInfoList,invoiceEasyInfo,vatInfo";

struct jd_settings {
    char *gateway_url;
    char *app_key;
    char *app_secret;
    char *access_token;
    char *refresh_token;
    int64_t refresh_margin;
    char *refresh_url;
    char *order_state;
    int64_t max_window_ms;
    int64_t lag_ms;
    int64_t overlap_ms;
    char *start_from;
    int64_t page_size;
    int64_t timeout_ms;
    char *ca_file;
};

#define K(f) offsetof(struct jd_settings, f)

static const struct od_config_key jd_keys[] = {
    {"gateway_url", OD_KEY_STRING, "https://api.jd.com/routerjson", K(gateway_url),
     "JD router (plain http only for a loopback host)", NULL, false},
    {"app_key", OD_KEY_STRING, NULL, K(app_key), "the app's app_key (a public identifier)", NULL,
     true},
    {"app_secret", OD_KEY_SECRET, NULL, K(app_secret), "the app's secret (signs every request)",
     NULL, true},
    {"access_token", OD_KEY_SECRET, NULL, K(access_token), "the shop's access_token", NULL, true},
    {"refresh_token", OD_KEY_SECRET, NULL, K(refresh_token),
     "the shop's refresh_token: renew the access token at refresh_url (none: no renewal)", NULL,
     false},
    {"refresh_margin", OD_KEY_INT, "20", K(refresh_margin),
     "renew the access token when this percentage of its lifetime is left (1-90)", NULL, false},
    {"refresh_url", OD_KEY_STRING, "https://open-oauth.jd.com/oauth2/refresh_token", K(refresh_url),
     "JD's OAuth refresh endpoint (plain http only for a loopback host)", NULL, false},
    {"order_state", OD_KEY_STRING,
     "WAIT_SELLER_STOCK_OUT,WAIT_SELLER_DELIVERY,WAIT_GOODS_RECEIVE_CONFIRM,FINISHED_L,"
     "TRADE_CANCELED,LOCKED,POP_ORDER_PAUSE,PAUSE",
     K(order_state), "comma list of the orderState values to read", NULL, false},
    {"max_window", OD_KEY_DURATION, "1d", K(max_window_ms),
     "widest modified window of one query (1m to 1d)", NULL, false},
    {"lag", OD_KEY_DURATION, "60s", K(lag_ms), "windows end this far behind now (at least 1s)",
     NULL, false},
    {"overlap", OD_KEY_DURATION, "5m", K(overlap_ms),
     "each window starts this far before the watermark", NULL, false},
    {"start_from", OD_KEY_STRING, "1d", K(start_from),
     "first sync reaches back to this RFC 3339 time or duration (30d)", NULL, false},
    {"page_size", OD_KEY_INT, "100", K(page_size), "orders per request (1-100)", NULL, false},
    {"timeout", OD_KEY_DURATION, "60s", K(timeout_ms), "limit for one request", NULL, false},
    {"ca_file", OD_KEY_PATH, NULL, K(ca_file),
     "CA certificates (PEM) to trust instead of the system store", NULL, false},
    {NULL, 0, NULL, 0, NULL, NULL, false},
};

struct jd_state {
    struct od_gw gw; /* first: od_gw_open / od_gw_close; per-window stats */
    struct od_channel *ch;
    const struct jd_settings *s;
    struct od_gw_auth auth; /* the OAuth refresh (gwauth.h) */
};

static const struct od_gw_platform jd_refresh;
static int token_parse(struct json_object *r, od_time now, struct od_token_pair *out);

/* One page as JD returned it. */
struct jd_page {
    struct json_object *doc; /* owns everything below */
    struct json_object *orders;
    int64_t total; /* orderTotal, -1 when absent */
};

static int jd_validate(const struct od_channel *ch)
{
    const struct jd_settings *s = ch->settings;
    const char *p = s->order_state;
    od_time t;

    if (od_http_check_url(s->gateway_url) < 0)
        return od_error_wrap(OD_ECONFIG, "jd.gateway_url");
    if (od_http_check_url(s->refresh_url) < 0)
        return od_error_wrap(OD_ECONFIG, "jd.refresh_url");
    if (s->refresh_margin < 1 || s->refresh_margin > 90)
        return od_error_set(OD_ECONFIG, "jd.refresh_margin: must be 1 to 90 (percent)");
    if (s->page_size < 1 || s->page_size > 100)
        return od_error_set(OD_ECONFIG, "jd.page_size: must be 1 to 100");
    if (s->max_window_ms < 60000 || s->max_window_ms > MAX_WINDOW_MS)
        return od_error_set(OD_ECONFIG, "jd.max_window: must be 1m to 1d");
    if (s->overlap_ms >= s->max_window_ms)
        return od_error_set(OD_ECONFIG, "jd.overlap: must be shorter than max_window");
    if (s->lag_ms < 1000)
        return od_error_set(OD_ECONFIG,
                            "jd.lag: must be at least 1s (a window reaching now can skip "
                            "orders modified while it is paged)");
    if (od_window_parse_start(s->start_from, &t) < 0)
        return od_error_set(OD_ECONFIG,
                            "jd.start_from: '%s' is neither an RFC 3339 time nor a duration",
                            s->start_from);
    for (;;) {
        size_t n = strcspn(p, ",");
        char state[48];

        if (n == 0 || n >= sizeof(state))
            return od_error_set(OD_ECONFIG,
                                "jd.order_state: '%s' must be a comma list of JD order states "
                                "(WAIT_SELLER_STOCK_OUT,FINISHED_L,...)",
                                s->order_state);
        memcpy(state, p, n);
        state[n] = '\0';
        if (jd_status(state) == OD_STATUS_NONE)
            return od_error_set(OD_ECONFIG, "jd.order_state: '%s' is not a JD order state", state);
        if (!p[n])
            break;
        p += n + 1;
    }
    return 0;
}

static int jd_open(struct od_channel *ch, void **state)
{
    const struct jd_settings *s = ch->settings;
    int rc = od_gw_open(sizeof(struct jd_state), &jd_platform, ch, s->gateway_url, s->ca_file,
                        s->timeout_ms, state);

    if (rc == 0) {
        struct jd_state *st = *state;

        st->ch = ch;
        st->s = s;
        st->auth.config_access = s->access_token;
        st->auth.config_refresh = s->refresh_token;
        st->auth.margin_pct = (int)s->refresh_margin;
        st->auth.refresh_call = &jd_refresh;
        st->auth.parse = token_parse;
        st->gw.auth = &st->auth;
    }
    return rc;
}

static void wipe(struct od_buf *b)
{
    if (b->data)
        explicit_bzero(b->data, b->cap);
    od_buf_free(b);
}

static void page_clear(struct jd_page *p)
{
    json_object_put(p->doc);
    memset(p, 0, sizeof(*p));
    p->total = -1;
}

/* 360buy_param_json of one request, keys sorted, no escaping of '/' or
 * non-ASCII text (the same bytes are signed and sent). */
static int param_json(const struct jd_settings *s, od_time start, od_time end, int64_t page,
                      int64_t size, struct od_buf *out)
{
    struct json_object *p = json_object_new_object();
    char a[JD_TIME_LEN], b[JD_TIME_LEN], pg[24], sz[24];
    int rc;

    if (!p)
        return od_error_set(OD_ENOMEM, "out of memory");
    snprintf(pg, sizeof(pg), "%lld", (long long)page);
    snprintf(sz, sizeof(sz), "%lld", (long long)size);
    json_object_object_add(p, "start_date",
                           json_object_new_string(jd_time_format(start, false, a, sizeof(a))));
    json_object_object_add(p, "end_date",
                           json_object_new_string(jd_time_format(end, false, b, sizeof(b))));
    json_object_object_add(p, "order_state", json_object_new_string(s->order_state));
    json_object_object_add(p, "optional_fields", json_object_new_string(order_fields));
    json_object_object_add(p, "page", json_object_new_string(pg));
    json_object_object_add(p, "page_size", json_object_new_string(sz));
    json_object_object_add(p, "dateType", json_object_new_string("0"));
    json_object_object_add(p, "sortType", json_object_new_string("0"));
    rc = od_json_canonical(p, out);
    json_object_put(p);
    return rc;
}

/* One call: the 360buy_param_json text and the settings. */
struct jd_call {
    const struct jd_state *st;
    const struct jd_settings *s;
    const char *pj;
};

/* The signed, form-encoded body of one call. */
static int build_body(void *ud, struct od_buf *url, struct od_buf *body)
{
    const struct jd_call *c = ud;
    const struct jd_settings *s = c->s;
    const char *pj = c->pj;
    char ts[JD_TIME_LEN], sig[65];
    struct od_param p[] = {
        {"360buy_param_json", pj},
        {"access_token", od_gw_access(&c->st->gw, s->access_token)},
        {"app_key", s->app_key},
        {"method", METHOD},
        {"timestamp", jd_time_format(od_clock_now(), true, ts, sizeof(ts))},
        {"v", "2.0"},
        {"sign", sig},
    };
    size_t n = sizeof(p) / sizeof(p[0]);
    struct od_buf str;
    int rc;

    (void)url; /* the bare gateway URL: secrets only travel in the body */
    od_buf_init(&str, 64 * 1024);
    rc = od_sign_param_string(p, n - 1, true, &str);
    if (rc == 0)
        rc = od_sign(OD_SIGN_MD5, s->app_secret, str.data, str.len, true, sig);
    if (rc == 0)
        rc = od_gw_form(p, n, false, body);
    wipe(&str);
    explicit_bzero(sig, sizeof(sig));
    return rc;
}

/* JD's envelope: error_response {code, zh_desc, en_desc}, or
 * RESPONSE_KEY holding searchorderinfo_result (*result). */
static int jd_envelope(struct json_object *doc, struct od_gw_error *e, struct json_object **result)
{
    struct json_object *err, *r, *res;

    if (json_object_object_get_ex(doc, "error_response", &err)) {
        const char *code = od_json_text(err, "code");
        const char *zh = od_json_text(err, "zh_desc");
        const char *en = od_json_text(err, "en_desc");

        e->code = code ? strtol(code, NULL, 10) : -1;
        /* "code 19 token已过期或者不存在，请重新授权访问 (Invalid access_token)" */
        snprintf(e->what, sizeof(e->what), "code %.16s %.200s (%.200s)", code ? code : "?",
                 zh ? zh : "", en ? en : "");
        return 1;
    }
    if (!json_object_object_get_ex(doc, RESPONSE_KEY, &r) ||
        !json_object_is_type(r, json_type_object))
        return od_error_set(OD_EAGAIN, "JD router: no %s in the answer", RESPONSE_KEY);
    if (!json_object_object_get_ex(r, "searchorderinfo_result", &res) ||
        !json_object_is_type(res, json_type_object)) {
        const char *code = od_json_text(r, "code");

        if (code && strcmp(code, "0") != 0)
            return od_error_set(OD_ECONFIG, "JD router: %s.code %.32s", RESPONSE_KEY, code);
        return od_error_set(OD_EAGAIN, "JD router: no searchorderinfo_result in the answer");
    }
    *result = r;
    return 0;
}

/* JD's error codes: 19 the access_token, 14 (sign) and 21 (app_key) the
 * app, 73 the call frequency limit (for how long JD does not say), 66 a
 * backend down. */
static const struct od_gw_code jd_codes[] = {
    {19, 19, NULL, OD_GW_EXPIRED, "refused the access_token"}, /* expired or unknown */
    {14, 14, NULL, OD_GW_AUTH, "refused the app credentials"},
    {21, 21, NULL, OD_GW_AUTH, "refused the app credentials"},
    {73, 73, NULL, OD_GW_THROTTLE, "call frequency limit"},
    {66, 66, NULL, OD_GW_TRANSIENT, NULL},
};

const struct od_gw_platform jd_platform = {
    .name = "JD",
    .codes = jd_codes,
    .n_codes = sizeof(jd_codes) / sizeof(jd_codes[0]),
    .tries = 5,
    .first_wait_ms = 1000,
    .throttle_rest_ms = 30000,
    .http = {.max_attempts = 6},
    .content_type = "Content-Type: application/x-www-form-urlencoded;charset=utf-8",
    .build = build_body,
    .envelope = jd_envelope,
};

/* The OAuth refresh (docs/jd.md, "Tokens"): POST refresh_url with the
 * form app_key, app_secret, grant_type=refresh_token, refresh_token (in
 * the body: the URL is logged); `ud` is the gateway, i.e. the state. */
static int refresh_build(void *ud, struct od_buf *url, struct od_buf *body)
{
    const struct jd_state *st = ud;
    const struct jd_settings *s = st->s;
    struct od_param p[] = {
        {"app_key", s->app_key},
        {"app_secret", s->app_secret},
        {"grant_type", "refresh_token"},
        {"refresh_token", st->auth.pair.refresh},
    };
    int rc = od_buf_adds(url, s->refresh_url);

    if (rc == 0)
        rc = od_gw_form(p, sizeof(p) / sizeof(p[0]), false, body);
    return rc;
}

/* {access_token, expires_in, refresh_token, time, ...} on success; an
 * error is {code, msg} (or error_response) without access_token. */
static int refresh_envelope(struct json_object *doc, struct od_gw_error *e,
                            struct json_object **result)
{
    const char *code = od_json_text(doc, "code");
    const char *msg = od_json_text(doc, "msg");

    if (json_object_object_get_ex(doc, "error_response", NULL))
        return jd_envelope(doc, e, result);
    if (od_json_text(doc, "access_token") && (!code || strcmp(code, "0") == 0)) {
        *result = doc;
        return 0;
    }
    e->code = code ? strtol(code, NULL, 10) : -1;
    snprintf(e->what, sizeof(e->what), "code %.16s %.300s", code ? code : "?", msg ? msg : "");
    return 1;
}

/* Any refusal of the OAuth endpoint is the shop's authorization. */
static const struct od_gw_code refresh_codes[] = {
    {66, 66, NULL, OD_GW_TRANSIENT, NULL},
    {73, 73, NULL, OD_GW_THROTTLE, "call frequency limit"},
    {1, INT32_MAX, NULL, OD_GW_AUTH, "refused the refresh token"},
};

static const struct od_gw_platform jd_refresh = {
    .name = "JD OAuth",
    .codes = refresh_codes,
    .n_codes = sizeof(refresh_codes) / sizeof(refresh_codes[0]),
    .tries = 3,
    .first_wait_ms = 1000,
    .http = {.max_attempts = 4},
    .content_type = "Content-Type: application/x-www-form-urlencoded;charset=utf-8",
    .build = refresh_build,
    .envelope = refresh_envelope,
};

/* expires_in: seconds from `time` (ms) when given, else from now. */
static int token_parse(struct json_object *r, od_time now, struct od_token_pair *out)
{
    static const char *const exp[] = {"expires_in", NULL};
    const char *t = od_json_text(r, "time");
    long long ms = t ? strtoll(t, NULL, 10) : 0;

    return od_gw_auth_read(r, "JD OAuth", ms > 1000000000000LL ? (od_time)ms * 1000 : now, exp,
                           NULL, out);
}

/* The success envelope -> page. */
static int read_result(struct json_object *r, struct jd_page *page)
{
    struct json_object *res, *api, *list = NULL;
    const char *code, *total;

    code = od_json_text(r, "code");
    if (code && strcmp(code, "0") != 0)
        return od_error_set(OD_ECONFIG, "JD router: %s.code %.32s", RESPONSE_KEY, code);
    json_object_object_get_ex(r, "searchorderinfo_result", &res);
    if (json_object_object_get_ex(res, "apiResult", &api) &&
        json_object_is_type(api, json_type_object)) {
        struct json_object *ok = NULL;

        if (json_object_object_get_ex(api, "success", &ok) && ok && !json_object_get_boolean(ok)) {
            const char *c = od_json_text(api, "code");
            const char *zh = od_json_text(api, "chineseErrCode");
            const char *en = od_json_text(api, "englishErrCode");

            return od_error_set(OD_ECONFIG, "JD apiResult code %.32s %.200s (%.200s)", c ? c : "?",
                                zh ? zh : "", en ? en : "");
        }
    }
    page->total = -1;
    if ((total = od_json_text(res, "orderTotal")) != NULL) {
        char *end = NULL;
        long long t = strtoll(total, &end, 10);

        if (!*total || *end || t < 0)
            return od_error_set(OD_ECONFIG, "JD router: orderTotal '%.32s' is not a count", total);
        page->total = t;
    }
    if (json_object_object_get_ex(res, "orderInfoList", &list) && list &&
        !json_object_is_type(list, json_type_array))
        return od_error_set(OD_ECONFIG, "JD router: orderInfoList is not an array");
    page->orders = list;
    return 0;
}

/* One call through the gateway (retried while JD throttles, a backend
 * is down, the answer is not JD JSON or 5xx), read into `page`. */
static int call_jd(struct jd_state *st, od_time start, od_time end, int64_t page_no, int64_t size,
                   struct jd_page *page, struct od_batch *out)
{
    char a[JD_TIME_LEN], b[JD_TIME_LEN];
    struct json_object *r = NULL;
    struct od_buf pj;
    struct jd_call c = {.st = st, .s = st->s};
    int rc;

    od_buf_init(&pj, 64 * 1024);
    page_clear(page);
    rc = param_json(st->s, start, end, page_no, size, &pj);
    c.pj = pj.data;
    if (rc == 0)
        rc = od_gw_call(&st->gw, &c, out, &page->doc, &r);
    if (rc == 0)
        rc = read_result(r, page);
    od_buf_free(&pj);
    if (rc < 0 && rc != OD_ENOMEM)
        return od_error_wrap(rc, "window %s .. %s (GMT+8), page %lld",
                             jd_time_format(start, false, a, sizeof(a)),
                             jd_time_format(end, false, b, sizeof(b)), (long long)page_no);
    return rc;
}

/* The paging keys: each order's modified time. */
static void observe(void *ud, struct json_object *j)
{
    const char *m = od_json_text(j, "modified");
    od_time t;

    od_gw_span_add(ud, m && jd_time_parse(m, &t) == 0 ? t : OD_TIME_NONE);
}

static const char *const jd_ids[] = {"orderId", NULL};

/* Normalize the page's orders into the batch (bad ones become dead
 * letters) and report the span of their modified times. */
static int add_orders(struct jd_state *st, struct json_object *list, struct od_batch *out,
                      struct od_gw_span *sp)
{
    struct od_gw_items items = {.channel = st->ch->name,
                                .normalize = jd_normalize,
                                .id_keys = jd_ids,
                                .noun = "order",
                                .ref = "pop.order.search:orderId",
                                .observe = observe,
                                .ud = sp};

    od_gw_span_init(sp);
    return od_gw_add_items(&items, list, out);
}

/* Close the window: the watermark moves to its end. */
static void window_done(struct jd_state *st, struct od_window *w)
{
    char b[JD_TIME_LEN];

    od_channel_log(st->ch, OD_CH_INFO,
                   "window to %s (GMT+8) done: %llu requests, %llu retried, %llu throttled "
                   "(code 73), %lld ms waiting",
                   jd_time_format(w->window_to, false, b, sizeof(b)),
                   (unsigned long long)st->gw.stats.requests,
                   (unsigned long long)st->gw.stats.retries, (unsigned long long)st->gw.throttled,
                   (long long)st->gw.stats.waited_ms);
    w->watermark = w->window_to;
    w->window_to = w->after = OD_TIME_NONE;
    w->page = 0;
}

static int jd_poll(void *state, const struct od_cursor *from, struct od_batch *out)
{
    struct jd_state *st = state;
    const struct jd_settings *s = st->s;
    struct jd_page page = {.total = -1};
    struct od_window w;
    int64_t size = s->page_size;
    struct od_gw_span sp;
    int rc;

    rc = od_window_read(from, &w);
    if (rc < 0)
        goto out;
    if (out->max_orders > 0 && (int64_t)out->max_orders < size)
        size = (int64_t)out->max_orders;
    od_window_read_old_page(&w, OD_WINDOW_OLD_UNREAD, size);
    od_window_page_size(&w, size, true);
    if (w.window_to == OD_TIME_NONE || w.after == OD_TIME_NONE) {
        if (!od_window_open(&w, s->overlap_ms, s->lag_ms, s->start_from, s->max_window_ms))
            goto out; /* caught up */
        memset(&st->gw.stats, 0, sizeof(st->gw.stats));
        st->gw.throttled = 0;
    }
    if (w.page <= 0) {
        /* Keyset: page 1 from `after`. */
        rc = call_jd(st, w.after, w.window_to, 1, size, &page, out);
        if (rc == 0)
            rc = add_orders(st, page.orders, out, &sp);
        if (rc < 0)
            goto out;
        if (page.total >= 0 ? page.total <= (int64_t)sp.n : sp.n < (size_t)size) {
            window_done(st, &w);
        } else if (sp.ascending && sp.last > sp.first && sp.last >= w.after &&
                   sp.last <= w.window_to) {
            w.after = sp.last;
        } else if (page.total >= 0) {
            od_channel_log(st->ch, OD_CH_DEBUG,
                           "keyset paging cannot move on (a full page of one second, or not "
                           "ascending): reading the %lld orders left in the window from the "
                           "last page back",
                           (long long)page.total);
            rc = od_window_walk_check(page.total, size);
            if (rc < 0)
                goto out;
            w.page = (page.total + size - 1) / size;
        } else {
            rc = od_error_set(OD_EAGAIN, "JD router: no orderTotal in the answer");
            goto out;
        }
    } else {
        /* Backward walk: the unread orders are those of pages 1 ..
         * w.page; read the last of them. */
        int64_t page_no = w.page;

        rc = call_jd(st, w.after, w.window_to, page_no, size, &page, out);
        if (rc == 0)
            rc = add_orders(st, page.orders, out, &sp);
        if (rc < 0)
            goto out;
        if (sp.n < (size_t)size && page.total >= page_no * size) {
            /* Either a count and a list taken at different moments
             * (try again) or a router that pages by fewer orders. */
            rc = od_error_set(OD_EAGAIN,
                              "JD router: %zu orders on page %lld of %lld orders (page_size "
                              "%lld); if this persists, lower jd.page_size",
                              sp.n, (long long)page_no, (long long)page.total, (long long)size);
            goto out;
        }
        /* (fewer pages when orders left the window meanwhile) */
        if (od_window_walk_back(&w, page.total) == 0)
            window_done(st, &w);
    }
    /* More now: the window has unread pages, or it was cut at max_window
     * (catching up) and the next one is due. */
    out->more =
        w.window_to != OD_TIME_NONE ||
        w.watermark < od_window_second(od_clock_now() - s->lag_ms * 1000) - s->overlap_ms * 1000;
    rc = od_window_write(out, &w);
out:
    page_clear(&page);
    od_window_clear(&w);
    return rc;
}

static int jd_reparse(void *state, const struct od_dead_letter *d, struct od_batch *out)
{
    struct jd_state *st = state;

    return od_api_reparse(jd_normalize, st->ch->name, d, out);
}

/* The orders modified in [w->from, w->to): orderTotal of page 1 at
 * page_size 1, with the poll's query (bounds inclusive, whole seconds). */
static int jd_count(void *state, const struct od_count_window *w, int64_t *n)
{
    struct jd_state *st = state;
    struct jd_page page = {.total = -1};
    struct od_batch b;
    int rc;

    od_batch_init(&b, 0);
    b.stop = w->stop;
    b.stop_ud = w->stop_ud;
    rc = call_jd(st, w->from, w->to - 1000000, 1, 1, &page, &b);
    if (rc == 0 && page.total < 0)
        rc = od_error_set(OD_EIO, "JD router: no orderTotal in the answer");
    if (rc == 0)
        *n = page.total;
    page_clear(&page);
    od_batch_free(&b);
    return rc;
}

static void jd_count_limits(void *state, int64_t *max_window_ms, int64_t *lag_ms)
{
    const struct jd_state *st = state;

    *max_window_ms = st->s->max_window_ms;
    *lag_ms = st->s->lag_ms;
}

const struct od_connector od_jd_connector = {
    .version = OD_CONNECTOR_VERSION,
    .kind = "jd",
    .summary = "京东 (JD) jingdong.pop.order.search, incremental by modified time",
    .keys = jd_keys,
    .settings_size = sizeof(struct jd_settings),
    .validate = jd_validate,
    .open = jd_open,
    .poll = jd_poll,
    .after_commit = NULL,
    .reparse = jd_reparse,
    .close = od_gw_close,
    .count = jd_count,
    .count_limits = jd_count_limits,
};
