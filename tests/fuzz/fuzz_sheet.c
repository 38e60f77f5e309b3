/* libFuzzer target for the purchase-order recogniser on a cell grid
 * (connectors/imap/sheet.c) and the grid helpers (lib/grid.c).
 *
 * The first input byte picks the grid: bit 0 clear, a sheet; set, a PDF
 * page whose cells get x ranges from the next bytes (so columns overlap,
 * touch or miss the header's in every way). The rest is CSV text that
 * fills the grid (od_grid_from_csv); a field that starts with '#' is a
 * number cell. Invariants, any broken one aborts: the outcome is one of
 * the three or OD_ENOMEM; an order has an external_id, at least one line
 * with qty > 0 and a unit price, and sources that are a JSON object; a
 * reason is non-empty and NUL-terminated; the grid goes back to CSV. */
#include <json-c/json.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "error.h"
#include "grid.h"
#include "imap/sheet.h"

static void check(int ok)
{
    if (!ok)
        abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    struct od_grid g;
    struct od_order *o = NULL;
    struct od_buf csv;
    char why[512], id[MAIL_ID_MAX + 1];
    bool pdf;
    unsigned n_orders = 0;
    int outcome;

    if (size < 1)
        return 0;
    pdf = data[0] & 1;
    check(od_grid_init(&g, pdf ? OD_GRID_PDF : OD_GRID_SHEET, "S") == 0);
    g.max_cells = 4096;
    if (od_grid_from_csv(&g, (const char *)data + 1, size - 1, ',') == OD_ENOMEM)
        goto out;
    for (size_t i = 0; i < g.n; i++) {
        struct od_cell *c = &g.cells[i];
        uint8_t b = data[1 + i % (size - 1 ? size - 1 : 1)];

        if (c->text[0] == '#' && c->text[1]) {
            memmove(c->text, c->text + 1, strlen(c->text));
            c->type = OD_CELL_NUMBER;
        }
        if (pdf) {
            c->page = 1 + c->row / 40;
            c->x0 = c->col * 60.0 + (b % 50);
            c->x1 = c->x0 + 5 + (b >> 2);
            c->y = (c->row % 40) * 14.0;
        } else if ((b & 7) == 7) {
            c->span = 1 + (b >> 5);
        }
    }
    /* order 0, 1 or 2 of a table that may list several */
    outcome = mail_sheet_parse_nth(NULL, &g, "PO# 77", NULL, "msg-x", (unsigned)(size % 3),
                                   &n_orders, &o, why, sizeof(why), id);
    check(n_orders >= 1);
    check(outcome == MAIL_SHEET_ORDER || outcome == MAIL_SHEET_BAD ||
          outcome == MAIL_SHEET_NOTHING || outcome == OD_ENOMEM);
    check(strlen(id) <= MAIL_ID_MAX);
    if (outcome == MAIL_SHEET_ORDER) {
        json_object *src;

        check(o && o->external_id && o->external_id[0] && o->n_lines > 0);
        for (size_t i = 0; i < o->n_lines; i++)
            check(o->lines[i].qty > 0 && !od_price_is_none(o->lines[i].unit_price));
        check(o->extraction && o->extraction->sources);
        src = json_tokener_parse(o->extraction->sources);
        check(src && json_object_is_type(src, json_type_object));
        json_object_put(src);
    } else {
        check(!o);
        check(outcome == OD_ENOMEM || why[0]);
    }
    od_buf_init(&csv, 1 << 22);
    check(od_grid_to_csv(&g, &csv) != OD_EINVAL);
    od_buf_free(&csv);
out:
    od_order_free(o);
    od_grid_free(&g);
    return 0;
}
