/* orderd under a service manager: READY/RELOADING/STOPPING, a STATUS
 * line and watchdog pings through lib/notify (sd_notify's protocol).
 * Everything here is a no-op without $NOTIFY_SOCKET. Main thread only. */
#ifndef OD_SERVICE_H
#define OD_SERVICE_H

#include <stdbool.h>
#include <stdint.h>

#include "metrics.h"
#include "scheduler.h"

struct od_service {
    bool on;              /* $NOTIFY_SOCKET is set */
    bool ready;           /* READY=1 sent for the running scheduler */
    bool stalled;         /* pings withheld (logged once per stall) */
    uint64_t watchdog_us; /* $WATCHDOG_USEC, 0 without a watchdog */
    uint64_t next_ping_us, next_status_us;
    struct od_metrics *metrics; /* the process's counters (borrowed) */
    char status[256];           /* the last STATUS= sent */
};

/* `metrics`: where the STATUS line's counts come from (they go on
 * across reloads there); borrowed until the service is done. */
void od_service_init(struct od_service *sv, struct od_metrics *metrics);

/* How long the main loop may sleep between ticks, in milliseconds. */
long od_service_tick_ms(const struct od_service *sv);

/* Called every tick: READY=1 once a worker has reached the database at
 * the expected schema (at once with no worker), STATUS= when it
 * changes (at most every 2 s), and WATCHDOG=1 every half interval while
 * no poll, batch or re-audit has run for longer than the interval. */
void od_service_tick(struct od_service *sv, struct od_scheduler *sched);

/* SIGHUP: RELOADING=1 with MONOTONIC_USEC, before the new configuration
 * is read. */
void od_service_reloading(struct od_service *sv);

/* After a reload, taken or refused: READY=1 again. */
void od_service_reloaded(struct od_service *sv);

/* SIGTERM/SIGINT: STOPPING=1. */
void od_service_stopping(struct od_service *sv);

#endif
