/* Shopify order JSON (Admin REST orders.json) -> normalized order.
 *
 * Status mapping (docs/shopify.md):
 *   cancelled_at set, or financial_status voided      -> cancelled
 *   financial_status refunded                          -> refunded
 *   fulfillment_status fulfilled, closed_at set         -> completed
 *   fulfillment_status fulfilled                        -> shipped
 *   fulfillment_status partial                          -> partially_shipped
 *   financial_status paid / partially_paid /
 *     partially_refunded                                -> paid
 *   financial_status pending / authorized / other       -> pending_payment
 * channel_status keeps "financial_status/fulfillment_status". */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "error.h"
#include "invoice.h"
#include "json.h"
#include "shopify.h"

static bool eq(const char *a, const char *b)
{
    return a && strcmp(a, b) == 0;
}

static enum od_status map_status(const char *fin, const char *ful, bool cancelled, bool closed)
{
    if (cancelled || eq(fin, "voided"))
        return OD_STATUS_CANCELLED;
    if (eq(fin, "refunded"))
        return OD_STATUS_REFUNDED;
    if (eq(ful, "fulfilled"))
        return closed ? OD_STATUS_COMPLETED : OD_STATUS_SHIPPED;
    if (eq(ful, "partial"))
        return OD_STATUS_PARTIALLY_SHIPPED;
    if (eq(fin, "paid") || eq(fin, "partially_paid") || eq(fin, "partially_refunded"))
        return OD_STATUS_PAID;
    return OD_STATUS_PENDING_PAYMENT;
}

static struct json_object *member(struct json_object *o, const char *key)
{
    struct json_object *v = NULL;

    if (o && json_object_is_type(o, json_type_object) && json_object_object_get_ex(o, key, &v))
        return v;
    return NULL;
}

/* "first last" from two optional parts into *field. */
static int set_name(char **field, const char *first, const char *last)
{
    char buf[512];

    if (!first && !last)
        return 0;
    snprintf(buf, sizeof(buf), "%s%s%s", first ? first : "", first && last ? " " : "",
             last ? last : "");
    return od_str_set(field, buf, strlen(buf));
}

static int read_address(struct json_object *a, struct od_address *to)
{
    const char *a1 = od_json_text(a, "address1"), *a2 = od_json_text(a, "address2");
    char street[1024];
    int rc = 0;

    if (!a || !json_object_is_type(a, json_type_object))
        return 0;
    if (od_json_text(a, "name"))
        rc = od_json_get_str(a, "name", "shipping_address.name", &to->name);
    else
        rc = set_name(&to->name, od_json_text(a, "first_name"), od_json_text(a, "last_name"));
    if (rc == 0)
        rc = od_json_get_str(a, "phone", "shipping_address.phone", &to->phone);
    if (rc == 0)
        rc = od_json_get_str(a, "country_code", "shipping_address.country_code", &to->country);
    if (rc == 0)
        rc = od_json_get_str(a, "province", "shipping_address.province", &to->province);
    if (rc == 0)
        rc = od_json_get_str(a, "city", "shipping_address.city", &to->city);
    if (rc == 0)
        rc = od_json_get_str(a, "zip", "shipping_address.zip", &to->postal_code);
    if (rc == 0 && (a1 || a2)) {
        snprintf(street, sizeof(street), "%s%s%s", a1 ? a1 : "", a1 && a2 && *a2 ? ", " : "",
                 a2 ? a2 : "");
        rc = od_str_set(&to->address, street, strlen(street));
    }
    return rc;
}

/* A business buyer's invoice: billing_address.company is the title, with
 * the billing street and city, the billing phone and the order's e-mail;
 * the tax number from the note attribute a checkout app writes ("VAT
 * Number", od_invoice_tax_key). Nothing without a company. */
static int read_invoice(struct json_object *j, struct od_order *o)
{
    struct json_object *bill = member(j, "billing_address"), *attrs = member(j, "note_attributes");
    const char *company = od_json_text(bill, "company");
    const char *a1 = od_json_text(bill, "address1"), *city = od_json_text(bill, "city");
    char addr[1024];
    int rc;

    if (!company || !*company)
        return 0;
    rc = od_str_set(&o->invoice.title, company, strlen(company));
    if (rc == 0 && (a1 || city)) {
        snprintf(addr, sizeof(addr), "%s%s%s", a1 ? a1 : "", a1 && city ? ", " : "",
                 city ? city : "");
        rc = od_str_set(&o->invoice.address, addr, strlen(addr));
    }
    if (rc == 0)
        rc = od_json_get_str(bill, "phone", "billing_address.phone", &o->invoice.phone);
    if (rc == 0)
        rc = od_json_get_str(j, "email", "email", &o->invoice.email);
    for (size_t i = 0; rc == 0 && json_object_is_type(attrs, json_type_array) &&
                       i < json_object_array_length(attrs) && !o->invoice.tax_id;
         i++) {
        struct json_object *a = json_object_array_get_idx(attrs, i);
        const char *v = od_json_text(a, "value");

        if (od_invoice_tax_key(od_json_text(a, "name")) && v && *v)
            rc = od_str_set(&o->invoice.tax_id, v, strlen(v));
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
        struct od_line *l;
        const char *qty = od_json_text(it, "quantity");
        char path[64], *end = NULL;
        long long q;

        snprintf(path, sizeof(path), "line_items[%zu]", i);
        if (!json_object_is_type(it, json_type_object))
            return od_error_set(OD_EINVAL, "%s: expected an object", path);
        rc = od_order_add_line(o, &l);
        if (rc < 0)
            break;
        rc = od_json_get_str(it, "sku", path, &l->sku);
        if (rc == 0 && (!l->sku || !*l->sku))
            rc = od_error_set(OD_EINVAL, "%s: no sku", path);
        if (rc == 0)
            rc = od_json_get_str(it, "variant_id", path, &l->channel_sku);
        if (rc == 0)
            rc = od_json_get_str(it, "title", path, &l->title);
        if (rc == 0)
            rc = od_json_get_cent_price(it, "price", path, &l->unit_price);
        if (rc == 0 && od_price_is_none(l->unit_price))
            rc = od_error_set(OD_EINVAL, "%s: no price", path);
        if (rc == 0)
            rc = od_json_get_money(it, "total_discount", path, &l->discount);
        if (rc == 0) {
            q = qty ? strtoll(qty, &end, 10) : 0;
            if (!qty || *end || q <= 0 || q > 1000000000LL)
                rc = od_error_set(OD_EINVAL, "%s: quantity '%s' is not a positive integer", path,
                                  qty ? qty : "");
            else
                l->qty = q;
        }
    }
    return rc;
}

static int read_tags(struct json_object *order, struct od_order *o)
{
    const char *tags = od_json_text(order, "tags");
    char tag[256];
    int rc = 0;

    while (tags && *tags && rc == 0) {
        size_t n = strcspn(tags, ",");
        const char *a = tags, *z = tags + n;

        while (a < z && *a == ' ')
            a++;
        while (z > a && z[-1] == ' ')
            z--;
        if (z > a) {
            size_t len = (size_t)(z - a) < sizeof(tag) ? (size_t)(z - a) : sizeof(tag) - 1;

            memcpy(tag, a, len);
            tag[len] = '\0';
            rc = od_order_add_tag(o, tag);
        }
        tags += n;
        if (*tags)
            tags++;
    }
    return rc;
}

int shopify_normalize(struct json_object *j, const char *channel, struct od_order **out)
{
    struct od_order *o = od_order_new();
    struct json_object *cust = member(j, "customer");
    struct json_object *ship =
        member(member(member(j, "total_shipping_price_set"), "shop_money"), "amount");
    const char *fin = od_json_text(j, "financial_status");
    const char *ful = od_json_text(j, "fulfillment_status");
    const char *cur = od_json_text(j, "currency");
    char chstatus[128];
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
        rc = od_json_get_str(j, "updated_at", "updated_at", &o->revision);
    if (rc == 0)
        rc = od_json_get_time(j, "created_at", "created_at", NULL, &o->placed_at);
    if (rc == 0)
        rc = od_json_get_time(j, "updated_at", "updated_at", NULL, &o->updated_at);
    if (rc == 0 && (eq(fin, "paid") || eq(fin, "partially_refunded") || eq(fin, "refunded")))
        rc = od_json_get_time(j, "processed_at", "processed_at", NULL, &o->paid_at);
    if (rc < 0)
        goto out;
    o->status = map_status(fin, ful, od_json_text(j, "cancelled_at") != NULL,
                           od_json_text(j, "closed_at") != NULL);
    snprintf(chstatus, sizeof(chstatus), "%s/%s", fin ? fin : "-", ful ? ful : "-");
    rc = od_str_set(&o->channel_status, chstatus, strlen(chstatus));
    if (rc < 0)
        goto out;
    if (!cur || strlen(cur) != 3) {
        rc = od_error_set(OD_EINVAL, "currency: '%s' is not an ISO 4217 code", cur ? cur : "");
        goto out;
    }
    memcpy(o->currency, cur, 4);
    rc = od_json_get_money(j, "subtotal_price", "subtotal_price", &o->subtotal);
    if (rc == 0)
        rc = od_json_get_money(j, "total_discounts", "total_discounts", &o->discount);
    if (rc == 0)
        rc = od_json_get_money(j, "total_tax", "total_tax", &o->tax);
    if (rc == 0)
        rc = od_json_get_money(j, "total_price", "total_price", &o->total);
    if (rc == 0 && ship) {
        const char *s = json_object_get_string(ship);

        rc = od_money_parse(s, strlen(s), &o->shipping);
        if (rc < 0)
            od_error_wrap(rc, "total_shipping_price_set");
    }
    if (rc < 0)
        goto out;
    /* Shopify's subtotal is after discounts and its total already has
     * them taken off: keep the discount as information only. */
    if (o->subtotal != OD_MONEY_NONE && o->discount != OD_MONEY_NONE) {
        od_money gross;

        if (!od_money_add(o->subtotal, o->discount, &gross)) {
            rc = od_error_set(OD_EINVAL, "subtotal_price: out of range");
            goto out;
        }
        o->subtotal = gross;
    }
    rc = od_json_get_str(j, "email", "email", &o->customer.email);
    if (rc == 0 && cust) {
        rc = od_json_get_str(cust, "id", "customer.id", &o->customer.ref);
        if (rc == 0)
            rc = set_name(&o->customer.name, od_json_text(cust, "first_name"),
                          od_json_text(cust, "last_name"));
        if (rc == 0)
            rc = od_json_get_str(cust, "phone", "customer.phone", &o->customer.phone);
        if (rc == 0 && !o->customer.email)
            rc = od_json_get_str(cust, "email", "customer.email", &o->customer.email);
    }
    if (rc == 0)
        rc = read_address(member(j, "shipping_address"), &o->ship_to);
    if (rc == 0)
        rc = read_invoice(j, o);
    if (rc == 0)
        rc = od_json_get_str(j, "note", "note", &o->buyer_note);
    if (rc == 0)
        rc = read_tags(j, o);
    if (rc == 0)
        rc = read_lines(member(j, "line_items"), o);
    if (rc == 0)
        rc = od_order_finish(o);
    if (rc < 0)
        goto out;
    *out = o;
    o = NULL;
out:
    od_order_free(o);
    return rc;
}
