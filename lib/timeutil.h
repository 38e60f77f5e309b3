/* Time stamps and durations.
 *
 * A time stamp is int64 microseconds since the Unix epoch, UTC. Naive
 * local times ("2026-11-20 09:30:00") are read in a channel's declared
 * IANA time zone. Conversions through a named zone use GLib's GTimeZone
 * and never touch the process environment, so they are safe on any
 * thread. Rule for the whole program: use only gmtime_r()/timegm() (or
 * these functions), never localtime(), localtime_r(), mktime() or
 * ctime(); times are shown in display.timezone (od_time_format_tz). */
#ifndef OD_TIMEUTIL_H
#define OD_TIMEUTIL_H

#include <stddef.h>
#include <stdint.h>

typedef int64_t od_time;

/* "No time given". */
#define OD_TIME_NONE INT64_MIN

/* Parse a time stamp. Accepted forms (T or one space between date and
 * time; seconds and fraction optional; '/' or '-' in the date):
 *   2026-11-20T09:30:00+08:00   2026-11-20T01:30:00Z   2026-11-20T09:30:00.123+0800
 *   2026-11-20 09:30:00         2026/11/20 09:30       2026-11-20 (midnight)
 * Details: a 4-digit year; month, day and hour may have 1 or 2 digits
 * ("2026/1/5 9:05"), minutes and seconds have 2; the fraction ('.' or
 * ',') has 1 to 6 digits and needs seconds; the offset is Z, +HH:MM,
 * +HHMM or +HH (up to 23:59) right after the time; no other text, no
 * surrounding spaces. Only `len` bytes are read (no NUL needed).
 * A value without offset is read in `tz` (an IANA name such as
 * "Asia/Shanghai", checked with od_tz_check(); NULL or "" or "UTC" or
 * "Etc/UTC" means UTC). In a zone's DST gap or overlap the result is the
 * one GLib's g_date_time_new() picks. Fields are range checked (month 1-12, day valid for
 * the month and year, hour 0-23, minute and second 0-59: no leap
 * second, no 24:00), and the result must lie in the years 0001-9999 UTC,
 * so whatever od_time_format() prints parses again.
 * Returns 0 or OD_EINVAL with a detail naming the text; *out is set only
 * on success. */
int od_time_parse(const char *s, size_t len, const char *tz, od_time *out);

/* Format as RFC 3339 UTC with seconds and, when non-zero, microseconds:
 * "2026-11-20T01:30:00Z", "2026-11-20T01:30:00.123456Z". `buf` must hold
 * OD_TIME_STRLEN bytes. OD_TIME_NONE gives "". Returns buf. */
#define OD_TIME_STRLEN 40
char *od_time_format(od_time t, char *buf);

/* The same instant as local time in zone `tz` with its offset, RFC 3339:
 * "2026-08-01T01:55:00+08:00" (microseconds when non-zero). A UTC name,
 * NULL or a zone GLib cannot read gives od_time_format()'s "...Z". `buf`
 * holds OD_TIME_STRLEN bytes; OD_TIME_NONE gives "". Returns buf. */
char *od_time_format_tz(od_time t, const char *tz, char *buf);

/* The machine's zone name into buf: TZ when it names a zone, else the
 * target of /etc/localtime under .../zoneinfo/, else /etc/timezone,
 * else "UTC". Reads the environment: call it before starting threads. */
void od_tz_system(char *buf, size_t len);

/* Civil dates (proleptic Gregorian) <-> days since 1970-01-01, after
 * Howard Hinnant's days_from_civil and civil_from_days. */
int64_t od_days_from_civil(int64_t y, int m, int d);
void od_civil_from_days(int64_t days, int64_t *y, int *m, int *d);

/* Current time. */
od_time od_time_now(void);

/* Check that `tz` names a zone this machine knows: "UTC", "Etc/UTC", or
 * a TZif file under /usr/share/zoneinfo named without "..", a leading
 * '/' or characters outside [A-Za-z0-9/_+-.]. 0 or OD_EINVAL (also for
 * NULL or ""). */
int od_tz_check(const char *tz);

/* Durations: "500ms", "30s", "5m", "1h", "2d", combinations such as
 * "1h30m" (units from largest to smallest, each at most once), and a
 * bare "0". Result in milliseconds. OD_EINVAL otherwise ("", "5", "5x",
 * "-1s", "1.5h", spaces, overflow); *out_ms is set only on success. */
int od_duration_parse(const char *s, int64_t *out_ms);

/* Sizes: "512", "512B", "64k", "25MiB", "1GB", "2T": a decimal number
 * and an optional unit, any case, of k/kb/kib, m/mb/mib, g/gb/gib or
 * t/tb/tib, all powers of 1024. OD_EINVAL for anything else or overflow;
 * *out_bytes is set only on success. */
int od_size_parse(const char *s, uint64_t *out_bytes);

#endif
