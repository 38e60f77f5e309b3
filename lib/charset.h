/* Charset conversion to UTF-8 (iconv) and UTF-8 validation. */
#ifndef OD_CHARSET_H
#define OD_CHARSET_H

#include <stddef.h>
#include <stdint.h>

#include "buf.h"

/* Normalise a charset label as found in configs and MIME headers
 * ("gbk", "GB2312", "x-gbk", "cp936", "utf8", "big5", "iso-8859-1",
 * "windows-1252" ...) to a name iconv knows. GB2312 and GBK are read as
 * GB18030, their superset, since senders mislabel; "us-ascii" is read as
 * UTF-8 for the same reason. Known labels match ignoring case and '-',
 * '_', '.'; any other label is accepted when iconv can convert from it.
 * OD_EINVAL for a label iconv cannot convert, or one with characters no
 * charset name has ("gbk//IGNORE" is refused). *out points to static
 * storage or into `label`. */
int od_charset_resolve(const char *label, const char **out);

struct od_conv;

/* A converter from `charset` (already resolved or a raw label) to UTF-8.
 * UTF-8 input is validated, not converted. A converter holds iconv state:
 * use it from one thread at a time. */
int od_conv_open(const char *charset, struct od_conv **out);
void od_conv_free(struct od_conv *c);

/* Convert `len` bytes (one complete text: a field, a header) and append
 * the UTF-8 result to `out`. Invalid or incomplete sequences fail with
 * OD_EINVAL and a detail giving the byte offset and the bytes in hex
 * ("invalid GB18030 at byte 2: 81 20"); `out` then has the text before
 * the bad bytes appended (nothing, for UTF-8, which is checked before it
 * is copied). OD_ETOOBIG when the result would pass out's limit. */
int od_conv_run(struct od_conv *c, const char *in, size_t len, struct od_buf *out);

/* The value of the hexadecimal digit c (0-9, a-f, A-F), or -1. */
int od_hex_digit(int c);

/* 1 when s[0..len) is valid UTF-8 (no overlongs, no surrogates, nothing
 * above U+10FFFF), else 0 with *bad_offset set when not NULL. */
int od_utf8_valid(const char *s, size_t len, size_t *bad_offset);

/* Append code point `cp` in UTF-8 to `b`. OD_EINVAL (nothing appended)
 * for 0, a UTF-16 surrogate or anything above U+10FFFF; else what
 * od_buf_add returns. */
int od_utf8_put(struct od_buf *b, uint32_t cp);

/* Replace every byte that is not part of valid UTF-8 with '?', in place,
 * so text from outside (file names, server messages) can be stored in
 * PostgreSQL and printed. Returns s. */
char *od_utf8_sanitize(char *s);

/* Copy `s` to `buf` (at most len-1 bytes), escaping it when it is not
 * valid UTF-8: every byte >= 0x80 then becomes %XX (and '%' becomes %25),
 * so the label is printable, storable and still unique per name. */
char *od_utf8_label(const char *s, char *buf, size_t len);

#endif
