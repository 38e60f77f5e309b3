/* Columns from their values (sheet_int.h): where the header does not say
 * which column is which, or contradicts the values, the quantity, price
 * and amount columns are the three for which quantity x price = amount
 * holds on most rows; a column of codes is the SKU, other text the name. */
#include <stdlib.h>
#include <string.h>

#include "error.h"
#include "sheet_int.h"

static bool qty_shape(const struct sheet *sh, const char *t)
{
    int64_t q;
    char why[128];

    return t && sheet_qty(sh, t, strlen(t), &q, why, sizeof(why)) == 0;
}

static bool money_shape(const struct sheet *sh, const char *t, od_money *m)
{
    od_money tmp;

    return t && sheet_amount(sh, t, strlen(t), m ? m : &tmp) == 0;
}

/* A unit price: an amount, or one finer than a cent ("0.082") in cents
 * per *per pieces (1 for an amount). */
static bool price_shape(const struct sheet *sh, const char *t, od_money *m, int64_t *per)
{
    *per = 1;
    return money_shape(sh, t, m) || (t && sheet_fine_price(sh, t, m, per) == 0) ||
           (t && sheet_basis_fine(sh, t, m, per) == 0);
}

/* A date: three groups of digits with one separator (/ - .), the year
 * of four digits first or last ("02/15/2027", "2027-02-10",
 * "15.02.2027"), not a code of groups ("02.01.012"). */
static bool date_shape(const char *t)
{
    size_t len[3], g = 0;
    char sep = 0;

    for (const char *p = t;; p++) {
        size_t d = strspn(p, "0123456789");

        if (!d || g == 3)
            return false;
        len[g++] = d;
        p += d;
        if (!*p)
            break;
        if (!strchr("/-.", *p) || (sep && *p != sep))
            return false;
        sep = *p;
    }
    return g == 3 && ((len[0] == 4 && len[1] <= 2 && len[2] <= 2) ||
                      (len[2] == 4 && len[0] <= 2 && len[1] <= 2));
}

/* A code: no spaces, ASCII letters, digits and -_./#, with a digit;
 * not a date (a "Date Req." column is no SKU). */
static bool code_shape(const char *t)
{
    bool digit = false;

    if (!t || !*t || date_shape(t))
        return false;
    for (const char *p = t; *p; p++) {
        if (*p >= '0' && *p <= '9')
            digit = true;
        else if (!((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || strchr("-_./#", *p)))
            return false;
    }
    return digit;
}

/* A code of capitals in parts ("RR-PUSSI", "AZ_BOX"): capital letters
 * and digits, two parts or more joined by '-' or '_', a letter in it;
 * no word of a name ("Kantokassi") or a lone capital word ("XL"). */
static bool caps_code(const char *t)
{
    size_t n = 0, parts = 1;
    bool letter = false;

    for (const char *p = t; *p; p++, n++) {
        if (*p >= 'A' && *p <= 'Z')
            letter = true;
        else if (*p == '-' || *p == '_')
            parts += p != t && p[1] && p[1] != '-' && p[1] != '_';
        else if (!(*p >= '0' && *p <= '9'))
            return false;
    }
    return letter && parts >= 2 && n <= 32 && t[0] != '-' && t[0] != '_';
}

struct col_stats {
    size_t filled, qty, money, code, caps;
    bool differ; /* two filled cells differ */
};

static void stats(const struct sheet *sh, size_t k, struct col_stats *st)
{
    memset(st, 0, sizeof(*st));
    for (size_t i = 0; i < sh->n_items; i++) {
        const char *t = sh->items[i].text[k];

        if (!t)
            continue;
        int64_t per;
        od_money m;

        st->filled++;
        st->qty += qty_shape(sh, t);
        st->money += price_shape(sh, t, &m, &per);
        st->code += code_shape(t);
        st->caps += caps_code(t);
        for (size_t j = 0; j < i && !st->differ; j++)
            st->differ = sh->items[j].text[k] && strcmp(sh->items[j].text[k], t) != 0;
    }
}

/* Numeric columns considered for qty x price = amount. */
#define MAX_NUMERIC 12

/* The values of the numeric candidate columns, parsed once. */
struct numbers {
    size_t cols[MAX_NUMERIC];
    size_t n;
    int64_t *qty;    /* [item * n + j], -1 when not a quantity */
    od_money *money; /* [item * n + j], OD_MONEY_NONE when not money */
    int64_t *fine;   /* [item * n + j], the pieces a price finer than a cent is for, else 1 */
    int disc;        /* the discount column (R_DISC), or -1 */
};

static int numbers_load(const struct sheet *sh, struct numbers *nb)
{
    for (size_t k = 0; k < sh->n_cols && nb->n < MAX_NUMERIC; k++) {
        struct col_stats st;

        if (sh->cols[k].role == R_IGNORE || sh->cols[k].role == R_DISC ||
            sh->cols[k].role == R_ORDER)
            continue;
        stats(sh, k, &st);
        if (st.filled && st.money * 2 >= st.filled)
            nb->cols[nb->n++] = k;
    }
    if (!nb->n)
        return 0;
    nb->qty = calloc(sh->n_items * nb->n, sizeof(*nb->qty));
    nb->money = calloc(sh->n_items * nb->n, sizeof(*nb->money));
    nb->fine = calloc(sh->n_items * nb->n, sizeof(*nb->fine));
    if (!nb->qty || !nb->money || !nb->fine)
        return OD_ENOMEM;
    nb->disc = sheet_find_role(sh, R_DISC);
    for (size_t i = 0; i < sh->n_items; i++)
        for (size_t j = 0; j < nb->n; j++) {
            const char *t = sh->items[i].text[nb->cols[j]];
            char why[128];
            int64_t q;

            nb->qty[i * nb->n + j] =
                t && sheet_qty(sh, t, strlen(t), &q, why, sizeof(why)) == 0 ? q : -1;
            if (!price_shape(sh, t, &nb->money[i * nb->n + j], &nb->fine[i * nb->n + j]))
                nb->money[i * nb->n + j] = OD_MONEY_NONE;
        }
    return 0;
}

/* Rows where candidate q x candidate p = candidate a: the price may be
 * finer than a cent ("0.082") and the row's discount in percent, where
 * the table has such a column, taken off ("3" under "Discount %"). */
static size_t arithmetic(const struct sheet *sh, const struct numbers *nb, size_t q, size_t p,
                         size_t a)
{
    size_t n = 0;

    for (size_t i = 0; i < sh->n_items; i++) {
        int64_t qty = nb->qty[i * nb->n + q], pct;
        int64_t per = sheet_price_per(sh, &sh->items[i]) * nb->fine[i * nb->n + p];
        od_money price = nb->money[i * nb->n + p], amt = nb->money[i * nb->n + a], prod, whole;

        if (nb->fine[i * nb->n + a] != 1 || qty <= 0 || price == OD_MONEY_NONE ||
            amt == OD_MONEY_NONE || !od_money_mul(price, qty, &prod) ||
            !od_money_mul(amt, per, &whole))
            continue;
        if (prod == whole) {
            n++;
            continue;
        }
        pct = sheet_row_discount(sh, &sh->items[i], nb->disc);
        prod = (prod + per / 2) / per;
        if (pct > 0 && (sheet_discounted(prod, pct) == amt ||
                        (pct < 100 && sheet_discounted(prod, pct * 100) == amt)))
            n++;
    }
    return n;
}

static int candidate(const struct numbers *nb, int k)
{
    for (size_t j = 0; j < nb->n; j++)
        if ((int)nb->cols[j] == k)
            return (int)j;
    return -1;
}

int sheet_find_role(const struct sheet *sh, enum role r)
{
    for (size_t k = 0; k < sh->n_cols; k++)
        if (sh->cols[k].role == r)
            return (int)k;
    return -1;
}

/* No amount column by the header, and a column no header names that is
 * the header's quantity times its price on every row, two rows at least
 * ("Quantity | Price | Extended", Sage Intacct): the amount column, so
 * that each line's amount is read and checked. */
static void amount_by_values(struct sheet *sh, const struct numbers *nb, int cq, int cp)
{
    for (size_t a = 0; a < nb->n && sh->n_items >= 2; a++)
        if ((int)a != cq && (int)a != cp && sh->cols[nb->cols[a]].role == R_NONE &&
            arithmetic(sh, nb, (size_t)cq, (size_t)cp, a) == sh->n_items) {
            sh->cols[nb->cols[a]].role = R_TOTAL;
            return;
        }
}

/* Give the numeric columns their roles from qty x price = amount, where
 * the header left them open or where the values contradict it. */
int sheet_decide_numbers(struct sheet *sh)
{
    struct numbers nb = {0};
    size_t best = 0;
    int bq = -1, bp = -1, ba = -1, rc;
    int lq = sheet_find_role(sh, R_QTY), lp = sheet_find_role(sh, R_PRICE),
        la = sheet_find_role(sh, R_TOTAL);
    int cq, cp, ca;

    if ((rc = numbers_load(sh, &nb)) < 0 || nb.n < 3)
        goto out;
    cq = candidate(&nb, lq);
    cp = candidate(&nb, lp);
    ca = candidate(&nb, la);
    if (cq >= 0 && cp >= 0 && la < 0) {
        /* no amount column by the header: the header's price is right
         * unless it is the quantity times another column on every row
         * (Sage's "Excl. Price | Net Price": the net price is the
         * line's amount) */
        bool amount = false;

        for (size_t p = 0; p < nb.n && !amount; p++)
            amount = (int)p != cq && (int)p != cp && arithmetic(sh, &nb, cq, p, cp) == sh->n_items;
        if (!amount) {
            amount_by_values(sh, &nb, cq, cp);
            goto out;
        }
    }
    if (cq >= 0 && cp >= 0 && ca >= 0 && arithmetic(sh, &nb, cq, cp, ca) == sh->n_items)
        goto out; /* the header is right */
    for (size_t q = 0; q < nb.n; q++)
        for (size_t p = 0; p < nb.n; p++)
            for (size_t a = 0; a < nb.n; a++) {
                size_t n;

                if (q == p || p == a || q == a)
                    continue;
                n = arithmetic(sh, &nb, q, p, a);
                /* on a tie, prefer the header's own amount column (a
                 * merged "Quantidade" over "caixas | un./cx | unidades"
                 * is a product of its own: caixas x un./cx = unidades,
                 * and unidades x price = the header's Total; "箱数 x
                 * 每箱数量 = 总数量" beside "总数量 x 单价 = 金额"), then
                 * the header's own quantity and price */
                if (n > best || (n == best && n && (int)a == ca && candidate(&nb, ba) != ca) ||
                    (n == best && n && (int)q == cq && (int)p == cp &&
                     ((int)a == ca || candidate(&nb, ba) != ca))) {
                    best = n;
                    bq = (int)nb.cols[q];
                    bp = (int)nb.cols[p];
                    ba = (int)nb.cols[a];
                }
            }
    if (!best || best * 2 < sh->n_items)
        goto out; /* the values say nothing: keep the header's roles */
    if (lq >= 0 && lp >= 0 && bq == lp && bp == lq) {
        /* qty and price are interchangeable in the product: keep the
         * header's reading */
        bq = lq;
        bp = lp;
    } else if (lq < 0 && lp < 0 && sh->items && nb.qty) {
        /* no header for either: the quantity is the whole number */
        int jq = candidate(&nb, bq), jp = candidate(&nb, bp);
        size_t whole_q = 0, whole_p = 0;

        for (size_t i = 0; i < sh->n_items; i++) {
            whole_q += nb.qty[i * nb.n + jq] > 0;
            whole_p += nb.qty[i * nb.n + jp] > 0;
        }
        if (whole_p > whole_q) {
            int t = bq;

            bq = bp;
            bp = t;
        }
    }
    for (size_t k = 0; k < sh->n_cols; k++)
        if ((int)k != bq && (int)k != bp && (int)k != ba &&
            (sh->cols[k].role == R_QTY || sh->cols[k].role == R_PRICE ||
             sh->cols[k].role == R_TOTAL))
            sh->cols[k].role = R_NONE;
    if ((lq >= 0 && lq != bq) || (lp >= 0 && lp != bp) || (la >= 0 && la != ba)) {
        char h[REF_MAX];

        sheet_ref(sh, sh->cols[bq].head, h);
        sheet_doubt(
            sh, "the columns were chosen by arithmetic, not by their headers (quantity under %s)",
            h);
    }
    sh->cols[bq].role = R_QTY;
    sh->cols[bp].role = R_PRICE;
    sh->cols[ba].role = R_TOTAL;
out:
    free(nb.qty);
    free(nb.money);
    free(nb.fine);
    return rc;
}

/* The cell of item row `it` under column k (a column whose cells
 * add_item did not keep), or NULL. */
static const struct od_cell *cell_under(const struct sheet *sh, const struct item *it, size_t k)
{
    struct row_range r = sheet_row_cells(sh->g, it->row);

    for (size_t i = r.a; i < r.z; i++)
        if (sheet_column_of(sh, &sh->g->cells[i]) == (int)k)
            return &sh->g->cells[i];
    return NULL;
}

/* Has t an ASCII letter? */
static bool lettered(const char *t)
{
    for (const char *p = t; *p; p++)
        if ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z'))
            return true;
    return false;
}

/* Item codes under column k: each filled cell a code of letters (or
 * letters and digits, -_./#), one of them at least with a digit, not
 * all the same ("HD-ZA-1506", "HD-ZA-TRAY", "HD-ZA-LBL"). */
/* Numbers of four digits or more, three at least, all different and
 * not in steps of one size ("1100, 1110, 1200": Business Central's item
 * numbers; "10000, 20000, 30000" are its line numbers). */
static bool number_codes(const struct sheet *sh, size_t k)
{
    long long prev = -1, step = 0;
    size_t n = 0;
    bool steady = true;

    for (size_t i = 0; i < sh->n_items; i++) {
        const struct od_cell *c = cell_under(sh, &sh->items[i], k);
        const char *t = c ? c->text : NULL;
        long long v = 0;
        size_t d = t ? strspn(t, "0123456789") : 0;

        if (!t || !*t)
            continue;
        if (d < 4 || d > 12 || t[d])
            return false;
        for (size_t j = 0; j < d; j++)
            v = v * 10 + (t[j] - '0');
        if (n >= 1 && v == prev)
            return false;
        if (n == 1)
            step = v - prev;
        else if (n > 1 && v - prev != step)
            steady = false;
        prev = v;
        n++;
    }
    return n >= 3 && !steady;
}

static bool item_codes(const struct sheet *sh, size_t k)
{
    size_t n = 0, digits = 0;
    const char *first = NULL;
    bool differ = false;

    for (size_t i = 0; i < sh->n_items; i++) {
        const struct od_cell *c = cell_under(sh, &sh->items[i], k);
        const char *t = c ? c->text : NULL;

        if (!t || !*t)
            continue;
        if (!lettered(t) || strspn(t, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
                                      "0123456789-_./#") != strlen(t))
            return false;
        digits += code_shape(t);
        if (first && strcmp(t, first) != 0)
            differ = true;
        if (!first)
            first = t;
        n++;
    }
    return digits && (n == 1 || differ);
}

/* A header that names a line number: "No.", "#", "Nr", "Line No". */
static bool line_number_head(const char *t)
{
    static const char *const words[] = {"no", "#", "nr", "line", "lineno", "序号", NULL};

    return mail_label_among(t, words);
}

/* A table without a SKU column takes it from a column its header calls
 * a line number ("No." in Business Central's lines, "#") when the values
 * are item codes, not 1, 2, 3. 0 or OD_ENOMEM. */
int sheet_codes_column(struct sheet *sh)
{
    if (sheet_find_role(sh, R_SKU) >= 0)
        return 0;
    for (size_t k = 0; k < sh->n_cols; k++) {
        if (sh->cols[k].role != R_IGNORE || !line_number_head(sh->cols[k].head->text) ||
            !(item_codes(sh, k) || number_codes(sh, k)))
            continue;
        for (size_t i = 0; i < sh->n_items; i++) {
            const struct od_cell *c = cell_under(sh, &sh->items[i], k);

            if (!c || sh->items[i].text[k])
                continue;
            if (!(sh->items[i].text[k] = strdup(c->text)))
                return OD_ENOMEM;
            sh->items[i].cell[k] = c;
        }
        sh->cols[k].role = R_SKU;
        break;
    }
    return 0;
}

/* A name as people write it: two words or more, one of them of three
 * lower-case letters at least ("Pepper pouch 50 g", "Gift box"); no
 * code has such a word ("HD-ZA-1506", "BK KT 05"). */
static bool name_shape(const char *t)
{
    bool space = false, word = false;
    size_t lower = 0;

    for (const char *p = t;; p++) {
        if (*p >= 'a' && *p <= 'z') {
            lower++;
            continue;
        }
        word = word || lower >= 3;
        lower = 0;
        if (!*p)
            break;
        space = space || *p == ' ';
    }
    return space && word;
}

/* A SKU column whose values are names, not codes (none a code, most of
 * two words or more: Google Docs' "Item | Specification", "Pepper pouch
 * 50 g" under Item), in a table
 * that has no name column: it is the name column, and a text column
 * beside it (the "Specification") stays the names' spec. A model column
 * (mail_is_model_label) keeps its role. */
static void names_under_sku(struct sheet *sh, int *sku, int *title)
{
    size_t filled = 0, names = 0;

    if (*sku < 0 || *title >= 0 ||
        (sh->cols[*sku].head &&
         mail_is_model_label(sh->cols[*sku].head->text, strlen(sh->cols[*sku].head->text))))
        return;
    for (size_t i = 0; i < sh->n_items; i++) {
        const char *t = sh->items[i].text[*sku];

        if (!t || !*t)
            continue;
        if (code_shape(t))
            return;
        names += name_shape(t);
        filled++;
    }
    if (filled * 2 < sh->n_items || names * 2 <= filled)
        return;
    sh->cols[*sku].role = R_TITLE;
    *title = *sku;
    *sku = -1;
}

/* SKU and name columns without a known header, from their values: a
 * column of codes (with a digit, or of capitals in parts that differ
 * from row to row: "RR-PUSSI", "RR-KASSI") is the SKU, the first column
 * of other text the name. */
/* Every filled cell of column k is a date ("20-Oct-2027" under Tally's
 * "Due on"): a delivery date, neither the SKU nor the name. */
bool sheet_dates_column(const struct sheet *sh, size_t k)
{
    size_t filled = 0;

    for (size_t i = 0; i < sh->n_items; i++) {
        const char *t = sh->items[i].text[k];
        od_time when;
        bool amb;

        if (!t || !t[0])
            continue;
        if (!mail_parse_date_order(sh->s, t, strlen(t), false, &when, &amb))
            return false;
        filled++;
    }
    return filled > 0;
}

void sheet_decide_texts(struct sheet *sh)
{
    int sku = sheet_find_role(sh, R_SKU), title = sheet_find_role(sh, R_TITLE);

    names_under_sku(sh, &sku, &title);

    for (size_t k = 0; k < sh->n_cols; k++) {
        struct col_stats st;

        if (sh->cols[k].role != R_NONE)
            continue;
        stats(sh, k, &st);
        if (!st.filled || st.money == st.filled)
            continue;
        /* a value on the first row alone of three or more (an ERP list
         * exports its order's number, supplier and date so): the
         * order's, not the rows' */
        if (st.filled == 1 && sh->n_items >= 3 && sh->items[0].text[k] && sh->items[0].text[k][0])
            continue;
        if (sheet_dates_column(sh, k))
            continue;
        /* one code on every row of two or more (Dolibarr's "Réf.
         * commande" CF2712-0042 before "Réf. produit"): the order's
         * reference an export repeats, no line's SKU */
        if (sku < 0 && st.code == st.filled && st.filled >= 2 && st.filled * 2 >= sh->n_items &&
            !st.differ)
            continue;
        /* codes with a digit, or codes of which most have one
         * ("BK-KT1", "BK-KT05", "BK-POS"), or capitals in parts that
         * differ ("RR-PUSSI", "RR-KASSI") */
        if (sku < 0 && (st.code == st.filled || (st.code * 2 >= st.filled && item_codes(sh, k)) ||
                        (st.caps == st.filled && st.differ))) {
            sh->cols[k].role = R_SKU;
            sku = (int)k;
        } else if (title < 0 && st.code < st.filled && !(st.caps == st.filled && st.differ)) {
            sh->cols[k].role = R_TITLE;
            title = (int)k;
        }
    }
}
