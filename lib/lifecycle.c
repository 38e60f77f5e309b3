/* An order's life cycle (lifecycle.h; the table is in docs/audit.md). */
#include <string.h>

#include "lifecycle.h"

static bool status_is(const struct od_order *o, enum od_status a, enum od_status b)
{
    return o->status == a || o->status == b;
}

/* Without a rules file: reservations made under an earlier rules file
 * still end when the order does. The audit, with no rule, only holds
 * for doubts: a doubtful revision of an order the audit decided (or
 * approved by default) is held, and a revision of an order the audit
 * held, pending or rejected is audited again. */
static struct od_next without_rules(const struct od_stored *was, const struct od_order *o,
                                    bool approved, bool by_audit, bool doubts)
{
    struct od_next n = {0};
    bool gone = status_is(o, OD_STATUS_CANCELLED, OD_STATUS_REFUNDED);

    if (was->has_reservations && (gone || status_is(o, OD_STATUS_SHIPPED, OD_STATUS_COMPLETED)))
        n.release = gone ? "cancelled" : "fulfilled";
    if (by_audit && (doubts || (was->outcome && !approved))) {
        n.audit = true;
        if (was->has_reservations && !n.release)
            n.release = "reaudit";
    }
    return n;
}

struct od_next od_lifecycle_next(enum od_revision rev, const struct od_stored *was,
                                 const struct od_order *o, bool have_rules)
{
    struct od_next n = {0};
    bool approved = was->outcome && strcmp(was->outcome, "approved") == 0;
    bool by_audit = !was->decided_by || strcmp(was->decided_by, "audit") == 0;
    bool gone = status_is(o, OD_STATUS_CANCELLED, OD_STATUS_REFUNDED);
    bool doubts = o->extraction && o->extraction->n_doubts > 0;

    if (rev == OD_REV_NEW) {
        n.audit = have_rules || doubts;
        return n;
    }
    if (rev != OD_REV_NEWER)
        return n;
    if (!have_rules)
        return without_rules(was, o, approved, by_audit, doubts);
    if (approved && gone) {
        n.changed = true;
        n.release = "cancelled";
        return n;
    }
    if (gone) {
        if (was->has_reservations)
            n.release = "cancelled";
        n.audit = by_audit && was->outcome;
        return n;
    }
    if (approved && was->material) {
        n.changed = true;
        n.release = "changed";
        return n;
    }
    if (approved && doubts && by_audit) {
        /* the stored order is now the doubtful revision: held again */
        n.audit = true;
        if (was->has_reservations)
            n.release = "reaudit";
        return n;
    }
    if (approved) {
        if (was->has_reservations && status_is(o, OD_STATUS_SHIPPED, OD_STATUS_COMPLETED))
            n.release = "fulfilled";
        return n;
    }
    /* held, pending or rejected by the audit: a new revision is audited
     * again; a person's decision stays. */
    if (by_audit) {
        n.audit = true;
        if (was->has_reservations)
            n.release = "reaudit";
    }
    return n;
}
