/* Audit evaluation: run the rules on an order against the reference data
 * of its batch, in memory. The store fetches the reference data of a
 * whole batch set-wise (one query per table, inventory rows locked FOR
 * UPDATE), calls od_audit_order() for each order in arrival order, then
 * writes outcomes and reservations in the same transaction. No database
 * access happens here, so every rule is unit-testable with plain data.
 *
 * Outcome: any fired rule with action reject -> rejected; else any hold
 * -> held; else a fired wait rule -> pending; else approved. tag and
 * set_priority actions change the order and never decide the outcome.
 * An order with extraction doubts (o->extraction, set by the e-mail
 * extractor) counts as a fired hold, with or without rules: its first
 * reason is rule "extraction" (message: the doubts joined with "; ",
 * bounded; evidence {"doubts": [...], "sources": {...}, "verdict":
 * "doubtful"}). */
#ifndef OD_AUDIT_H
#define OD_AUDIT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "model.h"
#include "rules.h"

struct od_ref_customer {
    char *ref, *name, *phone, *email; /* phone as stored; compared normalized */
    od_money credit_limit;            /* OD_MONEY_NONE = no limit */
    od_money open_balance;            /* as finance last loaded it */
    od_money approved_since;          /* totals of orders approved since that load */
    char *price_tier;
    bool blocked;
};

struct od_ref_product {
    char *sku;
    bool active;
};

struct od_ref_skumap {
    char *channel, *channel_sku, *sku;
    int64_t multiplier; /* units of sku per channel unit (bundles), >= 1 */
};

struct od_ref_stock {
    char *sku, *warehouse;
    int64_t on_hand, reserved; /* reserved grows as orders of the batch are approved */
};

struct od_ref_price {
    char *tier, *sku;
    od_price unit_price;          /* exact to 1/10000, as order lines */
    od_time valid_from, valid_to; /* OD_TIME_NONE = open */
};

struct od_ref_blacklist {
    char *kind; /* phone | email | name | address_substring */
    char *value, *reason;
};

/* An order already stored (or earlier in this batch) for the duplicate
 * rule. */
struct od_ref_recent {
    int64_t order_id;
    char *channel, *external_id;
    char *phone; /* normalized (od_audit_phone) */
    char *customer_ref;
    char *skus; /* canonical SKU multiset, od_audit_sku_multiset() */
    char *po;   /* PO number found in the order, or NULL */
    od_time placed_at;
};

/* Reference data of one batch. The arrays are owned by the struct;
 * od_refdata_free() releases everything. The struct itself is the
 * caller's (on the stack or embedded): start from a zeroed one. Strings
 * may be NULL. Where several rows share a key (customers with one phone,
 * stock rows of one sku and warehouse) the first row wins. */
struct od_refdata {
    struct od_ref_customer *customers;
    size_t n_customers;
    struct od_ref_product *products;
    size_t n_products;
    struct od_ref_skumap *skumap;
    size_t n_skumap;
    struct od_ref_stock *stock;
    size_t n_stock;
    struct od_ref_price *prices;
    size_t n_prices;
    struct od_ref_blacklist *blacklist;
    size_t n_blacklist;
    struct od_ref_recent *recent;
    size_t n_recent, cap_recent;
};

/* Free the arrays and their strings and zero *r (not r itself). Accepts
 * NULL and a half-filled struct. */
void od_refdata_free(struct od_refdata *r);

/* One stock reservation made by approving an order. */
struct od_reservation {
    char sku[128];
    char warehouse[64];
    int64_t qty;
};

struct od_audit_result {
    struct od_reservation *reservations; /* owned; to write with the order */
    size_t n_reservations;
    int64_t customer_index; /* matched customer in the refdata, -1 none */
    bool recheck_at_set;    /* a wait rule is pending: re-audit at recheck_at */
    od_time recheck_at;
};

/* Free the reservations and reset: customer_index -1, no recheck. */
void od_audit_result_clear(struct od_audit_result *res);

/* Evaluate `rules` on order `o` of `channel` (NULL: o->channel) at time
 * `now`. First maps SKUs: a line whose (channel, channel_sku) -- or,
 * when that is absent or not mapped, (channel, sku) -- is in ref->skumap
 * gets sku = the mapped SKU (the platform's code kept in channel_sku);
 * its stock quantity is qty times the multiplier. Then sets o->audit
 * (outcome and the reasons of the fired rules, with evidence as a JSON
 * object: inputs, threshold, verdict; a rule that finds several problems,
 * such as two short SKUs, gives one reason for each, at most 20), and
 * o->priority / o->tags for set_priority and tag actions. When the
 * outcome is approved, reserves stock in `ref` (so the next order of the
 * batch sees it) and lists the reservations in `res`, and adds the
 * order's total to the matched customer's approved_since; adds the
 * order to ref->recent for the duplicate rule. Reason texts follow
 * rules->language. Returns 0, or OD_ENOMEM.
 *
 * Details (docs/audit.md): reservations are made in the warehouse of the
 * first stock rule that applies to the channel (none without one), for
 * each SKU whose units are available, and never for a cancelled or
 * refunded order; such an order does not add to approved_since either.
 * A SKU of 128 bytes or more has no stock (od_reservation.sku). Any
 * previous o->audit is replaced. `res` must be zeroed or cleared with
 * od_audit_result_clear(): it is cleared (old reservations freed) and
 * filled only on success. On failure nothing in `ref` has changed; `o`
 * may have its SKUs mapped and tags added.
 *
 * This call indexes `ref` every time (O(reference rows)); for a batch
 * use od_audit_batch_new() once and od_audit_batch_order() per order. */
int od_audit_order(const struct od_rules *rules, const char *channel, struct od_order *o,
                   struct od_refdata *ref, od_time now, struct od_audit_result *res);

/* Batch evaluation: od_audit_batch_new() indexes `ref` once (hash maps
 * of every key the rules look up), so that each od_audit_batch_order()
 * costs O(lines + matches), whatever the size of the reference data.
 * `ref` is borrowed and must outlive the batch. While the batch lives,
 * the caller changes `ref` only by appending to ref->recent (indexed at
 * the next call) or by changing numbers (on_hand, reserved, balances);
 * od_audit_batch_order() changes it exactly as od_audit_order() does.
 * *out is set only on success; od_audit_batch_free() accepts NULL. */
struct od_audit_batch;
int od_audit_batch_new(struct od_refdata *ref, struct od_audit_batch **out);
int od_audit_batch_order(struct od_audit_batch *b, const struct od_rules *rules,
                         const char *channel, struct od_order *o, od_time now,
                         struct od_audit_result *res);
void od_audit_batch_free(struct od_audit_batch *b);

/* Flags of od_audit_batch_order_flags(). */
enum {
    /* Reserve (and count toward approved_since) whatever the outcome:
     * a person approves the order over the rules' objections. Stock
     * that is short is still not reserved. */
    OD_AUDIT_RESERVE_ANYWAY = 1u << 0,
};
/* od_audit_batch_order() with flags (0 = the same). */
int od_audit_batch_order_flags(struct od_audit_batch *b, const struct od_rules *rules,
                               const char *channel, struct od_order *o, od_time now, unsigned flags,
                               struct od_audit_result *res);

/* The one SKU mapping (docs/audit.md, "SKU mapping"), used by the audit
 * and by the sink before staging. `find(ud, code)` returns the sku_map
 * row of (the order's channel, code), borrowed, or NULL. The line's
 * channel_sku is looked up, and when it is blank or not mapped, its sku.
 * A mapped line gets sku = the row's sku; the platform's code stays in
 * channel_sku (copied there from sku when it was blank). *hit (may be
 * NULL) gets the row used, or NULL. OD_ENOMEM. */
typedef const struct od_ref_skumap *(*od_skumap_find_cb)(const void *ud, const char *code);
int od_audit_map_line(struct od_line *l, od_skumap_find_cb find, const void *ud,
                      const struct od_ref_skumap **hit);

/* Mainland China mobile normalization: strip spaces, dashes, "+86" /
 * "0086" / "86" prefix; writes "13800138000" into buf and returns true
 * when the result is 1[3-9] followed by 9 digits. Other numbers are
 * written digits-only (with a leading + kept) and return false. */
bool od_audit_phone(const char *phone, char *buf, size_t len);

/* Canonical SKU multiset of an order's lines ("A-100*2;B-200*1", sorted
 * by SKU (strcmp), quantities summed; a line without sku counts under its
 * channel_sku, one without either is left out) into buf, cut to fit.
 * Call it after od_audit_order() mapped the SKUs, as the audit does. */
void od_audit_sku_multiset(const struct od_order *o, char *buf, size_t len);

/* The SKU multiset the duplicate rule compares for each of orders[0..n),
 * its lines mapped through ref->skumap under o->channel as
 * od_audit_order() maps them, without changing the orders: (*out)[i] is
 * a string ("" when the order has no SKU or too many lines to compare).
 * *out is set only on success; the caller frees each string and the
 * array. */
int od_audit_dup_multisets(const struct od_refdata *ref, struct od_order *const *orders, size_t n,
                           char ***out);

/* PO number in the order: the first token like "PO-2291", "PO#2291",
 * "PO 2291", "po:2291", "PO2291" (case-insensitive, not inside a word,
 * letters/digits/dashes with a digit after the prefix) in external_id,
 * buyer_note or seller_note, written canonically as "PO-" + the number
 * upper-cased ("PO#a-7" -> "PO-A-7"), so that the forms compare equal.
 * false when none (or when it does not fit buf). */
bool od_audit_po_number(const struct od_order *o, char *buf, size_t len);

#endif
