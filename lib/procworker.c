/* A long-lived child serving requests over pipes: see procworker.h. */
#include "procworker.h"

#include <errno.h>
#include <limits.h>
#include <math.h>
#include <poll.h>
#include <signal.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "buf.h"
#include "error.h"
#include "procspawn.h"

#define IO_CHUNK    65536
#define POLL_MAX_MS 60000

void od_proc_init(struct od_proc *p, const char *what, char *const *argv, char *const *envp)
{
    *p =
        (struct od_proc){.what = what, .argv = argv, .envp = envp, .pid = -1, .to = -1, .from = -1};
}

/* Kill (when asked) and reap the child; *status its wait status. */
static void reap(struct od_proc *p, bool kill_it, int *status)
{
    int st = 0;

    od_spawn_close(&p->to);
    od_spawn_close(&p->from);
    if (p->pid < 0)
        return;
    if (kill_it)
        kill(p->pid, SIGKILL); /* ours and not reaped yet: the pid cannot be someone else's */
    while (waitpid(p->pid, &st, 0) < 0 && errno == EINTR)
        ;
    p->pid = -1;
    if (status)
        *status = st;
}

void od_proc_check(struct od_proc *p)
{
    int st;

    if (p->pid >= 0 && waitpid(p->pid, &st, WNOHANG) == p->pid) {
        p->pid = -1;
        reap(p, false, NULL);
    }
}

void od_proc_stop(struct od_proc *p)
{
    double deadline = od_spawn_now() + 1.0;
    struct timespec nap = {0, 1000000};
    int st;

    if (p->pid < 0) {
        reap(p, false, NULL);
        return;
    }
    od_spawn_close(&p->to); /* the end of its input: it exits */
    while (od_spawn_now() < deadline) {
        pid_t r = waitpid(p->pid, &st, WNOHANG);

        if (r == p->pid || (r < 0 && errno != EINTR)) {
            p->pid = -1;
            break;
        }
        nanosleep(&nap, NULL);
        if (nap.tv_nsec < 32000000)
            nap.tv_nsec *= 2;
    }
    reap(p, true, NULL);
}

int od_proc_call(struct od_proc *p, const void *head, size_t hl, const void *data, size_t len,
                 double seconds, struct od_buf *reply, enum od_proc_end *end, int *ret_status)
{
    double deadline = od_spawn_now() + seconds;
    unsigned char frame[8], rhead[8];
    size_t sent = 0, total = 8 + hl + len, got_head = 0;
    uint64_t want = 0;
    struct od_sigpipe_guard guard;
    int rc = 0;

    *ret_status = 0;
    od_buf_reset(reply);
    if (p->pid < 0) {
        rc = od_spawn(p->what, p->argv, p->envp, &p->pid, &p->to, &p->from);
        if (rc < 0)
            return rc;
        p->runs++;
    }
    od_le_put(frame, (uint64_t)(hl + len), 8);
    od_sigpipe_block(&guard);
    for (;;) {
        struct pollfd pf[2] = {{.fd = p->from, .events = POLLIN}, {.fd = p->to, .events = POLLOUT}};
        double left = deadline - od_spawn_now();
        int ms = left > POLL_MAX_MS / 1000.0 ? POLL_MAX_MS : (int)ceil(left * 1000);
        bool writing = sent < total && p->to >= 0;
        int n;

        if (left <= 0) {
            *end = OD_PROC_TIMED_OUT;
            reap(p, true, NULL);
            break;
        }
        n = poll(pf, writing ? 2 : 1, ms);
        if (n < 0 && errno != EINTR) {
            *end = OD_PROC_DIED; /* cannot wait for it: no reply */
            reap(p, true, ret_status);
            break;
        }
        if (n <= 0)
            continue;
        if (writing && pf[1].revents) {
            const char *at;
            size_t k;
            ssize_t w;

            if (sent < 8) {
                at = (const char *)frame + sent;
                k = 8 - sent;
            } else if (sent < 8 + hl) {
                at = (const char *)head + (sent - 8);
                k = 8 + hl - sent;
            } else {
                at = (const char *)data + (sent - 8 - hl);
                k = total - sent;
            }
            w = write(p->to, at, k < IO_CHUNK ? k : IO_CHUNK);
            if (w > 0)
                sent += (size_t)w;
            else if (w < 0 && errno != EAGAIN && errno != EINTR)
                od_spawn_close(&p->to); /* EPIPE: it stopped reading; it will end */
        }
        if (pf[0].revents) {
            char chunk[IO_CHUNK];
            size_t room = got_head < 8 ? 8 - got_head : (size_t)(want - reply->len);
            ssize_t k = read(p->from, chunk, room < sizeof(chunk) ? room : sizeof(chunk));

            if (k == 0 || (k < 0 && errno != EAGAIN && errno != EINTR)) {
                *end = OD_PROC_DIED;
                reap(p, false, ret_status);
                break;
            }
            if (k < 0)
                continue;
            if (got_head < 8) {
                memcpy(rhead + got_head, chunk, (size_t)k);
                got_head += (size_t)k;
                if (got_head == 8) {
                    want = od_le_get(rhead, 8);
                    if (want >= reply->toobig) {
                        *end = OD_PROC_TOO_BIG;
                        reap(p, true, NULL);
                        break;
                    }
                }
            } else if ((rc = od_buf_add(reply, chunk, (size_t)k)) < 0) {
                *end = OD_PROC_TOO_BIG;
                reap(p, true, NULL);
                break;
            }
            if (got_head == 8 && reply->len == want) {
                if (sent < total) { /* it answered before reading all: not a reply */
                    *end = OD_PROC_DIED;
                    reap(p, true, ret_status);
                    break;
                }
                *end = OD_PROC_REPLIED;
                break;
            }
        }
    }
    od_sigpipe_restore(&guard);
    return rc == OD_ENOMEM ? rc : 0;
}

/* --- the child's side ----------------------------------------------------- */

int od_proc_serve(int in_fd, int out_fd, size_t max_request,
                  int (*handle)(void *ud, const char *req, size_t len, struct od_buf *reply),
                  void *ud)
{
    struct od_buf reply;
    char *req = NULL;
    int status = 1;

    od_buf_init(&reply, SIZE_MAX / 2);
    for (;;) {
        unsigned char h[8];
        uint64_t n;
        int r = od_spawn_read_all(in_fd, h, sizeof(h)), rc;

        if (r == 0) {
            status = 0;
            break;
        }
        if (r < 0 || (n = od_le_get(h, 8)) > max_request || !(req = malloc((size_t)n + 1)) ||
            (n && od_spawn_read_all(in_fd, req, (size_t)n) != 1))
            break;
        req[n] = '\0';
        od_buf_reset(&reply);
        rc = handle(ud, req, (size_t)n, &reply);
        free(req);
        req = NULL;
        if (rc < 0)
            break;
        od_le_put(h, reply.len, 8);
        if (od_spawn_write_all(out_fd, h, sizeof(h)) < 0 ||
            od_spawn_write_all(out_fd, reply.data, reply.len) < 0)
            break;
        if (rc == 1) {
            status = 0;
            break;
        }
    }
    free(req);
    od_buf_free(&reply);
    return status;
}
