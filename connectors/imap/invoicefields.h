/* The invoice request (发票) a mailed purchase order states in its text
 * (invoicefields.c): labelled lines such as "发票抬头：上海甲贸易有限公司",
 * "税号/纳税人识别号：91310000...", "开户行及账号：招商银行张江支行
 * 1219...", "发票类型：增值税专用发票（电子）". Internal to the imap
 * connector; see docs/email-extraction.md ("Invoice requests"). */
#ifndef OD_IMAP_INVOICEFIELDS_H
#define OD_IMAP_INVOICEFIELDS_H

#include <stddef.h>

#include "model.h"

/* Read the invoice labels of `text` (UTF-8, `len` bytes, need not be
 * NUL-terminated) into o->invoice: a field already set is kept, the
 * first value of a label wins. A label counts at the start of a line or
 * after white space or ，,;；|, followed by ：or : or white space; its
 * value runs to the next label or the line's end, at most 256 bytes,
 * trimmed. 0 or OD_ENOMEM. */
int mail_invoice_fields(struct od_order *o, const char *text, size_t len);

#endif
