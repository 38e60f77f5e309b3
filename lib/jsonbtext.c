/* PostgreSQL's text of a jsonb value, written from a json-c tree, and the
 * content hash orderd_stage computes from it (json.h). */
#include <gnutls/crypto.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "error.h"
#include "json.h"

#define JSONB_DEPTH_MAX 64

/* A string as PostgreSQL's escape_json() writes it. */
static int text_string(struct od_buf *out, const char *s, size_t len)
{
    int rc = od_buf_addc(out, '"');

    for (size_t i = 0; i < len && rc == 0; i++) {
        unsigned char c = (unsigned char)s[i];
        size_t run = 0;

        /* bytes written as they are, in one append */
        while (i + run < len && (unsigned char)s[i + run] >= ' ' && s[i + run] != '"' &&
               s[i + run] != '\\')
            run++;
        if (run) {
            rc = od_buf_add(out, s + i, run);
            i += run - 1;
            continue;
        }
        switch (c) {
        case '\b':
            rc = od_buf_adds(out, "\\b");
            break;
        case '\f':
            rc = od_buf_adds(out, "\\f");
            break;
        case '\n':
            rc = od_buf_adds(out, "\\n");
            break;
        case '\r':
            rc = od_buf_adds(out, "\\r");
            break;
        case '\t':
            rc = od_buf_adds(out, "\\t");
            break;
        case '"':
            rc = od_buf_adds(out, "\\\"");
            break;
        case '\\':
            rc = od_buf_adds(out, "\\\\");
            break;
        default:
            if (c == 0)
                rc = OD_EINVAL; /* jsonb holds no NUL */
            else if (c < ' ')
                rc = od_buf_printf(out, "\\u%04x", c);
            else
                rc = od_buf_addc(out, (char)c);
        }
    }
    return rc == 0 ? od_buf_addc(out, '"') : rc;
}

struct key {
    const char *k;
    size_t len;
    struct json_object *v;
};

/* jsonb's order of object keys: shorter first, then bytewise. */
static int cmp_key(const void *a, const void *b)
{
    const struct key *x = a, *y = b;

    if (x->len != y->len)
        return x->len < y->len ? -1 : 1;
    return memcmp(x->k, y->k, x->len);
}

static bool dropped(const char *k, const char *const *drop)
{
    for (size_t i = 0; drop && drop[i]; i++)
        if (strcmp(k, drop[i]) == 0)
            return true;
    return false;
}

static int text_value(struct od_buf *out, struct json_object *v, const char *const *drop,
                      int depth);

static int text_object(struct od_buf *out, struct json_object *v, const char *const *drop,
                       int depth)
{
    size_t n = (size_t)json_object_object_length(v), used = 0;
    struct key *keys = calloc(n ? n : 1, sizeof(*keys));
    int rc;

    if (!keys)
        return OD_ENOMEM;
    json_object_object_foreach(v, k, x)
    {
        if (used < n && !dropped(k, drop)) {
            keys[used].k = k;
            keys[used].len = strlen(k);
            keys[used].v = x;
            used++;
        }
    }
    qsort(keys, used, sizeof(*keys), cmp_key);
    rc = od_buf_addc(out, '{');
    for (size_t i = 0; i < used && rc == 0; i++) {
        if (i > 0)
            rc = od_buf_adds(out, ", ");
        if (rc == 0)
            rc = text_string(out, keys[i].k, keys[i].len);
        if (rc == 0)
            rc = od_buf_adds(out, ": ");
        if (rc == 0)
            rc = text_value(out, keys[i].v, NULL, depth + 1);
    }
    free(keys);
    return rc == 0 ? od_buf_addc(out, '}') : rc;
}

static int text_value(struct od_buf *out, struct json_object *v, const char *const *drop, int depth)
{
    int rc;

    if (depth > JSONB_DEPTH_MAX)
        return OD_EINVAL;
    switch (json_object_get_type(v)) {
    case json_type_null:
        return od_buf_adds(out, "null");
    case json_type_boolean:
        return od_buf_adds(out, json_object_get_boolean(v) ? "true" : "false");
    case json_type_int:
        /* numeric_out of an integer: its decimal digits */
        if (json_object_get_int64(v) == INT64_MAX && json_object_get_uint64(v) != INT64_MAX)
            return od_buf_printf(out, "%llu", (unsigned long long)json_object_get_uint64(v));
        return od_buf_printf(out, "%lld", (long long)json_object_get_int64(v));
    case json_type_string:
        return text_string(out, json_object_get_string(v), (size_t)json_object_get_string_len(v));
    case json_type_object:
        return text_object(out, v, drop, depth);
    case json_type_array:
        rc = od_buf_addc(out, '[');
        for (size_t i = 0; i < json_object_array_length(v) && rc == 0; i++) {
            if (i > 0)
                rc = od_buf_adds(out, ", ");
            if (rc == 0)
                rc = text_value(out, json_object_array_get_idx(v, i), NULL, depth + 1);
        }
        return rc == 0 ? od_buf_addc(out, ']') : rc;
    case json_type_double:
    default:
        /* numeric_out of a double's text is not reproduced here */
        return OD_EINVAL;
    }
}

int od_jsonb_text(struct json_object *v, const char *const *drop, struct od_buf *out)
{
    int rc = text_value(out, v, drop, 0);

    if (rc == OD_EINVAL)
        return od_error_set(OD_EINVAL, "the value has no jsonb text written here");
    return rc < 0 ? od_error_set(rc, "out of memory writing jsonb text") : 0;
}

int od_jsonb_sha256(struct json_object *v, const char *const *drop, char out[65])
{
    static const char hex[] = "0123456789abcdef";
    unsigned char d[32];
    struct od_buf b;
    int rc;

    od_buf_init(&b, (size_t)1 << 30);
    out[0] = '\0';
    rc = od_jsonb_text(v, drop, &b);
    if (rc == 0 && gnutls_hash_fast(GNUTLS_DIG_SHA256, b.data ? b.data : "", b.len, d) < 0)
        rc = od_error_set(OD_EINVAL, "SHA-256 failed");
    if (rc == 0) {
        for (size_t i = 0; i < sizeof(d); i++) {
            out[2 * i] = hex[d[i] >> 4];
            out[2 * i + 1] = hex[d[i] & 15];
        }
        out[64] = '\0';
    }
    od_buf_free(&b);
    return rc;
}
