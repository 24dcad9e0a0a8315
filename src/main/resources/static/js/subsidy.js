/*
 * The new subsidy application (subsidy/new.html): the amount and every eligibility check, live, as the employer
 * types — the same calculation the server does (POST /api/v1/subsidy-applications/calculate, nothing stored); the
 * months of the term laid out from the birth date; the employee filled in from the resident ID. Without JavaScript
 * the page's 计算 and 根据身份证号填写 buttons do the same by posting the form.
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
    mark.textContent = !c.passed ? '✗ 未通过' : (c.warning ? '! 请核对' : '✓ 通过');
    var label = document.createElement('strong');
    label.textContent = c.label;
    var reason = document.createElement('span');
    reason.textContent = ' ' + c.reason;
    item.appendChild(mark); item.appendChild(label); item.appendChild(reason);
    return item;
  }

  function show(answer) {
    amount.textContent = Number(answer.requestedAmount).toFixed(2) + ' 元';
    if (inline) { inline.textContent = amount.textContent; }
    note.textContent = answer.eligible ? '所有资格条件均已满足。' : '有资格条件未满足：仍可提交，由审核人员核实后决定。';
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
    note.textContent = '还需填写：' + (n ? '出生日期、假期起止、公民身份号码和每月缴费（' + n + ' 处待补全或有误）'
      : '出生日期、假期起止、公民身份号码和每月缴费');
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
      .catch(function () { if (mine === sent) { note.textContent = '暂时无法计算，可点击“计算补贴金额”。'; } });
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
        if (!e) { hint.textContent = '公民身份号码不正确，请逐位核对。'; return; }
        if (e.name && !text('employeeName')) { field('employeeName').value = e.name; }
        var months = Object.keys(e.recorded || {});
        for (var i = 0; i < rows().length; i++) {
          var r = e.recorded[(cell(i, 'month').value || '').trim()];
          var blank = KINDS.every(function (k) { return !(cell(i, k).value || '').trim(); });
          if (r && blank) { KINDS.forEach(function (k) { cell(i, k).value = Number(r[k]).toFixed(2); }); }
        }
        hint.textContent = (e.female ? '女' : '男（补贴适用于女职工，请核对）') + '，' + e.bornOn + ' 出生'
          + (e.name ? '；本单位曾申报的姓名：' + e.name : '')
          + '；找到 ' + months.length + ' 个月的社保缴费记录' + (months.length ? '，已填入下表空白月份' : '');
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
