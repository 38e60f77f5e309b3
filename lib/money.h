/* Exact money. An amount is an int64 count of minor units (1/100 of the
 * currency unit: fen, cents). Never a double: parsing reads the decimal
 * text digit by digit. */
#ifndef OD_MONEY_H
#define OD_MONEY_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef int64_t od_money;

/* "No amount given" (a field absent from the input). */
#define OD_MONEY_NONE INT64_MIN

/* Largest absolute amount accepted: 10^15 minor units (10 trillion). */
#define OD_MONEY_MAX INT64_C(1000000000000000)

/* Parse a decimal amount in major units into minor units.
 * Accepts: optional surrounding spaces; an optional sign ('-' or '+',
 * also "(12.30)" accounting negatives); an optional currency symbol
 * before or after the number (¥ ￥ $ € £ and "CNY"/"RMB"/"USD" with
 * optional space, full-width ￥ included); thousands separators ',' only
 * in groups of exactly three digits ("1,234.50", "12,345,678");
 * at most two decimals, or more when the extra ones are zeros ("12.300").
 * Rejects: "", "1.2.3", "12,34", "1,2345", "NaN", "inf", "1e5", "12.345",
 * "0x10", a lone sign or symbol, anything beyond OD_MONEY_MAX.
 * Returns 0 and sets *out, or OD_EINVAL with a detail naming the text. */
int od_money_parse(const char *s, size_t len, od_money *out);

/* Parse an integer count of minor units ("12800" fen -> 128.00).
 * Digits with optional leading '-', nothing else. */
int od_money_parse_minor(const char *s, size_t len, od_money *out);

/* Format as a decimal string with exactly two decimals: "-1234.50".
 * `buf` must hold at least OD_MONEY_STRLEN bytes. Returns buf. */
#define OD_MONEY_STRLEN 32
char *od_money_format(od_money m, char *buf);

/* Overflow-checked arithmetic: return false (and leave *out alone) when
 * the result would leave [-OD_MONEY_MAX, OD_MONEY_MAX]. */
bool od_money_add(od_money a, od_money b, od_money *out);
bool od_money_mul(od_money a, int64_t qty, od_money *out);

#endif
