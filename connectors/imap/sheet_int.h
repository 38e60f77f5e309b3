/* Internal to the sheet reader: what its files share. sheet.c (the
 * entry, the table's rows), sheethead.c (the header row and columns),
 * sheetvalues.c (columns from their values), sheetlines.c (lines and
 * checks), sheetamount.c (amounts), sheetprice.c (money columns and
 * charges), sheetsizes.c (sizes across the columns), sheetfields.c (the fields outside the
 * table: labels, the mail's text, what the values say), sheetpdf.c (what a PDF's layout does
 * to its table), sheetbasis.c (a price's basis in its cell or its row's unit) and
 * sheetparties.c (labels of two words that name a party). */
#ifndef OD_IMAP_SHEET_INT_H
#define OD_IMAP_SHEET_INT_H

#include <json-c/json.h>
#include <stdbool.h>
#include <stdint.h>

#include "sheet.h"
#include "sheetclause.h"

#define MAX_ITEMS 2000
#define MAX_COLS  64
#define REF_MAX   96

/* Roles of a table column. */
enum role {
    R_NONE,
    R_IGNORE,
    R_SKU,
    R_TITLE,
    R_QTY,
    R_PRICE,
    R_TOTAL,
    R_PER,
    R_ORDER,
    R_DISC,
    N_ROLES
};
/* R_PER: the pieces a row's price is for ("Per": 1, 1000), sheetprice.c;
 * R_ORDER: the order number repeated on each row (单据编号), sheetorders.c;
 * R_DISC: a row's discount in percent ("Disc. %"), sheetprice.c */

struct column {
    double a, b;    /* position: sheet columns [col, col + span), PDF x range */
    enum role role; /* from the header label, or decided from the values */
    const struct od_cell *head;
};

/* A row below the items with a label no list knows and one amount
 * ("Summe netto | 3330,00", "未稅合計 | 29550"): sheetlines.c decides
 * from the lines' sum whether it is the subtotal or the total. */
#define MAX_SUMS 8
struct sum_row {
    const struct od_cell *label, *amount;
    od_money m;
};

/* One item row: the text under each column and the cell it came from. */
struct item {
    uint32_t row;
    const struct od_cell *first; /* leftmost cell of the row (for refs) */
    char *text[MAX_COLS];
    const struct od_cell *cell[MAX_COLS];
};

struct sheet {
    const struct imap_extract_settings *s;
    const struct od_grid *g;
    struct column cols[MAX_COLS];
    size_t n_cols;
    uint32_t head_row;
    uint32_t first_row; /* the first row of items */
    bool virtual_head;  /* no header row: the columns are the first item row's */
    uint32_t end_row;   /* first row after the table (total row included) */
    struct item *items;
    size_t n_items;
    od_money stated_total;
    const struct od_cell *total_cell; /* to tell a later total from the same cell */
    char total_ref[REF_MAX];          /* where the stated total was read */
    json_object *sources;
    struct od_order *o;
    char id[MAIL_ID_MAX + 1];
    char id_ref[REF_MAX]; /* where the order number was read */
    char *why;
    size_t wl;
    bool bad;
    bool oom;
    bool comma_decimals;              /* "2,14" and "1.782,00": amounts written the European way */
    bool total_is_sub;                /* the stated total so far is a subtotal */
    bool currency_doubt;              /* a currency label's value was not understood */
    bool in_context;                  /* reading the mail's text for what the document lacks */
    uint32_t col_lo, col_hi, row_hi;  /* `table:` bounds (else 0, UINT32_MAX, UINT32_MAX) */
    const char *signature;            /* the mail text's last company line */
    char signature_buf[256];          /* it, as the text's signature reader cut it */
    char signature_ref[REF_MAX];      /* and where it stands */
    const struct od_cell *label_cell; /* the label whose value is being taken */
    bool ship_name_weak;              /* ship_to.name came from a contact label (联系人, Attn) */
    bool phone_bare;                  /* ship_to.phone came from a phone's label alone (Tel:) */
    char site_line[128];              /* a ship-to block's first line left out for its Attn line */
    char site_ref[REF_MAX];           /* and where it stands */
    bool site_inline;                 /* site_line was the first part of the address's own line */
    bool note_from_address;           /* buyer_note is a time cut from the address */
    int per_col;                      /* the "Per" column, or -1 (sheetprice.c) */
    int64_t per_n;                    /* the price header's N ("Price/1000"), else 1 */
    struct sum_row sums[MAX_SUMS];    /* sum rows below the items whose label no list knows */
    size_t n_sums;
    bool sums_end_unknown;                  /* the last row of the sums block is one of them */
    const struct od_grid *body;             /* the mail's text (OD_GRID_TEXT), or NULL */
    bool address_for_name;                  /* a ship-to name's label gave the address */
    od_money later_total;                   /* a total's label below the one read, another amount */
    const struct od_cell *later_total_cell; /* (sheet_later_total), or NULL */
};

/* The cells [a, z) of a row of the grid. */
struct row_range {
    size_t a, z;
};

struct row_range sheet_row_cells(const struct od_grid *g, uint32_t row);

/* The first failure (the order is refused with it); later ones are dropped. */
void sheet_fail(struct sheet *sh, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* A doubt on the order (it is held). */
void sheet_doubt(struct sheet *sh, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Where a cell of the grid being read is, for people. */
void sheet_ref(const struct sheet *sh, const struct od_cell *c, char buf[REF_MAX]);
/* Record where a field was read (a cell of the grid being read, or a reference). */
void sheet_source(struct sheet *sh, const char *field, const struct od_cell *c);
void sheet_source_at(struct sheet *sh, const char *field, const char *where);
/* An amount as the document writes them (decimal commas, float noise). */
int sheet_amount(const struct sheet *sh, const char *t, size_t n, od_money *out);
/* A quantity as the document writes it: "2.500" is 2500 where amounts
 * carry a decimal comma (mail_parse_qty's codes and `why`). */
int sheet_qty(const struct sheet *sh, const char *t, size_t n, int64_t *out, char *why, size_t wl);
/* sheetamount.c: decide once whether the document writes amounts with a decimal comma. */
void sheet_sniff_decimals(struct sheet *sh);

/* sheethead.c: the role a header cell names (shared labels, then the
 * printed forms' own); the column a cell belongs under (-1: none). */
enum role sheet_column_role(const struct sheet *sh, const char *t);
int sheet_column_of(const struct sheet *sh, const struct od_cell *c);
/* sheethead.c: find the header row (or the rows that hold items by
 * their arithmetic) and set the columns; false when there is none. */
bool sheet_find_header(struct sheet *sh);

/* sheetvalues.c: every filled cell of column k is a date (a delivery
 * date column: no SKU, name or spec). */
bool sheet_dates_column(const struct sheet *sh, size_t k);
/* sheetvalues.c: the first column of role `r`, or -1. */
int sheet_find_role(const struct sheet *sh, enum role r);
/* sheetvalues.c: the quantity, price and amount columns from
 * qty x price = amount where the header leaves them open or the values
 * contradict it (a doubt then); OD_ENOMEM. */
int sheet_decide_numbers(struct sheet *sh);
/* sheetvalues.c: SKU and name columns without a known header. */
void sheet_decide_texts(struct sheet *sh);
/* sheetvalues.c: no SKU column, and a line-number column ("No.") holds
 * item codes: it is the SKU column. 0 or OD_ENOMEM. */
int sheet_codes_column(struct sheet *sh);

/* sheetorders.c: with an order-number column, the number of distinct
 * orders in the table; keeps the items of order `which` (0-based) and
 * takes its number. 1 without such a column. */
unsigned sheet_pick_order(struct sheet *sh, unsigned which);

/* sheetsizes.c: a header cell that is a size alone or a size's
 * quantity ("6寸", "小号数量"). */
bool sheet_size_head(const char *t);
/* sheetsizes.c: sizes across the columns ("小号数量 | 小号单价 | 中号数量
 * …", or "6寸 | 8寸" with a price row): one line per size with a
 * quantity; *done when the table is such. 0 or OD_ENOMEM. */
int sheet_size_matrix(struct sheet *sh, bool *done);

/* sheetpdf.c: a PDF row of a label (words, no digit) and one amount
 * under the amount column that is the sum of the amounts of the item
 * rows read so far (two at least): the lines' subtotal, whatever its
 * words and wherever its label stands ("Neto" under the name column). */
bool sheet_pdf_lines_sum(const struct sheet *sh, struct row_range r);

/* sheetpdf.c: a PDF header cell set over two columns of values, words
 * and numbers ("U of M Quantity Ordered" over "EA | 15,000"): split
 * into the two columns (the numbers' keeps the header's role), so that
 * each value has a column of its own. */
void sheet_pdf_split_columns(struct sheet *sh);

/* sheetbasis.c: row `it` with a unit that counts thousands ("Per 1000",
 * "M" among "EA") and no other basis (*per 1): the price is per 1000
 * when the amount is qty x price / 1000 (*per set to 1000); when it is
 * qty x price, both count thousands and are kept. A doubt either way. */
void sheet_unit_thousand(struct sheet *sh, const struct item *it, int64_t qty, od_money price,
                         od_money amt, int64_t *per);

/* sheetparties.c: a receiver's label of a contact's word and a place's
 * word, then ':' and the value ("Contacto bodega: Cristián Fuentes +56
 * 9 8765 4321", "Ship To Contact: Eng. Karim Mostafa"): "ship_to.name"
 * with the value's offset; NULL when `t` is no such cell. */
const char *sheet_receiver_label(const char *t, size_t *value_off);

/* sheetparties.c: a cell that starts with the supplier's account label
 * ("Vendor ID: HENGDA001", "Vendor:", "供应商编号"): the company named
 * beside it is the supplier's. */
bool sheet_supplier_ref_label(const char *t);

/* sheetbasis.c: a price cell with its basis after the figure, which no
 * amount reader takes whole ("22,00 / 1.000 τεμ.", "14.50 per 1,000"):
 * the figure in *price and N in *per; 0, or -1 when `t` is none. */
int sheet_basis_price(const struct sheet *sh, const char *t, od_money *price, int64_t *per);
/* sheetbasis.c: the same, with *fine the part of N that sheet_price_per
 * does not count already (1 when it reads the same N off the cell), as
 * sheet_fine_price's *per. */
int sheet_basis_fine(const struct sheet *sh, const char *t, od_money *price, int64_t *fine);

/* sheetparties.c: a receiver's value of a name and its phones each
 * glued to its Chinese word ("祁生福 电话0971-2723518 手机13897461102"):
 * where the first number starts (its end in *num_end, the name's in
 * *name_end; *more when more numbers follow); 0 when `v` is not so. */
size_t sheet_glued_phones(const char *v, size_t n, size_t *num_end, size_t *name_end, bool *more);

/* sheetbasis.c: row `it`'s price cell (column kp) that no reader takes,
 * on a row with a quantity and an amount (column ka) and no basis: the
 * price is the amount / the quantity when that is exact to 1/10000 (in
 * *price per *fine pieces, as sheet_fine_price), with a doubt that names
 * the cell; 0, or -1 when it cannot be so (the row then refuses). */
int sheet_price_from_amount(struct sheet *sh, const struct item *it, int kp, int ka, int64_t qty,
                            od_money *price, int64_t *fine);

/* sheetskip.c: item row `it` whose quantity (column kq) is missing or
 * cannot be read (`why`), among rows of which another has a quantity:
 * left out with a doubt (true); false when no other row has one (the
 * table is then refused). */
bool sheet_skip_row(struct sheet *sh, const struct item *it, int kq, const char *why);

/* sheetlines.c: the order's lines from the items (sheet_fail on a row
 * that cannot be read); OD_ENOMEM. */
int sheet_make_lines(struct sheet *sh);
/* sheetlines.c: m less pct hundredths of a percent, to the cent. */
od_money sheet_discounted(od_money m, int64_t pct);
/* sheetlines.c: the sum rows whose label no list knows: the one that is
 * the lines' sum is the subtotal, the last one the total; a row that
 * is neither refuses the order as an item without a quantity. */
void sheet_resolve_sums(struct sheet *sh);
/* sheetlines.c: the stated total against the lines and the charges. */
void sheet_check_total(struct sheet *sh);

/* sheetprice.c: headers of printed forms that only sheets use. */
enum role sheet_form_column(const char *t);
/* sheetprice.c: N of a price header "Price/1000", "每千个单价" (else 1). */
int64_t sheet_header_per(const char *t);
/* sheetprice.c: net against tax-included columns, the "Per" column and
 * the price header's N, once the header's columns are set. */
void sheet_price_columns(struct sheet *sh);
/* sheetprice.c: the pieces row `it`'s price is for (1 when unsaid). */
int64_t sheet_price_per(const struct sheet *sh, const struct item *it);
/* sheetprice.c: a freight, tax or discount row inside the table, taken
 * as the order's charge; true when it was one. */
bool sheet_charge_row(struct sheet *sh, struct row_range r);
/* sheetprice.c: the charge a longer label names ("VAT 20%", "Freight &
 * handling"; in a sums block also a tax's own name: "MwSt. 19%",
 * "GST 9%", "營業稅5%"): "shipping", "tax", "discount", or NULL. */
const char *sheet_charge_word(const char *t, bool sums_block);
/* sheetprice.c: the field of a label cell, or of either half of a label
 * written in two languages ("Transporte / Freight", "Leveradres /
 * Livraison"); NULL when neither names one. */
const char *sheet_bilingual_field(const struct sheet *sh, const char *t, size_t n);
/* sheetprice.c: charges named inside longer labels below the table
 * ("Loyalty discount 3%"). */
void sheet_charge_labels(struct sheet *sh);
/* sheetprice.c: a unit price with 3 or 4 decimals ("0.075"), in cents
 * per *per pieces (10, 100); 0, or -1 when `t` is none. */
int sheet_fine_price(const struct sheet *sh, const char *t, od_money *out, int64_t *per);
/* sheetprice.c: row `it`'s discount in percent under column `k` (-1:
 * none), in hundredths of a percent; 0 when none. */
int64_t sheet_row_discount(const struct sheet *sh, const struct item *it, int k);
/* sheetprice.c: beside a discount column, a column of the price less
 * the row's discount on every row ("Einzelpreis | Rabatt % | Preis nach
 * Rabatt"): it becomes the price column; the list price and the
 * discount columns are left out. */
void sheet_discounted_price(struct sheet *sh);
/* sheetprice.c: a SKU column of line numbers beside a column of codes. */
void sheet_line_number_sku(struct sheet *sh);

/* sheetfields.c: the label cells outside rows [head_row, end_row). */
int sheet_read_labels(struct sheet *sh);
/* sheetfields.c: a total's label read after the stated total, with
 * another amount, once the charges named below the table are known:
 * it is the total when it is the stated one with them ("合计 85,000 |
 * 整单优惠 -1,000 | 优惠后金额 84,000"). */
void sheet_later_total(struct sheet *sh);
/* sheetfields.c: what the mail's text adds; the signature's company. */
int sheet_read_context(struct sheet *sh, const struct od_grid *body);
/* sheetfields.c: the signature's company of the mail's text alone
 * (sh->signature, sh->signature_ref). 0 or OD_ENOMEM. */
int sheet_body_signature(struct sheet *sh, const struct od_grid *body);
/* sheetfields.c: the letterhead as the customer, then the signature. */
int sheet_guess_customer(struct sheet *sh);
/* sheetbuyer.c: a buyer's name without a legal form that starts a
 * company's name with one in the mail's text ("吐鲁番丝路果业" and
 * "吐鲁番丝路果业有限公司 李娟 …") is that name. 0 or OD_ENOMEM. */
int sheet_full_customer(struct sheet *sh, const struct od_grid *body);
/* sheetcustname.c: the buyer's name as a cell above the items writes it:
 * with its legal form ("Kalahari Prime Meats (Pty) Ltd" for the
 * signature's "Kalahari Prime Meats"), without the signature's person
 * ("浦丽娟 宣威市滇宣火腿厂" when a cell starts "宣威市滇宣火腿厂"), or,
 * none named, before the title ("Finca …, S.A. — Orden de Compra"). 0 or
 * OD_ENOMEM. */
int scn_customer_head(struct sheet *sh);
/* sheettail.c: a total that is the lines' sum, then rows of a label and
 * an amount under it, the last the total with those between added
 * ("Total marchandise 10470 | Fret maritime 860 | Net à payer 11330"):
 * the last is the total (held: the check of the total doubts it). */
void stl_total_below(struct sheet *sh);
/* commaqty.c: in a document whose amounts carry a decimal comma, do
 * the table's quantities written "12,000" count thousands? True when a
 * row's amount is that count times its price (less its discount) and
 * none is the decimal reading's. */
bool commaqty_grouped(const struct sheet *sh, int kq, int kp, int ka, int kd);
/* commaqty.c: "12,000", "1,250,000" as a whole count; else OD_EINVAL. */
int commaqty_read(const char *t, int64_t *out);
/* sheetdate.c: no label gave the date: the one cell above the table
 * that is a date alone, read the same either way round ("15 December
 * 2027" beside "Our ref: …"). */
void sheetdate_unlabelled(struct sheet *sh);
/* sheetdeliver.c: no ship-to read: a sentence that asks for a delivery
 * before a colon, the address after it and "(ask for NAME, PHONE)";
 * such a sentence not read so is a doubt. 0 or OD_ENOMEM. */
int sheetdeliver_sentence(struct sheet *sh);
/* sheetbeside.c: the mail's text read for a document: an address's
 * label cell whose row ends in one more cell, a person's name and a
 * phone ("收货：…5 栋  黄志勇 177 7661 0032"): the receiver, when none
 * was read. `rc` is the caller's result so far, returned when < 0; 0 or
 * OD_ENOMEM. */
int sheet_person_beside(struct sheet *sh, const struct od_cell *c, int rc);
/* pdfparty.c: does the cell, after the name the mail is signed by (its
 * first n bytes), hold its legal form alone: ", " or " " and one to three
 * words without a digit, the whole a company by mail_company_line()
 * ("…Marcala Sur, Ltda.", "Kalahari Prime Meats (Pty) Ltd")? */
bool pdfp_form_after(const char *cell, size_t n);
/* pdfparty.c: a receiver's name read with an academic title before it
 * ("Ing. Óscar Mejía"), which some clerks key and some leave out: a
 * doubt, the name kept as written. */
void pdfp_title_doubt(struct sheet *sh);
/* pdfparty.c: a ship-to value that is an address, then in brackets the
 * person who receives and a phone ("…, Guyana (Rohan Persaud, +592 265
 * 4410)", QuickBooks' SHIP TO): the three read apart, each only when
 * not yet read. True when so (sh->oom set when out of memory). */
bool pdfp_bracket_receiver(struct sheet *sh, const struct od_cell *c, const char *v, size_t n);
/* pdfqtytitle.c: a quantity cell holding the name after its number
 * ("4,000 Rum gift box 750ml, single") in a row whose name cell is empty,
 * when other rows have names and the cell is no quantity whole: the
 * number stays the quantity, the rest becomes the row's name. 0 or
 * OD_ENOMEM. */
int pdfq_split_qty_title(struct sheet *sh, int kq, int kt);
/* sheetrecv.c: no receiver read: a line of the document (outside the
 * items), else of the mail's text `g`, that is a delivery word, a Chinese
 * address, the person and the phone ("收货 安徽省… 2 号  章建军 139 …"),
 * in one cell or over two cells of a row, gives the three; its address
 * replaces one that is only a place's name ("铜陵白姜 成品仓"). 0 or
 * OD_ENOMEM. */
int sheetrecv_line(struct sheet *sh, const struct od_grid *g);
/* sheetrecv.c: the ship-to read in part from a row whose label a list
 * knows; the row beside it, under a label no list knows, gives the rest
 * by its shape: the address's row, then [label, person, phone] below it
 * (a courtesy title "M." kept and doubted); the receiver's row, then [label, a
 * place of three comma-parted parts] above it. 0 or OD_ENOMEM. */
int sheetrecv_block(struct sheet *sh);
/* sheetrecv.c: "Cel.:": letters closed by a colon, an unknown label. */
bool sheetrecv_open_label(const char *t);
/* sheetcurrency.c: a currency named without a label, in the document's
 * cells, else in the mail's text (sh->body); two that disagree are a
 * doubt. */
void sheet_guess_currency(struct sheet *sh);
/* sheetfields.c: the order number in the Subject. */
void sheet_subject_id(struct sheet *sh, const char *subject);
/* sheetfields.c: a receiver's phone of two numbers ("138… / 0995-…")
 * holds the order: both are kept, a carrier's label takes one. */
void sheet_phones_doubt(struct sheet *sh);
/* sheetfields.c: a ship-to block's first line (a site: "Kaimai Manuka -
 * Auckland Packing") left out of the address for the Attn line under
 * it, and not the customer's name, holds the order. */
void sheet_site_doubt(struct sheet *sh);

#endif
