/* Labels and values of purchase orders, shared by the readers of the
 * e-mail extraction: the plain-text reader (text.c) and the sheet reader
 * (sheet.c, for grids from xlsx, xls, CSV and PDF). One home for the
 * label tables, the tolerant label comparison and the value parsers, so
 * a label or a money format added once works in every kind of document.
 *
 * Labels are compared folded (mail_label_fold): full-width forms as
 * ASCII, ASCII case ignored, white space and the punctuation people
 * put in labels ignored, a trailing unit in brackets ignored. So
 * "P.O. No.", "PO no", "ＰＯ　Ｎｏ．" and "po#" are one label, and
 * "单价（元）" is "单价".
 *
 * Everything is borrowed; `s` may be NULL (the built-in labels only). */
#ifndef OD_IMAP_FIELDS_H
#define OD_IMAP_FIELDS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "extract.h"
#include "money.h"
#include "timeutil.h"

/* Longest order number read from a document. */
#define MAIL_ID_MAX 64

/* The fields `labels:` may extend (NULL-terminated): the order-level
 * ones, then the table columns "lines.sku", "lines.title", "lines.qty",
 * "lines.unit_price", "lines.total". */
extern const char *const mail_label_fields[];

/* Fold s[0..len) for comparison into `out` (NUL-terminated, at most
 * cap - 1 bytes; longer input is cut): U+FF01..U+FF5E as ASCII, U+3000
 * dropped, ASCII letters lower case, white space and . : ： # _ - / ( )
 * dropped, a trailing bracketed unit dropped ("Unit Price (CNY)" ->
 * "unitprice", "单价（元）" -> "单价"). Returns the folded length. */
size_t mail_label_fold(const char *s, size_t len, char *out, size_t cap);

/* Whether `t`, folded, is one of `words` (folded already; NULL ends
 * the list): "Colour" among {"colour", "brand", NULL}. */
bool mail_label_among(const char *t, const char *const *words);

/* Whether the line a..z starts with a label after which the seller's
 * own name stands: a supplier label or the greeting's addressee
 * ("供应商：…", "致：…有限公司", "Dear … Co., Ltd.", "Attn: …"); Latin
 * labels in any case. */
bool mail_seller_label(const char *a, const char *z);

/* The order-level field that the whole of `label` names (folded
 * compare; a trailing ':' or '：' allowed): "采购单号" -> "external_id",
 * "Ship to" -> "ship_to.name"; NULL when none. */
const char *mail_order_field(const struct imap_extract_settings *s, const char *label, size_t len);

/* The line-item column that a table header cell names: "单价（元）" ->
 * "lines.unit_price"; "-" for a known column that carries nothing
 * (序号, 单位, No.); NULL when unknown. */
const char *mail_column_field(const struct imap_extract_settings *s, const char *cell, size_t len);

/* A label at the start of `text` followed by its value ("采购单号：PO-1",
 * "PO No. 123", "Tel: 138 0013 8000", "订单号 PO-1"): the field, with
 * *value_off set to where the value starts (after the separator and
 * white space; == len when the value is empty, as in a cell "采购单号："
 * whose value is in the next cell). NULL when `text` does not start
 * with a known label and separator. The longest label wins. */
const char *mail_label_at(const struct imap_extract_settings *s, const char *text, size_t len,
                          size_t *value_off);

/* A column label marked as a model number in the column table (型号, 规格型号,
 * Model): a SKU column's label, but beside another code column and no
 * name column it is the name. */
bool mail_is_model_label(const char *cell, size_t len);
/* A column label that names the item's specification, whose cells join
 * the name in the line's title: the model labels (型号, 规格型号, Model,
 * Model No) and 规格, 規格, 规格参数, Spec, Specs, Specification(s). Not
 * colour, size, unit or brand: those are no spec. */
bool mail_is_spec_label(const char *cell, size_t len);
/* A word written first in a spec cell that is an item code
 * ("HD-SF-5023", "KX5023"): ASCII only, two capitals and a digit; not a
 * size ("50cm", "1m*2mm"). */
bool mail_spec_code(const char *p, size_t n);
/* An item code written among the words of a name ("HD-CT-0302 三层纸箱"):
 * a spec code (mail_spec_code) with a dash. */
bool mail_name_code(const char *p, size_t n);
/* A spec cell (*p, *n) as it joins a title: trimmed of spaces; false
 * when nothing but dashes is left. With `code` non-NULL, a first word
 * that is an item code (mail_spec_code) followed by more is cut off
 * into *code, *code_n (NULL, 0 when none) and *p, *n are the rest. */
bool mail_spec_part(const char **p, size_t *n, const char **code, size_t *code_n);

enum mail_total {
    MAIL_TOTAL_NONE,
    MAIL_TOTAL_ORDER, /* 合计, 总计, Total, Grand Total, Amount Due */
    MAIL_TOTAL_SUB,   /* 小计, Subtotal, Total Before Tax */
};

/* Whether p[0..n) is a word that states the sum of an order, and
 * whether a subtotal's (folded compare, the whole cell or the label part
 * of "合计：123"). */
enum mail_total mail_total_word(const char *p, size_t n);

/* True when the cell starts a totals row: mail_total_word() is a total's
 * or a subtotal's. */
bool mail_is_total_word(const char *p, size_t n);

/* A line l[0..n) that starts with the word of an order's total (after
 * spaces, '*' and '|'; the longest word; a subtotal's is none): where
 * the rest starts, else NULL ("Grand Total: $12" -> ": $12"). */
const char *mail_total_lead(const char *l, size_t n);

/* Money with its decorations: "¥1,234.50", "￥59", "1234.5元",
 * "RMB 12", "$4.50", "CNY 10.00", full-width digits. 0 or OD_EINVAL. */
int mail_parse_amount(const char *p, size_t n, od_money *out);

/* A quantity: a whole number from 1 to 1,000,000,000, thousands commas
 * and a unit word allowed ("10箱", "5 pcs", "1,000"), full-width digits.
 * 0, or OD_EINVAL with `why` filled: "quantity 'abc' is not a number",
 * "quantity '2.5' is not a whole number", "quantity '0' must be between
 * 1 and 1000000000" (callers prefix where: "line 3: "). */
int mail_parse_qty(const char *p, size_t n, int64_t *out, char *why, size_t wl);

/* The order number at the start of a value: the leading run of
 * letters, digits and -_/.# ("PO-7（加急）" -> "PO-7"), at most
 * MAIL_ID_MAX bytes, with at least one letter or digit. */
bool mail_take_id(const char *p, size_t n, char out[MAIL_ID_MAX + 1]);
/* 2 when p[0..n) starts with a Greek (Α..Ω) or Cyrillic (А..Я) capital,
 * which an order number in the Subject may hold ("ΜΧ-27/0312",
 * "ВБ-0121"), else 0. */
size_t mail_id_capital(const char *p, size_t n);

/* A date as people write it ("2026-11-20", "2026/11/20 09:30",
 * "2026年11月20日", "2026.11.20", "20 Nov 2026", "Nov 20, 2026"), naive
 * times in the settings' zone (default Asia/Shanghai). */
bool mail_parse_date(const struct imap_extract_settings *s, const char *p, size_t n, od_time *out);

/* mail_parse_date, and "06/12/2026" or "06-12-2026" (day and month
 * around a four-digit year): a part above 12 is the day; when both are
 * 12 or less, day first if `dayfirst`, else month first, and
 * *ambiguous is set. mail_parse_date reads them month first. */
bool mail_parse_date_order(const struct imap_extract_settings *s, const char *p, size_t n,
                           bool dayfirst, od_time *out, bool *ambiguous);

/* An ISO 4217 code for a currency word or symbol ("人民币", "RMB", "¥",
 * "USD", "美元", "$" -> "USD"), or NULL. */
const char *mail_currency_code(const char *p, size_t n);

/* A currency mark as written ("HK$", "人民币", "RM") and its code. */
struct mail_currency {
    const char *w, *code;
    /* 1: matched as written only ("BHD", not "bhd"); 2: also a word, and
     * not before a number ("KM" the mark, "KM 2" a kilometre) */
    unsigned char cased;
};

/* Every currency mark mail_currency_code() knows; *n of them. */
const struct mail_currency *mail_currency_list(size_t *n);

/* ---- prices per N pieces ---------------------------------------------
 * "USD 14.50 / 1,000 pcs", "95,00/milheiro", "Rate per 100", "单价/千个",
 * "Preis je 100": a price for N pieces, N one of 10, 100, 1000, 10000.
 * The line's amount is qty x price / N. Shared by every reader (text
 * lines and tables, sheets, PDF tables). */

/* The N that the words p[0..n) say a price is for, the words right after
 * the price or in a price column's header: "/ 1,000 pcs", "/1000", "per
 * 100", "je 100", "/milheiro", "per M", "per thousand", "/千个", "每千个";
 * 1 when they name none. Leading spaces are skipped. */
int64_t mail_per_n(const char *p, size_t n);

/* A price written with its N after it ("95,00/milheiro", "14.50 / 1,000
 * pcs", "USD 3.20 per 1000"): true with the length of the price part
 * (trimmed) in *price_n and N in *per; false when p[0..n) names no N. */
bool mail_price_per_split(const char *p, size_t n, size_t *price_n, int64_t *per);

/* A price written after the N it is for ("每千個 38.00", "每1000个
 * 38.00"): true with where the price starts in *price_off and N in *per;
 * false when p[0..n) does not start so. */
bool mail_price_per_lead(const char *p, size_t n, size_t *price_off, int64_t *per);

/* A price `per_price` for `per` pieces, for `qty` pieces: the unit price
 * in ten-thousandths of the currency unit (*e4; true when that is exact,
 * "14.50 / 1000" is 0.0145), rounded half up to the cent (*unit), and the
 * amount qty x per_price / per rounded half up to the cent (*amount).
 * False (the outputs set all the same, *e4 rounded) when the unit price
 * is finer than a ten-thousandth, or on overflow (*amount OD_MONEY_NONE). */
bool mail_per_price(od_money per_price, int64_t per, int64_t qty, int64_t *e4, od_money *unit,
                    od_money *amount);

enum mail_side { MAIL_START, MAIL_END };

/* The longest currency mark that p[0..n) starts with (MAIL_START: "RM
 * 0.62", "¥59") or ends with (MAIL_END: "59 元", "12.00 USD"), ASCII
 * letters compared without case, a code not running into letters (not
 * "RMB" for RM, nor "12 FORM"): its length, with its code in *code
 * (when not NULL); 0 when none. */
size_t mail_currency_at(const char *p, size_t n, enum mail_side side, const char **code);

/* May a currency mark of one letter ("R", the rand) start p[0..n)? Only
 * before one space and a digit: "R 14.20", not "R44" or "R&D". */
bool mail_letter_mark_ok(const char *p, size_t n);

#endif
