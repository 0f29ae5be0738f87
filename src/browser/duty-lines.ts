/**
 * The model's pages: under each model point, a closed line "Các tỉnh phân
 * công: 3/4 văn bản" (details.cmpx) whose link is the per-duty page. The
 * lists behind the lines (js/duty-lists.js, src/browser/duty-lists.ts) load
 * the first time one is opened: every other page, and a reader who opens
 * none, never pay for them. The lines do not print unless the reader ticks
 * "In kèm phân công của các tỉnh", which opens them all.
 */
import { el } from './dom';

/** js/duty-lists.js, beside this script (any mirror sub-path); read while this script runs. */
const LISTS = document.currentScript instanceof HTMLScriptElement ? new URL('duty-lists.js', document.currentScript.src).href : '';

export function initDutyLines(): void {
  const lines = [...document.querySelectorAll<HTMLDetailsElement>('details.cmpx')];
  if (!lines.length) return;
  let loading = false;
  const load = () => {
    if (loading) return;
    loading = true;
    const s = el('script');
    s.src = LISTS;
    // Not loaded: said under each open line; the next line opened tries again.
    s.onerror = () => {
      loading = false;
      s.remove();
      for (const d of lines) if (d.open && !d.querySelector('.hint')) d.insertBefore(el('p', 'Không tải được danh sách; mở trang từng tỉnh.', 'hint'), d.querySelector('a'));
    };
    document.head.append(s);
  };
  for (const d of lines) d.addEventListener('toggle', () => { if (d.open) load(); });
  printChoice(lines);
}

/** A visible choice to print the lines (they are left out of print by default). */
function printChoice(lines: HTMLDetailsElement[]): void {
  const label = el('label', null, 'print-cmp');
  const box = el('input');
  box.type = 'checkbox';
  label.append(box, ' In kèm phân công của các tỉnh dưới từng điểm');
  document.querySelector('main h1')?.after(label);
  box.addEventListener('change', () => {
    document.body.classList.toggle('with-cmp', box.checked);
    if (box.checked) for (const d of lines) d.open = true;
  });
}
