/* 京东 order (jingdong.pop.order.search orderInfoList[]) -> normalized
 * order.
 *
 * Status (orderState):
 *   WAIT_SELLER_STOCK_OUT 等待出库, WAIT_SELLER_DELIVERY 等待发货,
 *   WAIT_SEND_CODE 等待发码                                  -> paid
 *   SEND_TO_DISTRIBUTION_CENER 发往配送中心,
 *   DISTRIBUTION_CENTER_RECEIVED 配送中心已收货,
 *   WAIT_GOODS_RECEIVE_CONFIRM 等待确认收货                  -> shipped
 *   RECEIPTS_CONFIRM 收款确认, FINISHED_L 完成               -> completed
 *   TRADE_CANCELED 取消                                      -> cancelled
 *   LOCKED 已锁定, POP_ORDER_PAUSE pop业务暂停, PAUSE 暂停     -> cancelled
 * The last three are held by the platform (a cancellation under review,
 * a suspended order): they must not be shipped. When JD releases such an
 * order it goes back to WAIT_SELLER_STOCK_OUT with a new `modified`, and
 * the order is stored as paid again (a status event).
 *
 * Amounts are yuan strings ("12.30"), read exactly into fen. Times are
 * GMT+8 "yyyy-MM-dd HH:mm:ss". The receiver (consigneeInfo) is stored as
 * JD gives it: masked values for display, never logged. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "error.h"
#include "jd.h"
#include "json.h"

/* 0001-01-01T00:00:00Z, the earliest time od_time_format() prints. */
#define EARLIEST_US (INT64_C(-62135596800) * 1000000)

static const struct {
    const char *state;
    enum od_status status;
} status_map[] = {
    {"WAIT_SELLER_STOCK_OUT", OD_STATUS_PAID},
    {"WAIT_SELLER_DELIVERY", OD_STATUS_PAID},
    {"WAIT_SEND_CODE", OD_STATUS_PAID},
    {"SEND_TO_DISTRIBUTION_CENER", OD_STATUS_SHIPPED},
    {"DISTRIBUTION_CENTER_RECEIVED", OD_STATUS_SHIPPED},
    {"WAIT_GOODS_RECEIVE_CONFIRM", OD_STATUS_SHIPPED},
    {"RECEIPTS_CONFIRM", OD_STATUS_COMPLETED},
    {"FINISHED_L", OD_STATUS_COMPLETED},
    {"TRADE_CANCELED", OD_STATUS_CANCELLED},
    {"LOCKED", OD_STATUS_CANCELLED},
    {"POP_ORDER_PAUSE", OD_STATUS_CANCELLED},
    {"PAUSE", OD_STATUS_CANCELLED},
};

enum od_status jd_status(const char *state)
{
    if (!state)
        return OD_STATUS_NONE;
    for (size_t i = 0; i < sizeof(status_map) / sizeof(status_map[0]); i++)
        if (strcmp(status_map[i].state, state) == 0)
            return status_map[i].status;
    return OD_STATUS_NONE;
}

int jd_time_parse(const char *s, od_time *out)
{
    size_t len = strlen(s);
    /* An offset can only follow the time of day (the date has '-'). */
    bool has_offset = len > 10 && strpbrk(s + 10, "Zz+-") != NULL;
    od_time t;
    int rc;

    rc = od_time_parse(s, len, NULL, &t);
    if (rc < 0)
        return rc;
    if (!has_offset) {
        if (t < EARLIEST_US + JD_GMT8_US)
            return od_error_set(OD_EINVAL, "'%s' is out of range", s);
        t -= JD_GMT8_US;
    }
    *out = t;
    return 0;
}

char *jd_time_format(od_time t, bool millis, char *buf, size_t len)
{
    int64_t us = t + JD_GMT8_US;
    int64_t secs = us / 1000000 - (us % 1000000 < 0);
    int ms = (int)((us - secs * 1000000) / 1000);
    time_t tt = (time_t)secs;
    struct tm tm;

    if (len == 0)
        return buf;
    buf[0] = '\0';
    if (!gmtime_r(&tt, &tm))
        return buf;
    if (millis)
        snprintf(buf, len, "%04d-%02d-%02d %02d:%02d:%02d.%03d+0800", tm.tm_year + 1900,
                 tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec, ms);
    else
        snprintf(buf, len, "%04d-%02d-%02d %02d:%02d:%02d", tm.tm_year + 1900, tm.tm_mon + 1,
                 tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec);
    return buf;
}

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

/* A yuan amount ("12.30" or 12.30, read exactly); absent, null or "" ->
 * OD_MONEY_NONE. */
static int yuan(struct json_object *o, const char *key, const char *path, od_money *out)
{
    const char *v = od_json_text(o, key);

    *out = OD_MONEY_NONE;
    if (member(o, key) && !v)
        return od_error_set(OD_EINVAL, "%s: expected an amount", path);
    if (!filled(v))
        return 0;
    return od_json_get_money(o, key, path, out);
}

/* A GMT+8 time; absent or "" -> OD_TIME_NONE, and so are the
 * placeholders for "not set" at or before 1970-01-01T00:00:00Z. */
static int time_field(struct json_object *o, const char *key, od_time *out)
{
    const char *v = od_json_text(o, key);
    od_time t;

    *out = OD_TIME_NONE;
    if (!filled(v))
        return 0;
    if (jd_time_parse(v, &t) < 0)
        return od_error_wrap(OD_EINVAL, "%s", key);
    if (t > 0)
        *out = t;
    return 0;
}

static int read_line(struct json_object *it, size_t i, struct od_order *o)
{
    const char *sku_id = od_json_text(it, "skuId");
    const char *sku = od_json_text(it, "outerSkuId");
    const char *qty = od_json_text(it, "itemTotal");
    od_money price = OD_MONEY_NONE;
    struct od_line *l;
    char path[64], *end = NULL;
    long long q = 0;
    int rc;

    snprintf(path, sizeof(path), "itemInfoList[%zu]", i);
    if (!json_object_is_type(it, json_type_object))
        return od_error_set(OD_EINVAL, "%s: expected an object", path);
    if (!filled(sku))
        sku = sku_id;
    if (!filled(sku))
        return od_error_set(OD_EINVAL, "%s: no outerSkuId or skuId", path);
    if (qty)
        q = strtoll(qty, &end, 10);
    if (!qty || !*qty || *end || q <= 0 || q > 1000000000LL)
        return od_error_set(OD_EINVAL, "%s: itemTotal '%.32s' is not a positive integer", path,
                            qty ? qty : "");
    snprintf(path, sizeof(path), "itemInfoList[%zu].jdPrice", i);
    rc = yuan(it, "jdPrice", path, &price);
    if (rc < 0)
        return rc;
    if (price == OD_MONEY_NONE)
        return od_error_set(OD_EINVAL, "itemInfoList[%zu]: no jdPrice", i);
    if (price < 0)
        return od_error_set(OD_EINVAL, "%s: negative", path);
    rc = od_order_add_line(o, &l);
    if (rc < 0)
        return rc;
    l->qty = q;
    l->unit_price = od_price_from_money(price);
    rc = od_str_set(&l->sku, sku, strlen(sku));
    if (rc == 0)
        rc = set_filled(&l->channel_sku, sku_id);
    if (rc == 0)
        rc = set_filled(&l->title, od_json_text(it, "skuName"));
    return rc;
}

static int read_lines(struct json_object *list, struct od_order *o)
{
    size_t n;
    int rc = 0;

    if (!list || !json_object_is_type(list, json_type_array))
        return od_error_set(OD_EINVAL, "itemInfoList: expected an array");
    n = json_object_array_length(list);
    for (size_t i = 0; i < n && rc == 0; i++)
        rc = read_line(json_object_array_get_idx(list, i), i, o);
    return rc;
}

static int read_consignee(struct json_object *c, struct od_order *o)
{
    const char *phone = od_json_text(c, "mobile");
    int rc;

    if (c && !json_object_is_type(c, json_type_object))
        return od_error_set(OD_EINVAL, "consigneeInfo: expected an object");
    if (!filled(phone))
        phone = od_json_text(c, "telephone");
    rc = set_filled(&o->ship_to.name, od_json_text(c, "fullname"));
    if (rc == 0)
        rc = set_filled(&o->ship_to.phone, phone);
    if (rc == 0)
        rc = set_filled(&o->ship_to.province, od_json_text(c, "province"));
    if (rc == 0)
        rc = set_filled(&o->ship_to.city, od_json_text(c, "city"));
    if (rc == 0)
        rc = set_filled(&o->ship_to.district, od_json_text(c, "county"));
    if (rc == 0)
        rc = set_filled(&o->ship_to.address, od_json_text(c, "fullAddress"));
    if (rc == 0 && (o->ship_to.province || o->ship_to.address))
        rc = od_str_set(&o->ship_to.country, "CN", 2);
    return rc;
}

/* The buyer's invoice: invoiceEasyInfo {invoiceType, invoiceTitle,
 * invoiceCode (税号), invoiceConsigneeEmail, invoiceConsigneePhone} and,
 * for a 专票, vatInfo {vatNo, addressRegIstered (sic), phoneRegIstered,
 * depositBank, bankAccount}. invoiceType "2" is a 专票, "1" a 普票, "3" an
 * electronic 普票, "0" none (the values are not confirmed by the
 * platform's documentation; see docs/jd.md). */
static int read_invoice(struct json_object *j, struct od_order *o)
{
    struct json_object *e = member(j, "invoiceEasyInfo"), *vat = member(j, "vatInfo");
    struct od_invoice *v = &o->invoice;
    const char *t = od_json_text(e, "invoiceType"), *type = NULL;
    int rc = 0;

    if (t && strcmp(t, "0") == 0)
        type = "none";
    else if (t && (strcmp(t, "1") == 0 || strcmp(t, "3") == 0))
        type = "normal";
    else if (t && strcmp(t, "2") == 0)
        type = "special";
    if (type && !filled(od_json_text(e, "invoiceTitle")) && strcmp(type, "none") != 0 && !vat)
        type = NULL; /* a type without anything else is no request we can read */
    if (type)
        rc = od_str_set(&v->type, type, strlen(type));
    if (rc == 0 && t && strcmp(t, "3") == 0)
        rc = od_str_set(&v->medium, "electronic", 10);
    if (rc == 0)
        rc = set_filled(&v->title, od_json_text(e, "invoiceTitle"));
    if (rc == 0)
        rc = set_filled(&v->tax_id, od_json_text(e, "invoiceCode"));
    if (rc == 0)
        rc = set_filled(&v->email, od_json_text(e, "invoiceConsigneeEmail"));
    if (rc == 0 && !v->tax_id)
        rc = set_filled(&v->tax_id, od_json_text(vat, "vatNo"));
    if (rc == 0)
        rc = set_filled(&v->address, od_json_text(vat, "addressRegIstered"));
    if (rc == 0)
        rc = set_filled(&v->phone, od_json_text(vat, "phoneRegIstered"));
    if (rc == 0)
        rc = set_filled(&v->bank, od_json_text(vat, "depositBank"));
    if (rc == 0)
        rc = set_filled(&v->account, od_json_text(vat, "bankAccount"));
    return rc;
}

int jd_normalize(struct json_object *j, const char *channel, struct od_order **out)
{
    struct od_order *o = od_order_new();
    const char *state = od_json_text(j, "orderState");
    const char *modified = od_json_text(j, "modified");
    int rc;

    if (!o)
        return od_error_set(OD_ENOMEM, "out of memory");
    if (!json_object_is_type(j, json_type_object)) {
        rc = od_error_set(OD_EINVAL, "order: expected an object");
        goto out;
    }
    rc = od_str_set(&o->channel, channel, strlen(channel));
    if (rc == 0)
        rc = od_json_get_str(j, "orderId", "orderId", &o->external_id);
    if (rc == 0 && !filled(o->external_id))
        rc = od_error_set(OD_EINVAL, "orderId: missing");
    if (rc == 0 && !filled(modified))
        rc = od_error_set(OD_EINVAL, "modified: missing");
    if (rc == 0)
        rc = time_field(j, "modified", &o->updated_at);
    if (rc == 0)
        rc = od_str_set(&o->revision, modified, strlen(modified));
    if (rc == 0)
        rc = time_field(j, "orderStartTime", &o->placed_at);
    if (rc == 0)
        rc = time_field(j, "paymentConfirmTime", &o->paid_at);
    if (rc < 0)
        goto out;
    o->status = jd_status(state);
    if (o->status == OD_STATUS_NONE) {
        rc = od_error_set(OD_EINVAL, "orderState: '%.64s' is not a known JD order state",
                          state ? state : "");
        goto out;
    }
    rc = od_str_set(&o->channel_status, state, strlen(state));
    memcpy(o->currency, "CNY", 4);
    if (rc == 0)
        rc = yuan(j, "orderTotalPrice", "orderTotalPrice", &o->subtotal);
    if (rc == 0)
        rc = yuan(j, "freightPrice", "freightPrice", &o->shipping);
    if (rc == 0)
        rc = yuan(j, "sellerDiscount", "sellerDiscount", &o->discount);
    if (rc == 0)
        rc = yuan(j, "orderPayment", "orderPayment", &o->total);
    if (rc == 0)
        rc = set_filled(&o->customer.ref, od_json_text(j, "pin"));
    if (rc == 0)
        rc = read_consignee(member(j, "consigneeInfo"), o);
    if (rc == 0)
        rc = set_filled(&o->buyer_note, od_json_text(j, "orderRemark"));
    if (rc == 0)
        rc = set_filled(&o->seller_note, od_json_text(j, "venderRemark"));
    if (rc == 0)
        rc = read_invoice(j, o);
    if (rc == 0)
        rc = read_lines(member(j, "itemInfoList"), o);
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
