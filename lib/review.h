/* The review queue and a person's decisions on it (docs/audit.md,
 * "Review"): the business actions that orderctl and the clerk's console
 * share. Nothing here prints, logs or exits; each function returns 0 or
 * a negative OD_E* code with a detail (od_error_last()).
 *
 * Who decides is the caller's word: `actor` names the person (a login,
 * or orderctl's operating user) and is stored with every decision as an
 * event on the order. Texts from a person (actor, note, reason) must be
 * UTF-8 and are bounded (OD_REVIEW_TEXT_MAX bytes, actor
 * OD_REVIEW_ACTOR_MAX): longer or invalid ones are refused with
 * OD_EINVAL, so a web form cannot make the database store megabytes.
 *
 * Errors a caller tells apart:
 *   OD_EINVAL    a bad id spec or text, or the order already has that outcome
 *   OD_ENOTFOUND no such order
 *   OD_EBUSY     approve: the stock the audit found short is still short
 *                (approve with `force` to approve anyway)
 *   OD_EDB       the database failed */
#ifndef OD_REVIEW_H
#define OD_REVIEW_H

#include <stdbool.h>
#include <stdint.h>

#include "store.h"

#define OD_REVIEW_TEXT_MAX  2000
#define OD_REVIEW_ACTOR_MAX 128

struct json_object;

/* The queue: held and pending orders of `channel` (NULL = all), urgent
 * first, then oldest first; at most `limit` (0 = all). `cb` gets each
 * order, fully loaded with lines, reasons and evidence (borrowed for the
 * call); a negative return from `cb` stops the walk and is returned. */
struct od_review_filter {
    const char *channel;
    int64_t limit;
};
int od_review_list(struct od_store *s, const struct od_review_filter *f, od_order_cb cb, void *ud);

/* "1042" or "CHANNEL/EXTERNAL_ID" (split at the first '/') -> the order's
 * id. OD_EINVAL for a malformed spec, OD_ENOTFOUND for no such order;
 * both details name the spec. */
int od_review_find(struct od_store *s, const char *spec, int64_t *id);

/* The order's events, oldest first, as a new JSON array (caller
 * json_object_put()s it) of objects {"at": "2026-11-20T01:30:00Z",
 * "kind", "actor", "from", "to", "detail"} (null where not set; detail is
 * the event's JSON as text). An unknown id gives an empty array. */
int od_review_events(struct od_store *s, int64_t id, struct json_object **out);

/* One order for review: the order (caller od_order_free()s it) and its
 * events (as od_review_events). OD_ENOTFOUND when there is none. Both
 * out-parameters are set only on success. */
int od_review_show(struct od_store *s, int64_t id, struct od_order **order,
                   struct json_object **events);

/* The same as one JSON object: the normalized order with its "id" and an
 * "events" array -- what `orderctl review show --format json` prints and
 * what the console's GET /api/orders/{id} answers. Caller puts *out. */
int od_review_show_json(struct od_store *s, int64_t id, struct json_object **out);

/* Orders for the console's search: those whose number, customer or
 * ship-to phone contains `q`, or whose customer or ship-to name contains
 * it ignoring case; newest first, at most `limit` (1..OD_SEARCH_LIMIT_MAX).
 * `q` must be 1..OD_SEARCH_TEXT_MAX bytes of UTF-8 (else OD_EINVAL).
 * `cb` as od_review_list's. */
#define OD_SEARCH_TEXT_MAX  100
#define OD_SEARCH_LIMIT_MAX 200
int od_review_search(struct od_store *s, const char *q, int64_t limit, od_order_cb cb, void *ud);

/* The bytes order `id` was last read from (its "raw"), NUL added, into
 * *raw (caller frees; NULL with *len 0 when none was kept). OD_ENOTFOUND
 * when there is no such order. */
int od_review_raw(struct od_store *s, int64_t id, char **raw, size_t *len);

/* Approve order `id`: re-audit it against the current reference data and
 * reserve its stock, in one transaction (or the caller's). When the stock
 * rules found stock short it refuses with OD_EBUSY naming the shortage,
 * unless `force`; then what is available is reserved and *warning (caller
 * frees; NULL when nothing was short) names the shortage. An order
 * already approved is refused (OD_EINVAL). The decision is an event by
 * `actor` with `note` (may be NULL). `rules` may be NULL (nothing is
 * reserved; the decision is recorded). */
int od_review_approve(struct od_store *s, const struct od_rules *rules, int64_t id,
                      const char *actor, const char *note, bool force, char **warning);

/* Reject order `id` with `reason` (required, not blank): its
 * reservations end, the reason becomes its last audit reason (rule
 * "review") and an event by `actor`. An order already rejected is
 * refused (OD_EINVAL). */
int od_review_reject(struct od_store *s, int64_t id, const char *actor, const char *reason);

#endif
