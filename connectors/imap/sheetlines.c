/* The order lines of an item table and its checks (sheet_int.h): a row
 * whose quantity or price cannot be read refuses the order; an amount
 * that is not quantity x price, or a stated total that is not the sum of
 * the lines with the charges, holds it with a doubt. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "error.h"
#include "sheet_int.h"
#include "textread.h"

/* The rightmost amount of an item row without a quantity: a totals
 * row under another name. Sets the stated total from it. */
static bool last_amount(struct sheet *sh, const struct item *it)
{
    for (size_t k = sh->n_cols; k-- > 0;) {
        od_money m;

        if (!it->text[k])
            continue;
        if (sheet_amount(sh, it->text[k], strlen(it->text[k]), &m) != 0)
            return false;
        sh->stated_total = m;
        sh->total_cell = it->cell[k];
        sheet_ref(sh, it->cell[k], sh->total_ref);
        return true;
    }
    return false;
}

/* `m` less `pct` hundredths of a percent, to the cent. */
/* "HD-MK-0001 记号笔" in the SKU cell and no name: a short name set close
 * to the code ran into the SKU column (a PDF's columns are guessed from
 * where the text stands); the code is the first word, the name the rest. */
static int split_code_name(struct od_line *l)
{
    const char *s = l->sku;
    size_t n = strlen(s), w = 0, r;

    while (w < n && s[w] != ' ' && s[w] != '\t')
        w++;
    r = w;
    while (r < n && (s[r] == ' ' || s[r] == '\t'))
        r++;
    if (w == n || r == n || !tr_code_like(s, w))
        return 0;
    if (od_str_set(&l->title, s + r, n - r) < 0)
        return OD_ENOMEM;
    l->sku[w] = '\0';
    return 0;
}

/* "[HD-CT-0401] Mailer box 30x20x8 white" in the name and no SKU: an
 * ERP's display name (Odoo) with the product's code in brackets first. */
static int split_bracket_code(struct od_line *l)
{
    const char *s = l->title, *close = strchr(s, ']');
    size_t k, r;

    if (s[0] != '[' || !close || (k = (size_t)(close - s - 1)) == 0 || !tr_code_like(s + 1, k))
        return 0;
    r = (size_t)(close - s) + 1;
    while (s[r] == ' ')
        r++;
    if (!s[r] || od_str_set(&l->sku, s + 1, k) < 0)
        return s[r] ? OD_ENOMEM : 0;
    memmove(l->title, s + r, strlen(s + r) + 1);
    return 0;
}

/* "[EMB-01] Boîte pâtisserie 1 kg" in the SKU column (Odoo's Article)
 * beside a Description column: the code in brackets is the SKU, and
 * the name after it heads the title, the description after one space
 * (the clerk keys name + " " + spec). "[EMB-01]" alone is the code. */
static int split_bracket_sku(struct od_line *l)
{
    const char *s = l->sku, *close = strchr(s, ']');
    size_t k, r, n, m;
    char *v;

    if (s[0] != '[' || !close || (k = (size_t)(close - s - 1)) == 0 || !tr_code_like(s + 1, k))
        return 0;
    r = (size_t)(close - s) + 1;
    while (s[r] == ' ')
        r++;
    n = strlen(s + r);
    m = l->title ? strlen(l->title) : 0;
    if (n) {
        v = malloc(n + 1 + m + 1);
        if (!v)
            return OD_ENOMEM;
        memcpy(v, s + r, n);
        v[n] = m ? ' ' : '\0';
        if (m)
            memcpy(v + n + 1, l->title, m + 1);
        free(l->title);
        l->title = v;
    }
    memmove(l->sku, s + 1, k);
    l->sku[k] = '\0';
    return 0;
}

od_money sheet_discounted(od_money m, int64_t pct)
{
    __int128 v = (__int128)m * (10000 - pct);

    return (od_money)((v + (v >= 0 ? 5000 : -5000)) / 10000);
}

/* A quantity cell left blank or at 0. */
static bool no_count(const char *t)
{
    return !t || (t[strspn(t, " ")] && strspn(t, " 0.,") == strlen(t));
}

/* An order form made from a catalogue (the seller's template, a price
 * list with a quantity column to fill in): the rows the buyer left at no
 * quantity, and so at no amount, are no order lines. They are dropped
 * when another row has a quantity; a table with none keeps them, and
 * fails on them below. The order is held: a row left blank by mistake
 * looks the same. */
static void drop_unordered(struct sheet *sh, int kq, int ka)
{
    size_t kept = 0, counted = 0;
    char first[REF_MAX] = "";

    for (size_t i = 0; i < sh->n_items; i++)
        counted += !no_count(sh->items[i].text[kq]);
    if (!counted || counted == sh->n_items)
        return;
    for (size_t i = 0; i < sh->n_items; i++) {
        struct item *it = &sh->items[i];
        od_money amt = 0;
        bool drop = no_count(it->text[kq]) &&
                    (ka < 0 || !it->text[ka] ||
                     (sheet_amount(sh, it->text[ka], strlen(it->text[ka]), &amt) == 0 && amt == 0));

        if (!drop) {
            sh->items[kept++] = *it;
            continue;
        }
        if (!first[0])
            sheet_ref(sh, it->cell[kq] ? it->cell[kq] : it->first, first);
        for (size_t k = 0; k < MAX_COLS; k++)
            free(it->text[k]);
    }
    if (kept < sh->n_items)
        sheet_doubt(sh,
                    "%s: %zu of the table's %zu rows have no quantity and were left out (an "
                    "order form filled in from a catalogue?)",
                    first, sh->n_items - kept, sh->n_items);
    sh->n_items = kept;
}

/* Another item row than `i` has a price or an amount. */
static bool priced_elsewhere(const struct sheet *sh, size_t i, int kp, int ka)
{
    for (size_t j = 0; j < sh->n_items; j++)
        if (j != i && ((kp >= 0 && sh->items[j].text[kp]) || (ka >= 0 && sh->items[j].text[ka])))
            return true;
    return false;
}

/* A cell that describes an item rather than naming a colour or a size
 * letter: words and a measure or several words ("25 lb, wax-free, 5-ply",
 * "6枚 开窗", "holds 6 bars", "60 κουτιά"): a letter (of any script)
 * and a digit, or two words. An
 * amount, a date or a code alone is none. */
static bool describes(const struct sheet *sh, const char *t)
{
    bool letter = false, digit = false, space = false;
    od_money m;

    if (sheet_amount(sh, t, strlen(t), &m) == 0 || mail_spec_code(t, strlen(t)))
        return false;
    for (const unsigned char *p = (const unsigned char *)t; *p; p++) {
        if (*p >= '0' && *p <= '9')
            digit = true;
        else if ((*p | 0x20) >= 'a' && (*p | 0x20) <= 'z')
            letter = true;
        else if (*p >= 0xC3) /* the lead byte of a letter beyond ASCII: "κουτιά", an ideograph */
            letter = true;
        else if ((*p == ' ' || *p == ',') && p != (const unsigned char *)t && p[1] && p[1] != ' ')
            space = true;
    }
    return letter && (digit || space);
}

/* A colour's or a brand's header: such a column stays out of the title. */
static bool colour_or_brand(const char *t)
{
    static const char *const words[] = {"颜色",   "顏色",  "色号",  "品牌",
                                        "colour", "color", "brand", NULL};

    return mail_label_among(t, words);
}

/* A colour's or a size's header ("颜色", "Color", "尺码", "Size"): a
 * column of the item's variant (variant_columns()). */
static bool variant_head(const char *t)
{
    static const char *const words[] = {"颜色", "顏色", "色号", "colour", "color",
                                        "尺码", "尺碼", "size", NULL};

    return mail_label_among(t, words);
}

static int cmp_key(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* How many different titles the item rows with a name have when the
 * columns cols[0..n) are joined; -1 when out of memory. */
static long distinct_titles(const struct sheet *sh, const int *cols, size_t n)
{
    char **keys = calloc(sh->n_items ? sh->n_items : 1, sizeof(*keys));
    size_t m = 0;
    long d = 0;

    if (!keys)
        return -1;
    for (size_t i = 0; i < sh->n_items; i++) {
        const struct item *it = &sh->items[i];
        size_t len = 1;
        char *k;

        if (!it->text[cols[0]] || !it->text[cols[0]][0])
            continue;
        for (size_t c = 0; c < n; c++)
            len += (it->text[cols[c]] ? strlen(it->text[cols[c]]) : 0) + 1;
        k = malloc(len);
        if (!k) {
            d = -1;
            goto out;
        }
        len = 0;
        for (size_t c = 0; c < n; c++) {
            const char *t = it->text[cols[c]] ? it->text[cols[c]] : "";
            size_t tn = strlen(t);

            memcpy(k + len, t, tn);
            len += tn;
            k[len++] = '\x1f';
        }
        k[len] = '\0';
        keys[m++] = k;
    }
    qsort(keys, m, sizeof(*keys), cmp_key);
    for (size_t j = 0; j < m; j++)
        d += j == 0 || strcmp(keys[j - 1], keys[j]) != 0;
out:
    for (size_t j = 0; j < m; j++)
        free(keys[j]);
    free(keys);
    return d;
}

/* The colour and size columns joined to the titles, into vk[]
 * (VARIANT_MAX at most); their count, or -1 when out of memory. None
 * while the names (with their specification) tell every row apart, as a
 * catalogue's 颜色 column beside "手提纸袋 中号 白卡"; else, left to
 * right, each column that tells more rows apart ("Poly garment bag" in
 * Black and Clear, then S, M and L), until every row is told apart. A
 * clerk keys what tells the lines apart, and no more. */
#define VARIANT_MAX 3
static int variant_columns(const struct sheet *sh, int kt, int km, int *vk)
{
    int cols[2 + VARIANT_MAX];
    size_t n = 0, named = 0;
    int nv = 0;
    long d;

    if (kt < 0)
        return 0;
    cols[n++] = kt;
    if (km >= 0)
        cols[n++] = km;
    for (size_t i = 0; i < sh->n_items; i++)
        named += sh->items[i].text[kt] && sh->items[i].text[kt][0];
    if ((d = distinct_titles(sh, cols, n)) < 0)
        return -1;
    for (size_t k = 0; k < sh->n_cols && nv < VARIANT_MAX && (size_t)d < named; k++) {
        long e;

        if ((int)k == kt || (int)k == km || sh->cols[k].role != R_NONE || !sh->cols[k].head ||
            !variant_head(sh->cols[k].head->text))
            continue;
        cols[n] = (int)k;
        if ((e = distinct_titles(sh, cols, n + 1)) < 0)
            return -1;
        if (e > d) {
            vk[nv++] = (int)k;
            n++;
            d = e;
        }
    }
    return nv;
}

/* The column right of the name column whose header no list knows
 * ("Size", "Configuration", "Storlek", "Presentación") and whose every
 * filled cell describes the item (describes()): the sender's own word
 * for the specification; -1 when there is none. A colour or size
 * letter column ("Black", "XL") is none. */
static int described_column(const struct sheet *sh, int kt)
{
    size_t k = (size_t)kt + 1, filled = 0;
    const char *first = NULL;
    bool differ = false;

    if (k >= sh->n_cols || sh->cols[k].role != R_NONE || !sh->cols[k].head ||
        sheet_column_role(sh, sh->cols[k].head->text) != R_NONE ||
        sheet_size_head(sh->cols[k].head->text) || colour_or_brand(sh->cols[k].head->text) ||
        sheet_dates_column(sh, k))
        return -1;
    for (size_t i = 0; i < sh->n_items; i++) {
        const char *t = sh->items[i].text[k];

        if (!t || !t[0])
            continue;
        if (!describes(sh, t))
            return -1;
        differ = differ || (first && strcmp(first, t) != 0);
        first = first ? first : t;
        filled++;
    }
    /* one value on every row is a place or a batch ("CITRUSDAL"), not
     * the items' specifications */
    return filled * 2 >= sh->n_items && filled && (filled == 1 || differ) ? (int)k : -1;
}

/* Column k, a second name column right after the name column kt
 * ("Product/Service | Memo/Description", "Product | Description"),
 * adds words to every name: filled on each row that has a name, and
 * never repeating its row's name nor held in it ("Chip bag 150 g" and
 * "Metallised, 4-col"; not "Chip bag" and "Chip bag 150 g
 * metallised"). */
static bool adds_to_names(const struct sheet *sh, size_t k, int kt)
{
    if (k != (size_t)kt + 1)
        return false;
    for (size_t i = 0; i < sh->n_items; i++) {
        const char *n = sh->items[i].text[kt], *d = sh->items[i].text[k];

        if (!n || !n[0])
            continue;
        if (!d || !d[0] || strcasestr(d, n) || strcasestr(n, d))
            return false;
    }
    return sh->n_items > 0;
}

/* A second name column right of the name column whose header names the
 * specification among other words ("颜色及规格" right of "商品名称",
 * "规格名称" right of "货品名称"): the header reads as a name's, so the
 * first name column took the role and this one was left without. */
static bool second_spec_name(const struct sheet *sh, size_t k, int kt)
{
    const char *t = sh->cols[k].head->text;

    if ((int)k <= kt || sheet_column_role(sh, t) != R_TITLE)
        return false;
    return strstr(t, "规格") || strstr(t, "規格") || strcasestr(t, "spec") ||
           adds_to_names(sh, k, kt);
}

/* A column headed by a specification label (规格, 规格型号, Model: see
 * mail_is_spec_label) that is not the SKU, beside a name column
 * ("吸塑托盘" and "刹车片 PET 0.8mm"), or a second name column that
 * names the specification (second_spec_name), else one whose values say
 * so (described_column); -1 when none. */
static int spec_column(const struct sheet *sh, int kt)
{
    for (size_t k = 0; kt >= 0 && k < sh->n_cols; k++)
        if (sh->cols[k].role == R_NONE && sh->cols[k].head &&
            (mail_is_spec_label(sh->cols[k].head->text, strlen(sh->cols[k].head->text)) ||
             second_spec_name(sh, k, kt)))
            return (int)k;
    return kt >= 0 ? described_column(sh, kt) : -1;
}

/* Does the specification `spec` (m bytes) start with the whole name
 * `name` (n bytes), then end or go on after a space or a mark: a
 * description that repeats the product's name ("Spice jar 250 g" and
 * "Spice jar 250 g, PET, red cap", as Odoo exports Product and
 * Description)? */
static bool spec_repeats_name(const char *spec, size_t m, const char *name, size_t n)
{
    if (n == 0 || m < n || memcmp(spec, name, n) != 0)
        return false;
    return m == n || strchr(" ,;:/(-", spec[n]) != NULL;
}

/* The line's title is the name and the specification, one space
 * between, each trimmed; the name alone when the spec cell is empty or
 * a dash; the specification alone when it starts with the whole name
 * (spec_repeats_name). A code first in the spec cell of a row without
 * SKU ("HD-SF-5023 50cm 净重3kg/卷") is the SKU. */
static int join_spec(struct od_line *l, const char *spec)
{
    const char *code;
    size_t n, m, code_n;
    char *v;

    if (!spec || !l->title || !l->title[0])
        return 0;
    m = strlen(spec);
    if (!mail_spec_part(&spec, &m, l->sku ? NULL : &code, &code_n))
        return 0;
    if (!l->sku && code_n && od_str_set(&l->sku, code, code_n) < 0)
        return OD_ENOMEM;
    n = strlen(l->title);
    if (spec_repeats_name(spec, m, l->title, n))
        return od_str_set(&l->title, spec, m) < 0 ? OD_ENOMEM : 0;
    v = realloc(l->title, n + 1 + m + 1);
    if (!v)
        return OD_ENOMEM;
    v[n] = ' ';
    memcpy(v + n + 1, spec, m);
    v[n + 1 + m] = '\0';
    l->title = v;
    return 0;
}

/* A model column (规格型号, Model) joined to the names still holds the
 * order, in a PDF table and in a sheet: until checks catch a ship-to
 * name or a buyer left unread beside such a table (fresh4/h196,
 * fresh5/h233, fresh9/h388), the doubt is what keeps such an order from
 * being stored wrongly clean. A plain 规格/Spec column is joined without. */
static void model_doubt(struct sheet *sh, int km)
{
    char r[REF_MAX];

    if (km < 0 || !mail_is_model_label(sh->cols[km].head->text, strlen(sh->cols[km].head->text)))
        return;
    for (size_t i = 0; i < sh->n_items; i++)
        if (sh->items[i].text[km]) {
            sheet_ref(sh, sh->cols[km].head, r);
            sheet_doubt(sh,
                        "%s: a model column (%s) is joined to the names: check the names and "
                        "the order",
                        r, sh->cols[km].head->text);
            return;
        }
}

int sheet_make_lines(struct sheet *sh)
{
    int kq = sheet_find_role(sh, R_QTY), kp = sheet_find_role(sh, R_PRICE),
        ka = sheet_find_role(sh, R_TOTAL);
    int ks = sheet_find_role(sh, R_SKU), kt = sheet_find_role(sh, R_TITLE);
    int kd = sheet_find_role(sh, R_DISC), km = spec_column(sh, kt);
    int vk[VARIANT_MAX], nv;
    bool grouped;

    if (kq < 0) {
        sheet_fail(sh, "the item table (row %u) has no quantity column", sh->head_row + 1);
        return 0;
    }
    if (kp < 0 && ka < 0) {
        sheet_fail(sh, "the item table (row %u) has no price column", sh->head_row + 1);
        return 0;
    }
    if (pdfq_split_qty_title(sh, kq, kt) < 0)
        return OD_ENOMEM;
    drop_unordered(sh, kq, ka);
    grouped = commaqty_grouped(sh, kq, kp, ka, kd);
    model_doubt(sh, km);
    if ((nv = variant_columns(sh, kt, km, vk)) < 0)
        return OD_ENOMEM;
    for (size_t i = 0; i < sh->n_items && !sh->bad; i++) {
        struct item *it = &sh->items[i];
        struct od_line *l;
        char r[REF_MAX], why[200], path[64];
        int64_t qty, per, fine = 1, pct;
        od_money price = OD_MONEY_NONE, amt = OD_MONEY_NONE, prod, whole = 0;
        od_money per_price = OD_MONEY_NONE;
        size_t li;

        sheet_ref(sh, it->cell[kq] ? it->cell[kq] : it->first, r);
        if (!it->text[kq] && i > 0 && i + 1 == sh->n_items && sh->stated_total == OD_MONEY_NONE &&
            last_amount(sh, it)) {
            break; /* a totals row whose label no list knows ("Summe"): checked below */
        }
        if (!it->text[kq] && sheet_skip_row(sh, it, kq, "no quantity"))
            continue;
        if (!it->text[kq]) {
            sheet_fail(sh, "%s: no quantity", r);
            break;
        }
        if (grouped && commaqty_read(it->text[kq], &qty) == 0)
            ; /* "12,000" beside "3,90": a count of thousands (commaqty.c) */
        else if (sheet_qty(sh, it->text[kq], strlen(it->text[kq]), &qty, why, sizeof(why)) != 0 &&
                 sheet_skip_row(sh, it, kq, why))
            continue;
        else if (sheet_qty(sh, it->text[kq], strlen(it->text[kq]), &qty, why, sizeof(why)) != 0) {
            sheet_fail(sh, "%s: %s", r, why);
            break;
        }
        if (kp >= 0 && it->text[kp] &&
            sheet_amount(sh, it->text[kp], strlen(it->text[kp]), &price) != 0 &&
            sheet_fine_price(sh, it->text[kp], &price, &fine) != 0 &&
            sheet_basis_fine(sh, it->text[kp], &price, &fine) != 0 &&
            sheet_price_from_amount(sh, it, kp, ka, qty, &price, &fine) != 0) {
            sheet_ref(sh, it->cell[kp], r);
            sheet_fail(sh, "%s: unit price '%s' is not an amount", r, it->text[kp]);
            break;
        }
        if (ka >= 0 && it->text[ka] &&
            sheet_amount(sh, it->text[ka], strlen(it->text[ka]), &amt) != 0) {
            sheet_ref(sh, it->cell[ka], r);
            sheet_fail(sh, "%s: amount '%s' is not an amount", r, it->text[ka]);
            break;
        }
        per = sheet_price_per(sh, it) * fine;
        sheet_unit_thousand(sh, it, qty, price, amt, &per);
        if (per > 1 && price != OD_MONEY_NONE) {
            /* a price per N pieces (SAP's "Per" 1000, "Price/1000"): the
             * unit price is price / N; the amount is checked against
             * qty x price / N in whole cents */
            char pr[OD_MONEY_STRLEN];

            per_price = price;
            price = (per_price + per / 2) / per;
            if (per_price * OD_PRICE_PER_MINOR % per == 0) {
                /* exact to 1/10000: "0.075", "12.50 per 1000"; a doubt
                 * all the same, as the text readers' (tr_exact_price) */
                if (per_price % per != 0 && fine > 1) {
                    sheet_ref(sh, it->cell[kp], r);
                    sheet_doubt(sh,
                                "%s: unit price '%s' is finer than a cent: stored exactly, the "
                                "amounts rounded from it to be checked",
                                r, it->text[kp]);
                }
            } else if (per_price % per != 0 && fine > 1) {
                sheet_ref(sh, it->cell[kp], r);
                sheet_doubt(sh, "%s: unit price '%s' is finer than a cent; %s taken", r,
                            it->text[kp], od_money_format(price, pr));
            } else if (per_price % per != 0) {
                sheet_ref(sh, it->cell[kp], r);
                sheet_doubt(sh, "%s: price %s per %lld is not a whole cent a piece", r,
                            od_money_format(per_price, pr), (long long)per);
            }
        }
        if (price == OD_MONEY_NONE && amt == OD_MONEY_NONE && priced_elsewhere(sh, i, kp, ka)) {
            /* "Shrink wrap - may you donate 20 rolls?": a row with a
             * count and no price among priced rows is no line the
             * buyer priced; it is left out and the order held */
            sheet_doubt(sh, "%s: a row with a quantity and no price or amount was left out: %s", r,
                        it->text[kt >= 0 && it->text[kt] ? kt : kq]);
            continue;
        }
        if (price == OD_MONEY_NONE) {
            if (amt == OD_MONEY_NONE || amt % qty != 0) {
                sheet_fail(sh, "%s: no unit price", r);
                break;
            }
            price = amt / qty;
        }
        li = sh->o->n_lines;
        if (od_order_add_line(sh->o, &l) < 0)
            return OD_ENOMEM;
        l->qty = qty;
        l->unit_price = od_price_from_money(price);
        if (per_price != OD_MONEY_NONE && per_price * OD_PRICE_PER_MINOR % per == 0)
            l->unit_price.e4 = per_price * OD_PRICE_PER_MINOR / per;
        if (ks >= 0 && it->text[ks] && od_str_set(&l->sku, it->text[ks], strlen(it->text[ks])) < 0)
            return OD_ENOMEM;
        if (kt >= 0 && it->text[kt] &&
            od_str_set(&l->title, it->text[kt], strlen(it->text[kt])) < 0)
            return OD_ENOMEM;
        if (l->sku && split_bracket_sku(l) < 0)
            return OD_ENOMEM;
        if (l->sku && (!l->title || !l->title[0]) && split_code_name(l) < 0)
            return OD_ENOMEM;
        if (!l->sku && l->title && split_bracket_code(l) < 0)
            return OD_ENOMEM;
        if (km >= 0 && join_spec(l, it->text[km]) < 0)
            return OD_ENOMEM;
        for (int v = 0; v < nv; v++)
            if (join_spec(l, it->text[vk[v]]) < 0)
                return OD_ENOMEM;
        if (!l->sku && !l->title)
            sheet_doubt(sh, "%s: an item without SKU or name", r);
        snprintf(path, sizeof(path), "lines[%zu].qty", li);
        sheet_source(sh, path, it->cell[kq]);
        if (kp >= 0) {
            snprintf(path, sizeof(path), "lines[%zu].unit_price", li);
            sheet_source(sh, path, it->cell[kp]);
        }
        if (ks >= 0) {
            snprintf(path, sizeof(path), "lines[%zu].sku", li);
            sheet_source(sh, path, it->cell[ks]);
        }
        if (kt >= 0) {
            snprintf(path, sizeof(path), "lines[%zu].title", li);
            sheet_source(sh, path, it->cell[kt]);
        }
        if (!od_money_mul(price, qty, &prod) ||
            (per_price != OD_MONEY_NONE && !od_money_mul(per_price, qty, &whole))) {
            sheet_fail(sh, "%s: the amount overflows", r);
            break;
        }
        if (per_price != OD_MONEY_NONE) {
            /* qty x price / N, to the cent; the amount must be it */
            prod = (whole + per / 2) / per;
            pct = sheet_row_discount(sh, it, kd);
            if (amt != OD_MONEY_NONE &&
                (!od_money_mul(amt, per, &per_price) || per_price != whole) &&
                !(pct > 0 && (sheet_discounted(prod, pct) == amt ||
                              (pct < 100 && sheet_discounted(prod, pct * 100) == amt))))
                prod = OD_MONEY_NONE; /* reported below as not qty x price (less the discount) */
        }
        pct = sheet_row_discount(sh, it, kd);
        if (pct > 0 && prod != OD_MONEY_NONE) {
            /* "Disc. % 5": the amount is qty x price less 5 % */
            od_money net = sheet_discounted(prod, pct);

            if (amt != OD_MONEY_NONE && amt != net && pct < 100)
                net = sheet_discounted(prod, pct * 100); /* "0.05": a fraction */
            if (amt == OD_MONEY_NONE || amt == net) {
                l->discount = prod - net;
                prod = net;
            }
        }
        if (amt != OD_MONEY_NONE) {
            snprintf(path, sizeof(path), "lines[%zu].total", li);
            sheet_source(sh, path, it->cell[ka]);
            if (prod == OD_MONEY_NONE) {
                char a[OD_MONEY_STRLEN], p[OD_MONEY_STRLEN];

                prod = amt;
                sheet_ref(sh, it->cell[ka], r);
                if (fine > 1 && per == fine) /* the price as written: "0.048" */
                    sheet_doubt(sh, "%s: amount %s is not %lld x %s", r, od_money_format(amt, a),
                                (long long)qty, od_price_format(l->unit_price, p));
                else
                    sheet_doubt(sh, "%s: amount %s is not %lld x the price per %lld", r,
                                od_money_format(amt, a), (long long)qty, (long long)per);
            } else if (amt != prod) {
                char a[OD_MONEY_STRLEN], p[OD_MONEY_STRLEN];

                sheet_ref(sh, it->cell[ka], r);
                sheet_doubt(sh, "%s: amount %s is not %lld x %s", r, od_money_format(amt, a),
                            (long long)qty, od_price_format(l->unit_price, p));
            }
        }
        l->total = prod;
    }
    return 0;
}

void sheet_resolve_sums(struct sheet *sh)
{
    od_money sum = 0;
    char r[REF_MAX];

    if (sh->bad || !sh->n_sums)
        return;
    for (size_t i = 0; i < sh->o->n_lines; i++)
        if (!od_money_add(sum, sh->o->lines[i].total, &sum))
            return;
    for (size_t i = 0; i < sh->n_sums; i++) {
        const struct sum_row *u = &sh->sums[i];

        if (i + 1 == sh->n_sums && sh->sums_end_unknown &&
            (sh->stated_total == OD_MONEY_NONE || sh->total_is_sub)) {
            /* the last row of the block: the total ("Summe brutto",
             * "含稅總計"), checked against the lines and charges */
            sh->stated_total = u->m;
            sh->total_cell = u->amount;
            sh->total_is_sub = false;
            sheet_ref(sh, u->amount, sh->total_ref);
            continue;
        }
        if (u->m == sum)
            continue; /* the lines' sum ("Summe netto", "未稅合計") */
        sheet_ref(sh, u->label, r);
        sheet_fail(sh, "%s: no quantity", r);
        return;
    }
}

void sheet_check_total(struct sheet *sh)
{
    const struct od_order *o = sh->o;
    od_money sum = 0, extra, with_extra;
    char a[OD_MONEY_STRLEN], b[OD_MONEY_STRLEN], r[REF_MAX];

    if (sh->stated_total == OD_MONEY_NONE)
        return;
    for (size_t i = 0; i < o->n_lines; i++)
        if (!od_money_add(sum, o->lines[i].total, &sum))
            return;
    if (!od_order_charges(o, &extra) || !od_money_add(sum, extra, &with_extra))
        return;
    sheet_source_at(sh, "total", sh->total_ref);
    sh->o->total = sh->stated_total;
    if (sh->stated_total == with_extra)
        return;
    snprintf(r, sizeof(r), "%s", sh->total_ref);
    if (with_extra != sum)
        sheet_doubt(sh, "%s: stated total %s is not the lines %s with freight, tax and discount", r,
                    od_money_format(sh->stated_total, a), od_money_format(with_extra, b));
    else
        sheet_doubt(sh, "%s: stated total %s is not the sum of the lines %s", r,
                    od_money_format(sh->stated_total, a), od_money_format(sum, b));
}
