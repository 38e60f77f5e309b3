#!/usr/bin/env python3
"""Fake JD (京东) open-platform router (jingdong.pop.order.search only) for
orderd's tests.

Library:
    from jd import JdFake                       # tests/fakes on sys.path
    with JdFake(orders=1000, seed=7, app_key='k', app_secret='s', access_token='t',
                burst_limit=50, ban_seconds=3) as jd:
        jd.url           # 'http://127.0.0.1:PORT' -> gateway_url = jd.url + '/routerjson'
        jd.mutate(10); jd.add_orders(3); jd.ban(5); jd.force_error('isp')
        jd.set_faults({'500': 10, 'reset': 5}); jd.stats.throttled
    jd_sign(params, secret) -> UPPER hex MD5 (what a client sends)
Program:
    python3 tests/fakes/jd.py --port 0 --orders 1000 [--faults 500=10,reset=10]
        [--app-key K --app-secret S --access-token T --burst-limit 40 --ban-seconds 5]
    prints the base URL on the first stdout line, serves until SIGTERM.
    Control endpoints /_fake/... as in common.py; /_fake/config also takes
    app_key, app_secret, access_token, token_expired, max_skew, max_window,
    burst_limit, burst_window, ban_seconds, mask_pii.

Contract enforced (../../shared/PLATFORMS.md, JD jingdong.pop.order.search):
  * POST /routerjson (form body; query parameters accepted and merged, the
    body wins) or GET /routerjson?...  Other paths -> HTTP 404 (text).
  * System parameters method, app_key, access_token, timestamp, v=2.0,
    360buy_param_json, sign.  sign = UPPER(hex(MD5(secret + concatenation
    of name+value of every parameter except sign, sorted by name, empty
    values skipped + secret))), compared exactly.  360buy_param_json is
    signed as the exact text received.
  * Every gateway answer is HTTP 200 JSON (except injected faults; the '500'
    fault is HTTP 500 with a JD error body).  Errors:
    {"error_response":{"code":"19","zh_desc":"...","en_desc":"..."}}
    (code is a string, as JD sends it).
  * Success: {"jingdong_pop_order_search_responce":{"code":"0",
    "searchorderinfo_result":{"apiResult":{"success":true,"code":"0",
    "chineseErrCode":"成功","englishErrCode":"success"},"orderTotal":N,
    "orderInfoList":[...]}}} -- "responce" misspelt as JD does.
  * 360buy_param_json: start_date, end_date ("yyyy-MM-dd HH:mm:ss",
    GMT+8, both required, inclusive, end - start <= max_window, default
    86400 s = one day -- the fake's cap, JD's own is not verified),
    order_state (required, comma list of WAIT_SELLER_STOCK_OUT,
    WAIT_SELLER_DELIVERY, WAIT_GOODS_RECEIVE_CONFIRM, FINISHED_L,
    TRADE_CANCELED, LOCKED, POP_ORDER_PAUSE, PAUSE), page (>= 1, default 1),
    page_size (1..100, default 20), optional_fields, dateType, sortType.
    Values may be JSON strings or numbers; null means absent.
  * Throttle: burst_limit calls within burst_window seconds, then a ban of
    ban_seconds during which every call gets error code "73" (see below);
    ban(seconds) on demand.  Counted in stats.throttled.
  * Paging: offsets into the live, filtered, sorted list.  An order
    modified while a client pages gets modified = now: it leaves a window
    that ends before now and later orders shift one place towards page 1
    -- a client walking forwards in ascending order skips one (as on
    Taobao, walk from the last page back, or re-read with overlap).

Error codes ("observed": seen in real JD answers; others the fake's choice):
    "3"  参数错误 / Invalid parameter: a system or 360buy_param_json
         parameter missing or malformed, v not 2.0, page/page_size out of
         range, unknown order_state, end_date < start_date, window wider
         than max_window (en_desc names the parameter)
    "14" 签名无效 / Invalid signature (missing or wrong sign)
    "15" 不存在的方法名 / Invalid Method (observed); checked after the
         signature, so the signing vector verifies and then gets "3"
    "16" 时间戳无效 / Invalid timestamp (format, or more than max_skew =
         600 s from the fake's clock)
    "19" token已过期或者不存在，请重新授权访问 / Invalid access_token
         (also an access token past its access_ttl)
  OAuth refresh (tests/fakes/tokens.py; JdFake(refresh_token='r',
  access_ttl=4, refresh_ttl=20)): POST /oauth2/refresh_token with the form
  app_key, app_secret, grant_type=refresh_token, refresh_token ->
  {access_token, refresh_token, expires_in, time (ms), token_type, scope,
  uid, code: 0}; refused: {code: 401|400|402*, msg} (402: the refresh
  token is unknown, used, expired or revoked; a refresh token works once,
  the fake's strict reading).
         (observed; also with token_expired=True or force_error('token'))
    "21" key=<app_key> 信息无效 / Invalid app_key (observed)
    "66" 平台连接后端服务不可用 / Backend service unavailable (force_error
         ('isp'), retryable; also the body of the HTTP 500 fault)
    "73" 调用频率超过限制 / Call frequency limit exceeded (throttle ban;
         JD does not say how long: back off)
  Checking order: app_key, sign, timestamp, v, access_token
  (authentication, never faulted), throttle and forced errors, the
  injected fault, then method and 360buy_param_json.

Choices where PLATFORMS.md is silent or says "not verified":
  * dateType: 1 filters and sorts by orderStartTime, anything else by
    modified.  sortType: 1 = descending, anything else ascending (ties by
    orderId in the same direction).
  * optional_fields: comma list of orderInfo field names; only those are
    returned; absent/null/empty = all fields.  Unknown names ignored.
  * timestamp "yyyy-MM-dd HH:mm:ss.SSS+0800"; the millis and the offset
    are optional (no offset = GMT+8).
  * Orders: orderId is a decimal string (12 digits), skuId/wareId strings,
    itemTotal (quantity) a string.  Money yuan strings with two decimals,
    held in integer fen: orderTotalPrice = sum(jdPrice * itemTotal),
    orderSellerPrice = orderTotalPrice - sellerDiscount, orderPayment =
    orderSellerPrice + freightPrice; balanceUsed "0.00".  Times
    "yyyy-MM-dd HH:mm:ss" GMT+8; every order is paid online
    (paymentConfirmTime set); orderEndTime "" until finished or cancelled
    (empty strings rather than nulls).
  * Personal data (mask_pii=True, default): consigneeInfo fullname "王*",
    mobile/telephone "138****5678", fullAddress starred after the county;
    province/city/county plain; pin starred.  mask_pii=False: plain.
  * Seeding: `orders` orders created over span_days (10) days before
    end_time (default now - 1 h), ~20 % sharing modified times.
    bad_orders=N: N orders get one unusable item: even ones without
    skuId/outerSkuId, odd ones without jdPrice; fake.bad_orders maps
    orderId -> reason.
  * mutate(n): ship, confirm receipt (FINISHED_L), cancel, lock/unlock,
    pause/resume, or change venderRemark; modified becomes the fake's
    clock.  add_orders(n): new WAIT_SELLER_STOCK_OUT orders at the clock.
"""
import datetime
import hashlib
import hmac
import json
import os
import random
import re
import sys
import threading
import time

if __package__:
    from . import common, taobao, tokens
else:
    _here = os.path.dirname(os.path.abspath(__file__))
    if _here not in sys.path:
        sys.path.insert(0, _here)
    import common
    import taobao
    import tokens

OAUTH_PATH = '/oauth2/refresh_token'

json_response = common.json_response
Response = common.Response
fmt8, parse8, yuan, GMT8 = taobao.fmt8, taobao.parse8, taobao.yuan, taobao.GMT8

METHOD = 'jingdong.pop.order.search'
RESPONSE_KEY = 'jingdong_pop_order_search_responce'
STATES = {'WAIT_SELLER_STOCK_OUT': '等待出库', 'WAIT_SELLER_DELIVERY': '等待发货',
          'WAIT_GOODS_RECEIVE_CONFIRM': '等待确认收货', 'FINISHED_L': '完成', 'TRADE_CANCELED': '取消',
          'LOCKED': '已锁定', 'POP_ORDER_PAUSE': 'pop业务暂停', 'PAUSE': '暂停'}
TS_RE = re.compile(r'^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,3}))?([+-]\d{4})?$')
ORDER_FIELDS = ('orderId', 'venderId', 'orderType', 'payType', 'orderTotalPrice', 'orderSellerPrice',
                'orderPayment', 'freightPrice', 'sellerDiscount', 'balanceUsed', 'orderState', 'orderStateRemark',
                'deliveryType', 'orderRemark', 'venderRemark', 'orderStartTime', 'paymentConfirmTime',
                'orderEndTime', 'modified', 'pin', 'consigneeInfo', 'itemInfoList', 'invoiceEasyInfo', 'vatInfo')
PRODUCTS = [
    # skuName, outerSkuId, price (fen)
    ('Apple iPhone 15 (A3092) 128GB 黑色', 'IP15-128-BK', 599900),
    ('京东京造 纯棉T恤 白色 XL', 'JZ-TS-WH-XL', 4990),
    ('农夫山泉 饮用天然水 550ml*24瓶', 'NFSQ-550-24', 2990),
    ('小米 充电宝 10000mAh 22.5W', 'MI-PB-10K', 8900),
    ('三只松鼠 每日坚果 750g/30袋', 'SZSS-NUT-750', 12980),
    ('得力 A4 打印纸 70g 500张/包', 'DELI-A4-70', 1850),
    ('运费补拍', 'FREIGHT-1', 1),
    ('罗技 MX Master 3S 无线鼠标', 'LOGI-MX3S', 69900),
    ('飞利浦 电动牙刷 HX6730', 'PHI-HX6730', 29900),
    ('洗衣凝珠 52颗 薰衣草', 'WASH-52-LAV', 4590),
]
ERRORS = {
    'param': ('3', '参数错误', 'Invalid parameter'),
    'sign': ('14', '签名无效', 'Invalid signature'),
    'method': ('15', '不存在的方法名', 'Invalid Method'),
    'timestamp': ('16', '时间戳无效', 'Invalid timestamp'),
    'token': ('19', 'token已过期或者不存在，请重新授权访问', 'Invalid access_token'),
    'app_key': ('21', 'key=%s 信息无效', 'Invalid app_key'),
    'isp': ('66', '平台连接后端服务不可用', 'Backend service unavailable'),
    'throttle': ('73', '调用频率超过限制，请稍后重试', 'Call frequency limit exceeded, retry later'),
}


def jd_sign(params, secret):
    """JD signature: UPPER(MD5(secret + sorted name+value + secret))."""
    s = taobao.sign_string(params)
    return hashlib.md5((secret + s + secret).encode('utf-8')).hexdigest().upper()


def jd_verify(params, secret):
    """True if params['sign'] is the exact JD signature of params."""
    sign = dict(params).get('sign') or ''
    return hmac.compare_digest(sign.encode('utf-8', 'replace'), jd_sign(params, secret).encode('ascii'))


def parse_ts(text):
    """'yyyy-MM-dd HH:mm:ss[.SSS][+0800]' -> unix time (float).  Raises ValueError."""
    m = TS_RE.match(text or '')
    if not m:
        raise ValueError('bad timestamp %r' % text)
    y, mo, d, hh, mi, ss, ms, off = m.groups()
    tz = GMT8
    if off:
        mins = int(off[1:3]) * 60 + int(off[3:])
        tz = datetime.timezone(datetime.timedelta(minutes=-mins if off[0] == '-' else mins))
    dt = datetime.datetime(int(y), int(mo), int(d), int(hh), int(mi), int(ss), int((ms or '0').ljust(3, '0')) * 1000,
                           tzinfo=tz)
    return dt.timestamp()


def fmt_ts(epoch):
    """Unix time -> 'yyyy-MM-dd HH:mm:ss.SSS+0800'."""
    d = datetime.datetime.fromtimestamp(epoch, GMT8)
    return d.strftime('%Y-%m-%d %H:%M:%S') + '.%03d+0800' % (d.microsecond // 1000)



def invoice_of(order_id):
    """invoiceEasyInfo (and vatInfo for a 专票) of an order, by id so the seeded
    orders stay as they were: one in four wants a 普票 (type 1, or 3 electronic),
    one in twelve a 专票 (type 2) with the company's registration details;
    the rest invoiceType 0 (no invoice)."""
    if order_id % 4:
        return {'invoiceEasyInfo': {'invoiceType': '0'}}
    if order_id % 3:
        return {'invoiceEasyInfo': {'invoiceType': '3' if order_id % 8 else '1',
                                    'invoiceTitle': '深圳乙科技有限公司',
                                    'invoiceCode': '9144030071526726XG',
                                    'invoiceConsigneeEmail': 'fp@example.com'}}
    return {'invoiceEasyInfo': {'invoiceType': '2', 'invoiceTitle': '华为技术有限公司',
                                'invoiceCode': '914403001922038216'},
            'vatInfo': {'vatNo': '914403001922038216', 'addressRegIstered': '深圳市龙岗区坂田华为基地',
                        'phoneRegIstered': '0755-28780808', 'depositBank': '招商银行深圳分行',
                        'bankAccount': '755900000010001'}}

class JdError(Exception):
    def __init__(self, kind, en_extra=None, zh_extra=None, fmt=None):
        code, zh, en = ERRORS[kind]
        if fmt is not None:
            zh = zh % fmt
        self.code = code
        self.zh = zh + ('：' + zh_extra if zh_extra else '')
        self.en = en + (': ' + en_extra if en_extra else '')
        super().__init__(self.en)


class JdFake(common.FakeServer):
    server_header = 'JDWS'
    config_attrs = common.FakeServer.config_attrs + (
        'app_key', 'app_secret', 'access_token', 'token_expired', 'max_skew', 'max_window', 'burst_limit',
        'burst_window', 'ban_seconds', 'mask_pii')

    burst_limit = taobao._throttle_property('limit')
    burst_window = taobao._throttle_property('window')
    ban_seconds = taobao._throttle_property('ban_seconds')

    def __init__(self, orders=1000, seed=1, app_key='FAKEJDAPPKEY0001', app_secret='fake_jd_secret',
                 access_token='fake-jd-access-token-0123456789', token_expired=False, max_skew=600,
                 max_window=86400, burst_limit=None, burst_window=1.0, ban_seconds=60, mask_pii=True,
                 vender_id='10012345', bad_orders=0, end_time=None, span_days=10, refresh_token=None,
                 access_ttl=None, refresh_ttl=None, **kw):
        super().__init__(**kw)
        self.app_key = app_key
        self.app_secret = app_secret
        self.access_token = access_token
        self.tokens = tokens.TokenBook(access_token, refresh_token, access_ttl if refresh_token else None,
                                       refresh_ttl, prefix='jd')
        self.token_expired = token_expired
        self.max_skew = max_skew
        self.max_window = max_window
        self.throttle = taobao.Throttle(burst_limit, burst_window, ban_seconds)
        self.mask_pii = mask_pii
        self.vender_id = vender_id
        self._forced = []
        self._forced_lock = threading.Lock()
        self._mrng = random.Random(seed * 6007 + 11)
        self.orders = []
        self.bad_orders = {}
        self._seed(orders, seed, bad_orders, end_time, span_days)

    # ---- seeding ----------------------------------------------------------------------------------

    def _seed(self, n, seed, bad, end_time, span_days):
        rng = random.Random(seed)
        end = int(end_time if end_time is not None else time.time() - 3600)
        start = end - span_days * 86400
        created = sorted(rng.randint(start, end) for _ in range(n))
        bulk = sorted(rng.randint(start, end) for _ in range(max(1, n // 50)))
        self._next_id = 280_000_000_000 + (seed % 1000) * 100_000_000
        for c in created:
            r = rng.random()
            if r < 0.5:
                u = c + rng.randint(0, 600)
            elif r < 0.8:
                u = c + rng.randint(600, 5 * 86400)
            else:
                later = [b for b in bulk if b >= c]
                u = rng.choice(later[:5]) if later else c
            self.orders.append(self._make_order(rng, c, min(u, end)))
        for k, o in enumerate(rng.sample(self.orders, min(bad, len(self.orders))) if bad else []):
            item = self._make_item(rng)
            if k % 2 == 0:
                item['sku'] = item['outer'] = None
                reason = 'item without skuId'
            else:
                item['_no_price'] = True
                reason = 'item without jdPrice'
            o['items'].append(item)
            self.bad_orders[o['id']] = reason

    @staticmethod
    def _make_item(rng):
        pi = rng.randrange(len(PRODUCTS))
        name, outer, price = PRODUCTS[pi]
        return {'sku': 100_000_000_000 + pi * 104_729, 'ware': 10_000_000_000 + pi * 31, 'outer': outer,
                'name': name, 'price': price, 'qty': rng.choice([1, 1, 1, 2, 3, 6])}

    def _make_order(self, rng, created, modified, fresh=False):
        self._next_id += rng.randint(1, 20_000)
        items = [self._make_item(rng) for _ in range(rng.choice([1, 1, 1, 2, 2, 3]))]
        total = sum(i['price'] * i['qty'] for i in items)
        o = {'id': self._next_id, 'state': 'WAIT_SELLER_STOCK_OUT', 'created': created, 'modified': modified,
             'paid': created + min(max(0, modified - created), rng.randint(3, 900)), 'end': None, 'items': items,
             'freight': rng.choice([0, 0, 0, 600, 800, 1500]),
             'discount': rng.choice([0, 0, 0, 500, 1000, total // 20]),
             'pin': rng.choice(['jd_6a8f2c91', 'jd_小明', 'buyer_1988', 'jd_159xxxx']),
             'consignee': {'fullname': rng.choice(taobao.NAMES),
                           'mobile': '1%d%08d' % (rng.choice([38, 39, 86, 58]), rng.randrange(10 ** 8)),
                           'place': rng.choice(taobao.PLACES)},
             'remark': rng.choice(taobao.MESSAGES) or '', 'vremark': rng.choice(taobao.MEMOS) or ''}
        o['discount'] = min(o['discount'], total)
        if fresh:
            return o
        r = rng.random()
        if r < 0.30:
            pass
        elif r < 0.32:
            o['state'] = 'WAIT_SELLER_DELIVERY'
        elif r < 0.52:
            o['state'] = 'WAIT_GOODS_RECEIVE_CONFIRM'
        elif r < 0.87:
            o['state'], o['end'] = 'FINISHED_L', modified
        elif r < 0.95:
            o['state'], o['end'] = 'TRADE_CANCELED', modified
        elif r < 0.98:
            o['state'] = 'LOCKED'
        else:
            o['state'] = 'POP_ORDER_PAUSE'
        return o

    # ---- rendering ----------------------------------------------------------------------------------

    def amounts(self, o):
        """Fen: orderTotalPrice, sellerDiscount, freightPrice, orderSellerPrice, orderPayment."""
        total = sum(i['price'] * i['qty'] for i in o['items'] if not i.get('_no_price'))
        seller = total - o['discount']
        return {'orderTotalPrice': total, 'sellerDiscount': o['discount'], 'freightPrice': o['freight'],
                'orderSellerPrice': seller, 'orderPayment': seller + o['freight']}

    def _mask(self, kind, v):
        if not self.mask_pii or not v:
            return v
        if kind == 'name':
            return v[0] + '*' * max(1, len(v) - 1)
        if kind == 'phone':
            return v[:3] + '****' + v[-4:]
        if kind == 'pin':
            return v[:3] + '***'
        return v

    def render(self, o):
        a = self.amounts(o)
        c = o['consignee']
        state, city, county, town, addr, _zip = c['place']
        full = state + city + county + (town or '') + (('*' * 8) if self.mask_pii else addr)
        items = []
        for i in o['items']:
            it = {'skuId': None if i['sku'] is None else str(i['sku']), 'outerSkuId': i['outer'],
                  'skuName': i['name'], 'jdPrice': yuan(i['price']), 'itemTotal': str(i['qty']),
                  'wareId': str(i['ware']), 'productNo': '', 'giftPoint': '0', 'newStoreId': '0'}
            if i.get('_no_price'):
                del it['jdPrice']
            items.append({k: v for k, v in it.items() if v is not None})
        return {
            'orderId': str(o['id']), 'venderId': self.vender_id, 'orderType': '22', 'payType': '4-在线支付',
            'orderTotalPrice': yuan(a['orderTotalPrice']), 'orderSellerPrice': yuan(a['orderSellerPrice']),
            'orderPayment': yuan(a['orderPayment']), 'freightPrice': yuan(a['freightPrice']),
            'sellerDiscount': yuan(a['sellerDiscount']), 'balanceUsed': '0.00',
            'orderState': o['state'], 'orderStateRemark': STATES[o['state']], 'deliveryType': '任意时间',
            'orderRemark': o['remark'], 'venderRemark': o['vremark'],
            'orderStartTime': fmt8(o['created']), 'paymentConfirmTime': fmt8(o['paid']),
            'orderEndTime': fmt8(o['end']) if o['end'] is not None else '', 'modified': fmt8(o['modified']),
            'pin': self._mask('pin', o['pin']),
            'consigneeInfo': {'fullname': self._mask('name', c['fullname']),
                              'mobile': self._mask('phone', c['mobile']),
                              'telephone': self._mask('phone', c['mobile']), 'fullAddress': full,
                              'province': state, 'city': city, 'county': county, 'town': town},
            'itemInfoList': items, **invoice_of(o['id']),
        }

    def render_all(self):
        with self.lock:
            return [self.render(o) for o in self.orders]

    def order(self, order_id):
        with self.lock:
            for o in self.orders:
                if str(o['id']) == str(order_id):
                    return self.render(o)
        return None

    # ---- mutation -----------------------------------------------------------------------------------

    def mutate(self, n, ids=None):
        """Change n random orders (or the given orderIds); returns their orderIds (strings)."""
        with self.lock:
            now = int(self.clock())
            if ids is None:
                picks = self._mrng.sample(self.orders, min(n, len(self.orders)))
            else:
                want = {str(i) for i in ids}
                picks = [o for o in self.orders if str(o['id']) in want]
            for o in picks:
                self._mutate_one(o, now)
                o['modified'] = max(now, o['modified'])
            done = [str(o['id']) for o in picks]
        self.stats.mutated(done, now)
        return done

    def _mutate_one(self, o, now):
        rng = self._mrng
        st = o['state']
        acts = ['remark']
        if st in ('WAIT_SELLER_STOCK_OUT', 'WAIT_SELLER_DELIVERY'):
            acts += ['ship', 'ship', 'cancel', 'lock', 'pause']
        if st == 'WAIT_GOODS_RECEIVE_CONFIRM':
            acts += ['finish', 'finish']
        if st == 'LOCKED':
            acts += ['unlock', 'cancel']
        if st in ('POP_ORDER_PAUSE', 'PAUSE'):
            acts += ['unlock']
        act = rng.choice(acts)
        if act == 'ship':
            o['state'] = 'WAIT_GOODS_RECEIVE_CONFIRM'
        elif act == 'finish':
            o['state'], o['end'] = 'FINISHED_L', now
        elif act == 'cancel':
            o['state'], o['end'] = 'TRADE_CANCELED', now
        elif act == 'lock':
            o['state'] = 'LOCKED'
        elif act == 'pause':
            o['state'] = 'POP_ORDER_PAUSE'
        elif act == 'unlock':
            o['state'] = 'WAIT_SELLER_STOCK_OUT'
        else:
            o['vremark'] = rng.choice(['已联系买家', '改发京东快递', '备注 %d' % now])

    def add_orders(self, n):
        return self.add_late(n, 0)

    def add_late(self, n, age):
        """n new orders written late: created = modified = paid = clock - age
        seconds (reconciliation's case: a client whose watermark passed
        that time never sees them incrementally); returns their ids."""
        with self.lock:
            when = int(self.clock()) - int(age)
            new = [self._make_order(self._mrng, when, when, fresh=True) for _ in range(n)]
            for o in new:
                o['paid'] = when
            self.orders.extend(new)
            return [str(o['id']) for o in new]

    # ---- errors -------------------------------------------------------------------------------------

    @staticmethod
    def jd_error(kind_or_exc, status=200):
        e = kind_or_exc if isinstance(kind_or_exc, JdError) else JdError(kind_or_exc)
        return json_response(status, {'error_response': {'code': e.code, 'zh_desc': e.zh, 'en_desc': e.en}})

    def ban(self, seconds):
        self.throttle.ban(seconds)

    def force_error(self, kind, n=1):
        """The next n admitted calls get error 'isp' ("66") or 'token' ("19")."""
        if kind not in ('isp', 'token'):
            raise ValueError('unknown error kind %r' % kind)
        with self._forced_lock:
            self._forced.extend([kind] * n)

    # ---- request handling ---------------------------------------------------------------------------

    def route(self, req):
        if req.path == OAUTH_PATH:
            taobao.merge_form(req)
            return self._oauth_refresh
        if req.path not in ('/routerjson', '/routerjson/'):
            return Response(404, b'404 Not Found\n', content_type='text/plain; charset=utf-8')
        if req.method not in ('GET', 'POST'):
            return self.jd_error(JdError('param', 'HTTP method %s' % req.method))
        taobao.merge_form(req)
        return self._router

    def authenticate(self, req):
        if req.path == OAUTH_PATH:
            return None  # app_key and app_secret are checked by the handler
        p = taobao.params_dict(req)
        try:
            if not p.get('app_key'):
                raise JdError('param', 'app_key is missing', 'app_key不能为空')
            if p['app_key'] != self.app_key:
                raise JdError('app_key', fmt=p['app_key'])
            if not jd_verify(p, self.app_secret):
                raise JdError('sign')
            try:
                ts = parse_ts(p.get('timestamp'))
            except ValueError:
                raise JdError('timestamp', 'timestamp must be yyyy-MM-dd HH:mm:ss.SSS+0800')
            if self.max_skew is not None and abs(ts - self.clock()) > self.max_skew:
                raise JdError('timestamp', 'more than %d seconds from the server time %s'
                              % (self.max_skew, fmt_ts(self.clock())))
            if p.get('v') != '2.0':
                raise JdError('param', 'v must be 2.0', 'v必须为2.0')
            if p.get('access_token') == self.access_token:
                self.tokens.adopt(self.access_token)
            if not p.get('access_token') or self.tokens.check(p['access_token']) or self.token_expired:
                raise JdError('token')
        except JdError as e:
            return self.jd_error(e)
        return None

    def _oauth_refresh(self, req):
        p = taobao.params_dict(req)
        if p.get('app_key') != self.app_key or p.get('app_secret') != self.app_secret:
            return json_response(200, {'code': 401, 'msg': 'app_key or app_secret is invalid'})
        if p.get('grant_type') != 'refresh_token' or not p.get('refresh_token'):
            return json_response(200, {'code': 400, 'msg': 'grant_type must be refresh_token, '
                                                           'refresh_token is required'})
        try:
            access, refresh, ttl, _ = self.tokens.renew(p['refresh_token'])
        except tokens.TokenError as e:
            return json_response(200, {'code': 402, 'msg': 'refresh_token is %s' % e.kind})
        return json_response(200, {'access_token': access, 'refresh_token': refresh,
                                   'expires_in': int(ttl) if ttl is not None else 86400 * 365,
                                   'time': str(int(self.clock() * 1000)), 'token_type': 'bearer',
                                   'scope': 'snsapi_base', 'uid': 'fakejduid', 'code': 0})

    def admit(self, req):
        if self.throttle.check() is not None:
            with self.stats.lock:
                self.stats.throttled += 1
            return self.jd_error('throttle')
        with self._forced_lock:
            kind = self._forced.pop(0) if self._forced else None
        if kind:
            return self.jd_error(kind)
        return None

    def error_500(self, req):
        return self.jd_error('isp', status=500)

    def _router(self, req):
        p = taobao.params_dict(req)
        if p.get('method') != METHOD:
            return self.jd_error('method')
        try:
            return self._search(p)
        except JdError as e:
            return self.jd_error(e)

    @staticmethod
    def _value(q, name):
        v = q.get(name)
        if v is None:
            return None
        if isinstance(v, bool) or not isinstance(v, (str, int)):
            raise JdError('param', '%s must be a string' % name)
        v = str(v).strip()
        return v or None

    def _int(self, q, name, default, lo, hi):
        v = self._value(q, name)
        if v is None:
            return default
        if not re.fullmatch(r'\d{1,9}', v) or int(v) < lo or (hi is not None and int(v) > hi):
            raise JdError('param', '%s must be an integer in %d..%s' % (name, lo, hi or ''), name + '取值非法')
        return int(v)

    def _search(self, p):
        raw = p.get('360buy_param_json')
        if not raw:
            raise JdError('param', '360buy_param_json is missing', '360buy_param_json不能为空')
        try:
            q = json.loads(raw)
        except ValueError:
            raise JdError('param', '360buy_param_json is not JSON', '360buy_param_json格式错误')
        if not isinstance(q, dict):
            raise JdError('param', '360buy_param_json must be an object')
        bounds = []
        for name in ('start_date', 'end_date'):
            v = self._value(q, name)
            if v is None:
                raise JdError('param', '%s is missing' % name, '%s不能为空' % name)
            try:
                bounds.append(parse8(v))
            except ValueError:
                raise JdError('param', '%s must be yyyy-MM-dd HH:mm:ss' % name, '%s格式错误' % name)
        start, end = bounds
        if end < start:
            raise JdError('param', 'end_date is before start_date', '结束时间不能早于开始时间')
        if self.max_window is not None and end - start > self.max_window:
            raise JdError('param', 'start_date..end_date wider than %d seconds' % self.max_window,
                          '查询时间跨度不能超过%d秒' % self.max_window)
        states = self._value(q, 'order_state')
        if states is None:
            raise JdError('param', 'order_state is missing', 'order_state不能为空')
        states = {s.strip() for s in states.split(',') if s.strip()}
        unknown = sorted(states - set(STATES))
        if unknown or not states:
            raise JdError('param', 'unknown order_state %s' % ','.join(unknown), '订单状态错误')
        page = self._int(q, 'page', 1, 1, None)
        size = self._int(q, 'page_size', 20, 1, 100)
        fields = self._value(q, 'optional_fields')
        fields = [f.strip() for f in fields.split(',') if f.strip()] if fields else None
        col = 'created' if self._value(q, 'dateType') == '1' else 'modified'
        desc = self._value(q, 'sortType') == '1'
        with self.lock:
            rows = [o for o in self.orders if start <= o[col] <= end and o['state'] in states]
            rows.sort(key=lambda o: (o[col], o['id']), reverse=desc)
            total = len(rows)
            off = (page - 1) * size
            body = [self.render(o) for o in rows[off:off + size]]
        if fields:
            body = [{k: v for k, v in o.items() if k in fields} for o in body]
        return json_response(200, {RESPONSE_KEY: {'code': '0', 'searchorderinfo_result': {
            'apiResult': {'success': True, 'code': '0', 'chineseErrCode': '成功', 'englishErrCode': 'success'},
            'orderTotal': total, 'orderInfoList': body}}})


def signed_params(fake, query, timestamp=None, **override):
    """The full, signed parameter dict a correct client sends to `fake`;
    query is the 360buy_param_json object (or its text)."""
    text = query if isinstance(query, str) else json.dumps(query, ensure_ascii=False, separators=(',', ':'))
    p = {'method': METHOD, 'app_key': fake.app_key, 'access_token': fake.access_token,
         'timestamp': timestamp or fmt_ts(fake.clock()), 'v': '2.0', '360buy_param_json': text}
    p.update(override)
    p = {k: v for k, v in p.items() if v is not None}
    p['sign'] = jd_sign(p, fake.app_secret)
    return p


def main(argv=None):
    p = common.make_parser('Fake JD router (jingdong.pop.order.search) on a loopback address.')
    common.common_arguments(p)
    p.add_argument('--app-key', default='FAKEJDAPPKEY0001')
    p.add_argument('--app-secret', default='fake_jd_secret')
    p.add_argument('--access-token', default='fake-jd-access-token-0123456789')
    p.add_argument('--max-skew', type=float, default=600, help='seconds; negative disables the check')
    p.add_argument('--max-window', type=int, default=86400)
    p.add_argument('--span-days', type=int, default=10)
    p.add_argument('--burst-limit', type=int, default=0, help='calls per --burst-window before a ban (0: off)')
    p.add_argument('--burst-window', type=float, default=1.0)
    p.add_argument('--ban-seconds', type=float, default=60)
    p.add_argument('--no-mask', action='store_true')
    args = p.parse_args(argv)
    fake = JdFake(app_key=args.app_key, app_secret=args.app_secret, access_token=args.access_token,
                  max_skew=None if args.max_skew < 0 else args.max_skew, max_window=args.max_window,
                  span_days=args.span_days, burst_limit=args.burst_limit or None, burst_window=args.burst_window,
                  ban_seconds=args.ban_seconds, mask_pii=not args.no_mask, **common.common_kwargs(args))
    return common.serve_forever(fake, args.stats_on_exit)


if __name__ == '__main__':
    sys.exit(main())
