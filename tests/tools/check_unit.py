#!/usr/bin/env python3
"""Checks the systemd unit that meson builds (build/orderd.service):
systemd-analyze verify finds nothing wrong with it, its exposure score
(systemd-analyze security --offline) is at most --max-exposure, and it
is a notify service with a watchdog. The Exec paths are pointed at the
orderd just built, so verify can see an executable there.

    check_unit.py UNIT ORDERD [--max-exposure 2.0]"""
import argparse
import os
import re
import subprocess
import sys
import tempfile


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('unit')
    ap.add_argument('orderd')
    ap.add_argument('--max-exposure', type=float, default=2.0)
    a = ap.parse_args()
    with open(a.unit) as f:
        text = f.read()
    problems = []
    for key, want in (('Type', 'notify'), ('NotifyAccess', 'main')):
        if not re.search(r'^%s=%s$' % (key, want), text, re.M):
            problems.append('%s=%s missing' % (key, want))
    if not re.search(r'^WatchdogSec=\d+s?$', text, re.M):
        problems.append('WatchdogSec= missing')
    exe = os.path.abspath(a.orderd)
    text = re.sub(r'^(ExecStart(?:Pre)?=)\S+/orderd', r'\1' + exe, text, flags=re.M)
    with tempfile.TemporaryDirectory() as d:
        path = os.path.join(d, 'orderd.service')
        with open(path, 'w') as f:
            f.write(text)
        out = subprocess.run(['systemd-analyze', 'verify', path], capture_output=True, text=True)
        noise = [l for l in (out.stdout + out.stderr).splitlines() if l.strip()]
        if out.returncode != 0 or noise:
            problems.append('systemd-analyze verify:\n  ' + '\n  '.join(noise))
        out = subprocess.run(['systemd-analyze', 'security', '--offline=yes', '--no-pager', path],
                             capture_output=True, text=True)
        m = re.search(r'Overall exposure level for \S+: ([0-9.]+)', out.stdout + out.stderr)
        if not m:
            problems.append('no exposure level from systemd-analyze security:\n' + out.stdout
                            + out.stderr)
        else:
            level = float(m.group(1))
            print('exposure level %.1f (at most %.1f)' % (level, a.max_exposure))
            if level > a.max_exposure:
                problems.append('exposure %.1f > %.1f:\n%s' % (
                    level, a.max_exposure,
                    '\n'.join(l for l in out.stdout.splitlines() if l.startswith('✗'))))
    for p in problems:
        print('check_unit: ' + p, file=sys.stderr)
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main())
