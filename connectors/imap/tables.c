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
#include <strings.h>

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
    tr_table_note_numbers(t, c, n);
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

static const char *bracket_currency(const struct cell *c);

/* The currency a header cell names after its label ("Price EUR", "单价
 * (元)", "Amount (USD)"), else NULL. */
static const char *header_currency(const struct cell *c)
{
    const char *sp = NULL;

    for (const char *q = c->p; q < c->p + c->n; q++)
        if (*q == ' ')
            sp = q;
    if (sp && sp > c->p)
        return mail_currency_code(sp + 1, (size_t)(c->p + c->n - sp - 1));
    return bracket_currency(c);
}

size_t tr_header_per(const char *a, size_t n)
{
    if (n > 4 && a[n - 4] == ' ' && strncasecmp(a + n - 3, "per", 3) == 0)
        return (size_t)(tr_rtrim(a, a + n - 4) - a);
    return 0;
}

/* The column a header cell names: its label, or the label before a
 * currency word ("Price EUR", "Amount USD", "单价 RMB", "Цена, USD"; in brackets the
 * label lookup drops it already), or before "per" ("Price USD per": a
 * price whose cells give the pieces it is for after it). */
static const char *column_field(const struct pass *p, const char *a, size_t n)
{
    const char *f = mail_column_field(p->s, a, n), *sp = NULL;
    size_t pn;
    int64_t per;

    if (f || n < 3)
        return f;
    if ((pn = tr_header_per(a, n)) != 0) {
        f = column_field(p, a, pn);
        return tr_role_slot(f) == TR_PRICE ? f : NULL;
    }
    /* "Rate USD/1000": a price for N pieces (tr_table_start keeps N) */
    if ((pn = tr_header_per_n(a, n, &per)) != 0) {
        f = column_field(p, a, pn);
        return tr_role_slot(f) == TR_PRICE ? f : NULL;
    }
    for (const char *q = a; q < a + n; q++)
        if (*q == ' ')
            sp = q;
    /* "Անվանում / Item", "Naziv / Name": one label in two languages, the
     * known half names the column */
    for (const char *q = a + 1; q + 3 < a + n; q++)
        if (memcmp(q, " / ", 3) == 0 && (f = column_field(p, q + 3, (size_t)(a + n - q - 3))))
            return f;
        else if (memcmp(q, " / ", 3) == 0)
            return column_field(p, a, (size_t)(q - a));
    if (!sp || sp == a || !mail_currency_code(sp + 1, (size_t)(a + n - sp - 1)))
        return NULL;
    /* "Цена, USD", "Prix, EUR": a comma between the label and the currency */
    sp = tr_rtrim(a, sp);
    if (sp > a && sp[-1] == ',')
        sp = tr_rtrim(a, sp - 1);
    return mail_column_field(p->s, a, (size_t)(sp - a));
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

            if ((f = column_field(p, c[i].p, both)) != NULL) {
                c[m].n = both;
                i++;
            }
        }
        if (!f)
            f = column_field(p, c[m].p, c[m].n);
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

/* Header cells with two labels run together by one space ("Pos
 * Artikel", "Preço (EUR) Total (EUR)", where the writer aligned the rows
 * with more spaces) split in two at the first space that leaves a label
 * on either side, when the cell is no label itself. The cells into out
 * (TR_MAX_CELLS); their count. */
static size_t split_joined(const struct pass *p, const struct cell *c, size_t n, struct cell *out)
{
    size_t k = 0;

    for (size_t i = 0; i < n && k < TR_MAX_CELLS; i++) {
        /* the whole cell's label is looked up once, and only for a cell
         * with a space inside: every line of a text comes here */
        bool split = false, maybe = c[i].n > 2 && memchr(c[i].p + 1, ' ', c[i].n - 2) &&
                                    !column_field(p, c[i].p, c[i].n);

        for (size_t j = 1; maybe && j + 1 < c[i].n && k + 1 < TR_MAX_CELLS; j++) {
            const char *sp = c[i].p + j;
            size_t right = c[i].n - j - 1;

            if (*sp != ' ' || sp[-1] == ' ' || sp[1] == ' ' || !column_field(p, c[i].p, j) ||
                !column_field(p, sp + 1, right))
                continue;
            out[k++] = (struct cell){c[i].p, j};
            out[k++] = (struct cell){sp + 1, right};
            split = true;
            break;
        }
        if (!split)
            out[k++] = c[i];
    }
    return k;
}

/* "规格编码  规格型号  单位  数量": two code columns and no name column;
 * the one that names a model or specification is the name. */
static void model_as_title(const struct cell *c, size_t n, const char **role)
{
    size_t skus = 0;

    for (size_t i = 0; i < n; i++) {
        int r = tr_role_slot(role[i]);

        if (r == TR_TITLE)
            return;
        skus += r == TR_SKU;
    }
    if (skus < 2)
        return;
    for (size_t i = 0; i < n && skus > 1; i++)
        if (tr_role_slot(role[i]) == TR_SKU && mail_is_model_label(c[i].p, c[i].n)) {
            role[i] = "lines.title";
            skus--;
        }
}

bool tr_table_start(struct pass *p, const char *a, const char *z, const struct cell *cells,
                    size_t n_cells, unsigned line, bool weak_ok)
{
    const char *role[TR_MAX_CELLS], *currency = NULL;
    struct cell c[TR_MAX_CELLS];
    size_t known = 0, n = split_joined(p, cells, n_cells, c);
    bool qty = false, item = false, all_text = true;

    if (n < 2)
        return !weak_ok && loose_header(p, a, z, line);
    for (size_t i = 0; i < n; i++) {
        int r;

        role[i] = column_field(p, c[i].p, c[i].n);
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
    model_as_title(c, n, role);
    begin(&p->t, n, line, a);
    p->t.strong = qty && item;
    p->t.headed = true;
    for (size_t i = 0; i < n; i++) {
        int r = tr_role_slot(role[i]);
        const char *cur = r == TR_PRICE || r == TR_TOTAL ? header_currency(&c[i]) : NULL;
        struct ev *e;

        p->t.role[i] = role[i];
        p->t.spec[i] = mail_is_spec_label(c[i].p, c[i].n);
        p->t.per_after[i] = r == TR_PRICE && !mail_column_field(p->s, c[i].p, c[i].n) &&
                            tr_header_per(c[i].p, c[i].n) != 0;
        p->t.per_n[i] = 0;
        if (r == TR_PRICE && !p->t.per_after[i] && !mail_column_field(p->s, c[i].p, c[i].n) &&
            tr_header_per_n(c[i].p, c[i].n, &p->t.per_n[i]) != 0 && !cur) {
            /* "Rate USD/1000": the currency before the pieces */
            size_t ln = tr_header_per_n(c[i].p, c[i].n, &(int64_t){0});

            cur = header_currency(&(struct cell){c[i].p, ln});
        }
        /* "Price EUR": the order's currency, said once */
        if (cur && strlen(cur) == 3 && !currency && (e = tr_event(p, EV_LABEL, line)) != NULL) {
            e->field = "currency";
            memcpy(e->code, cur, 4);
            currency = cur;
        }
    }
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
        if (!column_field(p, c[i].p, c[i].n))
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

/* A row whose name cell was wrapped inside its cell (Zoho's "Item &
 * Description" cell, the name and then the spec on a second line, in the
 * plain text beside the HTML): the row above, split on tabs or '|' right
 * above this one, ended at the name column with no number after its row
 * number, and this one starts with the rest of the name and holds the
 * other columns ("1 | Shea butter jar 200 ml" over "PP, white | 25,000
 * pcs | 0.16 | 4,000.00"). The two make one row of the header's width:
 * this line's cells after the first join the row above, the first
 * continues its name. */
static bool wrapped_cell(struct pass *p, const struct cell *c, size_t n, unsigned line)
{
    struct table *t = &p->t;
    struct trow *prev;
    int ti = tr_named_col(t, TR_TITLE);
    size_t k;

    if (!t->headed || t->loose || !t->n_rows || n < 2)
        return false;
    prev = &t->rows[t->n_rows - 1];
    k = prev->n - 1; /* the wrapped cell: the name column, or one the header names as nothing */
    if (!prev->exact || prev->n_more || prev->line + 1 != line || prev->n + n - 1 != t->n_cols ||
        (ti >= 0 ? k != (size_t)ti : t->role[k] != NULL) || !prev->c[k].n || !c[0].n ||
        tr_is_money(prev->c[k].p, prev->c[k].n, &(od_money){0}) ||
        tr_is_money(c[0].p, c[0].n, &(od_money){0}))
        return false;
    for (size_t i = 0; i < k; i++) {
        int64_t q;

        /* a row number or a code before the name, no quantity or price */
        if (prev->c[i].n && tr_is_money(prev->c[i].p, prev->c[i].n, &(od_money){0}) &&
            !(tr_is_count(prev->c[i].p, prev->c[i].p + prev->c[i].n, &q) &&
              q == (int64_t)t->n_rows))
            return false;
    }
    memcpy(&prev->c[prev->n], &c[1], (n - 1) * sizeof(*c));
    prev->n += n - 1;
    prev->more[prev->n_more++] = c[0];
    tr_table_note_numbers(t, c + 1, n - 1);
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
    const char *sp = NULL, *z = c->p + c->n;

    /* "Ukupno EUR:": the label's colon after the code */
    if (z > c->p && z[-1] == ':')
        z--;
    else if (z - c->p >= 3 && memcmp(z - 3, "：", 3) == 0)
        z -= 3;
    for (const char *q = c->p; q < z; q++)
        if (*q == ' ')
            sp = q;
    if (!sp || !mail_is_total_word(c->p, (size_t)(tr_rtrim(c->p, sp) - c->p)))
        return NULL;
    return mail_currency_code(sp + 1, (size_t)(z - sp - 1));
}

/* The rows end at a sums row: the items are read, and the table stays
 * open for more sums rows only ("Subtotal", "Shipping", "Total" in the
 * amount column below the items), which are read as the table reads
 * its numbers. */
static void end_at_sums(struct pass *p)
{
    tr_table_end(p);
    p->t.active = p->t.sums = true;
}

/* A field of the sums of an order: total, shipping, tax or discount. */
static const char *sums_field(const char *f)
{
    if (f && (strcmp(f, "total") == 0 || strcmp(f, "shipping") == 0 || strcmp(f, "tax") == 0 ||
              strcmp(f, "discount") == 0))
        return f;
    return NULL;
}

/* "九五折", "八折", "95折", "9.5折": the Chinese way to write a
 * discount, a price as tenths of itself (one or two numerals, then 折). */
static bool rate_zhe(const char *p, size_t n)
{
    static const char *const num[] = {"一", "二", "三", "四", "五", "六", "七", "八", "九", NULL};
    size_t k = strlen("折"), i = 0, digits = 0;

    if (n <= k || memcmp(p + n - k, "折", k) != 0)
        return false;
    n -= k;
    while (i < n && digits < 3) {
        size_t j = 0;

        if ((p[i] >= '0' && p[i] <= '9') || (p[i] == '.' && i > 0 && i + 1 < n)) {
            digits += p[i] != '.';
            i++;
            continue;
        }
        while (num[j] && !(n - i >= 3 && memcmp(p + i, num[j], 3) == 0))
            j++;
        if (!num[j])
            return false;
        digits++;
        i += 3;
    }
    return i == n && digits >= 1 && digits <= 2;
}

/* The sums field that a label with more words names: the leftmost run
 * of at most three words that is a totals word or a total, shipping,
 * tax or discount label ("Trade discount 10%" -> discount, "Total excl.
 * VAT" -> total, "Shipping (DAP Tilburg)" -> shipping), or one such
 * label after Chinese characters that qualify it ("满减优惠" -> discount);
 * NULL when none. */
static const char *sums_in_words(const struct pass *p, const struct cell *c)
{
    struct cell w[TR_MAX_CELLS];
    size_t n = tr_split_ws(c->p, c->p + c->n, w);

    for (size_t i = 0; i < n; i++)
        for (size_t j = i; j < n && j < i + 3; j++) {
            const char *a = w[i].p;
            size_t len = (size_t)(w[j].p + w[j].n - a);
            const char *f;

            if (mail_is_total_word(a, len))
                return "total";
            if ((f = sums_field(mail_order_field(p->s, a, len))) != NULL)
                return f;
        }
    /* "九五折", "9折", "八八折": a rate of the price, a discount */
    if (n == 1 && rate_zhe(w[0].p, w[0].n))
        return "discount";
    /* "满减优惠", "应付合计": a sums label after a few Chinese characters
     * that qualify it, the label alone in its cell */
    if (n == 1)
        for (size_t k = 3; k <= 15 && k + 6 <= w[0].n; k += 3) {
            const char *a = w[0].p + k;
            size_t len = w[0].n - k;
            const char *f;

            if ((unsigned char)a[-3] < 0xE3 || (unsigned char)a[-3] > 0xE9)
                break;
            if (mail_is_total_word(a, len))
                return "total";
            if ((f = sums_field(mail_order_field(p->s, a, len))) != NULL)
                return f;
        }
    return NULL;
}

/* A row of one label and one amount, the amount its last cell written
 * ("Trade discount 10%      -43.02"). */
static bool label_and_amount(const struct table *t, const struct cell *c, size_t n, size_t first)
{
    size_t amounts = 0, last = first;
    char buf[64];

    for (size_t i = first + 1; i < n; i++) {
        struct cell v;

        if (!c[i].n)
            continue;
        v.p = tr_num_read(t->comma, c[i].p, c[i].n, buf, sizeof(buf), &v.n);
        if (!tr_is_money(v.p, v.n, &(od_money){0}))
            return false;
        amounts++;
        last = i;
    }
    return amounts == 1 && last > first && !tr_is_money(c[first].p, c[first].n, &(od_money){0});
}

/* The last cell written of the row is money written as money
 * ("1.095,00 €", "387.18"; not a phone number "13800138000"). */
static bool money_written(const struct table *t, const struct cell *c, size_t n)
{
    char buf[64];
    struct cell v;

    while (n && !c[n - 1].n)
        n--;
    if (!n)
        return false;
    v.p = tr_num_read(t->comma, c[n - 1].p, c[n - 1].n, buf, sizeof(buf), &v.n);
    return tr_money_marked(v.p, v.n);
}

/* "Total (GBP)": the currency a bracket at the end of the label names,
 * else NULL. */
static const char *bracket_currency(const struct cell *c)
{
    const char *z = tr_rtrim(c->p, c->p + c->n), *o = NULL, *in;

    if (z - c->p >= 3 && memcmp(z - 3, "）", 3) == 0)
        z -= 3;
    else if (z > c->p && z[-1] == ')')
        z--;
    else
        return NULL;
    for (const char *q = c->p; q < z; q++)
        if (*q == '(' || (z - q >= 3 && memcmp(q, "（", 3) == 0))
            o = q;
    if (!o)
        return NULL;
    in = o + (*o == '(' ? 1 : 3);
    in = tr_skip_ws(in, z);
    return mail_currency_code(in, (size_t)(tr_rtrim(in, z) - in));
}

static bool sum_row(struct pass *p, const struct cell *c, size_t n, size_t first, unsigned line)
{
    const char *cur = total_in(&c[first]);
    const char *f = mail_is_total_word(c[first].p, c[first].n) || cur
                        ? "total"
                        : mail_order_field(p->s, c[first].p, c[first].n);
    size_t amounts = 0, last = SIZE_MAX;
    bool comma = p->t.comma, unknown = false;
    struct cell v;
    char buf[64];
    struct ev *e;
    od_money m;

    f = sums_field(f);
    if (!f && (p->t.n_rows || p->t.sums) && label_and_amount(&p->t, c, n, first)) {
        /* a label no list knows ("Gesamtbetrag", "Summe") over the sum
         * of the order is its total: the total check holds the order when
         * the row was a charge instead */
        f = sums_in_words(p, &c[first]);
        if (!f && !mail_order_field(p->s, c[first].p, c[first].n) && money_written(&p->t, c, n)) {
            f = "total";
            unknown = true;
        }
    }
    if (f && !cur)
        cur = bracket_currency(&c[first]);
    if (!f) {
        /* one amount and at most a currency word, below rows */
        if (!p->t.n_rows && !p->t.sums)
            return false;
        for (size_t i = 0; i < n; i++) {
            if (!c[i].n)
                continue;
            v.p = tr_num_read(comma, c[i].p, c[i].n, buf, sizeof(buf), &v.n);
            if (tr_is_money(v.p, v.n, &m) && tr_money_marked(v.p, v.n)) {
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
    end_at_sums(p);
    for (last = n; last > first + 1 && !c[last - 1].n;)
        last--;
    if (last == 0)
        return true;
    /* "3.061,00" below a table that writes decimal commas, or itself one */
    comma = comma || tr_num_shape(c[last - 1].p, c[last - 1].n) == TR_NUM_COMMA;
    v.p = tr_num_read(comma, c[last - 1].p, c[last - 1].n, buf, sizeof(buf), &v.n);
    if (mail_parse_amount(v.p, v.n, &m) < 0)
        return true; /* "合计" without a number */
    if (unknown && m < 0 && !p->t.total_row) {
        /* "Adjustment (sample credit)  -100.00": no sum of the order is
         * negative; a label no list knows that takes an amount off above
         * the total is a discount, and the clerk is to check it (below
         * the total it is a payment: "Less deposit 40% (paid)") */
        char label[80], x[OD_MONEY_STRLEN];

        if ((e = tr_event(p, EV_LABEL, line)) != NULL) {
            e->field = "discount";
            e->money = -m;
        }
        tr_clip(label, sizeof(label), c[first].p, c[first].n);
        tr_problem(p, EV_DOUBT, line, false,
                   "line %u: '%s' takes %s off the order: read as a discount; check the charges",
                   line, label, od_money_format(-m, x));
        return true;
    }
    if (strcmp(f, "total") == 0) {
        p->t.total_row |= !unknown && mail_total_word(c[first].p, c[first].n) != MAIL_TOTAL_SUB;
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
    if ((!p->t.n_rows && !p->t.sums) || !sp ||
        mail_parse_amount(sp + 1, (size_t)(c->p + c->n - sp - 1), &m) < 0)
        return false;
    label = (struct cell){c->p, (size_t)(tr_rtrim(c->p, sp) - c->p)};
    if (!mail_is_total_word(label.p, label.n) && !(cur = total_in(&label)))
        return false;
    end_at_sums(p);
    if ((e = tr_event(p, EV_TOTALROW, line)) != NULL)
        e->money = m;
    if (cur && strlen(cur) == 3 && (e = tr_event(p, EV_LABEL, line)) != NULL) {
        e->field = "currency";
        memcpy(e->code, cur, 4);
    }
    return true;
}

/* A cell that is a currency code alone, three capital letters ("GBP",
 * "USD"). */
static bool currency_code_cell(const struct cell *c)
{
    if (c->n != 3)
        return false;
    for (size_t i = 0; i < 3; i++)
        if (c->p[i] < 'A' || c->p[i] > 'Z')
            return false;
    return mail_currency_code(c->p, c->n) != NULL;
}

/* "GBP   1.42" in a row that has more cells than its header: a
 * currency code set apart from the amount it marks, in its own cell. When
 * joining every lone code to the number after it gives the header's
 * count of cells, the row is read so; else it is left as split. Returns
 * the new count. */
static size_t join_currency_codes(struct cell *c, size_t n, size_t n_cols)
{
    size_t codes = 0, k = 0;

    for (size_t i = 0; i + 1 < n; i++)
        if (currency_code_cell(&c[i]) && c[i + 1].n && c[i + 1].p[0] >= '0' && c[i + 1].p[0] <= '9')
            codes++, i++;
    if (!codes || n - codes != n_cols)
        return n;
    for (size_t i = 0; i < n; i++) {
        if (i + 1 < n && currency_code_cell(&c[i]) && c[i + 1].n && c[i + 1].p[0] >= '0' &&
            c[i + 1].p[0] <= '9') {
            c[k].p = c[i].p;
            c[k].n = (size_t)(c[i + 1].p + c[i + 1].n - c[i].p);
            k++;
            i++;
            continue;
        }
        c[k++] = c[i];
    }
    return k;
}

int tr_table_line(struct pass *p, const char *a, const char *z, unsigned line)
{
    struct table *t = &p->t;
    struct cell c[TR_MAX_CELLS];
    size_t n, first;

    if (tr_skip_ws(a, z) == z) {
        /* one blank line after each row split on tabs or '|' (the plain
         * text that mail programs write beside an HTML table) does not
         * end the table; the next line must be such a row */
        if (!t->gap && t->headed && !t->loose &&
            (t->sums || (t->n_rows && t->rows[t->n_rows - 1].exact))) {
            t->gap = true;
            return 1;
        }
        if (t->n_rows || t->sums)
            tr_table_end(p);
        return 1;
    }
    if (t->gap) {
        bool cells = memchr(a, '\t', (size_t)(z - a)) || memchr(a, '|', (size_t)(z - a));

        t->gap = false;
        if (!cells || (!t->sums && tr_split_cells(a, z, c) > t->n_cols)) {
            if (t->sums)
                t->active = false;
            else
                tr_table_end(p);
            return 0;
        }
    }
    if (t->sums) {
        /* below a sums row: more sums rows, else the table has ended */
        n = tr_split_cells(a, z, c);
        for (first = 0; first + 1 < n && !c[first].n;)
            first++;
        if (n == 1 && sum_line(p, c, line))
            return 1;
        if (n >= 2 && sum_row(p, c, n, first, line))
            return 1;
        t->active = false;
        return 0;
    }
    if (separator_row(a, z))
        return 1;
    n = t->loose ? merge_title(t, c, tr_split_ws(a, z, c)) : tr_split_cells(a, z, c);
    /* two header rows: groups above ("Item", "Quantity", "Price (THB)",
     * each over two columns of an HTML table), the columns below; the
     * lower row, a header of more cells, is the table's header (what
     * the upper one said, such as its currency, stands) */
    if (t->headed && !t->loose && !t->n_rows && n > t->n_cols &&
        tr_table_start(p, a, z, c, n, line, false))
        return 1;
    /* "名称 | 规格 | 箱数 | 每箱 | 合计个数" under "商品 | | 数量 | | ":
     * words under the header, no item (tablesub.c) */
    if (tr_header_second_row(p, c, n))
        return 1;
    if (t->headed && !t->loose && n > t->n_cols)
        n = join_currency_codes(c, n, t->n_cols);
    if (continues_name(p, c, n, a, z, line))
        return 1;
    if (wrapped_cell(p, c, n, line))
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
