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

/* localhost, 127.0.0.0/8 or ::1. */
bool imap_is_loopback(const char *host);

#endif
