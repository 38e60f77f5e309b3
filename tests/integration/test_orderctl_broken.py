"""orderctl with one broken channel file in channels.d (bad YAML, an
unknown key, a secret whose variable is not set): every read command keeps
working and warns on stderr naming the file; the commands that need that
channel (dead-letter retry, approval, audit replay, extract --channel)
refuse naming the file and the reason; the good channel is still served;
orderd itself keeps refusing the configuration (docs/operations.md,
"A broken channel file")."""
import json
import os

from harness import OrderdCase

HEADER = 'external_id,status,customer.name,lines.sku,lines.qty,lines.unit_price\n'

RULES = 'language: en\nrules:\n  - {id: big, type: amount, above: "100.00", action: hold}\n'

# How the file of channel 'other' gets broken, and whether its name can
# still be read from it.
BREAKS = {
    'bad_yaml': ('name: other\nkind: feed\nfeed: [dir: x\n', False, "did not find expected ','"),
    'unknown_key': (None, True, "unknown key 'colour'"),
    'missing_secret': (None, True, 'ORDERD_IT_UNSET_SECRET'),
}


class BrokenChannelFile(OrderdCase):
    channels = {'shop': {'currency': 'CNY', 'status_map': {'ok': 'paid'}},
                'other': {'currency': 'CNY', 'status_map': {'ok': 'paid'}}}

    def setUp(self):
        super().setUp()
        with open(os.path.join(self.etc, 'rules.yaml'), 'w') as f:
            f.write(RULES)
        self.write_main_config('rules: rules.yaml\n')
        self.drop('shop', 'a.csv', HEADER + 'S1,ok,Ann,X,5,100.00\nS2,ok,Bob,X,1,10.00\n'
                                            'S3,done,Cy,X,1,1.00\n')
        self.drop('other', 'b.csv', HEADER + 'O1,ok,Dee,X,5,100.00\nO2,done,Eve,X,1,1.00\n')
        self.once()
        self.dead = dict((r[1], r[0]) for r in
                         self.sql('SELECT id, external_id FROM dead_letters ORDER BY id'))
        self.assertEqual(sorted(self.dead), ['O2', 'S3'])
        self.other_file = os.path.join(self.etc, 'channels.d', 'other.yaml')
        with open(self.other_file) as f:
            self.other_text = f.read()

    def break_other(self, how):
        text, _, _ = BREAKS[how]
        if how == 'unknown_key':
            text = self.other_text + 'colour: red\n'
        elif how == 'missing_secret':
            text = self.other_text.replace('  currency: "CNY"',
                                           '  currency: {env: ORDERD_IT_UNSET_SECRET}')
            self.assertNotEqual(text, self.other_text)
        with open(self.other_file, 'w') as f:
            f.write(text)

    def assert_warned(self, out, how):
        self.assertIn('orderctl: warning: channel file %s is broken' % self.other_file, out.stderr)
        self.assertIn(BREAKS[how][2], out.stderr)
        self.assertNotIn('channels.d/shop.yaml', out.stderr)

    def assert_refused(self, out, how, code=2):
        self.assertEqual(out.returncode, code, out.stdout + out.stderr)
        named = 'channel other is unusable: its file %s is broken' % self.other_file
        guessed = ('channel other is not configured; it may be in %s, which is broken'
                   % self.other_file)
        self.assertIn(named if BREAKS[how][1] else guessed, out.stderr)
        self.assertIn(BREAKS[how][2], out.stderr.split(self.other_file + ' is broken')[-1]
                      if BREAKS[how][1] else out.stderr.split('which is broken')[-1])

    def test_read_commands_keep_working(self):
        for how in BREAKS:
            with self.subTest(how=how):
                self.break_other(how)
                out = self.orderctl('orders', '--format', 'json')
                self.assert_warned(out, how)
                self.assertEqual(sorted(o['external_id'] for o in json.loads(out.stdout)),
                                 ['O1', 'S1', 'S2'])
                out = self.orderctl('orders', '--channel', 'other', '--format', 'json')
                self.assertEqual([o['external_id'] for o in json.loads(out.stdout)], ['O1'])
                out = self.orderctl('order', 'other', 'O1', '--format', 'json')
                self.assert_warned(out, how)
                self.assertEqual(json.loads(out.stdout)['total'], '500.00')
                out = self.orderctl('review', 'list', '--format', 'json')
                self.assert_warned(out, how)
                self.assertEqual(sorted(o['external_id'] for o in json.loads(out.stdout)),
                                 ['O1', 'S1'])
                out = self.orderctl('review', 'show', 'other/O1')
                self.assert_warned(out, how)
                self.assertIn('O1', out.stdout)
                out = self.orderctl('deadletters', 'list', '--format', 'json')
                self.assert_warned(out, how)
                self.assertEqual(sorted(d['external_id'] for d in json.loads(out.stdout)),
                                 ['O2', 'S3'])
                out = self.orderctl('deadletters', 'show', self.dead['O2'])
                self.assert_warned(out, how)
                self.assertIn('channel other', out.stdout)
                out = self.orderctl('channels', '--format', 'json')
                self.assert_warned(out, how)
                self.assertEqual(sorted(c['name'] for c in json.loads(out.stdout)),
                                 ['other', 'shop'])

    def test_commands_that_need_the_channel_refuse(self):
        sample = os.path.join(self.tmp, 'po.csv')
        with open(sample, 'w') as f:
            f.write('sku,qty,price\nX,1,1.00\n')
        for how in BREAKS:
            with self.subTest(how=how):
                self.break_other(how)
                out = self.orderctl('deadletters', 'retry', self.dead['O2'], check=False)
                self.assert_refused(out, how, code=1)
                self.assertIn('retry: 0 resolved, 1 still failing', out.stdout)
                out = self.orderctl('deadletters', 'retry', '--all', '--channel', 'other',
                                    check=False)
                self.assert_refused(out, how)
                out = self.orderctl('review', 'approve', 'other/O1', check=False)
                self.assert_refused(out, how)
                out = self.orderctl('audit', 'replay', '--rules', os.path.join(self.etc, 'rules.yaml'),
                                    '--channel', 'other', check=False)
                self.assert_refused(out, how)
                out = self.orderctl('audit', 'replay', '--rules', os.path.join(self.etc, 'rules.yaml'),
                                    check=False)
                self.assertEqual(out.returncode, 2)
                self.assertIn('channel file %s is broken' % self.other_file, out.stderr)
                out = self.orderctl('extract', '--channel', 'other', sample, check=False)
                self.assert_refused(out, how)
                # Nothing of channel other changed.
                self.assertEqual(self.sql("SELECT audit_outcome FROM orders WHERE external_id = 'O1'"),
                                 [['held']])
                self.assertEqual(self.sql("SELECT state FROM dead_letters WHERE external_id = 'O2'"),
                                 [['open']])

    def test_good_channel_still_served(self):
        self.break_other('unknown_key')
        out = self.orderctl('review', 'approve', 'shop/S1')
        self.assert_warned(out, 'unknown_key')
        self.assertIn('approved', out.stdout)
        out = self.orderctl('audit', 'replay', '--rules', os.path.join(self.etc, 'rules.yaml'),
                            '--channel', 'shop')
        self.assert_warned(out, 'unknown_key')
        out = self.orderctl('deadletters', 'retry', self.dead['S3'], check=False)
        self.assertEqual(out.returncode, 1)  # 'done' is still not mapped, as before
        self.assertIn("status 'done'", out.stderr)
        self.assertNotIn('unusable', out.stderr)

    def test_orderd_still_refuses(self):
        for how in BREAKS:
            with self.subTest(how=how):
                self.break_other(how)
                out = self.once(check=False)
                self.assertEqual(out.returncode, 2)
                self.assertIn(self.other_file, out.stderr)
                self.assertIn('is invalid', out.stderr)
                out = self.run_prog('orderd', '--check', check=False)
                self.assertEqual(out.returncode, 2)
                self.assertIn(self.other_file, out.stderr)
