/* A sentence under the items that names the sum of the lines, a rebate
 * taken off it and what is paid ("货款55,100.00元，扣上季度返利800元，实付
 * 54,300.00元"): the total is what is paid and the rebate the discount,
 * when the arithmetic says so (rebatetotal.h). */
#include "rebatetotal.h"

#include <string.h>
#include <strings.h>

#include "fields.h"

bool rbt_rebate_total(const char *l, const char *z, od_money sum, od_money other, od_money *rebate)
{
    static const char *const words[] = {"返利",   "返点",     "優惠", "优惠", "折扣",
                                        "抵扣",   "扣除",     "減免", "减免", "立减",
                                        "rebate", "discount", NULL};

    for (size_t i = 0; words[i]; i++) {
        size_t n = strlen(words[i]);

        for (const char *q = l; q + n <= z; q++) {
            const char *d, *e;
            char tok[32];
            od_money m;

            if (strncasecmp(q, words[i], n) != 0)
                continue;
            /* the amount within a few bytes after the word ("返利800元",
             * "优惠：800") */
            for (d = q + n; d < z && d - (q + n) < 12 && !(*d >= '0' && *d <= '9'); d++)
                ;
            if (d >= z || !(*d >= '0' && *d <= '9'))
                continue;
            for (e = d;
                 e < z && ((*e >= '0' && *e <= '9') ||
                           ((*e == '.' || *e == ',') && e + 1 < z && e[1] >= '0' && e[1] <= '9'));
                 e++)
                ;
            if ((size_t)(e - d) >= sizeof(tok))
                continue;
            memcpy(tok, d, (size_t)(e - d));
            tok[e - d] = '\0';
            if (mail_parse_amount(tok, (size_t)(e - d), &m) != 0 || m <= 0 || m >= sum)
                continue;
            if (sum - m - other <= 1 && other - (sum - m) <= 1) {
                *rebate = m;
                return true;
            }
        }
    }
    return false;
}
