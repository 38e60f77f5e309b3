/* The document worker: the PDF and .xls readers in a child process: the
 * caller's side (start the worker with posix_spawn, send the request,
 * read the reply against the clock, kill and reap), the child's side
 * (od_doc_worker_main) and the wire format between them. See docworker.h,
 * pdf.h and xls.h for the contract, pdf_int.h and xls_int.h for the
 * format and docs/pdf.md for why.
 *
 * The caller may be one thread among many (orderd runs one per channel),
 * so: posix_spawn, never fork; every descriptor made here is O_CLOEXEC
 * (another thread may be spawning at the same moment) and the child closes
 * everything above stderr before it runs the worker; SIGPIPE is blocked in
 * the calling thread only while it writes to the child. */
#include "docworker.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <math.h>
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <spawn.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "buf.h"
#include "charset.h"
#include "error.h"
#include "grid.h"
#include "pdf_int.h"
#include "procspawn.h"
#include "xls_int.h"
#include "xlsx.h"

/* AddressSanitizer reserves terabytes of address space at start-up: under
 * RLIMIT_AS its allocator could not map anything more. */
#if defined(__SANITIZE_ADDRESS__)
#define UNDER_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define UNDER_ASAN 1
#endif
#endif

#define MALFORMED   "PDF reader: malformed reply"
#define IO_CHUNK    16384 /* bytes per read or write on a pipe */
#define MAX_COORD   1e7   /* |x0|, |x1|, |y| in points, as pdf.c keeps them */
#define POLL_MAX_MS 60000

/* --- the registered worker ------------------------------------------------ */

static char **worker_argv; /* NULL-terminated copies, or NULL: read in-process */

/* The environment when the worker was registered, for the child: spawning with a copy
 * taken before any thread starts keeps the child's environment fixed even if a library
 * calls setenv() later (glibc's setenv may move the array while another thread reads it;
 * orderd itself never changes its environment). */
static char **worker_env;

int od_doc_set_worker(const char *const argv[])
{
    return od_spawn_command("document worker", argv, &worker_argv, &worker_env);
}

char *const *od_doc_worker_argv(void)
{
    return worker_argv;
}

/* --- the wire format ------------------------------------------------------ */

static double get_double(const unsigned char *p)
{
    uint64_t bits = od_le_get(p, 8);
    double d;

    memcpy(&d, &bits, sizeof(d));
    return d;
}

static int add_double(struct od_buf *b, double d)
{
    unsigned char p[8];
    uint64_t bits;

    memcpy(&bits, &d, sizeof(bits));
    od_le_put(p, bits, 8);
    return od_buf_add(b, p, sizeof(p));
}

void od_pdf_request_head(const struct od_pdf_limits *lim, uint64_t len,
                         unsigned char head[OD_PDF_REQUEST_HEAD])
{
    memcpy(head, OD_PDF_REQUEST_MAGIC, 4);
    od_le_put(head + 4, OD_PDF_WIRE_VERSION, 4);
    od_le_put(head + 8, lim->max_bytes, 8);
    od_le_put(head + 16, lim->max_pages, 8);
    od_le_put(head + 24, lim->max_seconds, 8);
    od_le_put(head + 32, lim->max_cells, 8);
    od_le_put(head + 40, lim->max_memory, 8);
    od_le_put(head + 48, len, 8);
}

/* A detail as the parser accepts it: at most OD_PDF_DETAIL_MAX bytes, cut
 * at a character boundary, valid UTF-8 (bytes above 0x7F become '?'
 * otherwise), control characters made spaces, never empty. Returns the
 * length; d has OD_PDF_DETAIL_MAX + 1 bytes. */
static size_t clean_detail(const char *s, char *d)
{
    size_t n = s ? strlen(s) : 0;
    bool ascii_only;

    if (n > OD_PDF_DETAIL_MAX) {
        n = OD_PDF_DETAIL_MAX;
        while (n > 0 && ((unsigned char)s[n] & 0xC0) == 0x80)
            n--; /* s[n] continues the character before it: leave that out too */
    }
    if (n == 0) {
        s = "unknown error";
        n = strlen(s);
    }
    memcpy(d, s, n);
    d[n] = '\0';
    ascii_only = !od_utf8_valid(d, n, NULL);
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)d[i];

        if (c < 0x20 || c == 0x7F)
            d[i] = ' ';
        else if (ascii_only && c >= 0x80)
            d[i] = '?';
    }
    return n;
}

/* One cell as both replies encode it. */
static int add_cell(struct od_buf *out, const struct od_cell *c)
{
    size_t tl = strlen(c->text);
    int rc;

    if ((rc = od_buf_add_le(out, c->row, 4)) < 0 || (rc = od_buf_add_le(out, c->col, 4)) < 0 ||
        (rc = od_buf_add_le(out, c->span, 4)) < 0 || (rc = od_buf_add_le(out, c->rows, 4)) < 0 ||
        (rc = od_buf_add_le(out, (uint32_t)c->type, 4)) < 0 ||
        (rc = od_buf_add_le(out, c->page, 4)) < 0 || (rc = add_double(out, c->x0)) < 0 ||
        (rc = add_double(out, c->x1)) < 0 || (rc = add_double(out, c->y)) < 0 ||
        (rc = od_buf_add_le(out, (uint32_t)tl, 4)) < 0 || (rc = od_buf_add(out, c->text, tl)) < 0)
        return rc;
    return 0;
}

/* The reply's magic, version, code and detail. */
static int add_reply_head(struct od_buf *out, const char *magic, uint32_t version, int code,
                          const char *detail)
{
    char d[OD_PDF_DETAIL_MAX + 1];
    size_t dl = code ? clean_detail(detail, d) : 0;
    int rc;

    if ((rc = od_buf_add(out, magic, 4)) < 0 || (rc = od_buf_add_le(out, version, 4)) < 0 ||
        (rc = od_buf_add_le(out, (uint32_t)code, 4)) < 0 ||
        (rc = od_buf_add_le(out, (uint32_t)dl, 4)) < 0 || (rc = od_buf_add(out, d, dl)) < 0)
        return rc;
    return 0;
}

int od_pdf_reply_encode(int code, const char *detail, const struct od_grid *g, struct od_buf *out)
{
    int rc;

    if ((rc = add_reply_head(out, OD_PDF_REPLY_MAGIC, OD_PDF_WIRE_VERSION, code, detail)) < 0 ||
        (rc = od_buf_add_le(out, (uint32_t)g->n, 4)) < 0)
        return rc;
    for (size_t i = 0; i < g->n; i++)
        if ((rc = add_cell(out, &g->cells[i])) < 0)
            return rc;
    return 0;
}

size_t od_pdf_reply_max(const struct od_pdf_limits *lim, const struct od_grid *g)
{
    uint64_t cells = g->max_cells ? g->max_cells : OD_GRID_MAX_CELLS;
    uint64_t text = g->max_text ? g->max_text : OD_GRID_MAX_TEXT;
    uint64_t n;

    if (lim->max_cells < cells)
        cells = lim->max_cells;
    /* at most 2,000,000 x 52 + 2^64 / 2: cannot overflow; the text bytes before trimming
     * are bounded by the text itself, as a worker never sends white space around a cell */
    if (text > UINT64_MAX / 2)
        text = UINT64_MAX / 2;
    n = OD_PDF_REPLY_HEAD + OD_PDF_DETAIL_MAX + 4 + cells * OD_PDF_CELL_HEAD + text;
    return n > SIZE_MAX - 1 ? SIZE_MAX - 1 : (size_t)n;
}

struct reader {
    const unsigned char *p, *end;
};

/* The next n bytes, or NULL when fewer are left. */
static const unsigned char *take(struct reader *r, size_t n)
{
    const unsigned char *at = r->p;

    if ((size_t)(r->end - r->p) < n)
        return NULL;
    r->p += n;
    return at;
}

static bool detail_ok(const char *d, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if ((unsigned char)d[i] < 0x20 || d[i] == 0x7F)
            return false;
    return od_utf8_valid(d, n, NULL);
}

static bool coord_ok(double v)
{
    return isfinite(v) && fabs(v) < MAX_COORD;
}

int od_pdf_reply_parse(const char *data, size_t len, const struct od_pdf_limits *lim,
                       struct od_grid *out, int *ret_code, char *detail, size_t detail_size)
{
    struct reader r = {(const unsigned char *)data, (const unsigned char *)data + len};
    const unsigned char *h;
    char d[OD_PDF_DETAIL_MAX + 1];
    uint32_t base = out->n_rows, dl, n;
    int32_t code;

    if (!data || !(h = take(&r, OD_PDF_REPLY_HEAD)) || memcmp(h, OD_PDF_REPLY_MAGIC, 4) != 0 ||
        (uint32_t)od_le_get(h + 4, 4) != OD_PDF_WIRE_VERSION)
        return od_error_set(OD_EINVAL, MALFORMED);
    code = (int32_t)(uint32_t)od_le_get(h + 8, 4);
    dl = (uint32_t)od_le_get(h + 12, 4);
    if ((code != 0 && code != OD_EINVAL && code != OD_ENOMEM) || (code == 0) != (dl == 0) ||
        dl > OD_PDF_DETAIL_MAX || !(h = take(&r, dl)))
        return od_error_set(OD_EINVAL, MALFORMED);
    memcpy(d, h, dl);
    d[dl] = '\0';
    if (!detail_ok(d, dl) || !(h = take(&r, 4)))
        return od_error_set(OD_EINVAL, MALFORMED);
    n = (uint32_t)od_le_get(h, 4);
    if (n > lim->max_cells)
        return od_error_set(OD_EINVAL, MALFORMED);
    for (uint32_t i = 0; i < n; i++) {
        const unsigned char *c = take(&r, OD_PDF_CELL_HEAD), *text;
        struct od_cell *cell = NULL;
        uint32_t row, col, page, tl;
        double x0, x1, y;
        int rc;

        if (!c)
            return od_error_set(OD_EINVAL, MALFORMED);
        row = (uint32_t)od_le_get(c, 4);
        col = (uint32_t)od_le_get(c + 4, 4);
        page = (uint32_t)od_le_get(c + 20, 4);
        x0 = get_double(c + 24);
        x1 = get_double(c + 32);
        y = get_double(c + 40);
        tl = (uint32_t)od_le_get(c + 48, 4);
        /* what pdf.c makes, and nothing else: text cells of one column and one row on a
         * page within the limit, rows and columns below the number of cells */
        if (row >= lim->max_cells || row >= UINT32_MAX - base || col >= lim->max_cells ||
            (uint32_t)od_le_get(c + 8, 4) != 1 || (uint32_t)od_le_get(c + 12, 4) != 1 ||
            (uint32_t)od_le_get(c + 16, 4) != OD_CELL_TEXT || page < 1 || page > lim->max_pages ||
            !coord_ok(x0) || !coord_ok(x1) || !coord_ok(y) || x0 > x1 || tl == 0 ||
            !(text = take(&r, tl)))
            return od_error_set(OD_EINVAL, MALFORMED);
        rc = od_grid_add(out, base + row, col, OD_CELL_TEXT, (const char *)text, tl, &cell);
        if (rc == OD_ETOOBIG) { /* the caller's grid is full: as pdf.c says it */
            char msg[256];

            snprintf(msg, sizeof(msg), "%s", od_error_last());
            return od_error_set(OD_EINVAL, "%s", msg);
        }
        if (rc < 0)
            return rc;
        if (!cell) /* only white space: never sent by the reader */
            return od_error_set(OD_EINVAL, MALFORMED);
        cell->page = page;
        cell->x0 = x0;
        cell->x1 = x1;
        cell->y = y;
    }
    if (r.p != r.end)
        return od_error_set(OD_EINVAL, MALFORMED);
    *ret_code = code;
    snprintf(detail, detail_size, "%s", d);
    return 0;
}

/* --- the caller's side ---------------------------------------------------- */

struct child {
    pid_t pid;
    int to;            /* our end of the child's stdin, -1 when closed */
    int from;          /* our end of the child's stdout, -1 when closed */
    bool timed_out;    /* killed here at the deadline */
    bool overflow;     /* it wrote more than a reply can have: killed here */
    bool reaped, lost; /* lost: reaped by someone else (SIGCHLD ignored), status unknown */
    int status;
};

static void kill_child(struct child *ch)
{
    kill(ch->pid, SIGKILL); /* ours and not reaped yet: the pid cannot be someone else's */
}

/* Write the request (head[0..hl), then data[0..len)) and read the reply until the child
 * closes its stdout or the deadline passes (then kill it). 0, or OD_ENOMEM (the child is
 * killed). */
static int exchange(struct child *ch, const unsigned char *head, size_t hl, const char *data,
                    size_t len, double deadline, struct od_buf *reply)
{
    size_t sent = 0, total = hl + len;
    char chunk[IO_CHUNK];

    while (ch->from >= 0) {
        struct pollfd pf[2] = {{.fd = ch->from, .events = POLLIN},
                               {.fd = ch->to, .events = POLLOUT}};
        double left = deadline - od_spawn_now();
        int ms = left > POLL_MAX_MS / 1000.0 ? POLL_MAX_MS : (int)ceil(left * 1000);
        int n;

        if (left <= 0) {
            ch->timed_out = true;
            kill_child(ch);
            return 0;
        }
        n = poll(pf, ch->to >= 0 ? 2 : 1, ms);
        if (n < 0 && errno != EINTR) {
            ch->overflow = true; /* cannot wait for it: no reply */
            kill_child(ch);
            return 0;
        }
        if (n <= 0)
            continue;
        if (ch->to >= 0 && pf[1].revents) {
            const char *p = sent < hl ? (const char *)head + sent : data + (sent - hl);
            size_t k = sent < hl ? hl - sent : total - sent;
            ssize_t w = write(ch->to, p, k < IO_CHUNK ? k : IO_CHUNK);

            if (w > 0)
                sent += (size_t)w;
            else if (w < 0 && errno != EAGAIN && errno != EINTR)
                od_spawn_close(&ch->to); /* EPIPE: it stopped reading; its reply will tell why */
            if (sent == total)
                od_spawn_close(&ch->to);
        }
        if (pf[0].revents) {
            ssize_t k = read(ch->from, chunk, sizeof(chunk));

            if (k > 0) {
                int rc = od_buf_add(reply, chunk, (size_t)k);

                if (rc < 0) {
                    ch->overflow = true;
                    kill_child(ch);
                    return rc == OD_ENOMEM ? rc : 0;
                }
            } else if (k == 0 || (errno != EAGAIN && errno != EINTR)) {
                od_spawn_close(&ch->from);
            }
        }
    }
    return 0;
}

/* Wait for the child to end: until the deadline, then kill it and wait on. EINTR-safe. */
static void reap(struct child *ch, double deadline)
{
    struct timespec nap = {0, 1000000}; /* 1 ms, doubling to 32 ms */
    bool killed = false;

    for (;;) {
        pid_t r = waitpid(ch->pid, &ch->status, killed ? 0 : WNOHANG);

        if (r == ch->pid) {
            ch->reaped = true;
            return;
        }
        if (r < 0 && errno == EINTR)
            continue;
        if (r < 0) { /* ECHILD */
            ch->lost = true;
            return;
        }
        if (od_spawn_now() >= deadline) {
            ch->timed_out = true;
            kill_child(ch);
            killed = true;
            continue;
        }
        nanosleep(&nap, NULL);
        if (nap.tv_nsec < 32000000)
            nap.tv_nsec *= 2;
    }
}

static int too_slow(const struct od_pdf_limits *lim)
{
    return od_error_set(OD_EINVAL, "took longer than %llu s", (unsigned long long)lim->max_seconds);
}

static int too_big(const struct od_pdf_limits *lim, bool crashed)
{
    char size[64];

    od_pdf_size_text(lim->max_memory, size, sizeof(size));
    return od_error_set(OD_EINVAL, "needs more than %s of memory to read%s: not read", size,
                        crashed ? " (or crashed)" : "");
}

/* What the child's end and its reply mean for the caller. */
static int outcome(const struct child *ch, const struct od_buf *reply,
                   const struct od_pdf_limits *lim, struct od_grid *out)
{
    char detail[OD_PDF_DETAIL_MAX + 1];
    int code = 0, rc;

    if (ch->overflow)
        return od_error_set(OD_EINVAL, MALFORMED);
    if (ch->timed_out)
        return too_slow(lim);
    if (ch->reaped && WIFSIGNALED(ch->status))
        return WTERMSIG(ch->status) == SIGXCPU ? too_slow(lim) : too_big(lim, true);
    if (ch->reaped && (!WIFEXITED(ch->status) || WEXITSTATUS(ch->status) != 0))
        return od_error_set(OD_EINVAL, MALFORMED);
    rc = od_pdf_reply_parse(reply->data, reply->len, lim, out, &code, detail, sizeof(detail));
    if (rc < 0)
        return rc;
    if (code == OD_ENOMEM)
        return too_big(lim, false);
    if (code != 0)
        return od_error_set(OD_EINVAL, "%s", detail);
    od_grid_sort(out);
    return 0;
}

/* One run of the worker, for every kind of document: start argv, send head[0..hl) and
 * data[0..len), read the reply into `reply` (its cap bounds it) until the child closes its
 * stdout, kill it at `seconds` of wall time, reap it. *ch says how it ended. 0; OD_EIO (no
 * child started) or OD_ENOMEM. */
static int run(const char *what, char *const *argv, const unsigned char *head, size_t hl,
               const char *data, size_t len, uint64_t seconds, struct od_buf *reply,
               struct child *ch)
{
    double deadline = od_spawn_now() + (double)seconds;
    struct od_sigpipe_guard guard;
    int rc;

    *ch = (struct child){.pid = -1, .to = -1, .from = -1};
    rc = od_spawn(what, argv, worker_env, &ch->pid, &ch->to, &ch->from);
    if (rc < 0)
        return rc;
    od_sigpipe_block(&guard);
    rc = exchange(ch, head, hl, data, len, deadline, reply);
    od_spawn_close(&ch->to);
    od_spawn_close(&ch->from);
    od_sigpipe_restore(&guard);
    reap(ch, deadline);
    return rc;
}

int od_pdf_read_child(char *const *argv, const char *data, size_t len,
                      const struct od_pdf_limits *lim, struct od_grid *out)
{
    unsigned char head[OD_PDF_REQUEST_HEAD];
    struct child ch;
    struct od_buf reply;
    int rc;

    rc = od_pdf_precheck(data, len, lim->max_bytes); /* no child for what is plainly no PDF */
    if (rc < 0)
        return rc;
    od_buf_init(&reply, od_pdf_reply_max(lim, out) + 1);
    od_pdf_request_head(lim, len, head);
    rc = run("PDF reader", argv, head, sizeof(head), data, len, lim->max_seconds, &reply, &ch);
    if (rc == 0)
        rc = outcome(&ch, &reply, lim, out);
    od_buf_free(&reply);
    return rc;
}

/* --- the child's side ----------------------------------------------------- */

/* Lower a limit to soft/hard, or to the hard limit already in force when that is lower.
 * Lowering cannot fail. */
static void lower_limit(int resource, rlim_t soft, rlim_t hard)
{
    struct rlimit r;

    if (getrlimit(resource, &r) == 0 && r.rlim_max != RLIM_INFINITY && r.rlim_max < hard)
        hard = r.rlim_max;
    if (soft > hard)
        soft = hard;
    r.rlim_cur = soft;
    r.rlim_max = hard;
    setrlimit(resource, &r);
}

static rlim_t rlim_of(uint64_t v)
{
    return v >= (uint64_t)RLIM_INFINITY - 2 ? RLIM_INFINITY - 2 : (rlim_t)v;
}

static void limit_self(uint64_t seconds, uint64_t memory)
{
    rlim_t cpu = rlim_of(seconds) + 1;

    lower_limit(RLIMIT_CORE, 0, 0); /* a crash on a hostile document leaves no core file */
    lower_limit(RLIMIT_CPU, cpu, cpu + 1);
#ifndef UNDER_ASAN
    lower_limit(RLIMIT_AS, rlim_of(memory), rlim_of(memory));
#else
    (void)memory;
#endif
}

static int xls_serve(const unsigned char *head, int in_fd, int out_fd);

/* The end of a request in the worker: `encoded` is what encoding the reply into *reply
 * returned; when it failed (no room for the cells), *reply is made again of at most
 * oom_max bytes by oom_reply, an out-of-memory reply without them. The reply is written
 * to out_fd. The worker's exit status: 0 when it was written, else 1. */
static int send_reply(int out_fd, struct od_buf *reply, int encoded, size_t oom_max,
                      int (*oom_reply)(struct od_buf *))
{
    if (encoded < 0) {
        od_buf_free(reply);
        od_buf_init(reply, oom_max);
        if (oom_reply(reply) < 0)
            return 1;
    }
    return od_spawn_write_all(out_fd, reply->data, reply->len) == 0 ? 0 : 1;
}

static int pdf_oom_reply(struct od_buf *reply)
{
    struct od_grid none = {0};

    return od_pdf_reply_encode(OD_ENOMEM, "out of memory", &none, reply);
}

static int xls_oom_reply(struct od_buf *reply)
{
    return od_xls_reply_encode(OD_ENOMEM, "out of memory", NULL, NULL, reply);
}

int od_doc_worker_main(int in_fd, int out_fd)
{
    unsigned char head[OD_PDF_REQUEST_HEAD];
    struct od_pdf_limits lim;
    struct od_grid g = {0};
    struct od_buf reply = {0};
    char *data = NULL;
    uint64_t len;
    int rc = 0, status = 1;

    if (od_spawn_read_all(in_fd, head, sizeof(head)) != 1)
        goto out;
    if (memcmp(head, OD_XLS_REQUEST_MAGIC, 4) == 0) /* the .xls reader's request */
        return xls_serve(head, in_fd, out_fd);
    if (memcmp(head, OD_PDF_REQUEST_MAGIC, 4) != 0 ||
        (uint32_t)od_le_get(head + 4, 4) != OD_PDF_WIRE_VERSION)
        goto out;
    lim.max_bytes = od_le_get(head + 8, 8);
    lim.max_pages = od_le_get(head + 16, 8);
    lim.max_seconds = od_le_get(head + 24, 8);
    lim.max_cells = od_le_get(head + 32, 8);
    lim.max_memory = od_le_get(head + 40, 8);
    len = od_le_get(head + 48, 8);
    if (!lim.max_bytes || !lim.max_pages || !lim.max_seconds || !lim.max_cells || !lim.max_memory ||
        len > lim.max_bytes || len >= SIZE_MAX)
        goto out;
    limit_self(lim.max_seconds, lim.max_memory); /* before the input is allocated */

    data = malloc((size_t)len + 1);
    if (!data) {
        rc = od_error_set(OD_ENOMEM, "out of memory");
    } else if (od_spawn_read_all(in_fd, data, (size_t)len) != 1) {
        goto out; /* a request cut short: the caller went away */
    } else if ((rc = od_grid_init(&g, OD_GRID_PDF, NULL)) == 0) {
        rc = od_pdf_read_here(data, (size_t)len, &lim, &g);
    }
    free(data);
    data = NULL;
    if (rc < 0 && rc != OD_ENOMEM && rc != OD_EINVAL)
        rc = OD_EINVAL; /* not returned by the reader today; the detail says what it was */

    od_buf_init(&reply, od_pdf_reply_max(&lim, &g) + 1);
    status =
        send_reply(out_fd, &reply, od_pdf_reply_encode(rc, rc ? od_error_last() : "", &g, &reply),
                   OD_PDF_REPLY_HEAD + OD_PDF_DETAIL_MAX + 8, pdf_oom_reply);
out:
    free(data);
    od_grid_free(&g);
    od_buf_free(&reply);
    return status;
}

/* --- the .xls reader (xls_int.h) ------------------------------------------ */

#define XLS_MALFORMED ".xls reader: malformed reply"
#define XLS_MAX_ROW   65536 /* a BIFF cell's row and column are 16 bits */

_Static_assert(OD_PDF_REQUEST_HEAD == 4 + 4 + 4 * 8 + 4 + 4 + 8,
               "the .xls request head has the PDF one's size");

/* The most bytes a valid .xls reply can have under `lim`. */
static size_t xls_reply_max(const struct od_xls_limits *lim)
{
    uint64_t cells = lim->max_cells < OD_GRID_MAX_CELLS ? lim->max_cells : OD_GRID_MAX_CELLS;
    uint64_t n = OD_PDF_REPLY_HEAD + OD_PDF_DETAIL_MAX + 4 + OD_XLS_NAME_MAX + 4 + 16 + 4 + 4 +
                 cells * OD_PDF_CELL_HEAD + OD_GRID_MAX_TEXT;

    return n > SIZE_MAX - 1 ? SIZE_MAX - 1 : (size_t)n;
}

int od_xls_reply_encode(int code, const char *detail, const struct od_grid *g, char *const *names,
                        struct od_buf *out)
{
    const char *name = g && g->name ? g->name : "";
    const char *sym = g ? g->money_symbol : "";
    size_t n = 0;
    int rc;

    if (names)
        while (names[n])
            n++;
    if ((rc = add_reply_head(out, OD_XLS_REPLY_MAGIC, OD_XLS_WIRE_VERSION, code, detail)) < 0 ||
        (rc = od_buf_add_le(out, (uint32_t)strlen(name), 4)) < 0 ||
        (rc = od_buf_add(out, name, strlen(name))) < 0 ||
        (rc = od_buf_add_le(out, (uint32_t)strlen(sym), 4)) < 0 ||
        (rc = od_buf_add(out, sym, strlen(sym))) < 0 ||
        (rc = od_buf_add_le(out, g && g->money_mixed ? 1 : 0, 4)) < 0 ||
        (rc = od_buf_add_le(out, (uint32_t)(g ? g->n : n), 4)) < 0)
        return rc;
    for (size_t i = 0; g && i < g->n; i++)
        if ((rc = add_cell(out, &g->cells[i])) < 0)
            return rc;
    for (size_t i = 0; i < n; i++) {
        struct od_cell c = {.row = (uint32_t)i, .span = 1, .rows = 1, .text = names[i]};

        if ((rc = add_cell(out, &c)) < 0)
            return rc;
    }
    return 0;
}

/* A text of the reply (name, symbol): n bytes of valid UTF-8 without control characters,
 * copied into buf (size > n). */
static bool take_text(struct reader *r, uint32_t n, char *buf)
{
    const unsigned char *p = take(r, n);

    if (!p)
        return false;
    memcpy(buf, p, n);
    buf[n] = '\0';
    return detail_ok(buf, n);
}

int od_xls_reply_parse(const char *data, size_t len, const struct od_xls_limits *lim,
                       struct od_grid *out, char ***ret_names, int *ret_code, char *detail,
                       size_t detail_size)
{
    struct reader r = {(const unsigned char *)data, (const unsigned char *)data + len};
    char d[OD_PDF_DETAIL_MAX + 1], name[OD_XLS_NAME_MAX + 1], sym[16];
    const unsigned char *h;
    struct od_grid g = {0};
    char **names = NULL;
    uint32_t dl, nl, sl, mixed, n;
    int32_t code;
    int rc = OD_EINVAL;

    if (!data || !(h = take(&r, OD_PDF_REPLY_HEAD)) || memcmp(h, OD_XLS_REPLY_MAGIC, 4) != 0 ||
        (uint32_t)od_le_get(h + 4, 4) != OD_XLS_WIRE_VERSION)
        return od_error_set(OD_EINVAL, XLS_MALFORMED);
    code = (int32_t)(uint32_t)od_le_get(h + 8, 4);
    dl = (uint32_t)od_le_get(h + 12, 4);
    if ((code != 0 && code != OD_EINVAL && code != OD_ENOMEM && code != OD_EIO) ||
        (code == 0) != (dl == 0) || dl > OD_PDF_DETAIL_MAX || !take_text(&r, dl, d) ||
        !(h = take(&r, 4)) || (nl = (uint32_t)od_le_get(h, 4)) > OD_XLS_NAME_MAX ||
        !take_text(&r, nl, name) || !(h = take(&r, 4)) ||
        (sl = (uint32_t)od_le_get(h, 4)) >= sizeof(sym) || !take_text(&r, sl, sym) ||
        !(h = take(&r, 4)) || (mixed = (uint32_t)od_le_get(h, 4)) > 1 || !(h = take(&r, 4)))
        return od_error_set(OD_EINVAL, XLS_MALFORMED);
    n = (uint32_t)od_le_get(h, 4);
    /* a grid has its sheet's name, names and failures none */
    if (n > lim->max_cells || (code == 0 && !ret_names) != (nl > 0) ||
        (code != 0 && (n || sl || mixed)) || (ret_names && (sl || mixed)))
        return od_error_set(OD_EINVAL, XLS_MALFORMED);
    if (code == 0 && ret_names) {
        names = calloc((size_t)n + 1, sizeof(*names));
        if (!names)
            return od_error_set(OD_ENOMEM, "out of memory");
    } else if (code == 0) {
        if ((rc = od_grid_init(&g, OD_GRID_SHEET, name)) < 0)
            return rc;
        g.max_cells = lim->max_cells < SIZE_MAX ? (size_t)lim->max_cells : SIZE_MAX;
        memcpy(g.money_symbol, sym, sl + 1);
        g.money_mixed = mixed == 1;
    }
    for (uint32_t i = 0; i < n; i++) {
        const unsigned char *c = take(&r, OD_PDF_CELL_HEAD), *text;
        uint32_t row, col, span, rows, type, tl;
        struct od_cell *cell = NULL;

        if (!c)
            goto malformed;
        row = (uint32_t)od_le_get(c, 4);
        col = (uint32_t)od_le_get(c + 4, 4);
        span = (uint32_t)od_le_get(c + 8, 4);
        rows = (uint32_t)od_le_get(c + 12, 4);
        type = (uint32_t)od_le_get(c + 16, 4);
        tl = (uint32_t)od_le_get(c + 48, 4);
        /* what xls.c makes, and nothing else: cells within a BIFF sheet, merged ranges
         * within it, no page and no coordinates */
        if (row >= XLS_MAX_ROW || col >= XLS_MAX_ROW || span < 1 || span > XLS_MAX_ROW ||
            rows < 1 || rows > XLS_MAX_ROW || type > OD_CELL_BOOL ||
            (uint32_t)od_le_get(c + 20, 4) != 0 || od_le_get(c + 24, 8) != 0 ||
            od_le_get(c + 32, 8) != 0 || od_le_get(c + 40, 8) != 0 || tl == 0 ||
            !(text = take(&r, tl)))
            goto malformed;
        if (names) {
            if (row != i || col != 0 || span != 1 || rows != 1 || type != OD_CELL_TEXT ||
                tl > OD_XLS_NAME_MAX || memchr(text, '\0', tl) ||
                !od_utf8_valid((const char *)text, tl, NULL))
                goto malformed;
            if (!(names[i] = strndup((const char *)text, tl))) {
                rc = od_error_set(OD_ENOMEM, "out of memory");
                goto fail;
            }
            continue;
        }
        rc = od_grid_add(&g, row, col, (enum od_cell_type)type, (const char *)text, tl, &cell);
        if (rc == OD_ETOOBIG) { /* the grid's limits: as xls.c says it */
            char msg[256];

            snprintf(msg, sizeof(msg), "%s", od_error_last());
            rc = od_error_set(OD_EINVAL, "%s", msg);
            goto fail;
        }
        if (rc < 0)
            goto fail;
        if (!cell) /* only white space: never sent by the reader */
            goto malformed;
        cell->span = span;
        cell->rows = rows;
    }
    if (r.p != r.end)
        goto malformed;
    if (code == 0 && names) {
        *ret_names = names;
    } else if (code == 0) {
        od_grid_sort(&g);
        *out = g;
    }
    *ret_code = code;
    snprintf(detail, detail_size, "%s", d);
    return 0;
malformed:
    rc = od_error_set(OD_EINVAL, XLS_MALFORMED);
fail:
    if (names)
        for (uint32_t i = 0; i < n; i++)
            free(names[i]);
    free(names);
    od_grid_free(&g);
    return rc;
}

/* What the child's end and its reply mean for the caller. */
static int xls_outcome(const struct child *ch, const struct od_buf *reply,
                       const struct od_xls_limits *lim, struct od_grid *out, char ***ret_names)
{
    char detail[OD_PDF_DETAIL_MAX + 1], size[64];
    int code = 0, rc;

    if (ch->overflow)
        return od_error_set(OD_EINVAL, XLS_MALFORMED);
    if (ch->timed_out || (ch->reaped && WIFSIGNALED(ch->status) && WTERMSIG(ch->status) == SIGXCPU))
        return od_error_set(OD_EINVAL, ".xls reader timed out after %llu s: not read",
                            (unsigned long long)lim->max_seconds);
    if (ch->reaped && WIFSIGNALED(ch->status))
        return od_error_set(OD_EINVAL, ".xls reader crashed (signal %d): not read",
                            WTERMSIG(ch->status));
    if (ch->reaped && (!WIFEXITED(ch->status) || WEXITSTATUS(ch->status) != 0))
        return od_error_set(OD_EINVAL, XLS_MALFORMED);
    rc = od_xls_reply_parse(reply->data, reply->len, lim, out, ret_names, &code, detail,
                            sizeof(detail));
    if (rc < 0)
        return rc;
    if (code == OD_ENOMEM) { /* under RLIMIT_AS: the document's fault, not this process's */
        od_pdf_size_text(lim->max_memory, size, sizeof(size));
        return od_error_set(OD_EINVAL, ".xls reader needs more than %s of memory: not read", size);
    }
    if (code != 0)
        return od_error_set(code, "%s", detail);
    return 0;
}

int od_xls_read_child(char *const *argv, const char *data, size_t len, const char *sheet,
                      const struct od_xls_limits *lim, struct od_grid *out, char ***ret_names)
{
    size_t sl = sheet ? strlen(sheet) : 0;
    unsigned char head[OD_PDF_REQUEST_HEAD + OD_XLS_NAME_MAX];
    struct child ch;
    struct od_buf reply;
    int rc;

    if (sl > OD_XLS_NAME_MAX) /* longer than any sheet's name */
        return od_error_set(OD_EINVAL, "no sheet named '%.100s...'", sheet);
    memcpy(head, OD_XLS_REQUEST_MAGIC, 4);
    od_le_put(head + 4, OD_XLS_WIRE_VERSION, 4);
    od_le_put(head + 8, lim->max_bytes, 8);
    od_le_put(head + 16, lim->max_cells, 8);
    od_le_put(head + 24, lim->max_seconds, 8);
    od_le_put(head + 32, lim->max_memory, 8);
    od_le_put(head + 40, ret_names ? 1 : 0, 4);
    od_le_put(head + 44, sheet ? (uint32_t)sl : OD_XLS_NO_SHEET, 4);
    od_le_put(head + 48, len, 8);
    if (sl)
        memcpy(head + OD_PDF_REQUEST_HEAD, sheet, sl);
    od_buf_init(&reply, xls_reply_max(lim) + 1);
    rc = run(".xls reader", argv, head, OD_PDF_REQUEST_HEAD + sl, data, len, lim->max_seconds,
             &reply, &ch);
    if (rc == 0)
        rc = xls_outcome(&ch, &reply, lim, out, ret_names);
    od_buf_free(&reply);
    return rc;
}

#ifdef OD_TEST_HOOKS
/* Built with -Dtest_hooks=true only: ORDERD_TEST_XLS_WORKER=crash or =hang in the
 * worker's environment makes it crash or hang instead of reading an .xls (for the
 * integration test of a crashing reader: no file is known that crashes FreeXL past the
 * checks). */
static void xls_test_hook(void)
{
    const char *hook = getenv("ORDERD_TEST_XLS_WORKER");

    if (hook && strcmp(hook, "crash") == 0) {
        signal(SIGSEGV, SIG_DFL); /* AddressSanitizer's handler would exit(1) instead */
        raise(SIGSEGV);
    }
    while (hook && strcmp(hook, "hang") == 0)
        pause();
}
#endif

/* The child's side of an .xls request whose head is read. */
static int xls_serve(const unsigned char *head, int in_fd, int out_fd)
{
    struct od_xls_limits lim;
    char sheet[OD_XLS_NAME_MAX + 1], *data = NULL, **names = NULL;
    struct od_grid g = {0};
    struct od_buf reply = {0};
    uint32_t what, sl;
    uint64_t len;
    int rc = 0, status = 1;

    if ((uint32_t)od_le_get(head + 4, 4) != OD_XLS_WIRE_VERSION)
        return 1;
    lim.max_bytes = od_le_get(head + 8, 8);
    lim.max_cells = od_le_get(head + 16, 8);
    lim.max_seconds = od_le_get(head + 24, 8);
    lim.max_memory = od_le_get(head + 32, 8);
    what = (uint32_t)od_le_get(head + 40, 4);
    sl = (uint32_t)od_le_get(head + 44, 4);
    len = od_le_get(head + 48, 8);
    if (!lim.max_bytes || !lim.max_cells || !lim.max_seconds || !lim.max_memory || what > 1 ||
        (sl != OD_XLS_NO_SHEET && (sl > OD_XLS_NAME_MAX || what == 1)) || len > lim.max_bytes ||
        len >= SIZE_MAX)
        return 1;
    limit_self(lim.max_seconds, lim.max_memory);
    if (sl != OD_XLS_NO_SHEET) {
        if (od_spawn_read_all(in_fd, sheet, sl) != 1 || memchr(sheet, '\0', sl))
            return 1;
        sheet[sl] = '\0';
    }
    data = malloc((size_t)len + 1);
    if (!data) {
        rc = od_error_set(OD_ENOMEM, "out of memory");
    } else if (od_spawn_read_all(in_fd, data, (size_t)len) != 1) {
        goto out; /* a request cut short: the caller went away */
    } else {
#ifdef OD_TEST_HOOKS
        xls_test_hook();
#endif
        if (what == 0)
            rc =
                od_xls_read_here(data, (size_t)len, sl != OD_XLS_NO_SHEET ? sheet : NULL, &lim, &g);
        else
            rc = od_xls_names_here(data, (size_t)len, &lim, &names);
    }
    free(data);
    data = NULL;
    if (rc < 0 && rc != OD_ENOMEM && rc != OD_EINVAL && rc != OD_EIO)
        rc = OD_EINVAL;

    od_buf_init(&reply, xls_reply_max(&lim) + 1);
    status = send_reply(out_fd, &reply,
                        od_xls_reply_encode(rc, rc ? od_error_last() : "",
                                            rc          ? NULL
                                            : what == 0 ? &g
                                                        : NULL,
                                            rc ? NULL : names, &reply),
                        OD_PDF_REPLY_HEAD + OD_PDF_DETAIL_MAX + 64, xls_oom_reply);
out:
    free(data);
    od_grid_free(&g);
    od_xlsx_names_free(names);
    od_buf_free(&reply);
    return status;
}
