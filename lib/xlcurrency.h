/* The currency that an Excel number format shows, for the .xlsx
 * (xlsx.c) reader: "£"#,##0.00, [$€-407] #,##0.00, $#,##0.00. */
#ifndef OD_XLCURRENCY_H
#define OD_XLCURRENCY_H

#include <stddef.h>

/* The currency symbol or code that number format `code` shows, copied
 * into out[0..cap) (NUL-terminated): the text of a [$X-locale] or [$X]
 * element ("€", "USD"; none for a bare locale "[$-409]"), else the first
 * "quoted", \-escaped or bare $ € £ ¥ ￥ 元 or three capital letters
 * ("EUR") outside brackets (the character after _ and * is a width or a
 * fill, not shown). Returns its length, 0 when the format shows none. */
size_t od_xl_format_currency(const char *code, char *out, size_t cap);

#endif
