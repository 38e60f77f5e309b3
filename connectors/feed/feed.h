/* The file feed connector (kind: feed): internal interface between the
 * directory/cursor logic (feed.c) and the file parsers (parse.c). */
#ifndef OD_FEED_H
#define OD_FEED_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "buf.h"
#include "charset.h"
#include "config.h"
#include "csv.h"
#include "model.h"
#include "orderfile.h"

struct feed_settings {
    char *dir;
    char *url;
    char *username; /* url: HTTP basic auth, or NULL */
    char *password; /* url: a secret reference ({env}/{file}) */
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

/* Check a `columns:` map (normalized field path -> header) and a
 * `status_map:` (channel status -> normalized status) of the section
 * `section` ("feed", "extract"); OD_ECONFIG with "SECTION.columns: ..."
 * when a key is not a field path, external_id is not mapped, or a value
 * is not a normalized status. */
int feed_check_mapping(const char *section, const struct od_strmap *columns,
                       const struct od_strmap *status_map);

/* ---- pieces of the parsers (parse.c, parse_json.c) ------------------ */

/* Longest dead-letter reason, with its NUL. */
#define REASON_MAX 512

/* Add a unit: `order` (taken, freed even on failure) or, when NULL, a
 * dead letter with `reason`; copies the strings and `raw`. */
int feed_add_unit(struct feed_units *u, struct od_order *order, const char *external_id,
                  const char *source_ref, const char *reason, const char *raw, size_t raw_len);
/* A dead letter for the whole file (`data` copied as its raw bytes). */
int feed_dead_file(struct feed_units *u, const char *name, const char *data, size_t len,
                   const char *reason);
/* Apply the channel's currency and default status and derive totals;
 * a failure is the order's reason to be a dead letter. */
int feed_finish_order(const struct orderfile_opts *s, struct od_order *o);
/* The whole-file parsers of NDJSON and JSON (as orderfile_parse). */
int feed_parse_ndjson(const struct orderfile_opts *s, const char *channel, const char *name,
                      const char *data, size_t len, struct feed_units *u);
int feed_parse_json(const struct orderfile_opts *s, const char *channel, const char *name,
                    const char *data, size_t len, struct feed_units *u);

/* The rows of a CSV file (or of a part of one) under its header. The
 * settings are borrowed and outlive it. */
struct feed_csv;
int feed_csv_new(const struct orderfile_opts *s, struct feed_csv **out);
void feed_csv_free(struct feed_csv *c);
/* A blank record (only spaces and tabs, not malformed): skipped. */
bool feed_csv_blank(const struct od_csv_record *rec);
/* Keep a record (copied): the first non-blank one is the header, the
 * others are rows; blank ones are skipped. OD_ENOMEM only. */
int feed_csv_add(struct feed_csv *c, const struct od_csv_record *rec);
bool feed_csv_has_header(const struct feed_csv *c);
/* Map the header to field paths; OD_EINVAL with the reason the whole
 * file is a dead letter when it cannot be used. */
int feed_csv_map(struct feed_csv *c);
/* The record's external_id as the rows are grouped by (converted to
 * UTF-8, NUL-terminated, in `b`); false when it has none (the row is a
 * dead letter of its own). Needs a mapped header. */
bool feed_csv_id(struct feed_csv *c, const struct od_csv_record *rec, struct od_buf *b);
/* Forget the rows kept so far; the header stays. */
void feed_csv_reset(struct feed_csv *c);
/* Turn the rows kept so far into units (appended to `u`) and forget
 * them; the header stays. */
int feed_csv_emit(struct feed_csv *c, const char *channel, const char *name, struct feed_units *u);

/* One NDJSON line at file line `line`: `len` bytes of content, `raw_len`
 * with its line end. A blank line adds nothing. `conv` and `text` are
 * the caller's (text: scratch). OD_ENOMEM only. */
int feed_ndjson_line(const struct orderfile_opts *s, struct od_conv *conv, struct od_buf *text,
                     const char *channel, const char *name, uint64_t line, const char *data,
                     size_t len, size_t raw_len, struct feed_units *u);

/* ---- streaming (stream.c) ------------------------------------------- */

/* What one pass over a file says about it; made once per file and
 * process, then every batch reads only its own bytes. */
struct feed_scan {
    char sha[65];         /* SHA-256 of the whole file */
    uint64_t size;        /* bytes hashed */
    size_t units;         /* units the file parses into */
    bool stream;          /* false: the file must be parsed whole (JSON, a
                             binary file, a CSV file without a usable header
                             or whose rows of one order are not adjacent) */
    uint64_t data_off;    /* stream: where unit 0 starts */
    uint64_t data_line;   /* stream: its line */
    struct feed_csv *csv; /* stream CSV: the header, mapped (owned) */
};

/* Read `fd` from its start to its end once, at most `max` bytes
 * (OD_ETOOBIG past it); OD_EIO on a read error. */
int feed_scan_file(const struct orderfile_opts *s, int fd, uint64_t max, struct feed_scan *out);
void feed_scan_clear(struct feed_scan *sc);

/* Parse at most `max` (> 0) units of a stream file, starting at byte
 * `off`, line `line` (a unit boundary: data_off/data_line or a position
 * returned here before). Appends to `out`; sets *end_off / *end_line to
 * where the next unit starts. Memory is bounded by the units read. */
int feed_read_units(const struct orderfile_opts *s, const char *channel, const char *name, int fd,
                    struct feed_scan *sc, uint64_t off, uint64_t line, size_t max,
                    struct feed_units *out, uint64_t *end_off, uint64_t *end_line);

/* The cursor of a feed channel (see feed.c), parsed leniently: a field
 * that is missing or of the wrong type is left 0/empty, and offset/line
 * are 0 when not usable. Never fails. */
struct feed_cursor {
    char file[1024];
    char sha[65];
    int64_t done;
    bool complete;
    uint64_t offset; /* where unit `done` starts; 0: unknown (older cursor) */
    uint64_t line;   /* its line */
    char etag[512];  /* url mode: validators of the fetched body */
    char last_modified[128];
};
void feed_cursor_parse(const char *json, struct feed_cursor *c);

#endif
