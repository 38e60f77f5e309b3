/* Redaction of secrets in URLs and messages (see redact.h). */
#include "redact.h"

#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include "buf.h"

#define MASK "REDACTED"

/* The output being built: once an append does not fit, nothing more is
 * added, so that dropping a piece can never join the text around it
 * into something that was masked. */
struct sink {
    struct od_buf b;
    bool full;
};

static void put(struct sink *o, const char *data, size_t n)
{
    if (!o->full && od_buf_add(&o->b, data, n) < 0)
        o->full = true;
}

static void puts_(struct sink *o, const char *s)
{
    put(o, s, strlen(s));
}

static void putc_(struct sink *o, char c)
{
    put(o, &c, 1);
}

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
static void add_url(struct sink *b, const char *url, size_t n, bool with_query)
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
        put(b, url, (size_t)(auth - url));
        if (at) {
            puts_(b, MASK);
            auth = at;
        }
        put(b, auth, (size_t)(auth_end - auth));
        p = auth_end;
    }
    while (p < end && *p != '?' && *p != '#')
        putc_(b, *p++);
    if (!with_query || p == end)
        return;
    if (*p == '?') {
        putc_(b, *p++);
        while (p < end && *p != '#') {
            const char *amp = memchr(p, '&', (size_t)(end - p));
            const char *hash = memchr(p, '#', (size_t)(end - p));
            const char *pe = amp && (!hash || amp < hash) ? amp : hash ? hash : end;
            const char *eq = memchr(p, '=', (size_t)(pe - p));

            if (eq && secret_name(p, (size_t)(eq - p))) {
                put(b, p, (size_t)(eq - p) + 1);
                puts_(b, MASK);
            } else {
                put(b, p, (size_t)(pe - p));
            }
            p = pe;
            if (p < end && *p == '&')
                putc_(b, *p++);
        }
    }
    put(b, p, (size_t)(end - p)); /* the fragment, if any */
}

/* Copy the buffer to the caller's, cut to fit. */
static void finish(struct sink *b, char *buf, size_t len)
{
    if (len == 0)
        goto out;
    snprintf(buf, len, "%.*s", (int)(b->b.len < len ? b->b.len : len - 1),
             b->b.data ? b->b.data : "");
out:
    od_buf_free(&b->b);
}

/* Output cap: what the caller's buffer holds, plus room for the text
 * that makes a cut obvious. The working buffer never grows past it. */
static void start(struct sink *b, size_t len)
{
    od_buf_init(&b->b, len + 64);
    b->full = false;
}

void od_redact_url(const char *url, char *buf, size_t len)
{
    struct sink b = {0};

    start(&b, len);
    add_url(&b, url, strlen(url), true);
    finish(&b, buf, len);
}

void od_redact_url_short(const char *url, char *buf, size_t len)
{
    struct sink b = {0};

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
static void mask_secret(const char *text, const char *secret, struct sink *b)
{
    size_t slen = secret ? strlen(secret) : 0;
    const char *p = text, *hit;

    if (slen < 4) {
        puts_(b, text);
        return;
    }
    while ((hit = strstr(p, secret)) != NULL) {
        put(b, p, (size_t)(hit - p));
        puts_(b, MASK);
        p = hit + slen;
    }
    puts_(b, p);
}

void od_redact_text(const char *text, const char *secret, char *buf, size_t len)
{
    struct sink b = {0}, masked = {0};
    const char *p;

    start(&masked, len + 4096);
    mask_secret(text, secret, &masked);
    p = masked.b.data ? masked.b.data : "";
    start(&b, len);
    while (*p && b.b.len < len) {
        const char *q = p;

        /* A URL: its scheme ends at the "://" ahead. */
        if (scheme_char(*p) && (p == masked.b.data || !scheme_char(p[-1]))) {
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
        if (key_char(*p) && (p == masked.b.data || !key_char(p[-1]))) {
            while (key_char(*q))
                q++;
            if (*q == '=' && secret_name(p, (size_t)(q - p))) {
                put(&b, p, (size_t)(q - p) + 1);
                puts_(&b, MASK);
                p = value_end(q);
                continue;
            }
            put(&b, p, (size_t)(q - p));
            p = q;
            continue;
        }
        putc_(&b, *p++);
    }
    od_buf_free(&masked.b);
    finish(&b, buf, len);
}

static void copy_cut(const char *p, size_t n, char *buf, size_t len)
{
    if (len == 0)
        return;
    if (n >= len)
        n = len - 1;
    memcpy(buf, p, n);
    buf[n] = '\0';
}

void od_conninfo_password(const char *conninfo, char *buf, size_t len)
{
    const char *p = conninfo ? conninfo : "";

    if (len > 0)
        buf[0] = '\0';
    if (strncmp(p, "postgresql://", 13) == 0 || strncmp(p, "postgres://", 11) == 0) {
        const char *a = strstr(p, "://") + 3, *end = a + strcspn(a, "/?"), *at = NULL, *colon;

        for (const char *q = a; q < end; q++)
            if (*q == '@')
                at = q;
        colon = at ? memchr(a, ':', (size_t)(at - a)) : NULL;
        if (colon)
            copy_cut(colon + 1, (size_t)(at - colon - 1), buf, len);
        return;
    }
    /* keyword=value pairs, separated by white space */
    while (*p) {
        const char *k = p + strspn(p, " \t\n\r"), *v;
        size_t klen = strcspn(k, "= \t\n\r");

        v = k + klen;
        v += strspn(v, " \t\n\r");
        if (*v != '=')
            return; /* not a keyword string libpq would accept */
        v++;
        v += strspn(v, " \t\n\r");
        if (*v == '\'') {
            size_t n = 0;

            v++;
            /* unquoted: \' and \\ stand for ' and \ */
            while (*v && *v != '\'') {
                if (*v == '\\' && v[1])
                    v++;
                if (klen == 8 && strncmp(k, "password", 8) == 0 && n + 1 < len)
                    buf[n++] = *v;
                v++;
            }
            if (klen == 8 && strncmp(k, "password", 8) == 0 && len > 0) {
                buf[n] = '\0';
                return;
            }
            p = *v ? v + 1 : v;
            continue;
        }
        if (klen == 8 && strncmp(k, "password", 8) == 0) {
            copy_cut(v, strcspn(v, " \t\n\r"), buf, len);
            return;
        }
        p = v + strcspn(v, " \t\n\r");
    }
}
