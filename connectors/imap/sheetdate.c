/* The date of a purchase order laid out on a grid (sheet_int.h) that no
 * label names: a cell above the item table that is a date and nothing
 * else, after a cell that holds a value or alone on its row ("Our ref:
 * GZ/SALT/27/09 | 15 December 2027", as Pages and Word letters set the
 * date beside the reference), and under no word cell. One such date only, read the same day
 * first and month first; else the mail's Date stands in as before. */
#include <string.h>

#include "fields.h"
#include "sheet_int.h"

static bool has_digit(const char *t)
{
    return strpbrk(t, "0123456789") != NULL;
}

/* A word cell right above c (the same column of a sheet; in a PDF a
 * cell of the line above that overlaps it): a label set over its value
 * ("Delivery Date" over "20 Dec 2027"), whose reader decided. */
static bool label_above(const struct sheet *sh, const struct od_cell *c)
{
    if (!c->row)
        return false;
    if (sh->g->kind != OD_GRID_PDF) {
        const struct od_cell *u = od_grid_at(sh->g, c->row - 1, c->col);

        return u && !has_digit(u->text);
    }
    for (size_t i = 0; i < sh->g->n; i++) {
        const struct od_cell *u = &sh->g->cells[i];

        if (u->row == c->row - 1 && u->page == c->page && u->x0 < c->x1 && c->x0 < u->x1 &&
            !has_digit(u->text))
            return true;
    }
    return false;
}

void sheetdate_unlabelled(struct sheet *sh)
{
    const struct od_cell *hit = NULL;
    od_time when = OD_TIME_NONE;

    if (sh->o->placed_at != OD_TIME_NONE || sh->head_row == UINT32_MAX)
        return;
    for (size_t i = 0; i < sh->g->n; i++) {
        const struct od_cell *c = &sh->g->cells[i];
        size_t n = strlen(c->text);
        od_time a, b;
        bool amb1 = false, amb2 = false;

        if (c->row >= sh->head_row)
            break;
        if (!has_digit(c->text) || n < 8 || n > 40)
            continue;
        if (!mail_parse_date_order(sh->s, c->text, n, false, &a, &amb1) ||
            !mail_parse_date_order(sh->s, c->text, n, true, &b, &amb2) || a != b)
            continue;
        /* after a label of its own ("Delivery date | 20 Dec 2027"), the
         * label's reader decided: a word cell before it is one */
        if (i > 0 && sh->g->cells[i - 1].row == c->row && !has_digit(sh->g->cells[i - 1].text))
            continue;
        if (label_above(sh, c))
            continue;
        if (hit)
            return; /* two dates: which is the order's is not said */
        hit = c;
        when = a;
    }
    if (!hit)
        return;
    sh->o->placed_at = when;
    sheet_source(sh, "placed_at", hit);
}
