/* A receiver the mail names and no reader took: the order is held
 * rather than stored without who receives it (receiverdoubt.h). */
#include "receiverdoubt.h"

#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "error.h"
#include "textread.h"

/* Does the line [t, z) start with a word that says where the goods go or
 * who receives them? */
static bool delivery_start(const char *t, const char *z)
{
    static const char *const zh[] = {"送货", "收货", "发货", "送到", "送至", "送：",
                                     "收件", "送貨", "收貨", "發貨", "送達", NULL};
    static const char *const en[] = {"deliver", "ship to", "delivery", "consignee", NULL};

    for (size_t i = 0; zh[i]; i++)
        if ((size_t)(z - t) >= strlen(zh[i]) && memcmp(t, zh[i], strlen(zh[i])) == 0)
            return true;
    for (size_t i = 0; en[i]; i++)
        if ((size_t)(z - t) >= strlen(en[i]) && strncasecmp(t, en[i], strlen(en[i])) == 0)
            return true;
    return false;
}

static bool has_phone(const char *t, const char *z)
{
    const char *pa, *pz;

    return tr_phone_span(t, z, &pa, &pz);
}

int rcv_receiver_doubt(const struct od_grid *body, struct od_order *o)
{
    char why[200];

    if ((o->ship_to.name && o->ship_to.name[0]) || (o->ship_to.phone && o->ship_to.phone[0]) ||
        !body)
        return 0;
    for (size_t i = 0; i < body->n; i++) {
        const char *t = body->cells[i].text, *z;

        if (!t)
            continue;
        while (*t == ' ' || *t == '\t')
            t++;
        z = t + strlen(t);
        if (*t == '>' || !delivery_start(t, z))
            continue;
        if (!has_phone(t, z) &&
            !(i + 1 < body->n && body->cells[i + 1].text &&
              body->cells[i + 1].row == body->cells[i].row + 1 &&
              has_phone(body->cells[i + 1].text,
                        body->cells[i + 1].text + strlen(body->cells[i + 1].text))))
            continue;
        snprintf(why, sizeof(why),
                 "ship_to: the mail names who receives the goods (line %u of its text), not read "
                 "as the receiver's name and phone",
                 (unsigned)body->cells[i].row + 1);
        return od_order_add_doubt(o, why) < 0 ? OD_ENOMEM : 0;
    }
    return 0;
}
