/* HTTP client on libcurl for channels that fetch from a server.
 *
 * HTTPS only, certificate chain and host name always verified; plain
 * http:// is accepted only for a loopback host (tests, local proxies).
 * Every response body is capped (the cap is checked while receiving, so
 * a hostile server cannot make orderd allocate without bound).
 *
 * One od_http is one reusable connection pool for one channel, used by
 * one thread at a time. */
#ifndef OD_HTTP_H
#define OD_HTTP_H

#include <stddef.h>
#include <stdint.h>

struct od_http;

struct od_http_opts {
    const char *ca_file;        /* extra trust anchors; NULL = system store */
    int64_t connect_timeout_ms; /* default 10 s */
    int64_t timeout_ms;         /* whole request; default 60 s */
    size_t max_body;            /* default 32 MiB */
};

struct od_http_response {
    long status;
    char *body; /* NUL-terminated (NUL not counted); owned */
    size_t body_len;
    char *etag;             /* ETag header or NULL; owned */
    char *last_modified;    /* Last-Modified header or NULL; owned */
    char *content_type;     /* or NULL; owned */
    int64_t retry_after_ms; /* from Retry-After, -1 when absent */
};

int od_http_new(const struct od_http_opts *opts, struct od_http **out);
void od_http_free(struct od_http *h);

/* Check that `url` is https://, or http:// to a loopback host.
 * OD_ECONFIG with the reason otherwise. */
int od_http_check_url(const char *url);

/* GET `url`, sending If-None-Match / If-Modified-Since when given
 * (NULL = not sent). Any HTTP status is a success of this call (look at
 * resp->status); transport failures (DNS, connect, TLS, timeout, body
 * over the cap) return OD_EAGAIN or OD_ETOOBIG with a detail naming the
 * host, never the query string (it may hold a token). The caller frees
 * the response with od_http_response_clear(). */
int od_http_get(struct od_http *h, const char *url, const char *if_none_match,
                const char *if_modified_since, struct od_http_response *resp);

void od_http_response_clear(struct od_http_response *resp);

#endif
