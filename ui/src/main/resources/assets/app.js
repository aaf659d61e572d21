// HR Assist progressive enhancement: CSRF header for htmx, skill chips, copy, print, resume uploads with progress,
// evidence panels, compare ticks and focus kept across refreshes, the folding header menu.
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

  // Resume uploads straight to the forwarded API, one progress row per file. Type and size are checked here first, and
  // what went wrong is said in the page's language (the messages come in data attributes), never the server's text.
  function uploads(form) {
    const input = form.querySelector('input[type=file]');
    const zone = form.querySelector('.dropzone');
    const list = form.querySelector('.upload-progress');
    const maxBytes = Number(form.dataset.maxBytes) || 10485760;
    const types = /\.(pdf|docx|txt)$/i;
    form.classList.add('js');
    const say = (key, file) => (form.dataset[key] || form.dataset.failed).replace('{0}', file.name);
    const problem = (file) => (file.size > maxBytes ? 'tooLarge' : file.size === 0 ? 'empty'
      : types.test(file.name) ? null : 'wrongType');
    const byStatus = (status) => (status === 413 ? 'tooLarge' : status === 415 ? 'wrongType'
      : status === 401 ? 'expired' : status === 0 ? 'network' : status >= 500 ? 'server' : 'refused');
    const row = (file) => {
      const li = document.createElement('li');
      li.className = 'upload-row';
      const name = document.createElement('span');
      name.className = 'upload-name';
      name.textContent = file.name;
      const status = document.createElement('span');
      status.className = 'small upload-status';
      li.append(name, status);
      list.append(li);
      return li;
    };
    const settle = (li, ok, text) => {
      li.querySelector('progress')?.remove();
      if (!ok) li.querySelector('.upload-name')?.remove(); // the message names the file
      li.classList.add(ok ? 'upload-done' : 'upload-failed');
      const status = li.querySelector('.upload-status');
      status.textContent = text;
      status.classList.add(ok ? 'text-success' : 'text-danger');
    };
    // The same file again: the API names the candidate who has it; the message names them too, with a link.
    const duplicateOf = (body) => {
      try { const id = JSON.parse(body).candidateId; return /^[0-9a-f-]{36}$/.test(id || '') ? id : null; } catch (e) { return null; }
    };
    const duplicate = (li, file, id) => fetch('/api/v1/candidates/' + id, { headers: { Accept: 'application/json' } })
      .then((r) => (r.ok ? r.json() : {})).catch(() => ({}))
      .then((candidate) => {
        settle(li, false, form.dataset.duplicate.replace('{0}', file.name).replace('{1}', candidate.name || file.name));
        const link = document.createElement('a');
        link.href = '/candidates/' + id;
        link.className = 'ms-2 duplicate-link';
        link.textContent = form.dataset.open;
        li.append(link);
      });
    const one = (file) => new Promise((resolve) => {
      const li = row(file);
      const refused = problem(file);
      if (refused) { settle(li, false, say(refused, file)); resolve(false); return; }
      const bar = document.createElement('progress');
      bar.max = 100; bar.value = 0;
      bar.setAttribute('aria-label', file.name);
      li.insertBefore(bar, li.querySelector('.upload-status'));
      const body = new FormData();
      body.append('file', file, file.name);
      const xhr = new XMLHttpRequest();
      xhr.open('POST', form.dataset.api);
      xhr.setRequestHeader('X-CSRF-Token', csrf());
      xhr.setRequestHeader('Accept', 'application/json');
      xhr.upload.onprogress = (e) => { if (e.lengthComputable) bar.value = Math.round((e.loaded / e.total) * 100); };
      xhr.onload = () => {
        const ok = xhr.status >= 200 && xhr.status < 300;
        const existing = xhr.status === 409 ? duplicateOf(xhr.responseText) : null;
        if (existing) { duplicate(li, file, existing).then(() => resolve(false)); return; }
        settle(li, ok, ok ? form.dataset.done : say(byStatus(xhr.status), file));
        resolve(ok);
      };
      xhr.onerror = () => { settle(li, false, say('network', file)); resolve(false); };
      xhr.send(body);
    });
    const send = (files) => {
      if (!files || !files.length) return;
      Promise.all(Array.from(files).map(one)).then((done) => {
        input.value = '';
        if (done.some(Boolean) && window.htmx) window.htmx.trigger(document.body, 'refresh');
      });
    };
    input.addEventListener('change', () => send(input.files));
    form.addEventListener('submit', (e) => { e.preventDefault(); send(input.files); });
    ['dragenter', 'dragover'].forEach((t) => zone.addEventListener(t, (e) => { e.preventDefault(); zone.classList.add('dragging'); }));
    ['dragleave', 'drop'].forEach((t) => zone.addEventListener(t, () => zone.classList.remove('dragging')));
    zone.addEventListener('drop', (e) => { e.preventDefault(); send(e.dataTransfer.files); });
  }

  // Evidence panels stay open across the table's refreshes and reloads: the open ones are kept for this tab.
  const OPEN = 'hr.open-evidence';
  const openPanels = () => { try { return new Set(JSON.parse(sessionStorage.getItem(OPEN) || '[]')); } catch (e) { return new Set(); } };
  document.addEventListener('toggle', (e) => {
    const panel = e.target;
    if (!panel.matches || !panel.matches('details[data-keep-open]')) return;
    const open = openPanels();
    if (panel.open) open.add(panel.dataset.keepOpen); else open.delete(panel.dataset.keepOpen);
    sessionStorage.setItem(OPEN, JSON.stringify(Array.from(open)));
  }, true);
  const reopen = (root) => {
    const open = openPanels();
    root.querySelectorAll('details[data-keep-open]').forEach((panel) => { if (open.has(panel.dataset.keepOpen)) panel.open = true; });
  };

  // Focus survives htmx swaps: when the part holding it is replaced, it goes to the same control again, else to the
  // result that just arrived (a job description, the questions), else to the progress message.
  let swap = null;
  document.addEventListener('htmx:beforeSwap', (e) => {
    const active = document.activeElement;
    const target = e.detail.target;
    swap = target && active && active !== document.body && target.contains(active)
      ? { target: target.id, focused: active.id, hadResult: !!target.querySelector('[data-focus-result]') }
      : null;
  });
  document.addEventListener('htmx:afterSettle', () => {
    const was = swap;
    swap = null;
    if (!was || (document.activeElement && document.activeElement !== document.body)) return;
    const root = document.getElementById(was.target) || document;
    const result = root.querySelector('[data-focus-result]');
    const same = was.focused && document.getElementById(was.focused);
    const next = (!was.hadResult && result) || (same && !same.disabled && same) || result
      || root.querySelector('[data-focus-progress]');
    if (next) next.focus();
  });

  // A signed-in page shown again by Back after signing out comes from the browser's memory: reload it, so the server
  // decides (and sends a signed-out browser to the sign-in page).
  window.addEventListener('pageshow', (e) => {
    if (e.persisted && document.body.dataset.signedIn) window.location.reload();
  });

  // The header's menu folds away on narrow screens (without JavaScript it simply stays open).
  function menu(toggle) {
    const target = document.getElementById(toggle.getAttribute('aria-controls'));
    if (!target) return;
    target.classList.add('collapse');
    toggle.hidden = false;
    toggle.addEventListener('click', () => {
      const open = target.classList.toggle('show');
      toggle.setAttribute('aria-expanded', String(open));
    });
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

  // A control that asks first ([data-confirm], such as copying a job description with flagged phrases left in it):
  // a capturing listener, so that nothing else acts on the click when the answer is no.
  document.addEventListener('click', (e) => {
    const asking = e.target.closest && e.target.closest('[data-confirm]');
    if (asking && !window.confirm(asking.dataset.confirm)) {
      e.preventDefault();
      e.stopImmediatePropagation();
    }
  }, true);

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

  // Candidates to compare: at most the form's data-max ticked (a tick beyond is taken back, and the reason said); the
  // ticks survive the table's refreshes, and the bar shows only when there are two candidates to compare.
  const chosen = new Set();
  const compareForm = () => document.getElementById('compare-form');
  const say = (text) => { const message = document.getElementById('compare-message'); if (message) message.textContent = text; };
  const reticks = (root) => {
    const form = compareForm();
    if (!form || !root.querySelectorAll) return;
    const boxes = Array.from(document.querySelectorAll('input.compare-box'));
    const shown = new Set(boxes.map((box) => box.value));
    Array.from(chosen).forEach((id) => { if (!shown.has(id)) chosen.delete(id); });
    boxes.forEach((box) => { if (box.checked) chosen.add(box.value); box.checked = chosen.has(box.value); });
    form.hidden = boxes.length < 2;
  };
  document.addEventListener('change', (e) => {
    const box = e.target;
    if (!box.matches || !box.matches('input.compare-box')) return;
    const max = Number(compareForm()?.dataset.max) || 3;
    if (box.checked && chosen.size >= max) {
      box.checked = false;
      say(compareForm().dataset.tooMany);
      return;
    }
    if (box.checked) chosen.add(box.value); else chosen.delete(box.value);
    say('');
  });
  document.addEventListener('submit', (e) => {
    if (e.target.id !== 'compare-form' || chosen.size >= 2) return;
    e.preventDefault();
    say(e.target.dataset.tooFew);
  }, true);

  // Score bars get their width here: the Content-Security-Policy allows no inline style attributes.
  const widths = (root) => root.querySelectorAll('[data-width]').forEach((bar) => {
    bar.style.width = Math.max(0, Math.min(100, Number(bar.dataset.width) || 0)) + '%';
  });
  const restore = (root) => { widths(root); reopen(root); reticks(root); };
  document.addEventListener('htmx:load', (e) => restore(e.target));
  // htmx:load comes when the new content settles (20 ms on): bars, open panels and ticks go back at the swap itself,
  // so that no refresh shows them otherwise meanwhile (to the eye, or to a test reading them).
  document.addEventListener('htmx:afterSwap', () => restore(document));

  // The language switch returns to the address the page has now: the candidate filters change it without a reload.
  document.addEventListener('htmx:pushedIntoHistory', () => {
    document.querySelectorAll('.lang-switch a').forEach((link) => {
      const target = new URL(link.href, location.href);
      target.searchParams.set('back', location.pathname + location.search);
      link.href = target.pathname + target.search;
    });
  });

  document.addEventListener('DOMContentLoaded', () => {
    restore(document);
    const toggle = document.getElementById('menu-toggle');
    if (toggle) menu(toggle);
    document.querySelectorAll('input[data-chips]').forEach(chips);
    const form = document.getElementById('upload-form');
    if (form) uploads(form);
  });
})();
