/* Purchase orders written as text: label lines ("订单号：PO-2291",
 * "Ship to: ...") and a line-item table (a header row of known column
 * labels, columns split by tabs, 2+ spaces, '|' or full-width spaces),
 * or "SKU x qty @ price" lines. Also the HTML-to-text reduction used
 * for HTML-only messages. Every problem names the line of the text. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "charset.h"
#include "error.h"
#include "mail.h"
#include "money.h"

#define MAX_CELLS 32
#define ID_MAX    MAIL_ID_MAX
/* Longer lines are no purchase-order line (and would make the label
 * search slow): they are skipped. */
#define LINE_MAX_BYTES 4096
/* A purchase order by mail is far smaller than this. */
#define MAX_ITEMS 2000
#define MAX_LINES 20000

/* ---- text helpers ---------------------------------------------------- */

static bool is_fw_space(const char *p, const char *end)
{
    return end - p >= 3 && (unsigned char)p[0] == 0xE3 && (unsigned char)p[1] == 0x80 &&
           (unsigned char)p[2] == 0x80;
}

/* Skip spaces, tabs, CR and full-width spaces. */
static const char *skip_ws(const char *p, const char *end)
{
    for (;;) {
        if (p < end && (*p == ' ' || *p == '\t' || *p == '\r'))
            p++;
        else if (is_fw_space(p, end))
            p += 3;
        else
            return p;
    }
}

static const char *rtrim(const char *a, const char *z)
{
    for (;;) {
        if (z > a && (z[-1] == ' ' || z[-1] == '\t' || z[-1] == '\r'))
            z--;
        else if (z - a >= 3 && is_fw_space(z - 3, z))
            z -= 3;
        else
            return z;
    }
}

static bool ascii_alnum(unsigned char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static bool ascii_alpha(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* A cell separator at p: tab, '|', full-width space, or 2+ spaces.
 * Returns its length (0 = none). */
static size_t sep_at(const char *p, const char *end)
{
    const char *q = p;

    if (p < end && (*p == '\t' || *p == '|'))
        q = p + 1;
    else if (is_fw_space(p, end))
        q = p + 3;
    else if (end - p >= 2 && p[0] == ' ' && p[1] == ' ')
        q = p + 2;
    else
        return 0;
    /* swallow the rest of the run */
    for (;;) {
        if (q < end && (*q == ' ' || *q == '\t' || *q == '|'))
            q++;
        else if (is_fw_space(q, end))
            q += 3;
        else
            return (size_t)(q - p);
    }
}

struct cell {
    const char *p;
    size_t n;
};

/* Split a line into trimmed cells. Leading/trailing '|' (Markdown
 * tables) make no empty cells. Returns the count (at most MAX_CELLS;
 * more are merged into the last). */
static size_t split_cells(const char *a, const char *z, struct cell *cells)
{
    size_t n = 0;
    const char *p = skip_ws(a, z);

    if (p < z && *p == '|')
        p = skip_ws(p + 1, z);
    z = rtrim(p, z);
    if (z > p && z[-1] == '|')
        z = rtrim(p, z - 1);
    while (p < z) {
        const char *q = p;
        size_t s = 0;

        while (q < z && (s = sep_at(q, z)) == 0)
            q++;
        if (n == MAX_CELLS) {
            cells[n - 1].n = (size_t)(z - cells[n - 1].p);
            break;
        }
        cells[n].p = p;
        cells[n].n = (size_t)(rtrim(p, q) - p);
        n++;
        p = q < z ? q + s : z;
    }
    return n;
}

/* ---- values ---------------------------------------------------------- */

static void clip(char *dst, size_t cap, const char *p, size_t n)
{
    if (n >= cap)
        n = cap - 1;
    memcpy(dst, p, n);
    dst[n] = '\0';
    od_utf8_sanitize(dst);
}

/* A quantity, the problem prefixed with the line. */
static bool parse_qty(const char *p, size_t n, int64_t *out, unsigned line, char *why, size_t wl)
{
    char w[200];

    if (mail_parse_qty(p, n, out, w, sizeof(w)) == 0)
        return true;
    snprintf(why, wl, "line %u: %s", line, w);
    return false;
}

/* ---- the reader ------------------------------------------------------ */

struct reader {
    const struct imap_extract_settings *s;
    struct od_order *o;
    char id[ID_MAX + 1];
    bool have_total, have_date, have_currency;
    size_t n_items;
    char *why;
    size_t wl;
    bool bad;
};

static void fail(struct reader *r, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

static void fail(struct reader *r, const char *fmt, ...)
{
    va_list ap;

    if (r->bad)
        return;
    r->bad = true;
    va_start(ap, fmt);
    vsnprintf(r->why, r->wl, fmt, ap);
    va_end(ap);
}

static int set_str(char **field, const char *p, const char *z)
{
    char buf[1024];

    p = skip_ws(p, z);
    z = rtrim(p, z);
    if (p == z || *field)
        return 0;
    clip(buf, sizeof(buf), p, (size_t)(z - p));
    return od_str_set(field, buf, strlen(buf));
}

/* One "label: value" field. */
static int set_field(struct reader *r, const char *f, const char *p, const char *z, unsigned line)
{
    struct od_order *o = r->o;
    char shown[128];

    p = skip_ws(p, z);
    z = rtrim(p, z);
    clip(shown, sizeof(shown), p, (size_t)(z - p));
    if (strcmp(f, "external_id") == 0) {
        if (!r->id[0] && !mail_take_id(p, (size_t)(z - p), r->id) && p < z)
            fail(r,
                 "line %u: order number '%s' is not usable (it must start with letters, digits "
                 "and -_/.#, at most %d)",
                 line, shown, ID_MAX);
        return 0;
    }
    if (strcmp(f, "total") == 0 || strcmp(f, "shipping") == 0 || strcmp(f, "tax") == 0 ||
        strcmp(f, "discount") == 0) {
        od_money m;
        od_money *dst = strcmp(f, "total") == 0      ? &o->total
                        : strcmp(f, "shipping") == 0 ? &o->shipping
                        : strcmp(f, "tax") == 0      ? &o->tax
                                                     : &o->discount;

        if (p == z || *dst != OD_MONEY_NONE)
            return 0;
        if (mail_parse_amount(p, (size_t)(z - p), &m) < 0) {
            fail(r, "line %u: %s '%s' is not an amount", line, f, shown);
            return 0;
        }
        *dst = m;
        if (dst == &o->total)
            r->have_total = true;
        return 0;
    }
    if (strcmp(f, "currency") == 0) {
        const char *code = mail_currency_code(p, (size_t)(z - p));

        if (code) {
            memcpy(o->currency, code, 4);
            return 0;
        }
        /* any other three-letter code as written */
        if (z - p == 3 && ascii_alpha(p[0]) && ascii_alpha(p[1]) && ascii_alpha(p[2])) {
            for (int i = 0; i < 3; i++)
                o->currency[i] = (char)(p[i] >= 'a' ? p[i] - 32 : p[i]);
            o->currency[3] = '\0';
        } else if (p < z) {
            fail(r, "line %u: currency '%s' is not an ISO 4217 code", line, shown);
        }
        return 0;
    }
    if (strcmp(f, "placed_at") == 0) {
        od_time t;

        if (!r->have_date && mail_parse_date(r->s, p, (size_t)(z - p), &t)) {
            o->placed_at = t;
            r->have_date = true;
        }
        return 0; /* a "Date:" that is no date (a quoted header) is not an error */
    }
    if (strcmp(f, "customer.name") == 0)
        return set_str(&o->customer.name, p, z);
    if (strcmp(f, "customer.email") == 0)
        return set_str(&o->customer.email, p, z);
    if (strcmp(f, "ship_to.name") == 0)
        return set_str(&o->ship_to.name, p, z);
    if (strcmp(f, "ship_to.phone") == 0)
        return set_str(&o->ship_to.phone, p, z);
    if (strcmp(f, "ship_to.address") == 0)
        return set_str(&o->ship_to.address, p, z);
    if (strcmp(f, "buyer_note") == 0)
        return set_str(&o->buyer_note, p, z);
    return 0;
}

/* Label fields of one line; several may share it, split by a cell
 * separator. Returns 1 when the line held a label, 0 when not. */
static int label_line(struct reader *r, const char *a, const char *z, unsigned line)
{
    size_t off;
    const char *f = mail_label_at(r->s, a, (size_t)(z - a), &off);
    int found = 0;

    while (f) {
        const char *v = a + off, *q = v, *next = NULL;
        const char *nf = NULL;
        size_t noff = 0;
        int rc;

        /* the value ends where another label starts after a separator */
        while (q < z) {
            size_t s = sep_at(q, z);

            if (s && (nf = mail_label_at(r->s, q + s, (size_t)(z - q - s), &noff)) != NULL) {
                next = q + s;
                break;
            }
            q += s ? s : 1;
        }
        rc = set_field(r, f, v, next ? q : z, line);
        if (rc < 0)
            return rc;
        found = 1;
        if (!next)
            break;
        a = next;
        f = nf;
        off = noff;
    }
    return found;
}

static int add_line(struct reader *r, const char *sku, size_t sku_n, const char *title,
                    size_t title_n, int64_t qty, od_money price, od_money amount, unsigned line)
{
    struct od_line *l;
    char buf[512];
    char a[OD_MONEY_STRLEN], b[OD_MONEY_STRLEN];
    od_money total;
    int rc;

    if (r->n_items >= MAX_ITEMS) {
        fail(r, "line %u: more than %d line items", line, MAX_ITEMS);
        return 0;
    }
    if (!od_money_mul(price, qty, &total)) {
        fail(r, "line %u: quantity times unit price is too large", line);
        return 0;
    }
    if (amount != OD_MONEY_NONE && amount != total) {
        fail(r, "line %u: amount %s is not %lld x %s", line, od_money_format(amount, a),
             (long long)qty, od_money_format(price, b));
        return 0;
    }
    rc = od_order_add_line(r->o, &l);
    if (rc < 0)
        return rc;
    l->qty = qty;
    l->unit_price = price;
    l->total = total;
    if (sku_n) {
        clip(buf, sizeof(buf), sku, sku_n);
        rc = od_str_set(&l->sku, buf, strlen(buf));
    }
    if (rc == 0 && title_n) {
        clip(buf, sizeof(buf), title, title_n);
        rc = od_str_set(&l->title, buf, strlen(buf));
    }
    r->n_items++;
    return rc;
}

/* Columns of the table being read. */
struct table {
    bool active;
    bool loose; /* columns split by single spaces (header of labels only) */
    size_t n_cols;
    int col[MAX_CELLS]; /* 1 a known column label, -1 unknown */
    int sku, title, qty, price, total;
    size_t rows;
};

static bool header_row(const struct imap_extract_settings *s, const struct cell *c, size_t n,
                       struct table *t)
{
    size_t known = 0;

    if (n < 2)
        return false;
    memset(t, 0, sizeof(*t));
    t->sku = t->title = t->qty = t->price = t->total = -1;
    t->n_cols = n;
    for (size_t i = 0; i < n; i++) {
        const char *f = mail_column_field(s, c[i].p, c[i].n);
        int *slot = NULL;

        t->col[i] = f ? 1 : -1;
        if (!f)
            continue;
        known++;
        if (strcmp(f, "lines.sku") == 0)
            slot = &t->sku;
        else if (strcmp(f, "lines.title") == 0)
            slot = &t->title;
        else if (strcmp(f, "lines.qty") == 0)
            slot = &t->qty;
        else if (strcmp(f, "lines.unit_price") == 0)
            slot = &t->price;
        else if (strcmp(f, "lines.total") == 0)
            slot = &t->total;
        if (slot && *slot < 0)
            *slot = (int)i;
    }
    if (t->qty < 0 || (t->sku < 0 && t->title < 0) || known * 2 < n)
        return false;
    t->active = true;
    return true;
}

/* Split on every run of white space ("货号 数量 单价"). */
static size_t split_ws(const char *a, const char *z, struct cell *cells)
{
    size_t n = 0;
    const char *p = skip_ws(a, z);

    while (p < z) {
        const char *q = p;

        while (q < z && *q != ' ' && *q != '\t' && !is_fw_space(q, z))
            q++;
        if (n == MAX_CELLS) {
            cells[n - 1].n = (size_t)(rtrim(cells[n - 1].p, z) - cells[n - 1].p);
            break;
        }
        cells[n].p = p;
        cells[n].n = (size_t)(q - p);
        n++;
        p = skip_ws(q, z);
    }
    return n;
}

/* A loose row with more words than columns: the extra words belong to
 * the name column ("A-100 蓝色 T恤 2 59.00"). */
static size_t merge_title(const struct table *t, struct cell *c, size_t n)
{
    size_t extra, ti;

    if (n <= t->n_cols || t->title < 0)
        return n;
    extra = n - t->n_cols;
    ti = (size_t)t->title;
    c[ti].n = (size_t)(c[ti + extra].p + c[ti + extra].n - c[ti].p);
    memmove(&c[ti + 1], &c[ti + 1 + extra], (n - ti - 1 - extra) * sizeof(c[0]));
    return n - extra;
}

/* A header written with single spaces: every word must be a column
 * label, so that prose ("SKU and qty are below") is not taken. */
static bool loose_header(const struct imap_extract_settings *s, const char *a, const char *z,
                         struct cell *c, struct table *t)
{
    size_t n = split_ws(a, z, c), m = 0;

    /* two words that make one label ("Unit Price", "Item No.") */
    for (size_t i = 0; i < n; i++) {
        c[m] = c[i];
        if (i + 1 < n) {
            size_t both = (size_t)(c[i + 1].p + c[i + 1].n - c[i].p);

            if (mail_column_field(s, c[i].p, both)) {
                c[m].n = both;
                i++;
            }
        }
        m++;
    }
    n = m;
    if (n < 2 || !header_row(s, c, n, t))
        return false;
    for (size_t i = 0; i < n; i++)
        if (t->col[i] < 0) {
            t->active = false;
            return false;
        }
    t->loose = true;
    return true;
}

static bool separator_row(const char *a, const char *z)
{
    bool dash = false;

    for (; a < z; a++) {
        if (*a == '-' || *a == '=')
            dash = true;
        else if (*a != '|' && *a != ':' && *a != ' ' && *a != '\t' && *a != '+')
            return false;
    }
    return dash;
}

static int table_row(struct reader *r, struct table *t, const struct cell *c, size_t n,
                     unsigned line)
{
    int64_t qty;
    od_money price = OD_MONEY_NONE, amount = OD_MONEY_NONE;
    char shown[128];

    if (mail_is_total_word(c[0].p, c[0].n)) {
        /* "合计 ... 236.00": the last amount is the stated total */
        if (n >= 2 && !r->have_total &&
            mail_parse_amount(c[n - 1].p, c[n - 1].n, &r->o->total) == 0)
            r->have_total = true;
        t->active = false;
        return 0;
    }
    if (n > t->n_cols) {
        fail(r, "line %u: %zu columns, but the table header has %zu", line, n, t->n_cols);
        return 0;
    }
    if (t->qty >= (int)n) {
        fail(r, "line %u: no quantity", line);
        return 0;
    }
    if (!parse_qty(c[t->qty].p, c[t->qty].n, &qty, line, r->why, r->wl)) {
        r->bad = true;
        return 0;
    }
    if (t->price < 0 || t->price >= (int)n || c[t->price].n == 0) {
        fail(r, "line %u: no unit price", line);
        return 0;
    }
    if (mail_parse_amount(c[t->price].p, c[t->price].n, &price) < 0) {
        clip(shown, sizeof(shown), c[t->price].p, c[t->price].n);
        fail(r, "line %u: unit price '%s' is not an amount", line, shown);
        return 0;
    }
    if (t->total >= 0 && t->total < (int)n && c[t->total].n) {
        if (mail_parse_amount(c[t->total].p, c[t->total].n, &amount) < 0) {
            clip(shown, sizeof(shown), c[t->total].p, c[t->total].n);
            fail(r, "line %u: amount '%s' is not an amount", line, shown);
            return 0;
        }
    }
    if ((t->sku < 0 || t->sku >= (int)n || !c[t->sku].n) &&
        (t->title < 0 || t->title >= (int)n || !c[t->title].n)) {
        fail(r, "line %u: no item code or name", line);
        return 0;
    }
    t->rows++;
    return add_line(r, t->sku >= 0 && t->sku < (int)n ? c[t->sku].p : NULL,
                    t->sku >= 0 && t->sku < (int)n ? c[t->sku].n : 0,
                    t->title >= 0 && t->title < (int)n ? c[t->title].p : NULL,
                    t->title >= 0 && t->title < (int)n ? c[t->title].n : 0, qty, price, amount,
                    line);
}

/* "A-100 x 2 @ 59.00", "A-100 蓝色T恤 × 2 @ ¥59". Returns 1 when the
 * line is such an item line (added or failed), 0 when not. */
static int at_line(struct reader *r, const char *a, const char *z, unsigned line)
{
    const char *at = memchr(a, '@', (size_t)(z - a)), *op = NULL, *p;
    size_t oplen = 0;
    int64_t qty;
    od_money price;
    char shown[128];

    if (!at)
        return 0;
    for (p = a; p < at; p++) {
        if ((*p == 'x' || *p == 'X' || *p == '*') && p > a && p[-1] == ' ' && p + 1 < at &&
            p[1] == ' ') {
            op = p;
            oplen = 1;
        } else if (at - p >= 2 && memcmp(p, "×", 2) == 0) {
            op = p;
            oplen = 2;
        }
    }
    if (!op)
        return 0;
    p = skip_ws(a, op);
    if (p < op && (*p == '-' || *p == '*') && p + 1 < op && p[1] == ' ')
        p = skip_ws(p + 1, op);
    else if (op - p >= 3 && memcmp(p, "•", 3) == 0)
        p = skip_ws(p + 3, op);
    {
        const char *se = p, *te = rtrim(p, op);
        const char *ts;

        while (se < te && *se != ' ' && *se != '\t')
            se++;
        if (se == p)
            return 0; /* no SKU: not an item line */
        if (!parse_qty(op + oplen, (size_t)(at - op - oplen), &qty, line, r->why, r->wl)) {
            r->bad = true;
            return 1;
        }
        if (mail_parse_amount(at + 1, (size_t)(z - at - 1), &price) < 0) {
            clip(shown, sizeof(shown), at + 1, (size_t)(z - at - 1));
            fail(r, "line %u: unit price '%s' is not an amount", line, shown);
            return 1;
        }
        ts = skip_ws(se, te);
        return add_line(r, p, (size_t)(se - p), ts, (size_t)(te - ts), qty, price, OD_MONEY_NONE,
                        line) < 0
                   ? OD_ENOMEM
                   : 1;
    }
}

/* Prepare a mutable copy: NUL and NBSP become spaces. */
static char *prepare(const char *text, size_t len)
{
    char *c = malloc(len + 1);
    size_t n = 0;

    if (!c)
        return NULL;
    for (size_t i = 0; i < len; i++) {
        if (text[i] == '\0') {
            c[n++] = ' ';
        } else if (i + 1 < len && (unsigned char)text[i] == 0xC2 &&
                   (unsigned char)text[i + 1] == 0xA0) {
            c[n++] = ' ';
            i++;
        } else {
            c[n++] = text[i];
        }
    }
    c[n] = '\0';
    return c;
}

/* An order number in the subject: a label anywhere in it. */
static void subject_id(struct reader *r, const char *subject)
{
    const char *end;

    if (!subject)
        return;
    end = subject + strnlen(subject, LINE_MAX_BYTES);
    for (const char *p = subject; p < end && !r->id[0]; p++) {
        size_t off;
        const char *f;

        if (p > subject && ascii_alnum((unsigned char)p[-1]))
            continue;
        f = mail_label_at(r->s, p, (size_t)(end - p), &off);
        if (f && strcmp(f, "external_id") == 0)
            mail_take_id(p + off, (size_t)(end - p - off), r->id);
    }
}

int mail_text_parse(const struct imap_extract_settings *s, const char *text, size_t len,
                    const char *subject, const char *fallback_id, struct od_order **order,
                    char *why, size_t whylen, char found_id[MAIL_ID_MAX + 1])
{
    struct reader r = {.s = s, .why = why, .wl = whylen};
    struct table t = {0};
    char *buf = NULL;
    const char *p, *end;
    unsigned line = 0;
    int rc = 0;

    why[0] = '\0';
    buf = prepare(text, len);
    r.o = od_order_new();
    if (!buf || !r.o) {
        rc = od_error_set(OD_ENOMEM, "out of memory");
        goto out;
    }
    p = buf;
    end = buf + strlen(buf);
    while (p < end && rc >= 0 && !r.bad) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        const char *z = nl ? nl : end, *a = p;
        struct cell c[MAX_CELLS];
        size_t n;

        line++;
        p = nl ? nl + 1 : end;
        if (line > MAX_LINES) {
            /* the rest is not read; a table cut here would be incomplete */
            if (t.active)
                fail(&r,
                     "line %u: the text has more than %d lines; the item table was not read to "
                     "its end",
                     line, MAX_LINES);
            break;
        }
        /* quoted text ("> ") is read too: forwarded and replied orders */
        for (;;) {
            a = skip_ws(a, z);
            if (a < z && *a == '>')
                a++;
            else
                break;
        }
        z = rtrim(a, z);
        if (z - a > LINE_MAX_BYTES)
            continue;
        if (t.active) {
            if (a == z) {
                if (t.rows)
                    t.active = false;
                continue;
            }
            if (separator_row(a, z))
                continue;
            n = t.loose ? merge_title(&t, c, split_ws(a, z, c)) : split_cells(a, z, c);
            if (n < 2) {
                t.active = false;
            } else {
                rc = table_row(&r, &t, c, n, line);
                continue;
            }
        }
        if (a == z)
            continue;
        n = split_cells(a, z, c);
        if (header_row(s, c, n, &t))
            continue;
        if (n < 2 && loose_header(s, a, z, c, &t))
            continue;
        rc = at_line(&r, a, z, line);
        if (rc != 0)
            continue;
        rc = label_line(&r, a, z, line);
    }
    if (rc < 0)
        goto out;
    if (!r.bad && !r.id[0])
        subject_id(&r, subject);
    memcpy(found_id, r.id, sizeof(r.id));
    if (r.bad) {
        rc = MAIL_TEXT_BAD;
        goto out;
    }
    if (!r.id[0] && !r.n_items) {
        snprintf(why, whylen, "no order number found");
        rc = MAIL_TEXT_NOTHING;
        goto out;
    }
    if (!r.n_items) {
        snprintf(why, whylen,
                 "order %s: no line items found (expected a table with a header row such as "
                 "'商品编码 数量 单价' or 'SKU Qty Price', or lines like 'SKU x 2 @ 59.00')",
                 r.id);
        rc = MAIL_TEXT_BAD;
        goto out;
    }
    rc = od_str_set(&r.o->external_id, r.id[0] ? r.id : fallback_id,
                    strlen(r.id[0] ? r.id : fallback_id));
    if (rc < 0)
        goto out;
    *order = r.o;
    r.o = NULL;
    rc = MAIL_TEXT_ORDER;
out:
    od_order_free(r.o);
    free(buf);
    return rc;
}

/* ---- HTML to text ---------------------------------------------------- */

/* A character reference's code point; a bad one becomes '?', a
 * non-breaking space a space. */
static int put_utf8(struct od_buf *b, unsigned long cp)
{
    if (cp == 0xA0)
        cp = ' ';
    if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        cp = '?';
    return od_utf8_put(b, (uint32_t)cp);
}

/* Drop spaces at the end of the output (before a structural break). */
static void trim_out(struct od_buf *b)
{
    while (b->len && b->data[b->len - 1] == ' ')
        b->data[--b->len] = '\0';
}

static char last_char(const struct od_buf *b)
{
    return b->len ? b->data[b->len - 1] : '\n';
}

static int put_text(struct od_buf *b, char c)
{
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f') {
        char l = last_char(b);

        if (l == ' ' || l == '\n' || l == '\t')
            return 0;
        return od_buf_addc(b, ' ');
    }
    return od_buf_addc(b, c);
}

static int hexval_c(unsigned char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

/* Decode the entity at p ('&'): 0 with *used set, 1 when it is no
 * entity (the '&' is then text), or an od_buf error. */
static int entity(const char *p, const char *z, struct od_buf *b, size_t *used)
{
    static const struct {
        const char *name;
        unsigned long cp;
    } names[] = {{"amp", '&'},   {"lt", '<'},      {"gt", '>'},       {"quot", '"'},
                 {"apos", '\''}, {"nbsp", 0xA0},   {"yen", 0xA5},     {"times", 0xD7},
                 {"copy", 0xA9}, {"middot", 0xB7}, {"ensp", ' '},     {"emsp", ' '},
                 {"reg", 0xAE},  {"euro", 0x20AC}, {"hellip", 0x2026}};
    const char *semi = memchr(p, ';', (size_t)(z - p) < 12 ? (size_t)(z - p) : 12);

    if (!semi)
        return 1;
    if (p[1] == '#') {
        unsigned long cp = 0;
        const char *q = p + 2;
        bool hex = q < semi && (*q == 'x' || *q == 'X');

        if (hex)
            q++;
        if (q == semi)
            return 1;
        for (; q < semi; q++) {
            int v = hex ? hexval_c((unsigned char)*q) : (*q >= '0' && *q <= '9' ? *q - '0' : -1);

            if (v < 0)
                return 1;
            cp = cp * (hex ? 16 : 10) + (unsigned long)v;
            if (cp > 0x10FFFF)
                cp = 0x110000;
        }
        *used = (size_t)(semi + 1 - p);
        return put_utf8(b, cp);
    }
    for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); i++)
        if ((size_t)(semi - p - 1) == strlen(names[i].name) &&
            strncasecmp(p + 1, names[i].name, strlen(names[i].name)) == 0) {
            *used = (size_t)(semi + 1 - p);
            return put_utf8(b, names[i].cp);
        }
    return 1;
}

/* Position after the case-insensitive `word` in [p, z), or z. */
static const char *find_ci(const char *p, const char *z, const char *word)
{
    size_t n = strlen(word);

    for (; p + n <= z; p++)
        if (strncasecmp(p, word, n) == 0)
            return p + n;
    return z;
}

int mail_html_to_text(const char *html, size_t len, struct od_buf *out)
{
    const char *p = html, *z = html + len;
    int rc = 0;

    while (p < z && rc >= 0) {
        if (*p == '<') {
            const char *q = p + 1, *gt;
            char name[16];
            size_t n = 0;
            bool closing = false;

            if (z - p >= 4 && memcmp(p, "<!--", 4) == 0) {
                p = find_ci(p + 4, z, "-->");
                continue;
            }
            if (q < z && *q == '/') {
                closing = true;
                q++;
            }
            while (q < z && n < sizeof(name) - 1 && ascii_alnum((unsigned char)*q))
                name[n++] = (char)(*q++ | 0x20);
            name[n] = '\0';
            gt = memchr(q, '>', (size_t)(z - q));
            if (!n && !(q < z && (*q == '!' || *q == '?'))) {
                rc = put_text(out, '<'); /* a lone '<' is text */
                p++;
                continue;
            }
            p = gt ? gt + 1 : z;
            if (!closing && (strcmp(name, "script") == 0 || strcmp(name, "style") == 0 ||
                             strcmp(name, "head") == 0 || strcmp(name, "title") == 0)) {
                char end[16];

                snprintf(end, sizeof(end), "</%s", name);
                p = find_ci(p, z, end);
                gt = memchr(p, '>', (size_t)(z - p));
                p = gt ? gt + 1 : z;
                continue;
            }
            if (strcmp(name, "br") == 0 || strcmp(name, "p") == 0 || strcmp(name, "div") == 0 ||
                strcmp(name, "tr") == 0 || strcmp(name, "li") == 0 || strcmp(name, "table") == 0 ||
                strcmp(name, "ul") == 0 || strcmp(name, "ol") == 0 ||
                strcmp(name, "blockquote") == 0 || strcmp(name, "hr") == 0 ||
                (n == 2 && name[0] == 'h' && name[1] >= '1' && name[1] <= '6')) {
                trim_out(out);
                if (strcmp(name, "br") == 0 || last_char(out) != '\n')
                    rc = od_buf_addc(out, '\n');
            } else if (!closing && (strcmp(name, "td") == 0 || strcmp(name, "th") == 0)) {
                trim_out(out);
                if (last_char(out) != '\n')
                    rc = od_buf_addc(out, '\t');
            }
            continue;
        }
        if (*p == '&') {
            size_t used = 0;

            rc = entity(p, z, out, &used);
            if (rc == 1) {
                rc = put_text(out, '&');
                used = 1;
            }
            p += used;
            continue;
        }
        rc = put_text(out, *p == '\0' ? ' ' : *p);
        p++;
    }
    return rc < 0 ? rc : 0;
}
