/* The invoice requests to issue (see invoicelist.h). */
#include "invoicelist.h"

#include <json-c/json.h>
#include <string.h>

#include "buf.h"
#include "csv.h"
#include "error.h"
#include "json.h"
#include "money.h"
#include "store_int.h"

static const char invoices_sql[] =
    OD_ORDER_SELECT " FROM orders o"
                    " WHERE o.invoice_type IS NOT NULL"
                    "   AND ($1::boolean OR o.invoice_type IN ('normal', 'special'))"
                    "   AND ($2::text IS NULL OR o.channel = $2)"
                    "   AND ($3::timestamptz IS NULL OR coalesce(o.placed_at, o.created_at) >= $3)"
                    "   AND ($4::timestamptz IS NULL OR coalesce(o.placed_at, o.created_at) < $4)"
                    " ORDER BY coalesce(o.placed_at, o.created_at), o.id"
                    " LIMIT $5::bigint";

int od_invoice_list(struct od_store *s, const struct od_invoice_filter *f, od_order_cb cb, void *ud)
{
    char since[OD_TIME_STRLEN], until[OD_TIME_STRLEN], limit[32];
    const char *p[5];

    snprintf(limit, sizeof(limit), "%lld", (long long)f->limit);
    p[0] = f->all ? "true" : "false";
    p[1] = f->channel;
    p[2] = f->since != OD_TIME_NONE ? od_time_format(f->since, since) : NULL;
    p[3] = f->until != OD_TIME_NONE ? od_time_format(f->until, until) : NULL;
    p[4] = f->limit > 0 ? limit : NULL;
    return od_store_each_order(s, "cannot list invoice requests", invoices_sql, 5, p, cb, ud);
}

const char *const od_invoice_csv_columns[] = {
    "发票流水号",         /* CHANNEL/EXTERNAL_ID: unique, and what `review show` takes */
    "发票类型",           /* 增值税专用发票 | 普通发票 | 不开票 */
    "发票介质",           /* 电子 | 纸质 | empty */
    "是否含税",           /* 是: order totals include tax */
    "购买方名称",         /* 抬头 */
    "购买方纳税人识别号", /* 税号 */
    "购买方地址",         "购买方电话", "购买方开户银行", "购买方银行账号", "购买方邮箱",
    "价税合计",           "币种",       "备注", /* 订单 EXTERNAL_ID */
    "下单时间",           "审单结果",   "渠道",           "订单号",         NULL,
};

static const char *type_zh(const char *type)
{
    if (type && strcmp(type, "special") == 0)
        return "增值税专用发票";
    if (type && strcmp(type, "normal") == 0)
        return "普通发票";
    return "不开票";
}

static const char *medium_zh(const char *medium)
{
    if (medium && strcmp(medium, "electronic") == 0)
        return "电子";
    if (medium && strcmp(medium, "paper") == 0)
        return "纸质";
    return NULL;
}

static int add_record(struct od_buf *b, const char *const *v, size_t n)
{
    int rc = 0;

    for (size_t i = 0; rc == 0 && i < n; i++) {
        if (i)
            rc = od_buf_addc(b, ',');
        if (rc == 0)
            rc = od_csv_add_text(b, v[i]); /* titles and addresses are the buyers' */
    }
    if (rc == 0)
        rc = od_buf_adds(b, "\r\n");
    return rc;
}

#define N_COLS (sizeof(od_invoice_csv_columns) / sizeof(od_invoice_csv_columns[0]) - 1)

int od_invoice_csv_head(struct od_buf *b)
{
    int rc = od_buf_adds(b, "\xEF\xBB\xBF");

    return rc < 0 ? rc : add_record(b, od_invoice_csv_columns, N_COLS);
}

int od_invoice_csv_row(struct od_buf *b, const struct od_order *o, const char *tz)
{
    const struct od_invoice *v = &o->invoice;
    char serial[512], note[512], total[OD_MONEY_STRLEN], placed[OD_TIME_STRLEN] = "";
    const char *row[N_COLS];
    size_t n = 0;

    snprintf(serial, sizeof(serial), "%s/%s", o->channel ? o->channel : "",
             o->external_id ? o->external_id : "");
    snprintf(note, sizeof(note), "订单 %s", o->external_id ? o->external_id : "");
    od_money_format(o->total, total);
    if (o->placed_at != OD_TIME_NONE)
        od_time_format_tz(o->placed_at, tz, placed);
    row[n++] = serial;
    row[n++] = type_zh(v->type);
    row[n++] = medium_zh(v->medium);
    row[n++] = "是";
    row[n++] = v->title;
    row[n++] = v->tax_id;
    row[n++] = v->address;
    row[n++] = v->phone;
    row[n++] = v->bank;
    row[n++] = v->account;
    row[n++] = v->email;
    row[n++] = total;
    row[n++] = o->currency;
    row[n++] = note;
    row[n++] = placed;
    row[n++] = o->audit.outcome;
    row[n++] = o->channel;
    row[n++] = o->external_id;
    _Static_assert(N_COLS == 18, "a value for each column");
    return add_record(b, row, n);
}

int od_invoice_row_json(const struct od_order *o, struct json_object **out)
{
    struct json_object *full = NULL, *row = NULL, *v;
    static const char *const keys[] = {"id",    "channel",  "external_id", "placed_at",
                                       "total", "currency", "invoice",     NULL};
    int rc;

    rc = od_order_to_json(o, &full);
    if (rc < 0)
        goto out;
    row = json_object_new_object();
    if (!row) {
        rc = od_error_set(OD_ENOMEM, "out of memory");
        goto out;
    }
    for (size_t i = 0; keys[i]; i++) {
        v = NULL;
        json_object_object_get_ex(full, keys[i], &v);
        if (json_object_object_add(row, keys[i], json_object_get(v)) < 0) {
            rc = od_error_set(OD_ENOMEM, "out of memory");
            goto out;
        }
    }
    if (json_object_object_add(row, "outcome",
                               o->audit.outcome ? json_object_new_string(o->audit.outcome) : NULL) <
        0) {
        rc = od_error_set(OD_ENOMEM, "out of memory");
        goto out;
    }
    *out = row;
    row = NULL;
out:
    json_object_put(row);
    json_object_put(full);
    return rc;
}
