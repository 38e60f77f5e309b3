/* Redaction of URLs and of free text (curl, TLS and libpq messages). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "redact.h"

static void test_url(void **state)
{
    static const struct {
        const char *in;
        const char *out;
        const char *shortened;
    } cases[] = {
        {"https://x/o?limit=5", "https://x/o?limit=5", "https://x/o"},
        {"https://bob:s3cret@feeds.example.com/o.csv", "https://REDACTED@feeds.example.com/o.csv",
         "https://REDACTED@feeds.example.com/o.csv"},
        {"https://TOKEN123@h:8443?x=1", "https://REDACTED@h:8443?x=1", "https://REDACTED@h:8443"},
        {"https://u:p@h/o?access_token=abc&limit=5#f",
         "https://REDACTED@h/o?access_token=REDACTED&limit=5#f", "https://REDACTED@h/o"},
        /* An '@' in the path or query is not user-info. */
        {"https://h/a@b?mail=a@b", "https://h/a@b?mail=a@b", "https://h/a@b"},
        {"https://x/r?app_key=1&sign=ABC&v=2.0", "https://x/r?app_key=REDACTED&sign=REDACTED&v=2.0",
         "https://x/r"},
        {"not a url", "not a url", "not a url"},
    };
    char buf[256];

    (void)state;
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        od_redact_url(cases[i].in, buf, sizeof(buf));
        assert_string_equal(buf, cases[i].out);
        od_redact_url_short(cases[i].in, buf, sizeof(buf));
        assert_string_equal(buf, cases[i].shortened);
    }
}

static void test_text(void **state)
{
    static const struct {
        const char *in;
        const char *secret;
        const char *out;
    } cases[] = {
        {"SSL certificate problem: self-signed certificate", NULL,
         "SSL certificate problem: self-signed certificate"},
        {"Failed to fetch https://u:pw@h/f.csv?token=T0K (refused)", NULL,
         "Failed to fetch https://REDACTED@h/f.csv?token=REDACTED (refused)"},
        {"url 'https://h/x?sign=abc'", NULL, "url 'https://h/x?sign=REDACTED'"},
        {"invalid option password=hunter22 host=db", NULL,
         "invalid option password=REDACTED host=db"},
        {"bad value: password='a b c' port=5432", NULL, "bad value: password=REDACTED port=5432"},
        /* libpq quoting a malformed password by itself. */
        {"invalid percent-encoded token: \"p%zzw0rd\"", "p%zzw0rd",
         "invalid percent-encoded token: \"REDACTED\""},
        {"word inside xxp%zzw0rdyy", "p%zzw0rd", "word inside xxREDACTEDyy"},
        /* Short secrets are not looked for (they would mask ordinary words). */
        {"user abc", "abc", "user abc"},
        {"keyboard=1 monkey=2", NULL, "keyboard=REDACTED monkey=REDACTED"},
        {"count=3", NULL, "count=3"},
    };
    char buf[256];

    (void)state;
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        od_redact_text(cases[i].in, cases[i].secret, buf, sizeof(buf));
        assert_string_equal(buf, cases[i].out);
    }
}

/* A cut never overruns and never lets the masked part through. */
static void test_conninfo_password(void **state)
{
    static const struct {
        const char *conninfo, *want;
    } cases[] = {
        {"postgresql://orderd:p%zzw0rd@127.0.0.1:5432/orderd", "p%zzw0rd"},
        {"postgres://u:a:b@c@db.example/orderd?sslmode=require", "a:b@c"},
        {"postgresql://orderd@127.0.0.1/orderd", ""},
        {"postgresql://127.0.0.1/orderd?password=x", ""}, /* a query key: od_redact_text's */
        {"postgresql://", ""},
        {"host=db port=5432 password=s3cret user=orderd", "s3cret"},
        {"host=db password = 'sp ace' user=x", "sp ace"},
        {"host=db password='a\\'b c' user=x", "a'b c"},
        {"host='a b' password=pw1234", "pw1234"},
        {"host=db user=orderd", ""},
        {"nonsense", ""},
        {"", ""},
        {NULL, ""},
    };
    char buf[64], small[4];

    (void)state;
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        od_conninfo_password(cases[i].conninfo, buf, sizeof(buf));
        if (strcmp(buf, cases[i].want) != 0)
            fail_msg("case %zu: '%s', want '%s'", i, buf, cases[i].want);
    }
    od_conninfo_password("host=db password=longer", small, sizeof(small));
    assert_string_equal(small, "lon");
    od_conninfo_password("postgresql://u:longer@db/x", small, sizeof(small));
    assert_string_equal(small, "lon");
}

static void test_cut(void **state)
{
    char small[16];

    (void)state;
    od_redact_url("https://user:password@example.com/", small, sizeof(small));
    assert_int_equal(strlen(small), sizeof(small) - 1);
    assert_null(strstr(small, "password"));
    od_redact_text("https://user:password@example.com/", NULL, small, sizeof(small));
    assert_null(strstr(small, "password"));
    od_redact_text("x", NULL, small, 1);
    assert_string_equal(small, "");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_url),
        cmocka_unit_test(test_text),
        cmocka_unit_test(test_cut),
        cmocka_unit_test(test_conninfo_password),
    };

    return cmocka_run_group_tests(tests, NULL, NULL);
}
