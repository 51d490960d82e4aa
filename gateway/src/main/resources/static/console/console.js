// The operators' console: a thin face on the admin API (/admin/api/v1) and the metrics (/actuator/prometheus).
// Credentials stay in this page's memory only (a reload logs out) and travel as HTTP Basic on each call; nothing is
// kept in cookies or storage, so another site cannot make the browser act for an operator.
(function () {
  'use strict';
  const API = '/admin/api/v1';
  const WORDS = window.JISR_WORDS;
  let credentials = null;
  let language = 'en';
  let current = 'dashboard';

  const $ = (id) => document.getElementById(id);
  const word = (key) => (WORDS[language] && WORDS[language][key]) || WORDS.en[key] || key;

  function applyLanguage() {
    document.documentElement.lang = language;
    document.documentElement.dir = language === 'ar' ? 'rtl' : 'ltr';
    document.querySelectorAll('[data-i18n]').forEach((el) => { el.textContent = word(el.dataset.i18n); });
    $('language').textContent = language === 'ar' ? 'English' : 'العربية';
    $('language').lang = language === 'ar' ? 'en' : 'ar';
  }

  async function call(method, path, body) {
    const headers = { 'Authorization': 'Basic ' + credentials, 'X-Jisr-Console': '1', 'Accept': 'application/json' };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    const response = await fetch(API + path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    const text = await response.text();
    const data = text ? JSON.parse(text) : null;
    if (!response.ok) {
      const problem = data || {};
      const error = new Error((problem.code || response.status) + ': ' + (problem.detail || problem.title || ''));
      error.status = response.status;
      throw error;
    }
    return data;
  }

  function notice(text, isError) {
    const el = $('notice');
    el.textContent = text || '';
    el.className = isError ? 'notice error' : 'notice';
  }

  function cell(row, value, className) {
    const td = document.createElement('td');
    td.textContent = value === undefined || value === null ? '' : String(value);
    if (className) td.className = className;
    row.appendChild(td);
    return td;
  }

  function button(label, onClick, id) {
    const b = document.createElement('button');
    b.type = 'button';
    b.textContent = label;
    if (id) b.id = id;
    b.addEventListener('click', onClick);
    return b;
  }

  function fill(tableId, items, render) {
    const body = $(tableId).querySelector('tbody');
    body.replaceChildren();
    items.forEach((item) => { const row = document.createElement('tr'); render(row, item); body.appendChild(row); });
    if (items.length === 0) {
      const row = document.createElement('tr');
      const empty = cell(row, word('nothing'), 'empty');
      empty.colSpan = $(tableId).querySelectorAll('thead th').length;
      body.appendChild(row);
    }
    return body;
  }

  const when = (instant) => (instant ? new Date(instant).toLocaleString(language === 'ar' ? 'ar' : 'en-GB') : '');

  // ---------------------------------------------------------------- dashboard, from the Prometheus meters

  function samples(text, name) {
    const found = [];
    text.split('\n').forEach((line) => {
      if (!line.startsWith(name + '{')) return;
      const labels = {};
      line.slice(name.length + 1, line.lastIndexOf('}')).replace(/(\w+)="((?:[^"\\]|\\.)*)"/g, (m, k, v) => { labels[k] = v; return ''; });
      found.push({ labels, value: parseFloat(line.slice(line.lastIndexOf(' ') + 1)) });
    });
    return found;
  }

  function add(map, key, field, value) {
    map[key] = map[key] || {};
    map[key][field] = (map[key][field] || 0) + value;
  }

  async function showDashboard() {
    const [metrics, partners, certificates] = await Promise.all([
      fetch('/actuator/prometheus').then((r) => r.text()), call('GET', '/partners'), call('GET', '/certificates')]);
    const perState = {};
    const perService = {};
    let pending = 0, dead = 0, failed = 0, received = 0;
    samples(metrics, 'jisr_outbox_depth').forEach((s) => { add(perState, s.labels.destination, 'pending', s.value); pending += s.value; });
    samples(metrics, 'jisr_outbox_dead_letters').forEach((s) => { add(perState, s.labels.destination, 'dead', s.value); dead += s.value; });
    samples(metrics, 'jisr_deliveries_total').forEach((s) => {
      const field = s.labels.outcome === 'DELIVERED' ? 'delivered' : 'failed';
      add(perState, s.labels.destination, field, s.value);
      add(perService, s.labels.service, field, s.value);
      if (field === 'failed') failed += s.value;
    });
    samples(metrics, 'jisr_partner_envelopes_received_seconds_count').forEach((s) => {
      const field = s.labels.outcome === 'ACCEPTED' ? 'received' : 'refused';
      add(perState, s.labels.partner, field, s.value);
      if (field === 'received') { add(perService, s.labels.service, 'received', s.value); received += s.value; }
    });
    const held = {};
    partners.partners.forEach((p) => { held[p.state] = p.held; perState[p.state] = perState[p.state] || {}; });
    $('dash-pending').textContent = pending;
    $('dash-dead').textContent = dead;
    $('dash-failed').textContent = failed;
    $('dash-received').textContent = received;
    fill('dash-partners', Object.keys(perState).filter((s) => s !== 'unknown').sort(), (row, state) => {
      const f = perState[state];
      row.dataset.state = state;
      [state, f.pending || 0, f.dead || 0, f.delivered || 0, f.failed || 0, f.received || 0, f.refused || 0]
        .forEach((v) => cell(row, v));
      cell(row, held[state] ? word('yes') : word('no'), held[state] ? 'warn' : '');
    });
    fill('dash-services', Object.keys(perService).sort(), (row, service) => {
      const f = perService[service];
      [service, f.delivered || 0, f.failed || 0, f.received || 0].forEach((v) => cell(row, v));
    });
    fill('dash-certificates', certificates.certificates, (row, c) => {
      [c.use, when(c.notAfter), c.daysLeft].forEach((v) => cell(row, v));
      cell(row, c.severity, 'severity-' + c.severity.toLowerCase());
    });
  }

  // ---------------------------------------------------------------- routes

  async function showRoutes() {
    const data = await call('GET', '/routes');
    fill('routes', data.routes, (row, r) => {
      row.dataset.route = r.id;
      [r.id, r.status, r.exchangesTotal, r.exchangesFailed, r.exchangesInflight].forEach((v) => cell(row, v));
      const actions = cell(row, '');
      ['start', 'stop', 'suspend', 'resume'].forEach((command) => actions.appendChild(button(word(command), async () => {
        try {
          await call('POST', '/routes/' + encodeURIComponent(r.id) + '/' + command);
          notice(word('done'));
        } catch (e) { notice(word('refused') + e.message, true); }
        await showRoutes();
      }, 'route-' + command + '-' + r.id)));
    });
  }

  // ---------------------------------------------------------------- partners and certificates

  // A PEM upload is not JSON: sent as it is, with the same credentials and console mark as every call.
  async function uploadPem(path, pem) {
    const response = await fetch(API + path, { method: 'POST', body: pem, headers: { 'Authorization': 'Basic ' + credentials,
      'X-Jisr-Console': '1', 'Accept': 'application/json', 'Content-Type': 'application/x-pem-file' } });
    const text = await response.text();
    const data = text ? JSON.parse(text) : null;
    if (!response.ok) throw new Error(((data && data.code) || response.status) + ': ' + ((data && (data.detail || data.title)) || ''));
    return data;
  }

  async function partnerAction(path, body, upload) {
    try {
      if (upload) await uploadPem(path, body); else await call('POST', path, body);
      notice(word('done'));
    } catch (e) { notice(word('refused') + e.message, true); }
    await showPartners();
  }

  function withReason(body) {
    const reason = $('partner-reason').value.trim();
    return reason ? Object.assign({ reason }, body || {}) : body;
  }

  async function showPartners() {
    const [partners, certificates] = await Promise.all([call('GET', '/partners'), call('GET', '/certificates')]);
    fill('partners', partners.partners, (row, p) => {
      row.dataset.state = p.state;
      cell(row, p.state);
      cell(row, p.gatewayUrl, 'gateway');
      cell(row, (p.grantedServices || []).join(', '));
      cell(row, p.held ? word('yes') : word('no'), p.held ? 'warn held' : 'held');
      cell(row, p.enabled ? word('yes') : word('no'), p.enabled ? 'enabled' : 'warn enabled');
      cell(row, p.certificate ? p.certificate.daysLeft + ' (' + p.certificate.severity + ')'
        : (p.pinned ? word('partners.pinned') : ''));
      const actions = cell(row, '');
      const command = p.suspended ? 'resume' : 'suspend';
      actions.appendChild(button(word(command), () => partnerAction('/partners/' + p.state + '/' + command, withReason()),
        'partner-' + command + '-' + p.state));
      actions.appendChild(button(word('partners.endpoint'), () => partnerAction('/partners/' + p.state + '/endpoint',
        withReason({ gatewayUrl: $('partner-url').value.trim() })), 'partner-endpoint-' + p.state));
      const toggle = p.enabled ? 'disable' : 'enable';
      actions.appendChild(button(word('partners.' + toggle), () => partnerAction('/partners/' + p.state + '/' + toggle,
        withReason()), 'partner-' + toggle + '-' + p.state));
      actions.appendChild(button(word('partners.upload'), () => partnerAction('/partners/' + p.state + '/certificates',
        $('partner-pem').value, true), 'partner-upload-' + p.state));
    });
    const registered = [];
    partners.partners.forEach((p) => (p.registeredCertificates || []).forEach((c) => registered.push(Object.assign({ state: p.state }, c))));
    fill('partner-certificates', registered, (row, c) => {
      row.dataset.fingerprint = c.fingerprint;
      [c.state, c.fingerprint, c.subject, when(c.notAfter), c.daysLeft].forEach((v) => cell(row, v));
      cell(row, c.severity, 'severity-' + c.severity.toLowerCase());
      cell(row, c.status);
      const actions = cell(row, '');
      if (c.status === 'ACTIVE') {
        actions.appendChild(button(word('partners.retire'), () => partnerAction('/partners/' + c.state + '/certificates/'
          + c.fingerprint + '/retire', withReason()), 'partner-retire-' + c.fingerprint));
      }
    });
    fill('certificates', certificates.certificates, (row, c) => {
      [c.use, c.subject, c.serial, when(c.notAfter), c.daysLeft].forEach((v) => cell(row, v));
      cell(row, c.severity, 'severity-' + c.severity.toLowerCase());
    });
  }

  async function addPartner(event) {
    event.preventDefault();
    const services = $('partner-add-services').value.split(/[\s,]+/).filter(Boolean);
    await partnerAction('/partners', withReason({ state: $('partner-add-state').value,
      gatewayUrl: $('partner-url').value.trim(), services }));
  }

  // ---------------------------------------------------------------- messages and their timeline

  function isoOrEmpty(localValue) {
    return localValue ? new Date(localValue).toISOString() : '';
  }

  async function searchMessages() {
    $('message-detail').hidden = true;
    const id = $('search-id').value.trim();
    if (id) {
      await openMessage(id);
      return;
    }
    const query = new URLSearchParams();
    [['partner', $('search-partner').value], ['service', $('search-service').value.trim()], ['status', $('search-status').value],
      ['from', isoOrEmpty($('search-from').value)], ['to', isoOrEmpty($('search-to').value)], ['limit', '100']]
      .forEach(([k, v]) => { if (v) query.set(k, v); });
    const data = await call('GET', '/messages?' + query.toString());
    fill('messages', data.records, (row, m) => {
      row.dataset.tracking = m.trackingId;
      row.className = 'clickable';
      [m.trackingId, m.service, m.from && m.from.state, m.to && m.to.state, m.reference, m.status, when(m.acceptedAt)]
        .forEach((v) => cell(row, v));
      row.addEventListener('click', () => openMessage(m.trackingId));
    });
  }

  // The caller's roles, asked once per login: the evidence download is offered to auditors and administrators only.
  let signedIn = null;
  async function roles() {
    if (!signedIn || signedIn.credentials !== credentials) {
      signedIn = { credentials, me: await call('GET', '/me') };
    }
    return signedIn.me.roles || [];
  }

  async function openMessage(id) {
    const view = await call('GET', '/messages/' + encodeURIComponent(id));
    const record = view.record;
    $('detail-id').textContent = record.trackingId;
    const timeline = await call('GET', '/messages/' + encodeURIComponent(record.trackingId) + '/timeline');
    const partner = timeline.partner || {};
    $('timeline-partner').textContent = word('timeline.partner.' + partner.outcome) + ' ' + partner.state
      + (partner.outcome !== 'VERIFIED' && partner.detail ? ' · ' + partner.detail : '');
    $('timeline-partner').className = partner.outcome === 'VERIFIED' ? 'hint' : 'hint warning';
    fill('timeline', timeline.events, (row, event) => {
      row.className = 'event event-' + String(event.event).toLowerCase() + ' side-' + String(event.side).toLowerCase();
      [when(event.at), event.gateway, event.node, event.event, event.status,
        [event.attempt ? '#' + event.attempt : '', event.errorCode, event.detail].filter(Boolean).join(' ')]
        .forEach((v) => cell(row, v));
    });
    const evidence = $('evidence-download');
    evidence.hidden = !(await roles()).some((role) => role === 'ADMIN' || role === 'AUDITOR');
    evidence.onclick = () => downloadEvidence(record.trackingId).catch((e) => notice(word('refused') + e.message, true));
    $('payload-masking').textContent = view.civilIdsMasked ? word('masked') : word('unmasked');
    $('payload').textContent = JSON.stringify(view.payload, null, 2);
    $('message-detail').hidden = false;
  }

  async function downloadEvidence(trackingId) {
    const response = await fetch(API + '/messages/' + encodeURIComponent(trackingId) + '/evidence',
      { headers: { 'Authorization': 'Basic ' + credentials, 'X-Jisr-Console': '1' } });
    if (!response.ok) {
      const problem = await response.json().catch(() => ({}));
      throw new Error((problem.code || response.status) + ': ' + (problem.detail || problem.title || ''));
    }
    const link = document.createElement('a');
    link.href = URL.createObjectURL(await response.blob());
    link.download = 'jisr-evidence-' + trackingId + '.zip';
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 10000);
    notice(word('evidence.downloaded'));
  }

  // ---------------------------------------------------------------- dead letters

  async function showDeadLetters() {
    const data = await call('GET', '/dead-letters?limit=200');
    fill('dead-letters', data.records, (row, m) => {
      row.dataset.tracking = m.trackingId;
      const pick = document.createElement('input');
      pick.type = 'checkbox';
      pick.value = m.trackingId;
      pick.className = 'pick';
      const first = document.createElement('td');
      first.appendChild(pick);
      row.appendChild(first);
      const last = (m.history || []).filter((e) => e.errorCode).pop();
      [m.trackingId, m.service, m.to && m.to.state, m.attempts, last ? last.errorCode + ' ' + (last.detail || '') : '',
        when(m.acceptedAt)].forEach((v) => cell(row, v));
    });
  }

  async function replaySelected() {
    const trackingIds = Array.from(document.querySelectorAll('#dead-letters .pick:checked')).map((box) => box.value);
    if (trackingIds.length === 0) return;
    const reason = $('replay-reason').value.trim();
    try {
      const answer = await call('POST', '/dead-letters/replay', reason ? { trackingIds, reason } : { trackingIds });
      const replayed = answer.results.filter((r) => r.outcome === 'REPLAYED').map((r) => r.trackingId);
      const refused = answer.results.filter((r) => r.outcome !== 'REPLAYED').map((r) => r.trackingId + ' ' + r.outcome);
      notice(word('replayed') + replayed.join(', ') + (refused.length ? ' — ' + word('refused') + refused.join(', ') : ''),
        refused.length > 0);
    } catch (e) { notice(word('refused') + e.message, true); }
    await showDeadLetters();
  }

  // A discard is for good: each is sent on its own with the reason, which the API requires.
  async function discardSelected() {
    const trackingIds = Array.from(document.querySelectorAll('#dead-letters .pick:checked')).map((box) => box.value);
    const reason = $('replay-reason').value.trim();
    if (trackingIds.length === 0) return;
    if (!reason) { notice(word('reasonNeeded'), true); return; }
    const discarded = [];
    const refused = [];
    for (const trackingId of trackingIds) {
      try {
        await call('POST', '/dead-letters/' + encodeURIComponent(trackingId) + '/discard', { reason });
        discarded.push(trackingId);
      } catch (e) { refused.push(trackingId + ' ' + e.message); }
    }
    notice(word('discarded') + discarded.join(', ') + (refused.length ? ' — ' + word('refused') + refused.join(', ') : ''),
      refused.length > 0);
    await showDeadLetters();
  }

  // ---------------------------------------------------------------- audit

  async function showAudit() {
    const query = new URLSearchParams({ limit: '200' });
    if ($('audit-user').value.trim()) query.set('user', $('audit-user').value.trim());
    if ($('audit-action').value.trim()) query.set('action', $('audit-action').value.trim());
    const data = await call('GET', '/audit?' + query.toString());
    fill('audit', data.entries, (row, e) => {
      [when(e.at), e.username, e.action, e.target, e.outcome, e.detail, e.remoteAddress].forEach((v) => cell(row, v));
    });
  }

  // ---------------------------------------------------------------- navigation and login

  const VIEWS = { 'dashboard': showDashboard, 'routes': showRoutes, 'partners': showPartners,
    'messages': async () => {}, 'dead-letters': showDeadLetters, 'audit': showAudit };

  async function show(view) {
    current = view;
    notice('');
    document.querySelectorAll('.view').forEach((el) => { el.hidden = el.id !== 'view-' + view; });
    document.querySelectorAll('.tabs button').forEach((b) => b.classList.toggle('active', b.dataset.view === view));
    try {
      await VIEWS[view]();
    } catch (e) {
      notice(word('refused') + e.message, true);
    }
  }

  async function login(event) {
    event.preventDefault();
    const name = $('login-name').value.trim();
    credentials = btoa(unescape(encodeURIComponent(name + ':' + $('login-password').value)));
    try {
      await call('GET', '/certificates');
    } catch (e) {
      credentials = null;
      $('login-error').textContent = e.status === 401 || e.status === 423 ? word('login.failed') : e.message;
      return;
    }
    $('login-password').value = '';
    $('login-error').textContent = '';
    $('login').hidden = true;
    $('app').hidden = false;
    $('logout').hidden = false;
    $('who').textContent = name;
    await show('dashboard');
  }

  function logout() {
    credentials = null;
    $('app').hidden = true;
    $('logout').hidden = true;
    $('who').textContent = '';
    $('login').hidden = false;
  }

  document.addEventListener('DOMContentLoaded', () => {
    $('login-form').addEventListener('submit', login);
    $('logout').addEventListener('click', logout);
    $('language').addEventListener('click', async () => {
      language = language === 'ar' ? 'en' : 'ar';
      applyLanguage();
      if (credentials) await show(current);
    });
    document.querySelectorAll('.tabs button').forEach((b) => b.addEventListener('click', () => show(b.dataset.view)));
    $('message-search').addEventListener('submit', async (event) => {
      event.preventDefault();
      try { await searchMessages(); } catch (e) { notice(word('refused') + e.message, true); }
    });
    $('partner-add').addEventListener('submit', addPartner);
    $('replay-selected').addEventListener('click', replaySelected);
    $('discard-selected').addEventListener('click', discardSelected);
    $('audit-search').addEventListener('submit', async (event) => { event.preventDefault(); await show('audit'); });
    applyLanguage();
  });
})();
