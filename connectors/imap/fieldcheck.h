/* Checks of an order's fields by their shapes, whichever reader read
 * them (fieldcheck.c). Internal to the imap connector; see
 * docs/email-extraction.md ("A field that holds another"). */
#ifndef OD_IMAP_FIELDCHECK_H
#define OD_IMAP_FIELDCHECK_H

#include "model.h"

/* Holds the order with a doubt for each field whose value holds what
 * another field should have held: a telephone number or another label
 * inside the receiver's address; a label, a telephone number, another
 * label or a street address as a name; an item code inside the title of
 * a line without SKU. Such a value was not parted right, and a clerk
 * would key it otherwise. 0 or OD_ENOMEM. */
int mail_shape_doubts(struct od_order *o);

#endif
