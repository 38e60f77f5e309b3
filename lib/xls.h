/* Excel 97-2003 workbooks (.xls, BIFF8; BIFF5 from Excel 5/95 too) to a
 * cell grid (grid.h), for purchase orders that older ERPs send. The cells
 * are read by FreeXL (libfreexl 1.0.6); see docs/xls.md.
 *
 * FreeXL reads only from a path: the bytes are written to an unlinked
 * temporary file (O_TMPFILE in $TMPDIR, else /tmp; failing that mkstemp
 * and an immediate unlink), opened as /proc/self/fd/N and closed before
 * return. So it needs a writable $TMPDIR or /tmp and /proc; no file is
 * left behind, whatever happens.
 *
 * FreeXL 1.0.6 trusts the file it reads. Before it sees a byte, cfb.c
 * walks the compound file's sector tables as FreeXL will (bounded: a
 * circular chain is refused) and this file walks the workbook stream's
 * BIFF records, refusing what would make FreeXL read outside its buffers
 * or allocate without bound (malformed shared strings, strings longer
 * than their record, sheets spanning too many cells) and encrypted
 * workbooks. The same walk reads what FreeXL 1.0.6 leaves out: the cached
 * results of formulas, booleans and error values (FreeXL turns both into
 * the integers 0/1) and merged ranges (MERGEDCELLS).
 *
 * In a child process: once a program has registered the document worker
 * with od_doc_set_worker() (pdf.h), FreeXL runs in that worker, as poppler
 * does. The checks above are made here first (their refusals cost no
 * child); then the worker, under max_seconds of wall time and max_memory
 * of address space, reads the file and sends the grid (or the sheet names)
 * back. A crash or a hang of FreeXL ends the child, not the caller:
 * ".xls reader crashed (signal N): not read", ".xls reader timed out after
 * 10 s: not read", ".xls reader needs more than 512 MiB of memory: not
 * read", ".xls reader: malformed reply" (OD_EINVAL), or OD_EIO "cannot start
 * the .xls reader <argv[0]>: <reason>". docs/xls.md.
 *
 * Not read: BIFF2-4 files that are not inside a compound file (Excel 2-4
 * worksheets), charts, comments, hidden state (hidden rows are read). */
#ifndef OD_XLS_H
#define OD_XLS_H

#include <stddef.h>
#include <stdint.h>

#include "grid.h"

struct od_xls_limits {
    uint64_t max_bytes; /* size of the .xls file; 0 = 32 MiB */
    uint64_t max_cells; /* non-empty cells of the sheet read; 0 = 2,000,000. The sheets'
                           rectangles (rows x columns, which FreeXL allocates for every
                           sheet of the workbook) may span at most 4 x max_cells. */
    /* In the document worker only (see below): */
    uint64_t max_seconds; /* wall time of the worker; 0 = 10 */
    uint64_t max_memory;  /* its address space (RLIMIT_AS); 0 = 512 MiB; not under ASan */
};

/* Read one worksheet of the .xls file data[0..len) (borrowed) into a new grid of kind
 * OD_GRID_SHEET named after the sheet. `sheet` names the worksheet: an exact match first,
 * else the one name equal ignoring ASCII case; NULL for the first worksheet (chart sheets
 * are skipped).
 *
 * Cells (0-based row and column, text trimmed as od_grid_add() does): numbers as
 * OD_CELL_NUMBER, written with at most 15 significant digits as Excel shows them
 * ("12.3" for the double 12.300000000000001, "0.3" for 3 x 0.1, "3", "1e-05"); dates and times (a
 * number whose cell format shows a date) as OD_CELL_DATE in ISO 8601 ("2026-11-20",
 * "2026-11-20T09:30:00", "09:30:00"); text as OD_CELL_TEXT in UTF-8 (BIFF5 text converted from the
 * workbook's code page by FreeXL); a formula's cached result as the value it is (number, date,
 * text, boolean, error); booleans as OD_CELL_BOOL "TRUE"/"FALSE"; error values as OD_CELL_TEXT
 * ("#N/A", "#DIV/0!"). A merged range sets span and rows on its top-left cell (when that cell is
 * empty the range leaves no trace).
 *
 * `out` need not be initialised: on success it is set to a grid the caller releases with
 * od_grid_free(); on failure it is not touched. Returns 0; OD_EINVAL with a detail:
 * "not an Excel 97-2003 (.xls) file", "encrypted .xls (password protected): not read",
 * "damaged .xls: <what>" (from the checks above, or what FreeXL said), "no sheet named 'X'
 * (sheets: 'A', 'B')", "no worksheet", "more than N cells", "larger than 32 MiB",
 * ".xls support is not built in (meson -Dxls=enabled)"; OD_EIO when the temporary file
 * cannot be written; OD_ENOMEM. */
int od_xls_to_grid(const char *data, size_t len, const char *sheet, const struct od_xls_limits *lim,
                   struct od_grid *out);

/* The names of the workbook's worksheets in tab order (chart and other sheets left out):
 * *ret_names is set to a new NULL-terminated array of new strings that the caller frees with
 * od_xlsx_names_free() (xlsx.h). The same checks, limits and errors as od_xls_to_grid() (the
 * file is read whole: FreeXL has no cheaper way). */
int od_xls_sheet_names(const char *data, size_t len, const struct od_xls_limits *lim,
                       char ***ret_names);

#endif
