/* orderctl import: see import.h. */
#include "import.h"

#include <stdbool.h>
#include <stdio.h>

/* lib/import.h: this folder's import.h comes first for "import.h". */
#include "../../lib/import.h"
#include "charset.h"
#include "cli.h"
#include "error.h"
#include "progressline.h"

int orderctl_import(struct od_store *store, const char *kind, const char *file,
                    const char *encoding, bool quiet)
{
    struct od_cli_progress *pl;
    struct od_progress_cb cb;
    char what[64];
    int rc;
    struct od_import_report rep = {0};
    const char *charset;
    unsigned long long short_rows;
    bool failed;

    if (!od_import_kind_known(kind)) {
        fprintf(stderr,
                "orderctl: unknown import kind '%s' (customers, products, sku_map, inventory, "
                "price_lists, blacklist)\n",
                kind);
        return OD_EXIT_USAGE;
    }
    if (encoding && od_charset_resolve(encoding, &charset) < 0) {
        fprintf(stderr, "orderctl: --encoding: %s\n", od_error_last());
        return OD_EXIT_USAGE;
    }
    snprintf(what, sizeof(what), "import %s", kind);
    pl = od_cli_progress_start(what, "rows", quiet ? OD_PROGRESS_QUIET : OD_PROGRESS_AUTO);
    cb = od_cli_progress_cb(pl);
    rc = od_import_csv(store, kind, file, encoding, &cb, &rep);
    od_cli_progress_end(pl);
    if (rc < 0) {
        fprintf(stderr, "orderctl: import %s: %s\n", kind, od_error_last());
        fprintf(stderr, "orderctl: import %s: nothing imported\n", kind);
        return OD_EXIT_FAIL;
    }
    if (rep.ignored[0])
        fprintf(stderr,
                "orderctl: import %s: column %s ignored: orderd keeps it from its own "
                "reservations (orderctl stock verify checks them)\n",
                kind, rep.ignored);
    for (size_t i = 0; i < rep.n_listed; i++)
        fprintf(stderr, "%s\n", rep.rejected[i]);
    if (rep.n_rejected > rep.n_listed)
        fprintf(stderr, "%s: %llu more rejected rows not listed\n", file,
                (unsigned long long)(rep.n_rejected - rep.n_listed));
    printf("import %s: %llu row%s read, %llu imported (%llu new, %llu updated", kind,
           (unsigned long long)rep.n_read, rep.n_read == 1 ? "" : "s",
           (unsigned long long)rep.n_imported, (unsigned long long)rep.n_new,
           (unsigned long long)rep.n_updated);
    /* A key repeated within one statement's rows is written once. */
    if (rep.n_imported > rep.n_new + rep.n_updated)
        printf(", %llu superseded by a later row with the same key",
               (unsigned long long)(rep.n_imported - rep.n_new - rep.n_updated));
    printf("), %llu rejected\n", (unsigned long long)rep.n_rejected);
    failed = rep.n_rejected > 0;
    short_rows = (unsigned long long)rep.n_below_reserved;
    if (short_rows)
        printf("import %s: %llu row%s now with on_hand below reserved (negative available "
               "stock)\n",
               kind, short_rows, short_rows == 1 ? "" : "s");
    od_import_report_free(&rep);
    return failed ? OD_EXIT_FAIL : OD_EXIT_OK;
}
