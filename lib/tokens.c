/* The token store: see tokens.h. */
#include "tokens.h"

#include <libpq-fe.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "config.h"
#include "connector.h"
#include "error.h"
#include "sign.h"
#include "store_int.h"

/* The key of the fingerprint's HMAC: it only keeps the hash from being a
 * plain SHA-256 of the tokens. */
#define FP_KEY "orderd channel_tokens config_fp"

void od_token_pair_wipe(struct od_token_pair *p)
{
    explicit_bzero(p, sizeof(*p));
    p->issued = p->access_expires = p->refresh_expires = OD_TIME_NONE;
}

od_time od_token_renew_at(od_time issued, od_time expires, int margin_pct)
{
    od_time life;

    if (issued == OD_TIME_NONE || expires == OD_TIME_NONE || expires <= issued)
        return OD_TIME_NONE;
    if (margin_pct < 1)
        margin_pct = 1;
    if (margin_pct > 90)
        margin_pct = 90;
    life = expires - issued;
    /* life / 100 * pct first: no overflow for any lifetime */
    return expires - (life / 100 * margin_pct + life % 100 * margin_pct / 100);
}

int od_token_fingerprint(const char *access, const char *refresh, char out[65])
{
    size_t a = access ? strlen(access) : 0, r = refresh ? strlen(refresh) : 0;
    char *buf;
    int rc;

    if (a > OD_TOKEN_MAX || r > OD_TOKEN_MAX)
        return od_error_set(OD_ETOOBIG, "a token is longer than %d bytes", OD_TOKEN_MAX);
    buf = malloc(a + r + 2);
    if (!buf)
        return od_error_set(OD_ENOMEM, "out of memory");
    memcpy(buf, access ? access : "", a);
    buf[a] = '\n';
    memcpy(buf + a + 1, refresh ? refresh : "", r);
    rc = od_sign_hmac_sha256(FP_KEY, buf, a + r + 1, false, out);
    explicit_bzero(buf, a + r + 2);
    free(buf);
    return rc;
}

/* The char * setting `name` of the channel's key table; NULL when the
 * kind has no such key. *has says whether the key exists. */
static const char *setting(const struct od_channel *ch, const char *name, bool *has)
{
    const struct od_config_key *k = ch->connector ? ch->connector->keys : NULL;

    *has = false;
    for (; k && k->name; k++) {
        if (strcmp(k->name, name) == 0 && k->type == OD_KEY_SECRET) {
            *has = true;
            return *(char *const *)((const char *)ch->settings + k->offset);
        }
    }
    return NULL;
}

int od_token_config_fp(const struct od_channel *ch, char out[65])
{
    bool has_refresh, has_access;
    const char *refresh = setting(ch, "refresh_token", &has_refresh);
    const char *access = setting(ch, "access_token", &has_access);

    if (!has_access)
        access = setting(ch, "session", &has_access);
    if (!has_refresh || !has_access)
        return od_error_set(OD_ENOTFOUND, "channel %s (kind %s) has no refresh_token setting",
                            ch->name, ch->kind);
    if (!refresh || !*refresh)
        return od_error_set(OD_EINVAL,
                            "channel %s: set refresh_token in its configuration first (%s)",
                            ch->name, ch->file ? ch->file : "its channel file");
    return od_token_fingerprint(access, refresh, out);
}

/* od_time <-> microseconds since the epoch as text ("" = NULL). */
static const char *us_text(od_time t, char *buf, size_t len)
{
    if (t == OD_TIME_NONE)
        return NULL;
    snprintf(buf, len, "%lld", (long long)t);
    return buf;
}

static od_time us_value(PGresult *r, int col)
{
    return PQgetisnull(r, 0, col) ? OD_TIME_NONE
                                  : (od_time)strtoll(PQgetvalue(r, 0, col), NULL, 10);
}

#define US(col) "(extract(epoch FROM " col ") * 1000000)::bigint"
#define TS(p)   "to_timestamp(" p "::bigint / 1000000.0)"
#define ISO(col)                                                                                   \
    "coalesce(to_char(" col " AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'), '')"

/* clang-format off */
static const char sql_load[] =
    "SELECT access_token, refresh_token, " US("issued_at") ", " US("access_expires_at") ", "
    US("refresh_expires_at")
    " FROM channel_tokens WHERE channel = $1 AND config_fp = $2";

static const char sql_save[] =
    "INSERT INTO channel_tokens AS t (channel, access_token, refresh_token, issued_at,"
    " access_expires_at, refresh_expires_at, config_fp, source, refreshes)"
    " VALUES ($1, $2, $3, " TS("$4") ", " TS("$5") ", " TS("$6") ", $7, $8,"
    " CASE WHEN $8 = 'refresh' THEN 1 ELSE 0 END)"
    " ON CONFLICT (channel) DO UPDATE SET access_token = excluded.access_token,"
    " refresh_token = excluded.refresh_token, issued_at = excluded.issued_at,"
    " access_expires_at = excluded.access_expires_at,"
    " refresh_expires_at = excluded.refresh_expires_at, config_fp = excluded.config_fp,"
    " source = excluded.source, refreshes = t.refreshes + excluded.refreshes,"
    " updated_at = now()";

static const char sql_info[] =
    "SELECT config_fp = $2, source, " ISO("issued_at") ", " ISO("access_expires_at") ", "
    ISO("refresh_expires_at") ", " ISO("updated_at") ", refreshes"
    " FROM channel_tokens WHERE channel = $1";
/* clang-format on */

int od_tokens_load(struct od_store *s, const char *channel, const char *config_fp,
                   struct od_token_pair *out)
{
    const char *p[2] = {channel, config_fp};
    PGresult *r = NULL;
    int rc = od_store_exec_secret(s, "cannot read the channel's tokens", sql_load, 2, p, &r);

    if (rc < 0)
        return rc;
    if (PQntuples(r) == 0) {
        PQclear(r);
        return 0;
    }
    if (PQgetlength(r, 0, 0) > OD_TOKEN_MAX || PQgetlength(r, 0, 1) > OD_TOKEN_MAX) {
        PQclear(r);
        return od_error_set(OD_ETOOBIG, "a stored token is longer than %d bytes", OD_TOKEN_MAX);
    }
    od_token_pair_wipe(out);
    memcpy(out->access, PQgetvalue(r, 0, 0), (size_t)PQgetlength(r, 0, 0));
    memcpy(out->refresh, PQgetvalue(r, 0, 1), (size_t)PQgetlength(r, 0, 1));
    out->issued = us_value(r, 2);
    out->access_expires = us_value(r, 3);
    out->refresh_expires = us_value(r, 4);
    PQclear(r);
    return 1;
}

int od_tokens_save(struct od_store *s, const char *channel, const char *config_fp,
                   const struct od_token_pair *t, const char *source)
{
    char a[24], b[24], c[24];
    const char *p[8] = {channel,
                        t->access,
                        t->refresh,
                        us_text(t->issued, a, sizeof(a)),
                        us_text(t->access_expires, b, sizeof(b)),
                        us_text(t->refresh_expires, c, sizeof(c)),
                        config_fp,
                        source};

    if (!*t->access || !*t->refresh)
        return od_error_set(OD_EINVAL, "both the access token and the refresh token are needed");
    return od_store_exec_secret(s, "cannot store the channel's tokens", sql_save, 8, p, NULL);
}

int od_tokens_info(struct od_store *s, const char *channel, const char *config_fp,
                   struct od_token_info *out)
{
    const char *p[2] = {channel, config_fp ? config_fp : ""};
    PGresult *r = NULL;
    int rc = od_store_exec_secret(s, "cannot read the channel's tokens", sql_info, 2, p, &r);

    if (rc < 0)
        return rc;
    memset(out, 0, sizeof(*out));
    if (PQntuples(r) == 1) {
        out->found = true;
        out->current = PQgetvalue(r, 0, 0)[0] == 't';
        snprintf(out->source, sizeof(out->source), "%s", PQgetvalue(r, 0, 1));
        snprintf(out->issued, sizeof(out->issued), "%s", PQgetvalue(r, 0, 2));
        snprintf(out->access_expires, sizeof(out->access_expires), "%s", PQgetvalue(r, 0, 3));
        snprintf(out->refresh_expires, sizeof(out->refresh_expires), "%s", PQgetvalue(r, 0, 4));
        snprintf(out->updated, sizeof(out->updated), "%s", PQgetvalue(r, 0, 5));
        out->refreshes = strtoll(PQgetvalue(r, 0, 6), NULL, 10);
    }
    PQclear(r);
    return 0;
}
