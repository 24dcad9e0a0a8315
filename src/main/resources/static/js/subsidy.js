/*
 * The new subsidy application (subsidy/new.html): the amount and every eligibility check, live, as the employer
 * types — the same calculation the server does (POST /api/v1/subsidy-applications/calculate, nothing stored); the
 * months of the term laid out from the birth date; the employee filled in from the resident ID. Without JavaScript
 * the page's calculate and fill-in buttons do the same by posting the form.
 */
(function () {
  'use strict';
  var form = document.querySelector('form[data-subsidy-calculate]');
  if (!form) { return; }
  var KINDS = ['pension', 'medical', 'unemployment', 'workInjury'];
  var csrf = document.querySelector('meta[name="_csrf"]');
  var csrfHeader = document.querySelector('meta[name="_csrf_header"]');
  var amount = document.getElementById('amount');
  var inline = document.getElementById('amount-inline');
  var note = document.getElementById('amount-note');
  var checks = document.getElementById('live-checks');
  var timer = null;
  var sent = 0;

  /** The checks' phrases in the page's language ({key: pattern}), from the page; null without them. */
  var WORDS = (function () {
    var el = document.getElementById('check-words');
    try { return el ? JSON.parse(el.textContent) : null; } catch (e) { return null; }
  })();

  /**
   * A check's reason in the page's language: its phrases (key and arguments, a list joined with the language's
   * separator) as the server's bundle says them; the API's Chinese reason when a phrase is unknown here.
   */
  function reasonOf(c) {
    if (!WORDS || !c.words || !c.words.length) { return c.reason; }
    var separator = WORDS['work.check.listSeparator'] || ', ';
    var out = '';
    for (var i = 0; i < c.words.length; i++) {
      var p = c.words[i];
      var pattern = WORDS[p.key];
      if (typeof pattern !== 'string') { return c.reason; }
      var args = (p.args || []).map(function (a) { return Array.isArray(a) ? a.join(separator) : String(a); });
      // as java.text.MessageFormat for the simple patterns of the bundle: {n}, and '' for ' when there are arguments
      out += !args.length ? pattern : pattern.replace(/\{(\d+)\}/g, function (m, n) {
        return args[+n] !== undefined ? args[+n] : m;
      }).replace(/''/g, "'");
    }
    return out;
  }

  /** A text of the page's language, from the form's data-msg-* attributes (rendered from the message bundle). */
  function msg(name, arg) {
    var t = form.getAttribute('data-msg-' + name) || '';
    return arg === undefined ? t : t.split('{0}').join(String(arg));
  }

  function field(name) { var el = form.elements.namedItem(name); return el ? el : null; }
  function text(name) { var el = field(name); return el && !el.disabled ? (el.value || '').trim() : ''; }
  function checked(name) { var el = field(name); return !!(el && el.checked); }
  function rows() { return form.querySelectorAll('#contributions tbody tr'); }
  function cell(i, k) { return field('contributions[' + i + '].' + k); }

  /** The draft as the API takes it; rows with no amount are left out, a blank cell of a started row counts 0. */
  function draft() {
    var months = [];
    for (var i = 0; i < rows().length; i++) {
      var month = (cell(i, 'month').value || '').trim();
      var values = KINDS.map(function (k) { return (cell(i, k).value || '').trim().replace(/,/g, ''); });
      if (!month || values.every(function (v) { return v === ''; })) { continue; }
      var c = { month: month };
      KINDS.forEach(function (k, j) { c[k] = values[j] === '' ? 0 : values[j]; });
      months.push(c);
    }
    var d = {
      employee: { name: text('employeeName') || null, residentId: text('residentId') || null },
      childBirthDate: text('childBirthDate') || null, childOrder: text('childOrder') || null,
      employeeConfirmedChildOrder: checked('employeeConfirmedChildOrder'),
      birthCertificateNo: text('birthCertificateNo') || null, babies: text('babies') || null,
      difficultBirth: checked('difficultBirth'), leaveStart: text('leaveStart') || null,
      leaveEnd: text('leaveEnd') || null, contributions: months, noOtherSubsidy: checked('noOtherSubsidy'),
      dispatch: checked('dispatch') ? { userUnitCreditCode: text('userUnitCreditCode') || null,
        userUnitName: text('userUnitName') || null } : null
    };
    return d;
  }

  function headers() {
    var h = { 'Content-Type': 'application/json', 'Accept': 'application/json' };
    if (csrf && csrfHeader) { h[csrfHeader.content] = csrf.content; }
    return h;
  }

  function li(c) {
    var item = document.createElement('li');
    item.className = !c.passed ? 'fail' : (c.warning ? 'warn' : 'pass');
    item.setAttribute('data-check', c.code);
    var mark = document.createElement('span');
    mark.className = 'mark';
    mark.textContent = !c.passed ? msg('failed') : (c.warning ? msg('warning') : msg('passed'));
    var label = document.createElement('strong');
    label.textContent = msg('check-' + String(c.code).toLowerCase().replace(/_/g, '-')) || c.label;
    var reason = document.createElement('span');
    reason.textContent = ' ' + reasonOf(c);
    item.appendChild(mark); item.appendChild(label); item.appendChild(reason);
    return item;
  }

  function show(answer) {
    amount.textContent = msg('yuan', Number(answer.requestedAmount).toFixed(2));
    if (inline) { inline.textContent = amount.textContent; }
    note.textContent = answer.eligible ? msg('eligible') : msg('not-eligible');
    var list = document.createElement('ul');
    list.className = 'checks';
    list.id = 'checks';
    answer.eligibility.forEach(function (c) { list.appendChild(li(c)); });
    checks.replaceChildren(list);
  }

  function incomplete(problem) {
    amount.textContent = '—';
    if (inline) { inline.textContent = '—'; }
    var n = problem && problem.errors ? problem.errors.length : 0;
    note.textContent = n ? msg('missing-count', n) : msg('missing');
    checks.replaceChildren();
  }

  function calculate() {
    var mine = ++sent;
    fetch(form.getAttribute('data-subsidy-calculate'), { method: 'POST', headers: headers(),
      credentials: 'same-origin', body: JSON.stringify(draft()) })
      .then(function (r) { return r.json().then(function (b) { return { ok: r.ok, body: b }; }); })
      .then(function (r) {
        if (mine !== sent) { return; }               // a later calculation is on its way
        if (r.ok) { show(r.body); } else { incomplete(r.body); }
      })
      .catch(function () { if (mine === sent) { note.textContent = msg('unavailable'); } });
  }

  function later() { clearTimeout(timer); timer = setTimeout(calculate, 350); }

  /** The term's months from the birth month, into rows whose month is empty or was laid out before. */
  function layOut() {
    var birth = text('childBirthDate');
    if (!/^\d{4}-\d{2}-\d{2}$/.test(birth)) { return; }
    var y = parseInt(birth.substring(0, 4), 10), m = parseInt(birth.substring(5, 7), 10);
    for (var i = 0; i < rows().length && i < 6; i++) {
      var input = cell(i, 'month');
      if (input.value && input.getAttribute('data-auto') !== 'true') { continue; }
      var mm = ((m - 1 + i) % 12) + 1, yy = y + Math.floor((m - 1 + i) / 12);
      input.value = yy + '-' + (mm < 10 ? '0' : '') + mm;
      input.setAttribute('data-auto', 'true');
    }
  }

  function prefill() {
    var id = text('residentId');
    var hint = document.getElementById('hint-residentId');
    if (id.length !== 18) { return; }
    var url = form.getAttribute('data-subsidy-prefill') + '?residentId=' + encodeURIComponent(id)
      + (text('childBirthDate') ? '&childBirthDate=' + encodeURIComponent(text('childBirthDate')) : '');
    fetch(url, { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (e) {
        if (!e) { hint.textContent = msg('id-wrong'); return; }
        if (e.name && !text('employeeName')) { field('employeeName').value = e.name; }
        var months = Object.keys(e.recorded || {});
        for (var i = 0; i < rows().length; i++) {
          var r = e.recorded[(cell(i, 'month').value || '').trim()];
          var blank = KINDS.every(function (k) { return !(cell(i, k).value || '').trim(); });
          if (r && blank) { KINDS.forEach(function (k) { cell(i, k).value = Number(r[k]).toFixed(2); }); }
        }
        hint.textContent = (e.female ? msg('female') : msg('male')) + msg('born-on', e.bornOn)
          + (e.name ? msg('known-name', e.name) : '')
          + msg('found-months', months.length) + (months.length ? msg('filled-in') : '');
        later();
      });
  }

  form.addEventListener('input', function (e) {
    if (e.target.name && e.target.name.indexOf('.month') > 0) { e.target.removeAttribute('data-auto'); }
    if (e.target.name === 'childBirthDate') { layOut(); }
    later();
  });
  form.addEventListener('change', function (e) {
    if (e.target.name === 'childBirthDate') { layOut(); }
    if (e.target.name === 'residentId' || e.target.name === 'childBirthDate') { prefill(); }
    later();
  });
  rows().forEach(function (row, i) { if (cell(i, 'month').value) { cell(i, 'month').setAttribute('data-auto', 'true'); } });
})();
