// The console's page: reads the JSON API and acts through it. Every value
// is put in with textContent (never as HTML); every change sends the
// session's CSRF token in X-CSRF-Token.
'use strict';
let csrf = '';

async function api(method, path, body) {
  const opts = { method, headers: {}, credentials: 'same-origin' };
  if (method !== 'GET') {
    opts.headers['X-CSRF-Token'] = csrf;
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

function row(table, cells) {
  const tr = document.createElement('tr');
  for (const c of cells) {
    const td = document.createElement('td');
    if (c instanceof Node) td.appendChild(c); else td.textContent = c == null ? '' : String(c);
    tr.appendChild(td);
  }
  document.querySelector('#' + table + ' tbody').appendChild(tr);
}

function say(text) {
  document.getElementById('status').textContent = text;
}

function button(label, onclick) {
  const b = document.createElement('button');
  b.type = 'button';
  b.textContent = label;
  b.addEventListener('click', onclick);
  return b;
}

async function load() {
  const s = await api('GET', '/api/session');
  csrf = s.csrf;
  document.getElementById('who').textContent = s.user + ' (' + s.role + ')';
  for (const t of ['review', 'dead', 'channels'])
    document.querySelector('#' + t + ' tbody').replaceChildren();
  const queue = await api('GET', '/api/review');
  document.title = '(' + queue.length + ') orderweb';
  for (const o of queue) {
    const reasons = ((o.audit && o.audit.reasons) || []).map((x) => x.message || x.rule).join('; ');
    const act = document.createElement('span');
    if (s.role !== 'viewer') {
      act.appendChild(button('批准 Approve', () => decide(o.id, 'approve', { note: '' })));
      act.appendChild(button('拒绝 Reject', () => {
        const reason = window.prompt('拒绝原因 Reason');
        if (reason) decide(o.id, 'reject', { reason });
      }));
    }
    row('review', [o.id, o.channel, o.external_id, o.priority || 'normal', reasons, act]);
  }
  for (const d of await api('GET', '/api/deadletters'))
    row('dead', [d.id, d.channel, d.source_ref, d.reason]);
  for (const c of await api('GET', '/api/channels'))
    row('channels', [c.name, c.state, c.last_poll_at, c.backlog, c.last_error]);
}

async function decide(id, what, body) {
  try {
    await api('POST', '/api/orders/' + id + '/' + what, body);
    say(what + ' ' + id);
    await load();
  } catch (e) {
    say(e.message);
  }
}

document.getElementById('logout').addEventListener('click', async () => {
  await fetch('/logout', { method: 'POST', headers: { 'X-CSRF-Token': csrf } });
  window.location = '/login';
});
load().catch((e) => say(e.message));
