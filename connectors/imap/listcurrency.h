/* The currency of an order list (a CSV or TSV file read as orders) that
 * its header names and no cell marks: "Unit Cost (AUD)". */
#ifndef OD_IMAP_LISTCURRENCY_H
#define OD_IMAP_LISTCURRENCY_H

#include <stddef.h>

#include "feed/orderfile.h"

/* The one currency other than the yuan that the first line of
 * data[0..len) writes with its column labels (mail_currency_marks():
 * "Unit Cost (AUD)", "Price EUR") becomes the currency of every order
 * of u, when every order of u has the default `dflt` (no cell marked
 * another). */
void listcur_from_header(const char *data, size_t len, const char *dflt, struct feed_units *u);

#endif
