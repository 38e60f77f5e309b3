/* The currency an Excel number format shows (xlcurrency.h). */
#include <string.h>

#include "xlcurrency.h"

static const char *const symbols[] = {"$", "€", "£", "¥", "￥", "元", NULL};

/* A symbol at p: its length, 0 when none. */
static size_t symbol_at(const char *p)
{
    for (size_t i = 0; symbols[i]; i++)
        if (strncmp(p, symbols[i], strlen(symbols[i])) == 0)
            return strlen(symbols[i]);
    return 0;
}

static size_t put(const char *s, size_t n, char *out, size_t cap)
{
    if (!cap)
        return 0;
    if (n >= cap)
        return 0; /* longer than any currency: none */
    memcpy(out, s, n);
    out[n] = '\0';
    return n;
}

/* "£", " EUR", "US$": a quoted text that is a currency (a symbol, a
 * symbol with letters before it, or a code of three capitals). */
static size_t quoted_currency(const char *q, size_t n, char *out, size_t cap)
{
    size_t a = 0, caps = 0;

    while (a < n && q[a] == ' ')
        a++;
    while (n > a && q[n - 1] == ' ')
        n--;
    if (n == a)
        return 0;
    for (size_t i = a; i < n; i++) {
        size_t k = symbol_at(q + i);

        if (k && i + k == n)
            return put(q + a, n - a, out, cap); /* "£", "US$" */
        if (q[i] >= 'A' && q[i] <= 'Z')
            caps++;
        else
            break;
    }
    if (caps == 3 && n - a == 3)
        return put(q + a, 3, out, cap);
    return 0;
}

size_t od_xl_format_currency(const char *code, char *out, size_t cap)
{
    if (cap)
        out[0] = '\0';
    if (!code)
        return 0;
    for (const char *p = code; *p;) {
        size_t k;

        if (p[0] == '[' && p[1] == '$') { /* [$€-407], [$USD], [$-409] */
            const char *e = p + 2;

            while (*e && *e != '-' && *e != ']')
                e++;
            if (e > p + 2)
                return put(p + 2, (size_t)(e - p - 2), out, cap);
            p = e;
            while (*p && *p != ']')
                p++;
            continue;
        }
        if (*p == '[') { /* [Red], [>100]: not shown */
            while (*p && *p != ']')
                p++;
            continue;
        }
        if (*p == '"') {
            const char *e = strchr(p + 1, '"');

            if (!e)
                return 0;
            if ((k = quoted_currency(p + 1, (size_t)(e - p - 1), out, cap)))
                return k;
            p = e + 1;
            continue;
        }
        if ((*p == '_' || *p == '*') && p[1]) { /* a width or a fill */
            p += 2;
            while (((unsigned char)*p & 0xC0) == 0x80)
                p++;
            continue;
        }
        if (*p == '\\' && p[1])
            p++;
        if ((k = symbol_at(p)))
            return put(p, k, out, cap);
        p++;
    }
    return 0;
}
