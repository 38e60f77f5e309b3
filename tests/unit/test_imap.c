/* Unit tests for the IMAP connector's helpers that read outside input
 * (connectors/imap/imap.h): the Message-ID of a header and the dead
 * letter's source_ref built from it, the header length, the cursor, and
 * the loopback check behind `security: none`. Table-driven. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "imap/imap.h"

struct msgid_case {
    const char *raw;
    const char *want; /* NULL = no Message-ID */
};

static const struct msgid_case msgid_cases[] = {
    {"Message-ID: <a@b.example>\r\nSubject: x\r\n\r\nbody", "<a@b.example>"},
    {"Subject: x\r\nmessage-id:   <Lower@Case>\r\n\r\n", "<Lower@Case>"},
    {"Subject: x\nMESSAGE-ID: <lf@only>\n\n", "<lf@only>"},
    /* folded onto the next line */
    {"Message-ID:\r\n <folded@example.com>\r\nTo: y\r\n\r\n", "<folded@example.com>"},
    /* without angle brackets: added */
    {"Message-ID: bare@example\r\n\r\n", "<bare@example>"},
    /* control bytes and spaces are dropped */
    {"Message-ID: <a\x01 b@c>\r\n\r\n", "<ab@c>"},
    /* only in the body: not a header */
    {"Subject: x\r\n\r\nMessage-ID: <in@body>\r\n", NULL},
    {"Subject: no id\r\n\r\n", NULL},
    {"Message-ID:\r\n\r\n", NULL},
    {"Message-ID: <>\r\n\r\n", NULL},
    {"", NULL},
    /* a header name that only starts the same */
    {"Message-IDs: <x@y>\r\n\r\n", NULL},
    /* no blank line at all, id on the last line without newline */
    {"From: a\r\nMessage-ID: <last@line>", "<last@line>"},
};

static void test_message_id(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof(msgid_cases) / sizeof(msgid_cases[0]); i++) {
        const struct msgid_case *c = &msgid_cases[i];
        char buf[IMAP_MSGID_MAX + 3] = "untouched";
        bool got = imap_message_id(c->raw, strlen(c->raw), buf, sizeof(buf));

        if (got != (c->want != NULL) || (got && strcmp(buf, c->want) != 0))
            print_message("case %zu: got %d '%s'\n", i, got, buf);
        assert_int_equal(got, c->want != NULL);
        if (c->want)
            assert_string_equal(buf, c->want);
        else
            assert_string_equal(buf, "untouched");
    }
}

static void test_message_id_is_capped(void **state)
{
    char raw[2048], buf[IMAP_MSGID_MAX + 3];
    size_t n = (size_t)snprintf(raw, sizeof(raw), "Message-ID: <");

    (void)state;
    memset(raw + n, 'x', 1000);
    memcpy(raw + n + 1000, ">\r\n\r\n", 6);
    assert_true(imap_message_id(raw, strlen(raw), buf, sizeof(buf)));
    assert_int_equal(strlen(buf), IMAP_MSGID_MAX);
    assert_int_equal(buf[0], '<');
}

static void test_source_ref(void **state)
{
    static const char with[] = "Message-ID: <po-1@example.com>\r\n\r\nbody";
    static const char without[] = "Subject: x\r\n\r\nbody";
    char ref[400];

    (void)state;
    imap_source_ref("INBOX", with, strlen(with), ref, sizeof(ref));
    assert_string_equal(ref, "INBOX <po-1@example.com>");
    imap_source_ref("Orders", without, strlen(without), ref, sizeof(ref));
    /* sha256 of the raw bytes: the same message always gives the same ref */
    assert_string_equal(
        ref, "Orders sha256:db0ceadc0ae983e913669d6a31a4a4ce00b701d0943a2b9dfe08668407878577");
}

struct hdr_case {
    const char *raw;
    size_t want;
};

static const struct hdr_case hdr_cases[] = {
    {"A: 1\r\nB: 2\r\n\r\nbody", 14},
    {"A: 1\nB: 2\n\nbody", 11},
    {"A: 1\r\n", 6},
    {"", 0},
    {"\r\n\r\nbody", 4},
    /* the first blank line wins, whichever style */
    {"A: 1\n\nB\r\n\r\n", 6},
};

static void test_header_len(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof(hdr_cases) / sizeof(hdr_cases[0]); i++)
        assert_int_equal(imap_header_len(hdr_cases[i].raw, strlen(hdr_cases[i].raw)),
                         hdr_cases[i].want);
}

struct cursor_case {
    const char *json;
    uint32_t validity, uid;
};

static const struct cursor_case cursor_cases[] = {
    {"{\"uidvalidity\": 1795777115, \"uid\": 42}", 1795777115u, 42},
    {"{\"uid\": 7, \"uidvalidity\": 3, \"extra\": true}", 3, 7},
    {"{\"uidvalidity\": 4294967295, \"uid\": 4294967295}", 4294967295u, 4294967295u},
    {"{\"uidvalidity\": 3, \"uid\": 0}", 3, 0},
    /* everything below is "start from the beginning" */
    {NULL, 0, 0},
    {"", 0, 0},
    {"not json", 0, 0},
    {"[1, 2]", 0, 0},
    {"{\"uidvalidity\": 3}", 0, 0},
    {"{\"uid\": 3}", 0, 0},
    {"{\"uidvalidity\": \"3\", \"uid\": 4}", 0, 0},
    {"{\"uidvalidity\": 0, \"uid\": 4}", 0, 0},
    {"{\"uidvalidity\": -1, \"uid\": 4}", 0, 0},
    {"{\"uidvalidity\": 3, \"uid\": -4}", 0, 0},
    {"{\"uidvalidity\": 4294967296, \"uid\": 4}", 0, 0},
    {"{\"uidvalidity\": 3, \"uid\": 4.5}", 0, 0},
};

static void test_cursor_parse(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof(cursor_cases) / sizeof(cursor_cases[0]); i++) {
        uint32_t v = 99, u = 99;

        imap_cursor_parse(cursor_cases[i].json, &v, &u);
        if (v != cursor_cases[i].validity || u != cursor_cases[i].uid)
            print_message("case %zu: got %u %u\n", i, v, u);
        assert_int_equal(v, cursor_cases[i].validity);
        assert_int_equal(u, cursor_cases[i].uid);
    }
}

struct loop_case {
    const char *host;
    bool loopback;
};

static const struct loop_case loop_cases[] = {
    {"localhost", true},
    {"LOCALHOST", true},
    {"127.0.0.1", true},
    {"127.8.9.10", true},
    {"::1", true},
    {"10.0.0.1", false},
    {"128.0.0.1", false},
    {"::2", false},
    {"imap.example.com", false},
    {"localhost.", false},
    {"localhost.evil.example", false},
    {"", false},
};

/* RFC 3501 5.1.3's example and edge cases of modified UTF-7. */
static void test_mutf7(void **state)
{
    static const struct {
        const char *in, *want; /* want NULL: refused */
    } cases[] = {
        {"INBOX", "INBOX"},
        {"~peter/mail/台北/日本語", "~peter/mail/&U,BTFw-/&ZeVnLIqe-"},
        {"订单/已处理", "&i6JTVQ-/&XfJZBHQG-"},
        {"A&B", "A&-B"},
        {"\xf0\x9f\x98\x80x", "&2D3eAA-x"}, /* outside the BMP: a surrogate pair */
        {"", ""},
        {"bad\xff", NULL},
        {"\xe5\x8f", NULL},     /* cut in the middle of a character */
        {"\xc0\xaf", NULL},     /* overlong */
        {"\xed\xa0\x80", NULL}, /* a UTF-16 surrogate in UTF-8 */
        {"tab\there", NULL},
        {"del\x7f", NULL},
    };
    char buf[IMAP_MAILBOX_MAX], tiny[6];

    (void)state;
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        int rc = imap_mutf7(cases[i].in, buf, sizeof(buf));

        if (cases[i].want) {
            assert_int_equal(rc, 0);
            assert_string_equal(buf, cases[i].want);
        } else {
            assert_int_equal(rc, -1);
        }
    }
    assert_int_equal(imap_mutf7("INBOX", tiny, sizeof(tiny)), 0);
    assert_int_equal(imap_mutf7("INBOX1", tiny, sizeof(tiny)), -1);
    assert_int_equal(imap_mutf7("已处理", tiny, sizeof(tiny)), -1);
}

static void test_is_loopback(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof(loop_cases) / sizeof(loop_cases[0]); i++) {
        if (imap_is_loopback(loop_cases[i].host) != loop_cases[i].loopback)
            print_message("host '%s'\n", loop_cases[i].host);
        assert_int_equal(imap_is_loopback(loop_cases[i].host), loop_cases[i].loopback);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_message_id),   cmocka_unit_test(test_message_id_is_capped),
        cmocka_unit_test(test_source_ref),   cmocka_unit_test(test_header_len),
        cmocka_unit_test(test_cursor_parse), cmocka_unit_test(test_is_loopback),
        cmocka_unit_test(test_mutf7),
    };

    return cmocka_run_group_tests_name("imap", tests, NULL, NULL);
}
