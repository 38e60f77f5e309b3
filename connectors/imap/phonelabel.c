/* A receiver's second telephone labelled in Chinese after a comma
 * ("收货人：于海涛 186 4521 9088，仓库座机 0451-8462 7310"): the first number
 * is the one keyed, as for "tel. 387 312 440, mobil 604 118 275"
 * (text.c, labelled_second). */
#include <stdbool.h>

#include <string.h>

#include "textread.h"

/* One CJK ideograph (U+4E00..U+9FFF: lead bytes E4 to E9) ends at z. */
static bool ideograph_before(const char *a, const char *z)
{
    return z - a >= 3 && (unsigned char)z[-3] >= 0xE4 && (unsigned char)z[-3] <= 0xE9 &&
           ((unsigned char)z[-2] & 0xC0) == 0x80 && ((unsigned char)z[-1] & 0xC0) == 0x80;
}

const char *zhp_first_phone_end(const char *v, const char *ph)
{
    const char *w = tr_rtrim(v, ph);
    size_t chars = 0;

    if (w - v >= 3 && memcmp(w - 3, "：", 3) == 0)
        w = tr_rtrim(v, w - 3);
    else if (w > v && w[-1] == ':')
        w = tr_rtrim(v, w - 1);
    while (ideograph_before(v, w) && chars <= 6) {
        w -= 3;
        chars++;
    }
    if (chars == 0 || chars > 6)
        return NULL;
    w = tr_rtrim(v, w);
    if (w - v >= 3 && memcmp(w - 3, "，", 3) == 0)
        w -= 3;
    else if (w > v && w[-1] == ',')
        w--;
    else
        return NULL;
    w = tr_rtrim(v, w);
    return w > v ? w : NULL;
}
