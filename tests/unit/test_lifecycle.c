/* lib/lifecycle: the life-cycle table of docs/audit.md, row by row, with
 * and without a rules file, and the rows a person's decision changes. */
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "lifecycle.h"

#define NONE NULL

struct row {
    const char *what;
    enum od_revision rev;
    const char *outcome, *decided_by; /* the stored order */
    bool material, reserved;
    enum od_status status; /* the revision */
    bool doubts, rules;
    bool audit, changed; /* what must happen */
    const char *release;
};

static const struct row rows[] = {
    /* new orders */
    {"new, rules", OD_REV_NEW, NONE, NONE, false, false, OD_STATUS_PAID, false, true, true, false,
     NONE},
    {"new, no rules", OD_REV_NEW, NONE, NONE, false, false, OD_STATUS_PAID, false, false, false,
     false, NONE},
    {"new with doubts, no rules", OD_REV_NEW, NONE, NONE, false, false, OD_STATUS_PAID, true, false,
     true, false, NONE},
    /* a revision not newer than the stored one changes nothing */
    {"stale", OD_REV_STALE, "held", "audit", true, true, OD_STATUS_CANCELLED, true, true, false,
     false, NONE},
    /* approved, then cancelled or refunded: back to review */
    {"approved, cancelled", OD_REV_NEWER, "approved", "audit", false, true, OD_STATUS_CANCELLED,
     false, true, false, true, "cancelled"},
    {"approved by a person, refunded", OD_REV_NEWER, "approved", "clerk", false, false,
     OD_STATUS_REFUNDED, false, true, false, true, "cancelled"},
    /* approved, then its lines or address change */
    {"approved, material change", OD_REV_NEWER, "approved", "audit", true, true, OD_STATUS_PAID,
     false, true, false, true, "changed"},
    /* approved, then shipped or completed */
    {"approved, shipped", OD_REV_NEWER, "approved", "audit", false, true, OD_STATUS_SHIPPED, false,
     true, false, false, "fulfilled"},
    {"approved, completed, no reservations", OD_REV_NEWER, "approved", "audit", false, false,
     OD_STATUS_COMPLETED, false, true, false, false, NONE},
    /* approved by the audit, then a doubtful revision */
    {"approved, doubts", OD_REV_NEWER, "approved", "audit", false, true, OD_STATUS_PAID, true, true,
     true, false, "reaudit"},
    {"approved by a person, doubts", OD_REV_NEWER, "approved", "clerk", false, true, OD_STATUS_PAID,
     true, true, false, false, NONE},
    /* approved, anything else changes: nothing happens */
    {"approved, notes changed", OD_REV_NEWER, "approved", "audit", false, true, OD_STATUS_PAID,
     false, true, false, false, NONE},
    /* held, pending or rejected by the audit: audited again */
    {"held, new revision", OD_REV_NEWER, "held", "audit", false, false, OD_STATUS_PAID, false, true,
     true, false, NONE},
    {"pending with reservations", OD_REV_NEWER, "pending", NONE, false, true, OD_STATUS_PAID, false,
     true, true, false, "reaudit"},
    {"rejected, new revision", OD_REV_NEWER, "rejected", "audit", true, false, OD_STATUS_PAID,
     false, true, true, false, NONE},
    {"held, cancelled with reservations", OD_REV_NEWER, "held", "audit", false, true,
     OD_STATUS_CANCELLED, false, true, true, false, "cancelled"},
    /* a person's decision stays */
    {"held by a person", OD_REV_NEWER, "held", "clerk", true, false, OD_STATUS_PAID, true, true,
     false, false, NONE},
    {"rejected by a person, cancelled", OD_REV_NEWER, "rejected", "clerk", false, true,
     OD_STATUS_CANCELLED, false, true, false, false, "cancelled"},
    /* without a rules file */
    {"no rules: approved, cancelled", OD_REV_NEWER, "approved", "audit", false, true,
     OD_STATUS_CANCELLED, false, false, false, false, "cancelled"},
    {"no rules: approved, shipped", OD_REV_NEWER, "approved", "audit", false, true,
     OD_STATUS_SHIPPED, false, false, false, false, "fulfilled"},
    {"no rules: approved, doubts", OD_REV_NEWER, "approved", "audit", false, true, OD_STATUS_PAID,
     true, false, true, false, "reaudit"},
    {"no rules: approved, material change", OD_REV_NEWER, "approved", "audit", true, true,
     OD_STATUS_PAID, false, false, false, false, NONE},
    {"no rules: held, new revision", OD_REV_NEWER, "held", "audit", false, false, OD_STATUS_PAID,
     false, false, true, false, NONE},
    {"no rules: held, cancelled with reservations", OD_REV_NEWER, "held", "audit", false, true,
     OD_STATUS_CANCELLED, false, false, true, false, "cancelled"},
    {"no rules: held by a person, doubts", OD_REV_NEWER, "held", "clerk", false, false,
     OD_STATUS_PAID, true, false, false, false, NONE},
};

static void test_table(void **state)
{
    char *doubt = "line 1: amount 30.00 is not 2 x 14.00";
    struct od_extraction x = {.doubts = &doubt, .n_doubts = 1};

    (void)state;
    for (size_t i = 0; i < sizeof(rows) / sizeof(rows[0]); i++) {
        const struct row *r = &rows[i];
        struct od_order o;
        struct od_stored was = {.outcome = r->outcome,
                                .decided_by = r->decided_by,
                                .material = r->material,
                                .has_reservations = r->reserved};
        struct od_next n;

        memset(&o, 0, sizeof(o));
        o.status = r->status;
        o.extraction = r->doubts ? &x : NULL;
        n = od_lifecycle_next(r->rev, &was, &o, r->rules);
        if (n.audit != r->audit || n.changed != r->changed ||
            strcmp(n.release ? n.release : "-", r->release ? r->release : "-") != 0)
            fail_msg("%s: audit %d changed %d release %s, want %d %d %s", r->what, n.audit,
                     n.changed, n.release ? n.release : "-", r->audit, r->changed,
                     r->release ? r->release : "-");
    }
}

/* Extraction without doubts is a clean order. */
static void test_no_doubts(void **state)
{
    struct od_extraction x = {0};
    struct od_order o;
    struct od_stored was = {0};

    (void)state;
    memset(&o, 0, sizeof(o));
    o.status = OD_STATUS_PAID;
    o.extraction = &x;
    assert_false(od_lifecycle_next(OD_REV_NEW, &was, &o, false).audit);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_table),
        cmocka_unit_test(test_no_doubts),
    };

    return cmocka_run_group_tests(tests, NULL, NULL);
}
