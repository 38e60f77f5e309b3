/* The audit's string hash multimap (see audit_int.h): keys "a" or
 * "a\x1f" "b" to positions in a refdata array, several entries per key. */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif

#include "audit_int.h"

/* ---- string hash multimap ------------------------------------------------ */

static uint64_t hash_part(uint64_t h, const char *s)
{
    for (; *s; s++) {
        h ^= (unsigned char)*s;
        h *= UINT64_C(1099511628211);
    }
    return h;
}

/* FNV-1a of a, or of a "\x1f" b. */
uint64_t audit_hash2(const char *a, const char *b)
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

void audit_hmap_free(struct hmap *m)
{
    for (size_t i = 0; i < m->n; i++)
        free(m->e[i].key);
    free(m->e);
    free(m->heads);
    memset(m, 0, sizeof(*m));
}

/* Room for `n` entries in all, so that audit_hmap_put_ready() cannot fail. */
int audit_hmap_reserve(struct hmap *m, size_t n)
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
void audit_hmap_put_ready(struct hmap *m, char *key, uint64_t h, size_t idx)
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

int audit_hmap_put(struct hmap *m, const char *a, const char *b, size_t idx)
{
    char *k;

    if (audit_hmap_reserve(m, m->n + 1) < 0)
        return OD_ENOMEM;
    k = key_make(a, b);
    if (!k)
        return OD_ENOMEM;
    audit_hmap_put_ready(m, k, audit_hash2(a, b), idx);
    return 0;
}

/* The first entry of key (a, b), or HNIL; then audit_hmap_next(). */
static size_t hmap_find_from(const struct hmap *m, size_t i, const char *a, const char *b,
                             uint64_t h)
{
    for (; i != HNIL; i = m->e[i].next)
        if (m->e[i].h == h && key_eq2(m->e[i].key, a, b))
            return i;
    return HNIL;
}

size_t audit_hmap_first(const struct hmap *m, const char *a, const char *b)
{
    uint64_t h;

    if (!m->nb || !a)
        return HNIL;
    h = audit_hash2(a, b);
    return hmap_find_from(m, m->heads[h & (m->nb - 1)], a, b, h);
}

size_t audit_hmap_next(const struct hmap *m, size_t i, const char *a, const char *b)
{
    return hmap_find_from(m, m->e[i].next, a, b, m->e[i].h);
}

/* The smallest position stored under (a, b), or HNIL: the first row of
 * the refdata wins when several match. */
size_t audit_hmap_min(const struct hmap *m, const char *a, const char *b)
{
    size_t best = HNIL;

    for (size_t i = audit_hmap_first(m, a, b); i != HNIL; i = audit_hmap_next(m, i, a, b))
        if (best == HNIL || m->e[i].idx < best)
            best = m->e[i].idx;
    return best;
}
