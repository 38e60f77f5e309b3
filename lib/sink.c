/* The audited sink: one batch is staged, audited against reference data
 * fetched set-wise, and committed in one transaction (docs/audit.md).
 * The other writers of audit outcomes (re-check of pending orders in
 * reaudit.c, review decisions in review.c) and the read-only replay
 * (reaudit.c) share its reference data fetch and audit entries through
 * store_int.h; the reference data fetch is in sink_refdata.c, the COPY
 * of the staged orders in sink_copy.c. Round trips per batch: BEGIN, the
 * unchanged orders, stage (open, COPY of the orders, COPY of their
 * lines, orderd_stage), one query per reference table, commit, COMMIT
 * -- never one per order. */
#include <json-c/json.h>
#include <libpq-fe.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "audit.h"
#include "buf.h"
#include "error.h"
#include "json.h"
#include "lifecycle.h"
#include "rules.h"
#include "sink_int.h"
#include "stats.h"
#include "store.h"
#include "store_int.h"

/* ---- small helpers -------------------------------------------------- */

int sink_strs_add(struct strs *s, const char *x)
{
    char *c;

    if (!x || !*x)
        return 0;
    if (s->n == s->cap) {
        size_t cap = s->cap ? s->cap * 2 : 64;
        char **p = realloc(s->v, cap * sizeof(*p));

        if (!p)
            return OD_ENOMEM;
        s->v = p;
        s->cap = cap;
    }
    if (s->owned) {
        if (!(c = strdup(x)))
            return OD_ENOMEM;
    } else {
        c = (char *)(uintptr_t)x;
    }
    s->v[s->n++] = c;
    return 0;
}

void sink_strs_free(struct strs *s)
{
    if (s->owned)
        for (size_t i = 0; i < s->n; i++)
            free(s->v[i]);
    free(s->v);
    memset(s, 0, sizeof(*s));
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* One quoted element of a PostgreSQL array literal: "b\"c". */
int sink_array_elem(struct od_buf *out, const char *x)
{
    int rc = od_buf_addc(out, '"');

    for (const char *p = x; *p && rc == 0; p++) {
        if (*p == '"' || *p == '\\')
            rc = od_buf_addc(out, '\\');
        if (rc == 0)
            rc = od_buf_addc(out, *p);
    }
    return rc == 0 ? od_buf_addc(out, '"') : rc;
}

/* "{"a","b\"c"}" -- sorted, without repeats, every element quoted, so no
 * value needs thought. */
int sink_strs_literal(struct strs *s, struct od_buf *out)
{
    int rc = od_buf_addc(out, '{');

    if (s->n > 1)
        qsort(s->v, s->n, sizeof(*s->v), cmp_str);
    for (size_t i = 0; i < s->n && rc == 0; i++) {
        if (i > 0 && strcmp(s->v[i], s->v[i - 1]) == 0)
            continue;
        if (out->len > 1)
            rc = od_buf_addc(out, ',');
        if (rc == 0)
            rc = sink_array_elem(out, s->v[i]);
    }
    if (rc == 0)
        rc = od_buf_addc(out, '}');
    return rc < 0 ? od_error_set(OD_ENOMEM, "out of memory") : 0;
}

const char *sink_val(PGresult *r, int row, int col)
{
    return PQgetisnull(r, row, col) ? NULL : PQgetvalue(r, row, col);
}

int sink_dup_val(PGresult *r, int row, int col, char **out)
{
    const char *v = sink_val(r, row, col);

    *out = NULL;
    if (v && !(*out = strdup(v)))
        return OD_ENOMEM;
    return 0;
}

od_money sink_money_val(PGresult *r, int row, int col)
{
    const char *v = sink_val(r, row, col);
    od_money m;

    if (!v || od_money_parse(v, strlen(v), &m) < 0)
        return OD_MONEY_NONE;
    return m;
}

od_price sink_price_val(PGresult *r, int row, int col)
{
    const char *v = sink_val(r, row, col);
    od_price p;

    if (!v || od_price_parse(v, strlen(v), &p) < 0)
        return OD_PRICE_NONE;
    return p;
}

int64_t sink_int_val(PGresult *r, int row, int col, int64_t def)
{
    const char *v = sink_val(r, row, col);

    return v ? strtoll(v, NULL, 10) : def;
}

int sink_query(struct od_store *s, const char *what, const char *sql, int n,
               const char *const *params, PGresult **out)
{
    PGresult *r = PQexecParams(od_store_conn(s), sql, n, NULL, params, NULL, NULL, 0);
    ExecStatusType st = PQresultStatus(r);

    if (st != PGRES_TUPLES_OK && st != PGRES_COMMAND_OK) {
        int rc = od_store_db_error(od_store_conn(s), r, what);

        PQclear(r);
        return rc;
    }
    *out = r;
    return 0;
}

static int exec0(struct od_store *s, const char *what, const char *sql)
{
    PGresult *r = NULL;
    int rc = sink_query(s, what, sql, 0, NULL, &r);

    PQclear(r);
    return rc;
}

bool sink_rules_have(const struct od_rules *rules, enum od_rule_type t)
{
    for (size_t i = 0; rules && i < rules->n; i++)
        if (rules->rules[i].type == t)
            return true;
    return false;
}

void sink_lower_ascii(char *s)
{
    for (; s && *s; s++)
        if (*s >= 'A' && *s <= 'Z')
            *s = (char)(*s - 'A' + 'a');
}

/* ---- audit entries (the p_audits elements of orderd_apply_audit) ---- */

static struct json_object *jstr(const char *s)
{
    return s ? json_object_new_string(s) : NULL;
}

/* The entry of an audited order: outcome, reasons, what the audit changed
 * in the order (priority, tags, mapped SKUs) and the keys later orders
 * compare with. */
static int audit_entry(const struct od_order *o, const struct od_refdata *ref,
                       const struct od_audit_result *res, struct json_object **out)
{
    struct json_object *doc = NULL, *e = NULL, *x, *lines, *resv;
    char buf[4096], t[OD_TIME_STRLEN];
    int rc;

    rc = od_order_to_json(o, &doc);
    if (rc < 0)
        return rc;
    e = json_object_new_object();
    lines = json_object_new_array();
    resv = json_object_new_array();
    if (!e || !lines || !resv) {
        json_object_put(lines);
        json_object_put(resv);
        rc = od_error_set(OD_ENOMEM, "out of memory");
        goto out;
    }
    json_object_object_add(e, "channel", jstr(o->channel));
    json_object_object_add(e, "external_id", jstr(o->external_id));
    if (json_object_object_get_ex(doc, "audit", &x))
        json_object_object_add(e, "audit", json_object_get(x));
    if (json_object_object_get_ex(doc, "priority", &x))
        json_object_object_add(e, "priority", json_object_get(x));
    if (json_object_object_get_ex(doc, "tags", &x))
        json_object_object_add(e, "tags", json_object_get(x));
    for (size_t i = 0; i < o->n_lines; i++) {
        struct json_object *l = json_object_new_object();

        if (!l)
            continue;
        json_object_object_add(l, "line_no", json_object_new_int(o->lines[i].line_no));
        json_object_object_add(l, "sku", jstr(o->lines[i].sku));
        json_object_object_add(l, "channel_sku", jstr(o->lines[i].channel_sku));
        json_object_array_add(lines, l);
    }
    json_object_object_add(e, "lines", lines);
    if (res->customer_index >= 0 && (size_t)res->customer_index < ref->n_customers)
        json_object_object_add(e, "customer_ref", jstr(ref->customers[res->customer_index].ref));
    buf[0] = '\0';
    if (!od_audit_phone(o->customer.phone, buf, sizeof(buf)) && !buf[0])
        od_audit_phone(o->ship_to.phone, buf, sizeof(buf));
    if (buf[0])
        json_object_object_add(e, "phone_norm", json_object_new_string(buf));
    if (od_audit_po_number(o, buf, sizeof(buf)))
        json_object_object_add(e, "po_number", json_object_new_string(buf));
    od_audit_sku_multiset(o, buf, sizeof(buf));
    json_object_object_add(e, "sku_multiset", json_object_new_string(buf));
    if (res->recheck_at_set)
        json_object_object_add(e, "recheck_at",
                               json_object_new_string(od_time_format(res->recheck_at, t)));
    for (size_t i = 0; i < res->n_reservations; i++) {
        struct json_object *rv = json_object_new_object();

        if (!rv)
            continue;
        json_object_object_add(rv, "sku", json_object_new_string(res->reservations[i].sku));
        json_object_object_add(rv, "warehouse",
                               json_object_new_string(res->reservations[i].warehouse));
        json_object_object_add(rv, "qty", json_object_new_int64(res->reservations[i].qty));
        json_object_array_add(resv, rv);
    }
    json_object_object_add(e, "reserve", resv);
    *out = e;
    e = NULL;
out:
    json_object_put(e);
    json_object_put(doc);
    return rc;
}

/* An order approved earlier that was cancelled, or whose lines or
 * address changed: back to the review queue (docs/audit.md). */
static struct json_object *changed_entry(const struct od_order *o, const struct od_rules *rules,
                                         const char *old_status, bool cancelled)
{
    bool en = rules && rules->language && strcmp(rules->language, "en") == 0;
    struct json_object *e = json_object_new_object(), *audit = json_object_new_object();
    struct json_object *reasons = json_object_new_array(), *r = json_object_new_object();
    struct json_object *ev = json_object_new_object();
    const char *msg;

    if (!e || !audit || !reasons || !r || !ev) {
        json_object_put(e);
        json_object_put(audit);
        json_object_put(reasons);
        json_object_put(r);
        json_object_put(ev);
        return NULL;
    }
    if (cancelled)
        msg = en ? "order was cancelled or refunded after approval: stop the shipment"
                 : "订单在审核通过后被取消或退款：请拦截发货";
    else
        msg = en ? "lines or address changed after approval: check before shipping"
                 : "审核通过后商品或收货地址有变更：发货前请核对";
    json_object_object_add(ev, "previous_status", jstr(old_status));
    json_object_object_add(ev, "status", jstr(od_status_name(o->status)));
    json_object_object_add(ev, "change",
                           json_object_new_string(cancelled ? "cancelled" : "lines_or_address"));
    json_object_object_add(ev, "verdict", json_object_new_string("hold"));
    json_object_object_add(r, "rule", json_object_new_string("changed_after_approval"));
    json_object_object_add(r, "message", json_object_new_string(msg));
    json_object_object_add(r, "evidence", ev);
    json_object_array_add(reasons, r);
    json_object_object_add(audit, "outcome", json_object_new_string("held"));
    json_object_object_add(audit, "reasons", reasons);
    json_object_object_add(e, "channel", jstr(o->channel));
    json_object_object_add(e, "external_id", jstr(o->external_id));
    json_object_object_add(e, "audit", audit);
    json_object_object_add(e, "event", json_object_new_string("changed_after_approval"));
    json_object_object_add(e, "decided_by", json_object_new_string("changed_after_approval"));
    return e;
}

/* ---- the batch sink ------------------------------------------------- */

#define OD_BATCH_JSON_MAX ((size_t)1 << 30)

/* A staged order: its place in the batch, the stored order's state as
 * the stage reported it, and what its life cycle decides (lifecycle.h). */
struct staged {
    int ord; /* 1-based index into the batch */
    char *old_status, *old_outcome, *old_decided_by;
    struct od_next next;
};

static bool status_is(const struct od_order *o, enum od_status a, enum od_status b)
{
    return o->status == a || o->status == b;
}

static int build_batch_json(const struct od_batch *b, struct json_object **orders_out,
                            struct json_object **dead_out)
{
    struct json_object *orders = json_object_new_array();
    struct json_object *dead = json_object_new_array();
    int rc = 0;

    if (!orders || !dead) {
        rc = od_error_set(OD_ENOMEM, "out of memory");
        goto out;
    }
    for (size_t i = 0; i < b->n_orders; i++) {
        struct json_object *o = NULL;

        rc = od_order_to_json(b->orders[i].order, &o);
        if (rc < 0)
            goto out;
        json_object_object_del(o, "id");
        json_object_array_add(orders, o);
    }
    for (size_t i = 0; i < b->n_dead; i++) {
        const struct od_dead_letter *d = &b->dead[i];
        struct json_object *o = json_object_new_object();

        if (!o) {
            rc = od_error_set(OD_ENOMEM, "out of memory");
            goto out;
        }
        od_store_add_str(o, "source_ref", d->source_ref);
        od_store_add_str(o, "external_id", d->external_id);
        od_store_add_str(o, "reason", d->reason);
        rc = od_store_add_b64(o, "raw", d->raw, d->raw_len);
        json_object_array_add(dead, o);
        if (rc < 0)
            goto out;
    }
    *orders_out = orders;
    *dead_out = dead;
    orders = dead = NULL;
out:
    json_object_put(orders);
    json_object_put(dead);
    return rc;
}

/* Add the strings of a JSON array text to `out`. */
static int add_json_strings(const char *text, struct strs *out)
{
    struct json_object *arr = NULL;
    int rc = od_json_parse(text, strlen(text), &arr);

    if (rc < 0)
        return rc;
    for (size_t i = 0;
         json_object_is_type(arr, json_type_array) && i < json_object_array_length(arr) && rc == 0;
         i++)
        if (sink_strs_add(out, json_object_get_string(json_object_array_get_idx(arr, i))) < 0)
            rc = od_error_set(OD_ENOMEM, "out of memory");
    json_object_put(arr);
    return rc;
}

static void staged_free(struct staged *st, size_t n)
{
    for (size_t i = 0; st && i < n; i++) {
        free(st[i].old_status);
        free(st[i].old_outcome);
        free(st[i].old_decided_by);
    }
    free(st);
}

/* Audit the staged orders that need it, in batch order, into `audits`. */
static int audit_staged(struct od_store *s, const struct od_rules *rules, struct od_batch *b,
                        struct staged *st, size_t n_st, char *const *locks, size_t n_locks,
                        struct od_refdata *pre, struct json_object *audits)
{
    struct od_order **todo = calloc(n_st ? n_st : 1, sizeof(*todo));
    struct od_refdata ref;
    struct od_audit_batch *ab = NULL;
    size_t n_todo = 0;
    od_time now = od_time_now();
    int rc = 0;

    memset(&ref, 0, sizeof(ref));
    if (!todo)
        return od_error_set(OD_ENOMEM, "out of memory");
    for (size_t i = 0; i < n_st; i++)
        if (st[i].next.audit)
            todo[n_todo++] = b->orders[st[i].ord - 1].order;
    if (n_todo || n_locks) {
        rc = sink_refdata_fetch(s, rules, todo, n_todo, locks, n_locks, true, pre, &ref);
        if (rc < 0)
            goto out;
    }
    if ((rc = od_audit_batch_new(&ref, &ab)) < 0)
        goto out;
    for (size_t i = 0; i < n_st; i++) {
        struct od_order *o = b->orders[st[i].ord - 1].order;
        struct json_object *e = NULL;

        if (st[i].next.changed) {
            e = changed_entry(o, rules, st[i].old_status,
                              status_is(o, OD_STATUS_CANCELLED, OD_STATUS_REFUNDED));
            if (!e) {
                rc = od_error_set(OD_ENOMEM, "out of memory");
                goto out;
            }
        } else if (st[i].next.audit) {
            struct od_audit_result res;

            memset(&res, 0, sizeof(res));
            rc = od_audit_batch_order(ab, rules, o->channel, o, now, &res);
            if (rc == 0)
                rc = audit_entry(o, &ref, &res, &e);
            od_audit_result_clear(&res);
            if (rc < 0)
                goto out;
        } else if (st[i].next.release) {
            e = json_object_new_object();
            if (!e) {
                rc = od_error_set(OD_ENOMEM, "out of memory");
                goto out;
            }
            json_object_object_add(e, "channel", jstr(o->channel));
            json_object_object_add(e, "external_id", jstr(o->external_id));
        } else {
            continue;
        }
        if (st[i].next.release)
            json_object_object_add(e, "release", json_object_new_string(st[i].next.release));
        json_object_array_add(audits, e);
    }
out:
    od_audit_batch_free(ab);
    od_refdata_free(&ref);
    free(todo);
    return rc;
}

struct map_ent {
    const char *code;
    const struct od_ref_skumap *row;
};

static int cmp_map(const void *a, const void *b)
{
    return strcmp(((const struct map_ent *)a)->code, ((const struct map_ent *)b)->code);
}

struct map_find {
    const struct map_ent *m;
    size_t n;
};

static const struct od_ref_skumap *map_find(const void *ud, const char *code)
{
    const struct map_find *f = ud;
    struct map_ent key = {code, NULL};
    const struct map_ent *hit = f->n ? bsearch(&key, f->m, f->n, sizeof(*f->m), cmp_map) : NULL;

    return hit ? hit->row : NULL;
}

/* A line as the channel sent it, kept while its mapped form is staged. */
struct premapped {
    struct od_line *l;
    char *sku, *channel_sku;
};

struct premap {
    struct premapped *v;
    size_t n;
};

/* Put the lines back as the channel sent them, so that the audit maps
 * them itself and finds the multiplier of the code it maps by. */
static void premap_restore(struct premap *pm)
{
    for (size_t i = 0; i < pm->n; i++) {
        struct od_line *l = pm->v[i].l;

        if (l) {
            free(l->sku);
            free(l->channel_sku);
            l->sku = pm->v[i].sku;
            l->channel_sku = pm->v[i].channel_sku;
        } else {
            free(pm->v[i].sku);
            free(pm->v[i].channel_sku);
        }
    }
    free(pm->v);
    memset(pm, 0, sizeof(*pm));
}

static int premap_line(struct od_line *l, const struct map_find *f, struct premapped *keep)
{
    const struct od_ref_skumap *hit = NULL;
    int rc;

    memset(keep, 0, sizeof(*keep));
    if ((l->sku && !(keep->sku = strdup(l->sku))) ||
        (l->channel_sku && !(keep->channel_sku = strdup(l->channel_sku))))
        rc = od_error_set(OD_ENOMEM, "out of memory");
    else
        rc = od_audit_map_line(l, map_find, f, &hit);
    if (rc == 0 && hit)
        keep->l = l;
    return rc;
}

/* Map the batch's SKUs through sku_map before staging (one query), with
 * the audit's own mapping (od_audit_map_line). Staging mapped lines keeps
 * the stored lines mapped whatever later revisions bring. The lines it
 * changed are listed in `pm` with their original codes, for
 * premap_restore() once the batch is staged. */
static int premap(struct od_store *s, const char *channel, struct od_batch *b,
                  struct od_refdata *pre, struct premap *pm)
{
    struct od_order **v = calloc(b->n_orders ? b->n_orders : 1, sizeof(*v));
    struct map_ent *m = NULL;
    struct map_find f = {NULL, 0};
    size_t n_lines = 0;
    struct keys k;
    int rc;

    memset(&k, 0, sizeof(k));
    if (!v)
        return od_error_set(OD_ENOMEM, "out of memory");
    for (size_t i = 0; i < b->n_orders; i++) {
        v[i] = b->orders[i].order;
        n_lines += v[i]->n_lines;
    }
    rc = sink_collect_keys(v, b->n_orders, NULL, 0, &k);
    if (rc == 0)
        rc = sink_fetch_skumap(s, &k, pre);
    if (rc < 0)
        goto out;
    m = calloc(pre->n_skumap ? pre->n_skumap : 1, sizeof(*m));
    pm->v = calloc(n_lines ? n_lines : 1, sizeof(*pm->v));
    if (!m || !pm->v) {
        rc = od_error_set(OD_ENOMEM, "out of memory");
        goto out;
    }
    for (size_t i = 0; i < pre->n_skumap; i++)
        if (strcmp(pre->skumap[i].channel, channel) == 0) {
            m[f.n].code = pre->skumap[i].channel_sku;
            m[f.n].row = &pre->skumap[i];
            f.n++;
        }
    qsort(m, f.n, sizeof(*m), cmp_map);
    f.m = m;
    for (size_t i = 0; i < b->n_orders && f.n && rc == 0; i++) {
        struct od_order *o = b->orders[i].order;

        for (size_t j = 0; j < o->n_lines && rc == 0; j++)
            rc = premap_line(&o->lines[j], &f, &pm->v[pm->n++]);
    }
out:
    free(m);
    free(v);
    sink_keys_free(&k);
    return rc;
}

/* One text[] element, or NULL. */
static int array_elem_or_null(struct od_buf *out, const char *x)
{
    int rc = out->len > 1 ? od_buf_addc(out, ',') : 0;

    if (rc == 0)
        rc = x ? sink_array_elem(out, x) : od_buf_adds(out, "NULL");
    return rc;
}

static const char *json_str(struct json_object *o, const char *key)
{
    struct json_object *x;

    if (!json_object_object_get_ex(o, key, &x) || !json_object_is_type(x, json_type_string))
        return NULL;
    return json_object_get_string(x);
}

struct id_at {
    const char *id;
    size_t i;
};

static int cmp_id_at(const void *a, const void *b)
{
    return strcmp(((const struct id_at *)a)->id, ((const struct id_at *)b)->id);
}

/* Orders of the batch that orderd_stage would skip, found before their
 * bodies are sent: the content hash (hashes[i], od_jsonb_sha256 of the
 * order's JSON, the one orderd_stage stores) and the updated_at are
 * compared with the stored order's by one query, with orderd_stage's
 * revision rule (the SQL function orderd_revision, migration 21: one
 * rule for both). An order whose external_id the batch holds twice is
 * always sent (orderd_stage keeps the later copy), and so is one whose
 * hash cannot be written here ("").
 * One probe of the (channel, external_id) index per order (LATERAL with
 * OFFSET 0: joined, the planner hashed the channel's whole table).
 * skip[i] is set for each order left out. */
static int find_unsent(struct od_store *s, const char *channel, struct json_object *orders,
                       char (*hashes)[65], bool *skip, size_t *n_skip)
{
    static const char sql[] =
        "SELECT p.i FROM unnest($2::text[], $3::text[], $4::text[], $5::int[]) AS p(id, h, u, i)"
        "  CROSS JOIN LATERAL (SELECT o.content_hash, o.source_updated_at FROM orders o"
        "                       WHERE o.channel = $1 AND o.external_id = p.id OFFSET 0) o"
        " WHERE orderd_revision(p.u::timestamptz, p.h, o.source_updated_at, o.content_hash)"
        "       = 'skip'";
    size_t n = json_object_array_length(orders), n_cand = 0;
    struct id_at *ids = calloc(n ? n : 1, sizeof(*ids));
    struct od_buf a[4];
    PGresult *r = NULL;
    const char *p[5];
    int rc = 0;

    *n_skip = 0;
    for (size_t j = 0; j < 4; j++)
        od_buf_init(&a[j], OD_BATCH_JSON_MAX);
    if (!ids)
        return od_error_set(OD_ENOMEM, "out of memory");
    for (size_t i = 0; i < n; i++) {
        ids[i].id = json_str(json_object_array_get_idx(orders, i), "external_id");
        ids[i].i = i;
        if (!ids[i].id)
            ids[i].id = "";
    }
    qsort(ids, n, sizeof(*ids), cmp_id_at);
    for (size_t j = 0; j < 4 && rc == 0; j++)
        rc = od_buf_addc(&a[j], '{');
    for (size_t k = 0; k < n && rc == 0; k++) {
        struct json_object *o = json_object_array_get_idx(orders, ids[k].i);
        const char *hash = hashes[ids[k].i];
        char ord[32];

        if (!ids[k].id[0] || (k > 0 && strcmp(ids[k].id, ids[k - 1].id) == 0) ||
            (k + 1 < n && strcmp(ids[k].id, ids[k + 1].id) == 0) || !hash[0])
            continue;
        snprintf(ord, sizeof(ord), "%zu", ids[k].i);
        rc = array_elem_or_null(&a[0], ids[k].id);
        if (rc == 0)
            rc = array_elem_or_null(&a[1], hash);
        if (rc == 0)
            rc = array_elem_or_null(&a[2], json_str(o, "updated_at"));
        if (rc == 0)
            rc = array_elem_or_null(&a[3], ord);
        n_cand++;
    }
    for (size_t j = 0; j < 4 && rc == 0; j++)
        rc = od_buf_addc(&a[j], '}');
    if (rc < 0) {
        rc = od_error_set(OD_ENOMEM, "out of memory");
        goto out;
    }
    if (n_cand == 0)
        goto out;
    p[0] = channel;
    for (size_t j = 0; j < 4; j++)
        p[j + 1] = a[j].data;
    if ((rc = sink_query(s, "cannot compare the batch with the stored orders", sql, 5, p, &r)) < 0)
        goto out;
    for (int i = 0; i < PQntuples(r); i++) {
        long x = strtol(PQgetvalue(r, i, 0), NULL, 10);

        if (x >= 0 && (size_t)x < n && !skip[x]) {
            skip[x] = true;
            (*n_skip)++;
        }
    }
out:
    PQclear(r);
    for (size_t j = 0; j < 4; j++)
        od_buf_free(&a[j]);
    free(ids);
    return rc;
}

static int ingest_tx(struct od_store *s, const char *channel, int64_t run_id, struct od_batch *b,
                     const struct od_rules *rules, struct od_ingest_result *res)
{
    struct json_object *orders = NULL, *dead = NULL, *audits = json_object_new_array();
    struct staged *st = NULL;
    struct strs locks = {.owned = true};
    struct od_refdata pre; /* the batch's sku_map rows, read once */
    struct premap pm = {NULL, 0};
    static const char *const drop[] = {"raw", "id", "revision", "audit", "channel", NULL};
    struct sink_copy_order *sent = NULL;
    char(*hashes)[65] = NULL;
    bool *skip = NULL;
    size_t *pos = NULL;
    size_t n_st = 0, n_skip = 0, n_sent = 0;
    bool have_rules = rules && rules->n > 0;
    PGresult *r = NULL;
    const char *p[6];
    char run[32];
    uint64_t t0;
    int rc;

    memset(&pre, 0, sizeof(pre));
    if (!audits)
        return od_error_set(OD_ENOMEM, "out of memory");
    /* The audit sees each order under its channel's name. */
    for (size_t i = 0; i < b->n_orders; i++)
        if (!b->orders[i].order->channel &&
            od_str_set(&b->orders[i].order->channel, channel, strlen(channel)) < 0) {
            rc = od_error_set(OD_ENOMEM, "out of memory");
            goto out;
        }
    if (have_rules && b->n_orders && (rc = premap(s, channel, b, &pre, &pm)) < 0)
        goto out;
    rc = build_batch_json(b, &orders, &dead);
    premap_restore(&pm);
    if (rc < 0)
        goto out;
    /* The orders orderd_stage would skip are not sent. */
    skip = calloc(b->n_orders ? b->n_orders : 1, sizeof(*skip));
    pos = calloc(b->n_orders ? b->n_orders : 1, sizeof(*pos));
    sent = calloc(b->n_orders ? b->n_orders : 1, sizeof(*sent));
    hashes = calloc(b->n_orders ? b->n_orders : 1, sizeof(*hashes));
    if (!skip || !pos || !sent || !hashes) {
        rc = od_error_set(OD_ENOMEM, "out of memory");
        goto out;
    }
    /* Each order's content hash, as orderd_stage(text, jsonb) computed
     * it; "" when its jsonb text cannot be written here. */
    for (size_t i = 0; i < b->n_orders; i++)
        if (od_jsonb_sha256(json_object_array_get_idx(orders, i), drop, hashes[i]) < 0) {
            od_error_clear();
            hashes[i][0] = '\0';
        }
    if (b->n_orders && (rc = find_unsent(s, channel, orders, hashes, skip, &n_skip)) < 0)
        goto out;
    for (size_t i = 0; i < b->n_orders; i++)
        if (!skip[i]) {
            sent[n_sent] = (struct sink_copy_order){
                .json = json_object_array_get_idx(orders, i),
                .hash = hashes[i],
                .raw = (const unsigned char *)b->orders[i].raw,
                .raw_len = b->orders[i].raw_len,
            };
            pos[n_sent++] = i;
        }

    /* The orders to write, by COPY, then the stage's decisions. A batch
     * whose orders were all found unchanged stages nothing. */
    if (n_sent) {
        rc = sink_copy_stage(s, sent, n_sent);
        p[0] = channel;
        if (rc == 0)
            rc = sink_query(s, "cannot stage the batch",
                            "SELECT ord, external_id, action, old_status, old_outcome,"
                            " old_decided_by, material_change, to_json(reserved_skus)::text"
                            " FROM orderd_stage($1)",
                            1, p, &r);
        if (rc < 0)
            goto out;
        n_st = (size_t)PQntuples(r);
    }
    st = calloc(n_st ? n_st : 1, sizeof(*st));
    if (!st) {
        rc = od_error_set(OD_ENOMEM, "out of memory");
        goto out;
    }
    for (size_t i = 0; i < n_st; i++) {
        const char *a = sink_val(r, (int)i, 2), *m = sink_val(r, (int)i, 6),
                   *sk = sink_val(r, (int)i, 7);
        struct od_stored was;
        long ord = strtol(PQgetvalue(r, (int)i, 0), NULL, 10);

        if (ord < 1 || (size_t)ord > n_sent) {
            rc = od_error_set(OD_EDB, "orderd_stage returned position %ld of %zu", ord, n_sent);
            goto out;
        }
        ord = (long)pos[ord - 1] + 1; /* the position in the batch */
        st[i].ord = (int)ord;
        if (sink_dup_val(r, (int)i, 3, &st[i].old_status) ||
            sink_dup_val(r, (int)i, 4, &st[i].old_outcome) ||
            sink_dup_val(r, (int)i, 5, &st[i].old_decided_by)) {
            rc = od_error_set(OD_ENOMEM, "out of memory");
            goto out;
        }
        was = (struct od_stored){.status = st[i].old_status,
                                 .outcome = st[i].old_outcome,
                                 .decided_by = st[i].old_decided_by,
                                 .material = m && m[0] == 't',
                                 .has_reservations = sk != NULL};
        st[i].next = od_lifecycle_next(strcmp(a, "insert") == 0   ? OD_REV_NEW
                                       : strcmp(a, "update") == 0 ? OD_REV_NEWER
                                                                  : OD_REV_STALE,
                                       &was, b->orders[ord - 1].order, have_rules);
        /* ["A-1","B 2"]: the SKUs whose inventory rows a release touches */
        if (sk && st[i].next.release && (rc = add_json_strings(sk, &locks)) < 0)
            goto out;
    }
    PQclear(r);
    r = NULL;

    t0 = od_stats_now();
    rc = audit_staged(s, rules, b, st, n_st, locks.v, locks.n, &pre, audits);
    od_stats_lap(OD_STAGE_AUDIT, t0);
    if (rc < 0)
        goto out;

    snprintf(run, sizeof(run), "%lld", (long long)run_id);
    p[0] = channel;
    p[1] = run_id > 0 ? run : NULL;
    p[2] = json_object_to_json_string_ext(audits, JSON_C_TO_STRING_PLAIN);
    p[3] = json_object_to_json_string_ext(dead, JSON_C_TO_STRING_PLAIN);
    p[4] = b->cursor;
    p[5] = n_sent ? "true" : "false";
    rc = sink_query(s, "cannot store the batch",
                    "SELECT n_new, n_updated, n_unchanged, n_dead FROM orderd_commit($1,"
                    " $2::bigint, $3::jsonb, $4::jsonb, $5::jsonb, $6::boolean)",
                    6, p, &r);
    if (rc < 0)
        goto out;
    if (res && PQntuples(r) == 1) {
        res->n_new = (int)sink_int_val(r, 0, 0, 0);
        res->n_updated = (int)sink_int_val(r, 0, 1, 0);
        res->n_unchanged = (int)sink_int_val(r, 0, 2, 0);
        res->n_dead = (int)sink_int_val(r, 0, 3, 0);
    }
    if (res) {
        res->n_unchanged += (int)n_skip;
        res->n_unsent = (int)n_skip;
    }
    if (n_skip && run_id > 0) {
        char k[32];

        PQclear(r);
        r = NULL;
        snprintf(k, sizeof(k), "%zu", n_skip);
        p[0] = run;
        p[1] = k;
        rc = sink_query(s, "cannot count the unchanged orders",
                        "UPDATE ingest_runs SET items = items + $2::int,"
                        " unchanged = unchanged + $2::int WHERE id = $1::bigint",
                        2, p, &r);
    }
out:
    premap_restore(&pm);
    PQclear(r);
    od_refdata_free(&pre);
    sink_strs_free(&locks);
    staged_free(st, n_st);
    free(skip);
    free(pos);
    free(sent);
    free(hashes);
    json_object_put(orders);
    json_object_put(dead);
    json_object_put(audits);
    return rc;
}

/* Run `fn` in a transaction of its own, or in the caller's when one is
 * open (orderctl's dead-letter retry adds its own statements). */
static int in_transaction(struct od_store *s, bool *own)
{
    PGTransactionStatusType ts = PQtransactionStatus(od_store_conn(s));

    *own = ts == PQTRANS_IDLE;
    if (ts == PQTRANS_INERROR)
        return od_error_set(OD_EDB, "the transaction is aborted");
    return *own ? exec0(s, "cannot begin", "BEGIN") : 0;
}

static int finish(struct od_store *s, bool own, int rc)
{
    if (!own)
        return rc;
    if (rc == 0)
        return exec0(s, "cannot commit", "COMMIT");
    exec0(s, "cannot roll back", "ROLLBACK");
    return rc;
}

int od_store_ingest(struct od_store *s, const char *channel, int64_t run_id, struct od_batch *b,
                    const struct od_rules *rules, struct od_ingest_result *res)
{
    bool own;
    int rc = in_transaction(s, &own);

    if (rc < 0)
        return rc;
    return finish(s, own, ingest_tx(s, channel, run_id, b, rules, res));
}

/* ---- for the other writers of audit outcomes (store_int.h) ---------- */

int od_sink_query(struct od_store *s, const char *what, const char *sql, int n,
                  const char *const *params, PGresult **out)
{
    return sink_query(s, what, sql, n, params, out);
}

int od_sink_query_id(struct od_store *s, const char *what, const char *sql, int64_t id,
                     PGresult **out)
{
    char ids[32];
    const char *p[1] = {ids};

    snprintf(ids, sizeof(ids), "%lld", (long long)id);
    return sink_query(s, what, sql, 1, p, out);
}

int od_sink_begin(struct od_store *s, bool *own)
{
    return in_transaction(s, own);
}

int od_sink_end(struct od_store *s, bool own, int rc)
{
    return finish(s, own, rc);
}

int od_sink_audit_entry(const struct od_order *o, const struct od_refdata *ref,
                        const struct od_audit_result *res, struct json_object **out)
{
    return audit_entry(o, ref, res, out);
}
