/**
 * The search form and its results, on the search page and in the dialog
 * of every other page. On the search page the URL reproduces what the
 * reader sees: the query (?q=), the filters, and "toàn văn" (&toan-van=1:
 * a citation's words searched everywhere), kept when a filter changes; in
 * the dialog the page's URL is left alone and Esc closes.
 */
import { engineLoader } from './engine';
import { initFilters } from './filters';
import { find, type Found } from './find';
import type { ResultData } from './engine';
import { nextPage } from './order';
import { countText, grouped, resultItem } from './results';

/** A search shown: its sequence number, what it found, how many are shown, whether a duty block was opened. */
interface Shown { seq: number; found: Found; n: number; opened: boolean }
/** The URL parameter of "Tìm các từ này trong toàn văn". */
const FULL = 'toan-van';

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
  const panel = initFilters(document.getElementById('loc') as HTMLDetailsElement, load, () => search(query.q, query.full));
  let seq = 0;
  let shown: Shown | null = null;
  /** What is shown: the query submitted (not the box being edited) and its mode. */
  let query = { q: '', full: false };

  /** Search, and on the search page say so in the URL. */
  function search(q: string, full: boolean): void {
    query = { q, full };
    if (!dialog) {
      const params = new URLSearchParams();
      if (q) params.set('q', q);
      if (full) params.set(FULL, '1');
      panel.write(params);
      history.replaceState(null, '', `?${params}`);
    }
    void run(q, full);
  }

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
      shown = { seq: my, found, n: 0, opened: false };
      await showPage(shown);
    } catch {
      if (my === seq) count.textContent = 'Không tải được chỉ mục tìm kiếm.';
    }
  }

  /** Shows the next ten results of `st`; returns the first link added. */
  async function showPage(st: Shown): Promise<HTMLAnchorElement | null> {
    const first = st.n;
    const items = await nextPage(st.found, st.n, root.pathname);
    if (st.seq !== seq) return null;
    st.n += items.length;
    count.textContent = countText(st.found, st.n);
    everywhere.hidden = !st.found.citation;
    // Who does the duty is shown at once under the first model duty among the top three results of a
    // topic search (one small file); under the others, and under a citation's answer, it loads on opening.
    const opens = (d: ResultData) => {
      if (st.opened || st.found.citation || !d.meta.duty || first + items.indexOf(d) >= 3) return false;
      return (st.opened = true);
    };
    const lis = grouped(items, first, (d) => resultItem(d, st.found.qs, root, opens(d)));
    list.append(...lis);
    more.hidden = st.n >= st.found.all.length;
    return lis[0]?.querySelector('a') ?? null;
  }

  // A result on the page that is open only moves to its anchor: the dialog must not stay over it.
  if (dialog) list.addEventListener('click', (e) => { if (e.target instanceof Element && e.target.closest('a')) dialog.close(); });
  everywhere.addEventListener('click', () => search(query.q, true));
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
    search(input.value, false);
  });
  document.addEventListener('keydown', (e) => keys(e));

  /** ↓/↑ move between the input and the result links, Enter opens (a link's own behaviour), Esc goes back to the input, Esc there clears. */
  function keys(e: KeyboardEvent): void {
    // The results' own links, where visible (not those folded into a closed group); Tab reaches the others.
    const ls = [...list.querySelectorAll<HTMLAnchorElement>('li.result > a')].filter((a) => a.offsetParent !== null);
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
      search('', false);
    }
  }

  if (!dialog) {
    const params = new URLSearchParams(location.search);
    const q = params.get('q');
    panel.read(params);
    if (q) { input.value = q; query = { q, full: params.get(FULL) === '1' }; void run(query.q, query.full); }
  }
  // From now on this script answers the form; a query sent while it was
  // loading (site.js held it back) is run now.
  form.setAttribute('data-ready', '');
  if (form.hasAttribute('data-pending')) { form.removeAttribute('data-pending'); search(input.value, false); }
  // Opened before this script arrived: the engine starts loading now.
  if (document.activeElement === input) warm();
}
