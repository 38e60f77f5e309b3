/* Unit tests for connectors/imap/fieldcheck.c: an order's fields checked
 * by their shapes, whichever reader read them (mail_shape_doubts), as a
 * table of orders with the doubt each one must get, or none. */
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "imap/fieldcheck.h"
#include "model.h"

static const struct {
    const char *customer, *ship_name, *address, *sku, *title;
    const char *doubt; /* a part of the one doubt wanted, or NULL for none */
} cases[] = {
    /* fields parted right: no doubt */
    {"Cascade Outdoor Gear, Inc.", "Marco Diaz", "22010 68th Ave S, Kent, WA 98032", NULL,
     "Kraft box 30x20x10", NULL},
    {"杭州某某贸易有限公司", "刘晓东", "杭州市萧山区鸿兴路99号 2号门 邮编 311215", "HD-SF-5023",
     "缠绕膜 50cm 净重3kg/卷", NULL},
    {"Acme Ltd", "Store 14", "Unit 7 Avonmouth Way, Bristol BS11 9YA", NULL, "Bubble wrap", NULL},
    {NULL, NULL, "8800 Industrial Pkwy, Columbus OH 43219", "A-4", "Paper A4 80g", NULL},
    /* postcodes of two groups are no phone; a Chinese number's area code starts with 0 */
    {NULL, NULL, "2-14-8 Nishi-Shinjuku, Shinjuku-ku, Tokyo 160-0023, Japan", NULL, "Box", NULL},
    {NULL, NULL, "2315 SE Division St, Portland, OR 97202-1234", NULL, "Box", NULL},
    {NULL, NULL, "Av. Paulista 1000, São Paulo - SP, 01310-100", NULL, "Box", NULL},
    {NULL, NULL, "广州市白云区永兴路31号 020-37265510", NULL, "Box",
     "ship_to.address: holds a telephone number"},
    /* a telephone number left in the address */
    {NULL, NULL, "刘晓东 / 180 5716 2290 / 杭州市萧山区鸿兴路99号", NULL, "Box",
     "ship_to.address: holds a telephone number"},
    {NULL, "Anna Brown", "2315 SE Division St, Portland, OR 97202, (503) 555-0164", NULL, "Box",
     "ship_to.address: holds a telephone number"},
    /* another field's label left in the address */
    {NULL, NULL, "8800 INDUSTRIAL PKWY, COLUMBUS OH 43219, TERMS: NET 45", NULL, "Box",
     "ship_to.address: holds another label"},
    {NULL, NULL, "广州市白云区永兴路31号 电话：020-37265510", NULL, "Box",
     "ship_to.address: holds a telephone number"},
    {NULL, NULL, "广州市白云区永兴路31号 联系人：卢国庆", NULL, "Box",
     "ship_to.address: holds another label"},
    /* a label, a phone or an address as a name */
    {"SHIP TO:", NULL, NULL, NULL, "Box", "customer.name: a label, not a name"},
    {NULL, "收货人：", NULL, NULL, "Box", "ship_to.name: a label, not a name"},
    {NULL, "Hannah Green 0113 496 0000", NULL, NULL, "Box", "ship_to.name: holds a telephone"},
    {NULL, "same as above. Contact: Mr. Wong", NULL, NULL, "Box", "ship_to.name: holds a label"},
    {NULL, "Store 14 - Leeds, 22 Kirkstall Road, Leeds LS3 1LH, att. Hannah Green", NULL, NULL,
     "Box", "ship_to.name: has a street address's shape"},
    /* a label's abbreviation left after the name ("tlf." before the phone) */
    {NULL, "Lars Mikkelsen, tlf.", NULL, NULL, "Box",
     "ship_to.name: ends with another field's label"},
    {NULL, "Smith, J.", NULL, NULL, "Box", NULL},
    /* an item code inside the title of a line without SKU */
    {NULL, NULL, NULL, NULL, "缠绕膜 HD-SF-5023 50cm", "lines[0].title: holds an item code"},
    {NULL, NULL, NULL, "HD-SF-5023", "缠绕膜 HD-SF-5023 50cm", NULL},
    {NULL, NULL, NULL, NULL, "Carton 5-ply K=K 60x40", NULL},
};

static char *dup(const char *s)
{
    return s ? strdup(s) : NULL;
}

static void test_cases(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        struct od_order *o = od_order_new();
        struct od_line *l;
        size_t n;

        assert_non_null(o);
        o->customer.name = dup(cases[i].customer);
        o->ship_to.name = dup(cases[i].ship_name);
        o->ship_to.address = dup(cases[i].address);
        assert_int_equal(od_order_add_line(o, &l), 0);
        l->sku = dup(cases[i].sku);
        l->title = dup(cases[i].title);
        assert_int_equal(mail_shape_doubts(o), 0);
        n = o->extraction ? o->extraction->n_doubts : 0;
        if (!cases[i].doubt) {
            if (n)
                fail_msg("case %zu: want no doubt, got '%s'", i, o->extraction->doubts[0]);
        } else if (n != 1 || !strstr(o->extraction->doubts[0], cases[i].doubt)) {
            fail_msg("case %zu: want one doubt with '%s', got %zu ('%s')", i, cases[i].doubt, n,
                     n ? o->extraction->doubts[0] : "");
        }
        od_order_free(o);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_cases),
    };

    return cmocka_run_group_tests(tests, NULL, NULL);
}
