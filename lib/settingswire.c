/* Settings as bytes and back, by their key table: see settingswire.h. */
#include "settingswire.h"

#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "error.h"

#define MAX_DEPTH 8 /* sections inside sections: the tables nest 2 deep today */

static int add_str(struct od_buf *b, const char *s)
{
    size_t n = s ? strlen(s) : 0;
    int rc;

    if (n > UINT32_MAX)
        return od_error_set(OD_ETOOBIG, "setting of %zu bytes", n);
    if ((rc = od_buf_add_le(b, s ? 1 : 0, 1)) < 0 || (rc = od_buf_add_le(b, n, 4)) < 0)
        return rc;
    return od_buf_add(b, s ? s : "", n);
}

static int encode(const struct od_config_key *keys, const void *settings, struct od_buf *out,
                  int depth)
{
    int rc = 0;

    if (depth > MAX_DEPTH)
        return od_error_set(OD_ETOOBIG, "settings nested too deep");
    for (size_t i = 0; keys[i].name && rc == 0; i++) {
        const void *slot = (const char *)settings + keys[i].offset;

        switch (keys[i].type) {
        case OD_KEY_STRING:
        case OD_KEY_SECRET:
        case OD_KEY_ENUM:
        case OD_KEY_PATH:
            rc = add_str(out, *(char *const *)slot);
            break;
        case OD_KEY_BOOL:
            rc = od_buf_add_le(out, *(const bool *)slot ? 1 : 0, 1);
            break;
        case OD_KEY_INT:
        case OD_KEY_DURATION:
            rc = od_buf_add_le(out, (uint64_t) * (const int64_t *)slot, 8);
            break;
        case OD_KEY_SIZE:
            rc = od_buf_add_le(out, *(const uint64_t *)slot, 8);
            break;
        case OD_KEY_MAP: {
            const struct od_strmap *m = slot;

            if ((rc = od_buf_add_le(out, m->keys ? 1 : 0, 1)) < 0 ||
                (rc = od_buf_add_le(out, m->n, 4)) < 0)
                break;
            for (size_t j = 0; j < m->n && rc == 0; j++)
                if ((rc = add_str(out, m->keys[j])) == 0)
                    rc = add_str(out, m->values[j]);
            break;
        }
        case OD_KEY_LIST: {
            const struct od_strlist *l = slot;

            rc = od_buf_add_le(out, l->n, 4);
            for (size_t j = 0; j < l->n && rc == 0; j++)
                rc = add_str(out, l->items[j]);
            break;
        }
        case OD_KEY_SECTION:
            rc = encode(keys[i].section, slot, out, depth + 1);
            break;
        case OD_KEY_SECTION_MAP: {
            const struct od_sectmap *m = slot;

            rc = od_buf_add_le(out, m->n, 4);
            for (size_t j = 0; j < m->n && rc == 0; j++)
                if ((rc = add_str(out, m->names[j])) == 0)
                    rc = encode(keys[i].section, od_sectmap_item(m, j), out, depth + 1);
            break;
        }
        default:
            rc = od_error_set(OD_EINVAL, "setting %s: unknown type", keys[i].name);
            break;
        }
    }
    return rc;
}

int od_settings_encode(const struct od_config_key *keys, const void *settings, struct od_buf *out)
{
    return encode(keys, settings, out, 0);
}

/* --- decoding ------------------------------------------------------------- */

struct reader {
    const unsigned char *p, *end;
};

static bool take_u(struct reader *r, int bytes, uint64_t *v)
{
    if (r->end - r->p < bytes)
        return false;
    *v = 0;
    for (int i = bytes - 1; i >= 0; i--)
        *v = (*v << 8) | r->p[i];
    r->p += bytes;
    return true;
}

static int bad(const char *name)
{
    return od_error_set(OD_EINVAL, "settings: malformed at %s", name);
}

/* A string into *out (NULL when not given): no NUL inside. */
static int take_str(struct reader *r, const char *name, char **out)
{
    uint64_t given, n;

    if (!take_u(r, 1, &given) || given > 1 || !take_u(r, 4, &n) || (given == 0 && n != 0) ||
        n > (uint64_t)(r->end - r->p) || memchr(r->p, '\0', (size_t)n))
        return bad(name);
    if (given) {
        *out = strndup((const char *)r->p, (size_t)n);
        if (!*out)
            return od_error_set(OD_ENOMEM, "out of memory");
    }
    r->p += n;
    return 0;
}

/* A count of items of at least `min` bytes each that the rest can hold. */
static int take_count(struct reader *r, const char *name, size_t min, size_t *n)
{
    uint64_t v;

    if (!take_u(r, 4, &v) || v > (uint64_t)(r->end - r->p) / min)
        return bad(name);
    *n = (size_t)v;
    return 0;
}

static int decode(const struct od_config_key *keys, struct reader *r, void *settings, int depth)
{
    int rc = 0;

    if (depth > MAX_DEPTH)
        return bad("depth");
    for (size_t i = 0; keys[i].name && rc == 0; i++) {
        void *slot = (char *)settings + keys[i].offset;
        const char *name = keys[i].name;
        uint64_t v;

        switch (keys[i].type) {
        case OD_KEY_STRING:
        case OD_KEY_SECRET:
        case OD_KEY_ENUM:
        case OD_KEY_PATH:
            rc = take_str(r, name, (char **)slot);
            break;
        case OD_KEY_BOOL:
            if (!take_u(r, 1, &v) || v > 1)
                return bad(name);
            *(bool *)slot = v == 1;
            break;
        case OD_KEY_INT:
        case OD_KEY_DURATION:
            if (!take_u(r, 8, &v))
                return bad(name);
            *(int64_t *)slot = (int64_t)v;
            break;
        case OD_KEY_SIZE:
            if (!take_u(r, 8, &v))
                return bad(name);
            *(uint64_t *)slot = v;
            break;
        case OD_KEY_MAP: {
            struct od_strmap *m = slot;
            uint64_t given;
            size_t n;

            if (!take_u(r, 1, &given) || given > 1 || (rc = take_count(r, name, 10, &n)) < 0)
                return rc < 0 ? rc : bad(name);
            if (given == 0 && n > 0)
                return bad(name);
            if (given) {
                m->keys = calloc(n + 1, sizeof(*m->keys));
                m->values = calloc(n + 1, sizeof(*m->values));
                if (!m->keys || !m->values)
                    return od_error_set(OD_ENOMEM, "out of memory");
            }
            for (size_t j = 0; j < n && rc == 0; j++) {
                if ((rc = take_str(r, name, &m->keys[j])) == 0 &&
                    (rc = take_str(r, name, &m->values[j])) == 0) {
                    m->n = j + 1; /* both set: freed with the map from now on */
                    if (!m->keys[j] || !m->values[j])
                        rc = bad(name);
                }
            }
            if (rc < 0 && m->keys && m->n < n) { /* a half-read pair the map does not count */
                free(m->keys[m->n]);
                free(m->values[m->n]);
                m->keys[m->n] = m->values[m->n] = NULL;
            }
            break;
        }
        case OD_KEY_LIST: {
            struct od_strlist *l = slot;
            size_t n;

            if ((rc = take_count(r, name, 5, &n)) < 0)
                return rc;
            l->items = calloc(n + 1, sizeof(*l->items));
            if (!l->items)
                return od_error_set(OD_ENOMEM, "out of memory");
            for (size_t j = 0; j < n && rc == 0; j++) {
                rc = take_str(r, name, &l->items[j]);
                if (rc == 0 && !l->items[j])
                    rc = bad(name);
                if (l->items[j])
                    l->n = j + 1;
            }
            break;
        }
        case OD_KEY_SECTION:
            rc = decode(keys[i].section, r, slot, depth + 1);
            break;
        case OD_KEY_SECTION_MAP: {
            struct od_sectmap *m = slot;
            size_t n;

            if ((rc = take_count(r, name, 5, &n)) < 0)
                return rc;
            m->item_size = keys[i].item_size;
            m->names = calloc(n + 1, sizeof(*m->names));
            m->items = calloc(n + 1, keys[i].item_size);
            if (!m->names || !m->items)
                return od_error_set(OD_ENOMEM, "out of memory");
            for (size_t j = 0; j < n && rc == 0; j++) {
                m->n = j + 1; /* item j is zeroed: freeing it is safe */
                rc = take_str(r, name, &m->names[j]);
                if (rc == 0 && !m->names[j])
                    rc = bad(name);
                if (rc == 0)
                    rc = decode(keys[i].section, r, od_sectmap_item(m, j), depth + 1);
            }
            break;
        }
        default:
            return bad(name);
        }
    }
    return rc;
}

int od_settings_decode(const struct od_config_key *keys, const char *data, size_t len,
                       void *settings)
{
    struct reader r = {(const unsigned char *)data, (const unsigned char *)data + len};
    int rc = decode(keys, &r, settings, 0);

    if (rc == 0 && r.p != r.end)
        rc = bad("the end");
    return rc;
}
