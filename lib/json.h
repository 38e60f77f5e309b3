/* The normalized order as JSON (json-c): the shape of DESIGN.md, printed
 * by `orderctl --format json`, read by the ndjson/json feed formats.
 *
 * Printing then parsing gives back an equal order (round trip). Money is
 * always a decimal string ("12.30") on output; on input a string or a JSON
 * number written with at most two decimals is accepted and read exactly
 * from its text, never through a double. Times print as RFC 3339 UTC. */
#ifndef OD_JSON_H
#define OD_JSON_H

#include <json-c/json.h>
#include <stddef.h>

#include "model.h"

/* Build the JSON object of an order. `id` is printed only when non-zero;
 * `audit` only when outcome is set; `extraction` ({"doubts": [...],
 * "sources": {...}}, sources {} when not known) only when o->extraction
 * is set; `invoice` ({"type", "medium", "title", "tax_id", "email",
 * "address", "phone", "bank", "account"}) only when one of its fields is
 * given. Caller owns *out (json_object_put). */
int od_order_to_json(const struct od_order *o, struct json_object **out);

/* PostgreSQL's text of the jsonb a JSON value becomes (`value::jsonb::text`):
 * object keys shorter first then bytewise, ", " and ": " between items,
 * strings escaped as escape_json() does. `drop` (NULL-terminated, may be
 * NULL) lists top-level keys left out, as jsonb's `- text[]` does.
 * Appended to `out`. OD_EINVAL for what this does not write as PostgreSQL
 * would: a double, a NUL in a string, nesting deeper than 64. */
struct od_buf;
int od_jsonb_text(struct json_object *v, const char *const *drop, struct od_buf *out);

/* Lower-case hex SHA-256 of od_jsonb_text()'s text: the content hash
 * orderd_stage computes for an order (`sha256(convert_to((o - 'raw' -
 * 'id' - 'revision' - 'audit' - 'channel')::text, 'UTF8'))`). */
int od_jsonb_sha256(struct json_object *v, const char *const *drop, char out[65]);

struct od_json_opts {
    const char *tz;       /* zone for naive time stamps; NULL = UTC */
    const char *currency; /* default when the object names none; NULL = none */
};

/* Read an order from a parsed JSON object. "id" and "channel" in the
 * input are ignored (the caller assigns them). Unknown keys are errors
 * naming the key and listing the known ones, so typos do not silently
 * drop data. Does not call od_order_finish(). On failure OD_EINVAL with
 * a detail naming the field path, array indexes from 0 ("lines[1].qty:
 * expected a positive integer"). Caller owns *out.
 * Every field may be null or absent (= not given) except a line's qty, a
 * positive integer or integral string. Strings must be JSON strings
 * without NUL; currency is 3 letters (upper-cased), opts->currency when
 * null or absent; status a normalized name; a line's line_no, when
 * given, must equal its position; audit.outcome is approved, held,
 * rejected or pending and is required when reasons are given; evidence
 * is an object (kept as its JSON text); extraction is an object with
 * "doubts" (array of strings) and "sources" (object of strings, kept as
 * its JSON text; an empty one counts as none); invoice is an object of
 * strings (type and medium are checked by od_order_finish). */
int od_order_from_json(struct json_object *obj, const struct od_json_opts *opts,
                       struct od_order **out);

/* Parse text (at most `len` bytes, need not be NUL-terminated) holding
 * exactly one JSON value, with a nesting limit of 32 (json-c's depth: 31
 * nested arrays parse, 32 do not), in json-c's strict mode with UTF-8
 * validation; only whitespace may follow the value. On a syntax error
 * the detail gives the byte offset and json-c's description ("JSON
 * syntax error at byte 17: unexpected character"). Caller owns *out. */
int od_json_parse(const char *text, size_t len, struct json_object **out);

/* Helpers for connectors reading a platform's own JSON. Each reads `key`
 * of object `o` (absent or null = not given: NULL / OD_MONEY_NONE /
 * OD_TIME_NONE) and names `path` in its error detail. */

/* The text of a string, or the literal of a number (ids sent as JSON
 * numbers keep all their digits); NULL for absent, null or other types.
 * Borrowed from `o`. */
const char *od_json_text(struct json_object *o, const char *key);
/* Copy a string (or number literal) into *field. */
int od_json_get_str(struct json_object *o, const char *key, const char *path, char **field);
/* An amount written as "12.30" or 12.30, read exactly. */
int od_json_get_money(struct json_object *o, const char *key, const char *path, od_money *field);
/* The same for a unit price (od_price_parse: up to four decimals). */
int od_json_get_price(struct json_object *o, const char *key, const char *path, od_price *field);
/* A unit price that a platform states in whole cents (shops): read as
 * od_json_get_money reads an amount, so a third decimal is refused. */
int od_json_get_cent_price(struct json_object *o, const char *key, const char *path,
                           od_price *field);
/* A time stamp string; naive ones are read in `tz`. */
int od_json_get_time(struct json_object *o, const char *key, const char *path, const char *tz,
                     od_time *field);

#endif
