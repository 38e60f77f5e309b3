/* Re-audits of stored orders: the re-check of pending orders whose wait
 * has come (the daemon's od_store_recheck) and the read-only replay of a
 * rules file (od_store_replay, `orderctl audit replay`); and the loading
 * of stored orders that they and the review decisions (review.c) share.
 * The reference data and audit entries are the sink's (store_int.h). */
#include <json-c/json.h>
#include <libpq-fe.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "audit.h"
#include "buf.h"
#include "error.h"
#include "rules.h"
#include "store.h"
#include "store_int.h"

#define STR2(x)         #x
#define OD_STRINGIFY(x) STR2(x)
#define ARRAY_MAX       ((size_t)1 << 28)
#define REPLAY_CHUNK    500

static int64_t int_val(PGresult *r, int row, int col, int64_t def)
{
    return PQgetisnull(r, row, col) ? def : strtoll(PQgetvalue(r, row, col), NULL, 10);
}

static od_money money_val(PGresult *r, int row, int col)
{
    const char *v = PQgetisnull(r, row, col) ? NULL : PQgetvalue(r, row, col);
    od_money m;

    return v && od_money_parse(v, strlen(v), &m) == 0 ? m : OD_MONEY_NONE;
}

static int exec0(struct od_store *s, const char *what, const char *sql)
{
    PGresult *r = NULL;
    int rc = od_sink_query(s, what, sql, 0, NULL, &r);

    PQclear(r);
    return rc;
}

/* ---- orders loaded back for re-audit -------------------------------- */

void od_loaded_free(struct od_loaded *l)
{
    for (size_t i = 0; i < l->n; i++)
        od_order_free(l->v[i]);
    free(l->v);
    memset(l, 0, sizeof(*l));
}

int od_store_load_orders(struct od_store *s, const char *what, const char *sql, int n,
                         const char *const *params, struct od_loaded *out)
{
    PGresult *r = NULL;
    int rc = od_sink_query(s, what, sql, n, params, &r);

    memset(out, 0, sizeof(*out));
    if (rc < 0)
        return rc;
    out->v = calloc(PQntuples(r) ? (size_t)PQntuples(r) : 1, sizeof(*out->v));
    if (!out->v)
        rc = od_error_set(OD_ENOMEM, "out of memory");
    for (int i = 0; i < PQntuples(r) && rc == 0; i++) {
        rc = od_store_row_to_order(r, i, &out->v[out->n]);
        if (rc == 0)
            out->n++;
    }
    PQclear(r);
    if (rc < 0)
        od_loaded_free(out);
    return rc;
}

int od_store_apply_audits(struct od_store *s, struct json_object *audits)
{
    const char *p[1] = {json_object_to_json_string_ext(audits, JSON_C_TO_STRING_PLAIN)};
    PGresult *r = NULL;
    int rc = od_sink_query(s, "cannot store audit results",
                           "SELECT orderd_apply_audit($1::jsonb, NULL)", 1, p, &r);

    PQclear(r);
    return rc;
}

int od_store_recheck(struct od_store *s, const struct od_rules *rules, int limit, int *n_out)
{
    struct od_loaded l = {0};
    struct od_refdata ref;
    struct od_audit_batch *ab = NULL;
    struct json_object *audits = json_object_new_array();
    char lim[32];
    const char *p[1] = {lim};
    od_time now = od_time_now();
    bool own = false;
    int rc;

    memset(&ref, 0, sizeof(ref));
    *n_out = 0;
    if (!audits)
        return od_error_set(OD_ENOMEM, "out of memory");
    snprintf(lim, sizeof(lim), "%d", limit > 0 ? limit : 100);
    if ((rc = od_sink_begin(s, &own)) < 0)
        goto out;
    /* SKIP LOCKED: two orderd instances share the due orders. */
    rc = od_store_load_orders(s, "cannot read pending orders",
                              OD_ORDER_SELECT " FROM orders o WHERE o.audit_outcome = 'pending'"
                                              " AND o.recheck_at <= now()"
                                              " ORDER BY o.recheck_at, o.id LIMIT $1::integer"
                                              " FOR UPDATE OF o SKIP LOCKED",
                              1, p, &l);
    if (rc < 0 || l.n == 0)
        goto done;
    if ((rc = od_store_refdata(s, rules, l.v, l.n, NULL, 0, true, &ref)) < 0)
        goto done;
    if ((rc = od_audit_batch_new(&ref, &ab)) < 0)
        goto done;
    for (size_t i = 0; i < l.n && rc == 0; i++) {
        struct od_audit_result res;
        struct json_object *e = NULL;

        memset(&res, 0, sizeof(res));
        rc = od_audit_batch_order(ab, rules, l.v[i]->channel, l.v[i], now, &res);
        if (rc == 0)
            rc = od_sink_audit_entry(l.v[i], &ref, &res, &e);
        od_audit_result_clear(&res);
        if (rc == 0)
            json_object_array_add(audits, e);
    }
    if (rc == 0)
        rc = od_store_apply_audits(s, audits);
    if (rc == 0)
        *n_out = (int)l.n;
done:
    rc = od_sink_end(s, own, rc);
out:
    od_audit_batch_free(ab);
    od_refdata_free(&ref);
    od_loaded_free(&l);
    json_object_put(audits);
    return rc;
}

/* ---- replay ----------------------------------------------------------- */

static const char sql_replay[] =
    OD_ORDER_SELECT " FROM orders o WHERE o.id > $1::bigint"
                    "   AND ($2::text IS NULL OR o.channel = $2)"
                    "   AND ($3::timestamptz IS NULL OR o.placed_at >= $3::timestamptz)"
                    "   AND coalesce(o.decided_by, 'audit') = 'audit'"
                    " ORDER BY o.id LIMIT " OD_STRINGIFY(REPLAY_CHUNK);

/* What an approved order holds now: its own reservations and, when it
 * counts in its customer's approved_since, its total. A replayed order
 * is judged without them, as if it arrived now. */
static int own_holdings(struct od_store *s, const struct od_loaded *l, PGresult **resv,
                        PGresult **credit)
{
    struct od_buf ids;
    const char *p[1];
    int rc = 0;

    od_buf_init(&ids, ARRAY_MAX);
    rc = od_buf_addc(&ids, '{');
    for (size_t i = 0; i < l->n && rc == 0; i++)
        rc = od_buf_printf(&ids, "%s%lld", i ? "," : "", (long long)l->v[i]->id);
    if (rc == 0)
        rc = od_buf_addc(&ids, '}');
    if (rc < 0) {
        od_buf_free(&ids);
        return od_error_set(OD_ENOMEM, "out of memory");
    }
    p[0] = ids.data;
    rc = od_sink_query(s, "cannot read reservations",
                       "SELECT order_id, sku, warehouse, qty FROM stock_reservations"
                       " WHERE order_id = ANY($1::bigint[]) AND released_at IS NULL",
                       1, p, resv);
    if (rc == 0)
        rc = od_sink_query(s, "cannot read credit",
                           "SELECT o.id, c.ref, o.total::text FROM orders o"
                           " JOIN customers c ON c.ref = o.customer_ref_matched"
                           " WHERE o.id = ANY($1::bigint[]) AND o.audit_outcome = 'approved'"
                           "   AND o.approved_at > c.balance_as_of"
                           "   AND o.status NOT IN ('cancelled', 'refunded')",
                           1, p, credit);
    od_buf_free(&ids);
    return rc;
}

static void give_back(struct od_refdata *ref, PGresult *resv, PGresult *credit, int64_t id,
                      int sign)
{
    for (int i = 0; i < PQntuples(resv); i++) {
        if (int_val(resv, i, 0, 0) != id)
            continue;
        for (size_t j = 0; j < ref->n_stock; j++)
            if (strcmp(ref->stock[j].sku, PQgetvalue(resv, i, 1)) == 0 &&
                strcmp(ref->stock[j].warehouse, PQgetvalue(resv, i, 2)) == 0)
                ref->stock[j].reserved -= sign * int_val(resv, i, 3, 0);
    }
    for (int i = 0; i < PQntuples(credit); i++) {
        if (int_val(credit, i, 0, 0) != id)
            continue;
        for (size_t j = 0; j < ref->n_customers; j++)
            if (ref->customers[j].ref &&
                strcmp(ref->customers[j].ref, PQgetvalue(credit, i, 1)) == 0 &&
                ref->customers[j].approved_since != OD_MONEY_NONE)
                ref->customers[j].approved_since -= sign * money_val(credit, i, 2);
    }
}

int od_store_replay(struct od_store *s, const struct od_rules *rules, const char *channel,
                    const char *since, od_replay_cb cb, void *ud)
{
    int64_t last = 0;
    od_time now = od_time_now();
    bool own = false;
    int rc;

    /* One snapshot for the whole replay, and nothing locked or written. */
    rc = exec0(s, "cannot begin", "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    if (rc < 0)
        return rc;
    own = true;
    for (;;) {
        struct od_loaded l = {0};
        struct od_refdata ref;
        struct od_audit_batch *ab = NULL;
        PGresult *resv = NULL, *credit = NULL;
        int64_t *saved_stock = NULL;
        char lastbuf[32];
        const char *p[3] = {lastbuf, channel, since};

        memset(&ref, 0, sizeof(ref));
        snprintf(lastbuf, sizeof(lastbuf), "%lld", (long long)last);
        rc = od_store_load_orders(s, "cannot read orders", sql_replay, 3, p, &l);
        if (rc < 0 || l.n == 0) {
            od_loaded_free(&l);
            break;
        }
        last = l.v[l.n - 1]->id;
        rc = od_store_refdata(s, rules, l.v, l.n, NULL, 0, false, &ref);
        if (rc == 0)
            rc = own_holdings(s, &l, &resv, &credit);
        if (rc == 0)
            rc = od_audit_batch_new(&ref, &ab);
        if (rc == 0 && !(saved_stock = calloc(ref.n_stock + 1, sizeof(*saved_stock))))
            rc = od_error_set(OD_ENOMEM, "out of memory");
        for (size_t i = 0; i < l.n && rc == 0; i++) {
            struct od_order *o = l.v[i];
            struct od_audit old = o->audit;
            struct od_audit_result res;

            /* The order keeps its stored audit in `old`; the audit
             * replaces o->audit. Each order is judged on its own: what
             * earlier replayed orders would have reserved is undone. */
            memset(&o->audit, 0, sizeof(o->audit));
            memset(&res, 0, sizeof(res));
            for (size_t j = 0; j < ref.n_stock; j++)
                saved_stock[j] = ref.stock[j].reserved;
            give_back(&ref, resv, credit, o->id, +1);
            rc = od_audit_batch_order(ab, rules, o->channel, o, now, &res);
            give_back(&ref, resv, credit, o->id, -1);
            for (size_t j = 0; j < ref.n_stock; j++)
                ref.stock[j].reserved = saved_stock[j];
            if (rc == 0 && res.customer_index >= 0 && o->status != OD_STATUS_CANCELLED &&
                o->status != OD_STATUS_REFUNDED && o->audit.outcome &&
                strcmp(o->audit.outcome, "approved") == 0 && o->total != OD_MONEY_NONE &&
                ref.customers[res.customer_index].approved_since != OD_MONEY_NONE)
                ref.customers[res.customer_index].approved_since -= o->total;
            od_audit_result_clear(&res);
            if (rc == 0)
                rc = cb(ud, o, &old);
            /* hand the stored audit back so od_order_free frees both */
            {
                struct od_audit now_audit = o->audit;

                o->audit = old;
                for (size_t k = 0; k < now_audit.n_reasons; k++) {
                    free(now_audit.reasons[k].rule);
                    free(now_audit.reasons[k].message);
                    free(now_audit.reasons[k].evidence);
                }
                free(now_audit.reasons);
                free(now_audit.outcome);
            }
        }
        free(saved_stock);
        PQclear(resv);
        PQclear(credit);
        od_audit_batch_free(ab);
        od_refdata_free(&ref);
        od_loaded_free(&l);
        if (rc < 0)
            break;
    }
    exec0(s, "cannot end the replay", "ROLLBACK");
    (void)own;
    return rc;
}

/* count(*) of the orders of `channel` (NULL = all) placed since `since`
 * (NULL = ever) that the replay judges (`replayed`) or leaves out because
 * a person decided them. */
static int count_replay(struct od_store *s, const char *channel, const char *since, bool replayed,
                        int64_t *n)
{
    const char *p[2] = {channel, since};
    PGresult *r = NULL;
    int rc = od_sink_query(s, "cannot count the orders of the replay",
                           replayed ? "SELECT count(*) FROM orders o"
                                      " WHERE coalesce(o.decided_by, 'audit') = 'audit'"
                                      "   AND ($1::text IS NULL OR o.channel = $1)"
                                      "   AND ($2::timestamptz IS NULL"
                                      "        OR o.placed_at >= $2::timestamptz)"
                                    : "SELECT count(*) FROM orders o"
                                      " WHERE coalesce(o.decided_by, 'audit') <> 'audit'"
                                      "   AND ($1::text IS NULL OR o.channel = $1)"
                                      "   AND ($2::timestamptz IS NULL"
                                      "        OR o.placed_at >= $2::timestamptz)",
                           2, p, &r);

    if (rc == 0)
        *n = int_val(r, 0, 0, 0);
    PQclear(r);
    return rc;
}

int od_store_replay_left_out(struct od_store *s, const char *channel, const char *since, int64_t *n)
{
    return count_replay(s, channel, since, false, n);
}

int od_store_replay_count(struct od_store *s, const char *channel, const char *since, int64_t *n)
{
    return count_replay(s, channel, since, true, n);
}
