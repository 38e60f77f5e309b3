"""The morning mail (issue 14): `orderctl report daily --mail` to the
loopback SMTP server of smtpsink.py, over STARTTLS with a throwaway CA:
one multipart/alternative message (text/plain summary, text/html page),
UTF-8, an RFC 2047 subject, the envelope and the login as configured; a
refusing server is exit 1 with its reason and never the password; a
server without STARTTLS gets nothing; reports.dir writes the message
into a folder instead."""
import datetime
import email
import email.header
import email.policy
import os
import zoneinfo

from smtpsink import SmtpSink
from test_feed_url import make_ca
from test_report import HEADER, INTL, SHOP, ReportCase

PASSWORD = 's3cret-Pa55word'


class MailCase(ReportCase):
    def setUp(self):
        super().setUp()
        self.certs = os.path.join(self.tmp, 'certs')
        os.makedirs(self.certs)
        make_ca(self.certs)
        self.sink = self.start_sink(tls=True)
        self.secret = os.path.join(self.tmp, 'smtp.pw')
        with open(self.secret, 'w') as f:
            f.write(PASSWORD + '\n')
        os.chmod(self.secret, 0o600)
        self.mail_config(self.sink)
        self.drop('shop', 'a.csv', HEADER + SHOP)
        self.drop('intl', 'a.csv', HEADER + INTL)
        self.once()

    def start_sink(self, tls):
        sink = SmtpSink(*((os.path.join(self.certs, 'srv.pem'),
                           os.path.join(self.certs, 'srv.key')) if tls else ()))
        self.addCleanup(sink.close)
        return sink

    def mail_config(self, sink, extra=''):
        self.write_main_config(
            'rules: rules.yaml\nreports:\n  timezone: %s\n%s  mail:\n'
            '    smtp_url: smtp://localhost:%d\n    user: reports@example.com\n'
            '    password: {file: %s}\n    from: reports@example.com\n'
            '    to: [clerk@example.com, boss@example.com]\n    ca_file: %s\n'
            % (self.zone, extra, sink.port, self.secret, os.path.join(self.certs, 'ca.pem')))

    def mail(self, *args, check=True):
        return self.orderctl('report', 'daily', '--date', '2026-11-20', '--mail', *args,
                             check=check)


class MailNow(MailCase):
    def test_one_multipart_message(self):
        out = self.mail()
        self.assertIn('mailed the daily report of 2026-11-20 to 2 recipient(s)', out.stdout)
        (m,) = self.sink.messages
        self.assertTrue(m.tls)
        self.assertEqual(m.login, ('reports@example.com', PASSWORD))
        self.assertEqual(m.mail_from, '<reports@example.com>')
        self.assertEqual(m.rcpts, ['<clerk@example.com>', '<boss@example.com>'])
        for line in m.data.split(b'\r\n'):
            self.assertLessEqual(len(line), 998)
            line.decode('ascii')  # 7-bit: the subject encoded, the bodies base64
        msg = email.message_from_bytes(m.data, policy=email.policy.default)
        self.assertIn('=?UTF-8?B?', m.data.decode())
        self.assertEqual(str(msg['Subject']), '订单日报 2026-11-20')
        self.assertEqual(msg.get_content_type(), 'multipart/alternative')
        text, page = msg.get_payload()
        self.assertEqual(text.get_content_type(), 'text/plain')
        self.assertEqual(page.get_content_type(), 'text/html')
        self.assertEqual(text.get_content_charset(), 'utf-8')
        body = text.get_content()
        # shop on the 20th: S1 S2 S4 S5 S6 S7 S8; CNY 200+100+250+2000+6000+100, USD 30
        self.assertIn('shop: 7 (CNY 8650.00, USD 30.00)', body)
        self.assertIn('intl: 2 (USD 190.00)', body)
        self.assertIn('审核: 通过 5, 暂扣 3, 拒绝 1, 待定 0', body)
        html = page.get_content()
        self.assertIn('<html lang="zh">', html)
        self.assertEqual(html.count('<svg'), 3)
        self.assertNotIn(PASSWORD, out.stdout + out.stderr)

    def test_english(self):
        self.mail('--lang', 'en')
        msg = email.message_from_bytes(self.sink.messages[0].data, policy=email.policy.default)
        self.assertEqual(str(msg['Subject']), 'Daily order report 2026-11-20')
        self.assertIn('Audit: approved 5, held 3', msg.get_payload()[0].get_content())

    def test_refused_is_exit_1_without_the_password(self):
        self.sink.refuse = 1
        out = self.mail(check=False)
        self.assertEqual(out.returncode, 1)
        self.assertIn('554', out.stderr)
        self.assertNotIn(PASSWORD, out.stdout + out.stderr)
        self.assertEqual(self.sink.messages, [])

    def test_no_starttls_no_mail(self):
        plain = self.start_sink(tls=False)
        self.mail_config(plain)
        out = self.mail(check=False)
        self.assertEqual(out.returncode, 1)
        self.assertEqual((plain.messages, plain.attempts), ([], 0))

    def test_usage(self):
        for args in (('--format', 'html'), ('-o', 'x')):
            self.assertEqual(self.mail(*args, check=False).returncode, 2)
        out = self.orderctl('report', 'weekly', '--mail', check=False)
        self.assertEqual(out.returncode, 2)

    def test_dry_run_dir(self):
        folder = os.path.join(self.tmp, 'outbox')
        os.makedirs(folder)
        self.mail_config(self.sink, extra='  dir: %s\n' % folder)
        out = self.mail()
        path = os.path.join(folder, 'daily-2026-11-20.eml')
        self.assertIn(path, out.stdout)
        self.assertEqual(os.listdir(folder), ['daily-2026-11-20.eml'])
        with open(path, 'rb') as f:
            msg = email.message_from_bytes(f.read(), policy=email.policy.default)
        self.assertEqual(str(msg['Subject']), '订单日报 2026-11-20')
        self.assertEqual(self.sink.attempts, 0)


class DaemonMail(MailCase):
    """reports.daily_at "00:00": yesterday's report is due whenever the
    daemon starts."""

    def setUp(self):
        super().setUp()
        self.mail_config(self.sink, extra='  daily_at: "00:00"\n')
        now = datetime.datetime.now(zoneinfo.ZoneInfo(self.zone))
        self.yesterday = (now.date() - datetime.timedelta(days=1)).isoformat()

    def decided(self, p):
        log = self.daemon_log(p)
        return ('mailed the daily report of ' + self.yesterday in log
                or 'the daily report of %s was sent already' % self.yesterday in log)

    def test_two_daemons_and_a_restart_send_one_message(self):
        a, b = self.start_daemon(), self.start_daemon()
        for p in (a, b):
            self.wait_for(lambda: self.decided(p), what='a decision of ' + p.logfile)
        self.stop(a)
        c = self.start_daemon()
        self.wait_for(lambda: self.decided(c), what='the restarted daemon')
        self.assertIn('was sent already', self.daemon_log(c))
        self.assertEqual(len(self.sink.messages), 1)
        self.assertEqual(self.sink.attempts, 1)
        (row,) = self.sql("SELECT report_date::text, kind, instance FROM report_sends")
        self.assertEqual(row[:2], [self.yesterday, 'daily'])
        senders = [p for p in (a, b) if 'mailed the daily report' in self.daemon_log(p)]
        self.assertEqual(len(senders), 1)
        self.assertTrue(row[2].endswith(':%d' % senders[0].pid), row)
        msg = email.message_from_bytes(self.sink.messages[0].data, policy=email.policy.default)
        self.assertEqual(str(msg['Subject']), '订单日报 ' + self.yesterday)
        self.stop(b)
        self.stop(c)

    def test_refused_then_accepted_is_retried(self):
        self.sink.refuse = 2
        p = self.start_daemon()
        self.wait_for(lambda: self.sink.messages, what='the mail')
        self.assertEqual(self.sink.attempts, 3)
        self.wait_for(lambda: self.decided(p), what='the log line')
        log = self.daemon_log(p)
        self.assertEqual(log.count('daily report not sent, trying again'), 1)  # once, then quiet
        self.assertIn('554', log)
        self.assertNotIn(PASSWORD, log)
        self.assertEqual(len(self.sql("SELECT 1 FROM report_sends")), 1)
        self.stop(p)

    def test_a_stop_ends_a_hung_transfer(self):
        self.sink.stall = True
        p = self.start_daemon()
        self.wait_for(self.sink.stalled.is_set, what='the hung DATA')
        self.assertEqual(self.stop(p), 0, self.daemon_log(p))  # not "did not stop within"
        self.assertNotIn('did not stop', self.daemon_log(p))
        self.assertEqual(self.sql("SELECT 1 FROM report_sends"), [])  # to be sent again
