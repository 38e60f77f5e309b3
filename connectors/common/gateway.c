/* The shared platform call of the shop connectors: see gateway.h. */
#include "gateway.h"

#include <json-c/json.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "error.h"
#include "gwauth.h"
#include "json.h"
#include "sign.h"

int od_gw_class_rc(enum od_gw_class c)
{
    switch (c) {
    case OD_GW_OK:
        return 0;
    case OD_GW_AUTH:
    case OD_GW_EXPIRED:
        return OD_EAUTH;
    case OD_GW_THROTTLE:
    case OD_GW_TRANSIENT:
        return OD_EAGAIN;
    case OD_GW_ITEM:
        return OD_EINVAL;
    case OD_GW_FATAL:
        break;
    }
    return OD_ECONFIG;
}

enum od_gw_class od_gw_http_class(long status)
{
    if (status >= 200 && status < 300)
        return OD_GW_OK;
    if (status == 401 || status == 403)
        return OD_GW_AUTH;
    if (status == 429)
        return OD_GW_THROTTLE;
    if (status == 408 || (status >= 500 && status < 600))
        return OD_GW_TRANSIENT;
    return OD_GW_FATAL;
}

int od_gw_http_check(const struct od_http_response *r, const char *who, const char *why,
                     struct od_batch *out)
{
    enum od_gw_class c = od_gw_http_class(r->status);

    switch (c) {
    case OD_GW_OK:
        return 0;
    case OD_GW_AUTH:
        return od_error_set(OD_EAUTH, "%s refused the credentials (HTTP %ld): %s", who, r->status,
                            why);
    case OD_GW_THROTTLE:
    case OD_GW_TRANSIENT:
        out->retry_after_ms = r->retry_after_ms > 0 ? r->retry_after_ms : 0;
        return od_error_set(OD_EAGAIN, "%s: HTTP %ld after retries: %s", who, r->status, why);
    default:
        return od_error_set(od_gw_class_rc(c), "%s: HTTP %ld: %s", who, r->status, why);
    }
}

enum od_gw_class od_gw_classify(const struct od_gw_code *codes, size_t n,
                                const struct od_gw_error *e, const char **say)
{
    for (size_t i = 0; i < n; i++) {
        const struct od_gw_code *r = &codes[i];
        bool hit = r->sub_code ? strcasestr(e->sub, r->sub_code) != NULL
                               : e->code >= r->lo && e->code <= r->hi;

        if (hit) {
            if (say)
                *say = r->say;
            return r->cls;
        }
    }
    if (say)
        *say = NULL;
    return OD_GW_FATAL;
}

void od_gw_clip(char *dst, size_t dst_len, const char *s, size_t max)
{
    size_t n = s ? strlen(s) : 0;

    if (max >= dst_len)
        max = dst_len - 1;
    if (n > max) {
        n = max;
        while (n > 0 && ((unsigned char)s[n] & 0xC0) == 0x80)
            n--;
    }
    if (n)
        memcpy(dst, s, n);
    dst[n] = '\0';
}

int od_gw_init(struct od_gw *g, const struct od_gw_platform *p, struct od_channel *ch,
               const char *url, const char *ca_file, int64_t timeout_ms)
{
    memset(g, 0, sizeof(*g));
    g->p = p;
    g->ch = ch;
    g->url = url;
    return od_api_http_new(ch, ca_file, timeout_ms, &g->http);
}

void od_gw_free(struct od_gw *g)
{
    od_gw_auth_free(g->auth);
    od_http_free(g->http);
    g->http = NULL;
}

int od_gw_open(size_t size, const struct od_gw_platform *p, struct od_channel *ch, const char *url,
               const char *ca_file, int64_t timeout_ms, void **state)
{
    struct od_gw *g = calloc(1, size);
    int rc;

    if (!g)
        return od_error_set(OD_ENOMEM, "out of memory");
    rc = od_gw_init(g, p, ch, url, ca_file, timeout_ms);
    if (rc < 0) {
        od_gw_close(g);
        return rc;
    }
    *state = g;
    return 0;
}

void od_gw_close(void *state)
{
    if (!state)
        return;
    od_gw_free(state);
    free(state);
}

bool od_gw_wait(const struct od_gw *g, const struct od_batch *out, int64_t ms)
{
    (void)g;
    return od_clock_wait(ms, out ? out->stop : NULL, out ? out->stop_ud : NULL);
}

enum od_gw_class od_gw_retry(struct od_gw *g, enum od_gw_class (*attempt)(void *ud), void *ud,
                             const struct od_batch *out, bool *stopped)
{
    int64_t wait = g->p->first_wait_ms;
    enum od_gw_class c;

    *stopped = false;
    for (int n = 1;; n++) {
        c = attempt(ud);
        if ((c != OD_GW_THROTTLE && c != OD_GW_TRANSIENT) || n >= g->p->tries)
            return c;
        od_channel_log(g->ch, OD_CH_DEBUG, "retrying in %lld ms: %s", (long long)wait,
                       od_error_last());
        g->stats.retries++;
        g->stats.waited_ms += wait;
        if (!od_gw_wait(g, out, wait)) {
            *stopped = true;
            return c;
        }
        wait *= 2;
    }
}

/* The state of one od_gw_call across its tries. */
struct call {
    struct od_gw *g;
    void *ud;
    struct od_batch *out;
    struct json_object *doc;
    struct json_object *result;
    int rc; /* of the last try: 0, or the code behind its class */
};

/* An error envelope: its class by the table; a ban ends the call. */
static enum od_gw_class platform_error(struct call *c, const struct od_gw_error *e)
{
    const struct od_gw_platform *p = c->g->p;
    const char *say = NULL;
    enum od_gw_class cls = od_gw_classify(p->codes, p->n_codes, e, &say);
    int64_t ban = cls == OD_GW_THROTTLE && p->ban_ms ? p->ban_ms(e) : 0;

    if (say)
        c->rc = od_error_set(od_gw_class_rc(cls), "%s %s: %s", p->name, say, e->what);
    else
        c->rc = od_error_set(od_gw_class_rc(cls), "%s %s", p->name, e->what);
    if (cls == OD_GW_THROTTLE)
        c->g->throttled++;
    if (ban > 0) {
        struct od_gw *g = c->g;

        g->bans++;
        g->ban_until_ms = od_clock_mono_ms() + ban;
        c->out->retry_after_ms = ban;
        snprintf(g->ban_msg, sizeof(g->ban_msg), "%s %s; no request before the ban ends (%lld s)",
                 p->name, e->what, (long long)(ban / 1000));
        od_channel_log(g->ch, OD_CH_WARN, "%s ban (code %ld): waiting %lld s", p->name, e->code,
                       (long long)(ban / 1000));
        c->rc = od_error_set(OD_EAGAIN, "%s", g->ban_msg);
        return OD_GW_FATAL; /* not tried again in this poll; rc says EAGAIN */
    }
    return cls;
}

/* The class of an answer (step 3 of gateway.h). */
static enum od_gw_class answer_class(struct call *c, const struct od_http_response *resp)
{
    const struct od_gw_platform *p = c->g->p;
    enum od_gw_class hc = od_gw_http_class(resp->status);
    struct od_gw_error e = {.code = -1};
    int env = OD_EAGAIN;
    int64_t tries_wait = p->first_wait_ms; /* what this call's tries wait at most */

    for (int i = 0; i < p->tries && tries_wait < INT64_MAX / 2; i++)
        tries_wait *= 2;
    if ((hc == OD_GW_THROTTLE || hc == OD_GW_TRANSIENT) && resp->retry_after_ms > tries_wait) {
        /* asked to wait longer than this poll's tries would: not tried
         * again in this poll; the scheduler waits (at most its cap) */
        c->out->retry_after_ms = resp->retry_after_ms;
        c->rc = od_error_set(OD_EAGAIN, "%s: HTTP %ld, asked to wait %lld s (Retry-After)", p->name,
                             resp->status, (long long)(resp->retry_after_ms / 1000));
        return OD_GW_FATAL; /* rc says EAGAIN */
    }
    if (hc == OD_GW_THROTTLE || hc == OD_GW_TRANSIENT) {
        c->rc = od_error_set(OD_EAGAIN, "%s: HTTP %ld", p->name, resp->status);
        return hc;
    }
    if (resp->body && od_json_parse(resp->body, resp->body_len, &c->doc) == 0 &&
        json_object_is_type(c->doc, json_type_object))
        env = p->envelope(c->doc, &e, &c->result);
    if (env == 1)
        return platform_error(c, &e);
    if (hc != OD_GW_OK) {
        c->rc = od_error_set(od_gw_class_rc(hc), "%s: HTTP %ld (is the gateway URL right?)",
                             p->name, resp->status);
        return hc;
    }
    if (env == 0) {
        c->rc = 0;
        return OD_GW_OK;
    }
    if (env < 0 && env != OD_EAGAIN) {
        c->rc = env; /* the envelope says the answer can never work */
        return OD_GW_FATAL;
    }
    if (!c->doc || !json_object_is_type(c->doc, json_type_object))
        od_error_set(OD_EAGAIN, "%s: HTTP %ld without a JSON body (%s)", p->name, resp->status,
                     resp->content_type ? resp->content_type : "no content type");
    c->rc = OD_EAGAIN;
    return OD_GW_TRANSIENT;
}

static void wipe(struct od_buf *b)
{
    if (b->data)
        explicit_bzero(b->data, b->cap);
    od_buf_free(b);
}

/* One try: build, send (transport retries), classify. */
static enum od_gw_class try_once(void *ud)
{
    struct call *c = ud;
    struct od_gw *g = c->g;
    const struct od_gw_platform *p = g->p;
    const char *headers[3] = {p->content_type, "Accept: application/json", NULL};
    struct od_http_request req = {.method = "POST", .headers = headers};
    struct od_http_response resp = {0};
    struct od_http_retry policy = p->http;
    struct od_buf url, body;
    enum od_gw_class cls;

    json_object_put(c->doc);
    c->doc = c->result = NULL;
    od_buf_init(&url, 8192);
    od_buf_init(&body, 64 * 1024);
    c->rc = p->build(c->ud, &url, &body);
    if (c->rc == OD_ETOOBIG)
        c->rc = od_error_set(OD_EINVAL, "request too large");
    if (c->rc < 0) {
        cls = OD_GW_FATAL;
        goto out;
    }
    req.url = url.len ? url.data : g->url;
    req.body = body.data;
    req.body_len = body.len;
    policy.stop = c->out->stop;
    policy.stop_ud = c->out->stop_ud;
    c->rc = (g->send ? g->send : od_http_send_retry)(g->http, &req, &policy, &g->stats, &resp);
    if (c->rc < 0) {
        /* network errors, already retried by od_http_send_retry */
        cls = OD_GW_FATAL;
        goto out;
    }
    cls = answer_class(c, &resp);
out:
    wipe(&url);
    wipe(&body);
    od_http_response_clear(&resp);
    return cls;
}

int od_gw_call(struct od_gw *g, void *ud, struct od_batch *out, struct json_object **doc,
               struct json_object **result)
{
    struct call c = {.g = g, .ud = ud, .out = out};
    enum od_gw_class cls;
    bool stopped;

    if (g->ban_until_ms > od_clock_mono_ms()) {
        out->retry_after_ms = g->ban_until_ms - od_clock_mono_ms();
        return od_error_set(OD_EAGAIN, "%s", g->ban_msg);
    }
    if (g->auth) {
        int rc = od_gw_auth_ready(g, out);

        if (rc < 0)
            return rc;
    }
    cls = od_gw_retry(g, try_once, &c, out, &stopped);
    if (!stopped && cls == OD_GW_EXPIRED && od_gw_auth_enabled(g)) {
        /* The token expired: renew it and make the call once more. */
        int rc = od_gw_auth_renew(g, out, "expired");

        if (rc < 0) {
            json_object_put(c.doc);
            return rc;
        }
        cls = od_gw_retry(g, try_once, &c, out, &stopped);
    }
    if (stopped) {
        c.rc = od_error_wrap(OD_EAGAIN, "stopped while waiting to retry");
    } else if (cls == OD_GW_THROTTLE && g->p->throttle_rest_ms > 0) {
        /* Still throttled after the tries, and the platform does not
         * say for how long: leave it alone for a while. */
        out->retry_after_ms = g->p->throttle_rest_ms;
    }
    if (c.rc < 0) {
        json_object_put(c.doc);
        return c.rc;
    }
    *doc = c.doc;
    *result = c.result;
    return 0;
}

void od_gw_span_init(struct od_gw_span *sp)
{
    sp->first = sp->last = OD_TIME_NONE;
    sp->n = 0;
    sp->ascending = true;
}

void od_gw_span_add(struct od_gw_span *sp, od_time t)
{
    sp->n++;
    if (t == OD_TIME_NONE) {
        sp->ascending = false;
        return;
    }
    if (sp->last != OD_TIME_NONE && t < sp->last)
        sp->ascending = false;
    if (sp->first == OD_TIME_NONE)
        sp->first = t;
    sp->last = t;
}

int od_gw_add_items(const struct od_gw_items *it, struct json_object *list, struct od_batch *out)
{
    size_t n = list ? json_object_array_length(list) : 0;
    int rc = 0;

    for (size_t i = 0; i < n && rc == 0; i++) {
        struct json_object *j = json_object_array_get_idx(list, i);
        const char *raw = json_object_to_json_string_ext(j, JSON_C_TO_STRING_PLAIN);
        const char *id = NULL;
        struct od_order *o = NULL;

        for (size_t k = 0; it->id_keys[k] && (!id || !*id); k++)
            id = od_json_text(j, it->id_keys[k]);
        if (it->observe)
            it->observe(it->ud, j);
        if (it->normalize(j, it->channel, &o) == 0) {
            rc = od_batch_add_order(out, o, raw, strlen(raw));
        } else {
            char why[600], ref[160], shown[80];

            od_gw_clip(shown, sizeof(shown), id && *id ? id : "?", 64);
            snprintf(why, sizeof(why), "%s %s: %s", it->noun, shown, od_error_last());
            snprintf(ref, sizeof(ref), "%s=%s", it->ref, shown);
            rc = od_batch_add_dead(out, ref, id && *id ? id : NULL, why, raw, strlen(raw));
        }
    }
    return rc;
}

int od_gw_form(const struct od_param *params, size_t n, bool skip_empty, struct od_buf *body)
{
    int rc = 0;

    for (size_t i = 0; i < n && rc == 0; i++) {
        const char *v = params[i].value;

        if (skip_empty && (!v || !*v))
            continue;
        if (body->len)
            rc = od_buf_addc(body, '&');
        if (rc == 0)
            rc = od_buf_adds(body, params[i].key);
        if (rc == 0)
            rc = od_buf_addc(body, '=');
        if (rc == 0)
            rc = od_url_escape(v ? v : "", body);
    }
    return rc;
}
