/* The Shopify connector (kind: shopify): internal interface between the
 * sync logic (shopify.c) and the order normalizer (normalize.c). */
#ifndef OD_SHOPIFY_H
#define OD_SHOPIFY_H

#include <json-c/json.h>
#include <stddef.h>
#include <stdint.h>

#include "model.h"

/* Turn one element of orders.json's "orders" array into a finished
 * normalized order of `channel`. OD_EINVAL with the reason ("line_items[1]:
 * no price") when it cannot be; the caller dead-letters it. Caller owns
 * *out. */
int shopify_normalize(struct json_object *order, const char *channel, struct od_order **out);

/* The answer of orders/count.json, {"count": N}: *n = N. OD_EIO with a
 * detail when it is not that (not JSON, no integer count, negative). */
int shopify_count_parse(const char *body, size_t len, int64_t *n);

#endif
