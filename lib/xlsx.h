/* Excel .xlsx (Office Open XML spreadsheet) to CSV or to a cell grid,
 * for purchase orders that customers send as attachments. The CSV goes
 * through the feed CSV parser with the channel's `columns:` mapping; the
 * grid (grid.h) goes to the purchase-order recogniser. See docs/xlsx.md.
 *
 * What is read: xl/workbook.xml (sheet names and order, workbookPr
 * date1904), xl/_rels/workbook.xml.rels (where each sheet, the shared
 * strings and the styles are), the optional shared strings and styles
 * parts, and one worksheet. Nothing else (no formulas are evaluated: a
 * formula cell gives its cached value; charts, comments and hidden rows
 * are ignored; merged cells only shape the grid output). The XML is read streaming with expat; a
 * DOCTYPE (and so any entity declaration) is refused. Element and
 * attribute names are matched by local name, so prefixed elements
 * (<x:c>) read like unprefixed ones.
 *
 * The zip is read in memory with libzip. Every byte read out of an entry
 * counts against max_uncompressed while it is being read, whatever size
 * the zip declares. Other fixed limits: 128 levels of XML nesting, 1 MiB
 * per string or cell value, 1 MiB per XML tag or comment, 4,000,000
 * shared strings, 100,000 cell formats, number formats and workbook
 * relationships, column XFD (16384).
 *
 * CSV: rows come out in file order; wholly empty rows are skipped; each
 * row ends with LF. Cells within a row must be in column order (as Excel
 * writes them). The grid has no such rule. */
#ifndef OD_XLSX_H
#define OD_XLSX_H

#include <stddef.h>
#include <stdint.h>

#include "buf.h"
#include "grid.h"

struct od_xlsx_limits {
    uint64_t max_uncompressed; /* sum of uncompressed sizes of the entries read; 0 = 64 MiB */
    uint64_t max_entries;      /* entries in the zip; 0 = 10000 */
    uint64_t max_cells;        /* cells in the sheet (<c> elements); 0 = 2,000,000 */
    uint64_t max_csv;          /* bytes of CSV produced, or of cell text in a grid; 0 = 64 MiB */
};

/* Convert one worksheet of an .xlsx file (`data`, `len` bytes, in memory) to RFC 4180 CSV in
 * UTF-8 (comma, LF line ends, fields quoted when they contain , " CR LF), appended to
 * `out` (an od_buf the caller owns; its own cap applies too). `sheet` names the worksheet (as in
 * xl/workbook.xml; an exact match first, else the one name equal ignoring ASCII case) or NULL for
 * the first worksheet in workbook order. Rows keep their positions: empty cells in a row become
 * empty fields (column letters honoured: A1, C1 -> "a,,c"); wholly empty rows are skipped;
 * trailing empty cells are dropped; each row ends with a newline.
 *
 * Cells: shared strings (t="s", rich text runs concatenated, phonetic runs left out), inline
 * strings (t="inlineStr"), t="str" formula results (cached <v>), booleans (TRUE/FALSE), errors
 * (#N/A as text), numbers as written in <v> (no float round trip: "12.30" stays, "1E-3" stays
 * as text; integers like "3" stay "3"). Excel's _xHHHH_ escapes in strings are decoded.
 * Numbers whose cell style is a date (xl/styles.xml cellXfs numFmtId: built-in ids 14-22,
 * 27-36, 45-47, 50-58, or a custom numFmt whose code has y/m/d/h/s outside quotes/brackets)
 * become ISO 8601 text: "2026-11-20" for whole days, "2026-11-20T09:30:00" with a time
 * (rounded to the second), "09:30:00" for a value below 1 (a time of day). The 1900 date
 * system includes its 1900-02-29 bug; workbookPr date1904 is honoured. A negative date or
 * one after 9999-12-31 stays the number it is.
 *
 * Returns 0; OD_EINVAL with a detail naming why ("not a zip file", "xl/workbook.xml: no sheet
 * named 'Orders'", "xl/worksheets/sheet1.xml:3: malformed XML: ...", "uncompressed size over
 * 64 MiB limit (zip bomb?)", "more than 2000000 cells", "CSV over ... bytes"), also when `out`'s
 * own cap is reached; OD_ENOMEM. On failure `out` is left as it was. `data` is borrowed. */
int od_xlsx_to_csv(const char *data, size_t len, const char *sheet,
                   const struct od_xlsx_limits *lim, struct od_buf *out);

/* The same worksheet as od_xlsx_to_csv() reads, the same limits and the same decoding of
 * every cell, as a grid (grid.h) of kind OD_GRID_SHEET named after the sheet as the workbook
 * spells it ("订单" even when `sheet` was "订单" or NULL; an ASCII-case-insensitive match
 * gives the workbook's spelling).
 *
 * Each non-empty cell is one od_cell at its own row and column (0-based: A1 is 0,0; from the
 * cell's r="B7", else its <row r="7"> and the column after the previous cell), its text
 * trimmed as od_grid_add() trims it, in (row, col) order (od_grid_sort: cells out of column
 * or row order are fine here, unlike the CSV). Types: OD_CELL_NUMBER for a number as written
 * in the file, also a formula's cached number ("12.30", "1E-3"); OD_CELL_DATE for a
 * date-styled number, as the same ISO 8601 text as in the CSV, and for a t="d" cell (ISO
 * text as written); OD_CELL_BOOL "TRUE"/"FALSE"; OD_CELL_TEXT for every string (shared,
 * inline, a formula's cached string) and for error values ("#N/A"). A merged range
 * (<mergeCell ref="A1:F1"/>) sets span (columns) and rows on its top-left cell; when that
 * cell is empty the range leaves no trace; values that a writer left in the other cells of
 * the range (Excel empties them) stay as cells of their own. At most 100,000 merged ranges.
 * max_csv bounds the bytes of cell text (the grid's max_text), max_cells the cells.
 *
 * `out` need not be initialised: on success it is set to a new grid that the caller releases
 * with od_grid_free(); on failure it is not touched. Returns 0, OD_EINVAL with the same
 * details as od_xlsx_to_csv() (plus "...: bad merged range 'A1:'", "more than 100000 merged
 * ranges", "more than N bytes of cell text"), or OD_ENOMEM. `data` is borrowed. */
int od_xlsx_to_grid(const char *data, size_t len, const char *sheet,
                    const struct od_xlsx_limits *lim, struct od_grid *out);

/* The names of the workbook's worksheets in tab order (chart, dialog and macro sheets left
 * out), as the workbook spells them, reading only xl/workbook.xml and its relationships:
 * *ret_names is set to a new NULL-terminated array of new strings (empty when there is no
 * worksheet) that the caller frees with od_xlsx_names_free(). Returns 0, OD_EINVAL (not a
 * zip, damaged, a limit: the details of od_xlsx_to_csv()) or OD_ENOMEM; *ret_names is set
 * only on success. */
int od_xlsx_sheet_names(const char *data, size_t len, const struct od_xlsx_limits *lim,
                        char ***ret_names);

/* Free what od_xlsx_sheet_names() or od_xls_sheet_names() returned; NULL is fine. */
void od_xlsx_names_free(char **names);

#endif
