/*
 * The leave report's add-a-row form (inspection/parts.html :: addRow): as the employer types the child's birth date,
 * the babies, a difficult birth and the days granted, the statutory days of the chosen leave appear beside them —
 * from the public calculator (GET /api/v1/leave-entitlements), the same rules the server applies when the row is
 * stored. Without JavaScript the row is checked when it is added.
 */
(function () {
  'use strict';
  var form = document.querySelector('form[data-leave-record]');
  if (!form) { return; }
  var out = document.getElementById('live-entitlement');
  var FIELD = { MATERNITY: 'maternityLeaveDays', BIRTH: 'birthLeaveDays', PATERNITY: 'paternityLeaveDays',
                CHILDCARE: 'childcareLeaveDaysPerYear' };
  var timer = null;
  var sent = 0;

  function say(pattern, a, b) {
    return pattern.replace('{0}', String(a)).replace('{1}', String(b));
  }

  function show() {
    var birth = form.elements.childBirthDate.value;
    var type = form.elements.leaveType.value;
    if (!birth || !FIELD[type]) { out.textContent = ''; out.className = 'muted'; return; }
    var q = new URLSearchParams({ event: 'BIRTH', birthDate: birth,
      babies: form.elements.babies.value || '1', difficultBirth: form.elements.difficultBirth.checked ? 'true' : 'false' });
    var mine = ++sent;
    fetch('/api/v1/leave-entitlements?' + q.toString(), { headers: { Accept: 'application/json' } })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (e) {
        if (mine !== sent) { return; }
        if (!e) { out.textContent = ''; return; }
        var statutory = e[FIELD[type]];
        var granted = parseInt(form.elements.daysGranted.value, 10);
        if (isNaN(granted)) {
          out.textContent = say(form.dataset.wordsLive, statutory);
          out.className = 'muted';
        } else if (granted < statutory) {
          out.textContent = say(form.dataset.wordsGap, statutory, statutory - granted);
          out.className = 'gap';
        } else {
          out.textContent = say(form.dataset.wordsOk, statutory);
          out.className = 'ok';
        }
      })
      .catch(function () { if (mine === sent) { out.textContent = ''; } });
  }

  form.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(show, 250);
  });
  form.addEventListener('change', show);
})();
