/* Times in display.timezone (see display.h). */
#include "display.h"

#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include <json-c/json.h>

#include "error.h"

static char zone[256] = "UTC";

void od_display_init(const char *configured)
{
    if (configured && *configured)
        snprintf(zone, sizeof(zone), "%s", configured);
    else
        od_tz_system(zone, sizeof(zone));
}

const char *od_display_zone(void)
{
    return zone;
}

char *od_display_time(od_time t, char *buf)
{
    return od_time_format_tz(t, zone, buf);
}

const char *od_display_text(const char *utc, char *buf)
{
    od_time t;

    if (!utc || od_time_parse(utc, strlen(utc), NULL, &t) < 0)
        return utc;
    return od_display_time(t, buf);
}

static bool time_key(const char *k)
{
    size_t n = strlen(k);

    return strcmp(k, "at") == 0 || (n > 3 && strcmp(k + n - 3, "_at") == 0);
}

void od_display_json(struct json_object *j)
{
    char buf[OD_TIME_STRLEN];

    if (json_object_is_type(j, json_type_array)) {
        for (size_t i = 0; i < json_object_array_length(j); i++)
            od_display_json(json_object_array_get_idx(j, i));
        return;
    }
    if (!json_object_is_type(j, json_type_object))
        return;
    json_object_object_foreach(j, k, v)
    {
        if (json_object_is_type(v, json_type_string) && time_key(k)) {
            const char *s = json_object_get_string(v);
            const char *shown = od_display_text(s, buf);

            if (shown != s)
                json_object_set_string(v, shown);
        } else {
            od_display_json(v);
        }
    }
}

int od_display_arg(const char *text, char *buf)
{
    od_time t;

    if (od_time_parse(text, strlen(text), zone, &t) < 0)
        return od_error_wrap(OD_EINVAL, "'%s' is not a date or time", text);
    od_time_format(t, buf);
    return 0;
}

char *od_display_seconds(od_time t, char *buf)
{
    return od_display_time(t - (t % 1000000 + 1000000) % 1000000, buf);
}
