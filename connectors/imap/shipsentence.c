/* A ship-to written as English sentences on one line, no label's colon
 * (textread.h): "Ship to Vanua Kava Exports, Lini Highway, Port Vila,
 * Efate, Vanuatu. Call Samson on +678 555 4321 when it lands." The place
 * after "Ship to" / "Deliver to" / "Send to" up to the sentence's end (at
 * least three parts parted by commas) is the address; the person after
 * "Call" / "Contact" / "Ring" and before "on" / "at" (one to three words,
 * each capitalised) is who receives, the telephone number after it the
 * phone. The order is held: the writer's words, no labels. Work is
 * linear in the line. */
#include <string.h>
#include <strings.h>

#include "textread.h"

/* After a leading word of wa (case ignored) and a space at p: where the
 * rest starts; NULL when p does not start so. */
static const char *after_word(const char *p, const char *z, const char *const *wa)
{
    for (size_t i = 0; wa[i]; i++) {
        size_t k = strlen(wa[i]);

        if ((size_t)(z - p) > k && strncasecmp(p, wa[i], k) == 0 && p[k] == ' ')
            return p + k + 1;
    }
    return NULL;
}

/* One to three capitalised words, then " on " or " at ": the name's end,
 * *ph set after the joining word; NULL when [p, z) is not so. */
static const char *person_then_on(const char *p, const char *z, const char **ph)
{
    const char *q = p;

    for (int words = 0; words < 3 && q < z; words++) {
        const char *w = q;

        if (*w < 'A' || *w > 'Z')
            return NULL;
        while (q < z && *q != ' ')
            q++;
        if (q - w < 2 || q == z)
            return NULL;
        if ((size_t)(z - q) > 4 && (memcmp(q, " on ", 4) == 0 || memcmp(q, " at ", 4) == 0)) {
            *ph = q + 4;
            return q;
        }
        q++;
    }
    return NULL;
}

int tr_ship_sentence(struct pass *p, const char *a, const char *z, unsigned line)
{
    static const char *const ship[] = {"ship to", "deliver to", "send to", NULL};
    static const char *const call[] = {"call", "contact", "ring", NULL};
    const char *v, *ve, *c, *ne, *ph, *pa, *pz;
    int commas = 0;

    if (p->prose.ship || (v = after_word(a, z, ship)) == NULL || *v == ':')
        return 0;
    for (ve = v; ve < z && !(*ve == '.' && (ve + 1 == z || ve[1] == ' ')); ve++)
        commas += *ve == ',';
    if (commas < 2 || ve == z)
        return 0;
    c = tr_skip_ws(ve + 1, z);
    if ((c = after_word(c, z, call)) == NULL || (ne = person_then_on(c, z, &ph)) == NULL ||
        !tr_phone_span(ph, z, &pa, &pz) || pa != tr_skip_ws(ph, z))
        return 0;
    tr_set_ship(p, line, c, (size_t)(ne - c), pa, (size_t)(pz - pa), v, (size_t)(ve - v));
    /* the writer's words, no labels: a reviewer checks them */
    tr_problem(p, EV_DOUBT, line, false,
               "line %u: the ship-to is read from sentences (\"Ship to …. Call … on …\"): check "
               "the receiver and the address",
               line);
    return 1;
}
