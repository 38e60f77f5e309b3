/* Access tokens that renew themselves: when a token is due for renewal
 * (lib/tokens.c, od_token_renew_at), the fingerprint of a configured
 * pair, and the gateway's renewal (connectors/common/gwauth.c) against
 * a scripted platform: renewed on the "expired" answer and the call made
 * once more, renewed before expiry when the margin is reached, the new
 * pair handed to the token store once, a stored pair taken over, and a
 * refused refresh token as OD_EAUTH with what to do. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "buf.h"
#include "config.h"
#include "connector.h"
#include "error.h"
#include "gateway.h"
#include "gwauth.h"
#include "json.h"
#include "tokens.h"

#define S INT64_C(1000000) /* one second in od_time units */

/* ---- the margin ---------------------------------------------------------- */

static void test_renew_at(void **state)
{
    const struct {
        od_time issued, expires;
        int pct;
        od_time want;
    } cases[] = {
        /* 20 % of a 7-day token: renewed 33.6 h before it expires */
        {0, 7 * 86400 * S, 20, 7 * 86400 * S - 120960 * S},
        {1000 * S, 1010 * S, 20, 1008 * S},
        {1000 * S, 1010 * S, 50, 1005 * S},
        {1000 * S, 1004 * S, 20, 1004 * S - 800000},
        /* the margin is held to 1..90 % */
        {0, 100 * S, 0, 99 * S},
        {0, 100 * S, 99, 10 * S},
        /* a lifetime that does not divide by 100 loses nothing */
        {0, 101, 50, 51},
        /* unknown or nonsensical times: no renewal before the platform says */
        {OD_TIME_NONE, 100 * S, 20, OD_TIME_NONE},
        {0, OD_TIME_NONE, 20, OD_TIME_NONE},
        {100 * S, 100 * S, 20, OD_TIME_NONE},
        {100 * S, 50 * S, 20, OD_TIME_NONE},
        /* a 100-year token: no overflow */
        {0, INT64_C(3155760000) * S, 20, INT64_C(3155760000) * S / 5 * 4},
    };

    (void)state;
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        od_time got = od_token_renew_at(cases[i].issued, cases[i].expires, cases[i].pct);

        if (got != cases[i].want)
            fail_msg("case %zu: %lld, want %lld", i, (long long)got, (long long)cases[i].want);
    }
}

static void test_fingerprint(void **state)
{
    char a[65], b[65], c[65], d[65];

    (void)state;
    assert_int_equal(od_token_fingerprint("acc", "ref", a), 0);
    assert_int_equal(od_token_fingerprint("acc", "ref", b), 0);
    assert_int_equal(od_token_fingerprint("acc", "ref2", c), 0);
    assert_int_equal(od_token_fingerprint("ac", "cref", d), 0); /* same bytes, other split */
    assert_int_equal(strlen(a), 64);
    assert_string_equal(a, b);
    assert_string_not_equal(a, c);
    assert_string_not_equal(a, d);
    assert_null(strstr(a, "acc"));
}

/* ---- the gateway's renewal against a scripted platform ------------------- */

/* The platform: a call answers {"ok":1} or {"err":N}; code 1 says the
 * token expired, 2 that the refresh token is refused. The refresh call
 * answers {"access_token":..., "refresh_token":..., "expires_in":N}. */
struct world {
    struct od_gw g; /* first: the refresh call gets the gateway as ud */
    struct od_gw_auth auth;
    struct od_channel ch;
    struct od_token_store store;
    /* what the platform knows */
    char valid_access[64];
    char valid_refresh[64];
    int issued;
    long expires_in;
    bool refuse_refresh;
    bool access_dead; /* every call: "expired", whatever the token */
    /* what happened */
    int calls, refreshes, saves, loads;
    char sent_tokens[16][64];
    struct od_token_pair saved;
    bool have_kept;
    struct od_token_pair kept; /* what load hands out */
};

static int t_build(void *ud, struct od_buf *url, struct od_buf *body)
{
    struct od_gw *g = ud;

    (void)url;
    return od_buf_printf(body, "call %s", od_gw_access(g, "none"));
}

static int r_build(void *ud, struct od_buf *url, struct od_buf *body)
{
    struct world *w = ud;

    (void)url;
    return od_buf_printf(body, "refresh %s", w->auth.pair.refresh);
}

static int t_envelope(struct json_object *doc, struct od_gw_error *e, struct json_object **result)
{
    const char *err = od_json_text(doc, "err");

    if (err) {
        e->code = strtol(err, NULL, 10);
        snprintf(e->what, sizeof(e->what), "code %s", err);
        return 1;
    }
    *result = doc;
    return 0;
}

static const struct od_gw_code t_codes[] = {
    {1, 1, NULL, OD_GW_EXPIRED, "says the token expired"},
    {2, 2, NULL, OD_GW_AUTH, "refused the refresh token"},
};

static const struct od_gw_platform t_platform = {
    .name = "T",
    .codes = t_codes,
    .n_codes = 2,
    .tries = 1,
    .http = {.max_attempts = 1},
    .content_type = "Content-Type: text/plain",
    .build = t_build,
    .envelope = t_envelope,
};

static const struct od_gw_platform r_platform = {
    .name = "T refresh",
    .codes = t_codes,
    .n_codes = 2,
    .tries = 1,
    .http = {.max_attempts = 1},
    .content_type = "Content-Type: text/plain",
    .build = r_build,
    .envelope = t_envelope,
};

static int r_parse(struct json_object *r, od_time now, struct od_token_pair *out)
{
    static const char *const exp[] = {"expires_in", NULL};

    return od_gw_auth_read(r, "T refresh", now, exp, NULL, out);
}

static struct world *the_world;

static int answer(struct od_http_response *resp, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
static int answer(struct od_http_response *resp, const char *fmt, ...)
{
    va_list ap;
    char buf[256];

    va_start(ap, fmt);
    vsnprintf(buf, sizeof(buf), fmt, ap);
    va_end(ap);
    resp->status = 200;
    resp->body = strdup(buf);
    resp->body_len = strlen(buf);
    return 0;
}

static int w_send(struct od_http *h, const struct od_http_request *req,
                  const struct od_http_retry *policy, struct od_http_stats *stats,
                  struct od_http_response *resp)
{
    struct world *w = the_world;
    char tok[64] = "";

    (void)h;
    (void)policy;
    (void)stats;
    if (sscanf(req->body, "refresh %63s", tok) == 1) {
        w->refreshes++;
        if (w->refuse_refresh || strcmp(tok, w->valid_refresh) != 0)
            return answer(resp, "{\"err\":2}");
        w->issued++;
        snprintf(w->valid_access, sizeof(w->valid_access), "A%d", w->issued);
        snprintf(w->valid_refresh, sizeof(w->valid_refresh), "R%d", w->issued);
        return answer(resp, "{\"access_token\":\"%s\",\"refresh_token\":\"%s\",\"expires_in\":%ld}",
                      w->valid_access, w->valid_refresh, w->expires_in);
    }
    assert_int_equal(sscanf(req->body, "call %63s", tok), 1);
    if (w->calls < 16)
        snprintf(w->sent_tokens[w->calls], sizeof(w->sent_tokens[0]), "%s", tok);
    w->calls++;
    if (w->access_dead || strcmp(tok, w->valid_access) != 0)
        return answer(resp, "{\"err\":1}");
    return answer(resp, "{\"ok\":1}");
}

static int w_load(void *ud, const char *channel, const char *fp, struct od_token_pair *out)
{
    struct world *w = ud;

    (void)channel;
    (void)fp;
    w->loads++;
    if (!w->have_kept)
        return 0;
    *out = w->kept;
    return 1;
}

static int w_save(void *ud, const char *channel, const char *fp, const struct od_token_pair *p)
{
    struct world *w = ud;

    (void)channel;
    (void)fp;
    w->saves++;
    w->saved = *p;
    w->kept = *p;
    w->have_kept = true;
    return 0;
}

static struct world *world_new(void)
{
    struct world *w = calloc(1, sizeof(*w));

    assert_non_null(w);
    w->ch.name = "t";
    w->ch.kind = "test";
    w->store = (struct od_token_store){.load = w_load, .save = w_save, .ud = w};
    w->ch.tokens = &w->store;
    w->g.p = &t_platform;
    w->g.ch = &w->ch;
    w->g.send = w_send;
    w->g.auth = &w->auth;
    w->auth.config_access = "A0";
    w->auth.config_refresh = "R0";
    w->auth.margin_pct = 20;
    w->auth.refresh_call = &r_platform;
    w->auth.parse = r_parse;
    snprintf(w->valid_access, sizeof(w->valid_access), "A0");
    snprintf(w->valid_refresh, sizeof(w->valid_refresh), "R0");
    w->expires_in = 3600;
    the_world = w;
    return w;
}

static int call(struct world *w)
{
    struct od_batch b;
    struct json_object *doc = NULL, *result = NULL;
    int rc;

    od_batch_init(&b, 0);
    rc = od_gw_call(&w->g, &w->g, &b, &doc, &result);
    json_object_put(doc);
    od_batch_free(&b);
    return rc;
}

static void test_expired_answer_renews_and_retries_once(void **state)
{
    struct world *w = world_new();

    (void)state;
    assert_int_equal(call(w), 0); /* the configured token works */
    assert_int_equal(w->refreshes, 0);
    snprintf(w->valid_access, sizeof(w->valid_access), "gone"); /* it expires */
    assert_int_equal(call(w), 0);
    assert_int_equal(w->refreshes, 1);
    assert_int_equal(w->calls, 3); /* A0 ok, A0 expired, A1 ok */
    assert_string_equal(w->sent_tokens[1], "A0");
    assert_string_equal(w->sent_tokens[2], "A1");
    assert_int_equal(w->saves, 1);
    assert_string_equal(w->saved.access, "A1");
    assert_string_equal(w->saved.refresh, "R1");
    assert_true(w->saved.access_expires > w->saved.issued);
    /* still expired after the renewal: OD_EAUTH, no second renewal */
    w->access_dead = true;
    w->refreshes = 0;
    assert_int_equal(call(w), OD_EAUTH);
    assert_int_equal(w->refreshes, 1);
    od_gw_auth_free(&w->auth);
    free(w);
}

static void test_due_token_renewed_before_the_call(void **state)
{
    struct world *w = world_new();

    (void)state;
    w->expires_in = 10;
    snprintf(w->valid_access, sizeof(w->valid_access), "gone");
    assert_int_equal(call(w), 0); /* renewed on "expired": expiry now known */
    assert_int_equal(w->refreshes, 1);
    /* 20 % of 10 s left: due; the next call renews first */
    w->kept.issued -= 9 * S;
    w->kept.access_expires -= 9 * S;
    assert_int_equal(call(w), 0);
    assert_int_equal(w->refreshes, 2);
    assert_string_equal(w->sent_tokens[w->calls - 1], "A2");
    assert_int_equal(w->saves, 2);
    od_gw_auth_free(&w->auth);
    free(w);
}

static void test_stored_pair_is_taken_over(void **state)
{
    struct world *w = world_new();

    (void)state;
    /* another instance (or orderctl channel token) stored A7/R7 */
    w->have_kept = true;
    snprintf(w->kept.access, sizeof(w->kept.access), "A7");
    snprintf(w->kept.refresh, sizeof(w->kept.refresh), "R7");
    w->kept.issued = w->kept.access_expires = w->kept.refresh_expires = OD_TIME_NONE;
    snprintf(w->valid_access, sizeof(w->valid_access), "A7");
    snprintf(w->valid_refresh, sizeof(w->valid_refresh), "R7");
    assert_int_equal(call(w), 0);
    assert_string_equal(w->sent_tokens[0], "A7");
    assert_int_equal(w->refreshes, 0);
    od_gw_auth_free(&w->auth);
    free(w);
}

static void test_refused_refresh_is_auth_error_with_hint(void **state)
{
    struct world *w = world_new();

    (void)state;
    w->refuse_refresh = true;
    snprintf(w->valid_access, sizeof(w->valid_access), "gone");
    assert_int_equal(call(w), OD_EAUTH);
    assert_non_null(strstr(od_error_last(), "refused the refresh token"));
    assert_non_null(strstr(od_error_last(), "re-authorize the shop"));
    assert_non_null(strstr(od_error_last(), "orderctl channel token t"));
    assert_null(strstr(od_error_last(), "R0"));
    assert_int_equal(w->saves, 0);
    od_gw_auth_free(&w->auth);
    free(w);
}

static void test_no_refresh_token_no_renewal(void **state)
{
    struct world *w = world_new();

    (void)state;
    w->auth.config_refresh = NULL;
    snprintf(w->valid_access, sizeof(w->valid_access), "gone");
    assert_int_equal(call(w), OD_EAUTH);
    assert_int_equal(w->refreshes, 0);
    assert_int_equal(w->loads, 0);
    assert_non_null(strstr(od_error_last(), "says the token expired"));
    free(w);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_renew_at),
        cmocka_unit_test(test_fingerprint),
        cmocka_unit_test(test_expired_answer_renews_and_retries_once),
        cmocka_unit_test(test_due_token_renewed_before_the_call),
        cmocka_unit_test(test_stored_pair_is_taken_over),
        cmocka_unit_test(test_refused_refresh_is_auth_error_with_hint),
        cmocka_unit_test(test_no_refresh_token_no_renewal),
    };

    return cmocka_run_group_tests(tests, NULL, NULL);
}
