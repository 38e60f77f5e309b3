/* The IMAP connector (kind: imap): purchase orders e-mailed to a
 * mailbox. The transport is libetpan's mailimap; every message goes
 * through imap_extract() (extract.c) into orders and dead letters.
 *
 * Exactly once. The cursor is {"uidvalidity": V, "uid": U}: U is the
 * highest UID whose items are committed. A poll asks UID SEARCH UID
 * (U+1):* and drops UIDs <= U (the server answers "n:*" with the last
 * message even when its UID is below n), fetches RFC822.SIZE, then each
 * message with BODY.PEEK[] (so \Seen is never set by reading, and never
 * read: a person may have opened the mail). A message over
 * max_message_bytes is never downloaded: its headers become a dead
 * letter. When UIDVALIDITY changes the mailbox is read again from UID 1;
 * orders are idempotent by (channel, external_id) and content, and dead
 * letters by (channel, source_ref, raw hash): their source_ref is
 * "MAILBOX <Message-ID>" (or "MAILBOX sha256:HEX"), never the UID, so a
 * rescan doubles nothing.
 *
 * Side effects (after: move | flag) happen in after_commit on the UIDs of
 * the committed batch, and a poll repairs those a crash skipped (messages
 * at or below the cursor still in the mailbox, or still without
 * $Orderd).
 *
 * TLS is orderd's own stream (tls.c): libetpan (1.9.4, GnuTLS) checks
 * neither the chain nor the host name and forces a priority that keeps
 * TLS 1.0 and 1.1. */
#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <gnutls/crypto.h>
#include <json-c/json.h>
#include <libetpan/libetpan.h>
#include <netdb.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#include "connector.h"
#include "error.h"
#include "extract.h"
#include "guard.h"
#include "imap.h"
#include "mailworker.h"
#include "stats.h"
#include "tls.h"

#define IDLE_MAX_MS       (28 * 60 * 1000) /* RFC 2177: re-issue before 29 min */
#define WAIT_SLICE_MS     500              /* stop() is asked at least this often */
#define REPAIR_MAX        1000             /* side effects repaired per poll */
#define DEFAULT_MAX_ITEMS 500
#define RESPONSE_BUDGET   (16u * 1024 * 1024) /* bytes read for one command but a body fetch */
#define SEARCH_SPAN       100000u             /* UIDs asked for in one UID SEARCH of new messages */
#define SEARCH_RANGES     64                  /* empty ranges passed in one poll */
#define BODY_SLACK        (1024u * 1024)      /* a body fetch: the message plus this */
#define COMMAND_TIMEOUTS  10                  /* one command may take this many `timeout`s in all */

static const char *const securities[] = {"tls", "starttls", "none", NULL};
static const char *const afters[] = {"none", "flag", "move", NULL};

struct imap_settings {
    char *host;
    int64_t port;
    char *security;
    bool allow_insecure;
    char *ca_file;
    char *user;
    char *password;
    char *mailbox;
    char *after;
    char *move_to;
    bool idle;
    uint64_t max_message_bytes;
    bool customer_from_sender;
    int64_t timeout_ms;
    int64_t read_timeout_ms;
    uint64_t read_memory;
    struct imap_extract_settings extract;
};

#define K(f) offsetof(struct imap_settings, f)

static const struct od_config_key imap_keys[] = {
    {"host", OD_KEY_STRING, NULL, K(host), "IMAP server host name or address", NULL, true},
    {"port", OD_KEY_INT, "0", K(port), "TCP port; 0 = 993 for tls, 143 otherwise", NULL, false},
    {"security", OD_KEY_ENUM, "tls", K(security),
     "tls (implicit TLS), starttls or none (loopback or allow_insecure only)", securities, false},
    {"allow_insecure", OD_KEY_BOOL, "false", K(allow_insecure),
     "allow security: none to a host that is not loopback", NULL, false},
    {"ca_file", OD_KEY_PATH, NULL, K(ca_file),
     "CA certificates (PEM) to trust instead of the system store", NULL, false},
    {"user", OD_KEY_STRING, NULL, K(user), "login name", NULL, true},
    {"password", OD_KEY_SECRET, NULL, K(password), "password: {env: NAME} or {file: PATH}", NULL,
     true},
    {"mailbox", OD_KEY_STRING, "INBOX", K(mailbox), "mailbox to read (UTF-8 name)", NULL, false},
    {"after", OD_KEY_ENUM, "none", K(after),
     "after commit: none, flag (\\Seen and $Orderd) or move (to move_to)", afters, false},
    {"move_to", OD_KEY_STRING, NULL, K(move_to),
     "after: move: target mailbox, created when missing", NULL, false},
    {"idle", OD_KEY_BOOL, "false", K(idle),
     "wait with IMAP IDLE between polls (near real time; polls when the server lacks IDLE)", NULL,
     false},
    {"max_message_bytes", OD_KEY_SIZE, "25MiB", K(max_message_bytes),
     "larger messages become a dead letter with their headers only", NULL, false},
    {"customer_from_sender", OD_KEY_BOOL, "false", K(customer_from_sender),
     "fill customer.email from the From address", NULL, false},
    {"timeout", OD_KEY_DURATION, "60s", K(timeout_ms), "limit for each network step", NULL, false},
    {"read_timeout", OD_KEY_DURATION, "30s", K(read_timeout_ms),
     "wall time to read one message (bodies and attachments); a message that takes longer is a "
     "dead letter",
     NULL, false},
    {"read_memory", OD_KEY_SIZE, "1GiB", K(read_memory),
     "address space of the process that reads messages; a message that needs more is a dead "
     "letter",
     NULL, false},
    {"extract", OD_KEY_SECTION, NULL, K(extract), "how orders are read from a message", NULL, false,
     imap_extract_keys},
    {NULL, 0, NULL, 0, NULL, NULL, false},
};

#undef K

struct imap_state {
    struct od_channel *ch;
    const struct imap_settings *s;
    /* mailbox and move_to in modified UTF-7, as sent to the server */
    char mailbox_w[IMAP_MAILBOX_MAX], move_to_w[IMAP_MAILBOX_MAX];
    mailimap *imap; /* NULL when not connected */
    uint32_t uidvalidity;
    uint32_t exists; /* EXISTS after the last SELECT, to see news that came before IDLE */
    bool has_move, has_uidplus, has_idle;
    bool move_to_ok;
    /* What the server may send for the current command: libetpan reads
     * whole responses, so a byte budget, checked as data arrives
     * (budget_cb), and a deadline, checked before every read (guard.c),
     * cut off a server that sends without end or stalls. */
    uint64_t received, budget;
    int64_t deadline_ms;
    bool cut;
    /* UIDs of the batch last returned by poll, for after_commit. */
    uint32_t *done;
    size_t n_done, cap_done;
    uint32_t done_validity;
    /* The child process that reads the messages (mailworker.h). */
    struct imap_reader reader;
};

/* ---- configuration ------------------------------------------------------ */

/* One code point of UTF-8 at *p (advanced), or -1 when malformed. */
static long utf8_next(const unsigned char **p)
{
    const unsigned char *s = *p;
    long c;
    int n;

    if (s[0] < 0x80) {
        *p = s + 1;
        return s[0];
    }
    if (s[0] >= 0xc2 && s[0] <= 0xdf) {
        c = s[0] & 0x1f;
        n = 1;
    } else if (s[0] >= 0xe0 && s[0] <= 0xef) {
        c = s[0] & 0x0f;
        n = 2;
    } else if (s[0] >= 0xf0 && s[0] <= 0xf4) {
        c = s[0] & 0x07;
        n = 3;
    } else {
        return -1;
    }
    for (int i = 1; i <= n; i++) {
        if ((s[i] & 0xc0) != 0x80)
            return -1;
        c = (c << 6) | (s[i] & 0x3f);
    }
    if ((n == 2 && c < 0x800) || (n == 3 && (c < 0x10000 || c > 0x10ffff)) ||
        (c >= 0xd800 && c <= 0xdfff))
        return -1;
    *p = s + n + 1;
    return c;
}

int imap_mutf7(const char *utf8, char *out, size_t size)
{
    static const char b64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+,";
    const unsigned char *p = (const unsigned char *)utf8;
    size_t o = 0;

#define PUT(ch)                                                                                    \
    do {                                                                                           \
        if (o + 1 >= size)                                                                         \
            return -1;                                                                             \
        out[o++] = (char)(ch);                                                                     \
    } while (0)
    while (*p) {
        uint32_t bits = 0;
        int nbits = 0;

        if (*p >= 0x20 && *p <= 0x7e) {
            PUT(*p);
            if (*p == '&')
                PUT('-');
            p++;
            continue;
        }
        if (*p < 0x20 || *p == 0x7f)
            return -1;
        PUT('&');
        while (*p && !(*p >= 0x20 && *p <= 0x7e)) {
            long c = utf8_next(&p);
            unsigned units[2];
            int nu = 1;

            if (c < 0x80) /* a control character, or malformed */
                return -1;
            if (c >= 0x10000) {
                units[0] = 0xd800 + (unsigned)((c - 0x10000) >> 10);
                units[1] = 0xdc00 + (unsigned)((c - 0x10000) & 0x3ff);
                nu = 2;
            } else {
                units[0] = (unsigned)c;
            }
            for (int u = 0; u < nu; u++) {
                bits = (bits << 16) | units[u];
                nbits += 16;
                while (nbits >= 6) {
                    nbits -= 6;
                    PUT(b64[(bits >> nbits) & 0x3f]);
                }
                bits &= (1u << nbits) - 1;
            }
        }
        if (nbits > 0)
            PUT(b64[(bits << (6 - nbits)) & 0x3f]);
        PUT('-');
    }
#undef PUT
    if (size == 0)
        return -1;
    out[o] = '\0';
    return 0;
}

bool imap_is_loopback(const char *host)
{
    unsigned char a[16];

    if (strcasecmp(host, "localhost") == 0)
        return true;
    if (inet_pton(AF_INET, host, a) == 1)
        return a[0] == 127;
    if (inet_pton(AF_INET6, host, a) == 1) {
        static const unsigned char one[16] = {[15] = 1};

        return memcmp(a, one, 16) == 0;
    }
    return false;
}

static int imap_validate(const struct od_channel *ch)
{
    const struct imap_settings *s = ch->settings;

    if (!s->host[0])
        return od_error_set(OD_ECONFIG, "imap.host: must not be empty");
    if (s->port < 0 || s->port > 65535)
        return od_error_set(OD_ECONFIG, "imap.port: must be between 0 and 65535");
    if (strcmp(s->security, "none") == 0 && !imap_is_loopback(s->host) && !s->allow_insecure)
        return od_error_set(OD_ECONFIG,
                            "imap.security: none would send the password in clear text to '%s'; "
                            "use tls or starttls (none is allowed for a loopback host, or with "
                            "allow_insecure: true)",
                            s->host);
    if (!s->mailbox[0])
        return od_error_set(OD_ECONFIG, "imap.mailbox: must not be empty");
    {
        char w[IMAP_MAILBOX_MAX];

        if (imap_mutf7(s->mailbox, w, sizeof(w)) < 0)
            return od_error_set(OD_ECONFIG,
                                "imap.mailbox: not a valid mailbox name (UTF-8 without control "
                                "characters, at most %d bytes on the wire)",
                                IMAP_MAILBOX_MAX - 1);
        if (s->move_to && imap_mutf7(s->move_to, w, sizeof(w)) < 0)
            return od_error_set(OD_ECONFIG,
                                "imap.move_to: not a valid mailbox name (UTF-8 without control "
                                "characters, at most %d bytes on the wire)",
                                IMAP_MAILBOX_MAX - 1);
    }
    if (strcmp(s->after, "move") == 0 && (!s->move_to || !s->move_to[0]))
        return od_error_set(OD_ECONFIG, "imap.move_to: required with after: move");
    if (s->move_to && strcmp(s->move_to, s->mailbox) == 0)
        return od_error_set(OD_ECONFIG, "imap.move_to: must differ from mailbox");
    if (s->max_message_bytes == 0)
        return od_error_set(OD_ECONFIG, "imap.max_message_bytes: must be > 0");
    if (s->timeout_ms < 1000)
        return od_error_set(OD_ECONFIG, "imap.timeout: must be at least 1s");
    if (imap_extract_validate(&s->extract) < 0)
        return od_error_wrap(OD_ECONFIG, "imap.extract");
    return 0;
}

/* ---- small helpers ---------------------------------------------------------- */

static time_t timeout_s(const struct imap_settings *s)
{
    return (time_t)((s->timeout_ms + 999) / 1000);
}

/* Allow `budget` bytes and COMMAND_TIMEOUTS timeouts for what follows. */
static void budget_set(struct imap_state *st, uint64_t budget)
{
    st->received = 0;
    st->budget = budget;
    st->deadline_ms = imap_mono_ms() + st->s->timeout_ms * COMMAND_TIMEOUTS;
    st->cut = false;
}

/* libetpan's logger, called with every chunk read from the server: past
 * the budget or the deadline, cancel the stream, so the command fails
 * (as a lost connection) instead of buffering without end. */
static void budget_cb(mailimap *imap, int log_type, const char *str, size_t size, void *ctx)
{
    struct imap_state *st = ctx;

    (void)str;
    if (log_type != MAILSTREAM_LOG_TYPE_DATA_RECEIVED || st->cut)
        return;
    st->received += size;
    if (st->received > st->budget || imap_mono_ms() > st->deadline_ms) {
        st->cut = true;
        if (imap->imap_stream)
            mailstream_low_cancel(mailstream_get_low(imap->imap_stream));
    }
}

/* The server's last response text, shown safely. */
static const char *server_said(const struct imap_state *st, char *buf, size_t size)
{
    const char *r = st->imap ? st->imap->imap_response : NULL;

    imap_printable(buf, size, r ? r : "", r ? strlen(r) : 0);
    return buf;
}

static void disconnect(struct imap_state *st)
{
    if (!st->imap)
        return;
    /* mailimap_free closes the stream; no LOGOUT on a session that may
     * be broken (it would wait for the timeout). */
    mailimap_free(st->imap);
    st->imap = NULL;
    st->move_to_ok = false;
}

/* A failed libetpan call: a stream/parse error drops the session. */
static int imap_fail(struct imap_state *st, int r, const char *what)
{
    char said[200];
    int rc;

    if (r == MAILIMAP_ERROR_MEMORY)
        return od_error_set(OD_ENOMEM, "out of memory");
    if (r == MAILIMAP_ERROR_STREAM || r == MAILIMAP_ERROR_PARSE || r == MAILIMAP_ERROR_FATAL ||
        r == MAILIMAP_ERROR_BAD_STATE) {
        if (st->cut)
            rc = od_error_set(OD_EIO,
                              "%s:%lld: %s: the server sent more than %llu bytes or took longer "
                              "than %lld s; connection closed",
                              st->s->host, (long long)st->s->port, what,
                              (unsigned long long)st->budget,
                              (long long)(st->s->timeout_ms * COMMAND_TIMEOUTS / 1000));
        else
            rc = od_error_set(OD_EAGAIN, "%s:%lld: %s: connection lost or timed out (%s)",
                              st->s->host, (long long)st->s->port, what,
                              r == MAILIMAP_ERROR_PARSE ? "unreadable response" : "stream error");
        disconnect(st);
        return rc;
    }
    rc = od_error_set(OD_EIO, "%s:%lld: %s refused: %s", st->s->host, (long long)st->s->port, what,
                      server_said(st, said, sizeof(said)));
    return rc;
}

/* ---- TCP and TLS ---------------------------------------------------------------- */

/* Connect to host:port within timeout_ms; the socket is left blocking
 * (libetpan makes it non-blocking itself). */
static int tcp_connect(const char *host, int port, int64_t timeout_ms, int *out)
{
    struct addrinfo hints, *res = NULL;
    char ports[16];
    int fd = -1, rc = 0, gai, err = 0;

    memset(&hints, 0, sizeof(hints));
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    snprintf(ports, sizeof(ports), "%d", port);
    gai = getaddrinfo(host, ports, &hints, &res);
    if (gai != 0)
        return od_error_set(OD_EAGAIN, "%s:%d: cannot resolve: %s", host, port, gai_strerror(gai));
    for (struct addrinfo *ai = res; ai; ai = ai->ai_next) {
        struct pollfd p;
        socklen_t len = sizeof(err);
        int flags;

        fd = socket(ai->ai_family, ai->ai_socktype | SOCK_CLOEXEC, ai->ai_protocol);
        if (fd < 0) {
            err = errno;
            continue;
        }
        flags = fcntl(fd, F_GETFL);
        fcntl(fd, F_SETFL, flags | O_NONBLOCK);
        if (connect(fd, ai->ai_addr, ai->ai_addrlen) == 0) {
            fcntl(fd, F_SETFL, flags);
            goto done;
        }
        err = errno;
        if (err == EINPROGRESS) {
            p.fd = fd;
            p.events = POLLOUT;
            p.revents = 0;
            if (poll(&p, 1, (int)timeout_ms) == 1 &&
                getsockopt(fd, SOL_SOCKET, SO_ERROR, &err, &len) == 0 && err == 0) {
                fcntl(fd, F_SETFL, flags);
                goto done;
            }
            if (err == EINPROGRESS)
                err = ETIMEDOUT;
        }
        close(fd);
        fd = -1;
    }
    rc = od_error_set(OD_EAGAIN, "%s:%d: cannot connect: %s", host, port,
                      strerror(err ? err : ECONNREFUSED));
done:
    freeaddrinfo(res);
    if (rc == 0)
        *out = fd;
    return rc;
}

/* Whether the server named capability `name`, read from the session's
 * list itself: libetpan's mailimap_has_extension() reads through a list
 * that a malformed answer ("* CAPABILITY " with nothing after it) leaves
 * NULL (found by fuzz_imapwire). */
static bool has_cap(const mailimap *imap, const char *name)
{
    const struct mailimap_connection_info *ci = imap->imap_connection_info;

    if (!ci || !ci->imap_capability || !ci->imap_capability->cap_list)
        return false;
    for (clistiter *it = clist_begin(ci->imap_capability->cap_list); it; it = clist_next(it)) {
        const struct mailimap_capability *c = clist_content(it);

        if (c && c->cap_type == MAILIMAP_CAPABILITY_NAME && c->cap_data.cap_name &&
            strcasecmp(c->cap_data.cap_name, name) == 0)
            return true;
    }
    return false;
}

/* CAPABILITY, sent as a plain command: libetpan's mailimap_capability()
 * copies the session's list without checking it, and read through NULL
 * when a server answered with a bare OK having named none before, or with
 * "* CAPABILITY " and nothing after it (found by fuzz_imapwire). The list
 * the answer holds is read by has_cap(). */
static void read_caps(struct imap_state *st)
{
    mailimap_custom_command(st->imap, "CAPABILITY");
    st->has_move = has_cap(st->imap, "MOVE");
    st->has_uidplus = has_cap(st->imap, "UIDPLUS");
    st->has_idle = has_cap(st->imap, "IDLE");
}

/* STARTTLS, then TLS over the same socket in place of the plain stream.
 * Bytes the server sent after its OK and before the handshake would be
 * read as if they came over TLS (a response injection): refused. */
static int starttls(struct imap_state *st, const struct imap_tls_peer *peer)
{
    mailstream *stream = st->imap->imap_stream;
    mailstream_low *plain, *low = NULL;
    int r, rc;

    r = mailimap_starttls(st->imap);
    /* Debian's libetpan refuses buffered bytes itself (CVE-2020-15953)
     * with the code of a refused STARTTLS; checked here whatever it says. */
    if (stream->read_buffer_len > 0)
        return od_error_set(OD_EIO,
                            "%s:%lld: the server sent data after its STARTTLS answer and before "
                            "TLS began (refused: it could be injected)",
                            peer->host, peer->port);
    if (r != MAILIMAP_NO_ERROR)
        return od_error_set(OD_EAGAIN, "%s:%lld: STARTTLS failed", peer->host, peer->port);
    plain = mailstream_get_low(stream);
    rc = imap_tls_open(mailstream_low_get_fd(plain), peer, (unsigned)timeout_s(st->s), &low);
    if (rc < 0)
        return rc;
    /* The TLS stream owns the socket now; freeing the plain stream (and
     * its guard) does not close it. */
    mailstream_low_free(plain);
    mailstream_set_low(stream, low);
    return imap_guard(stream, &st->deadline_ms, &st->cut);
}

/* Connect, verify TLS and log in (the mailbox is selected by poll). */
static int imap_connect(struct imap_state *st)
{
    const struct imap_settings *s = st->s;
    mailstream *stream = NULL;
    int fd = -1, rc = 0, r;
    bool tls = strcmp(s->security, "tls") == 0, preauth;
    struct imap_tls_peer peer = {.host = s->host, .port = s->port, .ca_file = s->ca_file};

    if (st->imap)
        return 0;
    rc = tcp_connect(s->host, (int)s->port, s->timeout_ms, &fd);
    if (rc < 0)
        return rc;
    st->imap = mailimap_new(0, NULL);
    if (!st->imap) {
        close(fd);
        return od_error_set(OD_ENOMEM, "out of memory");
    }
    mailimap_set_timeout(st->imap, timeout_s(s));
    mailimap_set_logger(st->imap, budget_cb, st);
    budget_set(st, RESPONSE_BUDGET);
    if (tls) {
        mailstream_low *low = NULL;

        rc = imap_tls_open(fd, &peer, (unsigned)timeout_s(s), &low);
        if (rc < 0) {
            close(fd);
            goto out;
        }
        stream = mailstream_new(low, 8192);
        if (!stream) {
            mailstream_low_close(low);
            mailstream_low_free(low);
            rc = od_error_set(OD_ENOMEM, "out of memory");
            goto out;
        }
        rc = imap_guard(stream, &st->deadline_ms, &st->cut);
        if (rc < 0) {
            mailstream_close(stream);
            goto out;
        }
    } else {
        stream = mailstream_socket_open_timeout(fd, timeout_s(s));
        if (!stream) {
            close(fd);
            rc = od_error_set(OD_ENOMEM, "out of memory");
            goto out;
        }
        rc = imap_guard(stream, &st->deadline_ms, &st->cut);
        if (rc < 0) {
            mailstream_close(stream);
            goto out;
        }
    }
    r = mailimap_connect(st->imap, stream); /* takes the stream, even on failure */
    if (r != MAILIMAP_NO_ERROR_AUTHENTICATED && r != MAILIMAP_NO_ERROR_NON_AUTHENTICATED) {
        rc = imap_fail(st, r, "greeting");
        goto out;
    }
    preauth = r == MAILIMAP_NO_ERROR_AUTHENTICATED;
    if (preauth && strcmp(s->security, "starttls") == 0) {
        rc = od_error_set(OD_EIO,
                          "%s:%lld: the server pre-authenticated the session, so STARTTLS is not "
                          "possible (security: starttls)",
                          s->host, (long long)s->port);
        goto out;
    }
    if (strcmp(s->security, "starttls") == 0) {
        read_caps(st);
        if (!has_cap(st->imap, "STARTTLS")) {
            rc = od_error_set(OD_EIO,
                              "%s:%lld: the server does not offer STARTTLS (security: starttls)",
                              s->host, (long long)s->port);
            goto out;
        }
        rc = starttls(st, &peer);
        if (rc < 0)
            goto out;
    }
    /* A PREAUTH greeting needs no LOGIN (not after STARTTLS: RFC 3501
     * allows STARTTLS only before authentication). */
    r = preauth ? MAILIMAP_NO_ERROR : mailimap_login(st->imap, s->user, s->password);
    if (r != MAILIMAP_NO_ERROR) {
        char said[200];

        if (r == MAILIMAP_ERROR_LOGIN)
            rc = od_error_set(OD_EAUTH, "%s:%lld: login as '%s' refused: %s", s->host,
                              (long long)s->port, s->user, server_said(st, said, sizeof(said)));
        else
            rc = imap_fail(st, r, "LOGIN");
        goto out;
    }
    read_caps(st);
out:
    if (rc < 0)
        disconnect(st);
    return rc;
}

/* SELECT the mailbox again (every poll: a fresh UIDVALIDITY, and a
 * session the server dropped is noticed here and opened again once). */
static int select_mailbox(struct imap_state *st)
{
    const struct imap_settings *s = st->s;
    char said[200];
    int r, rc;

    for (int attempt = 0;; attempt++) {
        bool fresh = !st->imap;

        rc = imap_connect(st);
        if (rc < 0)
            return rc;
        budget_set(st, RESPONSE_BUDGET);
        r = mailimap_select(st->imap, st->mailbox_w);
        if (r == MAILIMAP_NO_ERROR)
            break;
        if (r == MAILIMAP_ERROR_SELECT)
            return od_error_set(OD_EIO, "%s:%lld: mailbox '%s' cannot be selected: %s", s->host,
                                (long long)s->port, s->mailbox,
                                server_said(st, said, sizeof(said)));
        rc = imap_fail(st, r, "SELECT");
        if (fresh || attempt > 0 || st->imap)
            return rc;
        od_channel_log(st->ch, OD_CH_DEBUG, "connection dropped since the last poll; reconnecting");
    }
    st->uidvalidity =
        st->imap->imap_selection_info ? st->imap->imap_selection_info->sel_uidvalidity : 0;
    /* RFC 3501 requires UIDVALIDITY (non-zero) in SELECT's answer; without
     * it a cursor of UIDs could not be told from one of another mailbox
     * (and would read back as no cursor: the mailbox read again from UID 1
     * every poll). */
    if (st->uidvalidity == 0)
        return od_error_set(OD_EIO,
                            "%s:%lld: mailbox '%s': the server's SELECT answer has no UIDVALIDITY "
                            "(RFC 3501 requires it), so its UIDs cannot be resumed from; not read",
                            s->host, (long long)s->port, s->mailbox);
    return 0;
}

/* ---- cursor ---------------------------------------------------------------------- */

void imap_cursor_parse(const char *json, uint32_t *validity, uint32_t *uid)
{
    struct json_object *o = json ? json_tokener_parse(json) : NULL;
    struct json_object *v, *u;

    *validity = 0;
    *uid = 0;
    if (o && json_object_is_type(o, json_type_object) &&
        json_object_object_get_ex(o, "uidvalidity", &v) &&
        json_object_object_get_ex(o, "uid", &u) && json_object_is_type(v, json_type_int) &&
        json_object_is_type(u, json_type_int)) {
        int64_t a = json_object_get_int64(v), b = json_object_get_int64(u);

        if (a > 0 && a <= UINT32_MAX && b >= 0 && b <= UINT32_MAX) {
            *validity = (uint32_t)a;
            *uid = (uint32_t)b;
        }
    }
    json_object_put(o);
}

/* ---- message helpers --------------------------------------------------------------- */

bool imap_message_id(const char *raw, size_t len, char *buf, size_t size)
{
    size_t i = 0;

    while (i < len) {
        size_t end = i, j;

        while (end < len && raw[end] != '\n')
            end++;
        if (end == i || (end == i + 1 && raw[i] == '\r'))
            break; /* end of the header */
        if (end - i > 11 && strncasecmp(raw + i, "Message-ID:", 11) == 0) {
            char v[IMAP_MSGID_MAX + 1];
            size_t n = 0;

            /* The value, unfolded (continuation lines start with space). */
            j = i + 11;
            for (;;) {
                for (; j < end && n < IMAP_MSGID_MAX; j++)
                    if (raw[j] > 0x20 && raw[j] < 0x7f)
                        v[n++] = raw[j];
                if (end + 1 < len && (raw[end + 1] == ' ' || raw[end + 1] == '\t')) {
                    j = end + 1;
                    end = j;
                    while (end < len && raw[end] != '\n')
                        end++;
                    continue;
                }
                break;
            }
            v[n] = '\0';
            if (n == 0 || strcmp(v, "<>") == 0)
                return false;
            if (v[0] == '<')
                snprintf(buf, size, "%s", v);
            else
                snprintf(buf, size, "<%s>", v);
            return true;
        }
        i = end + 1;
    }
    return false;
}

void imap_source_ref(const char *mailbox, const char *raw, size_t len, char *buf, size_t size)
{
    char id[IMAP_MSGID_MAX + 3];

    if (imap_message_id(raw, len, id, sizeof(id))) {
        snprintf(buf, size, "%s %s", mailbox, id);
    } else {
        unsigned char d[32];
        char hex[65];

        gnutls_hash_fast(GNUTLS_DIG_SHA256, raw, len, d);
        for (int k = 0; k < 32; k++)
            snprintf(hex + 2 * k, 3, "%02x", d[k]);
        snprintf(buf, size, "%s sha256:%s", mailbox, hex);
    }
}

static int cmp_u32(const void *a, const void *b)
{
    uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;

    return x < y ? -1 : x > y;
}

/* UID SEARCH with `key` (taken), sorted UIDs > `above` in *out. */
static int uid_search(struct imap_state *st, struct mailimap_search_key *key, uint32_t above,
                      uint32_t **out, size_t *n_out)
{
    clist *res = NULL;
    uint32_t *v = NULL;
    size_t n = 0;
    int r, rc = 0;

    budget_set(st, RESPONSE_BUDGET);
    r = mailimap_uid_search(st->imap, NULL, key, &res);
    mailimap_search_key_free(key);
    if (r != MAILIMAP_NO_ERROR)
        return imap_fail(st, r, "UID SEARCH");
    v = calloc(clist_count(res) + 1, sizeof(*v));
    if (!v) {
        rc = od_error_set(OD_ENOMEM, "out of memory");
        goto out;
    }
    for (clistiter *it = clist_begin(res); it; it = clist_next(it)) {
        uint32_t *u = clist_content(it);

        if (u && *u > above)
            v[n++] = *u;
    }
    qsort(v, n, sizeof(*v), cmp_u32);
    {
        size_t m = 0;

        for (size_t i = 0; i < n; i++)
            if (m == 0 || v[m - 1] != v[i])
                v[m++] = v[i];
        n = m;
    }
    *out = v;
    *n_out = n;
    v = NULL;
out:
    free(v);
    mailimap_search_result_free(res);
    return rc;
}

/* UIDs above the cursor in the first range of SEARCH_SPAN UIDs that has
 * any, from `last` + 1 up, trying at most SEARCH_RANGES ranges in one
 * poll: a mailbox with millions of messages after the cursor costs one
 * poll at most SEARCH_SPAN UIDs of answer, never the whole list. The
 * ranges stop at UIDNEXT of the SELECT (no UID below it can appear
 * later); a server that sent none (RFC 3501 requires it) gets one
 * "last+1:*". *ret_hi: the last UID searched, every UID up to it that
 * is not in *out is gone for good; *ret_more: UIDs above it may exist. */
static int search_new(struct imap_state *st, uint32_t last, uint32_t **out, size_t *n_out,
                      uint32_t *ret_hi, bool *ret_more)
{
    const struct mailimap_selection_info *si = st->imap->imap_selection_info;
    uint32_t next = si ? si->sel_uidnext : 0, lo = last + 1, hi = last;
    uint32_t *uids = NULL;
    size_t n = 0;
    int rc = 0;

    for (int k = 0; k < SEARCH_RANGES && n == 0 && lo != 0; k++) {
        struct mailimap_search_key *key;
        struct mailimap_set *set;

        if (next != 0 && lo >= next)
            break;
        hi = next == 0 ? 0 : next - 1;
        if (next != 0 && hi - lo >= SEARCH_SPAN)
            hi = lo + (SEARCH_SPAN - 1);
        set = mailimap_set_new_interval(lo, hi); /* hi 0: "*" */
        key = set ? mailimap_search_key_new_uid(set) : NULL;
        if (!key) {
            if (set)
                mailimap_set_free(set);
            free(uids);
            return od_error_set(OD_ENOMEM, "out of memory");
        }
        free(uids);
        uids = NULL;
        rc = uid_search(st, key, last, &uids, &n);
        if (rc < 0)
            return rc;
        if (next == 0) {
            od_channel_log(st->ch, OD_CH_DEBUG, "UID SEARCH UID %u:* (no UIDNEXT): %zu message(s)",
                           lo, n);
            hi = last;
            break;
        }
        /* "lo:hi" with nothing there can still name the last message
         * (RFC 3501 6.4.8): only what is in the range counts. */
        while (n > 0 && uids[n - 1] > hi)
            n--;
        od_channel_log(st->ch, OD_CH_DEBUG, "UID SEARCH UID %u:%u: %zu message(s)", lo, hi, n);
        lo = hi + 1;
    }
    *out = uids;
    *n_out = n;
    *ret_hi = hi;
    *ret_more = next != 0 && hi + 1 < next;
    return 0;
}

static struct mailimap_set *set_of(const uint32_t *uids, size_t n)
{
    struct mailimap_set *set = mailimap_set_new_empty();

    for (size_t i = 0; set && i < n; i++) {
        if (mailimap_set_add_single(set, uids[i]) != MAILIMAP_NO_ERROR) {
            mailimap_set_free(set);
            return NULL;
        }
    }
    return set;
}

/* RFC822.SIZE of each of uids[0..n) into sizes[] (UINT64_MAX when the
 * message is gone). */
static int fetch_sizes(struct imap_state *st, const uint32_t *uids, size_t n, uint64_t *sizes)
{
    struct mailimap_fetch_type *ft = NULL;
    struct mailimap_set *set = NULL;
    clist *res = NULL;
    int r, rc = 0;

    for (size_t i = 0; i < n; i++)
        sizes[i] = UINT64_MAX;
    set = set_of(uids, n);
    ft = mailimap_fetch_type_new_fetch_att_list_empty();
    if (!set || !ft ||
        mailimap_fetch_type_new_fetch_att_list_add(ft, mailimap_fetch_att_new_uid()) ||
        mailimap_fetch_type_new_fetch_att_list_add(ft, mailimap_fetch_att_new_rfc822_size())) {
        rc = od_error_set(OD_ENOMEM, "out of memory");
        goto out;
    }
    budget_set(st, RESPONSE_BUDGET);
    r = mailimap_uid_fetch(st->imap, set, ft, &res);
    if (r != MAILIMAP_NO_ERROR) {
        rc = imap_fail(st, r, "UID FETCH RFC822.SIZE");
        goto out;
    }
    for (clistiter *it = clist_begin(res); it; it = clist_next(it)) {
        struct mailimap_msg_att *ma = clist_content(it);
        uint32_t uid = 0;
        uint64_t size = UINT64_MAX;

        for (clistiter *j = clist_begin(ma->att_list); j; j = clist_next(j)) {
            struct mailimap_msg_att_item *item = clist_content(j);

            if (item->att_type != MAILIMAP_MSG_ATT_ITEM_STATIC)
                continue;
            if (item->att_data.att_static->att_type == MAILIMAP_MSG_ATT_UID)
                uid = item->att_data.att_static->att_data.att_uid;
            else if (item->att_data.att_static->att_type == MAILIMAP_MSG_ATT_RFC822_SIZE)
                size = item->att_data.att_static->att_data.att_rfc822_size;
        }
        for (size_t i = 0; i < n; i++)
            if (uids[i] == uid)
                sizes[i] = size;
    }
out:
    if (res)
        mailimap_fetch_list_free(res);
    if (ft)
        mailimap_fetch_type_free(ft);
    if (set)
        mailimap_set_free(set);
    return rc;
}

/* BODY.PEEK[] (whole) or BODY.PEEK[HEADER] of one message: *out is a
 * malloc'd copy (NULL with *found false when the message is gone). */
static int fetch_one(struct imap_state *st, uint32_t uid, bool header_only, char **out,
                     size_t *out_len, bool *found)
{
    struct mailimap_fetch_type *ft = NULL;
    struct mailimap_section *sec;
    struct mailimap_fetch_att *fa;
    struct mailimap_set *set = NULL;
    clist *res = NULL;
    int r, rc = 0;

    *found = false;
    set = mailimap_set_new_single(uid);
    sec = header_only ? mailimap_section_new_header() : mailimap_section_new(NULL);
    fa = sec ? mailimap_fetch_att_new_body_peek_section(sec) : NULL;
    if (!fa && sec)
        mailimap_section_free(sec);
    ft = fa ? mailimap_fetch_type_new_fetch_att(fa) : NULL;
    if (!ft && fa)
        mailimap_fetch_att_free(fa);
    if (!set || !ft) {
        rc = od_error_set(OD_ENOMEM, "out of memory");
        goto out;
    }
    budget_set(st, header_only ? RESPONSE_BUDGET : st->s->max_message_bytes + BODY_SLACK);
    r = mailimap_uid_fetch(st->imap, set, ft, &res);
    if (r != MAILIMAP_NO_ERROR) {
        rc =
            imap_fail(st, r, header_only ? "UID FETCH BODY.PEEK[HEADER]" : "UID FETCH BODY.PEEK[]");
        goto out;
    }
    for (clistiter *it = clist_begin(res); it && !*found; it = clist_next(it)) {
        struct mailimap_msg_att *ma = clist_content(it);
        uint32_t got_uid = 0;
        struct mailimap_msg_att_body_section *body = NULL;

        for (clistiter *j = clist_begin(ma->att_list); j; j = clist_next(j)) {
            struct mailimap_msg_att_item *item = clist_content(j);

            if (item->att_type != MAILIMAP_MSG_ATT_ITEM_STATIC)
                continue;
            if (item->att_data.att_static->att_type == MAILIMAP_MSG_ATT_UID)
                got_uid = item->att_data.att_static->att_data.att_uid;
            else if (item->att_data.att_static->att_type == MAILIMAP_MSG_ATT_BODY_SECTION)
                body = item->att_data.att_static->att_data.att_body_section;
        }
        if (got_uid != uid || !body)
            continue;
        *out = malloc(body->sec_length + 1);
        if (!*out) {
            rc = od_error_set(OD_ENOMEM, "out of memory");
            goto out;
        }
        if (body->sec_length)
            memcpy(*out, body->sec_body_part, body->sec_length);
        (*out)[body->sec_length] = '\0';
        *out_len = body->sec_length;
        *found = true;
        od_stats_message();
    }
out:
    if (res)
        mailimap_fetch_list_free(res);
    if (ft)
        mailimap_fetch_type_free(ft);
    if (set)
        mailimap_set_free(set);
    return rc;
}

size_t imap_header_len(const char *raw, size_t len)
{
    const char *p = memmem(raw, len, "\r\n\r\n", 4);
    const char *q = memmem(raw, len, "\n\n", 2);

    if (p && (!q || p < q))
        return (size_t)(p - raw) + 4;
    if (q)
        return (size_t)(q - raw) + 2;
    return len;
}

/* The orders and dead letters of one message into `out`, all or nothing,
 * read in the channel's mail reader process (mailworker.h: a message it
 * does not finish in read_timeout is a dead letter). A message that
 * extraction cannot handle (anything but running out of memory here, or
 * OD_EAGAIN: no reader process could be started) is one dead letter with
 * the whole message: a mail's content never fails the poll, or the cursor
 * would never pass it. */
static int extract_message(struct imap_state *st, const char *ref, const char *raw, size_t len,
                           struct od_batch *out)
{
    const struct imap_settings *s = st->s;
    struct od_batch one;
    char reason[300];
    int rc;

    od_batch_init(&one, 0);
    rc = imap_read_message(&st->reader, &s->extract, st->ch->name, ref, raw, len,
                           s->customer_from_sender, &one);
    if (rc == 0) {
        rc = od_batch_move(&one, out);
    } else if (rc != OD_ENOMEM && rc != OD_EAGAIN) {
        snprintf(reason, sizeof(reason), "cannot read the message: %s", od_error_last());
        rc = od_batch_add_dead(out, ref, NULL, reason, raw, len);
    }
    od_batch_free(&one);
    return rc;
}

/* One message into `out`: its orders and dead letters (all of them, so
 * that a message never spans two batches). */
static int take_message(struct imap_state *st, uint32_t uid, uint64_t size, struct od_batch *out,
                        bool *gone)
{
    const struct imap_settings *s = st->s;
    char ref[IMAP_MSGID_MAX + 128], reason[128];
    char *raw = NULL;
    size_t len = 0;
    bool found = false;
    int rc;

    *gone = false;
    if (size > s->max_message_bytes) {
        rc = fetch_one(st, uid, true, &raw, &len, &found);
        if (rc < 0 || !found)
            goto out;
        snprintf(reason, sizeof(reason), "message of %llu bytes over max_message_bytes",
                 (unsigned long long)size);
        imap_source_ref(s->mailbox, raw, len, ref, sizeof(ref));
        rc = od_batch_add_dead(out, ref, NULL, reason, raw, len);
        goto out;
    }
    rc = fetch_one(st, uid, false, &raw, &len, &found);
    if (rc < 0 || !found)
        goto out;
    imap_source_ref(s->mailbox, raw, len, ref, sizeof(ref));
    if (len > s->max_message_bytes) {
        /* The server's RFC822.SIZE was wrong: keep the headers only. */
        snprintf(reason, sizeof(reason), "message of %zu bytes over max_message_bytes", len);
        rc = od_batch_add_dead(out, ref, NULL, reason, raw, imap_header_len(raw, len));
        goto out;
    }
    rc = extract_message(st, ref, raw, len, out);
out:
    if (rc == 0 && !found)
        *gone = true;
    free(raw);
    return rc;
}

static int remember_done(struct imap_state *st, uint32_t uid)
{
    if (st->n_done == st->cap_done) {
        size_t cap = st->cap_done ? st->cap_done * 2 : 64;
        uint32_t *v = realloc(st->done, cap * sizeof(*v));

        if (!v)
            return od_error_set(OD_ENOMEM, "out of memory");
        st->done = v;
        st->cap_done = cap;
    }
    st->done[st->n_done++] = uid;
    return 0;
}

/* ---- side effects ------------------------------------------------------------------ */

static int ensure_move_to(struct imap_state *st)
{
    int r;

    if (st->move_to_ok)
        return 0;
    r = mailimap_create(st->imap, st->move_to_w);
    /* NO [ALREADYEXISTS] is fine; anything else shows up in the move. */
    if (r == MAILIMAP_ERROR_STREAM || r == MAILIMAP_ERROR_PARSE || r == MAILIMAP_ERROR_MEMORY ||
        r == MAILIMAP_ERROR_FATAL)
        return imap_fail(st, r, "CREATE");
    st->move_to_ok = true;
    return 0;
}

static int store_flags(struct imap_state *st, struct mailimap_set *set, bool deleted)
{
    struct mailimap_flag_list *fl = mailimap_flag_list_new_empty();
    struct mailimap_store_att_flags *sf = NULL;
    char *kw = NULL;
    int r;

    if (!fl)
        return od_error_set(OD_ENOMEM, "out of memory");
    if (deleted) {
        r = mailimap_flag_list_add(fl, mailimap_flag_new_deleted());
    } else {
        r = mailimap_flag_list_add(fl, mailimap_flag_new_seen());
        kw = strdup("$Orderd");
        if (r == MAILIMAP_NO_ERROR && kw)
            r = mailimap_flag_list_add(fl, mailimap_flag_new_flag_keyword(kw));
        else
            free(kw);
    }
    sf = r == MAILIMAP_NO_ERROR ? mailimap_store_att_flags_new_add_flags_silent(fl) : NULL;
    if (!sf) {
        mailimap_flag_list_free(fl);
        return od_error_set(OD_ENOMEM, "out of memory");
    }
    r = mailimap_uid_store(st->imap, set, sf);
    mailimap_store_att_flags_free(sf);
    if (r != MAILIMAP_NO_ERROR)
        return imap_fail(st, r, "UID STORE");
    return 0;
}

/* after: move | flag for uids[0..n) of the selected mailbox. Idempotent:
 * UIDs already gone are ignored by the server. */
static int apply_after(struct imap_state *st, const uint32_t *uids, size_t n)
{
    struct mailimap_set *set = NULL;
    int rc = 0, r;

    if (n == 0 || strcmp(st->s->after, "none") == 0)
        return 0;
    budget_set(st, RESPONSE_BUDGET);
    set = set_of(uids, n);
    if (!set)
        return od_error_set(OD_ENOMEM, "out of memory");
    if (strcmp(st->s->after, "flag") == 0) {
        rc = store_flags(st, set, false);
        goto out;
    }
    rc = ensure_move_to(st);
    if (rc < 0)
        goto out;
    if (st->has_move) {
        r = mailimap_uid_move(st->imap, set, st->move_to_w);
        if (r != MAILIMAP_NO_ERROR)
            rc = imap_fail(st, r, "UID MOVE");
        goto out;
    }
    r = mailimap_uid_copy(st->imap, set, st->move_to_w);
    if (r != MAILIMAP_NO_ERROR) {
        rc = imap_fail(st, r, "UID COPY");
        goto out;
    }
    rc = store_flags(st, set, true);
    if (rc < 0)
        goto out;
    /* Without UIDPLUS, EXPUNGE also removes messages someone else marked
     * \Deleted in this mailbox: that is what they asked for anyway. */
    r = st->has_uidplus ? mailimap_uid_expunge(st->imap, set) : mailimap_expunge(st->imap);
    if (r != MAILIMAP_NO_ERROR)
        rc = imap_fail(st, r, "EXPUNGE");
out:
    mailimap_set_free(set);
    return rc;
}

/* Side effects a crash skipped: messages at or below the cursor still in
 * the mailbox (move) or still without $Orderd (flag), among the last
 * SEARCH_SPAN UIDs up to the cursor. A poll whose repair fails ingests
 * nothing, so what a crash skipped is the last committed batch, and a
 * batch comes from one search range of at most SEARCH_SPAN UIDs: the
 * search (and its answer) stays bounded however large the mailbox. */
static int repair_after(struct imap_state *st, uint32_t upto)
{
    struct mailimap_search_key *key = NULL;
    uint32_t *uids = NULL, lo = upto > SEARCH_SPAN ? upto - (SEARCH_SPAN - 1) : 1;
    size_t n = 0;
    int rc;

    if (upto == 0 || strcmp(st->s->after, "none") == 0)
        return 0;
    if (strcmp(st->s->after, "move") == 0) {
        struct mailimap_set *set = mailimap_set_new_interval(lo, upto);

        key = set ? mailimap_search_key_new_uid(set) : NULL;
        if (!key && set)
            mailimap_set_free(set);
    } else {
        struct mailimap_set *set = mailimap_set_new_interval(lo, upto);
        struct mailimap_search_key *k1 = set ? mailimap_search_key_new_uid(set) : NULL;
        char *kw = strdup("$Orderd");
        struct mailimap_search_key *k2 = kw ? mailimap_search_key_new_unkeyword(kw) : NULL;

        if (!k1 && set)
            mailimap_set_free(set);
        if (!k2)
            free(kw);
        key = (k1 && k2) ? mailimap_search_key_new_multiple_empty() : NULL;
        if (key && (mailimap_search_key_multiple_add(key, k1) != MAILIMAP_NO_ERROR ||
                    (k1 = NULL, mailimap_search_key_multiple_add(key, k2) != MAILIMAP_NO_ERROR))) {
            mailimap_search_key_free(key);
            key = NULL;
        } else if (key) {
            k1 = NULL;
            k2 = NULL;
        }
        if (k1)
            mailimap_search_key_free(k1);
        if (k2)
            mailimap_search_key_free(k2);
    }
    if (!key)
        return od_error_set(OD_ENOMEM, "out of memory");
    rc = uid_search(st, key, 0, &uids, &n);
    /* "lo:upto" with nothing there can still name the last message. */
    while (rc == 0 && n > 0 && uids[n - 1] > upto)
        n--;
    if (rc == 0)
        od_channel_log(st->ch, OD_CH_DEBUG, "repair: UID SEARCH UID %u:%u: %zu message(s)", lo,
                       upto, n);
    if (rc == 0 && n > 0) {
        od_channel_log(st->ch, OD_CH_INFO,
                       "repairing after: %s of %zu message(s) at or below UID %u", st->s->after, n,
                       upto);
        rc = apply_after(st, uids, n > REPAIR_MAX ? REPAIR_MAX : n);
    }
    free(uids);
    return rc;
}

/* ---- the connector ------------------------------------------------------------------ */

static void imap_close(void *state)
{
    struct imap_state *st = state;

    if (!st)
        return;
    if (st->imap) {
        budget_set(st, RESPONSE_BUDGET);
        mailimap_logout(st->imap);
        disconnect(st);
    }
    imap_reader_free(&st->reader);
    free(st->done);
    free(st);
}

static int imap_open(struct od_channel *ch, void **state)
{
    struct imap_settings *s = ch->settings;
    struct imap_state *st = calloc(1, sizeof(*st));
    if (!st)
        return od_error_set(OD_ENOMEM, "out of memory");
    st->ch = ch;
    st->s = s;
    imap_reader_init(&st->reader, s->read_timeout_ms, s->read_memory);
    if (s->port == 0)
        s->port = strcmp(s->security, "tls") == 0 ? 993 : 143;
    /* validate() checked both names. */
    if (imap_mutf7(s->mailbox, st->mailbox_w, sizeof(st->mailbox_w)) < 0 ||
        imap_mutf7(s->move_to ? s->move_to : "", st->move_to_w, sizeof(st->move_to_w)) < 0) {
        free(st);
        return od_error_set(OD_ECONFIG, "imap.mailbox or imap.move_to: not a valid mailbox name");
    }
    *state = st;
    return 0;
}

static int imap_poll(void *state, const struct od_cursor *from, struct od_batch *out)
{
    struct imap_state *st = state;
    uint32_t validity, last, upto, hi = 0;
    bool beyond = false;
    uint32_t *uids = NULL;
    uint64_t *sizes = NULL;
    size_t n = 0, take, max = out->max_orders ? out->max_orders : DEFAULT_MAX_ITEMS, i;
    char json[96];
    int rc;

    st->n_done = 0;
    rc = select_mailbox(st);
    if (rc < 0)
        goto out;
    imap_cursor_parse(from->json, &validity, &last);
    if (validity != st->uidvalidity) {
        if (from->json && validity != 0)
            od_channel_log(st->ch, OD_CH_WARN,
                           "mailbox %s: UIDVALIDITY changed from %u to %u; reading it again from "
                           "UID 1 (what was ingested already is not stored twice)",
                           st->s->mailbox, validity, st->uidvalidity);
        last = 0;
    } else {
        rc = repair_after(st, last);
        if (rc < 0)
            goto out;
    }
    if (last == UINT32_MAX)
        goto out;
    rc = search_new(st, last, &uids, &n, &hi, &beyond);
    if (rc < 0)
        goto out;
    take = n < max ? n : max;
    sizes = calloc(take + 1, sizeof(*sizes));
    if (!sizes) {
        rc = od_error_set(OD_ENOMEM, "out of memory");
        goto out;
    }
    if (take > 0) {
        rc = fetch_sizes(st, uids, take, sizes);
        if (rc < 0)
            goto out;
    }
    /* Ranges with no message at all are passed for good: every UID
     * below UIDNEXT that could still appear was searched. */
    upto = n == 0 && beyond ? hi : last;
    for (i = 0; i < take && !od_batch_full(out); i++) {
        bool gone = sizes[i] == UINT64_MAX;

        if (!gone) {
            rc = take_message(st, uids[i], sizes[i], out, &gone);
            if (rc < 0)
                goto out;
        }
        if (!gone) {
            rc = remember_done(st, uids[i]);
            if (rc < 0)
                goto out;
        }
        upto = uids[i];
    }
    st->done_validity = st->uidvalidity;
    if (upto != last || validity != st->uidvalidity) {
        snprintf(json, sizeof(json), "{\"uidvalidity\":%u,\"uid\":%u}", st->uidvalidity, upto);
        rc = od_batch_set_cursor(out, json);
        if (rc < 0)
            goto out;
    }
    out->more = i < n || beyond;
    out->backlog = (int64_t)(n - i) + (beyond ? 1 : 0);
out:
    if (rc < 0)
        st->n_done = 0;
    free(sizes);
    free(uids);
    return rc;
}

static int imap_after_commit(void *state, const struct od_batch *b)
{
    struct imap_state *st = state;
    int rc;

    (void)b;
    if (st->n_done == 0 || !st->imap || st->done_validity != st->uidvalidity)
        return 0;
    rc = apply_after(st, st->done, st->n_done);
    st->n_done = 0;
    return rc;
}

static int imap_reparse(void *state, const struct od_dead_letter *d, struct od_batch *out)
{
    struct imap_state *st = state;

    if (!d->raw)
        return od_error_set(OD_EINVAL, "the dead letter holds no message");
    if (d->reason && strstr(d->reason, "over max_message_bytes"))
        return od_error_set(OD_EINVAL,
                            "the dead letter holds the message's headers only (it was over "
                            "max_message_bytes); handle the mail by hand");
    /* A whole message or one attachment's rows, all or nothing, in the channel's reader child
     * under read_timeout and read_memory (a mail that looped once loops again). */
    return imap_read_reparse(&st->reader, &st->s->extract, st->ch->name, d,
                             st->s->customer_from_sender, out);
}

/* Sleep up to ms in WAIT_SLICE_MS steps; true when stopped. */
static bool sleep_until(int64_t deadline, bool (*stop)(void *ud), void *ud)
{
    while (!stop(ud)) {
        int64_t left = deadline - imap_mono_ms();
        struct timespec nap;

        if (left <= 0)
            return false;
        if (left > WAIT_SLICE_MS)
            left = WAIT_SLICE_MS;
        nap.tv_sec = 0;
        nap.tv_nsec = (long)left * 1000000;
        nanosleep(&nap, NULL);
    }
    return true;
}

static int imap_wait(void *state, int64_t max_ms, bool (*stop)(void *ud), void *ud)
{
    struct imap_state *st = state;
    int64_t deadline;
    int fd, r, got = 0, rc = 0;

    if (max_ms > IDLE_MAX_MS)
        max_ms = IDLE_MAX_MS;
    deadline = imap_mono_ms() + max_ms;
    if (!st->s->idle || !st->imap || !st->has_idle) {
        sleep_until(deadline, stop, ud);
        return 0;
    }
    budget_set(st, RESPONSE_BUDGET);
    r = mailimap_idle(st->imap);
    if (r != MAILIMAP_NO_ERROR)
        return imap_fail(st, r, "IDLE");
    fd = mailimap_idle_get_fd(st->imap);
    /* An EXISTS read with IDLE's continuation: mail came in since the
     * poll's SELECT. */
    if (st->imap->imap_selection_info && st->imap->imap_selection_info->sel_exists != st->exists)
        got = 1;
    while (!got && !stop(ud)) {
        int64_t left = deadline - imap_mono_ms();
        struct pollfd p = {.fd = fd, .events = POLLIN};

        if (left <= 0)
            break;
        if (left > WAIT_SLICE_MS)
            left = WAIT_SLICE_MS;
        r = poll(&p, 1, (int)left);
        if (r > 0) {
            got = 1;
            break;
        }
    }
    budget_set(st, RESPONSE_BUDGET);
    r = mailimap_idle_done(st->imap);
    if (r != MAILIMAP_NO_ERROR)
        rc = imap_fail(st, r, "IDLE DONE");
    /* New data was signalled even if DONE failed: the poll reconnects. */
    return got ? 1 : rc;
}

const struct od_connector od_imap_connector = {
    .version = OD_CONNECTOR_VERSION,
    .kind = "imap",
    .summary = "purchase orders e-mailed to an IMAP mailbox (bodies and attachments)",
    .keys = imap_keys,
    .settings_size = sizeof(struct imap_settings),
    .validate = imap_validate,
    .open = imap_open,
    .poll = imap_poll,
    .after_commit = imap_after_commit,
    .reparse = imap_reparse,
    .close = imap_close,
    .wait = imap_wait,
};
