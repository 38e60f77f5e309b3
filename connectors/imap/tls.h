/* The IMAP connector: its own TLS stream for libetpan. libetpan 1.9.4
 * sets the GnuTLS priority "NORMAL" itself, after the caller's callback,
 * so TLS 1.0 and 1.1 stay enabled whatever the caller asks. This stream
 * runs the handshake with TLS 1.2 as the floor, then verifies the chain
 * against the channel's CA file (or the system store), the server key
 * purpose and the host name before a byte of IMAP is sent. Used for
 * implicit TLS and after STARTTLS. Internal to connectors/imap/. */
#ifndef OD_IMAP_TLS_H
#define OD_IMAP_TLS_H

#include <libetpan/libetpan.h>
#include <stddef.h>

struct imap_tls_peer {
    const char *host;    /* as configured: checked against the certificate */
    long long port;      /* for messages */
    const char *ca_file; /* NULL: the system trust store */
};

/* A TLS 1.2+ client stream over the connected socket `fd`: handshake
 * (within timeout_s), chain, purpose and name verified. On success *out
 * owns fd (closing the stream closes it); on failure fd is left open for
 * the caller. OD_EAGAIN when the handshake fails (a refused protocol
 * version says so), OD_EIO when the certificate is not trusted,
 * OD_ECONFIG when the CA file cannot be read, OD_ENOMEM. */
int imap_tls_open(int fd, const struct imap_tls_peer *peer, unsigned timeout_s,
                  mailstream_low **out);

/* Copy text from the server into buf for a message: printable ASCII
 * only, cut at the buffer. */
void imap_printable(char *buf, size_t size, const char *s, size_t len);

#endif
