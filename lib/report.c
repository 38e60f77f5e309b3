/* The clerk's report: the statements and the struct (see report.h). */
#include "report.h"

#include <json-c/json.h>
#include <libpq-fe.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "error.h"
#include "rules.h"
#include "store_int.h"

/* Times come back as microseconds since the epoch (od_time); NULL stays NULL. */
#define CHANNEL_3 "($3::text IS NULL OR o.channel = $3)"
#define CHANNEL_4 "($4::text IS NULL OR o.channel = $4)"
#define IN_PERIOD "o.placed_at >= $1 AND o.placed_at < $2 AND " CHANNEL_3
/* The lines of order o, read through the primary key for each order:
 * OFFSET 0 keeps the planner from turning this into a hash join over
 * every stored line (a scan of the whole history: 200,000 lines at
 * 100,000 orders, for a day's 1,100 orders). */
#define LINES_OF_O                                                                                 \
    "(SELECT l.sku, l.channel_sku, l.qty, l.total FROM order_lines l"                              \
    " WHERE l.order_id = o.id OFFSET 0)"
#define NO_STOCK_NEEDED "('shipped', 'completed', 'cancelled', 'refunded')"
#define LIST_MAX        "50"
#define TOP_MAX         "10"
_Static_assert(OD_REPORT_LIST_MAX == 50 && OD_REPORT_TOP_MAX == 10, "the SQL limits");

/* $1 previous period's from, $2 from, $3 to, $4 channel */
static const char sql_amounts[] =
    "SELECT o.channel, o.currency,"
    "       count(*) FILTER (WHERE o.placed_at >= $2),"
    "       coalesce(sum(o.total) FILTER (WHERE o.placed_at >= $2), 0),"
    "       count(*) FILTER (WHERE o.placed_at < $2),"
    "       coalesce(sum(o.total) FILTER (WHERE o.placed_at < $2), 0)"
    "  FROM orders o"
    " WHERE o.placed_at >= $1 AND o.placed_at < $3 AND " CHANNEL_4 " GROUP BY 1, 2 ORDER BY 1, 2";

/* $1 from, $2 to, $3 channel, $4 time zone */
static const char sql_daily[] =
    "SELECT to_char(o.placed_at AT TIME ZONE $4::text, 'YYYY-MM-DD'), o.channel, count(*)"
    "  FROM orders o WHERE " IN_PERIOD " GROUP BY 1, 2 ORDER BY 1, 2";

/* $1 from, $2 to, $3 channel */
static const char sql_audit[] =
    "SELECT count(*) FILTER (WHERE o.audit_outcome = 'approved'),"
    "       count(*) FILTER (WHERE o.audit_outcome = 'held'),"
    "       count(*) FILTER (WHERE o.audit_outcome = 'rejected'),"
    "       count(*) FILTER (WHERE o.audit_outcome = 'pending'),"
    "       count(*),"
    "       round(percentile_cont(0.5) WITHIN GROUP (ORDER BY"
    "             greatest(extract(epoch FROM o.decided_at - o.created_at), 0)::float8)"
    "             FILTER (WHERE o.audit_outcome IN ('approved', 'rejected')"
    "                       AND o.decided_at IS NOT NULL))::bigint"
    "  FROM orders o WHERE " IN_PERIOD;

/* $1 from, $2 to, $3 channel, $4 the ids of rules that do not hold (JSON) */
static const char sql_reasons[] =
    "SELECT r ->> 'rule', mode() WITHIN GROUP (ORDER BY r ->> 'message'), count(DISTINCT o.id)"
    "  FROM orders o CROSS JOIN LATERAL jsonb_array_elements(CASE"
    "         WHEN jsonb_typeof(o.audit -> 'reasons') = 'array' THEN o.audit -> 'reasons'"
    "         ELSE '[]'::jsonb END) AS r"
    " WHERE o.audit_outcome = 'held' AND " IN_PERIOD " AND r ->> 'rule' IS NOT NULL"
    "   AND NOT (r ->> 'rule' = ANY (ARRAY(SELECT jsonb_array_elements_text($4::jsonb))))"
    " GROUP BY 1 ORDER BY 3 DESC, 1 LIMIT " TOP_MAX;

/* Waiting at the period's end: held or pending now, or decided by a
 * person after the end. $1 to, $2 channel, $3 now */
static const char sql_waiting[] =
    "WITH w AS ("
    "  SELECT o.id, o.channel, o.external_id, o.audit_outcome, o.placed_at,"
    "         NULL::timestamptz AS decided_at"
    "    FROM orders o"
    "   WHERE o.audit_outcome IN ('held', 'pending') AND o.placed_at < $1"
    "     AND ($2::text IS NULL OR o.channel = $2)"
    "  UNION ALL"
    "  SELECT o.id, o.channel, o.external_id, o.audit_outcome, o.placed_at, o.decided_at"
    "    FROM orders o"
    "   WHERE o.decided_by <> 'audit' AND o.decided_at >= $1"
    "     AND o.audit_outcome NOT IN ('held', 'pending') AND o.placed_at < $1"
    "     AND ($2::text IS NULL OR o.channel = $2))"
    " SELECT id, channel, external_id, audit_outcome,"
    "        (extract(epoch FROM placed_at) * 1000000)::bigint,"
    "        (extract(epoch FROM decided_at) * 1000000)::bigint,"
    "        greatest(extract(epoch FROM least($1::timestamptz, $3::timestamptz) - placed_at),"
    "                 0)::bigint,"
    "        count(*) OVER ()"
    "   FROM w ORDER BY placed_at, id LIMIT 50";

/* The held demand of a SKU counts against the warehouse the stock rule
 * checked for that order (its evidence), else the SKU's first warehouse
 * by name, else "main". No parameters. */
static const char sql_shortfall[] =
    "WITH held AS ("
    "  SELECT o.id, o.channel, o.external_id, l.sku, sum(l.qty) AS qty"
    "    FROM orders o CROSS JOIN LATERAL " LINES_OF_O " l"
    "   WHERE o.audit_outcome IN ('held', 'pending') AND o.status NOT IN " NO_STOCK_NEEDED
    "     AND l.sku IS NOT NULL"
    "   GROUP BY 1, 2, 3, 4),"
    " ev AS ("
    "  SELECT DISTINCT ON (o.id, r #>> '{evidence,sku}') o.id, r #>> '{evidence,sku}' AS sku,"
    "         r #>> '{evidence,warehouse}' AS warehouse"
    "    FROM orders o CROSS JOIN LATERAL jsonb_array_elements(CASE"
    "           WHEN jsonb_typeof(o.audit -> 'reasons') = 'array' THEN o.audit -> 'reasons'"
    "           ELSE '[]'::jsonb END) AS r"
    "   WHERE o.audit_outcome IN ('held', 'pending') AND r -> 'evidence' ? 'available'"
    "     AND r #>> '{evidence,warehouse}' IS NOT NULL"
    "   ORDER BY 1, 2),"
    " hd AS ("
    "  SELECT h.sku, coalesce(ev.warehouse, (SELECT min(i.warehouse) FROM inventory i"
    "                                          WHERE i.sku = h.sku), 'main') AS warehouse,"
    "         sum(h.qty) AS qty,"
    "         json_agg(h.channel || '/' || h.external_id ORDER BY h.id) AS orders"
    "    FROM held h LEFT JOIN ev ON ev.id = h.id AND ev.sku = h.sku"
    "   GROUP BY 1, 2),"
    " rs AS ("
    "  SELECT sku, warehouse, sum(qty) AS qty FROM stock_reservations"
    "   WHERE released_at IS NULL GROUP BY 1, 2),"
    " k AS (SELECT sku, warehouse FROM inventory UNION SELECT sku, warehouse FROM rs"
    "       UNION SELECT sku, warehouse FROM hd)"
    " SELECT k.sku, k.warehouse, coalesce(i.on_hand, 0), coalesce(rs.qty, 0), coalesce(hd.qty, 0),"
    "        coalesce(rs.qty, 0) + coalesce(hd.qty, 0) - coalesce(i.on_hand, 0),"
    "        coalesce(hd.orders, '[]')"
    "   FROM k LEFT JOIN inventory i ON i.sku = k.sku AND i.warehouse = k.warehouse"
    "   LEFT JOIN rs ON rs.sku = k.sku AND rs.warehouse = k.warehouse"
    "   LEFT JOIN hd ON hd.sku = k.sku AND hd.warehouse = k.warehouse"
    "  WHERE coalesce(rs.qty, 0) + coalesce(hd.qty, 0) > coalesce(i.on_hand, 0)"
    "  ORDER BY 6 DESC, 1, 2 LIMIT " LIST_MAX;

/* Demand: lines of the period's orders that still want their goods. */
#define DEMAND                                                                                     \
    "FROM orders o CROSS JOIN LATERAL " LINES_OF_O " l"                                            \
    " WHERE " IN_PERIOD " AND o.status NOT IN ('cancelled', 'refunded')"                           \
    "   AND o.audit_outcome <> 'rejected'"

static const char sql_cover[] =
    "WITH d AS (SELECT l.sku, sum(l.qty) AS qty " DEMAND " AND l.sku IS NOT NULL GROUP BY 1),"
    " i AS (SELECT sku, sum(on_hand) AS on_hand FROM inventory"
    "        WHERE sku IN (SELECT sku FROM d) GROUP BY 1),"
    " r AS (SELECT sku, sum(qty) AS qty FROM stock_reservations"
    "        WHERE released_at IS NULL AND sku IN (SELECT sku FROM d) GROUP BY 1)"
    " SELECT d.sku, coalesce(i.on_hand, 0), coalesce(r.qty, 0), d.qty"
    "   FROM d LEFT JOIN i ON i.sku = d.sku LEFT JOIN r ON r.sku = d.sku"
    "  ORDER BY (coalesce(i.on_hand, 0) - coalesce(r.qty, 0))::numeric / d.qty, d.sku"
    "  LIMIT " LIST_MAX;

static const char sql_top_qty[] =
    "SELECT coalesce(l.sku, l.channel_sku), sum(l.qty), count(DISTINCT o.id) " DEMAND
    "   AND coalesce(l.sku, l.channel_sku) IS NOT NULL"
    " GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT " TOP_MAX;

/* The first ten of each currency. */
static const char sql_top_amount[] =
    "SELECT sku, currency, qty, n, amount FROM ("
    "  SELECT coalesce(l.sku, l.channel_sku) AS sku, o.currency, sum(l.qty) AS qty,"
    "         count(DISTINCT o.id) AS n, sum(l.total) AS amount,"
    "         row_number() OVER (PARTITION BY o.currency"
    "                            ORDER BY sum(l.total) DESC, coalesce(l.sku, l.channel_sku)) AS k"
    "  " DEMAND " AND coalesce(l.sku, l.channel_sku) IS NOT NULL"
    "  GROUP BY 1, 2) t"
    " WHERE k <= " TOP_MAX " ORDER BY currency, amount DESC, sku";

static const char sql_rush[] =
    "SELECT o.id, o.channel, o.external_id, o.audit_outcome,"
    "       (extract(epoch FROM o.placed_at) * 1000000)::bigint,"
    "       CASE WHEN o.audit_outcome IN ('approved', 'rejected')"
    "            THEN (extract(epoch FROM o.decided_at) * 1000000)::bigint END,"
    "       0"
    "  FROM orders o WHERE " IN_PERIOD " AND o.priority = 'urgent'"
    " ORDER BY o.placed_at, o.id LIMIT " LIST_MAX;

static const char sql_dead[] =
    "SELECT o.channel,"
    "       count(*) FILTER (WHERE o.first_seen >= $1 AND o.first_seen < $2),"
    "       count(*) FILTER (WHERE o.resolved_at >= $1 AND o.resolved_at < $2),"
    "       count(*) FILTER (WHERE o.first_seen < $2"
    "                          AND (o.resolved_at IS NULL OR o.resolved_at >= $2))"
    "  FROM dead_letters o"
    " WHERE o.first_seen < $2 AND (o.resolved_at IS NULL OR o.resolved_at >= $1)"
    "   AND " CHANNEL_3 " GROUP BY 1 ORDER BY 1";

/* A failed run is down until the channel's next run starts (or the
 * period ends). $1 from, $2 to, $3 channel, $4 now */
static const char sql_failures[] =
    "WITH r AS ("
    "  SELECT o.channel, o.started_at, o.state IN ('error', 'auth_error', 'config_error') AS bad,"
    "         lead(o.started_at) OVER (PARTITION BY o.channel ORDER BY o.started_at, o.id) AS nxt"
    "    FROM ingest_runs o"
    "   WHERE o.started_at >= $1 AND o.started_at < $2 AND " CHANNEL_3 ")"
    " SELECT r.channel, c.state, c.last_error, count(*), count(*) FILTER (WHERE r.bad),"
    "        (extract(epoch FROM min(r.started_at) FILTER (WHERE r.bad)) * 1000000)::bigint,"
    "        (extract(epoch FROM max(r.started_at) FILTER (WHERE r.bad)) * 1000000)::bigint,"
    "        coalesce(extract(epoch FROM sum(coalesce(r.nxt, least($2::timestamptz,"
    "                 $4::timestamptz)) - r.started_at) FILTER (WHERE r.bad)), 0)::bigint"
    "   FROM r LEFT JOIN channels c ON c.name = r.channel"
    "  GROUP BY r.channel, c.state, c.last_error"
    " HAVING count(*) FILTER (WHERE r.bad) > 0 ORDER BY 1";

/* ---- reading values ---- */

static int str_at(PGresult *r, int i, int c, char **out)
{
    *out = NULL;
    if (PQgetisnull(r, i, c))
        return 0;
    *out = strdup(PQgetvalue(r, i, c));
    return *out ? 0 : od_error_set(OD_ENOMEM, "out of memory");
}

static int64_t int_at(PGresult *r, int i, int c)
{
    return PQgetisnull(r, i, c) ? 0 : strtoll(PQgetvalue(r, i, c), NULL, 10);
}

static od_time time_at(PGresult *r, int i, int c)
{
    return PQgetisnull(r, i, c) ? OD_TIME_NONE : strtoll(PQgetvalue(r, i, c), NULL, 10);
}

static od_money money_at(PGresult *r, int i, int c)
{
    const char *v = PQgetvalue(r, i, c);
    od_money m = 0;

    if (!PQgetisnull(r, i, c))
        od_money_parse(v, strlen(v), &m);
    return m;
}

static void currency_at(PGresult *r, int i, int c, char out[4])
{
    snprintf(out, 4, "%s", PQgetvalue(r, i, c));
}

/* Run `sql` and allocate `size` bytes for each row (at least one) in *rows. */
static int run(struct od_store *s, const char *what, const char *sql, int n,
               const char *const *params, size_t size, PGresult **res, void **rows)
{
    int rc = od_sink_query(s, what, sql, n, params, res);

    if (rc < 0)
        return rc;
    *rows = calloc((size_t)PQntuples(*res) + 1, size);
    if (!*rows) {
        PQclear(*res);
        *res = NULL;
        return od_error_set(OD_ENOMEM, "out of memory");
    }
    return 0;
}

/* ---- the sections ---- */

struct params {
    char from[OD_TIME_STRLEN], to[OD_TIME_STRLEN], prev[OD_TIME_STRLEN], now[OD_TIME_STRLEN];
    const char *channel, *tz;
    const char *not_holding; /* JSON array of rule ids */
};

static int load_amounts(struct od_store *s, const struct params *p, struct od_report *rep)
{
    const char *v[] = {p->prev, p->from, p->to, p->channel};
    PGresult *r = NULL;
    int rc = run(s, "cannot count the orders", sql_amounts, 4, v, sizeof(*rep->amounts), &r,
                 (void **)&rep->amounts);

    for (int i = 0; rc == 0 && i < PQntuples(r); i++) {
        struct od_report_amounts *a = &rep->amounts[rep->n_amounts++];

        rc = str_at(r, i, 0, &a->channel);
        currency_at(r, i, 1, a->currency);
        a->orders = int_at(r, i, 2);
        a->amount = money_at(r, i, 3);
        a->prev_orders = int_at(r, i, 4);
        a->prev_amount = money_at(r, i, 5);
    }
    PQclear(r);
    return rc;
}

static int load_daily(struct od_store *s, const struct params *p, struct od_report *rep)
{
    const char *v[] = {p->from, p->to, p->channel, p->tz};
    PGresult *r = NULL;
    int rc = run(s, "cannot count the orders per day", sql_daily, 4, v, sizeof(*rep->daily), &r,
                 (void **)&rep->daily);

    for (int i = 0; rc == 0 && i < PQntuples(r); i++) {
        struct od_report_day *d = &rep->daily[rep->n_daily++];

        snprintf(d->date, sizeof(d->date), "%s", PQgetvalue(r, i, 0));
        rc = str_at(r, i, 1, &d->channel);
        d->orders = int_at(r, i, 2);
    }
    PQclear(r);
    return rc;
}

static int load_audit(struct od_store *s, const struct params *p, struct od_report *rep)
{
    const char *v[] = {p->from, p->to, p->channel};
    PGresult *r = NULL;
    int rc = od_sink_query(s, "cannot count the audit outcomes", sql_audit, 3, v, &r);

    if (rc < 0)
        return rc;
    if (PQntuples(r) == 1) {
        rep->audit.approved = int_at(r, 0, 0);
        rep->audit.held = int_at(r, 0, 1);
        rep->audit.rejected = int_at(r, 0, 2);
        rep->audit.pending = int_at(r, 0, 3);
        rep->audit.total = int_at(r, 0, 4);
        rep->audit.median_decision_seconds = PQgetisnull(r, 0, 5) ? -1 : int_at(r, 0, 5);
    }
    PQclear(r);
    return 0;
}

static int load_reasons(struct od_store *s, const struct params *p, struct od_report *rep)
{
    const char *v[] = {p->from, p->to, p->channel, p->not_holding};
    PGresult *r = NULL;
    int rc = run(s, "cannot read the hold reasons", sql_reasons, 4, v, sizeof(*rep->reasons), &r,
                 (void **)&rep->reasons);

    for (int i = 0; rc == 0 && i < PQntuples(r); i++) {
        struct od_report_reason *x = &rep->reasons[rep->n_reasons++];

        rc = str_at(r, i, 0, &x->rule);
        if (rc == 0)
            rc = str_at(r, i, 1, &x->message);
        x->count = int_at(r, i, 2);
    }
    PQclear(r);
    return rc;
}

/* Rows of (id, channel, external_id, outcome, placed us, decided us, age). */
static int load_orders(struct od_store *s, const char *what, const char *sql, int n,
                       const char *const *v, struct od_report_order **out, size_t *count,
                       int64_t *total)
{
    PGresult *r = NULL;
    int rc = run(s, what, sql, n, v, sizeof(**out), &r, (void **)out);

    for (int i = 0; rc == 0 && i < PQntuples(r); i++) {
        struct od_report_order *o = &(*out)[(*count)++];

        o->id = int_at(r, i, 0);
        rc = str_at(r, i, 1, &o->channel);
        if (rc == 0)
            rc = str_at(r, i, 2, &o->external_id);
        if (rc == 0)
            rc = str_at(r, i, 3, &o->outcome);
        o->placed_at = time_at(r, i, 4);
        o->decided_at = time_at(r, i, 5);
        o->age_seconds = int_at(r, i, 6);
        if (total)
            *total = int_at(r, i, 7);
    }
    PQclear(r);
    return rc;
}

static int json_strings(const char *text, char ***out, size_t *n)
{
    struct json_object *a = json_tokener_parse(text);
    size_t len = json_object_is_type(a, json_type_array) ? json_object_array_length(a) : 0;
    int rc = 0;

    *out = calloc(len + 1, sizeof(**out));
    if (!*out)
        rc = od_error_set(OD_ENOMEM, "out of memory");
    for (size_t i = 0; rc == 0 && i < len && i < OD_REPORT_LIST_MAX; i++) {
        const char *v = json_object_get_string(json_object_array_get_idx(a, i));

        if (!((*out)[i] = strdup(v ? v : "")))
            rc = od_error_set(OD_ENOMEM, "out of memory");
        else
            (*n)++;
    }
    json_object_put(a);
    return rc;
}

static int load_shortfall(struct od_store *s, struct od_report *rep)
{
    PGresult *r = NULL;
    int rc = run(s, "cannot compute the stock shortfall", sql_shortfall, 0, NULL,
                 sizeof(*rep->shortfall), &r, (void **)&rep->shortfall);

    for (int i = 0; rc == 0 && i < PQntuples(r); i++) {
        struct od_report_short *x = &rep->shortfall[rep->n_shortfall++];

        rc = str_at(r, i, 0, &x->sku);
        if (rc == 0)
            rc = str_at(r, i, 1, &x->warehouse);
        x->on_hand = int_at(r, i, 2);
        x->reserved = int_at(r, i, 3);
        x->held_demand = int_at(r, i, 4);
        x->shortfall = int_at(r, i, 5);
        if (rc == 0)
            rc = json_strings(PQgetvalue(r, i, 6), &x->orders, &x->n_orders);
    }
    PQclear(r);
    return rc;
}

static int load_cover(struct od_store *s, const struct params *p, struct od_report *rep)
{
    const char *v[] = {p->from, p->to, p->channel};
    PGresult *r = NULL;
    int rc = run(s, "cannot compute the days of cover", sql_cover, 3, v, sizeof(*rep->cover), &r,
                 (void **)&rep->cover);

    for (int i = 0; rc == 0 && i < PQntuples(r); i++) {
        struct od_report_cover *x = &rep->cover[rep->n_cover++];

        rc = str_at(r, i, 0, &x->sku);
        x->on_hand = int_at(r, i, 1);
        x->reserved = int_at(r, i, 2);
        x->demand = int_at(r, i, 3);
        x->days = 0;
        if (x->demand > 0 && rep->period.days > 0)
            x->days = round((double)(x->on_hand - x->reserved) * rep->period.days /
                            (double)x->demand * 10.0) /
                      10.0;
    }
    PQclear(r);
    return rc;
}

static int load_top(struct od_store *s, const struct params *p, struct od_report *rep)
{
    const char *v[] = {p->from, p->to, p->channel};
    PGresult *r = NULL;
    int rc = run(s, "cannot rank the SKUs", sql_top_qty, 3, v, sizeof(*rep->top_qty), &r,
                 (void **)&rep->top_qty);

    for (int i = 0; rc == 0 && i < PQntuples(r); i++) {
        struct od_report_sku *x = &rep->top_qty[rep->n_top_qty++];

        rc = str_at(r, i, 0, &x->sku);
        x->qty = int_at(r, i, 1);
        x->orders = int_at(r, i, 2);
    }
    PQclear(r);
    r = NULL;
    if (rc == 0)
        rc = run(s, "cannot rank the SKUs", sql_top_amount, 3, v, sizeof(*rep->top_amount), &r,
                 (void **)&rep->top_amount);
    for (int i = 0; rc == 0 && i < PQntuples(r); i++) {
        struct od_report_sku *x = &rep->top_amount[rep->n_top_amount++];

        rc = str_at(r, i, 0, &x->sku);
        currency_at(r, i, 1, x->currency);
        x->qty = int_at(r, i, 2);
        x->orders = int_at(r, i, 3);
        x->amount = money_at(r, i, 4);
    }
    PQclear(r);
    return rc;
}

static int load_dead(struct od_store *s, const struct params *p, struct od_report *rep)
{
    const char *v[] = {p->from, p->to, p->channel};
    PGresult *r = NULL;
    int rc = run(s, "cannot count the dead letters", sql_dead, 3, v, sizeof(*rep->dead), &r,
                 (void **)&rep->dead);

    for (int i = 0; rc == 0 && i < PQntuples(r); i++) {
        struct od_report_dead *x = &rep->dead[rep->n_dead++];

        rc = str_at(r, i, 0, &x->channel);
        x->opened = int_at(r, i, 1);
        x->closed = int_at(r, i, 2);
        x->open_at_end = int_at(r, i, 3);
    }
    PQclear(r);
    return rc;
}

static int load_failures(struct od_store *s, const struct params *p, struct od_report *rep)
{
    const char *v[] = {p->from, p->to, p->channel, p->now};
    PGresult *r = NULL;
    int rc = run(s, "cannot read the failed polls", sql_failures, 4, v, sizeof(*rep->failures), &r,
                 (void **)&rep->failures);

    for (int i = 0; rc == 0 && i < PQntuples(r); i++) {
        struct od_report_failure *x = &rep->failures[rep->n_failures++];

        rc = str_at(r, i, 0, &x->channel);
        if (rc == 0)
            rc = str_at(r, i, 1, &x->state);
        if (rc == 0)
            rc = str_at(r, i, 2, &x->last_error);
        x->runs = int_at(r, i, 3);
        x->failed_runs = int_at(r, i, 4);
        x->first_failed_at = time_at(r, i, 5);
        x->last_failed_at = time_at(r, i, 6);
        x->down_seconds = int_at(r, i, 7);
    }
    PQclear(r);
    return rc;
}

static int exec(struct od_store *s, const char *sql)
{
    PGresult *r = NULL;
    int rc = od_sink_query(s, "report", sql, 0, NULL, &r);

    PQclear(r);
    return rc;
}

/* The ids of the rules that tag or set a priority: their reasons ride
 * along on held orders without holding them. */
static int not_holding(const struct od_rules *rules, char **out)
{
    struct json_object *a = json_object_new_array();
    int rc = a ? 0 : od_error_set(OD_ENOMEM, "out of memory");

    for (size_t i = 0; rc == 0 && rules && i < rules->n; i++) {
        const struct od_rule *x = &rules->rules[i];

        if (x->id && (x->action == OD_ACTION_TAG || x->action == OD_ACTION_SET_PRIORITY) &&
            json_object_array_add(a, json_object_new_string(x->id)) < 0)
            rc = od_error_set(OD_ENOMEM, "out of memory");
    }
    if (rc == 0 && !(*out = strdup(json_object_to_json_string_ext(a, JSON_C_TO_STRING_PLAIN))))
        rc = od_error_set(OD_ENOMEM, "out of memory");
    json_object_put(a);
    return rc;
}

int od_report_compute(struct od_store *s, const struct od_report_period *p, const char *channel,
                      const struct od_rules *rules, od_time now, struct od_report **out)
{
    struct od_report *rep = calloc(1, sizeof(*rep));
    char *skip = NULL;
    struct params par;
    bool open = false;
    int rc;

    if (!rep)
        return od_error_set(OD_ENOMEM, "out of memory");
    rep->period = *p;
    rep->generated_at = now;
    rep->audit.median_decision_seconds = -1;
    if ((rc = od_report_period_prev(p, &rep->prev)) < 0)
        goto out;
    if (channel && !(rep->channel = strdup(channel))) {
        rc = od_error_set(OD_ENOMEM, "out of memory");
        goto out;
    }
    memset(&par, 0, sizeof(par));
    od_time_format(p->from, par.from);
    od_time_format(p->to, par.to);
    od_time_format(rep->prev.from, par.prev);
    od_time_format(now, par.now);
    par.channel = channel;
    par.tz = p->tz;
    if ((rc = not_holding(rules, &skip)) < 0)
        goto out;
    par.not_holding = skip;
    /* Every statement sees the same snapshot. */
    rc = exec(s, "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    if (rc < 0)
        goto out;
    open = true;
    if ((rc = load_amounts(s, &par, rep)) < 0 || (rc = load_daily(s, &par, rep)) < 0 ||
        (rc = load_audit(s, &par, rep)) < 0 || (rc = load_reasons(s, &par, rep)) < 0)
        goto out;
    {
        const char *v[] = {par.to, channel, par.now};

        rc = load_orders(s, "cannot list the waiting orders", sql_waiting, 3, v, &rep->waiting,
                         &rep->n_waiting, &rep->waiting_total);
        if (rc < 0)
            goto out;
    }
    if ((rc = load_shortfall(s, rep)) < 0 || (rc = load_cover(s, &par, rep)) < 0 ||
        (rc = load_top(s, &par, rep)) < 0)
        goto out;
    {
        const char *v[] = {par.from, par.to, channel};

        rc = load_orders(s, "cannot list the rush orders", sql_rush, 3, v, &rep->rush, &rep->n_rush,
                         NULL);
        if (rc < 0)
            goto out;
    }
    if ((rc = load_dead(s, &par, rep)) < 0 || (rc = load_failures(s, &par, rep)) < 0)
        goto out;
    rc = exec(s, "COMMIT");
    open = false;
    if (rc < 0)
        goto out;
    *out = rep;
    rep = NULL;
out:
    if (open)
        exec(s, "ROLLBACK");
    free(skip);
    od_report_free(rep);
    return rc;
}

static void orders_free(struct od_report_order *v, size_t n)
{
    for (size_t i = 0; v && i < n; i++) {
        free(v[i].channel);
        free(v[i].external_id);
        free(v[i].outcome);
    }
    free(v);
}

void od_report_free(struct od_report *r)
{
    if (!r)
        return;
    for (size_t i = 0; r->amounts && i < r->n_amounts; i++)
        free(r->amounts[i].channel);
    free(r->amounts);
    for (size_t i = 0; r->daily && i < r->n_daily; i++)
        free(r->daily[i].channel);
    free(r->daily);
    for (size_t i = 0; r->reasons && i < r->n_reasons; i++) {
        free(r->reasons[i].rule);
        free(r->reasons[i].message);
    }
    free(r->reasons);
    orders_free(r->waiting, r->n_waiting);
    orders_free(r->rush, r->n_rush);
    for (size_t i = 0; r->shortfall && i < r->n_shortfall; i++) {
        free(r->shortfall[i].sku);
        free(r->shortfall[i].warehouse);
        for (size_t j = 0; r->shortfall[i].orders && j < r->shortfall[i].n_orders; j++)
            free(r->shortfall[i].orders[j]);
        free(r->shortfall[i].orders);
    }
    free(r->shortfall);
    for (size_t i = 0; r->cover && i < r->n_cover; i++)
        free(r->cover[i].sku);
    free(r->cover);
    for (size_t i = 0; r->top_qty && i < r->n_top_qty; i++)
        free(r->top_qty[i].sku);
    free(r->top_qty);
    for (size_t i = 0; r->top_amount && i < r->n_top_amount; i++)
        free(r->top_amount[i].sku);
    free(r->top_amount);
    for (size_t i = 0; r->dead && i < r->n_dead; i++)
        free(r->dead[i].channel);
    free(r->dead);
    for (size_t i = 0; r->failures && i < r->n_failures; i++) {
        free(r->failures[i].channel);
        free(r->failures[i].state);
        free(r->failures[i].last_error);
    }
    free(r->failures);
    free(r->channel);
    free(r);
}

bool od_report_change(int64_t prev, int64_t cur, double *pct)
{
    if (prev == 0)
        return false;
    *pct = round((double)(cur - prev) * 1000.0 / (double)prev) / 10.0;
    return true;
}
