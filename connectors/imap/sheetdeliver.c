/* Where the goods go, said in a sentence of a purchase order laid out on
 * a grid (sheet_int.h) when no label gave a ship-to: a cell whose words
 * before a colon ask for a delivery, the address after it, and in
 * brackets after the address the person to ask for and a phone:
 *
 *     Please deliver to our store: Triq ix-Xwejni, Marsalforn MFN 1010,
 *     Gozo (ask for Joseph Cini, 7942 1188).
 *
 * The address needs a digit; the person is the capitalised words right
 * before the phone ("ask for", "attn" and such lower-case words before
 * them are left out). A sentence of that kind whose parts do not read so
 * holds the order: the document says where the goods go in words no
 * reader took. */
#include <ctype.h>
#include <string.h>
#include <strings.h>

#include "error.h"
#include "sheet_int.h"
#include "textread.h"

#define LEAD_MAX 80

static const char *const deliver_words[] = {"deliver", "ship to", "send to", "livr", "liefer",
                                            "consegn", "entreg",  "送货",    "送貨", "送到",
                                            "发到",    "發到",    NULL};

static bool names_delivery(const char *a, size_t n)
{
    for (size_t k = 0; deliver_words[k]; k++) {
        size_t w = strlen(deliver_words[k]);

        for (size_t i = 0; i + w <= n; i++)
            if (strncasecmp(a + i, deliver_words[k], w) == 0)
                return true;
    }
    return false;
}

static bool any_digit(const char *a, const char *z)
{
    for (; a < z; a++)
        if (*a >= '0' && *a <= '9')
            return true;
    return false;
}

static const char *trim_left(const char *a, const char *z)
{
    while (a < z && (*a == ' ' || *a == ','))
        a++;
    return a;
}

static const char *trim_right(const char *a, const char *z)
{
    while (z > a && (z[-1] == ' ' || z[-1] == ',' || z[-1] == '.' || z[-1] == ';'))
        z--;
    return z;
}

/* The capitalised words that end [a, z): "Joseph Cini" of "ask for
 * Joseph Cini". */
static const char *person_start(const char *a, const char *z)
{
    const char *p = z, *start = z;

    while (p > a) {
        const char *w = p;

        while (w > a && w[-1] != ' ')
            w--;
        if (!isupper((unsigned char)*w) && (unsigned char)*w < 0x80)
            break;
        start = w;
        p = w;
        while (p > a && p[-1] == ' ')
            p--;
    }
    return start;
}

static int set_part(struct sheet *sh, char **dst, const char *field, const char *a, const char *z,
                    const struct od_cell *c)
{
    if (*dst || z <= a)
        return 0;
    if (od_str_set(dst, a, (size_t)(z - a)) < 0)
        return OD_ENOMEM;
    sheet_source(sh, field, c);
    return 0;
}

/* Read cell c; true when it is such a sentence (read or not: *read). */
static int read_sentence(struct sheet *sh, const struct od_cell *c, bool *said, bool *read)
{
    const char *t = c->text, *z = t + strlen(t), *colon = strchr(t, ':'), *open, *close;
    const char *addr_z, *pa, *pz, *name;
    struct od_address *s = &sh->o->ship_to;
    int rc;

    *said = *read = false;
    if (!colon || colon - t > LEAD_MAX || !names_delivery(t, (size_t)(colon - t)))
        return 0;
    *said = true;
    open = strstr(colon, " (");
    close = open ? strchr(open, ')') : NULL;
    addr_z = trim_right(colon + 1, open ? open : z);
    if (!any_digit(colon + 1, addr_z))
        return 0;
    if (!open || !close || !tr_phone_span(open + 2, close, &pa, &pz))
        return 0;
    name = person_start(open + 2, trim_right(open + 2, pa));
    if (trim_right(name, pa) - name < 3)
        return 0;
    if ((rc = set_part(sh, &s->address, "ship_to.address", trim_left(colon + 1, addr_z), addr_z,
                       c)) < 0 ||
        (rc = set_part(sh, &s->name, "ship_to.name", name, trim_right(name, pa), c)) < 0 ||
        (rc = set_part(sh, &s->phone, "ship_to.phone", pa, pz, c)) < 0)
        return rc;
    *read = true;
    return 0;
}

int sheetdeliver_sentence(struct sheet *sh)
{
    struct od_address *s = &sh->o->ship_to;
    bool said_any = false;
    char r[REF_MAX] = "";

    if (s->name || s->phone || s->address)
        return 0;
    for (size_t i = 0; i < sh->g->n; i++) {
        const struct od_cell *c = &sh->g->cells[i];
        bool said, read;
        int rc;

        if (c->row >= sh->head_row && c->row < sh->end_row)
            continue; /* the items' rows */
        if ((rc = read_sentence(sh, c, &said, &read)) < 0)
            return rc;
        if (read)
            return 0;
        if (said && !said_any) {
            said_any = true;
            sheet_ref(sh, c, r);
        }
    }
    if (said_any)
        sheet_doubt(sh, "%s says where the goods go in words no reader took: check the ship-to", r);
    return 0;
}
