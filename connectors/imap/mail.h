/* Internal interface of the e-mail extraction (connectors/imap/):
 * mime.c walks a message with libetpan and decodes its parts and
 * headers; text.c, items.c, tables.c and orders.c read purchase orders
 * out of plain text (textread.h, with fields.c's labels and value
 * parsers); html.c reduces HTML to text; extract.c puts them together
 * (extract.h). */
#ifndef OD_IMAP_MAIL_H
#define OD_IMAP_MAIL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "buf.h"
#include "extract.h"
#include "fields.h"
#include "model.h"

/* Largest decoded part; a bigger one is cut and flagged. */
#define MAIL_MAX_PART ((size_t)32 << 20)
/* Containers (boundary=, rfc822, digest) a message may declare before
 * libetpan is asked to parse it: its parser recurses once per level. */
#define MAIL_MAX_CONTAINERS 128

enum mail_part_kind {
    MAIL_TEXT,       /* text/plain body */
    MAIL_HTML,       /* text/html body */
    MAIL_ATTACHMENT, /* anything else, or a part with a file name */
};

struct mail_part {
    enum mail_part_kind kind;
    char *filename; /* UTF-8, RFC 2047/2231 decoded; NULL when none */
    char *type;     /* "text/csv", lower case */
    char *charset;  /* the label as given, or NULL */
    char *data;     /* transfer-decoded bytes (NUL-terminated, may hold NUL) */
    size_t len;
    unsigned number;  /* attachments: 1-based in message order; bodies: 0 */
    bool forwarded;   /* inside a message/rfc822 part */
    bool truncated;   /* the message ends inside this part (no closing boundary) */
    bool alternative; /* the HTML version of a text/plain body (multipart/alternative):
                         read only when no body gave an order (Outlook's plain text
                         puts a table one cell per line) */
};

struct mail_msg {
    char *subject;    /* UTF-8 decoded, or NULL */
    char *from_name;  /* UTF-8 decoded, or NULL */
    char *from_addr;  /* addr-spec, or NULL */
    char *message_id; /* without <>, or NULL */
    od_time date;     /* Date header, OD_TIME_NONE when absent or bad */
    struct mail_part *parts;
    size_t n_parts, cap_parts;
    size_t n_attachments; /* attachments seen (also those past the cap) */
    char problem[256];    /* a limit hit or a structure problem, "" when none */
};

struct mail_limits {
    uint64_t max_depth;
    uint64_t max_attachments;
    const char *encoding; /* "auto" or a charset, for unlabelled 8-bit text */
};

/* Parse `raw` into `out` (zeroed by the caller; freed with
 * mail_msg_free even on failure). Bad input is never an error: what
 * cannot be read is skipped and described in out->problem. Returns 0 or
 * OD_ENOMEM. */
int mail_parse(const char *raw, size_t len, const struct mail_limits *lim, struct mail_msg *out);
void mail_msg_free(struct mail_msg *m);

/* Convert text to UTF-8, appended to `out`: with the charset `label`
 * when it is given and works, else by the `encoding` rule ("auto" or
 * NULL: UTF-8 when valid, else GB18030); bytes that still do not
 * convert become '?'. *lossy (may be NULL) tells whether that happened.
 * 0, OD_ENOMEM or OD_ETOOBIG (out's cap). */
int mail_to_utf8(const char *data, size_t len, const char *label, const char *encoding,
                 struct od_buf *out, bool *lossy);

/* Decode a header value: unfold, RFC 2047 encoded words (a word that
 * cannot be decoded is kept as written), other 8-bit text by the
 * `encoding` rule. *out is a new string (caller frees). 0 or OD_ENOMEM. */
int mail_header_decode(const char *s, size_t len, const char *encoding, char **out);

/* Reduce HTML to text (html.c): script/style dropped, <br> <p> <div>
 * <tr> <li> to newlines, <td> <th> to tabs, entities decoded, "> " per
 * <blockquote> level at the start of quoted lines. Appends to `out`.
 * 0, OD_ENOMEM or OD_ETOOBIG. */
int mail_html_to_text(const char *html, size_t len, struct od_buf *out);

/* What the plain-text reader found. */
enum mail_text_outcome {
    MAIL_TEXT_ORDER,   /* out->orders holds one order or more */
    MAIL_TEXT_BAD,     /* an order is there but unusable: out->why says why */
    MAIL_TEXT_NOTHING, /* no order number and no line items */
};

struct mail_text_result {
    struct od_order **orders; /* in text order; owned (mail_text_result_free) */
    size_t n_orders;
    /* Why there is no order (MAIL_TEXT_BAD, MAIL_TEXT_NOTHING), or, beside
     * orders, why another order of the same text was refused ("" when
     * none: every order found is in `orders`). */
    char why[512];
    char bad_id[MAIL_ID_MAX + 1]; /* the order number `why` is about, "" when none */
};

/* Read the purchase orders out of UTF-8 `text` (docs/email-extraction.md:
 * label lines, item lines and tables, quoting, several orders, checks).
 * `fallback_id` is the external_id of the first order when the text
 * names no order number; `subject` (may be NULL) is searched for one
 * before that. The orders are not finished (extract.c applies defaults
 * and od_order_finish); each has o->extraction set: its sources (field
 * path -> "line N") and its doubts (an order with doubts is complete but
 * doubtful, and is held by the audit). `out` is overwritten; free it
 * with mail_text_result_free (also after MAIL_TEXT_BAD / NOTHING).
 * Returns the outcome (>= 0) or OD_ENOMEM. */
int mail_text_parse(const struct imap_extract_settings *s, const char *text, size_t len,
                    const char *subject, const char *fallback_id, struct mail_text_result *out);
void mail_text_result_free(struct mail_text_result *r);

/* The normalized field a CSV header cell names by one of the default or
 * configured labels (fields.c: mail_column_field, else mail_order_field) ("订单号" ->
 * "external_id", "数量" -> "lines.qty"), or NULL. */
const char *mail_header_field(const struct imap_extract_settings *s, const char *cell);

/* listcols.c: the field of a list's header cell (mail_header_field), the columns
 * already mapped in `map` (field -> header) deciding one case: a bare
 * "Item" (or "Article") right of a column that gave the SKU, with no
 * name column yet, is the item's name (lines.title). */
const char *mail_list_column(const struct imap_extract_settings *s, const char *cell,
                             const struct od_strmap *map);

#endif
