/* Unit tests for lib/xls.c (and lib/cfb.c behind it).
 *
 * The workbooks are in tests/data/xls/, written by make_fixtures.py there:
 * purchase orders laid out by a person and saved as .xls by LibreOffice
 * (checked cell by cell), one saved with a password, a 65,536-row sheet
 * (zipped: it is 3 MB), and damaged or hostile files made from those
 * workbook streams. Further
 * tests: sheet choice, limits, truncated and bit-flipped copies, and that
 * no temporary file is left behind. The tests run again with FreeXL in the
 * document worker (this program started with --doc-worker), and against
 * workers that crash, hang or answer garbage (the other --*-worker
 * options). */
#include <dirent.h>
#include <setjmp.h>
#include <signal.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <zip.h>

#include <cmocka.h>

#include "error.h"
#include "docworker.h"
#include "grid.h"
#include "pdf.h"
#include "xls.h"
#include "xlsx.h"

#define T OD_CELL_TEXT
#define N OD_CELL_NUMBER
#define D OD_CELL_DATE
#define B OD_CELL_BOOL

struct gcell {
    uint32_t row, col, span, rows;
    enum od_cell_type type;
    const char *text;
};

/* po_zh.xls: merged title, label cells, a label and its value in the next
 * cell, a blank row, the item table, formulas (amounts, a date, a sum, a
 * text, an error, a comparison) with LibreOffice's cached results, the
 * 合计 row, the signature row, then odds and ends. */
static const struct gcell zh_cells[] = {
    {0, 0, 6, 1, T, "上海某某贸易有限公司 采购订单"},
    {1, 0, 1, 1, T, "采购单号：PO-2026-0042"},
    {1, 4, 1, 1, T, "下单日期："},
    {1, 5, 1, 1, D, "2026-11-20"},
    {2, 0, 1, 1, T, "供应商："},
    {2, 1, 3, 1, T, "深圳市某某电子有限公司"},
    {2, 4, 1, 1, T, "交货日期："},
    {2, 5, 1, 1, D, "2026-11-27"},
    {4, 0, 1, 1, T, "序号"},
    {4, 1, 1, 1, T, "物料编码"},
    {4, 2, 1, 1, T, "品名规格"},
    {4, 3, 1, 1, T, "数量"},
    {4, 4, 1, 1, T, "单价"},
    {4, 5, 1, 1, T, "金额"},
    {5, 0, 1, 1, N, "1"},
    {5, 1, 1, 1, T, "A-100"},
    {5, 2, 1, 1, T, "电源适配器 12V"},
    {5, 3, 1, 1, N, "2"},
    {5, 4, 1, 1, N, "59"},
    {5, 5, 1, 1, N, "118"},
    {6, 0, 1, 1, N, "2"},
    {6, 1, 1, 1, T, "B-200"},
    {6, 2, 1, 1, T, "数据线 1m"},
    {6, 3, 1, 1, N, "10"},
    {6, 4, 1, 1, N, "12.3"},
    {6, 5, 1, 1, N, "123"},
    {7, 0, 1, 1, N, "3"},
    {7, 1, 1, 1, T, "C-300"},
    {7, 2, 1, 1, T, "保险丝 0.1A"},
    {7, 3, 1, 1, N, "3"},
    {7, 4, 1, 1, N, "0.1"},
    {7, 5, 1, 1, N, "0.3"},
    {8, 0, 3, 1, T, "合计"},
    {8, 3, 1, 1, N, "15"},
    {8, 5, 1, 1, N, "241.3"},
    {10, 0, 1, 1, T, "采购员：张三"},
    {10, 3, 1, 1, T, "审核："},
    {10, 4, 1, 1, D, "2026-11-20T09:30:00"},
    {11, 0, 1, 1, B, "TRUE"},
    {11, 1, 1, 1, T, "#DIV/0!"},
    {11, 2, 1, 1, T, "采购单号：PO-2026-0042!"},
    {11, 3, 1, 1, N, "-4.5"},
    {11, 4, 1, 1, N, "123456789012"},
    {11, 5, 1, 1, B, "TRUE"},
};

static const struct gcell en_cells[] = {
    {0, 0, 5, 1, T, "ACME Trading Ltd - PURCHASE ORDER"},
    {1, 0, 1, 1, T, "PO No.:"},
    {1, 1, 1, 1, T, "PO-7731"},
    {1, 3, 1, 1, T, "Date:"},
    {1, 4, 1, 1, D, "2026-03-05"},
    {3, 0, 1, 1, T, "Item"},
    {3, 1, 1, 1, T, "Description"},
    {3, 2, 1, 1, T, "Qty"},
    {3, 3, 1, 1, T, "Unit price"},
    {3, 4, 1, 1, T, "Amount"},
    {4, 0, 1, 1, T, "SKU-1"},
    {4, 1, 1, 1, T, "Widget, blue"},
    {4, 2, 1, 1, N, "4"},
    {4, 3, 1, 1, N, "2.5"},
    {4, 4, 1, 1, N, "10"},
    {5, 0, 1, 1, T, "SKU-2"},
    {5, 1, 1, 1, T, "Gadget"},
    {5, 2, 1, 1, N, "1"},
    {5, 3, 1, 1, N, "19.99"},
    {5, 4, 1, 1, N, "19.99"},
    {7, 0, 1, 1, T, "Total"},
    {7, 4, 1, 1, N, "29.99"},
    {9, 0, 1, 1, T, "Authorised by: J. Smith"},
};

static char *load_path(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    char *data;
    long n;

    assert_non_null(f);
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

static char *load(const char *name, size_t *len)
{
    char path[1024];

    snprintf(path, sizeof(path), "%s/xls/%s", TEST_DATA_DIR, name);
    return load_path(path, len);
}

/* The one entry of tests/data/xls/<name>.zip. */
static char *load_zipped(const char *name, size_t *len)
{
    char path[1024];
    zip_t *za;
    zip_file_t *zf;
    zip_stat_t st;
    char *data;

    snprintf(path, sizeof(path), "%s/xls/%s.zip", TEST_DATA_DIR, name);
    za = zip_open(path, ZIP_RDONLY, NULL);
    assert_non_null(za);
    assert_int_equal(zip_stat_index(za, 0, 0, &st), 0);
    data = malloc((size_t)st.size);
    assert_non_null(data);
    zf = zip_fopen_index(za, 0, 0);
    assert_non_null(zf);
    assert_int_equal(zip_fread(zf, data, st.size), (zip_int64_t)st.size);
    zip_fclose(zf);
    zip_discard(za);
    *len = (size_t)st.size;
    return data;
}

static void check_grid(const struct od_grid *g, const char *name, const struct gcell *want,
                       size_t n)
{
    assert_int_equal(g->kind, OD_GRID_SHEET);
    assert_string_equal(g->name, name);
    if (g->n != n)
        fail_msg("%zu cells, want %zu", g->n, n);
    for (size_t i = 0; i < n; i++) {
        const struct od_cell *c = &g->cells[i];
        const struct gcell *w = &want[i];
        char ref[64];

        od_cell_ref(g, c, ref, sizeof(ref));
        if (c->row != w->row || c->col != w->col || strcmp(c->text, w->text) != 0 ||
            c->type != w->type || c->span != w->span || c->rows != w->rows)
            fail_msg("%s: '%s' type %d span %u rows %u; want row %u col %u '%s' type %d span %u "
                     "rows %u",
                     ref, c->text, c->type, c->span, c->rows, w->row, w->col, w->text, w->type,
                     w->span, w->rows);
    }
}

static void test_po_zh(void **state)
{
    struct od_grid g;
    size_t len;
    char *data = load("po_zh.xls", &len);
    char ref[64];

    assert_int_equal(od_xls_to_grid(data, len, NULL, NULL, &g), 0);
    check_grid(&g, "采购单", zh_cells, sizeof(zh_cells) / sizeof(zh_cells[0]));
    assert_int_equal(g.n_rows, 12);
    assert_int_equal(g.n_cols, 6);
    od_cell_ref(&g, od_grid_at(&g, 8, 5), ref, sizeof(ref));
    assert_string_equal(ref, "采购单!F9");
    od_grid_free(&g);

    /* by name, exact or ignoring ASCII case */
    assert_int_equal(od_xls_to_grid(data, len, "采购单", NULL, &g), 0);
    assert_int_equal(g.n, sizeof(zh_cells) / sizeof(zh_cells[0]));
    od_grid_free(&g);
    assert_int_equal(od_xls_to_grid(data, len, "NOTES", NULL, &g), 0);
    assert_string_equal(g.name, "Notes");
    assert_int_equal(g.n, 1);
    assert_string_equal(g.cells[0].text, "notes");
    od_grid_free(&g);
    free(data);

    /* the same workbook stream in another compound file */
    data = load("rewrapped.xls", &len);
    assert_int_equal(od_xls_to_grid(data, len, NULL, NULL, &g), 0);
    check_grid(&g, "采购单", zh_cells, sizeof(zh_cells) / sizeof(zh_cells[0]));
    od_grid_free(&g);
    free(data);
}

/* A number in a cell format with a date format FreeXL does not know
 * (the built-in East Asian format 31) is a date all the same. */
static void test_east_asian_date(void **state)
{
    struct od_grid g;
    size_t len;
    char *data = load("east_asian_date.xls", &len);
    const struct od_cell *c;

    assert_int_equal(od_xls_to_grid(data, len, NULL, NULL, &g), 0);
    assert_int_equal(g.n, sizeof(zh_cells) / sizeof(zh_cells[0]));
    c = od_grid_at(&g, 5, 0);
    assert_non_null(c);
    assert_int_equal(c->type, OD_CELL_DATE);
    assert_string_equal(c->text, "1900-01-01");
    od_grid_free(&g);
    free(data);
}

static void test_po_en(void **state)
{
    struct od_grid g;
    size_t len;
    char *data = load("po_en.xls", &len);

    assert_int_equal(od_xls_to_grid(data, len, "purchase order", NULL, &g), 0);
    check_grid(&g, "Purchase Order", en_cells, sizeof(en_cells) / sizeof(en_cells[0]));
    od_grid_free(&g);
    free(data);
}

/* The currency that the numbers' formats show (make_currency.py): one
 * on sheet "PO", none when a sheet shows two. */
static void test_currency(void **state)
{
    struct od_grid g;
    size_t len;
    char *data = load("currency.xls", &len);

    (void)state;
    assert_int_equal(od_xls_to_grid(data, len, "PO", NULL, &g), 0);
    assert_string_equal(g.money_symbol, "£");
    assert_false(g.money_mixed);
    assert_string_equal(od_grid_at(&g, 1, 2)->text, "2.5");
    od_grid_free(&g);
    assert_int_equal(od_xls_to_grid(data, len, "Mixed", NULL, &g), 0);
    assert_string_equal(g.money_symbol, "");
    assert_true(g.money_mixed);
    od_grid_free(&g);
    free(data);
}

/* 65,536 rows of two cells: read within the default limits, refused with
 * the limit's reason below them. */
static void test_big(void **state)
{
    const struct od_xls_limits few = {.max_cells = 100000};
    const struct od_xls_limits small = {.max_bytes = 1 << 20};
    struct od_grid g;
    size_t len;
    char *data = load_zipped("big_65536_rows.xls", &len);

    assert_int_equal(od_xls_to_grid(data, len, NULL, NULL, &g), 0);
    assert_string_equal(g.name, "Rows");
    assert_int_equal(g.n, 131072);
    assert_int_equal(g.n_rows, 65536);
    assert_string_equal(od_grid_at(&g, 65535, 0)->text, "SKU");
    assert_string_equal(od_grid_at(&g, 65535, 1)->text, "2");
    assert_int_equal(od_grid_at(&g, 65535, 1)->type, OD_CELL_NUMBER);
    od_grid_free(&g);

    assert_int_equal(od_xls_to_grid(data, len, NULL, &few, &g), OD_EINVAL);
    assert_string_equal(od_error_last(), "more than 100000 cells");
    assert_int_equal(od_xls_to_grid(data, len, NULL, &small, &g), OD_EINVAL);
    assert_string_equal(od_error_last(), "larger than 1 MiB");
    free(data);
}

struct refusal {
    const char *file;
    const char *sheet;
    struct od_xls_limits lim;
    const char *want; /* the whole detail, or its start when it ends with '*' */
};

static const struct refusal refusals[] = {
    {"not_xls.xls", NULL, {0}, "not an Excel 97-2003 (.xls) file"},
    {"xlsx_named_xls.xls", NULL, {0}, "not an Excel 97-2003 (.xls) file"},
    {"truncated.xls", NULL, {0}, "damaged .xls: directory past the end of the file"},
    {"filepass.xls", NULL, {0}, "encrypted .xls (password protected): not read"},
    {"password.xls", NULL, {0}, "encrypted .xls (password protected): not read"},
    {"po_zh.xls", "Orders", {0}, "no sheet named 'Orders' (sheets: '采购单', 'Notes')"},
    {"po_zh.xls", NULL, {.max_bytes = 4096}, "larger than 4096 bytes"},
    {"po_zh.xls", NULL, {.max_cells = 40}, "more than 40 cells"},
    {"circular_fat.xls",
     NULL,
     {0},
     "damaged .xls: workbook sector chain longer than the stream (circular?)"},
    {"circular_difat.xls", NULL, {0}, "damaged .xls: circular DIFAT chain"},
    {"fat_past_end.xls", NULL, {0}, "damaged .xls: FAT sector 100000 is past the end of the file"},
    {"mini_overrun.xls", NULL, {0}, "damaged .xls: workbook outside the mini stream"},
    {"sst_huge_count.xls", NULL, {0}, "damaged .xls: more than 1048576 shared strings"},
    {"sst_overrun.xls", NULL, {0}, "damaged .xls: FreeXL cannot parse its records"},
    {"sst_bad_skip.xls", NULL, {0}, "damaged .xls: FreeXL cannot parse its records"},
    {"no_dimension.xls", NULL, {0}, "damaged .xls: sheet 1 has no DIMENSION record"},
    {"duplicate_cell.xls", NULL, {0}, "damaged .xls: two cells at R1C1 of sheet 1"},
    {"label_overrun.xls", NULL, {0}, "damaged .xls: text longer than its record (record 0x0204)"},
    /* the Workbook entry starts at FREESECT: FreeXL reads on to an entry
     * whose name claims 65535 bytes (found by fuzz_xls) */
    {"workbook_at_freesect.xls", NULL, {0}, "damaged .xls: bad directory entry"},
    /* in the mini stream FreeXL reads on past a record of type 0 and
     * size 0, into a FORMAT record whose text claims more than the
     * record (found by fuzz_xls) */
    {"mini_zero_record.xls", NULL, {0}, "damaged .xls: bad number format (record 0x041E)"},
    /* 1,953,383,712 rows and no column: an area of 0 that FreeXL's
     * dimensions made freexl_cells() walk row by row (found by fuzz_xls) */
    {"dimension_rows.xls",
     NULL,
     {0},
     "damaged .xls: DIMENSION of more than 65536 rows (record 0x0200)"},
    {"huge_dimension.xls",
     NULL,
     {0},
     "more than 8000000 cells (sheet 1 spans 65536 rows x 256 columns)"},
};

static void test_refusals(void **state)
{
    for (size_t i = 0; i < sizeof(refusals) / sizeof(refusals[0]); i++) {
        const struct refusal *c = &refusals[i];
        struct od_grid g;
        size_t len;
        char *data = load(c->file, &len);
        int rc;

        memset(&g, 0x5A, sizeof(g));
        od_error_clear();
        rc = od_xls_to_grid(data, len, c->sheet, &c->lim, &g);
        if (rc != OD_EINVAL || strcmp(od_error_last(), c->want) != 0)
            fail_msg("case %zu (%s): rc %d, detail '%s'", i, c->file, rc, od_error_last());
        assert_int_equal(g.n, (size_t)0x5A5A5A5A5A5A5A5AULL); /* untouched */
        free(data);
    }
}

static void test_size_limit(void **state)
{
    size_t len = (32u << 20) + 1;
    char *data = calloc(1, len);
    struct od_grid g;

    assert_non_null(data);
    assert_int_equal(od_xls_to_grid(data, len, NULL, NULL, &g), OD_EINVAL);
    assert_string_equal(od_error_last(), "larger than 32 MiB");
    assert_int_equal(od_xls_to_grid(data, 0, NULL, NULL, &g), OD_EINVAL);
    assert_string_equal(od_error_last(), "not an Excel 97-2003 (.xls) file");
    free(data);
}

/* Cut short anywhere, or with any byte inverted: 0 or EINVAL, never a
 * crash or a leak (the ASan build checks). */
static void test_damaged_copies(void **state)
{
    size_t len;
    char *data = load("rewrapped.xls", &len);
    struct od_grid g;

    for (size_t n = 0; n < len; n += 61) {
        int rc = od_xls_to_grid(data, n, NULL, NULL, &g);

        if (rc != OD_EINVAL)
            fail_msg("cut to %zu bytes: rc %d", n, rc);
    }
    for (size_t i = 0; i < len; i += 3) {
        int rc;

        data[i] = (char)~data[i];
        rc = od_xls_to_grid(data, len, NULL, NULL, &g);
        data[i] = (char)~data[i];
        if (rc != 0 && rc != OD_EINVAL)
            fail_msg("byte %zu inverted: rc %d (%s)", i, rc, od_error_last());
        if (rc == 0)
            od_grid_free(&g);
    }
    free(data);
}

/* The temporary file FreeXL reads is gone afterwards. */
static void test_no_file_left(void **state)
{
    char dir[] = "/tmp/test_xls.XXXXXX";
    const char *old = getenv("TMPDIR");
    char *saved = old ? strdup(old) : NULL;
    struct od_grid g;
    size_t len, entries = 0;
    char *data = load("po_en.xls", &len);
    struct dirent *e;
    DIR *d;

    assert_non_null(mkdtemp(dir));
    assert_int_equal(setenv("TMPDIR", dir, 1), 0);
    assert_int_equal(od_xls_to_grid(data, len, NULL, NULL, &g), 0);
    od_grid_free(&g);
    assert_int_equal(od_xls_to_grid(data, len, "nope", NULL, &g), OD_EINVAL);
    d = opendir(dir);
    assert_non_null(d);
    while ((e = readdir(d)) != NULL)
        entries += e->d_name[0] != '.';
    closedir(d);
    assert_int_equal(entries, 0);
    assert_int_equal(rmdir(dir), 0);
    if (saved)
        setenv("TMPDIR", saved, 1);
    else
        unsetenv("TMPDIR");
    free(saved);
    free(data);
}

static void test_sheet_names(void **state)
{
    char **names = NULL;
    size_t len;
    char *data = load("po_zh.xls", &len);

    assert_int_equal(od_xls_sheet_names(data, len, NULL, &names), 0);
    assert_string_equal(names[0], "采购单");
    assert_string_equal(names[1], "Notes");
    assert_null(names[2]);
    od_xlsx_names_free(names);
    free(data);

    data = load("circular_fat.xls", &len);
    names = NULL;
    assert_int_equal(od_xls_sheet_names(data, len, NULL, &names), OD_EINVAL);
    assert_null(names);
    free(data);
}

/* Built with -Dxls=disabled: every file is refused, saying so. */
static void test_not_built_in(void **state)
{
    struct od_grid g;
    size_t len;
    char *data = load("po_zh.xls", &len);

    assert_int_equal(od_xls_to_grid(data, len, NULL, NULL, &g), OD_EINVAL);
    assert_string_equal(od_error_last(), ".xls support is not built in (meson -Dxls=enabled)");
    free(data);
}

/* --- in the document worker ---------------------------------------------- */

static const char *const WORKER[] = {"/proc/self/exe", "--doc-worker", NULL};

static int isolate(void **state)
{
    return od_doc_set_worker(WORKER);
}

static int in_process(void **state)
{
    return od_doc_set_worker(NULL);
}

static void use_worker(const char *mode)
{
    const char *const argv[] = {"/proc/self/exe", mode, NULL};

    assert_int_equal(od_doc_set_worker(argv), 0);
}

/* A worker that fails on a file the checks pass: the documented error, the grid untouched,
 * and the next file read by a good worker. */
static void test_worker_failures(void **state)
{
    static const struct {
        const char *mode;
        struct od_xls_limits lim;
        const char *want;
    } cases[] = {
        {"--segv-worker", {0}, ".xls reader crashed (signal 11): not read"},
        {"--abort-worker", {0}, ".xls reader crashed (signal 6): not read"},
        {"--hang-worker", {.max_seconds = 1}, ".xls reader timed out after 1 s: not read"},
        {"--garbage-worker", {0}, ".xls reader: malformed reply"},
        {"--exit1-worker", {0}, ".xls reader: malformed reply"},
        {"/nonexistent/worker", {0}, "cannot start the .xls reader /nonexistent/worker: *"},
    };
    size_t len;
    char *data = load("po_zh.xls", &len);
    char **names = NULL;
    struct od_grid g;

    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        const char *want = cases[i].want;
        size_t wl = strlen(want);
        int rc;

        if (cases[i].mode[0] == '/') {
            const char *const argv[] = {cases[i].mode, NULL};

            assert_int_equal(od_doc_set_worker(argv), 0);
        } else {
            use_worker(cases[i].mode);
        }
        memset(&g, 0x5A, sizeof(g));
        rc = od_xls_to_grid(data, len, NULL, &cases[i].lim, &g);
        if (rc >= 0 || (want[wl - 1] == '*' ? strncmp(od_error_last(), want, wl - 1)
                                            : strcmp(od_error_last(), want)) != 0)
            fail_msg("%s: rc %d, detail '%s'", cases[i].mode, rc, od_error_last());
        assert_int_equal(rc, want[wl - 1] == '*' ? OD_EIO : OD_EINVAL);
        assert_int_equal(g.n, (size_t)0x5A5A5A5A5A5A5A5AULL);
        if (cases[i].mode[0] != '/') {
            assert_int_equal(od_xls_sheet_names(data, len, &cases[i].lim, &names), rc);
            assert_null(names);
        }
    }
    /* the checks are made here: no worker is started for a file they refuse */
    free(data);
    data = load("circular_fat.xls", &len);
    assert_int_equal(od_xls_to_grid(data, len, NULL, NULL, &g), OD_EINVAL);
    assert_string_equal(od_error_last(),
                        "damaged .xls: workbook sector chain longer than the stream (circular?)");
    free(data);
    assert_int_equal(od_doc_set_worker(WORKER), 0);
    data = load("po_en.xls", &len);
    assert_int_equal(od_xls_to_grid(data, len, NULL, NULL, &g), 0);
    assert_string_equal(g.name, "Purchase Order");
    od_grid_free(&g);
    free(data);
    assert_int_equal(od_doc_set_worker(NULL), 0);
}

/* This program as a worker: the real one, and the ways a worker can go wrong. */
static int run_worker(const char *mode)
{
    static const char junk[] = "ODXR but this is not a reply\n";
    char buf[4096];

    if (strcmp(mode, "--doc-worker") == 0)
        return od_doc_worker_main(0, 1);
    if (strcmp(mode, "--exit1-worker") == 0) /* a good reply, then a failure */
        return od_doc_worker_main(0, 1) == 0 ? 1 : 2;
    while (read(0, buf, sizeof(buf)) > 0) /* the request, as a worker reads it */
        ;
    if (strcmp(mode, "--segv-worker") == 0) {
        signal(SIGSEGV, SIG_DFL); /* AddressSanitizer's handler would exit(1) instead */
        raise(SIGSEGV);
    }
    if (strcmp(mode, "--abort-worker") == 0)
        abort();
    if (strcmp(mode, "--hang-worker") == 0) {
        sleep(60);
        return 0;
    }
    if (strcmp(mode, "--garbage-worker") == 0)
        return write(1, junk, sizeof(junk) - 1) < 0;
    return 3;
}

int main(int argc, char **argv)
{
    const struct CMUnitTest without[] = {
        cmocka_unit_test(test_not_built_in),
    };
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_po_zh),          cmocka_unit_test(test_east_asian_date),
        cmocka_unit_test(test_po_en),          cmocka_unit_test(test_big),
        cmocka_unit_test(test_refusals),       cmocka_unit_test(test_size_limit),
        cmocka_unit_test(test_damaged_copies), cmocka_unit_test(test_no_file_left),
        cmocka_unit_test(test_sheet_names),    cmocka_unit_test(test_currency),
    };

    /* again with FreeXL in the worker (the bit-flipped copies would start 2,000 children) */
    const struct CMUnitTest in_worker[] = {
        cmocka_unit_test(test_po_zh),           cmocka_unit_test(test_east_asian_date),
        cmocka_unit_test(test_po_en),           cmocka_unit_test(test_big),
        cmocka_unit_test(test_refusals),        cmocka_unit_test(test_size_limit),
        cmocka_unit_test(test_sheet_names),     cmocka_unit_test(test_currency),
        cmocka_unit_test(test_worker_failures),
    };
    struct od_grid g;
    int failed;

    if (argc == 2 && strncmp(argv[1], "--", 2) == 0)
        return run_worker(argv[1]);
    if (od_xls_to_grid("", 0, NULL, NULL, &g) == OD_EINVAL &&
        strstr(od_error_last(), "not built in"))
        return cmocka_run_group_tests(without, NULL, NULL);
    failed = cmocka_run_group_tests(tests, NULL, NULL);
    return failed + cmocka_run_group_tests(in_worker, isolate, in_process);
}
