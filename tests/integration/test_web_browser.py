"""orderweb's pages in a real browser: Debian's headless chromium driven
by puppeteer-core (tests/browser/console.js) against orderweb, orderd
--once and a real PostgreSQL. A clerk signs in (in Chinese, the
browser's language), sees the held orders urgent first, opens one by
keyboard, reads its reasons, evidence, lines, timeline and raw payload,
approves it and sees it leave the queue; rejects another (a reason is
required); bulk-approves two; retries a dead letter; searches by phone;
sees a new held order arrive by server-sent events without a reload;
switches to English (remembered). axe-core checks every page for WCAG
A/AA violations (labels, contrast, names, keyboard basics).

The npm packages come from tests/browser/package-lock.json (`npm ci` in
tests/browser: browser_packages in scripts/common.sh, which scripts/test
runs). The test is skipped only when npm could not reach its registry
(browser_packages then leaves tests/browser/.npm-offline); packages
missing otherwise, or a missing /usr/bin/chromium, fail it. Set ORDERD_SCREENSHOTS=DIR to keep the
queue and order screenshots (docs/images/ holds the published ones)."""
import json
import os
import shutil
import subprocess
import unittest

from harness import OrderdCase  # noqa: F401 (the harness's database set-up)
from test_audit import HEADER, AuditCase, row
from test_web import WebMixin

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..'))
BROWSER_DIR = os.path.join(ROOT, 'tests', 'browser')
CHROMIUM = '/usr/bin/chromium'
PASSWORD = 'pass-' + 'word1'


def npm_ready():
    return os.path.isdir(os.path.join(BROWSER_DIR, 'node_modules', 'puppeteer-core')) and \
        os.path.isdir(os.path.join(BROWSER_DIR, 'node_modules', 'axe-core'))


class WebBrowser(WebMixin, AuditCase):
    main_extra = 'rules: rules.yaml\n'
    channels = {'shop': {'timezone': 'Asia/Shanghai', 'currency': 'CNY'},
                'mall': {'currency': 'CNY', 'status_map': {'ok': 'paid'}}}

    def setUp(self):
        if not npm_ready():
            if os.path.exists(os.path.join(BROWSER_DIR, '.npm-offline')):
                raise unittest.SkipTest('npm could not reach its registry, so puppeteer-core '
                                        'and axe-core are not installed (tests/browser/'
                                        '.npm-offline holds npm\'s words)')
            self.fail('puppeteer-core and axe-core are not installed: run `npm ci` in '
                      'tests/browser (browser_packages in scripts/common.sh, which '
                      'scripts/test runs)')
        self.assertTrue(os.access(CHROMIUM, os.X_OK),
                        '%s is missing: install Debian chromium' % CHROMIUM)
        self.assertIsNotNone(shutil.which('node'), 'node is missing: install Debian nodejs')
        super().setUp()
        self.drop('shop', 'a.csv', HEADER +
                  row('S1', 'B', 2, '10.00', phone='13700137001', placed='2026-11-20 09:00:00') +
                  row('S3', 'NOPE', 1, '10.00', phone='13700137003', name='李四',
                      placed='2026-11-20 09:10:00') +
                  row('S4', 'A', 1, '6000.00', total='6000.00', phone='13700137004',
                      name='王五', placed='2026-11-20 09:20:00') +
                  row('S5', 'C', 1, '6000.00', total='6000.00', phone='13700137005',
                      name='赵六', placed='2026-11-20 09:30:00') +
                  row('U1', 'A', 1, '6000.00', total='6000.00', phone='13700137011',
                      name='钱七', note='请加急', placed='2026-11-20 09:40:00'))
        self.drop('mall', 'm.csv', 'external_id,status,lines.sku,lines.qty,lines.unit_price\n'
                                   'D1,done,C,1,1.00\n')
        self.once()
        # the dead letter can be retried once its status is mapped
        self.add_channel('mall', {'currency': 'CNY',
                                  'status_map': {'ok': 'paid', 'done': 'completed'}})
        self.add_user('clerk1', 'clerk')
        self.start_web()

    def run_browser(self):
        shots = os.environ.get('ORDERD_SCREENSHOTS') or os.path.join(self.tmp, 'shots')
        os.makedirs(shots, exist_ok=True)
        env = dict(os.environ, REJECT='S3', BULK='S4,S5', SEARCH='13700137011')
        p = subprocess.Popen(['node', os.path.join(BROWSER_DIR, 'console.js'),
                              'http://127.0.0.1:%d' % self.port, 'clerk1', PASSWORD, shots],
                             cwd=BROWSER_DIR, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True, env=env)
        self.procs.append(p)
        result = None
        for line in p.stdout:
            if line == 'SSE-READY\n':
                # a new held order while the queue page is open
                self.drop('shop', 'b.csv', HEADER +
                          row('N1', 'C', 1, '6000.00', total='6000.00', phone='13700137021',
                              name='<b>孙八</b>', placed='2026-11-20 10:00:00'))
                self.once()
                p.stdin.write('go\n')
                p.stdin.flush()
            elif line.startswith('RESULT '):
                result = json.loads(line[7:])
        err = p.stderr.read()
        rc = p.wait(timeout=60)
        self.assertEqual(rc, 0, 'console.js failed:\n%s\nsaw: %s\norderweb log:\n%s'
                         % (err, json.dumps(result, ensure_ascii=False, indent=1),
                            self.web_log()))
        return result, shots

    def test_clerk_works_the_console(self):
        seen, shots = self.run_browser()
        self.assertEqual(seen['console_errors'], [])
        # signed out -> the login page, in the browser's language
        self.assertEqual(seen['login_url'], '/login')
        self.assertEqual(seen['login_heading'], '订单审核')
        self.assertEqual(seen['login_refused'], '用户名或密码错误')
        # the queue: urgent first, then oldest first; the count in the title
        self.assertEqual(seen['lang'], 'zh-CN')
        self.assertEqual(seen['queue'], ['U1', 'S1', 'S3', 'S4', 'S5'])
        self.assertEqual(seen['queue_urgent'], [True, False, False, False, False])
        self.assertEqual(seen['title'], '(5) 待审核订单 · orderweb')
        self.assertEqual(seen['nav'], ['待审核', '死信', '渠道', '搜索'])
        self.assertEqual(seen['queue_rule_known'], ['S3'])
        # the order page: reasons with evidence, lines, people, timeline, raw
        self.assertEqual(seen['order_heading'], '订单 shop / U1')
        self.assertEqual(len(seen['order_reasons']), 2, seen['order_reasons'])
        self.assertTrue(any('big' in r and '5000.00' in r for r in seen['order_reasons']),
                        seen['order_reasons'])
        self.assertTrue(any('rush' in r and '加急' in r for r in seen['order_reasons']),
                        seen['order_reasons'])
        self.assertIn('matched', seen['order_evidence'])
        self.assertEqual(seen['order_lines'][:4], ['1', 'A', '', '1'])
        self.assertEqual(seen['order_customer'], ['钱七', '13700137011'])
        self.assertEqual(seen['order_ship'], ['钱七', '13700137011', '上海市 上海市 张江路 1 号'])
        self.assertEqual([e[1:3] for e in seen['order_events']],
                         [['created', 'orderd'], ['audit', 'orderd']])
        self.assertIn('U1,2026-11-20 09:40:00', seen['order_raw'])
        self.assertIn('请加急', seen['order_raw'])
        # approve: it leaves the queue; the title counts one less
        self.assertEqual(seen['approve_status'], '已批准订单 U1')
        self.assertEqual(seen['queue_after_approve'], ['S1', 'S3', 'S4', 'S5'])
        self.assertEqual(seen['title_after_approve'], '(4) 待审核订单 · orderweb')
        # reject: refused without a reason, then done
        self.assertEqual(seen['reject_without_reason'], '请填写拒绝原因')
        self.assertEqual(seen['reject_status'], '已拒绝订单 S3')
        self.assertEqual(seen['queue_after_reject'], ['S1', 'S4', 'S5'])
        self.assertEqual(seen['bulk_status'], '已批准 2 个订单')
        self.assertEqual(seen['queue_after_bulk'], ['S1'])
        # the decisions are the clerk's, as orderctl shows them
        for ext, outcome, kind_detail in (('U1', 'approved', ('note', '客户电话确认')),
                                          ('S3', 'rejected', ('note', '缺货，客户同意取消'))):
            shown = json.loads(self.orderctl('review', 'show', 'shop/' + ext, '--format',
                                             'json').stdout)
            self.assertEqual(shown['audit']['outcome'], outcome)
            last = shown['events'][-1]
            self.assertEqual(last['actor'], 'clerk1')
            self.assertEqual(json.loads(last['detail'])[kind_detail[0]], kind_detail[1])
        # the dead letter: its bytes decoded, retried into an order
        self.assertEqual(seen['dead'], ['m.csv:2'])
        self.assertEqual(seen['dead_raw'], 'external_id,status,lines.sku,lines.qty,'
                         'lines.unit_price\nD1,done,C,1,1.00')
        self.assertRegex(seen['retry_status'], r'^死信 \d+ 已重试$')
        self.assertEqual(seen['dead_after_retry'], [])
        self.assertEqual(self.sql("SELECT state, retried_by FROM dead_letters"),
                         [['resolved', 'clerk1']])
        self.assertEqual(self.sql("SELECT status FROM orders WHERE external_id = 'D1'"),
                         [['completed']])
        # channels, search
        self.assertEqual(sorted(c[0] for c in seen['channels']), ['mall', 'shop'])
        self.assertEqual({c[0]: c[1] for c in seen['channels']}, {'mall': 'ok', 'shop': 'ok'})
        self.assertEqual(seen['search'], ['U1'])
        # server-sent events: the new order appears, the page was not reloaded
        self.assertEqual(seen['queue_before_sse'], ['S1'])
        self.assertEqual(seen['queue_after_sse'], ['S1', 'N1'])
        self.assertTrue(seen['not_reloaded'])
        # a name with markup is shown as text, never as an element
        self.assertEqual(seen['sse_customers'], ['张三', '<b>孙八</b>'])
        self.assertEqual(seen['sse_elements_from_data'], 0)
        self.assertEqual(seen['title_after_sse'], '(2) 待审核订单 · orderweb')
        # English, remembered
        self.assertEqual(seen['en_heading'], 'Held orders')
        self.assertEqual(seen['en_after_reload'], 'Held orders')
        self.assertEqual(seen['en_lang'], 'en')
        # accessibility: no WCAG A/AA violations on any page
        self.assertEqual(sorted(seen['axe']), ['channels', 'dead', 'login', 'order', 'queue',
                                               'queue_en', 'search'])
        for page, violations in seen['axe'].items():
            self.assertEqual(violations, [], page)
        for name in ('console-queue.png', 'console-order.png'):
            size = os.path.getsize(os.path.join(shots, name))
            self.assertLess(size, 300 * 1024, name)


if __name__ == '__main__':
    unittest.main()
