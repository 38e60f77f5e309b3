/* The result of reading one item in a child process (the mail reader,
 * connectors/imap/mailworker.c), as bytes on a pipe: a code, its detail and
 * a batch's orders and dead letters. The parent parses the bytes as
 * untrusted input (the child read hostile content): every length is
 * checked against what is left, every order is read back through
 * od_order_from_json (json.h) as a feed's order is, and anything else is
 * refused as malformed. See docs/email-extraction.md ("Reading in a child
 * process").
 *
 * Layout (integers little-endian):
 *   "ODB1", u32 version, i32 code, u32 detail length, the detail,
 *   u32 orders, u32 dead letters, then each order:
 *     u32 JSON length, the order's JSON (od_order_to_json, no "id"), raw
 *   and each dead letter:
 *     source_ref, external_id, reason (each: u8 given, u32 length, bytes), raw
 *   where raw is u8 given, u64 length, bytes. */
#ifndef OD_BATCHWIRE_H
#define OD_BATCHWIRE_H

#include <stddef.h>

#include "connector.h"

struct od_buf;

#define OD_BATCHWIRE_DETAIL_MAX 1024 /* bytes of the detail, longer ones are cut */

/* Append the result to `out`: `code` is 0 (then the orders and dead
 * letters of `b`, which may be NULL for none) or a failure (then `detail`
 * says why, cut to OD_BATCHWIRE_DETAIL_MAX bytes, NUL bytes made spaces,
 * and `b` is ignored). Orders are printed with od_order_to_json. 0,
 * OD_ENOMEM or OD_ETOOBIG (out's cap; then out holds part of it). */
int od_batchwire_encode(int code, const char *detail, const struct od_batch *b, struct od_buf *out);

/* Parse data[0..len) into `out` (orders and dead letters appended; their
 * channel is set to `channel`), *ret_code (0, OD_EINVAL, OD_ETOOBIG or
 * OD_ENOMEM: what the child's reader returned) and detail (size > 0; the
 * child's detail, "" for 0). A successful result holds at least one item
 * and a failed one none. Returns 0, OD_EINVAL ("mail reader: malformed
 * reply" and where) when the bytes are anything else, or OD_ENOMEM. On
 * failure `out` may hold part of the result: the caller discards it. */
int od_batchwire_parse(const char *data, size_t len, const char *channel, struct od_batch *out,
                       int *ret_code, char *detail, size_t detail_size);

#endif
