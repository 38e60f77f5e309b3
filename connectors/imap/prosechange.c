/* A reply that changes quantities of the quoted order by naming its
 * items with words of their titles (textread.h): "按你下面报的下单，只改一处：
 * 果酱瓶和铁盖都要 12000 个，别的不变", "彩盒数量改成 4500 个（原来 3000）".
 * "千两茶篾篓要 800 个，不是 1000 个" (a correction).
 * The names before 都要 or 改成 / 改为 (maybe after 数量; joined by
 * 和, 、 or 及, after the clause's start), then one count with its unit:
 * each name is a change of that item's quantity. tr_prose_apply finds
 * the one quoted item whose title holds the name; the order is held
 * with the change named. Work is linear in the line. */
#include <string.h>

#include "fields.h"
#include "textread.h"

#define MAX_NAME_BYTES 24 /* eight Chinese characters */

static bool at(const char *p, const char *z, const char *w)
{
    size_t n = strlen(w);

    return (size_t)(z - p) >= n && memcmp(p, w, n) == 0;
}

static bool digit(char c)
{
    return c >= '0' && c <= '9';
}

/* A name of 2 to 8 Chinese characters and nothing else. */
static bool cn_name(const char *a, const char *z)
{
    size_t n = (size_t)(z - a);

    if (n < 6 || n > MAX_NAME_BYTES || n % 3)
        return false;
    for (const char *q = a; q < z; q += 3)
        if ((unsigned char)q[0] < 0xE4 || (unsigned char)q[0] > 0xE9)
            return false;
    return true;
}

/* "12000 个", "1,500个": a count and a unit word (no price word) at p;
 * the count, 0 when none. */
static int64_t count_unit(const char *p, const char *z)
{
    int64_t q = 0;
    const char *d = p;

    while (p < z && (digit(*p) || (*p == ',' && p > d && p + 1 < z && digit(p[1])))) {
        if (digit(*p) && q < 100000000)
            q = q * 10 + (*p - '0');
        p++;
    }
    if (p == d)
        return 0;
    while (p < z && *p == ' ')
        p++;
    if (z - p < 3 || (unsigned char)*p < 0xE4 || at(p, z, "元") || at(p, z, "块") ||
        at(p, z, "万") || at(p, z, "千"))
        return 0;
    return q;
}

/* "总金额按 24,900.00 元", "合计改为 24900元": the new total a reply
 * names beside its change (a total word, maybe 按 / 为 / 改为 / 改成 / 是,
 * then an amount with decimals or 元); 0 when none. */
static od_money said_total(const char *a, const char *z)
{
    static const char *const words[] = {"总金额", "總金額", "总价", "總價", "合计",
                                        "合計",   "总计",   "總計", NULL};
    static const char *const links[] = {"按", "为", "為", "改为", "改為", "改成", "是", "：", NULL};

    for (const char *q = a; q < z; q++)
        for (size_t i = 0; words[i]; i++) {
            const char *d, *e;
            od_money m;

            if (!at(q, z, words[i]))
                continue;
            d = q + strlen(words[i]);
            for (size_t k = 0; links[k]; k++)
                if (at(d, z, links[k])) {
                    d += strlen(links[k]);
                    break;
                }
            while (d < z && *d == ' ')
                d++;
            for (e = d; e < z && (digit(*e) || *e == ',' || *e == '.');)
                e++;
            if (e == d || !digit(e[-1]) || mail_parse_amount(d, (size_t)(e - d), &m) < 0 || m <= 0)
                continue;
            while (e < z && *e == ' ')
                e++;
            if (memchr(d, '.', (size_t)(e - d)) || at(e, z, "元"))
                return m;
        }
    return 0;
}

/* "千两茶篾篓要 800 个，不是 1000 个": 要, a count with its unit, then (after
 * a comma) 不是 and another count: a correction. Where 要 stands (*q after
 * it), NULL when the line says no such thing; a bare 要 ("我们要 800 个")
 * is no change. */
static const char *corrected_count(const char *a, const char *z, const char **q)
{
    for (const char *r = a; r + 3 < z; r++) {
        const char *c = r + 3, *e;

        if (!at(r, z, "要"))
            continue;
        while (c < z && *c == ' ')
            c++;
        if (count_unit(c, z) <= 0)
            continue;
        for (e = c; e < z && (digit(*e) || *e == ',' || *e == ' '); e++)
            ;
        if (z - e < 3)
            continue;
        e += 3; /* the unit */
        if (at(e, z, "，"))
            e += 3;
        else if (e < z && *e == ',')
            e++;
        while (e < z && *e == ' ')
            e++;
        if (!at(e, z, "不是"))
            continue;
        e += 6;
        while (e < z && *e == ' ')
            e++;
        if (count_unit(e, z) > 0) {
            *q = r + 3;
            return r;
        }
    }
    return NULL;
}

int tr_name_changes(struct pass *p, const char *a, const char *z, unsigned line)
{
    static const char *const seps[] = {"：", "，", "。", "；", NULL};
    static const char *const joins[] = {"和", "、", "及", NULL};
    static const char *const verbs[] = {"都要", "改成", "改为", "改為", NULL};
    const char *want = NULL, *cs = a, *q = NULL;
    int64_t qty;
    od_money total;

    if (p->level != 0 || p->prose.n_chg == TR_MAX_CHANGES)
        return 0;
    for (const char *r = a; r < z && !want; r++)
        for (size_t i = 0; verbs[i] && !want; i++)
            if (at(r, z, verbs[i])) {
                want = r;
                q = r + strlen(verbs[i]);
            }
    if (!want)
        want = corrected_count(a, z, &q);
    if (!want)
        return 0;
    /* "彩盒数量改成 4500 个（原来 3000）": the name before 数量 */
    if (want - a >= 6 && (at(want - 6, want, "数量") || at(want - 6, want, "數量")))
        want -= 6;
    while (q < z && *q == ' ')
        q++;
    if ((qty = count_unit(q, z)) <= 0)
        return 0;
    /* the clause before it */
    for (const char *s = a; s < want; s++)
        for (size_t i = 0; seps[i]; i++)
            if (at(s, want, seps[i]))
                cs = s + strlen(seps[i]);
    while (cs < want && *cs == ' ')
        cs++;
    /* the names, split at 和 、 及 */
    for (const char *s = cs; s < want;) {
        const char *e = want;

        for (const char *t = s; t < want && e == want; t += 3)
            for (size_t i = 0; joins[i]; i++)
                if (at(t, want, joins[i])) {
                    e = t;
                    break;
                }
        if (!cn_name(s, e))
            return 0;
        s = e == want ? want : e + 3;
    }
    for (const char *s = cs; s < want && p->prose.n_chg < TR_MAX_CHANGES;) {
        const char *e = want;
        struct tr_change *c;

        for (const char *t = s; t < want && e == want; t += 3)
            for (size_t i = 0; joins[i]; i++)
                if (at(t, want, joins[i])) {
                    e = t;
                    break;
                }
        c = &p->prose.chg[p->prose.n_chg++];
        c->sku = s;
        c->sku_n = (size_t)(e - s);
        c->qty = qty;
        c->line = line;
        c->by_name = true;
        c->total = 0;
        s = e == want ? want : e + 3;
    }
    if (p->prose.n_chg < TR_MAX_CHANGES && (total = said_total(q, z)) > 0) {
        struct tr_change *c = &p->prose.chg[p->prose.n_chg++];

        memset(c, 0, sizeof(*c));
        c->total = total;
        c->line = line;
    }
    return 0;
}

void zh25_reply_total(struct pass *p, od_money total, unsigned line)
{
    bool set = false;
    struct ev *ev;

    for (size_t i = 0; i < p->n; i++) {
        struct ev *e = &p->ev[i];

        if (e->kind == EV_LABEL && e->field && strcmp(e->field, "total") == 0) {
            e->money = total;
            set = true;
        }
    }
    if (!set && (ev = tr_event(p, EV_LABEL, line)) != NULL) {
        ev->field = "total";
        ev->money = total;
    }
}
