/* Redaction of secrets in text that leaves orderd: log lines, the
 * channel's stored last error, `orderctl channels`, metrics.
 *
 * A URL loses its user-info ("https://user:pass@host/" becomes
 * "https://REDACTED@host/") and the values of secret-looking query
 * parameters (token, key, secret, sign, session, password, auth ...).
 * Free text (a curl or TLS error, a libpq message) has every URL in it
 * redacted that way, and every key=value pair whose key looks secret.
 *
 * Nothing here allocates: the output goes into a caller's buffer and is
 * cut (never overrun) when it does not fit. Pure functions, any thread. */
#ifndef OD_REDACT_H
#define OD_REDACT_H

#include <stddef.h>

/* Copy `url` to buf (len bytes) with user-info and secret query values
 * replaced by "REDACTED". Both borrowed. */
void od_redact_url(const char *url, char *buf, size_t len);

/* The same, and the query string and fragment left out: for messages
 * that name a URL ("GET https://REDACTED@host/feed.csv: HTTP 500"). */
void od_redact_url_short(const char *url, char *buf, size_t len);

/* Copy the free text `text` to buf with each URL in it redacted as
 * od_redact_url does, each `key=value` (also key='value', key="value")
 * whose key looks secret redacted, and each occurrence of `secret`
 * (may be NULL or empty; at least 4 bytes to be looked for) replaced.
 * For messages of libraries that may echo what they were given. */
void od_redact_text(const char *text, const char *secret, char *buf, size_t len);

/* The password as written in the libpq connection string `conninfo`
 * (the user-info of a postgres:// or postgresql:// URI, still
 * percent-encoded, or the value of a `password=` keyword, unquoted)
 * into buf; "" when it has none. libpq quotes a password it cannot
 * parse without returning it from PQpass(): pass this to
 * od_redact_text() as well. */
void od_conninfo_password(const char *conninfo, char *buf, size_t len);

#endif
