/* The audited sink: one batch is staged, audited against reference data
 * fetched set-wise, and committed in one transaction (docs/audit.md).
 * The other writers of audit outcomes (re-check of pending orders in
 * reaudit.c, review decisions in review.c) and the read-only replay
 * (reaudit.c) share its reference data fetch and audit entries through
 * store_int.h. Round trips per batch: BEGIN, stage, one query per
 * reference table, commit, COMMIT -- never one per order. */
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
#include "rules.h"
#include "stats.h"
#include "store.h"
#include "store_int.h"

#define STR2(x)         #x
#define OD_STRINGIFY(x) STR2(x)
#define ARRAY_MAX       ((size_t)1 << 28)
#define RECENT_MAX      20000

/* ---- small helpers -------------------------------------------------- */

/* A growable list of strings (borrowed or owned per `owned`), turned
 * into a PostgreSQL text[] literal for `= ANY($n)`. */
struct strs {
    char **v;
    size_t n, cap;
    bool owned;
};

static int strs_add(struct strs *s, const char *x)
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

static void strs_free(struct strs *s)
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
static int array_elem(struct od_buf *out, const char *x)
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
static int strs_literal(struct strs *s, struct od_buf *out)
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
            rc = array_elem(out, s->v[i]);
    }
    if (rc == 0)
        rc = od_buf_addc(out, '}');
    return rc < 0 ? od_error_set(OD_ENOMEM, "out of memory") : 0;
}

static const char *val(PGresult *r, int row, int col)
{
    return PQgetisnull(r, row, col) ? NULL : PQgetvalue(r, row, col);
}

static int dup_val(PGresult *r, int row, int col, char **out)
{
    const char *v = val(r, row, col);

    *out = NULL;
    if (v && !(*out = strdup(v)))
        return OD_ENOMEM;
    return 0;
}

static od_money money_val(PGresult *r, int row, int col)
{
    const char *v = val(r, row, col);
    od_money m;

    if (!v || od_money_parse(v, strlen(v), &m) < 0)
        return OD_MONEY_NONE;
    return m;
}

static int64_t int_val(PGresult *r, int row, int col, int64_t def)
{
    const char *v = val(r, row, col);

    return v ? strtoll(v, NULL, 10) : def;
}

static int query(struct od_store *s, const char *what, const char *sql, int n,
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
    int rc = query(s, what, sql, 0, NULL, &r);

    PQclear(r);
    return rc;
}

static bool rules_have(const struct od_rules *rules, enum od_rule_type t)
{
    for (size_t i = 0; rules && i < rules->n; i++)
        if (rules->rules[i].type == t)
            return true;
    return false;
}

static void lower_ascii(char *s)
{
    for (; s && *s; s++)
        if (*s >= 'A' && *s <= 'Z')
            *s = (char)(*s - 'A' + 'a');
}

/* ---- reference data ------------------------------------------------- */

/* The keys the batch looks up, as PostgreSQL array literals. */
struct keys {
    struct od_buf map_ch, map_code; /* (channel, code) pairs for sku_map */
    struct od_buf skus, refs, phones, emails, names, pos;
    struct od_buf blvals; /* phones, e-mails and names: blacklist values */
    od_time earliest;     /* oldest placed_at of the orders */
};

static void keys_free(struct keys *k)
{
    od_buf_free(&k->map_ch);
    od_buf_free(&k->map_code);
    od_buf_free(&k->skus);
    od_buf_free(&k->refs);
    od_buf_free(&k->phones);
    od_buf_free(&k->emails);
    od_buf_free(&k->names);
    od_buf_free(&k->pos);
    od_buf_free(&k->blvals);
}

/* Pairs must stay aligned, so they are written unsorted and unmerged. */
static int pair_add(struct od_buf *a, const char *x)
{
    int rc = od_buf_addc(a, a->len ? ',' : '{');

    return rc == 0 ? array_elem(a, x) : rc;
}

static int pair_close(struct od_buf *a)
{
    return od_buf_adds(a, a->len ? "}" : "{}");
}

static int collect_keys(struct od_order *const *orders, size_t n, char *const *extra_skus,
                        size_t n_extra, struct keys *k)
{
    struct strs skus = {.owned = false}, refs = {.owned = false}, names = {.owned = false};
    struct strs phones = {.owned = true}, emails = {.owned = true}, pos = {.owned = true};
    struct strs bl = {.owned = true};
    int rc = 0;

    od_buf_init(&k->map_ch, ARRAY_MAX);
    od_buf_init(&k->map_code, ARRAY_MAX);
    od_buf_init(&k->skus, ARRAY_MAX);
    od_buf_init(&k->refs, ARRAY_MAX);
    od_buf_init(&k->phones, ARRAY_MAX);
    od_buf_init(&k->emails, ARRAY_MAX);
    od_buf_init(&k->names, ARRAY_MAX);
    od_buf_init(&k->pos, ARRAY_MAX);
    od_buf_init(&k->blvals, ARRAY_MAX);
    k->earliest = OD_TIME_NONE;
    for (size_t i = 0; i < n_extra && rc == 0; i++)
        rc = strs_add(&skus, extra_skus[i]);
    for (size_t i = 0; i < n && rc == 0; i++) {
        const struct od_order *o = orders[i];
        const char *ch = o->channel ? o->channel : "";
        char buf[128];

        for (size_t j = 0; j < o->n_lines && rc == 0; j++) {
            const struct od_line *l = &o->lines[j];

            if (l->channel_sku && (rc = pair_add(&k->map_ch, ch)) == 0)
                rc = pair_add(&k->map_code, l->channel_sku);
            if (rc == 0 && l->sku && (rc = pair_add(&k->map_ch, ch)) == 0)
                rc = pair_add(&k->map_code, l->sku);
            if (rc == 0)
                rc = strs_add(&skus, l->sku);
            if (rc == 0)
                rc = strs_add(&skus, l->channel_sku);
        }
        if (rc == 0)
            rc = strs_add(&refs, o->customer.ref);
        if (rc == 0)
            rc = strs_add(&names, o->customer.name);
        if (rc == 0)
            rc = strs_add(&names, o->ship_to.name);
        buf[0] = '\0';
        od_audit_phone(o->customer.phone, buf, sizeof(buf));
        if (rc == 0)
            rc = strs_add(&phones, buf);
        buf[0] = '\0';
        od_audit_phone(o->ship_to.phone, buf, sizeof(buf));
        if (rc == 0)
            rc = strs_add(&phones, buf);
        if (rc == 0 && o->customer.email && (rc = strs_add(&emails, o->customer.email)) == 0)
            lower_ascii(emails.v[emails.n - 1]);
        if (rc == 0 && od_audit_po_number(o, buf, sizeof(buf)))
            rc = strs_add(&pos, buf);
        if (o->placed_at != OD_TIME_NONE &&
            (k->earliest == OD_TIME_NONE || o->placed_at < k->earliest))
            k->earliest = o->placed_at;
    }
    if (rc == 0)
        rc = pair_close(&k->map_ch);
    if (rc == 0)
        rc = pair_close(&k->map_code);
    if (rc == 0)
        rc = strs_literal(&skus, &k->skus);
    if (rc == 0)
        rc = strs_literal(&refs, &k->refs);
    if (rc == 0)
        rc = strs_literal(&phones, &k->phones);
    if (rc == 0)
        rc = strs_literal(&emails, &k->emails);
    if (rc == 0)
        rc = strs_literal(&names, &k->names);
    if (rc == 0)
        rc = strs_literal(&pos, &k->pos);
    for (size_t i = 0; i < phones.n && rc == 0; i++)
        rc = strs_add(&bl, phones.v[i]);
    for (size_t i = 0; i < emails.n && rc == 0; i++)
        rc = strs_add(&bl, emails.v[i]);
    for (size_t i = 0; i < names.n && rc == 0; i++)
        rc = strs_add(&bl, names.v[i]);
    if (rc == 0)
        rc = strs_literal(&bl, &k->blvals);
    strs_free(&bl);
    strs_free(&skus);
    strs_free(&refs);
    strs_free(&names);
    strs_free(&phones);
    strs_free(&emails);
    strs_free(&pos);
    return rc < 0 ? od_error_set(OD_ENOMEM, "out of memory") : 0;
}

static const char sql_skumap[] =
    "SELECT m.channel, m.channel_sku, m.sku, m.multiplier FROM sku_map m"
    " WHERE (m.channel, m.channel_sku) IN (SELECT * FROM unnest($1::text[], $2::text[]))";

/* approved_since: what this customer's approved orders add since finance
 * loaded open_balance (docs/audit.md, credit_limit), read from the
 * covering index orders_credit_sum (migration 0006). The customers are
 * found by one index probe per key kind: a filter of the three arrays
 * over every customer would cost the customer count times the keys. */
static const char sql_customers[] =
    "SELECT c.ref, c.name, c.phone_norm, c.email, c.credit_limit::text, c.open_balance::text,"
    "  (SELECT coalesce(sum(o.total), 0)::text FROM orders o"
    "    WHERE o.customer_ref_matched = c.ref AND o.audit_outcome = 'approved'"
    "      AND o.approved_at > c.balance_as_of"
    "      AND o.status NOT IN ('cancelled', 'refunded')),"
    "  c.price_tier, c.blocked"
    " FROM customers c"
    " WHERE c.ref IN (SELECT ref FROM customers WHERE ref = ANY($1::text[])"
    "                 UNION ALL SELECT ref FROM customers WHERE phone_norm = ANY($2::text[])"
    "                 UNION ALL SELECT ref FROM customers WHERE lower(email) = ANY($3::text[]))"
    " ORDER BY c.ref";

/* The duplicate rule's candidates: orders of the same phone, or of the
 * same customer, with the same SKU multiset since the window's start
 * ($1/$2 and $3/$4 are aligned (key, multiset) pairs), and orders of the
 * same PO number at any time. The audit compares them again; md5() is the
 * key of the indexes orders_dup_*_skus (migration 0006). */
static const char sql_recent[] =
    "SELECT o.id, o.channel, o.external_id, o.phone_norm, o.customer_ref_matched,"
    "  o.sku_multiset, o.po_number,"
    "  (extract(epoch FROM o.placed_at) * 1000000)::bigint"
    " FROM orders o"
    " WHERE o.status NOT IN ('cancelled', 'refunded')"
    "   AND o.id IN ("
    "     SELECT x.id FROM unnest($1::text[], $2::text[]) AS p(k, skus)"
    "       JOIN orders x ON x.phone_norm = p.k AND x.sku_multiset IS NOT NULL"
    "                    AND md5(x.sku_multiset) = md5(p.skus)"
    "                    AND x.placed_at >= to_timestamp($6::double precision)"
    "     UNION ALL"
    "     SELECT x.id FROM unnest($3::text[], $4::text[]) AS p(k, skus)"
    "       JOIN orders x ON x.customer_ref_matched = p.k AND x.sku_multiset IS NOT NULL"
    "                    AND md5(x.sku_multiset) = md5(p.skus)"
    "                    AND x.placed_at >= to_timestamp($6::double precision)"
    "     UNION ALL"
    "     SELECT x.id FROM orders x WHERE x.po_number = ANY($5::text[]))"
    " ORDER BY o.id DESC LIMIT " OD_STRINGIFY(RECENT_MAX);

static const char sql_products[] = "SELECT sku, active FROM products WHERE sku = ANY($1::text[])";

static const char sql_prices[] = "SELECT tier, sku, unit_price::text,"
                                 "  (extract(epoch FROM valid_from) * 1000000)::bigint,"
                                 "  (extract(epoch FROM valid_to) * 1000000)::bigint"
                                 " FROM price_lists WHERE sku = ANY($1::text[])";

static const char sql_blacklist[] =
    "SELECT kind, value_norm, reason FROM blacklist"
    " WHERE value_norm = ANY($1::text[]) OR kind = 'address_substring'";

static const char sql_inventory[] =
    "SELECT sku, warehouse, on_hand, reserved FROM inventory WHERE sku = ANY($1::text[])"
    " ORDER BY sku, warehouse";

/* Skus of the batch after mapping: the map's targets join the list. */
static int add_mapped(struct keys *k, const struct od_refdata *ref)
{
    struct strs s = {.owned = true};
    struct od_buf b;
    int rc = 0;

    if (!ref->n_skumap)
        return 0;
    /* Re-read the current literal's elements is not needed: build anew
     * from the old literal plus the mapped SKUs. */
    od_buf_init(&b, ARRAY_MAX);
    for (size_t i = 0; i < ref->n_skumap && rc == 0; i++)
        rc = strs_add(&s, ref->skumap[i].sku);
    if (rc == 0)
        rc = strs_literal(&s, &b);
    /* "{a,b}" + "{c}" -> "{a,b,c}" */
    if (rc == 0 && b.len > 2) {
        if (k->skus.len <= 2) {
            od_buf_reset(&k->skus);
            rc = od_buf_add(&k->skus, b.data, b.len);
        } else {
            k->skus.len--; /* drop '}' */
            rc = od_buf_addc(&k->skus, ',');
            if (rc == 0)
                rc = od_buf_add(&k->skus, b.data + 1, b.len - 1);
        }
    }
    od_buf_free(&b);
    strs_free(&s);
    return rc < 0 ? od_error_set(OD_ENOMEM, "out of memory") : 0;
}

#define GROW(arr, n, cnt)                                                                          \
    do {                                                                                           \
        (arr) = calloc((cnt) ? (size_t)(cnt) : 1, sizeof(*(arr)));                                 \
        if (!(arr)) {                                                                              \
            rc = OD_ENOMEM;                                                                        \
            goto out;                                                                              \
        }                                                                                          \
        (n) = 0;                                                                                   \
    } while (0)

/* The sku_map rows of the (channel, code) pairs in `k` into ref->skumap. */
static int fetch_skumap(struct od_store *s, const struct keys *k, struct od_refdata *ref)
{
    const char *p[2] = {k->map_ch.data, k->map_code.data};
    PGresult *r = NULL;
    int rc = query(s, "cannot read sku_map", sql_skumap, 2, p, &r);

    if (rc < 0)
        return rc;
    ref->skumap = calloc(PQntuples(r) ? (size_t)PQntuples(r) : 1, sizeof(*ref->skumap));
    if (!ref->skumap)
        rc = OD_ENOMEM;
    for (int i = 0; i < PQntuples(r) && rc == 0; i++) {
        struct od_ref_skumap *m = &ref->skumap[ref->n_skumap++];

        m->multiplier = int_val(r, i, 3, 1);
        if (dup_val(r, i, 0, &m->channel) || dup_val(r, i, 1, &m->channel_sku) ||
            dup_val(r, i, 2, &m->sku))
            rc = OD_ENOMEM;
    }
    PQclear(r);
    return rc < 0 ? od_error_set(OD_ENOMEM, "out of memory reading sku_map") : 0;
}

/* The (key, multiset) pairs of sql_recent: each order's phones and its
 * customer ref, with the SKU multiset the duplicate rule compares. */
static int recent_pairs(struct od_order *const *orders, size_t n, char *const *ms,
                        struct od_buf pairs[4])
{
    int rc = 0;

    for (size_t i = 0; i < n && rc == 0; i++) {
        const struct od_order *o = orders[i];
        const char *phones[2] = {o->customer.phone, o->ship_to.phone};
        char buf[64];

        if (!ms[i][0])
            continue; /* no multiset: the rule compares no lines */
        for (size_t j = 0; j < 2 && rc == 0; j++) {
            buf[0] = '\0';
            od_audit_phone(phones[j], buf, sizeof(buf));
            if (buf[0] && (rc = pair_add(&pairs[0], buf)) == 0)
                rc = pair_add(&pairs[1], ms[i]);
        }
        if (rc == 0 && o->customer.ref && o->customer.ref[0] &&
            (rc = pair_add(&pairs[2], o->customer.ref)) == 0)
            rc = pair_add(&pairs[3], ms[i]);
    }
    for (size_t j = 0; j < 4 && rc == 0; j++)
        rc = pair_close(&pairs[j]);
    return rc < 0 ? od_error_set(OD_ENOMEM, "out of memory") : 0;
}

/* The stored orders the duplicate rule compares the batch with, into
 * ref->recent (ref->skumap is read). */
static int fetch_recent(struct od_store *s, const struct od_rules *rules,
                        struct od_order *const *orders, size_t n, const struct keys *k,
                        struct od_refdata *ref)
{
    struct od_buf pairs[4];
    char **ms = NULL;
    PGresult *r = NULL;
    const char *p[6];
    char since[64];
    int64_t window = 0;
    int rc, nr;

    for (size_t j = 0; j < 4; j++)
        od_buf_init(&pairs[j], ARRAY_MAX);
    for (size_t i = 0; i < rules->n; i++)
        if (rules->rules[i].type == OD_RULE_DUPLICATE && rules->rules[i].window_ms > window)
            window = rules->rules[i].window_ms;
    snprintf(since, sizeof(since), "%.6f",
             k->earliest == OD_TIME_NONE ? (double)(od_time_now() - window * 1000) / 1e6
                                         : (double)(k->earliest - window * 1000) / 1e6);
    if ((rc = od_audit_dup_multisets(ref, orders, n, &ms)) < 0)
        goto out;
    if ((rc = recent_pairs(orders, n, ms, pairs)) < 0)
        goto out;
    for (size_t j = 0; j < 4; j++)
        p[j] = pairs[j].data;
    p[4] = k->pos.data;
    p[5] = since;
    if ((rc = query(s, "cannot read recent orders", sql_recent, 6, p, &r)) < 0)
        goto out;
    nr = PQntuples(r);
    ref->recent = calloc(nr ? (size_t)nr : 1, sizeof(*ref->recent));
    ref->cap_recent = nr ? (size_t)nr : 1;
    if (!ref->recent)
        rc = OD_ENOMEM;
    for (int i = 0; i < nr && rc == 0; i++) {
        struct od_ref_recent *x = &ref->recent[ref->n_recent++];

        x->order_id = int_val(r, i, 0, 0);
        x->placed_at = int_val(r, i, 7, OD_TIME_NONE);
        if (dup_val(r, i, 1, &x->channel) || dup_val(r, i, 2, &x->external_id) ||
            dup_val(r, i, 3, &x->phone) || dup_val(r, i, 4, &x->customer_ref) ||
            dup_val(r, i, 5, &x->skus) || dup_val(r, i, 6, &x->po))
            rc = OD_ENOMEM;
    }
    if (rc < 0)
        rc = od_error_set(OD_ENOMEM, "out of memory reading recent orders");
out:
    PQclear(r);
    for (size_t i = 0; ms && i < n; i++)
        free(ms[i]);
    free(ms);
    for (size_t j = 0; j < 4; j++)
        od_buf_free(&pairs[j]);
    return rc;
}

/* od_store_refdata(), taking over pre->skumap when the caller has it. */
static int refdata_fetch(struct od_store *s, const struct od_rules *rules,
                         struct od_order *const *orders, size_t n, char *const *extra_skus,
                         size_t n_extra, bool lock, struct od_refdata *pre, struct od_refdata *out)
{
    struct keys k;
    struct od_refdata ref;
    PGresult *r = NULL;
    const char *p[4];
    struct od_buf sql;
    int rc;

    memset(&ref, 0, sizeof(ref));
    od_buf_init(&sql, 4096);
    rc = collect_keys(orders, n, extra_skus, n_extra, &k);
    if (rc < 0)
        goto out;

    /* sku_map, unless the caller read it for this batch already */
    if (pre && pre->skumap) {
        ref.skumap = pre->skumap;
        ref.n_skumap = pre->n_skumap;
        pre->skumap = NULL;
        pre->n_skumap = 0;
    } else if ((rc = fetch_skumap(s, &k, &ref)) < 0) {
        goto out;
    }
    if ((rc = add_mapped(&k, &ref)) < 0)
        goto out;

    /* customers (locked: two batches cannot both spend one credit line) */
    p[0] = k.refs.data;
    p[1] = k.phones.data;
    p[2] = k.emails.data;
    od_buf_reset(&sql);
    if (od_buf_adds(&sql, sql_customers) < 0 || (lock && od_buf_adds(&sql, " FOR UPDATE") < 0)) {
        rc = OD_ENOMEM;
        goto out;
    }
    if ((rc = query(s, "cannot read customers", sql.data, 3, p, &r)) < 0)
        goto out;
    GROW(ref.customers, ref.n_customers, PQntuples(r));
    for (int i = 0; i < PQntuples(r); i++) {
        struct od_ref_customer *c = &ref.customers[ref.n_customers++];
        const char *b = val(r, i, 8);

        if (dup_val(r, i, 0, &c->ref) || dup_val(r, i, 1, &c->name) ||
            dup_val(r, i, 2, &c->phone) || dup_val(r, i, 3, &c->email) ||
            dup_val(r, i, 7, &c->price_tier)) {
            rc = OD_ENOMEM;
            goto out;
        }
        c->credit_limit = money_val(r, i, 4);
        c->open_balance = money_val(r, i, 5);
        c->approved_since = money_val(r, i, 6);
        c->blocked = b && b[0] == 't';
    }
    PQclear(r);
    r = NULL;

    if (rules_have(rules, OD_RULE_DUPLICATE) &&
        (rc = fetch_recent(s, rules, orders, n, &k, &ref)) < 0)
        goto out;

    p[0] = k.skus.data;
    if ((rc = query(s, "cannot read products", sql_products, 1, p, &r)) < 0)
        goto out;
    GROW(ref.products, ref.n_products, PQntuples(r));
    for (int i = 0; i < PQntuples(r); i++) {
        struct od_ref_product *x = &ref.products[ref.n_products++];
        const char *a = val(r, i, 1);

        if (dup_val(r, i, 0, &x->sku)) {
            rc = OD_ENOMEM;
            goto out;
        }
        x->active = a && a[0] == 't';
    }
    PQclear(r);
    r = NULL;

    if (rules_have(rules, OD_RULE_PRICE_LIST)) {
        if ((rc = query(s, "cannot read price_lists", sql_prices, 1, p, &r)) < 0)
            goto out;
        GROW(ref.prices, ref.n_prices, PQntuples(r));
        for (int i = 0; i < PQntuples(r); i++) {
            struct od_ref_price *x = &ref.prices[ref.n_prices++];

            if (dup_val(r, i, 0, &x->tier) || dup_val(r, i, 1, &x->sku)) {
                rc = OD_ENOMEM;
                goto out;
            }
            x->unit_price = money_val(r, i, 2);
            x->valid_from = int_val(r, i, 3, OD_TIME_NONE);
            x->valid_to = int_val(r, i, 4, OD_TIME_NONE);
        }
        PQclear(r);
        r = NULL;
    }

    if (rules_have(rules, OD_RULE_BLACKLIST)) {
        p[0] = k.blvals.data;
        if ((rc = query(s, "cannot read blacklist", sql_blacklist, 1, p, &r)) < 0)
            goto out;
        GROW(ref.blacklist, ref.n_blacklist, PQntuples(r));
        for (int i = 0; i < PQntuples(r); i++) {
            struct od_ref_blacklist *x = &ref.blacklist[ref.n_blacklist++];

            if (dup_val(r, i, 0, &x->kind) || dup_val(r, i, 1, &x->value) ||
                dup_val(r, i, 2, &x->reason)) {
                rc = OD_ENOMEM;
                goto out;
            }
        }
        PQclear(r);
        r = NULL;
        p[0] = k.skus.data;
    }

    /* inventory last, locked in (sku, warehouse) order: every writer of
     * reservations locks in this order, so they queue, never deadlock. */
    if (rules_have(rules, OD_RULE_STOCK) || n_extra) {
        od_buf_reset(&sql);
        if (od_buf_adds(&sql, sql_inventory) < 0 ||
            (lock && od_buf_adds(&sql, " FOR UPDATE") < 0)) {
            rc = OD_ENOMEM;
            goto out;
        }
        if ((rc = query(s, "cannot read inventory", sql.data, 1, p, &r)) < 0)
            goto out;
        GROW(ref.stock, ref.n_stock, PQntuples(r));
        for (int i = 0; i < PQntuples(r); i++) {
            struct od_ref_stock *x = &ref.stock[ref.n_stock++];

            if (dup_val(r, i, 0, &x->sku) || dup_val(r, i, 1, &x->warehouse)) {
                rc = OD_ENOMEM;
                goto out;
            }
            x->on_hand = int_val(r, i, 2, 0);
            x->reserved = int_val(r, i, 3, 0);
        }
        PQclear(r);
        r = NULL;
    }
    *out = ref;
    memset(&ref, 0, sizeof(ref));
out:
    if (rc == OD_ENOMEM)
        rc = od_error_set(OD_ENOMEM, "out of memory reading reference data");
    PQclear(r);
    od_buf_free(&sql);
    keys_free(&k);
    od_refdata_free(&ref);
    return rc;
}

int od_store_refdata(struct od_store *s, const struct od_rules *rules,
                     struct od_order *const *orders, size_t n, char *const *extra_skus,
                     size_t n_extra, bool lock, struct od_refdata *out)
{
    return refdata_fetch(s, rules, orders, n, extra_skus, n_extra, lock, NULL, out);
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

struct staged {
    int ord; /* 1-based index into the batch */
    const char *action;
    char *old_status, *old_outcome, *old_decided_by;
    bool material;
    bool has_reservations;
    bool audit;          /* run the rules */
    const char *release; /* release the reservations first, and why */
    bool changed;        /* approved order changed: held */
};

static bool status_is(const struct od_order *o, enum od_status a, enum od_status b)
{
    return o->status == a || o->status == b;
}

/* What happens to a staged order (docs/audit.md, "Life cycle"). An
 * order with extraction doubts is audited (held) even without rules:
 * it must never be stored as a clean order. */
static void decide(struct staged *st, const struct od_order *o, bool have_rules)
{
    bool approved = st->old_outcome && strcmp(st->old_outcome, "approved") == 0;
    bool by_audit = !st->old_decided_by || strcmp(st->old_decided_by, "audit") == 0;
    bool gone = status_is(o, OD_STATUS_CANCELLED, OD_STATUS_REFUNDED);
    bool doubts = o->extraction && o->extraction->n_doubts > 0;

    if (strcmp(st->action, "insert") == 0) {
        st->audit = have_rules || doubts;
        return;
    }
    if (strcmp(st->action, "update") != 0)
        return;
    if (!have_rules) {
        /* No rules: reservations made under an earlier rules file still
         * end when the order does. The audit, with no rule, only holds
         * for doubts: a doubtful revision of an order the audit decided
         * (or approved by default) is held, and a revision of an order
         * the audit held, pending or rejected is audited again. */
        if (st->has_reservations && (gone || status_is(o, OD_STATUS_SHIPPED, OD_STATUS_COMPLETED)))
            st->release = gone ? "cancelled" : "fulfilled";
        if (by_audit && (doubts || (st->old_outcome && !approved))) {
            st->audit = true;
            if (st->has_reservations && !st->release)
                st->release = "reaudit";
        }
        return;
    }
    if (approved && gone) {
        st->changed = true;
        st->release = "cancelled";
        return;
    }
    if (gone) {
        if (st->has_reservations)
            st->release = "cancelled";
        st->audit = have_rules && by_audit && st->old_outcome;
        return;
    }
    if (approved && st->material) {
        st->changed = true;
        st->release = "changed";
        return;
    }
    if (approved && doubts && by_audit) {
        /* the stored order is now the doubtful revision: held again */
        st->audit = true;
        if (st->has_reservations)
            st->release = "reaudit";
        return;
    }
    if (approved) {
        if (st->has_reservations && status_is(o, OD_STATUS_SHIPPED, OD_STATUS_COMPLETED))
            st->release = "fulfilled";
        return;
    }
    /* held, pending or rejected by the audit: a new revision is audited
     * again; a person's decision stays. */
    if (have_rules && by_audit) {
        st->audit = true;
        if (st->has_reservations)
            st->release = "reaudit";
    }
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
        if (b->orders[i].raw)
            rc = od_store_add_b64(o, "raw", b->orders[i].raw, b->orders[i].raw_len);
        json_object_array_add(orders, o);
        if (rc < 0)
            goto out;
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
        if (strs_add(out, json_object_get_string(json_object_array_get_idx(arr, i))) < 0)
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
        if (st[i].audit)
            todo[n_todo++] = b->orders[st[i].ord - 1].order;
    if (n_todo || n_locks) {
        rc = refdata_fetch(s, rules, todo, n_todo, locks, n_locks, true, pre, &ref);
        if (rc < 0)
            goto out;
    }
    if ((rc = od_audit_batch_new(&ref, &ab)) < 0)
        goto out;
    for (size_t i = 0; i < n_st; i++) {
        struct od_order *o = b->orders[st[i].ord - 1].order;
        struct json_object *e = NULL;

        if (st[i].changed) {
            e = changed_entry(o, rules, st[i].old_status,
                              status_is(o, OD_STATUS_CANCELLED, OD_STATUS_REFUNDED));
            if (!e) {
                rc = od_error_set(OD_ENOMEM, "out of memory");
                goto out;
            }
        } else if (st[i].audit) {
            struct od_audit_result res;

            memset(&res, 0, sizeof(res));
            rc = od_audit_batch_order(ab, rules, o->channel, o, now, &res);
            if (rc == 0)
                rc = audit_entry(o, &ref, &res, &e);
            od_audit_result_clear(&res);
            if (rc < 0)
                goto out;
        } else if (st[i].release) {
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
        if (st[i].release)
            json_object_object_add(e, "release", json_object_new_string(st[i].release));
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
    rc = collect_keys(v, b->n_orders, NULL, 0, &k);
    if (rc == 0)
        rc = fetch_skumap(s, &k, pre);
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
    keys_free(&k);
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
    size_t n_st = 0;
    bool have_rules = rules && rules->n > 0;
    PGresult *r = NULL;
    const char *p[5];
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

    p[0] = channel;
    p[1] = json_object_to_json_string_ext(orders, JSON_C_TO_STRING_PLAIN);
    rc = query(s, "cannot stage the batch",
               "SELECT ord, external_id, action, old_status, old_outcome, old_decided_by,"
               " material_change, to_json(reserved_skus)::text FROM orderd_stage($1, $2::jsonb)",
               2, p, &r);
    if (rc < 0)
        goto out;
    n_st = (size_t)PQntuples(r);
    st = calloc(n_st ? n_st : 1, sizeof(*st));
    if (!st) {
        rc = od_error_set(OD_ENOMEM, "out of memory");
        goto out;
    }
    for (size_t i = 0; i < n_st; i++) {
        const char *a = val(r, (int)i, 2), *m = val(r, (int)i, 6), *sk = val(r, (int)i, 7);
        long ord = strtol(PQgetvalue(r, (int)i, 0), NULL, 10);

        if (ord < 1 || (size_t)ord > b->n_orders) {
            rc =
                od_error_set(OD_EDB, "orderd_stage returned position %ld of %zu", ord, b->n_orders);
            goto out;
        }
        st[i].ord = (int)ord;
        st[i].action = strcmp(a, "insert") == 0   ? "insert"
                       : strcmp(a, "update") == 0 ? "update"
                                                  : "skip";
        if (dup_val(r, (int)i, 3, &st[i].old_status) || dup_val(r, (int)i, 4, &st[i].old_outcome) ||
            dup_val(r, (int)i, 5, &st[i].old_decided_by)) {
            rc = od_error_set(OD_ENOMEM, "out of memory");
            goto out;
        }
        st[i].material = m && m[0] == 't';
        st[i].has_reservations = sk != NULL;
        decide(&st[i], b->orders[ord - 1].order, have_rules);
        /* ["A-1","B 2"]: the SKUs whose inventory rows a release touches */
        if (sk && st[i].release && (rc = add_json_strings(sk, &locks)) < 0)
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
    rc = query(s, "cannot store the batch",
               "SELECT n_new, n_updated, n_unchanged, n_dead"
               " FROM orderd_commit($1, $2::bigint, $3::jsonb, $4::jsonb, $5::jsonb)",
               5, p, &r);
    if (rc < 0)
        goto out;
    if (res && PQntuples(r) == 1) {
        res->n_new = (int)int_val(r, 0, 0, 0);
        res->n_updated = (int)int_val(r, 0, 1, 0);
        res->n_unchanged = (int)int_val(r, 0, 2, 0);
        res->n_dead = (int)int_val(r, 0, 3, 0);
    }
out:
    premap_restore(&pm);
    PQclear(r);
    od_refdata_free(&pre);
    strs_free(&locks);
    staged_free(st, n_st);
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
    return query(s, what, sql, n, params, out);
}

int od_sink_query_id(struct od_store *s, const char *what, const char *sql, int64_t id,
                     PGresult **out)
{
    char ids[32];
    const char *p[1] = {ids};

    snprintf(ids, sizeof(ids), "%lld", (long long)id);
    return query(s, what, sql, 1, p, out);
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
