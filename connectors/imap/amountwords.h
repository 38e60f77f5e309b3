/* An amount written in Chinese words, as invoices and purchase orders
 * write their totals (大写金额): "壹万叁仟叁佰柒拾柒元整", "人民币贰佰元伍角",
 * alone or beside the figure: "人民币壹万叁仟叁佰柒拾柒元整（￥13,377.00）",
 * "￥13,377.00（大写：壹万叁仟叁佰柒拾柒元整）".
 *
 * Everything is borrowed. Work is linear in the text. */
#ifndef OD_IMAP_AMOUNTWORDS_H
#define OD_IMAP_AMOUNTWORDS_H

#include <stdbool.h>
#include <stddef.h>

#include "money.h"

/* The amount p[0..n) states in words, with or without the figure in
 * brackets before or after it (the figure read by mail_parse_amount).
 * When both the words and the figure are there they must agree. 0 with
 * *out set; OD_EINVAL when there is no amount in words, the words cannot
 * be read, or they differ from the figure. Numerals: 零〇壹贰貳叁參肆伍陆陸
 * 柒捌玖 (and 一二两三四五六七八九), units 拾十 佰百 仟千 万萬 亿億, then 元圆圓,
 * 角, 分, 整正; a leading 人民币 / RMB / ￥ and a label 大写 / 大寫 / 小写 are
 * passed over. At most 999,999,999,999.99. */
int mail_parse_amount_words(const char *p, size_t n, od_money *out);

/* Are both the words and the figure written, and do they differ? */
bool mail_amount_words_differ(const char *p, size_t n);

/* A count written in Chinese numerals at p[0..z) ("两百", "一千五百",
 * "三万", "十二", "壹佰"): the whole number in *out and where it ends in
 * *end (the unit after it, "包" of "两百包", is the caller's). A numeral
 * right after a unit of a hundred or more counts one place lower, as
 * counts are spoken: "一百五" 150, "两千五" 2500 ("一百零五" 105). False
 * when p starts with no numeral or the numerals cannot be read. */
bool mail_count_words(const char *p, const char *z, int64_t *out, const char **end);

#endif
