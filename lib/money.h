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

/* Exact unit prices. A purchase order may price a piece finer than a
 * cent ("0.125", "0.0385" per label); a price is an int64 count of
 * ten-thousandths of the currency unit. It is a struct of one member so
 * that the compiler refuses a price where an amount (od_money, cents) is
 * expected and the other way round: totals, shipping, tax and discounts
 * stay od_money; only a line's unit price is an od_price. */
typedef struct {
    int64_t e4; /* ten-thousandths of the currency unit */
} od_price;

/* Decimals a price keeps, and ten-thousandths per minor unit (cent). */
#define OD_PRICE_DECIMALS  4
#define OD_PRICE_PER_MINOR 100

/* "No price given". */
#define OD_PRICE_NONE ((od_price){INT64_MIN})

/* Largest absolute price: 10^17 ten-thousandths, the same 10 trillion
 * currency units as OD_MONEY_MAX. */
#define OD_PRICE_MAX INT64_C(100000000000000000)

static inline bool od_price_is_none(od_price p)
{
    return p.e4 == INT64_MIN;
}

static inline bool od_price_eq(od_price a, od_price b)
{
    return a.e4 == b.e4;
}

/* A price of whole cents: OD_PRICE_NONE for OD_MONEY_NONE. Every amount
 * within OD_MONEY_MAX fits. */
od_price od_price_from_money(od_money m);

/* The price in cents when it is a whole number of cents (false when it
 * is finer, or none). */
bool od_price_to_money(od_price p, od_money *out);

/* Parse a unit price: the grammar of od_money_parse ("1,234.5678",
 * "¥0.125", "(0.50)", "USD 0.0385"), with up to four significant
 * decimals; further decimals must be zeros ("0.12500"). A fifth
 * significant decimal is refused ("more than four decimals"), never
 * rounded. Returns 0 and sets *out, or OD_EINVAL with a detail naming
 * the text. */
int od_price_parse(const char *s, size_t len, od_price *out);

/* Format with at least two decimals and at most four, trailing zeros
 * past the second dropped: "59.00", "0.125", "0.0385", "-1234.5678". A
 * price of whole cents prints exactly as od_money_format prints the same
 * amount. `buf` must hold OD_MONEY_STRLEN bytes. Returns buf. */
char *od_price_format(od_price p, char *buf);

/* The amount of `qty` pieces at price `p`, in cents, rounded half away
 * from zero (half up for the positive prices of orders): 1000 x 0.125 is
 * 125.00, 3 x 0.0385 is 0.12 (0.1155), 1 x 0.005 is 0.01. False (and *out
 * left alone) when `p` is none or out of range or the result passes
 * OD_MONEY_MAX. */
bool od_price_amount(od_price p, int64_t qty, od_money *out);

#endif
