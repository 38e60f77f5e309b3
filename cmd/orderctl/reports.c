/* orderctl's report command (see reports.h). */
#include "reports.h"

#include <errno.h>
#include <json-c/json.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "report.h"
#include "report_mail.h"
#include "config.h"
#include "buf.h"
#include "cli.h"
#include "error.h"
#include "table.h"

static int period_of(const struct report_opts *o, struct od_report_period *p)
{
    if (strcmp(o->kind, "daily") == 0)
        return o->date ? od_report_period_day(o->date, o->tz, p)
                       : od_report_period_default(OD_REPORT_DAILY, od_time_now(), o->tz, p);
    if (strcmp(o->kind, "weekly") == 0)
        return o->week ? od_report_period_week(o->week, o->tz, p)
                       : od_report_period_default(OD_REPORT_WEEKLY, od_time_now(), o->tz, p);
    return od_report_period_range(o->from, o->to, o->tz, p);
}

int orderctl_report_check(const struct report_opts *o)
{
    struct od_report_period p;
    bool known = false;

    if (strcmp(o->format, "table") && strcmp(o->format, "json") && strcmp(o->format, "csv") &&
        strcmp(o->format, "html")) {
        fprintf(stderr, "orderctl: unknown --format '%s' (table, json, csv, html)\n", o->format);
        return OD_EXIT_USAGE;
    }
    if (o->table && strcmp(o->format, "csv") != 0) {
        fprintf(stderr, "orderctl: --table goes with --format csv\n");
        return OD_EXIT_USAGE;
    }
    for (size_t i = 0; o->table && od_report_csv_tables[i]; i++)
        known = known || strcmp(o->table, od_report_csv_tables[i]) == 0;
    if (o->table && !known) {
        fprintf(stderr,
                "orderctl: unknown --table '%s' (orders, audit, stock, skus, deadletters)\n",
                o->table);
        return OD_EXIT_USAGE;
    }
    if (o->lang && strcmp(o->lang, "zh") != 0 && strcmp(o->lang, "en") != 0) {
        fprintf(stderr, "orderctl: unknown --lang '%s' (zh, en)\n", o->lang);
        return OD_EXIT_USAGE;
    }
    if (o->mail && (strcmp(o->kind, "daily") != 0 || strcmp(o->format, "table") != 0 || o->table ||
                    o->output)) {
        fprintf(stderr, "orderctl: --mail goes with report daily, without --format, --table "
                        "and -o\n");
        return OD_EXIT_USAGE;
    }
    if (o->lang && !o->mail && strcmp(o->format, "html") != 0) {
        fprintf(stderr, "orderctl: --lang goes with --format html or --mail\n");
        return OD_EXIT_USAGE;
    }
    if (strcmp(o->kind, "range") == 0 && (!o->from || !o->to)) {
        fprintf(stderr, "orderctl: report range needs --from D and --to D\n");
        return OD_EXIT_USAGE;
    }
    if (period_of(o, &p) < 0) {
        fprintf(stderr, "orderctl: report %s: %s\n", o->kind, od_error_last());
        return OD_EXIT_USAGE;
    }
    return 0;
}

/* ---- the text tables ---- */

static const char *i64(char *buf, int64_t v)
{
    snprintf(buf, 32, "%lld", (long long)v);
    return buf;
}

static const char *pct(char *buf, int64_t prev, int64_t cur)
{
    double v;

    if (!od_report_change(prev, cur, &v))
        return "-";
    snprintf(buf, 32, "%+.1f%%", v);
    return buf;
}

static void section(FILE *f, const char *title)
{
    fprintf(f, "\n%s\n", title);
}

static void print_table(FILE *f, struct od_table *t)
{
    od_table_print(t, f);
    od_table_free(t);
}

static void print_orders(FILE *f, const struct od_report *r)
{
    static const char *const cols[] = {"CHANNEL", "CURRENCY", "ORDERS", "PREV", "CHANGE",
                                       "AMOUNT",  "PREV",     "CHANGE", NULL};
    struct od_table *t = od_table_new(cols);
    char b[6][32], m[2][OD_MONEY_STRLEN];

    for (size_t i = 0; i < r->n_amounts; i++) {
        const struct od_report_amounts *a = &r->amounts[i];

        od_table_row(t, (const char *[]){
                            a->channel, a->currency, i64(b[0], a->orders),
                            i64(b[1], a->prev_orders), pct(b[2], a->prev_orders, a->orders),
                            od_money_format(a->amount, m[0]), od_money_format(a->prev_amount, m[1]),
                            pct(b[3], a->prev_amount, a->amount)});
    }
    section(f, "Orders per channel (amounts per currency; previous period alongside)");
    print_table(f, t);
}

static void print_audit(FILE *f, const struct od_report *r)
{
    static const char *const rcols[] = {"RULE", "HELD", "MESSAGE (most frequent)", NULL};
    static const char *const wcols[] = {"ID", "CHANNEL", "EXTERNAL_ID", "OUTCOME", "AGE", NULL};
    struct od_table *t;
    char b[4][32];
    int64_t n = r->audit.total;

    section(f, "Audit");
    fprintf(f, "approved %lld  held %lld  rejected %lld  pending %lld  (of %lld",
            (long long)r->audit.approved, (long long)r->audit.held, (long long)r->audit.rejected,
            (long long)r->audit.pending, (long long)n);
    if (n > 0)
        fprintf(f, "; held %.1f%%, rejected %.1f%%", (double)r->audit.held * 100.0 / (double)n,
                (double)r->audit.rejected * 100.0 / (double)n);
    fprintf(f, ")\n");
    if (r->audit.median_decision_seconds >= 0)
        fprintf(f, "median time from intake to decision: %lld s\n",
                (long long)r->audit.median_decision_seconds);
    if (r->n_reasons) {
        t = od_table_new(rcols);
        for (size_t i = 0; i < r->n_reasons; i++)
            od_table_row(t, (const char *[]){r->reasons[i].rule, i64(b[0], r->reasons[i].count),
                                             r->reasons[i].message});
        print_table(f, t);
    }
    fprintf(f, "waiting at the end of the period: %lld\n", (long long)r->waiting_total);
    if (r->n_waiting) {
        t = od_table_new(wcols);
        for (size_t i = 0; i < r->n_waiting; i++) {
            const struct od_report_order *o = &r->waiting[i];

            snprintf(b[1], sizeof(b[1]), "%lldh%02lldm", (long long)(o->age_seconds / 3600),
                     (long long)(o->age_seconds / 60 % 60));
            od_table_row(t, (const char *[]){i64(b[0], o->id), o->channel, o->external_id,
                                             o->outcome, b[1]});
        }
        print_table(f, t);
    }
}

static void print_stock(FILE *f, const struct od_report *r)
{
    static const char *const cols[] = {"SKU",         "WAREHOUSE", "ON_HAND", "RESERVED",
                                       "HELD_DEMAND", "SHORTFALL", "ORDERS",  NULL};
    static const char *const ccols[] = {"SKU",    "ON_HAND",       "RESERVED",
                                        "DEMAND", "DAYS_OF_COVER", NULL};
    struct od_table *t = od_table_new(cols);
    char b[5][32];
    struct od_buf ords;

    od_buf_init(&ords, 4096);
    for (size_t i = 0; i < r->n_shortfall; i++) {
        const struct od_report_short *s = &r->shortfall[i];

        od_buf_reset(&ords);
        for (size_t k = 0; k < s->n_orders; k++)
            od_buf_printf(&ords, "%s%s", k ? " " : "", s->orders[k]);
        od_table_row(t, (const char *[]){s->sku, s->warehouse, i64(b[0], s->on_hand),
                                         i64(b[1], s->reserved), i64(b[2], s->held_demand),
                                         i64(b[3], s->shortfall), ords.data ? ords.data : ""});
    }
    od_buf_free(&ords);
    section(f, "Stock shortfall now (active reservations + held demand > on hand)");
    print_table(f, t);
    t = od_table_new(ccols);
    for (size_t i = 0; i < r->n_cover; i++) {
        const struct od_report_cover *c = &r->cover[i];

        snprintf(b[4], sizeof(b[4]), "%.1f", c->days);
        od_table_row(t, (const char *[]){c->sku, i64(b[0], c->on_hand), i64(b[1], c->reserved),
                                         i64(b[2], c->demand), c->demand > 0 ? b[4] : "-"});
    }
    section(f, "Days of cover (on hand - reserved over the period's mean daily demand)");
    print_table(f, t);
}

static void print_skus(FILE *f, const struct od_report *r)
{
    static const char *const qcols[] = {"SKU", "QTY", "ORDERS", NULL};
    static const char *const acols[] = {"SKU", "CURRENCY", "AMOUNT", "QTY", NULL};
    struct od_table *t = od_table_new(qcols);
    char b[2][32], m[OD_MONEY_STRLEN];

    for (size_t i = 0; i < r->n_top_qty; i++)
        od_table_row(t, (const char *[]){r->top_qty[i].sku, i64(b[0], r->top_qty[i].qty),
                                         i64(b[1], r->top_qty[i].orders)});
    section(f, "Top SKUs by quantity");
    print_table(f, t);
    t = od_table_new(acols);
    for (size_t i = 0; i < r->n_top_amount; i++)
        od_table_row(t, (const char *[]){r->top_amount[i].sku, r->top_amount[i].currency,
                                         od_money_format(r->top_amount[i].amount, m),
                                         i64(b[0], r->top_amount[i].qty)});
    section(f, "Top SKUs by amount (per currency)");
    print_table(f, t);
}

static void print_rush(FILE *f, const struct od_report *r)
{
    static const char *const cols[] = {"ID", "CHANNEL", "EXTERNAL_ID", "OUTCOME", "DECIDED", NULL};
    struct od_table *t = od_table_new(cols);
    char b[32];

    for (size_t i = 0; i < r->n_rush; i++) {
        const struct od_report_order *o = &r->rush[i];
        bool decided = strcmp(o->outcome, "approved") == 0 || strcmp(o->outcome, "rejected") == 0;

        od_table_row(t, (const char *[]){i64(b, o->id), o->channel, o->external_id, o->outcome,
                                         decided ? "yes" : "no"});
    }
    section(f, "Rush (urgent) orders");
    print_table(f, t);
}

static void print_intake(FILE *f, const struct od_report *r)
{
    static const char *const dcols[] = {"CHANNEL", "OPENED", "CLOSED", "OPEN_AT_END", NULL};
    static const char *const fcols[] = {"CHANNEL", "STATE", "RUNS", "FAILED", "DOWN", NULL};
    struct od_table *t = od_table_new(dcols);
    char b[4][32];

    for (size_t i = 0; i < r->n_dead; i++)
        od_table_row(t, (const char *[]){r->dead[i].channel, i64(b[0], r->dead[i].opened),
                                         i64(b[1], r->dead[i].closed),
                                         i64(b[2], r->dead[i].open_at_end)});
    section(f, "Dead letters");
    print_table(f, t);
    t = od_table_new(fcols);
    for (size_t i = 0; i < r->n_failures; i++) {
        const struct od_report_failure *x = &r->failures[i];

        snprintf(b[3], sizeof(b[3]), "%lldh%02lldm", (long long)(x->down_seconds / 3600),
                 (long long)(x->down_seconds / 60 % 60));
        od_table_row(t, (const char *[]){x->channel, x->state, i64(b[0], x->runs),
                                         i64(b[1], x->failed_runs), b[3]});
    }
    section(f, "Channels that failed");
    print_table(f, t);
}

static void print_text(FILE *f, const struct od_report *r)
{
    char name[64], from[OD_TIME_STRLEN], to[OD_TIME_STRLEN];

    fprintf(f, "Report %s (%s .. %s, %s)%s%s\n",
            od_report_period_name(&r->period, name, sizeof(name)),
            od_time_format_tz(r->period.from, r->period.tz, from),
            od_time_format_tz(r->period.to, r->period.tz, to), r->period.tz,
            r->channel ? ", channel " : "", r->channel ? r->channel : "");
    print_orders(f, r);
    print_audit(f, r);
    print_stock(f, r);
    print_skus(f, r);
    print_rush(f, r);
    print_intake(f, r);
}

int orderctl_report(struct od_store *s, const struct report_opts *o)
{
    struct od_report_period p;
    struct od_report *r = NULL;
    struct json_object *j = NULL;
    struct od_buf b;
    FILE *f = stdout;
    int rc = OD_EXIT_OK;

    od_buf_init(&b, 64u << 20);
    if (period_of(o, &p) < 0 ||
        od_report_compute(s, &p, o->channel, o->rules, od_time_now(), &r) < 0) {
        fprintf(stderr, "orderctl: report: %s\n", od_error_last());
        rc = OD_EXIT_FAIL;
        goto out;
    }
    if (o->mail) {
        char *path = NULL;

        if (od_report_mail_build(r, o->lang, o->mail_settings->from, &o->mail_settings->to,
                                 od_time_now(), &b) < 0 ||
            (o->mail_dir ? od_report_mail_write(o->mail_dir, r->period.first, b.data, b.len, &path)
                         : od_report_mail_send(o->mail_settings, b.data, b.len, NULL, NULL)) < 0) {
            fprintf(stderr, "orderctl: report mail: %s\n", od_error_last());
            rc = OD_EXIT_FAIL;
            goto out;
        }
        if (path)
            printf("wrote the daily report of %s to %s\n", r->period.first, path);
        else
            printf("mailed the daily report of %s to %zu recipient(s)\n", r->period.first,
                   o->mail_settings->to.n);
        free(path);
        goto out;
    }
    if (strcmp(o->format, "json") == 0) {
        if (od_report_to_json(r, &j) < 0 ||
            od_buf_adds(&b, json_object_to_json_string_ext(
                                j, JSON_C_TO_STRING_PRETTY | JSON_C_TO_STRING_NOSLASHESCAPE)) < 0 ||
            od_buf_addc(&b, '\n') < 0) {
            fprintf(stderr, "orderctl: report: %s\n", od_error_last());
            rc = OD_EXIT_FAIL;
            goto out;
        }
    } else if ((strcmp(o->format, "csv") == 0 &&
                od_report_csv(r, o->table ? o->table : "orders", &b) < 0) ||
               (strcmp(o->format, "html") == 0 && od_report_html(r, o->lang, &b) < 0)) {
        fprintf(stderr, "orderctl: report: %s\n", od_error_last());
        rc = OD_EXIT_FAIL;
        goto out;
    }
    if (o->output && !(f = fopen(o->output, "w"))) {
        fprintf(stderr, "orderctl: %s: %s\n", o->output, strerror(errno));
        rc = OD_EXIT_FAIL;
        goto out;
    }
    if (strcmp(o->format, "table") == 0)
        print_text(f, r);
    else
        fwrite(b.data, 1, b.len, f);
    if (fflush(f) != 0 || ferror(f)) {
        fprintf(stderr, "orderctl: %s: write failed\n", o->output ? o->output : "stdout");
        rc = OD_EXIT_FAIL;
    }
out:
    if (f && f != stdout && fclose(f) != 0 && rc == OD_EXIT_OK) {
        fprintf(stderr, "orderctl: %s: %s\n", o->output, strerror(errno));
        rc = OD_EXIT_FAIL;
    }
    json_object_put(j);
    od_report_free(r);
    od_buf_free(&b);
    return rc;
}
