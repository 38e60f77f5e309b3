/* The file feed connector in url mode: small readers of the URL and of
 * the server's answer. Pure functions; internal to connectors/feed/. */
#ifndef OD_FEED_FEEDURL_H
#define OD_FEED_FEEDURL_H

#include <stdbool.h>
#include <stddef.h>

struct od_http_response;

/* Whether the URL's authority has user-info ("https://u:p@host/"). */
bool feed_url_has_userinfo(const char *url);

/* Name of a fetched body in source refs and the cursor: the last path
 * segment of `url` plus '@' and the first 12 hex digits of `sha`
 * ("orders.csv@1a2b3c4d5e6f"), or "feed@..." without a file name. */
void feed_url_name(const char *url, const char *sha, char *buf, size_t len);

/* Whether a 200 answer is an HTML page (an error or login page), by its
 * Content-Type or its first bytes. `resp` borrowed. */
bool feed_html_page(const struct od_http_response *resp);

#endif
