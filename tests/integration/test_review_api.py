"""The review, dead-letter and channel-status API of liborderd
(lib/review.h, lib/deadletter.h, lib/chanstatus.h) called directly, as
the clerk's console calls it: through tests/tools/reviewapi, which prints
each call's return code, error detail and result as JSON. orderctl's own
output of the same actions is tested in test_audit.py and test_feed.py;
here: the reviewer named by the caller, the error codes a web handler
tells apart, and the limits on a person's texts."""
import json
import os
import subprocess

from harness import BIN_DIR
from test_audit import HEADER, AuditCase, row

REVIEWAPI = os.environ.get('ORDERD_REVIEWAPI',
                           os.path.join(BIN_DIR, '..', 'tests', 'reviewapi'))
OD_EINVAL, OD_ENOTFOUND, OD_EBUSY = -2, -4, -11


class ReviewApiCase(AuditCase):

    def api(self, *args):
        env = dict(os.environ)
        env.pop('ORDERD_DATABASE_URL', None)
        out = subprocess.run([REVIEWAPI, self.config] + [str(a) for a in args],
                             capture_output=True, text=True, timeout=120, env=env)
        self.assertEqual(out.returncode, 0, out.stderr)
        return json.loads(out.stdout)

    def ok(self, *args):
        got = self.api(*args)
        self.assertEqual((got['rc'], got['error']), (0, None), args)
        return got['result']

    def refused(self, code, *args):
        got = self.api(*args)
        self.assertEqual(got['rc'], code, got)
        self.assertTrue(got['error'])
        return got['error']


class ReviewApi(ReviewApiCase):

    def setUp(self):
        super().setUp()
        self.drop('shop', 'a.csv', HEADER +
                  row('S1', 'B', 2, '10.00', phone='13700137001', placed='2026-11-20 08:00:00') +
                  row('S2', 'NOPE', 1, '10.00', phone='13700137002', note='urgent please'))
        self.once()

    def test_queue_find_and_show(self):
        queue = self.ok('list')
        self.assertEqual([(o['external_id'], o['priority']) for o in queue],
                         [('S2', 'urgent'), ('S1', 'normal')])
        self.assertEqual(self.ok('list', 'other'), [])
        s1 = self.ok('find', 'shop/S1')['id']
        self.assertEqual(self.ok('find', str(s1))['id'], s1)
        self.assertIn("'x1' is not an order id", self.refused(OD_EINVAL, 'find', 'x1'))
        self.assertIn('no order shop/NOPE', self.refused(OD_ENOTFOUND, 'find', 'shop/NOPE'))
        shown = self.ok('show', s1)
        self.assertEqual((shown['id'], shown['external_id']), (s1, 'S1'))
        self.assertEqual([r['rule'] for r in shown['audit']['reasons']], ['stock'])
        self.assertEqual([e['kind'] for e in shown['events']], ['created', 'audit'])
        self.assertRegex(shown['events'][0]['at'], r'^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$')
        self.refused(OD_ENOTFOUND, 'show', 999999)

    def test_approve_names_the_reviewer_and_refuses_short_stock_unless_forced(self):
        s1 = self.ok('find', 'shop/S1')['id']
        err = self.refused(OD_EBUSY, 'approve', s1, '店员 王', '-')
        self.assertIn('B', err)
        self.assertEqual(self.ok('show', s1)['audit']['outcome'], 'held')
        got = self.ok('approve', s1, '店员 王', 'ship what we have', 'force')
        self.assertIn('B', got['warning'])
        shown = self.ok('show', s1)
        self.assertEqual(shown['audit']['outcome'], 'approved')
        last = shown['events'][-1]
        self.assertEqual((last['kind'], last['actor']), ('review', '店员 王'))
        self.assertEqual(json.loads(last['detail'])['note'], 'ship what we have')
        self.assertIn('already approved', self.refused(OD_EINVAL, 'approve', s1, 'x', '-'))
        self.assertEqual([o['external_id'] for o in self.ok('list')], ['S2'])
        self.refused(OD_ENOTFOUND, 'approve', 999999, 'x', '-')

    def test_reject_needs_a_reason_and_bounds_the_texts(self):
        s2 = self.ok('find', 'shop/S2')['id']
        self.assertIn('reason is required', self.refused(OD_EINVAL, 'reject', s2, 'li', ''))
        self.assertIn('reason is required', self.refused(OD_EINVAL, 'reject', s2, 'li', ' \t'))
        self.assertIn('longer than 2000', self.refused(OD_EINVAL, 'reject', s2, 'li', '@2001'))
        self.assertIn('reviewer is required', self.refused(OD_EINVAL, 'reject', s2, '', 'no'))
        self.assertIn('longer than 128', self.refused(OD_EINVAL, 'reject', s2, '@129', 'no'))
        self.assertIn('longer than 2000', self.refused(OD_EINVAL, 'approve', s2, 'li', '@2001'))
        # Nothing was written by the refused calls.
        self.assertEqual([e['kind'] for e in self.ok('show', s2)['events']], ['created', 'audit'])
        self.ok('reject', s2, '@128', '@2000')
        self.ok('approve', self.ok('find', 'shop/S1')['id'], 'li', '@2000', 'force')
        self.refused(OD_EINVAL, 'reject', s2, 'li', 'again')
        shown = self.ok('show', s2)
        self.assertEqual(shown['audit']['outcome'], 'rejected')
        last = shown['audit']['reasons'][-1]
        self.assertEqual((last['rule'], last['message']), ('review', 'x' * 2000))
        self.assertEqual(shown['events'][-1]['actor'], 'x' * 128)
        self.assertEqual(self.ok('list'), [])


class DeadLetterApi(ReviewApiCase):
    channels = {'shop': {'currency': 'CNY', 'status_map': {'ok': 'paid'}}}

    def test_get_retry_discard_and_channel_counts(self):
        self.drop('shop', 'a.csv', 'external_id,status,lines.sku,lines.qty,lines.unit_price\n'
                                   'D1,done,X,1,1.00\nD2,ok,X,1,1.00\nJUNK,ok,X,x,1\n')
        self.once()
        dead = self.ok('dl-list')
        self.assertEqual([d['state'] for d in dead], ['open', 'open'])
        d1, junk = dead[0]['id'], dead[1]['id']
        got = self.ok('dl-get', d1)
        self.assertIn('D1,done,X,1,1.00', got['raw'])
        self.assertEqual(len(got['raw'].encode()), dead[0]['raw_bytes'])
        self.assertIsNone(got['last_retry_error'])
        self.assertEqual(self.ok('channels'), [{'name': 'shop', 'state': 'ok',
                                                'open_dead_letters': 2}])
        # Still failing: the new reason is returned and kept.
        err = self.refused(OD_EINVAL, 'dl-retry', d1)
        self.assertIn("status 'done'", err)
        self.assertIn("status 'done'", self.ok('dl-get', d1)['last_retry_error'])
        self.add_channel('shop', {'currency': 'CNY',
                                  'status_map': {'ok': 'paid', 'done': 'completed'}})
        self.assertEqual(self.ok('dl-retry', d1), {'orders': 1, 'new': 1, 'updated': 0})
        self.assertIn('not open', self.refused(OD_EINVAL, 'dl-retry', d1))
        self.assertEqual({o['external_id']: o['status'] for o in self.orders()},
                         {'D1': 'completed', 'D2': 'paid'})
        self.assertIsNone(self.ok('dl-get', junk)['discarded_by'])
        self.assertIn('reason is required', self.refused(OD_EINVAL, 'dl-discard', junk, '小王', ' '))
        self.assertIn('longer than 2000',
                      self.refused(OD_EINVAL, 'dl-discard', junk, '小王', '@2001'))
        self.assertIn('user name is required', self.refused(OD_EINVAL, 'dl-discard', junk, ' ', 'x'))
        self.assertIn('longer than 128', self.refused(OD_EINVAL, 'dl-discard', junk, '@129', 'x'))
        self.assertEqual(self.ok('dl-get', junk)['state'], 'open')
        self.ok('dl-discard', junk, '小王', '测试行')
        self.assertEqual(self.ok('dl-get', junk)['discarded_by'], '小王')
        self.assertIsNone(self.ok('dl-get', d1)['discarded_by'])
        self.assertIn('no open dead letter',
                      self.refused(OD_ENOTFOUND, 'dl-discard', junk, '小王', 'x'))
        self.refused(OD_ENOTFOUND, 'dl-get', 999999)
        self.refused(OD_ENOTFOUND, 'dl-retry', 999999)
        self.assertEqual(self.ok('dl-list'), [])
        self.assertEqual([d['state'] for d in self.ok('dl-list', 'all')], ['resolved', 'discarded'])
        self.assertEqual(self.sql("SELECT last_retry_error FROM dead_letters WHERE id = :'p1'",
                                  junk), [['discarded: 测试行']])
        self.assertEqual(self.ok('channels')[0]['open_dead_letters'], 0)
