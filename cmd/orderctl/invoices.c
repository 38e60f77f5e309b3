/* orderctl's invoice requests (see invoices.h). */
#include "invoices.h"

#include <stdio.h>

static const char *s_or(const char *s, const char *d)
{
    return s && *s ? s : d;
}

void orderctl_print_invoice(const struct od_invoice *v, const char *indent)
{
    if (!v->type)
        return;
    printf("%sinvoice  %s %s  title %s  tax_id %s\n", indent, v->type, s_or(v->medium, "-"),
           s_or(v->title, "-"), s_or(v->tax_id, "-"));
    if (v->address || v->phone || v->bank || v->account)
        printf("%s         address %s  phone %s  bank %s  account %s\n", indent,
               s_or(v->address, "-"), s_or(v->phone, "-"), s_or(v->bank, "-"),
               s_or(v->account, "-"));
    if (v->email)
        printf("%s         email %s\n", indent, v->email);
}
