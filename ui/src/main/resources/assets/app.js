// HR Assist progressive enhancement: CSRF header for htmx, skill chips, copy, print, resume uploads with progress.
(function () {
  'use strict';
  const csrf = () => document.querySelector('meta[name="csrf-token"]')?.content || '';

  document.addEventListener('htmx:configRequest', (e) => { e.detail.headers['X-CSRF-Token'] = csrf(); });

  function chips(input) {
    const label = document.querySelector('label[for="' + input.id + '"]');
    const removeLabel = input.dataset.removeLabel || 'Remove {0}';
    const box = document.createElement('div');
    box.className = 'chips form-control';
    const list = document.createElement('ul');
    list.className = 'chip-list';
    const entry = document.createElement('input');
    entry.id = input.id + '-entry';
    entry.className = 'chip-entry';
    entry.autocomplete = 'off';
    if (input.getAttribute('aria-describedby')) entry.setAttribute('aria-describedby', input.getAttribute('aria-describedby'));
    let values = input.value.split(',').map((s) => s.trim()).filter(Boolean);
    const render = () => {
      list.replaceChildren(...values.map((value, i) => {
        const li = document.createElement('li');
        li.className = 'chip';
        const text = document.createElement('span');
        text.textContent = value;
        const remove = document.createElement('button');
        remove.type = 'button';
        remove.textContent = '×';
        remove.setAttribute('aria-label', removeLabel.replace('{0}', value));
        remove.addEventListener('click', () => { values.splice(i, 1); sync(); entry.focus(); });
        li.append(text, remove);
        return li;
      }));
    };
    const sync = () => { input.value = values.join(', '); render(); };
    const add = (raw) => {
      raw.split(',').map((s) => s.trim()).filter(Boolean).forEach((v) => {
        if (!values.some((x) => x.toLowerCase() === v.toLowerCase())) values.push(v);
      });
      entry.value = '';
      sync();
    };
    entry.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' || e.key === ',') { e.preventDefault(); add(entry.value); }
      else if (e.key === 'Backspace' && !entry.value && values.length) { values.pop(); sync(); }
    });
    entry.addEventListener('blur', () => add(entry.value));
    input.form?.addEventListener('submit', () => add(entry.value));
    box.addEventListener('click', (e) => { if (e.target === box) entry.focus(); });
    input.type = 'hidden';
    if (label) label.htmlFor = entry.id;
    box.append(list, entry);
    input.after(box);
    render();
  }

  function uploads(form) {
    const input = form.querySelector('input[type=file]');
    const zone = form.querySelector('.dropzone');
    const list = form.querySelector('.upload-progress');
    form.classList.add('js');
    const one = (file) => new Promise((resolve) => {
      const li = document.createElement('li');
      const name = document.createElement('span');
      name.textContent = file.name;
      const bar = document.createElement('progress');
      bar.max = 100; bar.value = 0;
      bar.setAttribute('aria-label', file.name);
      const status = document.createElement('span');
      status.className = 'small text-body-secondary';
      li.append(name, bar, status);
      list.append(li);
      const body = new FormData();
      body.append('file', file, file.name);
      const xhr = new XMLHttpRequest();
      xhr.open('POST', form.dataset.api);
      xhr.setRequestHeader('X-CSRF-Token', csrf());
      xhr.setRequestHeader('Accept', 'application/json');
      xhr.upload.onprogress = (e) => { if (e.lengthComputable) bar.value = Math.round((e.loaded / e.total) * 100); };
      xhr.onload = () => {
        const ok = xhr.status >= 200 && xhr.status < 300;
        bar.value = ok ? 100 : bar.value;
        let detail = '';
        try { detail = ok ? '' : (JSON.parse(xhr.responseText).detail || ''); } catch (ignored) { detail = ''; }
        status.textContent = ok ? form.dataset.done : (form.dataset.failed + (detail ? ': ' + detail : ''));
        status.className = ok ? 'small text-success upload-done' : 'small text-danger upload-failed';
        resolve(ok);
      };
      xhr.onerror = () => { status.textContent = form.dataset.failed; status.className = 'small text-danger upload-failed'; resolve(false); };
      xhr.send(body);
    });
    const send = (files) => {
      if (!files || !files.length) return;
      Promise.all(Array.from(files).map(one)).then(() => {
        input.value = '';
        if (window.htmx) window.htmx.trigger(document.body, 'refresh');
      });
    };
    input.addEventListener('change', () => send(input.files));
    form.addEventListener('submit', (e) => { e.preventDefault(); send(input.files); });
    ['dragenter', 'dragover'].forEach((t) => zone.addEventListener(t, (e) => { e.preventDefault(); zone.classList.add('dragging'); }));
    ['dragleave', 'drop'].forEach((t) => zone.addEventListener(t, () => zone.classList.remove('dragging')));
    zone.addEventListener('drop', (e) => { e.preventDefault(); send(e.dataTransfer.files); });
  }

  // A group of checkboxes of which one at least must be ticked ([data-one-of]): said beside the group before sending,
  // in a capturing listener so that htmx never sends the form.
  const oneOf = (group, showing) => {
    const none = !group.querySelector('input[type=checkbox]:checked');
    const error = document.getElementById(group.getAttribute('aria-describedby'));
    if (error && (showing || !none)) error.hidden = !none;
    if (none && showing) group.setAttribute('aria-invalid', 'true'); else if (!none) group.removeAttribute('aria-invalid');
    return !none;
  };
  document.addEventListener('submit', (e) => {
    const group = e.target.querySelector && e.target.querySelector('[data-one-of]');
    if (group && !oneOf(group, true)) {
      e.preventDefault();
      e.stopImmediatePropagation();
      group.querySelector('input[type=checkbox]').focus();
    }
  }, true);
  document.addEventListener('change', (e) => {
    const group = e.target.closest && e.target.closest('[data-one-of]');
    if (group) oneOf(group, false);
  });

  document.addEventListener('click', (e) => {
    const copy = e.target.closest('[data-copy]');
    if (copy) {
      const text = document.querySelector(copy.dataset.copy)?.value || '';
      const done = () => { const label = copy.textContent; copy.textContent = copy.dataset.copied; setTimeout(() => { copy.textContent = label; }, 1500); };
      if (navigator.clipboard && window.isSecureContext) navigator.clipboard.writeText(text).then(done);
      else { const area = document.querySelector(copy.dataset.copy); area.select(); document.execCommand('copy'); done(); }
    }
    if (e.target.closest('[data-print]')) window.print();
  });

  // Score bars get their width here: the Content-Security-Policy allows no inline style attributes.
  const widths = (root) => root.querySelectorAll('[data-width]').forEach((bar) => {
    bar.style.width = Math.max(0, Math.min(100, Number(bar.dataset.width) || 0)) + '%';
  });
  document.addEventListener('htmx:load', (e) => widths(e.target));

  document.addEventListener('DOMContentLoaded', () => {
    widths(document);
    document.querySelectorAll('input[data-chips]').forEach(chips);
    const form = document.getElementById('upload-form');
    if (form) uploads(form);
  });
})();
