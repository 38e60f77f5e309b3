/* A reply that orders from the quotation it quotes (textread.h): the
 * quoted quotation is a table of item codes and unit prices without
 * quantities (a price list), and the new text names codes and counts
 * only ("HD-TD-0060 封箱器 要10个", "HD-KN-0018（美工刀） 500把"). Each such
 * line is an item at the price the quotation gives its code.
 *
 * Work is linear in the text: a price list holds at most TR_MAX_ITEMS
 * entries, and a line is looked up in it once. */
#include <stdlib.h>
#include <string.h>

#include "fields.h"
#include "textread.h"

void tr_prices_free(struct price_list *l)
{
    free(l->v);
    memset(l, 0, sizeof(*l));
}

static bool code_char(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '-' ||
           c == '_' || c == '.' || c == '/' || c == '#';
}

void tr_prices_add(struct pass *p, int sku, int title, int price)
{
    struct table *t = &p->t;
    struct price_list *l = p->quote;

    if (!l || p->priced || sku < 0 || price < 0)
        return;
    for (size_t r = 0; r < t->n_rows; r++) {
        const struct trow *row = &t->rows[r];
        struct quote_price *q;
        od_money m;

        if ((size_t)sku >= row->n || (size_t)price >= row->n ||
            !tr_code_like(row->c[sku].p, row->c[sku].n) ||
            mail_parse_amount(row->c[price].p, row->c[price].n, &m) < 0 || m <= 0)
            continue;
        if (l->n >= TR_MAX_ITEMS)
            return;
        if (l->n == l->cap) {
            size_t cap = l->cap ? l->cap * 2 : 16;
            struct quote_price *v = realloc(l->v, cap * sizeof(*v));

            if (!v) {
                p->oom = true;
                return;
            }
            l->v = v;
            l->cap = cap;
        }
        q = &l->v[l->n++];
        q->sku = row->c[sku];
        q->title = title >= 0 && (size_t)title < row->n ? row->c[title] : (struct cell){NULL, 0};
        q->price = m;
        q->line = row->line;
        q->level = p->level;
    }
}

/* The count at the end of [a, z): "500把", "要30盒", "10 pcs"; a unit is
 * needed (a bare number may be anything). Sets *start to where it (or
 * its 要/订) starts. */
static bool end_count(const char *a, const char *z, int64_t *q, const char **start)
{
    const char *w = z, *v;

    while (w > a && w[-1] != ' ' && w[-1] != '\t')
        w--;
    v = w;
    if (z - v > 3 && (memcmp(v, "要", 3) == 0 || memcmp(v, "订", 3) == 0))
        v += 3;
    if (v < z && tr_is_count(v, z, q) && !(v < z && z[-1] >= '0' && z[-1] <= '9')) {
        *start = w;
        return true;
    }
    /* "10 pcs": a number, then a unit word */
    v = tr_rtrim(a, w);
    while (v > a && v[-1] != ' ' && v[-1] != '\t')
        v--;
    if (v < w && v[0] >= '0' && v[0] <= '9' && tr_is_count(v, z, q) &&
        !(z[-1] >= '0' && z[-1] <= '9')) {
        *start = v;
        return true;
    }
    return false;
}

int tr_priced_item_line(struct pass *p, const char *a, const char *z, unsigned line)
{
    const struct price_list *l = p->quote;
    const struct quote_price *hit = NULL, *other = NULL;
    const char *se, *cs, *na, *nz;
    int64_t qty;

    if (!l || !p->priced || !l->n)
        return 0;
    a = tr_skip_ws(a, z);
    for (se = a; se < z && code_char(*se);)
        se++;
    if (!tr_code_like(a, (size_t)(se - a)) || !end_count(se, z, &qty, &cs))
        return 0;
    for (size_t i = 0; i < l->n; i++) {
        const struct quote_price *q = &l->v[i];

        if (q->level <= p->level || q->sku.n != (size_t)(se - a) || memcmp(q->sku.p, a, q->sku.n))
            continue;
        if (!hit)
            hit = q;
        else if (q->price != hit->price && !other)
            other = q;
    }
    if (!hit)
        return 0;
    /* the name between: "（封箱器）", "丁腈手套"; no other number */
    na = tr_skip_ws(se, cs);
    nz = tr_rtrim(na, cs);
    if (nz - na >= 3 && memcmp(na, "（", 3) == 0 && memcmp(nz - 3, "）", 3) == 0) {
        na += 3;
        nz -= 3;
    } else if (nz - na >= 2 && *na == '(' && nz[-1] == ')') {
        na++;
        nz--;
    }
    for (const char *q = na; q < nz; q++)
        if (*q >= '0' && *q <= '9')
            return 0;
    if (other) {
        char x[OD_MONEY_STRLEN], y[OD_MONEY_STRLEN], sku[48];

        tr_clip(sku, sizeof(sku), a, (size_t)(se - a));
        tr_problem(p, EV_DOUBT, line, true,
                   "line %u: the quoted text prices %s at %s (line %u) and at %s (line %u); %s "
                   "was used",
                   line, sku, od_money_format(hit->price, x), hit->line,
                   od_money_format(other->price, y), other->line, x);
    }
    if (!p->priced_noted) {
        /* the buyer wrote no price: a quotation's prices may have expired */
        p->priced_noted = true;
        tr_problem(p, EV_DOUBT, line, true,
                   "line %u: the unit prices are the quoted quotation's (line %u), not written "
                   "in the order",
                   line, hit->line);
    }
    if (na == nz) {
        na = hit->title.p;
        nz = hit->title.p ? hit->title.p + hit->title.n : NULL;
    }
    tr_emit_item(p, a, (size_t)(se - a), na, na ? (size_t)(nz - na) : 0, qty, hit->price,
                 OD_MONEY_NONE, line);
    return 1;
}
