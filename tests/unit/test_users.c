/* The console users' pure pieces (lib/users.c): the lockout arithmetic
 * (five failures within 15 minutes lock the name for 15 minutes after the
 * fifth), the secret comparison, roles and names, the password rules, and
 * an Argon2id hash that verifies its password only. The database side is
 * tested in tests/integration/test_users.py and test_web.py. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "error.h"
#include "users.h"

#define S   INT64_C(1000000) /* one second in od_time units */
#define MIN (60 * S)

static void test_lockout_arithmetic(void **state)
{
    const od_time t0 = 1000000 * S;
    const struct {
        const char *what;
        od_time fails[8];
        size_t n;
        od_time now;
        od_time want;
    } cases[] = {
        {"no failures", {0}, 0, t0, OD_TIME_NONE},
        {"four failures do not lock",
         {t0, t0 + S, t0 + 2 * S, t0 + 3 * S},
         4,
         t0 + 4 * S,
         OD_TIME_NONE},
        {"five in a minute lock for 15 minutes after the fifth",
         {t0, t0 + S, t0 + 2 * S, t0 + 3 * S, t0 + 60 * S},
         5,
         t0 + 61 * S,
         t0 + 60 * S + 15 * MIN},
        {"still locked a second before the end",
         {t0, t0 + S, t0 + 2 * S, t0 + 3 * S, t0 + 4 * S},
         5,
         t0 + 4 * S + 15 * MIN - S,
         t0 + 4 * S + 15 * MIN},
        {"unlocked at the end",
         {t0, t0 + S, t0 + 2 * S, t0 + 3 * S, t0 + 4 * S},
         5,
         t0 + 4 * S + 15 * MIN,
         OD_TIME_NONE},
        {"five spread over exactly 15 minutes lock",
         {t0, t0 + 5 * MIN, t0 + 10 * MIN, t0 + 12 * MIN, t0 + 15 * MIN},
         5,
         t0 + 15 * MIN + S,
         t0 + 30 * MIN},
        {"five over 15 minutes and a second do not",
         {t0, t0 + 5 * MIN, t0 + 10 * MIN, t0 + 12 * MIN, t0 + 15 * MIN + S},
         5,
         t0 + 15 * MIN + 2 * S,
         OD_TIME_NONE},
        {"the latest run of five counts",
         {t0, t0 + 20 * MIN, t0 + 21 * MIN, t0 + 22 * MIN, t0 + 23 * MIN, t0 + 24 * MIN},
         6,
         t0 + 25 * MIN,
         t0 + 39 * MIN},
        {"a sixth failure while locked moves the end",
         {t0, t0 + S, t0 + 2 * S, t0 + 3 * S, t0 + 4 * S, t0 + 10 * MIN},
         6,
         t0 + 11 * MIN,
         t0 + 25 * MIN},
    };

    (void)state;
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        od_time got = od_login_locked_until(cases[i].fails, cases[i].n, cases[i].now);

        if (got != cases[i].want)
            fail_msg("%s: got %lld, want %lld", cases[i].what, (long long)got,
                     (long long)cases[i].want);
    }
}

static void test_secret_equal(void **state)
{
    (void)state;
    assert_true(od_secret_equal("abc123", "abc123"));
    assert_true(od_secret_equal("", ""));
    assert_false(od_secret_equal("abc123", "abc124"));
    assert_false(od_secret_equal("abc123", "Abc123"));
    assert_false(od_secret_equal("abc123", "abc12"));
    assert_false(od_secret_equal("abc12", "abc123"));
    assert_false(od_secret_equal("abc", ""));
    assert_false(od_secret_equal(NULL, "abc"));
    assert_false(od_secret_equal("abc", NULL));
    assert_false(od_secret_equal(NULL, NULL));
}

static void test_roles_and_names(void **state)
{
    enum od_role r = OD_ROLE_ADMIN;

    (void)state;
    assert_int_equal(od_role_parse("viewer", &r), 0);
    assert_int_equal(r, OD_ROLE_VIEWER);
    assert_int_equal(od_role_parse("clerk", &r), 0);
    assert_int_equal(r, OD_ROLE_CLERK);
    assert_int_equal(od_role_parse("admin", &r), 0);
    assert_int_equal(r, OD_ROLE_ADMIN);
    assert_int_equal(od_role_parse("Admin", &r), OD_EINVAL);
    assert_int_equal(od_role_parse("root", &r), OD_EINVAL);
    assert_int_equal(od_role_parse(NULL, &r), OD_EINVAL);
    assert_string_equal(od_role_name(OD_ROLE_CLERK), "clerk");

    assert_true(od_user_name_valid("li.ming"));
    assert_true(od_user_name_valid("clerk-2@shop_a"));
    assert_false(od_user_name_valid(""));
    assert_false(od_user_name_valid(NULL));
    assert_false(od_user_name_valid("li ming"));
    assert_false(od_user_name_valid("李明"));
    assert_false(od_user_name_valid("a'b"));
    assert_true(
        od_user_name_valid("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"));
    assert_false(
        od_user_name_valid("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"));
}

static void test_password_rules_and_hash(void **state)
{
    char hash[OD_PWHASH_MAX], big[OD_PASSWORD_MAX + 2];

    (void)state;
    assert_int_equal(od_password_check("short"), OD_EINVAL);
    assert_int_equal(od_password_check("tab\there!"), OD_EINVAL);
    assert_int_equal(od_password_check("密码是八个字节以上"), 0);
    memset(big, 'x', sizeof(big) - 1);
    big[sizeof(big) - 1] = '\0';
    assert_int_equal(od_password_check(big), OD_EINVAL);
    big[OD_PASSWORD_MAX] = '\0';
    assert_int_equal(od_password_check(big), 0);

    if (od_password_hash("correct horse", hash) == OD_ECONFIG)
        skip(); /* built without libsodium (-Dweb=disabled) */
    assert_int_equal(od_password_hash("correct horse", hash), 0);
    assert_memory_equal(hash, "$argon2id$", 10);
    assert_int_equal(od_password_verify(hash, "correct horse"), 0);
    assert_int_equal(od_password_verify(hash, "correct hors"), OD_EAUTH);
    assert_int_equal(od_password_verify(hash, ""), OD_EAUTH);
    assert_int_equal(od_password_verify("$argon2id$garbage", "correct horse"), OD_EAUTH);
    assert_int_equal(od_password_hash("short", hash), OD_EINVAL);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_lockout_arithmetic),
        cmocka_unit_test(test_secret_equal),
        cmocka_unit_test(test_roles_and_names),
        cmocka_unit_test(test_password_rules_and_hash),
    };

    return cmocka_run_group_tests(tests, NULL, NULL);
}
