/* The morning mail (docs/reports.md "The morning mail"): the daily
 * report as one MIME message, multipart/alternative of a text/plain
 * summary and the text/html page, UTF-8, the Subject RFC 2047 encoded;
 * sent through libcurl's SMTP with TLS required and verified, or written
 * into a folder (reports.dir, a dry run).
 *
 * Nothing here reads the clock or logs; the password is handed to
 * libcurl and never copied into an error detail. */
#ifndef OD_REPORT_MAIL_H
#define OD_REPORT_MAIL_H

#include <stdbool.h>
#include <stddef.h>

#include "timeutil.h"

struct od_buf;
struct od_report;
struct od_report_mail_settings;
struct od_strlist;

/* Append the whole message (headers, CRLF line ends) of report `r` in
 * `lang` ("zh"/NULL or "en") from `from` to every address of `to`, dated
 * `now`. OD_EINVAL without a sender or a recipient, or for an address
 * with CR, LF, '<', '>' or no '@'; OD_ENOMEM, OD_ETOOBIG past b's cap. */
int od_report_mail_build(const struct od_report *r, const char *lang, const char *from,
                         const struct od_strlist *to, od_time now, struct od_buf *b);

/* Send the message `msg` (`len` bytes) as m says: smtps:// (TLS from the
 * start) or smtp:// (STARTTLS required), the certificate verified
 * (m->ca_file or the system's store), MAIL FROM m->from, one RCPT TO per
 * m->to. OD_EINVAL for a missing key or another scheme; OD_EAUTH when
 * the login is refused; OD_EAGAIN with the server's or libcurl's reason
 * (never the password) when the message was not accepted; OD_ECANCELED
 * when `stop` (optional, asked about every second or so while the
 * transfer runs) returned true. */
int od_report_mail_send(const struct od_report_mail_settings *m, const char *msg, size_t len,
                        bool (*stop)(void *), void *stop_ud);

/* Write the message into folder `dir` as daily-DATE.eml (written to a
 * temporary name, then renamed); *ret_path (optional) gets the file's
 * path, the caller's to free. OD_EIO with the file and the reason. */
int od_report_mail_write(const char *dir, const char *date, const char *msg, size_t len,
                         char **ret_path);

#endif
