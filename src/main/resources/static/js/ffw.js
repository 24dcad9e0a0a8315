/* FFW pages: the little behaviour plain HTML lacks. No framework; every page works without it. */
(function () {
  'use strict';

  /** The current value of a form field by name, as a string (radio: the checked one; checkbox: "true"/"false"). */
  function valueOf(form, name) {
    var els = form.elements.namedItem(name);
    if (!els) { return ''; }
    if (els.length !== undefined && !els.tagName) {           // RadioNodeList or several checkboxes
      for (var i = 0; i < els.length; i++) {
        if (els[i].checked) { return els[i].value; }
      }
      return '';
    }
    if (els.type === 'checkbox') { return els.checked ? 'true' : 'false'; }
    return els.value || '';
  }

  /**
   * Fields with conditional.hide of the simple forms the FFW forms use (=field != "VALUE", =field = "VALUE") carry
   * data-hide-field/-op/-value: hide them and disable their inputs, so a hidden field is not submitted. The server
   * evaluates the real FEEL expression anyway.
   */
  function applyConditions(form) {
    var wrappers = form.querySelectorAll('[data-hide-field]');
    for (var i = 0; i < wrappers.length; i++) {
      var w = wrappers[i];
      var equal = valueOf(form, w.getAttribute('data-hide-field')) === w.getAttribute('data-hide-value');
      var hide = w.getAttribute('data-hide-op') === '=' ? equal : !equal;
      w.hidden = hide;
      var inputs = w.querySelectorAll('input, select, textarea');
      for (var j = 0; j < inputs.length; j++) { inputs[j].disabled = hide; }
    }
  }

  document.querySelectorAll('form[data-conditional]').forEach(function (form) {
    applyConditions(form);
    form.addEventListener('change', function () { applyConditions(form); });
    form.addEventListener('input', function () { applyConditions(form); });
  });

  /** A checkbox that ticks all checkboxes of a name (bulk claim). */
  document.querySelectorAll('input[data-select-all]').forEach(function (all) {
    all.addEventListener('change', function () {
      document.querySelectorAll('input[name="' + all.getAttribute('data-select-all') + '"]').forEach(function (cb) {
        cb.checked = all.checked;
      });
    });
  });

  /** Forms marked data-once send once: a double click does not submit twice. */
  document.querySelectorAll('form[data-once]').forEach(function (form) {
    form.addEventListener('submit', function (e) {
      if (form.getAttribute('data-sent')) { e.preventDefault(); return; }
      form.setAttribute('data-sent', 'true');
    });
  });

  /** Buttons with data-confirm ask first (withdrawing a complaint). */
  document.querySelectorAll('[data-confirm]').forEach(function (el) {
    var form = el.tagName === 'FORM' ? el : el.form;
    if (!form) { return; }
    form.addEventListener('submit', function (e) {
      if (!window.confirm(el.getAttribute('data-confirm'))) { e.preventDefault(); }
    });
  });

  /** Buttons with data-print open the browser's print dialogue (the certificate, the complaint receipt). */
  document.querySelectorAll('[data-print]').forEach(function (el) {
    el.addEventListener('click', function () { window.print(); });
  });

  /**
   * Links with data-back go back one page when there is one (the error page); without JS, or when the page was
   * opened first in its tab, they follow their href (the home page).
   */
  document.querySelectorAll('a[data-back]').forEach(function (a) {
    a.addEventListener('click', function (e) {
      if (window.history.length > 1) {
        e.preventDefault();
        window.history.back();
      }
    });
  });

  /** File inputs with data-max-bytes refuse a file that is too large before it is sent. */
  document.querySelectorAll('input[type=file][data-max-bytes]').forEach(function (input) {
    input.addEventListener('change', function () {
      var max = parseInt(input.getAttribute('data-max-bytes'), 10);
      var tooLarge = input.files && input.files[0] && input.files[0].size > max;
      input.setCustomValidity(tooLarge ? '文件超过 10 MB，请压缩或拆分后上传。' : '');
      if (tooLarge) { input.reportValidity(); }
    });
  });
})();

/* After a refused submission, bring the summary of problems into view and give it the focus (screen readers). */
(function () {
  'use strict';
  var summary = document.getElementById('error-summary');
  if (summary) {
    summary.setAttribute('tabindex', '-1');
    summary.focus();
  }
})();
