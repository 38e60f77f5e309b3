/* Reconciliation against the platform's counts: see reconcile.h. */
#include "reconcile.h"

#include <json-c/json.h>
#include <libpq-fe.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "clock.h"
#include "config.h"
#include "error.h"
#include "json.h"
#include "store.h"

#define SEC         1000000LL
#define MAX_WINDOWS 100000
#define MIN_PERIOD  (60 * SEC)
#define MAX_POLLS   100000 /* polls of one re-fetched window: a connector that never ends it */

static const char count_sql[] = "SELECT count(*) FROM orders WHERE channel = $1"
                                " AND source_updated_at >= $2 AND source_updated_at < $3";
static const char ids_sql[] = "SELECT external_id FROM orders WHERE channel = $1"
                              " AND source_updated_at >= $2 AND source_updated_at < $3"
                              " ORDER BY external_id COLLATE \"C\"";

static od_time floor_sec(od_time t)
{
    return t - ((t % SEC) + SEC) % SEC;
}

static void free_ids(char **v, size_t n)
{
    for (size_t i = 0; i < n; i++)
        free(v[i]);
    free(v);
}

void od_recon_free(struct od_recon *r)
{
    if (!r)
        return;
    for (size_t i = 0; i < r->n; i++) {
        free_ids(r->w[i].added, r->w[i].n_added);
        free_ids(r->w[i].prev, r->w[i].n_prev);
    }
    free(r->w);
    memset(r, 0, sizeof(*r));
}

int od_recon_split(od_time since, od_time until, int64_t width_ms, struct od_recon *r)
{
    int64_t width, secs, n, each, extra;
    od_time from, to;

    od_recon_free(r);
    /* OD_TIME_NONE is INT64_MIN: nothing is computed from it */
    if (since == OD_TIME_NONE || until == OD_TIME_NONE || until <= since ||
        width_ms > INT64_MAX / 1000)
        return od_error_set(OD_EINVAL, "the period is shorter than a minute (or ends before it "
                                       "starts)");
    width = floor_sec(width_ms * 1000);
    from = floor_sec(since);
    to = floor_sec(until);
    if (width < MIN_PERIOD)
        width = MIN_PERIOD;
    if (to - from < MIN_PERIOD)
        return od_error_set(OD_EINVAL, "the period is shorter than a minute (or ends before it "
                                       "starts)");
    if ((to - from) / width >= MAX_WINDOWS)
        return od_error_set(OD_EINVAL, "the period holds more than %d windows of %lld s",
                            MAX_WINDOWS, (long long)(width / SEC));
    /* n windows of equal width (whole seconds, the first ones a second
     * wider), so none is a sliver a platform refuses (TOP: end > start) */
    n = (to - from + width - 1) / width;
    secs = (to - from) / SEC;
    each = secs / n;
    extra = secs % n;
    r->w = calloc((size_t)n, sizeof(*r->w));
    if (!r->w)
        return od_error_set(OD_ENOMEM, "out of memory");
    for (int64_t i = 0; i < n; i++) {
        struct od_recon_window *w = &r->w[i];

        w->from = i ? r->w[i - 1].to : from;
        w->to = w->from + (each + (i < extra ? 1 : 0)) * SEC;
        w->platform = w->before = w->after = -1;
    }
    r->n = (size_t)n;
    return 0;
}

bool od_recon_differs(const struct od_recon_window *w, int64_t stored)
{
    return w->platform >= 0 && w->platform != stored;
}

size_t od_recon_left(const struct od_recon *r)
{
    size_t n = 0;

    for (size_t i = 0; i < r->n; i++)
        if (od_recon_differs(&r->w[i], r->w[i].after))
            n++;
    return n;
}

int od_recon_new_ids(char *const *a, size_t n_a, char *const *b, size_t n_b, char ***out,
                     size_t *n_out)
{
    char **v = NULL;
    size_t n = 0, j = 0;
    int rc = 0;

    *out = NULL;
    *n_out = 0;
    if (n_a == 0)
        return 0;
    v = calloc(n_a, sizeof(*v));
    if (!v)
        return od_error_set(OD_ENOMEM, "out of memory");
    for (size_t i = 0; i < n_a && rc == 0; i++) {
        int c = 1;

        while (j < n_b && (c = strcmp(b[j], a[i])) < 0)
            j++;
        if (j < n_b && c == 0)
            continue;
        v[n] = strdup(a[i]);
        if (!v[n])
            rc = od_error_set(OD_ENOMEM, "out of memory");
        else
            n++;
    }
    if (rc < 0) {
        free_ids(v, n);
        return rc;
    }
    *out = v;
    *n_out = n;
    return 0;
}

/* The window's bounds as query parameters. */
struct wparams {
    char from[OD_TIME_STRLEN], to[OD_TIME_STRLEN];
    const char *p[3];
};

static void wparams_set(struct wparams *wp, const char *channel, const struct od_recon_window *w)
{
    od_time_format(w->from, wp->from);
    od_time_format(w->to, wp->to);
    wp->p[0] = channel;
    wp->p[1] = wp->from;
    wp->p[2] = wp->to;
}

static int stored_count(struct od_store *s, const char *channel, const struct od_recon_window *w,
                        int64_t *n)
{
    struct wparams wp;
    PGresult *r = NULL;
    int rc;

    wparams_set(&wp, channel, w);
    rc = od_store_query(s, count_sql, 3, wp.p, &r);
    if (rc == 0)
        *n = strtoll(PQgetvalue(r, 0, 0), NULL, 10);
    PQclear(r);
    return rc;
}

/* The external ids stored in the window, sorted bytewise. */
static int stored_ids(struct od_store *s, const char *channel, const struct od_recon_window *w,
                      char ***out, size_t *n_out)
{
    struct wparams wp;
    PGresult *r = NULL;
    char **v = NULL;
    size_t n = 0, rows;
    int rc;

    *out = NULL;
    *n_out = 0;
    wparams_set(&wp, channel, w);
    rc = od_store_query(s, ids_sql, 3, wp.p, &r);
    if (rc < 0)
        return rc;
    rows = (size_t)PQntuples(r);
    v = calloc(rows + 1, sizeof(*v));
    if (!v)
        rc = od_error_set(OD_ENOMEM, "out of memory");
    for (; rc == 0 && n < rows; n++) {
        v[n] = strdup(PQgetvalue(r, (int)n, 0));
        if (!v[n])
            rc = od_error_set(OD_ENOMEM, "out of memory");
    }
    PQclear(r);
    if (rc < 0) {
        free_ids(v, n);
        return rc;
    }
    *out = v;
    *n_out = rows;
    return 0;
}

/* The window cursor (lib/connector.h, connectors/common/window.h) of a
 * walk of [from, to] that has not started: the connector's own poll then
 * pages exactly that window. */
static int window_cursor(const struct od_recon_window *w, char **out)
{
    struct json_object *o = json_object_new_object();
    char a[OD_TIME_STRLEN], b[OD_TIME_STRLEN];
    int rc = 0;

    if (!o)
        return od_error_set(OD_ENOMEM, "out of memory");
    od_time_format(w->from, a);
    od_time_format(w->to, b);
    json_object_object_add(o, "watermark", json_object_new_string(a));
    json_object_object_add(o, "window_to", json_object_new_string(b));
    json_object_object_add(o, "after", json_object_new_string(a));
    *out = strdup(json_object_to_json_string_ext(o, JSON_C_TO_STRING_PLAIN));
    if (!*out)
        rc = od_error_set(OD_ENOMEM, "out of memory");
    json_object_put(o);
    return rc;
}

/* The cursor a poll wrote still has the window open. */
static bool window_open(const char *cursor)
{
    struct json_object *doc = NULL;
    bool open;

    if (!cursor || od_json_parse(cursor, strlen(cursor), &doc) < 0)
        return false;
    open = od_json_text(doc, "window_to") != NULL;
    json_object_put(doc);
    return open;
}

/* Fetch the window again through the connector's poll, committing each
 * batch without its cursor (the channel's own stays as it is). */
static int refetch(struct od_store *s, const struct od_recon_run *o,
                   const struct od_recon_window *w, struct od_recon *r)
{
    struct od_batch b;
    char *cursor = NULL;
    int rc, polls = 0;

    od_batch_init(&b, 0);
    b.stop = o->stop;
    b.stop_ud = o->stop_ud;
    rc = window_cursor(w, &cursor);
    while (rc == 0) {
        struct od_cursor from = {cursor};
        struct od_ingest_result res = {0};

        od_batch_reset(&b);
        rc = o->conn->poll(o->state, &from, &b);
        if (rc < 0)
            break;
        if (b.cursor) {
            free(cursor);
            cursor = b.cursor;
            b.cursor = NULL; /* not the channel's cursor: never committed */
        }
        if (b.n_orders || b.n_dead) {
            rc = od_store_ingest(s, o->channel, 0, &b, o->rules, &res);
            if (rc < 0)
                break;
            r->n_new += res.n_new;
            r->n_updated += res.n_updated;
            r->n_unchanged += res.n_unchanged;
            r->n_dead += res.n_dead;
        }
        if (!b.more || !window_open(cursor))
            break;
        if (o->stop && o->stop(o->stop_ud)) {
            rc = od_error_set(OD_EAGAIN, "stopped");
            break;
        }
        if (++polls >= MAX_POLLS) {
            rc = od_error_set(OD_EIO, "the connector did not finish the window in %d polls",
                              MAX_POLLS);
            break;
        }
    }
    free(cursor);
    od_batch_free(&b);
    return rc;
}

static int window_error(int rc, const struct od_recon_window *w)
{
    char a[OD_TIME_STRLEN], b[OD_TIME_STRLEN];

    return od_error_wrap(rc, "window %s .. %s", od_time_format(w->from, a),
                         od_time_format(w->to, b));
}

int od_recon_run(struct od_store *s, const struct od_recon_run *o, struct od_recon *r)
{
    int rc = 0;
    size_t i;

    if (!OD_CONNECTOR_CAN_COUNT(o->conn))
        return od_error_set(OD_ECONFIG, "a %s channel cannot count its orders", o->conn->kind);
    /* 1. count both sides; keep the ids of the windows that differ */
    for (i = 0; i < r->n && rc == 0; i++) {
        struct od_recon_window *w = &r->w[i];
        struct od_count_window cw = {w->from, w->to, o->stop, o->stop_ud};

        rc = o->conn->count(o->state, &cw, &w->platform);
        if (rc == 0)
            rc = stored_count(s, o->channel, w, &w->before);
        w->after = w->before;
        if (rc == 0 && od_recon_differs(w, w->before))
            rc = stored_ids(s, o->channel, w, &w->prev, &w->n_prev);
        if (rc < 0)
            return window_error(rc, w);
    }
    /* 2. fetch the differing windows again (an order that moved from one
     * window to another is counted right only once both are done) */
    for (i = 0; i < r->n && rc == 0; i++) {
        struct od_recon_window *w = &r->w[i];

        if (!od_recon_differs(w, w->before))
            continue;
        rc = refetch(s, o, w, r);
        if (rc < 0)
            return window_error(rc, w);
        w->refetched = true;
    }
    /* 3. count the re-fetched ones again; what is new in each */
    for (i = 0; i < r->n && rc == 0; i++) {
        struct od_recon_window *w = &r->w[i];
        char **now = NULL;
        size_t n_now = 0;

        if (!w->refetched)
            continue;
        rc = stored_ids(s, o->channel, w, &now, &n_now);
        if (rc == 0) {
            w->after = (int64_t)n_now;
            rc = od_recon_new_ids(now, n_now, w->prev, w->n_prev, &w->added, &w->n_added);
        }
        free_ids(now, n_now);
        if (rc < 0)
            return window_error(rc, w);
    }
    return rc;
}

void od_recon_summary(const struct od_recon *r, char *buf, size_t size)
{
    size_t differed = 0, added = 0, left = od_recon_left(r);

    for (size_t i = 0; i < r->n; i++) {
        differed += r->w[i].refetched;
        added += r->w[i].n_added;
    }
    snprintf(buf, size, "%zu window%s, %zu differed, %zu order%s added, %zu still differ%s", r->n,
             r->n == 1 ? "" : "s", differed, added, added == 1 ? "" : "s", left,
             left == 1 ? "s" : "");
}

/* The run on the channel's row; `first`: the time the first run counts
 * from (reconcile_ok stays NULL), only when none is recorded yet. */
static int record(struct od_store *s, const char *channel, bool ok, const char *result, bool first)
{
    const char *p[3] = {channel, ok ? "t" : "f", result};
    PGresult *r = NULL;
    int rc;

    if (first)
        rc = od_store_query(s,
                            "UPDATE channels SET reconciled_at = now(), reconcile_result = $3"
                            " WHERE name = $1 AND reconciled_at IS NULL AND $2::boolean",
                            3, p, &r);
    else
        rc = od_store_query(s,
                            "UPDATE channels SET reconciled_at = now(), reconcile_ok = $2,"
                            " reconcile_result = $3 WHERE name = $1",
                            3, p, &r);
    PQclear(r);
    return rc;
}

static int last_run(struct od_store *s, const char *channel, od_time *last)
{
    const char *p[1] = {channel};
    PGresult *r = NULL;
    int rc;

    /* as text in UTC, which od_time_parse reads */
    rc = od_store_query(s,
                        "SELECT to_char(reconciled_at AT TIME ZONE 'UTC',"
                        " 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"') FROM channels WHERE name = $1",
                        1, p, &r);
    *last = OD_TIME_NONE;
    if (rc == 0 && PQntuples(r) == 1 && !PQgetisnull(r, 0, 0))
        rc = od_time_parse(PQgetvalue(r, 0, 0), (size_t)PQgetlength(r, 0, 0), NULL, last);
    PQclear(r);
    return rc;
}

int od_recon_periodic(struct od_store *s, struct od_channel *ch, void *state,
                      const struct od_rules *rules, bool (*stop)(void *ud), void *stop_ud,
                      od_time *last, char *line, size_t size)
{
    const struct od_connector *c = ch->connector;
    struct od_recon_run run = {ch->name, c, state, rules, stop, stop_ud};
    struct od_recon r = {0};
    int64_t width_ms = 0, lag_ms = 0;
    od_time now = od_clock_now(), until;
    char result[600];
    int rc;

    line[0] = '\0';
    if (!ch->reconcile.enabled || !OD_CONNECTOR_CAN_COUNT(c))
        return 0;
    if (*last == OD_TIME_NONE) {
        rc = last_run(s, ch->name, last);
        if (rc < 0)
            return rc;
        if (*last == OD_TIME_NONE) {
            /* never ran: the first sync just read everything; the first
             * run is due `every` from now, which the row keeps */
            *last = now;
            return record(s, ch->name, true, "first run due after `every`", true);
        }
    }
    if (now - *last < ch->reconcile.every_ms * 1000)
        return 0;
    c->count_limits(state, &width_ms, &lag_ms);
    until = now - lag_ms * 1000;
    rc = od_recon_split(until - ch->reconcile.window_ms * 1000, until, width_ms, &r);
    if (rc == 0)
        rc = od_recon_run(s, &run, &r);
    if (rc == OD_EAGAIN && stop && stop(stop_ud))
        goto out; /* stopped: runs again after the restart */
    *last = now;
    if (rc < 0) {
        snprintf(result, sizeof(result), "failed: %s", od_error_last());
        snprintf(line, size, "%s", result);
        record(s, ch->name, false, result, false);
        rc = od_error_set(rc, "%s", line + strlen("failed: "));
        goto out;
    }
    od_recon_summary(&r, line, size);
    rc = record(s, ch->name, od_recon_left(&r) == 0, line, false);
    if (rc == 0)
        rc = od_recon_left(&r) ? 2 : 1;
out:
    od_recon_free(&r);
    return rc;
}
