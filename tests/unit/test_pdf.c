/* Unit tests for lib/pdf.c.
 *
 * The PDFs are in tests/data/pdf/, written by make_fixtures.py there
 * (reportlab, LibreOffice, Chromium, and hand-written hostile files). One
 * table holds every case: file, limits, and either the whole grid expected
 * (one line per row: "p<page>: cell | cell | ...") or the exact error
 * detail. Further tests check what the table cannot: positions (column
 * alignment, pages, lines top down), rows going on in a grid that already
 * has some, the clock, damaged copies of a good file, and threads. */
#include <math.h>
#include <pthread.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "buf.h"
#include "charset.h"
#include "error.h"
#include "grid.h"
#include "pdf.h"

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

int main(void)
{
    const struct CMUnitTest without[] = {
        cmocka_unit_test(test_not_built_in),
    };
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_table),        cmocka_unit_test(test_columns_align),
        cmocka_unit_test(test_positions),    cmocka_unit_test(test_appends_rows),
        cmocka_unit_test(test_partial_grid), cmocka_unit_test(test_damaged_copies),
        cmocka_unit_test(test_threads),
    };

    if (!built_in())
        return cmocka_run_group_tests(without, NULL, NULL);
    return cmocka_run_group_tests(tests, NULL, NULL);
}
