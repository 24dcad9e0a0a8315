/*
 * The task queue (/tasks) at a desk: keys and compact rows (docs/worktable.md). Without this script the page works
 * as before, with the mouse or the tab key.
 *   j / ArrowDown   next task          k / ArrowUp   previous task
 *   c               claim the selected task: the row's own claim button is pressed (the same POST, with the form's
 *                   CSRF token), with then=queue so the user stays in the queue, on 我的 with the task selected
 *   Enter / o       open the selected task          ?   show or close the help          Escape   close the help
 * Keys do nothing while the user types in a field or chooses in a list, or with Ctrl, Alt or Cmd held.
 * Compact rows: the toggle sets a cookie the server reads to render them (no flash of the roomy rows on reload).
 * The page's words come from the template's data-* attributes (the message bundle, in the page's language).
 */
(function () {
  'use strict';
  var table = document.getElementById('queue');
  if (!table) { return; }
  var rows = Array.prototype.slice.call(table.querySelectorAll('tbody tr[id^="task-"]'));
  var help = document.getElementById('queue-keys-help');
  var showHelp = document.getElementById('queue-keys-show');
  var status = document.getElementById('queue-keys-status');
  var dense = document.getElementById('queue-dense');
  var selected = -1;

  // ------------------------------------------------------------------------------------------- compact rows
  var COOKIE = 'ffw_queue_dense';
  if (dense) {
    dense.hidden = false;
    dense.addEventListener('click', function () {
      var on = !table.classList.contains('dense');
      table.classList.toggle('dense', on);
      dense.setAttribute('aria-pressed', on ? 'true' : 'false');
      document.cookie = COOKIE + '=' + (on ? '1' : '0') + '; path=/; max-age=31536000; SameSite=Lax';
    });
  }

  if (rows.length === 0) { return; } // nothing to choose: no keys, no hint

  // ------------------------------------------------------------------------------------------------ selection
  function say(text) {
    if (status) { status.textContent = text; }
  }

  function describe(row) {
    var link = row.querySelector('a.task-link');
    return (row.getAttribute('data-case') || '') + ' ' + (link ? link.textContent : '');
  }

  function select(i, focus) {
    if (i < 0 || i >= rows.length) { return; }
    rows.forEach(function (r, j) {
      r.setAttribute('aria-selected', j === i ? 'true' : 'false');
      r.classList.toggle('selected', j === i);
    });
    selected = i;
    var row = rows[i];
    if (focus) {
      row.focus({ preventScroll: true });
      row.scrollIntoView({ block: 'nearest' });
      if (status) { say(status.getAttribute('data-selected').replace('{0}', describe(row))); }
    }
  }

  rows.forEach(function (row, i) {
    row.setAttribute('tabindex', '-1');
    row.addEventListener('click', function () { select(i, false); });
  });

  function open() {
    var link = rows[selected] && rows[selected].querySelector('a.task-link');
    if (link) { window.location.href = link.href; }
  }

  function claim() {
    var row = rows[selected];
    var button = row && row.querySelector('button.claim');
    if (!button) {
      say(status ? status.getAttribute('data-cannot-claim') : '');
      return;
    }
    var form = button.form;
    var then = form.querySelector('input[name="then"]');
    if (!then) {
      then = document.createElement('input');
      then.type = 'hidden';
      then.name = 'then';
      form.appendChild(then);
    }
    then.value = 'queue';
    button.click(); // its formaction, the form's CSRF token, and data-once against a second submit
  }

  function toggleHelp(show) {
    if (!help) { return; }
    help.hidden = show === undefined ? !help.hidden : !show;
    if (showHelp) { showHelp.setAttribute('aria-expanded', help.hidden ? 'false' : 'true'); }
    if (!help.hidden) { help.scrollIntoView({ block: 'nearest' }); }
  }

  /** Whether the key is meant for a field: text inputs, lists, text areas, editable content. */
  function typing(target) {
    if (!target || !target.tagName) { return false; }
    var tag = target.tagName;
    if (tag === 'TEXTAREA' || tag === 'SELECT' || target.isContentEditable) { return true; }
    return tag === 'INPUT' && !/^(checkbox|radio|button|submit|reset)$/.test(target.type);
  }

  /** Elements that do something of their own with Enter (links, buttons): Enter is theirs. */
  function ownsEnter(target) {
    return target && target.closest && target.closest('a[href], button, summary, input, label') !== null;
  }

  document.addEventListener('keydown', function (e) {
    if (e.ctrlKey || e.altKey || e.metaKey || e.isComposing || typing(e.target)) { return; }
    switch (e.key) {
      case 'j': case 'ArrowDown':
        select(Math.min(rows.length - 1, selected + 1), true); break;
      case 'k': case 'ArrowUp':
        select(Math.max(0, selected - 1), true); break;
      case 'c':
        claim(); break;
      case 'o':
        open(); break;
      case 'Enter':
        if (ownsEnter(e.target)) { return; }
        open(); break;
      case '?':
        toggleHelp(); break;
      case 'Escape':
        if (help && !help.hidden) { toggleHelp(false); if (showHelp) { showHelp.focus(); } } else { return; }
        break;
      default:
        return;
    }
    e.preventDefault();
  });

  if (showHelp) { showHelp.addEventListener('click', function () { toggleHelp(); }); }
  var close = document.getElementById('queue-keys-close');
  if (close) { close.addEventListener('click', function () { toggleHelp(false); if (showHelp) { showHelp.focus(); } }); }
  var hint = document.getElementById('queue-keys-hint');
  if (hint) { hint.hidden = false; }

  // from page load: the row named in the address (#task-…, after a claim with c) with the focus, else the first
  var named = location.hash ? rows.map(function (r) { return '#' + r.id; }).indexOf(location.hash) : -1;
  if (named >= 0) {
    select(named, true);
  } else {
    select(0, false);
  }
})();
