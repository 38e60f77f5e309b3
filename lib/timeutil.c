/* Time stamps, durations and sizes (see timeutil.h).
 *
 * Calendar arithmetic for UTC and fixed offsets is done here with the
 * proleptic Gregorian day count (Howard Hinnant's days_from_civil), so it
 * does not depend on the C library's idea of the local zone.
 *
 * Naive local times in a named IANA zone, and times shown in one, go
 * through GLib's GTimeZone, which reads the zone files itself: the
 * process environment (TZ) is never touched, so a conversion cannot
 * disturb libpq or libcurl reading it on another thread. The rest of the
 * program still never uses localtime(), mktime() or ctime(): the one
 * zone orderctl shows times in is display.timezone, not the process's. */
#include "timeutil.h"

#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <glib.h>

#include "error.h"

#define ZONEINFO_DIR "/usr/share/zoneinfo"
#define TZ_NAME_MAX  200
#define USEC         INT64_C(1000000)
#define SHOW_MAX     64

/* A printable copy of outside text for error details: at most SHOW_MAX
 * bytes, anything but printable ASCII shown as '?'. */
static const char *show(const char *s, size_t len, char *buf, size_t size)
{
    size_t i, n = 0;

    for (i = 0; i < len && n + 1 < size && i < SHOW_MAX; i++) {
        unsigned char c = (unsigned char)s[i];

        buf[n++] = (c >= 0x20 && c < 0x7f) ? (char)c : '?';
    }
    if (i < len && n + 4 < size) {
        memcpy(buf + n, "...", 3);
        n += 3;
    }
    buf[n] = '\0';
    return buf;
}

static bool is_leap(int64_t y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

static int days_in_month(int64_t y, int m)
{
    static const int days[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

    if (m == 2 && is_leap(y))
        return 29;
    return days[m - 1];
}

/* Days since 1970-01-01 of a proleptic Gregorian date. */
int64_t od_days_from_civil(int64_t y, int m, int d)
{
    int64_t era, yoe, doy, doe;

    y -= m <= 2;
    era = (y >= 0 ? y : y - 399) / 400;
    yoe = y - era * 400;
    doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

void od_civil_from_days(int64_t z, int64_t *y, int *m, int *d)
{
    int64_t era, doe, yoe, doy, mp;

    z += 719468;
    era = (z >= 0 ? z : z - 146096) / 146097;
    doe = z - era * 146097;
    yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    mp = (5 * doy + 2) / 153;
    *d = (int)(doy - (153 * mp + 2) / 5 + 1);
    *m = (int)(mp < 10 ? mp + 3 : mp - 9);
    *y = yoe + era * 400 + (*m <= 2);
}

static bool is_utc_name(const char *tz)
{
    return !tz || !*tz || strcmp(tz, "UTC") == 0 || strcmp(tz, "Etc/UTC") == 0;
}

int od_tz_check(const char *tz)
{
    char path[sizeof(ZONEINFO_DIR) + TZ_NAME_MAX + 2];
    char magic[4];
    struct stat st;
    size_t i, len;
    int fd = -1;
    int rc = 0;

    if (!tz || !*tz) {
        rc = od_error_set(OD_EINVAL, "empty time zone name");
        goto out;
    }
    if (is_utc_name(tz))
        goto out;
    len = strlen(tz);
    if (len > TZ_NAME_MAX) {
        rc = od_error_set(OD_EINVAL, "time zone name longer than %d bytes", TZ_NAME_MAX);
        goto out;
    }
    for (i = 0; i < len; i++) {
        char c = tz[i];

        if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
              c == '/' || c == '_' || c == '-' || c == '+' || c == '.')) {
            rc = od_error_set(OD_EINVAL, "time zone \"%s\": unexpected character", tz);
            goto out;
        }
    }
    if (tz[0] == '/' || strstr(tz, "..")) {
        rc = od_error_set(OD_EINVAL,
                          "time zone \"%s\": expected an IANA name such as Asia/Shanghai", tz);
        goto out;
    }
    snprintf(path, sizeof(path), "%s/%s", ZONEINFO_DIR, tz);
    fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0 || fstat(fd, &st) < 0 || !S_ISREG(st.st_mode)) {
        rc = od_error_set(OD_EINVAL, "unknown time zone \"%s\" (no zone file %s)", tz, path);
        goto out;
    }
    /* zoneinfo also holds tables (zone.tab, leapseconds ...): a zone file
     * starts with the TZif magic. */
    if (read(fd, magic, sizeof(magic)) != (ssize_t)sizeof(magic) || memcmp(magic, "TZif", 4) != 0) {
        rc = od_error_set(OD_EINVAL, "unknown time zone \"%s\" (%s is not a zone file)", tz, path);
        goto out;
    }
out:
    if (fd >= 0)
        close(fd);
    return rc;
}

/* Zones once read stay: a TZif file is parsed once per process, not per
 * time stamp (GLib drops a zone from its own cache with its last ref).
 * The few zones a configuration names fit; past ZONES_KEPT a zone is
 * read for the call and let go. */
#define ZONES_KEPT 32

static pthread_mutex_t zones_lock = PTHREAD_MUTEX_INITIALIZER;
static struct {
    char *name;
    GTimeZone *zone;
} zones[ZONES_KEPT];

/* A new reference to the zone `tz`, or NULL when GLib cannot read it. */
static GTimeZone *zone_ref(const char *tz)
{
    GTimeZone *z = NULL;
    size_t i;

    pthread_mutex_lock(&zones_lock);
    for (i = 0; i < ZONES_KEPT && zones[i].name; i++)
        if (strcmp(zones[i].name, tz) == 0) {
            z = g_time_zone_ref(zones[i].zone);
            goto out;
        }
    z = g_time_zone_new_identifier(tz);
    if (z && i < ZONES_KEPT && (zones[i].name = strdup(tz)) != NULL)
        zones[i].zone = g_time_zone_ref(z);
out:
    pthread_mutex_unlock(&zones_lock);
    return z;
}

/* Read a naive local time in zone `tz` (already checked) as UTC seconds.
 * GLib reads the zone file itself: no TZ, no lock, nothing another
 * thread (libpq, libcurl) could see half-changed. */
static int local_to_utc(const char *tz, int64_t y, int mo, int d, int h, int mi, int s,
                        int64_t *out)
{
    GTimeZone *zone = zone_ref(tz);
    GDateTime *dt = NULL;
    int rc = 0;

    if (!zone) {
        rc = od_error_set(OD_EINVAL, "time zone %s: cannot read its zone file", tz);
        goto out;
    }
    dt = g_date_time_new(zone, (gint)y, mo, d, h, mi, (gdouble)s);
    if (!dt) {
        rc = od_error_set(OD_EINVAL, "time zone %s: cannot convert the local time", tz);
        goto out;
    }
    *out = (int64_t)g_date_time_to_unix(dt);
out:
    if (dt)
        g_date_time_unref(dt);
    if (zone)
        g_time_zone_unref(zone);
    return rc;
}

/* Read between `min` and `max` digits at *p (not past end) into *out;
 * a digit may follow (as in the offset +0800). */
static bool digits(const char **p, const char *end, int min, int max, int64_t *out)
{
    const char *q = *p;
    int64_t v = 0;
    int n = 0;

    while (q < end && n < max && *q >= '0' && *q <= '9') {
        v = v * 10 + (*q - '0');
        q++;
        n++;
    }
    if (n < min)
        return false;
    *p = q;
    *out = v;
    return true;
}

int od_time_parse(const char *s, size_t len, const char *tz, od_time *out)
{
    char shown[SHOW_MAX + 8];
    const char *p, *end;
    const char *why = NULL;
    int64_t year, mon, day, hour = 0, min = 0, sec = 0, usec = 0, v;
    int64_t off = 0, secs = 0;
    bool has_off = false;
    char sep;
    int rc = 0;

    if (!s) {
        rc = od_error_set(OD_EINVAL, "no time stamp given");
        goto out;
    }
    p = s;
    end = s + len;
    if (!digits(&p, end, 4, 4, &year)) {
        why = "expected a 4-digit year";
        goto bad;
    }
    if (p >= end || (*p != '-' && *p != '/')) {
        why = "expected '-' or '/' after the year";
        goto bad;
    }
    sep = *p++;
    if (!digits(&p, end, 1, 2, &mon)) {
        why = "expected the month";
        goto bad;
    }
    if (p >= end || *p != sep) {
        why = "expected the same separator after the month";
        goto bad;
    }
    p++;
    if (!digits(&p, end, 1, 2, &day)) {
        why = "expected the day";
        goto bad;
    }
    if (year < 1) {
        why = "year out of range";
        goto bad;
    }
    if (mon < 1 || mon > 12) {
        why = "month out of range";
        goto bad;
    }
    if (day < 1 || day > days_in_month(year, (int)mon)) {
        why = "day out of range for the month";
        goto bad;
    }
    if (p < end) {
        if (*p != 'T' && *p != 't' && *p != ' ') {
            why = "expected 'T' or a space after the date";
            goto bad;
        }
        p++;
        if (!digits(&p, end, 1, 2, &hour) || p >= end || *p != ':') {
            why = "expected the time as HH:MM";
            goto bad;
        }
        p++;
        if (!digits(&p, end, 2, 2, &min)) {
            why = "expected 2-digit minutes";
            goto bad;
        }
        if (p < end && *p == ':') {
            p++;
            if (!digits(&p, end, 2, 2, &sec)) {
                why = "expected 2-digit seconds";
                goto bad;
            }
            if (p < end && (*p == '.' || *p == ',')) {
                const char *f = ++p;

                if (!digits(&p, end, 1, 6, &v) || (p < end && *p >= '0' && *p <= '9')) {
                    why = "expected 1 to 6 digits of fraction";
                    goto bad;
                }
                usec = v;
                for (ptrdiff_t n = p - f; n < 6; n++)
                    usec *= 10;
            }
        }
        if (hour > 23) {
            why = "hour out of range";
            goto bad;
        }
        if (min > 59) {
            why = "minute out of range";
            goto bad;
        }
        if (sec > 59) {
            why = "second out of range";
            goto bad;
        }
        if (p < end && (*p == 'Z' || *p == 'z')) {
            p++;
            has_off = true;
        } else if (p < end && (*p == '+' || *p == '-')) {
            int sign = *p == '-' ? -1 : 1;
            int64_t oh, om = 0;

            p++;
            if (!digits(&p, end, 2, 2, &oh)) {
                why = "expected the offset as +HH:MM, +HHMM or +HH";
                goto bad;
            }
            if (p < end && *p == ':') {
                p++;
                if (!digits(&p, end, 2, 2, &om)) {
                    why = "expected the offset as +HH:MM, +HHMM or +HH";
                    goto bad;
                }
            } else if (p < end && !digits(&p, end, 2, 2, &om)) {
                why = "expected the offset as +HH:MM, +HHMM or +HH";
                goto bad;
            }
            if (oh > 23 || om > 59) {
                why = "offset out of range";
                goto bad;
            }
            off = sign * (oh * 3600 + om * 60);
            has_off = true;
        }
    }
    if (p != end) {
        why = "unexpected text after the time";
        goto bad;
    }

    if (has_off || is_utc_name(tz)) {
        secs = od_days_from_civil(year, (int)mon, (int)day) * 86400 + hour * 3600 + min * 60 + sec -
               off;
    } else {
        rc = od_tz_check(tz);
        if (rc < 0)
            goto out;
        rc = local_to_utc(tz, year, (int)mon, (int)day, (int)hour, (int)min, (int)sec, &secs);
        if (rc < 0)
            goto out;
    }
    /* Keep results printable as RFC 3339 (4-digit years), so that what
     * od_time_format() writes always parses again. */
    if (secs < od_days_from_civil(1, 1, 1) * 86400 ||
        secs >= od_days_from_civil(10000, 1, 1) * 86400) {
        why = "outside the years 0001-9999 in UTC";
        goto bad;
    }
    *out = secs * USEC + usec;
    goto out;
bad:
    rc = od_error_set(OD_EINVAL, "bad time stamp \"%s\": %s", show(s, len, shown, sizeof(shown)),
                      why);
out:
    return rc;
}

char *od_time_format(od_time t, char *buf)
{
    int64_t secs, usec, days, sod, y;
    int m, d;

    if (t == OD_TIME_NONE) {
        buf[0] = '\0';
        return buf;
    }
    secs = t / USEC;
    usec = t % USEC;
    if (usec < 0) {
        usec += USEC;
        secs--;
    }
    days = secs / 86400;
    sod = secs % 86400;
    if (sod < 0) {
        sod += 86400;
        days--;
    }
    od_civil_from_days(days, &y, &m, &d);
    if (usec)
        snprintf(buf, OD_TIME_STRLEN, "%04lld-%02d-%02dT%02d:%02d:%02d.%06lldZ", (long long)y, m, d,
                 (int)(sod / 3600), (int)(sod / 60 % 60), (int)(sod % 60), (long long)usec);
    else
        snprintf(buf, OD_TIME_STRLEN, "%04lld-%02d-%02dT%02d:%02d:%02dZ", (long long)y, m, d,
                 (int)(sod / 3600), (int)(sod / 60 % 60), (int)(sod % 60));
    return buf;
}

char *od_time_format_tz(od_time t, const char *tz, char *buf)
{
    GTimeZone *zone = NULL;
    GDateTime *utc = NULL, *local = NULL;
    int64_t secs, usec, off;
    char frac[16] = "";

    if (t == OD_TIME_NONE || is_utc_name(tz) || !(zone = zone_ref(tz)))
        return od_time_format(t, buf);
    secs = t / USEC;
    usec = t % USEC;
    if (usec < 0) {
        usec += USEC;
        secs--;
    }
    utc = g_date_time_new_from_unix_utc(secs);
    local = utc ? g_date_time_to_timezone(utc, zone) : NULL;
    if (!local) {
        od_time_format(t, buf); /* outside GLib's years 1-9999 */
        goto out;
    }
    off = g_date_time_get_utc_offset(local) / G_USEC_PER_SEC;
    if (usec)
        snprintf(frac, sizeof(frac), ".%06lld", (long long)usec);
    snprintf(buf, OD_TIME_STRLEN, "%04d-%02d-%02dT%02d:%02d:%02d%s%c%02d:%02d",
             g_date_time_get_year(local), g_date_time_get_month(local),
             g_date_time_get_day_of_month(local), g_date_time_get_hour(local),
             g_date_time_get_minute(local), g_date_time_get_second(local), frac,
             off < 0 ? '-' : '+', (int)(llabs(off) / 3600), (int)(llabs(off) / 60 % 60));
out:
    if (local)
        g_date_time_unref(local);
    if (utc)
        g_date_time_unref(utc);
    g_time_zone_unref(zone);
    return buf;
}

/* The zone named by a TZ value (":Area/City" or "Area/City"), if it is
 * one od_tz_check() accepts. */
static bool zone_from_tz(const char *v, char *buf, size_t len)
{
    if (!v || !*v)
        return false;
    if (*v == ':')
        v++;
    if (od_tz_check(v) < 0 || strlen(v) >= len)
        return false;
    snprintf(buf, len, "%s", v);
    return true;
}

void od_tz_system(char *buf, size_t len)
{
    char link[512], line[TZ_NAME_MAX + 2];
    const char *mark = "zoneinfo/", *p;
    ssize_t n;
    FILE *f;

    if (zone_from_tz(getenv("TZ"), buf, len))
        return;
    n = readlink("/etc/localtime", link, sizeof(link) - 1);
    if (n > 0) {
        link[n] = '\0';
        p = strstr(link, mark);
        if (p && zone_from_tz(p + strlen(mark), buf, len))
            return;
    }
    f = fopen("/etc/timezone", "re");
    if (f) {
        bool ok = fgets(line, sizeof(line), f) != NULL;

        fclose(f);
        if (ok) {
            line[strcspn(line, "\r\n")] = '\0';
            if (zone_from_tz(line, buf, len))
                return;
        }
    }
    snprintf(buf, len, "UTC");
}

od_time od_time_now(void)
{
    struct timespec ts;

    clock_gettime(CLOCK_REALTIME, &ts);
    return (od_time)ts.tv_sec * USEC + ts.tv_nsec / 1000;
}

/* Read a run of decimal digits as an unsigned value; false on overflow
 * or when there is no digit. */
static bool read_u64(const char **p, uint64_t *out)
{
    const char *q = *p;
    uint64_t v = 0;

    if (*q < '0' || *q > '9')
        return false;
    while (*q >= '0' && *q <= '9') {
        unsigned dgt = (unsigned)(*q - '0');

        if (v > (UINT64_MAX - dgt) / 10)
            return false;
        v = v * 10 + dgt;
        q++;
    }
    *p = q;
    *out = v;
    return true;
}

int od_duration_parse(const char *s, int64_t *out_ms)
{
    static const struct {
        const char *name;
        size_t len;
        int64_t ms;
        int rank; /* units go from the largest rank down, each once */
    } units[] = {
        /* "ms" before "m", so that "500ms" is not read as 500 minutes */
        {"d", 1, INT64_C(86400000), 5}, {"h", 1, INT64_C(3600000), 4}, {"ms", 2, 1, 1},
        {"m", 1, INT64_C(60000), 3},    {"s", 1, INT64_C(1000), 2},
    };
    const char *p = s;
    int64_t total = 0;
    int last = 6;
    int rc = 0;

    if (!s || !*s) {
        rc = od_error_set(OD_EINVAL, "empty duration (use e.g. 500ms, 30s, 5m, 1h, 2d)");
        goto out;
    }
    if (strcmp(s, "0") == 0)
        goto done;
    while (*p) {
        uint64_t v;
        size_t u;

        if (*p < '0' || *p > '9') {
            rc = od_error_set(OD_EINVAL, "bad duration \"%.64s\": expected a number", s);
            goto out;
        }
        if (!read_u64(&p, &v) || v > (uint64_t)INT64_MAX) {
            rc = od_error_set(OD_EINVAL, "bad duration \"%.64s\": number too large", s);
            goto out;
        }
        for (u = 0; u < sizeof(units) / sizeof(units[0]); u++)
            if (strncmp(p, units[u].name, units[u].len) == 0)
                break;
        if (u == sizeof(units) / sizeof(units[0])) {
            rc = od_error_set(OD_EINVAL,
                              "bad duration \"%.64s\": expected a unit (ms, s, m, h, d) after "
                              "the number",
                              s);
            goto out;
        }
        if (units[u].rank >= last) {
            rc = od_error_set(OD_EINVAL,
                              "bad duration \"%.64s\": units must go from largest to smallest, "
                              "each at most once",
                              s);
            goto out;
        }
        last = units[u].rank;
        p += units[u].len;
        if ((int64_t)v > (INT64_MAX - total) / units[u].ms) {
            rc = od_error_set(OD_EINVAL, "bad duration \"%.64s\": too large", s);
            goto out;
        }
        total += (int64_t)v * units[u].ms;
    }
done:
    *out_ms = total;
out:
    return rc;
}

int od_size_parse(const char *s, uint64_t *out_bytes)
{
    static const struct {
        const char *suffix;
        uint64_t mult;
    } units[] = {
        {"", 1},
        {"b", 1},
        {"k", UINT64_C(1) << 10},
        {"kb", UINT64_C(1) << 10},
        {"kib", UINT64_C(1) << 10},
        {"m", UINT64_C(1) << 20},
        {"mb", UINT64_C(1) << 20},
        {"mib", UINT64_C(1) << 20},
        {"g", UINT64_C(1) << 30},
        {"gb", UINT64_C(1) << 30},
        {"gib", UINT64_C(1) << 30},
        {"t", UINT64_C(1) << 40},
        {"tb", UINT64_C(1) << 40},
        {"tib", UINT64_C(1) << 40},
    };
    const char *p = s;
    uint64_t v;
    size_t u;
    int rc = 0;

    if (!s || !*s) {
        rc = od_error_set(OD_EINVAL, "empty size (use e.g. 512, 64k, 25MiB, 1G)");
        goto out;
    }
    if (!read_u64(&p, &v)) {
        rc = od_error_set(OD_EINVAL, "bad size \"%.64s\": expected a number of bytes", s);
        goto out;
    }
    for (u = 0; u < sizeof(units) / sizeof(units[0]); u++)
        if (strcasecmp(p, units[u].suffix) == 0)
            break;
    if (u == sizeof(units) / sizeof(units[0])) {
        rc = od_error_set(
            OD_EINVAL, "bad size \"%.64s\": unknown unit (use k, KiB, KB, M, MiB, G, GiB, T)", s);
        goto out;
    }
    if (v > UINT64_MAX / units[u].mult) {
        rc = od_error_set(OD_EINVAL, "bad size \"%.64s\": too large", s);
        goto out;
    }
    *out_bytes = v * units[u].mult;
out:
    return rc;
}
