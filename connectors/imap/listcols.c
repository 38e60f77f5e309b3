/* Headers of an order list's columns: see listcols.h. */
#include "listcols.h"

#include <stdbool.h>
#include <string.h>

#include "fields.h"

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

const char *mail_record_column(const struct imap_extract_settings *s, const char *cell)
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
