"""The clerk's clock (issue 19): orderctl shows times in display.timezone
(absent: the machine's zone) as RFC 3339 with the offset, and reads the
dates typed on its command line in that zone, so an order placed at
01:55 on 1 August in Beijing is an August order."""
import json
import os

from harness import OrderdCase

HERE = os.path.dirname(os.path.abspath(__file__))
RULES = os.path.join(HERE, '..', '..', 'config', 'rules.yaml')
HEADER = 'external_id,status,placed_at,lines.sku,lines.qty,lines.unit_price\n'


class DisplayTimezone(OrderdCase):
    channels = {}

    def setUp(self):
        super().setUp()
        self.add_channel('shop', {'currency': 'CNY'})
        # 23:55 on 31 July and 01:55 on 1 August, Beijing time
        self.drop('shop', 'a.csv', HEADER + 'JUL,paid,2026-07-31T15:55:00Z,A,1,5.00\n'
                  'AUG,paid,2026-07-31T17:55:00Z,A,1,5.00\n')
        self.once()

    def zone(self, name):
        self.write_main_config('display:\n  timezone: %s\n' % name)

    def placed(self):
        return {o['external_id']: o['placed_at'] for o in self.orders()}

    def test_times_are_shown_in_the_configured_zone(self):
        self.zone('Asia/Shanghai')
        self.assertEqual(self.placed(), {'JUL': '2026-07-31T23:55:00+08:00',
                                         'AUG': '2026-08-01T01:55:00+08:00'})
        table = self.orderctl('orders').stdout
        self.assertIn('2026-08-01T01:55:00+08:00', table)
        order = json.loads(self.orderctl('order', 'shop', 'AUG', '--format', 'json').stdout)
        self.assertEqual(order['placed_at'], '2026-08-01T01:55:00+08:00')

    def test_the_machine_zone_is_the_default(self):
        os.environ['TZ'] = 'Asia/Tokyo'
        self.addCleanup(os.environ.pop, 'TZ', None)
        self.assertEqual(self.placed()['AUG'], '2026-08-01T02:55:00+09:00')
        os.environ['TZ'] = 'UTC'
        self.assertEqual(self.placed()['AUG'], '2026-07-31T17:55:00Z')

    def test_since_is_a_day_in_the_zone(self):
        self.zone('Asia/Shanghai')
        out = self.orderctl('audit', 'replay', '--rules', RULES, '--since', '2026-08-01',
                            '--format', 'json')
        replay = json.loads(out.stdout)
        self.assertEqual(replay['since'], '2026-08-01T00:00:00+08:00')
        self.assertEqual(replay['orders'], 1)  # AUG; in UTC both would be July
        self.zone('UTC')
        out = self.orderctl('audit', 'replay', '--rules', RULES, '--since', '2026-08-01',
                            '--format', 'json')
        self.assertEqual(json.loads(out.stdout)['orders'], 0)

    def test_a_bad_date_is_a_usage_error(self):
        out = self.orderctl('audit', 'replay', '--rules', RULES, '--since', '1 Aug', check=False)
        self.assertEqual(out.returncode, 2)
        self.assertIn("--since: '1 Aug' is not a date or time", out.stderr)

    def test_an_unknown_zone_is_a_configuration_error(self):
        self.zone('Asia/Beijing')
        out = self.run_prog('orderd', '--check', check=False)
        self.assertEqual(out.returncode, 2)
        self.assertIn('orderd.yaml:11:', out.stderr)
        self.assertIn('display.timezone', out.stderr)
        self.assertIn('Asia/Beijing', out.stderr)
