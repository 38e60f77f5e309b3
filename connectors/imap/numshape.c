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

/* The no-break (U+00A0) or narrow no-break (U+202F) space at p, before z:
 * its length, else 0. */
static size_t nb_space(const char *p, const char *z)
{
    if (z - p >= 2 && memcmp(p, "\xC2\xA0", 2) == 0)
        return 2;
    if (z - p >= 3 && memcmp(p, "\xE2\x80\xAF", 3) == 0)
        return 3;
    return 0;
}

/* tmp[0..k) copied into buf without the spaces (or apostrophes) of its
 * numbers grouped by them; whether there was one. */
static bool drop_group_spaces(const char *tmp, size_t k, char *buf, size_t *w)
{
    const char *z = tmp + k;
    bool found = false;

    *w = 0;
    for (const char *q = tmp; q < z;) {
        const char *end = q;
        char sep = ' ';

        if (ns_digit(*q) && (q == tmp || !ns_digit(q[-1])) &&
            (ns_grouped(q, z, ' ', &end) || ns_grouped(q, z, sep = '\'', &end)) &&
            !(end + 1 < z && end[0] == sep && ns_digit(end[1]))) {
            for (; q < end; q++)
                if (*q != sep)
                    buf[(*w)++] = *q;
            found = true;
            continue;
        }
        buf[(*w)++] = *q++;
    }
    buf[*w] = '\0';
    return found;
}

/* Every number of buf[0..w) that writes a decimal comma given one; whether
 * there was one. */
static bool comma_to_point(char *buf, size_t w)
{
    char tmp[256];
    bool found = false;

    for (size_t i = 0; i < w;) {
        size_t j = i;

        if (!ns_digit(buf[i]) ||
            (i && (ns_digit(buf[i - 1]) || buf[i - 1] == ',' || buf[i - 1] == '.'))) {
            i++;
            continue;
        }
        while (j < w && (ns_digit(buf[j]) ||
                         ((buf[j] == ',' || buf[j] == '.') && j + 1 < w && ns_digit(buf[j + 1]))))
            j++;
        if (ns_decimal_comma(buf + i, buf + j, "")) {
            memcpy(tmp, buf, w);
            ns_european(tmp, w, tmp + i, tmp + j, ' ', buf);
            found = true;
        }
        i = j;
    }
    return found;
}

size_t ns_degroup_spaces(const char *p, size_t n, bool point, char *buf, size_t cap)
{
    char tmp[256];
    size_t k = 0, w;
    bool found;

    if (n >= sizeof(tmp) || n >= cap)
        return 0;
    /* the no-break spaces between digits as ' ', a typeset apostrophe as '\'' */
    for (size_t i = 0; i < n;) {
        size_t sp = nb_space(p + i, p + n);

        if (sp && k && ns_digit(tmp[k - 1]) && i + sp < n && ns_digit(p[i + sp])) {
            tmp[k++] = ' ';
            i += sp;
        } else if (k && ns_digit(tmp[k - 1]) && n - i > 3 &&
                   memcmp(p + i, "\xE2\x80\x99", 3) == 0 && ns_digit(p[i + 3])) {
            tmp[k++] = '\''; /* "30’000": a typeset apostrophe */
            i += 3;
        } else {
            tmp[k++] = p[i++];
        }
    }
    found = drop_group_spaces(tmp, k, buf, &w);
    if (point && comma_to_point(buf, w))
        found = true;
    return found ? w : 0;
}
