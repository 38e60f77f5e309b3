"""Access tokens that renew themselves (issue 15) against the fakes of
抖店 (token.refresh) and Taobao (taobao.top.auth.token.refresh): tokens
that expire every three days over thirty days of polling on a fast test
clock (ORDERD_TEST_CLOCK) with a restart in the middle (no auth_error, no order missed, no refresh token
used twice), a refresh token the shop revoked or let expire (auth_error
with the platform's message and what to do), and `orderctl channel
token` giving the channel a new pair from stdin."""
import json
import os
import subprocess
import sys
import time

import test_douyin
import test_jd
import test_pinduoduo
import test_taobao
from harness import BIN_DIR

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'fakes'))

DAY = 86400
SCALE = 108000            # the test clock: 30 days in 24 s
ACCESS_TTL = 3 * DAY      # seconds of the fake's clock
REFRESH_TTL = 9 * DAY     # a refresh token outlives a few access tokens, not the run


class Renewal:
    """The tests; a platform class below says how its fake and channel
    are made (name, refresh_key, access_setting, make_fake, make_channel)."""
    fast_poll_interval = None  # the fast-clock run's, in that clock's time
    dead_words = {}        # the platform's words for a dead refresh token, when other

    def token_channel(self, fake, refresh, **extra):
        self.make_channel(fake, refresh_token=self.secret(self.refresh_key, refresh), **extra)

    def orderctl_stdin(self, text, *args):
        env = dict(os.environ)
        env.pop('ORDERD_DATABASE_URL', None)
        return subprocess.run([os.path.join(BIN_DIR, 'orderctl'), '--config', self.config] +
                              list(args), input=text, capture_output=True, text=True, timeout=60,
                              env=env)

    def assert_no_token_in(self, text, fake):
        for access, refresh in fake.tokens.issued:
            self.assertNotIn(access, text)
            if refresh:
                self.assertNotIn(refresh, text)

    def write_channel(self, name, kind, settings, poll_interval='300ms'):
        super().write_channel(name, kind, settings, self.fast_poll_interval or poll_interval)

    def test_thirty_days_on_a_fast_clock_renew_without_auth_error(self):
        # Thirty days of polling in 24 s: orderd runs on ORDERD_TEST_CLOCK
        # (lib/clock.h's scaled clock) and the fake on the same clock, so
        # its tokens live three days and its refresh tokens nine, as a
        # platform's would, and orderd plans renewals, windows, poll
        # intervals and backoff in that time. A restart on day 15.
        fake = self.make_fake(refresh_token='R0-initial-refresh', access_ttl=ACCESS_TTL,
                              refresh_ttl=REFRESH_TTL)
        # A request's time stamp and its arrival are apart by the real
        # latency times SCALE (10 ms: 18 minutes): the skew check is the
        # subject of each platform's own tests, not of this one.
        fake.max_skew = None
        self.fast_poll_interval = '1h'
        # (the fast clock runs for a good part of a day while orderd starts)
        self.token_channel(fake, 'R0-initial-refresh', start_from='5d')
        # The fast clock starts now, at the real time (the fake's orders
        # and its first token were made on the real clock).
        origin = start = int(time.time())

        def clock():
            return start + (time.time() - origin) * SCALE

        fake.clock = fake.tokens.clock = clock
        env = {'ORDERD_TEST_CLOCK': 'start=%d,origin=%d,scale=%d' % (start, origin, SCALE)}
        added = []
        for half in range(2):
            p = self.start_daemon(env_extra=env)
            while clock() < start + DAY * 15 * (half + 1):
                added += fake.add_orders(1)  # about two a day
                time.sleep(0.4)
            self.stop(p)
        days = (clock() - start) / DAY
        exp = self.expected(fake)
        p = self.start_daemon(env_extra=env)
        try:
            self.wait_for(lambda: self.stored(self.name) == exp, timeout=60,
                          what='every order of the shop')
        except AssertionError:
            got = self.stored(self.name)
            sys.stderr.write('\n  missing: %s\n  differing: %s\n' % (
                sorted(set(exp) - set(got))[:10],
                [(k, exp[k], got[k]) for k in exp if k in got and got[k] != exp[k]][:5]))
            for q in self.procs:
                sys.stderr.write('  the end of %s:\n%s\n' % (q.logfile, self.daemon_log(q)[-3000:]))
            raise
        finally:
            self.stop(p)
        self.assert_clean_logs()
        stats = fake.tokens.stats
        sys.stderr.write('\n  %s: %.1f days, %d orders, %d renewals, %d calls with an expired '
                         'token, %d refresh tokens reused\n'
                         % (self.name, days, len(exp), stats.refreshes, stats.expired_calls,
                            stats.reused))
        self.assertGreaterEqual(days, 30)
        # Three-day tokens over thirty days: renewed again and again, each
        # refresh token once, before expiry as a rule (the configured
        # pair's expiry is not known: the platform may say "expired" once).
        self.assertGreaterEqual(stats.refreshes, 10)
        self.assertEqual(stats.reused, 0)
        self.assertEqual(stats.refresh_refused, 0)
        self.assertLessEqual(stats.expired_calls, 2)
        self.assertEqual(self.sql("SELECT count(*) FROM ingest_runs WHERE state = 'auth_error'"),
                         [['0']])
        self.assertTrue({str(i) for i in added} <= set(self.stored(self.name)))
        (source, refreshes, fresh), = self.sql(
            "SELECT source, refreshes, access_token = :'p1' FROM channel_tokens", fake.tokens.issued[-1][0])
        self.assertEqual((source, fresh), ('refresh', 't'))
        self.assertEqual(int(refreshes), stats.refreshes)
        logs = ''.join(self.daemon_log(p) for p in self.procs)
        self.assertIn('access token renewed (due)', logs)
        self.assertIn('ORDERD_TEST_CLOCK is set', logs)
        self.assert_no_token_in(logs, fake)

    def dead_refresh_is_auth_error(self, words, refresh_ttl=600, revoke=False):
        fake = self.make_fake(refresh_token='R0-dead-refresh', access_ttl=1, refresh_ttl=refresh_ttl)
        self.token_channel(fake, 'R0-dead-refresh')
        if revoke:
            fake.tokens.revoke(access=False)
        time.sleep(1.2)  # the configured access token expires
        out = self.once(check=False)
        self.assertEqual(out.returncode, 1)
        (state, err), = self.sql("SELECT state, last_error FROM channels")
        self.assertEqual(state, 'auth_error')
        self.assertIn(self.dead_words.get(words, words), err.replace('_', '-'))  # PDD: refresh_token_expired
        self.assertIn('re-authorize the shop', err)
        self.assertIn('orderctl channel token %s' % self.name, err)
        self.assert_no_token_in(out.stderr + err, fake)
        return fake

    def test_revoked_refresh_token_is_auth_error_with_hint(self):
        self.dead_refresh_is_auth_error('refresh-token-revoked', revoke=True)

    def test_expired_refresh_token_then_orderctl_channel_token(self):
        fake = self.dead_refresh_is_auth_error('refresh-token-expired', refresh_ttl=1)
        # The shop is authorized again; the operator pastes the new pair.
        fake.tokens.access_ttl = fake.tokens.refresh_ttl = 600
        access, refresh, _, _ = fake.tokens.grant()
        answer = json.dumps({'data': {'access_token': access, 'refresh_token': refresh,
                                      'expires_in': 600}})
        out = self.orderctl_stdin(answer, 'channel', 'token', self.name)
        self.assertEqual(out.returncode, 0, out.stderr)
        self.assertIn('access token expires:', out.stdout)
        self.assertIn('refresh token expires: not said', out.stdout)
        self.assert_no_token_in(out.stdout + out.stderr, fake)
        self.once()
        (state,), = self.sql("SELECT state FROM channels")
        self.assertEqual(state, 'ok')
        self.assertEqual(self.stored(self.name), self.expected(fake))
        # Nothing on stdin: refused, nothing changed.
        out = self.orderctl_stdin('', 'channel', 'token', self.name)
        self.assertEqual(out.returncode, 1)
        self.assertIn('nothing on stdin', out.stderr)
        (source,), = self.sql("SELECT source FROM channel_tokens")
        self.assertEqual(source, 'orderctl')

    def test_changed_configured_pair_wins_over_the_stored_one(self):
        fake = self.make_fake(refresh_token='R0-first', access_ttl=1, refresh_ttl=600)
        self.token_channel(fake, 'R0-first')
        time.sleep(1.2)
        fake.tokens.access_ttl = 600  # the renewed token outlives the test
        self.once()  # renewed on "expired", stored
        self.assertEqual(fake.tokens.stats.refreshes, 1)
        # The operator re-authorizes and writes the new pair into the config.
        access, refresh, _, _ = fake.tokens.grant()
        self.token_channel(fake, refresh, **{self.access_setting: self.secret('NEW_ACCESS', access)})
        self.once()
        # the new configured access token is used as it is (no refresh)
        self.assertEqual(fake.tokens.stats.refreshes, 1)
        self.assertEqual(fake.tokens.stats.reused, 0)


class DouyinRenewal(Renewal, test_douyin.DouyinChannel):
    name = 'dy'
    refresh_key = 'DY_REFRESH'
    access_setting = 'access_token'

    def make_fake(self, **kw):
        return self.start_fake(orders=30, span_days=1, seed=5, **kw)

    def make_channel(self, fake, **extra):
        self.channel(fake, **{'start_from': '2d', **extra})

    test_catch_up_faults_and_changes_exactly_once = None
    test_md5_signing_and_sigkill = None
    test_expired_token_is_auth_error = None


class TaobaoRenewal(Renewal, test_taobao.TaobaoChannel):
    name = 'tb'
    refresh_key = 'TB_REFRESH'
    access_setting = 'session'

    def make_fake(self, refresh_token=None, access_ttl=None, refresh_ttl=None):
        return self.start_fake(orders=30, span_days=1, seed=5, refresh_token=refresh_token,
                               session_ttl=access_ttl, refresh_ttl=refresh_ttl)

    def make_channel(self, fake, **extra):
        self.channel(fake, **{'start_from': '2d', **extra})

    test_faults_bans_and_changes_exactly_once = None
    test_multi_day_catch_up_has_no_gap_and_pages_backwards = None
    test_sigkill_mid_sync_loses_nothing = None
    test_revoked_session_is_auth_error_and_others_go_on = None
    test_bad_trade_is_a_dead_letter_and_the_page_goes_on = None


class PinduoduoRenewal(Renewal, test_pinduoduo.PinduoduoChannel):
    name = 'pdd'
    refresh_key = 'PDD_REFRESH'
    access_setting = 'access_token'

    def make_fake(self, **kw):
        return self.start_fake(orders=30, span_days=1, seed=5, **kw)

    def make_channel(self, fake, **extra):
        self.channel(fake, **extra)

    test_faults_throttling_and_changes_exactly_once = None
    test_three_day_outage_is_caught_up_window_by_window = None
    test_sigkill_mid_sync_loses_nothing_and_doubles_nothing = None
    test_expired_token_is_auth_error = None
    test_wrong_secret_is_config_error_and_lag_is_enforced = None


class JdRenewal(Renewal, test_jd.JdChannel):
    name = 'jd'
    refresh_key = 'JD_REFRESH'
    access_setting = 'access_token'
    dead_words = {'refresh-token-expired': 'refresh-token is expired',
                  'refresh-token-revoked': 'refresh-token is revoked'}

    def make_fake(self, **kw):
        return self.start_fake(orders=30, span_days=1, seed=5, **kw)

    def make_channel(self, fake, **extra):
        self.channel(fake, **{'start_from': '2d', 'refresh_url': fake.url + '/oauth2/refresh_token',
                              **extra})

    test_catch_up_faults_throttle_and_changes_exactly_once = None
    test_flash_sale_second_is_walked_back_under_changes = None
    test_two_changes_in_one_second_are_both_seen = None
    test_sigkill_loses_nothing_and_doubles_nothing = None
    test_expired_token_is_auth_error_and_others_go_on = None
    test_bad_request_is_config_error_and_dead_letters_retry = None
