/* The report as JSON and as CSV tables (see report.h, docs/reports.md). */
#include "report.h"

#include <json-c/json.h>
#include <stdio.h>
#include <string.h>

#include "buf.h"
#include "csv.h"
#include "error.h"

/* ---- JSON ---- */

/* Adding to a tree: the first failure is kept in *rc, later calls do nothing. */
struct jb {
    int rc;
    const char *tz;
};

static struct json_object *jnew(struct jb *j, struct json_object *o)
{
    if (!o && j->rc == 0)
        j->rc = od_error_set(OD_ENOMEM, "out of memory");
    return o;
}

static void put(struct jb *j, struct json_object *o, const char *k, struct json_object *v)
{
    if (j->rc == 0 && o && json_object_object_add(o, k, v) < 0) {
        j->rc = od_error_set(OD_ENOMEM, "out of memory");
        json_object_put(v);
    } else if (j->rc != 0 || !o) {
        json_object_put(v);
    }
}

static void push(struct jb *j, struct json_object *a, struct json_object *v)
{
    if (j->rc == 0 && a && json_object_array_add(a, v) < 0) {
        j->rc = od_error_set(OD_ENOMEM, "out of memory");
        json_object_put(v);
    } else if (j->rc != 0 || !a) {
        json_object_put(v);
    }
}

static void put_str(struct jb *j, struct json_object *o, const char *k, const char *v)
{
    put(j, o, k, v ? jnew(j, json_object_new_string(v)) : NULL);
}

static void put_int(struct jb *j, struct json_object *o, const char *k, int64_t v)
{
    put(j, o, k, jnew(j, json_object_new_int64(v)));
}

static void put_money(struct jb *j, struct json_object *o, const char *k, od_money v)
{
    char buf[OD_MONEY_STRLEN];

    put_str(j, o, k, od_money_format(v, buf));
}

static void put_time(struct jb *j, struct json_object *o, const char *k, od_time t)
{
    char buf[OD_TIME_STRLEN];

    put_str(j, o, k, t == OD_TIME_NONE ? NULL : od_time_format_tz(t, j->tz, buf));
}

/* A percentage with one decimal, or null. */
static void put_pct(struct jb *j, struct json_object *o, const char *k, bool has, double v)
{
    char buf[32];

    snprintf(buf, sizeof(buf), "%.1f", v);
    put(j, o, k, has ? jnew(j, json_object_new_double_s(v, buf)) : NULL);
}

static void put_change(struct jb *j, struct json_object *o, const char *k, int64_t prev,
                       int64_t cur)
{
    double pct = 0;
    bool has = od_report_change(prev, cur, &pct);

    put_pct(j, o, k, has, pct);
}

static const char *kind_name(enum od_report_kind k)
{
    return k == OD_REPORT_DAILY ? "daily" : k == OD_REPORT_WEEKLY ? "weekly" : "range";
}

static struct json_object *period_json(struct jb *j, const struct od_report_period *p)
{
    struct json_object *o = jnew(j, json_object_new_object());
    char name[64];

    put_str(j, o, "kind", kind_name(p->kind));
    put_str(j, o, "name", od_report_period_name(p, name, sizeof(name)));
    put_time(j, o, "from", p->from);
    put_time(j, o, "to", p->to);
    put_str(j, o, "timezone", p->tz);
    put_str(j, o, "first_day", p->first);
    put_str(j, o, "last_day", p->last);
    put_int(j, o, "days", p->days);
    return o;
}

/* Orders and amounts per currency of one channel's rows of r->amounts,
 * or of every row when channel is NULL (the totals). */
static struct json_object *amounts_json(struct jb *j, const struct od_report *r,
                                        const char *channel)
{
    struct json_object *o = jnew(j, json_object_new_object());
    struct json_object *cur = jnew(j, json_object_new_object());
    struct json_object *prev = jnew(j, json_object_new_object());
    struct json_object *chg = jnew(j, json_object_new_object());
    int64_t n = 0, pn = 0;

    if (channel)
        put_str(j, o, "channel", channel);
    for (size_t i = 0; i < r->n_amounts; i++) {
        const struct od_report_amounts *a = &r->amounts[i];
        od_money m = 0, pm = 0;

        if (channel && strcmp(a->channel, channel) != 0)
            continue;
        n += a->orders;
        pn += a->prev_orders;
        if (json_object_object_get_ex(cur, a->currency, NULL))
            continue;
        /* the totals add up the channels' rows of the currency */
        for (size_t k = 0; k < r->n_amounts; k++)
            if ((!channel || strcmp(r->amounts[k].channel, channel) == 0) &&
                strcmp(r->amounts[k].currency, a->currency) == 0) {
                m += r->amounts[k].amount;
                pm += r->amounts[k].prev_amount;
            }
        put_money(j, cur, a->currency, m);
        put_money(j, prev, a->currency, pm);
        put_change(j, chg, a->currency, pm, m);
    }
    put_int(j, o, "orders", n);
    put(j, o, "amounts", cur);
    put_int(j, o, "previous_orders", pn);
    put(j, o, "previous_amounts", prev);
    put_change(j, o, "orders_change_pct", pn, n);
    put(j, o, "amounts_change_pct", chg);
    return o;
}

static struct json_object *order_json(struct jb *j, const struct od_report_order *x, bool waiting)
{
    struct json_object *o = jnew(j, json_object_new_object());

    put_int(j, o, "id", x->id);
    put_str(j, o, "channel", x->channel);
    put_str(j, o, "external_id", x->external_id);
    put_str(j, o, "outcome", x->outcome);
    put_time(j, o, "placed_at", x->placed_at);
    if (waiting) {
        put_int(j, o, "age_seconds", x->age_seconds);
        put_time(j, o, "decided_at", x->decided_at);
    } else {
        put(j, o, "decided",
            jnew(j, json_object_new_boolean(strcmp(x->outcome, "approved") == 0 ||
                                            strcmp(x->outcome, "rejected") == 0)));
        put_time(j, o, "decided_at", x->decided_at);
    }
    return o;
}

static void put_rate(struct jb *j, struct json_object *o, const char *k, int64_t n, int64_t total)
{
    double v = total ? (double)(int64_t)((double)n * 1000.0 / (double)total + 0.5) / 10.0 : 0;

    put_pct(j, o, k, total > 0, v);
}

static struct json_object *audit_json(struct jb *j, const struct od_report *r)
{
    struct json_object *o = jnew(j, json_object_new_object());
    struct json_object *rates = jnew(j, json_object_new_object());
    struct json_object *reasons = jnew(j, json_object_new_array());
    struct json_object *waiting = jnew(j, json_object_new_object());
    struct json_object *wl = jnew(j, json_object_new_array());

    put_int(j, o, "approved", r->audit.approved);
    put_int(j, o, "held", r->audit.held);
    put_int(j, o, "rejected", r->audit.rejected);
    put_int(j, o, "pending", r->audit.pending);
    put_int(j, o, "total", r->audit.total);
    put_rate(j, rates, "approved", r->audit.approved, r->audit.total);
    put_rate(j, rates, "held", r->audit.held, r->audit.total);
    put_rate(j, rates, "rejected", r->audit.rejected, r->audit.total);
    put_rate(j, rates, "pending", r->audit.pending, r->audit.total);
    put(j, o, "rates_pct", rates);
    put(j, o, "median_decision_seconds",
        r->audit.median_decision_seconds < 0
            ? NULL
            : jnew(j, json_object_new_int64(r->audit.median_decision_seconds)));
    for (size_t i = 0; i < r->n_reasons; i++) {
        struct json_object *x = jnew(j, json_object_new_object());

        put_str(j, x, "rule", r->reasons[i].rule);
        put_str(j, x, "message", r->reasons[i].message);
        put_int(j, x, "count", r->reasons[i].count);
        push(j, reasons, x);
    }
    put(j, o, "top_hold_reasons", reasons);
    put_int(j, waiting, "count", r->waiting_total);
    for (size_t i = 0; i < r->n_waiting; i++)
        push(j, wl, order_json(j, &r->waiting[i], true));
    put(j, waiting, "orders", wl);
    put(j, o, "waiting_at_end", waiting);
    return o;
}

static struct json_object *stock_json(struct jb *j, const struct od_report *r)
{
    struct json_object *a = jnew(j, json_object_new_array());

    for (size_t i = 0; i < r->n_shortfall; i++) {
        const struct od_report_short *s = &r->shortfall[i];
        struct json_object *x = jnew(j, json_object_new_object());
        struct json_object *ords = jnew(j, json_object_new_array());

        put_str(j, x, "sku", s->sku);
        put_str(j, x, "warehouse", s->warehouse);
        put_int(j, x, "on_hand", s->on_hand);
        put_int(j, x, "reserved", s->reserved);
        put_int(j, x, "held_demand", s->held_demand);
        put_int(j, x, "shortfall", s->shortfall);
        for (size_t k = 0; k < s->n_orders; k++)
            push(j, ords, jnew(j, json_object_new_string(s->orders[k])));
        put(j, x, "orders", ords);
        push(j, a, x);
    }
    return a;
}

static struct json_object *cover_json(struct jb *j, const struct od_report *r)
{
    struct json_object *a = jnew(j, json_object_new_array());

    for (size_t i = 0; i < r->n_cover; i++) {
        const struct od_report_cover *c = &r->cover[i];
        struct json_object *x = jnew(j, json_object_new_object());

        put_str(j, x, "sku", c->sku);
        put_int(j, x, "on_hand", c->on_hand);
        put_int(j, x, "reserved", c->reserved);
        put_int(j, x, "demand", c->demand);
        put_pct(j, x, "days_of_cover", c->demand > 0, c->days);
        push(j, a, x);
    }
    return a;
}

static struct json_object *skus_json(struct jb *j, const struct od_report *r)
{
    struct json_object *o = jnew(j, json_object_new_object());
    struct json_object *q = jnew(j, json_object_new_array());
    struct json_object *m = jnew(j, json_object_new_array());

    for (size_t i = 0; i < r->n_top_qty; i++) {
        struct json_object *x = jnew(j, json_object_new_object());

        put_str(j, x, "sku", r->top_qty[i].sku);
        put_int(j, x, "qty", r->top_qty[i].qty);
        put_int(j, x, "orders", r->top_qty[i].orders);
        push(j, q, x);
    }
    for (size_t i = 0; i < r->n_top_amount; i++) {
        struct json_object *x = jnew(j, json_object_new_object());

        put_str(j, x, "sku", r->top_amount[i].sku);
        put_str(j, x, "currency", r->top_amount[i].currency);
        put_money(j, x, "amount", r->top_amount[i].amount);
        put_int(j, x, "qty", r->top_amount[i].qty);
        put_int(j, x, "orders", r->top_amount[i].orders);
        push(j, m, x);
    }
    put(j, o, "by_quantity", q);
    put(j, o, "by_amount", m);
    return o;
}

static struct json_object *intake_json(struct jb *j, const struct od_report *r, bool failures)
{
    struct json_object *a = jnew(j, json_object_new_array());

    for (size_t i = 0; !failures && i < r->n_dead; i++) {
        struct json_object *x = jnew(j, json_object_new_object());

        put_str(j, x, "channel", r->dead[i].channel);
        put_int(j, x, "opened", r->dead[i].opened);
        put_int(j, x, "closed", r->dead[i].closed);
        put_int(j, x, "open_at_end", r->dead[i].open_at_end);
        push(j, a, x);
    }
    for (size_t i = 0; failures && i < r->n_failures; i++) {
        const struct od_report_failure *f = &r->failures[i];
        struct json_object *x = jnew(j, json_object_new_object());

        put_str(j, x, "channel", f->channel);
        put_str(j, x, "state", f->state);
        put_str(j, x, "last_error", f->last_error);
        put_int(j, x, "runs", f->runs);
        put_int(j, x, "failed_runs", f->failed_runs);
        put_time(j, x, "first_failed_at", f->first_failed_at);
        put_time(j, x, "last_failed_at", f->last_failed_at);
        put_int(j, x, "down_seconds", f->down_seconds);
        push(j, a, x);
    }
    return a;
}

int od_report_to_json(const struct od_report *r, struct json_object **out)
{
    struct jb j = {.rc = 0, .tz = r->period.tz};
    struct json_object *o = jnew(&j, json_object_new_object());
    struct json_object *chans = jnew(&j, json_object_new_array());
    struct json_object *daily = jnew(&j, json_object_new_array());
    struct json_object *rush = jnew(&j, json_object_new_array());

    put(&j, o, "period", period_json(&j, &r->period));
    put(&j, o, "previous_period", period_json(&j, &r->prev));
    put_str(&j, o, "channel", r->channel);
    put_time(&j, o, "generated_at", r->generated_at);
    for (size_t i = 0; i < r->n_amounts; i++)
        if (i == 0 || strcmp(r->amounts[i].channel, r->amounts[i - 1].channel) != 0)
            push(&j, chans, amounts_json(&j, r, r->amounts[i].channel));
    put(&j, o, "channels", chans);
    put(&j, o, "totals", amounts_json(&j, r, NULL));
    for (size_t i = 0; i < r->n_daily; i++) {
        struct json_object *x = jnew(&j, json_object_new_object());

        put_str(&j, x, "date", r->daily[i].date);
        put_str(&j, x, "channel", r->daily[i].channel);
        put_int(&j, x, "orders", r->daily[i].orders);
        push(&j, daily, x);
    }
    put(&j, o, "daily", daily);
    put(&j, o, "audit", audit_json(&j, r));
    put(&j, o, "stock_shortfall", stock_json(&j, r));
    put(&j, o, "stock_cover", cover_json(&j, r));
    put(&j, o, "top_skus", skus_json(&j, r));
    for (size_t i = 0; i < r->n_rush; i++)
        push(&j, rush, order_json(&j, &r->rush[i], false));
    put(&j, o, "rush", rush);
    put(&j, o, "dead_letters", intake_json(&j, r, false));
    put(&j, o, "channel_failures", intake_json(&j, r, true));
    if (j.rc < 0) {
        json_object_put(o);
        return j.rc;
    }
    *out = o;
    return 0;
}

/* ---- CSV ---- */

const char *const od_report_csv_tables[] = {"orders", "audit",       "stock",
                                            "skus",   "deadletters", NULL};

static int int_cell(struct od_buf *b, int64_t v)
{
    return od_buf_printf(b, "%lld", (long long)v);
}

static int money_cell(struct od_buf *b, od_money v)
{
    char buf[OD_MONEY_STRLEN];

    return od_buf_adds(b, od_money_format(v, buf));
}

static int pct_cell(struct od_buf *b, bool has, double v)
{
    return has ? od_buf_printf(b, "%.1f", v) : 0;
}

static int sep(struct od_buf *b)
{
    return od_buf_addc(b, ',');
}

static int eol(struct od_buf *b)
{
    return od_buf_adds(b, "\r\n");
}

static int csv_orders(const struct od_report *r, struct od_buf *b)
{
    int rc = od_buf_adds(b, "channel,currency,orders,amount,previous_orders,previous_amount,"
                            "amount_change_pct\r\n");

    for (size_t i = 0; rc == 0 && i < r->n_amounts; i++) {
        const struct od_report_amounts *a = &r->amounts[i];
        double pct = 0;
        bool has = od_report_change(a->prev_amount, a->amount, &pct);

        if ((rc = od_csv_add_text(b, a->channel)) < 0 || (rc = sep(b)) < 0 ||
            (rc = od_csv_add_text(b, a->currency)) < 0 || (rc = sep(b)) < 0 ||
            (rc = int_cell(b, a->orders)) < 0 || (rc = sep(b)) < 0 ||
            (rc = money_cell(b, a->amount)) < 0 || (rc = sep(b)) < 0 ||
            (rc = int_cell(b, a->prev_orders)) < 0 || (rc = sep(b)) < 0 ||
            (rc = money_cell(b, a->prev_amount)) < 0 || (rc = sep(b)) < 0 ||
            (rc = pct_cell(b, has, pct)) < 0)
            break;
        rc = eol(b);
    }
    return rc;
}

static int csv_audit(const struct od_report *r, struct od_buf *b)
{
    const char *names[] = {"approved", "held", "rejected", "pending"};
    int64_t counts[] = {r->audit.approved, r->audit.held, r->audit.rejected, r->audit.pending};
    int rc = od_buf_adds(b, "kind,name,message,count,rate_pct\r\n");

    for (size_t i = 0; rc == 0 && i < 4; i++) {
        double v =
            r->audit.total
                ? (double)(int64_t)((double)counts[i] * 1000.0 / (double)r->audit.total + 0.5) /
                      10.0
                : 0;

        rc = od_buf_printf(b, "outcome,%s,,%lld,", names[i], (long long)counts[i]);
        if (rc == 0)
            rc = pct_cell(b, r->audit.total > 0, v);
        if (rc == 0)
            rc = eol(b);
    }
    for (size_t i = 0; rc == 0 && i < r->n_reasons; i++) {
        if ((rc = od_buf_adds(b, "hold_reason,")) < 0 ||
            (rc = od_csv_add_text(b, r->reasons[i].rule)) < 0 || (rc = sep(b)) < 0 ||
            (rc = od_csv_add_text(b, r->reasons[i].message)) < 0 || (rc = sep(b)) < 0 ||
            (rc = int_cell(b, r->reasons[i].count)) < 0 || (rc = sep(b)) < 0)
            break;
        rc = eol(b);
    }
    return rc;
}

static int csv_stock(const struct od_report *r, struct od_buf *b)
{
    int rc = od_buf_adds(b, "sku,warehouse,on_hand,reserved,held_demand,shortfall,orders\r\n");
    struct od_buf ords;

    od_buf_init(&ords, 64 * 1024);
    for (size_t i = 0; rc == 0 && i < r->n_shortfall; i++) {
        const struct od_report_short *s = &r->shortfall[i];

        od_buf_reset(&ords);
        for (size_t k = 0; rc == 0 && k < s->n_orders; k++)
            rc = od_buf_printf(&ords, "%s%s", k ? " " : "", s->orders[k]);
        if (rc < 0 || (rc = od_csv_add_text(b, s->sku)) < 0 || (rc = sep(b)) < 0 ||
            (rc = od_csv_add_text(b, s->warehouse)) < 0 ||
            (rc = od_buf_printf(b, ",%lld,%lld,%lld,%lld,", (long long)s->on_hand,
                                (long long)s->reserved, (long long)s->held_demand,
                                (long long)s->shortfall)) < 0 ||
            (rc = od_csv_add_text(b, ords.data ? ords.data : "")) < 0)
            break;
        rc = eol(b);
    }
    od_buf_free(&ords);
    return rc;
}

static int csv_skus(const struct od_report *r, struct od_buf *b)
{
    int rc = od_buf_adds(b, "ranked_by,rank,sku,currency,qty,orders,amount\r\n");
    size_t rank = 0;

    for (size_t i = 0; rc == 0 && i < r->n_top_qty; i++) {
        if ((rc = od_buf_printf(b, "quantity,%zu,", i + 1)) < 0 ||
            (rc = od_csv_add_text(b, r->top_qty[i].sku)) < 0 ||
            (rc = od_buf_printf(b, ",,%lld,%lld,", (long long)r->top_qty[i].qty,
                                (long long)r->top_qty[i].orders)) < 0)
            break;
        rc = eol(b);
    }
    for (size_t i = 0; rc == 0 && i < r->n_top_amount; i++) {
        const struct od_report_sku *x = &r->top_amount[i];

        rank = i > 0 && strcmp(x->currency, r->top_amount[i - 1].currency) == 0 ? rank + 1 : 1;
        if ((rc = od_buf_printf(b, "amount,%zu,", rank)) < 0 ||
            (rc = od_csv_add_text(b, x->sku)) < 0 || (rc = sep(b)) < 0 ||
            (rc = od_csv_add_text(b, x->currency)) < 0 ||
            (rc = od_buf_printf(b, ",%lld,%lld,", (long long)x->qty, (long long)x->orders)) < 0 ||
            (rc = money_cell(b, x->amount)) < 0)
            break;
        rc = eol(b);
    }
    return rc;
}

static int csv_dead(const struct od_report *r, struct od_buf *b)
{
    int rc = od_buf_adds(b, "channel,opened,closed,open_at_end\r\n");

    for (size_t i = 0; rc == 0 && i < r->n_dead; i++) {
        if ((rc = od_csv_add_text(b, r->dead[i].channel)) < 0 ||
            (rc = od_buf_printf(b, ",%lld,%lld,%lld", (long long)r->dead[i].opened,
                                (long long)r->dead[i].closed, (long long)r->dead[i].open_at_end)) <
                0)
            break;
        rc = eol(b);
    }
    return rc;
}

int od_report_csv(const struct od_report *r, const char *table, struct od_buf *b)
{
    static const struct {
        const char *name;
        int (*write)(const struct od_report *, struct od_buf *);
    } tables[] = {
        {"orders", csv_orders}, {"audit", csv_audit},      {"stock", csv_stock},
        {"skus", csv_skus},     {"deadletters", csv_dead},
    };
    int rc;

    for (size_t i = 0; i < sizeof(tables) / sizeof(tables[0]); i++) {
        if (strcmp(tables[i].name, table) != 0)
            continue;
        rc = od_buf_adds(b, "\xEF\xBB\xBF");
        return rc < 0 ? rc : tables[i].write(r, b);
    }
    return od_error_set(OD_EINVAL, "unknown table '%s' (orders, audit, stock, skus, deadletters)",
                        table);
}
