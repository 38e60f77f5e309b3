/* Growable byte buffer with a hard cap (after curl's dynbuf and its
 * `toobig` limit). Every string built from outside input goes through one
 * of these, so no input can make the process allocate without bound.
 *
 * The contents are always NUL-terminated (the NUL is not counted in len),
 * so b->data can be used as a C string when the bytes contain no NUL. */
#ifndef OD_BUF_H
#define OD_BUF_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

struct od_buf {
    char *data;    /* owned; NULL until the first append */
    size_t len;    /* bytes used, excluding the terminating NUL */
    size_t cap;    /* bytes allocated */
    size_t toobig; /* appends that would make len >= toobig fail */
};

/* Initialise an empty buffer that refuses to grow to `toobig` bytes. */
void od_buf_init(struct od_buf *b, size_t toobig);

/* Append bytes. OD_ETOOBIG when the cap would be exceeded (the buffer is
 * left unchanged), OD_ENOMEM when allocation fails. */
int od_buf_add(struct od_buf *b, const void *data, size_t len);
int od_buf_adds(struct od_buf *b, const char *s);
int od_buf_addc(struct od_buf *b, char c);
int od_buf_printf(struct od_buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* The integers of the pipes to orderd's child processes (docworker.c,
 * procworker.c, batchwire.c, settingswire.c, mailworker.c): the low
 * `bytes` bytes of v (1 to 8), little-endian. od_buf_add_le appends them
 * (as od_buf_add), od_le_put writes them at p, od_le_get reads them. */
int od_buf_add_le(struct od_buf *b, uint64_t v, int bytes);
void od_le_put(unsigned char *p, uint64_t v, int bytes);
uint64_t od_le_get(const unsigned char *p, int bytes);

/* Forget the contents, keep the allocation. */
void od_buf_reset(struct od_buf *b);

/* Hand the contents to the caller (who frees them) and reset the buffer.
 * Returns an empty string, not NULL, for an empty buffer; NULL only when
 * that allocation fails. */
char *od_buf_steal(struct od_buf *b);

/* Free the contents. Accepts a zeroed buffer. */
void od_buf_free(struct od_buf *b);

#endif
