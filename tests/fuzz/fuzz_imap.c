/* Fuzz target: what the IMAP connector reads from the server before a
 * message reaches the extractor: the Message-ID of the header (for the
 * dead letter's source_ref), the header length (headers-only dead
 * letters), and the cursor JSON read back from the database. The bytes
 * are used as a message and, NUL-terminated, as a cursor. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "imap/imap.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *raw = (const char *)data;
    char id[IMAP_MSGID_MAX + 3], ref[IMAP_MSGID_MAX + 80];
    uint32_t v = 0, u = 0;
    size_t h;
    char *json;

    if (imap_message_id(raw, size, id, sizeof(id))) {
        if (id[0] != '<' || strlen(id) > IMAP_MSGID_MAX + 2)
            abort();
        for (const char *p = id; *p; p++)
            if (*p <= 0x20 || *p >= 0x7f)
                abort();
    }
    imap_source_ref("INBOX", raw, size, ref, sizeof(ref));
    if (strncmp(ref, "INBOX ", 6) != 0)
        abort();
    h = imap_header_len(raw, size);
    if (h > size)
        abort();
    json = malloc(size + 1);
    if (!json)
        return 0;
    memcpy(json, data, size);
    json[size] = '\0';
    imap_cursor_parse(json, &v, &u);
    if (v == 0 && u != 0) /* a refused cursor is all zero */
        abort();
    {
        /* a mailbox name: printable ASCII out, and only "&...-" runs */
        char w[IMAP_MAILBOX_MAX];

        if (imap_mutf7(json, w, sizeof(w)) == 0)
            for (const char *p = w; *p; p++)
                if (*p < 0x20 || *p > 0x7e)
                    abort();
    }
    free(json);
    return 0;
}
