/* Fuzz target: the feed connector's file parser (CSV grouped by
 * external_id with column mapping, NDJSON, JSON) on arbitrary bytes.
 * The first byte picks the format and encoding; the rest is the file.
 * Every unit must be either an order that passed od_order_finish() or a
 * dead letter with a reason and the raw bytes. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "feed/feed.h"
#include "json.h"

static char *k_map[] = {"external_id", "lines.qty", "lines.unit_price", "lines.sku", "status"};
static char *v_map[] = {"id", "qty", "price", "sku", "st"};
static char *k_status[] = {"ok"};
static char *v_status[] = {"paid"};

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static char *formats[] = {"csv", "ndjson", "json", "csv"};
    static char *encodings[] = {"utf-8", "gb18030", "big5", "iso-8859-1"};
    struct feed_settings s = {0};
    struct feed_units u = {0};
    uint8_t sel;

    if (size < 1)
        return 0;
    sel = data[0];
    s.format = formats[sel & 3];
    s.encoding = encodings[(sel >> 2) & 3];
    s.delimiter = (sel & 0x10) ? ";" : ",";
    s.timezone = (sel & 0x20) ? "Asia/Shanghai" : "UTC";
    s.currency = "CNY";
    s.default_status = "paid";
    if (sel & 0x40) {
        s.columns.n = 5;
        s.columns.keys = k_map;
        s.columns.values = v_map;
    }
    s.status_map.n = 1;
    s.status_map.keys = k_status;
    s.status_map.values = v_status;
    if (feed_parse(&s, "fuzz", "f.csv", (const char *)data + 1, size - 1, &u) == 0) {
        for (size_t i = 0; i < u.n; i++) {
            const struct feed_unit *x = &u.v[i];

            if (!x->source_ref || !x->raw)
                abort();
            if (x->order) {
                struct json_object *j = NULL;

                if (!x->order->external_id || x->order->n_lines == 0 ||
                    x->order->total == OD_MONEY_NONE)
                    abort();
                if (od_order_to_json(x->order, &j) < 0)
                    abort();
                json_object_put(j);
            } else if (!x->reason) {
                abort();
            }
        }
    }
    feed_units_free(&u);
    return 0;
}
