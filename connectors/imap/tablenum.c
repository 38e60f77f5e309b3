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

#include "numshape.h"
#include "textread.h"

/* The number inside the cell: [*a, *z) from the first digit to the last
 * digit; false when there is none. */
static bool core(const char *p, size_t n, const char **a, const char **z)
{
    const char *s = p, *e = p + n;

    while (s < e && !ns_digit(*s))
        s++;
    while (e > s && !ns_digit(e[-1]))
        e--;
    if (s == e)
        return false;
    *a = s;
    *z = e;
    return true;
}

enum tr_num_shape tr_num_shape(const char *p, size_t n)
{
    const char *a, *z;

    if (!p || !core(p, n, &a, &z))
        return TR_NUM_OTHER;
    if (ns_decimal_comma(a, z, "."))
        return TR_NUM_COMMA;
    if (ns_thousands_point(a, z))
        return TR_NUM_POINT;
    return TR_NUM_OTHER;
}

/* "3 000", "2 220,00", "1 200.50": a cell's number grouped by threes
 * with single spaces (French and Swiss write them so; a cell of a table
 * parted by tabs or cells holds them whole). Rewritten without the
 * spaces, a decimal comma as a point; NULL when the cell is not one. */
static const char *space_grouped(const char *p, size_t n, const char *a, const char *z, char *buf,
                                 size_t cap, size_t *out_n)
{
    const char *g;

    if (!ns_grouped(a, z, ' ', &g) || n + 1 > cap)
        return NULL;
    if (g != z && !ns_decimals(g, z, '.') && !ns_decimals(g, z, ','))
        return NULL;
    *out_n = ns_european(p, n, a, z, ' ', buf);
    return buf;
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
    if (ns_grouped(a, z, '.', &g)) {
        if (g != z && !ns_decimals(g, z, ','))
            return p; /* "1.200.5": no number of this shape */
    } else if (!ns_decimal_comma(a, z, "")) {
        return p; /* "0.98", "40": as written */
    }
    if (n + 1 > cap)
        return p;
    *out_n = ns_european(p, n, a, z, '.', buf);
    return buf;
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
