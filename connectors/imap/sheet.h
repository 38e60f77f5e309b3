/* Purchase orders laid out by people on a grid of cells: a worksheet
 * (xlsx, xls), a CSV file that is not a list of orders, the text layer
 * of a PDF. Internal to the imap connector; extract.c calls it for an
 * attachment whose first row is not a header of an order list.
 *
 * What is read (docs/email-extraction.md, "Sheets and PDF"):
 *  - the item table: its header row anywhere in the grid (known column
 *    labels, folded compare), its rows below until a blank row, a
 *    totals row (合计, Total ...) or a row that is no item; columns are
 *    matched by position (sheet columns with merged ranges, PDF x
 *    ranges), so a row's cells go under the header cell they overlap;
 *  - columns whose header is unknown, from their values: whole numbers,
 *    money, codes, text, and the arithmetic qty x unit price = amount on
 *    every row;
 *  - label cells outside the table: "采购单号：PO-1" in one cell, or a
 *    label in one cell and its value in the next cell to the right (or
 *    the one below);
 *  - checks: each row's amount against qty x unit price, the stated
 *    total against the lines (and the stated shipping), one order
 *    number. A failed check does not refuse the order: it is returned
 *    with a doubt (od_order_add_doubt), so the audit holds it. A row
 *    whose quantity or price cannot be read refuses the order.
 * Every field's cell is recorded in o->extraction->sources. */
#ifndef OD_IMAP_SHEET_H
#define OD_IMAP_SHEET_H

#include <stdbool.h>
#include <stddef.h>

#include "extract.h"
#include "fields.h"
#include "grid.h"
#include "model.h"

enum mail_sheet_outcome {
    MAIL_SHEET_ORDER,   /* *order set */
    MAIL_SHEET_BAD,     /* an order is there but cannot be used: `why` says why */
    MAIL_SHEET_NOTHING, /* no item table found: `why` says what was missing */
};

/* Read the purchase order on `g` (sorted with od_grid_sort). The
 * order number comes from the grid, else from the label lines of
 * `body` (the mail's text as an OD_GRID_TEXT grid, or NULL), else from
 * `subject` (may be NULL), else `fallback_id`; `body` also gives the
 * other fields the grid leaves out, and the customer from the
 * signature when nothing names it. The order is not finished (extract.c applies the
 * channel's defaults and od_order_finish). *order (caller owns) is set
 * only for MAIL_SHEET_ORDER; `why` is filled for the other two and
 * `found_id` gets the order number read ("" when none). Returns the
 * outcome (>= 0) or OD_ENOMEM. Everything else is borrowed. */
int mail_sheet_parse(const struct imap_extract_settings *s, const struct od_grid *g,
                     const char *subject, const struct od_grid *body, const char *fallback_id,
                     struct od_order **order, char *why, size_t whylen,
                     char found_id[MAIL_ID_MAX + 1]);
/* The same for order `which` (0-based) of a table that lists several
 * orders under an order-number column (单据编号 repeated on each row);
 * *n_orders is set to their count (1 for one order, and on
 * MAIL_SHEET_NOTHING). mail_sheet_parse reads order 0. */
int mail_sheet_parse_nth(const struct imap_extract_settings *s, const struct od_grid *g,
                         const char *subject, const struct od_grid *body, const char *fallback_id,
                         unsigned which, unsigned *n_orders, struct od_order **order, char *why,
                         size_t whylen, char found_id[MAIL_ID_MAX + 1]);

/* What the mail's text `body` (an OD_GRID_TEXT grid) adds to order `o`
 * read from an order list (a CSV or worksheet of one row per line):
 * with `labels`, the fields its label lines give that the list left
 * empty (the list's only order); always, the company of its signature
 * when nothing named the customer. Where each came from is added to
 * o's extraction sources. 0 or OD_ENOMEM. */
int mail_sheet_context(const struct imap_extract_settings *s, const struct od_grid *body,
                       bool labels, struct od_order *o);

/* The charge a cell of a sums row names inside longer words
 * ("Freight", "运费", "MwSt. 19%", "Remise 5 %"): "shipping", "tax" or
 * "discount"; NULL when none, or when it names a total ("Total TVA"). */
const char *mail_sheet_charge_word(const char *cell);

/* A label of printed forms that the shared tables leave out (单据编号,
 * 单据日期, Date): the field, with *value_off where the value starts in
 * `t` (== strlen(t) when it is in the next cell); NULL when none. */
const char *mail_form_label(const char *t, size_t *value_off);

/* A token that can only be an order number: 4 digits or more with a
 * letter, a '-' or a '/' ("HD-PO-40017", "PO20250908131"), at most
 * MAIL_ID_MAX bytes, no date. */
bool mail_id_token(const char *t);

#endif
