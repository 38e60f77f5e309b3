/* Access tokens that renew themselves, for the shop connectors that call
 * a platform gateway (connectors/common/gateway.h; issue 15).
 *
 * A connector whose channel has a refresh_token embeds a struct
 * od_gw_auth in its state, points its gateway's `auth` at it and signs
 * every call with od_gw_access(). od_gw_call then:
 *   1. before the call, takes the pair the token store keeps for the
 *      channel (lib/tokens.h) when it supersedes the configured pair,
 *      and renews the access token when margin_pct percent of its
 *      lifetime is left (od_token_renew_at);
 *   2. when the platform answers that the access token expired
 *      (OD_GW_EXPIRED in its error table), renews it and makes the call
 *      once more.
 * A renewal is the platform's refresh call (refresh_call, signed like
 * any other call, `ud` = the gateway, which is the connector's state);
 * the new pair goes to the token store at once. When the platform
 * refuses the refresh token (expired, revoked, used): OD_EAUTH whose
 * detail is the platform's message and what to do (the channel shows
 * auth_error). A renewal that fails for a while (OD_EAGAIN) while the
 * access token still works is logged and the call goes on with it.
 *
 * All of it runs on the poll's thread, under the channel's lease, so a
 * refresh token that works once is used once. Tokens are never logged;
 * the pair is wiped by od_gw_auth_free. */
#ifndef OD_GWAUTH_H
#define OD_GWAUTH_H

#include <stdbool.h>
#include <stdint.h>

#include "tokens.h"

struct od_gw;
struct od_gw_platform;
struct od_batch;
struct json_object;

struct od_gw_auth {
    /* Set by the connector's open(); the strings are borrowed settings. */
    const char *config_access;
    const char *config_refresh; /* NULL or "": no renewal */
    int margin_pct;             /* renew when this % of the lifetime is left */
    const struct od_gw_platform *refresh_call;
    /* Read the refresh call's result (what refresh_call's envelope
     * picked) into *out; `now` is when the answer came (the issue time).
     * An empty out->refresh keeps the old refresh token. OD_EIO with a
     * detail (never quoting a token) when the answer lacks the token. */
    int (*parse)(struct json_object *result, od_time now, struct od_token_pair *out);

    /* State. */
    struct od_token_pair pair; /* the pair in use */
    char config_fp[65];
    bool ready;   /* pair and config_fp set from the configuration */
    bool unsaved; /* pair renewed but not yet taken by the token store */
    uint64_t renewals;
};

/* true when the channel can renew its token (a refresh_token is set). */
bool od_gw_auth_enabled(const struct od_gw *g);

/* The access token to sign the next call with: the renewed one, else
 * the configured one (`fallback` when the gateway has no auth). */
const char *od_gw_access(const struct od_gw *g, const char *fallback);

/* Step 1 above. 0, or OD_EAUTH / OD_EAGAIN / OD_EDB ... with a detail. */
int od_gw_auth_ready(struct od_gw *g, struct od_batch *out);

/* Renew now (`why` for the log: "expired", "due"). 0 or an error as
 * above. */
int od_gw_auth_renew(struct od_gw *g, struct od_batch *out, const char *why);

/* Wipe the pair. Accepts NULL. */
void od_gw_auth_free(struct od_gw_auth *a);

/* For the connectors' parse(): a lifetime given in seconds, or as an
 * absolute unix time in seconds or milliseconds (values past 10^9 s),
 * into an expiry time after `now`; OD_TIME_NONE when v <= 0. */
od_time od_gw_auth_expiry(od_time now, int64_t v);

/* The connectors' parse(): the pair of a token answer `o`, whose fields
 * are named access_token and refresh_token (may be absent: the old one
 * is kept); the expiry times from the first field of `expires` (and of
 * `refresh_expires`, may be NULL) that holds a value > 0, read by
 * od_gw_auth_expiry from `issued`. Lists end with NULL. OD_EIO naming
 * `who` when there is no usable access_token. */
int od_gw_auth_read(struct json_object *o, const char *who, od_time issued,
                    const char *const *expires, const char *const *refresh_expires,
                    struct od_token_pair *out);

#endif
