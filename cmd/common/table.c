#include "table.h"

#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* Longest cell shown; longer text is cut at a character boundary. */
#define CELL_MAX 60

struct od_table {
    const char *const *cols;
    size_t n_cols;
    char **cells; /* row-major */
    size_t n_rows, cap_rows;
};

static bool wide(uint32_t c)
{
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) ||
           (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) ||
           (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) ||
           (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
}

/* Decode one UTF-8 character at s; returns its byte length (1 for a
 * broken byte, counted as one column). */
static size_t utf8_next(const char *s, uint32_t *cp)
{
    const unsigned char *u = (const unsigned char *)s;

    if (u[0] < 0x80) {
        *cp = u[0];
        return 1;
    }
    if ((u[0] & 0xE0) == 0xC0 && (u[1] & 0xC0) == 0x80) {
        *cp = ((uint32_t)(u[0] & 0x1F) << 6) | (u[1] & 0x3F);
        return 2;
    }
    if ((u[0] & 0xF0) == 0xE0 && (u[1] & 0xC0) == 0x80 && (u[2] & 0xC0) == 0x80) {
        *cp = ((uint32_t)(u[0] & 0x0F) << 12) | ((uint32_t)(u[1] & 0x3F) << 6) | (u[2] & 0x3F);
        return 3;
    }
    if ((u[0] & 0xF8) == 0xF0 && (u[1] & 0xC0) == 0x80 && (u[2] & 0xC0) == 0x80 &&
        (u[3] & 0xC0) == 0x80) {
        *cp = ((uint32_t)(u[0] & 0x07) << 18) | ((uint32_t)(u[1] & 0x3F) << 12) |
              ((uint32_t)(u[2] & 0x3F) << 6) | (u[3] & 0x3F);
        return 4;
    }
    *cp = '?';
    return 1;
}

size_t od_display_width(const char *s)
{
    size_t w = 0;

    while (*s) {
        uint32_t cp;

        s += utf8_next(s, &cp);
        w += wide(cp) ? 2 : 1;
    }
    return w;
}

struct od_table *od_table_new(const char *const *cols)
{
    struct od_table *t = calloc(1, sizeof(*t));

    if (!t)
        return NULL;
    t->cols = cols;
    while (cols[t->n_cols])
        t->n_cols++;
    return t;
}

/* Copy a cell: control characters become spaces, long text is cut. */
static char *cell_copy(const char *v)
{
    size_t n = 0, w = 0;
    char *out;

    if (!v)
        v = "-";
    while (v[n] && w < CELL_MAX) {
        uint32_t cp;
        size_t k = utf8_next(v + n, &cp);

        n += k;
        w += wide(cp) ? 2 : 1;
    }
    out = malloc(n + 4);
    if (!out)
        return NULL;
    memcpy(out, v, n);
    out[n] = '\0';
    for (size_t i = 0; i < n; i++)
        if ((unsigned char)out[i] < 0x20)
            out[i] = ' ';
    if (v[n])
        memcpy(out + n, "...", 4);
    return out;
}

void od_table_row(struct od_table *t, const char *const *vals)
{
    if (!t)
        return;
    if (t->n_rows == t->cap_rows) {
        size_t cap = t->cap_rows ? t->cap_rows * 2 : 32;
        char **c = realloc(t->cells, cap * t->n_cols * sizeof(char *));

        if (!c)
            return;
        t->cells = c;
        t->cap_rows = cap;
    }
    for (size_t i = 0; i < t->n_cols; i++)
        t->cells[t->n_rows * t->n_cols + i] = cell_copy(vals[i]);
    t->n_rows++;
}

static void pad(FILE *f, const char *s, size_t width, bool last)
{
    size_t w = od_display_width(s ? s : "");

    fputs(s ? s : "", f);
    if (last)
        return;
    for (; w < width + 2; w++)
        fputc(' ', f);
}

void od_table_print(const struct od_table *t, FILE *f)
{
    size_t *width;

    if (!t)
        return;
    width = calloc(t->n_cols, sizeof(size_t));
    if (!width)
        return;
    for (size_t c = 0; c < t->n_cols; c++) {
        width[c] = od_display_width(t->cols[c]);
        for (size_t r = 0; r < t->n_rows; r++) {
            const char *v = t->cells[r * t->n_cols + c];
            size_t w = od_display_width(v ? v : "");

            if (w > width[c])
                width[c] = w;
        }
    }
    for (size_t c = 0; c < t->n_cols; c++)
        pad(f, t->cols[c], width[c], c + 1 == t->n_cols);
    fputc('\n', f);
    for (size_t r = 0; r < t->n_rows; r++) {
        for (size_t c = 0; c < t->n_cols; c++)
            pad(f, t->cells[r * t->n_cols + c], width[c], c + 1 == t->n_cols);
        fputc('\n', f);
    }
    free(width);
}

void od_table_free(struct od_table *t)
{
    if (!t)
        return;
    for (size_t i = 0; i < t->n_rows * t->n_cols; i++)
        free(t->cells[i]);
    free(t->cells);
    free(t);
}
