/* The file feed connector in url mode: what it reads from the URL and
 * the answer (see feedurl.h). */
#include <stdbool.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "feedurl.h"
#include "http.h"

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

/* Whether a body is an HTML page: by its Content-Type, or by its first
 * bytes ("<!DOCTYPE html", "<html", after white space and a BOM). */
bool feed_html_page(const struct od_http_response *resp)
{
    const char *p = resp->body, *end = resp->body + resp->body_len;

    if (resp->content_type && (strncasecmp(resp->content_type, "text/html", 9) == 0 ||
                               strncasecmp(resp->content_type, "application/xhtml", 17) == 0))
        return true;
    if (end - p >= 3 && memcmp(p, "\xEF\xBB\xBF", 3) == 0)
        p += 3;
    while (p < end && (*p == ' ' || *p == '\t' || *p == '\r' || *p == '\n'))
        p++;
    return (end - p >= 14 && strncasecmp(p, "<!DOCTYPE html", 14) == 0) ||
           (end - p >= 5 && strncasecmp(p, "<html", 5) == 0);
}
