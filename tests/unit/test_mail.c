/* E-mail order extraction (connectors/imap/extract.c, mime.c, text.c):
 * fixture mails of tests/data/mail/ (made by make_fixtures.py) to the
 * expected orders or dead letters, the real-world corpus without a
 * crash, header words, HTML, the text reader and the settings. */
#include <dirent.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cmocka.h>

#include "buf.h"
#include "error.h"
#include "imap/amountwords.h"
#include "imap/extract.h"
#include "imap/mail.h"
#include "imap/letterfold.h"
#include "imap/numshape.h"
#include "registry.h"

#define REF "INBOX <m@x>"

static char *slurp(const char *rel, size_t *len)
{
    char path[1024];
    FILE *f;
    char *buf;
    long n;

    snprintf(path, sizeof(path), "%s/%s", TEST_DATA_DIR, rel);
    f = fopen(path, "rb");
    assert_non_null(f);
    assert_int_equal(fseek(f, 0, SEEK_END), 0);
    n = ftell(f);
    assert_true(n >= 0);
    rewind(f);
    buf = malloc((size_t)n + 1);
    assert_non_null(buf);
    assert_int_equal(fread(buf, 1, (size_t)n, f), (size_t)n);
    buf[n] = '\0';
    fclose(f);
    *len = (size_t)n;
    return buf;
}

static const char *money(od_money m, char *buf)
{
    return m == OD_MONEY_NONE ? "none" : od_money_format(m, buf);
}

static const char *price(od_price p, char *buf)
{
    return od_price_is_none(p) ? "none" : od_price_format(p, buf);
}

/* ---- fixtures -------------------------------------------------------- */

struct xline {
    const char *sku;
    int64_t qty;
    const char *price;
    const char *total;
};

struct xorder {
    const char *id;
    const char *total;
    const char *ship_name, *ship_phone, *ship_addr, *note, *customer, *currency;
    struct xline lines[3];
    const char *doubt; /* the order's only doubt; NULL: a clean order */
};

struct xdead {
    const char *ref;    /* exact source_ref */
    const char *id;     /* external_id, NULL = none */
    const char *reason; /* exact reason */
    bool whole;         /* raw is the whole message */
};

struct mail_case {
    const char *file;
    size_t n_orders;
    struct xorder orders[3];
    size_t n_dead;
    struct xdead dead[2];
};

static const struct mail_case cases[] = {
    {"gbk_body.eml",
     1,
     {{"PO-2291",
       "155.50",
       "张三",
       "13800138000",
       "上海市浦东新区张江路 123 号",
       "请加急",
       "上海某某贸易有限公司",
       "CNY",
       {{"A-100", 2, "59.00", "118.00"}, {"B-200", 3, "12.50", "37.50"}}}},
     0,
     {{0}}},
    {"big5_body.eml",
     1,
     {{"PO-3300",
       "1000.00",
       "陳大文",
       "0912-345-678",
       "台北市信義區松仁路 100 號",
       "週五前送達",
       NULL,
       "CNY",
       {{"C-300", 4, "250.00", "1000.00"}}}},
     0,
     {{0}}},
    {"qp_body.eml",
     1,
     {{"4500012345",
       "165.00",
       "John Smith",
       "+1 555 0100",
       "1 Market Street, Springfield",
       "deliver to the back door =)",
       NULL,
       "USD",
       {{"X-1", 10, "4.50", "45.00"}, {"X-2", 1, "120.00", "120.00"}}}},
     0,
     {{0}}},
    {"html_only.eml",
     1,
     {{"HT-77",
       "25.25",
       "Li Lei & Han Meimei",
       NULL,
       NULL,
       "<fragile> 中文 \"ok\"",
       NULL,
       NULL,
       {{"H-1", 2, "10.00", "20.00"}, {"H-2", 1, "5.25", "5.25"}}}},
     0,
     {{0}}},
    {"csv_gb18030.eml",
     2,
     {{"SO-1001",
       "128.00",
       "张三",
       "13800138000",
       NULL,
       NULL,
       NULL,
       NULL,
       {{"A-100", 2, "59.00", "118.00"}, {"B-200", 1, "10.00", "10.00"}}},
      {"SO-1002", "44.00", "李四", NULL, NULL, NULL, NULL, NULL, {{"C-300", 5, "8.80", "44.00"}}}},
     0,
     {{0}}},
    {"xlsx_attachment.eml",
     1,
     {{"XL-1",
       "64.70",
       "王五",
       NULL,
       NULL,
       NULL,
       NULL,
       NULL,
       {{"A-100", 3, "19.90", "59.70"}, {"B-200", 1, "5.00", "5.00"}}}},
     0,
     {{0}}},
    /* the number and the ship-to on a cover sheet, the lines on sheet 2 */
    {"xlsx_two_sheets.eml",
     1,
     {{"WB-2612-7",
       "37.00",
       "赵六",
       "13912345678",
       "上海市浦东新区张江路88号",
       NULL,
       NULL,
       NULL,
       {{"A-100", 10, "2.50", "25.00"}, {"B-200", 4, "3.00", "12.00"}}}},
     0,
     {{0}}},
    /* one sheet per order, each under its own number; a sheet of notes
     * between them is no order */
    {"xlsx_sheet_per_order.eml",
     2,
     {{"SP-1", "20.00", "孙七", NULL, NULL, NULL, NULL, NULL, {{"C-1", 10, "2.00", "20.00"}}},
      {"SP-2", "10.00", "周八", NULL, NULL, NULL, NULL, NULL, {{"C-2", 5, "2.00", "10.00"}}}},
     0,
     {{0}}},
    {"xlsx_bad.eml", 0, {{0}}, 1, {{REF, NULL, "attachment orders.xlsx: not a zip file", true}}},
    /* an order list's first row (Order Reference, …) whose quantity column
     * the list reader cannot map (Order Lines/Quantity): read as a sheet,
     * held; the Description that repeats the product's name is the title */
    {"xlsx_list_refused.eml",
     1,
     {{"P00077",
       "62.00",
       NULL,
       NULL,
       NULL,
       NULL,
       NULL,
       NULL,
       {{"JR-1", 100, "0.50", "50.00"}, {"LB-2", 4, "3.00", "12.00"}},
       "the workbook's first row names an order list's columns, but the list reader refused it "
       "(line 2: lines.qty is missing): read as a sheet laid out by a person instead; check the "
       "lines"}},
     0,
     {{0}}},
    {"nested_alternative.eml",
     1,
     {{"ALT-1", "6.00", NULL, NULL, NULL, NULL, NULL, NULL, {{"A-1", 2, "3.00", "6.00"}}}},
     0,
     {{0}}},
    {"forwarded_rfc822.eml",
     1,
     {{"FW-501", "42.00", NULL, NULL, NULL, NULL, NULL, NULL, {{"F-1", 6, "7.00", "42.00"}}}},
     0,
     {{0}}},
    {"inline_forward.eml",
     1,
     {{"IF-9", "99.00", "Ann", NULL, NULL, NULL, NULL, NULL, {{"K-1", 1, "99.00", "99.00"}}}},
     0,
     {{0}}},
    /* the order number is in the encoded-word subject; the file name
     * of the attachment is RFC 2231 encoded (订单.csv) */
    {"rfc2231_filename.eml",
     1,
     {{"R-1", "1.00", NULL, NULL, NULL, NULL, NULL, NULL, {{"A-1", 1, "1.00", "1.00"}}}},
     1,
     {{REF " att 1 订单.csv:3", "R-2", "line 3: lines.qty: '0' must be between 1 and 1000000000",
       false}}},
    {"subject_id.eml",
     1,
     {{"SUBJ-42", "2.00", NULL, NULL, NULL, NULL, NULL, NULL, {{"A-9", 1, "2.00", "2.00"}}}},
     0,
     {{0}}},
    {"broken_charset.eml",
     1,
     {{"BC-1", "3.00", NULL, NULL, NULL, NULL, NULL, NULL, {{"Q-1", 2, "1.50", "3.00"}}}},
     0,
     {{0}}},
    {"two_csv.eml",
     2,
     {{"M-1", "10.00", NULL, NULL, NULL, NULL, NULL, NULL, {{"A-1", 1, "10.00", "10.00"}}},
      {"M-2", "10.00", NULL, NULL, NULL, NULL, NULL, NULL, {{"B-1", 2, "5.00", "10.00"}}}},
     1,
     {{REF " att 2 orders-b.csv:3", "M-3", "line 3: lines.qty: 'abc' is not a whole number",
       false}}},
    {"bad_qty.eml", 0, {{0}}, 1, {{REF, "PO-9", "line 4: quantity 'abc' is not a number", true}}},
    {"no_order.eml", 0, {{0}}, 1, {{REF, NULL, "no order number found", true}}},
    {"at_lines.eml",
     1,
     {{"msg-262fb63ebd265b40",
       "17.00",
       NULL,
       NULL,
       NULL,
       NULL,
       NULL,
       NULL,
       {{"P-1", 2, "3.50", "7.00"}, {"P-2", 1, "10.00", "10.00"}}}},
     0,
     {{0}}},
    /* cut inside the CSV attachment: the attachment is not read (a cut
     * row could carry a cut price), the body order is */
    {"truncated.eml",
     1,
     {{"TR-1", "1.00", NULL, NULL, NULL, NULL, NULL, NULL, {{"T-1", 1, "1.00", "1.00"}}}},
     1,
     {{REF " att 1 big.csv", NULL,
       "attachment big.csv: the message is cut off inside it (no closing MIME boundary); not read",
       false}}},
    {"txt_attachment.eml",
     1,
     {{"TX-88", "8.00", NULL, NULL, NULL, NULL, NULL, NULL, {{"T-8", 2, "4.00", "8.00"}}}},
     0,
     {{0}}},
    {"utf16_tsv.eml",
     1,
     {{"U-1", "7.50", NULL, NULL, NULL, NULL, NULL, NULL, {{"A-1", 3, "2.50", "7.50"}}}},
     0,
     {{0}}},
    {"garbage.eml", 0, {{0}}, 1, {{REF, NULL, "no order number found", true}}},
    /* a reply that repeats the order above the quote: read once */
    {"reply_quoted.eml",
     1,
     {{"RQ-1",
       "11.00",
       NULL,
       NULL,
       NULL,
       NULL,
       NULL,
       NULL,
       {{"A-1", 2, "3.00", "6.00"}, {"B-2", 1, "5.00", "5.00"}}}},
     0,
     {{0}}},
    /* the order only in an Outlook original, its number in that Subject */
    {"outlook_reply.eml",
     1,
     {{"PO-OL-7",
       "155.50",
       NULL,
       NULL,
       NULL,
       NULL,
       NULL,
       NULL,
       {{"A-100", 2, "59.00", "118.00"}, {"B-200", 3, "12.50", "37.50"}}}},
     0,
     {{0}}},
    /* HTML reply, the order inside <blockquote>, columns by arithmetic */
    {"html_reply.eml",
     1,
     {{"HR-5", "10.00", NULL, NULL, NULL, NULL, NULL, NULL, {{"H-1", 4, "2.50", "10.00"}}}},
     0,
     {{0}}},
    {"cn_forward.eml",
     1,
     {{"CF-3", "60.00", "张三", NULL, NULL, NULL, NULL, NULL, {{"C-1", 3, "20.00", "60.00"}}}},
     0,
     {{0}}},
    /* two orders in one mail, the customer said once */
    {"two_orders.eml",
     2,
     {{"TW-1",
       "6.00",
       "张三",
       NULL,
       NULL,
       NULL,
       "上海某某贸易有限公司",
       NULL,
       {{"A-1", 2, "3.00", "6.00"}}},
      {"TW-2",
       "6.00",
       "李四",
       NULL,
       NULL,
       NULL,
       "上海某某贸易有限公司",
       NULL,
       {{"B-1", 1, "5.00", "5.00"}, {"C-1", 1, "1.00", "1.00"}}}},
     0,
     {{0}}},
    /* the second is bad: the first is an order, the message the second's
     * dead letter */
    {"two_orders_bad.eml",
     1,
     {{"TB-1",
       "6.00",
       "张三",
       NULL,
       NULL,
       NULL,
       "上海某某贸易有限公司",
       NULL,
       {{"A-1", 2, "3.00", "6.00"}}}},
     1,
     {{REF, "TB-2", "order TB-2: line 10: quantity 'abc' is not a number", true}}},
};

static void check_str(const char *want, const char *got, const char *what, const char *file)
{
    if (!want)
        return;
    if (!got || strcmp(want, got) != 0)
        fail_msg("%s: %s: want '%s', got '%s'", file, what, want, got ? got : "(null)");
}

static void check_order(const struct xorder *x, const struct od_order *o, const char *file)
{
    char b[OD_MONEY_STRLEN];

    check_str(x->id, o->external_id, "external_id", file);
    check_str(x->total, money(o->total, b), "total", file);
    check_str(x->ship_name, o->ship_to.name, "ship_to.name", file);
    check_str(x->ship_phone, o->ship_to.phone, "ship_to.phone", file);
    check_str(x->ship_addr, o->ship_to.address, "ship_to.address", file);
    check_str(x->note, o->buyer_note, "buyer_note", file);
    check_str(x->customer, o->customer.name, "customer.name", file);
    check_str(x->currency, o->currency, "currency", file);
    check_str("mail", o->channel, "channel", file);
    check_str("email", o->channel_status, "channel_status", file);
    check_str("buyer@example.cn", o->customer.email, "customer.email", file);
    assert_int_equal(o->status, OD_STATUS_PENDING_PAYMENT);
    /* Date: Fri, 20 Nov 2026 09:30:00 +0800 */
    check_str("2026-11-20T01:30:00Z", od_time_format(o->placed_at, (char[OD_TIME_STRLEN]){0}),
              "placed_at", file);
    {
        size_t nd = o->extraction ? o->extraction->n_doubts : 0;

        if (nd != (x->doubt ? 1u : 0u))
            fail_msg("%s: %s: %zu doubts (first: %s), want %s", file, x->id, nd,
                     nd ? o->extraction->doubts[0] : "-", x->doubt ? x->doubt : "none");
        if (x->doubt)
            check_str(x->doubt, o->extraction->doubts[0], "doubt", file);
    }
    size_t n = 0;
    while (n < 3 && x->lines[n].sku)
        n++;
    if (o->n_lines != n)
        fail_msg("%s: %s: %zu lines, want %zu", file, x->id, o->n_lines, n);
    for (size_t i = 0; i < n; i++) {
        check_str(x->lines[i].sku, o->lines[i].sku, "sku", file);
        assert_int_equal(o->lines[i].qty, x->lines[i].qty);
        check_str(x->lines[i].price, price(o->lines[i].unit_price, b), "unit_price", file);
        check_str(x->lines[i].total, money(o->lines[i].total, b), "line total", file);
    }
}

static void test_fixtures(void **state)
{
    for (size_t c = 0; c < sizeof(cases) / sizeof(cases[0]); c++) {
        const struct mail_case *k = &cases[c];
        struct imap_extract_settings s = {0};
        struct od_batch b;
        char rel[256];
        size_t len;
        char *raw;

        snprintf(rel, sizeof(rel), "mail/%s", k->file);
        raw = slurp(rel, &len);
        od_batch_init(&b, 0);
        assert_int_equal(imap_extract(&s, "mail", REF, raw, len, true, &b), 0);
        if (b.n_orders != k->n_orders || b.n_dead != k->n_dead)
            fail_msg("%s: %zu orders and %zu dead letters, want %zu and %zu (first dead: %s)",
                     k->file, b.n_orders, b.n_dead, k->n_orders, k->n_dead,
                     b.n_dead ? b.dead[0].reason : "-");
        for (size_t i = 0; i < k->n_orders; i++) {
            check_order(&k->orders[i], b.orders[i].order, k->file);
            assert_non_null(b.orders[i].raw);
            assert_true(b.orders[i].raw_len > 0);
        }
        for (size_t i = 0; i < k->n_dead; i++) {
            check_str(k->dead[i].ref, b.dead[i].source_ref, "source_ref", k->file);
            check_str(k->dead[i].reason, b.dead[i].reason, "reason", k->file);
            if (!k->dead[i].id != !b.dead[i].external_id)
                fail_msg("%s: dead letter external_id %s, want %s", k->file,
                         b.dead[i].external_id ? b.dead[i].external_id : "none",
                         k->dead[i].id ? k->dead[i].id : "none");
            check_str(k->dead[i].id, b.dead[i].external_id, "dead external_id", k->file);
            if (k->dead[i].whole) {
                assert_int_equal(b.dead[i].raw_len, len);
                assert_memory_equal(b.dead[i].raw, raw, len);
            } else {
                assert_true(b.dead[i].raw_len > 0 && b.dead[i].raw_len < len);
            }
        }
        od_batch_free(&b);
        free(raw);
    }
}

/* The raw of a body order is its decoded text; of a CSV order the
 * header and its rows. */
static void test_order_raw(void **state)
{
    struct imap_extract_settings s = {0};
    struct od_batch b;
    size_t len;
    char *raw = slurp("mail/gbk_body.eml", &len);

    od_batch_init(&b, 0);
    assert_int_equal(imap_extract(&s, "mail", REF, raw, len, false, &b), 0);
    assert_int_equal(b.n_orders, 1);
    assert_non_null(strstr(b.orders[0].raw, "订单号：PO-2291"));
    assert_null(b.orders[0].order->customer.email); /* customer_from_sender off */
    od_batch_free(&b);
    free(raw);

    raw = slurp("mail/csv_gb18030.eml", &len);
    od_batch_init(&b, 0);
    assert_int_equal(imap_extract(&s, "mail", REF, raw, len, false, &b), 0);
    assert_int_equal(b.n_orders, 2);
    assert_string_equal(
        b.orders[1].raw,
        "订单号,收货人,电话,商品编码,数量,单价\r\nSO-1002,李四,13900139000,C-300,5,8.80\r\n");
    od_batch_free(&b);
    free(raw);
}

/* ---- the real-world corpus ------------------------------------------- */

static size_t walk_dir(const char *dir)
{
    DIR *d = opendir(dir);
    struct dirent *e;
    size_t n = 0;

    assert_non_null(d);
    while ((e = readdir(d)) != NULL) {
        char path[2048];
        struct stat st;

        if (e->d_name[0] == '.' || strcmp(e->d_name, "LICENSE") == 0 ||
            strcmp(e->d_name, "README.md") == 0)
            continue;
        snprintf(path, sizeof(path), "%s/%s", dir, e->d_name);
        assert_int_equal(stat(path, &st), 0);
        if (S_ISDIR(st.st_mode)) {
            n += walk_dir(path);
            continue;
        }
        {
            struct imap_extract_settings s = {0};
            struct od_batch b;
            char *raw = slurp(path + strlen(TEST_DATA_DIR) + 1, &(size_t){0});
            size_t len = (size_t)st.st_size;

            od_batch_init(&b, 0);
            assert_int_equal(imap_extract(&s, "mail", REF, raw, len, true, &b), 0);
            if (b.n_orders + b.n_dead < 1)
                fail_msg("%s: nothing appended", path);
            for (size_t i = 0; i < b.n_dead; i++) {
                assert_non_null(b.dead[i].reason);
                assert_true(b.dead[i].reason[0] != '\0');
                if (b.n_orders == 0) { /* the message's own dead letter */
                    assert_string_equal(b.dead[i].source_ref, REF);
                    assert_int_equal(b.dead[i].raw_len, len);
                    assert_memory_equal(b.dead[i].raw, raw, len);
                }
            }
            od_batch_free(&b);
            free(raw);
            n++;
        }
    }
    closedir(d);
    return n;
}

static void test_realworld(void **state)
{
    assert_true(walk_dir(TEST_DATA_DIR "/mail/realworld") >= 100);
}

/* ---- header words ---------------------------------------------------- */

static void test_header_decode(void **state)
{
    static const struct {
        const char *in, *encoding, *want;
    } t[] = {
        {"=?UTF-8?B?5L2g5aW9?=", NULL, "你好"},
        {"=?gb2312?B?xOO6ww==?=", NULL, "你好"},
        {"=?GBK?Q?=C4=E3=BA=C3?= world", NULL, "你好 world"},
        {"=?UTF-8?Q?a_b?= =?UTF-8?Q?_c?=", NULL, "a b c"},       /* space between words dropped */
        {"=?UTF-8?B?5L2g?=\r\n =?UTF-8?B?5aW9?=", NULL, "你好"}, /* folded */
        {"=?x-bogus?B?5L2g?= rest", NULL, "=?x-bogus?B?5L2g?= rest"},
        {"=?UTF-8?X?abc?=", NULL, "=?UTF-8?X?abc?="},
        {"=?UTF-8?B?", NULL, "=?UTF-8?B?"},
        {"plain \xc4\xe3\xba\xc3", NULL, "plain 你好"},   /* raw GBK, auto */
        {"plain \xa7\x41\xa6\x6e", "big5", "plain 你好"}, /* raw Big5, configured */
        {"=?utf-8*zh?B?5L2g5aW9?=", NULL, "你好"},        /* RFC 2231 language */
        {"", NULL, ""},
    };

    for (size_t i = 0; i < sizeof(t) / sizeof(t[0]); i++) {
        char *out = NULL;

        assert_int_equal(mail_header_decode(t[i].in, strlen(t[i].in), t[i].encoding, &out), 0);
        if (strcmp(out, t[i].want) != 0)
            fail_msg("'%s': got '%s', want '%s'", t[i].in, out, t[i].want);
        free(out);
    }
}

/* ---- HTML ------------------------------------------------------------ */

static void test_html(void **state)
{
    static const struct {
        const char *in, *want;
    } t[] = {
        {"<p>a</p><p>b</p>", "a\nb\n"},
        {"a<br>b<BR/>c", "a\nb\nc"},
        {"<table><tr><td>x</td> <td>y</td></tr><tr><th>1</th><th>2</th></tr></table>",
         "x\ty\n1\t2\n"},
        {"<script>if (a<b) x();</script>t<style>p{}</style>", "t"},
        {"&amp;&lt;&gt;&quot;&nbsp;&#65;&#x4e2d;&bogus; & x", "&<>\" A中&bogus; & x"},
        /* HTML 4's named entities: Latin-1 letters (case matters), dashes */
        {"Mar&iacute;timo &Eacute;t&eacute; &ndash; A&mdash;B &euro;5 &AMP;",
         "Marítimo Été – A—B €5 &"},
        {"&Iacutex; &iacute", "&Iacutex; &iacute"},
        {"&#0;&#xD800;&#x110000;", "???"},
        {"a  \n\t b", "a b"},
        {"<!-- <p>hidden</p> -->v", "v"},
        {"x < y", "x < y"},
        {"<p", ""},
        /* Outlook: a paragraph in every cell, and a cell of two paragraphs */
        {"<table><tr><td><p class=MsoNormal>A-1<o:p></o:p></p></td><td><p>2</p></td></tr>"
         "<tr><td><p>B</p><p>red</p></td><td></td><td>3</td></tr></table>",
         "A-1\t2\nB red\t\t3\n"},
        /* quoted HTML: "> " per <blockquote> level */
        {"<p>new</p><blockquote><p>old</p>x<blockquote>y</blockquote></blockquote>z",
         "new\n> old\n> x\n> > y\nz"},
        /* spans laid out as a grid: a rowspan cell in every row it covers
         * (first, last and middle column), a colspan one leaves empty
         * fields, both at once, in a quote, a span past the cap */
        {"<table><tr><th>G</th><th>S</th></tr><tr><td rowspan=2>Box</td><td>a</td></tr>"
         "<tr><td>b</td></tr><tr><td>Tape</td><td>c</td></tr></table>",
         "G\tS\nBox\ta\nBox\tb\nTape\tc\n"},
        {"<table><tr><td>a</td><td rowspan='2'>z</td></tr><tr><td>b</td></tr></table>",
         "a\tz\nb\tz\n"},
        {"<table><tr><td>1</td><td ROWSPAN=\"3\">m</td><td>x</td></tr><tr><td>2</td><td>y</td>"
         "<tr><td>3</td><td>z</td></table>",
         "1\tm\tx\n2\tm\ty\n3\tm\tz\n"},
        {"<table><tr><td colspan=2>Total</td><td>9</td></tr><tr><td>a</td><td>b</td><td>c</td>"
         "</tr></table>",
         "Total\t\t9\na\tb\tc\n"},
        {"<table><tr><td rowspan=2 colspan=2>X</td><td>1</td></tr><tr><td>2</td></tr></table>",
         "X\t\t1\nX\t\t2\n"},
        {"<blockquote><table><tr><td rowspan=2><p>g h</p></td><td>1</td></tr><tr><td>2</td></tr>"
         "</table></blockquote>",
         "> g h\t1\n> g h\t2\n"},
        {"<table><tr><td rowspan=99999>g</td><td>1</td></tr><tr><td>2</td></tr></table>"
         "<table><tr><td>3</td></tr></table>",
         "g\t1\ng\t2\n3\n"},
        {"<table><tr><td>o</td><td><table><tr><td rowspan=2>i</td></tr><tr><td>j</td></tr>"
         "</table></td></tr><tr><td>p</td><td>q</td></tr></table>",
         "o\t\ni\nj\np\tq\n"}, /* a nested table: no grid, as before */
        /* one row of blocks with <br> (an ERP's vendor and ship-to side
         * by side): each cell its own lines, a blank line between */
        {"<p>x</p><table><tr><td><b>Vendor</b><br>Us Ltd<br>1 Road</td><td width=9></td>"
         "<td><b>Ship to</b><br>Them Co<br>2 Street</td></tr></table><p>y</p>",
         "x\n\nVendor\nUs Ltd\n1 Road\n\nShip to\nThem Co\n2 Street\n\ny\n"},
        /* one row without <br>, or two rows with it: a table as before */
        {"<table><tr><td>a</td><td>b</td></tr></table>", "a\tb\n"},
        {"<table><tr><td>a<br>b</td><td>c</td></tr><tr><td>d</td><td>e</td></tr></table>",
         "a b\tc\nd\te\n"},
    };

    for (size_t i = 0; i < sizeof(t) / sizeof(t[0]); i++) {
        struct od_buf b;

        od_buf_init(&b, 1 << 16);
        assert_int_equal(mail_html_to_text(t[i].in, strlen(t[i].in), &b), 0);
        if (strcmp(b.data ? b.data : "", t[i].want) != 0)
            fail_msg("'%s': got '%s', want '%s'", t[i].in, b.data ? b.data : "", t[i].want);
        od_buf_free(&b);
    }
}

/* ---- the text reader ------------------------------------------------- */

/* The first order of a text (taken: the caller frees it) or the
 * reason, as the single-order cases read it. */
static int parse1(const struct imap_extract_settings *s, const char *text, size_t len,
                  const char *fallback, struct od_order **o, char *why, size_t wl)
{
    struct mail_text_result r;
    int rc = mail_text_parse(s, text, len, NULL, fallback, &r);

    snprintf(why, wl, "%s", r.why);
    *o = NULL;
    if (rc == MAIL_TEXT_ORDER) {
        *o = r.orders[0];
        r.orders[0] = NULL;
    }
    mail_text_result_free(&r);
    return rc;
}

/* A Hong Kong shop's plain-text order: a currency mark and its amount
 * parted by spaces are one cell ("HK$  6.80"), 合共 is the total, 聯絡
 * names the recipient, and a remark in brackets after the phone is
 * neither name nor number. */
static void test_text_hk(void **state)
{
    static const char text[] = "訂單編號：LM-1\n"
                               "編號         品名              數量     單價        金額\n"
                               "HD-GB-2418   禮品盒 24x18x8cm   600   HK$  6.80   HK$ 4,080.00\n"
                               "HD-RB-0015   絲帶 15mm 金色      50   HK$ 12.00   HK$   600.00\n"
                               "合共：HK$4,680.00\n\n"
                               "聯絡：陳嘉欣 9123 4567（收貨時間 10:00-17:00，請先致電）\n";
    struct imap_extract_settings s = {0};
    struct od_order *o;
    char why[512], got[OD_MONEY_STRLEN];

    (void)state;
    assert_int_equal(parse1(&s, text, sizeof(text) - 1, "f", &o, why, sizeof(why)),
                     MAIL_TEXT_ORDER);
    assert_int_equal(o->n_lines, 2);
    assert_string_equal(od_price_format(o->lines[0].unit_price, got), "6.80");
    assert_string_equal(od_money_format(o->lines[1].total, got), "600.00");
    assert_string_equal(od_money_format(o->total, got), "4680.00");
    assert_non_null(strstr(o->extraction->sources, "\"total\": \"line 5\""));
    assert_string_equal(o->currency, "HKD");
    assert_string_equal(o->ship_to.name, "陳嘉欣");
    assert_string_equal(o->ship_to.phone, "9123 4567");
    assert_true(!o->extraction->n_doubts);
    od_order_free(o);
}

/* An extension after the receiver's phone is kept with the number, as
 * most clerks key it, and the order is held: some leave it out. */
static void test_text_phone_extension(void **state)
{
    static const char text[] = "PO: EX-1\n收货人：程立 0571-8765432 转 66\nA-1 x 2 @ 3\n";
    struct imap_extract_settings s = {0};
    struct od_order *o;
    char why[512];

    (void)state;
    assert_int_equal(parse1(&s, text, sizeof(text) - 1, "f", &o, why, sizeof(why)),
                     MAIL_TEXT_ORDER);
    assert_string_equal(o->ship_to.phone, "0571-8765432 转 66");
    assert_string_equal(o->ship_to.name, "程立");
    assert_int_equal(o->extraction->n_doubts, 1);
    assert_non_null(strstr(o->extraction->doubts[0], "extension '转 66'"));
    od_order_free(o);
}

/* The order's first doubt holds `doubt`; with NULL, it has no doubt. */
static void expect_first_doubt(const struct od_order *o, const char *doubt)
{
    if (doubt) {
        assert_non_null(o->extraction);
        assert_non_null(strstr(o->extraction->doubts[0], doubt));
    } else {
        assert_true(!o->extraction || o->extraction->n_doubts == 0);
    }
}

/* Two numbers after the receiver parted by spaces only: more digits than
 * one number has, so the order is held; one number with an extension is
 * not. */
static void test_text_two_phones_spaces_doubt(void **state)
{
    static const char text[] = "PO: TP-3\n收货人：孟凡 0531-7712 408  15866021937\n"
                               "A-1 x 2 @ 3\n";
    static const char full[] = "PO: TP-4\n收货人：孟凡\u30000531-7712408\u300015866021937\n"
                               "A-1 x 2 @ 3\n";
    static const char one[] = "PO: TP-5\n收货人：孟凡 +86 531 7712 4080\nA-1 x 2 @ 3\n";
    struct imap_extract_settings s = {0};
    struct od_order *o;
    char why[512];

    (void)state;
    assert_int_equal(parse1(&s, text, sizeof(text) - 1, "f", &o, why, sizeof(why)),
                     MAIL_TEXT_ORDER);
    assert_string_equal(o->ship_to.name, "孟凡");
    assert_non_null(o->extraction);
    assert_int_equal(o->extraction->n_doubts, 1);
    assert_non_null(strstr(o->extraction->doubts[0], "more than one number has"));
    od_order_free(o);
    assert_int_equal(parse1(&s, full, sizeof(full) - 1, "f", &o, why, sizeof(why)),
                     MAIL_TEXT_ORDER);
    assert_int_equal(o->extraction->n_doubts, 1);
    assert_non_null(strstr(o->extraction->doubts[0], "more than one number has"));
    od_order_free(o);
    assert_int_equal(parse1(&s, one, sizeof(one) - 1, "f", &o, why, sizeof(why)), MAIL_TEXT_ORDER);
    assert_string_equal(o->ship_to.phone, "+86 531 7712 4080");
    assert_true(!o->extraction || o->extraction->n_doubts == 0);
    od_order_free(o);
}

/* Two numbers in a phone label's value are kept as written and the order
 * is held: clerks differ on keying one or both. */
static void test_text_two_phones_doubt(void **state)
{
    static const char text[] = "PO: TP-1\n收货人：钟立  电话：0851-2238 9116 / 186 8526 6730\n"
                               "A-1 x 2 @ 3\n";
    static const char one[] = "PO: TP-2\n收货人：钟立  电话：0851-2238 9116\nA-1 x 2 @ 3\n";
    struct imap_extract_settings s = {0};
    struct od_order *o;
    char why[512];

    (void)state;
    assert_int_equal(parse1(&s, text, sizeof(text) - 1, "f", &o, why, sizeof(why)),
                     MAIL_TEXT_ORDER);
    assert_string_equal(o->ship_to.phone, "0851-2238 9116 / 186 8526 6730");
    assert_int_equal(o->extraction->n_doubts, 1);
    assert_non_null(strstr(o->extraction->doubts[0], "holds two numbers"));
    od_order_free(o);
    assert_int_equal(parse1(&s, one, sizeof(one) - 1, "f", &o, why, sizeof(why)), MAIL_TEXT_ORDER);
    assert_string_equal(o->ship_to.phone, "0851-2238 9116");
    assert_true(!o->extraction->n_doubts);
    od_order_free(o);
}

/* A ship-to block whose person is on an Attn line below the address: the
 * block's first line is dropped from the address as before, and the order
 * is held, since clerks differ on whether it starts the address. */
static void test_text_attn_block_doubt(void **state)
{
    static const char text[] = "PO: AB-1\nShip to:\nHarbour Foods Ltd\n7 Quay Street\n"
                               "Nelson 7010\nAttn: Tom Ngata, Tel 03 548 0000\n\nA-1 x 2 @ 3\n";
    static const char one[] = "PO: AB-2\nShip to:\n7 Quay Street\nAttn: Tom Ngata\n\n"
                              "A-1 x 2 @ 3\n";
    /* an Attn line that is no label ("Attn." and no colon) ends the
     * block the same */
    static const char dotted[] = "PO: AB-3\nShip to:\nHarbour Foods Ltd\n7 Quay Street\n"
                                 "Nelson 7010\nAttn. Tom Ngata\n\nA-1 x 2 @ 3\n";
    struct imap_extract_settings s = {0};
    struct od_order *o;
    char why[512];

    (void)state;
    assert_int_equal(parse1(&s, text, sizeof(text) - 1, "f", &o, why, sizeof(why)),
                     MAIL_TEXT_ORDER);
    assert_string_equal(o->ship_to.name, "Tom Ngata");
    assert_string_equal(o->ship_to.address, "7 Quay Street, Nelson 7010");
    assert_int_equal(o->extraction->n_doubts, 1);
    assert_non_null(strstr(o->extraction->doubts[0], "'Harbour Foods Ltd'"));
    od_order_free(o);
    /* one line above the Attn line: no line is left out, no doubt */
    assert_int_equal(parse1(&s, one, sizeof(one) - 1, "f", &o, why, sizeof(why)), MAIL_TEXT_ORDER);
    assert_true(!o->extraction->n_doubts);
    od_order_free(o);
    assert_int_equal(parse1(&s, dotted, sizeof(dotted) - 1, "f", &o, why, sizeof(why)),
                     MAIL_TEXT_ORDER);
    assert_string_equal(o->ship_to.name, "Tom Ngata");
    assert_int_equal(o->extraction->n_doubts, 1);
    assert_non_null(strstr(o->extraction->doubts[0], "'Harbour Foods Ltd'"));
    od_order_free(o);
}

/* A currency code set apart from its amount by spaces ("GBP   1.50") in
 * a row with more cells than its header: code and amount are one cell
 * when that gives the header's count; a "Delivery:" value of an
 * address's shape is the address, and "Goods In:" names who receives. */
static void test_text_code_cells(void **state)
{
    static const char text[] =
        "PO No. KW-9\n"
        "Code    Description         Qty   Unit price     Amount\n"
        "KW-A1   Tea towel, linen     40  GBP   2.50  GBP  100.00\n"
        "KW-B2   Apron, navy           5  GBP  12.00  GBP   60.00\n"
        "Total   GBP 160.00\n\n"
        "Delivery: Kettle & Wren Ltd, Unit 7, 3 Mill Lane, York YO1 2AB, UK\n"
        "Goods In: Ruth Ames 01904 555 210\n";
    struct imap_extract_settings s = {0};
    struct od_order *o;
    char why[512], got[OD_MONEY_STRLEN];

    (void)state;
    assert_int_equal(parse1(&s, text, sizeof(text) - 1, "f", &o, why, sizeof(why)),
                     MAIL_TEXT_ORDER);
    assert_int_equal(o->n_lines, 2);
    assert_string_equal(o->lines[0].sku, "KW-A1");
    assert_int_equal(o->lines[0].qty, 40);
    assert_string_equal(od_price_format(o->lines[0].unit_price, got), "2.50");
    assert_string_equal(od_money_format(o->lines[1].total, got), "60.00");
    assert_string_equal(o->currency, "GBP");
    assert_string_equal(o->ship_to.address,
                        "Kettle & Wren Ltd, Unit 7, 3 Mill Lane, York YO1 2AB, UK");
    assert_string_equal(o->ship_to.name, "Ruth Ames");
    assert_string_equal(o->ship_to.phone, "01904 555 210");
    assert_true(!o->extraction->n_doubts);
    od_order_free(o);
}

/* A Hong Kong bakery's table: a rebate row written "減: 3% 回贈
 * -HK$483.60" is the discount, 總額 the total; the delivery line ends
 * with a contact's label, a given name in Latin letters and a phone. */
static void test_text_hk_rebate(void **state)
{
    static const char text[] =
        "PO: SW-1\n"
        "貨品編號  貨品  數量  單價  金額\n"
        "HD-CK-0601  曲奇罐  1,200  HK$7.20  HK$8,640.00\n"
        "HD-LN-0015  防油紙  5,000  HK$0.12  HK$600.00\n"
        "  減: 3% 回贈  -HK$277.20\n"
        "  總額  HK$8,962.80\n\n"
        "送貨: 新界荃灣沙咀道 362 號 全發工業大廈 9 樓 B 室，聯絡 Ivy 6288 1947\n";
    struct imap_extract_settings s = {0};
    struct od_order *o;
    char why[512], got[OD_MONEY_STRLEN];

    (void)state;
    assert_int_equal(parse1(&s, text, sizeof(text) - 1, "f", &o, why, sizeof(why)),
                     MAIL_TEXT_ORDER);
    assert_int_equal(o->n_lines, 2);
    assert_string_equal(od_money_format(o->discount, got), "277.20");
    assert_string_equal(od_money_format(o->total, got), "8962.80");
    assert_string_equal(o->ship_to.address, "新界荃灣沙咀道 362 號 全發工業大廈 9 樓 B 室");
    assert_string_equal(o->ship_to.name, "Ivy");
    assert_string_equal(o->ship_to.phone, "6288 1947");
    assert_true(!o->extraction->n_doubts);
    od_order_free(o);
}

static void test_text(void **state)
{
    static char k_labels[] = "external_id", v_labels[] = "单据编号|Ref";
    static char *lk[] = {k_labels}, *lv[] = {v_labels};
    static const struct {
        const char *text;
        int outcome;
        const char *want; /* "ID total n_lines" or the reason */
    } t[] = {
        {"PO#2291\nA-1 x 2 @ 3.00", MAIL_TEXT_ORDER, "2291 6.00 1"},
        {"PO No. 77\nA-1 × 1 @ ¥1,234.50", MAIL_TEXT_ORDER, "77 1234.50 1"},
        {"订单编号：X-1\n| SKU | Qty | Price |\n|---|---|---|\n| a | 2 | 1.5 |\n| b | 1 | 2 |",
         MAIL_TEXT_ORDER, "X-1 5.00 2"},
        {"订单号: X-2\n商品编码　数量　单价（元）\nA　3　1234.5元\n合计　　3703.50",
         MAIL_TEXT_ORDER, "X-2 3703.50 1"},
        /* the stated total is kept even when it differs, and the order is in doubt */
        {"Order #: X-3\nItem  Qty  Unit Price\nA  1  2.00\nTotal: 5.00", MAIL_TEXT_ORDER,
         "X-3 5.00 1 | the stated total 5.00 (line 4) is not the sum of the lines 2.00"},
        {"单据编号：CFG-1\nA x 1 @ 1", MAIL_TEXT_ORDER, "CFG-1 1.00 1"},
        {"Ref: CFG-2\nA x 1 @ 1", MAIL_TEXT_ORDER, "CFG-2 1.00 1"},
        {"A x 1 @ 1", MAIL_TEXT_ORDER, "msg-fallback 1.00 1"},
        {"收货人：张三  电话：138  订单号：L-1\nA x 1 @ 1", MAIL_TEXT_ORDER, "L-1 1.00 1"},
        {"PO: P\nSKU  Qty  Price\nA  abc  1", MAIL_TEXT_BAD,
         "line 3: quantity 'abc' is not a number"},
        {"PO: P\nSKU  Qty  Price\nA  0  1", MAIL_TEXT_BAD,
         "line 3: quantity '0' must be between 1 and 1000000000"},
        {"PO: P\nSKU  Qty  Price\nA  2.5  1", MAIL_TEXT_BAD,
         "line 3: quantity '2.5' is not a whole number"},
        {"PO: P\nSKU  Qty  Price\nA  2  x", MAIL_TEXT_BAD,
         "line 3: unit price 'x' is not an amount"},
        {"PO: P\nSKU  Qty  Price\nA  2", MAIL_TEXT_BAD, "line 3: no unit price"},
        /* complete but doubtful: held, no longer refused */
        {"PO: P\nSKU  Qty  Price  Amount\nA  2  1.00  3.00", MAIL_TEXT_ORDER,
         "P 3.00 1 | line 3: amount 3.00 is not 2 x 1.00"},
        {"PO: P\nSKU  Qty  Price\nA  2  1  9", MAIL_TEXT_BAD,
         "line 3: 4 columns, but the table header has 3"},
        {"PO: P\nA x abc @ 1", MAIL_TEXT_BAD, "line 2: quantity 'abc' is not a number"},
        {"PO: P\nTotal: lots\nA x 1 @ 1", MAIL_TEXT_BAD, "line 2: total 'lots' is not an amount"},
        {"PO: P\nCurrency: dollars\nA x 1 @ 1", MAIL_TEXT_BAD,
         "line 2: currency 'dollars' is not an ISO 4217 code"},
        {"PO: P-1\nthanks", MAIL_TEXT_BAD,
         "order P-1: no line items found (expected a table with a header row such as '商品编码 "
         "数量 "
         "单价' or 'SKU Qty Price', or lines like 'SKU x 2 @ 59.00')"},
        /* single spaces: a header made only of labels, extra words go to the name */
        {"订单号：S-1\n货号 品名 数量 单价\nA-1 蓝色 T恤 2 3.00\nB-2 袋 1 4.00", MAIL_TEXT_ORDER,
         "S-1 10.00 2"},
        {"PO: S-2\nItem No. Qty Unit Price\nA-1 2 3.00", MAIL_TEXT_ORDER, "S-2 6.00 1"},
        {"PO: S-3\nSKU and qty are below\nA-1 2 3.00", MAIL_TEXT_BAD,
         "order S-3: no line items found (expected a table with a header row such as '商品编码 "
         "数量 "
         "单价' or 'SKU Qty Price', or lines like 'SKU x 2 @ 59.00')"},
        {"订单号：PO-7（加急）\nA x 1 @ 1", MAIL_TEXT_ORDER, "PO-7 1.00 1"},
        {"Order No.: 12345678901234567890123456789012345678901234567890123456789012345\nA x 1 @ 1",
         MAIL_TEXT_BAD,
         "line 1: order number '12345678901234567890123456789012345678901234567890123456789012345' "
         "is not usable (it must start with letters, digits and -_/.#, at most 64)"},
        {"订单号：见附件\nA x 1 @ 1", MAIL_TEXT_BAD,
         "line 1: order number '见附件' is not usable (it must start with letters, digits and "
         "-_/.#, at most 64)"},
        {"Hello\nNote that nothing is ordered here.", MAIL_TEXT_NOTHING, "no order number found"},
        {"", MAIL_TEXT_NOTHING, "no order number found"},
    };
    struct imap_extract_settings s = {0};

    s.labels.n = 1;
    s.labels.keys = lk;
    s.labels.values = lv;
    for (size_t i = 0; i < sizeof(t) / sizeof(t[0]); i++) {
        struct od_order *o = NULL;
        char why[512], got[600], b[OD_MONEY_STRLEN];
        int rc = parse1(&s, t[i].text, strlen(t[i].text), "msg-fallback", &o, why, sizeof(why));

        if (rc != t[i].outcome)
            fail_msg("case %zu '%s': outcome %d, want %d (%s)", i, t[i].text, rc, t[i].outcome,
                     why);
        if (rc == MAIL_TEXT_ORDER) {
            od_money sum = 0;

            for (size_t l = 0; l < o->n_lines; l++)
                sum += o->lines[l].total;
            snprintf(got, sizeof(got), "%s %s %zu", o->external_id,
                     od_money_format(o->total != OD_MONEY_NONE ? o->total : sum, b), o->n_lines);
            for (size_t d = 0; o->extraction && d < o->extraction->n_doubts; d++)
                snprintf(got + strlen(got), sizeof(got) - strlen(got), " | %s",
                         o->extraction->doubts[d]);
            od_order_free(o);
        } else {
            snprintf(got, sizeof(got), "%s", why);
        }
        if (strcmp(got, t[i].want) != 0)
            fail_msg("case %zu '%s': got '%s', want '%s'", i, t[i].text, got, t[i].want);
    }
}

/* All the orders of a text in one line: "ID: sku qty x price = total;
 * ... total T | doubt || next order !! the reason of a refused one". */
static void describe(const struct mail_text_result *r, int rc, char *out, size_t cap)
{
    char b[OD_MONEY_STRLEN], c[OD_MONEY_STRLEN];
    size_t n = 0;

#define PUT(...) (n += (size_t)snprintf(out + n, n < cap ? cap - n : 0, __VA_ARGS__))
    out[0] = '\0';
    if (rc != MAIL_TEXT_ORDER) {
        PUT("!! %s", r->why);
        return;
    }
    for (size_t i = 0; i < r->n_orders; i++) {
        const struct od_order *o = r->orders[i];

        PUT("%s%s:", i ? " || " : "", o->external_id);
        for (size_t l = 0; l < o->n_lines; l++)
            PUT(" %s%s%s %lld x %s = %s;", o->lines[l].sku ? o->lines[l].sku : "-",
                o->lines[l].title ? "/" : "", o->lines[l].title ? o->lines[l].title : "",
                (long long)o->lines[l].qty, od_price_format(o->lines[l].unit_price, b),
                od_money_format(o->lines[l].total, c));
        if (o->total != OD_MONEY_NONE)
            PUT(" total %s", od_money_format(o->total, b));
        if (o->subtotal != OD_MONEY_NONE)
            PUT(" subtotal %s", od_money_format(o->subtotal, b));
        for (size_t d = 0; o->extraction && d < o->extraction->n_doubts; d++)
            PUT(" | %s", o->extraction->doubts[d]);
    }
    if (r->why[0])
        PUT(" !! %s", r->why);
#undef PUT
}

/* Item forms, tables read by their values, quoting, several orders and
 * the checks that hold or refuse, at the level of one text. */
static void test_text_orders(void **state)
{
    static const struct {
        const char *text, *subject, *want;
    } t[] = {
        /* item lines in either order, with x × * pcs @ at each 单价 */
        {"PO: 1\n2 x A-100 @ 5\n3 pcs B-200 @ $2.50\nC-300 蓝色T恤 ×2 单价59\n", NULL,
         "1: A-100 2 x 5.00 = 10.00; B-200 3 x 2.50 = 7.50; C-300/蓝色T恤 2 x 59.00 = 118.00;"},
        {"PO: 2\nD-400 x 2, 5.00 each\nE-500 2 pcs @ 1.00 = 2.00\n- F-600 * 1 at 10\n2x G-7 @ 1",
         NULL,
         "2: D-400 2 x 5.00 = 10.00; E-500 2 x 1.00 = 2.00; F-600 1 x 10.00 = 10.00; G-7 2 x "
         "1.00 = 2.00;"},
        {"PO: 3\n1. H-1 数量 4 单价：2.5\n2、I-2 2件 @ ￥3\n", NULL,
         "3: H-1 4 x 2.50 = 10.00; I-2 2 x 3.00 = 6.00;"},
        /* '@' with no price after it: the item without one, held */
        {"PO: 51\nA-1  Cup  2 pcs  @ 1.00 = 2.00\nB-2  Lid  5,000 pcs  @ ?  (please advise)\n",
         NULL,
         "51: A-1/Cup 2 x 1.00 = 2.00; B-2/Lid 5000 x 0.00 = 0.00; | line 3: no unit price is "
         "written for this item"},
        {"PO: 52\nC-3 x 4 @ TBD\n", NULL,
         "52: C-3 4 x 0.00 = 0.00; | line 2: no unit price is written for this item"},
        /* cells parted by ideographic spaces, 單價 … 元 and the amount
         * after 小計; 元 in a text that names Taiwan holds the order */
        {"採購單號：RX-1\nTP-1\u3000紙箱 五層\u3000500個\u3000單價 38 元\u3000小計 19,000 元\n"
         "交貨地址：台中市西屯區工業區三十八路 189 號\n",
         NULL,
         "RX-1: TP-1/紙箱 五層 500 x 38.00 = 19000.00; | the amounts are in 元 (line 2) and the "
         "text names Taiwan, where 元 is also the local dollar; CNY was used: check the "
         "currency"},
        {"订单号：RX-2\nTP-1\u3000纸箱\u3000500个\u3000单价 38 元\u3000小计 19,000 元\n"
         "送货地址：上海市浦东新区1号\n",
         NULL, "RX-2: TP-1/纸箱 500 x 38.00 = 19000.00;"},
        /* Malaysian ringgit written RM, a name line and a line of figures,
         * a fine price after the currency word */
        {"PO: 60\n1) A-1 - Bag\n   Qty: 3,000 pcs  @ RM 0.62  = RM 1,860.00\n2) B-2 - Sticker\n"
         "   Qty: 10,000 pcs  @ RM 0.045  = RM 450.00\n",
         NULL,
         "60: A-1/Bag 3000 x 0.62 = 1860.00; B-2/Sticker 10000 x 0.045 = 450.00; | line "
         "4: unit price RM 0.045 is finer than a cent: stored exactly, the amounts "
         "rounded from it to be checked"},
        /* a line of the priced lines' shape with no price at all: read
         * without one, held; the question in brackets is no part of the
         * name. Without priced lines before it, it is no item. */
        {"PO: 53\n1,000 x HD-GB-1 Gift bag @ $0.78\n2,000 x HD-TP-2 Tissue paper (new item - "
         "what is the price?)\n",
         NULL,
         "53: HD-GB-1/Gift bag 1000 x 0.78 = 780.00; HD-TP-2/Tissue paper 2000 x 0.00 = 0.00; | "
         "line 3: no unit price is written for this item"},
        /* a French buyer: thousands with a narrow no-break space,
         * decimal commas, "à" before the price, the code after "réf."
         * in brackets, an x inside the name after the count, Total HT
         * and Frais de port */
        {"Commande n° C-1\n- 4\u202f000 x Sachet kraft à fond plat (réf. HD-SK-2535) à 0,21 € = "
         "840,00 €\n- 60 x Ruban satin 10 mm x 50 m doré (réf. HD-RB-0510) à 2,35 € = 141,00 "
         "€\nFrais de port : 75,00 €\nTotal HT : 1\u202f056,00 €\n",
         NULL,
         "C-1: HD-SK-2535/Sachet kraft à fond plat 4000 x 0.21 = 840.00; HD-RB-0510/Ruban satin "
         "10 mm x 50 m doré 60 x 2.35 = 141.00; total 1056.00"},
        /* a name one space from its quantity where the other rows have
         * two: the cell split where quantity x price is the amount */
        {"采购单号：T-1\n序号  编码  名称              数量    单价    金额\n"
         "1     HD-1  珍珠棉袋 30*40    2000    0.55    1100.00\n"
         "2     HD-2  三层纸箱 30*20*15 1000    1.60    1600.00\n",
         NULL,
         "T-1: HD-1/珍珠棉袋 30*40 2000 x 0.55 = 1100.00; HD-2/三层纸箱 30*20*15 1000 x 1.60 = "
         "1600.00;"},
        /* a tax label that states its rate: a tax that is not that rate
         * of the goods holds the order; one that is passes */
        {"PO: 74\nA-1 x 2 @ 50.00\n不含税合计：100.00\n税额（13%）：15.00\n价税合计：115.00\n",
         NULL,
         "74: A-1 2 x 50.00 = 100.00; total 115.00 subtotal 100.00 | tax 15.00 (line 4) is not "
         "13% of 100.00 (that is 13.00)"},
        /* a rate between a label and its colon, no brackets */
        {"PO: 77\nA-1 x 2 @ 50.00\n未稅合計：100.00\n營業稅 5%：5.00\n含稅總計：105.00\n", NULL,
         "77: A-1 2 x 50.00 = 100.00; total 105.00 subtotal 100.00"},
        {"PO: 78\nA-1 x 2 @ 50.00\n未稅合計：100.00\n營業稅 5%：6.00\n含稅總計：106.00\n", NULL,
         "78: A-1 2 x 50.00 = 100.00; total 106.00 subtotal 100.00 | tax 6.00 (line 4) is not 5% "
         "of "
         "100.00 (that is 5.00)"},
        /* sums rows under a table whose labels are qualified by words
         * before them: 满减优惠 a discount, 应付合计 the total */
        {"采购单号：J-1\n商品名称\t数量\t进货价\t小计\n袋\t200\t0.58\t116.00\n盒\t30\t7.20\t216."
         "00\n"
         "商品合计\t332.00\n满减优惠\t-30.00\n运费\t10.00\n应付合计\t312.00\n",
         NULL,
         "J-1: -/袋 200 x 0.58 = 116.00; -/盒 30 x 7.20 = 216.00; total 312.00 subtotal 332.00"},
        /* cells parted by a full-width slash */
        {"訂單號碼：W-1\n品名／規格／數量／單價／金額\n禮盒／12入 木紋／600盒／NT$38／NT$22,800\n"
         "袋／鋁箔／800個／NT$0.85／NT$680\n",
         NULL, "W-1: -/禮盒 12入 木紋 600 x 38.00 = 22800.00; -/袋 鋁箔 800 x 0.85 = 680.00;"},
        /* a price cell with the pieces it is for before it ("每千個
         * 45.00"): the price a piece is 0.045 */
        {"訂單號碼：W-2\n品名／規格／數量／單價／金額\n禮盒／12入 木紋／600盒／38.00／22,800.00\n"
         "內袋／鋁箔／20,000個／每千個 45.00／900.00\n",
         NULL,
         "W-2: -/禮盒 12入 木紋 600 x 38.00 = 22800.00; -/內袋 鋁箔 20000 x 0.045 = 900.00; | "
         "line 4: unit price 0.045 is finer than a cent: stored exactly, the amounts rounded "
         "from it to be checked"},
        /* Big5's slash as iconv gives it (U+2215), no header */
        {"訂單號碼：W-3\n\n1. 禮盒∕12入 木紋∕600盒∕38.00∕22,800.00\n"
         "2. 內袋∕鋁箔∕20,000個∕每千個 45.00∕900.00\n",
         NULL,
         "W-3: -/禮盒 12入 木紋 600 x 38.00 = 22800.00; -/內袋 鋁箔 20000 x 0.045 = 900.00; | "
         "line 4: unit price 0.045 is finer than a cent: stored exactly, the amounts rounded "
         "from it to be checked"},
        /* "name（spec） qty × price = amount": the spec in brackets joins
         * the name; a price finer than a cent kept exactly when qty x
         * price is the amount; a code in brackets stays */
        {"PO: W-5\n礼盒（5斤装 天地盖） 200个 × 5.50 = 1,100.00\n网套（9cm 白色） 40000个 × 0.015 "
         "= "
         "600.00\nTape (TP-48) 20 rolls x 1.50 = 30.00\n",
         NULL,
         "W-5: -/礼盒 5斤装 天地盖 200 x 5.50 = 1100.00; -/网套 9cm 白色 40000 x 0.015 = 600.00; "
         "TP-48/Tape 20 x 1.50 = 30.00; | line 2: an item without a code | line 3: an item "
         "without a code | line 3: unit price 0.015 is finer than a cent: stored exactly, the "
         "amounts rounded from it to be checked"},
        /* no header, a column of words with a price in it: no specification */
        {"訂單號碼：W-6\n\n禮盒∕約 38.00 元 一盒∕600∕38.00∕22,800.00\n內袋∕約 0.85 元 "
         "一個∕800∕0.85∕680.00\n",
         NULL, "W-6: -/禮盒 600 x 38.00 = 22800.00; -/內袋 800 x 0.85 = 680.00;"},
        /* no header, a unit column beside the name: no specification */
        {"訂單號碼：W-4\n\n禮盒∕盒∕600∕38.00∕22,800.00\n內袋∕個∕800∕0.85∕680.00\n", NULL,
         "W-4: -/禮盒 600 x 38.00 = 22800.00; -/內袋 800 x 0.85 = 680.00;"},
        {"PO: 75\nA-1 x 2 @ 50.00\nVAT (6.5%): 6.50\nTotal: 106.50\n", NULL,
         "75: A-1 2 x 50.00 = 100.00; total 106.50"},
        /* item blocks numbered "(1)", the figures labelled Q'ty and Unit
         * (before money: the unit price) on the line below; a price
         * finer than a cent kept exactly */
        {"Order No.: K-1\n\n(1) HD-GB-1518  Gift box\n    Q'ty: 3,000 pcs   Unit: US$0.420   "
         "Amount: US$1,260.00\n(2) HD-TS-5070  Tissue paper\n    Q'ty: 10,000 pcs   Unit: "
         "US$0.035   Amount: US$350.00\n",
         NULL,
         "K-1: HD-GB-1518/Gift box 3000 x 0.42 = 1260.00; HD-TS-5070/Tissue paper 10000 x "
         "0.035 = 350.00; | line 5: unit price US$0.035 is finer than a cent: stored "
         "exactly, the amounts rounded from it to be checked"},
        /* a labelled spec inside an item's line of labelled figures joins
         * the name (name + " " + spec), single spaces between the labels */
        {"采购单号：B-1\n1. 茶叶罐 规格：铁罐 100g 数量：100个 单价：2.35元\n"
         "2. 纸袋 规格：牛皮 三层 数量：50个 单价：0.40元\n",
         NULL, "B-1: -/茶叶罐 铁罐 100g 100 x 2.35 = 235.00; -/纸袋 牛皮 三层 50 x 0.40 = 20.00;"},
        /* a block headed by an ordinal only: the labelled name is the
         * name, a model that is no code its spec, a unit between the
         * figures passed over */
        {"采购单号：B-2\n明细1\n物品名称：礼盒\n规格型号：5kg 手提\n数量：80\n单位：件\n"
         "单价（元）：6.80\n明细2\n物品名称：果箱\n规格型号：HD-G10\n数量：60\n单位：件\n"
         "单价（元）：5.20\n",
         NULL, "B-2: -/礼盒 5kg 手提 80 x 6.80 = 544.00; HD-G10/果箱 60 x 5.20 = 312.00;"},
        /* a labelled name beside the line's own: the line's is read, held */
        {"PO: B-3\nA-1 Gift box\nDescription: Tissue paper\nQty: 10\nPrice: 2.00\n", NULL,
         "B-3: A-1/Gift box 10 x 2.00 = 20.00; | line 2: the item's labelled name 'Tissue "
         "paper' is not in its title"},
        /* a model column of words, not codes, beside the name column: the
         * item's spec, joined to the name; one of codes stays the SKU */
        {"采购单号：B-4\n物品名称\t规格型号\t数量\t单价\t金额\n礼盒\t375ml "
         "单支\t30\t15.80\t474.00\n"
         "纸箱\t750ml×6 五层\t50\t4.60\t230.00\n",
         NULL,
         "B-4: -/礼盒 375ml 单支 30 x 15.80 = 474.00; -/纸箱 750ml×6 五层 50 x 4.60 = 230.00;"},
        {"采购单号：B-5\n物品名称\t规格型号\t数量\t单价\t金额\n礼盒\tLH-375\t30\t15.80\t474.00\n"
         "纸箱\tZX-750\t50\t4.60\t230.00\n",
         NULL, "B-5: LH-375/礼盒 30 x 15.80 = 474.00; ZX-750/纸箱 50 x 4.60 = 230.00;"},
        /* an item's name on a numbered line, its figures without labels
         * on the next; a word in brackets ending the name is the name's */
        {"PO NO.: S-1\n\n1. HD-MB-2030 / Mailer box white\n   120 CTNS (24 pcs/ctn) x USD 5.76/ctn "
         "= USD 691.20\n2. HD-TP-4866 / Printed tape 48mm x 66m (logo)\n   40 CTNS x USD "
         "31.20/ctn = USD 1248.00\n",
         NULL,
         "S-1: HD-MB-2030/Mailer box white 120 x 5.76 = 691.20; HD-TP-4866/Printed tape 48mm x 66m "
         "(logo) 40 x 31.20 = 1248.00;"},
        /* the order number in a sentence, words between its label and
         * "is" */
        {"Hi,\nOur order number for this is TBV-1204.\nA-1 x 2 @ 5\n", NULL,
         "TBV-1204: A-1 2 x 5.00 = 10.00;"},
        /* a slash or dash between the code and the name is neither's */
        {"PO: 76\nHD-1 / Mailer box x 2 @ 5\nHD-2 – Tape x 1 @ 3\n", NULL,
         "76: HD-1/Mailer box 2 x 5.00 = 10.00; HD-2/Tape 1 x 3.00 = 3.00;"},
        /* a decimal point anywhere: the commas are thousands ("1,500"
         * stays fifteen hundred, "2,5" is no price) */
        {"PO: 73\nA-1 x 1,500 @ 0.50 = 750.00\n", NULL, "73: A-1 1500 x 0.50 = 750.00;"},
        /* full-width digits and a full-width point between them */
        {"PO: ７１\nA-1 蓝色T恤 ×１２ 单价￥１２．５０\n", NULL,
         "71: A-1/蓝色T恤 12 x 12.50 = 150.00;"},
        {"PO: 72\nB-2 x ３ @ ５\n合计：１５．００\n", NULL,
         "72: B-2 3 x 5.00 = 15.00; total 15.00"},
        /* counts with Chinese multipliers */
        {"PO: 53\n纸袋（HD-PB-1）：1.2万个，单价0.5\n", NULL,
         "53: HD-PB-1/纸袋 12000 x 0.50 = 6000.00;"},
        /* "item：count" with a size in the name; an order heading in
         * brackets makes "编号" the order's number */
        {"【订单1】编号 K-1（东店）\n - 纸袋 28*15*28（HD-PB-2）：3000个，单价0.5\n"
         "【订单2】编号 K-2\n - 盒（HD-B-1）：8千个，单价1\n",
         NULL,
         "K-1: HD-PB-2/纸袋 28*15*28 3000 x 0.50 = 1500.00; || K-2: HD-B-1/盒 8000 x 1.00 = "
         "8000.00;"},
        /* "item count × price = amount", checked by the arithmetic; a
         * money label after a qualifier ("应付合计", "老客户优惠") */
        {"PO: 55\n打包带（HD-DB-1）  250kg  ×  9.60元/kg  = 2400.00\nTape (T-1) 20 rolls x 1.50 = "
         "30.00\n老客户优惠：-30.00\n应付合计：2400.00元\n",
         NULL,
         "55: HD-DB-1/打包带 250 x 9.60 = 2400.00; T-1/Tape 20 x 1.50 = 30.00; total 2400.00"},
        {"PO: 56\nA-1 Cup 2 × 1.50 = 4.00\n", NULL,
         "!! order 56: no line items found (expected a table with a header row such as '商品编码 "
         "数量 单价' or 'SKU Qty Price', or lines like 'SKU x 2 @ 59.00')"},
        /* a heading without an order word names no number; 数量 keeps its
         * own rule */
        {"PO: 54\n【东店】编号 K-3\nA-1 数量：4 单价：2\n", NULL, "54: A-1 4 x 2.00 = 8.00;"},
        /* a code in brackets ending the item is the SKU; a dash before the
         * quantity is dropped; a count in brackets stays in the name */
        {"PO: 43\n1) Desiccant 200g (HD-DS-0200) — 600 packs @ €0.33 = "
         "€198.00\n2. Pens (10) [B-7] – 2 pcs @ $1 = $2\n",
         NULL, "43: HD-DS-0200/Desiccant 200g 600 x 0.33 = 198.00; B-7/Pens (10) 2 x 1.00 = 2.00;"},
        {"PO: 44\nA-1 Tape (1000) - 2 pcs @ 1 = 2\n", NULL, "44: A-1/Tape (1000) 2 x 1.00 = 2.00;"},
        /* a star joins a code and its quantity without spaces; an x does
         * not (it joins sizes) */
        {"PO: 46\nHD-ZB-2535*500 @￥10.35\nHD-ST-1605*5 @29.44元\nB-9 Box 600x400 x 2 @ 1\n", NULL,
         "46: HD-ZB-2535 500 x 10.35 = 5175.00; HD-ST-1605 5 x 29.44 = 147.20; B-9/Box 600x400 2 x "
         "1.00 = 2.00;"},
        /* more column headers: 编号 名称规格 件数 单价/元 合计金额, 产品代码 订货数
         * 批发价 */
        {"PO: 47\n编号　名称规格　件数　单价/元　合计金额\nA-1　杯子　２　３．００　６．００\n",
         NULL, "47: A-1/杯子 2 x 3.00 = 6.00;"},
        {"PO: 48\n产品代码\t产品名称\t订货数\t批发价\t总额\nB-2\t碗\t3\t2.00\t6.00\n", NULL,
         "48: B-2/碗 3 x 2.00 = 6.00;"},
        /* Traditional 品名規格 names the title; a group column repeated
         * down the rows (an HTML rowspan laid out) is no title */
        {"PO: "
         "50\n類別\t料號\t品名規格\t數量\t單價\n紙箱\tA-1\t大箱\t2\t3.00\n紙箱\tA-2\t中箱\t1\t4."
         "00\n",
         NULL, "50: A-1/大箱 2 x 3.00 = 6.00; A-2/中箱 1 x 4.00 = 4.00;"},
        /* an x inside the name: the count with its unit at the end, held */
        {"PO: 49\n4) Tape 48mm x 150m (HD-TP-4812) — 200 rolls @ $0.76 = $152.00\n", NULL,
         "49: HD-TP-4812/Tape 48mm x 150m 200 x 0.76 = 152.00; | line 2: quantity 200 read from "
         "the end; the 'x' before it taken as part of the name"},
        /* a price after a currency code or symbol of any listed currency;
         * two currencies in one order are a doubt */
        {"PO: 45\n* HD-TD-0060 x 30 @ A$5.13\n12 x B-1 @ NT$4\n", NULL,
         "45: HD-TD-0060 30 x 5.13 = 153.90; B-1 12 x 4.00 = 48.00; | the currency is AUD but "
         "line 3 writes an amount in TWD; AUD was used"},
        /* a lead-in before a colon is not the item; a code among words is
         * the SKU; a word that is no code ("Widget") the title */
        {"PO: 35\nMeet at the dock: A-1 x 2 @ 5\njohn@x.com: B-1 x 1 @ 2\nplease add C-1 blue x 1 "
         "@ 1\n蓝色T恤 D-100 x 2 @ 3\nWidget x 1 @ 1",
         NULL,
         "35: A-1 2 x 5.00 = 10.00; B-1 1 x 2.00 = 2.00; C-1/blue 1 x 1.00 = 1.00; D-100/蓝色T恤 "
         "2 x 3.00 = 6.00; -/Widget 1 x 1.00 = 1.00;"},
        /* empty cells of a pasted sheet (tabs) or a Markdown table keep
         * their place, also the first; a totals row after empty cells */
        {"PO: "
         "38\nSKU\tName\tQty\tPrice\tAmount\nA-1\t\t2\t3.00\t6.00\n\tCup\t1\t4.00\t4."
         "00\n\t\t\tTotal\t10."
         "00",
         NULL, "38: A-1 2 x 3.00 = 6.00; -/Cup 1 x 4.00 = 4.00; total 10.00"},
        {"PO: 39\n| SKU | Name | Qty | Price | Amount |\n|---|---|---|---|---|\n| B-2 |  | 1 | "
         "4.00 | "
         "4.00 |",
         NULL, "39: B-2 1 x 4.00 = 4.00;"},
        /* a row with fewer cells than its header (spaces): the empty
         * cell is where the amount agrees; or in doubt */
        {"PO: 40\nSKU  Name  Qty  Price  Amount\nA-1  Cup  2  3.00  6.00\nB-2  1  4.00  4.00", NULL,
         "40: A-1/Cup 2 x 3.00 = 6.00; B-2 1 x 4.00 = 4.00;"},
        {"PO: 41\nSKU  Name  Qty  Price  Amount\nB-2  1  4  4.00", NULL,
         "41: B-2 1 x 4.00 = 4.00;"},
        {"PO: 42\nSKU  Name  Qty  Price  Amount\nB-2  1  4  5.00", NULL,
         "42: B-2/1 4 x 5.00 = 20.00; | line 3: 4 cells for 5 columns; read from the left, but the "
         "empty cells could be elsewhere"},
        /* a header row repeated inside its table is skipped */
        {"PO: 36\nSKU  Qty  Price\nA-1  1  2.00\nSKU  Qty  Price\nB-1  2  1.00", NULL,
         "36: A-1 1 x 2.00 = 2.00; B-1 2 x 1.00 = 2.00;"},
        /* prose is no item: a number of boxes with no code, an address */
        {"PO: 4\nPlease send 2 x A-100 @ 5\nWe need 5 boxes @ 12.00 each\nEmail: a@b.com", NULL,
         "4: A-100 2 x 5.00 = 10.00;"},
        /* a bare row is taken when arithmetic picks one reading only */
        {"PO: 5\nA-100 蓝色T恤 2 59.00 118.00\nB-1 2 3 6\n", NULL,
         "5: A-100/蓝色T恤 2 x 59.00 = 118.00;"},
        /* a stated amount that is not qty x price: held */
        {"PO: 6\nA-1 x 2 @ 3 = 7", NULL,
         "6: A-1 2 x 3.00 = 7.00; | line 2: amount 7.00 is not 2 x "
         "3.00"},
        /* tables without a header: columns by values and arithmetic */
        {"PO: 7\nA-100  蓝色T恤  2  59.00  118.00\nB-200  红色  1  10.00  10.00\n合计：128.00",
         NULL, "7: A-100/蓝色T恤 2 x 59.00 = 118.00; B-200/红色 1 x 10.00 = 10.00; total 128.00"},
        {"PO: 8\n1  A-1  Widget  2  5.00\n2  B-2  Gadget  3  1.00\nTotal: 13.00", NULL,
         "8: A-1/Widget 2 x 5.00 = 10.00; B-2/Gadget 3 x 1.00 = 3.00; total 13.00"},
        /* values only, nothing confirms them: held */
        {"PO: 9\nA-1  Widget  2  5.00\nB-2  Gadget  3  1.00", NULL,
         "9: A-1/Widget 2 x 5.00 = 10.00; B-2/Gadget 3 x 1.00 = 3.00; | lines 2-3: the quantity "
         "(column 3) and unit price (column 4) were recognised by their values only; no amount "
         "column confirms them"},
        /* whole numbers only: quantity and price could be swapped */
        {"PO: 10\nA-1  Widget  2  3  6\nB-2  Gadget  4  5  20", NULL,
         "10: A-1/Widget 2 x 3.00 = 6.00; B-2/Gadget 4 x 5.00 = 20.00; | lines 2-3: the quantity "
         "and unit price could be columns 3 and 4 or columns 4 and 3; read as 3 and 4"},
        /* prices written as money settle it; price before quantity */
        {"PO: 11\nItem  Description  Unit Price  Qty  Amount\nA-1  Widget  2.00  3  6.00", NULL,
         "11: A-1/Widget 3 x 2.00 = 6.00;"},
        /* a header of unknown words: the rest by values */
        {"PO: 12\nItem  Description  Cost  Count  Total\nA-1  Widget  2.50  4  10.00", NULL,
         "12: A-1/Widget 4 x 2.50 = 10.00;"},
        /* two price columns: the one the amounts agree with */
        {"PO: 13\n物料编码  物料名称  数量  未税单价  含税单价  含税金额\nM-1  螺丝  10  1.00  "
         "1.13  "
         "11.30\n合计  11.30",
         NULL, "13: M-1/螺丝 10 x 1.13 = 11.30; total 11.30"},
        /* rounding: 3 x 3.33 stated as 10.00 is no doubt */
        {"PO: 14\nSKU  Qty  Unit Price  Amount\nA-1  3  3.33  10.00\nTotal  10.00", NULL,
         "14: A-1 3 x 3.33 = 10.00; total 10.00"},
        /* totals: with shipping; the goods sum as a subtotal; a mismatch */
        {"PO: 15\nA-1 x 2 @ 3.00\n运费：10\n总计：16.00", NULL,
         "15: A-1 2 x 3.00 = 6.00; total 16.00"},
        {"PO: 16\nA-1 x 2 @ 3.00\n运费：10\n合计：6.00", NULL,
         "16: A-1 2 x 3.00 = 6.00; subtotal 6.00"},
        {"PO: 17\nA-1 x 2 @ 3.00\nShipping: 1\nTax: 0.50\nDiscount: 0.50\nTotal: 9.00", NULL,
         "17: A-1 2 x 3.00 = 6.00; total 9.00 | the stated total 9.00 (line 6) is not the sum of "
         "the lines 6.00 plus shipping and tax less discount 1.00"},
        /* quoting: a reply that repeats the order is read once */
        {"PO: 18\nA-1 x 2 @ 3\n\nOn Fri, Nov 20, 2026 at 9:30 AM Bob <b@x.com> wrote:\n> PO: 18\n> "
         "A-1 x 2 @ 3",
         NULL, "18: A-1 2 x 3.00 = 6.00;"},
        /* the order only in the quote */
        {"Confirmed, thanks.\n\n> PO: 19\n> A-1 x 2 @ 3", NULL, "19: A-1 2 x 3.00 = 6.00;"},
        /* bottom posting: the new text under the quote wins; the quoted
         * order that was not read is a doubt */
        {"> PO: 20\n> A-1 x 2 @ 3\nand this one:\nPO: 21\nB-1 x 1 @ 1", NULL,
         "21: B-1 1 x 1.00 = 1.00; | the quoted text holds order 20 (line 1), which was not "
         "read; only the newer text was"},
        /* Outlook, Gmail forward, QQ: the original's Subject names it */
        {"See below.\n\n-----Original Message-----\nFrom: B <b@x.cn>\nSent: Friday\nTo: "
         "s@y.com\nSubject: PO 7788\n\nA-1 x 2 @ 3.00",
         NULL, "7788: A-1 2 x 3.00 = 6.00;"},
        {"FYI\n---------- Forwarded message ---------\nFrom: B <b@x.cn>\nDate: Fri, 20 Nov "
         "2026\nSubject: order\nTo: s@y.com\n\n订单号：FW-22\nA-1 x 1 @ 1",
         NULL, "FW-22: A-1 1 x 1.00 = 1.00;"},
        {"请处理\n-----原始邮件-----\n发件人: a@b.cn\n发送时间: 2026年11月20日\n主题: "
         "订单号 Q-23\n\nA-1 x 1 @ 1",
         NULL, "Q-23: A-1 1 x 1.00 = 1.00;"},
        /* several orders; labels before the number belong to it */
        {"PO: 24\nA-1 x 1 @ 1\n\nPO: 25\nB-1 x 2 @ 2", NULL,
         "24: A-1 1 x 1.00 = 1.00; || 25: B-1 2 x 2.00 = 4.00;"},
        /* the first bad, the second good */
        {"PO: 26\nA-1 x abc @ 1\nPO: 27\nB-1 x 2 @ 2", NULL,
         "27: B-1 2 x 2.00 = 4.00; !! order 26: line 2: quantity 'abc' is not a number"},
        /* two numbers for one order: held */
        {"PO: 28\nOrder No.: 29\nA-1 x 1 @ 1", NULL,
         "28: A-1 1 x 1.00 = 1.00; | order number 29 (line 2) differs from 28 (line 1); 28 was "
         "used"},
        /* a number after the items names them; one more without items is
         * a second number */
        {"A-1 x 1 @ 1\nPO: 30\n", NULL, "30: A-1 1 x 1.00 = 1.00;"},
        {"PO: 31\nA-1 x 1 @ 1\nPO: 32", NULL,
         "31: A-1 1 x 1.00 = 1.00; | order number 32 (line 3) differs from 31 (line 1); 31 was "
         "used"},
        /* at most 10 doubts, the rest counted */
        {"PO: 37\nSKU  Qty  Price  Amount\nA  1  1.00  2.00\nA  1  1.00  2.00\nA  1  1.00  2.00\nA "
         " 1  "
         "1.00  2.00\nA  1  1.00  2.00\nA  1  1.00  2.00\nA  1  1.00  2.00\nA  1  1.00  2.00\nA  1 "
         " "
         "1.00  2.00\nA  1  1.00  2.00\nA  1  1.00  2.00\nA  1  1.00  2.00",
         NULL,
         "37: A 1 x 1.00 = 2.00; A 1 x 1.00 = 2.00; A 1 x 1.00 = 2.00; A 1 x 1.00 = 2.00; A 1 x "
         "1.00 "
         "= 2.00; A 1 x 1.00 = 2.00; A 1 x 1.00 = 2.00; A 1 x 1.00 = 2.00; A 1 x 1.00 = 2.00; A 1 "
         "x "
         "1.00 = 2.00; A 1 x 1.00 = 2.00; A 1 x 1.00 = 2.00; | line 3: amount 2.00 is not 1 x 1.00 "
         "| "
         "line 4: amount 2.00 is not 1 x 1.00 | line 5: amount 2.00 is not 1 x 1.00 | line 6: "
         "amount "
         "2.00 is not 1 x 1.00 | line 7: amount 2.00 is not 1 x 1.00 | line 8: amount 2.00 is not "
         "1 x "
         "1.00 | line 9: amount 2.00 is not 1 x 1.00 | line 10: amount 2.00 is not 1 x 1.00 | line "
         "11: "
         "amount 2.00 is not 1 x 1.00 | line 12: amount 2.00 is not 1 x 1.00 | and 2 more doubts "
         "like "
         "these"},
        /* the number in the subject when the text has none */
        {"A-1 x 1 @ 1", "Re: PO# S-33", "S-33: A-1 1 x 1.00 = 1.00;"},
        /* rows of values split on runs of spaces that no table reads:
         * each read as an item sentence (a size stays in the name, 米 is a
         * unit); a total sentence followed by another */
        {"订单号：58\n1、HD-CT-0302 三层纸箱40*30*30  1500个  2.30元\n2、HD-PE-1005 珍珠棉卷材 "
         "1mm*1m  80米   1.10元\n\n合计3,538.00元。地址不变\n",
         NULL,
         "58: HD-CT-0302/三层纸箱40*30*30 1500 x 2.30 = 3450.00; HD-PE-1005/珍珠棉卷材 1mm*1m 80 x "
         "1.10 = 88.00; total 3538.00"},
        /* a '×' between two measures is part of a size, not the count's
         * sign; the currency word after a price with a space ("4.50 元") */
        {"PO: 59\nHD-TP-4806 透明封箱胶带 48mm×100m —— 600卷，单价 4.50 元\nA-100×2 @ 5 元\n", NULL,
         "59: HD-TP-4806/透明封箱胶带 48mm×100m 600 x 4.50 = 2700.00; A-100 2 x 5.00 = 10.00;"},
        /* 编号 in a sentence names the order when its value has the shape */
        {"上次的收到了。这次再订一批，编号 MX-20261204：\nA-1 x 1 @ 1\n", NULL,
         "MX-20261204: A-1 1 x 1.00 = 1.00;"},
        /* a token of an order number's shape without a label: held */
        {"A-1 x 1 @ 1", "BN-2026-1187 mailers + labels",
         "BN-2026-1187: A-1 1 x 1.00 = 1.00; | the order number BN-2026-1187 is read from the "
         "subject without a label"},
        /* a price finer than a cent, kept exactly; the amount after a
         * dash, else made of the exact price; a fifth decimal is rounded
         * to four and held */
        {"PO: 56\nPoly mailer (HD-PM-1) - 5000 pcs - $0.045 ea - $225.00\n", NULL,
         "56: HD-PM-1/Poly mailer 5000 x 0.045 = 225.00; | line 2: unit price $0.045 is "
         "finer than a cent: stored exactly, the amounts rounded from it to be checked"},
        {"PO: 57\nHD-PM-2 5000 pcs @ 0.0725\n", NULL,
         "57: HD-PM-2 5000 x 0.0725 = 362.50; | line 2: unit price 0.0725 is finer than a "
         "cent: stored exactly, the amounts rounded from it to be checked"},
        /* an exact price leaves only the cent of rounding between qty x
         * price and the amount: 80000 x 0.028 is 2240.00, not 2420.00
         * (a price rounded to the cent would allow 400.00 either way) */
        {"PO: 59\nHD-PB-1 80000 pcs @ 0.028 = 2420.00\nHD-PB-2 3 pcs @ 0.0385 = 0.11\n", NULL,
         "59: HD-PB-1 80000 x 0.028 = 2420.00; HD-PB-2 3 x 0.0385 = 0.11; | line 2: "
         "amount 2420.00 is not 80000 x 0.028 | line 2: unit price 0.028 is finer than a "
         "cent: stored exactly, the amounts rounded from it to be checked | line 3: unit "
         "price 0.0385 is finer than a cent: stored exactly, the amounts rounded from it "
         "to be checked"},
        {"PO: 58\nHD-PM-3 1000 pcs @ 0.03855\n", NULL,
         "58: HD-PM-3 1000 x 0.0386 = 38.60; | line 2: unit price 0.03855 has more than four "
         "decimals; 0.0386 taken, the exact price to be keyed by hand"},
        /* a '*' between two measures ("8.5*10cm", "6*6*12cm") is part of
         * a size; the count as the clause after a full-width comma */
        {"订单号：60\n1、HD-1 茶叶罐 8.5*10cm 哑黑，1000个，单价3.86，金额3860.00\n2、HD-2 茶叶罐 "
         "6*6*12cm，800个，单价4.125，金额3300.00\n",
         NULL,
         "60: HD-1/茶叶罐 8.5*10cm 哑黑 1000 x 3.86 = 3860.00; HD-2/茶叶罐 6*6*12cm 800 x 4.125 = "
         "3300.00; | line 3: unit price 4.125 is finer than a cent: stored exactly, the "
         "amounts rounded from it to be checked"},
        /* labels after list bullets */
        {"PO: 72\nA-1 x 10 @ 5\n\n- 商品合计：¥50.00\n- **应付：¥50.00**\n", NULL,
         "72: A-1 10 x 5.00 = 50.00; total 50.00"},
        /* labels: no colon after an order-number label needs a number */
        {"PO 4500012345\nP.O. Box 12\nA-1 x 1 @ 1", NULL, "4500012345: A-1 1 x 1.00 = 1.00;"},
        {"Ship to: Box 12\nA-1 x 1 @ 1", NULL, "msg-fallback: A-1 1 x 1.00 = 1.00;"},
    };

    for (size_t i = 0; i < sizeof(t) / sizeof(t[0]); i++) {
        struct imap_extract_settings s = {0};
        struct mail_text_result r;
        char got[2048];
        int rc =
            mail_text_parse(&s, t[i].text, strlen(t[i].text), t[i].subject, "msg-fallback", &r);

        describe(&r, rc, got, sizeof(got));
        if (strcmp(got, t[i].want) != 0)
            fail_msg("case %zu '%s':\n got  '%s'\n want '%s'", i, t[i].text, got, t[i].want);
        mail_text_result_free(&r);
    }
}

/* Items written as blocks: the name on a line (or two, when it wraps),
 * the figures as labelled values below, one or several to a line. */
static void test_text_item_blocks(void **state)
{
    static const struct {
        const char *text, *want;
    } t[] = {
        {"PO: 61\nItem 1: A-10 Cup, white\n  Quantity: 1,200 pcs   Unit price: AED 0.50   "
         "Amount: AED 600.00\nItem 2: B-20 Lid\nQuantity: 20 ctns, Unit price: 3.25, Amount: "
         "65.00\n",
         "61: A-10/Cup, white 1200 x 0.50 = 600.00; B-20/Lid 20 x 3.25 = 65.00;"},
        /* one value to a line, the code labelled */
        {"PO: 62\nPaper cup 8oz\nSKU: PC-8\nQty: 500\nPrice: 0.12\n\nLid 8oz\nSKU: LD-8\n"
         "Qty: 500\nPrice: 0.05\n",
         "62: PC-8/Paper cup 8oz 500 x 0.12 = 60.00; LD-8/Lid 8oz 500 x 0.05 = 25.00;"},
        /* a description wrapped onto a second line */
        {"PO: 63\n1. K-5 Kraft box 30x20x10,\nprinted one colour\nQty: 300  Price: 1.10\n",
         "63: K-5/Kraft box 30x20x10, printed one colour 300 x 1.10 = 330.00;"},
        /* only the amount: the price when the quantity divides it */
        {"PO: 64\nM-1 Mailer\nQuantity: 40  Amount: 100.00\n",
         "64: M-1/Mailer 40 x 2.50 = 100.00;"},
        {"PO: 65\nN-1 Bag\nQty: 10  Unit price: 2.00  Amount: 25.00\n",
         "65: N-1/Bag 10 x 2.00 = 25.00; | line 2: amount 25.00 is not 10 x 2.00"},
        /* a greeting above the item is not part of its name */
        {"PO: 66\nDear Sir,\nItem 1: A-1 Cup\nQty: 2  Price: 1\n", "66: A-1/Cup 2 x 1.00 = 2.00;"},
        /* values without a name, or without a quantity, are no item */
        {"PO: 67\nQuantity: 5\nPrice: 2.00\n",
         "!! order 67: no line items found (expected a table with a header row such as '商品编码 "
         "数量 单价' or 'SKU Qty Price', or lines like 'SKU x 2 @ 59.00')"},
        {"PO: 68\nA-1 Cup\nPrice: 2.00  Amount: 4.00\n",
         "!! order 68: no line items found (expected a table with a header row such as '商品编码 "
         "数量 单价' or 'SKU Qty Price', or lines like 'SKU x 2 @ 59.00')"},
        /* a count and a remark in brackets that may change it: held; a
         * quantity that is no count refuses the order, never drops the
         * item */
        {"单号：69\n\n品名：珍珠棉袋 "
         "20*30\n编号：HD-1\n数量：3000个\n单价：0.32元\n\n品名：珍珠棉袋 "
         "30*40\n编号：HD-2\n数量：5箱（一箱多少个不记得了，按整箱发）\n单价：0.55元\n",
         "69: HD-1/珍珠棉袋 20*30 3000 x 0.32 = 960.00; HD-2/珍珠棉袋 30*40 5 x 0.55 = 2.75; | "
         "line 8: quantity 5 comes with a remark that may change it: "
         "（一箱多少个不记得了，按整箱发）"},
        {"PO: 70\nA-1 Cup\nQty: some  Price: 2.00\n", "!! line 2: quantity 'some' is not a number"},
    };

    (void)state;
    for (size_t i = 0; i < sizeof(t) / sizeof(t[0]); i++) {
        struct imap_extract_settings s = {0};
        struct mail_text_result r;
        char got[2048];
        int rc = mail_text_parse(&s, t[i].text, strlen(t[i].text), NULL, "msg-fallback", &r);

        describe(&r, rc, got, sizeof(got));
        if (strcmp(got, t[i].want) != 0)
            fail_msg("case %zu '%s':\n got  '%s'\n want '%s'", i, t[i].text, got, t[i].want);
        mail_text_result_free(&r);
    }
}

/* Bytes that declare no charset (or a wrong one): Big5 is told from
 * GB18030 by uchardet rather than read as GB18030 garbage; GBK stays
 * GB18030. */
static void test_unlabeled_charset(void **state)
{
    static const char big5[] = "\xb1z\xa6n\xa1"
                               "A\xa5H\xa4U\xacO\xa5\xbb\xa4\xbd\xa5q\xaa\xba\xadq\xc1"
                               "\xca\xb3\xe6\xa1"
                               "A\xbd\xd0\xbe\xa8\xb3t\xa6w\xb1\xc6\xa5X\xb3"
                               "f\xa1"
                               ""
                               "C\n\xadq\xc1\xca\xb3\xe6\xb8\xb9\xa1GTW-1130\n\xa6\xac\xb3"
                               "f\xa4H\xa1"
                               "G\xb3\xaf\xa4j\xa4\xe5\n\xb9q\xb8\xdc\xa1G02-2345-6789\n\xa6"
                               "a\xa7}\xa1"
                               "G\xa5x\xa5_\xa5\xab\xabH\xb8q\xb0\xcf\xaaQ\xa4\xaf\xb8\xf4"
                               "100\xb8\xb9"
                               "\n\xab~\xa6W\xa1G\xb3z\xa9\xfa\xbd\xa6\xb1"
                               "a \xbc\xc6\xb6q\xa1G20\xb1"
                               "\xb2\n\xc1\xc2\xc1\xc2\xa1I\n";
    static const char gbk[] = "\xb6\xa9\xb5\xa5\xba\xc5\xa3\xba"
                              "PO-1\n\xca\xd5\xbb\xf5\xc8\xcb\xa3\xba\xd5\xc5\xc8\xfd\n";
    static const struct {
        const char *data, *label, *want;
        size_t len;
    } t[] = {
        {big5, NULL, "訂購單號：TW-1130", sizeof(big5) - 1},
        {big5, "utf-8", "收貨人：陳大文", sizeof(big5) - 1},
        {gbk, NULL, "订单号：PO-1\n收货人：张三", sizeof(gbk) - 1},
    };

    (void)state;
    for (size_t i = 0; i < sizeof(t) / sizeof(t[0]); i++) {
        struct od_buf b;
        bool lossy = true;

        od_buf_init(&b, 1 << 20);
        assert_int_equal(mail_to_utf8(t[i].data, t[i].len, t[i].label, "auto", &b, &lossy), 0);
        assert_false(lossy);
        if (!b.data || !strstr(b.data, t[i].want))
            fail_msg("case %zu: '%s' does not hold '%s'", i, b.data ? b.data : "", t[i].want);
        od_buf_free(&b);
    }
}

/* Lines of item tables that are no item row: a units row under the
 * header, names wrapped onto the next line, sums, charges and labels
 * below the rows; a code in brackets in the name column; quantities an
 * ERP prints with zero decimals; an unnamed code column as the SKU.
 * After each description: the first order's currency, shipping and
 * discount when the text gave them. */
static void test_text_table_rows(void **state)
{
    static const struct {
        const char *text, *want;
    } t[] = {
        /* a second header row of units in brackets; a 小计 row with an
         * empty last cell */
        {"单号：U-1\n序号\t编码\t名称\t数量\t单价\t金额\t备注\n\t\t\t(个/卷)\t(元)\t(元)\t\n"
         "1\tA-1\t纸箱\t2\t3.00\t6.00\t急\n\t\t小计\t\t\t6.00\t\n",
         "U-1: A-1/纸箱 2 x 3.00 = 6.00; total 6.00 | cur CNY"},
        {"PO: U-2\nSKU  Qty  Price\n     pcs  EUR\nA-1  2  3.00\n", "!! line 3: quantity 'EUR' "
                                                                    "is not a number"},
        {"PO: U-3\nSKU  Qty  Price\n     （件）  EUR\nA-1  2  3.00\n", "U-3: A-1 2 x 3.00 = 6.00;"},
        /* a units row only right under the header */
        {"PO: U-4\nSKU\tQty\tPrice\nA-1\t2\t3.00\n\t(pcs)\t(EUR)\n",
         "!! line 4: quantity '(pcs)' is not a number"},
        /* a total label as the first cell ends the table with the total */
        {"PO: T-1\n商品编码\t品名\t数量\t单价\t金额\nA-1\t珍珠棉\t40\t63.00\t2520.00\n"
         "订单总额\t\t\t\t\t2520.00\n",
         "T-1: A-1/珍珠棉 40 x 63.00 = 2520.00; total 2520.00"},
        /* freight and a discount written negative between the rows and the
         * total: the total is confirmed, the discount subtracted */
        {"PO: T-2\nSKU\tQty\tPrice\tAmount\nA-1\t2\t3.00\t6.00\nFreight\t\t\t5.00\n"
         "Discount\t\t\t-1.00\nTotal\t\t\t10.00\n",
         "T-2: A-1 2 x 3.00 = 6.00; total 10.00 | ship 5.00 | disc 1.00"},
        /* a discount label line outside the table, written negative; 货款 is the
         * subtotal and 应付 the total after the discount */
        {"PO: T-3\nA-1 x 2 @ 3\n货款：6.00元\n优惠：-1.00元\n应付：5.00元\n",
         "T-3: A-1 2 x 3.00 = 6.00; total 5.00 subtotal 6.00 | disc 1.00 | cur CNY"},
        /* one amount under the rows after a rule, with its currency code */
        {"PO: T-4\nQty   Item #   Description   Unit $   Total $\n2     A-1      Box           "
         "3.00     6.00\n                                    -------\n"
         "                            CAD     6.00\n",
         "T-4: A-1/Box 2 x 3.00 = 6.00; total 6.00 | cur CAD"},
        /* a totals word with a currency word */
        {"PO: T-8\nItem          Qty     Price     Ext\nA-1           2       3.00      6.00\n"
         "                Total USD    6.00\n",
         "T-8: A-1 2 x 3.00 = 6.00; total 6.00 | cur USD"},
        /* the sum with single spaces on a line of its own */
        {"PO: T-9\nItem     Qty   Price   Amount\nA-1      2     3.00    6.00\n"
         "                       Total HKD 7.00\n",
         "T-9: A-1 2 x 3.00 = 6.00; total 7.00 | the stated total 7.00 (line 4) is not the sum "
         "of the lines 6.00 | cur HKD"},
        {"PO: T-10\nItem     Qty   Price   Amount\nA-1      2     3.00    6.00\n合计 6.00\n",
         "T-10: A-1 2 x 3.00 = 6.00; total 6.00"},
        /* a line that only ends in a number is no sum */
        {"PO: T-11\nItem     Qty   Price   Amount\nA-1      2     3.00    6.00\nsee you 7.00\n",
         "T-11: A-1 2 x 3.00 = 6.00;"},
        /* one number that is no money is no total: the row stays a row */
        {"PO: T-5\nSKU\tQty\tPrice\nA-1\t2\t3.00\n\t\t7\n", "!! line 4: no quantity"},
        /* a label below the rows ends the table: a phone is never a
         * quantity */
        {"PO: T-6\nSKU\tQty\tPrice\nA-1\t2\t3.00\n电话\t13800138000\n",
         "T-6: A-1 2 x 3.00 = 6.00;"},
        {"PO: T-7\nSKU  Qty  Price\nA-1  2  3.00\nTel:  138 0013 8000\n",
         "T-7: A-1 2 x 3.00 = 6.00;"},
        /* a description wrapped onto the next line, where the name starts */
        {"PO: W-1\nQty     Item #       Description              Unit $     Total $\n"
         "1,200   HD-CT-0510   Mailer box 260x180,       0.19     228.00\n"
         "                     printed logo\n"
         "   24   HD-TD-0060   Tape dispenser 60mm       3.10      74.40\n",
         "W-1: HD-CT-0510/Mailer box 260x180, printed logo 1200 x 0.19 = 228.00; HD-TD-0060/Tape "
         "dispenser 60mm 24 x 3.10 = 74.40; | cur USD"},
        /* tabs: the only cell written is in the name column */
        {"PO: W-2\nSKU\t名称\t数量\t单价\nA-1\t纸箱\t2\t3.00\n\t五层 大号\t\t\n",
         "W-2: A-1/纸箱 五层 大号 2 x 3.00 = 6.00;"},
        /* not under the name: the table ends there and the line is read
         * on its own */
        {"PO: W-3\nQty     Item #       Description              Unit $     Total $\n"
         "2       A-1          Mailer box               0.19       0.38\n"
         "Thanks a lot\n",
         "W-3: A-1/Mailer box 2 x 0.19 = 0.38; | cur USD"},
        {"PO: W-4\nSKU\t名称\t数量\t单价\nA-1\t纸箱\t2\t3.00\n\t\t\t12.00\n",
         "W-4: A-1/纸箱 2 x 3.00 = 6.00; total 12.00 | the stated total 12.00 (line 4) is not "
         "the sum of the lines 6.00"},
        /* a short name run into the SKU column, the name cell empty: the
         * code is the first word; a cell that does not start with a code
         * stays as written */
        {"PO: K-1\nSKU\t名称\t数量\t单价\nHD-MK-0001 记号笔\t\t10\t18.00\n"
         "红色 记号笔\t\t2\t1.00\n",
         "K-1: HD-MK-0001/记号笔 10 x 18.00 = 180.00; 红色 记号笔 2 x 1.00 = 2.00;"},
        /* a code in brackets ending the name cell, no SKU column */
        {"PO: B-1\n缠绕膜（HD-SF-5023）      20卷    ￥38.00     ￥760.00\n"
         "气泡膜卷【HD-BW-1050】    10卷    ￥42.00     ￥420.00\n",
         "B-1: HD-SF-5023/缠绕膜 20 x 38.00 = 760.00; HD-BW-1050/气泡膜卷 10 x 42.00 = 420.00; | "
         "cur CNY"},
        {"PO: B-2\n品名\t数量\t单价\t金额\n手套 (100/pk)\t2\t3.00\t6.00\n胶带 "
         "(48mm)\t1\t1.00\t1.00\n",
         "B-2: -/手套 (100/pk) 2 x 3.00 = 6.00; -/胶带 (48mm) 1 x 1.00 = 1.00;"},
        /* an ERP's quantities with zero decimals under a quantity header;
         * an unnamed column of codes is the SKU */
        {"PO: Q-1\nLine\tMaterial\tDescription\tUoM\tQuantity\tNet Price\tNet Value\n"
         "10\tHD-MK-0100\tMarker pens\tBOX\t2000.00\t1.6300\t3,260.00\n"
         "20\tHD-DS-0200\tDesiccant\tPACK\t100.00\t0.3500\t35.00\n",
         "Q-1: HD-MK-0100/Marker pens 2000 x 1.63 = 3260.00; HD-DS-0200/Desiccant 100 x 0.35 = "
         "35.00;"},
        {"PO: Q-2\nSKU\tQuantity\tPrice\nA-1\t2.50\t1.00\n",
         "!! line 3: quantity '2.50' is not a whole number"},
        /* decimal commas: once a cell shows one, "1.500" is fifteen
         * hundred; a price written with a point is read as written */
        {"PO: E-1\nSKU\tQty\tPrice\tAmount\nA-1\t1.500\t0.20\t300,00\nB-2\t4\t2,50\t10,00\n",
         "E-1: A-1 1500 x 0.20 = 300.00; B-2 4 x 2.50 = 10.00;"},
        /* two labels run together by one space in the header ("Pos
         * Artikel"); Stk, a German count's unit */
        {"PO: G-1\nPos Artikel      Bezeichnung      Menge      Preis      Betrag\n"
         "10  HD-1         Karton 30x20     2.500 Stk  0,62 EUR   1.550,00 EUR\n"
         "20  HD-2         Folie            30 Stk     18,40 EUR  552,00 EUR\n",
         "G-1: HD-1/Karton 30x20 2500 x 0.62 = 1550.00; HD-2/Folie 30 x 18.40 = 552.00; | cur "
         "EUR"},
        /* Italian headers; a price finer than a cent with a decimal
         * comma ("0,095" is no thousands group): kept exactly */
        {"PO: I-1\nCodice\tDescrizione\tQ.tà\tPrezzo unit.\tImporto\n"
         "HD-1\tVaschetta 810 ml\t6.000\t€ 0,095\t€ 570,00\n",
         "I-1: HD-1/Vaschetta 810 ml 6000 x 0.095 = 570.00; | line 3: unit price € 0.095 "
         "is finer than a cent: stored exactly, the amounts rounded from it to be checked "
         "| cur EUR"},
        /* a tab-parted table's cells grouped by threes with single
         * spaces ("3 000", "2 220,00"): one number each */
        {"PO: F-1\nRéf.\tDésignation\tQté\tP.U. €\tTotal €\nA-1\tBoîte, rose\t3 000\t0,74\t2 "
         "220,00\nB-2\tRuban\t60\t4,90\t294,00\n\t\t\tTotal HT\t2 514,00\n",
         "F-1: A-1/Boîte, rose 3000 x 0.74 = 2220.00; B-2/Ruban 60 x 4.90 = 294.00; total 2514.00 "
         "| cur EUR"},
        /* 品名及规格 names the item */
        {"PO: N-1\n料号\t品名及规格\t数量\t单价\nHD-1\tPE保护膜 10丝\t150\t42.00\n",
         "N-1: HD-1/PE保护膜 10丝 150 x 42.00 = 6300.00;"},
        /* a code column beside a model column and no name column: the
         * model is the name */
        {"PO: M-1\n规格编码\t规格型号\t单位\t数量\t单价\t金额\nHD-1\t纸箱 "
         "50*40\t个\t1,200\t5.35\t6,420.00\n",
         "M-1: HD-1/纸箱 50*40 1200 x 5.35 = 6420.00;"},
        /* a 规格 column beside the name joins it, one space between; an
         * empty or dash spec cell leaves the name alone; a code first in
         * the spec cell of a row without SKU is the SKU */
        {"PO: S-1\n品名\t规格\t数量\t单价\n缠绕膜\tKX-5023 50cm 3kg/卷\t10\t20.00\n"
         "珍珠棉\t\t5\t10.00\n气泡袋\t—\t4\t1.00\n干燥剂\t200g\t2\t3.00\n",
         "S-1: KX-5023/缠绕膜 50cm 3kg/卷 10 x 20.00 = 200.00; -/珍珠棉 5 x 10.00 = 50.00; "
         "-/气泡袋 "
         "4 x 1.00 = 4.00; -/干燥剂 200g 2 x 3.00 = 6.00;"},
        /* a price finer than a cent: the spec joins the name all the same
         * (the price's doubt comes after the item) */
        {"PO: S-3\n品名\t规格\t数量\t单价\n纸袋\t1kg 印刷\t1000\t0.045\n",
         "S-3: -/纸袋 1kg 印刷 1000 x 0.045 = 45.00; | line 3: unit price 0.045 is finer than a "
         "cent: stored exactly, the amounts rounded from it to be checked"},
        /* with a SKU column, a 规格型号 column is the spec, not a second code */
        {"PO: S-2\n物料编码\t物料名称\t规格型号\t数量\t单价\nHD-1\t记号笔\t黑色 10支/盒\t3\t2.00\n",
         "S-2: HD-1/记号笔 黑色 10支/盒 3 x 2.00 = 6.00;"},
        /* no decimal comma anywhere: "1.500" stays one and a half */
        {"PO: E-2\nSKU\tQty\tPrice\tAmount\nA-1\t2\t1.500\t3.00\n", "E-2: A-1 2 x 1.50 = 3.00;"},
        /* thousands commas before a decimal point: no decimal commas */
        {"PO: E-3\nSKU\tQty\tPrice\tAmount\nA-1\t2\t1,500.00\t3,000.00\nB-1\t1\t2,50\t2.50\n",
         "!! line 4: unit price '2,50' is not an amount"},
        /* sums rows: a label of more words, more than one of them, in the
         * table's number style */
        {"PO: S-1\nSKU\tQty\tPrice\tAmount\nA-1\t1.000\t1.00\t1.000,00\n"
         "Subtotal excl. VAT\t\t\t1.000,00\nShipping (by truck)\t\t\t50,00\n"
         "Trade discount 5%\t\t\t-50,00\nTotal excl. VAT\t\t\t1.000,00\n",
         "S-1: A-1 1000 x 1.00 = 1000.00; total 1000.00 | ship 50.00 | disc 50.00"},
        /* a label no list knows over money: the total, checked */
        {"PO: S-2\nSKU\tQty\tPrice\tAmount\nA-1\t2\t3.00\t6.00\nSumme netto\t\t\t7.00\n",
         "S-2: A-1 2 x 3.00 = 6.00; total 7.00 | the stated total 7.00 (line 4) is not the sum "
         "of the lines 6.00"},
        /* the currency in brackets after a totals word */
        {"PO: S-3\nSKU\tQty\tPrice\tAmount\nA-1\t2\t3.00\t6.00\n\tTotal (GBP)\t\t6.00\n",
         "S-3: A-1 2 x 3.00 = 6.00; total 6.00 | cur GBP"},
        /* a currency word after a header label */
        {"PO: H-1\nSKU\tQty\tPrice EUR\tAmount EUR\nA-1\t2\t3.00\t6.00\n",
         "H-1: A-1 2 x 3.00 = 6.00; | cur EUR"},
        /* "Unit" and "Line" over money: the unit price and the amount */
        {"PO: H-2\nQty\tItem\tUnit\tLine\n2\tA-1\t3.00\t6.00\n4\tB-1\t1.50\t6.00\n",
         "H-2: A-1 2 x 3.00 = 6.00; B-1 4 x 1.50 = 6.00;"},
        /* ... but "Unit" over units stays a unit column */
        {"PO: H-3\nSKU\tQty\tUnit\tPrice\nA-1\t2\tpcs\t3.00\n", "H-3: A-1 2 x 3.00 = 6.00;"},
        /* column labels in Dutch, German and Spanish */
        {"PO: L-1\nArtikel\tOmschrijving\tAantal\tPrijs\tBedrag\nA-1\tDoos\t2\t3.00\t6.00\n",
         "L-1: A-1/Doos 2 x 3.00 = 6.00;"},
        {"PO: L-2\nPos.\tArtikelnummer\tBezeichnung\tMenge\tEinzelpreis\tGesamtpreis\n"
         "1\tA-1\tKarton\t2\t3,00\t6,00\n",
         "L-2: A-1/Karton 2 x 3.00 = 6.00;"},
        {"PO: L-3\nCódigo\tDescripción\tCantidad\tPrecio Unitario\tImporte\nA-1\tCaja\t2\t3.00\t6."
         "00\n",
         "L-3: A-1/Caja 2 x 3.00 = 6.00;"},
        /* two header rows (an HTML table's groups over its columns, the
         * rowspan "No." written in both): the lower one is the header,
         * the upper one's currency stands; "No." holds codes: the SKU */
        {"PO: W-1\nNo.\tItem\t\tQuantity\t\tPrice (THB)\t\n"
         "No.\tName\tSize\tQty\tUnit\tUnit price\tAmount\n"
         "AB-1\tBox\t10 cm\t2\tpcs\t3.00\t6.00\nAB-2\tBag\tsmall\t1\tpcs\t5.00\t5.00\n",
         "W-1: AB-1/Box 10 cm 2 x 3.00 = 6.00; AB-2/Bag small 1 x 5.00 = 5.00; | cur THB"},
        {"PO: W-8\nNo.\tName\tQty\tPrice\tAmount\nAB-1\tBox\t2\t3.00\t6.00\n",
         "W-8: AB-1/Box 2 x 3.00 = 6.00;"},
        /* "No." holding 1, 2: no SKU */
        {"PO: W-2\nNo.\tName\tQty\tPrice\tAmount\n1\tBox\t2\t3.00\t6.00\n2\tBag\t1\t5.00\t5.00\n",
         "W-2: -/Box 2 x 3.00 = 6.00; -/Bag 1 x 5.00 = 5.00;"},
        /* a blank line after every row (the plain text beside an HTML
         * table): one table, its sums below; a line without cells after
         * the blank ends it */
        {"PO: W-3\nSKU\tName\tSpec\tQty\tPrice\tAmount\t\n\nA-1\tBox\t10 cm\t2\t3.00\t6.00\t\n\n"
         "B-2\tBag\tsmall\t1\t5.00\t5.00\t\n\nFreight\t\t\t\t\t1.00\t\n\nTotal\t\t\t\t\t12.00\t\n",
         "W-3: A-1/Box 10 cm 2 x 3.00 = 6.00; B-2/Bag small 1 x 5.00 = 5.00; total 12.00 | ship "
         "1.00"},
        {"PO: W-4\nSKU\tQty\tPrice\nA-1\t2\t3.00\n\nB-2 please 9 boxes\n",
         "W-4: A-1 2 x 3.00 = 6.00;"},
        /* a column right of the name under a word no list knows, of
         * words: the name's specification */
        {"PO: W-5\nItem\tDescription\tOptions\tQty\tRate\tAmount\n"
         "A-1\tJar\t250 ml, white\t2\t3.00\t6.00\n",
         "W-5: A-1/Jar 250 ml, white 2 x 3.00 = 6.00;"},
        /* ... not when it holds codes or numbers */
        {"PO: W-6\nDescription\tRef\tQty\tRate\tAmount\nJar\tJX-25\t2\t3.00\t6.00\n",
         "W-6: JX-25/Jar 2 x 3.00 = 6.00;"},
        /* a header of words no list knows: the rows by their values;
         * Czech pieces (ks) */
        {"PO: W-9\nKód\tPopis\tMnožství\tCena/ks\tCelkem\nKRB-01\tKrabice\t4 000 ks\t3,40 €\t"
         "13.600,00 €\nKRB-02\tVíko\t1 500 ks\t5,90 €\t8.850,00 €\n",
         "W-9: KRB-01/Krabice 4000 x 3.40 = 13600.00; KRB-02/Víko 1500 x 5.90 = 8850.00; | cur "
         "EUR"},
        /* the dollar as Argentina writes it */
        {"PO: W-10\nProducto\tCantidad\tPrecio unitario\tImporte\nBolsa\t100\tu$s 0,50\tu$s "
         "50,00\n",
         "W-10: -/Bolsa 100 x 0.50 = 50.00; | cur USD"},
        /* Mexican Spanish pieces */
        {"PO: W-7\nProducto\tCantidad\tPrecio\tImporte\nCaja\t12,000 pzas\t0.74\t8,880.00\n",
         "W-7: -/Caja 12000 x 0.74 = 8880.00;"},
    };

    for (size_t i = 0; i < sizeof(t) / sizeof(t[0]); i++) {
        struct imap_extract_settings s = {0};
        struct mail_text_result r;
        char got[2048], b[OD_MONEY_STRLEN];
        int rc = mail_text_parse(&s, t[i].text, strlen(t[i].text), NULL, "msg-fallback", &r);

        describe(&r, rc, got, sizeof(got));
        if (rc == MAIL_TEXT_ORDER && r.n_orders) {
            const struct od_order *o = r.orders[0];
            size_t n = strlen(got);

            if (o->shipping != OD_MONEY_NONE)
                n += (size_t)snprintf(got + n, sizeof(got) - n, " | ship %s",
                                      od_money_format(o->shipping, b));
            if (o->discount != OD_MONEY_NONE)
                n += (size_t)snprintf(got + n, sizeof(got) - n, " | disc %s",
                                      od_money_format(o->discount, b));
            if (o->currency[0])
                snprintf(got + n, sizeof(got) - n, " | cur %s", o->currency);
        }
        if (strcmp(got, t[i].want) != 0)
            fail_msg("case %zu '%s':\n got  '%s'\n want '%s'", i, t[i].text, got, t[i].want);
        mail_text_result_free(&r);
    }
}

/* Form rows (an HTML table of label cells): a printed form's label in a
 * cell of its own, its value in the next; not in prose. */
static void test_text_form_rows(void **state)
{
    static const struct {
        const char *text, *id, *date;
    } t[] = {
        {"单据编号\tCGDD202602275181\n单据日期\t2026-02-27\n\nSKU\tQty\tPrice\nA-1\t2\t3.00\n",
         "CGDD202602275181", "2026-02-26T16:00:00Z"},
        {"Date\t2026-03-28\n单号\tX-9\nA-1 x 2 @ 3\n", "X-9", "2026-03-27T16:00:00Z"},
        /* with a colon in prose the form labels are not read */
        {"单据编号：CGDD1\nA-1 x 2 @ 3\n", "msg-fallback", NULL},
        /* not wholly the label, or no value */
        {"单据编号说明\tCGDD2\nA-1 x 2 @ 3\n", "msg-fallback", NULL},
        {"单据编号\t\nA-1 x 2 @ 3\n", "msg-fallback", NULL},
        /* a form date that is no date is no error */
        {"Date\tsoon\nPO: P-1\nA-1 x 2 @ 3\n", "P-1", NULL},
    };

    for (size_t i = 0; i < sizeof(t) / sizeof(t[0]); i++) {
        struct mail_text_result r;
        char when[OD_TIME_STRLEN];
        int rc = mail_text_parse(&(struct imap_extract_settings){0}, t[i].text, strlen(t[i].text),
                                 NULL, "msg-fallback", &r);

        if (rc != MAIL_TEXT_ORDER)
            fail_msg("case %zu: outcome %d (%s)", i, rc, r.why);
        assert_string_equal(r.orders[0]->external_id, t[i].id);
        assert_string_equal(od_time_format(r.orders[0]->placed_at, when),
                            t[i].date ? t[i].date : "");
        mail_text_result_free(&r);
    }
}

/* A reply that orders codes and counts from the quotation it quotes:
 * the quotation's prices, held for a look; nothing without a quoted
 * price list. */
static void test_text_quote_prices(void **state)
{
    static const char quote[] = "\n-----原始邮件-----\n发件人: 李华 <l@h.cn>\n主题: 报价\n\n"
                                "编码        品名      规格    单位  单价（元）\n"
                                "HD-TD-0060  封箱器    60mm    个    21.12\n"
                                "HD-CN-0800  护角      1m      根    1.41\n";
    static const char twice[] =
        "\n> 编码        品名      单价（元）\n> HD-TD-0060  封箱器    21.12\n"
        "> HD-TD-0060  封箱器    20.00\n";
    static const struct {
        const char *head, *tail, *want;
    } t[] = {
        {"就按这个价格，订以下货：\nHD-TD-0060 封箱器 要10个\nHD-CN-0800（护角） "
         "300根\n采购单号：CG-1\n",
         quote,
         "CG-1: HD-TD-0060/封箱器 10 x 21.12 = 211.20; HD-CN-0800/护角 300 x 1.41 = 423.00; | "
         "line 2: the unit prices are the quoted quotation's (line 11), not written in the "
         "order"},
        /* a code the quotation does not price is no item */
        {"订以下货：\nHD-XX-0001 纸箱 要10个\n采购单号：CG-2\n", quote,
         "!! order CG-2: no line items found (expected a table with a header row such as "
         "'商品编码 数量 单价' or 'SKU Qty Price', or lines like 'SKU x 2 @ 59.00')"},
        /* a count without a unit is no item; the sentence reader takes
         * "要3根" past the measure, which stays in the name, and the order
         * is held */
        {"订以下货：\nHD-TD-0060 封箱器 10\nHD-CN-0800 护角 50x50 要3根\n采购单号：CG-3\n", quote,
         "CG-3: HD-CN-0800/护角 50x50 3 x 1.41 = 4.23; | line 3: the unit prices are the quoted "
         "quotation's (line 12), not written in the order"},
        /* no quoted quotation: the price list of the same text prices nothing */
        {"采购单号：CG-4\n编码        品名      单价（元）\nHD-TD-0060  封箱器    21.12\n\n"
         "HD-TD-0060 封箱器 要10个\n",
         "",
         "!! order CG-4: no line items found (expected a table with a header row such as "
         "'商品编码 数量 单价' or 'SKU Qty Price', or lines like 'SKU x 2 @ 59.00')"},
        /* two prices for one code: the first, with a doubt */
        {"订货：\nHD-TD-0060 要2个\n采购单号：CG-5\n", twice,
         "CG-5: HD-TD-0060/封箱器 2 x 21.12 = 42.24; | line 2: the quoted text prices HD-TD-0060 "
         "at 21.12 (line 6) and at 20.00 (line 7); 21.12 was used | line 2: the unit prices are "
         "the quoted quotation's (line 6), not written in the order"},
    };

    for (size_t i = 0; i < sizeof(t) / sizeof(t[0]); i++) {
        struct mail_text_result r;
        char text[1024], got[2048];
        int rc;

        snprintf(text, sizeof(text), "%s%s", t[i].head, t[i].tail);
        rc = mail_text_parse(&(struct imap_extract_settings){0}, text, strlen(text), NULL,
                             "msg-fallback", &r);
        describe(&r, rc, got, sizeof(got));
        if (strcmp(got, t[i].want) != 0)
            fail_msg("case %zu '%s':\n got  '%s'\n want '%s'", i, text, got, t[i].want);
        mail_text_result_free(&r);
    }
}

/* Amounts in Chinese words (大写), alone or beside the figure; a total
 * label's value written so. */
static void test_amount_words(void **state)
{
    static const struct {
        const char *in, *want;
    } ok[] = {
        {"壹万叁仟叁佰柒拾柒元整", "13377.00"},
        {"人民币壹万叁仟叁佰柒拾柒元整（￥13,377.00）", "13377.00"},
        {"￥13,377.00（大写：壹万叁仟叁佰柒拾柒元整）", "13377.00"},
        {"RMB 200.56 (贰佰元伍角陆分)", "200.56"},
        {"壹拾伍元", "15.00"},
        {"十五元", "15.00"},
        {"拾元整", "10.00"},
        {"壹万零伍拾元正", "10050.00"},
        {"贰拾万元整", "200000.00"},
        {"壹亿贰仟万元整", "120000000.00"},
        {"叁元零伍分", "3.05"},
        {"貳佰參拾圓整", "230.00"},
        /* a New Taiwan or Hong Kong dollar word before the words */
        {"新臺幣參仟伍佰元整（NT$3,500）", "3500.00"},
        {"港幣壹佰元正", "100.00"},
        /* an amount is read as written, not as a count is spoken */
        {"壹佰伍元", "105.00"},
    };
    static const char *const bad[] = {"", "13377.00", "壹万叁仟", "壹贰元", "伍角", "壹元整多",
                                      /* the words and the figure disagree: not an amount */
                                      "人民币壹万叁仟叁佰柒拾柒元整（￥13,378.00）",
                                      "（￥13,377.00）", "壹元（见附件）",
                                      "玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖仟元"};
    struct mail_text_result r;
    char b[OD_MONEY_STRLEN], got[512];
    const char *text = "订单号：MD-1\n货号  名称  数量  单价  金额\nA-1  纸箱  800  6.80  5440.00\n"
                       "合计金额：人民币伍仟肆佰肆拾元整（￥5,440.00）\n";
    od_money m;
    int rc;

    for (size_t i = 0; i < sizeof(ok) / sizeof(ok[0]); i++) {
        if (mail_parse_amount_words(ok[i].in, strlen(ok[i].in), &m) != 0)
            fail_msg("'%s': refused (%s)", ok[i].in, od_error_last());
        if (strcmp(od_money_format(m, b), ok[i].want) != 0)
            fail_msg("'%s': got %s, want %s", ok[i].in, b, ok[i].want);
    }
    for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
        if (mail_parse_amount_words(bad[i], strlen(bad[i]), &m) == 0)
            fail_msg("'%s': read as %s", bad[i], od_money_format(m, b));
    assert_true(mail_amount_words_differ(bad[6], strlen(bad[6])));
    assert_false(mail_amount_words_differ(ok[1].in, strlen(ok[1].in)));
    assert_false(mail_amount_words_differ(ok[0].in, strlen(ok[0].in)));
    rc = mail_text_parse(&(struct imap_extract_settings){0}, text, strlen(text), NULL,
                         "msg-fallback", &r);
    describe(&r, rc, got, sizeof(got));
    assert_string_equal(got, "MD-1: A-1/纸箱 800 x 6.80 = 5440.00; total 5440.00");
    mail_text_result_free(&r);
}

/* A currency mark before the item prices is the order's currency when no
 * label names one; a label read first wins. */
static void test_text_price_currency(void **state)
{
    static const struct {
        const char *text, *want;
    } t[] = {
        {"PO: 1\nA-1 x 2 @ €3.00", "EUR"},
        {"PO: 2\nA-1 x 2 @ US$3.00", "USD"},
        {"PO: 3\nA-1 x 2 @ £3", "GBP"},
        {"PO: 6\nA-1 x 2 @ A$3", "AUD"},
        {"PO: 4\nCurrency: HKD\nA-1 x 2 @ $3", "HKD"},
        {"PO: 5\nA-1 x 2 @ 3", ""},
    };

    (void)state;
    for (size_t i = 0; i < sizeof(t) / sizeof(t[0]); i++) {
        struct imap_extract_settings s = {0};
        struct mail_text_result r;

        assert_int_equal(mail_text_parse(&s, t[i].text, strlen(t[i].text), NULL, "f", &r),
                         MAIL_TEXT_ORDER);
        assert_int_equal(r.n_orders, 1);
        if (strcmp(r.orders[0]->currency, t[i].want) != 0)
            fail_msg("case %zu: currency '%s', want '%s'", i, r.orders[0]->currency, t[i].want);
        mail_text_result_free(&r);
    }
}

/* A telephone number ending the ship-to name is the ship-to phone; a name
 * followed by an address after a comma is split. */
static void test_text_name_phone(void **state)
{
    static const struct {
        const char *text, *name, *phone, *addr;
    } t[] = {
        {"PO: 1\n收货人:金明 +86 158 1670 7786\nA-1 x 2 @ 3", "金明", "+86 158 1670 7786"},
        {"PO: 2\n收货人：白鹏 0571-3324404\nA-1 x 2 @ 3", "白鹏", "0571-3324404"},
        /* an address value ending in a comma goes on on the next line, up
         * to a sentence that a label starts after */
        {"PO: 22\nDelivery address: Acme GmbH, Kellergasse 14, 3701 Krems,\nAustria. Contact: Mr "
         "Jan Weber, +43 2955 70 312\nA-1 x 2 @ 3",
         "Mr Jan Weber", "+43 2955 70 312", "Acme GmbH, Kellergasse 14, 3701 Krems, Austria"},
        {"PO: 23\nAddress: 12 High Street, Leeds. Phone: 0113 496 0000\nA-1 x 2 @ 3", NULL,
         "0113 496 0000", "12 High Street, Leeds"},
        /* 收货信息: the address, then the receiver and the phone parted by
         * commas */
        {"PO: 25\n收货信息：上海市闵行区春东路 508 号 拾光文创 3 号仓，顾佳怡，186-2175-0934\nA-1 "
         "x 2 @ 3",
         "顾佳怡", "186-2175-0934", "上海市闵行区春东路 508 号 拾光文创 3 号仓"},
        /* two numbers after the name: the first is the one keyed */
        {"PO: 24\n收货人：邓美玲  0769-85337140 / 13650028817\nA-1 x 2 @ 3", "邓美玲",
         "0769-85337140"},
        /* three numbers, each with a note; a remark after a slash */
        {"PO: 33\n聯絡：黃大文 9876 5432（手提）/ 2345 6789（倉）/ 2345 0000（寫字樓）\nA-1 x 2 @ "
         "3",
         "黃大文", "9876 5432"},
        {"PO: 34\n收货人：韦小宝 0771-5501234 / 139 7710 2233 / 微信同号\nA-1 x 2 @ 3", "韦小宝",
         "0771-5501234"},
        /* an extension after the number is part of the number, not of the name */
        {"PO: 19\n聯絡人：許雅婷 04-7562218 分機 23\nA-1 x 2 @ 3", "許雅婷", "04-7562218 分機 23"},
        {"PO: 20\nContact: Mary Lee, 555-0100 ext. 12\nA-1 x 2 @ 3", "Mary Lee",
         "555-0100 ext. 12"},
        /* the section or title before the person is neither */
        {"PO: 29\n聯絡人：總務組 林美玲 02-2345-6789\nA-1 x 2 @ 3", "林美玲", "02-2345-6789"},
        {"PO: 30\n收货人：厨师长 郑师傅 13900001234\nA-1 x 2 @ 3", "郑师傅", "13900001234"},
        {"PO: 21\n交貨地點：彰化縣和美鎮彰美路五段 420 巷 18 號\nA-1 x 2 @ 3", NULL, NULL,
         "彰化縣和美鎮彰美路五段 420 巷 18 號"},
        {"PO: 9\n收货人：方建华\n联系方式：15116907056\nA-1 x 2 @ 3", "方建华", "15116907056"},
        {"PO: 3\nShip to: John Smith, (02) 9998 0653\nA-1 x 2 @ 3", "John Smith", "(02) 9998 0653"},
        /* too few digits: a name with a number stays whole */
        {"PO: 4\n收货人：仓库 3 号\nA-1 x 2 @ 3", "仓库 3 号", NULL},
        {"PO: 5\nShip to: Unit 12\nA-1 x 2 @ 3", "Unit 12", NULL},
        /* a name, then an address of parts with a digit */
        {"PO: 6\nShip to: Kevin Wright, 14 Distribution Place, Eastern Creek NSW 2766\nA-1 x 2 "
         "@ 3",
         "Kevin Wright", NULL, "14 Distribution Place, Eastern Creek NSW 2766"},
        {"PO: 7\nShip to: Acme, Inc., Dock B\nA-1 x 2 @ 3", "Acme, Inc., Dock B", NULL},
        {"PO: 8\nShip to: Unit 4, Riverside Estate, Leeds\nA-1 x 2 @ 3",
         "Unit 4, Riverside Estate, Leeds", NULL},
        /* "送：" names where the goods go; the receiver's role before the
         * name is no part of the address */
        {"PO: 10\n送：杭州市西湖区文一路8号 东店，店长 李明 13800001111\nA-1 x 2 @ 3", "李明",
         "13800001111", "杭州市西湖区文一路8号 东店"},
        {"PO: 11\n送货：嘉兴市工业路9号 仓库  收货人 沈华 13900002222\nA-1 x 2 @ 3", "沈华",
         "13900002222", "嘉兴市工业路9号 仓库"},
        /* two numbers after the name at the end of an address value: the
         * first is the phone */
        {"PO: 31\n收货：运城市闻喜县 东镇 食品工业园 包装车间 裴建国 0359-7012236 / "
         "13935951108\nA-1 x 2 @ 3",
         "裴建国", "0359-7012236", "运城市闻喜县 东镇 食品工业园 包装车间"},
        {"PO: 32\n收货：万宁市 咖啡产业园 5 号 仓库 收货人 陈文雄 0898-62553018 / "
         "13876091123\nA-1 x 2 @ 3",
         "陈文雄", "0898-62553018", "万宁市 咖啡产业园 5 号 仓库"},
        /* a receiver's label with a space for its colon, before a name and
         * a number */
        {"PO: 34\n聯絡人 林佳蓉 049-2983366\nA-1 x 2 @ 3", "林佳蓉", "049-2983366"},
        /* the contact lines of a paragraph headed by the seller's name are
         * the seller's, not the ship-to */
        {"致：杭州恒达包装材料有限公司\n地址：杭州市萧山区 江东三路 88 号\n电话：0571-82876600\n\n"
         "PO: 35\nA-1 x 2 @ 3\n收货：拉萨市 达孜区 工业园区 二号仓库\n收货人：次仁 13908903367\n",
         "次仁", "13908903367", "拉萨市 达孜区 工业园区 二号仓库"},
        /* a form's buyer fields after the supplier's line are read */
        {"PO: 36\n供方：杭州恒达包装材料有限公司\n收货人：孙丽\n电话：0573-8221 5566\n"
         "地址：嘉兴市南湖区亚太路778号\nA-1 x 2 @ 3\n",
         "孙丽", "0573-8221 5566", "嘉兴市南湖区亚太路778号"},
        /* an unlabelled line: the address, then who receives and the phone */
        {"PO: 18\n宁波市鄞州区景江路66号 明欣电器仓库，收货人 郑伟 158 5748 3310\nA-1 x 2 @ 3",
         "郑伟", "158 5748 3310", "宁波市鄞州区景江路66号 明欣电器仓库"},
        /* "收货：" names where the goods go, or only who receives them */
        {"PO: 16\n收货：成都市锦江区春熙路东段28号 香语茶庄\nA-1 x 2 @ 3", NULL, NULL,
         "成都市锦江区春熙路东段28号 香语茶庄"},
        {"PO: 17\n收货：唐老板 13812345678\nA-1 x 2 @ 3", "唐老板", "13812345678", NULL},
        /* "收件" (who receives the parcel) and "收货仓" (the receiving
         * warehouse) as "收货" */
        {"PO: 43\n收件：林志明 089-380111\nA-1 x 2 @ 3", "林志明", "089-380111", NULL},
        {"PO: 44\n收货仓：绥化市北林区 东兴工业园 二号冷库\nA-1 x 2 @ 3", NULL, NULL,
         "绥化市北林区 东兴工业园 二号冷库"},
        /* a delivery block: the company first, the person on an Attn line
         * with the phone; a second name for the label after a slash */
        {"PO: 12\nConsignee / Notify:\nAcme Trading LLC\nUnit 4, Dock Road\nDubai\nAttn. Mr. "
         "Ali Khan, Mob +971 50 555 0000\n\nA-1 x 2 @ 3",
         "Mr. Ali Khan", "+971 50 555 0000", "Unit 4, Dock Road, Dubai"},
        {"PO: 13\nShip to:\nAcme Ltd\n12 High Street, Leeds\nAttention: Jane Roe\n\nA-1 x 2 @ 3",
         "Jane Roe", NULL, "12 High Street, Leeds"},
        /* "Delivery:" alone heads a ship-to block; with a value it is none */
        {"PO: 14\nDelivery:\nJane Roe\n12 High Street, Leeds\n\nA-1 x 2 @ 3", "Jane Roe", NULL,
         "12 High Street, Leeds"},
        {"PO: 15\nDelivery: within 2 weeks\nShip to: Ann Lee\nA-1 x 2 @ 3", "Ann Lee", NULL},
        /* a ship-to heading without a colon alone on its line heads the
         * block too */
        {"PO: 33\nDelivery Address\nKiwi Growers Ltd\n5 Dock Road\nNapier 4110\nNew "
         "Zealand\nAttention: Mere "
         "Smith\nTelephone: 06 835 1234\n\nA-1 x 2 @ 3",
         "Mere Smith", "06 835 1234", "5 Dock Road, Napier 4110, New Zealand"},
        /* with a value of an address's shape it is the address; terms
         * or a date with commas are not */
        {"PO: 26\nDelivery: Acme Ltd, Unit 4, 12 Mill Road, Leeds LS1 4AB\nA-1 x 2 @ 3", NULL, NULL,
         "Acme Ltd, Unit 4, 12 Mill Road, Leeds LS1 4AB"},
        {"PO: 27\nDelivery: within 3 weeks, DAP, Hamburg\nA-1 x 2 @ 3", NULL, NULL, NULL},
        {"PO: 28\nDelivery: 12 Dec 2026, 9-11am, gate 2\nA-1 x 2 @ 3", NULL, NULL, NULL},
        /* "z. Hd." is the German Attn, and "Herrn" no part of the name; an
         * Attn line under a delivery address label is not its address */
        {"PO: 19\nLieferanschrift:\nKruger GmbH, Lager 2\nAm Hafen 14, 28217 Bremen\nz. Hd. Herrn "
         "Jonas Weber, Tel. +49 421 3899 120\n\nA-1 x 2 @ 3",
         "Jonas Weber", "+49 421 3899 120", "Kruger GmbH, Lager 2, Am Hafen 14, 28217 Bremen"},
        /* "Ship to: X" with the address on the lines below (each with a
         * digit); a Contact line after them: the person receives and X
         * starts the address */
        {"PO: 20\nShip to (forwarder): Busan Logistics, Ningbo office\nRoom 1203, No. 88 Zhongshan "
         "Road, Ningbo\nContact: Mr. Kim 0574-8735 1120\n\nA-1 x 2 @ 3",
         "Mr. Kim", "0574-8735 1120",
         "Busan Logistics, Ningbo office, Room 1203, No. 88 Zhongshan Road, Ningbo"},
        {"PO: 21\nShip to: Ann Lee\nRoom 5, 8 Hill Road, Leeds\n\nA-1 x 2 @ 3", "Ann Lee", NULL,
         "Room 5, 8 Hill Road, Leeds"},
        /* a line without a digit is no address: the block ends */
        {"PO: 22\nShip to: Ann Lee\nPlease deliver before Friday.\nA-1 x 2 @ 3", "Ann Lee", NULL,
         NULL},
    };

    (void)state;
    for (size_t i = 0; i < sizeof(t) / sizeof(t[0]); i++) {
        struct imap_extract_settings s = {0};
        struct mail_text_result r;
        const struct od_order *o;

        assert_int_equal(mail_text_parse(&s, t[i].text, strlen(t[i].text), NULL, "f", &r),
                         MAIL_TEXT_ORDER);
        o = r.orders[0];
        if (t[i].name ? !o->ship_to.name || strcmp(o->ship_to.name, t[i].name) != 0
                      : o->ship_to.name != NULL)
            fail_msg("case %zu: name '%s'", i, o->ship_to.name ? o->ship_to.name : "(null)");
        if (t[i].phone ? !o->ship_to.phone || strcmp(o->ship_to.phone, t[i].phone) != 0
                       : o->ship_to.phone != NULL)
            fail_msg("case %zu: phone '%s'", i, o->ship_to.phone ? o->ship_to.phone : "(null)");
        if (t[i].addr ? !o->ship_to.address || strcmp(o->ship_to.address, t[i].addr) != 0
                      : o->ship_to.address != NULL)
            fail_msg("case %zu: address '%s'", i,
                     o->ship_to.address ? o->ship_to.address : "(null)");
        mail_text_result_free(&r);
    }
}

/* Label blocks, and where every field came from. */
static void test_text_fields(void **state)
{
    static const char text[] = "Bill to: ACME Ltd\n"
                               "PO No: 4500012345\n"
                               "Ship to:\n"
                               "John Smith\n"
                               "1 Market Street\n"
                               "Springfield\n"
                               "Tel: 555 0100\n"
                               "Order Date: 2026-11-20\n"
                               "Currency: USD\n"
                               "\n"
                               "SKU  Description  Qty  Unit Price  Amount\n"
                               "X-1  Widget  10  4.50  45.00\n"
                               "Total: 45.00\n";
    struct imap_extract_settings s = {0};
    struct mail_text_result r;
    const struct od_order *o;

    assert_int_equal(mail_text_parse(&s, text, strlen(text), NULL, "f", &r), MAIL_TEXT_ORDER);
    assert_int_equal(r.n_orders, 1);
    o = r.orders[0];
    assert_string_equal(o->customer.name, "ACME Ltd");
    assert_string_equal(o->ship_to.name, "John Smith");
    assert_string_equal(o->ship_to.address, "1 Market Street, Springfield");
    assert_string_equal(o->ship_to.phone, "555 0100");
    assert_string_equal(o->currency, "USD");
    assert_string_equal(o->lines[0].title, "Widget");
    assert_int_equal(o->extraction->n_doubts, 0);
    assert_string_equal(
        o->extraction->sources,
        "{\"customer.name\": \"line 1\", \"ship_to.name\": \"line 4\", \"ship_to.address\": "
        "\"line 5\", \"ship_to.phone\": \"line 7\", \"placed_at\": \"line 8\", \"currency\": "
        "\"line 9\", \"lines[0].sku\": \"line 12\", \"lines[0].title\": \"line 12\", "
        "\"lines[0].qty\": \"line 12\", \"lines[0].unit_price\": \"line 12\", "
        "\"lines[0].total\": \"line 12\", \"total\": \"line 13\", \"external_id\": \"line 2\"}");
    mail_text_result_free(&r);

    /* a ship-to block that starts with a company, then "Attn:" a
     * person: the person receives (and the source says the Attn line) */
    {
        static const char attn[] = "PO Ref : LKT-1\n"
                                   "SKU  Description  Qty  Unit Price  Amount\n"
                                   "X-1  Widget  10  4.50  45.00\n"
                                   "\n"
                                   "Ship to:\n"
                                   "Lim Kah Teck Trading Pte Ltd\n"
                                   "No. 8 Tuas Avenue 13\n"
                                   "Singapore 638975\n"
                                   "Attn: Ms Tan Mei Ling, +65 6861 2245\n";
        static const char attn_co[] = "PO Ref : LKT-2\n"
                                      "X-1  Widget  10  4.50  45.00\n"
                                      "\n"
                                      "Ship to:\n"
                                      "Jason Lim\n"
                                      "No. 8 Tuas Avenue 13\n"
                                      "Attn: Lim Kah Teck Trading Pte Ltd\n";

        assert_int_equal(mail_text_parse(&s, attn, strlen(attn), NULL, "f", &r), MAIL_TEXT_ORDER);
        assert_string_equal(r.orders[0]->ship_to.name, "Ms Tan Mei Ling");
        assert_string_equal(r.orders[0]->ship_to.phone, "+65 6861 2245");
        assert_non_null(strstr(r.orders[0]->extraction->sources, "\"ship_to.name\": \"line 9\""));
        mail_text_result_free(&r);
        /* a person first keeps the place; a company never displaces one */
        assert_int_equal(mail_text_parse(&s, attn_co, strlen(attn_co), NULL, "f", &r),
                         MAIL_TEXT_ORDER);
        assert_string_equal(r.orders[0]->ship_to.name, "Jason Lim");
        mail_text_result_free(&r);
    }

    /* the order number from the Subject, or made from the message */
    assert_int_equal(mail_text_parse(&s, "A x 1 @ 1", 9, "PO# S-1", "f", &r), MAIL_TEXT_ORDER);
    assert_non_null(strstr(r.orders[0]->extraction->sources, "\"external_id\": \"subject\""));
    mail_text_result_free(&r);
    assert_int_equal(mail_text_parse(&s, "A x 1 @ 1", 9, NULL, "f", &r), MAIL_TEXT_ORDER);
    assert_non_null(strstr(r.orders[0]->extraction->sources, "\"external_id\": \"message\""));
    mail_text_result_free(&r);
}

/* What the whole text says beside its labels (docfields.c): the
 * currency of its amounts, the company of its signature, the day order
 * of a date. Each case: the text, then the currency, customer name and
 * order date (UTC, "" none) and the first doubt ("" none). */
static void test_text_document_fields(void **state)
{
    static char utc[] = "UTC";
    static const struct {
        const char *text, *currency, *customer, *placed, *doubt;
    } t[] = {
        /* currency from the signs; a bare $ by the country named */
        {"PO: 1\nSKU  Qty  Price  Amount\nA-1  2  €3.00  €6.00\nTotal: €6.00\n", "EUR", "", "", ""},
        {"PO: 2\nShip to: 1 Main St, Oakland, CA 94607\nSKU  Qty  Price  Amount\n"
         "A-1  2  $3.00  $6.00\n",
         "USD", "", "", ""},
        {"PO: 3\nAddress: 600 Logistics Blvd, Mississauga, ON L5T 2X1, Canada\n"
         "SKU  Qty  Price  Amount\nA-1  2  $3.00  $6.00\n",
         "CAD", "", "", ""},
        {"PO: 4\nSKU  Qty  Price  Amount\nA-1  2  $3.00  $6.00\nFreight: £5.00\n", "GBP", "", "",
         "the amounts are in GBP (line 4) and '$' (line 3); GBP was used"},
        {"PO: 5\nCurrency: EUR\nSKU  Qty  Price  Amount\nA-1  2  3.00  6.00\nTotal: USD 6.00\n",
         "EUR", "", "", "the currency is EUR but line 5 writes an amount in USD; EUR was used"},
        {"PO: 6\nShip to: Toronto, Canada / Sydney, Australia\nA-1 x 2 @ $3\n", "", "", "",
         "the amounts are in '$' (line 3) and the text names several dollar countries; the "
         "currency was not decided"},
        {"PO: 9\nAddress: Mississauga, ON L5T 2X1\nA-1 x 2 @ $3\n", "CAD", "", "", ""},
        {"PO: 19\nA-1 x 2 @ US$3\nTotal: $6\n", "USD", "", "", ""},
        {"订单号：7\n商品编码  数量  单价（元）\nA-1  2  3.00\n", "CNY", "", "", ""},
        {"PO: 8\nA-1 x 2 @ 3\n", "", "", "", ""},
        /* ¥ under amounts in JPY is the yen; beside 元 it is a second currency */
        {"PO: 37\nCode  Q'ty  Unit Price  Amount\nA-1  2  JPY 38  JPY 76\n\nTotal Amount: ¥76-\n",
         "JPY", "", "", ""},
        {"PO: 38\nCode  Q'ty  Unit Price  Amount\nA-1  2  JPY 38  JPY 76\n\n合计：76元\n", "JPY",
         "", "", "the amounts are in JPY (line 3) and CNY (line 5); JPY was used"},
        /* the buying company from the signature */
        {"PO: 10\nA-1 x 2 @ 3\n\nBest regards,\nLinda Johnson\nOperations\n"
         "Summit Packaging Solutions Inc.\nTel: +1 212 950 3081\n",
         "", "Summit Packaging Solutions Inc.", "", ""},
        {"PO: 11\nA-1 x 2 @ 3\n\nBest regards,\nMichael Müller\nBlue Harbor Imports\n", "",
         "Blue Harbor Imports", "", ""},
        /* a place's line under the company is no second candidate */
        {"PO: 41\nA-1 x 2 @ 3\n\nRegards,\nAbiba Issahaku\nSavanna Shea Cooperative Union\n"
         "Tamale, Northern Region, Ghana\n+233 37 202 2215\n",
         "", "Savanna Shea Cooperative Union", "", ""},
        {"订单号：12\nA-1 x 2 @ 3\n\n盼复。\n戴丽\n苏州益丰精密机械有限公司\n", "",
         "苏州益丰精密机械有限公司", "", ""},
        {"订单号：13\nA-1 x 2 @ 3\n\n谢谢\n叶丹\n采购部 经理\n苏州明德电子科技有限公司\n", "",
         "苏州明德电子科技有限公司", "", ""},
        /* the person's title, then the company after " | " */
        {"PO: 30\nA-1 x 2 @ 3\n\nThank you!\nJenna\n\nJenna Park\nOperations Manager | Cedar & "
         "Clay Co.\n",
         "", "Cedar & Clay Co.", "", ""},
        /* the company on the line right before the person's, maybe with
         * a department; the person maybe with a phone */
        {"订单号：26\nA-1 x 2 @ 3\n\n嘉兴嘉源毛纺织有限公司\n沈建华\n", "",
         "嘉兴嘉源毛纺织有限公司", "", ""},
        {"订单号：27\nA-1 x 2 @ 3\n\n北京乡里鸡餐饮管理有限公司 采购中心\n邱慧敏 010-8459 2200 转 "
         "806\n",
         "", "北京乡里鸡餐饮管理有限公司", "", ""},
        {"致：杭州恒达包装材料有限公司\n订单号：28\nA-1 x 2 @ "
         "3\n\n杭州恒达包装材料有限公司\n陈静\n",
         "", "", "", ""},
        {"订单号：29\nA-1 x 2 @ 3\n\n北京乡里鸡餐饮管理有限公司 仓库在东门\n邱慧敏\n", "", "", "",
         ""},
        /* the person with a title; the company with the person after
         * it; the company alone as the last line; the mail client's
         * trailer left out */
        {"订单号：31\nA-1 x 2 @ 3\n\n孙悦 | "
         "采购\n上海鹿小馆餐饮管理有限公司\n\n此邮件由飞书邮箱发送\n",
         "", "上海鹿小馆餐饮管理有限公司", "", ""},
        {"订单号：32\nA-1 x 2 @ 3\n\n--\n临沂丰达粮油有限公司 刘振\n", "", "临沂丰达粮油有限公司",
         "", ""},
        /* the company, the department, then the person, on the last line */
        {"订单号：37\nA-1 x 2 @ 3\n\n海南兴隆南洋风味食品有限公司 采购 林秀娟\n", "",
         "海南兴隆南洋风味食品有限公司", "", ""},
        /* ... and the person's phone after them; a number that is no
         * phone after the company is not dropped */
        {"订单号：41\nA-1 x 2 @ 3\n\n安徽梨园食品有限公司  采购 王芳  13955706612\n", "",
         "安徽梨园食品有限公司", "", ""},
        {"订单号：42\nA-1 x 2 @ 3\n\n安徽梨园食品有限公司 采购 王芳 2027\n", "", "", "", ""},
        /* the company, then the person; Yahoo Taiwan's trailer left out */
        {"訂單號碼：43\nA-1 x 2 @ 3\n\n花蓮瑞穗果品生產合作社\n張美玲\n\nYahoo奇摩信箱\n", "",
         "花蓮瑞穗果品生產合作社", "", ""},
        /* the heading of the buyer's form: the company, then the title of a
         * purchase order */
        {"山西闻喜晋香斋食品有限公司 采购单\n订单号：38\nA-1 x 2 @ 3\n\n晋香斋 采购 杨晓燕\n", "",
         "山西闻喜晋香斋食品有限公司", "", ""},
        {"通化长白山酒业有限公司 · 采购申请\n订单号：39\nA-1 x 2 @ 3\n", "",
         "通化长白山酒业有限公司", "", ""},
        {"山西晋香斋食品有限公司 采购单\n订单号：40\n客户：太原晋祠食品有限公司\nA-1 x 2 @ 3\n", "",
         "太原晋祠食品有限公司", "", ""},
        {"订单号：33\nA-1 x 2 @ 3\n收货人：马晓东\n郑州优品汇电子商务有限公司\n"
         "-------------------------------\n新浪邮箱，http://mail.sina.com.cn\n",
         "", "郑州优品汇电子商务有限公司", "", ""},
        {"订单号：34\nA-1 x 2 @ 3\n\n成都香语茶业有限公司\n", "", "成都香语茶业有限公司", "", ""},
        {"致：杭州恒达包装材料有限公司\n订单号：35\nA-1 x 2 @ 3\n\n杭州恒达包装材料有限公司\n", "",
         "", "", ""},
        {"订单号：36\nA-1 x 2 @ 3\n\n谢谢\n陈静\n\n发自我的iPhone\n", "", "", "", ""},
        /* a label wins; the seller's name is never the buyer */
        {"PO: 14\nCompany: ACME Ltd\nA-1 x 2 @ 3\n\nThanks,\nJo Lee\nOther Corp.\n", "", "ACME Ltd",
         "", ""},
        {"PO: 15\nSupplier: Hengda Packaging Co., Ltd.\nA-1 x 2 @ 3\n\nRegards,\nJo Lee\n"
         "Hengda Packaging Co., Ltd.\n",
         "", "", "", ""},
        /* the addressee of the greeting is the seller */
        {"致：杭州恒达包装材料有限公司\nPO: 25\nA-1 x 2 @ "
         "3\n\n谢谢\n陈静\n杭州恒达包装材料有限公司\n",
         "", "", "", ""},
        /* a disclaimer is no company; nor a signature without a person */
        {"PO: 16\nA-1 x 2 @ 3\n\nThanks,\nJo\nThis e-mail is confidential to Acme Ltd\n", "", "",
         "", ""},
        {"PO: 17\nA-1 x 2 @ 3\nWe ship with Fast Freight Ltd\n", "", "", "", ""},
        {"PO: 18\nA-1 x 2 @ 3\n\nBest regards,\nLinda Johnson\nOperations\nBlue Harbor\n"
         "Green Valley Farms\n",
         "", "", "", ""}, /* two lines could be the company: none taken */
        /* the day order of a date by the countries named */
        {"PO: 20\nDate: 06/01/2026\nShip to: Phoenix, AZ 85043, USA\nA-1 x 2 @ 3\n", "", "",
         "2026-06-01T00:00:00Z", ""},
        {"PO: 21\nDate: 06/01/2026\nShip to: 76185 Karlsruhe, Germany\nA-1 x 2 @ 3\n", "", "",
         "2026-01-06T00:00:00Z", ""},
        {"PO: 22\nDate: 06/01/2026\nA-1 x 2 @ 3\n", "", "", "2026-06-01T00:00:00Z",
         "line 2: the date 06/01/2026 could be read day first or month first; read as month "
         "first"},
        {"PO: 23\nDate: 13/01/2026\nA-1 x 2 @ 3\n", "", "", "2026-01-13T00:00:00Z", ""},
        /* a date in a sentence that names the order */
        {"Please accept PO #MLF-40217 dated 16 Nov 2026.\nA-1 x 2 @ 3\n", "", "",
         "2026-11-16T00:00:00Z", ""},
        {"anbei unsere Bestellung Nr. 77 vom 27.11.2026.\nA-1 x 2 @ 3\n", "", "",
         "2026-11-27T00:00:00Z", ""},
        {"PO: 24\nShipped by Fast Freight, dated 16 Nov 2026.\nA-1 x 2 @ 3\n", "", "", "", ""},
        /* Spanish: "fecha" after the order, "de" between the date's parts */
        {"Orden de compra BV-7, fecha 21 de octubre de 2027.\nA-1 x 2 @ 3\n", "", "",
         "2027-10-21T00:00:00Z", ""},
    };

    (void)state;
    for (size_t i = 0; i < sizeof(t) / sizeof(t[0]); i++) {
        struct imap_extract_settings s = {.timezone = utc};
        struct mail_text_result r;
        const struct od_order *o;
        char b[OD_TIME_STRLEN];
        const char *placed, *doubt;

        if (mail_text_parse(&s, t[i].text, strlen(t[i].text), NULL, "f", &r) != MAIL_TEXT_ORDER)
            fail_msg("case %zu: no order (%s)", i, r.why);
        o = r.orders[0];
        placed = o->placed_at == OD_TIME_NONE ? "" : od_time_format(o->placed_at, b);
        doubt = o->extraction->n_doubts ? o->extraction->doubts[0] : "";
        if (strcmp(o->currency, t[i].currency) != 0 ||
            strcmp(o->customer.name ? o->customer.name : "", t[i].customer) != 0 ||
            strcmp(placed, t[i].placed) != 0 || strcmp(doubt, t[i].doubt) != 0)
            fail_msg("case %zu: currency '%s' customer '%s' placed '%s' doubt '%s'", i, o->currency,
                     o->customer.name ? o->customer.name : "", placed, doubt);
        mail_text_result_free(&r);
    }
    /* an address after a delivery phrase with words before its colon */
    {
        static const struct {
            const char *text, *addr; /* NULL: none */
        } a[] = {
            {"PO: 1\nA-1 x 2 @ 3\nDeliver to our warehouse: Via dei Mille 40, 20129 Milano MI, "
             "Italy\n",
             "Via dei Mille 40, 20129 Milano MI, Italy"},
            {"订单号：2\nA-1 x 2 @ 3\n请送到我们新仓库：杭州市萧山区，鸿兴路99号，2号门\n",
             "杭州市萧山区，鸿兴路99号，2号门"},
            {"PO: 3\nA-1 x 2 @ 3\nDeliver to our warehouse: as usual, thanks, Jo\n", NULL},
            {"PO: 4\nA-1 x 2 @ 3\nWe will send to your team the forecast for next year, in "
             "detail: 12, 13, 14\n",
             NULL},
        };
        struct imap_extract_settings s = {0};

        for (size_t i = 0; i < sizeof(a) / sizeof(a[0]); i++) {
            struct mail_text_result r;
            const char *got;

            assert_int_equal(mail_text_parse(&s, a[i].text, strlen(a[i].text), NULL, "f", &r),
                             MAIL_TEXT_ORDER);
            got = r.orders[0]->ship_to.address;
            if (a[i].addr ? !got || strcmp(got, a[i].addr) != 0 : got != NULL)
                fail_msg("address case %zu: '%s'", i, got ? got : "(null)");
            mail_text_result_free(&r);
        }
    }
}

/* ---- settings and limits --------------------------------------------- */

static void run(const struct imap_extract_settings *s, const char *raw, size_t len,
                struct od_batch *b)
{
    od_batch_init(b, 0);
    assert_int_equal(imap_extract(s, "mail", REF, raw, len, true, b), 0);
    assert_true(b->n_orders + b->n_dead >= 1);
}

static void test_sources(void **state)
{
    static char att[] = "attachments", body[] = "body";
    static char *only_att[] = {att}, *only_body[] = {body};
    struct imap_extract_settings s = {0};
    struct od_batch b;
    size_t len;
    char *raw = slurp("mail/gbk_body.eml", &len);

    s.sources.n = 1;
    s.sources.items = only_att;
    run(&s, raw, len, &b);
    assert_int_equal(b.n_orders, 0);
    assert_string_equal(b.dead[0].reason, "no order attachment (csv, ndjson, json, xlsx) found");
    od_batch_free(&b);
    free(raw);

    raw = slurp("mail/csv_gb18030.eml", &len);
    s.sources.items = only_body;
    run(&s, raw, len, &b);
    assert_int_equal(b.n_orders, 0);
    assert_string_equal(b.dead[0].reason, "no order number found");
    od_batch_free(&b);
    free(raw);
}

static void test_settings_apply(void **state)
{
    static char cur[] = "USD", st[] = "paid", tz[] = "UTC";
    struct imap_extract_settings s = {.currency = cur, .default_status = st, .timezone = tz};
    const char *text = "Subject: x\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
                       "PO: D-1\r\nOrder Date: 2026-11-20 08:00\r\nA x 1 @ 1\r\n";
    struct od_batch b;
    char t[OD_TIME_STRLEN];

    run(&s, text, strlen(text), &b);
    assert_int_equal(b.n_orders, 1);
    assert_string_equal(b.orders[0].order->currency, "USD");
    assert_int_equal(b.orders[0].order->status, OD_STATUS_PAID);
    assert_string_equal(od_time_format(b.orders[0].order->placed_at, t), "2026-11-20T08:00:00Z");
    assert_null(b.orders[0].order->customer.email); /* no From */
    od_batch_free(&b);
}

/* A message nested `levels` deep with the order at the bottom. */
static char *nested(int levels, size_t *len)
{
    struct od_buf b;

    od_buf_init(&b, 1 << 24);
    assert_int_equal(od_buf_adds(&b, "Subject: deep\r\nMessage-ID: <deep@x>\r\n"), 0);
    for (int i = 0; i < levels; i++)
        assert_int_equal(od_buf_printf(&b,
                                       "Content-Type: multipart/mixed; boundary=\"b%d\"\r\n\r\n"
                                       "--b%d\r\n",
                                       i, i),
                         0);
    assert_int_equal(od_buf_adds(&b, "Content-Type: text/plain\r\n\r\nPO: DEEP-1\r\nA x 1 @ 1\r\n"),
                     0);
    for (int i = levels - 1; i >= 0; i--)
        assert_int_equal(od_buf_printf(&b, "--b%d--\r\n", i), 0);
    *len = b.len;
    return od_buf_steal(&b);
}

static void test_limits(void **state)
{
    struct imap_extract_settings s = {0};
    struct od_batch b;
    size_t len;
    char *raw;

    raw = nested(5, &len);
    run(&s, raw, len, &b);
    assert_int_equal(b.n_orders, 1);
    od_batch_free(&b);
    free(raw);

    raw = nested(12, &len);
    run(&s, raw, len, &b);
    assert_int_equal(b.n_orders, 0);
    assert_string_equal(b.dead[0].reason, "no text body and no order attachment found (MIME "
                                          "nesting deeper than 10: inner parts were not read)");
    od_batch_free(&b);
    s.max_depth = 20;
    run(&s, raw, len, &b);
    assert_int_equal(b.n_orders, 1);
    od_batch_free(&b);
    free(raw);

    /* far too deep for libetpan's recursion: read as plain text */
    s.max_depth = 0;
    raw = nested(5000, &len);
    run(&s, raw, len, &b);
    assert_int_equal(b.n_orders, 1);
    assert_string_equal(b.orders[0].order->external_id, "DEEP-1");
    od_batch_free(&b);
    free(raw);

    /* a text order has at most 2000 items */
    {
        struct od_buf t;
        struct od_order *o = NULL;
        char why[512];

        od_buf_init(&t, 1 << 20);
        assert_int_equal(od_buf_adds(&t, "PO: BIG\n"), 0);
        for (int i = 0; i < 2001; i++)
            assert_int_equal(od_buf_adds(&t, "A x 1 @ 1\n"), 0);
        assert_int_equal(parse1(&s, t.data, t.len, "f", &o, why, sizeof(why)), MAIL_TEXT_BAD);
        assert_string_equal(why, "line 2002: more than 2000 line items");
        od_buf_reset(&t);
        assert_int_equal(od_buf_adds(&t, "PO: BIG\nSKU  Qty  Price\n"), 0);
        for (int i = 0; i < 20000; i++)
            assert_int_equal(od_buf_adds(&t, i < 1000 ? "A  1  1\n" : "  \n"), 0);
        assert_int_equal(parse1(&s, t.data, t.len, "f", &o, why, sizeof(why)), MAIL_TEXT_ORDER);
        assert_int_equal(o->n_lines, 1000);
        od_order_free(o);
        o = NULL;
        od_buf_reset(&t);
        assert_int_equal(od_buf_adds(&t, "PO: BIG\nSKU  Qty  Price\n"), 0);
        for (int i = 0; i < 20000; i++)
            assert_int_equal(od_buf_adds(&t, i % 20 ? "|---|\n" : "A  1  1\n"), 0);
        assert_int_equal(parse1(&s, t.data, t.len, "f", &o, why, sizeof(why)), MAIL_TEXT_BAD);
        assert_string_equal(why, "line 20001: the text has more than 20000 lines; the item "
                                 "table was not read to its end");
        od_buf_free(&t);
    }

    /* attachments over the cap are not read */
    raw = slurp("mail/two_csv.eml", &len);
    s.max_attachments = 1;
    run(&s, raw, len, &b);
    assert_int_equal(b.n_orders, 1);
    assert_string_equal(b.orders[0].order->external_id, "M-1");
    assert_int_equal(b.n_dead, 0);
    od_batch_free(&b);
    free(raw);
}

static void test_validate(void **state)
{
    static char bad[] = "nope", ok[] = "body", zh[] = "Mars/Base", eur[] = "eur", st[] = "later";
    static char *srcs_bad[] = {bad}, *srcs_ok[] = {ok};
    static char lk_bad[] = "lines.colour", lv[] = "颜色", lk_ok[] = "lines.sku",
                lv_empty[] = "a||b";
    static char *lkb[] = {lk_bad}, *lvv[] = {lv}, *lko[] = {lk_ok}, *lve[] = {lv_empty};
    static char ck[] = "lines.qty", cv[] = "数量", sk[] = "x";
    static char *ckk[] = {ck}, *cvv[] = {cv}, *skk[] = {sk}, *svv[] = {st};
    struct imap_extract_settings s = {0};

    assert_int_equal(imap_extract_validate(&s), 0);
    s.sources = (struct od_strlist){1, srcs_ok};
    assert_int_equal(imap_extract_validate(&s), 0);
    s.sources = (struct od_strlist){1, srcs_bad};
    assert_int_equal(imap_extract_validate(&s), OD_ECONFIG);
    s.sources.n = 0;
    s.encoding = bad;
    assert_int_equal(imap_extract_validate(&s), OD_ECONFIG);
    s.encoding = NULL;
    s.timezone = zh;
    assert_int_equal(imap_extract_validate(&s), OD_ECONFIG);
    s.timezone = NULL;
    s.currency = eur;
    assert_int_equal(imap_extract_validate(&s), OD_ECONFIG);
    s.currency = NULL;
    s.labels = (struct od_strmap){1, lkb, lvv};
    assert_int_equal(imap_extract_validate(&s), OD_ECONFIG);
    s.labels = (struct od_strmap){1, lko, lve};
    assert_int_equal(imap_extract_validate(&s), OD_ECONFIG);
    s.labels = (struct od_strmap){1, lko, lvv};
    assert_int_equal(imap_extract_validate(&s), 0);
    s.columns = (struct od_strmap){1, ckk, cvv}; /* no external_id */
    assert_int_equal(imap_extract_validate(&s), OD_ECONFIG);
    s.columns.n = 0;
    s.status_map = (struct od_strmap){1, skk, svv};
    assert_int_equal(imap_extract_validate(&s), OD_ECONFIG);
}

/* The key table's defaults are what a zeroed struct means. */
static void test_keys(void **state)
{
    static const char *const want[][2] = {
        {"encoding", "auto"},
        {"timezone", "Asia/Shanghai"},
        {"currency", "CNY"},
        {"default_status", "pending_payment"},
        {"max_attachments", "20"},
        {"max_depth", "10"},
        {"max_xlsx_uncompressed", "64MiB"},
        {"sources", "[attachments, body]"},
    };

    for (size_t i = 0; i < sizeof(want) / sizeof(want[0]); i++) {
        bool found = false;

        for (const struct od_config_key *k = imap_extract_keys; k->name; k++)
            if (strcmp(k->name, want[i][0]) == 0) {
                assert_non_null(k->def);
                assert_string_equal(k->def, want[i][1]);
                found = true;
            }
        assert_true(found);
    }
}

/* Dead letters retried: still bad -> OD_EINVAL and nothing; fixed ->
 * the orders. */
static void test_reparse(void **state)
{
    struct imap_extract_settings s = {0};
    struct od_batch b, r;
    struct od_dead_letter d = {0};
    size_t len;
    char *raw = slurp("mail/two_csv.eml", &len), *fixed, *at;

    run(&s, raw, len, &b);
    assert_int_equal(b.n_dead, 1);
    od_batch_init(&r, 0);
    /* the bad row alone: still bad */
    assert_int_equal(imap_extract_reparse(&s, "mail", &b.dead[0], false, &r), OD_EINVAL);
    /* the raw holds the header and the row: the row is line 2 there */
    assert_string_equal(od_error_last(),
                        "attachment orders-b.csv: line 2: lines.qty: 'abc' is not a whole number");
    assert_int_equal(r.n_orders + r.n_dead, 0);
    /* the clerk fixed the quantity */
    fixed = strdup(b.dead[0].raw);
    assert_non_null(fixed);
    at = strstr(fixed, "abc");
    assert_non_null(at);
    memcpy(at, "4  ", 3);
    d = b.dead[0];
    d.raw = fixed;
    d.raw_len = strlen(fixed);
    assert_int_equal(imap_extract_reparse(&s, "mail", &d, false, &r), 0);
    assert_int_equal(r.n_orders, 1);
    assert_string_equal(r.orders[0].order->external_id, "M-3");
    assert_int_equal(r.orders[0].order->lines[0].qty, 4);
    od_batch_free(&r);
    free(fixed);
    od_batch_free(&b);
    free(raw);

    /* a whole message: still no order */
    raw = slurp("mail/bad_qty.eml", &len);
    run(&s, raw, len, &b);
    od_batch_init(&r, 0);
    assert_int_equal(imap_extract_reparse(&s, "mail", &b.dead[0], false, &r), OD_EINVAL);
    assert_string_equal(od_error_last(), "line 4: quantity 'abc' is not a number");
    assert_int_equal(r.n_orders + r.n_dead, 0);
    od_batch_free(&b);
    free(raw);
    /* a whole message that reads now (a label added to the config) */
    {
        static char k[] = "external_id", v[] = "单据编号";
        static char *kk[] = {k}, *vv[] = {v};
        static char m[] = "Subject: x\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
                          "单据编号：LB-1\r\nA x 2 @ 1.00\r\n";
        struct od_dead_letter dm = {.source_ref = (char *)REF, .raw = m, .raw_len = strlen(m)};

        assert_int_equal(imap_extract_reparse(&s, "mail", &dm, false, &r), 0);
        assert_int_equal(r.n_orders, 1);
        assert_string_equal(r.orders[0].order->external_id, "msg-" /* no number yet */
                                                            "b395372bf75801e6");
        od_batch_free(&r);
        od_batch_init(&r, 0);
        s.labels = (struct od_strmap){1, kk, vv};
        assert_int_equal(imap_extract_reparse(&s, "mail", &dm, false, &r), 0);
        assert_int_equal(r.n_orders, 1);
        assert_string_equal(r.orders[0].order->external_id, "LB-1");
        od_batch_free(&r);
        s.labels.n = 0;
    }

    /* a cut attachment: its last row is cut, so it stays bad as a whole */
    raw = slurp("mail/truncated.eml", &len);
    run(&s, raw, len, &b);
    assert_int_equal(b.n_dead, 1);
    od_batch_init(&r, 0);
    assert_int_equal(imap_extract_reparse(&s, "mail", &b.dead[0], false, &r), OD_EINVAL);
    assert_string_equal(od_error_last(), "line 21: lines.qty is missing");
    assert_int_equal(r.n_orders + r.n_dead, 0);
    od_batch_free(&b);
    free(raw);

    /* an attachment that is no workbook stays bad */
    raw = slurp("mail/xlsx_bad.eml", &len);
    run(&s, raw, len, &b);
    assert_int_equal(imap_extract_reparse(&s, "mail", &b.dead[0], false, &r), OD_EINVAL);
    assert_string_equal(od_error_last(), "attachment orders.xlsx: not a zip file");
    od_batch_free(&r);
    od_batch_free(&b);
    free(raw);
}

/* ---- one bare file (imap_extract_file) -------------------------------- */

static void run_file(const struct imap_extract_settings *s, const char *name, const char *data,
                     size_t len, struct od_batch *b)
{
    od_batch_init(b, 0);
    assert_int_equal(imap_extract_file(s, "mail", name, name, data, len, b), 0);
    assert_true(b->n_orders + b->n_dead >= 1);
}

/* A PDF without an item table, its items printed as blocks of a label
 * and a value (an approval form): read as a mail's text is, the order
 * held for it; the last row, a labelled address, names no company. */
static void test_pdf_item_blocks(void **state)
{
    struct imap_extract_settings s = {0};
    struct od_batch b;
    size_t len;
    char *pdf = slurp("pdf/item_blocks.pdf", &len);
    const struct od_order *o;
    char m[OD_MONEY_STRLEN];

    (void)state;
    run_file(&s, "request.pdf", pdf, len, &b);
    assert_int_equal(b.n_orders, 1);
    assert_int_equal(b.n_dead, 0);
    o = b.orders[0].order;
    assert_string_equal(o->external_id, "IB-3001");
    assert_int_equal(o->n_lines, 2);
    assert_string_equal(o->lines[0].title, "Gift box");
    assert_int_equal(o->lines[0].qty, 500);
    assert_string_equal(od_money_format(o->lines[1].total, m), "780.00");
    assert_string_equal(od_money_format(o->total, m), "4180.00");
    assert_string_equal(o->ship_to.address, "12 Harbour Road, Leeds LS1 4AB");
    assert_null(o->customer.name);
    assert_non_null(strstr(o->extraction->doubts[0], "has no item table: its text was read"));
    od_batch_free(&b);
    free(pdf);
}

/* A PDF whose pages are orders of their own (each page its own number
 * and items) gives one order a page, each held for the clerk to confirm;
 * the same number on both pages is one order whose table goes on. */
static void test_pdf_orders_per_page(void **state)
{
    struct imap_extract_settings s = {0};
    struct od_batch b;
    size_t len;
    char *pdf = slurp("pdf/orders_per_page.pdf", &len);

    (void)state;
    run_file(&s, "orders.pdf", pdf, len, &b);
    assert_int_equal(b.n_orders, 2);
    assert_int_equal(b.n_dead, 0);
    assert_string_equal(b.orders[0].order->external_id, "PP-2001");
    assert_string_equal(b.orders[1].order->external_id, "PP-2002");
    assert_int_equal(b.orders[1].order->n_lines, 1);
    assert_string_equal(b.orders[1].order->lines[0].sku, "AB-2");
    assert_int_equal(b.orders[0].order->extraction->n_doubts, 1);
    assert_non_null(strstr(b.orders[1].order->extraction->doubts[0],
                           "page 2 of the PDF's 2 pages is read as an order of its own"));
    od_batch_free(&b);
    free(pdf);

    pdf = slurp("pdf/one_order_two_pages.pdf", &len);
    run_file(&s, "order.pdf", pdf, len, &b);
    assert_int_equal(b.n_orders, 1);
    assert_string_equal(b.orders[0].order->external_id, "PP-2001");
    assert_int_equal(b.orders[0].order->n_lines, 2);
    od_batch_free(&b);
    free(pdf);
}

/* A bare file is checked as a mail's attachment is: a price finer than
 * a cent holds the order (orderctl extract shows what orderd would do). */
static void test_file_fine_price(void **state)
{
    static const char csv[] = "PO,SKU,Qty,Price,Amount\nA-1,HD-1,1000,0.018,18.00\n";
    struct imap_extract_settings s = {0};
    struct od_batch b;

    (void)state;
    run_file(&s, "po.csv", csv, sizeof(csv) - 1, &b);
    assert_int_equal(b.n_orders, 1);
    assert_non_null(b.orders[0].order->extraction);
    assert_int_equal(b.orders[0].order->extraction->n_doubts, 1);
    assert_non_null(
        strstr(b.orders[0].order->extraction->doubts[0], "unit price 0.018 is finer than a cent"));
    od_batch_free(&b);
}

/* An order list exported by a spreadsheet, every cell quoted: counts
 * with thousands marks are read ("3,000"); a mark in the wrong place
 * ("3,00") is still refused. */
static void test_list_grouped_qty(void **state)
{
    static const char csv[] = "\"PO Number\",\"Vendor SKU\",\"Qty Ordered\",\"Unit Cost\"\n"
                              "\"LW-1\",\"HD-1\",\"3,000\",\"$0.57\"\n"
                              "\"LW-1\",\"HD-2\",\"12,500\",\"$0.10\"\n"
                              "\"LW-2\",\"HD-3\",\"3,00\",\"$1.00\"\n";
    struct imap_extract_settings s = {0};
    struct od_batch b;

    (void)state;
    run_file(&s, "PO_LW.csv", csv, sizeof(csv) - 1, &b);
    assert_int_equal(b.n_orders, 1);
    assert_string_equal(b.orders[0].order->external_id, "LW-1");
    assert_int_equal(b.orders[0].order->n_lines, 2);
    assert_int_equal(b.orders[0].order->lines[0].qty, 3000);
    assert_int_equal(b.orders[0].order->lines[1].qty, 12500);
    assert_int_equal(b.orders[0].order->lines[0].unit_price.e4, 5700);
    assert_int_equal(b.n_dead, 1);
    assert_non_null(strstr(b.dead[0].reason, "'3,00' is not a whole number"));
    od_batch_free(&b);
}

/* An order list whose header names the currency ("Unit Cost (AUD)")
 * and whose cells mark none: the header's currency; a cell's mark wins
 * (no change), two currencies in the header name none. */
static void test_list_header_currency(void **state)
{
    static const struct {
        const char *csv, *currency;
    } t[] = {
        {"\"PO Number\",\"SKU\",\"Qty\",\"Unit Cost (AUD)\",\"Line Total (AUD)\"\n"
         "\"P-1\",\"E-1\",\"100\",\"0.21\",\"21.00\"\n",
         "AUD"},
        {"\"PO Number\",\"SKU\",\"Qty\",\"Unit Cost (AUD)\"\n"
         "\"P-1\",\"E-1\",\"100\",\"€0.21\"\n",
         "EUR"},
        {"\"PO Number\",\"SKU\",\"Qty\",\"Unit Cost (AUD)\",\"Total (NZD)\"\n"
         "\"P-1\",\"E-1\",\"100\",\"0.21\",\"21.00\"\n",
         "CNY"},
    };

    (void)state;
    for (size_t i = 0; i < sizeof(t) / sizeof(t[0]); i++) {
        struct imap_extract_settings s = {0};
        struct od_batch b;

        run_file(&s, "po.csv", t[i].csv, strlen(t[i].csv), &b);
        assert_int_equal(b.n_orders, 1);
        if (strcmp(b.orders[0].order->currency, t[i].currency) != 0)
            fail_msg("case %zu: currency %s, want %s", i, b.orders[0].order->currency,
                     t[i].currency);
        od_batch_free(&b);
    }
}

/* An order list's totals row ("","","Total","$3,420.00") is no line:
 * it states the order's total, and a total the lines do not make holds
 * the order. Money cells marked "$" make the order's currency USD when
 * no column names one; two marks hold it. */
static void test_list_total_row(void **state)
{
    static const struct {
        const char *csv, *currency, *total, *doubt;
    } t[] = {
        {"PO,SKU,Qty,Price,Amount\nA-1,HD-1,2,$1.50,$3.00\nA-1,HD-2,1,$2.00,$2.00\n,,,Total,$5."
         "00\n",
         "USD", "5.00", NULL},
        {"PO,SKU,Qty,Price,Amount\nA-1,HD-1,2,1.50,3.00\n,,,合计,9.00\n", "CNY", "9.00",
         "the total row states 9.00; the lines, shipping and tax less discount come to 3.00"},
        {"PO,SKU,Qty,Price\nA-1,HD-1,2,€1.50\nA-1,HD-2,1,$2.00\n", "EUR", "5.00",
         "lines.unit_price is marked USD, other amounts EUR"},
        /* the words of the mail's own totals: 共计, Amount Due; a
         * subtotal row is no line and states no total */
        {"PO,SKU,Qty,Price,Amount\nA-1,HD-1,2,1.50,3.00\n,,,共计,3.00\n", "CNY", "3.00", NULL},
        {"PO,SKU,Qty,Price,Amount\nA-1,HD-1,2,1.50,3.00\n,,,Amount Due:,4.00\n", "CNY", "4.00",
         "the total row states 4.00"},
        {"PO,SKU,Qty,Price,Amount\nA-1,HD-1,2,1.50,3.00\n,,,小计,3.00\n", "CNY", "3.00", NULL},
        /* a totals row that adds up the quantities too; codes behind
         * Excel's text guard (="007") */
        {"PO,SKU,Name,Qty,Price,Amount\n=\"007\",=\"0012\",Tape,2,1.50,3.00\n"
         "=\"007\",=\"0013\",Box,1,2.00,2.00\n,,合计,3,,5.00\n",
         "CNY", "5.00", NULL},
        /* the totals word in the order-number column (旺店通's export):
         * the sum of the order above, not an order "合计" */
        {"采购单号,商家编码,采购数量,采购价,采购金额\nCG-1,XC-01,2,1.50,3.00\n"
         "CG-1,XC-02,1,2.00,2.00\n合计,,3,,5.00\n",
         "CNY", "5.00", NULL},
        {"采购单号,商家编码,采购数量,采购价,采购金额\nCG-1,XC-01,2,1.50,3.00\n合计,,2,,4.00\n",
         "CNY", "4.00", "the total row states 4.00"},
    };
    struct imap_extract_settings s = {0};

    (void)state;
    for (size_t k = 0; k < sizeof(t) / sizeof(t[0]); k++) {
        struct od_batch b;
        const struct od_order *o;
        char got[OD_MONEY_STRLEN];

        run_file(&s, "list.csv", t[k].csv, strlen(t[k].csv), &b);
        assert_int_equal(b.n_orders, 1);
        assert_int_equal(b.n_dead, 0);
        o = b.orders[0].order;
        assert_string_equal(o->currency, t[k].currency);
        assert_string_equal(od_money_format(o->total, got), t[k].total);
        if (o->external_id[0] == '0') {
            assert_string_equal(o->external_id, "007");
            assert_int_equal(o->n_lines, 2);
            assert_string_equal(o->lines[0].sku, "0012");
        }
        expect_first_doubt(o, t[k].doubt);
        od_batch_free(&b);
    }
}

/* A list's note column worded row by row (Airtable's grid: a note over
 * two lines on the first row, another on the third) is the order's note,
 * each note once, in row order; a money column that differs between rows
 * still refuses the order. */
static void test_list_row_notes(void **state)
{
    static const char csv[] = "PO Number,Product,Quantity,Unit Cost,Notes\n"
                              "BR-1,Tin,6000,$0.88,\"Print per artwork v3\nGold foil on lid\"\n"
                              "BR-1,Box,3000,$0.54,\n"
                              "BR-1,Tissue,40,$19.50,\"White, acid-free\"\n"
                              "BR-1,Carton,250,$1.60,\"White, acid-free\"\n"
                              "BR-2,Tin,10,$1.00,Rush\n"
                              "BR-3,Tin,1,$1.00,\n";
    static const char bad[] = "PO,SKU,Qty,Price,Shipping\nA-1,HD-1,2,1.50,5.00\n"
                              "A-1,HD-2,1,2.00,6.00\n";
    struct imap_extract_settings s = {0};
    struct od_batch b;

    (void)state;
    run_file(&s, "Purchase Orders-Grid view.csv", csv, sizeof(csv) - 1, &b);
    assert_int_equal(b.n_dead, 0);
    assert_int_equal(b.n_orders, 3);
    assert_int_equal(b.orders[0].order->n_lines, 4);
    assert_string_equal(b.orders[0].order->buyer_note,
                        "Print per artwork v3\nGold foil on lid; White, acid-free");
    assert_string_equal(b.orders[1].order->buyer_note, "Rush");
    od_batch_free(&b);
    run_file(&s, "list.csv", bad, sizeof(bad) - 1, &b);
    assert_int_equal(b.n_orders, 0);
    assert_int_equal(b.n_dead, 1);
    assert_non_null(strstr(b.dead[0].reason, "differs from '5.00' on line 2"));
    od_batch_free(&b);
}

/* A list's row below the lines with no quantity, code or price, a
 * charge's word and one amount is that charge of the order, not a line
 * without a quantity (聚水潭's 运费 row; a discount written negative is
 * the amount taken off); the total row under it is checked with it. A
 * row with a quantity stays a line, and a word that names no charge
 * still refuses the order. */
static void test_list_charge_row(void **state)
{
    static const struct {
        const char *csv, *shipping, *discount, *total, *doubt, *dead;
    } t[] = {
        {"采购单号,商品编码,商品名称,数量,单价,金额\nPU-1,HD-1,纸箱,10,1.50,15.00\n"
         "PU-1,HD-2,胶带,5,2.00,10.00\n,,运费,,,8.00\n,,合计,15,,33.00\n",
         "8.00", "0.00", "33.00", NULL, NULL},
        {"PO,SKU,Name,Qty,Price,Amount\nA-1,HD-1,Tape,2,1.50,3.00\n,,Freight,,,$2.00\n"
         ",,Discount,,,-1.00\n,,Total,,,4.00\n",
         "2.00", "1.00", "4.00", NULL, NULL},
        /* a stated total the charge does not make up holds the order */
        {"PO,SKU,Name,Qty,Price,Amount\nA-1,HD-1,Tape,2,1.50,3.00\n,,Freight,,,2.00\n"
         ",,Total,,,3.00\n",
         "2.00", "0.00", "3.00", "the total row states 3.00", NULL},
        /* two freight rows: added, and held */
        {"PO,SKU,Name,Qty,Price,Amount\nA-1,HD-1,Tape,2,1.50,3.00\n,,Freight,,,2.00\n"
         ",,Freight,,,1.00\n",
         "3.00", "0.00", "6.00", "a second shipping row, added to the first", NULL},
        {"PO,SKU,Name,Qty,Price,Amount\nA-1,HD-1,Tape,2,1.50,3.00\n,,Pallet,,,2.00\n", NULL, NULL,
         NULL, NULL, "lines.qty is missing"},
    };
    struct imap_extract_settings s = {0};

    (void)state;
    for (size_t k = 0; k < sizeof(t) / sizeof(t[0]); k++) {
        struct od_batch b;
        const struct od_order *o;
        char got[OD_MONEY_STRLEN];

        run_file(&s, "list.csv", t[k].csv, strlen(t[k].csv), &b);
        if (t[k].dead) {
            assert_int_equal(b.n_orders, 0);
            assert_int_equal(b.n_dead, 1);
            assert_non_null(strstr(b.dead[0].reason, t[k].dead));
            od_batch_free(&b);
            continue;
        }
        assert_int_equal(b.n_orders, 1);
        assert_int_equal(b.n_dead, 0);
        o = b.orders[0].order;
        assert_int_equal(o->n_lines, k == 0 ? 2 : 1);
        assert_string_equal(od_money_format(o->shipping, got), t[k].shipping);
        assert_string_equal(od_money_format(o->discount, got), t[k].discount);
        assert_string_equal(od_money_format(o->total, got), t[k].total);
        expect_first_doubt(o, t[k].doubt);
        od_batch_free(&b);
    }
}

/* Lists exported by shop and inventory systems: a second total column
 * right of the line's amount is the order's total (Zoho's "Item Total
 * … Total"), amounts marked US$; 1688's 货品标题 is the name (规格 its
 * specification), 买家公司名 the buyer, the freight on the first row
 * and 0.00 on the others. */
static void test_list_export_columns(void **state)
{
    static const char zoho[] = "Purchase Order#,SKU,Quantity,Rate,Item Total,Total\n"
                               "PO-3,X-1,2.00,US$1.50,US$3.00,\"US$1,005.00\"\n"
                               "PO-3,X-2,1.00,US$1002.00,\"US$1,002.00\",\"US$1,005.00\"\n";
    static const char ali[] = "订单号,买家公司名,货品标题,规格,单价(元),数量,运费(元)\n"
                              "\"=\"\"3298\"\"\",某某食品厂,纸箱,五层 加厚,2.00,10,5.00\n"
                              "\"=\"\"3298\"\"\",某某食品厂,胶带,48mm,1.00,10,0.00\n";
    struct imap_extract_settings s = {0};
    struct od_batch b;
    const struct od_order *o;
    char got[OD_MONEY_STRLEN];

    (void)state;
    run_file(&s, "PO-3.csv", zoho, sizeof(zoho) - 1, &b);
    assert_int_equal(b.n_orders, 1);
    o = b.orders[0].order;
    assert_string_equal(o->currency, "USD");
    assert_string_equal(od_money_format(o->total, got), "1005.00");
    assert_string_equal(od_money_format(o->lines[1].total, got), "1002.00");
    assert_true(!o->extraction || o->extraction->n_doubts == 0);
    od_batch_free(&b);

    run_file(&s, "list.csv", ali, sizeof(ali) - 1, &b);
    assert_int_equal(b.n_orders, 1);
    assert_int_equal(b.n_dead, 0);
    o = b.orders[0].order;
    assert_string_equal(o->external_id, "3298");
    assert_string_equal(o->customer.name, "某某食品厂");
    assert_string_equal(o->lines[0].title, "纸箱 五层 加厚");
    assert_string_equal(od_money_format(o->shipping, got), "5.00");
    assert_string_equal(od_money_format(o->total, got), "35.00");
    od_batch_free(&b);
}

/* An ERP's list (旺店通): 采购价 is the unit price; the warehouse's
 * name under 收货仓库 gives way to the address under 仓库地址. */
static void test_list_erp_columns(void **state)
{
    static const char csv[] = "采购单号,商品编码,采购数量,采购价,收货仓库,仓库地址,联系人\n"
                              "CG-1,HD-1,300,0.50,临平主仓,杭州市临平区兴国路 503 号,钟磊\n";
    struct imap_extract_settings s = {0};
    struct od_batch b;

    (void)state;
    run_file(&s, "CG-1.csv", csv, sizeof(csv) - 1, &b);
    assert_int_equal(b.n_orders, 1);
    assert_int_equal(b.orders[0].order->lines[0].unit_price.e4, 5000);
    assert_string_equal(b.orders[0].order->ship_to.address, "杭州市临平区兴国路 503 号");
    assert_string_equal(b.orders[0].order->ship_to.name, "钟磊");
    od_batch_free(&b);
}

/* A company read in capitals (a letterhead) that the signature writes
 * in small letters too is keyed as the signature spells it; one written
 * in capitals only stays so. A company the text names without a label
 * (a footer "X Ltd · address · phone") that the sender's display name
 * repeats is read, held; a footer company the sender does not name is
 * not read and holds the order as before. */
static void test_customer_spelling(void **state)
{
    static const struct {
        const char *from, *body, *customer, *doubt;
    } t[] = {
        {"Fatma <f@example.com>",
         "DHOFAR LUBAN TRADING LLC\r\nP.O. Box 1140, Salalah\r\nTel +968 2329 1140\r\n"
         "PO No: LP-1\r\nA-1 x 10 @ 2.00\r\n\r\nRegards,\r\nFatma Al Kathiri\r\n"
         "Dhofar Luban Trading LLC\r\n",
         "Dhofar Luban Trading LLC", NULL},
        {"Fatma <f@example.com>",
         "DHOFAR LUBAN TRADING LLC\r\nP.O. Box 1140, Salalah\r\nTel +968 2329 1140\r\n"
         "PO No: LP-2\r\nA-1 x 10 @ 2.00\r\n\r\nRegards,\r\nFatma Al Kathiri\r\n"
         "DHOFAR LUBAN TRADING LLC\r\n",
         "DHOFAR LUBAN TRADING LLC", NULL},
        {"\"Highlands Leaf (Pvt) Ltd\" <message-service@example.com>",
         "PO No: LP-3\r\nA-1 x 10 @ 2.00\r\n\r\n"
         "Highlands Leaf (Pvt) Ltd \u00b7 14 Queen Elizabeth Drive \u00b7 +94 52 223 4455\r\n",
         "Highlands Leaf (Pvt) Ltd", "which the sender's name repeats"},
        {"Notifier <noreply@example.com>",
         "PO No: LP-4\r\nA-1 x 10 @ 2.00\r\n\r\n"
         "Highlands Leaf (Pvt) Ltd \u00b7 14 Queen Elizabeth Drive \u00b7 +94 52 223 4455\r\n",
         NULL, "not read as the buyer"},
    };
    struct imap_extract_settings s = {0};

    (void)state;
    for (size_t k = 0; k < sizeof(t) / sizeof(t[0]); k++) {
        struct od_batch b;
        const struct od_order *o;
        struct od_buf m;

        od_buf_init(&m, 1 << 16);
        assert_int_equal(od_buf_printf(&m,
                                       "From: %s\r\nSubject: PO\r\nMessage-ID: <c%zu@x>\r\n"
                                       "Date: Fri, 20 Nov 2026 09:30:00 +0800\r\n"
                                       "Content-Type: text/plain; charset=utf-8\r\n\r\n%s",
                                       t[k].from, k, t[k].body),
                         0);
        run(&s, m.data, m.len, &b);
        assert_int_equal(b.n_orders, 1);
        o = b.orders[0].order;
        if (t[k].customer)
            assert_string_equal(o->customer.name, t[k].customer);
        else
            assert_null(o->customer.name);
        if (t[k].doubt) {
            bool found = false;

            for (size_t i = 0; o->extraction && i < o->extraction->n_doubts; i++)
                found = found || strstr(o->extraction->doubts[i], t[k].doubt);
            if (!found)
                fail_msg("case %zu: no doubt with '%s'", k, t[k].doubt);
        }
        od_batch_free(&b);
        od_buf_free(&m);
    }
}

/* A list's header in CamelCase words whose first names the row's record
 * (inFlow: ItemQuantity, ItemUnitPrice, ItemSubtotal): the rest is the
 * column's label. A rest no item column has stays unknown, and without a
 * quantity the list is refused as before. */
static void test_list_record_columns(void **state)
{
    static const struct {
        const char *csv;
        size_t orders;
        int64_t qty;
        const char *sku, *title;
    } t[] = {
        {"OrderNumber,ItemName,ItemSKU,ItemDescription,ItemQuantity,ItemUnitPrice,ItemSubtotal\n"
         "PO-214,Amber bottle,BTL-250,\"glass, dropper\",1200,0.46,552.00\n",
         1, 1200, "BTL-250", "Amber bottle glass, dropper"},
        {"OrderNumber,LineSKU,LineQuantity,LinePrice\nPO-215,BTL-500,60,0.68\n", 1, 60, "BTL-500",
         NULL},
        /* "ItemWeight", "Itemquantity": no column; no quantity, no order */
        {"OrderNumber,ItemSKU,ItemWeight,ItemUnitPrice\nPO-216,BTL-1,60,0.68\n", 0, 0, NULL, NULL},
        {"OrderNumber,ItemSKU,Itemquantity,ItemUnitPrice\nPO-217,BTL-1,60,0.68\n", 0, 0, NULL,
         NULL},
        /* Katana: "Variant code / SKU" (the known half), "Item" right
         * of it (the name), "Price per unit", "Total cost" */
        {"PO #,Variant code / SKU,Item,Quantity,Price per unit,Total cost\n"
         "PO-42,BTL-5OZ,Woozy bottle 5 oz,2400,0.48,1152.00\n",
         1, 2400, "BTL-5OZ", "Woozy bottle 5 oz"},
    };
    struct imap_extract_settings s = {0};

    (void)state;
    for (size_t k = 0; k < sizeof(t) / sizeof(t[0]); k++) {
        struct od_batch b;

        run_file(&s, "list.csv", t[k].csv, strlen(t[k].csv), &b);
        if (b.n_orders != t[k].orders)
            fail_msg("case %zu: %zu orders, want %zu", k, b.n_orders, t[k].orders);
        if (t[k].orders) {
            const struct od_line *l = &b.orders[0].order->lines[0];

            assert_int_equal(l->qty, t[k].qty);
            assert_string_equal(l->sku, t[k].sku);
            if (t[k].title)
                assert_string_equal(l->title, t[k].title);
        }
        od_batch_free(&b);
    }
}

/* A list's warehouse column (收货仓库) names the warehouse: the address
 * the mail's text labels is the ship-to, and the line under it, a job
 * title, a person and a phone (仓管 林文彬 180 …), the receiver. Without
 * an address in the text the warehouse's name stays; a text address that
 * does not hold it holds the order. */
static char *mail_from(const char *from, const char *body, const char *att_name, const char *att,
                       size_t *len);

/* The text of a list's mail: "Ship to: <place>. Contact <person> <phone>."
 * with a place of comma-parted parts and no house number is the address,
 * the person and the phone (without the rule the whole is a name, held). */
static void test_list_ship_to_contact(void **state)
{
    static const char csv[] = "OrderNumber,ItemSKU,ItemQuantity,ItemUnitPrice\n"
                              "PO-214,BTL-250,100,0.46\n";
    static const char body[] = "Our PO attached.\r\nShip to: Samoa Virgin Coconut Co., Vaitele "
                               "Industrial Estate, Apia, Samoa. Contact Tavita Leota +685 772 "
                               "3311.\r\n";
    struct imap_extract_settings s = {0};
    const struct od_order *o;
    struct od_batch b;
    size_t len;
    char *raw = mail_from("buyer@example.com", body, "list.csv", csv, &len);

    (void)state;
    run(&s, raw, len, &b);
    assert_int_equal(b.n_orders, 1);
    o = b.orders[0].order;
    assert_string_equal(o->ship_to.address,
                        "Samoa Virgin Coconut Co., Vaitele Industrial Estate, Apia, Samoa");
    assert_string_equal(o->ship_to.name, "Tavita Leota");
    assert_string_equal(o->ship_to.phone, "+685 772 3311");
    od_batch_free(&b);
    free(raw);
}

/* The text of a list's mail names the customer's own company at the
 * head of its ship-to line, or on the line over the address under the
 * ship-to's label: the address is read without it, and the order is
 * held (the corpora's clerks key it now with, now without). */
static void test_list_site_doubt(void **state)
{
    static const char csv[] = "OrderNumber,ItemSKU,ItemQuantity,ItemUnitPrice\n"
                              "PO-214,BTL-250,100,0.46\n";
    static const char *const bodies[] = {
        "Our PO attached.\r\n\r\nShip to: Vaitele Coconut Co. Ltd., 4 Harbour Road, Apia, "
        "Samoa\r\nAttn: Tavita Leota, +685 772 3311\r\n\r\nThanks!\r\nSina Leota\r\n"
        "Vaitele Coconut Co. Ltd.\r\n",
        "Our PO attached.\r\nPlease ship to:\r\nVaitele Coconut Co. Ltd.\r\n4 Harbour Road, "
        "Apia, Samoa\r\nAttn: Tavita Leota, +685 772 3311\r\n\r\nThanks,\r\nSina Leota\r\n"
        "Vaitele Coconut Co. Ltd.\r\n",
    };
    struct imap_extract_settings s = {0};

    (void)state;
    for (size_t k = 0; k < sizeof(bodies) / sizeof(bodies[0]); k++) {
        const struct od_order *o;
        struct od_batch b;
        size_t len;
        char *raw = mail_from("buyer@example.com", bodies[k], "list.csv", csv, &len);

        run(&s, raw, len, &b);
        assert_int_equal(b.n_orders, 1);
        o = b.orders[0].order;
        assert_string_equal(o->customer.name, "Vaitele Coconut Co. Ltd.");
        assert_string_equal(o->ship_to.address, "4 Harbour Road, Apia, Samoa");
        expect_first_doubt(o, "the customer's own name");
        od_batch_free(&b);
        free(raw);
    }
}

/* A list whose 收货仓 column names a warehouse ("芜湖主仓", no number)
 * and a text line labelled with that name ("送芜湖主仓："): the address
 * after the colon, the receiver after 收货人; no doubt, the text says the
 * address is the warehouse's. Another label's line leaves the name. */
static void test_list_house_line(void **state)
{
    static const char csv[] = "采购单号,SKU,采购数量,采购单价,收货仓\n"
                              "PO-41,XH-1,100,1.45,芜湖主仓\n";
    static const struct {
        const char *body, *address, *name;
    } t[] = {
        {"送芜湖主仓：安徽省芜湖市弋江区 峨溪路 16 号 果仓云仓 收货人 陶刚 18955388102\r\n",
         "安徽省芜湖市弋江区 峨溪路 16 号 果仓云仓", "陶刚"},
        {"送合肥仓：安徽省合肥市 长江路 8 号\r\n", "芜湖主仓", NULL},
    };
    struct imap_extract_settings s = {0};

    (void)state;
    for (size_t k = 0; k < sizeof(t) / sizeof(t[0]); k++) {
        const struct od_order *o;
        struct od_batch b;
        size_t len;
        char *raw = mail_from("buyer@example.com", t[k].body, "list.csv", csv, &len);

        run(&s, raw, len, &b);
        assert_int_equal(b.n_orders, 1);
        o = b.orders[0].order;
        assert_string_equal(o->ship_to.address, t[k].address);
        if (t[k].name) {
            assert_string_equal(o->ship_to.name, t[k].name);
            assert_string_equal(o->ship_to.phone, "18955388102");
            assert_true(!o->extraction || !o->extraction->n_doubts);
        }
        od_batch_free(&b);
        free(raw);
    }
}

static void test_list_warehouse_text(void **state)
{
    static const char csv[] = "采购单号,SKU,采购数量,采购单价,收货仓库\n"
                              "PO-41,XH-1,100,1.45,莆田本仓\n";
    static const struct {
        const char *body, *address, *name, *phone, *doubt;
    } t[] = {
        {"收货：福建省莆田市荔城区 工业园 18 号（莆田本仓）\r\n仓管 林文彬 180 5940 7712\r\n",
         "福建省莆田市荔城区 工业园 18 号（莆田本仓）", "林文彬", "180 5940 7712", NULL},
        {"采购单附上，谢谢\r\n", "莆田本仓", NULL, NULL, NULL},
        {"收货：福建省福州市鼓楼区 五四路 8 号\r\n", "福建省福州市鼓楼区 五四路 8 号", NULL, NULL,
         "warehouse column names '莆田本仓'"},
        /* the receiver after two spaces on the address's line: the
         * text's grid cuts it into a cell of its own */
        {"收货：福建省福州市鼓楼区 五四路 8 号  林文彬 180 5940 7712\r\n",
         "福建省福州市鼓楼区 五四路 8 号", "林文彬", "180 5940 7712",
         "warehouse column names '莆田本仓'"},
    };
    struct imap_extract_settings s = {0};

    (void)state;
    for (size_t k = 0; k < sizeof(t) / sizeof(t[0]); k++) {
        struct od_batch b;
        const struct od_order *o;
        size_t len;
        char *raw = mail_from("buyer@example.com", t[k].body, "list.csv", csv, &len);

        run(&s, raw, len, &b);
        assert_int_equal(b.n_orders, 1);
        o = b.orders[0].order;
        assert_string_equal(o->ship_to.address, t[k].address);
        if (t[k].name)
            assert_string_equal(o->ship_to.name, t[k].name);
        else
            assert_null(o->ship_to.name);
        if (t[k].phone)
            assert_string_equal(o->ship_to.phone, t[k].phone);
        if (t[k].doubt)
            expect_first_doubt(o, t[k].doubt);
        od_batch_free(&b);
        free(raw);
    }
}

/* An order list joins its specification column to the names: a second
 * name column (规格名称 after 货品名称), a header no list knows right of
 * the name (颜色及规格); 商家编码 is the SKU. A dash is no spec; a list
 * without such a column, or with a model column (规格型号), keeps the
 * names alone. */
static void test_list_spec_column(void **state)
{
    static const struct {
        const char *csv, *title0, *title1, *sku0;
    } t[] = {
        {"采购单号,商家编码,货品名称,规格名称,采购量,采购价\n"
         "CG-7,XM-1,纸盒,6枚 开窗,100,1.50\nCG-7,XM-2,底托,-,50,0.20\n",
         "纸盒 6枚 开窗", "底托", "XM-1"},
        {"采购单号,商品编码,商品名称,颜色及规格,单位,采购数量,采购单价\n"
         "PO-8,JG-1,坚果罐,PET 500g 铝盖,个,300,1.36\nPO-8,JG-2,礼盒,30袋装,个,10,7.90\n",
         "坚果罐 PET 500g 铝盖", "礼盒 30袋装", "JG-1"},
        {"采购单号,商品编码,商品名称,单位,采购数量,采购单价\n"
         "PO-9,JG-1,坚果罐,个,300,1.36\nPO-9,JG-2,礼盒,个,10,7.90\n",
         "坚果罐", "礼盒", "JG-1"},
        /* an ERP list's model column (规格型号) stays out of the name */
        {"单据编号,物料编码,物料名称,规格型号,数量,含税单价\n"
         "CG-5,HD-1,自封袋,25×35cm,80,12.08\nCG-5,HD-2,记号笔,黑色 10支/盒,30,13.00\n",
         "自封袋", "记号笔", "HD-1"},
    };
    struct imap_extract_settings s = {0};

    (void)state;
    for (size_t k = 0; k < sizeof(t) / sizeof(t[0]); k++) {
        struct od_batch b;
        const struct od_order *o;

        run_file(&s, "list.csv", t[k].csv, strlen(t[k].csv), &b);
        assert_int_equal(b.n_orders, 1);
        o = b.orders[0].order;
        assert_int_equal(o->n_lines, 2);
        assert_string_equal(o->lines[0].title, t[k].title0);
        assert_string_equal(o->lines[1].title, t[k].title1);
        assert_string_equal(o->lines[0].sku, t[k].sku0);
        od_batch_free(&b);
    }
}

static void test_file(void **state)
{
    struct imap_extract_settings s = {0};
    struct od_batch b;
    const char *csv = "订单号,商品编码,数量,单价\nF-1,A,2,1.50\nF-1,B,1,3.00\nF-2,A,abc,1\n";
    const char *txt = "PO: T-9\nA x 2 @ 1.00\nB x 1 @ 2.50\n";
    const char *nonum = "A x 2 @ 1.00\n";
    const char *html = "<p>订单号：H-3</p><table><tr><th>SKU</th><th>Qty</th><th>Price</th></tr>"
                       "<tr><td>A</td><td>4</td><td>2.00</td></tr></table>";

    (void)state;
    /* a sheet of labels: orders, and the bad row as the channel keeps it */
    run_file(&s, "in/orders.csv", csv, strlen(csv), &b);
    assert_int_equal(b.n_orders, 1);
    assert_string_equal(b.orders[0].order->external_id, "F-1");
    assert_int_equal(b.orders[0].order->n_lines, 2);
    assert_string_equal(b.orders[0].order->currency, "CNY");
    assert_int_equal(b.orders[0].order->status, OD_STATUS_PENDING_PAYMENT);
    assert_true(b.orders[0].order->placed_at == OD_TIME_NONE); /* no Date */
    assert_string_equal(b.orders[0].order->channel, "mail");
    assert_int_equal(b.n_dead, 1);
    assert_string_equal(b.dead[0].source_ref, "in/orders.csv att 1 orders.csv:4");
    assert_non_null(strstr(b.dead[0].reason, "'abc' is not a whole number"));
    od_batch_free(&b);

    /* a purchase order as text, and as HTML */
    run_file(&s, "po.txt", txt, strlen(txt), &b);
    assert_int_equal(b.n_orders, 1);
    assert_string_equal(b.orders[0].order->external_id, "T-9");
    assert_int_equal(b.orders[0].order->n_lines, 2);
    assert_null(b.orders[0].order->customer.email); /* no From */
    od_batch_free(&b);
    run_file(&s, "po.HTML", html, strlen(html), &b);
    assert_int_equal(b.n_orders, 1);
    assert_string_equal(b.orders[0].order->external_id, "H-3");
    assert_int_equal(b.orders[0].order->lines[0].qty, 4);
    od_batch_free(&b);

    /* text without an order number: named after the file's bytes */
    run_file(&s, "x.txt", nonum, strlen(nonum), &b);
    assert_int_equal(b.n_orders, 1);
    assert_int_equal(strncmp(b.orders[0].order->external_id, "file-", 5), 0);
    assert_int_equal(strlen(b.orders[0].order->external_id), 21);
    od_batch_free(&b);
}

static void test_file_dead_letters(void **state)
{
    struct imap_extract_settings s = {0};
    struct od_batch b;
    char *nul, *big;

    (void)state;
    /* nothing in it: ONE dead letter, the whole file, source_ref as given */
    run_file(&s, "notes.txt", "hello\n", 6, &b);
    assert_int_equal(b.n_orders, 0);
    assert_int_equal(b.n_dead, 1);
    assert_string_equal(b.dead[0].source_ref, "notes.txt");
    assert_string_equal(b.dead[0].reason, "no order number found");
    assert_int_equal(b.dead[0].raw_len, 6);
    assert_memory_equal(b.dead[0].raw, "hello\n", 6);
    od_batch_free(&b);

    /* empty, unknown kind, old Excel */
    run_file(&s, "empty.csv", "", 0, &b);
    assert_int_equal(b.n_orders, 0);
    assert_int_equal(b.n_dead, 1);
    od_batch_free(&b);
    run_file(&s, "letter.doc", "PO: D-1\nA x 1 @ 1\n", 18, &b);
    assert_int_equal(b.n_orders, 0);
    assert_string_equal(b.dead[0].reason,
                        "file letter.doc: not a kind of file orderd reads (by its name: .csv, "
                        ".tsv, .ndjson, .json, .xlsx, .xls, .pdf, .txt, .html ...)");
    od_batch_free(&b);
    run_file(&s, "old.xls", "\xD0\xCF\x11\xE0", 4, &b);
    assert_int_equal(b.n_orders, 0);
    /* a cut compound-file signature: .xls files are read now (xls.c) */
    assert_string_equal(b.dead[0].reason, "attachment old.xls: not an Excel 97-2003 (.xls) file");
    od_batch_free(&b);

    /* data that is not NUL-terminated and holds NUL bytes */
    nul = malloc(8);
    assert_non_null(nul);
    memcpy(nul, "PO\0X-1\nZ", 8);
    run_file(&s, "bin.json", nul, 8, &b);
    assert_int_equal(b.n_orders, 0);
    assert_int_equal(b.dead[0].raw_len, 8);
    od_batch_free(&b);
    free(nul);

    /* larger than a part of a mail may be */
    big = calloc(1, MAIL_MAX_PART + 1);
    assert_non_null(big);
    run_file(&s, "big.csv", big, MAIL_MAX_PART + 1, &b);
    assert_int_equal(b.n_orders, 0);
    assert_non_null(strstr(b.dead[0].reason, "more than the 32 MiB"));
    od_batch_free(&b);
    free(big);
}

/* The channel's extract: sources apply to files too. */
static void test_file_srcs(void **state)
{
    static char att[] = "attachments", body[] = "body";
    static char *only_att[] = {att}, *only_body[] = {body};
    struct imap_extract_settings s = {0};
    struct od_batch b;
    const char *csv = "external_id,lines.sku,lines.qty,lines.unit_price\nS-1,A,1,1\n";

    (void)state;
    s.sources.n = 1;
    s.sources.items = only_body;
    run_file(&s, "a.csv", csv, strlen(csv), &b);
    assert_int_equal(b.n_orders, 0);
    assert_string_equal(b.dead[0].reason, "file a.csv: extract.sources does not read attachments");
    od_batch_free(&b);
    s.sources.items = only_att;
    run_file(&s, "a.txt", "PO: S-2\nA x 1 @ 1\n", 18, &b);
    assert_int_equal(b.n_orders, 0);
    assert_string_equal(b.dead[0].reason,
                        "file a.txt: extract.sources does not read bodies or text files");
    od_batch_free(&b);
    run_file(&s, "a.csv", csv, strlen(csv), &b);
    assert_int_equal(b.n_orders, 1);
    assert_string_equal(b.orders[0].order->external_id, "S-1");
    od_batch_free(&b);
}

/* A configured imap channel's settings, found through its key table. */
static void write_file(const char *dir, const char *name, const char *text)
{
    char path[256];
    FILE *f;

    snprintf(path, sizeof(path), "%s/%s", dir, name);
    f = fopen(path, "w");
    assert_non_null(f);
    fputs(text, f);
    assert_int_equal(fclose(f), 0);
}

static void test_extract_channel(void **state)
{
    char dir[] = "/tmp/od-test-mail-XXXXXX", path[256], main_yaml[512];
    struct od_config *cfg = NULL;
    struct od_config_errors errs = {0};
    const struct imap_extract_settings *x = NULL;
    bool from = false;

    (void)state;
    assert_non_null(mkdtemp(dir));
    snprintf(path, sizeof(path), "%s/channels.d", dir);
    assert_int_equal(mkdir(path, 0700), 0);
    write_file(path, "m.yaml",
               "name: mail-in\nkind: imap\nimap:\n  host: 127.0.0.1\n  security: none\n"
               "  user: u\n  password: {env: OD_TEST_MAIL_PW}\n  customer_from_sender: true\n"
               "  extract:\n    currency: USD\n    sheet: Orders\n");
    write_file(path, "f.yaml", "name: files\nkind: feed\nfeed:\n  dir: /tmp\n");
    snprintf(main_yaml, sizeof(main_yaml),
             "database:\n  url: postgresql:///x\nchannels_dir: %s/channels.d\n", dir);
    write_file(dir, "orderd.yaml", main_yaml);
    setenv("OD_TEST_MAIL_PW", "pw", 1);
    snprintf(path, sizeof(path), "%s/orderd.yaml", dir);
    if (od_config_load(path, od_connectors, &cfg, &errs) < 0) {
        for (size_t i = 0; i < errs.n; i++)
            print_message("config: %s\n", errs.msgs[i]);
        fail();
    }
    assert_int_equal(imap_extract_channel(od_config_channel(cfg, "mail-in"), &x, &from), 0);
    assert_string_equal(x->currency, "USD");
    assert_string_equal(x->sheet, "Orders");
    assert_string_equal(x->timezone, "Asia/Shanghai"); /* the key's default */
    assert_true(from);
    assert_int_equal(imap_extract_channel(od_config_channel(cfg, "files"), &x, &from), OD_EINVAL);
    assert_string_equal(od_error_last(), "channel files is of kind feed, not imap");
    od_config_free(cfg);
    od_config_errors_free(&errs);
    unlink(path);
    snprintf(path, sizeof(path), "%s/channels.d/m.yaml", dir);
    unlink(path);
    snprintf(path, sizeof(path), "%s/channels.d/f.yaml", dir);
    unlink(path);
    snprintf(path, sizeof(path), "%s/channels.d", dir);
    rmdir(path);
    rmdir(dir);
}

/* ---- per-sender templates (extract.senders) ------------------------------ */

/* A configuration with one imap channel "mail" whose extract: section is
 * `extract` (YAML at four spaces of indentation, under "    extract:\n"),
 * loaded through the real key tables. Its settings are borrowed from
 * *cfg (the caller frees it with od_config_free). */
static const struct imap_extract_settings *load_extract(const char *extract, struct od_config **cfg)
{
    char dir[] = "/tmp/od-test-senders-XXXXXX", sub[256], path[256], main_yaml[512];
    struct od_config_errors errs = {0};
    const struct imap_extract_settings *x = NULL;
    struct od_buf ch;
    bool from = false;

    assert_non_null(mkdtemp(dir));
    snprintf(sub, sizeof(sub), "%s/channels.d", dir);
    assert_int_equal(mkdir(sub, 0700), 0);
    od_buf_init(&ch, 1 << 16);
    assert_int_equal(
        od_buf_printf(&ch,
                      "name: mail\nkind: imap\nimap:\n  host: 127.0.0.1\n"
                      "  security: none\n  user: u\n  password: {env: OD_TEST_MAIL_PW}\n"
                      "  extract:\n%s",
                      extract),
        0);
    write_file(sub, "m.yaml", ch.data);
    od_buf_free(&ch);
    snprintf(main_yaml, sizeof(main_yaml),
             "database:\n  url: postgresql:///x\n"
             "channels_dir: channels.d\n");
    write_file(dir, "orderd.yaml", main_yaml);
    setenv("OD_TEST_MAIL_PW", "pw", 1);
    snprintf(path, sizeof(path), "%s/orderd.yaml", dir);
    if (od_config_load(path, od_connectors, cfg, &errs) < 0) {
        for (size_t i = 0; i < errs.n; i++)
            print_message("config: %s\n", errs.msgs[i]);
        fail();
    }
    od_config_errors_free(&errs);
    unlink(path);
    snprintf(path, sizeof(path), "%s/m.yaml", sub);
    unlink(path);
    rmdir(sub);
    rmdir(dir);
    assert_int_equal(imap_extract_channel(od_config_channel(*cfg, "mail"), &x, &from), 0);
    return x;
}

/* A message from `from` with a plain UTF-8 body and, when `att_name` is
 * set, one attachment `att` (sent as 8bit). Caller frees. */
static char *mail_from(const char *from, const char *body, const char *att_name, const char *att,
                       size_t *len)
{
    struct od_buf b;

    od_buf_init(&b, 1 << 20);
    assert_int_equal(
        od_buf_printf(&b,
                      "From: Buyer <%s>\r\nSubject: Bestellung\r\n"
                      "Message-ID: <m1@x>\r\nDate: Fri, 20 Nov 2026 09:30:00 +0800\r\n",
                      from),
        0);
    if (!att_name)
        assert_int_equal(
            od_buf_printf(&b, "Content-Type: text/plain; charset=utf-8\r\n\r\n%s", body), 0);
    else
        assert_int_equal(
            od_buf_printf(&b,
                          "Content-Type: multipart/mixed; boundary=\"B\"\r\n\r\n"
                          "--B\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n%s\r\n"
                          "--B\r\nContent-Type: text/csv; charset=utf-8\r\n"
                          "Content-Disposition: attachment; filename=\"%s\"\r\n"
                          "Content-Transfer-Encoding: 8bit\r\n\r\n%s\r\n--B--\r\n",
                          body, att_name, att),
            0);
    *len = b.len;
    return od_buf_steal(&b);
}

/* A list of two orders without addresses, in a mail whose text names a
 * place for each ("思明仓：厦门市… 60 号 蔡文 0592-…") without a word of
 * delivery: each order is held to have its ship-to checked. */
static void test_list_two_orders_text_addresses(void **state)
{
    static const char csv[] = "采购单号,仓库,商品编码,采购量,采购价\n"
                              "CG-11,北仓,HD-1,100,1.50\nCG-12,南仓,HD-2,50,0.20\n";
    static const char body[] = "两张单子：\r\n"
                               "北仓：厦门市思明区 湖滨北路 60 号 北仓 蔡文 0592-5163388\r\n"
                               "南仓：厦门市集美区 杏林湾路 22 号 南仓 许强 13606012295\r\n";
    struct imap_extract_settings s = {0};
    struct od_batch b;
    size_t len;
    char *raw;

    (void)state;
    raw = mail_from("buyer@example.com", body, "list.csv", csv, &len);
    run(&s, raw, len, &b);
    assert_int_equal(b.n_orders, 2);
    for (size_t i = 0; i < 2; i++) {
        const struct od_order *o = b.orders[i].order;

        assert_non_null(o->extraction);
        assert_true(o->extraction->n_doubts >= 1);
        assert_non_null(
            strstr(o->extraction->doubts[o->extraction->n_doubts - 1], "check the ship-to"));
    }
    od_batch_free(&b);
    free(raw);
}

/* An attached order that gives no ship-to while the mail's text speaks
 * of a delivery in words no reader takes: held, whether the attachment
 * is an order list (one number on each row) or a sheet laid out by a
 * person; one whose text says nothing of a delivery is not. */
static void test_attachment_no_ship_to(void **state)
{
    static const char list[] = "采购单号,商品编码,采购量,采购价\nCG-21,HD-1,100,1.50\n"
                               "CG-21,HD-2,50,0.20\n";
    static const char form[] = "采购单号：CG-22\n\n商品编码,采购量,采购价,金额\n"
                               "HD-1,100,1.50,150.00\nHD-2,50,0.20,10.00\n";
    static const struct {
        const char *att, *body;
        bool doubt;
    } t[] = {
        {list, "这批货请尽快发往我们城东的新仓库。\r\n", true},
        {form, "这批货请尽快发往我们城东的新仓库。\r\n", true},
        {list, "采购单见附件，请查收。\r\n", false},
        {form, "采购单见附件，请查收。\r\n", false},
    };
    struct imap_extract_settings s = {0};

    (void)state;
    for (size_t k = 0; k < sizeof(t) / sizeof(t[0]); k++) {
        const struct od_order *o;
        struct od_batch b;
        bool found = false;
        size_t len;
        char *raw = mail_from("buyer@example.com", t[k].body, "po.csv", t[k].att, &len);

        run(&s, raw, len, &b);
        assert_int_equal(b.n_orders, 1);
        o = b.orders[0].order;
        assert_null(o->ship_to.address);
        for (size_t i = 0; o->extraction && i < o->extraction->n_doubts; i++)
            found = found || strstr(o->extraction->doubts[i], "no ship-to was read") != NULL;
        if (found != t[k].doubt)
            fail_msg("case %zu: doubt %d, want %d", k, found, t[k].doubt);
        od_batch_free(&b);
        free(raw);
    }
}

/* The signature's company on one line with the person and the person's
 * number ("X有限公司 黄秋萍 15960528812") names the buyer of an
 * attached order. */
static void test_attachment_signature_phone(void **state)
{
    static const char list[] = "采购单号,商品编码,采购量,采购价\nCG-23,HD-1,100,1.50\n";
    static const char body[] = "方经理：\r\n\r\n采购单见附件。\r\n\r\n"
                               "莆田某某电子商务有限公司 黄秋萍 15960520000\r\n";
    struct imap_extract_settings s = {0};
    struct od_batch b;
    size_t len;
    char *raw = mail_from("buyer@example.com", body, "po.csv", list, &len);

    (void)state;
    run(&s, raw, len, &b);
    assert_int_equal(b.n_orders, 1);
    assert_non_null(b.orders[0].order->customer.name);
    assert_string_equal(b.orders[0].order->customer.name, "莆田某某电子商务有限公司");
    od_batch_free(&b);
    free(raw);
}

#define SENDERS                                                                                    \
    "    currency: CNY\n"                                                                          \
    "    labels: {external_id: \"Ref No.\"}\n"                                                     \
    "    senders:\n"                                                                               \
    "      \"Purchasing@Acme.com\":\n"                                                             \
    "        labels: {external_id: \"Auftragsnr.|Bestell-Nr.\"}\n"                                 \
    "        currency: USD\n"                                                                      \
    "      acme.com: {currency: EUR}\n"                                                            \
    "      sh.acme.com: {currency: GBP, default_status: paid}\n"

/* Which template a From address picks: the address beats the domain,
 * the longest domain wins, subdomains match, case does not matter. */
static void test_sender_match(void **state)
{
    static const struct {
        const char *from;
        const char *name; /* NULL: no template */
    } want[] = {
        {"purchasing@acme.com", "purchasing@acme.com"},
        {"PURCHASING@ACME.COM", "purchasing@acme.com"},
        {"sales@acme.com", "acme.com"},
        {"x@eu.acme.com", "acme.com"},
        {"x@sh.acme.com", "sh.acme.com"},
        {"x@a.SH.acme.com", "sh.acme.com"},
        {"purchasing@sh.acme.com", "sh.acme.com"},
        {"x@notacme.com", NULL},
        {"x@acme.com.cn", NULL},
        {"acme.com", NULL},
        {"@acme.com", NULL},
        {"x@", NULL},
        {NULL, NULL},
    };
    struct od_config *cfg = NULL;
    const struct imap_extract_settings *s = load_extract(SENDERS, &cfg);
    const struct imap_extract_settings none = {0};

    (void)state;
    assert_int_equal(s->senders.n, 3);
    assert_string_equal(s->senders.names[0], "purchasing@acme.com"); /* lower-cased */
    for (size_t i = 0; i < sizeof(want) / sizeof(want[0]); i++) {
        const char *name = "unset";
        const struct imap_extract_settings *t = imap_extract_template(s, want[i].from, &name);

        if (!want[i].name) {
            if (t)
                print_message("%s: %s\n", want[i].from, name);
            assert_null(t);
            assert_string_equal(name, "unset");
            continue;
        }
        assert_non_null(t);
        assert_string_equal(name, want[i].name);
        assert_ptr_equal(t, od_sectmap_get(&s->senders, want[i].name));
    }
    assert_null(imap_extract_template(&none, "purchasing@acme.com", NULL));
    od_config_free(cfg);
}

/* A label only the template knows reads the mail from that sender; the
 * same mail from another sender is read without it. The template's
 * currency applies; the channel's labels stay. */
static void test_sender_labels_and_currency(void **state)
{
    const char *body = "Auftragsnr.: AC-77\r\nA-1 x 2 @ 3.00\r\n";
    const char *chan = "Ref No.: R-5\r\nA-1 x 1 @ 1.00\r\n";
    struct od_config *cfg = NULL;
    const struct imap_extract_settings *s = load_extract(SENDERS, &cfg);
    struct od_batch b;
    size_t len;
    char *raw;

    (void)state;
    raw = mail_from("purchasing@acme.com", body, NULL, NULL, &len);
    run(s, raw, len, &b);
    assert_int_equal(b.n_orders, 1);
    assert_string_equal(b.orders[0].order->external_id, "AC-77");
    assert_string_equal(b.orders[0].order->currency, "USD");
    assert_string_equal(b.orders[0].order->customer.email, "purchasing@acme.com");
    od_batch_free(&b);
    free(raw);

    /* another sender: no such label, the order number is made up */
    raw = mail_from("someone@else.com", body, NULL, NULL, &len);
    run(s, raw, len, &b);
    assert_int_equal(b.n_orders, 1);
    assert_int_equal(strncmp(b.orders[0].order->external_id, "msg-", 4), 0);
    assert_string_equal(b.orders[0].order->currency, "CNY");
    od_batch_free(&b);
    free(raw);

    /* the channel's own label still reads for the template's sender */
    raw = mail_from("purchasing@acme.com", chan, NULL, NULL, &len);
    run(s, raw, len, &b);
    assert_int_equal(b.n_orders, 1);
    assert_string_equal(b.orders[0].order->external_id, "R-5");
    od_batch_free(&b);
    free(raw);

    /* a domain's template: its currency and default status */
    raw = mail_from("ops@sh.acme.com", chan, NULL, NULL, &len);
    run(s, raw, len, &b);
    assert_int_equal(b.n_orders, 1);
    assert_string_equal(b.orders[0].order->currency, "GBP");
    assert_int_equal(b.orders[0].order->status, OD_STATUS_PAID);
    od_batch_free(&b);
    free(raw);
    raw = mail_from("ops@eu.acme.com", body, NULL, NULL, &len);
    run(s, raw, len, &b);
    assert_int_equal(b.n_orders, 1);
    assert_string_equal(b.orders[0].order->currency, "EUR");
    assert_int_equal(strncmp(b.orders[0].order->external_id, "msg-", 4), 0); /* no such label */
    od_batch_free(&b);
    free(raw);
    od_config_free(cfg);
}

/* An item table at a range whose headers only the template maps (by
 * header text and by column letter), in a CSV attachment read by the
 * sheet reader; the rows of a list, and their dead letter's ref. */
#define TABLE_TEMPLATE                                                                             \
    "    senders:\n"                                                                               \
    "      purchasing@acme.com:\n"                                                                 \
    "        labels: {external_id: \"Auftragsnr.\"}\n"                                             \
    "        table: A4:D10\n"                                                                      \
    "        columns: {lines.sku: Teil, lines.qty: Anzahl, lines.unit_price: D}\n"                 \
    "      lists.acme.com:\n"                                                                      \
    "        columns: {external_id: Auftrag, lines.sku: Teil, lines.qty: Anzahl, "                 \
    "lines.unit_price: Preis}\n"

static const char table_csv[] = "Bestellung,,,\n"
                                "Auftragsnr.,AC-9,,\n"
                                ",,,\n"
                                "Teil,Bezeichnung,Anzahl,Stückpreis\n"
                                "X-1,Schraube,10,0.50\n"
                                "X-2,Mutter,4,0.25\n";

static const char list_csv[] = "Auftrag,Teil,Anzahl,Preis\n"
                               "L-1,X-1,10,0.50\n"
                               "L-1,X-2,4,0.25\n"
                               "L-2,X-1,viele,0.50\n";

static void test_sender_table_and_columns(void **state)
{
    struct od_config *cfg = NULL;
    const struct imap_extract_settings *s = load_extract(TABLE_TEMPLATE, &cfg);
    struct od_batch b;
    char mbuf[OD_MONEY_STRLEN];
    size_t len;
    char *raw;

    (void)state;
    raw = mail_from("purchasing@acme.com", "Anbei unsere Bestellung.", "po.csv", table_csv, &len);
    run(s, raw, len, &b);
    if (b.n_dead)
        print_message("dead: %s\n", b.dead[0].reason);
    assert_int_equal(b.n_orders, 1);
    assert_string_equal(b.orders[0].order->external_id, "AC-9");
    assert_int_equal(b.orders[0].order->n_lines, 2);
    assert_string_equal(b.orders[0].order->lines[0].sku, "X-1");
    assert_int_equal(b.orders[0].order->lines[0].qty, 10);
    assert_string_equal(price(b.orders[0].order->lines[0].unit_price, mbuf), "0.50");
    assert_string_equal(b.orders[0].order->lines[1].sku, "X-2");
    assert_int_equal(b.orders[0].order->lines[1].qty, 4);
    od_batch_free(&b);
    free(raw);

    /* the same mail from another sender: no order */
    raw = mail_from("purchasing@other.com", "Anbei unsere Bestellung.", "po.csv", table_csv, &len);
    run(s, raw, len, &b);
    assert_int_equal(b.n_orders, 0);
    od_batch_free(&b);
    free(raw);

    /* an order list by the template's columns; the bad row's dead letter
     * names the sender, so that a retry finds the template again */
    raw = mail_from("erp@lists.acme.com", "Liste", "list.csv", list_csv, &len);
    run(s, raw, len, &b);
    assert_int_equal(b.n_orders, 1);
    assert_string_equal(b.orders[0].order->external_id, "L-1");
    assert_int_equal(b.orders[0].order->n_lines, 2);
    assert_int_equal(b.n_dead, 1);
    assert_string_equal(b.dead[0].source_ref, REF " from erp@lists.acme.com att 1 list.csv:4");
    {
        struct od_dead_letter d = {
            .source_ref = b.dead[0].source_ref, .raw = b.dead[0].raw, .raw_len = b.dead[0].raw_len};
        struct od_dead_letter fixed = d;
        struct od_batch r;
        char rows[] = "Auftrag,Teil,Anzahl,Preis\nL-2,X-1,7,0.50\n";
        char plain[] = REF " att 1 list.csv:4";

        /* still bad: refused, nothing out */
        od_batch_init(&r, 0);
        assert_int_equal(imap_extract_reparse(s, "mail", &d, false, &r), OD_EINVAL);
        assert_int_equal(r.n_orders, 0);
        /* fixed rows: read with the template the ref names */
        fixed.raw = rows;
        fixed.raw_len = strlen(rows);
        assert_int_equal(imap_extract_reparse(s, "mail", &fixed, false, &r), 0);
        assert_int_equal(r.n_orders, 1);
        assert_string_equal(r.orders[0].order->external_id, "L-2");
        assert_int_equal(r.orders[0].order->lines[0].qty, 7);
        od_batch_free(&r);
        /* a ref without the sender: the channel's settings, which do not
         * know these headers */
        od_batch_init(&r, 0);
        fixed.source_ref = plain;
        assert_int_equal(imap_extract_reparse(s, "mail", &fixed, false, &r), OD_EINVAL);
        od_batch_free(&r);
    }
    od_batch_free(&b);
    free(raw);

    /* a whole message retried: its From picks the template */
    raw = mail_from("purchasing@acme.com", "Anbei unsere Bestellung.", "po.csv", table_csv, &len);
    {
        struct od_dead_letter d = {
            .source_ref = (char *)(uintptr_t)REF, .raw = raw, .raw_len = len};
        struct od_batch r;

        od_batch_init(&r, 0);
        assert_int_equal(imap_extract_reparse(s, "mail", &d, false, &r), 0);
        assert_int_equal(r.n_orders, 1);
        assert_string_equal(r.orders[0].order->external_id, "AC-9");
        od_batch_free(&r);
    }
    free(raw);

    /* a bare file: the template of --sender */
    od_batch_init(&b, 0);
    assert_int_equal(imap_extract_file_from(s, "mail", "po.csv", "po.csv", table_csv,
                                            strlen(table_csv), "Purchasing@acme.com", &b),
                     0);
    assert_int_equal(b.n_orders, 1);
    assert_string_equal(b.orders[0].order->external_id, "AC-9");
    assert_null(b.orders[0].order->customer.email); /* still no From */
    od_batch_free(&b);
    od_batch_init(&b, 0);
    assert_int_equal(imap_extract_file_from(s, "mail", "po.csv", "po.csv", table_csv,
                                            strlen(table_csv), NULL, &b),
                     0);
    assert_int_equal(b.n_orders, 0);
    od_batch_free(&b);
    od_config_free(cfg);
}

/* A template's `columns: {}` drops the channel's columns for its sender
 * (given, and empty); a template without columns keeps them. */
static void test_sender_columns_dropped(void **state)
{
    struct od_config *cfg = NULL;
    const struct imap_extract_settings *s = load_extract(
        "    columns: {external_id: Auftrag, lines.sku: Teil, lines.qty: Anzahl, "
        "lines.unit_price: Preis}\n"
        "    senders:\n      none.example: {columns: {}}\n      keep.example: {currency: EUR}\n",
        &cfg);
    static const char *const from[] = {"a@none.example", "a@keep.example", "a@other.example"};
    struct od_batch b;
    size_t len;
    char *raw;

    (void)state;
    for (size_t i = 0; i < 3; i++) {
        raw = mail_from(from[i], "Liste", "list.csv", list_csv, &len);
        run(s, raw, len, &b);
        assert_int_equal(b.n_orders, i == 0 ? 0 : 1);
        if (i)
            assert_string_equal(b.orders[0].order->external_id, "L-1");
        od_batch_free(&b);
        free(raw);
    }
    od_config_free(cfg);
}

/* The template's encoding reads unlabelled 8-bit text (the channel's
 * auto would take these Big5 bytes for GB18030). */
static void test_sender_encoding(void **state)
{
    /* "訂單號：B-1" in Big5, then an item line */
    static const char big5[] = "\xad\x71\xb3\xe6\xb8\xb9\xa1\x47"
                               "B-1\r\nA-1 x 2 @ 3.00\r\n";
    struct od_config *cfg = NULL;
    const struct imap_extract_settings *s =
        load_extract("    senders:\n      big5.example: {encoding: big5}\n", &cfg);
    struct od_batch b;
    struct od_buf m;

    (void)state;
    for (int i = 0; i < 2; i++) {
        od_buf_init(&m, 4096);
        assert_int_equal(od_buf_printf(&m,
                                       "From: <a@%s>\r\nSubject: po\r\nContent-Type: text/plain\r\n"
                                       "Content-Transfer-Encoding: 8bit\r\n\r\n%s",
                                       i ? "other.example" : "tw.big5.example", big5),
                         0);
        run(s, m.data, m.len, &b);
        assert_int_equal(b.n_orders, 1);
        if (i == 0)
            assert_string_equal(b.orders[0].order->external_id, "B-1");
        else
            assert_string_not_equal(b.orders[0].order->external_id, "B-1");
        od_batch_free(&b);
        od_buf_free(&m);
    }
    od_config_free(cfg);
}

/* Names and each sender's effective settings are checked like the
 * channel's, with the sender in the message. */
static void test_sender_validate(void **state)
{
    static const struct {
        const char *name;
        bool ok;
    } names[] = {
        {"acme.com", true},      {"Purchasing@ACME.com", true},
        {"a.b.c.example", true}, {"x-y.example", true},
        {"bücher.de", true},     {"o'brien+po@acme.com", true},
        {"acme", false},         {"acme.", false},
        {".acme.com", false},    {"-a.com", false},
        {"a-.com", false},       {"a..com", false},
        {"@acme.com", false},    {"a@b@acme.com", false},
        {"a b@acme.com", false}, {"<a@acme.com>", false},
        {"*.acme.com", false},   {"", false},
        {"a@acme", false},       {".a@acme.com", false},
    };
    struct od_config *cfg = NULL;
    const struct imap_extract_settings *s;
    struct imap_extract_settings e;
    struct imap_extract_settings *t;
    char *bad;

    (void)state;
    for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); i++) {
        char buf[64];

        snprintf(buf, sizeof(buf), "%s", names[i].name);
        if ((imap_extract_sender_name(buf) == NULL) != names[i].ok)
            print_message("name %s\n", names[i].name);
        assert_int_equal(imap_extract_sender_name(buf) == NULL, names[i].ok);
    }
    {
        char buf[] = "Purchasing@ACME.com";

        assert_null(imap_extract_sender_name(buf));
        assert_string_equal(buf, "purchasing@acme.com");
    }

    s = load_extract(SENDERS "      x.example: {table: A8}\n", &cfg);
    assert_int_equal(imap_extract_validate(s), 0);
    /* the checks of the channel, on a template's values */
    e = *s;
    t = od_sectmap_get(&e.senders, "acme.com");
    assert_non_null(t);
    bad = t->currency;
    t->currency = (char *)(uintptr_t) "usd";
    assert_int_equal(imap_extract_validate(&e), OD_ECONFIG);
    assert_string_equal(od_error_last(),
                        "extract.senders.\"acme.com\".currency: 'usd' is not an ISO 4217 code like "
                        "CNY");
    t->currency = bad;
    /* effective settings: the channel's columns with a template's table */
    {
        static char k[] = "external_id", v[] = "单号";
        static char *ks[] = {k}, *vs[] = {v};

        e.columns = (struct od_strmap){1, ks, vs};
        assert_int_equal(imap_extract_validate(&e), OD_ECONFIG);
        assert_string_equal(od_error_last(),
                            "extract.senders.\"x.example\".columns: 'external_id' is not an item "
                            "column (with extract.senders.\"x.example\".table: lines.sku, "
                            "lines.title, lines.qty, lines.unit_price, lines.total)");
    }
    e.columns = s->columns;
    /* a bad name (the loader refuses it first) */
    bad = e.senders.names[1];
    e.senders.names[1] = (char *)(uintptr_t) "acme";
    assert_int_equal(imap_extract_validate(&e), OD_ECONFIG);
    assert_string_equal(od_error_last(), "extract.senders.\"acme\": is neither an address "
                                         "(local@domain) nor a domain (acme.com)");
    e.senders.names[1] = bad;
    assert_int_equal(imap_extract_validate(&e), 0);
    od_config_free(cfg);
}

/* multipart/alternative: Outlook's plain text writes a table one cell per
 * line; the HTML version is read when the plain text gives no order,
 * once, and not when the plain text gives one. */
static void test_alternative_html(void **state)
{
    static const char plain_bad[] = "订单号：PO-77\r\n\r\n商品编码\r\n数量\r\n单价\r\n\r\n"
                                    "A-1\r\n2\r\n3.00\r\n";
    static const char plain_good[] =
        "订单号：PO-77\r\n\r\n商品编码\t数量\t单价\r\nA-1\t2\t3.00\r\n";
    static const char html[] =
        "<p>订单号：PO-77</p><table><tr><td><p class=MsoNormal>商品编码</p></td><td><p>数量</p>"
        "</td><td><p>单价</p></td></tr><tr><td><p>A-1</p></td><td><p>2</p></td><td><p>3.00</p>"
        "</td></tr><tr><td><p>B-2</p></td><td><p>1</p></td><td><p>5.00</p></td></tr></table>";
    const char *plains[] = {plain_bad, plain_good};
    struct imap_extract_settings s = {0};

    (void)state;
    for (int k = 0; k < 2; k++) {
        struct od_batch b;
        char raw[4096];
        int n =
            snprintf(raw, sizeof(raw),
                     "From: a@b.cn\r\nSubject: po\r\nMessage-ID: <alt@x>\r\n"
                     "MIME-Version: 1.0\r\nContent-Type: multipart/alternative; boundary=\"B\"\r\n"
                     "\r\n--B\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n%s\r\n"
                     "--B\r\nContent-Type: text/html; charset=utf-8\r\n\r\n%s\r\n--B--\r\n",
                     plains[k], html);

        od_batch_init(&b, 0);
        assert_int_equal(imap_extract(&s, "mail", REF, raw, (size_t)n, false, &b), 0);
        assert_int_equal(b.n_orders, 1);
        assert_int_equal(b.n_dead, 0);
        assert_string_equal(b.orders[0].order->external_id, "PO-77");
        /* the HTML has two lines, the good plain text one */
        assert_int_equal(b.orders[0].order->n_lines, k == 0 ? 2 : 1);
        od_batch_free(&b);
    }
}

/* Outlook / Word HTML (issue 19): a table whose cells hold nested
 * <p class=MsoNormal>, <span style='mso-…'> and <o:p>, inside a
 * WordSection div with conditional comments, is read as a table. */
static void test_word_html_table(void **state)
{
    static const char raw[] =
        "From: a@b.cn\r\nSubject: po\r\nMessage-ID: <word@x>\r\nMIME-Version: 1.0\r\n"
        "Content-Type: text/html; charset=utf-8\r\n\r\n"
        "<html xmlns:o=\"urn:schemas-microsoft-com:office:office\"><head><style><!-- "
        "p.MsoNormal {margin:0cm;} --></style><!--[if gte mso 9]><xml><o:shapedefaults "
        "v:ext=\"edit\" /></xml><![endif]--></head><body lang=ZH-CN><div class=WordSection1>"
        "<p class=MsoNormal><span lang=EN-US>PO No: WD-7<o:p></o:p></span></p>"
        "<p class=MsoNormal><o:p>&nbsp;</o:p></p>"
        "<table class=MsoNormalTable border=0 cellspacing=0 cellpadding=0 "
        "style='border-collapse:collapse;mso-yfti-tbllook:1184'>"
        "<tr style='mso-yfti-irow:0;mso-yfti-firstrow:yes'><td width=120 valign=top "
        "style='width:90.0pt;border:solid windowtext 1.0pt;mso-border-alt:solid windowtext .5pt'>"
        "<p class=MsoNormal><b><span lang=EN-US style='mso-bidi-font-family:Calibri'>SKU<o:p>"
        "</o:p></span></b></p></td><td width=80 valign=top><p class=MsoNormal><b><span "
        "lang=EN-US>Qty<o:p></o:p></span></b></p></td><td width=80 valign=top><p "
        "class=MsoNormal align=right style='text-align:right'><b><span lang=EN-US>Unit Price"
        "<o:p></o:p></span></b></p></td></tr>"
        "<tr style='mso-yfti-irow:1'><td valign=top><p class=MsoNormal><span lang=EN-US "
        "style='mso-fareast-font-family:DengXian'>A-1<o:p></o:p></span></p></td><td "
        "valign=top><p class=MsoNormal><span lang=EN-US>2<o:p></o:p></span></p></td><td "
        "valign=top><p class=MsoNormal align=right><span lang=EN-US>3.00<o:p></o:p></span>"
        "</p></td></tr>"
        "<tr style='mso-yfti-irow:2;mso-yfti-lastrow:yes'><td valign=top><p class=MsoNormal>"
        "<span lang=EN-US>B-2<o:p></o:p></span></p><p class=MsoNormal><span lang=EN-US "
        "style='font-size:9.0pt'>red<o:p></o:p></span></p></td><td valign=top><p "
        "class=MsoNormal><span lang=EN-US>1<o:p></o:p></span></p></td><td valign=top><p "
        "class=MsoNormal align=right><span lang=EN-US>5.00<o:p></o:p></span></p></td></tr>"
        "</table><p class=MsoNormal><span lang=EN-US><o:p>&nbsp;</o:p></span></p></div>"
        "</body></html>\r\n";
    struct imap_extract_settings s = {0};
    struct od_batch b;
    const struct od_order *o;

    (void)state;
    od_batch_init(&b, 0);
    assert_int_equal(imap_extract(&s, "mail", REF, raw, sizeof(raw) - 1, false, &b), 0);
    assert_int_equal(b.n_orders, 1);
    assert_int_equal(b.n_dead, 0);
    o = b.orders[0].order;
    assert_string_equal(o->external_id, "WD-7");
    assert_int_equal(o->n_lines, 2);
    assert_string_equal(o->lines[0].sku, "A-1");
    assert_int_equal(o->lines[0].qty, 2);
    assert_int_equal(o->lines[0].unit_price.e4, 30000);
    /* two paragraphs in one cell: one cell, the code and its name */
    assert_string_equal(o->lines[1].sku, "B-2");
    assert_string_equal(o->lines[1].title, "red");
    assert_int_equal(o->lines[1].qty, 1);
    assert_int_equal(o->lines[1].unit_price.e4, 50000);
    od_batch_free(&b);
}

/* A plain-text mail of `text` under `subject` (Message-ID <tag,k@x>)
 * through imap_extract into b (the caller frees it): its one order. */
static const struct od_order *text_order(struct od_batch *b, const char *subject, const char *tag,
                                         size_t k, const char *text)
{
    struct imap_extract_settings s = {0};
    char raw[1024];
    int n = snprintf(raw, sizeof(raw),
                     "From: a@b.cn\r\nSubject: %s\r\nMessage-ID: <%s%zu@x>\r\n"
                     "Content-Type: text/plain; charset=utf-8\r\n\r\n%s",
                     subject, tag, k, text);

    assert_true(n > 0 && (size_t)n < sizeof(raw));
    od_batch_init(b, 0);
    assert_int_equal(imap_extract(&s, "mail", REF, raw, (size_t)n, false, b), 0);
    assert_int_equal(b->n_orders, 1);
    return b->orders[0].order;
}

/* Does a doubt of o hold `needle`? */
static bool has_doubt(const struct od_order *o, const char *needle)
{
    for (size_t i = 0; o->extraction && i < o->extraction->n_doubts; i++)
        if (strstr(o->extraction->doubts[i], needle))
            return true;
    return false;
}

/* A mail that asks to cancel an order, or claims for goods delivered
 * damaged, still lists the order's lines: the order read from it is held
 * with a doubt, never stored clean. A quote that speaks of cancelling
 * does not count. */
static void test_cancel_mail(void **state)
{
    static const struct {
        const char *subject, *text, *doubt;
    } t[] = {
        {"取消订单 PO-5", "订单号：PO-5\r\nA-1 x 2 @ 3.00\r\n", "asks to cancel"},
        {"PO-5", "Please cancel the order below.\r\nPO# PO-5\r\nA-1 x 2 @ 3.00\r\n",
         "asks to cancel"},
        {"【取消】采购单 PO-5 整单取消",
         "采购单 PO-5 明细如下（全部取消，请勿生产发货）：\r\nA-1 x 2 @ 3.00\r\n",
         "asks to cancel"},
        {"Damaged cartons - PO-5",
         "PO# PO-5\r\nDamaged quantity:\r\nA-1 x 2 @ 3.00\r\nTotal claim: USD 6.00\r\n",
         "claims for damaged goods"},
        {"PO-5", "订单号：PO-5\r\nA-1 x 2 @ 3.00\r\n\r\n> 如需取消订单请告知\r\n", NULL},
    };

    (void)state;
    for (size_t k = 0; k < sizeof(t) / sizeof(t[0]); k++) {
        struct od_batch b;

        expect_first_doubt(text_order(&b, t[k].subject, "c", k, t[k].text), t[k].doubt);
        od_batch_free(&b);
    }
}

/* A text's currency from a local mark (B$, TT$, KM) is read; a dollar
 * written with letters no mark spells holds the order, never the
 * channel's default taken clean. */
static void test_local_currency(void **state)
{
    static const struct {
        const char *text, *currency, *doubt;
    } t[] = {
        {"PO# PO-7\r\nItem\tQty\tUnit (B$)\tAmount (B$)\r\nA-1\t2\t3.00\t6.00\r\n", "BND", NULL},
        {"PO# PO-7\r\nItem\tQty\tUnit TT$\tLine TT$\r\nA-1\t2\t3.00\t6.00\r\n", "TTD", NULL},
        {"PO# PO-7\r\nItem\tQty\tUnit (ZQ$)\tAmount (ZQ$)\r\nA-1\t2\t3.00\t6.00\r\n", NULL,
         "a dollar orderd does not know"},
    };

    (void)state;
    for (size_t k = 0; k < sizeof(t) / sizeof(t[0]); k++) {
        struct od_batch b;
        const struct od_order *o = text_order(&b, "PO-7", "lc", k, t[k].text);

        if (t[k].currency)
            assert_string_equal(o->currency, t[k].currency);
        if (t[k].doubt)
            assert_true(has_doubt(o, t[k].doubt));
        else
            assert_true(!o->extraction || o->extraction->n_doubts == 0);
        od_batch_free(&b);
    }
}

/* A mail whose own text names a company by its legal form, when no
 * buyer was read, holds its order with the company and the line; the
 * seller's name after a supplier or greeting label, a quote, a unit
 * like "3kg" and a company read as the buyer do not. */
static void test_unread_company(void **state)
{
    static const struct {
        const char *text, *doubt;
    } t[] = {
        {"PO# PO-5\r\nA-1 x 2 @ 3.00\r\n\r\nHannah\r\nWillow & Clay Ltd \xc2\xb7 handmade "
         "ceramics\r\n",
         "the mail names the company 'Willow & Clay Ltd' (line 5 of its text)"},
        {"订单号：PO-5\r\nA-1 x 2 @ 3.00\r\n\r\n南昌茶悦堂餐饮连锁有限公司，采购部 付晴\r\n",
         "the mail names the company '南昌茶悦堂餐饮连锁有限公司' (line 4 of its text)"},
        {"PO# PO-5\r\nA-1 x 2 @ 3.00\r\nDeliver to: Becker Verpackung GmbH, Lager 2\r\n",
         "'Becker Verpackung GmbH' (line 3"},
        {"致：杭州恒达包装材料有限公司\r\n订单号：PO-5\r\nA-1 x 2 @ 3.00\r\n", NULL},
        {"PO# PO-5\r\nA-1 x 2 @ 3.00\r\n\r\n> Hengda Packaging Co., Ltd\r\n", NULL},
        {"订单号：PO-5\r\n缠绕膜 50cm 3kg\r\nA-1 x 2 @ 3.00\r\n", NULL},
        {"PO# PO-5\r\nA-1 x 2 @ 3.00\r\nThanks, Rachel\r\n", NULL},
    };

    (void)state;
    for (size_t k = 0; k < sizeof(t) / sizeof(t[0]); k++) {
        struct od_batch b;
        const struct od_order *o = text_order(&b, "PO-5", "u", k, t[k].text);

        assert_null(o->customer.name);
        if (t[k].doubt && !has_doubt(o, t[k].doubt))
            fail_msg("case %zu: no doubt '%s'", k, t[k].doubt);
        if (!t[k].doubt && has_doubt(o, "names the company"))
            fail_msg("case %zu: a doubt names a company", k);
        od_batch_free(&b);
    }
}

/* The one order the mail raw[0..n) gives (its lines counted when
 * n_lines is not 0): does a doubt of it hold `needle`? */
static bool one_order_doubt(const char *raw, int n, size_t n_lines, const char *needle)
{
    struct imap_extract_settings s = {0};
    struct od_batch b;
    const struct od_order *o;
    bool found;

    od_batch_init(&b, 0);
    assert_int_equal(imap_extract(&s, "mail", REF, raw, (size_t)n, false, &b), 0);
    assert_int_equal(b.n_orders, 1);
    o = b.orders[0].order;
    if (n_lines)
        assert_int_equal(o->n_lines, n_lines);
    found = has_doubt(o, needle);
    od_batch_free(&b);
    return found;
}

/* An order without the receiver's name and phone from a mail whose text
 * has a delivery line with a telephone on it or on the line below
 * ("Deliver: … (Kiko Lam 9381 2207)", "送货：…" / "到了打电话给杨主任 187 0855 1234"):
 * held with a doubt that names the line; a receiver read, or a mail
 * with no such line, is not held for it. */
static void test_receiver_unread(void **state)
{
    static const struct {
        const char *text;
        bool doubt;
    } t[] = {
        {"PO# PO-6\r\nA-1 x 2 @ 3.00\r\nDeliver: 9 Mill Rd Kowloon (Kiko Lam 9381 2207)\r\n", true},
        {"订单号：PO-6\r\nA-1 x 2 @ 3.00\r\n送货：贵州省黔东南州雷山县 西江镇 羊排村 加工坊\r\n"
         "到了打电话给杨主任 187 0855 1234 谢谢\r\n",
         true},
        /* a remark after the receiver's phone no longer hides him */
        {"订单号：PO-6\r\nA-1 x 2 @ 3.00\r\n送货：贵州省黔东南州雷山县 西江镇 羊排村 加工坊\r\n"
         "杨光明 187 0855 1234（白天在加工坊）\r\n",
         false},
        {"订单号：PO-6\r\nA-1 x 2 @ 3.00\r\n收货人：杨光明 187 0855 1234\r\n", false},
        {"订单号：PO-6\r\nA-1 x 2 @ 3.00\r\n送货地址和以前一样\r\n", false},
    };

    (void)state;
    for (size_t k = 0; k < sizeof(t) / sizeof(t[0]); k++) {
        struct od_batch b;
        bool found =
            has_doubt(text_order(&b, "PO-6", "r", k, t[k].text), "names who receives the goods");

        od_batch_free(&b);
        if (found != t[k].doubt)
            fail_msg("case %zu: receiver doubt %s", k, found ? "given" : "missing");
    }
}

/* An attached order list whose mail's text states another total ("货值
 * … + 运费 … = 采购总额 52,600.00 元" over lines that make 51,100.00) is
 * held naming the line; a text total equal to the order's, or an order
 * read from the text itself, is not held for it. */
static void test_stated_total_text(void **state)
{
    static const struct {
        const char *body;
        bool doubt;
    } t[] = {
        {"货值 5,000.00 + 运费 150.00（已分摊到每行）= 采购总额 5,150.00 元。", true},
        {"Grand Total: US$ 5,150.00 (freight included)", true},
        {"采购总额 5,000.00 元，请查收。", false},
        {"附件是采购单，请查收。", false},
    };
    static const char csv[] = "采购单号,SKU,采购量,含税单价,货值\r\n"
                              "PO-9,DH-1,1000,2.00,2000.00\r\nPO-9,DH-2,1000,3.00,3000.00\r\n";

    (void)state;
    for (size_t k = 0; k < sizeof(t) / sizeof(t[0]); k++) {
        char raw[2048];
        int n = snprintf(raw, sizeof(raw),
                         "From: a@b.cn\r\nSubject: PO-9\r\nMessage-ID: <st%zu@x>\r\n"
                         "MIME-Version: 1.0\r\n"
                         "Content-Type: multipart/mixed; boundary=\"b\"\r\n\r\n--b\r\n"
                         "Content-Type: text/plain; charset=utf-8\r\n\r\n%s\r\n--b\r\n"
                         "Content-Type: text/csv; charset=utf-8; name=\"po.csv\"\r\n"
                         "Content-Disposition: attachment; filename=\"po.csv\"\r\n\r\n%s"
                         "--b--\r\n",
                         k, t[k].body, csv);
        bool found = one_order_doubt(raw, n, 2, "the mail's text states 5150.00");

        if (found != t[k].doubt)
            fail_msg("case %zu: total doubt %s", k, found ? "given" : "missing");
    }
}

/* A sentence under the items that names the sum of the lines, a rebate
 * taken off it and what is paid: what is paid is the total and the
 * rebate the discount, held; without a rebate that makes the
 * arithmetic, the other amount is the clerk's to key (held, total
 * left). A total clause with clauses after it that name no figure
 * ("总共 50.00 元，确认后先付一半。") is the stated total. */
static void test_rebate_sentence(void **state)
{
    static const struct {
        const char *text, *total, *doubt;
    } t[] = {
        {"订单号：RB-9\r\n铁观音小泡袋 7g 铝箔 真空 100个 单价0.08\r\n茶叶罐 马口铁 10个 "
         "单价3.60\r\n\r\n货款44.00元，扣上季度返利4元，实付40.00元\r\n",
         "40.00", "the total 40.00 is the sum of the lines 44.00 less the rebate 4.00"},
        {"订单号：RB-9\r\n铁观音小泡袋 7g 铝箔 真空 100个 单价0.08\r\n茶叶罐 马口铁 10个 "
         "单价3.60\r\n\r\n货款44.00元，扣上季度返利3元，实付40.00元\r\n",
         "44.00", "the total to be keyed by hand"},
        /* a total clause followed by a clause without a figure */
        {"订单号：RB-9\r\n铁观音小泡袋 7g 铝箔 真空 100个 单价0.08\r\n茶叶罐 马口铁 10个 "
         "单价3.60\r\n\r\n采购单号 RB-9，总共 50.00 元，确认后先付一半。\r\n",
         "50.00", "the stated total 50.00 (line 5) is not the sum of the lines 44.00"},
    };

    (void)state;
    for (size_t k = 0; k < sizeof(t) / sizeof(t[0]); k++) {
        struct od_batch b;
        char buf[OD_MONEY_STRLEN];
        const struct od_order *o = text_order(&b, "RB-9", "rb", k, t[k].text);

        assert_string_equal(od_money_format(o->total, buf), t[k].total);
        if (!has_doubt(o, t[k].doubt))
            fail_msg("case %zu: no doubt '%s'", k, t[k].doubt);
        od_batch_free(&b);
    }
}

/* A row below the items that no reader understands sits between the
 * subtotal that was read as the total and the grand total: the grand
 * total below holds the order. A tax row with its rate ("營業稅 5%")
 * is read, and the total after it is the order's. */
static void test_later_total(void **state)
{
    static const struct {
        const char *sums, *total, *doubt;
    } t[] = {
        /* below a subtotal, the total stated last is the order's; held */
        {"小计  100.00\r\n手续费  5.00\r\n总计  105.00\r\n", "105.00",
         "states the total 105.00 below the sum 100.00 read first (line 5); the total is taken "
         "from line 7"},
        {"小计  100.00\r\n抹零后合计  99.00\r\n", "99.00", "the total is taken from line 6"},
        {"Total excl. VAT:  AED 100.00\r\nVAT 5%:  AED 5.00\r\nTotal incl. VAT:  AED 105.00\r\n",
         "105.00", NULL},
        /* a table's rows drawn with bars */
        {"| 小计 | 100.00 |\r\n| 抹零后合计 | 98.00 |\r\n", "98.00",
         "the total is taken from line 6"},
        /* two totals: the first is kept, held */
        {"合计  100.00\r\n合计  120.00\r\n", "100.00", "states another total 120.00"},
        {"小計  100.00\r\n營業稅 5%  5.00\r\n總計  105.00\r\n", "105.00", NULL},
        {"合计  100.00\r\n\r\n总计  999.00\r\n", "100.00", NULL},
        /* rows parted by blank lines (Outlook's text of a table): one
         * blank line between sums goes on, "bez" (without) names a sum
         * before tax; two blank lines end the sums */
        {"\r\nUkupno bez PDV-a  100.00\r\n\r\nPDV 17%  17.00\r\n\r\nUkupno za platiti  117.00\r\n",
         "117.00", "the total is taken from line 10"},
        {"\r\n合计  100.00\r\n\r\n\r\n总计  999.00\r\n", "100.00", NULL},
        /* an amount taken off below the sum read, by a word no list
         * knows: held */
        {"小計 HK$100.00\r\n特別回饋 -HK$5.00\r\n", "100.00",
         "line 6 takes 5.00 off below the total 100.00 that was read (line 5)"},
        /* "九五折": a rate of the price, a discount; then 總數 the total */
        {"小計  100.00\r\n九五折  -5.00\r\n總數  95.00\r\n", "95.00", NULL},
        {"小計 100.00\r\n九五折 -5.00\r\n總數 95.00\r\n", "95.00",
         "the total is taken from line 7"},
    };
    struct imap_extract_settings s = {0};

    (void)state;
    for (size_t k = 0; k < sizeof(t) / sizeof(t[0]); k++) {
        struct od_batch b;
        char raw[1024], got[OD_MONEY_STRLEN];
        const struct od_extraction *x;
        int n = snprintf(raw, sizeof(raw),
                         "From: a@b.cn\r\nSubject: PO-9\r\nMessage-ID: <t%zu@x>\r\n"
                         "Content-Type: text/plain; charset=utf-8\r\n\r\n订单号：PO-9\r\n\r\n"
                         "商品编码  数量  单价  金额\r\nA-1  2  50.00  100.00\r\n%s",
                         k, t[k].sums);

        od_batch_init(&b, 0);
        assert_int_equal(imap_extract(&s, "mail", REF, raw, (size_t)n, false, &b), 0);
        assert_int_equal(b.n_orders, 1);
        assert_string_equal(od_money_format(b.orders[0].order->total, got), t[k].total);
        x = b.orders[0].order->extraction;
        if (t[k].doubt) {
            if (!x || x->n_doubts != 1)
                fail_msg("case %zu: %zu doubts", k, x ? x->n_doubts : 0);
            if (!strstr(x->doubts[0], t[k].doubt))
                fail_msg("case %zu: %s", k, x->doubts[0]);
        } else {
            assert_true(!x || x->n_doubts == 0);
        }
        od_batch_free(&b);
    }
}

/* A sheet that names no order number anywhere: an attachment file name
 * shaped like one gives it, with a doubt; another name does not. */
/* The number shapes every reader shares (numshape.h). */
static bool comma_in(const char *s, const char *seps)
{
    return ns_decimal_comma(s, s + strlen(s), seps);
}

static bool point_in(const char *s)
{
    return ns_thousands_point(s, s + strlen(s));
}

static void test_number_shapes(void **state)
{
    char buf[64];
    const char *g;
    const char *cell = "EUR 1.176,00 net";

    (void)state;
    assert_true(comma_in("860,00", "."));
    assert_true(comma_in("0,21", "."));
    assert_true(comma_in("0,095", ""));
    assert_true(comma_in("1.176,00", "."));
    assert_false(comma_in("1 632,00", "."));
    assert_true(comma_in("1 632,00", ". "));
    assert_false(comma_in("1,176", "."));     /* a thousands comma */
    assert_false(comma_in("1.1763,00", ".")); /* groups of three only */
    assert_false(comma_in("5,095", "."));
    assert_true(point_in("1,176.00"));
    assert_false(point_in("59.00"));
    assert_false(point_in("0,176.00"));
    assert_true(ns_grouped("12 500 000", "12 500 000" + 10, ' ', &g));
    assert_false(ns_grouped("0.500", "0.500" + 5, '.', &g));
    assert_int_equal(ns_european(cell, strlen(cell), cell + 4, cell + 12, '.', buf), 15);
    assert_string_equal(buf, "EUR 1176.00 net");
}

/* Names compared case and Latin accents aside (letterfold.h). */
static void test_same_letters(void **state)
{
    static const struct {
        const char *a, *b;
        bool same;
    } t[] = {
        {"MIELES MAYAS DE YUCATÁN, S.A. DE C.V.", "Mieles Mayas de Yucatán, S.A. de C.V.", true},
        {"AÇAÍ DO PARÁ LTDA", "Açaí do Pará Ltda", true},
        {"YUCATAN", "Yucatán", true}, /* an accent left out */
        {"BRUTĂRIA CARPAȚI SRL", "Brutăria Carpați SRL", true},
        {"ŁÓDŹ", "lodz", true},
        {"Yucatán", "Yucatán SA", false},         /* not the whole name */
        {"Mieles Mayas", "Mieles  Mayas", false}, /* spaces count */
        {"和田玉枣", "和田玉枣", true},
        {"和田玉枣", "和田玉棗", false},
        {"", "", true},
    };

    (void)state;
    for (size_t i = 0; i < sizeof(t) / sizeof(t[0]); i++)
        if (mail_same_letters(t[i].a, strlen(t[i].a), t[i].b, strlen(t[i].b)) != t[i].same)
            fail_msg("'%s' and '%s': want %s", t[i].a, t[i].b, t[i].same ? "same" : "different");
}

/* Numbers grouped by spaces, as the sheet and the body total read them. */
static const char *degrouped(const char *s, bool point, char *buf)
{
    return ns_degroup_spaces(s, strlen(s), point, buf, 64) ? buf : "-";
}

static void test_degroup_spaces(void **state)
{
    char buf[64], big[300];

    (void)state;
    assert_string_equal(degrouped("1 620,00", false, buf), "1620,00");
    assert_string_equal(degrouped("12 500 000", false, buf), "12500000");
    assert_string_equal(degrouped("3\xC2\xA0"
                                  "000 \xE2\x82\xAC",
                                  false, buf),
                        "3000 \xE2\x82\xAC");
    assert_string_equal(degrouped("1\xE2\x80\xAF"
                                  "086,20",
                                  false, buf),
                        "1086,20");
    assert_string_equal(degrouped("6 517,20 \xE2\x82\xAC", true, buf), "6517.20 \xE2\x82\xAC");
    assert_string_equal(degrouped("517,20", true, buf), "517.20");
    assert_string_equal(degrouped("517,20", false, buf), "-");
    assert_string_equal(degrouped("1 234 5", false, buf), "-"); /* groups must end */
    assert_string_equal(degrouped("0 500", false, buf), "-");   /* no group starts with 0 */
    assert_string_equal(degrouped("1.234,56", true, buf), "-"); /* points group here */
    assert_string_equal(degrouped("1,176", true, buf), "-");    /* a thousands comma */
    assert_string_equal(degrouped("qty 3 pcs", true, buf), "-");
    /* Swiss thousands: an apostrophe, or the typeset one (U+2019) */
    assert_string_equal(degrouped("30'000", false, buf), "30000");
    assert_string_equal(degrouped("CHF 1'234'567.50", false, buf), "CHF 1234567.50");
    assert_string_equal(degrouped("6\xE2\x80\x99"
                                  "300.00",
                                  false, buf),
                        "6300.00");
    assert_string_equal(degrouped("12'34", false, buf), "-");       /* no group of three */
    assert_string_equal(degrouped("1'234'5", false, buf), "-");     /* groups must end */
    assert_string_equal(degrouped("rock'n'roll", false, buf), "-"); /* no number */
    memset(big, '1', sizeof(big) - 1);
    big[sizeof(big) - 1] = '\0';
    assert_int_equal(ns_degroup_spaces(big, strlen(big), true, buf, sizeof(buf)), 0);
}

static void test_id_from_file_name(void **state)
{
    static const char csv[] = "物料编码,数量,单价\nHD-1,2,3.00\n";
    struct imap_extract_settings s = {0};
    struct od_batch b;

    (void)state;
    run_file(&s, "TJ-PL-2611-09.csv", csv, sizeof(csv) - 1, &b);
    assert_int_equal(b.n_orders, 1);
    assert_string_equal(b.orders[0].order->external_id, "TJ-PL-2611-09");
    assert_non_null(strstr(b.orders[0].order->extraction->doubts[0], "file name"));
    od_batch_free(&b);
    run_file(&s, "订单.csv", csv, sizeof(csv) - 1, &b);
    assert_int_equal(b.n_orders, 1);
    assert_non_null(strstr(b.orders[0].order->external_id, "file-"));
    od_batch_free(&b);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_fixtures),
        cmocka_unit_test(test_order_raw),
        cmocka_unit_test(test_realworld),
        cmocka_unit_test(test_header_decode),
        cmocka_unit_test(test_html),
        cmocka_unit_test(test_alternative_html),
        cmocka_unit_test(test_word_html_table),
        cmocka_unit_test(test_cancel_mail),
        cmocka_unit_test(test_local_currency),
        cmocka_unit_test(test_unread_company),
        cmocka_unit_test(test_receiver_unread),
        cmocka_unit_test(test_stated_total_text),
        cmocka_unit_test(test_rebate_sentence),
        cmocka_unit_test(test_later_total),
        cmocka_unit_test(test_file_fine_price),
        cmocka_unit_test(test_list_grouped_qty),
        cmocka_unit_test(test_list_header_currency),
        cmocka_unit_test(test_pdf_orders_per_page),
        cmocka_unit_test(test_pdf_item_blocks),
        cmocka_unit_test(test_list_total_row),
        cmocka_unit_test(test_list_row_notes),
        cmocka_unit_test(test_list_charge_row),
        cmocka_unit_test(test_list_erp_columns),
        cmocka_unit_test(test_list_record_columns),
        cmocka_unit_test(test_customer_spelling),
        cmocka_unit_test(test_list_warehouse_text),
        cmocka_unit_test(test_list_site_doubt),
        cmocka_unit_test(test_list_house_line),
        cmocka_unit_test(test_list_ship_to_contact),
        cmocka_unit_test(test_list_export_columns),
        cmocka_unit_test(test_list_spec_column),
        cmocka_unit_test(test_list_two_orders_text_addresses),
        cmocka_unit_test(test_attachment_no_ship_to),
        cmocka_unit_test(test_attachment_signature_phone),
        cmocka_unit_test(test_text_hk),
        cmocka_unit_test(test_text_phone_extension),
        cmocka_unit_test(test_text_code_cells),
        cmocka_unit_test(test_text_hk_rebate),
        cmocka_unit_test(test_id_from_file_name),
        cmocka_unit_test(test_number_shapes),
        cmocka_unit_test(test_degroup_spaces),
        cmocka_unit_test(test_text),
        cmocka_unit_test(test_text_orders),
        cmocka_unit_test(test_text_item_blocks),
        cmocka_unit_test(test_unlabeled_charset),
        cmocka_unit_test(test_text_table_rows),
        cmocka_unit_test(test_amount_words),
        cmocka_unit_test(test_text_form_rows),
        cmocka_unit_test(test_text_quote_prices),
        cmocka_unit_test(test_text_fields),
        cmocka_unit_test(test_text_price_currency),
        cmocka_unit_test(test_text_document_fields),
        cmocka_unit_test(test_text_name_phone),
        cmocka_unit_test(test_text_attn_block_doubt),
        cmocka_unit_test(test_text_two_phones_doubt),
        cmocka_unit_test(test_text_two_phones_spaces_doubt),
        cmocka_unit_test(test_sources),
        cmocka_unit_test(test_settings_apply),
        cmocka_unit_test(test_limits),
        cmocka_unit_test(test_validate),
        cmocka_unit_test(test_keys),
        cmocka_unit_test(test_reparse),
        cmocka_unit_test(test_file),
        cmocka_unit_test(test_file_dead_letters),
        cmocka_unit_test(test_file_srcs),
        cmocka_unit_test(test_extract_channel),
        cmocka_unit_test(test_sender_match),
        cmocka_unit_test(test_same_letters),
        cmocka_unit_test(test_sender_labels_and_currency),
        cmocka_unit_test(test_sender_table_and_columns),
        cmocka_unit_test(test_sender_columns_dropped),
        cmocka_unit_test(test_sender_encoding),
        cmocka_unit_test(test_sender_validate),
    };

    return cmocka_run_group_tests(tests, NULL, NULL);
}
