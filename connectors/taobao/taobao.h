/* The Taobao/Tmall connector (kind: taobao): internal interface between
 * the sync logic (taobao.c) and the trade normalizer (normalize.c). */
#ifndef OD_TAOBAO_H
#define OD_TAOBAO_H

#include <json-c/json.h>

#include "model.h"

/* Asia/Shanghai, the zone of every TOP time stamp, is UTC+8 without DST
 * (since 1991): times are converted with this fixed offset. */
#define TAOBAO_GMT8_US (INT64_C(8) * 3600 * 1000000)

/* Turn one element of trades.trade[] (taobao.trades.sold.increment.get)
 * into a finished normalized order of `channel`. OD_EINVAL with the
 * reason ("orders.order[1]: no price") when it cannot be; the caller
 * dead-letters it. The reason never quotes receiver fields. Caller owns
 * *out. */
int taobao_normalize(struct json_object *trade, const char *channel, struct od_order **out);

/* A TOP time stamp "yyyy-MM-dd HH:mm:ss" (GMT+8; a text with its own
 * offset is read with that offset) -> od_time. OD_EINVAL otherwise. */
int taobao_time_parse(const char *s, size_t len, od_time *out);

/* od_time -> "yyyy-MM-dd HH:mm:ss" in GMT+8 (fraction dropped). `buf`
 * holds at least 20 bytes. Returns buf. */
char *taobao_time_format(od_time t, char *buf, size_t len);

/* The platform's call (connectors/common/gateway.h): error table,
 * backoff, signing and envelope. Exposed for the gateway's unit test. */
struct od_gw_platform;
extern const struct od_gw_platform taobao_platform;

#endif
