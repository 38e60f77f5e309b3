/* Internal interface between the PDF reader's files: pdf.c (poppler, in
 * this process) and docworker.c (the child process and the wire format
 * between it and its caller). Not for use outside lib/, except by the unit
 * test of pdf.c and the fuzz target of the reply parser. */
#ifndef OD_PDF_INT_H
#define OD_PDF_INT_H

#include <stddef.h>
#include <stdint.h>

#include "buf.h"
#include "grid.h"
#include "pdf.h"

#define OD_PDF_DEFAULT_BYTES   (UINT64_C(32) << 20)
#define OD_PDF_DEFAULT_PAGES   UINT64_C(50)
#define OD_PDF_DEFAULT_SECONDS UINT64_C(10)
#define OD_PDF_DEFAULT_CELLS   UINT64_C(200000)
#define OD_PDF_DEFAULT_MEMORY  (UINT64_C(512) << 20)

/* --- pdf.c ---------------------------------------------------------------- */

/* `lim` (may be NULL) with every 0 replaced by its default, into *out. */
void od_pdf_limits_resolve(const struct od_pdf_limits *lim, struct od_pdf_limits *out);

/* "32 MiB", or "1000 bytes" for a size that is not whole MiB. */
void od_pdf_size_text(uint64_t n, char *buf, size_t size);

/* The checks made before poppler sees anything: the size against max_bytes, then "%PDF-"
 * in the first 1024 bytes. 0 or OD_EINVAL with the detail od_pdf_to_grid documents. */
int od_pdf_precheck(const char *data, size_t len, uint64_t max_bytes);

/* od_pdf_to_grid() in this process, whatever worker is registered. */
int od_pdf_read_here(const char *data, size_t len, const struct od_pdf_limits *lim,
                     struct od_grid *out);

/* --- docworker.c ---------------------------------------------------------- */

/* The registered worker command (borrowed, NULL-terminated), or NULL. */
char *const *od_doc_worker_argv(void);

/* od_pdf_to_grid() in a child process running `argv` (borrowed); `lim` resolved. */
int od_pdf_read_child(char *const *argv, const char *data, size_t len,
                      const struct od_pdf_limits *lim, struct od_grid *out);

/* The wire format (docs/pdf.md). All integers little-endian; a double is its IEEE 754
 * binary64 bits as a uint64.
 *
 * Request, caller to child: "ODPQ", u32 version (1), u64 max_bytes, max_pages,
 * max_seconds, max_cells, max_memory (resolved: none is 0), u64 length, then the bytes.
 *
 * Reply, child to caller: "ODPR", u32 version (1), i32 code (0, OD_EINVAL or OD_ENOMEM),
 * u32 detail length (0 for code 0, else 1..OD_PDF_DETAIL_MAX), the detail (UTF-8, no
 * control characters), u32 number of cells (<= max_cells), then per cell: u32 row, col,
 * span, rows, type, page, f64 x0, x1, y, u32 text length (1..), the text. Nothing after
 * the last cell. Rows count from 0; the caller adds the rows its grid already has. */
#define OD_PDF_REQUEST_MAGIC "ODPQ"
#define OD_PDF_REPLY_MAGIC   "ODPR"
#define OD_PDF_WIRE_VERSION  1
#define OD_PDF_REQUEST_HEAD  (4 + 4 + 6 * 8) /* bytes before the PDF */
#define OD_PDF_REPLY_HEAD    (4 + 4 + 4 + 4) /* magic, version, code, detail length */
#define OD_PDF_CELL_HEAD     (6 * 4 + 3 * 8 + 4)
#define OD_PDF_DETAIL_MAX    511

/* The request header for `len` bytes under `lim` (resolved) into head. */
void od_pdf_request_head(const struct od_pdf_limits *lim, uint64_t len,
                         unsigned char head[OD_PDF_REQUEST_HEAD]);

/* Append the reply for `code`, `detail` (cut to OD_PDF_DETAIL_MAX bytes at a character
 * boundary; "" for code 0) and the cells of `g` (borrowed) to `out`. 0, OD_ENOMEM or
 * OD_ETOOBIG (out's cap). */
int od_pdf_reply_encode(int code, const char *detail, const struct od_grid *g, struct od_buf *out);

/* The most bytes a valid reply can have under `lim` (resolved) for grid `g`: what the
 * caller reads at most before it gives up on the child. */
size_t od_pdf_reply_max(const struct od_pdf_limits *lim, const struct od_grid *g);

/* Check a reply (untrusted: every byte) and add its cells to `out`, their rows after the
 * rows `out` has (its n_rows on entry). On success *ret_code is the child's code (0,
 * OD_EINVAL or OD_ENOMEM) and `detail` its detail ("" for 0). OD_EINVAL "PDF reader:
 * malformed reply" for anything else, or OD_ENOMEM; then `out` may hold the cells read
 * before the fault, and *ret_code and `detail` are untouched. The grid is not sorted. */
int od_pdf_reply_parse(const char *data, size_t len, const struct od_pdf_limits *lim,
                       struct od_grid *out, int *ret_code, char *detail, size_t detail_size);

#endif
