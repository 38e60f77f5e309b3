/* Feed file parsers: CSV (one row per order line, rows grouped by
 * external_id) and orderfile_parse(), which picks the parser of the format
 * (NDJSON and JSON: parse_json.c). Every problem becomes a dead unit
 * naming the file, the line and why; the rest of the file goes on. */
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "buf.h"
#include "charset.h"
#include "csv.h"
#include "error.h"
#include "feed.h"
#include "fieldpath.h"
#include "stats.h"

/* A group's source_ref lists its line numbers ("f.csv:2,5,9") up to
 * about this many bytes, then "+N more": one order of many thousand rows
 * must not make the reference (and the poll) fail. */
#define REF_LINES_MAX 1000

/* ---- units ----------------------------------------------------------- */

static struct feed_unit *unit_new(struct feed_units *u)
{
    if (u->n == u->cap) {
        size_t cap = u->cap ? u->cap * 2 : 64;
        struct feed_unit *v = realloc(u->v, cap * sizeof(*v));

        if (!v)
            return NULL;
        u->v = v;
        u->cap = cap;
    }
    memset(&u->v[u->n], 0, sizeof(u->v[0]));
    return &u->v[u->n++];
}

static void unit_clear(struct feed_unit *x)
{
    od_order_free(x->order);
    free(x->external_id);
    free(x->source_ref);
    free(x->reason);
    free(x->raw);
}

void feed_units_free(struct feed_units *u)
{
    if (!u)
        return;
    for (size_t i = 0; i < u->n; i++)
        unit_clear(&u->v[i]);
    free(u->v);
    u->v = NULL;
    u->n = u->cap = 0;
}

static char *dup_mem(const char *s, size_t len)
{
    char *p = malloc(len + 1);

    if (!p)
        return NULL;
    if (len)
        memcpy(p, s, len);
    p[len] = '\0';
    return p;
}

/* Add a unit: `order` (taken) or a dead letter with `reason`. */
int feed_add_unit(struct feed_units *u, struct od_order *order, const char *external_id,
                  const char *source_ref, const char *reason, const char *raw, size_t raw_len)
{
    struct feed_unit *x = unit_new(u);

    if (!x) {
        od_order_free(order);
        return od_error_set(OD_ENOMEM, "out of memory");
    }
    x->order = order;
    x->external_id = external_id ? strdup(external_id) : NULL;
    x->source_ref = strdup(source_ref);
    x->reason = reason ? strdup(reason) : NULL;
    x->raw = dup_mem(raw ? raw : "", raw ? raw_len : 0);
    x->raw_len = raw ? raw_len : 0;
    if ((external_id && !x->external_id) || !x->source_ref || (reason && !x->reason) || !x->raw)
        return od_error_set(OD_ENOMEM, "out of memory");
    return 0;
}

/* Dead letter for the whole file (unreadable, binary, bad header). */
int feed_dead_file(struct feed_units *u, const char *name, const char *data, size_t len,
                   const char *reason)
{
    return feed_add_unit(u, NULL, NULL, name, reason, data, len);
}

/* Apply channel defaults and derive totals; a failure is the reason. */
int feed_finish_order(const struct orderfile_opts *s, struct od_order *o)
{
    if (!o->currency[0] && s->currency && strlen(s->currency) == 3)
        memcpy(o->currency, s->currency, 4);
    if (o->status == OD_STATUS_NONE && s->default_status)
        o->status = od_status_from_name(s->default_status);
    return od_order_finish(o);
}

/* ---- CSV ------------------------------------------------------------- */

int feed_check_mapping(const char *section, const struct od_strmap *columns,
                       const struct od_strmap *status_map)
{
    for (size_t i = 0; i < columns->n; i++) {
        bool known = false;

        for (size_t f = 0; od_field_file_paths[f]; f++)
            if (strcmp(od_field_file_paths[f], columns->keys[i]) == 0)
                known = true;
        if (!known)
            return od_error_set(OD_ECONFIG,
                                "%s.columns: '%s' is not a field path (see docs/feed.md: "
                                "external_id, lines.qty, ship_to.phone ...)",
                                section, columns->keys[i]);
    }
    if (columns->n && !od_strmap_get(columns, "external_id"))
        return od_error_set(OD_ECONFIG, "%s.columns: must map external_id", section);
    for (size_t i = 0; i < status_map->n; i++)
        if (od_status_from_name(status_map->values[i]) == OD_STATUS_NONE)
            return od_error_set(OD_ECONFIG,
                                "%s.status_map: '%s' is not a normalized status "
                                "(pending_payment, paid, partially_shipped, shipped, completed, "
                                "cancelled, refunded)",
                                section, status_map->values[i]);
    return 0;
}

struct row {
    uint64_t line;
    char *raw;
    size_t raw_len;
    char **vals; /* UTF-8 per column, NULL when not convertible */
    size_t n_vals;
    char *error; /* row-level problem, or NULL */
};

/* The rows of a CSV file, or of a part of one, under its header. */
struct feed_csv {
    const struct orderfile_opts *s;
    struct od_conv *conv;
    struct row *rows;
    size_t n_rows, cap_rows;
    struct row header;
    bool have_header;
    /* column of each entry of od_field_paths (fieldpath.h; only those a
     * file may hold are mapped), once the header is mapped */
    int col[OD_FIELD_PATHS_MAX];
    int spec_col; /* the column of s->spec_column, or -1 */
};

static void row_clear(struct row *r)
{
    free(r->raw);
    for (size_t i = 0; i < r->n_vals; i++)
        free(r->vals[i]);
    free(r->vals);
    free(r->error);
}

bool feed_csv_blank(const struct od_csv_record *rec)
{
    if (rec->error)
        return false;
    for (size_t i = 0; i < rec->n_fields; i++)
        for (size_t j = 0; j < rec->lengths[i]; j++)
            if (rec->fields[i][j] != ' ' && rec->fields[i][j] != '\t')
                return false;
    return true;
}

int feed_csv_add(struct feed_csv *c, const struct od_csv_record *rec)
{
    struct row r = {0};
    struct od_buf b;
    char why[REASON_MAX];
    uint64_t t0;
    int rc = 0;

    if (feed_csv_blank(rec))
        return 0;
    r.line = rec->line;
    r.raw = dup_mem(rec->raw, rec->raw_len);
    r.raw_len = rec->raw_len;
    r.vals = calloc(rec->n_fields ? rec->n_fields : 1, sizeof(char *));
    r.n_vals = rec->n_fields;
    if (!r.raw || !r.vals) {
        rc = od_error_set(OD_ENOMEM, "out of memory");
        goto out;
    }
    if (rec->error) {
        snprintf(why, sizeof(why), "line %llu: %s", (unsigned long long)rec->line, rec->error);
        r.error = strdup(why);
        if (!r.error) {
            rc = od_error_set(OD_ENOMEM, "out of memory");
            goto out;
        }
    }
    od_buf_init(&b, 1 << 20);
    t0 = od_stats_now();
    for (size_t i = 0; i < rec->n_fields; i++) {
        od_buf_reset(&b);
        if (od_conv_run(c->conv, rec->fields[i], rec->lengths[i], &b) < 0) {
            if (!r.error) {
                snprintf(why, sizeof(why), "line %llu, column %zu: %s",
                         (unsigned long long)rec->line, i + 1, od_error_last());
                r.error = strdup(why);
                if (!r.error) {
                    od_buf_free(&b);
                    rc = od_error_set(OD_ENOMEM, "out of memory");
                    goto out;
                }
            }
            continue;
        }
        r.vals[i] = dup_mem(b.data ? b.data : "", b.len);
        if (!r.vals[i]) {
            od_buf_free(&b);
            rc = od_error_set(OD_ENOMEM, "out of memory");
            goto out;
        }
        /* e-mail lists: ="3298810245577201", the formula a spreadsheet
         * export writes so that Excel keeps a long number as text */
        if (c->s && c->s->total_word && b.len >= 3 && r.vals[i][0] == '=' && r.vals[i][1] == '"' &&
            r.vals[i][b.len - 1] == '"' && !memchr(r.vals[i] + 2, '"', b.len - 3)) {
            memmove(r.vals[i], r.vals[i] + 2, b.len - 3);
            r.vals[i][b.len - 3] = '\0';
        }
    }
    od_buf_free(&b);
    od_stats_add(OD_STAGE_READ, od_stats_now() - t0);
    if (!c->have_header) {
        c->header = r;
        c->have_header = true;
        return 0;
    }
    if (c->n_rows == c->cap_rows) {
        size_t cap = c->cap_rows ? c->cap_rows * 2 : 256;
        struct row *v = realloc(c->rows, cap * sizeof(*v));

        if (!v) {
            rc = od_error_set(OD_ENOMEM, "out of memory");
            goto out;
        }
        c->rows = v;
        c->cap_rows = cap;
    }
    c->rows[c->n_rows++] = r;
    return 0;
out:
    row_clear(&r);
    return rc;
}

/* Small open-addressing map from external_id to group index. */
struct idmap {
    const char **keys;
    size_t *vals;
    size_t cap;
};

static uint64_t fnv1a(const char *s)
{
    uint64_t h = 1469598103934665603ULL;

    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 1099511628211ULL;
    return h;
}

static int idmap_init(struct idmap *m, size_t n)
{
    m->cap = 16;
    while (m->cap < n * 2)
        m->cap *= 2;
    m->keys = calloc(m->cap, sizeof(*m->keys));
    m->vals = calloc(m->cap, sizeof(*m->vals));
    if (!m->keys || !m->vals)
        return od_error_set(OD_ENOMEM, "out of memory");
    return 0;
}

/* Index of `key`, inserting `next` when absent. */
static size_t idmap_get(struct idmap *m, const char *key, size_t next)
{
    size_t i = fnv1a(key) & (m->cap - 1);

    while (m->keys[i]) {
        if (strcmp(m->keys[i], key) == 0)
            return m->vals[i];
        i = (i + 1) & (m->cap - 1);
    }
    m->keys[i] = key;
    m->vals[i] = next;
    return next;
}

static void idmap_free(struct idmap *m)
{
    free(m->keys);
    free(m->vals);
}

/* "3,000", "12,500,000": a count with thousands marks (spreadsheets
 * export them so, quoted) without the marks into buf; false when `v` is
 * not grouped exactly in threes. */
static bool ungroup(const char *v, char *buf, size_t cap)
{
    size_t lead = 0, k = 0;
    const char *p = v;

    while (p[lead] >= '0' && p[lead] <= '9')
        lead++;
    if (lead == 0 || lead > 3 || p[lead] != ',')
        return false;
    for (p = v; *p; p++) {
        if (*p == ',') {
            for (int d = 1; d <= 3; d++)
                if (p[d] < '0' || p[d] > '9')
                    return false;
            if (p[4] >= '0' && p[4] <= '9')
                return false;
            continue;
        }
        if (k + 1 >= cap)
            return false;
        buf[k++] = *p;
    }
    buf[k] = '\0';
    return true;
}

static int parse_qty(const char *v, int64_t *out)
{
    char *end, plain[32];
    long long q;

    while (*v == ' ')
        v++;
    if (*v < '0' || *v > '9')
        return od_error_set(OD_EINVAL, "'%s' is not a whole number", v);
    q = strtoll(ungroup(v, plain, sizeof(plain)) ? plain : v, &end, 10);
    if (*end == '.') { /* "24.00": ERPs write quantities with decimals */
        char *z = end + 1;

        while (*z == '0')
            z++;
        if (z > end + 1)
            end = z;
    }
    while (*end == ' ')
        end++;
    if (*end)
        return od_error_set(OD_EINVAL, "'%s' is not a whole number", v);
    if (q <= 0 || q > 1000000000LL)
        return od_error_set(OD_EINVAL, "'%s' must be between 1 and 1000000000", v);
    *out = q;
    return 0;
}

static bool is_empty(const char *v)
{
    if (!v)
        return true;
    while (*v == ' ' || *v == '\t')
        v++;
    return *v == '\0';
}

static int set_tags(struct od_order *o, const char *v)
{
    const char *p = v;

    while (*p) {
        size_t n = strcspn(p, ",;|");
        const char *a = p, *z = p + n;
        char tag[256];

        while (a < z && (*a == ' ' || *a == '\t'))
            a++;
        while (z > a && (z[-1] == ' ' || z[-1] == '\t'))
            z--;
        if (z > a) {
            size_t len = (size_t)(z - a) < sizeof(tag) - 1 ? (size_t)(z - a) : sizeof(tag) - 1;
            int rc;

            memcpy(tag, a, len);
            tag[len] = '\0';
            rc = od_order_add_tag(o, tag);
            if (rc < 0)
                return rc;
        }
        p += n;
        if (*p)
            p++;
    }
    return 0;
}

/* A time the feed's grammar refused, in a mail's attachment: read as
 * people write dates, or left out; a doubt either way. */
static int loose_time(const struct orderfile_opts *s, struct od_order *o,
                      const struct od_field_path *f, const char *v, od_time *out)
{
    char doubt[200];
    bool ambiguous = false;

    if (!s->loose_time(s->loose_ctx, v, strlen(v), out, &ambiguous)) {
        *out = OD_TIME_NONE;
        snprintf(doubt, sizeof(doubt), "%s '%.60s' is not a date; left out", f->path, v);
    } else if (ambiguous) {
        snprintf(doubt, sizeof(doubt),
                 "%s %.60s could be read day first or month first; read as month first", f->path,
                 v);
    } else {
        return 0;
    }
    return od_order_add_doubt(o, doubt);
}

static const char *cell_currency(const struct orderfile_opts *o, const char *v);

/* E-mail lists: an amount written with its currency's mark ("US$7,440.00",
 * "-€5", "1,000.00 元"): the figure alone in buf, its sign or bracket
 * kept; v itself when it has no mark mark_currency knows. */
static const char *unmarked(const struct orderfile_opts *s, const char *v, char *buf, size_t size)
{
    const char *a = v, *d, *z;
    size_t k = 0;

    if (!s->mark_currency || !cell_currency(s, v) || strlen(v) >= size)
        return v;
    while (*a == ' ' || *a == '-' || *a == '(')
        a++;
    for (d = a; *d && (*d < '0' || *d > '9'); d++)
        ;
    if (d > a) { /* the mark before the figure */
        memcpy(buf, v, (size_t)(a - v));
        k = (size_t)(a - v);
        for (z = d; *z; z++)
            buf[k++] = *z;
    } else { /* after it */
        for (z = v + strlen(v); z > d && (z[-1] == ' ' || z[-1] == ')');)
            z--;
        for (a = z; a > d && !(a[-1] >= '0' && a[-1] <= '9');)
            a--;
        memcpy(buf, v, (size_t)(a - v));
        k = (size_t)(a - v);
        while (k && buf[k - 1] == ' ')
            k--;
        for (z = a; *z; z++)
            if (*z == ')')
                buf[k++] = *z;
    }
    buf[k] = '\0';
    return buf;
}

/* An amount cell that says zero ("0.00", "0", "US$0.00"). */
static bool zero_amount(const struct orderfile_opts *s, const char *v)
{
    char buf[64];
    od_money m;

    v = unmarked(s, v, buf, sizeof(buf));
    return od_money_parse(v, strlen(v), &m) == 0 && m == 0;
}

/* Set one order-level value. OD_EINVAL with the detail on bad input. */
static int set_order_field(const struct orderfile_opts *s, struct od_order *o,
                           const struct od_field_path *f, const char *v)
{
    char *base = (char *)o;
    int rc = 0;

    switch (f->kind) {
    case OD_FIELD_TEXT:
        rc = od_str_set((char **)(base + f->offset), v, strlen(v));
        break;
    case OD_FIELD_MONEY: {
        char buf[64];

        v = unmarked(s, v, buf, sizeof(buf));
        rc = od_money_parse(v, strlen(v), (od_money *)(base + f->offset));
        break;
    }
    case OD_FIELD_TIME:
        rc = od_time_parse(v, strlen(v), s->timezone, (od_time *)(base + f->offset));
        if (rc < 0 && s->loose_time)
            rc = loose_time(s, o, f, v, (od_time *)(base + f->offset));
        break;
    case OD_FIELD_STATUS: {
        enum od_status st = od_status_from_name(v);
        const char *mapped;

        if (st == OD_STATUS_NONE && s->status_map &&
            (mapped = od_strmap_get(s->status_map, v)) != NULL)
            st = od_status_from_name(mapped);
        if (st == OD_STATUS_NONE)
            return od_error_set(OD_EINVAL,
                                "status '%s' is neither a normalized status nor in status_map", v);
        o->status = st;
        rc = od_str_set(&o->channel_status, v, strlen(v));
        break;
    }
    case OD_FIELD_CURRENCY:
        if (strlen(v) != 3 || v[0] < 'A' || v[0] > 'Z' || v[1] < 'A' || v[1] > 'Z' || v[2] < 'A' ||
            v[2] > 'Z')
            return od_error_set(OD_EINVAL, "currency '%s' is not an ISO 4217 code", v);
        memcpy(o->currency, v, 4);
        break;
    case OD_FIELD_TAGS:
        rc = set_tags(o, v);
        break;
    default:
        break;
    }
    return rc;
}

/* A unit price with more than four decimals ("0.00835", "1,234.01255"),
 * rounded half up to four into *out; -1 when `v` is no such number. */
static int fine_price(const char *v, od_price *out)
{
    char buf[64];
    size_t k = 0, dec = 0;
    const char *dot = strchr(v, '.');
    bool up;

    if (!dot || strlen(v) >= sizeof(buf) || strpbrk(v, "-(")) /* a credit stays refused */
        return -1;
    while (dot[1 + dec] >= '0' && dot[1 + dec] <= '9')
        dec++;
    if (dec <= OD_PRICE_DECIMALS || dot[1 + dec])
        return -1;
    for (const char *p = v; p < dot + 1 + OD_PRICE_DECIMALS; p++)
        buf[k++] = *p;
    buf[k] = '\0';
    up = dot[1 + OD_PRICE_DECIMALS] >= '5';
    if (od_price_parse(buf, k, out) < 0 || out->e4 < 0)
        return -1;
    out->e4 += up;
    return 0;
}

static int set_line_field(const struct orderfile_opts *s, struct od_order *o, struct od_line *l,
                          const struct od_field_path *f, const char *v)
{
    char *base = (char *)l, buf[64];

    if (f->kind == OD_FIELD_MONEY || f->kind == OD_FIELD_PRICE)
        v = unmarked(s, v, buf, sizeof(buf));

    if (s->fine_prices && f->kind == OD_FIELD_PRICE &&
        od_price_parse(v, strlen(v), &l->unit_price) < 0) {
        char doubt[160], got[OD_MONEY_STRLEN];

        if (fine_price(v, &l->unit_price) < 0)
            return od_price_parse(v, strlen(v), &l->unit_price); /* its own error */
        snprintf(doubt, sizeof(doubt),
                 "line %d: unit price %s has more than four decimals; %s taken, the exact price "
                 "to be keyed by hand",
                 l->line_no, v, od_price_format(l->unit_price, got));
        return od_order_add_doubt(o, doubt);
    }

    switch (f->kind) {
    case OD_FIELD_TEXT:
        return od_str_set((char **)(base + f->offset), v, strlen(v));
    case OD_FIELD_MONEY:
        return od_money_parse(v, strlen(v), (od_money *)(base + f->offset));
    case OD_FIELD_PRICE:
        return od_price_parse(v, strlen(v), (od_price *)(base + f->offset));
    case OD_FIELD_QTY:
        return parse_qty(v, &l->qty);
    default:
        return 0;
    }
}

/* Columns of orderctl's CSV export that orderd assigns itself: read
 * back, they are skipped (as "id" and "channel" are in JSON input). */
static bool ignored_column(const char *name)
{
    static const char *const names[] = {"id", "channel", "revision", "audit.outcome", NULL};

    for (size_t i = 0; names[i]; i++)
        if (strcmp(names[i], name) == 0)
            return true;
    return false;
}

/* Column of each field in the header, -1 when absent. Header problems are
 * returned as OD_EINVAL with the reason. */
static int map_header(const struct orderfile_opts *s, const struct row *h, int *col)
{
    for (size_t i = 0; i < od_n_field_paths; i++)
        col[i] = -1;
    if (h->error)
        return od_error_set(OD_EINVAL, "header: %s", h->error);
    if (s->columns && s->columns->n) {
        for (size_t k = 0; k < s->columns->n; k++) {
            size_t fi = od_n_field_paths;

            for (size_t i = 0; i < od_n_field_paths; i++)
                if (od_field_paths[i].in_files &&
                    strcmp(od_field_paths[i].path, s->columns->keys[k]) == 0)
                    fi = i;
            if (fi == od_n_field_paths)
                continue; /* rejected by validate(); unreachable from config */
            for (size_t c = 0; c < h->n_vals; c++)
                if (h->vals[c] && strcmp(h->vals[c], s->columns->values[k]) == 0)
                    col[fi] = (int)c;
            if (col[fi] < 0)
                return od_error_set(OD_EINVAL, "header: no column '%s' (mapped to %s)",
                                    s->columns->values[k], od_field_paths[fi].path);
        }
    } else {
        for (size_t c = 0; c < h->n_vals; c++) {
            size_t fi = od_n_field_paths;

            for (size_t i = 0; i < od_n_field_paths; i++)
                if (od_field_paths[i].in_files && h->vals[c] &&
                    strcmp(od_field_paths[i].path, h->vals[c]) == 0)
                    fi = i;
            if (fi == od_n_field_paths && h->vals[c] && ignored_column(h->vals[c]))
                continue;
            if (fi == od_n_field_paths)
                return od_error_set(OD_EINVAL,
                                    "header: unknown column '%s' (name columns by field path, "
                                    "e.g. external_id, lines.qty, or map them with columns:)",
                                    h->vals[c] ? h->vals[c] : "?");
            if (col[fi] >= 0)
                return od_error_set(OD_EINVAL, "header: column '%s' appears twice", h->vals[c]);
            col[fi] = (int)c;
        }
    }
    if (col[0] < 0)
        return od_error_set(OD_EINVAL, "header: no external_id column");
    return 0;
}

static const char *cell(const struct row *r, const int *col, size_t fi)
{
    if (col[fi] < 0 || (size_t)col[fi] >= r->n_vals)
        return NULL;
    return r->vals[col[fi]];
}

/* The currency a money cell is marked with ("$0.57", "1,000.00 元",
 * "USD 12.00"), through o->mark_currency; NULL when unmarked. */
static const char *cell_currency(const struct orderfile_opts *o, const char *v)
{
    const char *a = v, *d, *z;

    while (*a == ' ' || *a == '-' || *a == '(')
        a++;
    for (d = a; *d && (*d < '0' || *d > '9'); d++)
        ;
    if (!*d)
        return NULL;
    if (d > a) {
        z = d;
        while (z > a && z[-1] == ' ')
            z--;
        return o->mark_currency(a, (size_t)(z - a));
    }
    for (z = v + strlen(v); z > d && (z[-1] == ' ' || z[-1] == ')');)
        z--;
    for (a = z; a > d && !(a[-1] >= '0' && a[-1] <= '9');)
        a--;
    while (a < z && *a == ' ')
        a++;
    return a < z ? o->mark_currency(a, (size_t)(z - a)) : NULL;
}

/* An order without a currency column: the currency its money cells are
 * marked with (o->currency), a doubt when they name two. */
static int marked_currency(const struct orderfile_opts *s, const struct feed_csv *c, const int *col,
                           const size_t *idx, size_t n, struct od_order *o)
{
    const char *code = NULL;

    for (size_t k = 0; k < n; k++)
        for (size_t fi = 0; fi < od_n_field_paths; fi++) {
            const char *v = cell(&c->rows[idx[k]], col, fi), *m;

            if ((od_field_paths[fi].kind != OD_FIELD_MONEY &&
                 od_field_paths[fi].kind != OD_FIELD_PRICE) ||
                is_empty(v) || !(m = cell_currency(s, v)))
                continue;
            if (code && strcmp(code, m) != 0) {
                char doubt[160];

                snprintf(doubt, sizeof(doubt),
                         "line %llu: %s is marked %s, other amounts %s: check the currency",
                         (unsigned long long)c->rows[idx[k]].line, od_field_paths[fi].path, m,
                         code);
                return od_order_add_doubt(o, doubt);
            }
            if (!code && strlen(m) == 3) {
                code = m;
                memcpy(o->currency, m, 4);
            }
        }
    return 0;
}

/* E-mail lists: a row below an order's lines that states their sum
 * ("","","","","Total","$3,420.00"; "合计",...,"10,440.00"): no line of
 * its own. True when row r is one (a cell that o->total_word names),
 * with *stated its amount (the last cell written) or OD_MONEY_NONE when
 * the word is a subtotal's or no amount follows. */
static bool sum_row(const struct orderfile_opts *o, const struct row *r, const int *col,
                    od_money *stated)
{
    const char *qty = NULL, *sku = NULL, *price = NULL, *last = NULL;
    int word = ORDERFILE_NO_TOTAL;

    for (size_t fi = 0; fi < od_n_field_paths; fi++) {
        const char *path = od_field_paths[fi].path;

        if (strcmp(path, "lines.qty") == 0)
            qty = cell(r, col, fi);
        else if (strcmp(path, "lines.sku") == 0)
            sku = cell(r, col, fi);
        else if (strcmp(path, "lines.unit_price") == 0)
            price = cell(r, col, fi);
    }
    /* A count is a line's, unless the row has neither code nor price: a
     * totals row that adds up the quantities too (合计, 1600, 9410.00). */
    if (!is_empty(qty) && strspn(qty, " 0123456789,.") == strlen(qty) &&
        (!is_empty(sku) || !is_empty(price)))
        return false;
    for (size_t i = 0; i < r->n_vals; i++) {
        const char *v = r->vals[i];
        int w;

        if (is_empty(v))
            continue;
        last = v;
        if ((w = o->total_word(v, strlen(v))) != ORDERFILE_NO_TOTAL && word != ORDERFILE_SUBTOTAL)
            word = w;
    }
    if (word == ORDERFILE_NO_TOTAL)
        return false;
    if (word == ORDERFILE_SUBTOTAL || !last || od_money_parse(last, strlen(last), stated) < 0 ||
        *stated < 0)
        *stated = OD_MONEY_NONE;
    return true;
}

/* E-mail lists: a totals row whose word stands in the order-number
 * column ("合计,,,,,,,24120,,50580.00" under the lines of CG2711150003),
 * as sum_row reads it: the order above's sum, not an order of its own. */
static bool total_in_id(const struct orderfile_opts *o, const struct row *r, const int *col)
{
    const char *id = cell(r, col, 0);
    od_money m;

    return o->total_word && !is_empty(id) && o->total_word(id, strlen(id)) != ORDERFILE_NO_TOTAL &&
           sum_row(o, r, col, &m);
}

/* E-mail lists: a row below an order's lines that is one of its charges
 * ("","","","","运费","","","","450.00"): no quantity, code or price, a
 * cell that o->charge_word names, and one amount, its last cell. True
 * with *field ("shipping", "tax", "discount") and *m (a discount as the
 * amount taken off). */
static bool charge_row(const struct orderfile_opts *o, const struct row *r, const int *col,
                       const char **field, od_money *m)
{
    const char *last = NULL, *f = NULL;
    char buf[64];

    for (size_t fi = 0; fi < od_n_field_paths; fi++) {
        const char *path = od_field_paths[fi].path;

        if ((strcmp(path, "lines.qty") == 0 || strcmp(path, "lines.sku") == 0 ||
             strcmp(path, "lines.unit_price") == 0) &&
            !is_empty(cell(r, col, fi)))
            return false;
    }
    for (size_t i = 0; i < r->n_vals; i++) {
        const char *v = r->vals[i];

        if (is_empty(v))
            continue;
        if (last && !f)
            f = o->charge_word(o->loose_ctx, last);
        else if (last)
            return false; /* a second cell besides the word and the amount */
        last = v;
    }
    if (!f || !last)
        return false;
    last = unmarked(o, last, buf, sizeof(buf));
    if (od_money_parse(last, strlen(last), m) < 0)
        return false;
    if (*m < 0)
        *m = -*m;
    *field = f;
    return true;
}

/* The line's title is its name, one space, and the specification in
 * the spec column (orderfile_opts.spec_column); a code first in it is
 * the SKU of a line without one. */
static int join_spec(const struct feed_csv *c, const struct row *r, struct od_line *l)
{
    const char *v, *code = NULL;
    size_t n, m, code_n = 0;
    char *t;

    if (c->spec_col < 0 || (size_t)c->spec_col >= r->n_vals || !r->vals[c->spec_col] || !l->title ||
        !l->title[0])
        return 0;
    v = r->vals[c->spec_col];
    m = strlen(v);
    if (!c->s->spec_part(&v, &m, l->sku ? NULL : &code, &code_n))
        return 0;
    if (code_n && od_str_set(&l->sku, code, code_n) < 0)
        return OD_ENOMEM;
    n = strlen(l->title);
    t = realloc(l->title, n + 1 + m + 1);
    if (!t)
        return od_error_set(OD_ENOMEM, "out of memory");
    t[n] = ' ';
    memcpy(t + n + 1, v, m);
    t[n + 1 + m] = '\0';
    l->title = t;
    return 0;
}

/* A note column (buyer_note, seller_note) is free text a row may word
 * its own way ("Print per artwork v3" on one line, "White, acid-free" on
 * another): the rows' different notes are the order's note, joined in
 * row order, each once. Money, ids and names are never joined. */
#define NOTES_MAX 8192

static bool note_field(const struct od_field_path *f)
{
    size_t n = strlen(f->path);

    return f->kind == OD_FIELD_TEXT && n > 5 && strcmp(f->path + n - 5, "_note") == 0;
}

static bool note_has(const char *all, const char *v)
{
    size_t n = strlen(v);

    for (const char *p = all; (p = strstr(p, v)); p++)
        if ((p == all || (p >= all + 2 && memcmp(p - 2, "; ", 2) == 0)) &&
            (p[n] == '\0' || strncmp(p + n, "; ", 2) == 0))
            return true;
    return false;
}

static int join_note(struct od_buf *notes, const char *first, const char *v)
{
    int rc = 0;

    if (!notes->len)
        rc = od_buf_adds(notes, first);
    if (rc == 0 && !note_has(notes->data, v) && (rc = od_buf_adds(notes, "; ")) == 0)
        rc = od_buf_adds(notes, v);
    return rc;
}

/* Build the order of one group of rows (indexes `idx[0..n)`), or explain
 * in `why` why it cannot be built. */
static int build_order(const struct orderfile_opts *s, const char *channel, struct feed_csv *c,
                       const int *col, const size_t *idx, size_t n, struct od_order **out,
                       char *why, size_t whylen)
{
    struct od_order *o = od_order_new();
    od_money stated = OD_MONEY_NONE;
    uint64_t stated_line = 0;
    const char *charge;
    bool col_total = false;
    struct od_buf notes;
    int rc = 0;

    if (!o)
        return od_error_set(OD_ENOMEM, "out of memory");
    od_buf_init(&notes, NOTES_MAX);
    rc = od_str_set(&o->channel, channel, strlen(channel));
    if (rc < 0)
        goto out;
    for (size_t k = 0; k < n; k++) {
        const struct row *r = &c->rows[idx[k]];

        if (r->error) {
            snprintf(why, whylen, "%s", r->error);
            rc = OD_EINVAL;
            goto out;
        }
        if (col[0] >= 0 && (size_t)col[0] >= r->n_vals) {
            snprintf(why, whylen, "line %llu: %zu fields, header has more",
                     (unsigned long long)r->line, r->n_vals);
            rc = OD_EINVAL;
            goto out;
        }
    }
    /* Order-level fields: the first non-empty value; a differing later
     * value is a conflict (money and ids must never be guessed). */
    for (size_t fi = 0; fi < od_n_field_paths; fi++) {
        const char *first = NULL;
        uint64_t first_line = 0;

        od_buf_reset(&notes);
        if (od_field_paths[fi].where == OD_FIELD_LINE || col[fi] < 0)
            continue;
        for (size_t k = 0; k < n; k++) {
            const struct row *r = &c->rows[idx[k]];
            const char *v = cell(r, col, fi);

            if (is_empty(v) || (k > 0 && total_in_id(s, r, col)))
                continue; /* a totals row's cells are no order fields */
            if (s->total_word && od_field_paths[fi].kind == OD_FIELD_MONEY && zero_amount(s, v) &&
                (first || k + 1 < n))
                /* e-mail lists: an order's freight or total on one of
                 * its rows, 0.00 on the others (1688's export) */
                continue;
            if (!first) {
                first = v;
                first_line = r->line;
            } else if (note_field(&od_field_paths[fi]) && strcmp(first, v) != 0) {
                if ((rc = join_note(&notes, first, v)) < 0) {
                    snprintf(why, whylen, "line %llu: %s: the rows' notes together pass %d bytes",
                             (unsigned long long)r->line, od_field_paths[fi].path, NOTES_MAX);
                    goto out;
                }
            } else if (strcmp(first, v) != 0) {
                snprintf(why, whylen, "line %llu: %s '%s' differs from '%s' on line %llu",
                         (unsigned long long)r->line, od_field_paths[fi].path, v, first,
                         (unsigned long long)first_line);
                rc = OD_EINVAL;
                goto out;
            }
        }
        if (notes.len)
            first = notes.data;
        if (first && set_order_field(s, o, &od_field_paths[fi], first) < 0) {
            snprintf(why, whylen, "line %llu: %s: %s", (unsigned long long)first_line,
                     od_field_paths[fi].path, od_error_last());
            rc = OD_EINVAL;
            goto out;
        }
    }
    for (size_t k = 0; k < n; k++) {
        const struct row *r = &c->rows[idx[k]];
        struct od_line *l;
        od_money m;

        if (s->total_word && k > 0 && (is_empty(cell(r, col, 0)) || total_in_id(s, r, col)) &&
            sum_row(s, r, col, &m)) {
            if (m != OD_MONEY_NONE) {
                stated = m;
                stated_line = r->line;
            }
            continue;
        }
        if (s->charge_word && k > 0 && is_empty(cell(r, col, 0)) &&
            charge_row(s, r, col, &charge, &m)) {
            od_money *dst = charge[0] == 's'   ? &o->shipping
                            : charge[0] == 't' ? &o->tax
                                               : &o->discount;

            if (*dst != OD_MONEY_NONE && *dst != 0) {
                /* a second one, or one beside the order's own column */
                snprintf(why, whylen,
                         "line %llu: a second %s row, added to the first: check "
                         "the charges",
                         (unsigned long long)r->line, charge);
                if ((rc = od_order_add_doubt(o, why)) < 0)
                    goto out;
                why[0] = '\0';
            }
            *dst = *dst == OD_MONEY_NONE ? m : *dst + m;
            continue;
        }
        rc = od_order_add_line(o, &l);
        if (rc < 0)
            goto out;
        for (size_t fi = 0; fi < od_n_field_paths; fi++) {
            const char *v = cell(r, col, fi);

            if (od_field_paths[fi].where != OD_FIELD_LINE || is_empty(v))
                continue;
            if (set_line_field(s, o, l, &od_field_paths[fi], v) < 0) {
                snprintf(why, whylen, "line %llu: %s: %s", (unsigned long long)r->line,
                         od_field_paths[fi].path, od_error_last());
                rc = OD_EINVAL;
                goto out;
            }
        }
        if ((rc = join_spec(c, r, l)) < 0)
            goto out;
        if (l->qty <= 0) {
            snprintf(why, whylen, "line %llu: lines.qty is missing", (unsigned long long)r->line);
            rc = OD_EINVAL;
            goto out;
        }
    }
    /* a list's total column: checked as a total row is (e-mail lists) */
    if (stated == OD_MONEY_NONE && s->total_word && o->total != OD_MONEY_NONE) {
        stated = o->total;
        stated_line = c->rows[idx[0]].line;
        col_total = true;
    }
    if (stated != OD_MONEY_NONE && o->total == OD_MONEY_NONE)
        o->total = stated;
    if (s->mark_currency && !o->currency[0] && (rc = marked_currency(s, c, col, idx, n, o)) < 0)
        goto out;
    if (feed_finish_order(s, o) < 0) {
        /* od_order_finish counts lines within the order: say so. */
        const char *d = od_error_last();

        snprintf(why, whylen, "line %llu: %s%s", (unsigned long long)c->rows[idx[0]].line,
                 strncmp(d, "line ", 5) == 0 ? "order " : "", d);
        rc = OD_EINVAL;
        goto out;
    }
    if (stated != OD_MONEY_NONE) {
        od_money sum = o->subtotal + o->shipping + o->tax - o->discount;

        if (stated != o->total || sum != o->total) {
            char a[OD_MONEY_STRLEN], b[OD_MONEY_STRLEN], doubt[200];

            snprintf(doubt, sizeof(doubt),
                     "line %llu: the total %s states %s; the lines, shipping and tax less "
                     "discount come to %s",
                     (unsigned long long)stated_line, col_total ? "column" : "row",
                     od_money_format(stated, a), od_money_format(sum, b));
            if ((rc = od_order_add_doubt(o, doubt)) < 0)
                goto out;
        }
    }
    *out = o;
    o = NULL;
out:
    od_buf_free(&notes);
    od_order_free(o);
    return rc;
}

static int csv_emit_group(const struct orderfile_opts *s, const char *channel, const char *name,
                          struct feed_csv *c, const int *col, const size_t *idx, size_t n,
                          const char *external_id, struct feed_units *u)
{
    struct od_order *o = NULL;
    struct od_buf raw, ref;
    char why[REASON_MAX] = "";
    bool cut = false;
    int rc;

    od_buf_init(&raw, (size_t)1 << 31);
    od_buf_init(&ref, 1 << 16);
    rc = od_buf_add(&raw, c->header.raw, c->header.raw_len);
    if (rc == 0)
        rc = od_buf_printf(&ref, "%s:", name);
    for (size_t k = 0; k < n && rc == 0; k++) {
        rc = od_buf_add(&raw, c->rows[idx[k]].raw, c->rows[idx[k]].raw_len);
        if (rc < 0 || cut)
            continue;
        if (ref.len < REF_LINES_MAX) {
            rc = od_buf_printf(&ref, "%s%llu", k ? "," : "",
                               (unsigned long long)c->rows[idx[k]].line);
        } else {
            rc = od_buf_printf(&ref, ",+%zu more", n - k);
            cut = true;
        }
    }
    if (rc < 0)
        goto out;
    rc = build_order(s, channel, c, col, idx, n, &o, why, sizeof(why));
    if (rc == OD_ENOMEM)
        goto out;
    rc = feed_add_unit(u, o, external_id, ref.data, o ? NULL : why, raw.data, raw.len);
out:
    od_buf_free(&raw);
    od_buf_free(&ref);
    return rc;
}

int feed_csv_new(const struct orderfile_opts *s, struct feed_csv **out)
{
    struct feed_csv *c = calloc(1, sizeof(*c));
    int rc;

    if (!c)
        return od_error_set(OD_ENOMEM, "out of memory");
    c->s = s;
    c->spec_col = -1;
    for (size_t i = 0; i < od_n_field_paths; i++)
        c->col[i] = -1;
    rc = od_conv_open(s->encoding, &c->conv);
    if (rc < 0) {
        free(c);
        return rc;
    }
    *out = c;
    return 0;
}

static void csv_clear_rows(struct feed_csv *c)
{
    for (size_t i = 0; i < c->n_rows; i++)
        row_clear(&c->rows[i]);
    c->n_rows = 0;
}

void feed_csv_reset(struct feed_csv *c)
{
    csv_clear_rows(c);
}

void feed_csv_free(struct feed_csv *c)
{
    if (!c)
        return;
    csv_clear_rows(c);
    free(c->rows);
    if (c->have_header)
        row_clear(&c->header);
    od_conv_free(c->conv);
    free(c);
}

bool feed_csv_has_header(const struct feed_csv *c)
{
    return c->have_header;
}

int feed_csv_map(struct feed_csv *c)
{
    if (!c->have_header)
        return od_error_set(OD_EINVAL, "empty file: no header row");
    c->spec_col = -1;
    for (size_t k = 0; c->s->spec_column && c->s->spec_part && k < c->header.n_vals; k++)
        if (c->header.vals[k] && strcmp(c->header.vals[k], c->s->spec_column) == 0)
            c->spec_col = (int)k;
    return map_header(c->s, &c->header, c->col);
}

bool feed_csv_id(struct feed_csv *c, const struct od_csv_record *rec, struct od_buf *b)
{
    int k = c->col[0];
    char nul = '\0';

    if (k < 0 || (size_t)k >= rec->n_fields)
        return false;
    od_buf_reset(b);
    if (od_conv_run(c->conv, rec->fields[k], rec->lengths[k], b) < 0 || od_buf_add(b, &nul, 1) < 0)
        return false;
    return !is_empty(b->data);
}

/* Dead unit of a row without a readable external_id. */
static int csv_dead_row(struct feed_csv *c, const char *name, const struct row *r,
                        struct feed_units *u)
{
    char ref[300], why[REASON_MAX];
    struct od_buf raw;
    int rc;

    snprintf(ref, sizeof(ref), "%s:%llu", name, (unsigned long long)r->line);
    if (r->error)
        snprintf(why, sizeof(why), "%s", r->error);
    else
        snprintf(why, sizeof(why), "line %llu: missing external_id", (unsigned long long)r->line);
    od_buf_init(&raw, (size_t)1 << 31);
    rc = od_buf_add(&raw, c->header.raw, c->header.raw_len);
    if (rc == 0)
        rc = od_buf_add(&raw, r->raw, r->raw_len);
    if (rc == 0)
        rc = feed_add_unit(u, NULL, NULL, ref, why, raw.data, raw.len);
    od_buf_free(&raw);
    return rc;
}

int feed_csv_emit(struct feed_csv *c, const char *channel, const char *name, struct feed_units *u)
{
    const int *col = c->col;
    struct idmap map = {0};
    size_t *group_of = NULL, *order = NULL, *first = NULL, *count = NULL, *pos = NULL;
    size_t n_groups = 0, g = 0;
    int rc;

    rc = idmap_init(&map, c->n_rows);
    if (rc < 0)
        goto out;
    group_of = calloc(c->n_rows + 1, sizeof(size_t));
    first = calloc(c->n_rows + 1, sizeof(size_t));
    count = calloc(c->n_rows + 1, sizeof(size_t));
    order = calloc(c->n_rows + 1, sizeof(size_t));
    pos = calloc(c->n_rows + 1, sizeof(size_t));
    if (!group_of || !first || !count || !order || !pos) {
        rc = od_error_set(OD_ENOMEM, "out of memory");
        goto out;
    }
    /* Rows without a readable external_id are dead letters of their own
     * (SIZE_MAX group); the others group by external_id. */
    for (size_t i = 0; i < c->n_rows; i++) {
        const char *id = cell(&c->rows[i], col, 0);

        if (is_empty(id) && c->s->continue_rows && i > 0 && group_of[i - 1] != SIZE_MAX &&
            !c->rows[i].error) {
            /* an ERP's next line of the order above, its number not repeated */
            group_of[i] = group_of[i - 1];
            count[group_of[i]]++;
            continue;
        }
        if (is_empty(id)) {
            group_of[i] = SIZE_MAX;
            continue;
        }
        if (i > 0 && group_of[i - 1] != SIZE_MAX && total_in_id(c->s, &c->rows[i], col)) {
            /* "合计,,,,24120,,50580.00": the totals row of the order
             * above, its word in the order-number column */
            group_of[i] = group_of[i - 1];
            count[group_of[i]]++;
            continue;
        }
        group_of[i] = idmap_get(&map, id, n_groups);
        if (group_of[i] == n_groups)
            first[n_groups++] = i;
        count[group_of[i]]++;
    }
    /* Stable counting sort of row indexes by group. */
    for (size_t k = 1; k < n_groups; k++)
        pos[k] = pos[k - 1] + count[k - 1];
    for (size_t i = 0; i < c->n_rows; i++)
        if (group_of[i] != SIZE_MAX)
            order[pos[group_of[i]]++] = i;
    /* Emit groups in order of their first row, interleaving the rows
     * without id at their own position. */
    for (size_t i = 0; i < c->n_rows && rc == 0; i++) {
        if (group_of[i] == SIZE_MAX) {
            rc = csv_dead_row(c, name, &c->rows[i], u);
        } else if (g < n_groups && first[g] == i) {
            size_t start = pos[g] - count[g];

            rc = csv_emit_group(c->s, channel, name, c, col, order + start, count[g],
                                cell(&c->rows[i], col, 0), u);
            g++;
        }
    }
out:
    idmap_free(&map);
    free(group_of);
    free(first);
    free(count);
    free(order);
    free(pos);
    csv_clear_rows(c);
    return rc;
}

static int on_record(void *ud, const struct od_csv_record *rec)
{
    return feed_csv_add(ud, rec);
}

static int parse_csv(const struct orderfile_opts *s, const char *channel, const char *name,
                     const char *data, size_t len, struct feed_units *u)
{
    struct feed_csv *c = NULL;
    struct od_csv *p = NULL;
    char why[REASON_MAX];
    int rc;

    rc = feed_csv_new(s, &c);
    if (rc < 0)
        return feed_dead_file(u, name, data, len, od_error_last());
    rc = od_csv_new(s->delimiter, NULL, on_record, c, &p);
    if (rc < 0)
        goto out;
    rc = od_csv_feed(p, data, len);
    if (rc == 0)
        rc = od_csv_finish(p);
    if (rc < 0)
        goto out;
    if (feed_csv_map(c) < 0) {
        snprintf(why, sizeof(why), "%s", od_error_last());
        rc = feed_dead_file(u, name, data, len, why);
        goto out;
    }
    rc = feed_csv_emit(c, channel, name, u);
out:
    od_csv_free(p);
    feed_csv_free(c);
    return rc;
}

int orderfile_parse(const struct orderfile_opts *s, const char *channel, const char *name,
                    const char *data, size_t len, struct feed_units *out)
{
    const char *nul = memchr(data, '\0', len);
    char why[REASON_MAX];

    if (nul) {
        snprintf(why, sizeof(why), "%s: binary file (NUL byte at offset %zu), not %s", name,
                 (size_t)(nul - data), s->format);
        return feed_dead_file(out, name, data, len, why);
    }
    if (strcmp(s->format, "ndjson") == 0)
        return feed_parse_ndjson(s, channel, name, data, len, out);
    if (strcmp(s->format, "json") == 0)
        return feed_parse_json(s, channel, name, data, len, out);
    return parse_csv(s, channel, name, data, len, out);
}
