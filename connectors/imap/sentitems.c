/* Items written in the sentences of a paragraph, found by their values
 * (textread.h, tr_sentence_items): "Please make 50,000 pieces of the
 * printed sleeve (30 cm, clear OPP) at 0.045 EUR each, and 6,000 gift
 * boxes in kraft at 0.95 EUR. We also need 150 export cartons at 2.10
 * EUR." A count, a name and a price after "at" or "@" with its currency
 * make an item, whatever language the lead-in words are in and wherever
 * the lines break. Read only when nothing else in the text gave an item
 * (text.c), and every such item holds the order with a doubt: the name is
 * the writer's words, which no arithmetic proves, so even a stated total
 * that confirms the lines leaves it held. */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "fields.h"
#include "textread.h"

/* A name longer than this is a sentence, not an item's name. */
#define NAME_MAX 160

static bool digit(char c)
{
    return c >= '0' && c <= '9';
}

static bool alpha(char c)
{
    return ((unsigned char)c | 0x20) >= 'a' && ((unsigned char)c | 0x20) <= 'z';
}

/* ASCII word w (lower case) at p, whole. */
static bool word_is(const char *a, const char *p, const char *z, const char *w)
{
    size_t n = strlen(w);

    return (size_t)(z - p) >= n && strncasecmp(p, w, n) == 0 && (p == a || !alpha(p[-1])) &&
           (p + n == z || !alpha(p[n]));
}

/* Words that make the paragraph ask, offer or quote: no order in it. */
static bool asks_or_offers(const char *a, const char *z)
{
    static const char *const w[] = {
        "quote",   "quotation", "offer",      "price list", "could you", "can you",    "would you",
        "invoice", "shipped",   "dispatched", "delivered",  "cancel",    "instead of", NULL};

    if (memchr(a, '?', (size_t)(z - a)))
        return true;
    for (const char *q = a; q < z; q++)
        for (size_t i = 0; w[i]; i++)
            if (word_is(a, q, z, w[i]))
                return true;
    return false;
}

/* A whole count at p ("50,000", "150"): its end, with the value in *q;
 * NULL when p holds none (decimals, a glued letter, out of range). */
static const char *count_at(const char *p, const char *z, int64_t *q)
{
    int64_t v = 0;
    const char *s = p;

    while (p < z && v <= 1000000000LL) {
        if (digit(*p)) {
            v = v * 10 + (*p - '0');
        } else if (!(*p == ',' && p > s && z - p > 3 && digit(p[1]) && digit(p[2]) && digit(p[3]) &&
                     (z - p == 4 || !digit(p[4])))) {
            break;
        }
        p++;
    }
    if (p == s || *s == '0' || v < 1 || v > 1000000000LL || (p < z && *p != ' '))
        return NULL;
    *q = v;
    return p;
}

/* Is the word after a number a measure ("30 cm", "500 g", "20 %"): a
 * size, not a count? */
static bool measure_after(const char *p, const char *z)
{
    static const char *const w[] = {"mm", "cm", "m",  "g",  "kg", "ml", "l",
                                    "x",  "%",  "oz", "lb", "in", NULL};

    while (p < z && *p == ' ')
        p++;
    if (p < z && (*p == '%' || *p == 'x'))
        return true;
    for (size_t i = 0; w[i]; i++)
        if (word_is(p, p, z, w[i]))
            return true;
    return false;
}

/* The price after "at": a currency mark before or after an amount
 * ("0.045 EUR", "EUR 0.95", "€1.20"); its end, the price in *m and the
 * currency code in *code. NULL when there is no price with a mark. */
static const char *price_at(const char *p, const char *z, od_money *m, const char **code)
{
    const char *n0, *n1, *e;
    size_t k;

    while (p < z && *p == ' ')
        p++;
    *code = NULL;
    if ((k = mail_currency_at(p, (size_t)(z - p), MAIL_START, code)) != 0)
        p += k;
    while (p < z && *p == ' ')
        p++;
    n0 = p;
    while (p < z && (digit(*p) || ((*p == ',' || *p == '.') && p + 1 < z && digit(p[1]))))
        p++;
    n1 = p;
    if (n1 == n0)
        return NULL;
    e = n1;
    if (!*code) {
        const char *w = e;

        while (w < z && *w == ' ')
            w++;
        for (e = w; e < z && *e != ' ' && *e != ',' && *e != '.' && *e != ';' && *e != ')';)
            e++;
        if (e == w || !(*code = mail_currency_code(w, (size_t)(e - w))))
            return NULL;
    }
    if (!tr_is_money(n0, (size_t)(n1 - n0), m) && !tr_fine_money(n0, (size_t)(n1 - n0), m, NULL))
        return NULL;
    if (*m <= 0)
        return NULL;
    return e;
}

/* Words after a price that say it is for one: "each", "per piece". */
static const char *each_after(const char *a, const char *p, const char *z)
{
    static const char *const w[] = {"each",    "per piece", "per unit", "per pc",
                                    "a piece", "apiece",    NULL};
    const char *q = p;

    while (q < z && *q == ' ')
        q++;
    for (size_t i = 0; w[i]; i++)
        if (word_is(a, q, z, w[i]))
            return q + strlen(w[i]);
    return p;
}

/* What introduces a price at q: "at", "@", or a dash between spaces
 * ("… 100 g, matte, zip - USD 62.00 per 1000 pcs"); its length, 0 when
 * none. */
static size_t price_intro(const char *a, const char *q, const char *z)
{
    if (word_is(a, q, z, "at"))
        return 2;
    if (*q == '@' && (q == a || q[-1] == ' '))
        return 1;
    if (*q == ' ' && z - q > 3 && q[1] == '-' && q[2] == ' ')
        return 3;
    if (*q == ' ' && z - q > 5 && memcmp(q + 1, "–", 3) == 0 && q[4] == ' ')
        return 5;
    return 0;
}

/* The end of the clause from p: before ';', ", " or ". ", else z. */
static const char *clause_end(const char *p, const char *z)
{
    for (const char *q = p; q < z; q++)
        if (*q == ';' || ((*q == ',' || *q == '.') && q + 1 < z && q[1] == ' '))
            return q;
    return z;
}

/* The line of the text that offset `at` of the joined paragraph lies on. */
static unsigned line_of(const struct tr_sline *v, size_t n, const char *at)
{
    unsigned no = v[0].no;

    for (size_t i = 0; i < n && v[i].at <= at; i++)
        no = v[i].no;
    return no;
}

/* One item in [a, k) before the "at" at k, its price read already:
 * the count is the first number of the clause (after the last sentence
 * end), the name what follows it (a unit word, "of" and "the" dropped). */
static bool emit_one(struct pass *p, const char *a, const char *k, od_money price, int64_t per,
                     int64_t e4, const char *fine, const struct tr_sline *v, size_t n)
{
    const char *s = a, *c = NULL, *ce = NULL, *name, *ne;
    int64_t qty = 0;
    size_t from = p->n;

    /* the clause starts after the last sentence end before the "at" */
    for (const char *q = a; q + 1 < k; q++)
        if ((*q == '.' || *q == '!' || *q == ':' || *q == ';') && q[1] == ' ' &&
            !(q > a && digit(q[-1]) && *q == '.' && q + 2 < k && digit(q[2])))
            s = q + 2;
    for (const char *q = s; q < k && !c; q++) {
        if (digit(*q) && (q == s || q[-1] == ' ' || q[-1] == '(')) {
            const char *e = count_at(q, k, &qty);

            if (e && !measure_after(e, k)) {
                c = q;
                ce = e;
            } else {
                while (q < k && *q != ' ')
                    q++;
            }
        }
    }
    if (!c)
        return false;
    name = tr_skip_ws(ce, k);
    /* "pcs", "pieces of": a unit word is no part of the name */
    {
        const char *w = name;
        char u[48];
        size_t un;
        int64_t one;
        char why[64];

        while (w < k && *w != ' ')
            w++;
        un = (size_t)(w - name);
        if (un && un + 2 < sizeof(u)) {
            u[0] = '1';
            u[1] = ' ';
            memcpy(u + 2, name, un);
            if (mail_parse_qty(u, un + 2, &one, why, sizeof(why)) == 0) {
                /* "12,000 PCS @ USD 0.92": the name is not after the count */
                if (tr_rtrim(w, k) == w)
                    return false;
                name = tr_skip_ws(w, k); /* "30,000 pcs Tea pouch", "pieces of" */
            }
        }
    }
    if (word_is(name, name, k, "of"))
        name = tr_skip_ws(name + 2, k);
    if (word_is(name, name, k, "the"))
        name = tr_skip_ws(name + 3, k);
    ne = tr_rtrim(name, k);
    while (ne > name && (ne[-1] == ',' || ne[-1] == ' '))
        ne--;
    if (ne <= name || (size_t)(ne - name) > NAME_MAX || !alpha(*name))
        return false;
    if (!tr_emit_item(p, NULL, 0, name, (size_t)(ne - name), qty, price, OD_MONEY_NONE,
                      line_of(v, n, c)))
        return false;
    p->ev[from].prose = true;
    if (per > 1)
        tr_per_price(p, from, price, per, line_of(v, n, c));
    else if (fine)
        tr_exact_price(p, from, e4, fine, line_of(v, n, c));
    from = p->n;
    tr_problem(p, EV_DOUBT, line_of(v, n, c), true,
               "line %u: an item without a code or a table, read from a sentence; its name is "
               "the writer's words",
               line_of(v, n, c));
    if (p->n > from)
        p->ev[p->n - 1].prose = true;
    return true;
}

size_t tr_sentence_items(struct pass *p, const char *a, const char *z, const struct tr_sline *v,
                         size_t n)
{
    const char *from = a, *code0 = NULL;
    size_t items = 0, n0 = p->n, items0 = p->n_items;
    bool seen0 = p->item_seen;

    if (!n || asks_or_offers(a, z))
        return 0;
    for (const char *q = a; q < z && !p->stop && !p->oom; q++) {
        const char *e, *code, *pa;
        od_money price;
        int64_t e4 = 0;
        char fine[32] = "";

        int64_t per = 1;
        size_t intro = price_intro(a, q, z);

        if (!intro)
            continue;
        pa = q + intro;
        if (!(e = price_at(pa, z, &price, &code)))
            continue;
        /* "USD 62.00 per 1000 pcs": the price for N pieces; the clause
         * ends with the pieces */
        if ((per = mail_per_n(e, (size_t)(clause_end(e, z) - e))) > 1)
            e = clause_end(e, z);
        {
            /* the price as written: finer than a cent kept exactly */
            const char *d = pa;
            od_money m;
            size_t k;

            while (d < e && !digit(*d))
                d++;
            for (k = 0; d + k < e && (digit(d[k]) || d[k] == '.' || d[k] == ','); k++)
                ;
            if (!tr_is_money(d, k, &m) && tr_fine_money(d, k, &m, &e4))
                tr_clip(fine, sizeof(fine), d, k);
        }
        if (code0 && strcmp(code0, code) != 0)
            goto none; /* two currencies: not one order's prices */
        code0 = code;
        if (!emit_one(p, from, q, price, per, e4, fine[0] ? fine : NULL, v, n))
            goto none;
        items++;
        from = each_after(a, e, z);
        q = from - 1;
    }
    if (!items)
        goto none;
    if (code0 && strlen(code0) == 3) {
        struct ev *ev = tr_event(p, EV_LABEL, v[0].no);

        if (ev) {
            ev->field = "currency";
            ev->prose = true;
            memcpy(ev->code, code0, 4);
        }
    }
    p->item_seen = true;
    return items;
none:
    for (size_t k = n0; k < p->n; k++)
        free(p->ev[k].s);
    p->n = n0;
    p->n_items = items0;
    p->item_seen = seen0;
    return 0;
}
