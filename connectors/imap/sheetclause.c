/* Clauses inside one cell of a sheet that name a field of the order:
 * see sheetclause.h. */
#include "sheetclause.h"

#include <ctype.h>
#include <string.h>
#include <strings.h>

#include "contactshape.h"
#include "docfields.h"
#include "error.h"
#include "fields.h"
#include "sheet_int.h"

#define NUMBER_SIGN "\xe2\x84\x96" /* № */

/* Where a number sign starts in t (after a space), with *after where
 * what follows it starts; NULL when none. */
static const char *number_sign(const char *t, size_t *after)
{
    static const char *const signs[] = {NUMBER_SIGN, "N°", "Nº"};

    for (size_t i = 0; i < sizeof(signs) / sizeof(signs[0]); i++) {
        const char *p = strstr(t, signs[i]);

        if (p && p > t && p[-1] == ' ') {
            *after = (size_t)(p - t) + strlen(signs[i]);
            return p;
        }
    }
    return NULL;
}

/* A capital letter at t: Latin, or Cyrillic (А-Я, Ё). */
static bool capital_at(const char *t)
{
    unsigned char a = (unsigned char)t[0], b = a ? (unsigned char)t[1] : 0;

    return (a >= 'A' && a <= 'Z') || (a == 0xD0 && ((b >= 0x90 && b <= 0xAF) || b == 0x81));
}

const char *scl_title_number(const char *t, size_t *value_off)
{
    static const char *const date_words[] = {"от", "від", "du", "vom", "dated", "del",
                                             "de", "z",   "ze", "of",  NULL};
    size_t a, v, e, words = 0, digits = 0;
    const char *mark = number_sign(t, &a);

    if (!mark)
        return NULL;
    /* the title: one to six words, no digit, no colon, some letter */
    for (const char *p = t; p < mark; p++) {
        if (isdigit((unsigned char)*p) || *p == ':' || *p == '#')
            return NULL;
        words += *p != ' ' && (p == t || p[-1] == ' ');
    }
    /* the title starts with a capital ("к Контракту № …" refers to
     * another document) */
    if (words == 0 || words > 6 || !capital_at(t))
        return NULL;
    for (v = a; t[v] == ' ';)
        v++;
    for (e = v; t[e] && t[e] != ' ' && t[e] != ',';)
        digits += isdigit((unsigned char)t[e++]) != 0;
    if (!digits || e - v < 3)
        return NULL;
    if (t[e]) {
        /* a date after the number: its word, then a digit */
        size_t w = e, k;
        size_t i;

        while (t[w] == ' ' || t[w] == ',')
            w++;
        for (k = w; t[k] && t[k] != ' ';)
            k++;
        for (i = 0; date_words[i]; i++)
            if (strlen(date_words[i]) == k - w && strncasecmp(t + w, date_words[i], k - w) == 0)
                break;
        if (!date_words[i] || !strpbrk(t + k, "0123456789"))
            return NULL;
    }
    *value_off = v;
    return "external_id";
}

size_t scl_company_len(const char *v, size_t n)
{
    static const char *const forms[] = {"ООО", "ОсОО", "ОДО", "ЗАО", "ОАО",  "ПАО", "АО",   "ТОО",
                                        "ИП",  "ЧП",   "ТОВ", "OOO", "OsOO", "TOO", "MChJ", NULL};
    static const char *const quotes[][2] = {{"«", "»"}, {"\"", "\""}, {"„", "“"}, {"“", "”"}};
    size_t k = 0, q;

    for (size_t i = 0; forms[i] && !k; i++) {
        size_t l = strlen(forms[i]);

        if (n > l + 1 && memcmp(v, forms[i], l) == 0 && v[l] == ' ')
            k = l + 1;
    }
    if (!k)
        return n;
    while (k < n && v[k] == ' ')
        k++;
    for (size_t i = 0; i < sizeof(quotes) / sizeof(quotes[0]); i++) {
        size_t ol = strlen(quotes[i][0]);
        const char *close;

        if (n - k <= ol || memcmp(v + k, quotes[i][0], ol) != 0)
            continue;
        close = memmem(v + k + ol, n - k - ol, quotes[i][1], strlen(quotes[i][1]));
        return close ? (size_t)(close - v) + strlen(quotes[i][1]) : n;
    }
    for (q = k; q + 1 < n; q++)
        if ((v[q] == ',' || (v[q] == ' ' && v[q + 1] == '(')) && (v[q] != ',' || v[q + 1] == ' '))
            return q;
    return n;
}

/* A Cyrillic word's first letter in lower case (а-я) made upper case in
 * out, the rest copied: the label lists spell "Получатель". */
static size_t capital_first(const char *w, size_t n, char *out, size_t cap)
{
    unsigned char a, b;

    if (n + 1 > cap)
        return 0;
    memcpy(out, w, n);
    out[n] = '\0';
    if (n < 2)
        return n;
    a = (unsigned char)out[0];
    b = (unsigned char)out[1];
    if (a == 0xD0 && b >= 0xB0 && b <= 0xBF)
        out[1] = (char)(b - 0x20);
    else if (a == 0xD1 && b >= 0x80 && b <= 0x8F) {
        out[0] = (char)0xD0;
        out[1] = (char)(b + 0x20);
    } else if (out[0] >= 'a' && out[0] <= 'z')
        out[0] = (char)(out[0] - 32);
    return n;
}

/* w[0..n) is a receiver's label as a word (a ship_to.name label). */
static bool receiver_word(const struct imap_extract_settings *s, const char *w, size_t n)
{
    const char *f = mail_order_field(s, w, n);
    char up[64];

    if (!f && capital_first(w, n, up, sizeof(up)))
        f = mail_order_field(s, up, n);
    return f && strcmp(f, "ship_to.name") == 0;
}

/* v[0..n) is a phone alone: digits, spaces, + - ( ) . and seven digits
 * or more. */
static bool phone_alone(const char *v, size_t n)
{
    size_t digits = 0;

    for (size_t i = 0; i < n; i++) {
        if (isdigit((unsigned char)v[i]))
            digits++;
        else if (!strchr(" +-().", v[i]))
            return false;
    }
    return digits >= 7 && digits <= 15;
}

size_t scl_receiver_clause(const struct imap_extract_settings *s, const char *v, size_t m,
                           size_t *place, size_t *phone)
{
    for (size_t d = 1; d + 2 < m; d++) {
        size_t w, e, p, q, ph, pe;

        if (v[d] != ',' || v[d + 1] != ' ')
            continue;
        for (w = d + 1; w < m && v[w] == ' ';)
            w++;
        for (e = w; e < m && v[e] != ' ' && v[e] != ':';)
            e++;
        if (e == w || e >= m || !receiver_word(s, v + w, e - w))
            continue;
        for (p = e; p < m && (v[p] == ' ' || v[p] == ':');)
            p++;
        /* the person: up to the phone's first digit or '+' */
        for (ph = p; ph < m && !isdigit((unsigned char)v[ph]) && v[ph] != '+';)
            ph++;
        for (q = ph; q > p && (v[q - 1] == ' ' || v[q - 1] == ',');)
            q--;
        for (pe = m; pe > ph && (v[pe - 1] == ' ' || v[pe - 1] == '.');)
            pe--;
        if (ph >= m || q == p || !mail_person_line(v + p, q - p) || !phone_alone(v + ph, pe - ph) ||
            !mail_address_shape(v, d, false))
            continue;
        *place = d;
        *phone = ph;
        return p;
    }
    return 0;
}

bool scl_signed_with_person(const struct od_grid *body, const char *t)
{
    size_t k = strlen(t);

    for (size_t i = 0; body && k && i < body->n && i < 4000; i++) {
        const char *l = body->cells[i].text, *p;

        if (l[0] == '>' || (i + 1 < body->n && body->cells[i + 1].row == body->cells[i].row) ||
            (i > 0 && body->cells[i - 1].row == body->cells[i].row) || strncmp(l, t, k) != 0 ||
            l[k] != ' ')
            continue;
        for (p = l + k; *p == ' ';)
            p++;
        if (*p && mail_person_line(p, strlen(p)))
            return true;
    }
    return false;
}

void scl_currency_doubt(struct sheet *sh)
{
    const char *have = sh->o->currency[0]         ? sh->o->currency
                       : sh->s && sh->s->currency ? sh->s->currency
                                                  : "CNY";

    for (size_t i = 0; i < sh->g->n && i < 4000; i++) {
        const struct od_cell *c = &sh->g->cells[i];
        const char *t = c->text, *code;
        size_t n = strlen(t), a = 0;
        char r[REF_MAX];

        if (n >= 2 && ((t[0] == '(' && t[n - 1] == ')') || (t[0] == '[' && t[n - 1] == ']'))) {
            a = 1;
            n -= 2;
        } else if (n >= 6 && strncmp(t, "（", 3) == 0 && strcmp(t + n - 3, "）") == 0) {
            a = 3;
            n -= 6;
        }
        /* (a letter alone, "R", is a size or a mark before it is a rand) */
        if (!n || n > 12 || (n == 1 && isalpha((unsigned char)t[a])) ||
            !(code = mail_currency_code(t + a, n)) || strcmp(code, have) == 0)
            continue;
        sheet_ref(sh, c, r);
        sheet_doubt(sh, "%s: '%s' names the currency %s, the order's is %s: check the currency", r,
                    t, code, have);
        return;
    }
}

int scl_export_address(struct sheet *sh)
{
    for (size_t k = 0; k < sh->n_cols && sh->n_items >= 2 && !sh->o->ship_to.address; k++) {
        const char *h = sh->cols[k].head ? sh->cols[k].head->text : NULL, *v, *f;
        size_t i;

        if (!h || sh->cols[k].role != R_NONE || !(v = sh->items[0].text[k]) || !v[0] ||
            !(f = mail_order_field(sh->s, h, strlen(h))) || strcmp(f, "ship_to.address") != 0)
            continue;
        for (i = 1; i < sh->n_items && !(sh->items[i].text[k] && sh->items[i].text[k][0]);)
            i++;
        if (i < sh->n_items || !strchr(v, ','))
            continue;
        if (od_str_set(&sh->o->ship_to.address, v, strlen(v)) < 0)
            return OD_ENOMEM;
        sheet_source(sh, "ship_to.address", sh->items[0].cell[k]);
    }
    return 0;
}

const char *scl_delivery_cell(const struct sheet *sh, size_t i, size_t *off)
{
    static const char *const words[] = {"delivery", "livraison", "lieferung",
                                        "consegna", "entrega",   NULL};
    const struct od_cell *c = &sh->g->cells[i], *v;
    struct row_range below;
    const char *f;
    size_t commas = 0;

    if (!mail_label_among(c->text, words) || i + 1 >= sh->g->n ||
        (v = &sh->g->cells[i + 1])->row != c->row)
        return NULL;
    for (const char *p = v->text; (p = strchr(p, ',')) != NULL; p++)
        commas++;
    below = sheet_row_cells(sh->g, c->row + 1);
    if (commas < 2 || below.a >= below.z)
        return NULL;
    f = mail_order_field(sh->s, sh->g->cells[below.a].text, strlen(sh->g->cells[below.a].text));
    if (!f || strcmp(f, "ship_to.name") != 0)
        return NULL;
    *off = strlen(c->text);
    return "ship_to.address";
}
