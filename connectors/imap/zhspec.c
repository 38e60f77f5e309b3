/* Two small Chinese readings of zh25 (textread.h): the specification in
 * full-width brackets after a code, and the number after a receiver's
 * name on a line that labels it with a space.
 *
 * The specification in full-width brackets after an item code and a
 * Chinese name (textread.h): "YB-HZ-01  白酒礼盒（500ml 单瓶 天地盖）
 * 3,000个 × 9.80 = 29,400.00" is titled "白酒礼盒 500ml 单瓶 天地盖", as a
 * 规格 column gives it. */
#include <string.h>

#include "textread.h"

void zh25_code_bracket_title(struct ev *e)
{
    const char *t = e->t;
    size_t n = e->tn;

    if (!t || !e->v || e->s || n < 6 || (unsigned char)t[0] < 0x80)
        return;
    while (n > 0 && t[n - 1] == ' ')
        n--;
    if (n < 6 || memcmp(t + n - 3, "）", 3) != 0)
        return;
    tr_bracket_title(e);
}

/* "收货人 陈文雄 0898-62553018": after a three-character receiver label a
 * number; after the shorter 收货 ("收货 罗永刚 159 2860 7713"), which also
 * starts other words, a telephone number that ends the line. */
bool zh25_receiver_number(size_t label_n, const char *q, const char *z)
{
    const char *pa, *pz;

    if (q >= z || !((*q >= '0' && *q <= '9') || *q == '+'))
        return false;
    if (label_n > 6)
        return true;
    return tr_phone_span(q, z, &pa, &pz) && pa == q && tr_skip_ws(pz, z) == z;
}
