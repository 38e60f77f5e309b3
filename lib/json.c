/* The normalized order as JSON (see json.h and DESIGN.md).
 *
 * Writing builds the json-c object key by key in the documented order
 * (json-c objects keep insertion order). Reading walks the input object
 * through declarative field tables, one per nested object, so that every
 * key is either known or an error listing the known ones.
 *
 * Money given as a JSON number is read from its source text: json-c keeps
 * the literal of a parsed double (json_object_new_double_s) and
 * json_object_get_string() returns it, so 12.3 reaches od_money_parse()
 * as "12.3" and never passes through a double. */
#include "json.h"

#include <limits.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "error.h"
#include "fieldpath.h"

#define JSON_DEPTH     32
#define PATH_MAX_LEN   160
#define JSON_TO_STRING (JSON_C_TO_STRING_PLAIN | JSON_C_TO_STRING_NOSLASHESCAPE)

/* ---- writing ---------------------------------------------------------- */

/* Add `val` (NULL for JSON null when `null_ok`) under `key`; a NULL val
 * when a value was expected means allocation failed. Does nothing once
 * *rc holds an error, so a sequence of puts is checked once at the end. */
static void put(int *rc, struct json_object *obj, const char *key, struct json_object *val,
                bool null_ok)
{
    if (*rc < 0) {
        json_object_put(val);
        return;
    }
    if (!val && !null_ok) {
        *rc = od_error_set(OD_ENOMEM, "out of memory building JSON key %s", key);
        return;
    }
    if (json_object_object_add(obj, key, val) != 0) {
        json_object_put(val);
        *rc = od_error_set(OD_ENOMEM, "out of memory adding JSON key %s", key);
    }
}

static void put_str(int *rc, struct json_object *obj, const char *key, const char *s)
{
    put(rc, obj, key, s ? json_object_new_string(s) : NULL, !s);
}

static void put_time(int *rc, struct json_object *obj, const char *key, od_time t)
{
    char buf[OD_TIME_STRLEN];

    if (t == OD_TIME_NONE)
        put(rc, obj, key, NULL, true);
    else
        put(rc, obj, key, json_object_new_string(od_time_format(t, buf)), false);
}

static void put_money(int *rc, struct json_object *obj, const char *key, od_money m)
{
    char buf[OD_MONEY_STRLEN];

    if (m == OD_MONEY_NONE)
        put(rc, obj, key, NULL, true);
    else
        put(rc, obj, key, json_object_new_string(od_money_format(m, buf)), false);
}

static void put_price(int *rc, struct json_object *obj, const char *key, od_price p)
{
    char buf[OD_MONEY_STRLEN];

    if (od_price_is_none(p))
        put(rc, obj, key, NULL, true);
    else
        put(rc, obj, key, json_object_new_string(od_price_format(p, buf)), false);
}

static void put_int(int *rc, struct json_object *obj, const char *key, int64_t v)
{
    put(rc, obj, key, json_object_new_int64(v), false);
}

static struct json_object *party_to_json(int *rc, const struct od_party *p)
{
    struct json_object *obj = json_object_new_object();

    if (!obj)
        return NULL;
    put_str(rc, obj, "ref", p->ref);
    put_str(rc, obj, "name", p->name);
    put_str(rc, obj, "phone", p->phone);
    put_str(rc, obj, "email", p->email);
    return obj;
}

static struct json_object *address_to_json(int *rc, const struct od_address *a)
{
    struct json_object *obj = json_object_new_object();

    if (!obj)
        return NULL;
    put_str(rc, obj, "name", a->name);
    put_str(rc, obj, "phone", a->phone);
    put_str(rc, obj, "country", a->country);
    put_str(rc, obj, "province", a->province);
    put_str(rc, obj, "city", a->city);
    put_str(rc, obj, "district", a->district);
    put_str(rc, obj, "address", a->address);
    put_str(rc, obj, "postal_code", a->postal_code);
    return obj;
}

static bool invoice_given(const struct od_invoice *v)
{
    return v->type || v->medium || v->title || v->tax_id || v->email || v->address || v->phone ||
           v->bank || v->account;
}

static struct json_object *invoice_to_json(int *rc, const struct od_invoice *v)
{
    struct json_object *obj = json_object_new_object();

    if (!obj)
        return NULL;
    put_str(rc, obj, "type", v->type);
    put_str(rc, obj, "medium", v->medium);
    put_str(rc, obj, "title", v->title);
    put_str(rc, obj, "tax_id", v->tax_id);
    put_str(rc, obj, "email", v->email);
    put_str(rc, obj, "address", v->address);
    put_str(rc, obj, "phone", v->phone);
    put_str(rc, obj, "bank", v->bank);
    put_str(rc, obj, "account", v->account);
    return obj;
}

static struct json_object *line_to_json(int *rc, const struct od_line *l)
{
    struct json_object *obj = json_object_new_object();

    if (!obj)
        return NULL;
    put_int(rc, obj, "line_no", l->line_no);
    put_str(rc, obj, "sku", l->sku);
    put_str(rc, obj, "channel_sku", l->channel_sku);
    put_str(rc, obj, "title", l->title);
    put_int(rc, obj, "qty", l->qty);
    put_price(rc, obj, "unit_price", l->unit_price);
    put_money(rc, obj, "discount", l->discount);
    put_money(rc, obj, "total", l->total);
    return obj;
}

/* Add `val` to array `arr` (a NULL val means allocation failed). */
static void append(int *rc, struct json_object *arr, struct json_object *val, const char *what)
{
    if (*rc < 0) {
        json_object_put(val);
        return;
    }
    if (!val || json_object_array_add(arr, val) != 0) {
        json_object_put(val);
        *rc = od_error_set(OD_ENOMEM, "out of memory building JSON %s", what);
    }
}

static struct json_object *audit_to_json(int *rc, const struct od_audit *a)
{
    struct json_object *obj = json_object_new_object();
    struct json_object *reasons = NULL;
    size_t i;

    if (!obj)
        return NULL;
    put_str(rc, obj, "outcome", a->outcome);
    reasons = json_object_new_array();
    put(rc, obj, "reasons", reasons, false);
    for (i = 0; *rc == 0 && i < a->n_reasons; i++) {
        const struct od_audit_reason *r = &a->reasons[i];
        struct json_object *ro = json_object_new_object();
        struct json_object *ev = NULL;

        append(rc, reasons, ro, "audit reasons");
        if (*rc < 0)
            break;
        put_str(rc, ro, "rule", r->rule);
        put_str(rc, ro, "message", r->message);
        if (r->evidence && *rc == 0) {
            int prc = od_json_parse(r->evidence, strlen(r->evidence), &ev);

            if (prc == 0 && !json_object_is_type(ev, json_type_object)) {
                json_object_put(ev);
                ev = NULL;
                prc = od_error_set(OD_EINVAL, "not an object");
            }
            if (prc < 0) {
                *rc = od_error_wrap(OD_EINVAL, "audit.reasons[%zu].evidence: stored text", i);
                break;
            }
        }
        put(rc, ro, "evidence", ev, r->evidence == NULL);
    }
    return obj;
}

/* {"doubts": [...], "sources": {...}}: sources is {} when not known. */
static struct json_object *extraction_to_json(int *rc, const struct od_extraction *x)
{
    struct json_object *obj = json_object_new_object();
    struct json_object *doubts = NULL, *src = NULL;

    if (!obj)
        return NULL;
    doubts = json_object_new_array();
    put(rc, obj, "doubts", doubts, false);
    for (size_t i = 0; *rc == 0 && i < x->n_doubts; i++)
        append(rc, doubts, json_object_new_string(x->doubts[i] ? x->doubts[i] : ""),
               "extraction doubts");
    if (*rc < 0)
        return obj;
    if (!x->sources) {
        src = json_object_new_object();
    } else if (od_json_parse(x->sources, strlen(x->sources), &src) < 0 ||
               !json_object_is_type(src, json_type_object)) {
        json_object_put(src);
        *rc = od_error_set(OD_EINVAL, "extraction.sources: the stored text is not a JSON object");
        return obj;
    }
    put(rc, obj, "sources", src, false);
    return obj;
}

int od_order_to_json(const struct od_order *o, struct json_object **out)
{
    struct json_object *obj = NULL, *arr;
    size_t i;
    int rc = 0;

    obj = json_object_new_object();
    if (!obj) {
        rc = od_error_set(OD_ENOMEM, "out of memory building an order's JSON");
        goto out;
    }
    if (o->id != 0)
        put_int(&rc, obj, "id", o->id);
    put_str(&rc, obj, "channel", o->channel);
    put_str(&rc, obj, "external_id", o->external_id);
    put_str(&rc, obj, "revision", o->revision);
    put_str(&rc, obj, "status", od_status_name(o->status));
    put_str(&rc, obj, "channel_status", o->channel_status);
    put_time(&rc, obj, "placed_at", o->placed_at);
    put_time(&rc, obj, "paid_at", o->paid_at);
    put_time(&rc, obj, "updated_at", o->updated_at);
    if (o->currency[0])
        put(&rc, obj, "currency",
            json_object_new_string_len(o->currency, (int)strnlen(o->currency, 3)), false);
    else
        put(&rc, obj, "currency", NULL, true);
    put_money(&rc, obj, "subtotal", o->subtotal);
    put_money(&rc, obj, "shipping", o->shipping);
    put_money(&rc, obj, "discount", o->discount);
    put_money(&rc, obj, "tax", o->tax);
    put_money(&rc, obj, "total", o->total);
    put(&rc, obj, "customer", party_to_json(&rc, &o->customer), false);
    put(&rc, obj, "ship_to", address_to_json(&rc, &o->ship_to), false);
    arr = json_object_new_array();
    put(&rc, obj, "lines", arr, false);
    for (i = 0; rc == 0 && i < o->n_lines; i++)
        append(&rc, arr, line_to_json(&rc, &o->lines[i]), "order lines");
    put_str(&rc, obj, "buyer_note", o->buyer_note);
    put_str(&rc, obj, "seller_note", o->seller_note);
    put_str(&rc, obj, "priority", o->priority);
    arr = json_object_new_array();
    put(&rc, obj, "tags", arr, false);
    for (i = 0; rc == 0 && i < o->n_tags; i++)
        append(&rc, arr, json_object_new_string(o->tags[i]), "tags");
    if (o->audit.outcome)
        put(&rc, obj, "audit", audit_to_json(&rc, &o->audit), false);
    if (o->extraction)
        put(&rc, obj, "extraction", extraction_to_json(&rc, o->extraction), false);
    if (invoice_given(&o->invoice))
        put(&rc, obj, "invoice", invoice_to_json(&rc, &o->invoice), false);
    if (rc < 0)
        goto out;
    *out = obj;
    obj = NULL;
out:
    json_object_put(obj);
    return rc;
}

/* ---- reading ---------------------------------------------------------- */

enum field_type {
    F_IGNORE,   /* accepted and ignored (id, channel) */
    F_STR,      /* char *: string or null */
    F_TIME,     /* od_time: time stamp string or null */
    F_MONEY,    /* od_money: decimal string, JSON number or null */
    F_STATUS,   /* enum od_status: status name or null */
    F_CURRENCY, /* char[4]: ISO 4217 code or null (= the default) */
    F_GROUP,    /* an object of field paths "NAME.key" (fieldpath.h), or null */
    F_LINES,    /* the order's lines: array of objects or null */
    F_LINE_NO,  /* int: the line's 1-based position, or null */
    F_QTY,      /* int64_t: positive integer or integral string */
    F_TAGS,     /* the order's tags: array of strings or null */
    F_AUDIT,    /* struct od_audit: object or null */
    F_OUTCOME,  /* char *: approved | held | rejected | pending, or null */
    F_REASONS,  /* the audit reasons: array of objects or null */
    F_EVIDENCE, /* char *: a JSON object (kept as text) or null */
    F_EXTRACT,  /* struct od_extraction *: object or null */
    F_DOUBTS,   /* the extraction's doubts: array of strings or null */
    F_SOURCES,  /* char *: object of strings (kept as text; {} = NULL) or null */
};

struct field {
    const char *name;
    enum field_type type;
    size_t offset;
};

#define FIELDS_END                                                                                 \
    {                                                                                              \
        NULL, F_IGNORE, 0                                                                          \
    }

static const struct field order_fields[] = {
    {"id", F_IGNORE, 0},
    {"channel", F_IGNORE, 0},
    {"external_id", F_STR, offsetof(struct od_order, external_id)},
    {"revision", F_STR, offsetof(struct od_order, revision)},
    {"status", F_STATUS, offsetof(struct od_order, status)},
    {"channel_status", F_STR, offsetof(struct od_order, channel_status)},
    {"placed_at", F_TIME, offsetof(struct od_order, placed_at)},
    {"paid_at", F_TIME, offsetof(struct od_order, paid_at)},
    {"updated_at", F_TIME, offsetof(struct od_order, updated_at)},
    {"currency", F_CURRENCY, offsetof(struct od_order, currency)},
    {"subtotal", F_MONEY, offsetof(struct od_order, subtotal)},
    {"shipping", F_MONEY, offsetof(struct od_order, shipping)},
    {"discount", F_MONEY, offsetof(struct od_order, discount)},
    {"tax", F_MONEY, offsetof(struct od_order, tax)},
    {"total", F_MONEY, offsetof(struct od_order, total)},
    {"customer", F_GROUP, 0},
    {"ship_to", F_GROUP, 0},
    {"lines", F_LINES, 0},
    {"buyer_note", F_STR, offsetof(struct od_order, buyer_note)},
    {"seller_note", F_STR, offsetof(struct od_order, seller_note)},
    {"priority", F_STR, offsetof(struct od_order, priority)},
    {"tags", F_TAGS, 0},
    {"audit", F_AUDIT, offsetof(struct od_order, audit)},
    {"extraction", F_EXTRACT, 0},
    {"invoice", F_GROUP, 0},
    FIELDS_END,
};

/* A line's keys besides its field paths "lines.key". */
static const struct field line_fields[] = {
    {"line_no", F_LINE_NO, offsetof(struct od_line, line_no)},
    FIELDS_END,
};

static const struct field audit_fields[] = {
    {"outcome", F_OUTCOME, offsetof(struct od_audit, outcome)},
    {"reasons", F_REASONS, 0},
    FIELDS_END,
};

static const struct field reason_fields[] = {
    {"rule", F_STR, offsetof(struct od_audit_reason, rule)},
    {"message", F_STR, offsetof(struct od_audit_reason, message)},
    {"evidence", F_EVIDENCE, offsetof(struct od_audit_reason, evidence)},
    FIELDS_END,
};

static const struct field extraction_fields[] = {
    {"doubts", F_DOUBTS, 0},
    {"sources", F_SOURCES, offsetof(struct od_extraction, sources)},
    FIELDS_END,
};

static const char *const outcomes[] = {"approved", "held", "rejected", "pending", NULL};

struct reader {
    const struct od_json_opts *opts;
    struct od_order *order;
};

static int read_object(struct reader *r, struct json_object *obj, const char *path,
                       const struct field *fields, void *base);

/* The field paths "GROUP.key" of fieldpath.c (adjacent in its table): of
 * the order (customer, ship_to, invoice) or of a line ("lines"). */
struct group {
    const char *name;
    size_t len;
    size_t lo, hi; /* od_field_paths[lo, hi) */
};

static void group_find(struct group *g, const char *name)
{
    enum od_field_where where = strcmp(name, "lines") == 0 ? OD_FIELD_LINE : OD_FIELD_ORDER;

    g->name = name;
    g->len = strlen(name);
    g->lo = g->hi = 0;
    for (size_t i = 0; i < od_n_field_paths; i++) {
        const struct od_field_path *fp = &od_field_paths[i];
        bool in = fp->path[0] == name[0] && fp->where == where &&
                  strncmp(fp->path, name, g->len) == 0 && fp->path[g->len] == '.';

        if (in && g->hi == 0)
            g->lo = i;
        if (in)
            g->hi = i + 1;
        else if (g->hi)
            break;
    }
}

static int read_group(struct reader *r, struct json_object *obj, const char *path,
                      const struct group *g, const struct field *extra, char *base);

/* "prefix.key", or "key" at the top; truncated to fit (for messages). */
static void join_path(char *buf, const char *prefix, const char *key)
{
    if (*prefix)
        snprintf(buf, PATH_MAX_LEN, "%s.%.64s", prefix, key);
    else
        snprintf(buf, PATH_MAX_LEN, "%.64s", key);
}

/* The text of a JSON string value, refusing embedded NULs. */
static int get_text(struct json_object *v, const char *path, const char **out, size_t *out_len)
{
    const char *s = json_object_get_string(v);
    int n = json_object_get_string_len(v);
    int rc = 0;

    if (!s || n < 0) {
        rc = od_error_set(OD_EINVAL, "%s: expected a string", path);
        goto out;
    }
    if (memchr(s, '\0', (size_t)n)) {
        rc = od_error_set(OD_EINVAL, "%s: the string contains a NUL character", path);
        goto out;
    }
    *out = s;
    *out_len = (size_t)n;
out:
    return rc;
}

static int read_str(struct json_object *v, const char *path, char **field)
{
    const char *s;
    size_t n;
    int rc = 0;

    if (!v)
        goto out;
    if (!json_object_is_type(v, json_type_string)) {
        rc = od_error_set(OD_EINVAL, "%s: expected a string or null", path);
        goto out;
    }
    rc = get_text(v, path, &s, &n);
    if (rc < 0)
        goto out;
    rc = od_str_set(field, s, n);
out:
    return rc;
}

static int read_time(struct reader *r, struct json_object *v, const char *path, od_time *field)
{
    const char *s;
    size_t n;
    od_time t;
    int rc = 0;

    if (!v) {
        *field = OD_TIME_NONE;
        goto out;
    }
    if (!json_object_is_type(v, json_type_string)) {
        rc = od_error_set(OD_EINVAL, "%s: expected a time stamp string or null", path);
        goto out;
    }
    rc = get_text(v, path, &s, &n);
    if (rc < 0)
        goto out;
    rc = od_time_parse(s, n, r->opts ? r->opts->tz : NULL, &t);
    if (rc < 0) {
        rc = od_error_wrap(rc, "%s", path);
        goto out;
    }
    *field = t;
out:
    return rc;
}

/* The decimal text of an amount or price: a string or a JSON number as
 * written. *s is NULL (and 0 returned) for null or an absent key. */
static int decimal_text(struct json_object *v, const char *path, const char *what, const char **s,
                        size_t *n)
{
    int rc = 0;

    *s = NULL;
    *n = 0;
    if (!v)
        goto out;
    switch (json_object_get_type(v)) {
    case json_type_string:
        rc = get_text(v, path, s, n);
        break;
    case json_type_int:
    case json_type_double:
        /* The literal as written (json-c keeps a parsed double's text). */
        *s = json_object_get_string(v);
        *n = *s ? strlen(*s) : 0;
        if (!*s)
            rc = od_error_set(OD_EINVAL, "%s: expected %s", path, what);
        break;
    default:
        rc = od_error_set(OD_EINVAL, "%s: expected %s or null", path, what);
        break;
    }
out:
    return rc;
}

static int read_price(struct json_object *v, const char *path, od_price *field)
{
    const char *s;
    size_t n;
    od_price p;
    int rc = decimal_text(v, path, "a price (\"0.125\" or 0.125)", &s, &n);

    if (rc < 0 || !s) {
        if (rc == 0)
            *field = OD_PRICE_NONE;
        return rc;
    }
    rc = od_price_parse(s, n, &p);
    if (rc < 0)
        return od_error_wrap(rc, "%s", path);
    *field = p;
    return 0;
}

static int read_money(struct json_object *v, const char *path, od_money *field)
{
    const char *s;
    size_t n;
    od_money m;
    int rc = 0;

    if (!v) {
        *field = OD_MONEY_NONE;
        goto out;
    }
    switch (json_object_get_type(v)) {
    case json_type_string:
        rc = get_text(v, path, &s, &n);
        if (rc < 0)
            goto out;
        break;
    case json_type_int:
    case json_type_double:
        /* The literal as written (json-c keeps a parsed double's text). */
        s = json_object_get_string(v);
        n = s ? strlen(s) : 0;
        break;
    default:
        rc = od_error_set(OD_EINVAL, "%s: expected an amount (\"12.30\" or 12.30) or null", path);
        goto out;
    }
    rc = od_money_parse(s, n, &m);
    if (rc < 0) {
        rc = od_error_wrap(rc, "%s", path);
        goto out;
    }
    *field = m;
out:
    return rc;
}

/* A positive int64 from decimal text (digits only). */
static bool parse_positive(const char *s, size_t n, int64_t *out)
{
    int64_t v = 0;
    size_t i;

    if (n == 0)
        return false;
    for (i = 0; i < n; i++) {
        if (s[i] < '0' || s[i] > '9')
            return false;
        if (v > (INT64_MAX - (s[i] - '0')) / 10)
            return false;
        v = v * 10 + (s[i] - '0');
    }
    if (v <= 0)
        return false;
    *out = v;
    return true;
}

static int read_qty(struct json_object *v, const char *path, int64_t *field)
{
    const char *s = NULL;
    size_t n = 0;
    int64_t q;
    int rc = 0;

    if (v && json_object_is_type(v, json_type_int)) {
        /* The value as json-c stored it: out-of-range literals were
         * clamped to INT64_MIN or UINT64_MAX, which parse_positive
         * refuses. */
        s = json_object_get_string(v);
        n = s ? strlen(s) : 0;
    } else if (v && json_object_is_type(v, json_type_string)) {
        rc = get_text(v, path, &s, &n);
        if (rc < 0)
            goto out;
    }
    if (!s || !parse_positive(s, n, &q)) {
        rc = od_error_set(OD_EINVAL, "%s: expected a positive integer", path);
        goto out;
    }
    *field = q;
out:
    return rc;
}

static int read_line_no(struct json_object *v, const char *path, const int *field)
{
    int rc = 0;

    if (!v)
        goto out;
    if (!json_object_is_type(v, json_type_int) || json_object_get_int64(v) != *field) {
        rc = od_error_set(OD_EINVAL, "%s: expected %d (lines are numbered in order from 1)", path,
                          *field);
        goto out;
    }
out:
    return rc;
}

static int read_status(struct json_object *v, const char *path, enum od_status *field)
{
    enum od_status st;
    const char *s;
    size_t n;
    int rc = 0;

    if (!v) {
        *field = OD_STATUS_NONE;
        goto out;
    }
    if (!json_object_is_type(v, json_type_string)) {
        rc = od_error_set(OD_EINVAL, "%s: expected a status name or null", path);
        goto out;
    }
    rc = get_text(v, path, &s, &n);
    if (rc < 0)
        goto out;
    st = od_status_from_name(s);
    if (st == OD_STATUS_NONE) {
        rc = od_error_set(OD_EINVAL,
                          "%s: unknown status \"%.64s\"; valid: pending_payment, paid, "
                          "partially_shipped, shipped, completed, cancelled, refunded",
                          path, s);
        goto out;
    }
    *field = st;
out:
    return rc;
}

static bool is_alpha(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

/* A 3-letter code, upper-cased into field (char[4]). */
static int set_currency(const char *s, size_t n, const char *path, char *field)
{
    int rc = 0;
    size_t i;

    if (n != 3 || !is_alpha(s[0]) || !is_alpha(s[1]) || !is_alpha(s[2])) {
        rc = od_error_set(OD_EINVAL, "%s: expected a 3-letter ISO 4217 code such as CNY", path);
        goto out;
    }
    for (i = 0; i < 3; i++)
        field[i] = (char)(s[i] >= 'a' ? s[i] - 'a' + 'A' : s[i]);
    field[3] = '\0';
out:
    return rc;
}

static int read_currency(struct json_object *v, const char *path, char *field)
{
    const char *s;
    size_t n;
    int rc = 0;

    if (!v)
        goto out; /* keeps the default */
    if (!json_object_is_type(v, json_type_string)) {
        rc = od_error_set(OD_EINVAL, "%s: expected a currency code or null", path);
        goto out;
    }
    rc = get_text(v, path, &s, &n);
    if (rc < 0)
        goto out;
    rc = set_currency(s, n, path, field);
out:
    return rc;
}

static int read_outcome(struct json_object *v, const char *path, char **field)
{
    const char *s;
    size_t n, i;
    int rc = 0;

    if (!v)
        goto out;
    if (!json_object_is_type(v, json_type_string)) {
        rc = od_error_set(OD_EINVAL, "%s: expected an outcome or null", path);
        goto out;
    }
    rc = get_text(v, path, &s, &n);
    if (rc < 0)
        goto out;
    for (i = 0; outcomes[i]; i++)
        if (strcmp(s, outcomes[i]) == 0)
            break;
    if (!outcomes[i]) {
        rc = od_error_set(OD_EINVAL,
                          "%s: unknown outcome \"%.64s\"; valid: approved, held, rejected, pending",
                          path, s);
        goto out;
    }
    rc = od_str_set(field, s, n);
out:
    return rc;
}

static int read_evidence(struct json_object *v, const char *path, char **field)
{
    const char *s;
    int rc = 0;

    if (!v)
        goto out;
    if (!json_object_is_type(v, json_type_object)) {
        rc = od_error_set(OD_EINVAL, "%s: expected an object or null", path);
        goto out;
    }
    s = json_object_to_json_string_ext(v, JSON_TO_STRING);
    if (!s) {
        rc = od_error_set(OD_ENOMEM, "%s: out of memory printing the evidence", path);
        goto out;
    }
    rc = od_str_set(field, s, strlen(s));
out:
    return rc;
}

static int read_nested(struct reader *r, struct json_object *v, const char *path,
                       const struct field *fields, void *base)
{
    int rc = 0;

    if (!v)
        goto out;
    if (!json_object_is_type(v, json_type_object)) {
        rc = od_error_set(OD_EINVAL, "%s: expected an object or null", path);
        goto out;
    }
    rc = read_object(r, v, path, fields, base);
out:
    return rc;
}

static int read_lines(struct reader *r, struct json_object *v, const char *path)
{
    char sub[PATH_MAX_LEN];
    struct group g;
    struct od_line *line;
    size_t i, n;
    int rc = 0;

    if (!v)
        goto out;
    if (!json_object_is_type(v, json_type_array)) {
        rc = od_error_set(OD_EINVAL, "%s: expected an array of lines or null", path);
        goto out;
    }
    group_find(&g, "lines");
    n = json_object_array_length(v);
    for (i = 0; i < n; i++) {
        struct json_object *e = json_object_array_get_idx(v, i);

        snprintf(sub, sizeof(sub), "%s[%zu]", path, i);
        if (!json_object_is_type(e, json_type_object)) {
            rc = od_error_set(OD_EINVAL, "%s: expected an object", sub);
            goto out;
        }
        rc = od_order_add_line(r->order, &line);
        if (rc < 0)
            goto out;
        rc = read_group(r, e, sub, &g, line_fields, (char *)line);
        if (rc < 0)
            goto out;
        if (!json_object_object_get_ex(e, "qty", NULL)) {
            rc = od_error_set(OD_EINVAL, "%s.qty: missing (a positive integer)", sub);
            goto out;
        }
    }
out:
    return rc;
}

/* An array of strings, each handed to `add` (od_order_add_tag,
 * od_order_add_doubt). */
static int read_strings(struct reader *r, struct json_object *v, const char *path,
                        int (*add)(struct od_order *, const char *))
{
    char sub[PATH_MAX_LEN];
    const char *s;
    size_t i, n, len;
    int rc = 0;

    if (!v)
        goto out;
    if (!json_object_is_type(v, json_type_array)) {
        rc = od_error_set(OD_EINVAL, "%s: expected an array of strings or null", path);
        goto out;
    }
    n = json_object_array_length(v);
    for (i = 0; i < n; i++) {
        struct json_object *e = json_object_array_get_idx(v, i);

        snprintf(sub, sizeof(sub), "%s[%zu]", path, i);
        if (!json_object_is_type(e, json_type_string)) {
            rc = od_error_set(OD_EINVAL, "%s: expected a string", sub);
            goto out;
        }
        rc = get_text(e, sub, &s, &len);
        if (rc < 0)
            goto out;
        rc = add(r->order, s);
        if (rc < 0)
            goto out;
    }
out:
    return rc;
}

static int read_reasons(struct reader *r, struct json_object *v, const char *path,
                        struct od_audit *a)
{
    char sub[PATH_MAX_LEN];
    struct od_audit_reason *rs;
    size_t i, n;
    int rc = 0;

    if (!v)
        goto out;
    if (!json_object_is_type(v, json_type_array)) {
        rc = od_error_set(OD_EINVAL, "%s: expected an array of reasons or null", path);
        goto out;
    }
    n = json_object_array_length(v);
    for (i = 0; i < n; i++) {
        struct json_object *e = json_object_array_get_idx(v, i);

        snprintf(sub, sizeof(sub), "%s[%zu]", path, i);
        if (!json_object_is_type(e, json_type_object)) {
            rc = od_error_set(OD_EINVAL, "%s: expected an object", sub);
            goto out;
        }
        if (a->n_reasons + 1 > SIZE_MAX / sizeof(*rs)) {
            rc = od_error_set(OD_ETOOBIG, "%s: too many reasons", path);
            goto out;
        }
        rs = realloc(a->reasons, (a->n_reasons + 1) * sizeof(*rs));
        if (!rs) {
            rc = od_error_set(OD_ENOMEM, "%s: out of memory", sub);
            goto out;
        }
        a->reasons = rs;
        memset(&rs[a->n_reasons], 0, sizeof(*rs));
        a->n_reasons++;
        rc = read_object(r, e, sub, reason_fields, &rs[a->n_reasons - 1]);
        if (rc < 0)
            goto out;
    }
out:
    return rc;
}

static int read_extraction(struct reader *r, struct json_object *v, const char *path)
{
    int rc = 0;

    if (!v)
        goto out;
    if (!json_object_is_type(v, json_type_object)) {
        rc = od_error_set(OD_EINVAL, "%s: expected an object or null", path);
        goto out;
    }
    if (!r->order->extraction &&
        !(r->order->extraction = calloc(1, sizeof(struct od_extraction)))) {
        rc = od_error_set(OD_ENOMEM, "%s: out of memory", path);
        goto out;
    }
    rc = read_object(r, v, path, extraction_fields, r->order->extraction);
out:
    return rc;
}

/* Field path -> where it was read: an object of strings. An empty
 * object is the same as none (NULL), so that printing and reading
 * again gives back an equal order. */
static int read_sources(struct json_object *v, const char *path, char **field)
{
    char sub[PATH_MAX_LEN];
    const char *s, *t;
    size_t n;
    int rc = 0;

    if (!v)
        goto out;
    if (!json_object_is_type(v, json_type_object)) {
        rc = od_error_set(OD_EINVAL, "%s: expected an object of strings or null", path);
        goto out;
    }
    json_object_object_foreach(v, key, val)
    {
        join_path(sub, path, key);
        if (!val || !json_object_is_type(val, json_type_string)) {
            rc = od_error_set(OD_EINVAL, "%s: expected a string (where the field was read)", sub);
            goto out;
        }
        rc = get_text(val, sub, &t, &n);
        if (rc < 0)
            goto out;
    }
    if (json_object_object_length(v) == 0) {
        rc = od_str_set(field, NULL, 0);
        goto out;
    }
    s = json_object_to_json_string_ext(v, JSON_TO_STRING);
    if (!s) {
        rc = od_error_set(OD_ENOMEM, "%s: out of memory printing the sources", path);
        goto out;
    }
    rc = od_str_set(field, s, strlen(s));
out:
    return rc;
}

static int unknown_key(const char *path, const char *key, const struct field *fields)
{
    char full[PATH_MAX_LEN];
    char allowed[512];
    size_t n = 0;
    const struct field *f;

    allowed[0] = '\0';
    for (f = fields; f->name; f++) {
        int w = snprintf(allowed + n, sizeof(allowed) - n, "%s%s", n ? ", " : "", f->name);

        if (w < 0 || (size_t)w >= sizeof(allowed) - n)
            break;
        n += (size_t)w;
    }
    join_path(full, path, key);
    return od_error_set(OD_EINVAL, "%s: unknown key; allowed: %s", full, allowed);
}

static int read_field(struct reader *r, const struct field *f, struct json_object *v,
                      const char *path, char *base)
{
    void *p = base + f->offset;
    int rc = 0;

    switch (f->type) {
    case F_IGNORE:
        break;
    case F_STR:
        rc = read_str(v, path, p);
        break;
    case F_TIME:
        rc = read_time(r, v, path, p);
        break;
    case F_MONEY:
        rc = read_money(v, path, p);
        break;
    case F_STATUS:
        rc = read_status(v, path, p);
        break;
    case F_CURRENCY:
        rc = read_currency(v, path, p);
        break;
    case F_GROUP:
        if (v && !json_object_is_type(v, json_type_object))
            rc = od_error_set(OD_EINVAL, "%s: expected an object or null", path);
        else if (v) {
            struct group g;

            group_find(&g, f->name);
            rc = read_group(r, v, path, &g, NULL, base);
        }
        break;
    case F_LINES:
        rc = read_lines(r, v, path);
        break;
    case F_LINE_NO:
        rc = read_line_no(v, path, p);
        break;
    case F_QTY:
        rc = read_qty(v, path, p);
        break;
    case F_TAGS:
        rc = read_strings(r, v, path, od_order_add_tag);
        break;
    case F_AUDIT:
        rc = read_nested(r, v, path, audit_fields, p);
        if (rc == 0 && !r->order->audit.outcome && r->order->audit.n_reasons > 0)
            rc = od_error_set(OD_EINVAL, "%s.outcome: required when reasons are given", path);
        break;
    case F_OUTCOME:
        rc = read_outcome(v, path, p);
        break;
    case F_REASONS:
        rc = read_reasons(r, v, path, (struct od_audit *)base);
        break;
    case F_EVIDENCE:
        rc = read_evidence(v, path, p);
        break;
    case F_EXTRACT:
        rc = read_extraction(r, v, path);
        break;
    case F_DOUBTS:
        rc = read_strings(r, v, path, od_order_add_doubt);
        break;
    case F_SOURCES:
        rc = read_sources(v, path, p);
        break;
    }
    return rc;
}

static int read_object(struct reader *r, struct json_object *obj, const char *path,
                       const struct field *fields, void *base)
{
    char sub[PATH_MAX_LEN];
    int rc = 0;

    json_object_object_foreach(obj, key, val)
    {
        const struct field *f;

        for (f = fields; f->name; f++)
            if (strcmp(f->name, key) == 0)
                break;
        if (!f->name) {
            rc = unknown_key(path, key, fields);
            goto out;
        }
        join_path(sub, path, key);
        rc = read_field(r, f, val, sub, base);
        if (rc < 0)
            goto out;
    }
out:
    return rc;
}

/* The path "GROUP.key", or NULL when there is none. */
static const struct od_field_path *group_path(const struct group *g, const char *key)
{
    for (size_t i = g->lo; i < g->hi; i++)
        if (strcmp(od_field_paths[i].path + g->len + 1, key) == 0)
            return &od_field_paths[i];
    return NULL;
}

static int unknown_group_key(const char *path, const char *key, const struct group *g,
                             const struct field *extra)
{
    char full[PATH_MAX_LEN];
    char allowed[512];
    size_t n = 0;

    allowed[0] = '\0';
    for (const struct field *f = extra; f && f->name; f++) {
        int w = snprintf(allowed + n, sizeof(allowed) - n, "%s%s", n ? ", " : "", f->name);

        if (w < 0 || (size_t)w >= sizeof(allowed) - n)
            break;
        n += (size_t)w;
    }
    for (size_t i = g->lo; i < g->hi; i++) {
        int w = snprintf(allowed + n, sizeof(allowed) - n, "%s%s", n ? ", " : "",
                         od_field_paths[i].path + g->len + 1);

        if (w < 0 || (size_t)w >= sizeof(allowed) - n)
            break;
        n += (size_t)w;
    }
    join_path(full, path, key);
    return od_error_set(OD_EINVAL, "%s: unknown key; allowed: %s", full, allowed);
}

/* An object whose keys are the field paths "GROUP.key" (fieldpath.c),
 * each read as its kind says at its offset from `base` (the order; a
 * line for "lines"), and the keys of `extra` (read at `base` too). */
static int read_group(struct reader *r, struct json_object *obj, const char *path,
                      const struct group *g, const struct field *extra, char *base)
{
    char sub[PATH_MAX_LEN];
    int rc = 0;

    json_object_object_foreach(obj, key, val)
    {
        const struct field *f = extra;
        const struct od_field_path *fp = NULL;

        while (f && f->name && strcmp(f->name, key) != 0)
            f++;
        if ((!f || !f->name) && !(fp = group_path(g, key))) {
            rc = unknown_group_key(path, key, g, extra);
            goto out;
        }
        join_path(sub, path, key);
        if (!fp) {
            rc = read_field(r, f, val, sub, base);
        } else if (fp->kind == OD_FIELD_TEXT) {
            rc = read_str(val, sub, (char **)(base + fp->offset));
        } else if (fp->kind == OD_FIELD_MONEY) {
            rc = read_money(val, sub, (od_money *)(base + fp->offset));
        } else if (fp->kind == OD_FIELD_PRICE) {
            rc = read_price(val, sub, (od_price *)(base + fp->offset));
        } else if (fp->kind == OD_FIELD_QTY) {
            rc = read_qty(val, sub, &((struct od_line *)base)->qty);
        } else {
            rc = unknown_group_key(path, key, g, extra);
        }
        if (rc < 0)
            goto out;
    }
out:
    return rc;
}

int od_order_from_json(struct json_object *obj, const struct od_json_opts *opts,
                       struct od_order **out)
{
    struct reader r = {opts, NULL};
    struct od_order *o = NULL;
    int rc = 0;

    if (!json_object_is_type(obj, json_type_object)) {
        rc = od_error_set(OD_EINVAL, "expected an order as a JSON object");
        goto out;
    }
    o = od_order_new();
    if (!o) {
        rc = OD_ENOMEM;
        goto out;
    }
    if (opts && opts->currency) {
        rc = set_currency(opts->currency, strlen(opts->currency), "default currency", o->currency);
        if (rc < 0)
            goto out;
    }
    r.order = o;
    rc = read_object(&r, obj, "", order_fields, o);
    if (rc < 0)
        goto out;
    *out = o;
    o = NULL;
out:
    od_order_free(o);
    return rc;
}

/* ---- parsing ---------------------------------------------------------- */

static bool is_json_space(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

int od_json_parse(const char *text, size_t len, struct json_object **out)
{
    struct json_tokener *tok = NULL;
    struct json_object *obj = NULL;
    enum json_tokener_error err;
    size_t end, i;
    int rc = 0;

    if (len > (size_t)INT_MAX - 1) {
        rc = od_error_set(OD_ETOOBIG, "JSON text of %zu bytes is too large", len);
        goto out;
    }
    tok = json_tokener_new_ex(JSON_DEPTH);
    if (!tok) {
        rc = od_error_set(OD_ENOMEM, "out of memory creating a JSON parser");
        goto out;
    }
    json_tokener_set_flags(tok, JSON_TOKENER_STRICT | JSON_TOKENER_VALIDATE_UTF8);
    obj = json_tokener_parse_ex(tok, len ? text : "", (int)len);
    err = json_tokener_get_error(tok);
    end = json_tokener_get_parse_end(tok);
    if (!obj && err == json_tokener_continue) {
        /* All input consumed; a NUL tells the parser the text ended (a
         * top-level number or literal is only complete then). */
        obj = json_tokener_parse_ex(tok, "", 1);
        err = json_tokener_get_error(tok);
        end = len;
    }
    if (!obj) {
        if (err == json_tokener_success || err == json_tokener_continue)
            err = json_tokener_error_parse_eof;
        rc = od_error_set(OD_EINVAL, "JSON syntax error at byte %zu: %s", end,
                          json_tokener_error_desc(err));
        goto out;
    }
    for (i = end; i < len; i++) {
        if (!is_json_space(text[i])) {
            rc = od_error_set(OD_EINVAL,
                              "JSON syntax error at byte %zu: unexpected data after the value", i);
            goto out;
        }
    }
    *out = obj;
    obj = NULL;
out:
    json_object_put(obj);
    json_tokener_free(tok);
    return rc;
}

/* ---- helpers for connectors -------------------------------------------- */

const char *od_json_text(struct json_object *o, const char *key)
{
    struct json_object *v;

    if (!o || !json_object_is_type(o, json_type_object) || !json_object_object_get_ex(o, key, &v) ||
        !v)
        return NULL;
    switch (json_object_get_type(v)) {
    case json_type_string:
    case json_type_int:
    case json_type_double:
        return json_object_get_string(v);
    default:
        return NULL;
    }
}

int od_json_get_str(struct json_object *o, const char *key, const char *path, char **field)
{
    struct json_object *v = NULL;
    const char *s;

    if (o && json_object_is_type(o, json_type_object))
        json_object_object_get_ex(o, key, &v);
    if (v && (json_object_is_type(v, json_type_int) || json_object_is_type(v, json_type_double))) {
        s = json_object_get_string(v);
        return od_str_set(field, s, strlen(s));
    }
    return read_str(v, path, field);
}

int od_json_get_money(struct json_object *o, const char *key, const char *path, od_money *field)
{
    struct json_object *v = NULL;

    if (o && json_object_is_type(o, json_type_object))
        json_object_object_get_ex(o, key, &v);
    return read_money(v, path, field);
}

int od_json_get_price(struct json_object *o, const char *key, const char *path, od_price *field)
{
    struct json_object *v = NULL;

    if (o && json_object_is_type(o, json_type_object))
        json_object_object_get_ex(o, key, &v);
    return read_price(v, path, field);
}

int od_json_get_cent_price(struct json_object *o, const char *key, const char *path,
                           od_price *field)
{
    od_money m;
    int rc = od_json_get_money(o, key, path, &m);

    if (rc == 0)
        *field = od_price_from_money(m);
    return rc;
}

int od_json_get_time(struct json_object *o, const char *key, const char *path, const char *tz,
                     od_time *field)
{
    struct od_json_opts opts = {.tz = tz};
    struct reader r = {.opts = &opts};
    struct json_object *v = NULL;

    if (o && json_object_is_type(o, json_type_object))
        json_object_object_get_ex(o, key, &v);
    return read_time(&r, v, path, field);
}
