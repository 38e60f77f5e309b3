/* Times as the clerk reads them: in display.timezone (absent: the
 * machine's zone), RFC 3339 with the offset ("2026-08-01T01:55:00+08:00"),
 * and dates typed on the command line read in the same zone. */
#ifndef OD_DISPLAY_H
#define OD_DISPLAY_H

#include "timeutil.h"

/* Settle the zone once, before any thread starts: `configured` (from
 * display.timezone, already checked by the loader) or the machine's. */
void od_display_init(const char *configured);

/* The zone in use ("UTC" before od_display_init). */
const char *od_display_zone(void);

/* `t` in the zone; OD_TIME_NONE gives "". buf holds OD_TIME_STRLEN. */
char *od_display_time(od_time t, char *buf);

/* As od_display_time, in whole seconds (the fraction cut off). */
char *od_display_seconds(od_time t, char *buf);

/* A time stamp as lib/ gives it in text (RFC 3339 UTC) shown in the
 * zone; text that does not parse comes back unchanged (NULL: NULL). */
const char *od_display_text(const char *utc, char *buf);

/* In a JSON tree from lib/, every string under a key "at" or ending in
 * "_at" that is an RFC 3339 time is rewritten in the zone. */
struct json_object;
void od_display_json(struct json_object *j);

/* A date or time typed by the person ("2026-08-01", "2026-08-01 08:00",
 * or with an offset), read in the zone, as RFC 3339 UTC into buf for
 * lib/. 0, or OD_EINVAL with a detail naming the text. */
int od_display_arg(const char *text, char *buf);

#endif
