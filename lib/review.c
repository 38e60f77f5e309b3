/* The review queue and a person's decisions (review.h). Approve re-audits
 * the order with the sink's reference data and audit entries
 * (store_int.h); both decisions are written by orderd_apply_audit, the
 * one writer of audit outcomes. */
#include "review.h"

#include <json-c/json.h>
#include <libpq-fe.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "audit.h"
#include "buf.h"
#include "charset.h"
#include "error.h"
#include "json.h"
#include "rules.h"
#include "store_int.h"

/* ---- the queue and one order -------------------------------------------- */

int od_review_list(struct od_store *s, const struct od_review_filter *f, od_order_cb cb, void *ud)
{
    struct od_order_filter of = {.review = true};

    if (f) {
        of.channel = f->channel;
        of.limit = f->limit;
    }
    return od_store_orders(s, &of, cb, ud);
}

int od_review_find(struct od_store *s, const char *spec, int64_t *id)
{
    const char *slash = strchr(spec, '/');
    const char *p[2];
    char *ch = NULL;
    PGresult *r = NULL;
    int rc;

    if (!slash) {
        char *end;
        long long v = strtoll(spec, &end, 10);

        if (!*spec || *end || v <= 0)
            return od_error_set(OD_EINVAL,
                                "'%s' is not an order id (a number or CHANNEL/EXTERNAL_ID)", spec);
        p[0] = spec;
        rc = od_sink_query(s, "cannot look up the order",
                           "SELECT id FROM orders WHERE id = $1::bigint", 1, p, &r);
    } else {
        ch = strndup(spec, (size_t)(slash - spec));
        if (!ch)
            return od_error_set(OD_ENOMEM, "out of memory");
        p[0] = ch;
        p[1] = slash + 1;
        rc = od_sink_query(s, "cannot look up the order",
                           "SELECT id FROM orders WHERE channel = $1 AND external_id = $2", 2, p,
                           &r);
    }
    if (rc == 0 && PQntuples(r) != 1)
        rc = od_error_set(OD_ENOTFOUND, "no order %s", spec);
    if (rc == 0)
        *id = strtoll(PQgetvalue(r, 0, 0), NULL, 10);
    PQclear(r);
    free(ch);
    return rc;
}

int od_review_events(struct od_store *s, int64_t id, struct json_object **out)
{
    static const char *const keys[] = {"at", "kind", "actor", "from", "to", "detail"};
    PGresult *r = NULL;
    struct json_object *arr = NULL;
    int rc;

    rc = od_sink_query_id(s, "cannot read the order's events",
                          "SELECT to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'),"
                          " kind, actor, from_status, to_status, detail::text"
                          " FROM order_events WHERE order_id = $1::bigint ORDER BY id",
                          id, &r);
    if (rc < 0)
        return rc;
    if (!(arr = json_object_new_array())) {
        rc = od_error_set(OD_ENOMEM, "out of memory");
        goto out;
    }
    for (int i = 0; i < PQntuples(r); i++) {
        struct json_object *e = json_object_new_object();

        if (!e || json_object_array_add(arr, e) < 0) {
            json_object_put(e);
            rc = od_error_set(OD_ENOMEM, "out of memory");
            goto out;
        }
        for (int k = 0; k < 6; k++)
            json_object_object_add(
                e, keys[k],
                PQgetisnull(r, i, k) ? NULL : json_object_new_string(PQgetvalue(r, i, k)));
    }
    *out = arr;
    arr = NULL;
out:
    json_object_put(arr);
    PQclear(r);
    return rc;
}

int od_review_show(struct od_store *s, int64_t id, struct od_order **order,
                   struct json_object **events)
{
    struct od_loaded l = {NULL, 0};
    struct json_object *ev = NULL;
    char ids[32];
    const char *p[1] = {ids};
    int rc;

    snprintf(ids, sizeof(ids), "%lld", (long long)id);
    rc = od_review_events(s, id, &ev);
    if (rc == 0)
        rc = od_store_load_orders(s, "cannot read the order",
                                  OD_ORDER_SELECT " FROM orders o WHERE o.id = $1::bigint", 1, p,
                                  &l);
    if (rc == 0 && l.n != 1)
        rc = od_error_set(OD_ENOTFOUND, "no order with id %lld", (long long)id);
    if (rc < 0)
        goto out;
    *order = l.v[0];
    l.v[0] = NULL;
    *events = ev;
    ev = NULL;
out:
    od_loaded_free(&l);
    json_object_put(ev);
    return rc;
}

int od_review_show_json(struct od_store *s, int64_t id, struct json_object **out)
{
    struct od_order *o = NULL;
    struct json_object *ev = NULL, *j = NULL;
    int rc = od_review_show(s, id, &o, &ev);

    if (rc == 0)
        rc = od_order_to_json(o, &j);
    if (rc == 0) {
        json_object_object_add(j, "events", ev);
        ev = NULL;
        *out = j;
    }
    json_object_put(ev);
    od_order_free(o);
    return rc;
}

int od_review_search(struct od_store *s, const char *q, int64_t limit, od_order_cb cb, void *ud)
{
    char lim[32];
    const char *p[2] = {q, lim};
    size_t n = q ? strlen(q) : 0;

    if (n == 0 || n > OD_SEARCH_TEXT_MAX)
        return od_error_set(OD_EINVAL, "a search needs 1 to %d bytes of text", OD_SEARCH_TEXT_MAX);
    if (!od_utf8_valid(q, n, NULL))
        return od_error_set(OD_EINVAL, "the search text is not valid UTF-8");
    if (limit < 1 || limit > OD_SEARCH_LIMIT_MAX)
        return od_error_set(OD_EINVAL, "a search returns 1 to %d orders", OD_SEARCH_LIMIT_MAX);
    snprintf(lim, sizeof(lim), "%lld", (long long)limit);
    /* strpos, not LIKE: the text is matched as it is, '%' and '_' too */
    return od_store_each_order(
        s, "cannot search orders",
        OD_ORDER_SELECT " FROM orders o WHERE strpos(o.external_id, $1) > 0"
                        " OR strpos(o.customer_phone, $1) > 0 OR strpos(o.ship_phone, $1) > 0"
                        " OR strpos(lower(o.customer_name), lower($1)) > 0"
                        " OR strpos(lower(o.ship_name), lower($1)) > 0"
                        " ORDER BY o.id DESC LIMIT $2::bigint",
        2, p, cb, ud);
}

int od_review_raw(struct od_store *s, int64_t id, char **raw, size_t *len)
{
    PGresult *r = NULL;
    unsigned char *bytes = NULL;
    size_t n = 0;
    int rc;

    *raw = NULL;
    *len = 0;
    rc = od_sink_query_id(s, "cannot read the order's raw bytes",
                          "SELECT raw FROM orders WHERE id = $1::bigint", id, &r);
    if (rc < 0)
        goto out;
    if (PQntuples(r) != 1) {
        rc = od_error_set(OD_ENOTFOUND, "no order with id %lld", (long long)id);
        goto out;
    }
    if (PQgetisnull(r, 0, 0))
        goto out;
    bytes = PQunescapeBytea((const unsigned char *)PQgetvalue(r, 0, 0), &n);
    if (!bytes || !(*raw = malloc(n + 1))) {
        rc = od_error_set(OD_ENOMEM, "out of memory");
        goto out;
    }
    memcpy(*raw, bytes, n);
    (*raw)[n] = '\0';
    *len = n;
out:
    if (bytes)
        PQfreemem(bytes);
    PQclear(r);
    return rc;
}

/* ---- decisions ---------------------------------------------------------- */

/* See store_int.h. */
int od_check_person_text(const char *what, const char *v, size_t max, bool need)
{
    size_t n = v ? strlen(v) : 0;
    bool blank = true;

    for (size_t i = 0; i < n && blank; i++)
        blank = v[i] == ' ' || v[i] == '\t' || v[i] == '\r' || v[i] == '\n';
    if (need && blank)
        return od_error_set(OD_EINVAL, "a %s is required", what);
    if (n > max)
        return od_error_set(OD_EINVAL, "the %s is longer than %zu bytes", what, max);
    if (n && !od_utf8_valid(v, n, NULL))
        return od_error_set(OD_EINVAL, "the %s is not valid UTF-8", what);
    return 0;
}

static bool is_stock_rule(const struct od_rules *rules, const char *id)
{
    for (size_t i = 0; rules && id && i < rules->n; i++)
        if (strcmp(rules->rules[i].id, id) == 0)
            return rules->rules[i].type == OD_RULE_STOCK;
    return false;
}

static int load_for_review(struct od_store *s, int64_t id, struct od_loaded *l)
{
    char ids[32];
    const char *p[1] = {ids};
    int rc;

    snprintf(ids, sizeof(ids), "%lld", (long long)id);
    rc = od_store_load_orders(
        s, "cannot read the order",
        OD_ORDER_SELECT " FROM orders o WHERE o.id = $1::bigint FOR UPDATE OF o", 1, p, l);
    if (rc == 0 && l->n != 1)
        rc = od_error_set(OD_ENOTFOUND, "no order with id %lld", (long long)id);
    return rc;
}

/* The SKUs order `id` holds stock of (its inventory rows are locked with
 * the reference data, in the one order every writer uses). */
struct skus {
    char **v;
    size_t n;
};

static void skus_free(struct skus *k)
{
    for (size_t i = 0; i < k->n; i++)
        free(k->v[i]);
    free(k->v);
    memset(k, 0, sizeof(*k));
}

static int active_skus(struct od_store *s, int64_t id, struct skus *out)
{
    PGresult *r = NULL;
    int rc;

    rc = od_sink_query_id(s, "cannot read reservations",
                          "SELECT DISTINCT sku FROM stock_reservations"
                          " WHERE order_id = $1::bigint AND released_at IS NULL",
                          id, &r);
    if (rc < 0)
        return rc;
    out->v = calloc((size_t)PQntuples(r) + 1, sizeof(*out->v));
    for (int i = 0; out->v && i < PQntuples(r); i++) {
        if (!(out->v[out->n] = strdup(PQgetvalue(r, i, 0))))
            break;
        out->n++;
    }
    if (!out->v || out->n != (size_t)PQntuples(r))
        rc = od_error_set(OD_ENOMEM, "out of memory");
    PQclear(r);
    return rc;
}

/* A review decision's first steps, in its transaction: lock and load the
 * order, refuse when it already has the outcome `to`, and list the SKUs
 * it holds stock of (their inventory rows are locked with the reference
 * data, in the one order every writer uses). */
static int review_start(struct od_store *s, int64_t id, const char *to, struct od_loaded *l,
                        struct skus *locks)
{
    int rc = load_for_review(s, id, l);

    if (rc < 0)
        return rc;
    if (l->v[0]->audit.outcome && strcmp(l->v[0]->audit.outcome, to) == 0)
        return od_error_set(OD_EINVAL, "order %lld is already %s", (long long)id, to);
    return active_skus(s, id, locks);
}

int od_review_approve(struct od_store *s, const struct od_rules *rules, int64_t id,
                      const char *actor, const char *note, bool force, char **warning)
{
    struct od_loaded l = {0};
    struct od_refdata ref;
    struct od_audit_batch *ab = NULL;
    struct od_audit_result res;
    struct json_object *audits = json_object_new_array(), *e = NULL, *x;
    struct skus locks = {NULL, 0};
    struct od_buf shortage;
    bool own = false;
    int rc;

    memset(&ref, 0, sizeof(ref));
    memset(&res, 0, sizeof(res));
    od_buf_init(&shortage, 64 * 1024);
    *warning = NULL;
    if (!audits)
        return od_error_set(OD_ENOMEM, "out of memory");
    if ((rc = od_check_person_text("reviewer", actor, OD_REVIEW_ACTOR_MAX, true)) < 0 ||
        (rc = od_check_person_text("note", note, OD_REVIEW_TEXT_MAX, false)) < 0)
        goto out;
    if ((rc = od_sink_begin(s, &own)) < 0)
        goto out;
    if ((rc = review_start(s, id, "approved", &l, &locks)) < 0)
        goto done;
    if ((rc = od_store_refdata(s, rules, l.v, 1, locks.v, locks.n, true, &ref)) < 0)
        goto done;
    if ((rc = od_audit_batch_new(&ref, &ab)) < 0)
        goto done;
    rc = od_audit_batch_order_flags(ab, rules, l.v[0]->channel, l.v[0], od_time_now(),
                                    OD_AUDIT_RESERVE_ANYWAY, &res);
    if (rc < 0)
        goto done;
    /* Stock the audit found short is what approval must not hide. */
    for (size_t i = 0; i < l.v[0]->audit.n_reasons; i++) {
        const struct od_audit_reason *why = &l.v[0]->audit.reasons[i];
        if (is_stock_rule(rules, why->rule))
            od_buf_printf(&shortage, "%s%s", shortage.len ? "; " : "", why->message);
    }
    if (shortage.len && !force) {
        rc = od_error_set(OD_EBUSY, "order %lld: %s (approve --force to approve anyway)",
                          (long long)id, shortage.data);
        goto done;
    }
    if ((rc = od_sink_audit_entry(l.v[0], &ref, &res, &e)) < 0)
        goto done;
    if (json_object_object_get_ex(e, "audit", &x))
        json_object_object_add(x, "outcome", json_object_new_string("approved"));
    json_object_object_add(e, "release", json_object_new_string("reaudit"));
    json_object_object_add(e, "event", json_object_new_string("review"));
    json_object_object_add(e, "actor", json_object_new_string(actor));
    json_object_object_add(e, "decided_by", json_object_new_string(actor));
    if (note)
        json_object_object_add(e, "note", json_object_new_string(note));
    json_object_array_add(audits, e);
    if ((rc = od_store_apply_audits(s, audits)) < 0)
        goto done;
    if (shortage.len)
        *warning = od_buf_steal(&shortage);
done:
    rc = od_sink_end(s, own, rc);
out:
    od_buf_free(&shortage);
    od_audit_result_clear(&res);
    od_audit_batch_free(ab);
    od_refdata_free(&ref);
    skus_free(&locks);
    od_loaded_free(&l);
    json_object_put(audits);
    return rc;
}

int od_review_reject(struct od_store *s, int64_t id, const char *actor, const char *reason)
{
    struct od_loaded l = {0};
    struct json_object *audits = json_object_new_array(), *e = NULL, *doc = NULL, *audit, *r;
    struct json_object *reasons;
    struct skus locks = {NULL, 0};
    struct od_refdata ref;
    bool own = false;
    int rc;

    memset(&ref, 0, sizeof(ref));
    if (!audits)
        return od_error_set(OD_ENOMEM, "out of memory");
    if ((rc = od_check_person_text("reviewer", actor, OD_REVIEW_ACTOR_MAX, true)) < 0 ||
        (rc = od_check_person_text("reason", reason, OD_REVIEW_TEXT_MAX, true)) < 0)
        goto out;
    if ((rc = od_sink_begin(s, &own)) < 0)
        goto out;
    if ((rc = review_start(s, id, "rejected", &l, &locks)) < 0)
        goto done;
    if (locks.n && (rc = od_store_refdata(s, NULL, l.v, 0, locks.v, locks.n, true, &ref)) < 0)
        goto done;
    if ((rc = od_order_to_json(l.v[0], &doc)) < 0)
        goto done;
    e = json_object_new_object();
    r = json_object_new_object();
    if (!e || !r || !json_object_object_get_ex(doc, "audit", &audit) ||
        !json_object_object_get_ex(audit, "reasons", &reasons)) {
        json_object_put(r);
        rc = od_error_set(OD_ENOMEM, "out of memory");
        goto done;
    }
    json_object_object_add(r, "rule", json_object_new_string("review"));
    json_object_object_add(r, "message", json_object_new_string(reason));
    json_object_array_add(reasons, r);
    json_object_object_add(audit, "outcome", json_object_new_string("rejected"));
    json_object_object_add(e, "channel", json_object_new_string(l.v[0]->channel));
    json_object_object_add(e, "external_id", json_object_new_string(l.v[0]->external_id));
    json_object_object_add(e, "audit", json_object_get(audit));
    json_object_object_add(e, "release", json_object_new_string("rejected"));
    json_object_object_add(e, "event", json_object_new_string("review"));
    json_object_object_add(e, "actor", json_object_new_string(actor));
    json_object_object_add(e, "decided_by", json_object_new_string(actor));
    json_object_object_add(e, "note", json_object_new_string(reason));
    json_object_array_add(audits, e);
    e = NULL;
    rc = od_store_apply_audits(s, audits);
done:
    rc = od_sink_end(s, own, rc);
out:
    json_object_put(e);
    json_object_put(doc);
    od_refdata_free(&ref);
    skus_free(&locks);
    od_loaded_free(&l);
    json_object_put(audits);
    return rc;
}
