/* What one poll produced (the od_batch_* functions of connector.h). */
#include <stdarg.h>
#include <stdio.h>

#include "connector.h"

#include <stdlib.h>
#include <string.h>

#include "error.h"

#define BATCH_FIRST_CAP 16

void od_batch_init(struct od_batch *b, size_t max_orders)
{
    memset(b, 0, sizeof(*b));
    b->max_orders = max_orders;
    b->backlog = -1;
}

static void dead_free(struct od_dead_letter *d)
{
    free(d->source_ref);
    free(d->external_id);
    free(d->reason);
    free(d->raw);
}

/* Free the contents; keep the arrays and max_orders. */
static void batch_clear(struct od_batch *b)
{
    size_t i;

    if (b->orders) {
        for (i = 0; i < b->n_orders; i++) {
            od_order_free(b->orders[i].order);
            free(b->orders[i].raw);
        }
    }
    if (b->dead) {
        for (i = 0; i < b->n_dead; i++)
            dead_free(&b->dead[i]);
    }
    free(b->cursor);
    b->n_orders = 0;
    b->n_dead = 0;
    b->cursor = NULL;
    b->more = false;
    b->retry_after_ms = 0;
    b->backlog = -1;
}

void od_batch_reset(struct od_batch *b)
{
    if (!b)
        return;
    batch_clear(b);
}

void od_batch_free(struct od_batch *b)
{
    if (!b)
        return;
    batch_clear(b);
    free(b->orders);
    free(b->dead);
    b->orders = NULL;
    b->dead = NULL;
    b->cap_orders = 0;
    b->cap_dead = 0;
}

bool od_batch_full(const struct od_batch *b)
{
    return b->max_orders > 0 && b->n_orders + b->n_dead >= b->max_orders;
}

/* Make room for one more element of `size` bytes in `arr` (capacity
 * *cap, n used), doubling. *out is the array to use from now on. */
static int grow(void *arr, size_t *cap, size_t n, size_t size, const char *what, void **out)
{
    size_t ncap;
    void *p = arr;
    int rc = 0;

    if (n < *cap)
        goto done;
    ncap = *cap ? *cap : BATCH_FIRST_CAP;
    while (ncap <= n) {
        if (ncap > SIZE_MAX / 2 / size) {
            rc = od_error_set(OD_ETOOBIG, "too many %s in one batch", what);
            goto out;
        }
        ncap *= 2;
    }
    p = realloc(arr, ncap * size);
    if (!p) {
        rc = od_error_set(OD_ENOMEM, "out of memory growing the batch to %zu %s", ncap, what);
        goto out;
    }
    *cap = ncap;
done:
    *out = p;
out:
    return rc;
}

/* Copy len bytes (which may contain NUL) plus a terminating NUL; a NULL
 * source gives NULL. */
static int copy_bytes(const char *src, size_t len, char **out)
{
    char *p = NULL;
    int rc = 0;

    if (!src)
        goto done;
    if (len == SIZE_MAX) {
        rc = od_error_set(OD_ETOOBIG, "raw item too large");
        goto out;
    }
    p = malloc(len + 1);
    if (!p) {
        rc = od_error_set(OD_ENOMEM, "out of memory copying %zu bytes", len);
        goto out;
    }
    if (len)
        memcpy(p, src, len);
    p[len] = '\0';
done:
    *out = p;
out:
    return rc;
}

static int copy_str(const char *s, char **out)
{
    return copy_bytes(s, s ? strlen(s) : 0, out);
}

int od_batch_add_order(struct od_batch *b, struct od_order *o, const char *raw, size_t raw_len)
{
    struct od_batch_order *bo;
    char *raw_copy = NULL;
    void *arr;
    int rc = 0;

    if (!o) {
        rc = od_error_set(OD_EINVAL, "no order to add to the batch");
        goto out;
    }
    if (!raw && raw_len) {
        rc = od_error_set(OD_EINVAL, "raw length %zu given without raw bytes", raw_len);
        goto out;
    }
    rc = copy_bytes(raw, raw_len, &raw_copy);
    if (rc < 0)
        goto out;
    rc = grow(b->orders, &b->cap_orders, b->n_orders, sizeof(*b->orders), "orders", &arr);
    if (rc < 0)
        goto out;
    b->orders = arr;
    bo = &b->orders[b->n_orders++];
    bo->order = o;
    bo->raw = raw_copy;
    bo->raw_len = raw ? raw_len : 0;
    o = NULL;
    raw_copy = NULL;
out:
    free(raw_copy);
    od_order_free(o);
    return rc;
}

int od_batch_add_dead(struct od_batch *b, const char *source_ref, const char *external_id,
                      const char *reason, const char *raw, size_t raw_len)
{
    struct od_dead_letter d = {0};
    void *arr;
    int rc = 0;

    if (!raw && raw_len) {
        rc = od_error_set(OD_EINVAL, "raw length %zu given without raw bytes", raw_len);
        goto out;
    }
    rc = copy_str(source_ref, &d.source_ref);
    if (rc < 0)
        goto out;
    rc = copy_str(external_id, &d.external_id);
    if (rc < 0)
        goto out;
    rc = copy_str(reason, &d.reason);
    if (rc < 0)
        goto out;
    rc = copy_bytes(raw, raw_len, &d.raw);
    if (rc < 0)
        goto out;
    d.raw_len = raw ? raw_len : 0;
    rc = grow(b->dead, &b->cap_dead, b->n_dead, sizeof(*b->dead), "dead letters", &arr);
    if (rc < 0)
        goto out;
    b->dead = arr;
    b->dead[b->n_dead++] = d;
    memset(&d, 0, sizeof(d));
out:
    dead_free(&d);
    return rc;
}

int od_batch_move(struct od_batch *from, struct od_batch *to)
{
    int rc = 0;

    for (size_t i = 0; i < from->n_orders && rc == 0; i++) {
        rc = od_batch_add_order(to, from->orders[i].order, from->orders[i].raw,
                                from->orders[i].raw_len);
        from->orders[i].order = NULL;
    }
    for (size_t i = 0; i < from->n_dead && rc == 0; i++) {
        const struct od_dead_letter *d = &from->dead[i];

        rc = od_batch_add_dead(to, d->source_ref, d->external_id, d->reason, d->raw, d->raw_len);
    }
    return rc;
}

int od_batch_set_cursor(struct od_batch *b, const char *json)
{
    char *copy = NULL;
    int rc;

    rc = copy_str(json, &copy);
    if (rc < 0)
        goto out;
    free(b->cursor);
    b->cursor = copy;
out:
    return rc;
}

void od_channel_log(const struct od_channel *ch, int level, const char *fmt, ...)
{
    char msg[1024];
    va_list ap;

    if (!ch || !ch->log)
        return;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof(msg), fmt, ap);
    va_end(ap);
    ch->log(ch->log_ud, ch, level, msg);
}
