/* Unit tests for lib/pdf.c.
 *
 * The PDFs are in tests/data/pdf/, written by make_fixtures.py there
 * (reportlab, LibreOffice, Chromium, and hand-written hostile files). One
 * table holds every case: file, limits, and either the whole grid expected
 * (one line per row: "p<page>: cell | cell | ...") or the exact error
 * detail. Further tests check what the table cannot: positions (column
 * alignment, pages, lines top down), rows going on in a grid that already
 * has some, the clock, damaged copies of a good file, and threads.
 *
 * The same tests run twice: in-process, then in a child process, with this
 * program registered as the worker (its main() runs the worker for
 * --doc-worker, and misbehaving workers for the other --*-worker options).
 * In a child the grids must be the same to the last bit, and a hostile or
 * broken worker must end in the documented error within the time limit,
 * leaving no zombie and no descriptor behind. The reply parser has its own
 * table of damaged replies. */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <pthread.h>
#include <setjmp.h>
#include <signal.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <cmocka.h>

#include "buf.h"
#include "charset.h"
#include "error.h"
#include "docworker.h"
#include "grid.h"
#include "pdf.h"
#include "pdf_int.h"

#define PO_EN                                                                                      \
    "p1: Purchase Order\n"                                                                         \
    "p1: PO Number: | PO-2026-0042\n"                                                              \
    "p1: Order date: | 2026-11-20\n"                                                               \
    "p1: Buyer: | Acme Trading Ltd.\n"                                                             \
    "p1: Ship to: | 12 Harbour Road, Leeds LS1 4AB\n"                                              \
    "p1: Item | Description | Qty | Unit price\n"                                                  \
    "p1: A-100 | Red T-shirt, size M | 12 | 59.00\n"                                               \
    "p1: B-200 | Blue mug | 3 | 12.30\n"                                                           \
    "p1: C-300 | Gift wrap (large) | 100 | 0.50\n"                                                 \
    "p1: Total: | 1,154.90\n"                                                                      \
    "p1: URGENT | please deliver before Friday\n"

#define PO_ZH                                                                                      \
    "p1: 采购订单\n"                                                                           \
    "p1: 采购单号：PO-2026-0042\n"                                                            \
    "p1: 下单日期：2026年11月20日\n"                                                       \
    "p1: 供应商：上海某某贸易有限公司\n"                                             \
    "p1: 品名 | 数量 | 单价 | 金额\n"                                                      \
    "p1: 红色T恤（M码） | 12 | 59.00 | 708.00\n"                                             \
    "p1: 蓝色马克杯 | 3 | 12.30 | 36.90\n"                                                    \
    "p1: 合计： | 744.90\n"

#define TWO_PAGES                                                                                  \
    "p1: Item | Qty\n"                                                                             \
    "p1: SKU-001 | 2\n"                                                                            \
    "p1: SKU-002 | 4\n"                                                                            \
    "p1: SKU-003 | 6\n"                                                                            \
    "p1: Page 1 of 2\n"                                                                            \
    "p2: Item | Qty\n"                                                                             \
    "p2: SKU-004 | 8\n"                                                                            \
    "p2: SKU-005 | 10\n"                                                                           \
    "p2: SKU-006 | 12\n"                                                                           \
    "p2: Page 2 of 2\n"

/* Printed by LibreOffice Writer from a document with a real table (its
 * default cell padding), Chinese and Latin text in one paragraph. */
#define LO_PO                                                                                      \
    "p1: Purchase Order 采购订单\n"                                                            \
    "p1: PO Number: PO-2026-0042\n"                                                                \
    "p1: 下单日期：2026年11月20日\n"                                                       \
    "p1: Item | Description | Qty | Unit price\n"                                                  \
    "p1: A-100 | Red T-shirt 红色T恤 | 12 | 59.00\n"                                            \
    "p1: B-200 | Blue mug | 3 | 12.30\n"

/* Printed by Chromium from HTML (padding 10px around table cells). */
#define CHROME_PO                                                                                  \
    "p1: Purchase Order\n"                                                                         \
    "p1: PO Number: PO-2026-0042\n"                                                                \
    "p1: Order date: 2026-11-20\n"                                                                 \
    "p1: Buyer: Acme Trading Ltd.\n"                                                               \
    "p1: Item | Description | Qty | Unit price\n"                                                  \
    "p1: A-100 | Red T-shirt, size M | 12 | 59.00\n"                                               \
    "p1: B-200 | Blue mug | 3 | 12.30\n"                                                           \
    "p1: C-300 | Gift wrap | 100 | 0.50\n"                                                         \
    "p1: Total: 1,154.90\n"

struct pcase {
    const char *file;
    struct od_pdf_limits lim;
    int rc;
    const char *want; /* the grid when rc is 0, else the whole detail */
};

static const struct pcase cases[] = {
    /* documents */
    {"po_en.pdf", {0}, 0, PO_EN},
    {"po_zh.pdf", {0}, 0, PO_ZH},
    {"two_pages.pdf", {0}, 0, TWO_PAGES},
    {"lo_po.pdf", {0}, 0, LO_PO},
    {"chrome_po.pdf", {0}, 0, CHROME_PO},
    {"rotated.pdf", {0}, 0, "p1: Order | PO-7\np1: Qty | 5\n"},
    {"minimal.pdf", {0}, 0, "p1: Qty 5\n"},
    {"owner_only.pdf", {0}, 0, "p1: PO Number: PO-9\n"},
    {"deep_nesting.pdf", {0}, 0, "p1: deep\n"},
    /* 400 MB of NUL bytes in a content stream: read through in bounded
     * memory (about 2 s on an idle machine; the time limit is raised so a
     * busy one does not fail the test) */
    {"flate_bomb.pdf", {.max_seconds = 120}, 0, "p1: before the bomb\n"},

    /* limits */
    {"po_en.pdf", {.max_bytes = 2069, .max_cells = 29, .max_pages = 1}, 0, PO_EN},
    {"po_en.pdf", {.max_bytes = 2068}, OD_EINVAL, "larger than 2068 bytes"},
    {"po_en.pdf", {.max_bytes = 1 << 20}, 0, PO_EN},
    {"po_en.pdf", {.max_cells = 28}, OD_EINVAL, "more than 28 cells"},
    {"two_pages.pdf", {.max_pages = 1}, OD_EINVAL, "more than 1 pages"},
    {"many_pages.pdf", {0}, OD_EINVAL, "more than 50 pages"},
    {"many_pages.pdf", {.max_pages = 5000, .max_cells = 100}, OD_EINVAL, "more than 100 cells"},
    {"text_bomb.pdf", {.max_seconds = 1}, OD_EINVAL, "took longer than 1 s"},

    /* refused */
    {"image_only.pdf", {0}, OD_EINVAL, "no text layer (a scanned PDF?): not read"},
    {"encrypted.pdf", {0}, OD_EINVAL, "encrypted PDF (password protected): not read"},
    {"truncated.pdf", {0}, OD_EINVAL, "damaged PDF: Couldn't read xref table"},
    {"garbage.pdf", {0}, OD_EINVAL, "damaged PDF: Couldn't read xref table"},
    {"count_lies.pdf",
     {0},
     OD_EINVAL,
     "damaged PDF: Page count (1000000) larger than number of objects (6)"},
    {"not_a_pdf.pdf", {0}, OD_EINVAL, "not a PDF file"},
    {"text.pdf", {0}, OD_EINVAL, "not a PDF file"},
};

static char *load(const char *name, size_t *len)
{
    char path[1024];
    FILE *f;
    char *data;
    long n;

    snprintf(path, sizeof(path), "%s/pdf/%s", TEST_DATA_DIR, name);
    f = fopen(path, "rb");
    if (!f)
        fail_msg("cannot open %s", path);
    assert_int_equal(fseek(f, 0, SEEK_END), 0);
    n = ftell(f);
    assert_true(n >= 0);
    rewind(f);
    data = malloc((size_t)n + 1);
    assert_non_null(data);
    assert_int_equal(fread(data, 1, (size_t)n, f), (size_t)n);
    fclose(f);
    *len = (size_t)n;
    return data;
}

/* The grid as text, one line per row, and checks of what every grid must
 * hold: rows and columns dense and in order, text valid UTF-8 and never
 * empty, boxes sane, lines top down within a page. Caller frees. */
static char *show(const struct od_grid *g)
{
    struct od_buf b;
    double last_y = -1;
    uint32_t last_page = 0;

    od_buf_init(&b, 1 << 20);
    for (size_t i = 0; i < g->n; i++) {
        const struct od_cell *c = &g->cells[i];
        bool first = i == 0 || g->cells[i - 1].row != c->row;

        if (first) {
            assert_int_equal(c->col, 0);
            assert_int_equal(c->row, i == 0 ? 0 : g->cells[i - 1].row + 1);
            assert_true(c->page >= last_page);
            if (c->page == last_page)
                assert_true(c->y > last_y - 5);
            last_page = c->page;
            last_y = c->y;
            assert_int_equal(od_buf_printf(&b, "%sp%u: ", i ? "\n" : "", c->page), 0);
        } else {
            assert_int_equal(c->col, g->cells[i - 1].col + 1);
            assert_int_equal(c->page, g->cells[i - 1].page);
            assert_true(c->x0 > g->cells[i - 1].x1);
            assert_int_equal(od_buf_adds(&b, " | "), 0);
        }
        assert_int_equal(c->type, OD_CELL_TEXT);
        assert_int_equal(c->span, 1);
        assert_int_equal(c->rows, 1);
        assert_true(c->text[0] != '\0');
        assert_true(od_utf8_valid(c->text, strlen(c->text), NULL));
        assert_true(c->x0 <= c->x1 && c->x0 >= 0 && c->y > 0);
        assert_int_equal(od_buf_adds(&b, c->text), 0);
    }
    if (g->n)
        assert_int_equal(od_buf_addc(&b, '\n'), 0);
    return od_buf_steal(&b);
}

static void test_table(void **state)
{
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        const struct pcase *c = &cases[i];
        struct od_grid g;
        size_t len;
        char *data = load(c->file, &len);
        char *got = NULL;
        int rc;

        assert_int_equal(od_grid_init(&g, OD_GRID_PDF, NULL), 0);
        od_error_clear();
        rc = od_pdf_to_grid(data, len, &c->lim, &g);
        if (rc == 0)
            got = show(&g);
        if (rc != c->rc || (rc == 0 && strcmp(got, c->want) != 0) ||
            (rc != 0 && strcmp(od_error_last(), c->want) != 0))
            fail_msg("case %zu (%s): rc %d, detail '%s', grid:\n%s", i, c->file, rc,
                     od_error_last(), got ? got : "");
        if (rc == 0)
            assert_int_equal(g.n_rows, g.cells[g.n - 1].row + 1);
        free(got);
        od_grid_free(&g);
        free(data);
    }
}

/* The cells of the table's Qty column overlap the header's "Qty" in x,
 * and no cell of another column does: the recogniser aligns by x. */
static void test_columns_align(void **state)
{
    static const char *const files[] = {"po_en.pdf", "chrome_po.pdf", "lo_po.pdf"};

    for (size_t f = 0; f < sizeof(files) / sizeof(files[0]); f++) {
        struct od_grid g;
        size_t len, start;
        char *data = load(files[f], &len);
        const struct od_cell *qty = NULL;
        unsigned rows = 0;

        assert_int_equal(od_grid_init(&g, OD_GRID_PDF, NULL), 0);
        assert_int_equal(od_pdf_to_grid(data, len, NULL, &g), 0);
        for (size_t i = 0; i < g.n && !qty; i++)
            if (strcmp(g.cells[i].text, "Qty") == 0)
                qty = &g.cells[i];
        assert_non_null(qty);
        assert_int_equal(qty->col, 2);
        for (uint32_t row = qty->row + 1; row < g.n_rows; row++) {
            const struct od_cell *c = od_grid_at(&g, row, 2);

            if (!c || strchr(c->text, ':'))
                break; /* past the table */
            if (!(c->x0 <= qty->x1 && c->x1 >= qty->x0))
                fail_msg("%s: qty '%s' at %.1f-%.1f, header at %.1f-%.1f", files[f], c->text, c->x0,
                         c->x1, qty->x0, qty->x1);
            rows++;
            start = od_grid_row_start(&g, row);
            for (size_t i = start; i < g.n && g.cells[i].row == row; i++)
                if (g.cells[i].col != 2)
                    assert_false(g.cells[i].x0 <= qty->x1 && g.cells[i].x1 >= qty->x0);
        }
        assert_true(rows >= 2);
        od_grid_free(&g);
        free(data);
    }
}

/* Positions in points from the top-left of the page, page numbers on
 * the second page, the baseline's y. */
static void test_positions(void **state)
{
    struct od_grid g;
    size_t len;
    char *data = load("two_pages.pdf", &len);
    const struct od_cell *c;
    char ref[64];

    assert_int_equal(od_grid_init(&g, OD_GRID_PDF, NULL), 0);
    assert_int_equal(od_pdf_to_grid(data, len, NULL, &g), 0);
    /* reportlab drew "Item" at x=72, baseline 770 from the bottom of an
     * A4 page (841.89 high): 72 pt from the top, and the box's bottom a
     * little lower (Helvetica's descender, 0.207 em at 10 pt) */
    c = od_grid_at(&g, 0, 0);
    assert_non_null(c);
    assert_string_equal(c->text, "Item");
    assert_int_equal(c->page, 1);
    assert_true(fabs(c->x0 - 72) < 0.01);
    assert_true(c->y > 841.89 - 770 && c->y < 841.89 - 770 + 3);
    od_cell_ref(&g, c, ref, sizeof(ref));
    assert_string_equal(ref, "p1 x=72 y=74");
    c = od_grid_at(&g, 6, 1);
    assert_non_null(c);
    assert_string_equal(c->text, "8");
    assert_int_equal(c->page, 2);
    assert_true(fabs(c->x1 - 300) < 0.01);
    assert_int_equal(g.n_rows, 10);
    assert_int_equal(g.n_cols, 2);
    od_grid_free(&g);
    free(data);
}

/* A grid that has rows already gets the new ones after them; NULL limits
 * are the defaults; no data is not a PDF. */
static void test_appends_rows(void **state)
{
    struct od_grid g;
    size_t len;
    char *data = load("minimal.pdf", &len);

    assert_int_equal(od_grid_init(&g, OD_GRID_PDF, NULL), 0);
    assert_int_equal(od_pdf_to_grid(data, len, NULL, &g), 0);
    assert_int_equal(od_pdf_to_grid(data, len, NULL, &g), 0);
    assert_int_equal(g.n, 2);
    assert_int_equal(g.n_rows, 2);
    assert_string_equal(od_grid_at(&g, 1, 0)->text, "Qty 5");
    assert_int_equal(od_pdf_to_grid(NULL, 0, NULL, &g), OD_EINVAL);
    assert_string_equal(od_error_last(), "not a PDF file");
    assert_int_equal(od_pdf_to_grid(data, 4, NULL, &g), OD_EINVAL);
    assert_string_equal(od_error_last(), "not a PDF file");
    assert_int_equal(g.n, 2);
    od_grid_free(&g);
    free(data);

    /* the size is checked before anything else */
    data = calloc(1, ((size_t)32 << 20) + 1);
    assert_non_null(data);
    memcpy(data, "%PDF-1.4\n", 9);
    assert_int_equal(od_grid_init(&g, OD_GRID_PDF, NULL), 0);
    assert_int_equal(od_pdf_to_grid(data, ((size_t)32 << 20) + 1, NULL, &g), OD_EINVAL);
    assert_string_equal(od_error_last(), "larger than 32 MiB");
    assert_int_equal(od_pdf_to_grid(data, (size_t)32 << 20, NULL, &g), OD_EINVAL);
    assert_true(strncmp(od_error_last(), "damaged PDF: ", 13) == 0);
    od_grid_free(&g);
    free(data);
}

/* On a limit halfway through, the grid holds the pages read so far. */
static void test_partial_grid(void **state)
{
    const struct od_pdf_limits few = {.max_cells = 9};
    struct od_grid g;
    size_t len;
    char *data = load("two_pages.pdf", &len);

    assert_int_equal(od_grid_init(&g, OD_GRID_PDF, NULL), 0);
    assert_int_equal(od_pdf_to_grid(data, len, &few, &g), OD_EINVAL);
    assert_string_equal(od_error_last(), "more than 9 cells");
    assert_int_equal(g.n, 9);
    od_grid_free(&g);
    free(data);
}

/* Every truncation of a small file, and every byte of it inverted, ends
 * in 0 or EINVAL with a detail, never a crash; what is read is valid. */
static void test_damaged_copies(void **state)
{
    size_t len;
    char *data = load("minimal.pdf", &len);

    for (size_t n = 0; n < len; n++) {
        char *cut = malloc(n ? n : 1);
        struct od_grid g;
        int rc;

        assert_non_null(cut);
        memcpy(cut, data, n);
        assert_int_equal(od_grid_init(&g, OD_GRID_PDF, NULL), 0);
        rc = od_pdf_to_grid(cut, n, NULL, &g);
        if (rc != 0 && rc != OD_EINVAL)
            fail_msg("minimal.pdf cut to %zu bytes: rc %d", n, rc);
        if (rc == OD_EINVAL)
            assert_true(od_error_last()[0] != '\0');
        else
            free(show(&g));
        od_grid_free(&g);
        free(cut);
    }
    for (size_t i = 0; i < len; i++) {
        struct od_grid g;
        int rc;

        data[i] = (char)~data[i];
        assert_int_equal(od_grid_init(&g, OD_GRID_PDF, NULL), 0);
        rc = od_pdf_to_grid(data, len, NULL, &g);
        data[i] = (char)~data[i];
        if (rc != 0 && rc != OD_EINVAL)
            fail_msg("minimal.pdf byte %zu inverted: rc %d (%s)", i, rc, od_error_last());
        if (rc == 0)
            free(show(&g));
        od_grid_free(&g);
    }
    free(data);
}

/* One document per thread, at the same time: the same grids, and each
 * thread's own error detail. */
struct job {
    const char *file;
    int rc;
    char *grid;
    char detail[128];
};

static void *run_job(void *arg)
{
    struct job *j = arg;

    for (int k = 0; k < 5; k++) {
        struct od_grid g;
        size_t len;
        char *data = load(j->file, &len);

        if (od_grid_init(&g, OD_GRID_PDF, NULL) < 0)
            abort();
        j->rc = od_pdf_to_grid(data, len, NULL, &g);
        free(j->grid);
        j->grid = j->rc == 0 ? show(&g) : NULL;
        snprintf(j->detail, sizeof(j->detail), "%s", j->rc ? od_error_last() : "");
        od_grid_free(&g);
        free(data);
    }
    return NULL;
}

static void test_threads(void **state)
{
    struct job jobs[] = {
        {"po_en.pdf"}, {"po_zh.pdf"}, {"encrypted.pdf"}, {"two_pages.pdf"}, {"truncated.pdf"},
    };
    pthread_t t[sizeof(jobs) / sizeof(jobs[0])];

    for (size_t i = 0; i < sizeof(jobs) / sizeof(jobs[0]); i++)
        assert_int_equal(pthread_create(&t[i], NULL, run_job, &jobs[i]), 0);
    for (size_t i = 0; i < sizeof(jobs) / sizeof(jobs[0]); i++)
        assert_int_equal(pthread_join(t[i], NULL), 0);
    assert_string_equal(jobs[0].grid, PO_EN);
    assert_string_equal(jobs[1].grid, PO_ZH);
    assert_int_equal(jobs[2].rc, OD_EINVAL);
    assert_string_equal(jobs[2].detail, "encrypted PDF (password protected): not read");
    assert_string_equal(jobs[3].grid, TWO_PAGES);
    assert_int_equal(jobs[4].rc, OD_EINVAL);
    assert_string_equal(jobs[4].detail, "damaged PDF: Couldn't read xref table");
    for (size_t i = 0; i < sizeof(jobs) / sizeof(jobs[0]); i++)
        free(jobs[i].grid);
}

/* A build with -Dpdf=disabled refuses every PDF with the same detail. */
static void test_not_built_in(void **state)
{
    struct od_grid g;
    size_t len;
    char *data = load("po_en.pdf", &len);

    assert_int_equal(od_grid_init(&g, OD_GRID_PDF, NULL), 0);
    assert_int_equal(od_pdf_to_grid(data, len, NULL, &g), OD_EINVAL);
    assert_string_equal(od_error_last(), "PDF support is not built in (meson -Dpdf=enabled)");
    assert_int_equal(g.n, 0);
    od_grid_free(&g);
    free(data);
}

/* --- in a child process ------------------------------------------------ */

static const char *const WORKER[] = {"/proc/self/exe", "--doc-worker", NULL};

#define MEMORY_OR_CRASH "needs more than 512 MiB of memory to read (or crashed): not read"
#define MALFORMED       "PDF reader: malformed reply"

static int isolate(void **state)
{
    return od_doc_set_worker(WORKER);
}

static int in_process(void **state)
{
    return od_doc_set_worker(NULL);
}

static double now(void)
{
    struct timespec t;

    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

static void use_worker(const char *const argv[])
{
    assert_int_equal(od_doc_set_worker(argv), 0);
}

/* Every fixture gives the same result in a child as in-process: the same code and detail,
 * or the same cells with the same positions, bit for bit. */
static void test_same_as_in_process(void **state)
{
    char dir[1024];
    DIR *d;
    struct dirent *e;
    unsigned files = 0;

    snprintf(dir, sizeof(dir), "%s/pdf", TEST_DATA_DIR);
    d = opendir(dir);
    assert_non_null(d);
    while ((e = readdir(d)) != NULL) {
        size_t nl = strlen(e->d_name), len;
        struct od_grid a, b;
        char *data, detail[512];
        int ra, rb;

        /* The bombs are in the table, in both modes, with limits that make their outcome
         * certain; at the default 10 s it would depend on the machine's speed (and cost
         * tens of seconds with ASan). The layout bomb takes poppler minutes and gigabytes
         * in-process: see test_layout_bomb. */
        if (nl < 5 || strcmp(e->d_name + nl - 4, ".pdf") != 0 ||
            strcmp(e->d_name, "layout_bomb.pdf") == 0 || strcmp(e->d_name, "flate_bomb.pdf") == 0 ||
            strcmp(e->d_name, "text_bomb.pdf") == 0)
            continue;
        data = load(e->d_name, &len);
        assert_int_equal(od_grid_init(&a, OD_GRID_PDF, NULL), 0);
        assert_int_equal(od_grid_init(&b, OD_GRID_PDF, NULL), 0);
        use_worker(NULL);
        ra = od_pdf_to_grid(data, len, NULL, &a);
        snprintf(detail, sizeof(detail), "%s", ra ? od_error_last() : "");
        use_worker(WORKER);
        rb = od_pdf_to_grid(data, len, NULL, &b);
        if (ra != rb || (ra && strcmp(detail, od_error_last()) != 0))
            fail_msg("%s: in-process %d '%s', in a child %d '%s'", e->d_name, ra, detail, rb,
                     od_error_last());
        assert_int_equal(a.n, b.n);
        assert_int_equal(a.n_rows, b.n_rows);
        for (size_t i = 0; i < a.n; i++) {
            const struct od_cell *x = &a.cells[i], *y = &b.cells[i];

            assert_int_equal(x->row, y->row);
            assert_int_equal(x->col, y->col);
            assert_int_equal(x->page, y->page);
            assert_int_equal(x->type, y->type);
            assert_int_equal(x->span, y->span);
            assert_int_equal(x->rows, y->rows);
            assert_memory_equal(&x->x0, &y->x0, sizeof(double));
            assert_memory_equal(&x->x1, &y->x1, sizeof(double));
            assert_memory_equal(&x->y, &y->y, sizeof(double));
            assert_string_equal(x->text, y->text);
        }
        od_grid_free(&a);
        od_grid_free(&b);
        free(data);
        files++;
    }
    closedir(d);
    assert_true(files >= 17);
}

/* 2 KB whose page poppler needs 47 s and 1.7 GB to lay out: in a child it ends with the time
 * or the memory reason within the time limit (and a margin for a busy machine). Built with
 * AddressSanitizer the child has no memory limit (pdf.h): then it is the time. */
static void test_layout_bomb(void **state)
{
    const struct od_pdf_limits lim = {.max_seconds = 2, .max_memory = (uint64_t)256 << 20};
    struct od_grid g;
    size_t len;
    char *data = load("layout_bomb.pdf", &len);
    double t0 = now(), took;
    int rc;

    assert_true(len <= 10240);
    assert_int_equal(od_grid_init(&g, OD_GRID_PDF, NULL), 0);
    rc = od_pdf_to_grid(data, len, &lim, &g);
    took = now() - t0;
    print_message("layout_bomb.pdf in a child: %.2f s, %s\n", took, od_error_last());
    assert_int_equal(rc, OD_EINVAL);
    if (strcmp(od_error_last(), "took longer than 2 s") != 0 &&
        strcmp(od_error_last(),
               "needs more than 256 MiB of memory to read (or crashed): not read") != 0 &&
        strcmp(od_error_last(), "needs more than 256 MiB of memory to read: not read") != 0)
        fail_msg("layout_bomb.pdf: %s", od_error_last());
    assert_true(took <= 2 + 3);
    od_grid_free(&g);
    free(data);
}

/* Workers that misbehave (this program's other modes, and programs that are no worker at
 * all), each with the error it must give and the time it may take. */
struct bad_worker {
    const char *const argv[4];
    uint64_t max_seconds;
    int rc;
    const char *detail;
};

static const struct bad_worker bad_workers[] = {
    {{"/proc/self/exe", "--garbage-worker", NULL}, 0, OD_EINVAL, MALFORMED},
    {{"/proc/self/exe", "--bad-cell-worker", NULL}, 0, OD_EINVAL, MALFORMED},
    {{"/proc/self/exe", "--exit1-worker", NULL}, 0, OD_EINVAL, MALFORMED},
    {{"/proc/self/exe", "--crash-worker", NULL}, 0, OD_EINVAL, MEMORY_OR_CRASH},
    {{"/proc/self/exe", "--segv-worker", NULL}, 0, OD_EINVAL, MEMORY_OR_CRASH},
    {{"/proc/self/exe", "--xcpu-worker", NULL}, 0, OD_EINVAL, "took longer than 10 s"},
    {{"/proc/self/exe", "--hang-worker", NULL}, 1, OD_EINVAL, "took longer than 1 s"},
    {{"/proc/self/exe", "--linger-worker", NULL}, 1, OD_EINVAL, "took longer than 1 s"},
    {{"/proc/self/exe", "--flood-worker", NULL}, 0, OD_EINVAL, MALFORMED},
    {{"/bin/echo", "not a reply", NULL}, 0, OD_EINVAL, MALFORMED}, /* never reads: EPIPE */
    {{"/bin/true", NULL}, 0, OD_EINVAL, MALFORMED},
    {{"/nonexistent/pdf-worker", NULL},
     0,
     OD_EIO,
     "cannot start the PDF reader /nonexistent/pdf-worker: No such file or directory"},
};

static void test_bad_workers(void **state)
{
    size_t len;
    char *data = load("po_en.pdf", &len);

    for (size_t i = 0; i < sizeof(bad_workers) / sizeof(bad_workers[0]); i++) {
        const struct bad_worker *w = &bad_workers[i];
        struct od_pdf_limits lim = {.max_seconds = w->max_seconds};
        struct od_grid g;
        double t0 = now(), took;
        int rc;

        use_worker(w->argv);
        assert_int_equal(od_grid_init(&g, OD_GRID_PDF, NULL), 0);
        g.max_text = 1 << 20; /* the flood worker is cut off at about this many bytes */
        rc = od_pdf_to_grid(data, len, &lim, &g);
        took = now() - t0;
        if (rc != w->rc || strcmp(od_error_last(), w->detail) != 0)
            fail_msg("%s %s: rc %d '%s'", w->argv[0], w->argv[1] ? w->argv[1] : "", rc,
                     od_error_last());
        assert_true(took <= (w->max_seconds ? (double)w->max_seconds : 10.0) + 3);
        od_grid_free(&g);
    }
    use_worker(WORKER);
    free(data);
}

static unsigned count_fds(void)
{
    DIR *d = opendir("/proc/self/fd");
    unsigned n = 0;

    assert_non_null(d);
    while (readdir(d))
        n++;
    closedir(d);
    return n;
}

/* After good, hostile and broken workers: no child left (not even a zombie), no descriptor
 * left open. */
static void test_no_leftovers(void **state)
{
    static const char *const hang[] = {"/proc/self/exe", "--hang-worker", NULL};
    static const char *const crash[] = {"/proc/self/exe", "--crash-worker", NULL};
    static const char *const echo[] = {"/bin/echo", "x", NULL};
    static const char *const none[] = {"/nonexistent/pdf-worker", NULL};
    const char *const *workers[] = {WORKER, hang, crash, echo, none, WORKER};
    const struct od_pdf_limits lim = {.max_seconds = 1};
    unsigned before = count_fds();
    size_t len;
    char *data = load("two_pages.pdf", &len);
    int status;

    for (size_t i = 0; i < sizeof(workers) / sizeof(workers[0]); i++) {
        struct od_grid g;

        use_worker(workers[i]);
        assert_int_equal(od_grid_init(&g, OD_GRID_PDF, NULL), 0);
        od_pdf_to_grid(data, len, &lim, &g);
        od_grid_free(&g);
    }
    errno = 0;
    assert_int_equal(waitpid(-1, &status, WNOHANG), -1);
    assert_int_equal(errno, ECHILD);
    assert_int_equal(count_fds(), before);
    use_worker(WORKER);
    free(data);
}

/* The child inherits nothing it should not, even from a caller with a descriptor open
 * without O_CLOEXEC (a database or IMAP socket of a library that does not set it) and
 * signals blocked or ignored (orderd's threads block SIGTERM, SIGINT and SIGHUP): the
 * --inherit-worker replies only when it has stdin, stdout and stderr (on /dev/null) and
 * nothing else, an empty signal mask, no ignored signal, and the environment as it was
 * when the worker was registered. */
static void test_child_inherits_nothing(void **state)
{
    static const char *const check[] = {"/proc/self/exe", "--inherit-worker", NULL};
    struct od_grid g;
    sigset_t term, old;
    size_t len;
    char *data = load("minimal.pdf", &len);
    int leak = open("/dev/null", O_RDONLY); /* no O_CLOEXEC */
    void (*was)(int) = signal(SIGUSR1, SIG_IGN);

    assert_true(leak > 2);
    sigemptyset(&term);
    sigaddset(&term, SIGTERM);
    assert_int_equal(pthread_sigmask(SIG_BLOCK, &term, &old), 0);
    use_worker(check);
    assert_int_equal(setenv("OD_PDF_TEST_LATE", "1", 1), 0); /* after: not for the child */
    assert_int_equal(od_grid_init(&g, OD_GRID_PDF, NULL), 0);
    if (od_pdf_to_grid(data, len, NULL, &g) != 0)
        fail_msg("the child inherited something: %s", od_error_last());
    unsetenv("OD_PDF_TEST_LATE");
    assert_string_equal(g.cells[0].text, "Qty 5");
    od_grid_free(&g);
    use_worker(WORKER);
    pthread_sigmask(SIG_SETMASK, &old, NULL);
    signal(SIGUSR1, was);
    close(leak);
    free(data);
}

/* In the child of test_child_inherits_nothing: whether the process has what it should. */
static bool inherits_nothing(void)
{
    DIR *d = opendir("/proc/self/fd");
    struct dirent *e;
    char link[64], status[4096];
    ssize_t n;
    unsigned fds = 0;
    FILE *f;
    bool blocked = true, ignored = true;

    if (!d)
        return false;
    while ((e = readdir(d)) != NULL)
        if (e->d_name[0] != '.')
            fds++;
    closedir(d);
    n = readlink("/proc/self/fd/2", link, sizeof(link) - 1);
    if (fds != 4 || n < 0) /* 0, 1, 2 and the directory's own */
        return false;
    link[n] = '\0';
    f = fopen("/proc/self/status", "r");
    if (!f)
        return false;
    while (fgets(status, sizeof(status), f)) {
        /* signals 32 and 33 are glibc's own (SIGCANCEL, SIGSETXID): its posix_spawn
         * always leaves them ignored in the child, and sigfillset() cannot name them */
        unsigned long long mask = strtoull(status + 7, NULL, 16) & ~(3ULL << 31);

        if (strncmp(status, "SigBlk:", 7) == 0 && mask == 0)
            blocked = false;
        if (strncmp(status, "SigIgn:", 7) == 0 && mask == 0)
            ignored = false;
    }
    fclose(f);
    return strcmp(link, "/dev/null") == 0 && !blocked && !ignored &&
           getenv("OD_PDF_TEST_LATE") == NULL;
}

/* --- the reply parser --------------------------------------------------- */

static void put_le32(char *p, uint32_t v)
{
    for (int i = 0; i < 4; i++)
        p[i] = (char)(v >> (8 * i));
}

/* A reply with two cells, "Qty" and "5" on row 0 of page 1, and the error of code (or 0). */
static char *sample_reply(int code, const char *detail, size_t *len)
{
    struct od_grid g;
    struct od_cell *c;
    struct od_buf b;

    assert_int_equal(od_grid_init(&g, OD_GRID_PDF, NULL), 0);
    assert_int_equal(od_grid_add(&g, 0, 0, OD_CELL_TEXT, "Qty", 3, &c), 0);
    c->page = 1;
    c->x0 = 72;
    c->x1 = 90.5;
    c->y = 74.25;
    assert_int_equal(od_grid_add(&g, 0, 1, OD_CELL_TEXT, "5", 1, &c), 0);
    c->page = 1;
    c->x0 = 200;
    c->x1 = 205;
    c->y = 74.25;
    od_buf_init(&b, 4096);
    assert_int_equal(od_pdf_reply_encode(code, detail, &g, &b), 0);
    od_grid_free(&g);
    *len = b.len;
    return od_buf_steal(&b);
}

/* Offsets in the sample reply (code 0, no detail): the cell count, then the first cell. */
#define R_CODE   8
#define R_DLEN   12
#define R_COUNT  16
#define R_CELL   20
#define R_TEXT2  (R_CELL + 2 * OD_PDF_CELL_HEAD + 3) /* "5", after "Qty" */
#define NAN_BITS 0x7FF8000000000000ULL

struct damage {
    size_t off;
    uint64_t value;
    unsigned width; /* 1, 4 or 8 bytes, little-endian */
    const char *what;
};

static const struct damage damages[] = {
    {0, 'X', 1, "magic"},
    {4, 2, 4, "version"},
    {R_CODE, 5, 4, "unknown code"},
    {R_CODE, (uint32_t)OD_EINVAL, 4, "an error without a detail"},
    {R_DLEN, 1, 4, "a detail with code 0"},
    {R_COUNT, 3, 4, "more cells than sent"},
    {R_COUNT, 0xFFFFFFFF, 4, "a count past max_cells"},
    {R_CELL, 10, 4, "row past max_cells"},
    {R_CELL + 4, 10, 4, "col past max_cells"},
    {R_CELL + 8, 2, 4, "span"},
    {R_CELL + 12, 0, 4, "rows"},
    {R_CELL + 16, OD_CELL_NUMBER, 4, "type"},
    {R_CELL + 20, 0, 4, "page 0"},
    {R_CELL + 20, 9, 4, "page past max_pages"},
    {R_CELL + 24, NAN_BITS, 8, "x0 NaN"},
    {R_CELL + 24, 0x4100000000000000ULL, 8, "x0 beyond x1 (131072)"},
    {R_CELL + 40, 0x41A0000000000000ULL, 8, "y 1.3e8"},
    {R_CELL + 48, 0, 4, "empty text"},
    {R_CELL + 48, 1000, 4, "text longer than the reply"},
    {R_TEXT2, ' ', 1, "text of white space only"},
};

static void test_reply_parser(void **state)
{
    const struct od_pdf_limits lim = {.max_cells = 9, .max_pages = 8};
    struct od_grid g;
    char detail[OD_PDF_DETAIL_MAX + 1];
    size_t len, elen;
    char *r = sample_reply(0, "", &len);
    char *e = sample_reply(OD_EINVAL, "damaged PDF: x\x01y", &elen);
    int code = 42;

    /* whole: the cells after the rows the grid has */
    assert_int_equal(od_grid_init(&g, OD_GRID_PDF, NULL), 0);
    assert_int_equal(od_grid_add(&g, 0, 0, OD_CELL_TEXT, "before", 6, NULL), 0);
    assert_int_equal(od_pdf_reply_parse(r, len, &lim, &g, &code, detail, sizeof(detail)), 0);
    assert_int_equal(code, 0);
    assert_string_equal(detail, "");
    assert_int_equal(g.n, 3);
    assert_string_equal(g.cells[1].text, "Qty");
    assert_int_equal(g.cells[1].row, 1);
    assert_int_equal(g.cells[2].col, 1);
    assert_true(g.cells[1].x1 == 90.5 && g.cells[1].y == 74.25 && g.cells[2].page == 1);
    od_grid_free(&g);

    /* an error, its control character made a space by the encoder */
    assert_int_equal(od_grid_init(&g, OD_GRID_PDF, NULL), 0);
    assert_int_equal(od_pdf_reply_parse(e, elen, &lim, &g, &code, detail, sizeof(detail)), 0);
    assert_int_equal(code, OD_EINVAL);
    assert_string_equal(detail, "damaged PDF: x y");
    od_grid_free(&g);
    /* ... which the parser refuses raw, as it refuses a detail that is not UTF-8 */
    for (int k = 0; k < 2; k++) {
        char *bad = malloc(elen);

        assert_non_null(bad);
        memcpy(bad, e, elen);
        bad[R_DLEN + 4 + 14] = k ? '\x01' : '\xFF';
        assert_int_equal(od_grid_init(&g, OD_GRID_PDF, NULL), 0);
        assert_int_equal(od_pdf_reply_parse(bad, elen, &lim, &g, &code, detail, sizeof(detail)),
                         OD_EINVAL);
        assert_string_equal(od_error_last(), MALFORMED);
        od_grid_free(&g);
        free(bad);
    }

    /* every cut, and one byte too many */
    for (size_t n = 0; n <= len; n++) {
        char *cut = malloc(n + 1);

        assert_non_null(cut);
        memcpy(cut, r, n < len ? n : len);
        cut[n < len ? n : len] = 'x';
        assert_int_equal(od_grid_init(&g, OD_GRID_PDF, NULL), 0);
        assert_int_equal(od_pdf_reply_parse(cut, n == len ? len + 1 : n, &lim, &g, &code, detail,
                                            sizeof(detail)),
                         OD_EINVAL);
        assert_string_equal(od_error_last(), MALFORMED);
        od_grid_free(&g);
        free(cut);
    }

    /* one field wrong at a time */
    for (size_t i = 0; i < sizeof(damages) / sizeof(damages[0]); i++) {
        const struct damage *d = &damages[i];
        char *bad = malloc(len);
        int rc;

        assert_non_null(bad);
        memcpy(bad, r, len);
        if (d->width == 1)
            bad[d->off] = (char)d->value;
        else if (d->width == 4)
            put_le32(bad + d->off, (uint32_t)d->value);
        else
            for (int k = 0; k < 8; k++)
                bad[d->off + (size_t)k] = (char)(d->value >> (8 * k));
        assert_int_equal(od_grid_init(&g, OD_GRID_PDF, NULL), 0);
        rc = od_pdf_reply_parse(bad, len, &lim, &g, &code, detail, sizeof(detail));
        if (rc != OD_EINVAL || strcmp(od_error_last(), MALFORMED) != 0)
            fail_msg("%s: rc %d '%s'", d->what, rc, od_error_last());
        od_grid_free(&g);
        free(bad);
    }

    /* the caller's grid is full: its own limit, as in-process */
    assert_int_equal(od_grid_init(&g, OD_GRID_PDF, NULL), 0);
    g.max_cells = 1;
    assert_int_equal(od_pdf_reply_parse(r, len, &lim, &g, &code, detail, sizeof(detail)),
                     OD_EINVAL);
    assert_string_equal(od_error_last(), "more than 1 cells");
    od_grid_free(&g);
    free(r);
    free(e);
}

static bool built_in(void)
{
    struct od_grid g;
    bool yes;

    if (od_grid_init(&g, OD_GRID_PDF, NULL) < 0)
        abort();
    yes = od_pdf_to_grid("%PDF-", 5, NULL, &g) == 0 ||
          strcmp(od_error_last(), "PDF support is not built in (meson -Dpdf=enabled)") != 0;
    od_grid_free(&g);
    return yes;
}

/* This program as a worker: the real one, and the ways a worker can go wrong. */
static int run_worker(const char *mode)
{
    static const char junk[] = "ODPR but this is not a reply\n";
    struct od_grid g;
    struct od_buf b;
    char chunk[4096];

    if (strcmp(mode, "--doc-worker") == 0)
        return od_doc_worker_main(0, 1);
    if (strcmp(mode, "--exit1-worker") == 0) /* a good reply, then a failure */
        return od_doc_worker_main(0, 1) == 0 ? 1 : 2;
    if (strcmp(mode, "--linger-worker") == 0) { /* a good reply, then it does not exit */
        od_doc_worker_main(0, 1);
        close(1);
        sleep(60);
        return 0;
    }
    if (strcmp(mode, "--inherit-worker") == 0)
        return inherits_nothing() ? od_doc_worker_main(0, 1) : 1;
    if (strcmp(mode, "--garbage-worker") == 0)
        return write(1, junk, sizeof(junk) - 1) < 0;
    if (strcmp(mode, "--flood-worker") == 0) { /* more than any reply can be */
        memset(chunk, 'x', sizeof(chunk));
        while (write(1, chunk, sizeof(chunk)) > 0)
            ;
        return 0;
    }
    if (strcmp(mode, "--bad-cell-worker") == 0) { /* well formed but on page 0 */
        struct od_cell *c;

        if (od_grid_init(&g, OD_GRID_PDF, NULL) < 0 ||
            od_grid_add(&g, 0, 0, OD_CELL_TEXT, "Qty", 3, &c) < 0)
            return 1;
        od_buf_init(&b, 4096);
        if (od_pdf_reply_encode(0, "", &g, &b) < 0 || write(1, b.data, b.len) < 0)
            return 1;
        od_buf_free(&b);
        od_grid_free(&g);
        return 0;
    }
    if (strcmp(mode, "--hang-worker") == 0) { /* reads nothing, says nothing */
        sleep(60);
        return 0;
    }
    if (strcmp(mode, "--crash-worker") == 0)
        abort();
    if (strcmp(mode, "--segv-worker") == 0) {
        signal(SIGSEGV, SIG_DFL); /* AddressSanitizer's handler would exit(1) instead */
        raise(SIGSEGV);
    }
    if (strcmp(mode, "--xcpu-worker") == 0)
        raise(SIGXCPU);
    return 3;
}

int main(int argc, char **argv)
{
    const struct CMUnitTest without[] = {
        cmocka_unit_test(test_not_built_in),
    };
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_table),        cmocka_unit_test(test_columns_align),
        cmocka_unit_test(test_positions),    cmocka_unit_test(test_appends_rows),
        cmocka_unit_test(test_partial_grid), cmocka_unit_test(test_damaged_copies),
        cmocka_unit_test(test_threads),      cmocka_unit_test(test_reply_parser),
    };
    /* the same in a child process (not the 1,200 damaged copies: a child each), and what
     * only a child can do */
    const struct CMUnitTest isolated[] = {
        cmocka_unit_test(test_table),
        cmocka_unit_test(test_columns_align),
        cmocka_unit_test(test_positions),
        cmocka_unit_test(test_appends_rows),
        cmocka_unit_test(test_partial_grid),
        cmocka_unit_test(test_threads),
        cmocka_unit_test(test_same_as_in_process),
        cmocka_unit_test(test_layout_bomb),
        cmocka_unit_test(test_bad_workers),
        cmocka_unit_test(test_no_leftovers),
        cmocka_unit_test(test_child_inherits_nothing),
    };
    int failed;

    if (argc == 2 && strncmp(argv[1], "--", 2) == 0)
        return run_worker(argv[1]);
    if (!built_in())
        return cmocka_run_group_tests(without, NULL, NULL);
    failed = cmocka_run_group_tests(tests, NULL, NULL);
    failed += cmocka_run_group_tests_name("in a child process", isolated, isolate, in_process);
    return failed;
}
