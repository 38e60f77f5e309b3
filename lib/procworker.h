/* A long-lived child process that serves requests one at a time over
 * pipes: for a reader that must be bounded in time and memory but runs too
 * often for a child per item (the mail reader, connectors/imap/mailworker.c:
 * one child per channel thread). The parent sends a request, waits for the
 * reply until a deadline, and kills the child when it passes (or when the
 * reply is too big); the next call starts a new child. The reply is only
 * bytes: the caller parses it as untrusted input.
 *
 * Frames on both pipes: u64 length (little-endian), then that many bytes.
 * Not thread-safe: one struct od_proc per thread. See
 * docs/email-extraction.md ("Reading in a child process"). */
#ifndef OD_PROCWORKER_H
#define OD_PROCWORKER_H

#include <stdbool.h>
#include <stddef.h>
#include <sys/types.h>

struct od_buf;

struct od_proc {
    const char *what;   /* names it in errors: "mail reader" */
    char *const *argv;  /* borrowed, NULL-terminated; argv[0] a path */
    char *const *envp;  /* borrowed, or NULL: this process's environment */
    pid_t pid;          /* -1 when no child runs */
    int to, from;       /* our ends of its stdin and stdout, -1 when none */
    unsigned long runs; /* children started so far */
};

/* How a call ended (when it returned 0). */
enum od_proc_end {
    OD_PROC_REPLIED,   /* the reply is in `reply`; the child goes on */
    OD_PROC_TIMED_OUT, /* killed at the deadline; reaped */
    OD_PROC_DIED,      /* it ended without a whole reply (crash, exit, a limit); reaped,
                        *ret_status is its wait status */
    OD_PROC_TOO_BIG,   /* its reply was longer than `reply` may hold: killed; reaped */
};

/* No child yet; the strings are borrowed and must outlive `p`. */
void od_proc_init(struct od_proc *p, const char *what, char *const *argv, char *const *envp);

/* Send head[0..hl) and data[0..len) as one request (starting a child when
 * none runs) and read the reply into `reply` (reset first; its toobig caps
 * it) until `seconds` of wall time have passed since the call began. 0 and
 * *end; OD_EIO (no child could be started) or OD_ENOMEM. */
int od_proc_call(struct od_proc *p, const void *head, size_t hl, const void *data, size_t len,
                 double seconds, struct od_buf *reply, enum od_proc_end *end, int *ret_status);

/* Reap the child if it has ended since the last call (killed from outside, say), so that
 * the next call starts a new one: p->pid is then -1. */
void od_proc_check(struct od_proc *p);

/* End the child, if any: close its stdin (it exits at the end of its input),
 * wait up to 1 s, then kill it; reap it. `p` can be used again. */
void od_proc_stop(struct od_proc *p);

/* The child's side: read requests from in_fd and answer each on out_fd
 * with what handle() appended to `reply` (empty for each request). handle()
 * returns 0 (go on), 1 (stop after this reply) or < 0 (stop without a
 * reply). A request longer than max_request stops it. Returns 0 at the end
 * of the input or after a 1, else 1: the exit status of the child. */
int od_proc_serve(int in_fd, int out_fd, size_t max_request,
                  int (*handle)(void *ud, const char *req, size_t len, struct od_buf *reply),
                  void *ud);

#endif
