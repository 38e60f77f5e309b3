/* The 拼多多 / Pinduoduo connector (kind: pinduoduo): internal interface
 * between the sync logic (pinduoduo.c) and the order normalizer
 * (normalize.c). */
#ifndef OD_PINDUODUO_H
#define OD_PINDUODUO_H

#include <json-c/json.h>

#include "model.h"

/* One element of pdd.order.number.list.increment.get's order_sn_list ->
 * a finished normalized order of `channel` (borrowed), or OD_EINVAL with
 * the reason. Amounts are yuan JSON numbers read exactly from their
 * literal text; times are GMT+8 wall-clock strings. `order` is borrowed;
 * caller owns *out, which is set only on success. */
int pinduoduo_normalize(struct json_object *order, const char *channel, struct od_order **out);

/* The GMT+8 "yyyy-MM-dd HH:mm:ss" time of o.key: *out, OD_TIME_NONE when
 * absent or empty; OD_EINVAL for another shape. */
int pinduoduo_gmt8_time(struct json_object *o, const char *key, od_time *out);

/* The platform's call (connectors/common/gateway.h): error table,
 * backoff, signing and envelope. Exposed for the gateway's unit test. */
struct od_gw_platform;
extern const struct od_gw_platform pinduoduo_platform;

#endif
