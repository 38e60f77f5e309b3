/* Internal interface between the .xls reader's files: xls.c (the checks
 * and FreeXL, in this process) and docworker.c (the document worker: the
 * child process that runs FreeXL for a caller that registered one, and
 * the wire format between them). Not for use outside lib/, except by the
 * unit test of xls.c. See docs/xls.md. */
#ifndef OD_XLS_INT_H
#define OD_XLS_INT_H

#include <stddef.h>
#include <stdint.h>

#include "buf.h"
#include "grid.h"
#include "xls.h"

#define OD_XLS_DEFAULT_BYTES   (UINT64_C(32) << 20)
#define OD_XLS_DEFAULT_CELLS   UINT64_C(2000000)
#define OD_XLS_DEFAULT_SECONDS UINT64_C(10)
#define OD_XLS_DEFAULT_MEMORY  (UINT64_C(512) << 20)

/* --- xls.c ---------------------------------------------------------------- */

/* `lim` (may be NULL) with every 0 replaced by its default, into *out. */
void od_xls_limits_resolve(const struct od_xls_limits *lim, struct od_xls_limits *out);

/* The checks made before FreeXL sees the file (the size, the compound file, the walk of the
 * BIFF records; docs/xls.md), in this process: 0, or the error od_xls_to_grid() would give. */
int od_xls_check(const char *data, size_t len, const struct od_xls_limits *lim);

/* od_xls_to_grid() and od_xls_sheet_names() in this process, whatever worker is registered. */
int od_xls_read_here(const char *data, size_t len, const char *sheet,
                     const struct od_xls_limits *lim, struct od_grid *out);
int od_xls_names_here(const char *data, size_t len, const struct od_xls_limits *lim,
                      char ***ret_names);

/* --- docworker.c ---------------------------------------------------------- */

/* od_xls_to_grid() (ret_names NULL: into *out, untouched on failure) or od_xls_sheet_names()
 * (out NULL) in a child process running `argv` (borrowed, see od_doc_set_worker); `lim`
 * resolved. The caller made od_xls_check() first. */
int od_xls_read_child(char *const *argv, const char *data, size_t len, const char *sheet,
                      const struct od_xls_limits *lim, struct od_grid *out, char ***ret_names);

/* The wire format (docs/xls.md, "In the document worker"), beside the PDF one of pdf_int.h;
 * integers little-endian.
 *
 * Request: "ODXQ", u32 version (1), u64 max_bytes, max_cells, max_seconds, max_memory
 * (resolved), u32 what (0 a sheet's grid, 1 the sheet names), u32 sheet name length
 * (0xFFFFFFFF for none, else at most OD_XLS_NAME_MAX), u64 file length; then the sheet
 * name's bytes and the file's. The head has the PDF request's size, so the worker reads one
 * head and looks at its magic.
 *
 * Reply: "ODXR", u32 version (1), i32 code (0, OD_EINVAL, OD_ENOMEM or OD_EIO), u32 detail
 * length and the detail (as the PDF reply's), u32 length and bytes of the grid's name (the
 * sheet's; 1..OD_XLS_NAME_MAX for a grid, 0 otherwise), u32 length and bytes of its money
 * symbol (< 16), u32 money_mixed (0 or 1), u32 number of cells, then the cells encoded as
 * in the PDF reply (page 0 and zero coordinates here). For the sheet names, one cell per
 * name in tab order: row = its index, column 0, the name as its text. */
#define OD_XLS_REQUEST_MAGIC "ODXQ"
#define OD_XLS_REPLY_MAGIC   "ODXR"
#define OD_XLS_WIRE_VERSION  1
#define OD_XLS_NAME_MAX      1024 /* bytes of a sheet name (255 UTF-16 units fit) */
#define OD_XLS_NO_SHEET      UINT32_MAX

/* Append the reply for `code` and `detail` (as the PDF reply's) with the grid `g` or the
 * NULL-terminated `names` (both NULL for an error) to `out`. 0, OD_ENOMEM or OD_ETOOBIG. */
int od_xls_reply_encode(int code, const char *detail, const struct od_grid *g, char *const *names,
                        struct od_buf *out);

/* Check a reply (untrusted: every byte): with ret_names NULL a new grid (sorted) into *out,
 * else the names into *ret_names (free with od_xlsx_names_free), the child's code (0,
 * OD_EINVAL, OD_ENOMEM or OD_EIO) into *ret_code and its detail ("" for 0) into detail.
 * Returns 0; OD_EINVAL ".xls reader: malformed reply" (or the grid's own limit, as xls.c
 * says it); OD_ENOMEM. On failure nothing is set. A failure's reply carries no grid. */
int od_xls_reply_parse(const char *data, size_t len, const struct od_xls_limits *lim,
                       struct od_grid *out, char ***ret_names, int *ret_code, char *detail,
                       size_t detail_size);

#endif
