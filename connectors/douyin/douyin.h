/* The 抖店 / Douyin connector (kind: douyin): internal interface between
 * the sync logic (douyin.c) and the order normalizer (normalize.c). */
#ifndef OD_DOUYIN_H
#define OD_DOUYIN_H

#include <json-c/json.h>

#include "model.h"

/* One element of order.searchList's shop_order_list -> a finished
 * normalized order of `channel`, or OD_EINVAL with the reason. Amounts
 * are integer fen, read exactly. Caller owns *out. */
int douyin_normalize(struct json_object *order, const char *channel, struct od_order **out);

/* An order's update_time (unix seconds) as od_time, the paging key;
 * OD_TIME_NONE when absent, zero, or not a time in years 1970–9999. */
od_time douyin_update_time(struct json_object *order);

/* The platform's call (connectors/common/gateway.h): error table,
 * backoff, signing and envelope. Exposed for the gateway's unit test. */
struct od_gw_platform;
extern const struct od_gw_platform douyin_platform;

#endif
