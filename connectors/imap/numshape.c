/* The shapes of a written number (numshape.h). */
#include <string.h>

#include "numshape.h"

bool ns_digit(char c)
{
    return c >= '0' && c <= '9';
}

size_t ns_digits(const char *p, const char *z)
{
    size_t k = 0;

    while (p + k < z && ns_digit(p[k]))
        k++;
    return k;
}

bool ns_grouped(const char *a, const char *z, char sep, const char **end)
{
    size_t k = ns_digits(a, z), groups = 0;

    if (k < 1 || k > 3 || *a == '0')
        return false;
    a += k;
    while (a < z && *a == sep && ns_digits(a + 1, z) == 3) {
        a += 4;
        groups++;
    }
    *end = a;
    return groups > 0;
}

bool ns_decimals(const char *a, const char *z, char mark)
{
    size_t k;

    if (a >= z || *a != mark)
        return false;
    k = ns_digits(a + 1, z);
    return (k == 1 || k == 2) && a + 1 + k == z;
}

/* "0,095" or "0,0480": a price finer than a cent with a decimal comma. */
static bool fine_comma(const char *a, const char *z)
{
    size_t k;

    if (z - a < 5 || a[0] != '0' || a[1] != ',')
        return false;
    k = ns_digits(a + 2, z);
    return (k == 3 || k == 4) && a + 2 + k == z;
}

bool ns_decimal_comma(const char *a, const char *z, const char *group_seps)
{
    const char *g;

    if (fine_comma(a, z) || ns_decimals(a + ns_digits(a, z), z, ','))
        return true;
    g = a + ns_digits(a, z);
    if (g >= z || *g == ',' || *g == '\0' || !strchr(group_seps, *g))
        return false;
    return ns_grouped(a, z, *g, &g) && ns_decimals(g, z, ',');
}

bool ns_thousands_point(const char *a, const char *z)
{
    const char *g;
    size_t k;

    if (!ns_grouped(a, z, ',', &g) || g >= z || *g != '.')
        return false;
    k = ns_digits(g + 1, z);
    return k >= 1 && g + 1 + k == z;
}

size_t ns_european(const char *p, size_t n, const char *a, const char *z, char drop, char *buf)
{
    size_t k = (size_t)(a - p);

    memcpy(buf, p, k);
    for (const char *q = a; q < z; q++)
        if (*q == ',')
            buf[k++] = '.';
        else if (*q != drop)
            buf[k++] = *q;
    memcpy(buf + k, z, (size_t)(p + n - z));
    k += (size_t)(p + n - z);
    buf[k] = '\0';
    return k;
}
