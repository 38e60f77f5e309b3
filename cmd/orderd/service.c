#include "service.h"

#include <inttypes.h>
#include <stdio.h>
#include <string.h>

#include "error.h"
#include "log.h"
#include "notify.h"

#define STATUS_EVERY_US 2000000u
#define TICK_MAX_MS     200

/* A failed notification is logged, never fatal: the manager's own
 * timeouts then say what went wrong. */
static void send(const char *state)
{
    if (od_notify(state) < 0)
        od_log(OD_LOG_WARN, NULL, NULL, "%s", od_error_last());
}

void od_service_init(struct od_service *sv, struct od_metrics *metrics)
{
    memset(sv, 0, sizeof(*sv));
    sv->metrics = metrics;
    sv->on = od_notify_enabled();
    if (sv->on)
        sv->watchdog_us = od_notify_watchdog_usec();
}

long od_service_tick_ms(const struct od_service *sv)
{
    long ms = TICK_MAX_MS;

    /* at least four ticks per watchdog interval, so pings come at half */
    if (sv->watchdog_us && (long)(sv->watchdog_us / 4000) < ms)
        ms = sv->watchdog_us / 4000 > 10 ? (long)(sv->watchdog_us / 4000) : 10;
    return ms;
}

static void status_line(const struct od_service *sv, const struct od_sched_summary *sum, char *buf,
                        size_t len)
{
    struct od_metrics_totals all;

    od_metrics_totals(sv->metrics, &all);
    if (!sv->ready) {
        snprintf(buf, len, "STATUS=waiting for the database (%zu channel%s)", sum->channels,
                 sum->channels == 1 ? "" : "s");
        return;
    }
    snprintf(buf, len,
             "STATUS=%zu channel%s: %zu up, %zu failing; %" PRIu64 " new and %" PRIu64
             " updated orders, %" PRIu64 " dead letter%s since start",
             sum->channels, sum->channels == 1 ? "" : "s", sum->up, sum->failing, all.orders_new,
             all.orders_updated, all.dead_letters, all.dead_letters == 1 ? "" : "s");
}

void od_service_tick(struct od_service *sv, struct od_scheduler *sched)
{
    struct od_sched_summary sum;
    uint64_t now;
    char line[sizeof(sv->status)], msg[sizeof(line) + 16];

    if (!sv->on)
        return;
    now = od_notify_monotonic_usec();
    od_scheduler_summary(sched, &sum);
    if (!sv->ready && (sum.db_ok || sum.workers == 0)) {
        sv->ready = true;
        status_line(sv, &sum, line, sizeof(line));
        snprintf(msg, sizeof(msg), "READY=1\n%s", line);
        send(msg);
        snprintf(sv->status, sizeof(sv->status), "%s", line);
        sv->next_status_us = now + STATUS_EVERY_US;
    }
    if (now >= sv->next_status_us) {
        status_line(sv, &sum, line, sizeof(line));
        if (strcmp(line, sv->status) != 0) {
            send(line);
            snprintf(sv->status, sizeof(sv->status), "%s", line);
        }
        sv->next_status_us = now + STATUS_EVERY_US;
    }
    if (sv->watchdog_us && now >= sv->next_ping_us) {
        /* A poll, batch or re-audit running for longer than the whole
         * interval is taken as hung: no ping, and the manager restarts
         * orderd (the open transaction rolls back; nothing is lost). */
        if (sum.longest_busy_ns / 1000 > sv->watchdog_us) {
            if (!sv->stalled)
                od_log(OD_LOG_ERROR, NULL, NULL,
                       "%s has been working for %" PRIu64
                       " s, longer than the watchdog interval: not telling the service manager "
                       "that orderd is alive",
                       sum.busiest ? sum.busiest : "a worker", sum.longest_busy_ns / 1000000000u);
            sv->stalled = true;
        } else {
            if (sv->stalled)
                od_log(OD_LOG_INFO, NULL, NULL, "workers are moving again; watchdog pings resume");
            sv->stalled = false;
            send("WATCHDOG=1");
        }
        sv->next_ping_us = now + sv->watchdog_us / 2;
    }
}

void od_service_reloading(struct od_service *sv)
{
    char msg[64];

    if (!sv->on)
        return;
    snprintf(msg, sizeof(msg), "RELOADING=1\nMONOTONIC_USEC=%" PRIu64, od_notify_monotonic_usec());
    send(msg);
}

void od_service_reloaded(struct od_service *sv)
{
    if (!sv->on)
        return;
    send("READY=1");
    sv->next_status_us = 0; /* the new scheduler's STATUS at the next tick */
    sv->status[0] = '\0';
}

void od_service_stopping(struct od_service *sv)
{
    if (sv->on)
        send("STOPPING=1\nSTATUS=stopping: finishing the batches in flight");
}
