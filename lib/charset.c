/* Charset conversion to UTF-8 with glibc iconv, and UTF-8 validation:
 * see charset.h. */
#include "charset.h"

#include <errno.h>
#include <iconv.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "error.h"

#define LABEL_MAX 40

struct od_conv {
    bool utf8;  /* validate only */
    iconv_t cd; /* (iconv_t)-1 when utf8 */
    char name[LABEL_MAX + 1];
};

/* Known labels, compared after lowercasing and dropping '-', '_', '.'
 * and spaces, mapped to glibc iconv names. */
static const struct {
    const char *label;
    const char *name;
} aliases[] = {
    {"utf8", "UTF-8"},
    /* ASCII labels usually hide UTF-8; validating as UTF-8 accepts ASCII. */
    {"usascii", "UTF-8"},
    {"ascii", "UTF-8"},
    /* GB2312 and GBK are subsets of GB18030, and senders mislabel. */
    {"gb18030", "GB18030"},
    {"gbk", "GB18030"},
    {"xgbk", "GB18030"},
    {"gb2312", "GB18030"},
    {"csgb2312", "GB18030"},
    {"euccn", "GB18030"},
    {"xeuccn", "GB18030"},
    {"cp936", "GB18030"},
    {"ms936", "GB18030"},
    {"windows936", "GB18030"},
    {"big5", "BIG5"},
    {"csbig5", "BIG5"},
    {"xxbig5", "BIG5"},
    {"cp950", "CP950"},
    {"big5hkscs", "BIG5-HKSCS"},
    {"iso88591", "ISO-8859-1"},
    {"iso885911987", "ISO-8859-1"},
    {"latin1", "ISO-8859-1"},
    {"l1", "ISO-8859-1"},
    {"windows1252", "CP1252"},
    {"cp1252", "CP1252"},
    {"xcp1252", "CP1252"},
};

/* Lowercase `label` without separators into `key`; false when it does not
 * fit or holds bytes no charset name has. */
static bool label_key(const char *label, char *key, size_t keysz)
{
    size_t n = 0;

    for (const char *s = label; *s; s++) {
        char c = *s;

        if (c == '-' || c == '_' || c == '.' || c == ' ')
            continue;
        if (c >= 'A' && c <= 'Z')
            c = (char)(c - 'A' + 'a');
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == ':'))
            return false;
        if (n + 1 >= keysz)
            return false;
        key[n++] = c;
    }
    key[n] = '\0';
    return n > 0;
}

int od_charset_resolve(const char *label, const char **out)
{
    char key[LABEL_MAX + 1];
    iconv_t cd;
    int rc = 0;

    if (!label || !label_key(label, key, sizeof(key))) {
        char shown[LABEL_MAX + 1];
        size_t n = 0;

        for (const char *s = label ? label : ""; *s && n < LABEL_MAX; s++)
            shown[n++] = (*s < 0x20 || *s == 0x7f) ? '?' : *s;
        shown[n] = '\0';
        rc = od_error_set(OD_EINVAL, "charset '%s': not a charset name", shown);
        goto out;
    }
    for (size_t i = 0; i < sizeof(aliases) / sizeof(aliases[0]); i++) {
        if (strcmp(key, aliases[i].label) == 0) {
            *out = aliases[i].name;
            goto out;
        }
    }
    /* Not a label we know: accept it when iconv converts from it. */
    cd = iconv_open("UTF-8", label);
    if (cd == (iconv_t)-1) {
        rc = od_error_set(OD_EINVAL, "charset '%s': not supported for conversion to UTF-8", label);
        goto out;
    }
    iconv_close(cd);
    *out = label;
out:
    return rc;
}

int od_conv_open(const char *charset, struct od_conv **out)
{
    struct od_conv *c = NULL;
    const char *name;
    int rc;

    rc = od_charset_resolve(charset, &name);
    if (rc < 0)
        goto out;
    c = calloc(1, sizeof(*c));
    if (!c) {
        rc = od_error_set(OD_ENOMEM, "charset '%s': out of memory", charset);
        goto out;
    }
    c->cd = (iconv_t)-1;
    snprintf(c->name, sizeof(c->name), "%s", name);
    if (strcmp(name, "UTF-8") == 0) {
        c->utf8 = true;
    } else {
        c->cd = iconv_open("UTF-8", name);
        if (c->cd == (iconv_t)-1) {
            rc = od_error_set(errno == ENOMEM ? OD_ENOMEM : OD_EINVAL,
                              "charset '%s': iconv cannot convert it to UTF-8: %s", name,
                              strerror(errno));
            goto out;
        }
    }
    *out = c;
    c = NULL;
out:
    od_conv_free(c);
    return rc;
}

void od_conv_free(struct od_conv *c)
{
    if (!c)
        return;
    if (c->cd != (iconv_t)-1)
        iconv_close(c->cd);
    free(c);
}

/* "d5 c5 ff" for up to four bytes at `at`. */
static void hex_bytes(const char *in, size_t len, size_t at, char *out, size_t outsz)
{
    size_t used = 0;

    out[0] = '\0';
    for (size_t i = at; i < len && i < at + 4 && used + 4 <= outsz; i++) {
        snprintf(out + used, outsz - used, "%s%02x", i > at ? " " : "", (unsigned char)in[i]);
        used += i > at ? 3 : 2;
    }
}

int od_conv_run(struct od_conv *c, const char *in, size_t len, struct od_buf *out)
{
    char tmp[1024];
    char hex[16];
    char *inp = (char *)(uintptr_t)in; /* iconv's prototype lacks const */
    size_t inleft = len;
    size_t bad;
    int rc = 0;

    if (c->utf8) {
        if (!od_utf8_valid(in, len, &bad)) {
            hex_bytes(in, len, bad, hex, sizeof(hex));
            rc = od_error_set(OD_EINVAL, "invalid UTF-8 at byte %zu: %s", bad, hex);
            goto out;
        }
        rc = od_buf_add(out, in, len);
        goto out;
    }

    iconv(c->cd, NULL, NULL, NULL, NULL); /* back to the initial state */
    for (;;) {
        char *outp = tmp;
        size_t outleft = sizeof(tmp);
        size_t r;
        int err;

        if (inleft > 0)
            r = iconv(c->cd, &inp, &inleft, &outp, &outleft);
        else
            r = iconv(c->cd, NULL, NULL, &outp, &outleft); /* flush shift state */
        err = errno;
        if (outp > tmp) {
            rc = od_buf_add(out, tmp, (size_t)(outp - tmp));
            if (rc < 0)
                goto out;
        }
        if (r != (size_t)-1) {
            if (inleft == 0 && outp == tmp)
                break;
            continue;
        }
        if (err == E2BIG)
            continue;
        bad = (size_t)(inp - in);
        hex_bytes(in, len, bad, hex, sizeof(hex));
        if (err == EILSEQ)
            rc = od_error_set(OD_EINVAL, "invalid %s at byte %zu: %s", c->name, bad, hex);
        else if (err == EINVAL)
            rc = od_error_set(OD_EINVAL, "incomplete %s sequence at byte %zu: %s", c->name, bad,
                              hex);
        else
            rc = od_error_set(OD_EINVAL, "converting %s at byte %zu: %s", c->name, bad,
                              strerror(err));
        goto out;
    }
out:
    return rc;
}

int od_utf8_valid(const char *s, size_t len, size_t *bad_offset)
{
    const unsigned char *p = (const unsigned char *)s;
    size_t i = 0;

    while (i < len) {
        unsigned char c = p[i];
        size_t need;
        unsigned char lo = 0x80, hi = 0xbf; /* range of the second byte */

        if (c < 0x80) {
            i++;
            continue;
        }
        if (c >= 0xc2 && c <= 0xdf) {
            need = 1;
        } else if (c >= 0xe0 && c <= 0xef) {
            need = 2;
            if (c == 0xe0)
                lo = 0xa0; /* no overlongs */
            else if (c == 0xed)
                hi = 0x9f; /* no surrogates */
        } else if (c >= 0xf0 && c <= 0xf4) {
            need = 3;
            if (c == 0xf0)
                lo = 0x90; /* no overlongs */
            else if (c == 0xf4)
                hi = 0x8f; /* nothing above U+10FFFF */
        } else {
            goto bad; /* continuation byte, C0/C1 overlong lead, F5..FF */
        }
        if (len - i <= need)
            goto bad;
        if (p[i + 1] < lo || p[i + 1] > hi)
            goto bad;
        for (size_t k = 2; k <= need; k++)
            if ((p[i + k] & 0xc0) != 0x80)
                goto bad;
        i += need + 1;
    }
    return 1;
bad:
    if (bad_offset)
        *bad_offset = i;
    return 0;
}

char *od_utf8_sanitize(char *s)
{
    size_t len = strlen(s), i = 0;

    while (i < len) {
        size_t bad;

        if (od_utf8_valid(s + i, len - i, &bad))
            break;
        i += bad;
        s[i++] = '?';
    }
    return s;
}

char *od_utf8_label(const char *s, char *buf, size_t len)
{
    size_t n = strlen(s), o = 0;

    if (len == 0)
        return buf;
    if (od_utf8_valid(s, n, NULL)) {
        snprintf(buf, len, "%s", s);
        return buf;
    }
    for (size_t i = 0; i < n && o + 4 <= len; i++) {
        unsigned char c = (unsigned char)s[i];

        if (c >= 0x80 || c == '%')
            o += (size_t)snprintf(buf + o, len - o, "%%%02X", c);
        else
            buf[o++] = (char)c;
    }
    buf[o] = '\0';
    return buf;
}

int od_utf8_put(struct od_buf *b, uint32_t cp)
{
    char u[4];
    size_t n;

    if (cp == 0 || (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF)
        return OD_EINVAL;
    if (cp < 0x80) {
        u[0] = (char)cp;
        n = 1;
    } else if (cp < 0x800) {
        u[0] = (char)(0xC0 | (cp >> 6));
        u[1] = (char)(0x80 | (cp & 0x3F));
        n = 2;
    } else if (cp < 0x10000) {
        u[0] = (char)(0xE0 | (cp >> 12));
        u[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        u[2] = (char)(0x80 | (cp & 0x3F));
        n = 3;
    } else {
        u[0] = (char)(0xF0 | (cp >> 18));
        u[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
        u[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
        u[3] = (char)(0x80 | (cp & 0x3F));
        n = 4;
    }
    return od_buf_add(b, u, n);
}

int od_hex_digit(int c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}
