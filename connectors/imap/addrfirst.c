/* "Deliver to:" / "Lot 12, Jalan Perusahaan 3, Kawasan Perindustrian
 * Bukit Beruntung," / "48300 Rawang, Selangor, Malaysia": the first line
 * of a ship-to block that ends with a comma goes on on the next line; a
 * name never does, so with a digit and three parts or more it is the
 * address's first line, not the receiver's name (textread.h,
 * co24_address_line). */
#include <string.h>

#include "textread.h"

const char *co24_address_line(const char *found, const char *a, const char *z)
{
    size_t commas = 0;
    bool digit = false;

    if (found)
        return found;
    z = tr_rtrim(a, z);
    if (z == a || z[-1] != ',')
        return NULL;
    for (const char *q = a; q < z; q++) {
        commas += *q == ',';
        digit |= *q >= '0' && *q <= '9';
    }
    return digit && commas >= 3 ? a : NULL;
}

const char *co24_address_end(const char *a, const char *z)
{
    z = tr_rtrim(a, z);
    while (z > a && z[-1] == ',')
        z = tr_rtrim(a, z - 1);
    return z;
}
