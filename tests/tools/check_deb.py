#!/usr/bin/env python3
"""Checks the Debian package that scripts/build-deb makes: what it holds
(dpkg-deb -c), its conffiles and control fields, and that the programs
unpacked into a scratch root run (--version, and --check of the shipped
configuration). The unit inside is checked like the build's
(check_unit.py).

    check_deb.py PACKAGE.deb PROJECT_VERSION"""
import gzip
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))

WANT = [
    './usr/bin/orderd', './usr/bin/orderctl',
    './usr/share/man/man8/orderd.8.gz', './usr/share/man/man1/orderctl.1.gz',
    './usr/share/man/man5/orderd.yaml.5.gz', './usr/share/man/man5/orderd-rules.5.gz',
    './etc/orderd/orderd.yaml', './etc/orderd/rules.yaml', './etc/orderd/channels.d/',
    './lib/systemd/system/orderd.service', './usr/lib/sysusers.d/orderd.conf',
    './usr/share/doc/orderd/copyright',
    './usr/share/orderd/schema/orderd.schema.json', './usr/share/orderd/schema/channel.schema.json',
    './usr/share/orderd/schema/rules.schema.json',
    './usr/share/bash-completion/completions/orderd',
    './usr/share/bash-completion/completions/orderctl',
]
CONFFILES = {'/etc/orderd/orderd.yaml', '/etc/orderd/rules.yaml'}


def run(*args, **kw):
    return subprocess.run(list(args), capture_output=True, text=True, **kw)


def main():
    deb, version = sys.argv[1], sys.argv[2]
    problems = []
    listing = run('dpkg-deb', '-c', deb).stdout
    paths = {line.split()[5]: line.split()[0] for line in listing.splitlines()
             if len(line.split()) >= 6}
    for p in WANT:
        if p not in paths:
            problems.append('missing from the package: ' + p)
    for p in ('./etc/orderd/orderd.yaml', './etc/orderd/rules.yaml'):
        if paths.get(p, '')[-3:] != '---':
            problems.append('%s is readable by others: %s' % (p, paths.get(p)))
    if any('/tests/' in p or p.endswith('.a') for p in paths):
        problems.append('test programs or static libraries in the package')
    fields = run('dpkg-deb', '-f', deb, 'Package', 'Version', 'Architecture').stdout
    if not re.search(r'^Version: %s$' % re.escape(version), fields, re.M):
        problems.append('package version is not the project version %s:\n%s' % (version, fields))
    with tempfile.TemporaryDirectory() as d:
        ctl = os.path.join(d, 'DEBIAN')
        run('dpkg-deb', '-e', deb, ctl, check=True)
        with open(os.path.join(ctl, 'conffiles')) as f:
            conf = set(f.read().split())
        if conf != CONFFILES:
            problems.append('conffiles %s, want %s' % (sorted(conf), sorted(CONFFILES)))
        root = os.path.join(d, 'root')
        run('dpkg-deb', '-x', deb, root, check=True)
        out = run(os.path.join(root, 'usr/bin/orderd'), '--version')
        if out.returncode != 0 or out.stdout.strip() != 'orderd ' + version:
            problems.append('orderd --version from the package: %r %r' % (out.stdout, out.stderr))
        out = run(os.path.join(root, 'usr/bin/orderctl'), '--version')
        if out.returncode != 0 or out.stdout.strip() != 'orderctl ' + version:
            problems.append('orderctl --version from the package: %r' % out.stdout)
        out = run(os.path.join(root, 'usr/bin/orderd'), '--config',
                  os.path.join(root, 'etc/orderd/orderd.yaml'), '--check')
        if out.returncode != 0 or 'is valid: 0 channels' not in out.stdout:
            problems.append('orderd --check of the shipped configuration: %r %r'
                            % (out.stdout, out.stderr))
        with gzip.open(os.path.join(root, 'usr/share/man/man5/orderd.yaml.5.gz'), 'rt') as f:
            if not re.search(r'^\.TH "orderd\.yaml" "5"', f.read(), re.M):
                problems.append('orderd.yaml.5.gz is not a man page of section 5')
        unit = os.path.join(root, 'lib/systemd/system/orderd.service')
        with open(unit) as f:
            if not re.search(r'^ExecStart=/usr/bin/orderd ', f.read(), re.M):
                problems.append('the unit does not start /usr/bin/orderd')
        out = run(sys.executable, os.path.join(HERE, 'check_unit.py'), unit,
                  os.path.join(root, 'usr/bin/orderd'))
        if out.returncode != 0:
            problems.append('unit: ' + out.stderr)
    for p in problems:
        print('check_deb: ' + p, file=sys.stderr)
    print('%s: %d files, %s' % (os.path.basename(deb), len(paths),
                                'ok' if not problems else '%d problems' % len(problems)))
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main())
