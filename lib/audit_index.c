/* The audit's reference data and the batch index built over it once per
 * batch (see audit.h and audit_int.h). */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif

#include "audit_int.h"

/* ---- reference data ------------------------------------------------------------ */

/* Free the strings of one recent order and zero it. */
void audit_recent_clear(struct od_ref_recent *x)
{
    free(x->channel);
    free(x->external_id);
    free(x->phone);
    free(x->customer_ref);
    free(x->skus);
    free(x->po);
    memset(x, 0, sizeof(*x));
}

void od_refdata_free(struct od_refdata *r)
{
    if (!r)
        return;
    for (size_t i = 0; r->customers && i < r->n_customers; i++) {
        struct od_ref_customer *c = &r->customers[i];

        free(c->ref);
        free(c->name);
        free(c->phone);
        free(c->email);
        free(c->price_tier);
    }
    free(r->customers);
    for (size_t i = 0; r->products && i < r->n_products; i++)
        free(r->products[i].sku);
    free(r->products);
    for (size_t i = 0; r->skumap && i < r->n_skumap; i++) {
        free(r->skumap[i].channel);
        free(r->skumap[i].channel_sku);
        free(r->skumap[i].sku);
    }
    free(r->skumap);
    for (size_t i = 0; r->stock && i < r->n_stock; i++) {
        free(r->stock[i].sku);
        free(r->stock[i].warehouse);
    }
    free(r->stock);
    for (size_t i = 0; r->prices && i < r->n_prices; i++) {
        free(r->prices[i].tier);
        free(r->prices[i].sku);
    }
    free(r->prices);
    for (size_t i = 0; r->blacklist && i < r->n_blacklist; i++) {
        free(r->blacklist[i].kind);
        free(r->blacklist[i].value);
        free(r->blacklist[i].reason);
    }
    free(r->blacklist);
    for (size_t i = 0; r->recent && i < r->n_recent; i++)
        audit_recent_clear(&r->recent[i]);
    free(r->recent);
    memset(r, 0, sizeof(*r));
}

void od_audit_result_clear(struct od_audit_result *res)
{
    if (!res)
        return;
    free(res->reservations);
    memset(res, 0, sizeof(*res));
    res->customer_index = -1;
    res->recheck_at = OD_TIME_NONE;
}

/* ---- the batch index ------------------------------------------------------------ */

void od_audit_batch_free(struct od_audit_batch *b)
{
    if (!b)
        return;
    audit_hmap_free(&b->products);
    audit_hmap_free(&b->skumap);
    audit_hmap_free(&b->stock);
    audit_hmap_free(&b->prices);
    audit_hmap_free(&b->cust_ref);
    audit_hmap_free(&b->cust_phone);
    audit_hmap_free(&b->cust_email);
    audit_hmap_free(&b->bl_phone);
    audit_hmap_free(&b->bl_email);
    audit_hmap_free(&b->bl_name);
    free(b->bl_addr);
    audit_hmap_free(&b->rec_phone);
    audit_hmap_free(&b->rec_cust);
    audit_hmap_free(&b->rec_po);
    free(b);
}

/* Put a normalized key unless it is empty. */
static int put_norm(struct hmap *m, const char *s, bool fold, size_t idx)
{
    char *k = audit_norm_text(s, fold);
    int rc = 0;

    if (!k)
        return OD_ENOMEM;
    if (k[0])
        rc = audit_hmap_put(m, k, NULL, idx);
    free(k);
    return rc;
}

static int put_phone(struct hmap *m, const char *phone, size_t idx)
{
    char p[64];

    od_audit_phone(phone, p, sizeof(p));
    if (!p[0])
        return 0;
    return audit_hmap_put(m, p, NULL, idx);
}

/* Index ref->recent[from..n_recent). */
int audit_index_recent(struct od_audit_batch *b)
{
    struct od_refdata *ref = b->ref;
    int rc = 0;

    for (size_t i = b->n_recent_indexed; i < ref->n_recent && rc == 0; i++) {
        const struct od_ref_recent *x = &ref->recent[i];

        rc = put_phone(&b->rec_phone, x->phone, i);
        if (rc == 0 && !audit_blank(x->customer_ref))
            rc = audit_hmap_put(&b->rec_cust, x->customer_ref, NULL, i);
        if (rc == 0 && !audit_blank(x->po))
            rc = put_norm(&b->rec_po, x->po, false, i);
    }
    if (rc == 0)
        b->n_recent_indexed = ref->n_recent;
    return rc;
}

int od_audit_batch_new(struct od_refdata *ref, struct od_audit_batch **out)
{
    struct od_audit_batch *b = NULL;
    int rc = 0;

    b = calloc(1, sizeof(*b));
    if (!b) {
        rc = OD_ENOMEM;
        goto out;
    }
    b->ref = ref;
    for (size_t i = 0; i < ref->n_products && rc == 0; i++)
        if (ref->products[i].sku)
            rc = audit_hmap_put(&b->products, ref->products[i].sku, NULL, i);
    for (size_t i = 0; i < ref->n_skumap && rc == 0; i++) {
        const struct od_ref_skumap *m = &ref->skumap[i];

        if (m->channel && m->channel_sku && m->sku)
            rc = audit_hmap_put(&b->skumap, m->channel, m->channel_sku, i);
    }
    for (size_t i = 0; i < ref->n_stock && rc == 0; i++)
        if (ref->stock[i].sku && ref->stock[i].warehouse)
            rc = audit_hmap_put(&b->stock, ref->stock[i].sku, ref->stock[i].warehouse, i);
    for (size_t i = 0; i < ref->n_prices && rc == 0; i++)
        if (ref->prices[i].tier && ref->prices[i].sku)
            rc = audit_hmap_put(&b->prices, ref->prices[i].tier, ref->prices[i].sku, i);
    for (size_t i = 0; i < ref->n_customers && rc == 0; i++) {
        const struct od_ref_customer *c = &ref->customers[i];

        if (!audit_blank(c->ref))
            rc = audit_hmap_put(&b->cust_ref, c->ref, NULL, i);
        if (rc == 0)
            rc = put_phone(&b->cust_phone, c->phone, i);
        if (rc == 0)
            rc = put_norm(&b->cust_email, c->email, true, i);
    }
    if (ref->n_blacklist) {
        b->bl_addr = calloc(ref->n_blacklist, sizeof(*b->bl_addr));
        if (!b->bl_addr)
            rc = OD_ENOMEM;
    }
    for (size_t i = 0; i < ref->n_blacklist && rc == 0; i++) {
        const struct od_ref_blacklist *x = &ref->blacklist[i];

        if (!x->kind || audit_blank(x->value))
            continue;
        if (strcmp(x->kind, "phone") == 0)
            rc = put_phone(&b->bl_phone, x->value, i);
        else if (strcmp(x->kind, "email") == 0)
            rc = put_norm(&b->bl_email, x->value, true, i);
        else if (strcmp(x->kind, "name") == 0)
            rc = put_norm(&b->bl_name, x->value, false, i);
        else if (strcmp(x->kind, "address_substring") == 0)
            b->bl_addr[b->n_bl_addr++] = i;
    }
    if (rc == 0)
        rc = audit_index_recent(b);
    if (rc < 0)
        goto out;
    *out = b;
    b = NULL;
out:
    od_audit_batch_free(b);
    if (rc < 0)
        rc = od_error_set(OD_ENOMEM, "out of memory indexing the audit reference data");
    return rc;
}
