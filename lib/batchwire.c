/* A reader's result as bytes on a pipe, and back: see batchwire.h. */
#include "batchwire.h"

#include <json-c/json.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "error.h"
#include "json.h"

#define MAGIC   "ODB1"
#define VERSION 1u
#define HEAD    (4 + 4 + 4 + 4)

/* An optional string: u8 given, u32 length, bytes. */
static int add_str(struct od_buf *b, const char *s)
{
    size_t n = s ? strlen(s) : 0;
    int rc;

    if (n > UINT32_MAX)
        return od_error_set(OD_ETOOBIG, "string of %zu bytes", n);
    if ((rc = od_buf_addc(b, s ? 1 : 0)) < 0 || (rc = od_buf_add_le(b, (uint32_t)n, 4)) < 0)
        return rc;
    return od_buf_add(b, s ? s : "", n);
}

/* Optional raw bytes: u8 given, u64 length, bytes. */
static int add_raw(struct od_buf *b, const char *raw, size_t len)
{
    int rc;

    if ((rc = od_buf_addc(b, raw ? 1 : 0)) < 0 || (rc = od_buf_add_le(b, raw ? len : 0, 8)) < 0)
        return rc;
    return raw ? od_buf_add(b, raw, len) : 0;
}

static int add_order(struct od_buf *out, const struct od_batch_order *bo)
{
    struct json_object *j = NULL;
    const char *text;
    size_t n;
    int rc;

    if ((rc = od_order_to_json(bo->order, &j)) < 0)
        return rc;
    text =
        json_object_to_json_string_ext(j, JSON_C_TO_STRING_PLAIN | JSON_C_TO_STRING_NOSLASHESCAPE);
    if (!text) {
        rc = od_error_set(OD_ENOMEM, "out of memory");
        goto out;
    }
    n = strlen(text);
    if (n > UINT32_MAX) {
        rc = od_error_set(OD_ETOOBIG, "order of %zu bytes", n);
        goto out;
    }
    if ((rc = od_buf_add_le(out, (uint32_t)n, 4)) < 0 || (rc = od_buf_add(out, text, n)) < 0 ||
        (rc = add_raw(out, bo->raw, bo->raw_len)) < 0)
        goto out;
out:
    json_object_put(j);
    return rc;
}

int od_batchwire_encode(int code, const char *detail, const struct od_batch *b, struct od_buf *out)
{
    char d[OD_BATCHWIRE_DETAIL_MAX + 1];
    size_t dl = 0;
    size_t no = code == 0 && b ? b->n_orders : 0, nd = code == 0 && b ? b->n_dead : 0;
    int rc;

    if (code != 0) {
        snprintf(d, sizeof(d), "%s", detail && detail[0] ? detail : "unknown error");
        dl = strlen(d);
    }
    if (no > UINT32_MAX || nd > UINT32_MAX)
        return od_error_set(OD_ETOOBIG, "too many items");
    if ((rc = od_buf_add(out, MAGIC, 4)) < 0 || (rc = od_buf_add_le(out, VERSION, 4)) < 0 ||
        (rc = od_buf_add_le(out, (uint32_t)code, 4)) < 0 ||
        (rc = od_buf_add_le(out, (uint32_t)dl, 4)) < 0 || (rc = od_buf_add(out, d, dl)) < 0 ||
        (rc = od_buf_add_le(out, (uint32_t)no, 4)) < 0 ||
        (rc = od_buf_add_le(out, (uint32_t)nd, 4)) < 0)
        return rc;
    for (size_t i = 0; i < no; i++)
        if ((rc = add_order(out, &b->orders[i])) < 0)
            return rc;
    for (size_t i = 0; i < nd; i++) {
        const struct od_dead_letter *dl_ = &b->dead[i];

        if ((rc = add_str(out, dl_->source_ref)) < 0 || (rc = add_str(out, dl_->external_id)) < 0 ||
            (rc = add_str(out, dl_->reason)) < 0 || (rc = add_raw(out, dl_->raw, dl_->raw_len)) < 0)
            return rc;
    }
    return 0;
}

/* --- the parent's side: untrusted bytes ----------------------------------- */

struct reader {
    const unsigned char *p, *end, *start;
};

static const unsigned char *take(struct reader *r, size_t n)
{
    const unsigned char *at = r->p;

    if ((size_t)(r->end - r->p) < n)
        return NULL;
    r->p += n;
    return at;
}

static int malformed(const struct reader *r, const char *what)
{
    return od_error_set(OD_EINVAL, "mail reader: malformed reply (%s at byte %zu)", what,
                        (size_t)(r->p - r->start));
}

/* An optional string into *out (malloc'd, NULL when not given): no NUL inside. */
static int take_str(struct reader *r, const char *what, char **out)
{
    const unsigned char *h = take(r, 5), *s;
    uint32_t n;

    *out = NULL;
    if (!h || h[0] > 1)
        return malformed(r, what);
    n = (uint32_t)od_le_get(h + 1, 4);
    if ((h[0] == 0 && n != 0) || !(s = take(r, n)) || memchr(s, '\0', n))
        return malformed(r, what);
    if (h[0] == 0)
        return 0;
    *out = strndup((const char *)s, n);
    return *out ? 0 : od_error_set(OD_ENOMEM, "out of memory");
}

/* Optional raw bytes, borrowed from the reply: *ret NULL when not given. */
static int take_raw(struct reader *r, const char **ret, size_t *ret_len)
{
    const unsigned char *h = take(r, 9), *s;
    uint64_t n;

    if (!h || h[0] > 1)
        return malformed(r, "raw");
    n = od_le_get(h + 1, 8);
    if ((h[0] == 0 && n != 0) || n > (uint64_t)(r->end - r->p) || !(s = take(r, (size_t)n)))
        return malformed(r, "raw");
    *ret = h[0] ? (const char *)s : NULL;
    *ret_len = (size_t)n;
    return 0;
}

static int take_order(struct reader *r, const char *channel, struct od_batch *out)
{
    const unsigned char *h = take(r, 4), *text;
    const struct od_json_opts opts = {NULL, NULL};
    struct json_object *j = NULL;
    struct od_order *o = NULL;
    const char *raw;
    size_t raw_len;
    uint32_t n;
    int rc;

    if (!h || !(text = take(r, n = (uint32_t)od_le_get(h, 4))))
        return malformed(r, "order");
    if ((rc = od_json_parse((const char *)text, n, &j)) < 0 ||
        !json_object_is_type(j, json_type_object)) {
        if (rc != OD_ENOMEM)
            rc = malformed(r, "order JSON");
        goto out;
    }
    if ((rc = od_order_from_json(j, &opts, &o)) < 0) {
        char msg[300];

        if (rc == OD_ENOMEM)
            goto out;
        snprintf(msg, sizeof(msg), "%s", od_error_last());
        rc = od_error_set(OD_EINVAL, "mail reader: malformed reply (order: %s)", msg);
        goto out;
    }
    if ((rc = od_str_set(&o->channel, channel, strlen(channel))) < 0 ||
        (rc = take_raw(r, &raw, &raw_len)) < 0)
        goto out;
    rc = od_batch_add_order(out, o, raw, raw_len);
    o = NULL; /* taken, even on failure */
out:
    od_order_free(o);
    json_object_put(j);
    return rc;
}

static int take_dead(struct reader *r, struct od_batch *out)
{
    char *ref = NULL, *id = NULL, *reason = NULL;
    const char *raw;
    size_t raw_len;
    int rc;

    if ((rc = take_str(r, "source_ref", &ref)) < 0 || (rc = take_str(r, "external_id", &id)) < 0 ||
        (rc = take_str(r, "reason", &reason)) < 0 || (rc = take_raw(r, &raw, &raw_len)) < 0)
        goto out;
    if (!reason) {
        rc = malformed(r, "dead letter without a reason");
        goto out;
    }
    rc = od_batch_add_dead(out, ref, id, reason, raw, raw_len);
out:
    free(ref);
    free(id);
    free(reason);
    return rc;
}

int od_batchwire_parse(const char *data, size_t len, const char *channel, struct od_batch *out,
                       int *ret_code, char *detail, size_t detail_size)
{
    struct reader r = {(const unsigned char *)data, (const unsigned char *)data + len,
                       (const unsigned char *)data};
    const unsigned char *h, *d;
    uint32_t dl, no, nd;
    int32_t code;
    int rc;

    if (!data || !(h = take(&r, HEAD)) || memcmp(h, MAGIC, 4) != 0 ||
        (uint32_t)od_le_get(h + 4, 4) != VERSION)
        return malformed(&r, "head");
    code = (int32_t)(uint32_t)od_le_get(h + 8, 4);
    dl = (uint32_t)od_le_get(h + 12, 4);
    if ((code != 0 && code != OD_EINVAL && code != OD_ETOOBIG && code != OD_ENOMEM) ||
        (code == 0) != (dl == 0) || dl > OD_BATCHWIRE_DETAIL_MAX || !(d = take(&r, dl)) ||
        memchr(d, '\0', dl) || !(h = take(&r, 8)))
        return malformed(&r, "code");
    no = (uint32_t)od_le_get(h, 4);
    nd = (uint32_t)od_le_get(h + 4, 4);
    /* at least one item for a result, none for a failure (extract.h's contract) */
    if ((code == 0) != (no > 0 || nd > 0))
        return malformed(&r, "count");
    for (uint32_t i = 0; i < no; i++)
        if ((rc = take_order(&r, channel, out)) < 0)
            return rc;
    for (uint32_t i = 0; i < nd; i++)
        if ((rc = take_dead(&r, out)) < 0)
            return rc;
    if (r.p != r.end)
        return malformed(&r, "trailing bytes");
    *ret_code = code;
    snprintf(detail, detail_size, "%.*s", (int)dl, (const char *)d);
    return 0;
}
