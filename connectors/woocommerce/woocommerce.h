/* The WooCommerce connector (kind: woocommerce): internal interface
 * between the sync logic (woocommerce.c) and the normalizer (normalize.c). */
#ifndef OD_WOOCOMMERCE_H
#define OD_WOOCOMMERCE_H

#include <json-c/json.h>
#include <stdint.h>

#include "model.h"

/* One element of GET /wp-json/wc/v3/orders -> a finished normalized order
 * of `channel`, or OD_EINVAL with the reason. Caller owns *out. */
int woocommerce_normalize(struct json_object *order, const char *channel, struct od_order **out);

/* The value of an answer's X-WP-Total header (NULL: none) as a count of
 * orders: *n. OD_EIO with a detail when it is not a plain decimal. */
int woocommerce_total_parse(const char *value, int64_t *n);

#endif
