// Search page (issue #6): Pagefind's index of khoản/điểm records, loaded
// relative to this page, results rebased on the site root (any mirror
// sub-path). Diacritic-free queries are folded (đ → d) to match the folded
// copy in every record; results with the query's exact diacritics and
// citation matches come first; excerpts are cut from the original text and
// only whole words whose folded form equals a query word are marked.
(function () {
  var form = document.getElementById('tim');
  var input = document.getElementById('q');
  var count = document.getElementById('so-ket-qua');
  var list = document.getElementById('ket-qua');
  var box = document.getElementById('loc');
  var root = new URL(form.getAttribute('data-root'), location.href);
  var NAMES = { document: 'Văn bản', province: 'Tỉnh', office: 'Phòng, đơn vị', kind: 'Loại văn bản' };
  var WORD = /[\p{L}\p{N}]+(?:[\/.\-][\p{L}\p{N}]+)*/gu;
  var pf = null, seq = 0;
  function fold(s) { return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').toLowerCase(); }
  function words(s) { return s.match(WORD) || []; }
  function load() {
    if (!pf) pf = import(new URL('pagefind/pagefind.js', root).href).then(function (m) {
      return m.options({ baseUrl: root.pathname, noWorker: true }).then(function () { filters(m); return m; });
    });
    return pf;
  }
  function el(tag, value, cls) {
    var e = document.createElement(tag);
    if (value) e.textContent = value;
    if (cls) e.className = cls;
    return e;
  }
  // One <select> per Pagefind filter, built once from the index.
  function filters(m) {
    m.filters().then(function (f) {
      Object.keys(NAMES).forEach(function (k) {
        var values = Object.keys(f[k] || {}).sort(function (a, b) { return a.localeCompare(b, 'vi'); });
        if (!values.length) return;
        var label = el('label', NAMES[k]), s = el('select');
        s.name = k; s.id = 'loc-' + k; label.htmlFor = s.id;
        s.appendChild(el('option', 'Tất cả')).value = '';
        values.forEach(function (v) { s.appendChild(el('option', v)).value = v; });
        s.addEventListener('change', function () { run(input.value); });
        box.appendChild(label); box.appendChild(s);
      });
      box.hidden = false;
    });
  }
  function chosen() {
    var out = {};
    box.querySelectorAll('select').forEach(function (s) { if (s.value) out[s.name] = s.value; });
    return out;
  }
  // A query word matches a text word when their folded forms are equal (the
  // exact forms when the query has diacritics), or when it is a whole part of
  // a document number ("10/2025" in "10/2025/TT-BKHCN").
  function same(x, f) { return f === x || (f.indexOf(x) === 0 && /[\/.\-]/.test(f.charAt(x.length))); }
  function norm(exact) { return exact ? function (w) { return w.toLowerCase(); } : fold; }
  // ~30 words of the original text around the densest run of matches. Where
  // the query's words occur together as a phrase, only that phrase is marked.
  function excerpt(text, q, exact) {
    var n = norm(exact), qs = words(n(q)), toks = [], m, re = new RegExp(WORD.source, 'gu');
    while ((m = re.exec(text))) toks.push({ i: m.index, w: m[0], f: n(m[0]) });
    var phrase = false;
    for (var s = 0; qs.length > 1 && s + qs.length <= toks.length; s++) {
      if (qs.every(function (x, k) { return same(x, toks[s + k].f); })) {
        phrase = true;
        for (var k = 0; k < qs.length; k++) toks[s + k].hit = true;
      }
    }
    if (!phrase) toks.forEach(function (t) { t.hit = qs.some(function (x) { return same(x, t.f); }); });
    var best = 0, bestN = -1, c = 0, W = 30;
    for (var i = 0; i < toks.length; i++) {
      c += toks[i].hit ? 1 : 0;
      if (i >= W && toks[i - W].hit) c--;
      if (c > bestN) { bestN = c; best = Math.max(0, i - W + 1); }
    }
    var from = toks.length ? toks[best].i : 0, last = toks[Math.min(toks.length, best + W) - 1];
    var to = last ? last.i + last.w.length : text.length;
    var p = el('p');
    if (from > 0) p.appendChild(document.createTextNode('… '));
    var at = from;
    toks.slice(best, best + W).forEach(function (t) {
      if (!t.hit) return;
      p.appendChild(document.createTextNode(text.slice(at, t.i)));
      p.appendChild(el('mark', t.w));
      at = t.i + t.w.length;
    });
    p.appendChild(document.createTextNode(text.slice(at, to) + (to < text.length ? ' …' : '')));
    return p;
  }
  // The query's words in order among the words of the result's title (a
  // citation or a name, without its parentheses): the share of the title
  // they cover, else 0.
  function titleMatch(title, q, exact) {
    var n = norm(exact), qs = words(n(q)), ts = words(n(title.replace(/\s*\([^)]*\)/g, ''))), j = 0;
    for (var i = 0; i < ts.length && j < qs.length; i++) if (same(qs[j], ts[i])) j++;
    return qs.length && j === qs.length ? qs.length / ts.length : 0;
  }
  // Multi-word queries are also searched as a phrase; phrase hits come first.
  // Then the top 20 are re-ranked (fewer fragments to fetch on the first query): the query as a citation or name in the
  // title, then the query with its diacritics in the text.
  function run(q) {
    var my = ++seq;
    list.textContent = '';
    if (!q.trim()) { count.textContent = ''; return; }
    var exact = fold(q) !== q.toLowerCase();
    var sent = (exact ? q : fold(q)).replace(/["“”]/g, ' ').trim();
    var multi = words(sent).length > 1;
    count.textContent = 'Đang tìm…';
    load().then(function (m) {
      var opts = { filters: chosen() };
      return Promise.all([m.search(sent, opts), multi ? m.search('"' + sent + '"', opts) : null]);
    }).then(function (both) {
      var res = both[0].results, seen = {}, phrase = {};
      (both[1] ? both[1].results : []).forEach(function (r) { phrase[r.id] = true; });
      var merged = res.filter(function (r) { return phrase[r.id]; }).concat(res.filter(function (r) { return !phrase[r.id]; }))
        .filter(function (r) { return seen[r.id] ? false : (seen[r.id] = true); });
      return Promise.all(merged.slice(0, 20).map(function (r) { return r.data(); })).then(function (items) {
        if (my !== seq) return;
        var lq = q.toLowerCase().replace(/\s+/g, ' ').trim();
        items.forEach(function (d, i) {
          var t = titleMatch(d.meta.title, sent, exact);
          d.rank = (t ? 4 + t : 0) + (exact && (d.meta.text + ' ' + d.meta.title).toLowerCase().indexOf(lq) >= 0 ? 2 : 0) - i / 100;
        });
        items.sort(function (a, b) { return b.rank - a.rank; });
        items = items.slice(0, 20);
        var total = merged.length;
        count.textContent = total ? 'Có ' + total + ' kết quả cho “' + q + '”' + (total > 20 ? ', hiện 20 kết quả đầu.' : '.') : 'Không tìm thấy “' + q + '”.';
        items.forEach(function (d) {
          var li = el('li'), a = el('a', d.meta.title);
          a.href = d.url;
          li.appendChild(a);
          li.appendChild(el('span', d.meta.loc, 'sub'));
          li.appendChild(excerpt(d.meta.text || '', sent, exact));
          list.appendChild(li);
        });
      });
    }).catch(function () { if (my === seq) count.textContent = 'Không tải được chỉ mục tìm kiếm.'; });
  }
  form.addEventListener('submit', function (e) {
    e.preventDefault();
    history.replaceState(null, '', '?q=' + encodeURIComponent(input.value));
    run(input.value);
  });
  // Keyboard: ↓/↑ move between the input and the result links, Enter opens
  // (a link's own behaviour), Esc goes back to the input, Esc there clears.
  function links() { return Array.prototype.slice.call(list.querySelectorAll('a')); }
  document.addEventListener('keydown', function (e) {
    var ls = links(), i = ls.indexOf(document.activeElement);
    if (e.key === 'ArrowDown' && (document.activeElement === input || i >= 0) && ls.length) {
      e.preventDefault(); ls[Math.min(ls.length - 1, i + 1)].focus();
    } else if (e.key === 'ArrowUp' && i >= 0) {
      e.preventDefault(); (i ? ls[i - 1] : input).focus();
    } else if (e.key === 'Escape' && i >= 0) {
      input.focus();
    } else if (e.key === 'Escape' && document.activeElement === input) {
      input.value = ''; run(''); history.replaceState(null, '', '?');
    }
  });
  var q = new URLSearchParams(location.search).get('q');
  if (q) { input.value = q; run(q); }
})();
