/* Orders against a quotation (textread.h): a reply that orders "at the
 * prices below" names the items and quantities in its new text and
 * leaves the prices to the quotation it quotes. This file reads the
 * quoted lines for rows that hold an item code and a price, so that an
 * item of the reply without a price takes the quoted one (with the
 * quote's line as its source).
 *
 * A row is read when its first cell is an item code: its price is the
 * cell under a header's price column (单价, Unit Price …), else the one
 * cell of the row written as money with decimals; its name is the cell
 * under the header's name column. A code quoted with two different
 * prices at one level is marked: a sentence takes no price from it, a
 * line of a code and a count (tr_priced_item_line) takes the first
 * with a doubt. That line takes prices only from rows under a header
 * row (a price list), a sentence from any quoted row.
 *
 * Work is linear in the text: at most MAX_QUOTES rows are kept, and a
 * line is looked up in them once. */
#include <stdlib.h>
#include <string.h>

#include "fields.h"
#include "textread.h"

/* Rows kept from the quoted text. */
#define MAX_QUOTES 2000

/* A header row (two known column names at least): its price and name
 * columns, -1 when it names none. */
static int header_cols(const struct imap_extract_settings *s, const struct cell *c, size_t n,
                       int *title)
{
    int col = -1, known = 0;

    *title = -1;
    for (size_t i = 0; i < n; i++) {
        const char *f = mail_column_field(s, c[i].p, c[i].n);

        if (!f)
            continue;
        known++;
        if (strcmp(f, "lines.unit_price") == 0)
            col = (int)i;
        else if (strcmp(f, "lines.title") == 0 && *title < 0)
            *title = (int)i;
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

static void add(struct tr_quotes *q, const struct cell *code, const struct cell *title, bool headed,
                od_money price, unsigned line, unsigned level)
{
    struct tr_quote *e;

    for (size_t i = 0; i < q->n; i++) {
        e = &q->v[i];
        if (e->level == level && strlen(e->sku) == code->n &&
            memcmp(e->sku, code->p, code->n) == 0) {
            if (e->price != price && !e->twice) {
                e->twice = true;
                e->other = price;
                e->other_line = line;
            }
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
    if (title)
        e->title = *title;
    e->headed = headed;
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
    int col, title;
    bool headed;

    if (q->oom || level == 0)
        return;
    if (level != q->hdr_level) {
        q->hdr_level = level;
        q->price_col = -1;
    }
    n = tr_split_cells(a, z, c);
    if (n < 2)
        return;
    if ((col = header_cols(s, c, n, &title)) >= 0) {
        q->price_col = col;
        q->title_col = title;
        q->hdr_cells = n;
        return;
    }
    if (!tr_code_like(c[0].p, c[0].n))
        return;
    headed = q->price_col >= 0 && n == q->hdr_cells;
    if (headed) {
        const struct cell *pc = &c[q->price_col];

        if (!tr_is_money(pc->p, pc->n, &price) || price <= 0)
            return;
    } else if (!decimal_price(c, n, &price)) {
        return;
    }
    add(q, &c[0], headed && q->title_col > 0 ? &c[q->title_col] : NULL, headed, price, line, level);
}

const struct tr_quote *tr_quote_price(const struct tr_quotes *q, unsigned level, const char *sku,
                                      size_t n)
{
    const struct tr_quote *best = NULL;

    if (!q)
        return NULL;
    for (size_t i = 0; i < q->n; i++) {
        const struct tr_quote *e = &q->v[i];

        if (e->level <= level || strlen(e->sku) != n || memcmp(e->sku, sku, n) != 0)
            continue;
        if (!best || e->level < best->level)
            best = e;
    }
    return best;
}

void tr_quotes_free(struct tr_quotes *q)
{
    free(q->v);
    memset(q, 0, sizeof(*q));
}

static bool code_char(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '-' ||
           c == '_' || c == '.' || c == '/' || c == '#';
}

/* The count at the end of [a, z): "500把", "要30盒", "10 pcs"; a unit is
 * needed (a bare number may be anything). Sets *start to where it (or
 * its 要/订) starts. */
static bool end_count(const char *a, const char *z, int64_t *q, const char **start)
{
    const char *w = z, *v;

    while (w > a && w[-1] != ' ' && w[-1] != '\t')
        w--;
    v = w;
    if (z - v > 3 && (memcmp(v, "要", 3) == 0 || memcmp(v, "订", 3) == 0))
        v += 3;
    if (v < z && tr_is_count(v, z, q) && !(v < z && z[-1] >= '0' && z[-1] <= '9')) {
        *start = w;
        return true;
    }
    /* "10 pcs": a number, then a unit word */
    v = tr_rtrim(a, w);
    while (v > a && v[-1] != ' ' && v[-1] != '\t')
        v--;
    if (v < w && v[0] >= '0' && v[0] <= '9' && tr_is_count(v, z, q) &&
        !(z[-1] >= '0' && z[-1] <= '9')) {
        *start = v;
        return true;
    }
    return false;
}

int tr_priced_item_line(struct pass *p, const char *a, const char *z, unsigned line)
{
    const struct tr_quote *hit;
    const char *se, *cs, *na, *nz;
    int64_t qty;

    if (!p->priced || !p->quotes || !p->quotes->n)
        return 0;
    a = tr_skip_ws(a, z);
    for (se = a; se < z && code_char(*se);)
        se++;
    if (!tr_code_like(a, (size_t)(se - a)) || !end_count(se, z, &qty, &cs))
        return 0;
    /* only a price list with its header row prices a bare count */
    hit = tr_quote_price(p->quotes, p->level, a, (size_t)(se - a));
    if (!hit || !hit->headed)
        return 0;
    /* the name between: "（封箱器）", "丁腈手套"; no other number */
    na = tr_skip_ws(se, cs);
    nz = tr_rtrim(na, cs);
    if (nz - na >= 3 && memcmp(na, "（", 3) == 0 && memcmp(nz - 3, "）", 3) == 0) {
        na += 3;
        nz -= 3;
    } else if (nz - na >= 2 && *na == '(' && nz[-1] == ')') {
        na++;
        nz--;
    }
    for (const char *q = na; q < nz; q++)
        if (*q >= '0' && *q <= '9')
            return 0;
    if (hit->twice) {
        char x[OD_MONEY_STRLEN], y[OD_MONEY_STRLEN], sku[48];

        tr_clip(sku, sizeof(sku), a, (size_t)(se - a));
        tr_problem(p, EV_DOUBT, line, true,
                   "line %u: the quoted text prices %s at %s (line %u) and at %s (line %u); %s "
                   "was used",
                   line, sku, od_money_format(hit->price, x), hit->line,
                   od_money_format(hit->other, y), hit->other_line, x);
    }
    if (!p->priced_noted) {
        /* the buyer wrote no price: a quotation's prices may have expired */
        p->priced_noted = true;
        tr_problem(p, EV_DOUBT, line, true,
                   "line %u: the unit prices are the quoted quotation's (line %u), not written "
                   "in the order",
                   line, hit->line);
    }
    if (na == nz) {
        na = hit->title.p;
        nz = hit->title.p ? hit->title.p + hit->title.n : NULL;
    }
    tr_emit_item(p, a, (size_t)(se - a), na, na ? (size_t)(nz - na) : 0, qty, hit->price,
                 OD_MONEY_NONE, line);
    return 1;
}
