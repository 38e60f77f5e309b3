/* Audit evaluation: run the rules on an order against the reference data
 * of its batch, in memory. The store fetches the reference data of a
 * whole batch set-wise (one query per table, inventory rows locked FOR
 * UPDATE), calls od_audit_order() for each order in arrival order, then
 * writes outcomes and reservations in the same transaction. No database
 * access happens here, so every rule is unit-testable with plain data.
 *
 * Outcome: any fired rule with action reject -> rejected; else any hold
 * -> held; else a fired wait rule -> pending; else approved. tag and
 * set_priority actions change the order and never decide the outcome. */
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
    od_money unit_price;
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
    char *phone;        /* normalized (od_audit_phone) */
    char *customer_ref;
    char *skus;         /* canonical SKU multiset, od_audit_sku_multiset() */
    char *po;           /* PO number found in the order, or NULL */
    od_time placed_at;
};

/* Reference data of one batch. The arrays are owned by the struct;
 * od_refdata_free() releases everything. */
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

void od_audit_result_clear(struct od_audit_result *res);

/* Evaluate `rules` on order `o` of `channel` at time `now`. First maps
 * SKUs: a line whose (channel, channel_sku) -- or, without channel_sku,
 * (channel, sku) -- is in ref->skumap gets sku = the mapped SKU (the
 * platform's code kept in channel_sku); its stock quantity is qty times
 * the multiplier. Then sets
 * o->audit (outcome and one reason per fired rule, with evidence as a
 * JSON object: inputs, threshold, verdict), and o->priority / o->tags for
 * priority and tag actions. When the outcome is approved, reserves stock
 * in `ref` (so the next order of the batch sees it) and lists the
 * reservations in `res`; adds the order to ref->recent for the duplicate
 * rule. Reason texts follow rules->language. Returns 0, or OD_ENOMEM. */
int od_audit_order(const struct od_rules *rules, const char *channel, struct od_order *o,
                   struct od_refdata *ref, od_time now, struct od_audit_result *res);

/* Mainland China mobile normalization: strip spaces, dashes, "+86" /
 * "0086" / "86" prefix; writes "13800138000" into buf and returns true
 * when the result is 1[3-9] followed by 9 digits. Other numbers are
 * written digits-only (with a leading + kept) and return false. */
bool od_audit_phone(const char *phone, char *buf, size_t len);

/* Canonical SKU multiset of an order's lines ("A-100*2;B-200*1", sorted
 * by SKU, quantities summed) into buf. */
void od_audit_sku_multiset(const struct od_order *o, char *buf, size_t len);

/* PO number in the order: the first token like "PO-2291", "PO#2291",
 * "PO 2291" (case-insensitive, letters/digits/dashes after the prefix)
 * in external_id, buyer_note or seller_note, upper-cased into buf.
 * false when none. */
bool od_audit_po_number(const struct od_order *o, char *buf, size_t len);

#endif
