/* A document reduced to cells: what every purchase-order reader produces
 * (a worksheet of an .xlsx or .xls file, the text layer of a PDF, a CSV
 * file) and what the purchase-order recogniser reads
 * (connectors/imap/sheet.c). See docs/email-extraction.md.
 *
 * A grid is a sparse list of non-empty cells, each with its row and
 * column and, for a PDF, its position on the page, so the recogniser can
 * align a table's columns by x position and tell a reviewer where every
 * field was read ("Sheet1!B7", "p1 x=72 y=140", "line 12").
 *
 * Spreadsheets: row and col are the sheet's (0-based: A1 is 0,0); a
 * merged range is one cell at its top-left with `span` columns (and
 * `rows` rows). PDF: one row per text line (words whose baselines agree,
 * in reading order from the top of page 1 down to the end of the last
 * page, so rows go on across pages); within a row the words are grouped
 * into cells where the gap between them is wider than a space; col
 * counts the cells from the left, and x0/x1/y give the cell's place in
 * points from the page's top-left corner. CSV: rows and fields.
 *
 * Ownership: a grid owns its name and every cell's text; od_grid_free()
 * releases them (and accepts a zeroed or half-built grid). */
#ifndef OD_GRID_H
#define OD_GRID_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "buf.h"

enum od_grid_kind {
    OD_GRID_SHEET, /* xlsx, xls: refs "Name!B7" */
    OD_GRID_PDF,   /* refs "p1 x=72 y=140" */
    OD_GRID_CSV,   /* refs "row 3 col 2" (1-based) */
    OD_GRID_TEXT,  /* lines of a text, refs "body line 3" */
};

enum od_cell_type {
    OD_CELL_TEXT,   /* a string as written */
    OD_CELL_NUMBER, /* a number; text as the file stores it ("12.3", "3", "1E-3"),
                       or a cached formula result */
    OD_CELL_DATE,   /* a date-formatted number, as ISO 8601 text ("2026-11-20",
                       "2026-11-20T09:30:00") */
    OD_CELL_BOOL,   /* "TRUE" / "FALSE" */
};

struct od_cell {
    uint32_t row, col; /* 0-based */
    uint32_t span;     /* columns covered (merged cells), >= 1 */
    uint32_t rows;     /* rows covered (merged cells), >= 1 */
    enum od_cell_type type;
    char *text; /* UTF-8, trimmed of surrounding white space, never empty */
    /* PDF only (0 elsewhere): 1-based page and the cell's box in points,
     * x from the left edge, y of the baseline from the top edge. */
    uint32_t page;
    double x0, x1, y;
};

#define OD_GRID_MAX_CELLS ((size_t)2000000)  /* default of max_cells */
#define OD_GRID_MAX_TEXT  ((size_t)64 << 20) /* default of max_text: 64 MiB */

struct od_grid {
    enum od_grid_kind kind;
    char *name; /* sheet name, or NULL */
    struct od_cell *cells;
    size_t n, cap;
    uint32_t n_rows, n_cols; /* 1 + the largest row / col used (0 when empty) */
    size_t max_cells;        /* od_grid_add refuses more; 0 = OD_GRID_MAX_CELLS */
    size_t max_text;         /* bytes of text in all cells; 0 = OD_GRID_MAX_TEXT */
    size_t text_bytes;
    /* xlsx: the currency that the number formats of the sheet's numbers
     * show ("£", "€", "USD"), when those that show one all agree; else
     * "" (money_mixed set when two differ). */
    char money_symbol[16];
    bool money_mixed;
    /* Sheets appended into one grid (od_grid_append): the row where each
     * begins and its name, so that a cell's reference names its own
     * sheet and row. None in a grid of one sheet. */
    struct od_grid_part {
        uint32_t first_row;
        char *name; /* NULL: no name */
    } * parts;
    size_t n_parts;
};

/* An empty grid of `kind`; `name` is copied (may be NULL). 0 or OD_ENOMEM. */
int od_grid_init(struct od_grid *g, enum od_grid_kind kind, const char *name);

/* Append a cell with a copy of text[0..len) (trimmed; an empty or
 * all-white-space text adds nothing and returns 0 with *out NULL). span
 * and rows start at 1, the PDF fields at 0; set them through *out (may
 * be NULL). Cells may be added in any order: od_grid_sort() puts them in
 * (row, col) order. Invalid UTF-8 is replaced by U+FFFD.
 * 0, OD_ENOMEM, or OD_ETOOBIG with a detail ("more than 2000000 cells")
 * when a limit is reached. */
int od_grid_add(struct od_grid *g, uint32_t row, uint32_t col, enum od_cell_type type,
                const char *text, size_t len, struct od_cell **out);

/* Append the cells of `src` (sorted) below those of `dst`, `gap` empty
 * rows after dst's last row, with their types and spans: two sheets of
 * a workbook read as one document. References (od_cell_ref) keep naming
 * each cell's own sheet and row. The money symbol is kept when both
 * agree or one has none, else dst becomes money_mixed. 0, OD_ENOMEM or
 * OD_ETOOBIG (dst's limits); dst is sorted on success. */
int od_grid_append(struct od_grid *dst, const struct od_grid *src, uint32_t gap);

/* Sort the cells by (row, col) and recompute n_rows / n_cols. */
void od_grid_sort(struct od_grid *g);

/* After od_grid_sort: the index of the first cell of `row` (or of the
 * first row after it), by binary search; g->n when none. */
size_t od_grid_row_start(const struct od_grid *g, uint32_t row);

/* The cell at (row, col) after od_grid_sort, or NULL. A merged cell is
 * found only at its top-left. */
const struct od_cell *od_grid_at(const struct od_grid *g, uint32_t row, uint32_t col);

/* Where a cell is, for people: "Sheet1!B7" (or "B7" without a name),
 * "p1 x=72 y=140", "row 3 col 2". Always NUL-terminates `buf`. */
void od_cell_ref(const struct od_grid *g, const struct od_cell *c, char *buf, size_t size);

/* Column letters of a 0-based column: 0 -> "A", 27 -> "AB". */
void od_col_name(uint32_t col, char buf[8]);

/* PDF grids (sorted): join what the page spaced apart but people read
 * as one: letter-spaced Chinese labels and titles ("供 应 商：" set one
 * character per cell, "采 购 订 单") and a number written in digit
 * groups ("+86 177 5345 2568"). A cell that is one CJK character joins
 * the next cell of its line when the gap is at most the character's
 * width; a cell ending in a digit joins a next cell of only digits
 * when the gap is at most the width of two of its digits (prices, with
 * their decimal point, never join). Columns are renumbered. */
void od_grid_join_spaced(struct od_grid *g);

/* Fill an OD_GRID_TEXT grid (initialised by the caller) from UTF-8
 * text: one row per line (at most `max_lines`; longer lines than 4 KiB
 * are left out), cells split where a tab, a '|', a full-width space or
 * two spaces or more stand. The grid comes out sorted. 0, OD_ENOMEM or
 * OD_ETOOBIG. */
int od_grid_from_text(struct od_grid *g, const char *text, size_t len, size_t max_lines);

/* Fill an OD_GRID_CSV grid (initialised by the caller) from UTF-8 CSV
 * text with delimiter `delim`, through the CSV parser (csv.h); a
 * malformed record is read as far as it goes. The grid comes out
 * sorted. 0, OD_ENOMEM or OD_ETOOBIG (the grid's limits). */
int od_grid_from_csv(struct od_grid *g, const char *text, size_t len, char delim);

/* Append the (sorted) grid as RFC 4180 CSV to `out`: one line per row
 * from the first used row to the last, wholly empty rows left out, empty
 * cells as empty fields, fields quoted when they hold , " CR or LF.
 * 0, OD_ENOMEM or OD_ETOOBIG (out's cap). */
int od_grid_to_csv(const struct od_grid *g, struct od_buf *out);
/* The grid (sorted) as lines of text: a row a line, its cells in order
 * parted by a tab (a line break or tab inside a cell becomes a space),
 * as a text reader splits them again. Appends to `out`; 0,
 * OD_ENOMEM or OD_ETOOBIG (out's cap), out unchanged on failure. */
int od_grid_to_text(const struct od_grid *g, struct od_buf *out);

void od_grid_free(struct od_grid *g);

#endif
