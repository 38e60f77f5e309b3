/* The parse-and-print helper of the text readers' unit tests
 * (test_textbody.c, test_prose.c): a text through mail_text_parse, its
 * orders in one line, and a table of cases against their lines. For
 * tests only: its functions are static. */
#ifndef OD_TEST_MAILSHOW_H
#define OD_TEST_MAILSHOW_H

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "imap/extract.h"
#include "imap/mail.h"
#include "money.h"

/* The orders of a text in one line: "ID [CUR]: sku/title qty x price =
 * total; ... total T ship name|phone|address cust NAME | doubt", or "!!
 * reason". */
static void show(const char *text, char *out, size_t cap)
{
    struct imap_extract_settings s = {0};
    struct mail_text_result r;
    char b[OD_MONEY_STRLEN], c[OD_MONEY_STRLEN];
    int rc = mail_text_parse(&s, text, strlen(text), NULL, "msg-f", &r);
    size_t n = 0;

#define PUT(...) (n += (size_t)snprintf(out + n, n < cap ? cap - n : 0, __VA_ARGS__))
    out[0] = '\0';
    if (rc != MAIL_TEXT_ORDER) {
        PUT("!! %s", r.why);
        mail_text_result_free(&r);
        return;
    }
    for (size_t i = 0; i < r.n_orders; i++) {
        const struct od_order *o = r.orders[i];

        PUT("%s%s%s%s:", i ? " || " : "", o->external_id, o->currency[0] ? " " : "", o->currency);
        for (size_t l = 0; l < o->n_lines; l++)
            PUT(" %s/%s %lld x %s = %s;", o->lines[l].sku ? o->lines[l].sku : "-",
                o->lines[l].title ? o->lines[l].title : "-", (long long)o->lines[l].qty,
                od_money_format(o->lines[l].unit_price, b), od_money_format(o->lines[l].total, c));
        if (o->total != OD_MONEY_NONE)
            PUT(" total %s", od_money_format(o->total, b));
        if (o->ship_to.name || o->ship_to.phone || o->ship_to.address)
            PUT(" ship %s|%s|%s", o->ship_to.name ? o->ship_to.name : "-",
                o->ship_to.phone ? o->ship_to.phone : "-",
                o->ship_to.address ? o->ship_to.address : "-");
        if (o->customer.name)
            PUT(" cust %s", o->customer.name);
        for (size_t d = 0; o->extraction && d < o->extraction->n_doubts; d++)
            PUT(" | %s", o->extraction->doubts[d]);
    }
#undef PUT
    mail_text_result_free(&r);
}

struct tcase {
    const char *text, *want;
};

static void run_cases(const struct tcase *t, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        char got[2048];

        show(t[i].text, got, sizeof(got));
        if (strcmp(got, t[i].want) != 0)
            fail_msg("case %zu '%s':\n got  '%s'\n want '%s'", i, t[i].text, got, t[i].want);
    }
}

#endif
