/* .xlsx to CSV or to a cell grid: libzip for the container, expat
 * (streaming) for the XML. See xlsx.h for the contract and docs/xlsx.md
 * for the user's view.
 *
 * Order of work: the workbook's relationships (where the parts are), the
 * workbook (which sheet, which date system), the shared strings and the
 * styles (both optional), then the sheet itself. Every part is read
 * through read_part(), which owns the byte budget, the nesting limit and
 * the refusal of DOCTYPEs. One sheet reader serves both outputs: each
 * cell's value is decoded once (cell_end) and handed to put_cell(), which
 * either collects the row for the CSV (written out row by row into the
 * caller's buffer, so memory stays one row plus the CSV) or adds the cell
 * to the grid. */
#include "xlsx.h"

#include <errno.h>
#include <expat.h>
#include <math.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <zip.h>

#include "charset.h"
#include "error.h"
#include "grid.h"
#include "xlcurrency.h"
#include "xldate.h"

#define DEFAULT_UNCOMPRESSED (UINT64_C(64) << 20)
#define DEFAULT_ENTRIES      UINT64_C(10000)
#define DEFAULT_CELLS        UINT64_C(2000000)
#define DEFAULT_CSV          (UINT64_C(64) << 20)

#define MAX_DEPTH   128
#define MAX_STRING  (1024 * 1024) /* one string or cell value, bytes */
#define MAX_SHARED  4000000       /* shared strings */
#define MAX_XFS     100000        /* cellXfs entries */
#define MAX_NUMFMTS 100000        /* custom number formats */
#define MAX_RELS    100000        /* workbook relationships */
#define MAX_COL     16384         /* column XFD */
#define MAX_ROW     1048576       /* the last row of a sheet */
#define MAX_MERGES  100000        /* merged ranges in a sheet (grid output) */
#define CHUNK       65536         /* bytes read from an entry at a time, at least */
#define MAX_TOKEN   (1024 * 1024) /* a tag, comment or the like, which expat reads whole */

/* --- the whole conversion --------------------------------------------- */

struct rel {
    char *id;
    char *type;   /* last segment of Type: "worksheet", "sharedStrings" ... */
    char *target; /* resolved zip entry name */
};

struct numfmt {
    unsigned id;
    unsigned seq; /* order in the file: the last of an id wins */
    bool date;
    char cur[16]; /* the currency it shows (xlcurrency.h), "" for none */
};

struct cell {
    unsigned col;
    size_t off; /* in row_pool */
    size_t len;
};

/* A merged range, 1-based and inclusive. */
struct merge {
    unsigned r1, c1, r2, c2;
};

enum cell_type { T_NUMBER, T_SHARED, T_INLINE, T_STR, T_BOOL, T_ERROR, T_DATE };

struct xl {
    zip_t *za;
    uint64_t max_uncompressed, max_entries, max_cells, max_csv;
    uint64_t used; /* uncompressed bytes read so far, all entries */

    struct rel *rels;
    size_t n_rels, cap_rels;

    /* workbook */
    const char *want;        /* sheet asked for, or NULL; borrowed */
    const struct rel *sheet; /* chosen sheet's relationship; points into rels */
    const struct rel *fold;  /* case-insensitive match */
    char *sheet_name;        /* name of `sheet`, then of the sheet read; owned */
    char *fold_name;         /* name of `fold`; owned */
    unsigned n_fold;         /* how many case-insensitive matches */
    bool exact;
    bool in_sheets;
    bool date1904;
    struct od_buf names; /* sheet names seen, for the error message */

    /* shared strings: string i is pool[off[i] .. off[i+1]) */
    struct od_buf sst_pool;
    size_t *sst_off;
    size_t n_sst, cap_sst;

    /* styles */
    unsigned *xf_fmt; /* numFmtId per cellXfs entry */
    size_t n_xf, cap_xf;
    struct numfmt *fmts;
    size_t n_fmts, cap_fmts;
    bool in_cellxfs;
    bool *xf_date; /* computed from the two above */
    char (*xf_cur)[16];

    /* text being collected (<t> of a string, <v> of a cell) */
    struct od_buf text;
    bool in_si, in_t, in_v, in_is, in_cell;
    unsigned rph; /* depth inside <rPh> (phonetic runs, left out) */

    /* the sheet */
    bool in_sheetdata, in_row;
    struct cell *cells;
    size_t n_cells, cap_cells;
    struct od_buf row_pool;
    unsigned last_col;
    unsigned col;
    unsigned row;      /* 1-based, of the current <row> */
    unsigned last_row; /* of the previous <row>, 0 before the first */
    unsigned cell_row; /* 1-based, of the current cell */
    enum cell_type type;
    unsigned style;
    uint64_t cells_seen;
    struct od_buf *out;   /* CSV output, or NULL */
    size_t out_start;     /* out->len when we began */
    struct od_grid *grid; /* grid output, or NULL */
    struct merge *merges; /* grid output only */
    size_t n_merges, cap_merges;
    char **list; /* od_xlsx_sheet_names: NULL-terminated, or NULL */
    size_t n_list, cap_list;
};

/* One part being parsed. */
struct part {
    struct xl *x;
    const char *name; /* entry name, for messages; borrowed */
    XML_Parser p;
    unsigned depth;
    int rc; /* failure recorded by a handler */
    int (*start)(struct part *pt, const char *name, const char **attrs);
    int (*end)(struct part *pt, const char *name);
};

static int part_fail(struct part *pt, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

static int part_fail(struct part *pt, const char *fmt, ...)
{
    char msg[512];
    va_list ap;

    va_start(ap, fmt);
    vsnprintf(msg, sizeof(msg), fmt, ap);
    va_end(ap);
    return od_error_set(OD_EINVAL, "%s:%lu: %s", pt->name,
                        (unsigned long)XML_GetCurrentLineNumber(pt->p), msg);
}

/* --- small helpers ------------------------------------------------------ */

/* How many bytes of `s` to print with "%.*s" to show at most `max`
 * bytes without cutting a UTF-8 character in two. */
static int cut(const char *s, size_t max)
{
    size_t n = strnlen(s, max);

    if (n == max)
        while (n > 0 && ((unsigned char)s[n] & 0xC0) == 0x80)
            n--;
    return (int)n;
}

static const char *local_name(const char *n)
{
    const char *c = strrchr(n, ':');

    return c ? c + 1 : n;
}

/* The value of the attribute with local name `name`, or NULL. */
static const char *attr(const char **attrs, const char *name)
{
    for (size_t i = 0; attrs[i]; i += 2) {
        if (strncmp(attrs[i], "xmlns", 5) == 0)
            continue;
        if (strcmp(local_name(attrs[i]), name) == 0)
            return attrs[i + 1];
    }
    return NULL;
}

/* Parse a whole unsigned decimal number; false when `s` is not one or is
 * above `max`. */
static bool parse_uint(const char *s, size_t len, uint64_t max, uint64_t *ret)
{
    uint64_t v = 0;

    if (len == 0)
        return false;
    for (size_t i = 0; i < len; i++) {
        if (s[i] < '0' || s[i] > '9')
            return false;
        if (v > (max - (uint64_t)(s[i] - '0')) / 10)
            return false;
        v = v * 10 + (uint64_t)(s[i] - '0');
    }
    *ret = v;
    return true;
}

static int grow(void **arr, size_t *cap, size_t n, size_t elem, size_t max)
{
    size_t ncap;
    void *p;

    if (n < *cap)
        return 0;
    if (n >= max)
        return OD_ETOOBIG;
    ncap = *cap ? *cap * 2 : 16;
    if (ncap > max)
        ncap = max;
    p = realloc(*arr, ncap * elem);
    if (!p)
        return od_error_set(OD_ENOMEM, "out of memory");
    *arr = p;
    *cap = ncap;
    return 0;
}

static char *dup_str(const char *s)
{
    char *d = strdup(s);

    if (!d)
        od_error_set(OD_ENOMEM, "out of memory");
    return d;
}

/* Append text with Excel's _xHHHH_ escapes decoded (ECMA-376 ST_Xstring:
 * a character XML cannot carry, or "_x005F_" for a literal '_'). An
 * escape for a character that XML does not allow is kept as written. */
static int add_xstring(struct od_buf *b, const char *s, size_t len)
{
    size_t i = 0, run = 0;
    int rc;

    while (i < len) {
        unsigned cp = 0;
        bool esc = false;

        if (s[i] == '_' && len - i >= 7 && s[i + 1] == 'x' && s[i + 6] == '_') {
            esc = true;
            for (size_t k = 2; k < 6; k++) {
                char c = s[i + k];
                unsigned d;

                if (c >= '0' && c <= '9')
                    d = (unsigned)(c - '0');
                else if (c >= 'a' && c <= 'f')
                    d = (unsigned)(c - 'a' + 10);
                else if (c >= 'A' && c <= 'F')
                    d = (unsigned)(c - 'A' + 10);
                else {
                    esc = false;
                    break;
                }
                cp = cp * 16 + d;
            }
            if (esc && !(cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp < 0xD800) ||
                         (cp >= 0xE000 && cp <= 0xFFFD)))
                esc = false;
        }
        if (!esc) {
            i++;
            run++;
            continue;
        }
        rc = od_buf_add(b, s + i - run, run);
        if (rc < 0)
            return rc;
        run = 0;
        /* _xHHHH_ is a UTF-16 unit: a lone surrogate or NUL cannot be
         * written as UTF-8 and becomes U+FFFD. */
        rc = od_utf8_put(b, cp);
        if (rc == OD_EINVAL)
            rc = od_utf8_put(b, 0xFFFD);
        if (rc < 0)
            return rc;
        i += 7;
    }
    return od_buf_add(b, s + i - run, run);
}

/* --- reading a part ----------------------------------------------------- */

static void XMLCALL on_start(void *ud, const XML_Char *name, const XML_Char **attrs)
{
    struct part *pt = ud;
    int rc;

    if (pt->rc < 0)
        return;
    if (++pt->depth > MAX_DEPTH) {
        rc = part_fail(pt, "XML nested deeper than %d levels", MAX_DEPTH);
        goto fail;
    }
    rc = pt->start ? pt->start(pt, local_name(name), attrs) : 0;
    if (rc < 0)
        goto fail;
    return;
fail:
    pt->rc = rc;
    XML_StopParser(pt->p, XML_FALSE);
}

static void XMLCALL on_end(void *ud, const XML_Char *name)
{
    struct part *pt = ud;
    int rc;

    if (pt->rc < 0)
        return;
    pt->depth--;
    rc = pt->end ? pt->end(pt, local_name(name)) : 0;
    if (rc < 0) {
        pt->rc = rc;
        XML_StopParser(pt->p, XML_FALSE);
    }
}

static void XMLCALL on_text(void *ud, const XML_Char *s, int len)
{
    struct part *pt = ud;
    struct xl *x = pt->x;
    int rc;

    if (pt->rc < 0 || len <= 0)
        return;
    if (!((x->in_t && x->rph == 0) || x->in_v))
        return;
    rc = od_buf_add(&x->text, s, (size_t)len);
    if (rc == OD_ETOOBIG)
        rc = part_fail(pt, "string longer than %d bytes", MAX_STRING);
    if (rc < 0) {
        pt->rc = rc;
        XML_StopParser(pt->p, XML_FALSE);
    }
}

/* Any DTD could declare entities (billion laughs, external files); OOXML
 * parts never have one. */
static void XMLCALL on_doctype(void *ud, const XML_Char *name, const XML_Char *sysid,
                               const XML_Char *pubid, int has_internal_subset)
{
    struct part *pt = ud;

    if (pt->rc < 0)
        return;
    pt->rc = part_fail(pt, "DOCTYPE not allowed");
    XML_StopParser(pt->p, XML_FALSE);
}

static void XMLCALL on_entity(void *ud, const XML_Char *name, int is_param, const XML_Char *value,
                              int value_len, const XML_Char *base, const XML_Char *sysid,
                              const XML_Char *pubid, const XML_Char *notation)
{
    struct part *pt = ud;

    if (pt->rc < 0)
        return;
    pt->rc = part_fail(pt, "entity declarations not allowed");
    XML_StopParser(pt->p, XML_FALSE);
}

static int budget_error(struct xl *x)
{
    return od_error_set(OD_EINVAL, "uncompressed size over %llu %s limit (zip bomb?)",
                        (unsigned long long)(x->max_uncompressed % (1 << 20) == 0
                                                 ? x->max_uncompressed >> 20
                                                 : x->max_uncompressed),
                        x->max_uncompressed % (1 << 20) == 0 ? "MiB" : "bytes");
}

/* Stream entry `name` through expat with the handlers of `pt`. A missing
 * entry is an error unless `optional`, when *found says whether it was
 * there. */
static int read_part(struct xl *x, struct part *pt, bool optional, bool *found)
{
    zip_int64_t idx;
    zip_stat_t st;
    zip_file_t *zf = NULL;
    uint64_t fed = 0;
    size_t want = CHUNK;
    int rc = 0;

    idx = zip_name_locate(x->za, pt->name, 0);
    if (idx < 0)
        idx = zip_name_locate(x->za, pt->name, ZIP_FL_NOCASE);
    if (idx < 0) {
        if (optional) {
            *found = false;
            return 0;
        }
        return od_error_set(OD_EINVAL, "%s: missing from the zip (not an .xlsx file?)", pt->name);
    }
    zip_stat_init(&st);
    if (zip_stat_index(x->za, (zip_uint64_t)idx, 0, &st) < 0)
        return od_error_set(OD_EINVAL, "%s: %s", pt->name, zip_strerror(x->za));
    if ((st.valid & ZIP_STAT_ENCRYPTION_METHOD) && st.encryption_method != ZIP_EM_NONE)
        return od_error_set(OD_EINVAL, "%s: encrypted", pt->name);
    /* A first, cheap check; the real one counts the bytes as they come. */
    if ((st.valid & ZIP_STAT_SIZE) && st.size > x->max_uncompressed - x->used)
        return budget_error(x);

    pt->x = x;
    pt->depth = 0;
    pt->rc = 0;
    pt->p = XML_ParserCreate(NULL);
    if (!pt->p) {
        rc = od_error_set(OD_ENOMEM, "out of memory");
        goto out;
    }
    XML_SetUserData(pt->p, pt);
    XML_SetElementHandler(pt->p, on_start, on_end);
    XML_SetCharacterDataHandler(pt->p, on_text);
    XML_SetStartDoctypeDeclHandler(pt->p, on_doctype);
    XML_SetEntityDeclHandler(pt->p, on_entity);
    XML_SetParamEntityParsing(pt->p, XML_PARAM_ENTITY_PARSING_NEVER);

    zf = zip_fopen_index(x->za, (zip_uint64_t)idx, 0);
    if (!zf) {
        rc = od_error_set(OD_EINVAL, "%s: cannot read: %s", pt->name, zip_strerror(x->za));
        goto out;
    }
    for (;;) {
        void *buf = XML_GetBuffer(pt->p, (int)want);
        XML_Index done;
        zip_int64_t n;
        bool last;

        if (!buf) {
            rc = od_error_set(OD_ENOMEM, "out of memory");
            goto out;
        }
        n = zip_fread(zf, buf, want);
        if (n < 0) {
            rc = od_error_set(OD_EINVAL, "%s: damaged zip entry: %s", pt->name,
                              zip_file_strerror(zf));
            goto out;
        }
        x->used += (uint64_t)n;
        if (x->used > x->max_uncompressed) {
            rc = budget_error(x);
            goto out;
        }
        last = n == 0;
        if (XML_ParseBuffer(pt->p, (int)n, last) != XML_STATUS_OK) {
            if (pt->rc < 0)
                rc = pt->rc;
            else
                rc = od_error_set(OD_EINVAL, "%s:%lu: malformed XML: %s", pt->name,
                                  (unsigned long)XML_GetCurrentLineNumber(pt->p),
                                  XML_ErrorString(XML_GetErrorCode(pt->p)));
            goto out;
        }
        if (last)
            break;
        /* Expat scans a token it has not seen the end of again with every
         * buffer it gets, which is quadratic in the token's length. Bound
         * the token, and read at least as much as is pending, so that
         * rescans cost no more than the bytes themselves. */
        fed += (uint64_t)n;
        done = XML_GetCurrentByteIndex(pt->p);
        if (done < 0 || (uint64_t)done > fed)
            done = 0;
        if (fed - (uint64_t)done > MAX_TOKEN) {
            rc = od_error_set(OD_EINVAL, "%s:%lu: XML tag or comment longer than %d bytes",
                              pt->name, (unsigned long)XML_GetCurrentLineNumber(pt->p), MAX_TOKEN);
            goto out;
        }
        want = fed - (uint64_t)done > CHUNK ? (size_t)(fed - (uint64_t)done) : CHUNK;
    }
    if (found)
        *found = true;
out:
    if (zf)
        zip_fclose(zf);
    if (pt->p)
        XML_ParserFree(pt->p);
    pt->p = NULL;
    return rc;
}

/* --- xl/_rels/workbook.xml.rels ---------------------------------------- */

/* The entry name of a relationship target: absolute ("/xl/a.xml") or
 * relative to xl/ ("worksheets/sheet1.xml", "../xl/a.xml"). Caller frees. */
static int resolve_target(const char *target, char **ret)
{
    struct od_buf b;
    const char *p = target;
    int rc = 0;

    od_buf_init(&b, 4096);
    if (*p == '/') {
        p++;
    } else {
        rc = od_buf_adds(&b, "xl/");
        if (rc < 0)
            goto out;
    }
    while (*p) {
        const char *slash = strchr(p, '/');
        size_t n = slash ? (size_t)(slash - p) : strlen(p);

        if (n == 0 || (n == 1 && p[0] == '.')) {
            /* skip */
        } else if (n == 2 && p[0] == '.' && p[1] == '.') {
            /* drop the last segment of b (which ends with '/') */
            if (b.len > 0) {
                b.len--;
                while (b.len > 0 && b.data[b.len - 1] != '/')
                    b.len--;
                b.data[b.len] = '\0';
            }
        } else {
            rc = od_buf_add(&b, p, n);
            if (rc == 0 && slash)
                rc = od_buf_addc(&b, '/');
            if (rc < 0)
                goto out;
        }
        p += n + (slash ? 1 : 0);
    }
    if (b.len == 0 || b.data[b.len - 1] == '/') {
        rc = od_error_set(OD_EINVAL, "relationship target '%.*s' names no file", cut(target, 200),
                          target);
        goto out;
    }
    *ret = od_buf_steal(&b);
    if (!*ret)
        rc = od_error_set(OD_ENOMEM, "out of memory");
out:
    if (rc == OD_ETOOBIG)
        rc = od_error_set(OD_EINVAL, "relationship target too long");
    od_buf_free(&b);
    return rc;
}

static int rels_start(struct part *pt, const char *name, const char **attrs)
{
    struct xl *x = pt->x;
    const char *id, *type, *target, *mode, *slash;
    struct rel r = {0};
    int rc;

    if (strcmp(name, "Relationship") != 0)
        return 0;
    id = attr(attrs, "Id");
    type = attr(attrs, "Type");
    target = attr(attrs, "Target");
    mode = attr(attrs, "TargetMode");
    if (!id || !target || (mode && strcmp(mode, "External") == 0))
        return 0;
    rc = grow((void **)&x->rels, &x->cap_rels, x->n_rels, sizeof(*x->rels), MAX_RELS);
    if (rc == OD_ETOOBIG)
        return part_fail(pt, "more than %d relationships", MAX_RELS);
    if (rc < 0)
        return rc;
    slash = type ? strrchr(type, '/') : NULL;
    r.id = dup_str(id);
    r.type = dup_str(slash ? slash + 1 : (type ? type : ""));
    if (!r.id || !r.type) {
        rc = OD_ENOMEM;
        goto out;
    }
    rc = resolve_target(target, &r.target);
    if (rc < 0) {
        if (rc == OD_EINVAL)
            rc = part_fail(pt, "relationship %.*s: target '%.*s' names no file", cut(id, 100), id,
                           cut(target, 200), target);
        goto out;
    }
    x->rels[x->n_rels++] = r;
    r.id = r.type = r.target = NULL;
out:
    free(r.id);
    free(r.type);
    free(r.target);
    return rc;
}

static int cmp_rel(const void *a, const void *b)
{
    const struct rel *ra = a, *rb = b;

    return strcmp(ra->id, rb->id);
}

static int cmp_rel_key(const void *key, const void *b)
{
    const struct rel *rb = b;

    return strcmp(key, rb->id);
}

/* After the rels are read, sort them for find_rel_id. */
static void rels_finish(struct xl *x)
{
    if (x->n_rels)
        qsort(x->rels, x->n_rels, sizeof(*x->rels), cmp_rel);
}

static const struct rel *find_rel_id(const struct xl *x, const char *id)
{
    if (!x->n_rels)
        return NULL;
    return bsearch(id, x->rels, x->n_rels, sizeof(*x->rels), cmp_rel_key);
}

static const struct rel *find_rel_type(const struct xl *x, const char *type)
{
    for (size_t i = 0; i < x->n_rels; i++)
        if (strcmp(x->rels[i].type, type) == 0)
            return &x->rels[i];
    return NULL;
}

/* --- xl/workbook.xml ---------------------------------------------------- */

/* Replace *dst with a copy of `name`. */
static int keep_name(char **dst, const char *name)
{
    char *d = dup_str(name);

    if (!d)
        return OD_ENOMEM;
    free(*dst);
    *dst = d;
    return 0;
}

static bool is_worksheet(const struct rel *r)
{
    /* Chart and dialog sheets have no cells. */
    return strcmp(r->type, "chartsheet") != 0 && strcmp(r->type, "dialogsheet") != 0 &&
           strcmp(r->type, "macrosheet") != 0;
}

static int workbook_start(struct part *pt, const char *name, const char **attrs)
{
    struct xl *x = pt->x;
    const char *sname, *rid;
    const struct rel *r;

    if (strcmp(name, "workbookPr") == 0) {
        const char *v = attr(attrs, "date1904");

        x->date1904 = v && (strcmp(v, "1") == 0 || strcmp(v, "true") == 0);
        return 0;
    }
    if (strcmp(name, "sheets") == 0) {
        x->in_sheets = true;
        return 0;
    }
    if (!x->in_sheets || strcmp(name, "sheet") != 0)
        return 0;
    sname = attr(attrs, "name");
    rid = attr(attrs, "id");
    if (!sname || !rid)
        return part_fail(pt, "<sheet> without name or r:id");
    r = find_rel_id(x, rid);
    if (!r)
        return part_fail(pt,
                         "sheet '%.*s': no relationship '%.*s' in "
                         "xl/_rels/workbook.xml.rels",
                         cut(sname, 100), sname, cut(rid, 100), rid);
    if (x->names.len < 200) {
        od_buf_printf(&x->names, "%s'%.*s'", x->names.len ? ", " : "", cut(sname, 100), sname);
    } else if (x->names.len < 250 && x->names.data[x->names.len - 1] != '.') {
        od_buf_adds(&x->names, ", ...");
    }
    if (x->list) {
        int rc;

        if (!is_worksheet(r))
            return 0;
        rc = grow((void **)&x->list, &x->cap_list, x->n_list + 1, sizeof(*x->list), MAX_RELS);
        if (rc == OD_ETOOBIG)
            return part_fail(pt, "more than %d sheets", MAX_RELS);
        if (rc < 0)
            return rc;
        x->list[x->n_list] = dup_str(sname);
        if (!x->list[x->n_list])
            return OD_ENOMEM;
        x->list[++x->n_list] = NULL;
        return 0;
    }
    if (x->exact)
        return 0;
    if (!x->want) {
        if (is_worksheet(r)) {
            x->sheet = r;
            x->exact = true;
            return keep_name(&x->sheet_name, sname);
        }
        return 0;
    }
    if (strcmp(sname, x->want) == 0) {
        if (!is_worksheet(r))
            return part_fail(pt, "sheet '%.*s' is a %.*s, not a worksheet", cut(sname, 100), sname,
                             cut(r->type, 40), r->type);
        x->sheet = r;
        x->exact = true;
        return keep_name(&x->sheet_name, sname);
    } else if (strcasecmp(sname, x->want) == 0) {
        x->fold = r;
        x->n_fold++;
        return keep_name(&x->fold_name, sname);
    }
    return 0;
}

static int workbook_end(struct part *pt, const char *name)
{
    if (strcmp(name, "sheets") == 0)
        pt->x->in_sheets = false;
    return 0;
}

/* --- shared strings ----------------------------------------------------- */

static int sst_start(struct part *pt, const char *name, const char **attrs)
{
    struct xl *x = pt->x;

    if (strcmp(name, "si") == 0) {
        if (x->in_si)
            return part_fail(pt, "<si> inside <si>");
        x->in_si = true;
        x->rph = 0;
        od_buf_reset(&x->text);
    } else if (x->in_si && strcmp(name, "rPh") == 0) {
        x->rph++;
    } else if (x->in_si && strcmp(name, "t") == 0) {
        x->in_t = true;
    }
    return 0;
}

static int sst_end(struct part *pt, const char *name)
{
    struct xl *x = pt->x;
    int rc;

    if (strcmp(name, "t") == 0) {
        x->in_t = false;
    } else if (strcmp(name, "rPh") == 0) {
        if (x->rph)
            x->rph--;
    } else if (strcmp(name, "si") == 0 && x->in_si) {
        x->in_si = false;
        /* off[n_sst] is the start of string n_sst; off[n_sst + 1] its end */
        rc = grow((void **)&x->sst_off, &x->cap_sst, x->n_sst + 1, sizeof(*x->sst_off),
                  MAX_SHARED + 1);
        if (rc == OD_ETOOBIG)
            return part_fail(pt, "more than %d shared strings", MAX_SHARED);
        if (rc < 0)
            return rc;
        x->sst_off[x->n_sst] = x->sst_pool.len;
        rc = add_xstring(&x->sst_pool, x->text.data ? x->text.data : "", x->text.len);
        if (rc == OD_ETOOBIG)
            return part_fail(pt, "shared strings too large");
        if (rc < 0)
            return rc;
        x->sst_off[++x->n_sst] = x->sst_pool.len;
        od_buf_reset(&x->text);
    }
    return 0;
}

/* --- styles ------------------------------------------------------------- */

static unsigned fmt_id(const char **attrs)
{
    const char *v = attr(attrs, "numFmtId");
    uint64_t id = 0;

    if (!v || !parse_uint(v, strlen(v), 1000000, &id))
        return 0; /* General */
    return (unsigned)id;
}

static int styles_start(struct part *pt, const char *name, const char **attrs)
{
    struct xl *x = pt->x;
    int rc;

    if (strcmp(name, "cellXfs") == 0) {
        x->in_cellxfs = true;
    } else if (x->in_cellxfs && strcmp(name, "xf") == 0) {
        rc = grow((void **)&x->xf_fmt, &x->cap_xf, x->n_xf, sizeof(*x->xf_fmt), MAX_XFS);
        if (rc == OD_ETOOBIG)
            return part_fail(pt, "more than %d cell formats", MAX_XFS);
        if (rc < 0)
            return rc;
        x->xf_fmt[x->n_xf++] = fmt_id(attrs);
    } else if (strcmp(name, "numFmt") == 0) {
        const char *code = attr(attrs, "formatCode");

        rc = grow((void **)&x->fmts, &x->cap_fmts, x->n_fmts, sizeof(*x->fmts), MAX_NUMFMTS);
        if (rc == OD_ETOOBIG)
            return part_fail(pt, "more than %d number formats", MAX_NUMFMTS);
        if (rc < 0)
            return rc;
        x->fmts[x->n_fmts].id = fmt_id(attrs);
        x->fmts[x->n_fmts].seq = (unsigned)x->n_fmts;
        x->fmts[x->n_fmts].date = code && od_xl_format_is_date(code);
        od_xl_format_currency(code, x->fmts[x->n_fmts].cur, sizeof(x->fmts[x->n_fmts].cur));
        x->n_fmts++;
    }
    return 0;
}

static int styles_end(struct part *pt, const char *name)
{
    if (strcmp(name, "cellXfs") == 0)
        pt->x->in_cellxfs = false;
    return 0;
}

static int cmp_fmt(const void *a, const void *b)
{
    const struct numfmt *fa = a, *fb = b;

    if (fa->id != fb->id)
        return fa->id < fb->id ? -1 : 1;
    return fa->seq < fb->seq ? -1 : fa->seq > fb->seq;
}

/* Whether each cell format shows a date. A custom format may redefine a
 * built-in id; of several with one id the last wins. */
static int styles_finish(struct xl *x)
{
    if (x->n_xf == 0)
        return 0;
    x->xf_date = calloc(x->n_xf, sizeof(*x->xf_date));
    x->xf_cur = calloc(x->n_xf, sizeof(*x->xf_cur));
    if (!x->xf_date || !x->xf_cur)
        return od_error_set(OD_ENOMEM, "out of memory");
    if (x->n_fmts)
        qsort(x->fmts, x->n_fmts, sizeof(*x->fmts), cmp_fmt);
    for (size_t i = 0; i < x->n_xf; i++) {
        unsigned id = x->xf_fmt[i];
        size_t lo = 0, hi = x->n_fmts;

        /* first entry with an id above `id` */
        while (lo < hi) {
            size_t mid = lo + (hi - lo) / 2;

            if (x->fmts[mid].id <= id)
                lo = mid + 1;
            else
                hi = mid;
        }
        if (lo > 0 && x->fmts[lo - 1].id == id) {
            x->xf_date[i] = x->fmts[lo - 1].date;
            memcpy(x->xf_cur[i], x->fmts[lo - 1].cur, sizeof(x->xf_cur[i]));
        } else
            x->xf_date[i] = od_xl_builtin_is_date(id);
    }
    return 0;
}

/* --- the sheet ---------------------------------------------------------- */

/* A number shown with a currency: the grid's one currency, or none when
 * two differ. */
static void note_currency(struct od_grid *g, const char *cur)
{
    if (g->money_mixed || strcmp(g->money_symbol, cur) == 0)
        return;
    if (g->money_symbol[0]) {
        g->money_symbol[0] = '\0';
        g->money_mixed = true;
        return;
    }
    snprintf(g->money_symbol, sizeof(g->money_symbol), "%s", cur);
}

static int csv_add(struct xl *x, const char *s, size_t n)
{
    int rc;

    if (x->out->len - x->out_start + n > x->max_csv)
        return od_error_set(OD_EINVAL, "CSV over %llu bytes", (unsigned long long)x->max_csv);
    rc = od_buf_add(x->out, s, n);
    if (rc == OD_ETOOBIG)
        rc = od_error_set(OD_EINVAL, "CSV over the output buffer's limit of %zu bytes",
                          x->out->toobig);
    return rc;
}

static int csv_field(struct xl *x, const char *s, size_t n)
{
    size_t i, run = 0;
    int rc;

    if (!memchr(s, ',', n) && !memchr(s, '"', n) && !memchr(s, '\r', n) && !memchr(s, '\n', n))
        return csv_add(x, s, n);
    rc = csv_add(x, "\"", 1);
    for (i = 0; rc == 0 && i < n; i++) {
        if (s[i] != '"') {
            run++;
            continue;
        }
        rc = csv_add(x, s + i - run, run + 1);
        if (rc == 0)
            rc = csv_add(x, "\"", 1);
        run = 0;
    }
    if (rc == 0)
        rc = csv_add(x, s + i - run, run);
    if (rc == 0)
        rc = csv_add(x, "\"", 1);
    return rc;
}

static int emit_row(struct xl *x)
{
    unsigned at = 1;
    int rc = 0;

    if (x->n_cells == 0)
        return 0;
    for (size_t i = 0; rc == 0 && i < x->n_cells; i++) {
        const struct cell *c = &x->cells[i];

        for (; rc == 0 && at < c->col; at++)
            rc = csv_add(x, ",", 1);
        if (rc == 0)
            rc = csv_field(x, x->row_pool.data + c->off, c->len);
    }
    if (rc == 0)
        rc = csv_add(x, "\n", 1);
    return rc;
}

/* Column (1-based) and row (1-based; 0 when the reference has no
 * digits) of a reference such as "AA12". */
static bool parse_ref(const char *ref, unsigned *ret_col, unsigned *ret_row)
{
    unsigned col = 0;
    uint64_t row = 0;
    size_t i = 0;

    for (; ref[i]; i++) {
        char c = ref[i];

        if (c >= 'a' && c <= 'z')
            c = (char)(c - 'a' + 'A');
        if (c < 'A' || c > 'Z')
            break;
        if (i >= 3)
            return false;
        col = col * 26 + (unsigned)(c - 'A' + 1);
    }
    if (i == 0 || col > MAX_COL)
        return false;
    if (ref[i] && (!parse_uint(ref + i, strlen(ref + i), MAX_ROW, &row) || row == 0))
        return false;
    *ret_col = col;
    *ret_row = (unsigned)row;
    return true;
}

static int cell_start(struct part *pt, const char **attrs)
{
    struct xl *x = pt->x;
    const char *ref = attr(attrs, "r");
    const char *t = attr(attrs, "t");
    const char *s = attr(attrs, "s");
    uint64_t style = 0;
    unsigned row = 0;

    if (++x->cells_seen > x->max_cells)
        return part_fail(pt, "more than %llu cells", (unsigned long long)x->max_cells);
    if (ref) {
        if (!parse_ref(ref, &x->col, &row))
            return part_fail(pt, "bad cell reference '%.*s'", cut(ref, 20), ref);
    } else {
        x->col = x->last_col + 1;
        if (x->col > MAX_COL)
            return part_fail(pt, "more than %d columns", MAX_COL);
    }
    /* The CSV is written row by row; the grid is sorted at the end. */
    if (!x->grid && x->col <= x->last_col)
        return part_fail(pt, "cell %.20s is out of column order", ref ? ref : "");
    x->last_col = x->col;
    x->cell_row = row ? row : x->row;
    if (!t || strcmp(t, "n") == 0)
        x->type = T_NUMBER;
    else if (strcmp(t, "s") == 0)
        x->type = T_SHARED;
    else if (strcmp(t, "inlineStr") == 0)
        x->type = T_INLINE;
    else if (strcmp(t, "str") == 0)
        x->type = T_STR;
    else if (strcmp(t, "b") == 0)
        x->type = T_BOOL;
    else if (strcmp(t, "e") == 0)
        x->type = T_ERROR;
    else if (strcmp(t, "d") == 0)
        x->type = T_DATE;
    else
        return part_fail(pt, "cell %.20s: unknown type '%.*s'", ref ? ref : "", cut(t, 20), t);
    if (s && !parse_uint(s, strlen(s), UINT32_MAX, &style))
        return part_fail(pt, "cell %.20s: bad style '%.*s'", ref ? ref : "", cut(s, 20), s);
    x->style = (unsigned)style;
    x->in_cell = true;
    x->in_is = x->in_t = x->in_v = false;
    x->rph = 0;
    od_buf_reset(&x->text);
    return 0;
}

/* The value of the cell just read, row_pool[start..len): into the grid,
 * or kept for the CSV row (an empty value becomes a gap there, or is
 * dropped at the end of the row). */
static int put_cell(struct part *pt, enum od_cell_type type, size_t start)
{
    struct xl *x = pt->x;
    size_t n = x->row_pool.len - start;
    int rc;

    if (n == 0)
        return 0;
    if (x->grid) {
        /* the grid copies the text; row_pool holds one cell at a time */
        rc = od_grid_add(x->grid, x->cell_row - 1, x->col - 1, type, x->row_pool.data + start, n,
                         NULL);
        od_buf_reset(&x->row_pool);
        return rc == OD_ETOOBIG ? OD_EINVAL : rc; /* the detail names the limit */
    }
    rc = grow((void **)&x->cells, &x->cap_cells, x->n_cells, sizeof(*x->cells), MAX_COL);
    if (rc < 0)
        return rc == OD_ETOOBIG ? part_fail(pt, "more than %d columns", MAX_COL) : rc;
    x->cells[x->n_cells].col = x->col;
    x->cells[x->n_cells].off = start;
    x->cells[x->n_cells].len = n;
    x->n_cells++;
    return 0;
}

/* A fraction stored with more digits than Excel shows ("0.08500000000000001",
 * the double nearest 0.085 written out in full): the 15 significant digits
 * Excel shows ("0.085") in `out`. False for a number that needs no change,
 * an integer, or text that is no number. */
static bool excel_shown(const char *v, size_t n, char *out, size_t cap)
{
    char tmp[40], *end;
    size_t digits = 0;
    double d;
    int k;

    if (n >= sizeof(tmp) || !memchr(v, '.', n) || memchr(v, 'e', n) || memchr(v, 'E', n))
        return false;
    for (size_t i = 0; i < n; i++)
        digits += v[i] >= '0' && v[i] <= '9';
    if (digits <= 15)
        return false;
    memcpy(tmp, v, n);
    tmp[n] = '\0';
    errno = 0;
    d = strtod(tmp, &end);
    if (*end || errno || !isfinite(d))
        return false;
    k = snprintf(out, cap, "%.15g", d);
    return k > 0 && (size_t)k < cap && !strchr(out, 'e');
}

/* The cell's value, decoded. */
static int cell_end(struct part *pt)
{
    struct xl *x = pt->x;
    const char *v = x->text.data ? x->text.data : "";
    size_t n = x->text.len;
    size_t start = x->row_pool.len;
    enum od_cell_type type = OD_CELL_TEXT;
    char iso[32];
    uint64_t idx;
    int rc = 0;

    x->in_cell = false;
    switch (x->type) {
    case T_SHARED:
        if (n == 0)
            break;
        if (!parse_uint(v, n, UINT64_MAX / 2, &idx) || idx >= x->n_sst)
            return part_fail(pt, "shared string index '%.*s' out of range (%zu strings)",
                             cut(v, 20), v, x->n_sst);
        if (x->sst_off[idx + 1] > x->sst_off[idx])
            rc = od_buf_add(&x->row_pool, x->sst_pool.data + x->sst_off[idx],
                            x->sst_off[idx + 1] - x->sst_off[idx]);
        break;
    case T_INLINE:
    case T_STR:
        rc = add_xstring(&x->row_pool, v, n);
        break;
    case T_BOOL:
        if (n == 1 && (v[0] == '1' || v[0] == '0')) {
            rc = od_buf_adds(&x->row_pool, v[0] == '1' ? "TRUE" : "FALSE");
            type = OD_CELL_BOOL;
        } else {
            rc = od_buf_add(&x->row_pool, v, n);
        }
        break;
    case T_NUMBER:
        if (n && x->style < x->n_xf && x->xf_date[x->style] &&
            od_xl_serial_to_iso(v, n, x->date1904, iso, sizeof(iso))) {
            rc = od_buf_adds(&x->row_pool, iso);
            type = OD_CELL_DATE;
        } else {
            char shown[32];

            if (excel_shown(v, n, shown, sizeof(shown)))
                rc = od_buf_adds(&x->row_pool, shown);
            else
                rc = od_buf_add(&x->row_pool, v, n);
            type = OD_CELL_NUMBER;
            if (x->grid && x->style < x->n_xf && x->xf_cur[x->style][0])
                note_currency(x->grid, x->xf_cur[x->style]);
        }
        break;
    case T_DATE:
        type = OD_CELL_DATE; /* ISO 8601 text already */
        rc = od_buf_add(&x->row_pool, v, n);
        break;
    case T_ERROR:
        rc = od_buf_add(&x->row_pool, v, n);
        break;
    }
    if (rc == OD_ETOOBIG && x->grid)
        return od_error_set(OD_EINVAL, "more than %llu bytes of cell text",
                            (unsigned long long)x->max_csv);
    if (rc == OD_ETOOBIG)
        return od_error_set(OD_EINVAL, "CSV over %llu bytes", (unsigned long long)x->max_csv);
    if (rc < 0)
        return rc;
    od_buf_reset(&x->text);
    return put_cell(pt, type, start);
}

/* <mergeCell ref="A1:F1"/>, kept for the grid. A range of one cell
 * merges nothing. */
static int merge_start(struct part *pt, const char **attrs)
{
    struct xl *x = pt->x;
    const char *ref = attr(attrs, "ref");
    const char *colon = ref ? strchr(ref, ':') : NULL;
    char a[16], b[16];
    size_t na, nb;
    unsigned c1, r1, c2, r2;
    struct merge *m;
    int rc;

    if (!ref)
        return 0;
    na = colon ? (size_t)(colon - ref) : strlen(ref);
    nb = colon ? strlen(colon + 1) : na;
    if (na >= sizeof(a) || nb >= sizeof(b))
        goto bad;
    memcpy(a, ref, na);
    a[na] = '\0';
    memcpy(b, colon ? colon + 1 : ref, nb);
    b[nb] = '\0';
    if (!parse_ref(a, &c1, &r1) || !parse_ref(b, &c2, &r2) || r1 == 0 || r2 == 0)
        goto bad;
    if (c1 == c2 && r1 == r2)
        return 0;
    rc = grow((void **)&x->merges, &x->cap_merges, x->n_merges, sizeof(*x->merges), MAX_MERGES);
    if (rc == OD_ETOOBIG)
        return part_fail(pt, "more than %d merged ranges", MAX_MERGES);
    if (rc < 0)
        return rc;
    m = &x->merges[x->n_merges++];
    m->c1 = c1 < c2 ? c1 : c2;
    m->c2 = c1 < c2 ? c2 : c1;
    m->r1 = r1 < r2 ? r1 : r2;
    m->r2 = r1 < r2 ? r2 : r1;
    return 0;
bad:
    return part_fail(pt, "bad merged range '%.*s'", cut(ref, 40), ref);
}

static int sheet_start(struct part *pt, const char *name, const char **attrs)
{
    struct xl *x = pt->x;

    if (!x->in_sheetdata) {
        if (strcmp(name, "sheetData") == 0)
            x->in_sheetdata = true;
        else if (x->grid && strcmp(name, "mergeCell") == 0)
            return merge_start(pt, attrs);
        return 0;
    }
    if (!x->in_row) {
        const char *r = attr(attrs, "r");
        uint64_t n;

        if (strcmp(name, "row") != 0)
            return part_fail(pt, "<%.*s> in <sheetData>", cut(name, 40), name);
        if (r) {
            if (!parse_uint(r, strlen(r), MAX_ROW, &n) || n == 0)
                return part_fail(pt, "bad row number '%.*s'", cut(r, 20), r);
        } else {
            n = (uint64_t)x->last_row + 1;
            if (n > MAX_ROW)
                return part_fail(pt, "more than %d rows", MAX_ROW);
        }
        x->row = x->last_row = (unsigned)n;
        x->in_row = true;
        x->n_cells = 0;
        x->last_col = 0;
        od_buf_reset(&x->row_pool);
        return 0;
    }
    if (!x->in_cell) {
        if (strcmp(name, "c") == 0)
            return cell_start(pt, attrs);
        if (strcmp(name, "row") == 0)
            return part_fail(pt, "<row> inside <row>");
        return 0; /* extLst and the like */
    }
    if (strcmp(name, "c") == 0 || strcmp(name, "row") == 0)
        return part_fail(pt, "<%s> inside a cell", name);
    if (strcmp(name, "v") == 0) {
        x->in_v = x->type != T_INLINE;
    } else if (strcmp(name, "is") == 0) {
        x->in_is = x->type == T_INLINE;
    } else if (strcmp(name, "rPh") == 0) {
        x->rph++;
    } else if (strcmp(name, "t") == 0) {
        x->in_t = x->in_is;
    }
    return 0;
}

static int sheet_end(struct part *pt, const char *name)
{
    struct xl *x = pt->x;
    int rc;

    if (!x->in_sheetdata)
        return 0;
    if (x->in_cell) {
        if (strcmp(name, "c") == 0)
            return cell_end(pt);
        if (strcmp(name, "v") == 0)
            x->in_v = false;
        else if (strcmp(name, "t") == 0)
            x->in_t = false;
        else if (strcmp(name, "is") == 0)
            x->in_is = false;
        else if (strcmp(name, "rPh") == 0 && x->rph)
            x->rph--;
        return 0;
    }
    if (x->in_row) {
        if (strcmp(name, "row") != 0)
            return 0;
        x->in_row = false;
        rc = x->grid ? 0 : emit_row(x);
        x->n_cells = 0;
        return rc;
    }
    if (strcmp(name, "sheetData") == 0)
        x->in_sheetdata = false;
    return 0;
}

/* --- putting it together ------------------------------------------------ */

static void xl_free(struct xl *x)
{
    if (x->za)
        zip_discard(x->za);
    for (size_t i = 0; i < x->n_rels; i++) {
        free(x->rels[i].id);
        free(x->rels[i].type);
        free(x->rels[i].target);
    }
    free(x->rels);
    od_buf_free(&x->names);
    od_buf_free(&x->sst_pool);
    free(x->sst_off);
    free(x->xf_fmt);
    free(x->fmts);
    free(x->xf_date);
    free(x->xf_cur);
    od_buf_free(&x->text);
    free(x->cells);
    od_buf_free(&x->row_pool);
    free(x->sheet_name);
    free(x->fold_name);
    free(x->merges);
    od_xlsx_names_free(x->list);
}

static int open_zip(struct xl *x, const char *data, size_t len)
{
    zip_source_t *src;
    zip_error_t err;
    zip_int64_t n;
    int rc = 0;

    /* 22 bytes: the smallest zip, an empty end-of-central-directory */
    if (len < 22 || memcmp(data, "PK", 2) != 0)
        return od_error_set(OD_EINVAL, "not a zip file");
    zip_error_init(&err);
    src = zip_source_buffer_create(data, len, 0, &err);
    if (!src) {
        rc = od_error_set(OD_ENOMEM, "zip: %s", zip_error_strerror(&err));
        goto out;
    }
    x->za = zip_open_from_source(src, ZIP_RDONLY, &err);
    if (!x->za) {
        zip_source_free(src);
        if (zip_error_code_zip(&err) == ZIP_ER_MEMORY)
            rc = od_error_set(OD_ENOMEM, "out of memory");
        else if (zip_error_code_zip(&err) == ZIP_ER_NOZIP)
            rc = od_error_set(OD_EINVAL, "not a zip file");
        else
            rc = od_error_set(OD_EINVAL, "not a zip file, or a damaged one: %s",
                              zip_error_strerror(&err));
        goto out;
    }
    n = zip_get_num_entries(x->za, 0);
    if (n < 0 || (uint64_t)n > x->max_entries)
        rc = od_error_set(OD_EINVAL, "more than %llu entries in the zip",
                          (unsigned long long)x->max_entries);
out:
    zip_error_fini(&err);
    return rc;
}

static void xl_init(struct xl *x, const char *sheet, const struct od_xlsx_limits *lim)
{
    x->max_uncompressed =
        lim && lim->max_uncompressed ? lim->max_uncompressed : DEFAULT_UNCOMPRESSED;
    x->max_entries = lim && lim->max_entries ? lim->max_entries : DEFAULT_ENTRIES;
    x->max_cells = lim && lim->max_cells ? lim->max_cells : DEFAULT_CELLS;
    x->max_csv = lim && lim->max_csv ? lim->max_csv : DEFAULT_CSV;
    x->want = sheet;
    od_buf_init(&x->names, 512);
    od_buf_init(&x->text, MAX_STRING + 1);
    od_buf_init(&x->sst_pool,
                x->max_uncompressed < SIZE_MAX ? (size_t)x->max_uncompressed + 1 : SIZE_MAX);
    od_buf_init(&x->row_pool, x->max_csv < SIZE_MAX - 1 ? (size_t)x->max_csv + 1 : SIZE_MAX - 1);
}

/* Everything up to and including the sheet: the cells go to put_cell(). */
static int read_book(struct xl *x, const char *data, size_t len)
{
    struct part pt = {0};
    const struct rel *r;
    bool found;
    int rc;

    rc = open_zip(x, data, len);
    if (rc < 0)
        return rc;

    pt.name = "xl/_rels/workbook.xml.rels";
    pt.start = rels_start;
    pt.end = NULL;
    rc = read_part(x, &pt, false, NULL);
    if (rc < 0)
        return rc;
    rels_finish(x);

    pt.name = "xl/workbook.xml";
    pt.start = workbook_start;
    pt.end = workbook_end;
    rc = read_part(x, &pt, false, NULL);
    if (rc < 0)
        return rc;
    if (!x->sheet && x->want && x->n_fold == 1) {
        x->sheet = x->fold;
        free(x->sheet_name);
        x->sheet_name = x->fold_name;
        x->fold_name = NULL;
    }
    if (!x->sheet && x->want)
        return od_error_set(OD_EINVAL, "xl/workbook.xml: no sheet named '%.*s' (sheets: %s)",
                            cut(x->want, 100), x->want, x->names.len ? x->names.data : "none");
    if (!x->sheet)
        return od_error_set(OD_EINVAL, "xl/workbook.xml: no worksheet");
    if (!is_worksheet(x->sheet))
        return od_error_set(OD_EINVAL, "xl/workbook.xml: sheet '%.*s' is a %.*s, not a worksheet",
                            cut(x->want, 100), x->want, cut(x->sheet->type, 40), x->sheet->type);

    r = find_rel_type(x, "sharedStrings");
    pt.name = r ? r->target : "xl/sharedStrings.xml";
    pt.start = sst_start;
    pt.end = sst_end;
    rc = read_part(x, &pt, true, &found);
    if (rc < 0)
        return rc;
    x->in_si = x->in_t = false;

    r = find_rel_type(x, "styles");
    pt.name = r ? r->target : "xl/styles.xml";
    pt.start = styles_start;
    pt.end = styles_end;
    rc = read_part(x, &pt, true, &found);
    if (rc < 0)
        return rc;
    rc = styles_finish(x);
    if (rc < 0)
        return rc;

    pt.name = x->sheet->target;
    pt.start = sheet_start;
    pt.end = sheet_end;
    return read_part(x, &pt, false, NULL);
}

int od_xlsx_to_csv(const char *data, size_t len, const char *sheet,
                   const struct od_xlsx_limits *lim, struct od_buf *out)
{
    struct xl x = {0};
    int rc;

    xl_init(&x, sheet, lim);
    x.out = out;
    x.out_start = out->len;
    rc = read_book(&x, data, len);
    if (rc < 0 && out->len > x.out_start) {
        out->len = x.out_start;
        out->data[out->len] = '\0';
    }
    xl_free(&x);
    return rc;
}

static int cmp_cell_pos(const void *key, const void *elem)
{
    const struct od_cell *k = key, *c = elem;

    if (k->row != c->row)
        return k->row < c->row ? -1 : 1;
    if (k->col != c->col)
        return k->col < c->col ? -1 : 1;
    return 0;
}

/* Give each merged range's top-left cell its size (the grid is sorted).
 * A range whose top-left cell is empty leaves no trace. */
static void apply_merges(struct xl *x)
{
    struct od_grid *g = x->grid;

    for (size_t i = 0; i < x->n_merges && g->n; i++) {
        const struct merge *m = &x->merges[i];
        struct od_cell key = {.row = m->r1 - 1, .col = m->c1 - 1};
        struct od_cell *c = bsearch(&key, g->cells, g->n, sizeof(*g->cells), cmp_cell_pos);

        if (c) {
            c->span = m->c2 - m->c1 + 1;
            c->rows = m->r2 - m->r1 + 1;
        }
    }
}

int od_xlsx_to_grid(const char *data, size_t len, const char *sheet,
                    const struct od_xlsx_limits *lim, struct od_grid *out)
{
    struct xl x = {0};
    struct od_grid g;
    int rc;

    rc = od_grid_init(&g, OD_GRID_SHEET, NULL);
    if (rc < 0)
        return rc;
    xl_init(&x, sheet, lim);
    g.max_cells = x.max_cells < SIZE_MAX ? (size_t)x.max_cells : SIZE_MAX;
    g.max_text = x.max_csv < SIZE_MAX ? (size_t)x.max_csv : SIZE_MAX;
    x.grid = &g;
    rc = read_book(&x, data, len);
    if (rc < 0)
        goto out;
    od_grid_sort(&g);
    apply_merges(&x);
    g.name = x.sheet_name; /* ownership moves to the grid */
    x.sheet_name = NULL;
    *out = g;
    memset(&g, 0, sizeof(g));
out:
    od_grid_free(&g);
    xl_free(&x);
    return rc;
}

int od_xlsx_sheet_names(const char *data, size_t len, const struct od_xlsx_limits *lim,
                        char ***ret_names)
{
    struct xl x = {0};
    struct part pt = {0};
    int rc;

    xl_init(&x, NULL, lim);
    x.list = calloc(1, sizeof(*x.list));
    if (!x.list) {
        rc = od_error_set(OD_ENOMEM, "out of memory");
        goto out;
    }
    x.cap_list = 1;
    rc = open_zip(&x, data, len);
    if (rc < 0)
        goto out;
    pt.name = "xl/_rels/workbook.xml.rels";
    pt.start = rels_start;
    rc = read_part(&x, &pt, false, NULL);
    if (rc < 0)
        goto out;
    rels_finish(&x);
    pt.name = "xl/workbook.xml";
    pt.start = workbook_start;
    pt.end = workbook_end;
    rc = read_part(&x, &pt, false, NULL);
    if (rc < 0)
        goto out;
    *ret_names = x.list;
    x.list = NULL;
out:
    xl_free(&x);
    return rc;
}

void od_xlsx_names_free(char **names)
{
    if (!names)
        return;
    for (size_t i = 0; names[i]; i++)
        free(names[i]);
    free(names);
}
