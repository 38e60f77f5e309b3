/* Dead letters: see deadletter.h. Retry stores what the re-parse gives
 * through the sink (od_store_ingest in this transaction), so a retried
 * order is audited like any other. */
#include "deadletter.h"

#include <libpq-fe.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "config.h"
#include "connector.h"
#include "error.h"
#include "store_int.h"

#define RETRY_BATCH_MAX 100000

/* The columns both queries read, in struct order; times as microseconds
 * since the epoch (od_time). */
#define DL_COLUMNS                                                                                 \
    "id, channel, source_ref, external_id, reason, state,"                                         \
    " (extract(epoch FROM first_seen) * 1000000)::bigint,"                                         \
    " (extract(epoch FROM last_seen) * 1000000)::bigint,"                                          \
    " seen_count, retry_count, last_retry_error, length(raw), discarded_by"

void od_deadletter_clear(struct od_deadletter_entry *d)
{
    if (!d)
        return;
    free(d->channel);
    free(d->source_ref);
    free(d->external_id);
    free(d->reason);
    free(d->state);
    free(d->last_retry_error);
    free(d->discarded_by);
    free(d->raw);
    memset(d, 0, sizeof(*d));
}

void od_deadletter_list_free(struct od_deadletter_entry *v, size_t n)
{
    for (size_t i = 0; v && i < n; i++)
        od_deadletter_clear(&v[i]);
    free(v);
}

static int text(PGresult *r, int row, int col, char **out)
{
    if (PQgetisnull(r, row, col))
        return 0;
    *out = strdup(PQgetvalue(r, row, col));
    return *out ? 0 : od_error_set(OD_ENOMEM, "out of memory");
}

static int64_t num(PGresult *r, int row, int col)
{
    return PQgetisnull(r, row, col) ? 0 : strtoll(PQgetvalue(r, row, col), NULL, 10);
}

/* One row of DL_COLUMNS into *d (zeroed). */
static int from_row(PGresult *r, int row, struct od_deadletter_entry *d)
{
    int rc;

    d->id = num(r, row, 0);
    d->seen_count = num(r, row, 8);
    d->retry_count = num(r, row, 9);
    d->raw_len = (size_t)num(r, row, 11);
    d->first_seen = num(r, row, 6);
    d->last_seen = num(r, row, 7);
    if ((rc = text(r, row, 1, &d->channel)) < 0 || (rc = text(r, row, 2, &d->source_ref)) < 0 ||
        (rc = text(r, row, 3, &d->external_id)) < 0 || (rc = text(r, row, 4, &d->reason)) < 0 ||
        (rc = text(r, row, 5, &d->state)) < 0 ||
        (rc = text(r, row, 10, &d->last_retry_error)) < 0 ||
        (rc = text(r, row, 12, &d->discarded_by)) < 0)
        od_deadletter_clear(d);
    return rc;
}

int od_deadletter_list(struct od_store *s, const struct od_deadletter_filter *f,
                       struct od_deadletter_entry **out, size_t *n)
{
    char limit[32];
    const char *p[3] = {f ? f->channel : NULL, f && f->all ? "t" : "f", NULL};
    struct od_deadletter_entry *v = NULL;
    PGresult *r = NULL;
    size_t got = 0;
    int rc;

    if (f && f->limit > 0) {
        snprintf(limit, sizeof(limit), "%lld", (long long)f->limit);
        p[2] = limit;
    }
    rc = od_sink_query(s, "cannot list dead letters",
                       "SELECT " DL_COLUMNS " FROM dead_letters"
                       " WHERE ($1::text IS NULL OR channel = $1)"
                       " AND ($2::boolean OR state = 'open') ORDER BY id LIMIT $3::bigint",
                       3, p, &r);
    if (rc < 0)
        return rc;
    v = calloc((size_t)PQntuples(r) + 1, sizeof(*v));
    if (!v)
        rc = od_error_set(OD_ENOMEM, "out of memory");
    for (; rc == 0 && got < (size_t)PQntuples(r); got++)
        rc = from_row(r, (int)got, &v[got]);
    PQclear(r);
    if (rc < 0) {
        od_deadletter_list_free(v, got);
        return rc;
    }
    *out = v;
    *n = got;
    return 0;
}

int od_deadletter_get(struct od_store *s, int64_t id, struct od_deadletter_entry *out)
{
    struct od_deadletter_entry d;
    PGresult *r = NULL;
    unsigned char *raw = NULL;
    size_t len = 0;
    int rc;

    memset(&d, 0, sizeof(d));
    rc = od_sink_query_id(s, "cannot read the dead letter",
                          "SELECT " DL_COLUMNS ", raw FROM dead_letters WHERE id = $1::bigint", id,
                          &r);
    if (rc < 0)
        return rc;
    if (PQntuples(r) == 0) {
        rc = od_error_set(OD_ENOTFOUND, "no dead letter %lld", (long long)id);
        goto out;
    }
    if ((rc = from_row(r, 0, &d)) < 0)
        goto out;
    raw = PQunescapeBytea((const unsigned char *)PQgetvalue(r, 0, 13), &len);
    if (!raw || !(d.raw = malloc(len + 1))) {
        rc = od_error_set(OD_ENOMEM, "out of memory");
        goto out;
    }
    memcpy(d.raw, raw, len);
    d.raw[len] = '\0';
    d.raw_len = len;
    *out = d;
    memset(&d, 0, sizeof(d));
out:
    od_deadletter_clear(&d);
    PQfreemem(raw);
    PQclear(r);
    return rc;
}

int od_deadletter_open_ids(struct od_store *s, const char *channel, int64_t **ids, size_t *n)
{
    const char *p[1] = {channel};
    PGresult *r = NULL;
    int64_t *v;
    int rc = od_sink_query(s, "cannot list dead letters",
                           "SELECT id FROM dead_letters WHERE state = 'open'"
                           " AND ($1::text IS NULL OR channel = $1) ORDER BY id",
                           1, p, &r);

    if (rc < 0)
        return rc;
    v = calloc((size_t)PQntuples(r) + 1, sizeof(*v));
    if (!v) {
        PQclear(r);
        return od_error_set(OD_ENOMEM, "out of memory");
    }
    for (int i = 0; i < PQntuples(r); i++)
        v[i] = num(r, i, 0);
    *n = (size_t)PQntuples(r);
    *ids = v;
    PQclear(r);
    return 0;
}

/* The re-parse failed again: count the attempt and keep its reason. */
static int record_failure(struct od_store *s, int64_t id, const char *actor)
{
    char why[512], ids[32];
    const char *q[3] = {ids, why, actor};
    PGresult *u = NULL;
    int rc;

    snprintf(why, sizeof(why), "%s", od_error_last());
    snprintf(ids, sizeof(ids), "%lld", (long long)id);
    rc = od_sink_query(s, "cannot record the retry",
                       "UPDATE dead_letters SET retry_count = retry_count + 1,"
                       " last_retry_at = now(), last_retry_error = $2, retried_by = $3"
                       " WHERE id = $1::bigint",
                       3, q, &u);
    PQclear(u);
    return rc == 0 ? od_error_set(OD_EINVAL, "%s", why) : rc;
}

/* Store the re-parsed batch and mark the dead letter resolved, in one
 * transaction. */
static int store_retry(struct od_store *s, const struct od_rules *rules, const char *channel,
                       int64_t id, const char *actor, struct od_batch *b,
                       struct od_ingest_result *res)
{
    PGresult *u = NULL;
    bool own = false;
    char ids[32];
    const char *q[2] = {ids, actor};
    int rc = od_sink_begin(s, &own);

    if (rc < 0)
        return rc;
    rc = od_store_ingest(s, channel, 0, b, rules, res);
    if (rc == 0)
        snprintf(ids, sizeof(ids), "%lld", (long long)id);
    if (rc == 0)
        rc = od_sink_query(s, "cannot resolve the dead letter",
                           "UPDATE dead_letters SET state = 'resolved', resolved_at = now(),"
                           " retry_count = retry_count + 1, last_retry_at = now(), retried_by = $2,"
                           " resolved_order_id = (SELECT id FROM orders o WHERE"
                           "   o.channel = dead_letters.channel AND o.external_id ="
                           "   coalesce(dead_letters.external_id, '')) WHERE id = $1::bigint",
                           2, q, &u);
    PQclear(u);
    return od_sink_end(s, own, rc);
}

int od_deadletter_retry(struct od_store *s, const struct od_config *cfg,
                        const struct od_rules *rules, int64_t id, struct od_deadletter_retry *res)
{
    return od_deadletter_retry_by(s, cfg, rules, id, NULL, res);
}

int od_deadletter_retry_by(struct od_store *s, const struct od_config *cfg,
                           const struct od_rules *rules, int64_t id, const char *actor,
                           struct od_deadletter_retry *res)
{
    struct od_deadletter_entry e;
    struct od_dead_letter d = {0};
    struct od_ingest_result ir = {0};
    struct od_channel *ch = NULL;
    struct od_batch b;
    void *state = NULL;
    int rc;

    if (actor && strlen(actor) > OD_DEADLETTER_ACTOR_MAX)
        return od_error_set(OD_EINVAL, "who retried is longer than %d bytes",
                            OD_DEADLETTER_ACTOR_MAX);
    memset(&e, 0, sizeof(e));
    od_batch_init(&b, RETRY_BATCH_MAX);
    if ((rc = od_deadletter_get(s, id, &e)) < 0)
        goto out;
    if (strcmp(e.state, "open") != 0) {
        rc = od_error_set(OD_EINVAL, "dead letter %lld is %s, not open", (long long)id, e.state);
        goto out;
    }
    ch = od_config_channel(cfg, e.channel);
    if (!ch) {
        rc = od_error_set(OD_ENOTFOUND, "channel %s is no longer configured", e.channel);
        goto out;
    }
    if (!ch->connector->reparse) {
        rc = od_error_set(OD_EINVAL, "channel kind %s cannot re-parse dead letters", ch->kind);
        goto out;
    }
    d.source_ref = e.source_ref;
    d.external_id = e.external_id;
    d.reason = e.reason;
    d.raw = e.raw;
    d.raw_len = e.raw_len;
    if ((rc = ch->connector->open(ch, &state)) < 0)
        goto out;
    rc = ch->connector->reparse(state, &d, &b);
    if (rc == OD_EINVAL)
        rc = record_failure(s, id, actor);
    if (rc == 0)
        rc = store_retry(s, rules, ch->name, id, actor, &b, &ir);
    if (rc == 0) {
        res->n_orders = b.n_orders;
        res->n_new = ir.n_new;
        res->n_updated = ir.n_updated;
    }
out:
    if (state)
        ch->connector->close(state);
    od_batch_free(&b);
    od_deadletter_clear(&e);
    return rc;
}

int od_deadletter_discard(struct od_store *s, int64_t id, const char *actor, const char *reason)
{
    char ids[32];
    const char *p[3] = {ids, reason, actor};
    PGresult *r = NULL;
    int rc;

    if ((rc = od_check_person_text("user name", actor, OD_DEADLETTER_ACTOR_MAX, true)) < 0 ||
        (rc = od_check_person_text("reason", reason, OD_DEADLETTER_REASON_MAX, true)) < 0)
        return rc;
    snprintf(ids, sizeof(ids), "%lld", (long long)id);
    rc = od_sink_query(s, "cannot discard the dead letter",
                       "UPDATE dead_letters SET state = 'discarded', resolved_at = now(),"
                       " last_retry_error = 'discarded: ' || $2, discarded_by = $3"
                       " WHERE id = $1::bigint AND state = 'open' RETURNING id",
                       3, p, &r);
    if (rc == 0 && PQntuples(r) != 1)
        rc = od_error_set(OD_ENOTFOUND, "no open dead letter %lld", (long long)id);
    PQclear(r);
    return rc;
}
