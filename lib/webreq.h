/* Reading the requests of orderweb, the clerk's console (issue 13,
 * docs/console.md): which handler a method and path go to, and the
 * values a request carries in a form body, a Cookie header or a JSON
 * body. All of it is outside input: every value is bounded by the
 * caller's buffer, malformed input is refused, nothing is allocated but
 * what is handed back. Nothing here prints, logs or exits.
 * A libFuzzer target drives every function (tests/fuzz/fuzz_webreq.c). */
#ifndef OD_WEBREQ_H
#define OD_WEBREQ_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "users.h"

enum od_route_id {
    OD_ROUTE_INDEX,       /* GET /              the console's page */
    OD_ROUTE_LOGIN_PAGE,  /* GET /login         the login page */
    OD_ROUTE_LOGIN,       /* POST /login        form user, password */
    OD_ROUTE_LOGOUT,      /* POST /logout */
    OD_ROUTE_STATIC,      /* GET /static/NAME   an embedded file */
    OD_ROUTE_SESSION,     /* GET /api/session */
    OD_ROUTE_REVIEW,      /* GET /api/review */
    OD_ROUTE_ORDER,       /* GET /api/orders/{id} */
    OD_ROUTE_APPROVE,     /* POST /api/orders/{id}/approve {note} */
    OD_ROUTE_REJECT,      /* POST /api/orders/{id}/reject {reason} */
    OD_ROUTE_DEADLETTERS, /* GET /api/deadletters */
    OD_ROUTE_DL_RETRY,    /* POST /api/deadletters/{id}/retry */
    OD_ROUTE_DL_DISCARD,  /* POST /api/deadletters/{id}/discard {reason} */
    OD_ROUTE_CHANNELS,    /* GET /api/channels */
    OD_ROUTE_USERS,       /* GET /api/users (admin) */
    OD_ROUTE_DEADLETTER,  /* GET /api/deadletters/{id} with its bytes */
    OD_ROUTE_SEARCH,      /* GET /api/search?q=TEXT */
    OD_ROUTE_EVENTS,      /* GET /api/events (server-sent events) */
};

/* Where a request goes. */
struct od_route {
    enum od_route_id id;
    int64_t object;     /* the {id} of the path (> 0), else 0 */
    const char *file;   /* OD_ROUTE_STATIC: NAME, pointing into the path */
    bool api;           /* under /api/: needs a session (else 401) */
    bool changes;       /* changes state: needs X-CSRF-Token (else 403) */
    enum od_role needs; /* the least role allowed (else 403) */
};

/* Route `method` and `path` (the path without its query). 0 and *out;
 * OD_ENOTFOUND for a path that is no route (404); OD_EINVAL for a route
 * that does not take `method` (405). A path longer than 512 bytes, with
 * an {id} that is not 1 to 2^63-1 in plain digits, or a static NAME not
 * of [A-Za-z0-9._-] (or starting with '.') is OD_ENOTFOUND. HEAD is
 * taken where GET is. */
int od_route(const char *method, const char *path, struct od_route *out);

/* The value of field `key` of an application/x-www-form-urlencoded
 * body of `len` bytes, decoded ('+' is a space, %XX a byte) into out
 * (`cap` bytes with the NUL). The first field of that name counts.
 * OD_ENOTFOUND when absent; OD_EINVAL for a bad %-escape or a decoded
 * NUL; OD_ETOOBIG when the value does not fit. */
int od_form_field(const char *body, size_t len, const char *key, char *out, size_t cap);

/* The value of cookie `name` in a Cookie header ("a=1; b=2"), without
 * surrounding double quotes, into out. OD_ENOTFOUND when absent,
 * OD_ETOOBIG when it does not fit. */
int od_cookie_get(const char *header, const char *name, char *out, size_t cap);

/* The string member `key` of a JSON object body of `len` bytes (an
 * empty body counts as {}): *out a copy (caller free()s) or NULL when
 * the member is absent or null. OD_EINVAL when the body is not a JSON
 * object or the member is not a string (the detail says which). */
int od_json_body_field(const char *body, size_t len, const char *key, char **out);
/* The boolean member `key` the same way: *out false when absent or null;
 * OD_EINVAL when it is not true or false. */
int od_json_body_bool(const char *body, size_t len, const char *key, bool *out);

#endif
