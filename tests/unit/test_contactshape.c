/* Unit tests for connectors/imap/contactshape.c: the one test of a
 * street address's shape (mail_address_shape), as a sheet's recipient
 * cell and as a "Delivery:" value in prose ask it, and a place then the
 * person who receives (mail_place_then_person), table-driven. */
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "imap/contactshape.h"

static const struct {
    const char *text;
    bool cell, prose; /* in_prose false, true */
} cases[] = {
    {"Ridgeline Furniture - Plant 2, 1200 Startown Rd, Newton, NC 28658", true, true},
    {"Acme Ltd, Unit 4, 12 Mill Rd, Leeds LS1 4AB", true, true},
    {"55, Seongseo-ro 71-gil, Dalseo-gu, Daegu 42719", true, true},
    {"8 Ubi Road 2, #06-21 Zervex, Singapore 408538", true, true},
    /* a house number first and one comma: enough in a cell only */
    {"8 Ubi Road 2, Singapore 408538", true, false},
    {"12-14/3 Harbour St, 2000", true, false},
    /* the digit only before the first comma: a cell's address only */
    {"Site 07 Store, Plot C, Al Reem Island", true, false},
    {"3 weeks, DAP, Hamburg", true, false},
    /* no address */
    {"Omar Haddad, 416-555-0144", false, false},
    {"Kevin Tremblay", false, false},
    {"12 Mill Rd", false, false},
    {"by end of May, CIF Osaka, Japan", false, false},
    {"8 Ubi Road, Singapore", false, false},
    {"8, Ubi Road 2", false, false},
    {"Unit 4 Mill Rd, Leeds", false, false},
    {"", false, false},
};

static void test_cases(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        size_t n = strlen(cases[i].text);

        if (mail_address_shape(cases[i].text, n, false) != cases[i].cell)
            fail_msg("'%s' in a cell: want %d", cases[i].text, cases[i].cell);
        if (mail_address_shape(cases[i].text, n, true) != cases[i].prose)
            fail_msg("'%s' in prose: want %d", cases[i].text, cases[i].prose);
    }
}

/* Only t[0..n) is read: the digits and commas after it do not count. */
static void test_length_bounds(void **state)
{
    static const char t[] = "Acme Ltd, Leeds, 12 Mill Rd";
    size_t n = strlen("Acme Ltd, Leeds, ");

    (void)state;
    assert_true(mail_address_shape(t, strlen(t), true));
    assert_false(mail_address_shape(t, n, true));
    assert_false(mail_address_shape(t, n, false));
    assert_false(mail_address_shape("8 Ubi Road 2, 408538", strlen("8 Ubi Road 2, "), false));
}

/* A place, a dash and the person who receives (mail_place_then_person):
 * where the place ends and the person starts. */
static void test_place_then_person(void **state)
{
    static const struct {
        const char *t;
        size_t dash;      /* 0: not so */
        const char *name; /* the person */
    } t[] = {
        {"Bahari Clearing Ltd, Moi Avenue, Mombasa, Kenya - Mr. Hassan Omar", 47,
         "Mr. Hassan Omar"},
        {"Carpenters Shipping, Queens Wharf Road, Lautoka, Fiji - attn Ms Salote Vuki", 53,
         "Ms Salote Vuki"},
        /* two commas before the dash at least, a person of four words at most */
        {"Moi Avenue, Mombasa - Mr. Hassan Omar", 0, NULL},
        {"A Ltd, Moi Avenue, Mombasa - the goods to be kept dry please", 0, NULL},
        /* a state and a postcode after the dash: no person */
        {"Av. das Indústrias 1200, Contagem, MG - 32210-130", 0, NULL},
        {"Lot 3, Ring Road, Accra - warehouse", 0, NULL},
    };

    (void)state;
    for (size_t i = 0; i < sizeof(t) / sizeof(t[0]); i++) {
        size_t who = 0, dash = mail_place_then_person(t[i].t, strlen(t[i].t), &who);

        if (dash != t[i].dash)
            fail_msg("'%s': place ends at %zu, want %zu", t[i].t, dash, t[i].dash);
        if (t[i].name && strcmp(t[i].t + who, t[i].name) != 0)
            fail_msg("'%s': person '%s', want '%s'", t[i].t, t[i].t + who, t[i].name);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_cases),
        cmocka_unit_test(test_length_bounds),
        cmocka_unit_test(test_place_then_person),
    };

    return cmocka_run_group_tests(tests, NULL, NULL);
}
