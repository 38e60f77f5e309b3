/* Invoice requests (发票) of the normalized order: the canonical names of
 * an invoice's type and medium, and the check of a buyer's tax number
 * (税号). See docs/normalized-order.md#invoice and the audit rule
 * invoice_valid in docs/audit.md.
 *
 * Nothing here allocates except od_invoice_finish (which replaces the
 * type and medium strings of an invoice by their canonical names). */
#ifndef OD_INVOICE_H
#define OD_INVOICE_H

#include <stdbool.h>
#include <stddef.h>

struct od_invoice;

/* The canonical type of `s`: "none", "normal" (普票) or "special" (专票,
 * 增值税专用发票), from those names or the usual Chinese ones (普票,
 * 普通发票, 增值税普通发票, 电子普通发票, 专票, 增值税专用发票, 电子专票,
 * 不开发票, 不需要, 无); NULL when `s` is none of them. Surrounding
 * white space is ignored; ASCII case too. The result is static. */
const char *od_invoice_type_canon(const char *s);
/* The canonical medium: "electronic" (电子, 电子发票, 数电, 全电) or
 * "paper" (纸质, 纸质发票); NULL when unknown. Static result. */
const char *od_invoice_medium_canon(const char *s);

/* Canonicalize inv->type and inv->medium in place. When any other
 * invoice field is given and the type is not, the type becomes "normal"
 * (a 抬头 without a type asks for a 普票); an empty type or medium
 * becomes NULL. OD_EINVAL naming the field and
 * the value when a type or medium is not recognized ("invoice.type:
 * expected none, normal or special; got '收据'"); the invoice is then
 * unchanged. */
int od_invoice_finish(struct od_invoice *inv);

/* An invoice is requested when its type is normal or special. */
bool od_invoice_requested(const struct od_invoice *inv);

/* True when `name`, the key of a shop's extra order field, holds the
 * buyer's tax or VAT number: compared with ASCII case, leading '_' and
 * the difference between ' ', '-' and '_' ignored, one of vat, vat_number,
 * vat_id, billing_vat, billing_vat_number, tax_id, tax_number, 税号,
 * 纳税人识别号 (WooCommerce's EU VAT Number extension writes
 * _billing_vat_number, older versions _vat_number; Shopify checkout apps
 * write a note attribute such as "VAT Number"). */
bool od_invoice_tax_key(const char *name);

enum od_tax_id_verdict {
    OD_TAX_ID_USCC = 0,   /* a valid 18-character 统一社会信用代码 */
    OD_TAX_ID_OLD,        /* an older tax number: 15, 17 or 20 digits/letters */
    OD_TAX_ID_BAD_LENGTH, /* not 15, 17, 18 or 20 characters */
    OD_TAX_ID_BAD_CHAR,   /* a character outside the alphabet (position in *pos) */
    OD_TAX_ID_BAD_REGION, /* USCC positions 3-8 are not the 6-digit region code */
    OD_TAX_ID_BAD_CHECK,  /* USCC check character wrong (the right one in *expect) */
};

/* Check a tax number as written (no spaces, upper case: the tax
 * platform's form; lower case letters are refused as characters outside
 * the alphabet). 18 characters: a 统一社会信用代码 of GB 32100-2015,
 * alphabet 0-9 A-H J-N P-R T-U W-Y (no I, O, Z, S, V), positions 3-8
 * digits, the 18th the check character 31 - (sum of value(c_i) * 3^(i-1)
 * mod 31) mod 31. 15, 17 or 20 characters: an older tax number (digits
 * and upper-case letters A-Z). *pos (1-based) is set for BAD_CHAR and
 * BAD_REGION, *expect for BAD_CHECK (also when the 18th character is
 * outside the alphabet: it can only be the check character); `len` is the number of characters
 * counted (bytes when not ASCII). */
enum od_tax_id_verdict od_tax_id_check(const char *s, size_t *len, size_t *pos, char *expect);

#endif
