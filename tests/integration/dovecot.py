"""A real Dovecot for the IMAP tests, started from a private configuration
in a temporary directory: Maildir storage, one passwd-file user, a plain
listener (with STARTTLS) and an implicit-TLS listener on loopback ports.

Certificates are made with the openssl command, once per process:
  - ca.pem: the test CA; srv-good.pem is signed by it for localhost
    (DNS:localhost, IP:127.0.0.1);
  - srv-wronghost.pem: signed by the same CA, for other.example;
  - srv-unknownca.pem: for localhost, signed by a CA nobody trusts;
  - srv-clientonly.pem: signed by the test CA for localhost, but its
    extended key usage allows TLS clients only.
Dovecot(tmp, cert='good'|'wronghost'|'unknownca') picks the TLS certificate.

Works as root (the mail user is dovecot's own unprivileged account, and
the login and anvil services run without chroot) and as a normal user
(everything runs as that user). Mail is delivered with IMAP APPEND."""
import imaplib
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time

from harness import free_port  # the worker's port range under run.py -j

USER = 'orders'
PASSWORD = 'imap-test-pw-7'
DOVECOT = shutil.which('dovecot') or '/usr/sbin/dovecot'

_certs = None


def certs():
    """Directory with the test CA and the three server certificates."""
    global _certs
    if _certs:
        return _certs
    d = tempfile.mkdtemp(prefix='orderd-imap-certs-')

    def run(*args):
        subprocess.run(['openssl'] + list(args), check=True, capture_output=True, cwd=d)

    def server(name, cn, san, ca, ext=''):
        run('req', '-newkey', 'rsa:2048', '-nodes', '-keyout', name + '.key', '-out', name + '.csr',
            '-subj', '/CN=' + cn)
        with open(os.path.join(d, name + '.cnf'), 'w') as f:
            f.write('subjectAltName=%s\n%s' % (san, ext))
        run('x509', '-req', '-in', name + '.csr', '-CA', ca + '.pem', '-CAkey', ca + '.key',
            '-CAcreateserial', '-out', name + '.pem', '-days', '2', '-extfile', name + '.cnf')

    run('req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'ca.key', '-out', 'ca.pem',
        '-days', '2', '-subj', '/CN=orderd IMAP test CA')
    run('req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'other-ca.key', '-out',
        'other-ca.pem', '-days', '2', '-subj', '/CN=unknown CA')
    server('srv-good', 'localhost', 'DNS:localhost,IP:127.0.0.1', 'ca')
    server('srv-wronghost', 'other.example', 'DNS:other.example', 'ca')
    server('srv-unknownca', 'localhost', 'DNS:localhost,IP:127.0.0.1', 'other-ca')
    server('srv-clientonly', 'localhost', 'DNS:localhost,IP:127.0.0.1', 'ca',
           'extendedKeyUsage=clientAuth\n')
    for f in os.listdir(d):
        os.chmod(os.path.join(d, f), 0o644)
    os.chmod(d, 0o755)
    _certs = d
    return d


class Dovecot:
    def __init__(self, tmp, cert='good', capability=None):
        self.dir = os.path.join(tmp, 'dovecot-' + cert)
        self.cert = cert
        # The capability list announced after login (None = Dovecot's);
        # to test the fallbacks without IDLE, MOVE or UIDPLUS.
        self.capability = capability
        self.port = free_port()
        self.tls_port = free_port()
        self.proc = None

    @property
    def ca_file(self):
        return os.path.join(certs(), 'ca.pem')

    def _accounts(self):
        if os.getuid() == 0:
            mail = pwd.getpwnam('dovecot')
            return 'dovecot', 'dovenull', mail.pw_uid, mail.pw_gid
        me = pwd.getpwuid(os.getuid())
        return me.pw_name, me.pw_name, os.getuid(), os.getgid()

    def start(self):
        c = certs()
        internal, login, uid, gid = self._accounts()
        os.makedirs(self.dir)
        os.chmod(self.dir, 0o755)
        # Dovecot's unprivileged processes must reach the files below.
        parent = os.path.dirname(self.dir)
        os.chmod(parent, os.stat(parent).st_mode | 0o111)
        for sub in ('run', 'state', 'mail'):
            os.makedirs(os.path.join(self.dir, sub))
        os.chown(os.path.join(self.dir, 'mail'), uid, gid)
        with open(os.path.join(self.dir, 'passwd'), 'w') as f:
            f.write('%s:{PLAIN}%s::::::\n' % (USER, PASSWORD))
        os.chmod(os.path.join(self.dir, 'passwd'), 0o644)
        conf = os.path.join(self.dir, 'dovecot.conf')
        with open(conf, 'w') as f:
            f.write('''
base_dir = {d}/run
state_dir = {d}/state
log_path = {d}/dovecot.log
protocols = imap
listen = 127.0.0.1
default_internal_user = {internal}
default_login_user = {login}
first_valid_uid = {uid}
last_valid_uid = 0
ssl = yes
ssl_cert = <{c}/srv-{cert}.pem
ssl_key = <{c}/srv-{cert}.key
disable_plaintext_auth = no
auth_mechanisms = plain login
mail_location = maildir:{d}/mail/%u
mailbox_idle_check_interval = 1 secs
{capability}
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {d}/passwd
}}
userdb {{
  driver = static
  args = uid={uid} gid={gid} home={d}/mail/%u
}}
namespace inbox {{
  inbox = yes
  separator = /
}}
service imap-login {{
  chroot =
  inet_listener imap {{
    address = 127.0.0.1
    port = {port}
  }}
  inet_listener imaps {{
    address = 127.0.0.1
    port = {tls_port}
    ssl = yes
  }}
}}
service anvil {{
  chroot =
}}
service stats {{
  unix_listener stats-reader {{
    mode = 0666
  }}
  unix_listener stats-writer {{
    mode = 0666
  }}
}}
'''.format(d=self.dir, c=c, cert=self.cert, internal=internal, login=login, uid=uid, gid=gid,
           port=self.port, tls_port=self.tls_port,
           capability='imap_capability = ' + self.capability if self.capability else ''))
        self.proc = subprocess.Popen([DOVECOT, '-F', '-c', conf], stdout=subprocess.DEVNULL,
                                     stderr=open(os.path.join(self.dir, 'stderr.log'), 'w'))
        deadline = time.time() + 20
        while time.time() < deadline:
            if self.proc.poll() is not None:
                raise AssertionError('dovecot exited: ' + self.log())
            try:
                with socket.create_connection(('127.0.0.1', self.port), timeout=1) as s:
                    if s.recv(100).startswith(b'* OK'):
                        return self
            except OSError:
                pass
            time.sleep(0.1)
        raise AssertionError('dovecot did not start: ' + self.log())

    def restart(self, down_s=0.0):
        """Stop the server and start it again on the same ports and mail
        store after `down_s` seconds (what an upgrade or a crash does)."""
        self.stop()
        time.sleep(down_s)
        conf = os.path.join(self.dir, 'dovecot.conf')
        with open(os.path.join(self.dir, 'stderr.log'), 'a') as err:
            self.proc = subprocess.Popen([DOVECOT, '-F', '-c', conf], stdout=subprocess.DEVNULL,
                                         stderr=err)
        deadline = time.time() + 20
        while time.time() < deadline:
            if self.proc.poll() is not None:
                raise AssertionError('dovecot exited: ' + self.log())
            try:
                with socket.create_connection(('127.0.0.1', self.port), timeout=1) as s:
                    if s.recv(100).startswith(b'* OK'):
                        return self
            except OSError:
                pass
            time.sleep(0.1)
        raise AssertionError('dovecot did not start again: ' + self.log())

    def stop(self):
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.proc = None

    def log(self):
        out = ''
        for name in ('dovecot.log', 'stderr.log'):
            try:
                with open(os.path.join(self.dir, name), errors='replace') as f:
                    out += f.read()[-3000:]
            except OSError:
                pass
        return out

    # ---- a client for the tests ------------------------------------------

    def client(self):
        m = imaplib.IMAP4('127.0.0.1', self.port)
        m.login(USER, PASSWORD)
        return m

    def append(self, messages, mailbox='INBOX'):
        """APPEND each message (bytes or str); returns how many."""
        m = self.client()
        try:
            if mailbox != 'INBOX':
                m.create(mailbox)
            for msg in messages:
                if isinstance(msg, str):
                    msg = msg.encode('utf-8')
                typ, data = m.append(mailbox, None, None, msg)
                if typ != 'OK':
                    raise AssertionError('APPEND failed: %r' % data)
        finally:
            m.logout()
        return len(messages)

    def uids(self, mailbox='INBOX'):
        m = self.client()
        try:
            typ, _ = m.select('"%s"' % mailbox)
            if typ != 'OK':
                return []
            typ, data = m.uid('SEARCH', None, 'ALL')
            return [int(x) for x in data[0].split()]
        finally:
            m.logout()

    def flags(self, mailbox='INBOX'):
        """{uid: set of flags}"""
        m = self.client()
        try:
            m.select('"%s"' % mailbox)
            typ, data = m.uid('FETCH', '1:*', '(FLAGS)')
            out = {}
            for item in data:
                if not item:
                    continue
                text = item.decode() if isinstance(item, bytes) else item[0].decode()
                uid = int(text.split('UID ')[1].split()[0].rstrip(')'))
                flags = text.split('FLAGS (')[1].split(')')[0].split()
                out[uid] = set(flags)
            return out
        finally:
            m.logout()

    def uidvalidity(self, mailbox='INBOX'):
        m = self.client()
        try:
            typ, data = m.status('"%s"' % mailbox, '(UIDVALIDITY)')
            return int(data[0].decode().split('UIDVALIDITY ')[1].rstrip(')'))
        finally:
            m.logout()
