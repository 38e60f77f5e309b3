"""Least-privilege database roles (migration 0013, issue 16 item 3): the
daemon runs as a login role that is only a member of orderd_ingest, the
clerk's commands as one in orderd_console, reports as one in
orderd_readonly; each may do its work and is refused the rest with a
clear error. And `orderctl migrate` refuses, whole, when the migrating
role can neither create nor join the roles, unless --no-roles.

The login roles are cluster-wide: each test makes its own (a random
name, a random password for clusters that ask one; scripts/common.sh's
cluster trusts loopback) and drops them when done."""
import os
import pwd
import subprocess
import sys
import urllib.parse
import uuid

from harness import BASE_URL, OrderdCase, admin, db_url, psql
from test_audit import HEADER, AuditCase, row

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'fakes'))
import shopify  # noqa: E402

# The schema versions orderd knows: the migration files' numbers.
MIGRATIONS = sorted(int(f[:4]) for f in os.listdir(
    os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'migrations'))
    if f.endswith('.sql'))

TOKEN = 'shpat_roles_0123456789'


def role_url(dbname, user, password):
    u = urllib.parse.urlsplit(BASE_URL)
    netloc = '%s:%s@%s' % (user, password, u.hostname + (':%d' % u.port if u.port else ''))
    return urllib.parse.urlunsplit((u.scheme, netloc, '/' + dbname, u.query, u.fragment))


class RolesCase(AuditCase):
    """A feed channel 'shop' with the audit rules of test_audit, and one
    login role per group role, each with its own orderd.yaml."""

    as_config = None  # run_as: the configuration in use instead of orderd.yaml

    def setUp(self):
        super().setUp()
        self.logins = {}
        for group in ('ingest', 'console', 'readonly'):
            name = 'it_%s_%s' % (group, uuid.uuid4().hex[:10])
            password = uuid.uuid4().hex
            admin("CREATE ROLE %s LOGIN PASSWORD '%s' IN ROLE orderd_%s" % (name, password, group))
            self.addCleanup(admin, 'DROP ROLE IF EXISTS %s' % name)
            url = role_url(self.dbname, name, password)
            path = os.path.join(self.etc, 'orderd-%s.yaml' % group)
            with open(os.path.join(self.etc, 'orderd.yaml')) as f:
                text = f.read().replace('"%s"' % self.url, '"%s"' % url)
            with open(path, 'w') as f:
                f.write(text)
            self.logins[group] = (name, url, path)

    def tearDown(self):
        self.as_config = None
        super().tearDown()  # drops the database; the roles go after (cleanups)

    @property
    def config(self):
        return self.as_config or os.path.join(self.etc, 'orderd.yaml')

    def run_as(self, group, prog, *args):
        """prog (orderd or orderctl) with the configuration of `group`'s
        login role; the CompletedProcess, whatever its exit."""
        self.as_config = self.logins[group][2]
        try:
            return self.run_prog(prog, *args, check=False)
        finally:
            self.as_config = None

    def psql_as(self, group, sql):
        """(exit code, stderr) of one statement run as `group`'s login."""
        out = subprocess.run(['psql', '-X', '-q', '-v', 'ON_ERROR_STOP=1', '-d',
                              self.logins[group][1], '-c', sql],
                             capture_output=True, text=True, timeout=60)
        return out.returncode, out.stderr

    def assert_refused(self, group, sql, why='permission denied'):
        rc, err = self.psql_as(group, sql)
        self.assertNotEqual(rc, 0, '%s was allowed to run: %s' % (group, sql))
        self.assertIn(why, err, sql)

    def assert_ok(self, out):
        self.assertEqual(out.returncode, 0, 'stdout:\n%s\nstderr:\n%s' % (out.stdout, out.stderr))

    def assert_refused_cleanly(self, out):
        """An action the role may not take: exit 1 with the server's
        reason on one 'orderctl: ...' line, not a crash."""
        self.assertEqual(out.returncode, 1, out.stdout + out.stderr)
        self.assertIn('permission denied', out.stderr)
        self.assertNotIn('Sanitizer', out.stderr)


class IngestRole(RolesCase):

    def setUp(self):
        super().setUp()
        self.fake = shopify.ShopifyFake(token=TOKEN, tz='+08:00', orders=30, bad_orders=1).start()
        self.addCleanup(self.fake.stop)
        os.environ['ROLES_SHOP_TOKEN'] = TOKEN
        self.addCleanup(os.environ.pop, 'ROLES_SHOP_TOKEN', None)
        with open(os.path.join(self.etc, 'channels.d', 'web.yaml'), 'w') as f:
            f.write('name: web\nkind: shopify\npoll_interval: 300ms\nshopify:\n'
                    '  shop_url: %s\n  access_token: {env: ROLES_SHOP_TOKEN}\n'
                    '  lag: 1s\n  overlap: 2s\n  timeout: 2s\n' % self.fake.url)

    def test_the_daemon_ingests_as_a_member_of_orderd_ingest_only(self):
        name = self.logins['ingest'][0]
        self.assertEqual(admin("SELECT r.rolsuper, r.rolcreaterole,"
                               " array_to_string(ARRAY(SELECT b.rolname FROM pg_auth_members m"
                               "   JOIN pg_roles b ON b.oid = m.roleid WHERE m.member = r.oid), ',')"
                               " FROM pg_roles r WHERE r.rolname = '%s'" % name),
                         [['f', 'f', 'orderd_ingest']])
        self.drop('shop', 'a.csv', HEADER + row('F1', 'A', 1, '10.00') +
                  row('F2', 'B', 2, '10.00', phone='13700137001') +
                  row('F3', 'C', 1, 'x'))
        out = self.run_as('ingest', 'orderd', '--once')
        self.assert_ok(out)
        self.assertNotIn('permission denied', out.stderr)
        self.assertEqual(self.sql("SELECT channel, count(*) FROM orders GROUP BY 1 ORDER BY 1"),
                         [['shop', '2'], ['web', '29']])
        # The audit ran and reserved stock through the sink's functions.
        self.assertEqual(self.sql("SELECT external_id, audit_outcome FROM orders"
                                  " WHERE channel = 'shop' ORDER BY 1"),
                         [['F1', 'approved'], ['F2', 'held']])
        self.assertEqual(self.reserved('A'), 1)
        self.assertEqual(self.sql("SELECT channel, external_id IS NOT NULL FROM dead_letters"
                                  " ORDER BY 1"), [['shop', 't'], ['web', 't']])
        self.assertEqual(self.sql("SELECT name, state FROM channels ORDER BY 1"),
                         [['shop', 'ok'], ['web', 'ok']])
        self.assertEqual(self.archived('shop'), ['a.csv'])
        # Again: nothing new, nothing doubled.
        self.assert_ok(self.run_as('ingest', 'orderd', '--once'))
        self.assertEqual(self.sql("SELECT count(*), count(DISTINCT (channel, external_id))"
                                  " FROM orders"), [['31', '31']])
        self.assertEqual(self.sql("SELECT count(*) FROM dead_letters"), [['2']])

    def test_the_daemon_writes_the_morning_mail_as_ingest(self):
        # the daily report reads dead letters too; report_sends records it (0016)
        folder = os.path.join(self.tmp, 'outbox')
        os.makedirs(folder)
        path = self.logins['ingest'][2]
        with open(path, 'a') as f:
            f.write('reports:\n  timezone: UTC\n  daily_at: "00:00"\n  dir: %s\n'
                    '  mail: {from: reports@example.com, to: [clerk@example.com]}\n' % folder)
        self.as_config = path
        # an administrator runs orderd_setup_roles() again: 0016's grants
        # stay (0017; before, it revoked them and the mail was refused)
        self.sql("SELECT orderd_setup_roles()")
        self.assertEqual(self.sql("SELECT has_table_privilege('orderd_ingest', 'report_sends',"
                                  " 'INSERT'), has_table_privilege('orderd_ingest',"
                                  " 'dead_letters', 'SELECT'), has_table_privilege("
                                  "'orderd_readonly', 'report_sends', 'SELECT')"),
                         [['t', 't', 't']])
        p = self.start_daemon()
        self.wait_for(lambda: os.listdir(folder) or p.poll() is not None
                      or 'daily report not sent' in self.daemon_log(p), what='the mail file')
        self.as_config = None
        log = self.daemon_log(p)
        self.stop(p)
        self.assertNotIn('daily report not sent', log)
        (eml,) = os.listdir(folder)
        self.assertRegex(eml, r'^daily-\d{4}-\d\d-\d\d\.eml$')
        self.assertEqual(self.sql("SELECT 'daily-' || report_date || '.eml' FROM report_sends"),
                         [[eml]])

    def test_the_ingest_role_may_not_delete_truncate_drop_or_decide(self):
        self.drop('shop', 'a.csv', HEADER + row('F1', 'B', 2, '10.00'))
        self.assert_ok(self.run_as('ingest', 'orderd', '--once', '--channel', 'shop'))
        self.assert_refused('ingest', 'DELETE FROM orders')
        self.assert_refused('ingest', 'DELETE FROM order_lines')
        self.assert_refused('ingest', 'TRUNCATE orders')
        self.assert_refused('ingest', 'TRUNCATE dead_letters')
        self.assert_refused('ingest', 'DROP TABLE orders', 'must be owner')
        self.assert_refused('ingest', 'ALTER TABLE orders ADD COLUMN x int', 'must be owner')
        self.assert_refused('ingest', "UPDATE orders SET audit_outcome = 'approved'")
        self.assert_refused('ingest', "UPDATE orders SET decided_by = 'mallory'")
        self.assert_refused('ingest', "UPDATE orders SET total = 0")
        self.assert_refused('ingest', "INSERT INTO order_events (order_id, kind)"
                                      " SELECT id, 'review' FROM orders")
        self.assert_refused('ingest', "UPDATE inventory SET on_hand = 1000")
        self.assert_refused('ingest', "UPDATE dead_letters SET state = 'discarded'")
        self.assert_refused('ingest', 'CREATE TABLE x (a int)')
        self.assert_refused('ingest', 'SELECT orderd_setup_roles()')
        self.assertEqual(self.sql("SELECT external_id, audit_outcome, decided_by, total::text"
                                  " FROM orders"), [['F1', 'held', 'audit', '20.00']])
        # The column it may update exists only for row locks.
        rc, err = self.psql_as('ingest', 'SELECT id FROM orders FOR UPDATE')
        self.assertEqual(rc, 0, err)


class ConsoleAndReadonlyRoles(RolesCase):
    channels = {'shop': {'timezone': 'Asia/Shanghai', 'currency': 'CNY',
                         'status_map': {'paid': 'paid'}}}

    def setUp(self):
        super().setUp()
        self.drop('shop', 'a.csv', HEADER +
                  row('H1', 'B', 2, '10.00', phone='13700137001') +
                  row('H2', 'NOPE', 1, '10.00', phone='13700137002') +
                  row('D1', 'A', 1, '10.00', status='done') +
                  row('D2', 'A', 1, 'x'))
        self.assert_ok(self.run_as('ingest', 'orderd', '--once'))
        self.held = dict(self.sql("SELECT external_id, id FROM orders WHERE audit_outcome = 'held'"))
        self.assertEqual(sorted(self.held), ['H1', 'H2'])
        self.dead = dict(self.sql("SELECT external_id, id FROM dead_letters"))
        self.assertEqual(sorted(self.dead), ['D1', 'D2'])

    def test_the_console_reviews_and_works_dead_letters(self):
        for args in (('orders',), ('channels',), ('invoices',), ('stock', 'verify'),
                     ('review', 'list'), ('review', 'show', self.held['H1']),
                     ('deadletters', 'list'), ('deadletters', 'show', self.dead['D1'])):
            self.assert_ok(self.run_as('console', 'orderctl', *args))
        self.assert_ok(self.run_as('console', 'orderctl', 'review', 'approve', self.held['H1'],
                                   '--force', '--note', 'ship what we have'))
        self.assert_ok(self.run_as('console', 'orderctl', 'review', 'reject', self.held['H2'],
                                   '--reason', 'unknown product'))
        self.assertEqual(self.sql("SELECT external_id, audit_outcome, decided_by FROM orders"
                                  " WHERE external_id IN ('H1', 'H2') ORDER BY 1"),
                         [['H1', 'approved', self.os_user()], ['H2', 'rejected', self.os_user()]])
        self.assertEqual(self.events('H1')[-1], 'review')
        self.assertEqual(self.events('H2')[-1], 'review')
        # The ops fix for D1's status, then the console retries it: the
        # order is written through the sink's functions.
        self.add_channel('shop', {'timezone': 'Asia/Shanghai', 'currency': 'CNY',
                                  'status_map': {'paid': 'paid', 'done': 'completed'}})
        self.assert_ok(self.run_as('console', 'orderctl', 'deadletters', 'retry', self.dead['D1']))
        self.assert_ok(self.run_as('console', 'orderctl', 'deadletters', 'discard',
                                   self.dead['D2'], '--reason', 'bad price'))
        self.assertEqual(self.sql("SELECT external_id, state FROM dead_letters ORDER BY 1"),
                         [['D1', 'resolved'], ['D2', 'discarded']])
        self.assertEqual(self.sql("SELECT status FROM orders WHERE external_id = 'D1'"),
                         [['completed']])
        # Not the console's: repairing stock, importing reference data,
        # reading platform tokens, deleting.
        self.assert_refused_cleanly(self.run_as('console', 'orderctl', 'stock', 'verify',
                                                '--repair'))
        path = os.path.join(self.tmp, 'inv.csv')
        with open(path, 'w') as f:
            f.write('sku,warehouse,on_hand,reserved\nA,main,99,0\n')
        self.assert_refused_cleanly(self.run_as('console', 'orderctl', 'import', 'inventory', path))
        self.assert_refused('console', 'SELECT * FROM channel_tokens')
        self.assert_refused('console', 'DELETE FROM orders')
        self.assert_refused('console', "UPDATE orders SET audit_outcome = 'approved'")

    def os_user(self):
        me = pwd.getpwuid(os.getuid()).pw_name
        if os.geteuid() == 0 and os.environ.get('SUDO_USER'):
            me = os.environ['SUDO_USER']
        return me

    def test_readonly_reads_and_is_refused_the_actions(self):
        for args in (('orders',), ('orders', '--format', 'json'), ('channels',), ('invoices',),
                     ('stock', 'verify'), ('review', 'list'),
                     ('review', 'show', self.held['H1']), ('deadletters', 'list'),
                     ('deadletters', 'show', self.dead['D1']),
                     ('audit', 'replay', '--rules', os.path.join(self.etc, 'rules.yaml')),
                     ('report', 'daily', '--format', 'json'), ('report', 'weekly')):
            self.assert_ok(self.run_as('readonly', 'orderctl', *args))
        for args in (('review', 'approve', self.held['H1'], '--force'),
                     ('review', 'reject', self.held['H2'], '--reason', 'no'),
                     ('deadletters', 'discard', self.dead['D2'], '--reason', 'no'),
                     ('deadletters', 'retry', self.dead['D1']),
                     ('user', 'list')):  # password hashes: the console's alone
            self.assert_refused_cleanly(self.run_as('readonly', 'orderctl', *args))
        self.assertEqual(self.sql("SELECT external_id, audit_outcome FROM orders"
                                  " WHERE external_id IN ('H1', 'H2') ORDER BY 1"),
                         [['H1', 'held'], ['H2', 'held']])
        self.assertEqual(self.sql("SELECT state, retry_count FROM dead_letters ORDER BY id"),
                         [['open', '0'], ['open', '0']])
        self.assert_refused('readonly', 'SELECT * FROM channel_tokens')
        self.assert_refused('readonly', "SELECT orderd_apply_audit('[]', NULL)")
        # The daemon is not a reader's either.
        self.assertEqual(self.run_as('readonly', 'orderd', '--once').returncode, 1)


class MigrateWithoutRoleRights(OrderdCase):
    """A migrating role that owns its database but may not create roles
    and is not a member of orderd_owner (the roles exist: other databases
    of the cluster made them)."""

    def setUp(self):
        super().setUp()  # the harness's database, migrated: the roles exist
        self.user = 'it_mig_%s' % uuid.uuid4().hex[:10]
        self.db = 'it_migdb_%s' % uuid.uuid4().hex[:10]
        password = uuid.uuid4().hex
        admin("CREATE ROLE %s LOGIN PASSWORD '%s'" % (self.user, password))
        self.addCleanup(admin, 'DROP ROLE IF EXISTS %s' % self.user)
        admin('CREATE DATABASE %s OWNER %s' % (self.db, self.user))
        self.addCleanup(admin, 'DROP DATABASE IF EXISTS %s WITH (FORCE)' % self.db)
        self.mig_url = role_url(self.db, self.user, password)
        self.write_main_config()
        with open(self.config) as f:
            text = f.read()
        with open(self.config, 'w') as f:
            f.write(text.replace('"%s"' % self.url, '"%s"' % self.mig_url))

    def version(self):
        return psql(db_url(self.db), 'SELECT max(version) FROM schema_migrations')[0][0]

    def owner_of_orders(self):
        return psql(db_url(self.db), "SELECT tableowner FROM pg_tables WHERE tablename = 'orders'")

    def test_refused_whole_then_no_roles_then_an_admin_switches_roles_on(self):
        out = self.orderctl('migrate', check=False)
        self.assertEqual(out.returncode, 1)
        self.assertIn('0013_roles', out.stderr)
        self.assertIn('is not a member of orderd_owner', out.stderr)
        self.assertIn("GRANT orderd_owner TO %s" % self.user, out.stderr)
        self.assertIn('--no-roles', out.stderr)
        # Everything before 0013 is in; nothing of 0013 is.
        self.assertEqual(self.version(), '12')
        self.assertEqual(self.owner_of_orders(), [[self.user]])
        # A daemon or orderctl of this version asks for the migration.
        self.assertEqual(self.orderctl('orders', check=False).returncode, 1)

        out = self.orderctl('migrate', '--no-roles')
        later = [v for v in MIGRATIONS if v >= 13]
        self.assertIn('%d migrations applied; schema at version %d' % (len(later), later[-1]),
                      out.stdout)
        self.assertEqual(self.owner_of_orders(), [[self.user]])
        self.orderctl('orders')

        # Later an administrator lets it join, and it switches roles on.
        admin('GRANT orderd_owner TO %s' % self.user)
        rc = subprocess.run(['psql', '-X', '-q', '-v', 'ON_ERROR_STOP=1', '-d', self.mig_url,
                             '-c', 'SELECT orderd_setup_roles()'],
                            capture_output=True, text=True, timeout=60)
        self.assertEqual(rc.returncode, 0, rc.stderr)
        self.assertEqual(self.owner_of_orders(), [['orderd_owner']])
        # The sink's functions of version 21 are gone (0027): what it
        # made SECURITY DEFINER is what orderd calls now.
        self.assertEqual(psql(db_url(self.db),
                              "SELECT to_regprocedure('orderd_stage(text, jsonb)'),"
                              " to_regprocedure('orderd_commit(text, bigint, jsonb, jsonb,"
                              " jsonb)')"),
                         [[None, None]])
        self.assertEqual(psql(db_url(self.db), "SELECT p.oid::regprocedure::text FROM pg_proc p"
                              " WHERE p.prosecdef AND (p.proname LIKE 'orderd_stage%'"
                              " OR p.proname LIKE 'orderd_commit%') ORDER BY 1"),
                         [['orderd_commit(text,bigint,jsonb,jsonb,jsonb,boolean)'],
                          ['orderd_stage(text)'], ['orderd_stage_open()']])
        out = self.orderctl('migrate')
        self.assertIn('0 migrations applied; schema at version %d' % MIGRATIONS[-1], out.stdout)
        self.orderctl('orders')

    def test_migrate_takes_no_other_option(self):
        out = self.orderctl('migrate', '--force', check=False)
        self.assertEqual(out.returncode, 2)
        self.assertIn('migrate does not take --force', out.stderr)
