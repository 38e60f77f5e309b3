/* The service manager's notification protocol (sd_notify(3)): one
 * datagram of "KEY=VALUE" lines to the AF_UNIX socket named by
 * $NOTIFY_SOCKET, written here from the documented protocol rather
 * than linking libsystemd for one sendto().
 *
 * Without $NOTIFY_SOCKET every call does nothing and returns 0, so
 * orderd behaves the same outside systemd. */
#ifndef OD_NOTIFY_H
#define OD_NOTIFY_H

#include <stdbool.h>
#include <stdint.h>

/* true when $NOTIFY_SOCKET names a socket to notify. */
bool od_notify_enabled(void);

/* Send `state` (e.g. "READY=1\nSTATUS=…"). 0 when sent or when there is
 * no socket; OD_EIO (with detail) when the socket refuses it. */
int od_notify(const char *state);

/* The watchdog interval the manager expects pings within, from
 * $WATCHDOG_USEC when $WATCHDOG_PID is unset or names this process;
 * 0 when there is no watchdog (or the values are not numbers). */
uint64_t od_notify_watchdog_usec(void);

/* CLOCK_MONOTONIC in microseconds, for "MONOTONIC_USEC=" on reload. */
uint64_t od_notify_monotonic_usec(void);

#endif
