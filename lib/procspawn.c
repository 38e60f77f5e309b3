/* Children with pipes, for the readers that run in a child process (docworker.c,
 * procworker.c): see procspawn.h. */
#include "procspawn.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <pthread.h>
#include <signal.h>
#include <spawn.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "error.h"

extern char **environ;

void od_strv_free(char **v)
{
    if (!v)
        return;
    for (size_t i = 0; v[i]; i++)
        free(v[i]);
    free(v);
}

char **od_strv_copy(const char *const *v)
{
    char **copy;
    size_t n = 0;

    while (v[n])
        n++;
    copy = calloc(n + 1, sizeof(*copy));
    if (!copy)
        return NULL;
    for (size_t i = 0; i < n; i++) {
        copy[i] = strdup(v[i]);
        if (!copy[i]) {
            od_strv_free(copy);
            return NULL;
        }
    }
    return copy;
}

int od_spawn_command(const char *what, const char *const argv[], char ***argv_out, char ***env_out)
{
    static const char *const no_env[] = {NULL};
    char **copy = NULL, **env = NULL;

    if (argv) {
        if (!argv[0] || !argv[0][0])
            return od_error_set(OD_EINVAL, "%s: no command", what);
        copy = od_strv_copy(argv);
        env = od_strv_copy(environ ? (const char *const *)environ : no_env);
        if (!copy || !env) {
            od_strv_free(copy);
            od_strv_free(env);
            return od_error_set(OD_ENOMEM, "out of memory");
        }
    }
    od_strv_free(*argv_out);
    od_strv_free(*env_out);
    *argv_out = copy;
    *env_out = env;
    return 0;
}

int od_spawn_write_all(int fd, const void *buf, size_t n)
{
    const char *p = buf;

    while (n > 0) {
        ssize_t k = write(fd, p, n > INT_MAX ? INT_MAX : n);

        if (k < 0 && errno == EINTR)
            continue;
        if (k <= 0)
            return -1;
        p += k;
        n -= (size_t)k;
    }
    return 0;
}

int od_spawn_read_all(int fd, void *buf, size_t n)
{
    char *b = buf;
    size_t got = 0;

    while (got < n) {
        ssize_t k = read(fd, b + got, n - got > INT_MAX ? INT_MAX : n - got);

        if (k < 0 && errno == EINTR)
            continue;
        if (k == 0 && got == 0)
            return 0;
        if (k <= 0)
            return -1;
        got += (size_t)k;
    }
    return 1;
}

double od_spawn_now(void)
{
    struct timespec t;

    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

void od_spawn_close(int *fd)
{
    if (*fd >= 0)
        close(*fd);
    *fd = -1;
}

/* Move *fd above stderr, so that the child's dup2 onto 0 and 1 cannot clobber it (the
 * caller may run with stdin or stdout closed). */
static int above_stdio(int *fd)
{
    int moved;

    if (*fd > 2)
        return 0;
    moved = fcntl(*fd, F_DUPFD_CLOEXEC, 3);
    if (moved < 0)
        return -1;
    close(*fd);
    *fd = moved;
    return 0;
}

static int start_error(const char *what, char *const *argv, int err)
{
    return od_error_set(OD_EIO, "cannot start the %s %s: %s", what, argv[0], strerror(err));
}

int od_spawn(const char *what, char *const *argv, char *const *envp, pid_t *pid, int *to, int *from)
{
    int in[2] = {-1, -1}, out[2] = {-1, -1};
    posix_spawn_file_actions_t fa;
    posix_spawnattr_t at;
    bool fa_ok = false, at_ok = false;
    sigset_t none, all;
    int err = 0, rc = 0;

    if (pipe2(in, O_CLOEXEC) < 0 || pipe2(out, O_CLOEXEC) < 0 || above_stdio(&in[0]) < 0 ||
        above_stdio(&in[1]) < 0 || above_stdio(&out[0]) < 0 || above_stdio(&out[1]) < 0 ||
        fcntl(in[1], F_SETFL, O_NONBLOCK) < 0 || fcntl(out[0], F_SETFL, O_NONBLOCK) < 0) {
        rc = start_error(what, argv, errno);
        goto out;
    }
    if ((err = posix_spawn_file_actions_init(&fa)) != 0)
        goto fail;
    fa_ok = true;
    if ((err = posix_spawnattr_init(&at)) != 0)
        goto fail;
    at_ok = true;
    sigemptyset(&none);
    sigfillset(&all);
    /* dup2 clears O_CLOEXEC on 0 and 1; everything above 2 is closed */
    if ((err = posix_spawn_file_actions_adddup2(&fa, in[0], 0)) != 0 ||
        (err = posix_spawn_file_actions_adddup2(&fa, out[1], 1)) != 0 ||
        (err = posix_spawn_file_actions_addopen(&fa, 2, "/dev/null", O_WRONLY, 0)) != 0 ||
#ifdef HAVE_CLOSEFROM_NP
        (err = posix_spawn_file_actions_addclosefrom_np(&fa, 3)) != 0 ||
#endif
        (err = posix_spawnattr_setsigmask(&at, &none)) != 0 ||
        (err = posix_spawnattr_setsigdefault(&at, &all)) != 0 ||
        (err = posix_spawnattr_setflags(&at, POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF)) !=
            0 ||
        (err = posix_spawn(pid, argv[0], &fa, &at, argv, envp ? envp : environ)) != 0)
        goto fail;
    *to = in[1];
    in[1] = -1;
    *from = out[0];
    out[0] = -1;
    goto out;
fail:
    rc = start_error(what, argv, err);
out:
    if (at_ok)
        posix_spawnattr_destroy(&at);
    if (fa_ok)
        posix_spawn_file_actions_destroy(&fa);
    od_spawn_close(&in[0]);
    od_spawn_close(&in[1]);
    od_spawn_close(&out[0]);
    od_spawn_close(&out[1]);
    return rc;
}

void od_sigpipe_block(struct od_sigpipe_guard *g)
{
    sigset_t pipe_set, pending;

    sigemptyset(&pipe_set);
    sigaddset(&pipe_set, SIGPIPE);
    pthread_sigmask(SIG_BLOCK, &pipe_set, &g->old);
    sigpending(&pending);
    g->was_pending = sigismember(&pending, SIGPIPE) == 1;
}

void od_sigpipe_restore(const struct od_sigpipe_guard *g)
{
    sigset_t pipe_set, pending;

    sigemptyset(&pipe_set);
    sigaddset(&pipe_set, SIGPIPE);
    sigpending(&pending);
    if (!g->was_pending && sigismember(&pending, SIGPIPE) == 1) {
        const struct timespec zero = {0, 0};

        while (sigtimedwait(&pipe_set, NULL, &zero) < 0 && errno == EINTR)
            ;
    }
    pthread_sigmask(SIG_SETMASK, &g->old, NULL);
}
