/* The channel scheduler of orderd: one thread per enabled channel, each
 * with its own database connection, so a slow or failing channel never
 * delays another. */
#ifndef OD_SCHEDULER_H
#define OD_SCHEDULER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "config.h"

struct od_scheduler;

/* Start one worker per channel in `names` (all enabled channels when
 * n_names is 0). `once`: poll each channel until it has nothing new,
 * then the worker ends. With rules, new orders are audited and one more
 * worker re-audits pending orders when due. Each channel's polls and
 * batches are counted in `metrics` (may be NULL). The config, the rules
 * and the metrics are borrowed until od_scheduler_free. */
struct od_rules;
struct od_metrics;
int od_scheduler_start(const struct od_config *cfg, const struct od_rules *rules,
                       struct od_metrics *metrics, const char *const *names, size_t n_names,
                       bool once, struct od_scheduler **out);

/* Ask every worker to stop after the batch in flight. */
void od_scheduler_stop(struct od_scheduler *s);

/* true when every worker has ended. */
bool od_scheduler_done(struct od_scheduler *s);

/* Wait for the workers up to timeout_ms; true when all ended. */
bool od_scheduler_join(struct od_scheduler *s, long timeout_ms);

/* What the workers are doing, for the service manager's STATUS= line
 * and watchdog. Any thread may ask while the scheduler runs. */
struct od_sched_summary {
    bool db_ok;               /* a worker has reached the database at the expected schema */
    size_t workers;           /* threads started: channels plus the re-audit */
    size_t channels;          /* channel workers started */
    size_t up, failing;       /* by their last poll (a channel not yet polled is neither) */
    uint64_t longest_busy_ns; /* the oldest poll, batch or recheck still running; 0 when none */
    const char *busiest;      /* its channel name ("recheck" for the re-audit), or NULL */
};
void od_scheduler_summary(struct od_scheduler *s, struct od_sched_summary *out);

/* Number of workers whose last poll failed (for --once's exit code). */
size_t od_scheduler_failures(const struct od_scheduler *s);

/* Free after a successful join. */
void od_scheduler_free(struct od_scheduler *s);

#endif
