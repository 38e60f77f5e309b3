/* Streaming RFC 4180 CSV parser (push style: feed it chunks of any size).
 *
 * Handles quoted fields with the delimiter, doubled quotes and CR/LF
 * inside; CRLF, LF or lone CR record ends; a final record without a line
 * end; a UTF-8 BOM at the very start (skipped). Works on bytes: any
 * ASCII-compatible encoding (UTF-8, GBK/GB18030, Big5, ISO-8859-x) parses
 * correctly because no trail byte of those encodings is a quote, CR or
 * LF, nor one of the delimiters ',' ';' TAB. Beware other delimiters with
 * double-byte encodings: GBK and Big5 trail bytes cover 0x40-0x7E, so
 * '|' (0x7C) splits characters such as GBK 81 7C. Converting fields to
 * UTF-8 is the caller's job (charset.h).
 *
 * Excel's text guard, a field written `="0012608"` (an equals sign, then a
 * quoted text) so that a spreadsheet keeps its leading zeros, is read as
 * the quoted text (`0012608`), as the spreadsheet shows it.
 *
 * Malformed input (a quote inside an unquoted field, text after a closing
 * quote, an unterminated quoted field at end of input, a field or record
 * over the limits) is reported per record via `error` in the record, and
 * parsing resumes at the next line end, so one bad row never loses the
 * rest of the file. A malformed record is read leniently to its end: a
 * stray quote in an unquoted field is kept as a character and does not
 * open a quoted section, so the record ends at the next line end that is
 * not inside a properly opened quoted field. Only an unterminated opening
 * quote runs on, to the end of input or until the record passes
 * max_record; the error then says where the quote opened.
 *
 * Memory is bounded by the limits whatever the input: past a limit the
 * parser stops storing and reads on to the end of the record. */
#ifndef OD_CSV_H
#define OD_CSV_H

#include <stddef.h>
#include <stdint.h>

struct od_csv;

/* A member left 0 takes its default. */
struct od_csv_limits {
    size_t max_field;  /* bytes in one field; default 64 KiB */
    size_t max_fields; /* fields in one record; default 1024 */
    size_t max_record; /* raw bytes of one record; default 1 MiB */
};

struct od_csv_record {
    size_t n_fields;
    const char *const *fields; /* NUL-terminated, unquoted field values */
    const size_t *lengths;     /* byte lengths (fields may contain NUL) */
    uint64_t line;             /* 1-based line where the record starts */
    uint64_t offset;           /* byte offset of the record in the input
                                  (a skipped BOM counts: the first record
                                  after one is at offset 3) */
    const char *raw;           /* the record's raw bytes as in the input,
                                  including its line end, without a BOM;
                                  only the first max_record bytes of a
                                  record over that limit */
    size_t raw_len;            /* bytes in raw */
    const char *error;         /* NULL, or why the record is malformed
                                  (its first problem; fields are then what
                                  could be read, up to the limits) */
};

/* Called once per record, blank lines included (as one empty field).
 * Everything the record points to is owned by the parser and valid only
 * during the call. Return 0 to go on, or a negative code to stop: the
 * code is returned by od_csv_feed/od_csv_finish unchanged, and the rest of
 * that chunk is not read (do not feed the parser again). */
typedef int (*od_csv_record_cb)(void *ud, const struct od_csv_record *rec);

/* `delim` is the field delimiter (',' ';' '\t' '|' ...), not '"', CR or
 * LF. `limits` may be NULL for the defaults. */
int od_csv_new(char delim, const struct od_csv_limits *limits, od_csv_record_cb cb, void *ud,
               struct od_csv **out);
/* Before the first od_csv_feed: the input starts at byte `offset` and
 * line `line` (1-based) of a larger file, at a record boundary. Records
 * and error messages then give positions in that file, and no BOM is
 * looked for when offset > 0. For reading a file from a saved position. */
void od_csv_start_at(struct od_csv *p, uint64_t offset, uint64_t line);
int od_csv_feed(struct od_csv *p, const char *data, size_t len);
/* Flush the last record (one without a line end, or one ended by a CR
 * that could still have been followed by an LF). A second call does
 * nothing. */
int od_csv_finish(struct od_csv *p);
void od_csv_free(struct od_csv *p);

/* Writing: append `v` to `b` as one field of a comma-separated record,
 * quoted (with doubled quotes) when it holds a comma, a quote, CR or LF;
 * nothing for NULL. Returns what od_buf_add returns (OD_ETOOBIG past the
 * buffer's cap; the buffer is then left with part of the field). */
struct od_buf;
int od_csv_add_field(struct od_buf *b, const char *v);
/* The same for a text a customer or a platform wrote, in a file a
 * spreadsheet opens: one that starts with = + - @ TAB or CR would be read
 * as a formula, so it gets a ' before it (OWASP's advice on CSV
 * injection); the ' is inside the quotes when the field is quoted. */
int od_csv_add_text(struct od_buf *b, const char *v);

#endif
