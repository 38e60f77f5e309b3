/* The currency of a purchase order laid out on a grid (sheet_int.h) when
 * no label names it: a code or a symbol in the document's cells ("Total
 * NOK", "Price USD", "(NT$)", "€5"), else one the mail's text writes
 * with money or names ("montants en euros", "prices in EUR"). The yuan's
 * marks are not counted (a Chinese form's 元 says nothing of a dollar
 * price list), nor a bare '$' in the text (the dollar of which country);
 * a bare '$' in the cells is the dollar of the one dollar country the
 * document or the mail names (the US dollar when none).
 * Two currencies that disagree decide nothing and are a doubt. */
#include <ctype.h>
#include <stdio.h>
#include <string.h>

#include "docfields.h"
#include "sheet_int.h"

#define CELL_SCAN_MAX 4000
#define TEXT_CODES    4

/* The length of a separator between the words of a cell at p, 0 when
 * none: " ():,/" and the full-width （）：, whole characters only (the
 * bytes of "ü" are no part of "（"). */
static size_t sep_len(const char *p)
{
    static const char *const wide[] = {"（", "）", "：", NULL};

    if (*p && strchr(" ():,/", *p))
        return 1;
    for (size_t i = 0; wide[i]; i++)
        if (strncmp(p, wide[i], strlen(wide[i])) == 0)
            return strlen(wide[i]);
    return 0;
}

/* The length of the word at p: up to a separator or the end. */
static size_t word_len(const char *p)
{
    size_t n = 0;

    while (p[n] && !sep_len(p + n))
        n++;
    return n;
}

/* The mark of one word [p, p+n) of a cell: the word itself ("NOK",
 * "NT$", "新台幣"), or a sign before its number ("$4.50", "€5",
 * "A$0.25"). A mark of one letter (the rand's "R") only as
 * mail_letter_mark_ok() allows it ("R 14.20", not "(R)"). */
static const char *word_mark(const char *p, size_t n, size_t rest)
{
    const char *code = NULL;

    if (!n || n > 12)
        return NULL;
    if (n == 1 && isalpha((unsigned char)*p) &&
        (!isupper((unsigned char)*p) || !mail_letter_mark_ok(p, rest)))
        return NULL;
    code = mail_currency_code(p, n);
    for (size_t k = 1; !code && k <= 4 && k < n; k++)
        if (isdigit((unsigned char)p[k]))
            code = mail_currency_code(p, k);
    return code;
}

/* The one currency other than the yuan the cells write; *two set when
 * a second one disagrees (and *where2 its cell); *bare when every mark
 * of it is a '$' alone. */
static const char *cells_mark(const struct od_grid *g, const struct od_cell **where, bool *two,
                              const char **code2, const struct od_cell **where2, bool *bare)
{
    const char *found = NULL;

    *two = false;
    *bare = true;
    for (size_t i = 0; i < g->n && i < CELL_SCAN_MAX; i++) {
        const char *t = g->cells[i].text;

        const char *whole = mail_currency_code(t, strlen(t));

        /* a cell that is a currency's name: "Australian Dollar" */
        if (whole && strcmp(whole, "CNY") != 0 && !found) {
            *bare = *bare && strcmp(t, "$") == 0;
            found = whole;
            *where = &g->cells[i];
        }
        for (const char *p = t; *p;) {
            size_t n = word_len(p), k;
            const char *code = word_mark(p, n, strlen(p));

            if (code && strcmp(code, "CNY") != 0) {
                if (*p != '$')
                    *bare = false;
                if (found && strcmp(found, code) != 0) {
                    *two = true;
                    *code2 = code;
                    *where2 = &g->cells[i];
                    return found;
                }
                if (!found) {
                    found = code;
                    *where = &g->cells[i];
                }
            }
            p += n;
            while ((k = sep_len(p)) != 0)
                p += k;
        }
    }
    return found;
}

/* The one currency other than the yuan the mail's text writes with money
 * or names (mail_currency_marks()), into out; false when none or two. */
static bool text_mark(const struct od_grid *body, char out[4])
{
    const char *found = NULL;

    for (size_t i = 0; body && i < body->n && i < CELL_SCAN_MAX; i++) {
        const char *t = body->cells[i].text;
        char c[TEXT_CODES][4];
        struct mail_marks mk;
        size_t k = mail_currency_marks(t, strlen(t), c, TEXT_CODES, &mk);

        for (size_t j = 0; j < k; j++) {
            if (strcmp(c[j], "CNY") == 0)
                continue;
            if (found && strcmp(found, c[j]) != 0)
                return false;
            if (!found) {
                memcpy(out, c[j], 4);
                found = out;
            }
        }
    }
    return found != NULL;
}

/* The countries the document and the mail's text name (MAIL_REGION_*). */
static unsigned named_regions(const struct sheet *sh)
{
    unsigned r = 0;

    for (size_t i = 0; i < sh->g->n && i < CELL_SCAN_MAX; i++)
        r |= mail_region_marks(sh->g->cells[i].text, strlen(sh->g->cells[i].text));
    for (size_t i = 0; sh->body && i < sh->body->n && i < CELL_SCAN_MAX; i++)
        r |= mail_region_marks(sh->body->cells[i].text, strlen(sh->body->cells[i].text));
    return r;
}

void sheet_guess_currency(struct sheet *sh)
{
    const struct od_cell *where = NULL, *where2 = NULL;
    const char *code2 = NULL, *found;
    bool two, bare;
    char r1[REF_MAX], r2[REF_MAX];

    found = cells_mark(sh->g, &where, &two, &code2, &where2, &bare);
    if (found && bare && !two && !sh->o->currency[0]) {
        /* a '$' alone: the dollar the mail's text names ("Amounts are in
         * US dollars"), else the dollar of the one dollar country named
         * (Canada, Australia, Taiwan ...), else the US dollar as before;
         * several named: a doubt */
        const char *d = mail_dollar_code(named_regions(sh));

        if (text_mark(sh->body, r2) && strstr(" USD CAD AUD NZD HKD TWD SGD", r2)) {
            memcpy(sh->o->currency, r2, 4);
            sheet_source(sh, "currency", where);
            return;
        }
        if (!d) {
            sheet_ref(sh, where, r1);
            sheet_doubt(sh,
                        "%s writes '$' and the mail names several dollar countries: USD was "
                        "used: check the currency",
                        r1);
        } else
            found = d;
    }
    if (two) {
        sheet_ref(sh, where, r1);
        sheet_ref(sh, where2, r2);
        if (!sh->o->currency[0])
            sheet_doubt(sh,
                        "%s writes %s and %s writes %s: the currency was not decided: check "
                        "the currency",
                        r1, found, r2, code2);
        return;
    }
    if (found && !sh->o->currency[0]) {
        snprintf(sh->o->currency, sizeof(sh->o->currency), "%s", found);
        sheet_source(sh, "currency", where);
        /* the mail's text names another one: the two disagree */
        if (text_mark(sh->body, r2) && strcmp(r2, found) != 0) {
            sheet_ref(sh, where, r1);
            sheet_doubt(sh, "%s writes %s and the mail's text %s: %s was used: check the currency",
                        r1, found, r2, found);
        }
    }
    /* no word names one: the currency the cells' number format shows
     * ("£"#,##0.00, [$€-407]), when they all show the same */
    if (!found && !sh->o->currency[0] && sh->g->money_symbol[0]) {
        const char *code = mail_currency_code(sh->g->money_symbol, strlen(sh->g->money_symbol));

        if (code) {
            snprintf(sh->o->currency, sizeof(sh->o->currency), "%s", code);
            sheet_source_at(sh, "currency", "number format");
            return;
        }
    }
    /* nor the document at all: the mail's text ("montants en euros") */
    if (!found && !sh->o->currency[0] && text_mark(sh->body, r1)) {
        memcpy(sh->o->currency, r1, 4);
        sheet_source_at(sh, "currency", "the mail's text");
    }
}
