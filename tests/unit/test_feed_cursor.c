/* The feed channel's cursor (feed_cursor_parse): stored data that may be
 * from an older orderd or damaged. Every field that cannot be used is
 * left unknown, never guessed, so that the connector falls back to a
 * safe way of resuming (docs/feed.md). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "feed/feed.h"

struct cursor_case {
    const char *json;
    const char *file;
    const char *sha;
    int64_t done;
    bool complete;
    uint64_t offset, line;
};

static const struct cursor_case cases[] = {
    /* written by orderd since files are read a batch at a time */
    {"{\"file\":\"a.csv\",\"sha256\":\"ab\",\"done\":4,\"units\":9,\"complete\":false,"
     "\"offset\":120,\"line\":7}",
     "a.csv", "ab", 4, false, 120, 7},
    /* written by an older orderd: no position, resumed by unit count */
    {"{\"file\":\"a.csv\",\"sha256\":\"ab\",\"done\":4,\"units\":9,\"complete\":false}", "a.csv",
     "ab", 4, false, 0, 0},
    {"{\"file\":\"a.csv\",\"sha256\":\"ab\",\"done\":9,\"units\":9,\"complete\":true}", "a.csv",
     "ab", 9, true, 0, 0},
    /* damaged positions: unknown, both of them */
    {"{\"file\":\"a\",\"done\":4,\"offset\":120}", "a", "", 4, false, 0, 0},
    {"{\"file\":\"a\",\"done\":4,\"line\":7}", "a", "", 4, false, 0, 0},
    {"{\"file\":\"a\",\"done\":4,\"offset\":-5,\"line\":7}", "a", "", 4, false, 0, 0},
    {"{\"file\":\"a\",\"done\":4,\"offset\":0,\"line\":7}", "a", "", 4, false, 0, 0},
    {"{\"file\":\"a\",\"done\":4,\"offset\":120,\"line\":0}", "a", "", 4, false, 0, 0},
    {"{\"file\":\"a\",\"done\":4,\"offset\":\"120\",\"line\":7}", "a", "", 4, false, 0, 0},
    {"{\"file\":\"a\",\"done\":4,\"offset\":1.5,\"line\":7}", "a", "", 4, false, 0, 0},
    {"{\"file\":\"a\",\"done\":4,\"offset\":null,\"line\":7}", "a", "", 4, false, 0, 0},
    {"{\"file\":\"a\",\"done\":4,\"offset\":120,\"line\":[7]}", "a", "", 4, false, 0, 0},
    /* not a cursor at all: nothing known, the file is read from its start */
    {"", "", "", 0, false, 0, 0},
    {"null", "", "", 0, false, 0, 0},
    {"[1,2]", "", "", 0, false, 0, 0},
    {"\"a.csv\"", "", "", 0, false, 0, 0},
    {"{\"file\":\"a.csv\",\"done\":4", "", "", 0, false, 0, 0},
    {"{}", "", "", 0, false, 0, 0},
    /* a SHA-256 longer than one is cut, so it matches no file */
    {"{\"file\":\"a\",\"sha256\":\"0123456789012345678901234567890123456789012345678901234567890123"
     "45\"}",
     "a", "0123456789012345678901234567890123456789012345678901234567890123", 0, false, 0, 0},
};

static void test_cursor_table(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        const struct cursor_case *t = &cases[i];
        struct feed_cursor c;

        memset(&c, 0x5a, sizeof(c));
        feed_cursor_parse(t->json, &c);
        assert_string_equal(c.file, t->file);
        assert_string_equal(c.sha, t->sha);
        assert_int_equal(c.done, t->done);
        assert_int_equal(c.complete, t->complete);
        assert_int_equal(c.offset, t->offset);
        assert_int_equal(c.line, t->line);
    }
}

static void test_cursor_null(void **state)
{
    struct feed_cursor c;

    (void)state;
    memset(&c, 0x5a, sizeof(c));
    feed_cursor_parse(NULL, &c);
    assert_string_equal(c.file, "");
    assert_int_equal(c.done, 0);
    assert_int_equal(c.offset, 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_cursor_table),
        cmocka_unit_test(test_cursor_null),
    };

    return cmocka_run_group_tests(tests, NULL, NULL);
}
