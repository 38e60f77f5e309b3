/* Feed file parsers for NDJSON (one normalized order per line) and JSON
 * (an array of normalized orders, or one order). A line or element that
 * is not an order becomes a dead unit naming the file and where. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "charset.h"
#include "error.h"
#include "feed.h"
#include "json.h"
#include "stats.h"

static int json_unit(const struct orderfile_opts *s, const char *channel, const char *ref,
                     struct json_object *obj, const char *raw, size_t raw_len, struct feed_units *u)
{
    struct od_json_opts opts = {.tz = s->timezone, .currency = s->currency};
    struct od_order *o = NULL;
    struct json_object *idobj = NULL;
    const char *id = NULL;
    char why[REASON_MAX];

    if (json_object_is_type(obj, json_type_object) &&
        json_object_object_get_ex(obj, "external_id", &idobj) &&
        json_object_is_type(idobj, json_type_string))
        id = json_object_get_string(idobj);
    if (od_order_from_json(obj, &opts, &o) < 0 ||
        od_str_set(&o->channel, channel, strlen(channel)) < 0 || feed_finish_order(s, o) < 0) {
        snprintf(why, sizeof(why), "%s: %s", ref, od_error_last());
        od_order_free(o);
        return feed_add_unit(u, NULL, id, ref, why, raw, raw_len);
    }
    return feed_add_unit(u, o, id, ref, NULL, raw, raw_len);
}

int feed_ndjson_line(const struct orderfile_opts *s, struct od_conv *conv, struct od_buf *text,
                     const char *channel, const char *name, uint64_t line, const char *data,
                     size_t len, size_t raw_len, struct feed_units *u)
{
    char ref[300], why[REASON_MAX];
    struct json_object *obj = NULL;
    bool blank = true;
    uint64_t t0;
    int rc;

    for (size_t i = 0; i < len && blank; i++)
        if (data[i] != ' ' && data[i] != '\t' && data[i] != '\r')
            blank = false;
    if (blank)
        return 0;
    snprintf(ref, sizeof(ref), "%s:%llu", name, (unsigned long long)line);
    od_buf_reset(text);
    t0 = od_stats_now();
    rc = od_conv_run(conv, data, len, text);
    od_stats_add(OD_STAGE_READ, od_stats_now() - t0);
    if (rc < 0 || od_json_parse(text->data, text->len, &obj) < 0) {
        snprintf(why, sizeof(why), "%s: %s", ref, od_error_last());
        rc = feed_add_unit(u, NULL, NULL, ref, why, data, raw_len);
    } else {
        rc = json_unit(s, channel, ref, obj, data, raw_len, u);
    }
    json_object_put(obj);
    return rc;
}

int feed_parse_ndjson(const struct orderfile_opts *s, const char *channel, const char *name,
                      const char *data, size_t len, struct feed_units *u)
{
    struct od_conv *conv = NULL;
    struct od_buf text;
    size_t start = 0;
    uint64_t line = 1;
    int rc;

    rc = od_conv_open(s->encoding, &conv);
    if (rc < 0)
        return feed_dead_file(u, name, data, len, od_error_last());
    od_buf_init(&text, (size_t)1 << 31);
    if (len >= 3 && memcmp(data, "\xEF\xBB\xBF", 3) == 0)
        start = 3;
    while (start < len && rc == 0) {
        const char *nl = memchr(data + start, '\n', len - start);
        size_t end = nl ? (size_t)(nl - data) : len;
        size_t next = nl ? end + 1 : len;

        rc = feed_ndjson_line(s, conv, &text, channel, name, line, data + start, end - start,
                              next - start, u);
        start = next;
        line++;
    }
    od_buf_free(&text);
    od_conv_free(conv);
    return rc;
}

int feed_parse_json(const struct orderfile_opts *s, const char *channel, const char *name,
                    const char *data, size_t len, struct feed_units *u)
{
    struct od_conv *conv = NULL;
    struct json_object *doc = NULL;
    struct od_buf text;
    char why[REASON_MAX];
    size_t skip = 0;
    int rc;

    if (len >= 3 && memcmp(data, "\xEF\xBB\xBF", 3) == 0)
        skip = 3;
    od_buf_init(&text, (size_t)1 << 31);
    rc = od_conv_open(s->encoding, &conv);
    if (rc == 0)
        rc = od_conv_run(conv, data + skip, len - skip, &text);
    if (rc == 0)
        rc = od_json_parse(text.data ? text.data : "", text.len, &doc);
    if (rc < 0) {
        snprintf(why, sizeof(why), "%s: %s", name, od_error_last());
        rc = feed_dead_file(u, name, data, len, why);
        goto out;
    }
    if (json_object_is_type(doc, json_type_object)) {
        rc = json_unit(s, channel, name, doc, data, len, u);
    } else if (json_object_is_type(doc, json_type_array)) {
        size_t n = json_object_array_length(doc);

        for (size_t i = 0; i < n && rc == 0; i++) {
            struct json_object *e = json_object_array_get_idx(doc, i);
            const char *etext = json_object_to_json_string_ext(e, JSON_C_TO_STRING_PLAIN);
            char ref[300];

            snprintf(ref, sizeof(ref), "%s:[%zu]", name, i);
            rc = json_unit(s, channel, ref, e, etext, strlen(etext), u);
        }
    } else {
        rc = feed_dead_file(u, name, data, len, "expected a JSON array of orders or one order");
    }
out:
    json_object_put(doc);
    od_buf_free(&text);
    od_conv_free(conv);
    return rc;
}
