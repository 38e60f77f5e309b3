/* A text table's price cell that holds more than its price (textread.h
 * tr_price_lead, tr_price_amount_basis): "US$ 4,20 al mil", "6.20  =18,600.00", "0.21 each
 * agreed". The cell's words after the price are no reason to refuse the
 * whole order: the price it starts with is read, the line's amount says
 * whether it is a price a piece or for 10, 100, 1000 or 10000 pieces,
 * and the order is held with a doubt that names the cell. Linear in the
 * cell. */
#include <string.h>

#include "fields.h"
#include "textread.h"

size_t tr_price_lead(const char *p, size_t n)
{
    bool digit = false;

    for (size_t i = 0; i < n; i++) {
        unsigned char ch = (unsigned char)p[i];
        size_t k = i;

        if (ch >= '0' && ch <= '9') {
            digit = true;
            continue;
        }
        if (!digit || (ch != ' ' && ch != '\t'))
            continue;
        while (k < n && (p[k] == ' ' || p[k] == '\t'))
            k++;
        /* "4,20 el millar", "6.20  ＝18,600.00": a word or a mark after
         * the number, not its currency's code or its next group */
        if (k < n && !(p[k] >= '0' && p[k] <= '9') && !mail_currency_code(p + k, n - k))
            return (size_t)(tr_rtrim(p, p + i) - p);
    }
    return 0;
}

int64_t tr_price_amount_basis(int64_t qty, od_money price, od_money amount)
{
    static const int64_t basis[] = {1, 10, 100, 1000, 10000};

    if (qty <= 0 || price == OD_MONEY_NONE || price <= 0 || amount == OD_MONEY_NONE)
        return 0;
    for (size_t i = 0; i < sizeof(basis) / sizeof(basis[0]); i++) {
        int64_t e4;
        od_money unit, want;

        mail_per_price(price, basis[i], qty, &e4, &unit, &want);
        if (want != OD_MONEY_NONE &&
            (basis[i] > 1 ? want == amount : tr_fits(qty, price, amount, tr_tol(qty))))
            return basis[i];
    }
    return 0;
}
