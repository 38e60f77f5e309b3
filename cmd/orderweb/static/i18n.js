// The console's words in Chinese and English. The language is the one
// the clerk chose (remembered in localStorage), else the browser's
// (navigator.languages, which follows Accept-Language): Chinese for any
// zh-*, English otherwise. Elements carry data-t (their text),
// data-t-label (aria-label) or data-t-ph (placeholder) with a key here.
'use strict';

const WORDS = {
  zh: {
    app: '订单审核',
    skip: '跳到正文',
    nav: '页面',
    nav_queue: '待审核',
    nav_dead: '死信',
    nav_channels: '渠道',
    nav_search: '搜索',
    language: '语言',
    signout: '退出',
    signin: '登录',
    user: '用户名',
    password: '密码',
    login_failed: '用户名或密码错误',
    login_locked: '登录失败次数过多，请 15 分钟后再试',
    queue_title: '待审核订单',
    filters: '筛选',
    f_channel: '渠道',
    f_rule: '规则',
    f_age: '下单时间',
    all: '全部',
    age_any: '不限',
    age_1h: '1 小时以前',
    age_1d: '1 天以前',
    age_3d: '3 天以前',
    approve_selected: '批准所选订单',
    select_all: '选择全部订单',
    select_order: '选择订单 {0}',
    shown: '显示 {0} / {1} 个订单',
    queue_empty: '没有待审核的订单。',
    col_order: '订单号',
    col_channel: '渠道',
    col_priority: '优先级',
    col_customer: '客户',
    col_total: '金额',
    col_placed: '下单时间',
    col_reasons: '原因',
    col_action: '操作',
    col_status: '状态',
    col_outcome: '审核结果',
    col_phone: '电话',
    urgent: '加急',
    normal: '普通',
    approve: '批准',
    reject: '拒绝',
    note: '备注（可选）',
    reason: '拒绝原因',
    need_reason: '请填写拒绝原因',
    approved: '已批准订单 {0}',
    rejected: '已拒绝订单 {0}',
    approved_n: '已批准 {0} 个订单',
    failed_n: '{0} 个订单未能批准：{1}',
    none_selected: '请先选择订单',
    back_queue: '返回待审核列表',
    order_title: '订单 {0}',
    reasons: '审核原因',
    evidence: '依据',
    lines: '商品明细',
    line_no: '行',
    sku: 'SKU',
    title: '品名',
    qty: '数量',
    unit_price: '单价',
    customer: '客户',
    ship_to: '收货地址',
    name: '姓名',
    phone: '电话',
    email: '邮箱',
    address: '地址',
    buyer_note: '买家留言',
    timeline: '处理记录',
    at: '时间',
    kind: '事件',
    actor: '操作人',
    change: '变化',
    detail: '详情',
    raw: '原始数据',
    no_raw: '没有保存原始数据。',
    outcome: '审核结果',
    outcome_held: '待审核',
    outcome_pending: '待定',
    outcome_approved: '已批准',
    outcome_rejected: '已拒绝',
    status: '订单状态',
    total: '金额',
    placed: '下单时间',
    dead_title: '死信',
    dead_empty: '没有未处理的死信。',
    col_id: '编号',
    col_source: '来源',
    col_ext: '订单号',
    col_reason: '原因',
    col_first: '首次出现',
    show: '查看',
    dead_one: '死信 {0}',
    retry: '重试',
    discard: '丢弃',
    discard_reason: '丢弃原因',
    retried: '死信 {0} 已重试',
    discarded: '死信 {0} 已丢弃',
    channels_title: '渠道状态',
    col_name: '名称',
    col_state: '状态',
    col_last_poll: '最后轮询',
    col_lag: '延迟',
    col_backlog: '积压',
    col_failures: '失败次数',
    col_open_dead: '未处理死信',
    col_error: '最后错误',
    search_title: '搜索订单',
    search_label: '订单号、电话或姓名',
    search: '搜索',
    search_none: '没有找到订单。',
    loading: '加载中…',
    new_orders: '有新的待审核订单',
    minutes: '{0} 分钟',
    hours: '{0} 小时',
    days: '{0} 天',
    seconds: '{0} 秒',
  },
  en: {
    app: 'Order review',
    skip: 'Skip to content',
    nav: 'Pages',
    nav_queue: 'Queue',
    nav_dead: 'Dead letters',
    nav_channels: 'Channels',
    nav_search: 'Search',
    language: 'Language',
    signout: 'Sign out',
    signin: 'Sign in',
    user: 'User',
    password: 'Password',
    login_failed: 'Wrong user name or password',
    login_locked: 'Too many failed logins: try again in 15 minutes',
    queue_title: 'Held orders',
    filters: 'Filters',
    f_channel: 'Channel',
    f_rule: 'Rule',
    f_age: 'Placed',
    all: 'All',
    age_any: 'Any time',
    age_1h: 'Over 1 hour ago',
    age_1d: 'Over 1 day ago',
    age_3d: 'Over 3 days ago',
    approve_selected: 'Approve selected',
    select_all: 'Select all orders',
    select_order: 'Select order {0}',
    shown: 'Showing {0} of {1} orders',
    queue_empty: 'No orders are waiting for review.',
    col_order: 'Order',
    col_channel: 'Channel',
    col_priority: 'Priority',
    col_customer: 'Customer',
    col_total: 'Total',
    col_placed: 'Placed',
    col_reasons: 'Reasons',
    col_action: 'Action',
    col_status: 'Status',
    col_outcome: 'Outcome',
    col_phone: 'Phone',
    urgent: 'Urgent',
    normal: 'Normal',
    approve: 'Approve',
    reject: 'Reject',
    note: 'Note (optional)',
    reason: 'Reason for rejecting',
    need_reason: 'Give a reason for rejecting',
    approved: 'Approved order {0}',
    rejected: 'Rejected order {0}',
    approved_n: 'Approved {0} orders',
    failed_n: '{0} orders not approved: {1}',
    none_selected: 'Select orders first',
    back_queue: 'Back to the queue',
    order_title: 'Order {0}',
    reasons: 'Audit reasons',
    evidence: 'Evidence',
    lines: 'Lines',
    line_no: 'Line',
    sku: 'SKU',
    title: 'Title',
    qty: 'Qty',
    unit_price: 'Unit price',
    customer: 'Customer',
    ship_to: 'Ship to',
    name: 'Name',
    phone: 'Phone',
    email: 'Email',
    address: 'Address',
    buyer_note: 'Buyer note',
    timeline: 'Timeline',
    at: 'When',
    kind: 'Event',
    actor: 'By',
    change: 'Change',
    detail: 'Detail',
    raw: 'Raw payload',
    no_raw: 'No raw payload was kept.',
    outcome: 'Outcome',
    outcome_held: 'Held',
    outcome_pending: 'Pending',
    outcome_approved: 'Approved',
    outcome_rejected: 'Rejected',
    status: 'Status',
    total: 'Total',
    placed: 'Placed',
    dead_title: 'Dead letters',
    dead_empty: 'No open dead letters.',
    col_id: 'ID',
    col_source: 'Source',
    col_ext: 'Order',
    col_reason: 'Reason',
    col_first: 'First seen',
    show: 'Show',
    dead_one: 'Dead letter {0}',
    retry: 'Retry',
    discard: 'Discard',
    discard_reason: 'Reason for discarding',
    retried: 'Dead letter {0} retried',
    discarded: 'Dead letter {0} discarded',
    channels_title: 'Channels',
    col_name: 'Name',
    col_state: 'State',
    col_last_poll: 'Last poll',
    col_lag: 'Lag',
    col_backlog: 'Backlog',
    col_failures: 'Failures',
    col_open_dead: 'Open dead letters',
    col_error: 'Last error',
    search_title: 'Search orders',
    search_label: 'Order number, phone or name',
    search: 'Search',
    search_none: 'No orders found.',
    loading: 'Loading…',
    new_orders: 'New orders are waiting for review',
    minutes: '{0} min',
    hours: '{0} h',
    days: '{0} d',
    seconds: '{0} s',
  },
};

const LANG_KEY = 'orderweb.lang';

function pickLang() {
  let saved = null;
  try {
    saved = window.localStorage.getItem(LANG_KEY);
  } catch (e) {
    saved = null;
  }
  if (saved && WORDS[saved]) return saved;
  const prefs = navigator.languages && navigator.languages.length ? navigator.languages
    : [navigator.language || 'en'];
  return String(prefs[0]).toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

let LANG = pickLang();

// The word for `key` with {0}, {1}... replaced by the arguments.
function t(key, ...args) {
  const w = WORDS[LANG][key] || WORDS.en[key] || key;
  return w.replace(/\{(\d)\}/g, (m, i) => (args[i] == null ? '' : String(args[i])));
}

// Put the words of the chosen language into the page.
function translate(root) {
  document.documentElement.lang = LANG === 'zh' ? 'zh-CN' : 'en';
  for (const el of (root || document).querySelectorAll('[data-t]')) el.textContent = t(el.dataset.t);
  for (const el of (root || document).querySelectorAll('[data-t-label]'))
    el.setAttribute('aria-label', t(el.dataset.tLabel));
  for (const el of (root || document).querySelectorAll('[data-t-ph]'))
    el.setAttribute('placeholder', t(el.dataset.tPh));
}

function setLang(l) {
  if (!WORDS[l]) return;
  LANG = l;
  try {
    window.localStorage.setItem(LANG_KEY, l);
  } catch (e) {
    // private mode: the choice lasts for this page only
  }
  translate();
}

// The language switch: a <select id="lang">.
function langSwitch(onchange) {
  const sel = document.getElementById('lang');
  if (!sel) return;
  sel.value = LANG;
  sel.addEventListener('change', () => {
    setLang(sel.value);
    if (onchange) onchange();
  });
}
