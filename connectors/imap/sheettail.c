/* Sums below the items that no label names (sheet_int.h,
 * stl_total_below): a row of a label and the lines' sum (a total read
 * under a total's label, or with no total read the first row below the
 * items), then rows of a label and an amount under it, the last the
 * first with those between added:
 *
 *     Total marchandise        10470
 *     Fret maritime (Skikda)     860
 *     Net à payer              11330
 *
 * The last is the total the buyer pays. When the rows between are
 * charges a label gave (freight, a tax: the order's charges), the total
 * agrees with them; when no label said what they are, the order is held
 * by the check of the total (sheet_check_total: the total is not the
 * lines' sum). Work is linear in the rows looked at (at most MAX_SUMS). */
#include <string.h>

#include "sheet_int.h"

/* A label: a cell with a letter (any byte above ASCII counts). */
static bool worded(const char *t)
{
    for (; *t; t++)
        if ((*t >= 'a' && *t <= 'z') || (*t >= 'A' && *t <= 'Z') || (unsigned char)*t >= 0x80)
            return true;
    return false;
}

/* Row `row`: label cells then one amount in column `col`; the amount in
 * *m. */
static bool label_amount_row(const struct sheet *sh, uint32_t row, uint32_t col, od_money *m,
                             const struct od_cell **at)
{
    struct row_range r = sheet_row_cells(sh->g, row);
    const struct od_cell *amount = NULL;
    bool label = false;

    if (r.a == r.z)
        return false;
    for (size_t i = r.a; i < r.z; i++) {
        const struct od_cell *c = &sh->g->cells[i];

        if (c->col == col && !amount)
            amount = c;
        else if (c->col < col && worded(c->text))
            label = true;
        else
            return false;
    }
    *at = amount;
    return label && amount && sheet_amount(sh, amount->text, strlen(amount->text), m) == 0 &&
           *m > 0;
}

void stl_total_below(struct sheet *sh)
{
    const struct od_order *o = sh->o;
    od_money sum = 0, run, m[MAX_SUMS], extra;
    const struct od_cell *tc = sh->total_cell, *at[MAX_SUMS];
    uint32_t row, col;
    size_t k = 0;

    if (sh->bad || sh->g->kind == OD_GRID_PDF || sh->total_is_sub || !o->n_lines ||
        !od_order_charges(o, &extra) || extra < 0 || sh->end_row >= sh->g->n_rows)
        return;
    for (size_t i = 0; i < o->n_lines; i++)
        if (!od_money_add(sum, o->lines[i].total, &sum))
            return;
    if (sh->stated_total != OD_MONEY_NONE) {
        if (!tc || sh->stated_total != sum)
            return;
        row = tc->row;
        col = tc->col;
    } else {
        /* no total read: the first row below the items, its last cell */
        struct row_range r = {0};

        for (row = sh->end_row; row < sh->g->n_rows; row++) {
            r = sheet_row_cells(sh->g, row);
            if (r.a != r.z)
                break;
        }
        if (row >= sh->g->n_rows || row > sh->end_row + 1)
            return;
        col = sh->g->cells[r.z - 1].col;
    }
    for (; row < sh->g->n_rows && k < MAX_SUMS; row++, k++)
        if (!label_amount_row(sh, row, col, &m[k], &at[k]))
            break;
    if (k < 3 || m[0] != sum)
        return;
    run = sum;
    for (size_t i = 1; i + 1 < k; i++)
        if (!od_money_add(run, m[i], &run))
            return;
    if (run != m[k - 1])
        return;
    /* the last row: the total, with the rows between added */
    sh->total_cell = at[k - 1];
    sheet_ref(sh, at[k - 1], sh->total_ref);
    sh->stated_total = m[k - 1];
}
