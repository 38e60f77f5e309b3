/* libFuzzer target for the parser of the .xls reader's reply
 * (od_xls_reply_parse in lib/docworker.c): the bytes the document worker
 * wrote on its stdout after FreeXL read a file, which the caller must
 * treat as hostile (a file may have taken over the child).
 *
 * The first byte's bit 0 asks for the sheet names instead of a grid; the
 * rest is the reply. A small limit (64 cells) makes the count check
 * reachable. Invariants, any broken one aborts: the result is 0, OD_EINVAL
 * or OD_ENOMEM with a detail; on failure nothing is set (the grid and the
 * names untouched, the code too); on success the code is 0, OD_EINVAL,
 * OD_ENOMEM or OD_EIO with a detail that is empty exactly for 0, valid
 * UTF-8 and free of control characters; a grid has a name and at most 64
 * cells in (row, col) order, each with non-empty valid UTF-8 text, a known
 * type, span and rows >= 1 and no page; names are non-empty valid UTF-8;
 * encoded again, the result parses to the same. */
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "charset.h"
#include "error.h"
#include "grid.h"
#include "pdf_int.h"
#include "xls_int.h"
#include "xlsx.h"

static const struct od_xls_limits limits = {
    .max_bytes = 1 << 20,
    .max_cells = 64,
    .max_seconds = 2,
    .max_memory = 64 << 20,
};

static void check(int ok)
{
    if (!ok)
        abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    struct od_grid g, again;
    char **names = (char **)&names, **names2 = NULL;
    char detail[OD_PDF_DETAIL_MAX + 1], detail2[OD_PDF_DETAIL_MAX + 1];
    struct od_buf b;
    bool want_names;
    int code = 99, code2 = 99, rc;

    if (size < 1)
        return 0;
    want_names = data[0] & 1;
    memset(&g, 0x5A, sizeof(g));
    rc = od_xls_reply_parse((const char *)data + 1, size - 1, &limits, want_names ? NULL : &g,
                            want_names ? &names : NULL, &code, detail, sizeof(detail));
    check(rc == 0 || rc == OD_EINVAL || rc == OD_ENOMEM);
    if (rc != 0 || code != 0) {
        check(g.n == (size_t)0x5A5A5A5A5A5A5A5AULL && names == (char **)&names);
        if (rc != 0) {
            check(od_error_last()[0] != '\0');
            check(code == 99);
            return 0;
        }
    }
    check(code == 0 || code == OD_EINVAL || code == OD_ENOMEM || code == OD_EIO);
    check((code == 0) == (detail[0] == '\0'));
    for (const char *p = detail; *p; p++)
        check((unsigned char)*p >= 0x20 && *p != 0x7F);
    check(od_utf8_valid(detail, strlen(detail), NULL));

    od_buf_init(&b, 1 << 24);
    if (code != 0) {
        check(od_xls_reply_encode(code, detail, NULL, NULL, &b) == 0);
    } else if (want_names) {
        for (size_t i = 0; names[i]; i++)
            check(names[i][0] && od_utf8_valid(names[i], strlen(names[i]), NULL));
        check(od_xls_reply_encode(0, "", NULL, names, &b) == 0);
    } else {
        check(g.kind == OD_GRID_SHEET && g.name && g.name[0] && g.n <= limits.max_cells);
        for (size_t i = 0; i < g.n; i++) {
            const struct od_cell *c = &g.cells[i];
            size_t n = strlen(c->text);

            check(n > 0 && od_utf8_valid(c->text, n, NULL));
            check(c->type <= OD_CELL_BOOL && c->span >= 1 && c->rows >= 1 && c->page == 0);
            if (i > 0)
                check(g.cells[i - 1].row < c->row ||
                      (g.cells[i - 1].row == c->row && g.cells[i - 1].col <= c->col));
        }
        check(od_xls_reply_encode(0, "", &g, NULL, &b) == 0);
    }
    /* what the worker would send for this parses to the same */
    check(od_xls_reply_parse(b.data, b.len, &limits, want_names ? NULL : &again,
                             want_names ? &names2 : NULL, &code2, detail2, sizeof(detail2)) == 0);
    check(code2 == code && strcmp(detail2, detail) == 0);
    if (code == 0 && want_names) {
        size_t i = 0;

        for (; names[i]; i++)
            check(names2[i] && strcmp(names[i], names2[i]) == 0);
        check(names2[i] == NULL);
    } else if (code == 0) {
        check(strcmp(g.name, again.name) == 0 && again.n == g.n);
        check(strcmp(g.money_symbol, again.money_symbol) == 0 &&
              g.money_mixed == again.money_mixed);
        for (size_t i = 0; i < g.n; i++) {
            const struct od_cell *x = &g.cells[i], *y = &again.cells[i];

            check(x->row == y->row && x->col == y->col && x->span == y->span &&
                  x->rows == y->rows && x->type == y->type && strcmp(x->text, y->text) == 0);
        }
        od_grid_free(&again);
    }
    if (code == 0 && want_names) {
        od_xlsx_names_free(names);
        od_xlsx_names_free(names2);
    } else if (code == 0) {
        od_grid_free(&g);
    }
    od_buf_free(&b);
    return 0;
}
