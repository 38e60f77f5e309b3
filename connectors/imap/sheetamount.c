/* Amounts as a purchase order laid out on a grid writes them (sheet_int.h):
 * decimal commas decided once per document, spreadsheet numbers stored
 * with binary noise, amounts in Chinese words. */
#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "amountwords.h"
#include "numshape.h"
#include "sheet_int.h"

/* t without a currency code or sign before or after its figure ("EUR
 * 1,95", "€ 0,62", "15.600,00 EUR"), copied into buf (cap bytes); t
 * itself when it has none or does not fit. */
static const char *bare_figure(const char *t, char *buf, size_t cap)
{
    static const char *const signs[] = {"\xe2\x82\xac", "$", "\xc2\xa3", "\xc2\xa5", NULL};
    size_t n = strlen(t), a = 0, z = n;

    if (n >= cap)
        return t;
    if (n > 4 && isupper((unsigned char)t[0]) && isupper((unsigned char)t[1]) &&
        isupper((unsigned char)t[2]) && t[3] == ' ')
        a = 4; /* "EUR 1,95" */
    else if (n > 4 && t[n - 4] == ' ' && isupper((unsigned char)t[n - 3]) &&
             isupper((unsigned char)t[n - 2]) && isupper((unsigned char)t[n - 1]))
        z = n - 4; /* "1,95 EUR" */
    for (size_t i = 0; a == 0 && z == n && signs[i]; i++) {
        size_t k = strlen(signs[i]);

        if (n > k && memcmp(t, signs[i], k) == 0)
            a = k + (t[k] == ' ');
        else if (n > k && memcmp(t + n - k, signs[i], k) == 0)
            z = n - k - (t[n - k - 1] == ' ');
    }
    if (a == 0 && z == n)
        return t;
    memcpy(buf, t + a, z - a);
    buf[z - a] = '\0';
    return buf;
}

/* "1.782,00", "642,00", "2,14": a decimal comma (two decimals after it). */
static bool eu_amount(const char *t)
{
    size_t n = strlen(t), digits = 0;
    const char *comma = strrchr(t, ',');

    if (!comma || strlen(comma + 1) != 2 || !isdigit((unsigned char)comma[1]) ||
        !isdigit((unsigned char)comma[2]))
        return false;
    for (const char *p = t; p < comma; p++) {
        if (isdigit((unsigned char)*p))
            digits++;
        else if (*p != '.' && !(p == t && *p == '-'))
            return false;
    }
    return digits > 0 && n < 32;
}

/* "2.14", "1,782.00": a decimal point. */
static bool point_amount(const char *t)
{
    const char *dot = strrchr(t, '.');
    size_t digits = 0;

    if (!dot || strlen(dot + 1) == 0 || strlen(dot + 1) > 2)
        return false;
    for (const char *p = t; *p; p++)
        if (isdigit((unsigned char)*p))
            digits++;
        else if (p != dot && *p != ',')
            return false;
    return digits > 0 && strchr(t, ',') < dot;
}

/* Decide once per document whether amounts carry a decimal comma. */
void sheet_sniff_decimals(struct sheet *sh)
{
    size_t eu = 0, pt = 0;

    for (size_t i = 0; i < sh->g->n && i < 20000; i++) {
        const char *t = sh->g->cells[i].text;
        char buf[64];

        char bare[64];

        if (ns_degroup_spaces(t, strlen(t), false, buf, sizeof(buf)))
            t = buf;
        t = bare_figure(t, bare, sizeof(bare));
        eu += eu_amount(t);
        pt += point_amount(t);
    }
    sh->comma_decimals = eu > 0 && pt == 0;
}

/* "0.9399999999999999", "118.00000000000001": a binary float written
 * out in full (spreadsheets store numbers so): the amount it stands for,
 * in `buf`, when it is within a millionth of a cent. */
static bool float_noise(const char *t, size_t n, char buf[64])
{
    const char *dot = memchr(t, '.', n);
    char tmp[64], *end;
    double x, cents;

    if (!dot || n >= sizeof(tmp) || (size_t)(t + n - dot - 1) < 6)
        return false;
    memcpy(tmp, t, n);
    tmp[n] = '\0';
    x = strtod(tmp, &end);
    if (*end || x > 1e13 || x < -1e13)
        return false;
    cents = x * 100;
    if (fabs(cents - (double)llround(cents)) > 1e-4)
        return false;
    snprintf(buf, 64, "%.2f", (double)llround(cents) / 100);
    return true;
}

int sheet_qty(const struct sheet *sh, const char *t, size_t n, int64_t *out, char *why, size_t wl)
{
    char buf[64], plain[64];
    size_t k;

    /* "30'000": Swiss thousands (ns_degroup_spaces) */
    if (memchr(t, '\'', n) || memmem(t, n, "\xE2\x80\x99", 3))
        if ((k = ns_degroup_spaces(t, n, false, plain, sizeof(plain))) != 0) {
            t = plain;
            n = k;
        }
    if (!sh->comma_decimals || n >= sizeof(buf))
        return mail_parse_qty(t, n, out, why, wl);
    /* "2.500", "4.000,00": the document's points group thousands and its
     * comma starts the decimals */
    return mail_parse_qty(buf, ns_european(t, n, t, t + n, '.', buf), out, why, wl);
}

/* An amount, read the document's way; else an amount in Chinese words
 * ("人民币壹万叁仟叁佰柒拾柒元整（￥13,377.00）", amountwords.h). */
int sheet_amount(const struct sheet *sh, const char *t, size_t n, od_money *out)
{
    char buf[64], plain[64];
    size_t k;
    int rc;

    if ((k = ns_degroup_spaces(t, n, false, plain, sizeof(plain))) != 0) {
        t = plain;
        n = k;
    }
    if (float_noise(t, n, buf))
        return mail_parse_amount(buf, strlen(buf), out);
    if (!sh->comma_decimals || n >= sizeof(buf))
        rc = mail_parse_amount(t, n, out);
    else
        rc = mail_parse_amount(buf, ns_european(t, n, t, t + n, '.', buf), out);
    if (rc != 0 && n && (unsigned char)*t >= 0x80 && mail_parse_amount_words(t, n, out) == 0)
        rc = 0;
    return rc;
}
