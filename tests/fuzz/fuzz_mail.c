/* Fuzz target: one raw e-mail message -> imap_extract() with the
 * default settings (MIME walk, transfer and charset decoding, header
 * words, HTML, attachments through the feed parsers and the XLSX
 * reader, the plain-text order reader). At least one item must come
 * out; every order must be finished and every dead letter must carry a
 * reason, and a message-level one the whole message. A failure must be
 * of an allowed class (below). */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "error.h"
#include "imap/extract.h"
#include "json.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    struct imap_extract_settings s = {0};
    struct od_batch b;
    int rc;

    od_batch_init(&b, 0);
    rc = imap_extract(&s, "fuzz", "INBOX <f>", (const char *)data, size, true, &b);
    /* Content past a reader's limit is OD_ETOOBIG or OD_EINVAL with its
     * own detail (the connector keeps the message as a dead letter);
     * nothing else but running out of memory. */
    if (rc < 0 && rc != OD_ENOMEM && rc != OD_ETOOBIG && rc != OD_EINVAL)
        abort();
    if (rc < 0 && rc != OD_ENOMEM && strcmp(od_error_last(), "out of memory") == 0)
        abort();
    if (rc == 0) {
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
                (b.dead[i].raw_len != size || (size && memcmp(b.dead[i].raw, data, size) != 0)))
                abort();
        }
    }
    od_batch_free(&b);
    return 0;
}
