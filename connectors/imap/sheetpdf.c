/* What a PDF's layout does to its item table (sheet_int.h), undone by
 * position and arithmetic rather than by words:
 *
 * - a sums row whose label stands at the left, under the name column
 *   ("Neto | 25.770,00" under "Producto"), is told from an item by its
 *   amount: the sum of the amounts of the rows above it;
 * - a header cell set over two columns of values ("U of M Quantity
 *   Ordered" over "EA" and "15,000", the two labels closer than a
 *   cell's gap) is split into the two columns its values stand in. */
#include <stdlib.h>
#include <string.h>

#include "sheet_int.h"

/* t has a letter (a label's word) and no digit. */
static bool words_only(const char *t)
{
    bool letter = false;

    for (const unsigned char *p = (const unsigned char *)t; *p; p++) {
        if (*p >= '0' && *p <= '9')
            return false;
        letter = letter || ((*p | 0x20) >= 'a' && (*p | 0x20) <= 'z') || *p >= 0x80;
    }
    return letter;
}

bool sheet_pdf_lines_sum(const struct sheet *sh, struct row_range r)
{
    int ka = sheet_find_role(sh, R_TOTAL);
    const struct od_cell *label, *amount;
    od_money m, sum = 0, a;

    if (sh->g->kind != OD_GRID_PDF || r.z - r.a != 2 || ka < 0 || sh->n_items < 2)
        return false;
    label = &sh->g->cells[r.a];
    amount = &sh->g->cells[r.a + 1];
    if (!words_only(label->text) || sheet_column_of(sh, amount) != ka ||
        sheet_amount(sh, amount->text, strlen(amount->text), &m) != 0)
        return false;
    for (size_t i = 0; i < sh->n_items; i++) {
        const char *t = sh->items[i].text[ka];

        if (!t || sheet_amount(sh, t, strlen(t), &a) != 0 || !od_money_add(sum, a, &sum))
            return false;
    }
    return m == sum;
}

/* Rows below a PDF header looked at for the columns its cells stand in. */
#define SPLIT_ROWS 40

/* A number as a quantity or an amount is written ("15,000", "0.88"). */
static bool number_cell(const struct sheet *sh, const char *t)
{
    int64_t q;
    od_money m;
    char why[64];

    return sheet_qty(sh, t, strlen(t), &q, why, sizeof(why)) == 0 ||
           sheet_amount(sh, t, strlen(t), &m) == 0;
}

/* Column k's header stands over two columns of values: on the rows below
 * the header (to the first row of fewer cells than three), every row
 * with a cell under k has two, words on the left ("EA", "M") and a
 * number on the right ("15,000"), the words ending left of where every
 * number starts, on two rows at least. Their spans in *left, *right. */
static bool two_under(const struct sheet *sh, size_t k, double left[2], double right[2])
{
    size_t pairs = 0;

    left[0] = right[0] = 1e18;
    left[1] = right[1] = -1e18;
    for (uint32_t row = sh->first_row;
         row < sh->g->n_rows && row < sh->first_row + SPLIT_ROWS && row <= sh->row_hi; row++) {
        struct row_range r = sheet_row_cells(sh->g, row);
        const struct od_cell *under[3];
        size_t n = 0;

        if (r.z - r.a < 3)
            break;
        for (size_t i = r.a; i < r.z && n < 3; i++)
            if (sheet_column_of(sh, &sh->g->cells[i]) == (int)k)
                under[n++] = &sh->g->cells[i];
        if (!n)
            continue;
        if (n != 2 || under[0]->page != sh->cols[k].head->page || !words_only(under[0]->text) ||
            !number_cell(sh, under[1]->text))
            return false;
        left[0] = under[0]->x0 < left[0] ? under[0]->x0 : left[0];
        left[1] = under[0]->x1 > left[1] ? under[0]->x1 : left[1];
        right[0] = under[1]->x0 < right[0] ? under[1]->x0 : right[0];
        right[1] = under[1]->x1 > right[1] ? under[1]->x1 : right[1];
        pairs++;
    }
    return pairs >= 2 && left[1] < right[0];
}

void sheet_pdf_split_columns(struct sheet *sh)
{
    if (sh->g->kind != OD_GRID_PDF || sh->virtual_head)
        return;
    for (size_t k = 0; k < sh->n_cols && sh->n_cols < MAX_COLS; k++) {
        double left[2], right[2];

        if (!sh->cols[k].head || !two_under(sh, k, left, right))
            continue;
        memmove(&sh->cols[k + 2], &sh->cols[k + 1], (sh->n_cols - k - 1) * sizeof(sh->cols[0]));
        sh->n_cols++;
        sh->cols[k + 1] = sh->cols[k];
        /* the words are the numbers' unit: the header's role, if any,
         * is the numbers' */
        sh->cols[k].a = left[0];
        sh->cols[k].b = left[1];
        sh->cols[k].role = R_NONE;
        sh->cols[k + 1].a = right[0];
        sh->cols[k + 1].b = right[1];
        k++;
    }
}
