/* A company's legal form written in Cyrillic after its name, as North
 * Macedonia, Serbia, Bosnia and Bulgaria write it (cyrform.c). Internal
 * to the imap connector; see docs/email-extraction.md ("Parties"). */
#ifndef OD_IMAP_CYRFORM_H
#define OD_IMAP_CYRFORM_H

#include <stdbool.h>

/* Does p[0..z) end with a Cyrillic legal form as its own word after a
 * name of at least one more word ("Струмичка Нива ДООЕЛ", "Агро Трейд
 * ЕООД", "Млекара АД", "Кафа д.о.о.")? */
bool cyf_legal_form(const char *p, const char *z);

#endif
