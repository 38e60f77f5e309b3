/* The IMAP connector: its own TLS stream for libetpan (see tls.h). */
#include <arpa/inet.h>
#include <gnutls/gnutls.h>
#include <gnutls/x509.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <unistd.h>

#include "error.h"
#include "tls.h"

#define CHAIN_MAX 16
#define NAME_SHOW 100

/* TLS 1.2 and 1.3 only (RFC 8996 retired 1.0 and 1.1). */
static const char priority[] = "NORMAL:-VERS-ALL:+VERS-TLS1.3:+VERS-TLS1.2";

struct tls_stream {
    int fd;
    gnutls_session_t session;
    gnutls_certificate_credentials_t cred;
    bool cancelled;
};

void imap_printable(char *buf, size_t size, const char *s, size_t len)
{
    size_t j = 0;

    for (size_t i = 0; s && i < len && s[i] && j + 1 < size; i++)
        buf[j++] = (s[i] >= 0x20 && s[i] < 0x7f) ? s[i] : '?';
    buf[j] = '\0';
}

/* ---- the libetpan driver ------------------------------------------------------------ */

/* One read of at most `count` bytes, waiting at most the stream's
 * timeout. 0 at the end of the stream (a close_notify or a plain FIN),
 * -1 on errors, a timeout or after a cancel. */
static ssize_t tls_read(mailstream_low *s, void *buf, size_t count)
{
    struct tls_stream *t = s->data;
    unsigned ms = s->timeout ? (unsigned)s->timeout * 1000 : 60000;

    gnutls_record_set_timeout(t->session, ms);
    for (;;) {
        ssize_t n;

        if (t->cancelled)
            return -1;
        n = gnutls_record_recv(t->session, buf, count);
        if (n >= 0)
            return n;
        if (n == GNUTLS_E_PREMATURE_TERMINATION)
            return 0;
        if (n != GNUTLS_E_INTERRUPTED && n != GNUTLS_E_AGAIN)
            return -1;
    }
}

/* Writes block at most the stream's timeout (SO_SNDTIMEO): a timeout
 * surfaces as GNUTLS_E_AGAIN and fails the write. */
static ssize_t tls_write(mailstream_low *s, const void *buf, size_t count)
{
    struct tls_stream *t = s->data;

    for (;;) {
        ssize_t n;

        if (t->cancelled)
            return -1;
        n = gnutls_record_send(t->session, buf, count);
        if (n >= 0)
            return n;
        if (n != GNUTLS_E_INTERRUPTED)
            return -1;
    }
}

static int tls_close(mailstream_low *s)
{
    struct tls_stream *t = s->data;

    if (t->fd >= 0) {
        if (!t->cancelled)
            gnutls_bye(t->session, GNUTLS_SHUT_WR);
        close(t->fd);
        t->fd = -1;
    }
    return 0;
}

static int tls_get_fd(mailstream_low *s)
{
    return ((struct tls_stream *)s->data)->fd;
}

static void tls_stream_free(struct tls_stream *t)
{
    if (!t)
        return;
    if (t->session)
        gnutls_deinit(t->session);
    if (t->cred)
        gnutls_certificate_free_credentials(t->cred);
    free(t);
}

static void tls_free(mailstream_low *s)
{
    tls_stream_free(s->data);
    free(s);
}

/* Fail the current and every later read or write (the byte budget or
 * the deadline of imap.c ran out). */
static void tls_cancel(mailstream_low *s)
{
    struct tls_stream *t = s->data;

    t->cancelled = true;
    if (t->fd >= 0)
        shutdown(t->fd, SHUT_RDWR);
}

static mailstream_low_driver tls_driver = {
    .mailstream_read = tls_read,
    .mailstream_write = tls_write,
    .mailstream_close = tls_close,
    .mailstream_get_fd = tls_get_fd,
    .mailstream_free = tls_free,
    .mailstream_cancel = tls_cancel,
};

/* ---- verification ------------------------------------------------------------------- */

/* The first DNS name of the certificate (or its CN), for messages. */
static void cert_name(gnutls_x509_crt_t crt, char *buf, size_t size)
{
    char name[256];
    size_t len;
    unsigned critical = 0;

    buf[0] = '\0';
    for (unsigned i = 0; i < 16; i++) {
        int type;

        len = sizeof(name) - 1;
        type = gnutls_x509_crt_get_subject_alt_name(crt, i, name, &len, &critical);
        if (type < 0)
            break;
        if (type == GNUTLS_SAN_DNSNAME) {
            imap_printable(buf, size, name, len);
            return;
        }
    }
    len = sizeof(name) - 1;
    if (gnutls_x509_crt_get_dn_by_oid(crt, GNUTLS_OID_X520_COMMON_NAME, 0, 0, name, &len) == 0)
        imap_printable(buf, size, name, len);
    if (!buf[0])
        snprintf(buf, size, "(no name)");
}

static const char *chain_problem(unsigned status)
{
    static const struct {
        unsigned flag;
        const char *why;
    } reasons[] = {
        {GNUTLS_CERT_SIGNER_NOT_FOUND, "unknown CA"},
        {GNUTLS_CERT_EXPIRED, "expired"},
        {GNUTLS_CERT_NOT_ACTIVATED, "not yet valid"},
        {GNUTLS_CERT_REVOKED, "revoked"},
        {GNUTLS_CERT_INSECURE_ALGORITHM, "insecure algorithm"},
        {GNUTLS_CERT_SIGNATURE_FAILURE, "bad signature"},
        {GNUTLS_CERT_PURPOSE_MISMATCH, "not issued for a TLS server: key purpose"},
    };

    for (size_t i = 0; i < sizeof(reasons) / sizeof(reasons[0]); i++)
        if (status & reasons[i].flag)
            return reasons[i].why;
    return "invalid chain";
}

/* The peer's chain: trusted, for a TLS server, and for the host. */
static int verify_peer(gnutls_session_t session, const struct imap_tls_peer *p)
{
    gnutls_x509_trust_list_t tl = NULL;
    gnutls_x509_crt_t certs[CHAIN_MAX];
    gnutls_typed_vdata_st purpose = {
        .type = GNUTLS_DT_KEY_PURPOSE_OID,
        .data = (unsigned char *)GNUTLS_KP_TLS_WWW_SERVER,
    };
    const gnutls_datum_t *der;
    unsigned n = 0, n_der = 0, status = 0;
    char name[NAME_SHOW];
    int rc = 0, r;

    der = gnutls_certificate_get_peers(session, &n_der);
    if (!der || n_der == 0)
        return od_error_set(OD_EIO, "%s:%lld: certificate not trusted (the server sent none)",
                            p->host, p->port);
    for (; n < n_der && n < CHAIN_MAX; n++) {
        if (gnutls_x509_crt_init(&certs[n]) < 0) {
            rc = od_error_set(OD_ENOMEM, "out of memory");
            goto out;
        }
        if (gnutls_x509_crt_import(certs[n], &der[n], GNUTLS_X509_FMT_DER) < 0) {
            n++;
            rc = od_error_set(OD_EIO, "%s:%lld: certificate not trusted (unreadable certificate)",
                              p->host, p->port);
            goto out;
        }
    }
    if (gnutls_x509_trust_list_init(&tl, 0) < 0) {
        rc = od_error_set(OD_ENOMEM, "out of memory");
        goto out;
    }
    if (p->ca_file)
        r = gnutls_x509_trust_list_add_trust_file(tl, p->ca_file, NULL, GNUTLS_X509_FMT_PEM, 0, 0);
    else
        r = gnutls_x509_trust_list_add_system_trust(tl, 0, 0);
    if (r <= 0) {
        rc = od_error_set(p->ca_file ? OD_ECONFIG : OD_EIO, "%s: no CA certificates could be read",
                          p->ca_file ? p->ca_file : "system trust store");
        goto out;
    }
    r = gnutls_x509_trust_list_verify_crt2(tl, certs, n, &purpose, 1, 0, &status, NULL);
    if (r < 0 || status != 0) {
        rc = od_error_set(OD_EIO, "%s:%lld: certificate not trusted (%s)", p->host, p->port,
                          chain_problem(status));
        goto out;
    }
    if (!gnutls_x509_crt_check_hostname(certs[0], p->host)) {
        cert_name(certs[0], name, sizeof(name));
        rc = od_error_set(OD_EIO, "%s:%lld: certificate is for '%s', not '%s'", p->host, p->port,
                          name, p->host);
        goto out;
    }
out:
    if (tl)
        gnutls_x509_trust_list_deinit(tl, 1);
    for (unsigned i = 0; i < n; i++)
        gnutls_x509_crt_deinit(certs[i]);
    return rc;
}

/* ---- opening ------------------------------------------------------------------------ */

static bool is_ip_literal(const char *host)
{
    unsigned char addr[16];

    return inet_pton(AF_INET, host, addr) == 1 || inet_pton(AF_INET6, host, addr) == 1;
}

static int handshake_error(const struct imap_tls_peer *p, int r)
{
    bool version = r == GNUTLS_E_UNSUPPORTED_VERSION_PACKET ||
                   r == GNUTLS_E_NO_PRIORITIES_WERE_SET || r == GNUTLS_E_FATAL_ALERT_RECEIVED;

    return od_error_set(OD_EAGAIN, "%s:%lld: TLS handshake failed: %s%s", p->host, p->port,
                        gnutls_strerror(r),
                        version ? " (orderd speaks TLS 1.2 or newer only)" : "");
}

int imap_tls_open(int fd, const struct imap_tls_peer *peer, unsigned timeout_s,
                  mailstream_low **out)
{
    struct tls_stream *t = calloc(1, sizeof(*t));
    struct timeval tv = {.tv_sec = timeout_s ? timeout_s : 60};
    mailstream_low *low = NULL;
    int rc = 0, r;

    if (!t)
        return od_error_set(OD_ENOMEM, "out of memory");
    t->fd = -1;
    if (gnutls_certificate_allocate_credentials(&t->cred) < 0 ||
        gnutls_init(&t->session, GNUTLS_CLIENT) < 0) {
        rc = od_error_set(OD_ENOMEM, "out of memory");
        goto out;
    }
    r = gnutls_priority_set_direct(t->session, priority, NULL);
    if (r < 0) {
        rc = od_error_set(OD_EIO, "TLS priority '%s': %s", priority, gnutls_strerror(r));
        goto out;
    }
    gnutls_credentials_set(t->session, GNUTLS_CRD_CERTIFICATE, t->cred);
    if (!is_ip_literal(peer->host))
        gnutls_server_name_set(t->session, GNUTLS_NAME_DNS, peer->host, strlen(peer->host));
    setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &tv, sizeof(tv));
    gnutls_transport_set_int(t->session, fd);
    gnutls_handshake_set_timeout(t->session, (unsigned)tv.tv_sec * 1000);
    do
        r = gnutls_handshake(t->session);
    while (r < 0 && !gnutls_error_is_fatal(r));
    if (r < 0) {
        rc = handshake_error(peer, r);
        goto out;
    }
    rc = verify_peer(t->session, peer);
    if (rc < 0)
        goto out;
    low = mailstream_low_new(t, &tls_driver);
    if (!low) {
        rc = od_error_set(OD_ENOMEM, "out of memory");
        goto out;
    }
    mailstream_low_set_timeout(low, tv.tv_sec);
    t->fd = fd;
    *out = low;
    t = NULL;
out:
    tls_stream_free(t);
    return rc;
}
