/* Reference data import: see import.h. */
#include "import.h"

#include <errno.h>
#include <json-c/json.h>
#include <libpq-fe.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "audit.h"
#include "buf.h"
#include "charset.h"
#include "csv.h"
#include "error.h"
#include "money.h"
#include "progress.h"
#include "store.h"
#include "timeutil.h"

#define REASON_MAX 512
#define CHUNK      (64 * 1024)
#define MAX_COLS   10
/* A converted row: at most the CSV parser's record limit, grown by the
 * conversion (GB18030 to UTF-8 at most 3/2), plus the separators. */
#define ROW_MAX ((size_t)4 << 20)

enum col_type {
    T_TEXT,
    T_PHONE,   /* text; also writes <name>_norm */
    T_MONEY,   /* od_money_parse, JSON "12.30" */
    T_PRICE,   /* od_price_parse, JSON "0.125" (up to four decimals) */
    T_INT,     /* od_import_int within [min, max] */
    T_BOOL,    /* od_import_bool */
    T_TIME,    /* od_time_parse, UTC for naive times */
    T_CHANNEL, /* a channel name: ^[a-z0-9][a-z0-9-]*$ */
    T_BLKIND,  /* phone | email | name | address_substring */
};

#define F_REQ     1u /* required: in the header, and never empty */
#define F_NOTNULL 2u /* optional column, but an empty cell is refused */
#define F_NONNEG  4u /* T_MONEY, T_PRICE: not below zero */
#define F_IGNORED 8u /* known, never read or written: orderd owns it */

struct col {
    const char *name;
    enum col_type type;
    unsigned flags;
    int64_t min, max; /* T_INT */
};

struct kind {
    const char *name;
    struct col cols[MAX_COLS]; /* ends at a NULL name */
    /* The upsert: $1 a JSON array of rows (od_import_row() objects plus
     * "line"), $2 the columns present (text[]). Returns one row per table
     * row written: (inserted boolean, on_hand below reserved boolean). */
    const char *sql;
    /* Checks across columns and computed members; 0 or OD_EINVAL. */
    int (*finish)(struct json_object *row);
};

/* "col = excluded.col" when the file has column `key`, else the stored
 * value. Only constant identifiers are spliced: values are parameters. */
#define KEEP_IF(col, key)                                                                          \
    " " col " = CASE WHEN '" key "' = ANY($2::text[]) THEN excluded." col " ELSE t." col " END,"
#define KEEP(col) KEEP_IF(col, col)

/* One SQL clause per line: the formatter would pack the KEEP() strings. */
/* clang-format off */
static const char customers_sql[] =
    "INSERT INTO customers AS t (ref, name, phone, phone_norm, email, credit_limit,"
    "                            open_balance, price_tier, blocked)"
    " SELECT DISTINCT ON (r.ref) r.ref, r.name, r.phone, r.phone_norm, r.email,"
    "        r.credit_limit, coalesce(r.open_balance, 0), r.price_tier,"
    "        coalesce(r.blocked, false)"
    "   FROM jsonb_to_recordset($1::jsonb) AS r(line bigint, ref text, name text, phone text,"
    "        phone_norm text, email text, credit_limit numeric, open_balance numeric,"
    "        price_tier text, blocked boolean)"
    "  ORDER BY r.ref, r.line DESC"
    " ON CONFLICT (ref) DO UPDATE SET"
    KEEP("name")
    KEEP("phone")
    KEEP_IF("phone_norm", "phone")
    KEEP("email")
    KEEP("credit_limit")
    KEEP("open_balance")
    KEEP("price_tier")
    KEEP("blocked")
    " balance_as_of = CASE WHEN 'open_balance' = ANY($2::text[]) THEN now()"
    "                      ELSE t.balance_as_of END,"
    " updated_at = now()"
    " RETURNING xmax = 0, false";

static const char products_sql[] =
    "INSERT INTO products AS t (sku, title, unit, active)"
    " SELECT DISTINCT ON (r.sku) r.sku, r.title, r.unit, coalesce(r.active, true)"
    "   FROM jsonb_to_recordset($1::jsonb) AS r(line bigint, sku text, title text, unit text,"
    "        active boolean)"
    "  ORDER BY r.sku, r.line DESC"
    " ON CONFLICT (sku) DO UPDATE SET"
    KEEP("title")
    KEEP("unit")
    KEEP("active")
    " updated_at = now()"
    " RETURNING xmax = 0, false";

static const char sku_map_sql[] =
    "INSERT INTO sku_map AS t (channel, channel_sku, sku, multiplier)"
    " SELECT DISTINCT ON (r.channel, r.channel_sku) r.channel, r.channel_sku, r.sku,"
    "        coalesce(r.multiplier, 1)"
    "   FROM jsonb_to_recordset($1::jsonb) AS r(line bigint, channel text, channel_sku text,"
    "        sku text, multiplier integer)"
    "  ORDER BY r.channel, r.channel_sku, r.line DESC"
    " ON CONFLICT (channel, channel_sku) DO UPDATE SET"
    " sku = excluded.sku,"
    KEEP("multiplier")
    " updated_at = now()"
    " RETURNING xmax = 0, false";

/* reserved is orderd's (the sum of its active reservations): an import
 * never writes it, a new row starts at 0. */
static const char inventory_sql[] =
    "INSERT INTO inventory AS t (sku, warehouse, on_hand)"
    " SELECT DISTINCT ON (r.sku, r.warehouse) r.sku, r.warehouse, r.on_hand"
    "   FROM jsonb_to_recordset($1::jsonb) AS r(line bigint, sku text, warehouse text,"
    "        on_hand bigint)"
    /* $2, the columns present, decides nothing here (on_hand is required);
     * every kind's statement takes it. */
    "  WHERE cardinality($2::text[]) > 0"
    "  ORDER BY r.sku, r.warehouse, r.line DESC"
    " ON CONFLICT (sku, warehouse) DO UPDATE SET"
    " on_hand = excluded.on_hand,"
    " updated_at = now()"
    " RETURNING xmax = 0, t.on_hand < t.reserved";

/* valid_from is part of the key (NULLS NOT DISTINCT: one open-start
 * price per tier and SKU). */
static const char price_lists_sql[] =
    "INSERT INTO price_lists AS t (tier, sku, unit_price, valid_from, valid_to)"
    " SELECT DISTINCT ON (r.tier, r.sku, r.valid_from) r.tier, r.sku, r.unit_price,"
    "        r.valid_from, r.valid_to"
    "   FROM jsonb_to_recordset($1::jsonb) AS r(line bigint, tier text, sku text,"
    "        unit_price numeric, valid_from timestamptz, valid_to timestamptz)"
    "  ORDER BY r.tier, r.sku, r.valid_from, r.line DESC"
    " ON CONFLICT (tier, sku, valid_from) DO UPDATE SET"
    " unit_price = excluded.unit_price,"
    KEEP("valid_to")
    " updated_at = now()"
    " RETURNING xmax = 0, false";

static const char blacklist_sql[] =
    "INSERT INTO blacklist AS t (kind, value, value_norm, reason)"
    " SELECT DISTINCT ON (r.kind, r.value_norm) r.kind, r.value, r.value_norm, r.reason"
    "   FROM jsonb_to_recordset($1::jsonb) AS r(line bigint, kind text, value text,"
    "        value_norm text, reason text)"
    "  ORDER BY r.kind, r.value_norm, r.line DESC"
    " ON CONFLICT (kind, value_norm) DO UPDATE SET"
    " value = excluded.value,"
    KEEP("reason")
    " updated_at = now()"
    " RETURNING xmax = 0, false";
/* clang-format on */

static int price_finish(struct json_object *row);
static int blacklist_finish(struct json_object *row);

static const struct kind kinds[] = {
    {"customers",
     {{"ref", T_TEXT, F_REQ, 0, 0},
      {"name", T_TEXT, 0, 0, 0},
      {"phone", T_PHONE, 0, 0, 0},
      {"email", T_TEXT, 0, 0, 0},
      {"credit_limit", T_MONEY, F_NONNEG, 0, 0},
      {"open_balance", T_MONEY, F_NOTNULL, 0, 0},
      {"price_tier", T_TEXT, 0, 0, 0},
      {"blocked", T_BOOL, F_NOTNULL, 0, 0},
      {NULL, T_TEXT, 0, 0, 0}},
     customers_sql,
     NULL},
    {"products",
     {{"sku", T_TEXT, F_REQ, 0, 0},
      {"title", T_TEXT, 0, 0, 0},
      {"unit", T_TEXT, 0, 0, 0},
      {"active", T_BOOL, F_NOTNULL, 0, 0},
      {NULL, T_TEXT, 0, 0, 0}},
     products_sql,
     NULL},
    {"sku_map",
     {{"channel", T_CHANNEL, F_REQ, 0, 0},
      {"channel_sku", T_TEXT, F_REQ, 0, 0},
      {"sku", T_TEXT, F_REQ, 0, 0},
      {"multiplier", T_INT, F_NOTNULL, 1, INT32_MAX},
      {NULL, T_TEXT, 0, 0, 0}},
     sku_map_sql,
     NULL},
    {"inventory",
     {{"sku", T_TEXT, F_REQ, 0, 0},
      {"warehouse", T_TEXT, F_REQ, 0, 0},
      {"on_hand", T_INT, F_REQ, 0, INT64_MAX},
      {"reserved", T_INT, F_IGNORED, 0, INT64_MAX},
      {NULL, T_TEXT, 0, 0, 0}},
     inventory_sql,
     NULL},
    {"price_lists",
     {{"tier", T_TEXT, F_REQ, 0, 0},
      {"sku", T_TEXT, F_REQ, 0, 0},
      {"unit_price", T_PRICE, F_REQ | F_NONNEG, 0, 0},
      {"valid_from", T_TIME, 0, 0, 0},
      {"valid_to", T_TIME, 0, 0, 0},
      {NULL, T_TEXT, 0, 0, 0}},
     price_lists_sql,
     price_finish},
    {"blacklist",
     {{"kind", T_BLKIND, F_REQ, 0, 0},
      {"value", T_TEXT, F_REQ, 0, 0},
      {"reason", T_TEXT, 0, 0, 0},
      {NULL, T_TEXT, 0, 0, 0}},
     blacklist_sql,
     blacklist_finish},
};

#define N_KINDS (sizeof(kinds) / sizeof(kinds[0]))

const char *const od_import_kinds[] = {
    "customers", "products", "sku_map", "inventory", "price_lists", "blacklist", NULL,
};

static const struct kind *find_kind(const char *name)
{
    for (size_t i = 0; name && i < N_KINDS; i++)
        if (strcmp(kinds[i].name, name) == 0)
            return &kinds[i];
    return NULL;
}

bool od_import_kind_known(const char *kind)
{
    return find_kind(kind) != NULL;
}

static int unknown_kind(const char *kind)
{
    char shown[64];

    od_utf8_label(kind ? kind : "", shown, sizeof(shown));
    return od_error_set(OD_ENOTFOUND,
                        "unknown import kind '%s' (customers, products, sku_map, inventory, "
                        "price_lists, blacklist)",
                        shown);
}

/* ---- cells ---------------------------------------------------------------- */

/* Outside text for a message: at most 48 bytes, not cutting a UTF-8
 * sequence, control bytes shown as '?'. */
static const char *quote(const char *s, size_t len, char *out, size_t outsz)
{
    size_t n = len, i;
    const char *ellipsis = "";

    if (n > 48) {
        n = 48;
        while (n > 0 && ((unsigned char)s[n] & 0xc0) == 0x80)
            n--;
        ellipsis = "...";
    }
    if (n + 4 > outsz)
        n = outsz - 4;
    for (i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];

        out[i] = (c < 0x20 || c == 0x7f) ? '?' : (char)c;
    }
    snprintf(out + n, outsz - n, "%s", ellipsis);
    return out;
}

static bool is_space(char c)
{
    return c == ' ' || c == '\t';
}

static void trim(const char **s, size_t *len)
{
    while (*len && is_space(**s)) {
        (*s)++;
        (*len)--;
    }
    while (*len && is_space((*s)[*len - 1]))
        (*len)--;
}

static char lower(char c)
{
    return c >= 'A' && c <= 'Z' ? (char)(c - 'A' + 'a') : c;
}

/* s[0..len) equals the lower-case ASCII word `w`, ignoring ASCII case. */
static bool word_is(const char *s, size_t len, const char *w)
{
    size_t n = strlen(w);

    if (len != n)
        return false;
    for (size_t i = 0; i < n; i++)
        if (lower(s[i]) != w[i])
            return false;
    return true;
}

int od_import_bool(const char *s, size_t len, bool *out)
{
    static const char *const yes[] = {"true", "1", "yes", "\xe6\x98\xaf" /* 是 */, NULL};
    static const char *const no[] = {"false", "0", "no", "\xe5\x90\xa6" /* 否 */, NULL};
    char shown[64];

    for (size_t i = 0; yes[i]; i++) {
        if (word_is(s, len, yes[i])) {
            *out = true;
            return 0;
        }
        if (word_is(s, len, no[i])) {
            *out = false;
            return 0;
        }
    }
    return od_error_set(OD_EINVAL, "'%s' is not a boolean (true/false, 1/0, yes/no, 是/否)",
                        quote(s, len, shown, sizeof(shown)));
}

int od_import_int(const char *s, size_t len, int64_t min, int64_t max, int64_t *out)
{
    char shown[64];
    size_t i = 0, digits = 0;
    bool neg = false;
    uint64_t v = 0, limit;

    if (i < len && (s[i] == '-' || s[i] == '+'))
        neg = s[i++] == '-';
    limit = neg ? (uint64_t)INT64_MAX + 1 : (uint64_t)INT64_MAX;
    for (; i < len && s[i] >= '0' && s[i] <= '9'; i++, digits++) {
        unsigned d = (unsigned)(s[i] - '0');

        if (v > (limit - d) / 10)
            return od_error_set(OD_EINVAL, "'%s' is out of range",
                                quote(s, len, shown, sizeof(shown)));
        v = v * 10 + d;
    }
    if (i < len && s[i] == '.' && digits) {
        for (i++; i < len && s[i] == '0'; i++)
            ;
    }
    if (!digits || i != len)
        return od_error_set(OD_EINVAL, "'%s' is not an integer",
                            quote(s, len, shown, sizeof(shown)));
    {
        int64_t x = neg ? (v == (uint64_t)INT64_MAX + 1 ? INT64_MIN : -(int64_t)v) : (int64_t)v;

        if (x < min && min == 0)
            return od_error_set(OD_EINVAL, "'%s' is negative", quote(s, len, shown, sizeof(shown)));
        if (x < min)
            return od_error_set(OD_EINVAL, "'%s' is below %lld",
                                quote(s, len, shown, sizeof(shown)), (long long)min);
        if (x > max)
            return od_error_set(OD_EINVAL, "'%s' is above %lld",
                                quote(s, len, shown, sizeof(shown)), (long long)max);
        *out = x;
    }
    return 0;
}

static bool channel_name_ok(const char *s, size_t len)
{
    for (size_t i = 0; i < len; i++) {
        char c = s[i];
        bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (i > 0 && c == '-');

        if (!ok)
            return false;
    }
    return len > 0;
}

static int add(struct json_object *o, const char *key, struct json_object *v, bool want)
{
    if (want && !v)
        return od_error_set(OD_ENOMEM, "out of memory");
    if (json_object_object_add(o, key, v) < 0) {
        json_object_put(v);
        return od_error_set(OD_ENOMEM, "out of memory");
    }
    return 0;
}

static int add_str(struct json_object *o, const char *key, const char *s, size_t len)
{
    return add(o, key, json_object_new_string_len(s, (int)len), true);
}

/* One cell of column `c`, already trimmed, into `o`. */
static int cell(const struct col *c, const char *v, size_t len, struct json_object *o)
{
    char shown[64], norm[64], key[64];
    int rc = 0;

    if (memchr(v, '\0', len))
        return od_error_set(OD_EINVAL, "%s: contains a NUL byte", c->name);
    if (len == 0) {
        if (c->flags & F_REQ)
            return od_error_set(OD_EINVAL, "%s: empty", c->name);
        if (c->flags & F_NOTNULL)
            return od_error_set(OD_EINVAL,
                                "%s: empty (give a value, or leave the column out of the file "
                                "to keep the stored values)",
                                c->name);
        rc = add(o, c->name, NULL, false);
        if (rc == 0 && c->type == T_PHONE) {
            snprintf(key, sizeof(key), "%s_norm", c->name);
            rc = add(o, key, NULL, false);
        }
        return rc;
    }
    switch (c->type) {
    case T_TEXT:
        return add_str(o, c->name, v, len);
    case T_PHONE:
        rc = add_str(o, c->name, v, len);
        if (rc < 0)
            return rc;
        {
            char *p = strndup(v, len);

            if (!p)
                return od_error_set(OD_ENOMEM, "out of memory");
            od_audit_phone(p, norm, sizeof(norm));
            free(p);
        }
        snprintf(key, sizeof(key), "%s_norm", c->name);
        if (!norm[0])
            return add(o, key, NULL, false);
        return add_str(o, key, norm, strlen(norm));
    case T_MONEY: {
        od_money m;
        char buf[OD_MONEY_STRLEN];

        rc = od_money_parse(v, len, &m);
        if (rc < 0)
            return od_error_wrap(rc, "%s", c->name);
        if ((c->flags & F_NONNEG) && m < 0)
            return od_error_set(OD_EINVAL, "%s: '%s' is negative", c->name,
                                quote(v, len, shown, sizeof(shown)));
        od_money_format(m, buf);
        return add_str(o, c->name, buf, strlen(buf));
    }
    case T_PRICE: {
        od_price p;
        char buf[OD_MONEY_STRLEN];

        rc = od_price_parse(v, len, &p);
        if (rc < 0)
            return od_error_wrap(rc, "%s", c->name);
        if ((c->flags & F_NONNEG) && p.e4 < 0)
            return od_error_set(OD_EINVAL, "%s: '%s' is negative", c->name,
                                quote(v, len, shown, sizeof(shown)));
        od_price_format(p, buf);
        return add_str(o, c->name, buf, strlen(buf));
    }
    case T_INT: {
        int64_t x;

        rc = od_import_int(v, len, c->min, c->max, &x);
        if (rc < 0)
            return od_error_wrap(rc, "%s", c->name);
        return add(o, c->name, json_object_new_int64(x), true);
    }
    case T_BOOL: {
        bool b;

        rc = od_import_bool(v, len, &b);
        if (rc < 0)
            return od_error_wrap(rc, "%s", c->name);
        return add(o, c->name, json_object_new_boolean(b), true);
    }
    case T_TIME: {
        od_time t;
        char buf[OD_TIME_STRLEN];

        rc = od_time_parse(v, len, NULL, &t);
        if (rc < 0)
            return od_error_wrap(rc, "%s", c->name);
        od_time_format(t, buf);
        return add_str(o, c->name, buf, strlen(buf));
    }
    case T_CHANNEL:
        if (!channel_name_ok(v, len))
            return od_error_set(OD_EINVAL,
                                "%s: '%s' is not a channel name (lower-case letters, digits "
                                "and '-', as in channels.d)",
                                c->name, quote(v, len, shown, sizeof(shown)));
        return add_str(o, c->name, v, len);
    case T_BLKIND: {
        static const char *const names[] = {"phone", "email", "name", "address_substring", NULL};

        for (size_t i = 0; names[i]; i++)
            if (word_is(v, len, names[i]))
                return add_str(o, c->name, names[i], strlen(names[i]));
        return od_error_set(OD_EINVAL,
                            "%s: '%s' is not a blacklist kind (phone, email, name, "
                            "address_substring)",
                            c->name, quote(v, len, shown, sizeof(shown)));
    }
    }
    return od_error_set(OD_EINVAL, "%s: unknown column type", c->name);
}

static const char *member(struct json_object *row, const char *key)
{
    struct json_object *v = NULL;

    if (!json_object_object_get_ex(row, key, &v) || !v)
        return NULL;
    return json_object_get_string(v);
}

static int price_finish(struct json_object *row)
{
    const char *from = member(row, "valid_from"), *to = member(row, "valid_to");
    od_time f, t;

    if (!from || !to)
        return 0;
    if (od_time_parse(from, strlen(from), NULL, &f) < 0 ||
        od_time_parse(to, strlen(to), NULL, &t) < 0)
        return od_error_set(OD_EINVAL, "valid_from/valid_to: cannot read back");
    if (t <= f)
        return od_error_set(OD_EINVAL, "valid_to: %s is not after valid_from %s", to, from);
    return 0;
}

static int blacklist_finish(struct json_object *row)
{
    const char *kind = member(row, "kind"), *value = member(row, "value");
    char shown[64];
    char *norm;
    int rc;

    if (!kind || !value)
        return od_error_set(OD_EINVAL, "kind and value are required");
    norm = strdup(value);
    if (!norm)
        return od_error_set(OD_ENOMEM, "out of memory");
    if (strcmp(kind, "phone") == 0) {
        size_t len = strlen(value) + 2;
        char *buf = malloc(len);

        if (!buf) {
            free(norm);
            return od_error_set(OD_ENOMEM, "out of memory");
        }
        od_audit_phone(value, buf, len);
        free(norm);
        norm = buf;
        if (!norm[0] || strcmp(norm, "+") == 0) {
            rc = od_error_set(OD_EINVAL, "value: '%s' has no digits for a phone number",
                              quote(value, strlen(value), shown, sizeof(shown)));
            goto out;
        }
    } else if (strcmp(kind, "email") == 0) {
        for (char *p = norm; *p; p++)
            *p = lower(*p);
    }
    rc = add_str(row, "value_norm", norm, strlen(norm));
out:
    free(norm);
    return rc;
}

/* ---- header and rows ------------------------------------------------------- */

struct od_import_cols {
    const struct kind *k;
    size_t n;    /* header columns */
    int *col_of; /* header position -> index in k->cols */
    char present[256];
    char ignored[128]; /* the header's F_IGNORED columns, ", "-separated */
};

void od_import_cols_free(struct od_import_cols *c)
{
    if (!c)
        return;
    free(c->col_of);
    free(c);
}

static void list_cols(const struct kind *k, unsigned need, char *buf, size_t len)
{
    size_t w = 0;

    buf[0] = '\0';
    for (size_t i = 0; k->cols[i].name && w < len; i++) {
        if (need && !(k->cols[i].flags & need))
            continue;
        w += (size_t)snprintf(buf + w, len - w, "%s%s", w ? ", " : "", k->cols[i].name);
    }
}

int od_import_cols_new(const char *kind, const char *const *names, size_t n,
                       struct od_import_cols **out)
{
    const struct kind *k = find_kind(kind);
    struct od_import_cols *c = NULL;
    bool seen[MAX_COLS] = {false};
    char list[256], shown[64];
    size_t w;
    int rc = 0;

    if (!k)
        return unknown_kind(kind);
    c = calloc(1, sizeof(*c));
    if (!c || !(c->col_of = calloc(n ? n : 1, sizeof(int)))) {
        rc = od_error_set(OD_ENOMEM, "out of memory");
        goto out;
    }
    c->k = k;
    c->n = n;
    for (size_t i = 0; i < n; i++) {
        const char *name = names[i];
        size_t len = strlen(name);
        int found = -1;

        trim(&name, &len);
        for (int j = 0; k->cols[j].name; j++)
            if (word_is(name, len, k->cols[j].name))
                found = j;
        if (found < 0) {
            list_cols(k, 0, list, sizeof(list));
            rc = od_error_set(OD_EINVAL, "%s '%s' for %s (allowed: %s)",
                              len ? "unknown column" : "empty column name",
                              quote(name, len, shown, sizeof(shown)), k->name, list);
            goto out;
        }
        if (seen[found]) {
            rc = od_error_set(OD_EINVAL, "column '%s' appears twice", k->cols[found].name);
            goto out;
        }
        seen[found] = true;
        c->col_of[i] = found;
    }
    for (int j = 0; k->cols[j].name; j++) {
        if ((k->cols[j].flags & F_REQ) && !seen[j]) {
            list_cols(k, F_REQ, list, sizeof(list));
            rc = od_error_set(OD_EINVAL, "missing required column '%s' for %s (required: %s)",
                              k->cols[j].name, k->name, list);
            goto out;
        }
    }
    w = (size_t)snprintf(c->present, sizeof(c->present), "{");
    for (int j = 0; k->cols[j].name; j++)
        if (seen[j] && (k->cols[j].flags & F_IGNORED)) {
            snprintf(c->ignored + strlen(c->ignored), sizeof(c->ignored) - strlen(c->ignored),
                     "%s%s", c->ignored[0] ? ", " : "", k->cols[j].name);
            seen[j] = false;
        }
    for (int j = 0; k->cols[j].name; j++)
        if (seen[j])
            w += (size_t)snprintf(c->present + w, sizeof(c->present) - w, "%s%s", w > 1 ? "," : "",
                                  k->cols[j].name);
    snprintf(c->present + w, sizeof(c->present) - w, "}");
    *out = c;
    c = NULL;
out:
    od_import_cols_free(c);
    return rc;
}

const char *od_import_cols_present(const struct od_import_cols *c)
{
    return c->present;
}

const char *od_import_cols_ignored(const struct od_import_cols *c)
{
    return c->ignored[0] ? c->ignored : NULL;
}

int od_import_row(const struct od_import_cols *c, const char *const *vals, const size_t *lens,
                  size_t n, struct json_object **out)
{
    struct json_object *o = NULL;
    int rc = 0;

    if (n != c->n)
        return od_error_set(OD_EINVAL, "%zu field%s, the header has %zu", n, n == 1 ? "" : "s",
                            c->n);
    o = json_object_new_object();
    if (!o)
        return od_error_set(OD_ENOMEM, "out of memory");
    for (size_t i = 0; i < n; i++) {
        const char *v = vals[i];
        size_t len = lens[i];

        trim(&v, &len);
        if (c->k->cols[c->col_of[i]].flags & F_IGNORED)
            continue;
        rc = cell(&c->k->cols[c->col_of[i]], v, len, o);
        if (rc < 0)
            goto out;
    }
    if (c->k->finish) {
        rc = c->k->finish(o);
        if (rc < 0)
            goto out;
    }
    *out = o;
    o = NULL;
out:
    json_object_put(o);
    return rc;
}

/* ---- the import -------------------------------------------------------------- */

struct ictx {
    struct od_store *s;
    const struct kind *k;
    const char *path;
    struct od_conv *conv;
    struct od_import_cols *cols;
    struct json_object *batch; /* rows waiting for the next statement */
    size_t n_batch;
    struct od_import_report rep;
    struct od_buf text;  /* the record's cells in UTF-8, NUL-separated */
    const char **vals;   /* into text */
    size_t *lens, *offs; /* per cell */
    size_t cap_vals;
    bool have_header;
    const struct od_progress_cb *progress; /* rows read; bytes for the fraction */
};

void od_import_report_free(struct od_import_report *rep)
{
    if (!rep)
        return;
    for (size_t i = 0; i < rep->n_listed; i++)
        free(rep->rejected[i]);
    free(rep->rejected);
    memset(rep, 0, sizeof(*rep));
}

static int reject(struct ictx *x, uint64_t line, const char *why)
{
    char buf[REASON_MAX + 256];
    char **v;

    x->rep.n_rejected++;
    if (x->rep.n_listed >= OD_IMPORT_MAX_LISTED)
        return 0;
    if (x->rep.n_listed == x->rep.cap_listed) {
        size_t cap = x->rep.cap_listed ? x->rep.cap_listed * 2 : 64;

        v = realloc(x->rep.rejected, cap * sizeof(*v));
        if (!v)
            return od_error_set(OD_ENOMEM, "out of memory");
        x->rep.rejected = v;
        x->rep.cap_listed = cap;
    }
    snprintf(buf, sizeof(buf), "%s:%llu: %s", x->path, (unsigned long long)line, why);
    od_utf8_sanitize(buf);
    x->rep.rejected[x->rep.n_listed] = strdup(buf);
    if (!x->rep.rejected[x->rep.n_listed])
        return od_error_set(OD_ENOMEM, "out of memory");
    x->rep.n_listed++;
    return 0;
}

static bool blank_record(const struct od_csv_record *rec)
{
    for (size_t i = 0; i < rec->n_fields; i++)
        for (size_t j = 0; j < rec->lengths[i]; j++)
            if (!is_space(rec->fields[i][j]))
                return false;
    return true;
}

/* Convert every field of `rec` to UTF-8 into x->vals / x->lens. On a
 * conversion failure returns OD_EINVAL with "column N (NAME): ..." (NAME
 * when the header is known). */
static int convert(struct ictx *x, const struct od_csv_record *rec)
{
    int rc;

    if (rec->n_fields > x->cap_vals) {
        size_t cap = rec->n_fields;
        const char **v = realloc(x->vals, cap * sizeof(*v));
        size_t *l, *o;

        if (!v)
            return od_error_set(OD_ENOMEM, "out of memory");
        x->vals = v;
        l = realloc(x->lens, cap * sizeof(*l));
        if (!l)
            return od_error_set(OD_ENOMEM, "out of memory");
        x->lens = l;
        o = realloc(x->offs, cap * sizeof(*o));
        if (!o)
            return od_error_set(OD_ENOMEM, "out of memory");
        x->offs = o;
        x->cap_vals = cap;
    }
    od_buf_reset(&x->text);
    for (size_t i = 0; i < rec->n_fields; i++) {
        size_t start = x->text.len;

        rc = od_conv_run(x->conv, rec->fields[i], rec->lengths[i], &x->text);
        if (rc < 0) {
            if (x->have_header && i < x->cols->n)
                return od_error_wrap(rc, "column %zu (%s)", i + 1,
                                     x->k->cols[x->cols->col_of[i]].name);
            return od_error_wrap(rc, "column %zu", i + 1);
        }
        x->offs[i] = start;
        x->lens[i] = x->text.len - start;
        rc = od_buf_addc(&x->text, '\0');
        if (rc < 0)
            return rc;
    }
    for (size_t i = 0; i < rec->n_fields; i++)
        x->vals[i] = x->text.data + x->offs[i];
    return 0;
}

static int flush(struct ictx *x)
{
    const char *p[2];
    PGresult *r = NULL;
    int rc;

    if (!x->n_batch)
        return 0;
    p[0] = json_object_to_json_string_ext(x->batch, JSON_C_TO_STRING_PLAIN);
    p[1] = od_import_cols_present(x->cols);
    if (!p[0])
        return od_error_set(OD_ENOMEM, "out of memory");
    rc = od_store_query(x->s, x->k->sql, 2, p, &r);
    if (rc < 0)
        return od_error_wrap(rc, "%s", x->k->name);
    for (int i = 0; i < PQntuples(r); i++) {
        if (PQgetvalue(r, i, 0)[0] == 't')
            x->rep.n_new++;
        else
            x->rep.n_updated++;
        if (PQgetvalue(r, i, 1)[0] == 't')
            x->rep.n_below_reserved++;
    }
    PQclear(r);
    json_object_put(x->batch);
    x->n_batch = 0;
    x->batch = json_object_new_array();
    if (!x->batch)
        return od_error_set(OD_ENOMEM, "out of memory");
    return 0;
}

static int on_header(struct ictx *x, const struct od_csv_record *rec)
{
    int rc;

    if (rec->error)
        return od_error_set(OD_EINVAL, "%s:%llu: header: %s", x->path,
                            (unsigned long long)rec->line, rec->error);
    rc = convert(x, rec);
    if (rc == 0)
        rc = od_import_cols_new(x->k->name, x->vals, rec->n_fields, &x->cols);
    if (rc == OD_EINVAL)
        return od_error_wrap(rc, "%s:%llu: header", x->path, (unsigned long long)rec->line);
    if (rc < 0)
        return rc;
    x->have_header = true;
    if (od_import_cols_ignored(x->cols))
        snprintf(x->rep.ignored, sizeof(x->rep.ignored), "%s", od_import_cols_ignored(x->cols));
    return 0;
}

static int on_record(void *ud, const struct od_csv_record *rec)
{
    struct ictx *x = ud;
    struct json_object *row = NULL;
    char why[REASON_MAX];
    int rc;

    if (!rec->error && blank_record(rec))
        return 0;
    if (!x->have_header)
        return on_header(x, rec);
    x->rep.n_read++;
    if (rec->error)
        return reject(x, rec->line, rec->error);
    rc = convert(x, rec);
    if (rc == 0)
        rc = od_import_row(x->cols, x->vals, x->lens, rec->n_fields, &row);
    if (rc == OD_EINVAL) {
        snprintf(why, sizeof(why), "%s", od_error_last());
        return reject(x, rec->line, why);
    }
    if (rc < 0)
        return rc;
    rc = add(row, "line", json_object_new_int64((int64_t)rec->line), true);
    if (rc == 0 && json_object_array_add(x->batch, row) < 0)
        rc = od_error_set(OD_ENOMEM, "out of memory");
    if (rc < 0) {
        json_object_put(row);
        return rc;
    }
    x->n_batch++;
    x->rep.n_imported++;
    if (x->n_batch >= OD_IMPORT_BATCH)
        return flush(x);
    return 0;
}

static int exec_simple(struct od_store *s, const char *sql)
{
    PGresult *r = NULL;
    int rc = od_store_query(s, sql, 0, NULL, &r);

    PQclear(r);
    return rc;
}

/* Read the whole file through the parser. */
static int read_file(struct ictx *x, FILE *f, struct od_csv *p)
{
    char *chunk = malloc(CHUNK);
    uint64_t size = 0, done = 0;
    struct stat st;
    int rc = 0;

    if (!chunk)
        return od_error_set(OD_ENOMEM, "out of memory");
    if (fstat(fileno(f), &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0)
        size = (uint64_t)st.st_size;
    for (;;) {
        size_t n = fread(chunk, 1, CHUNK, f);

        if (n > 0) {
            rc = od_csv_feed(p, chunk, n);
            if (rc < 0)
                goto out;
            done += n;
            od_progress_report(x->progress, x->rep.n_read,
                               size && done <= size ? (double)done / (double)size : -1.0);
        }
        if (n < CHUNK) {
            if (ferror(f)) {
                rc = od_error_set(OD_EIO, "%s: read error: %s", x->path, strerror(errno));
                goto out;
            }
            break;
        }
    }
    rc = od_csv_finish(p);
out:
    free(chunk);
    return rc;
}

int od_import_csv(struct od_store *s, const char *kind, const char *path, const char *encoding,
                  const struct od_progress_cb *progress, struct od_import_report *rep)
{
    struct ictx x = {.s = s, .path = path, .progress = progress};
    struct od_csv *p = NULL;
    FILE *f = NULL;
    bool in_tx = false;
    int rc;

    x.k = find_kind(kind);
    if (!x.k)
        return unknown_kind(kind);
    od_buf_init(&x.text, ROW_MAX);
    rc = od_conv_open(encoding ? encoding : "utf-8", &x.conv);
    if (rc < 0)
        goto out;
    x.batch = json_object_new_array();
    if (!x.batch) {
        rc = od_error_set(OD_ENOMEM, "out of memory");
        goto out;
    }
    if (strcmp(path, "-") == 0) {
        f = stdin;
    } else {
        f = fopen(path, "rb");
        if (!f) {
            rc = od_error_set(OD_EIO, "%s: %s", path, strerror(errno));
            goto out;
        }
    }
    rc = od_csv_new(',', NULL, on_record, &x, &p);
    if (rc < 0)
        goto out;
    rc = exec_simple(s, "BEGIN");
    if (rc < 0)
        goto out;
    in_tx = true;
    rc = read_file(&x, f, p);
    if (rc < 0)
        goto out;
    if (!x.have_header) {
        rc = od_error_set(OD_EINVAL, "%s: empty file: no header row", path);
        goto out;
    }
    rc = flush(&x);
    if (rc < 0)
        goto out;
    rc = exec_simple(s, "COMMIT");
    in_tx = false;
    if (rc < 0)
        goto out;
    *rep = x.rep;
    memset(&x.rep, 0, sizeof(x.rep));
out:
    if (in_tx) {
        char saved[1024];

        snprintf(saved, sizeof(saved), "%s", od_error_last());
        if (exec_simple(s, "ROLLBACK") < 0)
            od_error_set(rc, "%s", saved);
    }
    if (f && f != stdin)
        fclose(f);
    od_csv_free(p);
    od_import_report_free(&x.rep);
    od_import_cols_free(x.cols);
    json_object_put(x.batch);
    od_conv_free(x.conv);
    od_buf_free(&x.text);
    free(x.vals);
    free(x.lens);
    free(x.offs);
    return rc;
}
