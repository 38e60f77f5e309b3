/* An item code written under its label inside a name cell (cellcode.c):
 * Zoho Inventory's "Item & Description" cell holds the name, "SKU:
 * TB-25" and the specification on three lines, which the HTML reader
 * joins with spaces ("Tea caddy SKU: TB-25 25 bags, embossed, green").
 * Internal to the imap connector; see docs/email-extraction.md ("Item
 * tables"). */
#ifndef OD_IMAP_CELLCODE_H
#define OD_IMAP_CELLCODE_H

#include <stdbool.h>
#include <stddef.h>

/* Whether t[0..n) is a name, then a code's label with its colon ("SKU:",
 * "Item Code:", "Part No.:", "Art.-Nr.:", "Réf. :", "货号："), one code
 * (ASCII letters, digits and - _ . /, a capital or a digit in it), then
 * maybe more words (the specification). On true, *name_n is the name's
 * length, [*code, *code + *code_n) the code and [*rest, t + n) the
 * words after it (empty when none). A cell that starts with the label
 * (no name before it) or whose code is no code ("SKU: see below") is
 * not so. */
bool mail_cell_code(const char *t, size_t n, size_t *name_n, const char **code, size_t *code_n,
                    const char **rest);

#endif
