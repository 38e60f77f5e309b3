/* orderctl's invoice requests (发票): the lines `order` and `review show`
 * print for an order's invoice, and `orderctl invoices`, the list a
 * clerk pastes into the tax platform (docs/operations.md#orderctl-invoices). */
#ifndef ORDERCTL_INVOICES_H
#define ORDERCTL_INVOICES_H

#include "model.h"

/* Print the invoice of an order: one line with type, medium, 抬头 and 税号,
 * one with the 专票 details (address, phone, bank, account) and one with
 * the e-mail, each only when it has something, each starting with
 * `indent`. Nothing when the order asks for no invoice (no type). */
void orderctl_print_invoice(const struct od_invoice *v, const char *indent);

struct od_store;

struct invoices_opts {
    const char *format;  /* table | csv | json */
    const char *channel; /* NULL = every channel */
    const char *since;   /* a date or time stamp (naive: Beijing time), or NULL */
    const char *until;   /* the same, exclusive */
    const char *status;  /* requested (default) | all */
    const char *output;  /* a file to write instead of stdout, or NULL */
    long long limit;     /* 0 = all */
};

/* Check the options before anything else: prints the problem and
 * returns 2 (usage), or 0. */
int orderctl_invoices_check(const struct invoices_opts *o);

/* `orderctl invoices`: the invoice requests (od_invoice_list), as a
 * table, JSON (an array of od_invoice_row_json) or CSV (UTF-8 with BOM,
 * CRLF, od_invoice_csv_columns), to stdout or o->output. Returns 0, or 1
 * with the reason on stderr (the database, the output file). */
int orderctl_invoices(struct od_store *s, const struct invoices_opts *o);

#endif
