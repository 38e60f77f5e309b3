/* orderctl's invoice requests (发票): the lines `order` and `review show`
 * print for an order's invoice, and `orderctl invoices`, the list a
 * clerk pastes into the tax platform (docs/operations.md#invoices). */
#ifndef ORDERCTL_INVOICES_H
#define ORDERCTL_INVOICES_H

#include "model.h"

/* Print the invoice of an order: one line with type, medium, 抬头 and 税号,
 * one with the 专票 details (address, phone, bank, account) and one with
 * the e-mail, each only when it has something, each starting with
 * `indent`. Nothing when the order asks for no invoice (no type). */
void orderctl_print_invoice(const struct od_invoice *v, const char *indent);

#endif
