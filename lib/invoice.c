/* Invoice requests: canonical names and the tax-number check (see
 * invoice.h). */
#include "invoice.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "error.h"
#include "model.h"

struct name {
    const char *alias;
    const char *canon;
};

static const struct name type_names[] = {
    {"none", "none"},
    {"normal", "normal"},
    {"special", "special"},
    {"普票", "normal"},
    {"普通发票", "normal"},
    {"增值税普通发票", "normal"},
    {"增值税电子普通发票", "normal"},
    {"电子普通发票", "normal"},
    {"电子普票", "normal"},
    {"专票", "special"},
    {"专用发票", "special"},
    {"增值税专用发票", "special"},
    {"增值税电子专用发票", "special"},
    {"电子专用发票", "special"},
    {"电子专票", "special"},
    {"不开发票", "none"},
    {"不需要", "none"},
    {"不开", "none"},
    {"无", "none"},
    {NULL, NULL},
};

static const struct name medium_names[] = {
    {"electronic", "electronic"}, {"paper", "paper"},         {"电子", "electronic"},
    {"电子发票", "electronic"},   {"数电", "electronic"},     {"数电发票", "electronic"},
    {"全电", "electronic"},       {"全电发票", "electronic"}, {"纸质", "paper"},
    {"纸质发票", "paper"},        {"纸票", "paper"},          {NULL, NULL},
};

static const char *lookup(const struct name *t, const char *s)
{
    size_t n;

    if (!s)
        return NULL;
    while (*s == ' ' || *s == '\t')
        s++;
    n = strlen(s);
    while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t'))
        n--;
    for (; t->alias; t++)
        if (strlen(t->alias) == n && strncasecmp(t->alias, s, n) == 0)
            return t->canon;
    return NULL;
}

const char *od_invoice_type_canon(const char *s)
{
    return lookup(type_names, s);
}

const char *od_invoice_medium_canon(const char *s)
{
    return lookup(medium_names, s);
}

static bool given(const char *s)
{
    return s && *s;
}

int od_invoice_finish(struct od_invoice *inv)
{
    const char *type = NULL, *medium = NULL;
    char *t = NULL, *m = NULL;
    int rc = 0;

    if (given(inv->type) && !(type = od_invoice_type_canon(inv->type))) {
        rc = od_error_set(OD_EINVAL, "invoice.type: expected none, normal or special; got '%s'",
                          inv->type);
        goto out;
    }
    if (given(inv->medium) && !(medium = od_invoice_medium_canon(inv->medium))) {
        rc = od_error_set(OD_EINVAL, "invoice.medium: expected electronic or paper; got '%s'",
                          inv->medium);
        goto out;
    }
    if (!type &&
        (given(inv->title) || given(inv->tax_id) || given(inv->address) || given(inv->phone) ||
         given(inv->bank) || given(inv->account) || given(inv->email) || medium))
        type = "normal";
    if (type && (rc = od_str_set(&t, type, strlen(type))) < 0)
        goto out;
    if (medium && (rc = od_str_set(&m, medium, strlen(medium))) < 0)
        goto out;
    /* an empty type or medium is none given */
    free(inv->type);
    inv->type = t;
    t = NULL;
    free(inv->medium);
    inv->medium = m;
    m = NULL;
out:
    free(t);
    free(m);
    return rc;
}

bool od_invoice_requested(const struct od_invoice *inv)
{
    return inv->type && (strcmp(inv->type, "normal") == 0 || strcmp(inv->type, "special") == 0);
}

bool od_invoice_tax_key(const char *name)
{
    static const char *const keys[] = {
        "vat",    "vat_number", "vat_id", "billing_vat",  "billing_vat_number",
        "tax_id", "tax_number", "税号",   "纳税人识别号", NULL};
    char buf[64];
    size_t n = 0;

    if (!name)
        return false;
    while (*name == '_')
        name++;
    for (; *name && n + 1 < sizeof(buf); name++) {
        char c = *name;

        if (c == ' ' || c == '-')
            c = '_';
        else if (c >= 'A' && c <= 'Z')
            c = (char)(c - 'A' + 'a');
        buf[n++] = c;
    }
    if (*name)
        return false;
    while (n > 0 && buf[n - 1] == '_')
        n--;
    buf[n] = '\0';
    for (size_t i = 0; keys[i]; i++)
        if (strcmp(buf, keys[i]) == 0)
            return true;
    return false;
}

/* GB 32100-2015 table 1: the 31 characters of a 统一社会信用代码 and their
 * values 0..30 (no I, O, Z, S, V). */
static const char uscc_alphabet[] = "0123456789ABCDEFGHJKLMNPQRTUWXY";

static int uscc_value(char c)
{
    const char *p = c ? strchr(uscc_alphabet, c) : NULL;

    return p ? (int)(p - uscc_alphabet) : -1;
}

static bool old_char(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z');
}

enum od_tax_id_verdict od_tax_id_check(const char *s, size_t *len, size_t *pos, char *expect)
{
    size_t n = s ? strlen(s) : 0, i;
    unsigned sum = 0, w = 1;

    *len = n;
    if (n == 15 || n == 17 || n == 20) {
        for (i = 0; i < n; i++)
            if (!old_char(s[i])) {
                *pos = i + 1;
                return OD_TAX_ID_BAD_CHAR;
            }
        return OD_TAX_ID_OLD;
    }
    if (n != 18)
        return OD_TAX_ID_BAD_LENGTH;
    for (i = 0; i < 17; i++)
        if (uscc_value(s[i]) < 0) {
            *pos = i + 1;
            return OD_TAX_ID_BAD_CHAR;
        }
    for (i = 2; i < 8; i++)
        if (s[i] < '0' || s[i] > '9') {
            *pos = i + 1;
            return OD_TAX_ID_BAD_REGION;
        }
    /* C18 = 31 - MOD(sum of C_i * W_i, 31), W_i = MOD(3^(i-1), 31); 31 -> 0. */
    for (i = 0; i < 17; i++) {
        sum += (unsigned)uscc_value(s[i]) * w;
        w = (w * 3) % 31;
    }
    *expect = uscc_alphabet[(31 - sum % 31) % 31];
    return s[17] == *expect ? OD_TAX_ID_USCC : OD_TAX_ID_BAD_CHECK;
}
