/* The YAML node tree and error collector shared by lib/config.c and
 * lib/rules.c (see yamltree.h for who owns what). */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE /* explicit_bzero, GNU strerror_r */
#endif

#include "yamltree.h"

#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "error.h"

/* ---- the node tree ------------------------------------------------------- */

void od_ynode_free(struct od_ynode *n)
{
    if (!n)
        return;
    for (size_t i = 0; i < n->n; i++)
        od_ynode_free(n->kids[i]);
    free(n->kids);
    if (n->str) {
        /* Scalars may hold an inline database password: wipe them. */
        explicit_bzero(n->str, n->len);
        free(n->str);
    }
    free(n);
}

bool od_ynode_is_null(const struct od_ynode *n)
{
    if (!n)
        return true;
    if (n->type != OD_YN_SCALAR || !n->plain)
        return false;
    return n->len == 0 || strcmp(n->str, "~") == 0 || strcmp(n->str, "null") == 0 ||
           strcmp(n->str, "Null") == 0 || strcmp(n->str, "NULL") == 0;
}

bool od_ynode_is_text(const struct od_ynode *n)
{
    return n && n->type == OD_YN_SCALAR && strlen(n->str) == n->len;
}

bool od_ynode_has_text(const struct od_ynode *n)
{
    return od_ynode_is_text(n) && !od_ynode_is_null(n);
}

size_t od_ynode_pairs(const struct od_ynode *n)
{
    return n->n / 2;
}

const struct od_ynode *od_ynode_get(const struct od_ynode *map, const char *key,
                                    const struct od_ynode **ret_key)
{
    const struct od_ynode *found = NULL;

    if (!map || map->type != OD_YN_MAP)
        goto out;
    for (size_t i = 0; i < od_ynode_pairs(map); i++) {
        const struct od_ynode *k = map->kids[2 * i];

        if (od_ynode_is_text(k) && strcmp(k->str, key) == 0) {
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

void od_yaml_oom(struct od_yaml_errs *e)
{
    e->oom = true;
    e->stop = true;
}

static void err_vat(struct od_yaml_errs *e, const char *file, const yaml_mark_t *mark,
                    const char *fmt, va_list ap) __attribute__((format(printf, 4, 0)));

static void err_vat(struct od_yaml_errs *e, const char *file, const yaml_mark_t *mark,
                    const char *fmt, va_list ap)
{
    char *body = NULL;
    struct od_buf b;
    va_list aq;
    int n;

    od_buf_init(&b, OD_YAML_MAX_MSG);
    if (e->stop)
        goto out;
    if (e->total >= OD_YAML_MAX_ERRORS) {
        e->too_many = true;
        e->stop = true;
        goto out;
    }
    va_copy(aq, ap);
    n = vsnprintf(NULL, 0, fmt, aq);
    va_end(aq);
    if (n < 0)
        n = 0;
    if ((size_t)n >= OD_YAML_MAX_MSG)
        n = OD_YAML_MAX_MSG - 1;
    body = malloc((size_t)n + 1);
    if (!body) {
        od_yaml_oom(e);
        goto out;
    }
    vsnprintf(body, (size_t)n + 1, fmt, ap);
    if (e->cut_prefix) {
        char prefix[OD_YAML_PREFIX_CUT];

        if (mark)
            snprintf(prefix, sizeof(prefix), "%s:%zu:%zu: ", file, mark->line + 1,
                     mark->column + 1);
        else
            snprintf(prefix, sizeof(prefix), "%s: ", file);
        n = od_buf_adds(&b, prefix);
    } else if (mark) {
        n = od_buf_printf(&b, "%s:%zu:%zu: ", file, mark->line + 1, mark->column + 1);
    } else {
        n = od_buf_printf(&b, "%s: ", file);
    }
    if (n == OD_ENOMEM || od_buf_adds(&b, body) == OD_ENOMEM) {
        od_yaml_oom(e);
        goto out;
    }
    if (e->n_pend == e->cap_pend) {
        size_t cap = e->cap_pend ? e->cap_pend * 2 : 8;
        struct od_yaml_pending *p = realloc(e->pend, cap * sizeof(*p));

        if (!p) {
            od_yaml_oom(e);
            goto out;
        }
        e->pend = p;
        e->cap_pend = cap;
    }
    e->pend[e->n_pend].msg = od_buf_steal(&b);
    if (!e->pend[e->n_pend].msg) {
        od_yaml_oom(e);
        goto out;
    }
    e->pend[e->n_pend].line = mark ? mark->line + 1 : 0;
    e->pend[e->n_pend].col = mark ? mark->column + 1 : 0;
    e->pend[e->n_pend].seq = e->seq++;
    e->n_pend++;
    e->total++;
out:
    free(body);
    od_buf_free(&b);
}

void od_yaml_err_at(struct od_yaml_errs *e, const char *file, const yaml_mark_t *mark,
                    const char *fmt, ...)
{
    va_list ap;

    va_start(ap, fmt);
    err_vat(e, file, mark, fmt, ap);
    va_end(ap);
}

static int pending_cmp(const void *a, const void *b)
{
    const struct od_yaml_pending *x = a, *y = b;

    if (x->line != y->line)
        return x->line < y->line ? -1 : 1;
    if (x->col != y->col)
        return x->col < y->col ? -1 : 1;
    if (x->seq != y->seq)
        return x->seq < y->seq ? -1 : 1;
    return 0;
}

void od_yaml_errs_flush(struct od_yaml_errs *e, struct od_config_errors *out)
{
    char **msgs;

    if (e->n_pend == 0)
        goto out;
    qsort(e->pend, e->n_pend, sizeof(*e->pend), pending_cmp);
    msgs = realloc(out->msgs, (out->n + e->n_pend) * sizeof(*msgs));
    if (!msgs) {
        od_yaml_oom(e);
        for (size_t i = 0; i < e->n_pend; i++)
            free(e->pend[i].msg);
        goto out;
    }
    out->msgs = msgs;
    for (size_t i = 0; i < e->n_pend; i++)
        out->msgs[out->n++] = e->pend[i].msg;
out:
    e->n_pend = 0;
}

void od_yaml_errs_clear(struct od_yaml_errs *e)
{
    for (size_t i = 0; i < e->n_pend; i++)
        free(e->pend[i].msg);
    free(e->pend);
    e->pend = NULL;
    e->n_pend = 0;
    e->cap_pend = 0;
}

/* ---- messages ------------------------------------------------------------ */

int od_yaml_show_text(struct od_buf *b, const char *s, size_t len)
{
    size_t n = len;
    int rc = 0;

    if (n > OD_YAML_SHOW_MAX) {
        n = OD_YAML_SHOW_MAX;
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

char *od_yaml_describe(const struct od_ynode *v)
{
    struct od_buf b;
    char *ret = NULL;
    int rc = 0;

    od_buf_init(&b, 256);
    if (od_ynode_is_null(v))
        rc = od_buf_adds(&b, "nothing");
    else if (v->type == OD_YN_MAP)
        rc = od_buf_adds(&b, "a mapping");
    else if (v->type == OD_YN_SEQ)
        rc = od_buf_adds(&b, "a list");
    else {
        rc = od_buf_addc(&b, '\'');
        if (rc == 0)
            rc = od_yaml_show_text(&b, v->str, v->len);
        if (rc == 0)
            rc = od_buf_addc(&b, '\'');
    }
    if (rc == 0)
        ret = od_buf_steal(&b);
    od_buf_free(&b);
    return ret;
}

/* ---- reading ------------------------------------------------------------- */

int od_yaml_read_file(const char *path, size_t max, char **out, size_t *out_len,
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

/* ---- YAML to node tree --------------------------------------------------- */

static struct od_ynode *ynode_new(struct od_yaml_errs *e, enum od_ynode_type type,
                                  const yaml_mark_t *mark)
{
    struct od_ynode *n = calloc(1, sizeof(*n));

    if (!n) {
        od_yaml_oom(e);
        return NULL;
    }
    n->type = type;
    n->mark = *mark;
    return n;
}

static int ynode_add(struct od_yaml_errs *e, struct od_ynode *parent, struct od_ynode *kid)
{
    int rc = 0;

    if (parent->n == parent->cap) {
        size_t cap = parent->cap ? parent->cap * 2 : 8;
        struct od_ynode **k = realloc(parent->kids, cap * sizeof(*k));

        if (!k) {
            od_yaml_oom(e);
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

/* Whether line `line` (from 0) of data[0..len) holds `what`, or (tab
 * set) starts with white space that holds a tab. */
static bool line_has(const char *data, size_t len, size_t line, const char *what, bool tab)
{
    size_t at = 0, n = strlen(what);

    for (size_t l = 0; l < line && at < len; at++)
        if (data[at] == '\n')
            l++;
    for (size_t k = at; k < len && data[k] != '\n'; k++) {
        if (tab && data[k] != ' ' && data[k] != '\t')
            return false;
        if (tab ? data[k] == '\t' : (k + n <= len && memcmp(data + k, what, n) == 0))
            return true;
    }
    return false;
}

/* What ops staff most often did when libyaml refuses a file: the hint
 * appended to its message ("" when none fits). */
static const char *parser_hint(const yaml_parser_t *p, const char *data, size_t len)
{
    static const char fullwidth_colon[] = "\xEF\xBC\x9A"; /* U+FF1A */

    if (p->error == YAML_READER_ERROR)
        return "; the file is not UTF-8 (saved as GBK?): save it as UTF-8";
    if (line_has(data, len, p->problem_mark.line, "", true) ||
        (p->context && line_has(data, len, p->context_mark.line, "", true)))
        return "; a tab in the indentation: YAML indents with spaces only";
    if (line_has(data, len, p->problem_mark.line, fullwidth_colon, false) ||
        (p->context && line_has(data, len, p->context_mark.line, fullwidth_colon, false)) ||
        (p->problem_mark.line > 0 &&
         line_has(data, len, p->problem_mark.line - 1, fullwidth_colon, false)))
        return "; a full-width colon '\xEF\xBC\x9A': write an ASCII ':' followed by a space";
    return "";
}

static void report_parser_error(struct od_yaml_errs *e, const char *file, const yaml_parser_t *p,
                                const char *data, size_t len)
{
    const char *problem = p->problem ? p->problem : "invalid YAML";
    const char *hint = parser_hint(p, data, len);
    yaml_mark_t m;

    switch (p->error) {
    case YAML_MEMORY_ERROR:
        od_yaml_oom(e);
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
        od_yaml_err_at(e, file, &m, "%s%s", problem, hint);
        break;
    default:
        if (p->context)
            od_yaml_err_at(e, file, &p->problem_mark, "%s (%s at line %zu, column %zu)%s", problem,
                           p->context, p->context_mark.line + 1, p->context_mark.column + 1, hint);
        else
            od_yaml_err_at(e, file, &p->problem_mark, "%s%s", problem, hint);
        break;
    }
}

int od_yaml_parse(struct od_yaml_errs *e, const char *file, const char *data, size_t len,
                  struct od_ynode **out)
{
    yaml_parser_t parser;
    yaml_event_t ev;
    struct od_ynode *root = NULL;
    struct od_ynode *stack[OD_YAML_MAX_DEPTH];
    size_t sp = 0;
    unsigned docs = 0;
    bool have_parser = false, have_event = false, done = false;
    int rc = -1;

    if (!yaml_parser_initialize(&parser)) {
        od_yaml_oom(e);
        goto out;
    }
    have_parser = true;
    yaml_parser_set_input_string(&parser, (const unsigned char *)data, len);
    while (!done) {
        struct od_ynode *n = NULL;

        if (!yaml_parser_parse(&parser, &ev)) {
            report_parser_error(e, file, &parser, data, len);
            goto out;
        }
        have_event = true;
        switch (ev.type) {
        case YAML_STREAM_END_EVENT:
            done = true;
            break;
        case YAML_DOCUMENT_START_EVENT:
            if (++docs > 1) {
                od_yaml_err_at(e, file, &ev.start_mark,
                               "only one YAML document is allowed per file");
                goto out;
            }
            break;
        case YAML_ALIAS_EVENT:
            od_yaml_err_at(e, file, &ev.start_mark, "YAML aliases (*name) are not supported");
            goto out;
        case YAML_SCALAR_EVENT:
            n = ynode_new(e, OD_YN_SCALAR, &ev.start_mark);
            if (!n)
                goto out;
            n->str = malloc(ev.data.scalar.length + 1);
            if (!n->str) {
                od_ynode_free(n);
                od_yaml_oom(e);
                goto out;
            }
            memcpy(n->str, ev.data.scalar.value, ev.data.scalar.length);
            n->str[ev.data.scalar.length] = '\0';
            n->len = ev.data.scalar.length;
            n->plain = ev.data.scalar.style == YAML_PLAIN_SCALAR_STYLE;
            if (strlen(n->str) != n->len)
                od_yaml_err_at(e, file, &n->mark, "NUL characters are not allowed");
            break;
        case YAML_MAPPING_START_EVENT:
        case YAML_SEQUENCE_START_EVENT:
            if (sp == OD_YAML_MAX_DEPTH) {
                od_yaml_err_at(e, file, &ev.start_mark, "nesting deeper than %d levels",
                               OD_YAML_MAX_DEPTH);
                goto out;
            }
            n = ynode_new(e, ev.type == YAML_MAPPING_START_EVENT ? OD_YN_MAP : OD_YN_SEQ,
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
                od_ynode_free(root);
                root = n;
            } else if (ynode_add(e, stack[sp - 1], n) < 0) {
                od_ynode_free(n);
                goto out;
            }
            if (n->type != OD_YN_SCALAR)
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
    od_ynode_free(root);
    return rc;
}

int od_yaml_load(struct od_yaml_errs *e, const char *path, struct od_ynode **out)
{
    char ebuf[128];
    const char *why = "";
    char *data = NULL;
    size_t len = 0;
    int rc;

    rc = od_yaml_read_file(path, OD_YAML_MAX_FILE, &data, &len, &why, ebuf, sizeof(ebuf));
    if (rc == OD_ENOMEM) {
        od_yaml_oom(e);
        rc = -1;
        goto out;
    }
    if (rc < 0) {
        od_yaml_err_at(e, path, NULL, "cannot read: %s", why);
        rc = -1;
        goto out;
    }
    rc = od_yaml_parse(e, path, data, len, out);
out:
    if (data) {
        explicit_bzero(data, len);
        free(data);
    }
    return rc;
}
