/* The JSON that orderctl prints with --format json and that orderweb's
 * API answers: one builder per kind of result from lib/, so the two
 * programs give the same objects. Times are shown in display.timezone
 * (display.h), as the clerk reads them. Each returns a new JSON value
 * (caller json_object_put()s it), or NULL when memory runs out. */
#ifndef OD_APIJSON_H
#define OD_APIJSON_H

#include <stddef.h>

#include "chanstatus.h"
#include "deadletter.h"
#include "model.h"

struct json_object;

/* One order of the review queue or of `orderctl orders list`: the
 * normalized order (od_order_to_json) with its times in the zone. */
struct json_object *od_api_order_json(const struct od_order *o);

/* The channels as `orderctl channels --format json` lists them. */
struct json_object *od_api_channels_json(const struct od_chanstatus *v, size_t n);

/* Dead letters as `orderctl deadletters list --format json` lists them
 * (without their bytes; first_seen in whole seconds). */
struct json_object *od_api_deadletters_json(const struct od_deadletter_entry *v, size_t n);

/* One dead letter with its raw bytes (base64, lines of 76 characters),
 * as `orderctl deadletters show --format json` prints it. */
struct json_object *od_api_deadletter_json(const struct od_deadletter_entry *d);

/* `j` as orderctl prints it: pretty, slashes not escaped. */
const char *od_api_json_text(struct json_object *j);

#endif
