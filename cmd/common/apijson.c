/* JSON of lib/'s results for orderctl and orderweb (apijson.h). */
#include "apijson.h"

#include <json-c/json.h>
#include <stdio.h>
#include <string.h>

#include "buf.h"
#include "display.h"
#include "json.h"
#include "store.h"

static struct json_object *str_or_null(const char *v)
{
    return v ? json_object_new_string(v) : NULL;
}

struct json_object *od_api_order_json(const struct od_order *o)
{
    struct json_object *j = NULL;

    if (od_order_to_json(o, &j) < 0)
        return NULL;
    od_display_json(j);
    return j;
}

struct json_object *od_api_channels_json(const struct od_chanstatus *v, size_t n)
{
    struct json_object *arr = json_object_new_array();

    for (size_t i = 0; arr && i < n; i++) {
        struct json_object *o = json_object_new_object();
        struct json_object *cur = NULL;
        char at[2][OD_TIME_STRLEN];

        json_object_object_add(o, "name", str_or_null(v[i].name));
        json_object_object_add(o, "kind", str_or_null(v[i].kind));
        json_object_object_add(o, "enabled", json_object_new_boolean(v[i].enabled));
        json_object_object_add(o, "state", str_or_null(v[i].state));
        json_object_object_add(o, "last_poll_at",
                               str_or_null(od_display_text(v[i].last_poll_at, at[0])));
        json_object_object_add(o, "last_success_at",
                               str_or_null(od_display_text(v[i].last_success_at, at[1])));
        json_object_object_add(o, "failures", json_object_new_int64(v[i].failures));
        json_object_object_add(o, "backlog",
                               v[i].has_backlog ? json_object_new_int64(v[i].backlog) : NULL);
        json_object_object_add(o, "last_error", str_or_null(v[i].last_error));
        if (v[i].cursor)
            od_json_parse(v[i].cursor, strlen(v[i].cursor), &cur);
        json_object_object_add(o, "cursor", cur);
        json_object_object_add(o, "open_dead_letters",
                               json_object_new_int64(v[i].open_dead_letters));
        json_object_object_add(o, "reconciled_at",
                               str_or_null(od_display_text(v[i].reconciled_at, at[0])));
        json_object_object_add(o, "reconcile_ok",
                               v[i].reconcile_ok < 0 ? NULL
                                                     : json_object_new_boolean(v[i].reconcile_ok));
        json_object_object_add(o, "reconcile_result", str_or_null(v[i].reconcile_result));
        json_object_array_add(arr, o);
    }
    return arr;
}

struct json_object *od_api_deadletters_json(const struct od_deadletter_entry *v, size_t n)
{
    struct json_object *arr = json_object_new_array();

    for (size_t i = 0; arr && i < n; i++) {
        struct json_object *o = json_object_new_object();
        char t[OD_TIME_STRLEN];

        json_object_object_add(o, "id", json_object_new_int64(v[i].id));
        json_object_object_add(o, "channel", json_object_new_string(v[i].channel));
        json_object_object_add(o, "source_ref", json_object_new_string(v[i].source_ref));
        json_object_object_add(o, "state", json_object_new_string(v[i].state));
        json_object_object_add(o, "seen_count", json_object_new_int64(v[i].seen_count));
        json_object_object_add(o, "retry_count", json_object_new_int64(v[i].retry_count));
        json_object_object_add(o, "first_seen",
                               json_object_new_string(od_display_seconds(v[i].first_seen, t)));
        json_object_object_add(o, "reason", json_object_new_string(v[i].reason));
        json_object_object_add(o, "external_id", str_or_null(v[i].external_id));
        json_object_object_add(o, "raw_bytes", json_object_new_int64((int64_t)v[i].raw_len));
        json_object_array_add(arr, o);
    }
    return arr;
}

/* The raw bytes as base64 in lines of 76 characters, as PostgreSQL's
 * encode(raw, 'base64') gives them. */
static struct json_object *base64_lines(const char *raw, size_t len)
{
    struct od_buf b64, out;
    struct json_object *j = NULL;

    od_buf_init(&b64, len / 3 * 4 + 8);
    od_buf_init(&out, len / 3 * 4 + len / 57 + 8);
    if (od_base64_encode(raw, len, &b64) == 0) {
        for (size_t i = 0; i < b64.len; i += 76) {
            if (i)
                od_buf_addc(&out, '\n');
            od_buf_add(&out, b64.data + i, b64.len - i < 76 ? b64.len - i : 76);
        }
        j = json_object_new_string_len(out.data ? out.data : "", (int)out.len);
    }
    od_buf_free(&b64);
    od_buf_free(&out);
    return j;
}

struct json_object *od_api_deadletter_json(const struct od_deadletter_entry *d)
{
    struct json_object *o = json_object_new_object();
    char id[32], seen[32], retries[32], first[OD_TIME_STRLEN], last[OD_TIME_STRLEN];
    const char *v[12];
    static const char *const keys[12] = {
        "id",         "channel",   "source_ref", "external_id", "reason",           "state",
        "first_seen", "last_seen", "seen_count", "retry_count", "last_retry_error", "discarded_by"};

    if (!o)
        return NULL;
    od_display_time(d->first_seen, first);
    od_display_time(d->last_seen, last);
    snprintf(id, sizeof(id), "%lld", (long long)d->id);
    snprintf(seen, sizeof(seen), "%lld", (long long)d->seen_count);
    snprintf(retries, sizeof(retries), "%lld", (long long)d->retry_count);
    v[0] = id;
    v[1] = d->channel;
    v[2] = d->source_ref;
    v[3] = d->external_id;
    v[4] = d->reason;
    v[5] = d->state;
    v[6] = first;
    v[7] = last;
    v[8] = seen;
    v[9] = retries;
    v[10] = d->last_retry_error;
    v[11] = d->discarded_by;
    for (size_t k = 0; k < 12; k++) {
        if (k == 10)
            json_object_object_add(o, "raw_base64", base64_lines(d->raw, d->raw_len));
        json_object_object_add(o, keys[k], str_or_null(v[k]));
    }
    return o;
}

const char *od_api_json_text(struct json_object *j)
{
    return json_object_to_json_string_ext(j,
                                          JSON_C_TO_STRING_PRETTY | JSON_C_TO_STRING_NOSLASHESCAPE);
}
