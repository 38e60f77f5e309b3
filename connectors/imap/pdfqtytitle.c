/* A PDF's quantity run into the name after it (sheet_int.h): QuickBooks
 * prints "4,000 Rum gift box 750ml, single, matte black" as one text run
 * when the name is long, the quantity column's cell then holding both. */
#include <stdlib.h>
#include <string.h>

#include "error.h"
#include "sheet_int.h"

/* The length of the number at the start of t ("4,000", "1.500", "20"),
 * when a space and a letter or a character beyond ASCII follow it. */
static size_t lead_number(const char *t)
{
    size_t k = 0;

    while ((t[k] >= '0' && t[k] <= '9') || ((t[k] == ',' || t[k] == '.') && k > 0))
        k++;
    if (!k || t[k] != ' ' || !(t[k - 1] >= '0' && t[k - 1] <= '9'))
        return 0;
    return ((unsigned char)t[k + 1] >= 0x80 || (t[k + 1] >= 'A' && t[k + 1] <= 'Z') ||
            (t[k + 1] >= 'a' && t[k + 1] <= 'z'))
               ? k
               : 0;
}

int pdfq_split_qty_title(struct sheet *sh, int kq, int kt)
{
    bool titled = false;
    char why[160];
    int64_t q;

    if (kq < 0 || kt < 0 || kq == kt)
        return 0;
    for (size_t i = 0; i < sh->n_items; i++)
        titled = titled || sh->items[i].text[kt];
    for (size_t i = 0; titled && i < sh->n_items; i++) {
        struct item *it = &sh->items[i];
        const char *t = it->text[kq];
        size_t k = t ? lead_number(t) : 0;

        /* the row's name is empty, the cell no quantity whole (not
         * "4,000 pcs"), its number one */
        if (!k || it->text[kt] || sheet_qty(sh, t, strlen(t), &q, why, sizeof(why)) == 0 ||
            sheet_qty(sh, t, k, &q, why, sizeof(why)) != 0)
            continue;
        if (!(it->text[kt] = strdup(t + k + 1)))
            return OD_ENOMEM;
        it->text[kq][k] = '\0';
        it->cell[kt] = it->cell[kq];
    }
    return 0;
}
