"""Helpers shared by the hand-set generators (fresh9/make_hand11.py,
fresh10/make_hand12.py, fresh11/make_hand13.py, fresh12/make_hand14.py):
the MIME, truth and attachment helpers of the earlier make_hand*.py
gathered under one name, and the small helpers those scripts used to
repeat one by one.

A generator puts this folder on sys.path and imports what it uses:

    HERE = os.path.dirname(os.path.abspath(__file__))
    sys.path.insert(0, os.path.dirname(HERE))
    from corpus_hand import (...)
    MAILS, mail = registry()
    ...
    if __name__ == '__main__':
        run(HERE, MAILS, sys.argv[1:])

Nothing here may change the bytes of a set already committed: every
generator that uses it is rerun into a temporary folder and compared with
its committed files (diff -r) when this module changes.
"""
import os
import re
import sys

UP = os.path.dirname(os.path.abspath(__file__))
for _sub in ('fresh8', 'fresh7', 'fresh6', 'fresh5', 'fresh4', 'fresh3', 'fresh2', 'fresh', 'hand', ''):
    _p = os.path.join(UP, _sub) if _sub else UP
    if _p not in sys.path:
        sys.path.insert(0, _p)

import corpus_docs  # noqa: E402,F401
import make_hand2  # noqa: E402
from corpus_docs import Sheet  # noqa: E402
from make_hand2 import (D, m2, ln, addr, attachment, message, truth)  # noqa: E402,F401
from make_hand3 import single, with_attachments, cells_html, XLSX  # noqa: E402,F401
from make_hand4 import hdr, alt, check, XLS  # noqa: E402,F401
from make_hand5 import order  # noqa: E402,F401
from make_hand6 import amt  # noqa: E402,F401
from make_hand7 import subtotal  # noqa: E402,F401
from make_hand9 import dh, daxie  # noqa: E402,F401
from make_hand10 import eu, cols, grid_pdf, put_table  # noqa: E402,F401

__all__ = ['corpus_docs', 'make_hand2', 'Sheet', 'D', 'm2', 'ln', 'addr', 'attachment', 'message', 'truth', 'single',
           'with_attachments', 'cells_html', 'XLSX', 'hdr', 'alt', 'check', 'XLS', 'order', 'amt', 'subtotal', 'dh',
           'daxie', 'eu', 'cols', 'grid_pdf', 'put_table', 'registry', 'run', 'L', 'spec', 'per', 'usd', 'H', 'T',
           'html_mail', 'strip', 'pdf_mail', 'sheet_order']


def registry():
    """A generator's list of mail functions and the decorator that fills it."""
    mails = []

    def mail(fn):
        mails.append(fn)
        return fn
    return mails, mail


def run(here, mails, argv):
    """Write the mails named in argv (prefixes), or all, into the folder here."""
    make_hand2.HERE = here
    make_hand2.main(argv, mails)


def L(sku, title, qty, price, total=None):
    """A truth line; a price with more than two decimals is keyed as written
    (without trailing zeros)."""
    d = ln(sku, title, qty, price, total)
    p = str(price)
    if '.' in p and len(p.split('.')[1].rstrip('0')) > 2:
        d['unit_price'] = p.rstrip('0')
    return d


def spec(rows, line=L):
    """rows (sku, name, spec, unit, qty, price): title is name + ' ' + spec."""
    return [line(s, '%s %s' % (n, g), q, p) for s, n, g, u, q, p in rows]


def per(p, n):
    """A price per n pieces as a price per piece (exact decimal string)."""
    return format((D(p) / n).normalize(), 'f')


def usd(v):
    return '{:,.2f}'.format(D(v))


def H(name, email, cs, subject, date, mid, mailer, to='orders@hengda-pack.cn', extra=()):
    """The headers of a mail from name <email> in charset cs."""
    return hdr(addr(name, email, cs), subject, date, mid, mailer, cs, to, extra)


def T(source, cs, notes, orders):
    """The truth of the calling mail function hNNN_words: family hand-words."""
    name = sys._getframe(1).f_code.co_name
    return truth('hand-' + name.split('_', 1)[1].replace('_', '-'), source, cs, notes, orders)


def html_mail(h, plain, html, cs, boundary, cte='base64'):
    return message(h, alt(plain, html, cs, boundary, cte))


def strip(html):
    """The text alternative a client writes beside html: a line a row,
    paragraph or item, a tab after a cell, no tags."""
    t = re.sub(r'<br>|</tr>|</p>|</div>|</h\d>|</li>', '\n', html)
    t = re.sub(r'</t[dh]>', '\t', t)
    t = re.sub(r'<[^>]+>', '', t)
    return t.replace('&amp;', '&').replace('&nbsp;', ' ')


def pdf_mail(h, body, cs, cte, data, fname, boundary, name_style='plain'):
    return with_attachments(h, body, cs, cte, [attachment('application/pdf', data, fname, name_style=name_style)],
                            boundary)


def sheet_order(title, head_rows, thead, rows, fmts, foot, start=None):
    """A sheet: head_rows [(r, [values])], a bordered table, foot [(r_offset, [values])] after it."""
    sh = Sheet(title)
    for r, vals in head_rows:
        sh.row(r, 1, vals)
    r0 = start or (max(r for r, v in head_rows) + 2)
    nxt = put_table(sh, r0, thead, rows, fmts)
    for off, vals in foot:
        sh.row(nxt + off, 1, vals)
    return sh, nxt
