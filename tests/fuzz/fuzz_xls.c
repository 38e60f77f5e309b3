/* libFuzzer target for the .xls reader (lib/xls.c, lib/cfb.c, and FreeXL
 * behind them).
 *
 * The first input byte picks the sheet asked for (bits 0-1: NULL,
 * "Sheet1", "采购单", "notes") and whether the limits are small (bit 2);
 * the rest is the file. Invariants, any broken one aborts: the result is
 * 0, OD_EINVAL, OD_EIO or OD_ENOMEM; on failure the grid is untouched and
 * there is a detail; on success the grid has a name and at most max_cells
 * cells, in (row, col) order, each with non-empty valid UTF-8 text and
 * span and rows >= 1. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "charset.h"
#include "error.h"
#include "grid.h"
#include "xls.h"

static void check(int ok)
{
    if (!ok)
        abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const char *const sheets[] = {NULL, "Sheet1", "采购单", "notes"};
    static const struct od_xls_limits small = {.max_bytes = 1 << 20, .max_cells = 4096};
    const struct od_xls_limits *lim;
    struct od_grid g;
    int rc;

    if (size < 1)
        return 0;
    lim = (data[0] & 4) ? &small : NULL;
    memset(&g, 0x5A, sizeof(g));
    rc = od_xls_to_grid((const char *)data + 1, size - 1, sheets[data[0] & 3], lim, &g);
    check(rc == 0 || rc == OD_EINVAL || rc == OD_EIO || rc == OD_ENOMEM);
    if (rc != 0) {
        check(g.n == (size_t)0x5A5A5A5A5A5A5A5AULL);
        check(od_error_last()[0] != '\0');
        return 0;
    }
    check(g.kind == OD_GRID_SHEET && g.name != NULL);
    check(g.n <= (lim ? lim->max_cells : 2000000));
    for (size_t i = 0; i < g.n; i++) {
        const struct od_cell *c = &g.cells[i];
        size_t n = strlen(c->text);

        check(n > 0 && od_utf8_valid(c->text, n, NULL));
        check(c->span >= 1 && c->rows >= 1 && c->type <= OD_CELL_BOOL);
        check(c->row < g.n_rows && c->col < g.n_cols);
        if (i > 0)
            check(g.cells[i - 1].row < c->row ||
                  (g.cells[i - 1].row == c->row && g.cells[i - 1].col <= c->col));
    }
    od_grid_free(&g);
    return 0;
}
