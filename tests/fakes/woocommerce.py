#!/usr/bin/env python3
"""Fake WooCommerce REST API v3 (orders only) for orderd's tests.

Library:
    from woocommerce import WooFake            # tests/fakes on sys.path
    with WooFake(orders=5000, seed=3, tz='Asia/Shanghai',
                 consumer_key='ck_x', consumer_secret='cs_y') as woo:
        woo.url                 # 'http://127.0.0.1:PORT' (the site_url)
        woo.mutate(10); woo.add_orders(2); woo.fail_next('html_503')
        woo.stats.log
Program:
    python3 tests/fakes/woocommerce.py --port 0 --orders 5000
    prints the base URL on the first stdout line, serves until SIGTERM.
    Control endpoints /_fake/... are described in common.py.

Contract enforced (../../shared/PLATFORMS.md, checked against WooCommerce's
class-wc-rest-crud-controller.php and WordPress's WP_Date_Query):
  * GET /wp-json/wc/v3/orders and /wp-json/wc/v3/orders/<id>; any other
    route -> 404 {"code":"rest_no_route",...} (before authentication).
  * Auth (class-wc-rest-authentication.php, perform_basic_authentication):
    the consumer_key and consumer_secret query parameters if both are
    non-empty, else HTTP Basic consumer_key:consumer_secret.  WooCommerce does
    this over HTTPS only; the fake does it over plain HTTP on loopback instead
    of OAuth 1.0a.  No credentials or an unknown key -> no auth error is
    recorded, the request runs as a visitor and the controller answers 401
    woocommerce_rest_cannot_view "Sorry, you cannot list resources.".  Known
    key, wrong secret -> 401 woocommerce_rest_authentication_error "Consumer
    secret is invalid." with WWW-Authenticate: Basic realm="WooCommerce
    API...".  revoked=True (key without read permission) -> 401 "The API key
    provided does not have read permissions.".  The key is read-only: POST,
    PUT, DELETE -> 401 "... does not have write permissions.".
  * page (>=1, default 1), per_page (1..100, default 10), offset, orderby
    (date|id|include|title|slug|modified, default date), order (asc|desc,
    default desc), status (any by default; comma list or status[]=),
    after/before/modified_after/modified_before, dates_are_gmt, include,
    exclude, _fields (top-level names only).  Invalid values -> 400
    {"code":"rest_invalid_param","message":"Invalid parameter(s): per_page",
    "data":{"status":400,"params":{...},"details":{...}}} like WordPress.
  * orderby date/modified get "ID" as a second key in the same direction
    (WooCommerce adds it "for consistency with pagination").
  * Offset paging over the live data: an order modified while a client pages
    with orderby=modified moves to the end, shifting later orders one place
    forward, so the client skips one -- as on a real store.  Headers
    X-WP-Total, X-WP-TotalPages; Link rel="prev" (page-1, capped at the last
    page) and rel="next" (while page < total pages).  A page past the end is
    [] with the real totals (WooCommerce re-counts out-of-bounds pages).
  * Link URLs repeat the request's query parameters as WooCommerce builds
    them (add_query_arg without urlencode): a '+' in a date value is NOT
    re-encoded (it comes back as a space, an invalid date), and
    consumer_key/consumer_secret sent as query parameters appear in them.
  * Date filters, as WP_Date_Query does it: the value is parsed (an offset in
    it is honoured, none means site time), converted to the SITE time zone's
    wall clock, truncated to seconds and compared as a string with
    post_modified/post_date (site-local) or, with dates_are_gmt=true, with
    post_modified_gmt/post_date_gmt.  So with dates_are_gmt=true send the
    GMT wall clock WITHOUT an offset ("2024-05-01T10:00:00"); a value with
    "Z" on a +08:00 site is shifted by 8 hours (a real WordPress pitfall).
    after/before are exclusive (WP_Date_Query's inclusive=false).
  * Orders: date_created/date_modified/date_paid/date_completed as site-local
    "YYYY-MM-DDTHH:MM:SS" and the same as *_gmt; money fields decimal
    strings; line_items[].price a JSON number (total/quantity, so values
    like 16.656666666666666 occur); refunds[] {id, reason, total "-10.00"}.

No rate limit: WooCommerce documents none, so the fake never answers 429
(hosting/WAF limits are out of scope; use the fault kinds instead).

Choices where PLATFORMS.md is silent or says "not verified":
  * Site time zone: tz ('+08:00', 'Asia/Shanghai' (default), or any IANA
    name, DST included).  Currency CNY by default.
  * Ids: order and refund ids come from one increasing sequence with gaps
    (WordPress post ids); number == str(id).  Line item ids from another.
  * Status mix: pending, processing, on-hold, completed, cancelled, refunded,
    failed (no trash/checkout-draft unless added by a test).
  * bad_orders=N: N orders carry one unusable line: even ones a line with
    sku "" and product_id 0 (deleted product), odd ones a line without the
    "price" key; fake.bad_orders maps id -> reason.
  * title/slug ordering uses "Order &ndash; <date>" / "order-<date>" strings
    derived from date_created; ties by id.
  * HPOS (custom order tables) is not modelled: behaviour follows the posts
    storage path of the CRUD controller.
  * mutate(n): status transitions (pay, complete, cancel, fail, full or
    partial refund), line quantity change, note change; date_modified
    becomes the fake's clock.  mutate_every=k as in common.py.
  * Reconciliation's case, a late write: add_late(n, age) creates orders
    with date_created = date_modified = clock - age, mutate_late(ids, age)
    changes orders with date_modified = clock - age (it may move back), so
    a client whose watermark passed that time never sees them
    incrementally.  A count is X-WP-Total of any list request (per_page=1),
    which honours the same filters as the list.
"""
import base64
import decimal
import math
import os
import random
import re
import sys
import time
import urllib.parse

if __package__:
    from . import common
else:
    _here = os.path.dirname(os.path.abspath(__file__))
    if _here not in sys.path:
        sys.path.insert(0, _here)
    import common

json_response = common.json_response
Response = common.Response

STATUSES = ('pending', 'processing', 'on-hold', 'completed', 'cancelled', 'refunded', 'failed')
STATUS_ENUM = ('any', 'trash') + STATUSES + ('checkout-draft',)
ORDERBY = ('date', 'id', 'include', 'title', 'slug', 'modified')
DATE_PARAMS = {'after': 'created', 'before': 'created', 'modified_after': 'modified', 'modified_before': 'modified'}
REST_DATE_RE = re.compile(r'^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(?:\.\d+|,\d+)?(?:[Zz]|[+-]\d{2}(?::\d{2})?)?$')
LIST_RE = re.compile(r'^/wp-json/wc/v3/orders/?$')
ONE_RE = re.compile(r'^/wp-json/wc/v3/orders/(\d+)/?$')
PAYMENTS = [('bacs', 'Direct bank transfer'), ('cod', 'Cash on delivery'), ('stripe', 'Credit Card (Stripe)'),
            ('alipay', '支付宝'), ('wechatpay', '微信支付'), ('paypal', 'PayPal')]
SYMBOLS = {'CNY': '&yen;', 'USD': '&#36;', 'EUR': '&euro;', 'JPY': '&yen;', 'GBP': '&pound;'}
MONTHS = ('January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
          'November', 'December')


def _rest_error(code, message, status, extra=None):
    data = {'status': status}
    if extra:
        data.update(extra)
    return json_response(status, {'code': code, 'message': message, 'data': data})


# Tax numbers the EU VAT Number extension stores as _billing_vat_number
# (a business buyer's 税号 on a Chinese shop): valid published 统一社会信用代码,
# and one with a wrong check character, as buyers mistype them.
VAT_VALID = ['91330100716105852F', '9144030071526726XG', '91110108551385082Q']
VAT_TYPO = '91110108551385082X'


def vat_meta(o):
    """meta_data of an order: a company buyer's tax number for two in three
    company orders (by id, so the seeded orders stay as they were), one of
    them mistyped."""
    if not o['billing'].get('company'):
        return []
    k = o['id'] % 3
    if k == 0:
        return []
    value = VAT_VALID[o['id'] % len(VAT_VALID)] if k == 1 else VAT_TYPO
    return [{'id': o['id'] * 10 + 9, 'key': '_billing_vat_number', 'value': value}]


class WooFake(common.FakeServer):
    server_header = 'Apache'
    config_attrs = common.FakeServer.config_attrs + ('consumer_key', 'consumer_secret', 'revoked')

    def __init__(self, orders=1000, seed=1, consumer_key='ck_fake_0123456789abcdef0123456789abcdef01234567',
                 consumer_secret='cs_fake_0123456789abcdef0123456789abcdef01234567', tz='Asia/Shanghai',
                 currency='CNY', bad_orders=0, end_time=None, span_days=50, revoked=False, **kw):
        super().__init__(**kw)
        self.consumer_key = consumer_key
        self.consumer_secret = consumer_secret
        self.tz = common.parse_tz(tz)
        self.currency = currency
        self.revoked = revoked
        self._mrng = random.Random(seed * 104729 + 3)
        self.orders = []
        self.bad_orders = {}
        self._seed(orders, seed, bad_orders, end_time, span_days)

    # ---- seeding -----------------------------------------------------------------------------

    def _seed(self, n, seed, bad, end_time, span_days):
        rng = random.Random(seed)
        end = int(end_time if end_time is not None else time.time() - 3600)
        start = end - span_days * 86400
        created = sorted(rng.randint(start, end) for _ in range(n))
        self._next_id = 1000 + seed % 100 * 10
        self._next_item = 1
        bad_idx = sorted(rng.sample(range(n), min(bad, n))) if bad else []
        for c in created:
            r = rng.random()
            if r < 0.55:
                m = c + rng.randint(0, 600)
            elif r < 0.85:
                m = c + rng.randint(600, 14 * 86400)
            else:
                m = c  # never touched again
            self.orders.append(self._make_order(rng, c, min(m, end)))
        for k, i in enumerate(bad_idx):
            o = self.orders[i]
            line = self._make_line(rng)
            if k % 2 == 0:
                line.update(sku='', product_id=0, variation_id=0, name='Deleted product')
                reason = 'line without sku'
            else:
                line['_no_price'] = True
                reason = 'line without price'
            o['lines'].append(line)
            self.bad_orders[o['id']] = reason

    def _new_id(self, rng):
        self._next_id += rng.choice([1, 1, 1, 2, 3, 5, 8])
        return self._next_id

    def _make_line(self, rng):
        pi = rng.randrange(len(common.PRODUCTS))
        title, variant, sku, price = common.PRODUCTS[pi]
        qty = rng.choice([1, 1, 1, 2, 2, 3, 3, 6])
        subtotal = common.dec(price) * qty
        total = subtotal
        if rng.random() < 0.15:
            total = common.dec(common.money(subtotal * common.dec(rng.choice(['0.90', '0.85', '0.95']))))
        item = {'id': self._next_item, 'name': title + (' - ' + variant if variant else ''),
                'product_id': 100 + pi * 3, 'variation_id': (500 + pi) if variant else 0, 'quantity': qty,
                'sku': sku, 'unit': price, 'discounted': total != subtotal, 'total': total}
        self._next_item += 1
        return item

    def _make_address(self, rng, first, last, cjk, email):
        a = common.ADDRESSES[rng.randrange(len(common.ADDRESSES))]
        if cjk and a[0] not in ('CN', 'JP', 'TW', 'KR'):
            a = common.ADDRESSES[rng.choice([6, 7, 8])]
        phone = a[7] + '%04d' % rng.randint(0, 9999)
        billing = {'first_name': first, 'last_name': last, 'company': rng.choice(['', '', 'Acme Ltd', '某某科技有限公司']),
                   'address_1': a[5], 'address_2': rng.choice(['', '', 'Suite 200', '2单元 301室']),
                   'city': a[4], 'state': a[3], 'postcode': a[6], 'country': a[0], 'email': email,
                   'phone': phone}
        shipping = {k: v for k, v in billing.items() if k != 'email'}
        return billing, shipping

    def _make_order(self, rng, created, modified, fresh=False):
        first, last, cjk = common.person(rng)
        oid = self._new_id(rng)
        email = common.email_for(first, last, oid, cjk)
        billing, shipping = self._make_address(rng, first, last, cjk, email)
        pm = rng.choice(PAYMENTS)
        o = {'id': oid, 'created': created, 'modified': modified, 'paid': None, 'completed': None,
             'status': 'processing', 'billing': billing, 'shipping': shipping,
             'lines': [self._make_line(rng) for _ in range(rng.choice([1, 1, 2, 2, 3, 5]))],
             'shipping_total': rng.choice(['0.00', '10.00', '12.00', '15.50']),
             'tax_rate': rng.choice(['0.00', '0.06', '0.13']), 'customer_note': rng.choice(common.NOTES) or '',
             'refunds': [], 'payment_method': pm[0], 'payment_method_title': pm[1],
             'customer_id': rng.choice([0, rng.randint(2, 900)]),
             'order_key': 'wc_order_' + ''.join(rng.choice('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789')
                                                for _ in range(13))}
        if fresh:
            o['status'] = rng.choice(['pending', 'processing', 'on-hold'])
            if o['status'] == 'processing':
                o['paid'] = created
            return o
        paid = min(created + rng.randint(5, 900), modified)
        r = rng.random()
        if r < 0.08:
            o['status'] = 'pending'
        elif r < 0.13:
            o['status'] = 'on-hold'
        elif r < 0.18:
            o['status'] = 'failed'
        elif r < 0.25:
            o['status'] = 'cancelled'
        elif r < 0.30:
            o['status'], o['paid'] = 'refunded', paid
            self._refund(o, rng, full=True)
        elif r < 0.55:
            o['status'], o['paid'] = 'processing', paid
        else:
            o['status'], o['paid'], o['completed'] = 'completed', paid, modified
            if rng.random() < 0.08:
                self._refund(o, rng, full=False)
        return o

    def _totals(self, o):
        rate = common.dec(o['tax_rate'])
        sub = tot = tax = decimal.Decimal('0')
        for l in o['lines']:
            if l.get('_no_price'):
                continue
            sub += common.dec(l['unit']) * l['quantity']
            tot += l['total']
            tax += common.dec(common.money(l['total'] * rate))
        ship = common.dec(o['shipping_total'])
        return {'subtotal': sub, 'lines': tot, 'discount': sub - tot, 'cart_tax': tax, 'shipping': ship,
                'total': tot + tax + ship}

    def _refund(self, o, rng, full):
        paid = self._totals(o)['total'] - sum(-common.dec(r['total']) for r in o['refunds'])
        amount = paid if full else min(paid, common.dec(rng.choice(['5.00', '10.00', '20.00'])))
        if amount <= 0:
            return
        o['refunds'].append({'id': self._new_id(rng), 'reason': rng.choice(['', 'Damaged', '七天无理由退货',
                                                                               'Out of stock']),
                             'total': '-' + common.money(amount)})

    # ---- rendering ------------------------------------------------------------------------------

    def _local(self, e):
        return common.fmt_local(e, self.tz)

    @staticmethod
    def _gmt(e):
        return common.fmt_local(e, common.parse_tz('UTC'))

    def render(self, o, host=None):
        rate = common.dec(o['tax_rate'])
        t = self._totals(o)
        lines = []
        for l in o['lines']:
            item = {'id': l['id'], 'name': l['name'], 'product_id': l['product_id'],
                    'variation_id': l['variation_id'], 'quantity': l['quantity'], 'tax_class': '',
                    'sku': l['sku'], 'meta_data': [], 'image': {'id': '', 'src': ''}, 'parent_name': None}
            if not l.get('_no_price'):
                sub = common.dec(l['unit']) * l['quantity']
                item.update(subtotal=common.money(sub), subtotal_tax=common.money(sub * rate),
                            total=common.money(l['total']), total_tax=common.money(l['total'] * rate),
                            price=float(l['total']) / l['quantity'],
                            taxes=([{'id': 1, 'total': common.money(l['total'] * rate),
                                     'subtotal': common.money(sub * rate)}] if rate else []))
            else:
                item.update(subtotal='', subtotal_tax='', total='', total_tax='', taxes=[])
            lines.append(item)
        status = o['status']
        base = 'http://%s/wp-json/wc/v3/orders' % (host or '%s:%d' % (self.host, self.port))
        return {
            'id': o['id'], 'parent_id': 0, 'status': status, 'currency': self.currency, 'version': '9.4.2',
            'prices_include_tax': False,
            'date_created': self._local(o['created']), 'date_modified': self._local(o['modified']),
            'discount_total': common.money(t['discount']), 'discount_tax': '0.00',
            'shipping_total': common.money(t['shipping']), 'shipping_tax': '0.00',
            'cart_tax': common.money(t['cart_tax']), 'total': common.money(t['total']),
            'total_tax': common.money(t['cart_tax']), 'customer_id': o['customer_id'], 'order_key': o['order_key'],
            'billing': o['billing'], 'shipping': o['shipping'],
            'payment_method': o['payment_method'], 'payment_method_title': o['payment_method_title'],
            'transaction_id': ('txn_%d' % o['id']) if o['paid'] else '', 'customer_ip_address': '127.0.0.1',
            'customer_user_agent': 'Mozilla/5.0', 'created_via': 'checkout', 'customer_note': o['customer_note'],
            'date_completed': self._local(o['completed']), 'date_paid': self._local(o['paid']),
            'cart_hash': '', 'number': str(o['id']), 'meta_data': vat_meta(o), 'line_items': lines,
            'tax_lines': ([{'id': o['id'] * 10 + 1, 'rate_code': 'TAX-1', 'rate_id': 1, 'label': 'Tax',
                            'compound': False, 'tax_total': common.money(t['cart_tax']), 'shipping_tax_total': '0.00',
                            'rate_percent': float(rate * 100), 'meta_data': []}] if rate else []),
            'shipping_lines': [{'id': o['id'] * 10 + 2, 'method_title': 'Flat rate', 'method_id': 'flat_rate',
                                'instance_id': '1', 'total': common.money(t['shipping']), 'total_tax': '0.00',
                                'taxes': [], 'meta_data': []}],
            'fee_lines': [], 'coupon_lines': [],
            'refunds': [dict(r) for r in o['refunds']],
            'payment_url': 'http://example.invalid/checkout/order-pay/%d/?pay_for_order=true&key=%s'
                           % (o['id'], o['order_key']),
            'is_editable': status in ('pending', 'on-hold'), 'needs_payment': status in ('pending', 'failed'),
            'needs_processing': True,
            'date_created_gmt': self._gmt(o['created']), 'date_modified_gmt': self._gmt(o['modified']),
            'date_completed_gmt': self._gmt(o['completed']), 'date_paid_gmt': self._gmt(o['paid']),
            'currency_symbol': SYMBOLS.get(self.currency, self.currency),
            '_links': {'self': [{'href': '%s/%d' % (base, o['id'])}], 'collection': [{'href': base}]},
        }

    def render_all(self):
        with self.lock:
            return [self.render(o) for o in self.orders]

    def order(self, oid):
        with self.lock:
            for o in self.orders:
                if o['id'] == oid:
                    return self.render(o)
        return None

    # ---- mutation --------------------------------------------------------------------------------

    def mutate(self, n, ids=None):
        """Change n random orders (or the given ids); returns their ids."""
        with self.lock:
            now = int(self.clock())
            if ids is None:
                picks = self._mrng.sample(self.orders, min(n, len(self.orders)))
            else:
                want = set(ids)
                picks = [o for o in self.orders if o['id'] in want]
            for o in picks:
                self._mutate_one(o, now)
                o['modified'] = max(now, o['modified'])
            done = [o['id'] for o in picks]
        self.stats.mutated(done, now)
        return done

    def _mutate_one(self, o, now):
        rng = self._mrng
        st = o['status']
        acts = ['note']
        if st in ('pending', 'on-hold'):
            acts += ['pay', 'pay', 'quantity', 'cancel']
        if st == 'pending':
            acts += ['fail']
        if st == 'processing':
            acts += ['complete', 'complete', 'quantity', 'refund_full', 'refund_part']
        if st == 'completed':
            acts += ['refund_full', 'refund_part']
        act = rng.choice(acts)
        if act == 'pay':
            o['status'], o['paid'] = 'processing', now
        elif act == 'fail':
            o['status'] = 'failed'
        elif act == 'cancel':
            o['status'] = 'cancelled'
        elif act == 'complete':
            o['status'], o['completed'] = 'completed', now
        elif act == 'refund_full':
            self._refund(o, rng, full=True)
            o['status'] = 'refunded'
        elif act == 'refund_part':
            self._refund(o, rng, full=False)
        elif act == 'quantity':
            good = [l for l in o['lines'] if not l.get('_no_price')]
            line = rng.choice(good)
            q = max(1, line['quantity'] + rng.choice([-1, 1, 2]))
            ratio = line['total'] / (common.dec(line['unit']) * line['quantity'])
            line['quantity'] = q
            line['total'] = common.dec(common.money(common.dec(line['unit']) * q * ratio))
        else:
            o['customer_note'] = rng.choice(['Updated: please ship tomorrow', '改为顺丰快递', 'Call %d' % now])

    def add_orders(self, n):
        """Create n new orders (date_created = date_modified = clock); returns their ids."""
        return self.add_late(n, 0)

    def add_late(self, n, age):
        """Create n orders written late: date_created = date_modified = clock -
        age seconds; returns their ids."""
        with self.lock:
            when = int(self.clock()) - int(age)
            new = [self._make_order(self._mrng, when, when, fresh=True) for _ in range(n)]
            self.orders.extend(new)
            return [o['id'] for o in new]

    def mutate_late(self, ids, age):
        """Change the orders `ids` with date_modified = clock - age seconds
        (written late; may move it back); returns their ids."""
        return common.write_late(self, self.orders, 'id', 'modified', ids, age)

    # ---- request handling ----------------------------------------------------------------------

    def route(self, req):
        if LIST_RE.match(req.path):
            return self._list
        if ONE_RE.match(req.path):
            return self._one
        return _rest_error('rest_no_route', 'No route was found matching the URL and request method.', 404)

    def _credentials(self, req):
        """perform_basic_authentication(): the consumer_key/consumer_secret
        query parameters first, then the Basic header; both non-empty."""
        key, secret = req.param('consumer_key'), req.param('consumer_secret')
        if key and secret:
            return key, secret
        auth = req.headers.get('Authorization') or ''
        if auth[:6].lower() == 'basic ':
            try:
                user, _, pw = base64.b64decode(auth[6:].strip(), validate=True).decode('utf-8').partition(':')
                if user and pw:
                    return user, pw
            except (ValueError, UnicodeDecodeError):
                pass
        return None

    def authenticate(self, req):
        cred = self._credentials(req)
        if cred is None or cred[0] != self.consumer_key:
            # No key, or an unknown one: WooCommerce records no error and the
            # request runs as a visitor, so the controller's permission check answers.
            if req.method != 'GET':
                return _rest_error('woocommerce_rest_cannot_create', 'Sorry, you are not allowed to create resources.',
                                   401)
            if ONE_RE.match(req.path):
                return _rest_error('woocommerce_rest_cannot_view', 'Sorry, you cannot view this resource.', 401)
            return _rest_error('woocommerce_rest_cannot_view', 'Sorry, you cannot list resources.', 401)
        if cred[1] != self.consumer_secret:
            r = _rest_error('woocommerce_rest_authentication_error', 'Consumer secret is invalid.', 401)
            r.headers.append(('WWW-Authenticate', 'Basic realm="WooCommerce API. Use a consumer key in the username '
                                                  'field and a consumer secret in the password field."'))
            return r
        if req.method in ('GET', 'HEAD'):
            if self.revoked:
                return _rest_error('woocommerce_rest_authentication_error',
                                   'The API key provided does not have read permissions.', 401)
        else:
            return _rest_error('woocommerce_rest_authentication_error',
                               'The API key provided does not have write permissions.', 401)
        return None

    def error_500(self, req):
        return json_response(500, {
            'code': 'internal_server_error',
            'message': '<p>There has been a critical error on this website.</p><p><a href="https://wordpress.org/'
                       'documentation/article/faq-troubleshooting/">Learn more about troubleshooting WordPress.</a>'
                       '</p>',
            'data': {'status': 500}, 'additional_errors': []})

    def _one(self, req):
        if req.method != 'GET':
            return _rest_error('woocommerce_rest_cannot_edit', 'Sorry, you are not allowed to edit this resource.',
                               401)
        oid = int(ONE_RE.match(req.path).group(1))
        with self.lock:
            for o in self.orders:
                if o['id'] == oid:
                    return json_response(200, self.render(o, req.host))
        return _rest_error('woocommerce_rest_shop_order_invalid_id', 'Invalid ID.', 404)

    def _args(self, req):
        """Validate like rest_validate_request_arg; returns (args, errors)."""
        errors = {}

        def bad(name, code, msg):
            errors.setdefault(name, (code, msg))

        def integer(name, default, lo=None, hi=None):
            raw = req.param(name)
            if raw is None:
                return default
            if not re.fullmatch(r'-?\d+', raw.strip()):
                bad(name, 'rest_invalid_type', '%s is not of type integer.' % name)
                return default
            v = int(raw)
            if lo is not None and hi is not None and not lo <= v <= hi:
                bad(name, 'rest_out_of_bounds', '%s must be between %d (inclusive) and %d (inclusive)'
                    % (name, lo, hi))
            elif lo is not None and v < lo:
                bad(name, 'rest_out_of_bounds', '%s must be greater than or equal to %d' % (name, lo))
            return v

        a = {'page': integer('page', 1, lo=1), 'per_page': integer('per_page', 10, lo=1, hi=100)}
        a['offset'] = integer('offset', None)
        if a['offset'] is not None:
            a['offset'] = abs(a['offset'])
        for name in DATE_PARAMS:
            raw = req.param(name)
            if raw is not None:
                if not REST_DATE_RE.match(raw):
                    bad(name, 'rest_invalid_date', 'Invalid date.')
                else:
                    a[name] = raw
        gmt = (req.param('dates_are_gmt') or 'false').lower()
        if gmt not in ('true', 'false', '1', '0'):
            bad('dates_are_gmt', 'rest_invalid_type', 'dates_are_gmt is not of type boolean.')
        a['gmt'] = gmt in ('true', '1')
        a['order'] = req.param('order', 'desc')
        if a['order'] not in ('asc', 'desc'):
            bad('order', 'rest_not_in_enum', 'order is not one of asc and desc.')
        a['orderby'] = req.param('orderby', 'date')
        if a['orderby'] not in ORDERBY:
            bad('orderby', 'rest_not_in_enum', 'orderby is not one of date, id, include, title, slug, and modified.')
        statuses = []
        for k, v in req.params:
            if k in ('status', 'status[]'):
                statuses += [s.strip() for s in v.split(',') if s.strip()]
        statuses = statuses or ['any']
        for i, s in enumerate(statuses):
            if s not in STATUS_ENUM:
                bad('status', 'rest_not_in_enum', 'status[%d] is not one of %s, and %s.'
                    % (i, ', '.join(STATUS_ENUM[:-1]), STATUS_ENUM[-1]))
        a['status'] = statuses
        for name in ('include', 'exclude'):
            ids = []
            for k, v in req.params:
                if k in (name, name + '[]'):
                    ids += [abs(int(x)) for x in re.split(r'[,\s]+', v) if re.fullmatch(r'-?\d+', x)]
            a[name] = ids
        a['fields'] = [f.strip() for f in (req.param('_fields') or '').split(',') if f.strip()]
        return a, errors

    def _wall(self, raw):
        """WP_Date_Query::build_mysql_datetime: parse (offset honoured, none
        = site time), convert to the site zone, 'Y-m-d H:i:s'."""
        dt, _ = common.parse_iso(raw.replace(',', '.'), self.tz)
        return dt.astimezone(self.tz).strftime('%Y-%m-%d %H:%M:%S')

    def _list(self, req):
        if req.method != 'GET':
            return _rest_error('woocommerce_rest_cannot_create', 'Sorry, you are not allowed to create resources.',
                               401)
        a, errors = self._args(req)
        if errors:
            names = list(errors)
            return _rest_error('rest_invalid_param', 'Invalid parameter(s): %s' % ', '.join(names), 400, {
                'params': {n: errors[n][1] for n in names},
                'details': {n: {'code': errors[n][0], 'message': errors[n][1], 'data': None} for n in names}})
        conds = []
        for name, col in DATE_PARAMS.items():
            if name in a:
                conds.append((col, name.endswith('after'), self._wall(a[name])))
        utc = common.parse_tz('UTC')
        statuses = None if 'any' in a['status'] else set(a['status'])
        with self.lock:
            rows = []
            for o in self.orders:
                if statuses is None:
                    if o['status'] in ('trash', 'checkout-draft'):
                        continue
                elif o['status'] not in statuses:
                    continue
                if a['include'] and o['id'] not in a['include']:
                    continue
                if a['exclude'] and o['id'] in a['exclude']:
                    continue
                ok = True
                for col, is_after, wall in conds:
                    v = common.fmt_local(o[col], utc if a['gmt'] else self.tz, sep=' ')
                    if (is_after and not v > wall) or (not is_after and not v < wall):
                        ok = False
                        break
                if ok:
                    rows.append(o)
            rows.sort(key=self._sort_key(a), reverse=a['order'] == 'desc')
            total = len(rows)
            per = a['per_page']
            pages = int(math.ceil(total / float(per)))
            start = a['offset'] if a['offset'] is not None else (a['page'] - 1) * per
            body = [self.render(o, req.host) for o in rows[start:start + per]]
        if a['fields']:
            body = [{k: v for k, v in o.items() if k in a['fields']} for o in body]
        headers = [('X-WP-Total', str(total)), ('X-WP-TotalPages', str(pages))]
        links = []
        page = a['page']
        if page > 1:
            links.append('<%s>; rel="prev"' % self._link(req, min(page - 1, pages)))
        if pages > page:
            links.append('<%s>; rel="next"' % self._link(req, page + 1))
        if links:
            headers.append(('Link', ', '.join(links)))
        return Response(200, common.json_body(body), headers)

    def _sort_key(self, a):
        by = a['orderby']
        if by == 'id':
            return lambda o: o['id']
        if by == 'modified':
            return lambda o: (o['modified'], o['id'])
        if by == 'include' and a['include']:
            pos = {i: n for n, i in enumerate(a['include'])}
            return lambda o: (pos.get(o['id'], 0), o['id'])
        if by in ('title', 'slug'):
            def title(o):
                d = common.to_dt(o['created'], self.tz)
                s = '%s %d, %d @ %s' % (MONTHS[d.month - 1], d.day, d.year, d.strftime('%I:%M %p'))
                return ('Order &ndash; ' + s if by == 'title' else
                        'order-' + re.sub(r'[^a-z0-9]+', '-', s.lower()).strip('-'), o['id'])
            return title
        return lambda o: (o['created'], o['id'])

    @staticmethod
    def _link(req, page):
        """add_query_arg(get_query_params(), rest_url(...)) then 'page': the
        values are put back without urlencoding (so '+' stays '+')."""
        parts = []
        seen_page = False
        for k, v in req.params:
            if k == 'page':
                if seen_page:
                    continue
                seen_page, v = True, str(page)
            parts.append('%s=%s' % (urllib.parse.quote(k, safe='[]'), urllib.parse.quote(v, safe="+:,@/!$'()*;")))
        if not seen_page:
            parts.append('page=%d' % page)
        return 'http://%s/wp-json/wc/v3/orders?%s' % (req.host, '&'.join(parts))


def main(argv=None):
    p = common.make_parser('Fake WooCommerce REST API v3 (orders) on a loopback address.')
    common.common_arguments(p)
    p.add_argument('--consumer-key', default='ck_fake_0123456789abcdef0123456789abcdef01234567')
    p.add_argument('--consumer-secret', default='cs_fake_0123456789abcdef0123456789abcdef01234567')
    p.add_argument('--tz', default='Asia/Shanghai', help='site time zone: +08:00 or an IANA name')
    p.add_argument('--currency', default='CNY')
    p.add_argument('--revoked', action='store_true', help='the key has no read permission')
    args = p.parse_args(argv)
    fake = WooFake(consumer_key=args.consumer_key, consumer_secret=args.consumer_secret, tz=args.tz,
                   currency=args.currency, revoked=args.revoked, **common.common_kwargs(args))
    return common.serve_forever(fake, args.stats_on_exit)


if __name__ == '__main__':
    sys.exit(main())
