/* The receiver beside a ship-to line of the mail's text (sheet_int.h):
 * "收货：广西百色市田东县 平马镇 芒果物流园 5 栋  黄志勇 177 7661 0032"
 * is cut by the text's grid at the two spaces; the address's label takes
 * its own cell, and the cell after it, the row's last, is a person's
 * name and a phone: who receives the goods. */
#include <string.h>

#include "docfields.h"
#include "fields.h"
#include "error.h"
#include "phonevalue.h"
#include "sheet_int.h"

/* The cell after c in its row when it is the row's last, else NULL. */
static const struct od_cell *last_beside(const struct sheet *sh, const struct od_cell *c)
{
    struct row_range r = sheet_row_cells(sh->g, c->row);

    for (size_t i = r.a; i < r.z; i++)
        if (&sh->g->cells[i] == c)
            return i + 2 == r.z ? &sh->g->cells[i + 1] : NULL;
    return NULL;
}

int sheet_person_beside(struct sheet *sh, const struct od_cell *c, int rc)
{
    struct od_order *o = sh->o;
    const struct od_cell *b;
    const char *t, *z, *ph, *ne;
    size_t off;

    if (rc < 0 || !sh->in_context || !o->ship_to.address || o->ship_to.name || o->ship_to.phone ||
        !(b = last_beside(sh, c)))
        return rc;
    t = b->text;
    z = t + strlen(t);
    if (mail_label_at(sh->s, t, (size_t)(z - t), &off) || !(ph = pv_phone_tail(t, z)) ||
        !pv_phone_only(ph, z))
        return 0;
    ne = pv_trim_joiners(t, ph);
    while (ne > t && ne[-1] == ' ')
        ne--;
    if (ne == t || !mail_person_line(t, (size_t)(ne - t)))
        return 0;
    if (od_str_set(&o->ship_to.name, t, (size_t)(ne - t)) < 0 ||
        od_str_set(&o->ship_to.phone, ph, (size_t)(z - ph)) < 0)
        return OD_ENOMEM;
    sheet_source(sh, "ship_to.name", b);
    sheet_source(sh, "ship_to.phone", b);
    return 0;
}
