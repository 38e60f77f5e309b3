/* The MIME half of the e-mail extraction: libetpan (mailmime_parse)
 * finds the structure; the transfer decoding (base64, quoted-printable),
 * the charsets (lib/charset.h, iconv) and the header words (RFC 2047,
 * RFC 2231) are done here with bounded buffers.
 *
 * libetpan's parser recurses once per nested multipart or message part
 * and has no depth limit, so a message that declares more than
 * MAIL_MAX_CONTAINERS containers is not handed to it at all. */
#include <ctype.h>
#include <libetpan/libetpan.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>
#include <uchardet/uchardet.h>

#include "charset.h"
#include "error.h"
#include "mail.h"
#include "textchar.h"

#define HEADER_MAX (64 * 1024)

/* ---- small helpers --------------------------------------------------- */

static char *dup_mem(const char *s, size_t len)
{
    char *p = malloc(len + 1);

    if (!p)
        return NULL;
    if (len)
        memcpy(p, s, len);
    p[len] = '\0';
    return p;
}

static void problem(struct mail_msg *m, const char *what)
{
    if (!m->problem[0])
        snprintf(m->problem, sizeof(m->problem), "%s", what);
}

/* Case-insensitive count of `word` in s[0..len). */
static size_t count_word(const char *s, size_t len, const char *word)
{
    size_t n = 0, w = strlen(word);

    for (size_t i = 0; i + w <= len; i++)
        if (may_start(s[i], word[0], true) && strncasecmp(s + i, word, w) == 0) {
            n++;
            i += w - 1;
        }
    return n;
}

/* ---- charsets -------------------------------------------------------- */

static bool is_auto(const char *encoding)
{
    return !encoding || !encoding[0] || strcasecmp(encoding, "auto") == 0;
}

static int convert_with(const char *charset, const char *data, size_t len, struct od_buf *out)
{
    struct od_conv *c = NULL;
    size_t mark = out->len;
    int rc;

    rc = od_conv_open(charset, &c);
    if (rc == 0)
        rc = od_conv_run(c, data, len, out);
    od_conv_free(c);
    if (rc < 0 && rc != OD_ENOMEM) {
        out->len = mark; /* drop a partial conversion */
        if (out->data)
            out->data[mark] = '\0';
    }
    return rc;
}

/* The charset uchardet names for bytes that declare none (or whose
 * declared one fails), copied to name; false when it names none. */
static bool detect_charset(const char *data, size_t len, char *name, size_t cap)
{
    uchardet_t ud = uchardet_new();
    const char *cs;
    bool ok = false;

    if (!ud)
        return false;
    if (uchardet_handle_data(ud, data, len) == 0) {
        uchardet_data_end(ud);
        cs = uchardet_get_charset(ud);
        if (cs && cs[0] && strlen(cs) < cap) {
            memcpy(name, cs, strlen(cs) + 1);
            ok = true;
        }
    }
    uchardet_delete(ud);
    return ok;
}

/* Chinese bytes without a usable label: GB18030 reads almost any byte
 * pair, so Big5 text would come out as garbage; uchardet tells them
 * apart. Big5 (and EUC-TW) when it says so, else GB18030, else what it
 * names. */
static int convert_unlabeled(const char *data, size_t len, struct od_buf *out)
{
    char name[64];
    const char *cs = NULL;
    bool detected = detect_charset(data, len, name, sizeof(name));
    int rc;

    if (detected && od_charset_resolve(name, &cs) != 0)
        cs = NULL;
    if (cs && (strncasecmp(name, "BIG5", 4) == 0 || strcasecmp(name, "EUC-TW") == 0)) {
        rc = convert_with(cs, data, len, out);
        if (rc == 0 || rc == OD_ENOMEM || rc == OD_ETOOBIG)
            return rc;
    }
    rc = convert_with("GB18030", data, len, out);
    if (rc == 0 || rc == OD_ENOMEM || rc == OD_ETOOBIG || !cs)
        return rc;
    return convert_with(cs, data, len, out);
}

int mail_to_utf8(const char *data, size_t len, const char *label, const char *encoding,
                 struct od_buf *out, bool *lossy)
{
    size_t mark = out->len;
    int rc;

    if (lossy)
        *lossy = false;
    /* Excel's "Unicode text" and some exports: UTF-16 with a BOM */
    if (len >= 2 && (((unsigned char)data[0] == 0xFF && (unsigned char)data[1] == 0xFE) ||
                     ((unsigned char)data[0] == 0xFE && (unsigned char)data[1] == 0xFF))) {
        rc = convert_with("UTF-16", data, len, out);
        if (rc == 0 || rc == OD_ENOMEM || rc == OD_ETOOBIG)
            return rc;
    }
    if (label && label[0]) {
        const char *cs;

        if (od_charset_resolve(label, &cs) == 0) {
            rc = convert_with(cs, data, len, out);
            if (rc == 0 || rc == OD_ENOMEM || rc == OD_ETOOBIG)
                return rc;
        }
    }
    if (is_auto(encoding)) {
        if (od_utf8_valid(data, len, NULL))
            return od_buf_add(out, data, len);
        rc = convert_unlabeled(data, len, out);
    } else {
        rc = convert_with(encoding, data, len, out);
    }
    if (rc == 0 || rc == OD_ENOMEM || rc == OD_ETOOBIG)
        return rc;
    /* Nothing fits: keep what is valid UTF-8 and mark the rest. */
    if (lossy)
        *lossy = true;
    rc = od_buf_add(out, data, len);
    if (rc < 0)
        return rc;
    for (size_t i = mark; i < out->len; i++)
        if (out->data[i] == '\0')
            out->data[i] = '?';
    od_utf8_sanitize(out->data + mark);
    return 0;
}

/* ---- transfer encodings ---------------------------------------------- */

static int b64_value(unsigned char c)
{
    if (c >= 'A' && c <= 'Z')
        return c - 'A';
    if (c >= 'a' && c <= 'z')
        return c - 'a' + 26;
    if (c >= '0' && c <= '9')
        return c - '0' + 52;
    if (c == '+' || c == '-')
        return 62;
    if (c == '/' || c == '_')
        return 63;
    return -1;
}

/* Base64; characters outside the alphabet are skipped, '=' ends it.
 * The output is never longer than the input. */
static int b64_decode(const char *s, size_t len, struct od_buf *out)
{
    unsigned acc = 0;
    int bits = 0, rc = 0;

    for (size_t i = 0; i < len && rc == 0; i++) {
        int v;

        if (s[i] == '=')
            break;
        v = b64_value((unsigned char)s[i]);
        if (v < 0)
            continue;
        acc = (acc << 6) | (unsigned)v;
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            rc = od_buf_addc(out, (char)((acc >> bits) & 0xFF));
        }
    }
    return rc;
}

/* Quoted-printable (RFC 2045 6.7; `header`: RFC 2047 Q, '_' is a
 * space). A bad escape is kept as written. */
static int qp_decode(const char *s, size_t len, bool header, struct od_buf *out)
{
    int rc = 0;

    for (size_t i = 0; i < len && rc == 0; i++) {
        unsigned char c = (unsigned char)s[i];

        if (c == '=' && i + 1 < len && (s[i + 1] == '\n' || s[i + 1] == '\r')) {
            i++;
            if (s[i] == '\r' && i + 1 < len && s[i + 1] == '\n')
                i++;
            continue;
        }
        if (c == '=' && i + 2 < len && od_hex_digit((unsigned char)s[i + 1]) >= 0 &&
            od_hex_digit((unsigned char)s[i + 2]) >= 0) {
            rc = od_buf_addc(out, (char)(od_hex_digit((unsigned char)s[i + 1]) * 16 +
                                         od_hex_digit((unsigned char)s[i + 2])));
            i += 2;
            continue;
        }
        if (c == '_' && header) {
            rc = od_buf_addc(out, ' ');
            continue;
        }
        rc = od_buf_addc(out, (char)c);
    }
    return rc;
}

/* ---- header words ---------------------------------------------------- */

/* Decode one encoded word "=?cs?E?text?=" at s[0..len) into `out`.
 * Returns 1 when it was decoded, 0 when it is not a valid word (nothing
 * appended), or OD_ENOMEM. */
static int decode_word(const char *s, size_t len, struct od_buf *out)
{
    char cs[64];
    const char *q1, *text;
    char *star;
    size_t cslen, tlen;
    struct od_buf bytes;
    int rc;

    if (len < 8 || s[0] != '=' || s[1] != '?' || s[len - 2] != '?' || s[len - 1] != '=')
        return 0;
    q1 = memchr(s + 2, '?', len - 4);
    if (!q1 || q1 + 3 > s + len - 2 || q1[2] != '?')
        return 0;
    cslen = (size_t)(q1 - (s + 2));
    if (cslen == 0 || cslen >= sizeof(cs))
        return 0;
    memcpy(cs, s + 2, cslen);
    cs[cslen] = '\0';
    star = strchr(cs, '*'); /* RFC 2231 language: "utf-8*zh" */
    if (star)
        *star = '\0';
    text = q1 + 3;
    tlen = (size_t)(s + len - 2 - text);
    od_buf_init(&bytes, len + 1);
    if (q1[1] == 'B' || q1[1] == 'b')
        rc = b64_decode(text, tlen, &bytes);
    else if (q1[1] == 'Q' || q1[1] == 'q')
        rc = qp_decode(text, tlen, true, &bytes);
    else
        rc = 1;
    if (rc == 0) {
        const char *name;

        rc = od_charset_resolve(cs, &name);
        if (rc == 0)
            rc = convert_with(name, bytes.data ? bytes.data : "", bytes.len, out);
        rc = rc == OD_ENOMEM ? OD_ENOMEM : rc == 0 ? 1 : 0;
    } else if (rc != OD_ENOMEM) {
        rc = 0;
    }
    od_buf_free(&bytes);
    return rc;
}

/* End of the encoded word starting at s[i] ("=?"), or 0. */
static size_t word_end(const char *s, size_t len, size_t i)
{
    int q = 0;

    /* an encoded word is at most 75 characters (RFC 2047); allow more */
    if (len - i > 1024)
        len = i + 1024;
    for (size_t j = i + 2; j + 1 < len; j++) {
        if (s[j] == ' ' || s[j] == '\t' || s[j] == '\r' || s[j] == '\n')
            return 0;
        if (s[j] == '?') {
            q++;
            if (q >= 3 && s[j + 1] == '=')
                return j + 2;
        }
    }
    return 0;
}

int mail_header_decode(const char *s, size_t len, const char *encoding, char **out)
{
    struct od_buf b, plain;
    size_t i = 0;
    bool last_word = false;
    int rc = 0;

    od_buf_init(&b, HEADER_MAX);
    od_buf_init(&plain, HEADER_MAX);
    while (i < len && rc == 0) {
        size_t end = (s[i] == '=' && i + 1 < len && s[i + 1] == '?') ? word_end(s, len, i) : 0;

        if (end) {
            size_t mark;

            /* whitespace between two encoded words is dropped */
            if (last_word) {
                bool ws = true;

                for (size_t k = 0; k < plain.len; k++)
                    if (plain.data[k] != ' ' && plain.data[k] != '\t')
                        ws = false;
                if (ws)
                    od_buf_reset(&plain);
            }
            if (plain.len) {
                rc = mail_to_utf8(plain.data, plain.len, NULL, encoding, &b, NULL);
                od_buf_reset(&plain);
                if (rc < 0)
                    break;
            }
            mark = b.len;
            rc = decode_word(s + i, end - i, &b);
            if (rc < 0)
                break;
            if (rc == 0) { /* keep the raw word */
                b.len = mark;
                rc = od_buf_add(&plain, s + i, end - i);
                last_word = false;
            } else {
                rc = 0;
                last_word = true;
            }
            i = end;
            continue;
        }
        if (s[i] == '\r' || s[i] == '\n') {
            i++;
            continue;
        }
        rc = od_buf_addc(&plain, s[i] == '\0' ? '?' : s[i]);
        i++;
    }
    if (rc == 0 && plain.len)
        rc = mail_to_utf8(plain.data, plain.len, NULL, encoding, &b, NULL);
    if (rc == OD_ETOOBIG)
        rc = 0; /* a header that long is cut */
    if (rc == 0) {
        char *p = od_buf_steal(&b);

        if (!p)
            rc = od_error_set(OD_ENOMEM, "out of memory");
        else
            *out = p;
    } else {
        rc = od_error_set(OD_ENOMEM, "out of memory");
    }
    od_buf_free(&b);
    od_buf_free(&plain);
    return rc;
}

/* ---- parameters: file names ------------------------------------------ */

/* Percent-decode (RFC 2231 extended value). */
static int pct_decode(const char *s, struct od_buf *out)
{
    int rc = 0;

    for (; *s && rc == 0; s++) {
        if (*s == '%' && od_hex_digit((unsigned char)s[1]) >= 0 &&
            od_hex_digit((unsigned char)s[2]) >= 0) {
            rc = od_buf_addc(out, (char)(od_hex_digit((unsigned char)s[1]) * 16 +
                                         od_hex_digit((unsigned char)s[2])));
            s += 2;
        } else {
            rc = od_buf_addc(out, *s);
        }
    }
    return rc;
}

struct name_parts {
    const char *plain;  /* name= / filename= */
    const char *ext;    /* name*= */
    const char *seg[8]; /* name*0 name*0* ... */
    bool seg_ext[8];
};

static void collect_param(struct name_parts *np, const char *base, const char *name,
                          const char *value)
{
    size_t bl = strlen(base);

    if (!name || !value || strncasecmp(name, base, bl) != 0)
        return;
    name += bl;
    if (!*name) {
        np->plain = value;
    } else if (strcmp(name, "*") == 0) {
        np->ext = value;
    } else if (name[0] == '*' && name[1] >= '0' && name[1] <= '7' &&
               (name[2] == '\0' || (name[2] == '*' && name[3] == '\0'))) {
        np->seg[name[1] - '0'] = value;
        np->seg_ext[name[1] - '0'] = name[2] == '*';
    }
}

/* The UTF-8 file name from the parameters collected, or NULL. */
static int build_name(const struct name_parts *np, const char *encoding, char **out)
{
    struct od_buf raw, b;
    const char *charset = NULL;
    char csbuf[64] = "";
    bool ext = false;
    int rc = 0;

    *out = NULL;
    od_buf_init(&raw, HEADER_MAX);
    od_buf_init(&b, HEADER_MAX);
    if (np->ext || np->seg[0]) {
        for (int k = -1; k < 8 && rc == 0; k++) {
            const char *v = k < 0 ? np->ext : np->seg[k];
            bool e = k < 0 ? true : np->seg_ext[k];

            if (!v || (k >= 0 && np->ext))
                continue;
            if (e && (k <= 0)) { /* charset'language'value */
                const char *a = strchr(v, '\''), *z = a ? strchr(a + 1, '\'') : NULL;

                if (a && z) {
                    size_t n =
                        (size_t)(a - v) < sizeof(csbuf) - 1 ? (size_t)(a - v) : sizeof(csbuf) - 1;
                    memcpy(csbuf, v, n);
                    csbuf[n] = '\0';
                    charset = csbuf;
                    v = z + 1;
                }
            }
            ext = ext || e;
            rc = e ? pct_decode(v, &raw) : od_buf_adds(&raw, v);
        }
        if (rc == 0)
            rc = mail_to_utf8(raw.data ? raw.data : "", raw.len, charset, encoding, &b, NULL);
        if (rc == 0) {
            *out = od_buf_steal(&b);
            if (!*out)
                rc = OD_ENOMEM;
        }
    } else if (np->plain) {
        rc = mail_header_decode(np->plain, strlen(np->plain), encoding, out);
    }
    od_buf_free(&raw);
    od_buf_free(&b);
    if (rc == OD_ETOOBIG)
        rc = 0;
    return rc < 0 ? od_error_set(OD_ENOMEM, "out of memory") : 0;
}

static int part_filename(const struct mailmime *mm, const char *encoding, char **out)
{
    struct name_parts fn = {0}, nm = {0};
    clistiter *it;
    int rc;

    if (mm->mm_content_type && mm->mm_content_type->ct_parameters)
        for (it = clist_begin(mm->mm_content_type->ct_parameters); it; it = clist_next(it)) {
            struct mailmime_parameter *p = clist_content(it);

            collect_param(&nm, "name", p->pa_name, p->pa_value);
        }
    if (mm->mm_mime_fields && mm->mm_mime_fields->fld_list)
        for (it = clist_begin(mm->mm_mime_fields->fld_list); it; it = clist_next(it)) {
            struct mailmime_field *f = clist_content(it);
            clistiter *j;

            if (f->fld_type != MAILMIME_FIELD_DISPOSITION || !f->fld_data.fld_disposition ||
                !f->fld_data.fld_disposition->dsp_parms)
                continue;
            for (j = clist_begin(f->fld_data.fld_disposition->dsp_parms); j; j = clist_next(j)) {
                struct mailmime_disposition_parm *dp = clist_content(j);

                if (dp->pa_type == MAILMIME_DISPOSITION_PARM_FILENAME)
                    fn.plain = dp->pa_data.pa_filename;
                else if (dp->pa_type == MAILMIME_DISPOSITION_PARM_PARAMETER &&
                         dp->pa_data.pa_parameter)
                    collect_param(&fn, "filename", dp->pa_data.pa_parameter->pa_name,
                                  dp->pa_data.pa_parameter->pa_value);
            }
        }
    rc = build_name(&fn, encoding, out);
    if (rc == 0 && !*out)
        rc = build_name(&nm, encoding, out);
    return rc;
}

/* ---- the walk -------------------------------------------------------- */

struct walk {
    const struct mail_limits *lim;
    struct mail_msg *m;
    bool alt; /* walking the HTML version of a multipart/alternative */
};

static const char *type_name(const struct mailmime_content *ct)
{
    const struct mailmime_type *t = ct ? ct->ct_type : NULL;

    if (!t)
        return "text";
    if (t->tp_type == MAILMIME_TYPE_COMPOSITE_TYPE && t->tp_data.tp_composite_type) {
        switch (t->tp_data.tp_composite_type->ct_type) {
        case MAILMIME_COMPOSITE_TYPE_MESSAGE:
            return "message";
        case MAILMIME_COMPOSITE_TYPE_MULTIPART:
            return "multipart";
        default:
            return t->tp_data.tp_composite_type->ct_token ? t->tp_data.tp_composite_type->ct_token
                                                          : "x";
        }
    }
    if (t->tp_type == MAILMIME_TYPE_DISCRETE_TYPE && t->tp_data.tp_discrete_type) {
        switch (t->tp_data.tp_discrete_type->dt_type) {
        case MAILMIME_DISCRETE_TYPE_TEXT:
            return "text";
        case MAILMIME_DISCRETE_TYPE_IMAGE:
            return "image";
        case MAILMIME_DISCRETE_TYPE_AUDIO:
            return "audio";
        case MAILMIME_DISCRETE_TYPE_VIDEO:
            return "video";
        case MAILMIME_DISCRETE_TYPE_APPLICATION:
            return "application";
        default:
            return t->tp_data.tp_discrete_type->dt_extension
                       ? t->tp_data.tp_discrete_type->dt_extension
                       : "x";
        }
    }
    return "text";
}

static const char *param(const struct mailmime_content *ct, const char *name)
{
    if (!ct || !ct->ct_parameters)
        return NULL;
    for (clistiter *it = clist_begin(ct->ct_parameters); it; it = clist_next(it)) {
        struct mailmime_parameter *p = clist_content(it);

        if (p->pa_name && p->pa_value && strcasecmp(p->pa_name, name) == 0)
            return p->pa_value;
    }
    return NULL;
}

static void part_encoding_disposition(const struct mailmime *mm, int *enc, bool *attachment)
{
    *enc = MAILMIME_MECHANISM_8BIT;
    *attachment = false;
    if (!mm->mm_mime_fields || !mm->mm_mime_fields->fld_list)
        return;
    for (clistiter *it = clist_begin(mm->mm_mime_fields->fld_list); it; it = clist_next(it)) {
        struct mailmime_field *f = clist_content(it);

        if (f->fld_type == MAILMIME_FIELD_TRANSFER_ENCODING && f->fld_data.fld_encoding)
            *enc = f->fld_data.fld_encoding->enc_type;
        else if (f->fld_type == MAILMIME_FIELD_DISPOSITION && f->fld_data.fld_disposition &&
                 f->fld_data.fld_disposition->dsp_type &&
                 f->fld_data.fld_disposition->dsp_type->dsp_type ==
                     MAILMIME_DISPOSITION_TYPE_ATTACHMENT)
            *attachment = true;
    }
}

static struct mail_part *part_new(struct mail_msg *m)
{
    if (m->n_parts == m->cap_parts) {
        size_t cap = m->cap_parts ? m->cap_parts * 2 : 8;
        struct mail_part *v = realloc(m->parts, cap * sizeof(*v));

        if (!v)
            return NULL;
        m->parts = v;
        m->cap_parts = cap;
    }
    memset(&m->parts[m->n_parts], 0, sizeof(m->parts[0]));
    return &m->parts[m->n_parts++];
}

static int add_single(struct walk *w, const struct mailmime *mm, bool forwarded, bool truncated)
{
    const struct mailmime_data *d = mm->mm_data.mm_single;
    const char *major = type_name(mm->mm_content_type);
    const char *minor = mm->mm_content_type && mm->mm_content_type->ct_subtype
                            ? mm->mm_content_type->ct_subtype
                            : "plain";
    const char *charset = param(mm->mm_content_type, "charset");
    char *filename = NULL;
    struct od_buf b, t;
    struct mail_part *p;
    enum mail_part_kind kind;
    bool attachment;
    int enc, rc;

    rc = part_filename(mm, w->lim->encoding, &filename);
    if (rc < 0)
        return rc;
    part_encoding_disposition(mm, &enc, &attachment);
    if (strcasecmp(major, "text") == 0 && !filename && !attachment &&
        (strcasecmp(minor, "plain") == 0 || strcasecmp(minor, "html") == 0))
        kind = strcasecmp(minor, "plain") == 0 ? MAIL_TEXT : MAIL_HTML;
    else
        kind = MAIL_ATTACHMENT;
    if (kind == MAIL_ATTACHMENT) {
        w->m->n_attachments++;
        if (w->m->n_attachments > w->lim->max_attachments) {
            char why[128];

            snprintf(why, sizeof(why), "more than %llu attachments: the rest were not read",
                     (unsigned long long)w->lim->max_attachments);
            problem(w->m, why);
            free(filename);
            return 0;
        }
    }
    od_buf_init(&b, MAIL_MAX_PART + 1);
    od_buf_init(&t, 256);
    rc = od_buf_printf(&t, "%s/%s", major, minor);
    if (rc == 0 && d && d->dt_type == MAILMIME_DATA_TEXT && d->dt_data.dt_text.dt_data) {
        const char *s = d->dt_data.dt_text.dt_data;
        size_t n = d->dt_data.dt_text.dt_length;

        if (enc == MAILMIME_MECHANISM_BASE64)
            rc = b64_decode(s, n, &b);
        else if (enc == MAILMIME_MECHANISM_QUOTED_PRINTABLE)
            rc = qp_decode(s, n, false, &b);
        else
            rc = od_buf_add(&b, s, n);
        if (rc == OD_ETOOBIG) {
            problem(w->m, "a part is larger than 32 MiB decoded: it was cut");
            rc = 0;
        }
    }
    if (rc < 0)
        goto out;
    p = part_new(w->m);
    if (!p) {
        rc = OD_ENOMEM;
        goto out;
    }
    p->kind = kind;
    p->filename = filename;
    filename = NULL;
    p->forwarded = forwarded;
    p->truncated = truncated;
    p->alternative = w->alt && kind == MAIL_HTML;
    p->number = kind == MAIL_ATTACHMENT ? (unsigned)w->m->n_attachments : 0;
    p->len = b.len;
    p->data = od_buf_steal(&b);
    p->type = od_buf_steal(&t);
    if (charset) {
        p->charset = strdup(charset);
        if (!p->charset)
            rc = OD_ENOMEM;
    }
    if (!p->data || !p->type)
        rc = OD_ENOMEM;
    for (char *c = p->type; c && *c; c++)
        *c = (char)tolower((unsigned char)*c);
out:
    free(filename);
    od_buf_free(&b);
    od_buf_free(&t);
    return rc < 0 ? od_error_set(OD_ENOMEM, "out of memory") : 0;
}

static bool is_plain_text(const struct mailmime *mm)
{
    int enc;
    bool att;

    if (mm->mm_type != MAILMIME_SINGLE || strcasecmp(type_name(mm->mm_content_type), "text") != 0)
        return false;
    if (mm->mm_content_type && mm->mm_content_type->ct_subtype &&
        strcasecmp(mm->mm_content_type->ct_subtype, "plain") != 0)
        return false;
    part_encoding_disposition(mm, &enc, &att);
    return !att;
}

static bool is_html_text(const struct mailmime *mm)
{
    int enc;
    bool att;

    if (mm->mm_type != MAILMIME_SINGLE || strcasecmp(type_name(mm->mm_content_type), "text") != 0)
        return false;
    if (!mm->mm_content_type || !mm->mm_content_type->ct_subtype ||
        strcasecmp(mm->mm_content_type->ct_subtype, "html") != 0)
        return false;
    part_encoding_disposition(mm, &enc, &att);
    return !att;
}

/* true when the multipart's closing delimiter ("--boundary--") is
 * missing: the message was cut inside its last part. */
static bool cut_off(const struct mailmime *mm)
{
    const char *b = param(mm->mm_content_type, "boundary");
    const struct mailmime_data *d = mm->mm_body;
    char delim[160];
    int n;

    if (!b || !d || d->dt_type != MAILMIME_DATA_TEXT || !d->dt_data.dt_text.dt_data)
        return false;
    n = snprintf(delim, sizeof(delim), "--%s--", b);
    if (n < 0 || (size_t)n >= sizeof(delim))
        return false;
    return memmem(d->dt_data.dt_text.dt_data, d->dt_data.dt_text.dt_length, delim, (size_t)n) ==
           NULL;
}

static int walk(struct walk *w, const struct mailmime *mm, uint64_t depth, bool forwarded,
                bool truncated)
{
    int rc = 0;

    if (!mm)
        return 0;
    if (depth > w->lim->max_depth) {
        char why[128];

        snprintf(why, sizeof(why), "MIME nesting deeper than %llu: inner parts were not read",
                 (unsigned long long)w->lim->max_depth);
        problem(w->m, why);
        return 0;
    }
    switch (mm->mm_type) {
    case MAILMIME_SINGLE:
        return add_single(w, mm, forwarded, truncated);
    case MAILMIME_MULTIPLE: {
        bool alternative = mm->mm_content_type && mm->mm_content_type->ct_subtype &&
                           strcasecmp(mm->mm_content_type->ct_subtype, "alternative") == 0;
        bool have_plain = false;
        clist *l = mm->mm_data.mm_multipart.mm_mp_list;

        if (!l)
            return 0;
        if (cut_off(mm)) {
            truncated = true;
            problem(w->m, "the message is cut off: its last MIME part has no closing boundary");
        }
        if (alternative)
            for (clistiter *it = clist_begin(l); it; it = clist_next(it))
                if (is_plain_text(clist_content(it)))
                    have_plain = true;
        for (clistiter *it = clist_begin(l); it && rc == 0; it = clist_next(it)) {
            const struct mailmime *c = clist_content(it);

            /* multipart/alternative: the text/plain version wins; an HTML
             * version is kept aside for when the plain text gives nothing */
            if (alternative && have_plain && is_html_text(c)) {
                w->alt = true;
                rc = walk(w, c, depth + 1, forwarded, truncated && !clist_next(it));
                w->alt = false;
                continue;
            }
            if (alternative && have_plain && !is_plain_text(c) && c->mm_type != MAILMIME_MULTIPLE)
                continue;
            if (alternative && have_plain && c->mm_type == MAILMIME_MULTIPLE)
                continue;
            rc = walk(w, c, depth + 1, forwarded, truncated && !clist_next(it));
        }
        return rc;
    }
    case MAILMIME_MESSAGE:
        return walk(w, mm->mm_data.mm_message.mm_msg_mime, depth + 1, true, truncated);
    default:
        return 0;
    }
}

/* ---- headers --------------------------------------------------------- */

static od_time imf_date(const struct mailimf_date_time *d)
{
    struct tm tm = {0};
    int zone, off;
    time_t t;

    if (!d || d->dt_year < 1900 || d->dt_year > 9999 || d->dt_month < 1 || d->dt_month > 12 ||
        d->dt_day < 1 || d->dt_day > 31 || d->dt_hour < 0 || d->dt_hour > 23 || d->dt_min < 0 ||
        d->dt_min > 59 || d->dt_sec < 0 || d->dt_sec > 60)
        return OD_TIME_NONE;
    zone = d->dt_zone;
    if (zone < -2400 || zone > 2400)
        return OD_TIME_NONE;
    off = (zone / 100) * 60 + (zone % 100);
    tm.tm_year = d->dt_year - 1900;
    tm.tm_mon = d->dt_month - 1;
    tm.tm_mday = d->dt_day;
    tm.tm_hour = d->dt_hour;
    tm.tm_min = d->dt_min;
    tm.tm_sec = d->dt_sec > 59 ? 59 : d->dt_sec;
    t = timegm(&tm);
    return ((od_time)t - (od_time)off * 60) * 1000000;
}

static int read_headers(const struct mailimf_fields *f, const char *encoding, struct mail_msg *m)
{
    int rc = 0;

    if (!f || !f->fld_list)
        return 0;
    for (clistiter *it = clist_begin(f->fld_list); it && rc == 0; it = clist_next(it)) {
        struct mailimf_field *x = clist_content(it);

        switch (x->fld_type) {
        case MAILIMF_FIELD_SUBJECT:
            if (!m->subject && x->fld_data.fld_subject && x->fld_data.fld_subject->sbj_value)
                rc = mail_header_decode(x->fld_data.fld_subject->sbj_value,
                                        strlen(x->fld_data.fld_subject->sbj_value), encoding,
                                        &m->subject);
            break;
        case MAILIMF_FIELD_MESSAGE_ID:
            if (!m->message_id && x->fld_data.fld_message_id &&
                x->fld_data.fld_message_id->mid_value) {
                m->message_id = strdup(x->fld_data.fld_message_id->mid_value);
                if (!m->message_id)
                    rc = od_error_set(OD_ENOMEM, "out of memory");
                else
                    od_utf8_sanitize(m->message_id);
            }
            break;
        case MAILIMF_FIELD_ORIG_DATE:
            if (m->date == OD_TIME_NONE && x->fld_data.fld_orig_date)
                m->date = imf_date(x->fld_data.fld_orig_date->dt_date_time);
            break;
        case MAILIMF_FIELD_FROM: {
            const struct mailimf_from *fr = x->fld_data.fld_from;
            const struct mailimf_mailbox *mb;

            if (m->from_addr || !fr || !fr->frm_mb_list || !fr->frm_mb_list->mb_list)
                break;
            mb = clist_begin(fr->frm_mb_list->mb_list)
                     ? clist_content(clist_begin(fr->frm_mb_list->mb_list))
                     : NULL;
            if (!mb)
                break;
            if (mb->mb_addr_spec) {
                m->from_addr = strdup(mb->mb_addr_spec);
                if (!m->from_addr)
                    rc = od_error_set(OD_ENOMEM, "out of memory");
                else
                    od_utf8_sanitize(m->from_addr);
            }
            if (rc == 0 && mb->mb_display_name)
                rc = mail_header_decode(mb->mb_display_name, strlen(mb->mb_display_name), encoding,
                                        &m->from_name);
            break;
        }
        default:
            break;
        }
    }
    return rc;
}

/* ---- entry ----------------------------------------------------------- */

void mail_msg_free(struct mail_msg *m)
{
    if (!m)
        return;
    for (size_t i = 0; i < m->n_parts; i++) {
        free(m->parts[i].filename);
        free(m->parts[i].type);
        free(m->parts[i].charset);
        free(m->parts[i].data);
    }
    free(m->parts);
    free(m->subject);
    free(m->from_name);
    free(m->from_addr);
    free(m->message_id);
    memset(m, 0, sizeof(*m));
}

/* The message as one text body (when libetpan cannot read it). */
static int whole_as_text(struct mail_msg *m, const char *raw, size_t len)
{
    struct mail_part *p = part_new(m);

    if (!p)
        return od_error_set(OD_ENOMEM, "out of memory");
    p->kind = MAIL_TEXT;
    p->type = strdup("text/plain");
    p->data = dup_mem(raw, len > MAIL_MAX_PART ? MAIL_MAX_PART : len);
    p->len = len > MAIL_MAX_PART ? MAIL_MAX_PART : len;
    if (!p->type || !p->data)
        return od_error_set(OD_ENOMEM, "out of memory");
    return 0;
}

int mail_parse(const char *raw, size_t len, const struct mail_limits *lim, struct mail_msg *out)
{
    struct mailmime *mime = NULL;
    struct walk w = {.lim = lim, .m = out};
    char *copy = NULL;
    size_t idx = 0, containers;
    int r, rc = 0;

    out->date = OD_TIME_NONE;
    containers = count_word(raw, len, "boundary") + count_word(raw, len, "rfc822") +
                 count_word(raw, len, "digest");
    if (containers > MAIL_MAX_CONTAINERS) {
        char why[160];

        snprintf(why, sizeof(why),
                 "MIME structure too complex (%zu multipart/message declarations, limit %d): "
                 "read as plain text",
                 containers, MAIL_MAX_CONTAINERS);
        problem(out, why);
        return whole_as_text(out, raw, len);
    }
    /* libetpan wants a NUL after the bytes in places */
    copy = dup_mem(raw, len);
    if (!copy)
        return od_error_set(OD_ENOMEM, "out of memory");
    r = mailmime_parse(copy, len, &idx, &mime);
    if (r == MAILIMF_ERROR_MEMORY) {
        rc = od_error_set(OD_ENOMEM, "out of memory");
        goto out;
    }
    if (r != MAILIMF_NO_ERROR || !mime) {
        problem(out, "not a readable MIME message: read as plain text");
        rc = whole_as_text(out, raw, len);
        goto out;
    }
    if (mime->mm_type == MAILMIME_MESSAGE) {
        rc = read_headers(mime->mm_data.mm_message.mm_fields, lim->encoding, out);
        if (rc == 0)
            rc = walk(&w, mime->mm_data.mm_message.mm_msg_mime, 0, false, false);
    } else {
        rc = walk(&w, mime, 0, false, false);
    }
    /* The part data points into `copy`: it was copied by add_single. */
out:
    if (mime)
        mailmime_free(mime);
    free(copy);
    return rc;
}
