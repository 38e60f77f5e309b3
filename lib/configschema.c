/* JSON Schema (draft 2020-12) of orderd.yaml and of a channel file, made
 * from the same key tables the loader reads (config.c and each
 * connector's), so an editor's YAML language server completes the keys
 * and underlines what the loader would refuse. The loader stays the
 * judge: what a schema cannot say (ranges, paths that must exist, a
 * connector's own checks) is left to `orderd --check`. */
#include "configschema.h"

#include <stdio.h>
#include <string.h>

#include "connector.h"
#include "error.h"

#define SCHEMA_DIALECT "https://json-schema.org/draft/2020-12/schema"

/* json-c adds take the reference; a failed allocation is caught once at
 * the end (any NULL along the way leaves the tree incomplete). */
static struct json_object *obj(void)
{
    return json_object_new_object();
}

void od_schema_put(struct json_object *o, const char *key, struct json_object *v)
{
    if (o)
        json_object_object_add(o, key, v);
    else
        json_object_put(v);
}

static struct json_object *str(const char *s)
{
    return json_object_new_string(s);
}

static struct json_object *strs(const char *const *list)
{
    struct json_object *a = json_object_new_array();

    for (size_t i = 0; a && list && list[i]; i++)
        json_object_array_add(a, str(list[i]));
    return a;
}

static struct json_object *ref(const char *def)
{
    struct json_object *o = obj();
    char path[64];

    snprintf(path, sizeof(path), "#/$defs/%s", def);
    od_schema_put(o, "$ref", str(path));
    return o;
}

struct json_object *od_schema_typed(const char *type)
{
    struct json_object *o = obj();

    od_schema_put(o, "type", str(type));
    return o;
}

struct json_object *od_schema_any_of(struct json_object *a, struct json_object *b)
{
    struct json_object *o = obj(), *l = json_object_new_array();

    if (l) {
        json_object_array_add(l, a);
        json_object_array_add(l, b);
    } else {
        json_object_put(a);
        json_object_put(b);
    }
    od_schema_put(o, "anyOf", l);
    return o;
}

struct json_object *od_schema_pattern(const char *re)
{
    struct json_object *o = od_schema_typed("string");

    od_schema_put(o, "pattern", str(re));
    return o;
}

/* The shared definitions: secret references, scalars, durations, sizes. */
static struct json_object *defs(void)
{
    static const char *const ref_kinds[] = {"env", "file", "credential"};
    struct json_object *d = obj(), *refs = json_object_new_array(), *scalar;

    for (size_t i = 0; i < sizeof(ref_kinds) / sizeof(ref_kinds[0]); i++) {
        struct json_object *o = od_schema_typed("object"), *props = obj(),
                           *req = json_object_new_array();

        od_schema_put(props, ref_kinds[i], od_schema_typed("string"));
        od_schema_put(o, "properties", props);
        if (req)
            json_object_array_add(req, str(ref_kinds[i]));
        od_schema_put(o, "required", req);
        od_schema_put(o, "additionalProperties", json_object_new_boolean(0));
        if (refs)
            json_object_array_add(refs, o);
        else
            json_object_put(o);
    }
    {
        struct json_object *o = obj();

        od_schema_put(o, "oneOf", refs);
        od_schema_put(o, "description", str("{env: NAME}, {file: PATH} or {credential: NAME}"));
        od_schema_put(d, "secret", o);
    }
    scalar = obj();
    {
        static const char *const t[] = {"string", "number", "boolean", "null", NULL};

        od_schema_put(scalar, "type", strs(t));
    }
    od_schema_put(d, "scalar", scalar);
    od_schema_put(d, "text", od_schema_any_of(ref("scalar"), ref("secret")));
    {
        struct json_object *zero = obj(); /* a bare 0 */

        od_schema_put(zero, "const", json_object_new_int(0));
        od_schema_put(d, "duration",
                      od_schema_any_of(
                          zero, od_schema_pattern(
                                    "^(0|([0-9]+d)?([0-9]+h)?([0-9]+m)?([0-9]+s)?([0-9]+ms)?)$")));
    }
    {
        struct json_object *n = od_schema_typed("integer");

        od_schema_put(n, "minimum", json_object_new_int(0));
        od_schema_put(
            d, "size",
            od_schema_any_of(n, od_schema_pattern("^[0-9]+([bB]|[kKmMgGtT]([iI]?[bB])?)?$")));
    }
    od_schema_put(
        d, "bool",
        od_schema_any_of(
            od_schema_typed("boolean"),
            od_schema_pattern("^([Tt][Rr][Uu][Ee]|[Ff][Aa][Ll][Ss][Ee]|[Yy][Ee][Ss]|[Nn][Oo]|"
                              "[Oo][Nn]|[Oo][Ff][Ff])$")));
    {
        struct json_object *m = od_schema_typed("object");

        od_schema_put(m, "additionalProperties", ref("text"));
        od_schema_put(d, "map", od_schema_any_of(m, od_schema_typed("null")));
    }
    {
        struct json_object *a = od_schema_typed("array");

        od_schema_put(a, "items", ref("scalar"));
        od_schema_put(d, "list", od_schema_any_of(a, ref("scalar")));
    }
    return d;
}

static struct json_object *table_schema(const struct od_config_key *keys);

static struct json_object *key_schema(const struct od_config_key *k)
{
    struct json_object *s = NULL;
    char desc[512];

    switch (k->type) {
    case OD_KEY_STRING:
    case OD_KEY_PATH:
        s = ref("text");
        break;
    case OD_KEY_SECRET:
        s = ref("secret");
        break;
    case OD_KEY_BOOL:
        s = ref("bool");
        break;
    case OD_KEY_INT:
        s = od_schema_typed("integer");
        break;
    case OD_KEY_DURATION:
        s = ref("duration");
        break;
    case OD_KEY_SIZE:
        s = ref("size");
        break;
    case OD_KEY_ENUM:
        s = obj();
        od_schema_put(s, "enum", strs(k->choices));
        break;
    case OD_KEY_MAP:
        s = ref("map");
        break;
    case OD_KEY_LIST:
        s = ref("list");
        break;
    case OD_KEY_SECTION:
        s = od_schema_any_of(table_schema(k->section), od_schema_typed("null"));
        /* a section led by `enabled` also takes false (keyload.c) */
        if (s && k->section[0].name && strcmp(k->section[0].name, "enabled") == 0) {
            struct json_object *off = obj();

            od_schema_put(off, "const", json_object_new_boolean(false));
            s = od_schema_any_of(s, off);
        }
        break;
    case OD_KEY_SECTION_MAP: {
        struct json_object *m = od_schema_typed("object");

        od_schema_put(m, "additionalProperties", table_schema(k->section));
        s = od_schema_any_of(m, od_schema_typed("null"));
        break;
    }
    }
    if (!s)
        return NULL;
    if (k->desc) {
        if (k->def)
            snprintf(desc, sizeof(desc), "%s (default %s)", k->desc, k->def);
        else
            snprintf(desc, sizeof(desc), "%s", k->desc);
        /* a $ref beside other keywords is fine in 2020-12 */
        od_schema_put(s, "description", str(desc));
    }
    return s;
}

/* An object of `keys`, no other key, the required ones required. */
static struct json_object *table_schema(const struct od_config_key *keys)
{
    struct json_object *o = od_schema_typed("object"), *props = obj(),
                       *req = json_object_new_array();

    for (size_t i = 0; keys && keys[i].name; i++) {
        od_schema_put(props, keys[i].name, key_schema(&keys[i]));
        if (keys[i].required && req)
            json_object_array_add(req, str(keys[i].name));
    }
    od_schema_put(o, "properties", props);
    if (req && json_object_array_length(req) > 0)
        od_schema_put(o, "required", req);
    else
        json_object_put(req);
    od_schema_put(o, "additionalProperties", json_object_new_boolean(0));
    return o;
}

/* Marks `o` as the whole document. */
static void document(struct json_object *o, const char *title, const char *id)
{
    od_schema_put(o, "$schema", str(SCHEMA_DIALECT));
    od_schema_put(o, "$id", str(id));
    od_schema_put(o, "title", str(title));
    od_schema_put(o, "$defs", defs());
}

static struct json_object *main_schema(void)
{
    static const char *const sections[] = {"database", "log",     "ingest", "http",
                                           "display",  "reports", "web"};
    static const char *const object_or_null[] = {"object", "null", NULL};
    struct json_object *doc = table_schema(od_config_keys(""));
    struct json_object *props = doc ? json_object_object_get(doc, "properties") : NULL;

    for (size_t i = 0; i < sizeof(sections) / sizeof(sections[0]); i++)
        od_schema_put(
            props, sections[i],
            od_schema_any_of(table_schema(od_config_keys(sections[i])), od_schema_typed("null")));
    od_schema_put(doc, "type", strs(object_or_null)); /* an empty orderd.yaml is valid */
    document(doc, "orderd.yaml", "https://orderd.invalid/schema/orderd.json");
    return doc;
}

/* A channel: the channel keys, and exactly the section of its kind. */
static struct json_object *channel_schema(const struct od_connector *const *registry)
{
    struct json_object *doc = table_schema(od_config_keys("channel"));
    struct json_object *props = doc ? json_object_object_get(doc, "properties") : NULL;
    struct json_object *all = json_object_new_array(), *kinds = json_object_new_array();

    for (size_t i = 0; registry[i]; i++) {
        const struct od_connector *c = registry[i];
        struct json_object *cond = obj(), *ifo = obj(), *ifp = obj(), *kind = obj();
        struct json_object *then = obj(), *req = json_object_new_array();
        struct json_object *others = json_object_new_array(), *any = obj();

        od_schema_put(props, c->kind,
                      od_schema_any_of(table_schema(c->keys), od_schema_typed("null")));
        if (kinds)
            json_object_array_add(kinds, str(c->kind));
        od_schema_put(kind, "const", str(c->kind));
        od_schema_put(ifp, "kind", kind);
        od_schema_put(ifo, "properties", ifp);
        od_schema_put(cond, "if", ifo);
        if (req)
            json_object_array_add(req, str(c->kind));
        od_schema_put(then, "required", req);
        for (size_t j = 0; registry[j]; j++) {
            struct json_object *r, *rl;

            if (j == i)
                continue;
            r = obj();
            rl = json_object_new_array();
            if (rl)
                json_object_array_add(rl, str(registry[j]->kind));
            od_schema_put(r, "required", rl);
            if (others)
                json_object_array_add(others, r);
            else
                json_object_put(r);
        }
        od_schema_put(any, "anyOf", others);
        if (json_object_array_length(others) > 0)
            od_schema_put(then, "not", any); /* no section of another kind */
        else
            json_object_put(any);
        od_schema_put(cond, "then", then);
        if (all)
            json_object_array_add(all, cond);
        else
            json_object_put(cond);
    }
    if (props) {
        struct json_object *kind = json_object_object_get(props, "kind");

        od_schema_put(kind, "enum", kinds);
        kinds = NULL;
    }
    json_object_put(kinds);
    od_schema_put(doc, "allOf", all);
    document(doc, "orderd channel file", "https://orderd.invalid/schema/channel.json");
    return doc;
}

int od_config_schema(const char *which, const struct od_connector *const *registry,
                     struct json_object **out)
{
    struct json_object *s = NULL;

    if (strcmp(which, "main") == 0)
        s = main_schema();
    else if (strcmp(which, "channel") == 0)
        s = channel_schema(registry);
    else
        return od_error_set(OD_EINVAL, "no schema named '%s': main, channel or rules", which);
    if (!s)
        return od_error_set(OD_ENOMEM, "out of memory");
    *out = s;
    return 0;
}
