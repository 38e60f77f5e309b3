/* A receiver's second telephone labelled in Chinese after a comma
 * ("收货人：于海涛 186 4521 9088，仓库座机 0451-8462 7310"), or after a space
 * when the word names a phone ("马立群 0534-2612788 手机 135 0534 9917"): the
 * first number is the one keyed, as for "tel. 387 312 440, mobil 604 118 275"
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

/* [a, z) names a kind of telephone ("手机", "座机", "电话" …). */
static bool phone_word(const char *a, const char *z)
{
    static const char *const words[] = {"手机", "手机号", "手機", "座机",   "座機",   "电话",
                                        "電話", "固话",   "固話", "办公室", "辦公室", NULL};

    for (size_t i = 0; words[i]; i++)
        if ((size_t)(z - a) == strlen(words[i]) && memcmp(a, words[i], (size_t)(z - a)) == 0)
            return true;
    return false;
}

const char *zhp_first_phone_end(const char *v, const char *ph)
{
    const char *w = tr_rtrim(v, ph), *word, *word_end;
    size_t chars = 0;

    if (w - v >= 3 && memcmp(w - 3, "：", 3) == 0)
        w = tr_rtrim(v, w - 3);
    else if (w > v && w[-1] == ':')
        w = tr_rtrim(v, w - 1);
    word_end = w;
    while (ideograph_before(v, w) && chars <= 6) {
        w -= 3;
        chars++;
    }
    if (chars == 0 || chars > 6)
        return NULL;
    word = w;
    w = tr_rtrim(v, w);
    if (w - v >= 3 && memcmp(w - 3, "，", 3) == 0)
        w -= 3;
    else if (w > v && w[-1] == ',')
        w--;
    else if (w == word || !phone_word(word, word_end))
        return NULL; /* "马立群 0534-2612788 手机 135 …": a phone's word after a space */
    w = tr_rtrim(v, w);
    return w > v ? w : NULL;
}
