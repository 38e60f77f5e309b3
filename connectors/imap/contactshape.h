/* Shapes of a recipient's name and address as people write them on a
 * purchase order (contactshape.c): a job title before the name, a
 * delivery time in brackets after the address. Internal to the imap
 * connector; see docs/email-extraction.md ("Labels outside the table"). */
#ifndef OD_IMAP_CONTACTSHAPE_H
#define OD_IMAP_CONTACTSHAPE_H

#include <stddef.h>

/* "食堂管理员 鲍师傅", "仓库主管 王强": a job title (a word ending in
 * 管理员, 经理, 主管, 负责人 …) before the person's name. Returns where
 * the name starts in t[0..n) (0: no title, the whole value is the name). */
size_t mail_name_after_title(const char *t, size_t n);

/* "莘松路1188号 二食堂后门（早上9点前）", "12 Dock Rd (before 10am)": an
 * address that ends in brackets holding a time of day or a weekday is
 * an address and a delivery note. Returns where the bracket starts in
 * t[0..n) (0: none). */
size_t mail_address_note(const char *t, size_t n);

#endif
