/* Unit tests for connectors/imap/sheetclause.c: a form's title with its
 * number (scl_title_number), a receiver and a phone after an address
 * (scl_receiver_clause) and a letterhead the mail's text signs with a
 * person (scl_signed_with_person), a buyer's company before its address
 * (scl_company_len), table-driven. */
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "grid.h"
#include "imap/sheetclause.h"

static void test_title_number(void **state)
{
    static const struct {
        const char *t;
        const char *id; /* the number's text from value_off on, NULL: none */
    } c[] = {
        {"Заказ поставщику № 00000000317 от 25 декабря 2027 г.",
         "00000000317 от 25 декабря 2027 г."},
        {"Счет на оплату № 1245 от 02.03.2027", "1245 от 02.03.2027"},
        {"Bon de commande N° BC-2027-11 du 12/03/2027", "BC-2027-11 du 12/03/2027"},
        {"Заказ № 318", "318"},
        /* no title, a line number, no date after, a date's word without a date */
        {"№ 00000000317 от 25 декабря 2027 г.", NULL},
        {"Заказ № 1", NULL},
        {"Заказ № 317 на складе", NULL},
        {"Заказ № 317 от склада", NULL},
        {"Итого: № 317", NULL},
        {"Заказ 2027 № 317", NULL},
        {"№", NULL},
        /* a reference to another document, after a small word */
        {"к Контракту № HD-RU-2026/11 от 15.11.2026 г.", NULL},
    };

    (void)state;
    for (size_t i = 0; i < sizeof(c) / sizeof(c[0]); i++) {
        size_t off = 0;
        const char *f = scl_title_number(c[i].t, &off);

        if (!c[i].id && f)
            fail_msg("'%s': want none, got %s", c[i].t, f);
        if (c[i].id && (!f || strcmp(f, "external_id") != 0 || strcmp(c[i].t + off, c[i].id) != 0))
            fail_msg("'%s': want '%s'", c[i].t, c[i].id);
    }
}

static void test_receiver_clause(void **state)
{
    static const struct {
        const char *v;
        const char *place, *name, *phone; /* NULL: not so */
    } c[] = {
        {"склад Каракол, ул. Ленина 210, г. Каракол, Иссык-Кульская обл., получатель Асанов "
         "Бакыт, +996 555 12 34 56",
         "склад Каракол, ул. Ленина 210, г. Каракол, Иссык-Кульская обл.", "Асанов Бакыт",
         "+996 555 12 34 56"},
        {"Unit 4, 12 Mill Rd, Leeds LS1 4AB, recipient Jane Hill 0113 496 0000",
         "Unit 4, 12 Mill Rd, Leeds LS1 4AB", "Jane Hill", "0113 496 0000"},
        /* no receiver's word, no phone, no address before it, no person */
        {"Unit 4, 12 Mill Rd, Leeds LS1 4AB, Jane Hill 0113 496 0000", NULL, NULL, NULL},
        {"Unit 4, 12 Mill Rd, Leeds LS1 4AB, recipient Jane Hill", NULL, NULL, NULL},
        {"Leeds, recipient Jane Hill 0113 496 0000", NULL, NULL, NULL},
        {"Unit 4, 12 Mill Rd, Leeds LS1 4AB, recipient goods in 0113 496 0000", NULL, NULL, NULL},
    };

    (void)state;
    for (size_t i = 0; i < sizeof(c) / sizeof(c[0]); i++) {
        size_t place = 0, phone = 0, m = strlen(c[i].v);
        size_t at = scl_receiver_clause(NULL, c[i].v, m, &place, &phone);
        char name[128];

        if (!c[i].place) {
            if (at)
                fail_msg("'%s': want none", c[i].v);
            continue;
        }
        if (!at)
            fail_msg("'%s': not read", c[i].v);
        assert_int_equal(place, strlen(c[i].place));
        assert_memory_equal(c[i].v, c[i].place, place);
        snprintf(name, sizeof(name), "%s", c[i].v + at);
        name[strlen(c[i].name)] = '\0';
        assert_string_equal(name, c[i].name);
        assert_string_equal(c[i].v + phone, c[i].phone);
    }
}

static void test_signed_with_person(void **state)
{
    static const struct {
        const char *body, *t;
        bool want;
    } c[] = {
        {"附件是訂購單。\n\n洄瀾麻糬工坊 許雅婷\n03-8332266", "洄瀾麻糬工坊", true},
        {"Regards,\nHill Farm Shop Jane Hill", "Hill Farm Shop", true},
        /* the company alone (body_line's), a quoted line, no person after it */
        {"附件是訂購單。\n\n洄瀾麻糬工坊\n許雅婷", "洄瀾麻糬工坊", false},
        {"> 洄瀾麻糬工坊 許雅婷", "洄瀾麻糬工坊", false},
        {"洄瀾麻糬工坊 吉安廠 花蓮縣吉安鄉", "洄瀾麻糬工坊", false},
        {"Regards,\nHill Farm Shop orders", "Hill Farm Shop", false},
    };

    (void)state;
    for (size_t i = 0; i < sizeof(c) / sizeof(c[0]); i++) {
        struct od_grid b;

        assert_int_equal(od_grid_init(&b, OD_GRID_TEXT, NULL), 0);
        assert_int_equal(od_grid_from_text(&b, c[i].body, strlen(c[i].body), 100), 0);
        if (scl_signed_with_person(&b, c[i].t) != c[i].want)
            fail_msg("'%s' under '%s': want %d", c[i].body, c[i].t, c[i].want);
        od_grid_free(&b);
    }
    assert_false(scl_signed_with_person(NULL, "洄瀾麻糬工坊"));
}

static void test_company_len(void **state)
{
    static const struct {
        const char *v, *company;
    } c[] = {
        {"ООО \"Байкал Фиш\", ИНН 3811452207", "ООО \"Байкал Фиш\""},
        {"ОсОО «Ысык-Көл Бал», г. Бишкек, ул. Токтогула 125", "ОсОО «Ысык-Көл Бал»"},
        {"ИП Смирнова Ольга Андреевна (магазин \"Уютный дом\" на Wildberries)",
         "ИП Смирнова Ольга Андреевна"},
        {"ТОО «Астык»", "ТОО «Астык»"},
        /* no legal form first: the value whole */
        {"Acme, Inc., 12 Mill Rd", "Acme, Inc., 12 Mill Rd"},
        {"Hengda (HK) Ltd", "Hengda (HK) Ltd"},
        {"ИПОТЕКА, Москва", "ИПОТЕКА, Москва"},
    };

    (void)state;
    for (size_t i = 0; i < sizeof(c) / sizeof(c[0]); i++) {
        size_t n = scl_company_len(c[i].v, strlen(c[i].v));

        if (n != strlen(c[i].company) || memcmp(c[i].v, c[i].company, n) != 0)
            fail_msg("'%s': %zu bytes, want '%s'", c[i].v, n, c[i].company);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_title_number),
        cmocka_unit_test(test_receiver_clause),
        cmocka_unit_test(test_signed_with_person),
        cmocka_unit_test(test_company_len),
    };

    return cmocka_run_group_tests(tests, NULL, NULL);
}
