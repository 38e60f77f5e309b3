#!/usr/bin/env python3
"""Fake Shopify Admin REST API (orders only) for orderd's tests.

Library:
    from shopify import ShopifyFake          # tests/fakes on sys.path
    with ShopifyFake(orders=5000, seed=7, token='shpat_x', tz='+08:00') as shop:
        shop.url                 # 'http://127.0.0.1:PORT' (the shop_url)
        shop.mutate(10); shop.add_orders(3); shop.fail_next('reset')
        shop.set_faults({'500': 10, 'truncated': 10})
        shop.stats.throttled, shop.stats.rate(), shop.stats.log
Program:
    python3 tests/fakes/shopify.py --port 0 --orders 5000 [--faults 500=10,reset=10]
    prints the base URL on the first stdout line, serves until SIGTERM.
    Control endpoints /_fake/... are described in common.py.

Contract enforced (../../shared/PLATFORMS.md, Shopify Admin REST):
  * GET /admin/api/{version}/orders.json, version in `versions`
    (default 2023-10 ... 2025-07).  Unknown version or any other path ->
    404 {"errors":"Not Found"}.  POST/PUT/DELETE on orders.json -> 403
    (the app only has read_orders).
  * X-Shopify-Access-Token must equal `token`; missing/wrong -> 401
    {"errors":"[API] Invalid API key or access token (unrecognized login or
    wrong password)"}.  revoked=True -> 403 {"errors":"[API] This action
    requires merchant approval for read_orders scope."}.  shop_state
    'frozen' -> 402 {"errors":"Unavailable Shop"}, 'locked' -> 423.
  * Leaky bucket per token, bucket_size 40 draining leak_rate 2/s.  Every
    authenticated answer carries X-Shopify-Shop-Api-Call-Limit: used/40
    (used = ceil of the bucket fill after this request).  A request that
    does not fit -> 429, Retry-After: 2.0, {"errors":"Exceeded 2 calls per
    second for api client. Reduce request rates to resume uninterrupted
    service."}; a 429 does not fill the bucket.  Faulted requests DO count
    (they reached the API), so a client pacing itself must count every
    request it sends, not only the answers it parsed.
  * Parameters: limit 1..250 (default 50), status open|closed|cancelled|any
    (default open), updated_at_min/max, created_at_min/max,
    processed_at_min/max (inclusive bounds), since_id, ids,
    financial_status, fulfillment_status, fields, order, page_info.
  * GET /admin/api/{version}/orders/count.json -> {"count": N}: the orders
    the same filters as orders.json select (status default open,
    updated_at/created_at/processed_at min/max inclusive, since_id, ids,
    financial_status, fulfillment_status); limit, order, fields and
    page_info do not apply there and are ignored.  Same auth, same bucket
    (a count fills it like any request, and gets 429 when it is full).
  * Cursor pagination: Link: <http://HOST/admin/api/V/orders.json?limit=N&
    page_info=X>; rel="previous", <...>; rel="next" (HOST = the Host header
    the client sent).  page_info is base64url(HMAC-SHA256 tag + JSON of the
    filter, the sort and the last/first sort key); any change -> 400.  With
    page_info only limit and fields may be sent (page_info repeated is also
    refused); anything else -> 400 {"errors":{"page_info":["X cannot be
    passed when page_info is present."]}}.  Paging is keyset-based: an order
    mutated while a client pages moves (updated_at order) or stays (id
    order), exactly as on a database; the filter frozen in the cursor still
    applies (an order bumped past updated_at_max drops out).
  * Times are rendered with the shop's UTC offset (tz: '+08:00', '-05:00'
    or an IANA name such as 'America/New_York' to get DST), seconds only.

Choices where PLATFORMS.md is silent or says "not verified":
  * Default sort is `id asc`; `order` accepts "<field> [asc|desc]" with
    field in id, created_at, updated_at, processed_at (ties broken by id in
    the same direction); anything else -> 400.
  * Date parameters: ISO 8601 with optional fraction and offset ('Z',
    '+08:00', '+0800', '+08'); a date alone means midnight; a value without
    an offset is taken in the shop's time zone.  Anything else -> 400
    {"errors":{"updated_at_min":["is invalid"]}} (note: an unencoded '+'
    arrives as a space and is therefore invalid).
  * limit outside 1..250 or not an integer -> 400 {"errors":{"limit":[...]}};
    status/financial_status/fulfillment_status outside the documented
    values -> 400.  Unknown parameter names are ignored (without page_info).
  * Error bodies for 400 follow the {"errors":{"param":["message"]}} shape.
  * read_all_orders=True by default; with False only orders created in the
    last 60 days (by the fake's clock) are visible.
  * Seeding: `orders` orders created over the `span_days` (50) days before
    end_time (default now - 1 h), ids increasing with creation time, about
    20 % of updated_at values shared by several orders (bulk edits) so that
    watermark ties are common.  Content is a function of `seed` only;
    pass end_time for fully reproducible timestamps.  bad_orders=N makes N
    orders carry one unusable line: even ones a line with sku null and no
    product/variant, odd ones a line without the "price" key
    (fake.bad_orders maps id -> reason).  About 2 % of orders have no
    shipping_address key (digital goods), as Shopify omits it.
  * mutate(n) touches n random orders (seeded RNG): pay, fulfil (and
    close), cancel (voided or refunded), partial refund, change a line's
    quantity, or change note/tags; updated_at becomes the fake's clock
    (never earlier than before).  Reconciliation's case, a late write:
    add_late(n, age) creates orders with created_at = updated_at = clock -
    age, and mutate_late(ids, age) changes orders with updated_at = clock -
    age (it may move back), so a client whose watermark already passed
    that time never sees them incrementally.  mutate_every=k mutates mutate_count
    orders in a background thread on every k-th authenticated request.
"""
import base64
import decimal
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

if __package__:
    from . import common
else:
    _here = os.path.dirname(os.path.abspath(__file__))
    if _here not in sys.path:
        sys.path.insert(0, _here)
    import common

json_response = common.json_response
Response = common.Response

DEFAULT_VERSIONS = ('2023-10', '2024-01', '2024-04', '2024-07', '2024-10', '2025-01', '2025-04', '2025-07')
MSG_401 = '[API] Invalid API key or access token (unrecognized login or wrong password)'
MSG_403 = '[API] This action requires merchant approval for read_orders scope.'
MSG_429 = 'Exceeded 2 calls per second for api client. Reduce request rates to resume uninterrupted service.'
PATH_RE = re.compile(r'^/admin/api/([^/]+)/orders(/count)?\.json$')

FINANCIAL = ('pending', 'authorized', 'partially_paid', 'paid', 'partially_refunded', 'refunded', 'voided')
FINANCIAL_FILTER = FINANCIAL + ('any', 'unpaid')
FULFILLMENT_FILTER = ('any', 'shipped', 'partial', 'unshipped', 'unfulfilled')
STATUS_FILTER = ('open', 'closed', 'cancelled', 'any')
ORDER_FIELDS = {'id': None, 'created_at': 'created', 'updated_at': 'updated', 'processed_at': 'processed'}
DATE_PARAMS = ('created_at_min', 'created_at_max', 'updated_at_min', 'updated_at_max',
               'processed_at_min', 'processed_at_max')
FILTER_PARAMS = DATE_PARAMS + ('status', 'since_id', 'ids', 'financial_status', 'fulfillment_status',
                               'order', 'attribution_app_id')
CANCEL_REASONS = ('customer', 'fraud', 'inventory', 'declined', 'other')
TAGS = ['', '', 'vip', 'wholesale', 'gift', 'repeat-customer', 'preorder', '批发', 'b2b, net30', 'vip, 会员']
SIXTY_DAYS = 60 * 86400



def billing_of(addr, number):
    """The billing address: the shipping one, with a company for every fourth
    order (by number, so the seeded orders stay as they were)."""
    b = dict(addr)
    b['company'] = ('Lee Tea GmbH' if number % 8 == 0 else '上海甲贸易有限公司') if number % 4 == 0 else None
    return b


def note_attributes(o):
    """A checkout app's VAT number for the company orders of even eighths."""
    if o['billing_address'].get('company') and o['number'] % 8 == 0:
        return [{'name': 'VAT Number', 'value': 'DE123456789'}]
    return []

class ParamError(Exception):
    def __init__(self, param, message):
        super().__init__(message)
        self.param = param
        self.message = message


class ShopifyFake(common.FakeServer):
    server_header = 'nginx'
    config_attrs = common.FakeServer.config_attrs + (
        'token', 'revoked', 'shop_state', 'bucket_size', 'leak_rate', 'rate_limit', 'read_all_orders')

    def __init__(self, orders=1000, seed=1, token='shpat_fake_token', tz='-05:00', versions=DEFAULT_VERSIONS,
                 bucket_size=40, leak_rate=2.0, rate_limit=True, revoked=False, shop_state='ok', currency='USD',
                 bad_orders=0, end_time=None, span_days=50, read_all_orders=True, page_info_secret=None,
                 **kw):
        super().__init__(**kw)
        self.token = token
        self.tz = common.parse_tz(tz)
        self.versions = tuple(versions)
        self.bucket_size = bucket_size
        self.leak_rate = leak_rate
        self.rate_limit = rate_limit
        self.revoked = revoked
        self.shop_state = shop_state
        self.currency = currency
        self.read_all_orders = read_all_orders
        self._secret = (page_info_secret or os.urandom(32)) if not isinstance(page_info_secret, str) \
            else page_info_secret.encode()
        self._buckets = {}
        self._bucket_lock = threading.Lock()
        self._mrng = random.Random(seed * 7919 + 1)
        self.orders = []          # internal records, ascending id
        self.bad_orders = {}      # id -> reason
        self._seed(orders, seed, bad_orders, end_time, span_days)

    # ---- seeding -------------------------------------------------------------------------

    def _seed(self, n, seed, bad, end_time, span_days):
        rng = random.Random(seed)
        end = int(end_time if end_time is not None else time.time() - 3600)
        start = end - span_days * 86400
        self._end = end
        created = sorted(rng.randint(start, end) for _ in range(n))
        bulk = sorted(rng.randint(start, end) for _ in range(max(1, n // 50)))
        bad_idx = sorted(rng.sample(range(n), min(bad, n))) if bad else []
        self._next_id = 5_600_000_000_000 + seed % 1000 * 1_000_000
        self._next_line = 13_500_000_000_000 + seed % 1000 * 1_000_000
        self._next_misc = 990_000_000_000 + seed % 1000 * 1_000_000
        self._next_number = 1001
        for i in range(n):
            c = created[i]
            r = rng.random()
            if r < 0.5:
                u = c + rng.randint(0, 300)
            elif r < 0.8:
                u = c + rng.randint(300, 10 * 86400)
            else:
                later = [b for b in bulk if b >= c]
                u = rng.choice(later[:5]) if later else c
            u = min(u, end)
            o = self._make_order(rng, c, u)
            self.orders.append(o)
        for k, i in enumerate(bad_idx):
            o = self.orders[i]
            line = self._make_line(rng)
            if k % 2 == 0:
                line['sku'] = None
                line['product_id'] = None
                line['variant_id'] = None
                line['title'] = 'Custom item'
                line['variant_title'] = None
                reason = 'line without sku'
            else:
                line['_no_price'] = True
                reason = 'line without price'
            o['lines'].append(line)
            self.bad_orders[o['id']] = reason

    def _new_id(self):
        self._next_id += random.Random(self._next_id).randint(1, 4000)
        return self._next_id

    def _line_id(self):
        self._next_line += 17
        return self._next_line

    def _misc_id(self):
        self._next_misc += 13
        return self._next_misc

    def _make_line(self, rng):
        pi = rng.randrange(len(common.PRODUCTS))
        title, variant, sku, price = common.PRODUCTS[pi]
        return {'id': self._line_id(), 'product_id': 7_000_000_000 + pi * 101,
                'variant_id': 40_000_000_000 + pi * 7, 'sku': sku, 'title': title, 'variant_title': variant,
                'quantity': rng.choice([1, 1, 1, 2, 2, 3, 5, 10]), 'price': price,
                'vendor': 'Acme', 'grams': rng.choice([0, 120, 250, 800])}

    def _make_address(self, rng, first, last, cjk):
        a = common.ADDRESSES[rng.randrange(len(common.ADDRESSES))]
        if cjk and a[0] not in ('CN', 'JP', 'TW', 'KR'):
            a = common.ADDRESSES[rng.choice([6, 7, 8, 9, 10, 11])]
        name = (last + first) if cjk else '%s %s' % (first, last)
        return {'first_name': first, 'last_name': last, 'name': name, 'company': None,
                'address1': a[5], 'address2': rng.choice([None, None, 'Apt %d' % rng.randint(1, 99), '3F']),
                'city': a[4], 'province': a[2], 'province_code': a[3], 'zip': a[6], 'country': a[1],
                'country_code': a[0], 'phone': a[7] + '%04d' % rng.randint(0, 9999),
                'latitude': None, 'longitude': None}

    def _make_order(self, rng, created, updated, fresh=False):
        first, last, cjk = common.person(rng)
        oid = self._new_id()
        number = self._next_number
        self._next_number += 1
        email = common.email_for(first, last, number, cjk)
        addr = self._make_address(rng, first, last, cjk)
        lines = [self._make_line(rng) for _ in range(rng.choice([1, 1, 1, 2, 2, 3, 4]))]
        o = {'id': oid, 'number': number, 'created': created, 'updated': updated, 'processed': created,
             'cancelled': None, 'cancel_reason': None, 'closed': None, 'email': email,
             'financial_status': 'paid', 'fulfillment_status': None,
             'customer': {'id': 6_200_000_000 + rng.randrange(10 ** 6), 'email': email, 'first_name': first,
                          'last_name': last, 'phone': addr['phone'] if rng.random() < 0.5 else None,
                          'created': created - rng.randint(0, 400 * 86400)},
             'shipping_address': addr if rng.random() >= 0.02 else None,
             'billing_address': billing_of(addr, number), 'lines': lines,
             'shipping': rng.choice(['0.00', '5.00', '7.99', '12.50', '0.00']),
             'discount': '0.00', 'tax_rate': rng.choice(['0.00', '0.08', '0.13', '0.19']),
             'note': rng.choice(common.NOTES), 'tags': rng.choice(TAGS), 'refunds': [],
             'gateway': rng.choice(['shopify_payments', 'paypal', 'manual', 'alipay'])}
        sub = self._line_total(o)
        if rng.random() < 0.2:
            o['discount'] = common.money(sub * common.dec(rng.choice(['0.05', '0.10', '0.15'])))
        if fresh:
            o['financial_status'] = rng.choice(['pending', 'paid', 'paid', 'authorized'])
            return o
        r = rng.random()
        if r < 0.08:
            o['financial_status'] = 'pending'
        elif r < 0.14:
            o['financial_status'] = 'authorized'
        elif r < 0.17:
            o['financial_status'] = 'partially_paid'
        elif r < 0.24:
            self._refund(o, rng, partial=True, when=updated)
        elif r < 0.30:
            self._refund(o, rng, partial=False, when=updated)
        elif r < 0.37:
            reason = rng.choice(CANCEL_REASONS)
            o['cancelled'] = o['closed'] = updated
            o['cancel_reason'] = reason
            if rng.random() < 0.5:
                o['financial_status'] = 'voided'
            else:
                self._refund(o, rng, partial=False, when=updated)
            if rng.random() < 0.3:
                o['fulfillment_status'] = 'restocked'
        if o['cancelled'] is None and o['financial_status'] in ('paid', 'partially_refunded', 'refunded'):
            f = rng.random()
            if f < 0.55:
                o['fulfillment_status'] = 'fulfilled'
                if rng.random() < 0.4:
                    o['closed'] = updated
            elif f < 0.65:
                o['fulfillment_status'] = 'partial'
        return o

    @staticmethod
    def _line_total(o):
        total = decimal.Decimal('0')
        for l in o['lines']:
            if not l.get('_no_price'):
                total += common.dec(l['price']) * l['quantity']
        return total

    def _refund(self, o, rng, partial, when):
        lines = [l for l in o['lines'] if not l.get('_no_price')]
        if partial:
            l = rng.choice(lines)
            items = [(l['id'], 1, common.dec(l['price']))]
            o['financial_status'] = 'partially_refunded'
        else:
            items = [(l['id'], l['quantity'], common.dec(l['price']) * l['quantity']) for l in lines]
            o['financial_status'] = 'refunded'
        rate = common.dec(o['tax_rate'])
        amount = sum(s for _, _, s in items)
        tax = sum(common.dec(common.money(s * rate)) for _, _, s in items)
        if not partial:
            amount += common.dec(o['shipping']) - common.dec(o['discount'])
        o['refunds'].append({'id': self._misc_id(), 'created': when,
                             'note': rng.choice([None, 'Damaged in transit', '客户取消', 'Wrong size']),
                             'items': [(self._misc_id(), lid, q, s, common.dec(common.money(s * rate)))
                                       for lid, q, s in items],
                             'txn': self._misc_id(), 'amount': common.money(amount + tax)})

    # ---- rendering --------------------------------------------------------------------------

    def _money_set(self, amount):
        m = {'amount': amount, 'currency_code': self.currency}
        return {'shop_money': m, 'presentment_money': dict(m)}

    def render(self, o):
        t = lambda e: common.fmt_offset(e, self.tz)  # noqa: E731
        rate = common.dec(o['tax_rate'])
        items_total = self._line_total(o)
        discount = common.dec(o['discount'])
        subtotal = items_total - discount
        tax = common.dec(common.money(subtotal * rate))
        shipping = common.dec(o['shipping'])
        total = subtotal + tax + shipping
        lines = []
        for l in o['lines']:
            price = None if l.get('_no_price') else l['price']
            name = l['title'] + (' - ' + l['variant_title'] if l.get('variant_title') else '')
            item = {'id': l['id'], 'admin_graphql_api_id': 'gid://shopify/LineItem/%d' % l['id'],
                    'product_id': l['product_id'], 'variant_id': l['variant_id'], 'sku': l['sku'],
                    'title': l['title'], 'variant_title': l['variant_title'], 'name': name,
                    'vendor': l['vendor'], 'quantity': l['quantity'], 'current_quantity': l['quantity'],
                    'fulfillable_quantity': 0 if o['fulfillment_status'] == 'fulfilled' else l['quantity'],
                    'fulfillment_status': 'fulfilled' if o['fulfillment_status'] == 'fulfilled' else None,
                    'requires_shipping': True, 'taxable': rate > 0, 'gift_card': False, 'grams': l['grams'],
                    'total_discount': '0.00', 'properties': [], 'discount_allocations': [],
                    'tax_lines': ([{'title': 'Tax', 'rate': float(rate),
                                    'price': common.money(common.dec(price) * l['quantity'] * rate)}]
                                  if rate > 0 and price is not None else [])}
            if price is not None:
                item['price'] = price
                item['price_set'] = self._money_set(price)
            lines.append(item)
        refunds = []
        for r in o['refunds']:
            refunds.append({
                'id': r['id'], 'admin_graphql_api_id': 'gid://shopify/Refund/%d' % r['id'], 'order_id': o['id'],
                'created_at': t(r['created']), 'processed_at': t(r['created']), 'note': r['note'],
                'restock': True, 'order_adjustments': [],
                'refund_line_items': [{'id': rid, 'line_item_id': lid, 'quantity': q, 'restock_type': 'return',
                                       'subtotal': common.money(s), 'total_tax': common.money(tx),
                                       'subtotal_set': self._money_set(common.money(s))}
                                      for rid, lid, q, s, tx in r['items']],
                'transactions': [{'id': r['txn'], 'order_id': o['id'], 'kind': 'refund',
                                  'gateway': o['gateway'], 'status': 'success', 'amount': r['amount'],
                                  'currency': self.currency, 'created_at': t(r['created'])}]})
        c = o['customer']
        out = {
            'id': o['id'], 'admin_graphql_api_id': 'gid://shopify/Order/%d' % o['id'],
            'name': '#%d' % o['number'], 'order_number': o['number'], 'number': o['number'] - 1000,
            'email': o['email'], 'contact_email': o['email'], 'phone': None,
            'created_at': t(o['created']), 'updated_at': t(o['updated']), 'processed_at': t(o['processed']),
            'cancelled_at': t(o['cancelled']), 'cancel_reason': o['cancel_reason'], 'closed_at': t(o['closed']),
            'financial_status': o['financial_status'], 'fulfillment_status': o['fulfillment_status'],
            'confirmed': True, 'test': False, 'source_name': 'web', 'gateway': o['gateway'],
            'payment_gateway_names': [o['gateway']],
            'currency': self.currency, 'presentment_currency': self.currency, 'taxes_included': False,
            'total_line_items_price': common.money(items_total), 'subtotal_price': common.money(subtotal),
            'total_tax': common.money(tax), 'total_discounts': common.money(discount),
            'total_price': common.money(total),
            'total_line_items_price_set': self._money_set(common.money(items_total)),
            'subtotal_price_set': self._money_set(common.money(subtotal)),
            'total_tax_set': self._money_set(common.money(tax)),
            'total_discounts_set': self._money_set(common.money(discount)),
            'total_price_set': self._money_set(common.money(total)),
            'total_shipping_price_set': self._money_set(common.money(shipping)),
            'note': o['note'], 'note_attributes': note_attributes(o), 'tags': o['tags'],
            'line_items': lines,
            'shipping_lines': [{'id': o['id'] + 1, 'title': 'Standard', 'code': 'STANDARD',
                                'price': common.money(shipping), 'price_set': self._money_set(common.money(shipping)),
                                'source': 'shopify'}],
            'billing_address': o['billing_address'],
            'customer': {'id': c['id'], 'email': c['email'], 'first_name': c['first_name'],
                         'last_name': c['last_name'], 'phone': c['phone'], 'state': 'enabled',
                         'verified_email': True, 'currency': self.currency,
                         'created_at': t(c['created']), 'updated_at': t(o['updated'])},
            'refunds': refunds,
        }
        if o['shipping_address'] is not None:
            out['shipping_address'] = o['shipping_address']
        return out

    def render_all(self):
        with self.lock:
            return [self.render(o) for o in self.orders]

    def order(self, oid):
        """The rendered order with this id (None if unknown)."""
        with self.lock:
            for o in self.orders:
                if o['id'] == oid:
                    return self.render(o)
        return None

    # ---- mutation ------------------------------------------------------------------------------

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
                o['updated'] = max(now, o['updated'])
            done = [o['id'] for o in picks]
        self.stats.mutated(done, now)
        return done

    def _mutate_one(self, o, now):
        rng = self._mrng
        fs = o['financial_status']
        open_ = o['cancelled'] is None
        acts = ['note']
        if open_ and fs in ('pending', 'authorized', 'partially_paid'):
            acts += ['pay', 'pay', 'cancel']
        if open_ and fs == 'paid' and o['fulfillment_status'] is None:
            acts += ['fulfil', 'fulfil', 'quantity', 'cancel', 'refund']
        if open_ and fs == 'paid' and o['fulfillment_status'] == 'fulfilled':
            acts += ['refund', 'close']
        act = rng.choice(acts)
        if act == 'pay':
            o['financial_status'] = 'paid'
        elif act == 'fulfil':
            o['fulfillment_status'] = 'fulfilled'
        elif act == 'close':
            o['closed'] = now
        elif act == 'cancel':
            o['cancelled'] = o['closed'] = now
            o['cancel_reason'] = rng.choice(CANCEL_REASONS)
            if fs == 'paid':
                self._refund(o, rng, partial=False, when=now)
            else:
                o['financial_status'] = 'voided'
        elif act == 'refund':
            self._refund(o, rng, partial=True, when=now)
        elif act == 'quantity':
            good = [l for l in o['lines'] if not l.get('_no_price')]
            line = rng.choice(good)
            line['quantity'] = max(1, line['quantity'] + rng.choice([-1, 1, 2]))
        else:
            o['note'] = rng.choice(['Updated by staff', '地址已更新', 'Customer called at %d' % now])
            o['tags'] = rng.choice(TAGS)

    def add_orders(self, n):
        """Create n new orders (created_at = updated_at = clock); returns their ids."""
        return self.add_late(n, 0)

    def add_late(self, n, age):
        """Create n orders written late: created_at = updated_at = clock - age
        seconds; returns their ids."""
        with self.lock:
            when = int(self.clock()) - int(age)
            new = [self._make_order(self._mrng, when, when, fresh=True) for _ in range(n)]
            self.orders.extend(new)
            return [o['id'] for o in new]

    def mutate_late(self, ids, age):
        """Change the orders `ids` with updated_at = clock - age seconds (written
        late; may move updated_at back); returns their ids."""
        return common.write_late(self, self.orders, 'id', 'updated', ids, age)

    # ---- request handling ------------------------------------------------------------------------

    def route(self, req):
        m = PATH_RE.match(req.path)
        if not m or m.group(1) not in self.versions:
            return json_response(404, {'errors': 'Not Found'})
        return self._count if m.group(2) else self._orders

    def authenticate(self, req):
        if req.headers.get('X-Shopify-Access-Token') != self.token or not self.token:
            return json_response(401, {'errors': MSG_401})
        if self.revoked:
            return json_response(403, {'errors': MSG_403})
        if self.shop_state == 'frozen':
            return json_response(402, {'errors': 'Unavailable Shop'})
        if self.shop_state == 'locked':
            return json_response(423, {'errors': 'This shop is unavailable'})
        req.extra_headers.append(('X-Shopify-API-Version', PATH_RE.match(req.path).group(1)))
        req.extra_headers.append(('X-Request-Id', os.urandom(16).hex()))
        return None

    def bucket_level(self, token=None):
        """Current fill of the token's bucket (after leaking)."""
        now = time.monotonic()
        with self._bucket_lock:
            level, last = self._buckets.get(token or self.token, (0.0, now))
            return max(0.0, level - (now - last) * self.leak_rate)

    def admit(self, req):
        if not self.rate_limit:
            return None
        token = req.headers.get('X-Shopify-Access-Token')
        now = time.monotonic()
        with self._bucket_lock:
            level, last = self._buckets.get(token, (0.0, now))
            level = max(0.0, level - (now - last) * self.leak_rate)
            throttled = level + 1 > self.bucket_size + 1e-9
            if not throttled:
                level += 1
            self._buckets[token] = (level, now)
        used = self.bucket_size if throttled else min(self.bucket_size, int(math.ceil(level - 1e-9)))
        self.stats.bucket(level)
        req.extra_headers.append(('X-Shopify-Shop-Api-Call-Limit', '%d/%d' % (used, self.bucket_size)))
        if throttled:
            return json_response(429, {'errors': MSG_429}, [('Retry-After', '2.0')])
        return None

    def error_500(self, req):
        return json_response(500, {'errors': 'Internal Server Error'})

    def _orders(self, req):
        if req.method != 'GET':
            return json_response(403, {'errors': '[API] This action requires merchant approval for '
                                                 'write_orders scope.'})
        version = PATH_RE.match(req.path).group(1)
        try:
            limit = self._limit(req)
            fields = [f.strip() for f in (req.param('fields') or '').split(',') if f.strip()]
            if req.has('page_info'):
                for name in req.names():
                    if name not in ('limit', 'fields', 'page_info'):
                        raise ParamError('page_info', '%s cannot be passed when page_info is present.' % name)
                if len([1 for k, _ in req.params if k == 'page_info']) > 1:
                    raise ParamError('page_info', 'page_info cannot be passed more than once.')
                cur = self._decode(req.param('page_info'))
                filt, order, direction, key = cur['f'], cur['o'], cur['d'], cur['k']
            else:
                filt = self._filters(req)
                order = self._order(req)
                direction, key = 'next', None
        except ParamError as e:
            return json_response(400, {'errors': {e.param: [e.message]}})
        with self.lock:
            page, has_prev, has_next = self._page(filt, order, direction, key, limit)
            body = [self.render(o) for o in page]
            first = self._key(page[0], order) if page else None
            last = self._key(page[-1], order) if page else None
        if fields:
            body = [{k: v for k, v in o.items() if k in fields} for o in body]
        links = []
        base = 'http://%s/admin/api/%s/orders.json?limit=%d' % (req.host, version, limit)
        if fields:
            base += '&fields=' + ','.join(fields)
        if has_prev and first is not None:
            links.append('<%s&page_info=%s>; rel="previous"' % (base, self._encode(filt, order, 'prev', first)))
        if has_next and last is not None:
            links.append('<%s&page_info=%s>; rel="next"' % (base, self._encode(filt, order, 'next', last)))
        headers = [('Link', ', '.join(links))] if links else []
        return Response(200, common.json_body({'orders': body}), headers)

    def _count(self, req):
        if req.method != 'GET':
            return json_response(404, {'errors': 'Not Found'})
        try:
            filt = self._filters(req)
        except ParamError as e:
            return json_response(400, {'errors': {e.param: [e.message]}})
        min_created = None if self.read_all_orders else self.clock() - SIXTY_DAYS
        with self.lock:
            n = sum(1 for o in self.orders if self._match(o, filt, min_created))
        return Response(200, common.json_body({'count': n}), [])

    @staticmethod
    def _limit(req):
        raw = req.param('limit')
        if raw is None:
            return 50
        if not re.fullmatch(r'\d{1,9}', raw):
            raise ParamError('limit', 'must be an integer')
        v = int(raw)
        if v < 1:
            raise ParamError('limit', 'must be greater than or equal to 1')
        if v > 250:
            raise ParamError('limit', 'must be less than or equal to 250')
        return v

    def _filters(self, req):
        f = {}
        for p in DATE_PARAMS:
            raw = req.param(p)
            if raw is None or raw == '':
                continue
            try:
                dt, _ = common.parse_iso(raw, self.tz)
            except ValueError:
                raise ParamError(p, 'is invalid')
            f[p] = dt.timestamp()
        status = req.param('status', 'open') or 'open'
        if status not in STATUS_FILTER:
            raise ParamError('status', 'is not included in the list')
        f['status'] = status
        for p, allowed in (('financial_status', FINANCIAL_FILTER), ('fulfillment_status', FULFILLMENT_FILTER)):
            v = req.param(p)
            if v:
                if v not in allowed:
                    raise ParamError(p, 'is not included in the list')
                f[p] = v
        v = req.param('since_id')
        if v:
            if not re.fullmatch(r'\d{1,19}', v):
                raise ParamError('since_id', 'is invalid')
            f['since_id'] = int(v)
        v = req.param('ids')
        if v:
            try:
                f['ids'] = sorted({int(x) for x in v.split(',') if x.strip()})
            except ValueError:
                raise ParamError('ids', 'is invalid')
        return f

    @staticmethod
    def _order(req):
        raw = (req.param('order') or '').strip()
        if not raw:
            return ['id', 'asc']
        parts = raw.split()
        if len(parts) > 2 or parts[0] not in ORDER_FIELDS or (len(parts) == 2 and parts[1].lower() not in
                                                              ('asc', 'desc')):
            raise ParamError('order', 'is invalid')
        return [parts[0], parts[1].lower() if len(parts) == 2 else 'asc']

    @staticmethod
    def _key(o, order):
        col = ORDER_FIELDS[order[0]]
        return [o[col] if col else o['id'], o['id']]

    def _match(self, o, f, min_created):
        if f['status'] == 'open' and (o['closed'] is not None or o['cancelled'] is not None):
            return False
        if f['status'] == 'closed' and o['closed'] is None:
            return False
        if f['status'] == 'cancelled' and o['cancelled'] is None:
            return False
        for p in DATE_PARAMS:
            if p in f:
                v = o[p.split('_')[0]]
                if p.endswith('_min') and v < f[p]:
                    return False
                if p.endswith('_max') and v > f[p]:
                    return False
        if 'since_id' in f and o['id'] <= f['since_id']:
            return False
        if 'ids' in f and o['id'] not in f['ids']:
            return False
        fs = f.get('financial_status')
        if fs and fs != 'any':
            if fs == 'unpaid':
                if o['financial_status'] not in ('pending', 'authorized', 'partially_paid'):
                    return False
            elif o['financial_status'] != fs:
                return False
        ff = f.get('fulfillment_status')
        if ff and ff != 'any':
            st = o['fulfillment_status']
            if ff == 'shipped' and st != 'fulfilled':
                return False
            if ff == 'partial' and st != 'partial':
                return False
            if ff == 'unshipped' and st is not None:
                return False
            if ff == 'unfulfilled' and st not in (None, 'partial'):
                return False
        if min_created is not None and o['created'] < min_created:
            return False
        return True

    def _page(self, f, order, direction, key, limit):
        min_created = None if self.read_all_orders else self.clock() - SIXTY_DAYS
        rows = [o for o in self.orders if self._match(o, f, min_created)]
        desc = order[1] == 'desc'
        rows.sort(key=lambda o: self._key(o, order), reverse=desc)
        keys = [self._key(o, order) for o in rows]

        def after(k):  # strictly after k in the requested order
            return (k > key) if not desc else (k < key)

        if key is None:
            page = rows[:limit]
            return page, False, len(rows) > limit
        if direction == 'next':
            idx = [i for i, k in enumerate(keys) if after(k)]
            start = idx[0] if idx else len(rows)
            page = rows[start:start + limit]
            return page, start > 0, start + limit < len(rows)
        before = [i for i, k in enumerate(keys) if k != key and not after(k)]
        end = before[-1] + 1 if before else 0
        start = max(0, end - limit)
        return rows[start:end], start > 0, end < len(rows)

    # ---- page_info -----------------------------------------------------------------------------------

    def _encode(self, filt, order, direction, key):
        payload = json.dumps({'f': filt, 'o': order, 'd': direction, 'k': key}, separators=(',', ':'),
                             sort_keys=True).encode()
        tag = hmac.new(self._secret, payload, hashlib.sha256).digest()[:16]
        return base64.urlsafe_b64encode(tag + payload).decode().rstrip('=')

    def _decode(self, text):
        try:
            raw = base64.urlsafe_b64decode(text + '=' * (-len(text) % 4))
            tag, payload = raw[:16], raw[16:]
            good = hmac.new(self._secret, payload, hashlib.sha256).digest()[:16]
            if len(tag) != 16 or not hmac.compare_digest(tag, good):
                raise ValueError('bad tag')
            cur = json.loads(payload)
            if cur['d'] not in ('next', 'prev') or cur['o'][0] not in ORDER_FIELDS:
                raise ValueError('bad cursor')
            return cur
        except (ValueError, KeyError, TypeError, IndexError):
            raise ParamError('page_info', 'Invalid value.')


def main(argv=None):
    p = common.make_parser('Fake Shopify Admin REST API (orders.json) on a loopback address.')
    common.common_arguments(p)
    p.add_argument('--token', default='shpat_fake_token')
    p.add_argument('--tz', default='-05:00', help='shop time zone: +08:00, -05:00 or an IANA name')
    p.add_argument('--versions', default=','.join(DEFAULT_VERSIONS))
    p.add_argument('--currency', default='USD')
    p.add_argument('--bucket-size', type=int, default=40)
    p.add_argument('--leak-rate', type=float, default=2.0)
    p.add_argument('--no-rate-limit', action='store_true')
    p.add_argument('--revoked', action='store_true', help='answer 403 to every authenticated request')
    args = p.parse_args(argv)
    fake = ShopifyFake(token=args.token, tz=args.tz, versions=args.versions.split(','), currency=args.currency,
                       bucket_size=args.bucket_size, leak_rate=args.leak_rate, rate_limit=not args.no_rate_limit,
                       revoked=args.revoked, **common.common_kwargs(args))
    return common.serve_forever(fake, args.stats_on_exit)


if __name__ == '__main__':
    sys.exit(main())
