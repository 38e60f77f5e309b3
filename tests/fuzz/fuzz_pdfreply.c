/* libFuzzer target for the parser of the PDF reader's reply
 * (od_pdf_reply_parse in lib/docworker.c): the bytes a child process
 * wrote on its stdout, which the caller must treat as hostile (a PDF may
 * have taken over the child).
 *
 * The input is the reply itself. Small limits (8 pages, 64 cells) make the
 * count checks reachable. Invariants, any broken one aborts: the result is
 * 0, OD_EINVAL or OD_ENOMEM with a detail; a refused reply is refused as
 * "PDF reader: malformed reply" unless the grid's own limit spoke; on
 * success the code is 0, OD_EINVAL or OD_ENOMEM with a detail that is empty
 * exactly for 0, valid UTF-8 and free of control characters, and every cell
 * is a text cell of one column and one row, with non-empty valid UTF-8
 * text, a page within the limit and a finite box; the grid, encoded again,
 * parses to the same cells. */
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "charset.h"
#include "error.h"
#include "grid.h"
#include "pdf_int.h"

static const struct od_pdf_limits limits = {
    .max_bytes = 1 << 20,
    .max_pages = 8,
    .max_seconds = 2,
    .max_cells = 64,
    .max_memory = 64 << 20,
};

static void check(int ok)
{
    if (!ok)
        abort();
}

static void check_grid(const struct od_grid *g)
{
    check(g->n <= limits.max_cells);
    for (size_t i = 0; i < g->n; i++) {
        const struct od_cell *c = &g->cells[i];
        size_t tl = strlen(c->text);

        check(tl > 0 && od_utf8_valid(c->text, tl, NULL));
        check(c->type == OD_CELL_TEXT && c->span == 1 && c->rows == 1);
        check(c->row < limits.max_cells && c->col < limits.max_cells);
        check(c->page >= 1 && c->page <= limits.max_pages);
        check(isfinite(c->x0) && isfinite(c->x1) && isfinite(c->y) && c->x0 <= c->x1);
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    struct od_grid g, again;
    struct od_buf b;
    char detail[OD_PDF_DETAIL_MAX + 1], detail2[OD_PDF_DETAIL_MAX + 1];
    int code = 99, code2 = 99, rc;

    check(od_grid_init(&g, OD_GRID_PDF, NULL) == 0);
    rc = od_pdf_reply_parse((const char *)data, size, &limits, &g, &code, detail, sizeof(detail));
    check(rc == 0 || rc == OD_EINVAL || rc == OD_ENOMEM);
    check_grid(&g);
    if (rc != 0) {
        /* the grid's own limits (2,000,000 cells, 64 MiB) are out of reach here */
        check(rc == OD_ENOMEM || strcmp(od_error_last(), "PDF reader: malformed reply") == 0);
        check(code == 99);
        od_grid_free(&g);
        return 0;
    }
    check(code == 0 || code == OD_EINVAL || code == OD_ENOMEM);
    check((code == 0) == (detail[0] == '\0'));
    for (const char *p = detail; *p; p++)
        check((unsigned char)*p >= 0x20 && *p != 0x7F);
    check(od_utf8_valid(detail, strlen(detail), NULL));

    /* what the worker would send for this grid parses to the same grid */
    od_buf_init(&b, od_pdf_reply_max(&limits, &g) + 1);
    check(od_pdf_reply_encode(code, detail, &g, &b) == 0);
    check(od_grid_init(&again, OD_GRID_PDF, NULL) == 0);
    check(od_pdf_reply_parse(b.data, b.len, &limits, &again, &code2, detail2, sizeof(detail2)) ==
          0);
    check(code2 == code && strcmp(detail2, detail) == 0 && again.n == g.n);
    for (size_t i = 0; i < g.n; i++) {
        const struct od_cell *x = &g.cells[i], *y = &again.cells[i];

        check(x->row == y->row && x->col == y->col && x->page == y->page);
        check(memcmp(&x->x0, &y->x0, sizeof(double)) == 0 &&
              memcmp(&x->x1, &y->x1, sizeof(double)) == 0 &&
              memcmp(&x->y, &y->y, sizeof(double)) == 0);
        check(strcmp(x->text, y->text) == 0);
    }
    od_grid_free(&again);
    od_buf_free(&b);
    od_grid_free(&g);
    return 0;
}
