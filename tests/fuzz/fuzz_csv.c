/* libFuzzer target for the CSV parser and the charset converters.
 *
 * The first input byte picks the delimiter and how the rest is cut into
 * chunks; the rest is the CSV text. The input is parsed twice, once in one
 * piece and once in chunks, and both parses must see the same records
 * (compared through a running hash). Every field of every record also
 * goes through od_conv_run as GB18030 and as UTF-8. Small limits make the
 * limit paths reachable. Any broken invariant aborts. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "charset.h"
#include "csv.h"
#include "error.h"

static const struct od_csv_limits limits = {
    .max_field = 64,
    .max_fields = 16,
    .max_record = 256,
};

struct run {
    const uint8_t *input; /* the CSV text, to check raw against */
    size_t len;
    struct od_conv *gb;
    struct od_conv *u8;
    uint64_t hash;
    uint64_t records;
    uint64_t last_offset;
};

static void mix(struct run *r, const void *p, size_t n)
{
    const unsigned char *b = p;

    for (size_t i = 0; i < n; i++) {
        r->hash ^= b[i];
        r->hash *= UINT64_C(1099511628211); /* FNV-1a */
    }
}

static void check(int ok)
{
    if (!ok)
        abort();
}

static int on_record(void *ud, const struct od_csv_record *rec)
{
    struct run *r = ud;
    size_t total = 0;

    check(rec->n_fields >= 1 && rec->n_fields <= limits.max_fields);
    check(rec->raw_len <= limits.max_record);
    check(rec->line >= 1);
    check(r->records == 0 || rec->offset > r->last_offset);
    check(rec->offset + rec->raw_len <= r->len);
    check(memcmp(rec->raw, r->input + rec->offset, rec->raw_len) == 0);
    r->last_offset = rec->offset;
    r->records++;

    mix(r, &rec->n_fields, sizeof(rec->n_fields));
    mix(r, &rec->line, sizeof(rec->line));
    mix(r, &rec->offset, sizeof(rec->offset));
    mix(r, &rec->raw_len, sizeof(rec->raw_len));
    if (rec->error)
        mix(r, rec->error, strlen(rec->error));
    for (size_t i = 0; i < rec->n_fields; i++) {
        struct od_buf out;

        check(rec->lengths[i] <= limits.max_field);
        check(rec->fields[i][rec->lengths[i]] == '\0');
        total += rec->lengths[i];
        mix(r, &rec->lengths[i], sizeof(rec->lengths[i]));
        mix(r, rec->fields[i], rec->lengths[i]);

        /* Four bytes of UTF-8 per input byte is more than either needs. */
        od_buf_init(&out, 4 * limits.max_field + 1);
        check(od_conv_run(r->gb, rec->fields[i], rec->lengths[i], &out) != OD_ETOOBIG);
        od_buf_reset(&out);
        if (od_conv_run(r->u8, rec->fields[i], rec->lengths[i], &out) == 0)
            check(out.len == rec->lengths[i] &&
                  od_utf8_valid(out.data ? out.data : "", out.len, NULL));
        od_buf_free(&out);
    }
    check(total <= rec->raw_len);
    return 0;
}

static uint64_t parse(struct run *r, char delim, size_t first, size_t chunk)
{
    struct od_csv *p = NULL;
    size_t pos;

    r->hash = UINT64_C(14695981039346656037);
    r->records = 0;
    r->last_offset = 0;
    check(od_csv_new(delim, &limits, on_record, r, &p) == 0);
    if (first > r->len)
        first = r->len;
    check(od_csv_feed(p, (const char *)r->input, first) == 0);
    for (pos = first; pos < r->len;) {
        size_t n = chunk < r->len - pos ? chunk : r->len - pos;

        check(od_csv_feed(p, (const char *)r->input + pos, n) == 0);
        pos += n;
    }
    check(od_csv_finish(p) == 0);
    od_csv_free(p);
    mix(r, &r->records, sizeof(r->records));
    return r->hash;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const char delims[] = {',', ';', '\t', '|'};
    struct run r = {0};
    uint64_t whole, chunked;
    unsigned sel;
    size_t chunk;

    if (size < 1)
        return 0;
    sel = data[0];
    r.input = data + 1;
    r.len = size - 1;
    /* bits 0-1: delimiter; bits 2-7: chunk size 1..64 */
    chunk = (size_t)(sel >> 2) + 1;
    check(od_conv_open("GB18030", &r.gb) == 0);
    check(od_conv_open("UTF-8", &r.u8) == 0);

    whole = parse(&r, delims[sel & 3], r.len, 1);
    chunked = parse(&r, delims[sel & 3], chunk / 2, chunk);
    check(whole == chunked);

    od_conv_free(r.gb);
    od_conv_free(r.u8);
    return 0;
}
