/* Excel's dates, for the .xlsx (xlsx.c) and .xls (xls.c) readers. */
#ifndef OD_XLDATE_H
#define OD_XLDATE_H

#include <stdbool.h>
#include <stddef.h>

/* Write the date of serial number `v` (decimal text, len bytes, with an optional exponent, as
 * in an .xlsx <v>) as ISO 8601 into `iso`: "2026-11-20" for a whole day, "2026-11-20T09:30:00"
 * with a time (rounded to the second), "09:30:00" below 1. The 1900 date system counts Excel's
 * 1900-02-29; `date1904` selects the 1904 system. False when v is not a number or not a date
 * Excel can show (negative, after 9999-12-31). Exact decimal arithmetic: no float round trip. */
bool od_xl_serial_to_iso(const char *v, size_t len, bool date1904, char *iso, size_t iso_len);

/* Whether a number format code shows a date or time: y, m, d, h or s outside "quoted text",
 * [brackets], \-escaped characters and the character after _ or *. */
bool od_xl_format_is_date(const char *code);

/* Whether a built-in number format id is a date or time (14-22, 45-47, and the East Asian
 * 27-36 and 50-58). */
bool od_xl_builtin_is_date(unsigned id);

#endif
