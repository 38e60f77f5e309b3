/* Several orders in one text, numbered inside sentences (proseorders.c). */
#ifndef OD_IMAP_PROSEORDERS_H
#define OD_IMAP_PROSEORDERS_H

#include <stdbool.h>

#include "textread.h"

/* May a sentence give an order number now: none was read yet, or items
 * were read since the last one (the next order's number)? */
bool pso_sentence_id_open(const struct pass *p);

#endif
