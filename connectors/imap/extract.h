/* E-mail order extraction: one raw RFC 5322 message (as fetched by IMAP)
 * in, normalized orders and/or dead letters out. Internal to the imap
 * connector (connectors/imap/); imap.c calls imap_extract() for each
 * fetched message. See docs/email-extraction.md.
 *
 * Ownership: the settings are the channel's (filled by the config loader
 * from imap_extract_keys, freed by od_settings_free()); imap_extract()
 * only borrows them. Every string field may be NULL and every number 0:
 * the built-in default applies then, so a zeroed struct is a valid
 * default configuration (the tests and the fuzz target rely on it). */
#ifndef OD_IMAP_EXTRACT_H
#define OD_IMAP_EXTRACT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "config.h"
#include "connector.h"

struct imap_extract_settings {
    char *sheet;                     /* xlsx, xls: worksheet name, NULL = first sheet */
    char *table;                     /* sheets: the item table's header row as a cell range,
                                        "A8:F40" or "A8" (rows to the end), NULL = found */
    struct od_strmap columns;        /* attachments: same meaning as the feed's `columns:` */
    struct od_strmap status_map;     /* as the feed's */
    char *encoding;                  /* attachments/bodies without a charset label: "auto"
                                        (UTF-8 when valid, else GB18030) or a charset name */
    char *timezone;                  /* naive timestamps; default "Asia/Shanghai" */
    char *currency;                  /* when the data names none; default "CNY" */
    char *default_status;            /* default "pending_payment" */
    struct od_strlist sources;       /* what to read, default [attachments, body]; body is used
                                        only when no attachment yielded an order */
    struct od_strmap labels;         /* extra text labels: field -> "标签|Label 2", added to the
                                        defaults */
    uint64_t max_attachments;        /* default 20 */
    uint64_t max_depth;              /* MIME nesting, default 10 */
    uint64_t max_xlsx_uncompressed;  /* default 64MiB */
    struct od_strlist own_addresses; /* the seller's own addresses and domains: their mail
                                        is no customer's order unless it forwards one */
    /* Per-sender templates (`senders:`): a From address or a domain, in
     * lower case -> a struct imap_extract_settings filled from
     * imap_extract_sender_keys only, without defaults: a string left
     * NULL, or a map whose keys are NULL (`labels:` absent or null), is
     * not given; `columns: {}` is given (and empty). Always empty in a
     * template. See imap_extract_template(). */
    struct od_sectmap senders;
};

/* The `extract:` section's keys (NULL-terminated; offsets into the
 * struct above). The imap channel nests this table under its `extract:`
 * key; the defaults come from the `def` strings. */
extern const struct od_config_key imap_extract_keys[];

/* The keys of one `senders:` template: labels, columns, status_map,
 * sheet, table, encoding, timezone, currency, default_status (a subset
 * of imap_extract_keys at the same offsets, without defaults). */
extern const struct od_config_key imap_extract_sender_keys[];

/* The name check of `senders:` (od_config_key.name_check): an address
 * (local@domain) or a domain (acme.com: at least two labels of letters,
 * digits and '-', or UTF-8), lower-cased in place (ASCII). NULL when
 * good, else a phrase saying why not. */
const char *imap_extract_sender_name(char *name);

/* The template of `s->senders` for the From address `from` (NULL: none,
 * and NULL when nothing matches): the name equal to the address
 * (case-insensitive) beats a domain; among domains that are the
 * address's domain or a parent of it ("bigbuyer.cn" for
 * "a@sh.bigbuyer.cn"), the longest. *ret_name (may be NULL) is set to
 * the template's name when one matches. Everything is borrowed from
 * `s`. Effective settings of a message from that sender: the channel's,
 * with each scalar the template gives replacing the channel's, `columns`
 * and `status_map` replacing the channel's wholly when given, and
 * `labels` added to the channel's: for the same field the template's
 * labels come first ("tmpl|channel"). */
const struct imap_extract_settings *imap_extract_template(const struct imap_extract_settings *s,
                                                          const char *from, const char **ret_name);

/* Check what the key table cannot: labels name known fields, the
 * encoding and time zone exist, the currency is a code, the status
 * names are normalized ones, `columns` names field paths; and for each
 * template of `senders`, its name, and the effective settings of its
 * sender by the same checks (messages name extract.senders."NAME".KEY).
 * 0 or OD_ECONFIG with a detail. `s` is borrowed. */
int imap_extract_validate(const struct imap_extract_settings *s);

/* Parse a `table` range: "A8:F40" or "A8" (then the last row and column
 * are open: UINT32_MAX). 0-based, inclusive. 0 or OD_EINVAL. */
int imap_extract_range(const char *range, uint32_t *col1, uint32_t *row1, uint32_t *col2,
                       uint32_t *row2);

/* Turn one raw message into orders appended to `out`
 * (od_batch_add_order; the raw of each order is the bytes it came from:
 * the CSV rows as the feed gives them, the decoded text of the body) and
 * dead letters (od_batch_add_dead). At least one item is always
 * appended:
 *  - every order found becomes an order; a bad row or order among good
 *    ones becomes its own dead letter (source_ref names the attachment
 *    and row: "<source_ref> att 2 orders.csv:14"), the rest go on;
 *  - nothing found: ONE dead letter holding the WHOLE raw message and a
 *    reason a clerk can act on ("no order number found", "line 3:
 *    quantity 'abc' is not a number", "attachment orders.xlsx: not a zip
 *    file").
 * `source_ref` names the message (e.g. "INBOX <message-id>"); `channel`
 * is the channel name; customer_from_sender fills customer.email from
 * the From address when the order has none. The template of the From
 * address (imap_extract_template) applies when `s` has one; when `s` has
 * any `senders`, the dead letters of attachments name the From address
 * ("<source_ref> from a@b.cn att 2 orders.csv:14") so that a retry of
 * them finds the template again. Everything is borrowed;
 * `raw` may contain NUL bytes. Returns 0; OD_ENOMEM; or, when a reader
 * meets content past one of its limits, that reader's code (OD_ETOOBIG,
 * OD_EINVAL) with its detail, never reported as OD_ENOMEM: the caller
 * keeps the whole message as one dead letter (imap.c does). On failure
 * `out` may hold part of the message: the caller discards the batch. */
int imap_extract(const struct imap_extract_settings *s, const char *channel, const char *source_ref,
                 const char *raw, size_t len, bool customer_from_sender, struct od_batch *out);

/* Retry a dead letter that imap_extract() made, with the current
 * settings (for the connector's reparse callback). A source_ref naming
 * an attachment ("<ref> att 2 orders.csv:14") is read as that file (its
 * raw is the rows, or the attachment's bytes); any other is read as a
 * whole message. All or nothing: the orders go to `out` only when
 * nothing is still bad, else OD_EINVAL with the first reason and `out`
 * is untouched. `d` and `s` are borrowed. Rows retried on their own
 * have no Date or From: placed_at and customer.email stay as the rows
 * give them; the sender's template applies when the source_ref names
 * the From address ("... from a@b.cn att 2 ..."), a whole message's by
 * its From. 0, OD_EINVAL or OD_ENOMEM. */
int imap_extract_reparse(const struct imap_extract_settings *s, const char *channel,
                         const struct od_dead_letter *d, bool customer_from_sender,
                         struct od_batch *out);

/* Read one bare document (a file on disk: .pdf, .xlsx, .xls, .csv,
 * .tsv, .json, .ndjson, .txt, .html ...) as if it were the only
 * attachment of a mail with no Date, no From and no Message-ID: `name`
 * decides how it is read, like an attachment's file name (its last '/'
 * part is used); a text or HTML file is read like a body. The contract
 * of imap_extract() holds: at least one item is appended to `out`; the
 * orders' raw is what they were read from; a file that gives no order is
 * ONE dead letter holding the whole file with `source_ref` as given and
 * a reason; bad rows among good ones are dead letters of their own
 * ("<source_ref> att 1 <name>:14"), as the channel would store them. An
 * order read from text without an order number gets "file-" and 16 hex
 * digits of the file's SHA-256 as external_id. A file larger than a
 * part of a mail may be (32 MiB) is a dead letter. `data` need not be
 * NUL-terminated and may hold NUL bytes; everything is borrowed.
 * Returns 0, OD_ENOMEM or a reader's code as imap_extract() (then `out`
 * may hold part of the file). */
int imap_extract_file(const struct imap_extract_settings *s, const char *channel,
                      const char *source_ref, const char *name, const char *data, size_t len,
                      struct od_batch *out);

/* imap_extract_file() as if the mail came from `sender` (an address;
 * NULL = none): its template applies (imap_extract_template), so that a
 * template can be checked on a file alone (orderctl extract --sender).
 * The file still has no From: customer.email is not filled. */
int imap_extract_file_from(const struct imap_extract_settings *s, const char *channel,
                           const char *source_ref, const char *name, const char *data, size_t len,
                           const char *sender, struct od_batch *out);

/* The `extract:` settings and customer_from_sender of a configured
 * channel of kind imap, found through its connector's key table (the
 * OD_KEY_SECTION whose table is imap_extract_keys), so that a program
 * can read files the way that channel reads mail. *settings is borrowed
 * from `ch` and lives as long as it. OD_EINVAL (detail names the
 * channel and its kind) for a channel of another kind. */
int imap_extract_channel(const struct od_channel *ch, const struct imap_extract_settings **settings,
                         bool *customer_from_sender);

#endif
