/* Report periods in a time zone (see reportperiod.h). */
#include "reportperiod.h"

#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include "error.h"

#define MAX_RANGE_DAYS 3660

static int32_t days_from_civil(int y, int m, int d)
{
    return (int32_t)od_days_from_civil(y, m, d);
}

static void civil_from_days(int32_t z, int *y, int *m, int *d)
{
    int64_t yy;

    od_civil_from_days(z, &yy, m, d);
    *y = (int)yy;
}

static bool digits(const char *s, size_t n, int *out)
{
    int v = 0;

    for (size_t i = 0; i < n; i++) {
        if (s[i] < '0' || s[i] > '9')
            return false;
        v = v * 10 + (s[i] - '0');
    }
    *out = v;
    return true;
}

static int month_days(int y, int m)
{
    static const int n[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;

    return m == 2 && leap ? 29 : n[m - 1];
}

int od_date_parse(const char *s, int32_t *out_days)
{
    int y, m, d;

    if (!s || strlen(s) != 10 || s[4] != '-' || s[7] != '-' || !digits(s, 4, &y) ||
        !digits(s + 5, 2, &m) || !digits(s + 8, 2, &d) || y < 1 || m < 1 || m > 12 || d < 1 ||
        d > month_days(y, m))
        return od_error_set(OD_EINVAL, "'%s' is not a date (YYYY-MM-DD)", s ? s : "");
    *out_days = days_from_civil(y, m, d);
    return 0;
}

void od_date_format(int32_t days, char buf[OD_DATE_STRLEN])
{
    int y, m, d;

    civil_from_days(days, &y, &m, &d);
    snprintf(buf, OD_DATE_STRLEN, "%04d-%02d-%02d", y, m, d);
}

int od_date_iso_weekday(int32_t days)
{
    /* 1970-01-01 was a Thursday (4). */
    return (int)(((days % 7) + 7 + 3) % 7) + 1;
}

/* Monday of ISO week 1 of ISO year y: the Monday of the week holding 4 January. */
static int32_t iso_week1(int y)
{
    int32_t jan4 = days_from_civil(y, 1, 4);

    return jan4 - (od_date_iso_weekday(jan4) - 1);
}

void od_date_iso_week(int32_t days, int *year, int *week)
{
    int y, m, d;
    int32_t start;

    /* The ISO year is the civil year of the week's Thursday. */
    civil_from_days(days - (od_date_iso_weekday(days) - 1) + 3, &y, &m, &d);
    start = iso_week1(y);
    *year = y;
    *week = (int)((days - start) / 7) + 1;
}

int od_date_today(od_time now, const char *tz, int32_t *out_days)
{
    char buf[OD_TIME_STRLEN], date[OD_DATE_STRLEN];

    if (od_tz_check(tz) < 0)
        return od_error_set(OD_EINVAL, "unknown time zone '%s'", tz ? tz : "");
    od_time_format_tz(now, tz, buf);
    memcpy(date, buf, 10);
    date[10] = '\0';
    return od_date_parse(date, out_days);
}

/* 00:00 of `days` in zone `tz`. */
static int midnight(int32_t days, const char *tz, od_time *out)
{
    char date[OD_DATE_STRLEN];

    od_date_format(days, date);
    return od_time_parse(date, 10, tz, out);
}

static int make(enum od_report_kind kind, int32_t first, int32_t last, const char *tz,
                struct od_report_period *out)
{
    struct od_report_period p;
    int rc;

    if (od_tz_check(tz) < 0)
        return od_error_set(OD_EINVAL, "unknown time zone '%s'", tz ? tz : "");
    if (last < first)
        return od_error_set(OD_EINVAL, "the period ends before it starts");
    if (last - first >= MAX_RANGE_DAYS)
        return od_error_set(OD_EINVAL, "a period is at most %d days", MAX_RANGE_DAYS);
    if (first < days_from_civil(1, 1, 2) || last > days_from_civil(9999, 12, 30))
        return od_error_set(OD_EINVAL, "the period lies outside the years 0001-9999");
    memset(&p, 0, sizeof(p));
    p.kind = kind;
    if ((size_t)snprintf(p.tz, sizeof(p.tz), "%s", tz) >= sizeof(p.tz))
        return od_error_set(OD_EINVAL, "time zone name too long");
    od_date_format(first, p.first);
    od_date_format(last, p.last);
    p.days = last - first + 1;
    if ((rc = midnight(first, tz, &p.from)) < 0 || (rc = midnight(last + 1, tz, &p.to)) < 0)
        return rc;
    *out = p;
    return 0;
}

int od_report_period_day(const char *date, const char *tz, struct od_report_period *out)
{
    int32_t d;
    int rc = od_date_parse(date, &d);

    return rc < 0 ? rc : make(OD_REPORT_DAILY, d, d, tz, out);
}

int od_report_period_week(const char *week, const char *tz, struct od_report_period *out)
{
    int y, w, yy, ww;
    int32_t start;

    if (!week || strlen(week) != 8 || week[4] != '-' || (week[5] != 'W' && week[5] != 'w') ||
        !digits(week, 4, &y) || !digits(week + 6, 2, &w) || y < 1 || y > 9998 || w < 1 || w > 53)
        return od_error_set(OD_EINVAL, "'%s' is not an ISO week (YYYY-Www)", week ? week : "");
    start = iso_week1(y) + (w - 1) * 7;
    od_date_iso_week(start, &yy, &ww);
    if (yy != y || ww != w)
        return od_error_set(OD_EINVAL, "%04d has no week %02d", y, w);
    return make(OD_REPORT_WEEKLY, start, start + 6, tz, out);
}

int od_report_period_range(const char *first, const char *last, const char *tz,
                           struct od_report_period *out)
{
    int32_t a, b;
    int rc;

    if ((rc = od_date_parse(first, &a)) < 0 || (rc = od_date_parse(last, &b)) < 0)
        return rc;
    return make(OD_REPORT_RANGE, a, b, tz, out);
}

int od_report_period_default(enum od_report_kind kind, od_time now, const char *tz,
                             struct od_report_period *out)
{
    int32_t today, monday;
    int rc = od_date_today(now, tz, &today);

    if (rc < 0)
        return rc;
    if (kind == OD_REPORT_WEEKLY) {
        monday = today - (od_date_iso_weekday(today) - 1);
        return make(kind, monday - 7, monday - 1, tz, out);
    }
    return make(kind, today - 1, today - 1, tz, out);
}

int od_report_period_prev(const struct od_report_period *p, struct od_report_period *out)
{
    int32_t first;
    int rc = od_date_parse(p->first, &first);

    if (rc < 0)
        return rc;
    return make(p->kind, first - p->days, first - 1, p->tz, out);
}

char *od_report_period_name(const struct od_report_period *p, char *buf, size_t len)
{
    int32_t d;
    int y, w;

    if (p->kind == OD_REPORT_DAILY) {
        snprintf(buf, len, "%s", p->first);
    } else if (p->kind == OD_REPORT_WEEKLY && od_date_parse(p->first, &d) == 0) {
        od_date_iso_week(d, &y, &w);
        snprintf(buf, len, "%04d-W%02d", y, w);
    } else {
        snprintf(buf, len, "%s..%s", p->first, p->last);
    }
    return buf;
}

int od_report_daily_at(const char *hhmm)
{
    int h, m;

    if (!hhmm || strlen(hhmm) != 5 || hhmm[2] != ':')
        goto bad;
    for (int i = 0; i < 5; i++)
        if (i != 2 && (hhmm[i] < '0' || hhmm[i] > '9'))
            goto bad;
    h = (hhmm[0] - '0') * 10 + (hhmm[1] - '0');
    m = (hhmm[3] - '0') * 10 + (hhmm[4] - '0');
    if (h > 23 || m > 59)
        goto bad;
    return h * 60 + m;
bad:
    od_error_set(OD_EINVAL, "'%s' is not HH:MM", hhmm ? hhmm : "");
    return -1;
}
