#include "review.h"

#include <json-c/json.h>
#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* lib/review.h: this folder's review.h comes first for "review.h". */
#include "../../lib/review.h"
#include "audit.h"
#include "buf.h"
#include "cli.h"
#include "display.h"
#include "error.h"
#include "extract.h"
#include "invoices.h"
#include "apijson.h"
#include "json.h"
#include "progressline.h"
#include "table.h"

#define SAMPLES 10

static int fail(const char *what)
{
    fprintf(stderr, "orderctl: %s: %s\n", what, od_error_last());
    return OD_EXIT_FAIL;
}

static const char *s_or(const char *s, const char *def)
{
    return s && *s ? s : def;
}

const char *orderctl_actor(void)
{
    static char name[128];
    const char *sudo = getenv("SUDO_USER");
    struct passwd *pw;

    if (sudo && *sudo && geteuid() == 0) {
        snprintf(name, sizeof(name), "%s", sudo);
        return name;
    }
    pw = getpwuid(getuid());
    if (pw && pw->pw_name)
        snprintf(name, sizeof(name), "%s", pw->pw_name);
    else
        snprintf(name, sizeof(name), "uid %ld", (long)getuid());
    return name;
}

/* "stock: A-100 needs 5, 3 available; credit: ..." */
static void reasons_text(const struct od_audit *a, struct od_buf *out)
{
    od_buf_reset(out);
    for (size_t i = 0; i < a->n_reasons; i++)
        od_buf_printf(out, "%s%s: %s", i ? "; " : "", s_or(a->reasons[i].rule, "?"),
                      s_or(a->reasons[i].message, ""));
    if (!out->len)
        od_buf_adds(out, "");
}

static void csv_field(const char *v)
{
    bool quote = v && strpbrk(v, ",\"\r\n");

    if (!v)
        return;
    if (!quote) {
        fputs(v, stdout);
        return;
    }
    putchar('"');
    for (; *v; v++) {
        if (*v == '"')
            putchar('"');
        putchar(*v);
    }
    putchar('"');
}

struct list_ctx {
    const char *format;
    struct od_table *table;
    size_t count;
    struct od_buf reasons;
};

static int on_review_order(void *ud, const struct od_order *o)
{
    struct list_ctx *lc = ud;
    char id[32], total[OD_MONEY_STRLEN + 8], placed[OD_TIME_STRLEN] = "";

    if (strcmp(lc->format, "json") == 0) {
        struct json_object *j = od_api_order_json(o);

        if (!j)
            return -1;
        printf("%s%s", lc->count ? ",\n" : "", od_api_json_text(j));
        json_object_put(j);
        lc->count++;
        return 0;
    }
    snprintf(id, sizeof(id), "%lld", (long long)o->id);
    od_money_format(o->total, total);
    snprintf(total + strlen(total), 8, " %s", o->currency);
    if (o->placed_at != OD_TIME_NONE)
        od_display_time(o->placed_at, placed);
    reasons_text(&o->audit, &lc->reasons);
    {
        const char *v[] = {id,
                           o->channel,
                           o->external_id,
                           s_or(o->audit.outcome, ""),
                           s_or(o->priority, "normal"),
                           od_status_name(o->status),
                           placed,
                           total,
                           lc->reasons.data ? lc->reasons.data : ""};

        if (strcmp(lc->format, "csv") == 0) {
            for (size_t i = 0; i < sizeof(v) / sizeof(v[0]); i++) {
                if (i)
                    putchar(',');
                csv_field(v[i]);
            }
            fputs("\r\n", stdout);
        } else {
            od_table_row(lc->table, v);
        }
    }
    lc->count++;
    return 0;
}

int orderctl_review_list(struct od_store *s, const struct review_opts *o)
{
    static const char *const cols[] = {"ID",     "CHANNEL",   "EXTERNAL_ID", "OUTCOME", "PRIORITY",
                                       "STATUS", "PLACED_AT", "TOTAL",       "REASONS", NULL};
    struct od_review_filter f = {.channel = o->channel, .limit = o->limit};
    struct list_ctx lc = {.format = o->format};
    int rc;

    if (strcmp(o->format, "table") && strcmp(o->format, "json") && strcmp(o->format, "csv")) {
        fprintf(stderr, "orderctl: unknown --format '%s' (table, json, csv)\n", o->format);
        return OD_EXIT_USAGE;
    }
    od_buf_init(&lc.reasons, 1 << 20);
    if (strcmp(o->format, "table") == 0)
        lc.table = od_table_new(cols);
    if (strcmp(o->format, "json") == 0)
        printf("[");
    if (strcmp(o->format, "csv") == 0) {
        for (size_t i = 0; cols[i]; i++)
            printf("%s%s", i ? "," : "", cols[i]);
        fputs("\r\n", stdout);
    }
    rc = od_review_list(s, &f, on_review_order, &lc);
    if (strcmp(o->format, "json") == 0)
        printf("]\n");
    if (lc.table) {
        if (rc == 0) {
            od_table_print(lc.table, stdout);
            printf("%zu order%s to review\n", lc.count, lc.count == 1 ? "" : "s");
        }
        od_table_free(lc.table);
    }
    od_buf_free(&lc.reasons);
    return rc < 0 ? fail("review list") : OD_EXIT_OK;
}

static int resolve(struct od_store *s, const char *spec, int64_t *id)
{
    int rc = od_review_find(s, spec, id);

    if (rc == OD_EINVAL) {
        fprintf(stderr, "orderctl: %s\n", od_error_last());
        return OD_EXIT_USAGE;
    }
    if (rc < 0) {
        fprintf(stderr, "orderctl: %s\n", od_error_last());
        return OD_EXIT_FAIL;
    }
    return 0;
}

static void print_evidence(const char *text)
{
    struct json_object *j = NULL;

    if (!text)
        return;
    if (od_json_parse(text, strlen(text), &j) == 0) {
        printf("      evidence: %s\n",
               json_object_to_json_string_ext(j, JSON_C_TO_STRING_SPACED |
                                                     JSON_C_TO_STRING_NOSLASHESCAPE));
        json_object_put(j);
    }
}

static void print_show(const struct od_order *o, struct json_object *events)
{
    char t[OD_TIME_STRLEN], m[OD_MONEY_STRLEN];

    printf("order %lld  %s/%s\n", (long long)o->id, o->channel, o->external_id);
    printf("  outcome:  %s   priority: %s   status: %s\n", s_or(o->audit.outcome, "-"),
           s_or(o->priority, "normal"), s_or(od_status_name(o->status), "-"));
    printf("  placed:   %s\n",
           o->placed_at != OD_TIME_NONE ? od_display_time(o->placed_at, t) : "-");
    printf("  total:    %s %s\n", od_money_format(o->total, m), o->currency);
    printf("  customer: %s  %s  %s  %s\n", s_or(o->customer.ref, "-"), s_or(o->customer.name, "-"),
           s_or(o->customer.phone, "-"), s_or(o->customer.email, "-"));
    printf("  ship to:  %s  %s  %s %s %s %s\n", s_or(o->ship_to.name, "-"),
           s_or(o->ship_to.phone, "-"), s_or(o->ship_to.province, ""), s_or(o->ship_to.city, ""),
           s_or(o->ship_to.district, ""), s_or(o->ship_to.address, ""));
    if (o->buyer_note)
        printf("  note:     %s\n", o->buyer_note);
    orderctl_print_invoice(&o->invoice, "  ");
    printf("  lines:\n");
    for (size_t i = 0; i < o->n_lines; i++) {
        const struct od_line *l = &o->lines[i];
        char up[OD_MONEY_STRLEN], lt[OD_MONEY_STRLEN];

        printf("    %d. %s%s%s%s x %lld @ %s = %s  %s\n", l->line_no, s_or(l->sku, "-"),
               l->channel_sku ? " (" : "", l->channel_sku ? l->channel_sku : "",
               l->channel_sku ? ")" : "", (long long)l->qty, od_price_format(l->unit_price, up),
               od_money_format(l->total, lt), s_or(l->title, ""));
    }
    printf("  reasons:\n");
    if (!o->audit.n_reasons)
        printf("    (none)\n");
    for (size_t i = 0; i < o->audit.n_reasons; i++) {
        printf("    - %s: %s\n", s_or(o->audit.reasons[i].rule, "?"),
               s_or(o->audit.reasons[i].message, ""));
        print_evidence(o->audit.reasons[i].evidence);
    }
    if (o->extraction) {
        printf("  extraction (how the order was read):\n");
        orderctl_print_extraction(o->extraction, "    ");
    }
    printf("  events:\n");
    for (size_t i = 0; i < json_object_array_length(events); i++) {
        struct json_object *e = json_object_array_get_idx(events, i);
        char at[OD_TIME_STRLEN];

        printf("    %s  %-22s %-10s %s%s%s %s\n",
               s_or(od_display_text(od_json_text(e, "at"), at), ""),
               s_or(od_json_text(e, "kind"), ""), s_or(od_json_text(e, "actor"), "-"),
               s_or(od_json_text(e, "from"), ""), od_json_text(e, "to") ? " -> " : "",
               s_or(od_json_text(e, "to"), ""), s_or(od_json_text(e, "detail"), ""));
    }
}

int orderctl_review_show(struct od_store *s, const char *spec, const struct review_opts *o)
{
    struct od_order *order = NULL;
    struct json_object *events = NULL, *j = NULL;
    int64_t id = 0;
    int rc;

    if (strcmp(o->format, "table") && strcmp(o->format, "json")) {
        fprintf(stderr, "orderctl: unknown --format '%s' (table, json)\n", o->format);
        return OD_EXIT_USAGE;
    }
    if ((rc = resolve(s, spec, &id)) != 0)
        return rc;
    if (strcmp(o->format, "json") == 0) {
        if (od_review_show_json(s, id, &j) < 0)
            return fail("review show");
        od_display_json(j);
        printf("%s\n", json_object_to_json_string_ext(j, JSON_C_TO_STRING_PRETTY |
                                                             JSON_C_TO_STRING_NOSLASHESCAPE));
        json_object_put(j);
        return OD_EXIT_OK;
    }
    if (od_review_show(s, id, &order, &events) < 0)
        return fail("review show");
    print_show(order, events);
    od_order_free(order);
    json_object_put(events);
    return OD_EXIT_OK;
}

static int order_channel(void *ud, const struct od_order *o)
{
    char **out = ud;

    free(*out);
    *out = o->channel ? strdup(o->channel) : NULL;
    return 0;
}

/* Approval re-audits with the channel's match_customer_by: an order of a
 * channel left out as broken is refused (exit 2) rather than audited
 * without it. */
static int refuse_broken_order(struct od_store *s, const struct od_config *cfg, int64_t id)
{
    struct od_order_filter f = {.id = id, .limit = 1};
    char *channel = NULL;
    int rc = 0;

    if (!cfg || cfg->n_broken == 0)
        return 0;
    if (od_store_orders(s, &f, order_channel, &channel) < 0)
        rc = fail("approve");
    else if (od_cli_channel_broken(cfg, "orderctl", "approve", channel))
        rc = OD_EXIT_USAGE;
    free(channel);
    return rc;
}

int orderctl_review_approve(struct od_store *s, const struct od_rules *rules, const char *spec,
                            const struct review_opts *o)
{
    char *warning = NULL;
    int64_t id = 0;
    int rc;

    if ((rc = resolve(s, spec, &id)) != 0)
        return rc;
    if ((rc = refuse_broken_order(s, o->cfg, id)) != 0)
        return rc;
    rc = od_review_approve(s, rules, id, orderctl_actor(), o->note, o->force, &warning);
    if (rc < 0) {
        fprintf(stderr, "orderctl: approve: %s\n", od_error_last());
        return OD_EXIT_FAIL;
    }
    if (warning)
        fprintf(stderr, "orderctl: approved with stock short: %s\n", warning);
    free(warning);
    printf("order %lld approved by %s\n", (long long)id, orderctl_actor());
    return OD_EXIT_OK;
}

int orderctl_review_reject(struct od_store *s, const char *spec, const struct review_opts *o)
{
    int64_t id = 0;
    int rc;

    if (!o->reason || !*o->reason) {
        fprintf(stderr, "orderctl: review reject needs --reason TEXT\n");
        return OD_EXIT_USAGE;
    }
    if ((rc = resolve(s, spec, &id)) != 0)
        return rc;
    if (od_review_reject(s, id, orderctl_actor(), o->reason) < 0) {
        fprintf(stderr, "orderctl: reject: %s\n", od_error_last());
        return OD_EXIT_FAIL;
    }
    printf("order %lld rejected by %s\n", (long long)id, orderctl_actor());
    return OD_EXIT_OK;
}

/* ---- replay ------------------------------------------------------------ */

struct fire {
    char *rule;
    long stored, replayed;
};

struct sample {
    int64_t id;
    char *channel, *external_id, *stored, *replayed, *rules;
};

struct replay {
    long orders, changed;
    long trans[4][4]; /* [stored][replayed]: approved held rejected pending */
    struct fire *fires;
    size_t n_fires;
    struct sample samples[SAMPLES];
    size_t n_samples;
    int oom;
    int64_t total; /* orders to judge, 0 = not known */
    struct od_cli_progress *progress;
};

static const char *const outcomes[] = {"approved", "held", "rejected", "pending"};

static int outcome_ix(const char *s)
{
    for (int i = 0; i < 4; i++)
        if (s && strcmp(s, outcomes[i]) == 0)
            return i;
    return 0;
}

static void count_fire(struct replay *rp, const char *rule, bool replayed)
{
    struct fire *f = NULL;

    for (size_t i = 0; i < rp->n_fires; i++)
        if (strcmp(rp->fires[i].rule, rule) == 0)
            f = &rp->fires[i];
    if (!f) {
        struct fire *v = realloc(rp->fires, (rp->n_fires + 1) * sizeof(*v));

        if (!v || !(v[rp->n_fires].rule = strdup(rule))) {
            if (v)
                rp->fires = v;
            rp->oom = 1;
            return;
        }
        rp->fires = v;
        f = &v[rp->n_fires++];
        f->stored = f->replayed = 0;
    }
    if (replayed)
        f->replayed++;
    else
        f->stored++;
}

/* Each rule counts once per order, however many reasons it gave. */
static void count_fires(struct replay *rp, const struct od_audit *a, bool replayed)
{
    for (size_t i = 0; i < a->n_reasons; i++) {
        bool seen = false;

        if (!a->reasons[i].rule)
            continue;
        for (size_t j = 0; j < i && !seen; j++)
            seen = a->reasons[j].rule && strcmp(a->reasons[j].rule, a->reasons[i].rule) == 0;
        if (!seen)
            count_fire(rp, a->reasons[i].rule, replayed);
    }
}

static int on_replay(void *ud, const struct od_order *o, const struct od_audit *stored)
{
    struct replay *rp = ud;
    const char *was = stored->outcome ? stored->outcome : "approved";
    const char *now = o->audit.outcome ? o->audit.outcome : "approved";

    rp->orders++;
    od_cli_progress_update(rp->progress, (uint64_t)rp->orders,
                           rp->total > 0 ? (double)rp->orders / (double)rp->total : -1.0);
    count_fires(rp, stored, false);
    count_fires(rp, &o->audit, true);
    rp->trans[outcome_ix(was)][outcome_ix(now)]++;
    if (strcmp(was, now) == 0)
        return 0;
    rp->changed++;
    if (rp->n_samples < SAMPLES) {
        struct sample *sm = &rp->samples[rp->n_samples];
        struct od_buf b;

        od_buf_init(&b, 4096);
        for (size_t i = 0; i < o->audit.n_reasons; i++)
            od_buf_printf(&b, "%s%s", i ? "," : "", s_or(o->audit.reasons[i].rule, "?"));
        sm->id = o->id;
        sm->channel = strdup(s_or(o->channel, ""));
        sm->external_id = strdup(s_or(o->external_id, ""));
        sm->stored = strdup(was);
        sm->replayed = strdup(now);
        sm->rules = od_buf_steal(&b);
        if (!sm->rules)
            sm->rules = strdup("");
        od_buf_free(&b);
        if (!sm->channel || !sm->external_id || !sm->stored || !sm->replayed || !sm->rules)
            rp->oom = 1;
        rp->n_samples++;
    }
    return rp->oom ? od_error_set(OD_ENOMEM, "out of memory") : 0;
}

static void replay_free(struct replay *rp)
{
    for (size_t i = 0; i < rp->n_fires; i++)
        free(rp->fires[i].rule);
    free(rp->fires);
    for (size_t i = 0; i < rp->n_samples; i++) {
        free(rp->samples[i].channel);
        free(rp->samples[i].external_id);
        free(rp->samples[i].stored);
        free(rp->samples[i].replayed);
        free(rp->samples[i].rules);
    }
}

static void replay_print_json(const struct replay *rp, const struct review_opts *o, int64_t people)
{
    struct json_object *j = json_object_new_object(), *tr = json_object_new_object();
    struct json_object *fires = json_object_new_array(), *samples = json_object_new_array();
    char at[OD_TIME_STRLEN];

    json_object_object_add(j, "rules", json_object_new_string(o->rules));
    json_object_object_add(j, "channel", o->channel ? json_object_new_string(o->channel) : NULL);
    json_object_object_add(j, "since",
                           o->since ? json_object_new_string(od_display_text(o->since, at)) : NULL);
    json_object_object_add(j, "orders", json_object_new_int64(rp->orders));
    json_object_object_add(j, "changed", json_object_new_int64(rp->changed));
    json_object_object_add(j, "decided_by_person", json_object_new_int64(people));
    for (int a = 0; a < 4; a++)
        for (int b = 0; b < 4; b++)
            if (a != b && rp->trans[a][b]) {
                char k[32];

                snprintf(k, sizeof(k), "%s->%s", outcomes[a], outcomes[b]);
                json_object_object_add(tr, k, json_object_new_int64(rp->trans[a][b]));
            }
    json_object_object_add(j, "transitions", tr);
    for (size_t i = 0; i < rp->n_fires; i++) {
        struct json_object *f = json_object_new_object();

        json_object_object_add(f, "rule", json_object_new_string(rp->fires[i].rule));
        json_object_object_add(f, "stored", json_object_new_int64(rp->fires[i].stored));
        json_object_object_add(f, "replayed", json_object_new_int64(rp->fires[i].replayed));
        json_object_array_add(fires, f);
    }
    json_object_object_add(j, "fires", fires);
    for (size_t i = 0; i < rp->n_samples; i++) {
        const struct sample *sm = &rp->samples[i];
        struct json_object *x = json_object_new_object();

        json_object_object_add(x, "id", json_object_new_int64(sm->id));
        json_object_object_add(x, "channel", json_object_new_string(sm->channel));
        json_object_object_add(x, "external_id", json_object_new_string(sm->external_id));
        json_object_object_add(x, "stored", json_object_new_string(sm->stored));
        json_object_object_add(x, "replayed", json_object_new_string(sm->replayed));
        json_object_object_add(x, "reasons", json_object_new_string(sm->rules));
        json_object_array_add(samples, x);
    }
    json_object_object_add(j, "samples", samples);
    printf("%s\n", json_object_to_json_string_ext(j, JSON_C_TO_STRING_PRETTY |
                                                         JSON_C_TO_STRING_NOSLASHESCAPE));
    json_object_put(j);
}

static void replay_print_table(const struct replay *rp, const struct review_opts *o, int64_t people)
{
    static const char *const fcols[] = {"RULE", "STORED", "REPLAYED", "CHANGE", NULL};
    static const char *const scols[] = {"ID",       "CHANNEL", "EXTERNAL_ID", "STORED",
                                        "REPLAYED", "REASONS", NULL};
    char at[OD_TIME_STRLEN];
    struct od_table *t;

    printf("replay of %s over %ld order%s (channel: %s, since: %s)\n", o->rules, rp->orders,
           rp->orders == 1 ? "" : "s", s_or(o->channel, "all"),
           s_or(od_display_text(o->since, at), "the first"));
    if (people)
        printf("left out: %lld order%s decided by a person\n", (long long)people,
               people == 1 ? "" : "s");
    printf("would change outcome: %ld order%s\n", rp->changed, rp->changed == 1 ? "" : "s");
    for (int a = 0; a < 4; a++)
        for (int b = 0; b < 4; b++)
            if (a != b && rp->trans[a][b])
                printf("  %s -> %s: %ld\n", outcomes[a], outcomes[b], rp->trans[a][b]);
    printf("\nrule fires (orders):\n");
    t = od_table_new(fcols);
    for (size_t i = 0; i < rp->n_fires; i++) {
        char st[32], rp_[32], d[32];

        snprintf(st, sizeof(st), "%ld", rp->fires[i].stored);
        snprintf(rp_, sizeof(rp_), "%ld", rp->fires[i].replayed);
        snprintf(d, sizeof(d), "%+ld", rp->fires[i].replayed - rp->fires[i].stored);
        od_table_row(t, (const char *[]){rp->fires[i].rule, st, rp_, d});
    }
    od_table_print(t, stdout);
    od_table_free(t);
    if (rp->n_samples) {
        printf("\norders that would change (first %zu):\n", rp->n_samples);
        t = od_table_new(scols);
        for (size_t i = 0; i < rp->n_samples; i++) {
            const struct sample *sm = &rp->samples[i];
            char id[32];

            snprintf(id, sizeof(id), "%lld", (long long)sm->id);
            od_table_row(t, (const char *[]){id, sm->channel, sm->external_id, sm->stored,
                                             sm->replayed, sm->rules});
        }
        od_table_print(t, stdout);
        od_table_free(t);
    }
}

int orderctl_audit_replay(struct od_store *s, const struct review_opts *o)
{
    struct od_config_errors errs = {0};
    struct od_rules *rules = NULL;
    struct replay rp;
    int64_t people = 0;
    int rc;

    memset(&rp, 0, sizeof(rp));
    if (!o->rules) {
        fprintf(stderr, "orderctl: audit replay needs --rules FILE\n");
        return OD_EXIT_USAGE;
    }
    if (strcmp(o->format, "table") && strcmp(o->format, "json")) {
        fprintf(stderr, "orderctl: unknown --format '%s' (table, json)\n", o->format);
        return OD_EXIT_USAGE;
    }
    if (o->cfg && o->channel &&
        od_cli_channel_broken(o->cfg, "orderctl", "audit replay", o->channel))
        return OD_EXIT_USAGE;
    if (o->cfg && !o->channel && o->cfg->n_broken > 0) {
        /* Its orders would be replayed without its match_customer_by. */
        fprintf(stderr,
                "orderctl: audit replay: channel file %s is broken; fix it or replay one "
                "channel with --channel\n",
                o->cfg->broken[0].file);
        return OD_EXIT_USAGE;
    }
    if (od_rules_load(o->rules, &rules, &errs) < 0) {
        for (size_t i = 0; i < errs.n; i++)
            fprintf(stderr, "%s\n", errs.msgs[i]);
        if (!errs.n)
            fprintf(stderr, "orderctl: %s: %s\n", o->rules, od_error_last());
        od_config_errors_free(&errs);
        return OD_EXIT_USAGE;
    }
    for (size_t i = 0; o->cfg && i < o->cfg->n_channels; i++)
        if (od_rules_set_match(rules, o->cfg->channels[i]->name,
                               &o->cfg->channels[i]->match_customer_by) < 0) {
            rc = fail("audit replay");
            goto out;
        }
    if (od_store_replay_count(s, o->channel, o->since, &rp.total) < 0)
        rp.total = 0; /* no ETA, the replay itself still runs */
    rp.progress = od_cli_progress_start("audit replay", "orders",
                                        o->quiet ? OD_PROGRESS_QUIET : OD_PROGRESS_AUTO);
    rc = od_store_replay(s, rules, o->channel, o->since, on_replay, &rp);
    od_cli_progress_end(rp.progress);
    rp.progress = NULL;
    if (rc < 0) {
        rc = fail("audit replay");
        goto out;
    }
    /* Best effort, as before: the count is a note under the report. */
    if (od_store_replay_left_out(s, o->channel, o->since, &people) < 0)
        people = 0;
    if (strcmp(o->format, "json") == 0)
        replay_print_json(&rp, o, people);
    else
        replay_print_table(&rp, o, people);
    rc = OD_EXIT_OK;
out:
    replay_free(&rp);
    od_rules_free(rules);
    return rc;
}
