/* The pieces a price in an item sentence is for, written after its
 * currency word (textread.h tr_prose_per_after): "3.80 元/百个" is 3.80
 * yuan a hundred pieces, "120元/千只" a thousand. Before the price
 * ("每千个120元") prose.c reads it itself. */
#include <string.h>

#include "fields.h"
#include "textread.h"

/* A character that ends the words after a price: a comma, a full stop,
 * a bracket, a space. */
static bool per_stop(const char *q, const char *z)
{
    static const char *const wide[] = {"，", "。", "；", "）", "、", "（", NULL};

    if (strchr(" ,.;()\t", *q))
        return true;
    for (size_t i = 0; wide[i]; i++)
        if ((size_t)(z - q) >= strlen(wide[i]) && memcmp(q, wide[i], strlen(wide[i])) == 0)
            return true;
    return false;
}

/* Is the count of [a, p) written in the same unit, a figure right before
 * the words w[0..n) ("50千个 28.00元/千个": 50 thousands at 28.00 a
 * thousand, nothing to divide)? */
static bool counted_so(const char *a, const char *p, const char *w, size_t n)
{
    for (const char *q = a; q + n <= p; q++)
        if (memcmp(q, w, n) == 0) {
            const char *d = q;

            while (d > a && d[-1] == ' ')
                d--;
            if (d > a && d[-1] >= '0' && d[-1] <= '9')
                return true;
        }
    return false;
}

int64_t tr_prose_per_after(const char *a, const char *p, const char *z, const char **end)
{
    const char *e;
    int64_t n;

    if (p >= z || *p != '/')
        return 1;
    for (e = p + 1; e < z && e - p < 24 && !per_stop(e, z); e++)
        ;
    if (e - p >= 24 || (n = mail_per_n(p, (size_t)(e - p))) < 2 ||
        counted_so(a, p, p + 1, (size_t)(e - p - 1)))
        return 1;
    *end = e;
    return n;
}
