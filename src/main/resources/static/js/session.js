/*
 * Session timeout with a warning, and no loss of what was typed (issue 12, docs/accounts.md).
 * On a signed-in page: a notice shows a few minutes before the session would end, with a button that keeps the
 * session alive; if it ends anyway the notice says so. Every form's values (never passwords, hidden or file
 * inputs) are kept in this tab's sessionStorage as they are typed and put back into empty fields when the same page
 * is opened again (after signing in anew, or when a submit came back) — cleared once a submit led elsewhere.
 */
(function () {
  'use strict';
  var KEY = 'ffw.form:' + location.pathname;
  var PENDING = 'ffw.form.submitted';

  function fields(form) {
    return Array.prototype.filter.call(form.elements, function (e) {
      return e.name && e.name !== '_csrf' && !/^(password|hidden|file|submit|button)$/.test(e.type);
    });
  }

  /** A field's key: a radio button's or checkbox's own value too (several checkboxes share a name). */
  function key(i, e) {
    return i + ':' + e.name + (e.type === 'radio' || e.type === 'checkbox' ? ':' + e.value : '');
  }

  function save() {
    var data = {};
    document.querySelectorAll('form[method=post], form[method=POST]').forEach(function (form, i) {
      fields(form).forEach(function (e) {
        var v = (e.type === 'checkbox' || e.type === 'radio') ? (e.checked ? e.value : null) : e.value;
        if (v !== null && v !== '') { data[key(i, e)] = v; }
      });
    });
    try { sessionStorage.setItem(KEY, JSON.stringify(data)); } catch (ignored) { /* private mode */ }
  }

  function restore() {
    var pending = sessionStorage.getItem(PENDING);
    if (pending && pending !== location.pathname) {
      sessionStorage.removeItem('ffw.form:' + pending); // the submit succeeded: it led to another page
    }
    sessionStorage.removeItem(PENDING);
    var raw = sessionStorage.getItem(KEY);
    if (!raw) { return; }
    var data = JSON.parse(raw);
    document.querySelectorAll('form[method=post], form[method=POST]').forEach(function (form, i) {
      fields(form).forEach(function (e) {
        var k = key(i, e);
        if (!(k in data)) { return; }
        if (e.type === 'checkbox' || e.type === 'radio') { e.checked = true; }
        else if (!e.value) { e.value = data[k]; }
      });
    });
  }

  function notice(texts) {
    var box = document.createElement('div');
    box.id = 'session-warning';
    box.className = 'alert info session-warning';
    box.setAttribute('role', 'alertdialog');
    box.setAttribute('aria-live', 'assertive');
    var p = document.createElement('p');
    p.id = 'session-warning-text';
    p.textContent = texts.warning;
    box.setAttribute('aria-labelledby', 'session-warning-text');
    var b = document.createElement('button');
    b.type = 'button';
    b.id = 'session-keep-alive';
    b.textContent = texts.keepAlive;
    box.appendChild(p);
    box.appendChild(b);
    document.body.insertBefore(box, document.body.firstChild);
    return { box: box, text: p, button: b };
  }

  function start(texts) {
    var timeout = texts.timeoutSeconds * 1000, warnBefore = texts.warningSeconds * 1000;
    if (!timeout) { return; }
    var warnTimer, endTimer, shown = null;
    function box() {
      if (!shown) { shown = notice(texts); shown.button.addEventListener('click', keepAlive); }
      shown.box.hidden = false;
      return shown;
    }
    function warn() {
      save();
      box().text.textContent = texts.warning;
      shown.button.hidden = false;
      shown.button.focus();
    }
    function end() {
      save();
      box().text.textContent = texts.ended;
      shown.button.hidden = true;
    }
    function schedule() {
      clearTimeout(warnTimer); clearTimeout(endTimer);
      warnTimer = setTimeout(warn, Math.max(0, timeout - warnBefore));
      endTimer = setTimeout(end, timeout);
    }
    function keepAlive() {
      fetch(document.querySelector('script[data-session-url]').dataset.sessionUrl, {credentials: 'same-origin'})
        .then(function (r) {
          if (!r.ok) { throw new Error(r.status); }
          if (shown) { shown.text.textContent = texts.kept; shown.button.hidden = true; }
          schedule();
        })
        .catch(function () { if (shown) { shown.text.textContent = texts.ended; shown.button.hidden = true; } });
    }
    schedule();
    window.ffwSession = { warn: warn, end: end, keepAlive: keepAlive };
  }

  document.addEventListener('DOMContentLoaded', function () {
    restore();
    document.addEventListener('input', save);
    document.addEventListener('change', save);
    document.addEventListener('submit', function () { save(); sessionStorage.setItem(PENDING, location.pathname); });
    var me = document.querySelector('script[data-session-url]');
    if (!me) { return; }
    fetch(me.dataset.sessionUrl, {credentials: 'same-origin'})
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (texts) { if (texts) { start(texts); } })
      .catch(function () { /* no warning without the API */ });
  });
})();
