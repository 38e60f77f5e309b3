/* Unit tests for lib/xlsx.c.
 *
 * The workbooks are in tests/data/xlsx/, written by make_fixtures.py
 * there (hand-written XML, zipped by Python's zipfile). One table holds
 * every case: file, sheet, limits, and either the whole CSV expected or
 * a piece of the error detail. Further tests check what the table cannot:
 * appending to and restoring the caller's buffer, its cap, and damaged
 * copies of a good file. */
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
#include "timeutil.h"
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
    struct feed_settings s = {0};
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
    s.delimiter = ",";
    s.timezone = "Asia/Shanghai";
    s.currency = "CNY";
    s.default_status = "paid";
    s.columns.n = sizeof(keys) / sizeof(keys[0]);
    s.columns.keys = keys;
    s.columns.values = values;
    assert_int_equal(feed_parse(&s, "mail-po", "po.xlsx", out.data, out.len, &u), 0);
    assert_int_equal(u.n, 2);

    o = u.v[0].order;
    assert_non_null(o);
    assert_string_equal(o->external_id, "PO-2026-001");
    assert_string_equal(od_time_format(o->placed_at, when), "2026-11-20T01:30:00Z");
    assert_int_equal(o->n_lines, 2);
    assert_string_equal(o->lines[0].sku, "A-100");
    assert_int_equal(o->lines[0].qty, 2);
    assert_int_equal(o->lines[0].unit_price, 5900);
    assert_string_equal(o->lines[1].sku, "B-200");
    assert_int_equal(o->lines[1].unit_price, 1230);
    assert_int_equal(o->total, 5900 * 2 + 1230);

    o = u.v[1].order;
    assert_non_null(o);
    assert_string_equal(o->external_id, "PO-2026-002");
    assert_string_equal(od_time_format(o->placed_at, when), "2026-11-21T04:00:00Z");
    assert_string_equal(o->buyer_note, "请加急");
    assert_int_equal(o->lines[0].qty, 10);
    assert_int_equal(o->lines[0].unit_price, 5850);

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

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_table),
        cmocka_unit_test(test_null_limits),
        cmocka_unit_test(test_appends_and_restores),
        cmocka_unit_test(test_output_cap),
        cmocka_unit_test(test_feeds_the_csv_parser),
        cmocka_unit_test(test_damaged_copies),
    };

    return cmocka_run_group_tests(tests, NULL, NULL);
}
