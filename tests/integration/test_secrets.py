"""Secret files and public identifiers (hardening issue, items 4 and 5).

A `{file: PATH}` secret that group or others may read or write is
refused by `orderd --check` with the path and the mode, as OpenSSH
refuses such keys, unless `allow_readable_secret_files: true`; the mode
is the one of the file a symbolic link leads to. An app's public
identifier (app_key, client_id) may be written inline; its secret may
not. No database is needed: `--check` does not connect."""
import os

from harness import OrderdCase

TOKEN = 'shpat_secret_file_canary'


class SecretFileModes(OrderdCase):
    channels = {}

    def shop(self, ref):
        with open(os.path.join(self.etc, 'channels.d', 'shop.yaml'), 'w') as f:
            f.write('name: shop\nkind: shopify\nshopify:\n'
                    '  shop_url: https://acme.myshopify.com\n'
                    '  access_token: {file: %s}\n' % ref)

    def token_file(self, name, mode):
        path = os.path.join(self.etc, name)
        with open(path, 'w') as f:
            f.write(TOKEN + '\n')
        os.chmod(path, mode)
        return path

    def check(self):
        return self.run_prog('orderd', '--check', check=False)

    def assert_refused(self, out, path, mode):
        self.assertEqual(out.returncode, 2, out.stderr)
        self.assertIn('shop.yaml:5:', out.stderr)
        self.assertIn('secret file %s may be read or written by group or others (mode %04o)'
                      % (path, mode), out.stderr)
        self.assertNotIn(TOKEN, out.stderr)

    def test_owner_only_modes_are_accepted(self):
        for mode in (0o600, 0o400):
            with self.subTest(mode=oct(mode)):
                self.token_file('token', mode)
                self.shop('../token')
                out = self.check()
                self.assertEqual(out.returncode, 0, out.stderr)

    def test_group_or_world_access_is_refused(self):
        for mode in (0o644, 0o640, 0o604, 0o620):
            with self.subTest(mode=oct(mode)):
                self.token_file('token', mode)
                self.shop('../token')
                self.assert_refused(self.check(), os.path.join(self.etc, 'channels.d', '../token'),
                                    mode)

    def test_a_link_is_judged_by_its_target(self):
        open_target = self.token_file('open-token', 0o644)
        private_target = self.token_file('private-token', 0o600)
        link = os.path.join(self.etc, 'token-link')
        os.symlink(open_target, link)
        self.shop('../token-link')
        self.assert_refused(self.check(), os.path.join(self.etc, 'channels.d', '../token-link'),
                            0o644)
        os.unlink(link)
        os.symlink(private_target, link)
        out = self.check()
        self.assertEqual(out.returncode, 0, out.stderr)

    def test_the_top_level_switch_accepts_them(self):
        self.token_file('token', 0o644)
        self.shop('../token')
        self.write_main_config('allow_readable_secret_files: true\n')
        out = self.check()
        self.assertEqual(out.returncode, 0, out.stderr)


class PublicIdentifiers(OrderdCase):
    channels = {}
    KINDS = {'douyin': 'app_key', 'taobao': 'app_key', 'jd': 'app_key', 'pinduoduo': 'client_id'}
    SECRETS = {'douyin': 'app_secret', 'taobao': 'app_secret', 'jd': 'app_secret',
               'pinduoduo': 'client_secret'}
    TOKENS = {'douyin': 'access_token', 'taobao': 'session', 'jd': 'access_token',
              'pinduoduo': 'access_token'}

    def setUp(self):
        super().setUp()
        os.environ['PUBLIC_ID_SECRET'] = 'app-secret-value'
        self.addCleanup(os.environ.pop, 'PUBLIC_ID_SECRET', None)

    def channel(self, kind, inline_secret=False):
        secret = 'inline-secret' if inline_secret else '{env: PUBLIC_ID_SECRET}'
        with open(os.path.join(self.etc, 'channels.d', kind + '.yaml'), 'w') as f:
            f.write('name: %s-shop\nkind: %s\n%s:\n  %s: "7300000000000000001"\n'
                    '  %s: %s\n  %s: {env: PUBLIC_ID_SECRET}\n'
                    % (kind, kind, kind, self.KINDS[kind], self.SECRETS[kind], secret,
                       self.TOKENS[kind]))

    def test_an_inline_app_key_is_accepted(self):
        for kind in self.KINDS:
            with self.subTest(kind=kind):
                self.channel(kind)
                out = self.run_prog('orderd', '--check', check=False)
                self.assertEqual(out.returncode, 0, out.stderr)
                os.unlink(os.path.join(self.etc, 'channels.d', kind + '.yaml'))

    def test_an_inline_app_secret_is_still_refused(self):
        for kind in self.KINDS:
            with self.subTest(kind=kind):
                self.channel(kind, inline_secret=True)
                out = self.run_prog('orderd', '--check', check=False)
                self.assertEqual(out.returncode, 2)
                self.assertIn('%s: secrets must not be inline' % self.SECRETS[kind], out.stderr)
                self.assertNotIn('inline-secret', out.stderr)
                os.unlink(os.path.join(self.etc, 'channels.d', kind + '.yaml'))


class DatabasePassword(OrderdCase):
    """libpq quotes a password it cannot parse ("invalid percent-encoded
    token") without returning it from PQpass(): orderd and orderctl mask
    it all the same (issue 18)."""
    channels = {'shop': {'currency': 'CNY'}}
    PASSWORD = 'p%zzCanary7'

    def test_a_malformed_password_is_not_echoed(self):
        for url in ('postgresql://orderd:%s@127.0.0.1:1/orderd' % self.PASSWORD,
                    "host=127.0.0.1 port=1 password='%s' sslmode=bogus" % self.PASSWORD):
            with self.subTest(url=url):
                with open(os.path.join(self.etc, 'orderd.yaml'), 'w') as f:
                    f.write('database:\n  url: "%s"\nchannels_dir: channels.d\n' % url)
                for prog, args in (('orderctl', ('orders',)), ('orderd', ('--once',))):
                    out = self.run_prog(prog, *args, check=False)
                    self.assertNotEqual(out.returncode, 0, out.stderr)
                    self.assertIn('cannot connect to the database', out.stderr)
                    self.assertNotIn('zzCanary7', out.stderr + out.stdout)
                if url.startswith('postgresql:'):
                    self.assertIn('invalid percent-encoded token: "REDACTED"', out.stderr)
