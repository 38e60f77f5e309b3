/* What the lines of a purchase order's text say beside its labels
 * (docfields.c): the currency its amounts are written in, the country
 * its addresses name, and the lines of its signature. docorder.c
 * (tr_doc_fields in textread.h) fills the fields no label gave from
 * them.
 *
 * Every function reads one line [p, p + n) of UTF-8 text, borrowed. */
#ifndef OD_IMAP_DOCFIELDS_H
#define OD_IMAP_DOCFIELDS_H

#include <stdbool.h>
#include <stddef.h>

/* How a line writes the yuan: MAIL_YUAN_BARE for 元 after a digit or as
 * a bracketed unit ("420 元", "单价（元）"), MAIL_YUAN_NAMED for 人民币,
 * RMB or CNY, MAIL_YUAN_SIGN for ¥ or ￥. A bare 元 is also what Taiwan
 * (NT$) and Hong Kong write for their own dollar; the sign is the yen's
 * too. */
#define MAIL_YUAN_BARE  0x1u
#define MAIL_YUAN_NAMED 0x2u
#define MAIL_YUAN_SIGN  0x4u

/* What mail_currency_marks() saw besides the codes. */
struct mail_marks {
    unsigned dollars; /* bare '$' signs */
    unsigned yuan;    /* MAIL_YUAN_* */
    unsigned unknown; /* dollars of letters no list knows ("XY$ 12") */
};

/* Currency marks in one line: the marks of mail_currency_list() (fields.h)
 * written with an amount or in a column header: a sign (€ £ ¥ ￥ US$
 * HK$ NT$ A$ C$ S$ ...), an ISO code or RMB as a whole upper-case word
 * beside money ("12.00 USD", "Price (EUR)", "CURRENCY: GBP", "in
 * EUR"), a word (人民币 美元 欧元 港币 新台币 英镑 日元 ...), and 元 after
 * a digit or as a bracketed unit ("59元", "单价（元）"). A bare '$' (not
 * after a letter) is counted apart, in m->dollars: which dollar it is
 * depends on the country; how the yuan is written goes to m->yuan. Up to
 * `max` distinct codes go to codes[] (in the order first seen); returns
 * how many. */
size_t mail_currency_marks(const char *p, size_t n, char (*codes)[4], size_t max,
                           struct mail_marks *m);

/* Countries named in a line, as a set of MAIL_REGION_* bits: a country
 * name in English or Chinese ("USA", "United States", "Canada",
 * "Australia", "Germany", "香港", "台灣" ...), a US state and ZIP code
 * ("Phoenix, AZ 85043"), a Canadian province and postal code ("ON L5T
 * 2X1"), an Australian state and postcode ("VIC 3012"). */
#define MAIL_REGION_US       0x01u
#define MAIL_REGION_CA       0x02u
#define MAIL_REGION_AU       0x04u
#define MAIL_REGION_NZ       0x08u
#define MAIL_REGION_HK       0x10u
#define MAIL_REGION_TW       0x20u
#define MAIL_REGION_SG       0x40u
#define MAIL_REGION_DAYFIRST 0x80u /* a country writing the day first: UK, Europe, India ... */
unsigned mail_region_marks(const char *p, size_t n);

/* The currency a bare '$' means in a text naming the countries
 * `regions` (MAIL_REGION_* bits): the dollar of the one dollar country
 * other than the US that is named (CAD, AUD, NZD, HKD, TWD, SGD) when
 * the US is not named; "USD" when no other dollar country is named;
 * NULL when two or more are (ambiguous). */
const char *mail_dollar_code(unsigned regions);

/* A sign-off line that starts a signature: "Best regards,", "Thanks,",
 * "Cheers", "Mit freundlichen Grüßen", "谢谢", "此致 敬礼", "祝好", "敬祝
 * 商祺", or a signature separator "--". The whole line, case and
 * trailing punctuation ignored. */
bool mail_signoff_line(const char *p, size_t n);

/* A line a mail client or a mail service adds under the sender's text:
 * "发自我的iPhone", "Sent from my iPhone", "Get Outlook for Android",
 * "此邮件由飞书邮箱发送", "新浪邮箱，http://mail.sina.com.cn", or a rule of
 * five or more '-', '_', '=' or '*'. At most 100 bytes. */
bool mail_footer_line(const char *p, size_t n);

/* A line that is a company name by its legal form: a last word such as
 * Ltd, Limited, Co., Corp., Inc., LLC, GmbH, AG, S.r.l., S.p.A., SARL,
 * S.A., B.V., Pty, PLC; or a Chinese name ending in 有限公司, 公司, 商行,
 * 企业社, 工作室, 厂, 店 ... A line is a name, not a sentence: at most 10
 * words and 120 bytes, no '@', ':' or URL, every lower-case word at
 * most 3 letters ("of", "and", "&"), no Chinese sentence punctuation.
 * So "This e-mail is confidential to Acme Ltd" is not one. */
bool mail_company_line(const char *p, size_t n);

/* A line that names a job or a department in a signature ("Purchasing
 * Manager", "Operations", "采购部 经理"): at most six words, no comma. */
bool mail_title_line(const char *p, size_t n);

/* A person's name alone on a line: one to four words of letters, each
 * starting upper case ("Linda Johnson"), or two to four Chinese
 * characters ("叶丹", "劉家豪"). */
bool mail_person_line(const char *p, size_t n);

/* A contact line of a signature: five digits or more (a phone), an
 * e-mail address, a web site. */
bool mail_contact_line(const char *p, size_t n);

/* A company named without a legal form: two to six words of ASCII
 * letters, each starting upper case or '&' (of, and, the allowed), no
 * digits or punctuation, at most 60 bytes ("Blue Harbor Imports"). */
bool mail_plain_company_line(const char *p, size_t n);

/* Where word w occurs in [p, p + n) (`ci`: ASCII case ignored), not
 * inside a longer word of ASCII letters; NULL when it does not. */
const char *mail_find_word(const char *p, size_t n, const char *w, bool ci);

#endif
