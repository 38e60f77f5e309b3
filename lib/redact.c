/* Redaction of secrets in URLs and messages (see redact.h). */
#include "redact.h"

#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include "buf.h"

#define MASK "REDACTED"

/* Whether a parameter or key name looks like it holds a secret. */
static bool secret_name(const char *name, size_t len)
{
    static const char *const marks[] = {"token",     "key",      "secret", "sign",
                                        "session",   "password", "passwd", "auth",
                                        "signature", "pwd",      NULL};
    char low[64];

    if (len >= sizeof(low))
        len = sizeof(low) - 1;
    for (size_t i = 0; i < len; i++)
        low[i] = (char)((name[i] >= 'A' && name[i] <= 'Z') ? name[i] + 32 : name[i]);
    low[len] = '\0';
    for (size_t i = 0; marks[i]; i++)
        if (strstr(low, marks[i]))
            return true;
    return false;
}

static bool scheme_char(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '+' ||
           c == '-' || c == '.';
}

/* Append the URL of `n` bytes at `url`, redacted; `with_query` false
 * stops before '?' or '#'. */
static void add_url(struct od_buf *b, const char *url, size_t n, bool with_query)
{
    const char *end = url + n, *p = url, *sep = NULL;

    for (const char *q = url; q + 2 < end; q++) {
        if (q[0] == ':' && q[1] == '/' && q[2] == '/') {
            sep = q;
            break;
        }
        if (!scheme_char(*q))
            break;
    }
    if (sep) {
        const char *auth = sep + 3, *auth_end = auth, *at = NULL;

        while (auth_end < end && *auth_end != '/' && *auth_end != '?' && *auth_end != '#')
            auth_end++;
        for (const char *q = auth; q < auth_end; q++)
            if (*q == '@')
                at = q;
        od_buf_add(b, url, (size_t)(auth - url));
        if (at) {
            od_buf_adds(b, MASK);
            auth = at;
        }
        od_buf_add(b, auth, (size_t)(auth_end - auth));
        p = auth_end;
    }
    while (p < end && *p != '?' && *p != '#')
        od_buf_addc(b, *p++);
    if (!with_query || p == end)
        return;
    if (*p == '?') {
        od_buf_addc(b, *p++);
        while (p < end && *p != '#') {
            const char *amp = memchr(p, '&', (size_t)(end - p));
            const char *hash = memchr(p, '#', (size_t)(end - p));
            const char *pe = amp && (!hash || amp < hash) ? amp : hash ? hash : end;
            const char *eq = memchr(p, '=', (size_t)(pe - p));

            if (eq && secret_name(p, (size_t)(eq - p))) {
                od_buf_add(b, p, (size_t)(eq - p) + 1);
                od_buf_adds(b, MASK);
            } else {
                od_buf_add(b, p, (size_t)(pe - p));
            }
            p = pe;
            if (p < end && *p == '&')
                od_buf_addc(b, *p++);
        }
    }
    od_buf_add(b, p, (size_t)(end - p)); /* the fragment, if any */
}

/* Copy the buffer to the caller's, cut to fit. */
static void finish(struct od_buf *b, char *buf, size_t len)
{
    if (len == 0)
        goto out;
    snprintf(buf, len, "%.*s", (int)(b->len < len ? b->len : len - 1), b->data ? b->data : "");
out:
    od_buf_free(b);
}

/* Output cap: what the caller's buffer holds, plus room for the text
 * that makes a cut obvious. The working buffer never grows past it. */
static void start(struct od_buf *b, size_t len)
{
    od_buf_init(b, len + 64);
}

void od_redact_url(const char *url, char *buf, size_t len)
{
    struct od_buf b;

    start(&b, len);
    add_url(&b, url, strlen(url), true);
    finish(&b, buf, len);
}

void od_redact_url_short(const char *url, char *buf, size_t len)
{
    struct od_buf b;

    start(&b, len);
    add_url(&b, url, strlen(url), false);
    finish(&b, buf, len);
}

static bool url_end(char c)
{
    return c == '\0' || c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '"' || c == '\'' ||
           c == '<' || c == '>' || c == '`';
}

static bool key_char(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

/* At `p` (the '=' of a key=value pair whose key starts at `key`): the
 * value's end, quoted or not. */
static const char *value_end(const char *p)
{
    char quote = (p[1] == '\'' || p[1] == '"') ? p[1] : 0;
    const char *v = p + 1 + (quote ? 1 : 0);

    if (quote) {
        while (*v && *v != quote) {
            if (*v == '\\' && v[1])
                v++;
            v++;
        }
        return *v ? v + 1 : v;
    }
    while (!url_end(*v) && *v != '&' && *v != ',' && *v != ';')
        v++;
    return v;
}

/* `text` with each occurrence of `secret` (at least 4 bytes) masked. */
static void mask_secret(const char *text, const char *secret, struct od_buf *b)
{
    size_t slen = secret ? strlen(secret) : 0;
    const char *p = text, *hit;

    if (slen < 4) {
        od_buf_adds(b, text);
        return;
    }
    while ((hit = strstr(p, secret)) != NULL) {
        od_buf_add(b, p, (size_t)(hit - p));
        od_buf_adds(b, MASK);
        p = hit + slen;
    }
    od_buf_adds(b, p);
}

void od_redact_text(const char *text, const char *secret, char *buf, size_t len)
{
    struct od_buf b, masked;
    const char *p;

    start(&masked, len + 4096);
    mask_secret(text, secret, &masked);
    p = masked.data ? masked.data : "";
    start(&b, len);
    while (*p && b.len < len) {
        const char *q = p;

        /* A URL: its scheme ends at the "://" ahead. */
        if (scheme_char(*p) && (p == masked.data || !scheme_char(p[-1]))) {
            while (scheme_char(*q))
                q++;
            if (q[0] == ':' && q[1] == '/' && q[2] == '/') {
                const char *e = q;

                while (!url_end(*e))
                    e++;
                add_url(&b, p, (size_t)(e - p), true);
                p = e;
                continue;
            }
            q = p;
        }
        /* key=value with a secret-looking key. */
        if (key_char(*p) && (p == masked.data || !key_char(p[-1]))) {
            while (key_char(*q))
                q++;
            if (*q == '=' && secret_name(p, (size_t)(q - p))) {
                od_buf_add(&b, p, (size_t)(q - p) + 1);
                od_buf_adds(&b, MASK);
                p = value_end(q);
                continue;
            }
            od_buf_add(&b, p, (size_t)(q - p));
            p = q;
            continue;
        }
        od_buf_addc(&b, *p++);
    }
    od_buf_free(&masked);
    finish(&b, buf, len);
}
