/* The currency marks orderd reads (currencymarks.c): the one table of
 * them, and how a mark is matched. */
#include <stdbool.h>
#include <string.h>
#include <strings.h>

#include "currencymarks.h"
#include "fields.h"

/* Currency marks written with amounts: signs, ISO codes and words, with
 * the currency each names. The one list of them: amounts, prices, the
 * currency of a text and of a list's cells. A '$' alone is the US
 * dollar here; mail_currency_marks() counts it apart. A mark of one
 * letter (the rand's "R") counts only before one space and a digit
 * ("R 14.20"), never in a word or code ("R44", "R&D"). */
static const struct mail_currency currencies[] = {
    {"人民币", "CNY"},
    {"人民幣", "CNY"},
    {"RMB", "CNY"},
    {"CNY", "CNY"},
    {"¥", "CNY"},
    {"￥", "CNY"},
    {"元", "CNY"},
    {"美元", "USD"},
    {"美金", "USD"},
    {"USD", "USD"},
    {"US$", "USD"},
    /* the dollar as Argentina and Uruguay write it */
    {"U$S", "USD"},
    {"u$s", "USD"},
    {"$", "USD"},
    {"港币", "HKD"},
    {"港元", "HKD"},
    {"港幣", "HKD"},
    {"HKD", "HKD"},
    {"HK$", "HKD"},
    {"欧元", "EUR"},
    {"歐元", "EUR"},
    {"EUR", "EUR"},
    {"€", "EUR"},
    /* the plural only: "Euro" also names a pallet */
    {"euros", "EUR"},
    {"英镑", "GBP"},
    {"英鎊", "GBP"},
    {"GBP", "GBP"},
    {"£", "GBP"},
    {"日元", "JPY"},
    {"日圓", "JPY"},
    /* the yen as Japan writes it ("58円"; the yuan is 元 or 圆) */
    {"円", "JPY"},
    {"JPY", "JPY"},
    {"新台币", "TWD"},
    {"新台幣", "TWD"},
    {"TWD", "TWD"},
    {"NTD", "TWD"},
    {"NT$", "TWD"},
    {"SGD", "SGD"},
    {"S$", "SGD"},
    {"AUD", "AUD"},
    {"A$", "AUD"},
    {"AU$", "AUD"},
    {"CAD", "CAD"},
    {"C$", "CAD"},
    {"CA$", "CAD"},
    {"NZD", "NZD"},
    {"NZ$", "NZD"},
    {"KRW", "KRW"},
    {"CHF", "CHF"},
    /* the Nordic and central European codes (not "ALL", "TRY", "PEN" ...:
     * codes that are words are left out, as this list is read folded) */
    {"NOK", "NOK"},
    {"SEK", "SEK"},
    {"DKK", "DKK"},
    {"PLN", "PLN"},
    {"CZK", "CZK"},
    {"HUF", "HUF"},
    /* currencies named in words, as an ERP's currency field or a
     * sentence writes them ("Currency: US Dollar", "Australian Dollar",
     * "205,800.00 baht") */
    {"US Dollar", "USD"},
    {"US Dollars", "USD"},
    {"US dollars", "USD"},
    {"Australian Dollar", "AUD"},
    {"Australian Dollars", "AUD"},
    {"Canadian Dollar", "CAD"},
    {"Canadian Dollars", "CAD"},
    {"Hong Kong Dollar", "HKD"},
    {"Hong Kong Dollars", "HKD"},
    {"Singapore Dollar", "SGD"},
    {"Singapore Dollars", "SGD"},
    {"New Taiwan Dollar", "TWD"},
    {"New Zealand Dollar", "NZD"},
    {"baht", "THB"},
    {"Baht", "THB"},
    {"₹", "INR"},
    {"MOP", "MOP"},
    {"AED", "AED"},
    {"SAR", "SAR"},
    {"INR", "INR"},
    {"MYR", "MYR"},
    {"RM", "MYR"},
    {"THB", "THB"},
    {"฿", "THB"},
    {"ZAR", "ZAR"},
    {"R", "ZAR"},
    /* the yuan in Russian, as a price and an amount are written */
    {"юаней", "CNY"},
    {"юаня", "CNY"},
    {"юань", "CNY"},
    /* The marks below are matched as written (cased): a code folded
     * would be a word ("mur", "lak", "cop", "ron"). */
    /* dollars written with their country's letters ("B$ 2.15", "Unit
     * TT$"): the longest mark wins over the bare '$' */
    {"B$", "BND"},
    {"BND", "BND", 1},
    {"Brunei Dollar", "BND"},
    {"Brunei Dollars", "BND"},
    {"TT$", "TTD"},
    {"TTD", "TTD", 1},
    {"J$", "JMD"},
    {"JMD", "JMD", 1},
    {"BZ$", "BZD"},
    {"BZD", "BZD", 1},
    {"EC$", "XCD"},
    {"XCD", "XCD", 1},
    {"Bds$", "BBD"},
    {"BBD", "BBD", 1},
    {"BSD", "BSD", 1},
    {"BMD", "BMD", 1},
    {"CI$", "KYD"},
    {"KYD", "KYD", 1},
    {"G$", "GYD"},
    {"GYD", "GYD", 1},
    {"SRD", "SRD", 1},
    {"FJ$", "FJD"},
    {"FJD", "FJD", 1},
    {"SI$", "SBD"},
    {"SBD", "SBD", 1},
    {"N$", "NAD"},
    {"NAD", "NAD", 1},
    {"R$", "BRL"},
    {"BRL", "BRL", 1},
    {"RD$", "DOP"},
    {"DOP", "DOP", 1},
    {"Mex$", "MXN"},
    {"MX$", "MXN"},
    {"MXN", "MXN", 1},
    /* the Bosnian convertible mark: "Cijena KM" (as written only: "km" is
     * a distance) */
    {"KM", "BAM", 2},
    {"BAM", "BAM", 1},
    /* the pula of Botswana (its code only: "pula" is a colour in Tagalog)
     * and the balboa of Panama ("B/. 0.31") */
    {"BWP", "BWP", 1},
    {"B/.", "PAB"},
    {"PAB", "PAB", 1},
    {"balboas", "PAB"},
    /* Latin America */
    {"ARS", "ARS", 1},
    {"CLP", "CLP", 1},
    {"COP", "COP", 1},
    {"UYU", "UYU", 1},
    {"PYG", "PYG", 1},
    {"GTQ", "GTQ", 1},
    {"HNL", "HNL", 1},
    {"lempiras", "HNL"},
    {"NIO", "NIO", 1},
    {"₡", "CRC"},
    {"₲", "PYG"},
    /* Europe beyond the euro */
    {"RON", "RON", 1},
    {"BGN", "BGN", 1},
    {"RSD", "RSD", 1},
    {"MKD", "MKD", 1},
    {"HRK", "HRK", 1},
    {"ISK", "ISK", 1},
    {"RUB", "RUB", 1},
    {"₽", "RUB"},
    {"UAH", "UAH", 1},
    {"₴", "UAH"},
    {"BYN", "BYN", 1},
    {"MDL", "MDL", 1},
    {"zł", "PLN"},
    {"Kč", "CZK"},
    {"₺", "TRY"},
    /* Africa and the Middle East */
    {"BHD", "BHD", 1},
    {"KWD", "KWD", 1},
    {"OMR", "OMR", 1},
    {"QAR", "QAR", 1},
    {"JOD", "JOD", 1},
    {"ILS", "ILS", 1},
    {"₪", "ILS"},
    {"EGP", "EGP", 1},
    {"TND", "TND", 1},
    {"DZD", "DZD", 1},
    {"NGN", "NGN", 1},
    {"₦", "NGN"},
    {"GHS", "GHS", 1},
    {"₵", "GHS"},
    {"KES", "KES", 1},
    {"KSh", "KES", 1},
    {"UGX", "UGX", 1},
    {"TZS", "TZS", 1},
    {"ETB", "ETB", 1},
    {"ZMW", "ZMW", 1},
    {"MWK", "MWK", 1},
    {"MZN", "MZN", 1},
    {"XOF", "XOF", 1},
    {"XAF", "XAF", 1},
    /* Asia and the Pacific */
    {"PHP", "PHP", 1},
    {"₱", "PHP"},
    {"VND", "VND", 1},
    {"₫", "VND"},
    {"₩", "KRW"},
    {"IDR", "IDR", 1},
    {"Rp", "IDR", 1},
    {"PKR", "PKR", 1},
    {"LKR", "LKR", 1},
    {"NPR", "NPR", 1},
    {"BDT", "BDT", 1},
    {"৳", "BDT"},
    {"KZT", "KZT", 1},
    {"₸", "KZT"},
    {"UZS", "UZS", 1},
    {"AZN", "AZN", 1},
    {"₼", "AZN"},
    {"MNT", "MNT", 1},
    {"KHR", "KHR", 1},
    {"LAK", "LAK", 1},
    {"MMK", "MMK", 1},
    {"PGK", "PGK", 1},
};
#define N_CURRENCIES (sizeof(currencies) / sizeof(currencies[0]))

const struct mail_currency *mail_currency_list(size_t *n)
{
    *n = N_CURRENCIES;
    return currencies;
}

static bool same(const struct mail_currency *c, const char *p, size_t k)
{
    return c->cased ? memcmp(p, c->w, k) == 0 : strncasecmp(p, c->w, k) == 0;
}

bool curmark_starts(const struct mail_currency *c, const char *p, size_t n)
{
    size_t k = strlen(c->w);

    return n >= k && same(c, p, k);
}

bool curmark_ends(const struct mail_currency *c, const char *p, size_t n)
{
    size_t k = strlen(c->w);

    return n >= k && same(c, p + n - k, k);
}

static const char *exact(const char *p, size_t n)
{
    for (size_t i = 0; i < N_CURRENCIES; i++)
        if (strlen(currencies[i].w) == n && same(&currencies[i], p, n))
            return currencies[i].code;
    return NULL;
}

const char *curmark_code(const char *p, size_t n)
{
    const char *code = exact(p, n), *in;
    size_t k = 0, m;

    if (code || !n || p[n - 1] != ')')
        return code;
    /* "BWP (Pula)", "USD (US Dollar)": a mark, then in brackets a word
     * that names no other currency */
    while (k < n && p[k] != ' ' && p[k] != '(')
        k++;
    if (!(code = exact(p, k)))
        return NULL;
    while (k < n && p[k] == ' ')
        k++;
    if (k >= n || p[k] != '(')
        return NULL;
    m = n - k - 2;
    in = exact(p + k + 1, m);
    return !in || strcmp(in, code) == 0 ? code : NULL;
}

static bool ascii_letter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool curmark_unknown_dollar(const char *a, const char *p, const char *z)
{
    const char *b = p, *f = p + 1;

    if (*p != '$')
        return false;
    while (b > a && ascii_letter(b[-1]) && p - b < 5)
        b--;
    if (b == p || p - b > 4 || (b > a && ascii_letter(b[-1])))
        return false;
    /* with money after it, or ending a column's label ("Unit XY$") */
    return f == z || *f == ' ' || *f == '\t' || *f == ')' || (*f >= '0' && *f <= '9');
}
