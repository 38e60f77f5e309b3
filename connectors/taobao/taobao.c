/* The Taobao/Tmall connector (kind: taobao): TOP's
 * taobao.trades.sold.increment.get, incremental by the trades' modified
 * time.
 *
 * Windows. A sync walks the time since its watermark in windows
 * [start, end] of at most max_window (TOP allows one day), each ending at
 * most `lag` behind now; after downtime it catches up window by window
 * (`more` stays set while windows remain). Times go to TOP as GMT+8
 * "yyyy-MM-dd HH:mm:ss" (both bounds inclusive, whole seconds).
 *
 * Paging. TOP sorts a window newest first. A trade modified while the
 * window is paged gets modified = now, past the window's end: it leaves
 * the window and every older trade moves one place towards page 1. So a
 * window is read from its last page back to page 1: the first request
 * (page 1, use_has_next=false) only learns total_results, then pages are
 * read from the last one backwards. A trade that leaves makes already
 * read trades move onto the unread pages (read twice; the unique key
 * absorbs it) but never moves an unread trade onto a read page. The trade
 * that left is read by a later window; overlap and the unique key absorb
 * re-reads.
 *
 * Cursor (connectors/common/window.h), committed with every page:
 *   {"watermark": T, "window_to": T2, "after": T1, "page": N, "page_size": S}
 * T1..T2 is the window being paged; pages 1 .. N of S trades are not read
 * yet and N is the next to read (0: the first request is still to be
 * made; lib/connector.h). A walk resumed with another page size (a
 * reload, a smaller batch_size) goes on from the same trade
 * (od_window_page_size); a cursor of an older orderd, N trades not read
 * and no S, is read as such. When N reaches 0 the watermark becomes T2.
 *
 * Errors. Code 7 (App Call Limited, HTTP 200) says how long the ban
 * lasts: the poll fails with OD_EAGAIN and retry_after_ms, and no request
 * is sent before the ban ends. Session (and app key / signature) errors
 * are OD_EAUTH. isp.* errors, 5xx, bodies that are not TOP JSON and
 * network errors are retried, then OD_EAGAIN. Other error responses are
 * OD_EIO with TOP's code, msg, sub_code and sub_msg.
 *
 * Secrets (app_key, app_secret, session) only travel in the POST body;
 * the URL that the request hook logs never holds them, and the buffers
 * that held them are wiped. */
#include <json-c/json.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "buf.h"
#include "connector.h"
#include "error.h"
#include "gateway.h"
#include "gwauth.h"
#include "http.h"
#include "json.h"
#include "sign.h"
#include "taobao.h"
#include "window.h"

#define TOP_METHOD     "taobao.trades.sold.increment.get"
#define TOP_RESPONSE   "trades_sold_increment_get_response"
#define TOP_REFRESH    "taobao.top.auth.token.refresh"
#define TOP_REFRESH_R  "top_auth_token_refresh_response"
#define MAX_WINDOW_MS  (INT64_C(86400) * 1000)
#define BAN_DEFAULT_S  30
#define BAN_MAX_S      86400
#define TIME_PARAM_LEN 24

/* Every trade field the normalizer reads, plus the ciphertext handles
 * kept in the raw payload (oaid). */
static const char trade_fields[] =
    "tid,tid_str,status,type,created,modified,pay_time,consign_time,end_time,buyer_nick,"
    "buyer_open_uid,seller_nick,num,payment,total_fee,post_fee,discount_fee,adjust_fee,"
    "receiver_name,receiver_mobile,receiver_phone,receiver_state,receiver_city,receiver_district,"
    "receiver_town,receiver_address,receiver_zip,oaid,buyer_message,seller_memo,invoice_kind,"
    "invoice_name,invoice_type,orders";

struct taobao_settings {
    char *gateway_url;
    char *app_key;
    char *app_secret;
    char *session;
    char *refresh_token;
    int64_t refresh_margin;
    char *sign_method;
    int64_t max_window_ms;
    int64_t lag_ms;
    int64_t overlap_ms;
    char *start_from;
    int64_t page_size;
    int64_t timeout_ms;
    char *ca_file;
};

#define K(f) offsetof(struct taobao_settings, f)

static const char *const sign_methods[] = {"md5", "hmac", "hmac-sha256", NULL};

static const struct od_config_key taobao_keys[] = {
    {"gateway_url", OD_KEY_STRING, "https://gw.api.taobao.com/router/rest", K(gateway_url),
     "TOP gateway (plain http only for a loopback host)", NULL, false},
    {"app_key", OD_KEY_STRING, NULL, K(app_key), "TOP app key (a public identifier)", NULL, true},
    {"app_secret", OD_KEY_SECRET, NULL, K(app_secret), "TOP app secret (signs every request)", NULL,
     true},
    {"session", OD_KEY_SECRET, NULL, K(session), "the shop's session key (TOP access token)", NULL,
     true},
    {"refresh_token", OD_KEY_SECRET, NULL, K(refresh_token),
     "the session's refresh_token: renew it with taobao.top.auth.token.refresh (none: no renewal)",
     NULL, false},
    {"refresh_margin", OD_KEY_INT, "20", K(refresh_margin),
     "renew the session when this percentage of its lifetime is left (1-90)", NULL, false},
    {"sign_method", OD_KEY_ENUM, "md5", K(sign_method), "md5, hmac or hmac-sha256", sign_methods,
     false},
    {"max_window", OD_KEY_DURATION, "1d", K(max_window_ms),
     "widest window of one request (at most 1d, TOP's limit)", NULL, false},
    {"lag", OD_KEY_DURATION, "60s", K(lag_ms), "windows end this far behind now (at least 1s)",
     NULL, false},
    {"overlap", OD_KEY_DURATION, "5m", K(overlap_ms),
     "each window starts this far before the watermark", NULL, false},
    {"start_from", OD_KEY_STRING, "1d", K(start_from),
     "first sync reaches back to this RFC 3339 time or duration (30d)", NULL, false},
    {"page_size", OD_KEY_INT, "100", K(page_size), "trades per request (1-100)", NULL, false},
    {"timeout", OD_KEY_DURATION, "60s", K(timeout_ms), "limit for one request", NULL, false},
    {"ca_file", OD_KEY_PATH, NULL, K(ca_file),
     "CA certificates (PEM) to trust instead of the system store", NULL, false},
    {NULL, 0, NULL, 0, NULL, NULL, false},
};

struct taobao_state {
    struct od_gw gw; /* first: od_gw_open / od_gw_close; per-window stats */
    struct od_channel *ch;
    const struct taobao_settings *s;
    enum od_sign_alg alg;
    struct od_gw_auth auth; /* taobao.top.auth.token.refresh (gwauth.h) */
};

static const struct od_gw_platform top_refresh;
static int token_parse(struct json_object *r, od_time now, struct od_token_pair *out);

/* One page as TOP returned it. */
struct top_page {
    struct json_object *doc; /* owns everything below */
    struct json_object *trades;
    int64_t total; /* total_results, -1 when absent */
};

static int taobao_validate(const struct od_channel *ch)
{
    const struct taobao_settings *s = ch->settings;
    od_time t;

    if (od_http_check_url(s->gateway_url) < 0)
        return od_error_wrap(OD_ECONFIG, "taobao.gateway_url");
    if (s->page_size < 1 || s->page_size > 100)
        return od_error_set(OD_ECONFIG, "taobao.page_size: must be 1 to 100");
    if (s->max_window_ms < 60000 || s->max_window_ms > MAX_WINDOW_MS)
        return od_error_set(OD_ECONFIG,
                            "taobao.max_window: must be 1m to 1d (TOP allows one day at most)");
    if (s->overlap_ms >= s->max_window_ms)
        return od_error_set(OD_ECONFIG, "taobao.overlap: must be shorter than max_window");
    if (s->refresh_margin < 1 || s->refresh_margin > 90)
        return od_error_set(OD_ECONFIG, "taobao.refresh_margin: must be 1 to 90 (percent)");
    if (s->lag_ms < 1000)
        return od_error_set(OD_ECONFIG,
                            "taobao.lag: must be at least 1s (a window reaching now can skip "
                            "trades modified while it is paged)");
    if (od_window_parse_start(s->start_from, &t) < 0)
        return od_error_set(OD_ECONFIG,
                            "taobao.start_from: '%s' is neither an RFC 3339 time nor a duration",
                            s->start_from);
    return 0;
}

static int taobao_open(struct od_channel *ch, void **state)
{
    const struct taobao_settings *s = ch->settings;
    int rc = od_gw_open(sizeof(struct taobao_state), &taobao_platform, ch, s->gateway_url,
                        s->ca_file, s->timeout_ms, state);

    if (rc == 0) {
        struct taobao_state *st = *state;

        st->ch = ch;
        st->s = s;
        st->alg = strcmp(s->sign_method, "hmac") == 0          ? OD_SIGN_HMAC_MD5
                  : strcmp(s->sign_method, "hmac-sha256") == 0 ? OD_SIGN_HMAC_SHA256
                                                               : OD_SIGN_MD5;
        st->auth.config_access = s->session;
        st->auth.config_refresh = s->refresh_token;
        st->auth.margin_pct = (int)s->refresh_margin;
        st->auth.refresh_call = &top_refresh;
        st->auth.parse = token_parse;
        st->gw.auth = &st->auth;
    }
    return rc;
}

static void page_clear(struct top_page *p)
{
    json_object_put(p->doc);
    memset(p, 0, sizeof(*p));
}

static void wipe(struct od_buf *b)
{
    if (b->data)
        explicit_bzero(b->data, b->cap);
    od_buf_free(b);
}

/* One call: page page_no of [start, end] (GMT+8 text). */
struct top_call {
    const struct taobao_state *st;
    char start[TIME_PARAM_LEN], end[TIME_PARAM_LEN];
    int64_t page_no, page_size;
};

/* The signed form body of one call. */
static int build_body(void *ud, struct od_buf *url, struct od_buf *body)
{
    const struct top_call *c = ud;
    const struct taobao_settings *s = c->st->s;
    char ts[TIME_PARAM_LEN], pn[24], ps[24], sig[65];
    struct od_param p[] = {
        {"method", TOP_METHOD},
        {"app_key", s->app_key},
        {"session", od_gw_access(&c->st->gw, s->session)},
        {"timestamp", taobao_time_format(od_clock_now(), ts, sizeof(ts))},
        {"v", "2.0"},
        {"sign_method", s->sign_method},
        {"format", "json"},
        {"fields", trade_fields},
        {"start_modified", c->start},
        {"end_modified", c->end},
        {"page_no", pn},
        {"page_size", ps},
        {"use_has_next", "false"},
        {"sign", sig},
    };
    size_t n = sizeof(p) / sizeof(p[0]);
    struct od_buf str;
    int rc;

    (void)url; /* the gateway URL: secrets only travel in the body */
    snprintf(pn, sizeof(pn), "%lld", (long long)c->page_no);
    snprintf(ps, sizeof(ps), "%lld", (long long)c->page_size);
    od_buf_init(&str, 64 * 1024);
    rc = od_sign_param_string(p, n - 1, true, &str);
    if (rc == 0)
        rc = od_sign(c->st->alg, s->app_secret, str.data, str.len, true, sig);
    if (rc == 0)
        rc = od_gw_form(p, n, true, body);
    wipe(&str);
    explicit_bzero(sig, sizeof(sig));
    return rc;
}

/* The ban of a code-7 answer, in ms, from "This ban will last for N
 * more seconds" in its messages (BAN_DEFAULT_S when not said). */
static int64_t ban_ms(const struct od_gw_error *e)
{
    const char *p = strstr(e->what, "last for ");
    char *end = NULL;
    long long n;

    if (!p)
        return BAN_DEFAULT_S * 1000;
    p += strlen("last for ");
    n = strtoll(p, &end, 10);
    if (end == p || n < 0)
        return BAN_DEFAULT_S * 1000;
    return (n == 0 ? 1 : n > BAN_MAX_S ? BAN_MAX_S : n) * 1000;
}

/* TOP's envelope: error_response {code, msg, sub_code, sub_msg}, or the
 * method's response object. */
static int top_envelope(struct json_object *doc, struct od_gw_error *e, struct json_object **result)
{
    struct json_object *err, *r;
    const char *code, *msg, *sub, *sub_msg;

    if (json_object_object_get_ex(doc, "error_response", &err)) {
        code = od_json_text(err, "code");
        msg = od_json_text(err, "msg");
        sub = od_json_text(err, "sub_code");
        sub_msg = od_json_text(err, "sub_msg");
        e->code = code ? strtol(code, NULL, 10) : 0;
        od_gw_clip(e->sub, sizeof(e->sub), sub, 64);
        /* "code 27 Invalid session (invalid-sessionkey: SessionKey非法)" */
        if (sub)
            snprintf(e->what, sizeof(e->what), "code %s %s (%s%s%s)", code ? code : "?",
                     msg ? msg : "", sub, sub_msg ? ": " : "", sub_msg ? sub_msg : "");
        else
            snprintf(e->what, sizeof(e->what), "code %s %s%s%s", code ? code : "?", msg ? msg : "",
                     sub_msg ? ": " : "", sub_msg ? sub_msg : "");
        return 1;
    }
    if (!json_object_object_get_ex(doc, TOP_RESPONSE, &r) ||
        !json_object_is_type(r, json_type_object))
        return od_error_set(OD_EAGAIN, "TOP gateway: no %s in the answer", TOP_RESPONSE);
    *result = r;
    return 0;
}

/* TOP's error codes: 7 the app's call limit (a ban of N seconds), 26/27
 * and *session* sub codes the session, 25/28/29 the app key or
 * signature, 11/12 the permission, 10 and isp.* the platform. */
static const struct od_gw_code top_codes[] = {
    {7, 7, NULL, OD_GW_THROTTLE, NULL},
    {0, 0, "session-expired", OD_GW_EXPIRED, "says the session expired"},
    {26, 27, NULL, OD_GW_AUTH, "refused the session"},
    {0, 0, "session", OD_GW_AUTH, "refused the session"},
    {25, 25, NULL, OD_GW_AUTH, "refused the app credentials"},
    {28, 29, NULL, OD_GW_AUTH, "refused the app credentials"},
    {11, 12, NULL, OD_GW_AUTH, "refused the permission"},
    {0, 0, "isp.", OD_GW_TRANSIENT, NULL},
    {10, 10, NULL, OD_GW_TRANSIENT, NULL},
};

const struct od_gw_platform taobao_platform = {
    .name = "TOP",
    .codes = top_codes,
    .n_codes = sizeof(top_codes) / sizeof(top_codes[0]),
    .tries = 4,
    .first_wait_ms = 300,
    .http = {.max_attempts = 6},
    .content_type = "Content-Type: application/x-www-form-urlencoded;charset=utf-8",
    .build = build_body,
    .envelope = top_envelope,
    .ban_ms = ban_ms,
};

/* taobao.top.auth.token.refresh (docs/taobao.md, "Tokens"): the common
 * parameters without session, and refresh_token; `ud` is the gateway,
 * i.e. the state. */
static int refresh_body(void *ud, struct od_buf *url, struct od_buf *body)
{
    const struct taobao_state *st = ud;
    const struct taobao_settings *s = st->s;
    char ts[TIME_PARAM_LEN], sig[65];
    struct od_param p[] = {
        {"method", TOP_REFRESH},
        {"app_key", s->app_key},
        {"timestamp", taobao_time_format(od_clock_now(), ts, sizeof(ts))},
        {"v", "2.0"},
        {"sign_method", s->sign_method},
        {"format", "json"},
        {"refresh_token", st->auth.pair.refresh},
        {"sign", sig},
    };
    size_t n = sizeof(p) / sizeof(p[0]);
    struct od_buf str;
    int rc;

    (void)url;
    od_buf_init(&str, 8192);
    rc = od_sign_param_string(p, n - 1, true, &str);
    if (rc == 0)
        rc = od_sign(st->alg, s->app_secret, str.data, str.len, true, sig);
    if (rc == 0)
        rc = od_gw_form(p, n, true, body);
    wipe(&str);
    explicit_bzero(sig, sizeof(sig));
    return rc;
}

static int refresh_envelope(struct json_object *doc, struct od_gw_error *e,
                            struct json_object **result)
{
    struct json_object *r;

    if (json_object_object_get_ex(doc, "error_response", &r))
        return top_envelope(doc, e, result);
    if (!json_object_object_get_ex(doc, TOP_REFRESH_R, &r) ||
        !json_object_is_type(r, json_type_object))
        return od_error_set(OD_EAGAIN, "TOP gateway: no %s in the answer", TOP_REFRESH_R);
    *result = r;
    return 0;
}

/* The refresh call's errors: a refresh token that expired, was used or
 * revoked (sub codes with "refresh") is the shop's authorization; the
 * rest as for the trades. */
static const struct od_gw_code refresh_codes[] = {
    {7, 7, NULL, OD_GW_THROTTLE, NULL},
    {0, 0, "refresh", OD_GW_AUTH, "refused the refresh token"},
    {25, 25, NULL, OD_GW_AUTH, "refused the app credentials"},
    {28, 29, NULL, OD_GW_AUTH, "refused the app credentials"},
    {0, 0, "isp.", OD_GW_TRANSIENT, NULL},
    {10, 10, NULL, OD_GW_TRANSIENT, NULL},
};

static const struct od_gw_platform top_refresh = {
    .name = "TOP",
    .codes = refresh_codes,
    .n_codes = sizeof(refresh_codes) / sizeof(refresh_codes[0]),
    .tries = 3,
    .first_wait_ms = 300,
    .http = {.max_attempts = 4},
    .content_type = "Content-Type: application/x-www-form-urlencoded;charset=utf-8",
    .build = refresh_body,
    .envelope = refresh_envelope,
    .ban_ms = ban_ms,
};

/* token_result: a JSON text {access_token, refresh_token, expires_in,
 * re_expires_in, ...} (seconds). */
static int token_parse(struct json_object *r, od_time now, struct od_token_pair *out)
{
    static const char *const exp[] = {"expires_in", NULL};
    static const char *const rexp[] = {"re_expires_in", NULL};
    const char *text = od_json_text(r, "token_result");
    struct json_object *t = NULL;
    int rc;

    if (!text || od_json_parse(text, strlen(text), &t) < 0 ||
        !json_object_is_type(t, json_type_object))
        rc = od_error_set(OD_EIO, TOP_REFRESH ": token_result is not a JSON object");
    else
        rc = od_gw_auth_read(t, TOP_REFRESH, now, exp, rexp, out);
    json_object_put(t);
    return rc;
}

/* One call through the gateway; the page's total_results and trades. */
static int call_top(struct taobao_state *st, od_time start, od_time end, int64_t page_no,
                    int64_t page_size, struct top_page *page, struct od_batch *out)
{
    struct top_call c = {.st = st, .page_no = page_no, .page_size = page_size};
    struct json_object *r = NULL, *trades;
    int rc;

    taobao_time_format(start, c.start, sizeof(c.start));
    taobao_time_format(end, c.end, sizeof(c.end));
    rc = od_gw_call(&st->gw, &c, out, &page->doc, &r);
    if (rc < 0)
        goto out;
    page->total = -1;
    if (od_json_text(r, "total_results")) {
        const char *v = od_json_text(r, "total_results");
        char *endp = NULL;
        long long t = strtoll(v, &endp, 10);

        if (*endp || t < 0) {
            rc = od_error_set(OD_EIO, "TOP gateway: total_results '%.32s' is not a count", v);
            goto out;
        }
        page->total = t;
    }
    page->trades = NULL;
    if (json_object_object_get_ex(r, "trades", &trades) &&
        json_object_object_get_ex(trades, "trade", &page->trades) &&
        !json_object_is_type(page->trades, json_type_array))
        rc = od_error_set(OD_EIO, "TOP gateway: trades.trade is not an array");
out:
    if (rc < 0 && rc != OD_EAGAIN && rc != OD_EAUTH && rc != OD_ENOMEM)
        return od_error_wrap(rc, "window %s .. %s (GMT+8), page %lld", c.start, c.end,
                             (long long)page_no);
    return rc;
}

static const char *const tid_keys[] = {"tid_str", "tid", NULL};

/* Close the window: the watermark moves to its end. Returns whether it
 * was cut at max_window (more windows are due at once). */
static bool window_done(struct taobao_state *st, struct od_window *w, int64_t max_window_us)
{
    char a[TIME_PARAM_LEN], b[TIME_PARAM_LEN];
    bool capped = w->window_to - w->after >= max_window_us;

    od_channel_log(
        st->ch, OD_CH_INFO,
        "window %s .. %s (GMT+8) done: %llu requests, %llu retried, %llu bans (code 7), "
        "%lld ms waiting",
        taobao_time_format(w->after, a, sizeof(a)), taobao_time_format(w->window_to, b, sizeof(b)),
        (unsigned long long)st->gw.stats.requests, (unsigned long long)st->gw.stats.retries,
        (unsigned long long)st->gw.bans, (long long)st->gw.stats.waited_ms);
    w->watermark = w->window_to;
    w->window_to = w->after = OD_TIME_NONE;
    w->page = 0;
    return capped;
}

static int taobao_poll(void *state, const struct od_cursor *from, struct od_batch *out)
{
    struct taobao_state *st = state;
    const struct taobao_settings *s = st->s;
    struct top_page page = {0};
    struct od_window w;
    int64_t ps = s->page_size;
    int64_t max_window_us = od_window_second(s->max_window_ms * 1000);
    struct od_gw_items items = {.channel = st->ch->name,
                                .normalize = taobao_normalize,
                                .id_keys = tid_keys,
                                .noun = "trade",
                                .ref = "trades.sold.increment:tid"};
    bool capped = false;
    int rc;

    rc = od_window_read(from, &w);
    if (rc < 0)
        goto out;
    if (out->max_orders > 0 && (int64_t)out->max_orders < ps)
        ps = (int64_t)out->max_orders;
    od_window_read_old_page(&w, OD_WINDOW_OLD_UNREAD, ps);
    od_window_page_size(&w, ps, true);
    if (w.window_to == OD_TIME_NONE || w.after == OD_TIME_NONE) {
        if (!od_window_open(&w, s->overlap_ms, s->lag_ms, s->start_from, s->max_window_ms))
            goto out; /* caught up */
        memset(&st->gw.stats, 0, sizeof(st->gw.stats));
        st->gw.bans = 0;
    }
    if (w.page <= 0) {
        /* First request of the window: how many trades are in it? */
        rc = call_top(st, w.after, w.window_to, 1, ps, &page, out);
        if (rc < 0)
            goto out;
        if (page.total < 0) {
            rc = od_error_set(OD_EIO, "TOP gateway: no total_results in the answer");
            goto out;
        }
        int64_t last = od_window_walk_start(&w, page.total, ps);

        if (last < 0) {
            rc = (int)last;
            goto out;
        }
        if (last == 0) {
            rc = od_gw_add_items(&items, page.trades, out);
            if (rc < 0)
                goto out;
            capped = window_done(st, &w, max_window_us);
        } else {
            od_channel_log(st->ch, OD_CH_DEBUG,
                           "window has %lld trades: reading %lld pages back "
                           "from the last",
                           (long long)page.total, (long long)w.page);
        }
    } else {
        /* The unread trades are those of pages 1 .. w.page: read the
         * last of them. */
        rc = call_top(st, w.after, w.window_to, w.page, ps, &page, out);
        if (rc < 0)
            goto out;
        rc = od_gw_add_items(&items, page.trades, out);
        if (rc < 0)
            goto out;
        if (od_window_walk_back(&w, -1) == 0)
            capped = window_done(st, &w, max_window_us);
    }
    /* More now: the window has unread pages, or it was cut at max_window
     * (catching up) and the next one is due. */
    out->more = w.window_to != OD_TIME_NONE || capped;
    rc = od_window_write(out, &w);
out:
    page_clear(&page);
    od_window_clear(&w);
    return rc;
}

/* The trades modified in [w->from, w->to): total_results of page 1 at
 * page_size 1 (TOP's bounds are inclusive whole seconds). */
static int taobao_count(void *state, const struct od_count_window *w, int64_t *n)
{
    struct taobao_state *st = state;
    struct top_page page = {0};
    struct od_batch b;
    int rc;

    od_batch_init(&b, 0);
    b.stop = w->stop;
    b.stop_ud = w->stop_ud;
    rc = call_top(st, w->from, w->to - 1000000, 1, 1, &page, &b);
    if (rc == 0 && page.total < 0)
        rc = od_error_set(OD_EIO, "TOP gateway: no total_results in the answer");
    if (rc == 0)
        *n = page.total;
    page_clear(&page);
    od_batch_free(&b);
    return rc;
}

static void taobao_count_limits(void *state, int64_t *max_window_ms, int64_t *lag_ms)
{
    const struct taobao_state *st = state;

    *max_window_ms = st->s->max_window_ms;
    *lag_ms = st->s->lag_ms;
}

static int taobao_reparse(void *state, const struct od_dead_letter *d, struct od_batch *out)
{
    struct taobao_state *st = state;

    return od_api_reparse(taobao_normalize, st->ch->name, d, out);
}

const struct od_connector od_taobao_connector = {
    .version = OD_CONNECTOR_VERSION,
    .kind = "taobao",
    .summary = "Taobao/Tmall TOP taobao.trades.sold.increment.get, incremental by modified",
    .keys = taobao_keys,
    .settings_size = sizeof(struct taobao_settings),
    .validate = taobao_validate,
    .open = taobao_open,
    .poll = taobao_poll,
    .after_commit = NULL,
    .reparse = taobao_reparse,
    .close = od_gw_close,
    .count = taobao_count,
    .count_limits = taobao_count_limits,
};
