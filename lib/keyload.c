/* The generic key-table loader of the configuration (config_int.h):
 * a YAML node tree (lib/yamltree.c) walked against declarative key
 * tables (struct od_config_key) into the structs they describe -- typed
 * values with their checks and messages, {env:}/{file:} references for
 * secrets, sections and maps of named sections, defaults -- and freeing
 * what a table filled. The tables themselves (orderd.yaml, a channel)
 * and channels_dir are config.c's; the connectors' are theirs.
 *
 * Errors are collected, not returned one at a time (yamltree.h's
 * od_yaml_errs): every problem is recorded as "file:line:column:
 * message" and the loader moves on to the next key. */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE /* explicit_bzero, strndup, GNU strerror_r */
#endif

#include "config.h"
#include "config_int.h"

#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>
#include <yaml.h>

#include "buf.h"
#include "connector.h"
#include "error.h"
#include "timeutil.h"
#include "yamltree.h"

#define CFG_PATH_MAX  4096
#define CFG_SHOW_NAME 200 /* bytes of a map item's name in a path */

/* ---- error collection ---------------------------------------------------- */

/* ---- files and paths ----------------------------------------------------- */

void od_cfg_free_secret(char *s)
{
    if (!s)
        return;
    explicit_bzero(s, strlen(s));
    free(s);
}

/* `p` resolved against `dir`: absolute paths and an empty dir keep p. */
char *od_cfg_path_join(const char *dir, const char *p)
{
    struct od_buf b;
    char *ret = NULL;
    int rc = 0;

    od_buf_init(&b, CFG_PATH_MAX * 2);
    if (p[0] == '/' || dir[0] == '\0')
        rc = od_buf_adds(&b, p);
    else if (strcmp(dir, "/") == 0)
        rc = od_buf_printf(&b, "/%s", p);
    else
        rc = od_buf_printf(&b, "%s/%s", dir, p);
    if (rc == 0)
        ret = od_buf_steal(&b);
    od_buf_free(&b);
    return ret;
}

/* The directory part of `path`: "" for "orderd.yaml", "/" for "/x". */
char *od_cfg_path_dir(const char *path)
{
    const char *slash = strrchr(path, '/');

    if (!slash)
        slash = path;
    else if (slash == path)
        slash = path + 1;
    return strndup(path, (size_t)(slash - path));
}

/* ---- typed values ---------------------------------------------------------- */

void od_cfg_strmap_clear(struct od_strmap *m)
{
    for (size_t i = 0; i < m->n; i++) {
        free(m->keys[i]);
        od_cfg_free_secret(m->values[i]);
    }
    free(m->keys);
    free(m->values);
    m->n = 0;
    m->keys = NULL;
    m->values = NULL;
}

void od_cfg_strlist_clear(struct od_strlist *l)
{
    for (size_t i = 0; i < l->n; i++)
        free(l->items[i]);
    free(l->items);
    l->n = 0;
    l->items = NULL;
}

void od_cfg_set_string(char **slot, char *s)
{
    od_cfg_free_secret(*slot);
    *slot = s;
}

static const char *expected_text(const struct od_config_key *k, const struct key_ext *x)
{
    switch (k->type) {
    case OD_KEY_STRING:
        return (x && x->literal) ? "a string" : "a string, {env: NAME} or {file: PATH}";
    case OD_KEY_SECRET:
        return "{env: NAME} or {file: PATH}";
    case OD_KEY_BOOL:
        return "true or false (or yes/no, on/off)";
    case OD_KEY_INT:
        return "an integer";
    case OD_KEY_DURATION:
        return "a duration like 500ms, 30s, 5m, 1h";
    case OD_KEY_SIZE:
        return "a size like 512, 64k, 25MiB";
    case OD_KEY_ENUM:
        return "one of the listed values";
    case OD_KEY_MAP:
        return "a mapping of names to strings";
    case OD_KEY_LIST:
        return "a list of strings";
    case OD_KEY_PATH:
        return "a path";
    case OD_KEY_SECTION:
        return "a mapping";
    case OD_KEY_SECTION_MAP:
        return "a mapping of names to mappings";
    }
    return "a value";
}

/* "dname: expected X; got Y" at `at`. Values of secrets and strings are
 * never shown (the caller does not come here for them with a value). */
static void type_error(struct ctx *ctx, const struct loc *loc, const yaml_mark_t *at,
                       const char *dname, const char *expected, const struct od_ynode *v)
{
    char *got = od_yaml_describe(v);

    if (!got) {
        od_yaml_oom(&ctx->y);
        return;
    }
    od_yaml_err_at(&ctx->y, loc->file, at, "%s: expected %s; got %s", dname, expected, got);
    free(got);
}

static void format_duration(int64_t ms, char *buf, size_t size)
{
    if (ms != 0 && ms % 3600000 == 0)
        snprintf(buf, size, "%lldh", (long long)(ms / 3600000));
    else if (ms != 0 && ms % 60000 == 0)
        snprintf(buf, size, "%lldm", (long long)(ms / 60000));
    else if (ms != 0 && ms % 1000 == 0)
        snprintf(buf, size, "%llds", (long long)(ms / 1000));
    else
        snprintf(buf, size, "%lldms", (long long)ms);
}

static int check_range(struct ctx *ctx, const struct loc *loc, const yaml_mark_t *at,
                       const char *dname, const struct od_config_key *k, const struct key_ext *x,
                       int64_t v, const struct od_ynode *node)
{
    char lo[32], hi[32];
    char *got = NULL;
    int rc = 0;

    if (!x || !x->ranged || (v >= x->min && v <= x->max))
        goto out;
    rc = -1;
    got = od_yaml_describe(node);
    if (!got) {
        od_yaml_oom(&ctx->y);
        goto out;
    }
    if (k->type == OD_KEY_DURATION) {
        format_duration(x->min, lo, sizeof(lo));
        format_duration(x->max, hi, sizeof(hi));
    } else {
        snprintf(lo, sizeof(lo), "%lld", (long long)x->min);
        snprintf(hi, sizeof(hi), "%lld", (long long)x->max);
    }
    if (x->max == INT64_MAX)
        od_yaml_err_at(&ctx->y, loc->file, at, "%s: must be at least %s; got %s", dname, lo, got);
    else
        od_yaml_err_at(&ctx->y, loc->file, at, "%s: must be between %s and %s; got %s", dname, lo,
                       hi, got);
out:
    free(got);
    return rc;
}

static bool parse_int(const char *s, int64_t *out)
{
    const char *p = s;
    char *end = NULL;
    long long v;

    if (*p == '+' || *p == '-')
        p++;
    if (*p < '0' || *p > '9')
        return false;
    errno = 0;
    v = strtoll(s, &end, 10);
    if (errno != 0 || !end || *end != '\0')
        return false;
    *out = (int64_t)v;
    return true;
}

bool od_cfg_parse_bool(const char *s, bool *out)
{
    static const char *const yes[] = {"true", "yes", "on", NULL};
    static const char *const no[] = {"false", "no", "off", NULL};

    for (size_t i = 0; yes[i]; i++) {
        if (strcasecmp(s, yes[i]) == 0) {
            *out = true;
            return true;
        }
        if (strcasecmp(s, no[i]) == 0) {
            *out = false;
            return true;
        }
    }
    return false;
}

/* Whether the file at `path` (a link followed) grants group or others
 * any access; its permission bits in *mode. */
static bool open_to_others(const char *path, unsigned *mode)
{
    struct stat st;

    if (stat(path, &st) < 0)
        return false; /* it was just read: a race, not a finding */
    *mode = (unsigned)(st.st_mode & 07777);
    return (st.st_mode & (S_IRWXG | S_IRWXO)) != 0;
}

/* {env: NAME} or {file: PATH}: the value, newly allocated, in *out. */
static int resolve_ref(struct ctx *ctx, const struct loc *loc, const yaml_mark_t *at,
                       const char *dname, const struct od_ynode *v, bool secret, char **out)
{
    char ebuf[128];
    const char *why = "";
    const struct od_ynode *k, *val;
    char *path = NULL, *data = NULL;
    unsigned mode = 0;
    size_t len = 0;
    int rc = -1;

    if (v->type != OD_YN_MAP || od_ynode_pairs(v) != 1)
        goto bad;
    k = v->kids[0];
    val = v->kids[1];
    if (!od_ynode_is_text(k) || !od_ynode_is_text(val) || od_ynode_is_null(val))
        goto bad;
    if (strcmp(k->str, "env") == 0) {
        const char *e = getenv(val->str);

        if (!e) {
            od_yaml_err_at(&ctx->y, loc->file, at, "%s: environment variable %s is not set", dname,
                           val->str);
            goto out;
        }
        if (secret && e[0] == '\0') {
            od_yaml_err_at(&ctx->y, loc->file, at, "%s: environment variable %s is empty", dname,
                           val->str);
            goto out;
        }
        *out = strdup(e);
        if (!*out) {
            od_yaml_oom(&ctx->y);
            goto out;
        }
        rc = 0;
        goto out;
    }
    if (strcmp(k->str, "file") == 0 || strcmp(k->str, "credential") == 0) {
        int r;

        if (k->str[0] == 'c') {
            /* systemd's LoadCredential=/LoadCredentialEncrypted= put the
             * decrypted secret in this private directory. */
            const char *dir = getenv("CREDENTIALS_DIRECTORY");

            if (!dir || dir[0] != '/') {
                od_yaml_err_at(&ctx->y, loc->file, at,
                               "%s: credential %s: $CREDENTIALS_DIRECTORY is not set (systemd "
                               "sets it for LoadCredential=)",
                               dname, val->str);
                goto out;
            }
            if (!val->str[0] || strchr(val->str, '/') || strcmp(val->str, ".") == 0 ||
                strcmp(val->str, "..") == 0) {
                od_yaml_err_at(&ctx->y, loc->file, at,
                               "%s: credential name '%s' must be a plain file name", dname,
                               val->str);
                goto out;
            }
            path = od_cfg_path_join(dir, val->str);
        } else {
            path = od_cfg_path_join(loc->dir, val->str);
        }
        if (!path) {
            od_yaml_oom(&ctx->y);
            goto out;
        }
        r = od_yaml_read_file(path, OD_YAML_MAX_FILE, &data, &len, &why, ebuf, sizeof(ebuf));
        if (r == OD_ENOMEM) {
            od_yaml_oom(&ctx->y);
            goto out;
        }
        if (r < 0) {
            od_yaml_err_at(&ctx->y, loc->file, at, "%s: cannot read %s: %s", dname, path, why);
            goto out;
        }
        if (strlen(data) != len) {
            od_yaml_err_at(&ctx->y, loc->file, at, "%s: %s contains a NUL byte", dname, path);
            goto out;
        }
        if (secret && k->str[0] == 'f' && !ctx->readable_secrets && open_to_others(path, &mode)) {
            od_yaml_err_at(&ctx->y, loc->file, at,
                           "%s: secret file %s may be read or written by group or others (mode "
                           "%04o): chmod 600 it for the user orderd runs as, use {credential: "
                           "NAME}, or set allow_readable_secret_files: true",
                           dname, path, mode);
            goto out;
        }
        if (len > 0 && data[len - 1] == '\n') {
            data[--len] = '\0';
            if (len > 0 && data[len - 1] == '\r')
                data[--len] = '\0';
        }
        if (secret && len == 0) {
            od_yaml_err_at(&ctx->y, loc->file, at, "%s: %s is empty", dname, path);
            goto out;
        }
        *out = data;
        data = NULL;
        rc = 0;
        goto out;
    }
bad:
    od_yaml_err_at(&ctx->y, loc->file, at,
                   "%s: expected {env: NAME}, {file: PATH} or {credential: NAME}", dname);
out:
    if (data) {
        explicit_bzero(data, len);
        free(data);
    }
    free(path);
    return rc;
}

static int strmap_cmp(const void *a, const void *b)
{
    const struct od_ynode *const *x = a, *const *y = b;
    int c = strcmp((*x)->str, (*y)->str);

    if (c != 0)
        return c;
    /* Same key: earlier in the file first (tree order = file order). */
    if ((*x)->mark.index != (*y)->mark.index)
        return (*x)->mark.index < (*y)->mark.index ? -1 : 1;
    return 0;
}

static int set_map(struct ctx *ctx, const struct loc *loc, const yaml_mark_t *at, const char *dname,
                   const struct od_ynode *v, struct od_strmap *m)
{
    const struct od_ynode **sorted = NULL;
    struct od_strmap nm = {0};
    size_t np;
    int rc = -1;

    od_cfg_strmap_clear(m);
    if (od_ynode_is_null(v)) {
        rc = 0;
        goto out;
    }
    if (v->type != OD_YN_MAP) {
        type_error(ctx, loc, at, dname, "a mapping of names to strings", v);
        goto out;
    }
    np = od_ynode_pairs(v);
    for (size_t i = 0; i < np; i++) {
        const struct od_ynode *k = v->kids[2 * i], *val = v->kids[2 * i + 1];

        if (!od_ynode_is_text(k)) {
            od_yaml_err_at(&ctx->y, loc->file, &k->mark, "%s: expected a name as key", dname);
            goto out;
        }
        if (val->type != OD_YN_SCALAR) {
            type_error(ctx, loc, &val->mark, dname, "a string as the value", val);
            goto out;
        }
    }
    /* Duplicate keys: sort the key nodes (O(n log n), maps can be large). */
    sorted = calloc(np ? np : 1, sizeof(*sorted));
    if (!sorted) {
        od_yaml_oom(&ctx->y);
        goto out;
    }
    for (size_t i = 0; i < np; i++)
        sorted[i] = v->kids[2 * i];
    qsort(sorted, np, sizeof(*sorted), strmap_cmp);
    rc = 0;
    for (size_t i = 1, first = 0; i < np; i++) {
        if (strcmp(sorted[i]->str, sorted[first]->str) != 0) {
            first = i;
            continue;
        }
        od_yaml_err_at(&ctx->y, loc->file, &sorted[i]->mark,
                       "%s: duplicate key '%s' (first at line %zu)", dname, sorted[i]->str,
                       sorted[first]->mark.line + 1);
        rc = -1;
    }
    if (rc < 0)
        goto out;
    rc = -1;
    nm.keys = calloc(np ? np : 1, sizeof(char *));
    nm.values = calloc(np ? np : 1, sizeof(char *));
    if (!nm.keys || !nm.values) {
        od_yaml_oom(&ctx->y);
        goto out;
    }
    for (size_t i = 0; i < np; i++) {
        const struct od_ynode *val = v->kids[2 * i + 1];

        nm.keys[i] = strdup(v->kids[2 * i]->str);
        nm.values[i] = strdup(od_ynode_is_null(val) ? "" : val->str);
        nm.n++;
        if (!nm.keys[i] || !nm.values[i]) {
            od_yaml_oom(&ctx->y);
            goto out;
        }
    }
    *m = nm;
    memset(&nm, 0, sizeof(nm));
    rc = 0;
out:
    od_cfg_strmap_clear(&nm);
    free(sorted);
    return rc;
}

static int set_list(struct ctx *ctx, const struct loc *loc, const yaml_mark_t *at,
                    const char *dname, const struct od_ynode *v, struct od_strlist *l)
{
    struct od_strlist nl = {0};
    size_t n;
    int rc = -1;

    od_cfg_strlist_clear(l);
    if (od_ynode_is_null(v)) {
        rc = 0;
        goto out;
    }
    if (v->type == OD_YN_MAP) {
        type_error(ctx, loc, at, dname, "a list of strings", v);
        goto out;
    }
    n = v->type == OD_YN_SCALAR ? 1 : v->n;
    for (size_t i = 0; v->type == OD_YN_SEQ && i < n; i++) {
        if (v->kids[i]->type != OD_YN_SCALAR) {
            type_error(ctx, loc, &v->kids[i]->mark, dname, "a string in the list", v->kids[i]);
            goto out;
        }
    }
    nl.items = calloc(n ? n : 1, sizeof(char *));
    if (!nl.items) {
        od_yaml_oom(&ctx->y);
        goto out;
    }
    for (size_t i = 0; i < n; i++) {
        const struct od_ynode *it = v->type == OD_YN_SCALAR ? v : v->kids[i];

        nl.items[i] = strdup(od_ynode_is_null(it) ? "" : it->str);
        nl.n++;
        if (!nl.items[i]) {
            od_yaml_oom(&ctx->y);
            goto out;
        }
    }
    *l = nl;
    memset(&nl, 0, sizeof(nl));
    rc = 0;
out:
    od_cfg_strlist_clear(&nl);
    return rc;
}

static void enum_error(struct ctx *ctx, const struct loc *loc, const yaml_mark_t *at,
                       const char *dname, const struct od_config_key *k, const struct od_ynode *v)
{
    struct od_buf b;
    char *got = od_yaml_describe(v);
    int rc = 0;

    od_buf_init(&b, CFG_ALLOWED_MAX);
    for (size_t i = 0; k->choices && k->choices[i] && rc == 0; i++)
        rc = od_buf_printf(&b, "%s%s", i ? ", " : "", k->choices[i]);
    if (!got || rc == OD_ENOMEM) {
        od_yaml_oom(&ctx->y);
        goto out;
    }
    od_yaml_err_at(&ctx->y, loc->file, at, "%s: expected one of %s; got %s", dname,
                   b.data ? b.data : "", got);
out:
    free(got);
    od_buf_free(&b);
}

/* Store node `v` as the value of key `k` in `base`. `at` is where errors
 * point (the node itself, or a section mark for built-in defaults).
 * Returns 0, or -1 after recording an error (or running out of memory). */
static int set_value(struct ctx *ctx, const struct loc *loc, const yaml_mark_t *at,
                     const char *dname, const struct od_config_key *k, const struct key_ext *x,
                     const struct od_ynode *v, void *base)
{
    void *slot = (char *)base + k->offset;
    bool text = od_ynode_is_text(v) && !od_ynode_is_null(v);
    int64_t i64 = 0;
    uint64_t u64 = 0;
    bool b = false;
    char *s = NULL;
    int rc = -1;

    /* A scalar with a NUL byte was reported by the parser already. */
    if (v->type == OD_YN_SCALAR && !od_ynode_is_text(v))
        goto out;
    switch (k->type) {
    case OD_KEY_STRING:
        if (x && x->literal && od_ynode_is_null(v)) {
            type_error(ctx, loc, at, dname, expected_text(k, x), v);
            goto out;
        }
        if (v->type == OD_YN_SCALAR) {
            s = strdup(od_ynode_is_null(v) ? "" : v->str);
            if (!s) {
                od_yaml_oom(&ctx->y);
                goto out;
            }
        } else if (v->type == OD_YN_MAP && !(x && x->literal)) {
            if (resolve_ref(ctx, loc, at, dname, v, false, &s) < 0)
                goto out;
        } else {
            type_error(ctx, loc, at, dname, expected_text(k, x), v);
            goto out;
        }
        od_cfg_set_string(slot, s);
        break;
    case OD_KEY_SECRET:
        if (v->type == OD_YN_SCALAR) {
            od_yaml_err_at(&ctx->y, loc->file, at,
                           "%s: secrets must not be inline: use {env: NAME}, {file: PATH} or "
                           "{credential: NAME}",
                           dname);
            goto out;
        }
        if (resolve_ref(ctx, loc, at, dname, v, true, &s) < 0)
            goto out;
        od_cfg_set_string(slot, s);
        break;
    case OD_KEY_BOOL:
        if (!text || !od_cfg_parse_bool(v->str, &b)) {
            type_error(ctx, loc, at, dname, expected_text(k, x), v);
            goto out;
        }
        *(bool *)slot = b;
        break;
    case OD_KEY_INT:
    case OD_KEY_DURATION: /* both int64_t, with the key's range */
        if (!text || !(k->type == OD_KEY_INT ? parse_int(v->str, &i64)
                                             : od_duration_parse(v->str, &i64) == 0)) {
            type_error(ctx, loc, at, dname, expected_text(k, x), v);
            goto out;
        }
        if (check_range(ctx, loc, at, dname, k, x, i64, v) < 0)
            goto out;
        *(int64_t *)slot = i64;
        break;
    case OD_KEY_SIZE:
        if (!text || od_size_parse(v->str, &u64) < 0) {
            type_error(ctx, loc, at, dname, expected_text(k, x), v);
            goto out;
        }
        *(uint64_t *)slot = u64;
        break;
    case OD_KEY_ENUM:
        for (size_t i = 0; text && !b && k->choices && k->choices[i]; i++)
            b = strcmp(v->str, k->choices[i]) == 0;
        if (!b) {
            enum_error(ctx, loc, at, dname, k, v);
            goto out;
        }
        s = strdup(v->str);
        if (!s) {
            od_yaml_oom(&ctx->y);
            goto out;
        }
        od_cfg_set_string(slot, s);
        break;
    case OD_KEY_MAP:
        if (set_map(ctx, loc, at, dname, v, slot) < 0)
            goto out;
        break;
    case OD_KEY_LIST:
        if (set_list(ctx, loc, at, dname, v, slot) < 0)
            goto out;
        break;
    case OD_KEY_PATH:
        if (!text) {
            type_error(ctx, loc, at, dname, expected_text(k, x), v);
            goto out;
        }
        s = od_cfg_path_join(loc->dir, v->str);
        if (!s) {
            od_yaml_oom(&ctx->y);
            goto out;
        }
        od_cfg_set_string(slot, s);
        break;
    case OD_KEY_SECTION:
    case OD_KEY_SECTION_MAP:
        /* Loaded by load_section() / load_sectmap(), never as a single value. */
        type_error(ctx, loc, at, dname, expected_text(k, x), v);
        goto out;
    }
    rc = 0;
out:
    return rc;
}

/* ---- the generic table loader --------------------------------------------- */

static size_t count_keys(const struct od_config_key *keys)
{
    size_t n = 0;

    while (keys && keys[n].name)
        n++;
    return n;
}

static char *allowed_list(const struct table *t)
{
    struct od_buf b;
    size_t nk = count_keys(t->keys);
    char *ret = NULL;
    int rc = 0;

    od_buf_init(&b, CFG_ALLOWED_MAX);
    for (size_t i = 0; i < nk && rc == 0; i++)
        rc = od_buf_printf(&b, "%s%s", b.len ? ", " : "", t->keys[i].name);
    for (size_t i = 0; i < t->n_subs && rc == 0; i++)
        rc = od_buf_printf(&b, "%s%s", b.len ? ", " : "", t->subs[i].name);
    if (rc != OD_ENOMEM)
        ret = od_buf_steal(&b);
    od_buf_free(&b);
    return ret;
}

/* Edit distance of a and b (insertions, deletions, substitutions and
 * swaps of two neighbours), or more than `max` when it passes it. Keys
 * are short: at most 63 bytes are compared. */
static size_t key_distance(const char *a, const char *b, size_t max)
{
    size_t la = strlen(a), lb = strlen(b), d[3][64];

    if (la > 63 || lb > 63 || (la > lb ? la - lb : lb - la) > max)
        return max + 1;
    for (size_t j = 0; j <= lb; j++)
        d[0][j] = j;
    for (size_t i = 1; i <= la; i++) {
        size_t *cur = d[i % 3], *prev = d[(i - 1) % 3], *prev2 = d[(i + 1) % 3], best = SIZE_MAX;

        cur[0] = i;
        for (size_t j = 1; j <= lb; j++) {
            size_t v = prev[j - 1] + (a[i - 1] != b[j - 1]);

            if (prev[j] + 1 < v)
                v = prev[j] + 1;
            if (cur[j - 1] + 1 < v)
                v = cur[j - 1] + 1;
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] &&
                prev2[j - 2] + 1 < v)
                v = prev2[j - 2] + 1;
            cur[j] = v;
            if (v < best)
                best = v;
        }
        if (best > max)
            return max + 1;
    }
    return d[la % 3][lb];
}

/* The key or section of t closest to the unknown `name` (case ignored:
 * "Poll_Interval"), when a slip of one or two characters away (one for
 * names up to 4 bytes); NULL when none is. */
static const char *closest_key(const struct table *t, const char *name)
{
    const char *best = NULL;
    size_t n = strlen(name), max = n <= 4 ? 1 : 2, best_d = max + 1;
    char low[64];

    if (n == 0 || n >= sizeof(low))
        return NULL;
    for (size_t i = 0; i <= n; i++)
        low[i] = (char)tolower((unsigned char)name[i]);
    for (size_t i = 0; t->keys && t->keys[i].name; i++) {
        size_t d = key_distance(low, t->keys[i].name, max);

        if (d < best_d) {
            best_d = d;
            best = t->keys[i].name;
        }
    }
    for (size_t i = 0; i < t->n_subs; i++) {
        size_t d = key_distance(low, t->subs[i].name, max);

        if (d < best_d) {
            best_d = d;
            best = t->subs[i].name;
        }
    }
    return best;
}

static void apply_defaults(struct ctx *ctx, const struct loc *loc, const struct table *t,
                           const yaml_mark_t *at)
{
    static const struct od_ynode null_node = {
        .type = OD_YN_SCALAR, .str = (char *)"", .plain = true};
    char dname[256];

    for (size_t i = 0; t->keys && t->keys[i].name && !ctx->y.stop; i++) {
        const struct od_config_key *k = &t->keys[i];
        struct od_ynode *tree = NULL;
        size_t before = ctx->y.total;

        if (!k->def)
            continue;
        snprintf(dname, sizeof(dname), "%s%s", t->prefix, k->name);
        if (od_yaml_parse(&ctx->y, "<built-in default>", k->def, strlen(k->def), &tree) == 0)
            set_value(ctx, loc, at, dname, k, t->ext ? &t->ext[i] : NULL, tree ? tree : &null_node,
                      t->base);
        od_ynode_free(tree);
        if (ctx->y.total != before)
            od_yaml_err_at(&ctx->y, loc->file, at, "%s: the built-in default '%s' is invalid",
                           dname, k->def);
    }
}

/* An OD_KEY_SECTION key `k` of table `t`: load `map` (NULL when the key
 * is absent: then only the section's defaults apply) into the embedded
 * struct at k->offset, with messages naming "<prefix><name>.<key>". */
static void load_section(struct ctx *ctx, const struct loc *loc, const struct table *t,
                         const struct od_config_key *k, const struct od_ynode *map,
                         const yaml_mark_t *at)
{
    char name[300], where[300], prefix[300];
    struct table sub;

    snprintf(name, sizeof(name), "%s%s", t->prefix, k->name);
    snprintf(where, sizeof(where), "in %s", name);
    snprintf(prefix, sizeof(prefix), "%s.", name);
    memset(&sub, 0, sizeof(sub));
    sub.name = name;
    sub.where = where;
    sub.prefix = prefix;
    sub.keys = k->section;
    sub.base = (char *)t->base + k->offset;
    /* A section whose first key is a bool `enabled` also takes `false`
     * (or no/off): its defaults with enabled false (`reconcile: false`). */
    if (map && map->type == OD_YN_SCALAR && k->section[0].name &&
        strcmp(k->section[0].name, "enabled") == 0 && k->section[0].type == OD_KEY_BOOL) {
        bool on = true;

        if (!od_cfg_parse_bool(map->str, &on) || on) {
            od_yaml_err_at(&ctx->y, loc->file, at, "%s: expected a mapping or false; got '%s'",
                           name, map->str);
            return;
        }
        od_cfg_load_table(ctx, loc, &sub, NULL, at, false, NULL);
        *(bool *)((char *)sub.base + k->section[0].offset) = false;
        return;
    }
    od_cfg_load_table(ctx, loc, &sub, map, at, map != NULL, NULL);
}

void od_cfg_sectmap_clear(const struct od_config_key *k, struct od_sectmap *m)
{
    for (size_t i = 0; i < m->n; i++) {
        if (m->items && m->item_size)
            od_settings_free(k->section, (char *)m->items + i * m->item_size);
        if (m->names)
            free(m->names[i]);
    }
    free(m->names);
    free(m->items);
    memset(m, 0, sizeof(*m));
}

/* A name for a path in messages: at most CFG_SHOW_NAME bytes (cut on a
 * UTF-8 boundary, "..." added), control bytes as '?'. */
static void show_name(const char *s, char *buf, size_t size)
{
    size_t n = 0, len = strlen(s), cap = size - 4;

    for (; n < len && n < cap; n++)
        buf[n] = (unsigned char)s[n] < 0x20 || s[n] == 0x7f ? '?' : s[n];
    if (n < len) {
        while (n > 0 && ((unsigned char)s[n] & 0xC0) == 0x80)
            n--;
        memcpy(buf + n, "...", 3);
        n += 3;
    }
    buf[n] = '\0';
}

struct named {
    const char *name; /* as stored (after name_check) */
    const struct od_ynode *key;
};

static int named_cmp(const void *a, const void *b)
{
    const struct named *x = a, *y = b;
    int c = strcmp(x->name, y->name);

    if (c != 0)
        return c;
    if (x->key->mark.index != y->key->mark.index)
        return x->key->mark.index < y->key->mark.index ? -1 : 1;
    return 0;
}

/* An OD_KEY_SECTION_MAP key `k` of table `t` with value `map` (NULL or
 * null: no items): one item per name, loaded against k->section, with
 * messages naming "<prefix><name>.\"<item name>\".<key>". The map is
 * complete (n items, zeroed where loading stopped) whatever happens, so
 * that od_settings_free() can free it. */
static void load_sectmap(struct ctx *ctx, const struct loc *loc, const struct table *t,
                         const struct od_config_key *k, const struct od_ynode *map)
{
    struct od_sectmap *m = (struct od_sectmap *)(void *)((char *)t->base + k->offset);
    struct named *sorted = NULL;
    char dname[256], shown[CFG_SHOW_NAME + 4], name[600], where[600], prefix[600];
    size_t np, n_sorted = 0;

    od_cfg_sectmap_clear(k, m);
    m->item_size = k->item_size;
    snprintf(dname, sizeof(dname), "%s%s", t->prefix, k->name);
    if (od_ynode_is_null(map))
        return;
    if (map->type != OD_YN_MAP) {
        type_error(ctx, loc, &map->mark, dname, expected_text(k, NULL), map);
        return;
    }
    np = od_ynode_pairs(map);
    m->names = calloc(np ? np : 1, sizeof(*m->names));
    m->items = calloc(np ? np : 1, k->item_size ? k->item_size : 1);
    sorted = calloc(np ? np : 1, sizeof(*sorted));
    if (!m->names || !m->items || !sorted) {
        od_yaml_oom(&ctx->y);
        goto out;
    }
    m->n = np;
    for (size_t p = 0; p < np && !ctx->y.stop; p++) {
        const struct od_ynode *kn = map->kids[2 * p], *vn = map->kids[2 * p + 1];
        const char *why = NULL;
        struct table sub;

        if (!od_ynode_is_text(kn) || od_ynode_is_null(kn)) {
            char *got = od_yaml_describe(kn);

            if (got)
                od_yaml_err_at(&ctx->y, loc->file, &kn->mark, "%s: expected a name as key; got %s",
                               dname, got);
            else
                od_yaml_oom(&ctx->y);
            free(got);
            continue;
        }
        m->names[p] = strdup(kn->str);
        if (!m->names[p]) {
            od_yaml_oom(&ctx->y);
            goto out;
        }
        show_name(kn->str, shown, sizeof(shown));
        if (k->name_check && (why = k->name_check(m->names[p])) != NULL)
            od_yaml_err_at(&ctx->y, loc->file, &kn->mark, "%s: '%s' %s", dname, shown, why);
        else {
            sorted[n_sorted].name = m->names[p];
            sorted[n_sorted].key = kn;
            n_sorted++;
        }
        snprintf(name, sizeof(name), "%s.\"%s\"", dname, shown);
        snprintf(where, sizeof(where), "in %s", name);
        snprintf(prefix, sizeof(prefix), "%s.", name);
        memset(&sub, 0, sizeof(sub));
        sub.name = name;
        sub.where = where;
        sub.prefix = prefix;
        sub.keys = k->section;
        sub.base = (char *)m->items + p * k->item_size;
        od_cfg_load_table(ctx, loc, &sub, vn, &kn->mark, true, NULL);
    }
    /* Duplicates: sort the names (O(n log n): a map can be large). */
    qsort(sorted, n_sorted, sizeof(*sorted), named_cmp);
    for (size_t i = 1, first = 0; i < n_sorted && !ctx->y.stop; i++) {
        const struct od_ynode *a = sorted[first].key, *b = sorted[i].key;

        if (strcmp(sorted[i].name, sorted[first].name) != 0) {
            first = i;
            continue;
        }
        show_name(b->str, shown, sizeof(shown));
        if (strcmp(a->str, b->str) == 0)
            od_yaml_err_at(&ctx->y, loc->file, &b->mark,
                           "%s: duplicate name '%s' (first at line %zu)", dname, shown,
                           a->mark.line + 1);
        else {
            char other[CFG_SHOW_NAME + 4];

            show_name(a->str, other, sizeof(other));
            od_yaml_err_at(&ctx->y, loc->file, &b->mark,
                           "%s: duplicate name '%s': the same as '%s' at line %zu", dname, shown,
                           other, a->mark.line + 1);
        }
    }
out:
    free(sorted);
}

/* Load mapping `map` (NULL or null when absent) against `t`. `at` is the
 * mark of the section's key (or of the file's top) for messages about
 * the section as a whole. `check_required`: report missing required keys.
 * `ret_vals`, when not NULL, receives the value node of each key of
 * t->keys (NULL when not set). */
void od_cfg_load_table(struct ctx *ctx, const struct loc *loc, const struct table *t,
                       const struct od_ynode *map, const yaml_mark_t *at, bool check_required,
                       const struct od_ynode **ret_vals)
{
    size_t nk = count_keys(t->keys);
    const struct od_ynode **seen = NULL; /* key node per key, then per section */
    char *allowed = NULL;
    const char *hint;
    char dname[256];

    seen = calloc(nk + t->n_subs + 1, sizeof(*seen));
    if (!seen) {
        od_yaml_oom(&ctx->y);
        goto out;
    }
    apply_defaults(ctx, loc, t, at);
    if (!od_ynode_is_null(map) && map->type != OD_YN_MAP) {
        char *got = od_yaml_describe(map);

        if (!got) {
            od_yaml_oom(&ctx->y);
            goto out;
        }
        if (t->name)
            od_yaml_err_at(&ctx->y, loc->file, &map->mark, "%s: expected a mapping; got %s",
                           t->name, got);
        else
            od_yaml_err_at(&ctx->y, loc->file, &map->mark,
                           "expected a mapping at the top level; got %s", got);
        free(got);
        check_required = false;
    }
    for (size_t p = 0; !od_ynode_is_null(map) && map->type == OD_YN_MAP &&
                       p < od_ynode_pairs(map) && !ctx->y.stop;
         p++) {
        const struct od_ynode *kn = map->kids[2 * p], *vn = map->kids[2 * p + 1];
        size_t i;
        bool other_kind = false;

        if (!od_ynode_is_text(kn)) {
            char *got = od_yaml_describe(kn);

            if (got)
                od_yaml_err_at(&ctx->y, loc->file, &kn->mark, "expected a key name; got %s", got);
            else
                od_yaml_oom(&ctx->y);
            free(got);
            continue;
        }
        for (i = 0; i < nk + t->n_subs; i++) {
            const char *name = i < nk ? t->keys[i].name : t->subs[i - nk].name;

            if (strcmp(kn->str, name) == 0)
                break;
        }
        if (i < nk + t->n_subs && seen[i]) {
            od_yaml_err_at(&ctx->y, loc->file, &kn->mark,
                           "duplicate key '%s' %s (first at line %zu)", kn->str, t->where,
                           seen[i]->mark.line + 1);
            continue;
        }
        if (i < nk && t->keys[i].type == OD_KEY_SECTION) {
            seen[i] = kn;
            if (ret_vals)
                ret_vals[i] = vn;
            load_section(ctx, loc, t, &t->keys[i], vn, &kn->mark);
            continue;
        }
        if (i < nk && t->keys[i].type == OD_KEY_SECTION_MAP) {
            seen[i] = kn;
            if (ret_vals)
                ret_vals[i] = vn;
            load_sectmap(ctx, loc, t, &t->keys[i], vn);
            continue;
        }
        if (i < nk) {
            seen[i] = kn;
            if (ret_vals)
                ret_vals[i] = vn;
            snprintf(dname, sizeof(dname), "%s%s", t->prefix, kn->str);
            set_value(ctx, loc, &vn->mark, dname, &t->keys[i], t->ext ? &t->ext[i] : NULL, vn,
                      t->base);
            continue;
        }
        if (i < nk + t->n_subs) {
            seen[i] = kn;
            od_cfg_load_table(ctx, loc, &t->subs[i - nk], vn, &kn->mark, true, NULL);
            continue;
        }
        if (t->skip_key && strcmp(kn->str, t->skip_key) == 0)
            continue;
        for (size_t r = 0; t->registry && t->registry[r]; r++)
            if (strcmp(kn->str, t->registry[r]->kind) == 0)
                other_kind = true;
        if (other_kind && !t->kind)
            continue;
        if (other_kind) {
            od_yaml_err_at(&ctx->y, loc->file, &kn->mark,
                           "section '%s' does not match this channel's kind '%s'", kn->str,
                           t->kind);
            continue;
        }
        if (!allowed)
            allowed = allowed_list(t);
        if (!allowed) {
            od_yaml_oom(&ctx->y);
            goto out;
        }
        if (strstr(kn->str, "\xEF\xBC\x9A")) /* U+FF1A */
            od_yaml_err_at(&ctx->y, loc->file, &kn->mark,
                           "unknown key '%s' %s: it holds a full-width colon '\xEF\xBC\x9A'; "
                           "write an ASCII ':' followed by a space",
                           kn->str, t->where);
        else if ((hint = closest_key(t, kn->str)) != NULL)
            od_yaml_err_at(&ctx->y, loc->file, &kn->mark,
                           "unknown key '%s' %s; did you mean '%s'? allowed: %s", kn->str, t->where,
                           hint, allowed);
        else
            od_yaml_err_at(&ctx->y, loc->file, &kn->mark, "unknown key '%s' %s; allowed: %s",
                           kn->str, t->where, allowed);
    }
    for (size_t s = 0; s < t->n_subs && !ctx->y.stop; s++) {
        if (seen[nk + s])
            continue;
        if (t->subs[s].required && check_required)
            od_yaml_err_at(&ctx->y, loc->file, at, "missing section '%s' %s", t->subs[s].name,
                           t->where);
        od_cfg_load_table(ctx, loc, &t->subs[s], NULL, at, false, NULL);
    }
    for (size_t i = 0; i < nk && !ctx->y.stop; i++)
        if (t->keys[i].type == OD_KEY_SECTION && !seen[i])
            load_section(ctx, loc, t, &t->keys[i], NULL, at);
    for (size_t i = 0; i < nk && check_required && !ctx->y.stop; i++)
        if (t->keys[i].required && !seen[i])
            od_yaml_err_at(&ctx->y, loc->file, at, "missing required key '%s' %s", t->keys[i].name,
                           t->where);
out:
    free(allowed);
    free(seen);
}

/* ---- freeing ------------------------------------------------------------------ */

void od_settings_free(const struct od_config_key *keys, void *settings)
{
    if (!keys || !settings)
        return;
    for (size_t i = 0; keys[i].name; i++) {
        void *slot = (char *)settings + keys[i].offset;

        switch (keys[i].type) {
        case OD_KEY_STRING:
        case OD_KEY_SECRET:
        case OD_KEY_ENUM:
        case OD_KEY_PATH:
            /* Wiped whatever the type: strings can come from {file:}. */
            od_cfg_free_secret(*(char **)slot);
            *(char **)slot = NULL;
            break;
        case OD_KEY_MAP:
            od_cfg_strmap_clear(slot);
            break;
        case OD_KEY_LIST:
            od_cfg_strlist_clear(slot);
            break;
        case OD_KEY_SECTION:
            od_settings_free(keys[i].section, slot);
            break;
        case OD_KEY_SECTION_MAP:
            od_cfg_sectmap_clear(&keys[i], slot);
            break;
        default:
            break;
        }
    }
}

const char *od_strmap_get(const struct od_strmap *m, const char *key)
{
    for (size_t i = 0; m && key && i < m->n; i++)
        if (strcmp(m->keys[i], key) == 0)
            return m->values[i];
    return NULL;
}

void *od_sectmap_item(const struct od_sectmap *m, size_t i)
{
    if (!m || i >= m->n || !m->items)
        return NULL;
    return (char *)m->items + i * m->item_size;
}

void *od_sectmap_get(const struct od_sectmap *m, const char *name)
{
    for (size_t i = 0; m && name && i < m->n; i++)
        if (m->names && m->names[i] && strcmp(m->names[i], name) == 0)
            return od_sectmap_item(m, i);
    return NULL;
}
