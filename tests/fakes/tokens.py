"""Access and refresh tokens of one shop, as a platform issues them, for
the fakes of platforms whose tokens renew themselves (抖店 token.refresh,
TOP taobao.top.auth.token.refresh; docs/douyin.md and docs/taobao.md,
"Tokens").

    book = TokenBook('acc-0', refresh='ref-0', access_ttl=4, refresh_ttl=12)
    book.check('acc-0')          # None, 'unknown' or 'expired'
    book.renew('ref-0')          # -> (access, refresh, access_ttl, refresh_ttl)
                                 #    or raises TokenError('unknown'|'used'|
                                 #    'expired'|'revoked')
    book.revoke()                # the shop withdrew the authorization
    book.revoke(access=False)    # only the refresh tokens stop
    book.grant()                 # the shop authorized again: a new pair
    book.stats                   # refreshes, reused, expired_calls, ...

Rules enforced (each platform's own documented rules are stricter or
looser in details; the fake takes the strict reading, docs/<kind>.md says
where):
  * an access token works until its expiry (issued + access_ttl; None =
    never), also after a newer one was issued;
  * a refresh token works once (single_use=True): presenting it again is
    'used' and counted in stats.reused -- a client that keeps renewed
    pairs right never triggers it; it also stops at its expiry;
  * revoke(): every refresh token and access token stops ('revoked' /
    'unknown'); revoke(access=False) stops the refresh tokens only;
  * grant(): a new authorization: a fresh pair, the revocation lifted
    (the old tokens stay dead).
Lifetimes are seconds of the fake's clock, so a test sets them short (a
few seconds) instead of injecting a clock into orderd."""
import itertools
import threading
import time


class TokenError(Exception):
    def __init__(self, kind):
        super().__init__(kind)
        self.kind = kind


class TokenStats:
    def __init__(self):
        self.refreshes = 0       # pairs issued by renew()
        self.reused = 0          # refresh tokens presented after their use
        self.expired_calls = 0   # calls made with an expired access token
        self.refresh_refused = 0  # renew() refusals of any kind
        self.unknown_calls = 0   # calls with a token never issued (or revoked)


class TokenBook:
    def __init__(self, access, refresh=None, access_ttl=None, refresh_ttl=None, single_use=True,
                 prefix='tok', clock=time.time):
        self.clock = clock
        self.access_ttl = access_ttl
        self.refresh_ttl = refresh_ttl
        self.single_use = single_use
        self.prefix = prefix
        self.lock = threading.Lock()
        self.stats = TokenStats()
        self.revoked = False
        self._n = itertools.count(1)
        now = clock()
        self._access = {access: self._until(now, access_ttl)}
        self._refresh = {}
        if refresh:
            self._refresh[refresh] = {'until': self._until(now, refresh_ttl), 'used': False}
        self.issued = [(access, refresh)]

    @staticmethod
    def _until(now, ttl):
        return None if ttl is None else now + ttl

    def adopt(self, token):
        """Take `token` as issued now when it is not known yet (a test
        that sets the fake's configured token after start)."""
        with self.lock:
            if token and not self.revoked and token not in self._access:
                self._access[token] = self._until(self.clock(), self.access_ttl)

    def check(self, token):
        """None when `token` works now, else 'unknown' or 'expired'."""
        with self.lock:
            if self.revoked or token not in self._access:
                self.stats.unknown_calls += 1
                return 'unknown'
            until = self._access[token]
            if until is not None and self.clock() >= until:
                self.stats.expired_calls += 1
                return 'expired'
            return None

    def renew(self, refresh):
        """A new pair for a working refresh token: (access, refresh,
        access_ttl, refresh_ttl); TokenError otherwise."""
        with self.lock:
            now = self.clock()
            r = self._refresh.get(refresh)
            kind = None
            if self.revoked or (r is not None and r.get('revoked')):
                kind = 'revoked'
            elif r is None:
                kind = 'unknown'
            elif r['used']:
                self.stats.reused += 1
                kind = 'used'
            elif r['until'] is not None and now >= r['until']:
                kind = 'expired'
            if kind:
                self.stats.refresh_refused += 1
                raise TokenError(kind)
            if self.single_use:
                r['used'] = True
            n = next(self._n)
            access = '%s-access-%d-%s' % (self.prefix, n, hex(int(now * 1000))[2:])
            new_refresh = '%s-refresh-%d-%s' % (self.prefix, n, hex(int(now * 1000))[2:])
            self._access[access] = self._until(now, self.access_ttl)
            self._refresh[new_refresh] = {'until': self._until(now, self.refresh_ttl), 'used': False}
            self.stats.refreshes += 1
            self.issued.append((access, new_refresh))
            return access, new_refresh, self.access_ttl, self.refresh_ttl

    def revoke(self, access=True):
        with self.lock:
            if access:
                self.revoked = True
                self._access.clear()
            for r in self._refresh.values():
                r['revoked'] = True

    def grant(self):
        """A new authorization: (access, refresh, access_ttl, refresh_ttl)."""
        with self.lock:
            self.revoked = False
            n = next(self._n)
            now = self.clock()
            access = '%s-access-%d-granted' % (self.prefix, n)
            refresh = '%s-refresh-%d-granted' % (self.prefix, n)
            self._access[access] = self._until(now, self.access_ttl)
            self._refresh[refresh] = {'until': self._until(now, self.refresh_ttl), 'used': False}
            self.issued.append((access, refresh))
            return access, refresh, self.access_ttl, self.refresh_ttl
