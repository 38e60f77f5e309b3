/* Item tables of a purchase order written as text (textread.h): where a
 * table starts (a header of labels, a weak header with some labels, or
 * no header at all) and which of the lines below are its rows, which
 * continue the name of the row above, which are a units row under the
 * header, and which are its sums (a totals row, freight, discount) that
 * end it. tablecols.c then decides the columns and reads the rows.
 *
 * Work is linear in the text: a table's rows are kept once. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fields.h"
#include "sheet.h"
#include "textread.h"

/* ---- tables ---------------------------------------------------------- */

void tr_table_free(struct table *t)
{
    free(t->rows);
    memset(t, 0, sizeof(*t));
}

int tr_role_slot(const char *f)
{
    static const char *const roles[] = {"lines.sku", "lines.title", "lines.qty", "lines.unit_price",
                                        "lines.total"};

    for (int i = 0; i < 5; i++)
        if (f && strcmp(f, roles[i]) == 0)
            return i;
    return -1;
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

static bool add_row(struct table *t, const struct cell *c, size_t n, unsigned line, bool exact,
                    bool *oom)
{
    struct trow *r;

    if (t->n_rows > TR_MAX_ITEMS)
        return true; /* the item limit reports it */
    if (t->n_rows == t->cap_rows) {
        size_t cap = t->cap_rows ? t->cap_rows * 2 : 16;
        struct trow *v = realloc(t->rows, cap * sizeof(*v));

        if (!v) {
            *oom = true;
            return false;
        }
        t->rows = v;
        t->cap_rows = cap;
    }
    r = &t->rows[t->n_rows++];
    memcpy(r->c, c, n * sizeof(*c));
    r->n = n;
    r->line = line;
    r->exact = exact;
    r->n_more = 0;
    return true;
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

static void begin(struct table *t, size_t n, unsigned line, const char *start)
{
    struct trow *rows = t->rows;
    size_t cap = t->cap_rows;

    memset(t, 0, sizeof(*t));
    t->rows = rows;
    t->cap_rows = cap;
    t->active = true;
    t->n_cols = n;
    t->sku = t->title = -1;
    t->header_line = line;
    t->start = start;
}

/* A header written with single spaces: every word must be a column
 * label, so that prose ("SKU and qty are below") is not taken. */
static bool loose_header(struct pass *p, const char *a, const char *z, unsigned line)
{
    struct cell c[TR_MAX_CELLS];
    const char *role[TR_MAX_CELLS];
    size_t n = tr_split_ws(a, z, c), m = 0;
    bool qty = false, item = false;

    /* two words that make one label ("Unit Price", "Item No.") */
    for (size_t i = 0; i < n; i++) {
        const char *f = NULL;

        c[m] = c[i];
        if (i + 1 < n) {
            size_t both = (size_t)(c[i + 1].p + c[i + 1].n - c[i].p);

            if ((f = mail_column_field(p->s, c[i].p, both)) != NULL) {
                c[m].n = both;
                i++;
            }
        }
        if (!f)
            f = mail_column_field(p->s, c[m].p, c[m].n);
        if (!f)
            return false;
        role[m++] = f;
    }
    if (m < 2)
        return false;
    for (size_t i = 0; i < m; i++) {
        int r = tr_role_slot(role[i]);

        qty |= r == TR_QTY;
        item |= r == TR_SKU || r == TR_TITLE;
    }
    if (!qty || !item)
        return false;
    begin(&p->t, m, line, a);
    p->t.strong = p->t.headed = p->t.loose = true;
    for (size_t i = 0; i < m; i++) {
        int r = tr_role_slot(role[i]);

        p->t.role[i] = role[i];
        if (r == TR_SKU && p->t.sku < 0)
            p->t.sku = (int)i;
        if (r == TR_TITLE && p->t.title < 0)
            p->t.title = (int)i;
    }
    return true;
}

bool tr_table_start(struct pass *p, const char *a, const char *z, const struct cell *c, size_t n,
                    unsigned line, bool weak_ok)
{
    const char *role[TR_MAX_CELLS];
    size_t known = 0;
    bool qty = false, item = false, all_text = true;

    if (n < 2)
        return !weak_ok && loose_header(p, a, z, line);
    for (size_t i = 0; i < n; i++) {
        int r;

        role[i] = mail_column_field(p->s, c[i].p, c[i].n);
        r = tr_role_slot(role[i]);
        if (role[i])
            known++;
        qty |= r == TR_QTY;
        item |= r == TR_SKU || r == TR_TITLE;
        if (tr_is_money(c[i].p, c[i].n, &(od_money){0}))
            all_text = false;
    }
    if (known * 2 < n)
        return false;
    if (!(qty && item) && !(weak_ok && all_text && known >= 2))
        return false;
    begin(&p->t, n, line, a);
    p->t.strong = qty && item;
    p->t.headed = true;
    for (size_t i = 0; i < n; i++)
        p->t.role[i] = role[i];
    return true;
}

/* A row of a table without a header: three or more cells, one with a
 * number, one without. */
static bool run_row(const struct cell *c, size_t n)
{
    bool num = false, text = false;

    if (n < 3)
        return false;
    for (size_t i = 0; i < n; i++) {
        if (!c[i].n)
            continue;
        if (tr_is_money(c[i].p, c[i].n, &(od_money){0}))
            num = true;
        else
            text = true;
    }
    return num && text;
}

bool tr_table_run(struct pass *p, const struct cell *c, size_t n, unsigned line)
{
    if (!run_row(c, n))
        return false;
    begin(&p->t, n, line, c[0].p);
    if (!add_row(&p->t, c, n, line, true, &p->oom))
        return false;
    return true;
}

/* The header row again (a table pasted across pages): every cell a
 * column label. */
static bool repeated_header(const struct pass *p, const struct cell *c, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (!mail_column_field(p->s, c[i].p, c[i].n))
            return false;
    return true;
}

static bool starts_with(const struct cell *c, const char *w)
{
    size_t n = strlen(w);

    return c->n >= n && memcmp(c->p, w, n) == 0;
}

static bool ends_with(const struct cell *c, const char *w)
{
    size_t n = strlen(w);

    return c->n >= n && memcmp(c->p + c->n - n, w, n) == 0;
}

/* A cell that is a unit in brackets: "(个/卷)", "（元）", "[kg]". */
static bool bracketed(const struct cell *c)
{
    return c->n >= 3 && (starts_with(c, "(") || starts_with(c, "（") || starts_with(c, "[")) &&
           (ends_with(c, ")") || ends_with(c, "）") || ends_with(c, "]"));
}

/* A second header row that only gives units: "(个/卷)  (元)  (元)",
 * "pcs  EUR  EUR" under the header. Every cell written is a unit in
 * brackets or a currency word. */
static bool units_row(const struct cell *c, size_t n)
{
    size_t k = 0;

    for (size_t i = 0; i < n; i++) {
        if (!c[i].n)
            continue;
        if (!bracketed(&c[i]) && !mail_currency_code(c[i].p, c[i].n))
            return false;
        k++;
    }
    return k > 0;
}

/* Display columns from the start of the line that holds p to p (`lo`
 * bounds the look back: a point of the text before that line): a tab to
 * the next multiple of 8, a CJK or full-width character 2, others 1. */
static size_t display_col(const char *lo, const char *p)
{
    const char *s = p;
    size_t col = 0;

    while (s > lo && s[-1] != '\n')
        s--;
    for (; s < p; s++) {
        unsigned char ch = (unsigned char)*s;

        if (ch == '\t')
            col = (col / 8 + 1) * 8;
        else if ((ch & 0xC0) == 0x80)
            continue;
        else if ((ch >= 0xE3 && ch <= 0xED) ||
                 (ch == 0xEF && s + 1 < p && (unsigned char)s[1] >= 0xBC &&
                  (unsigned char)s[1] <= 0xBD))
            col += 2; /* U+3000..U+DFFF, U+FF00..U+FF7F */
        else
            col++;
    }
    return col;
}

int tr_named_col(const struct table *t, int role)
{
    for (size_t c = 0; c < t->n_cols; c++)
        if (tr_role_slot(t->role[c]) == role)
            return (int)c;
    return -1;
}

/* A line that continues the name of the row above (a description wrapped
 * onto the next line): directly below that row (or its other
 * continuation lines), its only text in the column the header names the
 * name column - the one cell written of a row split on tabs or '|', or
 * one cell that starts where the name above starts - and that text is no
 * amount, no label and no totals word. The text joins the name. */
static bool continues_name(struct pass *p, const struct cell *c, size_t n, const char *a,
                           const char *z, unsigned line)
{
    struct table *t = &p->t;
    struct trow *prev;
    int ti = tr_named_col(t, TR_TITLE);
    size_t k = SIZE_MAX, x0, x1;

    if (!t->headed || t->loose || !t->n_rows || ti < 0)
        return false;
    prev = &t->rows[t->n_rows - 1];
    if (prev->line + 1 + prev->n_more != line || prev->n_more >= TR_MAX_MORE ||
        (size_t)ti >= prev->n || !prev->c[ti].n)
        return false;
    for (size_t i = 0; i < n; i++)
        if (c[i].n) {
            if (k != SIZE_MAX)
                return false;
            k = i;
        }
    if (k == SIZE_MAX)
        return false;
    if (prev->exact) {
        if (k != (size_t)ti || n < 2)
            return false;
    } else {
        if (n != 1 || prev->n != t->n_cols)
            return false;
        x0 = display_col(t->start, c[k].p);
        x1 = display_col(t->start, prev->c[ti].p);
        if (x0 + 1 < x1 || x1 + 1 < x0 || x1 == 0)
            return false;
    }
    if (tr_is_money(c[k].p, c[k].n, &(od_money){0}) || mail_is_total_word(c[k].p, c[k].n) ||
        tr_is_label_line(p, a, z))
        return false;
    prev->more[prev->n_more++] = c[k];
    return true;
}

/* A row below the items that is no item but a sum, a charge or a
 * discount of the order: its first cell a totals word or a total label
 * ("合计", "订单总额", "Grand Total", also with a currency word: "Total
 * USD"), a shipping, tax or discount label
 * ("运费", "Freight", "优惠"), or a row that holds only one amount and at
 * most a currency word ("CAD   716.40" under the amount column). Ends
 * the table and appends what the row states. Returns whether it was one. */
/* "Total USD", "合计 RMB": a totals word and a currency word; the
 * currency's code, else NULL. */
static const char *total_in(const struct cell *c)
{
    const char *sp = NULL;

    for (const char *q = c->p; q < c->p + c->n; q++)
        if (*q == ' ')
            sp = q;
    if (!sp || !mail_is_total_word(c->p, (size_t)(tr_rtrim(c->p, sp) - c->p)))
        return NULL;
    return mail_currency_code(sp + 1, (size_t)(c->p + c->n - sp - 1));
}

static bool sum_row(struct pass *p, const struct cell *c, size_t n, size_t first, unsigned line)
{
    const char *cur = total_in(&c[first]);
    const char *f = mail_is_total_word(c[first].p, c[first].n) || cur
                        ? "total"
                        : mail_order_field(p->s, c[first].p, c[first].n);
    size_t amounts = 0, last = SIZE_MAX;
    struct ev *e;
    od_money m;

    if (f && strcmp(f, "total") != 0 && strcmp(f, "shipping") != 0 && strcmp(f, "tax") != 0 &&
        strcmp(f, "discount") != 0)
        f = NULL;
    if (!f) {
        /* one amount and at most a currency word, below rows */
        if (!p->t.n_rows)
            return false;
        for (size_t i = 0; i < n; i++) {
            if (!c[i].n)
                continue;
            if (tr_is_money(c[i].p, c[i].n, &m) && tr_money_marked(c[i].p, c[i].n)) {
                amounts++;
                last = i;
            } else if (!cur && (cur = mail_currency_code(c[i].p, c[i].n)) != NULL) {
                continue;
            } else {
                return false;
            }
        }
        if (amounts != 1 || c[last].n == 0)
            return false;
        f = "total";
    }
    tr_table_end(p);
    for (last = n; last > first + 1 && !c[last - 1].n;)
        last--;
    if (last == 0 || mail_parse_amount(c[last - 1].p, c[last - 1].n, &m) < 0)
        return true; /* "合计" without a number */
    if (strcmp(f, "total") == 0) {
        if ((e = tr_event(p, EV_TOTALROW, line)) != NULL)
            e->money = m;
    } else if ((e = tr_event(p, EV_LABEL, line)) != NULL) {
        e->field = f;
        e->money = strcmp(f, "discount") == 0 && m < 0 ? -m : m; /* "-77.00" */
    }
    if (cur && strlen(cur) == 3 && (e = tr_event(p, EV_LABEL, line)) != NULL) {
        /* "CAD  716.40": the sum is in that currency */
        e->field = "currency";
        memcpy(e->code, cur, 4);
    }
    return true;
}

/* A line of one cell below the rows that states the sum with single
 * spaces: "Total HKD 2,199.00", "合计 105.00", "Grand Total $12.00". */
static bool sum_line(struct pass *p, const struct cell *c, unsigned line)
{
    const char *sp = NULL, *cur = NULL;
    struct cell label;
    struct ev *e;
    od_money m;

    for (const char *q = c->p; q < c->p + c->n; q++)
        if (*q == ' ')
            sp = q;
    if (!p->t.n_rows || !sp || mail_parse_amount(sp + 1, (size_t)(c->p + c->n - sp - 1), &m) < 0)
        return false;
    label = (struct cell){c->p, (size_t)(tr_rtrim(c->p, sp) - c->p)};
    if (!mail_is_total_word(label.p, label.n) && !(cur = total_in(&label)))
        return false;
    tr_table_end(p);
    if ((e = tr_event(p, EV_TOTALROW, line)) != NULL)
        e->money = m;
    if (cur && strlen(cur) == 3 && (e = tr_event(p, EV_LABEL, line)) != NULL) {
        e->field = "currency";
        memcpy(e->code, cur, 4);
    }
    return true;
}

int tr_table_line(struct pass *p, const char *a, const char *z, unsigned line)
{
    struct table *t = &p->t;
    struct cell c[TR_MAX_CELLS];
    size_t n, first;

    if (tr_skip_ws(a, z) == z) {
        if (t->n_rows)
            tr_table_end(p);
        return 1;
    }
    if (separator_row(a, z))
        return 1;
    n = t->loose ? merge_title(t, c, tr_split_ws(a, z, c)) : tr_split_cells(a, z, c);
    if (continues_name(p, c, n, a, z, line))
        return 1;
    if (n == 1 && sum_line(p, c, line))
        return 1;
    if (n < 2) {
        tr_table_end(p);
        return 0;
    }
    for (first = 0; first + 1 < n && !c[first].n;)
        first++;
    if (sum_row(p, c, n, first, line))
        return 1;
    if (tr_is_label_line(p, c[first].p, z)) {
        /* "电话  13800138000" below the rows: a label, not an item */
        tr_table_end(p);
        return 0;
    }
    if (t->headed && repeated_header(p, c, n))
        return 1;
    if (t->headed && !t->n_rows && units_row(c, n))
        return 1;
    if (!t->strong && (n > t->n_cols || (!t->headed && n != t->n_cols) || !run_row(c, n))) {
        tr_table_end(p);
        return 0;
    }
    add_row(t, c, n, line,
            !t->loose && (memchr(a, '|', (size_t)(z - a)) || memchr(a, '\t', (size_t)(z - a))),
            &p->oom);
    return 1;
}

/* ---- form rows --------------------------------------------------------- */

const char *tr_form_label(const char *a, const char *z, size_t *value_off)
{
    const char *tab = memchr(a, '\t', (size_t)(z - a)), *e, *v, *f;
    char cell[64];
    size_t off;

    if (!tab)
        return NULL;
    e = tr_rtrim(a, tab);
    if (e == a || (size_t)(e - a) >= sizeof(cell))
        return NULL;
    memcpy(cell, a, (size_t)(e - a));
    cell[e - a] = '\0';
    f = mail_form_label(cell, &off);
    if (!f || off != (size_t)(e - a))
        return NULL;
    v = tr_skip_ws(tab + 1, z);
    if (v == z)
        return NULL;
    *value_off = (size_t)(v - a);
    return f;
}
