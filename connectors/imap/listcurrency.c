/* An order list's currency from its header line (listcurrency.h). */
#include <string.h>

#include "docfields.h"
#include "listcurrency.h"

#define HEAD_MAX   4096
#define HEAD_CODES 4

void listcur_from_header(const char *data, size_t len, const char *dflt, struct feed_units *u)
{
    const char *nl = memchr(data, '\n', len);
    size_t n = nl ? (size_t)(nl - data) : len, k, used = 0;
    char codes[HEAD_CODES][4];
    const char *code = NULL;
    struct mail_marks m;

    if (!u->n || n > HEAD_MAX)
        return;
    k = mail_currency_marks(data, n, codes, HEAD_CODES, &m);
    for (size_t i = 0; i < k; i++) {
        if (strcmp(codes[i], "CNY") == 0)
            continue;
        if (code && strcmp(code, codes[i]) != 0)
            return; /* two: none */
        code = codes[i];
    }
    if (!code || strcmp(code, dflt) == 0)
        return;
    for (size_t i = 0; i < u->n; i++) {
        if (!u->v[i].order)
            continue;
        if (strcmp(u->v[i].order->currency, dflt) != 0)
            return; /* a cell marked it */
        used++;
    }
    for (size_t i = 0; i < u->n && used; i++)
        if (u->v[i].order)
            memcpy(u->v[i].order->currency, code, 4);
}
