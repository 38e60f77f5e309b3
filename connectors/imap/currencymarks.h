/* The currency marks orderd reads (currencymarks.c): signs, ISO codes
 * and words, each with the ISO 4217 code it names; mail_currency_list()
 * (fields.h) gives the table. */
#ifndef OD_IMAP_CURRENCYMARKS_H
#define OD_IMAP_CURRENCYMARKS_H

#include <stdbool.h>
#include <stddef.h>

struct mail_currency;

/* Does p[0..n) start (end) with the mark c->w? Case is ignored unless
 * the mark is cased ("KM", the Bosnian mark, is not "km"). */
bool curmark_starts(const struct mail_currency *c, const char *p, size_t n);
bool curmark_ends(const struct mail_currency *c, const char *p, size_t n);

/* The code of p[0..n) (ASCII, as mail_currency_code() folds it): a whole
 * mark ("BWP", "Pula"), or a mark and a bracket naming it or no other
 * currency ("BWP (Pula)"); NULL otherwise. */
const char *curmark_code(const char *p, size_t n);

/* Is the '$' at p (in the line [a, z)) a dollar written with one to four
 * letters no mark of the list spells ("XY$ 12.00", "Unit (ZZ$)")? Its
 * letters name a currency orderd cannot read: the order is held. */
bool curmark_unknown_dollar(const char *a, const char *p, const char *z);

#endif
