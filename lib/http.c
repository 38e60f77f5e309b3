#include "http.h"

#include <arpa/inet.h>
#include <curl/curl.h>
#include <pthread.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "buf.h"
#include "clock.h"
#include "error.h"
#include "json.h"
#include "redact.h"
#include "stats.h"

#define DEFAULT_MAX_BODY       ((size_t)32 << 20)
#define HEADER_MAX             4096
#define RETRY_AFTER_DATE_MAX_S (100LL * 366 * 86400)

struct od_http {
    CURL *curl;
    struct od_http_opts opts;
    char *ca_file;
};

static pthread_once_t global_once = PTHREAD_ONCE_INIT;

static void global_init(void)
{
    curl_global_init(CURL_GLOBAL_DEFAULT);
}

int od_http_new(const struct od_http_opts *opts, struct od_http **out)
{
    struct od_http *h;

    pthread_once(&global_once, global_init);
    h = calloc(1, sizeof(*h));
    if (!h)
        return od_error_set(OD_ENOMEM, "out of memory");
    if (opts)
        h->opts = *opts;
    if (h->opts.connect_timeout_ms <= 0)
        h->opts.connect_timeout_ms = 10000;
    if (h->opts.timeout_ms <= 0)
        h->opts.timeout_ms = 60000;
    if (h->opts.max_body == 0)
        h->opts.max_body = DEFAULT_MAX_BODY;
    h->ca_file = h->opts.ca_file ? strdup(h->opts.ca_file) : NULL;
    h->curl = curl_easy_init();
    if (!h->curl || (h->opts.ca_file && !h->ca_file)) {
        od_http_free(h);
        return od_error_set(OD_ENOMEM, "out of memory");
    }
    *out = h;
    return 0;
}

void od_http_free(struct od_http *h)
{
    if (!h)
        return;
    if (h->curl)
        curl_easy_cleanup(h->curl);
    free(h->ca_file);
    free(h);
}

static int is_loopback(const char *host)
{
    unsigned char a[16];
    char h[256];
    size_t n = strlen(host);

    if (strcasecmp(host, "localhost") == 0)
        return 1;
    /* CURLU gives IPv6 hosts in brackets. */
    if (n >= 2 && host[0] == '[' && host[n - 1] == ']' && n - 2 < sizeof(h)) {
        memcpy(h, host + 1, n - 2);
        h[n - 2] = '\0';
        host = h;
    }
    if (inet_pton(AF_INET, host, a) == 1)
        return a[0] == 127;
    if (inet_pton(AF_INET6, host, a) == 1) {
        static const unsigned char lo6[16] = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1};
        return memcmp(a, lo6, 16) == 0;
    }
    return 0;
}

int od_http_check_url(const char *url)
{
    CURLU *u = curl_url();
    char *scheme = NULL, *host = NULL;
    int rc = 0;

    if (!u)
        return od_error_set(OD_ENOMEM, "out of memory");
    if (curl_url_set(u, CURLUPART_URL, url, 0) != CURLUE_OK ||
        curl_url_get(u, CURLUPART_SCHEME, &scheme, 0) != CURLUE_OK ||
        curl_url_get(u, CURLUPART_HOST, &host, 0) != CURLUE_OK) {
        char shown[512];

        od_redact_url(url, shown, sizeof(shown));
        rc = od_error_set(OD_ECONFIG, "'%s' is not a valid URL", shown);
        goto out;
    }
    if (strcasecmp(scheme, "https") == 0)
        goto out;
    if (strcasecmp(scheme, "http") == 0 && is_loopback(host))
        goto out;
    rc = od_error_set(OD_ECONFIG,
                      "URL must use https:// (plain http:// only to a loopback host); got %s://%s",
                      scheme, host);
out:
    curl_free(scheme);
    curl_free(host);
    curl_url_cleanup(u);
    return rc;
}

/* Scheme, host and port (the scheme's default when none is given) of
 * `url`, lowercased by curl; false when it does not parse or carries
 * user-info. The caller frees the three with curl_free. */
static bool url_origin(const char *url, char **scheme, char **host, char **port)
{
    CURLU *u = curl_url();
    char *user = NULL;
    bool ok;

    *scheme = *host = *port = NULL;
    ok = u && curl_url_set(u, CURLUPART_URL, url, 0) == CURLUE_OK &&
         curl_url_get(u, CURLUPART_USER, &user, 0) == CURLUE_NO_USER &&
         curl_url_get(u, CURLUPART_SCHEME, scheme, 0) == CURLUE_OK &&
         curl_url_get(u, CURLUPART_HOST, host, 0) == CURLUE_OK &&
         curl_url_get(u, CURLUPART_PORT, port, CURLU_DEFAULT_PORT) == CURLUE_OK;
    curl_free(user);
    curl_url_cleanup(u);
    return ok;
}

bool od_http_same_origin(const char *base, const char *url)
{
    char *s1 = NULL, *h1 = NULL, *p1 = NULL, *s2 = NULL, *h2 = NULL, *p2 = NULL;
    bool same = url_origin(base, &s1, &h1, &p1) && url_origin(url, &s2, &h2, &p2) &&
                strcasecmp(s1, s2) == 0 && strcasecmp(h1, h2) == 0 && strcmp(p1, p2) == 0;

    curl_free(s1);
    curl_free(h1);
    curl_free(p1);
    curl_free(s2);
    curl_free(h2);
    curl_free(p2);
    return same;
}

struct recv {
    struct od_buf body;
    struct od_http_response *resp;
    int too_big;
    size_t header_bytes;
};

#define HEADERS_MAX_TOTAL (256 * 1024)
#define HEADERS_MAX_COUNT 200

static size_t on_body(char *data, size_t size, size_t n, void *ud)
{
    struct recv *r = ud;

    if (od_buf_add(&r->body, data, size * n) < 0) {
        r->too_big = 1;
        return 0; /* aborts the transfer */
    }
    return size * n;
}

/* Copy a header value, trimmed, into *field. */
static void set_header(char **field, const char *v, size_t len)
{
    while (len && (*v == ' ' || *v == '\t')) {
        v++;
        len--;
    }
    while (len && (v[len - 1] == '\r' || v[len - 1] == '\n' || v[len - 1] == ' '))
        len--;
    free(*field);
    *field = malloc(len + 1);
    if (*field) {
        memcpy(*field, v, len);
        (*field)[len] = '\0';
    }
}

int64_t od_http_retry_after(const char *v)
{
    char *end;
    double secs = strtod(v, &end);

    while (*end == ' ')
        end++;
    /* Any delta, even ten years: capped at a century like a date; the
     * caller caps it again (a channel waits at most its backoff cap). */
    if (end != v && *end == '\0' && secs >= 0)
        return secs < (double)RETRY_AFTER_DATE_MAX_S ? (int64_t)(secs * 1000.0)
                                                     : RETRY_AFTER_DATE_MAX_S * 1000;
    {
        time_t t = curl_getdate(v, NULL);

        if (t > 0) {
            /* A date centuries ahead would overflow in ms: a century is
             * as good (every wait is capped far below it). */
            int64_t d = (int64_t)t - (int64_t)time(NULL);

            if (d > RETRY_AFTER_DATE_MAX_S)
                d = RETRY_AFTER_DATE_MAX_S;
            return d > 0 ? d * 1000 : 0;
        }
    }
    return -1;
}

static void clear_headers(struct od_http_response *resp)
{
    for (size_t i = 0; i < resp->n_headers; i++) {
        free(resp->headers[i].name);
        free(resp->headers[i].value);
    }
    free(resp->headers);
    resp->headers = NULL;
    resp->n_headers = 0;
    free(resp->etag);
    free(resp->last_modified);
    free(resp->content_type);
    resp->etag = resp->last_modified = resp->content_type = NULL;
    resp->retry_after_ms = -1;
}

static size_t on_header(char *data, size_t size, size_t n, void *ud)
{
    struct recv *r = ud;
    size_t len = size * n;
    const char *colon = memchr(data, ':', len);
    size_t name_len;

    r->header_bytes += len;
    if (r->header_bytes > HEADERS_MAX_TOTAL)
        return 0; /* a server flooding headers: abort */
    /* A status line starts a new response (redirects, 100-continue):
     * keep only the headers of the last one. */
    if (len >= 5 && memcmp(data, "HTTP/", 5) == 0) {
        clear_headers(r->resp);
        return len;
    }
    if (!colon || len > HEADER_MAX)
        return len;
    name_len = (size_t)(colon - data);
    if (r->resp->n_headers < HEADERS_MAX_COUNT) {
        struct od_http_header *v = realloc(r->resp->headers, (r->resp->n_headers + 1) * sizeof(*v));

        if (v) {
            r->resp->headers = v;
            v[r->resp->n_headers].name = NULL;
            v[r->resp->n_headers].value = NULL;
            set_header(&v[r->resp->n_headers].name, data, name_len);
            set_header(&v[r->resp->n_headers].value, colon + 1, len - name_len - 1);
            if (v[r->resp->n_headers].name && v[r->resp->n_headers].value) {
                r->resp->n_headers++;
            } else {
                free(v[r->resp->n_headers].name);
                free(v[r->resp->n_headers].value);
            }
        }
    }
    if (name_len == 4 && strncasecmp(data, "ETag", 4) == 0) {
        set_header(&r->resp->etag, colon + 1, len - name_len - 1);
    } else if (name_len == 13 && strncasecmp(data, "Last-Modified", 13) == 0) {
        set_header(&r->resp->last_modified, colon + 1, len - name_len - 1);
    } else if (name_len == 12 && strncasecmp(data, "Content-Type", 12) == 0) {
        set_header(&r->resp->content_type, colon + 1, len - name_len - 1);
    } else if (name_len == 11 && strncasecmp(data, "Retry-After", 11) == 0) {
        char *v = NULL;

        set_header(&v, colon + 1, len - name_len - 1);
        if (v)
            r->resp->retry_after_ms = od_http_retry_after(v);
        free(v);
    }
    return len;
}

/* scheme://host[:port]/path without user-info and query, for messages. */
static void url_for_log(const char *url, char *buf, size_t len)
{
    od_redact_url_short(url, buf, len);
}

void od_http_redact_url(const char *url, char *buf, size_t len)
{
    od_redact_url(url, buf, len);
}

static int64_t mono_ms(void)
{
    struct timespec ts;

    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* Where one attempt sends what: `url` (the request's, or a redirect's
 * target) and whether the request's credentials and headers go with it
 * (`cred`: NULL = none of them). */
struct hop {
    const char *url;
    const struct od_http_request *cred;
    const char *username; /* for a later hop to the same origin */
    const char *password;
};

/* One exchange, no redirect followed. A 3xx answer with a Location
 * leaves its absolute target in *location (caller frees), else NULL. */
static int send_once(struct od_http *h, const struct od_http_request *req, const struct hop *at,
                     struct od_http_response *resp, char **location)
{
    struct recv r = {.resp = resp};
    struct curl_slist *hdrs = NULL;
    const char *method = req->method ? req->method : "GET";
    char shown[512], redacted[2048];
    char errbuf[CURL_ERROR_SIZE] = "", why[CURL_ERROR_SIZE + 64];
    int64_t t0;
    CURLcode cc;
    int rc;

    memset(resp, 0, sizeof(*resp));
    resp->retry_after_ms = -1;
    *location = NULL;
    url_for_log(at->url, shown, sizeof(shown));
    rc = od_http_check_url(at->url);
    if (rc < 0)
        return rc;
    od_buf_init(&r.body, h->opts.max_body + 1);
    for (size_t i = 0; at->cred && req->headers && req->headers[i]; i++) {
        struct curl_slist *n = curl_slist_append(hdrs, req->headers[i]);

        if (!n) {
            curl_slist_free_all(hdrs);
            return od_error_set(OD_ENOMEM, "out of memory");
        }
        hdrs = n;
    }
    curl_easy_reset(h->curl);
    curl_easy_setopt(h->curl, CURLOPT_URL, at->url);
    curl_easy_setopt(h->curl, CURLOPT_PROTOCOLS_STR, "https,http");
    /* Redirects are od_http_send's decision, one hop at a time: libcurl
     * would carry custom headers (a shop token) and a 307/308 body to
     * any host a Location names. */
    curl_easy_setopt(h->curl, CURLOPT_FOLLOWLOCATION, 0L);
    curl_easy_setopt(h->curl, CURLOPT_SSL_VERIFYPEER, 1L);
    curl_easy_setopt(h->curl, CURLOPT_SSL_VERIFYHOST, 2L);
    /* TLS 1.0 and 1.1 are broken (RFC 8996); GnuTLS would still offer them. */
    curl_easy_setopt(h->curl, CURLOPT_SSLVERSION, (long)CURL_SSLVERSION_TLSv1_2);
    if (h->ca_file)
        curl_easy_setopt(h->curl, CURLOPT_CAINFO, h->ca_file);
    curl_easy_setopt(h->curl, CURLOPT_CONNECTTIMEOUT_MS, (long)h->opts.connect_timeout_ms);
    curl_easy_setopt(h->curl, CURLOPT_TIMEOUT_MS, (long)h->opts.timeout_ms);
    curl_easy_setopt(h->curl, CURLOPT_LOW_SPEED_LIMIT, 1L);
    curl_easy_setopt(h->curl, CURLOPT_LOW_SPEED_TIME, 30L);
    curl_easy_setopt(h->curl, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(h->curl, CURLOPT_USERAGENT, "orderd/" ORDERD_VERSION);
    curl_easy_setopt(h->curl, CURLOPT_ACCEPT_ENCODING, "");
    curl_easy_setopt(h->curl, CURLOPT_HTTPHEADER, hdrs);
    if (strcmp(method, "GET") != 0)
        curl_easy_setopt(h->curl, CURLOPT_CUSTOMREQUEST, method);
    if (req->body) {
        curl_easy_setopt(h->curl, CURLOPT_POSTFIELDS, req->body);
        curl_easy_setopt(h->curl, CURLOPT_POSTFIELDSIZE_LARGE, (curl_off_t)req->body_len);
    }
    if (at->cred && at->username) {
        curl_easy_setopt(h->curl, CURLOPT_HTTPAUTH, (long)CURLAUTH_BASIC);
        curl_easy_setopt(h->curl, CURLOPT_USERNAME, at->username);
        curl_easy_setopt(h->curl, CURLOPT_PASSWORD, at->password ? at->password : "");
    }
    curl_easy_setopt(h->curl, CURLOPT_WRITEFUNCTION, on_body);
    curl_easy_setopt(h->curl, CURLOPT_WRITEDATA, &r);
    curl_easy_setopt(h->curl, CURLOPT_HEADERFUNCTION, on_header);
    curl_easy_setopt(h->curl, CURLOPT_HEADERDATA, &r);
    curl_easy_setopt(h->curl, CURLOPT_ERRORBUFFER, errbuf);
    curl_easy_setopt(h->curl, CURLOPT_MAXFILESIZE_LARGE, (curl_off_t)h->opts.max_body);
    t0 = mono_ms();
    cc = curl_easy_perform(h->curl);
    curl_slist_free_all(hdrs);
    /* The easy handle keeps pointers to the credentials until reset. */
    curl_easy_setopt(h->curl, CURLOPT_USERNAME, NULL);
    curl_easy_setopt(h->curl, CURLOPT_PASSWORD, NULL);
    curl_easy_setopt(h->curl, CURLOPT_HTTPHEADER, NULL);
    if (cc == CURLE_OK) {
        char *loc = NULL;

        curl_easy_getinfo(h->curl, CURLINFO_RESPONSE_CODE, &resp->status);
        if (resp->status >= 300 && resp->status < 400 &&
            curl_easy_getinfo(h->curl, CURLINFO_REDIRECT_URL, &loc) == CURLE_OK && loc) {
            *location = strdup(loc);
            if (!*location) {
                rc = od_error_set(OD_ENOMEM, "out of memory");
                goto fail;
            }
        }
    }
    od_stats_http(cc == CURLE_OK ? resp->status : 0);
    /* curl's and the TLS library's words may name the URL: redacted. */
    od_redact_text(errbuf[0] ? errbuf : curl_easy_strerror(cc), req->password, why, sizeof(why));
    if (h->opts.hook) {
        od_http_redact_url(at->url, redacted, sizeof(redacted));
        h->opts.hook(h->opts.hook_ud, method, redacted, cc == CURLE_OK ? resp->status : 0,
                     mono_ms() - t0, cc == CURLE_OK ? NULL : why);
    }
    if (r.too_big || cc == CURLE_FILESIZE_EXCEEDED) {
        rc = od_error_set(OD_ETOOBIG, "%s %s: response larger than %zu bytes", method, shown,
                          h->opts.max_body);
        goto fail;
    }
    if (cc != CURLE_OK) {
        rc = od_error_set(OD_EAGAIN, "%s %s: %s", method, shown, why);
        goto fail;
    }
    resp->body_len = r.body.len;
    resp->body = od_buf_steal(&r.body);
    if (!resp->body) {
        rc = od_error_set(OD_ENOMEM, "out of memory");
        goto fail;
    }
    return 0;
fail:
    od_buf_free(&r.body);
    od_http_response_clear(resp);
    free(*location);
    *location = NULL;
    return rc;
}

/* `url` without its user-info (NULL when it does not parse). */
static char *without_user(const char *url)
{
    CURLU *u = curl_url();
    char *out = NULL;

    if (u && curl_url_set(u, CURLUPART_URL, url, 0) == CURLUE_OK &&
        curl_url_set(u, CURLUPART_USER, NULL, 0) == CURLUE_OK &&
        curl_url_set(u, CURLUPART_PASSWORD, NULL, 0) == CURLUE_OK)
        curl_url_get(u, CURLUPART_URL, &out, 0);
    curl_url_cleanup(u);
    return out;
}

/* Take user and password from the user-info of `url`, if any. */
static void url_user(const char *url, char **user, char **password)
{
    CURLU *u = curl_url();

    *user = *password = NULL;
    if (u && curl_url_set(u, CURLUPART_URL, url, 0) == CURLUE_OK &&
        curl_url_get(u, CURLUPART_USER, user, CURLU_URLDECODE) == CURLUE_OK)
        curl_url_get(u, CURLUPART_PASSWORD, password, CURLU_URLDECODE);
    curl_url_cleanup(u);
}

int od_http_send(struct od_http *h, const struct od_http_request *req,
                 struct od_http_response *resp)
{
    const char *method = req->method ? req->method : "GET";
    bool follow = req->redirects == OD_HTTP_FOLLOW_SAME_ORIGIN && strcmp(method, "GET") == 0;
    struct hop at = {
        .url = req->url, .cred = req, .username = req->username, .password = req->password};
    char *url = NULL, *next = NULL, *origin = NULL, *user = NULL, *password = NULL;
    char shown[512], target[2048];
    int rc;

    for (int hop = 0;; hop++) {
        rc = send_once(h, req, &at, resp, &next);
        if (rc < 0 || !next)
            break;
        url_for_log(at.url, shown, sizeof(shown));
        od_http_redact_url(next, target, sizeof(target));
        if (!follow) {
            rc = od_error_set(OD_EIO,
                              "%s %s: HTTP %ld redirects to %s; API calls do not follow "
                              "redirects (is the configured URL right?)",
                              method, shown, resp->status, target);
            break;
        }
        if (hop == OD_HTTP_MAX_REDIRECTS) {
            rc = od_error_set(OD_EIO, "%s %s: more than %d redirects", method, shown,
                              OD_HTTP_MAX_REDIRECTS);
            break;
        }
        rc = od_http_check_url(next);
        if (rc < 0) {
            rc = od_error_wrap(rc, "%s %s: HTTP %ld redirects to %s", method, shown, resp->status,
                               target);
            break;
        }
        if (hop == 0) {
            origin = without_user(req->url);
            if (!req->username)
                url_user(req->url, &user, &password);
            if (!origin) {
                rc = od_error_set(OD_ENOMEM, "out of memory");
                break;
            }
        }
        /* Once a hop leaves the origin, nothing secret follows, even back. */
        if (at.cred && !od_http_same_origin(origin, next))
            at.cred = NULL;
        if (at.cred && !req->username) {
            at.username = user;
            at.password = password;
        }
        od_http_response_clear(resp);
        free(url);
        url = next;
        next = NULL;
        at.url = url;
    }
    if (rc < 0)
        od_http_response_clear(resp);
    free(next);
    free(url);
    curl_free(origin);
    if (password)
        explicit_bzero(password, strlen(password));
    curl_free(user);
    curl_free(password);
    return rc;
}

int od_http_get(struct od_http *h, const char *url, const char *if_none_match,
                const char *if_modified_since, struct od_http_response *resp)
{
    return od_http_get_as(h, url, NULL, NULL, if_none_match, if_modified_since, resp);
}

int od_http_get_as(struct od_http *h, const char *url, const char *username, const char *password,
                   const char *if_none_match, const char *if_modified_since,
                   struct od_http_response *resp)
{
    char inm[HEADER_MAX], ims[HEADER_MAX];
    const char *hdrs[3] = {NULL, NULL, NULL};
    struct od_http_request req = {.url = url,
                                  .headers = hdrs,
                                  .username = username,
                                  .password = password,
                                  .redirects = OD_HTTP_FOLLOW_SAME_ORIGIN};
    size_t n = 0;

    if (if_none_match) {
        snprintf(inm, sizeof(inm), "If-None-Match: %s", if_none_match);
        hdrs[n++] = inm;
    }
    if (if_modified_since) {
        snprintf(ims, sizeof(ims), "If-Modified-Since: %s", if_modified_since);
        hdrs[n++] = ims;
    }
    return od_http_send(h, &req, resp);
}

int od_http_send_retry(struct od_http *h, const struct od_http_request *req,
                       const struct od_http_retry *policy, struct od_http_stats *stats,
                       struct od_http_response *resp)
{
    struct od_http_retry p = {5, 500, 30000, 120000, NULL, NULL, NULL};
    struct od_http_stats dummy = {0};
    int64_t waited = 0, backoff;
    unsigned seed = (unsigned)mono_ms() ^ (unsigned)(uintptr_t)h;
    int rc = 0;

    if (policy) {
        if (policy->max_attempts > 0)
            p.max_attempts = policy->max_attempts;
        if (policy->base_ms > 0)
            p.base_ms = policy->base_ms;
        if (policy->cap_ms > 0)
            p.cap_ms = policy->cap_ms;
        if (policy->max_wait_ms > 0)
            p.max_wait_ms = policy->max_wait_ms;
        p.before = policy->before;
        p.after = policy->after;
        p.ud = policy->ud;
        p.stop = policy->stop;
        p.stop_ud = policy->stop_ud;
    }
    if (!stats)
        stats = &dummy;
    backoff = p.base_ms;
    for (int attempt = 1;; attempt++) {
        bool retry;
        int64_t wait;

        if (p.before)
            p.before(p.ud);
        rc = od_http_send(h, req, resp);
        if (p.after)
            p.after(p.ud, rc == 0 ? resp : NULL);
        stats->requests++;
        if (rc == 0 && resp->status == 429)
            stats->throttled++;
        retry = (rc == OD_EAGAIN) || (rc == 0 && (resp->status == 429 || resp->status >= 500));
        if (!retry || attempt >= p.max_attempts)
            return rc;
        /* Equal jitter: half fixed, half random; Retry-After wins. A
         * server that asks for longer than this call may still wait gets
         * no earlier request: the answer goes up with its Retry-After. */
        wait = backoff / 2 + (int64_t)(rand_r(&seed) % (unsigned)(backoff / 2 + 1));
        if (rc == 0 && resp->retry_after_ms >= 0)
            wait = resp->retry_after_ms;
        if (rc == 0 && resp->retry_after_ms > p.cap_ms)
            return rc;
        if (wait > p.cap_ms)
            wait = p.cap_ms;
        if (waited + wait > p.max_wait_ms)
            return rc;
        /* Asked to stop: the last result stands. */
        if (p.stop && p.stop(p.stop_ud))
            return rc;
        if (!od_clock_wait(wait, p.stop, p.stop_ud))
            return rc;
        if (rc == 0)
            od_http_response_clear(resp);
        waited += wait;
        stats->waited_ms += wait;
        stats->retries++;
        backoff = backoff * 2 < p.cap_ms ? backoff * 2 : p.cap_ms;
    }
}

const char *od_http_header(const struct od_http_response *resp, const char *name)
{
    for (size_t i = 0; i < resp->n_headers; i++)
        if (strcasecmp(resp->headers[i].name, name) == 0)
            return resp->headers[i].value;
    return NULL;
}

char *od_http_link_next(const char *link)
{
    const char *p = link;

    /* <url>; rel="next", <url>; rel="previous" */
    while (p && *p) {
        const char *lt = strchr(p, '<'), *gt, *end;

        if (!lt)
            return NULL;
        gt = strchr(lt, '>');
        if (!gt)
            return NULL;
        end = strchr(gt, ',');
        if (!end)
            end = gt + strlen(gt);
        {
            size_t plen = (size_t)(end - gt);
            char params[512];

            if (plen >= sizeof(params))
                plen = sizeof(params) - 1;
            memcpy(params, gt, plen);
            params[plen] = '\0';
            if (strstr(params, "rel=\"next\"") || strstr(params, "rel=next")) {
                size_t ulen = (size_t)(gt - lt - 1);
                char *u = malloc(ulen + 1);

                if (!u)
                    return NULL;
                memcpy(u, lt + 1, ulen);
                u[ulen] = '\0';
                return u;
            }
        }
        p = *end ? end + 1 : end;
    }
    return NULL;
}

void od_http_response_clear(struct od_http_response *resp)
{
    if (!resp)
        return;
    free(resp->body);
    clear_headers(resp);
    memset(resp, 0, sizeof(*resp));
    resp->retry_after_ms = -1;
}

int od_url_escape(const char *s, struct od_buf *out)
{
    static const char hexd[] = "0123456789ABCDEF";
    int rc = 0;

    for (; *s && rc == 0; s++) {
        unsigned char c = (unsigned char)*s;

        if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
            c == '-' || c == '_' || c == '.' || c == '~') {
            rc = od_buf_addc(out, (char)c);
        } else {
            char e[3] = {'%', hexd[c >> 4], hexd[c & 15]};

            rc = od_buf_add(out, e, 3);
        }
    }
    return rc;
}

bool od_http_html_page(const struct od_http_response *resp)
{
    const char *p = resp->body, *end;

    if (resp->content_type && (strncasecmp(resp->content_type, "text/html", 9) == 0 ||
                               strncasecmp(resp->content_type, "application/xhtml", 17) == 0))
        return true;
    if (!p)
        return false;
    end = p + resp->body_len;
    if (end - p >= 3 && memcmp(p, "\xEF\xBB\xBF", 3) == 0)
        p += 3;
    while (p < end && (*p == ' ' || *p == '\t' || *p == '\r' || *p == '\n'))
        p++;
    return (end - p >= 14 && strncasecmp(p, "<!DOCTYPE html", 14) == 0) ||
           (end - p >= 5 && strncasecmp(p, "<html", 5) == 0);
}

/* The <title> of an HTML page in its first 8 KiB, printable ASCII and
 * UTF-8 only, at most 80 bytes, into buf ("" when none). */
static void html_title(const struct od_http_response *resp, char *buf, size_t size)
{
    size_t n = resp->body_len < 8192 ? resp->body_len : 8192, k = 0;
    const char *b = resp->body, *t = NULL;

    buf[0] = '\0';
    for (size_t i = 0; b && i + 7 <= n && !t; i++)
        if (strncasecmp(b + i, "<title>", 7) == 0)
            t = b + i + 7;
    if (!t)
        return;
    for (const char *p = t; p < b + n && *p != '<'; p++) {
        unsigned char c = (unsigned char)*p;

        if (k + 1 >= size || k >= 80) {
            /* cut: not inside a UTF-8 sequence */
            while (k > 0 && ((unsigned char)buf[k - 1] & 0xC0) == 0x80)
                k--;
            if (k > 0 && (unsigned char)buf[k - 1] >= 0xC0)
                k--;
            break;
        }
        if (c == '\r' || c == '\n' || c == '\t')
            c = ' ';
        if (c >= 0x20 && c != 0x7f && (c != ' ' || (k > 0 && buf[k - 1] != ' ')))
            buf[k++] = (char)c;
    }
    while (k > 0 && buf[k - 1] == ' ')
        k--;
    buf[k] = '\0';
}

int od_http_json(const struct od_http_response *resp, const char *what, struct json_object **out)
{
    char title[96];
    int rc = od_json_parse(resp->body, resp->body_len, out);

    if (rc == 0 || rc == OD_ENOMEM)
        return rc;
    if (!od_http_html_page(resp))
        return od_error_wrap(OD_EAGAIN, "%s: not JSON", what);
    html_title(resp, title, sizeof(title));
    return od_error_set(OD_EAGAIN,
                        "%s: the server answered HTTP %ld with an HTML page%s%s%s, not JSON (a "
                        "proxy's or the site's error or maintenance page?)",
                        what, resp->status, title[0] ? " (\"" : "", title, title[0] ? "\")" : "");
}
