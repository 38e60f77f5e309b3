/* Several item sentences on one line, parted by semicolons ("10公斤彩印覆膜
 * 编织袋要三万条，还是按每千条620元算；2.5公斤的透明尼龙真空砖袋4万个，3毛2一个；"),
 * as people write an order in a paragraph: a line no other reader took is
 * read again clause by clause, with a count in Chinese digits before 万
 * or 千 written in figures ("三万条" as "3万条"); it is kept only when every
 * clause that holds a figure gives exactly one priced item and no
 * problem, and there are two such clauses or more (textread.h). */
#include <stdlib.h>
#include <string.h>

#include "textread.h"

/* The Chinese digit at p (一 to 九, 两), as '1' to '9'; 0 when none. */
static char cn_digit(const char *p, const char *z)
{
    static const char *const d[] = {"一", "二", "三", "四", "五", "六", "七", "八", "九"};

    if (z - p >= 3 && memcmp(p, "两", 3) == 0)
        return '2';
    for (size_t i = 0; i < sizeof(d) / sizeof(d[0]); i++)
        if (z - p >= 3 && memcmp(p, d[i], 3) == 0)
            return (char)('1' + i);
    return 0;
}

/* [a, z) into out (room for z - a + 1 bytes) with "三万" written "3万";
 * its length. */
static size_t figures(const char *a, const char *z, char *out)
{
    size_t n = 0;

    for (const char *q = a; q < z;) {
        char c = cn_digit(q, z);

        if (c && z - q >= 6 && (memcmp(q + 3, "万", 3) == 0 || memcmp(q + 3, "千", 3) == 0) &&
            !(q - a >= 3 && cn_digit(q - 3, z))) {
            out[n++] = c;
            q += 3;
            continue;
        }
        out[n++] = *q++;
    }
    out[n] = '\0';
    return n;
}

static bool has_digit(const char *a, const char *z)
{
    for (; a < z; a++)
        if (*a >= '0' && *a <= '9')
            return true;
    return false;
}

static bool has_semicolon(const char *a, const char *z)
{
    for (const char *q = a; q < z; q++)
        if (*q == ';' || (z - q >= 3 && memcmp(q, "；", 3) == 0))
            return true;
    return false;
}

/* The end of the clause that starts at a: a semicolon ('；' or ';'),
 * else z; *next past it. */
static const char *clause_end(const char *a, const char *z, const char **next)
{
    for (const char *q = a; q < z; q++) {
        if (*q == ';') {
            *next = q + 1;
            return q;
        }
        if (z - q >= 3 && memcmp(q, "；", 3) == 0) {
            *next = q + 3;
            return q;
        }
    }
    *next = z;
    return z;
}

int pcl_prose_clauses(struct pass *p, const char *a, const char *z, unsigned line)
{
    size_t n0 = p->n, items0 = p->n_items, len, clauses = 0;
    bool seen0 = p->item_seen, ok = true;
    char *buf, **v;
    const char *next;

    if (p->prose.offer || !has_semicolon(a, z))
        return 0;
    if (!(buf = malloc((size_t)(z - a) + 1)))
        return 0;
    len = figures(a, z, buf);
    for (const char *c = buf; ok && c < buf + len; c = next) {
        const char *e = clause_end(c, buf + len, &next), *s = tr_skip_ws(c, e);
        size_t before = p->n_items, ev = p->n;

        e = tr_rtrim(s, e);
        if (s == e || !has_digit(s, e))
            continue;
        clauses++;
        ok = tr_prose_item(p, s, e, line) && p->n_items == before + 1;
        for (size_t k = ev; ok && k < p->n; k++)
            ok = p->ev[k].kind != EV_ERROR && !(p->ev[k].kind == EV_ITEM && p->ev[k].unpriced);
    }
    if (ok && clauses >= 2 && (v = realloc(p->joined, (p->n_joined + 1) * sizeof(*v))) != NULL) {
        /* the events point into buf: the pass keeps it */
        p->joined = v;
        p->joined[p->n_joined++] = buf;
        /* the names are the writer's words around the figures, which no
         * total proves: held */
        tr_problem(p, EV_DOUBT, line, true,
                   "line %u: %zu items read from the clauses of one sentence; their names are "
                   "the writer's words",
                   line, clauses);
        return 1;
    }
    tr_pass_undo(p, n0, items0, seen0);
    free(buf);
    return 0;
}
