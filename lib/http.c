#include "http.h"

#include <arpa/inet.h>
#include <curl/curl.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "buf.h"
#include "error.h"

#define DEFAULT_MAX_BODY ((size_t)32 << 20)
#define HEADER_MAX       4096

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
        rc = od_error_set(OD_ECONFIG, "'%s' is not a valid URL", url);
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

struct recv {
    struct od_buf body;
    struct od_http_response *resp;
    int too_big;
};

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

/* Retry-After: delta seconds (fractional allowed) or an HTTP date. */
static int64_t parse_retry_after(const char *v)
{
    char *end;
    double secs = strtod(v, &end);

    while (*end == ' ')
        end++;
    if (end != v && *end == '\0' && secs >= 0 && secs < 86400.0 * 7)
        return (int64_t)(secs * 1000.0);
    {
        time_t t = curl_getdate(v, NULL);

        if (t > 0) {
            int64_t d = ((int64_t)t - (int64_t)time(NULL)) * 1000;
            return d > 0 ? d : 0;
        }
    }
    return -1;
}

static size_t on_header(char *data, size_t size, size_t n, void *ud)
{
    struct recv *r = ud;
    size_t len = size * n;
    const char *colon = memchr(data, ':', len);
    size_t name_len;

    if (!colon || len > HEADER_MAX)
        return len;
    name_len = (size_t)(colon - data);
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
            r->resp->retry_after_ms = parse_retry_after(v);
        free(v);
    }
    return len;
}

/* scheme://host[:port]/path without the query, for messages. */
static void url_for_log(const char *url, char *buf, size_t len)
{
    size_t n = strcspn(url, "?#");

    snprintf(buf, len, "%.*s", (int)n, url);
}

int od_http_get(struct od_http *h, const char *url, const char *if_none_match,
                const char *if_modified_since, struct od_http_response *resp)
{
    struct recv r = {.resp = resp};
    struct curl_slist *hdrs = NULL;
    char line[HEADER_MAX], shown[512];
    char errbuf[CURL_ERROR_SIZE] = "";
    CURLcode cc;
    int rc;

    memset(resp, 0, sizeof(*resp));
    resp->retry_after_ms = -1;
    url_for_log(url, shown, sizeof(shown));
    rc = od_http_check_url(url);
    if (rc < 0)
        return rc;
    od_buf_init(&r.body, h->opts.max_body + 1);
    if (if_none_match) {
        snprintf(line, sizeof(line), "If-None-Match: %s", if_none_match);
        hdrs = curl_slist_append(hdrs, line);
    }
    if (if_modified_since) {
        snprintf(line, sizeof(line), "If-Modified-Since: %s", if_modified_since);
        hdrs = curl_slist_append(hdrs, line);
    }
    curl_easy_reset(h->curl);
    curl_easy_setopt(h->curl, CURLOPT_URL, url);
    curl_easy_setopt(h->curl, CURLOPT_PROTOCOLS_STR, "https,http");
    curl_easy_setopt(h->curl, CURLOPT_REDIR_PROTOCOLS_STR, "https");
    curl_easy_setopt(h->curl, CURLOPT_FOLLOWLOCATION, 1L);
    curl_easy_setopt(h->curl, CURLOPT_MAXREDIRS, 5L);
    curl_easy_setopt(h->curl, CURLOPT_SSL_VERIFYPEER, 1L);
    curl_easy_setopt(h->curl, CURLOPT_SSL_VERIFYHOST, 2L);
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
    curl_easy_setopt(h->curl, CURLOPT_WRITEFUNCTION, on_body);
    curl_easy_setopt(h->curl, CURLOPT_WRITEDATA, &r);
    curl_easy_setopt(h->curl, CURLOPT_HEADERFUNCTION, on_header);
    curl_easy_setopt(h->curl, CURLOPT_HEADERDATA, &r);
    curl_easy_setopt(h->curl, CURLOPT_ERRORBUFFER, errbuf);
    if (h->opts.max_body <= (size_t)INT64_MAX)
        curl_easy_setopt(h->curl, CURLOPT_MAXFILESIZE_LARGE, (curl_off_t)h->opts.max_body);
    cc = curl_easy_perform(h->curl);
    curl_slist_free_all(hdrs);
    if (r.too_big || cc == CURLE_FILESIZE_EXCEEDED) {
        rc = od_error_set(OD_ETOOBIG, "GET %s: response larger than %zu bytes", shown,
                          h->opts.max_body);
        goto fail;
    }
    if (cc != CURLE_OK) {
        rc = od_error_set(OD_EAGAIN, "GET %s: %s", shown,
                          errbuf[0] ? errbuf : curl_easy_strerror(cc));
        goto fail;
    }
    curl_easy_getinfo(h->curl, CURLINFO_RESPONSE_CODE, &resp->status);
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
    return rc;
}

void od_http_response_clear(struct od_http_response *resp)
{
    if (!resp)
        return;
    free(resp->body);
    free(resp->etag);
    free(resp->last_modified);
    free(resp->content_type);
    memset(resp, 0, sizeof(*resp));
    resp->retry_after_ms = -1;
}
