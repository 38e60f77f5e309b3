/* Time stamps and durations.
 *
 * A time stamp is int64 microseconds since the Unix epoch, UTC. Naive
 * local times ("2026-11-20 09:30:00") are read in a channel's declared
 * IANA time zone. lib/ never calls localtime(): conversions through a
 * named zone take a process-wide lock around TZ, so threads are safe. */
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
 * A value without offset is read in `tz` (an IANA name such as
 * "Asia/Shanghai"; NULL or "" or "UTC" means UTC). Fields are range
 * checked (month 1-12, day valid for the month, hour 0-23 ...).
 * Returns 0 or OD_EINVAL with a detail naming the text. */
int od_time_parse(const char *s, size_t len, const char *tz, od_time *out);

/* Format as RFC 3339 UTC with seconds and, when non-zero, microseconds:
 * "2026-11-20T01:30:00Z". `buf` must hold OD_TIME_STRLEN bytes. */
#define OD_TIME_STRLEN 40
char *od_time_format(od_time t, char *buf);

/* Current time. */
od_time od_time_now(void);

/* Check that `tz` names a zone this machine knows (a file under
 * /usr/share/zoneinfo or "UTC"). 0 or OD_EINVAL. */
int od_tz_check(const char *tz);

/* Durations: "500ms", "30s", "5m", "1h", "2d", combinations such as
 * "1h30m", and a bare "0". Result in milliseconds. OD_EINVAL otherwise. */
int od_duration_parse(const char *s, int64_t *out_ms);

/* Sizes: "512", "64k", "25MiB", "1GB" (k/K/KiB/KB=1024 ...). */
int od_size_parse(const char *s, uint64_t *out_bytes);

#endif
