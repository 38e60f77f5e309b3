/* HTTP helpers that need no server: URL policy, Link headers, redaction,
 * Retry-After, and a body read as JSON (an HTML page named). */
#include <setjmp.h>
#include <stdbool.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>
#include <json-c/json.h>

#include "error.h"
#include "http.h"

static void test_check_url(void **state)
{
    static const struct {
        const char *url;
        int ok;
    } cases[] = {
        {"https://acme.myshopify.com/admin", 1},
        {"https://example.com:8443/x?y=1", 1},
        {"http://127.0.0.1:8080/orders.csv", 1},
        {"http://127.8.9.10/x", 1},
        {"http://localhost/x", 1},
        {"http://[::1]:9000/x", 1},
        {"http://example.com/orders.csv", 0},
        {"http://10.0.0.1/x", 0},
        {"http://[::2]/x", 0},
        {"ftp://127.0.0.1/x", 0},
        {"file:///etc/passwd", 0},
        {"not a url", 0},
    };

    (void)state;
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        int rc = od_http_check_url(cases[i].url);

        if (cases[i].ok != (rc == 0))
            fail_msg("%s: got %d (%s)", cases[i].url, rc, od_error_last());
    }
}

static void test_link_next(void **state)
{
    static const struct {
        const char *link;
        const char *next;
    } cases[] = {
        {"<https://s.myshopify.com/admin/api/2024-10/orders.json?limit=250&page_info=abc>; "
         "rel=\"next\"",
         "https://s.myshopify.com/admin/api/2024-10/orders.json?limit=250&page_info=abc"},
        {"<https://x/o?page_info=p1>; rel=\"previous\", <https://x/o?page_info=n2>; rel=\"next\"",
         "https://x/o?page_info=n2"},
        {"<https://x/o?page_info=p1>; rel=\"previous\"", NULL},
        {"<https://x/wp-json/wc/v3/orders?page=3>; rel=next",
         "https://x/wp-json/wc/v3/orders?page=3"},
        {"", NULL},
        {"<unterminated; rel=\"next\"", NULL},
        {"garbage", NULL},
    };

    (void)state;
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        char *got = od_http_link_next(cases[i].link);

        if (cases[i].next)
            assert_non_null(got);
        if (cases[i].next)
            assert_string_equal(got, cases[i].next);
        else
            assert_null(got);
        free(got);
    }
}

static void test_same_origin(void **state)
{
    static const struct {
        const char *base, *url;
        bool same;
    } cases[] = {
        {"https://shop.example.com", "https://shop.example.com/admin/api/o.json?page_info=1", true},
        {"https://shop.example.com", "https://shop.example.com:443/admin/o.json", true},
        {"https://Shop.Example.com/", "https://shop.example.COM/x", true},
        {"http://127.0.0.1:8080", "http://127.0.0.1:8080/admin/o.json", true},
        /* a prefix of the text is not the same server */
        {"https://shop.example.com", "https://shop.example.com@evil/admin/o.json", false},
        {"https://shop.example.com", "https://shop.example.com.evil.net/admin", false},
        {"https://shop.example.com", "https://shop.example.com:8443/admin", false},
        {"https://shop.example.com", "http://shop.example.com/admin", false},
        {"https://shop.example.com", "https://user:pw@shop.example.com/admin", false},
        {"http://127.0.0.1:8080", "http://127.0.0.1:8081/x", false},
        {"https://shop.example.com", "not a url", false},
        {"https://shop.example.com", "", false},
    };

    (void)state;
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
        if (od_http_same_origin(cases[i].base, cases[i].url) != cases[i].same)
            fail_msg("%s vs %s: expected %s", cases[i].base, cases[i].url,
                     cases[i].same ? "same" : "different");
}

static void test_redact(void **state)
{
    static const struct {
        const char *in;
        const char *out;
    } cases[] = {
        {"https://x/o?limit=5", "https://x/o?limit=5"},
        {"https://x/o?access_token=abc&limit=5", "https://x/o?access_token=REDACTED&limit=5"},
        {"https://x/r?app_key=1&sign=ABC&session=s&v=2.0",
         "https://x/r?app_key=REDACTED&sign=REDACTED&session=REDACTED&v=2.0"},
        {"https://x/o?consumer_secret=cs_1#frag", "https://x/o?consumer_secret=REDACTED#frag"},
        {"https://x/plain", "https://x/plain"},
    };
    char buf[256];

    (void)state;
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        od_http_redact_url(cases[i].in, buf, sizeof(buf));
        assert_string_equal(buf, cases[i].out);
    }
}

static void test_retry_after(void **state)
{
    (void)state;
    assert_int_equal(od_http_retry_after("2"), 2000);
    assert_int_equal(od_http_retry_after("0.5"), 500);
    /* ten years is read (the callers cap it), not dropped */
    assert_int_equal(od_http_retry_after("315360000"), 315360000LL * 1000);
    /* a century at most */
    assert_int_equal(od_http_retry_after("99999999999999"), 100LL * 366 * 86400 * 1000);
    assert_int_equal(od_http_retry_after("-1"), -1);
    assert_int_equal(od_http_retry_after("soon"), -1);
}

static void test_json_body(void **state)
{
    static const struct {
        const char *body, *type;
        int rc;
        const char *says; /* a piece of the detail, or NULL */
    } cases[] = {
        {"{\"orders\":[]}", "application/json", 0, NULL},
        {"{\"orders\":[", "application/json", OD_EAGAIN, "orders.json: not JSON"},
        {"<!DOCTYPE html><html><head><title>Down for\n  maintenance</title></head></html>", NULL,
         OD_EAGAIN, "an HTML page (\"Down for maintenance\"), not JSON"},
        {"oops", "text/html; charset=utf-8", OD_EAGAIN, "HTTP 200 with an HTML page, not JSON"},
        /* a long title is cut between characters, never inside one */
        {"<html><title>\xe7\xbb\xb4\xe6\x8a\xa4\xe4\xb8\xad\xe7\xbb\xb4\xe6\x8a\xa4\xe4\xb8\xad"
         "\xe7\xbb\xb4\xe6\x8a\xa4\xe4\xb8\xad\xe7\xbb\xb4\xe6\x8a\xa4\xe4\xb8\xad\xe7\xbb\xb4\xe6"
         "\x8a\xa4"
         "\xe4\xb8\xad\xe7\xbb\xb4\xe6\x8a\xa4\xe4\xb8\xad\xe7\xbb\xb4\xe6\x8a\xa4\xe4\xb8\xad\xe7"
         "\xbb\xb4"
         "\xe6\x8a\xa4\xe4\xb8\xad\xe7\xbb\xb4\xe6\x8a\xa4\xe4\xb8\xad</title>",
         NULL, OD_EAGAIN, "\xe4\xb8\xad\xe7\xbb\xb4\xe6\x8a\xa4\")"},
    };

    (void)state;
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        char body[512], type[64];
        struct od_http_response r = {.status = 200, .body = body};
        struct json_object *doc = NULL;
        int rc;

        snprintf(body, sizeof(body), "%s", cases[i].body);
        r.body_len = strlen(body);
        snprintf(type, sizeof(type), "%s", cases[i].type ? cases[i].type : "");
        r.content_type = cases[i].type ? type : NULL;
        rc = od_http_json(&r, "orders.json", &doc);
        if (rc != cases[i].rc || (cases[i].says && !strstr(od_error_last(), cases[i].says)))
            print_message("case %zu: %d %s\n", i, rc, od_error_last());
        assert_int_equal(rc, cases[i].rc);
        if (cases[i].says)
            assert_non_null(strstr(od_error_last(), cases[i].says));
        json_object_put(doc);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_check_url),   cmocka_unit_test(test_link_next),
        cmocka_unit_test(test_same_origin), cmocka_unit_test(test_redact),
        cmocka_unit_test(test_retry_after), cmocka_unit_test(test_json_body),
    };

    return cmocka_run_group_tests(tests, NULL, NULL);
}
