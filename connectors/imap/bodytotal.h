/* The total a text states below its lines, when the readers took none
 * (bodytotal.c): "TOTAL EUR (Incoterm FOB Ningbo)    1,580.00", "Grand
 * total: USD 1,580.00", "合计（含税）  10,340.00". Internal to the imap
 * connector; see docs/email-extraction.md ("Checks: refused or held"). */
#ifndef OD_IMAP_BODYTOTAL_H
#define OD_IMAP_BODYTOTAL_H

#include <stddef.h>

#include "model.h"

/* Order `o`, read from `text` (the decoded text, lines as the text
 * reader numbers them), has no stated total among its sources: look at
 * the few lines right below its last item line for a total line (a
 * total word at the start, an amount at the end; not a count of
 * pieces or a weight). When one is found, it is the order's total (its
 * source is that line); when it is not the sum of the lines plus
 * shipping and tax less discount, the order gets the doubt "the stated
 * total X (line N) is not the sum of the lines Y", which holds it. 0 or
 * OD_ENOMEM; an order with a stated total, without items or without
 * sources is left alone. */
int mail_body_total(struct od_order *o, const char *text, size_t len);

/* Order `o` from `text` has a stated total read from line T (a
 * "Subtotal" or "小計" row that a reader took for the total, say): when
 * one of the next few lines, up to a blank line, starts with a total
 * word and ends with another amount ("營業稅 5%  2,245" / "總計
 * 47,145" that no reader understood), the order gets the doubt "line N
 * states another total …", which holds it. 0 or OD_ENOMEM. */
int mail_body_later_total(struct od_order *o, const char *text, size_t len);

/* Order `o` from `text`: when all its item lines lie below the start of
 * a quoted older mail and the new text above that start has two lines
 * or more with numbers of their own (a new order the reader missed),
 * the order gets the doubt "the items come from the quoted older
 * mail …", which holds it. 0 or OD_ENOMEM. */
int mail_body_quoted_items(struct od_order *o, const char *text, size_t len);

#endif
