#include "notify.h"

#include <errno.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <time.h>
#include <unistd.h>

#include "error.h"

bool od_notify_enabled(void)
{
    const char *path = getenv("NOTIFY_SOCKET");

    return path && (path[0] == '/' || path[0] == '@') && path[1] != '\0';
}

int od_notify(const char *state)
{
    const char *path = getenv("NOTIFY_SOCKET");
    struct sockaddr_un sa = {.sun_family = AF_UNIX};
    size_t plen, alen;
    int fd, rc = 0;

    if (!od_notify_enabled())
        return 0;
    plen = strlen(path);
    if (plen >= sizeof(sa.sun_path))
        return od_error_set(OD_EINVAL, "NOTIFY_SOCKET is longer than a socket path");
    memcpy(sa.sun_path, path, plen);
    alen = offsetof(struct sockaddr_un, sun_path) + plen;
    if (path[0] == '@')
        sa.sun_path[0] = '\0'; /* an abstract socket: no terminating NUL in the length */
    else
        alen++;
    fd = socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return od_error_set(OD_EIO, "cannot open a socket to notify the service manager: %s",
                            strerror(errno));
    if (sendto(fd, state, strlen(state), MSG_NOSIGNAL, (const struct sockaddr *)&sa,
               (socklen_t)alen) < 0)
        rc = od_error_set(OD_EIO, "cannot notify the service manager at %s: %s", path,
                          strerror(errno));
    close(fd);
    return rc;
}

/* A decimal number with nothing after it; false otherwise. */
static bool parse_u64(const char *s, uint64_t *out)
{
    char *end;
    unsigned long long v;

    if (!s || *s < '0' || *s > '9')
        return false;
    errno = 0;
    v = strtoull(s, &end, 10);
    if (errno || *end)
        return false;
    *out = v;
    return true;
}

uint64_t od_notify_watchdog_usec(void)
{
    uint64_t usec = 0, pid = 0;
    const char *p = getenv("WATCHDOG_PID");

    if (!parse_u64(getenv("WATCHDOG_USEC"), &usec))
        return 0;
    /* The variables may be inherited by a child they were not meant for. */
    if (p && (!parse_u64(p, &pid) || pid != (uint64_t)getpid()))
        return 0;
    return usec;
}

uint64_t od_notify_monotonic_usec(void)
{
    struct timespec ts;

    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000u + (uint64_t)ts.tv_nsec / 1000u;
}
