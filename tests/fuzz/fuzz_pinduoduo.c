/* Fuzz target: 拼多多 order JSON -> normalized order. Whatever the input,
 * the normalizer either refuses with a reason or returns an order that
 * passed od_order_finish(), prints as normalized JSON, and whose amounts
 * add up: total = subtotal + shipping - discount is not required of the
 * platform, but every line is priced and the subtotal is their sum. */
#include <stdint.h>
#include <stdlib.h>

#include "error.h"
#include "json.h"
#include "pinduoduo/pinduoduo.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    struct json_object *j = NULL, *out = NULL;
    struct od_order *o = NULL;

    if (od_json_parse((const char *)data, size, &j) < 0)
        return 0;
    if (pinduoduo_normalize(j, "fuzz", &o) == 0) {
        od_money sum = 0;

        if (!o || !o->external_id || !o->revision || o->n_lines == 0 || o->total == OD_MONEY_NONE ||
            o->updated_at == OD_TIME_NONE)
            abort();
        for (size_t i = 0; i < o->n_lines; i++) {
            if (od_price_is_none(o->lines[i].unit_price) || o->lines[i].qty <= 0)
                abort();
            sum += o->lines[i].total;
        }
        if (sum != o->subtotal)
            abort();
        if (od_order_to_json(o, &out) < 0)
            abort();
        json_object_put(out);
        od_order_free(o);
    } else if (od_error_last()[0] == '\0') {
        abort(); /* a refusal must say why */
    }
    json_object_put(j);
    return 0;
}
