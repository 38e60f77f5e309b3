/* Several orders in one text, numbered inside sentences (proseorders.c). */
#ifndef OD_IMAP_PROSEORDERS_H
#define OD_IMAP_PROSEORDERS_H

#include <stdbool.h>

#include "textread.h"

/* May a sentence give an order number now: none was read yet, or items
 * were read since the last one (the next order's number)? */
bool pso_sentence_id_open(const struct pass *p);

/* "订一批秋茶包装，单号AX-TGY-1201": an order-number label in Chinese
 * (单号, 订单号, 采购单号 …) written right against its value, with no
 * colon or space: where the value starts, NULL when w starts no such
 * label. */
const char *pso_glued_id(const char *w, const char *z);

#endif
