/* The IMAP connector (kind: imap): helpers of imap.c that read outside
 * input, shared with its unit test and fuzz target. Internal to
 * connectors/imap/. Everything is borrowed; outputs go to the caller's
 * buffers. */
#ifndef OD_IMAP_H
#define OD_IMAP_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Bytes of a Message-ID kept (longer ones are cut). */
#define IMAP_MSGID_MAX 250

/* The Message-ID of a raw message's header as "<...>" in buf (printable
 * ASCII without spaces, unfolded, at most IMAP_MSGID_MAX bytes); false
 * (buf untouched) when the header has none or it is empty. */
bool imap_message_id(const char *raw, size_t len, char *buf, size_t size);

/* A dead letter's source_ref: "MAILBOX <Message-ID>", or
 * "MAILBOX sha256:HEX" of the raw bytes when there is no Message-ID. */
void imap_source_ref(const char *mailbox, const char *raw, size_t len, char *buf, size_t size);

/* Length of the header part of a raw message, with the blank line
 * (CRLF CRLF or LF LF); len when there is no body. */
size_t imap_header_len(const char *raw, size_t len);

/* The cursor {"uidvalidity": V, "uid": U}; both 0 when json is NULL or
 * anything about it is wrong (then the mailbox is read from the start). */
void imap_cursor_parse(const char *json, uint32_t *validity, uint32_t *uid);

/* Bytes of a mailbox name on the wire, with its terminating NUL. */
#define IMAP_MAILBOX_MAX 1024

/* A UTF-8 mailbox name in IMAP's modified UTF-7 (RFC 3501 5.1.3), as
 * servers expect it: printable ASCII as is ("&" as "&-"), any other run
 * as "&" + base64 (with "," for "/") of its UTF-16BE + "-"
 * ("订单/已处理" -> "&i6JTVQ-/&XfJZBHQG-"). Returns 0, or -1 when the name is
 * not valid UTF-8, holds a control character, or does not fit `size`. */
int imap_mutf7(const char *utf8, char *out, size_t size);

/* localhost, 127.0.0.0/8 or ::1. */
bool imap_is_loopback(const char *host);

#endif
