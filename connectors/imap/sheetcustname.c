/* The buyer's name as the document's own head writes it (sheet_int.h,
 * scn_customer_head), read after every other reader named the buyer or
 * none did:
 *
 *  - a name without a legal form ("Kalahari Prime Meats", the mail's
 *    signature) that a cell above the items writes with one
 *    ("Kalahari Prime Meats (Pty) Ltd", the letterhead) is that name;
 *  - a signature's person before the company ("浦丽娟 宣威市滇宣火腿厂")
 *    is no part of the buyer's name when a cell above the items starts
 *    with the company ("宣威市滇宣火腿厂采购单");
 *  - with no buyer named, a title cell "COMPANY — TITLE" in the first
 *    rows ("Finca Cuesta de Piedra, S.A. — Orden de Compra"), the company
 *    having a legal form, names it.
 *
 * Linear in the cells above the items. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "docfields.h"
#include "error.h"
#include "sheet_int.h"
#include "textchar.h"

static bool has_digit(const char *t)
{
    return strpbrk(t, "0123456789") != NULL;
}

static int replace(struct sheet *sh, const char *v, size_t n, const struct od_cell *c)
{
    char *s = strndup(v, n);

    if (!s)
        return OD_ENOMEM;
    free(sh->o->customer.name);
    sh->o->customer.name = s;
    sheet_source(sh, "customer.name", c);
    return 0;
}

/* "浦丽娟 宣威市滇宣火腿厂": where the company starts after a person's
 * name of two to four ideographs and a space (0: not so). */
static size_t after_person(const char *t)
{
    const char *sp = strchr(t, ' ');
    size_t k = sp ? (size_t)(sp - t) : 0;

    if (!sp || k < 6 || k > 12 || k % 3 != 0 || !mail_person_line(t, k))
        return 0;
    for (const char *p = t; p < sp; p += 3)
        if (!cjk_at(p, sp))
            return 0;
    while (*sp == ' ')
        sp++;
    return *sp && mail_company_line(sp, strlen(sp)) ? (size_t)(sp - t) : 0;
}

/* The title after the dash calls the document an order ("Orden de
 * Compra", "Purchase Order", "Bon de commande", "采购订单"): not a
 * quotation, an invoice or a contract, whose company is the seller. */
static bool order_title(const char *t)
{
    static const char *const words[] = {
        "order", "orden", "commande", "bestellung", "pedido", "ordine", "заказ", "采购",
        "採購",  "订单",  "訂單",     "订货",       "訂貨",   "订购",   "訂購",  NULL};

    for (size_t i = 0; words[i]; i++)
        if (strcasestr(t, words[i]))
            return true;
    return false;
}

/* "Finca Cuesta de Piedra, S.A. — Orden de Compra": the length of the
 * company before a spaced em or en dash, when it has a legal form and
 * the title after it has no digit and calls the document an order (0:
 * not so). */
static size_t titled_company(const char *t)
{
    static const char *const dashes[] = {" \xE2\x80\x94 ", " \xE2\x80\x93 ", NULL};

    for (size_t i = 0; dashes[i]; i++) {
        const char *d = strstr(t, dashes[i]);
        size_t n = d ? (size_t)(d - t) : 0;

        if (n && !has_digit(t) && order_title(d) && mail_company_line(t, n) &&
            !mail_person_line(t, n))
            return n;
    }
    return 0;
}

int scn_customer_head(struct sheet *sh)
{
    const char *cu = sh->o->customer.name;
    size_t k = cu ? strlen(cu) : 0, skip = cu ? after_person(cu) : 0;

    for (size_t i = 0; i < sh->g->n; i++) {
        const struct od_cell *c = &sh->g->cells[i];
        const char *t = c->text;
        size_t n = strlen(t);

        if (c->row >= sh->head_row || c->row > 8)
            break;
        if (!cu) {
            if (c->row < 3 && (n = titled_company(t)) != 0)
                return replace(sh, t, n, c);
            continue;
        }
        if (skip) {
            /* the company alone starts the cell (a title may follow) */
            if (strncmp(t, cu + skip, k - skip) == 0)
                return replace(sh, cu + skip, k - skip, c);
            continue;
        }
        if (n > k + 1 && strncmp(t, cu, k) == 0 && t[k] == ' ' && !has_digit(t) &&
            !mail_company_line(cu, k) && mail_company_line(t, n))
            return replace(sh, t, n, c);
    }
    return 0;
}
