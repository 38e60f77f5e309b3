/* Audit evaluation (see audit.h and docs/audit.md).
 *
 * An od_audit_batch indexes the reference data of a batch once: string
 * hash maps from SKU, (SKU, warehouse), (channel, channel SKU), (tier,
 * SKU), customer ref / phone / e-mail, blacklist values and the recent
 * orders' phone / customer / PO number to positions in the refdata
 * arrays. Every lookup of an order is then O(1) on average, whatever the
 * size of the reference data; only the address_substring blacklist
 * entries are scanned, since they are substrings.
 *
 * One order is evaluated into a private `struct eval` (reasons, flags,
 * reservations), and the changes are applied only when everything that
 * can fail has succeeded: the order's audit, tags and priority, stock
 * reserved in the refdata, the customer's approved_since and the new
 * entry of ref->recent.
 *
 * This file is the driver (the steps of one order, the SKU mapping,
 * the batch entry points); the rules are in audit_rules_*.c, what they
 * share in audit_eval.c, the index in audit_index.c and audit_hmap.c. */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif

#include "audit_int.h"

/* ---- the steps ---- */

/* Map channel SKUs: see od_audit_order(). */
/* Doubts of an order read out of a document (model.h): not a rule of the
 * file. An order with any doubt is held, whatever the rules say, with one
 * reason: rule "extraction", the doubts joined with "; " as the message
 * (each cut at EVIDENCE_TEXT bytes, the whole at EXTRACTION_MSG, naming
 * how many were left out), evidence {"doubts": [...], "sources": {...},
 * "verdict": "doubtful"}. */
static void rule_extraction(struct eval *e)
{
    static const struct od_rule rule = {.id = "extraction", .action = OD_ACTION_HOLD};
    const struct od_extraction *x = e->o->extraction;
    struct json_object *ev, *src = NULL;
    struct od_buf msg;
    size_t i;

    if (!x || x->n_doubts == 0)
        return;
    od_buf_init(&msg, MSG_MAX);
    for (i = 0; i < x->n_doubts && !e->err; i++) {
        struct od_buf one;

        od_buf_init(&one, EVIDENCE_TEXT * 2);
        if (audit_add_text(&one, x->doubts[i], EVIDENCE_TEXT) == OD_ENOMEM)
            audit_oom(e);
        if (i > 0 && msg.len + 2 + one.len > EXTRACTION_MSG) {
            od_buf_free(&one);
            break;
        }
        audit_msg_printf(e, &msg, "%s%s", i ? "; " : "", one.data ? one.data : "");
        od_buf_free(&one);
    }
    if (i < x->n_doubts)
        audit_msg_printf(e, &msg, L("（另有 %zu 条）", " (%zu more)"), x->n_doubts - i);
    ev = audit_jobj(e);
    audit_jlist(e, ev, "doubts", (const char *const *)x->doubts, x->n_doubts);
    if (x->sources) {
        int rc = od_json_parse(x->sources, strlen(x->sources), &src);

        if (rc == OD_ENOMEM)
            audit_oom(e);
        if (rc < 0 || !json_object_is_type(src, json_type_object)) {
            json_object_put(src);
            src = NULL;
        }
    }
    audit_jput(e, ev, "sources", src ? src : audit_jobj(e), false);
    e->n_fired = 0;
    audit_fire(e, &rule, &msg, ev, "doubtful");
    e->hold = true;
}

/* The sku_map entry of a line: by its channel_sku, else by its sku. The
 * one mapping rule of the audit, the sink and od_audit_dup_multisets(). */
static const struct od_ref_skumap *line_map(const struct od_line *l, od_skumap_find_cb find,
                                            const void *ud)
{
    const struct od_ref_skumap *s = NULL;

    if (!audit_blank(l->channel_sku))
        s = find(ud, l->channel_sku);
    if (!s && !audit_blank(l->sku))
        s = find(ud, l->sku);
    return s;
}

int od_audit_map_line(struct od_line *l, od_skumap_find_cb find, const void *ud,
                      const struct od_ref_skumap **hit)
{
    const struct od_ref_skumap *s = line_map(l, find, ud);
    int rc = 0;

    if (s && audit_blank(l->channel_sku))
        rc = od_str_set(&l->channel_sku, l->sku, strlen(l->sku));
    if (s && rc == 0 && (!l->sku || strcmp(l->sku, s->sku) != 0))
        rc = od_str_set(&l->sku, s->sku, strlen(s->sku));
    if (rc < 0)
        return od_error_set(OD_ENOMEM, "out of memory");
    if (hit)
        *hit = s;
    return 0;
}

/* od_skumap_find_cb over the batch's hash map, for one channel. */
struct skumap_find {
    const struct hmap *m;
    const struct od_refdata *ref;
    const char *channel;
};

static const struct od_ref_skumap *skumap_find(const void *ud, const char *code)
{
    const struct skumap_find *f = ud;
    size_t k = audit_hmap_first(f->m, f->channel, code);

    return k == HNIL ? NULL : &f->ref->skumap[f->m->e[k].idx];
}

static int map_skus(struct eval *e)
{
    struct od_order *o = e->o;
    struct skumap_find f = {.m = &e->b->skumap, .ref = e->ref, .channel = e->channel};
    int rc = 0;

    for (size_t i = 0; i < o->n_lines && rc == 0; i++) {
        const struct od_ref_skumap *s = NULL;

        e->mult[i] = 1;
        if (!e->channel)
            continue;
        rc = od_audit_map_line(&o->lines[i], skumap_find, &f, &s);
        if (rc == 0 && s)
            e->mult[i] = s->multiplier >= 1 ? s->multiplier : 1;
    }
    return rc;
}

/* One order's multiset as audit_rule_duplicate() sees it: the lines mapped
 * through `m` (skumap of ref, keyed channel, channel_sku) the way
 * map_skus() maps them, on a copy of the lines. */
static int mapped_multiset(const struct hmap *m, const struct od_refdata *ref,
                           const struct od_order *o, struct od_buf *out)
{
    struct od_order copy = *o;
    struct od_line *lines = calloc(o->n_lines ? o->n_lines : 1, sizeof(*lines));
    struct skumap_find f = {.m = m, .ref = ref, .channel = o->channel};
    int rc;

    if (!lines)
        return od_error_set(OD_ENOMEM, "out of memory");
    for (size_t i = 0; i < o->n_lines; i++) {
        const struct od_line *l = &o->lines[i];
        const struct od_ref_skumap *s = o->channel ? line_map(l, skumap_find, &f) : NULL;

        lines[i] = *l;
        if (s)
            lines[i].sku = s->sku;
    }
    copy.lines = lines;
    rc = audit_multiset_build(&copy, out);
    free(lines);
    return rc;
}

int od_audit_dup_multisets(const struct od_refdata *ref, struct od_order *const *orders, size_t n,
                           char ***out)
{
    struct hmap m;
    struct od_buf b;
    char **v = calloc(n ? n : 1, sizeof(*v));
    int rc = 0;

    memset(&m, 0, sizeof(m));
    od_buf_init(&b, MULTISET_MAX);
    if (!v)
        return od_error_set(OD_ENOMEM, "out of memory");
    for (size_t i = 0; i < ref->n_skumap && rc == 0; i++) {
        const struct od_ref_skumap *x = &ref->skumap[i];

        if (x->channel && x->channel_sku && x->sku)
            rc = audit_hmap_put(&m, x->channel, x->channel_sku, i);
    }
    if (rc < 0)
        rc = od_error_set(OD_ENOMEM, "out of memory");
    for (size_t i = 0; i < n && rc == 0; i++) {
        od_buf_reset(&b);
        rc = mapped_multiset(&m, ref, orders[i], &b);
        if (rc == OD_ETOOBIG) {
            od_buf_reset(&b); /* too many lines to compare, as in the audit */
            rc = 0;
        }
        if (rc == 0 && !(v[i] = strdup(b.data ? b.data : "")))
            rc = od_error_set(OD_ENOMEM, "out of memory");
    }
    od_buf_free(&b);
    audit_hmap_free(&m);
    if (rc < 0) {
        for (size_t i = 0; i < n; i++)
            free(v[i]);
        free(v);
        return rc;
    }
    *out = v;
    return 0;
}

static size_t match_one(struct eval *e, const char *by)
{
    const struct od_order *o = e->o;
    size_t idx = HNIL;

    if (strcmp(by, "ref") == 0) {
        if (!audit_blank(o->customer.ref))
            idx = audit_hmap_min(&e->b->cust_ref, o->customer.ref, NULL);
    } else if (strcmp(by, "phone") == 0) {
        if (e->phone[0])
            idx = audit_hmap_min(&e->b->cust_phone, e->phone, NULL);
        if (idx == HNIL && !audit_blank(o->ship_to.phone)) {
            char p[64];

            od_audit_phone(o->ship_to.phone, p, sizeof(p));
            if (p[0])
                idx = audit_hmap_min(&e->b->cust_phone, p, NULL);
        }
    } else if (strcmp(by, "email") == 0 && !audit_blank(o->customer.email)) {
        char *k = audit_norm_text(o->customer.email, true);

        if (!k)
            audit_oom(e);
        else
            idx = audit_hmap_min(&e->b->cust_email, k, NULL);
        free(k);
    }
    return idx;
}

/* The customer of the order: by ref, phone, e-mail, or in the order the
 * channel's match_customer_by gives. */
static void match_customer(struct eval *e)
{
    const char *order = e->rules ? od_strmap_get(&e->rules->match_by, e->channel) : NULL;
    size_t idx = HNIL;

    e->cust = -1;
    if (!order)
        order = "ref,phone,email";
    while (idx == HNIL && *order) {
        char by[16];
        size_t n = strcspn(order, ",");

        snprintf(by, sizeof(by), "%.*s", (int)(n < sizeof(by) ? n : sizeof(by) - 1), order);
        idx = match_one(e, by);
        order += n;
        if (*order == ',')
            order++;
    }
    if (idx != HNIL)
        e->cust = (int64_t)idx;
}

static void eval_free(struct eval *e)
{
    for (size_t i = 0; i < e->n_reasons; i++) {
        free(e->reasons[i].rule);
        free(e->reasons[i].message);
        free(e->reasons[i].evidence);
    }
    free(e->reasons);
    free(e->tags);
    free(e->mult);
}

static bool has_tag(const struct od_order *o, const char *t)
{
    for (size_t i = 0; i < o->n_tags; i++)
        if (o->tags[i] && strcmp(o->tags[i], t) == 0)
            return true;
    return false;
}

/* Reservations of an approved order: in the warehouse of the first stock
 * rule that applies, each SKU whose units are available. */
static int plan_reservations(struct eval *e, const struct od_rule *stock_rule,
                             struct od_reservation **out, size_t *n_out, size_t **rows)
{
    const char *wh = stock_rule->warehouse ? stock_rule->warehouse : "main";
    struct od_reservation *v = NULL;
    size_t *rv = NULL;
    struct need *needs;
    size_t n = 0, m = 0;
    int rc = 0;

    needs = audit_needs_of(e, &n);
    if (!needs) {
        rc = OD_ENOMEM;
        goto out;
    }
    v = calloc(n ? n : 1, sizeof(*v));
    rv = calloc(n ? n : 1, sizeof(*rv));
    if (!v || !rv) {
        rc = OD_ENOMEM;
        goto out;
    }
    for (size_t i = 0; i < n; i++) {
        const struct od_ref_stock *s = audit_stock_row(e, needs[i].sku, wh);

        if (!s || needs[i].units <= 0 || needs[i].units > s->on_hand - s->reserved ||
            strlen(wh) >= sizeof(v[m].warehouse))
            continue;
        snprintf(v[m].sku, sizeof(v[m].sku), "%s", needs[i].sku);
        snprintf(v[m].warehouse, sizeof(v[m].warehouse), "%s", wh);
        v[m].qty = needs[i].units;
        rv[m] = (size_t)(s - e->ref->stock);
        m++;
    }
    *out = v;
    *n_out = m;
    *rows = rv;
    v = NULL;
    rv = NULL;
out:
    free(needs);
    free(v);
    free(rv);
    return rc;
}

/* The new entry of ref->recent; its strings are owned by `x`. */
static int make_recent(struct eval *e, const char *skus, const char *po, struct od_ref_recent *x)
{
    memset(x, 0, sizeof(*x));
    x->order_id = e->o->id;
    x->placed_at = e->when;
    x->channel = strdup(e->channel ? e->channel : "");
    x->external_id = strdup(e->o->external_id ? e->o->external_id : "");
    x->phone = strdup(e->phone);
    x->skus = strdup(skus);
    if (!audit_blank(e->o->customer.ref))
        x->customer_ref = strdup(e->o->customer.ref);
    if (po)
        x->po = strdup(po);
    if (!x->channel || !x->external_id || !x->phone || !x->skus ||
        (!audit_blank(e->o->customer.ref) && !x->customer_ref) || (po && !x->po))
        return OD_ENOMEM;
    return 0;
}

int od_audit_batch_order(struct od_audit_batch *b, const struct od_rules *rules,
                         const char *channel, struct od_order *o, od_time now,
                         struct od_audit_result *res)
{
    return od_audit_batch_order_flags(b, rules, channel, o, now, 0, res);
}

int od_audit_batch_order_flags(struct od_audit_batch *b, const struct od_rules *rules,
                               const char *channel, struct od_order *o, od_time now, unsigned flags,
                               struct od_audit_result *res)
{
    struct od_refdata *ref = b->ref;
    struct eval ev, *e = &ev;
    struct od_buf skus;
    struct od_ref_recent rec;
    struct od_reservation *resv = NULL;
    size_t n_resv = 0, *resv_rows = NULL;
    const struct od_rule *stock_rule = NULL;
    char po_buf[128];
    const char *po = NULL;
    char *k_phone = NULL, *k_cust = NULL, *k_po = NULL;
    const char *outcome;
    char *outcome_s = NULL;
    bool reservable;
    int rc = 0;

    memset(e, 0, sizeof(*e));
    memset(&rec, 0, sizeof(rec));
    od_buf_init(&skus, MULTISET_MAX);
    e->b = b;
    e->ref = ref;
    e->rules = rules;
    e->channel = channel ? channel : o->channel;
    e->o = o;
    e->now = now;
    e->when = o->placed_at != OD_TIME_NONE ? o->placed_at : now;
    e->en = rules && rules->language && strcmp(rules->language, "en") == 0;
    e->recheck_at = OD_TIME_NONE;

    /* Recent orders the caller appended since the last call. */
    if (audit_index_recent(b) < 0) {
        rc = OD_ENOMEM;
        goto out;
    }
    e->mult = calloc(o->n_lines ? o->n_lines : 1, sizeof(*e->mult));
    if (!e->mult) {
        rc = OD_ENOMEM;
        goto out;
    }
    if ((rc = map_skus(e)) < 0)
        goto out;
    if (!od_audit_phone(o->customer.phone, e->phone, sizeof(e->phone)) && !e->phone[0])
        od_audit_phone(o->ship_to.phone, e->phone, sizeof(e->phone));
    match_customer(e);
    rc = audit_multiset_build(o, &skus);
    if (rc == OD_ETOOBIG) {
        od_buf_reset(&skus); /* too many lines to compare: no duplicate check */
        rc = 0;
    }
    if (rc < 0)
        goto out;
    if (od_audit_po_number(o, po_buf, sizeof(po_buf)))
        po = po_buf;

    rule_extraction(e);
    for (size_t i = 0; rules && i < rules->n && !e->err; i++) {
        const struct od_rule *r = &rules->rules[i];
        size_t before = e->n_reasons;

        if (!od_rule_applies(r, e->channel))
            continue;
        e->n_fired = 0;
        switch (r->type) {
        case OD_RULE_REQUIRED_FIELDS:
            audit_rule_required_fields(e, r);
            break;
        case OD_RULE_SKU_KNOWN:
            audit_rule_sku_known(e, r);
            break;
        case OD_RULE_STOCK:
            if (!stock_rule)
                stock_rule = r;
            audit_rule_stock(e, r);
            break;
        case OD_RULE_CREDIT_LIMIT:
            audit_rule_credit_limit(e, r);
            break;
        case OD_RULE_PRICE_LIST:
            audit_rule_price_list(e, r);
            break;
        case OD_RULE_TOTALS_CONSISTENT:
            audit_rule_totals(e, r);
            break;
        case OD_RULE_AMOUNT:
            audit_rule_amount(e, r);
            break;
        case OD_RULE_BUYER_NOTE:
            audit_rule_buyer_note(e, r);
            break;
        case OD_RULE_BLACKLIST:
            audit_rule_blacklist(e, r);
            break;
        case OD_RULE_DUPLICATE:
            audit_rule_duplicate(e, r, skus.data ? skus.data : "", po);
            break;
        case OD_RULE_ADDRESS_COMPLETE:
            audit_rule_address(e, r);
            break;
        case OD_RULE_WAIT:
            audit_rule_wait(e, r);
            break;
        case OD_RULE_PRIORITY:
            audit_rule_priority(e, r);
            break;
        case OD_RULE_INVOICE_VALID:
            audit_rule_invoice(e, r);
            break;
        }
        if (e->n_reasons > before)
            audit_act(e, r);
    }
    if (e->err) {
        rc = e->err;
        goto out;
    }

    if (e->reject)
        outcome = "rejected";
    else if (e->hold)
        outcome = "held";
    else if (e->wait)
        outcome = "pending";
    else
        outcome = "approved";
    reservable = (strcmp(outcome, "approved") == 0 || (flags & OD_AUDIT_RESERVE_ANYWAY)) &&
                 o->status != OD_STATUS_CANCELLED && o->status != OD_STATUS_REFUNDED;
    if (reservable && stock_rule && !audit_needs_no_stock(o) &&
        (rc = plan_reservations(e, stock_rule, &resv, &n_resv, &resv_rows)) < 0)
        goto out;

    /* Everything that can fail, before anything of the batch changes. */
    if ((rc = make_recent(e, skus.data ? skus.data : "", po, &rec)) < 0)
        goto out;
    if (ref->n_recent == ref->cap_recent) {
        size_t cap = ref->cap_recent ? ref->cap_recent * 2 : 64;
        struct od_ref_recent *p;

        if (cap < ref->n_recent + 1)
            cap = ref->n_recent + 1;
        p = realloc(ref->recent, cap * sizeof(*p));
        if (!p) {
            rc = OD_ENOMEM;
            goto out;
        }
        ref->recent = p;
        ref->cap_recent = cap;
    }
    if (audit_hmap_reserve(&b->rec_phone, b->rec_phone.n + 1) < 0 ||
        audit_hmap_reserve(&b->rec_cust, b->rec_cust.n + 1) < 0 ||
        audit_hmap_reserve(&b->rec_po, b->rec_po.n + 1) < 0) {
        rc = OD_ENOMEM;
        goto out;
    }
    k_phone = rec.phone[0] ? strdup(rec.phone) : NULL;
    k_cust = rec.customer_ref ? strdup(rec.customer_ref) : NULL;
    k_po = rec.po ? strdup(rec.po) : NULL;
    outcome_s = strdup(outcome);
    if (!outcome_s || (rec.phone[0] && !k_phone) || (rec.customer_ref && !k_cust) ||
        (rec.po && !k_po)) {
        rc = OD_ENOMEM;
        goto out;
    }
    for (size_t i = 0; i < e->n_tags && rc == 0; i++)
        if (!has_tag(o, e->tags[i]))
            rc = od_order_add_tag(o, e->tags[i]);
    if (rc == 0 && e->priority)
        rc = od_str_set(&o->priority, e->priority, strlen(e->priority));
    if (rc < 0)
        goto out;

    /* Commit: nothing below fails. */
    free(o->audit.outcome);
    for (size_t i = 0; i < o->audit.n_reasons; i++) {
        free(o->audit.reasons[i].rule);
        free(o->audit.reasons[i].message);
        free(o->audit.reasons[i].evidence);
    }
    free(o->audit.reasons);
    o->audit.outcome = outcome_s;
    outcome_s = NULL;
    o->audit.reasons = e->reasons;
    o->audit.n_reasons = e->n_reasons;
    e->reasons = NULL;
    e->n_reasons = 0;

    for (size_t i = 0; i < n_resv; i++)
        ref->stock[resv_rows[i]].reserved += resv[i].qty;
    if (reservable && e->cust >= 0 && o->total != OD_MONEY_NONE) {
        struct od_ref_customer *c = &ref->customers[e->cust];

        c->approved_since = audit_money0(c->approved_since) + o->total;
    }

    ref->recent[ref->n_recent] = rec;
    memset(&rec, 0, sizeof(rec));
    if (k_phone)
        audit_hmap_put_ready(&b->rec_phone, k_phone, audit_hash2(k_phone, NULL), ref->n_recent);
    if (k_cust)
        audit_hmap_put_ready(&b->rec_cust, k_cust, audit_hash2(k_cust, NULL), ref->n_recent);
    if (k_po)
        audit_hmap_put_ready(&b->rec_po, k_po, audit_hash2(k_po, NULL), ref->n_recent);
    k_phone = k_cust = k_po = NULL;
    ref->n_recent++;
    b->n_recent_indexed = ref->n_recent;

    od_audit_result_clear(res);
    res->reservations = resv;
    res->n_reservations = n_resv;
    resv = NULL;
    res->customer_index = e->cust;
    if (strcmp(o->audit.outcome, "pending") == 0 && !e->wait_unpaid &&
        e->recheck_at != OD_TIME_NONE) {
        res->recheck_at_set = true;
        res->recheck_at = e->recheck_at;
    }
out:
    if (rc < 0)
        rc = od_error_set(OD_ENOMEM, "out of memory auditing order %s",
                          o->external_id ? o->external_id : "");
    free(outcome_s);
    free(k_phone);
    free(k_cust);
    free(k_po);
    audit_recent_clear(&rec);
    free(resv);
    free(resv_rows);
    od_buf_free(&skus);
    eval_free(e);
    return rc;
}

int od_audit_order(const struct od_rules *rules, const char *channel, struct od_order *o,
                   struct od_refdata *ref, od_time now, struct od_audit_result *res)
{
    struct od_audit_batch *b = NULL;
    int rc;

    rc = od_audit_batch_new(ref, &b);
    if (rc == 0)
        rc = od_audit_batch_order(b, rules, channel, o, now, res);
    od_audit_batch_free(b);
    return rc;
}
