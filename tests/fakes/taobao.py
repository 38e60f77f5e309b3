#!/usr/bin/env python3
"""Fake Taobao/Tmall TOP gateway (taobao.trades.sold.increment.get only)
for orderd's tests.

Library:
    from taobao import TaobaoFake              # tests/fakes on sys.path
    with TaobaoFake(orders=1000, seed=7, app_key='12345678', app_secret='s3cret',
                    session='6100e2...', burst_limit=50, ban_seconds=3) as tb:
        tb.url            # 'http://127.0.0.1:PORT' -> gateway_url = tb.url + '/router/rest'
        tb.mutate(10); tb.add_orders(3); tb.ban(5); tb.fail_next('reset')
        tb.force_error('isp', 2); tb.set_faults({'500': 10, 'truncated': 10})
        tb.stats.throttled, tb.throttle.bans, tb.stats.log
    Sessions that renew themselves (taobao.top.auth.token.refresh,
    tests/fakes/tokens.py):
    TaobaoFake(session='s', refresh_token='r', session_ttl=4, refresh_ttl=20)
        tb.tokens.stats.refreshes, tb.tokens.stats.reused; tb.tokens.revoke()
    top_sign(params, secret, 'md5'|'hmac'|'hmac-sha256') -> UPPER hex (what a client sends)
Program:
    python3 tests/fakes/taobao.py --port 0 --orders 1000 [--faults 500=10,reset=10]
        [--app-key K --app-secret S --session T --burst-limit 40 --ban-seconds 5]
    prints the base URL on the first stdout line, serves until SIGTERM.
    Control endpoints /_fake/... as in common.py; /_fake/config also takes
    app_key, app_secret, session, session_expired, max_skew, max_window,
    burst_limit, burst_window, ban_seconds, mask_pii.

Contract enforced (../../shared/PLATFORMS.md, Taobao TOP):
  * POST /router/rest (application/x-www-form-urlencoded body; parameters
    in the query string are accepted too, and merged: a name in both takes
    the body's value) or GET /router/rest?...  Any other path -> HTTP 404
    (text, not TOP JSON).  PUT/DELETE/... -> code 9.
  * Every answer of the gateway, errors included, is HTTP 200 with JSON
    (except the injected faults, and the '500' fault which is HTTP 500 with
    a TOP error body).  Errors: {"error_response":{"code":N,"msg":"...",
    "sub_code":"...","sub_msg":"...","request_id":"..."}} (sub_* only where
    given below).
  * Signature: all parameters except `sign`, empty values skipped, sorted by
    name, concatenated name+value; md5 = MD5(secret+str+secret),
    hmac = HMAC-MD5(key=secret, str), hmac-sha256 = HMAC-SHA256(key=secret,
    str); UPPERCASE hex, compared exactly (lower-case hex is rejected).
    Checked against the parameters as received (after URL decoding).
  * timestamp "yyyy-MM-dd HH:mm:ss" in GMT+8; more than max_skew (600 s)
    away from the fake's clock, either way -> code 31.
  * session must be one the fake issued (`session`, or a renewed one);
    past its session_ttl -> code 27 sub session-expired*.
  * taobao.top.auth.token.refresh: the common parameters without session,
    and refresh_token; answer {"top_auth_token_refresh_response":
    {"token_result": "<JSON text>"}} whose object holds access_token,
    refresh_token, expires_in, re_expires_in (seconds), taobao_user_nick,
    token_type. A refresh token works once (the fake's strict reading),
    until refresh_ttl, and not after tokens.revoke(): code 15, sub
    isv.refresh-token-invalid* / isv.refresh-token-expired* /
    isv.refresh-token-revoked*.
  * Throttle: burst_limit calls (that passed authentication) within
    burst_window seconds (default 1 s) are allowed; the next one starts a
    ban of ban_seconds during which EVERY call gets, with HTTP 200,
    {"code":7,"msg":"App Call Limited","sub_code":
    "accesscontrol.limited-by-app-access-count","sub_msg":"This ban will
    last for N more seconds"}, N = ceil(seconds left) >= 1.  When the ban
    ends the burst window starts empty.  ban(seconds) starts one on demand.
    burst_limit=None (default) = no automatic ban.  Banned calls count in
    stats.throttled; bans are listed in fake.throttle.bans
    [(monotonic start, seconds)].  The ban clock is time.monotonic
    (fake.throttle.clock), independent of the data clock.
  * taobao.trades.sold.increment.get: fields (required), start_modified and
    end_modified (required, "yyyy-MM-dd HH:mm:ss" GMT+8, end - start <=
    max_window = 86400 s), status, page_no (>= 1, default 1), page_size
    (1..100, default 40), use_has_next.  Trades whose modified lies in
    [start_modified, end_modified] (both inclusive), sorted by modified
    DESC, ties by tid DESC, pages are offsets into that live list.
    Response {"trades_sold_increment_get_response":{"total_results":N,
    "trades":{"trade":[...]},"request_id":"..."}}; with use_has_next=true
    "has_next" (bool) replaces "total_results".
  * Paging newest-first over live data: a trade modified while a client
    pages gets modified = now, so it LEAVES any window that ends before now
    and every older trade moves one place towards page 1.  A client walking
    page 1, 2, ... skips the trade that moves across a page boundary; a
    client walking from the last page back reads that one twice instead,
    and finds the modified trade in a later window.  (If the window
    reaches up to now, the modified trade moves to the FRONT instead and
    walking backwards can skip: keep the window end behind now.)

Error codes (TOP platform codes; sub codes marked * are the fake's choice):
    7  App Call Limited        sub accesscontrol.limited-by-app-access-count
    9  Http action not allowed (method other than GET/POST)
    10 Service currently unavailable, sub isp.top-remote-service-unavailable
       (body of the '500' fault, HTTP 500)
    15 Remote service error    sub isp.trade-service-unavailable* (force_error
       ('isp'), HTTP 200, retryable); sub isv.invalid-parameter* for a window
       wider than max_window or end_modified <= start_modified
    21 Missing method          22 Invalid method (any method but
       taobao.trades.sold.increment.get; checked AFTER the signature, so
       the signing vectors of taobao.item.seller.get verify and get 22)
    23 Invalid format          (format missing or not json; TOP's default
       is xml, which the fake does not serve)
    24 Missing signature       25 Invalid signature
    26 Missing session         27 Invalid session, sub invalid-sessionkey
       ("SessionKey非法"); with session_expired=True sub session-expired*
    28 Missing app key         29 Invalid app key
    30 Missing timestamp       31 Invalid timestamp (format or skew)
    32 Missing version         33 Invalid version (v other than 2.0)
    40 Missing required arguments:<name>  (fields, start_modified,
       end_modified, sign_method), sub isv.missing-parameter:<name>*
    41 Invalid arguments:<name> (page_no, page_size, dates, status,
       use_has_next, sign_method), sub isv.invalid-parameter:<name>*
  Checking order: app_key, sign_method, sign, timestamp, v, format, session
  (authentication, never faulted); then throttle and force_error (admit);
  then the injected fault; then method and business parameters.

Choices where PLATFORMS.md is silent or says "not verified":
  * sign_method is required (40 if missing); an unknown one -> 41.
  * Trades: tid is a 19-digit integer above 2**53 (a JSON number: parse it
    exactly or use tid_str); oid likewise (oid_str too); a trade with one
    sub-order has oid == tid, as on Taobao.  Fields with no value (pay_time
    of an unpaid trade, consign_time, end_time, ...) are omitted, as TOP
    omits nulls; so is "trades" when the page is empty.
  * Money: yuan strings with exactly two decimals ("12.30", "0.01",
    "-5.00"); amounts are held in integer fen.  Per sub-order total_fee =
    price * num, payment = total_fee - discount_fee + adjust_fee.  Per
    trade total_fee = sum of sub-order total_fee, discount_fee = sum of
    sub-order discount_fee, payment = total_fee - discount_fee + post_fee +
    adjust_fee (adjust_fee = the seller's manual change, may be negative;
    sub-orders carry adjust_fee "0.00").  So trade payment == sum(sub-order
    payment) + post_fee + trade adjust_fee, to the fen.
  * Sub-order status is the trade status except: SELLER_CONSIGNED_PART has
    some sub-orders WAIT_BUYER_CONFIRM_GOODS and some
    WAIT_SELLER_SEND_GOODS; a refunded sub-order is TRADE_CLOSED with
    refund_status SUCCESS; other refund_status values NO_REFUND,
    WAIT_SELLER_AGREE, CLOSED.  A trade whose sub-orders are all refunded
    is TRADE_CLOSED.
  * fields: comma list of trade field names; only those are returned.
    "orders" returns whole sub-orders, "orders.title,orders.num" only those
    sub-order fields (an orders object appears when either form is asked).
    Unknown names are ignored.  tid_str/oid_str are returned only when
    asked for.
  * status filter: one trade status value (others -> 41).  type, tag,
    buyer_nick and other documented filters are accepted and ignored.
  * Personal data (mask_pii=True, default): receiver_name "王*",
    receiver_mobile "*******1234", receiver_phone omitted, receiver_address
    shortened and starred, buyer_nick starred, plus "oaid" (ciphertext
    handle) and "buyer_open_uid".  mask_pii=False gives plain values.
  * Seeding: `orders` trades created over span_days (10) days before
    end_time (default now - 1 h); about 20 % share their modified time with
    others (bulk edits), so ties are common.  Content depends on `seed`
    only; pass end_time for reproducible times.  bad_orders=N: N trades get
    one unusable sub-order: even ones without sku_id/outer_sku_id/outer_iid
    (nothing to map), odd ones without "price"; fake.bad_orders maps tid ->
    reason.
  * mutate(n): pay, ship (partly or fully), buyer confirm, finish, close an
    unpaid trade, refund one sub-order (closing the trade if it was the
    last), adjust the price of an unpaid trade, or change seller_memo;
    modified becomes the fake's clock (never earlier).  mutate_every=k as
    in common.py.  add_orders(n): new trades, created = modified = clock.
  * Late writes (hiding an update from the incremental window, the case
    reconciliation exists for): add_late(n, age) creates trades whose
    created = modified = clock - age, and mutate_late(ids, age) changes
    trades with modified = clock - age: the platform wrote the time late,
    so a client whose watermark already passed that time never sees them
    in an incremental window; total_results of the old window counts them.
  * Times are checked against fake.clock (time.time by default), both the
    timestamp skew and the data: a test that fakes the clock signs with it.
"""
import datetime
import hashlib
import hmac
import json
import math
import os
import random
import re
import sys
import threading
import time
import urllib.parse

if __package__:
    from . import common, tokens
else:
    _here = os.path.dirname(os.path.abspath(__file__))
    if _here not in sys.path:
        sys.path.insert(0, _here)
    import common
    import tokens

json_response = common.json_response
Response = common.Response

GMT8 = datetime.timezone(datetime.timedelta(hours=8))
TIME_RE = re.compile(r'^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$')
METHOD = 'taobao.trades.sold.increment.get'
REFRESH_METHOD = 'taobao.top.auth.token.refresh'
RESPONSE_KEY = 'trades_sold_increment_get_response'
SIGN_METHODS = ('md5', 'hmac', 'hmac-sha256')
STATUSES = ('WAIT_BUYER_PAY', 'WAIT_SELLER_SEND_GOODS', 'SELLER_CONSIGNED_PART', 'WAIT_BUYER_CONFIRM_GOODS',
            'TRADE_BUYER_SIGNED', 'TRADE_FINISHED', 'TRADE_CLOSED', 'TRADE_CLOSED_BY_TAOBAO', 'TRADE_NO_CREATE_PAY',
            'PAY_PENDING', 'PAID_FORBID_CONSIGN')
UNPAID = ('WAIT_BUYER_PAY', 'TRADE_NO_CREATE_PAY', 'PAY_PENDING', 'TRADE_CLOSED_BY_TAOBAO')
TRADE_FIELDS = ('tid', 'tid_str', 'status', 'type', 'created', 'modified', 'pay_time', 'consign_time', 'end_time',
                'buyer_nick', 'buyer_open_uid', 'seller_nick', 'num', 'payment', 'total_fee', 'post_fee',
                'discount_fee', 'adjust_fee', 'receiver_name', 'receiver_mobile', 'receiver_phone', 'receiver_state',
                'receiver_city', 'receiver_district', 'receiver_town', 'receiver_address', 'receiver_zip', 'oaid',
                'buyer_message', 'seller_memo', 'invoice_kind', 'invoice_name', 'invoice_type', 'orders')
ORDER_FIELDS = ('oid', 'oid_str', 'num_iid', 'sku_id', 'outer_sku_id', 'outer_iid', 'title', 'sku_properties_name',
                'num', 'price', 'payment', 'total_fee', 'discount_fee', 'adjust_fee', 'status', 'refund_status')

PRODUCTS = [
    # title, sku properties, outer_iid, outer_sku_id, price (fen)
    ('纯棉圆领短袖T恤 男女同款', '颜色分类:白色;尺码:XL', 'TS-2024', 'TS-2024-WH-XL', 8900),
    ('纯棉圆领短袖T恤 男女同款', '颜色分类:黑色;尺码:M', 'TS-2024', 'TS-2024-BK-M', 8900),
    ('抹茶粉 100g 宇治', None, 'TEA-MAT', 'TEA-MAT-100', 2880),
    ('保温杯 500ml 316不锈钢', '颜色分类:雾霾蓝', 'CUP-500', 'CUP-500-BL', 12900),
    ('数据线 Type-C 1m', None, 'CBL-C', 'CBL-C-1M', 1230),
    ('运费补差链接', None, 'POSTAGE', 'POSTAGE-001', 1),
    ('无线降噪耳机 Pro', '颜色分类:午夜黑', 'EB-PRO', 'EB-PRO-BK', 199999),
    ('手工皂 玫瑰 三块装', None, 'SOAP-R3', 'SOAP-R3', 3580),
    ('瑜伽垫 6mm 加宽', '颜色分类:薰衣草紫', 'YM-6', 'YM-6-LAV', 12850),
    ('笔记本 A5 点阵 3本装', None, 'NB-A5', 'NB-A5-DOT-3', 990),
    ('电竞显示器 27英寸 2K 165Hz', None, 'MON-27', 'MON-27-2K', 439900),
    ('Phone Case 透明 iPhone 15', '适用型号:iPhone 15', 'PC-IP15', 'PC-IP15-CL', 1500),
]
PLACES = [
    # state, city, district, town, address, zip
    ('广东省', '深圳市', '南山区', '粤海街道', '科技园南区深南大道10000号', '518057'),
    ('上海', '上海市', '浦东新区', '陆家嘴街道', '世纪大道100号 环球金融中心72楼', '200120'),
    ('北京', '北京市', '朝阳区', '建外街道', '建国门外大街1号 国贸大厦B座', '100004'),
    ('浙江省', '杭州市', '余杭区', '五常街道', '文一西路969号', '311121'),
    ('四川省', '成都市', '武侯区', '桂溪街道', '天府大道北段1700号', '610041'),
    ('新疆维吾尔自治区', '乌鲁木齐市', '天山区', '', '解放南路 1号', '830002'),
]
NICKS = ['tb_sunny', '小鱼儿2019', 'tb83746152', '快乐的小猫', 'happy_buyer', '王大锤', 'tb_李', '淘气包']
NAMES = ['王伟', '李芳', '张娜', '刘秀英', '陈敏', '杨静', '欧阳娜娜', '司马光', '赵强', '周磊']
MESSAGES = [None, None, None, '请周一到周五送货', '不要放快递柜，谢谢！', '发顺丰', 'Please ship ASAP 🙏']
MEMOS = [None, None, '已核对地址', '补发赠品', 'VIP客户 优先发货']


# ---- helpers shared with jd.py ----------------------------------------------------------------

def fmt8(epoch):
    """Unix time -> 'yyyy-MM-dd HH:mm:ss' in GMT+8."""
    if epoch is None:
        return None
    return datetime.datetime.fromtimestamp(int(epoch), GMT8).strftime('%Y-%m-%d %H:%M:%S')


def parse8(text):
    """'yyyy-MM-dd HH:mm:ss' (GMT+8) -> unix time (int).  Raises ValueError."""
    m = TIME_RE.match(text or '')
    if not m:
        raise ValueError('not yyyy-MM-dd HH:mm:ss: %r' % text)
    return int(datetime.datetime(*map(int, m.groups()), tzinfo=GMT8).timestamp())


def yuan(fen):
    """Integer fen -> '12.30' (exact, sign kept)."""
    sign = '-' if fen < 0 else ''
    fen = abs(int(fen))
    return '%s%d.%02d' % (sign, fen // 100, fen % 100)


def sign_string(params, skip_empty=True):
    """Sorted name+value concatenation of params (dict or list of pairs),
    `sign` excluded, empty values skipped."""
    items = dict(params).items() if not isinstance(params, dict) else params.items()
    return ''.join(k + v for k, v in sorted(items) if k != 'sign' and (v != '' or not skip_empty)
                   and v is not None)


def top_sign(params, secret, sign_method='md5'):
    """TOP signature (UPPER hex) of params (dict or list of pairs)."""
    s = sign_string(params)
    if sign_method == 'md5':
        digest = hashlib.md5((secret + s + secret).encode('utf-8')).hexdigest()
    elif sign_method == 'hmac':
        digest = hmac.new(secret.encode('utf-8'), s.encode('utf-8'), hashlib.md5).hexdigest()
    elif sign_method == 'hmac-sha256':
        digest = hmac.new(secret.encode('utf-8'), s.encode('utf-8'), hashlib.sha256).hexdigest()
    else:
        raise ValueError('unknown sign_method %r' % sign_method)
    return digest.upper()


def top_verify(params, secret, sign_method):
    """True if params['sign'] is the exact TOP signature of params under
    sign_method (the algorithm is an argument so that the PLATFORMS.md
    vectors, whose signed string says sign_method=md5 for all three
    algorithms, can be checked with this very function)."""
    sign = dict(params).get('sign') or ''
    return hmac.compare_digest(sign.encode('utf-8', 'replace'),
                               top_sign(params, secret, sign_method).encode('ascii'))


def merge_form(req):
    """Add the parameters of an application/x-www-form-urlencoded body to
    req.params (after the query's, so the body wins in req.param())."""
    if req.method != 'POST' or not req.body:
        return
    ctype = (req.headers.get('Content-Type') or 'application/x-www-form-urlencoded').lower()
    if not ctype.startswith('application/x-www-form-urlencoded'):
        return
    try:
        text = req.body.decode('utf-8')
    except UnicodeDecodeError:
        text = req.body.decode('latin-1')
    req.params.extend(urllib.parse.parse_qsl(text, keep_blank_values=True))


def params_dict(req):
    """name -> last value."""
    out = {}
    for k, v in req.params:
        out[k] = v
    return out



def invoice_of(tid):
    """The invoice fields of a trade (Trade: invoice_kind 1 电子发票 / 2 纸质发票,
    invoice_name 发票抬头, invoice_type): every fifth trade asks for one, by tid so
    the seeded trades stay as they were."""
    if tid % 5:
        return {}
    return {'invoice_kind': '1' if tid % 2 else '2',
            'invoice_name': '上海甲贸易有限公司' if tid % 3 else '张三',
            'invoice_type': '增值税普通发票'}

class Throttle:
    """Burst limit plus ban, as TOP's code 7: at most `limit` admitted calls
    within `window` seconds; the next one starts a ban of `ban_seconds`
    during which check() reports the seconds left."""

    def __init__(self, limit=None, window=1.0, ban_seconds=60, clock=time.monotonic):
        self.limit = limit
        self.window = window
        self.ban_seconds = ban_seconds
        self.clock = clock
        self.lock = threading.Lock()
        self.calls = []
        self.ban_until = None
        self.bans = []          # (start, seconds)

    def check(self):
        """None if the call may proceed, else the ban's seconds left (> 0, float)."""
        with self.lock:
            now = self.clock()
            if self.ban_until is not None:
                if now < self.ban_until:
                    return self.ban_until - now
                self.ban_until = None
                self.calls = []
            if self.limit:
                self.calls = [t for t in self.calls if t > now - self.window]
                if len(self.calls) >= self.limit:
                    self._ban(now, self.ban_seconds)
                    return float(self.ban_seconds)
                self.calls.append(now)
            return None

    def _ban(self, now, seconds):
        self.ban_until = now + seconds
        self.bans.append((now, seconds))
        self.calls = []

    def ban(self, seconds):
        with self.lock:
            self._ban(self.clock(), seconds)

    def lift(self):
        with self.lock:
            self.ban_until = None
            self.calls = []

    def remaining(self):
        with self.lock:
            if self.ban_until is None:
                return 0.0
            return max(0.0, self.ban_until - self.clock())


def _throttle_property(name):
    def get(self):
        return getattr(self.throttle, name)

    def set_(self, value):
        setattr(self.throttle, name, value)
    return property(get, set_)


# ---- the fake ---------------------------------------------------------------------------------

class TopError(Exception):
    def __init__(self, code, msg, sub_code=None, sub_msg=None):
        super().__init__(msg)
        self.code, self.msg, self.sub_code, self.sub_msg = code, msg, sub_code, sub_msg


class TaobaoFake(common.FakeServer):
    server_header = 'Tengine'
    config_attrs = common.FakeServer.config_attrs + (
        'app_key', 'app_secret', 'session', 'session_expired', 'max_skew', 'max_window', 'burst_limit',
        'burst_window', 'ban_seconds', 'mask_pii')

    burst_limit = _throttle_property('limit')
    burst_window = _throttle_property('window')
    ban_seconds = _throttle_property('ban_seconds')

    def __init__(self, orders=1000, seed=1, app_key='12345678', app_secret='fake_top_secret',
                 session='6100fake0session0key0123456789abcdef', session_expired=False, max_skew=600,
                 max_window=86400, burst_limit=None, burst_window=1.0, ban_seconds=60, mask_pii=True,
                 seller_nick='orderd测试旗舰店', bad_orders=0, end_time=None, span_days=10,
                 refresh_token=None, session_ttl=None, refresh_ttl=None, **kw):
        super().__init__(**kw)
        self.app_key = app_key
        self.app_secret = app_secret
        self.session = session
        self.tokens = tokens.TokenBook(session, refresh_token, session_ttl if refresh_token else None,
                                       refresh_ttl, prefix='6100tb')
        self.session_expired = session_expired
        self.max_skew = max_skew
        self.max_window = max_window
        self.throttle = Throttle(burst_limit, burst_window, ban_seconds)
        self.mask_pii = mask_pii
        self.seller_nick = seller_nick
        self._forced = []                 # forced gateway errors (force_error)
        self._forced_lock = threading.Lock()
        self._req_seq = 0
        self._mrng = random.Random(seed * 7907 + 5)
        self.trades = []
        self.bad_orders = {}
        self._seed(orders, seed, bad_orders, end_time, span_days)

    # ---- seeding ----------------------------------------------------------------------------------

    def _seed(self, n, seed, bad, end_time, span_days):
        rng = random.Random(seed)
        end = int(end_time if end_time is not None else time.time() - 3600)
        start = end - span_days * 86400
        created = sorted(rng.randint(start, end) for _ in range(n))
        bulk = sorted(rng.randint(start, end) for _ in range(max(1, n // 50)))
        self._next_tid = 2_100_000_000_000_000_000 + (seed % 1000) * 1_000_000_000_000
        self._next_oid = self._next_tid + 500_000_000_000
        for c in created:
            r = rng.random()
            if r < 0.5:
                u = c + rng.randint(0, 600)
            elif r < 0.8:
                u = c + rng.randint(600, 5 * 86400)
            else:
                later = [b for b in bulk if b >= c]
                u = rng.choice(later[:5]) if later else c
            self.trades.append(self._make_trade(rng, c, min(u, end)))
        for k, t in enumerate(rng.sample(self.trades, min(bad, len(self.trades))) if bad else []):
            line = self._make_line(rng, t['status'])
            if k % 2 == 0:
                line['sku_id'] = line['outer_sku_id'] = line['outer_iid'] = None
                line['title'] = '自定义商品（已删除）'
                reason = 'sub-order without sku'
            else:
                line['_no_price'] = True
                reason = 'sub-order without price'
            t['lines'].append(line)
            self.bad_orders[t['tid']] = reason

    def _new_tid(self, rng):
        self._next_tid += rng.randint(1, 90_000)
        return self._next_tid

    def _make_line(self, rng, status):
        pi = rng.randrange(len(PRODUCTS))
        title, props, outer_iid, outer_sku, price = PRODUCTS[pi]
        self._next_oid += rng.randint(1, 5000)
        num = rng.choice([1, 1, 1, 2, 2, 3, 5])
        disc = rng.choice([0, 0, 0, 100, 500, price * num // 10])
        return {'oid': self._next_oid, 'num_iid': 600_000_000_000 + pi * 7919, 'sku_id': 4_800_000_000_000 + pi * 13,
                'outer_iid': outer_iid, 'outer_sku_id': outer_sku, 'title': title, 'props': props, 'num': num,
                'price': price, 'discount': min(disc, price * num), 'status': status, 'refund_status': 'NO_REFUND'}

    def _make_trade(self, rng, created, modified, fresh=False):
        tid = self._new_tid(rng)
        lines = [self._make_line(rng, 'WAIT_BUYER_PAY') for _ in range(rng.choice([1, 1, 1, 1, 2, 2, 3]))]
        if len(lines) == 1:
            lines[0]['oid'] = tid          # single sub-order: oid == tid
        place = rng.choice(PLACES)
        name = rng.choice(NAMES)
        t = {'tid': tid, 'status': 'WAIT_BUYER_PAY', 'created': created, 'modified': modified, 'pay_time': None,
             'consign_time': None, 'end_time': None, 'buyer_nick': rng.choice(NICKS),
             'buyer_open_uid': 'AAH%013dFAKE' % rng.randrange(10 ** 13), 'lines': lines,
             'post_fee': rng.choice([0, 0, 0, 600, 1000, 1200, 2300]),
             'adjust_fee': rng.choice([0] * 8 + [-500, -1, 300]),
             'receiver': {'name': name, 'mobile': '1%d%08d' % (rng.choice([38, 39, 86, 58]), rng.randrange(10 ** 8)),
                          'phone': rng.choice([None, None, '0755-%08d' % rng.randrange(10 ** 8)]),
                          'state': place[0], 'city': place[1], 'district': place[2], 'town': place[3],
                          'address': place[4], 'zip': place[5]},
             'oaid': '%032x' % rng.getrandbits(128),
             'buyer_message': rng.choice(MESSAGES), 'seller_memo': rng.choice(MEMOS)}
        if fresh:
            if rng.random() < 0.5:
                self._set_status(t, 'WAIT_SELLER_SEND_GOODS', created)
            return t
        r = rng.random()
        span = max(0, modified - created)
        pay = created + min(span, rng.randint(5, 1800))
        ship = pay + (modified - pay) // 2
        if r < 0.08:
            pass
        elif r < 0.13:
            self._set_status(t, 'TRADE_CLOSED_BY_TAOBAO', modified)
        elif r < 0.14:
            self._set_status(t, 'TRADE_NO_CREATE_PAY', modified)
        elif r < 0.15:
            self._set_status(t, 'PAY_PENDING', modified)
        elif r < 0.16:
            t['pay_time'] = pay
            self._set_status(t, 'PAID_FORBID_CONSIGN', modified)
        elif r < 0.40:
            t['pay_time'] = pay
            self._set_status(t, 'WAIT_SELLER_SEND_GOODS', modified)
        elif r < 0.44 and len(lines) > 1:
            t['pay_time'], t['consign_time'] = pay, ship
            self._set_status(t, 'SELLER_CONSIGNED_PART', modified)
        elif r < 0.62:
            t['pay_time'], t['consign_time'] = pay, ship
            self._set_status(t, 'WAIT_BUYER_CONFIRM_GOODS', modified)
        elif r < 0.65:
            t['pay_time'], t['consign_time'] = pay, ship
            self._set_status(t, 'TRADE_BUYER_SIGNED', modified)
        elif r < 0.94:
            t['pay_time'], t['consign_time'] = pay, ship
            self._set_status(t, 'TRADE_FINISHED', modified)
            if rng.random() < 0.1:
                rng.choice(lines)['refund_status'] = rng.choice(['CLOSED', 'SUCCESS'])
                for l in lines:
                    if l['refund_status'] == 'SUCCESS':
                        l['status'] = 'TRADE_CLOSED'
        else:
            t['pay_time'] = pay
            for l in lines:
                l['refund_status'] = 'SUCCESS'
            self._set_status(t, 'TRADE_CLOSED', modified)
        if t['status'] in ('WAIT_SELLER_SEND_GOODS', 'WAIT_BUYER_CONFIRM_GOODS') and rng.random() < 0.08:
            rng.choice(lines)['refund_status'] = 'WAIT_SELLER_AGREE'
        return t

    @staticmethod
    def _set_status(t, status, when):
        t['status'] = status
        if status in ('TRADE_FINISHED', 'TRADE_CLOSED', 'TRADE_CLOSED_BY_TAOBAO'):
            t['end_time'] = when
        lines = t['lines']
        for i, l in enumerate(lines):
            if l['refund_status'] == 'SUCCESS':
                l['status'] = 'TRADE_CLOSED'
            elif status == 'SELLER_CONSIGNED_PART':
                l['status'] = 'WAIT_BUYER_CONFIRM_GOODS' if i % 2 == 0 else 'WAIT_SELLER_SEND_GOODS'
            else:
                l['status'] = status

    # ---- rendering ----------------------------------------------------------------------------------

    @staticmethod
    def _line_amounts(l):
        total = l['price'] * l['num']
        return total, l['discount'], total - l['discount']

    def amounts(self, t):
        """Trade amounts in fen: total_fee, discount_fee, post_fee, adjust_fee, payment."""
        total = disc = 0
        for l in t['lines']:
            if not l.get('_no_price'):
                lt, ld, _ = self._line_amounts(l)
                total += lt
                disc += ld
        payment = total - disc + t['post_fee'] + t['adjust_fee']
        return {'total_fee': total, 'discount_fee': disc, 'post_fee': t['post_fee'], 'adjust_fee': t['adjust_fee'],
                'payment': payment}

    def _mask(self, kind, value):
        if not self.mask_pii or not value:
            return value
        if kind == 'name':
            return value[0] + '*' * max(1, len(value) - 1)
        if kind == 'mobile':
            return '*' * (len(value) - 4) + value[-4:]
        if kind == 'address':
            return value[:2] + '*' * 8
        if kind == 'nick':
            return value[0] + '**'
        return value

    def _render_line(self, l):
        total, disc, payment = self._line_amounts(l)
        o = {'oid': l['oid'], 'oid_str': str(l['oid']), 'num_iid': l['num_iid'],
             'sku_id': None if l['sku_id'] is None else str(l['sku_id']),  # a string in TOP
             'outer_sku_id': l['outer_sku_id'], 'outer_iid': l['outer_iid'], 'title': l['title'],
             'sku_properties_name': l['props'], 'num': l['num'], 'price': yuan(l['price']), 'payment': yuan(payment),
             'total_fee': yuan(total), 'discount_fee': yuan(disc), 'adjust_fee': '0.00', 'status': l['status'],
             'refund_status': l['refund_status']}
        if l.get('_no_price'):
            for k in ('price', 'payment', 'total_fee', 'discount_fee'):
                del o[k]
        return {k: v for k, v in o.items() if v is not None}

    def render(self, t):
        """The trade with every field TOP can return (None values omitted)."""
        a = self.amounts(t)
        rc = t['receiver']
        out = {'tid': t['tid'], 'tid_str': str(t['tid']), 'status': t['status'], 'type': 'fixed',
               'created': fmt8(t['created']), 'modified': fmt8(t['modified']), 'pay_time': fmt8(t['pay_time']),
               'consign_time': fmt8(t['consign_time']), 'end_time': fmt8(t['end_time']),
               'buyer_nick': self._mask('nick', t['buyer_nick']), 'buyer_open_uid': t['buyer_open_uid'],
               'seller_nick': self.seller_nick, 'num': sum(l['num'] for l in t['lines']),
               'payment': yuan(a['payment']), 'total_fee': yuan(a['total_fee']), 'post_fee': yuan(a['post_fee']),
               'discount_fee': yuan(a['discount_fee']), 'adjust_fee': yuan(a['adjust_fee']),
               'receiver_name': self._mask('name', rc['name']), 'receiver_mobile': self._mask('mobile', rc['mobile']),
               'receiver_phone': None if self.mask_pii else rc['phone'], 'receiver_state': rc['state'],
               'receiver_city': rc['city'], 'receiver_district': rc['district'], 'receiver_town': rc['town'] or None,
               'receiver_address': self._mask('address', rc['address']), 'receiver_zip': rc['zip'],
               'oaid': t['oaid'] if self.mask_pii else None, 'buyer_message': t['buyer_message'],
               'seller_memo': t['seller_memo'], **invoice_of(t['tid']),
               'orders': {'order': [self._render_line(l) for l in t['lines']]}}
        return {k: v for k, v in out.items() if v is not None}

    @staticmethod
    def select(trade, fields):
        """Keep only the requested fields (see the module docstring)."""
        names = set(fields)
        out = {k: v for k, v in trade.items() if k in names and k != 'orders'}
        sub = {f[7:] for f in names if f.startswith('orders.')}
        if 'orders' in names:
            out['orders'] = {'order': [{k: v for k, v in o.items() if k != 'oid_str' or 'orders.oid_str' in names}
                                       for o in trade['orders']['order']]}
        elif sub:
            out['orders'] = {'order': [{k: v for k, v in o.items() if k in sub} for o in trade['orders']['order']]}
        return out

    def render_all(self):
        with self.lock:
            return [self.render(t) for t in self.trades]

    def trade(self, tid):
        with self.lock:
            for t in self.trades:
                if t['tid'] == tid:
                    return self.render(t)
        return None

    # ---- mutation -----------------------------------------------------------------------------------

    def mutate(self, n, ids=None):
        """Change n random trades (or the given tids); returns their tids."""
        with self.lock:
            now = int(self.clock())
            if ids is None:
                picks = self._mrng.sample(self.trades, min(n, len(self.trades)))
            else:
                want = set(ids)
                picks = [t for t in self.trades if t['tid'] in want]
            for t in picks:
                self._mutate_one(t, now)
                t['modified'] = max(now, t['modified'])
            done = [t['tid'] for t in picks]
        self.stats.mutated(done, now)
        return done

    def _mutate_one(self, t, now):
        rng = self._mrng
        st = t['status']
        acts = ['memo']
        if st == 'WAIT_BUYER_PAY':
            acts += ['pay', 'pay', 'close', 'adjust']
        if st in ('WAIT_SELLER_SEND_GOODS', 'SELLER_CONSIGNED_PART'):
            acts += ['ship', 'ship', 'refund']
            if st == 'WAIT_SELLER_SEND_GOODS' and len(t['lines']) > 1:
                acts.append('ship_part')
        if st == 'WAIT_BUYER_CONFIRM_GOODS':
            acts += ['finish', 'finish', 'sign', 'refund']
        if st == 'TRADE_BUYER_SIGNED':
            acts += ['finish']
        act = rng.choice(acts)
        if act == 'pay':
            t['pay_time'] = now
            self._set_status(t, 'WAIT_SELLER_SEND_GOODS', now)
        elif act == 'close':
            self._set_status(t, 'TRADE_CLOSED_BY_TAOBAO', now)
        elif act == 'adjust':
            t['adjust_fee'] = rng.choice([-1000, -200, -1, 0, 500])
        elif act == 'ship_part':
            t['consign_time'] = now
            self._set_status(t, 'SELLER_CONSIGNED_PART', now)
        elif act == 'ship':
            t['consign_time'] = now
            self._set_status(t, 'WAIT_BUYER_CONFIRM_GOODS', now)
        elif act == 'sign':
            self._set_status(t, 'TRADE_BUYER_SIGNED', now)
        elif act == 'finish':
            self._set_status(t, 'TRADE_FINISHED', now)
        elif act == 'refund':
            open_ = [l for l in t['lines'] if l['refund_status'] != 'SUCCESS']
            rng.choice(open_)['refund_status'] = 'SUCCESS'
            if all(l['refund_status'] == 'SUCCESS' for l in t['lines']):
                self._set_status(t, 'TRADE_CLOSED', now)
            else:
                self._set_status(t, st, t['end_time'])
        else:
            t['seller_memo'] = rng.choice(['地址已更新', '改发顺丰', '客服备注 %d' % now])

    def add_orders(self, n):
        """Create n new trades (created = modified = clock); returns their tids."""
        return self.add_late(n, 0)

    def add_late(self, n, age):
        """Create n trades written late: created = modified = clock - age
        (seconds); returns their tids."""
        with self.lock:
            when = int(self.clock()) - int(age)
            new = [self._make_trade(self._mrng, when, when, fresh=True) for _ in range(n)]
            self.trades.extend(new)
            return [t['tid'] for t in new]

    def mutate_late(self, ids, age):
        """Change the given trades with modified = clock - age (written
        late; may move modified back); returns their tids."""
        return common.write_late(self, self.trades, 'tid', 'modified', ids, age)

    # ---- gateway errors -----------------------------------------------------------------------------

    def _request_id(self):
        with self._count_lock:
            self._req_seq += 1
            return '%x%06x' % (self.port & 0xffff, self._req_seq)

    def top_error(self, code, msg, sub_code=None, sub_msg=None, status=200):
        err = {'code': code, 'msg': msg}
        if sub_code:
            err['sub_code'] = sub_code
        if sub_msg:
            err['sub_msg'] = sub_msg
        err['request_id'] = self._request_id()
        return json_response(status, {'error_response': err})

    def ban(self, seconds):
        """Start a code-7 ban of `seconds` now."""
        self.throttle.ban(seconds)

    def force_error(self, kind, n=1):
        """The next n admitted calls get a gateway error: 'isp' (code 15,
        isp.trade-service-unavailable, retryable) or 'session' (code 27
        session-expired)."""
        if kind not in ('isp', 'session'):
            raise ValueError('unknown error kind %r' % kind)
        with self._forced_lock:
            self._forced.extend([kind] * n)

    # ---- request handling ---------------------------------------------------------------------------

    def route(self, req):
        if req.path not in ('/router/rest', '/router/rest/'):
            return Response(404, b'404 Not Found\n', content_type='text/plain; charset=utf-8')
        if req.method not in ('GET', 'POST'):
            return self.top_error(9, 'Http action not allowed')
        merge_form(req)
        return self._router

    def authenticate(self, req):
        p = params_dict(req)
        try:
            self._authenticate(p)
        except TopError as e:
            return self.top_error(e.code, e.msg, e.sub_code, e.sub_msg)
        return None

    def _authenticate(self, p):
        if not p.get('app_key'):
            raise TopError(28, 'Missing app key')
        if p['app_key'] != self.app_key:
            raise TopError(29, 'Invalid app key', 'isv.appkey-not-exists', 'appkey %s does not exist' % p['app_key'])
        sm = p.get('sign_method')
        if not sm:
            raise TopError(40, 'Missing required arguments:sign_method', 'isv.missing-parameter:sign_method')
        if sm not in SIGN_METHODS:
            raise TopError(41, 'Invalid arguments:sign_method', 'isv.invalid-parameter:sign_method',
                           'sign_method must be one of md5, hmac, hmac-sha256')
        if not p.get('sign'):
            raise TopError(24, 'Missing signature')
        if not top_verify(p, self.app_secret, sm):
            raise TopError(25, 'Invalid signature', 'isv.invalid-signature',
                           'The request signature does not match (%s)' % sm)
        if not p.get('timestamp'):
            raise TopError(30, 'Missing timestamp')
        try:
            ts = parse8(p['timestamp'])
        except ValueError:
            raise TopError(31, 'Invalid timestamp', 'isv.invalid-timestamp',
                           'timestamp must be yyyy-MM-dd HH:mm:ss (GMT+8)')
        if self.max_skew is not None and abs(ts - self.clock()) > self.max_skew:
            raise TopError(31, 'Invalid timestamp', 'isv.invalid-timestamp',
                           'timestamp %s is more than %d seconds away from the server time %s'
                           % (p['timestamp'], self.max_skew, fmt8(self.clock())))
        if not p.get('v'):
            raise TopError(32, 'Missing version')
        if p['v'] != '2.0':
            raise TopError(33, 'Invalid version')
        if p.get('format') != 'json':
            raise TopError(23, 'Invalid format', None, 'format must be json (this fake serves no xml)')
        if p.get('method') == REFRESH_METHOD:
            return  # taobao.top.auth.token.refresh takes no session
        if not p.get('session'):
            raise TopError(26, 'Missing session')
        if p['session'] == self.session:
            self.tokens.adopt(p['session'])
        state = self.tokens.check(p['session'])
        if state == 'unknown':
            raise TopError(27, 'Invalid session', 'invalid-sessionkey', 'SessionKey非法')
        if state == 'expired' or self.session_expired:
            raise TopError(27, 'Invalid session', 'session-expired', 'SessionKey过期')

    def admit(self, req):
        left = self.throttle.check()
        if left is not None:
            with self.stats.lock:
                self.stats.throttled += 1
            return self.top_error(7, 'App Call Limited', 'accesscontrol.limited-by-app-access-count',
                                  'This ban will last for %d more seconds' % max(1, int(math.ceil(left - 1e-9))))
        with self._forced_lock:
            kind = self._forced.pop(0) if self._forced else None
        if kind == 'isp':
            return self.top_error(15, 'Remote service error', 'isp.trade-service-unavailable', '服务暂时不可用，请稍后重试')
        if kind == 'session':
            return self.top_error(27, 'Invalid session', 'session-expired', 'SessionKey过期')
        return None

    def error_500(self, req):
        return self.top_error(10, 'Service currently unavailable', 'isp.top-remote-service-unavailable',
                              'TOP remote service unavailable', status=500)

    def _router(self, req):
        p = params_dict(req)
        if not p.get('method'):
            return self.top_error(21, 'Missing method')
        if p['method'] == REFRESH_METHOD:
            return self._token_refresh(p)
        if p['method'] != METHOD:
            return self.top_error(22, 'Invalid method', None, 'method %s is not served by this fake' % p['method'])
        try:
            return self._increment_get(p)
        except TopError as e:
            return self.top_error(e.code, e.msg, e.sub_code, e.sub_msg)

    def _token_refresh(self, p):
        if not p.get('refresh_token'):
            e = self._missing('refresh_token')
            return self.top_error(e.code, e.msg, e.sub_code, e.sub_msg)
        try:
            access, refresh, ttl, rttl = self.tokens.renew(p['refresh_token'])
        except tokens.TokenError as e:
            why = {'expired': ('isv.refresh-token-expired', 'refresh_token已过期，请重新授权'),
                   'revoked': ('isv.refresh-token-revoked', '用户已取消授权，请重新授权')}.get(
                       e.kind, ('isv.refresh-token-invalid', 'refresh_token无效或已被使用'))
            return self.top_error(15, 'Remote service error', why[0], why[1])
        result = {'access_token': access, 'refresh_token': refresh, 'token_type': 'Bearer',
                  'expires_in': int(ttl) if ttl is not None else 86400 * 30,
                  're_expires_in': int(rttl) if rttl is not None else 86400 * 30,
                  'taobao_user_nick': self.seller_nick, 'taobao_user_id': '2200000000001'}
        return json_response(200, {'top_auth_token_refresh_response': {
            'token_result': json.dumps(result, ensure_ascii=False), 'request_id': self._request_id()}})

    @staticmethod
    def _missing(name):
        return TopError(40, 'Missing required arguments:%s' % name, 'isv.missing-parameter:%s' % name)

    @staticmethod
    def _invalid(name, why):
        return TopError(41, 'Invalid arguments:%s' % name, 'isv.invalid-parameter:%s' % name, why)

    def _int(self, p, name, default, lo, hi):
        raw = p.get(name, '')
        if raw == '':
            return default
        if not re.fullmatch(r'-?\d{1,9}', raw):
            raise self._invalid(name, '%s must be a number' % name)
        v = int(raw)
        if v < lo or (hi is not None and v > hi):
            raise self._invalid(name, '%s must be between %d and %s' % (name, lo, hi if hi else 'any'))
        return v

    def _increment_get(self, p):
        fields = [f.strip() for f in (p.get('fields') or '').split(',') if f.strip()]
        if not fields:
            raise self._missing('fields')
        bounds = []
        for name in ('start_modified', 'end_modified'):
            if not p.get(name):
                raise self._missing(name)
            try:
                bounds.append(parse8(p[name]))
            except ValueError:
                raise self._invalid(name, '%s must be yyyy-MM-dd HH:mm:ss (GMT+8)' % name)
        start, end = bounds
        if end <= start:
            raise TopError(15, 'Remote service error', 'isv.invalid-parameter',
                           'end_modified must be later than start_modified')
        if self.max_window is not None and end - start > self.max_window:
            raise TopError(15, 'Remote service error', 'isv.invalid-parameter',
                           'start_modified and end_modified may be at most %d seconds (one day) apart'
                           % self.max_window)
        status = p.get('status') or None
        if status is not None and status not in STATUSES:
            raise self._invalid('status', 'unknown trade status %s' % status)
        page_no = self._int(p, 'page_no', 1, 1, None)
        page_size = self._int(p, 'page_size', 40, 1, 100)
        uhn = (p.get('use_has_next') or 'false').lower()
        if uhn not in ('true', 'false'):
            raise self._invalid('use_has_next', 'use_has_next must be true or false')
        with self.lock:
            rows = [t for t in self.trades if start <= t['modified'] <= end and (status is None or
                                                                                   t['status'] == status)]
            rows.sort(key=lambda t: (t['modified'], t['tid']), reverse=True)
            total = len(rows)
            off = (page_no - 1) * page_size
            page = [self.select(self.render(t), fields) for t in rows[off:off + page_size]]
        body = {}
        if uhn == 'true':
            body['has_next'] = off + page_size < total
        else:
            body['total_results'] = total
        if page:
            body['trades'] = {'trade': page}
        body['request_id'] = self._request_id()
        return json_response(200, {RESPONSE_KEY: body})


# ---- client-side helper for tests ------------------------------------------------------------------

def signed_params(fake, extra, sign_method='md5', timestamp=None, **override):
    """The full, signed parameter dict a correct client sends to `fake`."""
    p = {'method': METHOD, 'app_key': fake.app_key, 'session': fake.session,
         'timestamp': timestamp or fmt8(fake.clock()), 'v': '2.0', 'sign_method': sign_method, 'format': 'json'}
    p.update(extra)
    p.update(override)
    p = {k: v for k, v in p.items() if v is not None}
    p['sign'] = top_sign(p, fake.app_secret, sign_method)
    return p


def main(argv=None):
    p = common.make_parser('Fake Taobao TOP gateway (taobao.trades.sold.increment.get) on a loopback address.')
    common.common_arguments(p)
    p.add_argument('--app-key', default='12345678')
    p.add_argument('--app-secret', default='fake_top_secret')
    p.add_argument('--session', default='6100fake0session0key0123456789abcdef')
    p.add_argument('--max-skew', type=float, default=600, help='seconds; negative disables the check')
    p.add_argument('--max-window', type=int, default=86400)
    p.add_argument('--span-days', type=int, default=10)
    p.add_argument('--burst-limit', type=int, default=0, help='calls per --burst-window before a ban (0: off)')
    p.add_argument('--burst-window', type=float, default=1.0)
    p.add_argument('--ban-seconds', type=float, default=60)
    p.add_argument('--no-mask', action='store_true', help='plain receiver fields instead of masked ones')
    args = p.parse_args(argv)
    fake = TaobaoFake(app_key=args.app_key, app_secret=args.app_secret, session=args.session,
                      max_skew=None if args.max_skew < 0 else args.max_skew, max_window=args.max_window,
                      span_days=args.span_days, burst_limit=args.burst_limit or None, burst_window=args.burst_window,
                      ban_seconds=args.ban_seconds, mask_pii=not args.no_mask, **common.common_kwargs(args))
    return common.serve_forever(fake, args.stats_on_exit)


if __name__ == '__main__':
    sys.exit(main())
