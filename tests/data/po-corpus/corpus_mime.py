"""MIME building for the purchase-order corpus: headers as the common mail
clients write them (Outlook, Gmail, Foxmail, QQ Mail, NetEase, Apple Mail,
Thunderbird, an ERP's mailer), RFC 2047 words, parts and multiparts.
Everything is derived from a random.Random the caller passes in, so the
bytes depend only on the seed."""
import base64
import quopri
import datetime

CRLF = b'\r\n'


def crlf(text):
    return text.replace('\r\n', '\n').replace('\n', '\r\n')


def enc_bytes(text, charset):
    cs = {'gb2312': 'gbk', 'gb18030': 'gb18030'}.get(charset.lower(), charset)
    if cs.lower() in ('gbk', 'big5'):
        # GBK and Big5 have no U+00A5: Chinese input methods type the full-width sign
        text = text.replace('\u00a5', '\uffe5')
    return text.encode(cs)


# ---------------------------------------------------------------- headers

def encode_words(text, charset='utf-8', mode='B', first=0):
    """RFC 2047 encoded words, each at most ~75 characters, joined by a
    folding CRLF SP. ASCII-only text is returned as is."""
    if all(ord(c) < 128 for c in text):
        return text.encode('ascii')
    try:
        enc_bytes(text, charset)
    except UnicodeEncodeError:
        charset = 'utf-8'  # what clients do when the preferred charset lacks a character
    words = []
    chunk = ''
    limit = 45 if mode == 'B' else 30

    def flush(c):
        raw = enc_bytes(c, charset)
        if mode == 'B':
            body = base64.b64encode(raw)
        else:
            body = b''.join(
                bytes([ch]) if (48 <= ch <= 57 or 65 <= ch <= 90 or 97 <= ch <= 122) else
                (b'_' if ch == 32 else b'=%02X' % ch) for ch in raw)
        words.append(b'=?' + charset.encode() + b'?' + mode.encode() + b'?' + body + b'?=')
    for c in text:
        if len(enc_bytes(chunk + c, charset)) > limit:
            flush(chunk)
            chunk = ''
        chunk += c
    if chunk:
        flush(chunk)
    return b'\r\n '.join(words)


def addr(name, email, charset='utf-8', mode='B', quote=False):
    if not name:
        return email.encode()
    if all(ord(c) < 128 for c in name):
        if quote or any(c in name for c in ',.()'):
            return b'"' + name.encode() + b'" <' + email.encode() + b'>'
        return name.encode() + b' <' + email.encode() + b'>'
    return encode_words(name, charset, mode) + b' <' + email.encode() + b'>'


DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']


def rfc_date(dt, zero_pad=True):
    off = dt.utcoffset()
    mins = int(off.total_seconds() // 60)
    sign = '+' if mins >= 0 else '-'
    mins = abs(mins)
    day = '%02d' % dt.day if zero_pad else '%d' % dt.day
    return '%s, %s %s %d %02d:%02d:%02d %s%02d%02d' % (
        DAYS[dt.weekday()], day, MONTHS[dt.month - 1], dt.year, dt.hour, dt.minute, dt.second,
        sign, mins // 60, mins % 60)


def tz(hours, minutes=0):
    return datetime.timezone(datetime.timedelta(hours=hours, minutes=minutes))


def hexs(rng, n, upper=True):
    s = ''.join(rng.choice('0123456789abcdef') for _ in range(n))
    return s.upper() if upper else s


def alnum(rng, n, alphabet='ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'):
    return ''.join(rng.choice(alphabet) for _ in range(n))


# ---------------------------------------------------------------- clients

class Client:
    """How one mail program writes headers, ids and boundaries."""
    name = 'generic'
    header_charset = 'utf-8'
    header_mode = 'B'

    def __init__(self, rng):
        self.rng = rng
        self._nb = 0

    def message_id(self, dt, domain):
        return '<%s@%s>' % (alnum(self.rng, 20), domain)

    def boundary(self):
        self._nb += 1
        return '=_%s_%d' % (hexs(self.rng, 16), self._nb)

    def extra(self, dt, has_attach, subject):
        return []


class Outlook(Client):
    name = 'outlook'
    header_charset = 'gb2312'

    def message_id(self, dt, domain):
        host = 'HK0PR0%dMB%04d' % (self.rng.randint(1, 6), self.rng.randint(1000, 9999))
        return '<%s%s@%s.apcprd0%d.prod.outlook.com>' % (
            host, hexs(self.rng, 10), host, self.rng.randint(1, 6))

    def boundary(self):
        self._nb += 1
        return '_%03d_%s%s_' % (self._nb - 1, 'HK0PR0%dMB' % self.rng.randint(1, 6),
                                hexs(self.rng, 18))

    def extra(self, dt, has_attach, subject):
        ti = base64.b64encode(bytes(self.rng.randrange(256) for _ in range(22))).decode()
        return [('Thread-Topic', None), ('Thread-Index', ti.encode()),
                ('Accept-Language', b'zh-CN, en-US'), ('Content-Language', b'zh-CN'),
                ('X-MS-Has-Attach', b'yes' if has_attach else b''),
                ('X-MS-TNEF-Correlator', b'')]


class OutlookDesktop(Client):
    """Outlook 2016 on a company's own Exchange or POP: NextPart boundaries."""
    name = 'outlook-desktop'
    header_charset = 'gb2312'

    def message_id(self, dt, domain):
        return '<00%s$%s$%s@%s>' % (hexs(self.rng, 10, False), hexs(self.rng, 8, False),
                                    hexs(self.rng, 8, False), domain)

    def boundary(self):
        self._nb += 1
        return '----=_NextPart_%03d_%04X_01DB%s.%s' % (self._nb - 1, self.rng.randrange(65536),
                                                      hexs(self.rng, 4), hexs(self.rng, 8))

    def extra(self, dt, has_attach, subject):
        return [('X-Mailer', b'Microsoft Outlook 16.0'),
                ('Thread-Index', base64.b64encode(bytes(self.rng.randrange(256)
                                                        for _ in range(22)))),
                ('Content-Language', b'zh-cn')]


class Gmail(Client):
    name = 'gmail'
    header_charset = 'UTF-8'

    def message_id(self, dt, domain):
        return '<CA%s@mail.gmail.com>' % alnum(self.rng, 50, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghij'
                                               'klmnopqrstuvwxyz0123456789+_=')

    def boundary(self):
        self._nb += 1
        return '0000000000' + hexs(self.rng, 18, False)


class Foxmail(Client):
    name = 'foxmail'
    header_charset = 'gb2312'

    def message_id(self, dt, domain):
        return '<%s%s@%s>' % (dt.strftime('%Y%m%d%H%M%S'), ''.join(
            self.rng.choice('0123456789') for _ in range(10)), domain)

    def boundary(self):
        self._nb += 1
        return '----=_%03d_NextPart%d_=----' % (self._nb, self.rng.randint(10 ** 8, 10 ** 9))

    def extra(self, dt, has_attach, subject):
        return [('X-Priority', b'3'),
                ('X-GUID', ('%s-%s-%s-%s-%s' % (hexs(self.rng, 8), hexs(self.rng, 4),
                                                hexs(self.rng, 4), hexs(self.rng, 4),
                                                hexs(self.rng, 12))).encode()),
                ('X-Has-Attach', b'yes' if has_attach else b'no'),
                ('X-Mailer', b'Foxmail 7.2.25.254[cn]')]


class QQMail(Client):
    name = 'qqmail'
    header_charset = 'gb18030'

    def message_id(self, dt, domain):
        return '<tencent_%s@qq.com>' % hexs(self.rng, 42)

    def boundary(self):
        self._nb += 1
        return '----=_NextPart_%s_%s_%s' % (hexs(self.rng, 8), hexs(self.rng, 8),
                                           hexs(self.rng, 8))

    def extra(self, dt, has_attach, subject):
        return [('X-Priority', b'3'), ('X-QQ-MIME', b'TCMime 1.0 by Tencent'),
                ('X-Mailer', b'QQMail 2.x'), ('X-QQ-Mailer', b'QQMail 2.x')]


class NetEase(Client):
    name = '163'
    header_charset = 'GBK'

    def message_id(self, dt, domain):
        return '<%s.%d.%s@163.com>' % (alnum(self.rng, 8), self.rng.randint(1000, 9999),
                                      hexs(self.rng, 12, False))

    def boundary(self):
        self._nb += 1
        return '----=_Part_%d_%d.%d' % (self.rng.randint(10 ** 6, 10 ** 7),
                                        self.rng.randint(10 ** 8, 10 ** 9),
                                        self.rng.randint(10 ** 12, 10 ** 13))

    def extra(self, dt, has_attach, subject):
        return [('X-Priority', b'3'), ('X-Mailer', b'Coremail Webmail Server Version XT5.0.14 build 20230109(dcb5de15)'),
                ('X-NTES-SC', b'AL_Qu2' + alnum(self.rng, 30).encode())]


class AppleMail(Client):
    name = 'apple'
    header_charset = 'utf-8'

    def message_id(self, dt, domain):
        return '<%s-%s-%s-%s-%s@%s>' % (hexs(self.rng, 8), hexs(self.rng, 4), hexs(self.rng, 4),
                                        hexs(self.rng, 4), hexs(self.rng, 12), domain)

    def boundary(self):
        self._nb += 1
        return 'Apple-Mail=_%s-%s-%s-%s-%s' % (hexs(self.rng, 8), hexs(self.rng, 4),
                                               hexs(self.rng, 4), hexs(self.rng, 4),
                                               hexs(self.rng, 12))

    def extra(self, dt, has_attach, subject):
        return [('X-Mailer', b'Apple Mail (2.3774.200.91.1.1)')]


class Thunderbird(Client):
    name = 'thunderbird'
    header_charset = 'UTF-8'

    def message_id(self, dt, domain):
        return '<%s-%s-%s-%s-%s@%s>' % (hexs(self.rng, 8, False), hexs(self.rng, 4, False),
                                        hexs(self.rng, 4, False), hexs(self.rng, 4, False),
                                        hexs(self.rng, 12, False), domain)

    def boundary(self):
        self._nb += 1
        return '------------' + alnum(self.rng, 24)

    def extra(self, dt, has_attach, subject):
        return [('User-Agent', b'Mozilla Thunderbird'), ('Content-Language', b'en-US')]


class ERPMailer(Client):
    name = 'erp'
    header_charset = 'UTF-8'

    def message_id(self, dt, domain):
        return '<%d.%s.JavaMail.erp@%s>' % (self.rng.randint(10 ** 8, 10 ** 9),
                                            dt.strftime('%Y%m%d%H%M%S'), domain)

    def boundary(self):
        self._nb += 1
        return '----=_Part_%d_%d.%d' % (self._nb, self.rng.randint(10 ** 8, 10 ** 9),
                                        self.rng.randint(10 ** 12, 10 ** 13))

    def extra(self, dt, has_attach, subject):
        return [('X-Mailer', b'Kingdee K/3 Cloud Mail Service')]


CLIENTS = {c.name: c for c in (Outlook, OutlookDesktop, Gmail, Foxmail, QQMail, NetEase,
                                AppleMail, Thunderbird, ERPMailer)}


# ---------------------------------------------------------------- parts

def b64(data):
    s = base64.b64encode(data)
    return CRLF.join(s[i:i + 76] for i in range(0, len(s), 76)) + CRLF


def qp(data):
    out = quopri.encodestring(data.replace(b'\r\n', b'\n'))
    return out.replace(b'\n', b'\r\n')


def encode_body(data, cte):
    if cte == 'base64':
        return b64(data)
    if cte == 'quoted-printable':
        return qp(data)
    return data


class Leaf:
    def __init__(self, ctype, data, cte='8bit', params=(), disposition=None, filename=None,
                 extra=(), filename_style='plain', name_param=True, fn_charset='utf-8'):
        self.ctype, self.data, self.cte = ctype, data, cte
        self.params, self.disposition, self.filename = list(params), disposition, filename
        self.extra, self.filename_style, self.name_param = list(extra), filename_style, name_param
        self.fn_charset = fn_charset

    def fname(self, key):
        fn = self.filename
        if all(ord(c) < 128 for c in fn):
            return b'\r\n\t' + key.encode() + b'="' + fn.encode() + b'"'
        if self.filename_style == 'rfc2231':
            from urllib.parse import quote
            return (b'\r\n\t' + key.encode() + b"*=" + self.fn_charset.encode() + b"''" +
                    quote(enc_bytes(fn, self.fn_charset), safe='.-_').encode())
        return b'\r\n\t' + key.encode() + b'="' + encode_words(fn, self.fn_charset, 'B') + b'"'

    def render(self, client):
        h = b'Content-Type: ' + self.ctype.encode()
        for k, v in self.params:
            h += b'; ' + k.encode() + b'=' + (v if isinstance(v, bytes) else ('"%s"' % v).encode())
        if self.filename and self.name_param:
            h += b';' + self.fname('name')
        lines = [h, b'Content-Transfer-Encoding: ' + self.cte.encode()]
        if self.disposition:
            d = b'Content-Disposition: ' + self.disposition.encode()
            if self.filename:
                d += b';' + self.fname('filename')
            lines.append(d)
        for k, v in self.extra:
            lines.append(k.encode() + b': ' + v)
        return CRLF.join(lines) + CRLF + CRLF + encode_body(self.data, self.cte)


class Multi:
    def __init__(self, subtype, parts, preamble=None, params=()):
        self.subtype, self.parts, self.preamble = subtype, parts, preamble
        self.params = list(params)

    def render(self, client):
        b = client.boundary().encode()
        h = b'Content-Type: multipart/' + self.subtype.encode() + b';'
        for k, v in self.params:
            h += b'\r\n\t' + k.encode() + b'="' + v.encode() + b'";'
        h += b'\r\n\tboundary="' + b + b'"'
        out = h + CRLF + CRLF
        if self.preamble is not None:
            out += self.preamble + CRLF
        for p in self.parts:
            body = p.render(client)
            if not body.endswith(CRLF):
                body += CRLF
            out += b'--' + b + CRLF + body + CRLF
        out += b'--' + b + b'--' + CRLF
        return out


class Rfc822:
    """A message/rfc822 part holding a whole message (bytes)."""
    def __init__(self, message_bytes, filename=None):
        self.message, self.filename = message_bytes, filename

    def render(self, client):
        h = b'Content-Type: message/rfc822'
        if self.filename:
            h += b';\r\n\tname="' + encode_words(self.filename, 'utf-8') + b'"'
        lines = [h, b'Content-Transfer-Encoding: 7bit' if all(c < 128 for c in self.message)
                 else b'Content-Transfer-Encoding: 8bit']
        if self.filename:
            lines.append(b'Content-Disposition: attachment;\r\n\tfilename="' +
                         encode_words(self.filename, 'utf-8') + b'"')
        return CRLF.join(lines) + CRLF + CRLF + self.message


def text_part(text, charset='utf-8', cte='base64', subtype='plain', flowed=False,
              quote_charset=True, extra=()):
    data = enc_bytes(crlf(text), charset)
    params = [('charset', charset if quote_charset else charset.encode())]
    if flowed:
        params.append(('format', b'flowed'))
    return Leaf('text/' + subtype, data, cte, params, extra=extra)


def attach(ctype, data, filename, cte='base64', style='plain', fn_charset='utf-8',
           disposition='attachment'):
    return Leaf(ctype, data, cte, disposition=disposition, filename=filename,
                filename_style=style, fn_charset=fn_charset)


XLSX_CT = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
XLS_CT = 'application/vnd.ms-excel'


# ---------------------------------------------------------------- message

def message(client, sender, to, subject, dt, body, domain=None, cc=None, in_reply_to=None,
            references=None, extra=(), msgid=None, has_attach=False):
    """sender/to: (display name, address); to may be a list. body: a Leaf or Multi."""
    hc = client.header_charset
    mode = client.header_mode
    domain = domain or sender[1].split('@')[1]
    msgid = msgid or client.message_id(dt, domain)
    tos = to if isinstance(to, list) else [to]
    subj = encode_words(subject, hc, mode)
    h = []
    if client.name == 'gmail':
        h.append(b'MIME-Version: 1.0')
        h.append(b'Date: ' + rfc_date(dt).encode())
        if references:
            h.append(b'References: ' + references.encode())
        if in_reply_to:
            h.append(b'In-Reply-To: ' + in_reply_to.encode())
        h.append(b'Message-ID: ' + msgid.encode())
        h.append(b'Subject: ' + subj)
        h.append(b'From: ' + addr(sender[0], sender[1], hc, mode))
        h.append(b'To: ' + b', '.join(addr(n, a, hc, mode) for n, a in tos))
        if cc:
            h.append(b'Cc: ' + b', '.join(addr(n, a, hc, mode) for n, a in cc))
    else:
        h.append(b'From: ' + addr(sender[0], sender[1], hc, mode, quote=client.name.startswith('outlook')))
        h.append(b'To: ' + b',\r\n\t'.join(addr(n, a, hc, mode, quote=client.name.startswith('outlook'))
                                          for n, a in tos))
        if cc:
            h.append(b'CC: ' + b', '.join(addr(n, a, hc, mode) for n, a in cc))
        h.append(b'Subject: ' + subj)
        h.append(b'Date: ' + rfc_date(dt).encode())
        h.append(b'Message-ID: ' + msgid.encode())
        if references:
            h.append(b'References: ' + references.encode())
        if in_reply_to:
            h.append(b'In-Reply-To: ' + in_reply_to.encode())
        for k, v in client.extra(dt, has_attach, subject):
            if k == 'Thread-Topic':
                v = encode_words(subject.split(':')[-1].strip() or subject, hc, mode)
            h.append(k.encode() + b': ' + v)
        h.append(b'MIME-Version: 1.0')
    for k, v in extra:
        h.append(k.encode() + b': ' + (v if isinstance(v, bytes) else v.encode()))
    return CRLF.join(h) + CRLF + body.render(client)
