/* Where the item table of a grid is (sheet_int.h): its header row, found
 * by its known column labels or, without one, by the rows that hold items
 * by their arithmetic; the table's columns and the column a cell belongs
 * under. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "sheet_int.h"

static const char *const role_field[N_ROLES] = {
    NULL,          "-",         "lines.sku",   "lines.title",    "lines.qty", "lines.unit_price",
    "lines.total", "lines.per", "external_id", "lines.discount",
};

static void cell_span(const struct od_grid *g, const struct od_cell *c, double *a, double *b)
{
    if (g->kind == OD_GRID_PDF) {
        *a = c->x0;
        *b = c->x1 > c->x0 ? c->x1 : c->x0 + 1;
    } else {
        *a = c->col;
        *b = (double)c->col + (c->span ? c->span : 1);
    }
}

/* The PDF column whose header centre is nearest to x, column `skip`
 * left out (-1: none). */
static int nearest_column_but(const struct sheet *sh, double x, int skip)
{
    double near = 1e18;
    int k = -1;

    for (size_t i = 0; i < sh->n_cols; i++) {
        double cm = (sh->cols[i].a + sh->cols[i].b) / 2;
        double d = x > cm ? x - cm : cm - x;

        if (d < near && (int)i != skip) {
            near = d;
            k = (int)i;
        }
    }
    return k;
}

static double mid_x(const struct od_cell *c)
{
    return (c->x0 + (c->x1 > c->x0 ? c->x1 : c->x0 + 1)) / 2;
}

/* A line number: one to four digits ("1", "0010"). */
static bool line_number_text(const char *t)
{
    size_t n = strlen(t);

    return n >= 1 && n <= 4 && strspn(t, "0123456789") == n;
}

/* The PDF column whose header centre is nearest to a cell's centre,
 * unless the row's line number ("1" under "No.") is nearer that header
 * and the cell is text: then the next nearest ("Kraft pouch", set left
 * under "Item", is nearer the "No." header than the "Item" header, and
 * "No." is the line number's column). */
static int nearest_column(const struct sheet *sh, const struct od_cell *c)
{
    double x = mid_x(c), cm, d;
    int k = nearest_column_but(sh, x, -1);
    struct row_range r;

    if (k < 0 || c->row < sh->first_row || (c->text[0] >= '0' && c->text[0] <= '9'))
        return k;
    cm = (sh->cols[k].a + sh->cols[k].b) / 2;
    d = x > cm ? x - cm : cm - x;
    r = sheet_row_cells(sh->g, c->row);
    for (size_t i = r.a; i < r.z; i++) {
        const struct od_cell *o = &sh->g->cells[i];
        double ox = mid_x(o);

        if (o != c && o->page == c->page && line_number_text(o->text) &&
            (ox > cm ? ox - cm : cm - ox) < d && nearest_column_but(sh, ox, -1) == k)
            return nearest_column_but(sh, x, k);
    }
    return k;
}

/* Rows above and below a PDF cell whose cells starting where it starts
 * vote for its column. */
#define ALIGN_ROWS 8

/* A PDF cell's column by its left edge: names are set left, so the
 * cells of the rows around it (below the header, on its page) that
 * start where it starts belong under one column; when more than half of
 * them (two at least) sit nearest to one header, that is the column of
 * a short name too ("Gift box" nearer the "#" header than the "Item"
 * header its column is under). -1 when they do not say. */
static int aligned_column(const struct sheet *sh, const struct od_cell *c)
{
    int votes[MAX_COLS] = {0}, n = 0;
    uint32_t lo = c->row > ALIGN_ROWS ? c->row - ALIGN_ROWS : 0;

    if (lo < sh->first_row)
        lo = sh->first_row;
    for (size_t i = od_grid_row_start(sh->g, lo); i < sh->g->n; i++) {
        const struct od_cell *o = &sh->g->cells[i];
        int k;

        if (o->row > c->row + ALIGN_ROWS)
            break;
        if (o == c || o->page != c->page || o->x0 - c->x0 > 0.75 || c->x0 - o->x0 > 0.75)
            continue;
        k = nearest_column(sh, o);
        if (k >= 0 && k < MAX_COLS) {
            votes[k]++;
            n++;
        }
    }
    for (size_t k = 0; k < sh->n_cols && k < MAX_COLS; k++)
        if (votes[k] >= 2 && votes[k] * 2 > n)
            return (int)k;
    return -1;
}

/* The column a cell belongs under. Sheets: the one its span overlaps
 * most. PDF: the one whose header centre is nearest to the cell's
 * centre (numbers set right and names set left under centred headers),
 * or the one the cells set at its left edge around it are under
 * (aligned_column), unless the cell lies more than a column's width
 * beyond the outer headers. -1 when none. */
int sheet_column_of(const struct sheet *sh, const struct od_cell *c)
{
    double a, b, best = 0;
    int k = -1;

    cell_span(sh->g, c, &a, &b);
    if (sh->g->kind == OD_GRID_PDF) {
        double first = sh->cols[0].a, last = sh->cols[sh->n_cols - 1].b;
        double width = (last - first) / (double)sh->n_cols;

        if (b < first - width || a > last + width)
            return -1;
        k = c->row >= sh->first_row ? aligned_column(sh, c) : -1;
        return k >= 0 ? k : nearest_column(sh, c);
    }
    for (size_t i = 0; i < sh->n_cols; i++) {
        double lo = a > sh->cols[i].a ? a : sh->cols[i].a;
        double hi = b < sh->cols[i].b ? b : sh->cols[i].b;

        if (hi - lo > best) {
            best = hi - lo;
            k = (int)i;
        }
    }
    return k;
}

/* "HT", "TTC", "net": a word after a money column's label that says
 * whether tax is in ("Prix unitaire HT (€)", "Total TTC", "Price net"). */
static bool tax_word(const char *t, size_t n)
{
    static const char *const words[] = {"HT",    "TTC",   "HTVA",   "TVAC", "net",  "nett",
                                        "netto", "gross", "brutto", "excl", "incl", NULL};

    for (size_t i = 0; words[i]; i++)
        if (strlen(words[i]) == n && strncasecmp(t, words[i], n) == 0)
            return true;
    return false;
}

/* The start of the last word of t[0..n), brackets after it left out
 * ("Total HT (€)": "HT"); *end is set to its end. */
static size_t last_word(const char *t, size_t n, size_t *end)
{
    size_t z = n, a;

    while (z && (t[z - 1] == ' ' || t[z - 1] == ')')) {
        if (t[z - 1] == ')') { /* "(€)", "(EUR)": a bracket after the word */
            const char *o = memchr(t, '(', z);

            if (!o)
                break;
            z = (size_t)(o - t);
            continue;
        }
        z--;
    }
    for (a = z; a && t[a - 1] != ' ';)
        a--;
    *end = z;
    return a;
}

/* The length of the Chinese (or Japanese) words that start t[0..n):
 * its leading characters of three or four UTF-8 bytes (full-width
 * brackets included), up to a space, an ASCII character or a letter of
 * another script. */
static size_t cjk_lead(const char *t, size_t n)
{
    size_t i = 0;

    while (i < n && (unsigned char)t[i] >= 0xE0) {
        size_t w = (unsigned char)t[i] >= 0xF0 ? 4 : 3;

        if (i + w > n)
            break;
        i += w;
    }
    return i;
}

/* A header of Latin words whose last words are a price or an amount
 * label, the first ones saying which ("Direct Unit Cost", "Line
 * Amount"): the price or the amount column. Not when a first word is a
 * tax or discount word ("Tax Amount", "Disc. Amount", "Net Price"). */
static const char *trailing_label(const struct sheet *sh, const char *t, size_t n)
{
    static const char *const not_first[] = {"tax",    "vat",    "gst",     "disc", "discount",
                                            "rabatt", "remise", "deposit", NULL};

    for (size_t i = 0; i < n; i++) {
        const char *f;
        size_t w, e = i;

        if ((unsigned char)t[i] >= 0x80)
            return NULL;
        if (t[i] != ' ')
            continue;
        if (e && t[e - 1] == '.')
            e--; /* "Excl. Price", "Disc. Amount" */
        w = e;
        while (w && t[w - 1] != ' ')
            w--;
        if (tax_word(t + w, e - w))
            return NULL;
        for (size_t k = 0; not_first[k]; k++)
            if (strlen(not_first[k]) == e - w && strncasecmp(t + w, not_first[k], e - w) == 0)
                return NULL;
        f = mail_column_field(sh->s, t + i + 1, n - i - 1);
        if (f && (strcmp(f, "lines.unit_price") == 0 || strcmp(f, "lines.total") == 0))
            return f;
    }
    return NULL;
}

/* The column a header names: the labels (fields.c), else the label
 * without a trailing currency ("Unit Price EUR", "Total USD") or tax
 * word ("Prix unitaire HT (€)"), else its Chinese words before words
 * of another language ("品名 Наименование"), else a label that ends the header
 * ("要货数量" is a 数量, "采购单价" a 单价). */
static const char *column_field(const struct sheet *sh, const char *t)
{
    size_t n = strlen(t), cut = n, end;
    const char *f = mail_column_field(sh->s, t, n);

    if (f)
        return f;
    while (cut && t[cut - 1] != ' ')
        cut--;
    if (cut && mail_currency_code(t + cut, n - cut)) {
        f = mail_column_field(sh->s, t, cut - 1);
        if (f)
            return f;
    }
    cut = last_word(t, n, &end);
    if (cut && end > cut && tax_word(t + cut, end - cut)) {
        f = mail_column_field(sh->s, t, cut - 1);
        if (f)
            return f;
    }
    if ((cut = cjk_lead(t, n)) != 0 && cut < n && (f = mail_column_field(sh->s, t, cut)) != NULL)
        return f; /* "品名 Наименование", "单价（元）Цена, юань": two languages */
    if ((f = trailing_label(sh, t, n)) != NULL)
        return f;
    for (size_t i = 1; i + 6 <= n; i++) { /* suffixes of two characters or more */
        if (((unsigned char)t[i] & 0xC0) == 0x80 || (unsigned char)t[i] < 0x80)
            continue; /* Chinese suffixes only: "Description" is no "ion" */
        f = mail_column_field(sh->s, t + i, n - i);
        if (f && strcmp(f, "-") != 0)
            return f;
    }
    return NULL;
}

static enum role role_of(const char *field)
{
    if (!field)
        return R_NONE;
    for (int r = R_IGNORE; r < N_ROLES; r++)
        if (strcmp(field, role_field[r]) == 0)
            return (enum role)r;
    return R_NONE;
}

/* A column of order numbers: a header that labels the order number
 * ("单据编号", "PO Number") and no item column. */
static bool order_column(const struct sheet *sh, const char *t)
{
    size_t n = strlen(t), off;
    const char *f;

    if (mail_column_field(sh->s, t, n))
        return false;
    f = mail_order_field(sh->s, t, n);
    if (!f && (f = mail_form_label(t, &off)) && off != n)
        f = NULL;
    return f && strcmp(f, "external_id") == 0;
}

static enum role whole_role(const struct sheet *sh, const char *t)
{
    enum role form = sheet_form_column(t);
    enum role r;

    /* "Price Unit" (SAP: the pieces the price is for) is no unit price */
    if (form == R_PER)
        return form;
    r = order_column(sh, t) ? R_ORDER : role_of(column_field(sh, t));
    return r != R_NONE ? r : form;
}

enum role sheet_column_role(const struct sheet *sh, const char *t)
{
    enum role r = whole_role(sh, t);
    const char *slash = strrchr(t, '/');

    /* "Order Lines/Quantity": an ERP export's field path (Odoo) names
     * the column by its last part */
    if (r == R_NONE && slash && slash > t && slash[1] && !(slash[1] >= '0' && slash[1] <= '9'))
        r = whole_role(sh, slash + 1);
    /* "Product/Service" (QuickBooks): two names of one column, the
     * first known */
    if (r == R_NONE && slash && slash > t) {
        char first[64];
        size_t n = (size_t)(strchr(t, '/') - t);

        if (n < sizeof(first)) {
            memcpy(first, t, n);
            first[n] = '\0';
            r = whole_role(sh, first);
        }
    }
    return r;
}

struct row_range sheet_row_cells(const struct od_grid *g, uint32_t row)
{
    struct row_range r;

    r.a = od_grid_row_start(g, row);
    r.z = r.a;
    while (r.z < g->n && g->cells[r.z].row == row)
        r.z++;
    return r;
}

/* How much a row looks like an item table's header: the count of known
 * item columns, 0 unless it has a quantity (or a price and an amount)
 * and a SKU or name column. */
static int header_score(const struct sheet *sh, uint32_t row)
{
    struct row_range r = sheet_row_cells(sh->g, row);
    bool seen[N_ROLES] = {false};
    int n = 0, sizes = 0;

    for (size_t i = r.a; i < r.z; i++) {
        const struct od_cell *c = &sh->g->cells[i];
        enum role role = sheet_column_role(sh, c->text);

        sizes += sheet_size_head(c->text);
        if (role > R_IGNORE && !seen[role]) {
            seen[role] = true;
            n++;
        }
    }
    if (sizes >= 2 && !seen[R_QTY]) { /* "6寸 | 8寸 | 10寸": the quantities by size */
        seen[R_QTY] = true;
        n++;
    }
    if (!(seen[R_QTY] || (seen[R_PRICE] && seen[R_TOTAL])))
        return 0;
    if (!(seen[R_SKU] || seen[R_TITLE]))
        return 0;
    return n;
}

/* The role `columns:` gives a header cell (with `table:`): the field
 * whose value is the cell's text (folded compare) or its column letters. */
static enum role mapped_role(const struct sheet *sh, const struct od_cell *c)
{
    char a[64], b[64], letters[8];
    size_t na = mail_label_fold(c->text, strlen(c->text), a, sizeof(a));

    od_col_name(c->col, letters);
    for (size_t i = 0; i < sh->s->columns.n; i++) {
        const char *v = sh->s->columns.values[i];
        size_t nb = mail_label_fold(v, strlen(v), b, sizeof(b));

        if ((na == nb && memcmp(a, b, na) == 0) || strcasecmp(v, letters) == 0)
            return role_of(sh->s->columns.keys[i]);
    }
    return R_NONE;
}

/* One column of the table under header cell c (its role from
 * `columns:` or its label, else `inherit`). */
static void add_column(struct sheet *sh, const struct od_cell *c, bool labels, enum role inherit,
                       bool seen[N_ROLES])
{
    struct column *col;
    enum role role = R_NONE;

    if (c->col < sh->col_lo || c->col > sh->col_hi || sh->n_cols == MAX_COLS)
        return;
    col = &sh->cols[sh->n_cols++];
    if (sh->s->table && sh->s->columns.n)
        role = mapped_role(sh, c);
    if (role == R_NONE && labels)
        role = sheet_column_role(sh, c->text);
    if (role == R_NONE)
        role = inherit;
    cell_span(sh->g, c, &col->a, &col->b);
    col->head = c;
    if (role > R_IGNORE && seen[role])
        role = R_NONE; /* a second amount column ("含税金额"): decided by values */
    if (role != R_NONE)
        seen[role] = true;
    col->role = role;
}

/* The columns of the table, from the cells of `row`: their positions,
 * and their roles where `columns:` or the header names them. */
static void set_columns(struct sheet *sh, uint32_t row, bool labels)
{
    struct row_range r = sheet_row_cells(sh->g, row);
    bool seen[N_ROLES] = {false};

    for (size_t i = r.a; i < r.z; i++)
        add_column(sh, &sh->g->cells[i], labels, R_NONE, seen);
}

/* A cell that reads as a number or an amount (no header's label). */
static bool numeric_cell(const struct sheet *sh, const struct od_cell *c)
{
    od_money m;

    return c->type != OD_CELL_TEXT || sheet_amount(sh, c->text, strlen(c->text), &m) == 0;
}

/* A header of two rows (a sheet's): a header cell merged across columns
 * (`Product` over B:C) has the row below it split into its columns'
 * own labels (`Name | Specification`), while the other header cells
 * span both rows or leave the second row blank. That second row is
 * labels only, every cell of it under a merged header cell, and either
 * a header cell spans both rows or one merged cell holds two labels.
 * Then each merged header cell with labels under it gives way to them
 * (each label's role its own; when none of them names one, the first
 * takes the merged cell's), and the items start a row lower. */
static bool second_header_row(struct sheet *sh)
{
    uint32_t row = sh->head_row + 1;
    struct row_range h = sheet_row_cells(sh->g, sh->head_row), r;
    bool tall = false, two = false, seen[N_ROLES] = {false};
    size_t under[MAX_COLS] = {0};

    if (sh->g->kind == OD_GRID_PDF || sh->s->table || row >= sh->g->n_rows)
        return false;
    r = sheet_row_cells(sh->g, row);
    if (r.a == r.z)
        return false;
    for (size_t i = r.a; i < r.z; i++) {
        const struct od_cell *c = &sh->g->cells[i];
        int k = sheet_column_of(sh, c);

        if (k < 0 || k >= MAX_COLS || numeric_cell(sh, c) || c->span > 1 || !sh->cols[k].head ||
            sh->cols[k].head->span < 2)
            return false;
        if (++under[k] >= 2)
            two = true;
    }
    for (size_t i = h.a; i < h.z; i++)
        if (sh->g->cells[i].rows >= 2)
            tall = true;
    if (!tall && !two)
        return false;
    sh->n_cols = 0;
    for (size_t i = h.a; i < h.z; i++) {
        const struct od_cell *c = &sh->g->cells[i];
        enum role first;
        size_t j, subs = 0;
        bool named = false;

        for (j = r.a; j < r.z; j++) {
            const struct od_cell *s = &sh->g->cells[j];

            if (s->col >= c->col && s->col < c->col + c->span) {
                subs++;
                named = named || sheet_column_role(sh, s->text) > R_IGNORE;
            }
        }
        if (!subs) {
            add_column(sh, c, true, R_NONE, seen);
            continue;
        }
        first = named ? R_NONE : sheet_column_role(sh, c->text);
        for (j = r.a; j < r.z; j++) {
            const struct od_cell *s = &sh->g->cells[j];

            if (s->col >= c->col && s->col < c->col + c->span) {
                add_column(sh, s, true, first, seen);
                first = R_NONE;
            }
        }
    }
    sh->first_row = row + 1;
    return true;
}

static bool has_money(const struct sheet *sh, struct row_range r);

/* A header's second row of words (a sheet's or a CSV's, nothing merged,
 * as Numbers and hand-made sheets write one: `Price` over `USD`, a
 * blank header cell over `per`): text cells only with no digit, at
 * least one of them under a blank header cell and naming a column there
 * (`per`, a price's unit), the others under header cells, and a row with
 * an amount under it. The cells under blank header cells become columns
 * of their own; the items start a row lower. */
static bool words_row(struct sheet *sh)
{
    uint32_t row = sh->head_row + 1;
    struct row_range h = sheet_row_cells(sh->g, sh->head_row), r;
    bool seen[N_ROLES] = {false}, gap = false;
    size_t i, j;

    if (sh->g->kind == OD_GRID_PDF || sh->s->table || row + 1 >= sh->g->n_rows)
        return false;
    r = sheet_row_cells(sh->g, row);
    if (r.a == r.z || !has_money(sh, sheet_row_cells(sh->g, row + 1)))
        return false;
    for (i = r.a; i < r.z; i++) {
        const struct od_cell *c = &sh->g->cells[i];
        bool under = false;

        if (c->type != OD_CELL_TEXT || c->span > 1 || strpbrk(c->text, "0123456789") ||
            numeric_cell(sh, c))
            return false;
        for (j = h.a; j < h.z && !under; j++)
            under = c->col >= sh->g->cells[j].col &&
                    c->col < sh->g->cells[j].col + sh->g->cells[j].span;
        if (!under && sheet_column_role(sh, c->text) <= R_IGNORE)
            return false;
        gap = gap || !under;
    }
    if (!gap)
        return false;
    /* the header's cells and the new ones, left to right */
    sh->n_cols = 0;
    for (i = h.a, j = r.a; i < h.z || j < r.z;) {
        const struct od_cell *c = &sh->g->cells[i < h.z ? i : j],
                             *u = &sh->g->cells[j < r.z ? j : i];
        bool under = false;

        if (j < r.z)
            for (size_t k = h.a; k < h.z && !under; k++)
                under = u->col >= sh->g->cells[k].col &&
                        u->col < sh->g->cells[k].col + sh->g->cells[k].span;
        if (j < r.z && under) {
            j++;
            continue;
        }
        if (i < h.z && (j >= r.z || c->col < u->col)) {
            add_column(sh, c, true, R_NONE, seen);
            i++;
        } else {
            add_column(sh, u, true, R_NONE, seen);
            j++;
        }
    }
    sh->first_row = row + 1;
    return true;
}

/* Cells of a row considered when looking for qty x price = amount. */
#define MAX_ROW_NUMBERS 24

/* A row that holds an item whatever its header says: a whole number and
 * two amounts with qty x price = amount; the price may be finer than a
 * cent ("80000 | 0,052 | 4160,00"). */
static bool item_like(const struct sheet *sh, struct row_range r)
{
    int64_t q[MAX_ROW_NUMBERS], per[MAX_ROW_NUMBERS];
    od_money m[MAX_ROW_NUMBERS], fine[MAX_ROW_NUMBERS];
    size_t n = 0;

    for (size_t i = r.a; i < r.z && n < MAX_ROW_NUMBERS; i++) {
        const char *t = sh->g->cells[i].text;
        char why[128];

        if (sheet_qty(sh, t, strlen(t), &q[n], why, sizeof(why)) != 0)
            q[n] = -1;
        if (sheet_amount(sh, t, strlen(t), &m[n]) != 0)
            m[n] = OD_MONEY_NONE;
        if (m[n] != OD_MONEY_NONE || (sheet_fine_price(sh, t, &fine[n], &per[n]) != 0 &&
                                      sheet_basis_price(sh, t, &fine[n], &per[n]) != 0)) {
            fine[n] = m[n];
            per[n] = 1;
        }
        if (q[n] > 0 || fine[n] != OD_MONEY_NONE)
            n++;
    }
    for (size_t a = 0; a < n; a++)
        for (size_t b = 0; b < n; b++)
            for (size_t c = 0; c < n; c++) {
                od_money prod, whole;

                if (a == b || b == c || a == c || q[a] <= 0 || fine[b] == OD_MONEY_NONE ||
                    m[c] == OD_MONEY_NONE || m[c] == 0)
                    continue;
                if (od_money_mul(fine[b], q[a], &prod) && od_money_mul(m[c], per[b], &whole) &&
                    prod == whole)
                    return true;
            }
    return false;
}

static bool has_money(const struct sheet *sh, struct row_range r)
{
    for (size_t i = r.a; i < r.z; i++) {
        od_money m;
        const char *t = sh->g->cells[i].text;

        if (sheet_amount(sh, t, strlen(t), &m) == 0)
            return true;
    }
    return false;
}

/* Do rows a and b have the same shape: cells in the same columns, each
 * a number (an amount) in both or in neither? */
static bool same_shape(const struct sheet *sh, struct row_range a, struct row_range b)
{
    if (a.z - a.a != b.z - b.a || a.a == a.z)
        return false;
    for (size_t i = a.a, j = b.a; i < a.z; i++, j++) {
        const char *x = sh->g->cells[i].text, *y = sh->g->cells[j].text;
        od_money m;
        bool nx = sheet_amount(sh, x, strlen(x), &m) == 0;
        bool ny = sheet_amount(sh, y, strlen(y), &m) == 0;

        if (sh->g->cells[i].col != sh->g->cells[j].col || nx != ny)
            return false;
    }
    return true;
}

/* A run of item rows found by their arithmetic (rows first .. first+n-1
 * of a sheet) takes in the rows right above and below it that have the
 * run's shape (same_shape: a name, a quantity, a price and an amount in
 * the same columns) though their arithmetic fails: a price per 1000
 * pieces ("24 | 1000 buc | 960") or a wrong amount is one cell the line
 * check doubts, not the end of the table. Returns the new first row
 * and sets *n. */
static uint32_t widen_run(const struct sheet *sh, uint32_t first, uint32_t *n)
{
    struct row_range model = sheet_row_cells(sh->g, first);

    if (sh->g->kind == OD_GRID_PDF)
        return first;
    while (first > 0 && same_shape(sh, model, sheet_row_cells(sh->g, first - 1))) {
        first--;
        (*n)++;
    }
    while (first + *n < sh->g->n_rows && same_shape(sh, model, sheet_row_cells(sh->g, first + *n)))
        (*n)++;
    return first;
}

/* No header of known labels: the longest run of rows that hold items by
 * their arithmetic (widen_run: with the rows of its shape around it);
 * its header is the row above when that row is text only, else the
 * first item row gives the columns' positions. */
static bool find_table_by_values(struct sheet *sh)
{
    uint32_t best_first = 0, best_n = 0, first = 0, n = 0, prev = UINT32_MAX;

    for (uint32_t row = 0; row < sh->g->n_rows; row++) {
        struct row_range r = sheet_row_cells(sh->g, row);

        if (r.a == sh->g->n)
            break;
        if (r.a == r.z)
            continue;
        if (item_like(sh, r)) {
            bool goes_on = n && (prev + 1 == row || sh->g->kind == OD_GRID_PDF);

            if (!goes_on) {
                first = row;
                n = 0;
            }
            n++;
            if (n > best_n) {
                best_n = n;
                best_first = first;
            }
        } else {
            n = 0;
        }
        prev = row;
    }
    if (!best_n)
        return false;
    best_first = widen_run(sh, best_first, &best_n);
    for (uint32_t up = best_first; up-- > 0 && best_first - up <= 2;) {
        struct row_range r = sheet_row_cells(sh->g, up);

        if (r.a == r.z)
            continue;
        if (r.z - r.a >= 2 && !has_money(sh, r)) {
            sh->head_row = up;
            sh->first_row = best_first;
            set_columns(sh, up, true);
            return true;
        }
        break;
    }
    sh->head_row = best_first;
    sh->first_row = best_first;
    sh->virtual_head = true;
    set_columns(sh, best_first, false);
    return true;
}

bool sheet_find_header(struct sheet *sh)
{
    int best = 0;

    if (sh->s->table && sh->g->kind != OD_GRID_PDF) {
        uint32_t c1, r1, c2, r2;

        if (imap_extract_range(sh->s->table, &c1, &r1, &c2, &r2) < 0)
            return false;
        sh->col_lo = c1;
        sh->col_hi = c2;
        sh->row_hi = r2;
        sh->head_row = r1;
        sh->first_row = r1 + 1;
        set_columns(sh, r1, true);
        return sh->n_cols > 0;
    }

    for (uint32_t row = 0; row < sh->g->n_rows; row++) {
        int sc;

        if (od_grid_row_start(sh->g, row) == sh->g->n)
            break;
        sc = header_score(sh, row);
        if (sc > best) {
            best = sc;
            sh->head_row = row;
        }
    }
    if (!best)
        return find_table_by_values(sh);
    sh->first_row = sh->head_row + 1;
    set_columns(sh, sh->head_row, true);
    if (!second_header_row(sh))
        words_row(sh);
    return true;
}
