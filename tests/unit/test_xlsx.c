/* Unit tests for lib/xlsx.c.
 *
 * The workbooks are in tests/data/xlsx/, written by make_fixtures.py
 * there (hand-written XML, zipped by Python's zipfile). One table holds
 * every case: file, sheet, limits, and either the whole CSV expected or
 * a piece of the error detail. Further tests check what the table cannot:
 * appending to and restoring the caller's buffer, its cap, and damaged
 * copies of a good file. The grid output (od_xlsx_to_grid) is checked
 * cell by cell on a purchase order laid out by a person (po_layout.xlsx)
 * and on the cell types of basic.xlsx, with its own table of refusals. */
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
#include "feed/feed.h"
#include "grid.h"
#include "timeutil.h"
#include "xlcurrency.h"
#include "xlsx.h"

#define BASIC_CSV                                                                                  \
    "订单号,商品,数量\n"                                                                    \
    "SO-1001,红色 T恤,3\n"                                                                      \
    "12.30,1E-3,-4.5\n"                                                                            \
    "TRUE,FALSE,#N/A,订单号x\n"                                                                 \
    "a,,c,,,,,,,,,,,,,,,,,,,,,,,,aa\n"                                                             \
    "2026-11-20,2026-11-20T09:30:00,2026-11-20T12:00:00,18:00:00,46346,2.50,1900-02-29,"           \
    "1900-02-28,1900-03-01,1900-01-01,-1,2026-11-20,46346,2026-11-20,2026-11-21\n"                 \
    "\"a, \"\"quoted\"\"\",\"line1\nline2\",\"carriage\rreturn\",literal _x0041_\n"                \
    "x,1,2,inline\n"

#define PREFIX "already,here\n"

struct xcase {
    const char *file;
    const char *sheet;
    struct od_xlsx_limits lim;
    int rc;
    const char *want; /* the CSV when rc is 0, else a piece of the detail */
};

static const struct xcase cases[] = {
    /* what is read */
    {"basic.xlsx", NULL, {0}, 0, BASIC_CSV},
    {"basic.xlsx", "Sheet1", {0}, 0, BASIC_CSV},
    {"basic.xlsx", "SHEET1", {0}, 0, BASIC_CSV},
    {"two_sheets.xlsx", NULL, {0}, 0, "notes\n"},
    {"two_sheets.xlsx", "Notes", {0}, 0, "notes\n"},
    {"two_sheets.xlsx", "Orders", {0}, 0, "order,qty\nSO-1,2\n"},
    {"two_sheets.xlsx", "orders", {0}, 0, "order,qty\nSO-1,2\n"},
    {"date1904.xlsx", NULL, {0}, 0, "2026-11-20,2026-11-20T06:00:00,00:00:00\n"},
    {"absolute.xlsx", NULL, {0}, 0, "absolute,target\n"},
    {"prefixed.xlsx", NULL, {0}, 0, "前缀,inline,7\n"},
    {"minimal.xlsx", NULL, {0}, 0, "only,1\n"},
    /* a double written out in full reads as Excel shows it (15 digits) */
    {"float_digits.xlsx", NULL, {0}, 0, "0.085,118,12345678901234567,0.1,-3\n"},

    /* limits: basic.xlsx has 7 entries, 42 cells; the parts read are 4903 bytes uncompressed */
    {"basic.xlsx",
     NULL,
     {.max_entries = 7, .max_cells = 42, .max_uncompressed = 4903},
     0,
     BASIC_CSV},
    {"basic.xlsx", NULL, {.max_csv = sizeof(BASIC_CSV) - 1}, 0, BASIC_CSV},
    {"basic.xlsx", NULL, {.max_entries = 6}, OD_EINVAL, "more than 6 entries in the zip"},
    {"basic.xlsx",
     NULL,
     {.max_cells = 41},
     OD_EINVAL,
     "xl/worksheets/sheet1.xml:2: more than 41 cells"},
    {"basic.xlsx",
     NULL,
     {.max_uncompressed = 4902},
     OD_EINVAL,
     "uncompressed size over 4902 bytes limit (zip bomb?)"},
    {"basic.xlsx",
     NULL,
     {.max_uncompressed = 2000},
     OD_EINVAL,
     "uncompressed size over 2000 bytes limit (zip bomb?)"},
    {"basic.xlsx", NULL, {.max_csv = sizeof(BASIC_CSV) - 2}, OD_EINVAL, "CSV over "},
    {"basic.xlsx", NULL, {.max_csv = 40}, OD_EINVAL, "CSV over 40 bytes"},

    /* wrong sheet */
    {"basic.xlsx",
     "Orders",
     {0},
     OD_EINVAL,
     "xl/workbook.xml: no sheet named 'Orders' (sheets: 'Sheet1')"},
    {"two_sheets.xlsx",
     "Chart1",
     {0},
     OD_EINVAL,
     "sheet 'Chart1' is a chartsheet, not a worksheet"},

    /* hostile or broken */
    {"not_a_zip.xlsx", NULL, {0}, OD_EINVAL, "not a zip file"},
    {"truncated.xlsx", NULL, {0}, OD_EINVAL, "not a zip file"},
    {"corrupt_entry.xlsx", NULL, {0}, OD_EINVAL, "xl/worksheets/sheet1.xml: damaged zip entry"},
    {"missing_workbook.xlsx", NULL, {0}, OD_EINVAL, "xl/workbook.xml: missing from the zip"},
    {"zip_bomb.xlsx", NULL, {0}, OD_EINVAL, "uncompressed size over 64 MiB limit (zip bomb?)"},
    {"zip_bomb_lying.xlsx",
     NULL,
     {0},
     OD_EINVAL,
     "uncompressed size over 64 MiB limit (zip bomb?)"},
    {"too_many_entries.xlsx", NULL, {0}, OD_EINVAL, "more than 10000 entries in the zip"},
    {"deep_nesting.xlsx",
     NULL,
     {0},
     OD_EINVAL,
     "xl/worksheets/sheet1.xml:2: XML nested deeper than 128 levels"},
    {"billion_laughs.xlsx", NULL, {0}, OD_EINVAL, "xl/sharedStrings.xml:2: DOCTYPE not allowed"},
    {"external_entity.xlsx",
     NULL,
     {0},
     OD_EINVAL,
     "xl/worksheets/sheet1.xml:2: DOCTYPE not allowed"},
    {"malformed.xlsx",
     NULL,
     {0},
     OD_EINVAL,
     "xl/worksheets/sheet1.xml:4: malformed XML: mismatched tag"},
    {"bad_sst_index.xlsx",
     NULL,
     {0},
     OD_EINVAL,
     "shared string index '1' out of range (1 strings)"},
    {"out_of_order.xlsx", NULL, {0}, OD_EINVAL, "cell A1 is out of column order"},
    {"bad_ref.xlsx", NULL, {0}, OD_EINVAL, "bad cell reference 'XFE1'"},
    {"long_tag.xlsx",
     NULL,
     {0},
     OD_EINVAL,
     "xl/worksheets/sheet1.xml:2: XML tag or comment longer than 1048576 bytes"},
    {"long_string.xlsx",
     NULL,
     {0},
     OD_EINVAL,
     "xl/worksheets/sheet1.xml:2: string longer than 1048576 bytes"},
};

static char *load(const char *name, size_t *len)
{
    char path[1024];
    FILE *f;
    char *data;
    long n;

    snprintf(path, sizeof(path), "%s/xlsx/%s", TEST_DATA_DIR, name);
    f = fopen(path, "rb");
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

static void test_table(void **state)
{
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        const struct xcase *c = &cases[i];
        struct od_buf out;
        size_t len;
        char *data = load(c->file, &len);
        int rc;

        od_buf_init(&out, 1 << 20);
        od_error_clear();
        rc = od_xlsx_to_csv(data, len, c->sheet, &c->lim, &out);
        if (rc != c->rc || (rc == 0 && strcmp(out.data ? out.data : "", c->want) != 0) ||
            (rc != 0 && !strstr(od_error_last(), c->want)))
            fail_msg("case %zu (%s, %s): rc %d, detail '%s', csv:\n%s", i, c->file,
                     c->sheet ? c->sheet : "NULL", rc, od_error_last(), out.data ? out.data : "");
        if (rc != 0)
            assert_int_equal(out.len, 0);
        od_buf_free(&out);
        free(data);
    }
}

/* NULL limits are the defaults. */
static void test_null_limits(void **state)
{
    struct od_buf out;
    size_t len;
    char *data = load("basic.xlsx", &len);

    od_buf_init(&out, 1 << 20);
    assert_int_equal(od_xlsx_to_csv(data, len, NULL, NULL, &out), 0);
    assert_string_equal(out.data, BASIC_CSV);
    od_buf_free(&out);
    free(data);

    data = load("too_many_entries.xlsx", &len);
    od_buf_init(&out, 1 << 20);
    assert_int_equal(od_xlsx_to_csv(data, len, NULL, NULL, &out), OD_EINVAL);
    assert_string_equal(od_error_last(), "more than 10000 entries in the zip");
    od_buf_free(&out);
    free(data);

    od_buf_init(&out, 1 << 20);
    assert_int_equal(od_xlsx_to_csv(NULL, 0, NULL, NULL, &out), OD_EINVAL);
    assert_string_equal(od_error_last(), "not a zip file");
    od_buf_free(&out);
}

/* The CSV is appended; a failure, even halfway through the sheet, leaves
 * the buffer as it was. */
static void test_appends_and_restores(void **state)
{
    const struct od_xlsx_limits few_cells = {.max_cells = 41};
    struct od_buf out;
    size_t len;
    char *data = load("basic.xlsx", &len);

    od_buf_init(&out, 1 << 20);
    assert_int_equal(od_buf_adds(&out, PREFIX), 0);
    assert_int_equal(od_xlsx_to_csv(data, len, NULL, NULL, &out), 0);
    assert_string_equal(out.data, PREFIX BASIC_CSV);

    od_buf_reset(&out);
    assert_int_equal(od_buf_adds(&out, PREFIX), 0);
    assert_int_equal(od_xlsx_to_csv(data, len, NULL, &few_cells, &out), OD_EINVAL);
    assert_string_equal(out.data, PREFIX);
    assert_int_equal(out.len, sizeof(PREFIX) - 1);

    assert_int_equal(od_xlsx_to_csv(data, len, "nope", NULL, &out), OD_EINVAL);
    assert_string_equal(out.data, PREFIX);
    od_buf_free(&out);
    free(data);
}

/* The caller's cap applies too, and is reported as EINVAL. */
static void test_output_cap(void **state)
{
    struct od_buf out;
    size_t len;
    char *data = load("basic.xlsx", &len);

    od_buf_init(&out, 30);
    assert_int_equal(od_xlsx_to_csv(data, len, NULL, NULL, &out), OD_EINVAL);
    assert_non_null(strstr(od_error_last(), "output buffer's limit of 30 bytes"));
    assert_int_equal(out.len, 0);
    od_buf_free(&out);

    od_buf_init(&out, sizeof(BASIC_CSV));
    assert_int_equal(od_xlsx_to_csv(data, len, NULL, NULL, &out), 0);
    assert_string_equal(out.data, BASIC_CSV);
    od_buf_free(&out);
    free(data);
}

/* The handoff the IMAP connector makes: the CSV of a customer's order
 * form goes through the feed CSV parser with a `columns:` mapping. */
static void test_feeds_the_csv_parser(void **state)
{
    static char *keys[] = {"external_id", "placed_at",        "lines.sku",
                           "lines.qty",   "lines.unit_price", "buyer_note"};
    static char *values[] = {"订单号", "下单时间", "商品编码", "数量", "单价", "备注"};
    struct od_strmap columns = {
        .n = sizeof(keys) / sizeof(keys[0]), .keys = keys, .values = values};
    struct orderfile_opts s = {0};
    struct feed_units u = {0};
    struct od_buf out;
    char when[OD_TIME_STRLEN];
    const struct od_order *o;
    size_t len;
    char *data = load("purchase_order.xlsx", &len);

    od_buf_init(&out, 1 << 20);
    assert_int_equal(od_xlsx_to_csv(data, len, NULL, NULL, &out), 0);
    assert_string_equal(out.data, ",订单号,下单时间,商品编码,数量,单价,备注\n"
                                  ",PO-2026-001,2026-11-20T09:30:00,A-100,2,59\n"
                                  ",PO-2026-001,2026-11-20T09:30:00,B-200,1,12.3\n"
                                  ",PO-2026-002,2026-11-21T12:00:00,A-100,10,58.5,请加急\n");
    s.format = "csv";
    s.encoding = "utf-8";
    s.delimiter = ',';
    s.timezone = "Asia/Shanghai";
    s.currency = "CNY";
    s.default_status = "paid";
    s.columns = &columns;
    assert_int_equal(orderfile_parse(&s, "mail-po", "po.xlsx", out.data, out.len, &u), 0);
    assert_int_equal(u.n, 2);

    o = u.v[0].order;
    assert_non_null(o);
    assert_string_equal(o->external_id, "PO-2026-001");
    assert_string_equal(od_time_format(o->placed_at, when), "2026-11-20T01:30:00Z");
    assert_int_equal(o->n_lines, 2);
    assert_string_equal(o->lines[0].sku, "A-100");
    assert_int_equal(o->lines[0].qty, 2);
    assert_int_equal(o->lines[0].unit_price.e4, 590000);
    assert_string_equal(o->lines[1].sku, "B-200");
    assert_int_equal(o->lines[1].unit_price.e4, 123000);
    assert_int_equal(o->total, 5900 * 2 + 1230);

    o = u.v[1].order;
    assert_non_null(o);
    assert_string_equal(o->external_id, "PO-2026-002");
    assert_string_equal(od_time_format(o->placed_at, when), "2026-11-21T04:00:00Z");
    assert_string_equal(o->buyer_note, "请加急");
    assert_int_equal(o->lines[0].qty, 10);
    assert_int_equal(o->lines[0].unit_price.e4, 585000);

    feed_units_free(&u);
    od_buf_free(&out);
    free(data);
}

/* Every truncation of a good file fails cleanly; every byte of a small
 * stored one, inverted, either fails with EINVAL or gives valid UTF-8. */
static void test_damaged_copies(void **state)
{
    static const char *const files[] = {"basic.xlsx", "minimal.xlsx", "prefixed.xlsx"};

    for (size_t f = 0; f < sizeof(files) / sizeof(files[0]); f++) {
        size_t len;
        char *data = load(files[f], &len);
        struct od_buf out;

        od_buf_init(&out, 1 << 20);
        for (size_t n = 0; n < len; n++) {
            char *cut = malloc(n ? n : 1);

            assert_non_null(cut);
            memcpy(cut, data, n);
            if (od_xlsx_to_csv(cut, n, NULL, NULL, &out) != OD_EINVAL)
                fail_msg("%s cut to %zu bytes was accepted", files[f], n);
            assert_int_equal(out.len, 0);
            free(cut);
        }
        /* basic.xlsx is deflated: flips there mostly test zlib */
        for (size_t i = 0; f > 0 && i < len; i++) {
            int rc;

            data[i] = (char)~data[i];
            rc = od_xlsx_to_csv(data, len, NULL, NULL, &out);
            data[i] = (char)~data[i];
            if (rc != 0 && rc != OD_EINVAL)
                fail_msg("%s byte %zu inverted: rc %d (%s)", files[f], i, rc, od_error_last());
            if (rc == 0)
                assert_true(od_utf8_valid(out.data ? out.data : "", out.len, NULL));
            else
                assert_int_equal(out.len, 0);
            od_buf_reset(&out);
        }
        od_buf_free(&out);
        free(data);
    }
}

/* --- the grid ------------------------------------------------------------ */

struct gcell {
    uint32_t row, col, span, rows;
    enum od_cell_type type;
    const char *text;
};

#define T OD_CELL_TEXT
#define N OD_CELL_NUMBER
#define D OD_CELL_DATE
#define B OD_CELL_BOOL

static const struct gcell po_cells[] = {
    {0, 0, 6, 1, T, "上海某某贸易有限公司 采购订单"},
    {1, 0, 1, 1, T, "采购单号：PO-2026-0042"},
    {1, 4, 1, 1, T, "交货日期："},
    {1, 5, 1, 1, D, "2026-11-20"},
    {2, 0, 1, 1, T, "供应商："},
    {2, 1, 3, 1, T, "深圳市某某电子有限公司"},
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
    {7, 0, 3, 1, T, "合计"},
    {7, 3, 1, 1, N, "12"},
    {7, 5, 1, 1, N, "241"},
    {9, 0, 1, 1, T, "采购员：张三"},
    {9, 3, 1, 1, T, "审核："},
    {11, 0, 6, 1, T, "备注：请开具增值税专用发票"},
    {11, 4, 1, 1, T, "hidden"},
    {12, 0, 1, 1, T, "TRUE"},
    {12, 1, 1, 1, B, "TRUE"},
    {12, 2, 1, 1, T, "#DIV/0!"},
    {12, 3, 1, 1, D, "2026-11-20T09:30:00"},
};

/* Some cells of basic.xlsx, for the types and the positions. */
static const struct gcell basic_cells[] = {
    {0, 0, 1, 1, T, "订单号"},
    {1, 0, 1, 1, T, "SO-1001"},
    {1, 1, 1, 1, T, "红色 T恤"},
    {2, 0, 1, 1, N, "12.30"},
    {2, 1, 1, 1, N, "1E-3"},
    {2, 2, 1, 1, N, "-4.5"},
    {3, 0, 1, 1, B, "TRUE"},
    {3, 1, 1, 1, B, "FALSE"},
    {3, 2, 1, 1, T, "#N/A"},
    {3, 3, 1, 1, T, "订单号x"},
    {5, 26, 1, 1, T, "aa"},
    {6, 0, 1, 1, D, "2026-11-20"},
    {6, 1, 1, 1, D, "2026-11-20T09:30:00"},
    {6, 3, 1, 1, D, "18:00:00"},
    {6, 4, 1, 1, N, "46346"},
    {6, 5, 1, 1, N, "2.50"},
    {6, 10, 1, 1, N, "-1"},
    {7, 0, 1, 1, T, "a, \"quoted\""},
    {7, 1, 1, 1, T, "line1\nline2"},
    {8, 0, 1, 1, T, "x"},
    {8, 1, 1, 1, N, "1"},
    {8, 2, 1, 1, N, "2"},
    {8, 3, 1, 1, T, "inline"},
};

static void check_cell(const struct od_grid *g, const struct gcell *w)
{
    const struct od_cell *c = od_grid_at(g, w->row, w->col);
    char ref[64];

    if (!c)
        fail_msg("no cell at row %u col %u (want '%s')", w->row, w->col, w->text);
    od_cell_ref(g, c, ref, sizeof(ref));
    if (strcmp(c->text, w->text) != 0 || c->type != w->type || c->span != w->span ||
        c->rows != w->rows)
        fail_msg("%s: '%s' type %d span %u rows %u, want '%s' type %d span %u rows %u", ref,
                 c->text, c->type, c->span, c->rows, w->text, w->type, w->span, w->rows);
    assert_int_equal(c->page, 0);
}

static void test_grid_po_layout(void **state)
{
    struct od_grid g;
    size_t len;
    char *data = load("po_layout.xlsx", &len);
    char ref[64];

    assert_int_equal(od_xlsx_to_grid(data, len, NULL, NULL, &g), 0);
    assert_int_equal(g.kind, OD_GRID_SHEET);
    assert_string_equal(g.name, "Sheet1");
    assert_int_equal(g.n, sizeof(po_cells) / sizeof(po_cells[0]));
    assert_int_equal(g.n_rows, 13);
    assert_int_equal(g.n_cols, 6);
    for (size_t i = 0; i < g.n; i++) {
        /* every cell, in (row, col) order */
        assert_int_equal(g.cells[i].row, po_cells[i].row);
        assert_int_equal(g.cells[i].col, po_cells[i].col);
        check_cell(&g, &po_cells[i]);
    }
    od_cell_ref(&g, od_grid_at(&g, 7, 5), ref, sizeof(ref));
    assert_string_equal(ref, "Sheet1!F8");
    od_grid_free(&g);
    free(data);
}

static void test_grid_types(void **state)
{
    struct od_grid g;
    size_t len;
    char *data = load("basic.xlsx", &len);

    assert_int_equal(od_xlsx_to_grid(data, len, "SHEET1", NULL, &g), 0);
    assert_string_equal(g.name, "Sheet1");
    for (size_t i = 0; i < sizeof(basic_cells) / sizeof(basic_cells[0]); i++)
        check_cell(&g, &basic_cells[i]);
    /* row 5: styled empty cells and an empty string */
    assert_int_equal(od_grid_row_start(&g, 4), od_grid_row_start(&g, 5));
    assert_int_equal(g.n_rows, 9);
    assert_int_equal(g.n_cols, 27);
    od_grid_free(&g);
    free(data);

    /* the sheet's name as the workbook spells it */
    data = load("two_sheets.xlsx", &len);
    assert_int_equal(od_xlsx_to_grid(data, len, "orders", NULL, &g), 0);
    assert_string_equal(g.name, "Orders");
    assert_int_equal(g.n, 4);
    check_cell(&g, &(struct gcell){1, 1, 1, 1, N, "2"});
    od_grid_free(&g);
    free(data);

    /* cells out of column order are no problem for the grid */
    data = load("out_of_order.xlsx", &len);
    assert_int_equal(od_xlsx_to_grid(data, len, NULL, NULL, &g), 0);
    assert_int_equal(g.n, 2);
    check_cell(&g, &(struct gcell){0, 0, 1, 1, N, "2"});
    check_cell(&g, &(struct gcell){0, 1, 1, 1, N, "1"});
    od_grid_free(&g);
    free(data);
}

/* The currency a number format shows (xlcurrency.h). */
static void test_format_currency(void **state)
{
    static const struct {
        const char *code, *want;
    } fmts[] = {
        {"\"£\"#,##0.00", "£"},
        {"[$€-407] #,##0.00", "€"},
        {"#,##0.00 [$€-1]", "€"},
        {"[$USD] #,##0.00", "USD"},
        {"$#,##0.00", "$"},
        {"\\$#,##0.00", "$"},
        {"\"¥\"#,##0.00", "¥"},
        {"#,##0.00\"元\"", "元"},
        {"\" EUR\" #,##0.00", "EUR"},
        {"_(\"US$\"* #,##0.00_)", "US$"},
        {"[$-409]#,##0.00", ""}, /* a locale, no symbol */
        {"#,##0.00_);[Red](#,##0.00)", ""},
        {"0 \"pcs\"", ""},    /* a unit, no currency */
        {"_$* #,##0.00", ""}, /* the character after _ only gives a width */
        {"yyyy-mm-dd", ""},
        {"General", ""},
        {"\"unterminated", ""},
    };
    char out[16];

    (void)state;
    for (size_t i = 0; i < sizeof(fmts) / sizeof(fmts[0]); i++) {
        size_t n = od_xl_format_currency(fmts[i].code, out, sizeof(out));

        if (strcmp(out, fmts[i].want) != 0 || n != strlen(fmts[i].want))
            fail_msg("'%s': '%s' (%zu), want '%s'", fmts[i].code, out, n, fmts[i].want);
    }
    assert_int_equal(od_xl_format_currency(NULL, out, sizeof(out)), 0);
    assert_int_equal(od_xl_format_currency("[$VERYLONGCURRENCYNAME-1]0", out, 8), 0);
}

/* A sheet whose numbers show one currency names it on the grid; two
 * different ones name none. */
static void test_grid_currency(void **state)
{
    struct od_grid g;
    size_t len;
    char *data = load("currency.xlsx", &len);

    (void)state;
    assert_int_equal(od_xlsx_to_grid(data, len, NULL, NULL, &g), 0);
    assert_string_equal(g.money_symbol, "£");
    assert_false(g.money_mixed);
    check_cell(&g, &(struct gcell){0, 1, 1, 1, N, "1.12"});
    od_grid_free(&g);
    free(data);
    data = load("currency_mixed.xlsx", &len);
    assert_int_equal(od_xlsx_to_grid(data, len, NULL, NULL, &g), 0);
    assert_string_equal(g.money_symbol, "");
    assert_true(g.money_mixed);
    od_grid_free(&g);
    free(data);
    data = load("po_layout.xlsx", &len);
    assert_int_equal(od_xlsx_to_grid(data, len, NULL, NULL, &g), 0);
    assert_string_equal(g.money_symbol, "");
    assert_false(g.money_mixed);
    od_grid_free(&g);
    free(data);
}

static const struct xcase grid_refusals[] = {
    {"not_a_zip.xlsx", NULL, {0}, OD_EINVAL, "not a zip file"},
    {"basic.xlsx", "Orders", {0}, OD_EINVAL, "no sheet named 'Orders' (sheets: 'Sheet1')"},
    {"bad_merge.xlsx", NULL, {0}, OD_EINVAL, "xl/worksheets/sheet1.xml:2: bad merged range 'A1:'"},
    {"bad_row.xlsx", NULL, {0}, OD_EINVAL, "bad row number 'x'"},
    {"bad_ref.xlsx", NULL, {0}, OD_EINVAL, "bad cell reference 'XFE1'"},
    {"po_layout.xlsx", NULL, {.max_cells = 37}, OD_EINVAL, "more than 37 cells"},
    {"po_layout.xlsx", NULL, {.max_csv = 100}, OD_EINVAL, "more than 100 bytes of cell text"},
    {"zip_bomb.xlsx", NULL, {0}, OD_EINVAL, "uncompressed size over 64 MiB limit (zip bomb?)"},
    {"long_string.xlsx", NULL, {0}, OD_EINVAL, "string longer than 1048576 bytes"},
};

static void test_grid_refusals(void **state)
{
    for (size_t i = 0; i < sizeof(grid_refusals) / sizeof(grid_refusals[0]); i++) {
        const struct xcase *c = &grid_refusals[i];
        struct od_grid g;
        size_t len;
        char *data = load(c->file, &len);
        int rc;

        memset(&g, 0x5A, sizeof(g));
        od_error_clear();
        rc = od_xlsx_to_grid(data, len, c->sheet, &c->lim, &g);
        if (rc != c->rc || !strstr(od_error_last(), c->want))
            fail_msg("case %zu (%s): rc %d, detail '%s'", i, c->file, rc, od_error_last());
        /* untouched on failure */
        assert_int_equal(g.n, (size_t)0x5A5A5A5A5A5A5A5AULL);
        free(data);
    }
}

/* Every truncation of a good file fails cleanly (and frees all: ASan). */
static void test_grid_damaged(void **state)
{
    size_t len;
    char *data = load("po_layout.xlsx", &len);

    for (size_t n = 0; n < len; n += 7) {
        struct od_grid g;
        char *cut = malloc(n ? n : 1);

        assert_non_null(cut);
        memcpy(cut, data, n);
        if (od_xlsx_to_grid(cut, n, NULL, NULL, &g) != OD_EINVAL)
            fail_msg("po_layout.xlsx cut to %zu bytes was accepted", n);
        free(cut);
    }
    free(data);
}

static void test_sheet_names(void **state)
{
    char **names = NULL;
    size_t len;
    char *data = load("two_sheets.xlsx", &len);

    /* the chart sheet is left out */
    assert_int_equal(od_xlsx_sheet_names(data, len, NULL, &names), 0);
    assert_string_equal(names[0], "Notes");
    assert_string_equal(names[1], "Orders");
    assert_null(names[2]);
    od_xlsx_names_free(names);
    free(data);

    data = load("not_a_zip.xlsx", &len);
    names = NULL;
    assert_int_equal(od_xlsx_sheet_names(data, len, NULL, &names), OD_EINVAL);
    assert_string_equal(od_error_last(), "not a zip file");
    assert_null(names);
    free(data);
    od_xlsx_names_free(NULL);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_table),
        cmocka_unit_test(test_null_limits),
        cmocka_unit_test(test_appends_and_restores),
        cmocka_unit_test(test_output_cap),
        cmocka_unit_test(test_feeds_the_csv_parser),
        cmocka_unit_test(test_damaged_copies),
        cmocka_unit_test(test_grid_po_layout),
        cmocka_unit_test(test_grid_types),
        cmocka_unit_test(test_format_currency),
        cmocka_unit_test(test_grid_currency),
        cmocka_unit_test(test_grid_refusals),
        cmocka_unit_test(test_grid_damaged),
        cmocka_unit_test(test_sheet_names),
    };

    return cmocka_run_group_tests(tests, NULL, NULL);
}
