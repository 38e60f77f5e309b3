/* orderweb, the clerk's console (docs/console.md): what its files share.
 *
 * server.c runs libmicrohttpd (a pool of web.threads threads, at most
 * web.max_connections connections, bodies up to web.max_body), reads
 * every request (route, session cookie, CSRF header, role) and answers
 * with the security headers; api.c turns a routed request into calls
 * of lib/ and the result into JSON; pool.c lends each request a
 * database connection. */
#ifndef ORDERWEB_WEB_H
#define ORDERWEB_WEB_H

#include <pthread.h>
#include <stdbool.h>
#include <stddef.h>

#include "buf.h"
#include "config.h"
#include "rules.h"
#include "users.h"
#include "webreq.h"

#define OW_COOKIE "orderweb"

/* Database connections lent to requests, one per thread at most. */
struct ow_pool {
    pthread_mutex_t lock;
    pthread_cond_t freed;
    struct od_store **free; /* idle connections (NULL: not yet opened) */
    size_t n_free, size;
    const char *conninfo; /* borrowed from the configuration */
};

int ow_pool_init(struct ow_pool *p, const char *conninfo, size_t size);
/* A connection for one request, waiting while all are lent; opened or
 * reopened as needed. NULL (with a detail) when the database is not
 * reachable. */
struct od_store *ow_pool_take(struct ow_pool *p);
void ow_pool_give(struct ow_pool *p, struct od_store *s);
void ow_pool_free(struct ow_pool *p);

/* GET /api/events (events.c): one listening database connection fanned
 * out to at most `max` browsers as server-sent events. */
#define OW_EVENT_CLIENTS 32
struct ow_sse;
struct ow_events {
    pthread_mutex_t lock;
    struct ow_sse *clients[OW_EVENT_CLIENTS];
    size_t n, max;
    unsigned long long dropped; /* browsers dropped for falling behind */
    const char *conninfo;       /* borrowed from the configuration */
    pthread_t thread;
    int wake[2]; /* a byte here stops the listener */
    bool started, stopping, joined;
};

/* Start the listener thread (min(max_clients, OW_EVENT_CLIENTS) streams
 * at most). A database that is not reachable is not an error: the
 * thread keeps trying. */
int ow_events_start(struct ow_events *ev, const char *conninfo, size_t max_clients);
/* End every stream and the listener (before the server stops). */
void ow_events_stop(struct ow_events *ev);
/* After ow_events_stop: wait up to `ms` milliseconds for the HTTP
 * server to finish the streams (their queued events and the last chunk
 * sent), so that stopping the server cuts none; false when some were
 * still open. */
bool ow_events_drain(struct ow_events *ev, unsigned ms);
/* After the server stopped. */
void ow_events_free(struct ow_events *ev);
struct MHD_Connection;
struct MHD_Response;
/* A new stream's response for `conn`, or NULL: OD_EBUSY when `max`
 * streams are open or orderweb is stopping. */
struct MHD_Response *ow_events_response(struct ow_events *ev, struct MHD_Connection *conn);

struct ow_server {
    const struct od_config *cfg; /* borrowed, for the whole run */
    const struct od_rules *rules;
    struct ow_pool pool;
    struct ow_events events;
    bool tls;
    od_time idle; /* web.session_idle in microseconds */
    struct MHD_Daemon *httpd;
};

/* One request, as api.c sees it. */
struct ow_request {
    struct ow_server *srv;
    struct od_store *store;
    const struct od_route *route;
    const struct od_session *session; /* NULL on the pages that need none */
    const char *body;                 /* NUL-terminated copy of the body */
    size_t body_len;
    const char *client; /* the peer's address */
    const char *query;  /* GET /api/search: the q argument, or NULL */
};

/* An answer: status, type, and a body the caller owns. */
struct ow_reply {
    unsigned status;
    const char *type;
    struct od_buf body;
    const char *location; /* a redirect's target, or NULL */
    char cookie[256];     /* Set-Cookie value, or "" */
    bool events;          /* GET /api/events passed its checks: stream */
};

/* Answer an /api/ request that passed the session, CSRF and role
 * checks (api.c). */
void ow_api(struct ow_request *rq, struct ow_reply *out);

/* {"error": TEXT} with `status`. */
void ow_reply_error(struct ow_reply *out, unsigned status, const char *text);
/* A JSON value as the answer (puts j). */
void ow_reply_json(struct ow_reply *out, unsigned status, struct json_object *j);

int ow_server_start(struct ow_server *srv);
void ow_server_stop(struct ow_server *srv);

#endif
