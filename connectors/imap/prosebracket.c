/* An item sentence's name with its specification in brackets before the
 * colon that leads to the count (textread.h tr_prose_inner_spec):
 * "茶叶小袋（3g 铝箔 三边封）：200,000 个，3.80 元/百个" names 茶叶小袋 with
 * the specification 3g 铝箔 三边封, keyed as a table's 规格 column is, the
 * name, a space and the specification. */
#include <string.h>

#include "textread.h"

static bool opens(const char *q, const char *z, size_t *w)
{
    if (*q == '(') {
        *w = 1;
        return true;
    }
    *w = strlen("（");
    return (size_t)(z - q) >= *w && memcmp(q, "（", *w) == 0;
}

static bool closes(const char *q, const char *z, size_t *w)
{
    if (q < z && *q == ')') {
        *w = 1;
        return true;
    }
    *w = strlen("）");
    return (size_t)(z - q) >= *w && memcmp(q, "）", *w) == 0;
}

/* Has [a, z) a letter or a Chinese character (not only figures)? */
static bool wordy(const char *a, const char *z)
{
    for (const char *q = a; q < z; q++)
        if ((unsigned char)*q >= 0x80 || (*q >= 'a' && *q <= 'z') || (*q >= 'A' && *q <= 'Z'))
            return true;
    return false;
}

const char *tr_prose_inner_spec(const char *ta, const char **tz, const char *lim, size_t *n)
{
    const char *b = NULL, *c, *sa, *sz, *nz;
    size_t w, cw;

    for (const char *q = ta; q < *tz; q++) {
        if (opens(q, *tz, &w)) {
            if (b)
                return NULL; /* two brackets: not one name and its spec */
            b = q;
        } else if (closes(q, *tz, &cw)) {
            return NULL; /* closed inside the name: its own words */
        }
    }
    c = tr_skip_ws(*tz, lim);
    if (!b || b == ta || !closes(c, lim, &cw))
        return NULL;
    (void)opens(b, *tz, &w);
    sa = tr_skip_ws(b + w, *tz);
    sz = tr_rtrim(sa, *tz);
    nz = tr_rtrim(ta, b);
    /* then the colon: "）：", "):" */
    c = tr_skip_ws(c + cw, lim);
    if (!(c < lim && (*c == ':' || (lim - c >= 3 && memcmp(c, "：", 3) == 0))))
        return NULL;
    if (sa >= sz || nz == ta || !wordy(ta, nz) || !wordy(sa, sz))
        return NULL;
    *tz = nz;
    *n = (size_t)(sz - sa);
    return sa;
}
