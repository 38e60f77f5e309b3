/* Reference data import: a CSV file of one kind (customers, products,
 * sku_map, inventory, price_lists, blacklist) upserted into its table
 * (migrations/0002_reference.sql, docs/reference-data.md).
 *
 * The header row names the columns. Every kind has required columns
 * (its key, and the value without which a row means nothing); the other
 * columns of the kind are optional and may be left out of the file. A
 * column the kind does not have, a repeated column or a missing
 * required one fails the whole file. Header names match ignoring ASCII
 * case and surrounding spaces.
 *
 * Upsert: a row whose key is new is inserted, with the defaults of the
 * table for columns the file does not have; a row whose key exists is
 * updated in the columns the file has, and keeps its stored values in
 * the others. Inventory's `reserved` is orderd's own (the sum of its
 * active reservations, `orderctl stock verify`): a file may carry the
 * column (an ERP export often does) but it is never read or written, and
 * the report names it in `ignored`. Within one file the last row of a
 * key wins.
 *
 * Cells: surrounding spaces and tabs are trimmed. An empty cell is NULL
 * in a column that allows it (credit_limit NULL = no limit, valid_to
 * NULL = open, text columns); it rejects the row in a required column
 * and in a column that cannot be NULL (open_balance, blocked, active,
 * multiplier). Amounts are read exactly (od_money_parse);
 * integers are digits with an optional sign (a ".0" / ".00" fraction is
 * accepted); booleans are true/false, 1/0, yes/no, 是/否 (ASCII case
 * ignored); times follow od_time_parse, a time without offset being
 * read as UTC.
 *
 * lib/ does not print: rejected rows go into the report. */
#ifndef OD_IMPORT_H
#define OD_IMPORT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct od_store;
struct od_progress_cb;
struct json_object;

/* Valid rows sent per statement. */
#define OD_IMPORT_BATCH 1000

/* Rejected rows listed in a report; further ones are only counted. */
#define OD_IMPORT_MAX_LISTED 100000

/* The import kinds, NULL-terminated. */
extern const char *const od_import_kinds[];

/* true when `kind` is one of od_import_kinds. */
bool od_import_kind_known(const char *kind);

/* Outcome of one import. Zero it before use; od_import_report_free()
 * releases its contents (it accepts a zeroed report). */
struct od_import_report {
    uint64_t n_read;           /* data rows (blank lines are not rows) */
    uint64_t n_imported;       /* valid rows, all written */
    uint64_t n_rejected;       /* rows refused, each with a reason */
    uint64_t n_new;            /* table rows inserted */
    uint64_t n_updated;        /* table rows updated (a key repeated within one
                                  statement's rows counts once) */
    uint64_t n_below_reserved; /* inventory: rows written whose on_hand is
                                  now below reserved */
    char ignored[128];         /* the file's columns that orderd owns and did
                                  not take ("reserved"), or "" */
    char **rejected;           /* owned: "FILE:LINE: reason", at most
                                  OD_IMPORT_MAX_LISTED of them */
    size_t n_listed;
    size_t cap_listed;
};

void od_import_report_free(struct od_import_report *rep);

/* Import `path` ("-" = standard input) as `kind`, decoding it from
 * `encoding` (NULL = UTF-8; any label od_charset_resolve() knows, e.g.
 * "gb18030"). Streams the file: valid rows are upserted OD_IMPORT_BATCH
 * at a time, one parameterized statement per batch; rejected rows are
 * listed in the report and do not stop the import. The whole import is
 * one transaction on `s`: on success every valid row has landed, on
 * failure none has. `s` is borrowed and must not be inside a
 * transaction.
 * Returns 0 and fills *rep (which the caller frees; rows may have been
 * rejected), or: OD_ENOTFOUND for an unknown kind; OD_EINVAL for an
 * unknown encoding or a bad header (no header row, unknown, repeated or
 * missing required column: the detail is "FILE:LINE: ..." and lists the
 * allowed or required columns); OD_EIO when the file cannot be read;
 * OD_EDB when a statement fails (the transaction is rolled back);
 * OD_ENOMEM. *rep is left alone on failure. `progress` (borrowed; NULL =
 * none) hears the rows read so far after each chunk of the file, with the
 * share of its bytes read when it is a regular file. */
int od_import_csv(struct od_store *s, const char *kind, const char *path, const char *encoding,
                  const struct od_progress_cb *progress, struct od_import_report *rep);

/* ---- the pieces, pure functions (no database), for tests ---- */

/* A header row checked against a kind. */
struct od_import_cols;

/* Check the header names (UTF-8) of a file of `kind`. OD_ENOTFOUND for
 * an unknown kind; OD_EINVAL with a detail for an unknown column
 * (listing the allowed ones), a repeated one, or a missing required one
 * (listing the required ones). Caller owns *out. */
int od_import_cols_new(const char *kind, const char *const *names, size_t n,
                       struct od_import_cols **out);
void od_import_cols_free(struct od_import_cols *c);

/* The columns present, as a PostgreSQL text[] literal ("{ref,name}").
 * Borrowed from `c`. */
const char *od_import_cols_present(const struct od_import_cols *c);

/* The header's columns that are known but never taken (inventory's
 * "reserved"), ", "-separated; NULL when none. Borrowed from `c`. */
const char *od_import_cols_ignored(const struct od_import_cols *c);

/* Validate one data row: `n` UTF-8 cells (vals[i] of lens[i] bytes,
 * NUL-terminated) in header order. On success *out is a JSON object with
 * one member per column of the header (null for an empty cell of a
 * nullable column; amounts and times as strings "12.30",
 * "2026-01-01T00:00:00Z"; integers and booleans as JSON numbers and
 * booleans) plus the computed ones: customers "phone_norm" and the
 * "value_norm" of a phone blacklist entry (od_audit_phone(), so they
 * compare equal to what the audit computes from an order), an e-mail
 * one lower-cased (ASCII), others as given. Caller owns *out.
 * A refused row gives OD_EINVAL with the reason as detail
 * ("credit_limit: '1.2.3' is not an amount: second decimal point");
 * OD_ENOMEM. */
int od_import_row(const struct od_import_cols *c, const char *const *vals, const size_t *lens,
                  size_t n, struct json_object **out);

/* A boolean cell: true/false, 1/0, yes/no (ASCII case ignored), 是/否.
 * OD_EINVAL otherwise; *out set only on success. */
int od_import_bool(const char *s, size_t len, bool *out);

/* An integer cell: optional sign, digits, optionally '.' and zeros;
 * within [min, max]. OD_EINVAL with a detail naming the text otherwise. */
int od_import_int(const char *s, size_t len, int64_t min, int64_t max, int64_t *out);

#endif
