/* TEMP stub of the e-mail extractor (the real one is on branch h-mail):
 * one order per message whose body has a "PO No.: X" line (external_id
 * X, one line STUB x1 @ 1.00), else one dead letter holding the whole
 * message ("no order number found"). Reverted once h-mail is merged. */
#include "extract.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "error.h"
#include "model.h"

#define K(f) offsetof(struct imap_extract_settings, f)

const struct od_config_key imap_extract_keys[] = {
    {"sheet", OD_KEY_STRING, NULL, K(sheet), "xlsx: worksheet name", NULL, false},
    {"columns", OD_KEY_MAP, NULL, K(columns), "attachments: field path -> column", NULL, false},
    {"status_map", OD_KEY_MAP, NULL, K(status_map), "status value -> normalized status", NULL,
     false},
    {"encoding", OD_KEY_STRING, "auto", K(encoding), "charset of unlabelled text", NULL, false},
    {"timezone", OD_KEY_STRING, "Asia/Shanghai", K(timezone), "zone of naive times", NULL, false},
    {"currency", OD_KEY_STRING, "CNY", K(currency), "default currency", NULL, false},
    {"default_status", OD_KEY_STRING, "pending_payment", K(default_status), "default status",
     NULL, false},
    {"sources", OD_KEY_LIST, "[attachments, body]", K(sources), "what to read", NULL, false},
    {"labels", OD_KEY_MAP, NULL, K(labels), "extra text labels", NULL, false},
    {"max_attachments", OD_KEY_SIZE, "20", K(max_attachments), "attachments read", NULL, false},
    {"max_depth", OD_KEY_SIZE, "10", K(max_depth), "MIME nesting", NULL, false},
    {"max_xlsx_uncompressed", OD_KEY_SIZE, "64MiB", K(max_xlsx_uncompressed), "xlsx limit",
     NULL, false},
    {NULL, 0, NULL, 0, NULL, NULL, false},
};

int imap_extract_validate(const struct imap_extract_settings *s)
{
    (void)s;
    return 0;
}

int imap_extract(const struct imap_extract_settings *s, const char *channel, const char *source_ref,
                 const char *raw, size_t len, bool customer_from_sender, struct od_batch *out)
{
    const char *p = memmem(raw, len, "PO No.: ", 8);
    struct od_order *o = NULL;
    struct od_line *l = NULL;
    size_t n = 0;

    (void)s;
    (void)customer_from_sender;
    if (!p)
        return od_batch_add_dead(out, source_ref, NULL, "no order number found", raw, len);
    p += 8;
    while (p + n < raw + len && p[n] != '\r' && p[n] != '\n' && n < 64)
        n++;
    o = od_order_new();
    if (!o || od_str_set(&o->external_id, p, n) < 0 ||
        od_str_set(&o->channel, channel, strlen(channel)) < 0 || od_order_add_line(o, &l) < 0 ||
        od_str_set(&l->sku, "STUB", 4) < 0) {
        od_order_free(o);
        return od_error_set(OD_ENOMEM, "out of memory");
    }
    l->qty = 1;
    l->unit_price = 100;
    o->status = OD_STATUS_PENDING_PAYMENT;
    memcpy(o->currency, "CNY", 4);
    if (od_order_finish(o) < 0) {
        od_order_free(o);
        return od_batch_add_dead(out, source_ref, NULL, od_error_last(), raw, len);
    }
    return od_batch_add_order(out, o, raw, len);
}
