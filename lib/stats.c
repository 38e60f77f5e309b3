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
