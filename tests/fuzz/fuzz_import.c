/* libFuzzer target for `orderctl import` rows (lib/import.c) without a
 * database: the first input byte picks the kind, the rest is the CSV
 * file. Its first record is the header (od_import_cols_new), every
 * other one a data row (od_import_row), and every cell also goes through
 * od_import_bool and od_import_int. Checks: a header is accepted or
 * refused with OD_ENOTFOUND/OD_EINVAL and a detail; a row gives a JSON
 * object with one member per column of the header at least (but the
 * columns the import ignores, inventory's reserved), or
 * OD_EINVAL with a reason (never an empty one); od_import_int keeps
 * within its bounds. A broken invariant aborts. */
#include <json-c/json.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "csv.h"
#include "error.h"
#include "import.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const struct od_csv_limits limits = {
    .max_field = 256,
    .max_fields = 32,
    .max_record = 4096,
};

struct run {
    const char *kind;
    struct od_import_cols *cols;
    size_t n_cols;
    size_t n_ignored;
    bool refused;
};

static void check(int ok)
{
    if (!ok)
        abort();
}

static void cells(const struct od_csv_record *rec)
{
    for (size_t i = 0; i < rec->n_fields; i++) {
        bool b;
        int64_t v = 0;
        int rc = od_import_bool(rec->fields[i], rec->lengths[i], &b);

        check(rc == 0 || rc == OD_EINVAL);
        rc = od_import_int(rec->fields[i], rec->lengths[i], -1000, 1000, &v);
        check(rc == OD_EINVAL || (rc == 0 && v >= -1000 && v <= 1000));
    }
}

static int on_record(void *ud, const struct od_csv_record *rec)
{
    struct run *r = ud;
    struct json_object *row = NULL;
    int rc;

    cells(rec);
    if (r->refused)
        return 0;
    if (!r->cols) {
        rc = od_import_cols_new(r->kind, rec->fields, rec->n_fields, &r->cols);
        if (rc != 0) {
            check(rc == OD_ENOTFOUND || rc == OD_EINVAL || rc == OD_ENOMEM);
            check(od_error_last()[0] != '\0');
            r->refused = true;
            return 0;
        }
        check(od_import_cols_present(r->cols) != NULL);
        r->n_cols = rec->n_fields;
        for (const char *ig = od_import_cols_ignored(r->cols); ig; ig = strstr(ig + 1, ", "))
            r->n_ignored++;
        return 0;
    }
    if (rec->error || rec->n_fields != r->n_cols)
        return 0; /* the importer rejects these rows before validating */
    rc = od_import_row(r->cols, rec->fields, rec->lengths, rec->n_fields, &row);
    if (rc == 0) {
        check(json_object_is_type(row, json_type_object));
        check((size_t)json_object_object_length(row) + r->n_ignored >= r->n_cols);
        check(json_object_to_json_string(row) != NULL);
    } else {
        check(rc == OD_EINVAL || rc == OD_ENOMEM);
        check(od_error_last()[0] != '\0');
    }
    json_object_put(row);
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    size_t n_kinds = 0;
    struct run r = {0};
    struct od_csv *p = NULL;

    if (size < 1)
        return 0;
    while (od_import_kinds[n_kinds])
        n_kinds++;
    r.kind = od_import_kinds[data[0] % n_kinds];
    if (od_csv_new(',', &limits, on_record, &r, &p) == 0) {
        if (od_csv_feed(p, (const char *)data + 1, size - 1) == 0)
            (void)od_csv_finish(p);
    }
    od_csv_free(p);
    od_import_cols_free(r.cols);
    return 0;
}
