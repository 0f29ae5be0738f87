/**
 * The search form and its results, on the search page and in the dialog
 * of every other page. On the search page the URL (?q=) reproduces the
 * search; in the dialog the page's URL is left alone and Esc closes.
 */
import { engineLoader } from './engine';
import { initFilters } from './filters';
import { find, type Found } from './find';
import { countText, nextPage, resultItem } from './results';

interface Shown { seq: number; found: Found; n: number }

export function initSearch(): void {
  const form = document.getElementById('tim') as HTMLFormElement;
  const input = document.getElementById('q') as HTMLInputElement;
  const count = document.getElementById('so-ket-qua')!;
  const list = document.getElementById('ket-qua')!;
  const more = document.getElementById('them') as HTMLButtonElement;
  const everywhere = document.getElementById('tim-toan-van') as HTMLButtonElement;
  const root = new URL(form.dataset.root!, location.href);
  const dialog = form.closest('dialog');
  const load = engineLoader(root);
  const panel = initFilters(document.getElementById('loc') as HTMLDetailsElement, load, () => run(input.value));
  let seq = 0;
  let shown: Shown | null = null;

  /** `full`: the words everywhere, even for a citation. */
  async function run(q: string, full = false): Promise<void> {
    const my = ++seq;
    list.textContent = '';
    more.hidden = true;
    everywhere.hidden = true;
    shown = null;
    if (!q.trim()) { count.textContent = ''; return; }
    count.textContent = 'Đang tìm…';
    try {
      const found = await find(await load(), q, panel.chosen(), full);
      if (my !== seq) return;
      shown = { seq: my, found, n: 0 };
      await showPage(shown);
    } catch {
      if (my === seq) count.textContent = 'Không tải được chỉ mục tìm kiếm.';
    }
  }

  /** Shows the next ten results of `st`; returns the first link added. */
  async function showPage(st: Shown): Promise<HTMLAnchorElement | null> {
    const items = await nextPage(st.found, st.n);
    if (st.seq !== seq) return null;
    st.n += items.length;
    count.textContent = countText(st.found, st.n);
    everywhere.hidden = !st.found.citation;
    const lis = items.map((d) => resultItem(d, st.found.qs));
    list.append(...lis);
    more.hidden = st.n >= st.found.all.length;
    return lis[0]?.querySelector('a') ?? null;
  }

  // A result on the page that is open only moves to its anchor: the dialog must not stay over it.
  if (dialog) list.addEventListener('click', (e) => { if (e.target instanceof Element && e.target.closest('a')) dialog.close(); });
  everywhere.addEventListener('click', () => { void run(input.value, true); });
  more.addEventListener('click', () => {
    if (!shown || shown.n >= shown.found.all.length) return;
    more.disabled = true;
    // Keyboard users continue from the first result just added.
    showPage(shown).then((first) => first?.focus())
      .catch(() => { count.textContent = 'Không tải được thêm kết quả.'; })
      .finally(() => { more.disabled = false; });
  });
  // The engine and its wasm (~75 KB) start loading while the query is
  // being typed, so pressing Enter waits only for the index chunks and results.
  const warm = () => { load().catch(() => {}); };
  input.addEventListener('focus', warm, { once: true });
  input.addEventListener('input', warm, { once: true });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    if (!dialog) history.replaceState(null, '', `?q=${encodeURIComponent(input.value)}`);
    void run(input.value);
  });
  document.addEventListener('keydown', (e) => keys(e));

  /** ↓/↑ move between the input and the result links, Enter opens (a link's own behaviour), Esc goes back to the input, Esc there clears. */
  function keys(e: KeyboardEvent): void {
    const ls = [...list.querySelectorAll('a')];
    const i = ls.indexOf(document.activeElement as HTMLAnchorElement);
    if (e.key === 'ArrowDown' && (document.activeElement === input || i >= 0) && ls.length) {
      e.preventDefault();
      ls[Math.min(ls.length - 1, i + 1)]!.focus();
    } else if (e.key === 'ArrowUp' && i >= 0) {
      e.preventDefault();
      (i ? ls[i - 1]! : input).focus();
    } else if (dialog) {
      // One Esc closes, even from a search box with text (which Chrome would only clear).
      if (e.key === 'Escape' && dialog.open) { e.preventDefault(); dialog.close(); }
    } else if (e.key === 'Escape' && i >= 0) {
      input.focus();
    } else if (e.key === 'Escape' && document.activeElement === input) {
      input.value = '';
      void run('');
      history.replaceState(null, '', '?');
    }
  }

  const q = dialog ? null : new URLSearchParams(location.search).get('q');
  if (q) { input.value = q; void run(q); }
  // From now on this script answers the form; a query sent while it was
  // loading (site.js held it back) is run now.
  form.setAttribute('data-ready', '');
  if (form.hasAttribute('data-pending')) { form.removeAttribute('data-pending'); void run(input.value); }
  // Opened before this script arrived: the engine starts loading now.
  if (document.activeElement === input) warm();
}
