/* A company's legal form in Cyrillic after its name: see cyrform.h. */
#include "cyrform.h"

#include <string.h>

bool cyf_legal_form(const char *p, const char *z)
{
    /* Macedonian ДООЕЛ, ДОО; Serbian and Bosnian д.о.о. (also without its
     * last point, or доо), д.д., а.д.;
     * Bulgarian ЕООД, ООД, ЕАД; the joint-stock АД of them all */
    static const char *const forms[] = {"ДООЕЛ", "ДОО", "д.о.о.", "Д.О.О.", "д.о.о", "доо",  "ЕООД",
                                        "ООД",   "ЕАД", "АД",     "а.д.",   "А.Д.",  "д.д.", "ДД"};

    while (z > p && (z[-1] == ' ' || z[-1] == ','))
        z--;
    for (size_t i = 0; i < sizeof(forms) / sizeof(forms[0]); i++) {
        size_t l = strlen(forms[i]);
        const char *w = z - l;

        if ((size_t)(z - p) <= l + 1 || memcmp(w, forms[i], l) != 0 || w[-1] != ' ')
            continue;
        /* a name before it: a word's letter, not a space or a digit alone */
        while (w > p && w[-1] == ' ')
            w--;
        if (w > p && (unsigned char)w[-1] >= 0x80)
            return true;
    }
    return false;
}
