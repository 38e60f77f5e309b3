/* Unit tests for lib/charset.c: label resolution, conversion to UTF-8,
 * UTF-8 validation, and CSV fields in legacy Chinese encodings. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "buf.h"
#include "charset.h"
#include "csv.h"
#include "error.h"

#define ZHANGSAN_UTF8 "\xe5\xbc\xa0\xe4\xb8\x89" /* 张三 */
#define ZHANGSAN_GBK  "\xd5\xc5\xc8\xfd"
#define LISI_UTF8     "\xe6\x9d\x8e\xe5\x9b\x9b" /* 李四 */
#define LISI_GBK      "\xc0\xee\xcb\xc4"

static const struct {
    const char *label;
    const char *want; /* NULL: the label itself comes back */
} resolves[] = {
    {"gbk", "GB18030"},
    {"GBK", "GB18030"},
    {"GB2312", "GB18030"},
    {"gb_2312", "GB18030"},
    {"cp936", "GB18030"},
    {"CP936", "GB18030"},
    {"x-gbk", "GB18030"},
    {"GB18030", "GB18030"},
    {"EUC-CN", "GB18030"},
    {"utf8", "UTF-8"},
    {"UTF-8", "UTF-8"},
    {"utf_8", "UTF-8"},
    {"us-ascii", "UTF-8"},
    {"big5", "BIG5"},
    {"Big5", "BIG5"},
    {"cp950", "CP950"},
    {"iso-8859-1", "ISO-8859-1"},
    {"ISO8859-1", "ISO-8859-1"},
    {"latin1", "ISO-8859-1"},
    {"windows-1252", "CP1252"},
    {"cp1252", "CP1252"},
    {"EUC-JP", NULL},
    {"Shift_JIS", NULL},
    {"KOI8-R", NULL},
};

static const char *const bad_labels[] = {
    "", "klingon", "utf-8//TRANSLIT", "gbk\n", "gbk//IGNORE", "x", "utf 8 but very long label name",
};

static void test_resolve(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof(resolves) / sizeof(resolves[0]); i++) {
        const char *name = NULL;
        int rc = od_charset_resolve(resolves[i].label, &name);

        if (rc != 0)
            fail_msg("'%s': rc %d: %s", resolves[i].label, rc, od_error_last());
        if (resolves[i].want)
            assert_string_equal(name, resolves[i].want);
        else
            assert_ptr_equal(name, resolves[i].label);
    }
    for (size_t i = 0; i < sizeof(bad_labels) / sizeof(bad_labels[0]); i++) {
        const char *name = "untouched";

        if (od_charset_resolve(bad_labels[i], &name) != OD_EINVAL)
            fail_msg("'%s' resolved to %s", bad_labels[i], name);
        assert_string_equal(name, "untouched");
        assert_non_null(strstr(od_error_last(), "charset"));
        assert_null(strchr(od_error_last(), '\n'));
    }
    {
        const char *name = "untouched";

        assert_int_equal(od_charset_resolve(NULL, &name), OD_EINVAL);
        assert_string_equal(name, "untouched");
    }
}

#define BYTES(s) s, sizeof(s) - 1

static const struct {
    const char *charset;
    const char *in;
    size_t len;
    const char *want;
    size_t want_len;
} converts[] = {
    {"gbk", BYTES(ZHANGSAN_GBK), BYTES(ZHANGSAN_UTF8)},
    {"GB2312", BYTES(ZHANGSAN_GBK), BYTES(ZHANGSAN_UTF8)},
    {"cp936", BYTES(ZHANGSAN_GBK ", " LISI_GBK), BYTES(ZHANGSAN_UTF8 ", " LISI_UTF8)},
    {"GB18030", BYTES(ZHANGSAN_GBK), BYTES(ZHANGSAN_UTF8)},
    /* four-byte GB18030 (U+1F600), and characters GBK lacks in GB2312 */
    {"gb18030", BYTES("\x94\x39\xfc\x36"), BYTES("\xf0\x9f\x98\x80")},
    {"gbk", BYTES("\xa8\xa6\xa2\xe3"), BYTES("\xc3\xa9\xe2\x82\xac")}, /* é€ */
    {"gbk", BYTES("order 42"), BYTES("order 42")},
    {"gbk", BYTES("a\0b"), BYTES("a\0b")},
    {"gbk", BYTES(""), BYTES("")},
    {"big5", BYTES("\xa4\xa4\xa4\xe5"), BYTES("\xe4\xb8\xad\xe6\x96\x87")}, /* 中文 */
    {"iso-8859-1", BYTES("caf\xe9"), BYTES("caf\xc3\xa9")},
    {"latin1", BYTES("\x80\xff"), BYTES("\xc2\x80\xc3\xbf")},
    {"windows-1252", BYTES("\x80 \x93q\x94"), BYTES("\xe2\x82\xac \xe2\x80\x9cq\xe2\x80\x9d")},
    {"utf-8", BYTES(ZHANGSAN_UTF8), BYTES(ZHANGSAN_UTF8)},
    {"utf-8", BYTES(""), BYTES("")},
    {"utf-8", BYTES("\xf4\x8f\xbf\xbf\xef\xbf\xbf\xed\x9f\xbf\xee\x80\x80\xc2\x80\x7f"),
     BYTES("\xf4\x8f\xbf\xbf\xef\xbf\xbf\xed\x9f\xbf\xee\x80\x80\xc2\x80\x7f")},
};

static void test_convert(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof(converts) / sizeof(converts[0]); i++) {
        struct od_conv *c = NULL;
        struct od_buf out;
        int rc;

        od_buf_init(&out, 1024);
        assert_int_equal(od_conv_open(converts[i].charset, &c), 0);
        rc = od_conv_run(c, converts[i].in, converts[i].len, &out);
        if (rc != 0)
            fail_msg("case %zu (%s): rc %d: %s", i, converts[i].charset, rc, od_error_last());
        assert_int_equal(out.len, converts[i].want_len);
        if (out.len)
            assert_memory_equal(out.data, converts[i].want, out.len);
        /* the converter is reusable, and appends */
        assert_int_equal(od_conv_run(c, converts[i].in, converts[i].len, &out), 0);
        assert_int_equal(out.len, 2 * converts[i].want_len);
        od_buf_free(&out);
        od_conv_free(c);
    }
}

static const struct {
    const char *charset;
    const char *in;
    size_t len;
    const char *detail; /* expected in od_error_last() */
    const char *before; /* what `out` holds after the failure */
} invalids[] = {
    {"gbk", BYTES("ab\x81\x20"), "invalid GB18030 at byte 2: 81 20", "ab"},
    {"gbk", BYTES("\xff"), "at byte 0: ff", ""},
    {"gbk", BYTES(ZHANGSAN_GBK "\xff\xfe\x01\x02\x03"), "at byte 4: ff fe 01 02", ZHANGSAN_UTF8},
    {"gbk", BYTES("ab\xd5"), "incomplete GB18030 sequence at byte 2: d5", "ab"},
    {"gb18030", BYTES("\x94\x39\xfc"), "incomplete GB18030 sequence at byte 0: 94 39 fc", ""},
    {"big5", BYTES("\xa4"), "incomplete BIG5 sequence at byte 0: a4", ""},
    {"windows-1252", BYTES("a\x81"), "invalid CP1252 at byte 1: 81", "a"},
    {"utf-8", BYTES("\xc0\xaf"), "invalid UTF-8 at byte 0: c0 af", ""},         /* overlong / */
    {"utf-8", BYTES("\xc1\xbf"), "invalid UTF-8 at byte 0: c1 bf", ""},         /* overlong */
    {"utf-8", BYTES("\xe0\x80\xaf"), "invalid UTF-8 at byte 0: e0 80 af", ""},  /* overlong */
    {"utf-8", BYTES("\xf0\x8f\xbf\xbf"), "invalid UTF-8 at byte 0", ""},        /* overlong */
    {"utf-8", BYTES("a\xed\xa0\x80"), "invalid UTF-8 at byte 1: ed a0 80", ""}, /* surrogate */
    {"utf-8", BYTES("\xed\xbf\xbf"), "invalid UTF-8 at byte 0", ""},            /* surrogate */
    {"utf-8", BYTES(ZHANGSAN_UTF8 "\xe5\xbc"), "invalid UTF-8 at byte 6: e5 bc", ""}, /* cut */
    {"utf-8", BYTES("\xe5\xbcx"), "invalid UTF-8 at byte 0", ""},
    {"utf-8", BYTES("\xf4\x90\x80\x80"), "invalid UTF-8 at byte 0", ""}, /* > U+10FFFF */
    {"utf-8", BYTES("\xf5\x80\x80\x80"), "invalid UTF-8 at byte 0", ""},
    {"utf-8", BYTES("ab\x80"), "invalid UTF-8 at byte 2: 80", ""},
    {"utf-8", BYTES("\xff"), "invalid UTF-8 at byte 0: ff", ""},
};

static void test_invalid(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof(invalids) / sizeof(invalids[0]); i++) {
        struct od_conv *c = NULL;
        struct od_buf out;
        int rc;

        od_buf_init(&out, 1024);
        assert_int_equal(od_conv_open(invalids[i].charset, &c), 0);
        rc = od_conv_run(c, invalids[i].in, invalids[i].len, &out);
        if (rc != OD_EINVAL)
            fail_msg("case %zu (%s): rc %d, want EINVAL", i, invalids[i].charset, rc);
        if (!strstr(od_error_last(), invalids[i].detail))
            fail_msg("case %zu: detail '%s' lacks '%s'", i, od_error_last(), invalids[i].detail);
        assert_int_equal(out.len, strlen(invalids[i].before));
        if (out.len)
            assert_memory_equal(out.data, invalids[i].before, out.len);
        /* a failed run leaves the converter usable */
        od_buf_reset(&out);
        assert_int_equal(od_conv_run(c, "ok", 2, &out), 0);
        assert_string_equal(out.data, "ok");
        od_buf_free(&out);
        od_conv_free(c);
    }
}

static const struct {
    const char *s;
    size_t len;
    int valid;
    size_t bad;
} utf8s[] = {
    {BYTES(""), 1, 0},
    {BYTES("plain"), 1, 0},
    {BYTES(ZHANGSAN_UTF8), 1, 0},
    {BYTES("\xf0\x9f\x98\x80"), 1, 0},
    {BYTES("a\0b"), 1, 0},
    {BYTES("\xc0\x80"), 0, 0},
    {BYTES("xx\xe0\x9f\xbf"), 0, 2},
    {BYTES("\xed\xa0\x80"), 0, 0},
    {BYTES("\xf4\x90\x80\x80"), 0, 0},
    {BYTES("abc\xc3"), 0, 3},
    {BYTES("\xf0\x9f\x98"), 0, 0},
    {BYTES("\xf0\x9f\x98x"), 0, 0},
    {BYTES("\xbf"), 0, 0},
    {BYTES("\xf8\x88\x80\x80\x80"), 0, 0},
};

static void test_utf8_valid(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof(utf8s) / sizeof(utf8s[0]); i++) {
        size_t bad = 12345;

        assert_int_equal(od_utf8_valid(utf8s[i].s, utf8s[i].len, &bad), utf8s[i].valid);
        assert_int_equal(bad, utf8s[i].valid ? 12345 : utf8s[i].bad);
        assert_int_equal(od_utf8_valid(utf8s[i].s, utf8s[i].len, NULL), utf8s[i].valid);
    }
}

static void test_open_errors(void **state)
{
    struct od_conv *c = NULL;

    (void)state;
    assert_int_equal(od_conv_open("klingon", &c), OD_EINVAL);
    assert_null(c);
    assert_non_null(strstr(od_error_last(), "klingon"));
    od_conv_free(NULL);
}

static void test_output_cap(void **state)
{
    static const char *const charsets[] = {"gbk", "utf-8"};
    static const char *const inputs[] = {ZHANGSAN_GBK, ZHANGSAN_UTF8};

    (void)state;
    for (size_t i = 0; i < 2; i++) {
        struct od_conv *c = NULL;
        struct od_buf out;

        od_buf_init(&out, 4); /* the 6 bytes of UTF-8 do not fit */
        assert_int_equal(od_conv_open(charsets[i], &c), 0);
        assert_int_equal(od_conv_run(c, inputs[i], strlen(inputs[i]), &out), OD_ETOOBIG);
        assert_true(out.len < 4);
        od_buf_free(&out);
        od_conv_free(c);
    }
    /* Long input converts through the converter's internal chunks. */
    {
        struct od_conv *c = NULL;
        struct od_buf in, out;

        od_buf_init(&in, 1 << 20);
        od_buf_init(&out, 1 << 20);
        for (int i = 0; i < 5000; i++)
            assert_int_equal(od_buf_adds(&in, ZHANGSAN_GBK), 0);
        assert_int_equal(od_conv_open("gbk", &c), 0);
        assert_int_equal(od_conv_run(c, in.data, in.len, &out), 0);
        assert_int_equal(out.len, 5000 * 6);
        for (int i = 0; i < 5000; i++)
            assert_memory_equal(out.data + 6 * i, ZHANGSAN_UTF8, 6);
        od_conv_free(c);
        od_buf_free(&in);
        od_buf_free(&out);
    }
}

/* A GBK-encoded CSV: split into fields as bytes, then each field
 * converted. */
struct csv_conv {
    struct od_conv *conv;
    struct od_buf out; /* converted fields, "|"-separated, one line per record */
    int rc;
};

static int convert_record(void *ud, const struct od_csv_record *rec)
{
    struct csv_conv *cc = ud;

    assert_null(rec->error);
    for (size_t i = 0; i < rec->n_fields; i++) {
        if (i)
            od_buf_addc(&cc->out, '|');
        cc->rc = od_conv_run(cc->conv, rec->fields[i], rec->lengths[i], &cc->out);
        if (cc->rc < 0)
            return cc->rc;
    }
    od_buf_addc(&cc->out, '\n');
    return 0;
}

static void test_gbk_csv(void **state)
{
    static const char in[] = "id,name,note\r\n"
                             "1," ZHANGSAN_GBK ",\"" ZHANGSAN_GBK ", " LISI_GBK "\"\r\n"
                             "2,\"" LISI_GBK "\"\"x\"\"\",\x94\x39\xfc\x36\r\n";
    static const char want[] = "id|name|note\n"
                               "1|" ZHANGSAN_UTF8 "|" ZHANGSAN_UTF8 ", " LISI_UTF8 "\n"
                               "2|" LISI_UTF8 "\"x\"|\xf0\x9f\x98\x80\n";
    struct csv_conv cc = {0};
    struct od_csv *p = NULL;

    (void)state;
    od_buf_init(&cc.out, 4096);
    assert_int_equal(od_conv_open("GBK", &cc.conv), 0);
    assert_int_equal(od_csv_new(',', NULL, convert_record, &cc, &p), 0);
    /* one byte at a time, so every multi-byte character is split */
    for (size_t i = 0; i < sizeof(in) - 1; i++)
        assert_int_equal(od_csv_feed(p, in + i, 1), 0);
    assert_int_equal(od_csv_finish(p), 0);
    assert_string_equal(cc.out.data, want);
    od_csv_free(p);
    od_conv_free(cc.conv);
    od_buf_free(&cc.out);
}

/* An invalid field stops the parse with the conversion's code. */
static void test_gbk_csv_invalid(void **state)
{
    static const char in[] = "1," ZHANGSAN_GBK "\n2,ab\x81\x20\n3,x\n";
    struct csv_conv cc = {0};
    struct od_csv *p = NULL;

    (void)state;
    od_buf_init(&cc.out, 4096);
    assert_int_equal(od_conv_open("gbk", &cc.conv), 0);
    assert_int_equal(od_csv_new(',', NULL, convert_record, &cc, &p), 0);
    assert_int_equal(od_csv_feed(p, in, sizeof(in) - 1), OD_EINVAL);
    assert_non_null(strstr(od_error_last(), "at byte 2: 81 20"));
    od_csv_free(p);
    od_conv_free(cc.conv);
    od_buf_free(&cc.out);
}

static void test_utf8_put(void **state)
{
    static const struct {
        uint32_t cp;
        const char *want; /* NULL: refused */
    } cases[] = {
        {'A', "A"},
        {0x7F, "\x7f"},
        {0x80, "\xc2\x80"},
        {0x4E2D, "中"},
        {0xFFFD, "\xef\xbf\xbd"},
        {0x1F600, "\xf0\x9f\x98\x80"},
        {0x10FFFF, "\xf4\x8f\xbf\xbf"},
        {0, NULL},
        {0xD800, NULL},
        {0xDFFF, NULL},
        {0x110000, NULL},
    };
    (void)state;
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        struct od_buf b;
        int rc;

        od_buf_init(&b, 64);
        rc = od_utf8_put(&b, cases[i].cp);
        if (cases[i].want) {
            assert_int_equal(rc, 0);
            assert_int_equal(b.len, strlen(cases[i].want));
            assert_memory_equal(b.data, cases[i].want, b.len);
            assert_int_equal(od_utf8_valid(b.data, b.len, NULL), 1);
        } else {
            assert_int_equal(rc, OD_EINVAL);
            assert_int_equal(b.len, 0);
        }
        od_buf_free(&b);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_utf8_put),        cmocka_unit_test(test_resolve),
        cmocka_unit_test(test_convert),         cmocka_unit_test(test_invalid),
        cmocka_unit_test(test_utf8_valid),      cmocka_unit_test(test_open_errors),
        cmocka_unit_test(test_output_cap),      cmocka_unit_test(test_gbk_csv),
        cmocka_unit_test(test_gbk_csv_invalid),
    };

    return cmocka_run_group_tests(tests, NULL, NULL);
}
