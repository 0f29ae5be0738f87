// Search page: Pagefind's index, loaded from a path relative to this page,
// with result URLs rebased on the site root so they work from any mirror.
(function () {
  var form = document.getElementById('tim');
  var input = document.getElementById('q');
  var count = document.getElementById('so-ket-qua');
  var list = document.getElementById('ket-qua');
  var root = new URL(form.getAttribute('data-root'), location.href);
  var pf = null;
  function load() {
    if (!pf) pf = import(new URL('pagefind/pagefind.js', root).href).then(function (m) {
      return m.options({ baseUrl: root.pathname }).then(function () { return m; });
    });
    return pf;
  }
  function text(tag, value, cls) {
    var el = document.createElement(tag);
    el.textContent = value;
    if (cls) el.className = cls;
    return el;
  }
  function run(q) {
    list.textContent = '';
    if (!q.trim()) { count.textContent = ''; return; }
    count.textContent = 'Đang tìm…';
    load().then(function (m) { return m.search(q); }).then(function (res) {
      return Promise.all(res.results.slice(0, 30).map(function (r) { return r.data(); })).then(function (items) {
        count.textContent = res.results.length ? 'Có ' + res.results.length + ' trang khớp với “' + q + '”.' : 'Không tìm thấy “' + q + '”.';
        items.forEach(function (d) {
          var li = document.createElement('li');
          var a = text('a', d.meta.title || d.url);
          a.href = d.url;
          li.appendChild(a);
          if (d.meta.cite) li.appendChild(text('span', d.meta.cite, 'sub'));
          var p = document.createElement('p');
          p.innerHTML = d.excerpt; // Pagefind escapes the text; only <mark> is markup.
          li.appendChild(p);
          list.appendChild(li);
        });
      });
    }).catch(function () { count.textContent = 'Không tải được chỉ mục tìm kiếm.'; });
  }
  form.addEventListener('submit', function (e) {
    e.preventDefault();
    history.replaceState(null, '', '?q=' + encodeURIComponent(input.value));
    run(input.value);
  });
  var q = new URLSearchParams(location.search).get('q');
  if (q) { input.value = q; run(q); }
})();
