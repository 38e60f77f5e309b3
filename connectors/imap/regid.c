/* "Green Kitchen Pte. Ltd. (UEN 201812345K)": a company's registration
 * or tax number in brackets after its name is no part of the name
 * (textread.h, rid24_name_len). */
#include <string.h>
#include <strings.h>

#include "textread.h"

size_t rid24_name_len(const char *v, size_t n)
{
    static const char *const words[] = {
        "UEN",   "VAT",  "GST",  "ABN", "ACN", "CR",         "Reg",     "Registration",
        "TIN",   "Tax",  "NIF",  "CIF", "NIP", "KVK",        "CVR",     "EIN",
        "GSTIN", "NTN",  "BRN",  "SSM", "Org", "Company No", "Co. Reg", "Company Reg",
        "CRN",   "USCC", "NPWP", "MST", "KRS", NULL};
    const char *o, *w, *z;
    bool digit = false;

    if (!v || !n)
        return n;
    z = v + n;
    while (z > v && z[-1] == ' ')
        z--;
    if (z == v || z[-1] != ')' || (o = memrchr(v, '(', (size_t)(z - v))) == NULL || o == v)
        return n;
    w = o + 1;
    for (const char *q = w; q < z - 1; q++)
        digit |= *q >= '0' && *q <= '9';
    if (!digit)
        return n;
    for (size_t i = 0; words[i]; i++) {
        size_t k = strlen(words[i]);

        if ((size_t)(z - w) > k && strncasecmp(w, words[i], k) == 0 &&
            !((w[k] | 0x20) >= 'a' && (w[k] | 0x20) <= 'z')) {
            while (o > v && o[-1] == ' ')
                o--;
            return o > v ? (size_t)(o - v) : n;
        }
    }
    return n;
}
