/* A total after a rebate named in a sentence (rebatetotal.c). Internal
 * to the imap connector; see docs/email-extraction.md ("Orders written
 * as sentences"). */
#ifndef OD_IMAP_REBATETOTAL_H
#define OD_IMAP_REBATETOTAL_H

#include <stdbool.h>

#include "money.h"

/* The line l[0..z) names the sum of the lines `sum` and another amount
 * `other` (bodytotal.c): true when it also names a rebate or discount
 * word (返利, 返点, 优惠, 折扣, 抵扣, 扣除, 减免, 立减, rebate, discount)
 * with an amount right after it that makes sum - rebate = other; the
 * rebate in *rebate. */
bool rbt_rebate_total(const char *l, const char *z, od_money sum, od_money other, od_money *rebate);

#endif
