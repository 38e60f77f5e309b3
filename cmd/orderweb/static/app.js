// The console: one page with five views chosen by the location's hash
// (#/queue, #/order/ID, #/dead, #/channels, #/search?q=TEXT). It reads
// the JSON API and acts through it. Every value from the data is put in
// with textContent (never as HTML); every change sends the session's
// CSRF token in X-CSRF-Token. New held orders arrive as server-sent
// events (GET /api/events) and refresh the queue.
'use strict';

const state = {
  session: null,
  queue: [],
  view: '',
  order: null,
  dead: null, // the dead letter shown
};

function $(id) {
  return document.getElementById(id);
}

async function api(method, path, body) {
  const opts = { method, headers: {}, credentials: 'same-origin' };
  if (method !== 'GET') {
    opts.headers['X-CSRF-Token'] = state.session ? state.session.csrf : '';
    opts.headers['Content-Type'] = 'application/json';
    opts.body = JSON.stringify(body || {});
  }
  const r = await fetch(path, opts);
  if (r.status === 401) {
    window.location = '/login';
    throw new Error('signed out');
  }
  const j = await r.json();
  if (!r.ok) throw new Error(j.error || r.statusText);
  return j;
}

function say(text) {
  $('status').textContent = text;
}

// An element with text (a value from the data goes in as text only).
function el(tag, text, cls) {
  const e = document.createElement(tag);
  if (text != null) e.textContent = String(text);
  if (cls) e.className = cls;
  return e;
}

function link(href, text) {
  const a = el('a', text);
  a.href = href;
  return a;
}

function button(key, onclick, cls) {
  const b = el('button', t(key), cls);
  b.type = 'button';
  b.addEventListener('click', onclick);
  return b;
}

function row(tbody, cells) {
  const tr = document.createElement('tr');
  for (const c of cells) {
    const td = document.createElement('td');
    if (c instanceof Node) td.appendChild(c);
    else td.textContent = c == null ? '' : String(c);
    tr.appendChild(td);
  }
  tbody.appendChild(tr);
  return tr;
}

function when(s) {
  if (!s) return '';
  const d = new Date(s);
  if (Number.isNaN(d.getTime())) return s;
  return d.toLocaleString(LANG === 'zh' ? 'zh-CN' : 'en-GB', { hour12: false });
}

function ago(s) {
  if (!s) return '';
  const secs = Math.max(0, Math.round((Date.now() - new Date(s).getTime()) / 1000));
  if (secs < 60) return t('seconds', secs);
  if (secs < 3600) return t('minutes', Math.floor(secs / 60));
  if (secs < 86400) return t('hours', Math.floor(secs / 3600));
  return t('days', Math.floor(secs / 86400));
}

// A JSON value as a definition list (evidence, customer, ship-to).
function facts(dl, pairs) {
  dl.replaceChildren();
  for (const [k, v] of pairs) {
    if (v == null || v === '') continue;
    dl.appendChild(el('dt', k));
    dl.appendChild(el('dd', typeof v === 'object' ? JSON.stringify(v) : v));
  }
}

function priority(o) {
  const urgent = o.priority === 'urgent';
  return el('span', t(urgent ? 'urgent' : 'normal'), urgent ? 'badge urgent' : 'badge');
}

function outcome(o) {
  const v = o.audit && o.audit.outcome;
  return v && WORDS[LANG]['outcome_' + v] ? t('outcome_' + v) : v;
}

function reasonRules(o) {
  return ((o.audit && o.audit.reasons) || []).map((x) => x.rule);
}

function canAct() {
  return state.session && state.session.role !== 'viewer';
}

// ---- the queue -------------------------------------------------------------

function setTitle(view) {
  document.title = '(' + state.queue.length + ') ' + view + ' · orderweb';
  $('held-count').textContent = '(' + state.queue.length + ')';
}

function fillSelect(sel, values) {
  const keep = sel.value;
  while (sel.options.length > 1) sel.remove(1);
  for (const v of values) {
    const o = el('option', v);
    o.value = v;
    sel.appendChild(o);
  }
  sel.value = values.includes(keep) ? keep : '';
}

async function loadQueue() {
  state.queue = await api('GET', '/api/review');
  fillSelect($('f-channel'), [...new Set(state.queue.map((o) => o.channel))].sort());
  fillSelect($('f-rule'), [...new Set(state.queue.flatMap(reasonRules))].sort());
}

function filtered() {
  const ch = $('f-channel').value;
  const rule = $('f-rule').value;
  const age = Number($('f-age').value) * 1000;
  const now = Date.now();
  return state.queue.filter((o) => (!ch || o.channel === ch) &&
    (!rule || reasonRules(o).includes(rule)) &&
    (!age || (o.placed_at && now - new Date(o.placed_at).getTime() >= age)));
}

function drawQueue() {
  const tbody = $('queue').querySelector('tbody');
  const shown = filtered();
  // a redraw (a new held order arrived) keeps what the clerk ticked
  const ticked = new Set([...tbody.querySelectorAll('.pick:checked')].map((b) => b.value));
  tbody.replaceChildren();
  $('select-all').checked = false;
  for (const o of shown) {
    const box = el('input');
    box.type = 'checkbox';
    box.className = 'pick';
    box.value = String(o.id);
    box.checked = ticked.has(box.value);
    box.setAttribute('aria-label', t('select_order', o.external_id));
    const reasons = el('ul', null, 'plain');
    for (const r of (o.audit && o.audit.reasons) || []) reasons.appendChild(el('li', r.message || r.rule));
    const cells = [link('#/order/' + o.id, o.external_id), o.channel, priority(o),
      o.customer && o.customer.name, o.total + ' ' + (o.currency || ''), when(o.placed_at), reasons];
    const tr = row(tbody, canAct() ? [box, ...cells] : cells);
    tr.dataset.id = String(o.id);
    if (o.priority === 'urgent') tr.classList.add('is-urgent');
  }
  $('queue-empty').hidden = state.queue.length !== 0;
  $('queue-shown').textContent = t('shown', shown.length, state.queue.length);
  setTitle(t('queue_title'));
}

async function bulkApprove() {
  const ids = [...document.querySelectorAll('#queue .pick:checked')].map((b) => b.value);
  if (!ids.length) {
    say(t('none_selected'));
    return;
  }
  let ok = 0;
  const failed = [];
  for (const id of ids) {
    try {
      await api('POST', '/api/orders/' + id + '/approve', { note: '' });
      ok++;
    } catch (e) {
      const o = state.queue.find((x) => String(x.id) === id);
      failed.push((o ? o.external_id : id) + ' (' + e.message + ')');
    }
  }
  await loadQueue();
  drawQueue();
  say(t('approved_n', ok) + (failed.length ? '; ' + t('failed_n', failed.length, failed.join(', ')) : ''));
}

// ---- one order -------------------------------------------------------------

function prettyRaw(text) {
  try {
    return JSON.stringify(JSON.parse(text), null, 2);
  } catch (e) {
    return text;
  }
}

async function showOrder(id) {
  const o = await api('GET', '/api/orders/' + id);
  state.order = o;
  $('h-order').textContent = t('order_title', o.channel + ' / ' + o.external_id);
  facts($('order-facts'), [[t('outcome'), outcome(o)], [t('status'), o.status],
    [t('col_priority'), t(o.priority === 'urgent' ? 'urgent' : 'normal')],
    [t('total'), o.total + ' ' + (o.currency || '')], [t('placed'), when(o.placed_at)],
    [t('buyer_note'), o.buyer_note]]);
  const reasons = $('order-reasons');
  reasons.replaceChildren();
  for (const r of (o.audit && o.audit.reasons) || []) {
    const li = el('li');
    li.appendChild(el('span', r.rule, 'rule'));
    li.appendChild(el('span', ' ' + (r.message || '')));
    if (r.evidence && typeof r.evidence === 'object') {
      const dl = el('dl', null, 'evidence');
      dl.setAttribute('aria-label', t('evidence'));
      facts(dl, Object.entries(r.evidence));
      li.appendChild(dl);
    }
    reasons.appendChild(li);
  }
  const lines = $('order-lines').querySelector('tbody');
  lines.replaceChildren();
  for (const l of o.lines || [])
    row(lines, [l.line_no, l.sku || l.channel_sku, l.title, l.qty, l.unit_price, l.total]);
  const c = o.customer || {};
  facts($('order-customer'), [[t('name'), c.name], [t('phone'), c.phone], [t('email'), c.email]]);
  const s = o.ship_to || {};
  facts($('order-ship'), [[t('name'), s.name], [t('phone'), s.phone],
    [t('address'), [s.country, s.province, s.city, s.district, s.address, s.postal_code]
      .filter((x) => x).join(' ')]]);
  const ev = $('order-events').querySelector('tbody');
  ev.replaceChildren();
  for (const e of o.events || [])
    row(ev, [when(e.at), e.kind, e.actor, [e.from, e.to].filter((x) => x).join(' → '), e.detail]);
  $('order-raw').textContent = o.raw_text == null ? t('no_raw') : prettyRaw(o.raw_text);
  const open = o.audit && (o.audit.outcome === 'held' || o.audit.outcome === 'pending');
  $('order-actions').hidden = !canAct() || !open;
  $('approve-note').value = '';
  $('reject-reason').value = '';
  setTitle(t('order_title', o.external_id));
}

async function decide(what) {
  const o = state.order;
  const body = {};
  if (what === 'reject') {
    body.reason = $('reject-reason').value.trim();
    if (!body.reason) {
      say(t('need_reason'));
      $('reject-reason').focus();
      return;
    }
  } else {
    body.note = $('approve-note').value.trim();
  }
  try {
    await api('POST', '/api/orders/' + o.id + '/' + what, body);
  } catch (e) {
    say(e.message);
    return;
  }
  window.location.hash = '#/queue';
  say(t(what === 'approve' ? 'approved' : 'rejected', o.external_id));
}

// ---- dead letters ----------------------------------------------------------

async function showDead() {
  const list = await api('GET', '/api/deadletters');
  const tbody = $('dead').querySelector('tbody');
  tbody.replaceChildren();
  for (const d of list) {
    const b = button('show', () => showDeadOne(d.id));
    b.setAttribute('aria-label', t('show') + ' ' + t('dead_one', d.id));
    row(tbody, [d.id, d.channel, d.source_ref, d.external_id, d.reason, when(d.first_seen), b]);
  }
  $('dead-empty').hidden = list.length !== 0;
  if (!state.dead || !list.some((d) => d.id === state.dead.id)) {
    state.dead = null;
    $('dead-detail').hidden = true;
  }
  setTitle(t('dead_title'));
}

async function showDeadOne(id) {
  const d = await api('GET', '/api/deadletters/' + id);
  state.dead = d;
  $('h-dead-one').textContent = t('dead_one', d.id) + ' · ' + d.channel + ' · ' + d.source_ref;
  $('dead-reason-text').textContent = d.reason;
  $('dead-raw').textContent = d.raw_text == null ? '' : d.raw_text;
  $('dead-reason').value = '';
  $('dead-detail').hidden = false;
  $('h-dead-one').scrollIntoView();
}

async function deadAction(what) {
  const d = state.dead;
  const body = {};
  if (what === 'discard') {
    body.reason = $('dead-reason').value.trim();
    if (!body.reason) {
      say(t('need_reason'));
      $('dead-reason').focus();
      return;
    }
  }
  let done;
  try {
    await api('POST', '/api/deadletters/' + d.id + '/' + what, body);
    done = t(what === 'retry' ? 'retried' : 'discarded', d.id);
  } catch (e) {
    done = e.message;
  }
  // the list first, then the word: what the status says is on the page
  await loadQueue();
  await showDead();
  say(done);
}

// ---- channels --------------------------------------------------------------

async function showChannels() {
  const list = await api('GET', '/api/channels');
  const tbody = $('channels').querySelector('tbody');
  tbody.replaceChildren();
  for (const c of list) {
    const st = el('span', c.state, 'state state-' + String(c.state).replace(/[^a-z_]/g, ''));
    row(tbody, [c.name, st, when(c.last_poll_at), ago(c.last_success_at), c.backlog, c.failures,
      c.open_dead_letters, c.last_error]);
  }
  setTitle(t('channels_title'));
}

// ---- search ----------------------------------------------------------------

async function showSearch(q) {
  $('q').value = q;
  const table = $('results');
  const tbody = table.querySelector('tbody');
  tbody.replaceChildren();
  table.hidden = true;
  $('results-none').hidden = true;
  setTitle(t('search_title'));
  if (!q) return;
  const found = await api('GET', '/api/search?q=' + encodeURIComponent(q));
  for (const o of found)
    row(tbody, [link('#/order/' + o.id, o.external_id), o.channel, o.status,
      outcome(o), o.customer && o.customer.name,
      o.customer && o.customer.phone, when(o.placed_at)]);
  table.hidden = found.length === 0;
  $('results-none').hidden = found.length !== 0;
}

// ---- routing ---------------------------------------------------------------

const VIEWS = ['queue', 'order', 'dead', 'channels', 'search'];

async function route() {
  const hash = window.location.hash || '#/queue';
  const m = hash.match(/^#\/(queue|order|dead|channels|search)(?:\/(\d+))?(?:\?q=(.*))?$/);
  const view = m ? m[1] : 'queue';
  for (const v of VIEWS) $('v-' + v).hidden = v !== view;
  for (const a of document.querySelectorAll('nav a')) a.removeAttribute('aria-current');
  const nav = $('nav-' + (view === 'order' ? 'queue' : view));
  if (nav) nav.setAttribute('aria-current', 'page');
  if (view !== state.view) $('main').focus({ preventScroll: true });
  state.view = view;
  try {
    await loadQueue();
    if (view === 'queue') drawQueue();
    else if (view === 'order' && m[2]) await showOrder(m[2]);
    else if (view === 'dead') await showDead();
    else if (view === 'channels') await showChannels();
    else if (view === 'search') await showSearch(m && m[3] ? decodeURIComponent(m[3]) : '');
  } catch (e) {
    say(e.message);
  }
  document.body.dataset.ready = view; // for the browser tests
}

// New held orders: the server sends an event per notification; the queue
// is read again (the page is not reloaded).
function listen() {
  if (!window.EventSource) return;
  const es = new EventSource('/api/events');
  es.addEventListener('review', async () => {
    try {
      await loadQueue();
      if (state.view === 'queue') drawQueue();
      else setTitle(document.title.replace(/^\(\d+\) /, '').replace(/ · orderweb$/, ''));
      say(t('new_orders'));
    } catch (e) {
      say(e.message);
    }
  });
}

async function start() {
  translate();
  langSwitch(() => route());
  state.session = await api('GET', '/api/session');
  $('who').textContent = state.session.user + ' (' + state.session.role + ')';
  document.body.classList.toggle('viewer', !canAct());
  $('logout').addEventListener('click', async () => {
    await fetch('/logout', { method: 'POST', headers: { 'X-CSRF-Token': state.session.csrf } });
    window.location = '/login';
  });
  for (const id of ['f-channel', 'f-rule', 'f-age']) $(id).addEventListener('change', drawQueue);
  $('filters').addEventListener('submit', (e) => e.preventDefault());
  $('select-all').addEventListener('change', (e) => {
    for (const b of document.querySelectorAll('#queue .pick')) b.checked = e.target.checked;
  });
  $('bulk-approve').addEventListener('click', bulkApprove);
  $('approve').addEventListener('click', () => decide('approve'));
  $('reject').addEventListener('click', () => decide('reject'));
  $('dead-retry').addEventListener('click', () => deadAction('retry'));
  $('dead-discard').addEventListener('click', () => deadAction('discard'));
  $('search-form').addEventListener('submit', (e) => {
    e.preventDefault();
    window.location.hash = '#/search?q=' + encodeURIComponent($('q').value.trim());
  });
  window.addEventListener('hashchange', route);
  await route();
  listen();
}

start().catch((e) => say(e.message));
