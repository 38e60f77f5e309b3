/* The field paths of a normalized order (docs/normalized-order.md): one
 * table of every path a reader or a rule names -- a feed's `columns`, the
 * columns of an order file mailed in, required_fields of the rules file,
 * the labels of the audit's messages -- with where the value lives in
 * struct od_order / struct od_line and how it is read. The JSON reader
 * (json.c) reads the nested objects customer, ship_to, invoice and each
 * line through this table ("customer.name" is the key "name" of
 * "customer"); test_fieldpath checks that each path reaches the same
 * field in every reader.
 *
 * The table is static and read-only; nothing here allocates or fails. */
#ifndef OD_FIELDPATH_H
#define OD_FIELDPATH_H

#include <stdbool.h>
#include <stddef.h>

enum od_field_kind {
    OD_FIELD_TEXT,     /* char * at offset */
    OD_FIELD_MONEY,    /* od_money at offset */
    OD_FIELD_PRICE,    /* od_price at offset (a line's unit price) */
    OD_FIELD_TIME,     /* od_time at offset (order only) */
    OD_FIELD_STATUS,   /* the order's status: a normalized name or a status_map key */
    OD_FIELD_CURRENCY, /* the order's currency (char[4]) */
    OD_FIELD_TAGS,     /* the order's tags */
    OD_FIELD_QTY,      /* the line's quantity */
};

enum od_field_where {
    OD_FIELD_ORDER, /* offset in struct od_order */
    OD_FIELD_LINE,  /* offset in struct od_line; the path starts "lines." */
};

struct od_field_path {
    const char *path; /* "ship_to.phone", "lines.qty" */
    enum od_field_kind kind;
    enum od_field_where where;
    size_t offset;       /* TEXT, MONEY, TIME: where the value is; else 0 */
    bool in_files;       /* a column of an order file may hold it (not channel_status) */
    const char *zh, *en; /* the field's name in the audit's messages */
};

#define OD_FIELD_PATHS_MAX 64 /* od_n_field_paths is at most this */

/* Every path, in the documented order; od_n_field_paths entries. */
extern const struct od_field_path od_field_paths[];
extern const size_t od_n_field_paths;

/* The same paths as a NULL-terminated list of names: all of them, and
 * those an order file's column may hold (in_files). */
extern const char *const od_field_path_names[];
extern const char *const od_field_file_paths[];

/* The entry of `path`, or NULL when it is not a field path. */
const struct od_field_path *od_field_path_find(const char *path);

#endif
