/* Taobao/Tmall trade JSON (taobao.trades.sold.increment.get, one element
 * of trades.trade[]) -> normalized order.
 *
 * Status mapping (docs/taobao.md):
 *   WAIT_BUYER_PAY, TRADE_NO_CREATE_PAY, PAY_PENDING  -> pending_payment
 *   WAIT_SELLER_SEND_GOODS, PAID_FORBID_CONSIGN       -> paid
 *   SELLER_CONSIGNED_PART                             -> partially_shipped
 *   WAIT_BUYER_CONFIRM_GOODS, TRADE_BUYER_SIGNED      -> shipped
 *   TRADE_FINISHED                                    -> completed
 *   TRADE_CLOSED, TRADE_CLOSED_BY_TAOBAO              -> cancelled, or
 *     refunded when every sub-order has refund_status SUCCESS
 * channel_status keeps the trade's status as sent.
 *
 * Amounts are yuan strings read exactly (od_money_parse, never a double).
 * Times are GMT+8 "yyyy-MM-dd HH:mm:ss". Receiver fields are stored as
 * TOP sends them (masked where TOP masks them); error details name
 * fields, never their values. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "error.h"
#include "invoice.h"
#include "json.h"
#include "taobao.h"

static const struct {
    const char *top;
    enum od_status status;
} status_map[] = {
    {"WAIT_BUYER_PAY", OD_STATUS_PENDING_PAYMENT},
    {"TRADE_NO_CREATE_PAY", OD_STATUS_PENDING_PAYMENT},
    {"PAY_PENDING", OD_STATUS_PENDING_PAYMENT},
    {"WAIT_SELLER_SEND_GOODS", OD_STATUS_PAID},
    {"PAID_FORBID_CONSIGN", OD_STATUS_PAID},
    {"SELLER_CONSIGNED_PART", OD_STATUS_PARTIALLY_SHIPPED},
    {"WAIT_BUYER_CONFIRM_GOODS", OD_STATUS_SHIPPED},
    {"TRADE_BUYER_SIGNED", OD_STATUS_SHIPPED},
    {"TRADE_FINISHED", OD_STATUS_COMPLETED},
    {"TRADE_CLOSED", OD_STATUS_CANCELLED},
    {"TRADE_CLOSED_BY_TAOBAO", OD_STATUS_CANCELLED},
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

/* Copy a string (or number literal) member into *field when it is not
 * empty; a member of another type is an error naming `path.key`. */
static int get_filled(struct json_object *o, const char *key, const char *path, char **field)
{
    struct json_object *v = member(o, key);
    char where[96];

    if (!v)
        return 0;
    if (!json_object_is_type(v, json_type_string) && !json_object_is_type(v, json_type_int) &&
        !json_object_is_type(v, json_type_double)) {
        snprintf(where, sizeof(where), "%s%s%s", path ? path : "", path ? "." : "", key);
        return od_error_set(OD_EINVAL, "%s: expected a string or null", where);
    }
    if (!filled(json_object_get_string(v)))
        return 0;
    snprintf(where, sizeof(where), "%s%s%s", path ? path : "", path ? "." : "", key);
    return od_json_get_str(o, key, where, field);
}

/* Does the text carry its own offset (Z, +HH:MM, -HH:MM after the time)? */
static bool has_offset(const char *s, size_t len)
{
    size_t i = 0;

    while (i < len && s[i] != ' ' && s[i] != 'T' && s[i] != 't')
        i++;
    for (; i < len; i++)
        if (s[i] == 'Z' || s[i] == 'z' || s[i] == '+' || s[i] == '-')
            return true;
    return false;
}

int taobao_time_parse(const char *s, size_t len, od_time *out)
{
    char buf[64];
    bool date_only;
    int n;

    if (has_offset(s, len))
        return od_time_parse(s, len, NULL, out);
    if (len > 40)
        return od_error_set(OD_EINVAL, "'%.40s...' is not a time stamp", s);
    date_only = memchr(s, ' ', len) == NULL && memchr(s, 'T', len) == NULL;
    n = snprintf(buf, sizeof(buf), "%.*s%s+08:00", (int)len, s, date_only ? " 00:00" : "");
    if (od_time_parse(buf, (size_t)n, NULL, out) < 0)
        return od_error_set(OD_EINVAL, "'%.*s' is not a time stamp (yyyy-MM-dd HH:mm:ss)", (int)len,
                            s);
    return 0;
}

char *taobao_time_format(od_time t, char *buf, size_t len)
{
    char iso[OD_TIME_STRLEN];
    od_time whole = t - ((t % 1000000) + 1000000) % 1000000;

    od_time_format(whole + TAOBAO_GMT8_US, iso);
    /* "2026-11-20T09:30:00Z" -> "2026-11-20 09:30:00" */
    if (strlen(iso) >= 19)
        iso[10] = ' ';
    snprintf(buf, len, "%.19s", iso);
    return buf;
}

static int get_time(struct json_object *o, const char *key, od_time *field)
{
    struct json_object *v = member(o, key);
    const char *s;

    *field = OD_TIME_NONE;
    if (!v)
        return 0;
    if (!json_object_is_type(v, json_type_string))
        return od_error_set(OD_EINVAL, "%s: expected a time stamp string or null", key);
    s = json_object_get_string(v);
    if (!*s)
        return 0;
    if (taobao_time_parse(s, strlen(s), field) < 0)
        return od_error_wrap(OD_EINVAL, "%s", key);
    return 0;
}

/* A positive integer quantity from a JSON number or a digit string. */
static int get_qty(struct json_object *o, const char *path, int64_t *out)
{
    struct json_object *v = member(o, "num");
    const char *s = od_json_text(o, "num");
    char *end = NULL;
    long long q;

    if (!v || !s || json_object_is_type(v, json_type_double))
        return od_error_set(OD_EINVAL, "%s: num is missing or not an integer", path);
    q = strtoll(s, &end, 10);
    if (end == s || *end || q <= 0 || q > 1000000000LL)
        return od_error_set(OD_EINVAL, "%s: num '%.32s' is not a positive integer", path, s);
    *out = q;
    return 0;
}

static int read_lines(struct json_object *trade, struct od_order *o, bool *all_refunded)
{
    struct json_object *list = member(member(trade, "orders"), "order");
    size_t n;
    int rc = 0;

    *all_refunded = false;
    if (!list || !json_object_is_type(list, json_type_array))
        return od_error_set(OD_EINVAL, "orders.order: expected an array of sub-orders");
    n = json_object_array_length(list);
    if (n == 0)
        return od_error_set(OD_EINVAL, "orders.order: no sub-orders");
    *all_refunded = true;
    for (size_t i = 0; i < n && rc == 0; i++) {
        struct json_object *it = json_object_array_get_idx(list, i);
        const char *refund = od_json_text(it, "refund_status");
        od_money payment = OD_MONEY_NONE, total_fee = OD_MONEY_NONE, gross;
        struct od_line *l;
        char path[64];

        snprintf(path, sizeof(path), "orders.order[%zu]", i);
        if (!json_object_is_type(it, json_type_object))
            return od_error_set(OD_EINVAL, "%s: expected an object", path);
        if (!refund || strcmp(refund, "SUCCESS") != 0)
            *all_refunded = false;
        rc = od_order_add_line(o, &l);
        if (rc == 0)
            rc = get_filled(it, "outer_sku_id", path, &l->sku);
        if (rc == 0 && !l->sku)
            rc = get_filled(it, "outer_iid", path, &l->sku);
        if (rc == 0 && !l->sku)
            rc = od_error_set(OD_EINVAL, "%s: no sku (outer_sku_id or outer_iid)", path);
        if (rc == 0)
            rc = get_filled(it, "sku_id", path, &l->channel_sku);
        if (rc == 0 && !l->channel_sku)
            rc = get_filled(it, "num_iid", path, &l->channel_sku);
        if (rc == 0)
            rc = get_filled(it, "title", path, &l->title);
        if (rc == 0)
            rc = get_qty(it, path, &l->qty);
        if (rc == 0)
            rc = od_json_get_cent_price(it, "price", path, &l->unit_price);
        if (rc == 0 && od_price_is_none(l->unit_price))
            rc = od_error_set(OD_EINVAL, "%s: no price", path);
        if (rc == 0)
            rc = od_json_get_money(it, "payment", path, &payment);
        if (rc == 0)
            rc = od_json_get_money(it, "total_fee", path, &total_fee);
        if (rc < 0)
            break;
        /* The line total is what the buyer pays for it (payment, after
         * discounts and adjustments), else total_fee; the discount is the
         * difference to price x num. */
        l->total = payment != OD_MONEY_NONE ? payment : total_fee;
        if (l->total != OD_MONEY_NONE) {
            if (!od_price_amount(l->unit_price, l->qty, &gross) ||
                !od_money_add(gross, -l->total, &l->discount))
                rc = od_error_set(OD_EINVAL, "%s: amounts out of range", path);
        }
    }
    return rc;
}

static int read_receiver(struct json_object *j, struct od_order *o)
{
    struct od_address *to = &o->ship_to;
    char *town = NULL;
    int rc;

    rc = get_filled(j, "receiver_name", NULL, &to->name);
    if (rc == 0)
        rc = get_filled(j, "receiver_mobile", NULL, &to->phone);
    if (rc == 0 && !to->phone)
        rc = get_filled(j, "receiver_phone", NULL, &to->phone);
    if (rc == 0)
        rc = get_filled(j, "receiver_state", NULL, &to->province);
    if (rc == 0)
        rc = get_filled(j, "receiver_city", NULL, &to->city);
    if (rc == 0)
        rc = get_filled(j, "receiver_district", NULL, &to->district);
    if (rc == 0)
        rc = get_filled(j, "receiver_zip", NULL, &to->postal_code);
    if (rc == 0)
        rc = get_filled(j, "receiver_address", NULL, &to->address);
    if (rc == 0)
        rc = get_filled(j, "receiver_town", NULL, &town);
    /* The town (街道) goes in front of the street address, as on a label,
     * unless the address starts with it already. */
    if (rc == 0 && town && !to->address) {
        to->address = town;
        town = NULL;
    } else if (rc == 0 && town && strncmp(to->address, town, strlen(town)) != 0) {
        struct od_buf b;

        od_buf_init(&b, 4096);
        rc = od_buf_printf(&b, "%s%s", town, to->address);
        if (rc == 0)
            rc = od_str_set(&to->address, b.data, b.len);
        else if (rc == OD_ETOOBIG)
            rc = od_error_set(OD_EINVAL, "receiver_address: too long");
        od_buf_free(&b);
    }
    free(town);
    if (rc == 0 && (to->name || to->phone || to->province || to->city || to->address))
        rc = od_str_set(&to->country, "CN", 2);
    return rc;
}

/* The buyer's invoice: invoice_name (发票抬头), invoice_kind (1 电子发票,
 * 2 纸质发票), invoice_type (a type name od_invoice_type_canon knows, else
 * ignored). A trade with a title or a kind asks for one. */
static int read_invoice(struct json_object *j, struct od_order *o)
{
    const char *kind = od_json_text(j, "invoice_kind");
    const char *type = od_invoice_type_canon(od_json_text(j, "invoice_type"));
    const char *medium = NULL;
    int rc;

    if (kind && strcmp(kind, "1") == 0)
        medium = "electronic";
    else if (kind && strcmp(kind, "2") == 0)
        medium = "paper";
    rc = get_filled(j, "invoice_name", NULL, &o->invoice.title);
    if (rc == 0 && medium)
        rc = od_str_set(&o->invoice.medium, medium, strlen(medium));
    if (rc == 0 && type && (o->invoice.title || medium))
        rc = od_str_set(&o->invoice.type, type, strlen(type));
    return rc;
}

int taobao_normalize(struct json_object *j, const char *channel, struct od_order **out)
{
    struct od_order *o = od_order_new();
    const char *status;
    od_money discount_fee = OD_MONEY_NONE, adjust_fee = OD_MONEY_NONE;
    bool all_refunded = false;
    size_t i;
    int rc;

    if (!o)
        return od_error_set(OD_ENOMEM, "out of memory");
    if (!json_object_is_type(j, json_type_object)) {
        rc = od_error_set(OD_EINVAL, "trade: expected an object");
        goto out;
    }
    rc = od_str_set(&o->channel, channel, strlen(channel));
    if (rc < 0)
        goto out;
    rc = get_filled(j, "tid_str", NULL, &o->external_id);
    if (rc == 0 && !o->external_id)
        rc = get_filled(j, "tid", NULL, &o->external_id);
    if (rc == 0 && !o->external_id)
        rc = od_error_set(OD_EINVAL, "tid: missing");
    if (rc == 0)
        rc = get_filled(j, "modified", NULL, &o->revision);
    if (rc == 0)
        rc = get_time(j, "created", &o->placed_at);
    if (rc == 0)
        rc = get_time(j, "pay_time", &o->paid_at);
    if (rc == 0)
        rc = get_time(j, "modified", &o->updated_at);
    if (rc < 0)
        goto out;
    status = od_json_text(j, "status");
    for (i = 0; i < sizeof(status_map) / sizeof(status_map[0]); i++)
        if (status && strcmp(status, status_map[i].top) == 0)
            o->status = status_map[i].status;
    if (o->status == OD_STATUS_NONE) {
        rc = od_error_set(OD_EINVAL, "status: '%.64s' is not a Taobao trade status",
                          status ? status : "");
        goto out;
    }
    rc = od_str_set(&o->channel_status, status, strlen(status));
    if (rc < 0)
        goto out;
    memcpy(o->currency, "CNY", 4);
    /* payment = total_fee - discount_fee + post_fee + adjust_fee: the
     * seller's adjustment (negative = cheaper) counts as discount. */
    rc = od_json_get_money(j, "payment", "payment", &o->total);
    if (rc == 0 && o->total == OD_MONEY_NONE)
        rc = od_error_set(OD_EINVAL, "payment: missing");
    if (rc == 0)
        rc = od_json_get_money(j, "total_fee", "total_fee", &o->subtotal);
    if (rc == 0)
        rc = od_json_get_money(j, "post_fee", "post_fee", &o->shipping);
    if (rc == 0)
        rc = od_json_get_money(j, "discount_fee", "discount_fee", &discount_fee);
    if (rc == 0)
        rc = od_json_get_money(j, "adjust_fee", "adjust_fee", &adjust_fee);
    if (rc < 0)
        goto out;
    if (discount_fee != OD_MONEY_NONE || adjust_fee != OD_MONEY_NONE) {
        od_money d = discount_fee != OD_MONEY_NONE ? discount_fee : 0;
        od_money a = adjust_fee != OD_MONEY_NONE ? adjust_fee : 0;

        if (!od_money_add(d, -a, &o->discount)) {
            rc = od_error_set(OD_EINVAL, "discount_fee, adjust_fee: out of range");
            goto out;
        }
    }
    o->tax = 0;
    rc = get_filled(j, "buyer_open_uid", NULL, &o->customer.ref);
    if (rc == 0)
        rc = get_filled(j, "buyer_nick", NULL, &o->customer.name);
    if (rc == 0)
        rc = read_receiver(j, o);
    if (rc == 0)
        rc = get_filled(j, "buyer_message", NULL, &o->buyer_note);
    if (rc == 0)
        rc = get_filled(j, "seller_memo", NULL, &o->seller_note);
    if (rc == 0)
        rc = read_invoice(j, o);
    if (rc == 0)
        rc = read_lines(j, o, &all_refunded);
    if (rc < 0)
        goto out;
    if (o->status == OD_STATUS_CANCELLED && all_refunded)
        o->status = OD_STATUS_REFUNDED;
    rc = od_order_finish(o);
    if (rc < 0)
        goto out;
    *out = o;
    o = NULL;
out:
    od_order_free(o);
    return rc;
}
