#include "buf.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "error.h"

void od_buf_init(struct od_buf *b, size_t toobig)
{
    b->data = NULL;
    b->len = 0;
    b->cap = 0;
    b->toobig = toobig;
}

static int grow(struct od_buf *b, size_t need)
{
    size_t cap;
    char *p;

    if (need + 1 <= b->cap)
        return 0;
    cap = b->cap ? b->cap : 64;
    while (cap < need + 1)
        cap *= 2;
    if (cap > b->toobig + 1)
        cap = b->toobig + 1;
    p = realloc(b->data, cap);
    if (!p)
        return od_error_set(OD_ENOMEM, "out of memory growing a buffer to %zu bytes", cap);
    b->data = p;
    b->cap = cap;
    return 0;
}

int od_buf_add(struct od_buf *b, const void *data, size_t len)
{
    int rc;

    if (len >= b->toobig || b->len >= b->toobig - len)
        return od_error_set(OD_ETOOBIG, "value exceeds the limit of %zu bytes", b->toobig);
    rc = grow(b, b->len + len);
    if (rc < 0)
        return rc;
    if (len)
        memcpy(b->data + b->len, data, len);
    b->len += len;
    b->data[b->len] = '\0';
    return 0;
}

void od_le_put(unsigned char *p, uint64_t v, int bytes)
{
    for (int i = 0; i < bytes; i++)
        p[i] = (unsigned char)(v >> (8 * i));
}

uint64_t od_le_get(const unsigned char *p, int bytes)
{
    uint64_t v = 0;

    for (int i = bytes - 1; i >= 0; i--)
        v = (v << 8) | p[i];
    return v;
}

int od_buf_add_le(struct od_buf *b, uint64_t v, int bytes)
{
    unsigned char p[8];

    od_le_put(p, v, bytes);
    return od_buf_add(b, p, (size_t)bytes);
}

int od_buf_adds(struct od_buf *b, const char *s)
{
    return od_buf_add(b, s, strlen(s));
}

int od_buf_addc(struct od_buf *b, char c)
{
    return od_buf_add(b, &c, 1);
}

int od_buf_printf(struct od_buf *b, const char *fmt, ...)
{
    char small[256];
    va_list ap;
    int n;

    va_start(ap, fmt);
    n = vsnprintf(small, sizeof(small), fmt, ap);
    va_end(ap);
    if (n < 0)
        return od_error_set(OD_EINVAL, "bad format string");
    if ((size_t)n < sizeof(small))
        return od_buf_add(b, small, (size_t)n);
    {
        char *big = malloc((size_t)n + 1);
        int rc;

        if (!big)
            return od_error_set(OD_ENOMEM, "out of memory formatting %d bytes", n);
        va_start(ap, fmt);
        vsnprintf(big, (size_t)n + 1, fmt, ap);
        va_end(ap);
        rc = od_buf_add(b, big, (size_t)n);
        free(big);
        return rc;
    }
}

void od_buf_reset(struct od_buf *b)
{
    b->len = 0;
    if (b->data)
        b->data[0] = '\0';
}

char *od_buf_steal(struct od_buf *b)
{
    char *p = b->data;

    if (!p)
        p = calloc(1, 1);
    b->data = NULL;
    b->len = 0;
    b->cap = 0;
    return p;
}

void od_buf_free(struct od_buf *b)
{
    if (!b)
        return;
    free(b->data);
    b->data = NULL;
    b->len = 0;
    b->cap = 0;
}
