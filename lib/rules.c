/* Audit rules file loader (see rules.h).
 *
 * The file is read whole (at most RULES_MAX_FILE bytes) and turned into a
 * small node tree with libyaml's event API, the way lib/config.c does it:
 * every node keeps its start mark, aliases are refused and nesting is
 * capped. The tree is then checked rule by rule against the table of
 * rule types below.
 *
 * Errors are collected, not returned one at a time: each problem becomes
 * "file:line:column: message", the loader moves on to the next key or
 * rule, and the messages are sorted by position at the end. */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE /* strndup, GNU strerror_r */
#endif

#include "rules.h"

#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <yaml.h>

#include "buf.h"
#include "error.h"
#include "timeutil.h"

#define RULES_MAX_FILE      (1024 * 1024) /* bytes of the rules file */
#define RULES_MAX_DEPTH     16            /* nested mappings/sequences */
#define RULES_MAX_ERRORS    100           /* messages before giving up */
#define RULES_MAX_MSG       (64 * 1024)   /* bytes of one message */
#define RULES_SHOW_MAX      40            /* bytes of a value quoted in a message */
#define RULES_LIST_MAX      (16 * 1024)   /* bytes of an "allowed: ..." list */
#define RULES_ID_MAX        64            /* bytes of a rule id */
#define RULES_WAREHOUSE_MAX 63            /* fits od_reservation.warehouse */
#define RULES_MINUTES_MAX   525600        /* one year */

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
    free(n->str);
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

/* A scalar with some text: not null, no NUL byte. */
static bool ynode_has_text(const struct ynode *n)
{
    return ynode_is_text(n) && !ynode_is_null(n);
}

static size_t ynode_pairs(const struct ynode *n)
{
    return n->n / 2;
}

/* ---- error collection ---------------------------------------------------- */

struct pending {
    char *msg;
    size_t line, col; /* 1-based; 0 = no position */
    size_t seq;
};

struct ctx {
    const char *file;
    struct pending *pend;
    size_t n_pend, cap_pend;
    size_t seq;
    bool stop; /* too many errors or out of memory */
    bool too_many;
    bool oom;
};

static void ctx_oom(struct ctx *ctx)
{
    ctx->oom = true;
    ctx->stop = true;
}

static void add_pending(struct ctx *ctx, char *msg, const yaml_mark_t *mark)
{
    if (ctx->n_pend == ctx->cap_pend) {
        size_t cap = ctx->cap_pend ? ctx->cap_pend * 2 : 8;
        struct pending *p = realloc(ctx->pend, cap * sizeof(*p));

        if (!p) {
            free(msg);
            ctx_oom(ctx);
            return;
        }
        ctx->pend = p;
        ctx->cap_pend = cap;
    }
    ctx->pend[ctx->n_pend].msg = msg;
    ctx->pend[ctx->n_pend].line = mark ? mark->line + 1 : 0;
    ctx->pend[ctx->n_pend].col = mark ? mark->column + 1 : 0;
    ctx->pend[ctx->n_pend].seq = ctx->seq++;
    ctx->n_pend++;
}

static void err_at(struct ctx *ctx, const yaml_mark_t *mark, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

static void err_at(struct ctx *ctx, const yaml_mark_t *mark, const char *fmt, ...)
{
    struct od_buf b;
    va_list ap;
    char *body = NULL;
    char *msg = NULL;
    int n;

    od_buf_init(&b, RULES_MAX_MSG);
    if (ctx->stop)
        goto out;
    if (ctx->n_pend >= RULES_MAX_ERRORS) {
        ctx->too_many = true;
        ctx->stop = true;
        goto out;
    }
    va_start(ap, fmt);
    n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n < 0)
        n = 0;
    if ((size_t)n >= RULES_MAX_MSG)
        n = RULES_MAX_MSG - 1;
    body = malloc((size_t)n + 1);
    if (!body) {
        ctx_oom(ctx);
        goto out;
    }
    va_start(ap, fmt);
    vsnprintf(body, (size_t)n + 1, fmt, ap);
    va_end(ap);
    if (mark)
        n = od_buf_printf(&b, "%s:%zu:%zu: ", ctx->file, mark->line + 1, mark->column + 1);
    else
        n = od_buf_printf(&b, "%s: ", ctx->file);
    if (n == OD_ENOMEM || od_buf_adds(&b, body) == OD_ENOMEM) {
        ctx_oom(ctx);
        goto out;
    }
    msg = od_buf_steal(&b);
    if (!msg) {
        ctx_oom(ctx);
        goto out;
    }
    add_pending(ctx, msg, mark);
out:
    free(body);
    od_buf_free(&b);
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

/* Append `s` to `b` for a message: at most RULES_SHOW_MAX bytes, cut on a
 * UTF-8 boundary, control bytes shown as '?'. */
static int show_text(struct od_buf *b, const char *s, size_t len)
{
    size_t n = len;
    int rc = 0;

    if (n > RULES_SHOW_MAX) {
        n = RULES_SHOW_MAX;
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

/* "'5x'", "a mapping", "a list" or "nothing", for "got ..." in messages.
 * NULL when out of memory. */
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

/* "<what>: expected <expected>; got <v>" at v. */
static void type_error(struct ctx *ctx, const struct ynode *v, const char *what,
                       const char *expected)
{
    char *got = describe(v);

    if (!got) {
        ctx_oom(ctx);
        return;
    }
    err_at(ctx, &v->mark, "%s: expected %s; got %s", what, expected, got);
    free(got);
}

/* ---- reading and parsing ------------------------------------------------- */

/* Read a regular file of at most `max` bytes, NUL-terminated. On failure
 * *ret_why says why and the return is OD_EIO, OD_ETOOBIG or OD_ENOMEM. */
static int read_file(const char *path, size_t max, char **out, size_t *out_len,
                     const char **ret_why, char *ebuf, size_t ebuf_size)
{
    struct stat st;
    char *data = NULL;
    size_t len = 0, cap = 0;
    int fd = -1;
    int rc = 0;

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
            p = realloc(data, ncap);
            if (!p) {
                *ret_why = "out of memory";
                rc = OD_ENOMEM;
                goto out;
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
    free(data);
    if (fd >= 0)
        close(fd);
    return rc;
}

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
    if (parent->n == parent->cap) {
        size_t cap = parent->cap ? parent->cap * 2 : 8;
        struct ynode **k = realloc(parent->kids, cap * sizeof(*k));

        if (!k) {
            ctx_oom(ctx);
            return OD_ENOMEM;
        }
        parent->kids = k;
        parent->cap = cap;
    }
    parent->kids[parent->n++] = kid;
    return 0;
}

static void report_parser_error(struct ctx *ctx, const yaml_parser_t *p, const char *data,
                                size_t len)
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
        err_at(ctx, &m, "%s", problem);
        break;
    default:
        if (p->context)
            err_at(ctx, &p->problem_mark, "%s (%s at line %zu, column %zu)", problem, p->context,
                   p->context_mark.line + 1, p->context_mark.column + 1);
        else
            err_at(ctx, &p->problem_mark, "%s", problem);
        break;
    }
}

/* Parse `data` into a tree. Returns 0 with *out (NULL for an empty
 * stream), or -1 after recording the error. */
static int parse_yaml(struct ctx *ctx, const char *data, size_t len, struct ynode **out)
{
    yaml_parser_t parser;
    yaml_event_t ev;
    struct ynode *root = NULL;
    struct ynode *stack[RULES_MAX_DEPTH];
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
            report_parser_error(ctx, &parser, data, len);
            goto out;
        }
        have_event = true;
        switch (ev.type) {
        case YAML_STREAM_END_EVENT:
            done = true;
            break;
        case YAML_DOCUMENT_START_EVENT:
            if (++docs > 1) {
                err_at(ctx, &ev.start_mark, "only one YAML document is allowed per file");
                goto out;
            }
            break;
        case YAML_ALIAS_EVENT:
            err_at(ctx, &ev.start_mark, "YAML aliases (*name) are not supported");
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
                err_at(ctx, &n->mark, "NUL characters are not allowed");
            break;
        case YAML_MAPPING_START_EVENT:
        case YAML_SEQUENCE_START_EVENT:
            if (sp == RULES_MAX_DEPTH) {
                err_at(ctx, &ev.start_mark, "nesting deeper than %d levels", RULES_MAX_DEPTH);
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

/* ---- rule types ------------------------------------------------------------ */

#define A_HOLD     (1u << OD_ACTION_HOLD)
#define A_REJECT   (1u << OD_ACTION_REJECT)
#define A_TAG      (1u << OD_ACTION_TAG)
#define A_PRIORITY (1u << OD_ACTION_SET_PRIORITY)
#define A_ALL      (A_HOLD | A_REJECT | A_TAG | A_PRIORITY)

static const char *const action_names[] = {
    [OD_ACTION_HOLD] = "hold",
    [OD_ACTION_REJECT] = "reject",
    [OD_ACTION_TAG] = "tag",
    [OD_ACTION_SET_PRIORITY] = "set_priority",
};
#define N_ACTIONS (sizeof(action_names) / sizeof(action_names[0]))

/* Keys every rule may have. */
static const char *const common_keys[] = {"id",  "type",     "action", "channels",
                                          "tag", "priority", NULL};

struct type_info {
    const char *name;
    const char *params[3]; /* NULL-terminated */
    const char *required;  /* a parameter that must be given, or NULL */
    unsigned actions;      /* allowed actions */
};

static const struct type_info types[] = {
    [OD_RULE_REQUIRED_FIELDS] = {"required_fields", {"fields", NULL}, "fields", A_ALL},
    [OD_RULE_SKU_KNOWN] = {"sku_known", {NULL}, NULL, A_ALL},
    [OD_RULE_STOCK] = {"stock", {"warehouse", NULL}, NULL, A_ALL},
    [OD_RULE_CREDIT_LIMIT] = {"credit_limit", {NULL}, NULL, A_ALL},
    [OD_RULE_PRICE_LIST] = {"price_list", {"tolerance_pct", NULL}, NULL, A_ALL},
    [OD_RULE_TOTALS_CONSISTENT] = {"totals_consistent", {"tolerance", NULL}, NULL, A_ALL},
    [OD_RULE_AMOUNT] = {"amount", {"above", "below", NULL}, NULL, A_ALL},
    [OD_RULE_BUYER_NOTE] = {"buyer_note", {"keywords", NULL}, NULL, A_ALL},
    [OD_RULE_BLACKLIST] = {"blacklist", {NULL}, NULL, A_ALL},
    [OD_RULE_DUPLICATE] = {"duplicate", {"window", NULL}, NULL, A_ALL},
    [OD_RULE_ADDRESS_COMPLETE] = {"address_complete", {NULL}, NULL, A_ALL},
    [OD_RULE_WAIT] = {"wait", {"minutes", NULL}, "minutes", A_HOLD},
    [OD_RULE_PRIORITY] = {"priority", {"keywords", NULL}, "keywords", A_PRIORITY | A_TAG},
};
#define N_TYPES (sizeof(types) / sizeof(types[0]))

const char *od_rule_type_name(enum od_rule_type t)
{
    if ((unsigned)t >= N_TYPES)
        return NULL;
    return types[t].name;
}

int od_rule_type_from_name(const char *name)
{
    for (size_t i = 0; name && i < N_TYPES; i++)
        if (strcmp(types[i].name, name) == 0)
            return (int)i;
    return -1;
}

bool od_rule_applies(const struct od_rule *r, const char *channel)
{
    if (!r)
        return false;
    if (r->channels.n == 0)
        return true;
    for (size_t i = 0; channel && i < r->channels.n; i++)
        if (strcmp(r->channels.items[i], channel) == 0)
            return true;
    return false;
}

/* The normalized order fields required_fields may name (as in the feed's
 * CSV columns, see docs/normalized-order.md). */
static const char *const field_paths[] = {
    "external_id",
    "status",
    "channel_status",
    "placed_at",
    "paid_at",
    "updated_at",
    "currency",
    "subtotal",
    "shipping",
    "discount",
    "tax",
    "total",
    "customer.ref",
    "customer.name",
    "customer.phone",
    "customer.email",
    "ship_to.name",
    "ship_to.phone",
    "ship_to.country",
    "ship_to.province",
    "ship_to.city",
    "ship_to.district",
    "ship_to.address",
    "ship_to.postal_code",
    "buyer_note",
    "seller_note",
    "priority",
    "tags",
    "lines.sku",
    "lines.channel_sku",
    "lines.title",
    "lines.qty",
    "lines.unit_price",
    "lines.discount",
    "lines.total",
    NULL,
};

/* ---- freeing ------------------------------------------------------------------ */

static void strlist_clear(struct od_strlist *l)
{
    for (size_t i = 0; i < l->n; i++)
        free(l->items[i]);
    free(l->items);
    l->n = 0;
    l->items = NULL;
}

static void rule_clear(struct od_rule *r)
{
    free(r->id);
    strlist_clear(&r->channels);
    free(r->tag);
    free(r->priority);
    strlist_clear(&r->fields);
    free(r->warehouse);
    strlist_clear(&r->keywords);
}

void od_rules_free(struct od_rules *r)
{
    if (!r)
        return;
    for (size_t i = 0; r->rules && i < r->n; i++)
        rule_clear(&r->rules[i]);
    free(r->rules);
    free(r->path);
    free(r->language);
    for (size_t i = 0; i < r->match_by.n; i++) {
        free(r->match_by.keys[i]);
        free(r->match_by.values[i]);
    }
    free(r->match_by.keys);
    free(r->match_by.values);
    free(r);
}

int od_rules_set_match(struct od_rules *r, const char *channel, const struct od_strlist *by)
{
    struct od_buf b;
    char **k, **v, *key;

    if (!by || by->n == 0)
        return 0;
    od_buf_init(&b, 256);
    for (size_t i = 0; i < by->n; i++)
        if ((i && od_buf_addc(&b, ',') < 0) || od_buf_adds(&b, by->items[i]) < 0) {
            od_buf_free(&b);
            return od_error_set(OD_ENOMEM, "out of memory");
        }
    k = realloc(r->match_by.keys, (r->match_by.n + 1) * sizeof(*k));
    if (k)
        r->match_by.keys = k;
    v = realloc(r->match_by.values, (r->match_by.n + 1) * sizeof(*v));
    if (v)
        r->match_by.values = v;
    key = strdup(channel);
    if (!k || !v || !key) {
        free(key);
        od_buf_free(&b);
        return od_error_set(OD_ENOMEM, "out of memory");
    }
    r->match_by.keys[r->match_by.n] = key;
    r->match_by.values[r->match_by.n] = od_buf_steal(&b);
    r->match_by.n++;
    return 0;
}

/* ---- values ---------------------------------------------------------------- */

/* "a, b, c" of a NULL-terminated list into a new string; NULL on OOM. */
static char *join_names(const char *const *names, const char *const *more)
{
    struct od_buf b;
    char *ret = NULL;
    int rc = 0;

    od_buf_init(&b, RULES_LIST_MAX);
    for (size_t i = 0; names && names[i] && rc == 0; i++)
        rc = od_buf_printf(&b, "%s%s", b.len ? ", " : "", names[i]);
    for (size_t i = 0; more && more[i] && rc == 0; i++)
        rc = od_buf_printf(&b, "%s%s", b.len ? ", " : "", more[i]);
    if (rc != OD_ENOMEM)
        ret = od_buf_steal(&b);
    od_buf_free(&b);
    return ret;
}

static char *type_list(void)
{
    const char *names[N_TYPES + 1];

    for (size_t i = 0; i < N_TYPES; i++)
        names[i] = types[i].name;
    names[N_TYPES] = NULL;
    return join_names(names, NULL);
}

static char *action_list(unsigned mask)
{
    const char *names[N_ACTIONS + 1];
    size_t n = 0;

    for (size_t i = 0; i < N_ACTIONS; i++)
        if (mask & (1u << i))
            names[n++] = action_names[i];
    names[n] = NULL;
    return join_names(names, NULL);
}

/* A copy of a plain text value, or NULL after reporting (expected text). */
static char *text_value(struct ctx *ctx, const struct ynode *v, const char *key,
                        const char *expected)
{
    char *s;

    if (!ynode_has_text(v)) {
        if (!(v->type == YN_SCALAR && !ynode_is_text(v))) /* NUL: reported already */
            type_error(ctx, v, key, expected);
        return NULL;
    }
    s = strdup(v->str);
    if (!s)
        ctx_oom(ctx);
    return s;
}

static bool has_space_or_control(const char *s)
{
    for (; *s; s++) {
        unsigned char c = (unsigned char)*s;

        if (c <= 0x20 || c == 0x7f)
            return true;
    }
    return false;
}

/* A list of non-empty strings (a single scalar counts as a list of one).
 * Returns 0, or -1 after reporting. */
static int list_value(struct ctx *ctx, const struct ynode *v, const char *key, const char *expected,
                      struct od_strlist *out)
{
    struct od_strlist l = {0};
    size_t n;
    int rc = -1;

    if (v->type == YN_MAP || ynode_is_null(v)) {
        type_error(ctx, v, key, expected);
        goto out;
    }
    n = v->type == YN_SCALAR ? 1 : v->n;
    for (size_t i = 0; i < n; i++) {
        const struct ynode *it = v->type == YN_SCALAR ? v : v->kids[i];

        if (it->type == YN_SCALAR && !ynode_is_text(it))
            goto out; /* NUL: reported already */
        if (!ynode_has_text(it) || it->len == 0) {
            type_error(ctx, it, key, expected);
            goto out;
        }
    }
    l.items = calloc(n ? n : 1, sizeof(char *));
    if (!l.items) {
        ctx_oom(ctx);
        goto out;
    }
    for (size_t i = 0; i < n; i++) {
        const struct ynode *it = v->type == YN_SCALAR ? v : v->kids[i];

        l.items[i] = strdup(it->str);
        if (!l.items[i]) {
            ctx_oom(ctx);
            goto out;
        }
        l.n++;
    }
    strlist_clear(out);
    *out = l;
    memset(&l, 0, sizeof(l));
    rc = 0;
out:
    strlist_clear(&l);
    return rc;
}

/* A percentage with at most two decimals, 0 to 100, optionally followed
 * by '%': "5", "2.5", "0.25%" -> basis points (1/100 %). */
static bool parse_pct(const char *s, int64_t *out)
{
    int64_t whole = 0, frac = 0;
    int nd = 0, nf = 0;
    const char *p = s;

    while (*p >= '0' && *p <= '9' && nd < 4) {
        whole = whole * 10 + (*p - '0');
        p++;
        nd++;
    }
    if (nd == 0)
        return false;
    if (*p == '.') {
        p++;
        while (*p >= '0' && *p <= '9' && nf < 2) {
            frac = frac * 10 + (*p - '0');
            p++;
            nf++;
        }
        if (nf == 0)
            return false;
        if (nf == 1)
            frac *= 10;
    }
    if (*p == '%')
        p++;
    if (*p != '\0')
        return false;
    if (whole * 100 + frac > 10000)
        return false;
    *out = whole * 100 + frac;
    return true;
}

static bool parse_minutes(const char *s, int64_t *out)
{
    char *end = NULL;
    long long v;

    if (*s < '0' || *s > '9')
        return false;
    errno = 0;
    v = strtoll(s, &end, 10);
    if (errno != 0 || !end || *end != '\0' || v < 0 || v > RULES_MINUTES_MAX)
        return false;
    *out = (int64_t)v;
    return true;
}

/* ---- one rule ---------------------------------------------------------------- */

/* Key nodes and value nodes a rule mapping gave, by name. */
struct seen {
    const char *name;
    const struct ynode *key, *val;
};

struct rule_ctx {
    struct ctx *ctx;
    struct od_rule *r;
    const struct ynode *map;
    int type;          /* -1 when unknown or missing */
    struct seen *seen; /* keys given, first occurrence */
    size_t n_seen;
    const struct ynode *above; /* amount: the nodes, for the order check */
    const struct ynode *below;
};

static const struct seen *seen_get(const struct rule_ctx *rc, const char *name)
{
    for (size_t i = 0; i < rc->n_seen; i++)
        if (strcmp(rc->seen[i].name, name) == 0)
            return &rc->seen[i];
    return NULL;
}

static bool name_in(const char *name, const char *const *names)
{
    for (size_t i = 0; names && names[i]; i++)
        if (strcmp(names[i], name) == 0)
            return true;
    return false;
}

static void set_common(struct rule_ctx *rc, const char *key, const struct ynode *v)
{
    struct ctx *ctx = rc->ctx;
    struct od_rule *r = rc->r;
    char *s;

    if (strcmp(key, "id") == 0) {
        s = text_value(ctx, v, "id", "a rule name");
        if (s && (strlen(s) > RULES_ID_MAX || has_space_or_control(s))) {
            char *got = describe(v);

            if (got)
                err_at(ctx, &v->mark, "id: expected a name of 1 to %d bytes without spaces; got %s",
                       RULES_ID_MAX, got);
            else
                ctx_oom(ctx);
            free(got);
            free(s);
            s = NULL;
        }
        if (s) {
            free(r->id);
            r->id = s;
        }
    } else if (strcmp(key, "type") == 0) {
        /* Read before the other keys (see load_rule). */
    } else if (strcmp(key, "action") == 0) {
        size_t i;

        for (i = 0; ynode_has_text(v) && i < N_ACTIONS; i++)
            if (strcmp(v->str, action_names[i]) == 0)
                break;
        if (!ynode_has_text(v) || i == N_ACTIONS) {
            type_error(ctx, v, "action", "one of hold, reject, tag, set_priority");
            return;
        }
        r->action = (enum od_rule_action)i;
        if (rc->type >= 0 && !(types[rc->type].actions & (1u << i))) {
            char *allowed = action_list(types[rc->type].actions);

            if (allowed)
                err_at(ctx, &v->mark, "action '%s' is not allowed for type %s; allowed: %s",
                       action_names[i], types[rc->type].name, allowed);
            else
                ctx_oom(ctx);
            free(allowed);
        }
    } else if (strcmp(key, "channels") == 0) {
        list_value(ctx, v, "channels", "a list of channel names", &r->channels);
    } else if (strcmp(key, "tag") == 0) {
        s = text_value(ctx, v, "tag", "a tag");
        if (s) {
            free(r->tag);
            r->tag = s;
        }
    } else if (strcmp(key, "priority") == 0) {
        s = text_value(ctx, v, "priority", "a priority such as urgent");
        if (s) {
            free(r->priority);
            r->priority = s;
        }
    }
}

static void set_param(struct rule_ctx *rc, const char *key, const struct ynode *v)
{
    struct ctx *ctx = rc->ctx;
    struct od_rule *r = rc->r;
    int64_t i64 = 0;
    od_money m = 0;
    char *s;

    if (v->type == YN_SEQ && v->n == 0 &&
        (strcmp(key, "fields") == 0 ||
         (strcmp(key, "keywords") == 0 && rc->type == OD_RULE_PRIORITY))) {
        err_at(ctx, &v->mark, "%s: expected at least one %s", key,
               strcmp(key, "fields") == 0 ? "field" : "keyword");
        return;
    }
    if (strcmp(key, "fields") == 0) {
        if (list_value(ctx, v, "fields", "a list of field paths such as ship_to.phone",
                       &r->fields) < 0)
            return;
        for (size_t i = 0; i < r->fields.n; i++) {
            const struct ynode *it = v->type == YN_SEQ ? v->kids[i] : v;
            char *known;

            if (name_in(r->fields.items[i], field_paths))
                continue;
            known = join_names(field_paths, NULL);
            if (known)
                err_at(ctx, &it->mark, "fields: unknown field '%s'; known fields: %s",
                       r->fields.items[i], known);
            else
                ctx_oom(ctx);
            free(known);
        }
    } else if (strcmp(key, "warehouse") == 0) {
        s = text_value(ctx, v, "warehouse", "a warehouse name");
        if (s && strlen(s) > RULES_WAREHOUSE_MAX) {
            err_at(ctx, &v->mark, "warehouse: at most %d bytes", RULES_WAREHOUSE_MAX);
            free(s);
            s = NULL;
        }
        if (s) {
            free(r->warehouse);
            r->warehouse = s;
        }
    } else if (strcmp(key, "tolerance_pct") == 0) {
        if (!ynode_has_text(v) || !parse_pct(v->str, &i64)) {
            type_error(ctx, v, "tolerance_pct", "a percentage from 0 to 100 like 5 or 2.5");
            return;
        }
        r->tolerance_bp = i64;
    } else if (strcmp(key, "tolerance") == 0 || strcmp(key, "above") == 0 ||
               strcmp(key, "below") == 0) {
        bool tol = strcmp(key, "tolerance") == 0;

        od_error_clear();
        if (!ynode_has_text(v) || od_money_parse(v->str, v->len, &m) < 0) {
            type_error(ctx, v, key, "an amount like \"50000.00\"");
            return;
        }
        if (tol && m < 0) {
            err_at(ctx, &v->mark, "tolerance: must not be negative; got '%s'", v->str);
            return;
        }
        if (tol)
            r->tolerance = m;
        else if (strcmp(key, "above") == 0) {
            r->above = m;
            rc->above = v;
        } else {
            r->below = m;
            rc->below = v;
        }
    } else if (strcmp(key, "keywords") == 0) {
        list_value(ctx, v, "keywords", "a list of words", &r->keywords);
    } else if (strcmp(key, "window") == 0) {
        if (!ynode_has_text(v) || od_duration_parse(v->str, &i64) < 0 || i64 <= 0) {
            type_error(ctx, v, "window", "a duration like 30m, 24h or 7d");
            return;
        }
        r->window_ms = i64;
    } else if (strcmp(key, "minutes") == 0) {
        if (!ynode_has_text(v) || !parse_minutes(v->str, &i64)) {
            type_error(ctx, v, "minutes", "a whole number of minutes from 0 to 525600");
            return;
        }
        r->minutes = i64;
    }
}

/* The "allowed: ..." list of a rule of type t. */
static char *allowed_keys(int t)
{
    return join_names(common_keys, t >= 0 ? types[t].params : NULL);
}

/* Check a rule mapping and fill `r`. Returns true when the rule is
 * usable (no error was found in it). */
static bool load_rule(struct ctx *ctx, const struct ynode *map, struct od_rule *r)
{
    struct rule_ctx rc;
    const struct seen *sv;
    const struct ynode *typev = NULL;
    size_t before = ctx->n_pend;
    char *allowed = NULL;

    memset(&rc, 0, sizeof(rc));
    rc.ctx = ctx;
    rc.r = r;
    rc.map = map;
    rc.type = -1;
    rc.seen = calloc(ynode_pairs(map) + 1, sizeof(*rc.seen));
    if (!rc.seen) {
        ctx_oom(ctx);
        goto out;
    }
    r->line = (int)map->mark.line + 1;
    r->column = (int)map->mark.column + 1;
    r->above = OD_MONEY_NONE;
    r->below = OD_MONEY_NONE;
    r->tolerance = 1; /* "0.01" */
    r->tolerance_bp = 0;
    r->window_ms = 24LL * 3600 * 1000;
    r->action = OD_ACTION_HOLD;

    /* Pass 1: keys are text and not repeated; find the type. */
    for (size_t p = 0; p < ynode_pairs(map) && !ctx->stop; p++) {
        const struct ynode *kn = map->kids[2 * p], *vn = map->kids[2 * p + 1];

        if (!ynode_has_text(kn)) {
            if (ynode_is_text(kn) || kn->type != YN_SCALAR) {
                char *got = describe(kn);

                if (got)
                    err_at(ctx, &kn->mark, "expected a key name; got %s", got);
                else
                    ctx_oom(ctx);
                free(got);
            }
            continue;
        }
        if ((sv = seen_get(&rc, kn->str)) != NULL) {
            err_at(ctx, &kn->mark, "duplicate key '%s' in the rule (first at line %zu)", kn->str,
                   sv->key->mark.line + 1);
            continue;
        }
        rc.seen[rc.n_seen].name = kn->str;
        rc.seen[rc.n_seen].key = kn;
        rc.seen[rc.n_seen].val = vn;
        rc.n_seen++;
        if (strcmp(kn->str, "type") == 0)
            typev = vn;
    }
    if (typev) {
        if (ynode_has_text(typev))
            rc.type = od_rule_type_from_name(typev->str);
        if (rc.type < 0) {
            char *known = type_list();
            char *got = describe(typev);

            if (known && got && ynode_has_text(typev))
                err_at(ctx, &typev->mark, "unknown rule type %s; known types: %s", got, known);
            else if (known && got)
                err_at(ctx, &typev->mark, "type: expected one of %s; got %s", known, got);
            else
                ctx_oom(ctx);
            free(known);
            free(got);
        } else {
            r->type = (enum od_rule_type)rc.type;
        }
    }

    /* Pass 2: the values, in file order. */
    for (size_t p = 0; p < ynode_pairs(map) && !ctx->stop; p++) {
        const struct ynode *kn = map->kids[2 * p], *vn = map->kids[2 * p + 1];

        if (!ynode_has_text(kn) || !(sv = seen_get(&rc, kn->str)) || sv->key != kn)
            continue; /* reported in pass 1 */
        if (name_in(kn->str, common_keys)) {
            set_common(&rc, kn->str, vn);
            continue;
        }
        if (rc.type < 0)
            continue; /* parameters of an unknown type cannot be checked */
        if (name_in(kn->str, types[rc.type].params)) {
            set_param(&rc, kn->str, vn);
            continue;
        }
        if (!allowed && !(allowed = allowed_keys(rc.type))) {
            ctx_oom(ctx);
            goto out;
        }
        err_at(ctx, &kn->mark, "unknown key '%s' for type %s; allowed: %s", kn->str,
               types[rc.type].name, allowed);
    }
    if (ctx->stop)
        goto out;

    /* What must be there. */
    if (!seen_get(&rc, "id"))
        err_at(ctx, &map->mark, "missing required key 'id' in the rule");
    if (!typev)
        err_at(ctx, &map->mark, "missing required key 'type' in the rule");
    if (!seen_get(&rc, "action"))
        err_at(ctx, &map->mark, "missing required key 'action' in the rule");
    if (rc.type >= 0) {
        const struct type_info *ti = &types[rc.type];

        if (ti->required && !seen_get(&rc, ti->required))
            err_at(ctx, &map->mark, "missing required key '%s' for type %s", ti->required,
                   ti->name);
        if (rc.type == OD_RULE_AMOUNT && !seen_get(&rc, "above") && !seen_get(&rc, "below"))
            err_at(ctx, &map->mark, "type amount needs 'above' or 'below'");
        if (rc.above && rc.below && r->above != OD_MONEY_NONE && r->below != OD_MONEY_NONE &&
            r->below > r->above)
            err_at(ctx, &rc.below->mark,
                   "below: must not be greater than above (every order would match)");
    }
    if ((sv = seen_get(&rc, "tag")) && seen_get(&rc, "action") && r->action != OD_ACTION_TAG)
        err_at(ctx, &sv->key->mark, "key 'tag' is only allowed with action: tag");
    if ((sv = seen_get(&rc, "priority")) && seen_get(&rc, "action") &&
        r->action != OD_ACTION_SET_PRIORITY)
        err_at(ctx, &sv->key->mark, "key 'priority' is only allowed with action: set_priority");

    /* Defaults. */
    if (rc.type == OD_RULE_STOCK && !r->warehouse && !(r->warehouse = strdup("main")))
        ctx_oom(ctx);
    if (r->action == OD_ACTION_TAG && !r->tag && r->id && !(r->tag = strdup(r->id)))
        ctx_oom(ctx);
    if (r->action == OD_ACTION_SET_PRIORITY && !r->priority && !(r->priority = strdup("urgent")))
        ctx_oom(ctx);
out:
    free(allowed);
    free(rc.seen);
    return ctx->n_pend == before && !ctx->stop;
}

/* ---- the file ------------------------------------------------------------------ */

struct id_ref {
    const char *id;
    size_t line;
    size_t index; /* position in the file, for a stable sort */
};

static int id_ref_cmp(const void *a, const void *b)
{
    const struct id_ref *x = a, *y = b;
    int c = strcmp(x->id, y->id);

    if (c != 0)
        return c;
    return x->index < y->index ? -1 : x->index > y->index;
}

/* Duplicate ids: sorted, so that thousands of rules stay cheap. */
static void check_ids(struct ctx *ctx, struct od_rules *rs, const struct ynode **id_nodes)
{
    struct id_ref *refs = NULL;
    size_t n = 0;

    refs = calloc(rs->n ? rs->n : 1, sizeof(*refs));
    if (!refs) {
        ctx_oom(ctx);
        return;
    }
    for (size_t i = 0; i < rs->n; i++) {
        if (!rs->rules[i].id || !id_nodes[i])
            continue;
        refs[n].id = rs->rules[i].id;
        refs[n].line = id_nodes[i]->mark.line + 1;
        refs[n].index = i;
        n++;
    }
    qsort(refs, n, sizeof(*refs), id_ref_cmp);
    for (size_t i = 1, first = 0; i < n; i++) {
        if (strcmp(refs[i].id, refs[first].id) != 0) {
            first = i;
            continue;
        }
        err_at(ctx, &id_nodes[refs[i].index]->mark, "duplicate rule id '%s' (first at line %zu)",
               refs[i].id, refs[first].line);
    }
    free(refs);
}

static const struct ynode *map_get(const struct ynode *map, const char *key)
{
    for (size_t i = 0; map && map->type == YN_MAP && i < ynode_pairs(map); i++) {
        const struct ynode *k = map->kids[2 * i];

        if (ynode_has_text(k) && strcmp(k->str, key) == 0)
            return map->kids[2 * i + 1];
    }
    return NULL;
}

static void load_rules_list(struct ctx *ctx, const struct ynode *v, struct od_rules *rs)
{
    const struct ynode **id_nodes = NULL;

    if (ynode_is_null(v)) {
        return; /* "rules:" with nothing: no rules */
    }
    if (v->type != YN_SEQ) {
        type_error(ctx, v, "rules", "a list of rules");
        return;
    }
    rs->rules = calloc(v->n ? v->n : 1, sizeof(*rs->rules));
    id_nodes = calloc(v->n ? v->n : 1, sizeof(*id_nodes));
    if (!rs->rules || !id_nodes) {
        ctx_oom(ctx);
        goto out;
    }
    for (size_t i = 0; i < v->n && !ctx->stop; i++) {
        const struct ynode *it = v->kids[i];
        struct od_rule *r = &rs->rules[rs->n];

        if (it->type != YN_MAP) {
            type_error(ctx, it, "rules", "a rule (a mapping with id, type and action)");
            continue;
        }
        load_rule(ctx, it, r);
        id_nodes[rs->n] = map_get(it, "id");
        rs->n++;
    }
    if (!ctx->stop)
        check_ids(ctx, rs, id_nodes);
out:
    free(id_nodes);
}

static void load_top(struct ctx *ctx, const struct ynode *root, struct od_rules *rs)
{
    static const char *const top_keys[] = {"language", "rules", NULL};
    static const yaml_mark_t top = {0, 0, 0};
    const struct ynode *seen_lang = NULL, *seen_rules = NULL;
    char *allowed = NULL;

    if (ynode_is_null(root)) {
        err_at(ctx, root ? &root->mark : &top, "missing required key 'rules' at the top level");
        return;
    }
    if (root->type != YN_MAP) {
        char *got = describe(root);

        if (got)
            err_at(ctx, &root->mark, "expected a mapping at the top level; got %s", got);
        else
            ctx_oom(ctx);
        free(got);
        return;
    }
    for (size_t p = 0; p < ynode_pairs(root) && !ctx->stop; p++) {
        const struct ynode *kn = root->kids[2 * p], *vn = root->kids[2 * p + 1];
        const struct ynode **slot = NULL;

        if (!ynode_has_text(kn)) {
            if (ynode_is_text(kn) || kn->type != YN_SCALAR) {
                char *got = describe(kn);

                if (got)
                    err_at(ctx, &kn->mark, "expected a key name; got %s", got);
                else
                    ctx_oom(ctx);
                free(got);
            }
            continue;
        }
        if (strcmp(kn->str, "language") == 0)
            slot = &seen_lang;
        else if (strcmp(kn->str, "rules") == 0)
            slot = &seen_rules;
        if (!slot) {
            if (!allowed && !(allowed = join_names(top_keys, NULL))) {
                ctx_oom(ctx);
                goto out;
            }
            err_at(ctx, &kn->mark, "unknown key '%s' at the top level; allowed: %s", kn->str,
                   allowed);
            continue;
        }
        if (*slot) {
            err_at(ctx, &kn->mark, "duplicate key '%s' at the top level (first at line %zu)",
                   kn->str, (*slot)->mark.line + 1);
            continue;
        }
        *slot = kn;
        if (slot == &seen_lang) {
            if (!ynode_has_text(vn) || (strcmp(vn->str, "zh") != 0 && strcmp(vn->str, "en") != 0)) {
                type_error(ctx, vn, "language", "one of zh, en");
                continue;
            }
            free(rs->language);
            if (!(rs->language = strdup(vn->str)))
                ctx_oom(ctx);
        } else {
            load_rules_list(ctx, vn, rs);
        }
    }
    if (!seen_rules && !ctx->stop)
        err_at(ctx, &root->mark, "missing required key 'rules' at the top level");
out:
    free(allowed);
}

int od_rules_load(const char *path, struct od_rules **out, struct od_config_errors *errs)
{
    struct od_config_errors own = {0};
    struct od_config_errors *e = errs ? errs : &own;
    struct od_rules *rs = NULL;
    struct ynode *root = NULL;
    struct ctx ctx;
    char ebuf[128];
    const char *why = "";
    char *data = NULL;
    size_t len = 0;
    int rc = 0;

    memset(&ctx, 0, sizeof(ctx));
    ctx.file = path;
    e->n = 0;
    e->msgs = NULL;

    rs = calloc(1, sizeof(*rs));
    if (!rs || !(rs->path = strdup(path)) || !(rs->language = strdup("zh"))) {
        ctx_oom(&ctx);
        goto out;
    }
    rc = read_file(path, RULES_MAX_FILE, &data, &len, &why, ebuf, sizeof(ebuf));
    if (rc == OD_ENOMEM) {
        ctx_oom(&ctx);
        goto out;
    }
    rc = 0;
    if (data == NULL) {
        err_at(&ctx, NULL, "cannot read: %s", why);
        goto out;
    }
    if (parse_yaml(&ctx, data, len, &root) < 0)
        goto out;
    load_top(&ctx, root, rs);
out:
    if (ctx.too_many && !ctx.oom) {
        struct od_buf b;
        char *msg = NULL;

        od_buf_init(&b, RULES_MAX_MSG);
        if (od_buf_printf(&b, "%s: too many errors; stopped after %d", path, RULES_MAX_ERRORS) == 0)
            msg = od_buf_steal(&b);
        od_buf_free(&b);
        if (msg) {
            add_pending(&ctx, msg, NULL);
            if (!ctx.oom)
                ctx.pend[ctx.n_pend - 1].line = SIZE_MAX; /* sorts last */
        } else {
            ctx_oom(&ctx);
        }
    }
    if (!ctx.oom && ctx.n_pend > 0) {
        qsort(ctx.pend, ctx.n_pend, sizeof(*ctx.pend), pending_cmp);
        e->msgs = calloc(ctx.n_pend, sizeof(*e->msgs));
        if (!e->msgs)
            ctx_oom(&ctx);
    }
    if (ctx.oom) {
        for (size_t i = 0; i < ctx.n_pend; i++)
            free(ctx.pend[i].msg);
        rc = od_error_set(OD_ENOMEM, "out of memory loading %s", path);
    } else if (ctx.n_pend > 0) {
        for (size_t i = 0; i < ctx.n_pend; i++)
            e->msgs[e->n++] = ctx.pend[i].msg;
        if (e->n > 1)
            rc = od_error_set(OD_ECONFIG, "%s (and %zu more)", e->msgs[0], e->n - 1);
        else
            rc = od_error_set(OD_ECONFIG, "%s", e->msgs[0]);
    }
    if (rc == 0) {
        *out = rs;
        rs = NULL;
    }
    free(ctx.pend);
    od_config_errors_free(&own);
    ynode_free(root);
    free(data);
    od_rules_free(rs);
    return rc;
}
