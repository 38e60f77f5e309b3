// orderweb's pages in Debian's headless chromium, driven by puppeteer-core
// (run by tests/integration/test_web_browser.py, which sets up the data
// and checks what this reports).
//
//   node console.js BASE_URL USER PASSWORD SHOT_DIR
//
// It acts as a clerk would: signs in, reads the queue, opens an order,
// approves it, rejects another, retries a dead letter, searches, waits
// for a new held order to arrive by server-sent events (it prints
// "SSE-READY" and waits for a line on stdin while the test adds one),
// switches the language, and runs axe-core on every page. It prints one
// line "RESULT <json>" with what it saw; the Python test asserts on it.
'use strict';

const fs = require('fs');
const path = require('path');
const readline = require('readline');
const puppeteer = require('puppeteer-core');

const [base, user, password, shots] = process.argv.slice(2);
const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const seen = { axe: {}, console_errors: [] };
const stdin = readline.createInterface({ input: process.stdin });
const lines = stdin[Symbol.asyncIterator]();

async function ready(page, view) {
  await page.waitForSelector('body[data-ready="' + view + '"]');
}

async function go(page, hash, view) {
  await page.evaluate(() => delete document.body.dataset.ready);
  await page.evaluate((h) => { window.location.hash = h; }, hash);
  await ready(page, view);
}

async function texts(page, selector) {
  return page.$$eval(selector, (els) => els.map((e) => e.textContent.trim()));
}

async function queueIds(page) {
  return texts(page, '#queue tbody tr td:nth-child(2)');
}

// axe-core's WCAG 2 A and AA rules (labels, contrast, names, keyboard
// basics) on the page as it is now.
async function axe(page, name) {
  await page.evaluate(axeSource);
  const r = await page.evaluate(() => window.axe.run(document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
  }));
  seen.axe[name] = r.violations.map((v) => ({
    id: v.id,
    help: v.help,
    nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 5),
  }));
}

async function shot(page, name, fullPage) {
  if (shots) await page.screenshot({ path: path.join(shots, name), type: 'png', fullPage: !!fullPage });
}

async function main() {
  const browser = await puppeteer.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--headless', '--disable-gpu', '--font-render-hinting=none'],
  });
  try {
    const page = await browser.newPage();
    await page.setViewport({ width: 1280, height: 800 });
    // A Chinese browser: Accept-Language and navigator.languages say zh-CN.
    const cdp = await page.createCDPSession();
    await cdp.send('Network.setUserAgentOverride', {
      userAgent: await browser.userAgent(), acceptLanguage: 'zh-CN,zh;q=0.9',
    });
    await cdp.send('Emulation.setLocaleOverride', { locale: 'zh-CN' });
    await cdp.send('Emulation.setTimezoneOverride', { timezoneId: 'Asia/Shanghai' });
    page.setDefaultTimeout(20000);
    page.on('pageerror', (e) => seen.console_errors.push(String(e.message)));
    // (answers such as the refused login's 401 show as "Failed to load
    // resource": those are the test's own doing)
    page.on('console', (m) => {
      if (m.type() === 'error' && !m.text().startsWith('Failed to load resource'))
        seen.console_errors.push(m.text());
    });
    page.on('response', (r) => {
      if (r.status() === 404) seen.console_errors.push('404 ' + r.url());
    });

    // Signed out: the console sends us to the login page, in Chinese.
    await page.goto(base + '/');
    seen.login_url = new URL(page.url()).pathname;
    seen.login_heading = (await texts(page, 'h1'))[0];
    await axe(page, 'login');
    await page.type('#user', user);
    await page.type('#password', 'not-the-password');
    await page.click('button[type=submit]');
    await page.waitForFunction(() => document.getElementById('status').textContent !== '');
    seen.login_refused = (await texts(page, '#status'))[0];
    await page.type('#password', password);
    await Promise.all([page.waitForNavigation(), page.click('button[type=submit]')]);
    await ready(page, 'queue');

    // The queue, urgent first, with the count in the tab title.
    seen.lang = await page.evaluate(() => document.documentElement.lang);
    seen.title = await page.title();
    seen.queue = await queueIds(page);
    seen.queue_urgent = await page.$$eval('#queue tbody tr',
      (rows) => rows.map((r) => r.classList.contains('is-urgent')));
    seen.nav = await texts(page, 'nav a');
    await axe(page, 'queue');
    await shot(page, 'console-queue.png');

    // Filters: by rule.
    await page.select('#f-rule', 'known');
    seen.queue_rule_known = await queueIds(page);
    await page.select('#f-rule', '');

    // Open the first order with the keyboard and read it.
    const first = seen.queue[0];
    await page.focus('#queue tbody tr:first-child td:nth-child(2) a');
    await page.keyboard.press('Enter');
    await ready(page, 'order');
    seen.order_heading = (await texts(page, '#h-order'))[0];
    seen.order_reasons = await texts(page, '#order-reasons > li');
    seen.order_evidence = await texts(page, '#order-reasons dt');
    seen.order_lines = await texts(page, '#order-lines tbody td');
    seen.order_customer = await texts(page, '#order-customer dd');
    seen.order_ship = await texts(page, '#order-ship dd');
    seen.order_events = await page.$$eval('#order-events tbody tr',
      (rows) => rows.map((r) => [...r.cells].map((c) => c.textContent)));
    seen.order_raw = (await texts(page, '#order-raw'))[0];
    await axe(page, 'order');
    await shot(page, 'console-order.png', true);

    // Approve it: it leaves the queue.
    await page.type('#approve-note', '客户电话确认');
    await page.evaluate(() => delete document.body.dataset.ready);
    await page.click('#approve');
    await ready(page, 'queue');
    seen.approve_status = (await texts(page, '#status'))[0];
    seen.queue_after_approve = await queueIds(page);
    seen.title_after_approve = await page.title();

    // Reject the order named by the test's REJECT line: a reason is needed.
    const rejectId = await page.$$eval('#queue tbody tr', (rows, x) => {
      const r = rows.find((tr) => tr.cells[1].textContent === x);
      return r ? r.dataset.id : null;
    }, process.env.REJECT);
    await go(page, '#/order/' + rejectId, 'order');
    await page.click('#reject');
    seen.reject_without_reason = (await texts(page, '#status'))[0];
    await page.type('#reject-reason', '缺货，客户同意取消');
    await page.evaluate(() => delete document.body.dataset.ready);
    await page.click('#reject');
    await ready(page, 'queue');
    seen.reject_status = (await texts(page, '#status'))[0];
    seen.queue_after_reject = await queueIds(page);

    // Bulk approval of the selected orders.
    const bulk = process.env.BULK ? process.env.BULK.split(',') : [];
    for (const x of bulk) {
      await page.$$eval('#queue tbody tr', (rows, ext) => {
        const r = rows.find((tr) => tr.cells[1].textContent === ext);
        r.querySelector('input.pick').click();
      }, x);
    }
    if (bulk.length) {
      await page.click('#bulk-approve');
      await page.waitForFunction(() => /批准/.test(document.getElementById('status').textContent) &&
        !/批准所选/.test(document.getElementById('status').textContent));
      seen.bulk_status = (await texts(page, '#status'))[0];
      seen.queue_after_bulk = await queueIds(page);
    }

    // Dead letters: the raw bytes decoded, retry.
    await go(page, '#/dead', 'dead');
    seen.dead = await texts(page, '#dead tbody tr td:nth-child(3)');
    await page.click('#dead tbody tr:first-child button');
    await page.waitForSelector('#dead-detail:not([hidden])');
    seen.dead_raw = (await texts(page, '#dead-raw'))[0];
    await axe(page, 'dead');
    await page.click('#dead-retry');
    await page.waitForFunction(() => /重试/.test(document.getElementById('status').textContent));
    seen.retry_status = (await texts(page, '#status'))[0];
    seen.dead_after_retry = await texts(page, '#dead tbody tr td:nth-child(3)');

    // Channels.
    await go(page, '#/channels', 'channels');
    seen.channels = await page.$$eval('#channels tbody tr',
      (rows) => rows.map((r) => [...r.cells].map((c) => c.textContent)));
    await axe(page, 'channels');

    // Search by phone.
    await go(page, '#/search', 'search');
    await page.type('#q', process.env.SEARCH || '');
    await page.evaluate(() => delete document.body.dataset.ready);
    await page.keyboard.press('Enter');
    await ready(page, 'search');
    seen.search = await texts(page, '#results tbody tr td:first-child');
    await axe(page, 'search');

    // A new held order arrives while the queue is open: no reload.
    await go(page, '#/queue', 'queue');
    await page.evaluate(() => { window.notReloaded = true; });
    seen.queue_before_sse = await queueIds(page);
    process.stdout.write('SSE-READY\n');
    await lines.next(); // the test has added a held order
    await page.waitForFunction((n) => document.querySelectorAll('#queue tbody tr').length > n,
      {}, seen.queue_before_sse.length);
    seen.queue_after_sse = await queueIds(page);
    seen.not_reloaded = await page.evaluate(() => window.notReloaded === true);
    seen.sse_customers = await texts(page, '#queue tbody tr td:nth-child(5)');
    seen.sse_elements_from_data = (await page.$$('#queue tbody b')).length;
    seen.title_after_sse = await page.title();

    // English, remembered across a reload.
    await page.select('#lang', 'en');
    await ready(page, 'queue');
    seen.en_heading = (await texts(page, '#h-queue'))[0];
    await page.reload();
    await ready(page, 'queue');
    seen.en_after_reload = (await texts(page, '#h-queue'))[0];
    seen.en_lang = await page.evaluate(() => document.documentElement.lang);
    await axe(page, 'queue_en');
  } finally {
    await browser.close();
  }
}

main().then(() => {
  process.stdout.write('RESULT ' + JSON.stringify(seen) + '\n');
  process.exit(0);
}, (e) => {
  process.stdout.write('RESULT ' + JSON.stringify(seen) + '\n');
  process.stderr.write(String(e && e.stack ? e.stack : e) + '\n');
  process.exit(1);
});
