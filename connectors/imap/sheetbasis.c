/* The thousand a row's unit names (sheet_int.h): a unit-of-measure cell
 * that counts thousands ("Per 1000" in a UOM column, "千个", or "M"
 * where the other rows' units are pieces: "EA") tells, with the row's
 * arithmetic, what its price is for:
 *
 * - the amount is quantity x price / 1000 ("M | 50,000 | 38.00 |
 *   1,900.00"): the price is per 1000 pieces and the quantity in
 *   pieces: the unit price is 0.038;
 * - the amount is quantity x price ("Per 1000 | 400 | 14.50 |
 *   5,800.00"): quantity and price both count thousands, and are kept
 *   as written (400 at 14.50), as a clerk keys a unit of a thousand.
 *
 * Either way the order is held with a doubt that names the unit. */
#include <stdio.h>
#include <string.h>

#include "sheet_int.h"

/* A unit that says per thousand outright (folded: "Per 1000", "/1000",
 * "per M", "千个"), and "M" alone, a thousand only among units. */
static const char *const thousand_words[] = {
    "per1000", "1000", "per1000pcs", "1000pcs", "perm",     "perthousand", "千个",
    "千只",    "千张", "千件",       "millar",  "elmillar", NULL};
static const char *const lone_m[] = {"m", NULL};

/* Units of one piece: what the other rows of a unit column say. */
static const char *const piece_words[] = {"ea",   "each", "pc",  "pcs", "piece", "pieces",
                                          "unit", "個",   "个",  "件",  "只",    "pz",
                                          "pza",  "stk",  "szt", "und", "un",    NULL};

/* The cell of item `it` under column k (any column, read off the grid:
 * a unit column's cells are not kept with the item), or NULL. */
static const struct od_cell *cell_in(const struct sheet *sh, const struct item *it, int k)
{
    struct row_range r = sheet_row_cells(sh->g, it->row);

    for (size_t i = r.a; i < r.z; i++)
        if (sheet_column_of(sh, &sh->g->cells[i]) == k)
            return &sh->g->cells[i];
    return NULL;
}

/* Another item row than `skip` has a unit of one piece under column k. */
static bool pieces_beside(const struct sheet *sh, int k, const struct item *skip)
{
    for (size_t i = 0; i < sh->n_items; i++) {
        const struct od_cell *c;

        if (&sh->items[i] == skip)
            continue;
        c = cell_in(sh, &sh->items[i], k);
        if (c && mail_label_among(c->text, piece_words))
            return true;
    }
    return false;
}

/* The cell of row `it` that is a unit counting thousands, in a column
 * that is neither the SKU, the name, the quantity, the price nor the
 * amount; NULL when none. */
static const struct od_cell *thousand_unit(const struct sheet *sh, const struct item *it)
{
    struct row_range r = sheet_row_cells(sh->g, it->row);

    for (size_t i = r.a; i < r.z; i++) {
        const struct od_cell *c = &sh->g->cells[i];
        int k = sheet_column_of(sh, c);
        enum role role = k >= 0 ? sh->cols[k].role : R_NONE;

        if (k < 0 || role == R_SKU || role == R_TITLE || role == R_QTY || role == R_PRICE ||
            role == R_TOTAL || role == R_PER)
            continue;
        if (mail_label_among(c->text, thousand_words) ||
            (mail_label_among(c->text, lone_m) && pieces_beside(sh, k, it)))
            return c;
    }
    return NULL;
}

void sheet_unit_thousand(struct sheet *sh, const struct item *it, int64_t qty, od_money price,
                         od_money amt, int64_t *per)
{
    const struct od_cell *u;
    od_money prod, big;
    char r[REF_MAX];

    if (*per != 1 || price == OD_MONEY_NONE || amt == OD_MONEY_NONE || qty <= 0 ||
        !(u = thousand_unit(sh, it)) || !od_money_mul(price, qty, &prod) ||
        !od_money_mul(amt, 1000, &big))
        return;
    sheet_ref(sh, u, r);
    if (prod == big) {
        *per = 1000;
        sheet_doubt(sh, "%s: the row's unit '%s' counts thousands: its price is taken per 1000", r,
                    u->text);
    } else if (prod == amt && !mail_label_among(u->text, lone_m)) {
        /* "Per 1000 | 400 | 14.50 | 5,800.00": 400 thousand at 14.50 a
         * thousand, keyed as written (the unit is the thousand) */
        sheet_doubt(sh,
                    "%s: the row's unit '%s' counts thousands: its quantity %lld and price are "
                    "kept as written, in thousands",
                    r, u->text, (long long)qty);
    }
}

/* A price cell with its basis after the figure, which no amount reader
 * takes whole: "22,00 / 1.000 τεμ.", "14.50 per 1,000", "38.00/M"
 * (mail_price_per_split: after the figure a '/', "per" or "je", then
 * N as 10, 100, 1000 or 10000, grouped or not, or a word for it, and a
 * unit word at most). The figure, read the document's way, in *price;
 * N in *per. 0, or -1 when `t` is no such cell. */
int sheet_basis_price(const struct sheet *sh, const char *t, od_money *price, int64_t *per)
{
    size_t n = strlen(t), pn;
    int64_t v;
    od_money m;

    if (!mail_price_per_split(t, n, &pn, &v) || v <= 1 || sheet_amount(sh, t, pn, &m) != 0)
        return -1;
    *price = m;
    *per = v;
    return 0;
}

int sheet_basis_fine(const struct sheet *sh, const char *t, od_money *price, int64_t *fine)
{
    int64_t v;

    if (sheet_basis_price(sh, t, price, &v) != 0)
        return -1;
    /* sheet_price_per reads a basis it knows off the price cell
     * ("14.50/1000"): counted there, not twice */
    *fine = sheet_header_per(t + strspn(t, "0123456789.,$ ")) == v ? 1 : v;
    return 0;
}

int sheet_price_from_amount(struct sheet *sh, const struct item *it, int kp, int ka, int64_t qty,
                            od_money *price, int64_t *fine)
{
    od_money amt, hundred;
    char r[REF_MAX], a[OD_MONEY_STRLEN];

    if (ka < 0 || !it->text[ka] || qty <= 0 || sheet_price_per(sh, it) != 1 ||
        sheet_amount(sh, it->text[ka], strlen(it->text[ka]), &amt) != 0 || amt <= 0 ||
        !od_money_mul(amt, 100, &hundred) || hundred % qty != 0)
        return -1;
    if (amt % qty == 0) {
        *price = amt / qty;
        *fine = 1;
    } else {
        *price = hundred / qty; /* cents per 100 pieces: exact to 1/10000 */
        *fine = 100;
    }
    sheet_ref(sh, it->cell[kp], r);
    sheet_doubt(sh, "%s: unit price '%s' is not an amount: taken as the amount %s / %lld", r,
                it->text[kp], od_money_format(amt, a), (long long)qty);
    return 0;
}
