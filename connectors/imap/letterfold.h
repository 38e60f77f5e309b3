/* Names compared letter for letter, case and Latin accents aside: a
 * letterhead in capitals ("MIELES MAYAS DE YUCATÁN, S.A. DE C.V.") and
 * the mail's signature in mixed case ("Mieles Mayas de Yucatán, S.A. de
 * C.V.") are one name. Nothing allocates; everything is borrowed. */
#ifndef OD_IMAP_LETTERFOLD_H
#define OD_IMAP_LETTERFOLD_H

#include <stdbool.h>
#include <stddef.h>

/* Do a[0..an) and b[0..bn) (UTF-8) hold the same characters, ASCII
 * letters and the Latin letters with marks of U+00C0..U+017F and
 * U+0218..U+021B (Á, Ç, Ș, Ł …) compared by their base letter in lower
 * case (Á, á and a are one), every other character exactly? Invalid
 * UTF-8 bytes compare as themselves. */
bool mail_same_letters(const char *a, size_t an, const char *b, size_t bn);

#endif
