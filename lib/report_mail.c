/* The morning mail: the daily report as a MIME message, sent by SMTP or
 * written to a folder (see report_mail.h). */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE /* asprintf */
#endif

#include "report_mail.h"

#include <curl/curl.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>
#include <unistd.h>

#include "buf.h"
#include "config.h"
#include "error.h"
#include "redact.h"
#include "report.h"
#include "store.h" /* od_base64_encode */

#define LINE_MAX_B64 76 /* base64 characters per body line (RFC 2045) */
#define WORD_BYTES   45 /* UTF-8 bytes per encoded word: 60 base64 chars, < 75 */

static bool address_ok(const char *a)
{
    return a && *a && strchr(a, '@') && !strpbrk(a, "\r\n<>\"(),; ") && strlen(a) < 254;
}

/* `s` base64-encoded in lines of LINE_MAX_B64 characters, each ending in CRLF. */
static int body_b64(struct od_buf *b, const char *s, size_t len)
{
    struct od_buf tmp;
    int rc;

    od_buf_init(&tmp, (len / 3 + 2) * 4 + 16);
    rc = od_base64_encode(s, len, &tmp);
    for (size_t i = 0; rc == 0 && i < tmp.len; i += LINE_MAX_B64) {
        size_t n = tmp.len - i < LINE_MAX_B64 ? tmp.len - i : LINE_MAX_B64;

        if ((rc = od_buf_add(b, tmp.data + i, n)) == 0)
            rc = od_buf_adds(b, "\r\n");
    }
    od_buf_free(&tmp);
    return rc;
}

/* An RFC 2047 header value: encoded words of at most WORD_BYTES bytes of
 * UTF-8 each, cut between characters, folded onto continuation lines. */
static int encoded_words(struct od_buf *b, const char *s)
{
    size_t len = strlen(s);

    for (size_t i = 0; i < len;) {
        size_t n = len - i < WORD_BYTES ? len - i : WORD_BYTES;
        int rc;

        while (i + n < len && n > 0 && ((unsigned char)s[i + n] & 0xC0) == 0x80)
            n--; /* do not cut a character */
        if ((i > 0 && od_buf_adds(b, "\r\n ") < 0) || od_buf_adds(b, "=?UTF-8?B?") < 0)
            return -1;
        if ((rc = od_base64_encode(s + i, n, b)) < 0)
            return rc;
        if (od_buf_adds(b, "?=") < 0)
            return -1;
        i += n;
    }
    return 0;
}

int od_report_mail_build(const struct od_report *r, const char *lang, const char *from,
                         const struct od_strlist *to, od_time now, struct od_buf *b)
{
    struct od_buf text, html, subject;
    char date[64], boundary[64];
    time_t secs = (time_t)(now / 1000000);
    struct tm tm;
    int rc = OD_EINVAL;

    od_buf_init(&text, 1u << 20);
    od_buf_init(&html, 32u << 20);
    od_buf_init(&subject, 1024);
    if (!address_ok(from)) {
        od_error_set(OD_EINVAL, "reports.mail.from: '%s' is not an address", from ? from : "");
        goto out;
    }
    if (!to || to->n == 0) {
        od_error_set(OD_EINVAL, "reports.mail.to: no recipient");
        goto out;
    }
    for (size_t i = 0; i < to->n; i++)
        if (!address_ok(to->items[i])) {
            od_error_set(OD_EINVAL, "reports.mail.to: '%s' is not an address", to->items[i]);
            goto out;
        }
    if ((rc = od_report_summary(r, lang, &text)) < 0 || (rc = od_report_html(r, lang, &html)) < 0 ||
        (rc = od_report_subject(r, lang, &subject)) < 0)
        goto out;
    gmtime_r(&secs, &tm);
    /* RFC 5322 date, English names whatever the locale */
    snprintf(date, sizeof(date), "%s, %02d %s %04d %02d:%02d:%02d +0000",
             (const char *[]){"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"}[tm.tm_wday],
             tm.tm_mday,
             (const char *[]){"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
                              "Nov", "Dec"}[tm.tm_mon],
             tm.tm_year + 1900, tm.tm_hour, tm.tm_min, tm.tm_sec);
    /* '=' and '_' never occur together in base64 text */
    snprintf(boundary, sizeof(boundary), "=_orderd_%llx", (unsigned long long)now);
    rc = -1;
    if (od_buf_printf(b, "From: <%s>\r\nTo: ", from) < 0)
        goto out;
    for (size_t i = 0; i < to->n; i++)
        if (od_buf_printf(b, "%s<%s>", i ? ",\r\n " : "", to->items[i]) < 0)
            goto out;
    if (od_buf_adds(b, "\r\nSubject: ") < 0 || encoded_words(b, subject.data) < 0 ||
        od_buf_printf(b,
                      "\r\nDate: %s\r\nMessage-ID: <orderd-report-%s-%lld@%s>\r\n"
                      "MIME-Version: 1.0\r\n"
                      "Content-Type: multipart/alternative; boundary=\"%s\"\r\n\r\n"
                      "--%s\r\nContent-Type: text/plain; charset=UTF-8\r\n"
                      "Content-Transfer-Encoding: base64\r\n\r\n",
                      date, r->period.first, (long long)now, strchr(from, '@') + 1, boundary,
                      boundary) < 0 ||
        body_b64(b, text.data ? text.data : "", text.len) < 0 ||
        od_buf_printf(b,
                      "\r\n--%s\r\nContent-Type: text/html; charset=UTF-8\r\n"
                      "Content-Transfer-Encoding: base64\r\n\r\n",
                      boundary) < 0 ||
        body_b64(b, html.data, html.len) < 0 || od_buf_printf(b, "\r\n--%s--\r\n", boundary) < 0)
        goto out;
    rc = 0;
out:
    od_buf_free(&text);
    od_buf_free(&html);
    od_buf_free(&subject);
    return rc;
}

struct upload {
    const char *data;
    size_t len, pos;
};

/* libcurl's read callback: the next bytes of the message. */
static size_t read_msg(char *dst, size_t size, size_t nmemb, void *userp)
{
    struct upload *u = userp;
    size_t n = size * nmemb;

    if (n > u->len - u->pos)
        n = u->len - u->pos;
    memcpy(dst, u->data + u->pos, n);
    u->pos += n;
    return n;
}

struct stopper {
    bool (*stop)(void *);
    void *ud;
};

/* libcurl's progress callback: non-zero aborts the transfer. */
static int check_stop(void *p, curl_off_t dt, curl_off_t dn, curl_off_t ut, curl_off_t un)
{
    const struct stopper *st = p;

    (void)dt, (void)dn, (void)ut, (void)un;
    return st->stop && st->stop(st->ud) ? 1 : 0;
}

int od_report_mail_send(const struct od_report_mail_settings *m, const char *msg, size_t len,
                        bool (*stop)(void *), void *stop_ud)
{
    struct stopper st = {.stop = stop, .ud = stop_ud};
    struct upload u = {.data = msg, .len = len};
    struct curl_slist *rcpt = NULL;
    char errbuf[CURL_ERROR_SIZE] = "", clean[512], from[300];
    CURL *c = NULL;
    CURLcode cc;
    int rc = OD_EINVAL;

    if (!m->smtp_url || !m->from || m->to.n == 0) {
        od_error_set(OD_EINVAL, "reports.mail needs smtp_url, from and to");
        goto out;
    }
    if (strncasecmp(m->smtp_url, "smtps://", 8) != 0 &&
        strncasecmp(m->smtp_url, "smtp://", 7) != 0) {
        od_error_set(OD_EINVAL, "reports.mail.smtp_url: not smtps:// or smtp://");
        goto out;
    }
    curl_global_init(CURL_GLOBAL_DEFAULT);
    rc = OD_ENOMEM;
    if (!(c = curl_easy_init())) {
        od_error_set(OD_ENOMEM, "out of memory");
        goto out;
    }
    snprintf(from, sizeof(from), "<%s>", m->from);
    for (size_t i = 0; i < m->to.n; i++) {
        char a[300];
        struct curl_slist *n;

        snprintf(a, sizeof(a), "<%s>", m->to.items[i]);
        if (!(n = curl_slist_append(rcpt, a))) {
            od_error_set(OD_ENOMEM, "out of memory");
            goto out;
        }
        rcpt = n;
    }
    curl_easy_setopt(c, CURLOPT_URL, m->smtp_url);
    curl_easy_setopt(c, CURLOPT_PROTOCOLS_STR, "smtp,smtps");
    curl_easy_setopt(c, CURLOPT_USE_SSL, (long)CURLUSESSL_ALL); /* STARTTLS or refuse */
    curl_easy_setopt(c, CURLOPT_SSL_VERIFYPEER, 1L);
    curl_easy_setopt(c, CURLOPT_SSL_VERIFYHOST, 2L);
    if (m->ca_file)
        curl_easy_setopt(c, CURLOPT_CAINFO, m->ca_file);
    if (m->user)
        curl_easy_setopt(c, CURLOPT_USERNAME, m->user);
    if (m->password)
        curl_easy_setopt(c, CURLOPT_PASSWORD, m->password);
    curl_easy_setopt(c, CURLOPT_MAIL_FROM, from);
    curl_easy_setopt(c, CURLOPT_MAIL_RCPT, rcpt);
    curl_easy_setopt(c, CURLOPT_READFUNCTION, read_msg);
    curl_easy_setopt(c, CURLOPT_READDATA, &u);
    curl_easy_setopt(c, CURLOPT_UPLOAD, 1L);
    curl_easy_setopt(c, CURLOPT_INFILESIZE_LARGE, (curl_off_t)len);
    curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT, 30L);
    curl_easy_setopt(c, CURLOPT_TIMEOUT, 120L);
    curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(c, CURLOPT_ERRORBUFFER, errbuf);
    curl_easy_setopt(c, CURLOPT_XFERINFOFUNCTION, check_stop);
    curl_easy_setopt(c, CURLOPT_XFERINFODATA, &st);
    curl_easy_setopt(c, CURLOPT_NOPROGRESS, 0L);
    cc = curl_easy_perform(c);
    if (cc == CURLE_ABORTED_BY_CALLBACK) {
        rc = od_error_set(OD_ECANCELED, "SMTP: stopped");
        goto out;
    }
    if (cc != CURLE_OK) {
        long code = 0;

        curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &code);
        od_redact_text(errbuf[0] ? errbuf : curl_easy_strerror(cc), m->password, clean,
                       sizeof(clean));
        rc = cc == CURLE_LOGIN_DENIED ? OD_EAUTH : OD_EAGAIN;
        od_error_set(rc, "SMTP: %s (server code %ld)", clean, code);
        goto out;
    }
    rc = 0;
out:
    curl_slist_free_all(rcpt);
    if (c)
        curl_easy_cleanup(c);
    return rc;
}

int od_report_mail_write(const char *dir, const char *date, const char *msg, size_t len,
                         char **ret_path)
{
    char *path = NULL, *tmp = NULL;
    FILE *f = NULL;
    int rc = OD_ENOMEM;

    if (asprintf(&path, "%s/daily-%s.eml", dir, date) < 0) {
        path = NULL;
        od_error_set(OD_ENOMEM, "out of memory");
        goto out;
    }
    if (asprintf(&tmp, "%s/.daily-%s.eml.part", dir, date) < 0) {
        tmp = NULL;
        od_error_set(OD_ENOMEM, "out of memory");
        goto out;
    }
    rc = OD_EIO;
    if (!(f = fopen(tmp, "w"))) {
        od_error_set(OD_EIO, "%s: %s", tmp, strerror(errno));
        goto out;
    }
    if (fwrite(msg, 1, len, f) != len || fflush(f) != 0 || fsync(fileno(f)) != 0) {
        od_error_set(OD_EIO, "%s: %s", tmp, strerror(errno));
        goto out;
    }
    if (fclose(f) != 0) {
        f = NULL;
        od_error_set(OD_EIO, "%s: %s", tmp, strerror(errno));
        goto out;
    }
    f = NULL;
    if (rename(tmp, path) != 0) {
        od_error_set(OD_EIO, "%s: %s", path, strerror(errno));
        goto out;
    }
    rc = 0;
    if (ret_path) {
        *ret_path = path;
        path = NULL;
    }
out:
    if (f) {
        fclose(f);
        unlink(tmp);
    }
    free(tmp);
    free(path);
    return rc;
}
