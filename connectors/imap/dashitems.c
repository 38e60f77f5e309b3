/* Numbered item lines whose parts dashes between spaces part
 * (textread.h, dli_item_line): "1) Kadakapuust karp (2 tk, graveeritud
 * kaas) - 3 000 tk - 2,40 EUR/tk - kokku 7.200,00 EUR", "1. Coffee valve
 * bag 250 g, kraft, zip - 40,000 pcs at USD 0.19". The name has no item
 * code, so no other item-line form reads it; the dash says where it ends,
 * as a leader of dots does. A list bullet, a count with its unit word
 * alone between two dashes (or before "at" / "@"; "50k pcs" is 50,000),
 * and a price with its currency make the line (one finer than a cent,
 * "$0.042", kept exactly); an amount after "=" in the "at" form, or
 * after a last dash with one word before it in any language ("kokku",
 * "total"), must be count x price.
 * The name is read whole as the title, words in brackets ending it its
 * specification, and the order is held: no code proves the name. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "fields.h"
#include "textread.h"

#define DLI_PARTS    5
#define DLI_NAME_MAX 160

static bool dli_digit(char c)
{
    return c >= '0' && c <= '9';
}

static bool dli_alpha(char c)
{
    return ((unsigned char)c | 0x20) >= 'a' && ((unsigned char)c | 0x20) <= 'z';
}

/* A dash between spaces at q ("-", "–", "—"): its length with the
 * spaces, else 0. */
static size_t dli_dash(const char *q, const char *z)
{
    if (*q != ' ')
        return 0;
    if (z - q >= 3 && q[1] == '-' && q[2] == ' ')
        return 3;
    if (z - q >= 5 && (memcmp(q + 1, "–", 3) == 0 || memcmp(q + 1, "—", 3) == 0) && q[4] == ' ')
        return 5;
    return 0;
}

/* A whole count at p, grouped by threes with ',', '.' or a space ("40,000",
 * "3 000", "200"): its end with the value in *q; NULL when none. */
static const char *dli_count(const char *p, const char *z, int64_t *q)
{
    int64_t v = 0;
    const char *s = p;
    size_t lead = 0;

    while (p < z && dli_digit(*p) && lead < 7)
        v = v * 10 + (*p++ - '0'), lead++;
    if (!lead || *s == '0')
        return NULL;
    while (lead <= 3 && z - p >= 4 && (*p == ',' || *p == '.' || *p == ' ') && dli_digit(p[1]) &&
           dli_digit(p[2]) && dli_digit(p[3]) && (z - p == 4 || !dli_digit(p[4])) &&
           v < 1000000000LL) {
        v = v * 1000 + (p[1] - '0') * 100 + (p[2] - '0') * 10 + (p[3] - '0');
        p += 4;
    }
    /* "50k pcs": thousands */
    if (p < z && (*p == 'k' || *p == 'K') && p - s <= 3 && (p + 1 == z || p[1] == ' ')) {
        v *= 1000;
        p++;
    }
    if (p < z && *p != ' ')
        return NULL;
    *q = v;
    return p;
}

/* A unit word at p ("pcs", "tk", "шт."): letters of any script, maybe
 * a full stop; its end, or NULL when p holds none. */
static const char *dli_unit(const char *p, const char *z)
{
    const char *s = p;

    while (p < z && *p != ' ' && (dli_alpha(*p) || (unsigned char)*p >= 0x80 || *p == '.'))
        p++;
    if (p == s || (p < z && *p != ' ') || *s == '.')
        return NULL;
    return p;
}

/* A number written as money with its decimals, either way ("2,40",
 * "7.200,00", "17,550.00", "0.19") at [p, e): the amount in *m. */
static bool dli_money(const char *p, const char *e, od_money *m, int64_t *e4)
{
    char buf[64];
    const char *v;
    size_t vn;
    bool comma = e - p >= 3 && e[-3] == ',' && dli_digit(e[-2]) && dli_digit(e[-1]);

    v = tr_num_read(comma, p, (size_t)(e - p), buf, sizeof(buf), &vn);
    if (tr_is_money(v, vn, m))
        return *m > 0;
    /* "$0.042": finer than a cent, a unit price only */
    return e4 && tr_fine_money(v, vn, m, e4) && *e4 > 0;
}

/* [cur] number [cur] at [p, z): the end of the number and its currency,
 * the money in *m; NULL when no currency is written. With e4, a price
 * finer than a cent is taken too, in ten-thousandths in *e4 (0 when
 * not finer). */
static const char *dli_price(const char *p, const char *z, od_money *m, const char **code,
                             int64_t *e4)
{
    const char *n0, *n1, *e;
    size_t k;

    p = tr_skip_ws(p, z);
    *code = NULL;
    if ((k = mail_currency_at(p, (size_t)(z - p), MAIL_START, code)) != 0)
        p = tr_skip_ws(p + k, z);
    n0 = p;
    while (p < z && (dli_digit(*p) || ((*p == ',' || *p == '.' || *p == ' ') && p + 1 < z &&
                                       dli_digit(p[1]) && p > n0)))
        p++;
    n1 = p;
    if (e4)
        *e4 = 0;
    if (n1 == n0 || !dli_money(n0, n1, m, e4))
        return NULL;
    e = n1;
    if (!*code) {
        const char *w = tr_skip_ws(e, z);

        for (e = w; e < z && *e != ' ' && *e != '/' && *e != ',' && *e != ';';)
            e++;
        if (e == w || !(*code = mail_currency_code(w, (size_t)(e - w))))
            return NULL;
    }
    return e;
}

/* What may follow a unit price: nothing, "/tk", "/ 100 tk", "per 1000
 * pcs", "each", "per piece". *per the N it is for; false when other
 * words follow. */
static bool dli_price_rest(const char *p, const char *z, int64_t *per)
{
    static const char *const each[] = {"each", "ea", "per piece", "per unit", "per pc", NULL};

    p = tr_skip_ws(p, z);
    *per = 1;
    if (p == z)
        return true;
    for (size_t i = 0; each[i]; i++)
        if ((size_t)(z - p) == strlen(each[i]) && strncasecmp(p, each[i], strlen(each[i])) == 0)
            return true;
    if ((*per = mail_per_n(p, (size_t)(z - p))) > 1)
        return true;
    *per = 1;
    if (*p == '/') {
        p = tr_skip_ws(p + 1, z);
        return dli_unit(p, z) == tr_rtrim(p, z);
    }
    return false;
}

/* Does the name [a, z) hold an item code (in brackets at its end, or a
 * word that starts with a letter and holds a digit, "TB-25")? Then the
 * readers of codes read it. */
static bool dli_code(const char *a, const char *z)
{
    const char *te, *ca, *cz;

    if (tr_bracket_code(a, z, &te, &ca, &cz))
        return true;
    for (const char *w = a; w < z;) {
        const char *e = w;
        bool d = false;

        while (e < z && *e != ' ')
            d |= dli_digit(*e++);
        if (d && dli_alpha(*w) && tr_code_like(w, (size_t)(e - w)))
            return true;
        w = tr_skip_ws(e, z);
    }
    return false;
}

/* "Gift box for shawl Spec: 32x26x5 cm" (the brackets' words joined to
 * the name): a spec label that led them in ("(Spec: 32x26x5 cm, …)") is
 * no part of the title. */
static void dli_drop_spec_label(char *t)
{
    char *sp, *colon;

    if (!t || (sp = strchr(t, ' ')) == NULL)
        return;
    for (; sp; sp = strchr(sp + 1, ' ')) {
        if ((colon = strchr(sp + 1, ':')) == NULL || colon[1] != ' ')
            return;
        if (memchr(sp + 1, ' ', (size_t)(colon - sp - 1)) == NULL &&
            mail_is_spec_label(sp + 1, (size_t)(colon - sp - 1))) {
            memmove(sp + 1, colon + 2, strlen(colon + 2) + 1);
            return;
        }
    }
}

/* A name starts with a letter, or with a size whose unit is glued to
 * its figure ("50g pouch"), never with a bare number (a count). */
static bool dli_name_start(const char *a, const char *z)
{
    const char *q = a;

    if (!dli_digit(*a))
        return true;
    while (q < z && (dli_digit(*q) || *q == '.' || *q == ','))
        q++;
    return q < z && dli_alpha(*q);
}

int dli_item_line(struct pass *p, const char *a0, const char *z, unsigned line)
{
    const char *a = tr_skip_bullet(a0, z), *pa[DLI_PARTS], *pz[DLI_PARTS];
    const char *c, *u, *pr, *pe, *code, *acode, *ne, *eq, *ae;
    size_t n = 0, depth = 0, first;
    int64_t qty, per, e4 = 0;
    od_money price, amount = OD_MONEY_NONE, per_price = 0;
    bool eq_amount = false;

    if (a == a0)
        return 0;
    z = tr_rtrim(a, z);
    while (z > a && (z[-1] == '.' || z[-1] == ';' || z[-1] == ','))
        z = tr_rtrim(a, z - 1);
    pa[0] = a;
    for (const char *q = a; q < z; q++) {
        size_t k;

        if (*q == '(')
            depth++;
        else if (*q == ')' && depth)
            depth--;
        if (depth || !(k = dli_dash(q, z)))
            continue;
        if (n + 1 >= DLI_PARTS)
            return 0;
        pz[n++] = q;
        pa[n] = q + k;
        q += k - 1;
    }
    pz[n++] = z;
    if (n < 2 || n > 4)
        return 0;
    /* the count and its unit word */
    if (!(c = dli_count(pa[1], pz[1], &qty)) || !(u = dli_unit(tr_skip_ws(c, pz[1]), pz[1])))
        return 0;
    u = tr_skip_ws(u, pz[1]);
    if (u == pz[1]) {
        /* "- 3 000 tk - 2,40 EUR/tk" */
        if (n < 3)
            return 0;
        pr = pa[2];
        pe = pz[2];
    } else if (*u == '@' || (pz[1] - u > 3 && strncasecmp(u, "at ", 3) == 0)) {
        /* "- 40,000 pcs at USD 0.19" */
        pr = u + (*u == '@' ? 1 : 3);
        pe = pz[1];
        if (n > 3)
            return 0;
    } else {
        return 0;
    }
    if (!(c = dli_price(pr, pe, &price, &code, &e4)))
        return 0;
    /* "@ $0.042 = $2,100": the amount after "=" */
    if (pe == pz[1] && (eq = memchr(c, '=', (size_t)(pe - c))) != NULL) {
        if (n != 2 || !(ae = dli_price(eq + 1, pe, &amount, &acode, NULL)) ||
            tr_skip_ws(ae, pe) != pe || strcmp(acode, code) != 0)
            return 0;
        pe = tr_rtrim(c, eq);
        eq_amount = true;
    }
    if (!dli_price_rest(c, pe, &per))
        return 0;
    /* the amount after the last dash: one word before it at most */
    if (!eq_amount && pe != pz[n - 1]) {
        const char *w = pa[n - 1], *e;

        for (e = w; e < pz[n - 1] && *e != ' ' && !dli_digit(*e);)
            e++;
        if (e < pz[n - 1] && *e == ' ' && !mail_currency_code(w, (size_t)(e - w)))
            w = tr_skip_ws(e, pz[n - 1]);
        if (!(e = dli_price(w, pz[n - 1], &amount, &acode, NULL)) ||
            tr_skip_ws(e, pz[n - 1]) != pz[n - 1] || strcmp(acode, code) != 0)
            return 0;
    }
    if (e4 && per > 1)
        return 0; /* a price finer than a cent for N pieces: not read here */
    if (e4) {
        if (e4 > INT64_MAX / 2 / qty)
            return 0;
        if (amount != OD_MONEY_NONE &&
            ((e4 * qty + 50) / 100 - amount > 1 || amount - (e4 * qty + 50) / 100 > 1))
            return 0;
        if (amount == OD_MONEY_NONE)
            amount = (e4 * qty + 50) / 100; /* the exact price's amount */
    } else if (per > 1) {
        od_money want;

        per_price = price;
        mail_per_price(per_price, per, qty, &(int64_t){0}, &price, &want);
        if (amount != OD_MONEY_NONE && (want - amount > 1 || amount - want > 1))
            return 0;
    } else if (amount != OD_MONEY_NONE && !tr_fits(qty, price, amount, tr_tol(qty))) {
        return 0;
    }
    /* the name: words with a letter, no code */
    ne = tr_rtrim(a, pz[0]);
    if (ne == a || (size_t)(ne - a) > DLI_NAME_MAX || dli_code(a, ne) || !dli_name_start(a, ne))
        return 0;
    first = p->n;
    if (!tr_emit_item(p, NULL, 0, a, (size_t)(ne - a), qty, price, amount, line))
        return 1;
    tr_bracket_title(&p->ev[p->n - 1]);
    dli_drop_spec_label(p->ev[p->n - 1].s);
    if (per > 1)
        tr_per_price(p, first, per_price, per, line);
    if (e4) {
        char fine[OD_MONEY_STRLEN];

        tr_exact_price(p, first, e4, od_price_format((od_price){e4}, fine), line);
    }
    if (strlen(code) == 3) {
        struct ev *ev = tr_event(p, EV_LABEL, line);

        if (ev) {
            ev->field = "currency";
            memcpy(ev->code, code, 4);
        }
    }
    tr_problem(p, EV_DOUBT, line, true,
               "line %u: an item without a code; its name is the words before the dash", line);
    p->item_seen = true;
    return 1;
}
