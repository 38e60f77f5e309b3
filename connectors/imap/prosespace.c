/* Item sentences written with spaces around their figures (textread.h):
 * "真空袋 500 克印韩文的要 6 万个", "2000 个，9.50 一个", "300 卷，4 块一卷".
 * Some mail programs and writers put a space between every number and
 * the Chinese word beside it; the sentence reader (prose.c) wants a
 * count and its unit, a price and its 元 or 一个, side by side. A line
 * no other reader took is read again as an item sentence with those
 * spaces left out; it is kept only when that gives exactly one item
 * and no problem. Work is linear in the line. */
#include <stdlib.h>
#include <string.h>

#include "textread.h"

/* Does a Chinese (or other three-byte) character end at p (p > a)? */
static bool wide_before(const char *a, const char *p)
{
    return p - a >= 3 && (unsigned char)p[-3] >= 0xE3 && (unsigned char)p[-3] <= 0xEF &&
           ((unsigned char)p[-2] & 0xC0) == 0x80 && ((unsigned char)p[-1] & 0xC0) == 0x80;
}

static bool wide_at(const char *p, const char *z)
{
    return z - p >= 3 && (unsigned char)*p >= 0xE3 && (unsigned char)*p <= 0xEF;
}

static bool digit(char c)
{
    return c >= '0' && c <= '9';
}

void tr_pass_undo(struct pass *p, size_t n0, size_t items0, bool seen0)
{
    for (size_t k = n0; k < p->n; k++)
        free(p->ev[k].s);
    p->n = n0;
    p->n_items = items0;
    p->item_seen = seen0;
}

/* "茶叶罐（富硒绿茶 100g 纸罐）：6,000 个": the name's specification in
 * brackets closed right before the colon that leads to the count keeps
 * its own spaces; [*ka, *kz) is that bracket (empty when none). */
static void spec_bracket(const char *a, const char *z, const char **ka, const char **kz)
{
    static const char cl[] = "）", op[] = "（";
    const char *c = NULL;

    *ka = *kz = a;
    for (const char *q = a; q + 1 < z && !c; q++)
        if ((*q == ')' && (q[1] == ':' || (z - q > 3 && memcmp(q + 1, "：", 3) == 0))) ||
            (z - q > 3 && memcmp(q, cl, 3) == 0 &&
             (q[3] == ':' || (z - q >= 6 && memcmp(q + 3, "：", 3) == 0))))
            c = q;
    for (const char *q = c; q && q > a; q--)
        if (q[-1] == '(' || (q - a >= 3 && memcmp(q - 3, op, 3) == 0)) {
            *ka = q;
            *kz = c;
            return;
        }
}

/* [a, z) without the single spaces between a digit and a Chinese
 * character (either way round) into out (room for z - a + 1 bytes);
 * its length, 0 when there was no such space. */
static size_t squeeze(const char *a, const char *z, char *out)
{
    size_t n = 0, dropped = 0;
    const char *ka, *kz;

    spec_bracket(a, z, &ka, &kz);
    for (const char *q = a; q < z; q++) {
        if (*q == ' ' && !(q >= ka && q < kz) && q > a && q + 1 < z && q[1] != ' ' &&
            q[-1] != ' ' &&
            ((digit(q[-1]) && wide_at(q + 1, z)) || (wide_before(a, q) && digit(q[1])))) {
            dropped++;
            continue;
        }
        out[n++] = *q;
    }
    out[n] = '\0';
    return dropped ? n : 0;
}

static int spaced(struct pass *p, const char *a, const char *z, unsigned line)
{
    size_t n0 = p->n, items0 = p->n_items, len;
    bool seen0 = p->item_seen, ok;
    char *buf, **v;

    if (p->prose.offer || !memchr(a, ' ', (size_t)(z - a)))
        return 0;
    if (!(buf = malloc((size_t)(z - a) + 1)))
        return 0;
    if ((len = squeeze(a, z, buf)) == 0) {
        free(buf);
        return 0;
    }
    ok = tr_prose_item(p, buf, buf + len, line) && p->n_items == items0 + 1;
    for (size_t k = n0; ok && k < p->n; k++)
        ok = p->ev[k].kind != EV_ERROR && !(p->ev[k].kind == EV_ITEM && p->ev[k].unpriced);
    if (ok && (v = realloc(p->joined, (p->n_joined + 1) * sizeof(*v))) != NULL) {
        /* the events point into buf: the pass keeps it */
        p->joined = v;
        p->joined[p->n_joined++] = buf;
        return 1;
    }
    tr_pass_undo(p, n0, items0, seen0);
    free(buf);
    return 0;
}

int tr_prose_spaced(struct pass *p, const char *a, const char *z, unsigned line)
{
    return spaced(p, a, z, line) || pcl_prose_clauses(p, a, z, line);
}
