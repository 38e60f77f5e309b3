/* Shapes of a recipient's name and address as people write them on a
 * purchase order (contactshape.c): a job title before the name, a
 * delivery time in brackets after the address. Internal to the imap
 * connector; see docs/email-extraction.md ("Labels outside the table"). */
#ifndef OD_IMAP_CONTACTSHAPE_H
#define OD_IMAP_CONTACTSHAPE_H

#include <stdbool.h>
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

/* Whether t[0..n) has a street address's shape, the one test of the
 * sheet's "Deliver to" cell and of a "Delivery:" label in the text:
 * three parts or more parted by commas with a digit among them (a house
 * number, a postcode: "Acme Ltd, Unit 4, 12 Mill Rd, Leeds LS1 4AB",
 * "55, Seongseo-ro 71-gil, Dalseo-gu, Daegu 42719"), or a house number
 * first, then a word, and a digit after a comma ("8 Ubi Road 2, #06-21
 * Zervex, Singapore 408538"). in_prose (a value inside a line of prose)
 * asks more: the digit after the first comma, and a number first counts
 * for nothing ("3 weeks, DAP, …" is a time). */
bool mail_address_shape(const char *t, size_t n, bool in_prose);

/* "Bahari Clearing Ltd, Moi Avenue, Mombasa, Kenya - Mr. Hassan Omar",
 * "Carpenters Shipping, Queens Wharf Road, Lautoka, Fiji - attn Ms
 * Salote Vuki": a place of three parts or more parted by commas, then
 * after its last " - " (and an "attn" or "c/o") a person of one to four
 * words, capitalised, without a comma or a digit. Returns where the
 * place ends (the " - "; 0: not so) and sets *person to where the
 * person starts in t[0..n). */
size_t mail_place_then_person(const char *t, size_t n, size_t *person);

/* Where the last dash between spaces (mail_spaced_dash) of t[0..n)
 * stands when at least two commas come before it (a place of three parts
 * or more; 0: not so); *after, when not NULL, where the text after it
 * starts. */
size_t mail_last_dash(const char *t, size_t n, size_t *after);

/* t[0..n) is one to four words without a comma or a digit: a person's
 * name as written after a place. */
bool mail_short_name(const char *t, size_t n);

/* The last dash between spaces in t[0..n) that parts a place from the
 * person after it: " - ", " – " (en dash) or " — " (em dash, as
 * French and Arabic writers type it). Returns where it starts (0: none)
 * and sets *after, when not NULL, to where the text after it starts. */
size_t mail_spaced_dash(const char *t, size_t n, size_t *after);

/* "仓管 林文彬", "Linda Johnson": a person's name alone (mail_person_line)
 * or after a job title (mail_name_after_title). */
bool mail_titled_person(const char *t, size_t n);

/* Whether v[0..n) is a place written on one line: three parts or more
 * parted by commas, each starting with a capital or a digit, no '@', at
 * most 200 bytes ("Mavis Bank Coffee Factory, Mavis Bank P.O., St.
 * Andrew, Jamaica W.I."): an address even without a house number. */
bool mail_place_line(const char *v, size_t n);

/* The field of the value v[0..n) read under a ship-to name label
 * ("Ship to: …") when an Attn or Contact line below names the person
 * who receives: "ship_to.address" for a place (mail_place_line), else
 * "ship_to.company" (no field of the order: dropped). */
const char *mail_displaced_field(const char *v, size_t n);

/* "Warehouse: Armen Petrosyan +374 …", "Magazzino: …": one word (a
 * role or a place, capitalised, no digit, at most 24 bytes) and its
 * colon before the name of who receives, on the line under a delivery
 * address. Returns where the text after the colon and its spaces starts
 * in [a, z); a when the line does not start so. */
const char *mail_role_word_end(const char *a, const char *z);

/* A place as a ship-to value may be written: a street address's shape
 * (mail_address_shape, not in prose) or a place on one line
 * (mail_place_line). */
bool mail_place_shape(const char *t, size_t n);

/* t[0..n) is Chinese ideographs only (and not empty). */
bool mail_all_cjk(const char *t, size_t n);

#endif
