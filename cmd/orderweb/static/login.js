// The login page: its words (i18n.js), and the form posted with fetch so
// a refusal is shown on the page (without JavaScript the form posts as
// it is).
'use strict';

translate();
langSwitch();

document.getElementById('login').addEventListener('submit', async (ev) => {
  ev.preventDefault();
  const form = ev.target;
  const status = document.getElementById('status');
  status.textContent = '';
  let r;
  try {
    r = await fetch('/login', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(new FormData(form)).toString(),
    });
  } catch (e) {
    status.textContent = e.message;
    return;
  }
  if (r.redirected || r.ok) {
    window.location = '/';
    return;
  }
  if (r.status === 401) status.textContent = t('login_failed');
  else if (r.status === 429) status.textContent = t('login_locked');
  else status.textContent = r.status + ' ' + r.statusText;
  document.getElementById('password').value = '';
  document.getElementById('password').focus();
});
