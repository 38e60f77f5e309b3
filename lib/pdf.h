/* The text layer of a PDF as a cell grid (grid.h), for purchase orders
 * that customers send as PDF attachments. See docs/pdf.md.
 *
 * What is read: the characters poppler (poppler-glib) finds on each page,
 * with their boxes in points from the top-left corner of the page as it is
 * displayed (a page's /Rotate is applied). Nothing else: no images (so no
 * scanned page, unless it carries an OCR text layer), no annotations or
 * form fields, no outlines, no attachments. poppler's own reading order
 * is not used: lines and cells are built here from the positions.
 *
 * How the grid is formed (the thresholds are in "em", the font size
 * poppler reports for the character, or the character box height / 1.2
 * where it reports none):
 *  - a character that is white space (ASCII, U+00A0, U+2000-U+200B,
 *    U+3000 ...) or a control character separates words and is dropped;
 *  - words whose vertical centres differ by at most 0.4 em (of the smaller
 *    font) are one line, whatever their font sizes; lines are ordered top
 *    down within a page and pages in order, one grid row per line, so row
 *    numbers go on across pages;
 *  - within a line, words are ordered left to right; a gap up to 0.17 em
 *    joins two words with no space, a gap up to 0.45 em (about one and a
 *    half spaces of common fonts) with one ASCII space, and a wider gap
 *    starts a new cell. Next to a CJK character (Han, kana, Hangul, CJK
 *    and full-width punctuation) a gap up to 0.3 em joins with no space
 *    (word processors set such a gap between Chinese and Latin text);
 *  - each cell gets row, col (0-based, left to right in its row), page
 *    (1-based), x0/x1 (left/right edge of its characters) and y (the
 *    bottom of its character boxes: slightly below the baseline), in
 *    points from the top-left of the page; type is OD_CELL_TEXT and span
 *    and rows are 1. Rows start at out->n_rows (0 for a new grid).
 *  - Text drawn rotated on an upright page (a vertical label) comes out as
 *    one-character lines; right-to-left scripts come out left to right.
 *
 * Limits (struct od_pdf_limits, 0 = the default): input size, pages
 * (/Count as poppler reads it), wall time for the whole document, cells,
 * and the memory of the child process below. Also fixed: 1,000,000
 * characters on one page. The clock is checked between pages and inside
 * the loops here; poppler's own work on one page (parsing its content
 * stream) cannot be interrupted, so in-process a single hostile page can
 * overrun max_seconds by the time poppler takes for it, and use as much
 * memory as poppler wants (see docs/pdf.md for what was measured).
 *
 * In a child process: once a program has registered a worker command with
 * od_doc_set_worker(), every od_pdf_to_grid() call runs that command (a
 * copy of the program started with --doc-worker, which calls
 * od_doc_worker_main()) with posix_spawn, sends it the limits and the
 * bytes on its stdin, and reads the grid back from its stdout. The child
 * sets its own RLIMIT_AS (max_memory) and RLIMIT_CPU (max_seconds + 1)
 * and no core file; the caller kills it with SIGKILL when max_seconds of
 * wall time have passed since the call began, and always reaps it. So a
 * hostile PDF costs the calling process neither memory nor more than
 * max_seconds, and a crash or an out-of-memory abort inside poppler or
 * GLib ends the child, not the caller. The child inherits only stdin,
 * stdout and stderr (/dev/null), the default signal dispositions, an
 * empty signal mask and the environment as it was at registration. Its
 * reply is untrusted input: the caller checks its format, every length and
 * count against the limits, and every cell (od_grid_add re-checks the
 * UTF-8). Without a registered worker the call reads in-process, as unit
 * tests, fuzzers and tools do.
 *
 * poppler's messages: poppler-glib 22.12 sends its parse warnings and
 * errors to g_log() in the "Poppler" domain at level INFO (printed only
 * with G_MESSAGES_DEBUG=Poppler or =all). The first call installs a
 * g_log handler for that domain, for the whole process, that never prints:
 * the last message while a document is opened becomes part of the
 * "damaged PDF: ..." detail, all others are dropped. Memory exhaustion
 * inside glib or poppler aborts the process (glib's policy), it does not
 * return OD_ENOMEM: in-process that is the caller's process, which is why
 * daemons register a worker.
 *
 * Threads: each call opens its own poppler document (or starts its own
 * child) and frees it (reaps it) before returning; calls on different
 * threads work on different documents, which poppler supports (its global
 * state, GlobalParams, has its own lock). The error detail is thread-local
 * as always. The calling process must not set SIGCHLD to SIG_IGN nor reap
 * children it did not start (waitpid(-1, ...)), or the child's exit status
 * is lost.
 *
 * Built without poppler (meson -Dpdf=disabled) every call fails with
 * OD_EINVAL "PDF support is not built in (meson -Dpdf=enabled)". */
#ifndef OD_PDF_H
#define OD_PDF_H

#include <stddef.h>
#include <stdint.h>

#include "grid.h"

struct od_pdf_limits {
    uint64_t max_bytes;   /* input size; 0 = 32 MiB */
    uint64_t max_pages;   /* 0 = 50 */
    uint64_t max_seconds; /* wall time for the whole document; 0 = 10 */
    uint64_t max_cells;   /* 0 = 200,000 */
    uint64_t max_memory;  /* address space of the child process (RLIMIT_AS); 0 = 512 MiB.
                             Not used in-process, nor in a build with AddressSanitizer
                             (which reserves terabytes of address space) */
};

/* Read the text layer of a PDF (data/len in memory, borrowed) into `out` (initialised by the
 * caller with od_grid_init(out, OD_GRID_PDF, NULL)), one row per text line, see above and
 * grid.h. `lim` may be NULL (all defaults). On success the grid is sorted (od_grid_sort).
 *
 * Returns 0; OD_ENOMEM; or OD_EINVAL with one of these details (N the limit in force):
 *   "larger than 32 MiB" ("larger than N bytes" for a limit that is not whole MiB)
 *   "not a PDF file"                      no "%PDF-" in the first 1024 bytes
 *   "encrypted PDF (password protected): not read"
 *                                         (a PDF that opens without a password, whatever its
 *                                         permission flags, is read)
 *   "damaged PDF: <poppler's message>"    poppler could not open it
 *   "more than 50 pages"
 *   "took longer than 10 s"
 *   "more than 200000 cells"              (or the grid's own limits: "more than N bytes of
 *                                         cell text")
 *   "page 3: more than 1000000 characters"
 *   "no text layer (a scanned PDF?): not read"   no character on any page
 * and, in a child process (see above), also:
 *   "took longer than 10 s"               killed at max_seconds of wall time, or by SIGXCPU
 *   "needs more than 512 MiB of memory to read (or crashed): not read"
 *                                         the child died of SIGABRT (GLib and poppler abort on
 *                                         a failed allocation under RLIMIT_AS), SIGSEGV, SIGBUS,
 *                                         a SIGKILL not sent here (the kernel's OOM killer) or
 *                                         any other signal
 *   "needs more than 512 MiB of memory to read: not read"
 *                                         the child's own reader returned OD_ENOMEM
 *   "PDF reader: malformed reply"         the child exited without a complete, valid reply
 *                                         (or with a non-zero status, or wrote more than the
 *                                         limits allow)
 * and OD_EIO "cannot start the PDF reader <argv[0]>: <reason>" when no child could be started
 * (pipes, posix_spawn: a problem of the program, not of the document) or OD_ENOMEM.
 * On failure `out` may hold the cells of the pages read so far (a partial grid, not sorted);
 * the caller frees it with od_grid_free() either way. */
int od_pdf_to_grid(const char *data, size_t len, const struct od_pdf_limits *lim,
                   struct od_grid *out);

/* The worker that reads PDFs (and .xls files) in a child process: docworker.h. */

#endif
