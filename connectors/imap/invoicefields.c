/* The invoice request a mailed purchase order states (see
 * invoicefields.h). */
#include "invoicefields.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "error.h"

#define VALUE_MAX 256

enum inv_field {
    INV_TYPE,
    INV_TITLE,
    INV_TAX_ID,
    INV_ADDRESS,
    INV_PHONE,
    INV_ADDRESS_PHONE, /* 地址、电话 in one value */
    INV_BANK,
    INV_ACCOUNT,
    INV_BANK_ACCOUNT, /* 开户行及账号 in one value */
    INV_EMAIL,
};

/* Labels, the longest of a family first where one starts another
 * (开户行及账号 before 开户行). Plain 地址, 电话 and 邮箱 are the
 * shipping address, phone and the buyer's e-mail (fields.c), not the
 * invoice's. */
static const struct {
    const char *label;
    enum inv_field field;
} labels[] = {
    {"发票类型", INV_TYPE},
    {"发票种类", INV_TYPE},
    {"开票类型", INV_TYPE},
    {"发票抬头", INV_TITLE},
    {"开票抬头", INV_TITLE},
    {"开票名称", INV_TITLE},
    {"发票名称", INV_TITLE},
    {"抬头", INV_TITLE},
    {"纳税人识别号", INV_TAX_ID},
    {"纳税识别号", INV_TAX_ID},
    {"统一社会信用代码", INV_TAX_ID},
    {"税务登记号", INV_TAX_ID},
    {"税号", INV_TAX_ID},
    {"地址、电话", INV_ADDRESS_PHONE},
    {"地址及电话", INV_ADDRESS_PHONE},
    {"地址电话", INV_ADDRESS_PHONE},
    {"开票地址", INV_ADDRESS},
    {"注册地址", INV_ADDRESS},
    {"单位地址", INV_ADDRESS},
    {"开票电话", INV_PHONE},
    {"注册电话", INV_PHONE},
    {"单位电话", INV_PHONE},
    {"开户行及账号", INV_BANK_ACCOUNT},
    {"开户行及帐号", INV_BANK_ACCOUNT},
    {"开户银行及账号", INV_BANK_ACCOUNT},
    {"开户银行", INV_BANK},
    {"开户行", INV_BANK},
    {"银行账号", INV_ACCOUNT},
    {"银行帐号", INV_ACCOUNT},
    {"开户账号", INV_ACCOUNT},
    {"账号", INV_ACCOUNT},
    {"帐号", INV_ACCOUNT},
    {"收票邮箱", INV_EMAIL},
    {"发票邮箱", INV_EMAIL},
    {"接收邮箱", INV_EMAIL},
};
#define N_LABELS (sizeof(labels) / sizeof(labels[0]))

/* The UTF-8 separators a label may follow or be followed by. */
static size_t sep_len(const char *p, const char *z)
{
    static const char *const seps[] = {"：", "，", "；", "、", "　", NULL};

    if (p >= z)
        return 0;
    if (*p == ' ' || *p == '\t' || *p == ':' || *p == ',' || *p == ';' || *p == '|')
        return 1;
    for (size_t i = 0; seps[i]; i++) {
        size_t n = strlen(seps[i]);

        if ((size_t)(z - p) >= n && memcmp(p, seps[i], n) == 0)
            return n;
    }
    return 0;
}

/* A label at p (after a line start or a separator) followed by a colon
 * or white space: its index, *after set past the separators. -1 none. */
static int label_at(const char *p, const char *z, const char **after)
{
    for (size_t i = 0; i < N_LABELS; i++) {
        size_t n = strlen(labels[i].label);
        const char *q = p + n;
        size_t s;

        if ((size_t)(z - p) < n || memcmp(p, labels[i].label, n) != 0)
            continue;
        if (q < z && !sep_len(q, z))
            continue; /* part of a longer word: 开户行名称 is not 开户行 */
        while (q < z && (s = sep_len(q, z)) > 0)
            q += s;
        *after = q;
        return (int)i;
    }
    return -1;
}

static void trim(const char **a, const char **b)
{
    size_t s;

    while (*a < *b && (s = sep_len(*a, *b)) > 0)
        *a += s;
    while (*b > *a) {
        const char *p = *b - 1;

        while (p > *a && ((unsigned char)*p & 0xC0) == 0x80)
            p--; /* the start of the last character */
        if (!sep_len(p, *b) && !(*b - p == 3 && memcmp(p, "。", 3) == 0))
            break;
        *b = p;
    }
}

static int set_once(char **field, const char *a, const char *b)
{
    if (*field || a >= b)
        return 0;
    if ((size_t)(b - a) > VALUE_MAX)
        b = a + VALUE_MAX;
    while (b > a && ((unsigned char)*b & 0xC0) == 0x80)
        b--; /* do not cut a character */
    return od_str_set(field, a, (size_t)(b - a));
}

/* A tax number as the tax platform wants it: letters and digits only,
 * letters in capitals ("9131 0000 ma1f l0xx" -> "91310000MA1FL0XX"). */
static int set_code(char **field, const char *a, const char *b)
{
    char buf[VALUE_MAX + 1];
    size_t n = 0;

    if (*field)
        return 0;
    for (; a < b && n < VALUE_MAX; a++) {
        char c = *a;

        if (c >= 'a' && c <= 'z')
            c = (char)(c - 'a' + 'A');
        if ((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z'))
            buf[n++] = c;
        else if (c != ' ' && c != '-')
            break;
    }
    return n ? od_str_set(field, buf, n) : 0;
}

static bool has(const char *a, const char *b, const char *word)
{
    size_t n = strlen(word);

    for (const char *p = a; p + n <= b; p++)
        if (memcmp(p, word, n) == 0)
            return true;
    return false;
}

/* "增值税专用发票（电子）", "普票", "电子发票", "不开发票". */
static int set_type(struct od_invoice *v, const char *a, const char *b)
{
    const char *type = NULL, *medium = NULL;
    int rc = 0;

    if (has(a, b, "不开") || has(a, b, "不需要"))
        type = "none";
    else if (has(a, b, "专用") || has(a, b, "专票"))
        type = "special";
    else if (has(a, b, "普通") || has(a, b, "普票"))
        type = "normal";
    if (has(a, b, "电子") || has(a, b, "数电") || has(a, b, "全电"))
        medium = "electronic";
    else if (has(a, b, "纸质") || has(a, b, "纸票"))
        medium = "paper";
    if (type && !v->type)
        rc = od_str_set(&v->type, type, strlen(type));
    if (rc == 0 && medium && !v->medium)
        rc = od_str_set(&v->medium, medium, strlen(medium));
    return rc;
}

/* Two values in one: the last run of digits (with - and spaces inside)
 * at the end is the second ("招商银行张江支行 1219 0000 1000 1" ->
 * bank, account; "上海市浦东新区张江路 1 号 021-50000000" -> address,
 * phone; an account loses its spaces). */
static int set_pair(char **first, char **second, const char *a, const char *b, bool phone)
{
    const char *p = b;
    int rc;

    while (p > a && ((p[-1] >= '0' && p[-1] <= '9') || p[-1] == '-' ||
                     (p[-1] == ' ' && p - 1 > a && p[-2] >= '0' && p[-2] <= '9' && !phone)))
        p--;
    while (p < b && (*p == ' ' || *p == '-'))
        p++;
    if (b - p < 5 || p == a || (p[-1] != ' ' && p[-1] != '\t' && !phone))
        return set_once(first, a, b); /* no number at the end: all of it is the first */
    {
        const char *fa = a, *fb = p;

        trim(&fa, &fb);
        rc = set_once(first, fa, fb);
    }
    if (rc == 0)
        rc = phone ? set_once(second, p, b) : set_code(second, p, b);
    return rc;
}

static int apply(struct od_invoice *v, enum inv_field f, const char *a, const char *b)
{
    trim(&a, &b);
    if (a >= b)
        return 0;
    switch (f) {
    case INV_TYPE:
        return set_type(v, a, b);
    case INV_TITLE:
        return set_once(&v->title, a, b);
    case INV_TAX_ID:
        return set_code(&v->tax_id, a, b);
    case INV_ADDRESS:
        return set_once(&v->address, a, b);
    case INV_PHONE:
        return set_once(&v->phone, a, b);
    case INV_ADDRESS_PHONE:
        return set_pair(&v->address, &v->phone, a, b, true);
    case INV_BANK:
        return set_once(&v->bank, a, b);
    case INV_ACCOUNT:
        return set_code(&v->account, a, b); /* digits, spaces dropped */
    case INV_BANK_ACCOUNT:
        return set_pair(&v->bank, &v->account, a, b, false);
    case INV_EMAIL:
        return set_once(&v->email, a, b);
    }
    return 0;
}

/* One line: each label with the text up to the next label. */
static int read_line(struct od_invoice *v, const char *p, const char *z)
{
    int cur = -1, i;
    const char *val = NULL, *after;
    bool at_start = true;
    int rc = 0;

    while (p < z && rc == 0) {
        size_t s = sep_len(p, z);

        if (at_start && (i = label_at(p, z, &after)) >= 0) {
            if (cur >= 0)
                rc = apply(v, labels[cur].field, val, p);
            cur = i;
            val = after;
            p = after;
            at_start = true;
            continue;
        }
        at_start = s > 0;
        p += s ? s : 1;
    }
    if (rc == 0 && cur >= 0)
        rc = apply(v, labels[cur].field, val, z);
    return rc;
}

int mail_invoice_fields(struct od_order *o, const char *text, size_t len)
{
    const char *p = text, *z = text + len;
    int rc = 0;

    while (p < z && rc == 0) {
        const char *e = memchr(p, '\n', (size_t)(z - p));
        const char *le = e ? e : z;

        if (le > p && le[-1] == '\r')
            le--;
        rc = read_line(&o->invoice, p, le);
        p = e ? e + 1 : z;
    }
    return rc;
}
