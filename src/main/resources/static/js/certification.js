/* The certification form: "add another post" adds a blank post in place (without JavaScript the button posts the form and
   the page comes back with one more post). Its words come from the form's data-msg-* attributes (the message
   bundle, in the page's language). */
(function () {
  'use strict';
  document.querySelectorAll('form[data-posts]').forEach(function (form) {
    var add = form.querySelector('#add-post');
    var list = form.querySelector('#post-list');
    if (!add || !list) { return; }
    add.addEventListener('click', function (e) {
      var posts = list.querySelectorAll('fieldset.post-fields');
      var last = posts[posts.length - 1];
      if (!last) { return; }
      e.preventDefault();
      var from = parseInt(last.getAttribute('data-post'), 10);
      var to = posts.length;
      var copy = last.cloneNode(true);
      var was = 'posts[' + from + ']';
      var now = 'posts[' + to + ']';
      copy.setAttribute('data-post', String(to));
      copy.id = 'f-' + now;
      copy.classList.remove('invalid');
      copy.querySelectorAll('.field-error, .remove-post').forEach(function (el) { el.remove(); });
      copy.querySelectorAll('.invalid').forEach(function (el) { el.classList.remove('invalid'); });
      copy.querySelectorAll('[name], [id], [for]').forEach(function (el) {
        ['name', 'id', 'for'].forEach(function (a) {
          var v = el.getAttribute(a);
          if (v) { el.setAttribute(a, v.split(was).join(now)); }
        });
        el.removeAttribute('aria-invalid');
      });
      copy.querySelectorAll('input, textarea').forEach(function (el) {
        if (el.type === 'checkbox') { el.checked = false; }
        else if (el.name === now + '.headcount') { el.value = '1'; }
        else if (el.name === now + '.eligibility') { el.value = form.getAttribute('data-msg-eligibility') || ''; }
        else { el.value = ''; }
      });
      var legend = copy.querySelector('legend');
      if (legend) { legend.textContent = (form.getAttribute('data-msg-post') || '{0}').split('{0}').join(String(to + 1)); }
      list.appendChild(copy);
      var title = copy.querySelector('input[name="' + now + '.title"]');
      if (title) { title.focus(); }
    });
  });
})();
