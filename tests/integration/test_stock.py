"""The clerk's mistakes (issue 19): `orderctl stock verify` compares
inventory.reserved with the active reservations and `--repair` sets it
from them; an option a command does not take is refused, not ignored."""
import json
import os

from harness import OrderdCase

HEADER = 'external_id,status,lines.sku,lines.qty,lines.unit_price\n'


class StockVerify(OrderdCase):
    channels = {}

    def setUp(self):
        super().setUp()
        self.add_channel('shop', {'currency': 'CNY'})
        self.drop('shop', 'a.csv', HEADER + 'S1,paid,A,3,5.00\nS2,paid,B,1,5.00\n')
        self.once()
        inv = os.path.join(self.tmp, 'inv.csv')
        with open(inv, 'w') as f:
            f.write('sku,warehouse,on_hand\nA,main,10\nB,main,4\n')
        self.orderctl('import', 'inventory', inv)
        # What the audit writes when it approves S1: a reservation and reserved.
        self.sql("INSERT INTO stock_reservations (order_id, sku, warehouse, qty)"
                 " SELECT id, 'A', 'main', 3 FROM orders WHERE external_id = 'S1'")
        self.sql("UPDATE inventory SET reserved = 3 WHERE sku = 'A'")

    def verify(self, *args):
        return self.orderctl('stock', 'verify', *args, check=False)

    def test_matching_books_pass(self):
        out = self.verify()
        self.assertEqual(out.returncode, 0, out.stderr)
        self.assertIn('reserved matches the active reservations', out.stdout)
        self.assertEqual(json.loads(self.verify('--format', 'json').stdout), [])

    def test_a_mismatch_is_listed_and_repaired(self):
        # A hand edit, and a reservation whose row the ERP deleted.
        self.sql("UPDATE inventory SET reserved = 9 WHERE sku = 'B'")
        self.sql("INSERT INTO stock_reservations (order_id, sku, warehouse, qty)"
                 " SELECT id, 'C', 'east', 2 FROM orders WHERE external_id = 'S2'")
        out = self.verify('--format', 'json')
        self.assertEqual(out.returncode, 1)
        self.assertEqual(json.loads(out.stdout), [
            {'sku': 'B', 'warehouse': 'main', 'on_hand': 4, 'reserved': 9, 'reservations': 0},
            {'sku': 'C', 'warehouse': 'east', 'on_hand': None, 'reserved': 0,
             'reservations': 2}])
        out = self.verify('--repair')
        self.assertIn('reserved set from the reservations on 1 row', out.stderr)
        # B is mended; C has no inventory row for orderd to set: a person decides.
        self.assertEqual(out.returncode, 1)
        self.assertIn('east', out.stdout)
        self.assertNotIn('main', out.stdout)
        self.assertEqual(self.sql("SELECT sku, reserved FROM inventory ORDER BY 1"),
                         [['A', '3'], ['B', '0']])

    def test_a_released_reservation_does_not_count(self):
        self.sql("UPDATE stock_reservations SET released_at = now()")
        out = self.verify('--format', 'json')
        self.assertEqual(out.returncode, 1)
        self.assertEqual(json.loads(out.stdout)[0]['reservations'], 0)
        self.verify('--repair')
        self.assertEqual(self.verify().returncode, 0)

    def test_an_import_cannot_break_the_books(self):
        inv = os.path.join(self.tmp, 'sample.csv')
        with open(inv, 'w') as f:
            f.write('sku,warehouse,on_hand,reserved\nA,main,10,0\n')
        out = self.orderctl('import', 'inventory', inv)
        self.assertIn('column reserved ignored', out.stderr)
        self.assertEqual(self.verify().returncode, 0)


class OptionsNotTaken(OrderdCase):
    channels = {}

    def test_an_option_of_another_command_is_refused(self):
        for args, msg in [
                (['orders', '--since', '2026-08-01'], 'orders does not take --since'),
                (['review', 'approve', '1', '--reason', 'x'],
                 'review approve does not take --reason'),
                (['channels', '--limit', '5'], 'channels does not take --limit'),
                (['stock', 'verify', '--all'], 'stock does not take --all'),
                (['extract', 'x.eml', '--since', '2026-01-01'], 'extract does not take --since'),
                (['deadletters', 'retry', '--reason', 'x', '1'],
                 'deadletters retry does not take --reason')]:
            with self.subTest(args=args):
                out = self.orderctl(*args, check=False)
                self.assertEqual(out.returncode, 2, out.stderr)
                self.assertIn('orderctl: ' + msg, out.stderr)

    def test_the_options_a_command_takes_still_work(self):
        out = self.orderctl('orders', '--limit', '5', '--format', 'json', '-q')
        self.assertEqual(json.loads(out.stdout), [])
