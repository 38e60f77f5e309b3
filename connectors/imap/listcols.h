/* Headers of an order list's columns that the label tables do not hold
 * as written (listcols.c). Internal to the imap connector; see
 * docs/email-extraction.md ("Order lists"). */
#ifndef OD_IMAP_LISTCOLS_H
#define OD_IMAP_LISTCOLS_H

#include "extract.h"

/* "ItemQuantity", "ItemUnitPrice", "LineSubtotal": a column header in
 * one CamelCase word whose first part names the record every row is
 * (Item, Line, Product, Article) and whose rest is a known item column
 * label ("Quantity", "UnitPrice", "Subtotal"). Returns that column's
 * field ("lines.qty"); NULL when the header is not so, or its rest is
 * no item column or a column that carries nothing. `s` may be NULL. */
const char *mail_record_column(const struct imap_extract_settings *s, const char *cell);

/* Also, for a header no label table holds as written: "Variant code /
 * SKU" (two labels parted by " / ", the known half or both agreeing),
 * "Price per unit" / "Cost per piece" (a price label or "Cost", then
 * "per" one piece: lines.unit_price), "Total cost" / "Total value" (a
 * line amount's label, then a word of money: lines.total). These too
 * come out of mail_record_column. */

#endif
