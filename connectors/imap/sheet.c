/* Purchase orders laid out on a grid of cells (sheet.h): the entry, the
 * item table's rows and how a field's trouble and source are recorded.
 * The header and columns are found by sheethead.c, decided from their
 * values by sheetvalues.c, made into lines by sheetlines.c; amounts are
 * read by sheetamount.c, money columns and charges by sheetprice.c, the
 * fields outside the table by sheetfields.c. */
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

/* ---- the rows --------------------------------------------------------- */

static bool is_total_row(const struct sheet *sh, struct row_range r)
{
    for (size_t i = r.a; i < r.z; i++) {
        const char *t = sh->g->cells[i].text;
        size_t off;
        const char *f;

        if (mail_is_total_word(t, strlen(t)))
            return true;
        /* a report's group total: "Total for Acme Ltd" (QuickBooks) */
        if (strncasecmp(t, "total for ", 10) == 0)
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
                           strncmp(folded, "totalbefore", 11) == 0 ||
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

/* t has a letter (a label's word), in any script. */
static bool has_letter(const char *t)
{
    for (const char *p = t; *p; p++)
        if (isalpha((unsigned char)*p) || (unsigned char)*p >= 0x80)
            return true;
    return false;
}

/* A report's group heading between the header and the first item (a
 * QuickBooks report export's vendor row, "Hangzhou Hengda Packaging
 * Materials" alone under "Date | Num | Vendor | Product/Service"): one
 * cell of words, no digit and no label. Passed over; after the first
 * item such a row still ends the table. */
static bool group_row(const struct sheet *sh, struct row_range r)
{
    const char *t = sh->g->cells[r.a].text;

    if (r.z - r.a != 1 || label_row(sh, r))
        return false;
    for (const char *p = t; *p; p++)
        if (isdigit((unsigned char)*p))
            return false;
    return has_letter(t);
}

/* "5%", "3 %": a rate beside a sums label. */
static bool rate_cell(const char *t)
{
    size_t d = strspn(t, "0123456789.,");

    return d && (strcmp(t + d, "%") == 0 || strcmp(t + d, " %") == 0);
}

/* A PDF's sums row below the rows: a label standing under the number
 * columns (right of the items' codes and names) and one amount at the
 * row's end, a rate between at most ("Warenwert  3.758,00", "未稅金額
 * 101,800", "營業稅  5%  5,090"), whatever words the label uses. A PDF's
 * columns do not line up with its sums, hence no column is asked. A
 * label under the name column makes a sums row only when its amount is
 * the lines' sum (sheet_pdf_lines_sum: "Neto | 25.770,00"). */
static bool pdf_sums_shape(const struct sheet *sh, struct row_range r, struct sum_row *out)
{
    const struct od_cell *label = &sh->g->cells[r.a];
    const char *t = label->text;
    int k = sheet_column_of(sh, label);
    od_money m;

    if (r.z - r.a < 2 || (k >= 0 && (sh->cols[k].role == R_SKU || sh->cols[k].role == R_TITLE) &&
                          !sheet_pdf_lines_sum(sh, r)))
        return false;
    if (!has_letter(t) || sheet_amount(sh, t, strlen(t), &m) == 0)
        return false;
    for (size_t i = r.a + 1; i < r.z; i++) {
        const char *v = sh->g->cells[i].text;

        if (sheet_amount(sh, v, strlen(v), &m) != 0 && (i + 1 == r.z || !rate_cell(v)))
            return false;
    }
    out->label = label;
    out->amount = &sh->g->cells[r.z - 1];
    out->m = m; /* the last cell's */
    return true;
}

/* A sheet's sums row below the items: no quantity and no SKU, one or
 * two label cells and one amount, under the amount column, at its
 * right end ("Summe netto | 3330,00", "未稅合計 | 29550"). */
static bool grid_sums_shape(const struct sheet *sh, struct row_range r, int kq, struct sum_row *out)
{
    size_t labels = 0;
    int ka = sheet_find_role(sh, R_TOTAL), ks = sheet_find_role(sh, R_SKU);

    if (ka < 0 || kq < 0 || sh->virtual_head)
        return false;
    for (size_t i = r.a; i < r.z; i++) {
        const struct od_cell *c = &sh->g->cells[i];
        const char *t = c->text;
        size_t n = strlen(t);
        int k = sheet_column_of(sh, c);
        od_money m;

        if (t[strspn(t, " ")] == '\0')
            continue;
        if (out->amount || k == kq || (ks >= 0 && k == ks))
            return false; /* a cell right of the amount, a quantity, a SKU */
        if (k == ka && sheet_amount(sh, t, n, &m) == 0) {
            out->amount = c;
            out->m = m;
            continue;
        }
        if (!out->label && has_letter(t))
            out->label = c;
        if (!out->label || ++labels > 2)
            return false;
    }
    return out->label && out->amount;
}

/* A sums row that is a charge, field f ("shipping", "tax", "discount"),
 * unless the order has that charge already; a discount is stored as the
 * amount taken off. */
static void take_charge(struct sheet *sh, const char *f, const struct sum_row *u)
{
    od_money *dst = f[0] == 's' ? &sh->o->shipping : f[0] == 't' ? &sh->o->tax : &sh->o->discount;

    if (*dst == OD_MONEY_NONE) {
        *dst = u->m < 0 ? -u->m : u->m;
        sheet_source(sh, f, u->amount);
    }
}

/* The one test of a row of the sums block below the items (its label
 * and amount in *out), for a PDF's rows and a sheet's: read_rows' end of
 * the items, read_sums' and known_sums' rows. */
static bool sums_row(const struct sheet *sh, struct row_range r, int kq, struct sum_row *out)
{
    out->label = out->amount = NULL;
    if (!sh->n_items)
        return false;
    return sh->g->kind == OD_GRID_PDF ? pdf_sums_shape(sh, r, out)
                                      : grid_sums_shape(sh, r, kq, out);
}

/* The sums block that starts at `row` (rows of sums_row, total rows
 * and charge rows, at least two, the first of sums_row): its rows are
 * read and the row after it returned; 0 when there is no such block. */
static uint32_t read_sums(struct sheet *sh, uint32_t row, int kq)
{
    uint32_t end = row;
    struct sum_row u;
    const char *f;

    while (end < sh->g->n_rows && end <= sh->row_hi && end - row <= MAX_SUMS) {
        struct row_range r = sheet_row_cells(sh->g, end);

        if (r.a == r.z || !sums_row(sh, r, kq, &u))
            break;
        end++;
    }
    if (end - row < 2 || end - row > MAX_SUMS)
        return 0;
    sh->n_sums = 0;
    for (uint32_t i = row; i < end; i++) {
        struct row_range r = sheet_row_cells(sh->g, i);

        sh->sums_end_unknown = false;
        if (is_total_row(sh, r)) {
            read_total_row(sh, r);
            continue;
        }
        if (sheet_charge_row(sh, r))
            continue;
        sums_row(sh, r, kq, &u);
        if ((f = sheet_charge_word(u.label->text, true)) != NULL) { /* "MwSt. 19%" */
            take_charge(sh, f, &u);
            continue;
        }
        sh->sums[sh->n_sums++] = u;
        sh->sums_end_unknown = true;
    }
    return end;
}

/* After a blank row: a block of sums rows (two at least) that are each
 * a total, or a charge by its label ("Total HT", "TVA 20%", "Total
 * TTC"). A row whose label no list knows leaves the block to the label
 * reader, as any cell below the table. */
static bool known_sums(const struct sheet *sh, uint32_t row, int kq)
{
    uint32_t n = 0;
    struct sum_row u;

    for (; row < sh->g->n_rows && n <= MAX_SUMS; row++, n++) {
        struct row_range r = sheet_row_cells(sh->g, row);
        const char *f;

        if (r.a == r.z || !sums_row(sh, r, kq, &u))
            break;
        if (is_total_row(sh, r) || sheet_charge_word(u.label->text, true))
            continue;
        f = mail_order_field(sh->s, u.label->text, strlen(u.label->text));
        if (!f || !(strcmp(f, "shipping") == 0 || strcmp(f, "tax") == 0 ||
                    strcmp(f, "discount") == 0 || strcmp(f, "total") == 0))
            return false;
    }
    return n >= 2 && n <= MAX_SUMS;
}

/* Under a subtotal row (`小计`, `Subtotal`) that ends the items: the
 * rows right below it, each a sums row (a label and one amount under the
 * amount column), where every row is a total, a charge, an amount taken
 * off (written negative: `年度返利抵扣 | -3,000.00`, a rebate whatever
 * its words) or the block's last row; the last row whose label no list
 * knows is the total (`实付合计`), checked against the lines and the
 * charges as any total. The row after the block, or 0 when the rows
 * below are no such block (left to the label reader). */
static uint32_t read_after_subtotal(struct sheet *sh, uint32_t row, int kq)
{
    uint32_t end = row;
    struct sum_row u;

    while (end < sh->g->n_rows && end <= sh->row_hi && end - row < MAX_SUMS) {
        struct row_range r = sheet_row_cells(sh->g, end);

        if (r.a == r.z || !sums_row(sh, r, kq, &u))
            break;
        end++;
    }
    if (end == row)
        return 0;
    for (uint32_t i = row; i < end; i++) {
        struct row_range r = sheet_row_cells(sh->g, i);
        const char *f;

        sums_row(sh, r, kq, &u);
        f = mail_order_field(sh->s, u.label->text, strlen(u.label->text));
        if (!(is_total_row(sh, r) || sheet_charge_word(u.label->text, true) || u.m < 0 ||
              i + 1 == end ||
              (f && (strcmp(f, "shipping") == 0 || strcmp(f, "tax") == 0 ||
                     strcmp(f, "discount") == 0 || strcmp(f, "total") == 0))))
            return 0;
    }
    for (uint32_t i = row; i < end; i++) {
        struct row_range r = sheet_row_cells(sh->g, i);
        const char *f;

        if (is_total_row(sh, r)) {
            read_total_row(sh, r);
            continue;
        }
        if (sheet_charge_row(sh, r))
            continue;
        sums_row(sh, r, kq, &u);
        f = sheet_charge_word(u.label->text, true);
        if (!f && u.m < 0)
            f = "discount"; /* taken off: a rebate, a credit */
        if (f) {
            take_charge(sh, f, &u);
            continue;
        }
        /* the block's last row, its label unknown: the total */
        sh->stated_total = u.m;
        sh->total_cell = u.amount;
        sh->total_is_sub = false;
        sheet_ref(sh, u.amount, sh->total_ref);
    }
    return end;
}

static int read_rows(struct sheet *sh)
{
    int kq = sheet_find_role(sh, R_QTY);
    struct sum_row u;
    uint32_t row = sh->first_row, last = sh->head_row;

    for (; row < sh->g->n_rows && row <= sh->row_hi; row++) {
        struct row_range r = sheet_row_cells(sh->g, row);
        bool is_item;
        int rc;

        if (r.a == r.z) {
            if (sh->n_items && sh->g->kind != OD_GRID_PDF) {
                /* a blank row ends the table; a sums block may follow
                 * it ("Total HT | TVA 20% | Total TTC" after a gap) */
                uint32_t next = row + 1, end;

                if (next < sh->g->n_rows && next <= sh->row_hi && kq >= 0 && !sh->virtual_head &&
                    known_sums(sh, next, kq) && (end = read_sums(sh, next, kq)) != 0)
                    last = end - 1;
                break;
            }
            continue;
        }
        /* the header again on the next page (before the total words:
         * a header may name a 价税合计 or "Total" column) */
        if (!sh->virtual_head && same_as_header(sh, r)) {
            last = row;
            continue;
        }
        if (is_total_row(sh, r)) {
            uint32_t end;

            read_total_row(sh, r);
            last = row;
            if (sh->total_is_sub && sh->g->kind != OD_GRID_PDF && kq >= 0 && !sh->virtual_head &&
                (end = read_after_subtotal(sh, row + 1, kq)) != 0)
                last = end - 1;
            break;
        }
        if (sheet_charge_row(sh, r)) { /* "Freight | ... | 85.00": not an item */
            last = row;
            continue;
        }
        if (sums_row(sh, r, kq, &u)) {
            uint32_t end;

            if (sh->g->kind == OD_GRID_PDF) {
                /* the first sums row ends the items; a total below it,
                 * read by its label, stands over it */
                read_total_row(sh, r);
                sh->total_is_sub = true;
                last = row;
                break;
            }
            if ((end = read_sums(sh, row, kq)) != 0) {
                last = end - 1;
                break;
            }
        }
        rc = add_item(sh, r, row, &is_item);
        if (rc < 0 || sh->bad)
            return rc;
        if (is_item) {
            last = row;
            continue;
        }
        if (sh->g->kind != OD_GRID_PDF) {
            if (!sh->n_items && group_row(sh, r))
                continue;
            break;
        }
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

/* A total's word inside a cell's words (`实付合计`, `应付总计`, `Grand
 * Total`, `Total due`; not `Subtotal`). */
static bool total_inside(const char *t)
{
    static const char *const cjk[] = {"合计", "合計", "总计", "總計", NULL};

    for (size_t i = 0; cjk[i]; i++)
        if (strstr(t, cjk[i]))
            return true;
    for (const char *p = t; *p; p++)
        if (strncasecmp(p, "total", 5) == 0 && (p == t || !isalpha((unsigned char)p[-1])) &&
            !isalpha((unsigned char)p[5]))
            return true;
    return false;
}

/* Below the table, in the rows up to a blank one: a row with a total's
 * word and an amount other than the total that was read (a `实付合计`
 * under a `小计` read as the total, a rebate row between them that no
 * rule took) holds the order. */
static void later_total_doubt(struct sheet *sh)
{
    if (sh->stated_total == OD_MONEY_NONE || sh->g->kind == OD_GRID_PDF || !sh->n_items)
        return;
    for (uint32_t row = sh->end_row; row < sh->g->n_rows && row < sh->end_row + MAX_SUMS; row++) {
        struct row_range r = sheet_row_cells(sh->g, row);
        const struct od_cell *best = NULL;
        od_money v = OD_MONEY_NONE, m;
        bool word = false, under = false;

        if (r.a == r.z)
            break;
        for (size_t i = r.a; i < r.z; i++) {
            const struct od_cell *c = &sh->g->cells[i];
            int k;

            if (total_inside(c->text)) {
                word = true;
                continue;
            }
            if (under || sheet_amount(sh, c->text, strlen(c->text), &m) != 0)
                continue;
            /* under the amount column, else the rightmost amount */
            k = sheet_column_of(sh, c);
            under = k >= 0 && sh->cols[k].role == R_TOTAL;
            best = c;
            v = m;
        }
        if (word && best && best != sh->total_cell && v != sh->stated_total) {
            char a[OD_MONEY_STRLEN], b[OD_MONEY_STRLEN], ref[REF_MAX];

            sheet_ref(sh, best, ref);
            sheet_doubt(sh, "%s states another total %s below the total %s that was read (%s)", ref,
                        od_money_format(v, a), od_money_format(sh->stated_total, b), sh->total_ref);
            return;
        }
    }
}

/* A run of 7 digits or more, as a phone or a fax has. */
static bool has_phone_digits(const char *t)
{
    size_t run = 0;

    for (const char *p = t; *p; p++) {
        if (isdigit((unsigned char)*p))
            run++;
        else if (!strchr(" -()+.", *p))
            run = 0;
        if (run >= 7)
            return true;
    }
    return false;
}

/* No customer was read, yet the sheet opens with a letterhead: a first
 * row of one text cell (no digit, no label's colon) over a row with a
 * phone's digits (the company's address and telephone). The name was
 * not known as a company's (`… (SIC) SA`): the order is held. */
static void letterhead_doubt(struct sheet *sh)
{
    struct row_range r = {0}, next;
    uint32_t row = 0;
    const char *t;
    char ref[REF_MAX];

    if (sh->o->customer.name || sh->g->kind == OD_GRID_PDF)
        return;
    for (; row < sh->head_row; row++) {
        r = sheet_row_cells(sh->g, row);
        if (r.a != r.z)
            break;
    }
    if (row + 1 >= sh->head_row || r.z - r.a != 1)
        return;
    t = sh->g->cells[r.a].text;
    if (strpbrk(t, "0123456789:") || strstr(t, "：") || !has_letter(t))
        return;
    next = sheet_row_cells(sh->g, row + 1);
    for (size_t i = next.a; i < next.z; i++)
        if (has_phone_digits(sh->g->cells[i].text)) {
            sheet_ref(sh, &sh->g->cells[r.a], ref);
            sheet_doubt(sh,
                        "%s: '%s' heads the sheet over an address and a phone, and no customer "
                        "was read: check the customer",
                        ref, t);
            return;
        }
}

/* ---- entry ------------------------------------------------------------ */
int mail_sheet_parse(const struct imap_extract_settings *s, const struct od_grid *g,
                     const char *subject, const struct od_grid *body, const char *fallback_id,
                     struct od_order **order, char *why, size_t whylen,
                     char found_id[MAIL_ID_MAX + 1])
{
    unsigned n;

    return mail_sheet_parse_nth(s, g, subject, body, fallback_id, 0, &n, order, why, whylen,
                                found_id);
}

int mail_sheet_context(const struct imap_extract_settings *s, const struct od_grid *body,
                       bool labels, struct od_order *o)
{
    struct imap_extract_settings none = {0};
    char why[8];
    struct sheet sh = {.s = s ? s : &none, .g = body, .o = o, .why = why, .wl = sizeof(why)};
    const char *old = o->extraction ? o->extraction->sources : NULL;
    char *text = NULL;
    int rc = 0;

    sh.stated_total = OD_MONEY_NONE;
    sh.col_hi = sh.row_hi = UINT32_MAX;
    sh.sources = old ? json_tokener_parse(old) : json_object_new_object();
    if (!sh.sources || !json_object_is_type(sh.sources, json_type_object)) {
        json_object_put(sh.sources);
        if (!(sh.sources = json_object_new_object()))
            return od_error_set(OD_ENOMEM, "out of memory");
    }
    if (labels) {
        if ((rc = sheet_read_context(&sh, body)) == 0)
            rc = sheetrecv_line(&sh, body); /* "收货：… 黄志勇 177 …" */
    } else if (!o->customer.name)
        rc = sheet_body_signature(&sh, body);
    if (rc == 0 && !o->customer.name && sh.signature) {
        if (od_str_set(&o->customer.name, sh.signature, strlen(sh.signature)) < 0)
            rc = OD_ENOMEM;
        else
            sheet_source_at(&sh, "customer.name", sh.signature_ref);
    }
    /* a company left out of the head of the text's ship-to: held, as on
     * a sheet's own address line; in a mail's text the clerks key the
     * customer's own name over the address with it too ("Please ship
     * to: / Lumen & Wick Candle Co. / 1930 NW Vaughn St, …") */
    if (rc == 0) {
        sh.site_inline = true;
        sheet_site_doubt(&sh);
    }
    if (rc == 0 && sh.oom)
        rc = OD_ENOMEM;
    if (rc == 0 && !o->extraction && !(o->extraction = calloc(1, sizeof(*o->extraction))))
        rc = OD_ENOMEM;
    if (rc == 0 && !(text = strdup(json_object_to_json_string_ext(
                         sh.sources, JSON_C_TO_STRING_PLAIN | JSON_C_TO_STRING_NOSLASHESCAPE))))
        rc = OD_ENOMEM;
    if (rc == 0) {
        free(o->extraction->sources);
        o->extraction->sources = text;
    }
    json_object_put(sh.sources);
    return rc < 0 ? od_error_set(OD_ENOMEM, "out of memory") : 0;
}

/* A PDF line "Label: amount" below the items ("Nuolaida 2 %: -167,60
 * EUR"): the amount in *m, its label's length in *ln; false when the
 * line is not so (no colon, no letter before it, no amount after it). */
static bool worded_sum(const struct sheet *sh, const char *t, od_money *m, size_t *ln)
{
    const char *colon = strrchr(t, ':'), *v;
    char buf[64];
    size_t n;

    if (!colon || colon == t)
        return false;
    *ln = (size_t)(colon - t);
    v = colon + 1 + strspn(colon + 1, " ");
    n = strlen(v);
    /* a currency code after the figure: "8 380,00 EUR" */
    if (n > 4 && v[n - 4] == ' ' && isupper((unsigned char)v[n - 3]) &&
        isupper((unsigned char)v[n - 2]) && isupper((unsigned char)v[n - 1]))
        n -= 4;
    if (!n || n >= sizeof(buf))
        return false;
    memcpy(buf, v, n);
    buf[n] = '\0';
    for (const char *p = t; p < colon; p++)
        if (isalpha((unsigned char)*p) || (unsigned char)*p >= 0x80)
            return sheet_amount(sh, buf, n, m) == 0;
    return false;
}

/* "Nuolaida 2 %" over the base 8,380.00 gives 167.60: the label's rate
 * makes the amount. */
static bool rate_of(const char *t, size_t n, od_money base, od_money m)
{
    for (size_t i = 0; i < n; i++)
        if (isdigit((unsigned char)t[i]) && (i == 0 || t[i - 1] == ' ')) {
            long r = strtol(t + i, NULL, 10);
            size_t d = strspn(t + i, "0123456789");

            if (r > 0 && r < 100 && (t[i + d] == '%' || (t[i + d] == ' ' && t[i + d + 1] == '%')))
                return (base * r + 50) / 100 == (m < 0 ? -m : m);
        }
    return false;
}

/* A PDF's sums written as lines "Label: amount" right below the items,
 * with labels no list knows ("Tarpinė suma: 8 380,00 EUR", "Nuolaida
 * 2 %: -167,60 EUR", "Transportas: 390,00 EUR", "Iš viso: 8 602,40
 * EUR"): read by their arithmetic. The first is the lines' sum and the
 * last is the first with those between added as written: the last is
 * the total, one between that is negative a discount, one whose label's
 * rate makes it from the running sum the tax, any other the freight.
 * Taken only when the sums agree so; else, with no total read, the
 * order is held (an amount below the items that no label names). */
static void worded_sums(struct sheet *sh)
{
    const struct od_cell *at[MAX_SUMS];
    od_money m[MAX_SUMS], sum = 0, run;
    size_t ln[MAX_SUMS], k = 0;
    struct od_order *o = sh->o;
    char r[REF_MAX];

    if (sh->g->kind != OD_GRID_PDF || sh->bad || sh->stated_total != OD_MONEY_NONE || !o->n_lines ||
        o->shipping != OD_MONEY_NONE || o->tax != OD_MONEY_NONE || o->discount != OD_MONEY_NONE)
        return;
    for (uint32_t row = sh->end_row; row < sh->g->n_rows && k < MAX_SUMS; row++) {
        struct row_range rr = sheet_row_cells(sh->g, row);

        if (rr.z - rr.a != 1 || !worded_sum(sh, sh->g->cells[rr.a].text, &m[k], &ln[k]))
            break;
        at[k++] = &sh->g->cells[rr.a];
    }
    if (!k)
        return;
    for (size_t i = 0; i < o->n_lines; i++)
        if (!od_money_add(sum, o->lines[i].total, &sum))
            return;
    run = m[0];
    for (size_t i = 1; k >= 3 && i + 1 < k; i++)
        if (!od_money_add(run, m[i], &run))
            return;
    if (k < 3 || m[0] != sum || run != m[k - 1]) {
        sheet_ref(sh, at[0], r);
        sheet_doubt(sh,
                    "%s: '%s' below the items is an amount that no known label names: check "
                    "the total",
                    r, at[0]->text);
        return;
    }
    run = m[0];
    o->shipping = o->tax = o->discount = 0;
    for (size_t i = 1; i + 1 < k; i++) {
        const char *f = m[i] < 0                                 ? "discount"
                        : rate_of(at[i]->text, ln[i], run, m[i]) ? "tax"
                                                                 : "shipping";
        od_money *dst = f[0] == 'd' ? &o->discount : f[0] == 't' ? &o->tax : &o->shipping;

        *dst += m[i] < 0 ? -m[i] : m[i];
        sheet_source(sh, f, at[i]);
        run += m[i];
    }
    sh->stated_total = m[k - 1];
    sh->total_cell = at[k - 1];
    sheet_ref(sh, at[k - 1], sh->total_ref);
}

int mail_sheet_parse_nth(const struct imap_extract_settings *s, const struct od_grid *g,
                         const char *subject, const struct od_grid *body, const char *fallback_id,
                         unsigned which, unsigned *n_orders, struct od_order **order, char *why,
                         size_t whylen, char found_id[MAIL_ID_MAX + 1])
{
    struct imap_extract_settings none = {0};
    struct sheet sh = {.s = s ? s : &none, .g = g, .why = why, .wl = whylen, .body = body};
    int rc = 0, outcome = MAIL_SHEET_NOTHING;
    bool sizes = false;

    found_id[0] = '\0';
    why[0] = '\0';
    *order = NULL;
    *n_orders = 1;
    sh.stated_total = OD_MONEY_NONE;
    sh.col_hi = sh.row_hi = UINT32_MAX;
    if (!(sh.o = od_order_new()) || !(sh.sources = json_object_new_object())) {
        rc = OD_ENOMEM;
        goto out;
    }
    sheet_sniff_decimals(&sh);
    if (!sheet_find_header(&sh)) {
        snprintf(why, whylen,
                 "no item table found (a header row with a quantity and a SKU or "
                 "name column)");
        goto out;
    }
    sheet_pdf_split_columns(&sh);
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
    *n_orders = sheet_pick_order(&sh, which);
    if ((rc = sheet_size_matrix(&sh, &sizes)) < 0)
        goto out;
    if (sizes)
        goto labels;
    sheet_line_number_sku(&sh);
    if ((rc = sheet_decide_numbers(&sh)) < 0)
        goto out;
    sheet_discounted_price(&sh);
    if ((rc = sheet_codes_column(&sh)) < 0)
        goto out;
    sheet_decide_texts(&sh);
    if ((rc = sheet_make_lines(&sh)) < 0)
        goto out;
    sheet_resolve_sums(&sh);
labels:
    if ((rc = sheet_read_labels(&sh)) < 0)
        goto out;
    sheet_charge_labels(&sh);
    sheet_later_total(&sh);
    worded_sums(&sh);
    stl_total_below(&sh);
    if (body && (rc = sheet_read_context(&sh, body)) < 0)
        goto out;
    if (!sh.id[0])
        sheet_subject_id(&sh, subject);
    sheetdate_unlabelled(&sh);
    if ((rc = sheetrecv_line(&sh, sh.g)) < 0 || (rc = sheetrecv_line(&sh, body)) < 0 ||
        (rc = sheetrecv_block(&sh)) < 0 || (rc = sheetdeliver_sentence(&sh)) < 0)
        goto out;
    if ((rc = sheet_guess_customer(&sh)) < 0 || (rc = sheet_full_customer(&sh, body)) < 0 ||
        (rc = scn_customer_head(&sh)) < 0)
        goto out;
    if (sh.address_for_name && !sh.o->ship_to.name)
        sheet_doubt(&sh, "ship_to.name: the ship-to's label gave an address and nothing names "
                         "the receiver: check the ship-to");
    letterhead_doubt(&sh);
    pdfp_title_doubt(&sh);
    sheet_guess_currency(&sh);
    scl_currency_doubt(&sh);
    if ((rc = scl_export_address(&sh)) < 0)
        goto out;
    sheet_phones_doubt(&sh);
    sheet_site_doubt(&sh);
    if (*n_orders > 1 && !sh.o->ship_to.address)
        /* one of several orders (one per store or warehouse): where
         * this one goes is not said by the sheet or the mail's labels */
        sheet_doubt(&sh, "order %u of %u in the table (%s): no delivery address of its own",
                    which + 1, *n_orders, sh.id);
    memcpy(found_id, sh.id, sizeof(sh.id));
    if (!sh.bad && !sh.o->n_lines) {
        char h[REF_MAX] = "the sheet";

        /* rows were found but none became an item line (every row read
         * as a note, a charge or a sum): no order, not an empty one */
        if (sh.cols[0].head)
            sheet_ref(&sh, sh.cols[0].head, h);
        sheet_fail(&sh, "the item table at %s gave no item line", h);
    }
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
    later_total_doubt(&sh);
    sheet_check_total(&sh);
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
