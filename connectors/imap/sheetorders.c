/* Several orders in one item table (sheet_int.h): an ERP's export of
 * purchase orders (管家婆 进货订单明细表, an inventory app's PO list)
 * repeats the order number on every item row under an order-number
 * column (单据编号, PO Number). Each distinct number is one order: its
 * rows are its items, the number its order number. A totals row under
 * such a table adds up all of them, so it checks none. */
#include <stdlib.h>
#include <string.h>

#include "sheet_int.h"

/* The distinct order numbers considered in one table. */
#define MAX_TABLE_ORDERS 64

/* The order number an item row carries under column `k`, else NULL. */
static const char *row_id(const struct sheet *sh, size_t i, int k, char id[MAIL_ID_MAX + 1])
{
    const char *t = sh->items[i].text[k];

    if (!t || !mail_take_id(t, strlen(t), id) || !strpbrk(id, "0123456789"))
        return NULL;
    return id;
}

unsigned sheet_pick_order(struct sheet *sh, unsigned which)
{
    char ids[MAX_TABLE_ORDERS][MAIL_ID_MAX + 1], id[MAIL_ID_MAX + 1];
    const struct od_cell *first[MAX_TABLE_ORDERS];
    unsigned n = 0, cur = 0;
    size_t kept = 0;
    int k = sheet_find_role(sh, R_ORDER);

    if (k < 0)
        return 1;
    for (size_t i = 0; i < sh->n_items; i++) {
        unsigned j = 0;

        if (!row_id(sh, i, k, id))
            continue;
        while (j < n && strcmp(ids[j], id) != 0)
            j++;
        if (j == n && n < MAX_TABLE_ORDERS) {
            memcpy(ids[n], id, sizeof(id));
            first[n++] = sh->items[i].cell[k];
        }
    }
    if (!n)
        return 1;
    if (which >= n)
        which = n - 1;
    if (!sh->id[0]) {
        memcpy(sh->id, ids[which], sizeof(sh->id));
        sheet_ref(sh, first[which], sh->id_ref);
    }
    if (n == 1)
        return 1;
    /* keep the rows of order `which`; a row without a number goes with
     * the number above it */
    for (size_t i = 0; i < sh->n_items; i++) {
        struct item it = sh->items[i];

        if (row_id(sh, i, k, id)) {
            cur = 0;
            while (cur < n && strcmp(ids[cur], id) != 0)
                cur++;
        }
        if (cur == which) {
            sh->items[kept++] = it;
            continue;
        }
        for (size_t c = 0; c < MAX_COLS; c++)
            free(it.text[c]);
    }
    sh->n_items = kept;
    sh->stated_total = OD_MONEY_NONE;
    sh->total_cell = NULL;
    sh->total_ref[0] = '\0';
    return n;
}
