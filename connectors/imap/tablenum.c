/* Numbers as an item table writes them (textread.h): a table from a
 * European sender writes "1.176,00" (a point between thousands, a comma
 * before the decimals) and "1.200" for twelve hundred pieces. Once a
 * cell of the table shows a decimal comma that cannot be a thousands
 * comma ("860,00": two digits after it) and none shows a decimal point
 * after thousands commas ("1,176.00"), the table's numbers are read the
 * European way: points between groups of three digits are dropped and
 * the comma becomes the decimal point ("0,095" is one too: no group of
 * thousands starts with 0). A cell in neither shape ("0.98",
 * "40") is read as written, so a table that writes its unit prices with
 * a point and its amounts with a comma (a sheet pasted from two
 * programs) reads both right.
 *
 * Only the digits are rewritten: a currency mark or unit before or
 * after them ("€ 1.176,00", "2.500 pcs") is kept. Work is linear in the
 * cell; the result is bounded by the caller's buffer. */
#include <stdbool.h>
#include <string.h>

#include "textread.h"

static bool digit(char c)
{
    return c >= '0' && c <= '9';
}

/* The number inside the cell: [*a, *z) from the first digit to the last
 * digit; false when there is none. */
static bool core(const char *p, size_t n, const char **a, const char **z)
{
    const char *s = p, *e = p + n;

    while (s < e && !digit(*s))
        s++;
    while (e > s && !digit(e[-1]))
        e--;
    if (s == e)
        return false;
    *a = s;
    *z = e;
    return true;
}

/* Digits from p while they last; their count. */
static size_t digits(const char *p, const char *z)
{
    size_t k = 0;

    while (p + k < z && digit(p[k]))
        k++;
    return k;
}

/* [a, z) is "1.176" or "12.500.000": a first group of 1 to 3 digits not
 * starting with 0, then groups of a separator `sep` and 3 digits; *end
 * is where the groups end. At least one separator. */
static bool grouped(const char *a, const char *z, char sep, const char **end)
{
    size_t k = digits(a, z), groups = 0;

    if (k < 1 || k > 3 || *a == '0')
        return false;
    a += k;
    while (a < z && *a == sep && digits(a + 1, z) == 3) {
        a += 4;
        groups++;
    }
    *end = a;
    return groups > 0;
}

/* [a, z) is ",5" or ",50" to its end. */
static bool comma_decimals(const char *a, const char *z)
{
    size_t k;

    if (a >= z || *a != ',')
        return false;
    k = digits(a + 1, z);
    return (k == 1 || k == 2) && a + 1 + k == z;
}

/* [a, z) is "0,095" or "0,0480": a price finer than a cent with a
 * decimal comma (no thousands group starts with 0). */
static bool fine_comma(const char *a, const char *z)
{
    size_t k;

    if (z - a < 5 || a[0] != '0' || a[1] != ',')
        return false;
    k = digits(a + 2, z);
    return (k == 3 || k == 4) && a + 2 + k == z;
}

enum tr_num_shape tr_num_shape(const char *p, size_t n)
{
    const char *a, *z, *g;

    if (!p || !core(p, n, &a, &z))
        return TR_NUM_OTHER;
    /* "1.176,00", "860,00" */
    if (grouped(a, z, '.', &g) && comma_decimals(g, z))
        return TR_NUM_COMMA;
    g = a + digits(a, z);
    if (comma_decimals(g, z) || fine_comma(a, z))
        return TR_NUM_COMMA;
    /* "1,176.00": thousands commas before a decimal point */
    if (grouped(a, z, ',', &g) && g < z && *g == '.' && digits(g + 1, z) >= 1 &&
        g + 1 + digits(g + 1, z) == z)
        return TR_NUM_POINT;
    return TR_NUM_OTHER;
}

/* [a, z) is ".50", ",5" or ",50" to its end, or empty. */
static bool decimals_end(const char *a, const char *z)
{
    size_t k;

    if (a == z)
        return true;
    if (*a != '.' && *a != ',')
        return false;
    k = digits(a + 1, z);
    return (k == 1 || k == 2) && a + 1 + k == z;
}

/* p[0..n) into buf with the number [a, z) rewritten: a comma becomes
 * the decimal point and every `drop` (the thousands mark) goes. */
static const char *rewrite(const char *p, size_t n, const char *a, const char *z, char drop,
                           char *buf, size_t *out_n)
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
    *out_n = k;
    return buf;
}

/* "3 000", "2 220,00", "1 200.50": a cell's number grouped by threes
 * with single spaces (French and Swiss write them so; a cell of a table
 * parted by tabs or cells holds them whole). Rewritten without the
 * spaces, a decimal comma as a point; NULL when the cell is not one. */
static const char *space_grouped(const char *p, size_t n, const char *a, const char *z, char *buf,
                                 size_t cap, size_t *out_n)
{
    const char *g;

    if (!grouped(a, z, ' ', &g) || !decimals_end(g, z) || n + 1 > cap)
        return NULL;
    return rewrite(p, n, a, z, ' ', buf, out_n);
}

const char *tr_num_read(bool comma, const char *p, size_t n, char *buf, size_t cap, size_t *out_n)
{
    const char *a, *z, *g, *r;

    *out_n = n;
    if (!p || !core(p, n, &a, &z))
        return p;
    if ((r = space_grouped(p, n, a, z, buf, cap, out_n)) != NULL)
        return r;
    if (!comma)
        return p;
    if (grouped(a, z, '.', &g)) {
        if (g != z && !comma_decimals(g, z))
            return p; /* "1.200.5": no number of this shape */
    } else {
        g = a + digits(a, z);
        if (!comma_decimals(g, z) && !fine_comma(a, z))
            return p; /* "0.98", "40": as written */
    }
    if (n + 1 > cap)
        return p;
    return rewrite(p, n, a, z, '.', buf, out_n);
}

void tr_table_note_numbers(struct table *t, const struct cell *c, size_t n)
{
    for (size_t i = 0; i < n; i++)
        switch (tr_num_shape(c[i].p, c[i].n)) {
        case TR_NUM_COMMA:
            t->comma_seen = true;
            break;
        case TR_NUM_POINT:
            t->point_seen = true;
            break;
        default:
            break;
        }
    t->comma = t->comma_seen && !t->point_seen;
}
