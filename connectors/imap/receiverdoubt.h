/* A receiver the mail names and no reader took (receiverdoubt.c).
 * Internal to the imap connector; see docs/email-extraction.md ("A
 * receiver named but not read"). */
#ifndef OD_IMAP_RECEIVERDOUBT_H
#define OD_IMAP_RECEIVERDOUBT_H

#include "grid.h"
#include "model.h"

/* An order without the receiver's name and telephone from a mail whose
 * text (`body`, an OD_GRID_TEXT grid, quoted lines left out) has a line
 * that starts with a delivery word ("送货：", "收货", "Deliver:", "Ship
 * to") and holds a telephone number, or whose next line does ("送货：贵州省…
 * 加工坊" / "杨光明 187 0855 1234"): the receiver was stated and not read, so
 * the order is held with a doubt that names the line. 0 or OD_ENOMEM. */
int rcv_receiver_doubt(const struct od_grid *body, struct od_order *o);

#endif
