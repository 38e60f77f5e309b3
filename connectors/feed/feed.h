/* The file feed connector (kind: feed): internal interface between the
 * directory/cursor logic (feed.c) and the file parsers (parse.c). */
#ifndef OD_FEED_H
#define OD_FEED_H

#include <stddef.h>
#include <stdint.h>

#include "config.h"
#include "model.h"

struct feed_settings {
    char *dir;
    char *url;
    char *ca_file;
    int64_t timeout_ms;
    char *archive_dir;
    char *pattern;
    char *format; /* csv | ndjson | json */
    char *encoding;
    char *delimiter;
    char *timezone;
    char *currency;
    char *default_status;
    struct od_strmap columns;    /* normalized field path -> header */
    struct od_strmap status_map; /* channel status -> normalized status */
    uint64_t max_file_size;
    int64_t settle_ms;
};

/* One order of a file, or one dead letter when order is NULL. */
struct feed_unit {
    struct od_order *order;
    char *external_id; /* as read, may be NULL */
    char *source_ref;  /* "name:3" or "name:3,9" */
    char *reason;      /* dead letters only */
    char *raw;         /* raw bytes (CSV: header line + the rows) */
    size_t raw_len;
};

struct feed_units {
    struct feed_unit *v;
    size_t n, cap;
};

/* Parse a whole file (`data`, `len` bytes, named `name` for source refs)
 * into units, in a deterministic order (CSV: orders in order of their
 * first row). Bad rows, orders and files become dead units; the only
 * failure is OD_ENOMEM. */
int feed_parse(const struct feed_settings *s, const char *channel, const char *name,
               const char *data, size_t len, struct feed_units *out);
void feed_units_free(struct feed_units *u);

/* Check a `columns:` map (normalized field path -> header) and a
 * `status_map:` (channel status -> normalized status) of the section
 * `section` ("feed", "extract"); OD_ECONFIG with "SECTION.columns: ..."
 * when a key is not a field path, external_id is not mapped, or a value
 * is not a normalized status. */
int feed_check_mapping(const char *section, const struct od_strmap *columns,
                       const struct od_strmap *status_map);

/* The field paths a CSV header may name (NULL-terminated). */
extern const char *const feed_csv_fields[];

#endif
