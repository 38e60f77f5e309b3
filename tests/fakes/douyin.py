#!/usr/bin/env python3
"""Fake 抖店 (Douyin shop) open-platform gateway, order.searchList and
order.invoiceList, for orderd's tests.

Library:
    from douyin import DouyinFake            # tests/fakes on sys.path
    with DouyinFake(orders=1000, seed=7, app_key='7300000000000000001',
                    app_secret='s3cret', access_token='tok') as dy:
        dy.url                   # 'http://127.0.0.1:PORT' (the gateway_url)
        dy.mutate(10); dy.add_orders(3); dy.fail_next('reset')
        dy.add_late(2, 5 * 3600); dy.mutate_late([order_id], 9 * 3600)
                                 # writes dated in the past (reconciliation)
        dy.throttle_next(5)      # the next 5 requests get the rate-limit envelope
        dy.throttle_every, dy.throttle_burst = 20, 3   # recurring bursts
        dy.token_expired = True  # every request: isv.access-token-expired
        r = dy.add_invoice_request(order_id, '上海甲贸易有限公司', '91310115MA1K3YJ55K')
                                 # the buyer's 发票 request (order.invoiceList)
        dy.close_invoice_request(r)   # withdrawn: invoice_status 3
    Tokens that renew themselves (token.refresh, tests/fakes/tokens.py):
    DouyinFake(access_token='a', refresh_token='r', access_ttl=4, refresh_ttl=20)
        dy.tokens.stats.refreshes, dy.tokens.stats.reused; dy.tokens.revoke()
        dy.stats.throttled, dy.noncanonical, dy.calls
Program:
    python3 tests/fakes/douyin.py --port 0 --orders 1000 [--faults 500=10,reset=10]
    prints the base URL on the first stdout line, serves until SIGTERM.
    Control endpoints /_fake/... are described in common.py; /_fake/config
    also takes the attributes listed in DouyinFake.config_attrs (for
    example {"throttle_pending": 5} or {"token_expired": true}).

Contract enforced (../../shared/PLATFORMS.md, Douyin / 抖店):
  * POST /token/refresh?app_key=..&method=token.refresh&timestamp=..&v=2
    &sign=..&sign_method=.. (no access_token), body = param_json
    {"grant_type":"refresh_token","refresh_token":R}, signed like any call;
    answer data {access_token, expires_in (seconds), refresh_token, scope,
    shop_id, shop_name, authority_id}. Refresh tokens work once (the new
    pair replaces them; a used one -> isv.refresh-token-invalid*), stop at
    refresh_ttl (isv.refresh-token-expired*) and after tokens.revoke()
    (isv.refresh-token-revoked*). An access token past its access_ttl ->
    isv.access-token-expired. Without refresh_token the single configured
    access_token never expires (token_expired=True still refuses it).
  * POST /order/searchList?app_key=..&method=order.searchList&access_token=..
    &timestamp=..&v=2&sign=..&sign_method=hmac-sha256|md5, body = param_json.
  * Signature: pattern = "app_key" app_key "method" method "param_json" BODY
    "timestamp" timestamp "v" "2"; s = secret + pattern + secret;
    hmac-sha256: hex_lower(HMAC_SHA256(key=secret, s)); md5: hex_lower(MD5(s)).
    BODY is the exact request body bytes: the platform signs what it
    receives, so a body that differs by one byte from what the client
    signed fails, while a non-canonical body (whitespace, unsorted keys,
    \\/ or \\uXXXX escapes) whose sign matches its own bytes is accepted and
    counted in fake.noncanonical (strict_canonical=True rejects it with
    isv.parameter-format-invalid instead).  Canonical = keys sorted
    recursively (code point order == UTF-8 byte order), no whitespace, '/'
    and non-ASCII written as they are.
  * timestamp: unix seconds, or the older "yyyy-MM-dd HH:mm:ss" taken as
    GMT+8; |timestamp - clock| > max_skew (600 s) -> isv.timestamp-invalid.
  * Params (param_json): update_time_start/update_time_end and
    create_time_start/create_time_end (unix s, both bounds INCLUSIVE), page
    from 0, size 1..100, order_by create_time|update_time, order_asc.
    A range wider than max_window (86400 s, configurable) -> 40004.
  * Envelope {code:10000, msg:"success", sub_code:"", sub_msg:"", log_id,
    data:{page, size, total, shop_order_list:[...]}} (total: the orders the
    query's filters match, over all pages; reconciliation counts with it at
    size 1); every error is HTTP 200
    {code, msg, sub_code, sub_msg, log_id} (no data), except the '500' fault
    which is HTTP 500 with the 'system' envelope.
  * POST /order/invoiceList?...&method=order.invoiceList (same signing and
    token) — sevencat/ecommerce_sdk, ecommerce_sdk/douyin/OrderInvoiceList.cs
    (commit 6a748c4), generated from the platform's documentation; field
    names as in fudiwei/DotNetCore.SKIT.FlurlHttpClient.ByteDance,
    Models/Order/Invoice/OrderInvoiceList{Request,Response}.cs.
    param_json (all optional): order_id, order_status ("1,2"), start_time /
    end_time (unix s, the request's creation, both bounds INCLUSIVE here),
    status (开票状态 1 待开票, 2 已开票, 3 已关闭), page_no (from 0, default
    0), page_size (1..50, default 20), page_no * page_size <= 10000,
    order_by asc|desc (default asc), order_field create_time.  Anything
    else in range -> 40004.  Answer data {invoice_list: [{registation_id,
    shop_id, shop_order_id, order_status, invoice_type (1 增值税普通电子),
    invoice_status_type (1 蓝票), apply_time, title_type (1 个人, 2 企业),
    title, tax_no, bank_name, bank_no, company_address, company_mobile,
    invoice_amount (fen), invoice_detail, invoice_status (1 待开票, 2 开票完成,
    3 已关闭), end_reason (1 退款完成; 0 open), end_time, tos_url, file_name,
    upload_time, latest_upload_time}], total}, sorted by (apply_time,
    registation_id).  A request changes nothing on its order (no
    update_time).  Calls are logged in fake.invoice_calls; invoice_denied=
    True answers every such call with 'no_permission' (an app the shop has
    not granted the API; the code is this fake's choice).
  * Orders as PLATFORMS.md: order_id 19-digit string, order_status 1/105/2/
    101/3/4/5 (+ order_status_desc), create/update/pay_time unix s (0 when
    unset), integer fen amounts, post_addr{province{name,id},city,town,
    street,detail,encrypt_detail}, masked and encrypted receiver fields,
    sku_order_list[] with fen amounts, out_sku_id and code, after_sale_info.

Error codes (from the platform's error table as mirrored in SDKs; the
sub_codes marked * are this fake's choice, PLATFORMS.md is silent).  Every
entry can be replaced: DouyinFake(errors={'throttle': (code, msg, sub_code,
sub_msg)}):
    key              code   sub_code
    app_key          40001  isv.app-id-missing        missing or unknown app_key
    sign_missing     40001  isv.signature-missing
    token_missing    40001  isv.access-token-missing
    sign_invalid     40003  isv.signature-invalid
    token_expired    40003  isv.access-token-expired  token_expired=True
    token_unknown    40003  isv.access-token-no-existed   any other token
    timestamp        40003  isv.timestamp-invalid     skew > max_skew
    timestamp_format 40003  isv.timestamp-format-error
    param_format     40003  isv.parameter-format-invalid  body not a JSON object
    version          40003  isv.version-invalid*      v != 2
    sign_method      40003  isv.sign-method-invalid*  not md5/hmac-sha256
    http_method      40003  isv.http-method-invalid*  not POST
    method           70000  isp.api-service-off       other path/method
    param_missing    40002  isv.business-param-missing*   no time range
    param_invalid    40004  isv.business-param-invalid*   size, page, order_by,
                                                          types, window cap
    throttle         60000  isv.app-call-limited*     rate limit
    system           20000  dop.service-error         '500' fault (HTTP 500)
    timeout          20001  (empty)                   via platform_error_next
    refresh_missing  40001  isv.refresh-token-missing*    token.refresh without it
    refresh_invalid  40003  isv.refresh-token-invalid*    unknown or already used
    refresh_expired  40003  isv.refresh-token-expired*    past refresh_ttl
    refresh_revoked  40003  isv.refresh-token-revoked*    tokens.revoke()
    no_permission    30002* isv.api-permission-denied*    invoice_denied=True
  Suggested client classification: 20000/20001/60000 retry later; 40003
  token-expired/no-existed and 40001 token/app_key -> auth error; anything
  else -> bad request.

Choices where PLATFORMS.md is silent:
  * Check order: HTTP method, path/method, app_key, sign present, v,
    sign_method (missing = md5), timestamp format and skew, signature,
    access_token (the token is not signed); then the rate limit, then the
    fault plan, then param_json.  The sign is compared as lower-case hex,
    exactly (an upper-case sign is rejected).
  * The Content-Type is not checked.  An empty body is the empty param_json
    "" (sign over ""), parsed as {}.
  * Integer params may be JSON numbers or numeric strings, order_asc a JSON
    bool or "true"/"false" (the gateway documents "all params as strings").
    Unknown params are ignored.  Defaults: page 0, size 10, order_by
    create_time, order_asc false (newest first).
  * A request without any time range -> 40002 (the real API allows it; the
    fake insists so that every request has a capped window).  Only start
    given: end = clock.  Only end given -> 40002.  start > end -> 40004.
  * Offset paging over the live data sorted by (order_by column, order_id) in
    the requested direction: an order changed while a client pages moves
    (or leaves the window), exactly as on a database; there is no cap on
    page depth.
  * Personal data: post_receiver/post_tel/post_addr.detail carry the same
    ciphertext as encrypt_post_receiver/encrypt_post_tel/
    post_addr.encrypt_detail ("#idx#base64*base64#1##"); mask_post_receiver
    ("王*"), mask_post_tel ("138****5678") and mask_post_addr hold display
    values.  Plaintext is never rendered; fake.cipher_plain maps ciphertext
    -> plaintext for tests (where a decrypt call would plug in).
  * Amount invariants (all integer fen): sku.sum_amount = origin_amount *
    item_num; sku.pay_amount = sum_amount - sku.promotion_amount;
    order.promotion_amount = sum of sku promotions (= promotion_shop_amount
    + promotion_platform_amount); order.pay_amount = order.order_amount =
    sum(sku.pay_amount) + post_amount.  A single-sku order's sku order_id
    equals the shop order_id; multi-sku orders have distinct sku ids.
  * Seeding: `orders` orders created over span_days (30) before end_time
    (default now - 1 h), about 20 % of update_times shared by several orders.
    bad_orders=N adds to N orders a sku line without out_sku_id and code
    (even ones) or without origin_amount (odd ones); fake.bad_orders maps
    order_id -> reason.
  * mutate(n) pays, ships (fully or partly), completes, cancels, refunds a
    sku (after_sale_info), changes seller_words or the receiver; update_time
    becomes the fake's clock (never earlier than before).  mutate_every=k
    mutates mutate_count orders on every k-th authenticated request.
  * Rate limit modes (all answer the 'throttle' envelope with HTTP 200 and
    count in stats.throttled): throttle_next(n) / config throttle_pending;
    throttle_every=k with throttle_burst=b (b < k): every k-th request that
    passed authentication starts a burst of b throttled requests; qps=q: more
    than q requests within one second.  platform_error_next(key, n) forces
    any ERRORS entry (e.g. 'system' with HTTP 200).
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

if __package__:
    from . import common, tokens
else:
    _here = os.path.dirname(os.path.abspath(__file__))
    if _here not in sys.path:
        sys.path.insert(0, _here)
    import common
    import tokens

json_response = common.json_response

METHOD = 'order.searchList'
PATH = '/order/searchList'
REFRESH_METHOD = 'token.refresh'
REFRESH_PATH = '/token/refresh'
INVOICE_METHOD = 'order.invoiceList'
INVOICE_PATH = '/order/invoiceList'
GMT8 = common.parse_tz('+08:00')

P_40001 = '缺少必选参数（平台校验）'
P_40003 = '非法的参数（平台校验）'
ERRORS = {
    'app_key': (40001, P_40001, 'isv.app-id-missing', '认证失败，app_key不存在'),
    'sign_missing': (40001, P_40001, 'isv.signature-missing', '获取签名失败，请根据文档确保参数拼装正确'),
    'token_missing': (40001, P_40001, 'isv.access-token-missing', '认证失败，access_token不能为空'),
    'sign_invalid': (40003, P_40003, 'isv.signature-invalid', '签名校验失败'),
    'token_expired': (40003, P_40003, 'isv.access-token-expired', 'access_token已过期'),
    'refresh_missing': (40001, P_40001, 'isv.refresh-token-missing', 'refresh_token不能为空'),
    'refresh_invalid': (40003, P_40003, 'isv.refresh-token-invalid', 'refresh_token无效或已被使用'),
    'refresh_expired': (40003, P_40003, 'isv.refresh-token-expired', 'refresh_token已过期，请重新授权'),
    'refresh_revoked': (40003, P_40003, 'isv.refresh-token-revoked', '店铺已取消授权，请重新授权'),
    'token_unknown': (40003, P_40003, 'isv.access-token-no-existed', 'access_token不存在，请使用最新的access_token访问'),
    'timestamp': (40003, P_40003, 'isv.timestamp-invalid', '时间戳不合法'),
    'timestamp_format': (40003, P_40003, 'isv.timestamp-format-error', '时间戳格式错误'),
    'param_format': (40003, P_40003, 'isv.parameter-format-invalid', '业务参数json解析失败'),
    'version': (40003, P_40003, 'isv.version-invalid', 'v参数不合法，应为2'),
    'sign_method': (40003, P_40003, 'isv.sign-method-invalid', 'sign_method只支持md5和hmac-sha256'),
    'http_method': (40003, P_40003, 'isv.http-method-invalid', '仅支持POST请求'),
    'method': (70000, '接口服务已下线', 'isp.api-service-off', 'API不存在或API已下线'),
    'param_missing': (40002, '缺少必选参数（业务校验）', 'isv.business-param-missing', '缺少必选参数'),
    'param_invalid': (40004, '非法的参数（业务校验）', 'isv.business-param-invalid', '参数不合法'),
    'throttle': (60000, '触发限流，请稍后重试', 'isv.app-call-limited', '应用调用频率超过限制，请稍后重试'),
    'system': (20000, '服务不可用', 'dop.service-error', '内部错误，请反馈客服或答疑群'),
    'timeout': (20001, '内部服务超时', '', ''),
    # this fake's choice (no source gives the code): an app without the invoice API's permission
    'no_permission': (30002, '权限不足', 'isv.api-permission-denied', '应用没有该接口的权限'),
}

STATUS_DESC = {1: '待支付', 105: '已支付', 2: '备货中', 101: '部分发货', 3: '已发货', 4: '已取消', 5: '已完成'}
STATUSES = tuple(STATUS_DESC)
PAY_TYPES = {1: '微信', 2: '支付宝', 8: 'DOU分期（信用支付）', 0: '货到付款'}

# province, id, city, id, town, id, street, id, detail
ADDRESSES = [
    ('广东省', '44', '深圳市', '4403', '南山区', '440305', '粤海街道', '440305007', '科技园南区深南大道10000号腾讯大厦'),
    ('广东省', '44', '广州市', '4401', '天河区', '440106', '珠江新城街道', '440106025', '花城大道85号高德置地广场A座'),
    ('上海市', '31', '上海市', '3101', '浦东新区', '310115', '陆家嘴街道', '310115005', '世纪大道100号环球金融中心72楼'),
    ('北京市', '11', '北京市', '1101', '朝阳区', '110105', '建外街道', '110105001', '建国门外大街1号国贸大厦B座'),
    ('浙江省', '33', '杭州市', '3301', '余杭区', '330110', '五常街道', '330110005', '文一西路969号阿里巴巴西溪园区'),
    ('四川省', '51', '成都市', '5101', '武侯区', '510107', '桂溪街道', '510107062', '天府大道北段1700号环球中心W6区'),
    ('江苏省', '32', '南京市', '3201', '玄武区', '320102', '新街口街道', '320102002', '中山路18号德基广场二期/3F'),
    ('湖北省', '42', '武汉市', '4201', '洪山区', '420111', '关东街道', '420111006', '光谷大道77号金融港B18栋'),
    ('新疆维吾尔自治区', '65', '乌鲁木齐市', '6501', '天山区', '650102', '燕儿窝街道', '650102010', '解放南路"明园"小区3-2-601'),
]

# product name, spec [(name, value)], out_sku_id / code, unit price (fen)
PRODUCTS = [
    ('纯棉T恤 男女同款', [('颜色', '白色'), ('尺码', 'XL')], 'CN-TS-WH-XL', 8900),
    ('保温杯 500ml', [('材质', '316不锈钢')], 'CUP-SS-500', 12900),
    ('抹茶粉 100g', [], 'TEA-MAT-100', 2880),
    ('数据线 Type-C/1m', [('长度', '1m')], 'CB-TC-1M', 1230),
    ('湿巾 10片装', [], 'WP-10', 10),
    ('抽纸 3包', [('规格', '3包')], 'TS-3', 20),
    ('蓝牙耳机 Pro', [('颜色', '午夜黑')], 'EB-PRO-MN', 14900),
    ('瑜伽垫 6mm', [('颜色', '薰衣草紫')], 'YM-6-LAV', 3995),
    ('笔记本 A5 点阵', [], 'NB-A5-DOT', 725),
    ('礼品卡 ¥50', [], 'GC-50', 5000),
    ('洗发水 250ml', [], 'SH-250', 949),
    ('手机壳 iPhone 15 "透明"', [('颜色', '透明')], 'PC-IP15-CL', 1500),
    ('跑步鞋', [('尺码', '42')], 'SN-RUN-42', 11900),
    ('烟台苹果 5斤装', [('规格', '5斤'), ('果径', '80-85mm')], 'FR-APL-5', 1999),
    ('零食大礼包', [], 'SN-GIFT', 9990),
]

BUYER_WORDS = ['', '', '', '请尽快发货，谢谢！', '不要放快递柜', '送人的，请不要放价格单', '周末送货 / 工作日不在家',
               '发顺丰可以吗？补运费', 'Please ship ASAP 🙏']
SELLER_WORDS = ['', '', '', '已核实地址', '赠品：试用装x2', 'VIP客户，优先发货', '缺货，已联系买家']
CANCEL_REASONS = ['买家取消', '超时未支付', '地址填写错误', '不想要了', '商家缺货']
COMPANIES = [('zhongtong', '中通快递'), ('yuantong', '圆通速递'), ('shunfeng', '顺丰速运'), ('yunda', '韵达快递'),
             ('jtexpress', '极兔速递')]
CN_FIRST = [f for f in common.CJK_FIRST if re.fullmatch(r'[\u4e00-\u9fff]+', f) and f not in ('太郎', '花子')]
CN_LAST = [l for l in common.CJK_LAST if re.fullmatch(r'[\u4e00-\u9fff]+', l) and l not in ('佐藤', '鈴木')]


def sign(secret, app_key, method, param_json, timestamp, sign_method='hmac-sha256', v='2'):
    """The signature of one request (param_json: str or bytes, the exact body)."""
    if isinstance(param_json, bytes):
        param_json = param_json.decode('utf-8')
    s = '%sapp_key%smethod%sparam_json%stimestamp%sv%s%s' % (secret, app_key, method, param_json, timestamp, v,
                                                             secret)
    if sign_method == 'md5':
        return hashlib.md5(s.encode('utf-8')).hexdigest()
    return hmac.new(secret.encode('utf-8'), s.encode('utf-8'), hashlib.sha256).hexdigest()


def canonical(obj):
    """Douyin's param_json: keys sorted recursively, no whitespace, no \\/
    and no \\uXXXX for non-ASCII."""
    return json.dumps(obj, ensure_ascii=False, separators=(',', ':'), sort_keys=True)


class ParamError(Exception):
    def __init__(self, key, detail):
        super().__init__(detail)
        self.key = key
        self.detail = detail


class DouyinFake(common.FakeServer):
    server_header = 'Tengine'
    config_attrs = common.FakeServer.config_attrs + (
        'app_key', 'app_secret', 'access_token', 'token_expired', 'max_window', 'max_skew', 'strict_canonical',
        'throttle_pending', 'throttle_every', 'throttle_burst', 'qps')

    def __init__(self, orders=1000, seed=1, app_key='7300000000000000001', app_secret='fake-douyin-app-secret',
                 access_token='fake-douyin-access-token', shop_id=88886666, max_window=86400, max_skew=600,
                 strict_canonical=False, token_expired=False, errors=None, bad_orders=0, end_time=None,
                 span_days=30, throttle_every=0, throttle_burst=1, qps=None, refresh_token=None,
                 access_ttl=None, refresh_ttl=None, **kw):
        super().__init__(**kw)
        self.app_key = app_key
        self.app_secret = app_secret
        self.access_token = access_token
        self.tokens = tokens.TokenBook(access_token, refresh_token, access_ttl if refresh_token else None,
                                       refresh_ttl, prefix='dy')
        self.shop_id = shop_id
        self.max_window = max_window
        self.max_skew = max_skew
        self.strict_canonical = strict_canonical
        self.token_expired = token_expired
        self.errors = dict(ERRORS)
        self.errors.update(errors or {})
        self.throttle_pending = 0
        self.throttle_every = throttle_every
        self.throttle_burst = throttle_burst
        self.qps = qps
        # hostile mode: update_time_start ignored (every page starts from
        # the oldest order), as a broken gateway might
        self.ignore_update_start = False
        self.noncanonical = 0             # accepted bodies that were not canonical param_json
        self.calls = []                   # one dict per request that reached param_json parsing
        self.invoice_calls = []           # the same for order.invoiceList
        self.invoice_requests = []        # see add_invoice_request
        self.invoice_denied = False
        self.cipher_plain = {}            # ciphertext -> plaintext
        self._gate_lock = threading.Lock()
        self._forced = collections.deque()
        self._admitted = 0
        self._recent = collections.deque()
        self._pii_key = hashlib.sha256(b'douyin-pii-%d' % seed).digest()
        self._mrng = random.Random(seed * 7919 + 3)
        self.orders = []
        self.bad_orders = {}
        self._seed(orders, seed, bad_orders, end_time, span_days)

    # ---- seeding -----------------------------------------------------------------------------

    def _seed(self, n, seed, bad, end_time, span_days):
        rng = random.Random(seed)
        end = int(end_time if end_time is not None else time.time() - 3600)
        start = end - span_days * 86400
        self._end = end
        self._next_id = 4_900_000_000_000_000_000 + (seed % 1000) * 1_000_000_000_000 + 100_000
        created = sorted(rng.randint(start, end) for _ in range(n))
        bulk = sorted(rng.randint(start, end) for _ in range(max(1, n // 50)))
        for c in created:
            r = rng.random()
            if r < 0.5:
                u = c + rng.randint(0, 600)
            elif r < 0.8:
                u = c + rng.randint(600, 7 * 86400)
            else:
                later = [b for b in bulk if b >= c]
                u = rng.choice(later[:5]) if later else c
            self.orders.append(self._make_order(rng, c, min(u, end)))
        bad_idx = sorted(rng.sample(range(n), min(bad, n))) if bad else []
        for k, i in enumerate(bad_idx):
            o = self.orders[i]
            line = self._make_sku(rng, o)
            if k % 2 == 0:
                line['out_sku_id'] = line['code'] = line['out_product_id'] = ''
                reason = 'line without sku'
            else:
                line['_no_price'] = True
                reason = 'line without price'
            o['skus'].append(line)
            self._fix_sku_ids(o)
            self.bad_orders[o['order_id']] = reason

    def _new_id(self, rng):
        self._next_id += rng.randint(10, 5000)  # room for sku order ids parent+1..
        return str(self._next_id)

    def _receiver(self, rng):
        a = ADDRESSES[rng.randrange(len(ADDRESSES))]
        name = rng.choice(CN_LAST) + rng.choice(CN_FIRST)
        tel = '1%s%08d' % (rng.choice(['38', '39', '86', '58', '77', '99']), rng.randrange(10 ** 8))
        return {'name': name, 'tel': tel, 'province': a[0:2], 'city': a[2:4], 'town': a[4:6], 'street': a[6:8],
                'detail': a[8] + rng.choice(['', ' %d栋%d室' % (rng.randint(1, 30), rng.randint(101, 2808))]),
                'ver': 1}

    def _make_sku(self, rng, o):
        pi = rng.randrange(len(PRODUCTS))
        name, spec, code, price = PRODUCTS[pi]
        num = rng.choice([1, 1, 1, 1, 2, 2, 3, 5])
        total = price * num
        r = rng.random()
        promo_shop = 0 if r < 0.6 else min(total, rng.choice([100, 333, 500, 1000, 1]))
        promo_platform = 0 if rng.random() < 0.85 else min(total - promo_shop, rng.choice([200, 50, 999]))
        return {'order_id': None, 'product_id': 3_600_000_000_000_000_000 + pi * 7_777_777_777,
                'sku_id': 1_700_000_000_000_000 + pi * 1_000_003 + len(spec), 'out_sku_id': code, 'code': code,
                'out_product_id': 'SPU-' + code.split('-')[0] + '-%02d' % pi, 'product_name': name,
                'spec': [{'name': k, 'value': v} for k, v in spec], 'item_num': num, 'origin_amount': price,
                'promo_shop': promo_shop, 'promo_platform': promo_platform, 'status': o['status'],
                'after_sale_status': 0, 'after_sale_type': 0, 'refund_status': 0,
                'pic': 'https://p3-aio.ecombdimg.com/obj/ecom-shop-material/fake_%02d.jpeg' % pi}

    def _fix_sku_ids(self, o):
        """A single-sku order's sku order_id is the shop order_id; otherwise
        parent id + 1.. (distinct, stable)."""
        if len(o['skus']) == 1:
            o['skus'][0]['order_id'] = o['order_id']
        else:
            for i, s in enumerate(o['skus']):
                s['order_id'] = str(int(o['order_id']) + 1 + i) if s['order_id'] in (None, o['order_id']) \
                    else s['order_id']

    def _make_order(self, rng, created, updated, fresh=False):
        o = {'order_id': self._new_id(rng), 'created': created, 'updated': updated, 'paid': 0, 'ship_time': 0,
             'finish_time': 0, 'status': 1, 'cancel_reason': '', 'buyer_words': rng.choice(BUYER_WORDS),
             'seller_words': rng.choice(SELLER_WORDS), 'stars': rng.choice([0, 0, 0, 1, 2, 5]),
             'post_amount': rng.choice([0, 0, 0, 500, 800, 1200]), 'pay_type': rng.choice([1, 1, 2, 2, 8]),
             'receiver': self._receiver(rng), 'skus': [], 'logistics': [],
             'open_id': base64.b64encode(hashlib.sha1(b'%d' % rng.getrandbits(40)).digest()).decode()[:24]}
        o['skus'] = [self._make_sku(rng, o) for _ in range(rng.choice([1, 1, 1, 2, 2, 3]))]
        self._fix_sku_ids(o)
        if fresh:
            if rng.random() < 0.5:
                self._pay(o, created)
            return o
        r = rng.random()
        if r < 0.08:
            pass                                                    # 1 waiting for payment
        elif r < 0.12:
            self._pay(o, min(updated, created + rng.randint(5, 600)))
            self._set_status(o, 105)
        elif r < 0.20:
            o['cancel_reason'] = rng.choice(CANCEL_REASONS)
            if rng.random() < 0.5:                                  # cancelled before payment
                self._set_status(o, 4)
            else:
                self._pay(o, min(updated, created + rng.randint(5, 600)))
                self._cancel_paid(o, updated)
        else:
            self._pay(o, min(updated, created + rng.randint(5, 600)))
            f = rng.random()
            if f < 0.30:
                pass                                                # 2 to ship
            elif f < 0.36 and len(o['skus']) > 1:
                self._ship(o, updated, rng, partial=True)
            elif f < 0.66:
                self._ship(o, updated, rng)
            else:
                self._ship(o, updated, rng)
                self._set_status(o, 5)
                o['finish_time'] = updated
                if rng.random() < 0.12:
                    self._refund_sku(o, rng)
        return o

    def _set_status(self, o, st):
        o['status'] = st
        for s in o['skus']:
            if st != 101:
                s['status'] = st

    def _pay(self, o, when):
        o['paid'] = when
        self._set_status(o, 2)

    def _ship(self, o, when, rng, partial=False):
        skus = [s for s in o['skus'] if s['status'] in (2, 105)]
        if partial:
            skus = skus[:max(1, len(skus) - 1)]
        company = rng.choice(COMPANIES)
        o['logistics'].append({'tracking_no': '%s%012d' % (company[0][:2].upper(), rng.randrange(10 ** 12)),
                               'company': company[0], 'company_name': company[1], 'ship_time': when,
                               'delivery_id': '%d' % (int(o['order_id']) % 10 ** 12 + len(o['logistics'])),
                               'skus': [s['order_id'] for s in skus]})
        for s in skus:
            s['status'] = 3
        o['ship_time'] = o['ship_time'] or when
        o['status'] = 3 if all(s['status'] == 3 for s in o['skus']) else 101

    def _cancel_paid(self, o, when):
        self._set_status(o, 4)
        for s in o['skus']:
            s['after_sale_status'], s['after_sale_type'], s['refund_status'] = 12, 2, 3

    def _refund_sku(self, o, rng):
        s = rng.choice(o['skus'])
        s['after_sale_status'], s['after_sale_type'], s['refund_status'] = 12, rng.choice([0, 1]), 3

    # ---- personal data ------------------------------------------------------------------------

    def _cipher(self, kind, plain, ver):
        d = hmac.new(self._pii_key, ('%s|%s|%d' % (kind, plain, ver)).encode('utf-8'), hashlib.sha256).digest()
        idx = base64.b64encode(d[:3]).decode()
        c = '#%s#%s*%s#1##' % (idx, base64.b64encode(d + d[:9]).decode(),
                                base64.b64encode(hashlib.md5(d).digest()[:12]).decode())
        self.cipher_plain[c] = plain
        return c

    @staticmethod
    def _mask_name(name):
        return name[0] + '*' * (len(name) - 1)

    @staticmethod
    def _mask_tel(tel):
        return tel[:3] + '****' + tel[-4:]

    @staticmethod
    def _mask_detail(detail):
        return detail[:4] + '*' * 4

    # ---- rendering ------------------------------------------------------------------------------

    def _addr(self, rv, detail, encrypted=None):
        out = {'province': {'name': rv['province'][0], 'id': rv['province'][1]},
               'city': {'name': rv['city'][0], 'id': rv['city'][1]},
               'town': {'name': rv['town'][0], 'id': rv['town'][1]},
               'street': {'name': rv['street'][0], 'id': rv['street'][1]}, 'detail': detail}
        if encrypted is not None:
            out['encrypt_detail'] = encrypted
        return out

    def _render_sku(self, o, s):
        price = s['origin_amount']
        promo = s['promo_shop'] + s['promo_platform']
        total = price * s['item_num']
        item = {
            'order_id': s['order_id'], 'parent_order_id': o['order_id'], 'order_level': 3,
            'order_status': s['status'], 'order_status_desc': STATUS_DESC[s['status']], 'main_status': s['status'],
            'main_status_desc': STATUS_DESC[s['status']], 'create_time': o['created'], 'update_time': o['updated'],
            'pay_time': o['paid'], 'finish_time': o['finish_time'], 'product_id': s['product_id'],
            'product_id_str': str(s['product_id']), 'sku_id': s['sku_id'], 'out_sku_id': s['out_sku_id'],
            'out_product_id': s['out_product_id'], 'code': s['code'], 'product_name': s['product_name'],
            'product_pic': s['pic'], 'spec': s['spec'], 'item_num': s['item_num'], 'goods_type': 0,
            'sum_amount': total, 'pay_amount': total - promo, 'promotion_amount': promo,
            'promotion_shop_amount': s['promo_shop'], 'promotion_platform_amount': s['promo_platform'],
            'promotion_talent_amount': 0, 'post_amount': 0, 'tax_amount': 0, 'trade_type': 0,
            'trade_type_desc': '普通', 'b_type': 2, 'b_type_desc': '抖音',
            'after_sale_info': {'after_sale_status': s['after_sale_status'], 'after_sale_type': s['after_sale_type'],
                                'refund_status': s['refund_status']}}
        if not s.get('_no_price'):
            item['origin_amount'] = price
        return item

    def render(self, o):
        rv = o['receiver']
        name = self._cipher('name', rv['name'], rv['ver'])
        tel = self._cipher('tel', rv['tel'], rv['ver'])
        detail = self._cipher('detail', rv['detail'], rv['ver'])
        skus = [self._render_sku(o, s) for s in o['skus']]
        promo_shop = sum(s['promo_shop'] for s in o['skus'])
        promo_platform = sum(s['promo_platform'] for s in o['skus'])
        pay = sum(s['pay_amount'] for s in skus) + o['post_amount']
        by_id = {s['order_id']: s for s in skus}
        logistics = [{'tracking_no': l['tracking_no'], 'company': l['company'], 'company_name': l['company_name'],
                      'ship_time': l['ship_time'], 'delivery_id': l['delivery_id'],
                      'product_info': [{'sku_order_id': sid, 'product_name': by_id[sid]['product_name'],
                                        'product_count': by_id[sid]['item_num'],
                                        'price': by_id[sid].get('origin_amount', 0),
                                        'outer_sku_id': by_id[sid]['out_sku_id'], 'sku_id': by_id[sid]['sku_id'],
                                        'product_id': by_id[sid]['product_id'],
                                        'product_id_str': by_id[sid]['product_id_str']}
                                       for sid in l['skus'] if sid in by_id]}
                     for l in o['logistics']]
        st = o['status']
        return {
            'shop_id': self.shop_id, 'shop_name': '抖店测试旗舰店', 'open_id': '', 'order_id': o['order_id'],
            'order_level': 2, 'biz': 2, 'biz_desc': '小店', 'order_type': 0, 'order_type_desc': '普通订单',
            'trade_type': 0, 'trade_type_desc': '普通', 'order_status': st, 'order_status_desc': STATUS_DESC[st],
            'main_status': st, 'main_status_desc': STATUS_DESC[st], 'pay_time': o['paid'],
            'order_expire_time': o['created'] + 1800 if st == 1 else 0, 'finish_time': o['finish_time'],
            'create_time': o['created'], 'update_time': o['updated'], 'cancel_reason': o['cancel_reason'],
            'buyer_words': o['buyer_words'], 'seller_words': o['seller_words'], 'seller_remark_stars': o['stars'],
            'b_type': 2, 'b_type_desc': '抖音', 'sub_b_type': 1, 'sub_b_type_desc': 'app内-原生', 'app_id': 1128,
            'pay_type': o['pay_type'], 'channel_payment_no': ('PAY%s' % o['order_id']) if o['paid'] else '',
            'order_amount': pay, 'pay_amount': pay, 'post_amount': o['post_amount'], 'post_insurance_amount': 0,
            'modify_amount': 0, 'modify_post_amount': 0, 'promotion_amount': promo_shop + promo_platform,
            'promotion_shop_amount': promo_shop, 'promotion_platform_amount': promo_platform,
            'promotion_talent_amount': 0, 'promotion_pay_amount': 0, 'shop_cost_amount': promo_shop,
            'platform_cost_amount': promo_platform, 'total_promotion_amount': promo_shop + promo_platform,
            'post_origin_amount': o['post_amount'], 'post_promotion_amount': 0, 'tax_amount': 0,
            'post_receiver': name, 'encrypt_post_receiver': name, 'post_tel': tel, 'encrypt_post_tel': tel,
            'post_addr': self._addr(rv, detail, detail),
            'mask_post_receiver': self._mask_name(rv['name']), 'mask_post_tel': self._mask_tel(rv['tel']),
            'mask_post_addr': self._addr(rv, self._mask_detail(rv['detail'])),
            'exp_ship_time': (o['paid'] + 48 * 3600) if o['paid'] else 0, 'ship_time': o['ship_time'],
            'logistics_info': logistics, 'sku_order_list': skus, 'doudian_open_id': o['open_id'],
            'user_tag_ui': [], 'shop_order_tag_ui': [], 'address_tag_ui': [],
        }

    def render_all(self):
        with self.lock:
            return [self.render(o) for o in self.orders]

    def order(self, order_id):
        with self.lock:
            for o in self.orders:
                if o['order_id'] == str(order_id):
                    return self.render(o)
        return None

    # ---- invoice requests (order.invoiceList) ---------------------------------------------------

    def add_invoice_request(self, order_id, title, tax_no='', title_type=2, invoice_type=1, when=None,
                            company_address='', company_mobile='', bank_name='', bank_no='', status=1):
        """The buyer's invoice request for order_id, made at `when` (unix s,
        default the fake's clock). Returns it (a dict the fake serves as it
        is then)."""
        with self.lock:
            o = next(x for x in self.orders if x['order_id'] == str(order_id))
            r = {'registation_id': str(7100000000000000000 + len(self.invoice_requests) + 1),
                 'shop_id': self.shop_id, 'shop_order_id': o['order_id'],
                 'order_status': o['status'], 'invoice_type': invoice_type, 'invoice_status_type': 1,
                 'apply_time': int(when if when is not None else self.clock()),
                 'title_type': title_type, 'title': title, 'tax_no': tax_no,
                 'bank_name': bank_name, 'bank_no': bank_no, 'company_address': company_address,
                 'company_mobile': company_mobile,
                 'invoice_amount': self.render(o)['pay_amount'], 'invoice_detail': '',
                 'invoice_status': status, 'end_reason': 0, 'end_time': 0, 'tos_url': '',
                 'file_name': '', 'upload_time': 0, 'latest_upload_time': 0}
            self.invoice_requests.append(r)
        return r

    def close_invoice_request(self, r, when=None, reason=1):
        """Request `r` closed (invoice_status 3): end_reason 1 退款完成 by
        default."""
        with self.lock:
            r.update(invoice_status=3, end_reason=reason,
                     end_time=int(when if when is not None else self.clock()))

    def issue_invoice_request(self, r, when=None):
        """Request `r` answered with an invoice (invoice_status 2)."""
        with self.lock:
            t = int(when if when is not None else self.clock())
            r.update(invoice_status=2, tos_url='https://example.invalid/%s.pdf' % r['registation_id'],
                     file_name='%s.pdf' % r['registation_id'], upload_time=t, latest_upload_time=t)

    def _invoice_list(self, req):
        p, call = self._read_call(req, self.invoice_calls)
        if call is None:
            return self.envelope('param_format')
        if self.invoice_denied:
            call['code'] = self.errors['no_permission'][0]
            return self.envelope('no_permission')
        try:
            start, end = self._int(p, 'start_time'), self._int(p, 'end_time')
            if (start is not None and start < 0) or (end is not None and end < 0):
                raise ParamError('param_invalid', '时间不能为负数')
            if start is not None and end is not None and start > end:
                raise ParamError('param_invalid', 'start_time不能大于end_time')
            status = self._int(p, 'status')
            if status is not None and status not in (1, 2, 3):
                raise ParamError('param_invalid', 'status只支持1、2、3')
            page = self._int(p, 'page_no', 0)
            size = self._int(p, 'page_size', 20)
            if page < 0:
                raise ParamError('param_invalid', 'page_no不能小于0')
            if not 1 <= size <= 50:
                raise ParamError('param_invalid', 'page_size最多50')
            if page * size > 10000:
                raise ParamError('param_invalid', 'page_no*page_size不超过1万')
            order_by = p.get('order_by', 'asc')
            if order_by not in ('asc', 'desc'):
                raise ParamError('param_invalid', '排序方式支持asc/desc')
            if p.get('order_field', 'create_time') != 'create_time':
                raise ParamError('param_invalid', '排序规则只支持create_time')
            order_id = p.get('order_id')
            if order_id is not None and not isinstance(order_id, str):
                raise ParamError('param_invalid', 'order_id类型错误')
            order_status = p.get('order_status')
            if order_status is not None and not (isinstance(order_status, str) and
                                                 re.fullmatch(r'\d+(,\d+)*', order_status)):
                raise ParamError('param_invalid', 'order_status类型错误')
        except ParamError as e:
            call['code'] = self.errors[e.key][0]
            return self.envelope(e.key, e.detail)
        wanted = {int(x) for x in order_status.split(',')} if order_status else None
        with self.lock:
            rows = [dict(r) for r in self.invoice_requests
                    if (start is None or r['apply_time'] >= start) and (end is None or r['apply_time'] <= end)
                    and (status is None or r['invoice_status'] == status)
                    and (order_id is None or r['shop_order_id'] == order_id)
                    and (wanted is None or r['order_status'] in wanted)]
        rows.sort(key=lambda r: (r['apply_time'], int(r['registation_id'])), reverse=order_by == 'desc')
        call['code'] = 10000
        return json_response(200, {'code': 10000, 'msg': 'success', 'sub_code': '', 'sub_msg': '',
                                   'log_id': self._log_id(),
                                   'data': {'invoice_list': rows[page * size:page * size + size],
                                            'total': len(rows)}})

    # ---- mutation -------------------------------------------------------------------------------

    def mutate(self, n, ids=None):
        """Change n random orders (or the given order_ids); returns their ids."""
        with self.lock:
            now = int(self.clock())
            if ids is None:
                picks = self._mrng.sample(self.orders, min(n, len(self.orders)))
            else:
                want = {str(i) for i in ids}
                picks = [o for o in self.orders if o['order_id'] in want]
            for o in picks:
                self._mutate_one(o, now)
                o['updated'] = max(now, o['updated'])
            done = [o['order_id'] for o in picks]
        self.stats.mutated(done, now)
        return done

    def _mutate_one(self, o, now):
        rng = self._mrng
        st = o['status']
        acts = ['seller_words']
        if st == 1:
            acts += ['pay', 'pay', 'cancel', 'address']
        elif st in (105, 2):
            acts += ['ship', 'ship', 'cancel', 'address'] + (['partial'] if len(o['skus']) > 1 else [])
        elif st == 101:
            acts += ['ship', 'ship']
        elif st == 3:
            acts += ['complete', 'complete', 'refund']
        elif st == 5:
            acts += ['refund']
        act = rng.choice(acts)
        if act == 'pay':
            self._pay(o, now)
        elif act == 'ship':
            self._ship(o, now, rng)
        elif act == 'partial':
            self._ship(o, now, rng, partial=True)
        elif act == 'complete':
            self._set_status(o, 5)
            o['finish_time'] = now
        elif act == 'cancel':
            o['cancel_reason'] = rng.choice(CANCEL_REASONS)
            if st == 1:
                self._set_status(o, 4)
            else:
                self._cancel_paid(o, now)
        elif act == 'refund':
            self._refund_sku(o, rng)
        elif act == 'address':
            o['receiver'] = dict(self._receiver(rng), ver=o['receiver']['ver'] + 1)
        else:
            o['seller_words'] = rng.choice(['已改地址', '加急', '备注 %d' % now, '赠品已备'])
            o['stars'] = rng.randint(0, 5)

    def add_orders(self, n):
        """Create n new orders (create_time = update_time = clock); returns their ids."""
        with self.lock:
            now = int(self.clock())
            new = [self._make_order(self._mrng, now, now, fresh=True) for _ in range(n)]
            self.orders.extend(new)
            return [o['order_id'] for o in new]

    def add_late(self, n, age):
        """n new orders written late: create_time = update_time = clock - age
        seconds (reconciliation's case: a client whose watermark passed that
        time never sees them incrementally); returns their ids."""
        with self.lock:
            when = int(self.clock()) - int(age)
            new = [self._make_order(self._mrng, when, when, fresh=True) for _ in range(n)]
            self.orders.extend(new)
            return [o['order_id'] for o in new]

    def mutate_late(self, ids, age):
        """Change the given orders with update_time = clock - age (written
        late; may move update_time back); returns their ids."""
        return common.write_late(self, self.orders, 'order_id', 'updated', [str(i) for i in ids], age)

    # ---- errors and rate limit -------------------------------------------------------------------

    def envelope(self, key, detail=None, status=200):
        code, msg, sub_code, sub_msg = self.errors[key]
        if detail:
            sub_msg = detail
        return json_response(status, {'code': code, 'msg': msg, 'sub_code': sub_code, 'sub_msg': sub_msg,
                                      'log_id': self._log_id()})

    def _log_id(self):
        return time.strftime('%Y%m%d%H%M%S', time.gmtime(self.clock() + 8 * 3600)) + os.urandom(9).hex().upper()

    def throttle_next(self, n=1):
        """The next n authenticated requests get the rate-limit envelope."""
        with self._gate_lock:
            self.throttle_pending += n

    def platform_error_next(self, key, n=1):
        """The next n authenticated requests get the ERRORS[key] envelope (HTTP 200)."""
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
        return self.envelope(key)

    def error_500(self, req):
        return self.envelope('system', status=500)

    # ---- request handling -------------------------------------------------------------------------

    def route(self, req):
        if req.method != 'POST':
            return self.envelope('http_method')
        method = req.param('method')
        if req.path == REFRESH_PATH and method == REFRESH_METHOD:
            return self._refresh
        if req.path == INVOICE_PATH and method == INVOICE_METHOD:
            return self._invoice_list
        if req.path != PATH or method != METHOD:
            return self.envelope('method', 'API不存在或API已下线: %s' % (method or req.path))
        return self._search

    def _timestamp(self, raw):
        if raw is None or raw == '':
            raise ParamError('timestamp_format', '时间戳格式错误')
        if re.fullmatch(r'\d{1,12}', raw):
            return int(raw)
        m = re.fullmatch(r'(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})', raw)
        if m:
            try:
                dt, _ = common.parse_iso(raw.replace(' ', 'T'), GMT8)
                return int(dt.timestamp())
            except ValueError:
                pass
        raise ParamError('timestamp_format', '时间戳格式错误')

    def authenticate(self, req):
        app_key = req.param('app_key')
        if not app_key or app_key != self.app_key:
            return self.envelope('app_key')
        got = req.param('sign')
        if not got:
            return self.envelope('sign_missing')
        if req.param('v') != '2':
            return self.envelope('version')
        sign_method = req.param('sign_method') or 'md5'
        if sign_method not in ('md5', 'hmac-sha256'):
            return self.envelope('sign_method')
        raw_ts = req.param('timestamp')
        try:
            ts = self._timestamp(raw_ts)
        except ParamError as e:
            return self.envelope(e.key)
        if self.max_skew is not None and abs(self.clock() - ts) > self.max_skew:
            return self.envelope('timestamp', '时间戳不合法，与服务器时间相差超过%d秒' % self.max_skew)
        try:
            body = req.body.decode('utf-8')
        except UnicodeDecodeError:
            return self.envelope('sign_invalid')
        want = sign(self.app_secret, app_key, req.param('method'), body, raw_ts, sign_method)
        if not hmac.compare_digest(want.encode(), got.encode('utf-8', 'replace')):
            return self.envelope('sign_invalid')
        if req.param('method') == REFRESH_METHOD:
            return None  # token.refresh takes no access_token
        token = req.param('access_token')
        if not token:
            return self.envelope('token_missing')
        if token == self.access_token:
            self.tokens.adopt(token)
        state = self.tokens.check(token)
        if state == 'unknown':
            return self.envelope('token_unknown')
        if state == 'expired' or self.token_expired:
            return self.envelope('token_expired')
        return None

    def _refresh(self, req):
        try:
            p = json.loads(req.body.decode('utf-8') or '{}')
        except ValueError:
            return self.envelope('param_format')
        if not isinstance(p, dict):
            return self.envelope('param_format')
        if p.get('grant_type') != 'refresh_token':
            return self.envelope('param_invalid', 'grant_type必须为refresh_token')
        if not p.get('refresh_token'):
            return self.envelope('refresh_missing')
        try:
            access, refresh, ttl, _ = self.tokens.renew(p['refresh_token'])
        except tokens.TokenError as e:
            key = {'expired': 'refresh_expired', 'revoked': 'refresh_revoked'}.get(e.kind, 'refresh_invalid')
            return self.envelope(key)
        return json_response(200, {'code': 10000, 'msg': 'success', 'sub_code': '', 'sub_msg': '',
                                   'log_id': self._log_id(),
                                   'data': {'access_token': access, 'refresh_token': refresh,
                                            'expires_in': int(ttl) if ttl is not None else 604800,
                                            'scope': 'SCOPE', 'shop_id': self.shop_id,
                                            'shop_name': '抖店测试旗舰店', 'authority_id': ''}})

    @staticmethod
    def _int(p, name, default=None):
        v = p.get(name)
        if v is None:
            return default
        if isinstance(v, bool):
            raise ParamError('param_invalid', '%s类型错误' % name)
        if isinstance(v, int):
            return v
        if isinstance(v, str) and re.fullmatch(r'-?\d{1,19}', v):
            return int(v)
        raise ParamError('param_invalid', '%s类型错误' % name)

    @staticmethod
    def _bool(p, name, default):
        v = p.get(name)
        if v is None:
            return default
        if isinstance(v, bool):
            return v
        if v in ('true', 'false'):
            return v == 'true'
        raise ParamError('param_invalid', '%s类型错误' % name)

    def _range(self, p, prefix):
        start, end = self._int(p, prefix + '_start'), self._int(p, prefix + '_end')
        if start is None and end is None:
            return None
        if start is None:
            raise ParamError('param_missing', '缺少%s_start' % prefix)
        if end is None:
            end = int(self.clock())
        if start < 0 or end < 0:
            raise ParamError('param_invalid', '%s时间不能为负数' % prefix)
        if start > end:
            raise ParamError('param_invalid', '%s_start不能大于%s_end' % (prefix, prefix))
        if self.max_window is not None and end - start > self.max_window:
            raise ParamError('param_invalid', '%s_start和%s_end时间跨度不能超过%d秒' % (prefix, prefix, self.max_window))
        return start, end

    def _read_call(self, req, calls, count_noncanonical=False):
        """The param_json object of a request's body and its call record,
        appended to `calls` (and a body that is not canonical counted in
        noncanonical when `count_noncanonical`): (params, call), or
        (None, None) when the body is no JSON object (a param_format
        reply, no call recorded)."""
        body = req.body.decode('utf-8')
        try:
            p = json.loads(body) if body.strip() else {}
        except ValueError:
            return None, None
        if not isinstance(p, dict):
            return None, None
        call = {'time': time.time(), 'params': p, 'canonical': canonical(p) == body, 'code': None}
        with self.lock:
            calls.append(call)
            if count_noncanonical and not call['canonical']:
                self.noncanonical += 1
        return p, call

    def _search(self, req):
        p, call = self._read_call(req, self.calls, count_noncanonical=True)
        if call is None:
            return self.envelope('param_format')
        if not call['canonical'] and self.strict_canonical:
            call['code'] = self.errors['param_format'][0]
            return self.envelope('param_format', 'param_json不是规范格式（键排序、无空白、不转义）')
        try:
            upd = self._range(p, 'update_time')
            crt = self._range(p, 'create_time')
            if upd is None and crt is None:
                raise ParamError('param_missing', 'update_time_start/update_time_end或create_time_start/'
                                                  'create_time_end必填')
            page = self._int(p, 'page', 0)
            size = self._int(p, 'size', 10)
            if page < 0:
                raise ParamError('param_invalid', 'page不能小于0')
            if not 1 <= size <= 100:
                raise ParamError('param_invalid', 'size必须在1到100之间')
            order_by = p.get('order_by', 'create_time')
            if order_by not in ('create_time', 'update_time'):
                raise ParamError('param_invalid', 'order_by只支持create_time和update_time')
            asc = self._bool(p, 'order_asc', False)
        except ParamError as e:
            call['code'] = self.errors[e.key][0]
            return self.envelope(e.key, e.detail)
        col = 'created' if order_by == 'create_time' else 'updated'
        if upd is not None and self.ignore_update_start:
            upd = (0, upd[1])
        with self.lock:
            rows = [o for o in self.orders
                    if (upd is None or upd[0] <= o['updated'] <= upd[1])
                    and (crt is None or crt[0] <= o['created'] <= crt[1])]
            rows.sort(key=lambda o: (o[col], int(o['order_id'])), reverse=not asc)
            total = len(rows)
            found = [self.render(o) for o in rows[page * size:page * size + size]]
        call['code'] = 10000
        return json_response(200, {'code': 10000, 'msg': 'success', 'sub_code': '', 'sub_msg': '',
                                   'log_id': self._log_id(),
                                   'data': {'page': page, 'size': size, 'total': total, 'shop_order_list': found}})


def main(argv=None):
    p = common.make_parser('Fake 抖店 open platform gateway (order.searchList, order.invoiceList) on a loopback address.')
    common.common_arguments(p)
    p.add_argument('--app-key', default='7300000000000000001')
    p.add_argument('--app-secret', default='fake-douyin-app-secret')
    p.add_argument('--access-token', default='fake-douyin-access-token')
    p.add_argument('--max-window', type=int, default=86400, help='widest update/create time range (s)')
    p.add_argument('--max-skew', type=int, default=600, help='allowed timestamp skew (s)')
    p.add_argument('--span-days', type=int, default=30)
    p.add_argument('--strict-canonical', action='store_true', help='reject non-canonical param_json bodies')
    p.add_argument('--token-expired', action='store_true')
    p.add_argument('--throttle-every', type=int, default=0)
    p.add_argument('--throttle-burst', type=int, default=1)
    p.add_argument('--qps', type=float, default=None)
    args = p.parse_args(argv)
    fake = DouyinFake(app_key=args.app_key, app_secret=args.app_secret, access_token=args.access_token,
                      max_window=args.max_window, max_skew=args.max_skew, span_days=args.span_days,
                      strict_canonical=args.strict_canonical, token_expired=args.token_expired,
                      throttle_every=args.throttle_every, throttle_burst=args.throttle_burst, qps=args.qps,
                      **common.common_kwargs(args))
    return common.serve_forever(fake, args.stats_on_exit)


if __name__ == '__main__':
    sys.exit(main())
