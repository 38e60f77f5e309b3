/* Stock bookkeeping checks: inventory.reserved is orderd's, the sum of
 * the active stock_reservations of its SKU and warehouse (released_at
 * NULL). No import writes it; these functions find and mend a row where
 * the two disagree (a hand edit, a restore from an older backup). */
#ifndef OD_STOCK_H
#define OD_STOCK_H

#include <stddef.h>
#include <stdint.h>

struct od_store;

/* One (sku, warehouse) whose reserved differs from its reservations; a
 * reservation without an inventory row shows reserved 0. */
struct od_stock_mismatch {
    char *sku;
    char *warehouse;
    int64_t reserved;     /* inventory.reserved */
    int64_t reservations; /* sum of the active reservations' qty */
    int64_t on_hand;      /* -1 when there is no inventory row */
};

/* The mismatches, by sku and warehouse, in *out (free with
 * od_stock_mismatches_free); *n may be 0. OD_EDB on a database error. */
int od_stock_verify(struct od_store *s, struct od_stock_mismatch **out, size_t *n);

void od_stock_mismatches_free(struct od_stock_mismatch *v, size_t n);

/* Set every existing row's reserved to its reservations in one
 * statement (rows are locked as the audit locks them, so a batch being
 * approved meanwhile waits); *fixed gets the rows changed. A reservation
 * without an inventory row is left for a person: verify lists it. */
int od_stock_repair(struct od_store *s, int64_t *fixed);

#endif
