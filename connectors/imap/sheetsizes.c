/* Sizes across the columns (sheet_int.h): an item table whose columns
 * are one product's sizes ("6寸 | 8寸 | 10寸" with a price row under the
 * header, or "小号数量 | 小号单价 | 中号数量 | 中号单价"), one row per
 * product and one amount per row. A clerk keys one line per size with a
 * quantity: the name and the size, the code and the size. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "error.h"
#include "sheet_int.h"

#define MAX_SIZES 12

/* Size words and the letter a code takes for them. */
static const struct {
    const char *word, *code;
} size_words[] = {
    {"特小号", "XS"}, {"特大号", "XL"}, {"加大号", "XL"}, {"超大号", "XXL"}, {"小号", "S"},
    {"中号", "M"},    {"大号", "L"},    {"小码", "S"},    {"中码", "M"},     {"大码", "L"},
    {"XS", "XS"},     {"S", "S"},       {"M", "M"},       {"L", "L"},        {"XL", "XL"},
    {"XXL", "XXL"},   {"XXXL", "XXXL"},
};

/* Units after a size's number ("6寸", "30cm", "500ml"). */
static const char *const size_units[] = {"寸", "英寸", "码", "号", "cm",
                                         "mm", "ml",   "L",  "oz", NULL};

/* t[0..n) is a size: a size word, or a number with a size's unit. The
 * code it gives a SKU goes to `code` ("S", "6"). */
static bool size_shape(const char *t, size_t n, char code[8])
{
    size_t d = 0;

    for (size_t i = 0; i < sizeof(size_words) / sizeof(size_words[0]); i++)
        if (strlen(size_words[i].word) == n && memcmp(t, size_words[i].word, n) == 0) {
            snprintf(code, 8, "%s", size_words[i].code);
            return true;
        }
    while (d < n && ((t[d] >= '0' && t[d] <= '9') || (d && t[d] == '.')))
        d++;
    if (d == 0 || d > 5 || t[d - 1] == '.')
        return false;
    for (size_t i = 0; size_units[i]; i++)
        if (strlen(size_units[i]) == n - d && memcmp(t + d, size_units[i], n - d) == 0) {
            snprintf(code, 8, "%.*s", (int)d, t);
            return true;
        }
    return false;
}

/* A size column's header: the size alone (its quantities), or the size
 * and 数量 / 单价 after it ("小号数量", "S Qty"). Sets *len to the size's
 * length and *role to R_QTY or R_PRICE. */
static bool size_head(const char *t, size_t *len, enum role *role, char code[8])
{
    static const struct {
        const char *word;
        enum role role;
    } suffix[] = {{"数量", R_QTY}, {"數量", R_QTY},     {"单价", R_PRICE}, {"單價", R_PRICE},
                  {" Qty", R_QTY}, {" Price", R_PRICE}, {" qty", R_QTY},   {" price", R_PRICE}};
    size_t n = strlen(t);

    for (size_t i = 0; i < sizeof(suffix) / sizeof(suffix[0]); i++) {
        size_t k = strlen(suffix[i].word);

        if (n > k && memcmp(t + n - k, suffix[i].word, k) == 0 && size_shape(t, n - k, code)) {
            *len = n - k;
            *role = suffix[i].role;
            return true;
        }
    }
    if (!size_shape(t, n, code))
        return false;
    *len = n;
    *role = R_QTY;
    return true;
}

bool sheet_size_head(const char *t)
{
    size_t len;
    enum role role;
    char code[8];

    return size_head(t, &len, &role, code) && role == R_QTY;
}

struct size_group {
    char word[48], code[8];
    int qty, price;     /* columns, or -1 */
    od_money row_price; /* from the price row, else OD_MONEY_NONE */
    const struct od_cell *price_cell;
};

/* "HD-YF-01" and "S": "HD-YF-01-S"; "HD-DG-T" and "6": "HD-DG-T6". */
static int size_sku(struct od_line *l, const char *base, const char *code)
{
    char buf[160];
    size_t n = strlen(base);
    bool digit = n && base[n - 1] >= '0' && base[n - 1] <= '9';

    snprintf(buf, sizeof(buf), "%s%s%s", base, digit ? "-" : "", code);
    return od_str_set(&l->sku, buf, strlen(buf));
}

static int size_title(struct od_line *l, const char *name, const char *word)
{
    char buf[512];

    snprintf(buf, sizeof(buf), "%s%s%s", name ? name : "", name ? " " : "", word);
    return od_str_set(&l->title, buf, strlen(buf));
}

/* The groups of size columns; their count (0 when the table has fewer
 * than two sizes with a quantity column). */
static size_t find_groups(const struct sheet *sh, struct size_group *gr)
{
    size_t n = 0;

    for (size_t k = 0; k < sh->n_cols; k++) {
        const char *t = sh->cols[k].head ? sh->cols[k].head->text : NULL;
        size_t len, j;
        enum role role;
        char code[8];

        if (!t || !size_head(t, &len, &role, code) || len >= sizeof(gr[0].word))
            continue;
        for (j = 0; j < n; j++)
            if (strlen(gr[j].word) == len && memcmp(gr[j].word, t, len) == 0)
                break;
        if (j == n) {
            if (n == MAX_SIZES)
                return 0;
            memset(&gr[n], 0, sizeof(gr[n]));
            memcpy(gr[n].word, t, len);
            snprintf(gr[n].code, sizeof(gr[n].code), "%s", code);
            gr[n].qty = gr[n].price = -1;
            gr[n].row_price = OD_MONEY_NONE;
            n++;
        }
        if (role == R_QTY && gr[j].qty < 0)
            gr[j].qty = (int)k;
        else if (role == R_PRICE && gr[j].price < 0)
            gr[j].price = (int)k;
        else
            return 0; /* a size twice: no matrix */
    }
    for (size_t j = 0; j < n; j++)
        if (gr[j].qty < 0)
            return 0;
    return n >= 2 ? n : 0;
}

/* The row under the header that gives each size's price ("单价（元/个）
 * | | 2.8 | 3.6 | 4.9"): its first cell labels a price. -1 when none. */
static int price_row(struct sheet *sh, struct size_group *gr, size_t ng)
{
    for (size_t i = 0; i < sh->n_items && i < 3; i++) {
        const struct item *it = &sh->items[i];
        size_t got = 0;

        if (!it->first || sheet_column_role(sh, it->first->text) != R_PRICE)
            continue;
        for (size_t j = 0; j < ng; j++) {
            const char *t = it->text[gr[j].qty];

            if (gr[j].price >= 0 || !t)
                continue;
            if (sheet_amount(sh, t, strlen(t), &gr[j].row_price) != 0)
                return -1;
            gr[j].price_cell = it->cell[gr[j].qty];
            got++;
        }
        return got ? (int)i : -1;
    }
    return -1;
}

int sheet_size_matrix(struct sheet *sh, bool *done)
{
    struct size_group gr[MAX_SIZES];
    size_t ng;
    int ks = sheet_find_role(sh, R_SKU), kt = sheet_find_role(sh, R_TITLE),
        ka = sheet_find_role(sh, R_TOTAL), pr = -1;
    char sample[160] = "";

    *done = false;
    if (sh->virtual_head || (ks < 0 && kt < 0) || !(ng = find_groups(sh, gr)))
        return 0;
    for (size_t j = 0; j < ng; j++)
        if (gr[j].price < 0 && pr < 0 && (pr = price_row(sh, gr, ng)) < 0)
            return 0; /* a size without a price column and no price row */
    *done = true;
    for (size_t i = 0; i < sh->n_items && !sh->bad; i++) {
        const struct item *it = &sh->items[i];
        od_money sum = 0, amt;
        size_t lines = 0;
        char r[REF_MAX];

        if ((int)i == pr)
            continue;
        for (size_t j = 0; j < ng && !sh->bad; j++) {
            const char *qt = it->text[gr[j].qty],
                       *pt = gr[j].price >= 0 ? it->text[gr[j].price] : NULL;
            od_money price = gr[j].row_price, prod;
            struct od_line *l;
            char why[128], path[64];
            int64_t qty;
            size_t li = sh->o->n_lines;

            if (!qt || !qt[strspn(qt, " 0.,")])
                continue; /* this size is not ordered */
            sheet_ref(sh, it->cell[gr[j].qty], r);
            if (sheet_qty(sh, qt, strlen(qt), &qty, why, sizeof(why)) != 0) {
                sheet_fail(sh, "%s: %s", r, why);
                break;
            }
            if (pt && sheet_amount(sh, pt, strlen(pt), &price) != 0) {
                sheet_ref(sh, it->cell[gr[j].price], r);
                sheet_fail(sh, "%s: unit price '%s' is not an amount", r, pt);
                break;
            }
            if (price == OD_MONEY_NONE) {
                sheet_fail(sh, "%s: no unit price for %s", r, gr[j].word);
                break;
            }
            if (!od_money_mul(price, qty, &prod) || !od_money_add(sum, prod, &sum)) {
                sheet_fail(sh, "%s: the amount overflows", r);
                break;
            }
            if (od_order_add_line(sh->o, &l) < 0)
                return OD_ENOMEM;
            l->qty = qty;
            l->unit_price = od_price_from_money(price);
            l->total = prod;
            if ((ks >= 0 && it->text[ks] && size_sku(l, it->text[ks], gr[j].code) < 0) ||
                size_title(l, kt >= 0 ? it->text[kt] : NULL, gr[j].word) < 0)
                return OD_ENOMEM;
            if (!sample[0] && l->sku)
                snprintf(sample, sizeof(sample), "%s", l->sku);
            snprintf(path, sizeof(path), "lines[%zu].qty", li);
            sheet_source(sh, path, it->cell[gr[j].qty]);
            snprintf(path, sizeof(path), "lines[%zu].unit_price", li);
            sheet_source(sh, path, pt ? it->cell[gr[j].price] : gr[j].price_cell);
            lines++;
        }
        if (sh->bad)
            break;
        if (!lines) {
            sheet_ref(sh, it->first, r);
            sheet_doubt(sh, "%s: a row with no quantity under any size was left out", r);
            continue;
        }
        if (ka >= 0 && it->text[ka] &&
            sheet_amount(sh, it->text[ka], strlen(it->text[ka]), &amt) == 0 && amt != sum) {
            char a[OD_MONEY_STRLEN], b[OD_MONEY_STRLEN];

            sheet_ref(sh, it->cell[ka], r);
            sheet_doubt(sh, "%s: amount %s is not the sizes' %s", r, od_money_format(amt, a),
                        od_money_format(sum, b));
        }
    }
    if (!sh->bad && sh->o->n_lines)
        sheet_doubt(sh,
                    "the table lists sizes across its columns (%s, %s …): one line per size, "
                    "each SKU made of the row's code and the size (%s): check them",
                    gr[0].word, gr[1].word, sample[0] ? sample : "no code");
    return 0;
}
