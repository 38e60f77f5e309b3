#include "sign.h"

#include <gnutls/crypto.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "error.h"

static void hex(const unsigned char *d, size_t n, bool upper, char *out)
{
    static const char lo[] = "0123456789abcdef", up[] = "0123456789ABCDEF";
    const char *digits = upper ? up : lo;

    for (size_t i = 0; i < n; i++) {
        out[2 * i] = digits[d[i] >> 4];
        out[2 * i + 1] = digits[d[i] & 15];
    }
    out[2 * n] = '\0';
}

int od_sign_digest_md5(const char *data, size_t len, bool upper, char out[65])
{
    unsigned char d[16];

    if (gnutls_hash_fast(GNUTLS_DIG_MD5, data, len, d) < 0)
        return od_error_set(OD_EINVAL, "MD5 is not available");
    hex(d, sizeof(d), upper, out);
    return 0;
}

static int hmac(gnutls_mac_algorithm_t alg, size_t size, const char *key, const char *data,
                size_t len, bool upper, char out[65])
{
    unsigned char d[32];

    if (gnutls_hmac_fast(alg, key, strlen(key), data, len, d) < 0)
        return od_error_set(OD_EINVAL, "HMAC is not available");
    hex(d, size, upper, out);
    return 0;
}

int od_sign_hmac_sha256(const char *key, const char *data, size_t len, bool upper, char out[65])
{
    return hmac(GNUTLS_MAC_SHA256, 32, key, data, len, upper, out);
}

int od_sign(enum od_sign_alg alg, const char *secret, const char *data, size_t len, bool upper,
            char out[65])
{
    struct od_buf b;
    int rc;

    switch (alg) {
    case OD_SIGN_MD5:
        od_buf_init(&b, len + 2 * strlen(secret) + 1);
        rc = od_buf_adds(&b, secret);
        if (rc == 0)
            rc = od_buf_add(&b, data, len);
        if (rc == 0)
            rc = od_buf_adds(&b, secret);
        if (rc == 0)
            rc = od_sign_digest_md5(b.data, b.len, upper, out);
        if (b.data)
            explicit_bzero(b.data, b.len); /* it holds the secret */
        od_buf_free(&b);
        return rc;
    case OD_SIGN_HMAC_MD5:
        return hmac(GNUTLS_MAC_MD5, 16, secret, data, len, upper, out);
    case OD_SIGN_HMAC_SHA256:
        return hmac(GNUTLS_MAC_SHA256, 32, secret, data, len, upper, out);
    }
    return od_error_set(OD_EINVAL, "unknown sign method");
}

static int cmp_param(const void *a, const void *b)
{
    return strcmp(((const struct od_param *)a)->key, ((const struct od_param *)b)->key);
}

int od_sign_param_string(const struct od_param *params, size_t n, bool skip_empty,
                         struct od_buf *out)
{
    struct od_param *sorted;
    int rc = 0;

    if (n == 0)
        return 0;
    sorted = malloc(n * sizeof(*sorted));
    if (!sorted)
        return od_error_set(OD_ENOMEM, "out of memory");
    memcpy(sorted, params, n * sizeof(*sorted));
    qsort(sorted, n, sizeof(*sorted), cmp_param);
    for (size_t i = 0; i < n && rc == 0; i++) {
        if (skip_empty && (!sorted[i].value || !*sorted[i].value))
            continue;
        rc = od_buf_adds(out, sorted[i].key);
        if (rc == 0 && sorted[i].value)
            rc = od_buf_adds(out, sorted[i].value);
    }
    free(sorted);
    return rc;
}

/* A JSON string with only the escapes JSON requires: '"', '\\' and
 * control characters; '/' and non-ASCII bytes go through unchanged. */
static int add_string(struct od_buf *out, const char *s, size_t len)
{
    int rc = od_buf_addc(out, '"');

    for (size_t i = 0; i < len && rc == 0; i++) {
        unsigned char c = (unsigned char)s[i];

        if (c == '"' || c == '\\') {
            rc = od_buf_addc(out, '\\');
            if (rc == 0)
                rc = od_buf_addc(out, (char)c);
        } else if (c == '\n') {
            rc = od_buf_adds(out, "\\n");
        } else if (c == '\r') {
            rc = od_buf_adds(out, "\\r");
        } else if (c == '\t') {
            rc = od_buf_adds(out, "\\t");
        } else if (c < 0x20) {
            rc = od_buf_printf(out, "\\u%04x", c);
        } else {
            rc = od_buf_addc(out, (char)c);
        }
    }
    return rc == 0 ? od_buf_addc(out, '"') : rc;
}

static int cmp_key(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

int od_json_canonical(struct json_object *v, struct od_buf *out)
{
    int rc = 0;

    switch (json_object_get_type(v)) {
    case json_type_null:
        return od_buf_adds(out, "null");
    case json_type_boolean:
        return od_buf_adds(out, json_object_get_boolean(v) ? "true" : "false");
    case json_type_int:
    case json_type_double:
        /* The literal as parsed or as json-c prints the number. */
        return od_buf_adds(out, json_object_get_string(v));
    case json_type_string:
        return add_string(out, json_object_get_string(v), (size_t)json_object_get_string_len(v));
    case json_type_array: {
        size_t n = json_object_array_length(v);

        rc = od_buf_addc(out, '[');
        for (size_t i = 0; i < n && rc == 0; i++) {
            if (i)
                rc = od_buf_addc(out, ',');
            if (rc == 0)
                rc = od_json_canonical(json_object_array_get_idx(v, i), out);
        }
        return rc == 0 ? od_buf_addc(out, ']') : rc;
    }
    case json_type_object: {
        size_t n = (size_t)json_object_object_length(v), i = 0;
        const char **keys = malloc((n ? n : 1) * sizeof(*keys));

        if (!keys)
            return od_error_set(OD_ENOMEM, "out of memory");
        json_object_object_foreach(v, key, val)
        {
            (void)val;
            keys[i++] = key;
        }
        qsort(keys, n, sizeof(*keys), cmp_key);
        rc = od_buf_addc(out, '{');
        for (i = 0; i < n && rc == 0; i++) {
            if (i)
                rc = od_buf_addc(out, ',');
            if (rc == 0)
                rc = add_string(out, keys[i], strlen(keys[i]));
            if (rc == 0)
                rc = od_buf_addc(out, ':');
            if (rc == 0)
                rc = od_json_canonical(json_object_object_get(v, keys[i]), out);
        }
        free(keys);
        return rc == 0 ? od_buf_addc(out, '}') : rc;
    }
    }
    return od_error_set(OD_EINVAL, "unknown JSON type");
}
