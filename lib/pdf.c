/* PDF text layer to a cell grid, with poppler-glib. See pdf.h for the
 * contract and docs/pdf.md for the user's view.
 *
 * Per page: poppler gives the page's text (UTF-8, one code point per
 * character, white space between its words and lines) and one rectangle
 * per code point. Both come from the same TextPage, which poppler builds
 * once per page and caches. The text attributes give the font size of each
 * character. Here the characters are cut into runs (poppler's words, also
 * cut where poppler's word would jump), the runs are grouped into lines by
 * their vertical centres and ordered by x, and the gaps between them
 * decide whether they join with nothing, with a space, or start a new
 * cell. poppler's reading order is not used: it follows text blocks and
 * would read a table column by column.
 *
 * od_pdf_to_grid() itself only chooses: in a child process when a worker
 * is registered (docworker.c), else here (od_pdf_read_here). */
#include "pdf.h"

#include <math.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "buf.h"
#include "error.h"
#include "grid.h"
#include "pdf_int.h"

#define HEADER_WINDOW 1024 /* "%PDF-" must start within these bytes (as poppler reads) */

#define NOT_BUILT_IN "PDF support is not built in (meson -Dpdf=enabled)"

void od_pdf_limits_resolve(const struct od_pdf_limits *lim, struct od_pdf_limits *out)
{
    static const struct od_pdf_limits none = {0};

    if (!lim)
        lim = &none;
    out->max_bytes = lim->max_bytes ? lim->max_bytes : OD_PDF_DEFAULT_BYTES;
    out->max_pages = lim->max_pages ? lim->max_pages : OD_PDF_DEFAULT_PAGES;
    out->max_seconds = lim->max_seconds ? lim->max_seconds : OD_PDF_DEFAULT_SECONDS;
    out->max_cells = lim->max_cells ? lim->max_cells : OD_PDF_DEFAULT_CELLS;
    out->max_memory = lim->max_memory ? lim->max_memory : OD_PDF_DEFAULT_MEMORY;
}

void od_pdf_size_text(uint64_t n, char *buf, size_t size)
{
    if (n >= (UINT64_C(1) << 20) && n % (UINT64_C(1) << 20) == 0)
        snprintf(buf, size, "%llu MiB", (unsigned long long)(n >> 20));
    else
        snprintf(buf, size, "%llu bytes", (unsigned long long)n);
}

int od_pdf_precheck(const char *data, size_t len, uint64_t max_bytes)
{
    size_t n = len < HEADER_WINDOW ? len : HEADER_WINDOW;
    char size[64];

    if ((uint64_t)len > max_bytes) {
        od_pdf_size_text(max_bytes, size, sizeof(size));
        return od_error_set(OD_EINVAL, "larger than %s", size);
    }
    if (!data || n < 5 || !memmem(data, n, "%PDF-", 5))
        return od_error_set(OD_EINVAL, "not a PDF file");
    return 0;
}

/* In a child when a worker is registered (docworker.c), else here. Without poppler there is
 * nothing a child could do: no child is started. */
int od_pdf_to_grid(const char *data, size_t len, const struct od_pdf_limits *lim,
                   struct od_grid *out)
{
#ifdef HAVE_POPPLER
    char *const *argv = od_doc_worker_argv();

    if (argv) {
        struct od_pdf_limits l;

        od_pdf_limits_resolve(lim, &l);
        return od_pdf_read_child(argv, data, len, &l, out);
    }
#endif
    return od_pdf_read_here(data, len, lim, out);
}

#ifndef HAVE_POPPLER

int od_pdf_read_here(const char *data, size_t len, const struct od_pdf_limits *lim,
                     struct od_grid *out)
{
    return od_error_set(OD_EINVAL, NOT_BUILT_IN);
}

#else

#include <poppler.h>
#include <pthread.h>

#define MAX_PAGE_GLYPHS 1000000 /* characters on one page */
#define CHECK_EVERY     4096    /* characters between two looks at the clock */

/* Gaps and tolerances, in em of the smaller font (see pdf.h). */
#define JOIN_GAP        0.17    /* up to this, two words touch (or are letter-spaced): no space */
#define CJK_JOIN_GAP    0.30    /* the same next to a CJK character */
#define CELL_GAP        0.45    /* beyond this, a new cell */
#define LINE_TOL        0.40    /* vertical centres this close are one line */
#define RUN_JUMP        0.50    /* a word's next character this far off starts a new run */

/* One character of the page, with its box (points, from the page's
 * top-left) and its place in poppler's text. */
struct glyph {
    double x0, x1, top, bottom;
    double em;  /* font size, or box height / 1.2 */
    size_t off; /* first byte in the page text */
    unsigned len;
    bool cjk;
};

/* Consecutive characters of one word: glyphs[first .. first + n). */
struct run {
    size_t first, n;
    size_t seq; /* order in poppler's text: ties in sorting */
    double x0, x1, top, bottom, cy;
    double em;   /* largest font size among its characters */
    double unit; /* min(em, box height): a size a bogus font matrix cannot inflate */
};

struct pdf {
    struct od_grid *out;
    uint64_t max_cells, max_seconds;
    struct timespec start;
    uint64_t cells;   /* cells added by this call */
    uint64_t glyphs;  /* characters seen, all pages */
    uint32_t row;     /* next grid row */
    uint32_t page_no; /* 1-based, the page being read */

    struct glyph *g;
    size_t n_g, cap_g;
    struct run *r;
    size_t n_r, cap_r;
    struct od_buf cell;    /* text of the cell being built */
    const char *page_text; /* poppler's text of the page being read; borrowed */
};

/* --- poppler's messages ------------------------------------------------- */

/* poppler-glib sends poppler's error() calls to g_log("Poppler", INFO).
 * The handler keeps the last one in a thread-local buffer while a document
 * is being opened; poppler calls it on the thread that called poppler. */
static _Thread_local struct {
    bool on;
    char last[256];
} capture;

static void on_poppler_log(const gchar *domain, GLogLevelFlags level, const gchar *message,
                           gpointer ud)
{
    const char *m = message, *p;

    if (!capture.on || !m)
        return;
    /* "Syntax error at position 1234: Couldn't read xref table" */
    if ((p = strstr(m, " at position ")) != NULL && (p = strstr(p, ": ")) != NULL)
        m = p + 2;
    snprintf(capture.last, sizeof(capture.last), "%s", m);
}

static pthread_once_t log_once = PTHREAD_ONCE_INIT;

static void install_log_handler(void)
{
    g_log_set_handler("Poppler", G_LOG_LEVEL_MASK | G_LOG_FLAG_FATAL | G_LOG_FLAG_RECURSION,
                      on_poppler_log, NULL);
}

/* A message for an error detail: at most 200 bytes, no control
 * characters, and no bytes above 0x7F unless it is valid UTF-8. */
static void clean_message(const char *in, char *buf, size_t size)
{
    size_t n = 0;
    bool ascii_only = !g_utf8_validate(in, -1, NULL);

    for (; *in && n + 1 < size && n < 200; in++) {
        unsigned char c = (unsigned char)*in;

        if (c < 0x20 || c == 0x7F || (ascii_only && c >= 0x80))
            c = c >= 0x80 ? '?' : ' ';
        buf[n++] = (char)c;
    }
    /* do not end inside a UTF-8 sequence */
    while (n > 0 && !ascii_only && ((unsigned char)buf[n - 1] & 0x80)) {
        size_t start = n - 1;

        while (start > 0 && ((unsigned char)buf[start] & 0xC0) == 0x80)
            start--;
        if (g_utf8_validate(buf + start, (gssize)(n - start), NULL))
            break;
        n = start;
    }
    buf[n] = '\0';
}

/* --- small helpers ------------------------------------------------------ */

static double elapsed(const struct pdf *p)
{
    struct timespec now;

    clock_gettime(CLOCK_MONOTONIC, &now);
    return (double)(now.tv_sec - p->start.tv_sec) + (double)(now.tv_nsec - p->start.tv_nsec) / 1e9;
}

static int check_clock(const struct pdf *p)
{
    if (elapsed(p) > (double)p->max_seconds)
        return od_error_set(OD_EINVAL, "took longer than %llu s",
                            (unsigned long long)p->max_seconds);
    return 0;
}

static int grow(void **arr, size_t *cap, size_t n, size_t elem)
{
    size_t ncap;
    void *v;

    if (n < *cap)
        return 0;
    ncap = *cap ? *cap * 2 : 256;
    v = realloc(*arr, ncap * elem);
    if (!v)
        return od_error_set(OD_ENOMEM, "out of memory");
    *arr = v;
    *cap = ncap;
    return 0;
}

/* The code point at s (before end) and its length in bytes; a malformed
 * sequence is one byte, U+FFFD. */
static size_t utf8_next(const char *s, const char *end, uint32_t *cp)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t avail = (size_t)(end - s), need, i;
    uint32_t c;

    if (u[0] < 0x80) {
        *cp = u[0];
        return 1;
    }
    if (u[0] >= 0xC2 && u[0] <= 0xDF) {
        need = 2;
        c = u[0] & 0x1F;
    } else if (u[0] >= 0xE0 && u[0] <= 0xEF) {
        need = 3;
        c = u[0] & 0x0F;
    } else if (u[0] >= 0xF0 && u[0] <= 0xF4) {
        need = 4;
        c = u[0] & 0x07;
    } else {
        *cp = 0xFFFD;
        return 1;
    }
    if (avail < need) {
        *cp = 0xFFFD;
        return 1;
    }
    for (i = 1; i < need; i++) {
        if ((u[i] & 0xC0) != 0x80) {
            *cp = 0xFFFD;
            return 1;
        }
        c = (c << 6) | (u[i] & 0x3F);
    }
    *cp = c;
    return need;
}

/* White space and control characters: they separate words and are dropped. */
static bool is_separator(uint32_t c)
{
    return c <= 0x20 || (c >= 0x7F && c <= 0xA0) || c == 0xAD || c == 0x1680 ||
           (c >= 0x2000 && c <= 0x200F) || (c >= 0x2028 && c <= 0x202F) || c == 0x205F ||
           c == 0x3000 || c == 0xFEFF || c == 0xFFFE || c == 0xFFFF;
}

/* Scripts written without spaces between words, and their punctuation. */
static bool is_cjk(uint32_t c)
{
    return (c >= 0x1100 && c <= 0x11FF) || (c >= 0x2E80 && c <= 0x2FDF) ||
           (c >= 0x3000 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) ||
           (c >= 0xA960 && c <= 0xA97F) || (c >= 0xAC00 && c <= 0xD7AF) ||
           (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) ||
           (c >= 0xFF00 && c <= 0xFFEF) || (c >= 0x20000 && c <= 0x3FFFF);
}

static bool finite_box(const PopplerRectangle *r)
{
    return isfinite(r->x1) && isfinite(r->x2) && isfinite(r->y1) && isfinite(r->y2) &&
           fabs(r->x1) < 1e7 && fabs(r->x2) < 1e7 && fabs(r->y1) < 1e7 && fabs(r->y2) < 1e7;
}

/* --- characters to runs -------------------------------------------------- */

static void run_add(struct run *r, const struct glyph *g)
{
    if (r->n == 0) {
        r->x0 = g->x0;
        r->x1 = g->x1;
        r->top = g->top;
        r->bottom = g->bottom;
        r->em = g->em;
    } else {
        r->x0 = fmin(r->x0, g->x0);
        r->x1 = fmax(r->x1, g->x1);
        r->top = fmin(r->top, g->top);
        r->bottom = fmax(r->bottom, g->bottom);
        r->em = fmax(r->em, g->em);
    }
    r->n++;
}

static void run_finish(struct run *r)
{
    double h = r->bottom - r->top;

    r->cy = (r->top + r->bottom) / 2;
    r->unit = h > 0 && h < r->em ? h : r->em;
}

/* Whether glyph g, following the last glyph of the open run, must start a
 * new run: it is off the line or behind, or a gap separates them. */
static bool jumps(const struct glyph *prev, const struct glyph *g)
{
    double em = fmin(prev->em, g->em);
    double cy0 = (prev->top + prev->bottom) / 2, cy1 = (g->top + g->bottom) / 2;

    return fabs(cy1 - cy0) > RUN_JUMP * em || g->x0 < prev->x0 - RUN_JUMP * em ||
           g->x0 - prev->x1 > JOIN_GAP * em;
}

/* Close the open run (glyphs[first..n_g)), if it has characters. */
static int close_run(struct pdf *p, size_t *first)
{
    struct run *r;
    int rc;

    if (*first == p->n_g)
        return 0;
    rc = grow((void **)&p->r, &p->cap_r, p->n_r, sizeof(*p->r));
    if (rc < 0)
        return rc;
    r = &p->r[p->n_r];
    memset(r, 0, sizeof(*r));
    r->first = *first;
    r->seq = p->n_r;
    for (size_t i = *first; i < p->n_g; i++)
        run_add(r, &p->g[i]);
    run_finish(r);
    p->n_r++;
    *first = p->n_g;
    return 0;
}

/* Font size of character k from poppler's attribute list (sorted, each
 * covering [start_index, end_index]); *a walks along it. 0 if none. */
static double font_size_at(GList **a, guint k)
{
    while (*a && ((PopplerTextAttributes *)(*a)->data)->end_index < (gint)k)
        *a = (*a)->next;
    if (*a) {
        const PopplerTextAttributes *t = (*a)->data;

        if (t->start_index <= (gint)k && isfinite(t->font_size) && t->font_size > 0)
            return t->font_size;
    }
    return 0;
}

static int collect(struct pdf *p, const char *text, const PopplerRectangle *rects, guint n_rects,
                   GList *attrs)
{
    const char *s = text, *end = text + strlen(text);
    GList *a = attrs;
    size_t first = 0;
    int rc = 0;

    p->n_g = p->n_r = 0;
    for (guint k = 0; k < n_rects && s < end; k++) {
        uint32_t cp;
        size_t len = utf8_next(s, end, &cp);
        const PopplerRectangle *b = &rects[k];
        double em = font_size_at(&a, k);
        struct glyph *g;

        if (k % CHECK_EVERY == CHECK_EVERY - 1 && (rc = check_clock(p)) < 0)
            return rc;
        if (is_separator(cp) || !finite_box(b)) {
            rc = close_run(p, &first);
            if (rc < 0)
                return rc;
            s += len;
            continue;
        }
        if (p->n_g >= MAX_PAGE_GLYPHS)
            return od_error_set(OD_EINVAL, "page %u: more than %d characters", p->page_no,
                                MAX_PAGE_GLYPHS);
        rc = grow((void **)&p->g, &p->cap_g, p->n_g, sizeof(*p->g));
        if (rc < 0)
            return rc;
        g = &p->g[p->n_g];
        g->x0 = fmin(b->x1, b->x2);
        g->x1 = fmax(b->x1, b->x2);
        g->top = fmin(b->y1, b->y2);
        g->bottom = fmax(b->y1, b->y2);
        if (em <= 0)
            em = (g->bottom - g->top) / 1.2;
        g->em = em > 0.01 ? em : 0.01;
        g->off = (size_t)(s - text);
        g->len = (unsigned)len;
        g->cjk = is_cjk(cp);
        if (first < p->n_g && jumps(&p->g[p->n_g - 1], g)) {
            rc = close_run(p, &first); /* first moves past the glyphs so far */
            if (rc < 0)
                return rc;
        }
        p->n_g++;
        s += len;
    }
    p->glyphs += p->n_g;
    return close_run(p, &first);
}

/* --- runs to lines and cells --------------------------------------------- */

static int by_centre(const void *pa, const void *pb)
{
    const struct run *a = pa, *b = pb;

    if (a->cy != b->cy)
        return a->cy < b->cy ? -1 : 1;
    if (a->x0 != b->x0)
        return a->x0 < b->x0 ? -1 : 1;
    return a->seq < b->seq ? -1 : a->seq > b->seq;
}

static int by_x(const void *pa, const void *pb)
{
    const struct run *a = pa, *b = pb;

    if (a->x0 != b->x0)
        return a->x0 < b->x0 ? -1 : 1;
    return a->seq < b->seq ? -1 : a->seq > b->seq;
}

struct cell_box {
    double x0, x1, y;
    bool open;
};

static int flush_cell(struct pdf *p, struct cell_box *box, uint32_t *col)
{
    struct od_cell *c = NULL;
    int rc;

    if (!box->open)
        return 0;
    box->open = false;
    if (p->cells >= p->max_cells)
        return od_error_set(OD_EINVAL, "more than %llu cells", (unsigned long long)p->max_cells);
    rc = od_grid_add(p->out, p->row, *col, OD_CELL_TEXT, p->cell.data ? p->cell.data : "",
                     p->cell.len, &c);
    od_buf_reset(&p->cell);
    if (rc == OD_ETOOBIG) {
        char msg[256];

        snprintf(msg, sizeof(msg), "%s", od_error_last());
        return od_error_set(OD_EINVAL, "%s", msg);
    }
    if (rc < 0)
        return rc;
    if (!c)
        return 0;
    c->page = p->page_no;
    c->x0 = box->x0;
    c->x1 = box->x1;
    c->y = box->y;
    p->cells++;
    (*col)++;
    return 0;
}

/* Cells of one line: runs r[0..n), already in x order. */
static int emit_line(struct pdf *p, const struct run *r, size_t n)
{
    struct cell_box box = {0};
    const struct run *prev = NULL;
    uint32_t col = 0;
    int rc;

    for (size_t i = 0; i < n; i++) {
        const struct run *cur = &r[i];
        const struct glyph *g = &p->g[cur->first];

        if (prev) {
            double em = fmin(prev->unit, cur->unit);
            double gap = cur->x0 - box.x1;
            bool cjk = p->g[prev->first + prev->n - 1].cjk || g->cjk;

            if (gap > CELL_GAP * em) {
                rc = flush_cell(p, &box, &col);
                if (rc < 0)
                    return rc;
            } else if (gap > (cjk ? CJK_JOIN_GAP : JOIN_GAP) * em) {
                rc = od_buf_addc(&p->cell, ' ');
                if (rc < 0)
                    return rc;
            }
        }
        if (!box.open) {
            box.open = true;
            box.x0 = cur->x0;
            box.x1 = cur->x1;
            box.y = cur->bottom;
        } else {
            box.x0 = fmin(box.x0, cur->x0);
            box.x1 = fmax(box.x1, cur->x1);
            box.y = fmax(box.y, cur->bottom);
        }
        for (size_t k = 0; k < cur->n; k++) {
            rc = od_buf_add(&p->cell, p->page_text + g[k].off, g[k].len);
            if (rc < 0)
                return rc;
        }
        prev = cur;
    }
    rc = flush_cell(p, &box, &col);
    if (rc < 0)
        return rc;
    if (col > 0)
        p->row++;
    return 0;
}

static int emit_lines(struct pdf *p)
{
    size_t i = 0, j;
    int rc;

    if (p->n_r == 0)
        return 0;
    qsort(p->r, p->n_r, sizeof(*p->r), by_centre);
    for (; i < p->n_r; i = j) {
        const struct run *anchor = &p->r[i];

        for (j = i + 1; j < p->n_r; j++) {
            double tol = LINE_TOL * fmax(anchor->unit, p->r[j].unit);

            if (p->r[j].cy - anchor->cy > tol)
                break;
        }
        if ((rc = check_clock(p)) < 0)
            return rc;
        qsort(p->r + i, j - i, sizeof(*p->r), by_x);
        rc = emit_line(p, p->r + i, j - i);
        if (rc < 0)
            return rc;
    }
    return 0;
}

/* --- pages and the document ---------------------------------------------- */

static int read_page(struct pdf *p, PopplerPage *page)
{
    char *text = NULL;
    PopplerRectangle *rects = NULL;
    guint n_rects = 0;
    GList *attrs = NULL;
    int rc = 0;

    text = poppler_page_get_text(page);
    if ((rc = check_clock(p)) < 0)
        goto out;
    if (!text || !text[0])
        goto out;
    if (!poppler_page_get_text_layout(page, &rects, &n_rects) || !rects)
        goto out;
    attrs = poppler_page_get_text_attributes(page);
    p->page_text = text;
    rc = collect(p, text, rects, n_rects, attrs);
    if (rc < 0)
        goto out;
    rc = emit_lines(p);
out:
    p->page_text = NULL;
    if (attrs)
        poppler_page_free_text_attributes(attrs);
    g_free(rects);
    g_free(text);
    return rc;
}

static int open_document(const char *data, size_t len, PopplerDocument **ret)
{
    GBytes *bytes;
    GError *err = NULL;
    PopplerDocument *doc;
    char msg[256];
    int rc = 0;

    pthread_once(&log_once, install_log_handler);
    bytes = g_bytes_new_static(data, len);
    capture.on = true;
    capture.last[0] = '\0';
    doc = poppler_document_new_from_bytes(bytes, NULL, &err);
    capture.on = false;
    g_bytes_unref(bytes);
    if (doc) {
        *ret = doc;
        return 0;
    }
    if (err && err->domain == POPPLER_ERROR && err->code == POPPLER_ERROR_ENCRYPTED) {
        rc = od_error_set(OD_EINVAL, "encrypted PDF (password protected): not read");
    } else {
        clean_message(capture.last[0]       ? capture.last
                      : err && err->message ? err->message
                                            : "unknown error",
                      msg, sizeof(msg));
        rc = od_error_set(OD_EINVAL, "damaged PDF: %s", msg);
    }
    if (err)
        g_error_free(err);
    return rc;
}

int od_pdf_read_here(const char *data, size_t len, const struct od_pdf_limits *lim,
                     struct od_grid *out)
{
    struct od_pdf_limits l;
    struct pdf p = {0};
    PopplerDocument *doc = NULL;
    char msg[256];
    int n_pages;
    int rc;

    od_pdf_limits_resolve(lim, &l);
    p.out = out;
    p.max_cells = l.max_cells;
    p.max_seconds = l.max_seconds;
    p.row = out->n_rows;
    clock_gettime(CLOCK_MONOTONIC, &p.start);
    od_buf_init(&p.cell, (size_t)MAX_PAGE_GLYPHS * 5 + 1);

    rc = od_pdf_precheck(data, len, l.max_bytes);
    if (rc < 0)
        goto out;
    rc = open_document(data, len, &doc);
    if (rc < 0)
        goto out;
    if ((rc = check_clock(&p)) < 0)
        goto out;
    capture.on = true;
    capture.last[0] = '\0';
    n_pages = poppler_document_get_n_pages(doc);
    capture.on = false;
    if (n_pages <= 0) {
        /* poppler reads a page tree it cannot count, or a /Count larger than
         * the number of objects, as no pages */
        clean_message(capture.last[0] ? capture.last : "no pages", msg, sizeof(msg));
        rc = od_error_set(OD_EINVAL, "damaged PDF: %s", msg);
        goto out;
    }
    if ((uint64_t)n_pages > l.max_pages) {
        rc = od_error_set(OD_EINVAL, "more than %llu pages", (unsigned long long)l.max_pages);
        goto out;
    }
    for (int i = 0; i < n_pages; i++) {
        PopplerPage *page;

        if ((rc = check_clock(&p)) < 0)
            goto out;
        page = poppler_document_get_page(doc, i);
        if (!page)
            continue; /* poppler could not load it: as if it had no text */
        p.page_no = (uint32_t)i + 1;
        rc = read_page(&p, page);
        g_object_unref(page);
        if (rc < 0)
            goto out;
    }
    if (p.glyphs == 0) {
        rc = od_error_set(OD_EINVAL, "no text layer (a scanned PDF?): not read");
        goto out;
    }
    od_grid_sort(out);
out:
    if (doc)
        g_object_unref(doc);
    free(p.g);
    free(p.r);
    od_buf_free(&p.cell);
    return rc;
}

#endif
