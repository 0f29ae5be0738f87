// Search (issue #6), on the search page and in the dialog of every other
// page: Pagefind's index of khoản/điểm records, loaded relative to the page,
// results rebased on the site root (any mirror sub-path). Each query word is
// compared folded (đ → d, no tones) when typed without diacritics and exactly
// when typed with them; results are re-ranked ten at a time (citation or name
// in the title first, then the diacritics as typed); excerpts are cut from the
// original text and only the matching whole words are marked.
(function () {
  var form = document.getElementById('tim');
  var input = document.getElementById('q');
  var count = document.getElementById('so-ket-qua');
  var list = document.getElementById('ket-qua');
  var more = document.getElementById('them');
  var everywhere = document.getElementById('tim-toan-van');
  var box = document.getElementById('loc');
  var root = new URL(form.getAttribute('data-root'), location.href);
  // In the search dialog (every page but the search page): the page's URL
  // is left alone and Esc is the dialog's own (it closes).
  var dialog = form.closest('dialog');
  var NAMES = { document: 'Văn bản', province: 'Tỉnh', office: 'Phòng, đơn vị', kind: 'Loại văn bản' };
  var WORD = /[\p{L}\p{N}]+(?:[\/.\-][\p{L}\p{N}]+)*/gu;
  var pf = null, seq = 0;
  function fold(s) { return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').toLowerCase(); }
  function words(s) { return s.match(WORD) || []; }
  // <citation-key> The units a query cites, as the index files them in its
  // "cite" filter (records.ts citationKey): "điểm đ khoản 6 Điều 2" and
  // "diem dd khoan 6 dieu 2" → "diem dd khoan 6 dieu 2". `rest`: the other
  // words, without "số" before a number ("Thông tư số 10/2025/TT-BKHCN").
  var UNIT_WORD = /^(diem|khoan|dieu|muc)$/, UNIT_NUMBER = /^([a-z]|dd|\d+(\.\d+)*|[ivxlcdm]+)$/;
  function citeKey(s) {
    var t = words(s), key = [], rest = [];
    for (var i = 0; i < t.length; i++) {
      var unit = fold(t[i]), value = i + 1 < t.length ? fold(t[i + 1].replace(/[đĐ]/g, 'dd')) : '';
      if (UNIT_WORD.test(unit) && UNIT_NUMBER.test(value)) { key.push(unit + ' ' + value); i++; }
      else if (!(unit === 'so' && /^\d/.test(value))) rest.push(t[i]);
    }
    return { key: key.join(' '), rest: rest.join(' ') };
  }
  // </citation-key>
  var base = new URL('pagefind/', root);
  // Pagefind's engine, from the gzipped copy written by the indexer (13 KB
  // instead of 47 KB on servers that do not compress); the plain file when
  // the browser cannot inflate or the page's policy refuses blob: modules.
  function engine() {
    function plain() { return import(new URL('pagefind.js', base).href); }
    if (typeof DecompressionStream === 'undefined') return plain();
    return fetch(new URL('pagefind.js.pfgz', base)).then(function (r) {
      if (!r.ok) throw new Error(r.status);
      return r.arrayBuffer();
    }).then(function (buf) {
      var b = new Uint8Array(buf);
      // A server that decoded it already sends plain JavaScript.
      if (b[0] !== 0x1f || b[1] !== 0x8b) return new Blob([b]);
      return new Response(new Blob([b]).stream().pipeThrough(new DecompressionStream('gzip'))).blob();
    }).then(function (js) {
      var url = URL.createObjectURL(new Blob([js], { type: 'text/javascript' }));
      return import(url).finally(function () { URL.revokeObjectURL(url); });
    }).catch(plain);
  }
  function load() {
    if (pf) return pf;
    pf = engine().then(function (m) {
      return m.options({ basePath: base.pathname, baseUrl: root.pathname, noWorker: true }).then(function () { return m; });
    });
    // A failed load (the mirror briefly unreachable) is retried by the next search.
    pf.catch(function () { pf = null; });
    return pf;
  }
  function el(tag, value, cls) {
    var e = document.createElement(tag);
    if (value) e.textContent = value;
    if (cls) e.className = cls;
    return e;
  }
  // One <select> per Pagefind filter, built from the index the first time
  // the filter panel is opened (its chunks are not needed for a search).
  var fields = box.querySelector('.fields'), built = false;
  box.hidden = false;
  box.addEventListener('toggle', function () {
    if (!box.open || built) return;
    built = true;
    fields.textContent = 'Đang tải bộ lọc…';
    load().then(filters).catch(function () { built = false; fields.textContent = 'Không tải được bộ lọc.'; });
  });
  function filters(m) {
    return m.filters().then(function (f) {
      fields.textContent = '';
      Object.keys(NAMES).forEach(function (k) {
        var values = Object.keys(f[k] || {}).sort(function (a, b) { return a.localeCompare(b, 'vi'); });
        if (!values.length) return;
        var label = el('label', NAMES[k]), s = el('select');
        s.name = k; s.id = 'loc-' + k; label.htmlFor = s.id;
        s.appendChild(el('option', 'Tất cả')).value = '';
        values.forEach(function (v) { s.appendChild(el('option', v)).value = v; });
        s.addEventListener('change', function () { run(input.value); });
        fields.appendChild(label); fields.appendChild(s);
      });
    });
  }
  function chosen() {
    var out = {};
    box.querySelectorAll('select').forEach(function (s) { if (s.value) out[s.name] = s.value; });
    return out;
  }
  // The query's words, each compared by its folded form when typed without
  // diacritics and by its exact (lower-case) form when typed with them, so
  // "đo luong" marks "đo lường" but not "do lường".
  function terms(q) {
    return words(q).map(function (w) { var l = w.toLowerCase(), f = fold(w); return { w: l === f ? f : l, exact: l !== f }; });
  }
  function tokens(text) {
    var out = [], m, re = new RegExp(WORD.source, 'gu');
    while ((m = re.exec(text))) out.push({ i: m.index, w: m[0], l: m[0].toLowerCase(), f: fold(m[0]) });
    return out;
  }
  // Equal, or a whole part of a document number ("10/2025" in "10/2025/TT-BKHCN").
  function same(t, tok) {
    var f = t.exact ? tok.l : tok.f;
    return f === t.w || (f.indexOf(t.w) === 0 && /[\/.\-]/.test(f.charAt(t.w.length)));
  }
  // ~30 words of the original text around the densest run of matches. Where
  // the query's words occur together as a phrase, only that phrase is marked.
  function excerpt(text, qs) {
    var toks = tokens(text), phrase = false;
    for (var s = 0; qs.length > 1 && s + qs.length <= toks.length; s++) {
      if (qs.every(function (x, k) { return same(x, toks[s + k]); })) {
        phrase = true;
        for (var k = 0; k < qs.length; k++) toks[s + k].hit = true;
      }
    }
    if (!phrase) toks.forEach(function (t) { t.hit = qs.some(function (x) { return same(x, t); }); });
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
  function titleMatch(title, qs) {
    var ts = tokens(title.replace(/\s*\([^)]*\)/g, '')), j = 0;
    for (var i = 0; i < ts.length && j < qs.length; i++) if (same(qs[j], ts[i])) j++;
    return qs.length && j === qs.length ? qs.length / ts.length : 0;
  }
  // How well the title (label, office, document) and the query cover each
  // other, 0–2: among the units a citation names, the one of the document
  // and office the query names ("Phòng Quản lý chuyên ngành" over "Phòng
  // Quản lý Khoa học - Công nghệ" when the issuer's name has "khoa học").
  function coverage(title, qs) {
    var ts = tokens(title), inQuery = 0, inTitle = 0;
    ts.forEach(function (tok) { if (qs.some(function (t) { return same(t, tok); })) inQuery++; });
    qs.forEach(function (t) { if (ts.some(function (tok) { return same(t, tok); })) inTitle++; });
    return (ts.length ? inQuery / ts.length : 0) + (qs.length ? inTitle / qs.length : 0);
  }
  // A group in parentheses the query and the title share: the office of a
  // copied citation, "mục 2.6 (Phòng Quản lý chuyên ngành) Quyết định …".
  function groups(s) { return (s.match(/\([^)]*\)/g) || []).map(function (g) { return fold(g).replace(/\s+/g, ' '); }); }
  function sameGroup(title, q) {
    var ts = groups(title);
    return groups(q).some(function (g) { return ts.indexOf(g) >= 0; }) ? 1 : 0;
  }
  // With diacritics typed: 2 when the whole query is in the text as typed,
  // 1 when each word typed with diacritics is, else 0.
  function exactMatch(d, q, qs) {
    var all = (d.meta.text + ' ' + d.meta.title).toLowerCase(), marked = qs.filter(function (t) { return t.exact; });
    if (!marked.length) return 0;
    if (all.indexOf(q.toLowerCase().replace(/\s+/g, ' ').trim()) >= 0) return 2;
    var ls = tokens(all).map(function (t) { return t.l; });
    return marked.every(function (t) { return ls.indexOf(t.w) >= 0; }) ? 1 : 0;
  }
  var PAGE = 10, shown = null, made = 0;
  // A query citing units (điểm/khoản/Điều/mục) lists them first; multi-word
  // queries are also searched as a phrase, and phrase hits come next.
  // Results are then fetched ten at a time (each is a fragment to download)
  // and each ten re-ranked: the query as a citation or name in the title,
  // then the query with its diacritics in the text.
  // `full`: search the words everywhere even when the query is a citation.
  function run(q, full) {
    var my = ++seq;
    list.textContent = '';
    more.hidden = true;
    everywhere.hidden = true;
    shown = null;
    if (!q.trim()) { count.textContent = ''; return; }
    var unquoted = q.replace(/["“”]/g, ' ');
    var cite = full ? { key: '' } : citeKey(unquoted);
    // "số" before a number is not in the titles the ranking compares with.
    var sent = unquoted.trim().replace(/(^|\s)(số|so)\s+(?=\d)/gi, '$1');
    var qs = terms(sent);
    count.textContent = 'Đang tìm…';
    load().then(function (m) {
      var opts = { filters: chosen() };
      var citeOpts = { filters: Object.assign({}, opts.filters, { cite: cite.key }) };
      // [the cited units' results or null, the words' results, the phrase's results or null]
      function fullText(cited) {
        return Promise.all([cited || null, m.search(sent, opts), qs.length > 1 ? m.search('"' + sent + '"', opts) : null]);
      }
      if (!cite.key) return fullText();
      // A citation: the units filed under its key, narrowed by the other
      // words ("thong tu 10"). When that is all the query says, they are the
      // answer (the words everywhere are one click away); when the other
      // words are not in them ("dieu 2 do luong"), the words are searched
      // everywhere too, the cited units first.
      return m.search(cite.rest || null, citeOpts).then(function (c) {
        if (c.results.length) return [c, null, null];
        if (!cite.rest) return fullText();
        return fullText(m.search(null, citeOpts));
      });
    }).then(function (all) {
      if (my !== seq) return;
      var seen = {}, phrase = {}, cited = {};
      var citedHits = all[0] ? all[0].results : [];
      citedHits.forEach(function (r) { cited[r.id] = true; });
      (all[2] ? all[2].results : []).forEach(function (r) { phrase[r.id] = true; });
      var res = all[1] ? all[1].results : [];
      var merged = citedHits.concat(res.filter(function (r) { return phrase[r.id]; }), res.filter(function (r) { return !phrase[r.id]; }))
        .filter(function (r) { return seen[r.id] ? false : (seen[r.id] = true); });
      shown = { my: my, q: q, qs: qs, all: merged, cited: cited, citation: !all[1], n: 0 };
      return page(shown);
    }).catch(function () { if (my === seq) count.textContent = 'Không tải được chỉ mục tìm kiếm.'; });
  }
  function page(st) {
    var next = st.all.slice(st.n, st.n + PAGE);
    return Promise.all(next.map(function (r) { return r.data(); })).then(function (items) {
      if (st.my !== seq) return null;
      items.forEach(function (d, i) {
        var t = titleMatch(d.meta.title, st.qs);
        d.rank = (st.cited[next[i].id] ? 8 + coverage(d.meta.title, st.qs) + sameGroup(d.meta.title, st.q) : 0) + (t ? 4 + t : 0) + exactMatch(d, st.q, st.qs) - i / 100;
      });
      items.sort(function (a, b) { return b.rank - a.rank; });
      var total = st.all.length, first = null;
      st.n += items.length;
      count.textContent = st.citation
        ? 'Có ' + total + ' đơn vị đúng trích dẫn “' + st.q + '”' + (total > st.n ? ', đang hiện ' + st.n + '.' : '.')
        : total
          ? 'Có ' + total + ' kết quả cho “' + st.q + '”' + (total > st.n ? ', đang hiện ' + st.n + ' kết quả đầu.' : '.')
          : 'Không tìm thấy “' + st.q + '”.';
      everywhere.hidden = !st.citation;
      items.forEach(function (d) {
        var li = el('li'), a = el('a', d.meta.title), where = el('span', d.meta.loc, 'sub');
        // Read after the title when the link gets focus: where the result is.
        where.id = 'kq-' + st.my + '-' + (++made);
        a.href = d.url;
        a.setAttribute('aria-describedby', where.id);
        li.appendChild(a);
        li.appendChild(where);
        li.appendChild(excerpt(d.meta.text || '', st.qs));
        list.appendChild(li);
        first = first || a;
      });
      more.hidden = st.n >= total;
      return first;
    });
  }
  // A result on the page that is open only moves to its anchor: the dialog
  // must not stay over it.
  if (dialog) list.addEventListener('click', function (e) { if (e.target.closest('a')) dialog.close(); });
  everywhere.addEventListener('click', function () { run(input.value, true); });
  more.addEventListener('click', function () {
    if (!shown || shown.n >= shown.all.length) return;
    more.disabled = true;
    // Keyboard users continue from the first result just added.
    page(shown).then(function (first) { if (first) first.focus(); })
      .catch(function () { count.textContent = 'Không tải được thêm kết quả.'; })
      .then(function () { more.disabled = false; });
  });
  // The engine and its wasm (~75 KB) start loading while the query is being
  // typed, so pressing Enter waits only for the index chunks and results.
  function warm() { load().catch(function () {}); }
  input.addEventListener('focus', warm, { once: true });
  input.addEventListener('input', warm, { once: true });
  form.addEventListener('submit', function (e) {
    e.preventDefault();
    if (!dialog) history.replaceState(null, '', '?q=' + encodeURIComponent(input.value));
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
    } else if (dialog) {
      // One Esc closes, even from a search box with text (which Chrome would only clear).
      if (e.key === 'Escape' && dialog.open) { e.preventDefault(); dialog.close(); }
    } else if (e.key === 'Escape' && i >= 0) {
      input.focus();
    } else if (e.key === 'Escape' && document.activeElement === input) {
      input.value = ''; run(''); history.replaceState(null, '', '?');
    }
  });
  var q = dialog ? null : new URLSearchParams(location.search).get('q');
  if (q) { input.value = q; run(q); }
  // From now on this script answers the form; a query sent while it was
  // loading (site.js held it back) is run now.
  form.setAttribute('data-ready', '');
  if (form.hasAttribute('data-pending')) { form.removeAttribute('data-pending'); run(input.value); }
  // Opened before this script arrived: the engine starts loading now.
  if (document.activeElement === input) warm();
})();
