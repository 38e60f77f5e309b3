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

/* listhouse.c: a line of the mail's text labelled with the warehouse's
 * own name ("送芜湖主仓：安徽省芜湖市… 果仓云仓 收货人 陶刚 18955388102"
 * for the warehouse 芜湖主仓): the address after the colon, the person
 * and phone after a receiver's word the receiver (when none was read).
 * Sets o->ship_to.address when such a line is there. 0 or OD_ENOMEM. */
int mail_house_line(const struct od_grid *body, const char *house, struct od_order *o);

/* listhouse.c: the list's ship-to address of o is a name without a
 * number (a 收货仓 column's "芜湖主仓") that a line of the mail's text
 * takes as its label ("送芜湖主仓：…"): a warehouse's name, read as
 * mail_warehouse_context reads one. */
bool mail_house_named(const struct od_grid *body, const struct od_order *o);

#endif
