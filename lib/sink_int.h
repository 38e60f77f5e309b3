/* Internal interface of the audited sink between its two files: sink.c
 * (the batch sink: staging, the audit at ingest, commit; the helpers both
 * files use; audit entries and the functions of store_int.h for the other
 * writers) and sink_refdata.c (the reference data a batch or a re-check is
 * audited against, fetched set-wise). */
#ifndef OD_SINK_INT_H
#define OD_SINK_INT_H

#include <json-c/json.h>
#include <libpq-fe.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "audit.h"
#include "buf.h"
#include "money.h"
#include "rules.h"
#include "store.h"

/* A growable list of strings (borrowed or owned per `owned`), turned
 * into a PostgreSQL text[] literal for `= ANY($n)`. */
struct strs {
    char **v;
    size_t n, cap;
    bool owned;
};

/* The keys the batch looks up, as PostgreSQL array literals. */
struct keys {
    struct od_buf map_ch, map_code; /* (channel, code) pairs for sku_map */
    struct od_buf skus, refs, phones, emails, names, pos;
    struct od_buf blvals; /* phones, e-mails and names: blacklist values */
    od_time earliest;     /* oldest placed_at of the orders */
};

int sink_strs_add(struct strs *s, const char *x);
void sink_strs_free(struct strs *s);
int sink_array_elem(struct od_buf *out, const char *x);
int sink_strs_literal(struct strs *s, struct od_buf *out);
const char *sink_val(PGresult *r, int row, int col);
int sink_dup_val(PGresult *r, int row, int col, char **out);
od_money sink_money_val(PGresult *r, int row, int col);
od_price sink_price_val(PGresult *r, int row, int col);
int64_t sink_int_val(PGresult *r, int row, int col, int64_t def);
int sink_query(struct od_store *s, const char *what, const char *sql, int n,
               const char *const *params, PGresult **out);
bool sink_rules_have(const struct od_rules *rules, enum od_rule_type t);
void sink_lower_ascii(char *s);
void sink_keys_free(struct keys *k);
int sink_collect_keys(struct od_order *const *orders, size_t n, char *const *extra_skus,
                      size_t n_extra, struct keys *k);
int sink_fetch_skumap(struct od_store *s, const struct keys *k, struct od_refdata *ref);
/* An order for sink_copy_stage: its JSON (od_order_to_json, without
 * "id" and "raw"), its content hash (od_jsonb_sha256; "" when it could
 * not be written: the JSON goes instead and the server hashes it) and
 * its raw input. */
struct sink_copy_order {
    struct json_object *json;
    const char *hash;
    const unsigned char *raw;
    size_t raw_len;
};

/* Stage `orders` (ord 1..n in this order) by COPY into the typed
 * tables of orderd_stage_open() (sink_copy.c). */
int sink_copy_stage(struct od_store *s, const struct sink_copy_order *orders, size_t n);
int sink_refdata_fetch(struct od_store *s, const struct od_rules *rules,
                       struct od_order *const *orders, size_t n, char *const *extra_skus,
                       size_t n_extra, bool lock, struct od_refdata *pre, struct od_refdata *out);

#endif
