/* libFuzzer target for what an IMAP server says to the connector: the
 * input is the server's side of one session (greeting, untagged and
 * tagged responses, literals), played from a loopback listener to the
 * real connector (connectors/imap/imap.c through libetpan), which
 * connects, logs in, selects, searches in UID ranges, fetches sizes and
 * bodies, flags what it took (after: flag) and waits in IDLE. An input whose first
 * line starts with '{' is the cursor the poll starts from (its
 * UIDVALIDITY decides whether the repair search runs); the rest is
 * the server's bytes. The server side sends them, then ends the stream
 * (FIN), reads what the client says until it closes, and answers any
 * reconnection by closing at once.
 *
 * Checks: poll returns 0 or one of the connector's documented codes
 * (never OD_ENOMEM for content); a cursor it sets is the connector's
 * own JSON form, read back to the same numbers; no more orders than the
 * batch allows. A broken invariant aborts. Runs in a second or less:
 * every read past the bytes sees end of stream at once.
 * FUZZ_IMAPWIRE_SHOW=1 prints what each poll gave (for writing seeds). */
#include <errno.h>
#include <netinet/in.h>
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

#include "config.h"
#include "connector.h"
#include "error.h"
#include "imap/imap.h"
#include "registry.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define MAX_ORDERS 50

static int listen_fd = -1;
static struct od_config *cfg;
static struct od_channel *chan;

struct server {
    const uint8_t *data;
    size_t len;
    atomic_bool stop;
};

/* A temporary configuration with one IMAP channel at our port. */
static int setup(void)
{
    char dir[] = "/tmp/fuzz-imapwire-XXXXXX", path[256], text[1024];
    struct sockaddr_in a = {.sin_family = AF_INET, .sin_addr.s_addr = htonl(INADDR_LOOPBACK)};
    socklen_t alen = sizeof(a);
    struct od_config_errors errs = {0};
    FILE *f;
    int rc;

    signal(SIGPIPE, SIG_IGN);
    listen_fd = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (listen_fd < 0 || bind(listen_fd, (struct sockaddr *)&a, sizeof(a)) != 0 ||
        listen(listen_fd, 8) != 0 || getsockname(listen_fd, (struct sockaddr *)&a, &alen) != 0)
        return -1;
    if (!mkdtemp(dir))
        return -1;
    snprintf(path, sizeof(path), "%s/password", dir);
    f = fopen(path, "w");
    if (!f)
        return -1;
    fputs("pw\n", f);
    fclose(f);
    chmod(path, 0600);
    snprintf(path, sizeof(path), "%s/orderd.yaml", dir);
    snprintf(text, sizeof(text),
             "database:\n  url: postgresql://fuzz@127.0.0.1:1/none\n"
             "channels_dir: channels.d\n");
    f = fopen(path, "w");
    if (!f)
        return -1;
    fputs(text, f);
    fclose(f);
    snprintf(path, sizeof(path), "%s/channels.d", dir);
    mkdir(path, 0700);
    snprintf(path, sizeof(path), "%s/channels.d/mail.yaml", dir);
    snprintf(text, sizeof(text),
             "name: mail\nkind: imap\nimap:\n  host: 127.0.0.1\n  port: %u\n"
             "  security: none\n  user: u\n  password: {file: ../password}\n"
             "  after: flag\n  idle: true\n  timeout: 1s\n  max_message_bytes: 1MiB\n",
             (unsigned)ntohs(a.sin_port));
    f = fopen(path, "w");
    if (!f)
        return -1;
    fputs(text, f);
    fclose(f);
    snprintf(path, sizeof(path), "%s/orderd.yaml", dir);
    rc = od_config_load(path, od_connectors, &cfg, &errs);
    for (size_t i = 0; i < errs.n; i++)
        fprintf(stderr, "fuzz_imapwire: %s\n", errs.msgs[i]);
    od_config_errors_free(&errs);
    /* read whole (the password too): the files go */
    unlink(path);
    snprintf(path, sizeof(path), "%s/channels.d/mail.yaml", dir);
    unlink(path);
    snprintf(path, sizeof(path), "%s/password", dir);
    unlink(path);
    snprintf(path, sizeof(path), "%s/channels.d", dir);
    rmdir(path);
    rmdir(dir);
    if (rc < 0)
        return -1;
    chan = od_config_channel(cfg, "mail");
    return chan ? 0 : -1;
}

/* Read and drop what the client sends until it closes. */
static void drain(int fd)
{
    char buf[4096];

    while (read(fd, buf, sizeof(buf)) > 0)
        ;
}

/* The first connection gets the input; later ones (a reconnect) get an
 * immediate close. Stops when the client side is done. */
static void *serve(void *arg)
{
    struct server *sv = arg;
    bool first = true;

    while (!atomic_load(&sv->stop)) {
        struct pollfd p = {.fd = listen_fd, .events = POLLIN};
        int fd;

        if (poll(&p, 1, 20) <= 0)
            continue;
        fd = accept(listen_fd, NULL, NULL);
        if (fd < 0)
            continue;
        if (first) {
            size_t off = 0;

            while (off < sv->len) {
                ssize_t n = send(fd, sv->data + off, sv->len - off, MSG_NOSIGNAL);

                if (n <= 0)
                    break;
                off += (size_t)n;
            }
            first = false;
        }
        shutdown(fd, SHUT_WR);
        drain(fd);
        close(fd);
    }
    return NULL;
}

static bool never(void *ud)
{
    (void)ud;
    return false;
}

static void check_cursor(const char *json)
{
    uint32_t v = 0, u = 0;
    char again[96];

    if (!json)
        return;
    imap_cursor_parse(json, &v, &u);
    snprintf(again, sizeof(again), "{\"uidvalidity\":%u,\"uid\":%u}", v, u);
    if (strcmp(again, json) != 0) {
        fprintf(stderr, "cursor '%s' reads back as '%s'\n", json, again);
        abort();
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static int ready;
    const struct od_connector *c;
    struct server sv = {.data = data, .len = size};
    struct od_cursor from = {NULL};
    struct od_batch b;
    char cursor[128];
    pthread_t th;
    void *st = NULL;
    int rc;

    if (!ready)
        ready = setup() == 0 ? 1 : -1;
    if (ready < 0)
        abort();
    if (size > 0 && data[0] == '{') {
        const uint8_t *nl = memchr(data, '\n', size);
        size_t n = nl ? (size_t)(nl - data) : size;

        if (n >= sizeof(cursor))
            n = sizeof(cursor) - 1;
        memcpy(cursor, data, n);
        cursor[n] = '\0';
        from.json = cursor;
        sv.data = nl ? nl + 1 : data + size;
        sv.len = size - (size_t)(sv.data - data);
    }
    c = chan->connector;
    if (pthread_create(&th, NULL, serve, &sv) != 0)
        abort();
    od_batch_init(&b, MAX_ORDERS);
    rc = c->open(chan, &st);
    if (rc == 0) {
        int wrc = 0;

        rc = c->poll(st, &from, &b);
        if (rc != 0 && rc != OD_EAGAIN && rc != OD_EIO && rc != OD_EAUTH) {
            fprintf(stderr, "poll returned %d: %s\n", rc, od_error_last());
            abort();
        }
        if (getenv("FUZZ_IMAPWIRE_SHOW"))
            fprintf(stderr, "poll: %d (%s), %zu orders, %zu dead letters, cursor %s\n", rc,
                    rc ? od_error_last() : "ok", b.n_orders, b.n_dead,
                    b.cursor ? b.cursor : "unchanged");
        if (rc == 0) {
            if (b.n_orders > MAX_ORDERS)
                abort();
            check_cursor(b.cursor);
            c->after_commit(st, &b);
            wrc = c->wait(st, 100, never, NULL);
            if (wrc != 0 && wrc != 1 && wrc != OD_EAGAIN && wrc != OD_EIO) {
                fprintf(stderr, "wait returned %d: %s\n", wrc, od_error_last());
                abort();
            }
            if (getenv("FUZZ_IMAPWIRE_SHOW"))
                fprintf(stderr, "wait: %d%s\n", wrc, wrc == 1 ? " (new mail)" : "");
        }
        c->close(st);
    }
    od_batch_free(&b);
    atomic_store(&sv.stop, true);
    pthread_join(th, NULL);
    return 0;
}
