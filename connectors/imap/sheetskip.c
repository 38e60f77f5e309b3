/* A row of an item table that cannot be read is left out rather than
 * refusing the whole order (sheet_int.h): a row without a quantity, or
 * with a quantity no reader takes ("ca. 2 Paletten", "TBD"), among rows
 * that have one is no line the reader can prove; the others are, so
 * the order is kept and held with a doubt that names the row and why.
 * A table whose every row is so is refused as before. */
#include <string.h>

#include "sheet_int.h"

bool sheet_skip_row(struct sheet *sh, const struct item *it, int kq, const char *why)
{
    const struct item *other = NULL;
    char r[REF_MAX];
    int64_t q;
    char w[64];

    for (size_t i = 0; i < sh->n_items && !other; i++) {
        const char *t = sh->items[i].text[kq];

        if (&sh->items[i] != it && t && sheet_qty(sh, t, strlen(t), &q, w, sizeof(w)) == 0)
            other = &sh->items[i];
    }
    if (!other)
        return false;
    sheet_ref(sh, it->cell[kq] ? it->cell[kq] : it->first, r);
    sheet_doubt(sh, "%s: a row was left out (%s): %s", r, why, it->first ? it->first->text : "");
    return true;
}
