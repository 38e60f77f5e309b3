/* Clauses inside one cell of a sheet that name a field of the order
 * (sheetclause.c): a form's title with its number and date, a receiver
 * and a phone after an address, a letterhead that the mail's text signs
 * with a person. Internal to the imap connector; see
 * docs/email-extraction.md ("Labels outside the table"). */
#ifndef OD_IMAP_SHEETCLAUSE_H
#define OD_IMAP_SHEETCLAUSE_H

#include <stdbool.h>
#include <stddef.h>

#include "extract.h"
#include "grid.h"

/* "Заказ поставщику № 00000000317 от 25 декабря 2027 г.": a form's
 * title (one to six words, no digit, no colon), a number sign (№, N°,
 * Nº), a number of three characters or more with a digit, then the end
 * of the cell or a date's word ("от", "du", "vom", "dated", "del", "de",
 * "z", "of") and a date. "external_id" with *value_off where the number
 * starts; NULL when `t` is no such cell. */
const char *scl_title_number(const char *t, size_t *value_off);

/* "склад Каракол, ул. Ленина 210, г. Каракол, Иссык-Кульская обл.,
 * получатель Асанов Бакыт, +996 555 12 34 56": an address's value (a
 * street address's shape) that goes on after a comma with a receiver's
 * label as a word (one of the ship_to.name labels, written in lower
 * case too: "получатель", "recipient", "contact"), a person and a phone
 * that ends the value. Where the person starts, with *place the length
 * of the address (before the comma) and *phone where the phone starts;
 * 0 when v[0..m) is no such. */
size_t scl_receiver_clause(const struct imap_extract_settings *s, const char *v, size_t m,
                           size_t *place, size_t *phone);

/* A line of the mail's text `body` (an OD_GRID_TEXT grid, or NULL),
 * alone in its row and not quoted, that is `t` then a space and a
 * person ("洄瀾麻糬工坊 許雅婷" under a sheet headed 洄瀾麻糬工坊): the
 * sender signs for the company the letterhead names. true when so. */
bool scl_signed_with_person(const struct od_grid *body, const char *t);

/* "ООО "Байкал Фиш", ИНН 3811452207", "ОсОО «Ысык-Көл Бал», г. Бишкек, …",
 * "ИП Смирнова Ольга Андреевна (магазин …)": a buyer's value that starts
 * with a legal form written before the name, as Russia and its
 * neighbours write it: the company is the form and the quoted name (up
 * to its closing quote), or, unquoted, up to the first ", " or " (".
 * The length of the company in v[0..n); n when the value is no such. */
size_t scl_company_len(const char *v, size_t n);

struct sheet;

/* A cell that is a currency's mark alone, maybe in brackets, as a money
 * column's unit under its header ("(NT$)", "USD", "（新台幣）"; not a
 * letter alone, "R"), naming
 * another currency than the order's (read, else the channel's default):
 * the order is held with a doubt on its currency, whichever reader
 * decides it. */
void scl_currency_doubt(struct sheet *sh);

/* An ERP's export of one row a line ("ID | Supplier | … | Shipping
 * Address | Items (Item Code) | …", ERPNext) with the order's fields on
 * the first item row alone: the column whose header is a ship-to
 * address's label gives the address, when no label outside the table
 * gave one. 0 or OD_ENOMEM. */
int scl_export_address(struct sheet *sh);

/* "Delivery | Chattogram Port, C&F agent: …, Agrabad C/A, Chattogram"
 * over "Contact | Mr. Abdul Karim | +880 …": a delivery's word alone in
 * cell i (no value after it), the cell beside it three parts or more
 * parted by commas, the row below started by a receiver's label: the
 * ship-to address is in the next cell ("ship_to.address", *off the end
 * of the cell); NULL when not so. */
const char *scl_delivery_cell(const struct sheet *sh, size_t i, size_t *off);

#endif
