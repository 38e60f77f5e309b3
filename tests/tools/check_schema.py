#!/usr/bin/env python3
"""The JSON Schemas that `orderd --print-schema` makes from the key tables:
they are valid 2020-12 schemas; every example configuration (config/)
passes them and names its schema in a yaml-language-server line; and
configurations the loader refuses (`orderd --check` exit 2) are refused
by the schema too, for the faults a schema can state. Needs Debian's
python3-jsonschema and python3-yaml.

    check_schema.py ORDERD SOURCE_ROOT"""
import glob
import json
import os
import subprocess
import sys
import tempfile

import jsonschema
import yaml

ORDERD, ROOT = sys.argv[1], sys.argv[2]

SCHEMA_LINE = '# yaml-language-server: $schema=/usr/share/orderd/schema/%s.schema.json'

FEED = 'name: shop\nkind: feed\nfeed:\n  dir: in\n'
GOOD = {
    'main': ['', 'database: {url: {credential: db}}\nlog: {level: warn}\n',
             'ingest:\n  backoff_cap: 1h30m\n  batch_size: 10\nhttp:\n  listen: 127.0.0.1:9464\n'],
    'channel': [FEED, FEED + '  max_file_size: 25MiB\n  settle: 0\n',
                'name: s\nkind: shopify\nenabled: no\nshopify:\n  shop_url: https://x.myshopify.com\n'
                '  access_token: {env: T}\n'],
    'rules': ['rules: []\n', 'rules:\n  - {id: w, type: wait, minutes: 30, action: hold}\n'],
}
# (which, text): the loader refuses each; so must the schema.
BAD = [
    ('main', 'logs: {level: info}\n'),                       # unknown key
    ('main', 'log: {level: verbose}\n'),                      # not one of the levels
    ('main', 'ingest: {backoff_cap: 5 minutes}\n'),           # not a duration
    ('main', 'ingest: {batch_size: many}\n'),                 # not an integer
    ('channel', 'name: shop\nkind: feed\n'),                  # no feed section
    ('channel', FEED + '  colour: red\n'),                    # unknown key of the kind
    ('channel', FEED + 'imap: {host: x}\n'),                  # a section of another kind
    ('channel', 'name: s\nkind: shopify\nshopify:\n  shop_url: https://x\n  access_token: abc\n'),
    ('channel', FEED + '  max_file_size: lots\n'),            # not a size
    ('channel', 'kind: feed\nfeed: {dir: in}\n'),             # no name
    ('channel', 'name: shop\nkind: ftp\nftp: {}\n'),          # no such kind
    ('rules', 'rules:\n  - {id: a, type: nope, action: hold}\n'),
    ('rules', 'rules:\n  - {id: a, type: wait, minutes: 5, action: reject}\n'),
    ('rules', 'rules:\n  - {id: a, type: stock, window: 1h, action: hold}\n'),
    ('rules', 'rules:\n  - {id: a, type: required_fields, fields: [nose], action: hold}\n'),
    ('rules', 'rules:\n  - {type: stock, action: hold}\n'),
    ('rules', 'language: fr\nrules: []\n'),
]


def schema(which):
    out = subprocess.run([ORDERD, '--print-schema', which], capture_output=True, text=True,
                         check=True)
    s = json.loads(out.stdout)
    jsonschema.Draft202012Validator.check_schema(s)
    return jsonschema.Draft202012Validator(s)


def errors(v, text):
    return [e.message for e in v.iter_errors(yaml.safe_load(text))]


def loader_refuses(which, text):
    """orderd --check on a configuration made around `text`."""
    with tempfile.TemporaryDirectory() as d:
        os.mkdir(os.path.join(d, 'channels.d'))
        os.mkdir(os.path.join(d, 'in'))
        main = 'channels_dir: channels.d\n'
        if which == 'main':
            main = text + ('' if 'channels_dir' in text else main)
        elif which == 'channel':
            with open(os.path.join(d, 'channels.d', 'c.yaml'), 'w') as f:
                f.write(text.replace('dir: in', 'dir: ' + os.path.join(d, 'in')))
        else:
            with open(os.path.join(d, 'rules.yaml'), 'w') as f:
                f.write(text)
            main += 'rules: rules.yaml\n'
        with open(os.path.join(d, 'orderd.yaml'), 'w') as f:
            f.write(main)
        env = dict(os.environ, T='token', CREDENTIALS_DIRECTORY=d)
        with open(os.path.join(d, 'db'), 'w') as f:
            f.write('postgresql:///x\n')
        env.pop('ORDERD_DATABASE_URL', None)
        out = subprocess.run([ORDERD, '--config', os.path.join(d, 'orderd.yaml'), '--check'],
                             capture_output=True, text=True, env=env)
        return out.returncode == 2, out.stdout + out.stderr


def main():
    problems = []
    v = {w: schema(w) for w in ('main', 'channel', 'rules')}
    examples = [('main', 'config/orderd.yaml'), ('rules', 'config/rules.yaml')]
    for f in sorted(glob.glob(os.path.join(ROOT, 'config', 'channels.d', '*'))):
        examples.append(('channel', os.path.relpath(f, ROOT)))
    for which, rel in examples:
        with open(os.path.join(ROOT, rel)) as f:
            text = f.read()
        want = SCHEMA_LINE % {'main': 'orderd', 'channel': 'channel', 'rules': 'rules'}[which]
        if want not in text.splitlines()[:3]:
            problems.append('%s: no "%s" line at the top' % (rel, want))
        for e in errors(v[which], text):
            problems.append('%s: %s' % (rel, e))
    for which, texts in GOOD.items():
        for text in texts:
            refused, out = loader_refuses(which, text)
            if refused:
                problems.append('the loader refuses a configuration the test takes as good '
                                '(%s): %r\n%s' % (which, text, out))
            for e in errors(v[which], text):
                problems.append('schema %s refuses %r: %s' % (which, text, e))
    for which, text in BAD:
        refused, out = loader_refuses(which, text)
        if not refused:
            problems.append('the loader accepts %r (%s)' % (text, which))
        if not errors(v[which], text):
            problems.append('schema %s accepts %r, which the loader refuses:\n%s'
                            % (which, text, out))
    for p in problems:
        print('check_schema: ' + p, file=sys.stderr)
    print('schemas: %d examples, %d good and %d bad configurations checked, %d problems'
          % (len(examples), sum(len(t) for t in GOOD.values()), len(BAD), len(problems)))
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main())
