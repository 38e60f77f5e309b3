/* "Tel 717-555-0142" under "Ship to:" / "Stride & Co. Footwear, Attn:
 * Dana Whitfield" / "2250 Commerce Pkwy, …": a line of a phone's word and
 * a number names no one; it gives the receiver's phone alone
 * (textread.h, co24_phone_word, co24_phone_event). */
#include <string.h>
#include <strings.h>

#include "textread.h"

bool co24_phone_word(const char *a, const char *z)
{
    static const char *const words[] = {"tel", "tel.", "tel:", "phone", "phone:",  "mobile",
                                        "mob", "mob.", "cell", "tlf",   "tlf.",    "telephone",
                                        "ph",  "ph.",  "ph:",  "telf.", "mobile:", NULL};

    z = tr_rtrim(a, z);
    for (size_t i = 0; words[i]; i++)
        if ((size_t)(z - a) == strlen(words[i]) && strncasecmp(a, words[i], strlen(words[i])) == 0)
            return true;
    return false;
}

bool co24_phone_event(struct pass *p, const char *ph, const char *z, unsigned line)
{
    struct ev *e = tr_event(p, EV_LABEL, line);

    if (e) {
        e->field = "ship_to.phone";
        e->v = ph;
        e->vn = (size_t)(tr_rtrim(ph, z) - ph);
    }
    return true;
}
