/* Reading a feed file a batch at a time.
 *
 * feed_scan_file() reads a file once, from start to end, in 64 KiB
 * chunks: its SHA-256, how many units it parses into, and whether those
 * units can be read from a byte offset (NDJSON always; CSV when the rows
 * of each order are adjacent, which is how exports write them). After
 * that, feed_read_units() reads only the bytes of the next batch. A file
 * that cannot be streamed (JSON, a binary file, a CSV file with a bad
 * header or with the rows of one order apart) is parsed whole, as
 * before (feed.c). */
#include <errno.h>
#include <gnutls/crypto.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "error.h"
#include "feed.h"
#include "stats.h"

#define CHUNK 65536
/* Private code that stops the CSV parser at a unit boundary. */
#define STOP (-1000)

/* pread `len` bytes at `off` (fewer at the end of the file); timed as
 * reading. */
static int read_at(int fd, uint64_t off, char *buf, size_t len, size_t *got)
{
    uint64_t t0 = od_stats_now();
    ssize_t n;

    do
        n = pread(fd, buf, len, (off_t)off);
    while (n < 0 && errno == EINTR);
    od_stats_add(OD_STAGE_READ, od_stats_now() - t0);
    if (n < 0)
        return od_error_set(OD_EIO, "cannot read: %s", strerror(errno));
    *got = (size_t)n;
    return 0;
}

/* ---- the pass over the whole file ----------------------------------- */

/* A set of 64-bit hashes of external_ids (0 stands for itself as 1). */
struct idset {
    uint64_t *v;
    size_t cap, n;
};

static uint64_t hash_id(const char *s)
{
    uint64_t h = 1469598103934665603ULL;

    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 1099511628211ULL;
    return h ? h : 1;
}

/* Insert `h`; *seen tells whether it was there. */
static int idset_add(struct idset *s, uint64_t h, bool *seen)
{
    size_t i;

    if (2 * (s->n + 1) > s->cap) {
        size_t cap = s->cap ? s->cap * 2 : 1024;
        uint64_t *v = calloc(cap, sizeof(*v));

        if (!v)
            return od_error_set(OD_ENOMEM, "out of memory");
        for (size_t k = 0; k < s->cap; k++) {
            if (!s->v[k])
                continue;
            for (i = s->v[k] & (cap - 1); v[i]; i = (i + 1) & (cap - 1))
                ;
            v[i] = s->v[k];
        }
        free(s->v);
        s->v = v;
        s->cap = cap;
    }
    for (i = h & (s->cap - 1); s->v[i]; i = (i + 1) & (s->cap - 1)) {
        if (s->v[i] == h) {
            *seen = true;
            return 0;
        }
    }
    s->v[i] = h;
    s->n++;
    *seen = false;
    return 0;
}

struct scan_csv {
    struct feed_scan *sc;
    struct od_buf id, prev;
    bool have_prev; /* the previous row had an external_id (in prev) */
    bool data;      /* past the header */
    struct idset seen;
};

static int scan_record(void *ud, const struct od_csv_record *rec)
{
    struct scan_csv *x = ud;
    struct feed_scan *sc = x->sc;
    bool seen;
    int rc;

    if (!feed_csv_has_header(sc->csv)) {
        if (feed_csv_blank(rec))
            return 0;
        rc = feed_csv_add(sc->csv, rec);
        if (rc == 0 && feed_csv_map(sc->csv) < 0)
            rc = STOP; /* parsed whole: the file is one dead letter */
        return rc;
    }
    if (!x->data) {
        x->data = true;
        sc->data_off = rec->offset;
        sc->data_line = rec->line;
        sc->stream = true;
    }
    if (feed_csv_blank(rec))
        return 0;
    if (!feed_csv_id(sc->csv, rec, &x->id)) {
        x->have_prev = false;
        sc->units++;
        return 0;
    }
    if (x->have_prev && strcmp(x->id.data, x->prev.data) == 0)
        return 0;
    rc = idset_add(&x->seen, hash_id(x->id.data), &seen);
    if (rc < 0)
        return rc;
    if (seen) {
        sc->stream = false; /* rows of one order apart: group the whole file */
        return STOP;
    }
    od_buf_reset(&x->prev);
    rc = od_buf_add(&x->prev, x->id.data, x->id.len);
    if (rc < 0)
        return rc;
    x->have_prev = true;
    sc->units++;
    return 0;
}

/* NDJSON: count the lines that are not blank. */
struct scan_nd {
    bool at_start; /* before the first byte (a BOM may follow) */
    bool filled;   /* the current line has a byte other than space, tab, CR */
};

static void scan_ndjson(struct scan_nd *x, struct feed_scan *sc, const char *d, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        if (d[i] == '\n') {
            sc->units += x->filled;
            x->filled = false;
        } else if (d[i] != ' ' && d[i] != '\t' && d[i] != '\r') {
            x->filled = true;
        }
    }
}

void feed_scan_clear(struct feed_scan *sc)
{
    if (!sc)
        return;
    feed_csv_free(sc->csv);
    memset(sc, 0, sizeof(*sc));
}

int feed_scan_file(const struct orderfile_opts *s, int fd, uint64_t max, struct feed_scan *out)
{
    struct feed_scan sc = {0};
    struct scan_csv xc = {.sc = &sc};
    struct scan_nd xn = {.at_start = true};
    struct od_csv *p = NULL;
    struct od_conv *conv = NULL;
    gnutls_hash_hd_t h = NULL;
    unsigned char dig[32];
    char *chunk = NULL;
    bool csv = false, ndjson = false, parsing = true;
    uint64_t off = 0;
    int rc = 0;

    chunk = malloc(CHUNK);
    if (!chunk || gnutls_hash_init(&h, GNUTLS_DIG_SHA256) < 0) {
        rc = od_error_set(OD_ENOMEM, "out of memory");
        goto out;
    }
    od_buf_init(&xc.id, 1 << 20);
    od_buf_init(&xc.prev, 1 << 20);
    if (strcmp(s->format, "ndjson") == 0) {
        /* A charset iconv does not know makes the file a dead letter. */
        ndjson = od_conv_open(s->encoding, &conv) == 0;
        sc.stream = ndjson;
        sc.data_line = 1;
    } else if (strcmp(s->format, "csv") == 0 && feed_csv_new(s, &sc.csv) == 0) {
        csv = true;
        rc = od_csv_new(s->delimiter, NULL, scan_record, &xc, &p);
        if (rc < 0)
            goto out;
    }
    parsing = csv || ndjson;
    for (;;) {
        size_t n;

        rc = read_at(fd, off, chunk, CHUNK, &n);
        if (rc < 0)
            goto out;
        if (n == 0)
            break;
        if (off + n > max) {
            rc = od_error_set(OD_ETOOBIG, "file grew past max_file_size (%llu)",
                              (unsigned long long)max);
            goto out;
        }
        {
            uint64_t t0 = od_stats_now();

            gnutls_hash(h, chunk, n);
            od_stats_add(OD_STAGE_READ, od_stats_now() - t0);
        }
        if (parsing && memchr(chunk, '\0', n)) {
            parsing = false; /* binary: parsed whole, one dead letter */
            sc.stream = false;
        }
        if (parsing && ndjson) {
            size_t skip = 0;

            if (xn.at_start && n >= 3 && memcmp(chunk, "\xEF\xBB\xBF", 3) == 0)
                skip = 3;
            if (xn.at_start)
                sc.data_off = skip;
            xn.at_start = false;
            scan_ndjson(&xn, &sc, chunk + skip, n - skip);
        } else if (parsing && csv) {
            rc = od_csv_feed(p, chunk, n);
            if (rc == STOP) {
                parsing = false;
                rc = 0;
            }
            if (rc < 0)
                goto out;
        }
        off += n;
    }
    if (parsing && csv) {
        rc = od_csv_finish(p);
        if (rc == STOP)
            rc = 0;
        if (rc < 0)
            goto out;
    }
    if (parsing && ndjson)
        sc.units += xn.filled;
    if (csv && feed_csv_has_header(sc.csv) && feed_csv_map(sc.csv) == 0 && !xc.data && parsing) {
        /* A header and nothing after it: no units. */
        sc.stream = true;
        sc.data_off = off;
        sc.data_line = 1;
    }
    if (!parsing && !sc.stream)
        sc.units = 0; /* counted by the whole parse */
    if (!sc.stream) {
        feed_csv_free(sc.csv);
        sc.csv = NULL;
    }
    gnutls_hash_deinit(h, dig);
    h = NULL;
    for (int i = 0; i < 32; i++)
        snprintf(sc.sha + 2 * i, 3, "%02x", dig[i]);
    sc.size = off;
    *out = sc;
    memset(&sc, 0, sizeof(sc));
out:
    if (h)
        gnutls_hash_deinit(h, NULL);
    free(chunk);
    free(xc.seen.v);
    od_buf_free(&xc.id);
    od_buf_free(&xc.prev);
    od_csv_free(p);
    od_conv_free(conv);
    feed_scan_clear(&sc);
    return rc;
}

/* ---- one batch ------------------------------------------------------- */

struct read_csv {
    struct feed_csv *csv;
    struct od_buf id, cur;
    bool have_cur;
    size_t started, max;
    uint64_t stop_off, stop_line;
    bool stopped;
};

static int read_record(void *ud, const struct od_csv_record *rec)
{
    struct read_csv *x = ud;
    bool has_id;
    int rc;

    if (feed_csv_blank(rec))
        return 0;
    has_id = feed_csv_id(x->csv, rec, &x->id);
    if (!has_id || !x->have_cur || strcmp(x->id.data, x->cur.data) != 0) {
        if (x->started == x->max) {
            x->stop_off = rec->offset;
            x->stop_line = rec->line;
            x->stopped = true;
            return STOP;
        }
        x->started++;
        x->have_cur = has_id;
        od_buf_reset(&x->cur);
        if (has_id) {
            rc = od_buf_add(&x->cur, x->id.data, x->id.len);
            if (rc < 0)
                return rc;
        }
    }
    return feed_csv_add(x->csv, rec);
}

static int read_csv_units(const struct orderfile_opts *s, const char *channel, const char *name,
                          int fd, struct feed_scan *sc, uint64_t off, uint64_t line, size_t max,
                          struct feed_units *out, uint64_t *end_off, uint64_t *end_line)
{
    struct read_csv x = {.csv = sc->csv, .max = max};
    struct od_csv *p = NULL;
    char *chunk = malloc(CHUNK);
    int rc;

    od_buf_init(&x.id, 1 << 20);
    od_buf_init(&x.cur, 1 << 20);
    if (!chunk) {
        rc = od_error_set(OD_ENOMEM, "out of memory");
        goto out;
    }
    rc = od_csv_new(s->delimiter, NULL, read_record, &x, &p);
    if (rc < 0)
        goto out;
    od_csv_start_at(p, off, line);
    while (off < sc->size && !x.stopped) {
        size_t want = sc->size - off < CHUNK ? (size_t)(sc->size - off) : CHUNK, n;

        rc = read_at(fd, off, chunk, want, &n);
        if (rc == 0 && n == 0)
            rc = od_error_set(OD_EIO, "file shorter than when it was read");
        if (rc < 0)
            goto out;
        rc = od_csv_feed(p, chunk, n);
        if (rc < 0 && rc != STOP)
            goto out;
        off += n;
    }
    if (!x.stopped) {
        rc = od_csv_finish(p);
        if (rc < 0 && rc != STOP)
            goto out;
    }
    rc = feed_csv_emit(sc->csv, channel, name, out);
    if (rc < 0)
        goto out;
    *end_off = x.stopped ? x.stop_off : sc->size;
    *end_line = x.stopped ? x.stop_line : 0;
out:
    if (rc < 0)
        feed_csv_reset(sc->csv);
    od_csv_free(p);
    od_buf_free(&x.id);
    od_buf_free(&x.cur);
    free(chunk);
    return rc;
}

static int read_ndjson_units(const struct orderfile_opts *s, const char *channel, const char *name,
                             int fd, struct feed_scan *sc, uint64_t off, uint64_t line, size_t max,
                             struct feed_units *out, uint64_t *end_off, uint64_t *end_line)
{
    struct od_conv *conv = NULL;
    struct od_buf win, text;
    size_t pos = 0, before = out->n;
    uint64_t next_read = off;
    int rc;

    od_buf_init(&win, (size_t)sc->size + 1);
    od_buf_init(&text, (size_t)1 << 31);
    rc = od_conv_open(s->encoding, &conv);
    if (rc < 0)
        goto out;
    while (out->n - before < max) {
        const char *nl = win.len > pos ? memchr(win.data + pos, '\n', win.len - pos) : NULL;
        size_t end, next;

        if (!nl && next_read < sc->size) {
            char chunk[CHUNK];
            size_t want = sc->size - next_read < CHUNK ? (size_t)(sc->size - next_read) : CHUNK;
            size_t n;

            rc = read_at(fd, next_read, chunk, want, &n);
            if (rc == 0 && n == 0)
                rc = od_error_set(OD_EIO, "file shorter than when it was read");
            if (rc == 0)
                rc = od_buf_add(&win, chunk, n);
            if (rc < 0)
                goto out;
            next_read += n;
            continue;
        }
        if (pos >= win.len)
            break; /* end of file */
        end = nl ? (size_t)(nl - win.data) : win.len;
        next = nl ? end + 1 : win.len;
        rc = feed_ndjson_line(s, conv, &text, channel, name, line, win.data + pos, end - pos,
                              next - pos, out);
        if (rc < 0)
            goto out;
        pos = next;
        line++;
    }
    *end_off = off + pos;
    *end_line = line;
out:
    od_buf_free(&win);
    od_buf_free(&text);
    od_conv_free(conv);
    return rc;
}

int feed_read_units(const struct orderfile_opts *s, const char *channel, const char *name, int fd,
                    struct feed_scan *sc, uint64_t off, uint64_t line, size_t max,
                    struct feed_units *out, uint64_t *end_off, uint64_t *end_line)
{
    if (!sc->stream)
        return od_error_set(OD_EINVAL, "%s is not read a batch at a time", name);
    if (sc->csv)
        return read_csv_units(s, channel, name, fd, sc, off, line, max, out, end_off, end_line);
    return read_ndjson_units(s, channel, name, fd, sc, off, line, max, out, end_off, end_line);
}
