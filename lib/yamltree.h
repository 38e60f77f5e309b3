/* The YAML node tree shared by the orderd.yaml loader (lib/config.c) and
 * the audit rules loader (lib/rules.c), with the error collector both use.
 *
 * A file is read whole (od_yaml_read_file, at most OD_YAML_MAX_FILE
 * bytes) and turned into a small tree with libyaml's event API
 * (od_yaml_parse): every node keeps its start mark, aliases are refused,
 * only one document is allowed and nesting is capped at OD_YAML_MAX_DEPTH.
 *
 * Problems are collected, not returned one at a time: od_yaml_err_at()
 * records "file:line:column: message" in a struct od_yaml_errs and sets
 * `stop` after OD_YAML_MAX_ERRORS messages or when memory runs out;
 * od_yaml_errs_flush() sorts the pending messages by position and moves
 * them to a struct od_config_errors.
 *
 * Ownership: a tree is owned by whoever od_yaml_parse() / od_yaml_load()
 * handed it to and freed with od_ynode_free(), which frees every node under
 * it (scalars are wiped first: they may hold an inline password). Nodes
 * returned by od_ynode_get() and the kids[] pointers are borrowed from the
 * tree. Strings returned by od_yaml_describe() and od_yaml_read_file() are
 * the caller's. Pending messages are owned by the od_yaml_errs until a
 * flush moves them to the od_config_errors (then the caller's, freed with
 * od_config_errors_free()); od_yaml_errs_clear() frees what is left.
 *
 * What stays in the loaders: the key tables, value checks and their
 * messages, and when messages are flushed (config.c after each file,
 * rules.c once at the end). */
#ifndef OD_YAMLTREE_H
#define OD_YAMLTREE_H

#include <stdbool.h>
#include <stddef.h>
#include <yaml.h>

#include "buf.h"
#include "config.h"

#define OD_YAML_MAX_FILE   (1024 * 1024) /* bytes of one YAML or {file:} file */
#define OD_YAML_MAX_DEPTH  16            /* nested mappings/sequences */
#define OD_YAML_MAX_ERRORS 100           /* messages before giving up */
#define OD_YAML_MAX_MSG    (64 * 1024)   /* bytes of one message */
#define OD_YAML_SHOW_MAX   40            /* bytes of a value quoted in a message */
/* With od_yaml_errs.cut_prefix, "file:line:column: " is cut to this many
 * bytes minus one (config.c's limit; rules.c never cuts it). */
#define OD_YAML_PREFIX_CUT (4096 + 64)

/* ---- the node tree ---- */

enum od_ynode_type {
    OD_YN_SCALAR,
    OD_YN_MAP,
    OD_YN_SEQ,
};

struct od_ynode {
    enum od_ynode_type type;
    yaml_mark_t mark;       /* where the node starts */
    char *str;              /* OD_YN_SCALAR: NUL-terminated text (owned) */
    size_t len;             /* OD_YN_SCALAR: bytes (may differ from strlen) */
    bool plain;             /* OD_YN_SCALAR: unquoted */
    struct od_ynode **kids; /* OD_YN_MAP: key, value, key, value ...; OD_YN_SEQ: items (owned) */
    size_t n, cap;
};

/* Free `n` and everything under it, wiping scalars. Accepts NULL. */
void od_ynode_free(struct od_ynode *n);

/* NULL, or a plain scalar "", "~", "null", "Null" or "NULL". */
bool od_ynode_is_null(const struct od_ynode *n);

/* A scalar without a NUL byte. */
bool od_ynode_is_text(const struct od_ynode *n);

/* A scalar with some text: not null, no NUL byte. */
bool od_ynode_has_text(const struct od_ynode *n);

/* Key/value pairs of a mapping. */
size_t od_ynode_pairs(const struct od_ynode *n);

/* The first value of `key` in mapping `map` (borrowed), with its key node
 * in *ret_key when ret_key is not NULL; NULL when absent or not a mapping. */
const struct od_ynode *od_ynode_get(const struct od_ynode *map, const char *key,
                                    const struct od_ynode **ret_key);

/* ---- error collection ---- */

struct od_yaml_pending {
    char *msg;        /* owned */
    size_t line, col; /* 1-based; 0 = no position */
    size_t seq;
};

/* Zero it before use; set cut_prefix if wanted. */
struct od_yaml_errs {
    struct od_yaml_pending *pend; /* messages not yet flushed */
    size_t n_pend, cap_pend;
    size_t total; /* messages recorded so far (counts toward the limit) */
    size_t seq;
    bool stop; /* too many errors or out of memory: stop loading */
    bool too_many;
    bool oom;
    bool cut_prefix; /* cut "file:line:column: " at OD_YAML_PREFIX_CUT - 1 bytes */
};

void od_yaml_oom(struct od_yaml_errs *e);

/* Record "file:line:column: message" (or "file: message" without a mark).
 * Does nothing once e->stop is set; sets e->stop and e->too_many instead
 * of recording a message past OD_YAML_MAX_ERRORS. */
void od_yaml_err_at(struct od_yaml_errs *e, const char *file, const yaml_mark_t *mark,
                    const char *fmt, ...) __attribute__((format(printf, 4, 5)));

/* Sort the pending messages by position (then by order recorded) and
 * append them to `out`. On allocation failure they are freed instead and
 * e->oom is set. */
void od_yaml_errs_flush(struct od_yaml_errs *e, struct od_config_errors *out);

/* Free pending messages and the pending array. */
void od_yaml_errs_clear(struct od_yaml_errs *e);

/* ---- messages ---- */

/* Append `s` to `b` for a message: at most OD_YAML_SHOW_MAX bytes, cut on a
 * UTF-8 boundary, control bytes shown as '?'. */
int od_yaml_show_text(struct od_buf *b, const char *s, size_t len);

/* "'5x'", "a mapping", "a list" or "nothing", for "got ..." in messages.
 * The caller frees it; NULL when out of memory. */
char *od_yaml_describe(const struct od_ynode *v);

/* ---- reading and parsing ---- */

/* Read a regular file of at most `max` bytes into a NUL-terminated buffer
 * (*out, the caller's; wipe it before freeing if it may be a secret).
 * Buffers are wiped before they are freed or replaced. On failure *ret_why
 * says why (points into `ebuf` or to a constant) and the return is OD_EIO,
 * OD_ETOOBIG or OD_ENOMEM; the out-params are untouched. */
int od_yaml_read_file(const char *path, size_t max, char **out, size_t *out_len,
                      const char **ret_why, char *ebuf, size_t ebuf_size);

/* Parse `data` into a tree. Returns 0 with *out (the caller's; NULL for an
 * empty stream), or -1 after recording the error in `e` (or setting
 * e->oom). `file` names it in messages. */
int od_yaml_parse(struct od_yaml_errs *e, const char *file, const char *data, size_t len,
                  struct od_ynode **out);

/* Read (at most OD_YAML_MAX_FILE bytes) and parse one file: 0 with *out
 * (maybe NULL) or -1 after recording "path: cannot read: ..." or the parse
 * error in `e` (or setting e->oom). */
int od_yaml_load(struct od_yaml_errs *e, const char *path, struct od_ynode **out);

#endif
