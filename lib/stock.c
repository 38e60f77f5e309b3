/* Stock bookkeeping checks: see stock.h. */
#include "stock.h"

#include <libpq-fe.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "error.h"
#include "store_int.h"

/* Both sides summed per (sku, warehouse); a side with no row counts 0. */
static const char sql_verify[] =
    "WITH r AS (SELECT sku, warehouse, sum(qty) AS qty FROM stock_reservations"
    "            WHERE released_at IS NULL GROUP BY sku, warehouse)"
    " SELECT coalesce(i.sku, r.sku), coalesce(i.warehouse, r.warehouse),"
    "        coalesce(i.reserved, 0), coalesce(r.qty, 0), coalesce(i.on_hand, -1)"
    "   FROM inventory i FULL JOIN r ON r.sku = i.sku AND r.warehouse = i.warehouse"
    "  WHERE coalesce(i.reserved, 0) <> coalesce(r.qty, 0)"
    "  ORDER BY 1, 2";

#define ACTIVE_SUM                                                                                 \
    "coalesce((SELECT sum(s.qty) FROM stock_reservations s WHERE s.sku = i.sku"                    \
    " AND s.warehouse = i.warehouse AND s.released_at IS NULL), 0)"

static const char sql_repair[] = "UPDATE inventory i SET reserved = " ACTIVE_SUM
                                 ", updated_at = now() WHERE i.reserved <> " ACTIVE_SUM;

void od_stock_mismatches_free(struct od_stock_mismatch *v, size_t n)
{
    for (size_t i = 0; v && i < n; i++) {
        free(v[i].sku);
        free(v[i].warehouse);
    }
    free(v);
}

int od_stock_verify(struct od_store *s, struct od_stock_mismatch **out, size_t *n)
{
    struct od_stock_mismatch *v = NULL;
    PGresult *r = NULL;
    size_t got = 0;
    int rc =
        od_sink_query(s, "cannot compare reserved with the reservations", sql_verify, 0, NULL, &r);

    if (rc < 0)
        return rc;
    v = calloc((size_t)PQntuples(r) + 1, sizeof(*v));
    if (!v) {
        rc = od_error_set(OD_ENOMEM, "out of memory");
        goto out;
    }
    for (; got < (size_t)PQntuples(r); got++) {
        struct od_stock_mismatch *m = &v[got];
        int i = (int)got;

        m->sku = strdup(PQgetvalue(r, i, 0));
        m->warehouse = strdup(PQgetvalue(r, i, 1));
        m->reserved = strtoll(PQgetvalue(r, i, 2), NULL, 10);
        m->reservations = strtoll(PQgetvalue(r, i, 3), NULL, 10);
        m->on_hand = strtoll(PQgetvalue(r, i, 4), NULL, 10);
        if (!m->sku || !m->warehouse) {
            got++;
            rc = od_error_set(OD_ENOMEM, "out of memory");
            goto out;
        }
    }
    *out = v;
    *n = got;
    v = NULL;
out:
    od_stock_mismatches_free(v, got);
    PQclear(r);
    return rc;
}

int od_stock_repair(struct od_store *s, int64_t *fixed)
{
    PGresult *r = NULL;
    int rc = od_sink_query(s, "cannot set reserved from the reservations", sql_repair, 0, NULL, &r);

    if (rc < 0)
        return rc;
    *fixed = strtoll(PQcmdTuples(r), NULL, 10);
    PQclear(r);
    return 0;
}
