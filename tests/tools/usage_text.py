"""The usage text of a program, read from its C source (the string
literals of `static void usage(FILE *f)`), and the commands and options in
it: one parser for the checks that the bash completion
(check_completion.py) and the docs and man pages (test_docs.py) cover
every one of them."""
import os
import re

# Commands whose second word is a sub-command ("review list").
GROUPS = ('deadletters', 'review', 'audit', 'stock', 'report', 'user')


def usage_text(root, path, func='usage'):
    """The text usage() prints, from the C file `path` under `root`."""
    with open(os.path.join(root, path), encoding='utf-8') as f:
        src = f.read()
    m = re.search(r'static void %s\(FILE \*f\)\s*\{(.*?)\n\}' % func, src, re.S)
    if not m:
        raise ValueError('%s() not found in %s' % (func, path))
    text = ''.join(re.findall(r'"((?:[^"\\]|\\.)*)"', m.group(1)))
    return text.replace('\\n', '\n').replace('\\"', '"')


def usage_commands(text):
    """(command, sub-command or None) of each command line ("  review list
    ..."), in order, without repeats; the sub-command only for GROUPS."""
    out = []
    for line in text.splitlines():
        w = re.match(r'^  ([a-z]+)(?: ([a-z]+))?', line)
        if not w:
            continue
        sub = w.group(2) if w.group(1) in GROUPS else None
        if (w.group(1), sub) not in out:
            out.append((w.group(1), sub))
    return out


def usage_options(text):
    """Every long option ("--format") the text names."""
    return set(re.findall(r'--[a-z][a-z-]*', text))
