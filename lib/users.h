/* The clerk's console's users, logins and sessions (issue 13,
 * docs/console.md): the actions orderctl's `user` commands and orderweb
 * share. Tables of migration 0012. Nothing here prints, logs or exits;
 * each function returns 0 or a negative OD_E* code with a detail
 * (od_error_last()). Passwords and session tokens are secrets: details
 * never quote them and buffers that held them are wiped.
 *
 * Passwords are hashed with Argon2id (libsodium crypto_pwhash_str, its
 * "interactive" limits); a session cookie carries 32 random bytes (hex)
 * of which only the SHA-256 is stored.
 *
 * Built without libsodium (-Dweb=disabled), every function that hashes
 * or makes a token returns OD_ECONFIG.
 *
 * Errors a caller tells apart:
 *   OD_EINVAL    a bad name, role or password (the detail says which)
 *   OD_ENOTFOUND no such user; no such (or an expired) session
 *   OD_EAUTH     login: wrong name or password, or a disabled user
 *   OD_EBUSY     login: the name is locked after failed logins
 *   OD_EDB       the database failed (user add: the name exists) */
#ifndef OD_USERS_H
#define OD_USERS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "timeutil.h"

struct od_store;

#define OD_USER_NAME_MAX     64   /* bytes: [A-Za-z0-9._@-] */
#define OD_PASSWORD_MIN      8    /* bytes */
#define OD_PASSWORD_MAX      1024 /* bytes */
#define OD_PWHASH_MAX        128  /* crypto_pwhash_STRBYTES, with its NUL */
#define OD_SESSION_TOKEN_HEX 64   /* hex characters of a cookie's token or CSRF token */

/* Lockout (docs/console.md): OD_LOGIN_FAILURES failed logins of one name
 * within OD_LOGIN_WINDOW lock it for OD_LOGIN_LOCK after the last one. */
#define OD_LOGIN_FAILURES 5
#define OD_LOGIN_WINDOW   (15 * 60 * (od_time)1000000)
#define OD_LOGIN_LOCK     (15 * 60 * (od_time)1000000)

enum od_role { OD_ROLE_VIEWER = 0, OD_ROLE_CLERK = 1, OD_ROLE_ADMIN = 2 };

/* "viewer" | "clerk" | "admin" <-> the role; parse gives OD_EINVAL. */
int od_role_parse(const char *text, enum od_role *out);
const char *od_role_name(enum od_role r);

/* 1-64 bytes of letters, digits, '.', '_', '@', '-'. */
bool od_user_name_valid(const char *name);

/* A password as accepted: OD_PASSWORD_MIN..MAX bytes of UTF-8 without
 * control characters; OD_EINVAL saying what is wrong. */
int od_password_check(const char *pw);

/* Argon2id hash of `pw` into out (crypto_pwhash_str form). */
int od_password_hash(const char *pw, char out[OD_PWHASH_MAX]);
/* 0 when `pw` matches `hash`, OD_EAUTH when not. */
int od_password_verify(const char *hash, const char *pw);

/* Equal strings, compared in time that depends on their lengths only
 * (for the CSRF token and the like). NULL equals nothing. */
bool od_secret_equal(const char *a, const char *b);

/* The lockout arithmetic: `fails` are the times of one name's failed
 * logins, oldest first. The time until which the name is locked at
 * `now`: the end (last + OD_LOGIN_LOCK) of the latest run of
 * OD_LOGIN_FAILURES failures that fit in OD_LOGIN_WINDOW, when that end
 * is after `now`; else OD_TIME_NONE (not locked). */
od_time od_login_locked_until(const od_time *fails, size_t n, od_time now);

struct od_user {
    char name[OD_USER_NAME_MAX + 1];
    enum od_role role;
    bool disabled;
    od_time created, updated;
};

/* Users by name. *out (caller free()s) and *n set only on success. */
int od_user_list(struct od_store *s, struct od_user **out, size_t *n);
/* A new user (OD_EINVAL when the name exists). */
int od_user_add(struct od_store *s, const char *name, enum od_role role, const char *password);
/* A new password; the user's sessions end. OD_ENOTFOUND: no such user. */
int od_user_passwd(struct od_store *s, const char *name, const char *password);
/* Disable the user and end its sessions. OD_ENOTFOUND: no such user. */
int od_user_disable(struct od_store *s, const char *name);

/* A signed-in session. token: the cookie's value (only od_login sets
 * it; wiped by od_session_wipe). */
struct od_session {
    char user[OD_USER_NAME_MAX + 1];
    enum od_role role;
    char token[OD_SESSION_TOKEN_HEX + 1];
    char csrf[OD_SESSION_TOKEN_HEX + 1];
};
void od_session_wipe(struct od_session *ses);

/* Sign in `name` with `password` from `client` (an address, for the
 * failure log). On success a new session into *out. A wrong password,
 * an unknown or disabled name is OD_EAUTH and recorded as a failure;
 * a locked name is OD_EBUSY (the password is not checked) with
 * *locked_until (may be NULL) set. */
int od_login(struct od_store *s, const char *name, const char *password, const char *client,
             struct od_session *out, od_time *locked_until);

/* The session whose cookie token is `token`, unused for less than
 * `idle` microseconds, of a user not disabled: *out filled (token left
 * empty) and its last use set to now. Otherwise OD_ENOTFOUND (an expired
 * one is deleted). */
int od_session_get(struct od_store *s, const char *token, od_time idle, struct od_session *out);

/* Sign out: the session of `token` ends (none is fine). */
int od_session_end(struct od_store *s, const char *token);

/* Delete sessions unused for `idle` and failures older than a day. */
int od_session_sweep(struct od_store *s, od_time idle);

#endif
