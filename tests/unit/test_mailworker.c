/* The mail reader in a child process (connectors/imap/mailworker.c), its
 * wire formats (lib/batchwire.c, lib/settingswire.c) and the long-lived
 * child (lib/procworker.c): a mail read in the child gives what it gives
 * in-process, byte for byte, on every mail of the corpus; a mail that makes
 * the reader loop or crash is one dead letter holding the whole mail with
 * the reason, and the next mail is read by a new child; a reply that is not
 * one is refused. The retry of a dead letter and a bare file (orderctl
 * extract) go through the same child: the same results as in-process, and
 * a retry or a file that loops or crashes is a failure naming the limit
 * (the dead letter stays as it is). This program is also the child
 * (--mail-worker) and the misbehaving ones (--*-worker). */
#include <dirent.h>
#include <setjmp.h>
#include <signal.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>
#include <json-c/json.h>

#include "batchwire.h"
#include "buf.h"
#include "config.h"
#include "error.h"
#include "imap/extract.h"
#include "imap/mailworker.h"
#include "json.h"
#include "procspawn.h"
#include "settingswire.h"

#define REF "INBOX <m@x>"

static const char *const WORKER[] = {"/proc/self/exe", "--mail-worker", NULL};

static const char ORDER_MAIL[] = "From: buyer@example.com\r\n"
                                 "Subject: PO 4711\r\n"
                                 "Message-ID: <m@x>\r\n"
                                 "Content-Type: text/plain; charset=utf-8\r\n"
                                 "\r\n"
                                 "Order number: PO-4711\r\n"
                                 "SKU-1 x 2 @ 10.00\r\n"
                                 "Total: 20.00\r\n";

/* The mail with a header line before the others. */
static char *with_header(const char *header, size_t *len)
{
    size_t hl = strlen(header), ml = sizeof(ORDER_MAIL) - 1;
    char *m = malloc(hl + ml + 1);

    assert_non_null(m);
    memcpy(m, ORDER_MAIL, ml);
    /* after the first line, so that the hook's "\n" before it matches */
    {
        const char *eol = strchr(ORDER_MAIL, '\n') + 1;
        size_t first = (size_t)(eol - ORDER_MAIL);

        memcpy(m, ORDER_MAIL, first);
        memcpy(m + first, header, hl);
        memcpy(m + first + hl, ORDER_MAIL + first, ml - first);
    }
    m[hl + ml] = '\0';
    *len = hl + ml;
    return m;
}

/* Every item of a batch as text: orders as their JSON and raw, dead letters field by field. */
static char *describe(const struct od_batch *b)
{
    struct od_buf out;

    od_buf_init(&out, SIZE_MAX / 2);
    for (size_t i = 0; i < b->n_orders; i++) {
        struct json_object *j = NULL;

        assert_int_equal(od_order_to_json(b->orders[i].order, &j), 0);
        od_buf_printf(&out, "order %s\nraw %zu:", json_object_to_json_string(j),
                      b->orders[i].raw_len);
        od_buf_add(&out, b->orders[i].raw ? b->orders[i].raw : "(none)",
                   b->orders[i].raw ? b->orders[i].raw_len : 6);
        od_buf_addc(&out, '\n');
        json_object_put(j);
    }
    for (size_t i = 0; i < b->n_dead; i++) {
        const struct od_dead_letter *d = &b->dead[i];

        od_buf_printf(&out, "dead %s | %s | %s | raw %zu:", d->source_ref ? d->source_ref : "-",
                      d->external_id ? d->external_id : "-", d->reason ? d->reason : "-",
                      d->raw_len);
        od_buf_add(&out, d->raw ? d->raw : "(none)", d->raw ? d->raw_len : 6);
        od_buf_addc(&out, '\n');
    }
    return od_buf_steal(&out);
}

static char *read_all(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    char *data;
    long n;

    assert_non_null(f);
    assert_int_equal(fseek(f, 0, SEEK_END), 0);
    n = ftell(f);
    rewind(f);
    data = malloc((size_t)n + 1);
    assert_non_null(data);
    assert_int_equal(fread(data, 1, (size_t)n, f), (size_t)n);
    fclose(f);
    data[n] = '\0';
    *len = (size_t)n;
    return data;
}

/* ra/a in-process and rb/b in the child (ea: the in-process error when ra < 0) are the same
 * outcome: the same code, the same error, the same items. Frees both batches. */
static void expect_same(const char *name, int ra, const char *ea, int rb, struct od_batch *a,
                        struct od_batch *b)
{
    char *da, *db;

    if (ra != rb)
        fail_msg("%s: %d in-process, %d in the child (%s)", name, ra, rb, od_error_last());
    if (rb < 0 && strcmp(ea, od_error_last()) != 0)
        fail_msg("%s: '%s' in-process, '%s' in the child", name, ea, od_error_last());
    da = describe(a);
    db = describe(b);
    if (strcmp(da, db) != 0)
        fail_msg("%s: differs\nin-process:\n%s\nin the child:\n%s", name, da, db);
    free(da);
    free(db);
    od_batch_free(a);
    od_batch_free(b);
}

/* The same mail, in-process and in the child (`r`), gives the same items. */
static void same_both_ways(struct imap_reader *r, const struct imap_extract_settings *s,
                           const char *raw, size_t len, const char *name)
{
    struct od_batch a, b;
    char ea[OD_BATCHWIRE_DETAIL_MAX + 1] = "";
    int ra, rb;

    od_batch_init(&a, 0);
    od_batch_init(&b, 0);
    ra = imap_extract(s, "mail", REF, raw, len, true, &a);
    if (ra < 0)
        snprintf(ea, sizeof(ea), "%s", od_error_last());
    rb = imap_read_message(r, s, "mail", REF, raw, len, true, &b);
    expect_same(name, ra, ea, rb, &a, &b);
}

/* Every .eml of a directory, both ways. Returns how many. */
static size_t corpus_dir(struct imap_reader *r, const struct imap_extract_settings *s,
                         const char *dir)
{
    struct dirent *e;
    size_t n = 0;
    DIR *d = opendir(dir);

    if (!d)
        return 0;
    while ((e = readdir(d))) {
        size_t nl = strlen(e->d_name), len;
        char path[4096], *raw;

        if (nl < 5 || strcmp(e->d_name + nl - 4, ".eml") != 0)
            continue;
        snprintf(path, sizeof(path), "%s/%s", dir, e->d_name);
        raw = read_all(path, &len);
        same_both_ways(r, s, raw, len, path);
        free(raw);
        n++;
    }
    closedir(d);
    return n;
}

static void test_corpus_same_in_child(void **state)
{
    static const char *const sets[] = {"gen",    "hand",   "fresh",  "fresh2", "fresh3", "fresh4",
                                       "fresh5", "fresh6", "fresh7", "fresh8", "fresh9", "fresh10"};
    struct imap_extract_settings s = {0};
    struct imap_reader r;
    size_t n = 0;
    char dir[4096];

    (void)state;
    imap_reader_init(&r, 0, 0);
    for (size_t i = 0; i < sizeof(sets) / sizeof(sets[0]); i++) {
        snprintf(dir, sizeof(dir), "%s/po-corpus/%s", TEST_DATA_DIR, sets[i]);
        n += corpus_dir(&r, &s, dir);
    }
    snprintf(dir, sizeof(dir), "%s/../fuzz/corpus/mail", TEST_DATA_DIR);
    n += corpus_dir(&r, &s, dir);
    assert_true(n >= 798);            /* 750 of the corpus, 48 of the fuzz seeds */
    assert_int_equal(r.proc.runs, 1); /* one child read them all */
    imap_reader_free(&r);
}

/* Settings with every kind of value, through the wire and back: equal. */
static void test_settings_round_trip(void **state)
{
    struct od_buf a, b;
    struct imap_extract_settings s = {0}, back = {0};
    char *keys[] = {"order_id"}, *values[] = {"PO No|采购单号"};
    char *items[] = {"attachments", "body"};

    (void)state;
    s.sheet = "Sheet 1";
    s.currency = "USD";
    s.labels = (struct od_strmap){1, keys, values};
    s.sources = (struct od_strlist){2, items};
    s.max_attachments = 7;
    s.columns = (struct od_strmap){0, (char *[]){NULL}, (char *[]){NULL}}; /* given, empty */
    od_buf_init(&a, SIZE_MAX / 2);
    od_buf_init(&b, SIZE_MAX / 2);
    assert_int_equal(od_settings_encode(imap_extract_keys, &s, &a), 0);
    assert_int_equal(od_settings_decode(imap_extract_keys, a.data, a.len, &back), 0);
    assert_string_equal(back.sheet, "Sheet 1");
    assert_null(back.table);
    assert_string_equal(od_strmap_get(&back.labels, "order_id"), "PO No|采购单号");
    assert_int_equal(back.sources.n, 2);
    assert_int_equal(back.max_attachments, 7);
    assert_non_null(back.columns.keys); /* `columns: {}` stays given */
    assert_null(back.status_map.keys);
    assert_int_equal(od_settings_encode(imap_extract_keys, &back, &b), 0);
    assert_int_equal(a.len, b.len);
    assert_memory_equal(a.data, b.data, a.len);
    /* every cut is refused, and freed */
    for (size_t cut = 0; cut < a.len; cut++) {
        struct imap_extract_settings part = {0};

        assert_int_equal(od_settings_decode(imap_extract_keys, a.data, cut, &part), OD_EINVAL);
        od_settings_free(imap_extract_keys, &part);
    }
    od_settings_free(imap_extract_keys, &back);
    od_buf_free(&a);
    od_buf_free(&b);
}

/* A reply cut anywhere, or with a byte changed in its head, is refused. */
static void test_reply_parser(void **state)
{
    struct imap_extract_settings s = {0};
    struct od_batch b, back;
    struct od_buf w;
    char detail[OD_BATCHWIRE_DETAIL_MAX + 1];
    int code = -1;

    (void)state;
    od_batch_init(&b, 0);
    assert_int_equal(imap_extract(&s, "mail", REF, ORDER_MAIL, sizeof(ORDER_MAIL) - 1, true, &b),
                     0);
    assert_int_equal(b.n_orders, 1);
    assert_int_equal(od_batch_add_dead(&b, "ref", NULL, "why", "r\0w", 3), 0);
    od_buf_init(&w, SIZE_MAX / 2);
    assert_int_equal(od_batchwire_encode(0, "", &b, &w), 0);
    od_batch_init(&back, 0);
    assert_int_equal(
        od_batchwire_parse(w.data, w.len, "mail", &back, &code, detail, sizeof(detail)), 0);
    assert_int_equal(code, 0);
    assert_int_equal(back.n_orders, 1);
    assert_int_equal(back.n_dead, 1);
    assert_int_equal(back.dead[0].raw_len, 3);
    assert_memory_equal(back.dead[0].raw, "r\0w", 3);
    od_batch_free(&back);
    for (size_t cut = 0; cut < w.len; cut++) {
        od_batch_init(&back, 0);
        assert_int_equal(
            od_batchwire_parse(w.data, cut, "mail", &back, &code, detail, sizeof(detail)),
            OD_EINVAL);
        od_batch_free(&back);
    }
    /* a failure carries no items; a result at least one */
    od_buf_reset(&w);
    assert_int_equal(od_batchwire_encode(OD_ETOOBIG, "attachment a.xlsx: too big", NULL, &w), 0);
    od_batch_init(&back, 0);
    assert_int_equal(
        od_batchwire_parse(w.data, w.len, "mail", &back, &code, detail, sizeof(detail)), 0);
    assert_int_equal(code, OD_ETOOBIG);
    assert_string_equal(detail, "attachment a.xlsx: too big");
    w.data[8] = 0; /* code 0 with a detail */
    w.data[9] = w.data[10] = w.data[11] = 0;
    assert_int_equal(
        od_batchwire_parse(w.data, w.len, "mail", &back, &code, detail, sizeof(detail)), OD_EINVAL);
    od_batch_free(&back);
    od_batch_free(&b);
    od_buf_free(&w);
}

/* A reader that fails on one mail: that mail is one dead letter with the whole mail and
 * `why`, and the next mail of the same reader is read (by a new child). */
static void fails_then_reads(const char *const *argv, const char *header, int64_t timeout_ms,
                             const char *why)
{
    struct imap_extract_settings s = {0};
    struct imap_reader r;
    struct od_batch b;
    size_t len;
    char *bad = with_header(header, &len);

    assert_int_equal(imap_mail_set_worker(argv), 0);
    imap_reader_init(&r, timeout_ms, 0);
    od_batch_init(&b, 0);
    assert_int_equal(imap_read_message(&r, &s, "mail", REF, bad, len, true, &b), 0);
    assert_int_equal(b.n_orders, 0);
    assert_int_equal(b.n_dead, 1);
    if (!strstr(b.dead[0].reason, why))
        fail_msg("reason '%s', want '%s'", b.dead[0].reason, why);
    assert_string_equal(b.dead[0].source_ref, REF);
    assert_int_equal(b.dead[0].raw_len, len);
    assert_memory_equal(b.dead[0].raw, bad, len);
    assert_int_equal(r.proc.pid, -1); /* killed and reaped */
    od_batch_reset(&b);
    assert_int_equal(imap_mail_set_worker(WORKER), 0);
    imap_reader_free(&r);
    imap_reader_init(&r, timeout_ms, 0);
    assert_int_equal(
        imap_read_message(&r, &s, "mail", REF, ORDER_MAIL, sizeof(ORDER_MAIL) - 1, true, &b), 0);
    assert_int_equal(b.n_orders, 1);
    assert_string_equal(b.orders[0].order->external_id, "PO-4711");
    assert_string_equal(b.orders[0].order->channel, "mail");
    od_batch_free(&b);
    imap_reader_free(&r);
    free(bad);
}

static void test_bad_workers(void **state)
{
    static const char *const garbage[] = {"/proc/self/exe", "--garbage-worker", NULL};
    static const char *const flood[] = {"/proc/self/exe", "--flood-worker", NULL};
    static const char *const quit[] = {"/proc/self/exe", "--exit-worker", NULL};
    static const char *const hang[] = {"/proc/self/exe", "--hang-worker", NULL};

    (void)state;
    fails_then_reads(garbage, "", 10000, "mail reader: malformed reply");
    fails_then_reads(flood, "", 10000, "larger than the mail reader may send");
    fails_then_reads(quit, "", 10000, "stopped the mail reader (exit status 3)");
    fails_then_reads(hang, "", 1000, "reading the mail took longer than 1 s");
}

#ifdef OD_TEST_HOOKS
/* The extractor loops (a bug like 251390e's) or crashes: the hooks of mailworker.c. */
static void test_reader_loops(void **state)
{
    (void)state;
    fails_then_reads(WORKER, "X-Orderd-Test-Reader: loop\r\n", 1500,
                     "reading the mail took longer than 1.5 s");
    fails_then_reads(WORKER, "X-Orderd-Test-Reader: crash\r\n", 10000,
                     "reading the mail crashed the mail reader (signal 11");
}
#endif

/* The loop, in one channel's sequence: the good mail after it is read by the same reader. */
static void test_next_mail_same_reader(void **state)
{
    struct imap_extract_settings s = {0};
    struct imap_reader r;
    struct od_batch b;
    size_t len;
    char *bad = with_header("X-Orderd-Test-Reader: loop\r\n", &len);

    (void)state;
    imap_reader_init(&r, 1000, 0);
    od_batch_init(&b, 0);
    assert_int_equal(
        imap_read_message(&r, &s, "mail", REF, ORDER_MAIL, sizeof(ORDER_MAIL) - 1, true, &b), 0);
    assert_int_equal(imap_read_message(&r, &s, "mail", REF, bad, len, true, &b), 0);
    assert_int_equal(
        imap_read_message(&r, &s, "mail", REF, ORDER_MAIL, sizeof(ORDER_MAIL) - 1, true, &b), 0);
#ifdef OD_TEST_HOOKS
    assert_int_equal(b.n_orders, 2);
    assert_int_equal(b.n_dead, 1);
    assert_int_equal(r.proc.runs, 2);
#else
    assert_int_equal(b.n_orders, 3); /* the hook is not built: an order like the others */
#endif
    od_batch_free(&b);
    imap_reader_free(&r);
    free(bad);
}

/* A child killed from outside between two mails: the next mail starts a new one. */
static void test_child_killed_between_mails(void **state)
{
    struct imap_extract_settings s = {0};
    struct imap_reader r;
    struct od_batch b;

    (void)state;
    imap_reader_init(&r, 10000, 0);
    od_batch_init(&b, 0);
    assert_int_equal(
        imap_read_message(&r, &s, "mail", REF, ORDER_MAIL, sizeof(ORDER_MAIL) - 1, true, &b), 0);
    assert_int_equal(kill(r.proc.pid, SIGKILL), 0);
    usleep(100000);
    assert_int_equal(
        imap_read_message(&r, &s, "mail", REF, ORDER_MAIL, sizeof(ORDER_MAIL) - 1, true, &b), 0);
    assert_int_equal(b.n_orders, 2);
    assert_int_equal(b.n_dead, 0);
    assert_int_equal(r.proc.runs, 2);
    od_batch_free(&b);
    imap_reader_free(&r);
}

/* ---- the retry of a dead letter and a bare file, in the child ------------------ */

/* The same dead letter retried in-process and in the child: the same code, detail and items. */
static void same_retry(struct imap_reader *r, const struct imap_extract_settings *s,
                       const struct od_dead_letter *d, const char *name)
{
    struct od_batch a, b;
    char ea[OD_BATCHWIRE_DETAIL_MAX + 1] = "";
    int ra, rb;

    od_batch_init(&a, 0);
    od_batch_init(&b, 0);
    ra = imap_extract_reparse(s, "mail", d, true, &a);
    if (ra < 0)
        snprintf(ea, sizeof(ea), "%s", od_error_last());
    rb = imap_read_reparse(r, s, "mail", d, true, &b);
    expect_same(name, ra, ea, rb, &a, &b);
}

/* Every dead letter that the mails of a corpus set give, retried both ways: a whole message
 * and the rows or bytes of an attachment. Returns how many. */
static size_t retry_dir(struct imap_reader *r, const struct imap_extract_settings *s,
                        const char *dir)
{
    struct dirent *e;
    size_t n = 0;
    DIR *d = opendir(dir);

    assert_non_null(d);
    while ((e = readdir(d))) {
        size_t nl = strlen(e->d_name), len;
        char path[4096], *raw;
        struct od_batch b;

        if (nl < 5 || strcmp(e->d_name + nl - 4, ".eml") != 0)
            continue;
        snprintf(path, sizeof(path), "%s/%s", dir, e->d_name);
        raw = read_all(path, &len);
        od_batch_init(&b, 0);
        if (imap_extract(s, "mail", REF, raw, len, true, &b) == 0)
            for (size_t i = 0; i < b.n_dead; i++, n++)
                same_retry(r, s, &b.dead[i], path);
        od_batch_free(&b);
        free(raw);
    }
    closedir(d);
    return n;
}

static void test_retry_same_in_child(void **state)
{
    struct imap_extract_settings s = {0};
    struct od_dead_letter good = {
        .source_ref = REF, .raw = (char *)(uintptr_t)ORDER_MAIL, .raw_len = sizeof(ORDER_MAIL) - 1};
    struct imap_reader r;
    size_t n = 0;
    char dir[4096];

    (void)state;
    imap_reader_init(&r, 0, 0);
    same_retry(&r, &s, &good, "a good mail");
    for (const char *const *set = (const char *const[]){"hand", "fresh", "fresh5", NULL}; *set;
         set++) {
        snprintf(dir, sizeof(dir), "%s/po-corpus/%s", TEST_DATA_DIR, *set);
        n += retry_dir(&r, &s, dir);
    }
    assert_true(n >= 20);
    assert_int_equal(r.proc.runs, 1);
    imap_reader_free(&r);
}

/* One bare file, in-process and in the child: the same code and items. */
static void same_file(struct imap_reader *r, const struct imap_extract_settings *s,
                      const char *name, const char *data, size_t len)
{
    struct od_batch a, b;
    char ea[OD_BATCHWIRE_DETAIL_MAX + 1] = "";
    int ra, rb;

    od_batch_init(&a, 0);
    od_batch_init(&b, 0);
    ra = imap_extract_file_from(s, "mail", name, name, data, len, NULL, &a);
    if (ra < 0)
        snprintf(ea, sizeof(ea), "%s", od_error_last());
    rb = imap_read_file(r, s, "mail", name, name, data, len, NULL, &b);
    expect_same(name, ra, ea, rb, &a, &b);
}

static size_t files_dir(struct imap_reader *r, const struct imap_extract_settings *s,
                        const char *dir)
{
    struct dirent *e;
    size_t n = 0;
    DIR *d = opendir(dir);

    assert_non_null(d);
    while ((e = readdir(d))) {
        char path[4096], *data;
        size_t len;

        /* the bombs are the document worker's to bound: in-process here they take minutes */
        if (e->d_name[0] == '.' || strstr(e->d_name, "bomb"))
            continue;
        snprintf(path, sizeof(path), "%s/%s", dir, e->d_name);
        data = read_all(path, &len);
        same_file(r, s, path, data, len);
        free(data);
        n++;
    }
    closedir(d);
    return n;
}

static void test_files_same_in_child(void **state)
{
    static const char csv[] = "order_id,sku,qty,unit_price\nPO-1,A,2,3.50\nPO-1,B,x,1\n";
    static const char text[] = "Order number: PO-4711\nSKU-1 x 2 @ 10.00\nTotal: 20.00\n";
    struct imap_extract_settings s = {0};
    struct imap_reader r;
    size_t n = 0;
    char dir[4096];

    (void)state;
    imap_reader_init(&r, 0, 0);
    same_file(&r, &s, "po.csv", csv, sizeof(csv) - 1);
    same_file(&r, &s, "po.txt", text, sizeof(text) - 1);
    same_file(&r, &s, "po.doc", text, sizeof(text) - 1); /* not a kind orderd reads */
    for (const char *const *sub = (const char *const[]){"xlsx", "xls", "pdf", NULL}; *sub; sub++) {
        snprintf(dir, sizeof(dir), "%s/%s", TEST_DATA_DIR, *sub);
        n += files_dir(&r, &s, dir);
    }
    assert_true(n >= 65);
    assert_int_equal(r.proc.runs, 1);
    imap_reader_free(&r);
}

#ifdef OD_TEST_HOOKS
/* A dead letter whose retry loops or crashes the reader: OD_EINVAL naming the limit (the retry
 * path records it and leaves the dead letter open), nothing in `out`, and the next retry of
 * the same reader is read by a new child. */
static void retry_fails(const char *header, int64_t timeout_ms, const char *why)
{
    struct imap_extract_settings s = {0};
    struct imap_reader r;
    struct od_batch b;
    size_t len;
    char *bad = with_header(header, &len);
    struct od_dead_letter d = {.source_ref = REF, .raw = bad, .raw_len = len};
    struct od_dead_letter good = {
        .source_ref = REF, .raw = (char *)(uintptr_t)ORDER_MAIL, .raw_len = sizeof(ORDER_MAIL) - 1};
    double t0;

    imap_reader_init(&r, timeout_ms, 0);
    od_batch_init(&b, 0);
    t0 = od_spawn_now();
    assert_int_equal(imap_read_reparse(&r, &s, "mail", &d, true, &b), OD_EINVAL);
    assert_true(od_spawn_now() - t0 < (double)timeout_ms / 1000.0 + 5);
    if (!strstr(od_error_last(), why))
        fail_msg("error '%s', want '%s'", od_error_last(), why);
    assert_int_equal(b.n_orders + b.n_dead, 0);
    assert_int_equal(r.proc.pid, -1);
    assert_int_equal(imap_read_reparse(&r, &s, "mail", &good, true, &b), 0);
    assert_int_equal(b.n_orders, 1);
    assert_string_equal(b.orders[0].order->external_id, "PO-4711");
    assert_int_equal(r.proc.runs, 2);
    od_batch_free(&b);
    imap_reader_free(&r);
    free(bad);
}

static void test_retry_loops(void **state)
{
    (void)state;
    retry_fails("X-Orderd-Test-Reader: loop\r\n", 1500,
                "reading the dead letter again took longer than 1.5 s (the channel's "
                "read_timeout)");
    retry_fails("X-Orderd-Test-Reader: crash\r\n", 10000,
                "reading the dead letter again crashed the mail reader (signal 11");
}

/* A bare file that loops or crashes the reader: OD_ETOOBIG naming the limit, nothing in
 * `out`; the next file is read. */
static void test_file_loops(void **state)
{
    static const char good[] = "order_id,sku,qty,unit_price\nPO-1,A,2,3.50\n";
    static const char *const bad[] = {"order_id,sku,qty,unit_price\n"
                                      "X-Orderd-Test-Reader: loop\nPO-1,A,2,3.50\n",
                                      "order_id,sku,qty,unit_price\n"
                                      "X-Orderd-Test-Reader: crash\nPO-1,A,2,3.50\n"};
    static const char *const why[] = {"reading the file took longer than 1.5 s",
                                      "reading the file crashed the mail reader (signal 11"};
    struct imap_extract_settings s = {0};
    struct imap_reader r;
    struct od_batch b;

    (void)state;
    imap_reader_init(&r, 1500, 0);
    od_batch_init(&b, 0);
    for (size_t i = 0; i < 2; i++) {
        assert_int_equal(
            imap_read_file(&r, &s, "", "po.csv", "po.csv", bad[i], strlen(bad[i]), NULL, &b),
            OD_ETOOBIG);
        if (!strstr(od_error_last(), why[i]))
            fail_msg("error '%s', want '%s'", od_error_last(), why[i]);
        assert_int_equal(b.n_orders + b.n_dead, 0);
        assert_int_equal(
            imap_read_file(&r, &s, "", "po.csv", "po.csv", good, sizeof(good) - 1, NULL, &b), 0);
        assert_int_equal(b.n_orders, 1);
        od_batch_reset(&b);
    }
    assert_int_equal(r.proc.runs, 3);
    od_batch_free(&b);
    imap_reader_free(&r);
}
#endif

/* This program as a worker: the real one, and the ways one can go wrong. */
static int run_worker(const char *mode)
{
    char chunk[4096];

    if (strcmp(mode, "--mail-worker") == 0)
        return imap_mail_worker_main(0, 1);
    if (strcmp(mode, "--garbage-worker") == 0) { /* a frame of 8 bytes that are no reply */
        static const char junk[] = "\x08\0\0\0\0\0\0\0ODB1junk";

        while (read(0, chunk, sizeof(chunk)) > 0 && write(1, junk, sizeof(junk) - 1) > 0)
            ;
        return 0;
    }
    if (strcmp(mode, "--flood-worker") == 0) { /* says it sends more than a reply can be */
        static const char huge[] = "\xff\xff\xff\xff\xff\xff\xff\x0f";

        if (read(0, chunk, sizeof(chunk)) > 0 && write(1, huge, 8) > 0)
            pause();
        return 0;
    }
    if (strcmp(mode, "--exit-worker") == 0) {
        if (read(0, chunk, sizeof(chunk)) < 0)
            return 1;
        return 3;
    }
    if (strcmp(mode, "--hang-worker") == 0) {
        for (;;)
            pause();
    }
    return 4;
}

/* The children's framed reads: a whole frame, the end between frames, the end inside one. */
static void test_read_all(void **state)
{
    char buf[8] = "";
    int fd[2];

    (void)state;
    assert_int_equal(pipe(fd), 0);
    assert_int_equal(write(fd[1], "abcde", 5), 5);
    assert_int_equal(close(fd[1]), 0);
    assert_int_equal(od_spawn_read_all(fd[0], buf, 3), 1);
    assert_memory_equal(buf, "abc", 3);
    assert_int_equal(od_spawn_read_all(fd[0], buf, 0), 1);
    assert_int_equal(od_spawn_read_all(fd[0], buf, 3), -1);
    assert_int_equal(od_spawn_read_all(fd[0], buf, 3), 0);
    close(fd[0]);
}

int main(int argc, char **argv)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_read_all),
        cmocka_unit_test(test_settings_round_trip),
        cmocka_unit_test(test_reply_parser),
        cmocka_unit_test(test_corpus_same_in_child),
        cmocka_unit_test(test_bad_workers),
#ifdef OD_TEST_HOOKS
        cmocka_unit_test(test_reader_loops),
#endif
        cmocka_unit_test(test_next_mail_same_reader),
        cmocka_unit_test(test_child_killed_between_mails),
        cmocka_unit_test(test_retry_same_in_child),
        cmocka_unit_test(test_files_same_in_child),
#ifdef OD_TEST_HOOKS
        cmocka_unit_test(test_retry_loops),
        cmocka_unit_test(test_file_loops),
#endif
    };

    if (argc == 2 && strncmp(argv[1], "--", 2) == 0)
        return run_worker(argv[1]);
    signal(SIGPIPE, SIG_IGN);
    if (imap_mail_set_worker(WORKER) < 0)
        return 1;
    return cmocka_run_group_tests(tests, NULL, NULL);
}
