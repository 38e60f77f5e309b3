/* libFuzzer target for the parser of the mail reader's reply
 * (od_batchwire_parse in lib/batchwire.c): the bytes the mail reader's
 * child wrote, which the parent must treat as hostile (a mail may have
 * taken over the child).
 *
 * The input is the reply itself. Invariants, any broken one aborts: the
 * result is 0, OD_EINVAL or OD_ENOMEM with a detail; a refused reply adds
 * nothing that is not freed; on success the code is 0, OD_EINVAL,
 * OD_ETOOBIG or OD_ENOMEM, the detail is empty exactly for 0, a result has
 * at least one item and a failure none, every order has the channel given
 * and every dead letter a reason; encoded again, the batch parses to the
 * same bytes once more. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "batchwire.h"
#include "buf.h"
#include "error.h"

static void check(int ok)
{
    if (!ok)
        abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char detail[OD_BATCHWIRE_DETAIL_MAX + 1], detail2[OD_BATCHWIRE_DETAIL_MAX + 1];
    struct od_batch b, again;
    struct od_buf w, w2;
    int code = 99, code2 = 99, rc;

    od_batch_init(&b, 0);
    rc = od_batchwire_parse((const char *)data, size, "fuzz", &b, &code, detail, sizeof(detail));
    check(rc == 0 || rc == OD_EINVAL || rc == OD_ENOMEM);
    if (rc != 0) {
        check(od_error_last()[0] != '\0' && code == 99);
        od_batch_free(&b);
        return 0;
    }
    check(code == 0 || code == OD_EINVAL || code == OD_ETOOBIG || code == OD_ENOMEM);
    check((code == 0) == (detail[0] == '\0'));
    check((code == 0) == (b.n_orders + b.n_dead > 0));
    for (size_t i = 0; i < b.n_orders; i++)
        check(b.orders[i].order && strcmp(b.orders[i].order->channel, "fuzz") == 0);
    for (size_t i = 0; i < b.n_dead; i++)
        check(b.dead[i].reason != NULL);

    od_buf_init(&w, SIZE_MAX / 2);
    od_buf_init(&w2, SIZE_MAX / 2);
    check(od_batchwire_encode(code, detail, &b, &w) == 0);
    od_batch_init(&again, 0);
    check(od_batchwire_parse(w.data, w.len, "fuzz", &again, &code2, detail2, sizeof(detail2)) == 0);
    check(code2 == code && strcmp(detail, detail2) == 0);
    check(again.n_orders == b.n_orders && again.n_dead == b.n_dead);
    check(od_batchwire_encode(code2, detail2, &again, &w2) == 0);
    check(w.len == w2.len && memcmp(w.data, w2.data, w.len) == 0);
    od_batch_free(&again);
    od_batch_free(&b);
    od_buf_free(&w);
    od_buf_free(&w2);
    return 0;
}
