/* The reference data an audit reads (docs/audit.md): the keys of a batch
 * (or of the orders a re-check or replay looks at) collected into
 * PostgreSQL arrays, and one query per reference table. Used by the batch
 * sink (sink.c) and, through od_store_refdata(), by reaudit.c and
 * review.c. */
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
#include "sink_int.h"
#include "stats.h"
#include "store.h"
#include "store_int.h"

#define STR2(x)         #x
#define OD_STRINGIFY(x) STR2(x)
#define ARRAY_MAX       ((size_t)1 << 28)
#define RECENT_MAX      20000

/* ---- reference data ------------------------------------------------- */

void sink_keys_free(struct keys *k)
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

    return rc == 0 ? sink_array_elem(a, x) : rc;
}

static int pair_close(struct od_buf *a)
{
    return od_buf_adds(a, a->len ? "}" : "{}");
}

int sink_collect_keys(struct od_order *const *orders, size_t n, char *const *extra_skus,
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
        rc = sink_strs_add(&skus, extra_skus[i]);
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
                rc = sink_strs_add(&skus, l->sku);
            if (rc == 0)
                rc = sink_strs_add(&skus, l->channel_sku);
        }
        if (rc == 0)
            rc = sink_strs_add(&refs, o->customer.ref);
        if (rc == 0)
            rc = sink_strs_add(&names, o->customer.name);
        if (rc == 0)
            rc = sink_strs_add(&names, o->ship_to.name);
        buf[0] = '\0';
        od_audit_phone(o->customer.phone, buf, sizeof(buf));
        if (rc == 0)
            rc = sink_strs_add(&phones, buf);
        buf[0] = '\0';
        od_audit_phone(o->ship_to.phone, buf, sizeof(buf));
        if (rc == 0)
            rc = sink_strs_add(&phones, buf);
        if (rc == 0 && o->customer.email && (rc = sink_strs_add(&emails, o->customer.email)) == 0)
            sink_lower_ascii(emails.v[emails.n - 1]);
        if (rc == 0 && od_audit_po_number(o, buf, sizeof(buf)))
            rc = sink_strs_add(&pos, buf);
        if (o->placed_at != OD_TIME_NONE &&
            (k->earliest == OD_TIME_NONE || o->placed_at < k->earliest))
            k->earliest = o->placed_at;
    }
    if (rc == 0)
        rc = pair_close(&k->map_ch);
    if (rc == 0)
        rc = pair_close(&k->map_code);
    if (rc == 0)
        rc = sink_strs_literal(&skus, &k->skus);
    if (rc == 0)
        rc = sink_strs_literal(&refs, &k->refs);
    if (rc == 0)
        rc = sink_strs_literal(&phones, &k->phones);
    if (rc == 0)
        rc = sink_strs_literal(&emails, &k->emails);
    if (rc == 0)
        rc = sink_strs_literal(&names, &k->names);
    if (rc == 0)
        rc = sink_strs_literal(&pos, &k->pos);
    for (size_t i = 0; i < phones.n && rc == 0; i++)
        rc = sink_strs_add(&bl, phones.v[i]);
    for (size_t i = 0; i < emails.n && rc == 0; i++)
        rc = sink_strs_add(&bl, emails.v[i]);
    for (size_t i = 0; i < names.n && rc == 0; i++)
        rc = sink_strs_add(&bl, names.v[i]);
    if (rc == 0)
        rc = sink_strs_literal(&bl, &k->blvals);
    sink_strs_free(&bl);
    sink_strs_free(&skus);
    sink_strs_free(&refs);
    sink_strs_free(&names);
    sink_strs_free(&phones);
    sink_strs_free(&emails);
    sink_strs_free(&pos);
    return rc < 0 ? od_error_set(OD_ENOMEM, "out of memory") : 0;
}

static const char sql_skumap[] =
    "SELECT m.channel, m.channel_sku, m.sku, m.multiplier FROM sku_map m"
    " WHERE (m.channel, m.channel_sku) IN (SELECT * FROM unnest($1::text[], $2::text[]))";

/* approved_since: what this customer's approved orders add since finance
 * loaded open_balance (docs/audit.md, credit_limit), kept per customer in
 * customer_credit by triggers on orders and customers (migration 0025):
 * one row read by key, however many orders the customer has. The
 * customers are found by one index probe per key kind: a filter of the
 * three arrays over every customer would cost the customer count times
 * the keys. */
static const char sql_customers[] =
    "SELECT c.ref, c.name, c.phone_norm, c.email, c.credit_limit::text, c.open_balance::text,"
    "  coalesce(k.approved_since, 0)::text, c.price_tier, c.blocked"
    " FROM customers c LEFT JOIN customer_credit k ON k.ref = c.ref"
    " WHERE c.ref IN (SELECT ref FROM customers WHERE ref = ANY($1::text[])"
    "                 UNION ALL SELECT ref FROM customers WHERE phone_norm = ANY($2::text[])"
    "                 UNION ALL SELECT ref FROM customers WHERE lower(email) = ANY($3::text[]))"
    " ORDER BY c.ref";

/* The duplicate rule's candidates: orders of the same phone, or of the
 * same customer, with the same SKU multiset since the window's start
 * ($1/$2 and $3/$4 are aligned (key, multiset) pairs), and orders of the
 * same PO number at any time. The audit compares them again. The
 * indexes orders_dup_*_key (migration 0027) hold orderd_sku_key(), a
 * 64-bit hash of the multiset: a probe finds the key, then compares the
 * multiset itself on the row it visits anyway, so a hash collision is one
 * row read and never a candidate. Each pair probes its index (the LATERAL
 * subquery with OFFSET 0 is not flattened into a join): with the join the
 * planner chose, on a table of a few thousand orders, to scan and sort
 * every order of the window for each batch (17 to 19 ms a batch at 5,000
 * stored orders, growing with them). */
static const char sql_recent[] =
    "SELECT o.id, o.channel, o.external_id, o.phone_norm, o.customer_ref_matched,"
    "  o.sku_multiset, o.po_number,"
    "  (extract(epoch FROM o.placed_at) * 1000000)::bigint"
    " FROM orders o"
    " WHERE o.status NOT IN ('cancelled', 'refunded')"
    "   AND o.id IN ("
    "     SELECT x.id FROM unnest($1::text[], $2::text[]) AS p(k, skus)"
    "       CROSS JOIN LATERAL (SELECT y.id FROM orders y"
    "          WHERE y.phone_norm = p.k AND y.sku_multiset IS NOT NULL"
    "            AND orderd_sku_key(y.sku_multiset) = orderd_sku_key(p.skus)"
    "            AND y.sku_multiset = p.skus"
    "            AND y.placed_at >= to_timestamp($6::double precision) OFFSET 0) x"
    "     UNION ALL"
    "     SELECT x.id FROM unnest($3::text[], $4::text[]) AS p(k, skus)"
    "       CROSS JOIN LATERAL (SELECT y.id FROM orders y"
    "          WHERE y.customer_ref_matched = p.k AND y.sku_multiset IS NOT NULL"
    "            AND orderd_sku_key(y.sku_multiset) = orderd_sku_key(p.skus)"
    "            AND y.sku_multiset = p.skus"
    "            AND y.placed_at >= to_timestamp($6::double precision) OFFSET 0) x"
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
        rc = sink_strs_add(&s, ref->skumap[i].sku);
    if (rc == 0)
        rc = sink_strs_literal(&s, &b);
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
    sink_strs_free(&s);
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
int sink_fetch_skumap(struct od_store *s, const struct keys *k, struct od_refdata *ref)
{
    const char *p[2] = {k->map_ch.data, k->map_code.data};
    PGresult *r = NULL;
    int rc = sink_query(s, "cannot read sku_map", sql_skumap, 2, p, &r);

    if (rc < 0)
        return rc;
    ref->skumap = calloc(PQntuples(r) ? (size_t)PQntuples(r) : 1, sizeof(*ref->skumap));
    if (!ref->skumap)
        rc = OD_ENOMEM;
    for (int i = 0; i < PQntuples(r) && rc == 0; i++) {
        struct od_ref_skumap *m = &ref->skumap[ref->n_skumap++];

        m->multiplier = sink_int_val(r, i, 3, 1);
        if (sink_dup_val(r, i, 0, &m->channel) || sink_dup_val(r, i, 1, &m->channel_sku) ||
            sink_dup_val(r, i, 2, &m->sku))
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
    if ((rc = sink_query(s, "cannot read recent orders", sql_recent, 6, p, &r)) < 0)
        goto out;
    nr = PQntuples(r);
    ref->recent = calloc(nr ? (size_t)nr : 1, sizeof(*ref->recent));
    ref->cap_recent = nr ? (size_t)nr : 1;
    if (!ref->recent)
        rc = OD_ENOMEM;
    for (int i = 0; i < nr && rc == 0; i++) {
        struct od_ref_recent *x = &ref->recent[ref->n_recent++];

        x->order_id = sink_int_val(r, i, 0, 0);
        x->placed_at = sink_int_val(r, i, 7, OD_TIME_NONE);
        if (sink_dup_val(r, i, 1, &x->channel) || sink_dup_val(r, i, 2, &x->external_id) ||
            sink_dup_val(r, i, 3, &x->phone) || sink_dup_val(r, i, 4, &x->customer_ref) ||
            sink_dup_val(r, i, 5, &x->skus) || sink_dup_val(r, i, 6, &x->po))
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
int sink_refdata_fetch(struct od_store *s, const struct od_rules *rules,
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
    rc = sink_collect_keys(orders, n, extra_skus, n_extra, &k);
    if (rc < 0)
        goto out;

    /* sku_map, unless the caller read it for this batch already */
    if (pre && pre->skumap) {
        ref.skumap = pre->skumap;
        ref.n_skumap = pre->n_skumap;
        pre->skumap = NULL;
        pre->n_skumap = 0;
    } else if ((rc = sink_fetch_skumap(s, &k, &ref)) < 0) {
        goto out;
    }
    if ((rc = add_mapped(&k, &ref)) < 0)
        goto out;

    /* customers (locked: two batches cannot both spend one credit line) */
    p[0] = k.refs.data;
    p[1] = k.phones.data;
    p[2] = k.emails.data;
    od_buf_reset(&sql);
    if (od_buf_adds(&sql, sql_customers) < 0 ||
        (lock && od_buf_adds(&sql, " FOR UPDATE OF c") < 0)) {
        rc = OD_ENOMEM;
        goto out;
    }
    if ((rc = sink_query(s, "cannot read customers", sql.data, 3, p, &r)) < 0)
        goto out;
    GROW(ref.customers, ref.n_customers, PQntuples(r));
    for (int i = 0; i < PQntuples(r); i++) {
        struct od_ref_customer *c = &ref.customers[ref.n_customers++];
        const char *b = sink_val(r, i, 8);

        if (sink_dup_val(r, i, 0, &c->ref) || sink_dup_val(r, i, 1, &c->name) ||
            sink_dup_val(r, i, 2, &c->phone) || sink_dup_val(r, i, 3, &c->email) ||
            sink_dup_val(r, i, 7, &c->price_tier)) {
            rc = OD_ENOMEM;
            goto out;
        }
        c->credit_limit = sink_money_val(r, i, 4);
        c->open_balance = sink_money_val(r, i, 5);
        c->approved_since = sink_money_val(r, i, 6);
        c->blocked = b && b[0] == 't';
    }
    PQclear(r);
    r = NULL;

    if (sink_rules_have(rules, OD_RULE_DUPLICATE) &&
        (rc = fetch_recent(s, rules, orders, n, &k, &ref)) < 0)
        goto out;

    p[0] = k.skus.data;
    if ((rc = sink_query(s, "cannot read products", sql_products, 1, p, &r)) < 0)
        goto out;
    GROW(ref.products, ref.n_products, PQntuples(r));
    for (int i = 0; i < PQntuples(r); i++) {
        struct od_ref_product *x = &ref.products[ref.n_products++];
        const char *a = sink_val(r, i, 1);

        if (sink_dup_val(r, i, 0, &x->sku)) {
            rc = OD_ENOMEM;
            goto out;
        }
        x->active = a && a[0] == 't';
    }
    PQclear(r);
    r = NULL;

    if (sink_rules_have(rules, OD_RULE_PRICE_LIST)) {
        if ((rc = sink_query(s, "cannot read price_lists", sql_prices, 1, p, &r)) < 0)
            goto out;
        GROW(ref.prices, ref.n_prices, PQntuples(r));
        for (int i = 0; i < PQntuples(r); i++) {
            struct od_ref_price *x = &ref.prices[ref.n_prices++];

            if (sink_dup_val(r, i, 0, &x->tier) || sink_dup_val(r, i, 1, &x->sku)) {
                rc = OD_ENOMEM;
                goto out;
            }
            x->unit_price = sink_price_val(r, i, 2);
            x->valid_from = sink_int_val(r, i, 3, OD_TIME_NONE);
            x->valid_to = sink_int_val(r, i, 4, OD_TIME_NONE);
        }
        PQclear(r);
        r = NULL;
    }

    if (sink_rules_have(rules, OD_RULE_BLACKLIST)) {
        p[0] = k.blvals.data;
        if ((rc = sink_query(s, "cannot read blacklist", sql_blacklist, 1, p, &r)) < 0)
            goto out;
        GROW(ref.blacklist, ref.n_blacklist, PQntuples(r));
        for (int i = 0; i < PQntuples(r); i++) {
            struct od_ref_blacklist *x = &ref.blacklist[ref.n_blacklist++];

            if (sink_dup_val(r, i, 0, &x->kind) || sink_dup_val(r, i, 1, &x->value) ||
                sink_dup_val(r, i, 2, &x->reason)) {
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
    if (sink_rules_have(rules, OD_RULE_STOCK) || n_extra) {
        od_buf_reset(&sql);
        if (od_buf_adds(&sql, sql_inventory) < 0 ||
            (lock && od_buf_adds(&sql, " FOR UPDATE") < 0)) {
            rc = OD_ENOMEM;
            goto out;
        }
        if ((rc = sink_query(s, "cannot read inventory", sql.data, 1, p, &r)) < 0)
            goto out;
        GROW(ref.stock, ref.n_stock, PQntuples(r));
        for (int i = 0; i < PQntuples(r); i++) {
            struct od_ref_stock *x = &ref.stock[ref.n_stock++];

            if (sink_dup_val(r, i, 0, &x->sku) || sink_dup_val(r, i, 1, &x->warehouse)) {
                rc = OD_ENOMEM;
                goto out;
            }
            x->on_hand = sink_int_val(r, i, 2, 0);
            x->reserved = sink_int_val(r, i, 3, 0);
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
    sink_keys_free(&k);
    od_refdata_free(&ref);
    return rc;
}

int od_store_refdata(struct od_store *s, const struct od_rules *rules,
                     struct od_order *const *orders, size_t n, char *const *extra_skus,
                     size_t n_extra, bool lock, struct od_refdata *out)
{
    return sink_refdata_fetch(s, rules, orders, n, extra_skus, n_extra, lock, NULL, out);
}
