// Copy buttons for every anchored node, built from data attributes; URLs are
// resolved against location so they are right from any mirror sub-path.
(function () {
  var main = document.querySelector('main');
  var live = document.getElementById('thong-bao');
  var docCite = main && main.getAttribute('data-cite');
  var printUrl = document.querySelector('.print-url');
  if (printUrl) printUrl.textContent = location.href.split('#')[0];
  function say(msg) { live.textContent = ''; setTimeout(function () { live.textContent = msg; }, 30); }
  function copy(text, done) {
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(text).then(function () { say(done); }, function () { fallback(text, done); });
    } else fallback(text, done);
  }
  function fallback(text, done) {
    var t = document.createElement('textarea');
    t.value = text; t.setAttribute('readonly', ''); t.className = 'vh';
    document.body.appendChild(t); t.select();
    var ok = false;
    try { ok = document.execCommand('copy'); } catch (e) { ok = false; }
    t.remove();
    say(ok ? done : 'Không sao chép được; hãy chép tay: ' + text);
  }
  function button(word, label, act) {
    var b = document.createElement('button'), said = document.createElement('span');
    b.type = 'button';
    b.setAttribute('data-act', act);
    said.className = 'vh';
    said.textContent = ' ' + label;
    b.appendChild(document.createTextNode(word));
    b.appendChild(said);
    return b;
  }
  var nodes = document.querySelectorAll('[id][data-l]');
  for (var i = 0; i < nodes.length; i++) {
    var el = nodes[i], label = el.getAttribute('data-l');
    var host = el.tagName === 'TR' ? el.cells[1] : (el.tagName === 'P' ? el : el.firstElementChild || el);
    var tools = document.createElement('span');
    tools.className = 'tools';
    tools.setAttribute('data-for', el.id);
    tools.appendChild(button('liên kết', 'tới ' + label, 'link'));
    tools.appendChild(button('trích dẫn', label, 'cite'));
    host.appendChild(tools);
  }
  // One listener for all the buttons (a page has hundreds of nodes).
  document.addEventListener('click', function (e) {
    var b = e.target.closest ? e.target.closest('.tools button[data-act]') : null;
    if (!b) return;
    var el = document.getElementById(b.parentNode.getAttribute('data-for')), label = el.getAttribute('data-l');
    var url = new URL(el.getAttribute('data-href') || '#' + el.id, location.href).href;
    if (b.getAttribute('data-act') === 'link') copy(url, 'Đã sao chép liên kết tới ' + label);
    else copy(label + (docCite ? ' ' + docCite : '') + '\n' + url, 'Đã sao chép trích dẫn ' + label);
  });
})();
// Previews: hovering or focusing a reference (a[data-p]) shows its target's
// text in a popup; without JavaScript the reference is a plain link.
(function () {
  var tip = document.createElement('div');
  tip.id = 'xem-truoc'; tip.className = 'tip'; tip.setAttribute('role', 'tooltip'); tip.hidden = true;
  document.body.appendChild(tip);
  var cur = null;
  function show(a) {
    if (cur && cur !== a) hide();
    cur = a; tip.textContent = a.getAttribute('data-p'); tip.hidden = false;
    a.setAttribute('aria-describedby', tip.id);
    var r = a.getBoundingClientRect(), w = document.documentElement.clientWidth;
    tip.style.left = scrollX + Math.max(8, Math.min(r.left, w - tip.offsetWidth - 8)) + 'px';
    tip.style.top = scrollY + r.bottom + 6 + 'px';
  }
  function hide() { if (cur) cur.removeAttribute('aria-describedby'); cur = null; tip.hidden = true; }
  function on(type, f) {
    document.addEventListener(type, function (e) { var a = e.target.closest ? e.target.closest('a[data-p]') : null; f(a, e); });
  }
  on('mouseover', function (a) { if (a) show(a); });
  on('mouseout', function (a, e) { if (a && !a.contains(e.relatedTarget) && a !== document.activeElement) hide(); });
  on('focusin', function (a) { if (a) show(a); else hide(); });
  on('focusout', function (a) { if (a) hide(); });
  document.addEventListener('keydown', function (e) { if (e.key === 'Escape') hide(); });
})();
// "/" or Ctrl+K opens search: the search dialog (its script is loaded the
// first time), or on the search page its own box. Esc closes the dialog
// (the browser's own behaviour) and focus goes back where it was.
(function () {
  var dialog = document.getElementById('hop-tim');
  var form = dialog && dialog.querySelector('form[role=search]');
  // A query sent while search.js is still loading waits for it (search.js
  // runs it when it starts); if the script cannot load, the form goes to the
  // search page (its action) instead.
  if (form) form.addEventListener('submit', function (e) {
    if (form.hasAttribute('data-ready') || dialog.hasAttribute('data-failed')) return;
    e.preventDefault();
    form.setAttribute('data-pending', '');
  });
  function open() {
    if (!dialog.open) dialog.showModal();
    if (!dialog.hasAttribute('data-loaded')) {
      dialog.setAttribute('data-loaded', '');
      var s = document.createElement('script');
      s.src = dialog.getAttribute('data-js');
      s.onerror = function () {
        dialog.setAttribute('data-failed', '');
        if (form.hasAttribute('data-pending')) form.submit();
      };
      document.head.appendChild(s);
    }
    var q = document.getElementById('q');
    q.focus(); q.select();
  }
  if (dialog) dialog.addEventListener('click', function (e) { if (e.target === dialog) dialog.close(); });
  document.addEventListener('keydown', function (e) {
    var t = e.target, typing = t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName));
    if ((e.key === '/' && !typing && !e.ctrlKey && !e.metaKey && !e.altKey) || ((e.ctrlKey || e.metaKey) && (e.key === 'k' || e.key === 'K'))) {
      e.preventDefault();
      if (dialog) open();
      else { var box = document.getElementById('q'); box.focus(); box.select(); }
    }
  });
})();
