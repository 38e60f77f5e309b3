/* orderweb's request reading (webreq.h). */
#include "webreq.h"

#include <json-c/json.h>
#include <stdlib.h>
#include <string.h>

#include "charset.h"
#include "error.h"
#include "json.h"

#define PATH_MAX_LEN 512

/* Each route: its method, its path with "{id}" for a number, and what
 * it needs. */
static const struct {
    const char *method, *pattern;
    enum od_route_id id;
    bool api, changes;
    enum od_role needs;
} routes[] = {
    {"GET", "/", OD_ROUTE_INDEX, false, false, OD_ROLE_VIEWER},
    {"GET", "/login", OD_ROUTE_LOGIN_PAGE, false, false, OD_ROLE_VIEWER},
    {"POST", "/login", OD_ROUTE_LOGIN, false, false, OD_ROLE_VIEWER},
    {"POST", "/logout", OD_ROUTE_LOGOUT, false, false, OD_ROLE_VIEWER},
    {"GET", "/api/session", OD_ROUTE_SESSION, true, false, OD_ROLE_VIEWER},
    {"GET", "/api/review", OD_ROUTE_REVIEW, true, false, OD_ROLE_VIEWER},
    {"GET", "/api/orders/{id}", OD_ROUTE_ORDER, true, false, OD_ROLE_VIEWER},
    {"POST", "/api/orders/{id}/approve", OD_ROUTE_APPROVE, true, true, OD_ROLE_CLERK},
    {"POST", "/api/orders/{id}/reject", OD_ROUTE_REJECT, true, true, OD_ROLE_CLERK},
    {"GET", "/api/deadletters", OD_ROUTE_DEADLETTERS, true, false, OD_ROLE_VIEWER},
    {"GET", "/api/deadletters/{id}", OD_ROUTE_DEADLETTER, true, false, OD_ROLE_VIEWER},
    {"POST", "/api/deadletters/{id}/retry", OD_ROUTE_DL_RETRY, true, true, OD_ROLE_CLERK},
    {"POST", "/api/deadletters/{id}/discard", OD_ROUTE_DL_DISCARD, true, true, OD_ROLE_CLERK},
    {"GET", "/api/channels", OD_ROUTE_CHANNELS, true, false, OD_ROLE_VIEWER},
    {"GET", "/api/users", OD_ROUTE_USERS, true, false, OD_ROLE_ADMIN},
    {"GET", "/api/search", OD_ROUTE_SEARCH, true, false, OD_ROLE_VIEWER},
    {"GET", "/api/events", OD_ROUTE_EVENTS, true, false, OD_ROLE_VIEWER},
};

/* `path` against `pattern`: true on a match, with {id} into *object. */
static bool match(const char *pattern, const char *path, int64_t *object)
{
    *object = 0;
    while (*pattern) {
        if (strncmp(pattern, "{id}", 4) == 0) {
            int64_t v = 0;
            size_t n = 0;

            if (*path < '1' || *path > '9')
                return false;
            for (; path[n] >= '0' && path[n] <= '9'; n++) {
                if (v > (INT64_MAX - (path[n] - '0')) / 10)
                    return false;
                v = v * 10 + (path[n] - '0');
            }
            *object = v;
            path += n;
            pattern += 4;
            continue;
        }
        if (*pattern++ != *path++)
            return false;
    }
    return *path == '\0';
}

static bool file_name_ok(const char *name)
{
    if (!*name || *name == '.')
        return false;
    for (; *name; name++)
        if (!((*name >= 'a' && *name <= 'z') || (*name >= 'A' && *name <= 'Z') ||
              (*name >= '0' && *name <= '9') || *name == '.' || *name == '_' || *name == '-'))
            return false;
    return true;
}

int od_route(const char *method, const char *path, struct od_route *out)
{
    bool found = false;
    const char *m = method && strcmp(method, "HEAD") == 0 ? "GET" : method;

    if (!method || !path || strlen(path) > PATH_MAX_LEN)
        return od_error_set(OD_ENOTFOUND, "no such page");
    if (strncmp(path, "/static/", 8) == 0 && file_name_ok(path + 8)) {
        if (strcmp(m, "GET") != 0)
            return od_error_set(OD_EINVAL, "%s is not allowed here", method);
        *out = (struct od_route){.id = OD_ROUTE_STATIC, .file = path + 8};
        return 0;
    }
    for (size_t i = 0; i < sizeof(routes) / sizeof(routes[0]); i++) {
        int64_t object;

        if (!match(routes[i].pattern, path, &object))
            continue;
        found = true;
        if (strcmp(routes[i].method, m) != 0)
            continue;
        *out = (struct od_route){.id = routes[i].id,
                                 .object = object,
                                 .api = routes[i].api,
                                 .changes = routes[i].changes,
                                 .needs = routes[i].needs};
        return 0;
    }
    if (found)
        return od_error_set(OD_EINVAL, "%.16s is not allowed here", method);
    return od_error_set(OD_ENOTFOUND, "no such page");
}

/* Decode `n` bytes of a form value into out (cap with NUL). */
static int form_decode(const char *s, size_t n, char *out, size_t cap)
{
    size_t o = 0;

    for (size_t i = 0; i < n; i++) {
        int c = (unsigned char)s[i];

        if (c == '+') {
            c = ' ';
        } else if (c == '%') {
            if (i + 2 >= n)
                return od_error_set(OD_EINVAL, "a form value ends inside a %%-escape");
            if (od_hex_digit(s[i + 1]) < 0 || od_hex_digit(s[i + 2]) < 0)
                return od_error_set(OD_EINVAL, "a form value has a bad %%-escape");
            c = od_hex_digit(s[i + 1]) * 16 + od_hex_digit(s[i + 2]);
            i += 2;
        }
        if (c == 0)
            return od_error_set(OD_EINVAL, "a form value holds a NUL byte");
        if (o + 1 >= cap)
            return od_error_set(OD_ETOOBIG, "a form value is longer than %zu bytes", cap - 1);
        out[o++] = (char)c;
    }
    out[o] = '\0';
    return 0;
}

int od_form_field(const char *body, size_t len, const char *key, char *out, size_t cap)
{
    size_t klen = strlen(key), i = 0;

    if (cap == 0)
        return od_error_set(OD_ETOOBIG, "no room for a form value");
    while (i < len) {
        size_t end = i, eq;

        while (end < len && body[end] != '&')
            end++;
        eq = i;
        while (eq < end && body[eq] != '=')
            eq++;
        /* keys are compared undecoded: the console's are plain words */
        if (eq - i == klen && memcmp(body + i, key, klen) == 0)
            return form_decode(body + eq + (eq < end), end - eq - (eq < end), out, cap);
        i = end + 1;
    }
    return od_error_set(OD_ENOTFOUND, "no form field %s", key);
}

int od_cookie_get(const char *header, const char *name, char *out, size_t cap)
{
    size_t nlen = strlen(name);
    const char *p = header;

    while (p && *p) {
        const char *end = strchr(p, ';'), *v;
        size_t vlen;

        if (!end)
            end = p + strlen(p);
        while (p < end && (*p == ' ' || *p == '\t'))
            p++;
        if ((size_t)(end - p) > nlen && memcmp(p, name, nlen) == 0 && p[nlen] == '=') {
            v = p + nlen + 1;
            vlen = (size_t)(end - v);
            while (vlen && (v[vlen - 1] == ' ' || v[vlen - 1] == '\t'))
                vlen--;
            if (vlen >= 2 && v[0] == '"' && v[vlen - 1] == '"') {
                v++;
                vlen -= 2;
            }
            if (vlen + 1 > cap)
                return od_error_set(OD_ETOOBIG, "cookie %s is longer than %zu bytes", name,
                                    cap ? cap - 1 : 0);
            memcpy(out, v, vlen);
            out[vlen] = '\0';
            return 0;
        }
        p = *end ? end + 1 : end;
    }
    return od_error_set(OD_ENOTFOUND, "no cookie %s", name);
}

/* The member `key` of a JSON object body into *v (NULL when the body is
 * empty or the member absent or null), borrowed from *j, which the
 * caller puts. */
static int body_member(const char *body, size_t len, const char *key, struct json_object **j,
                       struct json_object **v)
{
    size_t i = 0;
    int rc;

    *j = *v = NULL;
    while (i < len && (body[i] == ' ' || body[i] == '\t' || body[i] == '\r' || body[i] == '\n'))
        i++;
    if (i == len)
        return 0; /* an empty body: {} */
    rc = od_json_parse(body, len, j);
    if (rc < 0)
        return rc;
    if (!json_object_is_type(*j, json_type_object))
        return od_error_set(OD_EINVAL, "the body is not a JSON object");
    if (!json_object_object_get_ex(*j, key, v))
        *v = NULL;
    return 0;
}

int od_json_body_field(const char *body, size_t len, const char *key, char **out)
{
    struct json_object *j, *v;
    int rc = body_member(body, len, key, &j, &v);

    *out = NULL;
    if (rc < 0 || !v)
        goto out;
    if (!json_object_is_type(v, json_type_string)) {
        rc = od_error_set(OD_EINVAL, "\"%s\" is not a string", key);
        goto out;
    }
    if (strlen(json_object_get_string(v)) != (size_t)json_object_get_string_len(v)) {
        rc = od_error_set(OD_EINVAL, "\"%s\" holds a NUL character", key);
        goto out;
    }
    *out = strdup(json_object_get_string(v));
    if (!*out)
        rc = od_error_set(OD_ENOMEM, "out of memory");
out:
    json_object_put(j);
    return rc;
}

int od_json_body_bool(const char *body, size_t len, const char *key, bool *out)
{
    struct json_object *j, *v;
    int rc = body_member(body, len, key, &j, &v);

    *out = false;
    if (rc == 0 && v && !json_object_is_type(v, json_type_boolean))
        rc = od_error_set(OD_EINVAL, "\"%s\" is not true or false", key);
    else if (rc == 0 && v)
        *out = json_object_get_boolean(v);
    json_object_put(j);
    return rc;
}
