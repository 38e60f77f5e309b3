"""The documentation keeps up with the code (after pgbouncer's
etc/optscan.sh). No database needed: this reads source and docs only.

Fails when
  - a configuration key of a key table (lib/config.c, connectors/*/*.c:
    entries like {"name", OD_KEY_...}) is not documented: top-level,
    section and channel keys in docs/configuration.md, connector keys in
    docs/<kind>.md;
  - a key of a connector's nested section (a table named
    <kind>_<section>_keys, e.g. imap_extract_keys for the imap channel's
    `extract:` section) is not documented as `<section>.<key>` on the
    section's page (NESTED_PAGES) or on docs/<kind>.md;
  - a key of the items of a mapping of named sections (the table named
    by an OD_KEY_SECTION_MAP row, e.g. imap_extract_sender_keys for
    `extract.senders`) is not a row (`key`) of a key table on that page;
  - a key table row of those pages ("| `key` | ..." in a table whose
    first header cell is "Key") names a key the code does not have;
  - config/orderd.yaml or config/channels.d/*.yaml (and the
    *.yaml.example files there) uses a key the code does not know;
  - a field path a file column may hold (the FILE rows of lib/fieldpath.c,
    which the feed's CSV parser reads) is missing from docs/feed.md;
  - an orderctl command or option of the usage text in
    cmd/orderctl/main.c is missing from docs/operations.md;
  - the man pages (docs/man/*.scd) miss a key, command, option, rule
    type or action the code has, or orderd.yaml(5) lists a channel kind's
    key that the code does not have;
  - a unit test (tests/unit/test_<name>.c), a fuzz target
    (tests/fuzz/fuzz_<name>.c) or an integration file
    (tests/integration/test_*.py) is not listed in the "What is tested
    where" table of docs/testing.md, or the table lists one that does not
    exist.

ORDERD_DOCS_ROOT points the test at another tree (a modified copy, to
check that the test fails when it should)."""
import glob
import os
import re
import sys
import unittest

ROOT = os.environ.get('ORDERD_DOCS_ROOT') or os.path.normpath(
    os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..'))

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'tools'))
from usage_text import usage_commands, usage_options, usage_text  # noqa: E402


def read(rel):
    with open(os.path.join(ROOT, rel), encoding='utf-8') as f:
        return f.read()


def strip_comments(c):
    c = re.sub(r'/\*.*?\*/', lambda m: '\n' * m.group(0).count('\n'), c, flags=re.S)
    return re.sub(r'//[^\n]*', '', c)


# {"name", OD_KEY_TYPE, ...} inside `... od_config_key NAME[] = { ... };`
TABLE_RE = re.compile(r'od_config_key\s+(\w+)\s*\[\s*\]\s*=\s*\{(.*?)\n\};', re.S)
ENTRY_RE = re.compile(r'\{\s*"([^"]+)"\s*,\s*(OD_KEY_\w+)')


def key_tables(rel):
    """{table name: [(key, OD_KEY_TYPE)]} of one C file."""
    src = strip_comments(read(rel))
    return {m.group(1): ENTRY_RE.findall(m.group(2)) for m in TABLE_RE.finditer(src)}


# {"senders", OD_KEY_SECTION_MAP, ..., imap_extract_sender_keys, sizeof(...), ...}:
# the first identifier ending in _keys after the type, outside strings.
SECTMAP_RE = re.compile(r'\{\s*"([^"]+)"\s*,\s*OD_KEY_SECTION_MAP\s*,'
                        r'(?:[^"{}]|"(?:[^"\\]|\\.)*")*?\b(\w+_keys)\b', re.S)


def item_tables(rel):
    """{item table: (parent table, key)} of the OD_KEY_SECTION_MAP rows of
    one C file."""
    src = strip_comments(read(rel))
    out = {}
    for m in TABLE_RE.finditer(src):
        for e in SECTMAP_RE.finditer(m.group(2)):
            out[e.group(2)] = (m.group(1), e.group(1))
    return out


def config_tables():
    """Tables of lib/config.c with the YAML section each one fills:
    '' for the top level of orderd.yaml, 'database', 'log', ... for its
    sections, None for the channel file's top level."""
    src = strip_comments(read('lib/config.c'))
    tables = key_tables('lib/config.c')
    # (struct table){.name = "database", ..., .keys = database_keys, ...}
    sections = {}
    for m in re.finditer(r'\.name\s*=\s*"(\w+)"[^;{}]*?\.keys\s*=\s*(\w+)', src, re.S):
        sections[m.group(2)] = m.group(1)
    # {"reconcile", OD_KEY_SECTION, ..., reconcile_keys}: a channel key's
    # nested table, whose keys are the channel file's "reconcile.every"
    chan_sections = {}
    chan_src = re.search(r'channel_keys\[\]\s*=\s*\{(.*?)\n\};', src, re.S)
    for m in re.finditer(r'\{"(\w+)",\s*OD_KEY_SECTION,[^{}]*?,\s*(\w+_keys)\}',
                         chan_src.group(1) if chan_src else ''):
        chan_sections[m.group(2)] = m.group(1)
    # {"mail", OD_KEY_SECTION, ..., report_mail_keys} inside a section's
    # table (reports_keys): the section "reports.mail"
    for table, section in list(sections.items()):
        body = re.search(re.escape(table) + r'\[\]\s*=\s*\{(.*?)\n\};', src, re.S)
        for m in re.finditer(r'\{"(\w+)",\s*OD_KEY_SECTION,[^{}]*?,\s*(\w+_keys)\}',
                             body.group(1) if body else ''):
            sections[m.group(2)] = section + '.' + m.group(1)
    out = {}
    for name, keys in tables.items():
        if name in chan_sections:
            out[name] = (None, [(chan_sections[name] + '.' + k, t) for k, t in keys])
        elif name in sections:
            out[name] = (sections[name], keys)
        elif name == 'top_keys':
            out[name] = ('', keys)
        elif name == 'channel_keys':
            out[name] = (None, keys)
        else:  # a new table: <section>_keys by convention
            out[name] = (re.sub(r'_keys$', '', name), keys)
    return out


# Pages that document a connector's nested section (besides docs/<kind>.md).
NESTED_PAGES = {('imap', 'extract'): 'docs/email-extraction.md'}


def connector_item_tables():
    """{kind: {(section, key): [(key, type)]}}: the item tables of the
    OD_KEY_SECTION_MAP keys of a connector's nested sections
    (('extract', 'senders') for imap)."""
    out = {}
    for d in sorted(glob.glob(os.path.join(ROOT, 'connectors', '*', ''))):
        folder = os.path.basename(os.path.dirname(d))
        tables, items, kind = {}, {}, None
        for f in sorted(glob.glob(os.path.join(d, '*.c'))):
            rel = os.path.relpath(f, ROOT)
            tables.update(key_tables(rel))
            items.update(item_tables(rel))
            m = re.search(r'\.kind\s*=\s*"([^"]+)"', strip_comments(read(rel)))
            if m:
                kind = m.group(1)
        for table, (parent, key) in items.items():
            m = re.fullmatch(re.escape(folder) + r'_(\w+)_keys', parent)
            if m and table in tables:
                out.setdefault(kind or folder, {})[(m.group(1), key)] = tables[table]
    return out


def connector_tables_nested():
    """{kind: (source files, [(key, type)], {section: [(key, type)]})} of
    connectors/<kind>/. A table named <folder>_<section>_keys holds the
    keys of the nested section `<section>:` (the item tables of
    OD_KEY_SECTION_MAP keys are left out: connector_item_tables)."""
    out = {}
    for d in sorted(glob.glob(os.path.join(ROOT, 'connectors', '*', ''))):
        folder = os.path.basename(os.path.dirname(d))
        files = sorted(glob.glob(os.path.join(d, '*.c')))
        keys, nested, kind = [], {}, None
        skip = set()
        for f in files:
            skip |= set(item_tables(os.path.relpath(f, ROOT)))
        for f in files:
            rel = os.path.relpath(f, ROOT)
            for name, t in key_tables(rel).items():
                if name in skip:
                    continue
                m = re.fullmatch(re.escape(folder) + r'_(\w+)_keys', name)
                if m:
                    nested.setdefault(m.group(1), []).extend(t)
                else:
                    keys += t
            m = re.search(r'\.kind\s*=\s*"([^"]+)"', strip_comments(read(rel)))
            if m:
                kind = m.group(1)
        if keys or nested:
            out[kind or folder] = ([os.path.relpath(f, ROOT) for f in files], keys, nested)
    return out


def connector_tables():
    """{kind: (source files, [(key, type)])} of connectors/<kind>/ (the
    kind's own keys, without nested sections)."""
    return {kind: (files, keys)
            for kind, (files, keys, _) in connector_tables_nested().items() if keys}


def mentioned(doc, name, prefix=None):
    """`name` (or `prefix.name`) in backticks, as the docs write keys."""
    names = [re.escape(name)]
    if prefix:
        names.append(re.escape(prefix + '.' + name))
    return re.search(r'`(?:%s)`' % '|'.join(names), doc) is not None


def key_table_rows(doc):
    """Key names in the first column of the tables whose header starts
    with "| Key |"."""
    rows, in_table = [], False
    for line in doc.splitlines():
        s = line.strip()
        if not s.startswith('|'):
            in_table = False
            continue
        cells = [c.strip() for c in s.strip('|').split('|')]
        if cells and cells[0] == 'Key':
            in_table = True
            continue
        if in_table and not set(cells[0]) <= set('-: '):
            m = re.fullmatch(r'`([^`]+)`', cells[0])
            if m:
                rows.append(m.group(1))
    return rows


def yaml_keys(text):
    """(path tuple, line number) of every mapping key of a block-style
    YAML file; flow values ({env: X}) stay values."""
    out, stack = [], []
    for no, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith('#') or line.strip() == '---':
            continue
        m = re.match(r'^( *)("[^"]*"|\'[^\']*\'|[^\s#:][^:#]*?)\s*:(\s|$)', line)
        if not m:
            continue
        indent, key = len(m.group(1)), m.group(2).strip('"\'')
        while stack and stack[-1][0] >= indent:
            stack.pop()
        stack.append((indent, key))
        out.append((tuple(k for _, k in stack), no))
    return out


class DocsMatchCode(unittest.TestCase):

    def test_orderd_yaml_and_channel_keys_are_documented(self):
        doc = read('docs/configuration.md')
        missing = []
        for table, (section, keys) in config_tables().items():
            for key, _ in keys:
                want = key if not section else section + '.' + key
                if not mentioned(doc, want):
                    missing.append('%s (lib/config.c, %s)' % (want, table))
        self.assertEqual(missing, [], 'keys missing from docs/configuration.md')

    def test_connector_keys_are_documented(self):
        tables = connector_tables()
        self.assertIn('feed', tables)
        missing = []
        for kind, (files, keys) in tables.items():
            path = os.path.join('docs', kind + '.md')
            if not os.path.exists(os.path.join(ROOT, path)):
                missing.append('%s (whole page, for %s)' % (path, ', '.join(files)))
                continue
            doc = read(path)
            for key, _ in keys:
                if not mentioned(doc, key, prefix=kind):
                    missing.append('%s.%s (%s) in %s' % (kind, key, ', '.join(files), path))
        for kind, (files, _, nested) in connector_tables_nested().items():
            for section, keys in nested.items():
                paths = [NESTED_PAGES.get((kind, section)), os.path.join('docs', kind + '.md')]
                docs = [read(p) for p in paths if p and os.path.exists(os.path.join(ROOT, p))]
                if not docs:
                    missing.append('%s (whole page, for %s.%s)' % (paths[0] or paths[1], kind,
                                                                   section))
                    continue
                for key, _ in keys:
                    name = section + '.' + key
                    if not any(mentioned(doc, name, prefix=kind) for doc in docs):
                        missing.append('%s.%s (%s) in %s' % (kind, name, ', '.join(files),
                                                             ' or '.join(p for p in paths if p)))
        for kind, maps in connector_item_tables().items():
            for (section, key), keys in maps.items():
                page = NESTED_PAGES.get((kind, section)) or os.path.join('docs', kind + '.md')
                rows = key_table_rows(read(page)) if os.path.exists(
                    os.path.join(ROOT, page)) else []
                for k, _ in keys:
                    if k not in rows:
                        missing.append('%s.%s.%s.<name>.%s: no row `%s` in a key table of %s'
                                       % (kind, section, key, k, k, page))
        self.assertEqual(missing, [], 'connector keys missing from their docs page')

    def test_documented_keys_exist(self):
        known = set()
        for section, keys in config_tables().values():
            for key, _ in keys:
                known.add(key if not section else section + '.' + key)
        pages = {'docs/configuration.md': known}
        for kind, (_, keys, nested) in connector_tables_nested().items():
            names = {k for k, _ in keys} | {kind + '.' + k for k, _ in keys}
            for section, skeys in nested.items():
                snames = {section + '.' + k for k, _ in skeys}
                names |= snames | {kind + '.' + n for n in snames}
                page = NESTED_PAGES.get((kind, section))
                if page:
                    pages[page] = pages.get(page, set()) | snames | {kind + '.' + n for n in snames}
            pages['docs/%s.md' % kind] = pages.get('docs/%s.md' % kind, set()) | names
        for kind, maps in connector_item_tables().items():
            for (section, _), keys in maps.items():
                page = NESTED_PAGES.get((kind, section)) or 'docs/%s.md' % kind
                pages[page] = pages.get(page, set()) | {k for k, _ in keys}
        stale = []
        for page, names in pages.items():
            if not os.path.exists(os.path.join(ROOT, page)):
                continue
            for row in key_table_rows(read(page)):
                if row.startswith('<') or row in names:
                    continue
                stale.append('%s: %s' % (page, row))
        self.assertEqual(stale, [], 'documented keys that the code does not have')

    def test_example_config_uses_only_known_keys(self):
        tables = config_tables()
        top, sections, channel = set(), {}, set()
        for section, keys in tables.values():
            if section == '':
                top |= {k for k, _ in keys}
            elif section is None:
                channel |= {k for k, _ in keys}
            else:
                sections[section] = dict(keys)
        connectors = {kind: dict(keys) for kind, (_, keys, _) in connector_tables_nested().items()}
        nested = {kind: {sec: dict(k) for sec, k in n.items()}
                  for kind, (_, _, n) in connector_tables_nested().items()}
        items = {kind: {sk: dict(k) for sk, k in m.items()}
                 for kind, m in connector_item_tables().items()}
        unknown = []

        for path, no in yaml_keys(read('config/orderd.yaml')):
            where = 'config/orderd.yaml:%d: %s' % (no, '.'.join(path))
            if len(path) == 1 and path[0] not in top and path[0] not in sections:
                unknown.append(where)
            elif len(path) >= 2 and path[0] in sections:
                ktype = sections[path[0]].get(path[1])
                if ktype is None:
                    unknown.append(where)
                elif len(path) > 2 and not (len(path) == 3 and path[2] in ('env', 'file', 'credential')):
                    unknown.append(where)
            elif len(path) >= 2:
                unknown.append(where)

        files = sorted(glob.glob(os.path.join(ROOT, 'config', 'channels.d', '*.y*ml')) +
                       glob.glob(os.path.join(ROOT, 'config', 'channels.d', '*.yaml.example')))
        self.assertTrue(files, 'no example channel files in config/channels.d')
        for f in files:
            rel = os.path.relpath(f, ROOT)
            text = read(rel)
            m = re.search(r'^kind:\s*"?([\w-]+)', text, re.M)
            kind = m.group(1) if m else None
            if kind not in connectors:
                unknown.append('%s: kind %r is not a connector' % (rel, kind))
                continue
            ckeys = connectors[kind]
            for path, no in yaml_keys(text):
                where = '%s:%d: %s' % (rel, no, '.'.join(path))
                if len(path) == 1:
                    if path[0] not in channel and path[0] != kind:
                        unknown.append(where)
                elif path[0] != kind and '.'.join(path) in channel:
                    pass  # a key of a channel key's section (reconcile.every)
                elif path[0] != kind:
                    unknown.append(where)
                elif path[1] in nested.get(kind, {}):
                    skeys = nested[kind][path[1]]
                    ktype = skeys.get(path[2]) if len(path) > 2 else 'section'
                    if ktype is None:
                        unknown.append(where)
                    elif ktype == 'OD_KEY_SECTION_MAP':
                        # kind.section.key.NAME.item_key[.map_key]
                        ikeys = items.get(kind, {}).get((path[1], path[2]), {})
                        itype = ikeys.get(path[4]) if len(path) > 4 else 'item'
                        if itype is None:
                            unknown.append(where)
                        elif len(path) > 5 and itype != 'OD_KEY_MAP' and not (
                                len(path) == 6 and path[5] in ('env', 'file', 'credential')):
                            unknown.append(where)
                        elif len(path) > 6:
                            unknown.append(where)
                    elif len(path) > 3 and ktype != 'OD_KEY_MAP' and not (
                            len(path) == 4 and path[3] in ('env', 'file', 'credential')):
                        unknown.append(where)
                else:
                    ktype = ckeys.get(path[1])
                    if ktype is None:
                        unknown.append(where)
                    elif len(path) > 2 and ktype != 'OD_KEY_MAP' and not (
                            len(path) == 3 and path[2] in ('env', 'file', 'credential')):
                        unknown.append(where)
        self.assertEqual(unknown, [], 'example configuration uses keys the code does not know')

    def test_csv_field_paths_are_documented(self):
        src = strip_comments(read('lib/fieldpath.c'))
        m = re.search(r'#define FIELD_PATHS\(FILE, ONLY\)(.*?)\n\n', src, re.S)
        self.assertIsNotNone(m, 'FIELD_PATHS not found in lib/fieldpath.c')
        paths = re.findall(r'\bFILE\(\s*"([\w.]+)"', m.group(1))
        self.assertGreater(len(paths), 10)
        doc = read('docs/feed.md')
        missing = [p for p in paths if not mentioned(doc, p)]
        self.assertEqual(missing, [], 'CSV field paths missing from docs/feed.md')

    def test_orderctl_commands_and_options_are_documented(self):
        text = usage_text(ROOT, 'cmd/orderctl/main.c')
        commands, options = [], usage_options(text)
        for cmd, sub in usage_commands(text):
            if sub and cmd == 'deadletters':
                cmd += ' ' + sub
            if cmd not in commands:
                commands.append(cmd)
        self.assertIn('migrate', commands)
        doc = read('docs/operations.md')
        missing = []
        for cmd in commands:
            pat = r'orderctl\b[^\n]*?\s%s(?=[\s`]|$)' % re.escape(cmd).replace(r'\ ', r'\s+')
            if not re.search(pat, doc, re.M):
                missing.append('command: ' + cmd)
        for opt in sorted(options):
            if not re.search(r'(?<![\w-])%s(?![\w-])' % re.escape(opt), doc):
                missing.append('option: ' + opt)
        self.assertEqual(missing, [], 'orderctl usage not covered by docs/operations.md')

    def test_orderctl_takes_has_every_command(self):
        # Each command of the usage text has its row in takes[] of
        # cmd/orderctl/main.c (the options it accepts): a command without
        # one would accept every option and ignore what it does not use.
        src = read('cmd/orderctl/main.c')
        block = re.search(r'\} takes\[\] = \{(.*?)\n\};', src, re.S)
        self.assertIsNotNone(block, 'takes[] not found in cmd/orderctl/main.c')
        rows = re.findall(r'\{"([a-z]+)", (?:"([a-z]+)"|NULL), "([a-z -]*)"\}', block.group(1))
        self.assertGreater(len(rows), 10, 'takes[] rows not recognised')
        missing = []
        for cmd, sub in usage_commands(usage_text(ROOT, 'cmd/orderctl/main.c')):
            if not any(c == cmd and (not s or s == sub) for c, s, _ in rows):
                missing.append(cmd + (' ' + sub if sub else ''))
        self.assertEqual(missing, [], 'orderctl commands without a row in takes[]')


def man_sections(rel):
    """{section title: text} of a scdoc page ("# TITLE" lines)."""
    out, title = {}, ''
    for line in read(rel).splitlines():
        m = re.match(r'^# (.+)$', line)
        if m:
            title = m.group(1).strip()
            continue
        out[title] = out.get(title, '') + line + '\n'
    return out


def man_heads(text):
    """Names defined in a scdoc page part: the bold word that starts a
    definition line (`*name* (type...)` followed by a tab-indented line)."""
    return set(re.findall(r'^\*([^*\s]+)\*', text, re.M))


class ManPagesMatchCode(unittest.TestCase):
    """docs/man/*.scd (installed as orderd(8), orderctl(1), orderd.yaml(5),
    orderd-rules(5)) name every key, command, option and rule type the code
    has, and the key lists name no key the code lacks."""

    def test_orderd_yaml_5_has_every_key(self):
        page = 'docs/man/orderd.yaml.5.scd'
        parts = man_sections(page)
        problems = []
        main = man_heads(parts.get('MAIN FILE', ''))
        chan = man_heads(parts.get('CHANNEL FILES', ''))
        for table, (section, keys) in config_tables().items():
            for key, _ in keys:
                if section is None:
                    if key not in chan:
                        problems.append('channel key %s missing from CHANNEL FILES' % key)
                else:
                    want = key if not section else section + '.' + key
                    if want not in main:
                        problems.append('%s missing from MAIN FILE' % want)
        items = connector_item_tables()
        for kind, (_, keys, nested) in connector_tables_nested().items():
            title = 'KIND ' + kind
            if title not in parts:
                problems.append('no section "%s"' % title)
                continue
            have = man_heads(parts[title])
            want = {k for k, _ in keys}
            for sec, skeys in nested.items():
                want |= {sec + '.' + k for k, _ in skeys}
            for (sec, key), ikeys in items.get(kind, {}).items():
                want |= {k for k, _ in ikeys}
            for k in sorted(want - have):
                problems.append('%s: %s missing' % (title, k))
            for k in sorted(have - want):
                problems.append('%s: %s is not a key of the code' % (title, k))
        self.assertEqual(problems, [], page)

    def test_orderctl_1_has_every_command_and_option(self):
        text = usage_text(ROOT, 'cmd/orderctl/main.c')
        page = read('docs/man/orderctl.1.scd')
        commands = man_sections('docs/man/orderctl.1.scd').get('COMMANDS', '')
        missing = []
        for cmd, sub in usage_commands(text):
            cmd += ' ' + sub if sub else ''
            if not re.search(r'^\*%s\*' % re.escape(cmd), commands, re.M):
                missing.append('command ' + cmd)
        for opt in sorted(usage_options(text)):
            if not re.search(r'\*%s\*' % re.escape(opt), page):
                missing.append('option ' + opt)
        self.assertEqual(missing, [], 'orderctl usage not covered by orderctl(1)')

    def test_orderd_8_has_every_option(self):
        src = read('cmd/orderd/main.c')
        opts = re.findall(r'\{"([a-z-]+)",\s*(?:no|required)_argument', src)
        self.assertIn('once', opts)
        page = read('docs/man/orderd.8.scd')
        missing = [o for o in opts if not re.search(r'\*--%s\*' % re.escape(o), page)]
        self.assertEqual(missing, [], 'orderd options missing from orderd(8)')

    def test_orderd_rules_5_has_every_type_key_and_action(self):
        src = strip_comments(read('lib/rules.c'))
        types = re.findall(r'\[OD_RULE_\w+\]\s*=\s*\{"(\w+)",\s*\{([^}]*)\}', src)
        self.assertGreater(len(types), 10)
        m = re.search(r'common_keys\[\]\s*=\s*\{([^}]*)\}', src)
        common = re.findall(r'"(\w+)"', m.group(1))
        actions = re.findall(r'\[OD_ACTION_\w+\]\s*=\s*"(\w+)"', src)
        m = re.search(r'top_keys\[\]\s*=\s*\{([^}]*)\}', src)
        top = re.findall(r'"(\w+)"', m.group(1))
        parts = man_sections('docs/man/orderd-rules.5.scd')
        problems = []
        for key in top:
            if key not in man_heads(parts.get('TOP LEVEL', '')):
                problems.append('top-level key ' + key)
        for key in common:
            if key not in man_heads(parts.get('KEYS OF EVERY RULE', '')):
                problems.append('rule key ' + key)
        rtypes = parts.get('RULE TYPES', '')
        for name, params in types:
            m = re.search(r'^\*%s\*([^\n]*)' % re.escape(name), rtypes, re.M)
            if not m:
                problems.append('rule type ' + name)
                continue
            for p in re.findall(r'"(\w+)"', params):
                if '*%s*' % p not in m.group(1):
                    problems.append('parameter %s of %s' % (p, name))
        for a in actions:
            if '*%s*' % a not in parts.get('KEYS OF EVERY RULE', ''):
                problems.append('action ' + a)
        self.assertEqual(problems, [], 'orderd-rules(5) misses')

def testing_row(doc, kind):
    """The "Runs" cell of the row of docs/testing.md's table whose first
    cell is `kind` (e.g. "Unit (cmocka, table-driven)")."""
    for line in doc.splitlines():
        cells = [c.strip() for c in line.strip().strip('|').split('|')]
        if line.startswith('|') and len(cells) >= 3 and cells[0].startswith(kind):
            return cells[2]
    return None


def listed_names(cell):
    """The names a "Runs" cell lists: "money, time, shopify (the order
    normalizer), xlsx (...)" -> ["money", "time", "shopify", "xlsx"]; the
    entries are split at the commas outside parentheses."""
    names, depth, entry = [], 0, ''
    for ch in cell + ',':
        if ch == '(':
            depth += 1
        elif ch == ')':
            depth -= 1
        if ch == ',' and depth == 0:
            m = re.match(r'\s*`?(\w+)', entry)
            if m:
                names.append(m.group(1))
            entry = ''
        else:
            entry += ch
    return names


class TestingDocListsEveryTest(unittest.TestCase):
    """docs/testing.md, "What is tested where", names every test file."""

    def setUp(self):
        self.doc = read('docs/testing.md')

    def files(self, pattern, prefix, suffix):
        names = (os.path.basename(p) for p in glob.glob(os.path.join(ROOT, pattern)))
        return sorted(n[len(prefix):len(n) - len(suffix)] for n in names)

    def check(self, kind, have, listed):
        self.assertGreater(len(have), 3, 'no %s files found' % kind)
        self.assertEqual(sorted(set(have) - set(listed)), [],
                         '%s not listed in docs/testing.md' % kind)
        self.assertEqual(sorted(set(listed) - set(have)), [],
                         '%s listed in docs/testing.md but not in tests/' % kind)

    def test_unit_tests_are_listed(self):
        cell = testing_row(self.doc, 'Unit')
        self.assertIsNotNone(cell, 'no "Unit" row in docs/testing.md')
        self.check('unit tests', self.files('tests/unit/test_*.c', 'test_', '.c'),
                   listed_names(cell))

    def test_fuzz_targets_are_listed(self):
        cell = testing_row(self.doc, 'Fuzz targets')
        self.assertIsNotNone(cell, 'no "Fuzz targets" row in docs/testing.md')
        self.check('fuzz targets', self.files('tests/fuzz/fuzz_*.c', 'fuzz_', '.c'),
                   listed_names(cell))

    def test_integration_files_are_listed(self):
        cell = testing_row(self.doc, 'Integration')
        self.assertIsNotNone(cell, 'no "Integration" row in docs/testing.md')
        self.check('integration files',
                   self.files('tests/integration/test_*.py', '', ''),
                   re.findall(r'`(test_\w+\.py)`', cell))

    def test_built_tests_are_the_files(self):
        # A file that meson.build does not list is never run.
        build = read('tests/meson.build')
        for var, pattern, prefix in (('unit_tests', 'tests/unit/test_*.c', 'test_'),
                                     ('fuzz_targets', 'tests/fuzz/fuzz_*.c', 'fuzz_')):
            m = re.search(r'^%s = \[(.*?)\]' % var, build, re.S | re.M)
            self.assertIsNotNone(m, '%s not found in tests/meson.build' % var)
            self.assertEqual(sorted(re.findall(r"'(\w+)'", m.group(1))),
                             self.files(pattern, prefix, '.c'), var)


if __name__ == '__main__':
    unittest.main()
