/* The order-file parser: one file of orders (CSV or TSV with one row per
 * order line, NDJSON, JSON) into orders and dead letters. Used by the
 * file feed connector (feed.c) and by the IMAP connector for order-list
 * attachments; the options are only what the parser reads. */
#ifndef OD_ORDERFILE_H
#define OD_ORDERFILE_H

#include <stdbool.h>
#include <stddef.h>

#include "config.h"
#include "model.h"

/* What orderfile_opts.total_word says of a cell. */
enum orderfile_total { ORDERFILE_NO_TOTAL, ORDERFILE_TOTAL, ORDERFILE_SUBTOTAL };

/* What the parser needs to know about a file; all borrowed, outliving
 * the parse. */
struct orderfile_opts {
    const char *format;         /* "csv" | "ndjson" | "json" */
    const char *encoding;       /* of the bytes ("utf-8" when converted) */
    char delimiter;             /* CSV: the field separator */
    const char *timezone;       /* of times written without an offset */
    const char *currency;       /* an order's currency when it names none, or NULL */
    const char *default_status; /* an order's status when it has none, or NULL */
    /* CSV: normalized field path -> header; NULL or empty: the header
     * names are the field paths */
    const struct od_strmap *columns;
    /* channel status -> normalized status, or NULL */
    const struct od_strmap *status_map;
    /* E-mail attachments: a unit price with more than four decimals
     * ("0.00835") is taken rounded to four, with a doubt that holds the
     * order for the clerk, instead of making the order a dead letter.
     * (Up to four decimals are exact everywhere: od_price.) */
    bool fine_prices;
    /* E-mail attachments: a CSV row without an order number right after
     * a row of an order continues that order (ERPs such as 金蝶 print
     * the number only on an order's first line); in a feed it is a dead
     * letter. */
    bool continue_rows;
    /* E-mail attachments: a time the feed's grammar refuses is read by
     * this as people write dates ("12/02/2026", "2026年12月2日"), with
     * *ambiguous set when day and month could be swapped; a time it
     * cannot read either is left out. Either way the order is held with
     * a doubt, not made a dead letter. NULL in a feed. */
    bool (*loose_time)(void *ctx, const char *v, size_t n, od_time *out, bool *ambiguous);
    void *loose_ctx;
    /* E-mail attachments: the ISO 4217 code that a mark written with an
     * amount names ("$" in "$0.57", "元" in "1,000.00 元"), or NULL.
     * An order with no currency column takes the currency its money
     * cells are marked with (the default currency only when none is);
     * cells marked with two currencies hold it with a doubt. NULL in a
     * feed. */
    const char *(*mark_currency)(const char *mark, size_t n);
    /* E-mail lists: whether a cell is the word of an order's total
     * ("Total", "合计"), of a subtotal ("小计") or neither; a row below
     * an order's lines with such a word in it states their sum and is no
     * line. NULL in a feed. */
    enum orderfile_total (*total_word)(const char *cell, size_t n);
    /* E-mail lists: the charge a cell names ("运费", "Freight", "折扣"):
     * "shipping", "tax" or "discount", else NULL (called with
     * loose_ctx). A row below an order's lines without an order number,
     * quantity, code or price, with such a cell and one amount, its last
     * cell, is that charge of the order and no line. NULL in a feed. */
    const char *(*charge_word)(void *ctx, const char *cell);
    /* E-mail lists: the header of a column holding the item's
     * specification, joined to its name ("馅饼盒" and "6枚 开窗" make
     * "馅饼盒 6枚 开窗"), and spec_part, which trims the cell and tells
     * whether it holds a specification (not empty, not a dash) and a
     * code first in it, taken as the SKU of a line without one
     * (mail_spec_part). NULL in a feed. */
    const char *spec_column;
    bool (*spec_part)(const char **p, size_t *n, const char **code, size_t *code_n);
};

/* One order of a file, or one dead letter when order is NULL. */
struct feed_unit {
    struct od_order *order;
    char *external_id; /* as read, may be NULL */
    char *source_ref;  /* "name:3" or "name:3,9" */
    char *reason;      /* dead letters only */
    char *raw;         /* raw bytes (CSV: header line + the rows) */
    size_t raw_len;
};

struct feed_units {
    struct feed_unit *v;
    size_t n, cap;
};

/* Parse a whole file (`data`, `len` bytes, named `name` for source refs)
 * of channel `channel` into units appended to `out`, in a deterministic
 * order (CSV: orders in order of their first row). Bad rows, orders and
 * files become dead units; the only failure is OD_ENOMEM. */
int orderfile_parse(const struct orderfile_opts *o, const char *channel, const char *name,
                    const char *data, size_t len, struct feed_units *out);
void feed_units_free(struct feed_units *u);

#endif
