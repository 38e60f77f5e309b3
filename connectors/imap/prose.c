/* Orders written as sentences (textread.h): what a small shop types in
 * a chat-style mail instead of a table.
 *
 * An item sentence holds one quantity with its unit ("6包", "要20卷",
 * "20 boxes") and an item code ("HD-ZB-3040", in brackets or not) or a
 * price ("15.79元", "单价95元", "88元/个", "6.89一卷", "16.8/包",
 * "$3.60/box"); the name is the words before the first of them, else
 * the words after the code. A sentence that asks, reports or changes
 * ("可以报价吗？", "we shipped 10 cartons", "300 instead of 200") is no
 * item. Without a price, the price comes from a quotation quoted below
 * (quote.c); else the item is kept, with a doubt, only when the text
 * prices other items (a list of which one line says "same price as last
 * time"); an item without a code is a guess and gets a soft doubt.
 *
 * Also read here: a stated total in a sentence ("一共1380元") and an
 * order number inside a sentence ("Our PO is 7781"); a line that is
 * only a name, a telephone number and an address is shipline.c's.
 * Work is linear in the line. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "fields.h"
#include "proseorders.h"
#include "textchar.h"
#include "textread.h"

/* Longer lines are no sentence of an order. */
#define MAX_SENTENCE 400
/* Numbers looked at in one line. */
#define MAX_NUMS 16

static bool contains(const char *a, const char *z, const char *w, bool ci)
{
    size_t n = strlen(w);

    for (const char *p = a; (size_t)(z - p) >= n; p++)
        if (may_start(*p, w[0], ci) && (ci ? strncasecmp(p, w, n) == 0 : memcmp(p, w, n) == 0))
            return true;
    return false;
}

/* ---- units and numbers ----------------------------------------------- */

/* Units a count is written with (one character each). */
static const char *const cjk_units[] = {
    "个", "包", "卷", "盒", "箱", "把", "根", "件", "套", "张", "只", "袋", "桶", "瓶", "条", "打",
    "双", "支", "台", "托", "捆", "扎", "片", "本", "组", "对", "罐", "提", "令", "筒", "板", "盘",
    "副", "米",
    /* traditional forms (Big5 mails) */
    "個", "張", "隻", "條", "雙", "組", "對", "捲", "臺", "紮", "綑", "盤", NULL};
static const char *const en_units[] = {
    "pcs",   "pc",      "pieces", "piece",  "units",   "unit",   "boxes",   "box",    "rolls",
    "roll",  "cartons", "carton", "ctns",   "ctn",     "packs",  "pack",    "bags",   "bag",
    "sets",  "set",     "pairs",  "pair",   "pallets", "pallet", "cases",   "case",   "sheets",
    "sheet", "bundles", "bundle", "reams",  "ream",    "dozen",  "bottles", "bottle", "tubes",
    "tube",  "packets", "packet", "spools", "spool",   "stacks", "stack",   "cs",     NULL};

/* A unit at p: its length, 0 when none. English units may follow one
 * space ("20 boxes", "500pcs") and end at a word boundary. */
static size_t unit_at(const char *p, const char *z)
{
    for (size_t i = 0; cjk_units[i]; i++)
        if (at(p, z, cjk_units[i]) || (p < z && *p == ' ' && at(p + 1, z, cjk_units[i])))
            return *p == ' ' ? 4 : 3;
    if (p < z && (*p == ' ' || alpha(*p))) {
        const char *w = *p == ' ' ? p + 1 : p;

        for (size_t i = 0; en_units[i]; i++) {
            size_t n = strlen(en_units[i]);

            if ((size_t)(z - w) >= n && strncasecmp(w, en_units[i], n) == 0 &&
                (w + n == z || !alpha(w[n])))
                return (size_t)(w - p) + n;
        }
    }
    return 0;
}

/* A unit written before its count, after a colon or a comma ("…
 * (HD-MD-1020): pcs 20,000", "防水彩条布 8m×50m：卷 20"): where the unit
 * starts, else NULL. The count at p is followed by nothing but a
 * separator. */
static const char *unit_before(const char *a, const char *p, const char *e, const char *z)
{
    const char *q = p, *u = NULL;

    if (e < z && !(*e == ' ' || *e == ',' || *e == ';' || at(e, z, "，") || at(e, z, "；")))
        return NULL;
    while (q > a && q[-1] == ' ')
        q--;
    for (size_t i = 0; cjk_units[i] && !u; i++)
        if (before(a, q, cjk_units[i]))
            u = q - strlen(cjk_units[i]);
    for (size_t i = 0; en_units[i] && !u; i++) {
        size_t n = strlen(en_units[i]);

        if ((size_t)(q - a) >= n && strncasecmp(q - n, en_units[i], n) == 0 &&
            (q - n == a || !alpha(q[-(ptrdiff_t)n - 1])))
            u = q - n;
    }
    if (!u)
        return NULL;
    q = u;
    while (q > a && q[-1] == ' ')
        q--;
    if (q == a || q[-1] == ':' || q[-1] == ',' || before(a, q, "：") || before(a, q, "，"))
        return u;
    return NULL;
}

/* Currency marks written before a price. */
static const char *const money_marks[] = {"US$", "HK$", "NT$", "A$", "C$", "S$",
                                          "$",   "¥",   "￥",  "€",  "£",  NULL};

enum num_kind { NUM_OTHER, NUM_QTY, NUM_PRICE, NUM_TOTAL };

struct num {
    enum num_kind kind;
    const char *a, *z; /* the number */
    const char *sa;    /* where its expression starts (a verb or mark before it) */
    const char *ez;    /* where it ends (its unit, 元/个 …) */
    const char *mark;  /* currency mark before a price, or NULL */
    int jiao;          /* tenths after 块 ("7块5"), 0 when none; with `mao` hundredths */
    bool mao;          /* the number counts tenths ("1毛8": 0.18) */
    bool fen;          /* the number counts hundredths ("5分钱一张": 0.05) */
    int64_t per;       /* the pieces a price is for ("每千个120元": 1000), else 1 */
    size_t mark_n;
};

/* The word of `w` that ends right before p, back over spaces, ':' and
 * '：': where it starts, else NULL. *q (when not NULL) is set to where
 * that run of spaces and colons starts. */
static const char *word_before(const char *a, const char *p, const char *const *w, const char **q)
{
    while (p > a && (p[-1] == ' ' || p[-1] == ':'))
        p--;
    if (before(a, p, "："))
        p -= 3;
    if (q)
        *q = p;
    for (size_t i = 0; w[i]; i++)
        if (before(a, p, w[i]))
            return p - strlen(w[i]);
    return NULL;
}

/* Words before a price ("单价95元", "还是1.1一个", "@ 5"). */
static const char *price_word(const char *a, const char *p)
{
    static const char *const w[] = {"单价", "价格", "价钱", "价", "还是", "@", NULL};
    const char *q, *s = word_before(a, p, w, &q);

    if (s)
        return s;
    /* "每个1.2", "每包45" */
    if (q - a >= 6 && before(a, q - 3, "每") && unit_at(q - 3, q) == 3)
        return q - 6;
    return NULL;
}

/* "每千个120元", "每 1000 个 38 元": the pieces a price at p is for,
 * written before it (fields.h mail_per_n), with where those words start
 * in *s; 1 when none. */
static int64_t per_before(const char *a, const char *p, const char **s)
{
    const char *q = p;

    while (q > a && q[-1] == ' ')
        q--;
    for (const char *b = q - 3; b >= a && q - b <= 24; b--) {
        int64_t v;

        if (!at(b, q, "每"))
            continue;
        if ((v = mail_per_n(b, (size_t)(q - b))) > 1) {
            *s = b;
            return v;
        }
        break;
    }
    return 1;
}

/* Words before a stated total ("总共10770", "一共1380元"). */
static bool total_word(const char *a, const char *p)
{
    static const char *const w[] = {"共",     "共计", "合计", "总计", "总价",
                                    "总金额", "小计", "金额", NULL};

    return word_before(a, p, w, NULL) != NULL;
}

/* The price part after a number: "元", "元/个", "/包", "一卷", "每个",
 * "/box". Returns its end, or NULL when none follows. */
static const char *price_after(const char *p, const char *z)
{
    const char *q = p;
    size_t u;

    if (q + 1 < z && *q == ' ' && at(q + 1, z, "元"))
        q++; /* "8.60 元/个": a space before the yuan */
    if (at(q, z, "元")) {
        q += 3;
        if (q < z && *q == '/' && (u = unit_at(q + 1, z)) > 0)
            return q + 1 + u;
        if ((at(q, z, "一") || at(q, z, "每")) && (u = unit_at(q + 3, z)) > 0)
            return q + 3 + u;
        return q;
    }
    if (at(q, z, "块钱"))
        return q + 6;
    if (at(q, z, "块") && !at(q + 3, z, "块")) {
        /* "45块一包", "45块/包"; "10块" alone is a count of boards */
        const char *r = price_after(q + 3, z);

        return r && r > q + 3 && !at(q + 3, z, "元") ? r : NULL;
    }
    if (q < z && *q == '/' && q + 1 < z && q[1] != ' ' && (u = unit_at(q + 1, z)) > 0)
        return q + 1 + u;
    if ((at(q, z, "一") || at(q, z, "每")) && (u = unit_at(q + 3, z)) > 0)
        return q + 3 + u;
    return NULL;
}

/* A Chinese multiplier at e and a unit after it ("万个", "千只"): where
 * the unit ends, else NULL. */
static const char *scale_unit(const char *e, const char *z)
{
    size_t u;

    if (!(at(e, z, "万") || at(e, z, "萬") || at(e, z, "千")))
        return NULL;
    u = unit_at(e + 3, z);
    return u == 3 ? e + 6 : NULL;
}

/* "毛8" at e: a price in jiao (tenths of a yuan) with its fen digit
 * ("1毛8" 0.18, "5毛" 0.50, also 角), not followed by another digit:
 * where it ends with the fen digit in *fen, else NULL. */
static const char *mao_after(const char *e, const char *z, int *fen)
{
    const char *q = e + 3;

    *fen = 0;
    if (!at(e, z, "毛") && !at(e, z, "角"))
        return NULL;
    if (q < z && digit(*q)) {
        if (q + 1 < z && (digit(q[1]) || q[1] == '.'))
            return NULL;
        *fen = *q - '0';
        q++;
        if (at(q, z, "分"))
            q += 3;
    }
    return q;
}

/* "分钱一张" at e: a price in fen (hundredths of a yuan): 分钱, or 分
 * before 一 / 每 and a unit ("5分一张"); "5分钟" is no price. Where it
 * ends, else NULL. */
static const char *fen_after(const char *e, const char *z)
{
    const char *q = e + 3;

    if (!at(e, z, "分"))
        return NULL;
    if (at(q, z, "钱") || at(q, z, "錢"))
        q += 3;
    if ((at(q, z, "一") || at(q, z, "每")) && unit_at(q + 3, z) == 3)
        return q + 6;
    return q > e + 3 ? q : NULL;
}

/* "块5" at e: a price in kuai with its jiao digit, spoken as written
 * ("7块5", "7块5毛"), not followed by another digit: where it ends,
 * else NULL. */
static const char *jiao_after(const char *e, const char *z)
{
    const char *q = e + 3;

    if (!at(e, z, "块") || q >= z || !digit(*q) || (q + 1 < z && (digit(q[1]) || q[1] == '.')))
        return NULL;
    q++;
    if (at(q, z, "毛") || at(q, z, "角"))
        q += 3;
    return q;
}

/* A number standing alone: not part of a code, a size or a date
 * ("HD-ZB-3040", "30*40", "48mm", "2026-11-20"). */
static bool lone_number(const char *a, const char *p, const char *e, const char *z)
{
    if (p > a && (alpha(p[-1]) || digit(p[-1]) || strchr("-_./*#x", p[-1]) != NULL))
        return false;
    if (before(a, p, "×"))
        return false;
    if (e < z && ((alpha(*e) && !unit_at(e, z)) || strchr("*-_%", *e) != NULL))
        return false;
    if (at(e, z, "×"))
        return false;
    if (e + 1 < z && *e == 'x' && digit(e[1]))
        return false;
    return true;
}

/* A multiplication sign before a count at p ("x 2000", "×500", "* 20"),
 * not inside a size ("30*40", "1200x800") or a word ("box2"): where the
 * sign starts, or NULL. */
static const char *op_before(const char *a, const char *p)
{
    const char *q = p;

    while (q > a && q[-1] == ' ')
        q--;
    if (before(a, q, "×")) /* two bytes in UTF-8, "＊" three */
        q -= strlen("×");
    else if (before(a, q, "＊"))
        q -= strlen("＊");
    else if (q > a && (q[-1] == 'x' || q[-1] == 'X' || q[-1] == '*'))
        q--;
    else
        return NULL;
    if (q == a)
        return NULL;
    if (*q == 'x' || *q == 'X')
        return q[-1] == ' ' ? q : NULL;
    return digit(q[-1]) ? NULL : q;
}

/* A multiplication sign after a count at e, before an item ("200 x
 * HD-1", "2×纸箱"): where the sign ends, or NULL. */
static const char *op_after(const char *e, const char *z)
{
    const char *q = e;

    while (q < z && *q == ' ')
        q++;
    if (at(q, z, "×"))
        q += strlen("×");
    else if (at(q, z, "＊"))
        q += strlen("＊");
    else if (q + 1 < z && (*q == 'x' || *q == 'X' || *q == '*') && q[1] == ' ')
        q++;
    else
        return NULL;
    q = tr_skip_ws(q, z);
    return q < z && !digit(*q) ? q : NULL;
}

/* "一扎100张", "每箱24个": the number at p says what one pack holds,
 * after 一 or 每 and the pack's unit; or right after 装 ("（装4盒的）",
 * "每箱装24个"). */
static bool pack_of(const char *a, const char *p)
{
    return (p - a >= 6 && unit_at(p - 3, p) == 3 &&
            (before(a, p - 3, "一") || before(a, p - 3, "每"))) ||
           before(a, p, "装") || before(a, p, "裝");
}

/* A digit in a Chinese numeral at p ("八", "两"): 0..9 with its length
 * in *k, else -1. */
static int cn_digit(const char *p, const char *z, size_t *k)
{
    static const char *const d[] = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"};

    *k = 3;
    if (at(p, z, "两"))
        return 2;
    for (int i = 0; i < 10; i++)
        if (at(p, z, d[i]))
            return i;
    return -1;
}

/* A price said in words, before the unit it is for ("八毛五一个" 0.85,
 * "三块六一个" 3.60, "两块一包" 2.00, "五毛每个" 0.50): one numeral
 * before 块 or 毛, one after it; the price is set in *x and *m. */
static bool spoken_price(const char *a, const char *z, struct num *x, od_money *m)
{
    for (const char *p = a; p < z; p++) {
        size_t k;
        int n0 = cn_digit(p, z, &k), n1;
        const char *q = p + k, *r;
        bool kuai;

        if (n0 < 0 || (p > a && cn_digit(p - 3, z, &(size_t){0}) >= 0))
            continue;
        kuai = at(q, z, "块");
        if (!kuai && !at(q, z, "毛"))
            continue;
        q += 3;
        *m = kuai ? n0 * 100 : n0 * 10;
        /* the next place, when the unit still follows it */
        r = q;
        if ((n1 = cn_digit(q, z, &k)) >= 0 && !(at(q, z, "一") && unit_at(q + 3, z) == 3)) {
            r = q + k;
            if (kuai && (at(r, z, "毛") || at(r, z, "角")))
                r += 3;
            *m += kuai ? n1 * 10 : n1;
        }
        if (!kuai && at(r, z, "钱"))
            r += 3;
        if ((at(r, z, "一") || at(r, z, "每")) && unit_at(r + 3, z) == 3) {
            memset(x, 0, sizeof(*x));
            x->kind = NUM_PRICE;
            x->a = x->sa = p;
            x->z = q;
            x->ez = r + 6;
            return *m > 0;
        }
    }
    return false;
}

/* Read the numbers of [a, z) with what they are. Returns how many. */
/* Is p inside brackets that close before z ("外箱（10盒 五层） 600个": the
 * 10盒 says what the carton holds, no count of the line)? */
static bool in_brackets(const char *a, const char *p, const char *z)
{
    int depth = 0;

    for (const char *q = a; q < p; q++)
        if (*q == '(' || at(q, p, "（"))
            depth++;
        else if ((*q == ')' || at(q, p, "）")) && depth > 0)
            depth--;
    if (depth == 0)
        return false;
    for (const char *q = p; q < z; q++)
        if (*q == ')' || at(q, z, "）"))
            return true;
    return false;
}

static size_t read_numbers(const char *a, const char *z, struct num *v)
{
    size_t n = 0;

    for (const char *p = a; p < z && n < MAX_NUMS;) {
        const char *e = p, *sa = p, *ez, *pw = NULL, *op, *oe, *ub;
        bool dot = false;
        size_t u;
        struct num *x;

        if (!digit(*p)) {
            p++;
            continue;
        }
        while (e < z && (digit(*e) || (*e == '.' && !dot && e + 1 < z && digit(e[1])) ||
                         (*e == ',' && e + 3 < z && digit(e[1]) && digit(e[2]) && digit(e[3]) &&
                          (e + 4 == z || !digit(e[4])))))
            dot |= *e++ == '.';
        if (!dot && (oe = op_after(e, z)) != NULL && lone_number(a, p, e, e)) {
            /* "200 x HD-TD-0060" */
            x = &v[n++];
            memset(x, 0, sizeof(*x));
            x->kind = NUM_QTY;
            x->a = x->sa = p;
            x->z = e;
            x->ez = oe;
            p = oe;
            continue;
        }
        if ((op = op_before(a, p)) != NULL && !dot && (e == z || !alpha(*e) || unit_at(e, z) > 0)) {
            /* "HD-CT-0510 x 2000", "飞机盒×500个" */
            x = &v[n++];
            memset(x, 0, sizeof(*x));
            x->kind = NUM_QTY;
            x->a = p;
            x->z = e;
            x->sa = op;
            x->ez = e + unit_at(e, z);
            p = x->ez;
            continue;
        }
        if (!lone_number(a, p, e, z)) {
            while (e < z && (alpha(*e) || digit(*e)))
                e++;
            p = e;
            continue;
        }
        x = &v[n++];
        memset(x, 0, sizeof(*x));
        x->a = p;
        x->z = e;
        x->sa = p;
        x->ez = e;
        for (size_t i = 0; money_marks[i]; i++) {
            const char *q = p;

            while (q > a && q[-1] == ' ')
                q--;
            if (before(a, q, money_marks[i])) {
                x->mark = q - strlen(money_marks[i]);
                x->mark_n = strlen(money_marks[i]);
                sa = x->mark;
                break;
            }
        }
        if ((ub = scale_unit(e, z)) != NULL) {
            /* "3万个", "2千个", "1.5万只": a count with its multiplier */
            x->kind = NUM_QTY;
            x->z = e + 3;
            x->ez = ub;
            if (before(a, p, "要") || before(a, p, "订") || before(a, p, "来"))
                sa = p - 3;
        } else if (!dot && (ub = jiao_after(e, z)) != NULL) {
            /* "每个7块5": 7.50, the jiao after the kuai */
            x->kind = NUM_PRICE;
            x->jiao = e[3] - '0';
            x->ez = ub;
            if ((pw = price_word(a, sa)) != NULL)
                sa = pw;
        } else if (!dot && (ub = mao_after(e, z, &x->jiao)) != NULL) {
            /* "一个1毛8": 0.18, jiao and fen */
            x->kind = NUM_PRICE;
            x->mao = true;
            x->ez = ub;
            if ((pw = price_word(a, sa)) != NULL)
                sa = pw;
        } else if (!dot && (ub = fen_after(e, z)) != NULL) {
            /* "5分钱一张": 0.05, in fen */
            x->kind = NUM_PRICE;
            x->fen = true;
            x->ez = ub;
            if ((pw = price_word(a, sa)) != NULL)
                sa = pw;
        } else if (total_word(a, p)) {
            x->kind = NUM_TOTAL;
        } else if ((ez = price_after(e, z)) != NULL) {
            x->kind = NUM_PRICE;
            x->ez = ez;
            x->per = tr_prose_per_after(a, ez, z, &x->ez); /* "3.80 元/百个" */
            if ((pw = price_word(a, sa)) != NULL)
                sa = pw;
            else if (!x->mark && x->per < 2 && (x->per = per_before(a, p, &pw)) > 1)
                sa = pw; /* "每千个120元": 0.12 a piece */
        } else if (x->mark || (pw = price_word(a, p)) != NULL) {
            x->kind = NUM_PRICE;
            if (!x->mark)
                sa = pw;
        } else if (!dot && (u = unit_at(e, z)) > 0 && !(e + u < z && e[u] == '/') &&
                   !(at(e + u, z, "一") && unit_at(e + u + 3, z) == 3) && !at(e + u, z, "装") &&
                   !at(e + u, z, "裝") && !pack_of(a, p) && !in_brackets(a, p, z)) {
            /* a count, not a pack size ("500張/捲", "100pcs/box",
             * "20盒一件", "12瓶装", "（一扎100张）") */
            x->kind = NUM_QTY;
            x->ez = e + u;
            if (before(a, p, "要") || before(a, p, "订") || before(a, p, "来"))
                sa = p - 3;
        } else if (!dot && (ub = unit_before(a, p, e, z)) != NULL) {
            x->kind = NUM_QTY;
            sa = ub;
        }
        x->sa = sa;
        p = x->ez;
    }
    return n;
}

/* ---- item codes and names -------------------------------------------- */

/* An item code in a sentence: letters, digits and - _ . / with a letter
 * and a digit, at least 4 bytes, starting with a letter or holding a
 * dash ("HD-ZB-3040", "SKU1234"; not "48mm", "A4", "3.60/box"). */
static bool sku_word(const char *p, size_t n)
{
    bool l = false, d = false, dash = false;

    if (n < 4 || !tr_code_like(p, n))
        return false;
    for (size_t i = 0; i < n; i++) {
        l |= alpha(p[i]);
        d |= digit(p[i]);
        dash |= p[i] == '-';
    }
    return l && d && (alpha(p[0]) || dash);
}

/* The one item code of [a, z): 1 with [*sa, *sz), 0 none, -1 several. */
static int find_sku(const char *a, const char *z, const char **sa, const char **sz)
{
    int n = 0;

    for (const char *p = a; p < z;) {
        const char *e = p;

        if (!(alpha(*p) || digit(*p))) {
            p++;
            continue;
        }
        while (e < z && (alpha(*e) || digit(*e) || strchr("-_./#", *e) != NULL))
            e++;
        while (e > p && strchr("-_./#", e[-1]) != NULL)
            e--;
        if ((p == a || !(alpha(p[-1]) || digit(p[-1]))) && sku_word(p, (size_t)(e - p))) {
            if (n++ == 0) {
                *sa = p;
                *sz = e;
            } else if ((size_t)(e - p) != (size_t)(*sz - *sa) ||
                       memcmp(p, *sa, (size_t)(e - p)) != 0) {
                return -1;
            } else {
                n = 1;
            }
        }
        p = e > p ? e : p + 1;
    }
    return n;
}

/* Separators that end a name: punctuation and brackets. */
static size_t stop_at(const char *p, const char *z)
{
    static const char *const w[] = {"，", "；", "。", "（", "）", "【", "】", "：", "、", NULL};

    if (p < z && strchr(",;()[]:", *p) != NULL)
        return 1;
    for (size_t i = 0; w[i]; i++)
        if (at(p, z, w[i]))
            return 3;
    return 0;
}

/* Words that lead into an item, not part of its name. */
static const char *skip_lead(const char *a, const char *z)
{
    static const char *const w[] = {"另外", "再要", "再来", "还要", "需要", "要", "订", "加", NULL};
    static const char *const en[] = {"please", "pls",   "plz",  "kindly", "also", "send",
                                     "add",    "order", "ship", "need",   "we",   "i",
                                     "would",  "like",  "to",   "us",     "me",   "could",
                                     "can",    "you",   "and",  NULL};

    for (;;) {
        const char *s = a;

        a = tr_skip_ws(a, z);
        for (size_t i = 0; w[i]; i++)
            if (at(a, z, w[i])) {
                a += strlen(w[i]);
                break;
            }
        for (size_t i = 0; en[i] && a == tr_skip_ws(s, z); i++) {
            size_t n = strlen(en[i]);

            if ((size_t)(z - a) >= n && strncasecmp(a, en[i], n) == 0 &&
                (a + n == z || !alpha(a[n])))
                a += n;
        }
        if (a == s)
            return a;
    }
}

/* Trim a name: white space and separators at both ends, and a verb
 * ("要") at its end. */
static void trim_name(const char **a, const char **z)
{
    for (;;) {
        const char *s = *a, *e = *z;
        size_t k;

        *a = tr_skip_ws(*a, *z);
        if ((k = stop_at(*a, *z)) > 0)
            *a += k;
        *z = tr_rtrim(*a, *z);
        if (*z > *a && strchr(",;:-", (*z)[-1]) != NULL)
            (*z)--;
        else if (*z - *a >= 3 && (stop_at(*z - 3, *z) == 3 || before(*a, *z, "要")))
            *z -= 3;
        else if (*z - *a >= 3 && (before(*a, *z, "—") || before(*a, *z, "–")))
            *z -= 3; /* "草莓礼盒 1.5kg 天地盖 —— 2,000 个" */
        else if (*z - *a > 3 && before(*a, *z, "的")) /* "外箱12瓶装的1700个" */
            *z -= 3;
        if (*a == s && *z == e)
            return;
    }
}

/* A size written in ASCII at p, up to a space or z: a number with a
 * unit or dimensions ("1mm*1m", "30x40", "750ml"), not a count alone. */
static bool size_word(const char *p, const char *z)
{
    static const char *const measures[] = {"克",   "千克", "公斤", "斤",   "升",
                                           "毫升", "厘米", "毫米", "公分", NULL};
    bool other = false;
    const char *d = p;
    size_t u;

    /* "500克", "1斤装", "750毫升": a weight or a volume; "20盒一件",
     * "20盒装": a pack size */
    while (d < z && (digit(*d) || *d == '.'))
        d++;
    if (d > p && d < z) {
        for (size_t i = 0; measures[i]; i++)
            if (at(d, z, measures[i]))
                return true;
        if ((u = unit_at(d, z)) == 3 && at(d + 3, z, "一") && unit_at(d + 6, z) == 3)
            return true;
        /* "外箱 20盒装 250个": what one pack holds, part of the name */
        if (u == 3 && (at(d + 3, z, "装") || at(d + 3, z, "裝")))
            return true;
    }
    for (; p < z && *p != ' '; p++) {
        if (at(p, z, "×")) { /* "8m×50m" */
            other = true;
            p += strlen("×") - 1;
            continue;
        }
        if ((unsigned char)*p >= 0x80)
            return false;
        other |= !digit(*p) && *p != '.' && *p != ',';
    }
    return other;
}

/* The name ends at a separator, or at a space before a number ("透明胶带
 * 48宽的") that is no size ("珍珠棉卷材 1mm*1m"). */
/* "(logo)", "(white)": a word or two of letters in brackets, which
 * belong to a name; the length of the group, 0 when p starts none. */
static size_t name_bracket(const char *p, const char *z)
{
    const char *q = p + 1;
    int spaces = 0;

    if (*p != '(')
        return 0;
    for (; q < z && q - p <= 17 && *q != ')'; q++)
        if (*q == ' ')
            spaces++;
        else if (!alpha(*q))
            return 0;
    return q < z && *q == ')' && q - p > 1 && spaces <= 1 ? (size_t)(q + 1 - p) : 0;
}

static const char *name_end(const char *a, const char *z)
{
    for (const char *p = a; p < z; p++) {
        size_t k = name_bracket(p, z);

        if (k) {
            p += k - 1;
            continue;
        }
        if (stop_at(p, z) || (*p == ' ' && p + 1 < z && digit(p[1]) && !size_word(p + 1, z)))
            return p;
    }
    return z;
}

static bool has_cjk(const char *a, const char *z)
{
    for (const char *p = a; p < z; p++)
        if (cjk_at(p, z))
            return true;
    return false;
}

static bool has_word(const char *a, const char *z)
{
    for (const char *p = a; p < z; p++)
        if (alpha(*p) || cjk_at(p, z))
            return true;
    return false;
}

/* ---- sentences that are no item -------------------------------------- */

static bool no_item_sentence(const char *a, const char *z)
{
    static const char *const w[] = {"？",     "询价", "请报价", "报个价", "报一下价",
                                    "报价吗", "已发", "发出",   "已寄",   "改为",
                                    "改成",   "取消", "退货",   "库存",   NULL};
    static const char *const en[] = {
        "please quote", "pls quote",   "can you quote",    "could you quote", "quote me",
        "quote us",     "a quote for", "request for quot", "shipped",         "dispatched",
        "delivered",    "instead of",  "cancel",           "invoice",         "in stock",
        "return",       NULL};

    if (memchr(a, '?', (size_t)(z - a)))
        return true;
    for (size_t i = 0; w[i]; i++)
        if (contains(a, z, w[i], false))
            return true;
    for (size_t i = 0; en[i]; i++)
        if (contains(a, z, en[i], true))
            return true;
    return false;
}

/* Words of a text that offers, quotes or reports rather than orders: a
 * level that holds one gives no item sentences (its tables and item
 * lines are read as usual). */
static bool offer_text(const char *a, const char *z)
{
    static const char *const w[] = {"报价如下", "报价有效期", "特价",   "促销",   "清仓",
                                    "起订",     "价目表",     "价格表", "已发货", "已发出",
                                    "发货通知", "对账单",     NULL};
    static const char *const en[] = {"pleased to quote",
                                     "quotation is valid",
                                     "quote is valid",
                                     "special offer",
                                     "promotion",
                                     "price list",
                                     "minimum order",
                                     "has shipped",
                                     "have shipped",
                                     "newsletter",
                                     NULL};

    for (size_t i = 0; w[i]; i++)
        if (contains(a, z, w[i], false))
            return true;
    for (size_t i = 0; en[i]; i++)
        if (contains(a, z, en[i], true))
            return true;
    return false;
}

/* ---- an item sentence ------------------------------------------------ */

/* Drop a list bullet ("1、", "2. ", "- "); *had says whether one was. */
static const char *bullet(const char *a, const char *z, bool *had)
{
    static const char *const marks[] = {"•", "・", "●", "○", "◆", "◇", "■",
                                        "□", "▪",  "★", "☆", "►", "▶", NULL};
    const char *q = a;

    *had = true;
    if (z - a >= 2 && (*a == '-' || *a == '*' || *a == '+') && a[1] == ' ')
        return tr_skip_ws(a + 2, z);
    if (at(a, z, "·"))
        return tr_skip_ws(a + 2, z);
    /* "•", the Japanese and Chinese middle dot "・" (an iPhone's list),
     * and the marks people type for a list */
    for (size_t i = 0; marks[i]; i++)
        if (at(a, z, marks[i]))
            return tr_skip_ws(a + strlen(marks[i]), z);
    while (q < z && digit(*q) && q - a < 3)
        q++;
    if (q > a && q < z) {
        if ((*q == '.' || *q == ')') && q + 1 < z && q[1] == ' ')
            return tr_skip_ws(q + 2, z);
        if (at(q, z, "、") || at(q, z, "）"))
            return tr_skip_ws(q + 3, z);
    }
    *had = false;
    return a;
}

/* "外卖碗（750ml 带盖 牛皮纸）40箱": words in brackets between the name
 * (ending at p) and the count (starting at q) are the item's
 * specification, unless they hold an item code ("缠绕膜（HD-SF-5025）"
 * is the code). Returns them trimmed (*n their length), else NULL. */
static const char *bracket_spec(const char *p, const char *q, size_t *n)
{
    const char *a = tr_skip_ws(p, q), *c, *sa, *sz;
    size_t open;

    if (a < q && *a == '(')
        open = 1;
    else if (at(a, q, "（"))
        open = 3;
    else
        return NULL;
    for (c = a + open; c < q; c++)
        if (*c == ')' || at(c, q, "）") || *c == '(' || at(c, q, "（"))
            break;
    if (c >= q || *c == '(' || at(c, q, "（") || tr_skip_ws(c + (*c == ')' ? 1 : 3), q) != q)
        return NULL; /* not closed right before the count */
    a = tr_skip_ws(a + open, c);
    c = tr_rtrim(a, c);
    if (!has_word(a, c) || find_sku(a, c, &sa, &sz) != 0)
        return NULL;
    *n = (size_t)(c - a);
    return a;
}

static bool has_priced_item(const struct pass *p)
{
    for (size_t i = 0; i < p->n; i++)
        if (p->ev[i].kind == EV_ITEM && !p->ev[i].unpriced)
            return true;
    return false;
}

static int item_sentence(struct pass *p, const char *a, const char *z, unsigned line)
{
    struct num v[MAX_NUMS];
    size_t n, n_qty = 0, n_price = 0, from;
    const struct num *qty = NULL, *price = NULL;
    struct num said;
    const char *sa = NULL, *sz = NULL, *ta = NULL, *tz = NULL, *first = z;
    od_money pr = OD_MONEY_NONE, amount = OD_MONEY_NONE, per_price = OD_MONEY_NONE;
    int64_t q, per = 1;
    unsigned price_line = 0;
    const struct tr_quote *quoted;
    bool had_bullet, unpriced = false, by_quote = false;
    const char *spec;
    size_t spec_n = 0;
    int ns;
    struct ev *e;

    a = bullet(a, z, &had_bullet);
    n = read_numbers(a, z, v);
    for (size_t i = 0; i < n; i++) {
        if (v[i].kind == NUM_QTY) {
            n_qty++;
            qty = &v[i];
        } else if (v[i].kind == NUM_PRICE) {
            od_money m;

            if (mail_parse_amount(v[i].a, (size_t)(v[i].z - v[i].a), &m) < 0)
                return 0;
            m = v[i].fen ? m / 100 : v[i].mao ? m / 10 + v[i].jiao : m + v[i].jiao * 10;
            if (n_price++ && m != pr)
                return 0; /* two prices: which one is meant? */
            pr = m;
            price = &v[i];
            per = v[i].per > 1 ? v[i].per : 1;
        } else if (v[i].kind == NUM_TOTAL) {
            /* "500个，1.2元一个，共600元": the line's amount */
            if (amount != OD_MONEY_NONE ||
                mail_parse_amount(v[i].a, (size_t)(v[i].z - v[i].a), &amount) < 0)
                return 0;
        }
    }
    if (n_qty != 1 || no_item_sentence(a, z))
        return 0;
    if (!price && amount == OD_MONEY_NONE && spoken_price(a, z, &said, &pr))
        price = &said; /* "八毛五一个" */
    if (mail_parse_qty(qty->a, (size_t)(qty->z - qty->a), &q, (char[8]){0}, 8) < 0)
        return 0;
    ns = find_sku(a, z, &sa, &sz);
    if (ns < 0)
        return 0;
    if (!price && ns == 1 &&
        (quoted = tr_quote_price(p->quotes, p->level, sa, (size_t)(sz - sa))) && !quoted->twice) {
        price = qty; /* priced by the quotation below (the number is not used) */
        pr = quoted->price;
        price_line = quoted->line;
        by_quote = true;
    }
    if (!price) {
        /* "2、透明胶带 48宽的 50卷，价格跟上次一样": in a list that prices
         * other items, kept with a doubt */
        if (ns == 0 && !(had_bullet && p->n_items > 0) &&
            !(qty->sa > a && tr_skip_ws(qty->ez, z) == z && qty->ez > qty->z))
            return 0; /* but "缠绕膜 20卷": a name, then a count with its unit */
        unpriced = true;
        pr = 0;
    }
    /* the name: the words before the first of code, quantity, price;
     * "N boxes of X"; else the words after the code */
    if (z - tr_skip_ws(qty->ez, z) >= 3 && strncasecmp(tr_skip_ws(qty->ez, z), "of ", 3) == 0) {
        ta = tr_skip_ws(qty->ez, z) + 2;
        if (at(tr_skip_ws(ta, z), z, "the "))
            ta = tr_skip_ws(ta, z) + 4;
        tz = name_end(ta, z);
        if (sa && sa >= ta && sa < tz)
            tz = sa;
    } else {
        if (qty->sa < first)
            first = qty->sa;
        if (price && price != qty && price->sa < first)
            first = price->sa;
        if (sa && sa < first)
            first = sa;
        /* "按报价下单：HD-…": a lead-in before a colon is not the name;
         * but "防水彩条布 8m×50m：卷 20，每卷 210.00 元" names the item
         * before the colon and nothing after it */
        const char *colon = NULL;

        ta = a;
        for (const char *c = first; c > a; c--)
            if (c[-1] == ':' || before(a, c, "：")) {
                ta = c;
                colon = c[-1] == ':' ? c - 1 : c - 3;
                break;
            }
        if (colon && tr_skip_ws(ta, first) == first && colon > a && (!sa || sa < colon)) {
            ta = skip_lead(a, colon);
            tz = colon;
        } else {
            ta = skip_lead(ta, first);
            tz = name_end(ta, first);
        }
        trim_name(&ta, &tz);
        /* English words before the count lead into the sentence ("go
         * ahead with 200 x …"); an English name follows "of" or the code,
         * or comes before the code in brackets at the line's start
         * ("Paper bag 30x40cm, white (HD-BG-3040): pcs 3,000") */
        if (!has_cjk(ta, tz)) {
            const char *bz = sa ? tr_rtrim(a, sa) : NULL;

            if (sa && sa == first && bz > a && bz[-1] == '(' && sz < z && *sz == ')' &&
                skip_lead(a, bz - 1) == a) {
                ta = a;
                tz = tr_rtrim(a, bz - 1);
            } else {
                tz = ta;
            }
        }
        if ((!has_word(ta, tz) || ta >= tz) && sa && sa == first) {
            const char *b = sz, *bz;

            ta = tr_skip_ws(sz, z);
            if (at(ta, z, "（") || (ta < z && *ta == '(')) {
                /* "HD-CT-0302（三层瓦楞纸箱）" */
                ta += *ta == '(' ? 1 : 3;
                for (bz = ta; bz < z && *bz != ')' && !at(bz, z, "）"); bz++)
                    ;
                tz = bz;
            } else {
                tz = qty->sa > b ? qty->sa : z;
                if (price && price != qty && price->sa > b && price->sa < tz)
                    tz = price->sa;
                tz = name_end(ta, tz);
            }
        }
    }
    trim_name(&ta, &tz);
    if (!has_word(ta, tz))
        ta = tz = NULL;
    /* without a code, a name in Chinese (as items.c asks of a line
     * without an operator): "We need 5 boxes @ 12.00" names nothing */
    if (!sa && (!ta || !(cjk_at(ta, tz) || (unpriced && has_cjk(ta, tz)) ||
                         (size_word(ta, tz) && has_cjk(ta, tz)))))
        return 0; /* "48mm透明胶带 300卷": a size before the Chinese name; but
                   * "5公斤装手提礼盒": a weight in Chinese starts the name */
    if (unpriced)
        amount = OD_MONEY_NONE;
    spec = ta ? bracket_spec(tz, qty->sa, &spec_n) : NULL;
    if (ta && !spec) /* "茶叶小袋（3g 铝箔 三边封）：200,000 个" */
        spec = tr_prose_inner_spec(ta, &tz, qty->sa, &spec_n);
    for (const char *y = ta; !spec && ta && y + 3 < tz; y++)
        if (y > ta && at(y, tz, "要") && size_word(y + 3, tz)) {
            /* "玻璃瓶要500ml的2万个": the size wanted is the specification */
            spec = y + 3;
            spec_n = (size_t)(tz - spec);
            tz = y;
        }
    if (per > 1 && !unpriced && !by_quote) {
        int64_t e4;
        od_money whole;

        /* a price for `per` pieces: the item's price a piece, set exact
         * by tr_per_price below */
        per_price = pr;
        mail_per_price(per_price, per, q, &e4, &pr, &whole);
    }
    from = p->n;
    if (!tr_emit_item(p, sa, sa ? (size_t)(sz - sa) : 0, ta, ta ? (size_t)(tz - ta) : 0, q, pr,
                      amount, line))
        return 1;
    e = &p->ev[p->n - 1];
    if (spec && (e->s = malloc((size_t)(tz - ta) + 1 + spec_n + 1)) != NULL) {
        /* the title is the name and the specification, as a table's
         * 规格 column gives it (mail_spec_part) */
        memcpy(e->s, ta, (size_t)(tz - ta));
        e->s[tz - ta] = ' ';
        memcpy(e->s + (tz - ta) + 1, spec, spec_n);
        e->s[(size_t)(tz - ta) + 1 + spec_n] = '\0';
    }
    e->unpriced = unpriced;
    e->prose = true;
    e->price_line = price_line;
    if (per_price != OD_MONEY_NONE)
        tr_per_price(p, from, per_price, per, line);
    if (price && price != qty && price->mark) {
        const char *code = mail_currency_code(price->mark, price->mark_n);

        if (code && (e = tr_event(p, EV_LABEL, line)) != NULL) {
            e->field = "currency";
            e->prose = true;
            memcpy(e->code, code, 4);
        }
    }
    if (by_quote && !p->priced_noted) {
        /* the buyer wrote no price: a quotation's prices may have expired
         * (the same doubt as tr_priced_item_line's) */
        p->priced_noted = true;
        tr_problem(p, EV_DOUBT, line, true,
                   "line %u: the unit prices are the quoted quotation's (line %u), not written "
                   "in the order",
                   line, price_line);
    }
    if (unpriced) {
        size_t before_n = p->n;

        tr_problem(p, EV_DOUBT, line, true, "line %u: no unit price is written for this item",
                   line);
        if (p->n > before_n)
            p->ev[p->n - 1].prose = true;
    } else if (!sa) {
        size_t before_n = p->n;

        tr_problem(p, EV_DOUBT, line, true, "line %u: an item without a code, read from a sentence",
                   line);
        if (p->n > before_n) {
            p->ev[p->n - 1].soft = true;
            p->ev[p->n - 1].prose = true;
        }
    }
    return 1;
}

/* "HD-TP-4806 200卷，HD-BW-1050 40卷", "200 x HD-TP-4806 and 40 x
 * HD-BW-1050": several items in one line, one per clause (split at , ，
 * ; ； " and " 和 outside brackets). Taken only when every clause with a
 * number is an item with a code. */
#define MAX_CLAUSES 16
static int item_clauses(struct pass *p, const char *a, const char *z, unsigned line)
{
    const char *ca[MAX_CLAUSES], *cz[MAX_CLAUSES];
    size_t n = 0, items = 0;
    int depth = 0;

    if (no_item_sentence(a, z))
        return 0;
    ca[0] = a;
    for (const char *q = a; q < z; q++) {
        size_t k = 0;

        if (*q == '(' || at(q, z, "（"))
            depth++;
        else if ((*q == ')' || at(q, z, "）")) && depth > 0)
            depth--;
        if (depth)
            continue;
        if (*q == ',' || *q == ';')
            k = 1;
        else if (at(q, z, "，") || at(q, z, "；") || at(q, z, "和"))
            k = 3;
        else if ((size_t)(z - q) >= 5 && strncasecmp(q, " and ", 5) == 0)
            k = 5;
        if (!k)
            continue;
        if (n + 1 == MAX_CLAUSES)
            return 0;
        cz[n++] = q;
        ca[n] = q + k;
        q += k - 1;
    }
    cz[n++] = z;
    for (size_t i = 0; i < n; i++) {
        struct num v[MAX_NUMS];
        size_t nn = read_numbers(ca[i], cz[i], v), nq = 0;
        const char *sa, *sz;

        for (size_t k = 0; k < nn; k++)
            nq += v[k].kind == NUM_QTY;
        if (nn == 0 && find_sku(ca[i], cz[i], &sa, &sz) == 0)
            continue;
        if (nq != 1 || find_sku(ca[i], cz[i], &sa, &sz) != 1)
            return 0;
        items++;
    }
    if (items < 2)
        return 0;
    for (size_t i = 0; i < n; i++)
        item_sentence(p, ca[i], cz[i], line);
    return 1;
}

/* ---- a stated total in a sentence ------------------------------------ */

/* Words of a deposit paid on the order ("订金三成", "定金", "预付"). */
static bool deposit_clause(const char *a, const char *z)
{
    static const char *const w[] = {"订金", "定金",    "訂金",    "預付", "预付",
                                    "首付", "deposit", "advance", NULL};

    for (size_t i = 0; w[i]; i++)
        if (contains(a, z, w[i], true))
            return true;
    return false;
}

/* "总共10770", "一共1380元", "合计：2052": the whole line, or its first
 * sentence when the rest names no number ("合计4,658.00元。地址不变"). */
static int total_sentence(struct pass *p, const char *a, const char *z, unsigned line)
{
    struct num v[MAX_NUMS];
    size_t n = read_numbers(a, z, v);
    const char *e;
    od_money m;
    struct ev *ev;

    if (n < 1 || v[0].kind != NUM_TOTAL || v[0].sa - a > 12)
        return 0;
    /* "一共32,500.00元，订金三成9,750.00元已转": the rest names the
     * deposit paid on it, no other total */
    if (n > 1 && !deposit_clause(v[0].z, v[1].a))
        return 0;
    for (const char *q = a; q < v[0].a; q++)
        if (digit(*q))
            return 0;
    e = v[0].z;
    if (at(e, z, "元"))
        e += 3;
    e = tr_skip_ws(e, z);
    if (e < z && !(at(e, z, "。") || at(e, z, "，") || at(e, z, "；") || *e == '.' || *e == ',' ||
                   *e == ';'))
        return 0;
    if (mail_parse_amount(v[0].a, (size_t)(v[0].z - v[0].a), &m) < 0)
        return 0;
    if ((ev = tr_event(p, EV_LABEL, line)) == NULL)
        return 1;
    ev->field = "total";
    ev->money = m;
    return 1;
}

/* "Total USD 288.40", "TOTAL  U$S 13.007,70", "Grand Total $1,250.00, FOB
 * Ningbo as usual": a total word at the start of the line without a
 * colon, maybe a currency code or letters with a dollar sign, and an amount written as money
 * (decimals, a mark or the code); a comma or semicolon may start another sentence after it. */
static int total_words_line(struct pass *p, const char *a, const char *z, unsigned line)
{
    const char *w = tr_skip_ws(a, z), *lz = NULL, *v, *ve, *cur = NULL;
    od_money m;
    struct ev *ev;

    for (const char *q = w; q < z && q - w <= 24;) {
        const char *e = q;

        while (e < z && alpha(*e))
            e++;
        if (e == q)
            break;
        if (mail_is_total_word(w, (size_t)(e - w)))
            lz = e;
        if (e == z || *e != ' ')
            break;
        q = e + 1;
    }
    /* a subtotal is no total: freight, tax or a discount may follow */
    if (!lz || strncasecmp(w, "sub", 3) == 0)
        return 0;
    v = tr_skip_ws(lz, z);
    /* a code, or letters with a dollar sign ("US$", "U$S", "NT$") */
    for (ve = v; ve < z && (alpha(*ve) || (*ve == '$' && ve > v));)
        ve++;
    if (ve > v) {
        if ((cur = mail_currency_code(v, (size_t)(ve - v))) == NULL)
            return 0;
        v = tr_skip_ws(ve, z);
    }
    for (ve = v;
         ve < z && *ve != ' ' && *ve != ';' && !(*ve == ',' && (ve + 1 == z || ve[1] == ' '));)
        ve++;
    if (ve > v && ve[-1] == '.')
        ve--;
    if (ve == v || mail_parse_amount(v, (size_t)(ve - v), &m) < 0 || m <= 0 ||
        !(cur || tr_money_marked(v, (size_t)(ve - v))))
        return 0;
    v = tr_skip_ws(ve, z);
    if (v < z && *v != ',' && *v != ';' && *v != '.')
        return 0;
    if ((ev = tr_event(p, EV_LABEL, line)) == NULL)
        return 1;
    ev->field = "total";
    ev->money = m;
    if (cur && strlen(cur) == 3 && (ev = tr_event(p, EV_LABEL, line)) != NULL) {
        ev->field = "currency";
        ev->prose = true;
        memcpy(ev->code, cur, 4);
    }
    return 1;
}

/* ---- an order number inside a sentence ------------------------------- */

/* [w, q) without words between a label and its "is" ("order number for
 * this is", "PO for this order is"). */
static const char *filler_end(const char *w, const char *q)
{
    static const char *const tails[] = {" for this order", " for this", " for it", " here", NULL};

    for (size_t i = 0; tails[i]; i++) {
        size_t n = strlen(tails[i]);

        if ((size_t)(q - w) > n && strncasecmp(q - n, tails[i], n) == 0)
            return q - n;
    }
    return q;
}

/* "Our PO is 7781.", "... PO# 7781 ...": an order-number label after the
 * start of the line with a value that holds a digit. */
static void id_in_sentence(struct pass *p, const char *a, const char *z, unsigned line)
{
    bool open = pso_sentence_id_open(p);

    for (const char *w = a; w < z && open; w++) {
        const char *f, *v = NULL;
        char id[MAIL_ID_MAX + 1];
        size_t off;
        bool d = false;
        struct ev *e;

        if (!alpha(*w) || (w > a && (alpha(w[-1]) || digit(w[-1])))) {
            /* "我们的单号 MH-LM-0924，…", "我们单号 ZG-QC-2801-11": a
             * Chinese label after 的 or a word for "our", the line's
             * start or punctuation (not "运单号": a waybill) */
            if ((unsigned char)*w < 0xE3 ||
                !(w == a || before(a, w, "的") || before(a, w, "，") || before(a, w, "。") ||
                  before(a, w, "；") || w[-1] == ' ' || before(a, w, "我们") ||
                  before(a, w, "我方") || before(a, w, "我司") || before(a, w, "本司")))
                continue;
        }
        f = mail_label_at(p->s, w, (size_t)(z - w), &off);
        if (f && strcmp(f, "external_id") == 0) {
            v = w + off;
        } else if ((v = pso_glued_id(w, z)) == NULL) {
            for (const char *q = w + 1; q < z && q - w < 40 && !v; q++)
                if (at(q, z, " is ") &&
                    (f = mail_order_field(p->s, w, (size_t)(filler_end(w, q) - w))) &&
                    strcmp(f, "external_id") == 0)
                    v = q + 4;
        }
        if (!v || !mail_take_id(v, (size_t)(z - v), id))
            continue;
        for (size_t i = strlen(id); i > 0 && (id[i - 1] == '.' || id[i - 1] == '/'); i--)
            id[i - 1] = '\0';
        for (const char *c = id; *c; c++)
            d |= digit(*c);
        if (!d || !id[0] || (e = tr_event(p, EV_LABEL, line)) == NULL)
            continue;
        e->field = "external_id";
        e->s = strdup(id);
        if (!e->s)
            p->oom = true;
        p->id_seen = true;
        open = false;
    }
}

/* ---- a changed quantity ---------------------------------------------- */

/* Where the new quantity is named: after "改为", "改成", "改到", " to "
 * (the first count after it), or before "instead of". */
static int change_sentence(struct pass *p, const char *a, const char *z, unsigned line)
{
    static const char *const after_w[] = {"改为", "改成", "改到", "调整为", NULL};
    struct num v[MAX_NUMS];
    const char *sa, *sz, *cut = NULL;
    bool before_cut = false;
    size_t n;
    struct tr_change *c;
    int64_t q = 0;

    for (size_t i = 0; after_w[i] && !cut; i++)
        for (const char *w = a; w < z && !cut; w++)
            if (at(w, z, after_w[i]))
                cut = w + strlen(after_w[i]);
    for (const char *w = a; w < z && !cut; w++)
        if ((size_t)(z - w) >= 11 && strncasecmp(w, " instead of", 11) == 0) {
            cut = w;
            before_cut = true;
        }
    if (!cut || find_sku(a, z, &sa, &sz) != 1 || p->prose.n_chg == TR_MAX_CHANGES)
        return 0;
    n = read_numbers(a, z, v);
    for (size_t i = 0; i < n; i++) {
        const struct num *x = &v[i];
        bool whole = !memchr(x->a, '.', (size_t)(x->z - x->a));

        if (before_cut ? (x->z > cut || x->kind != NUM_QTY)
                       : (x->a < cut || !whole || (x->kind != NUM_QTY && x->kind != NUM_OTHER)))
            continue;
        if (mail_parse_qty(x->a, (size_t)(x->z - x->a), &q, (char[8]){0}, 8) < 0)
            return 0;
        if (!before_cut)
            break;
    }
    if (q <= 0)
        return 0;
    c = &p->prose.chg[p->prose.n_chg++];
    c->sku = sa;
    c->sku_n = (size_t)(sz - sa);
    c->qty = q;
    c->line = line;
    c->total = 0;
    return 1;
}

void tr_prose_apply(struct pass *p, const struct tr_change *c, size_t n)
{
    bool changed = false;

    for (size_t k = 0; k < n; k++) {
        struct ev *hit = NULL;
        char sku[48];
        int64_t old_qty;
        unsigned old_line;

        size_t hits = 0;

        if (!c[k].sku) {
            /* the reply's new total, once its change applied */
            if (changed)
                zh25_reply_total(p, c[k].total, c[k].line);
            continue;
        }

        for (size_t i = 0; i < p->n && (c[k].by_name || !hit); i++) {
            struct ev *e = &p->ev[i];
            const char *t = e->s ? e->s : e->t;
            size_t tn = e->s ? strlen(e->s) : e->tn;

            if (e->kind != EV_ITEM)
                continue;
            if (c[k].by_name ? t && memmem(t, tn, c[k].sku, c[k].sku_n) != NULL
                             : e->v && e->vn == c[k].sku_n && memcmp(e->v, c[k].sku, e->vn) == 0) {
                hit = e;
                hits++;
            }
        }
        tr_clip(sku, sizeof(sku), c[k].sku, c[k].sku_n);
        if (c[k].by_name && hits != 1) {
            /* no item's title holds the words (the sentence named
             * something else): nothing; several do: held */
            if (!hits)
                continue;
            tr_problem(p, EV_DOUBT, c[k].line, false,
                       "line %u: the reply may change the quantity of '%s' to %lld; %s", c[k].line,
                       sku, (long long)c[k].qty, "several quoted items match");
            continue;
        }
        if (!hit) {
            tr_problem(p, EV_DOUBT, c[k].line, false,
                       "line %u: the reply changes the quantity of %s, which the quoted order "
                       "does not hold",
                       c[k].line, sku);
            continue;
        }
        old_qty = hit->qty;
        old_line = hit->line;
        hit->qty = c[k].qty;
        hit->amount = OD_MONEY_NONE;
        hit->tol = tr_tol(c[k].qty);
        changed = true;
        /* (may move the events: hit is not used after this) */
        tr_problem(p, EV_DOUBT, c[k].line, false,
                   "line %u: the reply changes the quantity of %s from %lld (line %u) to %lld",
                   c[k].line, sku, (long long)old_qty, old_line, (long long)c[k].qty);
    }
}

/* Words that ask for goods to be sent, and words that ask for prices or
 * stock instead: a list of counts without prices is an order only in a
 * text that asks for the goods (unpriced_list). */
static void ask_words(struct pass *p, const char *a, const char *z)
{
    static const char *const ask[] = {"送货",   "送下货", "送来", "送过来", "给我们送", "给我们发",
                                      "帮我发", "订货",   "下单", "要货",   "寄到",     "送到",
                                      "發貨",   "送貨",   "訂貨", NULL};
    static const char *const ask_en[] = {"please ship",
                                         "pls ship",
                                         "please send",
                                         "pls send",
                                         "please deliver",
                                         "pls deliver",
                                         "please supply",
                                         "we need",
                                         "we would like to order",
                                         NULL};
    static const char *const quote[] = {"报价", "报个价", "询价", "库存",
                                        "報價", "詢價",   "庫存", NULL};
    static const char *const quote_en[] = {"quote",     "quotation",    "price list", "stock",
                                           "inventory", "availability", NULL};

    for (size_t i = 0; ask[i]; i++)
        if (contains(a, z, ask[i], false))
            p->prose.asks = true;
    for (size_t i = 0; ask_en[i]; i++)
        if (contains(a, z, ask_en[i], true))
            p->prose.asks = true;
    for (size_t i = 0; quote[i]; i++)
        if (contains(a, z, quote[i], false))
            p->prose.quote = true;
    for (size_t i = 0; quote_en[i]; i++)
        if (contains(a, z, quote_en[i], true))
            p->prose.quote = true;
}

void tr_prose_asks(struct pass *p, const char *a, const char *z)
{
    ask_words(p, a, z);
}

/* ---- the entry points ------------------------------------------------ */

int tr_prose_line(struct pass *p, const char *a, const char *z, unsigned line)
{
    if (z - a > MAX_SENTENCE)
        return 0;
    if (offer_text(a, z))
        p->prose.offer = true;
    ask_words(p, a, z);
    id_in_sentence(p, a, z, line);
    tr_name_changes(p, a, z, line);
    return change_sentence(p, a, z, line) || item_sentence(p, a, z, line) ||
           item_clauses(p, a, z, line) || total_sentence(p, a, z, line) ||
           total_words_line(p, a, z, line) || tr_ship_line(p, a, z, line) ||
           tr_ship_sentence(p, a, z, line);
}

int tr_prose_item(struct pass *p, const char *a, const char *z, unsigned line)
{
    if (z - a > MAX_SENTENCE)
        return 0;
    return item_sentence(p, a, z, line) || item_clauses(p, a, z, line);
}

static void emit_ship(struct pass *p, const char *f, const char *v, size_t n)
{
    struct ev *e = tr_event(p, EV_LABEL, p->prose.ship_line);

    if (!e)
        return;
    e->field = f;
    e->v = v;
    e->vn = n;
}

/* "30 ctn HD-CT-0301" / "12 rolls HD-BW-1050", "缠绕膜 20卷" / "纸箱 200个":
 * two or more unpriced items on consecutive lines, in a text that names
 * an order number or asks for the goods and asks for no prices or stock,
 * are a list of what is ordered, kept (held for the prices) though
 * nothing is priced. */
static bool unpriced_list(const struct pass *p)
{
    unsigned prev = 0;

    if (p->prose.quote || !(p->prose.asks || p->id_seen))
        return false;

    for (size_t i = 0; i < p->n; i++) {
        const struct ev *e = &p->ev[i];

        if (e->kind != EV_ITEM || !e->unpriced)
            continue;
        if (prev && e->line == prev + 1)
            return true;
        prev = e->line;
    }
    return false;
}

void tr_prose_end(struct pass *p)
{
    bool offer = p->prose.offer, drop = offer || (!has_priced_item(p) && !unpriced_list(p)),
         removed = false;
    size_t w = 0;
    unsigned gone = 0;

    for (size_t i = 0; i < p->n; i++) {
        struct ev *e = &p->ev[i];

        /* a text that offers: no sentence is an item; else the items
         * without a price when nothing is priced, with their doubts */
        if (drop && e->prose && (offer || e->unpriced || e->line == gone)) {
            if (e->kind == EV_ITEM) {
                p->n_items--;
                gone = e->line;
            }
            free(e->s);
            removed = true;
            continue;
        }
        p->ev[w++] = *e;
    }
    p->n = w;
    if (removed) {
        p->item_seen = false;
        for (size_t i = 0; i < p->n; i++)
            if (p->ev[i].kind == EV_ITEM || (p->ev[i].item_related && p->ev[i].kind != EV_LABEL))
                p->item_seen = true;
    }
    if (!p->prose.ship || !p->item_seen)
        return;
    for (size_t i = 0; i < p->n; i++)
        if (p->ev[i].kind == EV_LABEL && strncmp(p->ev[i].field, "ship_to.", 8) == 0)
            return;
    emit_ship(p, "ship_to.name", p->prose.name, p->prose.name_n);
    emit_ship(p, "ship_to.phone", p->prose.phone, p->prose.phone_n);
    emit_ship(p, "ship_to.address", p->prose.addr, p->prose.addr_n);
}
