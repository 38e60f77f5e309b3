/* The line of a list's mail that names the list's warehouse as its
 * label (listplace.h): "送芜湖主仓：安徽省芜湖市… 果仓云仓 收货人 陶刚
 * 18955388102" under a list whose 收货仓 column says 芜湖主仓. The words
 * before the colon hold the warehouse's name, so what follows is where
 * that warehouse is: the address, and after a receiver's word (收货人)
 * or at its end a person and a phone, who receives. Linear in the text. */
#include <string.h>

#include "docfields.h"
#include "error.h"
#include "listplace.h"
#include "phonevalue.h"
#include "textread.h"

static const char *const receiver_words[] = {"收货人", "收貨人", "联系人", "聯絡人", NULL};

/* The value after "…<house>：" in t, else NULL. */
static const char *after_house(const char *t, const char *house)
{
    size_t hn = strlen(house);
    const char *h = strstr(t, house), *colon;

    if (!h || h - t > 12) /* "送芜湖主仓": at most a short word before it */
        return NULL;
    colon = h + hn;
    if (*colon == ':')
        colon++;
    else if (strncmp(colon, "：", 3) == 0)
        colon += 3;
    else
        return NULL;
    while (*colon == ' ')
        colon++;
    return *colon ? colon : NULL;
}

/* Sets the receiver from "陶刚 18955388102" in [a, z); false when it is
 * not a person and a phone. */
static int take_person(struct od_order *o, const char *a, const char *z, bool *took)
{
    const char *ph = pv_phone_tail(a, z), *ne;

    *took = false;
    if (!ph || !pv_phone_only(ph, z))
        return 0;
    ne = tr_rtrim(a, pv_trim_joiners(a, ph));
    if (ne == a || !mail_person_line(a, (size_t)(ne - a)))
        return 0;
    if (od_str_set(&o->ship_to.name, a, (size_t)(ne - a)) < 0 ||
        od_str_set(&o->ship_to.phone, ph, (size_t)(z - ph)) < 0)
        return OD_ENOMEM;
    *took = true;
    return 0;
}

bool mail_house_named(const struct od_grid *body, const struct od_order *o)
{
    const char *house = o->ship_to.address;

    if (!house || !house[0] || strpbrk(house, "0123456789"))
        return false; /* a warehouse's name, not an address with a number */
    for (size_t i = 0; i < body->n; i++)
        if (after_house(body->cells[i].text, house))
            return true;
    return false;
}

int mail_house_line(const struct od_grid *body, const char *house, struct od_order *o)
{
    for (size_t i = 0; i < body->n; i++) {
        const char *v = after_house(body->cells[i].text, house), *z, *ae = NULL, *pa = NULL;
        bool took = false;
        int rc;

        if (!v)
            continue;
        z = tr_rtrim(v, v + strlen(v));
        for (size_t k = 0; receiver_words[k] && !ae; k++) {
            const char *w = strstr(v, receiver_words[k]);

            if (w && w > v) {
                ae = w;
                pa = w + strlen(receiver_words[k]);
                if (*pa == ':')
                    pa++;
                else if (strncmp(pa, "：", 3) == 0)
                    pa += 3;
                pa = tr_skip_ws(pa, z);
            }
        }
        if (ae && !o->ship_to.name && !o->ship_to.phone && (rc = take_person(o, pa, z, &took)) < 0)
            return rc;
        if (!took)
            ae = z; /* no receiver read: the whole value is the address */
        ae = tr_rtrim(v, ae);
        if (ae == v)
            return 0;
        return od_str_set(&o->ship_to.address, v, (size_t)(ae - v)) < 0 ? OD_ENOMEM : 0;
    }
    return 0;
}
