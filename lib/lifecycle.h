/* An order's life cycle (docs/audit.md, "Life cycle"): what happens to
 * the stored order when a new revision of it arrives. The one place that
 * decides it. The batch's stage (`orderd_stage`) only reports facts about
 * the stored order: whether the revision is new, newer or not newer than
 * the stored one (the revision rule of docs/exactly-once.md), whether its
 * lines or address differ, its status, outcome and who decided it, and
 * whether it holds reservations. From those, this decides whether the
 * rules run, whether reservations are released first and why, and
 * whether an approved order goes back to review. Pure: no database, no
 * clock, no allocation. */
#ifndef OD_LIFECYCLE_H
#define OD_LIFECYCLE_H

#include <stdbool.h>

#include "model.h"

enum od_revision {
    OD_REV_NEW,   /* no stored order: it is inserted */
    OD_REV_NEWER, /* it replaces the stored order */
    OD_REV_STALE, /* not newer than the stored order: skipped */
};

/* The stored order as the stage found it (strings NULL for a new one). */
struct od_stored {
    const char *status;     /* normalized status name */
    const char *outcome;    /* approved | held | pending | rejected */
    const char *decided_by; /* "audit", or the person; NULL: the audit */
    bool material;          /* the revision changes its lines or address */
    bool has_reservations;  /* it holds stock reservations not released */
};

struct od_next {
    bool audit;          /* run the rules on the revision */
    bool changed;        /* an approved order changed: held again with
                            `changed_after_approval` (stop the shipment) */
    const char *release; /* release its reservations first, and why:
                            "cancelled", "fulfilled", "changed",
                            "reaudit"; NULL to keep them */
};

/* What happens to `revision` (the new state of the order) given what was
 * stored. `have_rules`: a rules file with at least one rule is loaded.
 * An order with extraction doubts is audited (held) even without rules:
 * it is never stored as a clean order. */
struct od_next od_lifecycle_next(enum od_revision rev, const struct od_stored *was,
                                 const struct od_order *revision, bool have_rules);

#endif
