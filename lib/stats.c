/* Stage timers: see stats.h. */
#include "stats.h"

#include <stdatomic.h>
#include <time.h>

static _Atomic uint64_t stage_ns[OD_STAGE_N];

static _Thread_local uint64_t thread_ns[OD_STAGE_N];

static const char *const names[OD_STAGE_N] = {"read", "parse", "audit", "database"};

uint64_t od_stats_now(void)
{
    struct timespec ts;

    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

void od_stats_add(enum od_stage stage, uint64_t ns)
{
    if ((unsigned)stage >= OD_STAGE_N)
        return;
    atomic_fetch_add_explicit(&stage_ns[stage], ns, memory_order_relaxed);
    thread_ns[stage] += ns;
}

uint64_t od_stats_lap(enum od_stage stage, uint64_t since)
{
    uint64_t now = od_stats_now();

    od_stats_add(stage, now > since ? now - since : 0);
    return now;
}

uint64_t od_stats_ns(enum od_stage stage)
{
    return (unsigned)stage < OD_STAGE_N
               ? atomic_load_explicit(&stage_ns[stage], memory_order_relaxed)
               : 0;
}

uint64_t od_stats_thread_ns(enum od_stage stage)
{
    return (unsigned)stage < OD_STAGE_N ? thread_ns[stage] : 0;
}

const char *od_stats_name(enum od_stage stage)
{
    return (unsigned)stage < OD_STAGE_N ? names[stage] : "?";
}

/* Distinct statuses one thread keeps between two takes; more fall
 * under -1 ("other"). A poll meets a handful. */
#define HTTP_SLOTS 16

static _Thread_local struct od_stats_status thread_http[HTTP_SLOTS + 1];
static _Thread_local size_t thread_http_n;
static _Thread_local uint64_t thread_messages;

void od_stats_http(long status)
{
    size_t i;

    for (i = 0; i < thread_http_n; i++) {
        if (thread_http[i].status == status) {
            thread_http[i].n++;
            return;
        }
    }
    if (thread_http_n < HTTP_SLOTS) {
        thread_http[thread_http_n].status = status;
        thread_http[thread_http_n].n = 1;
        thread_http_n++;
        return;
    }
    thread_http[HTTP_SLOTS].status = -1;
    thread_http[HTTP_SLOTS].n++;
}

size_t od_stats_take_http(struct od_stats_status *out, size_t max)
{
    size_t n = 0;

    for (size_t i = 0; i <= HTTP_SLOTS; i++) {
        if (i == HTTP_SLOTS ? thread_http[i].n == 0 : i >= thread_http_n)
            continue;
        if (n < max)
            out[n++] = thread_http[i];
        thread_http[i].n = 0;
    }
    thread_http_n = 0;
    return n;
}

void od_stats_message(void)
{
    thread_messages++;
}

uint64_t od_stats_take_messages(void)
{
    uint64_t n = thread_messages;

    thread_messages = 0;
    return n;
}
