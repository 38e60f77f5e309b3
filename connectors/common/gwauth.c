/* Access tokens that renew themselves: see gwauth.h. */
#include "gwauth.h"

#include <json-c/json.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "clock.h"
#include "config.h"
#include "error.h"
#include "gateway.h"
#include "json.h"

bool od_gw_auth_enabled(const struct od_gw *g)
{
    return g->auth && g->auth->config_refresh && *g->auth->config_refresh;
}

const char *od_gw_access(const struct od_gw *g, const char *fallback)
{
    if (g->auth && g->auth->ready && *g->auth->pair.access)
        return g->auth->pair.access;
    if (g->auth && g->auth->config_access)
        return g->auth->config_access;
    return fallback;
}

od_time od_gw_auth_expiry(od_time now, int64_t v)
{
    if (v <= 0)
        return OD_TIME_NONE;
    if (v > INT64_C(100000000000)) /* unix milliseconds */
        return v * 1000;
    if (v > INT64_C(1000000000)) /* unix seconds */
        return v * 1000000;
    return now + v * 1000000;
}

/* The first of `keys` that holds a number > 0, via od_gw_auth_expiry. */
static od_time first_expiry(struct json_object *o, const char *const *keys, od_time issued)
{
    for (size_t i = 0; keys && keys[i]; i++) {
        const char *v = od_json_text(o, keys[i]);
        long long n = v ? strtoll(v, NULL, 10) : 0;

        if (n > 0)
            return od_gw_auth_expiry(issued, n);
    }
    return OD_TIME_NONE;
}

int od_gw_auth_read(struct json_object *o, const char *who, od_time issued,
                    const char *const *expires, const char *const *refresh_expires,
                    struct od_token_pair *out)
{
    const char *a = od_json_text(o, "access_token");
    const char *r = od_json_text(o, "refresh_token");

    if (!a || !*a || strlen(a) > OD_TOKEN_MAX || (r && strlen(r) > OD_TOKEN_MAX))
        return od_error_set(OD_EIO, "%s: the answer has no usable access_token", who);
    memcpy(out->access, a, strlen(a) + 1);
    if (r)
        memcpy(out->refresh, r, strlen(r) + 1);
    out->issued = issued;
    out->access_expires = first_expiry(o, expires, issued);
    out->refresh_expires = first_expiry(o, refresh_expires, issued);
    return 0;
}

static const char *when(od_time t, char *buf)
{
    if (t == OD_TIME_NONE)
        return "(not said)";
    return od_time_format(t, buf);
}

/* Hand a renewed pair to the token store; a failure is logged and the
 * store is asked again before the next call. */
static void save(struct od_gw *g)
{
    struct od_gw_auth *a = g->auth;
    const struct od_token_store *ts = g->ch->tokens;
    int rc;

    if (!ts) {
        a->unsaved = false;
        return;
    }
    rc = ts->save(ts->ud, g->ch->name, a->config_fp, &a->pair);
    if (rc < 0) {
        od_channel_log(g->ch, OD_CH_ERROR,
                       "the renewed token pair is not stored yet (asking again before the next "
                       "call): %s",
                       od_error_last());
        return;
    }
    a->unsaved = false;
}

int od_gw_auth_ready(struct od_gw *g, struct od_batch *out)
{
    struct od_gw_auth *a = g->auth;
    const struct od_token_store *ts = g->ch->tokens;
    od_time due;
    int rc;

    if (!od_gw_auth_enabled(g))
        return 0;
    if (!a->ready) {
        rc = od_token_fingerprint(a->config_access, a->config_refresh, a->config_fp);
        if (rc < 0)
            return rc;
        od_token_pair_wipe(&a->pair);
        if (strlen(a->config_access) > OD_TOKEN_MAX || strlen(a->config_refresh) > OD_TOKEN_MAX)
            return od_error_set(OD_ECONFIG, "a configured token is longer than %d bytes",
                                OD_TOKEN_MAX);
        memcpy(a->pair.access, a->config_access, strlen(a->config_access));
        memcpy(a->pair.refresh, a->config_refresh, strlen(a->config_refresh));
        a->ready = true;
    }
    if (a->unsaved)
        save(g);
    if (!a->unsaved && ts) {
        /* The store's pair wins: another instance, an earlier run or
         * `orderctl channel token` may have renewed it. */
        struct od_token_pair kept;

        rc = ts->load(ts->ud, g->ch->name, a->config_fp, &kept);
        if (rc < 0)
            return rc;
        if (rc == 1)
            a->pair = kept;
        od_token_pair_wipe(&kept);
    }
    due = od_token_renew_at(a->pair.issued, a->pair.access_expires, a->margin_pct);
    if (due == OD_TIME_NONE || od_clock_now() < due)
        return 0;
    rc = od_gw_auth_renew(g, out, "due");
    if (rc == OD_EAGAIN && od_clock_now() < a->pair.access_expires) {
        od_channel_log(g->ch, OD_CH_WARN,
                       "renewing the access token failed, going on with the current one: %s",
                       od_error_last());
        return 0;
    }
    return rc;
}

int od_gw_auth_renew(struct od_gw *g, struct od_batch *out, const char *why)
{
    struct od_gw_auth *a = g->auth;
    struct od_gw r = *g;
    struct json_object *doc = NULL, *result = NULL;
    struct od_token_pair fresh;
    char t1[OD_TIME_STRLEN], t2[OD_TIME_STRLEN];
    int rc;

    od_token_pair_wipe(&fresh);
    r.p = a->refresh_call;
    r.auth = NULL;
    rc = od_gw_call(&r, g, out, &doc, &result);
    g->stats = r.stats;
    g->ban_until_ms = r.ban_until_ms;
    memcpy(g->ban_msg, r.ban_msg, sizeof(g->ban_msg));
    if (rc == OD_EAUTH) {
        char said[600];

        snprintf(said, sizeof(said), "%s", od_error_last()); /* the platform's message */
        rc = od_error_set(OD_EAUTH,
                          "renewing the access token: %s; re-authorize the shop, then give "
                          "orderd the new pair: orderctl channel token %s (reads the access and "
                          "refresh token from stdin)",
                          said, g->ch->name);
        goto out;
    }
    if (rc < 0) {
        rc = od_error_wrap(rc, "renewing the access token");
        goto out;
    }
    rc = a->parse(result, od_clock_now(), &fresh);
    if (rc < 0) {
        rc = od_error_wrap(rc, "renewing the access token");
        goto out;
    }
    if (!*fresh.refresh) {
        memcpy(fresh.refresh, a->pair.refresh, sizeof(fresh.refresh));
        if (fresh.refresh_expires == OD_TIME_NONE)
            fresh.refresh_expires = a->pair.refresh_expires;
    }
    a->pair = fresh;
    a->unsaved = true;
    a->renewals++;
    od_channel_log(g->ch, OD_CH_INFO,
                   "access token renewed (%s): valid until %s, refresh token until %s", why,
                   when(a->pair.access_expires, t1), when(a->pair.refresh_expires, t2));
    save(g);
out:
    json_object_put(doc);
    od_token_pair_wipe(&fresh);
    return rc;
}

void od_gw_auth_free(struct od_gw_auth *a)
{
    if (!a)
        return;
    od_token_pair_wipe(&a->pair);
    explicit_bzero(a->config_fp, sizeof(a->config_fp));
}
