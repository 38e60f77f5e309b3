"""Integration test harness: a fresh database per test case on the real
PostgreSQL that scripts/test started (ORDERD_DATABASE_URL), a temporary
configuration directory with feed channels, and helpers to run orderd and
orderctl and to query the database with psql."""
import itertools
import json
import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time
import unittest
import urllib.parse
import uuid

BIN_DIR = os.environ.get('ORDERD_BIN_DIR', os.path.join(os.path.dirname(__file__), '../../build/cmd'))
BASE_URL = os.environ.get('ORDERD_DATABASE_URL', '')
DATA_DIR = os.path.join(os.path.dirname(__file__), '..', 'data')


_schemas = {}


def schema(which):
    """orderd --print-schema main|channel|rules, once per process."""
    if which not in _schemas:
        out = subprocess.run([os.path.join(BIN_DIR, 'orderd'), '--print-schema', which],
                             capture_output=True, text=True, check=True)
        _schemas[which] = json.loads(out.stdout)
    return _schemas[which]


def schema_problems(config):
    """What the JSON Schemas say about orderd.yaml at `config`, its channel
    files and its rules file (Debian's python3-jsonschema and
    python3-yaml): one line per problem, [] when they take all."""
    import jsonschema
    import yaml

    def check(which, path):
        try:
            with open(path, encoding='utf-8') as f:
                doc = yaml.safe_load(f)
        except (OSError, UnicodeDecodeError, yaml.YAMLError):
            return []  # orderd read it, or never needed it: nothing a schema can add
        v = jsonschema.Draft202012Validator(schema(which))
        return ['%s: %s at %s' % (path, e.message, '/'.join(str(p) for p in e.absolute_path))
                for e in v.iter_errors(doc if doc is not None else {})]

    if not os.path.isfile(config):
        return []
    problems = check('main', config)
    try:
        with open(config, encoding='utf-8') as f:
            main = yaml.safe_load(f) or {}
    except Exception:
        return problems
    base = os.path.dirname(config)
    chdir = os.path.join(base, main.get('channels_dir') or 'channels.d')
    if os.path.isdir(chdir):
        for name in sorted(os.listdir(chdir)):
            if name.endswith('.yaml') and not name.startswith('.'):
                problems += check('channel', os.path.join(chdir, name))
    rules = main.get('rules')
    if isinstance(rules, str) and os.path.isfile(os.path.join(base, rules)):
        problems += check('rules', os.path.join(base, rules))
    return problems


def alone(test):
    """Mark a test that must run with no other test beside it under
    `run.py -j N`: it restarts the shared PostgreSQL, measures a rate, or
    times its kills or faults against the daemon's own pace."""
    test.orderd_alone = True
    return test


_next_port = itertools.count()


def private(path, flags):
    """An opener for open() that creates a file only its owner may read
    (a secret file orderd accepts): open(p, 'w', opener=private)."""
    return os.open(path, flags, 0o600)


def free_port():
    """A loopback TCP port nothing listens on now, for a server a test
    starts on a given port. Under `run.py -j N` it comes from the worker's
    own range (ORDERD_TEST_PORTS=LO-HI), so that two workers never pick
    the same one between this check and the server's bind; otherwise the
    kernel picks one."""
    lo, _, hi = os.environ.get('ORDERD_TEST_PORTS', '').partition('-')
    if not lo:
        with socket.socket() as s:
            s.bind(('127.0.0.1', 0))
            return s.getsockname()[1]
    lo, hi = int(lo), int(hi)
    for _ in range(hi - lo):
        port = lo + next(_next_port) % (hi - lo)
        with socket.socket() as s:
            try:
                s.bind(('127.0.0.1', port))
            except OSError:
                continue
            return port
    raise AssertionError('no free port in ORDERD_TEST_PORTS=%d-%d' % (lo, hi))


def db_url(name):
    u = urllib.parse.urlsplit(BASE_URL)
    return urllib.parse.urlunsplit((u.scheme, u.netloc, '/' + name, u.query, u.fragment))


def psql(url, sql, *params):
    """Run one statement, return rows as lists of strings (None for NULL).
    Parameters are passed as psql variables and quoted by psql itself."""
    args = ['psql', '-X', '-q', '-A', '-t', '-F', '\x1f', '-R', '\x1e', '-v', 'ON_ERROR_STOP=1', '-P', 'null=\x02NULL',
            '-d', url]
    for i, p in enumerate(params, 1):
        args += ['-v', 'p%d=%s' % (i, p)]
    out = subprocess.run(args, input=sql, capture_output=True, text=True, check=False)
    if out.returncode != 0:
        raise AssertionError('psql failed: %s\n%s' % (out.stderr, sql))
    rows = []
    text = out.stdout[:-1] if out.stdout.endswith('\n') else out.stdout
    for rec in text.split('\x1e'):
        if rec == '':
            continue
        rows.append([None if f == '\x02NULL' else f for f in rec.split('\x1f')])
    return rows


def admin(sql):
    return psql(db_url('postgres'), sql)


class OrderdCase(unittest.TestCase):
    """One database and one config directory per test."""

    channels = {}  # name -> feed settings dict (YAML text built from it)

    def setUp(self):
        # it_w<worker>_…: which run.py worker left a database behind.
        self.dbname = 'it_w%s_%s' % (os.environ.get('ORDERD_TEST_WORKER', '0'), uuid.uuid4().hex[:12])
        admin('CREATE DATABASE %s' % self.dbname)
        self.url = db_url(self.dbname)
        self.tmp = tempfile.mkdtemp(prefix='orderd-it-')
        self.etc = os.path.join(self.tmp, 'etc')
        os.makedirs(os.path.join(self.etc, 'channels.d'))
        self.procs = []
        self.write_main_config()
        for name, settings in self.channels.items():
            self.add_channel(name, settings)
        self.orderctl('migrate')

    def tearDown(self):
        for p in self.procs:
            if p.poll() is None:
                p.kill()
                p.wait()
        shutil.rmtree(self.tmp, ignore_errors=True)
        admin('DROP DATABASE IF EXISTS %s WITH (FORCE)' % self.dbname)

    # ---- configuration ----------------------------------------------------

    def write_main_config(self, extra=''):
        with open(os.path.join(self.etc, 'orderd.yaml'), 'w') as f:
            f.write('database:\n  url: "%s"\nchannels_dir: channels.d\n'
                    'log:\n  level: debug\ningest:\n  batch_size: %d\n'
                    '  backoff_initial: 100ms\n  backoff_cap: 1s\n%s'
                    % (self.url, getattr(self, 'batch_size', 500), extra))

    def drop_dir(self, name):
        return os.path.join(self.tmp, 'drop', name)

    def add_channel(self, name, settings, poll_interval='200ms', enabled=True):
        d = self.drop_dir(name)
        os.makedirs(d, exist_ok=True)
        lines = ['name: %s' % name, 'kind: feed', 'enabled: %s' % ('true' if enabled else 'false'),
                 'poll_interval: %s' % poll_interval, 'feed:', '  dir: %s' % d,
                 '  settle: 0s']
        for k, v in settings.items():
            if isinstance(v, dict):
                lines.append('  %s:' % k)
                for mk, mv in v.items():
                    lines.append('    %s: %s' % (json.dumps(mk, ensure_ascii=False),
                                                 json.dumps(mv, ensure_ascii=False)))
            else:
                lines.append('  %s: %s' % (k, json.dumps(v, ensure_ascii=False)))
        with open(os.path.join(self.etc, 'channels.d', name + '.yaml'), 'w') as f:
            f.write('\n'.join(lines) + '\n')

    @property
    def config(self):
        return os.path.join(self.etc, 'orderd.yaml')

    # ---- files --------------------------------------------------------------

    def drop(self, channel, filename, data):
        """Write a feed file atomically (as a well-behaved exporter would)."""
        d = self.drop_dir(channel)
        tmp = os.path.join(d, filename + '.part')
        with open(tmp, 'wb') as f:
            f.write(data if isinstance(data, bytes) else data.encode('utf-8'))
        os.rename(tmp, os.path.join(d, filename))

    def archived(self, channel):
        d = os.path.join(self.drop_dir(channel), '.done')
        return sorted(os.listdir(d)) if os.path.isdir(d) else []

    def pending(self, channel):
        return sorted(f for f in os.listdir(self.drop_dir(channel)) if not f.startswith('.'))

    # ---- programs -----------------------------------------------------------

    def run_prog(self, prog, *args, check=True, timeout=120, env_extra=None):
        env = dict(os.environ)
        env.pop('ORDERD_DATABASE_URL', None)
        env.update(env_extra or {})
        out = subprocess.run([os.path.join(BIN_DIR, prog), '--config', self.config] + list(args),
                             capture_output=True, text=True, timeout=timeout, env=env)
        if check and out.returncode != 0:
            raise AssertionError('%s %s exited %d\nstdout:\n%s\nstderr:\n%s'
                                 % (prog, ' '.join(args), out.returncode, out.stdout, out.stderr))
        # A configuration orderd took (anything but exit 2) is one its
        # JSON Schemas take too: every test's files check the schemas.
        if prog == 'orderd' and out.returncode != 2 and '--print-schema' not in args:
            problems = schema_problems(self.config)
            if problems:
                raise AssertionError('orderd accepted a configuration its JSON Schema refuses:\n'
                                     + '\n'.join(problems))
        return out

    def orderctl(self, *args, check=True):
        return self.run_prog('orderctl', *args, check=check)

    def once(self, *args, check=True, env_extra=None):
        return self.run_prog('orderd', '--once', *args, check=check, env_extra=env_extra)

    def start_daemon(self, *args, env_extra=None):
        env = dict(os.environ)
        env.pop('ORDERD_DATABASE_URL', None)
        env.update(env_extra or {})
        log = open(os.path.join(self.tmp, 'orderd-%d.log' % len(self.procs)), 'w')
        p = subprocess.Popen([os.path.join(BIN_DIR, 'orderd'), '--config', self.config] + list(args),
                             stdout=log, stderr=subprocess.STDOUT, env=env)
        p.logfile = log.name
        self.procs.append(p)
        return p

    def daemon_log(self, p):
        with open(p.logfile) as f:
            return f.read()

    def orders(self, *args):
        return json.loads(self.orderctl('orders', '--format', 'json', *args).stdout)

    def sql(self, query, *params):
        return psql(self.url, query, *params)

    def wait_for(self, pred, timeout=30, what='condition'):
        deadline = time.time() + timeout
        while time.time() < deadline:
            if pred():
                return
            time.sleep(0.1)
        raise AssertionError('timed out waiting for ' + what)

    def stop(self, p, sig=signal.SIGTERM, timeout=15):
        p.send_signal(sig)
        try:
            return p.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            p.kill()
            p.wait()
            raise AssertionError('orderd did not exit within %ds of %s' % (timeout, sig))
