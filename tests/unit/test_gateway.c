/* connectors/common/gateway: error classes per platform (the tables of
 * 抖店, Pinduoduo, Taobao and JD, and the one default for an unknown
 * code), the HTTP-status mapping, the backoff sequence of each platform,
 * stopping during a backoff, the item loop, form encoding and clipping. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "buf.h"
#include "clock.h"
#include "connector.h"
#include "douyin/douyin.h"
#include "error.h"
#include "gateway.h"
#include "jd/jd.h"
#include "json.h"
#include "model.h"
#include "pinduoduo/pinduoduo.h"
#include "sign.h"
#include "taobao/taobao.h"

/* ---- error classes ------------------------------------------------------ */

struct class_case {
    const struct od_gw_platform *p;
    long code;
    const char *sub;
    enum od_gw_class want;
    int rc;
};

static void test_classes_per_platform(void **state)
{
    const struct class_case cases[] = {
        /* 抖店 (tests/fakes/douyin.py's error list) */
        {&douyin_platform, 20000, "dop.service-error", OD_GW_TRANSIENT, OD_EAGAIN},
        {&douyin_platform, 20001, "", OD_GW_TRANSIENT, OD_EAGAIN},
        {&douyin_platform, 60000, "isv.app-call-limited", OD_GW_THROTTLE, OD_EAGAIN},
        {&douyin_platform, 40003, "isv.access-token-expired", OD_GW_EXPIRED, OD_EAUTH},
        {&douyin_platform, 40003, "isv.access-token-no-existed", OD_GW_AUTH, OD_EAUTH},
        {&douyin_platform, 40001, "isv.app-id-missing", OD_GW_AUTH, OD_EAUTH},
        {&douyin_platform, 40003, "isv.signature-invalid", OD_GW_FATAL, OD_ECONFIG},
        {&douyin_platform, 40004, "isv.business-param-invalid", OD_GW_FATAL, OD_ECONFIG},
        {&douyin_platform, 70000, "isp.api-service-off", OD_GW_FATAL, OD_ECONFIG},
        /* Pinduoduo */
        {&pinduoduo_platform, 10019, "access_token_expired", OD_GW_EXPIRED, OD_EAUTH},
        {&pinduoduo_platform, 10016, "client_id_invalid", OD_GW_AUTH, OD_EAUTH},
        {&pinduoduo_platform, 20031, "ACCESS_TOKEN_UNKNOWN", OD_GW_AUTH, OD_EAUTH},
        {&pinduoduo_platform, 70031, "", OD_GW_THROTTLE, OD_EAGAIN},
        {&pinduoduo_platform, 70034, "", OD_GW_THROTTLE, OD_EAGAIN},
        {&pinduoduo_platform, 50000, "", OD_GW_TRANSIENT, OD_EAGAIN},
        {&pinduoduo_platform, 59999, "", OD_GW_TRANSIENT, OD_EAGAIN},
        {&pinduoduo_platform, 10004, "sign_error", OD_GW_FATAL, OD_ECONFIG},
        {&pinduoduo_platform, 70035, "", OD_GW_FATAL, OD_ECONFIG},
        /* Taobao TOP */
        {&taobao_platform, 7, "accesscontrol.limited-by-app-access-count", OD_GW_THROTTLE,
         OD_EAGAIN},
        {&taobao_platform, 27, "invalid-sessionkey", OD_GW_AUTH, OD_EAUTH},
        {&taobao_platform, 26, "", OD_GW_AUTH, OD_EAUTH},
        {&taobao_platform, 15, "isv.session-expired", OD_GW_EXPIRED, OD_EAUTH},
        {&taobao_platform, 27, "session-expired", OD_GW_EXPIRED, OD_EAUTH},
        {&taobao_platform, 25, "", OD_GW_AUTH, OD_EAUTH},
        {&taobao_platform, 29, "", OD_GW_AUTH, OD_EAUTH},
        {&taobao_platform, 11, "", OD_GW_AUTH, OD_EAUTH},
        {&taobao_platform, 15, "isp.top-remote-service-unavailable", OD_GW_TRANSIENT, OD_EAGAIN},
        {&taobao_platform, 10, "", OD_GW_TRANSIENT, OD_EAGAIN},
        {&taobao_platform, 15, "isv.missing-parameter", OD_GW_FATAL, OD_ECONFIG},
        {&taobao_platform, 40, "", OD_GW_FATAL, OD_ECONFIG},
        /* JD */
        {&jd_platform, 19, "", OD_GW_EXPIRED, OD_EAUTH},
        {&jd_platform, 14, "", OD_GW_AUTH, OD_EAUTH},
        {&jd_platform, 21, "", OD_GW_AUTH, OD_EAUTH},
        {&jd_platform, 73, "", OD_GW_THROTTLE, OD_EAGAIN},
        {&jd_platform, 66, "", OD_GW_TRANSIENT, OD_EAGAIN},
        {&jd_platform, 3, "", OD_GW_FATAL, OD_ECONFIG},
        {&jd_platform, -1, "", OD_GW_FATAL, OD_ECONFIG},
    };

    (void)state;
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        const struct class_case *c = &cases[i];
        struct od_gw_error e = {.code = c->code};
        enum od_gw_class got;

        snprintf(e.sub, sizeof(e.sub), "%s", c->sub);
        got = od_gw_classify(c->p->codes, c->p->n_codes, &e, NULL);
        if (got != c->want)
            fail_msg("%s code %ld sub '%s': class %d, want %d", c->p->name, c->code, c->sub, got,
                     c->want);
        assert_int_equal(od_gw_class_rc(got), c->rc);
    }
}

/* The one default: a code no platform knows is FATAL, i.e. OD_ECONFIG,
 * on every platform. */
static void test_unknown_code_default(void **state)
{
    const struct od_gw_platform *ps[] = {&douyin_platform, &pinduoduo_platform, &taobao_platform,
                                         &jd_platform};
    struct od_gw_error e = {.code = 987654, .sub = "no.such-code"};

    (void)state;
    for (size_t i = 0; i < 4; i++) {
        const char *say = "unset";

        assert_int_equal(od_gw_classify(ps[i]->codes, ps[i]->n_codes, &e, &say), OD_GW_FATAL);
        assert_null(say);
    }
    assert_int_equal(od_gw_class_rc(OD_GW_FATAL), OD_ECONFIG);
    assert_int_equal(od_gw_class_rc(OD_GW_ITEM), OD_EINVAL);
    assert_int_equal(od_gw_class_rc(OD_GW_OK), 0);
}

static void test_first_row_wins_and_says(void **state)
{
    struct od_gw_error e = {.code = 27};
    const char *say = NULL;

    (void)state;
    assert_int_equal(od_gw_classify(taobao_platform.codes, taobao_platform.n_codes, &e, &say),
                     OD_GW_AUTH);
    assert_string_equal(say, "refused the session");
    e.code = 73;
    assert_int_equal(od_gw_classify(jd_platform.codes, jd_platform.n_codes, &e, &say),
                     OD_GW_THROTTLE);
    assert_string_equal(say, "call frequency limit");
}

static void test_http_status_mapping(void **state)
{
    const struct {
        long status;
        enum od_gw_class want;
    } cases[] = {
        {200, OD_GW_OK},        {201, OD_GW_OK},        {204, OD_GW_OK},
        {302, OD_GW_FATAL},     {400, OD_GW_FATAL},     {401, OD_GW_AUTH},
        {403, OD_GW_AUTH},      {404, OD_GW_FATAL},     {408, OD_GW_TRANSIENT},
        {429, OD_GW_THROTTLE},  {500, OD_GW_TRANSIENT}, {502, OD_GW_TRANSIENT},
        {503, OD_GW_TRANSIENT}, {599, OD_GW_TRANSIENT}, {0, OD_GW_FATAL},
    };

    (void)state;
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
        if (od_gw_http_class(cases[i].status) != cases[i].want)
            fail_msg("HTTP %ld: class %d, want %d", cases[i].status,
                     od_gw_http_class(cases[i].status), cases[i].want);
}

static void test_http_check(void **state)
{
    struct od_http_response r = {.status = 429, .retry_after_ms = 2000};
    struct od_batch b;

    (void)state;
    od_batch_init(&b, 10);
    assert_int_equal(od_gw_http_check(&r, "Shop", "slow down", &b), OD_EAGAIN);
    assert_int_equal(b.retry_after_ms, 2000);
    assert_string_equal(od_error_last(), "Shop: HTTP 429 after retries: slow down");
    r.status = 401;
    assert_int_equal(od_gw_http_check(&r, "Shop", "bad key", &b), OD_EAUTH);
    assert_string_equal(od_error_last(), "Shop refused the credentials (HTTP 401): bad key");
    r.status = 404;
    assert_int_equal(od_gw_http_check(&r, "Shop", "", &b), OD_ECONFIG);
    r.status = 200;
    assert_int_equal(od_gw_http_check(&r, "Shop", "", &b), 0);
    od_batch_free(&b);
}

/* ---- backoff ------------------------------------------------------------ */

/* Every test runs on a fake clock (lib/clock.h), installed afresh by
 * clock_start: the backoffs below (up to 1 + 2 + 4 + 8 s) take no time,
 * and what was slept is read from the clock. clock_end checks that every
 * sleep was a slice of at most 100 ms, so that stop is asked often. */
static struct od_fake_clock fc;

static int clock_start(void **state)
{
    (void)state;
    od_fake_clock_install(&fc, 1764547200LL * 1000000); /* 2025-12-01T00:00:00Z */
    return 0;
}

static int clock_end(void **state)
{
    (void)state;
    od_clock_set(NULL);
    if (fc.longest_ms > OD_CLOCK_SLICE_MS)
        fail_msg("a sleep of %lld ms: waits must sleep in slices", (long long)fc.longest_ms);
    return 0;
}

/* A scripted attempt; the waits between attempts are read off the clock. */
struct script {
    const enum od_gw_class *answers; /* the last one repeats */
    size_t n_answers;
    int calls;
    int64_t at;         /* the clock at the last attempt */
    int64_t waits[16];  /* slept before attempt 2, 3, ... */
    int64_t stop_after; /* stop once this much was slept in all (-1: never) */
};

static bool fake_stop(void *ud)
{
    struct script *s = ud;

    return s->stop_after >= 0 && fc.slept_ms >= s->stop_after;
}

static enum od_gw_class scripted(void *ud)
{
    struct script *s = ud;
    size_t i = (size_t)s->calls < s->n_answers ? (size_t)s->calls : s->n_answers - 1;

    if (s->calls > 0 && s->calls <= 16)
        s->waits[s->calls - 1] = fc.mono_ms - s->at;
    s->at = fc.mono_ms;
    s->calls++;
    od_error_set(od_gw_class_rc(s->answers[i]), "scripted answer %d", s->calls);
    return s->answers[i];
}

static void test_backoff_sequence_per_platform(void **state)
{
    const struct {
        const struct od_gw_platform *p;
        int64_t waits[8];
    } cases[] = {
        {&douyin_platform, {1000, 2000, 4000, 8000}},
        {&pinduoduo_platform, {250, 500, 1000, 2000}},
        {&taobao_platform, {300, 600, 1200}},
        {&jd_platform, {1000, 2000, 4000, 8000}},
    };
    const enum od_gw_class busy[] = {OD_GW_TRANSIENT};

    (void)state;
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        struct script s = {.answers = busy, .n_answers = 1, .stop_after = -1};
        struct od_gw g = {.p = cases[i].p};
        struct od_batch b;
        bool stopped = true;

        od_batch_init(&b, 10);
        b.stop = fake_stop;
        b.stop_ud = &s;
        s.at = fc.mono_ms;
        assert_int_equal(od_gw_retry(&g, scripted, &s, &b, &stopped), OD_GW_TRANSIENT);
        assert_false(stopped);
        assert_int_equal(s.calls, cases[i].p->tries);
        for (int k = 0; k < s.calls - 1; k++)
            if (s.waits[k] != cases[i].waits[k])
                fail_msg("%s: wait %d is %lld ms, want %lld", cases[i].p->name, k + 1,
                         (long long)s.waits[k], (long long)cases[i].waits[k]);
        assert_int_equal(g.stats.retries, (uint64_t)(s.calls - 1));
        od_batch_free(&b);
    }
}

static void test_retry_ends_on_success_or_final_class(void **state)
{
    const enum od_gw_class twice[] = {OD_GW_THROTTLE, OD_GW_TRANSIENT, OD_GW_OK};
    const enum od_gw_class auth[] = {OD_GW_AUTH};
    struct script s = {.answers = twice, .n_answers = 3, .stop_after = -1};
    struct od_gw g = {.p = &jd_platform};
    bool stopped;
    int64_t slept;

    (void)state;
    assert_int_equal(od_gw_retry(&g, scripted, &s, NULL, &stopped), OD_GW_OK);
    assert_int_equal(s.calls, 3);
    assert_int_equal(s.waits[0], 1000);
    assert_int_equal(s.waits[1], 2000);
    memset(&s, 0, sizeof(s));
    s.answers = auth;
    s.n_answers = 1;
    s.stop_after = -1;
    slept = fc.slept_ms;
    assert_int_equal(od_gw_retry(&g, scripted, &s, NULL, &stopped), OD_GW_AUTH);
    assert_int_equal(s.calls, 1);
    assert_int_equal(fc.slept_ms, slept); /* no wait after a final class */
}

static void test_stop_during_backoff(void **state)
{
    const enum od_gw_class busy[] = {OD_GW_THROTTLE};
    struct script s = {.answers = busy, .n_answers = 1, .stop_after = 300};
    struct od_gw g = {.p = &douyin_platform};
    struct od_batch b;
    bool stopped = false;

    (void)state;
    od_batch_init(&b, 10);
    b.stop = fake_stop;
    b.stop_ud = &s;
    assert_int_equal(od_gw_retry(&g, scripted, &s, &b, &stopped), OD_GW_THROTTLE);
    assert_true(stopped);
    assert_int_equal(s.calls, 1);       /* no second call */
    assert_int_equal(fc.slept_ms, 300); /* not the 1000 ms of the backoff */
    assert_int_equal(fc.mono_ms, 300);
    od_batch_free(&b);
}

/* ---- od_gw_call: scripted answers ------------------------------------- */

struct answer {
    long status; /* 0: a transport error (OD_EAGAIN) */
    const char *type;
    const char *body;
};

/* The answers of one call, in order (the last repeats). */
struct call_script {
    const struct answer *a;
    size_t n;
    int sent, built;
};

static struct call_script *cs;

static int fake_send(struct od_http *h, const struct od_http_request *req,
                     const struct od_http_retry *policy, struct od_http_stats *stats,
                     struct od_http_response *resp)
{
    const struct answer *a = &cs->a[(size_t)cs->sent < cs->n ? (size_t)cs->sent : cs->n - 1];

    (void)h;
    (void)policy;
    assert_non_null(req->url);
    assert_string_equal(req->body, "signed=1");
    cs->sent++;
    stats->requests++;
    if (a->status == 0)
        return od_error_set(OD_EAGAIN, "connection reset");
    memset(resp, 0, sizeof(*resp));
    resp->status = a->status;
    resp->retry_after_ms = -1;
    resp->body = strdup(a->body);
    resp->body_len = strlen(a->body);
    resp->content_type = a->type ? strdup(a->type) : NULL;
    return 0;
}

static int fake_build(void *ud, struct od_buf *url, struct od_buf *body)
{
    (void)url;
    (*(int *)ud)++;
    return od_buf_adds(body, "signed=1");
}

#define JSON "application/json"
#define HTML "text/html"

static const char dy_ok[] = "{\"code\":10000,\"data\":{\"total\":0,\"shop_order_list\":[]}}";
static const char tb_ok[] =
    "{\"trades_sold_increment_get_response\":{\"total_results\":0,\"trades\":{}}}";
static const char tb_isp[] = "{\"error_response\":{\"code\":15,\"msg\":\"Remote service error\","
                             "\"sub_code\":\"isp.trade-service-unavailable\"}}";
static const char tb_ban[] =
    "{\"error_response\":{\"code\":7,\"msg\":\"App Call Limited\",\"sub_code\":"
    "\"accesscontrol.limited-by-app-access-count\",\"sub_msg\":\"This ban will last for 12 "
    "more seconds\"}}";
static const char tb_odd[] = "{\"error_response\":{\"code\":40,\"msg\":\"Missing required "
                             "arguments\",\"sub_code\":\"isv.missing-parameter\"}}";
static const char jd_73[] =
    "{\"error_response\":{\"code\":\"73\",\"zh_desc\":\"调用频率超过限制\",\"en_desc\":\"limit\"}}";
static const char dy_token[] = "{\"code\":40003,\"msg\":\"x\",\"sub_code\":"
                               "\"isv.access-token-expired\",\"sub_msg\":\"expired\"}";
static const char dy_limit[] = "{\"code\":60000,\"sub_code\":\"isv.app-call-limited\"}";

struct call_case {
    const char *what;
    const struct od_gw_platform *p;
    struct answer answers[6];
    size_t n;
    int rc;        /* od_gw_call's */
    int sent;      /* requests made */
    int64_t slept; /* in backoff, by the fake clock */
    int64_t retry_after;
    const char *detail; /* a part of the error detail */
};

/* One od_gw_call set-up: `base`'s table and envelope, fake_build,
 * fake_send answering `script`; waits on the fake clock. */
struct call_env {
    struct od_gw_platform p;
    struct od_gw g;
    struct od_batch b;
    struct json_object *doc, *result;
    int built;
};

static void call_env_init(struct call_env *e, const struct od_gw_platform *base,
                          struct call_script *script, struct script *sl)
{
    memset(e, 0, sizeof(*e));
    e->p = *base;
    e->p.build = fake_build;
    e->g.p = &e->p;
    e->g.url = "http://127.0.0.1:1/router";
    e->g.send = fake_send;
    cs = script;
    if (sl)
        sl->at = fc.mono_ms;
    od_batch_init(&e->b, 10);
}

static int call_env_call(struct call_env *e)
{
    json_object_put(e->doc);
    e->doc = e->result = NULL;
    return od_gw_call(&e->g, &e->built, &e->b, &e->doc, &e->result);
}

static void call_env_free(struct call_env *e)
{
    json_object_put(e->doc);
    od_batch_free(&e->b);
}

static void test_call_classifies_and_retries(void **state)
{
    const struct call_case cases[] = {
        {"success", &douyin_platform, {{200, JSON, dy_ok}}, 1, 0, 1, 0, 0, NULL},
        {"isp errors, then success",
         &taobao_platform,
         {{200, JSON, tb_isp}, {200, JSON, tb_isp}, {200, JSON, tb_ok}},
         3,
         0,
         3,
         900,
         0,
         NULL},
        {"a ban ends the call at once",
         &taobao_platform,
         {{200, JSON, tb_ban}},
         1,
         OD_EAGAIN,
         1,
         0,
         12000,
         "no request before the ban ends (12 s)"},
        {"an unknown code is config_error",
         &taobao_platform,
         {{200, JSON, tb_odd}},
         1,
         OD_ECONFIG,
         1,
         0,
         0,
         "TOP code 40 Missing required arguments"},
        {"throttled through all tries",
         &jd_platform,
         {{200, JSON, jd_73}},
         1,
         OD_EAGAIN,
         5,
         15000,
         30000,
         "JD call frequency limit: code 73"},
        {"HTTP 404 without an envelope",
         &jd_platform,
         {{404, "text/plain", "404 Not Found\n"}},
         1,
         OD_ECONFIG,
         1,
         0,
         0,
         "HTTP 404"},
        {"HTTP 401 without an envelope",
         &pinduoduo_platform,
         {{401, "text/plain", "no"}},
         1,
         OD_EAUTH,
         1,
         0,
         0,
         "HTTP 401"},
        {"HTTP 503 then success",
         &douyin_platform,
         {{503, HTML, "<html>busy</html>"}, {200, JSON, dy_ok}},
         2,
         0,
         2,
         1000,
         0,
         NULL},
        {"a maintenance page then success",
         &pinduoduo_platform,
         {{200, HTML, "<html>maintenance</html>"},
          {200, JSON, "{\"order_sn_increment_get_response\":{\"total_count\":0}}"}},
         2,
         0,
         2,
         250,
         0,
         NULL},
        {"network errors are not tried again here",
         &douyin_platform,
         {{0, NULL, NULL}},
         1,
         OD_EAGAIN,
         1,
         0,
         0,
         "connection reset"},
        {"token expired",
         &douyin_platform,
         {{200, JSON, dy_token}},
         1,
         OD_EAUTH,
         1,
         0,
         0,
         "isv.access-token-expired"},
        {"envelope without the list",
         &douyin_platform,
         {{200, JSON, "{\"code\":10000}"}, {200, JSON, dy_ok}},
         2,
         0,
         2,
         1000,
         0,
         NULL},
    };

    (void)state;
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        const struct call_case *c = &cases[i];
        struct call_script script = {.a = c->answers, .n = c->n};
        struct script sl = {.stop_after = -1};
        struct call_env e;
        int rc;
        int64_t slept = fc.slept_ms;

        call_env_init(&e, c->p, &script, &sl);
        rc = call_env_call(&e);
        slept = fc.slept_ms - slept;
        if (rc != c->rc || script.sent != c->sent || slept != c->slept ||
            e.b.retry_after_ms != c->retry_after)
            fail_msg("%s: rc %d sent %d slept %lld retry_after %lld (%s)", c->what, rc, script.sent,
                     (long long)slept, (long long)e.b.retry_after_ms, od_error_last());
        assert_int_equal(e.built, script.sent); /* signed again for every try */
        if (c->detail && !strstr(od_error_last(), c->detail))
            fail_msg("%s: detail '%s' lacks '%s'", c->what, od_error_last(), c->detail);
        if (rc == 0) {
            assert_non_null(e.doc);
            assert_non_null(e.result);
        } else {
            assert_null(e.doc);
        }
        call_env_free(&e);
    }
}

/* After a ban no request is sent until it ends, by the clock: what is
 * left of it is the retry_after, and the first call after it sends. */
static void test_call_respects_a_ban(void **state)
{
    const struct answer ban[] = {{200, JSON, tb_ban}};
    struct call_script script = {.a = ban, .n = 1};
    struct script sl = {.stop_after = -1};
    struct call_env e;

    (void)state;
    call_env_init(&e, &taobao_platform, &script, &sl);
    assert_int_equal(call_env_call(&e), OD_EAGAIN);
    assert_int_equal(e.g.bans, 1);
    assert_int_equal(e.b.retry_after_ms, 12000);
    od_batch_reset(&e.b);
    assert_int_equal(call_env_call(&e), OD_EAGAIN);
    assert_int_equal(script.sent, 1);
    assert_int_equal(e.b.retry_after_ms, 12000);
    assert_non_null(strstr(od_error_last(), "TOP code 7"));
    od_fake_clock_advance(&fc, 7000);
    od_batch_reset(&e.b);
    assert_int_equal(call_env_call(&e), OD_EAGAIN);
    assert_int_equal(script.sent, 1);
    assert_int_equal(e.b.retry_after_ms, 5000);
    od_fake_clock_advance(&fc, 5000);
    od_batch_reset(&e.b);
    assert_int_equal(call_env_call(&e), OD_EAGAIN); /* banned again, by a new answer */
    assert_int_equal(script.sent, 2);
    assert_int_equal(e.g.bans, 2);
    assert_int_equal(fc.slept_ms, 0); /* a ban is not slept through: the poll returns */
    call_env_free(&e);
}

/* A stop during the backoff ends the call with OD_EAGAIN, one request. */
static void test_call_stops_during_backoff(void **state)
{
    const struct answer limit[] = {{200, JSON, dy_limit}};
    struct call_script script = {.a = limit, .n = 1};
    struct script sl = {.stop_after = 300};
    struct call_env e;

    (void)state;
    call_env_init(&e, &douyin_platform, &script, &sl);
    e.b.stop = fake_stop;
    e.b.stop_ud = &sl;
    assert_int_equal(call_env_call(&e), OD_EAGAIN);
    assert_int_equal(script.sent, 1);
    assert_int_equal(fc.slept_ms, 300);
    assert_non_null(strstr(od_error_last(), "stopped"));
    assert_int_equal(e.g.throttled, 1);
    call_env_free(&e);
}

/* ---- the item loop ------------------------------------------------------ */

static int normalize_some(struct json_object *j, const char *channel, struct od_order **out)
{
    const char *bad = od_json_text(j, "bad");
    struct od_order *o;

    if (bad)
        return od_error_set(OD_EINVAL, "%s", bad);
    o = calloc(1, sizeof(*o));
    if (!o)
        return od_error_set(OD_ENOMEM, "out of memory");
    o->channel = strdup(channel);
    o->external_id = strdup(od_json_text(j, "tid"));
    *out = o;
    return 0;
}

static void count(void *ud, struct json_object *j)
{
    (void)j;
    (*(int *)ud)++;
}

static void test_items_normalize_or_dead_letter(void **state)
{
    static const char *const keys[] = {"tid_str", "tid", NULL};
    const char *page = "[{\"tid\":\"1\"},{\"tid_str\":\"\",\"tid\":\"2\",\"bad\":\"no lines\"},"
                       "{\"tid\":\"3\"},{\"bad\":\"no id\"}]";
    struct json_object *list = NULL;
    struct od_batch b;
    int seen = 0;
    struct od_gw_items it = {.channel = "tb",
                             .normalize = normalize_some,
                             .id_keys = keys,
                             .noun = "trade",
                             .ref = "trades:tid",
                             .observe = count,
                             .ud = &seen};

    (void)state;
    assert_int_equal(od_json_parse(page, strlen(page), &list), 0);
    od_batch_init(&b, 10);
    assert_int_equal(od_gw_add_items(&it, list, &b), 0);
    assert_int_equal(seen, 4);
    assert_int_equal(b.n_orders, 2);
    assert_string_equal(b.orders[0].order->external_id, "1");
    assert_string_equal(b.orders[0].raw, "{\"tid\":\"1\"}");
    assert_int_equal(b.n_dead, 2);
    assert_string_equal(b.dead[0].source_ref, "trades:tid=2");
    assert_string_equal(b.dead[0].external_id, "2");
    assert_string_equal(b.dead[0].reason, "trade 2: no lines");
    assert_string_equal(b.dead[1].source_ref, "trades:tid=?");
    assert_null(b.dead[1].external_id);
    assert_string_equal(b.dead[1].reason, "trade ?: no id");
    assert_int_equal(od_gw_add_items(&it, NULL, &b), 0); /* no list: nothing */
    assert_int_equal(b.n_orders + b.n_dead, 4);
    od_batch_free(&b);
    json_object_put(list);
}

static void test_span(void **state)
{
    struct od_gw_span sp;

    (void)state;
    od_gw_span_init(&sp);
    assert_true(sp.ascending);
    assert_int_equal(sp.n, 0);
    od_gw_span_add(&sp, 5);
    od_gw_span_add(&sp, 7);
    od_gw_span_add(&sp, 7);
    assert_int_equal(sp.first, 5);
    assert_int_equal(sp.last, 7);
    assert_int_equal(sp.n, 3);
    assert_true(sp.ascending);
    od_gw_span_add(&sp, 6); /* earlier than the one before */
    assert_false(sp.ascending);
    assert_int_equal(sp.last, 6);
    od_gw_span_init(&sp);
    od_gw_span_add(&sp, OD_TIME_NONE); /* unknown: counted, not ascending */
    assert_int_equal(sp.n, 1);
    assert_false(sp.ascending);
    assert_true(sp.first == OD_TIME_NONE);
}

static void test_form_and_clip(void **state)
{
    const struct od_param p[] = {{"a", "1 2"}, {"empty", ""}, {"none", NULL}, {"b", "x&y=z"}};
    struct od_buf body;
    char out[16];

    (void)state;
    od_buf_init(&body, 1024);
    assert_int_equal(od_gw_form(p, 4, true, &body), 0);
    assert_string_equal(body.data, "a=1%202&b=x%26y%3Dz");
    od_buf_reset(&body);
    assert_int_equal(od_gw_form(p, 3, false, &body), 0);
    assert_string_equal(body.data, "a=1%202&empty=&none=");
    od_buf_free(&body);
    od_gw_clip(out, sizeof(out), "abc", 10);
    assert_string_equal(out, "abc");
    od_gw_clip(out, sizeof(out), "订单号", 5); /* 3 bytes each: cut after the first */
    assert_string_equal(out, "订");
    od_gw_clip(out, sizeof(out), NULL, 5);
    assert_string_equal(out, "");
    od_gw_clip(out, 4, "abcdef", 10); /* the buffer's size wins */
    assert_string_equal(out, "abc");
}

#define CLOCKED(f) cmocka_unit_test_setup_teardown(f, clock_start, clock_end)

int main(void)
{
    const struct CMUnitTest tests[] = {
        CLOCKED(test_classes_per_platform),
        CLOCKED(test_unknown_code_default),
        CLOCKED(test_first_row_wins_and_says),
        CLOCKED(test_http_status_mapping),
        CLOCKED(test_http_check),
        CLOCKED(test_backoff_sequence_per_platform),
        CLOCKED(test_retry_ends_on_success_or_final_class),
        CLOCKED(test_stop_during_backoff),
        CLOCKED(test_call_classifies_and_retries),
        CLOCKED(test_call_respects_a_ban),
        CLOCKED(test_call_stops_during_backoff),
        CLOCKED(test_items_normalize_or_dead_letter),
        CLOCKED(test_span),
        CLOCKED(test_form_and_clip),
    };

    return cmocka_run_group_tests(tests, NULL, NULL);
}
