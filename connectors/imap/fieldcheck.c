/* Checks of an order's fields by their shapes (fieldcheck.h). Every
 * reader parts a receiver's block, a signature or an item row its own
 * way; when one of them leaves a phone in the address or takes a label
 * for a name, the arithmetic still adds up and nothing else would hold
 * the order. Each check is linear in the value. */
#include <stdio.h>
#include <string.h>

#include "contactshape.h"
#include "error.h"
#include "fieldcheck.h"
#include "fields.h"
#include "textread.h"

static int doubt(struct od_order *o, const char *field, const char *what, const char *v, size_t n)
{
    char why[400];

    snprintf(why, sizeof(why), "%s: %s ('%.*s'): check the field", field, what,
             (int)(n > 120 ? 120 : n), v);
    return od_order_add_doubt(o, why) < 0 ? OD_ENOMEM : 0;
}

/* "TERMS: NET 45", "电话：": a word of two letters or more, or of
 * ideographs, and a colon after it, in t[0..n). */
static bool holds_label(const char *t, size_t n)
{
    size_t letters = 0;

    for (size_t i = 0; i < n; i++) {
        unsigned char ch = (unsigned char)t[i];

        if ((ch | 0x20) >= 'a' && (ch | 0x20) <= 'z') {
            letters++;
        } else if (ch == ':' && letters >= 2 && (i + 1 == n || t[i + 1] == ' ')) {
            return true;
        } else if (ch == 0xEF && i + 2 < n && (unsigned char)t[i + 1] == 0xBC &&
                   (unsigned char)t[i + 2] == 0x9A && i >= 3 && (unsigned char)t[i - 3] >= 0xE4) {
            return true; /* "：" after an ideograph */
        } else {
            letters = 0;
        }
    }
    return false;
}

/* A postcode, not a phone: two groups of digits joined by one dash, the
 * first of five digits (a ZIP+4 "97202-1234", a CEP "01310-100"), or not
 * starting with 0 and ten digits at most (Japan's "160-0023"). A Chinese
 * number's area code starts with 0 ("020-37265510"). */
static bool postcode(const char *a, const char *z)
{
    const char *dash = memchr(a, '-', (size_t)(z - a));
    size_t first, digits = 0;

    if (!dash || memchr(dash + 1, '-', (size_t)(z - dash - 1)))
        return false;
    for (const char *p = a; p < z; p++) {
        if (p != dash && !(*p >= '0' && *p <= '9'))
            return false;
        digits += p != dash;
    }
    first = (size_t)(dash - a);
    return first == 5 || (*a != '0' && digits <= 10);
}

static bool holds_phone(const char *t, size_t n)
{
    const char *a = t, *z = t + n, *pa, *pz;

    while (a < z && tr_phone_span(a, z, &pa, &pz)) {
        if (!postcode(pa, pz))
            return true;
        a = pz;
    }
    return false;
}

/* "SHIP TO:", "收货人：": a label with its colon, and nothing after. */
static bool is_label(const char *t, size_t n)
{
    while (n && t[n - 1] == ' ')
        n--;
    return (n >= 1 && t[n - 1] == ':') || (n >= 3 && memcmp(t + n - 3, "\xef\xbc\x9a", 3) == 0);
}

/* An item code among the words of t[0..n): two capitals or more, a digit
 * and a dash ("HD-SF-5023"). */
static bool holds_code(const char *t, size_t n)
{
    for (size_t i = 0; i < n;) {
        size_t k = i;

        while (k < n && t[k] != ' ')
            k++;
        if (k > i && mail_name_code(t + i, k - i))
            return true;
        i = k + 1;
    }
    return false;
}

/* "Lars Mikkelsen, tlf.": the last part after a comma is one short word
 * in lower case with a point, a label's abbreviation (of the phone, the
 * mobile) whose value was taken apart from it. A name's own parts are
 * capitalised ("Smith, J.", "Fang, Sr."). */
static bool ends_with_abbreviation(const char *t, size_t n)
{
    const char *comma = n ? memrchr(t, ',', n) : NULL;
    size_t i, letters = 0;

    if (!comma || n < 3 || t[n - 1] != '.')
        return false;
    i = (size_t)(comma - t) + 1;
    while (i < n && t[i] == ' ')
        i++;
    if (i >= n || !(t[i] >= 'a' && t[i] <= 'z'))
        return false;
    for (; i < n - 1; i++, letters++)
        if (!((t[i] >= 'a' && t[i] <= 'z') || (unsigned char)t[i] >= 0x80))
            return false;
    return letters >= 2 && letters <= 8;
}

static int check_name(struct od_order *o, const char *field, const char *v)
{
    size_t n = v ? strlen(v) : 0;

    if (!n)
        return 0;
    if (is_label(v, n))
        return doubt(o, field, "a label, not a name", v, n);
    if (holds_phone(v, n))
        return doubt(o, field, "holds a telephone number", v, n);
    if (holds_label(v, n))
        return doubt(o, field, "holds a label", v, n);
    if (ends_with_abbreviation(v, n))
        return doubt(o, field, "ends with another field's label", v, n);
    if (mail_address_shape(v, n, false))
        return doubt(o, field, "has a street address's shape", v, n);
    return 0;
}

int mail_shape_doubts(struct od_order *o)
{
    const char *a = o->ship_to.address;
    size_t n = a ? strlen(a) : 0;
    int rc;

    if (n && holds_phone(a, n)) {
        if ((rc = doubt(o, "ship_to.address", "holds a telephone number", a, n)))
            return rc;
    } else if (n && holds_label(a, n)) {
        if ((rc = doubt(o, "ship_to.address", "holds another label", a, n)))
            return rc;
    }
    if ((rc = check_name(o, "customer.name", o->customer.name)) ||
        (rc = check_name(o, "ship_to.name", o->ship_to.name)))
        return rc;
    for (size_t i = 0; i < o->n_lines; i++) {
        const char *t = o->lines[i].title;

        if (!o->lines[i].sku && t && holds_code(t, strlen(t))) {
            char field[48];

            snprintf(field, sizeof(field), "lines[%zu].title", i);
            return doubt(o, field, "holds an item code and the line has no SKU", t, strlen(t));
        }
    }
    return 0;
}
