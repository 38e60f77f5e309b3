/* A company's name read in capitals and written in small letters
 * elsewhere in the mail (namecase.c). Internal to the imap connector;
 * see docs/email-extraction.md ("The order"). */
#ifndef OD_IMAP_NAMECASE_H
#define OD_IMAP_NAMECASE_H

#include <stdbool.h>
#include <stddef.h>

#include "grid.h"

/* When *name is written in capitals only (a letterhead's "DHOFAR LUBAN
 * TRADING LLC": ASCII letters, four at least, none small) and a line
 * of the mail's text `body` (one cell a line) is the same name in
 * small letters too ("Dhofar Luban Trading LLC", the signature), the
 * name becomes that line's spelling, as the clerk keys it. *name is
 * owned by the caller and replaced; body is borrowed. 0, or OD_ENOMEM
 * (then *name is unchanged). */
int mail_name_spelling(char **name, const struct od_grid *body);

/* Whether the sender's display name `from` (may be NULL) is the
 * company c[0..n) that the mail's text names: the same words, ASCII
 * case and surrounding quotes and spaces aside ("Highlands Leaf (Pvt)
 * Ltd" <message-service@…> and its footer "Highlands Leaf (Pvt) Ltd ·
 * 14 Queen Elizabeth Drive …"). */
bool mail_sender_names(const char *from, const char *c, size_t n);

#endif
