#include "window.h"

#include <json-c/json.h>
#include <stdlib.h>
#include <string.h>

#include "error.h"
#include "http.h"
#include "json.h"

int od_window_parse_start(const char *v, od_time *out)
{
    int64_t ms;

    if (od_duration_parse(v, &ms) == 0) {
        *out = od_clock_now() - ms * 1000;
        return 0;
    }
    return od_time_parse(v, strlen(v), NULL, out);
}

static int read_time(struct json_object *doc, const char *key, od_time *out)
{
    const char *v = od_json_text(doc, key);

    *out = OD_TIME_NONE;
    return v ? od_time_parse(v, strlen(v), NULL, out) : 0;
}

int od_window_read(const struct od_cursor *from, struct od_window *w)
{
    struct json_object *doc = NULL;
    const char *v;
    int rc;

    memset(w, 0, sizeof(*w));
    w->watermark = w->window_to = w->after = w->second = OD_TIME_NONE;
    if (!from || !from->json)
        return 0;
    rc = od_json_parse(from->json, strlen(from->json), &doc);
    if (rc == 0)
        rc = read_time(doc, "watermark", &w->watermark);
    if (rc == 0)
        rc = read_time(doc, "window_to", &w->window_to);
    if (rc == 0)
        rc = read_time(doc, "after", &w->after);
    if (rc == 0)
        rc = read_time(doc, "second", &w->second);
    if (rc == 0 && (v = od_json_text(doc, "page")) != NULL)
        w->page = strtoll(v, NULL, 10);
    if (rc == 0 && (v = od_json_text(doc, "page_size")) != NULL)
        w->page_size = strtoll(v, NULL, 10);
    if (rc == 0 && (w->page < 0 || w->page_size < 0 || (w->page > 0 && w->page_size > 1000000)))
        rc = od_error_set(OD_EINVAL, "page %lld, page_size %lld out of range", (long long)w->page,
                          (long long)w->page_size);
    if (rc == 0 && (v = od_json_text(doc, "next")) != NULL) {
        w->next = strdup(v);
        if (!w->next)
            rc = od_error_set(OD_ENOMEM, "out of memory");
    }
    json_object_put(doc);
    if (rc < 0) {
        od_window_clear(w);
        return od_error_wrap(rc, "cursor");
    }
    return 0;
}

static void put_time(struct json_object *o, const char *key, od_time t)
{
    char buf[OD_TIME_STRLEN];

    json_object_object_add(
        o, key, t == OD_TIME_NONE ? NULL : json_object_new_string(od_time_format(t, buf)));
}

int od_window_write(struct od_batch *b, const struct od_window *w)
{
    struct json_object *o = json_object_new_object();
    int rc;

    if (!o)
        return od_error_set(OD_ENOMEM, "out of memory");
    put_time(o, "watermark", w->watermark);
    put_time(o, "window_to", w->window_to);
    if (w->next)
        json_object_object_add(o, "next", json_object_new_string(w->next));
    if (w->after != OD_TIME_NONE)
        put_time(o, "after", w->after);
    if (w->second != OD_TIME_NONE)
        put_time(o, "second", w->second);
    if (w->page > 0) {
        json_object_object_add(o, "page", json_object_new_int64(w->page));
        json_object_object_add(o, "page_size", json_object_new_int64(w->page_size));
    }
    rc = od_batch_set_cursor(b, json_object_to_json_string_ext(o, JSON_C_TO_STRING_PLAIN));
    json_object_put(o);
    return rc;
}

void od_window_clear(struct od_window *w)
{
    free(w->next);
    w->next = NULL;
}

int od_window_bounds(const struct od_window *w, int64_t overlap_ms, int64_t lag_ms,
                     const char *start_from, od_time *start, od_time *end)
{
    od_time to = od_clock_now() - lag_ms * 1000;
    od_time from = OD_TIME_NONE;

    if (w->watermark != OD_TIME_NONE)
        from = w->watermark - overlap_ms * 1000;
    else if (start_from && od_window_parse_start(start_from, &from) < 0)
        from = OD_TIME_NONE;
    if (from != OD_TIME_NONE && from >= to)
        return 0;
    *start = from;
    *end = to;
    return 1;
}

od_time od_window_second(od_time t)
{
    return t - ((t % 1000000) + 1000000) % 1000000;
}

int od_window_open(struct od_window *w, int64_t overlap_ms, int64_t lag_ms, const char *start_from,
                   int64_t max_window_ms)
{
    int64_t width = od_window_second(max_window_ms * 1000);
    od_time start, end, limit;

    if (!od_window_bounds(w, overlap_ms, lag_ms, start_from, &start, &end))
        return 0;
    limit = od_window_second(end);
    start = start == OD_TIME_NONE ? limit - width : od_window_second(start);
    end = start + width < limit ? start + width : limit;
    if (end <= start)
        return 0;
    w->after = start;
    w->window_to = end;
    w->second = OD_TIME_NONE;
    w->page = 0;
    return 1;
}

void od_window_read_old_page(struct od_window *w, enum od_window_old_page old, int64_t size)
{
    if (w->page <= 0 || w->page_size > 0)
        return;
    switch (old) {
    case OD_WINDOW_OLD_UNREAD:
        w->page = (w->page + size - 1) / size;
        break;
    case OD_WINDOW_OLD_NEXT:
        break;
    case OD_WINDOW_OLD_DY_INDEX:
        /* The one-second walk was at `after`; page 1 was its first
         * request (to learn its size), page k >= 2 its page k - 2. */
        w->second = w->after;
        w->page = w->page >= 2 ? w->page - 1 : 0;
        break;
    }
    w->page_size = size;
}

void od_window_page_size(struct od_window *w, int64_t size, bool backward)
{
    if (w->page > 0 && w->page_size > 0 && w->page_size != size) {
        if (backward)
            w->page = (w->page * w->page_size + size - 1) / size;
        else
            w->page = (w->page - 1) * w->page_size / size + 1;
    }
    w->page_size = size;
}

int od_window_walk_check(int64_t total, int64_t size)
{
    if (size > 0 && total > (int64_t)OD_WINDOW_MAX_PAGES * size)
        return od_error_set(OD_EIO,
                            "the platform counts %lld orders in one window, more than %d pages "
                            "of %lld: refused (a server that pages in a loop, or a window too "
                            "wide: lower max_window)",
                            (long long)total, OD_WINDOW_MAX_PAGES, (long long)size);
    return 0;
}

int64_t od_window_walk_start(struct od_window *w, int64_t total, int64_t size)
{
    int rc = od_window_walk_check(total, size);

    if (rc < 0)
        return rc;
    w->page_size = size;
    w->page = total > size ? (total + size - 1) / size : 0;
    return w->page;
}

int64_t od_window_walk_back(struct od_window *w, int64_t total)
{
    int64_t left = w->page > 0 ? w->page - 1 : 0;

    if (total >= 0 && w->page_size > 0 && total < left * w->page_size)
        left = (total + w->page_size - 1) / w->page_size;
    w->page = left;
    return left;
}

void od_window_http_log(void *ud, const char *method, const char *url, long status,
                        int64_t latency_ms, const char *error)
{
    const struct od_channel *ch = ud;

    if (status)
        od_channel_log(ch, OD_CH_DEBUG, "%s %s -> %ld (%lld ms)", method, url, status,
                       (long long)latency_ms);
    else
        od_channel_log(ch, OD_CH_DEBUG, "%s %s -> %s (%lld ms)", method, url, error,
                       (long long)latency_ms);
}

int od_api_http_new(struct od_channel *ch, const char *ca_file, int64_t timeout_ms,
                    struct od_http **out)
{
    struct od_http_opts o = {0};

    o.ca_file = ca_file;
    o.timeout_ms = timeout_ms;
    o.hook = od_window_http_log;
    o.hook_ud = ch;
    return od_http_new(&o, out);
}

int od_api_reparse(od_normalize_fn normalize, const char *channel, const struct od_dead_letter *d,
                   struct od_batch *out)
{
    struct json_object *j = NULL;
    struct od_order *o = NULL;
    int rc;

    rc = od_json_parse(d->raw, d->raw_len, &j);
    if (rc == 0)
        rc = normalize(j, channel, &o);
    if (rc == 0)
        rc = od_batch_add_order(out, o, d->raw, d->raw_len);
    json_object_put(j);
    return rc == OD_ENOMEM ? rc : rc < 0 ? OD_EINVAL : 0;
}
