/* Numbers as a mail's text writes them (textread.h). A French or German
 * buyer writes "0,21 €", "840,00 €" and "1 632,00 €" (a narrow no-break
 * space between thousands), "1.176,00" or "4.000 Stück"; the readers of
 * labels, item lines and sentences take numbers the way od_money_parse
 * does, with a decimal point. So before the text is read, its numbers
 * are rewritten when their style is sure:
 *
 * - digits grouped by threes with a no-break space (U+00A0) or a narrow
 *   no-break space (U+202F) are one number in any style: "4 000" is
 *   4000;
 * - when the text shows a decimal comma that cannot be a thousands comma
 *   ("0,21", "840,00", "1.176,00", "0,095") and no decimal point that
 *   cannot be a thousands point ("59.00", "1,176.00"), every number of
 *   those shapes is rewritten with a point, and "4.000" (groups of three
 *   after a point) loses its points. A text with both styles is left as
 *   written.
 *
 * - in such a text, "12 400,00" (plain spaces between groups of three,
 *   then a decimal comma) is one number too.
 *
 * A run of a number is digits with single separators (. , U+00A0 U+202F)
 * each followed by a digit; ASCII spaces end it ("A-1 10 5,50" is three
 * runs). The rewrite never lengthens the text; work is linear. */
#include <stdbool.h>
#include <string.h>

#include "numshape.h"
#include "textread.h"

/* A run longer than this, or with more groups than a number has (a list
 * of codes), is left alone. */
#define RUN_MAX    64
#define MAX_GROUPS 8

struct run {
    size_t a, z;         /* bytes of the run */
    char ascii[RUN_MAX]; /* its digits and separators, one byte each */
    size_t n;            /* bytes of ascii */
};

/* The separator at s[i], as one byte ('.', ',', or ' ' for either
 * no-break space), and its length in s (0 when none). */
static size_t sep_at(const char *s, size_t i, size_t n, char *out)
{
    const unsigned char *u = (const unsigned char *)s;

    if (s[i] == '.' || s[i] == ',') {
        *out = s[i];
        return 1;
    }
    *out = ' ';
    if (i + 1 < n && u[i] == 0xC2 && u[i + 1] == 0xA0)
        return 2;
    if (i + 2 < n && u[i] == 0xE2 && u[i + 1] == 0x80 && u[i + 2] == 0xAF)
        return 3;
    return 0;
}

/* The run starting at s[i] (a digit); false when it is too long or has
 * more groups than a number has. */
static bool read_run(const char *s, size_t i, size_t n, struct run *r)
{
    size_t j = i, k, groups = 0;
    bool fits = true;
    char sp;

    r->a = i;
    r->n = 0;
    for (;;) {
        while (j < n && ns_digit(s[j])) {
            if (r->n < RUN_MAX)
                r->ascii[r->n++] = s[j];
            else
                fits = false;
            j++;
        }
        if (++groups > MAX_GROUPS) {
            r->z = j;
            return false;
        }
        if (j >= n || (k = sep_at(s, j, n, &sp)) == 0 || j + k >= n || !ns_digit(s[j + k]))
            break;
        if (r->n < RUN_MAX)
            r->ascii[r->n++] = sp;
        else
            fits = false;
        j += k;
    }
    r->z = j;
    return fits;
}

/* "0,21", "840,00", "1.176,00", "1 632,00", "0,095". */
static bool comma_shape(const struct run *r)
{
    return ns_decimal_comma(r->ascii, r->ascii + r->n, ". ");
}

/* "59.00", "1,176.00": a decimal point no European writer uses. */
static bool point_shape(const struct run *r)
{
    const char *a = r->ascii, *z = a + r->n, *g = a + ns_digits(a, z);

    return ns_thousands_point(a, z) || (z - g == 3 && ns_decimals(g, z, '.'));
}

/* "4 000", "12 500 000" (no-break spaces), or with points when `points`:
 * "4.000". */
static bool grouped_int(const struct run *r, bool points)
{
    const char *a = r->ascii, *z = a + r->n, *g = a + ns_digits(a, z);

    if (g >= z || (*g != ' ' && !(points && *g == '.')))
        return false;
    return ns_grouped(a, z, *g, &g) && g == z;
}

/* Walks the runs of s[0..n); calls fn for each that starts a number (not
 * inside a word or code: "HD-2535" is one, "v2" is not). */
static void each_run(const char *s, size_t n, void (*fn)(const struct run *, void *), void *ctx)
{
    size_t i = 0;

    while (i < n) {
        struct run r;

        if (!ns_digit(s[i])) {
            i++;
            continue;
        }
        if (read_run(s, i, n, &r) && !(i > 0 && ((s[i - 1] >= 'a' && s[i - 1] <= 'z') ||
                                                 (s[i - 1] >= 'A' && s[i - 1] <= 'Z'))))
            fn(&r, ctx);
        i = r.z > i ? r.z : i + 1;
    }
}

struct count {
    size_t comma, point;
};

static void count_run(const struct run *r, void *ctx)
{
    struct count *c = ctx;

    c->comma += comma_shape(r);
    c->point += point_shape(r);
}

struct rewrite {
    char *s;
    size_t n; /* bytes of the source */
    bool comma;
    size_t from, to; /* copied up to `from` of the source; written up to `to` */
};

/* "0,5 l", "2,5 kg", "0,7 л", "km 4,5": a size or a distance, a decimal
 * comma before a unit of measure (or after "km"), which belongs to a name or
 * an address as written; never money nor a count. The source from
 * `from` on is intact; r is a run at or after it. */
static bool measure_run(const struct rewrite *w, const struct run *r)
{
    static const char *const units[] = {"l",  "ml", "cl", "dl", "g", "kg", "mg",
                                        "mm", "cm", "m",  "km", "t", NULL};
    static const char *const cyr_units[] = {"л",  "мл", "г",  "кг", "мг", "мм",
                                            "см", "м",  "км", "т",  NULL};
    const char *s = w->s, *u = s + r->z, *z = s + w->n, *e;

    if (r->a >= w->from + 3 && (s[r->a - 3] == 'k' || s[r->a - 3] == 'K') && s[r->a - 2] == 'm' &&
        s[r->a - 1] == ' ' && (r->a == w->from + 3 || s[r->a - 4] == ' '))
        return true;
    if (u >= z || *u != ' ')
        return false;
    u++;
    for (size_t i = 0; cyr_units[i]; i++) {
        size_t k = strlen(cyr_units[i]);

        /* "0,7 л", "40 мл": the unit in Cyrillic, then no letter */
        if ((size_t)(z - u) >= k && memcmp(u, cyr_units[i], k) == 0 &&
            (u + k == z ||
             ((unsigned char)u[k] < 0x80 && !((u[k] | 0x20) >= 'a' && (u[k] | 0x20) <= 'z'))))
            return true;
    }
    for (e = u; e < z && ((*e | 0x20) >= 'a' && (*e | 0x20) <= 'z'); e++)
        ;
    if (e < z && (unsigned char)*e >= 0x80)
        return false; /* a longer word: "2,5 lahví" */
    for (size_t i = 0; units[i]; i++)
        if ((size_t)(e - u) == strlen(units[i]) && memcmp(u, units[i], (size_t)(e - u)) == 0)
            return true;
    return false;
}

static void copy_to(struct rewrite *w, size_t upto)
{
    if (w->from < upto) {
        memmove(w->s + w->to, w->s + w->from, upto - w->from);
        w->to += upto - w->from;
        w->from = upto;
    }
}

static void rewrite_run(const struct run *r, void *ctx)
{
    struct rewrite *w = ctx;
    bool dec = w->comma && comma_shape(r);
    size_t i;

    if (dec && measure_run(w, r))
        return;
    if (!dec && !grouped_int(r, w->comma))
        return;
    copy_to(w, r->a);
    for (i = r->a; i < r->z;) {
        char sp;
        size_t k = ns_digit(w->s[i]) ? 0 : sep_at(w->s, i, r->z, &sp);

        if (!k) {
            w->s[w->to++] = w->s[i++];
            continue;
        }
        if (dec && sp == ',')
            w->s[w->to++] = '.';
        i += k;
    }
    w->from = r->z;
}

/* The end of "12 400,00" at s[i] (a digit that starts a number): digits
 * grouped by threes with single ASCII spaces, then a decimal comma and
 * one or two digits; i when the number is not of that shape. */
static size_t spaced_comma_end(const char *s, size_t i, size_t n)
{
    size_t j = i, d = 0, groups = 0;

    while (j < n && ns_digit(s[j]) && d < 4) {
        j++;
        d++;
    }
    if (d == 0 || d > 3)
        return i;
    while (j + 4 <= n && s[j] == ' ' && ns_digit(s[j + 1]) && ns_digit(s[j + 2]) &&
           ns_digit(s[j + 3]) && groups < MAX_GROUPS) {
        j += 4;
        groups++;
    }
    if (!groups || j >= n || s[j] != ',' || j + 1 >= n || !ns_digit(s[j + 1]))
        return i;
    d = 0;
    for (j++; j < n && ns_digit(s[j]); j++)
        d++;
    return d <= 2 ? j : i;
}

/* In a text that writes decimal commas, "12 400,00" and "1 860,00"
 * with plain spaces between the thousands are one number (Polish,
 * Russian and French senders): the spaces are dropped. A space before
 * a group that ends without decimals ("A-1 2 500") is left, since it
 * may part two numbers. Returns the new length. */
static size_t join_spaced(char *s, size_t n)
{
    size_t i = 0, o = 0;

    while (i < n) {
        size_t e;

        if (ns_digit(s[i]) &&
            !(i > 0 &&
              (ns_digit(s[i - 1]) || s[i - 1] == ',' || s[i - 1] == '.' ||
               (s[i - 1] >= 'a' && s[i - 1] <= 'z') || (s[i - 1] >= 'A' && s[i - 1] <= 'Z'))) &&
            (e = spaced_comma_end(s, i, n)) > i) {
            for (; i < e; i++)
                if (s[i] != ' ')
                    s[o++] = s[i];
            continue;
        }
        s[o++] = s[i++];
    }
    return o;
}

size_t tr_text_numbers(char *s, size_t n)
{
    struct count c = {0};
    struct rewrite w = {.s = s};

    each_run(s, n, count_run, &c);
    w.comma = c.comma > 0 && c.point == 0;
    if (w.comma)
        n = join_spaced(s, n);
    w.n = n;
    each_run(s, n, rewrite_run, &w);
    copy_to(&w, n);
    return w.to;
}
