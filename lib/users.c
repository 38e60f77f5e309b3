/* The console's users, logins and sessions (users.h). */
#include "users.h"

#include <inttypes.h>
#include <libpq-fe.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#ifdef OD_HAVE_SODIUM
#include <sodium.h>
#endif

#include "error.h"
#include "store.h"
#include "store_int.h"

static const char *const role_names[] = {"viewer", "clerk", "admin"};

int od_role_parse(const char *text, enum od_role *out)
{
    for (int i = 0; i < 3; i++) {
        if (text && strcmp(text, role_names[i]) == 0) {
            *out = (enum od_role)i;
            return 0;
        }
    }
    return od_error_set(OD_EINVAL, "unknown role '%s' (viewer, clerk, admin)", text ? text : "");
}

const char *od_role_name(enum od_role r)
{
    return r >= OD_ROLE_VIEWER && r <= OD_ROLE_ADMIN ? role_names[r] : "?";
}

bool od_user_name_valid(const char *name)
{
    size_t n = name ? strlen(name) : 0;

    if (n == 0 || n > OD_USER_NAME_MAX)
        return false;
    for (size_t i = 0; i < n; i++) {
        char c = name[i];

        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
              c == '.' || c == '_' || c == '@' || c == '-'))
            return false;
    }
    return true;
}

int od_password_check(const char *pw)
{
    size_t n = pw ? strlen(pw) : 0;

    if (n < OD_PASSWORD_MIN)
        return od_error_set(OD_EINVAL, "the password is shorter than %d bytes", OD_PASSWORD_MIN);
    if (n > OD_PASSWORD_MAX)
        return od_error_set(OD_EINVAL, "the password is longer than %d bytes", OD_PASSWORD_MAX);
    for (size_t i = 0; i < n; i++)
        if ((unsigned char)pw[i] < 0x20 || pw[i] == 0x7f)
            return od_error_set(OD_EINVAL, "the password holds a control character");
    return 0;
}

bool od_secret_equal(const char *a, const char *b)
{
    size_t n;
    unsigned char d = 0;

    if (!a || !b)
        return false;
    n = strlen(a);
    if (n != strlen(b))
        return false;
    /* Every byte is looked at whatever the first difference. */
    for (size_t i = 0; i < n; i++)
        d |= (unsigned char)(a[i] ^ b[i]);
    return d == 0;
}

od_time od_login_locked_until(const od_time *fails, size_t n, od_time now)
{
    od_time until = OD_TIME_NONE;

    for (size_t i = OD_LOGIN_FAILURES - 1; i < n; i++) {
        if (fails[i] - fails[i - (OD_LOGIN_FAILURES - 1)] <= OD_LOGIN_WINDOW &&
            fails[i] + OD_LOGIN_LOCK > now)
            until = fails[i] + OD_LOGIN_LOCK;
    }
    return until;
}

#ifdef OD_HAVE_SODIUM
static int sodium_ready(void)
{
    if (sodium_init() < 0)
        return od_error_set(OD_EIO, "libsodium could not start");
    return 0;
}

int od_password_hash(const char *pw, char out[OD_PWHASH_MAX])
{
    char h[crypto_pwhash_STRBYTES];
    int rc = od_password_check(pw);

    if (rc < 0 || (rc = sodium_ready()) < 0)
        return rc;
    if (crypto_pwhash_str(h, pw, strlen(pw), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                          crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0)
        return od_error_set(OD_ENOMEM, "hashing the password ran out of memory");
    memcpy(out, h, sizeof(h) < OD_PWHASH_MAX ? sizeof(h) : OD_PWHASH_MAX);
    out[OD_PWHASH_MAX - 1] = '\0';
    return 0;
}

int od_password_verify(const char *hash, const char *pw)
{
    int rc = sodium_ready();

    if (rc < 0)
        return rc;
    if (!hash || !pw || crypto_pwhash_str_verify(hash, pw, strlen(pw)) != 0)
        return od_error_set(OD_EAUTH, "wrong user name or password");
    return 0;
}

/* `n` random bytes as lower-case hex into out (2n + 1). */
static int random_hex(char *out, size_t n)
{
    unsigned char b[32];
    int rc = sodium_ready();

    if (rc < 0)
        return rc;
    randombytes_buf(b, n);
    sodium_bin2hex(out, 2 * n + 1, b, n);
    sodium_memzero(b, sizeof(b));
    return 0;
}

/* SHA-256 of a cookie token, hex (65 bytes). */
static int token_hash(const char *token, char out[65])
{
    unsigned char h[crypto_hash_sha256_BYTES];
    int rc = sodium_ready();

    if (rc < 0)
        return rc;
    crypto_hash_sha256(h, (const unsigned char *)token, strlen(token));
    sodium_bin2hex(out, 65, h, sizeof(h));
    return 0;
}

static void wipe(void *p, size_t n)
{
    sodium_memzero(p, n);
}
#else
static int no_sodium(void)
{
    return od_error_set(OD_ECONFIG, "built without libsodium: no console users");
}

int od_password_hash(const char *pw, char out[OD_PWHASH_MAX])
{
    (void)pw;
    (void)out;
    return no_sodium();
}

int od_password_verify(const char *hash, const char *pw)
{
    (void)hash;
    (void)pw;
    return no_sodium();
}

static int random_hex(char *out, size_t n)
{
    (void)out;
    (void)n;
    return no_sodium();
}

static int token_hash(const char *token, char out[65])
{
    (void)token;
    (void)out;
    return no_sodium();
}

static void wipe(void *p, size_t n)
{
    volatile unsigned char *v = p;

    while (n--)
        *v++ = 0;
}
#endif

void od_session_wipe(struct od_session *ses)
{
    if (ses)
        wipe(ses, sizeof(*ses));
}

static int need_name(const char *name)
{
    if (!od_user_name_valid(name))
        return od_error_set(OD_EINVAL,
                            "a user name is 1-%d letters, digits or . _ @ - (not '%.80s')",
                            OD_USER_NAME_MAX, name ? name : "");
    return 0;
}

static od_time us_value(PGresult *r, int row, int col)
{
    return PQgetisnull(r, row, col) ? OD_TIME_NONE
                                    : (od_time)strtoll(PQgetvalue(r, row, col), NULL, 10);
}

#define US(col) "(extract(epoch FROM " col ") * 1000000)::bigint"

int od_user_list(struct od_store *s, struct od_user **out, size_t *n)
{
    PGresult *r = NULL;
    struct od_user *v = NULL;
    int rc, rows;

    rc = od_store_exec_secret(s, "reading the users",
                              "SELECT name, role, disabled, " US("created_at") ", " US(
                                  "updated_at") " FROM web_users ORDER BY name",
                              0, NULL, &r);
    if (rc < 0)
        goto out;
    rows = PQntuples(r);
    v = calloc((size_t)rows + 1, sizeof(*v));
    if (!v) {
        rc = od_error_set(OD_ENOMEM, "out of memory");
        goto out;
    }
    for (int i = 0; i < rows; i++) {
        snprintf(v[i].name, sizeof(v[i].name), "%s", PQgetvalue(r, i, 0));
        if (od_role_parse(PQgetvalue(r, i, 1), &v[i].role) < 0)
            v[i].role = OD_ROLE_VIEWER;
        v[i].disabled = PQgetvalue(r, i, 2)[0] == 't';
        v[i].created = us_value(r, i, 3);
        v[i].updated = us_value(r, i, 4);
    }
    *out = v;
    *n = (size_t)rows;
    v = NULL;
out:
    free(v);
    PQclear(r);
    return rc;
}

int od_user_add(struct od_store *s, const char *name, enum od_role role, const char *password)
{
    char hash[OD_PWHASH_MAX];
    PGresult *r = NULL;
    int rc = need_name(name);

    if (rc < 0 || (rc = od_password_hash(password, hash)) < 0)
        goto out;
    {
        const char *p[] = {name, od_role_name(role), hash};

        rc = od_store_exec_secret(
            s, "user add",
            "INSERT INTO web_users (name, role, password_hash) VALUES ($1, $2, $3) "
            "ON CONFLICT (name) DO NOTHING",
            3, p, &r);
    }
    if (rc == 0 && strcmp(PQcmdTuples(r), "1") != 0)
        rc = od_error_set(OD_EINVAL, "user %s exists (user passwd changes its password)", name);
out:
    PQclear(r);
    wipe(hash, sizeof(hash));
    return rc;
}

/* Run `set` (an UPDATE's SET list; $1 = the name, $2 = `extra` when not
 * NULL) on the user and end its sessions, in one statement. OD_ENOTFOUND
 * when there is no such user. */
static int update_user(struct od_store *s, const char *what, const char *sql, const char *name,
                       const char *extra)
{
    PGresult *r = NULL;
    const char *p[] = {name, extra};
    int rc = need_name(name);

    if (rc < 0)
        goto out;
    rc = od_store_exec_secret(s, what, sql, extra ? 2 : 1, p, &r);
    if (rc == 0 && strcmp(PQgetvalue(r, 0, 0), "0") == 0)
        rc = od_error_set(OD_ENOTFOUND, "no user %s", name);
out:
    PQclear(r);
    return rc;
}

#define END_SESSIONS                                                                               \
    " RETURNING name), d AS (DELETE FROM web_sessions WHERE user_name IN (SELECT name FROM u)) "   \
    "SELECT count(*) FROM u"

int od_user_passwd(struct od_store *s, const char *name, const char *password)
{
    char hash[OD_PWHASH_MAX];
    int rc = od_password_hash(password, hash);

    if (rc == 0)
        rc = update_user(s, "user passwd",
                         "WITH u AS (UPDATE web_users SET password_hash = $2, updated_at = now() "
                         "WHERE name = $1" END_SESSIONS,
                         name, hash);
    wipe(hash, sizeof(hash));
    return rc;
}

int od_user_disable(struct od_store *s, const char *name)
{
    return update_user(s, "user disable",
                       "WITH u AS (UPDATE web_users SET disabled = true, updated_at = now() "
                       "WHERE name = $1" END_SESSIONS,
                       name, NULL);
}

/* A hash to verify against when the name is unknown, so that an unknown
 * name takes as long as a wrong password. Made once per process. */
static char dummy[OD_PWHASH_MAX];
static int dummy_rc;
static pthread_once_t dummy_once = PTHREAD_ONCE_INIT;

static void make_dummy(void)
{
    dummy_rc = od_password_hash("not-the-password-of-anyone", dummy);
}

static int dummy_hash(char out[OD_PWHASH_MAX])
{
    pthread_once(&dummy_once, make_dummy);
    if (dummy_rc < 0)
        return od_error_set(dummy_rc, "login: no hash to compare with");
    memcpy(out, dummy, OD_PWHASH_MAX);
    return 0;
}

/* Whether `name` is locked now (*until set), from its recent failures. */
static int check_lock(struct od_store *s, const char *name, od_time *until)
{
    PGresult *r = NULL;
    od_time *t = NULL, now;
    const char *p[] = {name};
    int rc, rows;

    rc = od_store_exec_secret(s, "login",
                              "SELECT " US("f.at") ", " US(
                                  "now()") " FROM (SELECT now()) n "
                                           "LEFT JOIN web_login_failures f ON f.user_name = $1 "
                                           "AND f.at > now() - interval '30 minutes' ORDER BY f.at",
                              1, p, &r);
    if (rc < 0)
        goto out;
    rows = PQntuples(r);
    t = calloc((size_t)rows + 1, sizeof(*t));
    if (!t) {
        rc = od_error_set(OD_ENOMEM, "login: out of memory");
        goto out;
    }
    now = us_value(r, 0, 1);
    for (int i = 0; i < rows; i++)
        t[i] = us_value(r, i, 0);
    *until =
        rows && t[0] != OD_TIME_NONE ? od_login_locked_until(t, (size_t)rows, now) : OD_TIME_NONE;
out:
    free(t);
    PQclear(r);
    return rc;
}

static int record_failure(struct od_store *s, const char *name, const char *client)
{
    char n[OD_USER_NAME_MAX + 1], c[128];
    const char *p[] = {n, c};

    /* An overlong name from a form is kept cut, not refused. */
    snprintf(n, sizeof(n), "%s", name ? name : "");
    snprintf(c, sizeof(c), "%s", client ? client : "");
    return od_store_exec_secret(
        s, "login", "INSERT INTO web_login_failures (user_name, client) VALUES ($1, $2)", 2, p,
        NULL);
}

int od_login(struct od_store *s, const char *name, const char *password, const char *client,
             struct od_session *out, od_time *locked_until)
{
    struct od_session ses;
    char hash[OD_PWHASH_MAX], th[65];
    PGresult *r = NULL;
    od_time until = OD_TIME_NONE;
    bool ok = false;
    int rc;

    memset(&ses, 0, sizeof(ses));
    memset(hash, 0, sizeof(hash));
    if (!name || strlen(name) > OD_USER_NAME_MAX)
        name = "";
    rc = check_lock(s, name, &until);
    if (rc < 0)
        goto out;
    if (until != OD_TIME_NONE) {
        if (locked_until)
            *locked_until = until;
        rc = od_error_set(OD_EBUSY, "user %s is locked after %d failed logins", name,
                          OD_LOGIN_FAILURES);
        goto out;
    }
    {
        const char *p[] = {name};

        rc = od_store_exec_secret(s, "login",
                                  "SELECT password_hash, role FROM web_users WHERE name = $1 AND "
                                  "NOT disabled",
                                  1, p, &r);
    }
    if (rc < 0)
        goto out;
    if (PQntuples(r) == 1) {
        snprintf(hash, sizeof(hash), "%s", PQgetvalue(r, 0, 0));
        ok = od_role_parse(PQgetvalue(r, 0, 1), &ses.role) == 0;
    } else if ((rc = dummy_hash(hash)) < 0) {
        goto out;
    }
    PQclear(r);
    r = NULL;
    if (od_password_verify(hash, password ? password : "") < 0 || !ok) {
        rc = record_failure(s, name, client);
        if (rc == 0)
            rc = od_error_set(OD_EAUTH, "wrong user name or password");
        goto out;
    }
    snprintf(ses.user, sizeof(ses.user), "%s", name);
    if ((rc = random_hex(ses.token, 32)) < 0 || (rc = random_hex(ses.csrf, 32)) < 0 ||
        (rc = token_hash(ses.token, th)) < 0)
        goto out;
    {
        const char *p[] = {th, name, ses.csrf};

        rc = od_store_exec_secret(
            s, "login",
            "INSERT INTO web_sessions (token_hash, user_name, csrf) VALUES ($1, $2, $3)", 3, p,
            NULL);
    }
    if (rc < 0)
        goto out;
    *out = ses;
out:
    PQclear(r);
    wipe(hash, sizeof(hash));
    od_session_wipe(&ses);
    return rc;
}

/* The token as a cookie gives it: 64 lower-case hex characters. */
static bool token_valid(const char *token)
{
    size_t n = token ? strlen(token) : 0;

    if (n != OD_SESSION_TOKEN_HEX)
        return false;
    for (size_t i = 0; i < n; i++)
        if (!((token[i] >= '0' && token[i] <= '9') || (token[i] >= 'a' && token[i] <= 'f')))
            return false;
    return true;
}

int od_session_get(struct od_store *s, const char *token, od_time idle, struct od_session *out)
{
    struct od_session ses;
    PGresult *r = NULL;
    char th[65], idle_us[32];
    const char *p[] = {th, idle_us};
    int rc;

    memset(&ses, 0, sizeof(ses));
    if (!token_valid(token))
        return od_error_set(OD_ENOTFOUND, "no session");
    rc = token_hash(token, th);
    if (rc < 0)
        goto out;
    snprintf(idle_us, sizeof(idle_us), "%" PRId64, (int64_t)idle);
    rc = od_store_exec_secret(s, "session",
                              "UPDATE web_sessions w SET last_seen_at = now() FROM web_users u "
                              "WHERE w.token_hash = $1 AND u.name = w.user_name AND NOT u.disabled "
                              "AND w.last_seen_at > now() - $2::bigint * interval '1 microsecond' "
                              "RETURNING u.name, u.role, w.csrf",
                              2, p, &r);
    if (rc < 0)
        goto out;
    if (PQntuples(r) != 1 || od_role_parse(PQgetvalue(r, 0, 1), &ses.role) < 0) {
        /* expired or of a disabled user: gone for good */
        rc = od_store_exec_secret(s, "session", "DELETE FROM web_sessions WHERE token_hash = $1", 1,
                                  p, NULL);
        if (rc == 0)
            rc = od_error_set(OD_ENOTFOUND, "no session");
        goto out;
    }
    snprintf(ses.user, sizeof(ses.user), "%s", PQgetvalue(r, 0, 0));
    snprintf(ses.csrf, sizeof(ses.csrf), "%s", PQgetvalue(r, 0, 2));
    *out = ses;
out:
    PQclear(r);
    od_session_wipe(&ses);
    return rc;
}

int od_session_end(struct od_store *s, const char *token)
{
    char th[65];
    const char *p[] = {th};
    int rc;

    if (!token_valid(token))
        return 0;
    rc = token_hash(token, th);
    if (rc == 0)
        rc = od_store_exec_secret(s, "logout", "DELETE FROM web_sessions WHERE token_hash = $1", 1,
                                  p, NULL);
    return rc;
}

int od_session_sweep(struct od_store *s, od_time idle)
{
    char idle_us[32];
    const char *p[] = {idle_us};
    int rc;

    snprintf(idle_us, sizeof(idle_us), "%" PRId64, (int64_t)idle);
    rc = od_store_exec_secret(
        s, "session sweep",
        "DELETE FROM web_sessions WHERE last_seen_at <= now() - $1::bigint * interval '1 "
        "microsecond'",
        1, p, NULL);
    if (rc == 0)
        rc = od_store_exec_secret(
            s, "session sweep",
            "DELETE FROM web_login_failures WHERE at < now() - interval '1 day'", 0, NULL, NULL);
    return rc;
}
