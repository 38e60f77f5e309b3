/* Request signing of the Chinese platforms' gateways (Taobao/TOP,
 * Pinduoduo, JD, Douyin): digest algorithms, the sorted-parameter string,
 * and Douyin's canonical param_json. Vectors: ../shared/PLATFORMS.md,
 * reproduced in tests/unit/test_sign.c. */
#ifndef OD_SIGN_H
#define OD_SIGN_H

#include <json-c/json.h>
#include <stdbool.h>
#include <stddef.h>

#include "buf.h"

enum od_sign_alg {
    OD_SIGN_MD5,         /* MD5(secret + data + secret) */
    OD_SIGN_HMAC_MD5,    /* HMAC-MD5(key = secret, data) */
    OD_SIGN_HMAC_SHA256, /* HMAC-SHA256(key = secret, data) */
};

/* Hex digest (upper or lower case) of `data` signed with `secret` by
 * `alg`, as described above. `out` holds at least 65 bytes. */
int od_sign(enum od_sign_alg alg, const char *secret, const char *data, size_t len, bool upper,
            char out[65]);

/* Digest of the raw bytes only (no secret): Douyin's md5 signs
 * secret + pattern + secret itself. */
int od_sign_digest_md5(const char *data, size_t len, bool upper, char out[65]);
int od_sign_hmac_sha256(const char *key, const char *data, size_t len, bool upper, char out[65]);

struct od_param {
    const char *key;
    const char *value; /* NULL or "" may be skipped, see below */
};

/* The string TOP, Pinduoduo and JD sign: parameters sorted by key (byte
 * order), each as key followed by value, with empty or NULL values left
 * out when `skip_empty`. Appended to `out`. */
int od_sign_param_string(const struct od_param *params, size_t n, bool skip_empty,
                         struct od_buf *out);

/* Douyin's param_json: keys of every object sorted (byte order), no
 * whitespace, '/' and non-ASCII characters written as they are (no \/ and
 * no \uXXXX), the same bytes in the signature and the request body. */
int od_json_canonical(struct json_object *v, struct od_buf *out);

#endif
