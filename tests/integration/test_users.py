"""The clerk's console's users through orderctl (lib/users.c, migration
0012): `user add NAME --role R` with the password on stdin (never in
argv), `user list`, `user passwd NAME`, `user disable NAME`; only an
Argon2id hash is stored; a new password or disabling ends the user's
sessions; bad names, roles and passwords are refused."""
import json
import os
import subprocess

from harness import BIN_DIR, OrderdCase


class Users(OrderdCase):

    def user(self, *args, stdin='', check=True):
        env = dict(os.environ)
        env.pop('ORDERD_DATABASE_URL', None)
        out = subprocess.run([os.path.join(BIN_DIR, 'orderctl'), '--config', self.config, 'user']
                             + list(args), input=stdin, capture_output=True, text=True,
                             timeout=120, env=env)
        if check and out.returncode != 0:
            raise AssertionError('orderctl user %s exited %d\n%s%s'
                                 % (' '.join(args), out.returncode, out.stdout, out.stderr))
        return out

    def listed(self):
        return {u['name']: u for u in json.loads(self.user('list', '--format', 'json').stdout)}

    def test_add_list_passwd_disable(self):
        self.user('add', 'li.ming', '--role', 'clerk', stdin='s3cret-pass\n')
        self.user('add', 'boss', '--role', 'admin', stdin='another-pass')
        got = self.listed()
        self.assertEqual({n: (u['role'], u['disabled']) for n, u in got.items()},
                         {'li.ming': ('clerk', False), 'boss': ('admin', False)})
        h = self.sql("SELECT password_hash FROM web_users WHERE name = 'li.ming'")[0][0]
        self.assertTrue(h.startswith('$argon2id$'), h)
        self.assertNotIn('s3cret-pass', h)
        table = self.user('list').stdout
        self.assertIn('li.ming', table)
        self.assertIn('(2 users)', table)

        # sessions of a user end with a new password and when disabled
        self.sql("INSERT INTO web_sessions (token_hash, user_name, csrf) VALUES "
                 "(repeat('a', 64), 'li.ming', repeat('c', 64)), "
                 "(repeat('b', 64), 'boss', repeat('c', 64))")
        self.user('passwd', 'li.ming', stdin='new-password\n')
        h2 = self.sql("SELECT password_hash FROM web_users WHERE name = 'li.ming'")[0][0]
        self.assertNotEqual(h, h2)
        self.assertEqual(self.sql('SELECT user_name FROM web_sessions'), [['boss']])
        out = self.user('disable', 'boss')
        self.assertIn('boss disabled', out.stdout)
        self.assertEqual(self.sql('SELECT count(*) FROM web_sessions'), [['0']])
        self.assertTrue(self.listed()['boss']['disabled'])

    def test_refusals(self):
        self.user('add', 'li.ming', '--role', 'clerk', stdin='s3cret-pass\n')
        dup = self.user('add', 'li.ming', '--role', 'viewer', stdin='s3cret-pass\n', check=False)
        self.assertEqual(dup.returncode, 1)
        self.assertIn('user li.ming exists', dup.stderr)
        cases = [
            (('add', 'x', '--role', 'root'), 'pw-long-enough\n', 2, 'needs --role'),
            (('add', 'x'), 'pw-long-enough\n', 2, 'needs --role'),
            (('add', 'bad name', '--role', 'clerk'), 'pw-long-enough\n', 2, 'a user name is'),
            (('add', 'x', '--role', 'clerk'), 'short\n', 1, 'shorter than 8'),
            (('add', 'x', '--role', 'clerk'), '', 1, 'no password on stdin'),
            (('add', 'x', '--role', 'clerk'), 'y' * 2000 + '\n', 1, 'longer than 1024'),
            (('passwd', 'nobody'), 'pw-long-enough\n', 1, 'no user nobody'),
            (('disable', 'nobody'), '', 1, 'no user nobody'),
            (('list', '--role', 'clerk'), '', 2, 'does not take --role'),
        ]
        for args, stdin, code, msg in cases:
            out = self.user(*args, stdin=stdin, check=False)
            self.assertEqual(out.returncode, code, (args, out.stderr))
            self.assertIn(msg, out.stderr, args)
        self.assertEqual(sorted(self.listed()), ['li.ming'])
