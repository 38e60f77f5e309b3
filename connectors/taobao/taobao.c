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
 *   {"watermark": T, "window_to": T2, "after": T1, "page": N}
 * T1..T2 is the window being paged; N is the number of its trades not yet
 * read, counted from the newest (0: the first request is still to be
 * made). Counting trades instead of pages keeps a resumed window right
 * even when the page size changed in between (a reload, a smaller
 * batch_size). When N reaches 0 the watermark becomes T2.
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
#include "http.h"
#include "json.h"
#include "sign.h"
#include "taobao.h"
#include "window.h"

#define TOP_METHOD      "taobao.trades.sold.increment.get"
#define TOP_RESPONSE    "trades_sold_increment_get_response"
#define MAX_WINDOW_MS   (INT64_C(86400) * 1000)
#define TRANSIENT_TRIES 4
#define BAN_DEFAULT_S   30
#define BAN_MAX_S       86400
#define TIME_PARAM_LEN  24

/* Every trade field the normalizer reads, plus the ciphertext handles
 * kept in the raw payload (oaid). */
static const char trade_fields[] =
    "tid,tid_str,status,type,created,modified,pay_time,consign_time,end_time,buyer_nick,"
    "buyer_open_uid,seller_nick,num,payment,total_fee,post_fee,discount_fee,adjust_fee,"
    "receiver_name,receiver_mobile,receiver_phone,receiver_state,receiver_city,receiver_district,"
    "receiver_town,receiver_address,receiver_zip,oaid,buyer_message,seller_memo,orders";

struct taobao_settings {
    char *gateway_url;
    char *app_key;
    char *app_secret;
    char *session;
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
    {"app_key", OD_KEY_SECRET, NULL, K(app_key), "TOP app key", NULL, true},
    {"app_secret", OD_KEY_SECRET, NULL, K(app_secret), "TOP app secret (signs every request)", NULL,
     true},
    {"session", OD_KEY_SECRET, NULL, K(session), "the shop's session key (TOP access token)", NULL,
     true},
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
    struct od_channel *ch;
    const struct taobao_settings *s;
    struct od_http *http;
    enum od_sign_alg alg;
    /* per window, for the log line at its end */
    struct od_http_stats stats;
    uint64_t bans;
    /* a code-7 ban: no request before ban_until (monotonic ms) */
    int64_t ban_until_ms;
    char ban_msg[256];
};

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
    struct taobao_state *st = calloc(1, sizeof(*st));
    int rc;

    if (!st)
        return od_error_set(OD_ENOMEM, "out of memory");
    st->ch = ch;
    st->s = ch->settings;
    st->alg = strcmp(st->s->sign_method, "hmac") == 0          ? OD_SIGN_HMAC_MD5
              : strcmp(st->s->sign_method, "hmac-sha256") == 0 ? OD_SIGN_HMAC_SHA256
                                                               : OD_SIGN_MD5;
    rc = od_api_http_new(ch, st->s->ca_file, st->s->timeout_ms, &st->http);
    if (rc < 0) {
        free(st);
        return rc;
    }
    *state = st;
    return 0;
}

static void taobao_close(void *state)
{
    struct taobao_state *st = state;

    if (!st)
        return;
    od_http_free(st->http);
    free(st);
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

/* The signed form body of one call. */
static int build_body(struct taobao_state *st, const char *start, const char *end, int64_t page_no,
                      int64_t page_size, struct od_buf *body)
{
    const struct taobao_settings *s = st->s;
    char ts[TIME_PARAM_LEN], pn[24], ps[24], sig[65];
    struct od_param p[] = {
        {"method", TOP_METHOD},
        {"app_key", s->app_key},
        {"session", s->session},
        {"timestamp", taobao_time_format(od_time_now(), ts, sizeof(ts))},
        {"v", "2.0"},
        {"sign_method", s->sign_method},
        {"format", "json"},
        {"fields", trade_fields},
        {"start_modified", start},
        {"end_modified", end},
        {"page_no", pn},
        {"page_size", ps},
        {"use_has_next", "false"},
        {"sign", sig},
    };
    size_t n = sizeof(p) / sizeof(p[0]);
    struct od_buf str;
    int rc;

    snprintf(pn, sizeof(pn), "%lld", (long long)page_no);
    snprintf(ps, sizeof(ps), "%lld", (long long)page_size);
    od_buf_init(&str, 64 * 1024);
    rc = od_sign_param_string(p, n - 1, true, &str);
    if (rc == 0)
        rc = od_sign(st->alg, s->app_secret, str.data, str.len, true, sig);
    for (size_t i = 0; i < n && rc == 0; i++) {
        if (!p[i].value || !*p[i].value)
            continue;
        if (body->len)
            rc = od_buf_addc(body, '&');
        if (rc == 0)
            rc = od_buf_adds(body, p[i].key);
        if (rc == 0)
            rc = od_buf_addc(body, '=');
        if (rc == 0)
            rc = od_url_escape(p[i].value, body);
    }
    wipe(&str);
    explicit_bzero(sig, sizeof(sig));
    if (rc == OD_ETOOBIG)
        rc = od_error_set(OD_EINVAL, "request body too large");
    return rc;
}

/* Seconds from "This ban will last for N more seconds". */
static int64_t ban_seconds(const char *sub_msg, const char *msg)
{
    const char *texts[2] = {sub_msg, msg};

    for (int i = 0; i < 2; i++) {
        const char *p = texts[i] ? strstr(texts[i], "last for ") : NULL;
        char *end = NULL;
        long long n;

        if (!p)
            continue;
        p += strlen("last for ");
        n = strtoll(p, &end, 10);
        if (end != p && n > 0)
            return n > BAN_MAX_S ? BAN_MAX_S : n;
        if (end != p && n == 0)
            return 1;
    }
    return BAN_DEFAULT_S;
}

static bool contains_ci(const char *s, const char *what)
{
    return s && strcasestr(s, what) != NULL;
}

/* Classify TOP's error_response. *transient: worth another try now. */
static int top_error(struct taobao_state *st, struct json_object *e, struct od_batch *out,
                     bool *transient)
{
    const char *code = od_json_text(e, "code");
    const char *msg = od_json_text(e, "msg");
    const char *sub = od_json_text(e, "sub_code");
    const char *sub_msg = od_json_text(e, "sub_msg");
    long c = code ? strtol(code, NULL, 10) : 0;
    char what[512];

    /* "code 27 Invalid session (invalid-sessionkey: SessionKey非法)" */
    if (sub)
        snprintf(what, sizeof(what), "code %s %s (%s%s%s)", code ? code : "?", msg ? msg : "", sub,
                 sub_msg ? ": " : "", sub_msg ? sub_msg : "");
    else
        snprintf(what, sizeof(what), "code %s %s%s%s", code ? code : "?", msg ? msg : "",
                 sub_msg ? ": " : "", sub_msg ? sub_msg : "");
    if (c == 7) {
        int64_t secs = ban_seconds(sub_msg, msg);

        st->bans++;
        st->ban_until_ms = od_mono_ms() + secs * 1000;
        out->retry_after_ms = secs * 1000;
        snprintf(st->ban_msg, sizeof(st->ban_msg),
                 "TOP %s; no request before the ban ends (%lld s)", what, (long long)secs);
        od_channel_log(st->ch, OD_CH_WARN, "TOP ban (code 7): waiting %lld s", (long long)secs);
        return od_error_set(OD_EAGAIN, "%s", st->ban_msg);
    }
    if (c == 26 || c == 27 || contains_ci(sub, "session"))
        return od_error_set(OD_EAUTH, "TOP refused the session: %s", what);
    if (c == 25 || c == 28 || c == 29)
        return od_error_set(OD_EAUTH, "TOP refused the app credentials: %s", what);
    if (c == 11 || c == 12)
        return od_error_set(OD_EAUTH, "TOP refused the permission: %s", what);
    if ((sub && strncmp(sub, "isp.", 4) == 0) || c == 10) {
        *transient = true;
        return od_error_set(OD_EAGAIN, "TOP %s", what);
    }
    return od_error_set(OD_EIO, "TOP %s", what);
}

/* One call, with od_http_send_retry's retries for the transport. */
static int call_once(struct taobao_state *st, const char *start, const char *end, int64_t page_no,
                     int64_t page_size, struct top_page *page, struct od_batch *out,
                     bool *transient)
{
    const char *headers[3] = {"Content-Type: application/x-www-form-urlencoded;charset=utf-8",
                              "Accept: application/json", NULL};
    struct od_http_request req = {.method = "POST", .url = st->s->gateway_url, .headers = headers};
    struct od_http_response resp = {0};
    struct od_http_retry policy = {.max_attempts = 6};
    struct json_object *doc = NULL, *r, *e, *trades;
    struct od_buf body;
    int rc;

    *transient = false;
    od_buf_init(&body, 64 * 1024);
    rc = build_body(st, start, end, page_no, page_size, &body);
    if (rc < 0)
        goto out;
    req.body = body.data;
    req.body_len = body.len;
    rc = od_http_send_retry(st->http, &req, &policy, &st->stats, &resp);
    if (rc < 0)
        goto out; /* network errors after retries: OD_EAGAIN */
    if (!resp.body || od_json_parse(resp.body, resp.body_len, &doc) < 0 ||
        !json_object_is_type(doc, json_type_object)) {
        if (resp.status >= 500 || resp.status == 429) {
            rc = od_error_set(OD_EAGAIN, "TOP gateway: HTTP %ld after retries", resp.status);
        } else if (resp.status == 200) {
            *transient = true;
            rc = od_error_set(OD_EAGAIN, "TOP gateway: HTTP 200 without a JSON body (%s)",
                              resp.content_type ? resp.content_type : "no content type");
        } else {
            rc = od_error_set(OD_EIO, "TOP gateway: HTTP %ld", resp.status);
        }
        goto out;
    }
    if (json_object_object_get_ex(doc, "error_response", &e)) {
        rc = top_error(st, e, out, transient);
        if (rc == OD_EAGAIN && resp.status >= 500)
            *transient = false; /* od_http_send_retry already tried */
        goto out;
    }
    if (resp.status != 200) {
        rc = od_error_set(resp.status >= 500 ? OD_EAGAIN : OD_EIO, "TOP gateway: HTTP %ld",
                          resp.status);
        goto out;
    }
    if (!json_object_object_get_ex(doc, TOP_RESPONSE, &r) ||
        !json_object_is_type(r, json_type_object)) {
        *transient = true;
        rc = od_error_set(OD_EAGAIN, "TOP gateway: no %s in the answer", TOP_RESPONSE);
        goto out;
    }
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
        !json_object_is_type(page->trades, json_type_array)) {
        rc = od_error_set(OD_EIO, "TOP gateway: trades.trade is not an array");
        goto out;
    }
    page->doc = doc;
    doc = NULL;
out:
    json_object_put(doc);
    wipe(&body);
    od_http_response_clear(&resp);
    return rc;
}

/* A call with a few more tries for answers worth repeating at once
 * (isp.* errors, HTTP 200 bodies that are not TOP JSON). */
static int call_top(struct taobao_state *st, od_time start, od_time end, int64_t page_no,
                    int64_t page_size, struct top_page *page, struct od_batch *out)
{
    char a[TIME_PARAM_LEN], b[TIME_PARAM_LEN];
    int64_t wait = 300;
    bool transient;
    int rc;

    taobao_time_format(start, a, sizeof(a));
    taobao_time_format(end, b, sizeof(b));
    for (int attempt = 1;; attempt++) {
        rc = call_once(st, a, b, page_no, page_size, page, out, &transient);
        if (rc == 0 || !transient || attempt >= TRANSIENT_TRIES)
            break;
        od_channel_log(st->ch, OD_CH_DEBUG, "retrying in %lld ms: %s", (long long)wait,
                       od_error_last());
        od_sleep_ms(wait);
        st->stats.retries++;
        st->stats.waited_ms += wait;
        wait *= 2;
    }
    if (rc < 0 && rc != OD_EAGAIN && rc != OD_EAUTH && rc != OD_ENOMEM)
        return od_error_wrap(rc, "window %s .. %s (GMT+8), page %lld", a, b, (long long)page_no);
    return rc;
}

/* Normalize the page's trades into the batch; bad ones become dead
 * letters. */
static int add_trades(struct taobao_state *st, struct json_object *trades, struct od_batch *out)
{
    size_t n = trades ? json_object_array_length(trades) : 0;
    int rc = 0;

    for (size_t i = 0; i < n && rc == 0; i++) {
        struct json_object *j = json_object_array_get_idx(trades, i);
        const char *raw = json_object_to_json_string_ext(j, JSON_C_TO_STRING_PLAIN);
        const char *tid = od_json_text(j, "tid_str");
        struct od_order *o = NULL;

        if (!tid || !*tid)
            tid = od_json_text(j, "tid");
        if (taobao_normalize(j, st->ch->name, &o) == 0) {
            rc = od_batch_add_order(out, o, raw, strlen(raw));
        } else {
            char why[512], ref[96];

            snprintf(why, sizeof(why), "trade %.40s: %s", tid ? tid : "?", od_error_last());
            snprintf(ref, sizeof(ref), "trades.sold.increment:tid=%.40s", tid ? tid : "?");
            rc = od_batch_add_dead(out, ref, tid, why, raw, strlen(raw));
        }
    }
    return rc;
}

/* Close the window: the watermark moves to its end. Returns whether it
 * was cut at max_window (more windows are due at once). */
static bool window_done(struct taobao_state *st, struct od_window *w, int64_t max_window_us)
{
    char a[TIME_PARAM_LEN], b[TIME_PARAM_LEN];
    bool capped = w->window_to - w->after >= max_window_us;

    od_channel_log(st->ch, OD_CH_INFO,
                   "window %s .. %s (GMT+8) done: %llu requests, %llu retried, %llu bans (code 7), "
                   "%lld ms waiting",
                   taobao_time_format(w->after, a, sizeof(a)),
                   taobao_time_format(w->window_to, b, sizeof(b)),
                   (unsigned long long)st->stats.requests, (unsigned long long)st->stats.retries,
                   (unsigned long long)st->bans, (long long)st->stats.waited_ms);
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
    bool capped = false;
    int rc;

    if (st->ban_until_ms > od_mono_ms()) {
        out->retry_after_ms = st->ban_until_ms - od_mono_ms();
        return od_error_set(OD_EAGAIN, "%s", st->ban_msg);
    }
    rc = od_window_read(from, &w);
    if (rc < 0)
        goto out;
    if (out->max_orders > 0 && (int64_t)out->max_orders < ps)
        ps = (int64_t)out->max_orders;
    if (w.window_to == OD_TIME_NONE || w.after == OD_TIME_NONE) {
        if (!od_window_open(&w, s->overlap_ms, s->lag_ms, s->start_from, s->max_window_ms))
            goto out; /* caught up */
        memset(&st->stats, 0, sizeof(st->stats));
        st->bans = 0;
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
        if (page.total <= ps) {
            rc = add_trades(st, page.trades, out);
            if (rc < 0)
                goto out;
            capped = window_done(st, &w, max_window_us);
        } else {
            od_channel_log(st->ch, OD_CH_DEBUG,
                           "window has %lld trades: reading %lld pages back "
                           "from the last",
                           (long long)page.total, (long long)((page.total + ps - 1) / ps));
            w.page = page.total;
        }
    } else {
        /* The unread trades are the first w.page of the window: read the
         * page holding the last of them. */
        int64_t page_no = (w.page + ps - 1) / ps;

        rc = call_top(st, w.after, w.window_to, page_no, ps, &page, out);
        if (rc < 0)
            goto out;
        rc = add_trades(st, page.trades, out);
        if (rc < 0)
            goto out;
        w.page = (page_no - 1) * ps;
        if (w.page == 0)
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
    .close = taobao_close,
};
