/* 拼多多 order (pdd.order.number.list.increment.get) -> normalized order.
 *
 * Status: refund_status 4 (退款成功) -> refunded; otherwise order_status
 *   1 待发货 -> paid   2 已发货待签收 -> shipped   3 已签收 -> completed
 * refund_status 1 (无售后或售后关闭), 2 (售后处理中) and 3 (退款中) leave
 * the order_status mapping alone: the money has not gone back yet. The
 * increment API returns paid orders only, so there is no pending_payment,
 * and a paid order that is called off ends as a refund. channel_status
 * is "order_status/refund_status" ("2/3"), or order_status alone.
 *
 * Amounts are yuan JSON numbers ("goods_price":12.30 or 12.3), read from
 * the literal text into fen, never through a double. Times are
 * "yyyy-MM-dd HH:mm:ss" in GMT+8 ("" = not set).
 *
 * Receiver fields are stored as the platform gives them: the masked
 * values (receiver_name_mask, receiver_phone_mask, receiver_address_mask)
 * for display; the ciphertext (receiver_name, receiver_phone,
 * receiver_address, address) stays in the raw payload only, where a
 * decrypt call (pdd.open.decrypt.batch) would read it. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "error.h"
#include "json.h"
#include "pinduoduo.h"

static const enum od_status order_statuses[] = {
    [1] = OD_STATUS_PAID,
    [2] = OD_STATUS_SHIPPED,
    [3] = OD_STATUS_COMPLETED,
};

#define REFUND_DONE 4

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

static int set_filled(char **field, const char *v)
{
    return filled(v) ? od_str_set(field, v, strlen(v)) : 0;
}

/* A small non-negative integer written as a JSON number or a string of
 * digits; absent or null -> *out = -1. */
static int small_int(struct json_object *o, const char *key, const char *path, long long max,
                     long long *out)
{
    const char *v = od_json_text(o, key);
    struct json_object *j = member(o, key);
    char *end = NULL;
    long long n;

    *out = -1;
    if (!j)
        return 0;
    if (!v || json_object_is_type(j, json_type_double))
        return od_error_set(OD_EINVAL, "%s: expected an integer", path);
    if (*v < '0' || *v > '9')
        return od_error_set(OD_EINVAL, "%s: '%s' is not a non-negative integer", path, v);
    n = strtoll(v, &end, 10);
    if (*end || n > max)
        return od_error_set(OD_EINVAL, "%s: '%s' is not an integer up to %lld", path, v, max);
    *out = n;
    return 0;
}

/* "yyyy-MM-dd HH:mm:ss" in GMT+8; "" or absent = not set. */
static int gmt8_time(struct json_object *o, const char *key, od_time *out)
{
    struct json_object *j = member(o, key);
    char buf[40];
    const char *v;
    size_t n;

    *out = OD_TIME_NONE;
    if (!j)
        return 0;
    if (!json_object_is_type(j, json_type_string))
        return od_error_set(OD_EINVAL, "%s: expected a \"yyyy-MM-dd HH:mm:ss\" string", key);
    v = json_object_get_string(j);
    n = (size_t)json_object_get_string_len(j);
    if (n == 0)
        return 0;
    /* China keeps UTC+8 all year (no DST since 1991): append the offset
     * rather than depend on a time zone database. */
    if (n > 26)
        return od_error_set(OD_EINVAL, "%s: not a \"yyyy-MM-dd HH:mm:ss\" time (%zu bytes)", key,
                            n);
    if (memchr(v, '\0', n) || strpbrk(v, "+Zz") || memchr(v, 'T', n))
        return od_error_set(OD_EINVAL, "%s: '%s' is not a \"yyyy-MM-dd HH:mm:ss\" time", key, v);
    memcpy(buf, v, n);
    memcpy(buf + n, "+08:00", 7);
    if (od_time_parse(buf, n + 6, NULL, out) < 0)
        return od_error_set(OD_EINVAL, "%s: '%s' is not a \"yyyy-MM-dd HH:mm:ss\" time", key, v);
    return 0;
}

static int read_lines(struct json_object *list, struct od_order *o)
{
    size_t n;
    int rc = 0;

    if (!list || !json_object_is_type(list, json_type_array))
        return od_error_set(OD_EINVAL, "item_list: expected an array");
    n = json_object_array_length(list);
    for (size_t i = 0; i < n && rc == 0; i++) {
        struct json_object *it = json_object_array_get_idx(list, i);
        const char *sku = od_json_text(it, "outer_id");
        struct od_line *l;
        char path[64];
        long long q;

        snprintf(path, sizeof(path), "item_list[%zu]", i);
        if (!json_object_is_type(it, json_type_object))
            return od_error_set(OD_EINVAL, "%s: expected an object", path);
        if (!filled(sku))
            sku = od_json_text(it, "outer_goods_id");
        if (!filled(sku))
            return od_error_set(OD_EINVAL, "%s: no outer_id or outer_goods_id", path);
        snprintf(path, sizeof(path), "item_list[%zu].goods_count", i);
        rc = small_int(it, "goods_count", path, 1000000000LL, &q);
        if (rc < 0)
            return rc;
        if (q <= 0)
            return od_error_set(OD_EINVAL, "%s: must be a positive integer", path);
        rc = od_order_add_line(o, &l);
        if (rc < 0)
            return rc;
        l->qty = q;
        rc = od_str_set(&l->sku, sku, strlen(sku));
        if (rc == 0)
            rc = set_filled(&l->channel_sku, od_json_text(it, "sku_id"));
        if (rc == 0)
            rc = set_filled(&l->title, od_json_text(it, "goods_name"));
        if (rc == 0) {
            snprintf(path, sizeof(path), "item_list[%zu].goods_price", i);
            rc = od_json_get_cent_price(it, "goods_price", path, &l->unit_price);
        }
        if (rc == 0 && od_price_is_none(l->unit_price))
            rc = od_error_set(OD_EINVAL, "item_list[%zu]: no goods_price", i);
    }
    return rc;
}

/* Order-level amounts: total = pay_amount (required), shipping = postage,
 * discount = discount_amount + order_change_amount, subtotal = the lines'
 * goods_price x goods_count. */
static int read_amounts(struct json_object *j, struct od_order *o)
{
    od_money change = OD_MONEY_NONE, sum = 0;
    int rc;

    rc = od_json_get_money(j, "pay_amount", "pay_amount", &o->total);
    if (rc == 0 && o->total == OD_MONEY_NONE)
        rc = od_error_set(OD_EINVAL, "pay_amount: missing");
    if (rc == 0)
        rc = od_json_get_money(j, "postage", "postage", &o->shipping);
    if (rc == 0)
        rc = od_json_get_money(j, "discount_amount", "discount_amount", &o->discount);
    if (rc == 0)
        rc = od_json_get_money(j, "order_change_amount", "order_change_amount", &change);
    if (rc < 0)
        return rc;
    if (change != OD_MONEY_NONE && change != 0 &&
        !od_money_add(o->discount == OD_MONEY_NONE ? 0 : o->discount, change, &o->discount))
        return od_error_set(OD_EINVAL, "discount_amount + order_change_amount: out of range");
    for (size_t i = 0; i < o->n_lines; i++) {
        od_money gross;

        if (!od_price_amount(o->lines[i].unit_price, o->lines[i].qty, &gross) ||
            !od_money_add(sum, gross, &sum))
            return od_error_set(OD_EINVAL, "item_list: amounts out of range");
    }
    o->subtotal = sum;
    return 0;
}

static int read_status(struct json_object *j, struct od_order *o)
{
    long long st, refund;
    char text[48];
    int rc;

    rc = small_int(j, "order_status", "order_status", 1000000, &st);
    if (rc == 0)
        rc = small_int(j, "refund_status", "refund_status", 1000000, &refund);
    if (rc < 0)
        return rc;
    if (st < 0)
        return od_error_set(OD_EINVAL, "order_status: missing");
    if (st >= (long long)(sizeof(order_statuses) / sizeof(order_statuses[0])) ||
        order_statuses[st] == OD_STATUS_NONE)
        return od_error_set(OD_EINVAL, "order_status: '%lld' is not a known 拼多多 status", st);
    if (refund == 0 || refund > REFUND_DONE)
        return od_error_set(OD_EINVAL, "refund_status: '%lld' is not a known 拼多多 status",
                            refund);
    o->status = refund == REFUND_DONE ? OD_STATUS_REFUNDED : order_statuses[st];
    if (refund > 0)
        snprintf(text, sizeof(text), "%lld/%lld", st, refund);
    else
        snprintf(text, sizeof(text), "%lld", st);
    return od_str_set(&o->channel_status, text, strlen(text));
}

static int read_receiver(struct json_object *j, struct od_order *o)
{
    struct od_address *a = &o->ship_to;
    int rc;

    rc = set_filled(&a->name, od_json_text(j, "receiver_name_mask"));
    if (rc == 0)
        rc = set_filled(&a->phone, od_json_text(j, "receiver_phone_mask"));
    if (rc == 0)
        rc = set_filled(&a->province, od_json_text(j, "province"));
    if (rc == 0)
        rc = set_filled(&a->city, od_json_text(j, "city"));
    if (rc == 0)
        rc = set_filled(&a->district, od_json_text(j, "town"));
    if (rc == 0)
        rc = set_filled(&a->address, od_json_text(j, "receiver_address_mask"));
    if (rc == 0 && (a->province || a->address))
        rc = od_str_set(&a->country, "CN", 2);
    return rc;
}

int pinduoduo_gmt8_time(struct json_object *o, const char *key, od_time *out)
{
    return gmt8_time(o, key, out);
}

/* invoice_status 1: the buyer applied for an invoice. Its details are not
 * on the order but in pdd.invoice.application.query; the connector puts
 * the order's application under "invoice_application" (docs/pinduoduo.md,
 * "Invoice requests"): invoice_kind 0 electronic, 1 paper, 2 专票;
 * payer_name (抬头), payer_register_no (税号), and for a company payer_address,
 * payer_phone, payer_bank, payer_account. Requested without an application
 * (not there yet): a "normal" invoice without a title. */
static int read_invoice(struct json_object *j, struct od_order *o)
{
    struct json_object *a = member(j, "invoice_application");
    struct od_invoice *v = &o->invoice;
    const char *st = od_json_text(j, "invoice_status");
    const char *kind = od_json_text(a, "invoice_kind");
    const char *type = "normal", *medium = NULL;
    int rc;

    if (a && !json_object_is_type(a, json_type_object))
        return od_error_set(OD_EINVAL, "invoice_application: expected an object");
    if (!a)
        return st && strcmp(st, "1") == 0 ? od_str_set(&v->type, "normal", 6) : 0;
    if (kind && strcmp(kind, "0") == 0)
        medium = "electronic";
    else if (kind && strcmp(kind, "1") == 0)
        medium = "paper";
    else if (kind && strcmp(kind, "2") == 0)
        type = "special";
    else if (kind)
        return od_error_set(OD_EINVAL, "invoice_application.invoice_kind: unknown value '%s'",
                            kind);
    rc = od_str_set(&v->type, type, strlen(type));
    if (rc == 0 && medium)
        rc = od_str_set(&v->medium, medium, strlen(medium));
    if (rc == 0)
        rc = set_filled(&v->title, od_json_text(a, "payer_name"));
    if (rc == 0)
        rc = set_filled(&v->tax_id, od_json_text(a, "payer_register_no"));
    if (rc == 0)
        rc = set_filled(&v->address, od_json_text(a, "payer_address"));
    if (rc == 0)
        rc = set_filled(&v->phone, od_json_text(a, "payer_phone"));
    if (rc == 0)
        rc = set_filled(&v->bank, od_json_text(a, "payer_bank"));
    if (rc == 0)
        rc = set_filled(&v->account, od_json_text(a, "payer_account"));
    return rc;
}

int pinduoduo_normalize(struct json_object *j, const char *channel, struct od_order **out)
{
    struct od_order *o = od_order_new();
    int rc;

    if (!o)
        return od_error_set(OD_ENOMEM, "out of memory");
    if (!json_object_is_type(j, json_type_object)) {
        rc = od_error_set(OD_EINVAL, "order: expected an object");
        goto out;
    }
    rc = od_str_set(&o->channel, channel, strlen(channel));
    if (rc == 0 && member(j, "order_sn") &&
        !json_object_is_type(member(j, "order_sn"), json_type_string))
        rc = od_error_set(OD_EINVAL, "order_sn: expected a string");
    if (rc == 0)
        rc = od_json_get_str(j, "order_sn", "order_sn", &o->external_id);
    if (rc == 0 && !filled(o->external_id))
        rc = od_error_set(OD_EINVAL, "order_sn: missing");
    if (rc == 0)
        rc = gmt8_time(j, "updated_at", &o->updated_at);
    if (rc == 0 && o->updated_at == OD_TIME_NONE)
        rc = od_error_set(OD_EINVAL, "updated_at: missing");
    if (rc == 0)
        rc = od_json_get_str(j, "updated_at", "updated_at", &o->revision);
    if (rc == 0)
        rc = gmt8_time(j, "created_time", &o->placed_at);
    if (rc == 0)
        rc = gmt8_time(j, "pay_time", &o->paid_at);
    if (rc == 0)
        rc = read_status(j, o);
    if (rc < 0)
        goto out;
    memcpy(o->currency, "CNY", 4);
    rc = read_lines(member(j, "item_list"), o);
    if (rc == 0)
        rc = read_amounts(j, o);
    if (rc == 0)
        rc = read_receiver(j, o);
    if (rc == 0)
        rc = set_filled(&o->buyer_note, od_json_text(j, "buyer_memo"));
    if (rc == 0)
        rc = set_filled(&o->seller_note, od_json_text(j, "remark"));
    if (rc == 0)
        rc = read_invoice(j, o);
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
