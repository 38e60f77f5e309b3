/* Orders against a quotation (textread.h): a reply that orders "at the
 * prices below" names the items and quantities in its new text and
 * leaves the prices to the quotation it quotes. This file reads the
 * quoted lines for rows that hold an item code and a price, so that an
 * item of the reply without a price takes the quoted one (with the
 * quote's line as its source).
 *
 * A row is read when its first cell is an item code: its price is the
 * cell under a header's price column (单价, Unit Price …), else the one
 * cell of the row written as money with decimals. A code quoted with
 * two different prices at one level has no price. */
#include <stdlib.h>
#include <string.h>

#include "fields.h"
#include "textread.h"

/* Rows kept from the quoted text. */
#define MAX_QUOTES 2000

static int header_price_col(const struct imap_extract_settings *s, const struct cell *c, size_t n)
{
    int col = -1, known = 0;

    for (size_t i = 0; i < n; i++) {
        const char *f = mail_column_field(s, c[i].p, c[i].n);

        if (!f)
            continue;
        known++;
        if (strcmp(f, "lines.unit_price") == 0)
            col = (int)i;
    }
    return known >= 2 ? col : -1;
}

/* The one money cell with decimals after the first. */
static bool decimal_price(const struct cell *c, size_t n, od_money *price)
{
    int found = 0;

    for (size_t i = 1; i < n; i++) {
        od_money m;

        if (!memchr(c[i].p, '.', c[i].n) || !tr_is_money(c[i].p, c[i].n, &m) || m <= 0)
            continue;
        if (found++)
            return false;
        *price = m;
    }
    return found == 1;
}

static void add(struct tr_quotes *q, const struct cell *code, od_money price, unsigned line,
                unsigned level)
{
    struct tr_quote *e;

    for (size_t i = 0; i < q->n; i++) {
        e = &q->v[i];
        if (e->level == level && strlen(e->sku) == code->n &&
            memcmp(e->sku, code->p, code->n) == 0) {
            if (e->price != price)
                e->twice = true;
            return;
        }
    }
    if (q->n == MAX_QUOTES || code->n >= sizeof(e->sku))
        return;
    if (q->n == q->cap) {
        size_t cap = q->cap ? q->cap * 2 : 32;
        struct tr_quote *v = realloc(q->v, cap * sizeof(*v));

        if (!v) {
            q->oom = true;
            return;
        }
        q->v = v;
        q->cap = cap;
    }
    e = &q->v[q->n++];
    memset(e, 0, sizeof(*e));
    memcpy(e->sku, code->p, code->n);
    e->sku[code->n] = '\0';
    e->price = price;
    e->line = line;
    e->level = level;
}

void tr_quotes_line(struct tr_quotes *q, const struct imap_extract_settings *s, const char *a,
                    const char *z, unsigned line, unsigned level)
{
    struct cell c[TR_MAX_CELLS];
    size_t n;
    od_money price;
    int col;

    if (q->oom || level == 0)
        return;
    if (level != q->hdr_level) {
        q->hdr_level = level;
        q->price_col = -1;
    }
    n = tr_split_cells(a, z, c);
    if (n < 2)
        return;
    if ((col = header_price_col(s, c, n)) >= 0) {
        q->price_col = col;
        q->hdr_cells = n;
        return;
    }
    if (!tr_code_like(c[0].p, c[0].n))
        return;
    if (q->price_col >= 0 && n == q->hdr_cells) {
        const struct cell *pc = &c[q->price_col];

        if (!tr_is_money(pc->p, pc->n, &price) || price <= 0)
            return;
    } else if (!decimal_price(c, n, &price)) {
        return;
    }
    add(q, &c[0], price, line, level);
}

bool tr_quote_price(const struct tr_quotes *q, unsigned level, const char *sku, size_t n,
                    od_money *price, unsigned *line)
{
    const struct tr_quote *best = NULL;

    if (!q)
        return false;
    for (size_t i = 0; i < q->n; i++) {
        const struct tr_quote *e = &q->v[i];

        if (e->level <= level || strlen(e->sku) != n || memcmp(e->sku, sku, n) != 0)
            continue;
        if (!best || e->level < best->level)
            best = e;
    }
    if (!best || best->twice)
        return false;
    *price = best->price;
    *line = best->line;
    return true;
}

void tr_quotes_free(struct tr_quotes *q)
{
    free(q->v);
    memset(q, 0, sizeof(*q));
}
