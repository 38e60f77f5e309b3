/* The file feed connector in url mode: small readers of the URL. Pure
 * functions; internal to connectors/feed/. */
#ifndef OD_FEED_FEEDURL_H
#define OD_FEED_FEEDURL_H

#include <stdbool.h>
#include <stddef.h>

/* Whether the URL's authority has user-info ("https://u:p@host/"). */
bool feed_url_has_userinfo(const char *url);

/* Name of a fetched body in source refs and the cursor: the last path
 * segment of `url` plus '@' and the first 12 hex digits of `sha`
 * ("orders.csv@1a2b3c4d5e6f"), or "feed@..." without a file name. */
void feed_url_name(const char *url, const char *sha, char *buf, size_t len);

#endif
