/* orderweb's request reading (lib/webreq.c): the routing table (paths,
 * methods, ids, what each route needs), form bodies, Cookie headers and
 * JSON bodies, with their refusals. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "error.h"
#include "webreq.h"

static void test_routes(void **state)
{
    const struct {
        const char *method, *path;
        int rc;
        enum od_route_id id;
        int64_t object;
        bool api, changes;
        enum od_role needs;
    } cases[] = {
        {"GET", "/", 0, OD_ROUTE_INDEX, 0, false, false, OD_ROLE_VIEWER},
        {"HEAD", "/", 0, OD_ROUTE_INDEX, 0, false, false, OD_ROLE_VIEWER},
        {"GET", "/login", 0, OD_ROUTE_LOGIN_PAGE, 0, false, false, OD_ROLE_VIEWER},
        {"POST", "/login", 0, OD_ROUTE_LOGIN, 0, false, false, OD_ROLE_VIEWER},
        {"POST", "/logout", 0, OD_ROUTE_LOGOUT, 0, false, false, OD_ROLE_VIEWER},
        {"GET", "/logout", OD_EINVAL, 0, 0, false, false, 0},
        {"GET", "/api/session", 0, OD_ROUTE_SESSION, 0, true, false, OD_ROLE_VIEWER},
        {"GET", "/api/review", 0, OD_ROUTE_REVIEW, 0, true, false, OD_ROLE_VIEWER},
        {"GET", "/api/orders/42", 0, OD_ROUTE_ORDER, 42, true, false, OD_ROLE_VIEWER},
        {"POST", "/api/orders/42/approve", 0, OD_ROUTE_APPROVE, 42, true, true, OD_ROLE_CLERK},
        {"POST", "/api/orders/7/reject", 0, OD_ROUTE_REJECT, 7, true, true, OD_ROLE_CLERK},
        {"GET", "/api/orders/7/reject", OD_EINVAL, 0, 0, false, false, 0},
        {"DELETE", "/api/orders/7", OD_EINVAL, 0, 0, false, false, 0},
        {"GET", "/api/deadletters", 0, OD_ROUTE_DEADLETTERS, 0, true, false, OD_ROLE_VIEWER},
        {"POST", "/api/deadletters/9223372036854775807/retry", 0, OD_ROUTE_DL_RETRY, INT64_MAX,
         true, true, OD_ROLE_CLERK},
        {"POST", "/api/deadletters/3/discard", 0, OD_ROUTE_DL_DISCARD, 3, true, true,
         OD_ROLE_CLERK},
        {"GET", "/api/channels", 0, OD_ROUTE_CHANNELS, 0, true, false, OD_ROLE_VIEWER},
        {"GET", "/api/users", 0, OD_ROUTE_USERS, 0, true, false, OD_ROLE_ADMIN},
        {"GET", "/api/deadletters/12", 0, OD_ROUTE_DEADLETTER, 12, true, false, OD_ROLE_VIEWER},
        {"GET", "/api/search", 0, OD_ROUTE_SEARCH, 0, true, false, OD_ROLE_VIEWER},
        {"POST", "/api/search", OD_EINVAL, 0, 0, false, false, 0},
        {"GET", "/api/events", 0, OD_ROUTE_EVENTS, 0, true, false, OD_ROLE_VIEWER},
        /* ids: plain positive decimal that fits */
        {"GET", "/api/orders/0", OD_ENOTFOUND, 0, 0, false, false, 0},
        {"GET", "/api/orders/042", OD_ENOTFOUND, 0, 0, false, false, 0},
        {"GET", "/api/orders/-1", OD_ENOTFOUND, 0, 0, false, false, 0},
        {"GET", "/api/orders/+1", OD_ENOTFOUND, 0, 0, false, false, 0},
        {"GET", "/api/orders/1x", OD_ENOTFOUND, 0, 0, false, false, 0},
        {"GET", "/api/orders/", OD_ENOTFOUND, 0, 0, false, false, 0},
        {"GET", "/api/orders/9223372036854775808", OD_ENOTFOUND, 0, 0, false, false, 0},
        {"GET", "/api/orders/42/", OD_ENOTFOUND, 0, 0, false, false, 0},
        {"GET", "/api/review/", OD_ENOTFOUND, 0, 0, false, false, 0},
        {"GET", "/API/review", OD_ENOTFOUND, 0, 0, false, false, 0},
        {"GET", "/nope", OD_ENOTFOUND, 0, 0, false, false, 0},
        {"GET", "", OD_ENOTFOUND, 0, 0, false, false, 0},
        {"GET", "/static/../etc/passwd", OD_ENOTFOUND, 0, 0, false, false, 0},
        {"GET", "/static/.hidden", OD_ENOTFOUND, 0, 0, false, false, 0},
        {"GET", "/static/", OD_ENOTFOUND, 0, 0, false, false, 0},
        {"POST", "/static/app.js", OD_EINVAL, 0, 0, false, false, 0},
    };

    (void)state;
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        struct od_route r;
        int rc;

        memset(&r, 0xff, sizeof(r));
        rc = od_route(cases[i].method, cases[i].path, &r);
        if (rc != cases[i].rc)
            fail_msg("%s %s: rc %d, want %d", cases[i].method, cases[i].path, rc, cases[i].rc);
        if (rc)
            continue;
        if (r.id != cases[i].id || r.object != cases[i].object || r.api != cases[i].api ||
            r.changes != cases[i].changes || r.needs != cases[i].needs)
            fail_msg("%s %s: route %d object %lld api %d changes %d needs %d", cases[i].method,
                     cases[i].path, r.id, (long long)r.object, r.api, r.changes, r.needs);
    }
}

static void test_static_route_and_long_path(void **state)
{
    struct od_route r;
    char big[600];

    (void)state;
    assert_int_equal(od_route("GET", "/static/app.js", &r), 0);
    assert_int_equal(r.id, OD_ROUTE_STATIC);
    assert_string_equal(r.file, "app.js");
    assert_false(r.api);
    memset(big, 'a', sizeof(big) - 1);
    big[0] = '/';
    big[sizeof(big) - 1] = '\0';
    assert_int_equal(od_route("GET", big, &r), OD_ENOTFOUND);
}

static void test_form_fields(void **state)
{
    const char *body = "user=li.ming&password=p%40ss+word%21&empty=&flag&user=second";
    char v[16];

    (void)state;
    assert_int_equal(od_form_field(body, strlen(body), "user", v, sizeof(v)), 0);
    assert_string_equal(v, "li.ming");
    assert_int_equal(od_form_field(body, strlen(body), "password", v, sizeof(v)), 0);
    assert_string_equal(v, "p@ss word!");
    assert_int_equal(od_form_field(body, strlen(body), "empty", v, sizeof(v)), 0);
    assert_string_equal(v, "");
    assert_int_equal(od_form_field(body, strlen(body), "flag", v, sizeof(v)), 0);
    assert_string_equal(v, "");
    assert_int_equal(od_form_field(body, strlen(body), "use", v, sizeof(v)), OD_ENOTFOUND);
    assert_int_equal(od_form_field(body, strlen(body), "nope", v, sizeof(v)), OD_ENOTFOUND);
    /* the length bounds the body: no NUL needed, nothing read past it */
    assert_int_equal(od_form_field("user=abcdef", 8, "user", v, sizeof(v)), 0);
    assert_string_equal(v, "abc");
    assert_int_equal(od_form_field("a=%e4%B8%AD", 11, "a", v, sizeof(v)), 0);
    assert_string_equal(v, "中");

    const struct {
        const char *body;
        int rc;
    } bad[] = {
        {"a=%", OD_EINVAL},
        {"a=%4", OD_EINVAL},
        {"a=%zz", OD_EINVAL},
        {"a=%00", OD_EINVAL},
        {"a=0123456789abcdef", OD_ETOOBIG},
        {"a=012345678901234", 0}, /* 15 bytes fit in 16 */
    };
    for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
        int rc = od_form_field(bad[i].body, strlen(bad[i].body), "a", v, sizeof(v));

        if (rc != bad[i].rc)
            fail_msg("%s: rc %d, want %d", bad[i].body, rc, bad[i].rc);
    }
}

static void test_cookies(void **state)
{
    char v[8];

    (void)state;
    assert_int_equal(od_cookie_get("a=1; orderweb=abc; b=2", "orderweb", v, sizeof(v)), 0);
    assert_string_equal(v, "abc");
    assert_int_equal(od_cookie_get("orderweb=\"q\"", "orderweb", v, sizeof(v)), 0);
    assert_string_equal(v, "q");
    assert_int_equal(od_cookie_get("xorderweb=1;orderweb=2", "orderweb", v, sizeof(v)), 0);
    assert_string_equal(v, "2");
    assert_int_equal(od_cookie_get("orderweb=", "orderweb", v, sizeof(v)), 0);
    assert_string_equal(v, "");
    assert_int_equal(od_cookie_get("orderwebx=1", "orderweb", v, sizeof(v)), OD_ENOTFOUND);
    assert_int_equal(od_cookie_get("orderweb", "orderweb", v, sizeof(v)), OD_ENOTFOUND);
    assert_int_equal(od_cookie_get("", "orderweb", v, sizeof(v)), OD_ENOTFOUND);
    assert_int_equal(od_cookie_get(NULL, "orderweb", v, sizeof(v)), OD_ENOTFOUND);
    assert_int_equal(od_cookie_get("orderweb=12345678", "orderweb", v, sizeof(v)), OD_ETOOBIG);
    assert_int_equal(od_cookie_get("orderweb=1234567", "orderweb", v, sizeof(v)), 0);
}

static void test_json_bodies(void **state)
{
    const struct {
        const char *body;
        int rc;
        const char *want; /* NULL: absent */
    } cases[] = {
        {"{\"note\": \"checked with the customer\"}", 0, "checked with the customer"},
        {"{\"note\": \"\\u4e2d\"}", 0, "中"},
        {"{\"other\": 1}", 0, NULL},
        {"{\"note\": null}", 0, NULL},
        {"", 0, NULL},
        {"  \n", 0, NULL},
        {"{\"note\": 5}", OD_EINVAL, NULL},
        {"{\"note\": [\"x\"]}", OD_EINVAL, NULL},
        {"[\"note\"]", OD_EINVAL, NULL},
        {"\"note\"", OD_EINVAL, NULL},
        {"{\"note\": \"a\\u0000b\"}", OD_EINVAL, NULL},
        {"{\"note\": \"x\"", OD_EINVAL, NULL},
        {"{\"note\": \"x\"} trailing", OD_EINVAL, NULL},
    };

    (void)state;
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        char *v = (char *)"unset";
        int rc = od_json_body_field(cases[i].body, strlen(cases[i].body), "note", &v);

        if (rc != cases[i].rc)
            fail_msg("%s: rc %d, want %d", cases[i].body, rc, cases[i].rc);
        if (rc == 0 && (cases[i].want ? !v || strcmp(v, cases[i].want) : v != NULL))
            fail_msg("%s: got %s", cases[i].body, v ? v : "(null)");
        if (rc == 0)
            free(v);
    }
}

static void test_json_bool(void **state)
{
    const struct {
        const char *body;
        int rc;
        bool want;
    } bools[] = {
        {"{\"force\": true}", 0, true},
        {"{\"force\": false}", 0, false},
        {"{\"note\": \"x\"}", 0, false},
        {"{\"force\": null}", 0, false},
        {"", 0, false},
        {"{\"force\": \"yes\"}", OD_EINVAL, false},
        {"{\"force\": 1}", OD_EINVAL, false},
        {"[true]", OD_EINVAL, false},
        {"{\"force\": tru", OD_EINVAL, false},
    };

    (void)state;
    for (size_t i = 0; i < sizeof(bools) / sizeof(bools[0]); i++) {
        bool v = true;
        int rc = od_json_body_bool(bools[i].body, strlen(bools[i].body), "force", &v);

        if (rc != bools[i].rc || v != bools[i].want)
            fail_msg("%s: rc %d value %d, want %d %d", bools[i].body, rc, v, bools[i].rc,
                     bools[i].want);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_routes),      cmocka_unit_test(test_static_route_and_long_path),
        cmocka_unit_test(test_form_fields), cmocka_unit_test(test_cookies),
        cmocka_unit_test(test_json_bodies), cmocka_unit_test(test_json_bool),
    };

    return cmocka_run_group_tests(tests, NULL, NULL);
}
