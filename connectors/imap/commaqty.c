/* Quantities grouped with commas in a document whose amounts carry a
 * decimal comma (sheet_int.h): "12,000" beside "3,90" and "46.800,00"
 * (an ERP that prints its counts the English way and its money the
 * European way). The comma of such a quantity starts decimals as the
 * document's amounts are read ("12,000" is 12); the arithmetic of the
 * rows decides: when a row's amount is the grouped count times its
 * price (less its discount) and no row's is the decimal reading's, every
 * quantity of that shape in the table counts thousands. */
#include <string.h>

#include "error.h"
#include "fields.h"
#include "sheet_int.h"

/* t is digits grouped by commas only: "12,000", "1,250,000" (1 to 3
 * digits, then groups of 3). The digits go to out (n bytes, NUL). */
static bool grouped_shape(const char *t, char *out, size_t n)
{
    size_t lead = 0, k = 0, groups = 0;

    while (t[lead] >= '0' && t[lead] <= '9')
        lead++;
    if (lead < 1 || lead > 3 || lead >= n)
        return false;
    memcpy(out, t, lead);
    k = lead;
    for (const char *p = t + lead; *p; p += 4, groups++) {
        if (p[0] != ',' || !(p[1] >= '0' && p[1] <= '9') || !(p[2] >= '0' && p[2] <= '9') ||
            !(p[3] >= '0' && p[3] <= '9') || k + 3 >= n)
            return false;
        memcpy(out + k, p + 1, 3);
        k += 3;
    }
    out[k] = '\0';
    return groups > 0;
}

int commaqty_read(const char *t, int64_t *out)
{
    char d[32], why[8];

    if (!t || !grouped_shape(t, d, sizeof(d)))
        return OD_EINVAL;
    return mail_parse_qty(d, strlen(d), out, why, sizeof(why));
}

/* Is `amt` the product x, or x less the row's discount pct (hundredths
 * of a percent, or a fraction written "0.05")? */
static bool product_is(od_money x, int64_t pct, od_money amt)
{
    if (x == amt)
        return true;
    return pct > 0 && (sheet_discounted(x, pct) == amt ||
                       (pct < 100 && sheet_discounted(x, pct * 100) == amt));
}

bool commaqty_grouped(const struct sheet *sh, int kq, int kp, int ka, int kd)
{
    bool proven = false;

    if (!sh->comma_decimals || kq < 0 || kp < 0 || ka < 0)
        return false;
    for (size_t i = 0; i < sh->n_items; i++) {
        const struct item *it = &sh->items[i];
        od_money price, amt, prod;
        int64_t q, pct;
        char why[120];

        if (!it->text[kq] || !it->text[kp] || !it->text[ka] || commaqty_read(it->text[kq], &q) != 0)
            continue;
        if (sheet_amount(sh, it->text[kp], strlen(it->text[kp]), &price) != 0 ||
            sheet_amount(sh, it->text[ka], strlen(it->text[ka]), &amt) != 0)
            continue;
        pct = sheet_row_discount(sh, it, kd);
        if (od_money_mul(price, q, &prod) && product_is(prod, pct, amt))
            proven = true;
        /* the decimal reading ("2,500" kg at 4,00 is 10,00) */
        if (sheet_qty(sh, it->text[kq], strlen(it->text[kq]), &q, why, sizeof(why)) == 0 &&
            od_money_mul(price, q, &prod) && product_is(prod, pct, amt))
            return false;
    }
    return proven;
}
