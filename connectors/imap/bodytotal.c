/* The total a text states below its lines (bodytotal.h). The text
 * reader takes a total from a label ("Total: 1,580.00") or a table's
 * totals row; a total written with more words than its label, after a
 * blank line ("TOTAL EUR (Incoterm FOB Ningbo)   1,580.00"), escapes
 * both, and an order whose lines do not add up to it would be stored
 * clean. A clerk reads the line under the items that starts with a
 * total word and ends with an amount: so does this. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bodytotal.h"
#include "error.h"
#include "fields.h"
#include "mailkind.h"
#include "numshape.h"
#include "rebatetotal.h"

/* Lines below the last item line looked at (blank lines count). */
#define BELOW 8
/* Lines below a read total looked at for another one. */
#define LATER 4
/* A total line is short. */
#define LINE_MAX_TOTAL 300

static bool ascii_alpha(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static bool bt_has_digit(const char *a, const char *z)
{
    for (; a < z; a++)
        if (*a >= '0' && *a <= '9')
            return true;
    return false;
}

/* The last clause of l[0..n) after a comma or semicolon ("小計 NT$12,605，
 * 運費 NT$350，總共 NT$12,955"): when it starts with a total word, where
 * the rest starts, or NULL. A comma between digits is a thousands mark. */
static const char *last_clause_total(const char *l, size_t n, const char **cz)
{
    static const char *const sep[] = {"，", "；", ", ", "; "};
    const char *z = l + n, *best = NULL;

    /* "…，总共 28,100.00 元，确认后先付一半。": clauses after it that name
     * no figure are passed over (the last clause with a digit) */
    if (!bt_has_digit(l, z))
        return NULL;
    for (const char *end = z;;) {
        best = NULL;
        for (size_t i = 0; i < sizeof(sep) / sizeof(sep[0]); i++) {
            size_t k = strlen(sep[i]);

            for (const char *q = l; q + k <= end; q++)
                if (memcmp(q, sep[i], k) == 0 && (!best || q + k > best))
                    best = q + k;
        }
        *cz = end;
        if (!best || bt_has_digit(best, end))
            break;
        end = best - 1; /* a clause without a figure: look before it */
        while (end > l && ((unsigned char)*end & 0xC0) == 0x80)
            end--;
    }
    return best ? mail_total_lead(best, (size_t)(z - best)) : NULL;
}

/* Words after the total word that make it a count, not money. */
static bool counts_things(const char *a, const char *z)
{
    static const char *const w[] = {"qty",    "quantity", "pcs",     "pieces", "items", "units",
                                    "weight", "volume",   "cartons", "boxes",  "cbm",   "kg",
                                    "数量",   "件数",     "重量",    "箱数",   "數量",  NULL};
    char buf[LINE_MAX_TOTAL + 1];
    size_t n = (size_t)(z - a) < LINE_MAX_TOTAL ? (size_t)(z - a) : LINE_MAX_TOTAL;

    memcpy(buf, a, n);
    buf[n] = '\0';
    for (size_t i = 0; w[i]; i++)
        if (strcasestr(buf, w[i]))
            return true;
    return false;
}

/* The amount that ends l[0..n): the last run without white space,
 * written as money (a decimal point or comma with two decimals, or a
 * currency mark), not a bare count; or the last two or three runs when
 * they read as one amount, as French and German write them ("6 517,20
 * €", "1 086,20 €": a space between thousands, the sign after a space). */
static bool last_amount(const char *l, const char *z, od_money *out)
{
    const char *e = z, *b;
    char tok[64];
    bool found = false;

    /* "| 合计 | | 8.00 |": a table's row drawn with bars */
    while (e > l && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\r' || e[-1] == '|'))
        e--;
    b = e;
    for (int runs = 0; runs < 3 && b > l; runs++) {
        size_t n;
        od_money m;

        if (runs && !(b - l >= 2 && b[-1] == ' ' && b[-2] != ' ' && b[-2] != '\t'))
            break; /* one space joins the runs of an amount */
        if (runs)
            b--;
        while (b > l && b[-1] != ' ' && b[-1] != '\t')
            b--;
        n = (size_t)(e - b);
        if (!n || n >= sizeof(tok))
            break;
        /* "6 517,20" read as "6517.20" (numshape.h) */
        if ((n = ns_degroup_spaces(b, n, true, tok, sizeof(tok))) == 0) {
            n = (size_t)(e - b);
            memcpy(tok, b, n);
            tok[n] = '\0';
        }
        if (strpbrk(tok, ".,$¥￥€£元") && mail_parse_amount(tok, n, &m) == 0 && m > 0) {
            *out = m;
            found = true;
        }
    }
    return found;
}

/* "九五折 -HK$1,700.00", "Less 5 % －120.00": a label and an amount
 * taken off, the minus sign right before it (or before its currency
 * mark); the amount in *out. */
static bool minus_amount(const char *l, const char *z, od_money *out)
{
    const char *e = z, *b;
    char tok[64];
    size_t n, k = 0;
    od_money m;

    while (e > l && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\r' || e[-1] == '|'))
        e--;
    b = e;
    while (b > l && b[-1] != ' ' && b[-1] != '\t')
        b--;
    if (b == l || (size_t)(e - b) >= sizeof(tok))
        return false;
    if (*b == '-')
        k = 1;
    else if (e - b > 3 && memcmp(b, "－", 3) == 0)
        k = 3;
    if (!k)
        return false;
    n = (size_t)(e - b) - k;
    memcpy(tok, b + k, n);
    tok[n] = '\0';
    if (!strpbrk(tok, ".,$¥￥€£元") || mail_parse_amount(tok, n, &m) != 0 || m <= 0)
        return false;
    *out = m;
    return true;
}

/* The largest line number among the "lines[...]" sources, and whether
 * a "total" or "subtotal" source is there. */
static unsigned last_item_line(const char *src, bool *stated)
{
    unsigned last = 0;

    *stated = strstr(src, "\"total\":") || strstr(src, "\"subtotal\":");
    for (const char *p = strstr(src, "\"lines["); p; p = strstr(p + 1, "\"lines[")) {
        const char *v = strstr(p, "\": \"line ");

        if (v) {
            unsigned long k = strtoul(v + 9, NULL, 10);

            if (k > last && k < 100000000)
                last = (unsigned)k;
        }
    }
    return last;
}

/* Append "total": "line N" to the sources object. */
static int add_source(struct od_extraction *x, unsigned line)
{
    size_t n = strlen(x->sources);
    char *s = realloc(x->sources, n + 40);

    if (!s)
        return od_error_set(OD_ENOMEM, "out of memory");
    x->sources = s;
    if (n && s[n - 1] == '}')
        n--;
    snprintf(s + n, 40, "%s\"total\": \"line %u\"}", n > 1 ? ", " : "", line);
    return 0;
}

/* The sum of the lines plus shipping and tax less discount in *out;
 * false when it leaves the money range. */
static bool lines_sum(const struct od_order *o, od_money *out)
{
    od_money sum = 0, extra;

    for (size_t i = 0; i < o->n_lines; i++)
        if (o->lines[i].total != OD_MONEY_NONE && !od_money_add(sum, o->lines[i].total, &sum))
            return false;
    return od_order_charges(o, &extra) && od_money_add(sum, extra, out);
}

/* Does l[0..z) write the sum `sum` as a number of its own and, beside
 * it, another amount of the same size (from half to twice the sum):
 * "算下来是2290，零头抹了，就按2200结"? The other amount in *other. A
 * number inside a code or a date ("JK-2612-011", "12/10") is none. */
static bool sum_and_other(const char *l, const char *z, od_money sum, od_money *other)
{
    bool seen_sum = false, seen_other = false;

    for (const char *q = l; q < z;) {
        const char *e = q;
        char tok[32];
        od_money m;

        if (!(*q >= '0' && *q <= '9')) {
            q++;
            continue;
        }
        if (q > l && (ascii_alpha((unsigned char)q[-1]) || strchr("-/.:_#", q[-1]))) {
            while (q < z && *q >= '0' && *q <= '9')
                q++; /* the rest of a code's or a date's digits */
            continue;
        }
        while (e < z && ((*e >= '0' && *e <= '9') ||
                         ((*e == '.' || *e == ',') && e + 1 < z && e[1] >= '0' && e[1] <= '9')))
            e++;
        if (e < z && (ascii_alpha((unsigned char)*e) || strchr("-/_#", *e))) {
            q = e;
            continue;
        }
        if ((size_t)(e - q) < sizeof(tok)) {
            memcpy(tok, q, (size_t)(e - q));
            tok[e - q] = '\0';
            if (mail_parse_amount(tok, (size_t)(e - q), &m) == 0 && m > 0) {
                if (m - sum <= 1 && sum - m <= 1) {
                    seen_sum = true;
                } else if (m * 2 >= sum && m <= sum * 2 && !seen_other) {
                    seen_other = true;
                    *other = m;
                }
            }
        }
        q = e;
    }
    return seen_sum && seen_other;
}

int mail_body_total(struct od_order *o, const char *text, size_t len)
{
    const char *p = text, *z = text + len;
    unsigned line = 1, last;
    od_money sum = 0, stated;
    bool has_total;

    if (!o->extraction || !o->extraction->sources || !o->n_lines)
        return 0;
    last = last_item_line(o->extraction->sources, &has_total);
    if (has_total || !last || o->total != OD_MONEY_NONE)
        return 0;
    for (; p < z && line <= last + BELOW; line++) {
        const char *e = memchr(p, '\n', (size_t)(z - p));
        const char *rest, *re;

        if (!e)
            e = z;
        if (line > last && (size_t)(e - p) <= LINE_MAX_TOTAL) {
            char l[LINE_MAX_TOTAL + 1];
            const char *t = p;

            while (t < e && (*t == ' ' || *t == '\t'))
                t++;
            memcpy(l, t, (size_t)(e - t));
            l[e - t] = '\0';
            if (mail_quote_start(l))
                break; /* the quoted text starts: its total is an older order's */
            rest = mail_total_lead(p, (size_t)(e - p));
            re = e;
            if (!rest)
                rest = last_clause_total(p, (size_t)(e - p), &re);
            if (rest && !counts_things(rest, re) && last_amount(rest, re, &stated)) {
                char x[OD_MONEY_STRLEN], y[OD_MONEY_STRLEN], msg[160];
                int rc;

                o->total = stated;
                if ((rc = add_source(o->extraction, line)) < 0)
                    return rc;
                if (!lines_sum(o, &sum)) {
                    snprintf(msg, sizeof(msg),
                             "the stated total %s (line %u): the sum of the lines is too large",
                             od_money_format(stated, x), line);
                    return od_order_add_doubt(o, msg) < 0 ? OD_ENOMEM : 0;
                }
                if (sum - stated > 1 || stated - sum > 1) {
                    snprintf(msg, sizeof(msg),
                             "the stated total %s (line %u) is not the sum of the lines %s",
                             od_money_format(stated, x), line, od_money_format(sum, y));
                    return od_order_add_doubt(o, msg) < 0 ? OD_ENOMEM : 0;
                }
                return 0;
            }
        }
        p = e + 1;
    }
    /* no total line: a sentence below the items that names the sum and
     * another amount beside it (a rounded or agreed total) holds the
     * order, for the total is the clerk's to choose */
    if (!lines_sum(o, &sum))
        sum = 0; /* too large: no sentence names it */
    for (p = text, line = 1; p < z && line <= last + BELOW; line++) {
        const char *e = memchr(p, '\n', (size_t)(z - p));
        od_money other = 0;

        if (!e)
            e = z;
        if (line > last && (size_t)(e - p) <= LINE_MAX_TOTAL && sum > 0) {
            char l[LINE_MAX_TOTAL + 1];

            memcpy(l, p, (size_t)(e - p));
            l[e - p] = '\0';
            if (mail_quote_start(l))
                break;
            if (sum_and_other(p, e, sum, &other)) {
                char x[OD_MONEY_STRLEN], y[OD_MONEY_STRLEN], r[OD_MONEY_STRLEN], msg[200];
                od_money rebate;
                int rc;

                if (rbt_rebate_total(p, e, sum, other, &rebate)) {
                    /* "货款55,100.00元，扣上季度返利800元，实付54,300.00元": what
                     * is paid is the total, the rebate its discount; held,
                     * for the rebate is the buyer's word */
                    o->total = other;
                    o->discount = rebate;
                    if ((rc = add_source(o->extraction, line)) < 0)
                        return rc;
                    snprintf(msg, sizeof(msg),
                             "line %u: the total %s is the sum of the lines %s less the rebate "
                             "%s it names: check the rebate",
                             line, od_money_format(other, x), od_money_format(sum, y),
                             od_money_format(rebate, r));
                    return od_order_add_doubt(o, msg) < 0 ? OD_ENOMEM : 0;
                }

                snprintf(msg, sizeof(msg),
                         "line %u names %s beside the sum of the lines %s: the total to be "
                         "keyed by hand",
                         line, od_money_format(other, x), od_money_format(sum, y));
                return od_order_add_doubt(o, msg) < 0 ? OD_ENOMEM : 0;
            }
        }
        p = e + 1;
    }
    return 0;
}

/* The line number of the "total" source, or 0. */
static unsigned total_line(const char *src)
{
    const char *p = strstr(src, "\"total\": \"line ");

    if (!p)
        return 0;
    unsigned long k = strtoul(p + strlen("\"total\": \"line "), NULL, 10);

    return k < 100000000 ? (unsigned)k : 0;
}

/* Point the "total" source at `line` instead of the line it names. */
static int move_source(struct od_extraction *x, unsigned line)
{
    const char *key = "\"total\": \"line ";
    char *at = strstr(x->sources, key), *end, *s;
    size_t head, n;

    if (!at)
        return add_source(x, line);
    head = (size_t)(at - x->sources) + strlen(key);
    end = x->sources + head;
    while (*end >= '0' && *end <= '9')
        end++;
    n = strlen(end);
    if (!(s = malloc(head + 12 + n + 1)))
        return od_error_set(OD_ENOMEM, "out of memory");
    memcpy(s, x->sources, head);
    snprintf(s + head, 12 + n + 1, "%u%s", line, end);
    free(x->sources);
    x->sources = s;
    return 0;
}

/* The line after the one ending at e (its '\n') is a short line that
 * ends with an amount: a total's, a tax's ("PDV 17% 2.970,32"). */
static bool sum_below(const char *e, const char *z)
{
    const char *t = e < z ? e + 1 : z, *n = memchr(t, '\n', (size_t)(z - t));

    while (t < z && (*t == ' ' || *t == '\t' || *t == '\r'))
        t++;
    if (!n)
        n = z;
    while (n > t && (n[-1] == ' ' || n[-1] == '\t' || n[-1] == '\r'))
        n--;
    return t < n && (size_t)(n - t) <= LINE_MAX_TOTAL && n[-1] >= '0' && n[-1] <= '9';
}

/* The line of the total read names a sum before something: a subtotal
 * word ("小计", "Subtotal", no total word at all) or a total before tax
 * ("Total excl. VAT", "Total HT", "不含税合计"). */
static bool before_sum(const char *t, const char *e)
{
    /* "bez": without, as Bosnian, Croatian, Serbian, Czech and Polish
     * write it ("Ukupno bez PDV-a") */
    static const char *const w[] = {"excl",  "before", "w/o",    "without", "net",    " HT",
                                    " bez ", "未税",   "不含税", "未稅",    "不含稅", NULL};
    char buf[LINE_MAX_TOTAL + 1];
    size_t n = (size_t)(e - t);

    if (!mail_total_lead(t, n))
        return true;
    memcpy(buf, t, n);
    buf[n] = '\0';
    for (size_t i = 0; w[i]; i++)
        if (strcasestr(buf, w[i]))
            return true;
    return false;
}

int mail_body_later_total(struct od_order *o, const char *text, size_t len)
{
    const char *p = text, *z = text + len;
    unsigned line = 1, from, minus_line = 0;
    bool sub = false, spaced = false;
    unsigned blank = 0;
    od_money minus = 0;

    if (!o->extraction || !o->extraction->sources || !o->n_lines || o->total == OD_MONEY_NONE)
        return 0;
    if (!(from = total_line(o->extraction->sources)))
        return 0;
    for (; p < z && line <= from + LATER; line++) {
        const char *e = memchr(p, '\n', (size_t)(z - p));
        const char *t = p, *rest;
        od_money stated;

        if (!e)
            e = z;
        while (t < e && (*t == ' ' || *t == '\t' || *t == '\r'))
            t++;
        if (line + 1 == from)
            spaced = t == e;
        if (line == from && (size_t)(e - t) <= LINE_MAX_TOTAL)
            sub = before_sum(t, e);
        if (line > from) {
            /* the block of sums ends at a blank line; where a blank
             * line is also right above the sum read, it is Outlook's
             * text of a table, a blank line between its rows ("Ukupno
             * bez PDV-a 17.472,50" / "" / "Ukupno za platiti
             * 20.442,82"): one between sums goes on, two end it */
            if (t == e && (!spaced || blank++ || !sum_below(e, z)))
                break;
            if (t == e) {
                p = e + 1;
                continue;
            }
            blank = 0;
            if ((size_t)(e - t) > LINE_MAX_TOTAL)
                break;
            /* "九五折 -HK$1,700.00" under the sum read: a discount no
             * label list knew, so the total read may be before it */
            if (!minus_line && (o->discount == 0 || o->discount == OD_MONEY_NONE) &&
                minus_amount(t, e, &minus)) {
                minus_line = line;
                p = e + 1;
                continue;
            }
            rest = mail_total_lead(t, (size_t)(e - t));
            if (rest && !counts_things(rest, e) && last_amount(rest, e, &stated) &&
                stated != o->total) {
                char x[OD_MONEY_STRLEN], y[OD_MONEY_STRLEN], msg[200];
                int rc;

                if (sub && !before_sum(t, e)) {
                    /* "小计 6,208.50 / 抹零后合计 6,200.00", "Total excl.
                     * VAT … / Total incl. VAT …": the last is the
                     * order's total; held all the same */
                    snprintf(msg, sizeof(msg),
                             "line %u states the total %s below the sum %s read first (line "
                             "%u); the total is taken from line %u",
                             line, od_money_format(stated, x), od_money_format(o->total, y), from,
                             line);
                    o->total = stated;
                    if ((rc = move_source(o->extraction, line)) < 0)
                        return rc;
                    return od_order_add_doubt(o, msg) < 0 ? OD_ENOMEM : 0;
                }
                snprintf(msg, sizeof(msg),
                         "line %u states another total %s below the total %s that was read "
                         "(line %u)",
                         line, od_money_format(stated, x), od_money_format(o->total, y), from);
                return od_order_add_doubt(o, msg) < 0 ? OD_ENOMEM : 0;
            }
        }
        p = e + 1;
    }
    if (minus_line) {
        char x[OD_MONEY_STRLEN], y[OD_MONEY_STRLEN], msg[200];

        snprintf(msg, sizeof(msg),
                 "line %u takes %s off below the total %s that was read (line %u); check the "
                 "discount and the total",
                 minus_line, od_money_format(minus, x), od_money_format(o->total, y), from);
        return od_order_add_doubt(o, msg) < 0 ? OD_ENOMEM : 0;
    }
    return 0;
}

/* Separate runs of digits on a line. */
static unsigned digit_runs(const char *a, const char *z)
{
    unsigned k = 0;

    for (const char *q = a; q < z; q++)
        if (*q >= '0' && *q <= '9' && (q == a || q[-1] < '0' || q[-1] > '9'))
            k++;
    return k;
}

/* A quote start that says so in words ("原始邮件", "Original Message",
 * "> …"), not a rule of dashes under a table's head. */
static bool quote_words(const char *l)
{
    if (l[0] == '>')
        return true;
    for (const unsigned char *q = (const unsigned char *)l; *q; q++)
        if (ascii_alpha(*q) || *q >= 0xE3)
            return true;
    return false;
}

int mail_body_quoted_items(struct od_order *o, const char *text, size_t len)
{
    const char *p = text, *z = text + len;
    unsigned line = 1, first, busy = 0;
    char msg[200];

    if (!o->extraction || !o->extraction->sources || !o->n_lines)
        return 0;
    first = mail_first_item_line(o->extraction->sources);
    for (; p < z && line < first; line++) {
        const char *e = memchr(p, '\n', (size_t)(z - p));
        char l[LINE_MAX_TOTAL + 1];
        const char *t = p;

        if (!e)
            e = z;
        while (t < e && (*t == ' ' || *t == '\t'))
            t++;
        if ((size_t)(e - t) <= LINE_MAX_TOTAL) {
            memcpy(l, t, (size_t)(e - t));
            l[e - t] = '\0';
            if (mail_quote_start(l) && quote_words(l)) {
                if (busy < 2)
                    return 0;
                snprintf(msg, sizeof(msg),
                         "the items come from the quoted older mail (from line %u) while the "
                         "new text above it has %u lines with numbers of its own",
                         line, busy);
                return od_order_add_doubt(o, msg) < 0 ? OD_ENOMEM : 0;
            }
            busy += digit_runs(t, e) >= 2;
        }
        p = e + 1;
    }
    return 0;
}
