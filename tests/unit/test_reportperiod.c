/* Unit tests for lib/reportperiod.c: civil dates, ISO weeks, report
 * periods in zones with and without daylight saving time, the previous
 * period and the defaults. Expected instants are written out by hand. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "error.h"
#include "reportperiod.h"
#include "timeutil.h"

static void assert_time(od_time t, const char *want)
{
    char buf[OD_TIME_STRLEN];

    assert_string_equal(od_time_format(t, buf), want);
}

static od_time at(const char *s)
{
    od_time t = 0;

    assert_int_equal(od_time_parse(s, strlen(s), NULL, &t), 0);
    return t;
}

/* date, ISO year, week, weekday */
static const struct {
    const char *date;
    int year, week, weekday;
} iso[] = {
    {"1970-01-01", 1970, 1, 4},  {"2026-01-01", 2026, 1, 4},  {"2027-01-01", 2026, 53, 5},
    {"2020-12-31", 2020, 53, 4}, {"2021-01-03", 2020, 53, 7}, {"2026-12-28", 2026, 53, 1},
    {"2024-12-30", 2025, 1, 1},  {"2024-02-29", 2024, 9, 4},  {"1969-12-31", 1970, 1, 3},
};

static void test_iso_weeks(void **state)
{
    for (size_t i = 0; i < sizeof(iso) / sizeof(iso[0]); i++) {
        int32_t d;
        int y, w;
        char back[OD_DATE_STRLEN];

        assert_int_equal(od_date_parse(iso[i].date, &d), 0);
        od_date_format(d, back);
        assert_string_equal(back, iso[i].date);
        od_date_iso_week(d, &y, &w);
        assert_int_equal(y, iso[i].year);
        assert_int_equal(w, iso[i].week);
        assert_int_equal(od_date_iso_weekday(d), iso[i].weekday);
    }
}

static void test_bad_dates(void **state)
{
    static const char *const bad[] = {"2026-02-29", "2026-13-01", "2026-00-10", "2026-1-05",
                                      "20261105",   "2026-11-31", "0000-01-01", "2026-11-20x",
                                      "",           "2026/11/20"};
    struct od_report_period p;
    int32_t d;

    for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
        assert_int_equal(od_date_parse(bad[i], &d), OD_EINVAL);
        assert_int_equal(od_report_period_day(bad[i], "UTC", &p), OD_EINVAL);
    }
    assert_int_equal(od_date_parse("2024-02-29", &d), 0);
}

/* kind (d day, w week, r range), args, zone, first, last, days, from, to (UTC) */
static const struct {
    char kind;
    const char *a, *b, *tz;
    const char *first, *last;
    int days;
    const char *from, *to;
} periods[] = {
    /* a day in Shanghai starts at 16:00 UTC the day before */
    {'d', "2026-11-20", NULL, "Asia/Shanghai", "2026-11-20", "2026-11-20", 1,
     "2026-11-19T16:00:00Z", "2026-11-20T16:00:00Z"},
    {'d', "2026-11-20", NULL, "UTC", "2026-11-20", "2026-11-20", 1, "2026-11-20T00:00:00Z",
     "2026-11-21T00:00:00Z"},
    {'d', "2026-12-31", NULL, "America/New_York", "2026-12-31", "2026-12-31", 1,
     "2026-12-31T05:00:00Z", "2027-01-01T05:00:00Z"},
    /* Berlin's spring day has 23 hours, its autumn day 25 */
    {'d', "2026-03-29", NULL, "Europe/Berlin", "2026-03-29", "2026-03-29", 1,
     "2026-03-28T23:00:00Z", "2026-03-29T22:00:00Z"},
    {'d', "2026-10-25", NULL, "Europe/Berlin", "2026-10-25", "2026-10-25", 1,
     "2026-10-24T22:00:00Z", "2026-10-25T23:00:00Z"},
    /* ISO weeks: Berlin's W13 is 167 hours, W43 169 */
    {'w', "2026-W13", NULL, "Europe/Berlin", "2026-03-23", "2026-03-29", 7, "2026-03-22T23:00:00Z",
     "2026-03-29T22:00:00Z"},
    {'w', "2026-W43", NULL, "Europe/Berlin", "2026-10-19", "2026-10-25", 7, "2026-10-18T22:00:00Z",
     "2026-10-25T23:00:00Z"},
    {'w', "2026-W01", NULL, "Asia/Shanghai", "2025-12-29", "2026-01-04", 7, "2025-12-28T16:00:00Z",
     "2026-01-04T16:00:00Z"},
    {'w', "2026-W53", NULL, "UTC", "2026-12-28", "2027-01-03", 7, "2026-12-28T00:00:00Z",
     "2027-01-04T00:00:00Z"},
    {'w', "2020-w53", NULL, "UTC", "2020-12-28", "2021-01-03", 7, "2020-12-28T00:00:00Z",
     "2021-01-04T00:00:00Z"},
    /* a range includes its last day */
    {'r', "2026-11-01", "2026-11-30", "Asia/Shanghai", "2026-11-01", "2026-11-30", 30,
     "2026-10-31T16:00:00Z", "2026-11-30T16:00:00Z"},
    {'r', "2024-02-28", "2024-03-01", "UTC", "2024-02-28", "2024-03-01", 3, "2024-02-28T00:00:00Z",
     "2024-03-02T00:00:00Z"},
};

static int period_of(char kind, const char *a, const char *b, const char *tz,
                     struct od_report_period *p)
{
    if (kind == 'd')
        return od_report_period_day(a, tz, p);
    if (kind == 'w')
        return od_report_period_week(a, tz, p);
    return od_report_period_range(a, b, tz, p);
}

static void test_periods(void **state)
{
    for (size_t i = 0; i < sizeof(periods) / sizeof(periods[0]); i++) {
        struct od_report_period p;

        assert_int_equal(period_of(periods[i].kind, periods[i].a, periods[i].b, periods[i].tz, &p),
                         0);
        assert_string_equal(p.first, periods[i].first);
        assert_string_equal(p.last, periods[i].last);
        assert_string_equal(p.tz, periods[i].tz);
        assert_int_equal(p.days, periods[i].days);
        assert_time(p.from, periods[i].from);
        assert_time(p.to, periods[i].to);
    }
}

static void test_bad_periods(void **state)
{
    struct od_report_period p;

    assert_int_equal(od_report_period_week("2026-W54", "UTC", &p), OD_EINVAL);
    assert_int_equal(od_report_period_week("2025-W53", "UTC", &p), OD_EINVAL); /* 52 weeks */
    assert_int_equal(od_report_period_week("2026-W00", "UTC", &p), OD_EINVAL);
    assert_int_equal(od_report_period_week("2026W01", "UTC", &p), OD_EINVAL);
    assert_int_equal(od_report_period_week("2026-01", "UTC", &p), OD_EINVAL);
    assert_int_equal(od_report_period_range("2026-11-02", "2026-11-01", "UTC", &p), OD_EINVAL);
    assert_int_equal(od_report_period_range("2000-01-01", "2026-11-01", "UTC", &p), OD_EINVAL);
    assert_int_equal(od_report_period_day("2026-11-20", "Mars/Olympus", &p), OD_EINVAL);
    assert_int_equal(od_report_period_day("2026-11-20", "../etc/passwd", &p), OD_EINVAL);
}

/* period, previous first and last */
static const struct {
    char kind;
    const char *a, *b, *tz;
    const char *first, *last;
    const char *from, *to;
} prevs[] = {
    {'d', "2026-03-01", NULL, "UTC", "2026-02-28", "2026-02-28", "2026-02-28T00:00:00Z",
     "2026-03-01T00:00:00Z"},
    {'d', "2026-03-30", NULL, "Europe/Berlin", "2026-03-29", "2026-03-29", "2026-03-28T23:00:00Z",
     "2026-03-29T22:00:00Z"},
    {'w', "2026-W01", NULL, "Asia/Shanghai", "2025-12-22", "2025-12-28", "2025-12-21T16:00:00Z",
     "2025-12-28T16:00:00Z"},
    {'w', "2026-W14", NULL, "Europe/Berlin", "2026-03-23", "2026-03-29", "2026-03-22T23:00:00Z",
     "2026-03-29T22:00:00Z"},
    {'r', "2026-11-01", "2026-11-30", "UTC", "2026-10-02", "2026-10-31", "2026-10-02T00:00:00Z",
     "2026-11-01T00:00:00Z"},
};

static void test_previous(void **state)
{
    for (size_t i = 0; i < sizeof(prevs) / sizeof(prevs[0]); i++) {
        struct od_report_period p, q;

        assert_int_equal(period_of(prevs[i].kind, prevs[i].a, prevs[i].b, prevs[i].tz, &p), 0);
        assert_int_equal(od_report_period_prev(&p, &q), 0);
        assert_int_equal(q.kind, p.kind);
        assert_int_equal(q.days, p.days);
        assert_string_equal(q.first, prevs[i].first);
        assert_string_equal(q.last, prevs[i].last);
        assert_time(q.from, prevs[i].from);
        assert_time(q.to, prevs[i].to);
        assert_true(q.to == p.from);
    }
}

static void test_daily_at(void **state)
{
    static const struct {
        const char *in;
        int minutes; /* -1: refused */
    } cases[] = {
        {"00:00", 0},  {"08:00", 480}, {"23:59", 1439}, {"07:05", 425}, {"24:00", -1},
        {"12:60", -1}, {"8:00", -1},   {"08:0", -1},    {"08-00", -1},  {"08:00 ", -1},
        {"", -1},      {"ab:cd", -1},  {"+8:00", -1},
    };

    (void)state;
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
        assert_int_equal(od_report_daily_at(cases[i].in), cases[i].minutes);
    assert_int_equal(od_report_daily_at(NULL), -1);
}

static void test_defaults(void **state)
{
    struct od_report_period p;
    char name[64];
    /* Friday 2026-11-20 17:00 UTC is already Saturday 01:00 in Shanghai */
    od_time now = at("2026-11-20T17:00:00Z");

    assert_int_equal(od_report_period_default(OD_REPORT_DAILY, now, "Asia/Shanghai", &p), 0);
    assert_string_equal(p.first, "2026-11-20");
    assert_int_equal(od_report_period_default(OD_REPORT_DAILY, now, "UTC", &p), 0);
    assert_string_equal(p.first, "2026-11-19");
    assert_string_equal(od_report_period_name(&p, name, sizeof(name)), "2026-11-19");
    assert_int_equal(od_report_period_default(OD_REPORT_WEEKLY, now, "UTC", &p), 0);
    assert_string_equal(p.first, "2026-11-09");
    assert_string_equal(p.last, "2026-11-15");
    assert_string_equal(od_report_period_name(&p, name, sizeof(name)), "2026-W46");
    /* on a Monday the last whole week ended yesterday */
    now = at("2026-11-23T01:00:00Z");
    assert_int_equal(od_report_period_default(OD_REPORT_WEEKLY, now, "Asia/Shanghai", &p), 0);
    assert_string_equal(p.first, "2026-11-16");
    assert_int_equal(od_report_period_range("2026-11-01", "2026-11-30", "UTC", &p), 0);
    assert_string_equal(od_report_period_name(&p, name, sizeof(name)), "2026-11-01..2026-11-30");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_iso_weeks), cmocka_unit_test(test_bad_dates),
        cmocka_unit_test(test_periods),   cmocka_unit_test(test_bad_periods),
        cmocka_unit_test(test_previous),  cmocka_unit_test(test_defaults),
        cmocka_unit_test(test_daily_at),
    };

    return cmocka_run_group_tests(tests, NULL, NULL);
}
