/* The cell grid shared by the document readers (grid.h). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "charset.h"
#include "csv.h"
#include "error.h"
#include "grid.h"

int od_grid_init(struct od_grid *g, enum od_grid_kind kind, const char *name)
{
    memset(g, 0, sizeof(*g));
    g->kind = kind;
    if (name && !(g->name = strdup(name)))
        return od_error_set(OD_ENOMEM, "out of memory");
    return 0;
}

static bool white(unsigned char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\v' || c == '\f';
}

/* U+3000 (ideographic space) and U+00A0 (no-break space) trim too. */
static size_t wide_white(const char *p, const char *end)
{
    if (end - p >= 3 && (unsigned char)p[0] == 0xE3 && (unsigned char)p[1] == 0x80 &&
        (unsigned char)p[2] == 0x80)
        return 3;
    if (end - p >= 2 && (unsigned char)p[0] == 0xC2 && (unsigned char)p[1] == 0xA0)
        return 2;
    return 0;
}

static const char *trim_start(const char *p, const char *end)
{
    for (;;) {
        size_t w;

        if (p < end && white((unsigned char)*p))
            p++;
        else if ((w = wide_white(p, end)) != 0)
            p += w;
        else
            return p;
    }
}

static const char *trim_end(const char *a, const char *z)
{
    for (;;) {
        if (z > a && white((unsigned char)z[-1]))
            z--;
        else if (z - a >= 3 && wide_white(z - 3, z) == 3)
            z -= 3;
        else if (z - a >= 2 && wide_white(z - 2, z) == 2)
            z -= 2;
        else
            return z;
    }
}

/* A copy of s[0..len) with invalid UTF-8 and NUL replaced by U+FFFD. */
static char *utf8_copy(const char *s, size_t len)
{
    struct od_buf b;
    size_t bad;

    if (od_utf8_valid(s, len, &bad) && !memchr(s, '\0', len)) {
        char *c = malloc(len + 1);

        if (c) {
            memcpy(c, s, len);
            c[len] = '\0';
        }
        return c;
    }
    od_buf_init(&b, len * 3 + 8);
    while (len) {
        size_t ok = 0;

        if (od_utf8_valid(s, len, &bad))
            bad = len;
        ok = bad;
        if (ok) {
            const char *nul = memchr(s, '\0', ok);

            if (nul)
                ok = (size_t)(nul - s);
        }
        if (ok && od_buf_add(&b, s, ok) < 0)
            goto fail;
        s += ok;
        len -= ok;
        if (len) { /* one bad byte (or a NUL) */
            if (od_buf_add(&b, "\xEF\xBF\xBD", 3) < 0)
                goto fail;
            s++;
            len--;
        }
    }
    return od_buf_steal(&b);
fail:
    od_buf_free(&b);
    return NULL;
}

int od_grid_add(struct od_grid *g, uint32_t row, uint32_t col, enum od_cell_type type,
                const char *text, size_t len, struct od_cell **out)
{
    size_t max_cells = g->max_cells ? g->max_cells : OD_GRID_MAX_CELLS;
    size_t max_text = g->max_text ? g->max_text : OD_GRID_MAX_TEXT;
    const char *a = trim_start(text, text + len), *z = trim_end(a, text + len);
    struct od_cell *c;

    if (out)
        *out = NULL;
    if (a == z)
        return 0;
    if (g->n >= max_cells)
        return od_error_set(OD_ETOOBIG, "more than %zu cells", max_cells);
    if ((size_t)(z - a) > max_text - g->text_bytes)
        return od_error_set(OD_ETOOBIG, "more than %zu bytes of cell text", max_text);
    if (g->n == g->cap) {
        size_t cap = g->cap ? g->cap * 2 : 64;
        struct od_cell *v = realloc(g->cells, cap * sizeof(*v));

        if (!v)
            return od_error_set(OD_ENOMEM, "out of memory");
        g->cells = v;
        g->cap = cap;
    }
    c = &g->cells[g->n];
    memset(c, 0, sizeof(*c));
    if (!(c->text = utf8_copy(a, (size_t)(z - a))))
        return od_error_set(OD_ENOMEM, "out of memory");
    c->row = row;
    c->col = col;
    c->span = 1;
    c->rows = 1;
    c->type = type;
    g->text_bytes += (size_t)(z - a);
    g->n++;
    if (row >= g->n_rows)
        g->n_rows = row + 1;
    if (col >= g->n_cols)
        g->n_cols = col + 1;
    if (out)
        *out = c;
    return 0;
}

static int cell_cmp(const void *pa, const void *pb)
{
    const struct od_cell *a = pa, *b = pb;

    if (a->row != b->row)
        return a->row < b->row ? -1 : 1;
    if (a->col != b->col)
        return a->col < b->col ? -1 : 1;
    return 0;
}

void od_grid_sort(struct od_grid *g)
{
    if (g->n > 1)
        qsort(g->cells, g->n, sizeof(*g->cells), cell_cmp);
    g->n_rows = g->n_cols = 0;
    for (size_t i = 0; i < g->n; i++) {
        if (g->cells[i].row >= g->n_rows)
            g->n_rows = g->cells[i].row + 1;
        if (g->cells[i].col >= g->n_cols)
            g->n_cols = g->cells[i].col + 1;
    }
}

size_t od_grid_row_start(const struct od_grid *g, uint32_t row)
{
    size_t lo = 0, hi = g->n;

    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;

        if (g->cells[mid].row < row)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

const struct od_cell *od_grid_at(const struct od_grid *g, uint32_t row, uint32_t col)
{
    for (size_t i = od_grid_row_start(g, row); i < g->n && g->cells[i].row == row; i++)
        if (g->cells[i].col == col)
            return &g->cells[i];
    return NULL;
}

void od_col_name(uint32_t col, char buf[8])
{
    char tmp[8];
    int n = 0;
    uint64_t c = (uint64_t)col + 1;

    while (c && n < 7) {
        tmp[n++] = (char)('A' + (c - 1) % 26);
        c = (c - 1) / 26;
    }
    for (int i = 0; i < n; i++)
        buf[i] = tmp[n - 1 - i];
    buf[n] = '\0';
}

void od_cell_ref(const struct od_grid *g, const struct od_cell *c, char *buf, size_t size)
{
    char col[8];

    if (!size)
        return;
    switch (g->kind) {
    case OD_GRID_SHEET: {
        const char *name = g->name;
        uint32_t row = c->row;

        for (size_t i = g->n_parts; i-- > 0;)
            if (g->parts[i].first_row <= c->row) {
                name = g->parts[i].name;
                row = c->row - g->parts[i].first_row;
                break;
            }
        od_col_name(c->col, col);
        if (name)
            snprintf(buf, size, "%s!%s%u", name, col, row + 1);
        else
            snprintf(buf, size, "%s%u", col, row + 1);
        break;
    }
    case OD_GRID_PDF:
        snprintf(buf, size, "p%u x=%.0f y=%.0f", c->page, c->x0, c->y);
        break;
    case OD_GRID_TEXT:
        snprintf(buf, size, "body line %u", c->row + 1);
        break;
    default:
        snprintf(buf, size, "row %u col %u", c->row + 1, c->col + 1);
        break;
    }
}

/* Record that the rows from `first_row` on are sheet `name`'s. */
static int add_part(struct od_grid *g, uint32_t first_row, const char *name)
{
    struct od_grid_part *v = realloc(g->parts, (g->n_parts + 1) * sizeof(*v));

    if (!v)
        return od_error_set(OD_ENOMEM, "out of memory");
    g->parts = v;
    v[g->n_parts].first_row = first_row;
    v[g->n_parts].name = name ? strdup(name) : NULL;
    if (name && !v[g->n_parts].name)
        return od_error_set(OD_ENOMEM, "out of memory");
    g->n_parts++;
    return 0;
}

int od_grid_append(struct od_grid *dst, const struct od_grid *src, uint32_t gap)
{
    uint32_t base = dst->n_rows ? dst->n_rows + gap : 0;
    int rc;

    if (dst->n && !dst->n_parts && (rc = add_part(dst, 0, dst->name)) < 0)
        return rc;
    if ((rc = add_part(dst, base, src->name)) < 0)
        return rc;
    for (size_t i = 0; i < src->n; i++) {
        const struct od_cell *c = &src->cells[i];
        struct od_cell *to;

        if (c->row > UINT32_MAX - base)
            return od_error_set(OD_ETOOBIG, "more than %u rows", (unsigned)UINT32_MAX);
        rc = od_grid_add(dst, base + c->row, c->col, c->type, c->text, strlen(c->text), &to);
        if (rc < 0)
            return rc;
        if (to) {
            to->span = c->span;
            to->rows = c->rows;
            to->page = c->page;
            to->x0 = c->x0;
            to->x1 = c->x1;
            to->y = c->y;
        }
    }
    if (src->money_mixed || (src->money_symbol[0] && dst->money_symbol[0] &&
                             strcmp(src->money_symbol, dst->money_symbol) != 0)) {
        dst->money_symbol[0] = '\0';
        dst->money_mixed = true;
    } else if (!dst->money_mixed && !dst->money_symbol[0]) {
        memcpy(dst->money_symbol, src->money_symbol, sizeof(dst->money_symbol));
    }
    od_grid_sort(dst);
    return 0;
}

void od_grid_free(struct od_grid *g)
{
    if (!g)
        return;
    for (size_t i = 0; i < g->n; i++)
        free(g->cells[i].text);
    free(g->cells);
    free(g->name);
    for (size_t i = 0; i < g->n_parts; i++)
        free(g->parts[i].name);
    free(g->parts);
    memset(g, 0, sizeof(*g));
}

struct csv_fill {
    struct od_grid *g;
    uint32_t row;
};

static int csv_record(void *ud, const struct od_csv_record *rec)
{
    struct csv_fill *f = ud;
    int rc = 0;

    for (size_t i = 0; i < rec->n_fields && rc == 0; i++)
        rc = od_grid_add(f->g, f->row, (uint32_t)i, OD_CELL_TEXT, rec->fields[i], rec->lengths[i],
                         NULL);
    f->row++;
    return rc;
}

int od_grid_from_csv(struct od_grid *g, const char *text, size_t len, char delim)
{
    struct csv_fill f = {.g = g};
    struct od_csv *p = NULL;
    int rc;

    rc = od_csv_new(delim, NULL, csv_record, &f, &p);
    if (rc == 0)
        rc = od_csv_feed(p, text, len);
    if (rc == 0)
        rc = od_csv_finish(p);
    od_csv_free(p);
    od_grid_sort(g);
    return rc;
}

int od_grid_to_csv(const struct od_grid *g, struct od_buf *out)
{
    size_t before = out->len;
    int rc = 0;

    for (size_t i = 0; i < g->n && rc == 0;) {
        uint32_t row = g->cells[i].row, col = 0;

        for (; i < g->n && g->cells[i].row == row && rc == 0; i++) {
            const char *t = g->cells[i].text;

            for (; col < g->cells[i].col && rc == 0; col++)
                rc = od_buf_addc(out, ',');
            if (rc == 0 && strpbrk(t, ",\"\r\n")) {
                rc = od_buf_addc(out, '"');
                for (const char *c = t; *c && rc == 0; c++)
                    rc = *c == '"' ? od_buf_add(out, "\"\"", 2) : od_buf_addc(out, *c);
                if (rc == 0)
                    rc = od_buf_addc(out, '"');
            } else if (rc == 0) {
                rc = od_buf_adds(out, t);
            }
        }
        if (rc == 0)
            rc = od_buf_addc(out, '\n');
    }
    if (rc < 0) {
        out->len = before;
        if (out->data)
            out->data[before] = '\0';
    }
    return rc;
}

int od_grid_to_text(const struct od_grid *g, struct od_buf *out)
{
    size_t before = out->len;
    int rc = 0;

    for (size_t i = 0; i < g->n && rc == 0;) {
        uint32_t row = g->cells[i].row;

        for (size_t k = 0; i < g->n && g->cells[i].row == row && rc == 0; i++, k++) {
            if (k)
                rc = od_buf_addc(out, '\t');
            for (const char *c = g->cells[i].text; *c && rc == 0; c++)
                rc = od_buf_addc(out, *c == '\n' || *c == '\r' || *c == '\t' ? ' ' : *c);
        }
        if (rc == 0)
            rc = od_buf_addc(out, '\n');
    }
    if (rc < 0) {
        out->len = before;
        if (out->data)
            out->data[before] = '\0';
    }
    return rc;
}

/* One CJK character (U+2E80 and above, 3 bytes in UTF-8)? */
static bool one_cjk(const char *t)
{
    return strlen(t) == 3 && (unsigned char)t[0] >= 0xE2;
}

static bool all_digits(const char *t)
{
    if (!*t)
        return false;
    for (; *t; t++)
        if (*t < '0' || *t > '9')
            return false;
    return true;
}

/* The width of one CJK character of c when its text ends (or,
 * `at_start`, begins) with one: its width over its characters, a Latin
 * letter or digit counted as half of one; else 0. */
static double cjk_char_w(const struct od_cell *c, bool at_start)
{
    const unsigned char *t = (const unsigned char *)c->text;
    size_t n = strlen(c->text), wide = 0, narrow = 0;

    if (n < 3 || (at_start ? t[0] : t[n - 3]) < 0xE2 || (!at_start && (t[n - 3] & 0xF0) != 0xE0))
        return 0;
    for (size_t i = 0; i < n; i++)
        if (t[i] >= 0xE0)
            wide++;
        else if (t[i] < 0x80)
            narrow++;
    return (c->x1 - c->x0) / ((double)wide + (double)narrow / 2);
}

/* Words of a CJK name or address set one space apart ("茶葉罐 圓形
 * 150g", "中和村 12 鄰"): a gap of at most half a CJK character, far
 * less than between two columns. */
static bool spaced_word(const struct od_cell *a, double gap, const struct od_cell *b)
{
    double wa = cjk_char_w(a, false), wb = cjk_char_w(b, true);

    return (wa > 0 && gap <= wa * 0.6) || (wb > 0 && gap <= wb * 0.6);
}

/* Does b join a, whose last piece was `last` (a single CJK character
 * or not, `last_w` points wide)? */
static bool joins(const struct od_cell *a, bool last_cjk, double last_w, const struct od_cell *b)
{
    double gap = b->x0 - a->x1;
    size_t nb = strlen(b->text), na = strlen(a->text);

    if (a->row != b->row || a->page != b->page || gap < -0.5)
        return false;
    if (last_cjk)
        return gap <= last_w;
    if (spaced_word(a, gap, b))
        return true;
    if (na && a->text[na - 1] >= '0' && a->text[na - 1] <= '9' && all_digits(b->text))
        return gap <= 2 * (b->x1 - b->x0) / (double)nb;
    return false;
}

void od_grid_join_spaced(struct od_grid *g)
{
    size_t w = 0;
    bool last_cjk = false;
    double last_w = 0;

    if (g->kind != OD_GRID_PDF)
        return;
    for (size_t i = 0; i < g->n; i++) {
        struct od_cell *c = &g->cells[i];
        bool cjk = one_cjk(c->text);
        double width = c->x1 - c->x0;

        if (w > 0 && joins(&g->cells[w - 1], last_cjk, last_w, c)) {
            struct od_cell *d = &g->cells[w - 1];
            size_t nd = strlen(d->text), nc = strlen(c->text);
            /* a visible gap is a space ("圓形 馬口鐵", "鄰 88"), but not
             * between the single characters of a spaced-out heading */
            bool space =
                (!last_cjk && (unsigned char)c->text[0] < 0xE2) ||
                (c->x0 - d->x1 > 0.5 && !(last_cjk && cjk) && spaced_word(d, c->x0 - d->x1, c));
            char *t = realloc(d->text, nd + nc + 2);

            if (t) { /* else leave the two cells apart */
                if (space)
                    t[nd++] = ' ';
                memcpy(t + nd, c->text, nc + 1);
                d->text = t;
                d->x1 = c->x1;
                free(c->text);
                last_cjk = cjk;
                last_w = width;
                continue;
            }
        }
        if (w != i)
            g->cells[w] = *c;
        g->cells[w].col =
            (w > 0 && g->cells[w - 1].row == g->cells[w].row) ? g->cells[w - 1].col + 1 : 0;
        last_cjk = cjk;
        last_w = width;
        w++;
    }
    g->n = w;
    od_grid_sort(g);
}

/* A cell break at p: tab, '|', U+3000, or two spaces. Its length, 0 when none. */
static size_t text_break(const char *p, const char *z)
{
    if (*p == '\t' || *p == '|')
        return 1;
    if (z - p >= 3 && (unsigned char)p[0] == 0xE3 && (unsigned char)p[1] == 0x80 &&
        (unsigned char)p[2] == 0x80)
        return 3;
    if (z - p >= 2 && p[0] == ' ' && p[1] == ' ')
        return 2;
    return 0;
}

int od_grid_from_text(struct od_grid *g, const char *text, size_t len, size_t max_lines)
{
    const char *p = text, *end = text + len;
    uint32_t row = 0;
    int rc = 0;

    while (p < end && row < max_lines && rc == 0) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        const char *z = nl ? nl : end, *a = p;
        uint32_t col = 0;

        if (z - p <= 4096) {
            for (const char *q = p; q <= z && rc == 0;) {
                size_t br = q < z ? text_break(q, z) : 1;

                if (!br) {
                    q++;
                    continue;
                }
                if (q > a) {
                    struct od_cell *c = NULL;

                    rc = od_grid_add(g, row, col, OD_CELL_TEXT, a, (size_t)(q - a), &c);
                    col += c != NULL;
                }
                q += br;
                a = q;
            }
        }
        row++;
        p = nl ? nl + 1 : end;
    }
    od_grid_sort(g);
    return rc;
}
