/* GET /api/events: new held orders as server-sent events (web.h).
 *
 * One thread holds orderweb's one listening database connection (LISTEN
 * orderd_review, which orderd NOTIFYs after each audit that holds an
 * order) and fans each wake-up out to the browsers as one event
 * "review"; every HEARTBEAT_MS without one it sends a comment, so proxies
 * and the connection timeout see traffic. Each browser has a small
 * buffer: one that cannot keep up (its buffer full of unsent bytes) is
 * dropped, and its EventSource reconnects. A browser's connection is
 * suspended in libmicrohttpd while it has nothing to send and resumed
 * when there is something, so no request thread waits for events. */
#include <errno.h>
#include <microhttpd.h>
#include <poll.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#include "error.h"
#include "log.h"
#include "watch.h"
#include "web.h"

#define HEARTBEAT_MS 15000
#define RECONNECT_MS 5000
#define CLIENT_BUF   4096
#define SOCKET_BUF   8192 /* the kernel's send buffer of a stream */

static const char hello[] = "retry: 3000\n: orderweb events\n\n";
static const char review_event[] = "event: review\ndata: review\n\n";
static const char heartbeat[] = ": heartbeat\n\n";

struct ow_sse {
    struct ow_events *ev;
    struct MHD_Connection *conn;
    char buf[CLIENT_BUF];
    size_t len, off; /* bytes queued; bytes of them sent */
    bool suspended;
    bool dead; /* fell behind: cut off */
    bool end;  /* orderweb stops: ends once the buffer is sent */
};

/* Queue `msg` to every browser and wake the idle ones (ev->lock held). */
static void push_locked(struct ow_events *ev, const char *msg)
{
    size_t n = strlen(msg);

    for (size_t i = 0; i < ev->n; i++) {
        struct ow_sse *c = ev->clients[i];

        if (c->dead || c->end)
            continue;
        memmove(c->buf, c->buf + c->off, c->len - c->off);
        c->len -= c->off;
        c->off = 0;
        if (c->len + n > sizeof(c->buf)) {
            c->dead = true;
            ev->dropped++;
            od_log(OD_LOG_WARN, "web", NULL,
                   "an event stream is %zu bytes behind: dropped (the browser reconnects)", c->len);
        } else {
            memcpy(c->buf + c->len, msg, n);
            c->len += n;
        }
        if (c->suspended) {
            c->suspended = false;
            MHD_resume_connection(c->conn);
        }
    }
}

static void push(struct ow_events *ev, const char *msg)
{
    pthread_mutex_lock(&ev->lock);
    push_locked(ev, msg);
    pthread_mutex_unlock(&ev->lock);
}

static int64_t now_ms(void)
{
    struct timespec ts;

    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

static bool stopping(struct ow_events *ev)
{
    bool s;

    pthread_mutex_lock(&ev->lock);
    s = ev->stopping;
    pthread_mutex_unlock(&ev->lock);
    return s;
}

static void *listener(void *arg)
{
    struct ow_events *ev = arg;
    struct od_watch *w = NULL;
    bool failing = false;
    int64_t last = now_ms();

    while (!stopping(ev)) {
        int count = 0, wait_ms;

        if (!w) {
            if (od_watch_open(ev->conninfo, "orderd_review", &w) < 0) {
                struct pollfd p = {.fd = ev->wake[0], .events = POLLIN};

                if (!failing)
                    od_log(OD_LOG_WARN, "web", NULL,
                           "events: cannot listen for new held orders (retrying): %s",
                           od_error_last());
                failing = true;
                poll(&p, 1, RECONNECT_MS);
                continue;
            }
            od_log(OD_LOG_INFO, "web", NULL, "events: listening for new held orders%s",
                   failing ? " again" : "");
            /* what happened while nobody listened: the pages read again */
            if (failing)
                push(ev, review_event);
            failing = false;
            last = now_ms();
        }
        wait_ms = (int)(HEARTBEAT_MS - (now_ms() - last));
        if (od_watch_wait(w, wait_ms > 0 ? wait_ms : 0, ev->wake[0], &count) < 0) {
            od_log(OD_LOG_WARN, "web", NULL, "events: %s", od_error_last());
            od_watch_close(w);
            w = NULL;
            failing = true;
            continue;
        }
        if (count > 0) {
            push(ev, review_event);
            last = now_ms();
        } else if (now_ms() - last >= HEARTBEAT_MS) {
            push(ev, heartbeat);
            last = now_ms();
        }
    }
    od_watch_close(w);
    return NULL;
}

int ow_events_start(struct ow_events *ev, const char *conninfo, size_t max_clients)
{
    memset(ev, 0, sizeof(*ev));
    ev->conninfo = conninfo;
    ev->max = max_clients < OW_EVENT_CLIENTS ? max_clients : OW_EVENT_CLIENTS;
    if (ev->max == 0)
        ev->max = 1;
    if (pipe(ev->wake) < 0)
        return od_error_set(OD_EIO, "pipe: %s", strerror(errno));
    pthread_mutex_init(&ev->lock, NULL);
    if (pthread_create(&ev->thread, NULL, listener, ev) != 0) {
        close(ev->wake[0]);
        close(ev->wake[1]);
        pthread_mutex_destroy(&ev->lock);
        return od_error_set(OD_EIO, "cannot start the events thread");
    }
    ev->started = true;
    return 0;
}

void ow_events_stop(struct ow_events *ev)
{
    if (!ev->started || ev->joined)
        return;
    pthread_mutex_lock(&ev->lock);
    ev->stopping = true;
    for (size_t i = 0; i < ev->n; i++) {
        struct ow_sse *c = ev->clients[i];

        c->end = true;
        if (c->suspended) {
            c->suspended = false;
            MHD_resume_connection(c->conn);
        }
    }
    pthread_mutex_unlock(&ev->lock);
    if (write(ev->wake[1], "x", 1) < 0)
        od_log(OD_LOG_WARN, "web", NULL, "events: cannot wake the listener: %s", strerror(errno));
    pthread_join(ev->thread, NULL);
    ev->joined = true;
}

bool ow_events_drain(struct ow_events *ev, unsigned ms)
{
    size_t n = 0;

    if (!ev->started)
        return true;
    for (unsigned waited = 0;; waited += 10) {
        struct timespec ten = {.tv_nsec = 10 * 1000 * 1000};

        pthread_mutex_lock(&ev->lock);
        n = ev->n;
        pthread_mutex_unlock(&ev->lock);
        if (n == 0 || waited >= ms)
            break;
        nanosleep(&ten, NULL);
    }
    return n == 0;
}

void ow_events_free(struct ow_events *ev)
{
    if (!ev->started)
        return;
    close(ev->wake[0]);
    close(ev->wake[1]);
    pthread_mutex_destroy(&ev->lock);
    ev->started = false;
}

static ssize_t reader(void *cls, uint64_t pos, char *buf, size_t max)
{
    struct ow_sse *c = cls;
    struct ow_events *ev = c->ev;
    ssize_t n;

    (void)pos;
    pthread_mutex_lock(&ev->lock);
    if (c->dead) {
        n = MHD_CONTENT_READER_END_WITH_ERROR;
    } else if (c->off < c->len) {
        n = (ssize_t)(c->len - c->off < max ? c->len - c->off : max);
        memcpy(buf, c->buf + c->off, (size_t)n);
        c->off += (size_t)n;
    } else if (c->end) {
        n = MHD_CONTENT_READER_END_OF_STREAM;
    } else {
        /* nothing to send: rest until push_locked resumes it */
        c->suspended = true;
        MHD_suspend_connection(c->conn);
        n = 0;
    }
    pthread_mutex_unlock(&ev->lock);
    return n;
}

static void reader_done(void *cls)
{
    struct ow_sse *c = cls;
    struct ow_events *ev = c->ev;

    pthread_mutex_lock(&ev->lock);
    for (size_t i = 0; i < ev->n; i++) {
        if (ev->clients[i] == c) {
            ev->clients[i] = ev->clients[--ev->n];
            break;
        }
    }
    pthread_mutex_unlock(&ev->lock);
    free(c);
}

struct MHD_Response *ow_events_response(struct ow_events *ev, struct MHD_Connection *conn)
{
    struct ow_sse *c = calloc(1, sizeof(*c));
    struct MHD_Response *resp = NULL;
    const union MHD_ConnectionInfo *ci;
    int sndbuf = SOCKET_BUF;

    if (!c) {
        od_error_set(OD_ENOMEM, "out of memory");
        return NULL;
    }
    c->ev = ev;
    c->conn = conn;
    /* events are small: a small kernel buffer finds a browser that does
     * not read within a few KiB instead of megabytes */
    ci = MHD_get_connection_info(conn, MHD_CONNECTION_INFO_CONNECTION_FD);
    if (ci && setsockopt(ci->connect_fd, SOL_SOCKET, SO_SNDBUF, &sndbuf, sizeof(sndbuf)) < 0)
        od_log(OD_LOG_DEBUG, "web", NULL, "events: SO_SNDBUF: %s", strerror(errno));
    memcpy(c->buf, hello, sizeof(hello) - 1);
    c->len = sizeof(hello) - 1;
    pthread_mutex_lock(&ev->lock);
    if (ev->stopping || ev->n >= ev->max) {
        pthread_mutex_unlock(&ev->lock);
        free(c);
        od_error_set(OD_EBUSY, "%zu event streams are open already", ev->max);
        return NULL;
    }
    resp = MHD_create_response_from_callback(MHD_SIZE_UNKNOWN, 1024, reader, c, reader_done);
    if (resp)
        ev->clients[ev->n++] = c;
    pthread_mutex_unlock(&ev->lock);
    if (!resp) {
        free(c);
        od_error_set(OD_ENOMEM, "out of memory");
    }
    return resp;
}
