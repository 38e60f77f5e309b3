"""The audit at ingest, end to end: reference data loaded with orderctl
import, orders dropped as feed files, outcomes, reasons, reservations and
their release read back from PostgreSQL; the life cycle (cancel, change
after approval, re-audit of held orders, recheck of pending ones); the
review queue and audit replay (docs/audit.md)."""
import json
import os

from harness import OrderdCase

HEADER = ('external_id,placed_at,updated_at,status,customer.ref,customer.name,customer.phone,'
          'ship_to.name,ship_to.phone,ship_to.province,ship_to.city,ship_to.address,'
          'lines.sku,lines.qty,lines.unit_price,total,buyer_note\n')


def row(ext, sku, qty, price, total='', note='', status='paid', updated='2026-11-20 10:00:00',
        ref='', phone='13800138000', name='张三', address='张江路 1 号',
        placed='2026-11-20 09:30:00'):
    return ','.join([ext, placed, updated, status, ref, name, phone, name, phone, '上海市',
                     '上海市', address, sku, str(qty), price, total, note]) + '\n'


RULES = """language: en
rules:
  - {id: known, type: sku_known, action: hold}
  - {id: stock, type: stock, warehouse: main, action: hold}
  - {id: credit, type: credit_limit, action: hold}
  - {id: deny, type: blacklist, action: reject}
  - {id: big, type: amount, above: "5000.00", action: hold}
  - {id: dup, type: duplicate, window: 24h, action: hold}
  - {id: rush, type: priority, keywords: [加急, urgent], action: set_priority}
"""


class AuditCase(OrderdCase):
    channels = {'shop': {'timezone': 'Asia/Shanghai', 'currency': 'CNY'}}
    rules = RULES

    def setUp(self):
        super().setUp()
        self.write_rules(self.rules)
        self.write_main_config('rules: rules.yaml\n')
        self.load('products', 'sku,title,unit,active\nA,Apple,pc,true\nB,Banana,pc,true\n'
                  'C,Cherry,pc,true\n')
        self.load('inventory', 'sku,warehouse,on_hand,reserved\nA,main,10,0\nB,main,1,0\n'
                  'C,main,100,0\n')

    def write_rules(self, text, name='rules.yaml'):
        with open(os.path.join(self.etc, name), 'w') as f:
            f.write(text)
        return os.path.join(self.etc, name)

    def load(self, kind, text):
        path = os.path.join(self.tmp, kind + '.csv')
        with open(path, 'w') as f:
            f.write(text)
        out = self.orderctl('import', kind, path)
        self.assertIn('0 rejected', out.stdout)

    def audit(self):
        return {o['external_id']: o for o in self.orders()}

    def reserved(self, sku):
        return int(self.sql("SELECT reserved FROM inventory WHERE sku = :'p1' AND warehouse = 'main'",
                            sku)[0][0])

    def active_reservations(self, ext):
        return self.sql("SELECT r.sku, r.qty FROM stock_reservations r JOIN orders o"
                        " ON o.id = r.order_id WHERE o.external_id = :'p1'"
                        " AND r.released_at IS NULL ORDER BY r.sku", ext)

    def events(self, ext):
        return [r[0] for r in self.sql("SELECT e.kind FROM order_events e JOIN orders o"
                                       " ON o.id = e.order_id WHERE o.external_id = :'p1'"
                                       " ORDER BY e.id", ext)]

    def event_detail(self, ext, kind):
        """The detail of the order's last event of `kind`, as a dict."""
        rows = self.sql("SELECT e.detail FROM order_events e JOIN orders o ON o.id = e.order_id"
                        " WHERE o.external_id = :'p1' AND e.kind = :'p2' ORDER BY e.id DESC"
                        " LIMIT 1", ext, kind)
        return json.loads(rows[0][0]) if rows and rows[0][0] else None

    def rules_of(self, o):
        return [r['rule'] for r in o['audit']['reasons']]


class AuditOutcomes(AuditCase):

    def test_outcomes_reasons_evidence_and_reservations(self):
        self.load('blacklist', 'kind,value,reason\nphone,13900139000,fraud\n')
        self.drop('shop', 'a.csv', HEADER +
                  row('O1', 'A', 3, '10.00') +
                  row('O2', 'B', 2, '10.00', phone='13700137001') +
                  row('O3', 'NOPE', 1, '10.00', phone='13700137002') +
                  row('O4', 'C', 1, '10.00', phone='13900139000') +
                  row('O5', 'C', 1, '10.00', note='请加急', phone='13700137003'))
        self.once()
        got = self.audit()
        self.assertEqual(got['O1']['audit'], {'outcome': 'approved', 'reasons': []})
        self.assertEqual(got['O2']['audit']['outcome'], 'held')
        self.assertEqual(self.rules_of(got['O2']), ['stock'])
        ev = got['O2']['audit']['reasons'][0]['evidence']
        self.assertEqual((ev['sku'], ev['need'], ev['available']), ('B', 2, 1))
        self.assertEqual(got['O3']['audit']['outcome'], 'held')
        self.assertIn('known', self.rules_of(got['O3']))
        self.assertEqual(got['O4']['audit']['outcome'], 'rejected')
        self.assertEqual(self.rules_of(got['O4']), ['deny'])
        self.assertEqual(got['O5']['priority'], 'urgent')
        self.assertEqual(got['O5']['audit']['outcome'], 'approved')
        # Approved orders hold their stock; others hold none.
        self.assertEqual(self.reserved('A'), 3)
        self.assertEqual(self.reserved('B'), 0)
        self.assertEqual(self.reserved('C'), 1)  # O5; O4 rejected
        self.assertEqual(self.active_reservations('O1'), [['A', '3']])
        self.assertEqual(self.active_reservations('O2'), [])
        # What O1 reserved is in its decision's event, not in an event of its
        # own (migration 26); O2 reserved nothing and its event says so.
        self.assertEqual(self.events('O1'), ['created', 'audit'])
        self.assertEqual(self.event_detail('O1', 'audit'),
                         {'stock': [{'sku': 'A', 'warehouse': 'main', 'qty': 3}]})
        self.assertEqual(self.event_detail('O2', 'audit'), {'rules': ['stock']})
        # A re-run of the same file changes nothing.
        self.drop('shop', 'b.csv', HEADER + row('O1', 'A', 3, '10.00'))
        self.once()
        self.assertEqual(self.reserved('A'), 3)
        self.assertEqual(self.events('O1'), ['created', 'audit'])

    def test_a_reservation_without_a_decision_keeps_an_event_of_its_own(self):
        # An entry that reserves without an audit has no decision's event to
        # carry its stock: it gets a 'reserved' event, as before migration 26.
        self.drop('shop', 'a.csv', HEADER + row('O1', 'B', 2, '10.00', phone='13700137001'))
        self.once()
        self.assertEqual(self.audit()['O1']['audit']['outcome'], 'held')
        entry = {'channel': 'shop', 'external_id': 'O1',
                 'reserve': [{'sku': 'C', 'warehouse': 'main', 'qty': 1}]}
        self.sql("SELECT orderd_apply_audit(:'p1'::jsonb, NULL)", json.dumps([entry]))
        self.assertEqual(self.reserved('C'), 1)
        self.assertEqual(self.events('O1'), ['created', 'audit', 'reserved'])
        self.assertEqual(self.event_detail('O1', 'reserved'),
                         {'stock': [{'sku': 'C', 'warehouse': 'main', 'qty': 1}]})
        self.assertEqual(self.event_detail('O1', 'audit'), {'rules': ['stock']})

    def test_order_that_arrives_shipped_needs_no_stock(self):
        self.drop('shop', 'a.csv', HEADER + row('X1', 'B', 5, '10.00', status='shipped'))
        self.once()
        self.assertEqual(self.audit()['X1']['audit'], {'outcome': 'approved', 'reasons': []})
        self.assertEqual(self.reserved('B'), 0)

    def test_orders_of_one_batch_are_decided_in_arrival_order(self):
        self.drop('shop', 'a.csv', HEADER + ''.join(
            row('R%d' % i, 'A', 4, '10.00', phone='1370013700%d' % i) for i in range(1, 4)))
        self.once()
        got = self.audit()
        self.assertEqual([got['R%d' % i]['audit']['outcome'] for i in range(1, 4)],
                         ['approved', 'approved', 'held'])
        self.assertEqual(self.reserved('A'), 8)

    def test_sku_map_bundle_reserves_units(self):
        self.load('sku_map', 'channel,channel_sku,sku,multiplier\nshop,BOX3,A,3\n')
        self.drop('shop', 'a.csv', HEADER + row('M1', 'BOX3', 2, '30.00'))
        self.once()
        o = self.audit()['M1']
        self.assertEqual(o['audit']['outcome'], 'approved')
        self.assertEqual([(l['sku'], l['channel_sku'], l['qty']) for l in o['lines']],
                         [('A', 'BOX3', 2)])
        self.assertEqual(self.reserved('A'), 6)

    def test_sku_map_falls_back_to_sku_when_channel_sku_is_unmapped(self):
        # docs/audit.md, SKU mapping: channel_sku first, and when it is not
        # mapped, sku. The stored line and the audit must agree on it.
        self.load('sku_map', 'channel,channel_sku,sku,multiplier\nshop,OLD-A,A,2\n')
        header = HEADER.replace('lines.sku,', 'lines.sku,lines.channel_sku,')
        line = row('M2', 'OLD-A', 2, '10.00').split(',')
        line.insert(HEADER.split(',').index('lines.sku') + 1, 'P-777')
        self.drop('shop', 'a.csv', header + ','.join(line))
        self.once()
        o = self.audit()['M2']
        self.assertEqual(o['audit']['outcome'], 'approved')
        self.assertEqual([(l['sku'], l['channel_sku'], l['qty']) for l in o['lines']],
                         [('A', 'P-777', 2)])
        self.assertEqual(self.reserved('A'), 4)  # multiplier 2
        self.assertEqual(self.active_reservations('M2'), [['A', '4']])
        # A later revision that is not audited again (shipped) is stored
        # through the sink's own mapping: the line keeps our SKU.
        line = row('M2', 'OLD-A', 2, '10.00', status='shipped',
                   updated='2026-11-20 11:00:00').split(',')
        line.insert(HEADER.split(',').index('lines.sku') + 1, 'P-777')
        self.drop('shop', 'b.csv', header + ','.join(line))
        self.once()
        o = self.audit()['M2']
        self.assertEqual(o['status'], 'shipped')
        self.assertEqual([(l['sku'], l['channel_sku'], l['qty']) for l in o['lines']],
                         [('A', 'P-777', 2)])
        self.assertEqual(self.active_reservations('M2'), [])

    def test_credit_limit_counts_orders_approved_since_the_balance(self):
        self.load('customers', 'ref,name,phone,email,credit_limit,open_balance,price_tier,blocked\n'
                  'K1,Kai,13600136000,,100.00,50.00,,false\n')
        self.drop('shop', 'a.csv', HEADER + row('K-1', 'C', 4, '10.00', ref='K1') +
                  row('K-2', 'C', 3, '10.00', ref='K1', updated='2026-11-20 10:01:00'))
        self.once()
        got = self.audit()
        self.assertEqual(got['K-1']['audit']['outcome'], 'approved')      # 50 + 40 <= 100
        self.assertEqual(got['K-2']['audit']['outcome'], 'held')          # 50 + 40 + 30 > 100
        ev = got['K-2']['audit']['reasons'][0]['evidence']
        self.assertEqual(ev['approved_since'], '40.00')
        # A later batch sees the approved order through the database.
        self.drop('shop', 'b.csv', HEADER + row('K-3', 'A', 1, '10.00', ref='K1'))
        self.once()
        self.assertEqual(self.audit()['K-3']['audit']['outcome'], 'approved')  # 50+40+10 = 100
        self.drop('shop', 'c.csv', HEADER + row('K-4', 'B', 1, '10.00', ref='K1'))
        self.once()
        self.assertEqual(self.audit()['K-4']['audit']['outcome'], 'held')      # 50+50+10 > 100

    CREDIT_DRIFT = ("SELECT c.ref, coalesce(k.approved_since, 0),"
                    " coalesce((SELECT sum(o.total) FROM orders o"
                    "  WHERE o.customer_ref_matched = c.ref AND o.audit_outcome = 'approved'"
                    "    AND o.approved_at > c.balance_as_of"
                    "    AND o.status NOT IN ('cancelled', 'refunded')), 0)"
                    " FROM customers c LEFT JOIN customer_credit k ON k.ref = c.ref"
                    " WHERE coalesce(k.approved_since, 0) <> coalesce((SELECT sum(o.total)"
                    "  FROM orders o WHERE o.customer_ref_matched = c.ref"
                    "    AND o.audit_outcome = 'approved' AND o.approved_at > c.balance_as_of"
                    "    AND o.status NOT IN ('cancelled', 'refunded')), 0)")

    def test_credit_sums_are_kept_per_customer(self):
        # Migration 25: the audit reads a customer's approved_since from
        # customer_credit, kept by triggers, not by summing its orders.
        self.load('customers', 'ref,name,phone,email,credit_limit,open_balance,price_tier,blocked\n'
                  'K1,Kai,13600136000,,100.00,50.00,,false\n'
                  'K2,Kim,13600136001,,1000.00,0.00,,false\n')
        self.drop('shop', 'a.csv', HEADER + row('K-1', 'C', 2, '10.00', ref='K1') +
                  row('K-2', 'C', 3, '10.00', ref='K2', phone='13600136001') +
                  row('K-3', 'C', 4, '10.00', ref='K2', phone='13600136001'))
        self.once()
        self.assertEqual(self.sql("SELECT ref, approved_since FROM customer_credit"
                                  " ORDER BY ref"), [['K1', '20.00'], ['K2', '70.00']])
        # The audit reads the kept figure: 50 + 45 + 10 > 100.
        self.sql("UPDATE customer_credit SET approved_since = 45 WHERE ref = 'K1'")
        self.drop('shop', 'b.csv', HEADER + row('K-4', 'A', 1, '10.00', ref='K1'))
        self.once()
        k4 = self.audit()['K-4']
        self.assertEqual(k4['audit']['outcome'], 'held')
        self.assertEqual(k4['audit']['reasons'][0]['evidence']['approved_since'], '45.00')
        self.sql("UPDATE customer_credit SET approved_since = 20 WHERE ref = 'K1'")
        # Every change of an order or a customer keeps the sums true.
        self.orderctl('review', 'approve', 'shop/K-4')
        steps = ["UPDATE orders SET status = 'cancelled' WHERE external_id = 'K-2'",
                 "UPDATE orders SET total = total + 1 WHERE external_id = 'K-3'",
                 "UPDATE orders SET customer_ref_matched = 'K1' WHERE external_id = 'K-3'",
                 "UPDATE orders SET audit_outcome = 'held' WHERE external_id = 'K-1'",
                 "UPDATE orders SET status = 'paid' WHERE external_id = 'K-2'",
                 "UPDATE customers SET balance_as_of = now() + interval '1 day'"
                 " WHERE ref = 'K2'",
                 "UPDATE customers SET balance_as_of = '2000-01-01' WHERE ref = 'K2'",
                 "UPDATE customers SET ref = 'K9' WHERE ref = 'K2'",
                 "UPDATE orders SET customer_ref_matched = 'K9' WHERE customer_ref_matched = 'K2'",
                 "DELETE FROM orders WHERE external_id = 'K-4'",
                 "DELETE FROM customers WHERE ref = 'K9'",
                 "INSERT INTO customers (ref, name, balance_as_of)"
                 " VALUES ('K9', 'Kim', '2000-01-01')"]
        for stmt in steps:
            self.sql(stmt)
            self.assertEqual(self.sql(self.CREDIT_DRIFT), [], stmt)
        self.assertEqual(self.sql("SELECT ref, approved_since FROM customer_credit"
                                  " ORDER BY ref"), [['K1', '41.00'], ['K9', '30.00']])
        # A new open_balance moves balance_as_of: the sum starts again.
        self.load('customers', 'ref,name,phone,email,credit_limit,open_balance,price_tier,blocked\n'
                  'K1,Kai,13600136000,,100.00,90.00,,false\n')
        self.assertEqual(self.sql(self.CREDIT_DRIFT), [])
        self.assertEqual(self.sql("SELECT approved_since FROM customer_credit WHERE ref = 'K1'"),
                         [['0']])
        self.sql("TRUNCATE orders")
        self.assertEqual(self.sql("SELECT count(*) FROM customer_credit"), [['0']])

    def test_duplicate_across_batches_by_phone_and_skus(self):
        self.drop('shop', 'a.csv', HEADER + row('D1', 'C', 2, '10.00', phone='13500135000'))
        self.once()
        self.drop('shop', 'b.csv', HEADER + row('D2', 'C', 2, '10.00', phone='+86 135-0013-5000'))
        self.once()
        got = self.audit()
        self.assertEqual(got['D1']['audit']['outcome'], 'approved')
        self.assertEqual(got['D2']['audit']['outcome'], 'held')
        self.assertEqual(self.rules_of(got['D2']), ['dup'])

    CUSTOMER = ('ref,name,phone,email,credit_limit,open_balance,price_tier,blocked\n'
                'K1,Kai,,,100000.00,0.00,,false\n')

    def dup_others(self, o):
        """(match, channel/external_id) of each duplicate reason of `o`."""
        return sorted((r['evidence']['match'], r['evidence']['other']['external_id'])
                      for r in o['audit']['reasons'] if r['rule'] == 'dup')

    def test_duplicate_key_collision_is_no_duplicate(self):
        # A crafted orderd_sku_key() that gives every multiset the same key,
        # the indexes rebuilt on it: each probe now finds every order of the
        # phone or customer, and only those with the same multiset may count.
        self.sql("CREATE OR REPLACE FUNCTION orderd_sku_key(skus text) RETURNS bigint"
                 " LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$ SELECT 7::bigint $$;"
                 " REINDEX INDEX orders_dup_phone_key; REINDEX INDEX orders_dup_customer_key")
        self.load('customers', self.CUSTOMER)
        # by phone: P2 has P1's key but not its items; P3 repeats P1
        # by customer (a phone each): C2 collides with C1, C3 repeats C1
        batches = [row('P1', 'C', 2, '10.00', phone='13500135000') +
                   row('C1', 'A', 1, '10.00', ref='K1', phone='13500135001'),
                   row('P2', 'C', 3, '10.00', phone='13500135000') +
                   row('C2', 'B', 1, '10.00', ref='K1', phone='13500135002'),
                   row('P3', 'C', 2, '10.00', phone='13500135000') +
                   row('C3', 'A', 1, '10.00', ref='K1', phone='13500135003')]
        for i, b in enumerate(batches):
            self.drop('shop', '%d.csv' % i, HEADER + b)
            self.once()
        self.assertEqual(self.sql("SELECT count(DISTINCT orderd_sku_key(sku_multiset)),"
                                  " count(DISTINCT sku_multiset) FROM orders"), [['1', '4']])
        got = self.audit()
        for ext in ('P1', 'P2', 'C1', 'C2'):
            self.assertEqual(self.dup_others(got[ext]), [], ext)
        self.assertEqual(self.dup_others(got['P3']), [('phone', 'P1')])
        self.assertEqual(self.dup_others(got['C3']), [('customer', 'C1')])
        self.assertEqual(got['P3']['audit']['outcome'], 'held')
        self.assertEqual(got['C3']['audit']['outcome'], 'held')

    def test_duplicate_key_of_orders_stored_before_migration_27(self):
        # Orders stored, then the database taken back to version 26 (md5()
        # indexes, no orderd_sku_key): migration 27 gives the stored orders
        # their key (the index build), and later orders find them.
        self.load('customers', self.CUSTOMER)
        self.drop('shop', 'a.csv', HEADER + row('S1', 'C', 2, '10.00', phone='13500135000') +
                  row('S2', 'A', 1, '10.00', ref='K1', phone='13500135001'))
        self.once()
        self.sql("DROP INDEX orders_dup_phone_key, orders_dup_customer_key;"
                 " DROP FUNCTION orderd_sku_key(text);"
                 " CREATE INDEX orders_dup_phone_skus"
                 "   ON orders (phone_norm, md5(sku_multiset), placed_at)"
                 "   WHERE phone_norm IS NOT NULL AND sku_multiset IS NOT NULL;"
                 " CREATE INDEX orders_dup_customer_skus"
                 "   ON orders (customer_ref_matched, md5(sku_multiset), placed_at)"
                 "   WHERE customer_ref_matched IS NOT NULL AND sku_multiset IS NOT NULL;"
                 " DELETE FROM schema_migrations WHERE version = 27")
        out = self.orderctl('migrate')
        # Only 27 applied; the schema stays at the newest version there is.
        self.assertIn('1 migration applied; schema at version ', out.stdout)
        self.assertEqual(self.sql("SELECT version FROM schema_migrations WHERE version = 27"),
                         [['27']])
        self.assertEqual(self.sql("SELECT indexrelid::regclass::text FROM pg_index"
                                  " WHERE indrelid = 'orders'::regclass"
                                  " AND indexrelid::regclass::text LIKE 'orders_dup%'"
                                  " ORDER BY 1"),
                         [['orders_dup_customer_key'], ['orders_dup_phone_key']])
        self.drop('shop', 'b.csv', HEADER + row('N1', 'C', 2, '10.00', phone='13500135000') +
                  row('N2', 'A', 1, '10.00', ref='K1', phone='13500135009'))
        self.once()
        got = self.audit()
        self.assertEqual(self.dup_others(got['S1']) + self.dup_others(got['S2']), [])
        self.assertEqual(self.dup_others(got['N1']), [('phone', 'S1')])
        self.assertEqual(self.dup_others(got['N2']), [('customer', 'S2')])


class AuditLifeCycle(AuditCase):

    def approve_o1(self):
        self.drop('shop', 'a.csv', HEADER + row('O1', 'A', 3, '10.00'))
        self.once()
        self.assertEqual(self.reserved('A'), 3)

    def test_cancel_after_approval_releases_and_goes_to_review(self):
        self.approve_o1()
        self.drop('shop', 'b.csv', HEADER + row('O1', 'A', 3, '10.00', status='cancelled',
                                                 updated='2026-11-20 11:00:00'))
        self.once()
        o = self.audit()['O1']
        self.assertEqual(o['status'], 'cancelled')
        self.assertEqual(o['audit']['outcome'], 'held')
        self.assertEqual(self.rules_of(o), ['changed_after_approval'])
        self.assertEqual(self.reserved('A'), 0)
        self.assertEqual(self.active_reservations('O1'), [])
        self.assertEqual(self.events('O1'), ['created', 'audit', 'status', 'released',
                                             'changed_after_approval'])
        review = json.loads(self.orderctl('review', 'list', '--format', 'json').stdout)
        self.assertEqual([x['external_id'] for x in review], ['O1'])

    def test_address_change_after_approval(self):
        self.approve_o1()
        self.drop('shop', 'b.csv', HEADER + row('O1', 'A', 3, '10.00', address='新地址 9 号',
                                                 updated='2026-11-20 11:00:00'))
        self.once()
        o = self.audit()['O1']
        self.assertEqual(o['audit']['outcome'], 'held')
        self.assertEqual(self.rules_of(o), ['changed_after_approval'])
        self.assertEqual(self.reserved('A'), 0)

    def test_note_change_after_approval_keeps_approval(self):
        self.approve_o1()
        self.drop('shop', 'b.csv', HEADER + row('O1', 'A', 3, '10.00', note='thanks',
                                                 updated='2026-11-20 11:00:00'))
        self.once()
        self.assertEqual(self.audit()['O1']['audit']['outcome'], 'approved')
        self.assertEqual(self.reserved('A'), 3)

    def test_shipped_order_releases_its_reservation(self):
        self.approve_o1()
        self.drop('shop', 'b.csv', HEADER + row('O1', 'A', 3, '10.00', status='shipped',
                                                 updated='2026-11-20 11:00:00'))
        self.once()
        self.assertEqual(self.audit()['O1']['audit']['outcome'], 'approved')
        self.assertEqual(self.reserved('A'), 0)
        self.assertEqual(self.sql("SELECT release_reason FROM stock_reservations"), [['fulfilled']])

    def test_held_order_is_audited_again_on_a_new_revision(self):
        self.drop('shop', 'a.csv', HEADER + row('H1', 'B', 3, '10.00'))
        self.once()
        self.assertEqual(self.audit()['H1']['audit']['outcome'], 'held')
        self.load('inventory', 'sku,warehouse,on_hand\nB,main,5\n')
        # The same revision again: nothing happens.
        self.drop('shop', 'b.csv', HEADER + row('H1', 'B', 3, '10.00'))
        self.once()
        self.assertEqual(self.audit()['H1']['audit']['outcome'], 'held')
        self.drop('shop', 'c.csv', HEADER + row('H1', 'B', 3, '10.00', updated='2026-11-20 12:00:00'))
        self.once()
        self.assertEqual(self.audit()['H1']['audit']['outcome'], 'approved')
        self.assertEqual(self.reserved('B'), 3)


class AuditWait(AuditCase):
    rules = """rules:
  - {id: cool, type: wait, minutes: 30, action: hold}
  - {id: stock, type: stock, warehouse: main, action: hold}
"""

    def test_pending_until_due_then_rechecked(self):
        self.drop('shop', 'a.csv', HEADER + row('W1', 'A', 2, '10.00', placed='2099-01-01 00:00:00',
                                                 updated='2099-01-01 00:00:00'))
        # paid_at is not in the file: the wait counts from placed_at/paid.
        self.once()
        o = self.audit()['W1']
        self.assertEqual(o['audit']['outcome'], 'pending')
        self.assertEqual(self.reserved('A'), 0)
        due = self.sql("SELECT recheck_at IS NOT NULL FROM orders WHERE external_id = 'W1'")
        self.assertEqual(due, [['t']])
        self.once()  # not due yet: still pending
        self.assertEqual(self.audit()['W1']['audit']['outcome'], 'pending')
        # Time passes (the wait is measured from the order's paid time).
        self.sql("UPDATE orders SET placed_at = now() - interval '1 hour',"
                 " paid_at = now() - interval '1 hour', recheck_at = now() - interval '1 second'")
        self.once()
        self.assertEqual(self.audit()['W1']['audit']['outcome'], 'approved')
        self.assertEqual(self.reserved('A'), 2)
        self.assertIsNone(self.sql("SELECT recheck_at FROM orders")[0][0])


class Review(AuditCase):

    def setUp(self):
        super().setUp()
        self.drop('shop', 'a.csv', HEADER +
                  row('S1', 'B', 2, '10.00', phone='13700137001', placed='2026-11-20 08:00:00') +
                  row('S2', 'NOPE', 1, '10.00', phone='13700137002', note='urgent please') +
                  row('S3', 'A', 1, '9000.00', phone='13700137003', placed='2026-11-20 07:00:00'))
        self.once()
        self.ids = {o['external_id']: o['id'] for o in self.orders()}

    def test_list_urgent_first_then_oldest_with_reasons(self):
        out = self.orderctl('review', 'list')
        lines = out.stdout.splitlines()
        order = [l.split()[2] for l in lines[1:4]]
        self.assertEqual(order, ['S2', 'S3', 'S1'])
        self.assertIn('stock: ', out.stdout)
        self.assertIn('3 orders to review', out.stdout)
        js = json.loads(self.orderctl('review', 'list', '--format', 'json').stdout)
        self.assertEqual([o['external_id'] for o in js], ['S2', 'S3', 'S1'])
        self.assertEqual(js[0]['priority'], 'urgent')
        csv = self.orderctl('review', 'list', '--format', 'csv').stdout.splitlines()
        self.assertTrue(csv[0].startswith('ID,CHANNEL,EXTERNAL_ID,OUTCOME'))
        self.assertEqual(len(csv), 4)

    def test_show_by_id_and_by_channel_external_id(self):
        a = self.orderctl('review', 'show', str(self.ids['S1'])).stdout
        b = self.orderctl('review', 'show', 'shop/S1').stdout
        self.assertEqual(a, b)
        self.assertIn('stock:', a)
        self.assertIn('evidence:', a)
        js = json.loads(self.orderctl('review', 'show', 'shop/S1', '--format', 'json').stdout)
        self.assertEqual(js['id'], self.ids['S1'])
        self.assertEqual([e['kind'] for e in js['events']], ['created', 'audit'])
        bad = self.orderctl('review', 'show', 'shop/NOPE', check=False)
        self.assertEqual(bad.returncode, 1)
        self.assertIn('no order shop/NOPE', bad.stderr)
        bad = self.orderctl('review', 'show', 'x1', check=False)
        self.assertEqual(bad.returncode, 2)

    def test_approve_refuses_short_stock_unless_forced(self):
        out = self.orderctl('review', 'approve', 'shop/S1', check=False)
        self.assertEqual(out.returncode, 1)
        self.assertIn('--force', out.stderr)
        self.assertIn('B', out.stderr)
        self.assertEqual(self.audit()['S1']['audit']['outcome'], 'held')
        out = self.orderctl('review', 'approve', 'shop/S1', '--force', '--note', 'ship 1 now')
        self.assertIn('approved by', out.stdout)
        self.assertIn('stock short', out.stderr)
        self.assertEqual(self.audit()['S1']['audit']['outcome'], 'approved')
        self.assertEqual(self.reserved('B'), 0)  # short: nothing reserved
        ev = self.sql("SELECT e.kind, e.actor, e.detail->>'note' FROM order_events e"
                      " WHERE e.order_id = :'p1' ORDER BY e.id DESC LIMIT 1", self.ids['S1'])
        self.assertEqual(ev[0][0], 'review')
        self.assertTrue(ev[0][1])
        self.assertEqual(ev[0][2], 'ship 1 now')
        again = self.orderctl('review', 'approve', 'shop/S1', check=False)
        self.assertEqual(again.returncode, 1)
        self.assertIn('already approved', again.stderr)

    def test_approve_reserves_and_a_later_order_sees_it(self):
        self.orderctl('review', 'approve', str(self.ids['S3']))  # amount rule held it
        self.assertEqual(self.reserved('A'), 1)
        # The approval's event carries what it reserved (migration 26).
        kinds = [r[0] for r in self.sql("SELECT kind FROM order_events WHERE order_id = :'p1'"
                                        " ORDER BY id", self.ids['S3'])]
        self.assertEqual(kinds, ['created', 'audit', 'review'])
        self.assertEqual(self.event_detail('S3', 'review')['stock'],
                         [{'sku': 'A', 'warehouse': 'main', 'qty': 1}])
        self.assertEqual(self.audit()['S3']['audit']['outcome'], 'approved')
        # A new revision of a person's decision does not undo it.
        self.drop('shop', 'b.csv', HEADER + row('S3', 'A', 1, '9000.00', phone='13700137003',
                                                 placed='2026-11-20 07:00:00', note='x',
                                                 updated='2026-11-20 13:00:00'))
        self.once()
        self.assertEqual(self.audit()['S3']['audit']['outcome'], 'approved')

    def test_reject_with_reason(self):
        out = self.orderctl('review', 'reject', 'shop/S2', check=False)
        self.assertEqual(out.returncode, 2)
        self.orderctl('review', 'reject', 'shop/S2', '--reason', 'customer unknown')
        o = self.audit()['S2']
        self.assertEqual(o['audit']['outcome'], 'rejected')
        self.assertEqual(self.rules_of(o)[-1], 'review')
        self.assertEqual(o['audit']['reasons'][-1]['message'], 'customer unknown')
        left = json.loads(self.orderctl('review', 'list', '--format', 'json').stdout)
        self.assertEqual([x['external_id'] for x in left], ['S3', 'S1'])


class Replay(AuditCase):

    def test_replay_reports_changes_and_writes_nothing(self):
        self.drop('shop', 'a.csv', HEADER + ''.join(
            row('P%d' % i, 'C', 1, '%d.00' % (i * 1000), phone='1370013700%d' % i)
            for i in range(1, 9)))
        self.once()
        before = self.sql("SELECT id, audit_outcome, audit::text FROM orders ORDER BY id")
        reserved = self.reserved('C')
        stricter = self.write_rules(RULES.replace('above: "5000.00"', 'above: "2500.00"'),
                                    'stricter.yaml')
        out = self.orderctl('audit', 'replay', '--rules', stricter, '--format', 'json')
        rep = json.loads(out.stdout)
        self.assertEqual(rep['orders'], 8)
        self.assertEqual(rep['changed'], 3)  # 3000, 4000, 5000 now held
        self.assertEqual(rep['transitions'], {'approved->held': 3})
        fires = {f['rule']: (f['stored'], f['replayed']) for f in rep['fires']}
        self.assertEqual(fires['big'], (3, 6))
        self.assertEqual(sorted(s['external_id'] for s in rep['samples']), ['P3', 'P4', 'P5'])
        self.assertEqual(self.sql("SELECT id, audit_outcome, audit::text FROM orders ORDER BY id"),
                         before)
        self.assertEqual(self.reserved('C'), reserved)
        # The same rules: nothing would change, stock held by approved
        # orders does not count against themselves.
        same = json.loads(self.orderctl('audit', 'replay', '--rules',
                                        os.path.join(self.etc, 'rules.yaml'),
                                        '--format', 'json').stdout)
        self.assertEqual(same['changed'], 0)
        table = self.orderctl('audit', 'replay', '--rules', stricter, '--channel', 'shop',
                              '--since', '2026-11-01').stdout
        self.assertIn('would change outcome: 3 orders', table)
        self.assertIn('approved -> held: 3', table)

    def test_replay_bad_rules_file_names_line_and_column(self):
        bad = self.write_rules('rules:\n  - {id: x, type: nope, action: hold}\n', 'bad.yaml')
        out = self.orderctl('audit', 'replay', '--rules', bad, check=False)
        self.assertEqual(out.returncode, 2)
        self.assertRegex(out.stderr, r'bad\.yaml:2:\d+: ')


class AuditRace(AuditCase):
    """Two channels, two orderd processes, small batches, scarce stock:
    reserved never exceeds on_hand, and equals what the approved orders
    hold."""
    channels = {'north': {'timezone': 'Asia/Shanghai', 'currency': 'CNY'},
                'south': {'timezone': 'Asia/Shanghai', 'currency': 'CNY'}}
    batch_size = 3
    rules = """rules:
  - {id: stock, type: stock, warehouse: main, action: hold}
"""

    def test_two_processes_race_for_the_last_units(self):
        self.load('inventory', 'sku,warehouse,on_hand\nX,main,40\nY,main,25\n')
        n = 90
        for ch in ('north', 'south'):
            for f in range(3):
                rows = []
                for i in range(n // 3):
                    k = f * (n // 3) + i
                    sku = 'X' if k % 3 else 'Y'
                    rows.append(row('%s-%03d' % (ch, k), sku, 1 + k % 2, '10.00',
                                    phone='1380000%04d' % (k + (5000 if ch == 'south' else 0))))
                self.drop(ch, 'f%d.csv' % f, HEADER + ''.join(rows))
        a = self.start_daemon('--channel', 'north')
        b = self.start_daemon('--channel', 'south')
        self.wait_for(lambda: int(self.sql("SELECT count(*) FROM orders")[0][0]) == 2 * n,
                      timeout=120, what='all orders stored')
        self.assertEqual(self.stop(a), 0)
        self.assertEqual(self.stop(b), 0)
        for sku, on_hand in (('X', 40), ('Y', 25)):
            reserved = self.reserved(sku)
            held_by_orders = int(self.sql(
                "SELECT coalesce(sum(r.qty), 0) FROM stock_reservations r JOIN orders o"
                " ON o.id = r.order_id WHERE r.sku = :'p1' AND r.released_at IS NULL"
                " AND o.audit_outcome = 'approved'", sku)[0][0])
            needed = int(self.sql(
                "SELECT coalesce(sum(l.qty), 0) FROM order_lines l JOIN orders o"
                " ON o.id = l.order_id WHERE l.sku = :'p1' AND o.audit_outcome = 'approved'",
                sku)[0][0])
            self.assertLessEqual(reserved, on_hand, sku)
            self.assertEqual(reserved, held_by_orders, sku)
            self.assertEqual(reserved, needed, sku)
            # Demand is far above supply: the stock ends (almost) used up.
            self.assertGreaterEqual(reserved, on_hand - 1, sku)
        outcomes = dict(self.sql("SELECT audit_outcome, count(*) FROM orders GROUP BY 1"))
        self.assertEqual(sum(int(v) for v in outcomes.values()), 2 * n)
        self.assertGreater(int(outcomes.get('held', 0)), 0)
        # every held order was held for stock, with the numbers it saw
        self.assertEqual(self.sql("SELECT count(*) FROM orders WHERE audit_outcome = 'held'"
                                  " AND audit->'reasons'->0->>'rule' <> 'stock'"), [['0']])


class AuditMatchCustomerBy(AuditCase):
    rules = """rules:
  - {id: credit, type: credit_limit, action: hold}
"""

    def set_match(self, value):
        path = os.path.join(self.etc, 'channels.d', 'shop.yaml')
        with open(path) as f:
            text = f.read()
        with open(path, 'w') as f:
            f.write(text.replace('kind: feed\n', 'kind: feed\nmatch_customer_by: %s\n' % value))

    def test_channel_narrows_customer_matching(self):
        self.load('customers', 'ref,name,phone,email,credit_limit,open_balance,price_tier,blocked\n'
                  'K1,Kai,13600136000,,10.00,0,,false\nK2,Bo,13800138000,,1000.00,0,,false\n')
        self.drop('shop', 'a.csv', HEADER + row('M1', 'C', 4, '10.00', ref='K1'))
        self.once()
        self.assertEqual(self.audit()['M1']['audit']['outcome'], 'held')  # K1 by ref
        self.set_match('[phone]')
        self.drop('shop', 'b.csv', HEADER + row('M2', 'C', 4, '10.00', ref='K1'))
        self.once()
        self.assertEqual(self.audit()['M2']['audit']['outcome'], 'approved')  # K2 by phone
        self.assertEqual(self.sql("SELECT customer_ref_matched FROM orders WHERE external_id = 'M2'"),
                         [['K2']])

    def test_unknown_way_is_a_config_error(self):
        self.set_match('[phone, fax]')
        out = self.run_prog('orderd', '--check', check=False)
        self.assertEqual(out.returncode, 2)
        self.assertRegex(out.stderr, r"shop\.yaml:\d+:\d+: match_customer_by: unknown 'fax'; "
                                     r"allowed: ref, phone, email")
