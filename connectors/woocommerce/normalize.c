/* WooCommerce order JSON (REST v3 /orders) -> normalized order.
 *
 * Status mapping (docs/woocommerce.md):
 *   pending, on-hold, checkout-draft -> pending_payment
 *   processing                       -> paid
 *   completed                        -> completed
 *   cancelled, failed, trash         -> cancelled
 *   refunded                         -> refunded
 * Times come from the *_gmt fields (UTC without an offset). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "error.h"
#include "invoice.h"
#include "json.h"
#include "woocommerce.h"

static const struct {
    const char *woo;
    enum od_status status;
} status_map[] = {
    {"pending", OD_STATUS_PENDING_PAYMENT},
    {"on-hold", OD_STATUS_PENDING_PAYMENT},
    {"checkout-draft", OD_STATUS_PENDING_PAYMENT},
    {"processing", OD_STATUS_PAID},
    {"completed", OD_STATUS_COMPLETED},
    {"cancelled", OD_STATUS_CANCELLED},
    {"failed", OD_STATUS_CANCELLED},
    {"trash", OD_STATUS_CANCELLED},
    {"refunded", OD_STATUS_REFUNDED},
};

static struct json_object *member(struct json_object *o, const char *key)
{
    struct json_object *v = NULL;

    if (o && json_object_is_type(o, json_type_object) && json_object_object_get_ex(o, key, &v))
        return v;
    return NULL;
}

static bool filled(const char *s)
{
    return s && *s;
}

/* "first last" from optional, possibly empty parts. */
static int set_name(char **field, const char *first, const char *last)
{
    char buf[512];

    if (!filled(first) && !filled(last))
        return 0;
    snprintf(buf, sizeof(buf), "%s%s%s", filled(first) ? first : "",
             filled(first) && filled(last) ? " " : "", filled(last) ? last : "");
    return od_str_set(field, buf, strlen(buf));
}

/* Copy a non-empty string member (Woo sends "" for "not given"). */
static int set_filled(char **field, struct json_object *o, const char *key)
{
    const char *v = od_json_text(o, key);

    return filled(v) ? od_str_set(field, v, strlen(v)) : 0;
}

static int read_parties(struct json_object *j, struct od_order *o)
{
    struct json_object *bill = member(j, "billing"), *ship = member(j, "shipping");
    const char *cid = od_json_text(j, "customer_id");
    const char *a1, *a2;
    char street[1024];
    int rc = 0;

    if (filled(cid) && strcmp(cid, "0") != 0)
        rc = od_str_set(&o->customer.ref, cid, strlen(cid));
    if (rc == 0)
        rc = set_name(&o->customer.name, od_json_text(bill, "first_name"),
                      od_json_text(bill, "last_name"));
    if (rc == 0)
        rc = set_filled(&o->customer.phone, bill, "phone");
    if (rc == 0)
        rc = set_filled(&o->customer.email, bill, "email");
    if (rc < 0 || !ship)
        return rc;
    rc = set_name(&o->ship_to.name, od_json_text(ship, "first_name"),
                  od_json_text(ship, "last_name"));
    if (rc == 0)
        rc = set_filled(&o->ship_to.phone, filled(od_json_text(ship, "phone")) ? ship : bill,
                        "phone");
    if (rc == 0)
        rc = set_filled(&o->ship_to.country, ship, "country");
    if (rc == 0)
        rc = set_filled(&o->ship_to.province, ship, "state");
    if (rc == 0)
        rc = set_filled(&o->ship_to.city, ship, "city");
    if (rc == 0)
        rc = set_filled(&o->ship_to.postal_code, ship, "postcode");
    a1 = od_json_text(ship, "address_1");
    a2 = od_json_text(ship, "address_2");
    if (rc == 0 && (filled(a1) || filled(a2))) {
        snprintf(street, sizeof(street), "%s%s%s", filled(a1) ? a1 : "",
                 filled(a1) && filled(a2) ? ", " : "", filled(a2) ? a2 : "");
        rc = od_str_set(&o->ship_to.address, street, strlen(street));
    }
    return rc;
}

/* A business buyer's invoice: billing.company is the title, with the
 * billing street and city, phone and e-mail; the tax number from the
 * order's meta_data (the EU VAT Number extension's _billing_vat_number,
 * od_invoice_tax_key). Nothing without a company. */
static int read_invoice(struct json_object *j, struct od_order *o)
{
    struct json_object *bill = member(j, "billing"), *meta = member(j, "meta_data");
    const char *a1 = od_json_text(bill, "address_1"), *city = od_json_text(bill, "city");
    char addr[1024];
    int rc;

    if (!filled(od_json_text(bill, "company")))
        return 0;
    rc = set_filled(&o->invoice.title, bill, "company");
    if (rc == 0 && (filled(a1) || filled(city))) {
        snprintf(addr, sizeof(addr), "%s%s%s", filled(a1) ? a1 : "",
                 filled(a1) && filled(city) ? ", " : "", filled(city) ? city : "");
        rc = od_str_set(&o->invoice.address, addr, strlen(addr));
    }
    if (rc == 0)
        rc = set_filled(&o->invoice.phone, bill, "phone");
    if (rc == 0)
        rc = set_filled(&o->invoice.email, bill, "email");
    for (size_t i = 0; rc == 0 && json_object_is_type(meta, json_type_array) &&
                       i < json_object_array_length(meta) && !o->invoice.tax_id;
         i++) {
        struct json_object *m = json_object_array_get_idx(meta, i);

        if (od_invoice_tax_key(od_json_text(m, "key")))
            rc = set_filled(&o->invoice.tax_id, m, "value");
    }
    return rc;
}

static int read_lines(struct json_object *items, struct od_order *o)
{
    size_t n;
    int rc = 0;

    if (!items || !json_object_is_type(items, json_type_array))
        return od_error_set(OD_EINVAL, "line_items: expected an array");
    n = json_object_array_length(items);
    for (size_t i = 0; i < n && rc == 0; i++) {
        struct json_object *it = json_object_array_get_idx(items, i);
        const char *qty = od_json_text(it, "quantity");
        const char *var = od_json_text(it, "variation_id");
        od_money subtotal = OD_MONEY_NONE, total = OD_MONEY_NONE;
        struct od_line *l;
        char path[64], *end = NULL;
        long long q;

        snprintf(path, sizeof(path), "line_items[%zu]", i);
        if (!json_object_is_type(it, json_type_object))
            return od_error_set(OD_EINVAL, "%s: expected an object", path);
        rc = od_order_add_line(o, &l);
        if (rc == 0)
            rc = set_filled(&l->sku, it, "sku");
        if (rc == 0 && !l->sku)
            rc = od_error_set(OD_EINVAL, "%s: no sku", path);
        if (rc == 0)
            rc = set_filled(&l->channel_sku, it,
                            filled(var) && strcmp(var, "0") != 0 ? "variation_id" : "product_id");
        if (rc == 0)
            rc = set_filled(&l->title, it, "name");
        if (rc == 0) {
            q = qty ? strtoll(qty, &end, 10) : 0;
            if (!qty || *end || q <= 0 || q > 1000000000LL)
                rc = od_error_set(OD_EINVAL, "%s: quantity '%s' is not a positive integer", path,
                                  qty ? qty : "");
            else
                l->qty = q;
        }
        if (rc == 0)
            rc = od_json_get_money(it, "subtotal", path, &subtotal);
        if (rc == 0)
            rc = od_json_get_money(it, "total", path, &total);
        if (rc == 0 && (subtotal == OD_MONEY_NONE || total == OD_MONEY_NONE))
            rc = od_error_set(OD_EINVAL, "%s: no subtotal or total", path);
        if (rc < 0)
            break;
        /* Woo gives line amounts, not an exact unit price (its "price" is
         * a float): the unit price is subtotal / qty, rounded to the
         * cent when it does not divide; the line total stays Woo's. */
        l->unit_price = od_price_from_money((subtotal + l->qty / 2) / l->qty);
        l->total = total;
        l->discount = subtotal - total;
    }
    return rc;
}

int woocommerce_normalize(struct json_object *j, const char *channel, struct od_order **out)
{
    struct od_order *o = od_order_new();
    const char *status = od_json_text(j, "status");
    const char *cur = od_json_text(j, "currency");
    od_money lines_gross = 0;
    size_t i;
    int rc;

    if (!o)
        return od_error_set(OD_ENOMEM, "out of memory");
    if (!json_object_is_type(j, json_type_object)) {
        rc = od_error_set(OD_EINVAL, "order: expected an object");
        goto out;
    }
    rc = od_str_set(&o->channel, channel, strlen(channel));
    if (rc == 0)
        rc = od_json_get_str(j, "id", "id", &o->external_id);
    if (rc == 0 && !o->external_id)
        rc = od_error_set(OD_EINVAL, "id: missing");
    if (rc == 0)
        rc = od_json_get_str(j, "date_modified_gmt", "date_modified_gmt", &o->revision);
    if (rc == 0)
        rc = od_json_get_time(j, "date_created_gmt", "date_created_gmt", "UTC", &o->placed_at);
    if (rc == 0)
        rc = od_json_get_time(j, "date_paid_gmt", "date_paid_gmt", "UTC", &o->paid_at);
    if (rc == 0)
        rc = od_json_get_time(j, "date_modified_gmt", "date_modified_gmt", "UTC", &o->updated_at);
    if (rc < 0)
        goto out;
    for (i = 0; i < sizeof(status_map) / sizeof(status_map[0]); i++)
        if (status && strcmp(status, status_map[i].woo) == 0)
            o->status = status_map[i].status;
    if (o->status == OD_STATUS_NONE) {
        rc = od_error_set(OD_EINVAL, "status: '%s' is not a WooCommerce order status",
                          status ? status : "");
        goto out;
    }
    rc = od_str_set(&o->channel_status, status, strlen(status));
    if (rc < 0)
        goto out;
    if (!cur || strlen(cur) != 3) {
        rc = od_error_set(OD_EINVAL, "currency: '%s' is not an ISO 4217 code", cur ? cur : "");
        goto out;
    }
    memcpy(o->currency, cur, 4);
    rc = od_json_get_money(j, "shipping_total", "shipping_total", &o->shipping);
    if (rc == 0)
        rc = od_json_get_money(j, "discount_total", "discount_total", &o->discount);
    if (rc == 0)
        rc = od_json_get_money(j, "total_tax", "total_tax", &o->tax);
    if (rc == 0)
        rc = od_json_get_money(j, "total", "total", &o->total);
    if (rc == 0)
        rc = read_parties(j, o);
    if (rc == 0)
        rc = read_invoice(j, o);
    if (rc == 0)
        rc = set_filled(&o->buyer_note, j, "customer_note");
    if (rc == 0)
        rc = read_lines(member(j, "line_items"), o);
    if (rc < 0)
        goto out;
    /* The subtotal before discounts, from the lines' subtotals. */
    for (i = 0; i < o->n_lines; i++) {
        od_money gross;

        if (!od_money_add(o->lines[i].total, o->lines[i].discount, &gross) ||
            !od_money_add(lines_gross, gross, &lines_gross)) {
            rc = od_error_set(OD_EINVAL, "line_items: amounts out of range");
            goto out;
        }
    }
    o->subtotal = lines_gross;
    rc = od_order_finish(o);
    if (rc < 0)
        goto out;
    *out = o;
    o = NULL;
out:
    od_order_free(o);
    return rc;
}
