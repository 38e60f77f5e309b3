/* The shapes of a written number, shared by the readers of mail text,
 * item tables, sheets and quantities. Every function looks at the
 * bytes [a, z) of a number already cut out of its text: digits with
 * single one-byte separators ('.', ',', ' ': a caller maps a no-break
 * space to ' ' first). None allocates; all are linear. */
#ifndef OD_IMAP_NUMSHAPE_H
#define OD_IMAP_NUMSHAPE_H

#include <stdbool.h>
#include <stddef.h>

bool ns_digit(char c);

/* Digits from p while they last, before z; their count. */
size_t ns_digits(const char *p, const char *z);

/* [a, z) starts "1.176" or "12 500 000": a first group of 1 to 3 digits
 * not starting with 0, then at least one `sep` and 3 digits; *end is
 * where the groups end. */
bool ns_grouped(const char *a, const char *z, char sep, const char **end);

/* [a, z) is `mark` and 1 to 2 digits to its end: ",5", ",50", ".25". */
bool ns_decimals(const char *a, const char *z, char mark);

/* [a, z) writes a decimal comma that cannot be a thousands comma:
 * "860,00", "0,21", "0,095" (no thousands group starts with 0), or
 * thousands grouped by one of `group_seps` before it ("1.176,00", and
 * with " " among them "1 632,00"). */
bool ns_decimal_comma(const char *a, const char *z, const char *group_seps);

/* [a, z) writes a decimal point after thousands commas: "1,176.00". */
bool ns_thousands_point(const char *a, const char *z);

/* p[0..n) copied into buf (at least n + 1 bytes) with the number [a, z)
 * inside it rewritten the European way: a comma becomes the decimal
 * point and every `drop` (the thousands mark) goes; the rest is kept.
 * Returns the length written (buf is NUL-terminated). */
size_t ns_european(const char *p, size_t n, const char *a, const char *z, char drop, char *buf);

/* p[0..n) copied into buf (room for `cap` bytes) with the spaces inside
 * every number grouped by them dropped: "1 620,00", "12 500.00", "3 000 €"
 * (French, Swiss, Scandinavian and Russian forms; a no-break or narrow
 * no-break space between digits is one too), and so the apostrophes of
 * Swiss thousands ("30'000", "6'300.00", also the typeset "30’000"). A
 * number is grouped as ns_grouped says with ' ' (or '\''), no digit
 * right before it, and its groups end there ("1 234 5" is kept). With `point`, a number that
 * ns_decimal_comma reads with a decimal comma gets a decimal point
 * (ns_european: "6 517,20 €" -> "6517.20 €"). Returns the length written
 * (buf is NUL-terminated), 0 when p holds no such number, or when p and
 * its end do not fit in 256 bytes or in cap. */
size_t ns_degroup_spaces(const char *p, size_t n, bool point, char *buf, size_t cap);

#endif
