/* Internal interface of the configuration loader, between keyload.c
 * (the generic key-table loader: typed values, {env:}/{file:}
 * references, sections and maps of sections, error collection) and
 * config.c (orderd's own key tables, channels_dir and the top level).
 * Not for use outside lib/. */
#ifndef OD_CONFIG_INT_H
#define OD_CONFIG_INT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <yaml.h>

#include "config.h"
#include "connector.h"
#include "yamltree.h"

#define CFG_ALLOWED_MAX (16 * 1024) /* bytes of an "allowed: ..." list */

struct ctx {
    struct od_config_errors *errs;
    struct od_yaml_errs y; /* messages of the current file; flushed to errs */
    const struct od_connector *const *registry;
    bool tolerant;         /* od_config_load_tolerant(): set broken channel files aside */
    bool readable_secrets; /* allow_readable_secret_files: true */
};

/* A file being loaded: its name for messages and its directory for
 * relative paths ("" when the name has no directory part). */
struct loc {
    const char *file;
    const char *dir;
};

/* Extras for orderd's own tables (connector tables have none). */
struct key_ext {
    bool literal; /* STRING: a plain scalar only, no {env:}/{file:} */
    bool ranged;  /* INT, DURATION: check min..max */
    int64_t min, max;
};

/* One mapping's worth of keys: a file's top level or a section in it. */
struct table {
    const char *name;   /* key of the section in its parent; NULL at the top */
    const char *where;  /* for messages: "in feed", "at the top level" */
    const char *prefix; /* prepended to key names in messages: "feed." */
    const struct od_config_key *keys;
    const struct key_ext *ext; /* parallel to keys, or NULL */
    void *base;                /* struct the offsets point into */
    const struct table *subs;  /* sections of this mapping */
    size_t n_subs;
    bool required; /* as a section: must be present */
    /* Channel top level only: sections of other kinds are errors, and the
     * section of an unknown kind (already reported) is skipped. */
    const struct od_connector *const *registry;
    const char *kind;     /* the channel's known kind, or NULL */
    const char *skip_key; /* key to pass over silently, or NULL */
};

/* Wipe (explicit_bzero) and free a secret; NULL is fine. */
void od_cfg_free_secret(char *s);
/* `p` relative to `dir` ("" or NULL: as is; absolute `p`: as is); NULL
 * when out of memory or too long. Caller frees. */
char *od_cfg_path_join(const char *dir, const char *p);
/* The directory part of `path` ("" when none). Caller frees. */
char *od_cfg_path_dir(const char *path);
/* Free *slot and store `s` (taken) there. */
void od_cfg_set_string(char **slot, char *s);
/* true/yes/on, false/no/off (any case) into *out; false when neither. */
bool od_cfg_parse_bool(const char *s, bool *out);
void od_cfg_strmap_clear(struct od_strmap *m);
void od_cfg_strlist_clear(struct od_strlist *l);
void od_cfg_sectmap_clear(const struct od_config_key *k, struct od_sectmap *m);
/* Load mapping `map` (NULL or null when absent) of file `loc` against
 * table `t` into t->base, problems collected in ctx. `at` is the mark of
 * the section's key (or of the file's top) for messages about the
 * section as a whole. `check_required`: report missing required keys.
 * `ret_vals`, when not NULL, receives the value node of each key of
 * t->keys (NULL when not set). */
void od_cfg_load_table(struct ctx *ctx, const struct loc *loc, const struct table *t,
                       const struct od_ynode *map, const yaml_mark_t *at, bool check_required,
                       const struct od_ynode **ret_vals);

#endif
