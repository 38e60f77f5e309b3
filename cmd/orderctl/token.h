/* orderctl channel token CHANNEL: give a shop channel a new access and
 * refresh token (after the shop was re-authorized), read from stdin so
 * that they never appear in a command line, a shell history or a log;
 * prints the expiry times, never the tokens (lib/tokens.h, issue 15). */
#ifndef ORDERCTL_TOKEN_H
#define ORDERCTL_TOKEN_H

#include "config.h"
#include "store.h"

/* Returns an exit code (OD_EXIT_*), having printed what went wrong. */
int orderctl_channel_token(struct od_store *s, const struct od_config *cfg, const char *channel);

#endif
