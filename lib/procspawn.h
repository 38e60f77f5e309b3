/* Children with pipes for the readers that run in a child process: the
 * document worker (docworker.c, one child per document) and the long-lived
 * workers (procworker.h, one child per channel thread). The caller may be
 * one thread among many: posix_spawn, never fork; every descriptor made here
 * is O_CLOEXEC and the child closes everything above stderr. */
#ifndef OD_PROCSPAWN_H
#define OD_PROCSPAWN_H

#include <signal.h>
#include <stdbool.h>
#include <sys/types.h>

/* A deep copy of the NULL-terminated v (free with od_strv_free), or NULL. */
char **od_strv_copy(const char *const *v);
/* Free a copy; accepts NULL. */
void od_strv_free(char **v);

/* Register the command of a reader's child (docworker.c, mailworker.c):
 * copies of argv (NULL-terminated, argv[0] a path) and of the environment
 * as it is now replace *argv_out and *env_out (the old copies freed);
 * argv NULL clears both (read in-process). The copy of the environment is
 * taken at start-up, before any thread, because glibc's setenv may move the
 * array while another thread reads it. `what` names the reader in the
 * error ("document worker"). 0, OD_EINVAL or OD_ENOMEM. */
int od_spawn_command(const char *what, const char *const argv[], char ***argv_out, char ***env_out);

/* In a child: write all n bytes to a blocking fd (retried on EINTR).
 * 0, or -1 when the write fails (the parent has gone). */
int od_spawn_write_all(int fd, const void *buf, size_t n);

/* In a child: read exactly n bytes from a blocking fd (retried on EINTR).
 * 1 when all n were read, 0 when the input ended before the first byte
 * (the parent closed the pipe between requests), -1 when it ended inside
 * them or the read failed. */
int od_spawn_read_all(int fd, void *buf, size_t n);

/* CLOCK_MONOTONIC in seconds. */
double od_spawn_now(void);

/* Close *fd when >= 0 and set it to -1. */
void od_spawn_close(int *fd);

/* Start argv (argv[0] a path, not searched) with envp (NULL: this process's
 * environment) with pipes for its stdin and stdout and /dev/null as stderr,
 * every signal at its default and none blocked. *to (its stdin) and *from
 * (its stdout) are ours, non-blocking, O_CLOEXEC and above stderr. `what`
 * names the reader in the error ("PDF reader"). 0 or OD_EIO. */
int od_spawn(const char *what, char *const *argv, char *const *envp, pid_t *pid, int *to,
             int *from);

/* SIGPIPE, raised in the writing thread when a child no longer reads, is
 * blocked in this thread while it writes to a child, and one raised then is
 * taken before unblocking. */
struct od_sigpipe_guard {
    sigset_t old;
    bool was_pending;
};

void od_sigpipe_block(struct od_sigpipe_guard *g);
void od_sigpipe_restore(const struct od_sigpipe_guard *g);

#endif
