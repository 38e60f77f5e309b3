/* The file feed connector in url mode: what it reads from the URL
 * (see feedurl.h). */
#include <stdbool.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "feedurl.h"

/* Whether the URL's authority has user-info ("https://u:p@host/"). */
bool feed_url_has_userinfo(const char *url)
{
    const char *auth = strstr(url, "://");
    size_t n;

    if (!auth)
        return false;
    auth += 3;
    n = strcspn(auth, "/?#");
    return memchr(auth, '@', n) != NULL;
}

/* Name of the fetched body in source refs and the cursor: the last path
 * segment of the URL plus the start of its hash (each content is its own
 * "file"). */
void feed_url_name(const char *url, const char *sha, char *buf, size_t len)
{
    size_t end = strcspn(url, "?#");
    size_t start = end;

    while (start > 0 && url[start - 1] != '/')
        start--;
    if (start == end || (start >= 2 && url[start - 2] == '/'))
        snprintf(buf, len, "feed@%.12s", sha);
    else
        snprintf(buf, len, "%.*s@%.12s", (int)(end - start), url + start, sha);
}
