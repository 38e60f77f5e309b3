"""The clerk's report (issue 14): `orderctl report daily|weekly|range` over
orders the real daemon ingested from feed files and audited with real
rules. Every expected figure below is worked out by hand from the rows in
this file (the comments show the sums), not by asking the database again.

The day is 2026-11-20 in Asia/Shanghai: from 2026-11-19T16:00:00Z to
2026-11-20T16:00:00Z. S2 (00:30 Beijing time) belongs to it although its
UTC date is the 19th; S9 (00:10 on the 21st) does not although its UTC
date is the 20th."""
import datetime
import json
import os
import time
import zoneinfo

from harness import OrderdCase

HEADER = ('external_id,placed_at,status,currency,buyer_note,'
          'lines.sku,lines.qty,lines.unit_price\n')
# Beijing times; (sku, qty, price) -> line total = qty * price
SHOP = (
    'S3,2026-11-19 23:30:00,paid,CNY,,A,1,100.00\n'      # previous day: 100.00
    'S2,2026-11-20 00:30:00,paid,CNY,,A,1,100.00\n'      # approved 100.00
    'S1,2026-11-20 09:00:00,paid,CNY,,A,2,100.00\n'      # approved 200.00
    'S4,2026-11-20 10:00:00,paid,CNY,,B,5,50.00\n'       # held: B short, 250.00
    'S5,2026-11-20 11:00:00,paid,CNY,,C,1,2000.00\n'     # held: big, 2000.00
    'S6,2026-11-20 12:00:00,paid,CNY,,E,1,6000.00\n'     # rejected: huge, 6000.00
    'S7,2026-11-20 13:00:00,paid,CNY,请加急,A,1,100.00\n'  # approved, urgent, 100.00
    'S8,2026-11-20 14:00:00,paid,USD,,D,3,10.00\n'       # approved 30.00 USD
    'S9,2026-11-21 00:10:00,paid,CNY,,A,3,100.00\n')     # next day: 300.00
INTL = (
    'I3,2026-11-19 09:00:00,paid,USD,,D,1,15.00\n'       # previous day: 15.00
    'I1,2026-11-20 08:00:00,paid,USD,,D,2,15.00\n'       # approved 30.00
    'I2,2026-11-20 09:00:00,paid,USD,加急,B,4,40.00\n')   # held: B short, urgent, 160.00

RULES = '''rules:
  - {id: huge, type: amount, above: "5000.00", action: reject}
  - {id: big, type: amount, above: "1000.00", action: hold}
  - {id: stock, type: stock, warehouse: main, action: hold}
  - {id: rush, type: priority, keywords: [加急], action: set_priority}
'''
INVENTORY = 'sku,warehouse,on_hand\nA,main,10\nB,main,3\nC,main,5\nD,main,100\nE,main,10\n'


class ReportCase(OrderdCase):
    channels = {'shop': {'timezone': 'Asia/Shanghai'},
                'intl': {'timezone': 'Asia/Shanghai', 'currency': 'USD'}}
    zone = 'Asia/Shanghai'

    def setUp(self):
        super().setUp()
        with open(os.path.join(self.etc, 'rules.yaml'), 'w') as f:
            f.write(RULES)
        self.set_zone(self.zone)
        inv = os.path.join(self.tmp, 'inv.csv')
        with open(inv, 'w') as f:
            f.write(INVENTORY)
        self.orderctl('import', 'inventory', inv)

    def set_zone(self, zone):
        self.write_main_config('rules: rules.yaml\nreports:\n  timezone: %s\n' % zone)

    def report(self, *args):
        return json.loads(self.orderctl('report', *args, '--format', 'json').stdout)


class DailyFigures(ReportCase):
    def setUp(self):
        super().setUp()
        self.drop('shop', 'a.csv', HEADER + SHOP)
        self.drop('intl', 'a.csv', HEADER + INTL)
        self.once()

    def test_orders_and_amounts_per_channel_and_currency(self):
        r = self.report('daily', '--date', '2026-11-20')
        self.assertEqual(r['period'], {
            'kind': 'daily', 'name': '2026-11-20', 'from': '2026-11-20T00:00:00+08:00',
            'to': '2026-11-21T00:00:00+08:00', 'timezone': 'Asia/Shanghai',
            'first_day': '2026-11-20', 'last_day': '2026-11-20', 'days': 1})
        self.assertEqual(r['previous_period']['name'], '2026-11-19')
        self.assertEqual(r['channels'], [
            # I1 30 + I2 160; I3 15 the day before: +100 % orders, 175/15 = +1166.7 %
            {'channel': 'intl', 'orders': 2, 'amounts': {'USD': '190.00'},
             'previous_orders': 1, 'previous_amounts': {'USD': '15.00'},
             'orders_change_pct': 100.0, 'amounts_change_pct': {'USD': 1166.7}},
            # CNY: S2 100 + S1 200 + S4 250 + S5 2000 + S6 6000 + S7 100 = 8650 (6 orders),
            # USD: S8 30; the day before S3 100 CNY: 1 -> 7 orders is +600 %
            {'channel': 'shop', 'orders': 7, 'amounts': {'CNY': '8650.00', 'USD': '30.00'},
             'previous_orders': 1, 'previous_amounts': {'CNY': '100.00', 'USD': '0.00'},
             'orders_change_pct': 600.0, 'amounts_change_pct': {'CNY': 8550.0, 'USD': None}}])
        # never summed across currencies
        self.assertEqual(r['totals']['amounts'], {'CNY': '8650.00', 'USD': '220.00'})
        self.assertEqual(r['totals']['previous_amounts'], {'CNY': '100.00', 'USD': '15.00'})
        self.assertEqual((r['totals']['orders'], r['totals']['previous_orders']), (9, 2))
        self.assertEqual(r['daily'], [{'date': '2026-11-20', 'channel': 'intl', 'orders': 2},
                                      {'date': '2026-11-20', 'channel': 'shop', 'orders': 7}])

    def test_audit_figures(self):
        a = self.report('daily', '--date', '2026-11-20')['audit']
        # approved S1 S2 S7 S8 I1, held S4 S5 I2, rejected S6
        self.assertEqual({k: a[k] for k in ('approved', 'held', 'rejected', 'pending', 'total')},
                         {'approved': 5, 'held': 3, 'rejected': 1, 'pending': 0, 'total': 9})
        self.assertEqual(a['rates_pct'], {'approved': 55.6, 'held': 33.3, 'rejected': 11.1,
                                          'pending': 0.0})
        # the audit decides at intake, in the same transaction
        self.assertEqual(a['median_decision_seconds'], 0)
        # stock holds S4 and I2, big holds S5; rush only sets a priority
        self.assertEqual([(x['rule'], x['count']) for x in a['top_hold_reasons']],
                         [('stock', 2), ('big', 1)])
        self.assertIn('B', a['top_hold_reasons'][0]['message'])
        # waiting at 2026-11-21 00:00 Beijing time, oldest first: I2 09:00, S4 10:00, S5 11:00
        w = a['waiting_at_end']
        self.assertEqual(w['count'], 3)
        self.assertEqual([(o['channel'], o['external_id'], o['outcome'], o['age_seconds'],
                           o['placed_at']) for o in w['orders']],
                         [('intl', 'I2', 'held', 15 * 3600, '2026-11-20T09:00:00+08:00'),
                          ('shop', 'S4', 'held', 14 * 3600, '2026-11-20T10:00:00+08:00'),
                          ('shop', 'S5', 'held', 13 * 3600, '2026-11-20T11:00:00+08:00')])

    def test_stock_shortfall_cover_and_top_skus(self):
        r = self.report('daily', '--date', '2026-11-20')
        # B: on hand 3, nothing reserved, S4 wants 5 and I2 4: 9 - 3 = 6 short.
        # A: reserved S1 2 + S2 1 + S3 1 + S7 1 + S9 3 = 8 <= 10; C: 1 held <= 5.
        (short,) = r['stock_shortfall']
        ids = dict(self.sql("SELECT channel || '/' || external_id, id FROM orders"))
        self.assertEqual({k: v for k, v in short.items() if k != 'orders'},
                         {'sku': 'B', 'warehouse': 'main', 'on_hand': 3, 'reserved': 0,
                          'held_demand': 9, 'shortfall': 6})
        self.assertEqual(short['orders'], sorted(['shop/S4', 'intl/I2'], key=lambda k: int(ids[k])))
        # demand of the day (the rejected S6 wants nothing): A 2+1+1 = 4, B 5+4 = 9, C 1,
        # D 3+2 = 5; cover = (on hand - reserved) / demand per day
        self.assertEqual([(c['sku'], c['on_hand'], c['reserved'], c['demand'], c['days_of_cover'])
                          for c in r['stock_cover']],
                         [('B', 3, 0, 9, 0.3), ('A', 10, 8, 4, 0.5), ('C', 5, 0, 1, 5.0),
                          ('D', 100, 6, 5, 18.8)])
        top = r['top_skus']
        self.assertEqual([(x['sku'], x['qty'], x['orders']) for x in top['by_quantity']],
                         [('B', 9, 2), ('D', 5, 2), ('A', 4, 3), ('C', 1, 1)])
        # per currency: CNY C 2000, A 200+100+100, B 250; USD B 160, D 30+30
        self.assertEqual([(x['sku'], x['currency'], x['amount']) for x in top['by_amount']],
                         [('C', 'CNY', '2000.00'), ('A', 'CNY', '400.00'), ('B', 'CNY', '250.00'),
                          ('B', 'USD', '160.00'), ('D', 'USD', '60.00')])

    def test_rush_orders(self):
        r = self.report('daily', '--date', '2026-11-20')
        self.assertEqual([(x['external_id'], x['outcome'], x['decided']) for x in r['rush']],
                         [('I2', 'held', False), ('S7', 'approved', True)])
        self.assertIsNone(r['rush'][0]['decided_at'])
        self.assertIsNotNone(r['rush'][1]['decided_at'])

    def test_a_day_that_crosses_midnight_in_shanghai_but_not_in_utc(self):
        self.set_zone('UTC')
        r = self.report('daily', '--date', '2026-11-20')
        self.assertEqual((r['period']['from'], r['period']['to']),
                         ('2026-11-20T00:00:00Z', '2026-11-21T00:00:00Z'))
        # In UTC S2 (2026-11-19T16:30Z) is the day before and S9 (2026-11-20T16:10Z) is in:
        # CNY S1 200 + S4 250 + S5 2000 + S6 6000 + S7 100 + S9 300 = 8850; S3 and S2 the 19th
        shop = [c for c in r['channels'] if c['channel'] == 'shop'][0]
        self.assertEqual((shop['orders'], shop['amounts']), (7, {'CNY': '8850.00', 'USD': '30.00'}))
        self.assertEqual((shop['previous_orders'], shop['previous_amounts']),
                         (2, {'CNY': '200.00', 'USD': '0.00'}))
        # --date is the same text; the zone decides which orders it holds
        self.set_zone('Asia/Shanghai')
        shop = [c for c in self.report('daily', '--date', '2026-11-20')['channels']
                if c['channel'] == 'shop'][0]
        self.assertEqual(shop['amounts']['CNY'], '8650.00')

    def test_channel_filter_weekly_and_range(self):
        r = self.report('daily', '--date', '2026-11-20', '--channel', 'intl')
        self.assertEqual(r['channel'], 'intl')
        self.assertEqual([c['channel'] for c in r['channels']], ['intl'])
        self.assertEqual((r['audit']['approved'], r['audit']['held'], r['audit']['total']), (1, 1, 2))
        self.assertEqual([x['external_id'] for x in r['audit']['waiting_at_end']['orders']], ['I2'])
        # 2026-W47 is Monday 16 to Sunday 22 November: every order above
        w = self.report('weekly', '--week', '2026-W47')
        self.assertEqual((w['period']['first_day'], w['period']['last_day']),
                         ('2026-11-16', '2026-11-22'))
        self.assertEqual(w['totals']['orders'], 12)
        # 100 + 8650 + 300 CNY; 15 + 30 + 190 USD
        self.assertEqual(w['totals']['amounts'], {'CNY': '9050.00', 'USD': '235.00'})
        g = self.report('range', '--from', '2026-11-19', '--to', '2026-11-20')
        self.assertEqual((g['period']['days'], g['totals']['orders']), (2, 11))
        self.assertEqual(g['previous_period']['first_day'], '2026-11-17')

    def test_csv_tables(self):
        out = os.path.join(self.tmp, 'orders.csv')
        self.orderctl('report', 'daily', '--date', '2026-11-20', '--format', 'csv', '-o', out)
        with open(out, 'rb') as f:
            data = f.read()
        self.assertTrue(data.startswith(b'\xef\xbb\xbf'))
        self.assertEqual(data[3:].decode('utf-8').split('\r\n'), [
            'channel,currency,orders,amount,previous_orders,previous_amount,amount_change_pct',
            'intl,USD,2,190.00,1,15.00,1166.7',
            'shop,CNY,6,8650.00,1,100.00,8550.0',
            'shop,USD,1,30.00,0,0.00,',
            ''])
        text = self.orderctl('report', 'daily', '--date', '2026-11-20', '--format', 'csv',
                             '--table', 'audit').stdout
        rows = text.lstrip('\ufeff').split('\n')
        self.assertEqual(rows[:5], ['kind,name,message,count,rate_pct', 'outcome,approved,,5,55.6',
                                    'outcome,held,,3,33.3', 'outcome,rejected,,1,11.1',
                                    'outcome,pending,,0,0.0'])
        self.assertTrue(rows[5].startswith('hold_reason,stock,'))
        self.assertTrue(rows[5].endswith(',2,'))
        text = self.orderctl('report', 'daily', '--date', '2026-11-20', '--format', 'csv',
                             '--table', 'stock').stdout.lstrip('\ufeff')
        self.assertEqual(text.split('\n')[0],
                         'sku,warehouse,on_hand,reserved,held_demand,shortfall,orders')
        self.assertTrue(text.split('\n')[1].startswith('B,main,3,0,9,6,'))
        text = self.orderctl('report', 'daily', '--date', '2026-11-20', '--format', 'csv',
                             '--table', 'skus').stdout.lstrip('\ufeff')
        self.assertIn('quantity,1,B,,9,2,', text)
        self.assertIn('amount,1,C,CNY,1,1,2000.00', text)
        self.assertIn('amount,1,B,USD,4,1,160.00', text)

    def test_table_output(self):
        out = self.orderctl('report', 'daily', '--date', '2026-11-20').stdout
        self.assertIn('Report 2026-11-20 (2026-11-20T00:00:00+08:00 .. '
                      '2026-11-21T00:00:00+08:00, Asia/Shanghai)', out)
        self.assertIn('approved 5  held 3  rejected 1  pending 0  (of 9', out)
        self.assertIn('waiting at the end of the period: 3', out)


class IntakeHealth(ReportCase):
    """Dead letters and failed polls happen now: a report around today sees them."""

    def around_now(self):
        """Yesterday to tomorrow: robust against a test that runs over midnight."""
        today = datetime.datetime.now(zoneinfo.ZoneInfo(self.zone)).date()
        one = datetime.timedelta(days=1)
        return ('range', '--from', (today - one).isoformat(), '--to', (today + one).isoformat())

    def test_dead_letters_failures_and_formula_cells(self):
        now = datetime.datetime.now(zoneinfo.ZoneInfo(self.zone)).strftime('%Y-%m-%d %H:%M:%S')
        # a row with a bad quantity is a dead letter; a SKU starting with = is held short
        self.drop('shop', 'a.csv', HEADER + 'X1,%s,paid,CNY,,A,zwei,1.00\n' % now +
                  'X2,%s,paid,CNY,,=HYPERLINK(1),1,1.00\n' % now)
        self.add_channel('gone', {'timezone': 'Asia/Shanghai'})
        os.rmdir(self.drop_dir('gone'))
        self.once(check=False)
        time.sleep(1.5)  # 'gone' has been down since its failed run, now over a second
        r = self.report(*self.around_now())
        self.assertEqual(r['dead_letters'], [{'channel': 'shop', 'opened': 1, 'closed': 0,
                                              'open_at_end': 1}])
        (f,) = r['channel_failures']
        self.assertEqual((f['channel'], f['runs'], f['failed_runs']), ('gone', 1, 1))
        self.assertGreaterEqual(f['down_seconds'], 1)
        (dead_id,), = self.sql('SELECT id FROM dead_letters')
        self.orderctl('deadletters', 'discard', dead_id, '--reason', 'typo')
        r = self.report(*self.around_now())
        self.assertEqual(r['dead_letters'], [{'channel': 'shop', 'opened': 1, 'closed': 1,
                                              'open_at_end': 0}])
        self.assertIn(b"\r\n'=HYPERLINK(1),main,0,0,1,1,shop/X2\r\n", self.csv_file('stock'))
        self.assertEqual(self.csv_file('deadletters'),
                         b'\xef\xbb\xbfchannel,opened,closed,open_at_end\r\nshop,1,1,0\r\n')

    def csv_file(self, table):
        out = os.path.join(self.tmp, table + '.csv')
        self.orderctl('report', *self.around_now(), '--format', 'csv', '--table', table,
                      '-o', out)
        with open(out, 'rb') as f:
            return f.read()


class UsageErrors(ReportCase):
    def test_usage_errors_exit_2(self):
        for args, msg in [
                (('report', 'monthly'), 'unknown command'),
                (('report',), 'unknown command'),
                (('report', 'daily', '--date', '2026-02-30'), "'2026-02-30' is not a date"),
                (('report', 'daily', '--date', '20.11.2026'), 'is not a date'),
                (('report', 'weekly', '--week', '2025-W53'), '2025 has no week 53'),
                (('report', 'weekly', '--week', '2026-47'), 'is not an ISO week'),
                (('report', 'range', '--from', '2026-11-01'), 'needs --from D and --to D'),
                (('report', 'range', '--from', '2026-11-02', '--to', '2026-11-01'),
                 'ends before it starts'),
                (('report', 'daily', '--week', '2026-W47'), 'does not take --week'),
                (('report', 'weekly', '--date', '2026-11-20'), 'does not take --date'),
                (('report', 'daily', '--format', 'xml'), "unknown --format 'xml'"),
                (('report', 'daily', '--table', 'stock'), '--table goes with --format csv'),
                (('report', 'daily', '--format', 'csv', '--table', 'nope'), "unknown --table"),
                (('report', 'daily', '--limit', '5'), 'does not take --limit')]:
            out = self.orderctl(*args, check=False)
            self.assertEqual(out.returncode, 2, (args, out.stderr))
            self.assertIn(msg, out.stderr, args)

    def test_unknown_reports_timezone_is_a_config_error(self):
        self.set_zone('Mars/Olympus')
        out = self.orderctl('report', 'daily', check=False)
        self.assertEqual(out.returncode, 2)
        self.assertIn('reports.timezone', out.stderr)
