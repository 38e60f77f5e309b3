/* A connector's settings (a struct filled by the config loader from a key
 * table, config.h) as bytes, and back: how a parent hands a channel's
 * settings to a child process it spawned (connectors/imap/mailworker.c).
 * Both ends are the same program, so the key table is the schema: the
 * bytes hold the values in the table's order, without names.
 *
 * Layout (integers little-endian): for each key of the table,
 *   STRING, SECRET, ENUM, PATH: u8 given, u32 length, bytes
 *   BOOL: u8; INT, DURATION: i64; SIZE: u64
 *   MAP: u8 given (keys allocated: `columns: {}` is not `columns:` absent),
 *        u32 n, n x (key, value) as strings
 *   LIST: u32 n, n strings; SECTION: its table's values
 *   SECTION_MAP: u32 n, n x (name as a string, the item by `section`) */
#ifndef OD_SETTINGSWIRE_H
#define OD_SETTINGSWIRE_H

#include <stddef.h>

#include "config.h"

struct od_buf;

/* Append the values of `settings` (borrowed) by `keys` to `out`. Secrets
 * are written too: the bytes go only to a pipe to a child. 0, OD_ENOMEM or
 * OD_ETOOBIG (out's cap). */
int od_settings_encode(const struct od_config_key *keys, const void *settings, struct od_buf *out);

/* Fill `settings` (zeroed by the caller, of the table's struct) from
 * data[0..len), which must hold exactly one encoding by the same table.
 * The caller frees it with od_settings_free(keys, settings), also on
 * failure. 0, OD_EINVAL (the bytes do not fit the table) or OD_ENOMEM. */
int od_settings_decode(const struct od_config_key *keys, const char *data, size_t len,
                       void *settings);

#endif
