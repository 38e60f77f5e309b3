/* Streaming RFC 4180 CSV parser: see csv.h.
 *
 * A byte-at-a-time state machine, so a chunk may end anywhere: inside a
 * quoted field, between the two quotes of a doubled quote, between the CR
 * and LF of a line end, or inside the BOM. A CR that ends a record is held
 * (state S_AFTER_CR) until the next byte shows whether an LF belongs to
 * the same line end, so the record's raw bytes always include its whole
 * line end however the input was cut.
 *
 * The current record is kept in two capped buffers: `raw` (its bytes as
 * read, at most max_record) and `fields` (the unquoted values one after
 * the other, each followed by a NUL). Once a record passes a limit the
 * parser stops storing, goes on reading to the end of the record, and
 * reports it with an error: memory never exceeds the limits.
 *
 * Malformed records are read leniently to their end: a stray quote in an
 * unquoted field, or text after a closing quote, is kept as a literal
 * character, and the record ends at the next line end that is not inside
 * a properly opened quoted field. A stray quote therefore never swallows
 * the rest of the file; an unterminated opening quote does (there is no
 * way to tell where it should have closed) and is reported at the end of
 * the input, or as soon as the record passes max_record. */
#include "csv.h"

#include <inttypes.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "error.h"

#define DEFAULT_MAX_FIELD  ((size_t)64 * 1024)
#define DEFAULT_MAX_FIELDS ((size_t)1024)
#define DEFAULT_MAX_RECORD ((size_t)1024 * 1024)

enum csv_state {
    S_FIELD_START,     /* at the start of a field */
    S_UNQUOTED,        /* inside an unquoted field */
    S_QUOTED,          /* inside a quoted field */
    S_QUOTE_IN_QUOTED, /* a quote inside a quoted field: closing or doubled */
    S_AFTER_CR,        /* a CR ended the record; an LF may follow */
};

static const unsigned char bom[3] = {0xef, 0xbb, 0xbf};

struct od_csv {
    char delim;
    struct od_csv_limits lim;
    od_csv_record_cb cb;
    void *ud;

    enum csv_state state;
    bool in_record;     /* a byte of the current record has been read */
    bool raw_full;      /* the record passed max_record: store nothing more */
    bool fields_closed; /* ...and the field it passed in has been closed */
    bool field_full;    /* the current field passed max_field */
    bool has_error;     /* errbuf holds the record's first error */
    bool prev_cr;       /* the last byte read was a CR (for line counting) */
    bool bom_done;      /* past the point where a BOM may appear */
    size_t bom_seen;    /* BOM bytes matched so far at the start */
    uint64_t line;      /* line of the next byte, 1-based */
    uint64_t offset;    /* offset of the next byte */
    uint64_t rec_line;  /* where the current record started */
    uint64_t rec_offset;
    uint64_t quote_line; /* where the current quoted field opened */

    struct od_buf raw;    /* raw bytes of the record */
    struct od_buf fields; /* field values, each NUL-terminated */
    size_t field_start;   /* offset of the current field in `fields` */
    size_t n_fields;      /* completed fields stored */
    size_t field_no;      /* fields seen, stored or not (for messages) */
    size_t cap_fields;    /* entries allocated in the arrays below */
    size_t *starts;       /* offsets of the stored fields in `fields` */
    size_t *lengths;
    const char **ptrs; /* built just before each callback */
    char errbuf[160];
};

static void set_record_error(struct od_csv *p, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

static void set_record_error(struct od_csv *p, const char *fmt, ...)
{
    va_list ap;

    if (p->has_error)
        return;
    va_start(ap, fmt);
    vsnprintf(p->errbuf, sizeof(p->errbuf), fmt, ap);
    va_end(ap);
    p->has_error = true;
}

int od_csv_new(char delim, const struct od_csv_limits *limits, od_csv_record_cb cb, void *ud,
               struct od_csv **out)
{
    struct od_csv *p = NULL;
    int rc = 0;

    if (delim == '"' || delim == '\r' || delim == '\n') {
        rc = od_error_set(OD_EINVAL, "csv: delimiter 0x%02x cannot be a quote, CR or LF",
                          (unsigned char)delim);
        goto out;
    }
    if (!cb) {
        rc = od_error_set(OD_EINVAL, "csv: no record callback");
        goto out;
    }
    p = calloc(1, sizeof(*p));
    if (!p) {
        rc = od_error_set(OD_ENOMEM, "csv: out of memory creating a parser");
        goto out;
    }
    p->delim = delim;
    p->cb = cb;
    p->ud = ud;
    p->lim.max_field = DEFAULT_MAX_FIELD;
    p->lim.max_fields = DEFAULT_MAX_FIELDS;
    p->lim.max_record = DEFAULT_MAX_RECORD;
    if (limits && limits->max_field)
        p->lim.max_field = limits->max_field;
    if (limits && limits->max_fields)
        p->lim.max_fields = limits->max_fields;
    if (limits && limits->max_record)
        p->lim.max_record = limits->max_record;
    if (p->lim.max_record > SIZE_MAX / 2 || p->lim.max_fields > SIZE_MAX / 2 / sizeof(size_t)) {
        rc = od_error_set(OD_EINVAL, "csv: limits too large");
        goto out;
    }
    p->state = S_FIELD_START;
    p->line = 1;
    /* raw holds at most max_record bytes; fields hold at most as many
     * value bytes as raw plus one NUL per field. */
    od_buf_init(&p->raw, p->lim.max_record + 1);
    od_buf_init(&p->fields, p->lim.max_record + p->lim.max_fields + 1);
    *out = p;
    p = NULL;
out:
    od_csv_free(p);
    return rc;
}

void od_csv_free(struct od_csv *p)
{
    if (!p)
        return;
    od_buf_free(&p->raw);
    od_buf_free(&p->fields);
    free(p->starts);
    free(p->lengths);
    free(p->ptrs);
    free(p);
}

/* Append one byte to a buffer, without a call when there is room. The
 * caller has checked the limit. */
static inline int put(struct od_buf *b, char c)
{
    if (b->len + 1 < b->cap && b->len + 1 < b->toobig) {
        b->data[b->len++] = c;
        b->data[b->len] = '\0';
        return 0;
    }
    return od_buf_addc(b, c);
}

static int field_add(struct od_csv *p, char c)
{
    if (p->raw_full || p->field_full || p->n_fields >= p->lim.max_fields)
        return 0;
    if (p->fields.len - p->field_start >= p->lim.max_field) {
        p->field_full = true;
        if (p->state == S_QUOTED && p->quote_line != p->line)
            set_record_error(p,
                             "field %zu is longer than %zu bytes, in a quoted field opened on "
                             "line %" PRIu64 " (unterminated quote?)",
                             p->field_no + 1, p->lim.max_field, p->quote_line);
        else
            set_record_error(p, "field %zu is longer than %zu bytes", p->field_no + 1,
                             p->lim.max_field);
        return 0;
    }
    return put(&p->fields, c);
}

static int grow_arrays(struct od_csv *p)
{
    size_t n = p->cap_fields ? p->cap_fields * 2 : 16;
    size_t *starts, *lengths;
    const char **ptrs;

    if (n > p->lim.max_fields)
        n = p->lim.max_fields;
    starts = realloc(p->starts, n * sizeof(*starts));
    if (!starts)
        goto nomem;
    p->starts = starts;
    lengths = realloc(p->lengths, n * sizeof(*lengths));
    if (!lengths)
        goto nomem;
    p->lengths = lengths;
    ptrs = realloc(p->ptrs, n * sizeof(*ptrs));
    if (!ptrs)
        goto nomem;
    p->ptrs = ptrs;
    p->cap_fields = n;
    return 0;
nomem:
    return od_error_set(OD_ENOMEM, "csv: out of memory for %zu fields", n);
}

static int end_field(struct od_csv *p)
{
    int rc = 0;

    p->field_no++;
    /* After max_record only the field being read when it passed is kept. */
    if (p->fields_closed)
        goto out;
    if (p->raw_full)
        p->fields_closed = true;
    if (p->n_fields >= p->lim.max_fields) {
        set_record_error(p, "more than %zu fields", p->lim.max_fields);
        goto out;
    }
    if (p->n_fields == p->cap_fields) {
        rc = grow_arrays(p);
        if (rc < 0)
            goto out;
    }
    rc = put(&p->fields, '\0');
    if (rc < 0)
        goto out;
    p->starts[p->n_fields] = p->field_start;
    p->lengths[p->n_fields] = p->fields.len - 1 - p->field_start;
    p->n_fields++;
    p->field_start = p->fields.len;
out:
    p->field_full = false;
    return rc;
}

/* Hand the current record to the callback and start a new one. */
static int emit(struct od_csv *p)
{
    struct od_csv_record rec;
    int rc;

    for (size_t i = 0; i < p->n_fields; i++)
        p->ptrs[i] = p->fields.data + p->starts[i];
    rec.n_fields = p->n_fields;
    rec.fields = p->ptrs;
    rec.lengths = p->lengths;
    rec.line = p->rec_line;
    rec.offset = p->rec_offset;
    rec.raw = p->raw.data ? p->raw.data : "";
    rec.raw_len = p->raw.len;
    rec.error = p->has_error ? p->errbuf : NULL;

    rc = p->cb(p->ud, &rec);

    od_buf_reset(&p->raw);
    od_buf_reset(&p->fields);
    p->field_start = 0;
    p->n_fields = 0;
    p->field_no = 0;
    p->in_record = false;
    p->raw_full = false;
    p->fields_closed = false;
    p->field_full = false;
    p->has_error = false;
    p->state = S_FIELD_START;
    return rc;
}

static void count_byte(struct od_csv *p, unsigned char c)
{
    if (c == '\r' || (c == '\n' && !p->prev_cr))
        p->line++;
    p->prev_cr = c == '\r';
    p->offset++;
}

static int raw_add(struct od_csv *p, char c)
{
    if (p->raw_full)
        return 0;
    if (p->raw.len >= p->lim.max_record) {
        p->raw_full = true;
        if (p->state == S_QUOTED || p->state == S_QUOTE_IN_QUOTED)
            set_record_error(p,
                             "record is longer than %zu bytes, inside a quoted field opened on "
                             "line %" PRIu64 " (unterminated quote?)",
                             p->lim.max_record, p->quote_line);
        else
            set_record_error(p, "record is longer than %zu bytes", p->lim.max_record);
        return 0;
    }
    return put(&p->raw, c);
}

static int end_record(struct od_csv *p)
{
    int rc = end_field(p);

    if (rc < 0)
        return rc;
    return emit(p);
}

/* The field read so far is a lone '=': Excel's text guard `="0012608"`,
 * which spreadsheets and ERP exports write to keep leading zeros, opens
 * with it. */
static bool is_text_guard(const struct od_csv *p)
{
    return p->state == S_UNQUOTED && !p->fields_closed && p->fields.len == p->field_start + 1 &&
           p->fields.data[p->field_start] == '=';
}

static int step(struct od_csv *p, unsigned char c)
{
    int rc = 0;

    if (p->state == S_AFTER_CR) {
        if (c == '\n') {
            rc = raw_add(p, (char)c);
            if (rc < 0)
                goto out;
            count_byte(p, c);
            rc = emit(p);
            goto out;
        }
        rc = emit(p);
        if (rc != 0)
            goto out;
    }
    if (!p->in_record) {
        p->in_record = true;
        p->rec_line = p->line;
        p->rec_offset = p->offset;
    }
    rc = raw_add(p, (char)c);
    if (rc < 0)
        goto out;

    switch (p->state) {
    case S_FIELD_START:
    case S_UNQUOTED:
        if (c == (unsigned char)p->delim) {
            rc = end_field(p);
            p->state = S_FIELD_START;
        } else if (c == '\n') {
            rc = end_record(p);
        } else if (c == '\r') {
            rc = end_field(p);
            p->state = S_AFTER_CR;
        } else if (c == '"' && p->state == S_FIELD_START) {
            p->quote_line = p->line;
            p->state = S_QUOTED;
        } else if (c == '"' && is_text_guard(p)) {
            /* ="0012608": the '=' goes, the quotes open a quoted field. */
            p->fields.len--;
            p->fields.data[p->fields.len] = '\0';
            p->quote_line = p->line;
            p->state = S_QUOTED;
        } else {
            if (c == '"')
                set_record_error(p, "quote inside unquoted field %zu", p->field_no + 1);
            rc = field_add(p, (char)c);
            p->state = S_UNQUOTED;
        }
        break;
    case S_QUOTED:
        if (c == '"')
            p->state = S_QUOTE_IN_QUOTED;
        else
            rc = field_add(p, (char)c);
        break;
    case S_QUOTE_IN_QUOTED:
        if (c == '"') {
            rc = field_add(p, '"');
            p->state = S_QUOTED;
        } else if (c == (unsigned char)p->delim) {
            rc = end_field(p);
            p->state = S_FIELD_START;
        } else if (c == '\n') {
            rc = end_record(p);
        } else if (c == '\r') {
            rc = end_field(p);
            p->state = S_AFTER_CR;
        } else {
            set_record_error(p, "text after the closing quote of field %zu", p->field_no + 1);
            rc = field_add(p, (char)c);
            p->state = S_UNQUOTED;
        }
        break;
    case S_AFTER_CR:
        break; /* handled above */
    }
    /* Count after the switch: a record's line is the line its first byte
     * is on, and a record that ends here has been emitted already. */
    count_byte(p, c);
out:
    return rc;
}

/* Feed the bytes held while checking for a BOM that turned out not to be
 * one. */
static int flush_bom_prefix(struct od_csv *p)
{
    size_t n = p->bom_seen;
    int rc = 0;

    p->bom_done = true;
    p->bom_seen = 0;
    for (size_t i = 0; i < n && rc == 0; i++)
        rc = step(p, bom[i]);
    return rc;
}

void od_csv_start_at(struct od_csv *p, uint64_t offset, uint64_t line)
{
    p->offset = offset;
    p->line = line ? line : 1;
    if (offset > 0)
        p->bom_done = true;
}

int od_csv_feed(struct od_csv *p, const char *data, size_t len)
{
    const unsigned char *d = (const unsigned char *)data;
    size_t i = 0;
    int rc = 0;

    while (!p->bom_done && i < len) {
        if (d[i] != bom[p->bom_seen]) {
            rc = flush_bom_prefix(p);
            if (rc != 0)
                goto out;
            break;
        }
        p->bom_seen++;
        i++;
        if (p->bom_seen == sizeof(bom)) {
            p->bom_done = true;
            p->bom_seen = 0;
            p->offset += sizeof(bom);
        }
    }
    for (; i < len; i++) {
        rc = step(p, d[i]);
        if (rc != 0)
            goto out;
    }
out:
    return rc;
}

int od_csv_finish(struct od_csv *p)
{
    int rc = 0;

    if (!p->bom_done) {
        rc = flush_bom_prefix(p);
        if (rc != 0)
            goto out;
    }
    if (p->state == S_AFTER_CR) {
        rc = emit(p);
        goto out;
    }
    if (!p->in_record)
        goto out;
    if (p->state == S_QUOTED)
        set_record_error(p, "unterminated quoted field opened on line %" PRIu64, p->quote_line);
    rc = end_record(p);
out:
    return rc;
}

/* `v` as one field, after `lead` when it is not NUL. */
static int add_field(struct od_buf *b, char lead, const char *v)
{
    bool quote = strpbrk(v, ",\"\r\n") != NULL;
    int rc = quote ? od_buf_addc(b, '"') : 0;

    if (rc == 0 && lead)
        rc = od_buf_addc(b, lead);
    if (!quote)
        return rc == 0 ? od_buf_adds(b, v) : rc;
    for (; rc == 0 && *v; v++) {
        if (*v == '"')
            rc = od_buf_addc(b, '"');
        if (rc == 0)
            rc = od_buf_addc(b, *v);
    }
    if (rc == 0)
        rc = od_buf_addc(b, '"');
    return rc;
}

int od_csv_add_field(struct od_buf *b, const char *v)
{
    return v ? add_field(b, '\0', v) : 0;
}

int od_csv_add_text(struct od_buf *b, const char *v)
{
    return v ? add_field(b, v[0] && strchr("=+-@\t\r", v[0]) ? '\'' : '\0', v) : 0;
}
