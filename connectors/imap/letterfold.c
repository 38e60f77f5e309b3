/* Names compared case and Latin accents aside (letterfold.h). */
#include "letterfold.h"

/* The base letter of U+00C0..U+00FF ('*', '/': × and ÷, no letter). */
static const char latin1[] = "aaaaaaaceeeeiiiidnooooo*ouuuuyts"
                             "aaaaaaaceeeeiiiidnooooo/ouuuuyty";
/* The base letter of U+0100..U+017F (Latin Extended-A). */
static const char ext_a[] = "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiii"
                            "iiiijjkkkllllllllllnnnnnnnnnoooooooorrrrrrssssss"
                            "ssttttttuuuuuuuuuuuuwwyyyzzzzzzs";

/* The next character of [*p, z) folded: a byte for ASCII (letters in
 * lower case) and for the Latin letters above, else its code point
 * plus 256 (so that it never equals a folded byte); *p moves past it. */
static unsigned next_folded(const char **p, const char *z)
{
    const unsigned char *s = (const unsigned char *)*p;
    unsigned cp;

    if (s[0] < 0x80 || (const char *)s + 1 >= z || (s[0] & 0xE0) != 0xC0 || (s[1] & 0xC0) != 0x80) {
        /* ASCII, a longer sequence's first byte, or a stray byte: as is */
        (*p)++;
        return s[0] >= 'A' && s[0] <= 'Z' ? s[0] + 32u : s[0] < 0x80 ? s[0] : 256u + s[0];
    }
    cp = ((s[0] & 0x1Fu) << 6) | (s[1] & 0x3Fu);
    *p += 2;
    if (cp >= 0xC0 && cp <= 0xFF)
        return (unsigned char)latin1[cp - 0xC0];
    if (cp >= 0x100 && cp <= 0x17F)
        return (unsigned char)ext_a[cp - 0x100];
    if (cp >= 0x218 && cp <= 0x21B) /* Ș ș Ț ț */
        return cp < 0x21A ? 's' : 't';
    return 256u + cp;
}

bool mail_same_letters(const char *a, size_t an, const char *b, size_t bn)
{
    const char *az = a + an, *bz = b + bn;

    while (a < az && b < bz)
        if (next_folded(&a, az) != next_folded(&b, bz))
            return false;
    return a == az && b == bz;
}
