/* libFuzzer target for the PDF reader (lib/pdf.c).
 *
 * The first input byte picks the mode:
 *   bit 0 clear: the rest is a PDF file, read as it is;
 *   bit 0 set:   the rest is the content stream of one page, which is
 *                wrapped here in a valid PDF (Helvetica as /F1 and
 *                /F2, a correct xref), so the mutations reach poppler's
 *                content parser and the line and cell building directly;
 *   bit 1 set:   the page is turned (/Rotate 90).
 * Small limits make the limit paths reachable; max_seconds is 2 (poppler
 * cannot be stopped inside a page, so run libFuzzer with -timeout=10).
 * Invariants, any broken one aborts: the result is 0, OD_EINVAL or
 * OD_ENOMEM with a detail; on success the grid is sorted, every row and
 * column from 0 without gaps, within max_cells, its text valid UTF-8 and
 * not empty, its pages within max_pages and its boxes finite. */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "charset.h"
#include "error.h"
#include "grid.h"
#include "pdf.h"

static const struct od_pdf_limits limits = {
    .max_bytes = 1 << 20,
    .max_pages = 8,
    .max_seconds = 2,
    .max_cells = 2000,
};

static void check(int ok)
{
    if (!ok)
        abort();
}

/* A one-page PDF around `content` (caller frees). */
static char *wrap(const uint8_t *content, size_t n, int rotate, size_t *ret_len)
{
    static const char font[] = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica "
                               "/Encoding /WinAnsiEncoding >>";
    struct od_buf b;
    size_t off[6];

    od_buf_init(&b, n + 4096);
    check(od_buf_adds(&b, "%PDF-1.4\n") == 0);
    off[1] = b.len;
    check(od_buf_adds(&b, "1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n") == 0);
    off[2] = b.len;
    check(od_buf_adds(&b, "2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n") == 0);
    off[3] = b.len;
    check(od_buf_printf(&b,
                        "3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                        "/Rotate %d /Contents 5 0 R /Resources << /Font << /F1 4 0 R "
                        "/F2 4 0 R >> >> >>\nendobj\n",
                        rotate) == 0);
    off[4] = b.len;
    check(od_buf_printf(&b, "4 0 obj\n%s\nendobj\n", font) == 0);
    off[5] = b.len;
    check(od_buf_printf(&b, "5 0 obj\n<< /Length %zu >>\nstream\n", n) == 0);
    check(od_buf_add(&b, content, n) == 0);
    check(od_buf_adds(&b, "\nendstream\nendobj\n") == 0);
    {
        size_t xref = b.len;

        check(od_buf_adds(&b, "xref\n0 6\n0000000000 65535 f \n") == 0);
        for (int i = 1; i <= 5; i++)
            check(od_buf_printf(&b, "%010zu 00000 n \n", off[i]) == 0);
        check(od_buf_printf(&b, "trailer\n<< /Size 6 /Root 1 0 R >>\nstartxref\n%zu\n%%%%EOF\n",
                            xref) == 0);
    }
    *ret_len = b.len;
    return od_buf_steal(&b);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    struct od_grid g;
    char *wrapped = NULL;
    const char *in;
    size_t len;
    int rc;

    if (size < 1)
        return 0;
    if (data[0] & 1) {
        wrapped = wrap(data + 1, size - 1, data[0] & 2 ? 90 : 0, &len);
        check(wrapped != NULL);
        in = wrapped;
    } else {
        in = (const char *)data + 1;
        len = size - 1;
    }
    check(od_grid_init(&g, OD_GRID_PDF, NULL) == 0);
    rc = od_pdf_to_grid(in, len, &limits, &g);
    check(rc == 0 || rc == OD_EINVAL || rc == OD_ENOMEM);
    if (rc != 0) {
        check(od_error_last()[0] != '\0');
    } else {
        check(g.n > 0 && g.n <= limits.max_cells);
        check(g.n_rows == g.cells[g.n - 1].row + 1);
        for (size_t i = 0; i < g.n; i++) {
            const struct od_cell *c = &g.cells[i];
            size_t tl = strlen(c->text);

            if (i == 0 || g.cells[i - 1].row != c->row) {
                check(c->col == 0);
                check(c->row == (i == 0 ? 0 : g.cells[i - 1].row + 1));
            } else {
                check(c->col == g.cells[i - 1].col + 1);
                check(c->page == g.cells[i - 1].page);
            }
            check(tl > 0 && od_utf8_valid(c->text, tl, NULL));
            check(c->page >= 1 && c->page <= limits.max_pages);
            check(isfinite(c->x0) && isfinite(c->x1) && isfinite(c->y) && c->x0 <= c->x1);
            check(c->type == OD_CELL_TEXT && c->span == 1 && c->rows == 1);
        }
    }
    od_grid_free(&g);
    free(wrapped);
    return 0;
}
