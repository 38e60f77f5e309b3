/* Internal to the plain-text purchase-order reader: text.c reads the
 * lines, the labels and the orders; items.c finds item lines (and holds
 * the helpers below); tables.c reads item tables, with their columns
 * decided by header words, value shapes and arithmetic. What one reading of a text finds is a
 * list of events in text order (a label, an item, a totals row, a
 * problem), which text.c then groups into orders.
 *
 * Every pointer into the text (struct cell, struct ev spans) points
 * into the reader's own copy of the text, which lives as long as the
 * reading. */
#ifndef OD_IMAP_TEXTREAD_H
#define OD_IMAP_TEXTREAD_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "fields.h"
#include "money.h"
#include "timeutil.h"

#define TR_MAX_CELLS 32
/* Continuation lines of one row's name ("wrapped descriptions"). */
#define TR_MAX_MORE 4
/* A purchase order by mail is far smaller than this. */
#define TR_MAX_ITEMS 2000

struct cell {
    const char *p;
    size_t n;
};

enum ev_kind {
    EV_LABEL,    /* field = value */
    EV_ITEM,     /* a line item */
    EV_TOTALROW, /* the totals row of a table: money */
    EV_ERROR,    /* s: a value that cannot be read; the order is refused */
    EV_DOUBT,    /* s: the order is complete but doubtful; it is held */
};

struct ev {
    enum ev_kind kind;
    unsigned line;     /* 1-based line of the text */
    unsigned blk;      /* the order (block) it belongs to, set when grouping */
    bool item_related; /* EV_ERROR / EV_DOUBT about an item or a table */
    bool soft;         /* EV_DOUBT: dropped when the stated total confirms the lines */
    const char *field; /* EV_LABEL: fields.c's field name */
    const char *v;     /* EV_LABEL: value; EV_ITEM: sku (may be NULL) */
    size_t vn;
    const char *t; /* EV_ITEM: title (may be NULL) */
    size_t tn;
    char *s; /* owned: EV_LABEL order number or a value joined from
                several lines; EV_ERROR / EV_DOUBT message */
    int64_t qty;
    od_money price, amount; /* EV_ITEM; amount OD_MONEY_NONE when not stated */
    od_money tol;           /* EV_ITEM: rounding allowed between qty x price and amount */
    int64_t exact_e4;       /* EV_ITEM: the unit price in ten-thousandths when written finer
                               than a cent (`price` is then it rounded to the cent), else 0 */
    unsigned price_line;    /* EV_ITEM: where the price came from when not `line` (a quoted
                               quotation), else 0 */
    bool unpriced;          /* EV_ITEM (prose.c): no price stated; dropped unless the text
                               prices other items */
    bool prose;             /* read from a sentence by prose.c */
    bool letterhead;        /* EV_LABEL customer.name, ship_to.phone/address: the buyer's
                               letterhead (a company line at the top and its contact lines): a
                               later labelled value replaces it */
    od_money money;         /* EV_LABEL total/shipping/tax/discount, EV_TOTALROW */
    unsigned rate_bp;       /* EV_LABEL tax: the rate its label states ("税额（13%）"), in
                               hundredths of a percent; 0 when none */
    od_time time;           /* EV_LABEL placed_at */
    char code[4];           /* EV_LABEL currency */
};

/* One table being read (or a run of rows that may be one). */
struct trow {
    struct cell c[TR_MAX_CELLS];
    size_t n;
    unsigned line;
    bool exact;                    /* split on single tabs or '|': empty cells kept in place */
    struct cell more[TR_MAX_MORE]; /* lines below that continue the name cell */
    size_t n_more;
};

struct table {
    bool active;
    bool strong; /* a header of known labels (quantity and item columns named) */
    bool headed; /* a header row at all (weak: some labels, the rest by values) */
    bool loose;  /* header and rows split on single spaces */
    size_t n_cols;
    const char *role[TR_MAX_CELLS]; /* the header's field per column, NULL unknown */
    int sku, title;                 /* loose tables: the named columns */
    bool spec[TR_MAX_CELLS];        /* headed by a spec label (mail_is_spec_label) */
    bool per_after[TR_MAX_CELLS];   /* headed "Price USD per": "210.00 1000" is the price
                                     * and the pieces it is for (tr_header_per) */
    int64_t per_n[TR_MAX_CELLS];    /* headed "Rate USD/1000": its prices are for N pieces
                                     * (tr_header_per_n); 0 or 1 when none */
    unsigned header_line;
    const char *start; /* the header line's text: where lines of the table are looked for */
    struct trow *rows;
    size_t n_rows, cap_rows;
    bool comma_seen, point_seen; /* a cell "860,00" / "1,176.00" (tablenum.c) */
    bool comma;                  /* numbers read the European way: "1.176,00", "1.200" */
    bool sums;                   /* its rows ended at a sums row: only more sums rows follow */
    bool gap;                    /* one blank line after a row split on tabs or '|' */
    bool total_row;              /* a sums row of the order's total was read (not a subtotal) */
};

struct tr_quotes;

/* What prose.c keeps over the lines of one level: the first line that
 * reads as "name, phone, address" without labels (emitted at the end
 * when no label named the ship-to). */
#define TR_MAX_CHANGES 8

/* "please make HD-TP-4806 300 rolls instead of 200", "HD-TP-4806 改为300卷":
 * a reply that changes a quantity of the order it quotes. */
struct tr_change {
    const char *sku; /* or, with by_name, words of the item's title ("果酱瓶") */
    size_t sku_n;
    int64_t qty;
    unsigned line;
    bool by_name;
    od_money total; /* with sku NULL: the reply's new total ("总金额按 24,900.00
                       元"), set on the order once a quantity change applied */
};

struct prose {
    struct tr_change chg[TR_MAX_CHANGES];
    size_t n_chg;
    bool offer; /* the level quotes, offers or reports: no item sentences */
    bool asks;  /* the level asks for goods ("pls ship", "给我们送下货") */
    bool quote; /* the level asks for prices or stock ("请报价", "can you quote") */
    bool ship;
    unsigned ship_line;
    const char *name, *phone, *addr;
    size_t name_n, phone_n, addr_n;
};

/* The reading of one quote level of a text (text.c owns it). */
struct pass {
    const struct imap_extract_settings *s;
    const struct tr_quotes *quotes; /* prices quoted below this level, or NULL */
    unsigned level;                 /* the quote level read */
    struct prose prose;
    struct ev *ev;
    size_t n, cap;
    size_t n_items;
    bool item_seen; /* an item, or a problem with one */
    bool stop;      /* too many items: the rest is not read */
    bool id_seen;   /* an order number was read */
    bool oom;
    struct table t;
    bool priced;       /* read again: lines of codes and counts take the quote's prices */
    bool priced_noted; /* the doubt that says so was appended */
    char **joined;     /* owned: two lines read as one item line, which events point into */
    size_t n_joined;
    bool sentences;      /* read again: items in the sentences of a paragraph (sentitems.c) */
    unsigned sent_until; /* the last line of the paragraph read so */
};

/* ---- text.c, for items.c --------------------------------------------- */

/* Append an event (zeroed but for kind and line); NULL when out of
 * memory (p->oom set). */
struct ev *tr_event(struct pass *p, enum ev_kind kind, unsigned line);

/* Append an EV_ERROR or EV_DOUBT with a formatted message. */
void tr_problem(struct pass *p, enum ev_kind kind, unsigned line, bool item_related,
                const char *fmt, ...) __attribute__((format(printf, 5, 6)));

/* Is the text [a, z) a label line (starts with a known label and
 * separator)? */
bool tr_is_label_line(const struct pass *p, const char *a, const char *z);

/* ---- items.c ----------------------------------------------------------- */

const char *tr_skip_ws(const char *p, const char *end);
const char *tr_rtrim(const char *a, const char *z);
bool tr_is_fw_space(const char *p, const char *end);
/* A cell separator at p (tab, '|', full-width space, 2+ spaces): its
 * length, 0 when none. */
size_t tr_sep_at(const char *p, const char *end);
/* Split a line into trimmed cells (at most TR_MAX_CELLS; more are
 * merged into the last). Leading/trailing '|' make no empty cells. */
size_t tr_split_cells(const char *a, const char *z, struct cell *cells);
/* Split on every run of white space ("货号 数量 单价"). */
size_t tr_split_ws(const char *a, const char *z, struct cell *cells);
/* Copy p[0..n) into dst (cut to cap - 1 bytes, made valid UTF-8). */
void tr_clip(char *dst, size_t cap, const char *p, size_t n);

/* Shapes of values. tr_is_count: a whole count ("2", "2 pcs", "2件"; no
 * decimals). tr_is_money: an amount (mail_parse_amount).
 * tr_money_marked: written as money rather than as a count (decimals or
 * a currency mark: "59.00", "¥59", "59元"; not "59", "1,000").
 * tr_code_like: an item code: one word of ASCII letters, digits and
 * - _ . / # with a digit, or letters and a dash, 2 to 40 bytes, no date
 * ("A-100", "SKU123", "100234"; not "Widget", "2026-11-20"). */
bool tr_is_count(const char *p, const char *z, int64_t *q);
bool tr_is_money(const char *p, size_t n, od_money *m);
/* A price written finer than a cent ("0.045", "$0.0480": 3 to 8
 * decimals after a point), rounded half up to the cent into *m; *e4
 * (when not NULL) gets it in ten-thousandths, exactly up to 4 decimals
 * and rounded half up past them. */
bool tr_fine_money(const char *p, size_t n, od_money *m, int64_t *e4);
/* After an item was emitted from event `from` on with a price finer
 * than a cent written `fine` ("0.0385") and read as `e4`: the item keeps
 * the exact price, and its amount may differ from qty x price by the
 * cent it is rounded to only; one with more than four decimals is held
 * with a doubt naming line `line`. */
void tr_exact_price(struct pass *p, size_t from, int64_t e4, const char *fine, unsigned line);
/* After an item was emitted from event `from` on whose price was written
 * for `per` pieces ("14.50 / 1,000 pcs", "95,00/milheiro": per_price
 * 14.50, per 1000; fields.h mail_per_n): the item keeps the price a
 * piece, exact to the ten-thousandth, and its amount is checked against
 * qty x price / per to the cent; a price a piece finer than a cent holds
 * the order as tr_exact_price does. */
void tr_per_price(struct pass *p, size_t from, od_money per_price, int64_t per, unsigned line);
/* ---- pricecell.c ------------------------------------------------------ */

/* A price cell with words or marks after its price ("US$ 4,20 al mil",
 * "6.20  ＝18,600.00"; not "4.20 USD"): the length of the price it
 * starts with (trimmed), 0 when the cell is not so. */
size_t tr_price_lead(const char *p, size_t n);
/* The pieces a price read so is for, by the line's amount: 1 when qty x
 * price is the amount (within the rounding of tr_fits), N (10, 100,
 * 1000, 10000) when qty x price / N is, to the cent; 0 when none is. */
int64_t tr_price_amount_basis(int64_t qty, od_money price, od_money amount);

/* ---- orderheading.c --------------------------------------------------- */

/* A heading line that names an order by its number: "=== 订单
 * DG2801101（东港基地）===", "--- Order PO-7781 ---", "【订单 HX-1】",
 * "### PO 4410" (an order's word, the number with a digit, maybe a
 * remark in brackets, in a frame of marks). The number in [*id, +*idn). */
bool tr_heading_order_id(const char *a, const char *z, const char **id, size_t *idn);

/* ---- pricewords.c ----------------------------------------------------- */

/* A price cell with the words a sentence puts around its price: "a U$S
 * 0,31 c/u", "@ 0.45 ea", "à 1,20 € l'unité", "по 12,50 за шт" (an
 * "at" word before, an "each" word after, or both). When what is left is
 * written as money, the cell is narrowed to it and true is returned. */
bool tr_cell_price_words(struct cell *c);

bool tr_money_marked(const char *p, size_t n);
bool tr_code_like(const char *p, size_t n);

/* Past a list bullet: "- ", "* ", "• ", "· ", "1. ", "1) ", "1、". */
const char *tr_skip_bullet(const char *a, const char *z);

/* A code in brackets ending [a, z) after a name: "Desiccant 200g
 * (HD-DS-0200)", "缠绕膜（HD-SF-5023）", "Pens [B-7]" (round, square,
 * full-width or 【】 brackets). The code must hold a letter and a digit
 * or dash, no '/' and is no measure ("48mm"), so "(1000)", "(100/pk)"
 * or "(48mm)" stay in the name. Sets
 * *name_end to the opening bracket and [*ca, *cz) to the code. */
bool tr_bracket_code(const char *a, const char *z, const char **name_end, const char **ca,
                     const char **cz);

/* ---- itemblock.c ------------------------------------------------------ */

/* Lines of one level looked at together for an item block: a name line
 * (or two, a wrapped name) and up to four lines of labelled values. */
#define TR_BLOCK_LINES 6

struct tr_bline {
    const char *a, *z;
    unsigned no;
};

/* An item written as a block of lines starting at v[0] (v holds the
 * next non-empty lines of the level, n of them): "Item 1: HD-1 Widget"
 * then "Quantity: 2 pcs  Unit price: 5.00  Amount: 10.00" (the values
 * on one line or several, labelled as item table columns are). Appends
 * the item and returns the lines it took; 0 when the lines are no such
 * block. */
size_t tr_item_block(struct pass *p, const struct tr_bline *v, size_t n);

/* Rounding allowed between quantity x unit price and a stated amount:
 * half a minor unit per piece, rounded up (a price rounded to cents, an
 * amount computed from the exact price). tr_fits: q x p is a within
 * tol. */
od_money tr_tol(int64_t qty);
bool tr_fits(int64_t q, od_money p, od_money a, od_money tol);

/* Append an item (spans into the text; sku or title may be NULL); false
 * when the reading must stop (more than TR_MAX_ITEMS items: a problem is
 * appended, or out of memory). */
bool tr_emit_item(struct pass *p, const char *sku, size_t sku_n, const char *title, size_t title_n,
                  int64_t qty, od_money price, od_money amount, unsigned line);

/* An item line ("A-100 x 2 @ 59.00", "2 x A-100 @ 5", "3 pcs A-1 at $2",
 * "A-1 蓝色T恤 ×2 单价59", "A-1 x 2, 5.00 each", "A-1 蓝色T恤 2 59.00
 * 118.00"): 1 when it is one (an item or a problem appended), 0 when
 * not. */
int tr_item_line(struct pass *p, const char *a, const char *z, unsigned line);

/* An item named before brackets that end it ("Kingikott (paber, 20x25
 * cm)", "冷凍禮盒（4片裝 上掀式）"), no code in them: its title becomes
 * the name and the words in them (e->s). */
void tr_bracket_title(struct ev *e);

/* zhspec.c: the same for an item with a code (e->v) whose title is a
 * Chinese name ending in full-width brackets ("白酒礼盒（500ml 单瓶
 * 天地盖）"); read by the count-operator-price form with its amount. */
void zh25_code_bracket_title(struct ev *e);

/* zhspec.c: does the number at q after a receiver's label and name,
 * written with a space for the label's colon (label_n bytes), make the
 * line a receiver's? A phone that ends the line after the two-character
 * 收货 / 收貨; any number after a longer label. */
bool zh25_receiver_number(size_t label_n, const char *q, const char *z);

/* zhspec.c: the length of the purchase-order title that ends [a, z)
 * ("采购单", "采购通知", "訂貨單", "purchase order", any case), 0 when
 * none: the heading of the buyer's form after its company. */
size_t zh25_po_title_end(const char *a, const char *z);

/* zhspec.c: is [a, z) a Chinese address and then, after a space, a
 * person's name ("山西省晋中市平遥县 … 仓库  武建平", before the receiver's
 * two numbers "0354-5682233 / 139 3444 8071")? */
bool zh25_addr_person(const char *a, const char *z);

/* zhspec.c: is [a, z) only a telephone number ("05-2562118"), as the last
 * line of a signature under its company? */
bool zh25_phone_alone(const char *a, const char *z);

/* dashitems.c: a numbered line whose name, count with its unit and price
 * with its currency dashes between spaces part ("1) Kingikott (paber) -
 * 6 000 tk - 28,00 EUR / 100 tk - kokku 1.680,00 EUR", "1. Coffee valve
 * bag 250 g - 40,000 pcs at USD 0.19"), the name without a code: 1 when
 * an item was appended (held with a doubt), 0 when the line is not so. */
int dli_item_line(struct pass *p, const char *a, const char *z, unsigned line);

/* careof.c: does [a, z) hold a part after a comma that starts "c/o" or
 * "care of" ("…, c/o Bolloré Logistics, Dar es Salaam port")? Then the
 * parts after the name are an address though no digit is in them. */
bool co24_care_of(const char *a, const char *z);

/* addrfirst.c: where the address starts in a ship-to block's first line
 * [a, z): `found` when a name and an address were parted already (not
 * NULL); else a itself when the line ends with a comma, with a digit and
 * three parts or more ("Lot 12, Jalan Perusahaan 3, Kawasan
 * Perindustrian Bukit Beruntung,"): no name before the address; else
 * NULL. */
const char *co24_address_line(const char *found, const char *a, const char *z);
/* The end of an address line [a, z) without the comma that says it goes
 * on on the next line (the lines are joined with ", "). */
const char *co24_address_end(const char *a, const char *z);

/* regid.c: the length of a company's name v[0..n) without a registration
 * or tax number in brackets after it ("Green Kitchen Pte. Ltd. (UEN
 * 201812345K)": the name up to the bracket); n when there is none. */
size_t rid24_name_len(const char *v, size_t n);

/* phoneword.c: is [a, z) only a phone's word ("Tel", "Phone:", "mob.")?
 * co24_phone_event appends the ship-to phone [ph, z) and returns true
 * (a line "Tel 717-555-0142" in a ship-to block names no one). */
bool co24_phone_word(const char *a, const char *z);
bool co24_phone_event(struct pass *p, const char *ph, const char *z, unsigned line);

/* ---- tables.c (and tablecols.c: tr_table_end) --------------------------- */

/* Table handling, for the line loop of one pass:
 * tr_table_start: does [a, z) start a table (a header row of labels)?
 *   `cells`/`n` is the line split by separators. May start a strong
 *   table at once; a weak header only when `weak_ok`.
 * tr_table_line: a line while a table is active: 1 when the table took
 *   it, 0 when the table ended before it (read it as usual).
 * tr_table_run: does [a, z) start a table without header (a row of
 *   three or more cells with numbers)? Starts the run when so.
 * tr_table_end: decide the columns of the active table and append its
 *   items and problems. */
bool tr_table_start(struct pass *p, const char *a, const char *z, const struct cell *cells,
                    size_t n, unsigned line, bool weak_ok);
int tr_table_line(struct pass *p, const char *a, const char *z, unsigned line);
bool tr_table_run(struct pass *p, const struct cell *cells, size_t n, unsigned line);
void tr_table_free(struct table *t);

/* A form row, as an HTML table of label cells or a pasted sheet gives
 * it: the first cell, up to a tab, is wholly a printed form's label
 * (单据编号, 单号, 单据日期, 制单日期, Date: sheet.h mail_form_label) and
 * the next cell its value ("单据编号\tCGDD202602275181"). The field, with
 * *value_off where the value starts; NULL when the line is none. */
const char *tr_form_label(const char *a, const char *z, size_t *value_off);

/* The item column a header's field names: TR_SKU for "lines.sku" ...
 * TR_TOTAL for "lines.total"; -1 for anything else. */
enum { TR_SKU, TR_TITLE, TR_QTY, TR_PRICE, TR_TOTAL };
int tr_role_slot(const char *f);
/* "Price USD per" (a header cell a[0..n) ending in the word "per"): the
 * length of what stands before it, 0 when it does not end so. */
size_t tr_header_per(const char *a, size_t n);
/* The first column the header names for `role` (TR_SKU ...), or -1. */
int tr_named_col(const struct table *t, int role);

/* ---- tablesub.c -------------------------------------------------------- */

/* The row c[0..n) right under the active table's header and before any
 * item row, holding no digit and at least one column label or unit in
 * brackets: the header's second row ("名称 | 规格 | 箱数 | 每箱 | 合计个数"
 * under "商品 | | 数量 | | "). Its words name the columns under blank
 * upper cells; under the quantity's word over several columns the one
 * that is a quantity's label is the quantity, else the values decide.
 * true when the row was taken so. */
bool tr_header_second_row(struct pass *p, const struct cell *c, size_t n);

/* ---- tablenum.c -------------------------------------------------------- */

/* How a cell writes a number: TR_NUM_COMMA a decimal comma that cannot
 * be a thousands comma ("1.176,00", "860,00", "€ 2,5"); TR_NUM_POINT a
 * decimal point after thousands commas ("1,176.00"); else
 * TR_NUM_OTHER. */
enum tr_num_shape { TR_NUM_OTHER, TR_NUM_COMMA, TR_NUM_POINT };
enum tr_num_shape tr_num_shape(const char *p, size_t n);

/* The cells of a row of table `t`: sets t->comma_seen / point_seen and
 * t->comma (a decimal comma seen, no decimal point after thousands
 * commas). */
void tr_table_note_numbers(struct table *t, const struct cell *c, size_t n);

/* The cell p[0..n) as the number it stands for when the table writes
 * numbers the European way (`comma`): "1.176,00" -> "1176.00", "1.200"
 * -> "1200", written into buf (cap bytes, NUL-terminated) and returned
 * with its length in *out_n; else p itself with *out_n = n (also when it
 * does not fit). Marks around the digits are kept ("€ 1.176,00"). */
const char *tr_num_read(bool comma, const char *p, size_t n, char *buf, size_t cap, size_t *out_n);

/* ---- cellwords.c ------------------------------------------------------ */

/* A price cell with the pieces it is for after one word of any language
 * ("85,00 за 1000 шт", "US$ 4.20 el millar": the word not in a list, the
 * pieces read as after "per", fields.h mail_per_n): true with the length
 * of the price part in *price_n and N in *per. A word that multiplies
 * ("x 1000") or a currency code is no such word. The table's arithmetic
 * proves the reading (tablecols.c). */
bool tr_price_basis(const char *p, size_t n, size_t *price_n, int64_t *per);

/* A count with one unit word of any language after it ("25 rolek", "10 000
 * szt.", "12 Dosen"): the word letters only (a final '.' allowed), no
 * currency; the count, 1 to 1,000,000,000 with spaces or commas between
 * thousands, in *q. For a table's quantity column, where the arithmetic
 * of the row proves it (tablecols.c). */
bool tr_count_unit_word(const char *p, size_t n, int64_t *q);

/* "Rate USD/1000", "Price per 100": a price header that names the pieces
 * its prices are for after '/' or "per" (fields.h mail_per_n): the length
 * of the label before them, N in *per; 0 when the cell names none. */
size_t tr_header_per_n(const char *a, size_t n, int64_t *per);

/* "@58円", "@ 4.20", "＠120": the at sign before a price in a table cell
 * (it says "each"): the bytes to skip to the price, 0 when the cell does
 * not start so. */
size_t tr_at_sign(const char *p, size_t n);

/* ---- sentitems.c ------------------------------------------------------ */

/* Where a line of a paragraph starts in the paragraph joined into one
 * text (one space between lines), and its number. */
struct tr_sline {
    const char *at;
    unsigned no;
};

/* The items written in the sentences of a paragraph [a, z) (its lines
 * v[0..n) joined by spaces; the events point into it, so it must live as
 * long as the reading): every "COUNT NAME at PRICE CUR" ("50,000 pieces
 * of the printed sleeve at 0.045 EUR each", "6,000 gift boxes at 0.95
 * EUR", the count the first whole number of its clause that is no size,
 * "at" or "@", the currency before or after the price), each held with a
 * doubt. None when the paragraph asks, quotes or offers ('?', "quote",
 * "offer", "could you" …), names two currencies, or holds an "at" price
 * without such a count and name. The number of items appended. */
size_t tr_sentence_items(struct pass *p, const char *a, const char *z, const struct tr_sline *v,
                         size_t n);

/* ---- textnum.c --------------------------------------------------------- */

/* Rewrites the numbers of s[0..n) in place into the style the readers
 * take, when the text's style is sure (textnum.c): "4 000" (no-break
 * spaces) -> "4000" always; in a text with decimal commas and no decimal
 * point, "840,00" -> "840.00", "1.176,00" -> "1176.00", "4.000" ->
 * "4000". Returns the new length (never more than n); s is not
 * NUL-terminated by it. */
size_t tr_text_numbers(char *s, size_t n);

/* ---- tablecols.c ------------------------------------------------------- */

void tr_table_end(struct pass *p);

/* ---- prose.c ----------------------------------------------------------- */

/* An order written as sentences, for a line nothing else read:
 * an item ("快递袋6包（HD-ZB-3040，15.79元）", "牛皮纸 HD-KP-8012 要20卷，
 * 单价95元", "pls send 20 boxes of gloves (HD-GL-0901) $3.60/box"), a
 * stated total ("一共1380元"), an order number inside a sentence ("Our PO
 * is 7781"), a "name phone address" line. 1 when the line was taken. */
int tr_prose_line(struct pass *p, const char *a, const char *z, unsigned line);

/* What a line another reader took says of the level: that it asks for
 * goods ("麻烦周四前送到：", "Please deliver to our warehouse:") or for
 * prices, as tr_prose_line notes of the lines it reads. */
void tr_prose_asks(struct pass *p, const char *a, const char *z);

/* Only the item sentences of tr_prose_line (an item with its count and
 * price in words); 1 when the line was one. */
int tr_prose_item(struct pass *p, const char *a, const char *z, unsigned line);

/* ---- prosechange.c ----------------------------------------------------- */

/* "果酱瓶和铁盖都要 12000 个": items named by words of their titles
 * (joined by 和, 、 or 及), then 都要 / 要 and one count with its unit, in
 * a reply above a quoted order: one change per name (by_name) into
 * p->prose.chg, applied by tr_prose_apply to the one quoted item whose
 * title holds the words. Never takes the line (0): the line is read as
 * before. */
int tr_name_changes(struct pass *p, const char *a, const char *z, unsigned line);

/* The new total a reply names beside its change ("彩盒数量改成 4500 个，
 * 总金额按 24,900.00 元"): the order's stated total becomes it (called by
 * tr_prose_apply once a change applied). */
void zh25_reply_total(struct pass *p, od_money total, unsigned line);

/* ---- prosespace.c ------------------------------------------------------ */

/* A line no reader took, read again as an item sentence without the
 * single spaces between a digit and a Chinese character ("2000 个，9.50
 * 一个" as "2000个，9.50一个"): 1 when that gives exactly one priced item
 * and no problem (the squeezed copy is kept in p->joined), else 0 with
 * nothing appended. */
int tr_prose_spaced(struct pass *p, const char *a, const char *z, unsigned line);

/* proseper.c: "/百个", "/千只", "/100个" right after a sentence's price
 * and its 元 ("3.80 元/百个"): the pieces the price is for, *end set past
 * them; 1 (end untouched) when p does not start so, or when the line's
 * count before it [a, p) is written in those same words ("50千个
 * 28.00元/千个"). */
int64_t tr_prose_per_after(const char *a, const char *p, const char *z, const char **end);

/* prosebracket.c: an item sentence's name [ta, *tz) whose last words are
 * an opened bracket closed right after it (the close trimmed off) before
 * the colon that leads to the count: "茶叶小袋（3g 铝箔 三边封）：200,000 个"
 * within [ta, lim). Returns the specification inside the bracket (its
 * length in *n) and ends the name before the bracket (*tz); NULL, *tz
 * untouched, when the name is not so. */
const char *tr_prose_inner_spec(const char *ta, const char **tz, const char *lim, size_t *n);
/* Drop the events a reading added since p->n was n0 (their owned
 * strings freed) and put back the item count and item_seen it found:
 * a reading that proved wrong leaves nothing behind. */
void tr_pass_undo(struct pass *p, size_t n0, size_t items0, bool seen0);

/* At the end of a level: items without a price are kept (with a doubt)
 * only when the text prices other items; the unlabelled ship-to line is
 * emitted when no label named one. */
void tr_prose_end(struct pass *p);

/* Apply the quantity changes of a newer level (a reply) to the items
 * of `p` (the quoted order): the quantity changes, the stated line
 * amount is dropped, and the order gets a doubt naming the change (or
 * the code that the order does not hold). */
void tr_prose_apply(struct pass *p, const struct tr_change *c, size_t n);

/* ---- shipline.c -------------------------------------------------------- */

/* A line that is only a name, a phone and an address, in any order
 * ("谢强 15520972036 安徽省合肥市…", "韦艳，+8619944770033，天津市…"):
 * the first of a level is kept in p->prose (1), and emitted by
 * tr_prose_end as the ship-to when no label names one; else 0. */
int tr_ship_line(struct pass *p, const char *a, const char *z, unsigned line);

/* shipline.c: the ship-to read from a line without labels (p->prose),
 * given out when the order has items and no label names a ship-to. */
void tr_set_ship(struct pass *p, unsigned line, const char *name, size_t name_n, const char *phone,
                 size_t phone_n, const char *addr, size_t addr_n);

/* shipsentence.c: "Ship to PLACE, …, COUNTRY. Call NAME on PHONE …" on
 * one line: the address, who receives and the phone, as tr_ship_line
 * gives them; 1 when read so. */
int tr_ship_sentence(struct pass *p, const char *a, const char *z, unsigned line);
/* A Chinese address's shape: a digit and two words of places (省 市 区
 * 县 路 街 道 号 镇 村 楼 室 巷, also 區 縣 號 鎮 樓) in [a, z): "边贸路 18
 * 号", not "仓库 3 号". */
bool tr_cn_address(const char *a, const char *z);

/* The first telephone number in [a, z): 7 to 15 digits among + - ( )
 * and spaces, standing alone (no letter or digit glued to it); its span
 * in *pa, *pz. */
bool tr_phone_span(const char *a, const char *z, const char **pa, const char **pz);

/* A ship-to value that ends with "name phone" ("…5号楼，郭霞 13225696887",
 * "…3楼 阿芳收 13957912345"): sets the spans of the name and phone and
 * returns where the address ends; NULL when the value does not end so. */
const char *tr_addr_name_phone(const char *a, const char *z, const char **name, size_t *name_n,
                               const char **phone, size_t *phone_n);

/* "…丰达粮油仓库 收货", "…仓库，收货": an address ending in the word 收货
 * (deliver here, after a space or a full-width comma): where it ends
 * without it (z when it does not end so). */
const char *tr_drop_deliver_word(const char *a, const char *z);

/* ---- proseclause.c ----------------------------------------------------- */

/* "…编织袋要三万条，还是按每千条620元算；…真空砖袋4万个，3毛2一个；": a line of
 * item sentences parted by semicolons, read clause by clause (a count
 * "三万" read as "3万"); kept only when every clause with a figure gives
 * one priced item and no problem, two clauses or more. 1 when kept. */
int pcl_prose_clauses(struct pass *p, const char *a, const char *z, unsigned line);

/* ---- phonelabel.c ------------------------------------------------------ */

/* "于海涛 186 4521 9088，仓库座机 0451-8462 7310": before the phone at ph,
 * one to six Chinese characters that label it (仓库座机, 座机, 办公室; maybe
 * a colon after them), after a comma ("，" or ","): where what stands
 * before that comma ends (the first number's end); NULL when [v, ph) does
 * not end so. */
const char *zhp_first_phone_end(const char *v, const char *ph);

/* ---- quote.c ----------------------------------------------------------- */

/* Prices of the quoted text: an item code and the unit price on one row
 * of a quotation (or an earlier order) quoted below the reply. */
struct tr_quote {
    char sku[48];
    struct cell title; /* under the header's name column, or empty; points into the text */
    od_money price;
    unsigned line, level;
    bool headed;    /* read under a header row naming the price column */
    bool twice;     /* the code has two different prices at this level: */
    od_money other; /* the second one, quoted at other_line */
    unsigned other_line;
};

struct tr_quotes {
    struct tr_quote *v;
    size_t n, cap;
    /* the price column of the last header row read, per level */
    unsigned hdr_level;
    int price_col, title_col;
    size_t hdr_cells;
    bool oom;
};

/* Read one line at `level` (>= 1) of the text for item codes and prices. */
void tr_quotes_line(struct tr_quotes *q, const struct imap_extract_settings *s, const char *a,
                    const char *z, unsigned line, unsigned level);

/* The quoted row of `sku` at the nearest level deeper than `level`
 * (borrowed from `q`), or NULL when none; its `twice` says that the
 * level quotes the code at two prices. */
const struct tr_quote *tr_quote_price(const struct tr_quotes *q, unsigned level, const char *sku,
                                      size_t n);

/* A reply that orders from the quotation it quotes: when p->priced, a
 * line of a code that a deeper (quoted) level prices (p->quotes), maybe
 * a name, and a count with a unit ("HD-TD-0060 封箱器 要10个",
 * "HD-KN-0018（美工刀） 500把"): an item at that price (1), else 0. The
 * order is held: its first such line gets a doubt (the quotation may
 * have expired), and a code quoted at two prices takes the first with
 * a doubt. Only rows read under a header row (`headed`) count. */
int tr_priced_item_line(struct pass *p, const char *a, const char *z, unsigned line);

void tr_quotes_free(struct tr_quotes *q);

/* ---- orders.c ---------------------------------------------------------- */

/* Where a field came from: "line N", the mail's Subject (line 0), or
 * the message itself (TR_SRC_MESSAGE: the msg-... order number). */
#define TR_SRC_MESSAGE UINT32_MAX
struct src {
    char key[40]; /* field path: "ship_to.name", "lines[0].qty" */
    unsigned line;
};

/* One order being built from its events. */
struct built {
    struct od_order *o; /* owned until handed on */
    char id[MAIL_ID_MAX + 1];
    unsigned id_line;
    bool bad; /* refused: `why` says why */
    char why[512];
    size_t n_items;
    struct src *src;
    size_t n_src, cap_src;
    char **doubts; /* NULL entries: soft doubts dropped (the total confirmed the lines) */
    bool *soft;
    size_t n_doubts;
    size_t more_doubts;                     /* past the first 10: counted only */
    unsigned tax_rate_bp, tax_line;         /* the tax label's stated rate (0: none) and line */
    bool lh_phone, lh_address, lh_customer; /* the field came from the letterhead */
};

/* Assign every event of `p` to an order (ev[].blk, text order); returns
 * the number of orders (docs/email-extraction.md, "Several orders"). */
unsigned tr_group(struct pass *p);

/* Build order `blk` from its events in ev[from..to) into `b` (zeroed):
 * fields, lines, the total check, doubts. 0 or OD_ENOMEM. */
int tr_build(struct pass *p, unsigned blk, size_t from, size_t to, struct built *b);

int tr_add_src(struct built *b, const char *key, unsigned line);
int tr_add_doubt(struct built *b, bool soft, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

/* The customer name and e-mail, currency and date of `first`, where
 * `dst` lacks them, with their sources. 0 or OD_ENOMEM. */
int tr_inherit(struct built *dst, const struct built *first);

/* b->o->extraction from the doubts and sources. 0 or OD_ENOMEM. */
int tr_finish_extraction(struct built *b);

void tr_built_free(struct built *b);

/* ---- docfields.c ------------------------------------------------------- */

/* A line of the text at the level read: [a, z) trimmed (a == z when
 * blank), its 1-based number. */
struct tr_line {
    const char *a, *z;
    unsigned no;
};

/* What the whole text v[0..n) says beside its labels, for the orders
 * b[0..n_b) read from it (refused ones skipped): the currency its
 * amounts are written in (a currency label's value kept, a second
 * currency a hard doubt), the buying company of its last signature, the
 * day order of an ambiguous date by the countries named
 * (docs/email-extraction.md, "The whole text"). 0 or OD_ENOMEM. */
int tr_doc_fields(const struct imap_extract_settings *s, const struct tr_line *v, size_t n,
                  struct built *b, unsigned n_b);

/* The buying company of the last signature of the text v[0..n), as
 * tr_doc_fields finds it: its length, with *at into the text and *no
 * the `no` of its line; 0 when the text names none. */
size_t tr_signature_company(const struct tr_line *v, size_t n, const char **at, unsigned *no);

#endif
