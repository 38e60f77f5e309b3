/* orderweb's HTTP side on libmicrohttpd (web.h): the connection limits,
 * the body bound, the checks every request passes (route, session,
 * CSRF, role), the pages and the headers of every answer. */
#include <microhttpd.h>
#include <netdb.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>

#include "error.h"
#include "log.h"
#include "static_files.h"
#include "store.h"
#include "web.h"

#define CONN_TIMEOUT_S 30
#define CONN_MEMORY    (64 * 1024)
#define REPLY_MAX      (64u << 20) /* an answer's bytes */

/* Without inline scripts or styles; no framing; forms post here only. */
static const char csp[] = "default-src 'none'; script-src 'self'; style-src 'self'; "
                          "img-src 'self' data:; connect-src 'self'; form-action 'self'; "
                          "base-uri 'none'; frame-ancestors 'none'";

/* What one request keeps between libmicrohttpd's calls. */
struct ow_conn {
    struct od_buf body;
    bool too_big;
    bool answered; /* an early answer (413) was queued */
};

static void reply_init(struct ow_reply *r)
{
    memset(r, 0, sizeof(*r));
    od_buf_init(&r->body, REPLY_MAX);
}

/* The headers of every answer. */
static void security_headers(struct ow_server *srv, struct MHD_Response *resp)
{
    MHD_add_response_header(resp, MHD_HTTP_HEADER_CACHE_CONTROL, "no-store");
    MHD_add_response_header(resp, "Content-Security-Policy", csp);
    MHD_add_response_header(resp, "X-Content-Type-Options", "nosniff");
    MHD_add_response_header(resp, "X-Frame-Options", "DENY");
    MHD_add_response_header(resp, "Referrer-Policy", "same-origin");
    if (srv->tls)
        MHD_add_response_header(resp, "Strict-Transport-Security", "max-age=31536000");
}

/* GET /api/events: queue the stream `resp`. */
static enum MHD_Result send_events(struct ow_server *srv, struct MHD_Connection *conn,
                                   struct MHD_Response *resp)
{
    enum MHD_Result ret;

    MHD_add_response_header(resp, MHD_HTTP_HEADER_CONTENT_TYPE, "text/event-stream; charset=utf-8");
    MHD_add_response_header(resp, "X-Accel-Buffering", "no"); /* nginx: pass events at once */
    security_headers(srv, resp);
    ret = MHD_queue_response(conn, 200, resp);
    MHD_destroy_response(resp);
    return ret;
}

static enum MHD_Result send_reply(struct ow_server *srv, struct MHD_Connection *conn,
                                  struct ow_reply *r)
{
    struct MHD_Response *resp;
    enum MHD_Result ret;

    if (r->events) {
        resp = ow_events_response(&srv->events, conn);
        if (resp)
            return send_events(srv, conn, resp);
        ow_reply_error(r, 503, od_error_last());
    }
    resp = MHD_create_response_from_buffer(r->body.len, r->body.data ? r->body.data : (void *)"",
                                           MHD_RESPMEM_MUST_COPY);
    if (!resp)
        return MHD_NO;
    MHD_add_response_header(resp, MHD_HTTP_HEADER_CONTENT_TYPE,
                            r->type ? r->type : "text/plain; charset=utf-8");
    security_headers(srv, resp);
    if (r->location)
        MHD_add_response_header(resp, MHD_HTTP_HEADER_LOCATION, r->location);
    if (r->cookie[0])
        MHD_add_response_header(resp, MHD_HTTP_HEADER_SET_COOKIE, r->cookie);
    if (r->status == MHD_HTTP_TOO_MANY_REQUESTS)
        MHD_add_response_header(resp, MHD_HTTP_HEADER_RETRY_AFTER, "900");
    ret = MHD_queue_response(conn, r->status, resp);
    MHD_destroy_response(resp);
    return ret;
}

static void reply_file(struct ow_reply *out, const char *name)
{
    const struct ow_file *f = ow_file_find(name);

    if (!f) {
        out->status = 404;
        out->type = "text/plain; charset=utf-8";
        od_buf_adds(&out->body, "no such file\n");
        return;
    }
    out->status = 200;
    out->type = f->type;
    od_buf_add(&out->body, f->data, f->len);
}

static void redirect(struct ow_reply *out, const char *to)
{
    out->status = 303;
    out->location = to;
    out->type = "text/plain; charset=utf-8";
    od_buf_printf(&out->body, "see %s\n", to);
}

static void session_cookie(struct ow_server *srv, struct ow_reply *out, const char *token)
{
    snprintf(out->cookie, sizeof(out->cookie), "%s=%s; Path=/; HttpOnly; SameSite=Strict%s%s",
             OW_COOKIE, token, srv->tls ? "; Secure" : "", *token ? "" : "; Max-Age=0");
}

static void client_address(struct MHD_Connection *conn, char *buf, size_t len)
{
    const union MHD_ConnectionInfo *ci =
        MHD_get_connection_info(conn, MHD_CONNECTION_INFO_CLIENT_ADDRESS);
    const struct sockaddr *sa = ci ? ci->client_addr : NULL;

    snprintf(buf, len, "unknown");
    if (sa)
        getnameinfo(sa,
                    sa->sa_family == AF_INET6 ? sizeof(struct sockaddr_in6)
                                              : sizeof(struct sockaddr_in),
                    buf, (socklen_t)len, NULL, 0, NI_NUMERICHOST);
}

/* The session of the request's cookie, from the pool's connection. */
static bool find_session(struct ow_server *srv, struct MHD_Connection *conn, struct od_store *s,
                         struct od_session *ses)
{
    const char *cookies = MHD_lookup_connection_value(conn, MHD_HEADER_KIND, "Cookie");
    char token[OD_SESSION_TOKEN_HEX + 1];

    if (!cookies || od_cookie_get(cookies, OW_COOKIE, token, sizeof(token)) < 0)
        return false;
    return od_session_get(s, token, srv->idle, ses) == 0;
}

static void login(struct ow_server *srv, struct MHD_Connection *conn, struct od_store *s,
                  const struct ow_conn *c, struct ow_reply *out)
{
    char user[OD_USER_NAME_MAX + 1], pw[OD_PASSWORD_MAX + 1], client[64];
    struct od_session ses;
    od_time until = OD_TIME_NONE;
    int rc;

    client_address(conn, client, sizeof(client));
    if (od_form_field(c->body.data ? c->body.data : "", c->body.len, "user", user, sizeof(user)) <
            0 ||
        od_form_field(c->body.data ? c->body.data : "", c->body.len, "password", pw, sizeof(pw)) <
            0) {
        ow_reply_error(out, 400, "give the form fields user and password");
        goto out;
    }
    rc = od_login(s, user, pw, client, &ses, &until);
    if (rc == 0) {
        od_log(OD_LOG_INFO, "web", NULL, "%s signed in from %s", ses.user, client);
        session_cookie(srv, out, ses.token);
        od_session_wipe(&ses);
        redirect(out, "/");
    } else if (rc == OD_EBUSY) {
        od_log(OD_LOG_WARN, "web", NULL, "login of locked user %s from %s refused", user, client);
        ow_reply_error(out, 429, "too many failed logins: try again in 15 minutes");
    } else if (rc == OD_EAUTH) {
        od_log(OD_LOG_WARN, "web", NULL, "failed login for user %s from %s", user, client);
        ow_reply_error(out, 401, "wrong user name or password");
    } else {
        od_log(OD_LOG_ERROR, "web", NULL, "login: %s", od_error_last());
        ow_reply_error(out, 500, "the database failed; see orderweb's log");
    }
out:
    explicit_bzero(pw, sizeof(pw));
}

/* A request whose body is complete: route it, check it, answer it. */
static void handle(struct ow_server *srv, struct MHD_Connection *conn, const char *method,
                   const char *url, struct ow_conn *c, struct ow_reply *out)
{
    struct od_route route;
    struct od_session ses;
    struct od_store *s = NULL;
    bool have_session;
    int rc = od_route(method, url, &route);

    memset(&ses, 0, sizeof(ses));
    if (rc == OD_EINVAL) {
        ow_reply_error(out, 405, "method not allowed");
        return;
    }
    if (rc < 0) {
        ow_reply_error(out, 404, "no such page");
        return;
    }
    if (route.id == OD_ROUTE_STATIC) {
        reply_file(out, route.file);
        return;
    }
    if (route.id == OD_ROUTE_LOGIN_PAGE) {
        reply_file(out, "login.html");
        return;
    }
    s = ow_pool_take(&srv->pool);
    if (!s) {
        od_log(OD_LOG_ERROR, "web", NULL, "database: %s", od_error_last());
        ow_reply_error(out, 503, "the database is not reachable");
        return;
    }
    if (route.id == OD_ROUTE_LOGIN) {
        login(srv, conn, s, c, out);
        goto out;
    }
    have_session = find_session(srv, conn, s, &ses);
    if (!have_session) {
        if (route.api)
            ow_reply_error(out, 401, "sign in first");
        else
            redirect(out, "/login");
        goto out;
    }
    if (route.changes || route.id == OD_ROUTE_LOGOUT) {
        const char *t = MHD_lookup_connection_value(conn, MHD_HEADER_KIND, "X-CSRF-Token");

        if (!od_secret_equal(t, ses.csrf)) {
            ow_reply_error(out, 403, "missing or wrong X-CSRF-Token");
            goto out;
        }
    }
    if (route.id == OD_ROUTE_INDEX) {
        reply_file(out, "index.html");
    } else if (route.id == OD_ROUTE_LOGOUT) {
        const char *cookies = MHD_lookup_connection_value(conn, MHD_HEADER_KIND, "Cookie");
        char token[OD_SESSION_TOKEN_HEX + 1];

        if (cookies && od_cookie_get(cookies, OW_COOKIE, token, sizeof(token)) == 0)
            od_session_end(s, token);
        od_log(OD_LOG_INFO, "web", NULL, "%s signed out", ses.user);
        session_cookie(srv, out, "");
        redirect(out, "/login");
    } else if (ses.role < route.needs) {
        ow_reply_error(out, 403, "your role may not do this");
    } else if (route.id == OD_ROUTE_EVENTS) {
        out->events = true; /* send_reply streams */
    } else {
        struct ow_request rq = {.srv = srv,
                                .store = s,
                                .route = &route,
                                .session = &ses,
                                .body = c->body.data ? c->body.data : "",
                                .body_len = c->body.len,
                                .query =
                                    MHD_lookup_connection_value(conn, MHD_GET_ARGUMENT_KIND, "q")};

        ow_api(&rq, out);
    }
out:
    od_session_wipe(&ses);
    ow_pool_give(&srv->pool, s);
}

static enum MHD_Result on_request(void *cls, struct MHD_Connection *conn, const char *url,
                                  const char *method, const char *version, const char *upload_data,
                                  size_t *upload_data_size, void **con_cls)
{
    struct ow_server *srv = cls;
    struct ow_conn *c = *con_cls;
    struct ow_reply r;
    enum MHD_Result ret;

    (void)version;
    if (!c) {
        const char *cl =
            MHD_lookup_connection_value(conn, MHD_HEADER_KIND, MHD_HTTP_HEADER_CONTENT_LENGTH);

        c = calloc(1, sizeof(*c));
        if (!c)
            return MHD_NO;
        od_buf_init(&c->body, (size_t)srv->cfg->web_max_body + 1);
        *con_cls = c;
        if (cl && strtoull(cl, NULL, 10) > srv->cfg->web_max_body) {
            /* refused before the body is read; the connection closes */
            reply_init(&r);
            ow_reply_error(&r, 413, "the request body is too large");
            c->answered = true;
            ret = send_reply(srv, conn, &r);
            od_buf_free(&r.body);
            return ret;
        }
        return MHD_YES;
    }
    if (*upload_data_size) {
        if (!c->answered && !c->too_big && od_buf_add(&c->body, upload_data, *upload_data_size) < 0)
            c->too_big = true;
        *upload_data_size = 0;
        return MHD_YES;
    }
    if (c->answered)
        return MHD_YES;
    reply_init(&r);
    if (c->too_big)
        ow_reply_error(&r, 413, "the request body is too large");
    else
        handle(srv, conn, method, url, c, &r);
    ret = send_reply(srv, conn, &r);
    od_buf_free(&r.body);
    return ret;
}

static void on_completed(void *cls, struct MHD_Connection *conn, void **con_cls,
                         enum MHD_RequestTerminationCode toe)
{
    struct ow_conn *c = *con_cls;

    (void)cls;
    (void)conn;
    (void)toe;
    if (c) {
        od_buf_free(&c->body);
        free(c);
        *con_cls = NULL;
    }
}

/* A PEM file into a NUL-terminated buffer (caller frees). */
static char *read_pem(const char *path)
{
    FILE *f = fopen(path, "rb");
    struct od_buf b;
    char chunk[4096];
    size_t n;
    char *out = NULL;

    if (!f) {
        od_error_set(OD_EIO, "cannot open %s", path);
        return NULL;
    }
    od_buf_init(&b, 1 << 20);
    while ((n = fread(chunk, 1, sizeof(chunk), f)) > 0)
        if (od_buf_add(&b, chunk, n) < 0)
            break;
    if (ferror(f) || !feof(f))
        od_error_set(OD_EIO, "cannot read %s (or larger than 1 MiB)", path);
    else
        out = od_buf_steal(&b);
    fclose(f);
    od_buf_free(&b);
    return out;
}

int ow_server_start(struct ow_server *srv)
{
    const struct od_config *cfg = srv->cfg;
    struct od_listen_addr la;
    struct addrinfo hints = {.ai_socktype = SOCK_STREAM, .ai_flags = AI_NUMERICSERV}, *ai = NULL;
    char port[8], *cert = NULL, *key = NULL;
    unsigned flags =
        MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_EPOLL | MHD_USE_ITC | MHD_ALLOW_SUSPEND_RESUME;
    int rc, gai;

    rc = od_listen_parse(cfg->web_listen, &la);
    if (rc < 0)
        return rc;
    snprintf(port, sizeof(port), "%d", la.port);
    gai = getaddrinfo(la.host, port, &hints, &ai);
    if (gai != 0)
        return od_error_set(OD_EIO, "web.listen %s: %s", cfg->web_listen, gai_strerror(gai));
    if (ai->ai_family == AF_INET6)
        flags |= MHD_USE_IPv6;
    if (cfg->web_tls_cert) {
        cert = read_pem(cfg->web_tls_cert);
        key = cert ? read_pem(cfg->web_tls_key) : NULL;
        if (!key) {
            rc = OD_EIO;
            goto out;
        }
        flags |= MHD_USE_TLS;
        srv->tls = true;
    }
    srv->httpd = MHD_start_daemon(
        flags, (uint16_t)la.port, NULL, NULL, on_request, srv, MHD_OPTION_SOCK_ADDR, ai->ai_addr,
        MHD_OPTION_THREAD_POOL_SIZE, (unsigned)cfg->web_threads, MHD_OPTION_CONNECTION_LIMIT,
        (unsigned)cfg->web_max_connections, MHD_OPTION_CONNECTION_TIMEOUT, (unsigned)CONN_TIMEOUT_S,
        MHD_OPTION_CONNECTION_MEMORY_LIMIT, (size_t)CONN_MEMORY, MHD_OPTION_NOTIFY_COMPLETED,
        on_completed, srv, srv->tls ? MHD_OPTION_HTTPS_MEM_CERT : MHD_OPTION_END, cert,
        MHD_OPTION_HTTPS_MEM_KEY, key, MHD_OPTION_END);
    if (!srv->httpd)
        rc = od_error_set(OD_EIO,
                          "web.listen %s: cannot listen there (in use, not an address of this "
                          "host%s)",
                          cfg->web_listen, srv->tls ? ", or a bad certificate or key" : "");
out:
    if (key)
        explicit_bzero(key, strlen(key));
    free(key);
    free(cert);
    freeaddrinfo(ai);
    return rc;
}

void ow_server_stop(struct ow_server *srv)
{
    if (srv->httpd) {
        /* no new connections; the requests in progress finish */
        MHD_quiesce_daemon(srv->httpd);
        MHD_stop_daemon(srv->httpd);
        srv->httpd = NULL;
    }
}
