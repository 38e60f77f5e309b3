/* The buyer's full name from the mail's text (sheet_int.h,
 * sheet_full_customer): a sheet's title row names the buyer short
 * ("吐鲁番丝路果业 采购单"), the mail's signature in full, with its legal
 * form ("吐鲁番丝路果业有限公司 李娟 189 9959 0123"). Linear in the text. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "docfields.h"
#include "error.h"
#include "sheet_int.h"

/* "速达3000 采购订单" atop the sheet (the program that printed it), the
 * mail's signature "大同云州黄花食品有限公司": a buyer's name without a
 * legal form that the signature's company, with one, neither holds nor
 * starts with is the signature's company, and the order is held. */
static int signed_other(struct sheet *sh, const char *cu, size_t k)
{
    const char *sg = sh->signature;
    size_t n = sg ? strlen(sg) : 0;
    char *full, was[128];

    if (!n || !mail_company_line(sg, n) || strstr(sg, cu) || strstr(cu, sg))
        return 0;
    snprintf(was, sizeof(was), "%.*s", (int)(k < 100 ? k : 100), cu);
    if (!(full = strdup(sg)))
        return OD_ENOMEM;
    free(sh->o->customer.name);
    sh->o->customer.name = full;
    sheet_source_at(sh, "customer.name", sh->signature_ref);
    sheet_doubt(sh,
                "customer.name: the document names '%s', the mail's signature the company "
                "'%s': the signature's is taken; check the customer",
                was, sg);
    return 0;
}

int sheet_full_customer(struct sheet *sh, const struct od_grid *body)
{
    const char *cu = sh->o->customer.name;
    size_t k = cu ? strlen(cu) : 0;

    if (!k || !body || mail_company_line(cu, k))
        return 0;

    for (size_t i = 0; i < body->n; i++) {
        const struct od_cell *c = &body->cells[i];
        const char *t = c->text, *e = t + k;
        char *full, where[32];

        if (strncmp(t, cu, k) != 0)
            continue;
        /* the company: up to a space or a comma ("… 李娟 189 …") */
        while (*e && *e != ' ' && *e != ',' && *e != '\t' && strncmp(e, "，", 3) != 0)
            e++;
        if (e == t + k || !mail_company_line(t, (size_t)(e - t)))
            continue;
        full = strndup(t, (size_t)(e - t));
        if (!full)
            return OD_ENOMEM;
        free(sh->o->customer.name);
        sh->o->customer.name = full;
        snprintf(where, sizeof(where), "body line %u", c->row + 1);
        sheet_source_at(sh, "customer.name", where);
        return 0;
    }
    return signed_other(sh, cu, k);
}
