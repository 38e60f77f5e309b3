/* An item code under its label inside a name cell: see cellcode.h. */
#include "cellcode.h"

#include <string.h>
#include <strings.h>

/* Labels of an item code (ASCII compared without case), each followed
 * by its colon (ASCII or full width) in the cell. */
static const char *const code_labels[] = {
    "SKU", "Item Code", "Item No.", "Item No", "Part No.", "Part No", "Art.-Nr.", "Art.-Nr", "Réf.",
    "Réf", "Ref.",      "Ref",      "货号",    "編號",     "编码",    "貨號",     NULL,
};

static bool code_char(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
           c == '_' || c == '.' || c == '/';
}

/* The colon after the label at p (spaces before it allowed): where the
 * value starts after it and its spaces; NULL when there is none. */
static const char *after_colon(const char *p, const char *z)
{
    while (p < z && *p == ' ')
        p++;
    if (p < z && *p == ':')
        p++;
    else if (z - p >= 3 && memcmp(p, "\xEF\xBC\x9A", 3) == 0) /* ： */
        p += 3;
    else
        return NULL;
    while (p < z && *p == ' ')
        p++;
    return p;
}

bool mail_cell_code(const char *t, size_t n, size_t *name_n, const char **code, size_t *code_n,
                    const char **rest)
{
    const char *z = t + n;
    size_t nn;

    for (const char *p = t + 1; p < z; p++) {
        const char *v, *e;
        bool strong = false;

        if (p[-1] != ' ')
            continue; /* a label starts a word, after the name */
        for (size_t i = 0; code_labels[i]; i++) {
            size_t k = strlen(code_labels[i]);

            if ((size_t)(z - p) <= k || strncasecmp(p, code_labels[i], k) != 0 ||
                !(v = after_colon(p + k, z)) || v == z)
                continue;
            for (e = v; e < z && code_char(*e); e++)
                strong = strong || (*e >= 'A' && *e <= 'Z') || (*e >= '0' && *e <= '9');
            if (e == v || !strong || (e < z && *e != ' ' && *e != ',' && *e != ';'))
                continue;
            for (nn = (size_t)(p - t); nn && t[nn - 1] == ' ';)
                nn--;
            if (!nn)
                return false;
            *name_n = nn;
            *code = v;
            *code_n = (size_t)(e - v);
            while (e < z && (*e == ' ' || *e == ',' || *e == ';'))
                e++;
            *rest = e;
            return true;
        }
    }
    return false;
}
