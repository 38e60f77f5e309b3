/* HTTP client on libcurl for channels that fetch from a server.
 *
 * HTTPS only, certificate chain and host name always verified; plain
 * http:// is accepted only for a loopback host (tests, local proxies).
 * Every response body is capped (the cap is checked while receiving, so
 * a hostile server cannot make orderd allocate without bound).
 *
 * One od_http is one reused curl handle (connection cache) for one
 * channel, used by one thread at a time. lib/ does not log: a request
 * hook reports method, redacted URL, status and latency to the caller. */
#ifndef OD_HTTP_H
#define OD_HTTP_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "buf.h"

struct od_http;

/* Called after every attempt. `url` has its user-info and the values of
 * secret-looking query parameters replaced by "REDACTED"; status 0 =
 * transport error (`error` says which, redacted the same way). */
typedef void (*od_http_hook)(void *ud, const char *method, const char *url, long status,
                             int64_t latency_ms, const char *error);

struct od_http_opts {
    const char *ca_file;        /* extra trust anchors; NULL = system store */
    int64_t connect_timeout_ms; /* default 10 s */
    int64_t timeout_ms;         /* whole request; default 60 s */
    size_t max_body;            /* default 32 MiB */
    od_http_hook hook;          /* may be NULL */
    void *hook_ud;
};

struct od_http_header {
    char *name;
    char *value;
};

struct od_http_response {
    long status;
    char *body; /* NUL-terminated (NUL not counted); owned */
    size_t body_len;
    char *etag; /* shortcuts into the headers below; owned */
    char *last_modified;
    char *content_type;
    int64_t retry_after_ms;         /* from Retry-After, -1 when absent */
    struct od_http_header *headers; /* of the final response */
    size_t n_headers;
};

/* What a 3xx answer with a Location does (od_http_send). */
enum od_http_redirects {
    /* The call fails with OD_EIO naming the status and the target: an
     * API call carries a token or a signed body, and a redirect means
     * the configured URL is wrong (or someone else answers for it). */
    OD_HTTP_NO_REDIRECTS = 0,
    /* GET only: follow up to OD_HTTP_MAX_REDIRECTS hops, each checked
     * like the first URL (https://, or http:// to loopback). Headers and
     * credentials (`username`, or the URL's user-info) go along only
     * while the target has the first URL's scheme, host and port; after
     * a hop elsewhere nothing of them is sent, even on a way back. */
    OD_HTTP_FOLLOW_SAME_ORIGIN,
};

#define OD_HTTP_MAX_REDIRECTS 5

struct od_http_request {
    enum od_http_redirects redirects; /* default: none followed */
    const char *method;               /* NULL = GET */
    const char *url;
    const char *const *headers; /* "Name: value", NULL-terminated, or NULL;
                                   values are never reported to the hook */
    const char *username;       /* HTTP basic auth, or NULL */
    const char *password;
    const char *body; /* request body, or NULL */
    size_t body_len;
};

/* Retry policy of od_http_send_retry(). */
struct od_http_retry {
    int max_attempts;    /* default 5 */
    int64_t base_ms;     /* first backoff, default 500 ms, doubled per try */
    int64_t cap_ms;      /* longest single wait, default 30 s */
    int64_t max_wait_ms; /* total waiting allowed, default 120 s */
    /* Optional, around every attempt (for client-side pacing that must
     * count each request sent, answered or not): `before` may sleep;
     * `after` sees the response, or NULL after a transport error. */
    void (*before)(void *ud);
    void (*after)(void *ud, const struct od_http_response *resp);
    void *ud;
    /* Optional: asked before every slice (at most 100 ms) of a backoff
     * wait; true ends the retries with the last result. */
    bool (*stop)(void *ud);
    void *stop_ud;
};

struct od_http_stats {
    uint64_t requests;
    uint64_t retries;
    uint64_t throttled; /* 429 responses */
    int64_t waited_ms;  /* time spent backing off */
};

int od_http_new(const struct od_http_opts *opts, struct od_http **out);
void od_http_free(struct od_http *h);

/* Check that `url` is https://, or http:// to a loopback host.
 * OD_ECONFIG with the reason otherwise. */
int od_http_check_url(const char *url);

/* One request. Any HTTP status is a success of this call (look at
 * resp->status) except a redirect that `req->redirects` does not
 * follow (OD_EIO); transport failures (DNS, connect, TLS, timeout,
 * reset) return OD_EAGAIN, a body over the cap OD_ETOOBIG, each with a
 * detail naming the URL without its user-info and query string (they
 * may hold a password or a token) and curl's words redacted
 * (lib/redact.h). The
 * caller frees the response with od_http_response_clear(). */
int od_http_send(struct od_http *h, const struct od_http_request *req,
                 struct od_http_response *resp);

/* od_http_send with retries on transport errors, 5xx and 429, exponential
 * backoff with jitter, honouring Retry-After. Returns the last response
 * (status may still be 5xx/429 when attempts ran out: the caller decides)
 * or the last transport error. `policy` and `stats` may be NULL. */
int od_http_send_retry(struct od_http *h, const struct od_http_request *req,
                       const struct od_http_retry *policy, struct od_http_stats *stats,
                       struct od_http_response *resp);

/* GET with If-None-Match / If-Modified-Since (NULL = not sent),
 * following redirects as OD_HTTP_FOLLOW_SAME_ORIGIN says. */
int od_http_get(struct od_http *h, const char *url, const char *if_none_match,
                const char *if_modified_since, struct od_http_response *resp);

/* The same with HTTP basic auth as `username` (NULL = none) and
 * `password` (NULL = empty); both borrowed, never reported. */
int od_http_get_as(struct od_http *h, const char *url, const char *username, const char *password,
                   const char *if_none_match, const char *if_modified_since,
                   struct od_http_response *resp);

/* Header value of the response (case-insensitive name), or NULL. */
const char *od_http_header(const struct od_http_response *resp, const char *name);

/* A Retry-After value: delta seconds (fractional allowed) or an HTTP
 * date, in ms from now (0 for a date past), at most a century; -1 when
 * it is neither. Callers cap it (a channel waits at most its backoff
 * cap; od_http_send_retry gives up at once when it is over its cap). */
int64_t od_http_retry_after(const char *value);

/* Whether resp's body is an HTML page: by its Content-Type (text/html,
 * application/xhtml) or its first bytes ("<!DOCTYPE html", "<html", after
 * white space and a BOM). */
bool od_http_html_page(const struct od_http_response *resp);

struct json_object;

/* resp's body as JSON into *out (the caller puts it). Otherwise
 * OD_EAGAIN with a detail that starts with `what` and says why: an HTML
 * page answered with the status (a proxy's or the site's error or
 * maintenance page; its <title> shown, printable and cut), or where the
 * JSON broke. */
int od_http_json(const struct od_http_response *resp, const char *what, struct json_object **out);

/* The URL of the rel="next" link in an RFC 8288 Link header value, or
 * NULL; caller frees. */
char *od_http_link_next(const char *link);

/* true when `url` goes to the same server as `base`: scheme, host and
 * port compared as curl parses them (a missing port is the scheme's
 * default), and `url` has no user-info. A link from a server that gets
 * a token must pass this before it is followed: a text prefix does not
 * ("https://shop.example.com@evil/" starts like the shop). Both borrowed. */
bool od_http_same_origin(const char *base, const char *url);

/* Copy `url` to buf with its user-info and secret-looking query values
 * (token, key, secret, sign, session, password, access_token ...)
 * replaced: od_redact_url() of lib/redact.h. */
void od_http_redact_url(const char *url, char *buf, size_t len);

void od_http_response_clear(struct od_http_response *resp);

/* Append `s` percent-encoded for a query value (RFC 3986 unreserved
 * characters kept). */
int od_url_escape(const char *s, struct od_buf *out);

#endif
