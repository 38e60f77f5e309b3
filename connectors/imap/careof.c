/* "Huye Mountain Coffee Ltd, c/o Bolloré Logistics, Dar es Salaam port,
 * for transit to Huye, Rwanda": a part "c/o …" (care of) after a comma
 * says that what follows is where the goods go, an address though no
 * digit is written in it (textread.h, co24_care_of). */
#include <strings.h>

#include "textread.h"

bool co24_care_of(const char *a, const char *z)
{
    for (const char *q = a; q < z; q++) {
        const char *w;

        if (*q != ',')
            continue;
        w = tr_skip_ws(q + 1, z);
        if ((z - w > 4 && strncasecmp(w, "c/o ", 4) == 0) ||
            (z - w > 8 && strncasecmp(w, "care of ", 8) == 0))
            return true;
    }
    return false;
}
