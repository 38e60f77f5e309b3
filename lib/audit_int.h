/* Internal to the audit (lib/audit*.c), not installed: the batch index,
 * the evaluation state of one order and the helpers its rules share.
 * Strings passed in are borrowed unless a comment says otherwise. */
#ifndef OD_AUDIT_INT_H
#define OD_AUDIT_INT_H

#include <json-c/json.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "audit.h"
#include "buf.h"
#include "error.h"
#include "json.h"

#define MSG_MAX          4096 /* bytes of one reason message */
#define EXCERPT_MAX      80   /* bytes of outside text quoted in a message */
#define EVIDENCE_TEXT    512  /* bytes of outside text in evidence */
#define REASONS_PER_RULE 20   /* reasons one rule may add to one order */
#define DUPLICATES_MAX   5    /* other orders named by one duplicate rule */
#define EXTRACTION_MSG   1024 /* bytes of the extraction reason's message */
#define MULTISET_MAX     (1024 * 1024)
#define US_PER_MIN       INT64_C(60000000)

#define HNIL SIZE_MAX

struct hent {
    char *key; /* owned: "a" or "a\x1f" "b" */
    uint64_t h;
    size_t idx;  /* position in the refdata array */
    size_t next; /* next entry of the bucket, HNIL at the end */
};

struct hmap {
    size_t *heads; /* nb buckets */
    size_t nb;     /* power of two, or 0 */
    struct hent *e;
    size_t n, cap;
};

struct od_audit_batch {
    struct od_refdata *ref; /* borrowed */
    struct hmap products;   /* sku */
    struct hmap skumap;     /* channel, channel_sku */
    struct hmap stock;      /* sku, warehouse */
    struct hmap prices;     /* tier, sku (several rows) */
    struct hmap cust_ref, cust_phone, cust_email;
    struct hmap bl_phone, bl_email, bl_name;
    size_t *bl_addr; /* address_substring entries */
    size_t n_bl_addr;
    struct hmap rec_phone, rec_cust, rec_po;
    size_t n_recent_indexed;
};

struct eval {
    struct od_audit_batch *b;
    struct od_refdata *ref;
    const struct od_rules *rules;
    const char *channel;
    struct od_order *o;
    od_time now;
    od_time when; /* placed_at, or now */
    bool en;
    int err;        /* OD_ENOMEM once allocation failed */
    int64_t *mult;  /* per line: units of sku per ordered unit */
    int64_t cust;   /* matched customer, -1 none */
    char phone[64]; /* the order's phone, normalized ("" none) */
    size_t n_fired; /* reasons of the current rule */
    struct od_audit_reason *reasons;
    size_t n_reasons, cap_reasons;
    bool reject, hold, wait, wait_unpaid;
    od_time recheck_at;
    const char **tags; /* to add, borrowed from the rules */
    size_t n_tags;
    const char *priority; /* to set, borrowed; NULL = unchanged */
};

#define L(zh_, en_) (e->en ? (en_) : (zh_))

/* Units of each SKU the order needs, summed over its lines. */
struct need {
    const char *sku; /* borrowed from the order */
    int64_t units;
};

/* audit_hmap.c */
uint64_t audit_hash2(const char *a, const char *b);
void audit_hmap_free(struct hmap *m);
int audit_hmap_reserve(struct hmap *m, size_t n);
void audit_hmap_put_ready(struct hmap *m, char *key, uint64_t h, size_t idx);
int audit_hmap_put(struct hmap *m, const char *a, const char *b, size_t idx);
size_t audit_hmap_first(const struct hmap *m, const char *a, const char *b);
size_t audit_hmap_next(const struct hmap *m, size_t i, const char *a, const char *b);
size_t audit_hmap_min(const struct hmap *m, const char *a, const char *b);

/* audit_keys.c */
bool audit_blank(const char *s);
char audit_lower(char c);
bool audit_ci_contains(const char *hay, const char *needle);
char *audit_norm_text(const char *s, bool fold);
int audit_add_text(struct od_buf *b, const char *s, size_t max);
int audit_multiset_build(const struct od_order *o, struct od_buf *b);

/* audit_index.c */
void audit_recent_clear(struct od_ref_recent *x);
int audit_index_recent(struct od_audit_batch *b);

/* audit_eval.c */
void audit_oom(struct eval *e);
void audit_msg_printf(struct eval *e, struct od_buf *b, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
void audit_msg_text(struct eval *e, struct od_buf *b, const char *s);
struct json_object *audit_jobj(struct eval *e);
void audit_jput(struct eval *e, struct json_object *o, const char *k, struct json_object *v,
                bool is_null);
void audit_jtext(struct eval *e, struct json_object *o, const char *k, const char *s);
void audit_jint(struct eval *e, struct json_object *o, const char *k, int64_t v);
void audit_jbool(struct eval *e, struct json_object *o, const char *k, bool v);
void audit_jmoney(struct eval *e, struct json_object *o, const char *k, od_money m);
void audit_jprice(struct eval *e, struct json_object *o, const char *k, od_price p);
void audit_jtime(struct eval *e, struct json_object *o, const char *k, od_time t);
void audit_jlist(struct eval *e, struct json_object *o, const char *k, const char *const *items,
                 size_t n);
void audit_fire(struct eval *e, const struct od_rule *r, struct od_buf *msg, struct json_object *ev,
                const char *verdict);
void audit_act(struct eval *e, const struct od_rule *r);
const struct od_ref_stock *audit_stock_row(struct eval *e, const char *sku, const char *wh);
const struct od_ref_product *audit_product(struct eval *e, const char *sku);
struct need *audit_needs_of(struct eval *e, size_t *n_out);
void audit_fmt_window(struct eval *e, int64_t ms, char *buf, size_t len);
void audit_fmt_clock(struct eval *e, od_time t, char *buf, size_t len);
void audit_fmt_pct(int64_t bp, char *buf, size_t len);

/* audit_rules_goods.c */
void audit_rule_required_fields(struct eval *e, const struct od_rule *r);
void audit_rule_sku_known(struct eval *e, const struct od_rule *r);
bool audit_needs_no_stock(const struct od_order *o);
void audit_rule_stock(struct eval *e, const struct od_rule *r);
od_money audit_money0(od_money m);
void audit_rule_credit_limit(struct eval *e, const struct od_rule *r);
void audit_rule_price_list(struct eval *e, const struct od_rule *r);
void audit_rule_totals(struct eval *e, const struct od_rule *r);
void audit_rule_amount(struct eval *e, const struct od_rule *r);

/* audit_rules_buyer.c */
void audit_rule_buyer_note(struct eval *e, const struct od_rule *r);
void audit_rule_blacklist(struct eval *e, const struct od_rule *r);
void audit_rule_duplicate(struct eval *e, const struct od_rule *r, const char *skus,
                          const char *po);
void audit_rule_address(struct eval *e, const struct od_rule *r);
void audit_rule_wait(struct eval *e, const struct od_rule *r);
void audit_rule_priority(struct eval *e, const struct od_rule *r);

/* audit_rules_invoice.c */
void audit_rule_invoice(struct eval *e, const struct od_rule *r);

#endif
