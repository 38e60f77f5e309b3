/* The mail reader in a long-lived child process: see mailworker.h.
 *
 * Request (integers little-endian): "ODM1", u32 version, u8 kind (0 a
 * message, 1 a dead letter to retry, 2 a bare file), u8 settings follow,
 * u8 customer_from_sender, u64 memory limit, then four texts of u32 length
 * + bytes: channel name, source_ref, file name and sender (the last two
 * empty but for a file), then when settings follow u64 + the `extract:`
 * settings (settingswire.h), then the bytes to read (the message, the dead
 * letter's raw, the file) to the end. The settings go with the first
 * request a child gets; it keeps them. The reply is a batch
 * (batchwire.h). */
#include "mailworker.h"

#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>

#include "batchwire.h"
#include "buf.h"
#include "error.h"
#include "settingswire.h"
#include "procspawn.h"

#if defined(__SANITIZE_ADDRESS__)
#define UNDER_ASAN 1 /* ASan reserves terabytes of address space: no RLIMIT_AS */
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define UNDER_ASAN 1
#endif
#endif

#define MAGIC       "ODM1"
#define VERSION     2u
#define REQ_HEAD    (4 + 4 + 1 + 1 + 1 + 8)
#define N_TEXTS     4
#define MAX_REQUEST ((size_t)1 << 31) /* bytes: above any max_message_bytes with its head */
#define REPLY_BASE  ((size_t)64 << 20)

static char **mail_argv, **mail_env; /* copies, or NULL: read in-process */

int imap_mail_set_worker(const char *const argv[])
{
    return od_spawn_command("mail reader", argv, &mail_argv, &mail_env);
}

void imap_reader_init(struct imap_reader *r, int64_t timeout_ms, uint64_t memory)
{
    od_proc_init(&r->proc, "mail reader", mail_argv, mail_env);
    r->seconds = timeout_ms > 0 ? (double)timeout_ms / 1000.0 : IMAP_READ_SECONDS;
    r->memory = memory ? memory : IMAP_READ_MEMORY;
}

void imap_reader_free(struct imap_reader *r)
{
    if (r)
        od_proc_stop(&r->proc);
}

static int add_text(struct od_buf *b, const char *s)
{
    size_t n = strlen(s);
    int rc = od_buf_add_le(b, n, 4);

    return rc < 0 ? rc : od_buf_add(b, s, n);
}

static void size_text(uint64_t n, char *buf, size_t size)
{
    if (n >= (1ull << 30) && n % (1ull << 30) == 0)
        snprintf(buf, size, "%llu GiB", (unsigned long long)(n >> 30));
    else if (n >= (1ull << 20))
        snprintf(buf, size, "%llu MiB", (unsigned long long)(n >> 20));
    else
        snprintf(buf, size, "%llu bytes", (unsigned long long)n);
}

/* What a request asks the child to read. */
enum kind {
    KIND_MESSAGE, /* imap_extract() */
    KIND_REPARSE, /* imap_extract_reparse() */
    KIND_FILE,    /* imap_extract_file_from() */
};

/* One request: what it reads, and how its reasons name it. */
struct request {
    enum kind kind;
    const char *channel, *source_ref;
    const char *name;   /* KIND_FILE: the file's name, else "" */
    const char *sender; /* KIND_FILE: the sender, "" for none */
    bool customer_from_sender;
    const char *raw;
    size_t len;
    const char *doing; /* names it in reasons: "reading the mail" */
};

/* After the figure of a limit in a reason: the key that sets it, for a
 * retry (whose reason a clerk reads on the dead letter); nothing for a mail
 * (its reasons are as they were) or a file. */
static const char *limit_key(const struct request *q, bool memory)
{
    if (q->kind != KIND_REPARSE)
        return "";
    return memory ? " (the channel's read_memory)" : " (the channel's read_timeout)";
}

/* The reason of a request the child did not finish. */
static void unfinished(const struct imap_reader *r, const struct request *q, enum od_proc_end end,
                       int status, char *buf, size_t size)
{
    char mem[64];

    size_text(r->memory, mem, sizeof(mem));
    if (end == OD_PROC_TIMED_OUT ||
        (end == OD_PROC_DIED && WIFSIGNALED(status) && WTERMSIG(status) == SIGXCPU))
        snprintf(buf, size, "%s took longer than %g s%s", q->doing, r->seconds,
                 limit_key(q, false));
    else if (end == OD_PROC_TOO_BIG)
        snprintf(buf, size, "%s gave a reply larger than the mail reader may send", q->doing);
    else if (WIFSIGNALED(status))
        snprintf(buf, size, "%s crashed the mail reader (signal %d; its memory limit is %s%s)",
                 q->doing, WTERMSIG(status), mem, limit_key(q, true));
    else
        snprintf(buf, size, "%s stopped the mail reader (exit status %d)", q->doing,
                 WIFEXITED(status) ? WEXITSTATUS(status) : -1);
}

/* Send `q` to the child and parse its reply. 0 with either the child's
 * result (*code and `detail`, the items in `one`) or, when the child did
 * not give one (a limit, a crash, a reply that is not one), reason[0] set
 * (the child then stopped). OD_EAGAIN when no child can be started;
 * OD_ENOMEM. */
static int ask(struct imap_reader *r, const struct imap_extract_settings *s,
               const struct request *q, struct od_batch *one, int *code, char *detail, size_t dsize,
               char *reason, size_t rsize)
{
    struct od_buf head, reply;
    enum od_proc_end end = OD_PROC_DIED;
    bool with_settings;
    int status = 0, rc;

    reason[0] = '\0';
    *code = 0;
    od_proc_check(&r->proc);
    with_settings = r->proc.pid < 0; /* a new child: it needs the settings */
    od_buf_init(&head, MAX_REQUEST);
    od_buf_init(&reply, REPLY_BASE + (q->len < (SIZE_MAX - REPLY_BASE) / 8 ? 8 * q->len : 0));
    if ((rc = od_buf_add(&head, MAGIC, 4)) < 0 || (rc = od_buf_add_le(&head, VERSION, 4)) < 0 ||
        (rc = od_buf_add_le(&head, q->kind, 1)) < 0 ||
        (rc = od_buf_add_le(&head, with_settings, 1)) < 0 ||
        (rc = od_buf_add_le(&head, q->customer_from_sender, 1)) < 0 ||
        (rc = od_buf_add_le(&head, r->memory, 8)) < 0 || (rc = add_text(&head, q->channel)) < 0 ||
        (rc = add_text(&head, q->source_ref)) < 0 || (rc = add_text(&head, q->name)) < 0 ||
        (rc = add_text(&head, q->sender)) < 0)
        goto out;
    if (with_settings) {
        size_t at = head.len;

        if ((rc = od_buf_add_le(&head, 0, 8)) < 0 ||
            (rc = od_settings_encode(imap_extract_keys, s, &head)) < 0)
            goto out;
        /* the settings' length, now known */
        od_le_put((unsigned char *)head.data + at, head.len - at - 8, 8);
    }
    rc = od_proc_call(&r->proc, head.data, head.len, q->raw, q->len, r->seconds, &reply, &end,
                      &status);
    if (rc == OD_EIO) {
        char msg[300];

        snprintf(msg, sizeof(msg), "%s", od_error_last());
        rc = od_error_set(OD_EAGAIN, "%s", msg);
        goto out;
    }
    if (rc < 0)
        goto out;
    if (end != OD_PROC_REPLIED) {
        unfinished(r, q, end, status, reason, rsize);
        goto out;
    }
    rc = od_batchwire_parse(reply.data, reply.len, q->channel, one, code, detail, dsize);
    if (rc == OD_EINVAL) { /* not a reply: the child is not to be trusted any more */
        snprintf(reason, rsize, "cannot read the %s: %s", q->kind == KIND_FILE ? "file" : "message",
                 od_error_last());
        od_proc_stop(&r->proc);
        rc = 0;
        goto out;
    }
    if (rc == 0 && *code == OD_ENOMEM) { /* under its RLIMIT_AS: the input's doing; it has exited */
        char mem[64];

        od_proc_stop(&r->proc);
        size_text(r->memory, mem, sizeof(mem));
        snprintf(reason, rsize, "%s needs more than %s of memory%s", q->doing, mem,
                 limit_key(q, true));
    }
out:
    od_buf_free(&head);
    od_buf_free(&reply);
    return rc;
}

int imap_read_message(struct imap_reader *r, const struct imap_extract_settings *s,
                      const char *channel, const char *source_ref, const char *raw, size_t len,
                      bool customer_from_sender, struct od_batch *out)
{
    struct request q = {.kind = KIND_MESSAGE,
                        .channel = channel,
                        .source_ref = source_ref,
                        .name = "",
                        .sender = "",
                        .customer_from_sender = customer_from_sender,
                        .raw = raw,
                        .len = len,
                        .doing = "reading the mail"};
    struct od_batch one;
    char detail[OD_BATCHWIRE_DETAIL_MAX + 1], reason[OD_BATCHWIRE_DETAIL_MAX + 128];
    int code, rc;

    if (!r->proc.argv)
        return imap_extract(s, channel, source_ref, raw, len, customer_from_sender, out);
    od_batch_init(&one, 0);
    rc = ask(r, s, &q, &one, &code, detail, sizeof(detail), reason, sizeof(reason));
    if (rc == 0 && reason[0]) /* the whole message, as one dead letter */
        rc = od_batch_add_dead(out, source_ref, NULL, reason, raw, len);
    else if (rc == 0 && code != 0)
        rc = od_error_set(code, "%s", detail);
    else if (rc == 0)
        rc = od_batch_move(&one, out);
    od_batch_free(&one);
    return rc;
}

int imap_read_reparse(struct imap_reader *r, const struct imap_extract_settings *s,
                      const char *channel, const struct od_dead_letter *d,
                      bool customer_from_sender, struct od_batch *out)
{
    struct request q = {.kind = KIND_REPARSE,
                        .channel = channel,
                        .source_ref = d->source_ref ? d->source_ref : "",
                        .name = "",
                        .sender = "",
                        .customer_from_sender = customer_from_sender,
                        .raw = d->raw ? d->raw : "",
                        .len = d->raw ? d->raw_len : 0,
                        .doing = "reading the dead letter again"};
    struct od_batch one;
    char detail[OD_BATCHWIRE_DETAIL_MAX + 1], reason[OD_BATCHWIRE_DETAIL_MAX + 128];
    int code, rc;

    if (!r->proc.argv)
        return imap_extract_reparse(s, channel, d, customer_from_sender, out);
    od_batch_init(&one, 0);
    rc = ask(r, s, &q, &one, &code, detail, sizeof(detail), reason, sizeof(reason));
    if (rc == 0 && reason[0]) /* still bad: the dead letter stays as it is */
        rc = od_error_set(OD_EINVAL, "%s", reason);
    else if (rc == 0 && code != 0)
        rc = od_error_set(OD_EINVAL, "%s", detail); /* a reader's limit: still bad, as stated */
    else if (rc == 0 && one.n_dead) /* all or nothing: a reply with a dead letter is not one */
        rc = od_error_set(OD_EINVAL, "cannot read the message: mail reader: malformed reply "
                                     "(a dead letter in a retry's result)");
    else if (rc == 0)
        rc = od_batch_move(&one, out);
    od_batch_free(&one);
    return rc;
}

int imap_read_file(struct imap_reader *r, const struct imap_extract_settings *s,
                   const char *channel, const char *source_ref, const char *name, const char *data,
                   size_t len, const char *sender, struct od_batch *out)
{
    struct request q = {.kind = KIND_FILE,
                        .channel = channel,
                        .source_ref = source_ref,
                        .name = name,
                        .sender = sender ? sender : "",
                        .raw = data,
                        .len = len,
                        .doing = "reading the file"};
    struct od_batch one;
    char detail[OD_BATCHWIRE_DETAIL_MAX + 1], reason[OD_BATCHWIRE_DETAIL_MAX + 128];
    int code, rc;

    if (!r->proc.argv)
        return imap_extract_file_from(s, channel, source_ref, name, data, len, sender, out);
    od_batch_init(&one, 0);
    rc = ask(r, s, &q, &one, &code, detail, sizeof(detail), reason, sizeof(reason));
    if (rc == 0 && reason[0])
        rc = od_error_set(OD_ETOOBIG, "%s", reason);
    else if (rc == 0 && code != 0)
        rc = od_error_set(code, "%s", detail);
    else if (rc == 0)
        rc = od_batch_move(&one, out);
    od_batch_free(&one);
    return rc;
}

/* --- the child's side ----------------------------------------------------- */

struct worker {
    struct imap_extract_settings s;
    bool have_settings;
};

static void limit_memory(uint64_t memory)
{
    struct rlimit rl = {0, 0};

    setrlimit(RLIMIT_CORE, &rl); /* a crash on a hostile mail leaves no core file */
#ifndef UNDER_ASAN
    if (getrlimit(RLIMIT_AS, &rl) == 0) {
        rlim_t want = memory >= (uint64_t)RLIM_INFINITY ? RLIM_INFINITY - 1 : (rlim_t)memory;

        if (rl.rlim_max == RLIM_INFINITY || want < rl.rlim_max)
            rl.rlim_max = want;
        rl.rlim_cur = rl.rlim_max;
        setrlimit(RLIMIT_AS, &rl);
    }
#else
    (void)memory;
#endif
}

#ifdef OD_TEST_HOOKS
/* Built with -Dtest_hooks=true only: bytes to read (a mail, a dead
 * letter's raw, a file) with the line "X-Orderd-Test-Reader: loop" (or
 * "crash") after their first make the reader loop for ever (crash) instead
 * of reading them, as a bug in the extractor would: for the tests of the
 * limits. */
static void test_hook(const char *raw, size_t len)
{
    if (memmem(raw, len, "\nX-Orderd-Test-Reader: crash", 28)) {
        signal(SIGSEGV, SIG_DFL); /* AddressSanitizer's handler would exit(1) instead */
        raise(SIGSEGV);
    }
    if (memmem(raw, len, "\nX-Orderd-Test-Reader: loop", 27))
        for (volatile unsigned long spin = 0;; spin++)
            ;
}
#endif

/* Read the request's bytes `p` of kind `kind` into `b`; the extractor's code. */
static int read_kind(const struct worker *w, unsigned kind, char *const *t, bool cfs, const char *p,
                     size_t len, struct od_batch *b)
{
    /* borrowed: imap_extract_reparse() only reads it */
    struct od_dead_letter d = {.source_ref = t[1], .raw = (char *)(uintptr_t)p, .raw_len = len};

    if (kind == KIND_REPARSE)
        return imap_extract_reparse(&w->s, t[0], &d, cfs, b);
    if (kind == KIND_FILE)
        return imap_extract_file_from(&w->s, t[0], t[1], t[2], p, len, t[3][0] ? t[3] : NULL, b);
    return imap_extract(&w->s, t[0], t[1], p, len, cfs, b);
}

/* One request: 0 (go on), 1 (stop after this reply) or -1 (a broken request). */
static int handle(void *ud, const char *req, size_t len, struct od_buf *reply)
{
    struct worker *w = ud;
    const unsigned char *p = (const unsigned char *)req, *end = p + len;
    char *t[N_TEXTS] = {NULL}; /* channel, source_ref, name, sender */
    struct od_batch b;
    bool cfs, with_settings;
    unsigned kind;
    uint64_t n;
    int rc, code, status = -1;

    od_batch_init(&b, 0);
    if (len < REQ_HEAD || memcmp(p, MAGIC, 4) != 0 || od_le_get(p + 4, 4) != VERSION ||
        p[8] > KIND_FILE || p[9] > 1 || p[10] > 1)
        goto out;
    kind = p[8];
    with_settings = p[9] == 1;
    cfs = p[10] == 1;
    if (with_settings) /* the first request of this child */
        limit_memory(od_le_get(p + 11, 8));
    p += REQ_HEAD;
    for (int i = 0; i < N_TEXTS; i++) {
        if (end - p < 4 || (n = od_le_get(p, 4)) > (uint64_t)(end - p - 4))
            goto out;
        if (!(t[i] = strndup((const char *)p + 4, (size_t)n)))
            goto out;
        p += 4 + n;
    }
    if (with_settings) {
        if (end - p < 8 || (n = od_le_get(p, 8)) > (uint64_t)(end - p - 8))
            goto out;
        if (w->have_settings)
            od_settings_free(imap_extract_keys, &w->s);
        memset(&w->s, 0, sizeof(w->s));
        w->have_settings = true;
        if (od_settings_decode(imap_extract_keys, (const char *)p + 8, (size_t)n, &w->s) < 0)
            goto out;
        p += 8 + n;
    }
    if (!w->have_settings)
        goto out;
#ifdef OD_TEST_HOOKS
    test_hook((const char *)p, (size_t)(end - p));
#endif
    rc = read_kind(w, kind, t, cfs, (const char *)p, (size_t)(end - p), &b);
    code = rc == 0 || rc == OD_ENOMEM || rc == OD_ETOOBIG || rc == OD_EINVAL ? rc : OD_EINVAL;
    if (od_batchwire_encode(code, code ? od_error_last() : "", code ? NULL : &b, reply) < 0) {
        od_buf_reset(reply); /* no room for the reply */
        code = OD_ENOMEM;
        if (od_batchwire_encode(code, "out of memory", NULL, reply) < 0)
            goto out;
    }
    status = code == OD_ENOMEM ? 1 : 0; /* after running out of memory: a fresh child */
out:
    for (int i = 0; i < N_TEXTS; i++)
        free(t[i]);
    od_batch_free(&b);
    return status;
}

int imap_mail_worker_main(int in_fd, int out_fd)
{
    struct worker w;
    int status;

    memset(&w, 0, sizeof(w));
    status = od_proc_serve(in_fd, out_fd, MAX_REQUEST, handle, &w);
    if (w.have_settings)
        od_settings_free(imap_extract_keys, &w.s);
    return status;
}
