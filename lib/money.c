/* Exact money parsing and formatting: see money.h.
 *
 * The parser reads the text once, left to right, as
 *
 *     amount := ws* ( '(' ws* body ws* ')' | body ) ws*
 *     body   := [sign] [prefix ws*] [sign] number [ws* suffix]
 *     number := digits-with-grouping ['.' digit+] | '.' digit+
 *
 * with at most one sign, no sign inside parentheses, and a currency
 * symbol either before or after the number but not both. Digits are
 * accumulated into an int64 with an overflow check against
 * OD_MONEY_MAX at every step, so no text can overflow. */
#include "money.h"

#include <inttypes.h>
#include <stdio.h>
#include <string.h>

#include "error.h"

/* Currency symbols and codes accepted before or after the number. The
 * codes match case-insensitively. */
static const struct {
    const char *text;
    size_t len;
    bool letters;
} currencies[] = {
    {"\xc2\xa5", 2, false},     /* ¥ U+00A5 */
    {"\xef\xbf\xa5", 3, false}, /* ￥ U+FFE5 full-width yen */
    {"$", 1, false},
    {"\xe2\x82\xac", 3, false}, /* € */
    {"\xc2\xa3", 2, false},     /* £ */
    {"CNY", 3, true},
    {"RMB", 3, true},
    {"USD", 3, true},
};

struct cursor {
    const char *s;
    size_t pos;
    size_t end;
};

/* Copy the text into `out` for an error message: at most 48 bytes, not
 * cutting a UTF-8 sequence, control bytes shown as '?'. */
static void quote_text(const char *s, size_t len, char *out, size_t outsz)
{
    size_t n = len;
    size_t i;
    const char *ellipsis = "";

    if (n > 48) {
        n = 48;
        while (n > 0 && ((unsigned char)s[n] & 0xc0) == 0x80)
            n--;
        ellipsis = "...";
    }
    if (n + 4 > outsz)
        n = outsz - 4;
    for (i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];

        out[i] = (c < 0x20 || c == 0x7f) ? '?' : (char)c;
    }
    snprintf(out + n, outsz - n, "%s", ellipsis);
}

static int fail_as(const char *s, size_t len, const char *what, const char *why)
{
    char text[64];

    quote_text(s, len, text, sizeof(text));
    return od_error_set(OD_EINVAL, "'%s' is not %s: %s", text, what, why);
}

/* What a decimal text is read as: an amount in cents or a unit price
 * in ten-thousandths. */
struct scale {
    const char *what;  /* for messages: "an amount", "a price" */
    unsigned decimals; /* significant decimals kept */
    int64_t unit;      /* 10^decimals */
    int64_t max;       /* largest absolute value, in the kept unit */
    const char *too_fine;
};

static const struct scale money_scale = {"an amount", 2, 100, OD_MONEY_MAX,
                                         "more than two decimals"};
static const struct scale price_scale = {"a price", OD_PRICE_DECIMALS, 10000, OD_PRICE_MAX,
                                         "more than four decimals"};

static int fail_sc(const struct scale *sc, const char *s, size_t len, const char *why)
{
    return fail_as(s, len, sc->what, why);
}

static bool is_space(char c)
{
    return c == ' ' || c == '\t';
}

static bool is_digit(char c)
{
    return c >= '0' && c <= '9';
}

static char upper(char c)
{
    return (c >= 'a' && c <= 'z') ? (char)(c - 'a' + 'A') : c;
}

static void skip_spaces(struct cursor *cur)
{
    while (cur->pos < cur->end && is_space(cur->s[cur->pos]))
        cur->pos++;
}

/* Consume a currency symbol or code at the cursor; true when one was
 * there. A code must not run into further letters ("CNYX"). */
static bool take_currency(struct cursor *cur)
{
    size_t left = cur->end - cur->pos;
    const char *p = cur->s + cur->pos;

    for (size_t i = 0; i < sizeof(currencies) / sizeof(currencies[0]); i++) {
        size_t n = currencies[i].len;
        size_t k;

        if (left < n)
            continue;
        if (!currencies[i].letters) {
            if (memcmp(p, currencies[i].text, n) != 0)
                continue;
            cur->pos += n;
            return true;
        }
        for (k = 0; k < n; k++)
            if (upper(p[k]) != currencies[i].text[k])
                break;
        if (k < n)
            continue;
        if (left > n && upper(p[n]) >= 'A' && upper(p[n]) <= 'Z')
            continue;
        cur->pos += n;
        return true;
    }
    return false;
}

/* Take a sign at the cursor: 1 for '+', -1 for '-', 0 for none. */
static int take_sign(struct cursor *cur)
{
    if (cur->pos < cur->end && cur->s[cur->pos] == '-') {
        cur->pos++;
        return -1;
    }
    if (cur->pos < cur->end && cur->s[cur->pos] == '+') {
        cur->pos++;
        return 1;
    }
    return 0;
}

/* Add one digit to *acc; false when it would pass `max`. */
static bool push_digit(int64_t *acc, char c, int64_t max)
{
    int64_t d = c - '0';

    if (*acc > (max - d) / 10)
        return false;
    *acc = *acc * 10 + d;
    return true;
}

/* Read the number at the cursor into units of `sc`. `s`/`len` is the
 * whole text, for messages. */
static int take_number(const struct scale *sc, struct cursor *cur, const char *s, size_t len,
                       int64_t *out)
{
    const int64_t max_major = sc->max / sc->unit;
    int64_t major = 0;
    int64_t minor = 0;
    size_t int_digits = 0;
    size_t group = 0, first = 0, twos = 0, threes = 0;
    bool grouped = false;
    int rc = 0;

    /* Integer part, with ',' separators in groups of three, or grouped
     * the Indian way (lakh, crore): a last group of three and groups of
     * two before it ("1,23,456" is 123456). */
    while (cur->pos < cur->end) {
        char c = cur->s[cur->pos];

        if (is_digit(c)) {
            if (!push_digit(&major, c, max_major)) {
                rc = fail_sc(sc, s, len, "beyond the largest amount accepted");
                goto out;
            }
            int_digits++;
            group++;
        } else if (c == ',') {
            /* int_digits > 0 here: the number starts with a digit or '.' */
            if (!grouped && group > 3) {
                rc = fail_sc(sc, s, len,
                             "more than three digits before the first thousands separator");
                goto out;
            }
            if (!grouped && major == 0) {
                /* "0,095": a decimal comma, never a thousands group */
                rc = fail_sc(sc, s, len, "a thousands separator after a leading 0");
                goto out;
            }
            if (!grouped) {
                first = group;
            } else if (group == 3 && twos == 0) {
                threes++;
            } else if (group == 2 && threes == 0 && first <= 2) {
                twos++;
            } else {
                rc = fail_sc(sc, s, len, "thousands group is not three digits");
                goto out;
            }
            grouped = true;
            group = 0;
        } else {
            break;
        }
        cur->pos++;
    }
    if (grouped && group != 3) {
        rc = fail_sc(sc, s, len, "thousands group is not three digits");
        goto out;
    }

    /* Fraction: sc->decimals significant decimals; further ones must be
     * zeros. */
    if (cur->pos < cur->end && cur->s[cur->pos] == '.') {
        size_t frac_digits = 0;

        cur->pos++;
        while (cur->pos < cur->end && is_digit(cur->s[cur->pos])) {
            char c = cur->s[cur->pos];

            if (frac_digits < sc->decimals) {
                minor = minor * 10 + (c - '0');
            } else if (c != '0') {
                rc = fail_sc(sc, s, len, sc->too_fine);
                goto out;
            }
            frac_digits++;
            cur->pos++;
        }
        if (frac_digits == 0) {
            rc = fail_sc(sc, s, len, "no digits after the decimal point");
            goto out;
        }
        for (size_t k = frac_digits; k < sc->decimals; k++)
            minor *= 10;
        if (cur->pos < cur->end && cur->s[cur->pos] == '.') {
            rc = fail_sc(sc, s, len, "second decimal point");
            goto out;
        }
        if (cur->pos < cur->end && cur->s[cur->pos] == ',') {
            rc = fail_sc(sc, s, len, "thousands separator after the decimal point");
            goto out;
        }
    } else if (int_digits == 0) {
        rc = fail_sc(sc, s, len, "no digits");
        goto out;
    }

    if (major * sc->unit > sc->max - minor) {
        rc = fail_sc(sc, s, len, "beyond the largest amount accepted");
        goto out;
    }
    *out = major * sc->unit + minor;
out:
    return rc;
}

static int parse_decimal(const struct scale *sc, const char *s, size_t len, int64_t *out)
{
    struct cursor cur = {s, 0, len};
    int sign = 0;
    bool paren = false;
    bool prefix = false;
    int64_t value = 0;
    int rc = 0;

    if (len == 0) {
        rc = od_error_set(OD_EINVAL, "'' is not %s: empty", sc->what);
        goto out;
    }
    skip_spaces(&cur);
    while (cur.end > cur.pos && is_space(s[cur.end - 1]))
        cur.end--;
    if (cur.pos == cur.end) {
        rc = fail_sc(sc, s, len, "blank");
        goto out;
    }
    if (s[cur.pos] == '(') {
        if (s[cur.end - 1] != ')') {
            rc = fail_sc(sc, s, len, "unbalanced parenthesis");
            goto out;
        }
        paren = true;
        cur.pos++;
        cur.end--;
        skip_spaces(&cur);
        while (cur.end > cur.pos && is_space(s[cur.end - 1]))
            cur.end--;
    }

    if (!paren)
        sign = take_sign(&cur);
    if (take_currency(&cur)) {
        prefix = true;
        skip_spaces(&cur);
    }
    if (!paren && cur.pos < cur.end && (s[cur.pos] == '-' || s[cur.pos] == '+')) {
        if (sign != 0) {
            rc = fail_sc(sc, s, len, "two signs");
            goto out;
        }
        sign = take_sign(&cur);
    }
    if (cur.pos == cur.end) {
        rc = fail_sc(sc, s, len, "no digits");
        goto out;
    }
    if (!is_digit(s[cur.pos]) && s[cur.pos] != '.') {
        rc = fail_sc(sc, s, len,
                     paren && (s[cur.pos] == '-' || s[cur.pos] == '+')
                         ? "sign inside parentheses"
                         : "unexpected character before the number");
        goto out;
    }

    rc = take_number(sc, &cur, s, len, &value);
    if (rc < 0)
        goto out;

    if (cur.pos < cur.end) {
        skip_spaces(&cur);
        if (take_currency(&cur) && prefix) {
            rc = fail_sc(sc, s, len, "two currency symbols");
            goto out;
        }
        if (cur.pos < cur.end) {
            rc = fail_sc(sc, s, len, "unexpected text after the number");
            goto out;
        }
    }

    *out = (paren || sign < 0) ? -value : value;
out:
    return rc;
}

int od_money_parse(const char *s, size_t len, od_money *out)
{
    return parse_decimal(&money_scale, s, len, out);
}

int od_money_parse_minor(const char *s, size_t len, od_money *out)
{
    size_t i = 0;
    bool neg = false;
    int64_t value = 0;
    int rc = 0;

    if (len > 0 && s[0] == '-') {
        neg = true;
        i = 1;
    }
    if (i == len) {
        rc = fail_as(s, len, "an amount in minor units", "no digits");
        goto out;
    }
    for (; i < len; i++) {
        if (!is_digit(s[i])) {
            rc = fail_as(s, len, "an amount in minor units",
                         "only digits and a leading '-' are allowed");
            goto out;
        }
        if (!push_digit(&value, s[i], OD_MONEY_MAX)) {
            rc = fail_as(s, len, "an amount in minor units", "beyond the largest amount accepted");
            goto out;
        }
    }
    *out = neg ? -value : value;
out:
    return rc;
}

char *od_money_format(od_money m, char *buf)
{
    uint64_t mag = m < 0 ? (uint64_t)0 - (uint64_t)m : (uint64_t)m;

    snprintf(buf, OD_MONEY_STRLEN, "%s%" PRIu64 ".%02u", m < 0 ? "-" : "", mag / 100,
             (unsigned)(mag % 100));
    return buf;
}

static bool in_range(int64_t v)
{
    return v >= -OD_MONEY_MAX && v <= OD_MONEY_MAX;
}

bool od_money_add(od_money a, od_money b, od_money *out)
{
    int64_t r;

    if (!in_range(a) || !in_range(b))
        return false;
    /* Both are within ±10^15, so the sum cannot overflow int64. */
    r = a + b;
    if (!in_range(r))
        return false;
    *out = r;
    return true;
}

bool od_money_mul(od_money a, int64_t qty, od_money *out)
{
    int64_t r;

    if (!in_range(a))
        return false;
    if (__builtin_mul_overflow(a, qty, &r) || !in_range(r))
        return false;
    *out = r;
    return true;
}

od_price od_price_from_money(od_money m)
{
    if (m == OD_MONEY_NONE || !in_range(m))
        return OD_PRICE_NONE;
    return (od_price){m * OD_PRICE_PER_MINOR};
}

bool od_price_to_money(od_price p, od_money *out)
{
    if (od_price_is_none(p) || p.e4 % OD_PRICE_PER_MINOR != 0)
        return false;
    *out = p.e4 / OD_PRICE_PER_MINOR;
    return true;
}

int od_price_parse(const char *s, size_t len, od_price *out)
{
    int64_t v;
    int rc = parse_decimal(&price_scale, s, len, &v);

    if (rc == 0)
        out->e4 = v;
    return rc;
}

char *od_price_format(od_price p, char *buf)
{
    uint64_t mag = p.e4 < 0 ? (uint64_t)0 - (uint64_t)p.e4 : (uint64_t)p.e4;
    unsigned frac = (unsigned)(mag % 10000);
    const char *sign = p.e4 < 0 ? "-" : "";

    if (frac % 100 == 0)
        snprintf(buf, OD_MONEY_STRLEN, "%s%" PRIu64 ".%02u", sign, mag / 10000, frac / 100);
    else if (frac % 10 == 0)
        snprintf(buf, OD_MONEY_STRLEN, "%s%" PRIu64 ".%03u", sign, mag / 10000, frac / 10);
    else
        snprintf(buf, OD_MONEY_STRLEN, "%s%" PRIu64 ".%04u", sign, mag / 10000, frac);
    return buf;
}

bool od_price_amount(od_price p, int64_t qty, od_money *out)
{
    __int128 e4, cents;

    if (od_price_is_none(p) || p.e4 < -OD_PRICE_MAX || p.e4 > OD_PRICE_MAX)
        return false;
    /* |p| <= 10^17 and |qty| < 2^63: the product fits in 128 bits. */
    e4 = (__int128)p.e4 * qty;
    if (e4 >= 0)
        cents = (e4 + OD_PRICE_PER_MINOR / 2) / OD_PRICE_PER_MINOR;
    else
        cents = -((-e4 + OD_PRICE_PER_MINOR / 2) / OD_PRICE_PER_MINOR);
    if (cents < -OD_MONEY_MAX || cents > OD_MONEY_MAX)
        return false;
    *out = (od_money)cents;
    return true;
}
