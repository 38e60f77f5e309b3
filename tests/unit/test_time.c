/* Unit tests for lib/timeutil.c: time stamps in every accepted form and
 * zone, formatting, durations, sizes and zone names. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>
#include <pthread.h>

#include "error.h"
#include "timeutil.h"

/* text, zone for naive times, expected UTC (formatted), NULL = rejected */
static const struct {
    const char *text;
    const char *tz;
    const char *want;
} times[] = {
    /* offsets */
    {"2026-11-20T09:30:00+08:00", NULL, "2026-11-20T01:30:00Z"},
    {"2026-11-20T01:30:00Z", NULL, "2026-11-20T01:30:00Z"},
    {"2026-11-20T01:30:00z", NULL, "2026-11-20T01:30:00Z"},
    {"2026-11-20T09:30:00.123+0800", NULL, "2026-11-20T01:30:00.123000Z"},
    {"2026-11-20T09:30:00+08", NULL, "2026-11-20T01:30:00Z"},
    {"2026-11-20T09:30:00-05:30", NULL, "2026-11-20T15:00:00Z"},
    {"2026-11-20T00:30:00+01:00", NULL, "2026-11-19T23:30:00Z"},
    {"2026-12-31T23:30:00-01:00", NULL, "2027-01-01T00:30:00Z"},
    {"2026-11-20T09:30:00+08:00", "America/New_York", "2026-11-20T01:30:00Z"},
    {"2026-11-20T01:30:00.123456Z", NULL, "2026-11-20T01:30:00.123456Z"},
    {"2026-11-20T01:30:00.000001Z", NULL, "2026-11-20T01:30:00.000001Z"},
    {"2026-11-20T01:30:00.5Z", NULL, "2026-11-20T01:30:00.500000Z"},
    {"2026-11-20T01:30:00,25Z", NULL, "2026-11-20T01:30:00.250000Z"},
    {"2026-11-20T01:30:00.000Z", NULL, "2026-11-20T01:30:00Z"},
    /* naive, UTC */
    {"2026-11-20 09:30:00", NULL, "2026-11-20T09:30:00Z"},
    {"2026-11-20 09:30:00", "", "2026-11-20T09:30:00Z"},
    {"2026-11-20 09:30:00", "UTC", "2026-11-20T09:30:00Z"},
    {"2026-11-20 09:30:00", "Etc/UTC", "2026-11-20T09:30:00Z"},
    {"2026/11/20 09:30", NULL, "2026-11-20T09:30:00Z"},
    {"2026-11-20", NULL, "2026-11-20T00:00:00Z"},
    {"2026/1/5 9:05", NULL, "2026-01-05T09:05:00Z"},
    {"1970-01-01T00:00:00Z", NULL, "1970-01-01T00:00:00Z"},
    {"1969-12-31T23:59:59.5Z", NULL, "1969-12-31T23:59:59.500000Z"},
    {"0001-01-01T00:00:00Z", NULL, "0001-01-01T00:00:00Z"},
    {"9999-12-31T23:59:59.999999Z", NULL, "9999-12-31T23:59:59.999999Z"},
    /* leap years */
    {"2024-02-29", NULL, "2024-02-29T00:00:00Z"},
    {"2000-02-29", NULL, "2000-02-29T00:00:00Z"},
    {"2100-02-29", NULL, NULL},
    {"2026-02-29", NULL, NULL},
    /* naive, named zones */
    {"2026-11-20 09:30:00", "Asia/Shanghai", "2026-11-20T01:30:00Z"},
    {"2026/11/20 09:30", "Asia/Shanghai", "2026-11-20T01:30:00Z"},
    {"2026-11-20", "Asia/Shanghai", "2026-11-19T16:00:00Z"},
    {"2026-11-20 09:30:00.25", "Asia/Shanghai", "2026-11-20T01:30:00.250000Z"},
    {"1970-01-01 08:00:00", "Asia/Shanghai", "1970-01-01T00:00:00Z"},
    {"1970-01-01 07:59:59", "Asia/Shanghai", "1969-12-31T23:59:59Z"},
    {"2026-07-01 12:00:00", "America/New_York", "2026-07-01T16:00:00Z"}, /* EDT */
    {"2026-01-15 12:00:00", "America/New_York", "2026-01-15T17:00:00Z"}, /* EST */
    {"2026-03-08 01:59:59", "America/New_York", "2026-03-08T06:59:59Z"}, /* before */
    {"2026-03-08 03:00:00", "America/New_York", "2026-03-08T07:00:00Z"}, /* after */
    {"2026-11-20 09:30:00", "Asia/Nowhere", NULL},
    {"2026-11-20 09:30:00", "../etc/passwd", NULL},
    {"2026-11-20 09:30:00", "/usr/share/zoneinfo/UTC", NULL},
    /* bad dates and times */
    {"2026-02-30", NULL, NULL},
    {"2026-04-31", NULL, NULL},
    {"2026-13-01", NULL, NULL},
    {"2026-00-10", NULL, NULL},
    {"2026-11-00", NULL, NULL},
    {"0000-01-01", NULL, NULL},
    {"2026-11-20T24:00:00Z", NULL, NULL},
    {"2026-11-20T23:60:00Z", NULL, NULL},
    {"2026-11-20T23:59:60Z", NULL, NULL},
    {"2026-11-20T9:3:00Z", NULL, NULL},
    {"2026-11-20T123:00Z", NULL, NULL},
    {"2026-11-20T09:30:00.1234567Z", NULL, NULL},
    {"2026-11-20T09:30:00.Z", NULL, NULL},
    {"2026-11-20T09:30.5Z", NULL, NULL},
    {"2026-11/20", NULL, NULL},
    {"26-11-20", NULL, NULL},
    {"20261-11-20", NULL, NULL},
    {"2026-111-20", NULL, NULL},
    {"2026-11-20X09:30", NULL, NULL},
    {"2026-11-20T", NULL, NULL},
    {"2026-11-20 ", NULL, NULL},
    {" 2026-11-20", NULL, NULL},
    {"2026-11-20Z", NULL, NULL},
    {"", NULL, NULL},
    {"now", NULL, NULL},
    {"2026-11-20T09:30:00 +08:00", NULL, NULL},
    /* bad offsets */
    {"2026-11-20T09:30:00+24:00", NULL, NULL},
    {"2026-11-20T09:30:00+08:60", NULL, NULL},
    {"2026-11-20T09:30:00+8:00", NULL, NULL},
    {"2026-11-20T09:30:00+08:0", NULL, NULL},
    {"2026-11-20T09:30:00+08:", NULL, NULL},
    {"2026-11-20T09:30:00+080", NULL, NULL},
    {"2026-11-20T09:30:00+08:00:00", NULL, NULL},
    {"2026-11-20T09:30:00+", NULL, NULL},
    {"2026-11-20T09:30:00ZZ", NULL, NULL},
    /* the result must stay within years 1-9999 */
    {"0001-01-01T00:30:00+01:00", NULL, NULL},
    {"9999-12-31T23:30:00-01:00", NULL, NULL},
};

static void test_parse_table(void **state)
{
    char buf[OD_TIME_STRLEN];
    size_t i;

    (void)state;
    for (i = 0; i < sizeof(times) / sizeof(times[0]); i++) {
        od_time t = 42;
        int rc = od_time_parse(times[i].text, strlen(times[i].text), times[i].tz, &t);

        if (times[i].want) {
            if (rc != 0)
                fail_msg("%s [%s]: %s", times[i].text, times[i].tz ? times[i].tz : "-",
                         od_error_last());
            assert_string_equal(od_time_format(t, buf), times[i].want);
        } else {
            if (rc != OD_EINVAL)
                fail_msg("%s [%s]: accepted as %s", times[i].text, times[i].tz ? times[i].tz : "-",
                         od_time_format(t, buf));
            assert_int_equal(t, 42); /* out-param untouched on failure */
            assert_true(od_error_last()[0] != '\0');
        }
    }
}

static void test_parse_values(void **state)
{
    od_time t;

    (void)state;
    assert_int_equal(od_time_parse("1970-01-01T00:00:00Z", 20, NULL, &t), 0);
    assert_int_equal(t, 0);
    assert_int_equal(od_time_parse("2026-11-20T09:30:00+08:00", 25, NULL, &t), 0);
    assert_int_equal(t, INT64_C(1795138200) * 1000000);
    assert_int_equal(od_time_parse("1969-12-31T23:59:59Z", 20, NULL, &t), 0);
    assert_int_equal(t, -1000000);
    /* the length bounds the text: no NUL needed */
    assert_int_equal(od_time_parse("2026-11-20T01:30:00Zjunk", 20, NULL, &t), 0);
    assert_int_equal(t, INT64_C(1795138200) * 1000000);
    assert_int_equal(od_time_parse("2026-11-20\0junk", 15, NULL, &t), OD_EINVAL);
}

static void test_error_detail(void **state)
{
    od_time t;

    (void)state;
    assert_int_equal(od_time_parse("2026-02-30", 10, NULL, &t), OD_EINVAL);
    assert_string_equal(od_error_last(), "bad time stamp \"2026-02-30\": day out of range for the "
                                         "month");
    assert_int_equal(od_time_parse("2026-11-20 09:30", 16, "Mars/Olympus", &t), OD_EINVAL);
    assert_non_null(strstr(od_error_last(), "unknown time zone \"Mars/Olympus\""));
}

/* A conversion through a zone leaves the process TZ as it was. */
static void test_tz_restored(void **state)
{
    od_time t;
    const char *tz;

    (void)state;
    assert_int_equal(setenv("TZ", "America/Los_Angeles", 1), 0);
    assert_int_equal(od_time_parse("2026-11-20 09:30:00", 19, "Asia/Shanghai", &t), 0);
    tz = getenv("TZ");
    assert_non_null(tz);
    assert_string_equal(tz, "America/Los_Angeles");
    assert_int_equal(unsetenv("TZ"), 0);
    assert_int_equal(od_time_parse("2026-11-20 09:30:00", 19, "Asia/Shanghai", &t), 0);
    assert_null(getenv("TZ"));
    /* the naive result does not depend on the process TZ */
    assert_int_equal(setenv("TZ", "Pacific/Auckland", 1), 0);
    {
        od_time t2;

        assert_int_equal(od_time_parse("2026-11-20 09:30:00", 19, "Asia/Shanghai", &t2), 0);
        assert_int_equal(t, t2);
    }
    assert_int_equal(unsetenv("TZ"), 0);
}

/* Conversions through different zones on several threads at once each
 * get their own zone. */
static void *convert_loop(void *arg)
{
    static const struct {
        const char *tz;
        const char *want;
    } cases[] = {
        {"Asia/Shanghai", "2026-07-01T04:00:00Z"},
        {"America/New_York", "2026-07-01T16:00:00Z"},
        {"Europe/London", "2026-07-01T11:00:00Z"},
        {"UTC", "2026-07-01T12:00:00Z"},
    };
    size_t start = (size_t)(uintptr_t)arg, i;
    char buf[OD_TIME_STRLEN];

    for (i = 0; i < 400; i++) {
        size_t c = (start + i) % (sizeof(cases) / sizeof(cases[0]));
        od_time t;

        if (od_time_parse("2026-07-01 12:00:00", 19, cases[c].tz, &t) != 0 ||
            strcmp(od_time_format(t, buf), cases[c].want) != 0)
            return (void *)1;
    }
    return NULL;
}

static void test_threads(void **state)
{
    pthread_t th[4];
    size_t i;

    (void)state;
    for (i = 0; i < 4; i++)
        assert_int_equal(pthread_create(&th[i], NULL, convert_loop, (void *)(uintptr_t)i), 0);
    for (i = 0; i < 4; i++) {
        void *res = (void *)1;

        assert_int_equal(pthread_join(th[i], &res), 0);
        assert_null(res);
    }
}

/* While conversions run on another thread, the process environment
 * never changes: libpq and libcurl read it from their own threads. */
static void *parse_many(void *arg)
{
    od_time t;

    (void)arg;
    for (int i = 0; i < 20000; i++)
        if (od_time_parse("2026-07-01 12:00:00", 19, i % 2 ? "Asia/Shanghai" : "Europe/Paris",
                          &t) != 0)
            return (void *)1;
    return NULL;
}

static void test_environment_untouched(void **state)
{
    pthread_t th;
    void *res = (void *)1;
    long changed = 0;

    (void)state;
    assert_int_equal(setenv("TZ", "America/Los_Angeles", 1), 0);
    assert_int_equal(pthread_create(&th, NULL, parse_many, NULL), 0);
    for (int i = 0; i < 200000; i++) {
        const char *tz = getenv("TZ");

        if (!tz || strcmp(tz, "America/Los_Angeles") != 0)
            changed++;
    }
    assert_int_equal(pthread_join(th, &res), 0);
    assert_null(res);
    assert_int_equal(changed, 0);
    assert_int_equal(unsetenv("TZ"), 0);
}

/* DST edges as GLib reads them: a time in the spring gap is the end of
 * the gap, a time in the autumn overlap the later (standard) one. */
static void test_dst_edges(void **state)
{
    char buf[OD_TIME_STRLEN];
    od_time t;

    (void)state;
    assert_int_equal(od_time_parse("2026-03-08 02:30:00", 19, "America/New_York", &t), 0);
    assert_string_equal(od_time_format(t, buf), "2026-03-08T07:00:00Z");
    assert_int_equal(od_time_parse("2026-11-01 01:30:00", 19, "America/New_York", &t), 0);
    assert_string_equal(od_time_format(t, buf), "2026-11-01T06:30:00Z");
}

static const struct {
    const char *utc;
    const char *tz;
    const char *want;
} zoned[] = {
    /* the clerk in Beijing: 1 Aug 01:55 is not 31 Jul */
    {"2026-07-31T17:55:00Z", "Asia/Shanghai", "2026-08-01T01:55:00+08:00"},
    {"2026-07-31T17:55:00.250000Z", "Asia/Shanghai", "2026-08-01T01:55:00.250000+08:00"},
    {"2026-01-15T17:00:00Z", "America/New_York", "2026-01-15T12:00:00-05:00"},
    {"2026-07-01T16:00:00Z", "America/New_York", "2026-07-01T12:00:00-04:00"},
    {"2026-07-01T12:00:00Z", "America/St_Johns", "2026-07-01T09:30:00-02:30"},
    {"2026-07-01T12:00:00Z", "Asia/Kolkata", "2026-07-01T17:30:00+05:30"},
    {"2026-07-01T12:00:00Z", "UTC", "2026-07-01T12:00:00Z"},
    {"2026-07-01T12:00:00Z", NULL, "2026-07-01T12:00:00Z"},
};

static void test_format_tz(void **state)
{
    char buf[OD_TIME_STRLEN];
    od_time t, back;

    (void)state;
    for (size_t i = 0; i < sizeof(zoned) / sizeof(zoned[0]); i++) {
        assert_int_equal(od_time_parse(zoned[i].utc, strlen(zoned[i].utc), NULL, &t), 0);
        assert_string_equal(od_time_format_tz(t, zoned[i].tz, buf), zoned[i].want);
        /* what is shown reads back as the same instant */
        assert_int_equal(od_time_parse(buf, strlen(buf), NULL, &back), 0);
        assert_int_equal(back, t);
    }
    assert_string_equal(od_time_format_tz(OD_TIME_NONE, "Asia/Shanghai", buf), "");
}

static void test_tz_system(void **state)
{
    char buf[256];

    (void)state;
    assert_int_equal(setenv("TZ", ":Asia/Tokyo", 1), 0);
    od_tz_system(buf, sizeof(buf));
    assert_string_equal(buf, "Asia/Tokyo");
    assert_int_equal(setenv("TZ", "Europe/Berlin", 1), 0);
    od_tz_system(buf, sizeof(buf));
    assert_string_equal(buf, "Europe/Berlin");
    /* not a zone: the machine's own, which is a zone this machine knows */
    assert_int_equal(setenv("TZ", "../etc/passwd", 1), 0);
    od_tz_system(buf, sizeof(buf));
    assert_int_equal(od_tz_check(buf), 0);
    assert_int_equal(unsetenv("TZ"), 0);
}

static const struct {
    od_time t;
    const char *want;
} formats[] = {
    {0, "1970-01-01T00:00:00Z"},
    {1, "1970-01-01T00:00:00.000001Z"},
    {-1, "1969-12-31T23:59:59.999999Z"},
    {-1000000, "1969-12-31T23:59:59Z"},
    {INT64_C(1795138200123456), "2026-11-20T01:30:00.123456Z"},
    {INT64_C(1795138200000000), "2026-11-20T01:30:00Z"},
    {INT64_C(951782400) * 1000000, "2000-02-29T00:00:00Z"},
    {OD_TIME_NONE, ""},
};

static void test_format(void **state)
{
    char buf[OD_TIME_STRLEN];
    size_t i;

    (void)state;
    for (i = 0; i < sizeof(formats) / sizeof(formats[0]); i++)
        assert_string_equal(od_time_format(formats[i].t, buf), formats[i].want);
    /* extreme values stay within the buffer */
    od_time_format(INT64_MAX, buf);
    assert_true(strlen(buf) < OD_TIME_STRLEN);
    od_time_format(INT64_MIN + 1, buf);
    assert_true(strlen(buf) < OD_TIME_STRLEN);
}

static void test_now(void **state)
{
    od_time a = od_time_now(), b = od_time_now();

    (void)state;
    assert_true(a > INT64_C(1700000000) * 1000000);
    assert_true(b >= a);
}

static const struct {
    const char *text;
    int64_t want; /* -1: rejected */
} durations[] = {
    {"0", 0},
    {"500ms", 500},
    {"0ms", 0},
    {"0s", 0},
    {"30s", 30000},
    {"5m", 300000},
    {"1h", 3600000},
    {"2d", 172800000},
    {"1h30m", 5400000},
    {"1d2h3m4s5ms", 93784005},
    {"1m500ms", 60500},
    {"9223372036854775807ms", INT64_MAX},
    {"", -1},
    {"5", -1},
    {"5x", -1},
    {"-1s", -1},
    {"1.5h", -1},
    {"1h 30m", -1},
    {" 1h", -1},
    {"1h ", -1},
    {"30m1h", -1},
    {"1h1h", -1},
    {"1H", -1},
    {"h", -1},
    {"00", -1},
    {"9223372036854775808ms", -1},
    {"106751991167d7h", INT64_C(9223372036854000000)},
    {"106751991168d", -1},
    {"106751991167d8h", -1},
    {"99999999999999999999999s", -1},
};

static void test_duration(void **state)
{
    size_t i;

    (void)state;
    for (i = 0; i < sizeof(durations) / sizeof(durations[0]); i++) {
        int64_t ms = 42;
        int rc = od_duration_parse(durations[i].text, &ms);

        if (durations[i].want >= 0) {
            if (rc != 0)
                fail_msg("%s: %s", durations[i].text, od_error_last());
            assert_int_equal(ms, durations[i].want);
        } else {
            if (rc != OD_EINVAL)
                fail_msg("\"%s\": accepted as %lld", durations[i].text, (long long)ms);
            assert_int_equal(ms, 42);
        }
    }
    assert_int_equal(od_duration_parse(NULL, &(int64_t){0}), OD_EINVAL);
}

static const struct {
    const char *text;
    uint64_t want;
    int ok;
} sizes[] = {
    {"0", 0, 1},
    {"512", 512, 1},
    {"512B", 512, 1},
    {"64k", 65536, 1},
    {"64K", 65536, 1},
    {"64KiB", 65536, 1},
    {"64KB", 65536, 1},
    {"64kb", 65536, 1},
    {"25M", 26214400, 1},
    {"25MiB", 26214400, 1},
    {"25MB", 26214400, 1},
    {"1G", 1073741824, 1},
    {"1GiB", 1073741824, 1},
    {"1GB", 1073741824, 1},
    {"2T", UINT64_C(2199023255552), 1},
    {"18446744073709551615", UINT64_MAX, 1},
    {"16777215T", UINT64_C(16777215) << 40, 1},
    {"", 0, 0},
    {"k", 0, 0},
    {"64 k", 0, 0},
    {"64x", 0, 0},
    {"64KiBs", 0, 0},
    {"-1", 0, 0},
    {"1.5M", 0, 0},
    {" 64k", 0, 0},
    {"64k ", 0, 0},
    {"18446744073709551616", 0, 0},
    {"16777216T", 0, 0},
    {"17179869184G", 0, 0},
};

static void test_size(void **state)
{
    size_t i;

    (void)state;
    for (i = 0; i < sizeof(sizes) / sizeof(sizes[0]); i++) {
        uint64_t n = 42;
        int rc = od_size_parse(sizes[i].text, &n);

        if (sizes[i].ok) {
            if (rc != 0)
                fail_msg("%s: %s", sizes[i].text, od_error_last());
            assert_true(n == sizes[i].want);
        } else {
            if (rc != OD_EINVAL)
                fail_msg("\"%s\": accepted as %llu", sizes[i].text, (unsigned long long)n);
            assert_true(n == 42);
        }
    }
    assert_int_equal(od_size_parse(NULL, &(uint64_t){0}), OD_EINVAL);
}

static const struct {
    const char *tz;
    int rc;
} zones[] = {
    {"UTC", 0},
    {"Etc/UTC", 0},
    {"Asia/Shanghai", 0},
    {"America/New_York", 0},
    {"Europe/Berlin", 0},
    {NULL, OD_EINVAL},
    {"", OD_EINVAL},
    {"Asia", OD_EINVAL},         /* a directory */
    {"zone.tab", OD_EINVAL},     /* a table, not a zone */
    {"Asia/Nowhere", OD_EINVAL}, /* no such file */
    {"../../../etc/passwd", OD_EINVAL},
    {"Asia/../Asia/Shanghai", OD_EINVAL},
    {"/usr/share/zoneinfo/Asia/Shanghai", OD_EINVAL},
    {"/etc/passwd", OD_EINVAL},
    {"Asia/Shanghai\n", OD_EINVAL},
    {"Asia Shanghai", OD_EINVAL},
};

static void test_tz_check(void **state)
{
    size_t i;

    (void)state;
    for (i = 0; i < sizeof(zones) / sizeof(zones[0]); i++) {
        int rc = od_tz_check(zones[i].tz);

        if (rc != zones[i].rc)
            fail_msg("%s: got %d (%s)", zones[i].tz ? zones[i].tz : "(null)", rc, od_error_last());
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_parse_table),
        cmocka_unit_test(test_parse_values),
        cmocka_unit_test(test_error_detail),
        cmocka_unit_test(test_tz_restored),
        cmocka_unit_test(test_threads),
        cmocka_unit_test(test_format),
        cmocka_unit_test(test_now),
        cmocka_unit_test(test_duration),
        cmocka_unit_test(test_size),
        cmocka_unit_test(test_tz_check),
        cmocka_unit_test(test_environment_untouched),
        cmocka_unit_test(test_dst_edges),
        cmocka_unit_test(test_format_tz),
        cmocka_unit_test(test_tz_system),
    };

    return cmocka_run_group_tests(tests, NULL, NULL);
}
