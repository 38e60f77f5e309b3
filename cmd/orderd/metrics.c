#include "metrics.h"

#include <dirent.h>
#include <errno.h>
#include <inttypes.h>
#include <microhttpd.h>
#include <netdb.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>
#include <unistd.h>

#include "buf.h"
#include "error.h"
#include "model.h"
#include "stats.h"
#include "timeutil.h"

#define HTTP_STATUSES   32         /* distinct statuses kept per channel */
#define MAX_RULES       512        /* distinct rule ids counted */
#define MAX_CONNECTIONS 16         /* the endpoint is for a scraper, not a crowd */
#define CONN_TIMEOUT_S  10         /* an idle or slow client is dropped */
#define CONN_MEMORY     (32 << 10) /* per connection: headers of a GET only */
#define BODY_MAX        (4 << 20)  /* /metrics answer cap */
#define HEALTH_EVERY_MS 2000
#define HEALTH_STALE_US (10 * 1000000LL) /* a check older than this is a failure */

enum { OUT_APPROVED, OUT_HELD, OUT_REJECTED, OUT_PENDING, OUT_N };
static const char *const outcome_names[OUT_N] = {"approved", "held", "rejected", "pending"};

/* Upper bounds of the batch duration histogram, in seconds. */
static const double buckets[] = {0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60};
#define N_BUCKETS (sizeof(buckets) / sizeof(buckets[0]))

struct od_chan_metrics {
    struct od_chan_metrics *next;
    char name[128], kind[32];
    _Atomic uint64_t orders[3]; /* new, updated, unchanged */
    _Atomic uint64_t dead, polls_ok, polls_err, messages;
    _Atomic uint64_t audit[OUT_N];
    atomic_int up;           /* -1: not polled yet */
    _Atomic int64_t backlog; /* -1: unknown */
    _Atomic int64_t newest;  /* newest committed updated_at (od_time), OD_TIME_NONE */
    pthread_mutex_t mu;      /* http[] */
    struct od_stats_status http[HTTP_STATUSES];
    size_t n_http;
};

struct rule_count {
    char *id;
    uint64_t n;
};

struct od_metrics {
    pthread_mutex_t mu; /* channels list, rules, database url */
    struct od_chan_metrics *channels;
    struct rule_count *rules;
    size_t n_rules;
    _Atomic uint64_t hist[N_BUCKETS + 1];
    _Atomic uint64_t hist_sum_ns, hist_count;
    double start_time; /* seconds since the epoch */
    /* /healthz */
    char *database_url; /* sensitive: never logged or served */
    bool url_changed;
    pthread_t health;
    bool health_started;
    atomic_bool stop;
    _Atomic int64_t last_ok_us;   /* od_time of the last good check, 0 never */
    _Atomic int64_t first_bad_us; /* od_time the checks began to fail, 0 while good */
    struct MHD_Daemon *httpd;
};

int od_metrics_new(struct od_metrics **out)
{
    struct od_metrics *m = calloc(1, sizeof(*m));
    struct timespec ts;

    if (!m)
        return od_error_set(OD_ENOMEM, "out of memory");
    pthread_mutex_init(&m->mu, NULL);
    clock_gettime(CLOCK_REALTIME, &ts);
    m->start_time = (double)ts.tv_sec + ts.tv_nsec / 1e9;
    *out = m;
    return 0;
}

struct od_chan_metrics *od_metrics_channel(struct od_metrics *m, const char *name, const char *kind)
{
    struct od_chan_metrics *c;

    pthread_mutex_lock(&m->mu);
    for (c = m->channels; c; c = c->next)
        if (strcmp(c->name, name) == 0)
            goto out;
    c = calloc(1, sizeof(*c));
    if (!c)
        goto out;
    snprintf(c->name, sizeof(c->name), "%s", name);
    snprintf(c->kind, sizeof(c->kind), "%s", kind);
    atomic_init(&c->up, -1);
    atomic_init(&c->backlog, -1);
    atomic_init(&c->newest, OD_TIME_NONE);
    pthread_mutex_init(&c->mu, NULL);
    c->next = m->channels;
    m->channels = c;
out:
    pthread_mutex_unlock(&m->mu);
    return c;
}

void od_metrics_totals(struct od_metrics *m, struct od_metrics_totals *out)
{
    memset(out, 0, sizeof(*out));
    pthread_mutex_lock(&m->mu);
    for (const struct od_chan_metrics *c = m->channels; c; c = c->next) {
        out->orders_new += atomic_load(&c->orders[0]);
        out->orders_updated += atomic_load(&c->orders[1]);
        out->dead_letters += atomic_load(&c->dead);
    }
    pthread_mutex_unlock(&m->mu);
}

void od_metrics_poll(struct od_chan_metrics *c, bool ok, int64_t backlog)
{
    struct od_stats_status st[HTTP_STATUSES];
    size_t n = od_stats_take_http(st, HTTP_STATUSES);
    uint64_t msgs = od_stats_take_messages();

    if (!c)
        return;
    atomic_fetch_add(ok ? &c->polls_ok : &c->polls_err, 1);
    atomic_store(&c->up, ok ? 1 : 0);
    if (backlog >= 0)
        atomic_store(&c->backlog, backlog);
    atomic_fetch_add(&c->messages, msgs);
    pthread_mutex_lock(&c->mu);
    for (size_t i = 0; i < n; i++) {
        size_t j;

        for (j = 0; j < c->n_http && c->http[j].status != st[i].status; j++)
            ;
        if (j == c->n_http) {
            if (c->n_http == HTTP_STATUSES) {
                j = HTTP_STATUSES - 1;
                c->http[j].status = -1; /* "other" once full */
            } else {
                c->http[j].status = st[i].status;
                c->http[j].n = 0;
                c->n_http++;
            }
        }
        c->http[j].n += st[i].n;
    }
    pthread_mutex_unlock(&c->mu);
}

static void rule_fired(struct od_metrics *m, const char *id)
{
    size_t i;

    pthread_mutex_lock(&m->mu);
    for (i = 0; i < m->n_rules && strcmp(m->rules[i].id, id) != 0; i++)
        ;
    if (i == m->n_rules && m->n_rules < MAX_RULES) {
        struct rule_count *r = realloc(m->rules, (m->n_rules + 1) * sizeof(*r));
        char *copy = strdup(id);

        if (r)
            m->rules = r;
        if (!r || !copy) {
            free(copy);
            goto out;
        }
        m->rules[i].id = copy;
        m->rules[i].n = 0;
        m->n_rules++;
    }
    if (i < m->n_rules)
        m->rules[i].n++;
out:
    pthread_mutex_unlock(&m->mu);
}

void od_metrics_batch(struct od_metrics *m, struct od_chan_metrics *c, const struct od_batch *b,
                      const struct od_ingest_result *res, uint64_t duration_ns)
{
    double secs = duration_ns / 1e9;
    size_t k;

    if (!c)
        return;
    atomic_fetch_add(&c->orders[0], (uint64_t)res->n_new);
    atomic_fetch_add(&c->orders[1], (uint64_t)res->n_updated);
    atomic_fetch_add(&c->orders[2], (uint64_t)res->n_unchanged);
    atomic_fetch_add(&c->dead, (uint64_t)res->n_dead);
    for (size_t i = 0; i < b->n_orders; i++) {
        const struct od_order *o = b->orders[i].order;
        od_time t, newest;

        if (!o)
            continue;
        /* an order without updated_at was last changed when placed */
        t = o->updated_at != OD_TIME_NONE ? o->updated_at : o->placed_at;
        newest = atomic_load(&c->newest);
        while (t != OD_TIME_NONE && t > newest &&
               !atomic_compare_exchange_weak(&c->newest, &newest, t))
            ;
        if (!o->audit.outcome)
            continue; /* not audited in this batch (unchanged) */
        for (k = 0; k < OUT_N && strcmp(outcome_names[k], o->audit.outcome) != 0; k++)
            ;
        if (k < OUT_N)
            atomic_fetch_add(&c->audit[k], 1);
        for (size_t r = 0; r < o->audit.n_reasons; r++)
            if (o->audit.reasons[r].rule)
                rule_fired(m, o->audit.reasons[r].rule);
    }
    for (k = 0; k < N_BUCKETS && secs > buckets[k]; k++)
        ;
    atomic_fetch_add(&m->hist[k], 1);
    atomic_fetch_add(&m->hist_sum_ns, duration_ns);
    atomic_fetch_add(&m->hist_count, 1);
}

/* ---- the health check ----------------------------------------------------------- */

/* A database that answers the schema query counts as up; the reason for
 * a failure is kept out of /healthz (libpq's messages may name hosts and
 * users) and only its time is served. */
static void *health_main(void *arg)
{
    struct od_metrics *m = arg;
    struct od_store *store = NULL;

    while (!atomic_load(&m->stop)) {
        char *url = NULL;
        bool ok = false;

        pthread_mutex_lock(&m->mu);
        if (m->url_changed) {
            od_store_close(store);
            store = NULL;
            m->url_changed = false;
        }
        if (!store && m->database_url)
            url = strdup(m->database_url);
        pthread_mutex_unlock(&m->mu);
        if (!store && url && od_store_connect(url, &store) < 0) {
            od_store_close(store);
            store = NULL;
        }
        if (url) {
            explicit_bzero(url, strlen(url));
            free(url);
        }
        if (store && od_store_require_schema(store, "orderd", NULL) == 0)
            ok = true;
        if (store && !od_store_ok(store)) {
            od_store_close(store);
            store = NULL;
        }
        if (ok) {
            atomic_store(&m->last_ok_us, od_time_now());
            atomic_store(&m->first_bad_us, 0);
        } else if (atomic_load(&m->first_bad_us) == 0) {
            atomic_store(&m->first_bad_us, od_time_now());
        }
        for (int i = 0; i < HEALTH_EVERY_MS / 100 && !atomic_load(&m->stop); i++)
            usleep(100 * 1000);
    }
    od_store_close(store);
    return NULL;
}

void od_metrics_set_database(struct od_metrics *m, const char *database_url)
{
    char *copy = database_url ? strdup(database_url) : NULL;

    pthread_mutex_lock(&m->mu);
    if (!m->database_url || !copy || strcmp(m->database_url, copy) != 0) {
        if (m->database_url) {
            explicit_bzero(m->database_url, strlen(m->database_url));
            free(m->database_url);
        }
        m->database_url = copy;
        m->url_changed = true;
        copy = NULL;
    }
    pthread_mutex_unlock(&m->mu);
    if (copy) {
        explicit_bzero(copy, strlen(copy));
        free(copy);
    }
}

/* ---- the answers -------------------------------------------------------------- */

/* A label value with \, " and newline escaped (text format 0.0.4). */
static void add_label(struct od_buf *b, const char *v)
{
    for (; *v; v++) {
        if (*v == '\\' || *v == '"')
            od_buf_addc(b, '\\');
        if (*v == '\n') {
            od_buf_adds(b, "\\n");
            continue;
        }
        od_buf_addc(b, *v);
    }
}

static void help(struct od_buf *b, const char *name, const char *type, const char *text)
{
    od_buf_printf(b, "# HELP %s %s\n# TYPE %s %s\n", name, text, name, type);
}

static void chan_line(struct od_buf *b, const char *name, const struct od_chan_metrics *c,
                      const char *extra, const char *value)
{
    od_buf_printf(b, "%s{channel=\"", name);
    add_label(b, c->name);
    od_buf_printf(b, "\"%s} %s\n", extra ? extra : "", value);
}

static void chan_u64(struct od_buf *b, const char *name, const struct od_chan_metrics *c,
                     const char *extra, uint64_t v)
{
    char num[32];

    snprintf(num, sizeof(num), "%" PRIu64, v);
    chan_line(b, name, c, extra, num);
}

static void process_metrics(struct od_metrics *m, struct od_buf *b)
{
    struct rusage ru;
    struct rlimit rl;
    long pages = 0, rss = 0, page = sysconf(_SC_PAGESIZE);
    size_t fds = 0;
    FILE *f;
    DIR *d;

    getrusage(RUSAGE_SELF, &ru);
    help(b, "process_cpu_seconds_total", "counter", "User and system CPU time spent in seconds.");
    od_buf_printf(b, "process_cpu_seconds_total %.6f\n",
                  ru.ru_utime.tv_sec + ru.ru_stime.tv_sec +
                      (ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1e6);
    f = fopen("/proc/self/statm", "r");
    if (f) {
        if (fscanf(f, "%ld %ld", &pages, &rss) != 2)
            pages = rss = 0;
        fclose(f);
    }
    help(b, "process_resident_memory_bytes", "gauge", "Resident memory size in bytes.");
    od_buf_printf(b, "process_resident_memory_bytes %ld\n", rss * page);
    help(b, "process_virtual_memory_bytes", "gauge", "Virtual memory size in bytes.");
    od_buf_printf(b, "process_virtual_memory_bytes %ld\n", pages * page);
    d = opendir("/proc/self/fd");
    if (d) {
        struct dirent *e;

        while ((e = readdir(d)))
            fds += e->d_name[0] != '.';
        closedir(d);
        fds--; /* the directory stream's own */
    }
    help(b, "process_open_fds", "gauge", "Number of open file descriptors.");
    od_buf_printf(b, "process_open_fds %zu\n", fds);
    if (getrlimit(RLIMIT_NOFILE, &rl) == 0) {
        help(b, "process_max_fds", "gauge", "Maximum number of open file descriptors.");
        od_buf_printf(b, "process_max_fds %llu\n", (unsigned long long)rl.rlim_cur);
    }
    help(b, "process_start_time_seconds", "gauge",
         "Start time of the process since unix epoch in seconds.");
    od_buf_printf(b, "process_start_time_seconds %.3f\n", m->start_time);
}

static int render_metrics(struct od_metrics *m, struct od_buf *b)
{
    static const char *const results[3] = {"new", "updated", "unchanged"};
    od_time now = od_time_now();
    struct od_chan_metrics *c;
    char extra[64];
    uint64_t cum = 0;

    help(b, "orderd_build_info", "gauge", "The orderd version; always 1.");
    od_buf_printf(b, "orderd_build_info{version=\"%s\"} 1\n", ORDERD_VERSION);
    pthread_mutex_lock(&m->mu);
    help(b, "orderd_orders_total", "counter", "Orders stored, by what the store did with them.");
    for (c = m->channels; c; c = c->next)
        for (int i = 0; i < 3; i++) {
            snprintf(extra, sizeof(extra), ",result=\"%s\"", results[i]);
            chan_u64(b, "orderd_orders_total", c, extra, atomic_load(&c->orders[i]));
        }
    help(b, "orderd_dead_letters_total", "counter", "Items kept as dead letters.");
    for (c = m->channels; c; c = c->next)
        chan_u64(b, "orderd_dead_letters_total", c, NULL, atomic_load(&c->dead));
    help(b, "orderd_polls_total", "counter", "Polls of the channel by outcome.");
    for (c = m->channels; c; c = c->next) {
        chan_u64(b, "orderd_polls_total", c, ",outcome=\"ok\"", atomic_load(&c->polls_ok));
        chan_u64(b, "orderd_polls_total", c, ",outcome=\"error\"", atomic_load(&c->polls_err));
    }
    help(b, "orderd_channel_up", "gauge", "1 when the channel's last poll succeeded.");
    for (c = m->channels; c; c = c->next)
        if (atomic_load(&c->up) >= 0)
            chan_u64(b, "orderd_channel_up", c, NULL, (uint64_t)atomic_load(&c->up));
    help(b, "orderd_channel_backlog", "gauge", "Items the channel reported waiting.");
    for (c = m->channels; c; c = c->next)
        if (atomic_load(&c->backlog) >= 0)
            chan_u64(b, "orderd_channel_backlog", c, NULL, (uint64_t)atomic_load(&c->backlog));
    help(b, "orderd_channel_lag_seconds", "gauge",
         "Now minus the newest committed order's updated_at.");
    for (c = m->channels; c; c = c->next) {
        int64_t newest = atomic_load(&c->newest);
        char v[32];

        if (newest == OD_TIME_NONE)
            continue;
        snprintf(v, sizeof(v), "%.3f", (double)(now - newest) / 1e6);
        chan_line(b, "orderd_channel_lag_seconds", c, NULL, v);
    }
    help(b, "orderd_audit_outcomes_total", "counter", "Audit outcomes of new and changed orders.");
    for (c = m->channels; c; c = c->next)
        for (int k = 0; k < OUT_N; k++) {
            snprintf(extra, sizeof(extra), ",outcome=\"%s\"", outcome_names[k]);
            chan_u64(b, "orderd_audit_outcomes_total", c, extra, atomic_load(&c->audit[k]));
        }
    help(b, "orderd_audit_rule_fired_total", "counter", "Times each audit rule fired.");
    for (size_t i = 0; i < m->n_rules; i++) {
        od_buf_adds(b, "orderd_audit_rule_fired_total{rule=\"");
        add_label(b, m->rules[i].id);
        od_buf_printf(b, "\"} %" PRIu64 "\n", m->rules[i].n);
    }
    help(b, "orderd_http_requests_total", "counter",
         "HTTP requests the channel made, by response status (0: no response).");
    for (c = m->channels; c; c = c->next) {
        pthread_mutex_lock(&c->mu);
        for (size_t i = 0; i < c->n_http; i++) {
            if (c->http[i].status < 0)
                snprintf(extra, sizeof(extra), ",status=\"other\"");
            else
                snprintf(extra, sizeof(extra), ",status=\"%ld\"", c->http[i].status);
            chan_u64(b, "orderd_http_requests_total", c, extra, c->http[i].n);
        }
        pthread_mutex_unlock(&c->mu);
    }
    help(b, "orderd_imap_messages_total", "counter", "Mail messages fetched.");
    for (c = m->channels; c; c = c->next)
        if (strcmp(c->kind, "imap") == 0)
            chan_u64(b, "orderd_imap_messages_total", c, NULL, atomic_load(&c->messages));
    pthread_mutex_unlock(&m->mu);
    help(b, "orderd_batch_duration_seconds", "histogram",
         "Time from the start of a poll to the commit of its batch.");
    for (size_t k = 0; k <= N_BUCKETS; k++) {
        cum += atomic_load(&m->hist[k]);
        if (k < N_BUCKETS)
            od_buf_printf(b, "orderd_batch_duration_seconds_bucket{le=\"%g\"} %" PRIu64 "\n",
                          buckets[k], cum);
        else
            od_buf_printf(b, "orderd_batch_duration_seconds_bucket{le=\"+Inf\"} %" PRIu64 "\n",
                          cum);
    }
    od_buf_printf(b, "orderd_batch_duration_seconds_sum %.6f\n",
                  atomic_load(&m->hist_sum_ns) / 1e9);
    od_buf_printf(b, "orderd_batch_duration_seconds_count %" PRIu64 "\n",
                  atomic_load(&m->hist_count));
    process_metrics(m, b);
    return b->data ? 0 : od_error_set(OD_ENOMEM, "out of memory");
}

/* 200 "ok" while the last check succeeded within HEALTH_STALE_US, else
 * 503 with how long the database has not answered. */
static unsigned health(struct od_metrics *m, char *text, size_t len)
{
    od_time now = od_time_now();
    int64_t ok = atomic_load(&m->last_ok_us), bad = atomic_load(&m->first_bad_us);

    if (ok && bad == 0 && now - ok <= HEALTH_STALE_US) {
        snprintf(text, len, "ok\n");
        return MHD_HTTP_OK;
    }
    if (!ok && !bad)
        snprintf(text, len, "starting: the database has not been checked yet\n");
    else
        snprintf(text, len, "database not answering for %lld s\n",
                 (long long)((now - (bad ? bad : ok)) / 1000000));
    return MHD_HTTP_SERVICE_UNAVAILABLE;
}

static enum MHD_Result reply(struct MHD_Connection *conn, unsigned status, const char *type,
                             char *body, size_t len, bool owned)
{
    struct MHD_Response *r = MHD_create_response_from_buffer(
        len, body, owned ? MHD_RESPMEM_MUST_FREE : MHD_RESPMEM_MUST_COPY);
    enum MHD_Result ret;

    if (!r) {
        if (owned)
            free(body);
        return MHD_NO;
    }
    MHD_add_response_header(r, MHD_HTTP_HEADER_CONTENT_TYPE, type);
    MHD_add_response_header(r, MHD_HTTP_HEADER_CACHE_CONTROL, "no-store");
    if (status == MHD_HTTP_METHOD_NOT_ALLOWED)
        MHD_add_response_header(r, MHD_HTTP_HEADER_ALLOW, "GET, HEAD");
    ret = MHD_queue_response(conn, status, r);
    MHD_destroy_response(r);
    return ret;
}

static enum MHD_Result on_request(void *cls, struct MHD_Connection *conn, const char *url,
                                  const char *method, const char *version, const char *upload_data,
                                  size_t *upload_data_size, void **con_cls)
{
    struct od_metrics *m = cls;
    char text[128];

    (void)version;
    (void)upload_data;
    if (!*con_cls) { /* first call: headers only; answer on the next */
        *con_cls = conn;
        return MHD_YES;
    }
    if (*upload_data_size) { /* a body: not for these endpoints */
        *upload_data_size = 0;
        return MHD_YES;
    }
    if (strcmp(method, MHD_HTTP_METHOD_GET) != 0 && strcmp(method, MHD_HTTP_METHOD_HEAD) != 0) {
        snprintf(text, sizeof(text), "only GET and HEAD\n");
        return reply(conn, MHD_HTTP_METHOD_NOT_ALLOWED, "text/plain; charset=utf-8", text,
                     strlen(text), false);
    }
    if (strcmp(url, "/metrics") == 0) {
        struct od_buf b;

        od_buf_init(&b, BODY_MAX);
        if (render_metrics(m, &b) < 0) {
            od_buf_free(&b);
            snprintf(text, sizeof(text), "cannot build the metrics\n");
            return reply(conn, MHD_HTTP_INTERNAL_SERVER_ERROR, "text/plain; charset=utf-8", text,
                         strlen(text), false);
        }
        size_t len = b.len;

        return reply(conn, MHD_HTTP_OK, "text/plain; version=0.0.4; charset=utf-8",
                     od_buf_steal(&b), len, true);
    }
    if (strcmp(url, "/healthz") == 0) {
        unsigned st = health(m, text, sizeof(text));

        return reply(conn, st, "text/plain; charset=utf-8", text, strlen(text), false);
    }
    snprintf(text, sizeof(text), "not found: /metrics and /healthz only\n");
    return reply(conn, MHD_HTTP_NOT_FOUND, "text/plain; charset=utf-8", text, strlen(text), false);
}

int od_metrics_serve(struct od_metrics *m, const char *addr, const char *database_url)
{
    struct od_listen_addr la;
    struct addrinfo hints = {.ai_socktype = SOCK_STREAM, .ai_flags = AI_NUMERICSERV}, *ai = NULL;
    char port[8];
    unsigned flags = MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_EPOLL;
    int rc, gai;

    rc = od_listen_parse(addr, &la);
    if (rc < 0)
        return rc;
    snprintf(port, sizeof(port), "%d", la.port);
    gai = getaddrinfo(la.host, port, &hints, &ai);
    if (gai != 0)
        return od_error_set(OD_EIO, "http.listen %s: %s", addr, gai_strerror(gai));
    if (ai->ai_family == AF_INET6)
        flags |= MHD_USE_IPv6;
    m->httpd = MHD_start_daemon(
        flags, (uint16_t)la.port, NULL, NULL, on_request, m, MHD_OPTION_SOCK_ADDR, ai->ai_addr,
        MHD_OPTION_CONNECTION_LIMIT, (unsigned)MAX_CONNECTIONS, MHD_OPTION_CONNECTION_TIMEOUT,
        (unsigned)CONN_TIMEOUT_S, MHD_OPTION_CONNECTION_MEMORY_LIMIT, (size_t)CONN_MEMORY,
        MHD_OPTION_PER_IP_CONNECTION_LIMIT, (unsigned)(MAX_CONNECTIONS / 2), MHD_OPTION_END);
    freeaddrinfo(ai);
    if (!m->httpd)
        return od_error_set(OD_EIO,
                            "http.listen %s: cannot listen there (in use, or not an "
                            "address of this host)",
                            addr);
    od_metrics_set_database(m, database_url);
    if (pthread_create(&m->health, NULL, health_main, m) != 0) {
        MHD_stop_daemon(m->httpd);
        m->httpd = NULL;
        return od_error_set(OD_ENOMEM, "cannot start the health check thread");
    }
    m->health_started = true;
    return 0;
}

void od_metrics_free(struct od_metrics *m)
{
    if (!m)
        return;
    if (m->httpd)
        MHD_stop_daemon(m->httpd);
    atomic_store(&m->stop, true);
    if (m->health_started) {
        struct timespec until;

        clock_gettime(CLOCK_REALTIME, &until);
        until.tv_sec += 3;
        /* A check stuck in libpq on a dead network must not hold the
         * exit: then the thread is left and its state with it. */
        if (pthread_timedjoin_np(m->health, NULL, &until) != 0) {
            pthread_detach(m->health);
            return;
        }
    }
    while (m->channels) {
        struct od_chan_metrics *c = m->channels;

        m->channels = c->next;
        pthread_mutex_destroy(&c->mu);
        free(c);
    }
    for (size_t i = 0; i < m->n_rules; i++)
        free(m->rules[i].id);
    free(m->rules);
    if (m->database_url) {
        explicit_bzero(m->database_url, strlen(m->database_url));
        free(m->database_url);
    }
    pthread_mutex_destroy(&m->mu);
    free(m);
}
