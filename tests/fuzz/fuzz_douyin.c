/* Fuzz target: 抖店 order JSON -> normalized order. Whatever the
 * input, the normalizer either refuses with a reason or returns an order
 * that passed od_order_finish() and prints as normalized JSON. */
#include <stdint.h>
#include <stdlib.h>

#include "error.h"
#include "json.h"
#include "douyin/douyin.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    struct json_object *j = NULL, *out = NULL;
    struct od_order *o = NULL;

    if (od_json_parse((const char *)data, size, &j) < 0)
        return 0;
    (void)douyin_update_time(j); /* the paging key: no overflow whatever the input */
    if (douyin_normalize(j, "fuzz", &o) == 0) {
        if (!o || !o->external_id || o->n_lines == 0 || o->total == OD_MONEY_NONE)
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
