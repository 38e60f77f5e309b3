/* The invoice requests to issue (发票): the stored orders that ask for an
 * invoice, and the rows a clerk pastes into the tax platform's batch
 * template (docs/operations.md#orderctl-invoices). orderctl and the console call
 * these; they only print.
 *
 * Ownership: orders passed to callbacks are borrowed for the call. */
#ifndef OD_INVOICELIST_H
#define OD_INVOICELIST_H

#include <stdbool.h>
#include <stdint.h>

#include "model.h"
#include "store.h"
#include "timeutil.h"

struct od_buf;
struct json_object;

struct od_invoice_filter {
    const char *channel;  /* NULL = every channel */
    od_time since, until; /* placed_at (else arrival) in [since, until); OD_TIME_NONE = open */
    bool all;             /* false: requests only (type normal or special); true: also
                             the orders whose invoice says none */
    int64_t limit;        /* 0 = no limit */
};

/* Call `cb` for each stored order with an invoice matching `f`, oldest
 * first (placed_at, else arrival, then id), fully loaded. Stops at the
 * first failure of `cb` and returns it; OD_EDB for the database. */
int od_invoice_list(struct od_store *s, const struct od_invoice_filter *f, od_order_cb cb,
                    void *ud);

/* The CSV columns, in order (NULL-terminated): the buyer block of the
 * tax platform's batch template first, then where the request came
 * from. */
extern const char *const od_invoice_csv_columns[];

/* Append the header record, preceded by the UTF-8 BOM, to `b`, and one
 * order's record, its time in zone `tz` (an IANA name; NULL = UTC); both
 * end in CRLF. OD_ETOOBIG past b's cap. */
int od_invoice_csv_head(struct od_buf *b);
int od_invoice_csv_row(struct od_buf *b, const struct od_order *o, const char *tz);

/* One order as an invoice row in JSON: {id, channel, external_id,
 * placed_at, total, currency, outcome, invoice: {...}}. Caller owns
 * *out. */
int od_invoice_row_json(const struct od_order *o, struct json_object **out);

#endif
