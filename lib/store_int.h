/* Internal interface between the store's files (store.c, sink.c,
 * reaudit.c, review.c, deadletter.c, chanstatus.c). Not for use outside
 * lib/. */
#ifndef OD_STORE_INT_H
#define OD_STORE_INT_H

#include <libpq-fe.h>

#include "store.h"

struct json_object;

/* The connection of a store (borrowed). */
PGconn *od_store_conn(struct od_store *s);
/* Run a parameterized statement on tables that hold secrets (tokens,
 * password hashes): on failure OD_EDB with "what: " and the server's
 * primary message only, as the DETAIL of a failed row could quote a
 * value. *out (caller PQclear()s) when out is not NULL. */
int od_store_exec_secret(struct od_store *s, const char *what, const char *sql, int n,
                         const char *const *p, PGresult **out);
/* OD_EDB with "what: first line of the server's message". */
int od_store_db_error(PGconn *c, const PGresult *r, const char *what);
/* Add key: base64(raw) / key: v (NULL -> JSON null; invalid UTF-8
 * replaced) to o. */
int od_store_add_b64(struct json_object *o, const char *key, const char *raw, size_t len);
void od_store_add_str(struct json_object *o, const char *key, const char *v);

/* The select list that reads an order back as its normalized JSON (column
 * 0 id, 1 the JSON text, 2 channel; "extraction" is null for an order no
 * document reader made, "invoice" for one that asks for none), for "OD_ORDER_SELECT FROM orders o
 * WHERE ...", and the row parser for it. */
#define OD_ORDER_SELECT                                                                            \
    "SELECT o.id, jsonb_build_object("                                                             \
    "  'external_id', o.external_id, 'revision', o.revision, 'status', o.status,"                  \
    "  'channel_status', o.channel_status,"                                                        \
    "  'placed_at', o.placed_at, 'paid_at', o.paid_at, 'updated_at', o.source_updated_at,"         \
    "  'currency', o.currency,"                                                                    \
    "  'subtotal', o.subtotal::text, 'shipping', o.shipping::text,"                                \
    "  'discount', o.discount::text, 'tax', o.tax::text, 'total', o.total::text,"                  \
    "  'customer', jsonb_build_object('ref', o.customer_ref, 'name', o.customer_name,"             \
    "     'phone', o.customer_phone, 'email', o.customer_email),"                                  \
    "  'ship_to', jsonb_build_object('name', o.ship_name, 'phone', o.ship_phone,"                  \
    "     'country', o.ship_country, 'province', o.ship_province, 'city', o.ship_city,"            \
    "     'district', o.ship_district, 'address', o.ship_address,"                                 \
    "     'postal_code', o.ship_postal_code),"                                                     \
    "  'lines', coalesce((SELECT jsonb_agg(jsonb_build_object('line_no', l.line_no,"               \
    "     'sku', l.sku, 'channel_sku', l.channel_sku, 'title', l.title, 'qty', l.qty,"             \
    "     'unit_price', l.unit_price::text, 'discount', l.discount::text,"                         \
    "     'total', l.total::text) ORDER BY l.line_no)"                                             \
    "     FROM order_lines l WHERE l.order_id = o.id), '[]'::jsonb),"                              \
    "  'buyer_note', o.buyer_note, 'seller_note', o.seller_note, 'priority', o.priority,"          \
    "  'tags', to_jsonb(o.tags),"                                                                  \
    "  'audit', jsonb_build_object('outcome', o.audit_outcome,"                                    \
    "     'reasons', coalesce(o.audit -> 'reasons', '[]'::jsonb)),"                                \
    "  'extraction', o.extraction,"                                                                \
    "  'invoice', CASE WHEN o.invoice_type IS NOT NULL THEN jsonb_build_object("                   \
    "     'type', o.invoice_type, 'medium', o.invoice_medium, 'title', o.invoice_title,"           \
    "     'tax_id', o.invoice_tax_id, 'email', o.invoice_email, 'address', o.invoice_address,"     \
    "     'phone', o.invoice_phone, 'bank', o.invoice_bank, 'account', o.invoice_account) END"     \
    ")::text, o.channel"
int od_store_row_to_order(PGresult *r, int row, struct od_order **out);
/* Run `sql` (an OD_ORDER_SELECT query with `n` text parameters) in
 * single-row mode and call `cb` with each order (borrowed for the call);
 * stops at the first failure of cb or of a row ("what: ..." for the
 * server's). */
int od_store_each_order(struct od_store *s, const char *what, const char *sql, int n,
                        const char *const *params, od_order_cb cb, void *ud);

/* lib/sink.c, for the other writers of audit outcomes (review.c,
 * reaudit.c). od_sink_query: a parameterized statement; on failure OD_EDB
 * with "what: the server's message"; od_sink_query_id: the same with one
 * parameter, `id` as $1 (write `$1::bigint`). od_sink_begin: BEGIN unless the
 * caller has a transaction open (*own says which); od_sink_end: COMMIT
 * (rc == 0) or ROLLBACK what od_sink_begin opened, and return rc (or the
 * COMMIT's failure). od_sink_audit_entry: the p_audits element of
 * orderd_apply_audit for an audited order (caller puts *out). */
struct od_refdata;
struct od_audit_result;
int od_sink_query(struct od_store *s, const char *what, const char *sql, int n,
                  const char *const *params, PGresult **out);
int od_sink_query_id(struct od_store *s, const char *what, const char *sql, int64_t id,
                     PGresult **out);
int od_sink_begin(struct od_store *s, bool *own);
int od_sink_end(struct od_store *s, bool own, int rc);
int od_sink_audit_entry(const struct od_order *o, const struct od_refdata *ref,
                        const struct od_audit_result *res, struct json_object **out);

/* lib/review.c: a text a person gives (a reviewer's name, a note, a
 * reason): UTF-8, at most `max` bytes and, with `need`, not blank; else
 * OD_EINVAL naming `what` ("a reason is required", "the note is longer
 * than 2000 bytes"). */
int od_check_person_text(const char *what, const char *v, size_t max, bool need);

/* lib/reaudit.c: stored orders loaded back (OD_ORDER_SELECT rows) for a
 * re-audit, and the audit entries written with orderd_apply_audit. */
struct od_loaded {
    struct od_order **v;
    size_t n;
};
void od_loaded_free(struct od_loaded *l);
int od_store_load_orders(struct od_store *s, const char *what, const char *sql, int n,
                         const char *const *params, struct od_loaded *out);
int od_store_apply_audits(struct od_store *s, struct json_object *audits);

#endif
