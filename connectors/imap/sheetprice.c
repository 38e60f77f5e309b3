/* What the money columns and rows of an item table mean (sheet_int.h),
 * as a clerk reads them off a printed purchase order:
 *
 * - headers that ERP forms print and the shared column labels leave
 *   out ("Material", "Net Price", "Net Value", "Per"; SAP's purchase
 *   order export: "Short Text", "PO Quantity", "Net Order Value");
 * - a price per N pieces: a "Per" column (SAP: 210.00 per 1000 EA), or
 *   a price header that says so ("Price/1000", "Price per M",
 *   "单价/千个", "每千个单价"): the unit price is the price / N;
 * - a net and a tax-included price side by side (用友/金蝶: 原币单价,
 *   原币含税单价, 原币金额, 原币税额, 原币价税合计): the unit price is the
 *   tax-included one, because that is what the buyer pays per piece and
 *   what the order's total (价税合计) adds up; the tax is inside the
 *   lines, so it is not added again;
 * - a freight, tax or discount row inside the table ("Freight | Freight
 *   to Long Beach | | | 85.00"): a charge of the order, not an item;
 * - a first "Item" column of line numbers (10, 20, 30) beside a column
 *   of codes: the codes are the SKU;
 * - a discount in percent on each row ("Disc. %", "折扣率"): the amount
 *   is qty x price less it;
 * - a unit price finer than a cent ("USD 0.075"). */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sheet_int.h"

/* Headers of printed forms, read in sheets only (folded compare). */
static const struct {
    const char *label;
    enum role role;
} form_columns[] = {
    {"material", R_SKU},
    {"materialno", R_SKU},
    {"materialnumber", R_SKU},
    {"netprice", R_PRICE},
    {"grossprice", R_PRICE},
    {"priceperunit", R_PRICE},
    {"netvalue", R_TOTAL},
    {"netordervalue", R_TOTAL},
    {"poquantity", R_QTY},
    {"orderquantity", R_QTY},
    {"shorttext", R_TITLE},
    {"netamount", R_TOTAL},
    {"grossamount", R_TOTAL},
    {"grossvalue", R_TOTAL},
    {"per", R_PER},
    {"priceunit", R_PER},
    {"pricingunit", R_PER},
    {"每", R_PER},
    {"价格单位", R_PER},
    {"價格單位", R_PER},
    {"disc%", R_DISC},
    {"discount%", R_DISC},
    {"discountrate", R_DISC},
    {"discrate", R_DISC},
    {"折扣%", R_DISC},
    {"折扣率", R_DISC},
    {"折扣率%", R_DISC},
    {"rabatt%", R_DISC},
    {"remise%", R_DISC},
    {"linediscount%", R_DISC},
    {"linedisc%", R_DISC},
    /* a Spanish or Portuguese ERP's list names the order by its document
     * (Holded: "Documento" on each row) */
    {"documento", R_ORDER},
    {"nºdocumento", R_ORDER},
};

enum role sheet_form_column(const char *t)
{
    char f[64];
    size_t n = mail_label_fold(t, strlen(t), f, sizeof(f));

    for (size_t i = 0; i < sizeof(form_columns) / sizeof(form_columns[0]); i++)
        if (strlen(form_columns[i].label) == n && memcmp(f, form_columns[i].label, n) == 0)
            return form_columns[i].role;
    /* "Price/1000", "Price per M", "单价/千个": a price per N pieces */
    if (sheet_header_per(t) > 1 && (strstr(f, "price") || strstr(f, "rate") || strstr(f, "价")))
        return R_PRICE;
    return R_NONE;
}

static bool has(const char *hay, const char *needle)
{
    return strstr(hay, needle) != NULL;
}

/* N of a price header that gives the price per N pieces: "Price/1000",
 * "Price per 1,000", "Price per M", "Unit Price (per 100)", "单价/千个",
 * "每千个单价", "千个单价", "百个单价"; 1 when the header says nothing. */
int64_t sheet_header_per(const char *t)
{
    char f[96], *p;
    size_t n = 0;
    int64_t v = 0;

    /* folded by hand: lower case, "," and spaces dropped ("/" and
     * brackets kept, which mail_label_fold drops) */
    for (const char *s = t; *s && n + 1 < sizeof(f); s++)
        if (*s != ' ' && *s != ',')
            f[n++] = (char)tolower((unsigned char)*s);
    f[n] = '\0';
    if (has(f, "千个") || has(f, "千只") || has(f, "千张") || has(f, "千件") || has(f, "每千") ||
        has(f, "/千") || has(f, "permille") || has(f, "perthousand") || has(f, "/m)") ||
        (strlen(f) >= 4 && strcmp(f + strlen(f) - 4, "perm") == 0) ||
        (strlen(f) >= 2 && strcmp(f + strlen(f) - 2, "/m") == 0) || has(f, "perm)"))
        return 1000;
    if (has(f, "百个") || has(f, "每百") || has(f, "/百") || has(f, "perhundred") ||
        has(f, "perc)") || (strlen(f) >= 4 && strcmp(f + strlen(f) - 4, "perc") == 0))
        return 100;
    p = strstr(f, "per");
    if (p)
        p += 3;
    else if ((p = strchr(f, '/')))
        p++;
    if (!p)
        return 1;
    while (*p >= '0' && *p <= '9' && v < 1000000)
        v = v * 10 + (*p++ - '0');
    return v == 10 || v == 100 || v == 1000 || v == 10000 ? v : 1;
}

/* "含税单价", "Price incl. VAT", "Gross Price": tax included; "不含税单价",
 * "Net Price", "excl. VAT": not. 1 included, 0 excluded, -1 unsaid. */
static int tax_included(const char *t)
{
    char f[96];
    size_t n = 0;

    for (const char *s = t; *s && n + 1 < sizeof(f); s++)
        if (*s != ' ' && *s != '.')
            f[n++] = (char)tolower((unsigned char)*s);
    f[n] = '\0';
    if (has(f, "不含税") || has(f, "不含稅") || has(f, "未税") || has(f, "未稅") ||
        has(f, "excl") || has(f, "net") || has(f, "netto"))
        return 0;
    if (has(f, "含税") || has(f, "含稅") || has(f, "价税合计") || has(f, "價稅合計") ||
        has(f, "incl") || has(f, "gross") || has(f, "brutto") || has(f, "inkl"))
        return 1;
    return -1;
}

/* Net and tax-included columns of the same kind side by side: the
 * tax-included one carries the role, the net one is passed over. */
static void prefer_tax_included(struct sheet *sh, enum role role)
{
    int gross = -1, net = -1;

    for (size_t k = 0; k < sh->n_cols; k++) {
        const struct od_cell *h = sh->cols[k].head;
        enum role r;

        if (!h || (r = sheet_column_role(sh, h->text)) != role)
            continue;
        if (tax_included(h->text) == 1 && gross < 0)
            gross = (int)k;
        else if (tax_included(h->text) != 1 && net < 0)
            net = (int)k;
    }
    if (gross < 0 || net < 0)
        return;
    for (size_t k = 0; k < sh->n_cols; k++)
        if (sh->cols[k].role == role)
            sh->cols[k].role = R_NONE;
    sh->cols[net].role = R_IGNORE;
    sh->cols[gross].role = role;
}

void sheet_price_columns(struct sheet *sh)
{
    int kp;

    sh->per_col = -1;
    sh->per_n = 1;
    if (sh->virtual_head)
        return;
    prefer_tax_included(sh, R_PRICE);
    prefer_tax_included(sh, R_TOTAL);
    for (size_t k = 0; k < sh->n_cols; k++)
        if (sh->cols[k].role == R_PER && sh->per_col < 0)
            sh->per_col = (int)k;
        else if (sh->cols[k].role == R_PER)
            sh->cols[k].role = R_IGNORE;
    kp = -1;
    for (size_t k = 0; k < sh->n_cols && kp < 0; k++)
        if (sh->cols[k].role == R_PRICE)
            kp = (int)k;
    if (kp >= 0 && sh->cols[kp].head)
        sh->per_n = sheet_header_per(sh->cols[kp].head->text);
}

/* A cell that is a price basis and nothing else: "per 1,000 pcs",
 * "per 100", "per pc" (1); its N (10, 100, 1000 or 10000, or 1 for a
 * basis of one piece), 0 when the cell is no such basis. */
static int64_t price_basis(const char *t)
{
    int64_t v = 0;
    size_t letters = 0;

    if (strncasecmp(t, "per ", 4) != 0)
        return 0;
    for (t += 4; *t == ' '; t++)
        ;
    for (; (isdigit((unsigned char)*t) || (*t == ',' && v)) && v < 1000000; t++)
        if (*t != ',')
            v = v * 10 + (*t - '0');
    while (*t == ' ')
        t++;
    for (; isalpha((unsigned char)*t) || *t == '.'; t++)
        letters++;
    if (*t || letters > 8 || (!v && !letters))
        return 0;
    if (!v)
        return 1;
    return v == 10 || v == 100 || v == 1000 || v == 10000 ? v : 0;
}

/* A cell that is a count and a short word and nothing else: "1000 buc",
 * "1 rolă", "100 pcs"; its count (1, 10, 100, 1000 or 10000), else 0. */
static int64_t counted_basis(const char *t)
{
    int64_t v = 0;
    size_t word = 0;

    for (; (isdigit((unsigned char)*t) || (*t == ',' && v)) && v < 1000000; t++)
        if (*t != ',')
            v = v * 10 + (*t - '0');
    if (*t != ' ')
        return 0;
    while (*t == ' ')
        t++;
    /* the word: letters, in any script (UTF-8 bytes), and a dot */
    for (; isalpha((unsigned char)*t) || (unsigned char)*t >= 0x80 || *t == '.'; t++)
        word++;
    if (*t || !word || word > 12)
        return 0;
    return v == 1 || v == 10 || v == 100 || v == 1000 || v == 10000 ? v : 0;
}

/* Is column k, which no header names, a price basis written without
 * "per" ("Preț pentru": "1 buc" on most rows, "1000 buc" on one): every
 * item's cell in it a count and a word (counted_basis), one at least a
 * count of 1? */
static bool basis_column(const struct sheet *sh, size_t k)
{
    bool one = false;

    for (size_t i = 0; i < sh->n_items; i++) {
        const char *t = sh->items[i].text[k];
        int64_t v;

        if (!t || !t[0])
            continue;
        if ((v = counted_basis(t)) == 0)
            return false;
        one = one || v == 1;
    }
    return one;
}

/* Does row `it` state qty x price = amount x n, its price being for n
 * pieces ("40000 | 24 | 1000 buc | 960")? */
static bool row_per_n(const struct sheet *sh, const struct item *it, int64_t n)
{
    int kq = sheet_find_role(sh, R_QTY), kp = sheet_find_role(sh, R_PRICE);
    int kt = sheet_find_role(sh, R_TOTAL);
    int64_t q, fper = 1;
    od_money price, amount, lhs, rhs;
    char why[128];

    if (kq < 0 || kp < 0 || kt < 0 || !it->text[kq] || !it->text[kp] || !it->text[kt])
        return false;
    if (sheet_qty(sh, it->text[kq], strlen(it->text[kq]), &q, why, sizeof(why)) != 0 || q <= 0 ||
        sheet_amount(sh, it->text[kt], strlen(it->text[kt]), &amount) != 0 || amount <= 0)
        return false;
    if (sheet_fine_price(sh, it->text[kp], &price, &fper) != 0 &&
        sheet_amount(sh, it->text[kp], strlen(it->text[kp]), &price) != 0)
        return false;
    return od_money_mul(price, q, &lhs) && od_money_mul(amount, n * fper, &rhs) && lhs == rhs;
}

/* The N a row's price is for: its "Per" cell (a whole number), else the
 * N its price cell names after the figure ("85.00/千個", "2.65 per 100",
 * "84/1000"), else the N of a cell of the row that is a price basis and
 * nothing else, in a column no header names ("Price basis": "per 1,000
 * pcs" on one row, "per pc" on the next), else the price header's N,
 * else 1. */
int64_t sheet_price_per(const struct sheet *sh, const struct item *it)
{
    int kp = sheet_find_role(sh, R_PRICE);

    if (kp >= 0 && it->text[kp] && strpbrk(it->text[kp], "0123456789")) {
        const char *t = it->text[kp];
        size_t fig = strspn(t, "0123456789.,$ ");
        int64_t v;

        /* the figure first, then the unit: a cell "/1000" alone or a
         * date is none */
        if (fig > 0 && strpbrk(t, "0123456789") < t + fig && (v = sheet_header_per(t + fig)) > 1)
            return v;
    }
    if (sh->per_col >= 0 && it->text[sh->per_col]) {
        const char *t = it->text[sh->per_col];
        int64_t v = 0;

        for (; *t >= '0' && *t <= '9' && v < 1000000; t++)
            v = v * 10 + (*t - '0');
        /* "1000 EA", "1,000": the number first */
        if (v > 0 && (!*t || *t == ' ' || *t == ','))
            return v;
    }
    for (size_t k = 0; sh->per_col < 0 && k < sh->n_cols; k++) {
        int64_t v;

        if (sh->cols[k].role == R_NONE && it->text[k] && (v = price_basis(it->text[k])) > 0)
            return v;
    }
    /* "1000 buc" in a basis column without "per", when the row's own
     * arithmetic says the price is for that many */
    for (size_t k = 0; sh->per_col < 0 && k < sh->n_cols; k++) {
        int64_t v;

        if (sh->cols[k].role == R_NONE && it->text[k] && (v = counted_basis(it->text[k])) > 1 &&
            basis_column(sh, k) && row_per_n(sh, it, v))
            return v;
    }
    /* "元/千张" on one row, "元/个" on the next, in a column of its own
     * ("单价单位", read as no role or as the unit): the N it names, when
     * the row's own arithmetic says the price is for that many */
    for (size_t k = 0; sh->per_col < 0 && k < sh->n_cols; k++) {
        int64_t v;

        if ((int)k != kp && it->text[k] && strchr(it->text[k], '/') &&
            !strpbrk(it->text[k], "0123456789") && (v = sheet_header_per(it->text[k])) > 1 &&
            row_per_n(sh, it, v))
            return v;
    }
    return sh->per_n > 0 ? sh->per_n : 1;
}

/* A charge row: a freight, tax or discount label in one of its text
 * cells and no quantity under the quantity column (or the label alone
 * in its cell and a quantity of 1: "Freight | 1 | 85.00 | 85.00"), or,
 * with no such label, a charge's word inside a longer text ("Freight -
 * Ocean to Honolulu", "其他费用（运费）", sheet_charge_word), no quantity
 * at all and one amount. Its rightmost amount is the order's shipping,
 * tax or discount. True when the row was taken so. */
/* The field of a label cell, or of either half of a label written in
 * two languages ("Transporte / Freight", "运费 / Freight"). */
const char *sheet_bilingual_field(const struct sheet *sh, const char *t, size_t n)
{
    const char *f = mail_order_field(sh->s, t, n), *slash = memmem(t, n, " / ", 3);

    if (f || !slash || memmem(slash + 3, n - (size_t)(slash + 3 - t), " / ", 3))
        return f;
    f = mail_order_field(sh->s, slash + 3, n - (size_t)(slash + 3 - t));
    return f ? f : mail_order_field(sh->s, t, (size_t)(slash - t));
}

bool sheet_charge_row(struct sheet *sh, struct row_range r)
{
    const char *field = NULL;
    const struct od_cell *amount = NULL, *label = NULL;
    bool whole = false, qty_seen = false, inside = false;
    int64_t qty = 0;
    int kq = sheet_find_role(sh, R_QTY);
    od_money m = OD_MONEY_NONE, v;
    od_money *dst;
    size_t amounts = 0;

    if (sh->virtual_head)
        return false;
    for (size_t i = r.a; i < r.z; i++) {
        const struct od_cell *c = &sh->g->cells[i];
        size_t off = 0, n = strlen(c->text);
        const char *f = mail_label_at(sh->s, c->text, n, &off);
        int k = sheet_column_of(sh, c);

        if (!f) {
            f = sheet_bilingual_field(sh, c->text, n);
            off = n;
        }
        if (!f && !field && k != kq && (f = sheet_charge_word(c->text, false)) != NULL) {
            /* the charge named inside longer words ("Freight - Ocean to
             * Honolulu", "其他费用（运费）"): no quantity at all */
            inside = true;
            off = n;
        }
        if (f && !field &&
            (strcmp(f, "shipping") == 0 || strcmp(f, "tax") == 0 || strcmp(f, "discount") == 0)) {
            field = f;
            label = c;
            whole = off >= n;
            if (off < n && sheet_amount(sh, c->text + off, n - off, &v) == 0) {
                amount = c;
                m = v;
            }
            continue;
        }
        if (k >= 0 && sh->cols[k].role == R_QTY) {
            char why[128];

            qty_seen = true;
            if (sheet_qty(sh, c->text, n, &qty, why, sizeof(why)) != 0)
                qty = -1;
            continue;
        }
        if (sheet_amount(sh, c->text, n, &v) == 0) {
            amount = c;
            m = v;
            amounts++;
        }
    }
    if (!field || !amount || (qty_seen && (inside || !(whole && qty == 1))) ||
        (inside && amounts != 1))
        return false;
    dst = field[0] == 's' ? &sh->o->shipping : field[0] == 't' ? &sh->o->tax : &sh->o->discount;
    if (*dst != OD_MONEY_NONE)
        return true;       /* the first one stands; a second is a label below */
    *dst = m < 0 ? -m : m; /* a discount written "-10.00" */
    sheet_source(sh, field, amount);
    (void)label;
    return true;
}

/* A SKU column of line numbers only ("Item": 10, 20, 30, the first 10
 * at most) beside a
 * column of codes with a letter that nothing else claims, or that a
 * second SKU header names ("Item | Material"): the codes are the SKU. */
void sheet_line_number_sku(struct sheet *sh)
{
    int sku = -1;
    size_t nums = 0, filled = 0;
    long last = 0;

    for (size_t k = 0; k < sh->n_cols && sku < 0; k++)
        if (sh->cols[k].role == R_SKU)
            sku = (int)k;
    if (sku < 0 || !sh->n_items)
        return;
    for (size_t i = 0; i < sh->n_items; i++) {
        const char *t = sh->items[i].text[sku];
        long v;

        if (!t)
            continue;
        filled++;
        if (strspn(t, "0123456789") != strlen(t) || strlen(t) > 5)
            continue;
        v = strtol(t, NULL, 10);
        /* line numbers go up from the first few: 1, 2, 3 or 10, 20,
         * 30; codes of digits start anywhere (U8's 存货编码 0301, 0302) */
        nums += v > last && (last || v <= 10);
        last = v;
    }
    if (!filled || nums != filled)
        return;
    /* a second SKU header ("Item | Material") names the codes, before
     * an unnamed column of codes with a letter (SAP's "Plant": ES12) */
    for (size_t k = (size_t)sku + 1; k < sh->n_cols; k++)
        if (sh->cols[k].role == R_NONE && sh->cols[k].head &&
            sheet_column_role(sh, sh->cols[k].head->text) == R_SKU) {
            sh->cols[sku].role = R_IGNORE;
            sh->cols[k].role = R_SKU;
            return;
        }
    for (size_t k = 0; k < sh->n_cols; k++) {
        size_t codes = 0, n = 0;

        if (sh->cols[k].role != R_NONE && (sh->cols[k].role != R_SKU || (int)k == sku))
            continue;
        for (size_t i = 0; i < sh->n_items; i++) {
            const char *t = sh->items[i].text[k];
            bool letter = false, digit = false, other = false;

            if (!t || !sh->items[i].text[sku])
                continue; /* a totals row under the items */
            n++;
            for (const char *p = t; *p; p++)
                if (isalpha((unsigned char)*p))
                    letter = true;
                else if (isdigit((unsigned char)*p))
                    digit = true;
                else if (!strchr("-_./#", *p))
                    other = true;
            codes += letter && digit && !other;
        }
        if (n == filled && codes == n) {
            sh->cols[sku].role = R_IGNORE;
            sh->cols[k].role = R_SKU;
            return;
        }
    }
}

/* A charge named inside a longer label ("Loyalty discount 3%", "Trade
 * discount", "Freight & handling", "VAT 20%", "MwSt. 19%", "GST 9%",
 * "会员优惠", "Remise 5 %", "TVA 20 %", "IVA 21%"): the field, or
 * NULL. A total's label ("Total incl. VAT", "价税合计") is none. */
/* `w` in the folded label `f`: a word, not a part of one ("taxi"). */
static bool word_in(const char *f, const char *w)
{
    const char *p = strstr(f, w);
    size_t k = strlen(w);

    if (!p)
        return false;
    return (unsigned char)w[0] >= 0x80 ||
           !((p > f && isalpha((unsigned char)p[-1])) || isalpha((unsigned char)p[k]));
}

const char *sheet_charge_word(const char *t, bool sums_block)
{
    static const struct {
        const char *word, *field;
    } words[] = {
        {"discount", "discount"},
        {"rebate", "discount"},
        {"折扣", "discount"},
        {"优惠", "discount"},
        {"優惠", "discount"},
        {"freight", "shipping"},
        {"shipping", "shipping"},
        {"carriage", "shipping"},
        {"运费", "shipping"},
        {"運費", "shipping"},
        {"vat", "tax"},
        {"tax", "tax"},
        {"税额", "tax"},
        {"稅額", "tax"},
        /* the same charges in French, German, Italian, Spanish and Dutch */
        {"remise", "discount"},
        {"rabatt", "discount"},
        {"sconto", "discount"},
        {"descuento", "discount"},
        {"bonificación", "discount"},
        {"bonificacion", "discount"},
        {"korting", "discount"},
        {"tva", "tax"},
        {"iva", "tax"},
        {"btw", "tax"},
        /* and in Portuguese and Spanish */
        {"frete", "shipping"},
        {"flete", "shipping"},
        /* German and Polish "Skonto", inside Turkish "İskonto" (İ is no
         * ASCII letter); Turkish VAT */
        {"skonto", "discount"},
        {"kdv", "tax"},
    };
    /* a tax's own name: read only in a sums block (sheet.c) */
    static const char *const taxes[] = {"mwst",   "gst",    "sst",    "hst",    "tva",
                                        "iva",    "btw",    "ust",    "营业税", "營業稅",
                                        "增值税", "增值稅", "消费税", "消費税", NULL};
    static const char *const totals[] = {"total", "合计", "合計", "总", "總", "小计",
                                         "小計",  "sum",  "rate", "率", NULL};
    char f[128];
    size_t n = 0;
    const char *hit = NULL;

    for (const char *s = t; *s && n + 1 < sizeof(f); s++)
        f[n++] = (char)tolower((unsigned char)*s);
    f[n] = '\0';
    for (size_t i = 0; totals[i]; i++)
        if (strstr(f, totals[i]))
            return NULL;
    for (size_t i = 0; i < sizeof(words) / sizeof(words[0]) && !hit; i++)
        if (word_in(f, words[i].word))
            hit = words[i].field;
    for (size_t i = 0; sums_block && taxes[i] && !hit; i++)
        if (word_in(f, taxes[i]))
            hit = "tax";
    return hit;
}

const char *mail_sheet_charge_word(const char *cell)
{
    return sheet_charge_word(cell, true);
}

/* Below the table, before the grand total: rows whose label names a
 * charge inside longer words, with the amount to its right. */
void sheet_charge_labels(struct sheet *sh)
{
    for (uint32_t row = sh->end_row; row < sh->g->n_rows && row < sh->end_row + 8; row++) {
        struct row_range r = sheet_row_cells(sh->g, row);
        const char *field = NULL;
        const struct od_cell *amount = NULL;
        od_money m = OD_MONEY_NONE, v, *dst;

        for (size_t i = r.a; i < r.z; i++) {
            const struct od_cell *c = &sh->g->cells[i];
            size_t off, n = strlen(c->text);

            if (!field) {
                const char *sp = strrchr(c->text, ' ');

                if (mail_label_at(sh->s, c->text, n, &off) || mail_order_field(sh->s, c->text, n))
                    break; /* a label the label reader took */
                field = sheet_charge_word(c->text, false);
                if (field && sp && strpbrk(sp + 1, ".,") &&
                    sheet_amount(sh, sp + 1, strlen(sp + 1), &v) == 0) {
                    /* "Frete (FOB Ningbo → Santos) US$ 1.250,00": the
                     * label and its amount with decimals in one cell */
                    amount = c;
                    m = v;
                }
            } else if (sheet_amount(sh, c->text, n, &v) == 0) {
                amount = c;
                m = v;
            }
        }
        if (!field || !amount)
            continue;
        dst = field[0] == 's' ? &sh->o->shipping : field[0] == 't' ? &sh->o->tax : &sh->o->discount;
        if (*dst != OD_MONEY_NONE)
            continue;
        *dst = m < 0 ? -m : m;
        sheet_source(sh, field, amount);
    }
}

/* "0.075", "USD 0.0480", "$9.900" (or "0,045" where amounts carry a
 * decimal comma): a unit price written finer than a cent (3 or 4
 * decimals), in cents per *per pieces (10 or 100). */
int sheet_fine_price(const struct sheet *sh, const char *t, od_money *out, int64_t *per)
{
    char buf[64], swapped[64];
    size_t n = strlen(t), k = 0, dec = 0;
    const char *dot;
    od_money m;

    if (n >= sizeof(buf))
        return -1;
    if (sh->comma_decimals) {
        /* the point form of the same number: "1.234,5678" -> "1,234.5678" */
        for (size_t i = 0; i <= n; i++)
            swapped[i] = t[i] == '.' ? ',' : t[i] == ',' ? '.' : t[i];
        t = swapped;
    }
    dot = strrchr(t, '.');
    if (!dot)
        return -1;
    while (isdigit((unsigned char)dot[1 + dec]))
        dec++;
    if (dec < 3 || dec > 4)
        return -1;
    /* the decimal point moved 1 or 2 places right: "0.075" -> "00.75" */
    for (const char *p = t; *p; p++) {
        if (p != dot && !(*p == ',' && p < dot))
            buf[k++] = *p;
        if (p == dot + dec - 2)
            buf[k++] = '.';
    }
    if (mail_parse_amount(buf, k, &m) != 0)
        return -1;
    *out = m;
    *per = dec == 3 ? 10 : 100;
    return 0;
}

/* The discount in percent a row states ("5", "5%", "2.5 %"), in
 * hundredths of a percent (500 for 5 %); 0 when none. */
int64_t sheet_row_discount(const struct sheet *sh, const struct item *it, int k)
{
    char buf[32];
    size_t n = 0;
    od_money m;

    if (k < 0 || !it->text[k])
        return 0;
    for (const char *p = it->text[k]; *p && n + 1 < sizeof(buf); p++)
        if (*p != '%' && *p != ' ')
            buf[n++] = *p;
    if (mail_parse_amount(buf, n, &m) != 0 || m <= 0 || m >= 10000)
        return 0;
    (void)sh;
    return m;
}

/* A price in ten-thousandths ("0.304" -> 3040, "1.60" -> 16000); -1
 * when `t` is no price. */
static int64_t price_e4(const struct sheet *sh, const char *t)
{
    od_money m;
    int64_t per;

    if (!t)
        return -1;
    if (sheet_amount(sh, t, strlen(t), &m) == 0)
        return m >= 0 ? m * 100 : -1;
    if (sheet_fine_price(sh, t, &m, &per) == 0 && m >= 0)
        return m * 100 / per;
    return -1;
}

void sheet_discounted_price(struct sheet *sh)
{
    int kp = sheet_find_role(sh, R_PRICE), kd = sheet_find_role(sh, R_DISC);

    if (kp < 0 || kd < 0 || sh->virtual_head || !sh->n_items)
        return;
    for (size_t k = 0; k < sh->n_cols; k++) {
        bool all = true, cut = false;

        if ((int)k == kp || (int)k == kd ||
            !(sh->cols[k].role == R_NONE || sh->cols[k].role == R_IGNORE ||
              sh->cols[k].role == R_PRICE))
            continue;
        for (size_t i = 0; i < sh->n_items && all; i++) {
            const struct item *it = &sh->items[i];
            int64_t p = price_e4(sh, it->text[kp]), v = price_e4(sh, it->text[k]);
            int64_t pct = sheet_row_discount(sh, it, kd), want;

            if (p < 0 || v < 0 || p > INT64_MAX / 10000) {
                all = false;
                break;
            }
            want = (p * (10000 - pct) + 5000) / 10000;
            /* to the ten-thousandth, or rounded to the cent */
            all = v == want || (v % 100 == 0 && v == (want + 50) / 100 * 100);
            cut = cut || (pct > 0 && v < p);
        }
        if (!all || !cut)
            continue;
        sh->cols[k].role = R_PRICE;
        sh->cols[kp].role = R_IGNORE;
        sh->cols[kd].role = R_IGNORE;
        return;
    }
}
