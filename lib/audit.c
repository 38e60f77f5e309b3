/* Audit evaluation (see audit.h and docs/audit.md).
 *
 * An od_audit_batch indexes the reference data of a batch once: string
 * hash maps from SKU, (SKU, warehouse), (channel, channel SKU), (tier,
 * SKU), customer ref / phone / e-mail, blacklist values and the recent
 * orders' phone / customer / PO number to positions in the refdata
 * arrays. Every lookup of an order is then O(1) on average, whatever the
 * size of the reference data; only the address_substring blacklist
 * entries are scanned, since they are substrings.
 *
 * One order is evaluated into a private `struct eval` (reasons, flags,
 * reservations), and the changes are applied only when everything that
 * can fail has succeeded: the order's audit, tags and priority, stock
 * reserved in the refdata, the customer's approved_since and the new
 * entry of ref->recent. */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif

#include "audit.h"

#include <json-c/json.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "buf.h"
#include "error.h"
#include "json.h"

#define MSG_MAX          4096 /* bytes of one reason message */
#define EXCERPT_MAX      80   /* bytes of outside text quoted in a message */
#define EVIDENCE_TEXT    512  /* bytes of outside text in evidence */
#define REASONS_PER_RULE 20   /* reasons one rule may add to one order */
#define DUPLICATES_MAX   5    /* other orders named by one duplicate rule */
#define EXTRACTION_MSG   1024 /* bytes of the extraction reason's message */
#define MULTISET_MAX     (1024 * 1024)
#define US_PER_MIN       INT64_C(60000000)

/* ---- string hash multimap ------------------------------------------------ */

#define HNIL SIZE_MAX

struct hent {
    char *key; /* owned: "a" or "a\x1f" "b" */
    uint64_t h;
    size_t idx;  /* position in the refdata array */
    size_t next; /* next entry of the bucket, HNIL at the end */
};

struct hmap {
    size_t *heads; /* nb buckets */
    size_t nb;     /* power of two, or 0 */
    struct hent *e;
    size_t n, cap;
};

static uint64_t hash_part(uint64_t h, const char *s)
{
    for (; *s; s++) {
        h ^= (unsigned char)*s;
        h *= UINT64_C(1099511628211);
    }
    return h;
}

/* FNV-1a of a, or of a "\x1f" b. */
static uint64_t hash2(const char *a, const char *b)
{
    uint64_t h = hash_part(UINT64_C(14695981039346656037), a);

    if (b) {
        h ^= 0x1f;
        h *= UINT64_C(1099511628211);
        h = hash_part(h, b);
    }
    return h;
}

static bool key_eq2(const char *key, const char *a, const char *b)
{
    size_t la = strlen(a);

    if (strncmp(key, a, la) != 0)
        return false;
    if (!b)
        return key[la] == '\0';
    return key[la] == '\x1f' && strcmp(key + la + 1, b) == 0;
}

static void hmap_free(struct hmap *m)
{
    for (size_t i = 0; i < m->n; i++)
        free(m->e[i].key);
    free(m->e);
    free(m->heads);
    memset(m, 0, sizeof(*m));
}

/* Room for `n` entries in all, so that hmap_put_ready() cannot fail. */
static int hmap_reserve(struct hmap *m, size_t n)
{
    if (n > m->cap) {
        size_t cap = m->cap ? m->cap : 16;
        struct hent *e;

        while (cap < n)
            cap *= 2;
        e = realloc(m->e, cap * sizeof(*e));
        if (!e)
            return OD_ENOMEM;
        m->e = e;
        m->cap = cap;
    }
    if (n > m->nb) {
        size_t nb = m->nb ? m->nb : 16;
        size_t *heads;

        while (nb < n)
            nb *= 2;
        heads = malloc(nb * sizeof(*heads));
        if (!heads)
            return OD_ENOMEM;
        for (size_t i = 0; i < nb; i++)
            heads[i] = HNIL;
        for (size_t i = 0; i < m->n; i++) {
            size_t b = (size_t)(m->e[i].h & (nb - 1));

            m->e[i].next = heads[b];
            heads[b] = i;
        }
        free(m->heads);
        m->heads = heads;
        m->nb = nb;
    }
    return 0;
}

/* Add an entry whose key the map takes; room was reserved. */
static void hmap_put_ready(struct hmap *m, char *key, uint64_t h, size_t idx)
{
    size_t b = (size_t)(h & (m->nb - 1));
    struct hent *e = &m->e[m->n];

    e->key = key;
    e->h = h;
    e->idx = idx;
    e->next = m->heads[b];
    m->heads[b] = m->n;
    m->n++;
}

static char *key_make(const char *a, const char *b)
{
    size_t la = strlen(a), lb = b ? strlen(b) : 0;
    char *k = malloc(la + lb + 2);

    if (!k)
        return NULL;
    memcpy(k, a, la);
    if (b) {
        k[la] = '\x1f';
        memcpy(k + la + 1, b, lb);
        k[la + 1 + lb] = '\0';
    } else {
        k[la] = '\0';
    }
    return k;
}

static int hmap_put(struct hmap *m, const char *a, const char *b, size_t idx)
{
    char *k;

    if (hmap_reserve(m, m->n + 1) < 0)
        return OD_ENOMEM;
    k = key_make(a, b);
    if (!k)
        return OD_ENOMEM;
    hmap_put_ready(m, k, hash2(a, b), idx);
    return 0;
}

/* The first entry of key (a, b), or HNIL; then hmap_next(). */
static size_t hmap_find_from(const struct hmap *m, size_t i, const char *a, const char *b,
                             uint64_t h)
{
    for (; i != HNIL; i = m->e[i].next)
        if (m->e[i].h == h && key_eq2(m->e[i].key, a, b))
            return i;
    return HNIL;
}

static size_t hmap_first(const struct hmap *m, const char *a, const char *b)
{
    uint64_t h;

    if (!m->nb || !a)
        return HNIL;
    h = hash2(a, b);
    return hmap_find_from(m, m->heads[h & (m->nb - 1)], a, b, h);
}

static size_t hmap_next(const struct hmap *m, size_t i, const char *a, const char *b)
{
    return hmap_find_from(m, m->e[i].next, a, b, m->e[i].h);
}

/* The smallest position stored under (a, b), or HNIL: the first row of
 * the refdata wins when several match. */
static size_t hmap_min(const struct hmap *m, const char *a, const char *b)
{
    size_t best = HNIL;

    for (size_t i = hmap_first(m, a, b); i != HNIL; i = hmap_next(m, i, a, b))
        if (best == HNIL || m->e[i].idx < best)
            best = m->e[i].idx;
    return best;
}

/* ---- small text helpers ----------------------------------------------------- */

static bool is_space(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

/* NULL, "" or only ASCII white space. */
static bool blank(const char *s)
{
    if (!s)
        return true;
    for (; *s; s++)
        if (!is_space(*s))
            return false;
    return true;
}

static char lower(char c)
{
    return (c >= 'A' && c <= 'Z') ? (char)(c - 'A' + 'a') : c;
}

/* Case-insensitive (ASCII) substring search; UTF-8 is compared bytewise. */
static bool ci_contains(const char *hay, const char *needle)
{
    size_t n = strlen(needle);

    if (!hay || n == 0)
        return false;
    for (; *hay; hay++) {
        size_t i = 0;

        while (i < n && hay[i] && lower(hay[i]) == lower(needle[i]))
            i++;
        if (i == n)
            return true;
    }
    return false;
}

/* s without surrounding white space, lower-cased when `fold`, into a
 * new string ("" when blank); NULL when out of memory. */
static char *norm_text(const char *s, bool fold)
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
        *p = lower(*p);
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
static int add_text(struct od_buf *b, const char *s, size_t max)
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
static int multiset_build(const struct od_order *o, struct od_buf *b)
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
        const char *sku = !blank(l->sku) ? l->sku : l->channel_sku;

        if (blank(sku))
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
    multiset_build(o, &b);
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

    if (lower(s[0]) != 'p' || lower(s[1]) != 'o')
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

/* ---- reference data ------------------------------------------------------------ */

void od_refdata_free(struct od_refdata *r)
{
    if (!r)
        return;
    for (size_t i = 0; r->customers && i < r->n_customers; i++) {
        struct od_ref_customer *c = &r->customers[i];

        free(c->ref);
        free(c->name);
        free(c->phone);
        free(c->email);
        free(c->price_tier);
    }
    free(r->customers);
    for (size_t i = 0; r->products && i < r->n_products; i++)
        free(r->products[i].sku);
    free(r->products);
    for (size_t i = 0; r->skumap && i < r->n_skumap; i++) {
        free(r->skumap[i].channel);
        free(r->skumap[i].channel_sku);
        free(r->skumap[i].sku);
    }
    free(r->skumap);
    for (size_t i = 0; r->stock && i < r->n_stock; i++) {
        free(r->stock[i].sku);
        free(r->stock[i].warehouse);
    }
    free(r->stock);
    for (size_t i = 0; r->prices && i < r->n_prices; i++) {
        free(r->prices[i].tier);
        free(r->prices[i].sku);
    }
    free(r->prices);
    for (size_t i = 0; r->blacklist && i < r->n_blacklist; i++) {
        free(r->blacklist[i].kind);
        free(r->blacklist[i].value);
        free(r->blacklist[i].reason);
    }
    free(r->blacklist);
    for (size_t i = 0; r->recent && i < r->n_recent; i++) {
        struct od_ref_recent *x = &r->recent[i];

        free(x->channel);
        free(x->external_id);
        free(x->phone);
        free(x->customer_ref);
        free(x->skus);
        free(x->po);
    }
    free(r->recent);
    memset(r, 0, sizeof(*r));
}

void od_audit_result_clear(struct od_audit_result *res)
{
    if (!res)
        return;
    free(res->reservations);
    memset(res, 0, sizeof(*res));
    res->customer_index = -1;
    res->recheck_at = OD_TIME_NONE;
}

/* ---- the batch index ------------------------------------------------------------ */

struct od_audit_batch {
    struct od_refdata *ref; /* borrowed */
    struct hmap products;   /* sku */
    struct hmap skumap;     /* channel, channel_sku */
    struct hmap stock;      /* sku, warehouse */
    struct hmap prices;     /* tier, sku (several rows) */
    struct hmap cust_ref, cust_phone, cust_email;
    struct hmap bl_phone, bl_email, bl_name;
    size_t *bl_addr; /* address_substring entries */
    size_t n_bl_addr;
    struct hmap rec_phone, rec_cust, rec_po;
    size_t n_recent_indexed;
};

void od_audit_batch_free(struct od_audit_batch *b)
{
    if (!b)
        return;
    hmap_free(&b->products);
    hmap_free(&b->skumap);
    hmap_free(&b->stock);
    hmap_free(&b->prices);
    hmap_free(&b->cust_ref);
    hmap_free(&b->cust_phone);
    hmap_free(&b->cust_email);
    hmap_free(&b->bl_phone);
    hmap_free(&b->bl_email);
    hmap_free(&b->bl_name);
    free(b->bl_addr);
    hmap_free(&b->rec_phone);
    hmap_free(&b->rec_cust);
    hmap_free(&b->rec_po);
    free(b);
}

/* Put a normalized key unless it is empty. */
static int put_norm(struct hmap *m, const char *s, bool fold, size_t idx)
{
    char *k = norm_text(s, fold);
    int rc = 0;

    if (!k)
        return OD_ENOMEM;
    if (k[0])
        rc = hmap_put(m, k, NULL, idx);
    free(k);
    return rc;
}

static int put_phone(struct hmap *m, const char *phone, size_t idx)
{
    char p[64];

    od_audit_phone(phone, p, sizeof(p));
    if (!p[0])
        return 0;
    return hmap_put(m, p, NULL, idx);
}

/* Index ref->recent[from..n_recent). */
static int index_recent(struct od_audit_batch *b)
{
    struct od_refdata *ref = b->ref;
    int rc = 0;

    for (size_t i = b->n_recent_indexed; i < ref->n_recent && rc == 0; i++) {
        const struct od_ref_recent *x = &ref->recent[i];

        rc = put_phone(&b->rec_phone, x->phone, i);
        if (rc == 0 && !blank(x->customer_ref))
            rc = hmap_put(&b->rec_cust, x->customer_ref, NULL, i);
        if (rc == 0 && !blank(x->po))
            rc = put_norm(&b->rec_po, x->po, false, i);
    }
    if (rc == 0)
        b->n_recent_indexed = ref->n_recent;
    return rc;
}

int od_audit_batch_new(struct od_refdata *ref, struct od_audit_batch **out)
{
    struct od_audit_batch *b = NULL;
    int rc = 0;

    b = calloc(1, sizeof(*b));
    if (!b) {
        rc = OD_ENOMEM;
        goto out;
    }
    b->ref = ref;
    for (size_t i = 0; i < ref->n_products && rc == 0; i++)
        if (ref->products[i].sku)
            rc = hmap_put(&b->products, ref->products[i].sku, NULL, i);
    for (size_t i = 0; i < ref->n_skumap && rc == 0; i++) {
        const struct od_ref_skumap *m = &ref->skumap[i];

        if (m->channel && m->channel_sku && m->sku)
            rc = hmap_put(&b->skumap, m->channel, m->channel_sku, i);
    }
    for (size_t i = 0; i < ref->n_stock && rc == 0; i++)
        if (ref->stock[i].sku && ref->stock[i].warehouse)
            rc = hmap_put(&b->stock, ref->stock[i].sku, ref->stock[i].warehouse, i);
    for (size_t i = 0; i < ref->n_prices && rc == 0; i++)
        if (ref->prices[i].tier && ref->prices[i].sku)
            rc = hmap_put(&b->prices, ref->prices[i].tier, ref->prices[i].sku, i);
    for (size_t i = 0; i < ref->n_customers && rc == 0; i++) {
        const struct od_ref_customer *c = &ref->customers[i];

        if (!blank(c->ref))
            rc = hmap_put(&b->cust_ref, c->ref, NULL, i);
        if (rc == 0)
            rc = put_phone(&b->cust_phone, c->phone, i);
        if (rc == 0)
            rc = put_norm(&b->cust_email, c->email, true, i);
    }
    if (ref->n_blacklist) {
        b->bl_addr = calloc(ref->n_blacklist, sizeof(*b->bl_addr));
        if (!b->bl_addr)
            rc = OD_ENOMEM;
    }
    for (size_t i = 0; i < ref->n_blacklist && rc == 0; i++) {
        const struct od_ref_blacklist *x = &ref->blacklist[i];

        if (!x->kind || blank(x->value))
            continue;
        if (strcmp(x->kind, "phone") == 0)
            rc = put_phone(&b->bl_phone, x->value, i);
        else if (strcmp(x->kind, "email") == 0)
            rc = put_norm(&b->bl_email, x->value, true, i);
        else if (strcmp(x->kind, "name") == 0)
            rc = put_norm(&b->bl_name, x->value, false, i);
        else if (strcmp(x->kind, "address_substring") == 0)
            b->bl_addr[b->n_bl_addr++] = i;
    }
    if (rc == 0)
        rc = index_recent(b);
    if (rc < 0)
        goto out;
    *out = b;
    b = NULL;
out:
    od_audit_batch_free(b);
    if (rc < 0)
        rc = od_error_set(OD_ENOMEM, "out of memory indexing the audit reference data");
    return rc;
}

/* ---- evaluation of one order ------------------------------------------------- */

struct eval {
    struct od_audit_batch *b;
    struct od_refdata *ref;
    const struct od_rules *rules;
    const char *channel;
    struct od_order *o;
    od_time now;
    od_time when; /* placed_at, or now */
    bool en;
    int err;        /* OD_ENOMEM once allocation failed */
    int64_t *mult;  /* per line: units of sku per ordered unit */
    int64_t cust;   /* matched customer, -1 none */
    char phone[64]; /* the order's phone, normalized ("" none) */
    size_t n_fired; /* reasons of the current rule */
    struct od_audit_reason *reasons;
    size_t n_reasons, cap_reasons;
    bool reject, hold, wait, wait_unpaid;
    od_time recheck_at;
    const char **tags; /* to add, borrowed from the rules */
    size_t n_tags;
    const char *priority; /* to set, borrowed; NULL = unchanged */
};

#define L(zh_, en_) (e->en ? (en_) : (zh_))

static void oom(struct eval *e)
{
    e->err = OD_ENOMEM;
}

static void msg_printf(struct eval *e, struct od_buf *b, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

static void msg_printf(struct eval *e, struct od_buf *b, const char *fmt, ...)
{
    char tmp[MSG_MAX];
    va_list ap;

    va_start(ap, fmt);
    vsnprintf(tmp, sizeof(tmp), fmt, ap);
    va_end(ap);
    if (od_buf_adds(b, tmp) == OD_ENOMEM)
        oom(e);
}

/* Outside text into a message (bounded, valid UTF-8). */
static void msg_text(struct eval *e, struct od_buf *b, const char *s)
{
    if (add_text(b, s, EXCERPT_MAX) == OD_ENOMEM)
        oom(e);
}

/* ---- evidence (json-c) ---- */

static struct json_object *jobj(struct eval *e)
{
    struct json_object *o = json_object_new_object();

    if (!o)
        oom(e);
    return o;
}

static void jput(struct eval *e, struct json_object *o, const char *k, struct json_object *v,
                 bool is_null)
{
    if (!o) {
        json_object_put(v);
        return;
    }
    if (!v && !is_null) {
        oom(e);
        return;
    }
    if (json_object_object_add(o, k, v) != 0) {
        json_object_put(v);
        oom(e);
    }
}

/* Outside text, cleaned (valid UTF-8, bounded); NULL s gives null. */
static struct json_object *jclean(struct eval *e, const char *s);

/* Outside text, cleaned (valid UTF-8, bounded); NULL s gives null. */
static void jtext(struct eval *e, struct json_object *o, const char *k, const char *s)
{
    if (!s)
        jput(e, o, k, NULL, true);
    else
        jput(e, o, k, jclean(e, s), false);
}

static void jint(struct eval *e, struct json_object *o, const char *k, int64_t v)
{
    jput(e, o, k, json_object_new_int64(v), false);
}

static void jbool(struct eval *e, struct json_object *o, const char *k, bool v)
{
    jput(e, o, k, json_object_new_boolean(v), false);
}

static void jmoney(struct eval *e, struct json_object *o, const char *k, od_money m)
{
    char buf[OD_MONEY_STRLEN];

    if (m == OD_MONEY_NONE)
        jput(e, o, k, NULL, true);
    else
        jput(e, o, k, json_object_new_string(od_money_format(m, buf)), false);
}

static void jtime(struct eval *e, struct json_object *o, const char *k, od_time t)
{
    char buf[OD_TIME_STRLEN];

    if (t == OD_TIME_NONE)
        jput(e, o, k, NULL, true);
    else
        jput(e, o, k, json_object_new_string(od_time_format(t, buf)), false);
}

/* A JSON string of outside text, cleaned; NULL when out of memory. */
static struct json_object *jclean(struct eval *e, const char *s)
{
    struct json_object *v = NULL;
    struct od_buf b;

    od_buf_init(&b, EVIDENCE_TEXT * 2);
    if (add_text(&b, s, EVIDENCE_TEXT) == 0)
        v = json_object_new_string_len(b.data ? b.data : "", (int)b.len);
    if (!v)
        oom(e);
    od_buf_free(&b);
    return v;
}

static void jlist(struct eval *e, struct json_object *o, const char *k, const char *const *items,
                  size_t n)
{
    struct json_object *a = json_object_new_array();

    if (!a) {
        oom(e);
        return;
    }
    for (size_t i = 0; i < n && !e->err; i++) {
        struct json_object *s = jclean(e, items[i]);

        if (s && json_object_array_add(a, s) != 0) {
            json_object_put(s);
            oom(e);
        }
    }
    jput(e, o, k, a, false);
}

/* ---- recording a fired rule ---- */

/* Record that `r` fired with message `msg` (taken) and evidence `ev`
 * (taken; "verdict" is added). */
static void fire(struct eval *e, const struct od_rule *r, struct od_buf *msg,
                 struct json_object *ev, const char *verdict)
{
    struct od_audit_reason *x;
    const char *js;

    if (e->err || e->n_fired >= REASONS_PER_RULE)
        goto out;
    jput(e, ev, "verdict", json_object_new_string(verdict), false);
    if (e->err || !ev)
        goto out;
    if (e->n_reasons == e->cap_reasons) {
        size_t cap = e->cap_reasons ? e->cap_reasons * 2 : 8;
        struct od_audit_reason *p = realloc(e->reasons, cap * sizeof(*p));

        if (!p) {
            oom(e);
            goto out;
        }
        e->reasons = p;
        e->cap_reasons = cap;
    }
    x = &e->reasons[e->n_reasons];
    memset(x, 0, sizeof(*x));
    js =
        json_object_to_json_string_ext(ev, JSON_C_TO_STRING_PLAIN | JSON_C_TO_STRING_NOSLASHESCAPE);
    x->rule = strdup(r->id ? r->id : "");
    x->message = od_buf_steal(msg);
    x->evidence = js ? strdup(js) : NULL;
    if (!x->rule || !x->message || !x->evidence) {
        free(x->rule);
        free(x->message);
        free(x->evidence);
        oom(e);
        goto out;
    }
    e->n_reasons++;
    e->n_fired++;
out:
    od_buf_free(msg);
    json_object_put(ev);
}

/* Effects of a rule that fired (once per rule, whatever the reasons). */
static void act(struct eval *e, const struct od_rule *r)
{
    switch (r->action) {
    case OD_ACTION_HOLD:
        if (r->type == OD_RULE_WAIT)
            e->wait = true;
        else
            e->hold = true;
        break;
    case OD_ACTION_REJECT:
        e->reject = true;
        break;
    case OD_ACTION_TAG: {
        const char *tag = r->tag ? r->tag : r->id;
        const char **t;

        if (!tag)
            break;
        t = realloc(e->tags, (e->n_tags + 1) * sizeof(*t));
        if (!t) {
            oom(e);
            break;
        }
        e->tags = t;
        e->tags[e->n_tags++] = tag;
        break;
    }
    case OD_ACTION_SET_PRIORITY:
        e->priority = r->priority ? r->priority : "urgent";
        break;
    }
}

/* ---- lookups ---- */

static const struct od_ref_stock *stock_row(struct eval *e, const char *sku, const char *wh)
{
    size_t i;

    /* A SKU that does not fit od_reservation.sku cannot be reserved. */
    if (strlen(sku) >= sizeof(((struct od_reservation *)0)->sku))
        return NULL;
    i = hmap_first(&e->b->stock, sku, wh);
    return i == HNIL ? NULL : &e->ref->stock[e->b->stock.e[i].idx];
}

static const struct od_ref_product *product(struct eval *e, const char *sku)
{
    size_t i = hmap_first(&e->b->products, sku, NULL);

    return i == HNIL ? NULL : &e->ref->products[e->b->products.e[i].idx];
}

static int64_t mul_sat(int64_t a, int64_t b)
{
    int64_t r;

    if (a <= 0 || b <= 0)
        return 0;
    if (__builtin_mul_overflow(a, b, &r))
        return INT64_MAX;
    return r;
}

/* Units of each SKU the order needs, summed over its lines. */
struct need {
    const char *sku; /* borrowed from the order */
    int64_t units;
};

static int need_cmp(const void *a, const void *b)
{
    return strcmp(((const struct need *)a)->sku, ((const struct need *)b)->sku);
}

static struct need *needs_of(struct eval *e, size_t *n_out)
{
    struct od_order *o = e->o;
    struct need *v = calloc(o->n_lines ? o->n_lines : 1, sizeof(*v));
    size_t n = 0, m = 0;

    *n_out = 0;
    if (!v) {
        oom(e);
        return NULL;
    }
    for (size_t i = 0; i < o->n_lines; i++) {
        if (blank(o->lines[i].sku))
            continue;
        v[n].sku = o->lines[i].sku;
        v[n].units = mul_sat(o->lines[i].qty, e->mult[i]);
        n++;
    }
    qsort(v, n, sizeof(*v), need_cmp);
    for (size_t i = 0; i < n; i++) {
        if (m > 0 && strcmp(v[m - 1].sku, v[i].sku) == 0) {
            int64_t s;

            v[m - 1].units = __builtin_add_overflow(v[m - 1].units, v[i].units, &s) ? INT64_MAX : s;
        } else {
            v[m++] = v[i];
        }
    }
    *n_out = m;
    return v;
}

/* "24 小时" / "24 hours" for a window. */
static void fmt_window(struct eval *e, int64_t ms, char *buf, size_t len)
{
    const struct {
        int64_t ms;
        const char *zh, *one, *many;
    } units[] = {
        {86400000, "天", "day", "days"},
        {3600000, "小时", "hour", "hours"},
        {60000, "分钟", "minute", "minutes"},
        {1000, "秒", "second", "seconds"},
        {1, "毫秒", "millisecond", "milliseconds"},
    };

    for (size_t i = 0; i < sizeof(units) / sizeof(units[0]); i++) {
        long long n;

        if (ms % units[i].ms != 0)
            continue;
        n = (long long)(ms / units[i].ms);
        if (e->en)
            snprintf(buf, len, "%lld %s", n, n == 1 ? units[i].one : units[i].many);
        else
            snprintf(buf, len, "%lld %s", n, units[i].zh);
        return;
    }
    snprintf(buf, len, "%lldms", (long long)ms);
}

/* A time for clerks: Beijing time in Chinese, UTC in English. */
static void fmt_clock(struct eval *e, od_time t, char *buf, size_t len)
{
    time_t s = (time_t)((t + (e->en ? 0 : INT64_C(8) * 3600 * 1000000)) / 1000000);
    struct tm tm;

    if (t == OD_TIME_NONE || !gmtime_r(&s, &tm)) {
        snprintf(buf, len, "?");
        return;
    }
    snprintf(buf, len, "%04d-%02d-%02d %02d:%02d%s", tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday,
             tm.tm_hour, tm.tm_min, e->en ? " UTC" : "（北京时间）");
}

/* "5" or "2.5" for basis points. */
static void fmt_pct(int64_t bp, char *buf, size_t len)
{
    if (bp % 100 == 0)
        snprintf(buf, len, "%lld", (long long)(bp / 100));
    else if (bp % 10 == 0)
        snprintf(buf, len, "%lld.%lld", (long long)(bp / 100), (long long)(bp % 100 / 10));
    else
        snprintf(buf, len, "%lld.%02lld", (long long)(bp / 100), (long long)(bp % 100));
}

/* ---- required_fields ---- */

struct field_label {
    const char *path, *zh, *en;
};

static const struct field_label labels[] = {
    {"external_id", "订单号", "order number"},
    {"status", "订单状态", "order status"},
    {"channel_status", "渠道状态", "channel status"},
    {"placed_at", "下单时间", "order time"},
    {"paid_at", "付款时间", "payment time"},
    {"updated_at", "更新时间", "last update time"},
    {"currency", "币种", "currency"},
    {"subtotal", "商品小计", "subtotal"},
    {"shipping", "运费", "shipping"},
    {"discount", "订单优惠", "discount"},
    {"tax", "税费", "tax"},
    {"total", "订单金额", "order total"},
    {"customer.ref", "客户编号", "customer number"},
    {"customer.name", "客户姓名", "customer name"},
    {"customer.phone", "客户电话", "customer phone"},
    {"customer.email", "客户邮箱", "customer e-mail"},
    {"ship_to.name", "收货人", "recipient name"},
    {"ship_to.phone", "收货电话", "recipient phone"},
    {"ship_to.country", "收货国家", "country"},
    {"ship_to.province", "省份", "province"},
    {"ship_to.city", "城市", "city"},
    {"ship_to.district", "区县", "district"},
    {"ship_to.address", "详细地址", "street address"},
    {"ship_to.postal_code", "邮编", "postal code"},
    {"buyer_note", "买家留言", "buyer note"},
    {"seller_note", "卖家备注", "seller note"},
    {"priority", "优先级", "priority"},
    {"tags", "标签", "tags"},
    {"lines.sku", "商品编码", "SKU"},
    {"lines.channel_sku", "平台商品编码", "channel SKU"},
    {"lines.title", "商品名称", "product name"},
    {"lines.qty", "数量", "quantity"},
    {"lines.unit_price", "单价", "unit price"},
    {"lines.discount", "行优惠", "line discount"},
    {"lines.total", "行金额", "line total"},
};

static const char *label(struct eval *e, const char *path)
{
    for (size_t i = 0; i < sizeof(labels) / sizeof(labels[0]); i++)
        if (strcmp(labels[i].path, path) == 0)
            return L(labels[i].zh, labels[i].en);
    return path;
}

/* Whether order-level field `path` is empty; false for unknown paths. */
static bool order_field_empty(const struct od_order *o, const char *path)
{
    static const struct {
        const char *path;
        size_t off;
    } strs[] = {
        {"external_id", offsetof(struct od_order, external_id)},
        {"channel_status", offsetof(struct od_order, channel_status)},
        {"customer.ref", offsetof(struct od_order, customer.ref)},
        {"customer.name", offsetof(struct od_order, customer.name)},
        {"customer.phone", offsetof(struct od_order, customer.phone)},
        {"customer.email", offsetof(struct od_order, customer.email)},
        {"ship_to.name", offsetof(struct od_order, ship_to.name)},
        {"ship_to.phone", offsetof(struct od_order, ship_to.phone)},
        {"ship_to.country", offsetof(struct od_order, ship_to.country)},
        {"ship_to.province", offsetof(struct od_order, ship_to.province)},
        {"ship_to.city", offsetof(struct od_order, ship_to.city)},
        {"ship_to.district", offsetof(struct od_order, ship_to.district)},
        {"ship_to.address", offsetof(struct od_order, ship_to.address)},
        {"ship_to.postal_code", offsetof(struct od_order, ship_to.postal_code)},
        {"buyer_note", offsetof(struct od_order, buyer_note)},
        {"seller_note", offsetof(struct od_order, seller_note)},
        {"priority", offsetof(struct od_order, priority)},
    };

    for (size_t i = 0; i < sizeof(strs) / sizeof(strs[0]); i++)
        if (strcmp(strs[i].path, path) == 0)
            return blank(*(char *const *)((const char *)o + strs[i].off));
    if (strcmp(path, "status") == 0)
        return o->status == OD_STATUS_NONE;
    if (strcmp(path, "placed_at") == 0)
        return o->placed_at == OD_TIME_NONE;
    if (strcmp(path, "paid_at") == 0)
        return o->paid_at == OD_TIME_NONE;
    if (strcmp(path, "updated_at") == 0)
        return o->updated_at == OD_TIME_NONE;
    if (strcmp(path, "currency") == 0)
        return o->currency[0] == '\0';
    if (strcmp(path, "subtotal") == 0)
        return o->subtotal == OD_MONEY_NONE;
    if (strcmp(path, "shipping") == 0)
        return o->shipping == OD_MONEY_NONE;
    if (strcmp(path, "discount") == 0)
        return o->discount == OD_MONEY_NONE;
    if (strcmp(path, "tax") == 0)
        return o->tax == OD_MONEY_NONE;
    if (strcmp(path, "total") == 0)
        return o->total == OD_MONEY_NONE;
    if (strcmp(path, "tags") == 0)
        return o->n_tags == 0;
    return false;
}

static bool line_field_empty(const struct od_line *l, const char *f)
{
    if (strcmp(f, "sku") == 0)
        return blank(l->sku);
    if (strcmp(f, "channel_sku") == 0)
        return blank(l->channel_sku);
    if (strcmp(f, "title") == 0)
        return blank(l->title);
    if (strcmp(f, "qty") == 0)
        return l->qty <= 0;
    if (strcmp(f, "unit_price") == 0)
        return l->unit_price == OD_MONEY_NONE;
    if (strcmp(f, "discount") == 0)
        return l->discount == OD_MONEY_NONE;
    if (strcmp(f, "total") == 0)
        return l->total == OD_MONEY_NONE;
    return false;
}

static void rule_required_fields(struct eval *e, const struct od_rule *r)
{
    struct od_buf msg, path;
    struct json_object *ev = NULL, *missing = NULL;
    size_t n_missing = 0;

    od_buf_init(&msg, MSG_MAX);
    od_buf_init(&path, 256);
    missing = json_object_new_array();
    if (!missing) {
        oom(e);
        goto out;
    }
    msg_printf(e, &msg, "%s", L("缺少必填信息：", "Missing required information: "));
    for (size_t i = 0; i < r->fields.n && !e->err; i++) {
        const char *f = r->fields.items[i];
        bool is_line = strncmp(f, "lines.", 6) == 0;

        for (size_t j = 0; j < (is_line ? e->o->n_lines : 1) && !e->err; j++) {
            bool empty =
                is_line ? line_field_empty(&e->o->lines[j], f + 6) : order_field_empty(e->o, f);

            if (!empty)
                continue;
            od_buf_reset(&path);
            if (is_line)
                msg_printf(e, &path, "lines[%zu].%s", j + 1, f + 6);
            else
                msg_printf(e, &path, "%s", f);
            if (!e->err) {
                struct json_object *js = json_object_new_string(path.data);

                if (!js || json_object_array_add(missing, js) != 0) {
                    json_object_put(js);
                    oom(e);
                }
            }
            if (n_missing > 0)
                msg_printf(e, &msg, "%s", L("、", ", "));
            if (is_line)
                msg_printf(e, &msg, L("%s（第 %zu 行）", "%s (line %zu)"), label(e, f), j + 1);
            else
                msg_printf(e, &msg, "%s", label(e, f));
            n_missing++;
        }
    }
    if (n_missing == 0 || e->err)
        goto out;
    ev = jobj(e);
    jlist(e, ev, "fields", (const char *const *)r->fields.items, r->fields.n);
    jput(e, ev, "missing", missing, false);
    missing = NULL;
    fire(e, r, &msg, ev, "missing");
    ev = NULL;
out:
    json_object_put(missing);
    json_object_put(ev);
    od_buf_free(&path);
    od_buf_free(&msg);
}

/* ---- sku_known ---- */

static void rule_sku_known(struct eval *e, const struct od_rule *r)
{
    for (size_t i = 0; i < e->o->n_lines && !e->err; i++) {
        const struct od_line *l = &e->o->lines[i];
        const struct od_ref_product *p = blank(l->sku) ? NULL : product(e, l->sku);
        struct json_object *ev;
        struct od_buf msg;
        const char *verdict;

        if (p && p->active)
            continue;
        od_buf_init(&msg, MSG_MAX);
        if (blank(l->sku) && blank(l->channel_sku)) {
            msg_printf(e, &msg, L("第 %d 行没有商品编码", "Line %d has no SKU"), l->line_no);
            verdict = "no_sku";
        } else if (blank(l->sku)) {
            msg_printf(e, &msg, "%s", L("平台商品 ", "Channel SKU "));
            msg_text(e, &msg, l->channel_sku);
            msg_printf(
                e, &msg,
                L(" 没有对应的商品编码（第 %d 行）", " is not mapped to a product (line %d)"),
                l->line_no);
            verdict = "not_mapped";
        } else if (!p) {
            msg_printf(e, &msg, "%s", L("未知商品编码：", "Unknown SKU "));
            msg_text(e, &msg, l->sku);
            msg_printf(e, &msg, L("（第 %d 行）", " (line %d)"), l->line_no);
            verdict = "unknown_sku";
        } else {
            msg_printf(e, &msg, "%s", L("商品已停用：", "Product "));
            msg_text(e, &msg, l->sku);
            msg_printf(e, &msg, L("（第 %d 行）", " is inactive (line %d)"), l->line_no);
            verdict = "inactive";
        }
        ev = jobj(e);
        jint(e, ev, "line_no", l->line_no);
        jtext(e, ev, "sku", l->sku);
        jtext(e, ev, "channel_sku", l->channel_sku);
        jbool(e, ev, "known", p != NULL);
        jbool(e, ev, "active", p && p->active);
        fire(e, r, &msg, ev, verdict);
    }
}

/* ---- stock ---- */

/* An order whose goods have left (or never will) needs no stock. */
static bool needs_no_stock(const struct od_order *o)
{
    return o->status == OD_STATUS_SHIPPED || o->status == OD_STATUS_COMPLETED ||
           o->status == OD_STATUS_CANCELLED || o->status == OD_STATUS_REFUNDED;
}

static void rule_stock(struct eval *e, const struct od_rule *r)
{
    const char *wh = r->warehouse ? r->warehouse : "main";
    struct need *needs;
    size_t n;

    if (needs_no_stock(e->o))
        return;

    needs = needs_of(e, &n);
    for (size_t i = 0; needs && i < n && !e->err; i++) {
        const struct od_ref_stock *s = stock_row(e, needs[i].sku, wh);
        int64_t avail = s ? s->on_hand - s->reserved : 0;
        struct json_object *ev;
        struct od_buf msg;

        if (needs[i].units <= avail)
            continue;
        od_buf_init(&msg, MSG_MAX);
        msg_printf(e, &msg, "%s", L("库存不足：", "Not enough stock: "));
        msg_text(e, &msg, needs[i].sku);
        if (e->en) {
            msg_printf(e, &msg, " needs %lld, %lld available (warehouse ",
                       (long long)needs[i].units, (long long)avail);
            msg_text(e, &msg, wh);
            msg_printf(e, &msg, ")");
        } else {
            msg_printf(e, &msg, " 需要 %lld，可用 %lld（仓库 ", (long long)needs[i].units,
                       (long long)avail);
            msg_text(e, &msg, wh);
            msg_printf(e, &msg, "）");
        }
        ev = jobj(e);
        jtext(e, ev, "sku", needs[i].sku);
        jtext(e, ev, "warehouse", wh);
        jint(e, ev, "need", needs[i].units);
        if (s) {
            jint(e, ev, "on_hand", s->on_hand);
            jint(e, ev, "reserved", s->reserved);
        } else {
            jput(e, ev, "on_hand", NULL, true);
            jput(e, ev, "reserved", NULL, true);
        }
        jint(e, ev, "available", avail);
        fire(e, r, &msg, ev, "short");
    }
    free(needs);
}

/* ---- credit_limit ---- */

static od_money money0(od_money m)
{
    return m == OD_MONEY_NONE ? 0 : m;
}

static void customer_name(struct eval *e, struct od_buf *msg, const struct od_ref_customer *c)
{
    if (!blank(c->name)) {
        msg_text(e, msg, c->name);
        msg_printf(e, msg, "%s", L("（", " ("));
        msg_text(e, msg, c->ref);
        msg_printf(e, msg, "%s", L("）", ")"));
    } else {
        msg_text(e, msg, c->ref);
    }
}

static void rule_credit_limit(struct eval *e, const struct od_rule *r)
{
    const struct od_ref_customer *c;
    struct json_object *ev;
    struct od_buf msg;
    od_money exposure;
    char a[OD_MONEY_STRLEN], b[OD_MONEY_STRLEN], d[OD_MONEY_STRLEN], f[OD_MONEY_STRLEN],
        g[OD_MONEY_STRLEN];

    if (e->cust < 0)
        return;
    c = &e->ref->customers[e->cust];
    if (c->blocked) {
        od_buf_init(&msg, MSG_MAX);
        msg_printf(e, &msg, "%s", L("客户已冻结：", "Customer is blocked: "));
        customer_name(e, &msg, c);
        ev = jobj(e);
        jtext(e, ev, "customer", c->ref);
        jbool(e, ev, "blocked", true);
        fire(e, r, &msg, ev, "blocked");
    }
    if (c->credit_limit == OD_MONEY_NONE || e->o->total == OD_MONEY_NONE)
        return;
    /* Each term is at most OD_MONEY_MAX: no int64 overflow. */
    exposure = money0(c->open_balance) + money0(c->approved_since) + e->o->total;
    if (exposure <= c->credit_limit)
        return;
    od_buf_init(&msg, MSG_MAX);
    msg_printf(e, &msg, "%s", L("超出信用额度：", "Over the credit limit: "));
    customer_name(e, &msg, c);
    msg_printf(e, &msg,
               L("额度 %s，未结 %s + 已批准未结 %s + 本单 %s = %s",
                 " has a limit of %s; open balance %s + approved since %s + this order %s = %s"),
               od_money_format(c->credit_limit, a), od_money_format(money0(c->open_balance), b),
               od_money_format(money0(c->approved_since), d), od_money_format(e->o->total, f),
               od_money_format(exposure, g));
    ev = jobj(e);
    jtext(e, ev, "customer", c->ref);
    jmoney(e, ev, "credit_limit", c->credit_limit);
    jmoney(e, ev, "open_balance", money0(c->open_balance));
    jmoney(e, ev, "approved_since", money0(c->approved_since));
    jmoney(e, ev, "order_total", e->o->total);
    jmoney(e, ev, "exposure", exposure);
    fire(e, r, &msg, ev, "over_limit");
}

/* ---- price_list ---- */

/* The price row of (tier, sku) valid at e->when; the latest valid_from
 * wins when several are. */
static const struct od_ref_price *price_at(struct eval *e, const char *tier, const char *sku)
{
    const struct od_ref_price *best = NULL;
    const struct hmap *m = &e->b->prices;

    for (size_t i = hmap_first(m, tier, sku); i != HNIL; i = hmap_next(m, i, tier, sku)) {
        const struct od_ref_price *p = &e->ref->prices[m->e[i].idx];

        if (p->unit_price == OD_MONEY_NONE)
            continue;
        if (p->valid_from != OD_TIME_NONE && e->when < p->valid_from)
            continue;
        if (p->valid_to != OD_TIME_NONE && e->when >= p->valid_to)
            continue;
        if (!best || (p->valid_from != OD_TIME_NONE &&
                      (best->valid_from == OD_TIME_NONE || p->valid_from > best->valid_from)))
            best = p;
    }
    return best;
}

static od_money line_total(const struct od_line *l)
{
    od_money t, d;

    if (l->total != OD_MONEY_NONE)
        return l->total;
    if (l->unit_price == OD_MONEY_NONE || !od_money_mul(l->unit_price, l->qty, &t))
        return OD_MONEY_NONE;
    d = money0(l->discount);
    return od_money_add(t, -d, &t) ? t : OD_MONEY_NONE;
}

static void rule_price_list(struct eval *e, const struct od_rule *r)
{
    const struct od_ref_customer *c;
    const char *tier;

    if (e->cust < 0)
        return;
    c = &e->ref->customers[e->cust];
    tier = c->price_tier;
    if (blank(tier))
        return;
    for (size_t i = 0; i < e->o->n_lines && !e->err; i++) {
        const struct od_line *l = &e->o->lines[i];
        const struct od_ref_price *p;
        __int128 units, expected, min_total;
        od_money paid, unit_paid;
        char a[OD_MONEY_STRLEN], b[OD_MONEY_STRLEN], pct[32];
        struct json_object *ev;
        struct od_buf msg;

        if (blank(l->sku) || l->qty <= 0 || !(p = price_at(e, tier, l->sku)))
            continue;
        paid = line_total(l);
        if (paid == OD_MONEY_NONE)
            continue;
        units = (__int128)l->qty * e->mult[i];
        expected = (__int128)p->unit_price * units;
        if ((__int128)paid * 10000 >= expected * (10000 - r->tolerance_bp))
            continue;
        /* The lowest line total the tolerance allows, rounded up. */
        min_total = (expected * (10000 - r->tolerance_bp) + 9999) / 10000;
        unit_paid = (od_money)((__int128)paid / units);
        fmt_pct(r->tolerance_bp, pct, sizeof(pct));
        od_buf_init(&msg, MSG_MAX);
        msg_printf(e, &msg, "%s", L("低于价目表：", "Below the price list: "));
        msg_text(e, &msg, l->sku);
        msg_printf(e, &msg, L(" 实付单价 %s，", " sold at %s per unit, tier "),
                   od_money_format(unit_paid, a));
        msg_text(e, &msg, tier);
        msg_printf(e, &msg, L(" 价 %s", " price %s"), od_money_format(p->unit_price, b));
        if (r->tolerance_bp > 0)
            msg_printf(e, &msg, L("，最多可低 %s%%", ", at most %s%% lower allowed"), pct);
        msg_printf(e, &msg, L("（第 %d 行）", " (line %d)"), l->line_no);
        ev = jobj(e);
        jint(e, ev, "line_no", l->line_no);
        jtext(e, ev, "sku", l->sku);
        jtext(e, ev, "customer", c->ref);
        jtext(e, ev, "tier", tier);
        jint(e, ev, "qty", l->qty);
        jint(e, ev, "multiplier", e->mult[i]);
        jmoney(e, ev, "unit_price", l->unit_price);
        jmoney(e, ev, "line_total", paid);
        jmoney(e, ev, "tier_price", p->unit_price);
        jput(e, ev, "tolerance_pct", json_object_new_string(pct), false);
        if (min_total <= OD_MONEY_MAX)
            jmoney(e, ev, "min_line_total", (od_money)min_total);
        else
            jput(e, ev, "min_line_total", NULL, true);
        fire(e, r, &msg, ev, "below_price_list");
    }
}

/* ---- totals_consistent ---- */

static void rule_totals(struct eval *e, const struct od_rule *r)
{
    const struct od_order *o = e->o;
    __int128 lines = 0, expected, diff, adiff;
    char a[OD_MONEY_STRLEN], b[OD_MONEY_STRLEN], c[OD_MONEY_STRLEN], d[OD_MONEY_STRLEN],
        f[OD_MONEY_STRLEN], g[OD_MONEY_STRLEN], h[OD_MONEY_STRLEN], k[OD_MONEY_STRLEN];
    struct json_object *ev;
    struct od_buf msg;

    if (o->total == OD_MONEY_NONE)
        return;
    for (size_t i = 0; i < o->n_lines; i++) {
        od_money t = line_total(&o->lines[i]);

        if (t == OD_MONEY_NONE)
            return; /* cannot be summed: od_order_finish() refuses such orders */
        lines += t;
    }
    expected = lines + money0(o->shipping) - money0(o->discount) + money0(o->tax);
    diff = (__int128)o->total - expected;
    adiff = diff < 0 ? -diff : diff;
    if (adiff <= r->tolerance)
        return;
    if (lines > OD_MONEY_MAX || lines < -OD_MONEY_MAX || expected > OD_MONEY_MAX ||
        expected < -OD_MONEY_MAX)
        lines = expected = diff = adiff = OD_MONEY_MAX; /* shown capped */
    od_buf_init(&msg, MSG_MAX);
    msg_printf(
        e, &msg,
        L("金额不一致：商品合计 %s + 运费 %s - 优惠 %s + 税 %s = %s，订单金额 %s（相差 %s，允许 "
          "%s）",
          "Totals do not add up: lines %s + shipping %s - discount %s + tax %s = %s, but "
          "the order total is %s (off by %s, tolerance %s)"),
        od_money_format((od_money)lines, a), od_money_format(money0(o->shipping), b),
        od_money_format(money0(o->discount), c), od_money_format(money0(o->tax), d),
        od_money_format((od_money)expected, f), od_money_format(o->total, g),
        od_money_format((od_money)adiff, h), od_money_format(r->tolerance, k));
    ev = jobj(e);
    jmoney(e, ev, "lines_total", (od_money)lines);
    jmoney(e, ev, "shipping", money0(o->shipping));
    jmoney(e, ev, "discount", money0(o->discount));
    jmoney(e, ev, "tax", money0(o->tax));
    jmoney(e, ev, "expected", (od_money)expected);
    jmoney(e, ev, "total", o->total);
    jmoney(e, ev, "difference", (od_money)diff);
    jmoney(e, ev, "tolerance", r->tolerance);
    fire(e, r, &msg, ev, "inconsistent");
}

/* ---- amount ---- */

static void rule_amount(struct eval *e, const struct od_rule *r)
{
    od_money t = e->o->total;
    char a[OD_MONEY_STRLEN], b[OD_MONEY_STRLEN];
    struct json_object *ev;
    struct od_buf msg;
    bool above;

    if (t == OD_MONEY_NONE)
        return;
    if (r->above != OD_MONEY_NONE && t > r->above)
        above = true;
    else if (r->below != OD_MONEY_NONE && t < r->below)
        above = false;
    else
        return;
    od_buf_init(&msg, MSG_MAX);
    if (above)
        msg_printf(e, &msg, L("订单金额 %s 超过 %s", "Order total %s is above %s"),
                   od_money_format(t, a), od_money_format(r->above, b));
    else
        msg_printf(e, &msg, L("订单金额 %s 低于 %s", "Order total %s is below %s"),
                   od_money_format(t, a), od_money_format(r->below, b));
    ev = jobj(e);
    jmoney(e, ev, "total", t);
    jmoney(e, ev, above ? "above" : "below", above ? r->above : r->below);
    fire(e, r, &msg, ev, above ? "above" : "below");
}

/* ---- buyer_note ---- */

static const char *first_keyword(const struct od_rule *r, const char *text)
{
    for (size_t i = 0; i < r->keywords.n; i++)
        if (ci_contains(text, r->keywords.items[i]))
            return r->keywords.items[i];
    return NULL;
}

static void rule_buyer_note(struct eval *e, const struct od_rule *r)
{
    const char *note = e->o->buyer_note;
    const char *kw = NULL;
    struct json_object *ev;
    struct od_buf msg;

    if (blank(note))
        return;
    if (r->keywords.n > 0 && !(kw = first_keyword(r, note)))
        return;
    od_buf_init(&msg, MSG_MAX);
    if (kw) {
        msg_printf(e, &msg, "%s", L("买家留言含“", "Buyer note mentions \""));
        msg_text(e, &msg, kw);
        msg_printf(e, &msg, "%s", L("”：", "\": "));
    } else {
        msg_printf(e, &msg, "%s", L("买家留言：", "Buyer note: "));
    }
    msg_text(e, &msg, note);
    ev = jobj(e);
    jtext(e, ev, "buyer_note", note);
    if (r->keywords.n > 0) {
        jlist(e, ev, "keywords", (const char *const *)r->keywords.items, r->keywords.n);
        jtext(e, ev, "matched", kw);
    }
    fire(e, r, &msg, ev, kw ? "keyword" : "note");
}

/* ---- blacklist ---- */

static void blacklisted(struct eval *e, const struct od_rule *r, size_t idx, const char *field,
                        const char *seen_value, size_t *done, size_t *n_done)
{
    const struct od_ref_blacklist *x = &e->ref->blacklist[idx];
    static const struct {
        const char *kind, *zh, *en;
    } kinds[] = {
        {"phone", "电话", "phone"},
        {"email", "邮箱", "e-mail"},
        {"name", "姓名", "name"},
        {"address_substring", "地址含", "address containing"},
    };
    const char *kl = x->kind;
    struct json_object *ev;
    struct od_buf msg;

    for (size_t i = 0; i < *n_done; i++)
        if (done[i] == idx)
            return;
    done[(*n_done)++] = idx;
    for (size_t i = 0; i < sizeof(kinds) / sizeof(kinds[0]); i++)
        if (strcmp(kinds[i].kind, x->kind) == 0)
            kl = L(kinds[i].zh, kinds[i].en);
    od_buf_init(&msg, MSG_MAX);
    msg_printf(e, &msg, L("命中黑名单（%s ", "On the blacklist (%s "), kl);
    msg_text(e, &msg, x->value);
    msg_printf(e, &msg, "%s", L("）", ")"));
    if (!blank(x->reason)) {
        msg_printf(e, &msg, "%s", L("：", ": "));
        msg_text(e, &msg, x->reason);
    }
    ev = jobj(e);
    jtext(e, ev, "kind", x->kind);
    jtext(e, ev, "value", x->value);
    jtext(e, ev, "field", field);
    jtext(e, ev, "order_value", seen_value);
    jtext(e, ev, "reason", x->reason);
    fire(e, r, &msg, ev, "listed");
}

static void bl_lookup(struct eval *e, const struct od_rule *r, const struct hmap *m,
                      const char *key, const char *field, const char *value, size_t *done,
                      size_t *n_done)
{
    for (size_t i = hmap_first(m, key, NULL); i != HNIL && !e->err; i = hmap_next(m, i, key, NULL))
        blacklisted(e, r, m->e[i].idx, field, value, done, n_done);
}

static void rule_blacklist(struct eval *e, const struct od_rule *r)
{
    const struct od_order *o = e->o;
    const struct {
        const char *field, *value;
    } phones[] = {{"customer.phone", o->customer.phone}, {"ship_to.phone", o->ship_to.phone}},
      names[] = {{"customer.name", o->customer.name}, {"ship_to.name", o->ship_to.name}},
      addrs[] = {{"ship_to.address", o->ship_to.address},
                 {"ship_to.province", o->ship_to.province},
                 {"ship_to.city", o->ship_to.city},
                 {"ship_to.district", o->ship_to.district}};
    size_t *done, n_done = 0;
    char *k;

    /* Each entry is reported once, however many fields match it. */
    done = calloc(e->ref->n_blacklist ? e->ref->n_blacklist : 1, sizeof(*done));
    if (!done) {
        oom(e);
        return;
    }
    for (size_t i = 0; i < 2 && !e->err; i++) {
        char p[64];

        od_audit_phone(phones[i].value, p, sizeof(p));
        if (p[0])
            bl_lookup(e, r, &e->b->bl_phone, p, phones[i].field, phones[i].value, done, &n_done);
    }
    if (!blank(o->customer.email) && !e->err) {
        if (!(k = norm_text(o->customer.email, true)))
            oom(e);
        else
            bl_lookup(e, r, &e->b->bl_email, k, "customer.email", o->customer.email, done, &n_done);
        free(k);
    }
    for (size_t i = 0; i < 2 && !e->err; i++) {
        if (blank(names[i].value))
            continue;
        if (!(k = norm_text(names[i].value, false)))
            oom(e);
        else
            bl_lookup(e, r, &e->b->bl_name, k, names[i].field, names[i].value, done, &n_done);
        free(k);
    }
    for (size_t j = 0; j < e->b->n_bl_addr && !e->err; j++) {
        const struct od_ref_blacklist *x = &e->ref->blacklist[e->b->bl_addr[j]];

        if (!(k = norm_text(x->value, false))) {
            oom(e);
            break;
        }
        for (size_t i = 0; i < 4 && !e->err; i++) {
            if (k[0] && ci_contains(addrs[i].value, k)) {
                blacklisted(e, r, e->b->bl_addr[j], addrs[i].field, addrs[i].value, done, &n_done);
                break;
            }
        }
        free(k);
    }
    free(done);
}

/* ---- duplicate ---- */

struct dup_ctx {
    const char *skus; /* this order's multiset */
    const char *po;   /* this order's PO, or NULL */
    size_t found[DUPLICATES_MAX];
    size_t n_found;
};

static bool dup_within(struct eval *e, const struct od_rule *r, const struct od_ref_recent *x)
{
    __int128 d;

    if (x->placed_at == OD_TIME_NONE)
        return false;
    d = (__int128)e->when - x->placed_at;
    if (d < 0)
        d = -d;
    return d <= (__int128)r->window_ms * 1000;
}

static bool same_order(struct eval *e, const struct od_ref_recent *x)
{
    const char *ch = e->channel ? e->channel : "";

    return x->channel && x->external_id && e->o->external_id && strcmp(x->channel, ch) == 0 &&
           strcmp(x->external_id, e->o->external_id) == 0;
}

static void dup_report(struct eval *e, const struct od_rule *r, struct dup_ctx *d, size_t idx,
                       const char *match)
{
    const struct od_ref_recent *x = &e->ref->recent[idx];
    struct json_object *ev, *other;
    struct od_buf msg;
    char win[64], clock[64];

    for (size_t i = 0; i < d->n_found; i++)
        if (d->found[i] == idx)
            return;
    if (d->n_found == DUPLICATES_MAX)
        return;
    d->found[d->n_found++] = idx;
    fmt_window(e, r->window_ms, win, sizeof(win));
    fmt_clock(e, x->placed_at, clock, sizeof(clock));
    od_buf_init(&msg, MSG_MAX);
    if (strcmp(match, "po") == 0) {
        msg_printf(e, &msg, "%s",
                   L("疑似重复订单：采购单号 ", "Possible duplicate: purchase order "));
        msg_text(e, &msg, d->po);
        msg_printf(e, &msg, "%s", L(" 也出现在 ", " also came in as "));
        msg_text(e, &msg, x->channel);
        msg_printf(e, &msg, "/");
        msg_text(e, &msg, x->external_id);
    } else {
        msg_printf(e, &msg, "%s", L("疑似重复订单：与 ", "Possible duplicate of "));
        msg_text(e, &msg, x->channel);
        msg_printf(e, &msg, "/");
        msg_text(e, &msg, x->external_id);
        if (strcmp(match, "phone") == 0)
            msg_printf(e, &msg,
                       L(" 的手机号和商品相同（%s内；该单下单于 %s）",
                         ": same phone and items within %s (placed %s)"),
                       win, clock);
        else
            msg_printf(e, &msg,
                       L(" 的客户和商品相同（%s内；该单下单于 %s）",
                         ": same customer and items within %s (placed %s)"),
                       win, clock);
    }
    ev = jobj(e);
    jtext(e, ev, "match", match);
    other = jobj(e);
    if (x->order_id > 0)
        jint(e, other, "order_id", x->order_id);
    else
        jput(e, other, "order_id", NULL, true);
    jtext(e, other, "channel", x->channel);
    jtext(e, other, "external_id", x->external_id);
    jtime(e, other, "placed_at", x->placed_at);
    jput(e, ev, "other", other, false);
    if (strcmp(match, "phone") == 0)
        jtext(e, ev, "phone", e->phone);
    else if (strcmp(match, "customer") == 0)
        jtext(e, ev, "customer_ref", e->o->customer.ref);
    else
        jtext(e, ev, "po", d->po);
    if (strcmp(match, "po") != 0)
        jtext(e, ev, "skus", d->skus);
    jtime(e, ev, "placed_at", e->when);
    jint(e, ev, "window_ms", r->window_ms);
    fire(e, r, &msg, ev, "duplicate");
}

static void dup_scan(struct eval *e, const struct od_rule *r, struct dup_ctx *d,
                     const struct hmap *m, const char *key, const char *match)
{
    for (size_t i = hmap_first(m, key, NULL); i != HNIL && !e->err;
         i = hmap_next(m, i, key, NULL)) {
        const struct od_ref_recent *x = &e->ref->recent[m->e[i].idx];

        if (same_order(e, x) || !dup_within(e, r, x))
            continue;
        if (strcmp(match, "po") == 0) {
            if (x->channel && e->channel && strcmp(x->channel, e->channel) == 0)
                continue;
        } else if (!x->skus || strcmp(x->skus, d->skus) != 0) {
            continue;
        }
        dup_report(e, r, d, m->e[i].idx, match);
    }
}

static void rule_duplicate(struct eval *e, const struct od_rule *r, const char *skus,
                           const char *po)
{
    struct dup_ctx d;

    memset(&d, 0, sizeof(d));
    d.skus = skus;
    d.po = po;
    if (skus[0] && e->phone[0])
        dup_scan(e, r, &d, &e->b->rec_phone, e->phone, "phone");
    if (skus[0] && !blank(e->o->customer.ref))
        dup_scan(e, r, &d, &e->b->rec_cust, e->o->customer.ref, "customer");
    if (po)
        dup_scan(e, r, &d, &e->b->rec_po, po, "po");
}

/* ---- address_complete ---- */

static void rule_address(struct eval *e, const struct od_rule *r)
{
    const struct od_address *a = &e->o->ship_to;
    const char *missing[4];
    size_t n = 0;
    bool cn = blank(a->country) || strcmp(a->country, "CN") == 0 || strcmp(a->country, "cn") == 0;
    char p[64];
    bool mobile = od_audit_phone(a->phone, p, sizeof(p));
    struct json_object *ev;
    struct od_buf msg;

    if (blank(a->name))
        missing[n++] = "ship_to.name";
    if (blank(a->phone) || (cn && !mobile))
        missing[n++] = "ship_to.phone";
    if (blank(a->province) && blank(a->city))
        missing[n++] = "ship_to.province";
    if (blank(a->address))
        missing[n++] = "ship_to.address";
    if (n == 0)
        return;
    od_buf_init(&msg, MSG_MAX);
    msg_printf(e, &msg, "%s", L("收货地址不完整：缺少", "Incomplete shipping address: missing "));
    for (size_t i = 0; i < n; i++) {
        const char *what;

        if (strcmp(missing[i], "ship_to.name") == 0)
            what = L("收货人", "recipient name");
        else if (strcmp(missing[i], "ship_to.phone") == 0)
            what = blank(a->phone) ? L("收货电话", "recipient phone")
                                   : L("有效手机号", "a valid mobile number");
        else if (strcmp(missing[i], "ship_to.province") == 0)
            what = L("省份或城市", "province or city");
        else
            what = L("详细地址", "street address");
        msg_printf(e, &msg, "%s%s", i ? L("、", ", ") : "", what);
    }
    ev = jobj(e);
    jlist(e, ev, "missing", missing, n);
    jtext(e, ev, "phone", a->phone);
    jbool(e, ev, "mobile", mobile);
    fire(e, r, &msg, ev, "incomplete");
}

/* ---- wait ---- */

static bool status_paid(enum od_status s)
{
    return s == OD_STATUS_PAID || s == OD_STATUS_PARTIALLY_SHIPPED || s == OD_STATUS_SHIPPED ||
           s == OD_STATUS_COMPLETED;
}

static void rule_wait(struct eval *e, const struct od_rule *r)
{
    const struct od_order *o = e->o;
    od_time since, until;
    char clock[64];
    struct json_object *ev;
    struct od_buf msg;

    if (o->paid_at == OD_TIME_NONE && !status_paid(o->status)) {
        od_buf_init(&msg, MSG_MAX);
        msg_printf(e, &msg, "%s",
                   L("尚未付款，付款后再审", "Not paid yet; it will be checked again once paid"));
        ev = jobj(e);
        jtext(e, ev, "status", od_status_name(o->status));
        jput(e, ev, "paid_at", NULL, true);
        jint(e, ev, "minutes", r->minutes);
        e->wait_unpaid = true;
        fire(e, r, &msg, ev, "unpaid");
        return;
    }
    since = o->paid_at != OD_TIME_NONE ? o->paid_at : o->placed_at;
    if (since == OD_TIME_NONE)
        return; /* paid at an unknown time: nothing to wait for */
    until = since + r->minutes * US_PER_MIN;
    if (e->now >= until)
        return;
    if (e->recheck_at == OD_TIME_NONE || until > e->recheck_at)
        e->recheck_at = until;
    fmt_clock(e, until, clock, sizeof(clock));
    od_buf_init(&msg, MSG_MAX);
    msg_printf(e, &msg,
               L("付款后需等待 %lld 分钟，将于 %s再审",
                 "Waiting %lld minutes after payment; it will be checked again at %s"),
               (long long)r->minutes, clock);
    ev = jobj(e);
    jtime(e, ev, "paid_at", o->paid_at);
    if (o->paid_at == OD_TIME_NONE)
        jtime(e, ev, "placed_at", o->placed_at);
    jint(e, ev, "minutes", r->minutes);
    jtime(e, ev, "until", until);
    jtime(e, ev, "now", e->now);
    fire(e, r, &msg, ev, "waiting");
}

/* ---- priority ---- */

static void rule_priority(struct eval *e, const struct od_rule *r)
{
    const struct od_order *o = e->o;
    const char *kw = NULL, *field = NULL, *text = NULL;
    struct json_object *ev;
    struct od_buf msg;

    if ((kw = first_keyword(r, o->buyer_note))) {
        field = "buyer_note";
        text = o->buyer_note;
    } else if ((kw = first_keyword(r, o->seller_note))) {
        field = "seller_note";
        text = o->seller_note;
    } else {
        for (size_t i = 0; i < o->n_tags && !kw; i++)
            if ((kw = first_keyword(r, o->tags[i]))) {
                field = "tags";
                text = o->tags[i];
            }
    }
    if (!kw)
        return;
    od_buf_init(&msg, MSG_MAX);
    if (strcmp(field, "buyer_note") == 0)
        msg_printf(e, &msg, "%s", L("加急：买家留言含“", "Rush: the buyer note mentions \""));
    else if (strcmp(field, "seller_note") == 0)
        msg_printf(e, &msg, "%s", L("加急：卖家备注含“", "Rush: the seller note mentions \""));
    else
        msg_printf(e, &msg, "%s", L("加急：标签含“", "Rush: a tag mentions \""));
    msg_text(e, &msg, kw);
    msg_printf(e, &msg, "%s", L("”", "\""));
    ev = jobj(e);
    jtext(e, ev, "field", field);
    jtext(e, ev, "text", text);
    jtext(e, ev, "matched", kw);
    jlist(e, ev, "keywords", (const char *const *)r->keywords.items, r->keywords.n);
    if (r->action == OD_ACTION_SET_PRIORITY)
        jtext(e, ev, "priority", r->priority ? r->priority : "urgent");
    fire(e, r, &msg, ev, "keyword");
}

/* ---- the steps ---- */

/* Map channel SKUs: see od_audit_order(). */
/* Doubts of an order read out of a document (model.h): not a rule of the
 * file. An order with any doubt is held, whatever the rules say, with one
 * reason: rule "extraction", the doubts joined with "; " as the message
 * (each cut at EVIDENCE_TEXT bytes, the whole at EXTRACTION_MSG, naming
 * how many were left out), evidence {"doubts": [...], "sources": {...},
 * "verdict": "doubtful"}. */
static void rule_extraction(struct eval *e)
{
    static const struct od_rule rule = {.id = "extraction", .action = OD_ACTION_HOLD};
    const struct od_extraction *x = e->o->extraction;
    struct json_object *ev, *src = NULL;
    struct od_buf msg;
    size_t i;

    if (!x || x->n_doubts == 0)
        return;
    od_buf_init(&msg, MSG_MAX);
    for (i = 0; i < x->n_doubts && !e->err; i++) {
        struct od_buf one;

        od_buf_init(&one, EVIDENCE_TEXT * 2);
        if (add_text(&one, x->doubts[i], EVIDENCE_TEXT) == OD_ENOMEM)
            oom(e);
        if (i > 0 && msg.len + 2 + one.len > EXTRACTION_MSG) {
            od_buf_free(&one);
            break;
        }
        msg_printf(e, &msg, "%s%s", i ? "; " : "", one.data ? one.data : "");
        od_buf_free(&one);
    }
    if (i < x->n_doubts)
        msg_printf(e, &msg, L("（另有 %zu 条）", " (%zu more)"), x->n_doubts - i);
    ev = jobj(e);
    jlist(e, ev, "doubts", (const char *const *)x->doubts, x->n_doubts);
    if (x->sources) {
        int rc = od_json_parse(x->sources, strlen(x->sources), &src);

        if (rc == OD_ENOMEM)
            oom(e);
        if (rc < 0 || !json_object_is_type(src, json_type_object)) {
            json_object_put(src);
            src = NULL;
        }
    }
    jput(e, ev, "sources", src ? src : jobj(e), false);
    e->n_fired = 0;
    fire(e, &rule, &msg, ev, "doubtful");
    e->hold = true;
}

/* The sku_map entry of a line: by its channel_sku, else by its sku. The
 * one mapping rule of the audit, the sink and od_audit_dup_multisets(). */
static const struct od_ref_skumap *line_map(const struct od_line *l, od_skumap_find_cb find,
                                            const void *ud)
{
    const struct od_ref_skumap *s = NULL;

    if (!blank(l->channel_sku))
        s = find(ud, l->channel_sku);
    if (!s && !blank(l->sku))
        s = find(ud, l->sku);
    return s;
}

int od_audit_map_line(struct od_line *l, od_skumap_find_cb find, const void *ud,
                      const struct od_ref_skumap **hit)
{
    const struct od_ref_skumap *s = line_map(l, find, ud);
    int rc = 0;

    if (s && blank(l->channel_sku))
        rc = od_str_set(&l->channel_sku, l->sku, strlen(l->sku));
    if (s && rc == 0 && (!l->sku || strcmp(l->sku, s->sku) != 0))
        rc = od_str_set(&l->sku, s->sku, strlen(s->sku));
    if (rc < 0)
        return od_error_set(OD_ENOMEM, "out of memory");
    if (hit)
        *hit = s;
    return 0;
}

/* od_skumap_find_cb over the batch's hash map, for one channel. */
struct skumap_find {
    const struct hmap *m;
    const struct od_refdata *ref;
    const char *channel;
};

static const struct od_ref_skumap *skumap_find(const void *ud, const char *code)
{
    const struct skumap_find *f = ud;
    size_t k = hmap_first(f->m, f->channel, code);

    return k == HNIL ? NULL : &f->ref->skumap[f->m->e[k].idx];
}

static int map_skus(struct eval *e)
{
    struct od_order *o = e->o;
    struct skumap_find f = {.m = &e->b->skumap, .ref = e->ref, .channel = e->channel};
    int rc = 0;

    for (size_t i = 0; i < o->n_lines && rc == 0; i++) {
        const struct od_ref_skumap *s = NULL;

        e->mult[i] = 1;
        if (!e->channel)
            continue;
        rc = od_audit_map_line(&o->lines[i], skumap_find, &f, &s);
        if (rc == 0 && s)
            e->mult[i] = s->multiplier >= 1 ? s->multiplier : 1;
    }
    return rc;
}

/* One order's multiset as rule_duplicate() sees it: the lines mapped
 * through `m` (skumap of ref, keyed channel, channel_sku) the way
 * map_skus() maps them, on a copy of the lines. */
static int mapped_multiset(const struct hmap *m, const struct od_refdata *ref,
                           const struct od_order *o, struct od_buf *out)
{
    struct od_order copy = *o;
    struct od_line *lines = calloc(o->n_lines ? o->n_lines : 1, sizeof(*lines));
    struct skumap_find f = {.m = m, .ref = ref, .channel = o->channel};
    int rc;

    if (!lines)
        return od_error_set(OD_ENOMEM, "out of memory");
    for (size_t i = 0; i < o->n_lines; i++) {
        const struct od_line *l = &o->lines[i];
        const struct od_ref_skumap *s = o->channel ? line_map(l, skumap_find, &f) : NULL;

        lines[i] = *l;
        if (s)
            lines[i].sku = s->sku;
    }
    copy.lines = lines;
    rc = multiset_build(&copy, out);
    free(lines);
    return rc;
}

int od_audit_dup_multisets(const struct od_refdata *ref, struct od_order *const *orders, size_t n,
                           char ***out)
{
    struct hmap m;
    struct od_buf b;
    char **v = calloc(n ? n : 1, sizeof(*v));
    int rc = 0;

    memset(&m, 0, sizeof(m));
    od_buf_init(&b, MULTISET_MAX);
    if (!v)
        return od_error_set(OD_ENOMEM, "out of memory");
    for (size_t i = 0; i < ref->n_skumap && rc == 0; i++) {
        const struct od_ref_skumap *x = &ref->skumap[i];

        if (x->channel && x->channel_sku && x->sku)
            rc = hmap_put(&m, x->channel, x->channel_sku, i);
    }
    if (rc < 0)
        rc = od_error_set(OD_ENOMEM, "out of memory");
    for (size_t i = 0; i < n && rc == 0; i++) {
        od_buf_reset(&b);
        rc = mapped_multiset(&m, ref, orders[i], &b);
        if (rc == OD_ETOOBIG) {
            od_buf_reset(&b); /* too many lines to compare, as in the audit */
            rc = 0;
        }
        if (rc == 0 && !(v[i] = strdup(b.data ? b.data : "")))
            rc = od_error_set(OD_ENOMEM, "out of memory");
    }
    od_buf_free(&b);
    hmap_free(&m);
    if (rc < 0) {
        for (size_t i = 0; i < n; i++)
            free(v[i]);
        free(v);
        return rc;
    }
    *out = v;
    return 0;
}

static size_t match_one(struct eval *e, const char *by)
{
    const struct od_order *o = e->o;
    size_t idx = HNIL;

    if (strcmp(by, "ref") == 0) {
        if (!blank(o->customer.ref))
            idx = hmap_min(&e->b->cust_ref, o->customer.ref, NULL);
    } else if (strcmp(by, "phone") == 0) {
        if (e->phone[0])
            idx = hmap_min(&e->b->cust_phone, e->phone, NULL);
        if (idx == HNIL && !blank(o->ship_to.phone)) {
            char p[64];

            od_audit_phone(o->ship_to.phone, p, sizeof(p));
            if (p[0])
                idx = hmap_min(&e->b->cust_phone, p, NULL);
        }
    } else if (strcmp(by, "email") == 0 && !blank(o->customer.email)) {
        char *k = norm_text(o->customer.email, true);

        if (!k)
            oom(e);
        else
            idx = hmap_min(&e->b->cust_email, k, NULL);
        free(k);
    }
    return idx;
}

/* The customer of the order: by ref, phone, e-mail, or in the order the
 * channel's match_customer_by gives. */
static void match_customer(struct eval *e)
{
    const char *order = e->rules ? od_strmap_get(&e->rules->match_by, e->channel) : NULL;
    size_t idx = HNIL;

    e->cust = -1;
    if (!order)
        order = "ref,phone,email";
    while (idx == HNIL && *order) {
        char by[16];
        size_t n = strcspn(order, ",");

        snprintf(by, sizeof(by), "%.*s", (int)(n < sizeof(by) ? n : sizeof(by) - 1), order);
        idx = match_one(e, by);
        order += n;
        if (*order == ',')
            order++;
    }
    if (idx != HNIL)
        e->cust = (int64_t)idx;
}

static void eval_free(struct eval *e)
{
    for (size_t i = 0; i < e->n_reasons; i++) {
        free(e->reasons[i].rule);
        free(e->reasons[i].message);
        free(e->reasons[i].evidence);
    }
    free(e->reasons);
    free(e->tags);
    free(e->mult);
}

static bool has_tag(const struct od_order *o, const char *t)
{
    for (size_t i = 0; i < o->n_tags; i++)
        if (o->tags[i] && strcmp(o->tags[i], t) == 0)
            return true;
    return false;
}

/* Reservations of an approved order: in the warehouse of the first stock
 * rule that applies, each SKU whose units are available. */
static int plan_reservations(struct eval *e, const struct od_rule *stock_rule,
                             struct od_reservation **out, size_t *n_out, size_t **rows)
{
    const char *wh = stock_rule->warehouse ? stock_rule->warehouse : "main";
    struct od_reservation *v = NULL;
    size_t *rv = NULL;
    struct need *needs;
    size_t n = 0, m = 0;
    int rc = 0;

    needs = needs_of(e, &n);
    if (!needs) {
        rc = OD_ENOMEM;
        goto out;
    }
    v = calloc(n ? n : 1, sizeof(*v));
    rv = calloc(n ? n : 1, sizeof(*rv));
    if (!v || !rv) {
        rc = OD_ENOMEM;
        goto out;
    }
    for (size_t i = 0; i < n; i++) {
        const struct od_ref_stock *s = stock_row(e, needs[i].sku, wh);

        if (!s || needs[i].units <= 0 || needs[i].units > s->on_hand - s->reserved ||
            strlen(wh) >= sizeof(v[m].warehouse))
            continue;
        snprintf(v[m].sku, sizeof(v[m].sku), "%s", needs[i].sku);
        snprintf(v[m].warehouse, sizeof(v[m].warehouse), "%s", wh);
        v[m].qty = needs[i].units;
        rv[m] = (size_t)(s - e->ref->stock);
        m++;
    }
    *out = v;
    *n_out = m;
    *rows = rv;
    v = NULL;
    rv = NULL;
out:
    free(needs);
    free(v);
    free(rv);
    return rc;
}

/* The new entry of ref->recent; its strings are owned by `x`. */
static int make_recent(struct eval *e, const char *skus, const char *po, struct od_ref_recent *x)
{
    memset(x, 0, sizeof(*x));
    x->order_id = e->o->id;
    x->placed_at = e->when;
    x->channel = strdup(e->channel ? e->channel : "");
    x->external_id = strdup(e->o->external_id ? e->o->external_id : "");
    x->phone = strdup(e->phone);
    x->skus = strdup(skus);
    if (!blank(e->o->customer.ref))
        x->customer_ref = strdup(e->o->customer.ref);
    if (po)
        x->po = strdup(po);
    if (!x->channel || !x->external_id || !x->phone || !x->skus ||
        (!blank(e->o->customer.ref) && !x->customer_ref) || (po && !x->po))
        return OD_ENOMEM;
    return 0;
}

static void recent_clear(struct od_ref_recent *x)
{
    free(x->channel);
    free(x->external_id);
    free(x->phone);
    free(x->customer_ref);
    free(x->skus);
    free(x->po);
    memset(x, 0, sizeof(*x));
}

int od_audit_batch_order(struct od_audit_batch *b, const struct od_rules *rules,
                         const char *channel, struct od_order *o, od_time now,
                         struct od_audit_result *res)
{
    return od_audit_batch_order_flags(b, rules, channel, o, now, 0, res);
}

int od_audit_batch_order_flags(struct od_audit_batch *b, const struct od_rules *rules,
                               const char *channel, struct od_order *o, od_time now, unsigned flags,
                               struct od_audit_result *res)
{
    struct od_refdata *ref = b->ref;
    struct eval ev, *e = &ev;
    struct od_buf skus;
    struct od_ref_recent rec;
    struct od_reservation *resv = NULL;
    size_t n_resv = 0, *resv_rows = NULL;
    const struct od_rule *stock_rule = NULL;
    char po_buf[128];
    const char *po = NULL;
    char *k_phone = NULL, *k_cust = NULL, *k_po = NULL;
    const char *outcome;
    char *outcome_s = NULL;
    bool reservable;
    int rc = 0;

    memset(e, 0, sizeof(*e));
    memset(&rec, 0, sizeof(rec));
    od_buf_init(&skus, MULTISET_MAX);
    e->b = b;
    e->ref = ref;
    e->rules = rules;
    e->channel = channel ? channel : o->channel;
    e->o = o;
    e->now = now;
    e->when = o->placed_at != OD_TIME_NONE ? o->placed_at : now;
    e->en = rules && rules->language && strcmp(rules->language, "en") == 0;
    e->recheck_at = OD_TIME_NONE;

    /* Recent orders the caller appended since the last call. */
    if (index_recent(b) < 0) {
        rc = OD_ENOMEM;
        goto out;
    }
    e->mult = calloc(o->n_lines ? o->n_lines : 1, sizeof(*e->mult));
    if (!e->mult) {
        rc = OD_ENOMEM;
        goto out;
    }
    if ((rc = map_skus(e)) < 0)
        goto out;
    if (!od_audit_phone(o->customer.phone, e->phone, sizeof(e->phone)) && !e->phone[0])
        od_audit_phone(o->ship_to.phone, e->phone, sizeof(e->phone));
    match_customer(e);
    rc = multiset_build(o, &skus);
    if (rc == OD_ETOOBIG) {
        od_buf_reset(&skus); /* too many lines to compare: no duplicate check */
        rc = 0;
    }
    if (rc < 0)
        goto out;
    if (od_audit_po_number(o, po_buf, sizeof(po_buf)))
        po = po_buf;

    rule_extraction(e);
    for (size_t i = 0; rules && i < rules->n && !e->err; i++) {
        const struct od_rule *r = &rules->rules[i];
        size_t before = e->n_reasons;

        if (!od_rule_applies(r, e->channel))
            continue;
        e->n_fired = 0;
        switch (r->type) {
        case OD_RULE_REQUIRED_FIELDS:
            rule_required_fields(e, r);
            break;
        case OD_RULE_SKU_KNOWN:
            rule_sku_known(e, r);
            break;
        case OD_RULE_STOCK:
            if (!stock_rule)
                stock_rule = r;
            rule_stock(e, r);
            break;
        case OD_RULE_CREDIT_LIMIT:
            rule_credit_limit(e, r);
            break;
        case OD_RULE_PRICE_LIST:
            rule_price_list(e, r);
            break;
        case OD_RULE_TOTALS_CONSISTENT:
            rule_totals(e, r);
            break;
        case OD_RULE_AMOUNT:
            rule_amount(e, r);
            break;
        case OD_RULE_BUYER_NOTE:
            rule_buyer_note(e, r);
            break;
        case OD_RULE_BLACKLIST:
            rule_blacklist(e, r);
            break;
        case OD_RULE_DUPLICATE:
            rule_duplicate(e, r, skus.data ? skus.data : "", po);
            break;
        case OD_RULE_ADDRESS_COMPLETE:
            rule_address(e, r);
            break;
        case OD_RULE_WAIT:
            rule_wait(e, r);
            break;
        case OD_RULE_PRIORITY:
            rule_priority(e, r);
            break;
        }
        if (e->n_reasons > before)
            act(e, r);
    }
    if (e->err) {
        rc = e->err;
        goto out;
    }

    if (e->reject)
        outcome = "rejected";
    else if (e->hold)
        outcome = "held";
    else if (e->wait)
        outcome = "pending";
    else
        outcome = "approved";
    reservable = (strcmp(outcome, "approved") == 0 || (flags & OD_AUDIT_RESERVE_ANYWAY)) &&
                 o->status != OD_STATUS_CANCELLED && o->status != OD_STATUS_REFUNDED;
    if (reservable && stock_rule && !needs_no_stock(o) &&
        (rc = plan_reservations(e, stock_rule, &resv, &n_resv, &resv_rows)) < 0)
        goto out;

    /* Everything that can fail, before anything of the batch changes. */
    if ((rc = make_recent(e, skus.data ? skus.data : "", po, &rec)) < 0)
        goto out;
    if (ref->n_recent == ref->cap_recent) {
        size_t cap = ref->cap_recent ? ref->cap_recent * 2 : 64;
        struct od_ref_recent *p;

        if (cap < ref->n_recent + 1)
            cap = ref->n_recent + 1;
        p = realloc(ref->recent, cap * sizeof(*p));
        if (!p) {
            rc = OD_ENOMEM;
            goto out;
        }
        ref->recent = p;
        ref->cap_recent = cap;
    }
    if (hmap_reserve(&b->rec_phone, b->rec_phone.n + 1) < 0 ||
        hmap_reserve(&b->rec_cust, b->rec_cust.n + 1) < 0 ||
        hmap_reserve(&b->rec_po, b->rec_po.n + 1) < 0) {
        rc = OD_ENOMEM;
        goto out;
    }
    k_phone = rec.phone[0] ? strdup(rec.phone) : NULL;
    k_cust = rec.customer_ref ? strdup(rec.customer_ref) : NULL;
    k_po = rec.po ? strdup(rec.po) : NULL;
    outcome_s = strdup(outcome);
    if (!outcome_s || (rec.phone[0] && !k_phone) || (rec.customer_ref && !k_cust) ||
        (rec.po && !k_po)) {
        rc = OD_ENOMEM;
        goto out;
    }
    for (size_t i = 0; i < e->n_tags && rc == 0; i++)
        if (!has_tag(o, e->tags[i]))
            rc = od_order_add_tag(o, e->tags[i]);
    if (rc == 0 && e->priority)
        rc = od_str_set(&o->priority, e->priority, strlen(e->priority));
    if (rc < 0)
        goto out;

    /* Commit: nothing below fails. */
    free(o->audit.outcome);
    for (size_t i = 0; i < o->audit.n_reasons; i++) {
        free(o->audit.reasons[i].rule);
        free(o->audit.reasons[i].message);
        free(o->audit.reasons[i].evidence);
    }
    free(o->audit.reasons);
    o->audit.outcome = outcome_s;
    outcome_s = NULL;
    o->audit.reasons = e->reasons;
    o->audit.n_reasons = e->n_reasons;
    e->reasons = NULL;
    e->n_reasons = 0;

    for (size_t i = 0; i < n_resv; i++)
        ref->stock[resv_rows[i]].reserved += resv[i].qty;
    if (reservable && e->cust >= 0 && o->total != OD_MONEY_NONE) {
        struct od_ref_customer *c = &ref->customers[e->cust];

        c->approved_since = money0(c->approved_since) + o->total;
    }

    ref->recent[ref->n_recent] = rec;
    memset(&rec, 0, sizeof(rec));
    if (k_phone)
        hmap_put_ready(&b->rec_phone, k_phone, hash2(k_phone, NULL), ref->n_recent);
    if (k_cust)
        hmap_put_ready(&b->rec_cust, k_cust, hash2(k_cust, NULL), ref->n_recent);
    if (k_po)
        hmap_put_ready(&b->rec_po, k_po, hash2(k_po, NULL), ref->n_recent);
    k_phone = k_cust = k_po = NULL;
    ref->n_recent++;
    b->n_recent_indexed = ref->n_recent;

    od_audit_result_clear(res);
    res->reservations = resv;
    res->n_reservations = n_resv;
    resv = NULL;
    res->customer_index = e->cust;
    if (strcmp(o->audit.outcome, "pending") == 0 && !e->wait_unpaid &&
        e->recheck_at != OD_TIME_NONE) {
        res->recheck_at_set = true;
        res->recheck_at = e->recheck_at;
    }
out:
    if (rc < 0)
        rc = od_error_set(OD_ENOMEM, "out of memory auditing order %s",
                          o->external_id ? o->external_id : "");
    free(outcome_s);
    free(k_phone);
    free(k_cust);
    free(k_po);
    recent_clear(&rec);
    free(resv);
    free(resv_rows);
    od_buf_free(&skus);
    eval_free(e);
    return rc;
}

int od_audit_order(const struct od_rules *rules, const char *channel, struct od_order *o,
                   struct od_refdata *ref, od_time now, struct od_audit_result *res)
{
    struct od_audit_batch *b = NULL;
    int rc;

    rc = od_audit_batch_new(ref, &b);
    if (rc == 0)
        rc = od_audit_batch_order(b, rules, channel, o, now, res);
    od_audit_batch_free(b);
    return rc;
}
