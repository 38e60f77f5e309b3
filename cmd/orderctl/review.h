/* orderctl review and audit replay (docs/audit.md). Each returns an exit
 * code (OD_EXIT_*), having printed what went wrong. */
#ifndef ORDERCTL_REVIEW_H
#define ORDERCTL_REVIEW_H

#include <stdbool.h>

#include "rules.h"
#include "store.h"

struct review_opts {
    const char *format;  /* table | json (| csv for list) */
    const char *channel; /* NULL = all */
    long long limit;     /* 0 = no limit */
    const char *note;    /* approve --note */
    const char *reason;  /* reject --reason */
    bool force;          /* approve --force */
    const char *since;   /* replay --since */
    const char *rules;   /* replay --rules */
    /* replay: the channels' match_customer_by apply to --rules too;
     * approve, replay: a channel left out as broken is refused */
    const struct od_config *cfg;
    bool quiet; /* replay: no progress on stderr */
};

int orderctl_review_list(struct od_store *s, const struct review_opts *o);
int orderctl_review_show(struct od_store *s, const char *spec, const struct review_opts *o);
/* `rules`: the configured rules (NULL when none: approval then only
 * reserves nothing and records the decision). */
int orderctl_review_approve(struct od_store *s, const struct od_rules *rules, const char *spec,
                            const struct review_opts *o);
int orderctl_review_reject(struct od_store *s, const char *spec, const struct review_opts *o);
int orderctl_audit_replay(struct od_store *s, const struct review_opts *o);

/* Who is operating: the sudo caller, else the login name of the real
 * uid, else "uid N". */
const char *orderctl_actor(void);

#endif
