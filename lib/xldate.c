/* Excel's dates, shared by the .xlsx and .xls readers: whether a number
 * format shows a date or time, and a serial day number as ISO 8601 text.
 * See docs/xlsx.md#dates. */
#include "xldate.h"

#include <stdint.h>
#include <stdio.h>
#include <string.h>

#define MAX_DATE_1900 2958465 /* 9999-12-31 */
#define MAX_DATE_1904 2957003

/* Days since 1970-01-01 of a proleptic Gregorian date, and back (Howard
 * Hinnant's algorithms). */
static int64_t days_from_civil(int64_t y, unsigned m, unsigned d)
{
    int64_t era;
    unsigned yoe, doy, doe;

    y -= m <= 2;
    era = (y >= 0 ? y : y - 399) / 400;
    yoe = (unsigned)(y - era * 400);
    doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + (int64_t)doe - 719468;
}

static void civil_from_days(int64_t z, int64_t *y, unsigned *m, unsigned *d)
{
    int64_t era;
    unsigned doe, yoe, doy, mp;

    z += 719468;
    era = (z >= 0 ? z : z - 146096) / 146097;
    doe = (unsigned)(z - era * 146097);
    yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    mp = (5 * doy + 2) / 153;
    *d = doy - (153 * mp + 2) / 5 + 1;
    *m = mp < 10 ? mp + 3 : mp - 9;
    *y = (int64_t)yoe + era * 400 + (*m <= 2);
}

/* Write the date of serial number `v` (decimal text as in <v>, with an
 * optional exponent) as ISO 8601 into iso. False when v is not a number
 * or not a date Excel can show (negative, after 9999-12-31). Exact
 * decimal arithmetic: no float round trip. */
bool od_xl_serial_to_iso(const char *v, size_t len, bool date1904, char *iso, size_t iso_len)
{
    char digits[64];
    size_t nd = 0, i = 0;
    long point = 0; /* digits before the decimal point */
    long exp = 0;
    bool seen_point = false, any = false;
    uint64_t day = 0, frac = 0, secs;
    int64_t z, y;
    unsigned m, d;

    if (i < len && v[i] == '+')
        i++;
    for (; i < len; i++) {
        char c = v[i];

        if (c >= '0' && c <= '9') {
            any = true;
            if (nd == 0 && c == '0') { /* leading zero */
                if (seen_point)
                    point--;
                continue;
            }
            if (nd < sizeof(digits))
                digits[nd++] = c;
            else if (!seen_point)
                return false; /* far too large */
            if (!seen_point)
                point++;
        } else if (c == '.' && !seen_point) {
            seen_point = true;
        } else {
            break;
        }
    }
    if (!any)
        return false;
    if (i < len && (v[i] == 'e' || v[i] == 'E')) {
        bool neg = false;
        size_t start;

        i++;
        if (i < len && (v[i] == '+' || v[i] == '-'))
            neg = v[i++] == '-';
        start = i;
        for (; i < len && v[i] >= '0' && v[i] <= '9'; i++)
            if (exp < 1000)
                exp = exp * 10 + (v[i] - '0');
        if (i == start)
            return false;
        if (neg)
            exp = -exp;
    }
    if (i != len)
        return false;
    point += exp;
    if (point > 7)
        return false;
    /* digits[0..point) is the whole part, the rest the fraction */
    for (long k = 0; k < point; k++)
        day = day * 10 + (uint64_t)((size_t)k < nd ? digits[k] - '0' : 0);
    /* 12 digits of fraction, as an integer over 10^12 */
    for (long k = point; k < point + 12; k++)
        frac = frac * 10 + (uint64_t)(k >= 0 && (size_t)k < nd ? digits[k] - '0' : 0);
    secs = (frac * 86400 + UINT64_C(500000000000)) / UINT64_C(1000000000000);
    if (secs >= 86400) {
        day++;
        secs -= 86400;
    }
    if (day > (date1904 ? MAX_DATE_1904 : MAX_DATE_1900))
        return false;
    if (day == 0) {
        snprintf(iso, iso_len, "%02u:%02u:%02u", (unsigned)(secs / 3600),
                 (unsigned)(secs / 60 % 60), (unsigned)(secs % 60));
        return true;
    }
    if (date1904) {
        z = days_from_civil(1904, 1, 1) + (int64_t)day;
    } else if (day == 60) {
        z = 0; /* Excel's 1900-02-29, which never was */
    } else if (day < 60) {
        z = days_from_civil(1899, 12, 31) + (int64_t)day;
    } else {
        z = days_from_civil(1899, 12, 30) + (int64_t)day;
    }
    if (!date1904 && day == 60) {
        y = 1900;
        m = 2;
        d = 29;
    } else {
        civil_from_days(z, &y, &m, &d);
    }
    if (secs == 0)
        snprintf(iso, iso_len, "%04lld-%02u-%02u", (long long)y, m, d);
    else
        snprintf(iso, iso_len, "%04lld-%02u-%02uT%02u:%02u:%02u", (long long)y, m, d,
                 (unsigned)(secs / 3600), (unsigned)(secs / 60 % 60), (unsigned)(secs % 60));
    return true;
}

/* Whether a number format code shows a date or time: y, m, d, h or s
 * outside "quoted text", [brackets] (colours, locales, conditions),
 * \-escaped characters and the character after _ (space) or * (fill). */
bool od_xl_format_is_date(const char *code)
{
    for (const char *p = code; *p; p++) {
        char c = *p;

        if (c == '"') {
            while (p[1] && p[1] != '"')
                p++;
            if (p[1])
                p++;
        } else if (c == '[') {
            while (p[1] && p[1] != ']')
                p++;
            if (p[1])
                p++;
        } else if (c == '\\' || c == '_' || c == '*') {
            if (p[1])
                p++;
        } else if (strchr("yYmMdDhHsS", c)) {
            return true;
        }
    }
    return false;
}

bool od_xl_builtin_is_date(unsigned id)
{
    /* 14-22 and 45-47 everywhere; 27-36 and 50-58 are the East Asian
     * (zh-CN, zh-TW, ja-JP, ko-KR) date and time formats. */
    return (id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) ||
           (id >= 50 && id <= 58);
}
