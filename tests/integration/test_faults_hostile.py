"""Fault campaign (issue 16): platforms that answer wrongly for as long as
a poll lasts. Shopify, WooCommerce and Taobao (through the shared
gateway of the CN platforms) each answer every request with (1) HTTP 200
and an HTML maintenance page, (2) a JSON body cut in half with a
Content-Length that says so, (3) 429 with `Retry-After: 315360000` (ten
years). For each, `orderd --once` must end within seconds with exit 1
and an error that names what was wrong, and once the platform answers
properly again, the next run stores every order exactly once.

Alone, with a per-run time printed for each case (docs/reliability.md):

    ORDERD_BIN_DIR=$PWD/build/cmd python3 tests/integration/test_faults_hostile.py
"""
import os
import sys
import time

from test_shops import ShopCase

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'fakes'))
import shopify  # noqa: E402
import taobao  # noqa: E402
import woocommerce  # noqa: E402

# What each fault's error must name, per platform (lower case).
WORDS = {
    'wrong_content_type': ('html',),
    'json_cut': ('json',),
    'retry_far': ('429',),
}
BOUND_S = 30  # --once ends this soon however long the server asks to wait


class HostileAnswers(ShopCase):

    def shopify_fake(self):
        fake = shopify.ShopifyFake(token='shpat_hostile_0123', tz='+08:00', orders=30).start()
        self.addCleanup(fake.stop)
        self.write_channel('shop', 'shopify', {
            'shop_url': fake.url, 'access_token': self.secret('HOSTILE_SHOP', 'shpat_hostile_0123'),
            'lag': '1s', 'overlap': '2s', 'timeout': '2s'})
        return fake, 'shop', {str(o['id']) for o in fake.render_all()}

    def woo_fake(self):
        ck = 'ck_hostile_0123456789abcdef0123456789abcdef0123'
        cs = 'cs_hostile_0123456789abcdef0123456789abcdef0123'
        fake = woocommerce.WooFake(consumer_key=ck, consumer_secret=cs, tz='Asia/Shanghai',
                                   orders=30).start()
        self.addCleanup(fake.stop)
        self.write_channel('woo', 'woocommerce', {
            'site_url': fake.url, 'consumer_key': self.secret('HOSTILE_CK', ck),
            'consumer_secret': self.secret('HOSTILE_CS', cs), 'lag': '1s', 'overlap': '2s',
            'timeout': '2s'})
        return fake, 'woo', {str(o['id']) for o in fake.render_all()}

    def taobao_fake(self):
        key, secret, session = '23456789', 'tb-hostile-secret-0123', '6100hostilesession0123456789'
        fake = taobao.TaobaoFake(app_key=key, app_secret=secret, session=session, orders=30,
                                 span_days=2).start()
        self.addCleanup(fake.stop)
        self.write_channel('tb', 'taobao', {
            'gateway_url': fake.url + '/router/rest', 'app_key': key,
            'app_secret': self.secret('HOSTILE_TB_SECRET', secret),
            'session': self.secret('HOSTILE_TB_SESSION', session),
            'start_from': '3d', 'lag': '1s', 'overlap': '2s', 'timeout': '2s'})
        return fake, 'tb', {t['tid_str'] for t in fake.render_all()}

    def campaign(self, make):
        times = {}
        for fault, words in WORDS.items():
            with self.subTest(fault=fault):
                self.sql('TRUNCATE orders, order_lines, channel_cursors, dead_letters CASCADE')
                fake, channel, want = make()
                fake.fail_next(fault, 100000)
                t0 = time.time()
                out = self.run_prog('orderd', '--once', check=False, timeout=BOUND_S + 30)
                took = time.time() - t0
                times[fault] = took
                self.assertEqual(out.returncode, 1, out.stderr)
                self.assertLess(took, BOUND_S, out.stderr)
                err = out.stderr.lower()
                self.assertTrue(any(w in err for w in words), (fault, out.stderr[-2000:]))
                self.assertNotIn('runtime error', err)
                fake.clear_faults()
                again = self.run_prog('orderd', '--once', check=False, timeout=120)
                self.assertEqual(again.returncode, 0, again.stderr[-2000:])
                got = self.sql("SELECT external_id, count(*) FROM orders WHERE channel = :'p1' "
                               "GROUP BY 1", channel)
                self.assertEqual({r[0] for r in got}, want)
                self.assertTrue(all(r[1] == '1' for r in got), got)
                fake.stop()
                os.remove(os.path.join(self.etc, 'channels.d', channel + '.yaml'))
        print('\n  %s: ' % make.__name__ + ', '.join('%s %.1f s' % kv for kv in times.items()))

    def test_shopify(self):
        self.campaign(self.shopify_fake)

    def test_woocommerce(self):
        self.campaign(self.woo_fake)

    def test_taobao(self):
        self.campaign(self.taobao_fake)


if __name__ == '__main__':
    import unittest
    unittest.main()
