#ifndef OD_IMAP_PHONEVALUE_H
#define OD_IMAP_PHONEVALUE_H

#include <stdbool.h>
#include <stddef.h>

/* The telephone and name values of a receiver's line (phonevalue.c),
 * shared by the label and block readers of the text reader (text.c). */

/* The end of [a, z) without what joined it to a phone after it: commas,
 * dashes ("Claire Duval – 03 88 …", "Tony - 135 …"), slashes, bars. */
const char *pv_trim_joiners(const char *a, const char *z);

/* "陳嘉欣 9123 4567（收貨時間 10:00-17:00，請先致電）": a remark in brackets
 * after the phone, or an extension ("分機 23", "ext. 12"), is no part of
 * the name or the number; the end of the value without it, else z. */
const char *pv_drop_phone_note(const char *a, const char *z, bool *ext_dropped);

/* [a, z) is a phone number alone: 7 digits or more among + - ( ) . and
 * spaces. */
bool pv_phone_only(const char *a, const char *z);

/* "付强 023-67718090 传真 023-67718091", "Tan Wei 6123 4567 / Fax 6123
 * 4568": a fax number after the phone is no number the carrier calls;
 * the end of [a, z) without it and its label, else z. */
const char *pv_drop_fax(const char *a, const char *z);

/* "马晓东 电话：", "Li Wei, Tel:", "Jan Nowak, tel.", "韩东升，电话": a
 * phone's label (and its colon or point) ending [a, z) before the number:
 * where the text ends without it. A Latin word stands after a space or a
 * comma; a Chinese one after anything (Chinese needs no space), and a
 * full-width comma or 、 before it goes with it. */
const char *pv_drop_phone_label(const char *a, const char *z);

/* A telephone number ending a name after a space or comma ("金明 +86 158
 * 1670 7786", "白鹏 0571-3324404"): at least 7 digits among digits,
 * spaces and + - ( ) . A Chinese name may be glued to a number of 8
 * digits or more that starts with 1, 0 or + ("蒋国华138 6152 9073").
 * Returns where it starts, or NULL. */
const char *pv_phone_tail(const char *a, const char *z);

/* "Kevin Wright, 14 Distribution Place, Eastern Creek NSW 2766": a name
 * without digits, then after a comma an address of at least two parts
 * with a digit. Returns where the address starts, or NULL. */
const char *pv_name_address(const char *a, const char *z);

/* The rate a label states ("税额（13%）", "VAT 20%", "Tax (6.5%)") in
 * hundredths of a percent, from 0.01 % to 100 %; 0 when none. */
unsigned pv_label_rate(const char *a, const char *z);

/* Does [v, z) hold an ASCII or full-width digit? */
bool pv_memchr_digit(const char *v, const char *z);

/* "周海波 0580-3056127 / 133 8670 2251", "唐老板 13812345678": a
 * person's name and a phone (or two numbers joined by a slash, comma or
 * bar), nothing else; what an address label's value that names only the
 * receiver holds. */
unsigned pv_receiver_phones(const char *v, const char *z);

/* "聯絡 林志明 07-…", "联系人：李明 138…": past a contact's word in
 * Chinese before a receiver, else a. */
const char *pv_skip_contact_word(const char *a, const char *z);

#endif
