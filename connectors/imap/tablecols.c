/* Item tables of a purchase order written as text (textread.h): which
 * columns a table's rows hold. The columns are decided by the header
 * words where there are some, by the shapes of the values (codes, whole
 * quantities, money, names) and by arithmetic (quantity x unit price =
 * amount on every row), and a row with fewer cells than its header is
 * placed by the same arithmetic; then every row becomes an item or a
 * problem. tables.c finds the table and its rows.
 *
 * Every cell is parsed a bounded number of times, and at most
 * TR_MAX_NUM_COLS numeric columns take part in the search for the
 * quantity, unit price and amount columns (at most 8 x 8 x 9
 * combinations, each checked once per row). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cellcode.h"
#include "fields.h"
#include "textread.h"

/* Numeric columns that take part in the column search. */
#define TR_MAX_NUM_COLS 8

/* ---- deciding the columns ------------------------------------------ */

struct colinfo {
    bool whole;  /* every value a whole count (no decimals) */
    bool money;  /* every value an amount */
    bool marked; /* some value written as money ("59.00", "¥59") */
    bool code;   /* every value an item code */
    bool seq;    /* 1, 2, 3 ...: line numbers */
    bool text;   /* some value that is no number */
    size_t filled;
};

/* Room for a cell rewritten as the number it stands for. */
#define NUM_BUF 64

/* Cell x as the number it stands for in table t ("1.176,00" in a table
 * that writes decimal commas: "1176.00"; tablenum.c); buf holds
 * NUM_BUF bytes. */
static struct cell num_cell(const struct table *t, const struct cell *x, char *buf)
{
    struct cell r;
    size_t at = tr_at_sign(x->p, x->n);

    /* "@58円", "@ 4.20": the sign says "each"; the price is after it */
    r.p = tr_num_read(t->comma, x->p + at, x->n - at, buf, NUM_BUF, &r.n);
    return r;
}

/* Money in a cell, or a price finer than a cent (rounded to the cent):
 * a unit price column may hold either. */
static bool money_cell(const struct cell *v, od_money *m)
{
    return tr_is_money(v->p, v->n, m) || tr_fine_money(v->p, v->n, m, NULL);
}

/* A price written with the pieces it is for ("95,00/milheiro", "14.50 /
 * 1000", "每千個 38.00"; fields.h mail_price_per_split and
 * mail_price_per_lead), or in column c headed "Price USD per" the price
 * and after a space the pieces ("210.00 1000", "1.60 pc": one piece): the
 * price for *per pieces in *m. */
static bool per_cell(const struct table *t, size_t c, const struct cell *x, od_money *m,
                     int64_t *per)
{
    char buf[NUM_BUF];
    size_t pn, off = 0;
    struct cell v;

    if (c < t->n_cols && t->per_after[c] && x->n && !mail_price_per_split(x->p, x->n, &pn, per)) {
        const char *sp = memrchr(x->p, ' ', x->n);
        char w[24];
        size_t wn;

        if (!sp || sp == x->p || (wn = x->n - (size_t)(sp + 1 - x->p)) == 0 || wn + 4 >= sizeof(w))
            return false;
        memcpy(w, "per ", 4);
        memcpy(w + 4, sp + 1, wn);
        *per = mail_per_n(w, wn + 4);
        /* "pc", "kg": the price of one */
        if (*per == 1 && (sp[1] >= '0' && sp[1] <= '9'))
            return false;
        v = num_cell(t, &(struct cell){x->p, (size_t)(tr_rtrim(x->p, sp) - x->p)}, buf);
        return tr_is_money(v.p, v.n, m);
    }
    if (c < t->n_cols && t->per_n[c] > 1 && x->n) {
        /* under "Rate USD/1000": the cell is the price for N */
        v = num_cell(t, x, buf);
        *per = t->per_n[c];
        return tr_is_money(v.p, v.n, m);
    }
    if (mail_price_per_split(x->p, x->n, &pn, per))
        v = num_cell(t, &(struct cell){x->p, pn}, buf);
    else if (mail_price_per_lead(x->p, x->n, &off, per))
        v = num_cell(t, &(struct cell){x->p + off, x->n - off}, buf);
    else if (tr_price_basis(x->p, x->n, &pn, per))
        v = num_cell(t, &(struct cell){x->p, pn}, buf); /* "85,00 за 1000 шт" */
    else
        return false;
    return tr_is_money(v.p, v.n, m);
}

/* A count in column c: a whole number ("2", "2 pcs"), and in the column
 * the header names the quantity also one written with zero decimals
 * ("2000.00": ERP systems print quantities so). */
static bool col_count(const struct table *t, size_t c, const struct cell *cx, int64_t *q)
{
    char why[96], buf[NUM_BUF];
    struct cell v = num_cell(t, cx, buf);
    const struct cell *x = &v;

    if (tr_is_count(x->p, x->p + x->n, q))
        return true;
    /* "25 rolek": a unit word no list knows; the arithmetic decides */
    if (tr_count_unit_word(cx->p, cx->n, q))
        return true;
    return tr_role_slot(t->role[c]) == TR_QTY && x->n && x->p[0] >= '0' && x->p[0] <= '9' &&
           mail_parse_qty(x->p, x->n, q, why, sizeof(why)) == 0;
}

/* "1.", "12)": a row's number with the point or bracket of a numbered
 * list; its value in *q. */
static bool line_number(const struct cell *x, int64_t *q)
{
    int64_t v = 0;
    size_t i = 0;

    while (i < x->n && i < 6 && x->p[i] >= '0' && x->p[i] <= '9')
        v = v * 10 + (x->p[i++] - '0');
    if (i == 0 || i + 1 != x->n || (x->p[i] != '.' && x->p[i] != ')'))
        return false;
    *q = v;
    return true;
}

static void col_shapes(const struct table *t, struct colinfo *ci)
{
    for (size_t c = 0; c < t->n_cols; c++) {
        struct colinfo k = {true, true, false, true, true, false, 0};
        int64_t prev = 0;

        for (size_t r = 0; r < t->n_rows; r++) {
            const struct cell *x;
            struct cell v;
            char buf[NUM_BUF];
            int64_t q;
            bool w, mo;

            if (c >= t->rows[r].n || t->rows[r].c[c].n == 0)
                continue;
            x = &t->rows[r].c[c];
            w = col_count(t, c, x, &q);
            v = num_cell(t, x, buf);
            mo = money_cell(&v, &(od_money){0});
            if (per_cell(t, c, x, &(od_money){0}, &(int64_t){0})) {
                mo = true; /* "95,00/milheiro": a price, written as money */
                k.marked = true;
            }
            if (!w)
                k.whole = false;
            if (!mo)
                k.money = false;
            else if (tr_money_marked(v.p, v.n))
                k.marked = true;
            if (!tr_code_like(x->p, x->n))
                k.code = false;
            if (!mo && !w)
                k.text = true;
            if (!w && line_number(x, &q))
                w = true; /* "1.", "2)": numbered rows, never a count */
            else if (!w)
                q = 0;
            if (!w || (k.filled == 0 ? q != 1 : q != prev + 1))
                k.seq = false;
            prev = w ? q : 0;
            k.filled++;
        }
        if (!k.filled)
            k.whole = k.money = k.code = k.seq = false;
        if (k.filled < 2)
            k.seq = false;
        ci[c] = k;
    }
}

/* A column the header names for nothing ("-": 序号, Unit, Line, UOM)
 * whose values are amounts written as money: the word named another
 * thing than the usual one ("Unit" for the unit price, "Line" for the
 * line amount), so the values decide, as for an unlabelled column, but
 * only for the unit price and the amount. */
static bool blank_label(const struct table *t, const struct colinfo *ci, size_t c)
{
    return t->role[c] && strcmp(t->role[c], "-") == 0 && ci[c].money && ci[c].marked;
}

/* The values of the numeric columns taking part in the search. */
struct numcols {
    size_t n, rows;
    int col[TR_MAX_NUM_COLS];
    int64_t *q;   /* [j * rows + r]: the count, or -1 */
    od_money *m;  /* the amount, or OD_MONEY_NONE */
    int64_t *per; /* the pieces the amount is for: 1, or N of "95,00/milheiro" */
    bool *empty;
};

static void numcols_free(struct numcols *nc)
{
    free(nc->q);
    free(nc->m);
    free(nc->per);
    free(nc->empty);
}

static int numcols_fill(const struct table *t, const struct colinfo *ci, struct numcols *nc)
{
    size_t rows = t->n_rows;

    memset(nc, 0, sizeof(*nc));
    nc->rows = rows;
    /* named numeric columns first, then the others from the right */
    for (int pass = 0; pass < 2; pass++)
        for (size_t c = t->n_cols; c-- > 0 && nc->n < TR_MAX_NUM_COLS;) {
            int r = tr_role_slot(t->role[c]);
            bool named = r == TR_QTY || r == TR_PRICE || r == TR_TOTAL;

            if (pass == 0 ? !named
                          : (named || (t->role[c] && !blank_label(t, ci, c)) ||
                             !(ci[c].money || ci[c].whole)))
                continue;
            nc->col[nc->n++] = (int)c;
        }
    /* left to right: the quantity is tried before the price to its right */
    for (size_t i = 1; i < nc->n; i++)
        for (size_t k = i; k > 0 && nc->col[k - 1] > nc->col[k]; k--) {
            int x = nc->col[k];

            nc->col[k] = nc->col[k - 1];
            nc->col[k - 1] = x;
        }
    nc->q = malloc((nc->n * rows + 1) * sizeof(*nc->q));
    nc->m = malloc((nc->n * rows + 1) * sizeof(*nc->m));
    nc->per = malloc((nc->n * rows + 1) * sizeof(*nc->per));
    nc->empty = malloc((nc->n * rows + 1) * sizeof(*nc->empty));
    if (!nc->q || !nc->m || !nc->per || !nc->empty)
        return -1;
    for (size_t j = 0; j < nc->n; j++)
        for (size_t r = 0; r < rows; r++) {
            size_t c = (size_t)nc->col[j], i = j * rows + r;
            const struct cell *x = c < t->rows[r].n ? &t->rows[r].c[c] : NULL;
            struct cell v = {NULL, 0};
            char buf[NUM_BUF];
            int64_t q;
            od_money m;

            if (x)
                v = num_cell(t, x, buf);
            nc->empty[i] = !x || x->n == 0;
            nc->q[i] = x && col_count(t, c, x, &q) ? q : -1;
            nc->per[i] = 1;
            if (x && per_cell(t, c, x, &m, &nc->per[i]))
                nc->m[i] = m; /* "95,00/milheiro": 95.00 for 1000 */
            else
                nc->m[i] = x && money_cell(&v, &m) ? m : OD_MONEY_NONE;
        }
    return 0;
}

struct pick {
    int q, p, a; /* indexes into numcols, -1 none */
};

/* Do the rows agree with (q, p, a)? Every row must have a count and a
 * price; with an amount column every stated amount must fit, and at
 * least one is stated. */
static bool pick_fits(const struct numcols *nc, struct pick k, bool all_amounts)
{
    size_t checked = 0;

    for (size_t r = 0; r < nc->rows; r++) {
        size_t iq = (size_t)k.q * nc->rows + r, ip = (size_t)k.p * nc->rows + r;

        if (nc->q[iq] < 1 || nc->m[ip] == OD_MONEY_NONE || nc->m[ip] < 0)
            return false;
        if (k.a < 0)
            continue;
        {
            size_t ia = (size_t)k.a * nc->rows + r;

            if (nc->empty[ia]) {
                if (all_amounts)
                    return false;
                continue;
            }
            if (nc->m[ia] == OD_MONEY_NONE || nc->per[ia] != 1)
                return false;
            if (nc->per[ip] > 1) {
                /* qty x price / N, to the cent */
                int64_t e4;
                od_money unit, want;

                mail_per_price(nc->m[ip], nc->per[ip], nc->q[iq], &e4, &unit, &want);
                if (want == OD_MONEY_NONE || want - nc->m[ia] > 1 || nc->m[ia] - want > 1)
                    return false;
            } else if (!tr_fits(nc->q[iq], nc->m[ip], nc->m[ia], tr_tol(nc->q[iq]))) {
                return false;
            }
            checked++;
        }
    }
    return k.a < 0 || checked > 0;
}

static bool same_reading(const struct numcols *nc, struct pick x, struct pick y)
{
    for (size_t r = 0; r < nc->rows; r++)
        if (nc->q[(size_t)x.q * nc->rows + r] != nc->q[(size_t)y.q * nc->rows + r] ||
            nc->m[(size_t)x.p * nc->rows + r] != nc->m[(size_t)y.p * nc->rows + r])
            return false;
    return true;
}

/* What a column may be: by its header word when it has one, else by
 * its values. */
static bool may_be(const struct table *t, const struct colinfo *ci, int c, int role, bool named)
{
    int r = tr_role_slot(t->role[c]);

    if (named)
        return r == role;
    if (t->role[c] && (role == TR_QTY || !blank_label(t, ci, (size_t)c)))
        return false;
    if (ci[c].filled < t->n_rows && role != TR_TOTAL)
        return false;
    switch (role) {
    case TR_QTY:
        return ci[c].whole && !ci[c].seq && !ci[c].marked;
    case TR_PRICE:
    case TR_TOTAL:
        return ci[c].money && ci[c].filled == t->n_rows;
    default:
        return false;
    }
}

static bool has_named(const struct table *t, int role)
{
    return tr_named_col(t, role) >= 0;
}

struct decision {
    int q, p, a; /* table columns, -1 none */
    int sku, title;
    int spec;      /* a spec column beside the name: joins the title */
    bool soft;     /* by the values' shapes only: a soft doubt */
    int ambiguous; /* another column that could be the quantity, or -1 */
    int ambiguous_p;
};

/* Columns of the table. false: no reading (a table without a strong
 * header is then no table). */
/* Column c holds names, not item codes: no cell is shaped as a code and
 * at least half hold two words or more ("Printed laminate roll",
 * "Carton"). */
static bool words_col(const struct table *t, size_t c)
{
    size_t n = 0, spaced = 0;

    for (size_t r = 0; r < t->n_rows; r++) {
        const struct cell *x;

        if (c >= t->rows[r].n || t->rows[r].c[c].n == 0)
            continue;
        x = &t->rows[r].c[c];
        if (tr_code_like(x->p, x->n))
            return false;
        spaced += memchr(x->p, ' ', x->n) != NULL;
        n++;
    }
    return n > 0 && 2 * spaced >= n;
}

/* Column c holds one word a cell, most of them codes ("TUBE-70",
 * "SHIP-6", "TISSUE"): a column of codes, though not every code has a
 * digit or a dash. */
static bool one_word_codes(const struct table *t, size_t c)
{
    size_t n = 0, codes = 0;

    for (size_t r = 0; r < t->n_rows; r++) {
        const struct cell *x;

        if (c >= t->rows[r].n || t->rows[r].c[c].n == 0)
            continue;
        x = &t->rows[r].c[c];
        if (memchr(x->p, ' ', x->n))
            return false;
        codes += tr_code_like(x->p, x->n);
        n++;
    }
    return n > 0 && 2 * codes > n;
}

/* Column c holds rates, not words that describe the item: every filled
 * cell ends with a percent sign ("SST 0%", "VAT 20%", "13%"), a tax
 * column. */
static bool rate_col(const struct table *t, size_t c)
{
    size_t n = 0;

    for (size_t r = 0; r < t->n_rows; r++) {
        const struct cell *x;

        if (c >= t->rows[r].n || t->rows[r].c[c].n == 0)
            continue;
        x = &t->rows[r].c[c];
        if (x->p[x->n - 1] != '%')
            return false;
        n++;
    }
    return n > 0;
}

/* Some cell of column c holds a number with decimals ("à 0.112 EUR": a
 * price in words, no specification). */
static bool decimal_col(const struct table *t, size_t c)
{
    for (size_t r = 0; r < t->n_rows; r++) {
        const struct cell *x;

        if (c >= t->rows[r].n)
            continue;
        x = &t->rows[r].c[c];
        for (size_t i = 1; i + 1 < x->n; i++)
            if ((x->p[i] == '.' || x->p[i] == ',') && x->p[i - 1] >= '0' && x->p[i - 1] <= '9' &&
                x->p[i + 1] >= '0' && x->p[i + 1] <= '9')
                return true;
    }
    return false;
}

/* The column right of the name, when no header word names it and its
 * values are words (no count, amount, code or rate), joins the name as
 * its specification. */
static void spec_right(const struct table *t, const struct colinfo *ci, struct decision *d)
{
    size_t c = (size_t)d->title + 1;
    int ic = (int)c;

    if (c < t->n_cols && !t->role[c] && ci[c].text && !ci[c].code && !ci[c].whole && !ci[c].money &&
        ci[c].filled && !rate_col(t, c) && ic != d->sku && ic != d->q && ic != d->p && ic != d->a)
        d->spec = ic;
}

static bool decide(const struct table *t, const struct colinfo *ci, const struct numcols *nc,
                   struct decision *d)
{
    bool nq = has_named(t, TR_QTY), np = has_named(t, TR_PRICE), na = has_named(t, TR_TOTAL);
    struct pick best = {-1, -1, -1};
    bool found = false;

    d->q = d->p = d->a = d->sku = d->title = d->spec = -1;
    d->soft = false;
    d->ambiguous = d->ambiguous_p = -1;
    /* 1. arithmetic: quantity x price = amount on every row */
    for (size_t jq = 0; jq < nc->n && !found; jq++) {
        if (!may_be(t, ci, nc->col[jq], TR_QTY, nq))
            continue;
        /* prices written as money first */
        for (int marked = 1; marked >= 0 && !found; marked--)
            for (size_t jp = 0; jp < nc->n && !found; jp++) {
                if (jp == jq || !may_be(t, ci, nc->col[jp], TR_PRICE, np) ||
                    (!np && ci[nc->col[jp]].marked != (marked == 1)))
                    continue;
                for (size_t ja = 0; ja < nc->n; ja++) {
                    struct pick k = {(int)jq, (int)jp, (int)ja};

                    if (ja == jq || ja == jp || !may_be(t, ci, nc->col[ja], TR_TOTAL, na))
                        continue;
                    if (pick_fits(nc, k, !na)) {
                        best = k;
                        found = true;
                        break;
                    }
                }
            }
    }
    if (found) {
        /* another reading that fits as well and gives other lines */
        for (size_t jq = 0; jq < nc->n && d->ambiguous < 0; jq++)
            for (size_t jp = 0; jp < nc->n && d->ambiguous < 0; jp++) {
                struct pick k = {(int)jq, (int)jp, best.a};

                if (jq == jp || (int)jq == best.a || (int)jp == best.a ||
                    !may_be(t, ci, nc->col[jq], TR_QTY, nq) ||
                    !may_be(t, ci, nc->col[jp], TR_PRICE, np))
                    continue;
                /* a price written as money beats one that is not */
                if (!np && ci[nc->col[best.p]].marked && !ci[nc->col[jp]].marked)
                    continue;
                if (pick_fits(nc, k, !na) && !same_reading(nc, k, best)) {
                    d->ambiguous = nc->col[jq];
                    d->ambiguous_p = nc->col[jp];
                }
            }
    } else if (nq && np) {
        /* 2. the header says so; the rows are checked one by one */
        for (size_t c = 0; c < t->n_cols; c++) {
            int r = tr_role_slot(t->role[c]);

            if (r == TR_QTY && d->q < 0)
                d->q = (int)c;
            if (r == TR_PRICE && d->p < 0)
                d->p = (int)c;
            if (r == TR_TOTAL && d->a < 0)
                d->a = (int)c;
        }
    } else {
        /* 3. shapes only: one whole-number column and one money column */
        struct pick only = {-1, -1, -1};
        int n_found = 0;

        for (size_t jq = 0; jq < nc->n; jq++)
            for (size_t jp = 0; jp < nc->n; jp++) {
                struct pick k = {(int)jq, (int)jp, -1};

                if (jq == jp || !may_be(t, ci, nc->col[jq], TR_QTY, nq) ||
                    !may_be(t, ci, nc->col[jp], TR_PRICE, np) || (!np && !ci[nc->col[jp]].marked) ||
                    !pick_fits(nc, k, false))
                    continue;
                if (n_found && same_reading(nc, k, only))
                    continue;
                only = k;
                n_found++;
            }
        if (n_found != 1) {
            if (!t->strong)
                return false;
            /* a strong header without a unit price: the rows say so */
            for (size_t c = 0; c < t->n_cols; c++)
                if (tr_role_slot(t->role[c]) == TR_QTY && d->q < 0)
                    d->q = (int)c;
        } else {
            best = only;
            found = true;
            d->soft = true;
        }
    }
    if (found) {
        d->q = nc->col[best.q];
        d->p = nc->col[best.p];
        d->a = best.a >= 0 ? nc->col[best.a] : -1;
    }
    /* the item: named columns, else a column of codes and one of names */
    for (size_t c = 0; c < t->n_cols; c++) {
        int r = tr_role_slot(t->role[c]);

        if (r == TR_SKU && d->sku < 0)
            d->sku = (int)c;
        if (r == TR_TITLE && d->title < 0)
            d->title = (int)c;
    }
    /* "Code  Item  Qty …": two columns named for the SKU and none for the
     * name; the second holds names, not codes ("Spa gift box, magnetic"):
     * it is the name column */
    for (size_t c = 0; c < t->n_cols && d->title < 0 && d->sku >= 0; c++)
        if ((int)c != d->sku && tr_role_slot(t->role[c]) == TR_SKU && !ci[c].code && ci[c].text &&
            (ci[d->sku].code || (one_word_codes(t, (size_t)d->sku) && words_col(t, c))))
            d->title = (int)c;
    /* "物品名称  规格型号" whose cells are words ("375ml 单支 木纹"), not
     * codes: the model column taken for the SKU is the specification */
    if (d->sku >= 0 && d->title >= 0 && t->spec[d->sku] && !ci[d->sku].code && ci[d->sku].text) {
        d->spec = d->sku;
        d->sku = -1;
    }
    /* "Item  Specification  Qty …": the one column named for the SKU
     * holds words, not codes ("Printed laminate roll"), and no column is
     * named for the name: it is the name column, so that a specification
     * beside it joins it instead of being dropped */
    if (d->sku >= 0 && d->title < 0 && !ci[d->sku].code && ci[d->sku].text && !ci[d->sku].whole &&
        !ci[d->sku].money && words_col(t, (size_t)d->sku)) {
        d->title = d->sku;
        d->sku = -1;
    }
    /* "品名  规格": the specification joins the name in the title */
    for (size_t c = 0; c < t->n_cols && d->spec < 0 && d->title >= 0; c++) {
        int ic = (int)c;

        if (t->spec[c] && ic != d->title && ic != d->sku && ic != d->q && ic != d->p && ic != d->a)
            d->spec = ic;
    }
    /* "Name  Size  Qty", "Description  Options": a column right of the
     * name whose header word is none the reader knows and whose values
     * are words (no count, amount or code) describes the item: it joins
     * the name as its specification */
    if (d->spec < 0 && d->title >= 0 && t->headed)
        spec_right(t, ci, d);
    if (t->strong) {
        /* no SKU column named: an unnamed column of codes, not numbers,
         * or one named for nothing ("No.", "#": a line number by its
         * word) that holds codes ("RC-P1"), not 1, 2, 3 (nor "1.", "2.") */
        for (size_t c = 0; c < t->n_cols && d->sku < 0; c++) {
            int ic = (int)c;

            if ((!t->role[c] || strcmp(t->role[c], "-") == 0) && ic != d->q && ic != d->p &&
                ic != d->a && ci[c].code && !ci[c].whole && !ci[c].money && !ci[c].seq &&
                ci[c].filled == t->n_rows)
                d->sku = ic;
        }
        return true;
    }
    if (t->loose) {
        d->sku = t->sku;
        d->title = t->title;
    }
    for (size_t c = 0; c < t->n_cols; c++) {
        int ic = (int)c;

        if (t->role[c] || ic == d->q || ic == d->p || ic == d->a)
            continue;
        if (d->sku < 0 && ci[c].code && !ci[c].seq && ci[c].filled == t->n_rows)
            d->sku = ic;
        else if (d->title < 0 && ci[c].text && !ci[c].seq && ic != d->sku)
            d->title = ic;
    }
    if (d->sku < 0 && d->title < 0)
        return false;
    /* no header: a column right of the name whose cells are mostly words
     * parted by spaces ("禮盒／12入 紙盒 燙金／600個／…"; a unit column
     * "个" or a colour is none) is its specification as well */
    if (!t->headed && d->spec < 0 && d->title >= 0 && (size_t)d->title + 1 < t->n_cols &&
        words_col(t, (size_t)d->title + 1) && !decimal_col(t, (size_t)d->title + 1))
        spec_right(t, ci, d);
    /* values alone, no header and no sum: the item must be a code */
    if (d->soft && !t->headed && d->sku < 0)
        return false;
    return d->q >= 0 && d->p >= 0;
}

/* A row with fewer cells than its header, split on runs of spaces:
 * which columns are the empty ones? Every placement of the missing
 * cells (at most 2, never in the quantity or price column) is read. The
 * placement whose amount agrees with quantity x price wins when it is
 * the only reading that agrees; else the cells are taken from the left,
 * as written, and when another placement reads another quantity or price
 * the row is in doubt. Fills out[0..n_cols). */
static void realign(struct pass *p, const struct table *t, const struct decision *d,
                    const struct trow *row, struct cell *out)
{
    size_t n = row->n, k = t->n_cols - n, best_g0 = SIZE_MAX, best_g1 = SIZE_MAX;
    int64_t cq[TR_MAX_CELLS];
    od_money cm[TR_MAX_CELLS];
    int64_t lq = -1, vq = 0;
    od_money lp = OD_MONEY_NONE, vp = 0;
    bool verified_other = false, valid_other = false;
    int n_verified = 0, best_score = -1;

    for (size_t i = 0; i < t->n_cols; i++)
        out[i] = i < n ? row->c[i] : (struct cell){row->c[n - 1].p + row->c[n - 1].n, 0};
    if (k == 0 || k > 2 || d->q < 0 || d->p < 0)
        return;
    for (size_t i = 0; i < n; i++) {
        char buf[NUM_BUF];
        struct cell x = num_cell(t, &row->c[i], buf);

        if (!tr_is_count(x.p, x.p + x.n, &cq[i]) || tr_money_marked(x.p, x.n))
            cq[i] = -1;
        if (!money_cell(&x, &cm[i]))
            cm[i] = OD_MONEY_NONE;
    }
    /* the reading from the left */
    if ((size_t)d->q < n && (size_t)d->p < n) {
        lq = cq[d->q];
        lp = cm[d->p];
    }
    for (size_t g0 = 0; g0 < t->n_cols; g0++)
        for (size_t g1 = k == 2 ? g0 + 1 : t->n_cols; g1 <= t->n_cols; g1++) {
            /* cell of column j: j minus the gaps before it */
#define CELL_OF(j) ((size_t)(j) - ((size_t)(j) > g0) - (k == 2 && (size_t)(j) > g1))
            int64_t q;
            od_money pr, am = OD_MONEY_NONE;

            if (k == 2 && g1 == t->n_cols)
                break;
            if ((int)g0 == d->q || (int)g0 == d->p ||
                (k == 2 && ((int)g1 == d->q || (int)g1 == d->p)))
                continue;
            q = cq[CELL_OF(d->q)];
            pr = cm[CELL_OF(d->p)];
            if (d->a >= 0 && (size_t)d->a != g0 && !(k == 2 && (size_t)d->a == g1))
                am = cm[CELL_OF(d->a)];
            if (q < 1 || pr == OD_MONEY_NONE)
                continue;
            if (q != lq || pr != lp)
                valid_other = true;
            if (am != OD_MONEY_NONE && tr_fits(q, pr, am, tr_tol(q))) {
                /* the same reading: the placement that puts a code in the
                 * SKU column and a name in the name column */
                int score = 0;

                if (d->sku >= 0 && (size_t)d->sku != g0 && !(k == 2 && (size_t)d->sku == g1) &&
                    tr_code_like(row->c[CELL_OF(d->sku)].p, row->c[CELL_OF(d->sku)].n))
                    score += 2;
                if (d->title >= 0 && (size_t)d->title != g0 &&
                    !(k == 2 && (size_t)d->title == g1) && cm[CELL_OF(d->title)] == OD_MONEY_NONE)
                    score++;
                if (n_verified++ == 0 || (q == vq && pr == vp && score > best_score)) {
                    best_g0 = g0;
                    best_g1 = k == 2 ? g1 : SIZE_MAX;
                    best_score = score;
                    vq = q;
                    vp = pr;
                } else if (q != vq || pr != vp) {
                    verified_other = true;
                }
            }
#undef CELL_OF
        }
    if (n_verified && !verified_other) {
        for (size_t j = 0, i = 0; j < t->n_cols; j++)
            out[j] = j == best_g0 || j == best_g1 ? (struct cell){row->c[0].p, 0} : row->c[i++];
        return;
    }
    if (valid_other)
        tr_problem(p, EV_DOUBT, row->line, true,
                   "line %u: %zu cells for %zu columns; read from the left, but the empty "
                   "cells could be elsewhere",
                   row->line, n, t->n_cols);
}

/* The item at event `item` gets the name of its row joined with the
 * lines that continue it and then its specification, one space
 * between. */
static bool join_name(struct pass *p, size_t item, const struct cell *title, const struct trow *row,
                      const struct cell *spec)
{
    struct ev *e = &p->ev[item];
    size_t len = title->n + (spec->n ? 1 + spec->n : 0);
    char *v;

    for (size_t i = 0; i < row->n_more; i++)
        len += 1 + row->more[i].n;
    v = malloc(len + 1);
    if (!v) {
        p->oom = true;
        return false;
    }
    memcpy(v, title->p, title->n);
    len = title->n;
    for (size_t i = 0; i < row->n_more; i++) {
        v[len++] = ' ';
        memcpy(v + len, row->more[i].p, row->more[i].n);
        len += row->more[i].n;
    }
    if (spec->n) {
        v[len++] = ' ';
        memcpy(v + len, spec->p, spec->n);
        len += spec->n;
    }
    v[len] = '\0';
    e->s = v;
    e->t = v;
    e->tn = len;
    return true;
}

/* The cell of a spec column as it joins the title: empty when it holds
 * only a dash ("—", "-", "/"); "HD-SF-5023 50cm 净重3kg/卷" with no SKU
 * in the row gives its first word, a code, to the SKU and the rest. */
static struct cell spec_cell(struct cell v, struct cell *sku)
{
    const char *code;
    size_t code_n;

    if (!mail_spec_part(&v.p, &v.n, sku->n ? NULL : &code, &code_n))
        return (struct cell){NULL, 0};
    if (!sku->n && code_n)
        *sku = (struct cell){code, code_n};
    return v;
}

/* One row, checked as a strong header's rows always were. */
/* "HD-MK-0001 记号笔" in the SKU cell and the name cell empty: a short name
 * set close to the code ran into the SKU column; the code is the first
 * word, the name the rest. */
static void split_code_name(struct cell *sku, struct cell *title)
{
    size_t w = 0, r;

    while (w < sku->n && sku->p[w] != ' ' && sku->p[w] != '\t')
        w++;
    r = w;
    while (r < sku->n && (sku->p[r] == ' ' || sku->p[r] == '\t'))
        r++;
    if (w == sku->n || r == sku->n || !tr_code_like(sku->p, w))
        return;
    *title = (struct cell){sku->p + r, sku->n - r};
    sku->n = w;
}

/* The reading of a row with one cell fewer than the header when one
 * cell holds two ("三层纸箱 30*20*15 1000" under 名称 and 数量: a single
 * space where the others have two): the cell split at its last space,
 * its tail a number, or its head a number and the tail its unit ("3.000
 * kom" under "Kol.  J.m."). Taken only when exactly one such split gives
 * a quantity x price equal to the amount. Fills out[0..n_cols). */
static bool split_merged(const struct table *t, const struct decision *d, const struct trow *row,
                         struct cell *out)
{
    size_t n = row->n, found = SIZE_MAX, at = 0, hits = 0;

    if (n + 1 != t->n_cols || d->q < 0 || d->p < 0 || d->a < 0)
        return false;
    for (size_t i = 0; i < n; i++) {
        const struct cell *x = &row->c[i];
        const char *sp = x->n ? memrchr(x->p, ' ', x->n) : NULL;
        struct cell v[TR_MAX_CELLS];
        char bq[NUM_BUF], bp[NUM_BUF], ba[NUM_BUF];
        struct cell cq, cp, ca;
        int64_t q;
        od_money pr, am;

        /* the tail a number, or a count's unit word after it ("3.000
         * kom" under "Kol.  J.m.": the count and its unit column) */
        if (!sp || sp == x->p || sp + 1 == x->p + x->n ||
            !((sp[1] >= '0' && sp[1] <= '9') || (sp[-1] >= '0' && sp[-1] <= '9')))
            continue;
        for (size_t j = 0, o = 0; j < n; j++) {
            if (j != i) {
                v[o++] = row->c[j];
                continue;
            }
            v[o++] = (struct cell){x->p, (size_t)(tr_rtrim(x->p, sp) - x->p)};
            v[o++] = (struct cell){sp + 1, (size_t)(x->p + x->n - sp - 1)};
        }
        cq = num_cell(t, &v[d->q], bq);
        cp = num_cell(t, &v[d->p], bp);
        ca = num_cell(t, &v[d->a], ba);
        if (!tr_is_count(cq.p, cq.p + cq.n, &q) || !money_cell(&cp, &pr) || !money_cell(&ca, &am) ||
            !tr_fits(q, pr, am, tr_tol(q)))
            continue;
        hits++;
        found = i;
        at = (size_t)(sp - x->p);
    }
    if (hits != 1)
        return false;
    for (size_t j = 0, o = 0; j < n; j++) {
        const struct cell *x = &row->c[j];

        if (j != found) {
            out[o++] = *x;
            continue;
        }
        out[o++] = (struct cell){x->p, (size_t)(tr_rtrim(x->p, x->p + at) - x->p)};
        out[o++] = (struct cell){x->p + at + 1, x->n - at - 1};
    }
    return true;
}

/* "1. Пакет дой-пак | 200 г | 50 | …", "2. …": the row's place in the
 * table written before the item in its first cell (1 on the first row,
 * 2 on the second …) numbers the rows and is no part of the item. */
static void drop_row_number(const struct table *t, const struct trow *row, struct cell *x)
{
    size_t k = 0, want = (size_t)(row - t->rows) + 1;
    int64_t v = 0;

    while (k < x->n && k < 4 && x->p[k] >= '0' && x->p[k] <= '9')
        v = v * 10 + (x->p[k++] - '0');
    if (!k || (size_t)v != want || k + 2 > x->n || (x->p[k] != '.' && x->p[k] != ')') ||
        x->p[k + 1] != ' ')
        return;
    k += 2;
    while (k < x->n && x->p[k] == ' ')
        k++;
    if (k < x->n) {
        x->p += k;
        x->n -= k;
    }
}

static bool emit_row(struct pass *p, const struct table *t, const struct decision *d,
                     const struct trow *row)
{
    struct cell al[TR_MAX_CELLS];
    const struct cell *c = row->c;
    size_t n = row->n;
    unsigned line = row->line;
    int64_t qty;
    od_money price = OD_MONEY_NONE, amount = OD_MONEY_NONE;
    struct cell sku = {NULL, 0}, title = {NULL, 0}, spec = {NULL, 0};
    const char *name_end, *code, *code_end;
    size_t code_n;
    char shown[128], why[200], buf[NUM_BUF];
    struct cell v;
    bool fine = false;
    int64_t e4 = 0, per = 1;
    od_money per_price = OD_MONEY_NONE;
    size_t item, lead = 0;
    bool unit_word = false;

    if (n > t->n_cols) {
        tr_problem(p, EV_ERROR, line, true, "line %u: %zu columns, but the table header has %zu",
                   line, n, t->n_cols);
        return true;
    }
    if (!row->exact && split_merged(t, d, row, al)) {
        c = al;
        n = t->n_cols;
    } else if (!row->exact && n < t->n_cols && n > 0) {
        realign(p, t, d, row, al);
        c = al;
        n = t->n_cols;
    }
    if (d->q < 0 || d->q >= (int)n || c[d->q].n == 0) {
        tr_problem(p, EV_ERROR, line, true, "line %u: no quantity", line);
        return true;
    }
    v = num_cell(t, &c[d->q], buf);
    if (mail_parse_qty(v.p, v.n, &qty, why, sizeof(why)) < 0) {
        if (!tr_count_unit_word(c[d->q].p, c[d->q].n, &qty)) {
            tr_problem(p, EV_ERROR, line, true, "line %u: %s", line, why);
            return true;
        }
        /* "25 rolek", "3,000枚": a unit no list knows; the row's amount
         * checks the count, else the order's stated total must */
        unit_word = !(d->a >= 0 && d->a < (int)n && c[d->a].n);
    }
    if (d->p < 0 || d->p >= (int)n || c[d->p].n == 0) {
        tr_problem(p, EV_ERROR, line, true, "line %u: no unit price", line);
        return true;
    }
    v = num_cell(t, &c[d->p], buf);
    if (per_cell(t, (size_t)d->p, &c[d->p], &per_price, &per)) {
        price = per_price; /* for per pieces: tr_per_price below */
    } else if (mail_parse_amount(v.p, v.n, &price) < 0) {
        tr_clip(shown, sizeof(shown), c[d->p].p, c[d->p].n);
        if (tr_fine_money(v.p, v.n, &price, &e4)) {
            fine = true;
        } else if ((lead = tr_price_lead(c[d->p].p, c[d->p].n)) == 0 ||
                   (v = num_cell(t, &(struct cell){c[d->p].p, lead}, buf),
                    mail_parse_amount(v.p, v.n, &price) < 0)) {
            tr_problem(p, EV_ERROR, line, true, "line %u: unit price '%s' is not an amount", line,
                       shown);
            return true;
        }
    }
    if (d->a >= 0 && d->a < (int)n && c[d->a].n) {
        v = num_cell(t, &c[d->a], buf);
        if (mail_parse_amount(v.p, v.n, &amount) < 0) {
            tr_clip(shown, sizeof(shown), c[d->a].p, c[d->a].n);
            tr_problem(p, EV_ERROR, line, true, "line %u: amount '%s' is not an amount", line,
                       shown);
            return true;
        }
    }
    if (lead) {
        /* "US$ 4,20 al mil": the price the cell starts with, for the
         * pieces the amount says (pricecell.c) */
        if ((per = tr_price_amount_basis(qty, price, amount)) == 0) {
            tr_problem(p, EV_ERROR, line, true, "line %u: unit price '%s' is not an amount", line,
                       shown);
            return true;
        }
        per_price = price;
    }
    if ((d->sku < 0 || d->sku >= (int)n || !c[d->sku].n) &&
        (d->title < 0 || d->title >= (int)n || !c[d->title].n)) {
        tr_problem(p, EV_ERROR, line, true, "line %u: no item code or name", line);
        return true;
    }
    if (d->sku >= 0 && d->sku < (int)n) {
        sku = c[d->sku];
    }
    if (d->title >= 0 && d->title < (int)n)
        title = c[d->title];
    if (sku.n && sku.p == c[0].p)
        drop_row_number(t, row, &sku);
    else if (title.n && title.p == c[0].p)
        drop_row_number(t, row, &title);
    if (sku.n && !title.n)
        split_code_name(&sku, &title);
    if (!sku.n && title.n && d->spec < 0 &&
        mail_cell_code(title.p, title.n, &title.n, &code, &code_n, &spec.p)) {
        /* "Tea caddy SKU: TB-25 25 bags, …": name, code, spec (cellcode.c) */
        sku = (struct cell){code, code_n};
        spec.n = (size_t)(c[d->title].p + c[d->title].n - spec.p);
    } else if (!sku.n && title.n &&
               tr_bracket_code(title.p, title.p + title.n, &name_end, &code, &code_end)) {
        /* "缠绕膜（HD-SF-5023）" in the name column and no SKU */
        sku = (struct cell){code, (size_t)(code_end - code)};
        title.n = (size_t)(tr_rtrim(title.p, name_end) - title.p);
    } else if (!sku.n && title.n) {
        /* "HD-CT-0302 三层纸箱" in the name column and no SKU: the code
         * written first is the SKU */
        size_t w = 0, r;

        while (w < title.n && title.p[w] != ' ')
            w++;
        for (r = w; r < title.n && title.p[r] == ' ';)
            r++;
        if (r < title.n && mail_name_code(title.p, w)) {
            sku = (struct cell){title.p, w};
            title = (struct cell){title.p + r, title.n - r};
        } else if (r < title.n && w > 2 && title.p[0] == '[' && title.p[w - 1] == ']' &&
                   mail_name_code(title.p + 1, w - 2)) {
            /* "[PK-3IN1] 3-in-1 sachet film": the code in square
             * brackets before the name, as ERPs (Odoo) print an item */
            sku = (struct cell){title.p + 1, w - 2};
            title = (struct cell){title.p + r, title.n - r};
        }
    }
    if (d->spec >= 0 && d->spec < (int)n && title.n)
        spec = spec_cell(c[d->spec], &sku);
    item = p->n; /* the event tr_emit_item appends */
    if (!tr_emit_item(p, sku.n ? sku.p : NULL, sku.n, title.n ? title.p : NULL, title.n, qty, price,
                      amount, line))
        return false;
    if ((row->n_more || spec.n) && title.n && !join_name(p, item, &title, row, &spec))
        return false;
    if (fine)
        tr_exact_price(p, item, e4, shown, line);
    if (per > 1)
        tr_per_price(p, item, per_price, per, line);
    if (unit_word) {
        tr_clip(shown, sizeof(shown), c[d->q].p, c[d->q].n);
        tr_problem(p, EV_DOUBT, line, true,
                   "line %u: quantity '%s' has a unit word no list knows and no amount checks "
                   "it; read as %lld",
                   line, shown, (long long)qty);
        if (p->n && p->ev[p->n - 1].kind == EV_DOUBT)
            p->ev[p->n - 1].soft = true;
    }
    if (lead) {
        char pr[OD_MONEY_STRLEN], am[OD_MONEY_STRLEN];

        char basis[32] = "a piece";

        if (per > 1)
            snprintf(basis, sizeof(basis), "per %lld", (long long)per);
        tr_problem(p, EV_DOUBT, line, true,
                   "line %u: unit price '%s' holds more than a price; %s %s taken, as the "
                   "amount %s says: check the price",
                   line, shown, od_money_format(per_price, pr), basis, od_money_format(amount, am));
    }
    return true;
}

/* Rows of values without a header whose columns say nothing (no
 * quantity and price column): each line read again as an item line or
 * a sentence ("1、HD-CT-0302 三层纸箱40*30*30  1500个  2.30元"), as it
 * would have been had no table been guessed. */
static void reread_rows(struct pass *p, const struct table *t)
{
    for (size_t r = 0; r < t->n_rows && !p->stop && !p->oom; r++) {
        const struct trow *w = &t->rows[r];
        const char *a, *z;

        if (!w->n || w->n_more)
            continue;
        a = w->c[0].p;
        z = w->c[w->n - 1].p + w->c[w->n - 1].n;
        if (!tr_item_line(p, a, z, w->line))
            tr_prose_line(p, a, z, w->line);
    }
}

/* "Poly mailer 10x13 in, 2.5 mil, white 8,000    0.068    544.00": a row
 * whose name runs into its count with one space has a cell fewer than
 * the header, and its cells stand under the wrong columns, so that no
 * column reads as quantity, price and amount on every row. The columns
 * are then decided on the whole rows alone (at least two, with an
 * amount column that checks them); the short rows are read by that
 * decision as any row a cell short (split_merged, realign). Also when
 * the whole table gave no unit price. *d is set only on success. */
static bool decide_full_rows(const struct table *t, struct decision *d)
{
    struct table v = *t;
    struct colinfo ci[TR_MAX_CELLS];
    struct numcols nc;
    struct decision w;
    size_t full = 0, shorter = 0;
    bool ok;

    if (!t->headed)
        return false;
    for (size_t r = 0; r < t->n_rows; r++) {
        if (t->rows[r].exact)
            return false;
        full += t->rows[r].n == t->n_cols;
        shorter += t->rows[r].n + 1 == t->n_cols;
    }
    if (full < 2 || !shorter || full + shorter != t->n_rows)
        return false;
    if ((v.rows = malloc(full * sizeof(*v.rows))) == NULL)
        return false;
    v.n_rows = 0;
    for (size_t r = 0; r < t->n_rows; r++)
        if (t->rows[r].n == t->n_cols)
            v.rows[v.n_rows++] = t->rows[r];
    col_shapes(&v, ci);
    ok = numcols_fill(&v, ci, &nc) == 0 && decide(&v, ci, &nc, &w) && w.q >= 0 && w.p >= 0 &&
         w.a >= 0 && !w.soft && w.ambiguous < 0;
    numcols_free(&nc);
    free(v.rows);
    if (ok)
        *d = w;
    return ok;
}

void tr_table_end(struct pass *p)
{
    struct table *t = &p->t;
    struct colinfo ci[TR_MAX_CELLS];
    struct numcols nc;
    struct decision d;
    unsigned first, last;
    bool ok;

    if (!t->active)
        return;
    t->active = false;
    if (!t->n_rows)
        return;
    first = t->rows[0].line;
    last = t->rows[t->n_rows - 1].line;
    col_shapes(t, ci);
    if (numcols_fill(t, ci, &nc) < 0) {
        p->oom = true;
        goto out;
    }
    ok = decide(t, ci, &nc, &d);
    if (!ok || d.p < 0)
        ok = decide_full_rows(t, &d) || ok;
    if (!ok) {
        if (!t->headed)
            reread_rows(p, t);
        goto out;
    }
    p->item_seen = true;
    if (d.ambiguous >= 0)
        tr_problem(p, EV_DOUBT, first, true,
                   "lines %u-%u: the quantity and unit price could be columns %d and %d or "
                   "columns %d and %d; read as %d and %d",
                   first, last, d.q + 1, d.p + 1, d.ambiguous + 1, d.ambiguous_p + 1, d.q + 1,
                   d.p + 1);
    if (d.soft) {
        struct ev *e;

        tr_problem(p, EV_DOUBT, first, true,
                   "lines %u-%u: the quantity (column %d) and unit price (column %d) were "
                   "recognised by their values only; no amount column confirms them",
                   first, last, d.q + 1, d.p + 1);
        e = p->n ? &p->ev[p->n - 1] : NULL;
        if (e && e->kind == EV_DOUBT)
            e->soft = true;
    }
    /* a column headed as the specification that went into no field: the
     * titles lack what it says */
    for (size_t c = 0; c < t->n_cols; c++) {
        int ic = (int)c;

        if (t->spec[c] && ci[c].text && ic != d.spec && ic != d.sku && ic != d.title && ic != d.q &&
            ic != d.p && ic != d.a) {
            tr_problem(p, EV_DOUBT, first, true,
                       "lines %u-%u: column %d is headed as the specification but joins no "
                       "title; the titles may lack it",
                       first, last, ic + 1);
            break;
        }
    }
    for (size_t r = 0; r < t->n_rows && !p->stop && !p->oom; r++)
        emit_row(p, t, &d, &t->rows[r]);
out:
    numcols_free(&nc);
    t->n_rows = 0;
}
