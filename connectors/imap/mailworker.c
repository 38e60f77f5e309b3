/* The mail reader in a long-lived child process: see mailworker.h.
 *
 * Request (integers little-endian): "ODM1", u32 version, u8 settings
 * follow, u8 customer_from_sender, u64 memory limit, u32 + channel name,
 * u32 + source_ref, then when settings follow u64 + the `extract:` settings
 * (settingswire.h), then the raw message to the end. The settings go with
 * the first request a child gets; it keeps them. The reply is a batch
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
#define VERSION     1u
#define REQ_HEAD    (4 + 4 + 1 + 1 + 8)
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

/* The reason of a mail the child did not finish. */
static void unfinished(const struct imap_reader *r, enum od_proc_end end, int status, char *buf,
                       size_t size)
{
    char mem[64];

    size_text(r->memory, mem, sizeof(mem));
    if (end == OD_PROC_TIMED_OUT)
        snprintf(buf, size, "reading the mail took longer than %g s", r->seconds);
    else if (end == OD_PROC_TOO_BIG)
        snprintf(buf, size, "reading the mail gave a reply larger than the mail reader may send");
    else if (WIFSIGNALED(status) && WTERMSIG(status) == SIGXCPU)
        snprintf(buf, size, "reading the mail took longer than %g s", r->seconds);
    else if (WIFSIGNALED(status))
        snprintf(buf, size,
                 "reading the mail crashed the mail reader (signal %d; its memory limit is %s)",
                 WTERMSIG(status), mem);
    else
        snprintf(buf, size, "reading the mail stopped the mail reader (exit status %d)",
                 WIFEXITED(status) ? WEXITSTATUS(status) : -1);
}

int imap_read_message(struct imap_reader *r, const struct imap_extract_settings *s,
                      const char *channel, const char *source_ref, const char *raw, size_t len,
                      bool customer_from_sender, struct od_batch *out)
{
    struct od_buf head, reply;
    struct od_batch one;
    enum od_proc_end end = OD_PROC_DIED;
    char detail[OD_BATCHWIRE_DETAIL_MAX + 1], reason[OD_BATCHWIRE_DETAIL_MAX + 128];
    bool with_settings;
    int code = 0, status = 0, rc;

    if (!r->proc.argv)
        return imap_extract(s, channel, source_ref, raw, len, customer_from_sender, out);
    od_proc_check(&r->proc);
    with_settings = r->proc.pid < 0; /* a new child: it needs the settings */
    od_buf_init(&head, MAX_REQUEST);
    od_buf_init(&reply, REPLY_BASE + (len < (SIZE_MAX - REPLY_BASE) / 8 ? 8 * len : 0));
    od_batch_init(&one, 0);
    if ((rc = od_buf_add(&head, MAGIC, 4)) < 0 || (rc = od_buf_add_le(&head, VERSION, 4)) < 0 ||
        (rc = od_buf_add_le(&head, with_settings, 1)) < 0 ||
        (rc = od_buf_add_le(&head, customer_from_sender, 1)) < 0 ||
        (rc = od_buf_add_le(&head, r->memory, 8)) < 0 || (rc = add_text(&head, channel)) < 0 ||
        (rc = add_text(&head, source_ref)) < 0)
        goto out;
    if (with_settings) {
        size_t at = head.len;

        if ((rc = od_buf_add_le(&head, 0, 8)) < 0 ||
            (rc = od_settings_encode(imap_extract_keys, s, &head)) < 0)
            goto out;
        /* the settings' length, now known */
        od_le_put((unsigned char *)head.data + at, head.len - at - 8, 8);
    }
    rc = od_proc_call(&r->proc, head.data, head.len, raw, len, r->seconds, &reply, &end, &status);
    if (rc == OD_EIO) {
        char msg[300];

        snprintf(msg, sizeof(msg), "%s", od_error_last());
        rc = od_error_set(OD_EAGAIN, "%s", msg);
        goto out;
    }
    if (rc < 0)
        goto out;
    if (end != OD_PROC_REPLIED) {
        unfinished(r, end, status, reason, sizeof(reason));
        rc = od_batch_add_dead(out, source_ref, NULL, reason, raw, len);
        goto out;
    }
    rc = od_batchwire_parse(reply.data, reply.len, channel, &one, &code, detail, sizeof(detail));
    if (rc == OD_EINVAL) { /* not a reply: the child is not to be trusted any more */
        snprintf(reason, sizeof(reason), "cannot read the message: %s", od_error_last());
        od_proc_stop(&r->proc);
        rc = od_batch_add_dead(out, source_ref, NULL, reason, raw, len);
        goto out;
    }
    if (rc < 0)
        goto out;
    if (code == OD_ENOMEM) { /* under its RLIMIT_AS: the mail's doing; the child has exited */
        char mem[64];

        od_proc_stop(&r->proc);
        size_text(r->memory, mem, sizeof(mem));
        snprintf(reason, sizeof(reason), "reading the mail needs more than %s of memory", mem);
        rc = od_batch_add_dead(out, source_ref, NULL, reason, raw, len);
        goto out;
    }
    if (code != 0) {
        rc = od_error_set(code, "%s", detail);
        goto out;
    }
    rc = od_batch_move(&one, out);
out:
    od_batch_free(&one);
    od_buf_free(&head);
    od_buf_free(&reply);
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
/* Built with -Dtest_hooks=true only: a mail with the header
 * "X-Orderd-Test-Reader: loop" (or "crash") makes the reader loop for ever
 * (crash) instead of reading it, as a bug in the extractor would: for the
 * tests of the time limit. */
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

/* One request: 0 (go on), 1 (stop after this reply) or -1 (a broken request). */
static int handle(void *ud, const char *req, size_t len, struct od_buf *reply)
{
    struct worker *w = ud;
    const unsigned char *p = (const unsigned char *)req, *end = p + len;
    char *channel = NULL, *ref = NULL;
    struct od_batch b;
    bool cfs, with_settings;
    uint64_t n;
    int rc, code, status = -1;

    od_batch_init(&b, 0);
    if (len < REQ_HEAD || memcmp(p, MAGIC, 4) != 0 || od_le_get(p + 4, 4) != VERSION || p[8] > 1 ||
        p[9] > 1)
        goto out;
    cfs = p[9] == 1;
    with_settings = p[8] == 1;
    if (with_settings) /* the first request of this child */
        limit_memory(od_le_get(p + 10, 8));
    p += REQ_HEAD;
    for (int i = 0; i < 2; i++) {
        char **t = i == 0 ? &channel : &ref;

        if (end - p < 4 || (n = od_le_get(p, 4)) > (uint64_t)(end - p - 4))
            goto out;
        if (!(*t = strndup((const char *)p + 4, (size_t)n)))
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
    rc = imap_extract(&w->s, channel, ref, (const char *)p, (size_t)(end - p), cfs, &b);
    code = rc == 0 || rc == OD_ENOMEM || rc == OD_ETOOBIG || rc == OD_EINVAL ? rc : OD_EINVAL;
    if (od_batchwire_encode(code, code ? od_error_last() : "", code ? NULL : &b, reply) < 0) {
        od_buf_reset(reply); /* no room for the reply */
        code = OD_ENOMEM;
        if (od_batchwire_encode(code, "out of memory", NULL, reply) < 0)
            goto out;
    }
    status = code == OD_ENOMEM ? 1 : 0; /* after running out of memory: a fresh child */
out:
    free(channel);
    free(ref);
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
