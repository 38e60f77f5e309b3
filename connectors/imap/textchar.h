/* Small character tests of the sentence readers (prose.c, shipline.c):
 * bytes of UTF-8 text in [p, z), no locale. */
#ifndef OD_IMAP_TEXTCHAR_H
#define OD_IMAP_TEXTCHAR_H

#include <stdbool.h>
#include <stddef.h>
#include <string.h>
#include <strings.h>

static inline bool digit(char c)
{
    return c >= '0' && c <= '9';
}

static inline bool alpha(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static inline bool at(const char *p, const char *z, const char *w)
{
    size_t n = strlen(w);

    return (size_t)(z - p) >= n && memcmp(p, w, n) == 0;
}

/* Whether a word starting with w0 may start at c: a test without a call
 * that skips most positions before a memcmp or strncasecmp (case folded
 * for ASCII letters when ci). */
static inline bool may_start(char c, char w0, bool ci)
{
    if (ci && alpha(w0))
        return (c | 0x20) == (w0 | 0x20);
    return c == w0;
}

/* Whether t holds w, ASCII letters compared without case: strcasestr()
 * without its preparation of w at every call, which costs more than
 * the search itself on the short lines and words of the readers. */
static inline bool holds_ci(const char *t, const char *w)
{
    size_t n = strlen(w);

    for (; *t; t++)
        if (may_start(*t, w[0], true) && strncasecmp(t, w, n) == 0)
            return true;
    return !n;
}

/* w ends right before p. */
static inline bool before(const char *a, const char *p, const char *w)
{
    size_t n = strlen(w);

    return (size_t)(p - a) >= n && memcmp(p - n, w, n) == 0;
}

/* A CJK ideograph (U+4E00..U+9FFF) at p: 3, else 0. */
static inline size_t cjk_at(const char *p, const char *z)
{
    unsigned char c = (unsigned char)*p;

    return z - p >= 3 && c >= 0xE4 && c <= 0xE9 ? 3 : 0;
}

#endif
