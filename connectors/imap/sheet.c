/* Purchase orders laid out on a grid of cells (sheet.h): the item
 * table, its columns and lines, the checks. The fields outside the
 * table are read by sheetfields.c. */
#include <ctype.h>
#include <json-c/json.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "amountwords.h"
#include "error.h"
#include "sheet_int.h"

static const char *const role_field[N_ROLES] = {
    NULL,          "-",         "lines.sku", "lines.title", "lines.qty", "lines.unit_price",
    "lines.total", "lines.per",
};

void sheet_fail(struct sheet *sh, const char *fmt, ...)
{
    va_list ap;

    if (sh->bad)
        return;
    sh->bad = true;
    va_start(ap, fmt);
    vsnprintf(sh->why, sh->wl, fmt, ap);
    va_end(ap);
}

void sheet_ref(const struct sheet *sh, const struct od_cell *c, char buf[REF_MAX])
{
    od_cell_ref(sh->g, c, buf, REF_MAX);
}

void sheet_source_at(struct sheet *sh, const char *field, const char *where)
{
    json_object *v;

    if (!where || !where[0] || !sh->sources)
        return;
    v = json_object_new_string(where);
    if (!v || json_object_object_add(sh->sources, field, v) < 0) {
        json_object_put(v);
        sh->oom = true;
    }
}

void sheet_source(struct sheet *sh, const char *field, const struct od_cell *c)
{
    char r[REF_MAX];

    if (!c)
        return;
    sheet_ref(sh, c, r);
    sheet_source_at(sh, field, r);
}

void sheet_doubt(struct sheet *sh, const char *fmt, ...)
{
    char msg[384];
    va_list ap;

    va_start(ap, fmt);
    vsnprintf(msg, sizeof(msg), fmt, ap);
    va_end(ap);
    if (od_order_add_doubt(sh->o, msg) < 0)
        sh->oom = true;
}

/* ---- amounts ----------------------------------------------------------- */

/* "1.782,00", "642,00", "2,14": a decimal comma (two decimals after it). */
static bool eu_amount(const char *t)
{
    size_t n = strlen(t), digits = 0;
    const char *comma = strrchr(t, ',');

    if (!comma || strlen(comma + 1) != 2 || !isdigit((unsigned char)comma[1]) ||
        !isdigit((unsigned char)comma[2]))
        return false;
    for (const char *p = t; p < comma; p++) {
        if (isdigit((unsigned char)*p))
            digits++;
        else if (*p != '.' && !(p == t && *p == '-'))
            return false;
    }
    return digits > 0 && n < 32;
}

/* "2.14", "1,782.00": a decimal point. */
static bool point_amount(const char *t)
{
    const char *dot = strrchr(t, '.');
    size_t digits = 0;

    if (!dot || strlen(dot + 1) == 0 || strlen(dot + 1) > 2)
        return false;
    for (const char *p = t; *p; p++)
        if (isdigit((unsigned char)*p))
            digits++;
        else if (p != dot && *p != ',')
            return false;
    return digits > 0 && strchr(t, ',') < dot;
}

/* Decide once per document whether amounts carry a decimal comma. */
void sheet_sniff_decimals(struct sheet *sh)
{
    size_t eu = 0, pt = 0;

    for (size_t i = 0; i < sh->g->n && i < 20000; i++) {
        eu += eu_amount(sh->g->cells[i].text);
        pt += point_amount(sh->g->cells[i].text);
    }
    sh->comma_decimals = eu > 0 && pt == 0;
}

/* "0.9399999999999999", "118.00000000000001": a binary float written
 * out in full (spreadsheets store numbers so): the amount it stands for,
 * in `buf`, when it is within a millionth of a cent. */
static bool float_noise(const char *t, size_t n, char buf[64])
{
    const char *dot = memchr(t, '.', n);
    char tmp[64], *end;
    double x, cents;

    if (!dot || n >= sizeof(tmp) || (size_t)(t + n - dot - 1) < 6)
        return false;
    memcpy(tmp, t, n);
    tmp[n] = '\0';
    x = strtod(tmp, &end);
    if (*end || x > 1e13 || x < -1e13)
        return false;
    cents = x * 100;
    if (fabs(cents - (double)llround(cents)) > 1e-4)
        return false;
    snprintf(buf, 64, "%.2f", (double)llround(cents) / 100);
    return true;
}

/* An amount, read the document's way; else an amount in Chinese words
 * ("人民币壹万叁仟叁佰柒拾柒元整（￥13,377.00）", amountwords.h). */
int sheet_amount(const struct sheet *sh, const char *t, size_t n, od_money *out)
{
    char buf[64];
    size_t k = 0;
    int rc;

    if (float_noise(t, n, buf))
        return mail_parse_amount(buf, strlen(buf), out);
    if (!sh->comma_decimals || n >= sizeof(buf)) {
        rc = mail_parse_amount(t, n, out);
    } else {
        for (size_t i = 0; i < n; i++)
            if (t[i] == ',')
                buf[k++] = '.';
            else if (t[i] != '.')
                buf[k++] = t[i];
        rc = mail_parse_amount(buf, k, out);
    }
    if (rc != 0 && n && (unsigned char)*t >= 0x80 && mail_parse_amount_words(t, n, out) == 0)
        rc = 0;
    return rc;
}

/* ---- positions -------------------------------------------------------- */

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

/* The column a cell belongs under. Sheets: the one its span overlaps
 * most. PDF: the one whose header centre is nearest to the cell's
 * centre (numbers set right and names set left under centred headers),
 * unless the cell lies more than a column's width beyond the outer
 * headers. -1 when none. */
int sheet_column_of(const struct sheet *sh, const struct od_cell *c)
{
    double a, b, best = 0, near = 1e18;
    int k = -1;

    cell_span(sh->g, c, &a, &b);
    if (sh->g->kind == OD_GRID_PDF) {
        double mid = (a + b) / 2, first = sh->cols[0].a, last = sh->cols[sh->n_cols - 1].b;
        double width = (last - first) / (double)sh->n_cols;

        if (b < first - width || a > last + width)
            return -1;
        for (size_t i = 0; i < sh->n_cols; i++) {
            double cm = (sh->cols[i].a + sh->cols[i].b) / 2;
            double d = mid > cm ? mid - cm : cm - mid;

            if (d < near) {
                near = d;
                k = (int)i;
            }
        }
        return k;
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

/* ---- the header row --------------------------------------------------- */

/* The column a header names: the labels (fields.c), else the label
 * without a trailing currency ("Unit Price EUR", "Total USD"), else a
 * label that ends the header ("要货数量" is a 数量, "采购单价" a 单价). */
static const char *column_field(const struct sheet *sh, const char *t)
{
    size_t n = strlen(t), cut = n;
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

enum role sheet_column_role(const struct sheet *sh, const char *t)
{
    enum role r = role_of(column_field(sh, t));

    return r != R_NONE ? r : sheet_form_column(t);
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
    int n = 0;

    for (size_t i = r.a; i < r.z; i++) {
        const struct od_cell *c = &sh->g->cells[i];
        enum role role = sheet_column_role(sh, c->text);

        if (role > R_IGNORE && !seen[role]) {
            seen[role] = true;
            n++;
        }
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

/* The columns of the table, from the cells of `row`: their positions,
 * and their roles where `columns:` or the header names them. */
static void set_columns(struct sheet *sh, uint32_t row, bool labels)
{
    struct row_range r = sheet_row_cells(sh->g, row);
    bool seen[N_ROLES] = {false};

    for (size_t i = r.a; i < r.z && sh->n_cols < MAX_COLS; i++) {
        const struct od_cell *c = &sh->g->cells[i];
        struct column *col;
        enum role role = R_NONE;

        if (c->col < sh->col_lo || c->col > sh->col_hi)
            continue;
        col = &sh->cols[sh->n_cols++];
        if (sh->s->table && sh->s->columns.n)
            role = mapped_role(sh, c);
        if (role == R_NONE && labels)
            role = sheet_column_role(sh, c->text);

        cell_span(sh->g, c, &col->a, &col->b);
        col->head = c;
        if (role > R_IGNORE && seen[role])
            role = R_NONE; /* a second amount column ("含税金额"): decided by values */
        if (role != R_NONE)
            seen[role] = true;
        col->role = role;
    }
}

/* Cells of a row considered when looking for qty x price = amount. */
#define MAX_ROW_NUMBERS 24

/* A row that holds an item whatever its header says: a whole number and
 * two amounts with qty x price = amount. */
static bool item_like(const struct sheet *sh, struct row_range r)
{
    int64_t q[MAX_ROW_NUMBERS];
    od_money m[MAX_ROW_NUMBERS];
    size_t n = 0;

    for (size_t i = r.a; i < r.z && n < MAX_ROW_NUMBERS; i++) {
        const char *t = sh->g->cells[i].text;
        char why[128];

        if (mail_parse_qty(t, strlen(t), &q[n], why, sizeof(why)) != 0)
            q[n] = -1;
        if (sheet_amount(sh, t, strlen(t), &m[n]) != 0)
            m[n] = OD_MONEY_NONE;
        if (q[n] > 0 || m[n] != OD_MONEY_NONE)
            n++;
    }
    for (size_t a = 0; a < n; a++)
        for (size_t b = 0; b < n; b++)
            for (size_t c = 0; c < n; c++) {
                od_money prod;

                if (a == b || b == c || a == c || q[a] <= 0 || m[b] == OD_MONEY_NONE ||
                    m[c] == OD_MONEY_NONE || m[c] == 0)
                    continue;
                if (od_money_mul(m[b], q[a], &prod) && prod == m[c])
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

/* No header of known labels: the longest run of rows that hold items by
 * their arithmetic; its header is the row above when that row is text
 * only, else the first item row gives the columns' positions. */
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

static bool find_header(struct sheet *sh)
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
    return true;
}

/* ---- the rows --------------------------------------------------------- */

static bool is_total_row(const struct sheet *sh, struct row_range r)
{
    for (size_t i = r.a; i < r.z; i++) {
        const char *t = sh->g->cells[i].text;
        size_t off;
        const char *f;

        if (mail_is_total_word(t, strlen(t)))
            return true;
        f = mail_label_at(sh->s, t, strlen(t), &off);
        if (f && strcmp(f, "total") == 0)
            return true;
    }
    return false;
}

/* The amount a total row states: under the amount column, else its
 * rightmost money cell. */
static void read_total_row(struct sheet *sh, struct row_range r)
{
    const struct od_cell *best = NULL;
    od_money v = OD_MONEY_NONE;

    for (size_t i = r.a; i < r.z; i++) {
        const struct od_cell *c = &sh->g->cells[i];
        const char *t = c->text;
        size_t off = 0;
        od_money m;
        int k = sheet_column_of(sh, c);

        if (mail_label_at(sh->s, t, strlen(t), &off) == NULL)
            off = 0;
        if (sheet_amount(sh, t + off, strlen(t + off), &m) != 0) {
            if (mail_amount_words_differ(t + off, strlen(t + off))) {
                char ref[REF_MAX];

                sheet_ref(sh, c, ref);
                sheet_doubt(sh, "%s: the total in words is not the figure beside it", ref);
            }
            continue;
        }
        if (k >= 0 && sh->cols[k].role == R_TOTAL) {
            best = c;
            v = m;
            break;
        }
        best = c;
        v = m;
    }
    if (best) {
        char folded[32];
        const char *t = sh->g->cells[r.a].text;

        mail_label_fold(t, strlen(t), folded, sizeof(folded));
        sh->stated_total = v;
        sh->total_cell = best;
        sheet_ref(sh, best, sh->total_ref);
        /* "Subtotal", "小计": a total may follow after freight and tax */
        sh->total_is_sub = strncmp(folded, "subtotal", 8) == 0 ||
                           strncmp(folded, "小计", strlen("小计")) == 0 ||
                           strncmp(folded, "小計", strlen("小計")) == 0;
    }
}

static bool same_as_header(const struct sheet *sh, struct row_range r)
{
    struct row_range h = sheet_row_cells(sh->g, sh->head_row);

    if (r.z - r.a != h.z - h.a)
        return false;
    for (size_t i = 0; i < r.z - r.a; i++)
        if (strcmp(sh->g->cells[r.a + i].text, sh->g->cells[h.a + i].text) != 0)
            return false;
    return true;
}

static int add_item(struct sheet *sh, struct row_range r, uint32_t row, bool *is_item)
{
    struct item it = {.row = row};
    bool numbers = false;
    int rc = 0;

    *is_item = false;
    for (size_t i = r.a; i < r.z; i++) {
        const struct od_cell *c = &sh->g->cells[i];
        int k = sheet_column_of(sh, c);

        if (!it.first)
            it.first = c;
        if (k < 0 || sh->cols[k].role == R_IGNORE)
            continue;
        if (it.text[k]) { /* two cells under one column (a PDF name in two parts) */
            size_t n1 = strlen(it.text[k]), n2 = strlen(c->text);
            char *j = realloc(it.text[k], n1 + n2 + 2);

            if (!j) {
                rc = OD_ENOMEM;
                goto out;
            }
            j[n1] = ' ';
            memcpy(j + n1 + 1, c->text, n2 + 1);
            it.text[k] = j;
            continue;
        }
        if (!(it.text[k] = strdup(c->text))) {
            rc = OD_ENOMEM;
            goto out;
        }
        it.cell[k] = c;
        if (sh->cols[k].role == R_QTY || sh->cols[k].role == R_PRICE ||
            sh->cols[k].role == R_TOTAL || sh->cols[k].role == R_NONE) {
            od_money m;

            if (c->type == OD_CELL_NUMBER || sheet_amount(sh, c->text, strlen(c->text), &m) == 0)
                numbers = true;
        }
    }
    if (!numbers)
        goto out; /* not an item: a note, a page footer */
    if (sh->n_items == MAX_ITEMS) {
        sheet_fail(sh, "more than %d item rows", MAX_ITEMS);
        goto out;
    }
    {
        struct item *v = realloc(sh->items, (sh->n_items + 1) * sizeof(*v));

        if (!v) {
            rc = OD_ENOMEM;
            goto out;
        }
        sh->items = v;
        sh->items[sh->n_items++] = it;
        memset(&it, 0, sizeof(it));
        *is_item = true;
    }
out:
    for (size_t k = 0; k < MAX_COLS; k++)
        free(it.text[k]);
    return rc;
}

static bool label_row(const struct sheet *sh, struct row_range r)
{
    for (size_t i = r.a; i < r.z; i++) {
        size_t off;

        if (mail_label_at(sh->s, sh->g->cells[i].text, strlen(sh->g->cells[i].text), &off))
            return true;
    }
    return false;
}

static int read_rows(struct sheet *sh)
{
    uint32_t row = sh->first_row, last = sh->head_row;

    for (; row < sh->g->n_rows && row <= sh->row_hi; row++) {
        struct row_range r = sheet_row_cells(sh->g, row);
        bool is_item;
        int rc;

        if (r.a == r.z) {
            if (sh->n_items && sh->g->kind != OD_GRID_PDF)
                break; /* a blank row ends the table */
            continue;
        }
        if (is_total_row(sh, r)) {
            read_total_row(sh, r);
            last = row;
            break;
        }
        if (!sh->virtual_head && same_as_header(sh, r)) { /* the header again on the next page */
            last = row;
            continue;
        }
        if (sheet_charge_row(sh, r)) { /* "Freight | ... | 85.00": not an item */
            last = row;
            continue;
        }
        rc = add_item(sh, r, row, &is_item);
        if (rc < 0 || sh->bad)
            return rc;
        if (is_item) {
            last = row;
            continue;
        }
        if (sh->g->kind != OD_GRID_PDF)
            break;
        /* PDF: a page's footer and the next page's letterhead and labels
         * come between the rows of a table that goes on; on the page
         * of the last item, a label row ends the table */
        if (label_row(sh, r) &&
            (!sh->n_items || sh->g->cells[r.a].page == sh->items[sh->n_items - 1].first->page))
            break;
    }
    sh->end_row = last + 1;
    return 0;
}

/* ---- columns from their values --------------------------------------- */

static bool qty_shape(const char *t)
{
    int64_t q;
    char why[128];

    return t && mail_parse_qty(t, strlen(t), &q, why, sizeof(why)) == 0;
}

static bool money_shape(const struct sheet *sh, const char *t, od_money *m)
{
    od_money tmp;

    return t && sheet_amount(sh, t, strlen(t), m ? m : &tmp) == 0;
}

/* A code: no spaces, ASCII letters, digits and -_./#, with a digit. */
static bool code_shape(const char *t)
{
    bool digit = false;

    if (!t || !*t)
        return false;
    for (const char *p = t; *p; p++) {
        if (*p >= '0' && *p <= '9')
            digit = true;
        else if (!((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || strchr("-_./#", *p)))
            return false;
    }
    return digit;
}

struct col_stats {
    size_t filled, qty, money, code;
};

static void stats(const struct sheet *sh, size_t k, struct col_stats *st)
{
    memset(st, 0, sizeof(*st));
    for (size_t i = 0; i < sh->n_items; i++) {
        const char *t = sh->items[i].text[k];

        if (!t)
            continue;
        st->filled++;
        st->qty += qty_shape(t);
        st->money += money_shape(sh, t, NULL);
        st->code += code_shape(t);
    }
}

/* Numeric columns considered for qty x price = amount. */
#define MAX_NUMERIC 12

/* The values of the numeric candidate columns, parsed once. */
struct numbers {
    size_t cols[MAX_NUMERIC];
    size_t n;
    int64_t *qty;    /* [item * n + j], -1 when not a quantity */
    od_money *money; /* [item * n + j], OD_MONEY_NONE when not money */
};

static int numbers_load(const struct sheet *sh, struct numbers *nb)
{
    for (size_t k = 0; k < sh->n_cols && nb->n < MAX_NUMERIC; k++) {
        struct col_stats st;

        if (sh->cols[k].role == R_IGNORE)
            continue;
        stats(sh, k, &st);
        if (st.filled && st.money * 2 >= st.filled)
            nb->cols[nb->n++] = k;
    }
    if (!nb->n)
        return 0;
    nb->qty = calloc(sh->n_items * nb->n, sizeof(*nb->qty));
    nb->money = calloc(sh->n_items * nb->n, sizeof(*nb->money));
    if (!nb->qty || !nb->money)
        return OD_ENOMEM;
    for (size_t i = 0; i < sh->n_items; i++)
        for (size_t j = 0; j < nb->n; j++) {
            const char *t = sh->items[i].text[nb->cols[j]];
            char why[128];
            int64_t q;

            nb->qty[i * nb->n + j] =
                t && mail_parse_qty(t, strlen(t), &q, why, sizeof(why)) == 0 ? q : -1;
            if (!money_shape(sh, t, &nb->money[i * nb->n + j]))
                nb->money[i * nb->n + j] = OD_MONEY_NONE;
        }
    return 0;
}

/* Rows where candidate q x candidate p = candidate a. */
static size_t arithmetic(const struct sheet *sh, const struct numbers *nb, size_t q, size_t p,
                         size_t a)
{
    size_t n = 0;

    for (size_t i = 0; i < sh->n_items; i++) {
        int64_t qty = nb->qty[i * nb->n + q], per = sheet_price_per(sh, &sh->items[i]);
        od_money price = nb->money[i * nb->n + p], amt = nb->money[i * nb->n + a], prod, whole;

        if (qty > 0 && price != OD_MONEY_NONE && amt != OD_MONEY_NONE &&
            od_money_mul(price, qty, &prod) && od_money_mul(amt, per, &whole) && prod == whole)
            n++;
    }
    return n;
}

static int candidate(const struct numbers *nb, int k)
{
    for (size_t j = 0; j < nb->n; j++)
        if ((int)nb->cols[j] == k)
            return (int)j;
    return -1;
}

static int find_role(const struct sheet *sh, enum role r)
{
    for (size_t k = 0; k < sh->n_cols; k++)
        if (sh->cols[k].role == r)
            return (int)k;
    return -1;
}

/* Give the numeric columns their roles from qty x price = amount, where
 * the header left them open or where the values contradict it. */
static int decide_numbers(struct sheet *sh)
{
    struct numbers nb = {0};
    size_t best = 0;
    int bq = -1, bp = -1, ba = -1, rc;
    int lq = find_role(sh, R_QTY), lp = find_role(sh, R_PRICE), la = find_role(sh, R_TOTAL);
    int cq, cp, ca;

    if ((rc = numbers_load(sh, &nb)) < 0 || nb.n < 3)
        goto out;
    cq = candidate(&nb, lq);
    cp = candidate(&nb, lp);
    ca = candidate(&nb, la);
    if (cq >= 0 && cp >= 0 &&
        (la < 0 || (ca >= 0 && arithmetic(sh, &nb, cq, cp, ca) == sh->n_items)))
        goto out; /* the header is right, or there is no amount to check it with */
    for (size_t q = 0; q < nb.n; q++)
        for (size_t p = 0; p < nb.n; p++)
            for (size_t a = 0; a < nb.n; a++) {
                size_t n;

                if (q == p || p == a || q == a)
                    continue;
                n = arithmetic(sh, &nb, q, p, a);
                /* prefer the header's own columns on a tie */
                if (n > best || (n == best && n && (int)q == cq && (int)p == cp)) {
                    best = n;
                    bq = (int)nb.cols[q];
                    bp = (int)nb.cols[p];
                    ba = (int)nb.cols[a];
                }
            }
    if (!best || best * 2 < sh->n_items)
        goto out; /* the values say nothing: keep the header's roles */
    if (lq >= 0 && lp >= 0 && bq == lp && bp == lq) {
        /* qty and price are interchangeable in the product: keep the
         * header's reading */
        bq = lq;
        bp = lp;
    } else if (lq < 0 && lp < 0 && sh->items && nb.qty) {
        /* no header for either: the quantity is the whole number */
        int jq = candidate(&nb, bq), jp = candidate(&nb, bp);
        size_t whole_q = 0, whole_p = 0;

        for (size_t i = 0; i < sh->n_items; i++) {
            whole_q += nb.qty[i * nb.n + jq] > 0;
            whole_p += nb.qty[i * nb.n + jp] > 0;
        }
        if (whole_p > whole_q) {
            int t = bq;

            bq = bp;
            bp = t;
        }
    }
    for (size_t k = 0; k < sh->n_cols; k++)
        if ((int)k != bq && (int)k != bp && (int)k != ba &&
            (sh->cols[k].role == R_QTY || sh->cols[k].role == R_PRICE ||
             sh->cols[k].role == R_TOTAL))
            sh->cols[k].role = R_NONE;
    if ((lq >= 0 && lq != bq) || (lp >= 0 && lp != bp) || (la >= 0 && la != ba)) {
        char h[REF_MAX];

        sheet_ref(sh, sh->cols[bq].head, h);
        sheet_doubt(
            sh, "the columns were chosen by arithmetic, not by their headers (quantity under %s)",
            h);
    }
    sh->cols[bq].role = R_QTY;
    sh->cols[bp].role = R_PRICE;
    sh->cols[ba].role = R_TOTAL;
out:
    free(nb.qty);
    free(nb.money);
    return rc;
}

/* SKU and name columns without a known header, from their values. */
static void decide_texts(struct sheet *sh)
{
    int sku = find_role(sh, R_SKU), title = find_role(sh, R_TITLE);

    for (size_t k = 0; k < sh->n_cols; k++) {
        struct col_stats st;

        if (sh->cols[k].role != R_NONE)
            continue;
        stats(sh, k, &st);
        if (!st.filled || st.money == st.filled)
            continue;
        if (sku < 0 && st.code == st.filled) {
            sh->cols[k].role = R_SKU;
            sku = (int)k;
        } else if (title < 0 && st.code < st.filled) {
            sh->cols[k].role = R_TITLE;
            title = (int)k;
        }
    }
}

/* ---- lines and checks ------------------------------------------------ */

/* The rightmost amount of an item row without a quantity: a totals
 * row under another name. Sets the stated total from it. */
static bool last_amount(struct sheet *sh, const struct item *it)
{
    for (size_t k = sh->n_cols; k-- > 0;) {
        od_money m;

        if (!it->text[k])
            continue;
        if (sheet_amount(sh, it->text[k], strlen(it->text[k]), &m) != 0)
            return false;
        sh->stated_total = m;
        sh->total_cell = it->cell[k];
        sheet_ref(sh, it->cell[k], sh->total_ref);
        return true;
    }
    return false;
}

static int make_lines(struct sheet *sh)
{
    int kq = find_role(sh, R_QTY), kp = find_role(sh, R_PRICE), ka = find_role(sh, R_TOTAL);
    int ks = find_role(sh, R_SKU), kt = find_role(sh, R_TITLE);

    if (kq < 0) {
        sheet_fail(sh, "the item table (row %u) has no quantity column", sh->head_row + 1);
        return 0;
    }
    if (kp < 0 && ka < 0) {
        sheet_fail(sh, "the item table (row %u) has no price column", sh->head_row + 1);
        return 0;
    }
    for (size_t i = 0; i < sh->n_items && !sh->bad; i++) {
        struct item *it = &sh->items[i];
        struct od_line *l;
        char r[REF_MAX], why[200], path[64];
        int64_t qty, per;
        od_money price = OD_MONEY_NONE, amt = OD_MONEY_NONE, prod, whole = 0;
        od_money per_price = OD_MONEY_NONE;

        sheet_ref(sh, it->cell[kq] ? it->cell[kq] : it->first, r);
        if (!it->text[kq] && i > 0 && i + 1 == sh->n_items && sh->stated_total == OD_MONEY_NONE &&
            last_amount(sh, it)) {
            break; /* a totals row whose label no list knows ("Summe"): checked below */
        }
        if (!it->text[kq]) {
            sheet_fail(sh, "%s: no quantity", r);
            break;
        }
        if (mail_parse_qty(it->text[kq], strlen(it->text[kq]), &qty, why, sizeof(why)) != 0) {
            sheet_fail(sh, "%s: %s", r, why);
            break;
        }
        if (kp >= 0 && it->text[kp] &&
            sheet_amount(sh, it->text[kp], strlen(it->text[kp]), &price) != 0) {
            sheet_ref(sh, it->cell[kp], r);
            sheet_fail(sh, "%s: unit price '%s' is not an amount", r, it->text[kp]);
            break;
        }
        if (ka >= 0 && it->text[ka] &&
            sheet_amount(sh, it->text[ka], strlen(it->text[ka]), &amt) != 0) {
            sheet_ref(sh, it->cell[ka], r);
            sheet_fail(sh, "%s: amount '%s' is not an amount", r, it->text[ka]);
            break;
        }
        per = sheet_price_per(sh, it);
        if (per > 1 && price != OD_MONEY_NONE) {
            /* a price per N pieces (SAP's "Per" 1000, "Price/1000"): the
             * unit price is price / N; the amount is checked against
             * qty x price / N in whole cents */
            char pr[OD_MONEY_STRLEN];

            per_price = price;
            price = (per_price + per / 2) / per;
            if (per_price % per != 0) {
                sheet_ref(sh, it->cell[kp], r);
                sheet_doubt(sh, "%s: price %s per %lld is not a whole cent a piece", r,
                            od_money_format(per_price, pr), (long long)per);
            }
        }
        if (price == OD_MONEY_NONE) {
            if (amt == OD_MONEY_NONE || amt % qty != 0) {
                sheet_fail(sh, "%s: no unit price", r);
                break;
            }
            price = amt / qty;
        }
        if (od_order_add_line(sh->o, &l) < 0)
            return OD_ENOMEM;
        l->qty = qty;
        l->unit_price = price;
        if (ks >= 0 && it->text[ks] && od_str_set(&l->sku, it->text[ks], strlen(it->text[ks])) < 0)
            return OD_ENOMEM;
        if (kt >= 0 && it->text[kt] &&
            od_str_set(&l->title, it->text[kt], strlen(it->text[kt])) < 0)
            return OD_ENOMEM;
        if (!l->sku && !l->title)
            sheet_doubt(sh, "%s: an item without SKU or name", r);
        snprintf(path, sizeof(path), "lines[%zu].qty", i);
        sheet_source(sh, path, it->cell[kq]);
        if (kp >= 0) {
            snprintf(path, sizeof(path), "lines[%zu].unit_price", i);
            sheet_source(sh, path, it->cell[kp]);
        }
        if (ks >= 0) {
            snprintf(path, sizeof(path), "lines[%zu].sku", i);
            sheet_source(sh, path, it->cell[ks]);
        }
        if (kt >= 0) {
            snprintf(path, sizeof(path), "lines[%zu].title", i);
            sheet_source(sh, path, it->cell[kt]);
        }
        if (!od_money_mul(price, qty, &prod) ||
            (per_price != OD_MONEY_NONE && !od_money_mul(per_price, qty, &whole))) {
            sheet_fail(sh, "%s: the amount overflows", r);
            break;
        }
        if (per_price != OD_MONEY_NONE) {
            /* qty x price / N, to the cent; the amount must be it */
            prod = (whole + per / 2) / per;
            if (amt != OD_MONEY_NONE && (!od_money_mul(amt, per, &per_price) || per_price != whole))
                prod = OD_MONEY_NONE; /* reported below as not qty x price */
        }
        if (amt != OD_MONEY_NONE) {
            snprintf(path, sizeof(path), "lines[%zu].total", i);
            sheet_source(sh, path, it->cell[ka]);
            if (prod == OD_MONEY_NONE) {
                char a[OD_MONEY_STRLEN];

                prod = amt;
                sheet_ref(sh, it->cell[ka], r);
                sheet_doubt(sh, "%s: amount %s is not %lld x the price per %lld", r,
                            od_money_format(amt, a), (long long)qty, (long long)per);
            } else if (amt != prod) {
                char a[OD_MONEY_STRLEN], p[OD_MONEY_STRLEN];

                sheet_ref(sh, it->cell[ka], r);
                sheet_doubt(sh, "%s: amount %s is not %lld x %s", r, od_money_format(amt, a),
                            (long long)qty, od_money_format(price, p));
            }
        }
        l->total = prod;
    }
    return 0;
}

static void check_total(struct sheet *sh)
{
    const struct od_order *o = sh->o;
    od_money sum = 0, with_extra;
    char a[OD_MONEY_STRLEN], b[OD_MONEY_STRLEN], r[REF_MAX];

    if (sh->stated_total == OD_MONEY_NONE)
        return;
    for (size_t i = 0; i < o->n_lines; i++)
        if (!od_money_add(sum, o->lines[i].total, &sum))
            return;
    with_extra = sum;
    if ((o->shipping != OD_MONEY_NONE && !od_money_add(with_extra, o->shipping, &with_extra)) ||
        (o->tax != OD_MONEY_NONE && !od_money_add(with_extra, o->tax, &with_extra)) ||
        (o->discount != OD_MONEY_NONE && !od_money_add(with_extra, -o->discount, &with_extra)))
        return;
    sheet_source_at(sh, "total", sh->total_ref);
    sh->o->total = sh->stated_total;
    if (sh->stated_total == with_extra)
        return;
    snprintf(r, sizeof(r), "%s", sh->total_ref);
    if (with_extra != sum)
        sheet_doubt(sh, "%s: stated total %s is not the lines %s with freight, tax and discount", r,
                    od_money_format(sh->stated_total, a), od_money_format(with_extra, b));
    else
        sheet_doubt(sh, "%s: stated total %s is not the sum of the lines %s", r,
                    od_money_format(sh->stated_total, a), od_money_format(sum, b));
}

/* ---- entry ------------------------------------------------------------ */
int mail_sheet_parse(const struct imap_extract_settings *s, const struct od_grid *g,
                     const char *subject, const struct od_grid *body, const char *fallback_id,
                     struct od_order **order, char *why, size_t whylen,
                     char found_id[MAIL_ID_MAX + 1])
{
    struct imap_extract_settings none = {0};
    struct sheet sh = {.s = s ? s : &none, .g = g, .why = why, .wl = whylen};
    int rc = 0, outcome = MAIL_SHEET_NOTHING;

    found_id[0] = '\0';
    why[0] = '\0';
    *order = NULL;
    sh.stated_total = OD_MONEY_NONE;
    sh.col_hi = sh.row_hi = UINT32_MAX;
    if (!(sh.o = od_order_new()) || !(sh.sources = json_object_new_object())) {
        rc = OD_ENOMEM;
        goto out;
    }
    sheet_sniff_decimals(&sh);
    if (!find_header(&sh)) {
        snprintf(why, whylen,
                 "no item table found (a header row with a quantity and a SKU or "
                 "name column)");
        goto out;
    }
    sheet_price_columns(&sh);
    if ((rc = read_rows(&sh)) < 0)
        goto out;
    outcome = MAIL_SHEET_BAD;
    if (!sh.bad && !sh.n_items) {
        char h[REF_MAX];

        sheet_ref(&sh, sh.cols[0].head, h);
        sheet_fail(&sh, "the item table at %s has no rows", h);
    }
    if (sh.bad)
        goto labels;
    sheet_line_number_sku(&sh);
    if ((rc = decide_numbers(&sh)) < 0)
        goto out;
    decide_texts(&sh);
    if ((rc = make_lines(&sh)) < 0)
        goto out;
labels:
    if ((rc = sheet_read_labels(&sh)) < 0)
        goto out;
    sheet_charge_labels(&sh);
    if (body && (rc = sheet_read_context(&sh, body)) < 0)
        goto out;
    if (!sh.id[0])
        sheet_subject_id(&sh, subject);
    if ((rc = sheet_guess_customer(&sh)) < 0)
        goto out;
    sheet_guess_currency(&sh);
    memcpy(found_id, sh.id, sizeof(sh.id));
    if (sh.bad)
        goto out;
    if (sh.id[0]) {
        if (od_str_set(&sh.o->external_id, sh.id, strlen(sh.id)) < 0) {
            rc = OD_ENOMEM;
            goto out;
        }
        sheet_source_at(&sh, "external_id", sh.id_ref);
    } else if (od_str_set(&sh.o->external_id, fallback_id, strlen(fallback_id)) < 0) {
        rc = OD_ENOMEM;
        goto out;
    }
    check_total(&sh);
    if (sh.oom) {
        rc = OD_ENOMEM;
        goto out;
    }
    if (!sh.o->extraction && !(sh.o->extraction = calloc(1, sizeof(*sh.o->extraction)))) {
        rc = OD_ENOMEM;
        goto out;
    }
    free(sh.o->extraction->sources);
    sh.o->extraction->sources = strdup(json_object_to_json_string_ext(
        sh.sources, JSON_C_TO_STRING_PLAIN | JSON_C_TO_STRING_NOSLASHESCAPE));
    if (!sh.o->extraction->sources) {
        rc = OD_ENOMEM;
        goto out;
    }
    *order = sh.o;
    sh.o = NULL;
    outcome = MAIL_SHEET_ORDER;
out:
    for (size_t i = 0; i < sh.n_items; i++)
        for (size_t k = 0; k < MAX_COLS; k++)
            free(sh.items[i].text[k]);
    free(sh.items);
    json_object_put(sh.sources);
    od_order_free(sh.o);
    if (rc < 0)
        return od_error_set(OD_ENOMEM, "out of memory");
    return outcome;
}
