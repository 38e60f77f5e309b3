/* 抖店 order (order.searchList) -> normalized order.
 *
 * Status (order_status):
 *   1 待支付 -> pending_payment   105 已支付, 2 备货中 -> paid
 *   101 部分发货 -> partially_shipped   3 已发货 -> shipped
 *   4 已取消 -> cancelled   5 已完成 -> completed
 * Amounts are integer fen. Receiver fields are stored as the platform
 * gives them: the masked values (mask_post_receiver, mask_post_tel,
 * mask_post_addr) for display; the ciphertext stays in the raw payload,
 * where a decrypt call (order.batchDecrypt) would read it. The invoice
 * comes from the order's request in order.invoiceList (read_invoice). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "douyin.h"
#include "error.h"
#include "json.h"

static const struct {
    int code;
    enum od_status status;
} status_map[] = {
    {1, OD_STATUS_PENDING_PAYMENT},     {105, OD_STATUS_PAID},  {2, OD_STATUS_PAID},
    {101, OD_STATUS_PARTIALLY_SHIPPED}, {3, OD_STATUS_SHIPPED}, {4, OD_STATUS_CANCELLED},
    {5, OD_STATUS_COMPLETED},
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

/* An integer fen amount (JSON number or numeric string); absent -> NONE. */
static int fen(struct json_object *o, const char *key, const char *path, od_money *out)
{
    const char *v = od_json_text(o, key);
    int rc;

    *out = OD_MONEY_NONE;
    if (!v)
        return 0;
    rc = od_money_parse_minor(v, strlen(v), out);
    return rc < 0 ? od_error_wrap(rc, "%s.%s", path, key) : 0;
}

/* Unix seconds (0 = not set). */
static int unix_time(struct json_object *o, const char *key, od_time *out)
{
    const char *v = od_json_text(o, key);
    char *end;
    long long s;

    *out = OD_TIME_NONE;
    if (!v)
        return 0;
    s = strtoll(v, &end, 10);
    if (*end || s < 0 || s > 253402300799LL)
        return od_error_set(OD_EINVAL, "%s: '%s' is not a unix time", key, v);
    if (s > 0)
        *out = (od_time)s * 1000000;
    return 0;
}

od_time douyin_update_time(struct json_object *order)
{
    od_time t;

    return unix_time(order, "update_time", &t) == 0 ? t : OD_TIME_NONE;
}

static int set_filled(char **field, const char *v)
{
    return filled(v) ? od_str_set(field, v, strlen(v)) : 0;
}

static int read_lines(struct json_object *list, struct od_order *o)
{
    size_t n;
    int rc = 0;

    if (!list || !json_object_is_type(list, json_type_array))
        return od_error_set(OD_EINVAL, "sku_order_list: expected an array");
    n = json_object_array_length(list);
    for (size_t i = 0; i < n && rc == 0; i++) {
        struct json_object *s = json_object_array_get_idx(list, i);
        const char *sku = od_json_text(s, "out_sku_id");
        const char *qty = od_json_text(s, "item_num");
        od_money sum = OD_MONEY_NONE, pay = OD_MONEY_NONE, price;
        struct od_line *l;
        char path[64], *end = NULL;
        long long q;

        snprintf(path, sizeof(path), "sku_order_list[%zu]", i);
        if (!json_object_is_type(s, json_type_object))
            return od_error_set(OD_EINVAL, "%s: expected an object", path);
        if (!filled(sku))
            sku = od_json_text(s, "code");
        if (!filled(sku))
            return od_error_set(OD_EINVAL, "%s: no out_sku_id or code", path);
        rc = od_order_add_line(o, &l);
        if (rc == 0)
            rc = od_str_set(&l->sku, sku, strlen(sku));
        if (rc == 0)
            rc = set_filled(&l->channel_sku, od_json_text(s, "sku_id"));
        if (rc == 0)
            rc = set_filled(&l->title, od_json_text(s, "product_name"));
        if (rc == 0)
            rc = fen(s, "origin_amount", path, &price);
        if (rc == 0)
            l->unit_price = od_price_from_money(price);
        if (rc == 0 && od_price_is_none(l->unit_price))
            rc = od_error_set(OD_EINVAL, "%s: no origin_amount", path);
        if (rc == 0)
            rc = fen(s, "sum_amount", path, &sum);
        if (rc == 0)
            rc = fen(s, "pay_amount", path, &pay);
        if (rc == 0) {
            q = qty ? strtoll(qty, &end, 10) : 0;
            if (!qty || *end || q <= 0 || q > 1000000000LL)
                rc = od_error_set(OD_EINVAL, "%s: item_num '%s' is not a positive integer", path,
                                  qty ? qty : "");
            else
                l->qty = q;
        }
        if (rc == 0 && pay != OD_MONEY_NONE) {
            l->total = pay;
            if (sum != OD_MONEY_NONE)
                l->discount = sum - pay;
        }
    }
    return rc;
}

/* The order's invoice request from order.invoiceList, which the connector
 * puts under "invoice_request" (docs/douyin.md, "Invoice requests"):
 * invoice_type 1 增值税普通电子 (the one kind the platform names) ->
 * normal/electronic; title_type 1 个人 -> title (and tax_no when given),
 * 2 企业 -> title, tax_no and the company's address, phone, bank and
 * bank_no. Another invoice_type or title_type is not guessed: the order
 * is stored without an invoice and held with a doubt naming the value,
 * for the clerk to read the request in the 抖店 back office. No request:
 * no invoice. */
static int read_invoice(struct json_object *j, struct od_order *o)
{
    struct json_object *a = member(j, "invoice_request");
    struct od_invoice *v = &o->invoice;
    const char *type = od_json_text(a, "invoice_type");
    const char *title = od_json_text(a, "title_type");
    bool company;
    int rc;

    if (!a)
        return 0;
    if (!json_object_is_type(a, json_type_object))
        return od_error_set(OD_EINVAL, "invoice_request: expected an object");
    if (!type || strcmp(type, "1") != 0 || !title ||
        (strcmp(title, "1") != 0 && strcmp(title, "2") != 0)) {
        char why[256];

        snprintf(why, sizeof(why),
                 "invoice_request: invoice_type '%.20s', title_type '%.20s' is not a kind orderd "
                 "knows (invoice_type 1 普通电子; title_type 1 个人 or 2 企业): the invoice "
                 "request is to be read in the 抖店 back office",
                 type ? type : "", title ? title : "");
        return od_order_add_doubt(o, why);
    }
    company = strcmp(title, "2") == 0;
    rc = od_str_set(&v->type, "normal", 6);
    if (rc == 0)
        rc = od_str_set(&v->medium, "electronic", 10);
    if (rc == 0)
        rc = set_filled(&v->title, od_json_text(a, "title"));
    if (rc == 0)
        rc = set_filled(&v->tax_id, od_json_text(a, "tax_no"));
    if (rc == 0 && company)
        rc = set_filled(&v->address, od_json_text(a, "company_address"));
    if (rc == 0 && company)
        rc = set_filled(&v->phone, od_json_text(a, "company_mobile"));
    if (rc == 0 && company)
        rc = set_filled(&v->bank, od_json_text(a, "bank_name"));
    if (rc == 0 && company)
        rc = set_filled(&v->account, od_json_text(a, "bank_no"));
    return rc;
}

int douyin_normalize(struct json_object *j, const char *channel, struct od_order **out)
{
    struct od_order *o = od_order_new();
    struct json_object *addr = member(j, "post_addr");
    const char *status = od_json_text(j, "order_status");
    const char *street = od_json_text(member(addr, "street"), "name");
    const char *masked = od_json_text(j, "mask_post_addr");
    od_money lines_sum = 0;
    int code;
    int rc;

    if (!o)
        return od_error_set(OD_ENOMEM, "out of memory");
    if (!json_object_is_type(j, json_type_object)) {
        rc = od_error_set(OD_EINVAL, "order: expected an object");
        goto out;
    }
    rc = od_str_set(&o->channel, channel, strlen(channel));
    if (rc == 0)
        rc = od_json_get_str(j, "order_id", "order_id", &o->external_id);
    if (rc == 0 && !o->external_id)
        rc = od_error_set(OD_EINVAL, "order_id: missing");
    if (rc == 0)
        rc = od_json_get_str(j, "update_time", "update_time", &o->revision);
    if (rc == 0)
        rc = unix_time(j, "create_time", &o->placed_at);
    if (rc == 0)
        rc = unix_time(j, "pay_time", &o->paid_at);
    if (rc == 0)
        rc = unix_time(j, "update_time", &o->updated_at);
    if (rc < 0)
        goto out;
    code = status ? (int)strtol(status, NULL, 10) : 0;
    for (size_t i = 0; i < sizeof(status_map) / sizeof(status_map[0]); i++)
        if (status_map[i].code == code)
            o->status = status_map[i].status;
    if (o->status == OD_STATUS_NONE) {
        rc = od_error_set(OD_EINVAL, "order_status: '%s' is not a known 抖店 status",
                          status ? status : "");
        goto out;
    }
    rc = od_str_set(&o->channel_status, status, strlen(status));
    memcpy(o->currency, "CNY", 4);
    if (rc == 0)
        rc = fen(j, "post_amount", "order", &o->shipping);
    if (rc == 0)
        rc = fen(j, "promotion_amount", "order", &o->discount);
    if (rc == 0)
        rc = fen(j, "order_amount", "order", &o->total);
    if (rc == 0)
        rc = set_filled(&o->ship_to.name, od_json_text(j, "mask_post_receiver"));
    if (rc == 0)
        rc = set_filled(&o->ship_to.phone, od_json_text(j, "mask_post_tel"));
    if (rc == 0)
        rc = set_filled(&o->ship_to.province, od_json_text(member(addr, "province"), "name"));
    if (rc == 0)
        rc = set_filled(&o->ship_to.city, od_json_text(member(addr, "city"), "name"));
    if (rc == 0)
        rc = set_filled(&o->ship_to.district, od_json_text(member(addr, "town"), "name"));
    if (rc == 0)
        rc = set_filled(&o->ship_to.address, filled(masked) ? masked : street);
    if (rc == 0 && (o->ship_to.province || o->ship_to.address))
        rc = od_str_set(&o->ship_to.country, "CN", 2);
    if (rc == 0)
        rc = set_filled(&o->buyer_note, od_json_text(j, "buyer_words"));
    if (rc == 0)
        rc = set_filled(&o->seller_note, od_json_text(j, "seller_words"));
    if (rc == 0)
        rc = read_lines(member(j, "sku_order_list"), o);
    if (rc == 0)
        rc = read_invoice(j, o);
    if (rc < 0)
        goto out;
    /* Subtotal before promotions: the lines' sum_amount (or price x qty). */
    for (size_t i = 0; i < o->n_lines; i++) {
        od_money gross;

        if (!od_price_amount(o->lines[i].unit_price, o->lines[i].qty, &gross) ||
            !od_money_add(lines_sum, gross, &lines_sum)) {
            rc = od_error_set(OD_EINVAL, "sku_order_list: amounts out of range");
            goto out;
        }
    }
    o->subtotal = lines_sum;
    rc = od_order_finish(o);
    if (rc < 0)
        goto out;
    *out = o;
    o = NULL;
out:
    od_order_free(o);
    return rc;
}
