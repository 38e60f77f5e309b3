/* Fuzz target: one bare document -> imap_extract_file() with the
 * default settings (the attachment and body readers on a file named by
 * its extension). The first byte picks the file name's extension, the
 * rest is the file. At least one item must come out; every order must
 * be finished and every dead letter must carry a reason, and when no
 * order came out the dead letter holds the whole file. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "imap/extract.h"
#include "json.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const char *const names[] = {"f.csv", "f.tsv",  "f.ndjson", "f.json", "f.xlsx", "f.xls",
                                        "f.txt", "f.html", "f.pdf",    "f",      "f.jsonl"};
    struct imap_extract_settings s = {0};
    const char *name, *file = (const char *)data + (size ? 1 : 0);
    size_t len = size ? size - 1 : 0;
    struct od_batch b;

    name = names[size ? data[0] % (sizeof(names) / sizeof(names[0])) : 0];
    od_batch_init(&b, 0);
    if (imap_extract_file(&s, "fuzz", name, name, file, len, &b) == 0) {
        if (b.n_orders + b.n_dead < 1)
            abort();
        for (size_t i = 0; i < b.n_orders; i++) {
            const struct od_order *o = b.orders[i].order;
            struct json_object *j = NULL;

            if (!o->external_id || o->n_lines == 0 || o->total == OD_MONEY_NONE)
                abort();
            if (od_order_to_json(o, &j) < 0)
                abort();
            json_object_put(j);
        }
        for (size_t i = 0; i < b.n_dead; i++) {
            if (!b.dead[i].reason || !b.dead[i].reason[0] || !b.dead[i].source_ref)
                abort();
            if (b.n_orders == 0 &&
                (b.dead[i].raw_len != len || (len && memcmp(b.dead[i].raw, file, len) != 0)))
                abort();
        }
    }
    od_batch_free(&b);
    return 0;
}
