/* The token store: access tokens of shop channels that renew themselves
 * (issue 15, docs/configuration.md "Tokens that renew themselves").
 *
 * A channel whose configuration has a refresh_token renews its access
 * token through the platform's refresh call before it expires and when
 * the platform says it has expired (connectors/common/gwauth.h). The
 * renewed pair is kept in the channel_tokens table (migration 0009) and
 * used from then on, by this process after a restart and by any other
 * instance; the pair in the configuration is used again only when it
 * changes (the row remembers its fingerprint, config_fp).
 *
 * Who writes: the daemon during a poll, under the channel's lease (the
 * advisory lock of od_store_lock_channel), so one refresh per channel at
 * a time; `orderctl channel token` under the same lock.
 *
 * Tokens are secrets: nothing here logs, and error details never quote
 * them. Buffers that held them are wiped (od_token_pair_wipe). */
#ifndef OD_TOKENS_H
#define OD_TOKENS_H

#include <stdbool.h>
#include <stddef.h>

#include "timeutil.h"

struct od_store;
struct od_channel;

/* Longest token accepted from a platform, the database or stdin. */
#define OD_TOKEN_MAX 1024

/* One token pair. Times are OD_TIME_NONE when not known. */
struct od_token_pair {
    char access[OD_TOKEN_MAX + 1];
    char refresh[OD_TOKEN_MAX + 1];
    od_time issued;          /* when the access token was issued */
    od_time access_expires;  /* when it stops working */
    od_time refresh_expires; /* when the refresh token stops working */
};

/* Zero the pair (explicit_bzero); times become OD_TIME_NONE. */
void od_token_pair_wipe(struct od_token_pair *p);

/* When to renew an access token issued at `issued` that expires at
 * `expires`: when `margin_pct` percent (1-90) of its lifetime is left,
 * i.e. expires - lifetime * margin_pct / 100. OD_TIME_NONE when either
 * time is unknown or the lifetime is not positive (then only the
 * platform's "token expired" answer triggers a refresh). */
od_time od_token_renew_at(od_time issued, od_time expires, int margin_pct);

/* The fingerprint of a configured pair (HMAC-SHA256 hex, 64 chars + NUL;
 * not reversible to the tokens). NULL refresh counts as "". */
int od_token_fingerprint(const char *access, const char *refresh, char out[65]);

/* The fingerprint of the pair in `ch`'s configuration: the settings keys
 * "refresh_token" and "access_token" (or "session", TOP's name for it)
 * of its connector's key table. OD_ENOTFOUND when the channel's kind has
 * no refresh_token key, OD_EINVAL when it is not set. */
int od_token_config_fp(const struct od_channel *ch, char out[65]);

/* How a program hands the store to a connector (od_channel.tokens): load
 * returns 1 and fills *out when a renewed pair superseding the configured
 * pair `config_fp` is kept, 0 when none is (use the configured pair),
 * < 0 on error. save keeps `p` as the channel's pair. Both are called
 * during a poll, on the poll's thread; `ud` is the program's. */
struct od_token_store {
    int (*load)(void *ud, const char *channel, const char *config_fp, struct od_token_pair *out);
    int (*save)(void *ud, const char *channel, const char *config_fp,
                const struct od_token_pair *p);
    void *ud;
};

/* The channel_tokens row of `channel` when its config_fp is `config_fp`
 * (1, *out filled), else 0. */
int od_tokens_load(struct od_store *s, const char *channel, const char *config_fp,
                   struct od_token_pair *out);
/* Insert or replace the row of `channel`; source "refresh" (the daemon)
 * or "orderctl"; a refresh counts in `refreshes`. */
int od_tokens_save(struct od_store *s, const char *channel, const char *config_fp,
                   const struct od_token_pair *p, const char *source);

/* What `orderctl channel token` shows: the row's times and source, never
 * the tokens. found is false when the channel has no row. Times are UTC
 * RFC 3339 text, "" when unknown. */
struct od_token_info {
    bool found;
    bool current; /* the row supersedes the configured pair (same config_fp) */
    char source[16];
    char issued[40], access_expires[40], refresh_expires[40], updated[40];
    long long refreshes;
};
int od_tokens_info(struct od_store *s, const char *channel, const char *config_fp,
                   struct od_token_info *out);

#endif
