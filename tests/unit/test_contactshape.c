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
        /* an em dash or an en dash between spaces parts them as well */
        {"Huilerie Zitouna, Route de Gab\u00e8s km 6, Sfax \u2014 M. Mohamed Trabelsi", 44,
         "M. Mohamed Trabelsi"},
        {"Ring Road, Lot 3, Accra \u2013 Ms Ama Mensah", 23, "Ms Ama Mensah"},
        {"Ring Road, Lot 3, Accra\u2014Ms Ama Mensah", 0, NULL},
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

/* The last spaced dash of a line (mail_spaced_dash) and a person's name
 * after a job title (mail_titled_person). */
static void test_dash_and_title(void **state)
{
    static const struct {
        const char *t;
        size_t dash, after;
    } d[] = {
        {"A, B - C", 4, 7},
        {"A, B \u2014 C - D \u2013 E", 14, 19},
        {"A-B, C\u2014D", 0, 0},
        {" - C", 0, 0},
    };
    static const struct {
        const char *t;
        bool person;
    } p[] = {
        {"\u4ed3\u7ba1 \u6797\u6587\u5f6c", true}, /* 仓管 林文彬 */
        {"\u6797\u6587\u5f6c", true},              /* 林文彬 */
        {"Linda Johnson", true},
        {"\u4ed3\u5e93 \u6797\u6587\u5f6c", false}, /* 仓库 林文彬: no title */
        {"\u4ed3\u7ba1 \u8386\u7530\u5e02\u8354\u57ce\u533a\u9ec4\u77f3\u9547", false},
    };

    (void)state;
    for (size_t i = 0; i < sizeof(d) / sizeof(d[0]); i++) {
        size_t after = 99, at = mail_spaced_dash(d[i].t, strlen(d[i].t), &after);

        if (at != d[i].dash || (at && after != d[i].after))
            fail_msg("'%s': dash at %zu after %zu, want %zu %zu", d[i].t, at, after, d[i].dash,
                     d[i].after);
    }
    for (size_t i = 0; i < sizeof(p) / sizeof(p[0]); i++)
        if (mail_titled_person(p[i].t, strlen(p[i].t)) != p[i].person)
            fail_msg("'%s': want %d", p[i].t, p[i].person);
}

/* A place on one line without a house number (mail_place_line), and
 * the field given to a displaced ship-to value (mail_displaced_field). */
static void test_place_line(void **state)
{
    static const struct {
        const char *t;
        bool place;
    } t[] = {
        {"Mavis Bank Coffee Factory, Mavis Bank P.O., St. Andrew, Jamaica W.I.", true},
        {"Beneficio Tarraz\u00fa, San Marcos de Tarraz\u00fa, San Jos\u00e9, Costa Rica", true},
        {"Acme Ltd, Unit 4, 12 Mill Rd", true},
        {"Mavis Bank Coffee Factory, Jamaica", false},     /* two parts */
        {"Mavis Bank, please call first, Jamaica", false}, /* a sentence's part */
        {"Acme Ltd, sales@acme.example, Leeds", false},
        {"", false},
    };

    (void)state;
    for (size_t i = 0; i < sizeof(t) / sizeof(t[0]); i++)
        if (mail_place_line(t[i].t, strlen(t[i].t)) != t[i].place)
            fail_msg("'%s': want %d", t[i].t, t[i].place);
    assert_string_equal(mail_displaced_field(t[0].t, strlen(t[0].t)), "ship_to.address");
    assert_string_equal(mail_displaced_field(t[3].t, strlen(t[3].t)), "ship_to.company");
    assert_string_equal(mail_displaced_field(NULL, 0), "ship_to.company");
}

/* A role's or a place's word and its colon before the receiver
 * (mail_role_word_end): the offset of the name, 0 when not so. */
static void test_role_word(void **state)
{
    static const struct {
        const char *t;
        size_t at;
    } t[] = {
        {"Warehouse: Armen Petrosyan +374 91 223344", 11},
        {"Magazzino:  Marco Rossi 333 1234567", 12},
        {"warehouse: Armen Petrosyan", 0}, /* not capitalised */
        {"Gate 3: Armen Petrosyan", 0},    /* a digit */
        {"Warehouse:Armen", 0},            /* no space after the colon */
        {"Armen Petrosyan +374 91 223344", 0},
        {"Ab: Armen", 0},
    };

    (void)state;
    for (size_t i = 0; i < sizeof(t) / sizeof(t[0]); i++) {
        const char *z = t[i].t + strlen(t[i].t);

        if ((size_t)(mail_role_word_end(t[i].t, z) - t[i].t) != t[i].at)
            fail_msg("'%s': want %zu", t[i].t, t[i].at);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_cases),
        cmocka_unit_test(test_length_bounds),
        cmocka_unit_test(test_place_then_person),
        cmocka_unit_test(test_dash_and_title),
        cmocka_unit_test(test_place_line),
        cmocka_unit_test(test_role_word),
    };

    return cmocka_run_group_tests(tests, NULL, NULL);
}
