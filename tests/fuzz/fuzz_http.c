/* libFuzzer target for what orderd reads from an HTTP server's headers
 * and for the redaction of what it shows (lib/http.c, lib/redact.c):
 *
 *   input = VALUE '\n' URL '\n' TEXT
 *   VALUE -> od_http_link_next (a Link header), od_http_retry_after
 *   URL   -> od_http_same_origin against a fixed base, od_http_check_url,
 *            od_redact_url / od_redact_url_short
 *   TEXT  -> od_redact_text with a secret taken from URL, and as a body
 *            through od_http_json with and without an HTML Content-Type
 *
 * Checks: a next link has no '>' and is shorter than the value;
 * Retry-After is -1 or >= 0; a URL with user-info is never the same
 * origin; redacted output is NUL-terminated inside its buffer and never
 * holds the secret (when it is at least 4 bytes; the masks themselves
 * are not counted as text); od_http_json gives a document or OD_EAGAIN
 * with a detail that starts with its name. A failure aborts. */
#include <curl/curl.h>
#include <json-c/json.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "error.h"
#include "http.h"
#include "redact.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static char *take_line(const char **p, const char *end)
{
    const char *nl = memchr(*p, '\n', (size_t)(end - *p));
    size_t n = (size_t)((nl ? nl : end) - *p);
    char *s = malloc(n + 1);

    if (!s)
        abort();
    memcpy(s, *p, n);
    s[n] = '\0';
    *p = nl ? nl + 1 : end;
    return s;
}

/* Whether curl finds user-info in `url` (as od_http_same_origin parses). */
static bool has_user(const char *url)
{
    CURLU *u = curl_url();
    char *user = NULL;
    bool has = u && curl_url_set(u, CURLUPART_URL, url, 0) == CURLUE_OK &&
               curl_url_get(u, CURLUPART_USER, &user, 0) == CURLUE_OK;

    curl_free(user);
    curl_url_cleanup(u);
    return has;
}

static void check_redacted(const char *out, size_t cap, const char *secret)
{
    if (strnlen(out, cap) >= cap)
        abort();
    char piece[512];
    const char *p = out, *m;

    if (!secret || strlen(secret) < 4)
        return;
    /* The mask itself may spell the secret with the text beside it
     * ("DLLL" in "REDACTEDLLL"): each piece between masks is looked at
     * on its own. */
    do {
        size_t n;

        m = strstr(p, "REDACTED");
        n = m ? (size_t)(m - p) : strlen(p);
        snprintf(piece, sizeof(piece), "%.*s", (int)n, p);
        if (strstr(piece, secret)) {
            fprintf(stderr, "fuzz_http: secret '%s' in '%s'\n", secret, out);
            abort();
        }
        p = m ? m + 8 : p + n;
    } while (m);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *p = (const char *)data, *end = p + size;
    char *value, *url, *text, *next, out[256];
    int64_t ra;

    if (memchr(data, '\0', size))
        return 0;
    value = take_line(&p, end);
    url = take_line(&p, end);
    text = take_line(&p, end);
    next = od_http_link_next(value);
    if (next && (strchr(next, '>') || strlen(next) >= strlen(value)))
        abort();
    free(next);
    ra = od_http_retry_after(value);
    if (ra < -1)
        abort();
    if (od_http_same_origin("https://shop.example.com/", url) && has_user(url))
        abort();
    (void)od_http_check_url(url);
    od_redact_url(url, out, sizeof(out));
    check_redacted(out, sizeof(out), NULL);
    od_redact_url_short(url, out, sizeof(out));
    check_redacted(out, sizeof(out), NULL);
    od_redact_text(text, url, out, sizeof(out));
    check_redacted(out, sizeof(out), url);
    od_redact_text(text, NULL, out, 1);
    if (out[0] != '\0')
        abort();
    for (int html = 0; html < 2; html++) {
        struct od_http_response r = {.status = 200, .body = text, .body_len = strlen(text)};
        struct json_object *doc = NULL;
        int rc;

        r.content_type = html ? (char *)"text/html; charset=utf-8" : NULL;
        rc = od_http_json(&r, "orders.json", &doc);
        if (rc == 0)
            json_object_put(doc);
        else if (rc != OD_EAGAIN || strncmp(od_error_last(), "orders.json: ", 13) != 0)
            abort();
    }
    free(value);
    free(url);
    free(text);
    return 0;
}
