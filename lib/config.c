/* Configuration loader: orderd.yaml plus the *.yaml files in channels_dir.
 *
 * Each file is read whole (at most CFG_MAX_FILE bytes), turned into a
 * small node tree with libyaml's event API (so every node keeps its start
 * mark, aliases are refused and nesting is capped), and then walked
 * against declarative key tables by one generic loader, load_table().
 * The same loader fills struct od_config (top level and its database,
 * log and ingest sections), struct od_channel and each connector's
 * settings struct.
 *
 * Errors are collected, not returned one at a time: every problem is
 * recorded as "file:line:column: message", the loader moves on to the
 * next key or file, and the messages of one file are sorted by position
 * before they are appended to the caller's list. */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE /* explicit_bzero, strndup, GNU strerror_r */
#endif

#include "config.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
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

#define CFG_MAX_FILE     (1024 * 1024) /* bytes of one YAML or {file:} file */
#define CFG_MAX_DEPTH    16            /* nested mappings/sequences */
#define CFG_MAX_CHANNELS 1000          /* channel files in channels_dir */
#define CFG_MAX_ERRORS   100           /* messages before giving up */
#define CFG_MAX_MSG      (64 * 1024)   /* bytes of one message */
#define CFG_NAME_MAX     63            /* channel name length */
#define CFG_SHOW_MAX     40            /* bytes of a value quoted in a message */
#define CFG_ALLOWED_MAX  (16 * 1024)   /* bytes of an "allowed: ..." list */
#define CFG_PATH_MAX     4096

/* ---- the YAML node tree ------------------------------------------------ */

enum ynode_type {
    YN_SCALAR,
    YN_MAP,
    YN_SEQ,
};

struct ynode {
    enum ynode_type type;
    yaml_mark_t mark;    /* where the node starts */
    char *str;           /* YN_SCALAR: NUL-terminated text */
    size_t len;          /* YN_SCALAR: bytes (may differ from strlen) */
    bool plain;          /* YN_SCALAR: unquoted */
    struct ynode **kids; /* YN_MAP: key, value, key, value ...; YN_SEQ: items */
    size_t n, cap;
};

static void ynode_free(struct ynode *n)
{
    if (!n)
        return;
    for (size_t i = 0; i < n->n; i++)
        ynode_free(n->kids[i]);
    free(n->kids);
    if (n->str) {
        /* Scalars may hold an inline database password: wipe them. */
        explicit_bzero(n->str, n->len);
        free(n->str);
    }
    free(n);
}

static bool ynode_is_null(const struct ynode *n)
{
    if (!n)
        return true;
    if (n->type != YN_SCALAR || !n->plain)
        return false;
    return n->len == 0 || strcmp(n->str, "~") == 0 || strcmp(n->str, "null") == 0 ||
           strcmp(n->str, "Null") == 0 || strcmp(n->str, "NULL") == 0;
}

static bool ynode_is_text(const struct ynode *n)
{
    return n && n->type == YN_SCALAR && strlen(n->str) == n->len;
}

static size_t ynode_pairs(const struct ynode *n)
{
    return n->n / 2;
}

/* The first value of `key` in mapping `map`, with its key node. */
static const struct ynode *ynode_get(const struct ynode *map, const char *key,
                                     const struct ynode **ret_key)
{
    const struct ynode *found = NULL;

    if (!map || map->type != YN_MAP)
        goto out;
    for (size_t i = 0; i < ynode_pairs(map); i++) {
        const struct ynode *k = map->kids[2 * i];

        if (ynode_is_text(k) && strcmp(k->str, key) == 0) {
            found = map->kids[2 * i + 1];
            if (ret_key)
                *ret_key = k;
            break;
        }
    }
out:
    return found;
}

/* ---- error collection ---------------------------------------------------- */

struct pending {
    char *msg;
    size_t line, col; /* 1-based; 0 = no position */
    size_t seq;
};

struct ctx {
    struct od_config_errors *errs;
    struct pending *pend; /* messages of the current file */
    size_t n_pend, cap_pend;
    size_t total; /* messages recorded so far */
    size_t seq;
    bool stop; /* too many errors or out of memory: stop loading */
    bool too_many;
    int fatal; /* OD_ENOMEM when allocation failed */
    const struct od_connector *const *registry;
};

/* A file being loaded: its name for messages and its directory for
 * relative paths ("" when the name has no directory part). */
struct loc {
    const char *file;
    const char *dir;
};

static void ctx_oom(struct ctx *ctx)
{
    ctx->fatal = OD_ENOMEM;
    ctx->stop = true;
}

static void err_vat(struct ctx *ctx, const char *file, const yaml_mark_t *mark, const char *fmt,
                    va_list ap) __attribute__((format(printf, 4, 0)));

static void err_vat(struct ctx *ctx, const char *file, const yaml_mark_t *mark, const char *fmt,
                    va_list ap)
{
    char prefix[CFG_PATH_MAX + 64];
    char *body = NULL;
    struct od_buf b;
    va_list aq;
    int n;

    od_buf_init(&b, CFG_MAX_MSG);
    if (ctx->stop)
        goto out;
    if (ctx->total >= CFG_MAX_ERRORS) {
        ctx->too_many = true;
        ctx->stop = true;
        goto out;
    }
    if (mark)
        snprintf(prefix, sizeof(prefix), "%s:%zu:%zu: ", file, mark->line + 1, mark->column + 1);
    else
        snprintf(prefix, sizeof(prefix), "%s: ", file);
    va_copy(aq, ap);
    n = vsnprintf(NULL, 0, fmt, aq);
    va_end(aq);
    if (n < 0)
        n = 0;
    if ((size_t)n >= CFG_MAX_MSG)
        n = CFG_MAX_MSG - 1;
    body = malloc((size_t)n + 1);
    if (!body) {
        ctx_oom(ctx);
        goto out;
    }
    vsnprintf(body, (size_t)n + 1, fmt, ap);
    if (od_buf_adds(&b, prefix) == OD_ENOMEM || od_buf_adds(&b, body) == OD_ENOMEM) {
        ctx_oom(ctx);
        goto out;
    }
    if (ctx->n_pend == ctx->cap_pend) {
        size_t cap = ctx->cap_pend ? ctx->cap_pend * 2 : 8;
        struct pending *p = realloc(ctx->pend, cap * sizeof(*p));

        if (!p) {
            ctx_oom(ctx);
            goto out;
        }
        ctx->pend = p;
        ctx->cap_pend = cap;
    }
    ctx->pend[ctx->n_pend].msg = od_buf_steal(&b);
    if (!ctx->pend[ctx->n_pend].msg) {
        ctx_oom(ctx);
        goto out;
    }
    ctx->pend[ctx->n_pend].line = mark ? mark->line + 1 : 0;
    ctx->pend[ctx->n_pend].col = mark ? mark->column + 1 : 0;
    ctx->pend[ctx->n_pend].seq = ctx->seq++;
    ctx->n_pend++;
    ctx->total++;
out:
    free(body);
    od_buf_free(&b);
}

static void err_at(struct ctx *ctx, const char *file, const yaml_mark_t *mark, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));

static void err_at(struct ctx *ctx, const char *file, const yaml_mark_t *mark, const char *fmt, ...)
{
    va_list ap;

    va_start(ap, fmt);
    err_vat(ctx, file, mark, fmt, ap);
    va_end(ap);
}

static int pending_cmp(const void *a, const void *b)
{
    const struct pending *x = a, *y = b;

    if (x->line != y->line)
        return x->line < y->line ? -1 : 1;
    if (x->col != y->col)
        return x->col < y->col ? -1 : 1;
    if (x->seq != y->seq)
        return x->seq < y->seq ? -1 : 1;
    return 0;
}

/* Move the current file's messages, sorted by position, to ctx->errs. */
static void flush_errors(struct ctx *ctx)
{
    struct od_config_errors *e = ctx->errs;
    char **msgs;

    if (ctx->n_pend == 0)
        goto out;
    qsort(ctx->pend, ctx->n_pend, sizeof(*ctx->pend), pending_cmp);
    msgs = realloc(e->msgs, (e->n + ctx->n_pend) * sizeof(*msgs));
    if (!msgs) {
        ctx_oom(ctx);
        for (size_t i = 0; i < ctx->n_pend; i++)
            free(ctx->pend[i].msg);
        goto out;
    }
    e->msgs = msgs;
    for (size_t i = 0; i < ctx->n_pend; i++)
        e->msgs[e->n++] = ctx->pend[i].msg;
out:
    ctx->n_pend = 0;
}

/* Append `s` to `b` for a message: at most CFG_SHOW_MAX bytes, cut on a
 * UTF-8 boundary, control bytes shown as '?'. */
static int show_text(struct od_buf *b, const char *s, size_t len)
{
    size_t n = len;
    int rc = 0;

    if (n > CFG_SHOW_MAX) {
        n = CFG_SHOW_MAX;
        while (n > 0 && ((unsigned char)s[n] & 0xC0) == 0x80)
            n--;
    }
    for (size_t i = 0; i < n && rc == 0; i++) {
        unsigned char c = (unsigned char)s[i];

        rc = od_buf_addc(b, (c < 0x20 || c == 0x7f) ? '?' : (char)c);
    }
    if (rc == 0 && n < len)
        rc = od_buf_adds(b, "...");
    return rc;
}

/* "'5x'", "a mapping", "a list" or "nothing", for "got ..." in messages. */
static char *describe(const struct ynode *v)
{
    struct od_buf b;
    char *ret = NULL;
    int rc = 0;

    od_buf_init(&b, 256);
    if (ynode_is_null(v))
        rc = od_buf_adds(&b, "nothing");
    else if (v->type == YN_MAP)
        rc = od_buf_adds(&b, "a mapping");
    else if (v->type == YN_SEQ)
        rc = od_buf_adds(&b, "a list");
    else {
        rc = od_buf_addc(&b, '\'');
        if (rc == 0)
            rc = show_text(&b, v->str, v->len);
        if (rc == 0)
            rc = od_buf_addc(&b, '\'');
    }
    if (rc == 0)
        ret = od_buf_steal(&b);
    od_buf_free(&b);
    return ret;
}

/* ---- files and paths ----------------------------------------------------- */

static void free_secret(char *s)
{
    if (!s)
        return;
    explicit_bzero(s, strlen(s));
    free(s);
}

/* Read a regular file of at most `max` bytes into a NUL-terminated buffer.
 * Buffers are wiped before they are freed or replaced, since the file may
 * be a secret. On failure *ret_why says why (points into `ebuf` or to a
 * constant) and the return is OD_EIO, OD_ETOOBIG or OD_ENOMEM. */
static int read_file(const char *path, size_t max, char **out, size_t *out_len,
                     const char **ret_why, char *ebuf, size_t ebuf_size)
{
    struct stat st;
    char *data = NULL;
    size_t len = 0, cap = 0;
    int fd = -1;
    int rc = 0;

    /* O_NONBLOCK: opening a FIFO for reading must not hang the loader;
     * non-regular files are refused right after. */
    fd = open(path, O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);
    if (fd < 0 || fstat(fd, &st) < 0) {
        *ret_why = strerror_r(errno, ebuf, ebuf_size);
        rc = OD_EIO;
        goto out;
    }
    if (!S_ISREG(st.st_mode)) {
        *ret_why = S_ISDIR(st.st_mode) ? "is a directory" : "not a regular file";
        rc = OD_EIO;
        goto out;
    }
    for (;;) {
        ssize_t n;

        if (cap == 0 || len + 1 == cap) {
            size_t ncap = cap ? cap * 2 : 4096;
            char *p;

            if (ncap > max + 2)
                ncap = max + 2;
            p = malloc(ncap);
            if (!p) {
                *ret_why = "out of memory";
                rc = OD_ENOMEM;
                goto out;
            }
            if (data) {
                memcpy(p, data, len);
                explicit_bzero(data, cap);
                free(data);
            }
            data = p;
            cap = ncap;
        }
        n = read(fd, data + len, cap - 1 - len);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            *ret_why = strerror_r(errno, ebuf, ebuf_size);
            rc = OD_EIO;
            goto out;
        }
        if (n == 0)
            break;
        len += (size_t)n;
        if (len > max) {
            *ret_why = "larger than 1 MiB";
            rc = OD_ETOOBIG;
            goto out;
        }
    }
    data[len] = '\0';
    *out = data;
    *out_len = len;
    data = NULL;
out:
    if (data) {
        explicit_bzero(data, cap);
        free(data);
    }
    if (fd >= 0)
        close(fd);
    return rc;
}

/* `p` resolved against `dir`: absolute paths and an empty dir keep p. */
static char *path_join(const char *dir, const char *p)
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
static char *path_dir(const char *path)
{
    const char *slash = strrchr(path, '/');

    if (!slash)
        slash = path;
    else if (slash == path)
        slash = path + 1;
    return strndup(path, (size_t)(slash - path));
}

/* ---- YAML to node tree ----------------------------------------------------- */

static struct ynode *ynode_new(struct ctx *ctx, enum ynode_type type, const yaml_mark_t *mark)
{
    struct ynode *n = calloc(1, sizeof(*n));

    if (!n) {
        ctx_oom(ctx);
        return NULL;
    }
    n->type = type;
    n->mark = *mark;
    return n;
}

static int ynode_add(struct ctx *ctx, struct ynode *parent, struct ynode *kid)
{
    int rc = 0;

    if (parent->n == parent->cap) {
        size_t cap = parent->cap ? parent->cap * 2 : 8;
        struct ynode **k = realloc(parent->kids, cap * sizeof(*k));

        if (!k) {
            ctx_oom(ctx);
            rc = OD_ENOMEM;
            goto out;
        }
        parent->kids = k;
        parent->cap = cap;
    }
    parent->kids[parent->n++] = kid;
out:
    return rc;
}

static void report_parser_error(struct ctx *ctx, const char *file, const yaml_parser_t *p,
                                const char *data, size_t len)
{
    const char *problem = p->problem ? p->problem : "invalid YAML";
    yaml_mark_t m;

    switch (p->error) {
    case YAML_MEMORY_ERROR:
        ctx_oom(ctx);
        break;
    case YAML_READER_ERROR:
        /* The reader gives a byte offset, not a mark: count lines. */
        memset(&m, 0, sizeof(m));
        for (size_t i = 0; i < p->problem_offset && i < len; i++) {
            if (data[i] == '\n') {
                m.line++;
                m.column = 0;
            } else if (((unsigned char)data[i] & 0xC0) != 0x80) {
                m.column++;
            }
        }
        err_at(ctx, file, &m, "%s", problem);
        break;
    default:
        if (p->context)
            err_at(ctx, file, &p->problem_mark, "%s (%s at line %zu, column %zu)", problem,
                   p->context, p->context_mark.line + 1, p->context_mark.column + 1);
        else
            err_at(ctx, file, &p->problem_mark, "%s", problem);
        break;
    }
}

/* Parse `data` into a tree. Returns 0 with *out (NULL for an empty
 * stream), or -1 after recording the error. `file` names it in messages. */
static int parse_yaml(struct ctx *ctx, const char *file, const char *data, size_t len,
                      struct ynode **out)
{
    yaml_parser_t parser;
    yaml_event_t ev;
    struct ynode *root = NULL;
    struct ynode *stack[CFG_MAX_DEPTH];
    size_t sp = 0;
    unsigned docs = 0;
    bool have_parser = false, have_event = false, done = false;
    int rc = -1;

    if (!yaml_parser_initialize(&parser)) {
        ctx_oom(ctx);
        goto out;
    }
    have_parser = true;
    yaml_parser_set_input_string(&parser, (const unsigned char *)data, len);
    while (!done) {
        struct ynode *n = NULL;

        if (!yaml_parser_parse(&parser, &ev)) {
            report_parser_error(ctx, file, &parser, data, len);
            goto out;
        }
        have_event = true;
        switch (ev.type) {
        case YAML_STREAM_END_EVENT:
            done = true;
            break;
        case YAML_DOCUMENT_START_EVENT:
            if (++docs > 1) {
                err_at(ctx, file, &ev.start_mark, "only one YAML document is allowed per file");
                goto out;
            }
            break;
        case YAML_ALIAS_EVENT:
            err_at(ctx, file, &ev.start_mark, "YAML aliases (*name) are not supported");
            goto out;
        case YAML_SCALAR_EVENT:
            n = ynode_new(ctx, YN_SCALAR, &ev.start_mark);
            if (!n)
                goto out;
            n->str = malloc(ev.data.scalar.length + 1);
            if (!n->str) {
                ynode_free(n);
                ctx_oom(ctx);
                goto out;
            }
            memcpy(n->str, ev.data.scalar.value, ev.data.scalar.length);
            n->str[ev.data.scalar.length] = '\0';
            n->len = ev.data.scalar.length;
            n->plain = ev.data.scalar.style == YAML_PLAIN_SCALAR_STYLE;
            if (strlen(n->str) != n->len)
                err_at(ctx, file, &n->mark, "NUL characters are not allowed");
            break;
        case YAML_MAPPING_START_EVENT:
        case YAML_SEQUENCE_START_EVENT:
            if (sp == CFG_MAX_DEPTH) {
                err_at(ctx, file, &ev.start_mark, "nesting deeper than %d levels", CFG_MAX_DEPTH);
                goto out;
            }
            n = ynode_new(ctx, ev.type == YAML_MAPPING_START_EVENT ? YN_MAP : YN_SEQ,
                          &ev.start_mark);
            if (!n)
                goto out;
            break;
        case YAML_MAPPING_END_EVENT:
        case YAML_SEQUENCE_END_EVENT:
            if (sp > 0)
                sp--;
            break;
        default:
            break;
        }
        if (n) {
            /* Attach at once, so that `root` owns every node. */
            if (sp == 0) {
                ynode_free(root);
                root = n;
            } else if (ynode_add(ctx, stack[sp - 1], n) < 0) {
                ynode_free(n);
                goto out;
            }
            if (n->type != YN_SCALAR)
                stack[sp++] = n;
        }
        yaml_event_delete(&ev);
        have_event = false;
    }
    *out = root;
    root = NULL;
    rc = 0;
out:
    if (have_event)
        yaml_event_delete(&ev);
    if (have_parser)
        yaml_parser_delete(&parser);
    ynode_free(root);
    return rc;
}

/* Read and parse one file. Returns 0 with *out (maybe NULL) or -1. */
static int load_file(struct ctx *ctx, const char *path, struct ynode **out)
{
    char ebuf[128];
    const char *why = "";
    char *data = NULL;
    size_t len = 0;
    int rc;

    rc = read_file(path, CFG_MAX_FILE, &data, &len, &why, ebuf, sizeof(ebuf));
    if (rc == OD_ENOMEM) {
        ctx_oom(ctx);
        rc = -1;
        goto out;
    }
    if (rc < 0) {
        err_at(ctx, path, NULL, "cannot read: %s", why);
        rc = -1;
        goto out;
    }
    rc = parse_yaml(ctx, path, data, len, out);
out:
    if (data) {
        explicit_bzero(data, len);
        free(data);
    }
    return rc;
}

/* ---- typed values ---------------------------------------------------------- */

/* Extras for orderd's own tables (connector tables have none). */
struct key_ext {
    bool literal; /* STRING: a plain scalar only, no {env:}/{file:} */
    bool ranged;  /* INT, DURATION: check min..max */
    int64_t min, max;
};

static void strmap_clear(struct od_strmap *m)
{
    for (size_t i = 0; i < m->n; i++) {
        free(m->keys[i]);
        free_secret(m->values[i]);
    }
    free(m->keys);
    free(m->values);
    m->n = 0;
    m->keys = NULL;
    m->values = NULL;
}

static void strlist_clear(struct od_strlist *l)
{
    for (size_t i = 0; i < l->n; i++)
        free(l->items[i]);
    free(l->items);
    l->n = 0;
    l->items = NULL;
}

static void set_string(char **slot, char *s)
{
    free_secret(*slot);
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
    }
    return "a value";
}

/* "dname: expected X; got Y" at `at`. Values of secrets and strings are
 * never shown (the caller does not come here for them with a value). */
static void type_error(struct ctx *ctx, const struct loc *loc, const yaml_mark_t *at,
                       const char *dname, const char *expected, const struct ynode *v)
{
    char *got = describe(v);

    if (!got) {
        ctx_oom(ctx);
        return;
    }
    err_at(ctx, loc->file, at, "%s: expected %s; got %s", dname, expected, got);
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
                       int64_t v, const struct ynode *node)
{
    char lo[32], hi[32];
    char *got = NULL;
    int rc = 0;

    if (!x || !x->ranged || (v >= x->min && v <= x->max))
        goto out;
    rc = -1;
    got = describe(node);
    if (!got) {
        ctx_oom(ctx);
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
        err_at(ctx, loc->file, at, "%s: must be at least %s; got %s", dname, lo, got);
    else
        err_at(ctx, loc->file, at, "%s: must be between %s and %s; got %s", dname, lo, hi, got);
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

static bool parse_bool(const char *s, bool *out)
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

/* {env: NAME} or {file: PATH}: the value, newly allocated, in *out. */
static int resolve_ref(struct ctx *ctx, const struct loc *loc, const yaml_mark_t *at,
                       const char *dname, const struct ynode *v, bool secret, char **out)
{
    char ebuf[128];
    const char *why = "";
    const struct ynode *k, *val;
    char *path = NULL, *data = NULL;
    size_t len = 0;
    int rc = -1;

    if (v->type != YN_MAP || ynode_pairs(v) != 1)
        goto bad;
    k = v->kids[0];
    val = v->kids[1];
    if (!ynode_is_text(k) || !ynode_is_text(val) || ynode_is_null(val))
        goto bad;
    if (strcmp(k->str, "env") == 0) {
        const char *e = getenv(val->str);

        if (!e) {
            err_at(ctx, loc->file, at, "%s: environment variable %s is not set", dname, val->str);
            goto out;
        }
        if (secret && e[0] == '\0') {
            err_at(ctx, loc->file, at, "%s: environment variable %s is empty", dname, val->str);
            goto out;
        }
        *out = strdup(e);
        if (!*out) {
            ctx_oom(ctx);
            goto out;
        }
        rc = 0;
        goto out;
    }
    if (strcmp(k->str, "file") == 0) {
        int r;

        path = path_join(loc->dir, val->str);
        if (!path) {
            ctx_oom(ctx);
            goto out;
        }
        r = read_file(path, CFG_MAX_FILE, &data, &len, &why, ebuf, sizeof(ebuf));
        if (r == OD_ENOMEM) {
            ctx_oom(ctx);
            goto out;
        }
        if (r < 0) {
            err_at(ctx, loc->file, at, "%s: cannot read %s: %s", dname, path, why);
            goto out;
        }
        if (strlen(data) != len) {
            err_at(ctx, loc->file, at, "%s: %s contains a NUL byte", dname, path);
            goto out;
        }
        if (len > 0 && data[len - 1] == '\n') {
            data[--len] = '\0';
            if (len > 0 && data[len - 1] == '\r')
                data[--len] = '\0';
        }
        if (secret && len == 0) {
            err_at(ctx, loc->file, at, "%s: %s is empty", dname, path);
            goto out;
        }
        *out = data;
        data = NULL;
        rc = 0;
        goto out;
    }
bad:
    err_at(ctx, loc->file, at, "%s: expected {env: NAME} or {file: PATH}", dname);
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
    const struct ynode *const *x = a, *const *y = b;
    int c = strcmp((*x)->str, (*y)->str);

    if (c != 0)
        return c;
    /* Same key: earlier in the file first (tree order = file order). */
    if ((*x)->mark.index != (*y)->mark.index)
        return (*x)->mark.index < (*y)->mark.index ? -1 : 1;
    return 0;
}

static int set_map(struct ctx *ctx, const struct loc *loc, const yaml_mark_t *at, const char *dname,
                   const struct ynode *v, struct od_strmap *m)
{
    const struct ynode **sorted = NULL;
    struct od_strmap nm = {0};
    size_t np;
    int rc = -1;

    strmap_clear(m);
    if (ynode_is_null(v)) {
        rc = 0;
        goto out;
    }
    if (v->type != YN_MAP) {
        type_error(ctx, loc, at, dname, "a mapping of names to strings", v);
        goto out;
    }
    np = ynode_pairs(v);
    for (size_t i = 0; i < np; i++) {
        const struct ynode *k = v->kids[2 * i], *val = v->kids[2 * i + 1];

        if (!ynode_is_text(k)) {
            err_at(ctx, loc->file, &k->mark, "%s: expected a name as key", dname);
            goto out;
        }
        if (val->type != YN_SCALAR) {
            type_error(ctx, loc, &val->mark, dname, "a string as the value", val);
            goto out;
        }
    }
    /* Duplicate keys: sort the key nodes (O(n log n), maps can be large). */
    sorted = calloc(np ? np : 1, sizeof(*sorted));
    if (!sorted) {
        ctx_oom(ctx);
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
        err_at(ctx, loc->file, &sorted[i]->mark, "%s: duplicate key '%s' (first at line %zu)",
               dname, sorted[i]->str, sorted[first]->mark.line + 1);
        rc = -1;
    }
    if (rc < 0)
        goto out;
    rc = -1;
    nm.keys = calloc(np ? np : 1, sizeof(char *));
    nm.values = calloc(np ? np : 1, sizeof(char *));
    if (!nm.keys || !nm.values) {
        ctx_oom(ctx);
        goto out;
    }
    for (size_t i = 0; i < np; i++) {
        const struct ynode *val = v->kids[2 * i + 1];

        nm.keys[i] = strdup(v->kids[2 * i]->str);
        nm.values[i] = strdup(ynode_is_null(val) ? "" : val->str);
        nm.n++;
        if (!nm.keys[i] || !nm.values[i]) {
            ctx_oom(ctx);
            goto out;
        }
    }
    *m = nm;
    memset(&nm, 0, sizeof(nm));
    rc = 0;
out:
    strmap_clear(&nm);
    free(sorted);
    return rc;
}

static int set_list(struct ctx *ctx, const struct loc *loc, const yaml_mark_t *at,
                    const char *dname, const struct ynode *v, struct od_strlist *l)
{
    struct od_strlist nl = {0};
    size_t n;
    int rc = -1;

    strlist_clear(l);
    if (ynode_is_null(v)) {
        rc = 0;
        goto out;
    }
    if (v->type == YN_MAP) {
        type_error(ctx, loc, at, dname, "a list of strings", v);
        goto out;
    }
    n = v->type == YN_SCALAR ? 1 : v->n;
    for (size_t i = 0; v->type == YN_SEQ && i < n; i++) {
        if (v->kids[i]->type != YN_SCALAR) {
            type_error(ctx, loc, &v->kids[i]->mark, dname, "a string in the list", v->kids[i]);
            goto out;
        }
    }
    nl.items = calloc(n ? n : 1, sizeof(char *));
    if (!nl.items) {
        ctx_oom(ctx);
        goto out;
    }
    for (size_t i = 0; i < n; i++) {
        const struct ynode *it = v->type == YN_SCALAR ? v : v->kids[i];

        nl.items[i] = strdup(ynode_is_null(it) ? "" : it->str);
        nl.n++;
        if (!nl.items[i]) {
            ctx_oom(ctx);
            goto out;
        }
    }
    *l = nl;
    memset(&nl, 0, sizeof(nl));
    rc = 0;
out:
    strlist_clear(&nl);
    return rc;
}

static void enum_error(struct ctx *ctx, const struct loc *loc, const yaml_mark_t *at,
                       const char *dname, const struct od_config_key *k, const struct ynode *v)
{
    struct od_buf b;
    char *got = describe(v);
    int rc = 0;

    od_buf_init(&b, CFG_ALLOWED_MAX);
    for (size_t i = 0; k->choices && k->choices[i] && rc == 0; i++)
        rc = od_buf_printf(&b, "%s%s", i ? ", " : "", k->choices[i]);
    if (!got || rc == OD_ENOMEM) {
        ctx_oom(ctx);
        goto out;
    }
    err_at(ctx, loc->file, at, "%s: expected one of %s; got %s", dname, b.data ? b.data : "", got);
out:
    free(got);
    od_buf_free(&b);
}

/* Store node `v` as the value of key `k` in `base`. `at` is where errors
 * point (the node itself, or a section mark for built-in defaults).
 * Returns 0, or -1 after recording an error (or running out of memory). */
static int set_value(struct ctx *ctx, const struct loc *loc, const yaml_mark_t *at,
                     const char *dname, const struct od_config_key *k, const struct key_ext *x,
                     const struct ynode *v, void *base)
{
    void *slot = (char *)base + k->offset;
    bool text = ynode_is_text(v) && !ynode_is_null(v);
    int64_t i64 = 0;
    uint64_t u64 = 0;
    bool b = false;
    char *s = NULL;
    int rc = -1;

    /* A scalar with a NUL byte was reported by the parser already. */
    if (v->type == YN_SCALAR && !ynode_is_text(v))
        goto out;
    switch (k->type) {
    case OD_KEY_STRING:
        if (x && x->literal && ynode_is_null(v)) {
            type_error(ctx, loc, at, dname, expected_text(k, x), v);
            goto out;
        }
        if (v->type == YN_SCALAR) {
            s = strdup(ynode_is_null(v) ? "" : v->str);
            if (!s) {
                ctx_oom(ctx);
                goto out;
            }
        } else if (v->type == YN_MAP && !(x && x->literal)) {
            if (resolve_ref(ctx, loc, at, dname, v, false, &s) < 0)
                goto out;
        } else {
            type_error(ctx, loc, at, dname, expected_text(k, x), v);
            goto out;
        }
        set_string(slot, s);
        break;
    case OD_KEY_SECRET:
        if (v->type == YN_SCALAR) {
            err_at(ctx, loc->file, at,
                   "%s: secrets must not be inline: use {env: NAME} or {file: PATH}", dname);
            goto out;
        }
        if (resolve_ref(ctx, loc, at, dname, v, true, &s) < 0)
            goto out;
        set_string(slot, s);
        break;
    case OD_KEY_BOOL:
        if (!text || !parse_bool(v->str, &b)) {
            type_error(ctx, loc, at, dname, expected_text(k, x), v);
            goto out;
        }
        *(bool *)slot = b;
        break;
    case OD_KEY_INT:
        if (!text || !parse_int(v->str, &i64)) {
            type_error(ctx, loc, at, dname, expected_text(k, x), v);
            goto out;
        }
        if (check_range(ctx, loc, at, dname, k, x, i64, v) < 0)
            goto out;
        *(int64_t *)slot = i64;
        break;
    case OD_KEY_DURATION:
        if (!text || od_duration_parse(v->str, &i64) < 0) {
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
            ctx_oom(ctx);
            goto out;
        }
        set_string(slot, s);
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
        s = path_join(loc->dir, v->str);
        if (!s) {
            ctx_oom(ctx);
            goto out;
        }
        set_string(slot, s);
        break;
    case OD_KEY_SECTION:
        /* Loaded by load_section(), never as a single value. */
        type_error(ctx, loc, at, dname, expected_text(k, x), v);
        goto out;
    }
    rc = 0;
out:
    return rc;
}

/* ---- the generic table loader --------------------------------------------- */

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

static void apply_defaults(struct ctx *ctx, const struct loc *loc, const struct table *t,
                           const yaml_mark_t *at)
{
    static const struct ynode null_node = {.type = YN_SCALAR, .str = (char *)"", .plain = true};
    char dname[256];

    for (size_t i = 0; t->keys && t->keys[i].name && !ctx->stop; i++) {
        const struct od_config_key *k = &t->keys[i];
        struct ynode *tree = NULL;
        size_t before = ctx->total;

        if (!k->def)
            continue;
        snprintf(dname, sizeof(dname), "%s%s", t->prefix, k->name);
        if (parse_yaml(ctx, "<built-in default>", k->def, strlen(k->def), &tree) == 0)
            set_value(ctx, loc, at, dname, k, t->ext ? &t->ext[i] : NULL, tree ? tree : &null_node,
                      t->base);
        ynode_free(tree);
        if (ctx->total != before)
            err_at(ctx, loc->file, at, "%s: the built-in default '%s' is invalid", dname, k->def);
    }
}

static void load_table(struct ctx *ctx, const struct loc *loc, const struct table *t,
                       const struct ynode *map, const yaml_mark_t *at, bool check_required,
                       const struct ynode **ret_vals);

/* An OD_KEY_SECTION key `k` of table `t`: load `map` (NULL when the key
 * is absent: then only the section's defaults apply) into the embedded
 * struct at k->offset, with messages naming "<prefix><name>.<key>". */
static void load_section(struct ctx *ctx, const struct loc *loc, const struct table *t,
                         const struct od_config_key *k, const struct ynode *map,
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
    load_table(ctx, loc, &sub, map, at, map != NULL, NULL);
}

/* Load mapping `map` (NULL or null when absent) against `t`. `at` is the
 * mark of the section's key (or of the file's top) for messages about
 * the section as a whole. `check_required`: report missing required keys.
 * `ret_vals`, when not NULL, receives the value node of each key of
 * t->keys (NULL when not set). */
static void load_table(struct ctx *ctx, const struct loc *loc, const struct table *t,
                       const struct ynode *map, const yaml_mark_t *at, bool check_required,
                       const struct ynode **ret_vals)
{
    size_t nk = count_keys(t->keys);
    const struct ynode **seen = NULL; /* key node per key, then per section */
    char *allowed = NULL;
    char dname[256];

    seen = calloc(nk + t->n_subs + 1, sizeof(*seen));
    if (!seen) {
        ctx_oom(ctx);
        goto out;
    }
    apply_defaults(ctx, loc, t, at);
    if (!ynode_is_null(map) && map->type != YN_MAP) {
        char *got = describe(map);

        if (!got) {
            ctx_oom(ctx);
            goto out;
        }
        if (t->name)
            err_at(ctx, loc->file, &map->mark, "%s: expected a mapping; got %s", t->name, got);
        else
            err_at(ctx, loc->file, &map->mark, "expected a mapping at the top level; got %s", got);
        free(got);
        check_required = false;
    }
    for (size_t p = 0;
         !ynode_is_null(map) && map->type == YN_MAP && p < ynode_pairs(map) && !ctx->stop; p++) {
        const struct ynode *kn = map->kids[2 * p], *vn = map->kids[2 * p + 1];
        size_t i;
        bool other_kind = false;

        if (!ynode_is_text(kn)) {
            char *got = describe(kn);

            if (got)
                err_at(ctx, loc->file, &kn->mark, "expected a key name; got %s", got);
            else
                ctx_oom(ctx);
            free(got);
            continue;
        }
        for (i = 0; i < nk + t->n_subs; i++) {
            const char *name = i < nk ? t->keys[i].name : t->subs[i - nk].name;

            if (strcmp(kn->str, name) == 0)
                break;
        }
        if (i < nk + t->n_subs && seen[i]) {
            err_at(ctx, loc->file, &kn->mark, "duplicate key '%s' %s (first at line %zu)", kn->str,
                   t->where, seen[i]->mark.line + 1);
            continue;
        }
        if (i < nk && t->keys[i].type == OD_KEY_SECTION) {
            seen[i] = kn;
            if (ret_vals)
                ret_vals[i] = vn;
            load_section(ctx, loc, t, &t->keys[i], vn, &kn->mark);
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
            load_table(ctx, loc, &t->subs[i - nk], vn, &kn->mark, true, NULL);
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
            err_at(ctx, loc->file, &kn->mark,
                   "section '%s' does not match this channel's kind '%s'", kn->str, t->kind);
            continue;
        }
        if (!allowed)
            allowed = allowed_list(t);
        if (!allowed) {
            ctx_oom(ctx);
            goto out;
        }
        err_at(ctx, loc->file, &kn->mark, "unknown key '%s' %s; allowed: %s", kn->str, t->where,
               allowed);
    }
    for (size_t s = 0; s < t->n_subs && !ctx->stop; s++) {
        if (seen[nk + s])
            continue;
        if (t->subs[s].required && check_required)
            err_at(ctx, loc->file, at, "missing section '%s' %s", t->subs[s].name, t->where);
        load_table(ctx, loc, &t->subs[s], NULL, at, false, NULL);
    }
    for (size_t i = 0; i < nk && !ctx->stop; i++)
        if (t->keys[i].type == OD_KEY_SECTION && !seen[i])
            load_section(ctx, loc, t, &t->keys[i], NULL, at);
    for (size_t i = 0; i < nk && check_required && !ctx->stop; i++)
        if (t->keys[i].required && !seen[i])
            err_at(ctx, loc->file, at, "missing required key '%s' %s", t->keys[i].name, t->where);
out:
    free(allowed);
    free(seen);
}

/* ---- the tables ------------------------------------------------------------- */

static const char *const log_levels[] = {"debug", "info", "warn", "error", NULL};
static const char *const log_formats[] = {"text", "json", NULL};

#define CFG(f) offsetof(struct od_config, f)

static const struct od_config_key top_keys[] = {
    {"channels_dir", OD_KEY_PATH, "channels.d", CFG(channels_dir),
     "directory of channel files (*.yaml), relative to this file", NULL, false},
    {"rules", OD_KEY_PATH, NULL, CFG(rules), "audit rules file; must be readable when set", NULL,
     false},
    {NULL, 0, NULL, 0, NULL, NULL, false},
};

static const struct od_config_key database_keys[] = {
    {"url", OD_KEY_STRING, NULL, CFG(database_url),
     "PostgreSQL URL; ORDERD_DATABASE_URL overrides it, PG* variables apply", NULL, false},
    {NULL, 0, NULL, 0, NULL, NULL, false},
};

static const struct od_config_key log_keys[] = {
    {"level", OD_KEY_ENUM, "info", CFG(log_level), "least severe level written", log_levels, false},
    {"format", OD_KEY_ENUM, "text", CFG(log_format), "log line format", log_formats, false},
    {NULL, 0, NULL, 0, NULL, NULL, false},
};

static const struct od_config_key ingest_keys[] = {
    {"batch_size", OD_KEY_INT, "500", CFG(batch_size), "orders per transaction", NULL, false},
    {"backoff_initial", OD_KEY_DURATION, "1s", CFG(backoff_initial_ms),
     "first wait after a failed poll", NULL, false},
    {"backoff_cap", OD_KEY_DURATION, "5m", CFG(backoff_cap_ms), "longest wait between failed polls",
     NULL, false},
    {"shutdown_timeout", OD_KEY_DURATION, "10s", CFG(shutdown_timeout_ms),
     "how long a stop waits for running polls", NULL, false},
    {NULL, 0, NULL, 0, NULL, NULL, false},
};

static const struct key_ext ingest_ext[] = {
    {.ranged = true, .min = 1, .max = 100000},
    {.ranged = true, .min = 1, .max = INT64_MAX},
    {.ranged = true, .min = 1, .max = INT64_MAX},
    {.ranged = true, .min = 0, .max = INT64_MAX},
    {0},
};

#undef CFG
#define CH(f) offsetof(struct od_channel, f)

static const struct od_config_key channel_keys[] = {
    {"name", OD_KEY_STRING, NULL, CH(name), "channel name: [a-z0-9-], unique", NULL, true},
    {"kind", OD_KEY_STRING, NULL, CH(kind), "connector kind", NULL, true},
    {"enabled", OD_KEY_BOOL, "true", CH(enabled), "poll this channel", NULL, false},
    {"poll_interval", OD_KEY_DURATION, "60s", CH(poll_interval_ms), "time between polls", NULL,
     false},
    {"batch_size", OD_KEY_INT, "0", CH(batch_size), "orders per transaction; 0 = ingest's", NULL,
     false},
    {"match_customer_by", OD_KEY_LIST, NULL, CH(match_customer_by),
     "how the audit finds the customer: ref, phone, email, in order", NULL, false},
    {NULL, 0, NULL, 0, NULL, NULL, false},
};

#undef CH

static const struct key_ext channel_ext[] = {
    {.literal = true},
    {.literal = true},
    {0},
    {.ranged = true, .min = 100, .max = INT64_MAX},
    {.ranged = true, .min = 0, .max = 100000},
    {0},
    {0},
};

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
            free_secret(*(char **)slot);
            *(char **)slot = NULL;
            break;
        case OD_KEY_MAP:
            strmap_clear(slot);
            break;
        case OD_KEY_LIST:
            strlist_clear(slot);
            break;
        case OD_KEY_SECTION:
            od_settings_free(keys[i].section, slot);
            break;
        default:
            break;
        }
    }
}

static void channel_free(struct od_channel *ch)
{
    if (!ch)
        return;
    if (ch->connector)
        od_settings_free(ch->connector->keys, ch->settings);
    free(ch->settings);
    od_settings_free(channel_keys, ch);
    free(ch->file);
    free(ch);
}

void od_config_free(struct od_config *c)
{
    if (!c)
        return;
    od_settings_free(top_keys, c);
    od_settings_free(database_keys, c);
    od_settings_free(log_keys, c);
    od_settings_free(ingest_keys, c);
    for (size_t i = 0; i < c->n_channels; i++)
        channel_free(c->channels[i]);
    free(c->channels);
    free(c->path);
    free(c);
}

void od_config_errors_free(struct od_config_errors *e)
{
    if (!e)
        return;
    for (size_t i = 0; i < e->n; i++)
        free(e->msgs[i]);
    free(e->msgs);
    e->msgs = NULL;
    e->n = 0;
}

struct od_channel *od_config_channel(const struct od_config *c, const char *name)
{
    for (size_t i = 0; c && name && i < c->n_channels; i++)
        if (strcmp(c->channels[i]->name, name) == 0)
            return c->channels[i];
    return NULL;
}

const char *od_strmap_get(const struct od_strmap *m, const char *key)
{
    for (size_t i = 0; m && key && i < m->n; i++)
        if (strcmp(m->keys[i], key) == 0)
            return m->values[i];
    return NULL;
}

/* ---- channels ----------------------------------------------------------------- */

/* A name already taken, for the duplicate check across files. */
struct taken {
    char *name;
    char *file;
    yaml_mark_t mark;
};

struct channels {
    struct od_channel **v;
    size_t n;
    struct taken *taken;
    size_t n_taken;
};

static bool name_ok(const char *s)
{
    size_t n = strlen(s);

    if (n == 0 || n > CFG_NAME_MAX)
        return false;
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c == '-' && i > 0);

        if (!ok)
            return false;
    }
    return true;
}

static void unknown_kind(struct ctx *ctx, const struct loc *loc, const struct ynode *kv)
{
    struct od_buf b;
    char *got = describe(kv);
    int rc = 0;

    od_buf_init(&b, CFG_ALLOWED_MAX);
    for (size_t i = 0; ctx->registry && ctx->registry[i] && rc == 0; i++)
        rc = od_buf_printf(&b, "%s%s", i ? ", " : "", ctx->registry[i]->kind);
    if (!got || rc == OD_ENOMEM) {
        ctx_oom(ctx);
        goto out;
    }
    err_at(ctx, loc->file, &kv->mark, "unknown kind %s; known kinds: %s", got,
           b.data ? b.data : "(none)");
out:
    free(got);
    od_buf_free(&b);
}

/* Load one channel file into `chs` (or only report its errors). */
static void load_channel(struct ctx *ctx, const char *path, struct channels *chs)
{
    static const yaml_mark_t top = {0, 0, 0};
    const struct ynode *vals[sizeof(channel_keys) / sizeof(channel_keys[0])] = {0};
    const struct od_connector *conn = NULL;
    const struct ynode *kindv, *seckey = NULL;
    struct ynode *root = NULL;
    struct od_channel *ch = NULL;
    struct table sub, t;
    char *dir = NULL;
    char where[128], prefix[128];
    struct loc loc;
    size_t before = ctx->total;

    if (load_file(ctx, path, &root) < 0)
        goto out;
    dir = path_dir(path);
    ch = calloc(1, sizeof(*ch));
    if (!dir || !ch || !(ch->file = strdup(path))) {
        ctx_oom(ctx);
        goto out;
    }
    loc.file = path;
    loc.dir = dir;

    /* The kind decides the section, so look at it first. */
    kindv = ynode_get(root, "kind", NULL);
    if (kindv && ynode_is_text(kindv) && !ynode_is_null(kindv)) {
        for (size_t i = 0; ctx->registry && ctx->registry[i]; i++)
            if (strcmp(ctx->registry[i]->kind, kindv->str) == 0)
                conn = ctx->registry[i];
        if (!conn)
            unknown_kind(ctx, &loc, kindv);
    }
    memset(&t, 0, sizeof(t));
    t.where = "in the channel";
    t.prefix = "";
    t.keys = channel_keys;
    t.ext = channel_ext;
    t.base = ch;
    t.registry = ctx->registry;
    if (conn) {
        ch->connector = conn;
        ch->settings = calloc(1, conn->settings_size ? conn->settings_size : 1);
        if (!ch->settings) {
            ctx_oom(ctx);
            goto out;
        }
        memset(&sub, 0, sizeof(sub));
        snprintf(where, sizeof(where), "in %s", conn->kind);
        snprintf(prefix, sizeof(prefix), "%s.", conn->kind);
        sub.name = conn->kind;
        sub.where = where;
        sub.prefix = prefix;
        sub.keys = conn->keys;
        sub.base = ch->settings;
        sub.required = true;
        t.subs = &sub;
        t.n_subs = 1;
        t.kind = conn->kind;
    } else if (kindv && ynode_is_text(kindv)) {
        t.skip_key = kindv->str;
    }
    load_table(ctx, &loc, &t, root, root ? &root->mark : &top, true, vals);

    for (size_t i = 0; vals[5] && i < ch->match_customer_by.n; i++) {
        const char *m = ch->match_customer_by.items[i];

        if (strcmp(m, "ref") && strcmp(m, "phone") && strcmp(m, "email"))
            err_at(ctx, path, &vals[5]->mark,
                   "match_customer_by: unknown '%s'; allowed: ref, phone, email", m);
    }

    if (ch->name && vals[0]) {
        if (!name_ok(ch->name)) {
            char *got = describe(vals[0]);

            if (got)
                err_at(ctx, path, &vals[0]->mark,
                       "bad channel name %s: use 1 to %d lowercase letters, digits and '-', "
                       "starting with a letter or digit",
                       got, CFG_NAME_MAX);
            else
                ctx_oom(ctx);
            free(got);
        } else {
            struct taken *tk = NULL;

            for (size_t i = 0; i < chs->n_taken; i++)
                if (strcmp(chs->taken[i].name, ch->name) == 0)
                    tk = &chs->taken[i];
            if (tk)
                err_at(ctx, path, &vals[0]->mark, "duplicate channel name '%s': also in %s:%zu:%zu",
                       ch->name, tk->file, tk->mark.line + 1, tk->mark.column + 1);
            else {
                /* Room for CFG_MAX_CHANNELS was made by the caller. */
                tk = &chs->taken[chs->n_taken];
                tk->file = strdup(path);
                tk->name = tk->file ? strdup(ch->name) : NULL;
                tk->mark = vals[0]->mark;
                if (!tk->name) {
                    free(tk->file);
                    ctx_oom(ctx);
                    goto out;
                }
                chs->n_taken++;
            }
        }
    }
    if (ctx->total == before && !ctx->stop && conn && conn->validate) {
        ynode_get(root, conn->kind, &seckey);
        od_error_clear();
        if (conn->validate(ch) < 0)
            err_at(ctx, path, seckey ? &seckey->mark : &top, "%s",
                   od_error_last()[0] ? od_error_last() : "invalid settings");
    }
    if (ctx->total != before || ctx->stop)
        goto out;
    chs->v[chs->n++] = ch;
    ch = NULL;
out:
    channel_free(ch);
    free(dir);
    ynode_free(root);
    flush_errors(ctx);
}

static bool is_channel_file(const char *name)
{
    size_t n = strlen(name);

    if (name[0] == '.')
        return false;
    return (n > 5 && strcmp(name + n - 5, ".yaml") == 0) ||
           (n > 4 && strcmp(name + n - 4, ".yml") == 0);
}

static int name_cmp(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static int channel_cmp(const void *a, const void *b)
{
    const struct od_channel *const *x = a, *const *y = b;

    return strcmp((*x)->name, (*y)->name);
}

/* The channel files of `dir`, sorted; errors are reported against
 * `cfg_file` at `mark` (the channels_dir value, or NULL). */
static void list_channel_files(struct ctx *ctx, const char *cfg_file, const yaml_mark_t *mark,
                               const char *dir, char ***out, size_t *n_out)
{
    char ebuf[128];
    char **names = NULL;
    size_t n = 0;
    struct dirent *e;
    DIR *d = NULL;

    names = calloc(CFG_MAX_CHANNELS, sizeof(*names));
    if (!names) {
        ctx_oom(ctx);
        goto out;
    }
    d = opendir(dir);
    if (!d) {
        err_at(ctx, cfg_file, mark, "channels_dir %s: %s", dir,
               strerror_r(errno, ebuf, sizeof(ebuf)));
        goto out;
    }
    while ((e = readdir(d)) != NULL) {
        struct stat st;
        char *p;

        if (!is_channel_file(e->d_name))
            continue;
        p = path_join(dir, e->d_name);
        if (!p) {
            ctx_oom(ctx);
            goto out;
        }
        if (stat(p, &st) < 0) {
            err_at(ctx, p, NULL, "cannot read: %s", strerror_r(errno, ebuf, sizeof(ebuf)));
            free(p);
            continue;
        }
        if (!S_ISREG(st.st_mode)) {
            free(p);
            continue;
        }
        if (n == CFG_MAX_CHANNELS) {
            err_at(ctx, cfg_file, mark, "channels_dir %s: more than %d channel files", dir,
                   CFG_MAX_CHANNELS);
            free(p);
            break;
        }
        names[n++] = p;
    }
    qsort(names, n, sizeof(*names), name_cmp);
out:
    if (d)
        closedir(d);
    *out = names;
    *n_out = n;
}

static void load_channels(struct ctx *ctx, struct od_config *cfg, const yaml_mark_t *dir_mark)
{
    struct channels chs = {0};
    char **files = NULL;
    size_t n_files = 0;

    list_channel_files(ctx, cfg->path, dir_mark, cfg->channels_dir, &files, &n_files);
    flush_errors(ctx);
    chs.v = calloc(CFG_MAX_CHANNELS, sizeof(*chs.v));
    chs.taken = calloc(CFG_MAX_CHANNELS, sizeof(*chs.taken));
    if (!chs.v || !chs.taken) {
        ctx_oom(ctx);
        goto out;
    }
    for (size_t i = 0; i < n_files && !ctx->stop; i++)
        load_channel(ctx, files[i], &chs);
    qsort(chs.v, chs.n, sizeof(*chs.v), channel_cmp);
    cfg->channels = chs.v;
    cfg->n_channels = chs.n;
    chs.v = NULL;
out:
    free(chs.v);
    for (size_t i = 0; i < chs.n_taken; i++) {
        free(chs.taken[i].name);
        free(chs.taken[i].file);
    }
    free(chs.taken);
    for (size_t i = 0; files && i < n_files; i++)
        free(files[i]);
    free(files);
}

/* ---- the top level ------------------------------------------------------------- */

static void check_rules(struct ctx *ctx, const struct od_config *cfg, const struct ynode *v)
{
    char ebuf[128];
    const char *why = NULL;
    struct stat st;
    int fd;

    fd = open(cfg->rules, O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);
    if (fd < 0 || fstat(fd, &st) < 0)
        why = strerror_r(errno, ebuf, sizeof(ebuf));
    else if (!S_ISREG(st.st_mode))
        why = S_ISDIR(st.st_mode) ? "is a directory" : "not a regular file";
    if (fd >= 0)
        close(fd);
    if (why)
        err_at(ctx, cfg->path, v ? &v->mark : NULL, "rules: cannot read %s: %s", cfg->rules, why);
}

int od_config_load(const char *path, const struct od_connector *const *registry,
                   struct od_config **out, struct od_config_errors *errs)
{
    static const yaml_mark_t top = {0, 0, 0};
    const struct ynode *vals[sizeof(top_keys) / sizeof(top_keys[0])] = {0};
    struct od_config_errors own = {0};
    struct ctx ctx;
    struct od_config *cfg = NULL;
    struct ynode *root = NULL;
    struct table subs[3], t;
    struct loc loc;
    char *dir = NULL;
    const char *env;
    int rc = 0;

    memset(&ctx, 0, sizeof(ctx));
    ctx.errs = errs ? errs : &own;
    ctx.errs->n = 0;
    ctx.errs->msgs = NULL;
    ctx.registry = registry;

    cfg = calloc(1, sizeof(*cfg));
    if (!cfg || !(cfg->path = strdup(path)) || !(dir = path_dir(path))) {
        ctx_oom(&ctx);
        goto out;
    }
    if (load_file(&ctx, path, &root) < 0)
        goto out;
    loc.file = path;
    loc.dir = dir;

    memset(subs, 0, sizeof(subs));
    subs[0] = (struct table){.name = "database",
                             .where = "in database",
                             .prefix = "database.",
                             .keys = database_keys,
                             .base = cfg};
    subs[1] = (struct table){
        .name = "log", .where = "in log", .prefix = "log.", .keys = log_keys, .base = cfg};
    subs[2] = (struct table){.name = "ingest",
                             .where = "in ingest",
                             .prefix = "ingest.",
                             .keys = ingest_keys,
                             .ext = ingest_ext,
                             .base = cfg};
    t = (struct table){.where = "at the top level",
                       .prefix = "",
                       .keys = top_keys,
                       .base = cfg,
                       .subs = subs,
                       .n_subs = 3};
    load_table(&ctx, &loc, &t, root, root ? &root->mark : &top, true, vals);
    if (cfg->rules && !ctx.stop)
        check_rules(&ctx, cfg, vals[1]);

    env = getenv("ORDERD_DATABASE_URL");
    if (env && env[0]) {
        char *s = strdup(env);

        if (!s) {
            ctx_oom(&ctx);
            goto out;
        }
        set_string(&cfg->database_url, s);
    }
    if (!cfg->database_url && !(cfg->database_url = strdup(""))) {
        ctx_oom(&ctx);
        goto out;
    }
    flush_errors(&ctx);
    if (cfg->channels_dir && !ctx.stop)
        load_channels(&ctx, cfg, vals[0] ? &vals[0]->mark : NULL);
out:
    flush_errors(&ctx);
    if (ctx.too_many && !ctx.fatal) {
        ctx.stop = false;
        ctx.total = 0;
        err_at(&ctx, path, NULL, "too many errors; stopped after %d", CFG_MAX_ERRORS);
        flush_errors(&ctx);
    }
    if (ctx.fatal) {
        rc = od_error_set(OD_ENOMEM, "out of memory loading %s", path);
    } else if (ctx.errs->n > 0) {
        if (ctx.errs->n > 1)
            rc = od_error_set(OD_ECONFIG, "%s (and %zu more)", ctx.errs->msgs[0], ctx.errs->n - 1);
        else
            rc = od_error_set(OD_ECONFIG, "%s", ctx.errs->msgs[0]);
    }
    if (rc == 0) {
        *out = cfg;
        cfg = NULL;
    }
    free(ctx.pend);
    od_config_errors_free(&own);
    ynode_free(root);
    free(dir);
    od_config_free(cfg);
    return rc;
}
