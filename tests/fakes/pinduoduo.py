#!/usr/bin/env python3
"""Fake Pinduoduo (拼多多) open-platform gateway,
pdd.order.number.list.increment.get only, for orderd's tests.

Library:
    from pinduoduo import PinduoduoFake      # tests/fakes on sys.path
    with PinduoduoFake(orders=1000, seed=7, client_id='cid', client_secret='s3cret',
                       access_token='tok') as pdd:
        pdd.url                  # 'http://127.0.0.1:PORT' (gateway_url = url + '/api/router')
        pdd.mutate(10); pdd.add_orders(3); pdd.fail_next('reset')
        pdd.throttle_next(5)     # the next 5 requests get the rate-limit error_response
        pdd.throttle_every, pdd.throttle_burst = 20, 3   # recurring bursts
        pdd.token_expired = True # every request: error_code 10019
        pdd.min_lag = 180        # refuse windows ending less than 3 min before the clock
        pdd.stats.throttled, pdd.calls
        pdd.add_invoice_application(order_sn, '上海甲贸易有限公司', '91310000...', kind=0)
                                 # the buyer's 发票 application (pdd.invoice.application.query)
Program:
    python3 tests/fakes/pinduoduo.py --port 0 --orders 1000 [--faults 500=10,reset=10]
    prints the base URL on the first stdout line, serves until SIGTERM.
    Control endpoints /_fake/... are described in common.py; /_fake/config
    also takes the attributes listed in PinduoduoFake.config_attrs.

Contract enforced (../../shared/PLATFORMS.md, Pinduoduo):
  * POST /api/router, parameters form-encoded (application/x-www-form-
    urlencoded): type=pdd.order.number.list.increment.get, client_id,
    access_token, timestamp (unix s), data_type=JSON, version=V1, sign.
  * sign = UPPER(hex(MD5(client_secret + k1 v1 k2 v2 ... + client_secret)))
    over every parameter except sign, sorted by name (byte order), values as
    sent (decoded), empty values included.
  * start_updated_at / end_updated_at (unix s, both bounds INCLUSIVE):
    end - start <= max_window (1800 s) else error 10000.
  * order_status 1|2|3|5 (5 = all), page from 1, page_size 1..100,
    use_has_next.
  * Newest first: orders sorted by updated_at DESCENDING (ties: order_sn
    descending), offset paging over the live data.  Page 1 is the newest.
    A client must read the last page first and walk back to page 1: an
    order updated meanwhile gets updated_at = now, leaves a window that
    ends in the past, and only shifts orders it had already passed back
    towards page 1, so nothing unread is skipped (paging forward would skip
    one order per change).
  * Success: {"order_sn_increment_get_response": {"total_count": N,
    "has_next": bool, "order_sn_list": [...], "request_id": "..."}}.
      - total_count: orders in the window at the time of THIS request;
      - has_next: page * page_size < total_count;
      - use_has_next=true: total_count is left out (the platform documents
        "the result does not contain the total count but a has_next
        field"), so a client that pages backwards must first ask without
        use_has_next (or with false) to learn the last page;
      - a page past the end: empty order_sn_list, has_next false.
  * Amounts are JSON numbers in yuan written as literal text with two
    decimals ("goods_price":12.30, never 12.299999), from integer fen;
    yuan_style='java' writes them as Java's Double.toString would (12.3,
    12.0) for robustness tests.  fake.render_all() (and /_fake/orders) give
    amounts as exact strings "12.30" (the Yuan str subclass).
  * Receiver personal data as ciphertext strings (receiver_name,
    receiver_phone, receiver_address, address): "~base64~tag~1~~" with the
    *_mask fields (receiver_name_mask "王*", receiver_phone_mask
    "138****5678", receiver_address_mask) for display; plaintext is never
    rendered; fake.cipher_plain maps ciphertext -> plaintext for tests.
  * pdd.invoice.application.query (same gateway, signing, token and
    common parameters; source: the PddOpenSdk models of
    niltor/open-pdd-net-sdk, Response/Invoice QueryInvoiceApplicationResponse,
    and the request of docs.rs crate pdd 0.1.4): order_sn, or
    update_start_time/update_end_time (unix MILLISECONDS of the application,
    both inclusive, span <= 15 days, start <= end; neither -> error 10000),
    page from 1 (default 1), page_size (default 50; 1..100 is this fake's
    choice), status 0/1/2 (application_status filter).  Answer
    {"invoice_application_query_response": {"invoice_application_list":
    [{application_status, apply_time (ms), business_type 0 personal/1
    company, invoice_kind 0 electronic/1 paper/2 专票, invoice_type 0 blue/1
    red, order_sn, mall_id, payer_name, payer_register_no, payer_address,
    payer_phone, payer_bank, payer_account, trigger_status, memo, reason,
    invoice_amount/sum_price/sum_tax/tax_rate null}], "request_id"}},
    sorted by apply_time then order_sn (this fake's choice), offset paging.
    An order with an application (add_invoice_application) renders
    invoice_status 1; adding one does not change the order's updated_at
    (call mutate for that).  Calls are logged in fake.invoice_calls.
    invoice_denied=True: every such call gets 'no_permission' (an app the
    shop has not granted the invoice API; the code is this fake's choice).
  * item_list[] {goods_id, sku_id, outer_id, outer_goods_id, goods_name,
    goods_spec, goods_price (yuan), goods_count, goods_img}.

Error envelope (HTTP 200): {"error_response": {"error_code", "error_msg",
"sub_code", "sub_msg", "request_id"}}.  Codes: 10019 "access_token已过期" is
the one confirmed in public client code; the others are this fake's choice
(PLATFORMS.md is silent).  Every entry can be replaced:
PinduoduoFake(errors={'throttle': (code, msg, sub_code, sub_msg)}).
    key           code   when
    param         10000  bad/missing business parameter, window > max_window,
                         end too recent (min_lag), page/page_size out of range
    type_unknown  10002  type other than the increment API (checked AFTER
                         the sign, so a correctly signed request for another
                         type shows that the sign passed)
    sign_invalid  10004  sign missing or wrong (upper-case hex compared exactly)
    client_id     10016  client_id missing or unknown
    timestamp     10000  timestamp missing, not unix seconds, or skew > max_skew
                         (sub_code "timestamp_invalid")
    token_expired 10019  access_token missing, unknown, past its access_ttl or
                         token_expired=True
    refresh_invalid 10019 sub refresh_token_invalid*  pdd.pop.auth.token.refresh
                         with a refresh token unknown, used, expired or revoked
                         (sub refresh_token_expired* / refresh_token_revoked*)
    data_type     10000  data_type not JSON, version not V1 (sub_code
                         "data_type_invalid")
    throttle      70031  rate limit ("调用过于频繁，请调整调用频率")
    system        50000  '500' fault (HTTP 500) or platform_error_next('system')
  Suggested client classification: 70031 and 50000 retry later; 10019 and
  10016 auth error; everything else bad request.

Tokens that renew themselves (tests/fakes/tokens.py):
PinduoduoFake(access_token='a', refresh_token='r', access_ttl=4, refresh_ttl=20)
serves type pdd.pop.auth.token.refresh (the common parameters without
access_token, plus refresh_token): {"pop_auth_token_refresh_response":
{access_token, expires_in, expires_at, refresh_token,
refresh_token_expires_in, refresh_token_expires_at, owner_id, owner_name,
scope}}. A refresh token works once (the fake's strict reading).

Choices where PLATFORMS.md is silent:
  * Parameters are read from the query string, then the body (form-encoded,
    or a JSON object if Content-Type is application/json; a JSON number or
    bool is signed as its JSON text); a later value of a name replaces an
    earlier one.  Any other path -> HTTP 404 with error_response 'param';
    GET -> error_response 'param'.
  * Check order: client_id, timestamp (format, skew; max_skew 600 s,
    None disables), sign, type, access_token, data_type/version; then the
    rate limit, the fault plan, the business parameters.
  * order_status is required (1 待发货, 2 已发货待签收, 3 已签收, 5 all);
    refund_status optional, default 5 (1 无售后或售后关闭, 2 售后处理中, 3 退款中,
    4 退款成功, 5 all); is_lucky_flag optional (0 all; every seeded order is
    1 = not a lottery order); page default 1; page_size default 100;
    use_has_next "true"/"false" (default false).
  * The "keep end >= 3 min behind" rule is the client's: by default the fake
    answers any window (min_lag=0); with min_lag=s a window whose end is
    later than clock - s is refused with 'param'.
  * Only paid (成交) orders exist, as the increment API returns.  Times are
    strings "yyyy-MM-dd HH:mm:ss" in GMT+8; an unset time (shipping_time,
    receive_time) is "".
  * Amount invariants (in fen): goods_amount = sum(goods_price * goods_count)
    - order_change_amount; discount_amount = platform_discount +
    seller_discount + capital_free_discount; pay_amount = goods_amount -
    discount_amount + postage.
  * Seeding: `orders` orders created over span_days (10) before end_time
    (default now - 1 h), about 20 % of updated_at values shared by several
    orders.  order_sn "YYMMDD-" + 15 digits.  bad_orders=N adds to N orders an
    item without outer_id/outer_goods_id (even ones) or without goods_price
    (odd ones); fake.bad_orders maps order_sn -> reason.
  * mutate(n) ships (order_status 1 -> 2, tracking number), confirms receipt
    (2 -> 3), moves a refund along (refund_status/after_sales_status),
    changes the remark or the receiver; updated_at becomes the fake's clock
    (never earlier than before).  mutate_every=k mutates mutate_count orders
    on every k-th authenticated request.
  * Late writes (an update hidden from the incremental window, the case
    reconciliation exists for): add_late(n, age) creates orders with
    created = updated = clock - age, mutate_late(ids, age) changes orders
    with updated_at = clock - age; a client whose watermark passed that
    time never sees them incrementally, total_count of the old window
    counts them.
  * Rate limit modes, all answered with the 'throttle' error_response and
    counted in stats.throttled: throttle_next(n) / config throttle_pending;
    throttle_every=k with throttle_burst=b (b < k); qps=q (more than q
    requests within one second).  platform_error_next(key, n) forces any
    ERRORS entry.
"""
import base64
import collections
import hashlib
import hmac
import json
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

TYPE = 'pdd.order.number.list.increment.get'
REFRESH_TYPE = 'pdd.pop.auth.token.refresh'
INVOICE_TYPE = 'pdd.invoice.application.query'
PATH = '/api/router'
GMT8 = common.parse_tz('+08:00')

ERRORS = {
    'param': (10000, '参数错误', 'param_invalid', '参数错误'),
    'type_unknown': (10002, 'type不存在', 'type_not_exist', '接口不存在'),
    # this fake's choice (no source gives the code): an app without the invoice API's permission
    'no_permission': (20031, '无接口权限', 'insufficient_permission', '应用未获得该接口权限'),
    'sign_invalid': (10004, '签名错误', 'sign_invalid', 'sign校验失败'),
    'client_id': (10016, 'client_id不存在', 'client_id_invalid', 'client_id不存在或已停用'),
    'timestamp': (10000, '参数错误', 'timestamp_invalid', 'timestamp不合法或与服务器时间相差过大'),
    'token_expired': (10019, 'access_token已过期', 'access_token_expired', 'access_token已过期，请刷新'),
    'data_type': (10000, '参数错误', 'data_type_invalid', 'data_type只支持JSON，version只支持V1'),
    'throttle': (70031, '调用过于频繁，请调整调用频率', 'app_call_limited', '调用过于频繁，请稍后重试'),
    'system': (50000, '系统错误', 'system_error', '服务异常，请稍后重试'),
}

ORDER_STATUS = {1: '待发货', 2: '已发货待签收', 3: '已签收'}
REFUND_STATUS = {1: '无售后或售后关闭', 2: '售后处理中', 3: '退款中', 4: '退款成功'}

# province, id, city, id, town, id, detail
ADDRESSES = [
    ('广东省', 6, '深圳市', 77, '南山区', 705, '粤海街道科技园南区深南大道10000号'),
    ('上海市', 2, '上海市', 2, '浦东新区', 51, '陆家嘴街道世纪大道100号环球金融中心72楼'),
    ('北京市', 1, '北京市', 1, '朝阳区', 41, '建外街道建国门外大街1号国贸大厦B座'),
    ('浙江省', 31, '杭州市', 383, '余杭区', 3238, '五常街道文一西路969号'),
    ('河南省', 18, '郑州市', 236, '金水区', 2024, '花园路39号 3号楼2单元/502'),
    ('四川省', 27, '成都市', 322, '武侯区', 2751, '桂溪街道天府大道北段1700号'),
    ('黑龙江省', 11, '哈尔滨市', 156, '南岗区', 1418, '西大直街92号"工大"家属院8-1-301'),
    ('西藏自治区', 29, '拉萨市', 350, '城关区', 2985, '北京中路36号'),
]

# goods name, spec, outer_id, unit price (fen), goods_id
GOODS = [
    ('【百亿补贴】纯棉T恤 男女同款', '白色,XL', 'PDD-TS-WH-XL', 3990, 301000001),
    ('不锈钢保温杯 500ml', '316不锈钢', 'PDD-CUP-500', 2880, 301000002),
    ('数据线 Type-C/1m 快充', '1m', 'PDD-CB-TC', 1230, 301000003),
    ('湿巾 10片装', '10片', 'PDD-WP-10', 10, 301000004),
    ('抽纸 3包', '3包', 'PDD-TS-3', 20, 301000005),
    ('蓝牙耳机 降噪版', '午夜黑', 'PDD-EB-NC', 8990, 301000006),
    ('烟台红富士苹果 5斤装', '5斤,80-85mm', 'PDD-APL-5', 1999, 301000007),
    ('儿童绘本 全10册', '全10册', 'PDD-BK-10', 4590, 301000008),
    ('洗衣凝珠 52颗', '52颗', 'PDD-LD-52', 2970, 301000009),
    ('手机壳 iPhone 15 "透明"', '透明', 'PDD-PC-15', 990, 301000010),
    ('五常大米 10kg', '10kg', 'PDD-RICE-10', 8800, 301000011),
    ('USB 小风扇', '白色', 'PDD-FAN-W', 1590, 301000012),
]

BUYER_MEMO = ['', '', '', '请尽快发货', '不要放驿站，谢谢', '送人的 / 不要放价格单', '多送几包湿巾呗😊']
REMARKS = ['', '', '', '已核对地址', '赠品x1', '老客户，优先发货']
LOGISTICS = [(115, 'ZTO'), (85, 'YTO'), (44, 'SF'), (121, 'YD'), (384, 'JTSD')]
CN_FIRST = [f for f in common.CJK_FIRST if re.fullmatch(r'[\u4e00-\u9fff]+', f) and f not in ('太郎', '花子')]
CN_LAST = [l for l in common.CJK_LAST if re.fullmatch(r'[\u4e00-\u9fff]+', l) and l not in ('佐藤', '鈴木')]


def sign(secret, params):
    """UPPER(MD5(secret + sorted k+v + secret)); params: dict or (k, v) pairs,
    'sign' left out."""
    items = params.items() if isinstance(params, dict) else params
    body = ''.join('%s%s' % (k, v) for k, v in sorted((k, v) for k, v in items if k != 'sign'))
    return hashlib.md5((secret + body + secret).encode('utf-8')).hexdigest().upper()


class Yuan(str):
    """An amount in yuan, exact: rendered by this fake as a bare JSON number
    ("12.30"), by plain json.dumps as the string "12.30"."""

    @classmethod
    def of(cls, fen, style='fixed2'):
        fen = int(fen)
        sign_ = '-' if fen < 0 else ''
        whole, cents = divmod(abs(fen), 100)
        if style == 'java':
            frac = ('%02d' % cents).rstrip('0') or '0'
            return cls('%s%d.%s' % (sign_, whole, frac))
        return cls('%s%d.%02d' % (sign_, whole, cents))


def dumps(obj):
    """JSON text with Yuan written as bare numbers (no float ever involved)."""
    out = []

    def w(v):
        if isinstance(v, Yuan):
            out.append(str(v))
        elif isinstance(v, dict):
            out.append('{')
            for i, (k, x) in enumerate(v.items()):
                if i:
                    out.append(',')
                out.append(json.dumps(str(k), ensure_ascii=False))
                out.append(':')
                w(x)
            out.append('}')
        elif isinstance(v, (list, tuple)):
            out.append('[')
            for i, x in enumerate(v):
                if i:
                    out.append(',')
                w(x)
            out.append(']')
        else:
            out.append(json.dumps(v, ensure_ascii=False))

    w(obj)
    return ''.join(out).encode('utf-8')


class ParamError(Exception):
    def __init__(self, key, detail=None):
        super().__init__(detail or key)
        self.key = key
        self.detail = detail


class PinduoduoFake(common.FakeServer):
    server_header = 'stgw/1.3.12.4_1.13.5'
    config_attrs = common.FakeServer.config_attrs + (
        'client_id', 'client_secret', 'access_token', 'token_expired', 'max_window', 'max_skew', 'min_lag',
        'yuan_style', 'throttle_pending', 'throttle_every', 'throttle_burst', 'qps')

    def __init__(self, orders=1000, seed=1, client_id='fakepddclient0123456789abcdef01',
                 client_secret='fake-pdd-client-secret', access_token='fake-pdd-access-token', mall_id=665544,
                 max_window=1800, max_skew=600, min_lag=0, yuan_style='fixed2', token_expired=False, errors=None,
                 bad_orders=0, end_time=None, span_days=10, throttle_every=0, throttle_burst=1, qps=None,
                 refresh_token=None, access_ttl=None, refresh_ttl=None, **kw):
        super().__init__(**kw)
        self.client_id = client_id
        self.client_secret = client_secret
        self.access_token = access_token
        self.tokens = tokens.TokenBook(access_token, refresh_token, access_ttl if refresh_token else None,
                                       refresh_ttl, prefix='pdd')
        self.mall_id = mall_id
        self.max_window = max_window
        self.max_skew = max_skew
        self.min_lag = min_lag
        self.yuan_style = yuan_style
        self.token_expired = token_expired
        self.errors = dict(ERRORS)
        self.errors.update(errors or {})
        self.throttle_pending = 0
        self.throttle_every = throttle_every
        self.throttle_burst = throttle_burst
        self.qps = qps
        self.calls = []                   # one dict per request that reached the business parameters
        self.invoice_calls = []           # the same for pdd.invoice.application.query
        self.applications = []            # invoice applications, see add_invoice_application
        self.invoice_denied = False
        self.cipher_plain = {}
        self._gate_lock = threading.Lock()
        self._forced = collections.deque()
        self._admitted = 0
        self._recent = collections.deque()
        self._pii_key = hashlib.sha256(b'pdd-pii-%d' % seed).digest()
        self._mrng = random.Random(seed * 7919 + 5)
        self.orders = []
        self.bad_orders = {}
        self._sns = set()
        self._seed(orders, seed, bad_orders, end_time, span_days)

    # ---- seeding ---------------------------------------------------------------------------------

    def _seed(self, n, seed, bad, end_time, span_days):
        rng = random.Random(seed)
        end = int(end_time if end_time is not None else time.time() - 3600)
        start = end - span_days * 86400
        self._end = end
        created = sorted(rng.randint(start, end) for _ in range(n))
        bulk = sorted(rng.randint(start, end) for _ in range(max(1, n // 50)))
        for c in created:
            r = rng.random()
            if r < 0.5:
                u = c + rng.randint(0, 900)
            elif r < 0.8:
                u = c + rng.randint(900, 5 * 86400)
            else:
                later = [b for b in bulk if b >= c]
                u = rng.choice(later[:5]) if later else c
            self.orders.append(self._make_order(rng, c, min(u, end)))
        bad_idx = sorted(rng.sample(range(n), min(bad, n))) if bad else []
        for k, i in enumerate(bad_idx):
            o = self.orders[i]
            item = self._make_item(rng)
            if k % 2 == 0:
                item['outer_id'] = item['outer_goods_id'] = ''
                reason = 'line without sku'
            else:
                item['_no_price'] = True
                reason = 'line without price'
            o['items'].append(item)
            self.bad_orders[o['order_sn']] = reason

    def _new_sn(self, rng, created):
        while True:
            sn = '%s-%015d' % (common.to_dt(created, GMT8).strftime('%y%m%d'), rng.randrange(10 ** 14, 10 ** 15))
            if sn not in self._sns:
                self._sns.add(sn)
                return sn

    def _receiver(self, rng, ver=1):
        a = ADDRESSES[rng.randrange(len(ADDRESSES))]
        return {'name': rng.choice(CN_LAST) + rng.choice(CN_FIRST),
                'phone': '1%s%08d' % (rng.choice(['35', '52', '87', '58', '98']), rng.randrange(10 ** 8)),
                'province': a[0:2], 'city': a[2:4], 'town': a[4:6],
                'detail': a[6] + rng.choice(['', ' %d号楼%d室' % (rng.randint(1, 30), rng.randint(101, 2808))]),
                'ver': ver}

    def _make_item(self, rng):
        gi = rng.randrange(len(GOODS))
        name, spec, outer, price, goods_id = GOODS[gi]
        return {'goods_id': goods_id, 'sku_id': 1_100_000_000_000 + goods_id % 1000 * 1009, 'outer_id': outer,
                'outer_goods_id': 'G-' + outer, 'goods_name': name, 'goods_spec': spec, 'price': price,
                'count': rng.choice([1, 1, 1, 2, 2, 3, 6]),
                'goods_img': 'https://img.pddpic.com/mms-material-img/fake/%d.jpeg' % goods_id}

    def _make_order(self, rng, created, updated, fresh=False):
        paid = min(updated, created + rng.randint(3, 300))
        o = {'order_sn': self._new_sn(rng, created), 'created': created, 'confirm': paid, 'paid': paid,
             'updated': max(updated, paid), 'shipped': None, 'received': None, 'status': 1, 'refund_status': 1,
             'after_sales_status': 0, 'items': [self._make_item(rng) for _ in range(rng.choice([1, 1, 1, 1, 2, 3]))],
             'postage': rng.choice([0, 0, 0, 0, 300, 600]), 'platform_discount': 0, 'seller_discount': 0,
             'capital_free_discount': 0, 'order_change': 0, 'buyer_memo': rng.choice(BUYER_MEMO),
             'remark': rng.choice(REMARKS), 'pay_type': rng.choice(['WEIXIN', 'WEIXIN', 'ALIPAY']),
             'receiver': self._receiver(rng), 'logistics_id': 0, 'tracking_number': ''}
        goods = sum(i['price'] * i['count'] for i in o['items'])
        r = rng.random()
        if r < 0.25:
            o['platform_discount'] = min(goods, rng.choice([100, 200, 500, 1]))
        if rng.random() < 0.25:
            o['seller_discount'] = min(goods - o['platform_discount'], rng.choice([100, 300, 333]))
        if rng.random() < 0.03 and goods - o['platform_discount'] - o['seller_discount'] > 50:
            o['order_change'] = 50
        if fresh:
            return o
        r = rng.random()
        if r < 0.3:
            pass
        elif r < 0.6:
            self._ship(o, updated, rng)
        else:
            self._ship(o, max(paid, updated - rng.randint(0, 3 * 86400)), rng)
            o['status'], o['received'] = 3, updated
        if rng.random() < 0.1:
            o['refund_status'] = rng.choice([2, 3, 4, 4])
            o['after_sales_status'] = {2: 2, 3: 4, 4: 10}[o['refund_status']]
        return o

    def _ship(self, o, when, rng):
        o['status'] = 2
        o['shipped'] = max(when, o['paid'])
        o['logistics_id'], prefix = rng.choice(LOGISTICS)
        o['tracking_number'] = '%s%012d' % (prefix, rng.randrange(10 ** 12))

    # ---- personal data --------------------------------------------------------------------------

    def _cipher(self, kind, plain, ver):
        d = hmac.new(self._pii_key, ('%s|%s|%d' % (kind, plain, ver)).encode('utf-8'), hashlib.sha256).digest()
        c = '~%s~%s~1~~' % (base64.b64encode(b'\x02\x00' + d + d[:6]).decode(),
                            base64.b32encode(hashlib.md5(d).digest()[:5]).decode().lower())
        self.cipher_plain[c] = plain
        return c

    # ---- rendering ---------------------------------------------------------------------------------

    def render(self, o, style=None):
        style = style or self.yuan_style
        y = lambda fen: Yuan.of(fen, style)  # noqa: E731
        t = lambda e: common.fmt_local(e, GMT8, sep=' ') if e else ''  # noqa: E731
        rv = o['receiver']
        goods = sum(i['price'] * i['count'] for i in o['items']) - o['order_change']
        discount = o['platform_discount'] + o['seller_discount'] + o['capital_free_discount']
        items = []
        for i in o['items']:
            item = {'goods_id': i['goods_id'], 'sku_id': i['sku_id'], 'outer_id': i['outer_id'],
                    'outer_goods_id': i['outer_goods_id'], 'goods_name': i['goods_name'],
                    'goods_spec': i['goods_spec'], 'goods_count': i['count'], 'goods_img': i['goods_img']}
            if not i.get('_no_price'):
                item['goods_price'] = y(i['price'])
            items.append(item)
        name = self._cipher('name', rv['name'], rv['ver'])
        phone = self._cipher('phone', rv['phone'], rv['ver'])
        addr = self._cipher('address', rv['detail'], rv['ver'])
        full = self._cipher('full', rv['province'][0] + rv['city'][0] + rv['town'][0] + rv['detail'], rv['ver'])
        return {
            'order_sn': o['order_sn'], 'order_status': o['status'], 'refund_status': o['refund_status'],
            'after_sales_status': o['after_sales_status'], 'confirm_status': 1, 'group_status': 1,
            'trade_type': 0, 'is_lucky_flag': 1, 'risk_control_status': 0, 'is_pre_sale': 0, 'pre_sale_time': '',
            'created_time': t(o['created']), 'confirm_time': t(o['confirm']), 'pay_time': t(o['paid']),
            'updated_at': t(o['updated']), 'shipping_time': t(o['shipped']), 'receive_time': t(o['received']),
            'last_ship_time': t(o['paid'] + 48 * 3600),
            'country': '中国', 'country_id': 0, 'province': rv['province'][0], 'province_id': rv['province'][1],
            'city': rv['city'][0], 'city_id': rv['city'][1], 'town': rv['town'][0], 'town_id': rv['town'][1],
            'address': full, 'receiver_name': name, 'receiver_phone': phone, 'receiver_address': addr,
            'receiver_name_mask': rv['name'][0] + '*' * (len(rv['name']) - 1),
            'receiver_phone_mask': rv['phone'][:3] + '****' + rv['phone'][-4:],
            'receiver_address_mask': rv['detail'][:4] + '****',
            'pay_amount': y(goods - discount + o['postage']), 'goods_amount': y(goods),
            'discount_amount': y(discount), 'platform_discount': y(o['platform_discount']),
            'seller_discount': y(o['seller_discount']), 'capital_free_discount': y(o['capital_free_discount']),
            'order_change_amount': y(o['order_change']), 'postage': y(o['postage']),
            'pay_no': 'PDD%s' % o['order_sn'].replace('-', ''), 'pay_type': o['pay_type'],
            'logistics_id': o['logistics_id'], 'tracking_number': o['tracking_number'],
            'buyer_memo': o['buyer_memo'], 'remark': o['remark'], 'remark_tag': o.get('remark_tag', 0),
            'invoice_status': 1 if o.get('invoice_requested') or sum(map(ord, o['order_sn'])) % 5 == 0 else 0,
            'stock_out_handle_status': -1, 'is_stock_out': 0, 'self_contained': 0, 'shipping_type': 0,
            'item_list': items,
        }

    def add_invoice_application(self, order_sn, payer_name, register_no='', kind=0, business_type=None,
                                status=1, when=None, **extra):
        """The buyer's invoice application for order_sn, made at `when` (unix
        s, default the clock); extra: payer_address, payer_phone, payer_bank,
        payer_account, invoice_type, trigger_status.  Returns it."""
        with self.lock:
            o = next(o for o in self.orders if o['order_sn'] == order_sn)
            o['invoice_requested'] = True
            t = int((self.clock() if when is None else when) * 1000)
            a = {'application_status': status, 'apply_time': t, 'trigger_status': 1, 'order_sn': order_sn,
                 'mall_id': self.mall_id, 'business_type': (1 if register_no else 0) if business_type is None
                 else business_type, 'payer_name': payer_name, 'payer_register_no': register_no,
                 'payer_address': '', 'payer_phone': '', 'payer_bank': '', 'payer_account': '',
                 'invoice_kind': kind, 'invoice_type': 0, 'invoice_way': 0, 'quality_goods_invoice': 0,
                 'invoice_amount': None, 'sum_price': None, 'sum_tax': None, 'tax_rate': None,
                 'reason': None, 'memo': None}
            a.update(extra)
            self.applications.append(a)
            return a

    def render_all(self):
        with self.lock:
            return [self.render(o) for o in self.orders]

    def order(self, order_sn):
        with self.lock:
            for o in self.orders:
                if o['order_sn'] == order_sn:
                    return self.render(o)
        return None

    # ---- mutation -------------------------------------------------------------------------------------

    def mutate(self, n, ids=None):
        """Change n random orders (or the given order_sns); returns their order_sns."""
        with self.lock:
            now = int(self.clock())
            if ids is None:
                picks = self._mrng.sample(self.orders, min(n, len(self.orders)))
            else:
                want = set(ids)
                picks = [o for o in self.orders if o['order_sn'] in want]
            for o in picks:
                self._mutate_one(o, now)
                o['updated'] = max(now, o['updated'])
            done = [o['order_sn'] for o in picks]
        self.stats.mutated(done, now)
        return done

    def _mutate_one(self, o, now):
        rng = self._mrng
        acts = ['remark']
        if o['status'] == 1:
            acts += ['ship', 'ship', 'address']
        elif o['status'] == 2:
            acts += ['receive', 'receive']
        if o['refund_status'] == 1 and o['after_sales_status'] == 0:
            acts += ['refund']
        elif o['refund_status'] in (2, 3):
            acts += ['refund_step']
        act = rng.choice(acts)
        if act == 'ship':
            self._ship(o, now, rng)
        elif act == 'receive':
            o['status'], o['received'] = 3, now
        elif act == 'refund':
            o['refund_status'], o['after_sales_status'] = 2, 2
        elif act == 'refund_step':
            if o['refund_status'] == 2:
                o['refund_status'], o['after_sales_status'] = rng.choice([(3, 4), (1, 11)])
            else:
                o['refund_status'], o['after_sales_status'] = 4, 10
        elif act == 'address':
            o['receiver'] = self._receiver(rng, o['receiver']['ver'] + 1)
        else:
            o['remark'] = rng.choice(['已改地址', '加急', '备注 %d' % now])
            o['remark_tag'] = rng.randint(0, 5)

    def add_orders(self, n):
        """Create n new paid orders (created = updated = clock); returns their order_sns."""
        return self.add_late(n, 0)

    def add_late(self, n, age):
        """Create n paid orders written late (created = updated = clock -
        age seconds); returns their order_sns."""
        with self.lock:
            when = int(self.clock()) - int(age)
            new = [self._make_order(self._mrng, when, when, fresh=True) for _ in range(n)]
            for o in new:
                o['confirm'] = o['paid'] = o['updated'] = when
            self.orders.extend(new)
            return [o['order_sn'] for o in new]

    def mutate_late(self, ids, age):
        """Change the given orders with updated_at = clock - age (written
        late); returns their order_sns."""
        return common.write_late(self, self.orders, 'order_sn', 'updated', ids, age)

    # ---- errors and rate limit --------------------------------------------------------------------------

    def error(self, key, detail=None, status=200):
        code, msg, sub_code, sub_msg = self.errors[key]
        return Response(status, dumps({'error_response': {
            'error_code': code, 'error_msg': msg, 'sub_code': sub_code, 'sub_msg': detail or sub_msg,
            'request_id': self._request_id()}}))

    def _request_id(self):
        return '%d%s' % (int(self.clock() * 1000), os.urandom(8).hex())

    def throttle_next(self, n=1):
        """The next n authenticated requests get the rate-limit error_response."""
        with self._gate_lock:
            self.throttle_pending += n

    def platform_error_next(self, key, n=1):
        """The next n authenticated requests get the ERRORS[key] error_response (HTTP 200)."""
        if key not in self.errors:
            raise ValueError('unknown error key %r' % key)
        with self._gate_lock:
            self._forced.extend([key] * n)

    def admit(self, req):
        key = None
        with self._gate_lock:
            self._admitted += 1
            if self._forced:
                key = self._forced.popleft()
            elif self.throttle_pending > 0:
                self.throttle_pending -= 1
                key = 'throttle'
            elif self.throttle_every and self._admitted % int(self.throttle_every) == 0:
                self.throttle_pending = max(0, int(self.throttle_burst) - 1)
                key = 'throttle'
            elif self.qps:
                now = time.monotonic()
                while self._recent and now - self._recent[0] >= 1.0:
                    self._recent.popleft()
                if len(self._recent) >= self.qps:
                    key = 'throttle'
                else:
                    self._recent.append(now)
        if key is None:
            return None
        if key == 'throttle':
            with self.stats.lock:
                self.stats.throttled += 1
        return self.error(key)

    def error_500(self, req):
        return self.error('system', status=500)

    # ---- request handling ---------------------------------------------------------------------------------

    @staticmethod
    def params(req):
        """Query, then body (form or JSON object): (name, value) pairs, last one wins."""
        pairs = list(req.params)
        ctype = (req.headers.get('Content-Type') or '').split(';')[0].strip().lower()
        if req.body:
            text = req.body.decode('utf-8')
            if ctype == 'application/json':
                obj = json.loads(text, parse_float=str, parse_int=str)
                if not isinstance(obj, dict):
                    raise ValueError('JSON body is not an object')
                for k, v in obj.items():
                    if isinstance(v, bool):
                        v = 'true' if v else 'false'
                    elif v is None:
                        v = ''
                    elif not isinstance(v, str):
                        v = json.dumps(v, ensure_ascii=False, separators=(',', ':'))
                    pairs.append((k, v))
            else:
                pairs += urllib.parse.parse_qsl(text, keep_blank_values=True)
        return dict(pairs)

    def route(self, req):
        if req.path != PATH:
            r = self.error('param', '未知路径 %s' % req.path)
            r.status = 404
            return r
        if req.method != 'POST':
            return self.error('param', '仅支持POST请求')
        try:
            req.pdd = self.params(req)
        except (ValueError, UnicodeDecodeError):
            return self.error('param', '请求参数无法解析')
        if req.pdd.get('type') == REFRESH_TYPE:
            return self._refresh
        if req.pdd.get('type') == INVOICE_TYPE:
            return self._invoice_query
        return self._increment

    def _refresh(self, req):
        p = req.pdd
        if not p.get('refresh_token'):
            return self.error('param', 'refresh_token不能为空')
        try:
            access, refresh, ttl, rttl = self.tokens.renew(p['refresh_token'])
        except tokens.TokenError as e:
            sub = {'expired': 'refresh_token_expired', 'revoked': 'refresh_token_revoked'}.get(
                e.kind, 'refresh_token_invalid')
            return Response(200, dumps({'error_response': {
                'error_code': 10019, 'error_msg': 'refresh_token不可用', 'sub_code': sub,
                'sub_msg': 'refresh_token已失效，请重新授权', 'request_id': self._request_id()}}))
        now = int(self.clock())
        ttl = int(ttl) if ttl is not None else 86400 * 30
        rttl = int(rttl) if rttl is not None else 86400 * 60
        return Response(200, dumps({REFRESH_TYPE.replace('pdd.', '').replace('.', '_') + '_response': {
            'access_token': access, 'expires_in': ttl, 'expires_at': now + ttl, 'refresh_token': refresh,
            'refresh_token_expires_in': rttl, 'refresh_token_expires_at': now + rttl,
            'owner_id': str(self.mall_id), 'owner_name': 'orderd测试店', 'scope': ['pdd.order.number.list.increment.get'],
            'request_id': self._request_id()}}))

    def authenticate(self, req):
        p = req.pdd
        if not p.get('client_id') or p['client_id'] != self.client_id:
            return self.error('client_id')
        ts = p.get('timestamp', '')
        if not re.fullmatch(r'\d{1,12}', ts):
            return self.error('timestamp')
        if self.max_skew is not None and abs(self.clock() - int(ts)) > self.max_skew:
            return self.error('timestamp')
        got = p.get('sign', '')
        if not got or not hmac.compare_digest(sign(self.client_secret, p).encode(), got.encode('utf-8', 'replace')):
            return self.error('sign_invalid')
        if p.get('type') == REFRESH_TYPE:
            return None  # takes no access_token
        if p.get('type') not in (TYPE, INVOICE_TYPE):
            return self.error('type_unknown', '接口%s不存在' % p.get('type'))
        if p.get('access_token') == self.access_token:
            self.tokens.adopt(self.access_token)
        if not p.get('access_token') or self.tokens.check(p['access_token']) or self.token_expired:
            return self.error('token_expired')
        if p.get('data_type', 'JSON').upper() != 'JSON' or p.get('version', 'V1') != 'V1':
            return self.error('data_type')
        return None

    @staticmethod
    def _int(p, name, default=None, required=False):
        v = p.get(name)
        if v is None or v == '':
            if required:
                raise ParamError('param', '%s不能为空' % name)
            return default
        if not re.fullmatch(r'-?\d{1,15}', v):
            raise ParamError('param', '%s不合法' % name)
        return int(v)

    def _invoice_query(self, req):
        p = req.pdd
        call = {'time': time.time(), 'params': p, 'code': None}
        with self.lock:
            self.invoice_calls.append(call)
        if self.invoice_denied:
            call['code'] = self.errors['no_permission'][0]
            return self.error('no_permission')
        try:
            sn = p.get('order_sn') or None
            start = self._int(p, 'update_start_time')
            end = self._int(p, 'update_end_time')
            if sn is None and (start is None or end is None):
                raise ParamError('param', '订单号和申请时间必填其一')
            if start is not None and end is not None:
                if start > end:
                    raise ParamError('param', 'update_start_time不能大于update_end_time')
                if end - start > 15 * 86400 * 1000:
                    raise ParamError('param', '查询时间间隔不可超过15天')
            page = self._int(p, 'page', 1)
            size = self._int(p, 'page_size', 50)
            if page < 1:
                raise ParamError('param', 'page必须大于0')
            if not 1 <= size <= 100:
                raise ParamError('param', 'page_size必须在1到100之间')
            status = self._int(p, 'status')
            if status not in (None, 0, 1, 2):
                raise ParamError('param', 'status只能为0、1、2')
        except ParamError as e:
            call['code'] = self.errors[e.key][0]
            return self.error(e.key, e.detail)
        with self.lock:
            rows = [dict(a) for a in self.applications
                    if (sn is None or a['order_sn'] == sn)
                    and (start is None or start <= a['apply_time'] <= end)
                    and (status is None or a['application_status'] == status)]
        rows.sort(key=lambda a: (a['apply_time'], a['order_sn']))
        call['code'] = 0
        return Response(200, dumps({'invoice_application_query_response': {
            'invoice_application_list': rows[(page - 1) * size:page * size], 'request_id': self._request_id()}}))

    def _increment(self, req):
        p = req.pdd
        call = {'time': time.time(), 'params': p, 'code': None}
        with self.lock:
            self.calls.append(call)
        try:
            start = self._int(p, 'start_updated_at', required=True)
            end = self._int(p, 'end_updated_at', required=True)
            if start > end:
                raise ParamError('param', 'start_updated_at不能大于end_updated_at')
            if self.max_window is not None and end - start > self.max_window:
                raise ParamError('param', '开始时间结束时间间距不超过%d分钟' % (self.max_window // 60))
            if self.min_lag and end > self.clock() - self.min_lag:
                raise ParamError('param', 'end_updated_at须早于当前时间%d秒' % self.min_lag)
            status = self._int(p, 'order_status', required=True)
            if status not in (1, 2, 3, 5):
                raise ParamError('param', 'order_status只能为1、2、3、5')
            refund = self._int(p, 'refund_status', 5)
            if refund not in (1, 2, 3, 4, 5):
                raise ParamError('param', 'refund_status只能为1、2、3、4、5')
            lucky = self._int(p, 'is_lucky_flag', 0)
            if lucky not in (0, 1, 2):
                raise ParamError('param', 'is_lucky_flag只能为0、1、2')
            page = self._int(p, 'page', 1)
            size = self._int(p, 'page_size', 100)
            if page < 1:
                raise ParamError('param', 'page必须大于0')
            if not 1 <= size <= 100:
                raise ParamError('param', 'page_size必须在1到100之间')
            has_next_mode = p.get('use_has_next', 'false')
            if has_next_mode not in ('true', 'false'):
                raise ParamError('param', 'use_has_next只能为true或false')
        except ParamError as e:
            call['code'] = self.errors[e.key][0]
            return self.error(e.key, e.detail)
        with self.lock:
            rows = [o for o in self.orders if start <= o['updated'] <= end
                    and (status == 5 or o['status'] == status)
                    and (refund == 5 or o['refund_status'] == refund)
                    and lucky in (0, 1)]
            rows.sort(key=lambda o: (o['updated'], o['order_sn']), reverse=True)
            total = len(rows)
            found = [self.render(o) for o in rows[(page - 1) * size:page * size]]
        resp = {}
        if has_next_mode != 'true':
            resp['total_count'] = total
        resp['has_next'] = page * size < total
        resp['order_sn_list'] = found
        resp['request_id'] = self._request_id()
        call['code'] = 0
        return Response(200, dumps({'order_sn_increment_get_response': resp}))


def main(argv=None):
    p = common.make_parser('Fake Pinduoduo gateway (pdd.order.number.list.increment.get) on a loopback address.')
    common.common_arguments(p)
    p.add_argument('--client-id', default='fakepddclient0123456789abcdef01')
    p.add_argument('--client-secret', default='fake-pdd-client-secret')
    p.add_argument('--access-token', default='fake-pdd-access-token')
    p.add_argument('--max-window', type=int, default=1800, help='widest updated_at window (s)')
    p.add_argument('--max-skew', type=int, default=600, help='allowed timestamp skew (s)')
    p.add_argument('--min-lag', type=int, default=0, help='refuse windows ending later than now - this (s)')
    p.add_argument('--span-days', type=int, default=10)
    p.add_argument('--yuan-style', choices=('fixed2', 'java'), default='fixed2')
    p.add_argument('--token-expired', action='store_true')
    p.add_argument('--throttle-every', type=int, default=0)
    p.add_argument('--throttle-burst', type=int, default=1)
    p.add_argument('--qps', type=float, default=None)
    args = p.parse_args(argv)
    fake = PinduoduoFake(client_id=args.client_id, client_secret=args.client_secret, access_token=args.access_token,
                         max_window=args.max_window, max_skew=args.max_skew, min_lag=args.min_lag,
                         span_days=args.span_days, yuan_style=args.yuan_style, token_expired=args.token_expired,
                         throttle_every=args.throttle_every, throttle_burst=args.throttle_burst, qps=args.qps,
                         **common.common_kwargs(args))
    return common.serve_forever(fake, args.stats_on_exit)


if __name__ == '__main__':
    sys.exit(main())
