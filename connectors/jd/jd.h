/* The 京东 / JD connector (kind: jd): internal interface between the sync
 * logic (jd.c) and the order normalizer (normalize.c). */
#ifndef OD_JD_H
#define OD_JD_H

#include <json-c/json.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "model.h"
#include "timeutil.h"

/* JD writes its times in GMT+8 (China has no daylight saving time). */
#define JD_GMT8_US (INT64_C(8) * 3600 * 1000000)

/* One element of jingdong.pop.order.search's orderInfoList -> a finished
 * normalized order of `channel`, or OD_EINVAL with the reason. Amounts
 * are yuan strings read exactly into fen. Caller owns *out. */
int jd_normalize(struct json_object *order, const char *channel, struct od_order **out);

/* The normalized status of an orderState ("WAIT_SELLER_STOCK_OUT" ->
 * paid); OD_STATUS_NONE when the state is not known. */
enum od_status jd_status(const char *state);

/* A JD time "yyyy-MM-dd HH:mm:ss" (GMT+8; a text with its own offset,
 * such as the "yyyy-MM-dd HH:mm:ss.SSS+0800" of the gateway's timestamp,
 * is read with it). 0 or OD_EINVAL; *out is set only on success. */
int jd_time_parse(const char *s, od_time *out);

/* od_time -> "yyyy-MM-dd HH:mm:ss" in GMT+8 (the fraction dropped), or
 * with `millis` "yyyy-MM-dd HH:mm:ss.SSS+0800" (the gateway's
 * timestamp). `buf` holds at least JD_TIME_LEN bytes. Returns buf. */
#define JD_TIME_LEN 32
char *jd_time_format(od_time t, bool millis, char *buf, size_t len);

/* The platform's call (connectors/common/gateway.h): error table,
 * backoff, signing and envelope. Exposed for the gateway's unit test. */
struct od_gw_platform;
extern const struct od_gw_platform jd_platform;

#endif
