/* libFuzzer target for the .xlsx reader (lib/xlsx.c).
 *
 * The first input byte picks the mode and the sheet asked for:
 *   bit 0 clear: the rest is an .xlsx file, read as it is;
 *   bit 0 set:   the rest is XML parts separated by NUL bytes (which XML
 *                cannot contain), in the order sheet, shared strings,
 *                styles, workbook, workbook rels; they are zipped here
 *                (stored, so the mutations reach expat unchanged). A part
 *                not given gets a small valid default; an empty one is
 *                left out of the zip.
 *   bits 1-2:    sheet NULL, "Sheet1", "Orders" or "sheet1".
 * Small limits make the limit paths reachable. Invariants, any broken one
 * aborts: the result is 0, OD_EINVAL or OD_ENOMEM; on failure the buffer
 * is as it was; on success the CSV is within max_csv, valid UTF-8, ends
 * with a line end, and parses back with od_csv without a malformed
 * record. The same input then goes to od_xlsx_to_grid: 0, OD_EINVAL or
 * OD_ENOMEM; on failure the grid is untouched; on success it has a name,
 * at most max_cells cells in (row, col) order (two may share a place:
 * a file may name a cell twice), each with non-empty valid
 * UTF-8 text, span and rows >= 1, and n_rows / n_cols that cover them.
 * od_xlsx_sheet_names: 0 with a list of valid UTF-8 names, or a failure
 * without one. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zip.h>

#include "buf.h"
#include "charset.h"
#include "csv.h"
#include "error.h"
#include "grid.h"
#include "xlsx.h"

static const struct od_xlsx_limits limits = {
    .max_uncompressed = 1 << 20,
    .max_entries = 64,
    .max_cells = 4096,
    .max_csv = 1 << 16,
};

static void check(int ok)
{
    if (!ok)
        abort();
}

#define NS "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
#define RT "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"

static const char *const part_names[] = {
    "xl/worksheets/sheet1.xml", "xl/sharedStrings.xml",       "xl/styles.xml",
    "xl/workbook.xml",          "xl/_rels/workbook.xml.rels",
};

static const char *const part_defaults[] = {
    "<worksheet xmlns=\"" NS "\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c>"
    "<c r=\"B1\" s=\"1\"><v>46346.5</v></c></row></sheetData></worksheet>",
    "<sst xmlns=\"" NS "\"><si><t>x</t></si></sst>",
    "<styleSheet xmlns=\"" NS "\"><cellXfs><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/>"
    "</cellXfs></styleSheet>",
    "<workbook xmlns=\"" NS "\" xmlns:r=\"" RT "\"><sheets>"
    "<sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>",
    "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    "<Relationship Id=\"rId1\" Type=\"" RT "worksheet\" Target=\"worksheets/sheet1.xml\"/>"
    "<Relationship Id=\"rId2\" Type=\"" RT "sharedStrings\" Target=\"sharedStrings.xml\"/>"
    "<Relationship Id=\"rId3\" Type=\"" RT "styles\" Target=\"styles.xml\"/></Relationships>",
};

#define N_PARTS (sizeof(part_names) / sizeof(part_names[0]))

/* Zip the NUL-separated parts of `d` into a new buffer (caller frees).
 * Returns NULL when libzip fails (out of memory). */
static char *zip_parts(const uint8_t *d, size_t n, size_t *ret_len)
{
    const uint8_t *part[N_PARTS];
    size_t plen[N_PARTS];
    size_t given = 0, pos = 0, added = 0;
    zip_source_t *src;
    zip_t *za;
    zip_int64_t size;
    char *buf = NULL;

    while (given < N_PARTS && pos <= n) {
        const uint8_t *nul = memchr(d + pos, 0, n - pos);
        size_t end = nul ? (size_t)(nul - d) : n;

        part[given] = d + pos;
        plen[given] = end - pos;
        given++;
        pos = end + 1;
        if (!nul)
            break;
    }
    src = zip_source_buffer_create(NULL, 0, 0, NULL);
    check(src != NULL);
    zip_source_keep(src);
    za = zip_open_from_source(src, ZIP_TRUNCATE, NULL);
    check(za != NULL);
    for (size_t i = 0; i < N_PARTS; i++) {
        const void *p = i < given ? (const void *)part[i] : part_defaults[i];
        size_t len = i < given ? plen[i] : strlen(part_defaults[i]);
        zip_source_t *s;
        zip_int64_t idx;

        if (len == 0)
            continue;
        s = zip_source_buffer(za, p, len, 0);
        check(s != NULL);
        idx = zip_file_add(za, part_names[i], s, ZIP_FL_OVERWRITE);
        check(idx >= 0);
        check(zip_set_file_compression(za, (zip_uint64_t)idx, ZIP_CM_STORE, 0) == 0);
        added++;
    }
    if (added == 0) {
        /* libzip writes nothing for an empty archive: use the smallest zip,
         * an end of central directory alone */
        zip_discard(za);
        zip_source_free(src);
        buf = calloc(1, 22);
        check(buf != NULL);
        memcpy(buf, "PK\x05\x06", 4);
        *ret_len = 22;
        return buf;
    }
    check(zip_close(za) == 0);
    check(zip_source_open(src) == 0);
    check(zip_source_seek(src, 0, SEEK_END) == 0);
    size = zip_source_tell(src);
    check(size >= 0 && zip_source_seek(src, 0, SEEK_SET) == 0);
    buf = malloc(size ? (size_t)size : 1);
    check(buf != NULL);
    check(zip_source_read(src, buf, (zip_uint64_t)size) == size);
    zip_source_close(src);
    zip_source_free(src);
    *ret_len = (size_t)size;
    return buf;
}

static void check_grid(const char *in, size_t len, const char *sheet)
{
    struct od_grid g;
    int rc;

    memset(&g, 0x5A, sizeof(g));
    rc = od_xlsx_to_grid(in, len, sheet, &limits, &g);
    check(rc == 0 || rc == OD_EINVAL || rc == OD_ENOMEM);
    if (rc != 0) {
        check(g.n == (size_t)0x5A5A5A5A5A5A5A5AULL);
        check(od_error_last()[0] != '\0');
        return;
    }
    check(g.kind == OD_GRID_SHEET && g.name != NULL);
    check(g.n <= limits.max_cells);
    for (size_t i = 0; i < g.n; i++) {
        const struct od_cell *c = &g.cells[i];
        size_t n = strlen(c->text);

        check(n > 0 && od_utf8_valid(c->text, n, NULL));
        check(c->span >= 1 && c->rows >= 1);
        check(c->type <= OD_CELL_BOOL);
        check(c->row < g.n_rows && c->col < g.n_cols && c->col < 16384 && c->row < 1048576);
        if (i > 0)
            check(g.cells[i - 1].row < c->row ||
                  (g.cells[i - 1].row == c->row && g.cells[i - 1].col <= c->col));
    }
    check(g.n > 0 || (g.n_rows == 0 && g.n_cols == 0));
    od_grid_free(&g);
}

static void check_names(const char *in, size_t len)
{
    char **names = NULL;
    int rc = od_xlsx_sheet_names(in, len, &limits, &names);

    check(rc == 0 || rc == OD_EINVAL || rc == OD_ENOMEM);
    check((rc == 0) == (names != NULL));
    for (size_t i = 0; names && names[i]; i++)
        check(od_utf8_valid(names[i], strlen(names[i]), NULL));
    od_xlsx_names_free(names);
}

static int on_record(void *ud, const struct od_csv_record *rec)
{
    check(rec->error == NULL);
    (*(size_t *)ud)++;
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const char *const sheets[] = {NULL, "Sheet1", "Orders", "sheet1"};
    static const char prefix[] = "kept\n";
    static const struct od_csv_limits csv_limits = {
        .max_field = 1 << 16, .max_fields = 16384, .max_record = 1 << 17};
    struct od_buf out;
    char *zipped = NULL;
    const char *in;
    size_t len;
    int rc;

    if (size < 1)
        return 0;
    if (data[0] & 1) {
        zipped = zip_parts(data + 1, size - 1, &len);
        in = zipped;
    } else {
        in = (const char *)data + 1;
        len = size - 1;
    }

    od_buf_init(&out, 1 << 20);
    check(od_buf_adds(&out, prefix) == 0);
    rc = od_xlsx_to_csv(in, len, sheets[(data[0] >> 1) & 3], &limits, &out);
    check(rc == 0 || rc == OD_EINVAL || rc == OD_ENOMEM);
    check(out.len >= sizeof(prefix) - 1 && memcmp(out.data, prefix, sizeof(prefix) - 1) == 0);
    if (rc != 0) {
        check(out.len == sizeof(prefix) - 1);
        check(od_error_last()[0] != '\0');
    } else {
        const char *csv = out.data + sizeof(prefix) - 1;
        size_t n = out.len - (sizeof(prefix) - 1);
        struct od_csv *p = NULL;
        size_t records = 0;

        check(n <= limits.max_csv);
        check(od_utf8_valid(csv, n, NULL));
        check(n == 0 || csv[n - 1] == '\n');
        check(od_csv_new(',', &csv_limits, on_record, &records, &p) == 0);
        check(od_csv_feed(p, csv, n) == 0);
        check(od_csv_finish(p) == 0);
        od_csv_free(p);
    }
    od_buf_free(&out);
    check_grid(in, len, sheets[(data[0] >> 1) & 3]);
    check_names(in, len);
    free(zipped);
    return 0;
}
