/* Table cells whose words no list knows, read by their place beside a
 * number (textread.h): a price with its basis after a word of any
 * language ("85,00 за 1000 шт", "US$ 4.20 el millar": tr_price_basis) and
 * a count with a unit word of any language ("25 rolek", "12 Dosen":
 * tr_count_unit_word). The words are not looked up; what stands beside
 * them is (the pieces, as after "per", fields.h mail_per_n; the count),
 * and the table's arithmetic (quantity x price / N = amount on every row,
 * tablecols.c) proves the reading, so a language the lists do not know
 * still reads. */
#include <string.h>
#include <strings.h>

#include "fields.h"
#include "textread.h"

/* One word between the price and the pieces: at most this many bytes. */
#define BASIS_WORD_MAX 16

/* The length of the word at p[0..n): letters of any script (bytes of
 * multi-byte UTF-8 characters count as letters) and a final '.', no digit
 * and no sign; 0 when p does not start with one. */
static size_t basis_word(const char *p, size_t n)
{
    size_t i = 0;

    while (i < n && p[i] != ' ' && p[i] != '\t') {
        unsigned char c = (unsigned char)p[i];

        if (!(c >= 0x80 || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || (c == '.' && i > 0)))
            return 0;
        i++;
    }
    return i;
}

/* A word that makes the number after it a count to multiply by or a new
 * amount, not the pieces the price is for: "x 1000", "× 100", "= 100". */
static bool basis_refused(const char *w, size_t n)
{
    return (n == 1 && (w[0] == 'x' || w[0] == 'X')) || (n == 2 && memcmp(w, "×", 2) == 0) ||
           mail_currency_code(w, n) != NULL;
}

size_t tr_at_sign(const char *p, size_t n)
{
    size_t i = 0;

    if (n >= 1 && p[0] == '@')
        i = 1;
    else if (n >= 3 && memcmp(p, "＠", 3) == 0)
        i = 3;
    else
        return 0;
    while (i < n && p[i] == ' ')
        i++;
    /* a price follows: a digit or a currency mark, not "@home" */
    return i < n && ((p[i] >= '0' && p[i] <= '9') || (unsigned char)p[i] >= 0x80 ||
                     mail_currency_at(p + i, n - i, MAIL_START, NULL) != 0)
               ? i
               : 0;
}

/* "1,850円/100枚", "12.00 €/100": a price with its currency mark after it,
 * then '/' and the pieces; the length of the price with its mark. */
static bool basis_after_mark(const char *p, size_t n, size_t *price_n, int64_t *per)
{
    const char *sl = memchr(p, '/', n);
    size_t e;
    int64_t v;

    if (!sl || sl == p)
        return false;
    e = (size_t)(tr_rtrim(p, sl) - p);
    /* the mark ends the price: the price without it ends with a digit */
    if (!e || mail_currency_at(p, e, MAIL_END, NULL) == 0 || (v = mail_per_n(sl, n - e)) <= 1)
        return false;
    *price_n = e;
    *per = v;
    return true;
}

bool tr_price_basis(const char *p, size_t n, size_t *price_n, int64_t *per)
{
    size_t e = 0, w, i;
    char buf[4 + 48];
    int64_t v;

    if (basis_after_mark(p, n, price_n, per))
        return true;

    /* the price: up to its last digit before a space */
    for (i = 0; i < n; i++)
        if (p[i] >= '0' && p[i] <= '9' && i + 1 < n && p[i + 1] == ' ') {
            e = i + 1;
            break;
        }
    if (!e)
        return false;
    i = e;
    while (i < n && p[i] == ' ')
        i++;
    w = basis_word(p + i, n - i);
    if (!w || w > BASIS_WORD_MAX || basis_refused(p + i, w))
        return false;
    i += w;
    /* the pieces, read as after "per": "1000 шт", "millar", "M" */
    if (n - i + 4 > sizeof(buf))
        return false;
    memcpy(buf, "per ", 4);
    memcpy(buf + 4, p + i, n - i);
    if ((v = mail_per_n(buf, n - i + 4)) <= 1)
        return false;
    *price_n = e;
    *per = v;
    return true;
}

bool tr_count_unit_word(const char *p, size_t n, int64_t *q)
{
    size_t i = 0, w;
    int64_t v = 0;
    unsigned digits = 0;

    /* "25", "10 000", "1,500" */
    while (i < n && v <= 1000000000LL) {
        if (p[i] >= '0' && p[i] <= '9') {
            v = v * 10 + (p[i] - '0');
            digits++;
        } else if (!(digits && (p[i] == ',' || p[i] == ' ') && n - i > 3 && p[i + 1] >= '0' &&
                     p[i + 1] <= '9' && p[i + 2] >= '0' && p[i + 2] <= '9' && p[i + 3] >= '0' &&
                     p[i + 3] <= '9' && (n - i == 4 || !(p[i + 4] >= '0' && p[i + 4] <= '9')))) {
            break;
        }
        i++;
    }
    if (!digits || p[0] == '0' || v < 1 || v > 1000000000LL || i >= n || p[i] != ' ')
        return false;
    while (i < n && p[i] == ' ')
        i++;
    /* one word of letters, then nothing */
    w = basis_word(p + i, n - i);
    if (!w || w > BASIS_WORD_MAX || i + w != n || mail_currency_code(p + i, w))
        return false;
    *q = v;
    return true;
}

size_t tr_header_per_n(const char *a, size_t n, int64_t *per)
{
    /* the last '/' or " per " of the cell starts the pieces */
    for (size_t i = n; i-- > 1;) {
        int64_t v;
        size_t e;

        if (a[i] == '/')
            e = i;
        else if (i + 4 <= n && a[i - 1] == ' ' && strncasecmp(a + i, "per ", 4) == 0)
            e = i - 1;
        else
            continue;
        if ((v = mail_per_n(a + i, n - i)) <= 1)
            return 0;
        while (e > 0 && a[e - 1] == ' ')
            e--;
        if (!e)
            return 0;
        *per = v;
        return e;
    }
    return 0;
}
