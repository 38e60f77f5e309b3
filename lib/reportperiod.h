/* The period of a report: whole days in a named time zone, as
 * [from, to) instants in UTC. A day starts at 00:00 in the zone (00:00
 * Asia/Shanghai is 16:00 UTC the day before), so a day in a zone with
 * daylight saving time lasts 23 or 25 hours and a week 167 or 169.
 *
 * Dates are civil dates ("2026-11-20"), weeks ISO 8601 weeks
 * ("2026-W47": Monday to Sunday, week 1 holds the year's first Thursday).
 * No function here reads the clock or the environment: "today" is given.
 * Errors: OD_EINVAL with a detail naming the text. */
#ifndef OD_REPORTPERIOD_H
#define OD_REPORTPERIOD_H

#include <stdint.h>

#include "timeutil.h"

#define OD_DATE_STRLEN 11 /* "YYYY-MM-DD" and its NUL */
#define OD_TZ_MAX      128

enum od_report_kind {
    OD_REPORT_DAILY,
    OD_REPORT_WEEKLY,
    OD_REPORT_RANGE,
};

struct od_report_period {
    enum od_report_kind kind;
    char tz[OD_TZ_MAX];         /* IANA zone the days are counted in */
    char first[OD_DATE_STRLEN]; /* first day, in the zone */
    char last[OD_DATE_STRLEN];  /* last day, included */
    int32_t days;               /* last - first + 1 */
    od_time from, to;           /* 00:00 of first, 00:00 of the day after last */
};

/* A civil date <-> days since 1970-01-01 (proleptic Gregorian). Parse
 * takes exactly "YYYY-MM-DD" (years 0001-9999, a valid day). */
int od_date_parse(const char *s, int32_t *out_days);
void od_date_format(int32_t days, char buf[OD_DATE_STRLEN]);

/* ISO weekday (1 = Monday ... 7 = Sunday) and the ISO week of a day:
 * *year (the ISO year, may differ from the civil one at the year's
 * edges) and *week (1-53). */
int od_date_iso_weekday(int32_t days);
void od_date_iso_week(int32_t days, int *year, int *week);

/* Today's date in zone `tz` at instant `now`. */
int od_date_today(od_time now, const char *tz, int32_t *out_days);

/* The periods. `tz` is checked with od_tz_check(). `*out` is set only on
 * success.
 *   day:   the civil day `date`
 *   week:  ISO week "YYYY-Www" (W and the two digits required; a week 53
 *          only in years that have one)
 *   range: the days from `first` through `last` (both included; last >=
 *          first, at most 3,660 days) */
int od_report_period_day(const char *date, const char *tz, struct od_report_period *out);
int od_report_period_week(const char *week, const char *tz, struct od_report_period *out);
int od_report_period_range(const char *first, const char *last, const char *tz,
                           struct od_report_period *out);

/* The defaults when no date is given: yesterday (the last whole day) and
 * the last whole ISO week before `now`, in `tz`. */
int od_report_period_default(enum od_report_kind kind, od_time now, const char *tz,
                             struct od_report_period *out);

/* The period of the same kind and length right before `p` (the day
 * before, the week before, the same number of days before a range). */
int od_report_period_prev(const struct od_report_period *p, struct od_report_period *out);

/* The period's name: "2026-11-20", "2026-W47" or "2026-11-01..2026-11-30"
 * (buf holds at least 32 bytes). Returns buf. */
char *od_report_period_name(const struct od_report_period *p, char *buf, size_t len);

/* reports.daily_at: "HH:MM" (two digits each, 00:00 to 23:59) as
 * minutes after midnight; -1 (OD_EINVAL set) for anything else. */
int od_report_daily_at(const char *hhmm);

#endif
