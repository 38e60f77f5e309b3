/* A text table's price cell with the words a sentence puts around a
 * price (textread.h tr_cell_price_words): "a U$S 0,31 c/u" (Spanish: at
 * U$S 0.31 each), "à 1,20 € l'unité", "@ 0.45 ea", "по 12,50 за шт".
 * The words are dropped from the cell so that the column reads as the
 * prices it holds; the price itself is not changed. Linear in the cell. */
#include <string.h>
#include <strings.h>

#include "textread.h"

/* Words before a price that say "at" ("a", "à", "zu", "je", "по"; the
 * at sign is cellwords.c's tr_at_sign). */
static const char *const at_words[] = {"a", "à", "at", "zu", "je", "po", "по", NULL};

/* Words after a price that say "a piece". */
static const char *const each_words[] = {
    "c/u",   "c/u.",      "cada uno",   "cada una",  "c/una",   "each",   "ea",       "ea.",
    "/ea",   "/u",        "/ud",        "/ud.",      "/pc",     "/pcs",   "/pz",      "/pza",
    "p/u",   "la unidad", "por unidad", "la pieza",  "l'unité", "/unité", "la pièce", "/pièce",
    "pièce", "pro Stück", "je Stück",   "/Stk",      "/Stk.",   "за шт",  "за шт.",   "/шт",
    "/шт.",  "per unit",  "per pc",     "per piece", "apiece",  NULL};

/* Length of the "at" word or sign [p, z) starts with, and the spaces
 * after it; 0 when none. */
static size_t at_word(const char *p, const char *z)
{
    size_t k = tr_at_sign(p, (size_t)(z - p));

    for (size_t i = 0; !k && at_words[i]; i++) {
        size_t w = strlen(at_words[i]);

        if ((size_t)(z - p) > w && strncasecmp(p, at_words[i], w) == 0 && p[w] == ' ')
            k = (size_t)(tr_skip_ws(p + w, z) - p);
    }
    return k;
}

/* Where an "each" word that ends [p, z) starts (after a
 * space, or glued when it starts with '/'); z when none. */
static const char *each_word(const char *p, const char *z)
{
    for (size_t i = 0; each_words[i]; i++) {
        size_t k = strlen(each_words[i]);
        const char *w = z - k;

        if ((size_t)(z - p) <= k || strncasecmp(w, each_words[i], k) != 0)
            continue;
        if (w[-1] == ' ' || each_words[i][0] == '/')
            return w;
    }
    return z;
}

bool tr_cell_price_words(struct cell *c)
{
    const char *a = c->p, *z = c->p + c->n, *w;
    size_t k = at_word(a, z);
    bool at = k > 0;

    a += k;
    w = each_word(a, z);
    if (!at && w == z)
        return false;
    z = tr_rtrim(a, w);
    /* the price alone is left, written as money ("U$S 0,31", "0.45"), not
     * a count ("a 2 c/u" says nothing) */
    if (a >= z || !tr_money_marked(a, (size_t)(z - a)) ||
        !tr_is_money(a, (size_t)(z - a), &(od_money){0}))
        return false;
    c->p = a;
    c->n = (size_t)(z - a);
    return true;
}
