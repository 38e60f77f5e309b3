/* libFuzzer target for orderweb's request reading (lib/webreq.c):
 *
 *   input = PATH '\n' COOKIE '\n' BODY
 *   PATH   -> od_route with GET and POST
 *   COOKIE -> od_cookie_get for "orderweb"
 *   BODY   -> od_form_field "user" and "password" (bounded by the length,
 *             not a NUL), od_json_body_field "note" and "reason",
 *             od_json_body_bool "force"
 *
 * Checks: a route's static file name lies inside the path; a found
 * object id is positive; a form value, cookie or JSON string fits its
 * buffer, is NUL-terminated there and holds no NUL before its end; a
 * refused boolean leaves false. A failure aborts. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "webreq.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static char *take_line(const char **p, const char *end)
{
    const char *nl = memchr(*p, '\n', (size_t)(end - *p));
    size_t n = (size_t)((nl ? nl : end) - *p);
    char *s = malloc(n + 1);

    if (!s)
        abort();
    memcpy(s, *p, n);
    s[n] = '\0';
    *p = nl ? nl + 1 : end;
    return s;
}

static void check_value(const char *v, size_t cap)
{
    if (memchr(v, '\0', cap) == NULL)
        abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *p = (const char *)data, *end = p + size;
    char *path = take_line(&p, end), *cookie = take_line(&p, end);
    size_t blen = (size_t)(end - p);
    char *body = malloc(blen ? blen : 1); /* no NUL: the length bounds it */
    static const char *const methods[] = {"GET", "POST", "HEAD"};
    static const char *const fields[] = {"user", "password"};
    static const char *const keys[] = {"note", "reason"};
    char v[64];

    if (!body)
        abort();
    memcpy(body, p, blen);
    for (size_t i = 0; i < 3; i++) {
        struct od_route r;

        if (od_route(methods[i], path, &r) == 0) {
            if (r.object < 0)
                abort();
            if (r.id == OD_ROUTE_STATIC &&
                (r.file < path || r.file > path + strlen(path) || strchr(r.file, '/')))
                abort();
        }
    }
    if (od_cookie_get(cookie, "orderweb", v, sizeof(v)) == 0)
        check_value(v, sizeof(v));
    for (size_t i = 0; i < 2; i++)
        if (od_form_field(body, blen, fields[i], v, sizeof(v)) == 0)
            check_value(v, sizeof(v));
    for (size_t i = 0; i < 2; i++) {
        char *s = NULL;

        if (od_json_body_field(body, blen, keys[i], &s) == 0 && s && strlen(s) > blen)
            abort();
        free(s);
    }
    {
        bool force = true;

        if (od_json_body_bool(body, blen, "force", &force) < 0 && force)
            abort();
    }
    free(body);
    free(path);
    free(cookie);
    return 0;
}
