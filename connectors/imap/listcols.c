/* Headers of an order list's columns: see listcols.h. */
#include "listcols.h"

#include <stdbool.h>
#include <strings.h>
#include <string.h>

#include "fields.h"
#include "mail.h"

/* The CamelCase words that name the record of a row ("ItemQuantity"
 * in an inFlow export, "LineTotal"): a prefix, not part of the label. */
static const char *const record_words[] = {"Item", "Line", "Product", "Article", NULL};

static bool upper(char c)
{
    return c >= 'A' && c <= 'Z';
}

static bool lower(char c)
{
    return c >= 'a' && c <= 'z';
}

/* The item field a column label names, NULL for none or for a column
 * that carries nothing ("-"). */
static const char *item_column(const struct imap_extract_settings *s, const char *a, size_t n)
{
    const char *f = n ? mail_column_field(s, a, n) : NULL;

    return f && strncmp(f, "lines.", 6) == 0 ? f : NULL;
}

/* "Variant code / SKU": two labels of one column, parted by " / ";
 * the half a list knows names it (both, when they agree). */
static const char *either_half(const struct imap_extract_settings *s, const char *cell, size_t n)
{
    const char *sl = strstr(cell, " / "), *f1, *f2;

    if (!sl || strstr(sl + 3, " / "))
        return NULL;
    f1 = item_column(s, cell, (size_t)(sl - cell));
    f2 = item_column(s, sl + 3, n - (size_t)(sl + 3 - cell));
    if (f1 && f2)
        return strcmp(f1, f2) == 0 ? f1 : NULL;
    return f1 ? f1 : f2;
}

/* "Price per unit", "Cost per piece": a price for one piece; "Total
 * cost", "Total value": the line's amount, said with a word of money
 * after it. */
static const char *worded_price(const struct imap_extract_settings *s, const char *cell, size_t n)
{
    static const char *const one[] = {"unit", "piece", "pc", "pcs", "item", "each", "ea", NULL};
    static const char *const money[] = {"cost", "value", "amount", NULL};
    const char *per = NULL, *sp = strrchr(cell, ' '), *f;

    for (const char *q = strstr(cell, " per "); q; q = strstr(q + 1, " per "))
        per = q;
    if (per && per > cell) {
        for (size_t i = 0; one[i]; i++)
            if (strcasecmp(per + 5, one[i]) == 0) {
                size_t k = (size_t)(per - cell);

                f = item_column(s, cell, k);
                if ((f && strcmp(f, "lines.unit_price") == 0) ||
                    (k == 4 && strncasecmp(cell, "cost", 4) == 0))
                    return "lines.unit_price";
            }
        return NULL;
    }
    if (!sp || sp == cell)
        return NULL;
    for (size_t i = 0; money[i]; i++)
        if (strcasecmp(sp + 1, money[i]) == 0 &&
            (f = item_column(s, cell, (size_t)(sp - cell))) != NULL &&
            strcmp(f, "lines.total") == 0)
            return f;
    (void)n;
    return NULL;
}

/* "ItemQuantity": the record's word, then a column label. */
static const char *camel_column(const struct imap_extract_settings *s, const char *cell)
{
    size_t n = cell ? strlen(cell) : 0;
    const char *rest = NULL, *f;

    for (size_t i = 0; i < n; i++)
        if (!upper(cell[i]) && !lower(cell[i]))
            return NULL; /* one word of ASCII letters: no space, no digit */
    for (size_t i = 0; record_words[i] && !rest; i++) {
        size_t k = strlen(record_words[i]);

        /* the rest starts a word of its own: "ItemQuantity", "ItemSKU" */
        if (n > k + 1 && memcmp(cell, record_words[i], k) == 0 && upper(cell[k]))
            rest = cell + k;
    }
    if (!rest)
        return NULL;
    f = mail_column_field(s, rest, strlen(rest));
    return f && strncmp(f, "lines.", 6) == 0 ? f : NULL;
}

const char *mail_record_column(const struct imap_extract_settings *s, const char *cell)
{
    const char *f = camel_column(s, cell);
    size_t n = cell ? strlen(cell) : 0;

    if (f || n < 3)
        return f;
    return (f = either_half(s, cell, n)) != NULL ? f : worded_price(s, cell, n);
}

/* A bare word for the item ("Item", "Article") names its code in a
 * list's labels; right of a column that gave the code, it is the name. */
static bool item_word(const char *c)
{
    static const char *const w[] = {"Item", "Items", "Article", "Artikel", "Artículo", NULL};

    while (*c == ' ')
        c++;
    for (size_t i = 0; w[i]; i++)
        if (strcasecmp(c, w[i]) == 0)
            return true;
    return false;
}

const char *mail_list_column(const struct imap_extract_settings *s, const char *cell,
                             const struct od_strmap *map)
{
    const char *f = mail_header_field(s, cell);

    if (f && strcmp(f, "lines.sku") == 0 && od_strmap_get(map, "lines.sku") &&
        !od_strmap_get(map, "lines.title") && item_word(cell))
        return "lines.title";
    return f;
}
