// Every htmx request carries the CSRF token from the page's meta tags.
document.addEventListener('htmx:configRequest', function (event) {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) {
    event.detail.headers[header.content] = token.content;
  }
});

// A form marked data-confirm asks once before it is sent (destructive actions).
document.addEventListener('submit', function (event) {
  var form = event.target;
  if (form instanceof HTMLFormElement && form.dataset.confirm && !window.confirm(form.dataset.confirm)) {
    event.preventDefault();
  }
});

// Realisation sheet: each indicator's form keeps a copy of what is typed on this device
// until the server has saved it, so a dropped connection loses nothing; the daily logs of
// the period can be taken as the draft.
(function () {
  function values(form) {
    var data = {};
    form.querySelectorAll('input[name], textarea[name]').forEach(function (field) {
      if (field.type !== 'hidden' && field.type !== 'file') {
        data[field.name] = field.value;
      }
    });
    return data;
  }

  function keep(form) {
    try {
      localStorage.setItem(form.dataset.draftKey, JSON.stringify({ at: Date.now(), values: values(form) }));
    } catch (e) { /* storage full or blocked: the server copy still counts */ }
  }

  function restore(form) {
    var stored;
    try { stored = JSON.parse(localStorage.getItem(form.dataset.draftKey) || 'null'); } catch (e) { stored = null; }
    if (!stored || stored.at <= Number(form.dataset.savedAt || 0)) {
      return;
    }
    var changed = false;
    Object.keys(stored.values).forEach(function (name) {
      var field = form.querySelector('[name="' + name + '"]');
      if (field && field.value !== stored.values[name]) {
        field.value = stored.values[name];
        changed = true;
      }
    });
    if (changed) {
      var status = form.querySelector('.autosave-status');
      if (status) {
        status.textContent = form.dataset.restoredText || '';
      }
      var details = form.querySelector('details');
      if (details && (stored.values.obstacle || stored.values.cause || stored.values.fix)) {
        details.open = true;
      }
    }
  }

  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('form[data-draft-key]').forEach(function (form) {
      restore(form);
      form.addEventListener('input', function () { keep(form); });
      form.addEventListener('submit', function () {
        try { localStorage.removeItem(form.dataset.draftKey); } catch (e) { /* ignore */ }
      });
    });
    document.querySelectorAll('.use-log-draft').forEach(function (button) {
      button.addEventListener('click', function () {
        var form = document.getElementById(button.dataset.form);
        if (!form) {
          return;
        }
        var note = form.querySelector('[name="note"]');
        if (note && button.dataset.note) {
          note.value = note.value ? note.value + '\n' + button.dataset.note : button.dataset.note;
        }
        var value = form.querySelector('[name="value"]');
        if (value && !value.value && button.dataset.value) {
          value.value = button.dataset.value;
        }
        form.dispatchEvent(new Event('input', { bubbles: true }));
        if (note) {
          note.dispatchEvent(new Event('input', { bubbles: true }));
        }
      });
    });
  });

  document.addEventListener('htmx:afterRequest', function (event) {
    var form = event.detail.elt;
    if (form instanceof HTMLFormElement && form.dataset.draftKey && event.detail.successful
        && event.detail.xhr.responseText.indexOf('autosave-ok') >= 0) {
      try { localStorage.removeItem(form.dataset.draftKey); } catch (e) { /* ignore */ }
      form.dataset.savedAt = String(Date.now());
    }
  });
})();
