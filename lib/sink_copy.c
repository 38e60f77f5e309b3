/* The batch's orders staged by COPY (text format) into the typed
 * temporary tables of migration 22 (orderd_stage_open): one row per
 * order in pg_temp.orderd_batch, one per line in
 * pg_temp.orderd_batch_lines. Each column holds what `o ->> 'key'` of
 * the order's JSON gave orderd_stage(text, jsonb) before, so the two
 * paths store the same orders; orderd_stage(text) then decides the
 * actions (docs/exactly-once.md). */
#include <json-c/json.h>
#include <libpq-fe.h>
#include <stdio.h>
#include <string.h>

#include "buf.h"
#include "error.h"
#include "sink_int.h"
#include "store_int.h"

/* Flush the COPY stream at this many bytes. */
#define COPY_CHUNK ((size_t)256 * 1024)
/* No row of the stream may grow the buffer beyond this. */
#define COPY_ROW_MAX ((size_t)1 << 30)

struct copyw {
    PGconn *conn;
    struct od_buf b;
    int rc; /* the first failure; once set, nothing more is written */
};

/* A field's text with the COPY text format's escapes: backslash, tab,
 * newline and carriage return (the other bytes stand for themselves). */
static void put_text(struct copyw *w, const char *s, size_t n)
{
    size_t start = 0;

    for (size_t i = 0; i < n && w->rc == 0; i++) {
        const char *e;

        switch (s[i]) {
        case '\\':
            e = "\\\\";
            break;
        case '\t':
            e = "\\t";
            break;
        case '\n':
            e = "\\n";
            break;
        case '\r':
            e = "\\r";
            break;
        default:
            continue;
        }
        if (od_buf_add(&w->b, s + start, i - start) < 0 || od_buf_adds(&w->b, e) < 0)
            w->rc = OD_ENOMEM;
        start = i + 1;
    }
    if (w->rc == 0 && od_buf_add(&w->b, s + start, n - start) < 0)
        w->rc = OD_ENOMEM;
}

static void put_raw(struct copyw *w, const char *s)
{
    if (w->rc == 0 && od_buf_adds(&w->b, s) < 0)
        w->rc = OD_ENOMEM;
}

/* The separator before every field but the first of a row. */
static void sep(struct copyw *w, bool first)
{
    if (!first)
        put_raw(w, "\t");
}

/* A JSON value as `->>` gives it: a string's characters, a number's or
 * a boolean's text, an object's or array's JSON; NULL for null. */
static void put_json_text(struct copyw *w, struct json_object *v)
{
    const char *t;

    switch (json_object_get_type(v)) {
    case json_type_null:
        put_raw(w, "\\N");
        return;
    case json_type_string:
        put_text(w, json_object_get_string(v), (size_t)json_object_get_string_len(v));
        return;
    default:
        t = json_object_to_json_string_ext(v, JSON_C_TO_STRING_PLAIN);
        put_text(w, t, strlen(t));
        return;
    }
}

/* `o #>> '{group,key}'` (group NULL: `o ->> 'key'`). */
static void put_field(struct copyw *w, struct json_object *o, const char *group, const char *key)
{
    struct json_object *v = NULL;

    if (group &&
        (!json_object_object_get_ex(o, group, &o) || !json_object_is_type(o, json_type_object)))
        o = NULL;
    if (o)
        json_object_object_get_ex(o, key, &v);
    put_json_text(w, v);
}

/* The tags as a text[] literal: {"a","b\"c"}; {} when there are none. */
static void put_tags(struct copyw *w, struct json_object *o)
{
    struct json_object *tags = NULL;
    struct od_buf lit;
    int rc = 0;

    od_buf_init(&lit, COPY_ROW_MAX);
    rc = od_buf_addc(&lit, '{');
    if (json_object_object_get_ex(o, "tags", &tags) && json_object_is_type(tags, json_type_array))
        for (size_t i = 0; i < json_object_array_length(tags) && rc == 0; i++) {
            struct json_object *t = json_object_array_get_idx(tags, i);

            if (i > 0)
                rc = od_buf_addc(&lit, ',');
            if (rc < 0)
                break;
            if (json_object_is_type(t, json_type_null))
                rc = od_buf_adds(&lit, "NULL");
            else
                rc = sink_array_elem(
                    &lit, json_object_is_type(t, json_type_string)
                              ? json_object_get_string(t)
                              : json_object_to_json_string_ext(t, JSON_C_TO_STRING_PLAIN));
        }
    if (rc == 0)
        rc = od_buf_addc(&lit, '}');
    if (rc < 0)
        w->rc = OD_ENOMEM;
    else
        put_text(w, lit.data, lit.len);
    od_buf_free(&lit);
}

/* A bytea in its hex form, \x0a1b..., with the backslash escaped. */
static void put_bytea(struct copyw *w, const unsigned char *p, size_t n)
{
    static const char hex[] = "0123456789abcdef";

    if (!p) {
        put_raw(w, "\\N");
        return;
    }
    put_raw(w, "\\\\x");
    for (size_t i = 0; i < n && w->rc == 0; i++) {
        char h[2] = {hex[p[i] >> 4], hex[p[i] & 15]};

        if (od_buf_add(&w->b, h, 2) < 0)
            w->rc = OD_ENOMEM;
    }
}

static void end_row(struct copyw *w)
{
    put_raw(w, "\n");
    if (w->rc == 0 && w->b.len >= COPY_CHUNK) {
        if (PQputCopyData(w->conn, w->b.data, (int)w->b.len) != 1)
            w->rc = od_store_db_error(w->conn, NULL, "cannot send the batch");
        od_buf_reset(&w->b);
    }
}

static int copy_begin(PGconn *c, const char *sql)
{
    PGresult *r = PQexec(c, sql);
    int rc = 0;

    if (PQresultStatus(r) != PGRES_COPY_IN)
        rc = od_store_db_error(c, r, "cannot stage the batch");
    PQclear(r);
    return rc;
}

/* Send what is left and end the COPY; a failure of ours aborts it. */
static int copy_end(struct copyw *w)
{
    PGresult *r;
    int rc = w->rc;

    if (rc == OD_ENOMEM)
        rc = od_error_set(OD_ENOMEM, "out of memory staging the batch");
    if (rc == 0 && w->b.len && PQputCopyData(w->conn, w->b.data, (int)w->b.len) != 1)
        rc = od_store_db_error(w->conn, NULL, "cannot send the batch");
    od_buf_reset(&w->b);
    if (PQputCopyEnd(w->conn, rc == 0 ? NULL : "orderd could not write the batch") != 1 && rc == 0)
        rc = od_store_db_error(w->conn, NULL, "cannot send the batch");
    while ((r = PQgetResult(w->conn))) {
        if (PQresultStatus(r) != PGRES_COMMAND_OK && rc == 0)
            rc = od_store_db_error(w->conn, r, "cannot stage the batch");
        PQclear(r);
    }
    return rc;
}

static const char copy_orders[] =
    "COPY pg_temp.orderd_batch (ord, external_id, content_hash, doc, revision, status,"
    " channel_status, placed_at, paid_at, updated_at, currency, subtotal, shipping, discount,"
    " tax, total, customer_ref, customer_name, customer_phone, customer_email, ship_name,"
    " ship_phone, ship_country, ship_province, ship_city, ship_district, ship_address,"
    " ship_postal_code, buyer_note, seller_note, priority, tags, extraction, invoice_type,"
    " invoice_medium, invoice_title, invoice_tax_id, invoice_email, invoice_address,"
    " invoice_phone, invoice_bank, invoice_account, raw) FROM STDIN";

static const char copy_lines[] =
    "COPY pg_temp.orderd_batch_lines (ord, line_no, sku, channel_sku, title, qty, unit_price,"
    " discount, total) FROM STDIN";

/* The fields after doc, in copy_orders' order: {group, key}. */
static const char *const order_fields[][2] = {
    {NULL, "revision"},      {NULL, "status"},        {NULL, "channel_status"},
    {NULL, "placed_at"},     {NULL, "paid_at"},       {NULL, "updated_at"},
    {NULL, "currency"},      {NULL, "subtotal"},      {NULL, "shipping"},
    {NULL, "discount"},      {NULL, "tax"},           {NULL, "total"},
    {"customer", "ref"},     {"customer", "name"},    {"customer", "phone"},
    {"customer", "email"},   {"ship_to", "name"},     {"ship_to", "phone"},
    {"ship_to", "country"},  {"ship_to", "province"}, {"ship_to", "city"},
    {"ship_to", "district"}, {"ship_to", "address"},  {"ship_to", "postal_code"},
    {NULL, "buyer_note"},    {NULL, "seller_note"},   {NULL, "priority"},
};

static const char *const invoice_fields[] = {"type",    "medium", "title", "tax_id", "email",
                                             "address", "phone",  "bank",  "account"};

static const char *const line_fields[] = {"line_no", "sku",        "channel_sku", "title",
                                          "qty",     "unit_price", "discount",    "total"};

static void order_row(struct copyw *w, size_t ord, const struct sink_copy_order *c)
{
    struct json_object *o = c->json, *x = NULL;
    char n[32];

    snprintf(n, sizeof(n), "%zu", ord);
    put_raw(w, n);
    sep(w, false);
    put_field(w, o, NULL, "external_id");
    sep(w, false);
    if (c->hash && c->hash[0]) {
        put_raw(w, c->hash);
        sep(w, false);
        put_raw(w, "\\N");
    } else {
        const char *t = json_object_to_json_string_ext(o, JSON_C_TO_STRING_PLAIN);

        put_raw(w, "\\N");
        sep(w, false);
        put_text(w, t, strlen(t));
    }
    for (size_t i = 0; i < sizeof(order_fields) / sizeof(order_fields[0]); i++) {
        sep(w, false);
        put_field(w, o, order_fields[i][0], order_fields[i][1]);
    }
    sep(w, false);
    put_tags(w, o);
    sep(w, false);
    /* nullif(o -> 'extraction', 'null') */
    json_object_object_get_ex(o, "extraction", &x);
    put_json_text(w, x);
    for (size_t i = 0; i < sizeof(invoice_fields) / sizeof(invoice_fields[0]); i++) {
        sep(w, false);
        put_field(w, o, "invoice", invoice_fields[i]);
    }
    sep(w, false);
    put_bytea(w, c->raw, c->raw_len);
    end_row(w);
}

static void line_rows(struct copyw *w, size_t ord, struct json_object *o)
{
    struct json_object *lines = NULL;
    char n[32];

    if (!json_object_object_get_ex(o, "lines", &lines) ||
        !json_object_is_type(lines, json_type_array))
        return;
    snprintf(n, sizeof(n), "%zu", ord);
    for (size_t i = 0; i < json_object_array_length(lines) && w->rc == 0; i++) {
        struct json_object *l = json_object_array_get_idx(lines, i);

        put_raw(w, n);
        for (size_t k = 0; k < sizeof(line_fields) / sizeof(line_fields[0]); k++) {
            sep(w, false);
            put_field(w, json_object_is_type(l, json_type_object) ? l : NULL, NULL, line_fields[k]);
        }
        end_row(w);
    }
}

int sink_copy_stage(struct od_store *s, const struct sink_copy_order *orders, size_t n)
{
    struct copyw w = {.conn = od_store_conn(s), .rc = 0};
    PGresult *r = NULL;
    int rc;

    rc = sink_query(s, "cannot open the staging tables", "SELECT orderd_stage_open()", 0, NULL, &r);
    PQclear(r);
    if (rc < 0)
        return rc;
    od_buf_init(&w.b, COPY_ROW_MAX);
    if ((rc = copy_begin(w.conn, copy_orders)) < 0)
        goto out;
    for (size_t i = 0; i < n && w.rc == 0; i++)
        order_row(&w, i + 1, &orders[i]);
    if ((rc = copy_end(&w)) < 0)
        goto out;
    if ((rc = copy_begin(w.conn, copy_lines)) < 0)
        goto out;
    for (size_t i = 0; i < n && w.rc == 0; i++)
        line_rows(&w, i + 1, orders[i].json);
    rc = copy_end(&w);
out:
    od_buf_free(&w.b);
    return rc;
}
