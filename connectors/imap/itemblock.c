/* Items written as blocks of lines (textread.h): the item's name on one
 * line (or two, when the description wraps), then its figures as
 * labelled values on the lines below, one or several to a line:
 *
 *   Item 1: HD-SF-5023 Stretch Film 500mm x 23mic
 *           Quantity: 1,920 rolls   Unit price: AED 19.50   Amount: AED 37,440.00
 *
 *   Stretch Film 500mm
 *   SKU: HD-SF-5023
 *   Qty: 1920
 *   Price: 19.50
 *
 * The labels are the column labels of item tables (fields.c). A block
 * is taken only with a name, a quantity and a price (or an amount that
 * the quantity divides exactly). Work is linear in the lines looked
 * at. */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "fields.h"
#include "textread.h"

/* Labelled values in one line. */
#define MAX_PAIRS 8
/* Words looked at before a colon for a label ("Unit price"). */
#define LABEL_WORDS 4

struct pair {
    const char *field; /* lines.sku / .title / .qty / .unit_price / .total, "-" */
    const char *la;    /* where the label starts */
    const char *v, *vz;
    bool spec; /* the label names a specification or model (规格, 规格型号, Spec) */
};

static bool ascii_digit(char c)
{
    return c >= '0' && c <= '9';
}

static bool ascii_alpha(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* A colon at p (':' or '：'): its length, 0 when none. */
static size_t colon_at(const char *p, const char *z)
{
    if (*p == ':')
        return 1;
    if (z - p >= 3 && memcmp(p, "：", 3) == 0)
        return 3;
    return 0;
}

/* Does a word end right before q: white space, or the mark that ends a
 * clause ("品名：咸鸭蛋礼盒；规格：…", "Name: tin; Qty: 2")? */
static bool word_stop(const char *from, const char *q)
{
    return q[-1] == ' ' || q[-1] == '\t' || q[-1] == ';' ||
           (q - from >= 3 && (memcmp(q - 3, "；", 3) == 0 || memcmp(q - 3, "，", 3) == 0));
}

/* The label ending at the colon c: the most words before it (at most
 * LABEL_WORDS, none before `from`) that name an item column, "-" for a
 * column that carries nothing (单位, No.); NULL when none does. */
static const char *label_before(const struct pass *p, const char *from, const char *c,
                                const char **la)
{
    const char *e = tr_rtrim(from, c), *q = e, *best = NULL;

    for (int w = 0; w < LABEL_WORDS && q > from; w++) {
        const char *f;

        while (q > from && !word_stop(from, q))
            q--;
        f = mail_column_field(p->s, q, (size_t)(e - q));
        if (f) {
            best = f;
            *la = q;
        }
        q = tr_rtrim(from, q);
    }
    return best;
}

/* "Unit: US$0.420": the word Unit alone names the unit of measure in a
 * table, but before money it is the unit price. */
static const char *unit_money(const char *from, const char *c, size_t w, const char *z,
                              const char **la)
{
    const char *e = tr_rtrim(from, c), *s = e, *v = tr_skip_ws(c + w, z), *ve = v;

    while (s > from && s[-1] != ' ' && s[-1] != '\t')
        s--;
    while (ve < z && *ve != ' ' && *ve != '\t')
        ve++;
    if (e - s != 4 || strncasecmp(s, "unit", 4) != 0 || ve == v ||
        !tr_money_marked(v, (size_t)(ve - v)))
        return NULL;
    *la = s;
    return "lines.unit_price";
}

/* "数量            2000": a line of two cells (apart by a tab or two
 * spaces and more), an item column's label and its value, as a form
 * printed to PDF lays a block out (DingTalk's 采购明细). 1 with out[0]
 * set, else 0. */
static size_t label_cell_pair(const struct pass *p, const char *a, const char *z, struct pair *out)
{
    struct cell c[TR_MAX_CELLS];
    const char *f;

    if (tr_split_cells(a, z, c) != 2 || !c[0].n || !c[1].n || c[0].p != tr_skip_ws(a, z) ||
        (f = mail_column_field(p->s, c[0].p, c[0].n)) == NULL)
        return 0;
    out[0].field = f;
    out[0].la = c[0].p;
    out[0].v = c[1].p;
    out[0].vz = c[1].p + c[1].n;
    out[0].spec = mail_is_spec_label(c[0].p, c[0].n);
    return 1;
}

/* The labelled values of [a, z); *pre is where the first label starts
 * (z when there is none). */
static size_t read_pairs(const struct pass *p, const char *a, const char *z, struct pair *out,
                         const char **pre)
{
    size_t n = 0;
    const char *from = a;

    *pre = z;
    for (const char *q = a; q < z && n < MAX_PAIRS; q++) {
        size_t w = colon_at(q, z);
        const char *la = NULL, *f;

        if (!w)
            continue;
        /* "10:30": a colon between digits is not a label's */
        if (q > a && ascii_digit(q[-1]) && q + 1 < z && ascii_digit(q[1]))
            continue;
        f = label_before(p, from, q, &la);
        if (!f || strcmp(f, "-") == 0) {
            const char *ul = NULL, *u = unit_money(from, q, w, z, &ul);

            if (u) {
                f = u;
                la = ul;
            }
        }
        if (f) {
            if (n)
                out[n - 1].vz = la;
            else
                *pre = la;
            out[n].field = f;
            out[n].la = la;
            out[n].v = q + w;
            out[n].vz = z;
            out[n].spec = mail_is_spec_label(la, (size_t)(tr_rtrim(la, q) - la));
            n++;
        }
        from = q + w;
        q += w - 1;
    }
    if (n == 0 && (n = label_cell_pair(p, a, z, out)) == 1)
        *pre = a;
    for (size_t i = 0; i < n; i++) {
        const char *v = tr_skip_ws(out[i].v, out[i].vz), *vz = out[i].vz;

        for (;;) {
            vz = tr_rtrim(v, vz);
            if (vz > v && (vz[-1] == ',' || vz[-1] == ';' || vz[-1] == '|'))
                vz--;
            else if (vz - v >= 3 && (memcmp(vz - 3, "，", 3) == 0 || memcmp(vz - 3, "；", 3) == 0))
                vz -= 3;
            else
                break;
        }
        out[i].v = v;
        out[i].vz = vz;
    }
    return n;
}

/* "Item 1:", "Item #2 -", "No. 3", "#4": a numbering before the name. */
static const char *skip_numbering(const char *a, const char *z)
{
    const char *q = tr_skip_bullet(a, z), *d;

    if (q != a)
        return q;
    if (z - q >= 4 && strncasecmp(q, "item", 4) == 0 && !(z - q > 4 && ascii_alpha(q[4])))
        q = tr_skip_ws(q + 4, z);
    else if (z - q >= 3 && strncasecmp(q, "no.", 3) == 0)
        q = tr_skip_ws(q + 3, z);
    if (q < z && *q == '#')
        q++;
    for (d = q; d < z && ascii_digit(*d); d++)
        ;
    if (d == q || d - q > 3 || (q == a && d < z && *d != ':' && *d != ')' && *d != '.'))
        return a;
    d = tr_skip_ws(d, z);
    if (d < z && (*d == ':' || *d == '.' || *d == ')' || *d == '-'))
        d++;
    else if (z - d >= 3 && memcmp(d, "：", 3) == 0)
        d += 3;
    return tr_skip_ws(d, z);
}

/* Does the line start an item: a numbering or an item code first? */
static bool starts_item(const char *a, const char *z)
{
    const char *q = skip_numbering(a, z), *w = q;

    if (q != a)
        return true;
    while (w < z && *w != ' ' && *w != '\t')
        w++;
    return tr_code_like(q, (size_t)(w - q));
}

/* The name of the block: [a, z) of the head line, and the wrapped
 * continuation [ca, cz) (empty when none), split into a leading code
 * and the title; the title is joined into an owned string when it
 * spans two lines. */
struct name {
    const char *sku, *title;
    size_t sku_n, title_n;
    char *joined;
};

static bool split_name(struct pass *p, const char *a, const char *z, const char *ca, const char *cz,
                       struct name *nm)
{
    const char *q = skip_numbering(a, z), *w = q, *t, *ne, *cs, *ce;

    while (w < z && *w != ' ' && *w != '\t')
        w++;
    t = q;
    if (tr_code_like(q, (size_t)(w - q)) && !tr_is_count(q, w, &(int64_t){0})) {
        nm->sku = q;
        nm->sku_n = (size_t)(w - q);
        t = tr_skip_ws(w, z);
        /* "HD-1 - Widget", "HD-1: Widget" */
        if (t < z && (*t == '-' || *t == ':'))
            t = tr_skip_ws(t + 1, z);
    } else if (ca == cz && tr_bracket_code(q, z, &ne, &cs, &ce)) {
        /* "Stretch film (HD-SF-5023)" */
        nm->sku = cs;
        nm->sku_n = (size_t)(ce - cs);
        z = tr_rtrim(q, ne);
    }
    if (ca == cz) {
        nm->title = t < z ? t : NULL;
        nm->title_n = t < z ? (size_t)(z - t) : 0;
        return true;
    }
    nm->title_n = (size_t)(z - t) + (t < z ? 1 : 0) + (size_t)(cz - ca);
    nm->joined = malloc(nm->title_n + 1);
    if (!nm->joined) {
        p->oom = true;
        return false;
    }
    if (t < z) {
        memcpy(nm->joined, t, (size_t)(z - t));
        nm->joined[z - t] = ' ';
        memcpy(nm->joined + (z - t) + 1, ca, (size_t)(cz - ca));
    } else {
        memcpy(nm->joined, ca, (size_t)(cz - ca));
    }
    nm->joined[nm->title_n] = '\0';
    nm->title = nm->joined;
    return true;
}

/* A currency written with the price ("AED 19.50", "19.50 EUR"): the
 * order's currency, as an item line's mark is. */
static void value_currency(struct pass *p, const char *v, const char *vz, unsigned line)
{
    const char *e = v, *code = NULL;
    struct ev *ev;

    while (e < vz && !ascii_digit(*e) && *e != ' ')
        e++;
    if (e > v)
        code = mail_currency_code(v, (size_t)(e - v));
    if (!code) {
        const char *s = vz;

        while (s > v && s[-1] != ' ' && !ascii_digit(s[-1]))
            s--;
        if (s < vz)
            code = mail_currency_code(s, (size_t)(vz - s));
    }
    if (!code || (ev = tr_event(p, EV_LABEL, line)) == NULL)
        return;
    ev->field = "currency";
    memcpy(ev->code, code, 4);
}

struct figures {
    const struct pair *sku, *title, *qty, *price, *amount;
    const struct pair *spec; /* "规格：铁罐 100g", "规格型号：5kg 手提": joins the name */
};

/* Record a pair; false when its field was already given (the next
 * item's values start). A label of a column that carries nothing
 * ("单位：件") is passed over; a specification or model label whose
 * value is no item code is the spec, which joins the name. */
static bool take_pair(struct figures *f, const struct pair *pr)
{
    const struct pair **slot = NULL;

    if (strcmp(pr->field, "-") == 0)
        return true;
    if (pr->spec &&
        !(strcmp(pr->field, "lines.sku") == 0 && tr_code_like(pr->v, (size_t)(pr->vz - pr->v))))
        slot = &f->spec;
    else if (strcmp(pr->field, "lines.sku") == 0)
        slot = &f->sku;
    else if (strcmp(pr->field, "lines.title") == 0)
        slot = &f->title;
    else if (strcmp(pr->field, "lines.qty") == 0)
        slot = &f->qty;
    else if (strcmp(pr->field, "lines.unit_price") == 0)
        slot = &f->price;
    else if (strcmp(pr->field, "lines.total") == 0)
        slot = &f->amount;
    if (!slot || *slot)
        return false;
    *slot = pr;
    return true;
}

/* "明细1", "Item 2", "商品 3": a line that only numbers the item (a word
 * and an ordinal), which a labelled name below replaces. */
static bool heading_only(const char *a, const char *z)
{
    const char *q = skip_numbering(a, z), *e = tr_rtrim(q, z), *d;
    size_t close = 0, open = 0;

    if (q == e)
        return true;
    /* "采购明细(1)", "明细（2）": the ordinal may stand in brackets */
    if (e[-1] == ')')
        close = 1;
    else if (e - q >= 3 && memcmp(e - 3, "）", 3) == 0)
        close = 3;
    e -= close;
    for (d = e; d > q && ascii_digit(d[-1]);)
        d--;
    if (d == e || e - d > 3)
        return false;
    if (close == 1 && d > q && d[-1] == '(')
        open = 1;
    else if (close == 3 && d - q >= 3 && memcmp(d - 3, "（", 3) == 0)
        open = 3;
    if (close && !open)
        return false;
    d = tr_rtrim(q, d - open);
    if (d == q || d - q > 12)
        return false;
    for (const char *c = q; c < d; c++)
        if (*c == ' ' || *c == '\t' || ascii_digit(*c))
            return false;
    return true;
}

/* The title as name + " " + spec (the title convention, mail_spec_part),
 * into a new owned string that replaces nm->joined; a code written first
 * in the spec is the SKU when the block names none. false when out of
 * memory. */
static bool join_spec(struct pass *p, struct name *nm, const struct pair *sp)
{
    const char *v = sp->v, *code = NULL;
    size_t vn = (size_t)(sp->vz - sp->v), code_n = 0, len;
    char *w;

    if (!mail_spec_part(&v, &vn, nm->sku_n ? NULL : &code, nm->sku_n ? NULL : &code_n))
        return true;
    if (code) {
        nm->sku = code;
        nm->sku_n = code_n;
    }
    len = nm->title_n + (nm->title_n ? 1 : 0) + vn;
    w = malloc(len + 1);
    if (!w) {
        p->oom = true;
        return false;
    }
    if (nm->title_n) {
        memcpy(w, nm->title, nm->title_n);
        w[nm->title_n] = ' ';
    }
    memcpy(w + len - vn, v, vn);
    w[len] = '\0';
    free(nm->joined);
    nm->joined = w;
    nm->title = w;
    nm->title_n = len;
    return true;
}

/* The bracket that opens a remark after a count ("5箱（按整箱发）", "5
 * ctns (full cartons)"), the bracket closing [v, z); NULL when none. */
static const char *remark_open(const char *v, const char *z)
{
    const char *e = tr_rtrim(v, z), *o = NULL;

    if (e - v >= 3 && memcmp(e - 3, "）", 3) == 0) {
        for (const char *q = v; q + 3 <= e - 3; q++)
            if (memcmp(q, "（", 3) == 0) {
                o = q;
                break;
            }
    } else if (e > v && e[-1] == ')') {
        o = memchr(v, '(', (size_t)(e - v));
    }
    return o && tr_rtrim(v, o) > v ? tr_rtrim(v, o) : NULL;
}

/* "颜色:墨绿;印刷:烫金", "尺寸:中号;材质:白卡": a line of the item's
 * attributes as a shop's order page lists them, each a word of one to
 * six Chinese characters, a colon and a value, parted by ';' (at least
 * two); no label line. The whole line as a spec pair in *out. */
static bool ib_attr_line(const struct pass *p, const char *a, const char *z, struct pair *out)
{
    size_t parts = 0;

    a = tr_skip_ws(a, z);
    z = tr_rtrim(a, z);
    if (a == z || tr_is_label_line(p, a, z))
        return false;
    for (const char *q = a; q < z;) {
        const char *w = q;
        size_t c;

        while (q + 3 <= z && (unsigned char)*q >= 0xE4 && (unsigned char)*q <= 0xE9)
            q += 3;
        if (q == w || q - w > 18 || q >= z || (c = colon_at(q, z)) == 0)
            return false;
        q += c;
        while (q < z && *q != ';' && !(z - q >= 3 && memcmp(q, "；", 3) == 0))
            q++;
        parts++;
        if (q < z)
            q += *q == ';' ? 1 : 3;
        q = tr_skip_ws(q, z);
    }
    if (parts < 2)
        return false;
    *out = (struct pair){.field = "lines.title", .la = a, .v = a, .vz = z, .spec = true};
    return true;
}

size_t tr_item_block(struct pass *p, const struct tr_bline *v, size_t n)
{
    struct pair pr[TR_BLOCK_LINES][MAX_PAIRS];
    size_t np[TR_BLOCK_LINES] = {0}, first = SIZE_MAX, used, names;
    const char *pre[TR_BLOCK_LINES];
    struct figures f = {0};
    struct pair attr = {0};
    struct name nm = {0};
    od_money price = OD_MONEY_NONE, amount = OD_MONEY_NONE;
    int64_t e4 = 0;
    char fine[32] = "";
    int64_t qty;
    char why[96];
    const char *ha, *hz, *ca = NULL, *cz = NULL, *remark = NULL;

    if (n > TR_BLOCK_LINES)
        n = TR_BLOCK_LINES;
    for (size_t i = 0; i < n && i < 3; i++) {
        np[i] = read_pairs(p, v[i].a, v[i].z, pr[i], &pre[i]);
        if (np[i]) {
            first = i;
            break;
        }
    }
    /* the name on at most two lines above the values; two only when the
     * first starts an item and the second does not (a wrapped name) */
    if (first == SIZE_MAX || first > 2)
        return 0;
    names = first;
    for (size_t i = 0; i < names; i++)
        if (tr_is_label_line(p, v[i].a, v[i].z))
            return 0;
    if (names == 2 && (!starts_item(v[0].a, v[0].z) || starts_item(v[1].a, v[1].z)))
        return 0;
    /* the values: on the first value line (after a name when no line
     * above holds it) and on the lines below that hold nothing else */
    used = first;
    for (size_t i = first; i < n; i++) {
        bool ok = true;

        if (i > first) {
            np[i] = read_pairs(p, v[i].a, v[i].z, pr[i], &pre[i]);
            if (i == first + 1 && f.title && !f.qty && !f.price && !f.amount && !f.spec &&
                ib_attr_line(p, v[i].a, v[i].z, &attr)) {
                /* "货品：红茶铁罐 圆形 250g" / "颜色:墨绿;印刷:烫金": the
                 * item's attributes under its labelled name are its spec */
                f.spec = &attr;
                used = i + 1;
                continue;
            }
            if (!np[i] || pre[i] != v[i].a)
                break;
        } else if (names && pre[i] != v[i].a) {
            return 0;
        }
        for (size_t k = 0; k < np[i] && ok; k++)
            ok = take_pair(&f, &pr[i][k]);
        if (!ok) {
            if (i == first)
                return 0;
            break;
        }
        used = i + 1;
    }
    if (!f.qty || (!f.price && !f.amount))
        return 0;
    if (mail_parse_qty(f.qty->v, (size_t)(f.qty->vz - f.qty->v), &qty, why, sizeof(why)) != 0) {
        /* "数量：5箱（一箱多少个我不记得了，按整箱发）": a count, then a
         * remark in brackets that may change it; else no count at all,
         * which holds the item's order rather than dropping the item */
        const char *o = remark_open(f.qty->v, f.qty->vz);

        if (!o || mail_parse_qty(f.qty->v, (size_t)(o - f.qty->v), &qty, why, sizeof(why)) != 0) {
            tr_problem(p, EV_ERROR, v[0].no, true, "line %u: %s", v[0].no, why);
            return used;
        }
        remark = o;
    }
    if (f.price && !tr_is_money(f.price->v, (size_t)(f.price->vz - f.price->v), &price)) {
        /* "Unit: US$0.035": finer than a cent, kept exactly */
        if ((size_t)(f.price->vz - f.price->v) >= sizeof(fine) ||
            !tr_fine_money(f.price->v, (size_t)(f.price->vz - f.price->v), &price, &e4))
            return 0;
        memcpy(fine, f.price->v, (size_t)(f.price->vz - f.price->v));
        fine[f.price->vz - f.price->v] = '\0';
    }
    if (f.amount && !tr_is_money(f.amount->v, (size_t)(f.amount->vz - f.amount->v), &amount))
        return 0;
    if (fine[0] && amount == OD_MONEY_NONE && e4 <= INT64_MAX / qty - 50)
        amount = (e4 * qty + 50) / 100;
    if (price == OD_MONEY_NONE) {
        /* only the amount: the price when the quantity divides it */
        if (amount % qty != 0)
            return 0;
        price = amount / qty;
    }
    /* the name: the lines above, else the head of the first value line,
     * else the labelled code and title */
    if (names) {
        ha = v[0].a;
        hz = v[0].z;
        if (names == 2) {
            ca = v[1].a;
            cz = v[1].z;
        }
    } else {
        ha = v[first].a;
        hz = tr_rtrim(ha, pre[first]);
    }
    /* "明细1" above "物品名称：香梨礼盒": the labelled name is the name */
    if (names == 1 && f.title && heading_only(ha, hz))
        ha = hz;
    if (ha < hz && !split_name(p, ha, hz, ca, cz, &nm))
        return 0;
    if (f.sku && !nm.sku) {
        nm.sku = f.sku->v;
        nm.sku_n = (size_t)(f.sku->vz - f.sku->v);
    }
    if (f.title && !nm.title) {
        nm.title = f.title->v;
        nm.title_n = (size_t)(f.title->vz - f.title->v);
    } else if (f.title && (nm.title_n != (size_t)(f.title->vz - f.title->v) ||
                           memcmp(nm.title, f.title->v, nm.title_n) != 0)) {
        /* two names: the line's is read, the labelled one must not be
         * lost without a word */
        char shown[96];

        tr_clip(shown, sizeof(shown), f.title->v, (size_t)(f.title->vz - f.title->v));
        tr_problem(p, EV_DOUBT, v[0].no, true,
                   "line %u: the item's labelled name '%s' is not in its title", v[0].no, shown);
    }
    if (f.spec && !join_spec(p, &nm, f.spec)) {
        free(nm.joined);
        return 0;
    }
    if (!nm.sku_n && !nm.title_n) {
        free(nm.joined);
        return 0;
    }
    if (!tr_emit_item(p, nm.sku, nm.sku_n, nm.title, nm.title_n, qty, price, amount, v[0].no)) {
        free(nm.joined);
        return used;
    }
    p->ev[p->n - 1].s = nm.joined;
    if (fine[0])
        tr_exact_price(p, p->n - 1, e4, fine, v[0].no);
    value_currency(p, f.price ? f.price->v : f.amount->v, f.price ? f.price->vz : f.amount->vz,
                   v[0].no);
    if (remark) {
        char shown[96];

        tr_clip(shown, sizeof(shown), remark, (size_t)(f.qty->vz - remark));
        tr_problem(p, EV_DOUBT, v[0].no, true,
                   "line %u: quantity %lld comes with a remark that may change it: %s", v[0].no,
                   (long long)qty, shown);
    }
    return used;
}
