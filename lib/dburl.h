/* The database connection string and its TLS policy (database.sslmode).
 *
 * libpq's own default, sslmode=prefer, talks plain TCP to any server
 * that does not offer TLS and never checks a certificate: a password and
 * every order could cross the network in clear to whoever answers. The
 * policy: an sslmode set in orderd.yaml wins; else the one in the URL or
 * PGSSLMODE; else verify-full when any host is reached over the network
 * (not a Unix socket, localhost or a loopback address), so plain TCP to
 * another machine happens only when someone wrote it down. */
#ifndef OD_DBURL_H
#define OD_DBURL_H

#include <stdbool.h>
#include <stddef.h>

/* The sslmode values libpq accepts, NULL-terminated. */
extern const char *const od_sslmodes[];

/* True when `host` (one libpq host entry) is this machine: empty (the
 * default Unix socket), a socket directory ("/…" or "@…"), localhost or
 * a loopback address. */
bool od_db_host_is_local(const char *host);

/* The connection string to hand to libpq for `url` (a postgresql:// URL
 * or key=value string; "" for libpq's defaults and PG* variables) under
 * the policy above, `sslmode` being database.sslmode or NULL. *out is
 * `url` copied when nothing needs to change, else a key=value string
 * with the URL's settings and the chosen sslmode; free it (it holds the
 * password: explicit_bzero first). Returns 0, OD_ECONFIG when libpq
 * cannot parse the URL or `sslmode` is not one of od_sslmodes, or
 * OD_ENOMEM. */
int od_db_conninfo(const char *url, const char *sslmode, char **out);

#endif
