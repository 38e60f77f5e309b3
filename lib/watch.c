/* LISTEN and wait (watch.h). */
#include "watch.h"

#include <errno.h>
#include <libpq-fe.h>
#include <poll.h>
#include <stdlib.h>
#include <string.h>

#include "error.h"
#include "store.h"
#include "store_int.h"

struct od_watch {
    struct od_store *store;
};

int od_watch_open(const char *url, const char *channel, struct od_watch **out)
{
    struct od_watch *w = calloc(1, sizeof(*w));
    PGconn *c;
    PGresult *r = NULL;
    char *ident = NULL, *sql = NULL;
    size_t n;
    int rc;

    if (!w)
        return od_error_set(OD_ENOMEM, "out of memory");
    rc = od_store_connect(url, &w->store);
    if (rc < 0)
        goto out;
    c = od_store_conn(w->store);
    ident = PQescapeIdentifier(c, channel, strlen(channel));
    if (!ident) {
        rc = od_error_set(OD_ENOMEM, "out of memory");
        goto out;
    }
    n = strlen(ident) + sizeof("LISTEN ");
    sql = malloc(n);
    if (!sql) {
        rc = od_error_set(OD_ENOMEM, "out of memory");
        goto out;
    }
    memcpy(sql, "LISTEN ", 7);
    memcpy(sql + 7, ident, n - 7);
    r = PQexec(c, sql);
    if (PQresultStatus(r) != PGRES_COMMAND_OK) {
        rc = od_store_db_error(c, r, "cannot LISTEN");
        goto out;
    }
    *out = w;
    w = NULL;
out:
    PQclear(r);
    free(sql);
    if (ident)
        PQfreemem(ident);
    od_watch_close(w);
    return rc;
}

int od_watch_wait(struct od_watch *w, int timeout_ms, int wake_fd, int *count)
{
    PGconn *c = od_store_conn(w->store);
    struct pollfd fds[2] = {{.fd = PQsocket(c), .events = POLLIN},
                            {.fd = wake_fd, .events = POLLIN}};
    PGnotify *n;
    int got;

    *count = 0;
    if (fds[0].fd < 0)
        return od_error_set(OD_EDB, "the listening connection is closed");
    got = poll(fds, wake_fd >= 0 ? 2 : 1, timeout_ms);
    if (got < 0 && errno != EINTR)
        return od_error_set(OD_EIO, "poll: %s", strerror(errno));
    if (got > 0 && fds[0].revents) {
        if (!PQconsumeInput(c))
            return od_store_db_error(c, NULL, "the listening connection broke");
    }
    while ((n = PQnotifies(c)) != NULL) {
        (*count)++;
        PQfreemem(n);
    }
    return 0;
}

void od_watch_close(struct od_watch *w)
{
    if (!w)
        return;
    od_store_close(w->store);
    free(w);
}
