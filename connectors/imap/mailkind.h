/* What a mail is, before its orders are read (mailkind.c): a customer's
 * purchase order, or one of the documents that look like one but are
 * not — the seller's own mail (its delivery note, its order
 * confirmation), or a customer's request for quotation. Internal to the
 * imap connector; see docs/email-extraction.md ("A mail that is no
 * order"). Everything is borrowed. */
#ifndef OD_IMAP_MAILKIND_H
#define OD_IMAP_MAILKIND_H

#include <stdbool.h>
#include <stddef.h>

#include "extract.h"
#include "fields.h"
#include "grid.h"

/* Whether address `from` is the seller's own: an entry of `own` equal to
 * it (case ignored), or a domain that is its domain or a parent of it
 * ("hengda-pack.cn" for "a@sales.hengda-pack.cn"). */
bool mail_own_address(const struct od_strlist *own, const char *from);

/* The Subject's reply and forward prefixes ("Re:", "Fwd:", "FW:", "回复：",
 * "转发:", "答复:", "AW:", "WG:", "[EXT]" ...): *reply when the first one
 * is a reply's, *forward when any is a forward's. Returns where the
 * subject proper starts. `subject` may be NULL (then "" is returned). */
const char *mail_subject_strip(const char *subject, bool *reply, bool *forward);

/* Whether the mail is a document that is no purchase order, by its
 * title: the Subject (unless it is a reply's: a reply's Subject names
 * the mail it answers), else a title line at the top of the mail's own
 * text (`body`, one cell per line, may be NULL; quoted text is not
 * looked at). A delivery note (送货单, 发货通知, Delivery Note, Packing
 * List), an order confirmation or sales order (订单确认, 销售单, Order
 * Confirmation, Sales Order, Proforma Invoice) or a request for
 * quotation (询价, 请报价, RFQ, Request for Quotation), an invoice, a
 * statement or a payment reminder (对账单, 催款, Invoice, Payment
 * Reminder) is none. The
 * Subject's first title word decides (a later one names the document it
 * refers to); a Subject that starts with a purchase-order title (采购单,
 * 订购单, Purchase Order, PO, "Order 4500123") is an order whatever the
 * text's title lines say. When it is none, `why` gets the reason ("the Subject calls
 * it a delivery note ('送货单'), not a purchase order") and true is
 * returned. */
bool mail_not_an_order(const char *subject, const struct od_grid *body, char *why, size_t wl);

/* An order number right after a purchase-order title in the Subject,
 * without a number label ("采购订单 SJ-HB-2612-0087", "Fwd: Purchase
 * Order 4500123", "订单：HT-1"): a token of an order number's shape (4
 * digits or more with a letter, '-' or '/'; or 4 to 20 digits), no
 * date. Reply and forward prefixes are skipped. false when none. */
bool mail_subject_title_id(const char *subject, char out[MAIL_ID_MAX + 1]);

/* The first token of the Subject that has an order number's shape
 * (mail_id_token) though no label or title names it ("BN-2026-1187
 * mailers + labels", "【采购单】PO20250908131"); reply and forward
 * prefixes skipped. A guess: the caller holds the order with a doubt.
 * false when none. */
bool mail_subject_token_id(const char *subject, char out[MAIL_ID_MAX + 1]);

/* Whether line `l` (NUL-terminated, leading white space skipped)
 * starts another message: quoted ('>'), a forward's or reply's marker
 * ("-----Original Message-----", "_____"), a "From:" / "发件人" /
 * "寄件者" header, "Begin forwarded message", "On … wrote:". */
bool mail_quote_start(const char *l);

/* An order read from the quoted part of `text` (all its item lines,
 * by `sources`, the order's extraction sources, lie below the first
 * line that starts a quote: '>', a "-----Original Message-----" or
 * "原始邮件" marker, a "From:" / "发件人" header, "On … wrote:"), while
 * the mail's own text above says to change something ("改成", "先不要",
 * "删除", "instead of", "remove" …): the word found, else NULL. The
 * reader applies the changes it understands (a code and a new
 * quantity); any other leaves the quoted order as it stood, so it must
 * not be stored clean. */
const char *mail_reply_change(const char *text, size_t len, const char *sources);

/* An order read from the quoted part of `text` (as for
 * mail_reply_change) while the mail's own text above reports on goods
 * delivered ("壓壞", "破损", "少发", "补寄", "damaged", "crushed" …): a
 * complaint quoting the order it complains about, no new order. The
 * word found, else NULL. */
const char *mail_reply_report(const char *text, size_t len, const char *sources);

/* The smallest line number among the "lines[...]" entries of an
 * extraction's sources JSON (`src`); 0 when none. */
unsigned mail_first_item_line(const char *src);

#endif
