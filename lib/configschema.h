/* JSON Schema of the configuration files, from the loader's key tables
 * (`orderd --print-schema main|channel|rules`, installed under
 * share/orderd/schema/ for editors). */
#ifndef OD_CONFIGSCHEMA_H
#define OD_CONFIGSCHEMA_H

#include <json-c/json.h>

#include "config.h"

/* `which`: "main" (orderd.yaml) or "channel" (a channels.d file, every
 * kind of `registry`). *out is the caller's (json_object_put). */
int od_config_schema(const char *which, const struct od_connector *const *registry,
                     struct json_object **out);

#endif
