/* .xls to a cell grid through FreeXL (xls.h, docs/xls.md).
 *
 * Order of work: the size limit; cfb.c finds and checks the workbook
 * stream; walk() reads its BIFF records once, refusing what FreeXL 1.0.6
 * cannot read safely and keeping what it does not read (formula results,
 * booleans, errors, merged ranges, date formats); then FreeXL opens the
 * bytes from an unlinked temporary file, the sheet is chosen by FreeXL's
 * names and its cells go into the grid, with the walk's cells in place of
 * FreeXL's at the same positions. */
#include "xls.h"

#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include "buf.h"
#include "cfb.h"
#include "error.h"
#include "grid.h"
#include "xlcurrency.h"
#include "xldate.h"
#include "pdf_int.h"
#include "xls_int.h"
#include "xlsx.h"

#ifdef OD_HAVE_FREEXL
#include <freexl.h>

#define DEFAULT_BYTES OD_XLS_DEFAULT_BYTES
#define DEFAULT_CELLS OD_XLS_DEFAULT_CELLS

#define MAX_RECORD      8224    /* FreeXL's record buffer; a longer record ends its reading */
#define MAX_MINI_RECORD 8192    /* in the mini stream, FreeXL refuses a record this long */
#define MAX_SST         1048576 /* FreeXL refuses more shared strings */
#define MAX_XF          8192    /* FreeXL's XF table; more would read past it */
#define MAX_FORMATS     4096    /* custom number formats kept for dates */
#define MAX_SHEETS      4096
#define MAX_ROWS        65536 /* a cell record's row is 16 bits */

/* BIFF record types */
#define R_FORMULA     0x0006
#define R_EOF         0x000A
#define R_DATEMODE    0x0022
#define R_FILEPASS    0x002F
#define R_CONTINUE    0x003C
#define R_BOUNDSHEET  0x0085
#define R_MULRK       0x00BD
#define R_XF          0x00E0
#define R_MERGEDCELLS 0x00E5
#define R_SST         0x00FC
#define R_LABELSST    0x00FD
#define R_DIMENSION   0x0200
#define R_NUMBER      0x0203
#define R_LABEL       0x0204
#define R_BOOLERR     0x0205
#define R_STRING      0x0207
#define R_RK          0x027E
#define R_FORMAT      0x041E
#define R_BOF         0x0809

/* A cell the walk read itself, for sheet `sheet`; or, with text NULL,
 * a mark that FreeXL's number at this place has a date format (FreeXL
 * knows fewer date formats than xldate.c: not the East Asian built-in
 * ones, for one). */
struct wcell {
    unsigned sheet;
    uint32_t row, col;
    enum od_cell_type type;
    char *text; /* owned */
};

struct wmerge {
    unsigned sheet;
    uint32_t r1, r2, c1, c2; /* 0-based, inclusive */
};

struct wsheet {
    uint32_t offset; /* of its BOF in the stream */
    unsigned type;   /* 0 worksheet, 2 chart, ... */
    char cur[16];    /* the one currency its numbers' formats show */
    bool cur_mixed;  /* two different ones: none */
    bool dimension;  /* a DIMENSION record was seen */
    uint64_t rows, cols;
};

struct fmt {
    unsigned id;
    bool date;
    char cur[16]; /* the currency it shows (xlcurrency.h), "" for none */
};

struct wpos {
    uint32_t sheet, row, col;
};

struct walk {
    const unsigned char *s;
    size_t n;
    bool mini;     /* FreeXL reads the workbook from the mini stream (cfb.h) */
    unsigned biff; /* 5 or 8 */
    bool date1904;
    uint64_t max_cells;

    struct wsheet *sheets;
    size_t n_sheets;
    long cur; /* sheet of the substream being read, -1 for none */

    /* FreeXL's shared string parser, replayed (see sst_record) */
    bool sst_started;
    uint32_t sst_count, sst_index, u_len, u_off, u_skip, next_skip;

    unsigned *xf_fmt;
    size_t n_xf;
    struct fmt *fmts;
    size_t n_fmts;

    struct wcell *cells;
    size_t n_cells, cap_cells;
    struct wmerge *merges;
    size_t n_merges, cap_merges;
    struct wpos *pos; /* every cell record's place */
    size_t n_pos, cap_pos;
    long pending; /* cell index waiting for its STRING record, or -1 */
};

static unsigned u16(const unsigned char *p)
{
    return (unsigned)p[0] | (unsigned)p[1] << 8;
}

static uint32_t u32(const unsigned char *p)
{
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

static double f64(const unsigned char *p)
{
    uint64_t v = 0;
    double d;

    for (int i = 7; i >= 0; i--)
        v = v << 8 | p[i];
    memcpy(&d, &v, sizeof(d));
    return d;
}

static int damaged(const char *what, unsigned type)
{
    return od_error_set(OD_EINVAL, "damaged .xls: %s (record 0x%04X)", what, type);
}

static void walk_free(struct walk *w)
{
    for (size_t i = 0; i < w->n_cells; i++)
        free(w->cells[i].text);
    free(w->cells);
    free(w->merges);
    free(w->pos);
    free(w->sheets);
    free(w->xf_fmt);
    free(w->fmts);
}

static int grow(void **arr, size_t *cap, size_t n, size_t elem)
{
    size_t ncap;
    void *p;

    if (n < *cap)
        return 0;
    ncap = *cap ? *cap * 2 : 16;
    p = realloc(*arr, ncap * elem);
    if (!p)
        return od_error_set(OD_ENOMEM, "out of memory");
    *arr = p;
    *cap = ncap;
    return 0;
}

/* --- text and numbers ----------------------------------------------------- */

/* A number as Excel shows it at most: 15 significant digits, so that
 * 12.300000000000001 (12.3 as a double) and a formula's
 * 0.30000000000000004 (3 x 0.1) read "12.3" and "0.3". Excel keeps no
 * more digits than that of a number typed in. */
static void format_double(double v, char *buf, size_t size)
{
    snprintf(buf, size, "%.15g", v);
}

/* BIFF8 characters (8-bit "compressed" UTF-16 or UTF-16LE) as UTF-8,
 * appended to b. Lone surrogates become U+FFFD. */
static int add_chars(struct od_buf *b, const unsigned char *p, size_t n_chars, bool wide)
{
    int rc = 0;

    for (size_t i = 0; rc == 0 && i < n_chars; i++) {
        unsigned c = wide ? u16(p + 2 * i) : p[i];
        char u[4];
        size_t k;

        if (wide && c >= 0xD800 && c <= 0xDBFF && i + 1 < n_chars) {
            unsigned lo = u16(p + 2 * i + 2);

            if (lo >= 0xDC00 && lo <= 0xDFFF) {
                c = 0x10000 + ((c - 0xD800) << 10) + (lo - 0xDC00);
                i++;
            }
        }
        if (c >= 0xD800 && c <= 0xDFFF)
            c = 0xFFFD;
        if (c < 0x80) {
            u[0] = (char)c;
            k = 1;
        } else if (c < 0x800) {
            u[0] = (char)(0xC0 | c >> 6);
            u[1] = (char)(0x80 | (c & 0x3F));
            k = 2;
        } else if (c < 0x10000) {
            u[0] = (char)(0xE0 | c >> 12);
            u[1] = (char)(0x80 | (c >> 6 & 0x3F));
            u[2] = (char)(0x80 | (c & 0x3F));
            k = 3;
        } else {
            u[0] = (char)(0xF0 | c >> 18);
            u[1] = (char)(0x80 | (c >> 12 & 0x3F));
            u[2] = (char)(0x80 | (c >> 6 & 0x3F));
            u[3] = (char)(0x80 | (c & 0x3F));
            k = 4;
        }
        rc = od_buf_add(b, u, k);
    }
    return rc;
}

/* A BIFF8 unicode string at r[p..size) with a 16-bit (`len16`) or 8-bit
 * character count: false when it does not fit in the record. Sets *text
 * (when text is not NULL) to a new UTF-8 copy. */
static bool biff8_string(const unsigned char *r, size_t size, size_t p, bool len16, char **text)
{
    size_t n, need;
    unsigned flags;
    struct od_buf b;

    if (p + (len16 ? 3 : 2) > size)
        return false;
    n = len16 ? u16(r + p) : r[p];
    p += len16 ? 2 : 1;
    flags = r[p++];
    if (flags & 0x08)
        p += 2;
    if (flags & 0x04)
        p += 4;
    need = (flags & 1) ? 2 * n : n;
    if (p > size || need > size - p)
        return false;
    if (!text)
        return true;
    od_buf_init(&b, 4 * n + 1);
    if (add_chars(&b, r + p, n, flags & 1) < 0 || !(*text = od_buf_steal(&b))) {
        od_buf_free(&b);
        return false;
    }
    return true;
}

/* --- the walk --------------------------------------------------------------- */

/* FreeXL's SST parser (parse_SST in freexl.c 1.0.6), replayed with its
 * quirks on the same records: it trusts lengths and skips it reads from
 * the file, assumes that a string split at a record's end ends in the
 * next one, and loses a skip that runs over a record after a split
 * string. Wherever it would read outside the record, refuse the file. */
static int sst_record(struct walk *w, const unsigned char *r, size_t size, unsigned type)
{
    uint64_t p = 0;

    if (!w->sst_started) {
        if (size < 8)
            return damaged("shared strings (SST) too short", type);
        w->sst_count = u32(r + 4);
        if (w->sst_count > MAX_SST)
            return od_error_set(OD_EINVAL, "damaged .xls: more than %d shared strings", MAX_SST);
        w->sst_started = true;
        p = 8;
    } else if (w->u_len > 0) {
        uint64_t len = w->u_len - w->u_off;

        if (size < 1)
            return damaged("shared strings (SST): empty CONTINUE", type);
        p = 1 + ((r[0] & 1) ? 2 * len : len);
        if (p > size)
            return damaged("shared string (SST) longer than two records", type);
        p += w->u_skip;
        w->u_skip = p >= size ? (uint32_t)(p - size) : 0;
        w->u_len = w->u_off = 0;
        w->next_skip = 0;
        w->sst_index++;
    }
    for (uint32_t i = w->sst_index; i < w->sst_count; i++) {
        uint32_t len, skip1 = 0, skip2 = 0;
        uint64_t need;
        unsigned flags;

        if (p >= size)
            return 0;
        p += w->next_skip;
        if (p + 3 > size)
            return damaged("shared strings (SST) past the record's end", type);
        len = u16(r + p);
        flags = r[p + 2];
        p += 3;
        if (flags & 0x08) {
            if (p + 2 > size)
                return damaged("shared strings (SST) past the record's end", type);
            skip2 = u16(r + p);
            p += 2;
        }
        if (flags & 0x04) {
            if (p + 4 > size)
                return damaged("shared strings (SST) past the record's end", type);
            skip1 = u32(r + p);
            p += 4;
        }
        w->u_skip = skip1 + skip2 * 4; /* unsigned arithmetic, as FreeXL */
        w->next_skip = 0;
        w->u_off = 0;
        w->u_len = len;
        need = (flags & 1) ? 2 * (uint64_t)len : len;
        if (need > size - p) {
            w->u_off = (uint32_t)((flags & 1) ? (size - p) / 2 : size - p);
            return 0;
        }
        if (len == 0)
            return damaged("empty shared string (SST)", type);
        p += need + w->u_skip;
        w->next_skip = p >= size ? (uint32_t)(p - size) : 0;
        w->u_len = w->u_off = w->u_skip = 0;
        w->sst_index = i + 1;
    }
    return 0;
}

static bool fmt_is_date(const struct walk *w, unsigned xf)
{
    unsigned id;

    if (xf >= w->n_xf)
        return false;
    id = w->xf_fmt[xf];
    for (size_t i = w->n_fmts; i-- > 0;)
        if (w->fmts[i].id == id)
            return w->fmts[i].date;
    return od_xl_builtin_is_date(id);
}

/* A number of format `xf` in the current sheet: the currency its
 * format shows is the sheet's, or none when two differ. */
static void note_currency(struct walk *w, unsigned xf)
{
    struct wsheet *sh;
    unsigned id;

    if (w->cur < 0 || (size_t)w->cur >= w->n_sheets || xf >= w->n_xf)
        return;
    sh = &w->sheets[w->cur];
    id = w->xf_fmt[xf];
    for (size_t i = w->n_fmts; i-- > 0;) {
        const char *cur = w->fmts[i].cur;

        if (w->fmts[i].id != id)
            continue;
        if (!cur[0] || sh->cur_mixed || strcmp(sh->cur, cur) == 0)
            return;
        if (sh->cur[0]) {
            sh->cur[0] = '\0';
            sh->cur_mixed = true;
            return;
        }
        snprintf(sh->cur, sizeof(sh->cur), "%s", cur);
        return;
    }
}

static int add_wcell(struct walk *w, unsigned row, unsigned col, enum od_cell_type type, char *text)
{
    struct wcell *c;
    int rc;

    if (w->cur < 0) {
        free(text);
        return 0;
    }
    rc = grow((void **)&w->cells, &w->cap_cells, w->n_cells, sizeof(*w->cells));
    if (rc == 0 && w->n_cells >= w->max_cells)
        rc = od_error_set(OD_EINVAL, "more than %llu cells", (unsigned long long)w->max_cells);
    if (rc < 0) {
        free(text);
        return rc;
    }
    c = &w->cells[w->n_cells++];
    c->sheet = (unsigned)w->cur;
    c->row = row;
    c->col = col;
    c->type = type;
    c->text = text;
    return 0;
}

static char *dup_text(const char *s)
{
    char *d = strdup(s);

    if (!d)
        od_error_set(OD_ENOMEM, "out of memory");
    return d;
}

static const char *error_text(unsigned code)
{
    switch (code) {
    case 0x00:
        return "#NULL!";
    case 0x07:
        return "#DIV/0!";
    case 0x0F:
        return "#VALUE!";
    case 0x17:
        return "#REF!";
    case 0x1D:
        return "#NAME?";
    case 0x24:
        return "#NUM!";
    case 0x2A:
        return "#N/A";
    default:
        return "#ERROR";
    }
}

/* A number of cell format `xf`: a date or a number, as text. */
static int add_number(struct walk *w, unsigned row, unsigned col, unsigned xf, double v)
{
    char num[40], iso[32];
    bool date = false;
    char *t;

    if (!isfinite(v))
        return 0;
    if (fmt_is_date(w, xf)) {
        snprintf(num, sizeof(num), "%.17g", v);
        date = od_xl_serial_to_iso(num, strlen(num), w->date1904, iso, sizeof(iso));
    }
    if (!date)
        format_double(v, num, sizeof(num));
    t = dup_text(date ? iso : num);
    if (!t)
        return OD_ENOMEM;
    return add_wcell(w, row, col, date ? OD_CELL_DATE : OD_CELL_NUMBER, t);
}

/* Mark a number cell with a date format. */
static int mark_date(struct walk *w, unsigned row, unsigned col, unsigned xf)
{
    struct wcell *c;
    int rc;

    if (w->cur < 0 || !fmt_is_date(w, xf))
        return 0;
    if (w->n_cells >= w->max_cells)
        return od_error_set(OD_EINVAL, "more than %llu cells", (unsigned long long)w->max_cells);
    rc = grow((void **)&w->cells, &w->cap_cells, w->n_cells, sizeof(*w->cells));
    if (rc < 0)
        return rc;
    c = &w->cells[w->n_cells++];
    c->sheet = (unsigned)w->cur;
    c->row = row;
    c->col = col;
    c->type = OD_CELL_DATE;
    c->text = NULL;
    return 0;
}

/* Cell records for n cells from (row, col) on, as FreeXL will store
 * them: kept to find two at one place, and, without a DIMENSION record,
 * for the rectangle FreeXL will allocate. */
static int cell_at(struct walk *w, unsigned row, unsigned col, unsigned n)
{
    struct wsheet *sh;
    int rc;

    if (w->cur < 0 || n == 0)
        return 0;
    sh = &w->sheets[w->cur];
    if (!sh->dimension) {
        if ((uint64_t)row + 1 > sh->rows)
            sh->rows = (uint64_t)row + 1;
        if ((uint64_t)col + n > sh->cols)
            sh->cols = (uint64_t)col + n;
    }
    if (w->n_pos + n > 4 * w->max_cells)
        return od_error_set(OD_EINVAL, "more than %llu cells",
                            (unsigned long long)(4 * w->max_cells));
    for (unsigned i = 0; i < n; i++) {
        rc = grow((void **)&w->pos, &w->cap_pos, w->n_pos, sizeof(*w->pos));
        if (rc < 0)
            return rc;
        w->pos[w->n_pos].sheet = (uint32_t)w->cur;
        w->pos[w->n_pos].row = row;
        w->pos[w->n_pos].col = col + i;
        w->n_pos++;
    }
    return 0;
}

static int cmp_pos(const void *a, const void *b)
{
    const struct wpos *x = a, *y = b;

    if (x->sheet != y->sheet)
        return x->sheet < y->sheet ? -1 : 1;
    if (x->row != y->row)
        return x->row < y->row ? -1 : 1;
    return x->col < y->col ? -1 : x->col > y->col;
}

/* One record of a substream (after its BOF). */
static int record(struct walk *w, unsigned type, const unsigned char *r, size_t size)
{
    bool b8 = w->biff == 8;
    int rc;

    switch (type) {
    case R_FILEPASS:
        return od_error_set(OD_EINVAL, "encrypted .xls (password protected): not read");
    case R_DATEMODE:
        w->date1904 = size >= 2 && u16(r) == 1;
        return 0;
    case R_BOUNDSHEET: {
        size_t n = size > 6 ? r[6] : 0;
        struct wsheet *sh;

        if (size < 8 || n == 0 || (b8 ? 8 + ((r[7] & 1) ? 2 * n : n) > size : 7 + n > size))
            return damaged("bad sheet name", type);
        if (w->n_sheets >= MAX_SHEETS)
            return od_error_set(OD_EINVAL, "damaged .xls: more than %d sheets", MAX_SHEETS);
        sh = realloc(w->sheets, (w->n_sheets + 1) * sizeof(*sh));
        if (!sh)
            return od_error_set(OD_ENOMEM, "out of memory");
        w->sheets = sh;
        sh = &w->sheets[w->n_sheets++];
        memset(sh, 0, sizeof(*sh));
        sh->offset = u32(r);
        sh->type = r[5];
        return 0;
    }
    case R_FORMAT: {
        char *code = NULL;
        struct fmt *f;

        if (b8 ? !biff8_string(r, size, 2, true, &code) : size < 3 || 3 + (size_t)r[2] > size)
            return damaged("bad number format", type);
        if (b8 && (size < 4 || u16(r + 2) == 0)) {
            free(code);
            return damaged("empty number format", type);
        }
        if (w->n_fmts >= MAX_FORMATS) {
            free(code);
            return 0;
        }
        f = realloc(w->fmts, (w->n_fmts + 1) * sizeof(*f));
        if (!f) {
            free(code);
            return od_error_set(OD_ENOMEM, "out of memory");
        }
        w->fmts = f;
        f = &w->fmts[w->n_fmts++];
        f->id = u16(r);
        if (b8) {
            f->date = od_xl_format_is_date(code);
            od_xl_format_currency(code, f->cur, sizeof(f->cur));
        } else {
            char c5[256];

            memcpy(c5, r + 3, r[2]);
            c5[r[2]] = '\0';
            f->date = od_xl_format_is_date(c5);
            od_xl_format_currency(c5, f->cur, sizeof(f->cur));
        }
        free(code);
        return 0;
    }
    case R_XF: {
        unsigned *x;

        if (size < 4)
            return damaged("bad cell format", type);
        if (w->n_xf >= MAX_XF)
            return od_error_set(OD_EINVAL, "damaged .xls: more than %d cell formats", MAX_XF);
        x = realloc(w->xf_fmt, (w->n_xf + 1) * sizeof(*x));
        if (!x)
            return od_error_set(OD_ENOMEM, "out of memory");
        w->xf_fmt = x;
        w->xf_fmt[w->n_xf++] = u16(r + 2);
        return 0;
    }
    case R_DIMENSION:
        if (w->cur < 0)
            return 0;
        if (size < (b8 ? 14u : 10u) || w->sheets[w->cur].dimension)
            return damaged("bad or repeated DIMENSION", type);
        w->sheets[w->cur].dimension = true;
        w->sheets[w->cur].rows = b8 ? u32(r + 4) : u16(r + 2);
        w->sheets[w->cur].cols = b8 ? u16(r + 10) : u16(r + 6);
        /* A cell's row is 16 bits: no sheet has more than 65,536 rows.
         * FreeXL takes more, and with 0 columns the sheet's area is 0 for
         * the check below while freexl_cells() would walk every row (2^31
         * rows took 11 s under ASan: found by fuzz_xls). */
        if (w->sheets[w->cur].rows > MAX_ROWS)
            return damaged("DIMENSION of more than 65536 rows", type);
        return 0;
    case R_NUMBER:
    case R_RK:
    case R_LABELSST:
        if (size < (type == R_NUMBER ? 14u : 10u))
            return damaged("cell record too short", type);
        rc = cell_at(w, u16(r), u16(r + 2), 1);
        if (rc < 0 || type == R_LABELSST)
            return rc;
        note_currency(w, u16(r + 4));
        return mark_date(w, u16(r), u16(r + 2), u16(r + 4));
    case R_MULRK:
        if (size < 6)
            return damaged("cell record too short", type);
        /* FreeXL reads the (xf, RK) pairs while off + 6 < size */
        rc = cell_at(w, u16(r), u16(r + 2), size > 10 ? (unsigned)((size - 10 + 5) / 6) : 0);
        if (rc < 0)
            return rc;
        for (size_t off = 4, i = 0; off + 6 < size; off += 6, i++) {
            note_currency(w, u16(r + off));
            rc = mark_date(w, u16(r), (unsigned)(u16(r + 2) + i), u16(r + off));
            if (rc < 0)
                return rc;
        }
        return 0;
    case R_LABEL:
        if (b8 ? !biff8_string(r, size, 6, true, NULL) || u16(r + 6) == 0
               : size < 8 || 8 + (size_t)u16(r + 6) > size)
            return damaged("text longer than its record", type);
        return cell_at(w, u16(r), u16(r + 2), 1);
    case R_BOOLERR: {
        char *t;

        if (size < 8)
            return damaged("cell record too short", type);
        rc = cell_at(w, u16(r), u16(r + 2), 1);
        if (rc < 0)
            return rc;
        t = dup_text(r[7] ? error_text(r[6]) : r[6] ? "TRUE" : "FALSE");
        if (!t)
            return OD_ENOMEM;
        return add_wcell(w, u16(r), u16(r + 2), r[7] ? OD_CELL_TEXT : OD_CELL_BOOL, t);
    }
    case R_FORMULA: {
        unsigned row, col, xf;
        char *t = NULL;

        if (size < 20)
            return damaged("formula record too short", type);
        row = u16(r);
        col = u16(r + 2);
        xf = u16(r + 4);
        if (u16(r + 12) != 0xFFFF)
            return add_number(w, row, col, xf, f64(r + 6));
        switch (r[6]) {
        case 0: /* text, in the STRING record that follows */
            t = dup_text("");
            if (!t)
                return OD_ENOMEM;
            rc = add_wcell(w, row, col, OD_CELL_TEXT, t);
            if (rc == 0 && w->cur >= 0)
                w->pending = (long)w->n_cells - 1;
            return rc;
        case 1:
            t = dup_text(r[8] ? "TRUE" : "FALSE");
            return t ? add_wcell(w, row, col, OD_CELL_BOOL, t) : OD_ENOMEM;
        case 2:
            t = dup_text(error_text(r[8]));
            return t ? add_wcell(w, row, col, OD_CELL_TEXT, t) : OD_ENOMEM;
        default:
            return 0; /* an empty string */
        }
    }
    case R_STRING: {
        char *t = NULL;
        struct wcell *c;

        if (w->pending < 0)
            return 0;
        c = &w->cells[w->pending];
        w->pending = -1;
        if (b8) {
            /* a result longer than the record goes on in CONTINUE
             * records: only this record's part is kept */
            if (size >= 3) {
                size_t n = u16(r);
                bool wide = r[2] & 1;
                size_t have = wide ? (size - 3) / 2 : size - 3;
                struct od_buf b;

                od_buf_init(&b, 4 * MAX_RECORD);
                if (add_chars(&b, r + 3, n < have ? n : have, wide) < 0) {
                    od_buf_free(&b);
                    return od_error_set(OD_ENOMEM, "out of memory");
                }
                t = od_buf_steal(&b);
            }
        } else if (size >= 2) {
            size_t n = u16(r) < size - 2 ? u16(r) : size - 2;

            t = strndup((const char *)r + 2, n); /* code page text: see docs/xls.md */
        }
        if (!t)
            return 0;
        free(c->text);
        c->text = t;
        return 0;
    }
    case R_MERGEDCELLS: {
        size_t n;

        if (w->cur < 0)
            return 0;
        n = size >= 2 ? u16(r) : 0;
        if (2 + 8 * n > size)
            return damaged("bad merged ranges", type);
        for (size_t i = 0; i < n; i++) {
            const unsigned char *m = r + 2 + 8 * i;
            struct wmerge *g;

            rc = grow((void **)&w->merges, &w->cap_merges, w->n_merges, sizeof(*w->merges));
            if (rc < 0)
                return rc;
            g = &w->merges[w->n_merges++];
            g->sheet = (unsigned)w->cur;
            g->r1 = u16(m);
            g->r2 = u16(m + 2);
            g->c1 = u16(m + 4);
            g->c2 = u16(m + 6);
        }
        return 0;
    }
    default:
        return 0;
    }
}

/* Walk the records as FreeXL will: it ends at the stream's end, at a
 * record longer than its buffer, or at a zero record; the first record
 * must be a BIFF5 or BIFF8 BOF, and after each EOF another BOF. */
static int walk(struct walk *w)
{
    size_t off = 0;
    int state = -1; /* FreeXL's ok_bof */
    long last = -1; /* the sheet of the last BOF: FreeXL's active sheet at the end */
    unsigned prev = 0;
    uint64_t area = 0;
    int rc;

    w->cur = -1;
    w->pending = -1;
    while (off + 4 <= w->n) {
        unsigned type = u16(w->s + off), size = u16(w->s + off + 2);
        const unsigned char *r = w->s + off + 4;

        /* Where FreeXL stops reading, as cfb.h says: from the mini stream
         * it reads on past a record of type 0 and size 0 (records after
         * it went unchecked here, and a FORMAT record among them whose
         * text claims more than the record made FreeXL read past its
         * buffer: found by fuzz_xls). */
        if (w->mini && size >= MAX_MINI_RECORD)
            return damaged("record of 8192 bytes or more in the mini stream", type);
        if (!w->mini && ((type == 0 && size == 0) || size > MAX_RECORD))
            break;
        if (size > w->n - off - 4)
            return damaged("record cut short", type);
        if (type == R_CONTINUE) {
            if (prev == R_SST) {
                rc = sst_record(w, r, size, type);
                if (rc < 0)
                    return rc;
            }
            off += 4 + (size_t)size;
            continue;
        }
        prev = type;
        if (state != 1) {
            if (type != R_BOF || size < 4 || (state == -1 && u16(r) != 0x0600 && u16(r) != 0x0500))
                return od_error_set(OD_EINVAL, state == -1 ? "not an Excel 97-2003 (.xls) file"
                                                           : "damaged .xls: no BOF after EOF");
            if (state == -1) {
                w->biff = u16(r) == 0x0600 ? 8 : 5;
            } else {
                w->cur = -1;
                for (size_t i = 0; i < w->n_sheets; i++)
                    if (w->sheets[i].offset == off) {
                        w->cur = (long)i;
                        break;
                    }
                last = w->cur;
            }
            state = 1;
        } else if (type == R_EOF) {
            state = 0;
            w->cur = -1;
        } else if (type == R_SST) {
            rc = sst_record(w, r, size, type);
            if (rc < 0)
                return rc;
        } else {
            rc = record(w, type, r, size);
            if (rc < 0)
                return rc;
        }
        off += 4 + (size_t)size;
    }
    if (state == -1)
        return od_error_set(OD_EINVAL, "not an Excel 97-2003 (.xls) file");
    /* FreeXL loses the text of a cell that a second record overwrites */
    if (w->n_pos > 1)
        qsort(w->pos, w->n_pos, sizeof(*w->pos), cmp_pos);
    for (size_t i = 1; i < w->n_pos; i++)
        if (cmp_pos(&w->pos[i - 1], &w->pos[i]) == 0)
            return od_error_set(OD_EINVAL, "damaged .xls: two cells at R%uC%u of sheet %u",
                                w->pos[i].row + 1, w->pos[i].col + 1, w->pos[i].sheet + 1);
    /* FreeXL allocates rows x columns cells for every sheet. For a sheet
     * without a DIMENSION record it allocates them for its active sheet
     * (the last one read) instead, losing that sheet's cells if it had
     * any: only the last sheet read may lack one. */
    for (size_t i = 0; i < w->n_sheets; i++) {
        const struct wsheet *sh = &w->sheets[i];

        if (!sh->dimension && (long)i != last)
            return od_error_set(OD_EINVAL, "damaged .xls: sheet %zu has no DIMENSION record",
                                i + 1);

        area += sh->rows * sh->cols;
        if (area > 4 * w->max_cells)
            return od_error_set(OD_EINVAL,
                                "more than %llu cells (sheet %zu spans %llu rows x %llu columns)",
                                (unsigned long long)(4 * w->max_cells), i + 1,
                                (unsigned long long)sh->rows, (unsigned long long)sh->cols);
    }
    return 0;
}

/* --- FreeXL ------------------------------------------------------------------- */

static const char *freexl_says(int rc)
{
    switch (rc) {
    case FREEXL_INVALID_CFBF_HEADER:
    case FREEXL_CFBF_INVALID_SIGNATURE:
        return "bad compound file header";
    case FREEXL_CFBF_READ_ERROR:
    case FREEXL_CFBF_SEEK_ERROR:
        return "read error in the compound file";
    case FREEXL_CFBF_INVALID_SECTOR_SIZE:
        return "bad sector size";
    case FREEXL_CFBF_EMPTY_FAT_CHAIN:
        return "empty FAT chain";
    case FREEXL_CFBF_ILLEGAL_FAT_ENTRY:
        return "illegal FAT entry";
    case FREEXL_BIFF_INVALID_BOF:
        return "invalid BOF record";
    case FREEXL_BIFF_INVALID_SST:
        return "invalid shared strings (SST)";
    case FREEXL_BIFF_ILLEGAL_SST_INDEX:
        return "shared string index out of range";
    case FREEXL_BIFF_WORKBOOK_NOT_FOUND:
        return "no workbook stream";
    case FREEXL_INVALID_CHARACTER:
        return "invalid character in text";
    case FREEXL_UNSUPPORTED_CHARSET:
        return "unsupported code page";
    case FREEXL_ILLEGAL_CELL_ROW_COL:
        return "cell outside the sheet's dimensions";
    case FREEXL_ILLEGAL_RK_VALUE:
        return "bad RK number";
    case FREEXL_INVALID_MINI_STREAM:
        return "bad mini stream";
    case FREEXL_CFBF_ILLEGAL_MINI_FAT_ENTRY:
        return "illegal miniFAT entry";
    case FREEXL_CRAFTED_FILE:
        return "inconsistent records (crafted file?)";
    default:
        return "unreadable";
    }
}

/* An unlinked temporary file holding data[0..len); *ret_fd on success. */
static int temp_file(const char *data, size_t len, int *ret_fd)
{
    const char *dir = getenv("TMPDIR");
    char path[4096];
    int fd, rc = 0;

    if (!dir || !*dir)
        dir = "/tmp";
    fd = open(dir, O_TMPFILE | O_RDWR | O_CLOEXEC, 0600);
    if (fd < 0) {
        if ((size_t)snprintf(path, sizeof(path), "%s/orderd-xls-XXXXXX", dir) >= sizeof(path))
            return od_error_set(OD_EIO, "temporary file for the .xls: path too long");
        fd = mkostemp(path, O_CLOEXEC);
        if (fd < 0)
            return od_error_set(OD_EIO, "temporary file for the .xls in %s: %s", dir,
                                strerror(errno));
        unlink(path);
    }
    for (size_t done = 0; done < len;) {
        ssize_t n = write(fd, data + done, len - done);

        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            rc = od_error_set(OD_EIO, "temporary file for the .xls: %s",
                              n < 0 ? strerror(errno) : "short write");
            close(fd);
            return rc;
        }
        done += (size_t)n;
    }
    *ret_fd = fd;
    return 0;
}

/* The number in `num` as an ISO date into iso (may be num itself). */
static bool number_date(const char *num, bool date1904, char *iso, size_t size)
{
    char tmp[32];

    if (!od_xl_serial_to_iso(num, strlen(num), date1904, tmp, sizeof(tmp)))
        return false;
    snprintf(iso, size, "%s", tmp);
    return true;
}

static int cmp_wcell(const void *a, const void *b)
{
    const struct wcell *x = a, *y = b;

    if (x->sheet != y->sheet)
        return x->sheet < y->sheet ? -1 : 1;
    if (x->row != y->row)
        return x->row < y->row ? -1 : 1;
    if (x->col != y->col)
        return x->col < y->col ? -1 : 1;
    return 0;
}

static int cmp_cell_pos(const void *key, const void *elem)
{
    const struct od_cell *k = key, *c = elem;

    if (k->row != c->row)
        return k->row < c->row ? -1 : 1;
    if (k->col != c->col)
        return k->col < c->col ? -1 : 1;
    return 0;
}

/* Which FreeXL sheet to read: *ret_index. */
static int choose_sheet(const void *h, const struct walk *w, const char *want, unsigned *ret_index)
{
    unsigned n = 0, fold = 0, n_fold = 0;
    struct od_buf names;
    int rc = 0;

    if (freexl_get_info(h, FREEXL_BIFF_SHEET_COUNT, &n) != FREEXL_OK)
        n = 0;
    od_buf_init(&names, 512);
    for (unsigned i = 0; i < n && i < 65536; i++) {
        const char *name = NULL;

        if (freexl_get_worksheet_name(h, (unsigned short)i, &name) != FREEXL_OK || !name)
            continue;
        if (!want) {
            if (i < w->n_sheets && w->sheets[i].type == 0) {
                *ret_index = i;
                goto out;
            }
            continue;
        }
        if (strcmp(name, want) == 0) {
            *ret_index = i;
            goto out;
        }
        if (strcasecmp(name, want) == 0) {
            fold = i;
            n_fold++;
        }
        if (names.len < 200)
            od_buf_printf(&names, "%s'%.100s'", names.len ? ", " : "", name);
        else if (names.len < 250 && names.data[names.len - 1] != '.')
            od_buf_adds(&names, ", ...");
    }
    if (want && n_fold == 1)
        *ret_index = fold;
    else if (want)
        rc = od_error_set(OD_EINVAL, "no sheet named '%.100s' (sheets: %s)", want,
                          names.len ? names.data : "none");
    else
        rc = od_error_set(OD_EINVAL, "no worksheet");
out:
    od_buf_free(&names);
    return rc;
}

/* FreeXL's cells of the active sheet, except where the walk has a cell. */
static int freexl_cells(const void *h, const struct walk *w, const struct wcell *mine,
                        size_t n_mine, struct od_grid *g)
{
    unsigned rows = 0;
    unsigned short cols = 0;
    size_t k = 0;
    int rc = 0;

    if (freexl_worksheet_dimensions(h, &rows, &cols) != FREEXL_OK || rows == 0 || cols == 0)
        return 0;
    /* the walk checked these dimensions (rows, and rows x columns over
     * all sheets); a FreeXL that saw others is not walked cell by cell */
    if (rows > MAX_ROWS || (uint64_t)rows * cols > 4 * w->max_cells)
        return od_error_set(OD_EINVAL, "damaged .xls: FreeXL reads a sheet of %u rows x %u columns",
                            rows, (unsigned)cols);
    for (unsigned r = 0; r < rows; r++) {
        for (unsigned c = 0; c < cols; c++) {
            FreeXL_CellValue v;
            char buf[64];
            const char *t = buf;
            enum od_cell_type type = OD_CELL_NUMBER;

            bool date = false;

            while (k < n_mine && (mine[k].row < r || (mine[k].row == r && mine[k].col < c)))
                k++;
            if (k < n_mine && mine[k].row == r && mine[k].col == c) {
                if (mine[k].text)
                    continue; /* the walk's cell */
                date = true;
            }
            if (freexl_get_cell_value(h, r, (unsigned short)c, &v) != FREEXL_OK)
                continue;
            switch (v.type) {
            case FREEXL_CELL_INT:
                snprintf(buf, sizeof(buf), "%d", v.value.int_value);
                if (date && number_date(buf, w->date1904, buf, sizeof(buf)))
                    type = OD_CELL_DATE;
                break;
            case FREEXL_CELL_DOUBLE:
                if (!isfinite(v.value.double_value))
                    continue;
                snprintf(buf, sizeof(buf), "%.17g", v.value.double_value);
                if (date && number_date(buf, w->date1904, buf, sizeof(buf)))
                    type = OD_CELL_DATE;
                else
                    format_double(v.value.double_value, buf, sizeof(buf));
                break;
            case FREEXL_CELL_TEXT:
            case FREEXL_CELL_SST_TEXT:
                if (!v.value.text_value)
                    continue;
                t = v.value.text_value;
                type = OD_CELL_TEXT;
                break;
            case FREEXL_CELL_DATE:
            case FREEXL_CELL_DATETIME:
            case FREEXL_CELL_TIME: {
                char *sp;

                if (!v.value.text_value)
                    continue;
                snprintf(buf, sizeof(buf), "%s", v.value.text_value);
                sp = strchr(buf, ' '); /* "2026-11-20 09:30:00" */
                if (sp)
                    *sp = 'T';
                type = OD_CELL_DATE;
                break;
            }
            default:
                continue;
            }
            if (g->n >= w->max_cells)
                return od_error_set(OD_EINVAL, "more than %llu cells",
                                    (unsigned long long)w->max_cells);
            rc = od_grid_add(g, r, c, type, t, strlen(t), NULL);
            if (rc < 0)
                return rc == OD_ETOOBIG ? OD_EINVAL : rc;
        }
    }
    return 0;
}

/* The checks before FreeXL: the size, the compound file, the walk (into
 * w: walk_free it). */
static int xls_check(const char *data, size_t len, const struct od_xls_limits *lim, struct walk *w)
{
    uint64_t max_bytes = lim && lim->max_bytes ? lim->max_bytes : DEFAULT_BYTES;
    unsigned char *stream = NULL;
    int rc;

    w->max_cells = lim && lim->max_cells ? lim->max_cells : DEFAULT_CELLS;
    if (len > max_bytes) {
        if (max_bytes % (1 << 20) == 0)
            return od_error_set(OD_EINVAL, "larger than %llu MiB",
                                (unsigned long long)(max_bytes >> 20));
        return od_error_set(OD_EINVAL, "larger than %llu bytes", (unsigned long long)max_bytes);
    }
    rc = od_cfb_workbook((const unsigned char *)data, len, &stream, &w->n, &w->mini);
    if (rc < 0)
        return rc;
    w->s = stream;
    rc = walk(w);
    w->s = NULL;
    free(stream);
    return rc;
}

/* Check data[0..len) and open it with FreeXL: *ret_h (close with
 * freexl_close) and the temporary file's *ret_fd (close after it), with
 * the walk in w (walk_free it). */
static int xls_open(const char *data, size_t len, const struct od_xls_limits *lim, struct walk *w,
                    const void **ret_h, int *ret_fd)
{
    const void *h = NULL;
    char path[64];
    int fd = -1, frc, rc;

    rc = xls_check(data, len, lim, w);
    if (rc < 0)
        goto out;
    rc = temp_file(data, len, &fd);
    if (rc < 0)
        goto out;
    snprintf(path, sizeof(path), "/proc/self/fd/%d", fd);
    frc = freexl_open(path, &h);
    if (frc != FREEXL_OK) {
        if (frc == FREEXL_INSUFFICIENT_MEMORY)
            rc = od_error_set(OD_ENOMEM, "out of memory (FreeXL)");
        else if (frc == FREEXL_FILE_NOT_FOUND)
            rc = od_error_set(OD_EIO, "FreeXL cannot open %s (is /proc mounted?)", path);
        else
            rc = od_error_set(OD_EINVAL, "damaged .xls: %s (FreeXL error %d)", freexl_says(frc),
                              frc);
        goto out;
    }
    if (!h) {
        /* FreeXL 1.0.6 reports a record it cannot parse as success with
         * no handle */
        rc = od_error_set(OD_EINVAL, "damaged .xls: FreeXL cannot parse its records");
        goto out;
    }
    *ret_h = h;
    *ret_fd = fd;
    h = NULL;
    fd = -1;
out:
    if (h)
        freexl_close(h);
    if (fd >= 0)
        close(fd);
    return rc;
}

static int read_with_freexl(const void *h, const char *want, struct walk *w, struct od_grid *out)
{
    struct od_grid g = {0};
    const char *name = NULL;
    unsigned idx = 0;
    size_t first, end;
    int rc;

    rc = choose_sheet(h, w, want, &idx);
    if (rc < 0)
        goto out;
    if (freexl_select_active_worksheet(h, (unsigned short)idx) != FREEXL_OK ||
        freexl_get_worksheet_name(h, (unsigned short)idx, &name) != FREEXL_OK) {
        rc = od_error_set(OD_EINVAL, "damaged .xls: sheet %u cannot be selected", idx + 1);
        goto out;
    }
    rc = od_grid_init(&g, OD_GRID_SHEET, name);
    if (rc < 0)
        goto out;
    g.max_cells = w->max_cells < SIZE_MAX ? (size_t)w->max_cells : SIZE_MAX;
    if (idx < w->n_sheets) {
        snprintf(g.money_symbol, sizeof(g.money_symbol), "%s", w->sheets[idx].cur);
        g.money_mixed = w->sheets[idx].cur_mixed;
    }

    /* the walk's cells of this sheet, sorted by position */
    if (w->n_cells > 1)
        qsort(w->cells, w->n_cells, sizeof(*w->cells), cmp_wcell);
    for (first = 0; first < w->n_cells && w->cells[first].sheet < idx; first++)
        ;
    for (end = first; end < w->n_cells && w->cells[end].sheet == idx; end++)
        ;
    rc = freexl_cells(h, w, end > first ? w->cells + first : NULL, end - first, &g);
    for (size_t i = first; rc == 0 && i < end; i++) {
        const struct wcell *c = &w->cells[i];

        if (!c->text)
            continue; /* a date mark */
        if (g.n >= w->max_cells)
            rc = od_error_set(OD_EINVAL, "more than %llu cells", (unsigned long long)w->max_cells);
        else
            rc = od_grid_add(&g, c->row, c->col, c->type, c->text, strlen(c->text), NULL);
        if (rc == OD_ETOOBIG)
            rc = OD_EINVAL;
    }
    if (rc < 0)
        goto out;
    od_grid_sort(&g);
    for (size_t i = 0; i < w->n_merges && g.n; i++) {
        const struct wmerge *m = &w->merges[i];
        struct od_cell key = {.row = m->r1 < m->r2 ? m->r1 : m->r2,
                              .col = m->c1 < m->c2 ? m->c1 : m->c2};
        struct od_cell *c;

        if (m->sheet != idx || (m->r1 == m->r2 && m->c1 == m->c2))
            continue;
        c = bsearch(&key, g.cells, g.n, sizeof(*g.cells), cmp_cell_pos);
        if (c) {
            c->span = (m->c1 < m->c2 ? m->c2 - m->c1 : m->c1 - m->c2) + 1;
            c->rows = (m->r1 < m->r2 ? m->r2 - m->r1 : m->r1 - m->r2) + 1;
        }
    }
    *out = g;
    memset(&g, 0, sizeof(g));
out:
    od_grid_free(&g);
    return rc;
}

#endif /* OD_HAVE_FREEXL */

void od_xls_limits_resolve(const struct od_xls_limits *lim, struct od_xls_limits *out)
{
    static const struct od_xls_limits none;

    if (!lim)
        lim = &none;
    out->max_bytes = lim->max_bytes ? lim->max_bytes : OD_XLS_DEFAULT_BYTES;
    out->max_cells = lim->max_cells ? lim->max_cells : OD_XLS_DEFAULT_CELLS;
    out->max_seconds = lim->max_seconds ? lim->max_seconds : OD_XLS_DEFAULT_SECONDS;
    out->max_memory = lim->max_memory ? lim->max_memory : OD_XLS_DEFAULT_MEMORY;
}

int od_xls_check(const char *data, size_t len, const struct od_xls_limits *lim)
{
#ifdef OD_HAVE_FREEXL
    struct walk w = {0};
    int rc = xls_check(data, len, lim, &w);

    walk_free(&w);
    return rc;
#else
    (void)data;
    (void)len;
    (void)lim;
    return od_error_set(OD_EINVAL, ".xls support is not built in (meson -Dxls=enabled)");
#endif
}

/* In the document worker when one is registered (docworker.c), after the
 * checks that need no FreeXL; else here. */
int od_xls_to_grid(const char *data, size_t len, const char *sheet, const struct od_xls_limits *lim,
                   struct od_grid *out)
{
    char *const *argv = od_doc_worker_argv();
    struct od_xls_limits l;
    int rc;

    if (!argv)
        return od_xls_read_here(data, len, sheet, lim, out);
    od_xls_limits_resolve(lim, &l);
    rc = od_xls_check(data, len, &l);
    return rc < 0 ? rc : od_xls_read_child(argv, data, len, sheet, &l, out, NULL);
}

int od_xls_sheet_names(const char *data, size_t len, const struct od_xls_limits *lim,
                       char ***ret_names)
{
    char *const *argv = od_doc_worker_argv();
    struct od_xls_limits l;
    int rc;

    if (!argv)
        return od_xls_names_here(data, len, lim, ret_names);
    od_xls_limits_resolve(lim, &l);
    rc = od_xls_check(data, len, &l);
    return rc < 0 ? rc : od_xls_read_child(argv, data, len, NULL, &l, NULL, ret_names);
}

int od_xls_read_here(const char *data, size_t len, const char *sheet,
                     const struct od_xls_limits *lim, struct od_grid *out)
{
#ifdef OD_HAVE_FREEXL
    struct walk w = {0};
    const void *h = NULL;
    int fd = -1, rc;

    rc = xls_open(data, len, lim, &w, &h, &fd);
    if (rc == 0)
        rc = read_with_freexl(h, sheet, &w, out);
    if (h)
        freexl_close(h);
    if (fd >= 0)
        close(fd);
    walk_free(&w);
    return rc;
#else
    (void)data;
    (void)len;
    (void)sheet;
    (void)lim;
    (void)out;
    return od_error_set(OD_EINVAL, ".xls support is not built in (meson -Dxls=enabled)");
#endif
}

int od_xls_names_here(const char *data, size_t len, const struct od_xls_limits *lim,
                      char ***ret_names)
{
#ifdef OD_HAVE_FREEXL
    struct walk w = {0};
    const void *h = NULL;
    char **names = NULL;
    unsigned n = 0;
    size_t k = 0;
    int fd = -1, rc;

    rc = xls_open(data, len, lim, &w, &h, &fd);
    if (rc < 0)
        goto out;
    if (freexl_get_info(h, FREEXL_BIFF_SHEET_COUNT, &n) != FREEXL_OK)
        n = 0;
    if (n > w.n_sheets)
        n = (unsigned)w.n_sheets;
    names = calloc((size_t)n + 1, sizeof(*names));
    if (!names) {
        rc = od_error_set(OD_ENOMEM, "out of memory");
        goto out;
    }
    for (unsigned i = 0; i < n; i++) {
        const char *name = NULL;

        if (w.sheets[i].type != 0 ||
            freexl_get_worksheet_name(h, (unsigned short)i, &name) != FREEXL_OK || !name)
            continue;
        names[k] = strdup(name);
        if (!names[k]) {
            rc = od_error_set(OD_ENOMEM, "out of memory");
            goto out;
        }
        k++;
    }
    *ret_names = names;
    names = NULL;
out:
    od_xlsx_names_free(names);
    if (h)
        freexl_close(h);
    if (fd >= 0)
        close(fd);
    walk_free(&w);
    return rc;
#else
    (void)data;
    (void)len;
    (void)lim;
    (void)ret_names;
    return od_error_set(OD_EINVAL, ".xls support is not built in (meson -Dxls=enabled)");
#endif
}
