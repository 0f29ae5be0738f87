/**
 * The search form and its results, on the search page and in the dialog
 * of every other page. On the search page the URL reproduces what the
 * reader sees: the query (?q=), the filters, and "toàn văn" (&toan-van=1:
 * a citation's words searched everywhere), kept when a filter changes; in
 * the dialog the page's URL is left alone and Esc closes.
 */
import { engineLoader } from './engine';
import { initFilters, type FilterPanel } from './filters';
import { find, type Found } from './find';
import type { ResultData } from './engine';
import { nextPage } from './order';
import { countText, grouped, resultItem } from './results';

/** A search shown: its sequence number, what it found, how many are shown, whether a duty block was opened. */
/** `filters`: the filters the search ran with, in words. */
interface Shown { seq: number; found: Found; n: number; opened: boolean; filters: string }
/** The URL parameter of "Tìm các từ này trong toàn văn". */
const FULL = 'toan-van';

/** The parts of the search form and its results that a search reads and writes. */
interface View {
  form: HTMLFormElement;
  input: HTMLInputElement;
  count: HTMLElement;
  list: HTMLElement;
  more: HTMLButtonElement;
  everywhere: HTMLButtonElement;
  root: URL;
  /** The dialog the form sits in; null on the search page. */
  dialog: HTMLDialogElement | null;
}

function searchView(): View {
  const form = document.getElementById('tim') as HTMLFormElement;
  return {
    form,
    input: document.getElementById('q') as HTMLInputElement,
    count: document.getElementById('so-ket-qua')!,
    list: document.getElementById('ket-qua')!,
    more: document.getElementById('them') as HTMLButtonElement,
    everywhere: document.getElementById('tim-toan-van') as HTMLButtonElement,
    root: new URL(form.dataset.root!, location.href),
    dialog: form.closest('dialog'),
  };
}

export function initSearch(): void {
  const view = searchView();
  const { form, input, count, list, more, everywhere, dialog } = view;
  const load = engineLoader(view.root);
  const panel = initFilters(document.getElementById('loc') as HTMLDetailsElement, load, () => search(query.q, query.full));
  let seq = 0;
  let shown: Shown | null = null;
  /** What is shown: the query submitted (not the box being edited) and its mode. */
  let query = { q: '', full: false };
  const isCurrent = (my: number) => my === seq;

  /** Search, and on the search page say so in the URL. */
  function search(q: string, full: boolean): void {
    query = { q, full };
    if (!dialog) history.replaceState(null, '', `?${queryParams(q, full, panel)}`);
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
      shown = { seq: my, found, n: 0, opened: false, filters: panel.describe() };
      await showPage(view, shown, isCurrent);
    } catch {
      if (my === seq) count.textContent = 'Không tải được chỉ mục tìm kiếm.';
    }
  }

  // A result on the page that is open only moves to its anchor: the dialog must not stay over it.
  if (dialog) list.addEventListener('click', (e) => { if (e.target instanceof Element && e.target.closest('a')) dialog.close(); });
  everywhere.addEventListener('click', () => search(query.q, true));
  more.addEventListener('click', () => {
    if (!shown || shown.n >= shown.found.all.length) return;
    more.disabled = true;
    // Keyboard users continue from the first result just added.
    showPage(view, shown, isCurrent).then((first) => first?.focus())
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
  document.addEventListener('keydown', (e) => navigateWithKeys(e, view, () => { input.value = ''; search('', false); }));

  if (!dialog) {
    const restored = queryInUrl(input, panel);
    if (restored) { query = restored; void run(query.q, query.full); }
  }
  // From now on this script answers the form; a query sent while it was
  // loading (site.js held it back) is run now.
  form.setAttribute('data-ready', '');
  if (form.hasAttribute('data-pending')) { form.removeAttribute('data-pending'); search(input.value, false); }
  // Opened before this script arrived: the engine starts loading now.
  if (document.activeElement === input) warm();
}

/** The search page's URL parameters for a query, its mode and the filters chosen. */
function queryParams(q: string, full: boolean, panel: FilterPanel): URLSearchParams {
  const params = new URLSearchParams();
  if (q) params.set('q', q);
  if (full) params.set(FULL, '1');
  panel.write(params);
  return params;
}

/** On the search page: the filters and the query the URL gives (the query also put in the box); null without a query. */
function queryInUrl(input: HTMLInputElement, panel: FilterPanel): { q: string; full: boolean } | null {
  const params = new URLSearchParams(location.search);
  const q = params.get('q');
  panel.read(params);
  if (!q) return null;
  input.value = q;
  return { q, full: params.get(FULL) === '1' };
}

/** Shows the next ten results of `st`; returns the first link added. `isCurrent` says whether `st` is still the latest search. */
async function showPage(view: View, st: Shown, isCurrent: (seq: number) => boolean): Promise<HTMLAnchorElement | null> {
  const first = st.n;
  const items = await nextPage(st.found, st.n, view.root.pathname);
  if (!isCurrent(st.seq)) return null;
  st.n += items.length;
  view.count.textContent = countText(st.found, st.n) + (st.filters ? ` Lọc theo ${st.filters}.` : '');
  view.everywhere.hidden = !st.found.citation;
  // Who does the duty is shown at once under the first model duty among the top three results of a
  // topic search (one small file); under the others, and under a citation's answer, it loads on opening.
  const opens = (d: ResultData) => {
    if (st.opened || st.found.citation || !d.meta.duty || first + items.indexOf(d) >= 3) return false;
    return (st.opened = true);
  };
  const lis = grouped(items, first, (d) => resultItem(d, st.found.qs, view.root, opens(d)));
  view.list.append(...lis);
  view.more.hidden = st.n >= st.found.all.length;
  return lis[0]?.querySelector('a') ?? null;
}

/**
 * ↓/↑ move between the input and the result links, Enter opens (a link's own behaviour), Esc goes back to the input,
 * Esc there clears (`clear`).
 */
function navigateWithKeys(e: KeyboardEvent, { input, list, dialog }: View, clear: () => void): void {
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
    clear();
  }
}
