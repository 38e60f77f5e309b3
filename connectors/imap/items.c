/* Line items of a purchase order written as text (textread.h): item
 * lines in their usual forms ("A-100 x 2 @ 59.00", "2 x A-100 @ 5",
 * "A-1 蓝色T恤 ×2 单价59", bare rows checked by arithmetic), and the
 * helpers the table reader (tables.c) shares: splitting lines into
 * cells, the shapes of values, the rounding allowed, appending an item.
 * Work is linear in the line. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "charset.h"
#include "fields.h"
#include "numshape.h"
#include "textread.h"

/* Operators ("x", "×", "*") looked at in one item line. */
#define MAX_OPS 16

/* ---- text helpers ---------------------------------------------------- */

bool tr_is_fw_space(const char *p, const char *end)
{
    return end - p >= 3 && (unsigned char)p[0] == 0xE3 && (unsigned char)p[1] == 0x80 &&
           (unsigned char)p[2] == 0x80;
}

const char *tr_skip_ws(const char *p, const char *end)
{
    for (;;) {
        if (p < end && (*p == ' ' || *p == '\t' || *p == '\r'))
            p++;
        else if (tr_is_fw_space(p, end))
            p += 3;
        else
            return p;
    }
}

const char *tr_rtrim(const char *a, const char *z)
{
    for (;;) {
        if (z > a && (z[-1] == ' ' || z[-1] == '\t' || z[-1] == '\r'))
            z--;
        else if (z - a >= 3 && tr_is_fw_space(z - 3, z))
            z -= 3;
        else
            return z;
    }
}

static bool ascii_alnum(unsigned char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static bool ascii_digit(char c)
{
    return c >= '0' && c <= '9';
}

/* A digit, ASCII or full width, at p. */
static bool digit_at(const char *p, const char *z)
{
    return (p < z && ascii_digit(*p)) ||
           (z - p >= 3 && (unsigned char)p[0] == 0xEF && (unsigned char)p[1] == 0xBC &&
            (unsigned char)p[2] >= 0x90 && (unsigned char)p[2] <= 0x99);
}

size_t tr_sep_at(const char *p, const char *end)
{
    const char *q = p;

    if (p < end && (*p == '\t' || *p == '|'))
        q = p + 1;
    else if (tr_is_fw_space(p, end))
        q = p + 3;
    else if (end - p >= 2 && p[0] == ' ' && p[1] == ' ')
        q = p + 2;
    else
        return 0;
    /* swallow the rest of the run */
    for (;;) {
        if (q < end && (*q == ' ' || *q == '\t' || *q == '|'))
            q++;
        else if (tr_is_fw_space(q, end))
            q += 3;
        else
            return (size_t)(q - p);
    }
}

/* Split on every `sep`, keeping empty cells ("A-1||2" is three cells):
 * what a pasted sheet (tabs) or a Markdown table ('|') means. A leading
 * and a trailing '|' make no cell. */
static size_t split_exact(const char *p, const char *z, const char *sep, struct cell *cells)
{
    size_t n = 0, k = strlen(sep);
    bool bar = strcmp(sep, "|") == 0 || strcmp(sep, "｜") == 0;

    if (bar && (size_t)(z - p) >= k && memcmp(p, sep, k) == 0)
        p += k;
    if (bar && (size_t)(z - p) >= k && memcmp(z - k, sep, k) == 0)
        z -= k;
    for (;;) {
        const char *q = memmem(p, (size_t)(z - p), sep, k);
        const char *e = q ? q : z, *s = tr_skip_ws(p, e);

        if (n == TR_MAX_CELLS) {
            cells[n - 1].n = (size_t)(tr_rtrim(cells[n - 1].p, z) - cells[n - 1].p);
            break;
        }
        cells[n].p = s;
        cells[n].n = (size_t)(tr_rtrim(s, e) - s);
        n++;
        if (!q)
            break;
        p = q + k;
    }
    return n;
}

/* How often sep occurs in [p, z). */
static size_t count_sep(const char *p, const char *z, const char *sep)
{
    size_t n = 0, k = strlen(sep);

    for (const char *q = p; (q = memmem(q, (size_t)(z - q), sep, k)) != NULL; q += k)
        n++;
    return n;
}

/* [a, z) is a currency sign alone: "$", "HK$", "NT$", "¥", "€", "£". */
static bool currency_sign(const char *a, const char *z)
{
    static const char *const signs[] = {"$", "¥", "￥", "€", "£", NULL};
    bool sign = false;

    for (size_t i = 0; signs[i] && !sign; i++)
        sign = memmem(a, (size_t)(z - a), signs[i], strlen(signs[i])) != NULL;
    return sign && mail_currency_code(a, (size_t)(z - a)) != NULL;
}

static size_t split_cells(const char *a, const char *z, struct cell *cells)
{
    size_t n = 0;
    const char *p = a;

    /* leading tabs are empty cells */
    while (p < z && (*p == ' ' || *p == '\r'))
        p++;
    z = tr_rtrim(p, z);
    if (tr_skip_ws(p, z) == z)
        return 0;
    /* cells a program wrote: one separator per cell */
    if (memchr(p, '|', (size_t)(z - p)))
        return split_exact(tr_skip_ws(p, z), z, "|", cells);
    if (memchr(p, '\t', (size_t)(z - p)))
        return split_exact(p, z, "\t", cells);
    /* "编码｜品名｜数量": a full-width bar as a bar; "品名 / 规格 / 数量 /
     * 单价": a slash between spaces, three times or more, parts cells, and
     * so does a full-width slash */
    if (memmem(p, (size_t)(z - p), "｜", 3))
        return split_exact(tr_skip_ws(p, z), z, "｜", cells);
    if (count_sep(p, z, " / ") >= 3)
        return split_exact(tr_skip_ws(p, z), z, " / ", cells);
    /* "品名／規格／數量／單價": a full-width slash, three times or more;
     * Big5's slash (A2 41) comes out of iconv as U+2215 "∕" */
    if (count_sep(p, z, "／") >= 3)
        return split_exact(tr_skip_ws(p, z), z, "／", cells);
    if (count_sep(p, z, "∕") >= 3)
        return split_exact(tr_skip_ws(p, z), z, "∕", cells);
    /* "1. Puszka; okrągła, 250 g; 10 000 szt.; 0,82 EUR; 8.200,00 EUR": a
     * semicolon before a space, three times or more, parts cells; whether
     * they are an item row the values and their arithmetic decide */
    if (count_sep(p, z, "; ") >= 3)
        return split_exact(tr_skip_ws(p, z), z, "; ", cells);
    p = tr_skip_ws(p, z);
    if (p < z && *p == '|')
        p = tr_skip_ws(p + 1, z);
    z = tr_rtrim(p, z);
    if (z > p && z[-1] == '|')
        z = tr_rtrim(p, z - 1);
    while (p < z) {
        const char *q = p;
        size_t s = 0;

        while (q < z && (s = tr_sep_at(q, z)) == 0)
            q++;
        /* "HK$  6.80": a currency sign alone (not a code: "CAD   6.00"
         * under the amounts is a sums row's two cells), the amount after it */
        if (q < z && digit_at(q + s, z) && currency_sign(p, tr_rtrim(p, q))) {
            q += s;
            while (q < z && (s = tr_sep_at(q, z)) == 0)
                q++;
        }
        if (n == TR_MAX_CELLS) {
            cells[n - 1].n = (size_t)(z - cells[n - 1].p);
            break;
        }
        cells[n].p = p;
        cells[n].n = (size_t)(tr_rtrim(p, q) - p);
        n++;
        p = q < z ? q + s : z;
    }
    return n;
}

size_t tr_split_cells(const char *a, const char *z, struct cell *cells)
{
    size_t n = split_cells(a, z, cells);

    /* "a U$S 0,31 c/u": the price without the words around it
     * (pricewords.c) */
    for (size_t i = 0; i < n; i++)
        tr_cell_price_words(&cells[i]);
    return n;
}

/* Split on every run of white space ("货号 数量 单价"). */
size_t tr_split_ws(const char *a, const char *z, struct cell *cells)
{
    size_t n = 0;
    const char *p = tr_skip_ws(a, z);

    while (p < z) {
        const char *q = p;

        while (q < z && *q != ' ' && *q != '\t' && !tr_is_fw_space(q, z))
            q++;
        if (n == TR_MAX_CELLS) {
            cells[n - 1].n = (size_t)(tr_rtrim(cells[n - 1].p, z) - cells[n - 1].p);
            break;
        }
        cells[n].p = p;
        cells[n].n = (size_t)(q - p);
        n++;
        p = tr_skip_ws(q, z);
    }
    return n;
}

void tr_clip(char *dst, size_t cap, const char *p, size_t n)
{
    if (n >= cap)
        n = cap - 1;
    memcpy(dst, p, n);
    dst[n] = '\0';
    od_utf8_sanitize(dst);
}

/* ---- value shapes ---------------------------------------------------- */

static bool is_qty(const char *p, size_t n, int64_t *q)
{
    char why[96];

    return mail_parse_qty(p, n, q, why, sizeof(why)) == 0;
}

bool tr_is_money(const char *p, size_t n, od_money *m)
{
    return mail_parse_amount(p, n, m) == 0;
}

/* Written as money rather than as a count: decimals or a currency mark
 * ("59.00", "¥59", "59元"), not a bare whole number ("59", "1,000"). */
bool tr_money_marked(const char *p, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (!ascii_digit(p[i]) && p[i] != ',' && p[i] != ' ')
            return true;
    return false;
}

/* "2026-11-20", "2026/11/20", and a day and month before the year:
 * "20/08/2027", "20.08.2027", "8-20-2027": a date, not a code. */
static bool looks_date(const char *p, size_t n)
{
    size_t i = 0, d;

    if (n >= 8 && ascii_digit(p[0]) && ascii_digit(p[1]) && ascii_digit(p[2]) &&
        ascii_digit(p[3]) && (p[4] == '-' || p[4] == '/' || p[4] == '.') && ascii_digit(p[5]))
        return true;
    for (int part = 0; part < 2; part++) {
        for (d = 0; i < n && ascii_digit(p[i]); i++)
            d++;
        if (d < 1 || d > 2 || i >= n || (p[i] != '-' && p[i] != '/' && p[i] != '.') ||
            (part == 1 && p[i] != p[i - d - 1]))
            return false;
        i++;
    }
    for (d = 0; i < n && ascii_digit(p[i]); i++)
        d++;
    return d == 4 && i == n;
}

/* An item code: one word of ASCII letters, digits and - _ . / # with a
 * digit, or letters and a dash ("A-100", "SKU123", "100234", "BX-RED");
 * not a word ("Widget") and not a date. */
bool tr_code_like(const char *p, size_t n)
{
    bool digit = false, alpha = false, dash = false;

    if (n < 2 || n > 40 || looks_date(p, n))
        return false;
    for (size_t i = 0; i < n; i++) {
        char c = p[i];

        if (ascii_digit(c))
            digit = true;
        else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))
            alpha = true;
        else if (c == '-' || c == '_' || c == '.' || c == '/' || c == '#')
            dash = true;
        else
            return false;
    }
    return digit || (alpha && dash);
}

/* Rounding allowed between quantity x unit price and a stated amount:
 * half a minor unit per piece (a price rounded to cents, an amount
 * computed from the exact price). */
od_money tr_tol(int64_t qty)
{
    return (od_money)((qty + 1) / 2);
}

bool tr_fits(int64_t q, od_money p, od_money a, od_money tol)
{
    od_money t;

    if (!od_money_mul(p, q, &t))
        return false;
    return t - a <= tol && a - t <= tol;
}

/* ---- items ----------------------------------------------------------- */

/* Append an item; false when the reading must stop (too many items or
 * out of memory). */
bool tr_emit_item(struct pass *p, const char *sku, size_t sku_n, const char *title, size_t title_n,
                  int64_t qty, od_money price, od_money amount, unsigned line)
{
    struct ev *e;

    p->item_seen = true;
    if (p->n_items >= TR_MAX_ITEMS) {
        tr_problem(p, EV_ERROR, line, true, "line %u: more than %d line items", line, TR_MAX_ITEMS);
        p->stop = true;
        return false;
    }
    /* "200 rolls of clear tape": the "of" that joins a count to its
     * name is no part of the name */
    if (title && title_n > 3 && strncasecmp(title, "of ", 3) == 0) {
        const char *t = tr_skip_ws(title + 3, title + title_n);

        title_n -= (size_t)(t - title);
        title = t;
    }
    /* "HD-MB-2030 / Mailer box": the mark between the code and the name */
    while (title && title_n > 1) {
        size_t k = (*title == '/' || *title == '-' || *title == '|') ? 1 : 0;
        const char *t;

        if (!k && title_n >= 3 && (memcmp(title, "–", 3) == 0 || memcmp(title, "—", 3) == 0))
            k = 3;
        if (!k || k >= title_n || (title[k] != ' ' && title[k] != '\t'))
            break;
        t = tr_skip_ws(title + k, title + title_n);
        title_n -= (size_t)(t - title);
        title = t;
    }
    e = tr_event(p, EV_ITEM, line);
    if (!e)
        return false;
    e->v = sku_n ? sku : NULL;
    e->vn = sku_n;
    e->t = title_n ? title : NULL;
    e->tn = title_n;
    e->qty = qty;
    e->price = price;
    e->amount = amount;
    e->tol = tr_tol(qty);
    p->n_items++;
    return true;
}

void tr_per_price(struct pass *p, size_t from, od_money per_price, int64_t per, unsigned line)
{
    int64_t e4;
    od_money unit, amount;
    bool exact = mail_per_price(per_price, per, 1, &e4, &unit, &amount);
    char fine[OD_MONEY_STRLEN];

    for (size_t i = from; i < p->n; i++)
        if (p->ev[i].kind == EV_ITEM) {
            p->ev[i].exact_e4 = e4;
            p->ev[i].price = unit;
            p->ev[i].tol = 1 + (exact ? 0 : p->ev[i].qty / 200);
            break;
        }
    if (e4 % 100 == 0)
        return; /* a whole cent a piece: the arithmetic checked it */
    if (!exact) {
        char a[OD_MONEY_STRLEN], b[OD_MONEY_STRLEN];

        tr_problem(p, EV_DOUBT, line, true,
                   "line %u: price %s per %lld is finer than a ten-thousandth a piece; %s "
                   "taken, the exact price to be keyed by hand",
                   line, od_money_format(per_price, a), (long long)per,
                   od_price_format((od_price){e4}, b));
        return;
    }
    /* the price a piece as a clerk writes it: "0.095" */
    tr_exact_price(p, from, e4, od_price_format((od_price){e4}, fine), line);
}

/* ---- item lines ------------------------------------------------------ */

/* Case-insensitive ASCII word `w` (written in lower case) at p, not
 * inside a longer word. */
static bool word_at(const char *a, const char *p, const char *z, const char *w)
{
    size_t n;

    /* the inner loop of every item line: the first letter decides mostly */
    if (p >= z || (*p | 0x20) != w[0])
        return false;
    n = strlen(w);
    if ((size_t)(z - p) < n || strncasecmp(p, w, n) != 0)
        return false;
    if (p > a && ascii_alnum((unsigned char)p[-1]))
        return false;
    return p + n == z || !ascii_alnum((unsigned char)p[n]);
}

static bool bytes_at(const char *p, const char *z, const char *w)
{
    size_t n = strlen(w);

    return (size_t)(z - p) >= n && memcmp(p, w, n) == 0;
}

/* End of the token at p: white space, or ',' / '，' / ';' / '；' / '='
 * not inside a number ("1,234.50" is one token). */
static const char *token_end(const char *p, const char *z)
{
    while (p < z) {
        if (*p == ' ' || *p == '\t' || *p == ';' || *p == '=' || tr_is_fw_space(p, z))
            break;
        if (*p == ',' && !(p + 1 < z && ascii_digit(p[1])))
            break;
        if (bytes_at(p, z, "，") || bytes_at(p, z, "；") || bytes_at(p, z, "＝"))
            break;
        p++;
    }
    return p;
}

/* A price at p: one token, or two ("RMB 59", "59 元"). */
static bool take_price(const char *p, const char *z, od_money *out, const char **end);
static bool money_starts(const char *p, const char *z);

bool tr_fine_money(const char *p, size_t n, od_money *out, int64_t *e4)
{
    char buf[64];
    const char *dot = NULL;
    size_t dec = 0, k = 0;

    if (n >= sizeof(buf))
        return false;
    for (size_t i = 0; i < n; i++)
        if (p[i] == '.')
            dot = p + i;
    if (!dot)
        return false;
    while (dot + 1 + dec < p + n && ascii_digit(dot[1 + dec]))
        dec++;
    if (dec < 3 || dec > 8)
        return false;
    for (const char *q = p; q < p + n; q++)
        if (q <= dot + 2 || q > dot + dec)
            buf[k++] = *q;
    if (mail_parse_amount(buf, k, out) != 0 || *out < 0)
        return false;
    *out += dot[3] >= '5';
    if (e4) {
        od_money m;

        /* the point moved two places right, two decimals kept: "0.0725"
         * -> "07.25", "0.00835" -> "00.83" and the 5 rounds it up */
        k = 0;
        for (const char *q = p; q < p + n; q++) {
            if (q > dot + 4 && q <= dot + dec)
                continue;
            if (q != dot)
                buf[k++] = *q;
            if (q == dot + 2)
                buf[k++] = '.';
        }
        if (mail_parse_amount(buf, k, &m) != 0)
            return false;
        *e4 = m + (dec > 4 && dot[5] >= '5');
    }
    return true;
}

void tr_exact_price(struct pass *p, size_t from, int64_t e4, const char *fine, unsigned line)
{
    const char *dot = strchr(fine, '.');
    size_t dec = 0;

    while (dot && ascii_digit(dot[1 + dec]))
        dec++;
    for (size_t i = from; i < p->n; i++)
        if (p->ev[i].kind == EV_ITEM) {
            struct ev *e = &p->ev[i];

            e->exact_e4 = e4;
            /* qty x the exact price is the amount but for the cent it is
             * rounded to (and half a ten-thousandth a piece when the
             * price was rounded to four decimals): not the half cent a
             * piece that a price rounded to the cent needs */
            e->tol = 1 + (dec > 4 ? e->qty / 200 : 0);
            break;
        }
    if (dec > 4) {
        char got[OD_MONEY_STRLEN];

        tr_problem(p, EV_DOUBT, line, true,
                   "line %u: unit price %s has more than four decimals; %s taken, the exact "
                   "price to be keyed by hand",
                   line, fine, od_price_format((od_price){e4}, got));
    } else {
        /* Stored exactly, yet still a doubt: such prices are rare in a
         * mail, the amounts are rounded from them, and the orders of
         * the corpora that carry one were often wrong elsewhere too
         * (docs/email-extraction.md, "Prices finer than a cent"). */
        tr_problem(p, EV_DOUBT, line, true,
                   "line %u: unit price %s is finer than a cent: stored exactly, the amounts "
                   "rounded from it to be checked",
                   line, fine);
    }
}

/* A unit price at p: money, or a price finer than a cent (`fine`
 * gets it as written, else ""). */
static bool take_unit_price(const char *p, const char *z, od_money *out, const char **end,
                            char fine[32], int64_t *e4)
{
    const char *e1;

    fine[0] = '\0';
    if (take_price(p, z, out, end))
        return true;
    p = tr_skip_ws(p, z);
    e1 = token_end(p, z);
    if (e1 > p && (size_t)(e1 - p) < 32 && tr_fine_money(p, (size_t)(e1 - p), out, e4)) {
        memcpy(fine, p, (size_t)(e1 - p));
        fine[e1 - p] = '\0';
        *end = e1;
        return true;
    }
    /* "RM 0.045", "USD 0.0725": a currency word, then the fine price */
    if (e1 < z && money_starts(p, e1) && !digit_at(p, z)) {
        const char *p2 = tr_skip_ws(e1, z), *e2 = token_end(p2, z);

        if (e2 > p2 && (size_t)(e2 - p) < 32 && tr_fine_money(p2, (size_t)(e2 - p2), out, e4)) {
            memcpy(fine, p, (size_t)(e2 - p));
            fine[e2 - p] = '\0';
            *end = e2;
            return true;
        }
    }
    return false;
}

static bool take_price(const char *p, const char *z, od_money *out, const char **end)
{
    const char *e1, *e2;

    p = tr_skip_ws(p, z);
    if (p == z)
        return false;
    e1 = token_end(p, z);
    if (e1 > p && tr_is_money(p, (size_t)(e1 - p), out)) {
        od_money same;

        /* "4.50 元", "5 USD": the currency word after it is the price's */
        *end = e1;
        e2 = e1 < z ? token_end(tr_skip_ws(e1, z), z) : e1;
        if (e2 > tr_skip_ws(e1, z) && tr_is_money(p, (size_t)(e2 - p), &same) && same == *out)
            *end = e2;
        return true;
    }
    if (e1 == z)
        return false;
    e2 = token_end(tr_skip_ws(e1, z), z);
    if (e2 > e1 && tr_is_money(p, (size_t)(e2 - p), out)) {
        *end = e2;
        return true;
    }
    return false;
}

/* Does money start at p ("59", "¥59", "$5", "RMB 5", "US$5", "A$5")? */
static bool money_starts(const char *p, const char *z)
{
    p = tr_skip_ws(p, z);
    return digit_at(p, z) || mail_currency_at(p, (size_t)(z - p), MAIL_START, NULL) != 0;
}

/* After the price: "each", a stated amount ("= 118.00", "共118",
 * "小计：118", "total 118"), closing punctuation. Sets *amount (or
 * leaves OD_MONEY_NONE); false when something else follows. */
static bool price_tail(const char *q, const char *z, od_money *amount)
{
    static const char *const per[] = {"each", "ea", "per unit", "per pc", "per piece", NULL};
    static const char *const amt[] = {
        "=",    "＝",   "共",   "小计", "合计", "金额",       "总价",  "小計",   "合計", "金額",
        "總價", "总计", "總計", "计",   "計",   "line total", "total", "amount", NULL};
    const char *e, *q0 = q;
    od_money gap;

    q = tr_skip_ws(q, z);
    for (size_t i = 0; per[i]; i++)
        if (word_at(q, q, z, per[i])) {
            q = tr_skip_ws(q + strlen(per[i]), z);
            break;
        }
    while (q < z && (*q == ',' || *q == ';' || *q == '.'))
        q = tr_skip_ws(q + 1, z);
    while (bytes_at(q, z, "，") || bytes_at(q, z, "；") || bytes_at(q, z, "。"))
        q = tr_skip_ws(q + 3, z);
    /* "… $0.045 ea - $225.00": the amount after a dash between spaces */
    if (q < z && q[-1] == ' ' && (*q == '-' || bytes_at(q, z, "–") || bytes_at(q, z, "—"))) {
        const char *d = q + (*q == '-' ? 1 : 3);

        if (d < z && *d == ' ' && take_price(tr_skip_ws(d, z), z, amount, &e))
            q = tr_skip_ws(e, z);
    }
    /* "@ USD 0.88    USD  1,100.00": the amount in a column of its own,
     * after a gap of two spaces or more, written as money and ending the
     * line (checked against quantity x price as any stated amount) */
    if (*amount == OD_MONEY_NONE && q < z && q - 2 >= q0 && q[-1] == ' ' && q[-2] == ' ' &&
        take_price(q, z, &gap, &e) && tr_skip_ws(e, z) == z &&
        tr_money_marked(q, (size_t)(e - q))) {
        *amount = gap;
        q = z;
    }
    for (size_t i = 0; amt[i] && q < z; i++) {
        size_t n = strlen(amt[i]);

        if ((ascii_alnum((unsigned char)amt[i][0]) ? word_at(q, q, z, amt[i])
                                                   : bytes_at(q, z, amt[i]))) {
            q = tr_skip_ws(q + n, z);
            if (q < z && (*q == ':' || *q == '='))
                q = tr_skip_ws(q + 1, z);
            else if (bytes_at(q, z, "："))
                q = tr_skip_ws(q + 3, z);
            if (!take_price(q, z, amount, &e))
                return false;
            q = tr_skip_ws(e, z);
            break;
        }
    }
    while (q < z && (*q == '.' || *q == ',' || *q == ';' || *q == ')'))
        q = tr_skip_ws(q + 1, z);
    while (bytes_at(q, z, "。") || bytes_at(q, z, "）"))
        q = tr_skip_ws(q + 3, z);
    return q == z;
}

/* " per 100 pcs = USD 1,900.00", "/1000 = 84.00" after a price: the N
 * the price is for and the amount after '='; false when [q, z) is not
 * of that shape. */
static bool per_price_tail(const char *q, const char *z, int64_t *per, od_money *amount)
{
    const char *eq = memchr(q, '=', (size_t)(z - q));
    int64_t v;

    if (!eq)
        eq = memmem(q, (size_t)(z - q), "＝", strlen("＝"));
    *amount = OD_MONEY_NONE;
    if (!eq || (v = mail_per_n(q, (size_t)(eq - q))) <= 1 || !price_tail(eq, z, amount) ||
        *amount == OD_MONEY_NONE)
        return false;
    *per = v;
    return true;
}

/* Where the price is said: '@' (also full width), "单价", a word "at",
 * "price" or "unit price", "每令", "每百個" before the price; `strict`
 * when a price must follow; `per` the pieces the price is for ("每百個":
 * 100), else 1. */
struct pmark {
    const char *at, *after;
    bool strict;
    int64_t per;
};

/* "每令 85.00", "每百個 12.00", "每1000个 38.00": after white space, 每
 * and the unit it prices (up to four characters, maybe a count: no
 * white space), then white space and money. Where the price starts,
 * with *per the pieces it is for; NULL when q starts no such mark. */
static const char *per_unit_mark(const char *a, const char *q, const char *z, int64_t *per)
{
    const char *u = q + strlen("每"), *e = u;
    size_t chars = 0;

    if (!bytes_at(q, z, "每") || q == a ||
        !(q[-1] == ' ' || q[-1] == '\t' || (q - a >= 3 && tr_is_fw_space(q - 3, z))))
        return NULL;
    while (e < z && *e != ' ' && *e != '\t' && !tr_is_fw_space(e, z) && chars < 8) {
        e += (unsigned char)*e >= 0xE0 ? 3 : 1;
        chars++;
    }
    if (e == u || e >= z || chars > 6 || tr_skip_ws(e, z) == e)
        return NULL;
    for (const char *c = u; c < e; c++)
        if (*c == '.' || *c == ',' || *c == '@' || *c == '=' || *c == '/')
            return NULL;
    *per = mail_per_n(q, (size_t)(e - q));
    return tr_skip_ws(e, z);
}

static bool price_mark(const char *a, const char *from, const char *z, struct pmark *m)
{
    for (const char *q = from; q < z; q++) {
        const char *after = NULL;
        bool strict = false;
        int64_t per = 1;

        if (*q == '@') {
            after = q + 1;
            strict = true;
        } else if (bytes_at(q, z, "＠")) {
            after = q + 3;
            strict = true;
        } else if (bytes_at(q, z, "单价") || bytes_at(q, z, "單價")) {
            after = q + 6;
            strict = true;
        } else if (q > a && word_at(a, q, z, "at") && q[-1] == ' ') {
            after = q + 2;
        } else if (q > a && q[-1] == ' ' && bytes_at(q, z, "à ")) {
            after = q + 2; /* French and German: "60 x Ruban à 2,35 €" */
        } else if (q > a && word_at(a, q, z, "unit price")) {
            after = q + 10;
        } else if (q > a && word_at(a, q, z, "unit") && q + 4 < z && q[4] == ':') {
            after = q + 4; /* "Q'ty: 3,000 pcs   Unit: US$0.420" */
        } else if (q > a && word_at(a, q, z, "price")) {
            after = q + 5;
        } else if ((unsigned char)*q == 0xE6 && (after = per_unit_mark(a, q, z, &per)) != NULL &&
                   !money_starts(after, z)) {
            after = NULL;
        }
        if (!after)
            continue;
        after = tr_skip_ws(after, z);
        if (after < z && (*after == ':' || *after == '='))
            after++;
        else if (bytes_at(after, z, "："))
            after += 3;
        m->at = q;
        m->after = after;
        m->strict = strict;
        m->per = per;
        return true;
    }
    return false;
}

/* "59.00 each", "5 ea": the price before such a word. */
/* " 100" (maybe "1,000") after "per" at p: the count (2 or more) in *n,
 * where it ends; NULL when none. */
static const char *per_count(const char *p, const char *z, int64_t *n)
{
    const char *d;

    if (p >= z || *p != ' ')
        return NULL;
    d = ++p;
    while (p < z && (ascii_digit(*p) || (*p == ',' && p > d && p + 1 < z && ascii_digit(p[1]))))
        p++;
    if (p == d || !tr_is_count(d, p, n) || *n < 2)
        return NULL;
    return p;
}

static bool price_each(const char *a, const char *z, struct pmark *m, od_money *price,
                       const char **tail, char fine[32], int64_t *e4)
{
    static const char *const per[] = {"each", "ea", "per unit", "per pc", "per piece", "per", NULL};

    for (const char *q = a; q < z; q++) {
        for (size_t i = 0; per[i]; i++) {
            const char *b, *s, *pe = NULL;
            int64_t n = 1;

            if (q == a || q[-1] != ' ' || !word_at(a, q, z, per[i]))
                continue;
            /* "AUD 42.00 per 100": the price of 100 pieces, the line's end */
            if (!per[i + 1] && ((pe = per_count(q + 3, z, &n)) == NULL || tr_skip_ws(pe, z) != z))
                continue;
            b = tr_rtrim(a, q);
            s = b;
            while (s > a && s[-1] != ' ' && s[-1] != '\t' && s[-1] != ',')
                s--;
            fine[0] = '\0';
            if (s == b)
                continue;
            if (!tr_is_money(s, (size_t)(b - s), price)) {
                if ((size_t)(b - s) >= 32 || !tr_fine_money(s, (size_t)(b - s), price, e4))
                    continue;
                memcpy(fine, s, (size_t)(b - s));
                fine[b - s] = '\0';
            }
            m->at = s;
            m->after = s;
            m->strict = false;
            m->per = n;
            *tail = pe ? pe : q + strlen(per[i]);
            /* "…, AUD 1.60 ea": the currency's code before the price is
             * no part of the item */
            b = tr_rtrim(a, s);
            s = b;
            while (s > a && s[-1] != ' ' && s[-1] != ',')
                s--;
            if (s < b && mail_currency_code(s, (size_t)(b - s)))
                m->at = s;
            return true;
        }
    }
    return false;
}

static bool has_digit(const char *p, const char *z)
{
    for (; p < z; p++)
        if (ascii_digit(*p))
            return true;
    return false;
}

/* The operator at q ('×', 'x', 'X', '*', '＊' between a name and a
 * number): its length, 0 when none. */
/* "48mm×100m", "30×40", "8.5*10cm": a '×' or '*' at q joining two
 * measures, the word before it a number with at most two letters of
 * unit after it, a digit after it. */
static bool size_sign(const char *a, const char *q, const char *z)
{
    const char *s = q;
    size_t letters = 0, w = *q == '*' ? 1 : 2;

    if (q + w >= z || !ascii_digit(q[w]))
        return false;
    while (s > a && ((s[-1] >= 'a' && s[-1] <= 'z') || (s[-1] >= 'A' && s[-1] <= 'Z'))) {
        s--;
        letters++;
    }
    if (letters > 2 || s == a || !ascii_digit(s[-1]))
        return false;
    while (s > a && (ascii_digit(s[-1]) || s[-1] == '.'))
        s--;
    /* "6*6*12cm": a chain of measures */
    return s == a || s[-1] == ' ' || s[-1] == '\t' || s[-1] == '*' || (unsigned char)s[-1] >= 0x80;
}

static size_t op_at(const char *a, const char *q, const char *z)
{
    bool before_ok, after_ok;
    size_t w;

    if (bytes_at(q, z, "×"))
        return size_sign(a, q, z) ? 0 : 2;
    if (bytes_at(q, z, "＊"))
        return 3;
    if (*q != 'x' && *q != 'X' && *q != '*')
        return 0;
    w = 1;
    before_ok = q == a || q[-1] == ' ' || q[-1] == '\t';
    after_ok = q + 1 == z || q[1] == ' ' || q[1] == '\t';
    /* " x ", "x2" (after a space), "2x " */
    if (before_ok && (after_ok || digit_at(q + 1, z)))
        return w;
    /* "HD-ZB-2535*500": a star between a word and a number (not x, which
     * joins sizes: "1200x800") */
    if (*q == '*' && q > a && !before_ok && digit_at(q + 1, z) && !size_sign(a, q, z))
        return w;
    if (q > a && ascii_digit(q[-1]) && after_ok) {
        const char *s = q;

        while (s > a && (ascii_digit(s[-1]) || s[-1] == ','))
            s--;
        if (s == a || s[-1] == ' ' || s[-1] == '\t')
            return w;
    }
    return 0;
}

/* A point between digits ("2.5", "1.000"), not one ending a unit
 * ("szt.")? */
static bool digit_point(const char *p, const char *z)
{
    for (const char *d = p; (d = memchr(d, '.', (size_t)(z - d))) != NULL; d++)
        if (d > p && ascii_digit(d[-1]))
            return true;
    return false;
}

/* Is [p, z) a count ("2", "2 pcs", "2件", "6 000 szt.")? */
bool tr_is_count(const char *p, const char *z, int64_t *q)
{
    return p < z && ascii_digit(*p) && !digit_point(p, z) && is_qty(p, (size_t)(z - p), q);
}

static const char *word_end(const char *p, const char *z)
{
    while (p < z && *p != ' ' && *p != '\t' && !tr_is_fw_space(p, z))
        p++;
    return p;
}

static const char *word_start(const char *a, const char *p)
{
    while (p > a && p[-1] != ' ' && p[-1] != '\t')
        p--;
    return p;
}

/* A bare number ("2", "1,000"), not "2件" or "2.5". */
static bool is_bare(const char *p, const char *z, int64_t *q)
{
    return tr_is_count(p, z, q) && !tr_money_marked(p, (size_t)(z - p));
}

/* A count with its unit: "2 pcs A-100", "2件 A-100" (first), "A-100 2
 * pcs", "A-100 2件" (last), and with `bare_ok` a bare number last ("A-100
 * 2 @ 5"). */
static int unit_qty(const char *a, const char *z, bool bare_ok, int64_t *qty, const char **ea,
                    const char **ez)
{
    const char *w1 = word_end(a, z), *s2 = tr_skip_ws(w1, z), *w2 = word_end(s2, z);
    const char *sl = word_start(a, z), *pe = tr_rtrim(a, sl), *sp = word_start(a, pe);
    int64_t q;

    if (w1 < z && tr_is_count(a, w1, &q) && !is_bare(a, w1, &q)) {
        *qty = q;
        *ea = tr_skip_ws(w1, z);
        *ez = z;
        return 1;
    }
    if (w2 < z && is_bare(a, w1, &q) && !tr_is_count(s2, w2, &(int64_t){0}) &&
        tr_is_count(a, w2, &q)) {
        *qty = q;
        *ea = tr_skip_ws(w2, z);
        *ez = z;
        return 1;
    }
    if (sl > a && tr_is_count(sl, z, &q) && !is_bare(sl, z, &q)) {
        *qty = q;
        *ea = a;
        *ez = pe;
        return 1;
    }
    if (sp > a && is_bare(sp, pe, &q) && !tr_is_count(sl, z, &(int64_t){0}) &&
        tr_is_count(sp, z, &q)) {
        *qty = q;
        *ea = a;
        *ez = tr_rtrim(a, sp);
        return 1;
    }
    if (bare_ok && sl > a && is_bare(sl, z, &q)) {
        *qty = q;
        *ea = a;
        *ez = pe;
        return 1;
    }
    return 0;
}

/* "牛皮纸袋 28*15*28（HD-PB-2815）：3000个": the item, a colon and its
 * count with a unit ending the part; not when a quantity word names the
 * count ("A-1 数量：4", read by head_qty's own rule). */
static bool colon_count(const char *a, const char *z, int64_t *qty, const char **ea,
                        const char **ez)
{
    const char *c = NULL, *v, *b;
    int64_t q;

    for (const char *p = a; p < z; p++)
        if (*p == ':')
            c = p;
        else if (bytes_at(p, z, "："))
            c = p;
    if (!c)
        return false;
    v = tr_skip_ws(c + (*c == ':' ? 1 : 3), z);
    b = tr_rtrim(a, c);
    if (b == a || !digit_at(v, z) || !is_qty(v, (size_t)(z - v), &q) ||
        !tr_money_marked(v, (size_t)(z - v)))
        return false;
    for (const char *p = a; p < b; p++)
        if (bytes_at(p, b, "数量") || bytes_at(p, b, "數量") || word_at(a, p, b, "qty") ||
            word_at(a, p, b, "q'ty") || word_at(a, p, b, "quantity"))
            return false;
    *qty = q;
    *ea = a;
    *ez = b;
    return true;
}

/* The quantity in the part before the price and the item it names.
 * 1 with *ea..*ez the item (2: found without an operator or a label, by
 * a count alone), 0 when there is no quantity, -1 when the quantity
 * cannot be read (`why` filled). */
static int head_qty(const char *a, const char *z, bool bare_ok, int64_t *qty, const char **ea,
                    const char **ez, char *why, size_t wl)
{
    const char *ops[MAX_OPS];
    size_t opl[MAX_OPS], n_ops = 0;

    if (colon_count(a, z, qty, ea, ez))
        return 1;
    for (const char *q = a; q < z && n_ops < MAX_OPS; q++) {
        size_t w = op_at(a, q, z);

        if (w) {
            ops[n_ops] = q;
            opl[n_ops++] = w;
            q += w - 1;
        }
    }
    /* the last operator that joins a name and a number */
    for (size_t k = n_ops; k-- > 0;) {
        const char *b = tr_rtrim(a, ops[k]), *f = tr_skip_ws(ops[k] + opl[k], z);
        const char *lt = b;
        int64_t q;

        while (lt > a && lt[-1] != ' ' && lt[-1] != '\t')
            lt--;
        if (f < z && digit_at(f, z) && b > a) {
            /* "A-100 x 2", "A-100 ×2件" */
            if (mail_parse_qty(f, (size_t)(z - f), qty, why, wl) < 0) {
                /* "tape 48mm x 150m (T-1) — 200 rolls": an x inside the
                 * name, the count with its unit at the end */
                if (unit_qty(a, z, bare_ok, qty, ea, ez))
                    return 3;
                /* "60 x Ruban 10 mm x 50 m doré": the count first, an x
                 * inside the name after it */
                if (tr_is_count(a, tr_rtrim(a, ops[0]), &q)) {
                    *qty = q;
                    *ea = tr_skip_ws(ops[0] + opl[0], z);
                    *ez = z;
                    return 1;
                }
                return -1;
            }
            *ea = a;
            *ez = b;
            return 1;
        }
        if (f < z && lt < b && tr_is_count(lt, b, &q)) {
            /* "2 x A-100", "please send 2 x A-100": the number right
             * before the operator, the item after it */
            *qty = q;
            *ea = f;
            *ez = z;
            return 1;
        }
        if (f < z && b > a && (*ops[k] != 'x' || ops[k] + 1 == z || ops[k][1] == ' ')) {
            /* "A x abc": a name, an operator, no number */
            if (mail_parse_qty(f, (size_t)(z - f), qty, why, wl) < 0)
                return -1;
            *ea = a;
            *ez = b;
            return 1;
        }
    }
    /* "数量 2", "qty: 2" at the end */
    for (const char *q = a; q < z; q++) {
        const char *after = NULL;

        if (bytes_at(q, z, "数量") || bytes_at(q, z, "數量"))
            after = q + 6;
        else if (q > a && word_at(a, q, z, "quantity"))
            after = q + 8;
        else if (q > a && word_at(a, q, z, "qty"))
            after = q + 3;
        else if (q > a && word_at(a, q, z, "q'ty"))
            after = q + 4;
        if (!after)
            continue;
        after = tr_skip_ws(after, z);
        if (after < z && (*after == ':' || *after == '='))
            after = tr_skip_ws(after + 1, z);
        else if (bytes_at(after, z, "："))
            after = tr_skip_ws(after + 3, z);
        if (!digit_at(after, z) || tr_rtrim(a, q) == a)
            break;
        if (mail_parse_qty(after, (size_t)(z - after), qty, why, wl) < 0)
            return -1;
        *ea = a;
        *ez = tr_rtrim(a, q);
        return 1;
    }
    if (unit_qty(a, z, bare_ok, qty, ea, ez))
        return 2;
    /* "茶叶罐 哑黑，800个": the count is the last clause */
    for (const char *q = z; q - a > 3; q--)
        if (bytes_at(q - 3, z, "，")) {
            const char *c = tr_skip_ws(q, z);
            int64_t n;

            if (!tr_is_count(c, z, &n) || (!bare_ok && is_bare(c, z, &n)) ||
                tr_rtrim(a, q - 3) == a)
                return 0;
            *qty = n;
            *ea = a;
            *ez = tr_rtrim(a, q - 3);
            return 2;
        }
    return 0;
}

/* Drop a list bullet: "- ", "* ", "• ", "· ", "1. ", "1) ", "1、". */
const char *tr_skip_bullet(const char *a, const char *z)
{
    const char *q = a;

    if (z - a >= 2 && (*a == '-' || *a == '*' || *a == '+') && a[1] == ' ')
        return tr_skip_ws(a + 2, z);
    if (bytes_at(a, z, "•") || bytes_at(a, z, "▪"))
        return tr_skip_ws(a + 3, z);
    if (bytes_at(a, z, "·"))
        return tr_skip_ws(a + 2, z);
    /* "(1) ", "（1）" */
    if (q < z && (*q == '(' || bytes_at(q, z, "（"))) {
        const char *d = q + (*q == '(' ? 1 : 3), *e = d;

        while (e < z && ascii_digit(*e) && e - d < 3)
            e++;
        if (e > d && e < z && *e == ')' && e + 1 < z && e[1] == ' ')
            return tr_skip_ws(e + 2, z);
        if (e > d && bytes_at(e, z, "）"))
            return tr_skip_ws(e + 3, z);
        return a;
    }
    while (q < z && ascii_digit(*q) && q - a < 3)
        q++;
    if (q > a && q < z) {
        if ((*q == '.' || *q == ')') && q + 1 < z && q[1] == ' ')
            return tr_skip_ws(q + 2, z);
        if (bytes_at(q, z, "、"))
            return tr_skip_ws(q + 3, z);
    }
    return a;
}

/* An item line without marks, its columns split by single spaces:
 * "A-100 蓝色T恤 2 59.00 118.00", "A-100 2 pcs 59.00 118.00". Taken only
 * when arithmetic picks one reading. */
static bool bare_row(struct pass *p, const char *a, const char *z, unsigned line)
{
    struct cell c[TR_MAX_CELLS];
    size_t n = tr_split_ws(a, z, c);
    int found = 0;
    int64_t fq = 0;
    od_money fp = 0, fa = 0;
    size_t fstart = 0;

    if (n < 4 || !tr_code_like(c[0].p, c[0].n))
        return false;
    /* (quantity, price, amount) or (price, quantity, amount), with a unit
     * word after the quantity or not */
    for (int form = 0; form < 4; form++) {
        bool unit = form & 1, price_first = form & 2;
        size_t need = 3 + (unit ? 1 : 0), qi, pi, ai = n - 1;
        const char *qe;
        int64_t q;
        od_money pr, am;

        if (n < need + 1)
            continue;
        if (price_first) {
            pi = n - need;
            qi = pi + 1;
        } else {
            qi = n - need;
            pi = n - 2;
        }
        qe = c[qi + (unit ? 1 : 0)].p + c[qi + (unit ? 1 : 0)].n;
        if (!tr_is_count(c[qi].p, qe, &q) ||
            (unit && !is_qty(c[qi].p, (size_t)(qe - c[qi].p), &q)) ||
            (!unit && tr_money_marked(c[qi].p, c[qi].n)))
            continue;
        if (unit && tr_is_money(c[qi + 1].p, c[qi + 1].n, &(od_money){0}))
            continue;
        if (!tr_is_money(c[pi].p, c[pi].n, &pr) || !tr_is_money(c[ai].p, c[ai].n, &am))
            continue;
        if (!tr_fits(q, pr, am, tr_tol(q)) || am <= 0)
            continue;
        if (found && (q != fq || pr != fp))
            return false; /* two readings: not taken */
        found = 1;
        fq = q;
        fp = pr;
        fa = am;
        fstart = price_first ? pi : qi;
    }
    if (!found)
        return false;
    {
        const char *ts = fstart > 1 ? c[1].p : NULL;
        size_t tn = fstart > 1 ? (size_t)(c[fstart - 1].p + c[fstart - 1].n - c[1].p) : 0;

        tr_emit_item(p, c[0].p, c[0].n, ts, tn, fq, fp, fa, line);
    }
    return true;
}

/* The closing bracket ending [a, z): its length and the opening one
 * that goes with it; 0 when none. */
static size_t closing_bracket(const char *a, const char *z, const char **open)
{
    static const char *const pairs[][2] = {
        {"(", ")"}, {"[", "]"}, {"（", "）"}, {"【", "】"}, {"［", "］"}};

    for (size_t i = 0; i < sizeof(pairs) / sizeof(pairs[0]); i++) {
        size_t n = strlen(pairs[i][1]);

        if ((size_t)(z - a) > n && memcmp(z - n, pairs[i][1], n) == 0) {
            *open = pairs[i][0];
            return n;
        }
    }
    return 0;
}

/* A measure rather than a code: digits, maybe a decimal point, then
 * only letters ("48mm", "1.5kg", "200g"). */
static bool measure(const char *a, const char *z)
{
    const char *q = a;

    while (q < z && (ascii_digit(*q) || *q == '.'))
        q++;
    if (q == a || q == z)
        return false;
    for (; q < z; q++)
        if (!((*q >= 'a' && *q <= 'z') || (*q >= 'A' && *q <= 'Z')))
            return false;
    return true;
}

/* After a word that says a code follows ("réf.", "Ref:", "Art.-Nr.",
 * "Item #", "SKU", "货号"), where the code starts; else p. */
static const char *ref_word(const char *p, const char *z)
{
    static const char *const words[] = {"réf", "ref",  "art-nr", "art.-nr", "artnr", "art", "item",
                                        "sku", "code", "货号",   "编码",    "型号",  NULL};

    for (size_t i = 0; words[i]; i++) {
        size_t k = strlen(words[i]);
        const char *q = p + k;

        if ((size_t)(z - p) <= k || strncasecmp(p, words[i], k) != 0)
            continue;
        if ((unsigned char)words[i][0] < 0x80 &&
            ((*q >= 'a' && *q <= 'z') || (*q >= 'A' && *q <= 'Z')))
            continue;
        while (q < z && (*q == '.' || *q == ':' || *q == '#' || *q == ' '))
            q++;
        if (bytes_at(q, z, "："))
            q += 3;
        return q < z ? q : p;
    }
    return p;
}

bool tr_bracket_code(const char *a, const char *z, const char **name_end, const char **ca,
                     const char **cz)
{
    const char *q, *e, *open;
    size_t close = closing_bracket(a, z, &open), on;
    bool alpha = false, other = false;

    if (!close || z - a < 4)
        return false;
    on = strlen(open);
    /* the code inside is ASCII after a reference word ("réf. HD-SK-2535",
     * "Art.-Nr. 4711-A"): look back for the opening bracket */
    for (e = z - close;; e--) {
        if ((size_t)(e - a) < on)
            return false;
        if (memcmp(e - on, open, on) == 0)
            break;
        if (e[-1] == ')' || e[-1] == ']' || (z - close - e) > 40)
            return false;
    }
    q = e - on;
    if (tr_rtrim(a, q) == a)
        return false;
    e = ref_word(q + on, z - close);
    for (const char *c = e; c < z - close; c++)
        if ((unsigned char)*c >= 0x80)
            return false;
    if (!tr_code_like(e, (size_t)(z - close - e)))
        return false;
    for (const char *c = e; c < z - close; c++) {
        if ((*c >= 'a' && *c <= 'z') || (*c >= 'A' && *c <= 'Z'))
            alpha = true;
        else if (ascii_digit(*c) || *c == '-')
            other = true;
        else if (*c == '/')
            return false;
    }
    if (!alpha || !other || measure(q + on, z - close))
        return false;
    *name_end = q;
    *ca = e;
    *cz = z - close;
    return true;
}

/* The item named before or after the quantity: its first word is the
 * SKU and the rest its name ("A-100 蓝色T恤"); when the first word is
 * no code but one later word is ("please add A-100 blue"), that word is
 * the SKU and the words after it (else before it) the name. Without an
 * operator (`weak`: "5 boxes @ 12.00") the item must be a code or a name
 * in Chinese. */
/* "5-ply", "12kg", "2-col", "10x6cm", "50x70": a count or measures and
 * maybe a lower-case word of what they count, part of a name, never an
 * item code. */
static bool size_word(const char *a, const char *z)
{
    const char *q = a;
    bool times = false;

    for (;;) {
        const char *d = q;

        while (q < z && (ascii_digit(*q) || (q > d && *q == '.')))
            q++;
        if (q == d)
            return false;
        if (q + 1 < z && (*q == 'x' || *q == 'X' || *q == '*') && ascii_digit(q[1])) {
            q++;
            times = true;
            continue;
        }
        break;
    }
    if (q < z && *q == '-' && !times)
        q++;
    if (q == z)
        return times;
    for (; q < z; q++)
        if (!(*q >= 'a' && *q <= 'z'))
            return false;
    return true;
}

/* Does the item [a, z) hold a code the way emit_entity finds one (a
 * code in brackets ending it, its first word, or exactly one other
 * word)? */
static bool has_code(const char *a, const char *z)
{
    const char *te, *ca, *cz;
    int n = 0;

    if (tr_bracket_code(a, z, &te, &ca, &cz) || tr_code_like(a, (size_t)(word_end(a, z) - a)))
        return true;
    for (const char *w = tr_skip_ws(word_end(a, z), z); w < z; w = tr_skip_ws(word_end(w, z), z))
        n += tr_code_like(w, (size_t)(word_end(w, z) - w)) && !size_word(w, word_end(w, z));
    return n == 1;
}

/* "500 ml", "12 bottles", "80 x 100 mm": a number [w, we) with a word
 * in small letters (or "×") after it counts or measures something; it
 * is no item code. */
static bool count_word(const char *w, const char *we, const char *ez)
{
    const char *n = tr_skip_ws(we, ez);

    for (const char *q = w; q < we; q++)
        if (!ascii_digit(*q) && *q != ',' && *q != '.')
            return false;
    if (n == we || n == ez)
        return false;
    return (*n >= 'a' && *n <= 'z') || bytes_at(n, ez, "×");
}

static int emit_entity(struct pass *p, const char *ea, const char *ez, bool weak, int64_t qty,
                       od_money price, od_money amount, unsigned line)
{
    const char *se = word_end(ea, ez), *ss = ea, *ts, *te = ez, *ca, *cz;
    bool first_code = tr_code_like(ea, (size_t)(se - ea)) && !count_word(ea, se, ez);

    /* "Desiccant 200g (HD-DS-0200)": a code in brackets ending the item is
     * the SKU and the words before it the name */
    if (tr_bracket_code(ea, ez, &te, &ca, &cz)) {
        if (amount != OD_MONEY_NONE && amount < 0)
            amount = OD_MONEY_NONE;
        te = tr_rtrim(ea, te);
        tr_emit_item(p, ca, (size_t)(cz - ca), ea, (size_t)(te - ea), qty, price, amount, line);
        return 1;
    }

    if (!first_code) {
        const char *found = NULL, *found_end = NULL;
        int n = 0;

        for (const char *w = tr_skip_ws(se, ez); w < ez; w = tr_skip_ws(word_end(w, ez), ez))
            if (tr_code_like(w, (size_t)(word_end(w, ez) - w)) && !size_word(w, word_end(w, ez)) &&
                !count_word(w, word_end(w, ez), ez) && n++ == 0) {
                found = w;
                found_end = word_end(w, ez);
            }
        if (n == 1) {
            ss = found;
            se = found_end;
        }
    }
    if (weak && !tr_code_like(ss, (size_t)(se - ss)) && (unsigned char)*ss < 0x80)
        return 0;
    if (ss == ea && !first_code && (unsigned char)*ea < 0x80) {
        /* "24,000 x Front label 80 x 100 mm, waterproof": no word is a
         * code; the words are the title */
        tr_emit_item(p, NULL, 0, ea, (size_t)(ez - ea), qty, price,
                     amount != OD_MONEY_NONE && amount < 0 ? OD_MONEY_NONE : amount, line);
        return 1;
    }
    ts = tr_skip_ws(se, ez);
    /* "铁观音小泡袋 7g 铝箔 真空 100,000个 单价0.08": no code anywhere, a
     * Chinese name first and its specification after it: the title is
     * the name and the specification (as a 规格 column gives it) */
    if (ss == ea && ts < ez && (unsigned char)*ea >= 0x80 && !tr_code_like(ea, (size_t)(se - ea))) {
        tr_emit_item(p, NULL, 0, ea, (size_t)(ez - ea), qty, price,
                     amount != OD_MONEY_NONE && amount < 0 ? OD_MONEY_NONE : amount, line);
        return 1;
    }
    if (ts == ez && ss > ea) {
        ts = ea;
        te = tr_rtrim(ea, ss);
    }
    if (amount != OD_MONEY_NONE && amount < 0)
        amount = OD_MONEY_NONE;
    tr_emit_item(p, ss, (size_t)(se - ss), ts, (size_t)(te - ts), qty, price, amount, line);
    return 1;
}

/* Where the count that ends [a, lz) starts: "20", "250 kg" (the count
 * and its unit as two words), "20 000 шт." (groups of three parted by
 * spaces); NULL when [a, lz) ends in no count or is nothing but one. */
static const char *count_start(const char *a, const char *lz, int64_t *qty)
{
    const char *w1 = word_start(a, lz), *w2 = word_start(a, tr_rtrim(a, w1));
    const char *cand[2] = {w1, w2 < w1 ? w2 : NULL};

    for (int k = 0; k < 2; k++) {
        const char *cs = cand[k], *found = NULL;
        int64_t q;

        if (!cs)
            continue;
        if (tr_is_count(cs, lz, &q)) {
            found = cs;
            *qty = q;
        }
        /* "20 000 шт.": a group of one to three digits before three */
        for (const char *g = cs; ns_digits(g, lz) == 3 && g > a;) {
            const char *b = tr_rtrim(a, g), *w = word_start(a, b);

            if (b == g || b - w > 3 || ns_digits(w, b) != (size_t)(b - w) ||
                !tr_is_count(w, lz, &q))
                break;
            found = g = w;
            *qty = q;
        }
        if (found)
            return found == a ? NULL : found;
    }
    return NULL;
}

/* "水果网套（12cm 红色）", "Vassoio cannoli (oro, 6 pz, 22x14 cm):": the
 * words in brackets that end an item's name are its specification, and
 * the title is the name and them (as a 规格 column gives it); brackets
 * that hold an item code ("(T-1)", "（HD-DB-1608）") stay. */
void tr_bracket_title(struct ev *e)
{
    const char *t = e->t, *z, *cz, *ob = NULL, *nz, *c0;
    size_t ol, n, cn;
    bool letter = false, digit = false, dash = false, space = false;

    if (!t || e->s)
        return;
    z = tr_rtrim(t, t + e->tn);
    if (z > t && z[-1] == ':')
        z = tr_rtrim(t, z - 1);
    if (z - t >= 3 && memcmp(z - 3, "）", 3) == 0) {
        cz = z - 3;
        for (const char *q = t; q + 3 <= cz; q++)
            if (memcmp(q, "（", 3) == 0)
                ob = q;
        ol = 3;
    } else if (z > t && z[-1] == ')') {
        cz = z - 1;
        ob = memrchr(t, '(', (size_t)(cz - t));
        ol = 1;
    } else {
        return;
    }
    if (!ob || (nz = tr_rtrim(t, ob)) == t)
        return;
    c0 = tr_skip_ws(ob + ol, cz);
    cn = (size_t)(tr_rtrim(c0, cz) - c0);
    if (!cn || memchr(c0, '(', cn) || memchr(c0, ')', cn))
        return;
    for (size_t i = 0; i < cn; i++) {
        letter |= ascii_alnum((unsigned char)c0[i]) && !ascii_digit(c0[i]);
        digit |= ascii_digit(c0[i]);
        dash |= c0[i] == '-';
        space |= c0[i] == ' ' || c0[i] == ',';
    }
    if (!space && letter && digit && cn >= 4 && (dash || !ascii_digit(c0[0])))
        return; /* an item code */
    n = (size_t)(nz - t);
    if ((e->s = malloc(n + 1 + cn + 1)) == NULL)
        return;
    memcpy(e->s, t, n);
    e->s[n] = ' ';
    memcpy(e->s + n + 1, c0, cn);
    e->s[n + 1 + cn] = '\0';
}

/* "打包带（HD-DB-1608）  250kg × 9.60元/kg = 2400.00", "Tape (T-1) 20 rolls
 * x 1.50 = 30.00": the item, its count, an operator, the unit price and
 * the amount after '='. Taken only when count x price is the amount.
 * Without '=' ("A-1 Sachet 4 x 2.50 €") the price must end the line and
 * be written as money (decimals or a currency mark), and the item must
 * be a code or start with one. The count may be grouped by threes with
 * spaces ("20 000 шт."); a dash before it is dropped. */
static bool times_row(struct pass *p, const char *a, const char *z, unsigned line)
{
    const char *eq = memrchr(a, '=', (size_t)(z - a)), *op = NULL, *e, *hz, *lz, *cs, *iz;
    size_t opw = 0;
    od_money amount = OD_MONEY_NONE, price, per_price = OD_MONEY_NONE;
    int64_t qty = 0, per = 1, e4 = 0;
    size_t pn, first_ev;
    char fine[32] = "";
    bool ok;

    if (eq && eq > a && take_price(eq + 1, z, &amount, &e) && tr_skip_ws(e, z) == z && amount > 0)
        hz = tr_rtrim(a, eq);
    else if (!eq)
        hz = tr_rtrim(a, z);
    else
        return false;
    for (const char *q = a; q < hz; q++) {
        size_t w = op_at(a, q, hz);

        if (w) {
            op = q;
            opw = w;
            q += w - 1;
        }
    }
    if (!op)
        return false;
    /* "x USD 14.50 / 1,000 pcs = USD 1,740.00": a price for N pieces */
    if (amount != OD_MONEY_NONE &&
        mail_price_per_split(op + opw, (size_t)(hz - op - opw), &pn, &per) &&
        take_price(op + opw, op + opw + pn, &per_price, &e) && e == op + opw + pn) {
        od_money want;

        price = per_price;
        lz = tr_rtrim(a, op);
        if ((cs = count_start(a, lz, &qty)) == NULL)
            return false;
        mail_per_price(per_price, per, qty, &e4, &price, &want);
        if (want == OD_MONEY_NONE || want - amount > 1 || amount - want > 1)
            return false;
    } else if (!take_price(op + opw, hz, &price, &e) || e != hz) {
        /* "30000个 × 0.025 = 750.00": a price finer than a cent, kept
         * exactly when qty x price is the amount */
        const char *ps = tr_skip_ws(op + opw, hz);

        if (amount == OD_MONEY_NONE || (size_t)(hz - ps) >= sizeof(fine) ||
            !tr_fine_money(ps, (size_t)(hz - ps), &price, &e4))
            return false;
        memcpy(fine, ps, (size_t)(hz - ps));
        fine[hz - ps] = '\0';
    }
    if (amount == OD_MONEY_NONE &&
        !tr_money_marked(tr_skip_ws(op + opw, hz), (size_t)(hz - tr_skip_ws(op + opw, hz))))
        return false;
    lz = tr_rtrim(a, op);
    if ((cs = count_start(a, lz, &qty)) == NULL)
        return false;
    if (per == 1 && amount != OD_MONEY_NONE && !fine[0] &&
        !tr_fits(qty, price, amount, tr_tol(qty)))
        return false;
    if (fine[0]) {
        od_money want;

        if (!od_money_mul(e4, qty, &want))
            return false;
        want = (want + 50) / 100;
        if (want - amount > 1 || amount - want > 1)
            return false;
    }
    iz = tr_rtrim(a, cs);
    if (iz > a && (iz[-1] == ':' || (iz[-1] == '-' && iz - 1 > a && iz[-2] == ' ')))
        iz = tr_rtrim(a, iz - 1);
    else if (iz - a >= 4 && (bytes_at(iz - 3, z, "—") || bytes_at(iz - 3, z, "–")))
        iz = tr_rtrim(a, iz - 3);
    if (iz == a)
        return false;
    first_ev = p->n;
    if (amount != OD_MONEY_NONE && !has_code(a, iz)) {
        /* "Foam net sleeve for durian  48,000 pcs x 0.85 = 40,800.00":
         * the arithmetic holds, but nothing names the item's code */
        if (!tr_emit_item(p, NULL, 0, a, (size_t)(iz - a), qty, price, amount, line))
            return true;
        tr_bracket_title(&p->ev[p->n - 1]);
        tr_problem(p, EV_DOUBT, line, true, "line %u: an item without a code", line);
        ok = true;
    } else {
        ok = emit_entity(p, a, iz, amount == OD_MONEY_NONE, qty, price, amount, line) == 1;
        /* "YB-HZ-01  白酒礼盒（500ml 单瓶 天地盖）  3,000个 × 9.80 =
         * 29,400.00": after the code, a Chinese name whose full-width
         * brackets hold its specification */
        if (ok && amount != OD_MONEY_NONE && p->n > first_ev)
            zh25_code_bracket_title(&p->ev[p->n - 1]);
    }
    if (ok && per > 1)
        tr_per_price(p, first_ev, per_price, per, line);
    else if (ok && fine[0])
        tr_exact_price(p, first_ev, e4, fine, line);
    return ok;
}

/* A currency mark written before the price ("€0.33", "US$5", "£2"): the
 * order's currency when no label names one (a label read first wins). */
static void price_currency(struct pass *p, const char *q, const char *z, unsigned line)
{
    const char *e = tr_skip_ws(q, z), *c = e, *code;
    struct ev *ev;

    while (c < z && !ascii_digit(*c) && *c != ' ' && c - e < 8)
        c++;
    if (c == e || c == z || !ascii_digit(*c))
        return;
    code = mail_currency_code(e, (size_t)(c - e));
    if (!code || (ev = tr_event(p, EV_LABEL, line)) == NULL)
        return;
    ev->field = "currency";
    memcpy(ev->code, code, 4);
}

/* "Scarf gift box 32 x 22 x 4 cm, grey ..... 4,000 pcs @ USD 1.35": a
 * leader of three dots or more (or two "…") between the name and a
 * count (maybe with its unit word) that ends [a, hz). Sets *ne to the
 * name's end and *qty; false when [a, hz) is not so. What stands in the
 * name (sizes with "x") is no operator. */
static bool leader_count(const char *a, const char *hz, const char **ne, int64_t *qty)
{
    for (const char *q = hz; q > a; q--) {
        const char *s = q, *c;
        size_t dots = 0;

        if (q[-1] == '.') {
            while (s > a && s[-1] == '.')
                s--, dots++;
        } else if (q - a >= 3 && bytes_at(q - 3, hz, "…")) {
            while (s - a >= 3 && bytes_at(s - 3, hz, "…"))
                s -= 3, dots += 2;
        } else {
            continue;
        }
        if (dots < 3)
            return false;
        c = tr_skip_ws(q, hz);
        if (c == q && c < hz)
            return false;
        if (tr_rtrim(a, s) == a || !tr_is_count(c, hz, qty))
            return false;
        *ne = tr_rtrim(a, s);
        return true;
    }
    return false;
}

/* Where the dots that end [a, z) start. */
static const char *dots_start(const char *a, const char *z)
{
    while (z > a && z[-1] == '.')
        z--;
    return z;
}

/* "2,000 x HD-TP-0020 Tissue paper, gold foil (what is the price?)": a
 * count, an operator and an item code, and no money after them. Where
 * the item's text ends (before a closing bracket that asks something),
 * or NULL when the line is not of that shape. */
static const char *count_times_code(const char *a, const char *z)
{
    const char *q = a, *w, *e;
    int64_t qty;
    size_t opw;

    while (q < z && (ascii_digit(*q) || *q == ','))
        q++;
    if (q == a || !tr_is_count(a, q, &qty))
        return NULL;
    q = tr_skip_ws(q, z);
    if (q == z || !(opw = op_at(a, q, z)))
        return NULL;
    w = tr_skip_ws(q + opw, z);
    for (e = w; e < z && *e != ' ' && *e != '\t';)
        e++;
    if (!tr_code_like(w, (size_t)(e - w)))
        return NULL;
    for (const char *c = e; c < z; c++)
        if (*c == '$' || bytes_at(c, z, "¥") || bytes_at(c, z, "￥") || bytes_at(c, z, "€") ||
            bytes_at(c, z, "£") || bytes_at(c, z, "元") || bytes_at(c, z, "="))
            return NULL;
    e = tr_rtrim(a, z);
    if (e > w && e[-1] == ')' && memchr(w, '?', (size_t)(e - w))) {
        const char *o = memrchr(w, '(', (size_t)(e - w));

        if (o && memchr(o, '?', (size_t)(e - o)))
            e = tr_rtrim(a, o);
    }
    return e;
}

int tr_item_line(struct pass *p, const char *a, const char *z, unsigned line)
{
    struct pmark m;
    od_money price, amount = OD_MONEY_NONE;
    const char *pend = NULL, *tail = NULL, *ea = NULL, *ez = NULL, *hz;
    int64_t qty = 0;
    char why[200], shown[128], fine[32] = "";
    int64_t e4 = 0, per = 1;
    od_money per_price = OD_MONEY_NONE;
    size_t first_ev;
    bool found, no_price = false, leader = false;
    struct pmark bare = {0};
    const char *odd = NULL, *open; /* what follows the price and is not read */
    int rc;

    if (dli_item_line(p, a, z, line))
        return 1; /* "1) name (spec) - 3 000 tk - 2,40 EUR/tk" (dashitems.c) */
    a = tr_skip_bullet(a, z);
    /* the first mark with money after it ("john@x.com: A-1 x 2 @ 5") */
    for (const char *from = a;;) {
        found = price_mark(a, from, z, &m);
        if (!found || money_starts(m.after, z))
            break;
        if (m.strict && !bare.at)
            bare = m;
        from = m.at + 1;
    }
    if (found) {
        bool took = take_unit_price(m.after, z, &price, &pend, fine, &e4);

        if (took && !price_tail(pend, z, &amount)) {
            /* "@ USD 9.50 per 100 pcs = USD 1,900.00": checked below */
            took = !fine[0] && m.per <= 1 && per_price_tail(pend, z, &per, &amount);
            if (took) {
                per_price = price;
            } else if (m.strict) {
                /* "@6.20 ＝18,600.00 (see note)": the price is read and
                 * what follows it is not; the item is kept without an
                 * amount and the order held */
                took = true;
                amount = OD_MONEY_NONE;
                odd = tr_skip_ws(pend, z);
            }
        }
        if (took && m.per > 1 && !fine[0]) {
            /* "每百個 12.00 ＝4,800.00": the price of 100 */
            per = m.per;
            per_price = price;
        }
        if (!took) {
            if (!m.strict)
                return 0;
            hz = m.at;
            /* a name and a quantity before '@': an item line with a bad price */
            if (head_qty(a, tr_rtrim(a, hz), true, &qty, &ea, &ez, why, sizeof(why)) == 0)
                return 0;
            tr_clip(shown, sizeof(shown), tr_skip_ws(m.after, z),
                    (size_t)(z - tr_skip_ws(m.after, z)));
            p->item_seen = true;
            tr_problem(p, EV_ERROR, line, true, "line %u: unit price '%s' is not an amount", line,
                       shown);
            return 1;
        }
    } else if (price_each(a, z, &m, &price, &tail, fine, &e4)) {
        if (!price_tail(tail, z, &amount))
            return 0;
        if (m.per > 1 && !fine[0]) {
            per = m.per; /* "AUD 42.00 per 100" */
            per_price = price;
        }
    } else if (bare.at && !has_digit(bare.after, z)) {
        /* "HD-1  lid  5,000 pcs  @ ?  (please advise)": the price is left
         * open; the item is read without one, with a doubt */
        m = bare;
        price = 0;
        no_price = true;
    } else if (p->item_seen && (m.at = count_times_code(a, z)) != NULL) {
        /* "2,000 x HD-TP-0020 Tissue paper (new item - what is the
         * price?)" among priced lines of that shape: read without a
         * price, with a doubt */
        m.after = m.at;
        m.strict = true;
        price = 0;
        no_price = true;
    } else {
        return bare_row(p, a, z, line) || times_row(p, a, z, line)
                   ? 1
                   : tr_priced_item_line(p, a, z, line);
    }
    hz = tr_rtrim(a, m.at);
    while (hz > a &&
           (hz[-1] == ',' || hz[-1] == ':' || (hz[-1] == '-' && hz - 1 > a && hz[-2] == ' ')))
        hz = tr_rtrim(a, hz - 1);
    if (hz - a >= 3 && (bytes_at(hz - 3, z, "，") || bytes_at(hz - 3, z, "：")))
        hz = tr_rtrim(a, hz - 3);
    if ((leader = leader_count(a, hz, &ez, &qty)) == true) {
        /* the name before the leader, its count after it; a name with
         * no code is the title */
        ea = a;
        rc = 1;
    } else {
        rc = head_qty(a, hz, m.strict, &qty, &ea, &ez, why, sizeof(why));
    }
    if (rc == 0)
        return 0;
    if (rc < 0) {
        p->item_seen = true;
        tr_problem(p, EV_ERROR, line, true, "line %u: %s", line, why);
        return 1;
    }
    if (rc == 3) {
        /* the x was not the operator: held for a look */
        tr_problem(p, EV_DOUBT, line, true,
                   "line %u: quantity %lld read from the end; the 'x' before it taken as part of "
                   "the name",
                   line, (long long)qty);
        rc = 2;
    }
    ea = tr_skip_ws(ea, ez);
    for (;;) {
        if (ez > ea && (ez[-1] == ',' || ez[-1] == ':' || ez[-1] == '-'))
            ez = tr_rtrim(ea, ez - 1);
        else if (ez - ea >= 3 && (bytes_at(ez - 3, ez, "—") || bytes_at(ez - 3, ez, "–")))
            ez = tr_rtrim(ea, ez - 3); /* "name (CODE) — 600 pcs" */
        else if (ez - ea >= 3 && bytes_at(ez - 3, ez, "…"))
            ez = tr_rtrim(ea, ez - 3);
        else if (ez - ea >= 3 && memcmp(ez - 3, "...", 3) == 0)
            ez = tr_rtrim(ea, dots_start(ea, ez)); /* "24,000 x name ..... NZ$0.21 ea" */
        else
            break;
    }
    /* "john@x.com: A-1 x 2": a lead-in before a colon is not the item */
    for (const char *q = ez; q > ea; q--)
        if (q[-1] == ':' || (q - ea >= 3 && bytes_at(q - 3, ez, "："))) {
            if (tr_skip_ws(q, ez) < ez)
                ea = tr_skip_ws(q, ez);
            break;
        }
    if (ea == ez)
        return 0;
    /* no amount written for a price finer than a cent: the exact one */
    if (fine[0] && amount == OD_MONEY_NONE && e4 <= INT64_MAX / qty - 50)
        amount = (e4 * qty + 50) / 100;
    if (per > 1) {
        /* the price a piece; the order's check compares count x price
         * with the amount written, as for any item line */
        od_money want;

        mail_per_price(per_price, per, qty, &e4, &price, &want);
    }
    first_ev = p->n;
    if ((((unsigned char)*ea >= 0x80 && closing_bracket(ea, ez, &open)) || leader) &&
        !has_code(ea, ez)) {
        /* "冷凍禮盒（4片裝 上掀式） 3,000個 @6.20": a name in Chinese and
         * its specification in brackets, no code: the title */
        if (!tr_emit_item(p, NULL, 0, ea, (size_t)(ez - ea), qty, price,
                          amount != OD_MONEY_NONE && amount < 0 ? OD_MONEY_NONE : amount, line))
            return 1;
        tr_bracket_title(&p->ev[p->n - 1]);
        rc = 1;
    } else {
        rc = emit_entity(p, ea, ez, rc == 2, qty, price, amount, line);
    }
    if (rc == 1 && odd) {
        tr_clip(shown, sizeof(shown), odd, (size_t)(z - odd));
        tr_problem(p, EV_DOUBT, line, true,
                   "line %u: '%s' after the unit price is not read; check the line's amount", line,
                   shown);
    }
    if (rc == 1 && per > 1)
        tr_per_price(p, first_ev, per_price, per, line);
    if (rc == 1 && no_price)
        tr_problem(p, EV_DOUBT, line, true, "line %u: no unit price is written for this item",
                   line);
    else if (rc == 1 && found)
        price_currency(p, m.after, z, line);
    if (rc == 1 && fine[0])
        tr_exact_price(p, first_ev, e4, fine, line);
    return rc;
}
