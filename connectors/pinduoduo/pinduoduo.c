/* The 拼多多 / Pinduoduo connector (kind: pinduoduo):
 * pdd.order.number.list.increment.get on the open platform gateway,
 * incremental by updated_at.
 *
 * Windows of updated_at (unix seconds, both bounds inclusive) no wider
 * than max_window (the platform allows 30 minutes), ending at least `lag`
 * (3 minutes, the platform's rule) behind now, walked one after the
 * other after downtime. The platform answers newest first (updated_at
 * descending) with offset paging. An order changed while a window is
 * paged gets updated_at = now, past the window's end, and leaves the
 * result: every order behind it moves one place towards page 1. Paging
 * forward would skip one order per change; paging from the last page back
 * to page 1 only moves unread orders into pages still to come. So each
 * window is read as: page 1 without use_has_next (its total_count gives
 * the last page; its orders are kept too), then the last page, the one
 * before, ... page 1 again. A window that fits one page is done after the
 * first request. The cursor {watermark, window_to, after (the window's
 * start), page, page_size} commits with every page, so a crash resumes
 * at the page it stopped at (lib/connector.h); with another page size
 * (a reload, a smaller batch_size) it goes on from the same order
 * (od_window_page_size).
 *
 * Signing (PLATFORMS.md): sign = UPPER(hex(MD5(client_secret + k1 v1 k2
 * v2 ... + client_secret))) over every parameter but sign, sorted by name;
 * the parameters go form-encoded in the POST body. */
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
#include "json.h"
#include "pinduoduo.h"
#include "sign.h"
#include "window.h"

#define TYPE          "pdd.order.number.list.increment.get"
#define REFRESH_TYPE  "pdd.pop.auth.token.refresh"
#define REFRESH_R     "pop_auth_token_refresh_response"
#define INV_TYPE      "pdd.invoice.application.query"
#define INV_R         "invoice_application_query_response"
#define INV_PAGE_SIZE 50
#define INV_MAX_PAGES 20                       /* 1,000 applications per order page */
#define INV_MAX_SPAN  (15 * 86400 * 1000000LL) /* the platform's cap on a query */
#define MAX_WINDOW_MS (30 * 60 * 1000LL)
#define MIN_LAG_MS    (3 * 60 * 1000LL)
#define SEC           1000000LL

struct pdd_settings {
    char *gateway_url;
    char *client_id;
    char *client_secret;
    char *access_token;
    char *refresh_token;
    int64_t refresh_margin;
    int64_t max_window_ms;
    int64_t lag_ms;
    int64_t overlap_ms;
    char *start_from;
    int64_t page_size;
    int64_t timeout_ms;
    char *ca_file;
};

#define K(f) offsetof(struct pdd_settings, f)

static const struct od_config_key pdd_keys[] = {
    {"gateway_url", OD_KEY_STRING, "https://gw-api.pinduoduo.com/api/router", K(gateway_url),
     "open platform gateway (plain http only for a loopback host)", NULL, false},
    {"client_id", OD_KEY_STRING, NULL, K(client_id), "the app's client_id (a public identifier)",
     NULL, true},
    {"client_secret", OD_KEY_SECRET, NULL, K(client_secret), "the app's client_secret", NULL, true},
    {"access_token", OD_KEY_SECRET, NULL, K(access_token), "the shop's access_token", NULL, true},
    {"refresh_token", OD_KEY_SECRET, NULL, K(refresh_token),
     "the shop's refresh_token: renew the access token with pdd.pop.auth.token.refresh (none: no "
     "renewal)",
     NULL, false},
    {"refresh_margin", OD_KEY_INT, "20", K(refresh_margin),
     "renew the access token when this percentage of its lifetime is left (1-90)", NULL, false},
    {"max_window", OD_KEY_DURATION, "30m", K(max_window_ms),
     "widest updated_at window of one query (the platform allows 30 minutes)", NULL, false},
    {"lag", OD_KEY_DURATION, "3m", K(lag_ms),
     "windows end this far behind now (the platform asks for at least 3 minutes)", NULL, false},
    {"overlap", OD_KEY_DURATION, "1m", K(overlap_ms),
     "each window starts this far before the watermark", NULL, false},
    {"start_from", OD_KEY_STRING, "1d", K(start_from),
     "first sync reaches back to this RFC 3339 time or duration (30d)", NULL, false},
    {"page_size", OD_KEY_INT, "100", K(page_size), "orders per request (1-100)", NULL, false},
    {"timeout", OD_KEY_DURATION, "60s", K(timeout_ms), "limit for one request", NULL, false},
    {"ca_file", OD_KEY_PATH, NULL, K(ca_file),
     "CA certificates (PEM) to trust instead of the system store", NULL, false},
    {NULL, 0, NULL, 0, NULL, NULL, false},
};

struct pdd_state {
    struct od_gw gw; /* first: od_gw_open / od_gw_close; per-window stats */
    struct od_channel *ch;
    const struct pdd_settings *s;
    struct od_gw_auth auth; /* pdd.pop.auth.token.refresh (gwauth.h) */
    bool inv_refused_said;  /* the invoice query's refusal is logged once */
};

static const struct od_gw_platform pdd_refresh;
static int token_parse(struct json_object *r, od_time now, struct od_token_pair *out);

static int pdd_validate(const struct od_channel *ch)
{
    const struct pdd_settings *s = ch->settings;
    od_time t;

    if (od_http_check_url(s->gateway_url) < 0)
        return od_error_wrap(OD_ECONFIG, "pinduoduo.gateway_url");
    if (s->page_size < 1 || s->page_size > 100)
        return od_error_set(OD_ECONFIG, "pinduoduo.page_size: must be 1 to 100");
    if (s->max_window_ms < 60000 || s->max_window_ms > MAX_WINDOW_MS)
        return od_error_set(OD_ECONFIG, "pinduoduo.max_window: must be 1m to 30m");
    if (s->refresh_margin < 1 || s->refresh_margin > 90)
        return od_error_set(OD_ECONFIG, "pinduoduo.refresh_margin: must be 1 to 90 (percent)");
    if (s->lag_ms < MIN_LAG_MS)
        return od_error_set(OD_ECONFIG, "pinduoduo.lag: must be at least 3m (the platform's rule)");
    if (s->overlap_ms >= s->max_window_ms)
        return od_error_set(OD_ECONFIG, "pinduoduo.overlap: must be shorter than max_window");
    if (od_window_parse_start(s->start_from, &t) < 0)
        return od_error_set(OD_ECONFIG,
                            "pinduoduo.start_from: '%s' is neither an RFC 3339 time nor a "
                            "duration",
                            s->start_from);
    return 0;
}

static int pdd_open(struct od_channel *ch, void **state)
{
    const struct pdd_settings *s = ch->settings;
    int rc = od_gw_open(sizeof(struct pdd_state), &pinduoduo_platform, ch, s->gateway_url,
                        s->ca_file, s->timeout_ms, state);

    if (rc == 0) {
        struct pdd_state *st = *state;

        st->ch = ch;
        st->s = s;
        st->auth.config_access = s->access_token;
        st->auth.config_refresh = s->refresh_token;
        st->auth.margin_pct = (int)s->refresh_margin;
        st->auth.refresh_call = &pdd_refresh;
        st->auth.parse = token_parse;
        st->gw.auth = &st->auth;
    }
    return rc;
}

/* `p` (n parameters, the common ones included but for timestamp, which
 * is the last element and filled here) signed and form-encoded into
 * `body`. */
static int sign_form(const struct pdd_state *st, struct od_param *p, size_t n, struct od_buf *body)
{
    char ts[24], sign[65];
    struct od_buf str;
    int rc;

    snprintf(ts, sizeof(ts), "%lld", (long long)(od_clock_now() / SEC));
    p[n - 1].key = "timestamp";
    p[n - 1].value = ts;
    od_buf_init(&str, 65536);
    rc = od_sign_param_string(p, n, false, &str);
    if (rc == 0)
        rc = od_sign(OD_SIGN_MD5, st->s->client_secret, str.data, str.len, true, sign);
    if (str.data)
        explicit_bzero(str.data, str.len);
    od_buf_free(&str);
    for (size_t i = 0; i < n && rc == 0; i++) {
        rc = od_buf_printf(body, "%s%s=", i ? "&" : "", p[i].key);
        if (rc == 0)
            rc = od_url_escape(p[i].value, body);
    }
    if (rc == 0)
        rc = od_buf_printf(body, "&sign=%s", sign);
    explicit_bzero(sign, sizeof(sign));
    return rc;
}

/* The signed, form-encoded request body for page `page` of [start, end]
 * (unix seconds). `count`: ask for total_count (use_has_next=false). */
static int build_body(const struct pdd_state *st, int64_t start, int64_t end, int64_t page,
                      int64_t size, bool count, struct od_buf *body)
{
    const struct pdd_settings *s = st->s;
    char from[24], to[24], pg[24], sz[24];
    struct od_param p[] = {
        {"access_token", od_gw_access(&st->gw, s->access_token)},
        {"client_id", s->client_id},
        {"data_type", "JSON"},
        {"end_updated_at", to},
        {"is_lucky_flag", "0"},
        {"order_status", "5"},
        {"page", pg},
        {"page_size", sz},
        {"refund_status", "5"},
        {"start_updated_at", from},
        {"type", TYPE},
        {"use_has_next", count ? "false" : "true"},
        {"version", "V1"},
        {"timestamp", NULL}, /* sign_form */
    };

    snprintf(from, sizeof(from), "%lld", (long long)start);
    snprintf(to, sizeof(to), "%lld", (long long)end);
    snprintf(pg, sizeof(pg), "%lld", (long long)page);
    snprintf(sz, sizeof(sz), "%lld", (long long)size);
    return sign_form(st, p, sizeof(p) / sizeof(p[0]), body);
}

/* One call: page `page` of [start, end] (unix seconds); `count`: ask
 * for total_count (use_has_next=false). */
struct pdd_call {
    const struct pdd_state *st;
    int64_t start, end, page, size;
    bool count;
};

static int pdd_build(void *ud, struct od_buf *url, struct od_buf *body)
{
    const struct pdd_call *c = ud;

    (void)url; /* the gateway URL */
    return build_body(c->st, c->start, c->end, c->page, c->size, c->count, body);
}

/* {"error_response": {error_code, error_msg, sub_code, sub_msg}} or
 * {"order_sn_increment_get_response": {...}}. */
static int pdd_envelope(struct json_object *doc, struct od_gw_error *e, struct json_object **result)
{
    struct json_object *err = NULL, *ok = NULL;
    char msg[200], sub_msg[200];
    const char *code;

    if (json_object_object_get_ex(doc, "error_response", &err) &&
        json_object_is_type(err, json_type_object)) {
        code = od_json_text(err, "error_code");
        e->code = code ? strtol(code, NULL, 10) : -1;
        od_gw_clip(e->sub, sizeof(e->sub), od_json_text(err, "sub_code"), 60);
        od_gw_clip(msg, sizeof(msg), od_json_text(err, "error_msg"), 160);
        od_gw_clip(sub_msg, sizeof(sub_msg), od_json_text(err, "sub_msg"), 160);
        snprintf(e->what, sizeof(e->what), "error_code %ld%s%s: %s%s%s%s", e->code,
                 *e->sub ? " " : "", e->sub, msg, *sub_msg ? " (" : "", sub_msg,
                 *sub_msg ? ")" : "");
        return 1;
    }
    if (!json_object_object_get_ex(doc, "order_sn_increment_get_response", &ok) ||
        !json_object_is_type(ok, json_type_object))
        return od_error_set(OD_EAGAIN, TYPE ": no order_sn_increment_get_response");
    *result = ok;
    return 0;
}

/* tests/fakes/pinduoduo.py and the platform's docs: 10019 / 10016 and
 * access_token sub codes are the credentials, 70031-70034 the call
 * limit, 5xxxx the platform; anything else a bad request. */
static const struct od_gw_code pdd_codes[] = {
    {0, 0, "access_token_expired", OD_GW_EXPIRED, NULL},
    {10016, 10016, NULL, OD_GW_AUTH, NULL},
    {10019, 10019, NULL, OD_GW_AUTH, NULL},
    {0, 0, "access_token", OD_GW_AUTH, NULL},
    {70031, 70034, NULL, OD_GW_THROTTLE, NULL},
    {50000, 59999, NULL, OD_GW_TRANSIENT, NULL},
};

const struct od_gw_platform pinduoduo_platform = {
    .name = TYPE,
    .codes = pdd_codes,
    .n_codes = sizeof(pdd_codes) / sizeof(pdd_codes[0]),
    .tries = 5,
    .first_wait_ms = 250,
    .http = {.max_attempts = 6, .base_ms = 250},
    .content_type = "Content-Type: application/x-www-form-urlencoded",
    .build = pdd_build,
    .envelope = pdd_envelope,
};

/* pdd.invoice.application.query (docs/pinduoduo.md, "Invoice requests"):
 * the applications made in [start_ms, end_ms] (update_start_time /
 * update_end_time, unix milliseconds), page `page` of INV_PAGE_SIZE. */
struct inv_call {
    const struct pdd_state *st;
    int64_t start_ms, end_ms, page;
};

static int inv_build(void *ud, struct od_buf *url, struct od_buf *body)
{
    const struct inv_call *c = ud;
    const struct pdd_settings *s = c->st->s;
    char from[24], to[24], pg[24], sz[24];
    struct od_param p[] = {
        {"access_token", od_gw_access(&c->st->gw, s->access_token)},
        {"client_id", s->client_id},
        {"data_type", "JSON"},
        {"page", pg},
        {"page_size", sz},
        {"type", INV_TYPE},
        {"update_end_time", to},
        {"update_start_time", from},
        {"version", "V1"},
        {"timestamp", NULL}, /* sign_form */
    };

    (void)url; /* the gateway URL */
    snprintf(from, sizeof(from), "%lld", (long long)c->start_ms);
    snprintf(to, sizeof(to), "%lld", (long long)c->end_ms);
    snprintf(pg, sizeof(pg), "%lld", (long long)c->page);
    snprintf(sz, sizeof(sz), "%d", INV_PAGE_SIZE);
    return sign_form(c->st, p, sizeof(p) / sizeof(p[0]), body);
}

/* error_response as pdd_envelope; else
 * {"invoice_application_query_response": {invoice_application_list: [...]}}:
 * *result = the list. */
static int inv_envelope(struct json_object *doc, struct od_gw_error *e, struct json_object **result)
{
    struct json_object *ok = NULL, *list = NULL;

    if (json_object_object_get_ex(doc, "error_response", NULL))
        return pdd_envelope(doc, e, result);
    if (!json_object_object_get_ex(doc, INV_R, &ok) ||
        !json_object_object_get_ex(ok, "invoice_application_list", &list) ||
        !json_object_is_type(list, json_type_array))
        return od_error_set(OD_EAGAIN, INV_TYPE ": no invoice_application_list in the answer");
    *result = list;
    return 0;
}

static const struct od_gw_platform pdd_invoice = {
    .name = INV_TYPE,
    .codes = pdd_codes,
    .n_codes = sizeof(pdd_codes) / sizeof(pdd_codes[0]),
    .tries = 5,
    .first_wait_ms = 250,
    .http = {.max_attempts = 6, .base_ms = 250},
    .content_type = "Content-Type: application/x-www-form-urlencoded",
    .build = inv_build,
    .envelope = inv_envelope,
};

/* The order of `list` whose order_sn is `sn` and that asked for an
 * invoice, or NULL. */
static struct json_object *requesting_order(struct json_object *list, const char *sn)
{
    size_t n = json_object_array_length(list);

    for (size_t i = 0; sn && i < n; i++) {
        struct json_object *o = json_object_array_get_idx(list, i);
        const char *osn = od_json_text(o, "order_sn");
        const char *st = od_json_text(o, "invoice_status");

        if (osn && strcmp(osn, sn) == 0 && st && strcmp(st, "1") == 0)
            return o;
    }
    return NULL;
}

/* Whether application `a` replaces `b` (NULL: none yet) for one order:
 * the later apply_time, a tie to the later one in the answer. */
static bool newer_application(struct json_object *a, struct json_object *b)
{
    const char *ta = od_json_text(a, "apply_time"), *tb = od_json_text(b, "apply_time");

    if (!b)
        return true;
    return (ta ? strtoll(ta, NULL, 10) : 0) >= (tb ? strtoll(tb, NULL, 10) : 0);
}

/* Before the orders of a page go to the sink: the invoice applications of
 * those that say invoice_status 1, put on each such order (in `list`,
 * which the raw copy keeps) as "invoice_application" for the normalizer.
 * One windowed query per page (and its pages): the applications made
 * from the earliest created_time of those orders (an application comes
 * after its order) up to now, at most the platform's 15 days; rejected
 * (application_status 0) and red (invoice_type 1) applications are left
 * out. An order whose application is not there (not made yet, older than
 * 15 days, past INV_MAX_PAGES) keeps a "normal" invoice without a title.
 * Errors as poll's, but for an answer that can never work (OD_ECONFIG: a
 * code the table does not know, such as an app without the permission
 * for this API): logged, and the orders go on without their
 * applications rather than the channel stopping. */
static int attach_invoices(struct pdd_state *st, struct json_object *list, struct od_batch *out)
{
    const struct od_gw_platform *orders_p = st->gw.p;
    struct inv_call call = {.st = st, .page = 1};
    od_time now = od_clock_now(), first = OD_TIME_NONE;
    size_t n = json_object_array_length(list), got = INV_PAGE_SIZE;
    int rc = 0;

    for (size_t i = 0; i < n; i++) {
        struct json_object *o = json_object_array_get_idx(list, i);
        const char *sn = od_json_text(o, "order_sn");
        od_time c;

        if (!requesting_order(list, sn))
            continue;
        if (pinduoduo_gmt8_time(o, "created_time", &c) < 0 || c == OD_TIME_NONE)
            c = now - INV_MAX_SPAN;
        if (first == OD_TIME_NONE || c < first)
            first = c;
    }
    if (first == OD_TIME_NONE)
        return 0; /* nobody asked */
    if (first < now - INV_MAX_SPAN)
        first = now - INV_MAX_SPAN;
    call.start_ms = first / 1000;
    call.end_ms = now / 1000;
    st->gw.p = &pdd_invoice;
    for (; rc == 0 && got == INV_PAGE_SIZE && call.page <= INV_MAX_PAGES; call.page++) {
        struct json_object *doc = NULL, *apps = NULL;

        rc = od_gw_call(&st->gw, &call, out, &doc, &apps);
        if (rc < 0)
            break;
        got = json_object_array_length(apps);
        for (size_t i = 0; i < got; i++) {
            struct json_object *a = json_object_array_get_idx(apps, i), *had = NULL;
            struct json_object *o = requesting_order(list, od_json_text(a, "order_sn"));
            const char *status = od_json_text(a, "application_status");
            const char *type = od_json_text(a, "invoice_type");

            if (!o || !json_object_is_type(a, json_type_object) ||
                (status && strcmp(status, "0") == 0) || (type && strcmp(type, "1") == 0))
                continue;
            json_object_object_get_ex(o, "invoice_application", &had);
            if (newer_application(a, had))
                json_object_object_add(o, "invoice_application", json_object_get(a));
        }
        json_object_put(doc);
    }
    st->gw.p = orders_p;
    if (rc == OD_ECONFIG) {
        if (!st->inv_refused_said)
            od_channel_log(st->ch, OD_CH_WARN,
                           "%s; orders that ask for an invoice are stored without its title "
                           "(said once)",
                           od_error_last());
        st->inv_refused_said = true;
        rc = 0;
    } else if (rc == 0 && got == INV_PAGE_SIZE)
        od_channel_log(st->ch, OD_CH_WARN,
                       INV_TYPE ": more than %d applications since the page's first order; "
                                "orders past them keep an invoice without a title",
                       INV_PAGE_SIZE * INV_MAX_PAGES);
    return rc;
}

/* pdd.pop.auth.token.refresh (docs/pinduoduo.md, "Tokens"): the common
 * parameters without access_token, and refresh_token; `ud` is the
 * gateway, i.e. the state. */
static int refresh_build(void *ud, struct od_buf *url, struct od_buf *body)
{
    const struct pdd_state *st = ud;
    const struct pdd_settings *s = st->s;
    char ts[24], sign[65];
    struct od_param p[] = {
        {"client_id", s->client_id},
        {"data_type", "JSON"},
        {"refresh_token", st->auth.pair.refresh},
        {"timestamp", ts},
        {"type", REFRESH_TYPE},
        {"version", "V1"},
        {"sign", sign},
    };
    const size_t n = sizeof(p) / sizeof(p[0]);
    struct od_buf str;
    int rc;

    (void)url;
    snprintf(ts, sizeof(ts), "%lld", (long long)(od_clock_now() / SEC));
    od_buf_init(&str, 8192);
    rc = od_sign_param_string(p, n - 1, false, &str);
    if (rc == 0)
        rc = od_sign(OD_SIGN_MD5, s->client_secret, str.data, str.len, true, sign);
    if (str.data)
        explicit_bzero(str.data, str.len);
    od_buf_free(&str);
    if (rc == 0)
        rc = od_gw_form(p, n, false, body);
    explicit_bzero(sign, sizeof(sign));
    return rc;
}

static int refresh_envelope(struct json_object *doc, struct od_gw_error *e,
                            struct json_object **result)
{
    struct json_object *ok = NULL;

    if (json_object_object_get_ex(doc, "error_response", &ok))
        return pdd_envelope(doc, e, result);
    if (!json_object_object_get_ex(doc, REFRESH_R, &ok) ||
        !json_object_is_type(ok, json_type_object))
        return od_error_set(OD_EAGAIN, REFRESH_TYPE ": no " REFRESH_R);
    *result = ok;
    return 0;
}

/* A refused refresh token (sub codes with "refresh_token") is the shop's
 * authorization; the rest as for the orders. */
static const struct od_gw_code refresh_codes[] = {
    {0, 0, "refresh_token", OD_GW_AUTH, "refused the refresh token"},
    {10016, 10016, NULL, OD_GW_AUTH, NULL},
    {70031, 70034, NULL, OD_GW_THROTTLE, NULL},
    {50000, 59999, NULL, OD_GW_TRANSIENT, NULL},
};

static const struct od_gw_platform pdd_refresh = {
    .name = REFRESH_TYPE,
    .codes = refresh_codes,
    .n_codes = sizeof(refresh_codes) / sizeof(refresh_codes[0]),
    .tries = 3,
    .first_wait_ms = 250,
    .http = {.max_attempts = 4, .base_ms = 250},
    .content_type = "Content-Type: application/x-www-form-urlencoded",
    .build = refresh_build,
    .envelope = refresh_envelope,
};

/* {access_token, expires_in, expires_at, refresh_token,
 * refresh_token_expires_in, refresh_token_expires_at, ...}: the *_at
 * times (unix s) when given, else the *_in lifetimes. */
static int token_parse(struct json_object *r, od_time now, struct od_token_pair *out)
{
    static const char *const exp[] = {"expires_at", "expires_in", NULL};
    static const char *const rexp[] = {"refresh_token_expires_at", "refresh_token_expires_in",
                                       NULL};

    return od_gw_auth_read(r, REFRESH_TYPE, now, exp, rexp, out);
}

static const char *const pdd_ids[] = {"order_sn", NULL};

static int pdd_poll(void *state, const struct od_cursor *from, struct od_batch *out)
{
    struct pdd_state *st = state;
    const struct pdd_settings *s = st->s;
    struct json_object *doc = NULL, *resp = NULL, *list = NULL;
    struct pdd_call call = {.st = st};
    struct od_gw_items items = {.channel = st->ch->name,
                                .normalize = pinduoduo_normalize,
                                .id_keys = pdd_ids,
                                .noun = "order",
                                .ref = "increment.get:order_sn"};
    struct od_window w;
    od_time limit = od_clock_now() - s->lag_ms * 1000;
    int64_t size, slack, total = 0;
    bool done = false;
    int rc;

    rc = od_window_read(from, &w);
    if (rc < 0)
        goto out;
    /* One page per poll, never more orders than the batch has room for. */
    size = s->page_size;
    if (out->max_orders > 0 && (int64_t)out->max_orders < size)
        size = (int64_t)out->max_orders;
    od_window_read_old_page(&w, OD_WINDOW_OLD_NEXT, size);
    od_window_page_size(&w, size, true);
    if (w.window_to == OD_TIME_NONE) {
        /* Whole seconds, as the platform takes them. */
        if (!od_window_open(&w, s->overlap_ms, s->lag_ms, s->start_from, s->max_window_ms))
            goto out; /* caught up */
        memset(&st->gw.stats, 0, sizeof(st->gw.stats));
    }
    call.start = w.after / SEC;
    call.end = w.window_to / SEC;
    call.page = w.page ? w.page : 1;
    call.size = size;
    call.count = w.page == 0;
    rc = od_gw_call(&st->gw, &call, out, &doc, &resp);
    if (rc < 0)
        goto out;
    if (!json_object_object_get_ex(resp, "order_sn_list", &list) ||
        !json_object_is_type(list, json_type_array)) {
        rc = od_error_set(OD_EAGAIN, TYPE ": no order_sn_list in the answer");
        goto out;
    }
    if (w.page == 0) {
        const char *t = od_json_text(resp, "total_count");
        struct json_object *more = NULL;

        json_object_object_get_ex(resp, "has_next", &more);
        if (t) {
            total = strtoll(t, NULL, 10);
        } else if (!json_object_get_boolean(more)) {
            total = (int64_t)json_object_array_length(list);
        } else {
            rc = od_error_set(OD_EAGAIN, TYPE ": no total_count in the answer");
            goto out;
        }
    }
    rc = attach_invoices(st, list, out);
    if (rc == 0)
        rc = od_gw_add_items(&items, list, out);
    if (rc < 0)
        goto out;
    if (w.page == 0) {
        /* Page 1 told how many orders the window holds: walk back from
         * the last page (page 1 is read again at the end). */
        int64_t last = od_window_walk_start(&w, total, size);

        if (last < 0) {
            rc = (int)last;
            goto out;
        }
        done = last == 0;
    } else {
        done = od_window_walk_back(&w, -1) == 0;
    }
    if (done) {
        char a[OD_TIME_STRLEN], b[OD_TIME_STRLEN];

        od_channel_log(st->ch, OD_CH_INFO,
                       "window %s - %s done: %llu requests, %llu retried, %lld ms waiting",
                       od_time_format(w.after, a), od_time_format(w.window_to, b),
                       (unsigned long long)st->gw.stats.requests,
                       (unsigned long long)st->gw.stats.retries, (long long)st->gw.stats.waited_ms);
        w.watermark = w.window_to;
        w.window_to = w.after = OD_TIME_NONE;
        w.page = 0;
        /* Another window follows at once while the time behind the lag is
         * more than this one could reach (catching up after downtime). */
        slack = s->overlap_ms > 1000 ? s->overlap_ms * 1000 : SEC;
        out->more = w.watermark < limit - slack;
    } else {
        out->more = true;
    }
    rc = od_window_write(out, &w);
out:
    json_object_put(doc);
    od_window_clear(&w);
    return rc;
}

/* The orders updated in [w->from, w->to): total_count of page 1 at
 * page_size 1 (bounds inclusive, whole seconds). */
static int pdd_count(void *state, const struct od_count_window *w, int64_t *n)
{
    struct pdd_state *st = state;
    struct pdd_call call = {.st = st, .page = 1, .size = 1, .count = true};
    struct json_object *doc = NULL, *resp = NULL;
    struct od_batch b;
    const char *t;
    char *end = NULL;
    int rc;

    od_batch_init(&b, 0);
    b.stop = w->stop;
    b.stop_ud = w->stop_ud;
    call.start = w->from / SEC;
    call.end = w->to / SEC - 1;
    rc = od_gw_call(&st->gw, &call, &b, &doc, &resp);
    if (rc == 0) {
        t = od_json_text(resp, "total_count");
        *n = t ? strtoll(t, &end, 10) : -1;
        if (!t || *end || *n < 0)
            rc = od_error_set(OD_EIO, TYPE ": no total_count in the answer");
    }
    json_object_put(doc);
    od_batch_free(&b);
    return rc;
}

static void pdd_count_limits(void *state, int64_t *max_window_ms, int64_t *lag_ms)
{
    const struct pdd_state *st = state;

    *max_window_ms = st->s->max_window_ms;
    *lag_ms = st->s->lag_ms;
}

static int pdd_reparse(void *state, const struct od_dead_letter *d, struct od_batch *out)
{
    struct pdd_state *st = state;

    return od_api_reparse(pinduoduo_normalize, st->ch->name, d, out);
}

const struct od_connector od_pinduoduo_connector = {
    .version = OD_CONNECTOR_VERSION,
    .kind = "pinduoduo",
    .summary = "拼多多 (Pinduoduo) pdd.order.number.list.increment.get, incremental by updated_at",
    .keys = pdd_keys,
    .settings_size = sizeof(struct pdd_settings),
    .validate = pdd_validate,
    .open = pdd_open,
    .poll = pdd_poll,
    .after_commit = NULL,
    .reparse = pdd_reparse,
    .close = od_gw_close,
    .count = pdd_count,
    .count_limits = pdd_count_limits,
};
