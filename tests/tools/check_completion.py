#!/usr/bin/env python3
"""The bash completions in config/completion/: a table of command lines
and what <TAB> must offer, run in bash itself; and every command and
option of orderctl's and orderd's usage texts is offered somewhere.

    check_completion.py SOURCE_ROOT"""
import os
import re
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from usage_text import usage_commands, usage_options, usage_text  # noqa: E402

ROOT = sys.argv[1]
DIR = os.path.join(ROOT, 'config', 'completion')

CASES = [
    ('orderctl', ['orderctl', 'rev'], ['review']),
    ('orderctl', ['orderctl', 're'], ['reconcile', 'report', 'review']),
    ('orderctl', ['orderctl', 'report', 'weekly', '--w'], ['--week']),
    ('orderctl', ['orderctl', 'report', 'daily', '--table', 's'], ['skus', 'stock']),
    ('orderctl', ['orderctl', 'report', 'daily', '--lang', ''], ['en', 'zh']),
    ('orderctl', ['orderctl', 'report', 'range', '--l'], ['--lang']),
    ('orderctl', ['orderctl', 'reconcile', 'tb', '--'], ['--config', '--format', '--since', '--until']),
    ('orderctl', ['orderctl', 'review', ''], ['approve', 'list', 'reject', 'show']),
    ('orderctl', ['orderctl', 'review', 'approve', '12', '--'], ['--config', '--force', '--note']),
    ('orderctl', ['orderctl', 'deadletters', 'd'], ['discard']),
    ('orderctl', ['orderctl', 'orders', '--audit', 'h'], ['held']),
    ('orderctl', ['orderctl', '--config', '/etc/o.yaml', 'orders', '--format', ''],
     ['csv', 'json', 'table']),
    ('orderctl', ['orderctl', 'import', 'p'], ['price_lists', 'products']),
    ('orderctl', ['orderctl', 'import', 'customers', '--'], ['--config', '--encoding', '--quiet']),
    ('orderctl', ['orderctl', 'audit', ''], ['replay']),
    ('orderctl', ['orderctl', 'channel', ''], ['token']),
    ('orderctl', ['orderctl', 'in'], ['invoices']),
    ('orderctl', ['orderctl', 'user', ''], ['add', 'disable', 'list', 'passwd']),
    ('orderctl', ['orderctl', 'user', 'add', 'li', '--role', 'c'], ['clerk']),
    ('orderctl', ['orderctl', 'invoices', '--status', ''], ['all', 'requested']),
    ('orderctl', ['orderctl', 'invoices', '--s'], ['--since', '--status']),
    ('orderctl', ['orderctl', 'orders', '--channel', ''], []),
    ('orderd', ['orderd', '--print-schema', ''], ['channel', 'main', 'rules']),
    ('orderd', ['orderd', '--o'], ['--once']),
]


def complete(prog, words):
    script = ('source %s\nCOMP_WORDS=(%s)\nCOMP_CWORD=%d\n_%s\nprintf "%%s\\n" "${COMPREPLY[@]}"\n'
              % (os.path.join(DIR, prog + '.bash'), ' '.join("'%s'" % w for w in words),
                 len(words) - 1, prog))
    out = subprocess.run(['bash', '--norc', '--noprofile'], input=script, capture_output=True,
                         text=True, check=True)
    return sorted(w for w in out.stdout.split('\n') if w)


def usage(path):
    """The commands and sub-commands, and the options, of a usage text."""
    text = usage_text(ROOT, path)
    words = set()
    for cmd, sub in usage_commands(text):
        words.add(cmd)
        if sub:
            words.add(sub)
    return words, usage_options(text)


def main():
    problems = []
    for prog, words, want in CASES:
        got = complete(prog, words)
        if got != sorted(want):
            problems.append('%s: offered %s, want %s' % (' '.join(words), got, sorted(want)))
    for prog, path in (('orderctl', 'cmd/orderctl/main.c'), ('orderd', 'cmd/orderd/main.c')):
        text = open(os.path.join(DIR, prog + '.bash')).read()
        words, opts = usage(path)
        if prog == 'orderd':
            words = set()
        for w in sorted(words | opts):
            if not re.search(r'(?<![\w-])%s(?![\w-])' % re.escape(w), text):
                problems.append('%s completion does not offer %s' % (prog, w))
    for p in problems:
        print('check_completion: ' + p, file=sys.stderr)
    print('completion: %d cases, %d problems' % (len(CASES), len(problems)))
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main())
