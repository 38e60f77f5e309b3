/* orderctl reconcile (see recon.h). */
#include "recon.h"

#include <json-c/json.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "buf.h"
#include "cli.h"
#include "clock.h"
#include "config.h"
#include "display.h"
#include "error.h"
#include "reconcile.h"
#include "store.h"
#include "table.h"

#define LOCK_WAIT_S 30

static int parse_when(const char *name, const char *v, od_time *out)
{
    char utc[OD_TIME_STRLEN];

    *out = OD_TIME_NONE;
    if (!v)
        return 0;
    /* A date the clerk types is a day in display.timezone. */
    if (od_display_arg(v, utc) < 0 || od_time_parse(utc, strlen(utc), NULL, out) < 0) {
        fprintf(stderr, "orderctl: --%s: %s\n", name, od_error_last());
        return -1;
    }
    return 0;
}

int orderctl_reconcile_check(const struct reconcile_opts *o)
{
    od_time a, b;

    if (strcmp(o->format, "table") && strcmp(o->format, "json")) {
        fprintf(stderr, "orderctl: unknown --format '%s' (table, json)\n", o->format);
        return OD_EXIT_USAGE;
    }
    if (!o->since) {
        fprintf(stderr, "orderctl: reconcile needs --since DATE\n");
        return OD_EXIT_USAGE;
    }
    if (parse_when("since", o->since, &a) < 0 || parse_when("until", o->until, &b) < 0)
        return OD_EXIT_USAGE;
    if (b != OD_TIME_NONE && b <= a) {
        fprintf(stderr, "orderctl: --until must be later than --since\n");
        return OD_EXIT_USAGE;
    }
    return 0;
}

/* The channel's lease, waiting up to LOCK_WAIT_S for a running poll. */
static int lock_channel(struct od_store *s, const char *name, bool *locked)
{
    int rc = 0;

    for (int i = 0; rc == 0 && !*locked; i++) {
        rc = od_store_lock_channel(s, name, locked);
        if (rc == 0 && !*locked) {
            struct timespec ts = {0, 200 * 1000 * 1000};

            if (i >= LOCK_WAIT_S * 5)
                return od_error_set(OD_EBUSY,
                                    "an orderd instance holds the channel for more than %d s",
                                    LOCK_WAIT_S);
            nanosleep(&ts, NULL);
        }
    }
    return rc;
}

static void join_ids(const struct od_recon_window *w, struct od_buf *b)
{
    od_buf_reset(b);
    for (size_t i = 0; i < w->n_added; i++)
        od_buf_printf(b, "%s%s", i ? " " : "", w->added[i]);
    if (!w->n_added)
        od_buf_printf(b, "-");
}

static void print_table(const char *channel, const struct od_recon *r, size_t left)
{
    static const char *const cols[] = {"FROM",         "TO",    "PLATFORM", "STORED_BEFORE",
                                       "STORED_AFTER", "ADDED", NULL};
    struct od_table *t = od_table_new(cols);
    struct od_buf ids;
    size_t differed = 0, added = 0;
    char a[OD_TIME_STRLEN], b[OD_TIME_STRLEN];

    od_buf_init(&ids, 1 << 20);
    for (size_t i = 0; i < r->n; i++) {
        const struct od_recon_window *w = &r->w[i];
        char p[24], sb[24], sa[24];
        const char *row[7];

        if (!w->refetched)
            continue;
        differed++;
        added += w->n_added;
        snprintf(p, sizeof(p), "%lld", (long long)w->platform);
        snprintf(sb, sizeof(sb), "%lld", (long long)w->before);
        snprintf(sa, sizeof(sa), "%lld", (long long)w->after);
        join_ids(w, &ids);
        row[0] = od_display_time(w->from, a);
        row[1] = od_display_time(w->to, b);
        row[2] = p;
        row[3] = sb;
        row[4] = sa;
        row[5] = ids.data ? ids.data : "-";
        row[6] = NULL;
        od_table_row(t, row);
    }
    if (differed)
        od_table_print(t, stdout);
    printf("channel %s: %zu window%s from %s to %s; %zu differed, %zu order%s added, %zu still "
           "differ%s\n",
           channel, r->n, r->n == 1 ? "" : "s", od_display_time(r->w[0].from, a),
           od_display_time(r->w[r->n - 1].to, b), differed, added, added == 1 ? "" : "s", left,
           left == 1 ? "s" : "");
    od_buf_free(&ids);
    od_table_free(t);
}

static void print_json(const char *channel, const struct od_recon *r, size_t left)
{
    struct json_object *o = json_object_new_object(), *ws = json_object_new_array();
    char a[OD_TIME_STRLEN];

    json_object_object_add(o, "channel", json_object_new_string(channel));
    for (size_t i = 0; i < r->n; i++) {
        const struct od_recon_window *w = &r->w[i];
        struct json_object *j = json_object_new_object(), *ids = json_object_new_array();

        json_object_object_add(j, "from", json_object_new_string(od_display_time(w->from, a)));
        json_object_object_add(j, "to", json_object_new_string(od_display_time(w->to, a)));
        json_object_object_add(j, "platform", json_object_new_int64(w->platform));
        json_object_object_add(j, "stored_before", json_object_new_int64(w->before));
        json_object_object_add(j, "stored_after", json_object_new_int64(w->after));
        json_object_object_add(j, "refetched", json_object_new_boolean(w->refetched));
        for (size_t k = 0; k < w->n_added; k++)
            json_object_array_add(ids, json_object_new_string(w->added[k]));
        json_object_object_add(j, "added", ids);
        json_object_array_add(ws, j);
    }
    json_object_object_add(o, "windows", ws);
    json_object_object_add(o, "still_differ", json_object_new_int64((int64_t)left));
    puts(json_object_to_json_string_ext(o,
                                        JSON_C_TO_STRING_PRETTY | JSON_C_TO_STRING_NOSLASHESCAPE));
    json_object_put(o);
}

int orderctl_reconcile(struct od_store *s, const struct od_config *cfg,
                       const struct od_rules *rules, const char *channel,
                       const struct reconcile_opts *o)
{
    struct od_channel *ch = od_config_channel(cfg, channel);
    const struct od_connector *conn;
    struct od_recon r = {0};
    void *state = NULL;
    int64_t width_ms = 0, lag_ms = 0;
    od_time since, until, limit;
    bool locked = false;
    int rc;

    if (!ch) {
        fprintf(stderr, "orderctl: no channel named '%s' in the configuration\n", channel);
        return OD_EXIT_USAGE;
    }
    conn = ch->connector;
    if (!OD_CONNECTOR_CAN_COUNT(conn)) {
        fprintf(stderr,
                "orderctl: reconcile: channel %s (%s) cannot count its orders: reconciliation "
                "needs a platform that answers a count per window (taobao, jd, pinduoduo, "
                "douyin, shopify, woocommerce)\n",
                channel, conn->kind);
        return OD_EXIT_USAGE;
    }
    parse_when("since", o->since, &since);
    parse_when("until", o->until, &until);
    rc = conn->open(ch, &state);
    if (rc == 0) {
        conn->count_limits(state, &width_ms, &lag_ms);
        /* the platform's data is complete only up to now - lag */
        limit = od_clock_now() - lag_ms * 1000;
        if (until == OD_TIME_NONE || until > limit)
            until = limit;
        rc = od_recon_split(since, until, width_ms, &r);
    }
    if (rc == 0)
        rc = od_store_sync_channels(s, &ch, 1);
    if (rc == 0)
        rc = lock_channel(s, channel, &locked);
    if (rc == 0) {
        struct od_recon_run run = {
            .channel = channel, .conn = conn, .state = state, .rules = rules};

        rc = od_recon_run(s, &run, &r);
    }
    if (locked)
        od_store_unlock_channel(s, channel);
    if (state)
        conn->close(state);
    if (rc < 0) {
        fprintf(stderr, "orderctl: reconcile %s: %s\n", channel, od_error_last());
        od_recon_free(&r);
        return OD_EXIT_FAIL;
    }
    if (strcmp(o->format, "json") == 0)
        print_json(channel, &r, od_recon_left(&r));
    else
        print_table(channel, &r, od_recon_left(&r));
    rc = od_recon_left(&r) ? OD_EXIT_FAIL : OD_EXIT_OK;
    od_recon_free(&r);
    return rc;
}
