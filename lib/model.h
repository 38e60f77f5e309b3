/* The normalized order: the one record every channel is turned into
 * (see docs/normalized-order.md for the field list and the JSON shape).
 *
 * Ownership: an od_order owns every string and array it points to;
 * od_order_free() releases all of it. Strings are UTF-8, NUL-terminated,
 * NULL when absent. */
#ifndef OD_MODEL_H
#define OD_MODEL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "money.h"
#include "timeutil.h"

enum od_status {
    OD_STATUS_NONE = 0, /* not given (parsers reject it on output) */
    OD_STATUS_PENDING_PAYMENT,
    OD_STATUS_PAID,
    OD_STATUS_PARTIALLY_SHIPPED,
    OD_STATUS_SHIPPED,
    OD_STATUS_COMPLETED,
    OD_STATUS_CANCELLED,
    OD_STATUS_REFUNDED,
};

/* "paid" ... ; NULL for OD_STATUS_NONE or an unknown value. */
const char *od_status_name(enum od_status s);
/* Parse a normalized status name; OD_STATUS_NONE when unknown. */
enum od_status od_status_from_name(const char *s);

struct od_party {
    char *ref;
    char *name;
    char *phone;
    char *email;
};

struct od_address {
    char *name;
    char *phone;
    char *country; /* ISO 3166-1 alpha-2 */
    char *province;
    char *city;
    char *district;
    char *address;
    char *postal_code;
};

struct od_line {
    int line_no; /* 1-based, in the order given */
    char *sku;
    char *channel_sku;
    char *title;
    int64_t qty;         /* > 0 */
    od_price unit_price; /* exact to 1/10000 (lib/money.h) */
    od_money discount;   /* OD_MONEY_NONE when not given (counts as 0) */
    od_money total;      /* qty * unit_price rounded half up to the cent, - discount, when
                          * not given */
};

struct od_audit_reason {
    char *rule;
    char *message;
    char *evidence; /* a JSON object as text, or NULL */
};

struct od_audit {
    char *outcome; /* approved | held | rejected | pending, or NULL */
    struct od_audit_reason *reasons;
    size_t n_reasons;
};

/* How an order read out of a document (an e-mail body, a PDF, a sheet)
 * was read: the doubts that keep it from being taken as clean, and
 * where each field came from. Set by the e-mail extractor, and by a
 * shop connector's doubt about a value it cannot map (douyin.md). */
struct od_extraction {
    char **doubts; /* one line each: "line 3: amount 30.00 is not 2 x 14.00"; an order
                      with any doubt is held by the audit with rule "extraction" */
    size_t n_doubts;
    char *sources; /* a JSON object as text: field path -> where it was read
                      ({"external_id": "Sheet1!B2", "lines[0].qty": "p1 x=300 y=212"}),
                      or NULL */
};

/* The buyer's invoice request (发票), all text, NULL when not given. After
 * od_order_finish type is "none", "normal" (普票) or "special" (专票,
 * 增值税专用发票) and medium "electronic" or "paper" (see invoice.h); a
 * request is type normal or special. A 专票 needs the last four. */
struct od_invoice {
    char *type;
    char *medium;
    char *title;  /* 抬头: the buyer's name on the invoice */
    char *tax_id; /* 税号: 统一社会信用代码 or an older tax number */
    char *email;  /* where an electronic invoice is sent */
    char *address;
    char *phone;
    char *bank;    /* 开户行 */
    char *account; /* 账号 */
};

struct od_order {
    int64_t id; /* assigned by the database; 0 when not stored yet */
    char *channel;
    char *external_id;
    char *revision; /* opaque; see docs/exactly-once.md */
    enum od_status status;
    char *channel_status;
    od_time placed_at;
    od_time paid_at;
    od_time updated_at;
    char currency[4]; /* ISO 4217, "" when not given */
    od_money subtotal;
    od_money shipping;
    od_money discount;
    od_money tax;
    od_money total;
    struct od_party customer;
    struct od_address ship_to;
    struct od_line *lines;
    size_t n_lines;
    char *buyer_note;
    char *seller_note;
    char *priority; /* "normal" when not given */
    char **tags;
    size_t n_tags;
    struct od_audit audit;
    struct od_extraction *extraction; /* NULL unless read by the e-mail extractor */
    struct od_invoice invoice;        /* all NULL when no invoice is asked for */
};

/* A new empty order: all times OD_TIME_NONE, all amounts OD_MONEY_NONE. */
struct od_order *od_order_new(void);
void od_order_free(struct od_order *o);

/* Replace *field with a copy of s[0..len) (NULL s clears it). */
int od_str_set(char **field, const char *s, size_t len);

/* Append a zeroed line (amounts OD_MONEY_NONE) and return it via *out.
 * line_no is set to its 1-based position. The lines array may move:
 * pointers to earlier lines are invalid after the call. */
int od_order_add_line(struct od_order *o, struct od_line **out);
int od_order_add_tag(struct od_order *o, const char *tag);
/* Append a copy of `doubt` to o->extraction (created when NULL). */
int od_order_add_doubt(struct od_order *o, const char *doubt);

/* The order's charges beside its lines: shipping plus tax less discount,
 * an absent one counting 0, in *out. False when a sum leaves the money
 * range (od_money_add); *out is then left as it was. */
bool od_order_charges(const struct od_order *o, od_money *out);

/* Fill derived values and check the order is complete:
 *   - line totals = qty * unit_price (rounded half up to the cent) -
 *     discount when absent;
 *   - subtotal = sum of line totals when absent; shipping, discount and
 *     tax default to 0; total = subtotal + shipping - discount + tax when
 *     absent;
 *   - the invoice's type and medium become their canonical names, and an
 *     invoice with any field but no type asks for a "normal" one
 *     (od_invoice_finish; an unknown type or medium is refused);
 *   - priority defaults to "normal"; currency must be set (connectors
 *     apply their channel's default currency and status first);
 * Fails with OD_EINVAL and a detail ("line 2: qty must be > 0",
 * "missing external_id", "missing status") when the order is unusable:
 * no external_id, no status, no lines, a line with qty <= 0 or without
 * unit_price, or an amount that overflows. Checks come first: a refused
 * order is left unchanged, and finishing a finished order changes
 * nothing. A line's discount stays OD_MONEY_NONE when not given. */
int od_order_finish(struct od_order *o);

#endif
