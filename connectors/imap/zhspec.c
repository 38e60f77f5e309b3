/* Small Chinese readings of zh25 (textread.h): the specification in
 * full-width brackets after a code, the number after a receiver's name on
 * a line that labels it with a space, the titles of a buyer's form
 * after its company, an address before the receiver who has two
 * numbers, and a signature's last line that is only a telephone.
 *
 * The specification in full-width brackets after an item code and a
 * Chinese name (textread.h): "YB-HZ-01  白酒礼盒（500ml 单瓶 天地盖）
 * 3,000个 × 9.80 = 29,400.00" is titled "白酒礼盒 500ml 单瓶 天地盖", as a
 * 规格 column gives it. */
#include <string.h>
#include <strings.h>

#include "docfields.h"
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

size_t zh25_po_title_end(const char *a, const char *z)
{
    static const char *const titles[] = {
        "采购单",   "采购订单", "采购申请", "采购申请单", "订购单",         "订货单",
        "进货单",   "採購單",   "採購訂單", "訂購單",     "訂貨單",         "進貨單",
        "采购通知", "订货通知", "採購通知", "訂貨通知",   "purchase order", NULL};

    for (size_t k = 0; titles[k]; k++) {
        size_t m = strlen(titles[k]);

        if ((size_t)(z - a) > m && strncasecmp(z - m, titles[k], m) == 0)
            return m;
    }
    return 0;
}

bool zh25_addr_person(const char *a, const char *z)
{
    const char *w;

    z = tr_rtrim(a, z);
    w = z;
    while (w > a && w[-1] != ' ')
        w--;
    return w > a && mail_person_line(w, (size_t)(z - w)) && tr_cn_address(a, tr_rtrim(a, w));
}

bool zh25_phone_alone(const char *a, const char *z)
{
    const char *pa, *pz;

    a = tr_skip_ws(a, z);
    z = tr_rtrim(a, z);
    return a < z && tr_phone_span(a, z, &pa, &pz) && pa == a && pz == z;
}
