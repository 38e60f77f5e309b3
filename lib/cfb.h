/* The workbook stream of an .xls file (a Microsoft compound file, "OLE2"),
 * found and checked the way FreeXL 1.0.6 will read it. For xls.c.
 *
 * FreeXL trusts the compound file's tables: a circular sector chain makes
 * it read forever, a DIFAT count from the header makes it allocate without
 * bound, and a workbook stream longer than its declared size, or a mini
 * stream shorter than the workbook in it, makes it read past its buffers.
 * This walks the same tables with every step bounded by the file's size,
 * and returns the bytes that FreeXL will parse as BIFF records, so that
 * xls.c can check those records before FreeXL sees them. See docs/xls.md.
 *
 * What it follows, as FreeXL does: the 109 FAT sector numbers in the
 * header, then the DIFAT chain; the miniFAT sectors named by the header
 * (FreeXL reads them from one sector before the named start, and so does
 * this check); the first directory sector only, for "Root Entry" and the
 * first stream named "Workbook" (BIFF8) or "Book" (BIFF5); then the
 * workbook's sector chain, or, for a workbook smaller than the mini
 * stream cutoff, the start of the mini stream. */
#ifndef OD_CFB_H
#define OD_CFB_H

#include <stdbool.h>
#include <stddef.h>

/* The workbook stream of the compound file data[0..len) (borrowed). On success *ret_stream
 * is a new buffer of *ret_len bytes that the caller frees, and *ret_mini says whether FreeXL
 * reads it from the mini stream: there it reads its records another way (a record of type 0
 * and size 0 does not end the stream, and one of 8192 bytes or more is an error; from a
 * stream of its own, the first ends the reading and a record longer than FreeXL's buffer
 * does too). OD_EINVAL with "not an Excel 97-2003 (.xls) file" (no compound file signature,
 * or no workbook stream) or "damaged .xls: <what>" ("circular sector chain", "sector 9 is
 * past the end of the file", ...); OD_ENOMEM. */
int od_cfb_workbook(const unsigned char *data, size_t len, unsigned char **ret_stream,
                    size_t *ret_len, bool *ret_mini);

#endif
