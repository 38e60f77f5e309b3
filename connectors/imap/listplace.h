/* Where the goods of an order list go when the list names only a
 * warehouse (listplace.c). Internal to the imap connector; see
 * docs/email-extraction.md ("Order lists"). */
#ifndef OD_IMAP_LISTPLACE_H
#define OD_IMAP_LISTPLACE_H

#include <stdbool.h>

#include "extract.h"
#include "grid.h"
#include "model.h"

/* mail_sheet_context for the only order of a list whose ship-to address
 * came from a warehouse column (收货仓库 "莆田本仓"): that is the name
 * of a warehouse, not where it is. The mail's text is read as if the
 * list had named no address; an address it labels ("收货：福建省莆田市…
 * （莆田本仓）") is the ship-to, and the warehouse's name stays only
 * when the text gives none. A text address that does not hold the
 * warehouse's name holds the order (which of the two is meant). Borrows
 * everything but `o`, which it completes. 0 or OD_ENOMEM. */
int mail_warehouse_context(const struct imap_extract_settings *s, const struct od_grid *body,
                           struct od_order *o);

#endif
