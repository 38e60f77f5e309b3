/* Unit tests for lib/csv.c.
 *
 * Each table case is parsed several ways (all at once, one byte at a
 * time, cut in two at every position, in chunks of 3 and 7 bytes) and
 * every way must give the same records. A record is written down as
 *
 *     LINE@OFFSET+RAWLEN [field][field]... ! error
 *
 * with '[', ']', '\' and bytes outside printable ASCII escaped. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "buf.h"
#include "csv.h"
#include "error.h"

struct collect {
    struct od_buf out;
    const char *input; /* the whole input, to check raw and offset */
    size_t input_len;
    size_t records;
    size_t stop_at; /* return OD_ECANCELED on this record (1-based); 0 never */
};

static void put_escaped(struct od_buf *b, const char *s, size_t len)
{
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)s[i];

        if (c == '\n')
            od_buf_adds(b, "\\n");
        else if (c == '\r')
            od_buf_adds(b, "\\r");
        else if (c == '\t')
            od_buf_adds(b, "\\t");
        else if (c == '[' || c == ']' || c == '\\')
            od_buf_printf(b, "\\%c", c);
        else if (c < 0x20 || c >= 0x7f)
            od_buf_printf(b, "\\x%02x", c);
        else
            od_buf_addc(b, (char)c);
    }
}

static int on_record(void *ud, const struct od_csv_record *rec)
{
    struct collect *c = ud;

    c->records++;
    assert_true(rec->n_fields >= 1);
    assert_true(rec->line >= 1);
    /* raw is the input at offset (possibly cut short by max_record) */
    assert_true(rec->offset + rec->raw_len <= c->input_len);
    assert_memory_equal(rec->raw, c->input + rec->offset, rec->raw_len);
    od_buf_printf(&c->out, "%llu@%llu+%zu ", (unsigned long long)rec->line,
                  (unsigned long long)rec->offset, rec->raw_len);
    for (size_t i = 0; i < rec->n_fields; i++) {
        assert_int_equal(rec->fields[i][rec->lengths[i]], '\0');
        od_buf_addc(&c->out, '[');
        put_escaped(&c->out, rec->fields[i], rec->lengths[i]);
        od_buf_addc(&c->out, ']');
    }
    if (rec->error)
        od_buf_printf(&c->out, " ! %s", rec->error);
    od_buf_addc(&c->out, '\n');
    if (c->stop_at && c->records == c->stop_at)
        return OD_ECANCELED;
    return 0;
}

/* Parse `in` cut at the given chunk sizes (0 = the rest) and return the
 * records written down; the caller frees. */
static char *parse_chunked(const char *in, size_t len, char delim, const struct od_csv_limits *lim,
                           size_t first, size_t chunk)
{
    struct collect c = {.input = in, .input_len = len};
    struct od_csv *p = NULL;
    size_t pos = 0;

    od_buf_init(&c.out, 1 << 20);
    assert_int_equal(od_csv_new(delim, lim, on_record, &c, &p), 0);
    if (first > len)
        first = len;
    assert_int_equal(od_csv_feed(p, in, first), 0);
    pos = first;
    while (pos < len) {
        size_t n = chunk && chunk < len - pos ? chunk : len - pos;

        assert_int_equal(od_csv_feed(p, in + pos, n), 0);
        pos += n;
    }
    assert_int_equal(od_csv_finish(p), 0);
    /* finishing again emits nothing more */
    assert_int_equal(od_csv_finish(p), 0);
    od_csv_free(p);
    return od_buf_steal(&c.out);
}

struct csv_case {
    const char *name;
    const char *in;
    size_t len;
    char delim;
    struct od_csv_limits lim;
    const char *want;
};

/* CASE(name, input, want): ',' and the default limits. */
// clang-format off
#define CASE(name, in, want) {name, in, sizeof(in) - 1, ',', {0, 0, 0}, want}
#define CASE_DELIM(name, in, delim, want) {name, in, sizeof(in) - 1, delim, {0, 0, 0}, want}
/* max_field, max_fields, max_record; 0 for the default */
#define CASE_LIMITS(name, in, field, fields, record, want) \
    {name, in, sizeof(in) - 1, ',', {field, fields, record}, want}
// clang-format on

static const struct csv_case cases[] = {
    CASE("simple", "a,b,c\n1,2,3\n", "1@0+6 [a][b][c]\n2@6+6 [1][2][3]\n"),
    CASE("empty input", "", ""),
    CASE("quoted comma", "\"a,b\",c\n", "1@0+8 [a,b][c]\n"),
    CASE("doubled quote", "\"he said \"\"hi\"\"\",x\n", "1@0+19 [he said \"hi\"][x]\n"),
    CASE("only a doubled quote", "\"\"\"\"\n", "1@0+5 [\"]\n"),
    CASE("doubled quote at end", "\"a\"\"\",b", "1@0+7 [a\"][b]\n"),
    CASE("LF inside quotes", "\"l1\nl2\",x\nnext\n", "1@0+10 [l1\\nl2][x]\n3@10+5 [next]\n"),
    CASE("CRLF inside quotes", "\"l1\r\nl2\",x\r\nnext\r\n",
         "1@0+12 [l1\\r\\nl2][x]\n3@12+6 [next]\n"),
    CASE("CR inside quotes", "\"l1\rl2\",x\rnext\r", "1@0+10 [l1\\rl2][x]\n3@10+5 [next]\n"),
    CASE("CRLF record ends", "a,b\r\nc,d\r\n", "1@0+5 [a][b]\n2@5+5 [c][d]\n"),
    CASE("CR record ends", "a\rb\rc", "1@0+2 [a]\n2@2+2 [b]\n3@4+1 [c]\n"),
    CASE("mixed record ends", "a\nb\r\nc\rd", "1@0+2 [a]\n2@2+3 [b]\n3@5+2 [c]\n4@7+1 [d]\n"),
    CASE("CR CRLF", "a\r\r\nb", "1@0+2 [a]\n2@2+2 []\n3@4+1 [b]\n"),
    CASE("LF CR", "a\n\rb", "1@0+2 [a]\n2@2+1 []\n3@3+1 [b]\n"),
    CASE("quoted then CRLF", "\"a\"\r\n\"b\"\r\n", "1@0+5 [a]\n2@5+5 [b]\n"),
    CASE("final record without newline", "a,b\nc,d", "1@0+4 [a][b]\n2@4+3 [c][d]\n"),
    CASE("final CR", "a\r", "1@0+2 [a]\n"),
    CASE("empty fields", ",,\n", "1@0+3 [][][]\n"),
    CASE("empty middle field", "a,,b\n", "1@0+5 [a][][b]\n"),
    CASE("empty quoted fields", "\"\",x,\"\"\n", "1@0+8 [][x][]\n"),
    CASE("trailing delimiter", "a,\n", "1@0+3 [a][]\n"),
    CASE("trailing delimiter at EOF", "a,", "1@0+2 [a][]\n"),
    CASE("blank line", "a\n\nb\n", "1@0+2 [a]\n2@2+1 []\n3@3+2 [b]\n"),
    CASE("only a newline", "\n", "1@0+1 []\n"),
    CASE("blank CRLF lines", "\r\n\r\n", "1@0+2 []\n2@2+2 []\n"),
    CASE("spaces kept", " a , b \n", "1@0+8 [ a ][ b ]\n"),
    CASE("NUL in a field", "a\0b,c\n", "1@0+6 [a\\x00b][c]\n"),
    CASE("GBK bytes", "\xd5\xc5\xc8\xfd,\"\xd5\xc5\xc8\xfd\"\n",
         "1@0+12 [\\xd5\\xc5\\xc8\\xfd][\\xd5\\xc5\\xc8\\xfd]\n"),
    CASE("BOM skipped", "\xef\xbb\xbfid,name\n1,x\n", "1@3+8 [id][name]\n2@11+4 [1][x]\n"),
    CASE("BOM only", "\xef\xbb\xbf", ""),
    CASE("BOM then newline", "\xef\xbb\xbf\n", "1@3+1 []\n"),
    CASE("BOM then quoted", "\xef\xbb\xbf\"a\"\n", "1@3+4 [a]\n"),
    CASE("second BOM is data", "\xef\xbb\xbf\xef\xbb\xbf", "1@3+3 [\\xef\\xbb\\xbf]\n"),
    CASE("BOM later is data",
         "a\n\xef\xbb\xbf"
         "b\n",
         "1@0+2 [a]\n2@2+5 [\\xef\\xbb\\xbfb]\n"),
    CASE("partial BOM", "\xef\xbbx\n", "1@0+4 [\\xef\\xbbx]\n"),
    CASE("partial BOM at EOF", "\xef\xbb", "1@0+2 [\\xef\\xbb]\n"),
    CASE("partial BOM then newline", "\xef\n", "1@0+2 [\\xef]\n"),
    CASE("partial BOM then quote", "\xef\"\n", "1@0+3 [\\xef\"] ! quote inside unquoted field 1\n"),
    CASE_DELIM("semicolon", "a;\"b;c\";d\n", ';', "1@0+10 [a][b;c][d]\n"),
    CASE_DELIM("semicolon keeps commas", "1,5;2\n", ';', "1@0+6 [1,5][2]\n"),
    CASE_DELIM("tab", "a\tb\t\"c\td\"\n", '\t', "1@0+10 [a][b][c\\td]\n"),
    CASE_DELIM("pipe", "a|b\n", '|', "1@0+4 [a][b]\n"),
    CASE("stray quote", "a,b\"c,d\nnext,row\n",
         "1@0+8 [a][b\"c][d] ! quote inside unquoted field 2\n2@8+9 [next][row]\n"),
    CASE("Excel text guard", "=\"0012608\",x,\"=\"\"1\"\"\"\n", "1@0+22 [0012608][x][=\"1\"]\n"),
    CASE("Excel text guard with a delimiter inside", "a,=\"0,1\"\n", "1@0+9 [a][0,1]\n"),
    CASE("equals sign after text is no guard", "a=\"b\"\n",
         "1@0+6 [a=\"b\"] ! quote inside unquoted field 1\n"),
    CASE("text after closing quote", "\"ab\"x,y\nz\n",
         "1@0+8 [abx][y] ! text after the closing quote of field 1\n2@8+2 [z]\n"),
    CASE("space after closing quote", "\"a\" ,b\n",
         "1@0+7 [a ][b] ! text after the closing quote of field 1\n"),
    CASE("stray quote does not open a field", "a\"b\n\"c\nd\"\ne\n",
         "1@0+4 [a\"b] ! quote inside unquoted field 1\n2@4+6 [c\\nd]\n4@10+2 [e]\n"),
    CASE("unterminated quote at EOF", "a,\"bc\nd\n",
         "1@0+8 [a][bc\\nd\\n] ! unterminated quoted field opened on line 1\n"),
    CASE("unterminated quote on a later line", "ok\n\"open",
         "1@0+3 [ok]\n2@3+5 [open] ! unterminated quoted field opened on line 2\n"),
    CASE("lone quote", "\"", "1@0+1 [] ! unterminated quoted field opened on line 1\n"),
    CASE_LIMITS("field at the limit", "abcd\n", 4, 0, 0, "1@0+5 [abcd]\n"),
    CASE_LIMITS("field over the limit", "abcde,x\nok\n", 4, 0, 0,
                "1@0+8 [abcd][x] ! field 1 is longer than 4 bytes\n2@8+3 [ok]\n"),
    CASE_LIMITS("quoted field over the limit", "x,\"ab\"\"cd\"\nok\n", 4, 0, 0,
                "1@0+11 [x][ab\"c] ! field 2 is longer than 4 bytes\n2@11+3 [ok]\n"),
    CASE_LIMITS("multi-line quoted field over the limit", "\"ab\ncdef\"\nok\n", 4, 0, 0,
                "1@0+10 [ab\\nc] ! field 1 is longer than 4 bytes, in a quoted field opened on "
                "line 1 (unterminated quote?)\n3@10+3 [ok]\n"),
    CASE_LIMITS("fields at the limit", "a,b\n", 0, 2, 0, "1@0+4 [a][b]\n"),
    CASE_LIMITS("too many fields", "a,b,c\nd\n", 0, 2, 0,
                "1@0+6 [a][b] ! more than 2 fields\n2@6+2 [d]\n"),
    CASE_LIMITS("record at the limit", "aaaaaaa\n", 0, 0, 8, "1@0+8 [aaaaaaa]\n"),
    CASE_LIMITS("record over the limit", "aaaa,bbbb,cccc\nok\n", 0, 0, 8,
                "1@0+8 [aaaa][bbb] ! record is longer than 8 bytes\n2@15+3 [ok]\n"),
    CASE_LIMITS("CRLF over the record limit", "aaaaaa\r\nok\n", 0, 0, 7,
                "1@0+7 [aaaaaa] ! record is longer than 7 bytes\n2@8+3 [ok]\n"),
    CASE_LIMITS("quoted record over the limit", "\"aaaaaaaaaaa\nbbb\",c\nok\n", 0, 0, 8,
                "1@0+8 [aaaaaaa] ! record is longer than 8 bytes, inside a quoted field opened "
                "on line 1 (unterminated quote?)\n3@20+3 [ok]\n"),
};

static void test_table(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        const struct csv_case *t = &cases[i];
        const struct od_csv_limits *lim =
            t->lim.max_field || t->lim.max_fields || t->lim.max_record ? &t->lim : NULL;
        char *whole = parse_chunked(t->in, t->len, t->delim, lim, t->len, 0);
        char *bytes = parse_chunked(t->in, t->len, t->delim, lim, 0, 1);

        if (strcmp(whole, t->want) != 0)
            fail_msg("case '%s':\n got:\n%s want:\n%s", t->name, whole, t->want);
        if (strcmp(bytes, whole) != 0)
            fail_msg("case '%s' byte by byte:\n got:\n%s want:\n%s", t->name, bytes, whole);
        for (size_t cut = 0; cut <= t->len; cut++) {
            char *split = parse_chunked(t->in, t->len, t->delim, lim, cut, 0);

            if (strcmp(split, whole) != 0)
                fail_msg("case '%s' cut at %zu:\n got:\n%s want:\n%s", t->name, cut, split, whole);
            free(split);
        }
        for (size_t chunk = 2; chunk <= 7; chunk++) {
            char *chunked = parse_chunked(t->in, t->len, t->delim, lim, 0, chunk);

            if (strcmp(chunked, whole) != 0)
                fail_msg("case '%s' in chunks of %zu:\n got:\n%s want:\n%s", t->name, chunk,
                         chunked, whole);
            free(chunked);
        }
        free(whole);
        free(bytes);
    }
}

static void test_callback_stops(void **state)
{
    static const char in[] = "a\nb\nc\nd\n";
    struct collect c = {.input = in, .input_len = sizeof(in) - 1, .stop_at = 2};
    struct od_csv *p = NULL;

    (void)state;
    od_buf_init(&c.out, 4096);
    assert_int_equal(od_csv_new(',', NULL, on_record, &c, &p), 0);
    assert_int_equal(od_csv_feed(p, in, sizeof(in) - 1), OD_ECANCELED);
    assert_int_equal(c.records, 2);
    assert_string_equal(c.out.data, "1@0+2 [a]\n2@2+2 [b]\n");
    od_csv_free(p);
    od_buf_free(&c.out);

    /* the code also comes out of od_csv_finish */
    c = (struct collect){.input = "x", .input_len = 1, .stop_at = 1};
    od_buf_init(&c.out, 4096);
    assert_int_equal(od_csv_new(',', NULL, on_record, &c, &p), 0);
    assert_int_equal(od_csv_feed(p, "x", 1), 0);
    assert_int_equal(od_csv_finish(p), OD_ECANCELED);
    od_csv_free(p);
    od_buf_free(&c.out);
}

static int count_only(void *ud, const struct od_csv_record *rec)
{
    struct collect *c = ud;

    c->records++;
    od_buf_reset(&c->out);
    od_buf_printf(&c->out, "%llu %zu %zu %s", (unsigned long long)rec->line, rec->n_fields,
                  rec->raw_len, rec->error ? rec->error : "-");
    return 0;
}

static void test_bad_arguments(void **state)
{
    struct od_csv *p = NULL;
    static const char bad[] = {'"', '\r', '\n'};

    (void)state;
    for (size_t i = 0; i < sizeof(bad); i++) {
        assert_int_equal(od_csv_new(bad[i], NULL, count_only, NULL, &p), OD_EINVAL);
        assert_null(p);
        assert_non_null(strstr(od_error_last(), "delimiter"));
    }
    assert_int_equal(od_csv_new(',', NULL, NULL, NULL, &p), OD_EINVAL);
    assert_null(p);
    od_csv_free(NULL);
}

/* A huge unterminated quoted field costs max_record bytes, not its size. */
static void test_memory_bounded(void **state)
{
    struct od_csv_limits lim = {.max_field = 64, .max_fields = 4, .max_record = 1024};
    struct collect c = {0};
    struct od_csv *p = NULL;
    char chunk[4096];

    (void)state;
    od_buf_init(&c.out, 4096);
    assert_int_equal(od_csv_new(',', &lim, count_only, &c, &p), 0);
    assert_int_equal(od_csv_feed(p, "id,\"", 4), 0);
    memset(chunk, 'x', sizeof(chunk));
    for (int i = 0; i < 1024; i++) {
        chunk[i % sizeof(chunk)] = i % 7 ? 'x' : '\n';
        assert_int_equal(od_csv_feed(p, chunk, sizeof(chunk)), 0);
    }
    assert_int_equal(od_csv_finish(p), 0);
    assert_int_equal(c.records, 1);
    assert_non_null(strstr(c.out.data, "1 2 1024 "));
    assert_non_null(strstr(c.out.data, "unterminated"));
    od_csv_free(p);

    /* a long unquoted field: error, then the next line parses */
    c.records = 0;
    memset(chunk, 'x', sizeof(chunk));
    assert_int_equal(od_csv_new(',', &lim, count_only, &c, &p), 0);
    for (int i = 0; i < 256; i++)
        assert_int_equal(od_csv_feed(p, chunk + 1, sizeof(chunk) - 1), 0);
    assert_int_equal(od_csv_feed(p, "\nok\n", 4), 0);
    assert_int_equal(od_csv_finish(p), 0);
    assert_int_equal(c.records, 2);
    assert_string_equal(c.out.data, "2 1 3 -");
    od_csv_free(p);
    od_buf_free(&c.out);
}

/* Many records through small chunks: same records as in one piece. */
static void test_long_input_chunked(void **state)
{
    struct od_buf in;
    char *whole, *chunked;

    (void)state;
    od_buf_init(&in, 1 << 20);
    for (int i = 0; i < 2000; i++)
        od_buf_printf(&in, "%d,\"name %d, \"\"q\"\"\r\nsecond line\",%s%s", i, i,
                      i % 3 ? "x" : "\"\"",
                      i % 5   ? "\r\n"
                      : i % 2 ? "\n"
                              : "\r");
    whole = parse_chunked(in.data, in.len, ',', NULL, in.len, 0);
    for (size_t chunk = 1; chunk < 64; chunk += 9) {
        chunked = parse_chunked(in.data, in.len, ',', NULL, 0, chunk);
        assert_string_equal(chunked, whole);
        free(chunked);
    }
    assert_non_null(strstr(whole, "\n3997@"));
    assert_null(strstr(whole, " ! "));
    free(whole);
    od_buf_free(&in);
}

/* Writing a field: quoted when it must be; a text guarded against being
 * read as a formula, the ' inside the quotes. */
static void test_write_fields(void **state)
{
    static const struct {
        const char *v, *field, *text;
    } fields[] = {
        {"abc", "abc", "abc"},
        {"a,b", "\"a,b\"", "\"a,b\""},
        {"say \"hi\"", "\"say \"\"hi\"\"\"", "\"say \"\"hi\"\"\""},
        {"=1+2", "=1+2", "'=1+2"},
        {"=HYPERLINK(\"http://x\",\"y\")", "\"=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"",
         "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\""},
        {"+86 21 5000 0000", "+86 21 5000 0000", "'+86 21 5000 0000"},
        {"-5", "-5", "'-5"},
        {"@SUM(A1)", "@SUM(A1)", "'@SUM(A1)"},
        {"\tx", "\tx", "'\tx"},
        {"\rx", "\"\rx\"", "\"'\rx\""},
        {"a=b", "a=b", "a=b"},
        {"上海甲贸易", "上海甲贸易", "上海甲贸易"},
        {"", "", ""},
    };

    (void)state;
    for (size_t i = 0; i < sizeof(fields) / sizeof(fields[0]); i++) {
        struct od_buf f, t;

        od_buf_init(&f, 1024);
        od_buf_init(&t, 1024);
        assert_int_equal(od_csv_add_field(&f, fields[i].v), 0);
        assert_int_equal(od_csv_add_text(&t, fields[i].v), 0);
        assert_string_equal(f.data ? f.data : "", fields[i].field);
        assert_string_equal(t.data ? t.data : "", fields[i].text);
        od_buf_free(&f);
        od_buf_free(&t);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_table),
        cmocka_unit_test(test_callback_stops),
        cmocka_unit_test(test_bad_arguments),
        cmocka_unit_test(test_memory_bounded),
        cmocka_unit_test(test_long_input_chunked),
        cmocka_unit_test(test_write_fields),
    };

    return cmocka_run_group_tests(tests, NULL, NULL);
}
