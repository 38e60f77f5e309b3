/* The database connection string's TLS policy: which sslmode libpq gets
 * for each kind of URL, and that rebuilding a URL keeps every setting
 * (the password with quotes and backslashes included). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>
#include <libpq-fe.h>

#include "dburl.h"
#include "error.h"

/* The value of `keyword` in a connection string, "" when absent. */
static void value_of(const char *conninfo, const char *keyword, char *buf, size_t size)
{
    char *err = NULL;
    PQconninfoOption *opts = PQconninfoParse(conninfo, &err);

    if (!opts)
        fail_msg("libpq cannot read '%s': %s", conninfo, err ? err : "?");
    buf[0] = '\0';
    for (PQconninfoOption *o = opts; o->keyword; o++)
        if (strcmp(o->keyword, keyword) == 0 && o->val)
            snprintf(buf, size, "%s", o->val);
    PQconninfoFree(opts);
}

static void clear_env(void)
{
    unsetenv("PGHOST");
    unsetenv("PGHOSTADDR");
    unsetenv("PGSSLMODE");
}

static void test_policy(void **state)
{
    static const struct {
        const char *url, *configured, *want; /* want: the sslmode, "" = left to libpq */
    } cases[] = {
        {"", NULL, ""},
        {"postgresql://orderd@127.0.0.1:5432/orderd", NULL, ""},
        {"postgresql://orderd@127.8.9.1/orderd", NULL, ""},
        {"postgresql://orderd@localhost/orderd", NULL, ""},
        {"postgresql://orderd@[::1]/orderd", NULL, ""},
        {"host=/var/run/postgresql dbname=orderd", NULL, ""},
        {"postgresql:///orderd?host=/run/postgresql", NULL, ""},
        {"postgresql://orderd@db.example.com/orderd", NULL, "verify-full"},
        {"postgresql://orderd@10.1.2.3/orderd", NULL, "verify-full"},
        {"postgresql://orderd@[2001:db8::5]/orderd", NULL, "verify-full"},
        {"host=localhost,db2.example.com dbname=orderd", NULL, "verify-full"},
        {"host=localhost hostaddr=10.0.0.5 dbname=orderd", NULL, "verify-full"},
        {"host=db.example.com hostaddr=127.0.0.1 dbname=orderd", NULL, ""},
        /* written down: kept */
        {"postgresql://orderd@db.example.com/orderd?sslmode=disable", NULL, "disable"},
        {"host=db.example.com sslmode=require", NULL, "require"},
        /* database.sslmode wins over everything */
        {"postgresql://orderd@127.0.0.1/orderd", "require", "require"},
        {"postgresql://orderd@db.example.com/orderd?sslmode=disable", "verify-ca", "verify-ca"},
        {"postgresql://orderd@db.example.com/orderd", "disable", "disable"},
    };

    (void)state;
    clear_env();
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        char *out = NULL, mode[32];

        assert_int_equal(od_db_conninfo(cases[i].url, cases[i].configured, &out), 0);
        value_of(out, "sslmode", mode, sizeof(mode));
        if (strcmp(mode, cases[i].want) != 0)
            fail_msg("case %zu (%s): sslmode '%s', want '%s' (%s)", i, cases[i].url, mode,
                     cases[i].want, out);
        /* nothing to change: the URL as given */
        if (!cases[i].want[0] && strcmp(out, cases[i].url) != 0)
            fail_msg("case %zu: '%s' became '%s'", i, cases[i].url, out);
        free(out);
    }
}

static void test_environment(void **state)
{
    char *out = NULL, mode[32];

    (void)state;
    clear_env();
    setenv("PGHOST", "db.example.com", 1);
    assert_int_equal(od_db_conninfo("dbname=orderd", NULL, &out), 0);
    value_of(out, "sslmode", mode, sizeof(mode));
    assert_string_equal(mode, "verify-full");
    free(out);
    /* PGSSLMODE is written down too: libpq applies it */
    setenv("PGSSLMODE", "prefer", 1);
    assert_int_equal(od_db_conninfo("dbname=orderd", NULL, &out), 0);
    assert_string_equal(out, "dbname=orderd");
    free(out);
    /* the URL's host wins over PGHOST */
    unsetenv("PGSSLMODE");
    assert_int_equal(od_db_conninfo("postgresql://u@127.0.0.1/x", NULL, &out), 0);
    assert_string_equal(out, "postgresql://u@127.0.0.1/x");
    free(out);
    clear_env();
}

static void test_rebuild_keeps_every_setting(void **state)
{
    char *out = NULL, v[128];

    (void)state;
    clear_env();
    assert_int_equal(od_db_conninfo("postgresql://ord%20er:p%27w%5Cx%20y@db.example.com:6543/"
                                    "shop%27s?application_name=orderd&connect_timeout=7",
                                    NULL, &out),
                     0);
    value_of(out, "user", v, sizeof(v));
    assert_string_equal(v, "ord er");
    value_of(out, "password", v, sizeof(v));
    assert_string_equal(v, "p'w\\x y");
    value_of(out, "host", v, sizeof(v));
    assert_string_equal(v, "db.example.com");
    value_of(out, "port", v, sizeof(v));
    assert_string_equal(v, "6543");
    value_of(out, "dbname", v, sizeof(v));
    assert_string_equal(v, "shop's");
    value_of(out, "application_name", v, sizeof(v));
    assert_string_equal(v, "orderd");
    value_of(out, "connect_timeout", v, sizeof(v));
    assert_string_equal(v, "7");
    value_of(out, "sslmode", v, sizeof(v));
    assert_string_equal(v, "verify-full");
    free(out);
}

static void test_refusals(void **state)
{
    char *out = NULL;

    (void)state;
    clear_env();
    assert_int_equal(od_db_conninfo("postgresql://u:sekrit@db/x?no_such_option=1", NULL, &out),
                     OD_ECONFIG);
    assert_null(out);
    assert_non_null(strstr(od_error_last(), "database.url"));
    assert_null(strstr(od_error_last(), "sekrit"));
    assert_int_equal(od_db_conninfo("postgresql://u@127.0.0.1/x", "verify", &out), OD_ECONFIG);
    assert_non_null(strstr(od_error_last(), "database.sslmode: 'verify'"));
}

static void test_local_hosts(void **state)
{
    static const struct {
        const char *host;
        bool local;
    } cases[] = {
        {"", true},
        {"/tmp", true},
        {"@abstract", true},
        {"LocalHost", true},
        {"127.0.0.1", true},
        {"127.255.0.9", true},
        {"::1", true},
        {"128.0.0.1", false},
        {"::2", false},
        {"10.0.0.1", false},
        {"localhost.example.com", false},
    };

    (void)state;
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
        if (od_db_host_is_local(cases[i].host) != cases[i].local)
            fail_msg("'%s': local should be %d", cases[i].host, cases[i].local);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_policy),
        cmocka_unit_test(test_environment),
        cmocka_unit_test(test_rebuild_keeps_every_setting),
        cmocka_unit_test(test_refusals),
        cmocka_unit_test(test_local_hosts),
    };

    return cmocka_run_group_tests(tests, NULL, NULL);
}
