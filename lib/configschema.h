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

/* Pieces for building a schema, shared with the rules schema (rules.c).
 * Each returns a new object, or NULL when out of memory; they accept
 * NULL arguments (a NULL `o` drops `v`), so a tree can be built without a
 * check at every step and tested once at the end. */
struct json_object *od_schema_typed(const char *type); /* {"type": type} */
struct json_object *od_schema_any_of(struct json_object *a, struct json_object *b);
struct json_object *od_schema_pattern(const char *re); /* a string matching re */
void od_schema_put(struct json_object *o, const char *key, struct json_object *v);

#endif
