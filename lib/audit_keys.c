/* Order keys of the audit: text helpers, the normalized phone, the SKU
 * multiset and the PO number (see audit.h). */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif

#include "audit_int.h"

/* ---- small text helpers ----------------------------------------------------- */

static bool is_space(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

/* NULL, "" or only ASCII white space. */
bool audit_blank(const char *s)
{
    if (!s)
        return true;
    for (; *s; s++)
        if (!is_space(*s))
            return false;
    return true;
}

char audit_lower(char c)
{
    return (c >= 'A' && c <= 'Z') ? (char)(c - 'A' + 'a') : c;
}

/* Case-insensitive (ASCII) substring search; UTF-8 is compared bytewise. */
bool audit_ci_contains(const char *hay, const char *needle)
{
    size_t n = strlen(needle);

    if (!hay || n == 0)
        return false;
    for (; *hay; hay++) {
        size_t i = 0;

        while (i < n && hay[i] && audit_lower(hay[i]) == audit_lower(needle[i]))
            i++;
        if (i == n)
            return true;
    }
    return false;
}

/* s without surrounding white space, lower-cased when `fold`, into a
 * new string ("" when blank); NULL when out of memory. */
char *audit_norm_text(const char *s, bool fold)
{
    const char *end;
    char *r;

    if (!s)
        s = "";
    while (is_space(*s))
        s++;
    end = s + strlen(s);
    while (end > s && is_space(end[-1]))
        end--;
    r = strndup(s, (size_t)(end - s));
    for (char *p = r; r && fold && *p; p++)
        *p = audit_lower(*p);
    return r;
}

/* Length of the valid UTF-8 sequence at s (1-4), or 0 when invalid. */
static size_t utf8_len(const unsigned char *s)
{
    unsigned char c = s[0];
    size_t n;
    uint32_t cp;

    if (c < 0x80)
        return 1;
    if (c >= 0xC2 && c <= 0xDF)
        n = 2, cp = c & 0x1F;
    else if (c >= 0xE0 && c <= 0xEF)
        n = 3, cp = c & 0x0F;
    else if (c >= 0xF0 && c <= 0xF4)
        n = 4, cp = c & 0x07;
    else
        return 0;
    for (size_t i = 1; i < n; i++) {
        if ((s[i] & 0xC0) != 0x80)
            return 0;
        cp = (cp << 6) | (s[i] & 0x3F);
    }
    if ((n == 3 && cp < 0x800) || (n == 4 && (cp < 0x10000 || cp > 0x10FFFF)) ||
        (cp >= 0xD800 && cp <= 0xDFFF))
        return 0;
    return n;
}

/* Append outside text: at most `max` bytes, cut on a character, "…"
 * when cut, invalid UTF-8 as '?', control characters as ' '. */
int audit_add_text(struct od_buf *b, const char *s, size_t max)
{
    const unsigned char *p = (const unsigned char *)(s ? s : "");
    size_t used = 0;
    int rc = 0;

    while (*p && rc == 0) {
        size_t n = utf8_len(p);

        if (used + (n ? n : 1) > max) {
            rc = od_buf_adds(b, "\xE2\x80\xA6"); /* … */
            break;
        }
        if (n == 0) {
            rc = od_buf_addc(b, '?');
            n = 1;
        } else if (n == 1 && (*p < 0x20 || *p == 0x7f)) {
            rc = od_buf_addc(b, ' ');
        } else {
            rc = od_buf_add(b, p, n);
        }
        p += n;
        used += n;
    }
    return rc;
}

/* ---- public helpers ------------------------------------------------------------- */

bool od_audit_phone(const char *phone, char *buf, size_t len)
{
    char d[64];
    size_t n = 0;
    bool plus = false, seen = false, ok;
    const char *digits;
    size_t nd;

    if (!buf || len == 0)
        return false;
    buf[0] = '\0';
    if (!phone)
        return false;
    for (const char *p = phone; *p; p++) {
        if (*p >= '0' && *p <= '9') {
            if (n + 1 < sizeof(d))
                d[n++] = *p;
            seen = true;
        } else if (*p == '+' && !seen && !plus) {
            plus = true;
        }
    }
    d[n] = '\0';
    digits = d;
    nd = n;
    if (plus && nd > 2 && strncmp(digits, "86", 2) == 0) {
        digits += 2;
        nd -= 2;
    } else if (!plus && nd == 15 && strncmp(digits, "0086", 4) == 0) {
        digits += 4;
        nd -= 4;
    } else if (!plus && nd == 13 && strncmp(digits, "86", 2) == 0) {
        digits += 2;
        nd -= 2;
    }
    /* With a '+', only +86 numbers are mainland ones: +1 415 ... is not. */
    ok = (!plus || digits != d) && nd == 11 && digits[0] == '1' && digits[1] >= '3' &&
         digits[1] <= '9';
    if (ok)
        snprintf(buf, len, "%s", digits);
    else if (n > 0)
        snprintf(buf, len, "%s%s", plus ? "+" : "", d);
    return ok;
}

struct ms_item {
    const char *sku;
    int64_t qty;
};

static int ms_cmp(const void *a, const void *b)
{
    return strcmp(((const struct ms_item *)a)->sku, ((const struct ms_item *)b)->sku);
}

/* The SKU multiset of o into b ("" when no line has a SKU). */
int audit_multiset_build(const struct od_order *o, struct od_buf *b)
{
    struct ms_item *items = NULL;
    size_t n = 0;
    int rc = 0;

    items = calloc(o->n_lines ? o->n_lines : 1, sizeof(*items));
    if (!items) {
        rc = od_error_set(OD_ENOMEM, "out of memory");
        goto out;
    }
    for (size_t i = 0; i < o->n_lines; i++) {
        const struct od_line *l = &o->lines[i];
        const char *sku = !audit_blank(l->sku) ? l->sku : l->channel_sku;

        if (audit_blank(sku))
            continue;
        items[n].sku = sku;
        items[n].qty = l->qty;
        n++;
    }
    qsort(items, n, sizeof(*items), ms_cmp);
    for (size_t i = 0; i < n && rc == 0;) {
        int64_t q = 0;
        size_t j = i;

        for (; j < n && strcmp(items[j].sku, items[i].sku) == 0; j++)
            q = (items[j].qty > 0 && q > INT64_MAX - items[j].qty) ? INT64_MAX : q + items[j].qty;
        rc = od_buf_printf(b, "%s%s*%lld", i ? ";" : "", items[i].sku, (long long)q);
        i = j;
    }
    if (rc == OD_ENOMEM)
        od_error_set(OD_ENOMEM, "out of memory");
out:
    free(items);
    return rc;
}

void od_audit_sku_multiset(const struct od_order *o, char *buf, size_t len)
{
    struct od_buf b;

    if (!buf || len == 0)
        return;
    buf[0] = '\0';
    if (!o)
        return;
    od_buf_init(&b, MULTISET_MAX);
    audit_multiset_build(o, &b);
    if (b.data)
        snprintf(buf, len, "%s", b.data);
    od_buf_free(&b);
}

static bool is_alnum(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

/* A PO number at s (just after a word boundary): "PO", then spaces and
 * one of '-', '#', ':' or "：" (optional), then letters, digits and
 * dashes with at least one digit. Writes "PO-" + the number upper-cased. */
static bool po_at(const char *s, char *buf, size_t len)
{
    const char *p = s + 2;
    const char *body, *end;
    bool digit = false, sep = false;
    size_t n;

    if (audit_lower(s[0]) != 'p' || audit_lower(s[1]) != 'o')
        return false;
    while (*p == ' ')
        p++, sep = true;
    if (*p == '-' || *p == '#' || *p == ':' || *p == '.') {
        p++;
        sep = true;
    } else if (strncmp(p, "\xEF\xBC\x9A", 3) == 0 || strncmp(p, "\xEF\xBC\x83", 3) == 0) {
        p += 3; /* full-width colon or number sign */
        sep = true;
    }
    while (*p == ' ')
        p++;
    if (!sep && !(*p >= '0' && *p <= '9'))
        return false; /* "POS", "Post" */
    body = p;
    while (is_alnum(*p) || *p == '-') {
        digit = digit || (*p >= '0' && *p <= '9');
        p++;
    }
    end = p;
    while (end > body && end[-1] == '-')
        end--;
    if (!digit || end == body)
        return false;
    n = (size_t)(end - body);
    if (n + 4 > len)
        return false;
    memcpy(buf, "PO-", 3);
    for (size_t i = 0; i < n; i++) {
        char c = body[i];

        buf[3 + i] = (c >= 'a' && c <= 'z') ? (char)(c - 'a' + 'A') : c;
    }
    buf[3 + n] = '\0';
    return true;
}

static bool po_in(const char *s, char *buf, size_t len)
{
    for (const char *p = s; p && *p; p++) {
        if (p != s && is_alnum(p[-1]))
            continue;
        if (po_at(p, buf, len))
            return true;
    }
    return false;
}

bool od_audit_po_number(const struct od_order *o, char *buf, size_t len)
{
    if (!o || !buf || len == 0)
        return false;
    buf[0] = '\0';
    return po_in(o->external_id, buf, len) || po_in(o->buyer_note, buf, len) ||
           po_in(o->seller_note, buf, len);
}
