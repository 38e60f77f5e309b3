/* orderctl reconcile: the platform's counts against the stored orders of
 * a channel, window by window, fetching again the windows that differ
 * (lib/reconcile.h, docs/operations.md#orderctl-reconcile). */
#ifndef ORDERCTL_RECON_H
#define ORDERCTL_RECON_H

struct od_config;
struct od_rules;
struct od_store;

struct reconcile_opts {
    const char *format; /* table | json */
    const char *since;  /* a date or time (display.timezone); required */
    const char *until;  /* the same, exclusive; NULL = now less the channel's lag */
};

/* Check the options: prints the problem and returns 2, or 0. */
int orderctl_reconcile_check(const struct reconcile_opts *o);

/* Exit 0 when every window matches after the run, 1 when one still
 * differs or the run failed, 2 for a channel that is not configured or
 * cannot count. */
int orderctl_reconcile(struct od_store *s, const struct od_config *cfg,
                       const struct od_rules *rules, const char *channel,
                       const struct reconcile_opts *o);

#endif
